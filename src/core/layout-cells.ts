import { compactText } from './header';
import { isDateFormat } from './format';
import type { SheetLayout } from './layout-types';
import type { Lexicon } from './lexicon';
import { phrase, type PhraseKey } from './messages';
import { normaliseWidth, readFigure } from './number';
import type { Lang } from './report';
import type { Cell, Merge, SheetSnapshot } from './snapshot';

/** What the layout readers share while reading one sheet: its cells, the vocabulary, and the notes' language. */
export interface LayoutReading {
  sheet: SheetSnapshot;
  lexicon: Lexicon;
  lang: Lang;
  layout: SheetLayout;
}

export type CellKind = 'empty' | 'number' | 'missing' | 'text';

const MAX_LISTED_RANGES = 8;

export function isEmptyCell(cell: Cell | null | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  if (v === null) return cell.formula === undefined && cell.text.trim() === '';
  return typeof v === 'string' && v.trim() === '';
}

/** A row's cells' texts run together (a title, a note under the table). */
export function rowText(sheet: SheetSnapshot, row: number): string {
  return (sheet.rows[row] ?? []).map((c) => c?.text ?? '').join('');
}

/** The texts of the notes under a table, compacted (注：①滨海新区…), to find the rows they name. */
export function noteTexts(sheet: SheetSnapshot, layout: SheetLayout): string[] {
  return layout.noteRows.map((r) => compactText(rowText(sheet, r)));
}

/** The text a cell shows, keeping leading spaces (they mark indented 其中 rows). */
export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  return typeof cell.value === 'string' ? cell.value : cell.text;
}

/** A cell's text compacted (spaces and widths as compactText leaves them), by its place in the sheet. */
export function compactTextAt(sheet: SheetSnapshot, row: number, col: number): string {
  return compactText(cellText(sheet.rows[row]?.[col]));
}

export function cellKind(cell: Cell | null | undefined, lexicon: Lexicon): CellKind {
  if (isEmptyCell(cell) || !cell) return 'empty';
  // A date typed in a preamble row is a number to Excel but never a figure of the table.
  if (typeof cell.value === 'number' && cell.numFmt !== 'General' && isDateFormat(cell.numFmt)) return 'text';
  const figure = readFigure(cell, lexicon);
  // A band's bound with its unit (10万元以上 beside 5万元以下 | 5-10万元) names a header's column, not a figure.
  if (figure.kind === 'number') return figure.hi === Infinity && figure.unit ? 'text' : 'number';
  // Missing markers, Excel errors, formulas without a result; and marks of a figure not stated (…), which the figures
  // read as text (a total is not checked where one stands) but which are no header's words.
  return figure.kind === 'text' && !lexicon.notStated.test(compactText(figure.text)) ? 'text' : 'missing';
}

export function isPercentCell(cell: Cell): boolean {
  if (typeof cell.value === 'number') return cell.numFmt.includes('%');
  return typeof cell.value === 'string' && normaliseWidth(cell.value).trim().endsWith('%');
}

export interface RowStats {
  nonEmpty: number;
  numbers: number;
  missing: number;
  texts: number;
}

export function rowStats(row: (Cell | null)[] | undefined, lexicon: Lexicon): RowStats {
  const s: RowStats = { nonEmpty: 0, numbers: 0, missing: 0, texts: 0 };
  for (const cell of row ?? []) {
    const kind = cellKind(cell, lexicon);
    if (kind === 'empty') continue;
    s.nonEmpty++;
    if (kind === 'number') s.numbers++;
    else if (kind === 'missing') s.missing++;
    else s.texts++;
  }
  return s;
}

export function isTextRow(s: RowStats): boolean {
  return s.texts >= 1 && s.texts >= s.numbers + s.missing;
}

export function rowCellTexts(row: (Cell | null)[] | undefined): string[] {
  const texts: string[] = [];
  for (const cell of row ?? []) if (!isEmptyCell(cell)) texts.push(compactText(cellText(cell)));
  return texts;
}

/** Two or more spaces, half or full width: where a line above a table parts its fields. */
const FIELD_GAP = /[ \u3000]{2,}|\t/;

/**
 * The fields of a line above a table, each cell's text split where a wide gap parts it (`填报单位：XX县委组织部  单位：个、%`
 * is a filer and a unit), compacted.
 */
export function rowCellFields(row: (Cell | null)[] | undefined): string[] {
  const fields: string[] = [];
  for (const cell of row ?? [])
    if (!isEmptyCell(cell))
      for (const field of cellText(cell).trim().split(FIELD_GAP)) if (field !== '') fields.push(compactText(field));
  return fields;
}

/** Whether a label is indented deeper than another: shallower by neither typed spaces nor Excel's indent, deeper by one. */
export function isDeeper(typed: number, excel: number, thanTyped: number, thanExcel: number): boolean {
  return typed >= thanTyped && excel >= thanExcel && typed + excel > thanTyped + thanExcel;
}

/** Leading indentation of a label; an ideographic space is two ordinary ones wide. */
export function indentOf(label: string): number {
  let n = 0;
  for (const ch of label) {
    if (ch === ' ') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** A merge lookup for the few rows where merges matter (header block, label column, wide note rows). */
export function mergeCovering(merges: Merge[], row: number, col: number): Merge | undefined {
  return merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
}

/** The text of each title row, its cells joined. */
export function titles(reading: LayoutReading): string[] {
  return reading.layout.titleRows.map((r) => (reading.sheet.rows[r] ?? []).map(cellText).join(''));
}

/** 1-based Excel row numbers, consecutive ones as ranges (`rows 6–20, 22`), in the reading's language. */
export function rowsText(reading: LayoutReading, rows: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    ranges.push(i === j ? String(rows[i] + 1) : `${rows[i] + 1}–${rows[j] + 1}`);
    i = j + 1;
  }
  const { lang } = reading;
  const sep = phrase(lang, 'rangeSeparator');
  const listed =
    ranges.length <= MAX_LISTED_RANGES
      ? ranges.join(sep)
      : phrase(lang, 'moreRows', { ranges: ranges.slice(0, MAX_LISTED_RANGES).join(sep), count: rows.length });
  return phrase(lang, rows.length === 1 ? 'rowOne' : 'rowMany', { rows: listed });
}

/** Column letters (`column C`, `columns C, D`), in the reading's language. */
export function columnsText(reading: LayoutReading, letters: string[]): string {
  const { lang } = reading;
  return phrase(lang, letters.length === 1 ? 'columnOne' : 'columnMany', {
    letters: letters.join(phrase(lang, 'cellSeparator')),
  });
}

/** One sentence of how the sheet was read (`statlint explain`), in the reading's language. */
export function note(reading: LayoutReading, key: PhraseKey, vars: Record<string, string | number> = {}): void {
  reading.layout.notes.push(phrase(reading.lang, key, vars));
}
