import type { Lexicon } from '../lexicon';
import { columnFigures } from '../sheet-model';
import type { SheetSnapshot } from '../snapshot';
import { shortestDecimals } from '../tolerance';
import { typedPrecision } from './typed-precision';

/**
 * The sheet's figures as a dense grid, read once for inference: every cell that reads as a plain number (percent
 * figures in percent points), NaN elsewhere. Inference looks at the whole sheet, not only the columns the layout
 * reader recognised, so that English and transposed tables are read too.
 */
export interface NumberGrid {
  rows: number;
  cols: number;
  /** values[col * rows + row]; NaN when the cell holds no number. */
  values: Float64Array;
  /** Half a unit of the last shown digit of each number (0.5 for whole numbers): its rounding slack. */
  halves: Float64Array;
  /** True for cells shown as percentages. */
  percent: Uint8Array;
  /** True for cells that mark a figure as missing (`-`, `…`): a category with none, not a gap in the table. */
  missing: Uint8Array;
}

/** Half a unit of each number of decimals a ColumnFigures holds (0 to 127), worked out once rather than per cell. */
const HALF_UNITS = Array.from({ length: 128 }, (_, decimals) => 10 ** -decimals / 2);

export function readNumberGrid(
  sheet: SheetSnapshot,
  lexicon: Lexicon,
  /** Columns the layout reads as counts in whole units (家, 个, 名): their whole figures are exact, not rounded. */
  countColumns: ReadonlySet<number> = new Set(),
  /**
   * What a row's label says it holds, where the indicators are rows: counts (学校数（所）), exact as count columns are;
   * or a rate (比重（%）), rounded even in a count column.
   */
  rowKind: (row: number) => 'count' | 'rate' | undefined = () => undefined,
  /** Columns of rates or of another unit (增长（%）, 服务时长（小时）): a count row's figure there is no count. */
  uncountedColumns: ReadonlySet<number> = new Set(),
): NumberGrid {
  const rows = sheet.rows.length;
  const cols = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = new Float64Array(rows * cols);
  const halves = new Float64Array(rows * cols);
  const percent = new Uint8Array(rows * cols);
  const missing = new Uint8Array(rows * cols);
  for (let col = 0; col < cols; col++) {
    // Read once for the sheet: the declared rules have read most columns already (columnFigures).
    const column = columnFigures(sheet, col, lexicon);
    // Copied whole, NaN where a cell holds no plain value; the other figures are set below.
    values.set(column.values, col * rows);
    for (let row = 0; row < rows; row++) {
      const plain = column.values[row];
      if (Number.isNaN(plain)) continue;
      const i = col * rows + row;
      const decimals = column.decimals[row];
      halves[i] = decimals >= 0 ? HALF_UNITS[decimals] : 10 ** -shortestDecimals(plain) / 2;
    }
    // A cell holds a plain value or another figure, never both: the others are visited, not looked up on every row.
    for (const [row, f] of column.others) {
      const i = col * rows + row;
      if (f.kind === 'missing') missing[i] = 1;
      if (f.kind !== 'number' || f.approximate) continue;
      values[i] = f.value;
      halves[i] = 10 ** -(f.decimals ?? shortestDecimals(f.value)) / 2;
      percent[i] = f.percent ? 1 : 0;
    }
  }
  typedPrecision(values, halves, rows, cols);
  roundedToBase(values, halves);
  exactCounts(values, halves, rows, countColumns, rowKind, uncountedColumns);
  return { rows, cols, values, halves, percent, missing };
}

/** Fewest whole figures that must be multiples of a base (all but two and one in a hundred) before a sheet is read as rounded to it. */
const ROUNDING_EVIDENCE = 12;
const ROUNDING_BASES = [1000, 100, 10, 5];

/** Whether a whole figure is a multiple of some rounding base (every base is a multiple of the smallest). */
export const onSomeBase = (v: number): boolean => v % ROUNDING_BASES[ROUNDING_BASES.length - 1] === 0;

/**
 * The base every one of these non-zero whole figures but `exceptions` of them is a multiple of, when there are enough
 * to tell.
 */
export function roundingBase(whole: number[], exceptions = 0): number | undefined {
  if (whole.length < ROUNDING_EVIDENCE) return undefined;
  return ROUNDING_BASES.find((b) => {
    let off = 0;
    for (let i = 0; i < whole.length && off <= exceptions; i++) if (whole[i] % b !== 0) off++;
    return off <= exceptions;
  });
}

/**
 * Tables round every count to a base: to hundreds or thousands, or at random to a multiple of 5 (Statistics Canada's
 * random rounding), so a total may differ from the sum of its parts by a few bases. When every whole figure of the
 * sheet but a mistyped few is a multiple of a base, each is taken as known to ± that base rather than ± 0.5.
 */
function roundedToBase(values: Float64Array, halves: Float64Array): void {
  const isWhole = (i: number) => !Number.isNaN(values[i]) && halves[i] === 0.5 && values[i] !== 0;
  let [count, offBase] = [0, 0];
  for (let i = 0; i < values.length; i++)
    if (isWhole(i)) {
      count++;
      if (!onSomeBase(values[i])) offBase++;
    }
  // A mistyped figure, or a year in the header, is no multiple of the base: it must not make the whole sheet exact.
  const exceptions = 2 + Math.floor(count / 100);
  // Most sheets are told from the smallest base alone, without listing a 50,000-row sheet's figures.
  if (count < ROUNDING_EVIDENCE || offBase > exceptions) return;
  const whole: number[] = [];
  for (let i = 0; i < values.length; i++) if (isWhole(i)) whole.push(values[i]);
  const base = roundingBase(whole, exceptions);
  if (base === undefined) return;
  for (let i = 0; i < values.length; i++) if (halves[i] === 0.5) halves[i] = base;
}

/**
 * Counts in whole units are exact as typed (a total of 任务数 one off its towns is wrong, not rounded), unless the sheet
 * rounds its figures to a base (roundedToBase). Their half is 0; see grainOf for what that changes.
 */
function exactCounts(
  values: Float64Array,
  halves: Float64Array,
  rows: number,
  countColumns: ReadonlySet<number>,
  rowKind: (row: number) => 'count' | 'rate' | undefined,
  uncountedColumns: ReadonlySet<number>,
): void {
  const cols = values.length / rows;
  for (let row = 0; row < rows; row++) {
    const kind = rowKind(row);
    if (kind === 'rate') continue;
    for (let col = 0; col < cols; col++) {
      const i = col * rows + row;
      const counted = (kind === 'count' && !uncountedColumns.has(col)) || countColumns.has(col);
      if (counted && halves[i] === 0.5 && Number.isInteger(values[i])) halves[i] = 0;
    }
  }
}

/**
 * One reading direction of the grid. Relations are between lines, checked at every position: for column relations
 * (a column that is the sum of others) lines are columns and positions rows; for row relations (a total row) lines
 * are rows and positions columns. One search serves both.
 */
export interface GridView {
  axis: 'column' | 'row';
  lines: number;
  positions: number;
  value(line: number, pos: number): number;
  half(line: number, pos: number): number;
  percent(line: number, pos: number): boolean;
  missing(line: number, pos: number): boolean;
  /** The sheet's row and column of a line at a position. */
  cell(line: number, pos: number): { row: number; col: number };
}

export function viewOf(grid: NumberGrid, axis: 'column' | 'row'): GridView {
  const { rows, values, halves, percent, missing } = grid;
  if (axis === 'column') {
    return {
      axis,
      lines: grid.cols,
      positions: rows,
      value: (line, pos) => values[line * rows + pos],
      half: (line, pos) => halves[line * rows + pos],
      percent: (line, pos) => percent[line * rows + pos] === 1,
      missing: (line, pos) => missing[line * rows + pos] === 1,
      cell: (line, pos) => ({ row: pos, col: line }),
    };
  }
  return {
    axis,
    lines: rows,
    positions: grid.cols,
    value: (line, pos) => values[pos * rows + line],
    half: (line, pos) => halves[pos * rows + line],
    percent: (line, pos) => percent[pos * rows + line] === 1,
    missing: (line, pos) => missing[pos * rows + line] === 1,
    cell: (line, pos) => ({ row: line, col: pos }),
  };
}
