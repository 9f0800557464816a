import { formatCellText } from '../core/format';
import { limits } from '../core/limits';
import { a1, type Cell, type CellValue, type Merge, type ReadProblem, type SheetSnapshot } from '../core/snapshot';
import { LimitReached, readMessages } from './read-problems';

/**
 * Builds SheetSnapshots the same way for every Node reader (lean xlsx, exceljs, CSV), so that their snapshots
 * can be compared cell for cell, and bounds the cells one workbook may create.
 */

/**
 * Grid cells one workbook may create: non-empty cells plus the empty ones before them in their row. The sheet that
 * passes the limit is not read and gives its cells back, so the sheets before it (and smaller ones after) are kept.
 */
export class CellBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  take(count: number): void {
    this.used += count;
    if (this.used > this.limit) throw new LimitReached(readMessages.tooManyCells(this.limit));
  }

  giveBack(count: number): void {
    this.used -= count;
  }
}

/** Whole numbers below this have their texts in an array, looked up by index rather than hashed. */
const SMALL_WHOLE = 1024;

/** The memoised number cells of one number format. */
class FormatTexts {
  /** By value, for the whole numbers 0 to SMALL_WHOLE − 1 (counts, mostly); stored in order of need. */
  readonly small: (Cell | undefined)[] = [];
  readonly other = new Map<number, Cell>();

  constructor(readonly numFmt: string) {}
}

/**
 * Display text of a raw value. Formatting a number is the costliest step per cell, and statistics sheets
 * repeat their values (counts, rates to one decimal) within a workbook and across the workbooks of a folder,
 * so texts are memoised per format, up to a bound past which the memo starts again. So are the cells of plain
 * numbers (no formula, no indent), shared by every cell that holds that number in that format: snapshots are never
 * changed once built, and half a million cell objects of a long sheet, alive until it is checked, cost the garbage
 * collector more than all the reading.
 */
export class CellTexts {
  /** The memo the readers share for the life of the process. */
  static readonly shared = new CellTexts();
  private static readonly MAX_MEMOISED = 200_000;
  private readonly byFormat = new Map<string, FormatTexts>();
  private memoised = 0;
  /** The format of the last number: cells of a column share one, and so do columns. */
  private last = new FormatTexts('');

  text(value: CellValue, numFmt: string): string {
    if (typeof value === 'number') return this.numberCell(value, numFmt).text;
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value === null) return '';
    return value.error;
  }

  /** The shared cell of a plain number in a format (see the class comment). */
  numberCell(value: number, numFmt: string): Cell {
    const texts = numFmt === this.last.numFmt ? this.last : this.textsOf(numFmt);
    this.last = texts;
    const small = value >= 0 && value < SMALL_WHOLE && Number.isInteger(value);
    let cell = small ? texts.small[value] : texts.other.get(value);
    if (cell === undefined) {
      cell = { value, text: formatCellText(value, numFmt), numFmt };
      if (++this.memoised > CellTexts.MAX_MEMOISED) {
        this.byFormat.clear();
        this.byFormat.set(numFmt, texts);
        texts.small.length = 0;
        texts.other.clear();
        this.memoised = 1;
      }
      if (small) texts.small[value] = cell;
      else texts.other.set(value, cell);
    }
    return cell;
  }

  private textsOf(numFmt: string): FormatTexts {
    let texts = this.byFormat.get(numFmt);
    if (texts === undefined) {
      texts = new FormatTexts(numFmt);
      this.byFormat.set(numFmt, texts);
    }
    return texts;
  }
}

/** Rows with no cell before a later one share this array; frozen so that no consumer can fill it by mistake. */
const EMPTY_ROW: (Cell | null)[] = Object.freeze([]) as unknown as (Cell | null)[];

export class SheetBuilder {
  /** Notes on single cells (a value its format cannot show) and on the sheet (an over-long format code). */
  readonly problems: ReadProblem[] = [];
  /** Cells taken from the budget, to give back when the sheet is dropped. */
  taken = 0;
  private readonly rows: (Cell | null)[][] = [];
  private readonly merges = new Map<string, Merge>();
  private width = 0;
  private readonly longFormats = new Set<string>();
  /** The row last written to and its cells: the cells of a row arrive together. */
  private row = -1;
  private cells: (Cell | null)[] = EMPTY_ROW;

  constructor(
    readonly name: string,
    private readonly budget: CellBudget,
    private readonly texts: CellTexts = CellTexts.shared,
  ) {}

  /**
   * Places a cell at 0-based (row, col). Null and empty-string values without a formula are empty cells and
   * are not stored, so row arrays only reach the last non-empty cell whatever the sheet claims as its range.
   */
  add(row: number, col: number, value: CellValue, numFmt: string, formula?: string, indent = 0): void {
    if ((value === null || value === '') && formula === undefined) return;
    if (col >= limits.columns) throw new LimitReached(readMessages.tooManyColumns(limits.columns));
    if (row !== this.row) this.enterRow(row);
    const cells = this.cells;
    if (col >= cells.length) {
      this.taken += col + 1 - cells.length;
      this.budget.take(col + 1 - cells.length);
      while (cells.length < col) cells.push(null);
      if (col >= this.width) this.width = col + 1;
    }
    let format = numFmt.length > limits.formatCodeChars ? this.longFormat(numFmt) : numFmt;
    let text: string;
    try {
      if (typeof value === 'number' && formula === undefined && indent === 0) {
        cells[col] = this.texts.numberCell(value, format);
        return;
      }
      text = this.texts.text(value, format);
    } catch {
      // A format or date this reader cannot show (a serial far past year 9999) costs that cell's text, not the sheet.
      text = typeof value === 'object' && value !== null ? value.error : String(value);
      format = 'General';
      this.problems.push({ cell: a1(row, col), message: readMessages.cannotShow(text) });
    }
    const cell: Cell =
      formula === undefined ? { value, text, numFmt: format } : { value, text, numFmt: format, formula };
    if (indent > 0) cell.indent = indent;
    cells[col] = cell;
  }

  /** A format code past the limit is read as General (its text could be 20,000 characters per cell), noted once. */
  private longFormat(numFmt: string): string {
    if (!this.longFormats.has(numFmt)) {
      this.longFormats.add(numFmt);
      this.problems.push({ message: readMessages.formatTooLong(numFmt.length, limits.formatCodeChars) });
    }
    return 'General';
  }

  private enterRow(row: number): void {
    const rows = this.rows;
    while (rows.length < row) rows.push(EMPTY_ROW);
    let cells = rows[row];
    if (cells === undefined || cells === EMPTY_ROW) rows[row] = cells = [];
    this.row = row;
    this.cells = cells;
  }

  /** A merged range; the same range given twice is one. */
  merge(merge: Merge): void {
    const key = `${merge.top},${merge.left},${merge.bottom},${merge.right}`;
    if (this.merges.has(key)) return;
    if (this.merges.size >= limits.mergesPerSheet)
      throw new LimitReached(readMessages.tooManyMerges(limits.mergesPerSheet));
    this.merges.set(key, merge);
  }

  /**
   * The snapshot. Merges are clipped to the cells the sheet has: `A3:A1048576` covers the rows that exist, so that
   * nothing downstream walks a million rows for a range whose cells are all empty.
   */
  build(): SheetSnapshot {
    const [lastRow, lastCol] = [this.rows.length - 1, this.width - 1];
    const merges: Merge[] = [];
    for (const m of this.merges.values()) {
      if (m.top > lastRow || m.left > lastCol) continue;
      merges.push(
        m.bottom <= lastRow && m.right <= lastCol
          ? m
          : { ...m, bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) },
      );
    }
    return { name: this.name, rows: this.rows, merges };
  }
}
