import type { Lang, SheetReport } from '../core/report';
import type { RuleSet } from '../core/rules';
import { hasFigures, type SheetSnapshot } from '../core/snapshot';
import { notCheckedReason, wasChecked } from '../reports/summary';
import { t, type StringKey } from './locale';

/**
 * What the pane says about each sheet. Only `checked` may ever read as clean: a sheet no rule applied to, an empty or
 * hidden one, or one that could not be read is never reported as free of problems.
 */
export type SheetStatusKind = 'checked' | 'notChecked' | 'skipped' | 'unmarked';

export interface SheetStatus {
  kind: SheetStatusKind;
  /** In the pane's language: what was checked, or why not. */
  detail: string;
  /** Why the sheet's cells could not be marked (Excel's refusal, in the pane's language). */
  note?: string;
}

export const STATUS_KEYS: Record<SheetStatusKind, StringKey> = {
  checked: 'statusChecked',
  notChecked: 'statusNotChecked',
  skipped: 'statusSkipped',
  unmarked: 'statusUnmarked',
};

export function isEmptySheet(snapshot: SheetSnapshot): boolean {
  return !snapshot.rows.some((cells) => cells.some((cell) => cell !== null));
}

/** The measure id at the end of an explanation's measure label (`覆盖率 (coverageRate)`). */
function measureId(label: string | undefined): string | undefined {
  return label ? /\(([^()]+)\)$/.exec(label)?.[1] : undefined;
}

/** "合计行 4 列、覆盖率 1 列": the columns the applied rules covered, by kind of check. */
export function checkedWhat(report: SheetReport, ruleSet: RuleSet, lang: Lang): string {
  const { explanation } = report;
  const applied = new Set(explanation.rulesApplied.map((r) => r.ruleId));
  const kindsApplied = new Set(ruleSet.rules.filter((r) => applied.has(r.id)).map((r) => r.relation.kind));
  const measures = explanation.columns
    .map((c) => ruleSet.measures.get(measureId(c.measure) ?? ''))
    .filter((m) => m !== undefined);
  const parts: string[] = [];
  const summed = measures.filter((m) => m.kind !== 'rate').length;
  if (kindsApplied.has('totalRow') && explanation.totalRows.length > 0 && summed > 0)
    parts.push(t(lang, 'totalColumns', { count: summed }));
  const rates = new Map<string, number>();
  for (const m of measures) if (m.kind === 'rate') rates.set(m.name[lang], (rates.get(m.name[lang]) ?? 0) + 1);
  rates.forEach((count, measure) => parts.push(t(lang, 'measureColumns', { measure, count })));
  if (explanation.parts.length > 0) parts.push(t(lang, 'partColumns', { count: explanation.parts.length }));
  // A sheet no rule applied to was checked by the relations its own figures confirm alone.
  if (parts.length === 0)
    parts.push(
      applied.size > 0
        ? t(lang, 'ruleCount', { count: applied.size })
        : t(lang, 'inferredCount', { count: explanation.inferred?.length ?? 0 }),
    );
  return parts.join(t(lang, 'listSep'));
}

/** The status of a sheet that was read and checked; `markError` is set when Excel refused its marks. */
export function statusOfReport(
  snapshot: SheetSnapshot,
  report: SheetReport,
  ruleSet: RuleSet,
  lang: Lang,
  markError?: string,
): SheetStatus {
  if (isEmptySheet(snapshot)) return { kind: 'skipped', detail: t(lang, 'skippedEmpty') };
  const reason = notCheckedReason(report, lang);
  if (!wasChecked(report)) {
    if (!hasFigures(snapshot)) return { kind: 'skipped', detail: t(lang, 'skippedCover') };
    // The layout reader's own problem lines are English-only: the pane words the reason itself.
    return { kind: 'notChecked', detail: reason ?? t(lang, 'notCheckedLayout') };
  }
  const outcome =
    report.cellFixes.length > 0 || report.findings.length > 0
      ? t(lang, 'checkedCells', { count: report.cellFixes.length || report.findings.length })
      : t(lang, 'checkedClean');
  const what = `${t(lang, 'checkedWhat', { what: checkedWhat(report, ruleSet, lang) })}${lang === 'en' ? ': ' : '，'}${outcome}`;
  if (markError !== undefined)
    return { kind: 'unmarked', detail: what, note: t(lang, 'unmarked', { reason: markError }) };
  return { kind: 'checked', detail: what };
}
