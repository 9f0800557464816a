import type { FileResult, Lang, Severity } from '../core/report';
import type { CrossTableReport } from '../core/cross-table';
import { crossCellText } from './cross-table';
import { ruleProblemPlace, ruleProblemText, type RuleProblem } from '../core/rule-file-messages';
import type { RuleFailure } from '../core/rules';
import { notCheckedReason, ruleFailureLine } from './summary';

const HEADERS: Record<Lang, string[]> = {
  'zh-CN': ['文件', '工作表', '单元格', '规则', '严重程度', '说明', '应为', '实为'],
  en: ['file', 'sheet', 'cells', 'rule', 'severity', 'message', 'expected', 'actual'],
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'note' },
};

const EXPLAINED: Record<Lang, string> = { 'zh-CN': '已核实：', en: 'explained: ' };
/** A sheet no rule applied to gets a row of its own, so that its absence of findings is not read as clean. */
const NOT_CHECKED: Record<Lang, string> = { 'zh-CN': '未核对', en: 'not checked' };

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One row per rule file that did not load and per problem in it (cells: the line and column), then one row per sheet not checked and per finding, CRLF line ends, with a UTF-8 byte order mark: without it Excel reads the file in the system's
 * ANSI code page and the Chinese turns to mojibake.
 */
export function formatCsv(
  results: FileResult[],
  lang: Lang,
  cross?: CrossTableReport,
  failures: RuleFailure[] = [],
  problems: RuleProblem[] = [],
): string {
  const rows = [HEADERS[lang]];
  // Rule files that did not load come first, as in the text report: a CSV user never takes missing rules for a clean run.
  for (const f of failures) rows.push([f.file, '', '', '', SEVERITY[lang].error, ruleFailureLine(f, lang), '', '']);
  for (const p of problems)
    rows.push([
      p.file,
      '',
      ruleProblemPlace(p, lang),
      p.subject?.kind === 'rule' ? (p.subject.id ?? '') : '',
      SEVERITY[lang].error,
      ruleProblemText(p, lang),
      '',
      '',
    ]);
  for (const r of results) {
    for (const s of r.sheets) {
      const reason = notCheckedReason(s, lang);
      if (reason)
        rows.push([
          r.file,
          s.sheet,
          '',
          '',
          SEVERITY[lang].info,
          `${NOT_CHECKED[lang]}${lang === 'en' ? ': ' : '：'}${reason}`,
          '',
          '',
        ]);
      for (const f of s.findings) {
        const cells = f.cells.map((c) => c.address + (c.suspect ? '*' : '')).join(' ');
        const severity = f.accepted ? `${EXPLAINED[lang]}${f.accepted.reason}` : SEVERITY[lang][f.severity];
        rows.push([r.file, s.sheet, cells, f.ruleId, severity, f.message, f.expected ?? '', f.actual ?? '']);
      }
    }
  }
  // A finding between tables is filed under its first cell's workbook; its cells name every file.
  for (const f of [...(cross?.findings ?? []), ...(cross?.explained ?? [])]) {
    rows.push([
      f.cells[0].file,
      f.cells[0].sheet,
      f.cells.map(crossCellText).join(' '),
      f.ruleId,
      f.accepted ? `${EXPLAINED[lang]}${f.accepted.reason}` : SEVERITY[lang][f.severity],
      f.message,
      f.expected,
      f.actual,
    ]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
