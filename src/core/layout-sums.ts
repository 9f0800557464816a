import type { LayoutReading } from './layout-cells';
import type { HeaderColumn } from './layout-types';
import { columnFigures, numberIn, type ColumnFigures } from './sheet-model';
import { rangeOf } from './figure';
import { floatSlack, isRoundedColumn, shortestDecimals } from './tolerance';

/**
 * Sums that decide how rows nest where the labels leave it open (a `#` row, an indent, a group under a name of its
 * own): does a row hold the sum of some others, or more than it? Only the columns a total adds up are compared.
 */

/** How a whole row compares with the sum of its candidate parts, column by column. */
export interface SumComparison {
  /** Columns where the whole and every part hold a figure. */
  columns: number;
  /** …where the whole equals the parts' sum within the rounding of the figures shown. */
  equal: number;
  /** …where the whole exceeds the sum. */
  above: number;
  /** …where the whole and the sum are both 0: equal, and no evidence that they add up. */
  zeros: number;
}

/** The figures of one row in the columns a total adds up (undefined where a cell holds none). */
export type RowFigures = (number | undefined)[];

export interface SumReader {
  /** The row's figures, one per column a total adds up (kept: asked again of the same rows). */
  figures(row: number): RowFigures;
  /** The row's figure in the i-th of those columns, read without a list per row: a sum over 50,000 rows asks each. */
  figure(row: number, i: number): number | undefined;
  /**
   * How far the row's figure in the i-th of those columns may lie from the figure it rounds: half a unit of its last
   * digit, or the range a figure in words spans (3.7万 is 36,500 to 37,500); 0 for a whole count.
   */
  half(row: number, i: number): number;
  /** Whether the row holds a figure in any column a total adds up. */
  hasFigures(row: number): boolean;
  /** Whether the row marks every such figure missing (基金会 | — | — …): a category with none, which adds 0. */
  marksNone(row: number): boolean;
}

/** Reads each row's figures once, in the columns that are not rates. */
export function sumReader(reading: LayoutReading, columns: HeaderColumn[]): SumReader {
  const additive = columns.filter((c) => !c.isRate && !c.notAdditive);
  // Whole figures in 万千瓦时 or 亿元 were rounded from finer ones, as the declared sums allow (total-row.ts).
  const rounded = additive.map((c) => isRoundedColumn(c.unit, c.rawHeader, 0, 'unknown', reading.lexicon));
  const cache = new Map<number, RowFigures>();
  let read: ColumnFigures[] | undefined;
  let withFigures: Uint8Array | undefined;
  const columnsRead = () => (read ??= additive.map(({ col }) => columnFigures(reading.sheet, col, reading.lexicon)));
  return {
    figures(row) {
      let figures = cache.get(row);
      if (!figures) {
        figures = columnsRead().map((column) => numberIn(column, row));
        cache.set(row, figures);
      }
      return figures;
    },
    figure(row, i) {
      return numberIn(columnsRead()[i], row);
    },
    half(row, i) {
      const column = columnsRead()[i];
      // A plain figure has no other beside it: most rows are not looked up in the map of others.
      const plain = column.values[row];
      if (!Number.isNaN(plain)) return rounded[i] ? roundedHalf(plain, column.decimals[row]) : halfUnit(plain);
      const other = column.others.get(row);
      return other?.kind === 'number' ? Math.max(halfUnit(other.value), rangeOf(other)) : 0;
    },
    hasFigures(row) {
      if (!withFigures) {
        // Marked once for every row, column by column: asked of each row of a 50,000-row block, twice.
        withFigures = new Uint8Array(reading.sheet.rows.length);
        for (const column of columnsRead())
          for (let r = 0; r < column.values.length; r++) if (numberIn(column, r) !== undefined) withFigures[r] = 1;
      }
      return withFigures[row] === 1;
    },
    marksNone(row) {
      const columns = columnsRead();
      return columns.length > 0 && columns.every((column) => column.others.get(row)?.kind === 'missing');
    },
  };
}

/** Half a unit of the last digit a figure shows (0 for a whole number: counts are exact). */
export function halfUnit(value: number): number {
  const decimals = shortestDecimals(value);
  return decimals === 0 ? 0 : 0.5 * 10 ** -Math.min(decimals, 10);
}

/** Half a unit of the last digit a rounded figure shows (as its format shows it: 12.0 to 0.05), 0.5 for a whole one. */
function roundedHalf(value: number, decimals: number): number {
  return decimals >= 0 ? 0.5 * 10 ** -Math.min(decimals, 10) : halfUnit(value) || 0.5;
}

/** Rows' figures added up column by column, with the rounding slack of each sum; a column where a row holds none drops out. */
export class RowsSum {
  private readonly sums: number[];
  private readonly slacks: number[];
  private readonly complete: boolean[];
  /** Whether some row holds a figure in the column. */
  private readonly filled: boolean[];
  /** Whether a row added holds no figure at all (a heading: 按企业规模分). */
  private bare = false;
  rows = 0;

  constructor(
    private readonly reader: SumReader,
    width: number,
  ) {
    this.sums = new Array<number>(width).fill(0);
    this.slacks = new Array<number>(width).fill(0);
    this.complete = new Array<boolean>(width).fill(true);
    this.filled = new Array<boolean>(width).fill(false);
  }

  add(row: number): this {
    this.rows++;
    // A row marking every figure missing (飞播造林 | — | — | —) is a category with none: it adds 0.
    if (this.reader.marksNone(row)) return this;
    if (!this.reader.hasFigures(row)) this.bare = true;
    for (let i = 0; i < this.sums.length; i++) {
      const value = this.reader.figure(row, i);
      if (value === undefined) this.complete[i] = false;
      else {
        this.filled[i] = true;
        this.sums[i] += value;
        this.slacks[i] += this.reader.half(row, i);
      }
    }
    return this;
  }

  /**
   * How a row's stated figures compare with the sum (columns where either has none left out). Where every column has
   * a row with none, but each row has some, blanks are none (a ledger of 失联党员 leaving its zeros blank): the columns
   * some row fills compare. A row of none at all is a heading (按企业规模分), whose rows no sum over it reads.
   */
  compare(whole: number): SumComparison {
    const stated = this.sums.map((_, i): [number, number] | undefined => {
      const value = this.reader.figure(whole, i);
      return value === undefined ? undefined : [value, this.reader.half(whole, i)];
    });
    const strict = this.compareWith(stated, this.complete);
    return strict.columns > 0 || this.bare ? strict : this.compareWith(stated, this.filled);
  }

  /** How another sum compares with this one (the other taken as the whole). */
  compareSum(other: RowsSum): SumComparison {
    return this.compareWith(
      other.sums.map((value, i) => (other.complete[i] ? [value, other.slacks[i]] : undefined)),
      this.complete,
    );
  }

  private compareWith(whole: ([number, number] | undefined)[], compared: boolean[]): SumComparison {
    const result: SumComparison = { columns: 0, equal: 0, above: 0, zeros: 0 };
    whole.forEach((stated, i) => {
      if (stated === undefined || !compared[i]) return;
      const [value, slack] = stated;
      const sum = this.sums[i];
      result.columns++;
      if (Math.abs(value - sum) <= slack + this.slacks[i] + floatSlack(sum)) {
        result.equal++;
        if (value === 0 && sum === 0) result.zeros++;
      } else if (value > sum) result.above++;
    });
    return result;
  }
}

/**
 * In how many columns a row passes a row above it, of those where both hold a figure and neither is below 0: a fall
 * (增减 −324 of its whole's −615) is no part passing its whole.
 */
export function passedBy(reader: SumReader, whole: number, row: number): { columns: number; passed: number } {
  const result = { columns: 0, passed: 0 };
  reader.figures(whole).forEach((stated, i) => {
    const value = reader.figure(row, i);
    if (stated === undefined || value === undefined || stated < 0 || value < 0) return;
    result.columns++;
    if (value - stated > reader.half(whole, i) + reader.half(row, i) + floatSlack(stated)) result.passed++;
  });
  return result;
}

/** Share of the whole by which rows must pass it to pass it by more than the rounding of per-head figures. */
const FAR_PAST = 0.01;

/** Whether the rows add up past the whole by more than a hundredth of it in some column (263 over 205, not 16897 over 16896). */
export function passFar(reader: SumReader, whole: number, rows: number[]): boolean {
  return reader.figures(whole).some((stated, i) => {
    if (stated === undefined) return false;
    let sum = 0;
    for (const row of rows) sum += reader.figure(row, i) ?? 0;
    return sum - stated > FAR_PAST * Math.abs(stated);
  });
}

/** The rows' figures added up, `width` columns wide (the width of any row's figures). */
export function sumOfRows(reader: SumReader, rows: number[], width: number): RowsSum {
  const sum = new RowsSum(reader, width);
  for (const row of rows) sum.add(row);
  return sum;
}

export function compareSum(reader: SumReader, whole: number, parts: number[]): SumComparison {
  return sumOfRows(reader, parts, reader.figures(whole).length).compare(whole);
}

/** In how many columns the rows add up to the whole to the last digit, not only within their rounding (blanks add 0). */
export function exactColumns(reader: SumReader, whole: number, rows: number[]): number {
  let exact = 0;
  reader.figures(whole).forEach((stated, i) => {
    if (stated === undefined) return;
    let sum = 0;
    for (const row of rows) sum += reader.figure(row, i) ?? 0;
    if (Math.abs(stated - sum) <= floatSlack(sum)) exact++;
  });
  return exact;
}

/**
 * The parts add up to the whole: in most columns, and in every column but one at most. Where one breaks, the others
 * must hold with a figure other than 0: rows of zeros (机动车原因 0 | its 其中 rows 0) add up in any reading.
 */
export function sumsTo(c: SumComparison): boolean {
  return (
    c.equal > 0 && c.equal * 2 >= c.columns && c.equal >= c.columns - 1 && (c.equal === c.columns || c.equal > c.zeros)
  );
}

/**
 * A row its total or heading copies (二、县（市） | 小计 | 清河县, then 三、市直属): a group of one, equal to it in all of
 * three columns or more but one (a wrong figure), not all zeros.
 */
export function copiedBy(c: SumComparison): boolean {
  return c.columns >= 3 && c.equal >= c.columns - 1 && c.equal > c.zeros;
}

/** The rows make the whole: two or more add up to it (sumsTo), one is it only where the whole copies it (copiedBy). */
export function makesWhole(c: SumComparison, rows: number): boolean {
  return rows === 1 ? copiedBy(c) : sumsTo(c);
}

/**
 * The parts are some of the whole's: their sum holds in no column and the whole exceeds it in every column, or, when
 * a mark says the list is partial (`marked`), in one at least (a part typed too large may push the sum past the
 * whole in its own column).
 */
export function isPartOfWhole(c: SumComparison, marked: boolean): boolean {
  return c.equal === 0 && c.above > 0 && (marked || c.above === c.columns);
}
