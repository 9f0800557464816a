import type { FileResult, Lang } from '../core/report';
import type { CrossTableReport } from '../core/cross-table';
import type { RuleFailure } from '../core/rules';
import { crossTableExplain } from '../reports/cross-table';
import { printable, problemLine } from '../readers/problem-lines';
import { BUNDLED_RULES_DIR } from '../node/rule-files';
import { ruleFailureLine } from '../reports/summary';

/** The explain report's own labels; the notes and reasons come from the core, already in the chosen language. */
const LABELS = {
  'zh-CN': {
    // The sheet line keeps the form every report's problem lines use (`sheet "表1": …`).
    sheet: (name: string) => `sheet "${name}"`,
    headerRows: (rows: string, label: string) => `表头行：${rows}；名称列：${label}`,
    columns: '列：',
    noMeasure: '（未对应指标）',
    totalRows: (rows: string) => `合计行：${rows}`,
    totalRow: (row: number, label: string, members: number) => `${row} ${label}（${members} 行之和）`,
    parts: (parts: string) => `其中分项：${parts}`,
    part: (part: string, whole: string) => `${part} 属于 ${whole}`,
    note: '说明：',
    applied: '适用的规则：',
    notApplied: '未适用的规则：',
    inferred: '由数字推断的关系：',
    inferredCount: (across: 'row' | 'column', support: number, breaks: number) =>
      `（${across === 'row' ? '行' : '列'}：${support} 个成立，${breaks} 个不成立）`,
    sep: '；',
    from: (file: string) => `（来自 ${file}）`,
  },
  en: {
    sheet: (name: string) => `sheet "${name}"`,
    headerRows: (rows: string, label: string) => `header rows: ${rows}; label column: ${label}`,
    columns: 'columns:',
    noMeasure: '(no measure)',
    totalRows: (rows: string) => `total rows: ${rows}`,
    totalRow: (row: number, label: string, members: number) => `${row} ${label} (sum of ${members} rows)`,
    parts: (parts: string) => `其中 parts: ${parts}`,
    part: (part: string, whole: string) => `${part} of ${whole}`,
    note: 'note: ',
    applied: 'rules applied:',
    notApplied: 'rules not applied:',
    inferred: 'inferred from the figures:',
    inferredCount: (across: 'row' | 'column', support: number, breaks: number) =>
      `(${across}s: ${support} hold, ${breaks} fail)`,
    sep: '; ',
    from: (file: string) => ` (from ${file})`,
  },
} as const;

/** The rule file a rule or spelling came from, when it is the user's own (the bundled ones go unnamed). */
function layerText(layer: string | undefined, lang: Lang): string {
  return layer === undefined || layer.startsWith(BUNDLED_RULES_DIR) ? '' : LABELS[lang].from(layer);
}

/** How each sheet was read: what a rule author looks at when a rule does not fire. */
export function formatExplain(
  results: FileResult[],
  lang: Lang = 'zh-CN',
  failures: RuleFailure[] = [],
  cross?: CrossTableReport,
): string {
  const w = LABELS[lang];
  const out: string[] = failures.map((f) => `! ${ruleFailureLine(f, lang)}`);
  for (const result of results) {
    out.push(result.file);
    for (const problem of result.problems) out.push(`  ! ${problemLine({ ...problem, file: undefined })}`);
    for (const { explanation: e, problems } of result.sheets) {
      out.push(`  ${w.sheet(e.sheet)}`);
      for (const problem of problems) out.push(`    ! ${problemLine({ ...problem, file: undefined })}`);
      out.push(`    ${w.headerRows(e.headerRows.join(', ') || '-', e.labelColumn ?? '-')}`);
      out.push(`    ${w.columns}`);
      for (const c of e.columns)
        out.push(
          `      ${c.letter.padEnd(3)} ${c.header}${c.unit ? ` [${c.unit}]` : ''} → ${c.measure ?? w.noMeasure}${layerText(c.layer, lang)}`,
        );
      out.push(`    ${w.totalRows(e.totalRows.map((t) => w.totalRow(t.row, t.label, t.members)).join(w.sep) || '-')}`);
      out.push(`    ${w.parts(e.parts.map((p) => w.part(p.part, p.whole)).join(w.sep) || '-')}`);
      for (const note of e.notes) out.push(`    ${w.note}${note}`);
      out.push(`    ${w.applied}`);
      for (const r of e.rulesApplied) out.push(`      ✓ ${r.ruleId}  ${r.title}${layerText(r.layer, lang)}`);
      out.push(`    ${w.notApplied}`);
      for (const r of e.rulesNotApplied) out.push(`      - ${r.ruleId}  ${r.reason}${layerText(r.layer, lang)}`);
      out.push(`    ${w.inferred}`);
      for (const r of e.inferred ?? [])
        out.push(
          `      ${r.breaks > 0 ? '!' : '✓'} ${r.ruleId}  ${r.formula}  ${w.inferredCount(r.across, r.support, r.breaks)}`,
        );
    }
    out.push('');
  }
  out.push(...crossTableExplain(cross, lang));
  return out.map(printable).join('\n');
}
