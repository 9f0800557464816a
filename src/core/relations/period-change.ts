import { aliasKey } from '../binding';
import { parentPath, type HeaderColumn } from '../layout-types';
import { inOrder, type Lexicon } from '../lexicon';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { compareStated, roundForDisplay } from '../tolerance';
import { HeldChecks } from './held-checks';
import { decimalsOf, figureText, halfUnit } from './operands';
import { RATIO_PLACEHOLDERS, ratioCheck, ratioColumns, comparableGrowthAt, type RatioSpec } from './ratio-check';
import { notApplicable } from './row-relation';
import { confirmedByRows, seriesRows, seriesViolations } from './series-change';
import { leafText, slotText, templatesOf } from './structures';
import { cellKey, COMMON_PLACEHOLDERS, type RelationModule, type Violation } from './types';
import type { SheetModel } from '../sheet-model';

type PeriodChange = Extract<Relation, { kind: 'periodChange' }>;

/** The one year a column's header path names (`2024年/覆盖率` → 2024), if exactly one. */
export function yearOf(column: HeaderColumn, lexicon: Lexicon): number | undefined {
  const years = new Set(column.header.match(lexicon.yearMention) ?? []);
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/** A change column with the subject's columns of the earlier and the later period (two periods, two years). */
interface Change {
  column: HeaderColumn;
  relative: boolean;
  earlier: HeaderColumn;
  later: HeaderColumn;
  /** Periods in the units each row states (指标 | 单位 | 2023年 | 2024年 | 增长%): checked where the rows confirm it. */
  byRows?: boolean;
}

/** The two years a header such as `2015年比2014年增长` names by one of the templates, later first. */
function yearsIn(leaf: string, templates: string[], lexicon: Lexicon): [number, number] | undefined {
  const years = leaf.match(lexicon.yearMention);
  if (years?.length !== 2) return undefined;
  const [a, b] = years.map(Number);
  for (const template of templates) {
    // The placeholders are kept out of the normalising, as in templatesOf.
    const key = aliasKey(template.replace('{later}', '\u0001').replace('{earlier}', '\u0002'), lexicon);
    const read = (later: string, earlier: string) => key.replace('\u0001', later).replace('\u0002', earlier);
    if (leaf === read(years[0], years[1])) return [a, b];
    if (leaf === read(years[1], years[0])) return [b, a];
  }
  return undefined;
}

/**
 * Change columns naming both years (`企业数` over `2014年 | 2015年 | 2015年比2014年增长（%）`): the periods are the
 * columns beside it under the same parent whose header is one of the two years.
 */
function betweenYears(relation: PeriodChange, columns: HeaderColumn[], lexicon: Lexicon): Change[] {
  const found: Change[] = [];
  for (const column of columns) {
    const years = yearsIn(leafText(column, lexicon), relation.relativeBetweenYears, lexicon);
    if (!years || lexicon.unitOf(column.unit ?? '')?.kind !== 'percent') continue;
    const parent = parentPath(column);
    const period = (year: number) =>
      columns.filter(
        (c) =>
          c !== column &&
          parentPath(c) === parent &&
          yearOf(c, lexicon) === year &&
          lexicon.bareDate.test(leafText(c, lexicon)),
      );
    const [later, earlier] = years.map(period);
    if (later.length === 1 && earlier.length === 1)
      found.push({ column, relative: true, earlier: earlier[0], later: later[0] });
  }
  return found;
}

/**
 * The two period columns right before a bare change column (`2023年党组织数（个） | 2024年党组织数（个） | 增加 | 增长（%）`):
 * the nearest two with a year, counted in whole units, the same header once the year is taken out, earlier first;
 * undefined otherwise.
 */
function periodsBefore(
  column: HeaderColumn,
  columns: HeaderColumn[],
  lexicon: Lexicon,
  rowUnits: boolean,
): [HeaderColumn, HeaderColumn] | undefined {
  // Counts, in whole units or in 万人 (a population grows as its figures do), or figures in the units each row states
  // (rounding read row by row); not an amount in 亿元, whose growth may be at comparable prices.
  // Under the change's own parent, where it has one (建立党组织楼宇数 / 本期 | 2022年 | 增幅: no 2023年 of 商务楼宇数).
  const parent = parentPath(column);
  const dated = columns
    .filter(
      (c) =>
        c.col < column.col &&
        !c.isRate &&
        yearOf(c, lexicon) !== undefined &&
        (parent === '' || parentPath(c) === parent),
    )
    .slice(-2);
  const counted = (c: HeaderColumn) => {
    const kind = c.unit === undefined ? undefined : lexicon.unitOf(c.unit)?.kind;
    return kind === 'count' || kind === 'people' || (rowUnits && c.unit === undefined);
  };
  if (!dated.every(counted)) return undefined;
  if (dated.length < 2) return undefined;
  // Only their changes may stand between (增减, 增长（%）): after 其中：新开工项目 a bare 增长 is that column's growth.
  const between = columns.filter((c) => c.col > dated[1].col && c.col < column.col);
  if (!between.every((c) => c.isRate || lexicon.signed.test(leafText(c, lexicon)))) return undefined;
  const [a, b] = dated;
  const subject = (c: HeaderColumn) => leafText(c, lexicon).replace(lexicon.yearMention, '');
  if (subject(a) !== subject(b) || yearOf(a, lexicon) === yearOf(b, lexicon)) return undefined;
  return (yearOf(a, lexicon) ?? 0) < (yearOf(b, lexicon) ?? 0) ? [a, b] : [b, a];
}

/**
 * The two periods of one rate right before a change in points naming no subject (党组织覆盖率 / 2023年 | 2024年 |
 * 比上年增减（百分点）): rates under one parent, each headed by its year alone, earlier first.
 */
function ratePeriodsBefore(
  column: HeaderColumn,
  columns: HeaderColumn[],
  lexicon: Lexicon,
): [HeaderColumn, HeaderColumn] | undefined {
  const before = columns.filter((c) => c.col < column.col).slice(-2);
  if (before.length < 2 || !before.every((c) => c.isRate && lexicon.bareDate.test(leafText(c, lexicon))))
    return undefined;
  const [a, b] = before;
  const [earlier, later] = [yearOf(a, lexicon), yearOf(b, lexicon)];
  if (parentPath(a) === '' || parentPath(a) !== parentPath(b) || earlier === undefined || later === undefined)
    return undefined;
  if (earlier === later) return undefined;
  return earlier < later ? [a, b] : [b, a];
}

/** Whether a header is a relative change naming no subject (增长（%）). */
const isBareRelative = (relation: PeriodChange, leaf: string, lexicon: Lexicon): boolean =>
  templatesOf(relation.relative, '{subject}', lexicon).some((t) => leaf === t.before + t.after);

function changeColumns(relation: PeriodChange, columns: HeaderColumn[], lexicon: Lexicon, rowUnits: boolean): Change[] {
  const found: Change[] = betweenYears(relation, columns, lexicon);
  const percent = (c: HeaderColumn) => lexicon.unitOf(c.unit ?? '')?.kind === 'percent';
  for (const column of columns) {
    if (found.some((c) => c.column === column)) continue;
    const leaf = leafText(column, lexicon);
    // A relative change naming no subject (增长（%）) is of the two periods right before it.
    const bare = isBareRelative(relation, leaf, lexicon);
    const pair = bare && percent(column) ? periodsBefore(column, columns, lexicon, rowUnits) : undefined;
    if (pair) {
      const byRows = pair.some((c) => c.unit === undefined);
      found.push({ column, relative: true, earlier: pair[0], later: pair[1], ...(byRows ? { byRows } : {}) });
      continue;
    }
    const differences = templatesOf(relation.difference, '{subject}', lexicon);
    // A change in points naming no rate (比上年增减（百分点）) is of the rate's two periods right before it.
    const rates =
      percent(column) && differences.some((t) => t.before === '' && leaf.endsWith(t.after))
        ? ratePeriodsBefore(column, columns, lexicon)
        : undefined;
    if (rates) {
      found.push({ column, relative: false, earlier: rates[0], later: rates[1] });
      continue;
    }
    const difference = slotText(leaf, differences);
    const relativeSubject =
      difference === undefined ? slotText(leaf, templatesOf(relation.relative, '{subject}', lexicon)) : undefined;
    const subject = difference ?? relativeSubject;
    // A relative change is in per cent; 人口增长（人） is a count, not checked as a rate.
    if (
      subject === undefined ||
      (relativeSubject !== undefined && lexicon.unitOf(column.unit ?? '')?.kind !== 'percent')
    )
      continue;
    const periods = columns
      .filter((c) => c !== column && yearOf(c, lexicon) !== undefined && leafText(c, lexicon) === subject)
      .sort((a, b) => (yearOf(a, lexicon) ?? 0) - (yearOf(b, lexicon) ?? 0));
    if (periods.length !== 2 || yearOf(periods[0], lexicon) === yearOf(periods[1], lexicon)) continue;
    found.push({ column, relative: relativeSubject !== undefined, earlier: periods[0], later: periods[1] });
  }
  return found;
}

/** A change in points: later − earlier, each figure as shown, so the rounding of all three is allowed for. */
function differenceCheck(change: Change, model: SheetModel, row: number, held: (row: number) => void) {
  const [stated, later, earlier] = [change.column, change.later, change.earlier].map((c) => model.number(row, c.col));
  if (!stated || !later || !earlier) return undefined;
  const computed = later.value - earlier.value;
  const absolute = halfUnit(stated) + halfUnit(later) + halfUnit(earlier);
  const { agrees, tolerance, difference } = compareStated(stated, computed, { absolute });
  if (agrees) return void held(row);
  const decimals = Math.max(1, decimalsOf(stated));
  const expected = roundForDisplay(computed, decimals);
  const actual = figureText(stated);
  const cells = [change.column, change.later, change.earlier].map((c) => ({ row, col: c.col }));
  const violation: Violation = {
    row,
    cells,
    expected,
    actual,
    tolerance,
    linear: true,
    implied: new Map([
      [cellKey(cells[0]), computed],
      [cellKey(cells[1]), earlier.value + stated.value],
      [cellKey(cells[2]), later.value - stated.value],
    ]),
    vars: {
      row: model.rowLabel(row),
      result: change.column.rawHeader,
      expected,
      actual,
      formula: `${figureText(later)} − ${figureText(earlier)}`,
      difference: roundForDisplay(difference, decimals),
      tolerance: String(tolerance),
    },
  };
  return violation;
}

/** A subject written in short for a level's name: its first character, and the rest in order (粮食产量, 粮食总产量). */
const shortFor = (subject: string, level: string): boolean =>
  subject.length >= 2 &&
  subject.length < level.length &&
  ((subject[0] === level[0] && inOrder(subject, level)) || (subject.length >= 3 && level.endsWith(subject)));

/**
 * In a year series (see series-change.ts), the change columns no two periods' columns explain, each with its level: the
 * column before it its header names (入境游客 for 入境游客比上年增长（%）, after 外国人 … 台湾同胞), or for a bare one
 * (增长（%）) the level right before it. A relative change is in per cent of a level that is no rate; a difference
 * (第三产业比重增减（百分点）) may be of a rate, named with its share word or without it (第三产业 under 三次产业构成).
 */
function seriesChangeColumns(relation: PeriodChange, model: SheetModel, found: Change[], lexicon: Lexicon) {
  const { columns } = model.layout;
  const [relatives, differences] = [relation.relative, relation.difference].map((t) =>
    templatesOf(t, '{subject}', lexicon),
  );
  // What a column's header says it changes by each template (入境游客比上年增长 is {subject}增长 of 入境游客比上年 and
  // {subject}比上年增长 of 入境游客), '' for a bare one (比上年增长, 比上年增减); a relative change is in per cent.
  // A unit line listing % among others (单位：个、名、%) gives it to the growth column no header gives a unit: the
  // rows still have to confirm the growth before a break is reported (党员数 | 党员数比上年增长).
  const percentListed = (model.layout.unitsListed ?? []).some((u) => lexicon.unitOf(u)?.kind === 'percent');
  const reading = (column: HeaderColumn) => {
    const leaf = leafText(column, lexicon);
    const subjectsBy = (templates: typeof relatives) =>
      templates.flatMap((t) => (leaf === t.before + t.after ? [''] : (slotText(leaf, [t]) ?? [])));
    const percent = column.unit === undefined ? percentListed : lexicon.unitOf(column.unit)?.kind === 'percent';
    const relative = percent ? subjectsBy(relatives) : [];
    return relative.length > 0
      ? { relative: true, subjects: relative }
      : { relative: false, subjects: subjectsBy(differences) };
  };
  const readings = columns.map(reading);
  const changes = columns.flatMap((change, i) => {
    const { relative, subjects } = readings[i];
    if (found.some((c) => c.column === change) || subjects.length === 0) return [];
    // A difference may be of a rate, named with its share word or without it (第三产业比重增减 of 第三产业).
    const names = relative
      ? subjects
      : subjects.flatMap((s) => [
          s,
          ...lexicon.vocabulary.shareWords.filter((w) => s.endsWith(w)).map((w) => s.slice(0, -w.length)),
        ]);
    const levels = columns.filter(
      (c, k) => c.col < change.col && readings[k].subjects.length === 0 && (!relative || !c.isRate),
    );
    const named = (test: (subject: string, level: string) => boolean) => {
      const matched = levels.filter((c) => names.some((s) => s !== '' && test(s, leafText(c, lexicon))));
      return matched.length === 1 ? matched[0] : undefined;
    };
    // The level its header names, else one it names in short (粮食产量比上年增长 of 粮食总产量, 报到人数比上年增长 of
    // 在职党员报到人数), if only one; a bare
    // one's is the level right before it.
    const level = names.includes('')
      ? levels.filter((c) => parentPath(c) === parentPath(change)).at(-1)
      : (levels.find((c) => names.includes(leafText(c, lexicon))) ?? named(shortFor));
    return level ? [{ change, level, relative }] : [];
  });
  const previous = changes.length > 0 ? seriesRows(model, lexicon) : undefined;
  return previous ? { changes, previous } : undefined;
}

/**
 * Change columns after two period blocks (2024年 / 2025年): `覆盖率增减（百分点）` = the later rate − the earlier one,
 * `企业数增长（%）` = (later − earlier) ÷ earlier × 100, each subject found by its header under the two years.
 */
export const periodChange: RelationModule<PeriodChange> = {
  measures: () => [],
  placeholders: [...COMMON_PLACEHOLDERS, ...RATIO_PLACEHOLDERS],
  evaluate({ relation, rule, ctx }) {
    const { model } = ctx;
    const found = changeColumns(relation, model.layout.columns, ctx.lexicon, model.rowsStateUnits());
    const series = seriesChangeColumns(relation, model, found, ctx.lexicon);
    if (found.length === 0 && !series) return notApplicable(phrase(ctx.lang, 'noPeriodChange'));
    // Growth on a comparable basis is not the change of the figures shown; a difference of rates still is.
    const changes = model.layout.comparableGrowth ? found.filter((c) => !c.relative) : found;
    if (changes.length === 0 && (!series || model.layout.comparableGrowth))
      return notApplicable(phrase(ctx.lang, 'growthComparable'));
    const held = new HeldChecks();
    const violations: Violation[] =
      series && !model.layout.comparableGrowth ? seriesViolations(model, series.changes, series.previous, held) : [];
    for (const change of changes) {
      const named = (c: HeaderColumn) => ({ col: c.col, name: c.rawHeader });
      const spec: RatioSpec = {
        resultCol: change.column.col,
        resultName: change.column.rawHeader,
        numerator: { difference: [named(change.later), named(change.earlier)] },
        denominator: named(change.earlier),
        scale: 100,
        tolerance: rule.tolerance,
      };
      const onRow = held.perRow(
        change.relative ? ratioColumns(spec) : [change.column.col, change.later.col, change.earlier.col],
      );
      let agreed = 0;
      const onHeld = (row: number) => {
        agreed++;
        onRow(row);
      };
      const broken: Violation[] = [];
      for (const row of model.rowsToCheck) {
        if (change.relative && comparableGrowthAt(spec, model, row)) continue;
        const violation = change.relative
          ? ratioCheck(spec, model, row, onHeld)
          : differenceCheck(change, model, row, onHeld);
        // A rate's row (城镇化率 | % | 74.61 | 73.34 | 1.27) may state its growth in points, as yearbooks do.
        if (violation && change.relative && model.mayStatePoints(row) && !differenceCheck(change, model, row, onHeld))
          continue;
        if (violation) broken.push(violation);
      }
      if (!change.byRows || confirmedByRows(agreed, broken.length)) violations.push(...broken);
    }
    return { applies: true, binding: new Map(), bindingNotes: [], violations, held };
  },
};
