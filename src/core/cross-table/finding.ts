import { typoBetween, typoNote } from '../cell-fixes';
import type { HeaderColumn } from '../layout-types';
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
  const [hereDecimals, thereDecimals] = [here, there].map((f) => f.sheet.model.decimalsAt(f.row, f.col));
  // A city's 党员人数（万人） against a county's in 人: compared in the finer unit, to the coarser one's rounding.
  const [hereScale, thereScale] = [here, there].map(unitScale);
  const finer = Math.min(hereScale, thereScale);
  const [hereFine, thereFine] = [a.value * 10 ** (hereScale - finer), b.value * 10 ** (thereScale - finer)];
  const shown = Math.min(hereDecimals - hereScale, thereDecimals - thereScale) + finer;
  if (figuresAgree(hereFine, thereFine, shown)) return undefined;
  // A rate is checked against its counts in each table; two roundings of one rate (24.25 to 24.3 half up, to 24.2 half
  // to even) may differ by a unit of the last digit.
  if (shown > 0 && [here, there].some(isRate) && Math.abs(hereFine - thereFine) <= 10 ** -shown * (1 + 1e-9))
    return undefined;
  const decimals = Math.min(hereDecimals, thereDecimals);
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
  const sameUnit = hereScale === thereScale;
  // A figure in a cell's unit, as that cell shows figures (both to the coarser decimals where the units agree).
  const inUnitOf = (fine: number, scale: number, own: number) =>
    figureText(fine / 10 ** (scale - finer), sameUnit ? decimals : own);
  const hereValue = inUnitOf(hereFine, hereScale, hereDecimals);
  const thereValue = inUnitOf(thereFine, thereScale, thereDecimals);
  // The figure the blamed cell likely holds, in its own unit.
  if (blamed)
    blamed.likely =
      blamed === mine ? inUnitOf(thereFine, hereScale, hereDecimals) : inUnitOf(hereFine, thereScale, thereDecimals);
  // The blamed figure may be the other table's with two digits swapped or one mistyped: say so, as cell fixes do.
  const [typed, other] = blamed === mine ? [a.value, b.value] : [b.value, a.value];
  const slip = blamed && sameUnit ? typoBetween(typed, other, decimals) : undefined;
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
      difference: figureText(Math.abs(hereFine - thereFine), decimals),
      note,
    }),
    expected: thereValue,
    actual: hereValue,
  };
}

/**
 * Whether two columns count different kinds of unit (企业数 and 社会组织数, or 党员人数 of a table of enterprises and of a
 * table of social organisations): by each column's header, its block's parent included, else by the kind every other
 * header of its sheet names. They bind to one measure, yet are never the same figure.
 */
export function otherKinds(a: PreparedSheet, colA: number, b: PreparedSheet, colB: number): boolean {
  const [x, y] = [columnKind(a, colA), columnKind(b, colB)];
  return x !== undefined && y !== undefined && x !== y;
}

export type UnitKind = 'enterprises' | 'organisations';

/** The kind of unit a column counts: by its header, else by the kind every other header of its sheet names. */
export function columnKind(s: PreparedSheet, col: number): UnitKind | undefined {
  const column = columnAt({ sheet: s, col });
  return (column && s.model.lexicon.kindOf(column.header)) || headersKind(s);
}

/** The one kind of unit a sheet's headers name (社会组织名称 | 所属乡镇 | 是否建立党组织), if they name one. */
export function headersKind(s: PreparedSheet): UnitKind | undefined {
  const { lexicon } = s.model;
  const kinds = new Set(s.layout.columns.map((c) => lexicon.kindOf(c.header)).filter((k) => k !== undefined));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** The header column a cell stands in. */
function columnAt({ sheet: s, col }: Pick<FigureAt, 'sheet' | 'col'>): HeaderColumn | undefined {
  return s.layout.columns.find((c) => c.col === col);
}

const isRate = (f: FigureAt) => columnAt(f)?.isRate === true;

/** The power of ten a cell's unit multiplies by (万人: 4), from its column's header or the sheet's unit row. */
function unitScale(f: FigureAt): number {
  const s = f.sheet;
  const unit = columnAt(f)?.unit ?? s.layout.defaultUnit;
  return unit === undefined ? 0 : (s.model.lexicon.unitOf(unit)?.scale ?? 0);
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
