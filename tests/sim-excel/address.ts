import { a1, columnLetters, parseA1, type Merge } from '../../src/core/snapshot';

/** A rectangle of cells, 0-based and inclusive (the same shape as a merge). */
export type Rect = Merge;

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const ROWS_ONLY = /^\$?(\d+):\$?(\d+)$/;
const COLS_ONLY = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i;

function colIndex(letters: string): number {
  return parseA1(`${letters}1`)?.col ?? -1;
}

/** One area ('B2', 'B2:D9', 'A:C', '3:5') → rectangle; undefined when it is not an address. */
export function parseArea(area: string): Rect | undefined {
  const text = area.trim();
  const rows = ROWS_ONLY.exec(text);
  if (rows) {
    const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((x, y) => x - y);
    return top >= 0 && bottom < MAX_ROWS ? { top, bottom, left: 0, right: MAX_COLS - 1 } : undefined;
  }
  const cols = COLS_ONLY.exec(text);
  if (cols) {
    const [left, right] = [colIndex(cols[1]), colIndex(cols[2])].sort((x, y) => x - y);
    return left >= 0 && right < MAX_COLS ? { top: 0, bottom: MAX_ROWS - 1, left, right } : undefined;
  }
  const [first, second, extra] = text.split(':');
  if (extra !== undefined) return undefined;
  const p = parseA1(first);
  const q = second === undefined ? p : parseA1(second);
  if (!p || !q) return undefined;
  const rect = {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
  return rect.bottom < MAX_ROWS && rect.right < MAX_COLS ? rect : undefined;
}

/** Rectangle → area the way Excel writes it: 'B2', 'B2:D9', whole rows '1:3', whole columns 'A:C'. */
export function formatArea(r: Rect): string {
  if (r.left === 0 && r.right === MAX_COLS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

/** Excel quotes a sheet name unless it is a plain word that cannot be read as a cell reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits 'Sheet1!A1:B2' / "'My sheet'!A1" into sheet name (if any) and the rest. */
export function splitSheetPrefix(address: string): { sheet?: string; area: string } {
  const text = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), area: quoted[2] };
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { area: text } : { sheet: text.slice(0, bang), area: text.slice(bang + 1) };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!rectsIntersect(a, b)) return undefined;
  return {
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
  };
}

/** a minus b as at most four rectangles (bands above and below, then left and right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const parts: Rect[] = [];
  if (a.top < cut.top) parts.push({ ...a, bottom: cut.top - 1 });
  if (cut.bottom < a.bottom) parts.push({ ...a, top: cut.bottom + 1 });
  if (a.left < cut.left) parts.push({ top: cut.top, bottom: cut.bottom, left: a.left, right: cut.left - 1 });
  if (cut.right < a.right) parts.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: a.right });
  return parts;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Every cell address of the areas, row by row (for tests reading back which cells a format covers). */
export function cellsOf(areas: string[]): string[] {
  const out: string[] = [];
  for (const area of areas) {
    const r = parseArea(area);
    if (!r) throw new Error(`not an A1 area: ${area}`);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  }
  return out;
}
