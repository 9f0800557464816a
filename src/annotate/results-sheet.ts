import type { CellFix } from '../core/cell-fixes';
import type { Finding, Lang, Severity } from '../core/report';
import { a1 } from '../core/snapshot';
import { escapeXml, escapeXmlText } from './xml-edit';

/**
 * The sheet `核对结果` of the annotated copy: one row per finding, the suspect cell as an internal hyperlink
 * (`#'表1'!B12`, no relationship needed), the likely value, the message and the rule. Text is written inline
 * (`inlineStr`), so the workbook's shared strings stay untouched.
 */

export const RESULTS_SHEET: Record<Lang, string> = { 'zh-CN': '核对结果', en: 'Check results' };

const WORDS = {
  'zh-CN': {
    headings: ['工作表', '单元格', '级别', '可能的正确值', '发现', '规则'],
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    cannot: '无法推断',
  },
  en: {
    headings: ['Sheet', 'Cell', 'Severity', 'Likely value', 'Finding', 'Rule'],
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    cannot: 'cannot be inferred',
  },
} as const;

export interface SheetFindings {
  sheet: string;
  findings: Finding[];
  cellFixes: CellFix[];
}

/** `'My ''sheet'''!B12`: a sheet name quoted for a reference, as Excel writes it. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** The cell a finding is linked to: its first suspect, else its first cell. */
export function linkedCell(finding: Finding): string | undefined {
  return (finding.cells.find((c) => c.suspect) ?? finding.cells[0])?.address;
}

const WIDTHS = [16, 10, 8, 14, 80, 28];

/** A text cell at 1-based `row` and `col`. */
function textCell(row: number, col: number, text: string): string {
  return `<c r="${a1(row - 1, col - 1)}" t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(text)}</t></is></c>`;
}

/** The worksheet part; `mainNs` is the spreadsheetml namespace the workbook uses. */
export function resultsSheetXml(sheets: SheetFindings[], lang: Lang, mainNs: string): string {
  const w = WORDS[lang];
  const rows: string[] = [`<row r="1">${w.headings.map((h, k) => textCell(1, k + 1, h)).join('')}</row>`];
  const links: string[] = [];
  for (const { sheet, findings, cellFixes } of sheets) {
    for (const finding of findings) {
      const row = rows.length + 1;
      const cell = linkedCell(finding);
      const fix = cellFixes.find((f) => f.address === cell);
      const values = [
        sheet,
        cell ?? '',
        w.severity[finding.severity],
        fix ? (fix.shown ?? w.cannot) : '',
        finding.message,
        finding.ruleId,
      ];
      rows.push(`<row r="${row}">${values.map((v, k) => textCell(row, k + 1, v)).join('')}</row>`);
      if (cell)
        links.push(
          `<hyperlink ref="${a1(row - 1, 1)}" location="${escapeXml(sheetReference(sheet, cell))}" display="${escapeXml(cell)}"/>`,
        );
    }
  }
  const cols = WIDTHS.map((width, k) => `<col min="${k + 1}" max="${k + 1}" width="${width}" customWidth="1"/>`).join(
    '',
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}">` +
    `<dimension ref="A1:${a1(rows.length - 1, WIDTHS.length - 1)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
