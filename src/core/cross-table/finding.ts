import { typoBetween, typoNote } from '../cell-fixes';
import { fill } from '../messages';
import type { Lang } from '../report';
import { crossPhrase, figureText } from './phrases';
import { sheetPlace, suspectKey, type PreparedSheet } from './prepared';
import type { CrossTableRule } from './schema';
import type { CrossCell, CrossFinding } from './types';

/** One figure a relation between tables reads: its sheet, row and column. */
export interface FigureAt {
  sheet: PreparedSheet;
  row: number;
  col: number;
}

/** The figures of two cells agree to the precision the coarser one shows (counts: exactly). */
export function figuresAgree(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Two cells that should state the same figure (an upper row and a region's total, one measure in two sheets): the
 * finding when they differ, naming both cells and blaming one only when it alone also breaks its own table's
 * arithmetic: its own checks blame it, or, neither blamed, it alone stands in one of their findings (a city's county
 * figure in a 全市 sum that breaks, against a county total its towns confirm); undefined when they agree or either is
 * not a figure.
 */
export function disagreement(
  rule: CrossTableRule,
  region: string,
  measure: string,
  here: FigureAt,
  there: FigureAt,
  lang: Lang,
): CrossFinding | undefined {
  const a = here.sheet.model.number(here.row, here.col);
  const b = there.sheet.model.number(there.row, there.col);
  if (!a || !b) return undefined;
  const decimals = Math.min(
    here.sheet.model.decimalsAt(here.row, here.col),
    there.sheet.model.decimalsAt(there.row, there.col),
  );
  if (figuresAgree(a.value, b.value, decimals)) return undefined;
  const mine = cellOf(here);
  const theirs = cellOf(there);
  const [inMine, inTheirs] = [involvedIn(here, mine), involvedIn(there, theirs)];
  const blamed =
    mine.suspect !== theirs.suspect
      ? mine.suspect
        ? mine
        : theirs
      : !mine.suspect && inMine !== inTheirs
        ? inMine
          ? mine
          : theirs
        : undefined;
  if (blamed) blamed.suspect = true;
  const hereValue = figureText(a.value, decimals);
  const thereValue = figureText(b.value, decimals);
  if (blamed) blamed.likely = blamed === mine ? thereValue : hereValue;
  // The blamed figure may be the other table's with two digits swapped or one mistyped: say so, as cell fixes do.
  const [typed, other] = blamed === mine ? [a.value, b.value] : [b.value, a.value];
  const slip = blamed ? typoBetween(typed, other, decimals) : undefined;
  const note = blamed
    ? crossPhrase(lang, 'blame', { cell: place(blamed) }) + (slip ? typoNote(slip.typo, lang) : '')
    : crossPhrase(lang, mine.suspect ? 'bothBlamed' : 'noBlame');
  return {
    ruleId: rule.id,
    severity: rule.severity,
    region,
    measure,
    cells: blamed === theirs ? [theirs, mine] : [mine, theirs],
    message: fill(rule.message[lang], {
      region,
      measure,
      here: place(mine),
      hereValue,
      there: place(theirs),
      thereValue,
      difference: figureText(Math.abs(a.value - b.value), decimals),
      note,
    }),
    expected: thereValue,
    actual: hereValue,
  };
}

function cellOf({ sheet: s, row, col }: FigureAt): CrossCell {
  const address = s.addressOf(row, col);
  return {
    file: s.file,
    sheet: s.sheet.name,
    address,
    value: s.model.shown(row, col),
    suspect: s.suspects.has(suspectKey(s.sheet.name, address)),
  };
}

function involvedIn({ sheet: s }: FigureAt, c: CrossCell): boolean {
  return s.involved.has(suspectKey(s.sheet.name, c.address));
}

function place(c: CrossCell): string {
  return `${sheetPlace(c.file, c.sheet)} ${c.address}`;
}
