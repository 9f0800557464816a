import { phrase } from './messages';
import type { Lang } from './report';
import type { SheetModel } from './sheet-model';
import type { ReadProblem } from './snapshot';

/** Cells named in the message; the count says how many more. */
const NAMED = 3;

/**
 * Formula cells of the table with no saved result, as a program that writes workbooks without computing them leaves
 * them (`=SUM(B5:B14)` with nothing cached): their figures cannot be read, so the sheet's checks are incomplete and
 * no report may read as an all-clear over them.
 */
export function formulasWithoutResults(model: SheetModel, lang: Lang): ReadProblem | undefined {
  const found: { row: number; col: number }[] = [];
  for (const column of model.layout.columns)
    for (const [row, figure] of model.column(column.col).others)
      if (figure.kind === 'formulaWithoutResult') found.push({ row, col: column.col });
  if (found.length === 0) return undefined;
  // Only the table's rows: a formula in a note or a title is no figure of it. (A set only where there are any: a
  // ledger has 50,000 rows.)
  const rows = new Set(model.rowsToCheck);
  const cells = found.filter(({ row }) => rows.has(row));
  if (cells.length === 0) return undefined;
  // Named in reading order, row by row.
  const named = cells
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .slice(0, NAMED)
    .map(({ row, col }) => model.address(row, col));
  const count = cells.length;
  return {
    sheet: model.sheet.name,
    cell: named[0],
    message: phrase(lang, 'formulasWithoutResults', {
      count,
      cells: named.join(phrase(lang, 'cellSeparator')) + (count > NAMED ? '…' : ''),
    }),
    unreadFigures: count,
  };
}
