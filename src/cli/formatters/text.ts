import type { FileResult } from '../../node/check-files';
import { printable, problemText } from '../../readers/read-problems';
import type { Lang } from '../../core/report';
import type { RuleFailure } from '../../core/rules';
import { countBySeverity, notCheckedReason, partlyUnread, ruleFailureLine, rulesNotLoaded } from '../summary';

const words = {
  'zh-CN': {
    cells: '单元格', files: '个文件', sheets: '个工作表', errors: '个错误', warnings: '个警告', infos: '条提示', clean: '未发现不一致', summary: '汇总', file: '文件', suspect: '*为疑似出错的单元格',
    unread: (n: number) => `${n} 个文件未能完整读取，其检查不完整（见上方说明）`,
    notChecked: '未核对', sheetsNotChecked: (n: number) => `${n} 个工作表未核对`, checkedClean: (n: number) => `已核对的 ${n} 个工作表未发现不一致`,
    rulesMissing: (n: number | undefined) => (n === undefined ? '部分规则未能加载，未参与核对' : `${n} 条规则未能加载，未参与核对`),
  },
  en: {
    cells: 'cells', files: 'files', sheets: 'sheets', errors: 'errors', warnings: 'warnings', infos: 'notes', clean: 'no inconsistencies found', summary: 'Summary', file: 'file', suspect: '* marks the cells most likely wrong',
    unread: (n: number) => `${n} file${n === 1 ? '' : 's'} could not be read in full, so not fully checked (see above)`,
    notChecked: 'not checked', sheetsNotChecked: (n: number) => `${n} sheets not checked`, checkedClean: (n: number) => `no inconsistencies found in the ${n} sheets checked`,
    rulesMissing: (n: number | undefined) => (n === undefined ? 'some rules could not be loaded and were not checked' : `${n} rules could not be loaded and were not checked`),
  },
} as const;

/**
 * The human-readable report: rule files that did not load (first), findings grouped by file and sheet, sheets no rule
 * checked, then a summary across all files. It never reads as an all-clear when rules or sheets went unchecked.
 */
export function formatText(results: FileResult[], lang: Lang, failures: RuleFailure[] = []): string {
  const w = words[lang];
  const out: string[] = failures.map((f) => `! ${ruleFailureLine(f, lang)}`);
  if (failures.length > 0) out.push('');
  let notChecked = 0;
  for (const result of results) {
    const reasons = result.sheets.map((s) => notCheckedReason(s, lang));
    notChecked += reasons.filter(Boolean).length;
    const said = result.sheets.flatMap((s) => [...s.findings, ...s.problems]);
    if (said.length === 0 && result.problems.length === 0 && !reasons.some(Boolean)) continue;
    out.push(result.file);
    for (const problem of result.problems) out.push(`  ! ${problemText({ ...problem, file: undefined }, lang)}`);
    result.sheets.forEach((sheet, i) => {
      for (const problem of sheet.problems) out.push(`  ! ${problemText({ ...problem, file: undefined }, lang)}`);
      if (reasons[i]) out.push(`  [${sheet.sheet}] ${w.notChecked}: ${reasons[i]}`);
      if (sheet.findings.length === 0) return;
      out.push(`  [${sheet.sheet}]`);
      for (const f of sheet.findings) {
        const first = f.cells[0]?.address ?? '';
        out.push(`    ${first.padEnd(6)} ${f.severity.padEnd(7)} ${f.message}  (${f.ruleId})`);
        out.push(`           ${w.cells}: ${f.cells.map((c) => c.address + (c.suspect ? '*' : '')).join(' ')}`);
      }
    });
    out.push('');
  }
  const totals = countBySeverity(results);
  const sheetCount = results.reduce((n, r) => n + r.sheets.length, 0);
  const caveats = [...(failures.length > 0 ? [w.rulesMissing(rulesNotLoaded(failures))] : []), ...(notChecked > 0 ? [w.sheetsNotChecked(notChecked)] : [])];
  out.push(`${w.summary}: ${results.length} ${w.files}, ${sheetCount} ${w.sheets}, ${totals.error} ${w.errors}, ${totals.warning} ${w.warnings}, ${totals.info} ${w.infos}${caveats.map((c) => `, ${c}`).join('')}`);
  for (const f of failures) out.push(`! ${ruleFailureLine(f, lang)}`);
  const unread = results.filter(partlyUnread).length;
  // "No inconsistencies found" would be a false all-clear for a file whose sheets were never checked.
  if (unread > 0) out.push(w.unread(unread));
  if (totals.error + totals.warning + totals.info === 0) {
    // An all-clear only over what was actually checked, and never while rules are missing.
    if (failures.length === 0 && notChecked === 0 && unread === 0) out.push(w.clean);
    else if (failures.length === 0 && unread === 0 && sheetCount > notChecked) out.push(w.checkedClean(sheetCount - notChecked));
  } else {
    out.push(w.suspect);
    const width = Math.max(...results.map((r) => printable(r.file).length), w.file.length);
    for (const r of results) {
      const c = countBySeverity([r]);
      out.push(`  ${printable(r.file).padEnd(width)}  ${String(r.sheets.length).padStart(3)} ${w.sheets}  ${String(c.error).padStart(4)} ${w.errors}  ${String(c.warning).padStart(4)} ${w.warnings}${partlyUnread(r) ? '  !' : ''}`);
    }
  }
  // Names and cell text come from the input: no line may carry a control character to the terminal.
  return out.map(printable).join('\n') + '\n';
}
