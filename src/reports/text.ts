import type { FileResult, Lang } from '../core/report';
import { printable, problemText } from '../readers/problem-lines';
import type { CrossTableReport } from '../core/cross-table';
import type { RuleFailure } from '../core/rules';
import { crossTableCount, crossTableLines, crossTableSkipped } from './cross-table';
import { displayWidth, padEndWidth, padStartWidth } from './display-width';
import { foldCellFixes, foldFindings } from './fold';
import {
  countBySeverity,
  countCellFixes,
  countFindings,
  notCheckedReason,
  partlyUnread,
  ruleFailureLine,
  rulesNotLoaded,
  wasChecked,
} from './summary';

const words = {
  'zh-CN': {
    fixes: '需核对的单元格',
    fixCount: (cells: number, findings: number, files: number) =>
      `需核对 ${cells} 个单元格（${findings} 条发现，${files} 个文件）`,
    cells: '单元格',
    files: '个文件',
    sheets: '个工作表',
    errors: '个错误',
    warnings: '个警告',
    infos: '条提示',
    clean: '未发现不一致',
    moreClean: (n: number) => `另有 ${n} 个文件未发现不一致`,
    summary: '汇总',
    suspect: '*为疑似出错的单元格',
    unread: (n: number) => `${n} 个文件未能完整读取，其检查不完整（见上方说明）`,
    notChecked: '未核对',
    sheetsNotChecked: (n: number) => `${n} 个工作表未核对`,
    checkedClean: (n: number) => `已核对的 ${n} 个工作表未发现不一致`,
    rulesMissing: (n: number | undefined) =>
      n === undefined ? '部分规则未能加载，未参与核对' : `${n} 条规则未能加载，未参与核对`,
    columns: ['文件', '工作表', '错误', '警告', '提示'],
    notRead: '无法读取',
    severity: { error: '错误', warning: '警告', info: '提示' },
    accepted: '已核实',
    between: '表间',
    moreCells: (n: number) => `……另 ${n} 个`,
  },
  en: {
    fixes: 'Cells to check',
    fixCount: (cells: number, findings: number, files: number) =>
      `${cells} cells to fix (${findings} findings, ${files} files)`,
    cells: 'cells',
    files: 'files',
    sheets: 'sheets',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'notes',
    clean: 'no inconsistencies found',
    moreClean: (n: number) => `${n} more file${n === 1 ? '' : 's'} with no inconsistencies found`,
    summary: 'Summary',
    suspect: '* marks the cells most likely wrong',
    unread: (n: number) => `${n} file${n === 1 ? '' : 's'} could not be read in full, so not fully checked (see above)`,
    notChecked: 'not checked',
    sheetsNotChecked: (n: number) => `${n} sheets not checked`,
    checkedClean: (n: number) => `no inconsistencies found in the ${n} sheets checked`,
    rulesMissing: (n: number | undefined) =>
      n === undefined
        ? 'some rules could not be loaded and were not checked'
        : `${n} rules could not be loaded and were not checked`,
    columns: ['file', 'sheets', 'errors', 'warnings', 'notes'],
    notRead: 'not read',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    accepted: 'explained',
    between: 'between',
    moreCells: (n: number) => `… and ${n} more`,
  },
} as const;

/** Cells named on a finding's line: a total over 130,000 rows is listed whole in JSON and CSV, not on one line. */
const LISTED_CELLS = 24;

/** The finding's cells, suspects marked `*`: the first LISTED_CELLS and every suspect, then how many more. */
function cellList(cells: readonly { address: string; suspect: boolean }[], more: (n: number) => string): string {
  const listed = cells.filter((c, i) => i < LISTED_CELLS || c.suspect);
  const text = listed.map((c) => c.address + (c.suspect ? '*' : '')).join(' ');
  return listed.length < cells.length ? `${text} ${more(cells.length - listed.length)}` : text;
}

/**
 * The human-readable report: rule files that did not load (first), then per file the cells to fix and the findings by
 * sheet, sheets no rule checked, then a summary across all files. It never reads as an all-clear when rules or sheets
 * went unchecked.
 */
export function formatText(
  results: FileResult[],
  lang: Lang,
  failures: RuleFailure[] = [],
  cross?: CrossTableReport,
): string {
  const w = words[lang];
  const out: string[] = failures.map((f) => `! ${ruleFailureLine(f, lang)}`);
  if (failures.length > 0) out.push('');
  const severityWidth = Math.max(...Object.values(w.severity).map(displayWidth));
  let notChecked = 0;
  for (const result of results) {
    const reasons = result.sheets.map((s) => notCheckedReason(s, lang));
    notChecked += result.sheets.filter((s) => !wasChecked(s)).length;
    const said = result.sheets.flatMap((s) => [...s.findings, ...s.problems]);
    if (said.length === 0 && result.problems.length === 0 && !reasons.some(Boolean)) continue;
    out.push(result.file);
    for (const problem of result.problems) out.push(`  ! ${problemText({ ...problem, file: undefined }, lang)}`);
    // The cells to correct come first: one line each, leading with the value the sheet's own relations imply.
    const fixes = result.sheets.flatMap((s) => s.cellFixes.map((fix) => `    [${s.sheet}] ${fix.message}`));
    if (fixes.length > 0) out.push(`  ${w.fixes}:`, ...foldCellFixes(fixes, lang));
    result.sheets.forEach((sheet, i) => {
      for (const problem of sheet.problems) out.push(`  ! ${problemText({ ...problem, file: undefined }, lang)}`);
      if (reasons[i]) out.push(`  [${sheet.sheet}] ${w.notChecked}: ${reasons[i]}`);
      if (sheet.findings.length === 0) return;
      out.push(`  [${sheet.sheet}]`);
      for (const f of foldFindings(sheet.findings, lang)) {
        if (typeof f === 'string') {
          out.push(`    ${f}`);
          continue;
        }
        const first = f.cells[0]?.address ?? '';
        const mark = f.accepted
          ? `${w.accepted}${lang === 'en' ? ': ' : '：'}${f.accepted.reason} —`
          : padEndWidth(w.severity[f.severity], severityWidth);
        out.push(`    ${first.padEnd(6)} ${mark} ${f.message}  (${f.ruleId})`);
        out.push(`           ${w.cells}: ${cellList(f.cells, w.moreCells)}`);
      }
    });
    out.push('');
  }
  out.push(...crossTableLines(cross, lang));
  const totals = countBySeverity(results);
  const sheetCount = results.reduce((n, r) => n + r.sheets.length, 0);
  const caveats = [
    ...crossTableCount(cross, lang),
    ...(failures.length > 0 ? [w.rulesMissing(rulesNotLoaded(failures))] : []),
    ...(notChecked > 0 ? [w.sheetsNotChecked(notChecked)] : []),
  ];
  out.push(
    `${w.summary}: ${results.length} ${w.files}, ${sheetCount} ${w.sheets}, ${totals.error} ${w.errors}, ${totals.warning} ${w.warnings}, ${totals.info} ${w.infos}${caveats.map((c) => `, ${c}`).join('')}`,
  );
  for (const f of failures) out.push(`! ${ruleFailureLine(f, lang)}`);
  const unread = results.filter(partlyUnread).length;
  // "No inconsistencies found" would be a false all-clear for a file whose sheets were never checked.
  if (unread > 0) out.push(w.unread(unread));
  out.push(...crossTableSkipped(cross));
  if (totals.error + totals.warning + totals.info === 0 && (cross?.findings.length ?? 0) > 0) {
    out.push(...summaryTable(results, lang, cross));
  } else if (totals.error + totals.warning + totals.info === 0) {
    // An all-clear only over what was actually checked (a path that named no file gives no sheet), and never while
    // rules are missing.
    if (failures.length === 0 && notChecked === 0 && unread === 0 && sheetCount > 0) out.push(w.clean);
    else if (failures.length === 0 && unread === 0 && sheetCount > notChecked)
      out.push(w.checkedClean(sheetCount - notChecked));
  } else {
    const withFindings = results.filter((r) => countFindings([r]) > 0).length;
    out.push(w.fixCount(countCellFixes(results), countFindings(results), withFindings));
    out.push(w.suspect);
    for (const row of summaryTable(results, lang, cross)) out.push(row); // one push per row: 150,000 files overflow a spread
  }
  // Names and cell text come from the input: no line may carry a control character to the terminal.
  return out.map(printable).join('\n') + '\n';
}

/**
 * One row per file with findings or read problems, most errors first, columns aligned by display width (Chinese
 * file names take two columns a character); clean files fold into one closing line. A file with a difference
 * between tables is not clean: a 表间 column counts them when there are any.
 */
export function summaryTable(results: FileResult[], lang: Lang, cross?: CrossTableReport): string[] {
  const w = words[lang];
  const unread = partlyUnread;
  const between = (r: FileResult) => cross?.findings.filter((f) => f.cells.some((c) => c.file === r.file)).length ?? 0;
  const withBetween = (cross?.findings.length ?? 0) > 0;
  // A file none of whose sheets a rule checked is listed as such, never folded into the files "with no inconsistencies".
  const unchecked = (r: FileResult) =>
    r.sheets.length > 0 && r.sheets.every((s) => notCheckedReason(s, lang) !== undefined);
  const listed = results
    .map((r) => ({ r, c: countBySeverity([r]), b: between(r) }))
    .filter(({ r, c, b }) => unread(r) || unchecked(r) || c.error + c.warning + c.info + b > 0)
    .sort((a, b) => b.c.error + b.b - (a.c.error + a.b) || b.c.warning - a.c.warning || b.c.info - a.c.info);
  const rows = listed.map(({ r, c, b }) => [
    r.file,
    String(r.sheets.length),
    String(c.error),
    String(c.warning),
    String(c.info),
    ...(withBetween ? [String(b)] : []),
    unread(r) ? w.notRead : unchecked(r) ? w.notChecked : '',
  ]);
  const header = [...w.columns, ...(withBetween ? [w.between] : []), ''];
  const widths = header.map((h, i) =>
    rows.reduce((most, row) => Math.max(most, displayWidth(row[i])), displayWidth(h)),
  );
  // File names left-aligned, counts right-aligned under their headings, the "not read" mark last.
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (i === 0 || i === row.length - 1 ? padEndWidth(cell, widths[i]) : padStartWidth(cell, widths[i]))).join('  ')}`.trimEnd();
  const lines = [line(header), ...rows.map(line)];
  const clean = results.length - listed.length;
  if (clean > 0) lines.push(`  ${w.moreClean(clean)}`);
  return lines;
}
