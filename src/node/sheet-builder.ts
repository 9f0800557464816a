import { formatCellText } from '../core/format';
import { columnLetters, type Cell, type CellValue, type Merge, type SheetSnapshot } from '../core/snapshot';
import { UnreadableFile, readMessages } from './read-problems';

/**
 * Builds SheetSnapshots the same way for every Node reader (lean xlsx, exceljs, CSV), so that their snapshots
 * can be compared cell for cell, and bounds the cells one workbook may create.
 */

/** Grid cells one workbook may create: non-empty cells plus the empty ones before them in their row. */
export class CellBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  take(count: number): void {
    this.used += count;
    if (this.used > this.limit) throw new UnreadableFile(readMessages.tooManyCells(this.limit));
  }
}

/**
 * Display text of a raw value. Formatting a number is the costliest step per cell, and statistics sheets
 * repeat their values (counts, rates to one decimal) within a workbook and across the workbooks of a folder,
 * so texts are memoised per format, up to a bound past which the memo starts again.
 */
export class CellTexts {
  /** The memo the readers share for the life of the process. */
  static readonly shared = new CellTexts();
  private static readonly MAX_MEMOISED = 200_000;
  private readonly byFormat = new Map<string, Map<number, string>>();
  private memoised = 0;
  private lastFormat = '';
  private lastTexts = new Map<number, string>();

  text(value: CellValue, numFmt: string): string {
    if (typeof value === 'number') return this.numberText(value, numFmt);
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value === null) return '';
    return value.error;
  }

  private numberText(value: number, numFmt: string): string {
    let texts = numFmt === this.lastFormat ? this.lastTexts : this.byFormat.get(numFmt);
    if (texts === undefined) {
      texts = new Map();
      this.byFormat.set(numFmt, texts);
    }
    this.lastFormat = numFmt;
    this.lastTexts = texts;
    let text = texts.get(value);
    if (text === undefined) {
      text = formatCellText(value, numFmt);
      if (++this.memoised > CellTexts.MAX_MEMOISED) {
        this.byFormat.clear();
        this.byFormat.set(numFmt, texts);
        texts.clear();
        this.memoised = 1;
      }
      texts.set(value, text);
    }
    return text;
  }
}

const letters: string[] = [];

/** Column letters, computed once per column for the life of the process (at most 16,384). */
function letterOf(col: number): string {
  return (letters[col] ??= columnLetters(col));
}

/** Rows with no cell before a later one share this array; frozen so that no consumer can fill it by mistake. */
const EMPTY_ROW: (Cell | null)[] = Object.freeze([]) as unknown as (Cell | null)[];

export class SheetBuilder {
  private readonly rows: (Cell | null)[][] = [];
  private readonly merges: Merge[] = [];
  /** Row number of the row last written to, as text: cells of a row arrive together. */
  private rowNumber = '1';
  private rowNumberOf = 0;

  constructor(
    readonly name: string,
    private readonly budget: CellBudget,
    private readonly texts: CellTexts = CellTexts.shared,
  ) {}

  /**
   * Places a cell at 0-based (row, col). Null and empty-string values without a formula are empty cells and
   * are not stored, so row arrays only reach the last non-empty cell whatever the sheet claims as its range.
   */
  add(row: number, col: number, value: CellValue, numFmt: string, formula?: string): void {
    if ((value === null || value === '') && formula === undefined) return;
    const rows = this.rows;
    while (rows.length < row) rows.push(EMPTY_ROW);
    let cells = rows[row];
    if (cells === undefined || cells === EMPTY_ROW) rows[row] = cells = [];
    this.budget.take(col >= cells.length ? col + 1 - cells.length : 0);
    while (cells.length < col) cells.push(null);
    if (row !== this.rowNumberOf) {
      this.rowNumberOf = row;
      this.rowNumber = String(row + 1);
    }
    const address = letterOf(col) + this.rowNumber;
    const text = this.texts.text(value, numFmt);
    cells[col] = formula === undefined ? { address, value, text, numFmt } : { address, value, text, numFmt, formula };
  }

  merge(merge: Merge): void {
    this.merges.push(merge);
  }

  build(): SheetSnapshot {
    return { name: this.name, rows: this.rows, merges: this.merges };
  }
}
