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

/** Most decimals any figure of each line is typed with: `lines` lines of `positions` figures, `at` their index. */
function typedDecimals(values: Float64Array, lines: number, positions: number, at: (l: number, p: number) => number) {
  const typed = new Int32Array(lines);
  for (let line = 0; line < lines; line++) {
    let most = 0;
    for (let pos = 0; pos < positions && most <= TYPED_DECIMALS; pos++) {
      const v = values[at(line, pos)];
      if (!Number.isNaN(v)) most = Math.max(most, shortestDecimals(v));
    }
    typed[line] = most;
  }
  return typed;
}

/** Widens each figure's half (see NumberGrid) to the decimals its row and column are typed with. */
export function typedPrecision(values: Float64Array, halves: Float64Array, rows: number, cols: number): void {
  const byCol = typedDecimals(values, cols, rows, (col, row) => col * rows + row);
  const byRow = typedDecimals(values, rows, cols, (row, col) => col * rows + row);
  for (let col = 0; col < cols; col++) {
    for (let row = 0; row < rows; row++) {
      const typed = Math.min(byCol[col], byRow[row]);
      if (typed < 1 || typed > TYPED_DECIMALS) continue;
      const i = col * rows + row;
      halves[i] = Math.max(halves[i], 10 ** -typed / 2);
    }
  }
}
