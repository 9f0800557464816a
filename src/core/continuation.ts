import { compactText } from './header';
import type { Lexicon } from './lexicon';
import type { SheetSnapshot } from './snapshot';

/** Rows at the top of a sheet looked through for its title and its header. */
const TOP_ROWS = 8;

const rowText = (sheet: SheetSnapshot, r: number) =>
  (sheet.rows[r] ?? []).map((c) => compactText(c?.text ?? '')).filter((t) => t !== '');

/** The first line of text at the top of a sheet: its title. */
function titleOf(sheet: SheetSnapshot): string {
  for (let r = 0; r < Math.min(TOP_ROWS, sheet.rows.length); r++) {
    const cells = rowText(sheet, r);
    if (cells.length > 0) return cells.join('');
  }
  return '';
}

/** The rows of two cells or more at the top of a sheet (header rows among them), as text. */
function topRows(sheet: SheetSnapshot): Set<string> {
  const rows = new Set<string>();
  for (let r = 0; r < Math.min(TOP_ROWS, sheet.rows.length); r++) {
    const cells = rowText(sheet, r);
    if (cells.length >= 2) rows.add(cells.join('\u0000'));
  }
  return rows;
}

/** Whether a sheet's name is another's followed by a continuation mark (表4-5 then 表4-5续, 表4-5(续)). */
export function continuedByName(name: string, nextName: string, lexicon: Lexicon): boolean {
  const [own, next] = [compactText(name), compactText(nextName)];
  const rest = next.startsWith(own) ? next.slice(own.length) : '';
  return rest !== '' && lexicon.continuation.exec(rest)?.index === 0;
}

/**
 * Whether `next` is the continuation of `sheet` (a yearbook table printed over two pages: 表4-5 then 表4-5续, or a
 * title ending （续表）): its name is the sheet's followed by a continuation mark, or its title the sheet's with one,
 * and the two share a header row. The sheet's totals then cover the continuation's rows too.
 */
export function continuesOn(sheet: SheetSnapshot, next: SheetSnapshot | undefined, lexicon: Lexicon): boolean {
  if (!next) return false;
  const byName = continuedByName(sheet.name, next.name, lexicon);
  const [title, nextTitle] = [titleOf(sheet), titleOf(next)];
  const mark = lexicon.continuation.exec(nextTitle);
  // The title again with the mark (表1 … （续表）), or the mark alone (续表).
  const byTitle =
    mark !== null &&
    mark[0] !== '' &&
    ((title !== '' && nextTitle.slice(0, mark.index) === title) || (mark.index === 0 && mark[0] === nextTitle));
  if (!byName && !byTitle) return false;
  const header = topRows(sheet);
  return [...topRows(next)].some((row) => header.has(row));
}

/** Whether a sheet's table goes on over the next sheet (`continued`) or from the one before it (`continues`). */
export function spanOf(
  sheets: readonly SheetSnapshot[],
  i: number,
  lexicon: Lexicon,
): { continued: boolean; continues: boolean } {
  return {
    continued: continuesOn(sheets[i], sheets[i + 1], lexicon),
    continues: i > 0 && continuesOn(sheets[i - 1], sheets[i], lexicon),
  };
}
