import type { FileResult } from '../../node/check-files';
import { problemLine } from '../../readers/read-problems';
import type { Lang } from '../../core/report';
import { countBySeverity, countCellFixes, countFindings } from '../summary';

const words = {
  'zh-CN': { fixes: '需核对的单元格', fixCount: (cells: number, findings: number, files: number) => `需核对 ${cells} 个单元格（${findings} 条发现，${files} 个文件）`, cells: '单元格', files: '个文件', sheets: '个工作表', errors: '个错误', warnings: '个警告', infos: '条提示', clean: '未发现不一致', summary: '汇总', file: '文件', suspect: '*为疑似出错的单元格' },
  en: { fixes: 'Cells to check', fixCount: (cells: number, findings: number, files: number) => `${cells} cells to fix (${findings} findings, ${files} files)`, cells: 'cells', files: 'files', sheets: 'sheets', errors: 'errors', warnings: 'warnings', infos: 'notes', clean: 'no inconsistencies found', summary: 'Summary', file: 'file', suspect: '* marks the cells most likely wrong' },
} as const;

/** The human-readable report: findings grouped by file and sheet, then a summary across all files. */
export function formatText(results: FileResult[], lang: Lang): string {
  const w = words[lang];
  const out: string[] = [];
  for (const result of results) {
    const said = result.sheets.flatMap((s) => [...s.findings, ...s.problems]);
    if (said.length === 0 && result.problems.length === 0) continue;
    out.push(result.file);
    for (const problem of result.problems) out.push(`  ! ${problemLine({ ...problem, file: undefined })}`);
    // The cells to correct come first: one line each, leading with the value the sheet's own relations imply.
    const fixes = result.sheets.flatMap((s) => s.cellFixes.map((fix) => `    [${s.sheet}] ${fix.message}`));
    if (fixes.length > 0) out.push(`  ${w.fixes}:`, ...fixes);
    for (const sheet of result.sheets) {
      for (const problem of sheet.problems) out.push(`  ! ${problemLine({ ...problem, file: undefined })}`);
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
  if (totals.error + totals.warning + totals.info === 0) out.push(w.clean);
  else {
    const withFindings = results.filter((r) => countFindings([r]) > 0).length;
    out.push(w.fixCount(countCellFixes(results), countFindings(results), withFindings));
    out.push(w.suspect);
    const width = Math.max(...results.map((r) => r.file.length), w.file.length);
    for (const r of results) {
      const c = countBySeverity([r]);
      out.push(`  ${r.file.padEnd(width)}  ${String(r.sheets.length).padStart(3)} ${w.sheets}  ${String(c.error).padStart(4)} ${w.errors}  ${String(c.warning).padStart(4)} ${w.warnings}${r.problems.some((p) => p.fatal) ? '  !' : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
