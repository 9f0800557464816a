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

/** Whether column `col` shares out one of the `counts` columns (see above). */
export function sharesOut(grid: NumberGrid, col: number, counts: number[]): boolean {
  return counts.some((base) => base !== col && sharesOf(grid, col, base));
}

function sharesOf(grid: NumberGrid, col: number, base: number): boolean {
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
  if (distinct.size < MIN_DISTINCT) return false;
  const whole = Math.abs(count(biggest[0]));
  return biggest.some((from) => {
    const scale = share(from) / count(from);
    // The scale is known as well as the share it is read from.
    const scaleSlack = halves[col * rows + from] / Math.abs(count(from));
    const ofWhole = Math.abs(scale) * whole;
    if (!SCALES.some((w) => Math.abs(ofWhole - w) <= whole * scaleSlack + eps(ofWhole))) return false;
    let held = 0;
    let off = 0;
    for (let row = 0; row < rows && off <= MAX_OFF; row++) {
      const s = share(row);
      const b = count(row);
      if (Number.isNaN(s) || Number.isNaN(b)) continue;
      const slack = halves[col * rows + row] + Math.abs(scale) * halves[base * rows + row] + Math.abs(b) * scaleSlack;
      if (Math.abs(s - scale * b) > slack + eps(s, scale * b)) off++;
      else if (s !== 0) held++;
    }
    return off <= MAX_OFF && held >= MIN_ROWS;
  });
}
