import type { LayoutReading } from './layout-cells';
import type { HeaderColumn } from './layout-types';
import { readFigure } from './number';
import { floatSlack, shortestDecimals } from './tolerance';

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
}

/** The figures of one row in the columns a total adds up (undefined where a cell holds none). */
export type RowFigures = (number | undefined)[];

export interface SumReader {
  figures(row: number): RowFigures;
}

/** Reads each row's figures once, in the columns that are not rates. */
export function sumReader(reading: LayoutReading, columns: HeaderColumn[]): SumReader {
  const additive = columns.filter((c) => !c.isRate && !reading.lexicon.notAdditive.test(c.rawHeader));
  const cache = new Map<number, RowFigures>();
  return {
    figures(row) {
      let figures = cache.get(row);
      if (!figures) {
        const cells = reading.sheet.rows[row] ?? [];
        figures = additive.map((c) => {
          const figure = readFigure(cells[c.col] ?? null, reading.lexicon);
          return figure.kind === 'number' ? figure.value : undefined;
        });
        cache.set(row, figures);
      }
      return figures;
    },
  };
}

/** Half a unit of the last digit a figure shows (0 for a whole number: counts are exact). */
function halfUnit(value: number): number {
  const decimals = shortestDecimals(value);
  return decimals === 0 ? 0 : 0.5 * 10 ** -Math.min(decimals, 10);
}

export function compareSum(reader: SumReader, whole: number, parts: number[]): SumComparison {
  const stated = reader.figures(whole);
  const each = parts.map((p) => reader.figures(p));
  const result: SumComparison = { columns: 0, equal: 0, above: 0 };
  stated.forEach((value, i) => {
    if (value === undefined || each.some((f) => f[i] === undefined)) return;
    let sum = 0;
    let slack = halfUnit(value);
    for (const f of each) {
      sum += f[i] as number;
      slack += halfUnit(f[i] as number);
    }
    result.columns++;
    if (Math.abs(value - sum) <= slack + floatSlack(sum)) result.equal++;
    else if (value > sum) result.above++;
  });
  return result;
}

/** The parts add up to the whole: in most columns, and in every column but one at most. */
export function sumsTo(c: SumComparison): boolean {
  return c.equal > 0 && c.equal * 2 >= c.columns && c.equal >= c.columns - 1;
}

/**
 * The parts are some of the whole's: their sum holds in no column and the whole exceeds it in every column, or, when
 * a mark says the list is partial (`marked`), in one at least (a part typed too large may push the sum past the
 * whole in its own column).
 */
export function isPartOfWhole(c: SumComparison, marked: boolean): boolean {
  return c.equal === 0 && c.above > 0 && (marked || c.above === c.columns);
}
