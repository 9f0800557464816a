import { parseA1, type Cell, type CellValue, type Merge } from '../core/snapshot';

/**
 * Turning what Office.js loads for a range (values, text, numberFormat, formulas, merged-area addresses) into the
 * core's SheetSnapshot parts. Pure, so it is tested without Excel.
 */

/** Error values as `range.values` reports them (Excel gives the code as a string; typing one gives the error). */
const EXCEL_ERROR_CODES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

/** The arrays one chunk loads; all rows × columns of the chunk. */
export interface LoadedChunk {
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  /** Excel's indent level of each cell, from getCellProperties; absent before ExcelApi 1.9. */
  indentLevel?: { format?: { indentLevel?: number } }[][];
}

function cellValue(raw: unknown): CellValue {
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return EXCEL_ERROR_CODES.has(raw) ? { error: raw } : raw;
  return null;
}

/**
 * The cells of one chunk, `rows[r][c]` for the chunk's r-th row and the used range's c-th column (the caller places
 * them in the sheet). An empty cell without a formula is null.
 */
export function chunkCells(chunk: LoadedChunk): (Cell | null)[][] {
  return chunk.values.map((row, r) =>
    row.map((raw, c): Cell | null => {
      const formula = chunk.formulas[r]?.[c];
      const hasFormula = typeof formula === 'string' && formula.startsWith('=');
      if ((raw === '' || raw === null || raw === undefined) && !hasFormula) return null;
      const format = chunk.numberFormat[r]?.[c];
      const cell: Cell = {
        value: cellValue(raw),
        text: chunk.text[r]?.[c] ?? '',
        numFmt: typeof format === 'string' && format !== '' ? format : 'General',
      };
      if (hasFormula) cell.formula = formula.slice(1);
      const indent = chunk.indentLevel?.[r]?.[c]?.format?.indentLevel;
      if (typeof indent === 'number' && Number.isInteger(indent) && indent > 0) cell.indent = indent;
      return cell;
    }),
  );
}

/** Splits a comma-separated address list at the commas outside quoted sheet names (`'a,b'!A1`). */
function splitAddresses(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' inside a name toggles twice: still quoted
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Merged areas from a RangeAreas address such as `Sheet1!A1:C1, 'My sheet'!A2:A3` (0-based, inclusive).
 * Parts that are not A1 ranges are skipped: a merge the reader cannot place is better left to the layout reader.
 */
export function mergesFromAddress(address: string): Merge[] {
  const merges: Merge[] = [];
  for (const part of splitAddresses(address)) {
    const ref = part.slice(part.lastIndexOf('!') + 1);
    const [from, to = from] = ref.split(':');
    const start = parseA1(from);
    const end = parseA1(to);
    if (!start || !end) continue;
    merges.push({
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    });
  }
  return merges;
}

/** Key of a merge, to drop the same area reported by two chunks. */
export function mergeKey(m: Merge): string {
  return `${m.top},${m.left},${m.bottom},${m.right}`;
}
