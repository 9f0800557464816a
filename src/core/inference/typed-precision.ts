import { shortestDecimals } from '../tolerance';

/**
 * Figures typed at a coarser precision than their number format shows: a row of amounts typed to one decimal
 * (published to the tenth) under a format of five decimals is known to ± 0.05, not ± 0.000005, so that a published
 * total that differs from its rounded parts by a tenth is rounding, not an error. A figure's precision is the coarser
 * of its row's and its column's (a table of amounts has an odd row of per-share figures, or an odd column of rates).
 * Lines of whole figures are counts, exact as typed; lines of computed figures have long decimals and keep their
 * format's precision.
 */

/** Most decimals a line's figures are typed with before it is read as computed (a quotient, a formula result). */
const TYPED_DECIMALS = 6;

/** The half of a figure shown to one decimal: typed decimals widen no figure beyond it. */
const COARSEST = 0.05;

/** Widens each figure's half (see NumberGrid) to the decimals its row and column are typed with. */
export function typedPrecision(values: Float64Array, halves: Float64Array, rows: number, cols: number): void {
  const byCol = new Int32Array(cols);
  const byRow = new Int32Array(rows);
  for (let col = 0; col < cols; col++) {
    for (let row = 0; row < rows; row++) {
      const i = col * rows + row;
      const v = values[i];
      // Whole figures, and figures shown to a tenth or coarser, cannot be typed coarser than they are shown.
      if (Number.isNaN(v) || Number.isInteger(v) || halves[i] >= COARSEST) continue;
      const d = shortestDecimals(v);
      if (d > byCol[col]) byCol[col] = d;
      if (d > byRow[row]) byRow[row] = d;
    }
  }
  for (let col = 0; col < cols; col++) {
    if (byCol[col] < 1 || byCol[col] > TYPED_DECIMALS) continue;
    for (let row = 0; row < rows; row++) {
      const typed = Math.min(byCol[col], byRow[row]);
      if (typed < 1) continue;
      const i = col * rows + row;
      halves[i] = Math.max(halves[i], 10 ** -typed / 2);
    }
  }
}
