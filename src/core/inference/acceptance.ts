import { movedPointPart, slipFrom } from '../cell-fixes';
import { shortestDecimals } from '../tolerance';
import { compactText, normaliseHeader, splitOfWhich } from '../header';
import { labelNumbering } from '../layout-hierarchy';
import { isCountUnit, namesPeriod, namesRegion } from '../lexicon';
import type { GridView } from './grid';
import {
  countOverShare,
  eps,
  verdictAt,
  verdictsOf,
  type Break,
  type InferredRelation,
  type NearRelation,
} from './relations';
import { runAfter, type Candidate, type SearchContext } from './search-context';
import { constantDivisor, explainer } from './explained';
import { countsAt, exactAtSeveral, ExactCounts, rarelyExact, tellsAlone } from './exact-counts';
import type { VerdictAt } from './run-sums';
import { hasWord, namesTime, PER_CENT_SIGN } from './words';

/**
 * Which candidate relations are kept, and which of their failures are reported: the statistics side of the search
 * (search.ts finds the candidates).
 */

/** Fewest informative positions a relation must hold at: rows for a column relation, columns for a total row. */
export const MIN_SUPPORT = { column: 4, row: 2 } as const;
/** Columns a row must be the sum of its two neighbours at, unless it says it is a total (see accepted). */
const TWO_ROW_SUPPORT = 4;
/** A figure's rounding, as a share of it, below which a ratio or change is precise (see precise) … */
const PRECISE = 1e-4;
/** … and the positions it needs then. */
const PRECISE_SUPPORT = 3;
/** Exact holds of a sum at which a total below its largest part at a plain row is a wrong figure (see significant). */
const STRONG_SUPPORT = 5;
/** Lines a table may have to count as short: its rows are few enough for cheaper evidence and wider searches. */
export const SHORT_TABLE = 200;

/** A short table has few rows to match by chance: three columns are enough there. */
export const twoRowSupport = (ctx: SearchContext) =>
  ctx.view.lines <= SHORT_TABLE ? TWO_ROW_SUPPORT - 1 : TWO_ROW_SUPPORT;

export function saysTotal(ctx: SearchContext, line: number): boolean {
  return ctx.isTotal ? ctx.isTotal(line) : hasWord(ctx.label(line), 'total', ctx.lexicon);
}

/** Where a relation holds only within a few units (figures rounded at random, as census tables are), a break is
 * reported only when it is well beyond that: this many times the largest deviation where it holds, and this share of
 * the figure. */
export const NOISE_FACTOR = 3;
export const NOISE_SHARE = 0.01;
/** …unless a ratio's or change's break is this many times the rounding its own figures allow. */
const FAR_BEYOND_SLACK = 20;
/** A failure within a few times the relation's own rounding noise (a sum of figures rounded to billions three off where
 * others are two) is that rounding at its widest: it neither counts against the relation nor is reported. */
const withinNoise = (b: Break, noise: number) =>
  noise > 0 && b.actual !== 0 && Math.abs(b.expected - b.actual) <= NOISE_FACTOR * noise;
/** Most failures of one relation that explained.ts is asked about. */
const MAX_EXPLAINED = 5;
/** An inferred relation is evidence, not a rule: a break smaller than this share of the figure is not reported (unless of counts). */
const MIN_SHARE = 0.001;

/**
 * Whether a failure is a wrong figure rather than a line that is no such relation there: a "total" below its largest
 * non-negative part is a rate, mean or density, not a sum; a figure 1000 times the expected one is written with a dot
 * as thousands mark; deviations within the relation's own rounding noise are not errors.
 */
function significant(ctx: SearchContext, c: Candidate, b: Break, noise: number, support: number): boolean {
  const gap = Math.abs(b.expected - b.actual);
  // A 0 where a figure is expected is a placeholder (not applicable, not yet known) more often than a wrong figure.
  if (b.actual === 0) return false;
  // Counts in whole units are exact: a total 7 persons off among 100,000 is wrong all the same.
  if (gap <= MIN_SHARE * Math.abs(b.actual) && !countsAt(ctx.view, c, b.pos)) return false;
  // A ratio's verdict allows for the rounding of every figure it reads: a break far beyond that slack is a wrong figure
  // however small a share it is (商品房 7427 元 against 279.78 亿元 ÷ 378.75 万平方米 = 7387 ± 0.8).
  const farBeyond = (c.kind === 'ratio' || c.kind === 'change') && gap > FAR_BEYOND_SLACK * b.slack;
  if (withinNoise(b, noise) || (noise > 0 && gap <= NOISE_SHARE * Math.abs(b.actual) && !farBeyond)) return false;
  // The range of the parts by a loop, not Math.max(...parts): a total may have 130,000 of them.
  let least = Infinity;
  let most = -Infinity;
  let blank = false;
  let movedPoint = false;
  for (const m of c.members) {
    const v = ctx.view.value(m, b.pos);
    if (Number.isNaN(v)) blank = true;
    if (v < least) least = v;
    if (v > most) most = v;
    if (v > b.actual && c.members.length >= 3) movedPoint ||= movedPointPart(v, b.actual, b.expected, b.slack + 1e-9);
  }
  // A blank part leaves the range unknown (read as zero, it may be a suppressed figure). A column of changes (below
  // zero elsewhere: 2024年 = 2023年 + 增减百分点) may stand above the sum of it and one level where it is positive. A
  // figure one slip of the fingers from the sum is that sum typed wrong (240.8 for 288.8 + 132.0); one that is the sum
  // but for a part of three or more with its decimal point moved is that part typed wrong (69.6 for 6.96).
  // Not where the position's unit adds up (道路面积 | 万平方米 under 全市 and its districts) and the sum holds at two
  // others at least: there a sum is all it can be (at one, the lines may be another side's: 收入 | 决算数 | 支出 | 决算数).
  // A balance subtracts some members (期末结余 below its 收入合计 is no wrong figure): the range of its parts says nothing.
  // So where a sum of columns holds exactly at many rows and this row names no rate, mean or unit of another kind
  // (流动党员 under 党员数, 合计 | 非公有制企业 | 社会组织, the units in the title): the sum is all it can be.
  const plainSum = c.kind === 'sum' && c.minus === undefined;
  const adds =
    plainSum &&
    ((support >= 2 && ctx.addsAt?.(b.pos) === true) ||
      (support >= STRONG_SUPPORT && noise === 0 && ctx.plainAt?.(b.pos) === true));
  if (
    !blank &&
    !adds &&
    plainSum &&
    least >= 0 &&
    b.actual < most &&
    !levelPlusChange(ctx.view, c) &&
    !totalOfItsHeading(ctx, c) &&
    headedDifference(ctx, c) === undefined &&
    !movedPoint &&
    !slipFrom(b.actual, b.expected, b.slack, decimalsShown(ctx.view.half(c.target, b.pos), b.actual))
  )
    return false;
  if (partialListAbove(ctx, c, b)) return false;
  // A figure equal to its least or largest part is that extreme, not a sum (极端最低气温 of 全年: its coldest month's).
  if (!blank && !adds && plainSum && c.members.length >= 3 && (b.actual === least || b.actual === most)) return false;
  // A "mean" outside the range of its parts is no mean there.
  if (!blank && c.kind === 'average' && (b.actual < least || b.actual > most)) return false;
  const scale = Math.log10(Math.abs(b.expected / b.actual));
  return !(Number.isFinite(scale) && Math.abs(scale) >= 2.9 && Math.abs(scale - 3 * Math.round(scale / 3)) < 0.01);
}

/**
 * A 其中 list of rows (marked on its first) may be whole in some columns and not in others (基层医疗卫生机构's beds are
 * its 乡镇卫生院's and 社区卫生服务中心's, its visits also its 村卫生室's): a whole above its listed parts is no wrong figure
 * there, though where a relation that is fails on it too, it is the likelier wrong one (see quiet). So is a list of
 * columns under a 其中 heading (数量 | 其中 / 村 | 社区 | 机关, the other kinds of organisation in some counties only);
 * not one whose own headers are marked (保费收入 | 其中：财产险 | 人身险, whole in every row where it holds).
 */
const partialListAbove = (ctx: SearchContext, c: Candidate, b: Break): boolean =>
  c.kind === 'sum' &&
  b.actual > b.expected &&
  (ctx.view.axis === 'row'
    ? ctx.lexicon.partMarker.test(ctx.label(c.members[0]))
    : c.members.every((m) => ctx.lexicon.partMarker.test(headingOf(ctx, m))));

/** The decimals a figure shows, from half a unit of its last digit (0 for an exact count: as many as it has). */
const decimalsShown = (half: number, value: number): number =>
  half > 0 ? Math.max(0, Math.round(-Math.log10(2 * half))) : shortestDecimals(value);

const negativeLines = new WeakMap<GridView, Map<number, boolean>>();

/** Whether a sum is of two columns, one of them below zero somewhere (a level and its change): asked on failures only. */
const levelPlusChange = (view: GridView, c: Candidate): boolean =>
  view.axis === 'column' && c.members.length === 2 && c.members.some((m) => goesNegative(view, m));

/** Whether a line holds a figure below zero, read once per line. */
function goesNegative(view: GridView, line: number): boolean {
  let byLine = negativeLines.get(view);
  if (!byLine) negativeLines.set(view, (byLine = new Map<number, boolean>()));
  let negative = byLine.get(line);
  if (negative === undefined) {
    negative = false;
    for (let pos = 0; pos < view.positions && !negative; pos++) negative = view.value(line, pos) < 0;
    byLine.set(line, negative);
  }
  return negative;
}

/**
 * The failures that are wrong figures: significant, and not one of the things published tables do (explained.ts). An
 * explained one is a position the relation does not apply to, like a blank: it neither counts against the relation
 * nor is reported.
 */
function confirmedBreaks(
  ctx: SearchContext,
  c: Candidate,
  failures: Break[],
  noiseAt: (b: Break) => number,
  support: number[],
): { breaks: Break[]; unexplained: number; quiet?: Break[] } {
  if (failures.length === 0) return { breaks: [], unexplained: 0 };
  // What published tables do touches a few positions; a relation failing at more is no relation, and is not explained.
  const explained =
    failures.length > MAX_EXPLAINED ? undefined : explainer(ctx, c, support, headedDifference(ctx, c) !== undefined);
  const applicable = explained ? failures.filter((b) => !explained(b) && !withinNoise(b, noiseAt(b))) : failures;
  const breaks = applicable.filter((b) => significant(ctx, c, b, noiseAt(b), support.length));
  const unexplained = applicable.length - breaks.length;
  const quiet = unexplained > 0 ? applicable.filter((b) => !breaks.includes(b) && partialListAbove(ctx, c, b)) : [];
  return { breaks, unexplained, ...(quiet.length > 0 ? { quiet } : {}) };
}

/**
 * The largest deviation where a relation holds, by the grain of its target's figures there: the 100.1 of a block of
 * shares (figures to 0.1) is no noise for the whole 元 above it, whose sums hold exactly. Worked out only for a
 * relation that fails where it is not exact elsewhere.
 */
function noiseByGrain(ctx: SearchContext, c: Candidate, verdictOf: VerdictAt): Map<number, number> {
  const byGrain = new Map<number, number>();
  const passedOver = ignored(ctx, c);
  for (let pos = 0; pos < ctx.view.positions; pos++) {
    if (passedOver(pos)) continue;
    const v = verdictOf(pos);
    if (v.status !== 'hold' && v.status !== 'weak') continue;
    const grain = ctx.view.half(c.target, pos);
    byGrain.set(grain, Math.max(byGrain.get(grain) ?? 0, deviationOf(v)));
  }
  return byGrain;
}

/** How far a holding figure is from its relation's value, beyond floating-point error. */
const deviationOf = (v: { expected: number; actual: number }): number => {
  const gap = Math.abs(v.expected - v.actual);
  return gap > 1e-9 * Math.max(1, Math.abs(v.actual)) ? gap : 0;
};

/**
 * The positions a relation is not checked at: a total or mean row does not sum a column of rates (`ignore`); a rate
 * row is no ratio of the changes in a column of changes (`change`); no relation holds at a column of codes or ranks
 * (`identifier`).
 */
export function ignored(ctx: SearchContext, c: Candidate): (pos: number) => boolean {
  const additive = c.kind !== 'ratio' && c.kind !== 'change';
  // Not a level and its change (2024年 = 2023年 + 比上年增减, in points on a row of rates); two parts of no change are
  // summed as more are (全市合计 = 其中：非公有制企业 + 社会组织, no sum on the row of 收缴率).
  const changeLine = (line: number) =>
    hasWord(ctx.label(line), 'change', ctx.lexicon) || hasWord(ctx.label(line), 'difference', ctx.lexicon);
  const ofChange = () => c.members.some(changeLine);
  // Nor is one region the difference of two others on a row of rates (清宁区 = 市辖区 − 龙平区 at 性别比): a difference
  // of rates is of periods (2024年 − 2023年 = 增减（百分点）).
  const summed =
    ctx.notSummed !== undefined &&
    (((c.kind === 'sum' || c.kind === 'average') && (c.members.length >= 3 || !ofChange())) ||
      (c.kind === 'difference' && !changeLine(c.target) && !ofChange()));
  const ofPeriods =
    c.kind === 'sum' && ctx.closing !== undefined && c.members.every((m) => ctx.periodLine?.(m) === true);
  return (pos) =>
    ctx.identifier?.(pos) === true ||
    (additive ? ctx.ignore?.(pos) === true : ctx.change?.(pos) === true) ||
    (summed && ctx.notSummed?.(pos) === true) ||
    (ofPeriods && ctx.closing?.(pos) === true);
}

/**
 * A relation's support and breaks over every position; undefined as soon as it plainly fails more than it holds.
 * `verdictOf` gives its verdicts where they are worked out for several candidates at once (see run-sums.ts).
 */
export function check(
  ctx: SearchContext,
  c: Candidate,
  verdictOf: VerdictAt = verdictsOf(ctx.view, c),
  /** The test a relation must pass to be kept: its failures are explained only then (stated ones pass another). */
  keeps: (ctx: SearchContext, r: InferredRelation) => boolean = accepted,
): InferredRelation | undefined {
  const support: number[] = [];
  const failures: Break[] = [];
  let noise = 0;
  const passedOver = ignored(ctx, c);
  // A share column's figures are its counts' at a coarser rounding: where the counts are read, the shares holding is
  // no support of its own (房产税 = 城镇土地使用税 + 国有资源有偿使用收入, by chance within 0.01 亿元 in 预算数 and 上年数,
  // held in 完成数 and so in its 占收入比重), nor where the counts break by less than the shares' rounding hides. Where
  // they break by more, the shares holding witness the figures the counts were (第二产业 4460.9 for 4055.4 beside its
  // 构成 37.4 %).
  const echoes = (pos: number, slack: number) => {
    const copy = ctx.copyOf?.(pos);
    if (copy === undefined || passedOver(copy.of)) return false;
    const counts = verdictAt(ctx.view, c, copy.of);
    return counts.status !== 'break' || Math.abs(counts.expected - counts.actual) * copy.scale <= 2 * slack;
  };
  const counts = new ExactCounts(ctx.view, c);
  // Small counts under a heading whose 合计 they all are (选派指导员 / 合计 | 专职 | 兼职: 15 = 3 + 12), or all the
  // columns of the heading right after their whole (书记总数 | 年龄结构 / 35岁及以下 … 56岁及以上), add up by what the
  // header says, not by chance: each such row supports it. Not some of them (本年减少 / 合计 = 死亡 + 转出, where
  // 停止党籍 is typed — on most rows).
  // So do the figures of a difference or change its header names (2023年 | 2022年 | 增减数: 3 = 2 + 1; 比上年下降（%）:
  // −0.4 from 1467 to 1473, as precise as one decimal allows).
  const headed =
    (c.kind === 'sum' && ctx.view.axis === 'column' && wholeHeading(ctx, c)) ||
    headedDifference(ctx, c) !== undefined ||
    headedChange(ctx, c);
  for (let pos = 0; pos < ctx.view.positions; pos++) {
    if (passedOver(pos)) continue;
    const v = verdictOf(pos);
    if (v.status === 'skip' || (v.status === 'break' && missingHides(ctx, c, pos, v))) continue;
    if (v.status === 'break') {
      failures.push({ pos, expected: v.expected, actual: v.actual, slack: v.slack });
      if (failures.length > 3 && failures.length > support.length) return undefined;
    } else {
      if ((v.status === 'hold' || (headed && v.status === 'weak')) && !echoes(pos, v.slack)) support.push(pos);
      counts.held(pos, v.expected, v.actual);
      noise = Math.max(noise, deviationOf(v));
    }
  }
  const deviation = noise;
  // Exact counts: their one inexact position is a break, and the relation has no rounding noise.
  const inexact = counts.breaks();
  if (inexact.length > 0) {
    noise = 0;
    failures.push(...inexact);
    const at = support.indexOf(inexact[0].pos);
    if (at >= 0) support.splice(at, 1);
  }
  const unbroken: InferredRelation = { ...c, axis: ctx.view.axis, support, breaks: [], unexplained: 0, deviation };
  // Explaining costs far more than checking; a relation refused even with every failure explained is refused anyway.
  if (failures.length > 0 && !keeps(ctx, unbroken)) return { ...unbroken, unexplained: failures.length };
  // A failure's noise is that of the positions of its grain, where there are any.
  let grains: Map<number, number> | undefined;
  const noiseAt = (b: Break) => {
    if (noise === 0) return 0;
    grains ??= noiseByGrain(ctx, c, verdictOf);
    const half = ctx.view.half(c.target, b.pos);
    const grain = grains.get(half) ?? noise;
    // A rate or change off where it holds by no more than its figure's own rounding (升学率 to 0.1, off by 0.05 at most)
    // is exact as shown: a break past its slack is a wrong figure, however small (a 合计 生师比 typed as the mean of the
    // rows', 14.1 for 14.2).
    return (c.kind === 'ratio' || c.kind === 'change') && grain <= half * (1 + 1e-9) ? 0 : grain;
  };
  return { ...unbroken, ...confirmedBreaks(ctx, c, failures, noiseAt, support) };
}

/**
 * Whether a sum breaks only as a part marked none may hide a figure: at a change between periods (临空经济区, new in
 * 2024: its whole figure in 全市's 增减量), or below its total where the sheet says why (滨海新区① — in 2010年,
 * counted in the districts it was formed of; a note naming 高新区、综保区), as the declared total rows read it.
 * Elsewhere the mark is none (本月新增 — | 22 under 全市 7; an English table's -).
 */
const missingHides = (ctx: SearchContext, c: Candidate, pos: number, v: { expected: number; actual: number }) =>
  c.kind === 'sum' &&
  c.members.some(
    (m) =>
      ctx.view.missing(m, pos) &&
      (ctx.betweenPeriods?.(pos) === true || (v.actual > v.expected && ctx.explained?.(m) === true)),
  );

/**
 * A line of a sum or mean whose figures all stand where the relation breaks (合计 | 其中：非公有制企业 typed in 党员数
 * only | the towns): the relation was never seen to hold with it, and breaking where it has figures says it is no
 * member (another split of the total), not that a figure is wrong.
 */
function unconfirmedMember(ctx: SearchContext, r: InferredRelation): boolean {
  if ((r.kind !== 'sum' && r.kind !== 'average') || r.breaks.length === 0) return false;
  const { view } = ctx;
  const broken = new Set(r.breaks.map((b) => b.pos));
  return r.members.some((m) => {
    let figures = false;
    for (let pos = 0; pos < view.positions; pos++) {
      if (Number.isNaN(view.value(m, pos))) continue;
      if (!broken.has(pos)) return false;
      figures = true;
    }
    return figures;
  });
}

/**
 * A sum over a line and a line nested in it (L 租赁和商务服务业 = J 金融业 + J66 … J69, matched in a few columns by
 * accident): no table adds a whole and its own parts.
 */
function countsTwice(ctx: SearchContext, r: InferredRelation): boolean {
  const { nestedIn } = ctx;
  if (!nestedIn || r.kind !== 'sum') return false;
  // Every line the members are nested in, each chain walked up once: a total's 50,000 rows are nested in one line.
  const outers = new Set<number>();
  for (const m of r.members)
    for (let outer = nestedIn(m); outer !== undefined && !outers.has(outer); outer = nestedIn(outer)) outers.add(outer);
  return r.members.some((m) => outers.has(m));
}

/**
 * A sum over lines numbered as the target is, nested in the same line (一、东城区 = 二、金山县 + 三、桃源县, all three
 * members of 合计, matched in two columns by accident): siblings, whose total adds them all; nor a 其中 part of the
 * line over them. Nor is a line the sum of one of its own members and a line nested elsewhere (二、乡镇 = 城西街道 +
 * 李集乡).
 */
function amongSiblings(ctx: SearchContext, r: InferredRelation): boolean {
  const { nestedIn } = ctx;
  if (!nestedIn || r.kind !== 'sum') return false;
  const parent = nestedIn(r.target);
  const numberingOf = (line: number) => labelNumbering(ctx.lexicon, compactText(ctx.label(line)));
  const level = numberingOf(r.target);
  const siblings = parent !== undefined && r.members.every((m) => nestedIn(m) === parent);
  if (siblings && level !== undefined && r.members.every((m) => numberingOf(m) === level)) return true;
  // Nor is a 其中 part of a total the sum of some of that total's members (总计 | 其中：非公企业 | 社会组织 | the counties).
  const aside = ctx.aside;
  if (siblings && aside && aside(r.target) && !r.members.some(aside)) return true;
  const within = r.members.map(nestedIn);
  return within.includes(r.target) && within.some((line) => line !== undefined && line !== r.target);
}

/** Enough support, almost no breaks, and a target that varies (a constant column is matched by accident). */
export function accepted(ctx: SearchContext, r: InferredRelation): boolean {
  if (unconfirmedMember(ctx, r) || countsTwice(ctx, r) || amongSiblings(ctx, r) || acrossBlocks(ctx, r)) return false;
  // A change is a rate in per cent: no count of whole things (党群服务中心（个）), however small counts fit one (2 = (3 − 1)
  // ÷ 1). Nor, where it breaks, a change in points (增减（百分点）): rates of 100 fit both readings (100 to 88.9 is −11.1
  // either way), and a break is the difference's to tell (90.6 to 94 is 3.4 points, no 3.75 %).
  if (r.kind === 'change' && (countsWholeThings(ctx, r.target) || (inPoints(ctx, r.target) && r.breaks.length > 0)))
    return false;
  // A change over its rate (党组织数/比上年增减 ÷ 增长 × 100) is its own subject's earlier figure, no other subject's
  // (书记人数/数量, matched on three rows by chance).
  if (r.kind === 'ratio' && r.axis === 'column' && workedBackToOther(ctx, r)) return false;
  if (r.kind === 'ratio' && (overItsOwnLevel(ctx, r) || scaleAgainstUnits(ctx, r))) return false;
  // A row that says it is a total sums rows; it is no percentage of two (本级支出合计 = 住房改革支出 ÷ 住房保障支出 × 100
  // in five columns of 亿元 rounded to two decimals, by chance), but where a rate is in it (Gross profit % = Gross
  // profit ÷ Total revenues, or read the other way, as Total revenues = Gross profit ÷ Gross margin is before its rate
  // is made its target). A column may be one (全年办结 = 全年受理 × 办结率 ÷ 100).
  const rate = (line: number) => hasWord(ctx.label(line), 'rate', ctx.lexicon);
  const lines = [r.target, ...r.members];
  if (r.kind === 'ratio' && r.axis === 'row' && r.scale === 100 && saysTotal(ctx, r.target) && !lines.some(rate))
    return false;
  // A line named a sum is no mean of others (合计 of a sheet of 占比, each region's rates close enough for four of five
  // groups' mean to fall within the rounding on seven rows), unless it also says it is a mean. A whole period's is
  // (全年 of 月平均气温).
  const label = ctx.label(r.target);
  if (r.kind === 'average' && ctx.lexicon.sumTotal.test(compactText(label)) && !hasWord(label, 'average', ctx.lexicon))
    return false;
  // A whole is no sum of parts of two attributes (本期增加/小计 = 其中：女 + 35岁及以下, on three rows by chance): the
  // women and the young overlap.
  if (r.kind === 'sum' && ofTwoAttributes(ctx, r.members)) return false;
  if (r.breaks.length > 0 && r.support.length < TWO_ROW_SUPPORT && scatteredPair(ctx, r)) return false;
  if (namedTotal(ctx, r) || namedDifference(ctx, r) || namedChange(ctx, r) || namedRate(ctx, r))
    return r.breaks.length + r.unexplained <= 1;
  // A pair of rows is held to the columns' standard: a total row is the only relation between rows trusted on less.
  const fewest = r.kind === 'sum' ? MIN_SUPPORT[ctx.view.axis] : MIN_SUPPORT.column;
  // A precise ratio or change needs fewer: asked only when short, not of a column's 50,000 supporting rows.
  if (r.support.length < fewest && (r.kind === 'sum' || r.support.length < PRECISE_SUPPORT || !precise(ctx, r)))
    return false;
  // Among thousands of rows some row equals the sum of its two neighbours by chance: a total row sums three or more
  // rows, or says it is a total. A short table's sum of two rows apart on the fewest columns it allows holds exactly:
  // small counts add up within their rounding by chance (城关镇 63 ≈ 松林镇 27 + 白马镇 37, rows between them, and 43 ≈
  // 18 + 26). The two rows right under or over it are its parts within their rounding too (North-America | Canada |
  // United States).
  const pairSupport =
    r.kind === 'sum' && r.members.length === 2 && r.deviation > 0 && runAfter(r.target, r) === 0
      ? TWO_ROW_SUPPORT
      : twoRowSupport(ctx);
  if (r.axis === 'row' && r.members.length < 3 && !saysTotal(ctx, r.target) && r.support.length < pairSupport)
    return false;
  // Nor is a place the sum of two other places (永丰镇 26 | 24 | 71 | 72 = 红旗街道 + 回龙镇 but at 已完成换届村数): a town is
  // no two towns; where a place sums others, the layout reads it as their total.
  const place = (line: number) => namesRegion(compactText(ctx.label(line)), ctx.lexicon);
  if (
    r.axis === 'row' &&
    r.kind === 'sum' &&
    r.members.length === 2 &&
    !saysTotal(ctx, r.target) &&
    [r.target, ...r.members].every(place)
  )
    return false;
  // In a long ledger of small counts, three rows also add up within their rounding by chance: there a total row that
  // does not say it is one holds exactly, or at the support a pair of rows needs.
  if (
    r.axis === 'row' &&
    ctx.view.lines > SHORT_TABLE &&
    r.deviation > 0 &&
    !saysTotal(ctx, r.target) &&
    r.support.length < twoRowSupport(ctx)
  )
    return false;
  // Whole figures read as rounded that are exact too rarely for rounding to explain the rest add up by accident.
  if (r.deviation > 0 && rarelyExact(ctx.view, r, r.support)) return false;
  // Nearly every position: one break, or one in twenty where there are many; failures too small to report count too.
  const failures = r.breaks.length + r.unexplained;
  if (failures > (r.support.length >= 40 ? Math.floor(r.support.length / 20) : 1)) return false;
  // Two columns that a total row sums exactly over three or more rows are enough evidence; elsewhere three positions.
  if (failures > 0 && r.support.length < (r.axis === 'row' && r.members.length >= 3 ? 2 : 3)) return false;
  // A constant divisor makes the ratio a copy of one line, which a few rows can match by accident (where a third
  // line is zero): it needs twice the support. A change from a line of one figure is a difference by that figure
  // (单独建立 = (合计 − 联合建立) ÷ 联合建立 where 联合建立 is 1): no change at all.
  if (constantDivisor(ctx.view, r) && (r.kind === 'change' || r.support.length < 2 * MIN_SUPPORT.column)) return false;
  // A figure that names no rate is no ratio of two rates (Ⅰ～Ⅲ类断面数 = Ⅰ～Ⅲ类比例 ÷ 劣Ⅴ类比例 where each basin has one
  // 劣Ⅴ section): matched by accident.
  if (r.kind === 'ratio' && r.members.every(rate) && !rate(r.target)) return false;
  // Nor is a count of whole things, no mean, the quotient of two other counts (已建党组织数 = 民营医院数 ÷ 其中：单独建, on
  // three rows of small counts by chance): counts divide into rates, means and counts per thousand (每千老年人口床位数（张）).
  if (
    r.kind === 'ratio' &&
    r.scale === 1 &&
    !hasWord(label, 'average', ctx.lexicon) &&
    lines.every((line) => countsWholeThings(ctx, line))
  )
    return false;
  // Nor is a rate a sum of figures that name none (电视节目人口综合覆盖率 99.92 = 文化馆 8 + 文化站 91, within the counts'
  // rounding once the rate's is added to it): a rate sums rates.
  if (r.kind === 'sum' && rate(r.target) && !r.members.some(rate)) return false;
  // Nor is a count of whole things a sum with a share its header states in per cent among its parts (行政村个数（个） =
  // three bands' 村数 + 50万元及以上/比重（%）, the last band blank on most rows).
  const inPercent = (line: number) =>
    PER_CENT_SIGN.test(ctx.header?.(line) ?? ctx.label(line)) ||
    ctx.view.percent(line, r.support[0]) ||
    inPoints(ctx, line);
  if (r.kind === 'sum' && countsWholeThings(ctx, r.target) && r.members.some(inPercent)) return false;
  // Nor is it a ratio in per cent or per mille where no line names a rate, a mean, an index or a unit, holding only
  // within a wide span (禽蛋 = 奶类 ÷ 生猪存栏 × 100, 奶类 0.13 rounded so coarsely that four years of six fit by chance;
  // an Index to five decimals is no accident); a unit tells the scale (scaleAgainstUnits), a rate among the members
  // makes a count of its base (全年受理 = 全年办结 ÷ 办结率 × 100), an index is per 100 (2024年（上年=100） =
  // 2024年（2020年=100） ÷ 2023年（2020年=100） × 100).
  const saysNoScale = (line: number) =>
    !rate(line) &&
    !hasWord(ctx.label(line), 'average', ctx.lexicon) &&
    !ctx.lexicon.notAdditive.test(ctx.header?.(line) ?? ctx.label(line)) &&
    !inPercent(line) &&
    perPower(ctx, line) === undefined &&
    headerUnit(ctx, line) === undefined;
  if (r.kind === 'ratio' && (r.scale === 100 || r.scale === 1000) && lines.every(saysNoScale) && coarse(ctx, r))
    return false;
  // Nor is a line of whole figures that names no rate a sum or difference with one in per cent (上年参评数 =
  // 参加评定党组织数 − 同比增减%, within the rounding of whole counts on three columns by chance).
  const whole = (line: number) => r.support.every((pos) => Number.isInteger(ctx.view.value(line, pos)));
  if (
    (r.kind === 'sum' || r.kind === 'difference') &&
    lines.some(inPercent) &&
    lines.some((line) => !inPercent(line) && !rate(line) && whole(line))
  )
    return false;
  // Nor is it a figure over a share in per cent, but where the figure is that share's count (Enrollment = Eligible ÷
  // Percent eligible): 总收入 = 村均收入 ÷ 空壳村占比（%） × 100 holds by accident in towns of one 空壳村 each. (Over an
  // exchange rate, an amount is converted.)
  if (r.kind === 'ratio' && inPercent(r.members[1]) && !rate(r.target) && !countOverShare(ctx.view, r, r.support))
    return false;
  return varies(ctx, r, r.target) || distributionWhole(ctx, r);
}

/** Whether a ratio is a difference over a change of one subject, its target under another heading. */
function workedBackToOther(ctx: SearchContext, r: InferredRelation): boolean {
  const [difference, change] = r.members;
  const heading = headingOf(ctx, difference);
  return (
    hasWord(ctx.label(difference), 'difference', ctx.lexicon) &&
    hasWord(ctx.label(change), 'change', ctx.lexicon) &&
    heading !== '' &&
    headingOf(ctx, change) === heading &&
    headingOf(ctx, r.target) !== heading
  );
}

/**
 * Whether a ratio is a growth over its change and a level of no earlier period (比上年增长（%） = 比上年增减 ÷ 年末户籍人口
 * × 100, down a row of years): a growth is over the year before's level, and over this year's it fits within the
 * rounding by chance where the change is small (1.16 = 6.31 ÷ 545.90 beside 552.21).
 */
function overItsOwnLevel(ctx: SearchContext, r: InferredRelation): boolean {
  const [difference, level] = r.members;
  return (
    hasWord(ctx.label(r.target), 'change', ctx.lexicon) &&
    hasWord(ctx.label(difference), 'difference', ctx.lexicon) &&
    // Over the period before (比上年), not a natural increase over the mean population (自然增长率).
    [r.target, difference].some((line) => hasWord(ctx.label(line), 'earlier', ctx.lexicon)) &&
    !hasWord(ctx.label(level), 'earlier', ctx.lexicon) &&
    !periodLine(ctx, level)
  );
}

/** Lines apart a row and the two it adds up or takes apart may lie and still be read together (a blank row, a 其中 row). */
const NEAR_ROWS = 3;

/**
 * Whether a row is the sum or difference of two rows far from it and from each other, naming no total nor change
 * (交通运输、仓储和邮政业 = 化学原料和化学制品制造业 + 水利、环境和公共设施管理业 on three columns of small counts): among
 * thirty industries such pairs hold on three columns by chance, so a break is told only beside four that hold
 * (Operating revenue = Operating expenses + Operating margin over five years).
 */
function scatteredPair(ctx: SearchContext, r: InferredRelation): boolean {
  if (ctx.view.axis !== 'row' || (r.kind !== 'sum' && r.kind !== 'difference') || r.members.length !== 2) return false;
  const lines = [r.target, ...r.members];
  if (lines.some((line) => saysTotal(ctx, line) || hasWord(ctx.label(line), 'difference', ctx.lexicon))) return false;
  return Math.max(...lines) - Math.min(...lines) > NEAR_ROWS;
}

/** Whether a line counts whole things: the layout reads it as counts, or its header states 个, 人, 家. */
function countsWholeThings(ctx: SearchContext, line: number): boolean {
  if (ctx.counts?.(line) === true) return true;
  const unit = headerUnit(ctx, line);
  return unit !== undefined && isCountUnit(unit, ctx.lexicon);
}

/** Whether the lines' own names name two attributes (女 → sex, 35岁及以下 → age; see attributeKinds). */
function ofTwoAttributes(ctx: SearchContext, lines: number[]): boolean {
  let first: string | undefined;
  for (const line of lines) {
    const kind = ctx.lexicon.attributeKindOf(splitOfWhich(leafOf(ctx, line), ctx.lexicon).text);
    if (kind === undefined) continue;
    if (first !== undefined && kind !== first) return true;
    first = kind;
  }
  return false;
}

/** Whether a line's header states points (百分点): a unit of per cent written without the sign. */
function inPoints(ctx: SearchContext, line: number): boolean {
  const unit = headerUnit(ctx, line);
  return unit !== undefined && ctx.lexicon.unitOf(unit)?.kind === 'percent' && !PER_CENT_SIGN.test(unit);
}

/** The unit a line's header states in brackets (`增减（百分点）` → 百分点), if any. */
export const headerUnit = (ctx: SearchContext, line: number): string | undefined => {
  const header = ctx.header?.(line);
  return header === undefined ? undefined : normaliseHeader(header, ctx.lexicon).unit;
};

/**
 * The power of ten a rate's header says it is per, in its words or its unit (每千人口床位 3, 孕产妇死亡率（1/10万） 5, （%）
 * 2, （‰） 3), if it says one.
 */
export function perPower(ctx: SearchContext, line: number): number | undefined {
  const unit = headerUnit(ctx, line);
  const { lexicon } = ctx;
  return (
    lexicon.perPopulation(ctx.label(line)) ??
    (unit === undefined ? undefined : (lexicon.perPopulation(unit) ?? RATE_POWERS[unit]))
  );
}
const RATE_POWERS: Record<string, number | undefined> = { '%': 2, '\u2030': 3 };

/**
 * A ratio at a scale its lines' stated units do not give (生态环境用水（亿立方米） = 工业用水（亿立方米） ÷ 水库（座） × 100,
 * matched on a few years of slow-moving figures): where all three state a unit, none per unit, each figure is a
 * multiple of its base (亿 10^8, 万 10^4) or a rate per so many (% 10^-2, ‰ 10^-3, 1/10万 10^-5), and the scale is what
 * those make (人均（元） = 亿元 ÷ 万人 × 10,000; 覆盖率（%） × 100; 年平均人口 = 出生人数 ÷ 出生率（‰） × 1000).
 */
function scaleAgainstUnits(ctx: SearchContext, r: InferredRelation): boolean {
  const { lexicon } = ctx;
  const lines = [r.target, ...r.members];
  const powers = lines.map((line) => {
    const unit = headerUnit(ctx, line);
    const scale = unit === undefined || lexicon.isRatioUnit(unit) ? undefined : lexicon.unitOf(unit)?.scale;
    return scale === undefined ? undefined : scale - (perPower(ctx, line) ?? 0);
  });
  if (powers.length !== 3 || powers.some((p) => p === undefined)) return false;
  const [target, numerator, divisor] = powers as number[];
  // A scale no power of ten (a year's amount over its months, × 10,000 ÷ 12) is the units' and a period's: not judged.
  const scale = Math.log10(Math.abs(r.scale));
  return Math.abs(scale - Math.round(scale)) < 1e-9 && Math.abs(scale - (numerator - divisor - target)) > 1e-9;
}

/**
 * Whether a line's figures where the relation holds vary: a few distinct figures tell (a column's 50,000 supporting
 * rows are not all put in a set).
 */
function varies(ctx: SearchContext, r: InferredRelation, line: number): boolean {
  const needed = Math.min(3, MIN_SUPPORT[ctx.view.axis]);
  const distinct = new Set<number>();
  for (let i = 0; i < r.support.length && distinct.size < needed; i++) distinct.add(ctx.view.value(line, r.support[i]));
  return distinct.size >= needed;
}

/**
 * A percentage distribution's whole: 100 (or 1) on every row, the sum of three or more lines whose figures vary
 * (enrolment by size class, each row of shares adding up to 100): constant by what it is, not matched by accident.
 */
function distributionWhole(ctx: SearchContext, r: InferredRelation): boolean {
  const whole = ctx.view.value(r.target, r.support[0]);
  return (
    r.kind === 'sum' &&
    r.members.length >= 3 &&
    (whole === 100 || whole === 1) &&
    r.members.some((m) => varies(ctx, r, m))
  );
}

/**
 * A line that says it is a total and is the sum of three or more lines, none blank and three not zero, at a position,
 * closer than half its smallest part (a Total row over the quarters, a Total column over five vessel types): that the
 * lines are its parts is settled by its words and a sum no accident gives, so a second position of a two-row or
 * two-column table is held to it. Two lines under a Total need two positions (a Total column over Exports and Imports,
 * three states).
 */
function namedTotal(ctx: SearchContext, r: InferredRelation): boolean {
  // Past the support any sum is held to (and two positions), the words need not settle it.
  const settled = Math.max(3, MIN_SUPPORT[ctx.view.axis]);
  if (r.kind !== 'sum' || (r.support.length >= settled && !totalOfItsHeading(ctx, r))) return false;
  // A subtotal is no sum of another of its name and a row of its own (小计 = 小计 + 柳林镇): the two are peers.
  const name = compactText(ctx.label(r.target));
  const peer = (m: number) => compactText(ctx.label(m)) === name;
  if (r.members.some(peer) && !r.members.every((m) => peer(m) || saysTotal(ctx, m))) return false;
  // A part marked as one (`#`, `其中`) may be one of a partial list, whose total is more than its listed parts.
  if (!saysTotal(ctx, r.target) || r.members.some((m) => ctx.lexicon.partMarker.test(ctx.label(m)))) return false;
  if (!r.support.every((pos) => closeAt(ctx.view, r, pos))) return false;
  if (r.blanksAsZero) return false;
  // Three figures there that are not zero (both of two): 0 = 0 + 0 is no evidence of what a line sums; 780 over seven
  // quizzes of 100, one of 80 and an extra credit of 0 is.
  // Counted, not listed: a Total column's support is 50,000 rows.
  const needed = Math.min(3, r.members.length);
  // A sum of small whole figures (9 = 4 + 1 + 4) is one an accident gives: at a position of its own, the sum tells only
  // where it is large (tellsAlone), or where it is exact at others too, read as rounded there (奖牌总数 = 金牌 + 银牌 + 铜牌
  // in 枚).
  const telling = (pos: number) => r.support.length > 1 || tellsAlone(ctx.view, r, pos) || exactAtSeveral(ctx.view, r);
  const full = (pos: number) => {
    let figures = 0;
    for (const m of r.members) {
      const v = ctx.view.value(m, pos);
      if (v !== 0 && !Number.isNaN(v) && ++figures >= needed) return telling(pos);
    }
    return false;
  };
  // Two parts need two positions or more, each with both figures (a heading's 合计 | 市级 | 县级 over three types).
  return r.members.length === 2 ? r.support.length >= 2 && r.support.every(full) : r.support.some(full);
}

/** A line's name without its 其中 mark and its numbering (其中：按期办结 → 按期办结, 三、按期办结率 → 按期办结率). */
function bareName(ctx: SearchContext, line: number): string {
  const name = splitOfWhich(ctx.label(line), ctx.lexicon).text;
  // The numbering patterns are anchored at the start.
  for (const pattern of ctx.lexicon.numberingLevels) {
    const mark = pattern.exec(name)?.[0];
    if (mark !== undefined) return name.slice(mark.length);
  }
  return name;
}

/**
 * A percentage named as its count's rate, over the whole that count is a part of (按期办结率 = 其中：按期办结 ÷ 办结数 ×
 * 100), close at two positions or more: its words settle the relation, so a short table of indicators (本月 | 累计 |
 * 上年同期) is held to it, as to a named total.
 */
function namedRate(ctx: SearchContext, r: InferredRelation): boolean {
  if (r.kind !== 'ratio' || r.scale !== 100 || r.support.length < 2) return false;
  const [count, base] = r.members;
  if (ctx.nestedIn?.(count) !== base) return false;
  const [target, stem] = [bareName(ctx, r.target), bareName(ctx, count)];
  return (
    stem.length >= 2 &&
    target !== stem &&
    target.startsWith(stem) &&
    hasWord(target, 'rate', ctx.lexicon) &&
    r.support.every((pos) => closeAt(ctx.view, r, pos))
  );
}

/** Whether a line's label is a period and nothing more (2023年, 2024年1—6月, 上年), under its parent (销售面积/2023年). */
const periodLine = (ctx: SearchContext, line: number) =>
  namesPeriod(leafOf(ctx, line).replace(/\s+/g, ''), ctx.lexicon);

/**
 * Two period columns and a third headed as their difference (2023年 | 2022年 | 比上年增减（百分点）), not in per cent
 * (a growth rate is no difference): the difference's line, where the relation is between those three. Or one
 * subject's columns under two period headings (2024年 / 党员占比（%） | … | 2025年 / 党员占比（%） | 增减（百分点）).
 */
export function headedDifference(ctx: SearchContext, r: Candidate): number | undefined {
  if (ctx.view.axis !== 'column' || (r.kind !== 'sum' && r.kind !== 'difference') || r.members.length !== 2)
    return undefined;
  const lines = [r.target, ...r.members];
  const periods = lines.filter((line) => periodLine(ctx, line));
  const blocks = lines.filter((line) => namesPeriod(headingOf(ctx, line).replace(/[\s/]+/g, ''), ctx.lexicon));
  const oneSubjectTwice = blocks.length === 2 && leafOf(ctx, blocks[0]) === leafOf(ctx, blocks[1]);
  const changes = lines.filter((line) => hasWord(ctx.label(line), 'difference', ctx.lexicon));
  // Its own header, not its heading's (团组织覆盖率（%） / 比上年增减（百分点）), says whether it is in per cent.
  const own = ctx.header?.(changes[0]);
  if (
    (periods.length !== 2 && !oneSubjectTwice) ||
    changes.length !== 1 ||
    own === undefined ||
    PER_CENT_SIGN.test(own.slice(own.lastIndexOf('/') + 1))
  )
    return undefined;
  // Points are a difference of rates, not of counts (2024年底 / 数量 | 2023年 / 数量 | 比上年 / 百分点).
  if (inPoints(ctx, changes[0]) && lines.some((line) => line !== changes[0] && countsWholeThings(ctx, line)))
    return undefined;
  return changes[0];
}

/**
 * A headed difference that holds exactly as shown at three rows: the header says what the columns are, so a short
 * table of indicators is held to it, as a named total is.
 */
function namedDifference(ctx: SearchContext, r: InferredRelation): boolean {
  return (
    headedDifference(ctx, r) !== undefined &&
    r.support.length >= 3 &&
    r.support.every((pos) => closeAt(ctx.view, r, pos))
  );
}

/**
 * A change between two period columns headed as one, naming the later period (2021年 | 2022年 | 2023年 |
 * 2023年比上年增长（%）), or with no period where the table has those two only (2022年 | 2023年 | 增长（%）), or between
 * two columns of one subject at two periods (在校学生数 | 上年在校学生数 | 在校生比上年增长（%）).
 */
export function headedChange(ctx: SearchContext, c: Candidate): boolean {
  if (ctx.view.axis !== 'column' || c.kind !== 'change') return false;
  const compact = (line: number) => ctx.label(line).replace(/\s+/g, '');
  const target = compact(c.target);
  const named = hasWord(target, c.scale < 0 ? 'decline' : 'change', ctx.lexicon);
  if (!named) return false;
  const heading = headingOf(ctx, c.target);
  if (!c.members.every((line) => periodLine(ctx, line))) {
    // Or two leaves of one subject under the change's own heading (实缴党费 / 累计 | 上年同期累计 | 同比增减（%）).
    const [a, b] = c.members;
    const leaf = (line: number) => leafOf(ctx, line).replace(/\s+/g, '');
    return (
      oneSubject(ctx, compact(a), compact(b)) ||
      (heading !== '' &&
        headingOf(ctx, a) === heading &&
        headingOf(ctx, b) === heading &&
        oneSubject(ctx, leaf(a), leaf(b)))
    );
  }
  if (target.startsWith(compact(c.members[1]))) return true;
  // The periods under the change's own parent (销售面积/2023年 | 2024年 | 增长 beside 销售额/2024年 | 增长).
  let periods = 0;
  for (let line = 0; line < ctx.view.lines; line++)
    if (periodLine(ctx, line) && headingOf(ctx, line) === heading) periods++;
  return (
    periods === 2 && !/\d{4}/.test(leafOf(ctx, c.target)) && c.members.every((line) => headingOf(ctx, line) === heading)
  );
}

/**
 * Whether a relation's columns differ both in their heading and in their period or change (党员数/上年同期 = 党员数/本期 −
 * 建立党组织企业数/增减): a table works out periods within one subject, and subjects within one period.
 */
function acrossBlocks(ctx: SearchContext, r: InferredRelation): boolean {
  if (ctx.view.axis !== 'column') return false;
  if (anotherBlocksOwn(ctx, r)) return true;
  const lines = [r.target, ...r.members];
  const timed = (text: string) => namesTime(text, ctx.lexicon);
  // A heading of a time (参保人数/2022年 | 2023年 then 比上年/增减量) heads no subject.
  if (lines.some((line) => headingOf(ctx, line) === '' || timed(headingOf(ctx, line)))) return false;
  const leaves = new Set(lines.map((line) => leafOf(ctx, line)));
  return leaves.size > 1 && [...leaves].every(timed) && new Set(lines.map((line) => headingOf(ctx, line))).size > 1;
}

/**
 * Whether a column is worked out from another block's columns where that block has a column of its name (基金会/覆盖率 =
 * a change of 民办非企业单位/总数 and /已建党组织, on five rows of small counts by chance, beside 民办非企业单位/覆盖率):
 * each block's figures are worked out from its own.
 */
function anotherBlocksOwn(ctx: SearchContext, r: InferredRelation): boolean {
  const heading = headingOf(ctx, r.members[0]);
  if (heading === '' || heading === headingOf(ctx, r.target) || r.members.some((m) => headingOf(ctx, m) !== heading))
    return false;
  const leaf = leafOf(ctx, r.target);
  for (let line = 0; line < ctx.view.lines; line++)
    if (
      line !== r.target &&
      !r.members.includes(line) &&
      headingOf(ctx, line) === heading &&
      leafOf(ctx, line) === leaf
    )
      return true;
  return false;
}

/** Two headers of one subject, a period before one of them at least (上年在校学生数 | 在校学生数). */
function oneSubject(ctx: SearchContext, a: string, b: string): boolean {
  const [pa, pb] = [ctx.lexicon.periodHeader.exec(a), ctx.lexicon.periodHeader.exec(b)];
  return (pa !== null || pb !== null) && (pa?.[2] ?? a) === (pb?.[2] ?? b);
}

/** A headed change that holds at three rows: a short table of indicators is held to it, as to a headed difference. */
const namedChange = (ctx: SearchContext, r: InferredRelation) => r.support.length >= 3 && headedChange(ctx, r);

/**
 * A headed difference found as a sum (2023年 = 2022年 + 比上年增减), restated as the difference the table computed
 * (比上年增减 = 2023年 − 2022年): a break is told about, and blamed on, the column worked out from the other two.
 */
export function restatedDifference(ctx: SearchContext, r: InferredRelation): InferredRelation {
  const change = r.kind === 'sum' ? headedDifference(ctx, r) : undefined;
  const level = r.members.find((m) => m !== change);
  if (change === undefined || level === undefined || change === r.target) return r;
  const v = (line: number, pos: number) => ctx.view.value(line, pos);
  return {
    ...r,
    kind: 'difference',
    target: change,
    members: [r.target, level],
    // A change marked none (合格率 | 95.9% | 91.5% | — under 比上年增减, points left out) is not given, not wrong: the sum
    // read the dash as 0.
    breaks: r.breaks
      .filter((b) => !Number.isNaN(v(change, b.pos)))
      .map((b) => ({ ...b, expected: v(r.target, b.pos) - v(level, b.pos), actual: v(change, b.pos) })),
  };
}

/**
 * Whether a sum's lines stand under one heading, its target headed as their total (本年减少 / 合计 | 死亡 | 转出 | 出党):
 * the header says what the lines are, so that small counts, which add up by chance as often as not, are held to it
 * as a short table's total is (see namedTotal), and a part above the total is a wrong figure, not a line of rates.
 */
export function totalOfItsHeading(ctx: SearchContext, r: Candidate): boolean {
  if (ctx.view.axis !== 'column' || r.kind !== 'sum') return false;
  const heading = (line: number) => headingOf(ctx, line);
  const own = heading(r.target);
  return (
    own !== '' && hasWord(leafOf(ctx, r.target), 'total', ctx.lexicon) && r.members.every((m) => heading(m) === own)
  );
}

/** A column's label up to its last part, with the `/` (`本年减少/` of `本年减少/合计`); '' for a label of one part. */
const headingOf = (ctx: SearchContext, line: number) => ctx.label(line).slice(0, ctx.label(line).lastIndexOf('/') + 1);
/** A column's last label part (`合计` of `本年减少/合计`, `2023年` of `销售面积/2023年`): the label of one part whole. */
export const leafOf = (ctx: SearchContext, line: number) => ctx.label(line).slice(headingOf(ctx, line).length);

/** Whether a sum's members are all the other lines of its target's heading, or all of a heading next to it. */
function wholeHeading(ctx: SearchContext, c: Candidate): boolean {
  const heading = (l: number) => headingOf(ctx, l);
  const own = heading(c.members[0]);
  if (own === '' || c.members.some((m) => heading(m) !== own)) return false;
  let under = 0;
  for (let l = 0; l < ctx.view.lines; l++) if (l !== c.target && heading(l) === own) under++;
  if (under !== c.members.length) return false;
  if (heading(c.target) === own) return totalOfItsHeading(ctx, c);
  const [least, most] = [Math.min(...c.members), Math.max(...c.members)];
  return least === c.target + 1 || most === c.target - 1;
}

/**
 * Whether the relation's figures give its target at a position closer than half its smallest part: within the rounding
 * of a hundred whole figures (± 50) a total also "holds" over all but one of its parts, which this tells apart.
 */
export function closeAt(view: GridView, r: Candidate, pos: number, v = verdictAt(view, r, pos)): boolean {
  if (v.status === 'skip') return false;
  let smallest = Infinity;
  for (const m of r.members) smallest = Math.min(smallest, Math.abs(view.value(m, pos)));
  return Math.abs(v.expected - v.actual) <= Math.max(eps(v.expected, v.actual), smallest / 2 - eps(smallest));
}

/** Most failures a refused relation may have and still point at a cell (see nearRelation). */
const NEAR_FAILURES = 2;
/** How many times its rounding slack a refused relation's target must be where it holds exactly. */
const NEAR_PRECISION = 100;

/**
 * A refused relation that holds where it holds as no accident gives (to the unit, closer than half its smallest part,
 * figures a hundred times their slack, at enough positions) and fails at no more than two, and never more often than
 * it holds: Payments = the sum of its four programmes at the one other column of a short table. Not reported; it only
 * tells which cell of a relation kept is wrong where both fail on it (suspect.ts).
 */
export function nearRelation(ctx: SearchContext, r: InferredRelation): NearRelation | undefined {
  const failures = r.breaks.length + r.unexplained;
  // A sum of three or more lines exact at one position is no accident; between two lines, neighbouring rows of a long
  // ledger match by chance, and are held to the support of a relation kept.
  const enough =
    r.kind === 'sum' && r.members.length >= 3 ? 1 : r.axis === 'row' ? twoRowSupport(ctx) : MIN_SUPPORT.column;
  if (failures === 0 || failures > NEAR_FAILURES || r.support.length < Math.max(failures, enough)) return undefined;
  // Small whole figures adding up (9 = 4 + 1 + 4) match at one position by chance (see tellsAlone).
  const exact = r.support.some((pos) => {
    const v = verdictAt(ctx.view, r, pos);
    return (
      v.status === 'hold' &&
      NEAR_PRECISION * v.slack <= Math.abs(v.actual) &&
      closeAt(ctx.view, r, pos, v) &&
      tellsAlone(ctx.view, r, pos)
    );
  });
  if (!exact) return undefined;
  const passedOver = ignored(ctx, r);
  const breaks: Break[] = [];
  for (let pos = 0; pos < ctx.view.positions && breaks.length <= failures; pos++) {
    if (passedOver(pos)) continue;
    const v = verdictAt(ctx.view, r, pos);
    if (v.status === 'break') breaks.push({ pos, expected: v.expected, actual: v.actual, slack: v.slack });
  }
  return breaks.length === 0 || breaks.length > failures ? undefined : { relation: r, breaks };
}

/**
 * Whether a relation holds only within a wide span at most of its positions: more than a hundredth of the figure either
 * way (奶类 0.13 over 生猪存栏 11.88 gives 1.05 to 1.14 for 禽蛋 1.09), where a figure lands by chance.
 */
function coarse(ctx: SearchContext, r: InferredRelation): boolean {
  const verdict = verdictsOf(ctx.view, r);
  let wide = 0;
  for (const pos of r.support) {
    const v = verdict(pos);
    if (v.status !== 'skip' && v.slack > NOISE_SHARE * Math.abs(v.actual)) wide++;
  }
  return wide * 2 > r.support.length;
}

/**
 * Whether a ratio's or change's target is shown to a ten-thousandth of itself (four significant digits) wherever the
 * relation holds: earnings per share of −0.08858 that are net income over shares at three quarters are no accident,
 * where rates to one decimal of two indices near 100 match at three columns by chance.
 */
function precise(ctx: SearchContext, r: InferredRelation): boolean {
  return r.support.every((pos) => ctx.view.half(r.target, pos) <= PRECISE * Math.abs(ctx.view.value(r.target, pos)));
}
