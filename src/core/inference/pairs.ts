import { headedChange, headedDifference, headerUnit, ignored, MIN_SUPPORT, perPower, SHORT_TABLE } from './acceptance';
import { addCandidate, type Candidate, type SearchContext, type Stats } from './search-context';
import type { GridView } from './grid';
import { DECLINE_SCALES, firstAtLeast, MONTHS_A_YEAR, RATIO_SCALES, SCALES, verdictAt } from './relations';
import { hasWord } from './words';

/**
 * Differences, ratios and changes proposed between two lines. Lines near the target are tried pair by pair on a sample
 * of positions. In a short table too long for that, a line of rates is tried against any two lines (a statement's
 * `Gross profit %` is its gross profit over total revenues ten lines up, `Debt / equity` two lines sixteen rows away):
 * at the target's first figures, the other line each divisor needs is looked up among the lines' figures, sorted.
 */

/** Words that make a row of counts worth trying ratios and changes on. */
const PAIR_WORDS = ['rate', 'change', 'decline'] as const;
/** Pairs are tried among lines this close to the target in wide tables. */
const PAIR_WINDOW = 12;
/** Positions a pair is tried on before it is checked at every one. */
const SAMPLE = 8;
/** Breaks a pair may show in its sample and still be checked: a wrong figure, and a total row's rounding or a blank. */
const SAMPLE_BREAKS = 2;
/** Informative rows a change its header names is tried on: two kinds and their total. */
const HEADED_SUPPORT = 3;

/**
 * The pairs worth checking for a target: every pair near it; between rows (a transposed table's rate row) every pair
 * only in small tables, where the pairs are few, else by lookup for a line of rates in a short table.
 */
export function pairCandidates(
  ctx: SearchContext,
  stats: Stats,
  target: number,
  out: Map<string, Candidate>,
  /** Whether the line is walked from as a possible total (see searchRelations). */
  walked: boolean,
): void {
  const { view } = ctx;
  const near = view.axis === 'column' || view.lines <= 3 * PAIR_WINDOW;
  // A long ledger's rows are tried for no pair: their row is not read for rates.
  if (!near && view.lines > SHORT_TABLE) return;
  // Between rows, ratios and changes only for a row of rates or one that says what it is (a transposed table's
  // 覆盖率 row): a region's row of counts is no ratio of two others, and trying it is most of a small table's cost.
  const rates =
    view.axis === 'column' ||
    rateLike(view, stats, target) ||
    PAIR_WORDS.some((w) => hasWord(ctx.label(target), w, ctx.lexicon));
  // A row that is no total of the rows beside it is tried only as a rate or change of two (a closing `Percent change`):
  // every pair of a small table's rows for each of its rows was most of a county workbook's cost.
  if (view.axis === 'row' && !walked && !rates) return;
  if (near) nearPairs(ctx, stats, target, out, rates);
  else if (rates) ratioPairs(ctx, stats, target, out);
}

/** Differences, ratios and changes between two lines near the target that hold on a sample of positions. */
function nearPairs(
  ctx: SearchContext,
  stats: Stats,
  target: number,
  out: Map<string, Candidate>,
  rates: boolean,
): void {
  const { view } = ctx;
  const near = (line: number) =>
    line !== target &&
    stats.numbers[line] >= MIN_SUPPORT[view.axis] &&
    (view.lines <= 3 * PAIR_WINDOW || Math.abs(line - target) <= PAIR_WINDOW);
  const lines = Array.from({ length: view.lines }, (_, i) => i).filter(near);
  const changeScales =
    rates && hasWord(ctx.label(target), 'decline', ctx.lexicon) ? [...SCALES, ...DECLINE_SCALES] : SCALES;
  const perScale = rates ? unitScale(ctx, target) : undefined;
  for (const a of lines) {
    for (const b of lines) {
      if (a === b) continue;
      const tries: Candidate[] = [{ kind: 'difference', target, members: [a, b], scale: 1 }];
      if (a < b) tries.push({ kind: 'sum', target, members: [a, b], scale: 1 });
      if (rates) {
        for (const scale of RATIO_SCALES) tries.push({ kind: 'ratio', target, members: [a, b], scale });
        for (const scale of changeScales) tries.push({ kind: 'change', target, members: [a, b], scale });
        const scale = perScale?.(a, b);
        if (scale !== undefined) tries.push({ kind: 'ratio', target, members: [a, b], scale });
      }
      addIfSampleHolds(ctx, stats, tries, out);
    }
  }
}

/**
 * The scale of a rate per so many people (每千人口床位（张）) over a base in a multiplied unit (常住人口（万人）):
 * 1000 ÷ 10,000, a scale no other ratio is tried at; or of a percentage of two amounts in units of different
 * multiples (研发经费投入强度（%） = R&D经费（万元） ÷ 地区生产总值（亿元） × 100 ÷ 10,000), or a mean per month
 * (人均报酬（元/月） = 发放总额（万元） ÷ 人数 × 10,000 ÷ 12). Undefined where the target's header names no such count,
 * per cent nor month, or the units of a pair make a scale already tried.
 */
function unitScale(ctx: SearchContext, target: number): ((a: number, b: number) => number | undefined) | undefined {
  if (ctx.header === undefined) return undefined;
  const unit = headerUnit(ctx, target);
  // A mean per month (人均报酬（元/月）, 月人均（元）) of a year's amount: over its twelve months.
  const perMonth = ctx.lexicon.vocabulary.dates.month.some(
    (m) => unit?.endsWith(`/${m}`) === true || meansPer(ctx.label(target), m, ctx.lexicon),
  );
  const per = perPower(ctx, target) ?? (perMonth ? 0 : undefined);
  if (per === undefined) return undefined;
  const months = perMonth ? MONTHS_A_YEAR : 1;
  const powers = new Map<number, number>();
  const power = (line: number) => {
    let p = powers.get(line);
    if (p === undefined) {
      const unit = headerUnit(ctx, line);
      powers.set(line, (p = (unit === undefined ? undefined : ctx.lexicon.unitOf(unit)?.scale) ?? 0));
    }
    return p;
  };
  return (a, b) => {
    const exponent = per + power(a) - power(b) - power(target);
    const scale = (exponent >= 0 ? 10 ** exponent : 1 / 10 ** -exponent) / months;
    return RATIO_SCALES.includes(scale) ? undefined : scale;
  };
}

/** Whether a label names a mean per period: the period's word beside a mean's (月人均, 人均月报酬). */
function meansPer(label: string, period: string, lexicon: SearchContext['lexicon']): boolean {
  const text = label.replace(/\s+/g, '');
  return (lexicon.vocabulary.inference.averageWords ?? []).some(
    (w) => text.includes(period + w) || text.includes(w + period),
  );
}

/** Adds each candidate (all of one target and two members) that holds on a sample of the target's figures. */
function addIfSampleHolds(ctx: SearchContext, stats: Stats, tries: Candidate[], out: Map<string, Candidate>): void {
  if (tries.length === 0) return;
  const { view } = ctx;
  const [a, b] = tries[0].members;
  const target = tries[0].target;
  const figures = stats
    .first(target)
    .filter((pos) => !Number.isNaN(view.value(a, pos)) && !Number.isNaN(view.value(b, pos)));
  for (const c of tries) {
    // Not where the relation is not checked: a total row's sum at its rate columns (完成预算% | 比上年增长%).
    const passedOver = ignored(ctx, c);
    const skipped = figures.filter(passedOver).length;
    const usable = skipped > 0 ? figures.filter((pos) => !passedOver(pos)) : figures;
    const sample = usable.slice(0, SAMPLE);
    // A change or difference its header names (2023年比上年增长（%）, 2023年 | 2024年 | 比上年增减) needs the three rows it
    // is then kept on, weak ones too (41 = 41 + 0; see acceptance.ts). A change is tried on three (two kinds and their
    // total, 应参检数 | 上年应参检数 | 比上年增长(%)).
    const change = headedChange(ctx, c);
    const headed = change || headedDifference(ctx, c) !== undefined;
    if (sample.length < (change ? HEADED_SUPPORT : MIN_SUPPORT[view.axis])) continue;
    const needed = Math.min(sample.length - 1, headed ? 3 : MIN_SUPPORT[view.axis]);
    // A second break only in a full sample, or one of all the target's figures (checking everywhere costs no more): a
    // short sample of a long line would pass too many pairs on to be checked everywhere.
    const whole = sample.length === SAMPLE || sample.length + skipped === stats.numbers[target];
    const allowed = whole ? SAMPLE_BREAKS : 1;
    let holds = 0;
    let breaks = 0;
    let sampleBreaks = 0;
    // Most tries fail at once: stop as soon as the holds still possible are too few. Figures too small to tell (growth
    // of −0.2 to 0.8 % from figures to 0.1) say nothing either way: where they leave an unbroken sample short of holds,
    // the line's next figures are asked.
    for (let i = 0; i < usable.length && holds + usable.length - i >= needed; i++) {
      if (i >= sample.length && (sampleBreaks > 0 || holds >= needed)) break;
      const s = verdictAt(view, c, usable[i]).status;
      if (s === 'hold' || (headed && s === 'weak')) holds++;
      else if (s === 'break' && ++breaks > allowed) break;
      if (i < sample.length) sampleBreaks = breaks;
    }
    if (breaks <= allowed && holds >= needed) addCandidate(out, c);
  }
}

/** Whether most of a line's figures are fractions or per cents: a rate, not a count. */
function rateLike(view: GridView, stats: Stats, target: number): boolean {
  let rates = 0;
  for (let pos = 0; pos < view.positions; pos++) {
    const v = view.value(target, pos);
    if (!Number.isNaN(v) && (!Number.isInteger(v) || view.percent(target, pos))) rates++;
  }
  return rates * 2 > stats.numbers[target];
}

/** The lines with a figure at a position, sorted by it, with the widest rounding among them. */
function figuresAt(view: GridView, pos: number): { lines: number[]; values: number[]; widest: number } {
  const lines: number[] = [];
  let widest = 0;
  for (let line = 0; line < view.lines; line++) {
    const v = view.value(line, pos);
    if (Number.isNaN(v) || v === 0) continue;
    lines.push(line);
    widest = Math.max(widest, view.half(line, pos));
  }
  lines.sort((x, y) => view.value(x, pos) - view.value(y, pos));
  return { lines, values: lines.map((l) => view.value(l, pos)), widest };
}

/** The lines whose figure lies within [lo, hi]. */
function between(sorted: { lines: number[]; values: number[] }, lo: number, hi: number): number[] {
  const found: number[] = [];
  for (let i = firstAtLeast(sorted.values, lo); i < sorted.values.length && sorted.values[i] <= hi; i++)
    found.push(sorted.lines[i]);
  return found;
}

/**
 * Every pair (a, b) with target = a ÷ b × scale or (b ÷ a − 1) × scale at one of the target's first two figures, each
 * then held to a sample of its figures (see addIfSampleHolds).
 */
function ratioPairs(ctx: SearchContext, stats: Stats, target: number, out: Map<string, Candidate>): void {
  // Two figures, so that a wrong first figure cannot hide its relation.
  for (const pos of stats.first(target).slice(0, 2)) pairsAt(ctx, stats, target, pos, out);
}

function pairsAt(ctx: SearchContext, stats: Stats, target: number, pos: number, out: Map<string, Candidate>): void {
  const { view } = ctx;
  const t = view.value(target, pos);
  const ht = view.half(target, pos);
  const sorted = figuresAt(view, pos);
  for (const known of sorted.lines) {
    if (known === target) continue;
    const k = view.value(known, pos);
    // How far the other line's figure may lie from the one the target's figure asks, by the rounding of both.
    const within = (x: number) =>
      Math.abs(x) * (ht / Math.abs(t) + view.half(known, pos) / Math.abs(k)) + sorted.widest;
    for (const scale of RATIO_SCALES) {
      // ratio: target = a ÷ known × scale; change: target = (b ÷ known − 1) × scale.
      const numerator = (t * k) / scale;
      const later = k * (1 + t / scale);
      const tries: Candidate[] = [];
      for (const a of between(sorted, numerator - within(numerator), numerator + within(numerator)))
        if (a !== target && a !== known) tries.push({ kind: 'ratio', target, members: [a, known], scale });
      if (SCALES.includes(scale))
        for (const b of between(sorted, later - within(later), later + within(later)))
          if (b !== target && b !== known) tries.push({ kind: 'change', target, members: [known, b], scale });
      for (const c of tries) addIfSampleHolds(ctx, stats, [c], out);
    }
  }
}
