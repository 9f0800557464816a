import { cellKind, compactTextAt, isEmptyCell } from './layout-cells';
import type { Lexicon } from './lexicon';
import type { Cell, SheetSnapshot } from './snapshot';

/**
 * Two tables beside each other on one sheet, parted by a blank column, each with a column of labels and a header of
 * its own wherever it stands (output values by year | blank | 存栏 and 出栏 by township, its header a row higher): each
 * is checked alone, the other's cells left blank, so that addresses stay the sheet's. Blocks of one table printed side
 * by side are restacked instead (side-by-side.ts); a table whose columns go on beside it, naming its rows again (指标 |
 * 合计 | 城关镇 … | blank | 指标 | 北坪乡 …), is one table.
 */

/** Rows of figures each table needs, so that a note or a unit line beside a table is no table. */
const MIN_ROWS = 3;

/** The sheet's two tables, the left one's and the right one's cells each alone; undefined where there are not two. */
export function besideTables(sheet: SheetSnapshot, lexicon: Lexicon): [SheetSnapshot, SheetSnapshot] | undefined {
  const width = sheet.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  // Which columns hold anything, in one pass: most sheets have no blank column between two filled ones, and a ledger's
  // 50,000 rows are read no further.
  const filled = new Array<boolean>(width).fill(false);
  for (const row of sheet.rows) for (let c = 0; c < (row?.length ?? 0); c++) filled[c] ||= !isEmptyCell(row?.[c]);
  const gaps = filled.flatMap((f, c) => (!f && c >= 2 && c < width - 2 && filled[c - 1] && filled[c + 1] ? [c] : []));
  if (gaps.length === 0) return undefined;
  const kinds = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => cellKind(row?.[c] ?? null, lexicon)));
  for (const gap of gaps) {
    const left = rowsWithFigures(kinds, 0, gap);
    const right = rowsWithFigures(kinds, gap + 1, width);
    if (left.length < MIN_ROWS || right.length < MIN_ROWS) continue;
    const labels = labelColumn(kinds, right, gap + 1, width);
    if (labels === undefined || !headed(kinds, right[0], gap + 1, width)) continue;
    const leftLabels = labelColumn(kinds, left, 0, gap);
    if (leftLabels === undefined || namesAgain(sheet, right, leftLabels, labels)) continue;
    return [part(sheet, 0, gap), part(sheet, gap + 1, width)];
  }
  return undefined;
}

/** Rows holding a figure in columns [from, to). */
const rowsWithFigures = (kinds: string[][], from: number, to: number): number[] =>
  kinds.flatMap((row, r) => (row.slice(from, to).includes('number') ? [r] : []));

/** The first column of [from, to) holding a text on most rows of figures, and no figure: the table's labels. */
function labelColumn(kinds: string[][], rows: number[], from: number, to: number): number | undefined {
  for (let c = from; c < to; c++) {
    const texts = rows.filter((r) => kinds[r][c] === 'text').length;
    if (rows.some((r) => kinds[r][c] === 'number')) continue;
    if (texts * 2 > rows.length) return c;
  }
  return undefined;
}

/** Whether two texts or more stand in [from, to) on a row above the first figures: a header of the table's own. */
function headed(kinds: string[][], firstFigures: number, from: number, to: number): boolean {
  for (let r = 0; r < firstFigures; r++)
    if (kinds[r].slice(from, to).filter((k) => k === 'text').length >= 2) return true;
  return false;
}

/** Whether the right table's labels are the left's, row for row, on most of its rows of figures. */
function namesAgain(sheet: SheetSnapshot, rows: number[], leftLabels: number, rightLabels: number): boolean {
  const text = (r: number, c: number) => compactTextAt(sheet, r, c);
  const same = rows.filter((r) => text(r, rightLabels) !== '' && text(r, leftLabels) === text(r, rightLabels));
  return same.length * 2 >= rows.length;
}

/** The sheet with only columns [from, to) kept in place; the others blank, their merges gone. */
function part(sheet: SheetSnapshot, from: number, to: number): SheetSnapshot {
  const rows = sheet.rows.map((row) =>
    (row ?? []).map((cell: Cell | null, c) => (c >= from && c < to && !isEmptyCell(cell) ? cell : null)),
  );
  const merges = sheet.merges.filter((m) => m.left >= from && m.left < to);
  return { ...sheet, rows, merges };
}
