import type { FileResult } from '../../node/check-files';
import { printable, problemText } from '../../readers/read-problems';
import type { Lang } from '../../core/report';
import { countBySeverity, partlyUnread } from '../summary';

const words = {
  'zh-CN': { cells: '单元格', files: '个文件', sheets: '个工作表', errors: '个错误', warnings: '个警告', infos: '条提示', clean: '未发现不一致', unread: (n: number) => `${n} 个文件未能完整读取，其检查不完整（见上方说明）`, summary: '汇总', file: '文件', suspect: '*为疑似出错的单元格' },
  en: { cells: 'cells', files: 'files', sheets: 'sheets', errors: 'errors', warnings: 'warnings', infos: 'notes', clean: 'no inconsistencies found', unread: (n: number) => `${n} file${n === 1 ? '' : 's'} could not be read in full, so not fully checked (see above)`, summary: 'Summary', file: 'file', suspect: '* marks the cells most likely wrong' },
} as const;

/** The human-readable report: findings grouped by file and sheet, then a summary across all files. */
export function formatText(results: FileResult[], lang: Lang): string {
  const w = words[lang];
  const out: string[] = [];
  for (const result of results) {
    const said = result.sheets.flatMap((s) => [...s.findings, ...s.problems]);
    if (said.length === 0 && result.problems.length === 0) continue;
    out.push(result.file);
    for (const problem of result.problems) out.push(`  ! ${problemText({ ...problem, file: undefined }, lang)}`);
    for (const sheet of result.sheets) {
      for (const problem of sheet.problems) out.push(`  ! ${problemText({ ...problem, file: undefined }, lang)}`);
      if (sheet.findings.length === 0) continue;
      out.push(`  [${sheet.sheet}]`);
      for (const f of sheet.findings) {
        const first = f.cells[0]?.address ?? '';
        out.push(`    ${first.padEnd(6)} ${f.severity.padEnd(7)} ${f.message}  (${f.ruleId})`);
        out.push(`           ${w.cells}: ${f.cells.map((c) => c.address + (c.suspect ? '*' : '')).join(' ')}`);
      }
    }
    out.push('');
  }
  const totals = countBySeverity(results);
  const sheetCount = results.reduce((n, r) => n + r.sheets.length, 0);
  out.push(`${w.summary}: ${results.length} ${w.files}, ${sheetCount} ${w.sheets}, ${totals.error} ${w.errors}, ${totals.warning} ${w.warnings}, ${totals.info} ${w.infos}`);
  const unread = results.filter(partlyUnread).length;
  // "No inconsistencies found" would be a false all-clear for a file whose sheets were never checked.
  if (unread > 0) out.push(w.unread(unread));
  if (totals.error + totals.warning + totals.info === 0 && unread === 0) out.push(w.clean);
  else {
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
