import { shortestDecimals } from '../tolerance';
import { withoutRemark } from '../header';
import { closesRunningTotal } from '../running-total';
import { onSomeBase, roundingBase, type GridView } from './grid';
import { countOverShare, eps, heldAt, SCALES, verdictAt, type Break, type InferredRelation } from './relations';
import type { Candidate, SearchContext } from './search-context';
import { hasWord, PER_CENT_SIGN } from './words';

/**
 * Breaks of an inferred relation that a statistician would not call errors, read from the sheet itself: what the
 * published tables do that a relation holding on the other rows does not say. Each is a reason, not a list of tables;
 * a wrong figure (a plant of +10 %) is far outside all of them.
 */

/** Fewest rows a column must be a change or ratio of two others at before a total row is not asked to sum it. */
const DERIVED_SUPPORT = 4;
/** Columns tried as the two a derived column is computed from, either side of it. */
const DERIVED_WINDOW = 12;
/** Positions that show a column is derived: past these, walking on would only confirm it. */
const DERIVED_EVIDENCE = 200;

/** Half a unit of the last digit a figure is typed with (8.3 shown as 8.30000: 0.05). */
const typedHalf = (v: number) => 10 ** -shortestDecimals(v) / 2;
/** Figures a header row of years holds. */
const YEARS = { first: 1800, last: 2100 };

const near = (a: number, b: number, slack: number) => Math.abs(a - b) <= slack + eps(a);

/**
 * The target typed with fewer digits than it is shown with (8.3 shown as 8.30000, beside parts typed to 2.983) is the
 * rounded result: the relation holds within half a unit of its last typed digit.
 */
function roundedAsTyped(view: GridView, c: Candidate, b: Break): boolean {
  const shown = view.half(c.target, b.pos);
  const typed = typedHalf(b.actual);
  return typed > shown && near(b.expected, b.actual, b.slack - shown + typed);
}

/** Lines of shares a distribution may run to (三次产业构成: three; a table by age or size class: a dozen). */
const DISTRIBUTION_LINES = 12;

/**
 * A share one unit of its last digit off, in a run of shares beside it that adds up to 100 exactly (三次产业构成 16.2 |
 * 28.1 | 55.7, the last 55.77 by the counts): rounded each, they gave 100.1, and the office took the unit off one of
 * them, as statistical offices do. A wrong share leaves its run short of or over 100.
 */
function forcedToHundred(view: GridView, c: Candidate, b: Break): boolean {
  if (c.kind !== 'ratio' || c.scale !== 100) return false;
  const half = view.half(c.target, b.pos);
  if (!near(b.expected, b.actual, b.slack + 2 * half)) return false;
  const value = (line: number) => view.value(line, b.pos);
  const first = Math.max(0, c.target - DISTRIBUTION_LINES + 1);
  for (let from = first; from <= c.target; from++) {
    let sum = 0;
    for (let to = from; to < Math.min(view.lines, from + DISTRIBUTION_LINES); to++) {
      // Shares, none blank.
      if (!(value(to) >= 0 && value(to) <= 100)) break;
      sum += value(to);
      if (to >= c.target && to - from >= 2 && Math.abs(sum - 100) <= half / 10) return true;
    }
  }
  return false;
}

/**
 * The base that the figures of this relation's lines are rounded to (hundreds, or Statistics Canada's 5), though not
 * the whole sheet's (a year or a percentage column elsewhere): each is known to half that base, and so is their sum.
 */
function baseOf(ctx: SearchContext, c: Candidate): number | undefined {
  if (c.kind !== 'sum' && c.kind !== 'difference') return undefined;
  const { view } = ctx;
  const whole: number[] = [];
  let offBase = 0;
  // The target, then the members: no copy of a total's 50,000 members is made to be left at its first row.
  for (let i = -1; i < c.members.length; i++) {
    const line = i < 0 ? c.target : c.members[i];
    for (let pos = 0; pos < view.positions; pos++) {
      const v = view.value(line, pos);
      if (ctx.ignore?.(pos) || Number.isNaN(v) || v === 0) continue;
      // Two figures on no base settle it: a long column of counts is not walked to the end.
      if (!Number.isInteger(v) || (!onSomeBase(v) && ++offBase > 1)) return undefined;
      whole.push(v);
    }
  }
  // One figure off the base may be the wrong figure the relation is checked for.
  return roundingBase(whole, 1);
}

/** Whether every figure of the relation here is on the base: one off it (1430 among hundreds) was not rounded to it. */
function onBase(view: GridView, c: Candidate, pos: number, base: number): boolean {
  const off = (line: number) => {
    const v = view.value(line, pos);
    return !Number.isNaN(v) && v % base !== 0;
  };
  return !off(c.target) && !c.members.some(off);
}

/**
 * Every figure of the relation's lines here is one and the same (a row of 4s above a header: widths, codes, flags):
 * no relation of three or more lines holds on such a row, and no figures of a table look like it.
 */
function oneFigure(view: GridView, c: Candidate, b: Break): boolean {
  // The target, then the members: a total's 50,000 members are not copied for each of its breaks.
  return (
    c.members.length >= 2 &&
    view.value(c.target, b.pos) === b.actual &&
    c.members.every((line) => view.value(line, b.pos) === b.actual)
  );
}

/** The lines strictly between a relation's first and last line that are none of its lines, in order. */
function linesBetween(c: Candidate): number[] {
  let first = c.target;
  let last = c.target;
  for (const line of c.members) {
    first = Math.min(first, line);
    last = Math.max(last, line);
  }
  const inRelation = new Uint8Array(last - first + 1);
  inRelation[c.target - first] = 1;
  for (const line of c.members) inRelation[line - first] = 1;
  const between: number[] = [];
  for (let line = first + 1; line < last; line++) if (inRelation[line - first] === 0) between.push(line);
  return between;
}

/**
 * A line between the relation's lines (see linesBetween), empty wherever the relation holds, whose one figure here is
 * exactly the gap: a part that only this row (or column) has (exceptional items in one year, a curve of −2 for one
 * student).
 */
function blankLineIsTheGap(view: GridView, between: number[], b: Break, support: number[]): boolean {
  const gap = Math.abs(b.actual - b.expected);
  for (const line of between) {
    const v = view.value(line, b.pos);
    if (Number.isNaN(v) || !near(Math.abs(v), gap, b.slack + view.half(line, b.pos))) continue;
    if (support.every((pos) => !(Math.abs(view.value(line, pos)) > 0))) return true;
  }
  return false;
}

/**
 * A row whose label says it is a mean, maximum, standard deviation, change …, or a row below such a row with no other
 * row where the relation holds between them (the foot of a grade book: `Sec 1 Avg.` then `All sections`; a closing
 * `Percent change, 1990–2004`): sums and ratios between columns do not carry, nor changes to a row of changes. The
 * rows looked at end at the relation's first figure: a title naming means (居民人均可支配收入) is no row of the table.
 */
function rowOfAnotherKind(ctx: SearchContext, c: Candidate, b: Break, support: number[]): boolean {
  const { positionLabel, view } = ctx;
  if (view.axis !== 'column' || !positionLabel) return false;
  // A mean's growth is still the change of its two figures (人均可支配收入 | 2023年 | 2022年 | 增长).
  const kinds =
    c.kind === 'change' ? (['statistic', 'change'] as const) : (['average', 'statistic', 'change'] as const);
  // A remark on how its change is given (小区党支部覆盖率（%）［增减为百分点］) makes no row of changes.
  const statistic = (pos: number) =>
    kinds.some((kind) => hasWord(withoutRemark(positionLabel(pos)), kind, ctx.lexicon));
  let top = 0;
  while (top < b.pos && Number.isNaN(view.value(c.target, top))) top++;
  for (let pos = b.pos; pos >= top; pos--) {
    if (statistic(pos)) return pos !== b.pos || !holdsTotals(view, c, b.pos, support);
    if (heldAt(support, pos)) return false;
  }
  return false;
}

/**
 * A 全市平均 row that holds the totals of a ratio's two lines (常住人口 and 住房面积 summed over the districts, 人均 their
 * quotient): the ratio carries to it as to any total, unless the ratio's own figure there is the sum or the mean of
 * its figures above (a foot row summing every column, the rates too).
 */
function holdsTotals(view: GridView, c: Candidate, pos: number, support: number[]): boolean {
  if (c.kind !== 'ratio') return false;
  const above = support.filter((at) => at !== pos);
  // A line's figures above, summed, and the slack of their rounding and of its figure at the row.
  const totalOf = (line: number) => {
    let [sum, slack] = [0, view.half(line, pos)];
    for (const at of above) {
      const v = view.value(line, at);
      if (Number.isNaN(v)) return undefined;
      [sum, slack] = [sum + v, slack + view.half(line, at)];
    }
    return { sum, slack };
  };
  const summed = (line: number) => {
    const total = totalOf(line);
    return total !== undefined && near(view.value(line, pos), total.sum, total.slack);
  };
  const own = totalOf(c.target);
  const stated = view.value(c.target, pos);
  const n = above.length;
  if (own === undefined || near(stated, own.sum, own.slack) || near(stated, own.sum / n, own.slack / n)) return false;
  return c.members.every(summed);
}

/** The label of a break's row, where the indicators are rows (the relation is between columns). */
const indicatorLabel = (ctx: SearchContext, pos: number): string | undefined =>
  ctx.view.axis === 'column' ? ctx.positionLabel?.(pos) : undefined;

/** A figure with a per cent sign in a label names a group (低收入组（20%）, 前10%), not the row's unit. */
const GROUP_SHARE = /\d+(?:\.\d+)?[%\u2030]/g;

/**
 * A row whose label calls it a rate or no quantity to add, where the indicators are rows (女党员占党员总数比重（%）
 * under the counts of a table by region in columns): a sum or difference between columns does not carry to it, nor a
 * growth in per cent to a rate (a rate's growth is given in points: 产品销售率（%） | 95.2 | 92 | 3.2). A mean's growth
 * is in per cent (人均可支配收入 | 2023年 | 2022年 | 增长), and so is a level's in a unit per unit (PM2.5年均浓度（微克/立方米）).
 */
function rateRow(ctx: SearchContext, c: Candidate, pos: number): boolean {
  const label = indicatorLabel(ctx, pos)?.replace(GROUP_SHARE, '');
  if (label === undefined) return false;
  const rate = hasWord(label, 'rate', ctx.lexicon);
  // An average rate in per cent is a rate (平均客房出租率 | % | 51.38 | 56.41 | −5.03).
  if (c.kind === 'change')
    return rate && (!hasWord(label, 'average', ctx.lexicon) || ctx.positionUnit?.(pos) === 'percent');
  return rate || ctx.lexicon.notAdditive.test(label);
}

/** Whether a change in per cent is at a position its difference in points as well: the two readings agree there. */
function pointsAgree(view: GridView, c: Candidate, pos: number): boolean {
  if (c.kind !== 'change' || Math.abs(c.scale) !== 100) return false;
  const [earlier, later] = c.members;
  // A decline (a scale below zero) is the earlier less the later.
  const members = c.scale < 0 ? [earlier, later] : [later, earlier];
  return verdictAt(view, { kind: 'difference', target: c.target, members, scale: 1 }, pos).status !== 'break';
}

/**
 * A row of value added or of GDP in a table of changes: its growth is published at comparable prices, not the change of
 * the current-price figures beside it (工业增加值 | 本年累计 | 上年同期累计 | 增长 10.2 where they give 15.6).
 */
function realGrowthRow(ctx: SearchContext, c: Candidate, b: Break): boolean {
  const label = c.kind === 'change' && !ctx.nominalGrowth ? indicatorLabel(ctx, b.pos) : undefined;
  return label !== undefined && ctx.lexicon.realGrowth.test(label);
}

/** A header of years above the figures (2002 | 2001 over each pair of columns): every figure in it a year. */
function yearHeader(view: GridView, b: Break, firstSupport: number): boolean {
  if (b.pos > firstSupport) return false;
  for (let line = 0; line < view.lines; line++) {
    const v = view.value(line, b.pos);
    if (!Number.isNaN(v) && !(Number.isInteger(v) && v >= YEARS.first && v <= YEARS.last)) return false;
  }
  return true;
}

/**
 * A row of column numbers above the figures (栏次: 1 | 2 | 3 | 4 …): three or more, each its column's place, some
 * perhaps given as how the column is worked out (甲 | 1 | 2 | 3=2/1 | 4, the text not read as a number).
 */
function columnNumbers(view: GridView, b: Break, firstSupport: number): boolean {
  if (b.pos > firstSupport || view.axis !== 'column') return false;
  let offset: number | undefined;
  let count = 0;
  for (let line = 0; line < view.lines; line++) {
    const v = view.value(line, b.pos);
    if (Number.isNaN(v)) continue;
    if (offset !== undefined && v - line !== offset) return false;
    offset = v - line;
    count++;
  }
  return count >= 3;
}

/**
 * A total row's rate or change taken over the rows that report both figures (a matched sample), not over its own
 * totals, which include rows that report one: 2000 and 2001 revenues of the firms that gave both.
 */
function totalOverComparableRows(ctx: SearchContext, c: Candidate, b: Break): boolean {
  const { view, positionLabel } = ctx;
  if (view.axis !== 'column' || !positionLabel || (c.kind !== 'ratio' && c.kind !== 'change')) return false;
  const isTotal = (pos: number) => hasWord(positionLabel(pos), 'total', ctx.lexicon);
  if (!isTotal(b.pos)) return false;
  const [a, d] = c.members;
  let sa = 0;
  let sd = 0;
  let unmatched = 0;
  for (let pos = 0; pos < view.positions; pos++) {
    const x = view.value(a, pos);
    const y = view.value(d, pos);
    if (pos === b.pos || isTotal(pos) || (Number.isNaN(x) && Number.isNaN(y))) continue;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      unmatched++;
      continue;
    }
    sa += x;
    sd += y;
  }
  // Only where some rows give one figure without the other is the sample narrower than the totals.
  if (unmatched === 0 || sa === 0 || sd === 0) return false;
  const expected = c.kind === 'ratio' ? (sa / sd) * c.scale : (sd / sa - 1) * c.scale;
  return near(expected, b.actual, view.half(c.target, b.pos));
}

/**
 * A difference of two periods under a header naming per cent too (增长(%)/增减(百分点)): where it breaks, a row whose
 * change in per cent holds gives its growth (小学专任教师 | 人 | 6999 | 6901 | 1.4), as the header says it may.
 */
function growthInPerCent(ctx: SearchContext, c: Candidate, b: Break): boolean {
  if (c.kind !== 'difference' || !PER_CENT_SIGN.test(ctx.header?.(c.target) ?? '')) return false;
  const [later, earlier] = c.members;
  const growth = { kind: 'change' as const, target: c.target, members: [earlier, later], scale: 100 };
  return verdictAt(ctx.view, growth, b.pos).status !== 'break';
}

/**
 * A rate typed as the difference of two others, as the table works it out on every row (自然增长率 −2.7 = 出生率 5.8 −
 * 死亡率 8.5, where 自然增长人数 ÷ 年平均人口 × 1000 gives −2.64): rounded each, the two ways part by a unit.
 */
function differenceOfOthers(view: GridView, c: Candidate, b: Break, asked: Map<string, boolean>): boolean {
  if (c.kind !== 'ratio' && c.kind !== 'change') return false;
  const half = view.half(c.target, b.pos);
  for (let x = 0; x < view.lines; x++) {
    const vx = view.value(x, b.pos);
    if (x === c.target || Number.isNaN(vx)) continue;
    for (let y = 0; y < view.lines; y++) {
      const vy = view.value(y, b.pos);
      if (y === x || y === c.target || Number.isNaN(vy)) continue;
      if (!near(vx - vy, b.actual, half + view.half(x, b.pos) + view.half(y, b.pos))) continue;
      const key = `${x}:${y}`;
      let held = asked.get(key);
      if (held === undefined) {
        const difference: Candidate = { kind: 'difference', target: c.target, members: [x, y], scale: 1 };
        // A wrong figure on another row breaks both ways there, and is the rate's to report.
        asked.set(key, (held = holdsElsewhere(view, difference, -1, 1)));
      }
      if (held) return true;
    }
  }
  return false;
}

/** A total row's figure in a running total's column (1-本月累计): the last row's, not the rows' sum. */
function runningTotal(view: GridView, c: Candidate, b: Break): boolean {
  if (view.axis !== 'row' || c.kind !== 'sum') return false;
  const values = [...c.members].sort((x, y) => x - y).map((line) => view.value(line, b.pos));
  return closesRunningTotal(values, b.actual, (x, y) => near(x, y, view.half(c.target, b.pos)));
}

/**
 * The grid read the other way (the row view's columns as lines), each figure known only to the digits it is typed
 * with: whole percentages shown as 27.00000 are rounded to whole numbers.
 */
function acrossAsTyped(view: GridView): GridView {
  return {
    axis: view.axis === 'row' ? 'column' : 'row',
    lines: view.positions,
    positions: view.lines,
    value: (line, pos) => view.value(pos, line),
    half: (line, pos) => Math.max(view.half(pos, line), typedHalf(view.value(pos, line))),
    percent: (line, pos) => view.percent(pos, line),
    missing: (line, pos) => view.missing(pos, line),
    cell: (line, pos) => view.cell(pos, line),
  };
}

/**
 * Whether a relation holds at every position but one where its lines have figures (and but `breaks` more), on enough
 * of them; the first DERIVED_EVIDENCE such positions tell (a 50,000-row ledger's rate column is not walked to the end
 * for each total).
 */
function holdsElsewhere(view: GridView, c: Candidate, except: number, breaks = 0): boolean {
  let seen = 0;
  let broken = 0;
  for (let pos = 0; pos < view.positions && seen < DERIVED_EVIDENCE; pos++) {
    if (pos === except) continue;
    const status = verdictAt(view, c, pos).status;
    if (status === 'break' && ++broken > breaks) return false;
    if (status !== 'skip' && status !== 'break') seen++;
  }
  return seen >= DERIVED_SUPPORT;
}

/**
 * A total row's figure in a column that is, on every other row, the change or ratio of two other columns as typed (a
 * per cent change beside two years' counts): a total row does not sum it, even where the figures are too coarse to
 * report it. The total row itself is left out: its counts are what the total-row relation checks.
 */
function derivedColumn(ctx: SearchContext, c: Candidate, b: Break): boolean {
  if (ctx.view.axis !== 'row' || c.kind !== 'sum') return false;
  // Each total-row candidate through the same row asks again about the same column; a long sheet makes each ask costly.
  let known = derivedAsked.get(ctx.view);
  if (!known) derivedAsked.set(ctx.view, (known = new Map<string, boolean>()));
  const key = `${b.pos}:${c.target}`;
  let derived = known.get(key);
  if (derived === undefined)
    known.set(key, (derived = derivedAt(ctx.view, b.pos, c.target, (col) => ctx.ignore?.(col) === true)));
  return derived;
}

/** derivedColumn's answers per grid view and (column, total row). */
const derivedAsked = new WeakMap<GridView, Map<string, boolean>>();

function derivedAt(
  view: GridView,
  target: number,
  totalRow: number,
  /** Columns a total row does not sum (rates, means, by their words). */
  notSummed: (col: number) => boolean,
): boolean {
  const columns = acrossAsTyped(view);
  const from = Math.max(0, target - DERIVED_WINDOW);
  const to = Math.min(columns.lines - 1, target + DERIVED_WINDOW);
  // A column without enough figures (labels, notes) computes nothing: each is walked once here, not once per pairing.
  const figures = (line: number) => {
    let n = 0;
    for (let pos = 0; pos < columns.positions && n < DERIVED_SUPPORT; pos++)
      if (!Number.isNaN(columns.value(line, pos))) n++;
    return n >= DERIVED_SUPPORT;
  };
  const numeric = new Set<number>();
  for (let line = from; line <= to; line++) if (line !== target && figures(line)) numeric.add(line);
  // A count over a share of it (Passing ÷ Percent passing) is the base the share was taken of, not a figure derived
  // from it: a total row sums it like any count. The first positions tell, as in holdsElsewhere.
  const positions: number[] = [];
  for (let pos = 0; pos < columns.positions && positions.length < DERIVED_EVIDENCE; pos++)
    if (!Number.isNaN(columns.value(target, pos))) positions.push(pos);
  for (const x of numeric) {
    for (const y of numeric) {
      if (x === y) continue;
      for (const scale of SCALES) {
        for (const kind of ['change', 'ratio'] as const) {
          const c = { kind, target, members: [x, y], scale };
          // Nor is a count over a mean of it (機構單位數目 = 在職員工人數 ÷ 平均每單位員工人數): the mean is the one derived.
          if (kind === 'ratio' && notSummed(y) && !notSummed(target)) continue;
          if (!countOverShare(columns, c, positions) && holdsElsewhere(columns, c, totalRow)) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Which breaks of a relation are one of the above, and so not reported. What depends on the relation alone (its
 * rounding base, its lines, its first supporting position) is worked out once: a long ledger may have many breaks.
 */
export function explainer(
  ctx: SearchContext,
  c: Candidate,
  support: number[],
  /** The header names the relation a difference of two periods (acceptance headedDifference). */
  namedDifference: boolean,
): (b: Break) => boolean {
  const { view } = ctx;
  let base: number | undefined | null = null;
  let between: number[] | undefined;
  let firstSupport = Infinity;
  for (const pos of support) firstSupport = Math.min(firstSupport, pos);
  let divisor: ((b: Break) => boolean) | undefined | null = null;
  const ratesHoldIn = new Map<string | undefined, boolean>();
  const differences = new Map<string, boolean>();
  const additive = c.kind === 'sum' || c.kind === 'difference';
  return (b) => {
    if (
      roundedAsTyped(view, c, b) ||
      rowOfAnotherKind(ctx, c, b, support) ||
      yearHeader(view, b, firstSupport) ||
      columnNumbers(view, b, firstSupport) ||
      oneFigure(view, c, b) ||
      runningTotal(view, c, b) ||
      realGrowthRow(ctx, c, b) ||
      forcedToHundred(view, c, b) ||
      differenceOfOthers(view, c, b, differences) ||
      growthInPerCent(ctx, c, b)
    )
      return true;
    if (additive) {
      if (base === null) base = baseOf(ctx, c);
      if (
        base !== undefined &&
        onBase(view, c, b.pos, base) &&
        near(b.expected, b.actual, (base / 2) * (c.members.length + 1))
      )
        return true;
      between ??= linesBetween(c);
      if (blankLineIsTheGap(view, between, b, support)) return true;
    }
    // Unless it holds at rate rows too (2023年 = 2022年 + 比上年增减（百分点） down a table of rates), as precisely as
    // anywhere: a rate's change in points lies within the rounding of its change in per cent where the rate is large
    // (96.8 from 94.8: 2.0 points, 2.0 to 2.2 per cent), which says nothing; nor does a change in per cent its points
    // give as well (100 to 99.98: −0.02 either way). A difference its header names (2023年 | 2022年 | 比上年增减) is the
    // points at a rate row.
    // Rows of one kind of unit tell each other: a rate per mille (or per 10万) may grow in per cent beside one in per
    // cent changed in points (婴儿死亡率 | ‰ | 3.1 | 2.65 | 17 above 低出生体重率 | % | 3.33 | 3.49 | −0.16).
    if ((additive || c.kind === 'change') && !namedDifference && rateRow(ctx, c, b.pos)) {
      const unit = ctx.positionUnit?.(b.pos);
      let ratesHold = ratesHoldIn.get(unit);
      if (ratesHold === undefined) {
        ratesHold = support.some(
          (pos) =>
            rateRow(ctx, c, pos) &&
            ctx.positionUnit?.(pos) === unit &&
            verdictAt(view, c, pos).status === 'hold' &&
            !pointsAgree(view, c, pos),
        );
        ratesHoldIn.set(unit, ratesHold);
      }
      if (!ratesHold) return true;
    }
    if (divisor === null) divisor = coincidentDivisor(ctx, c, support);
    return divisor?.(b) === true || totalOverComparableRows(ctx, c, b) || derivedColumn(ctx, c, b);
  };
}

/** Whether a ratio's or change's divisor is one figure at every position where the relation holds. */
export function constantDivisor(view: GridView, r: InferredRelation): boolean {
  if ((r.kind !== 'ratio' && r.kind !== 'change') || r.support.length === 0) return false;
  const divisor = divisorOf(r);
  const first = view.value(divisor, r.support[0]);
  return r.support.every((pos) => view.value(divisor, pos) === first);
}

/** The divisor line of a ratio or change. */
const divisorOf = (c: Candidate) => (c.kind === 'ratio' ? c.members[1] : c.members[0]);

/**
 * A divisor that is one figure wherever the relation holds, yet has several others of its own (a quiz marked out of
 * 10 that most students scored full on): the relation is a scaled copy of its numerator, and a row where that line
 * differs but the copy holds is no break. Nor is a total row where a divisor of one figure on every other row (one
 * 文化站 per town, 8 in all) adds up: the relation holds on the rows through that figure alone, and the total's own
 * sums check its figures.
 */
function coincidentDivisor(ctx: SearchContext, c: Candidate, support: number[]): ((b: Break) => boolean) | undefined {
  const { view } = ctx;
  if ((c.kind !== 'ratio' && c.kind !== 'change') || support.length === 0) return undefined;
  const divisor = divisorOf(c);
  const constant = view.value(divisor, support[0]);
  if (!support.every((pos) => view.value(divisor, pos) === constant)) return undefined;
  const figures = new Set<number>();
  for (let pos = 0; pos < view.positions; pos++) {
    const v = view.value(divisor, pos);
    if (!Number.isNaN(v)) figures.add(v);
  }
  const totalOnly = figures.size < 3;
  if (totalOnly && (view.axis !== 'column' || !ctx.positionLabel)) return undefined;
  const isTotal = (pos: number) => hasWord(ctx.positionLabel?.(pos) ?? '', 'total', ctx.lexicon);
  const fixed: GridView = { ...view, value: (line, pos) => (line === divisor ? constant : view.value(line, pos)) };
  return (b) => (totalOnly ? isTotal(b.pos) : verdictAt(fixed, c, b.pos).status !== 'break');
}
