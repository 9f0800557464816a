import type { NumberGrid } from './grid';
import { eps, SCALES } from './relations';

/**
 * A column of shares of its column's total (`% of Total`, 构成): each figure is a count of the column beside it over
 * that column's biggest figure, the total, whose share is 1, 100 or 1000. The column is a scaled copy of the counts and
 * adds up as they do (the parts' shares sum to the total's). Its words (`%`, 占比) would call it a rate, which a total
 * row does not sum; the figures tell the two apart: a rate of each row's own base (a coverage rate) is no constant
 * multiple of a column of counts, and a rate of one base every row shares (a constant one) gives the total no whole.
 */

/** Rows a share column must be the scaled copy at, with figures that are not zero. */
const MIN_ROWS = 4;
/** Rows it may differ at: one wrong figure, which the total row is then checked for. */
const MAX_OFF = 1;
/** Figures the counts must take, so that a constant column is no one's copy. */
const MIN_DISTINCT = 3;
/** Rows with the biggest counts that each propose the scale (one of them may hold the wrong figure). */
const PROPOSALS = 3;

/**
 * A column of shares and the column of counts it shares out, with the rows where a share is not its count's: each
 * other row's share and count confirm each other, as a relation's supporting cells do.
 */
export interface ShareColumn {
  col: number;
  base: number;
  off: number[];
  /** The row of the whole (the biggest count), whose share is `per`: 1, 100 or 1000. */
  whole: number;
  per: number;
  /** Rows, not zero, where the share is its count's; the most a share is off its count's there. */
  held: number;
  noise: number;
}

/** The counts column `col` shares out, among `counts` (see above); undefined when it shares none. */
export function shareColumn(grid: NumberGrid, col: number, counts: number[]): ShareColumn | undefined {
  for (const base of counts) {
    const shares = base === col ? undefined : sharesOf(grid, col, base);
    if (shares) return { col, base, ...shares };
  }
  return undefined;
}

/** Whether a share column confirms the cell: it holds a figure at a row where the share is its count's. */
export function confirmedByShare(grid: NumberGrid, share: ShareColumn, row: number, col: number): boolean {
  return (
    (col === share.col || col === share.base) &&
    !Number.isNaN(grid.values[col * grid.rows + row]) &&
    !share.off.includes(row)
  );
}

/** The rows where column `col`'s shares are not the counts of `base`, when it is a column of shares of them. */
function sharesOf(grid: NumberGrid, col: number, base: number): Omit<ShareColumn, 'col' | 'base'> | undefined {
  const { rows, values, halves } = grid;
  const share = (row: number) => values[col * rows + row];
  const count = (row: number) => values[base * rows + row];
  // The rows of the biggest counts with a share beside them, biggest first: the scale is best read there.
  const biggest: number[] = [];
  const distinct = new Set<number>();
  for (let row = 0; row < rows; row++) {
    const s = share(row);
    const b = count(row);
    if (Number.isNaN(s) || Number.isNaN(b) || s === 0 || b === 0) continue;
    if (distinct.size < MIN_DISTINCT) distinct.add(b);
    if (biggest.length === PROPOSALS && Math.abs(b) <= Math.abs(count(biggest[PROPOSALS - 1]))) continue;
    let i = biggest.length;
    while (i > 0 && Math.abs(count(biggest[i - 1])) < Math.abs(b)) i--;
    biggest.splice(i, 0, row);
    if (biggest.length > PROPOSALS) biggest.pop();
  }
  if (distinct.size < MIN_DISTINCT) return undefined;
  const whole = Math.abs(count(biggest[0]));
  for (const from of biggest) {
    const scale = share(from) / count(from);
    // The scale is known as well as the share it is read from.
    const scaleSlack = halves[col * rows + from] / Math.abs(count(from));
    const ofWhole = Math.abs(scale) * whole;
    const per = SCALES.find((w) => Math.abs(ofWhole - w) <= whole * scaleSlack + eps(ofWhole));
    if (per === undefined) continue;
    let held = 0;
    let noise = 0;
    const off: number[] = [];
    for (let row = 0; row < rows && off.length <= MAX_OFF; row++) {
      const s = share(row);
      const b = count(row);
      if (Number.isNaN(s) || Number.isNaN(b)) continue;
      const slack = halves[col * rows + row] + Math.abs(scale) * halves[base * rows + row] + Math.abs(b) * scaleSlack;
      const gap = Math.abs(s - scale * b);
      if (gap > slack + eps(s, scale * b)) off.push(row);
      else if (s !== 0) {
        held++;
        noise = Math.max(noise, gap);
      }
    }
    if (off.length <= MAX_OFF && held >= MIN_ROWS) return { off, whole: biggest[0], per, held, noise };
  }
  return undefined;
}
