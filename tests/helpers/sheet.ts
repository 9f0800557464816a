import { type Cell, type CellValue, type Merge, type SheetSnapshot } from '../../src/core/snapshot';

/** Test input shorthand: a number or string is the raw value; an object sets value, text, format or formula. */
export type CellInput = CellValue | undefined | { v: CellValue; t?: string; z?: string; f?: string };

function displayText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}

/** Builds a sheet snapshot from a grid of values, the way an adapter would (General format, text = value). */
export function sheetFromRows(name: string, grid: CellInput[][], merges: Merge[] = []): SheetSnapshot {
  const rows = grid.map((cells) =>
    cells.map((input): Cell | null => {
      if (input === undefined || input === null || input === '') return null;
      if (typeof input === 'object' && 'v' in input) {
        const cell: Cell = {
          value: input.v,
          text: input.t ?? displayText(input.v),
          numFmt: input.z ?? 'General',
        };
        if (input.f !== undefined) cell.formula = input.f;
        return cell;
      }
      return { value: input, text: displayText(input), numFmt: 'General' };
    }),
  );
  return { name, rows, merges };
}
