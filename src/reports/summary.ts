import type { FileResult, Lang, SheetReport } from '../core/report';
import type { RuleFailure } from '../core/rules';

/** True when the file, one of its worksheets or some of their figures could not be read: its checks are incomplete. */
export function partlyUnread(result: FileResult): boolean {
  return (
    result.problems.some((p) => p.fatal || p.unreadSheet !== undefined) ||
    result.sheets.some((s) => s.problems.some((p) => p.unreadFigures !== undefined))
  );
}

/** Open findings per severity across files. */
export function countBySeverity(results: FileResult[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  // Explained findings (核实) are shown, but not counted as open.
  for (const r of results)
    for (const s of r.sheets) for (const f of s.findings) if (!f.accepted) counts[f.severity] += 1;
  return counts;
}

/**
 * One line per rule file that did not fully load, so that no report reads as an all-clear over rules that never ran:
 * the ids are listed when the file could be parsed, otherwise the rule count is unknown.
 */
export function ruleFailureLine(failure: RuleFailure, lang: Lang): string {
  const { file, ruleIds, partial } = failure;
  const ids = ruleIds?.join(lang === 'en' ? ', ' : '、');
  if (lang === 'en') {
    if (partial) return `rule file ${file}: ${ruleIds?.length} rules could not be loaded and were not checked: ${ids}`;
    return ruleIds && ruleIds.length > 0
      ? `rule file ${file} could not be loaded; the following ${ruleIds.length} rules were not checked: ${ids}`
      : `rule file ${file} could not be loaded; its rules were not checked`;
  }
  if (partial) return `规则文件 ${file} 中 ${ruleIds?.length} 条规则未能加载，未参与核对：${ids}`;
  return ruleIds && ruleIds.length > 0
    ? `规则文件 ${file} 未能加载，以下 ${ruleIds.length} 条规则未参与核对：${ids}`
    : `规则文件 ${file} 未能加载，其中的规则未参与核对`;
}

/** Rules not loaded across failures; undefined when some file's rule count is unknown. */
export function rulesNotLoaded(failures: RuleFailure[]): number | undefined {
  return failures.some((f) => !f.ruleIds) ? undefined : failures.reduce((n, f) => n + (f.ruleIds?.length ?? 0), 0);
}

/**
 * Whether a sheet's figures were checked: a rule applied, or its own figures confirmed a relation (src/core/inference)
 * that every row was then held to. A sheet of other statistics is checked by the second alone.
 */
export function wasChecked(sheet: SheetReport): boolean {
  return sheet.explanation.rulesApplied.length > 0 || (sheet.explanation.inferred?.length ?? 0) > 0;
}

/**
 * Why nothing checked a sheet, or undefined when something did. A sheet the reader already flagged (empty, text only)
 * carries its own problem line, so it is not reported twice.
 */
export function notCheckedReason(sheet: SheetReport, lang: Lang): string | undefined {
  if (wasChecked(sheet) || sheet.problems.length > 0) return undefined;
  const bound = sheet.explanation.columns.some((c) => c.measure);
  if (lang === 'en')
    return bound
      ? 'no rule applies to the measures found'
      : 'no header matches a known measure (add a spelling in a rule file: see README)';
  return bound ? '识别出的指标没有适用的规则' : '没有表头对应已知指标（可在规则文件中添加表头写法，见 README）';
}

/** True when there were sheets to check and not one of them was checked: the run says nothing. */
export function nothingChecked(results: FileResult[]): boolean {
  const sheets = results.flatMap((r) => r.sheets);
  return sheets.length > 0 && !sheets.some(wasChecked);
}

/** Suspect cells across files: the cells a user has to look at. */
export function countCellFixes(results: FileResult[]): number {
  return results.reduce((n, r) => n + r.sheets.reduce((m, s) => m + s.cellFixes.length, 0), 0);
}

/** Open findings across files (explained ones left out). */
export function countFindings(results: FileResult[]): number {
  return results.reduce(
    (n, r) => n + r.sheets.reduce((m, s) => m + s.findings.filter((f) => !f.accepted).length, 0),
    0,
  );
}
