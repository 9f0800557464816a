import { compactText } from './header';
import { namesPeriod, type Lexicon } from './lexicon';
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

/**
 * The words of the rows of two cells or more above a sheet's first figure (its header), but for column numbers and
 * single characters (甲 | 乙 | 1 | （2）).
 */
function headerWords(sheet: SheetSnapshot): Set<string> {
  const words = new Set<string>();
  for (let r = 0; r < Math.min(TOP_ROWS, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    if (row.some((c) => typeof c?.value === 'number')) break;
    const cells = rowText(sheet, r);
    if (cells.length >= 2) for (const text of cells) if (text.length >= 2 && !COLUMN_NUMBER.test(text)) words.add(text);
  }
  return words;
}

const COLUMN_NUMBER = /^[\d().-]+$/;

/**
 * Whether two sheets share a header: a header row typed alike, or most of their header words, none of those that
 * differ a period (a 续表 retypes its header with a word or two put otherwise, 新就业群体从业人员（人） | 其中党员（人）
 * above, 从业人员数（人） | 党员数 over the continuation, in one row where the first sheet has two; 行业 | 2023年 | 2021年
 * after 行业 | 2023年 | 2022年 is another table).
 */
function shareHeader(
  sheet: SheetSnapshot,
  next: SheetSnapshot,
  lexicon: Lexicon,
  /** Two words alike are enough: the next sheet is titled with the mark alone (续表), the continuation of some table. */
  fewWords: boolean,
): boolean {
  const rows = topRows(sheet);
  if ([...topRows(next)].some((row) => rows.has(row))) return true;
  const [own, other] = [headerWords(sheet), headerWords(next)];
  const shared = [...other].filter((word) => own.has(word)).length;
  const differing = [...own, ...other].filter((word) => !(own.has(word) && other.has(word)));
  return (
    shared >= 2 &&
    (fewWords || shared * 2 > Math.min(own.size, other.size)) &&
    !differing.some((word) => namesPeriod(word, lexicon))
  );
}

/** A table's number as a title starts with it (8-3, 表4-5: two marks at most before it), before 续表 (8-3 续表). */
const TABLE_NUMBER = /^\D{0,2}\d+(?:[-.]\d+)*$/;

/** Whether a sheet's name is another's followed by a continuation mark (表4-5 then 表4-5续, 表4-5(续)). */
export function continuedByName(name: string, nextName: string, lexicon: Lexicon): boolean {
  const [own, next] = [compactText(name), compactText(nextName)];
  const rest = next.startsWith(own) ? next.slice(own.length) : '';
  return rest !== '' && lexicon.continuation.exec(rest)?.index === 0;
}

/**
 * Whether `next` is the continuation of `sheet` (a yearbook table printed over two pages: 表4-5 then 表4-5续, or a
 * title ending （续表）): its name is the sheet's followed by a continuation mark, or its title the sheet's with one,
 * and the two share a header (see shareHeader). The sheet's totals then cover the continuation's rows too.
 */
export function continuesOn(sheet: SheetSnapshot, next: SheetSnapshot | undefined, lexicon: Lexicon): boolean {
  if (!next) return false;
  const byName = continuedByName(sheet.name, next.name, lexicon);
  const [title, nextTitle] = [titleOf(sheet), titleOf(next)];
  const mark = lexicon.continuation.exec(nextTitle);
  const before = mark ? nextTitle.slice(0, mark.index) : '';
  // The title again with the mark (表1 … （续表）), or its number (8-3 续表 after 8-3 各县森林资源情况), or the mark
  // alone (续表).
  const marked = mark !== null && mark[0] !== '';
  // Or the mark first (续表：2023年…, 续上表), before the title again, or nothing but a unit line (续表 单位：万人).
  const lead = marked ? null : lexicon.continuationLead.exec(nextTitle);
  const after = lead ? nextTitle.slice(lead[0].length) : '';
  const leadAlone = lead !== null && (after === '' || lexicon.unitRow.test(after));
  const markAlone = (marked && mark.index === 0 && mark[0] === nextTitle) || leadAlone;
  const byTitle =
    (marked &&
      ((title !== '' && before === title) ||
        (TABLE_NUMBER.test(before) && title.startsWith(before) && !/\d/.test(title.charAt(before.length))) ||
        markAlone)) ||
    leadAlone ||
    (lead !== null && title !== '' && after === title);
  return (byName || byTitle) && shareHeader(sheet, next, lexicon, markAlone);
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
