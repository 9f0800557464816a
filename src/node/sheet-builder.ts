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
 * repeat their values (counts, rates to one decimal), so texts are memoised per format for one workbook.
 */
export class CellTexts {
  private static readonly MAX_PER_FORMAT = 1 << 16;
  private readonly byFormat = new Map<string, Map<number, string>>();
  private lastFormat = '';
  private lastTexts = new Map<number, string>();

  text(value: CellValue, numFmt: string): string {
    if (typeof value === 'number') {
      let texts = numFmt === this.lastFormat ? this.lastTexts : this.byFormat.get(numFmt);
      if (texts === undefined) this.byFormat.set(numFmt, (texts = new Map()));
      this.lastFormat = numFmt;
      this.lastTexts = texts;
      let text = texts.get(value);
      if (text === undefined) {
        text = formatCellText(value, numFmt);
        if (texts.size < CellTexts.MAX_PER_FORMAT) texts.set(value, text);
      }
      return text;
    }
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value === null) return '';
    return value.error;
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
    private readonly texts: CellTexts,
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
