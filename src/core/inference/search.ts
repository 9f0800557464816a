import type { GridView } from './grid';
import {
  accepted,
  check,
  MIN_SUPPORT,
  nearRelation,
  perPower,
  saysTotal,
  SHORT_TABLE,
  totalOfItsHeading,
} from './acceptance';
import { lineStats, runAfter, type Candidate, type SearchContext, type Stats } from './search-context';
import { pairCandidates } from './pairs';
import { countOverShare, type InferredKind, type InferredRelation, type NearRelation } from './relations';
import { sharedRunVerdicts } from './run-sums';
import { blankReadings, dropPartialReadings } from './sum-evidence';
import { acrossGap, adjacent, linesByLabel, nameOf, nearGap, onlyFrom, passingOver, walkCandidates } from './walks';
import { hasWord, PER_CENT_SIGN } from './words';

/**
 * Finds the relations a grid's own figures confirm, in one reading direction (see GridView).
 *
 * Candidates come cheaply: a target line's biggest figures are walked against the running sum (and mean) of the lines
 * next to it, and pairs of nearby lines are tried as difference, ratio and change on a few positions. Each candidate
 * is then checked at every position; it is kept only when it holds, informatively, at enough positions and fails at
 * very few (see accepted), so that it could not hold by chance and a sheet that merely resembles it raises nothing.
 */

const KIND_RANK: Record<InferredKind, number> = { sum: 0, difference: 1, ratio: 2, change: 3, average: 4 };
const KIND_WORD = {
  sum: 'total',
  difference: 'difference',
  ratio: 'rate',
  change: 'change',
  average: 'average',
} as const;

/** 1 where the target's header names the relation's kind (覆盖率 a ratio, 增减 a difference), else 0. */
function namesItself(ctx: SearchContext, r: InferredRelation): number {
  // A mean is a ratio too (grade points over grades): `Average grade` names its ratio as `Rate` does.
  const says = (kind: keyof typeof KIND_WORD) => hasWord(ctx.label(r.target), KIND_WORD[kind], ctx.lexicon);
  // So does a header in per cent, or one of figures no total adds (为上年（%）, 本年为上年（上年=100）: 本年 ÷ 上年 × 100,
  // not 上年 = 本年 ÷ 为上年 × 100).
  const computed = () => {
    const header = ctx.header?.(r.target) ?? '';
    return PER_CENT_SIGN.test(header) || ctx.lexicon.notAdditive.test(header);
  };
  return Number(says(r.kind) || (r.kind === 'ratio' && (says('average') || computed())));
}

/**
 * 1 where a ratio is at the scale its target's header names (孕产妇死亡率（1/10万）: × 100,000, not the × 1000 of
 * 住院分娩率 ÷ 住院分娩活产数, which gives as much where one mother died), else 0.
 */
function atNamedScale(ctx: SearchContext, r: InferredRelation): number {
  const power = r.kind === 'ratio' ? perPower(ctx, r.target) : undefined;
  return Number(power !== undefined && 10 ** power === r.scale);
}

/**
 * Better-supported first; then the one whose header says what it is; then the simpler kind and fewer members. Of one
 * line's relations (`oneLine`), failures within a relation's own noise count as breaks, and the closer to exact comes
 * before the fewer members: a total row is the sum of all its 50,000 rows, though within their rounding also of all
 * but the first few, whose noise hides a wrong total. Noise and deviations of different lines are in different units,
 * and are not compared.
 */
function better(ctx: SearchContext, x: InferredRelation, y: InferredRelation, oneLine = false): number {
  const words = (r: InferredRelation) => namesItself(ctx, r);
  const standing = (r: InferredRelation) => r.support.length - (r.breaks.length + (oneLine ? r.unexplained : 0)) * 2;
  // One ratio read two ways (rate = a ÷ b × k, or b = a ÷ rate × k): the header that names a rate is its target, however
  // a wrong figure shifts the support (a rate typed wrong breaks the one, and only blurs the other, where it divides).
  // So for a sum of two lines read as a difference (2024年 = 2023年 + 增减 | 增减 = 2024年 − 2023年): the header naming
  // the difference is its target, though its small figures hold less informatively.
  const family = (r: InferredRelation) => (r.kind === 'difference' ? 'sum' : r.kind);
  const sameLines = (a: InferredRelation, b: InferredRelation) => {
    if (!(a.kind === 'ratio' || (family(a) === 'sum' && a.members.length === 2)) || family(a) !== family(b))
      return false;
    const [linesA, linesB] = [a, b].map((r) => [r.target, ...r.members]);
    const onlyA = linesA.filter((line) => !linesB.includes(line));
    const onlyB = linesB.filter((line) => !linesA.includes(line));
    // A line the copy of another (行政村数 | 村党组织书记, a secretary to each village) is one line read twice.
    return (
      onlyA.length <= 1 && onlyA.length === onlyB.length && (onlyA.length === 0 || copies(ctx.view, onlyA[0], onlyB[0]))
    );
  };
  return (
    (sameLines(x, y) ? words(y) - words(x) : 0) ||
    // A total over the lines of its heading is what its header says it is, whatever else its figures allow.
    Number(totalOfItsHeading(ctx, y)) - Number(totalOfItsHeading(ctx, x)) ||
    standing(y) - standing(x) ||
    words(y) - words(x) ||
    atNamedScale(ctx, y) - atNamedScale(ctx, x) ||
    // Of a count over a share of it and the share over the count, the share is what the table computed.
    Number(countOverShare(ctx.view, x, x.support)) - Number(countOverShare(ctx.view, y, y.support)) ||
    // A total is the biggest line of its sum: prefer t = a + b to a = t − b.
    Number(x.kind === 'difference') - Number(y.kind === 'difference') ||
    KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
    (oneLine ? x.deviation - y.deviation : 0) ||
    x.members.length - y.members.length
  );
}

/** Whether two lines hold the same figures at every position (blanks where the other is blank). */
function copies(view: GridView, a: number, b: number): boolean {
  for (let pos = 0; pos < view.positions; pos++) {
    const [x, y] = [view.value(a, pos), view.value(b, pos)];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/**
 * Whether a row could be the total of two or more rows next to it: at its non-negative figures it is at least the sum
 * of its two neighbours on one side, but at a few (a column of means or of one constant beside the counts). Most rows
 * of a long ledger are not, and are passed over at once.
 */
function couldBeTotal(view: GridView, stats: Stats, target: number): boolean {
  return atLeastNeighbours(view, stats, target, -1) || atLeastNeighbours(view, stats, target, 1);
}

/** Whether a line is at least the sum of its two neighbours on one side, but at a few positions (see couldBeTotal). */
function atLeastNeighbours(view: GridView, stats: Stats, target: number, d: -1 | 1): boolean {
  // More positions below their neighbours than a quarter of all that could be checked settles it (a long ledger's rows).
  const settled = Math.floor(stats.nonNegativeCount / 4);
  const first = target + d;
  const second = target + 2 * d;
  if (second < 0 || second >= view.lines || stats.numbers[first] === 0 || stats.numbers[second] === 0) return false;
  let checked = 0;
  let below = 0;
  for (let pos = 0; pos < view.positions; pos++) {
    const t = view.value(target, pos);
    if (stats.nonNegative[pos] !== 1 || !(t > 0)) continue;
    const a = view.value(first, pos);
    const b = view.value(second, pos);
    const sum = (Number.isNaN(a) ? 0 : a - view.half(first, pos)) + (Number.isNaN(b) ? 0 : b - view.half(second, pos));
    checked++;
    if (sum > t + view.half(target, pos) && ++below > settled) return false;
  }
  return below <= Math.floor(checked / 4);
}

/**
 * Every relation the figures confirm in this reading direction, at most one per target line (two for a column broken
 * down twice, see secondBreakdown); and the relations refused
 * that still point at a cell (see nearRelation), at most one per line with none confirmed.
 */
export function searchRelations(ctx: SearchContext): { relations: InferredRelation[]; near: NearRelation[] } {
  const { view } = ctx;
  const stats = lineStats(view);
  // A line that says it is a total is held to less (see namedTotal in acceptance.ts): a Total column of two rows.
  const targets: number[] = [];
  for (let l = 0; l < view.lines; l++)
    if (stats.numbers[l] >= MIN_SUPPORT[view.axis] || (stats.numbers[l] >= 2 && saysTotal(ctx, l))) targets.push(l);
  // `Males` over the `Males` lines of every region below it; a statement's InTech revenue over the InTech lines of its
  // expenses and contribution, each in a block of its own.
  const sameLabel = linesByLabel(ctx, targets);
  // Every accepted relation of each target line, best first: the first is its relation (see dropRestatements).
  const chosen = new Map<number, InferredRelation[]>();
  const refused = new Map<number, InferredRelation[]>();
  // One map for every target's candidates, emptied before each (choose copies what it keeps): not 50,000 maps.
  const candidates = new Map<string, Candidate>();
  const judge = () => {
    const readings = [...candidates.values()].flatMap((c) => blankReadings(view, stats.numbers, c));
    const shared = sharedRunVerdicts(view, readings);
    const checked = readings
      .map((c) => check(ctx, c, shared.get(c)))
      .filter((r): r is InferredRelation => r !== undefined);
    return { checked, kept: checked.filter((r) => accepted(ctx, r)).sort((x, y) => better(ctx, x, y, true)) };
  };
  const choose = (target: number) => {
    if (candidates.size === 0) return;
    const { checked, kept } = judge();
    if (kept.length > 0) chosen.set(target, kept);
    else refused.set(target, checked);
  };
  // A column's second breakdown, in the lines right after its first (供（用）水总量 | 地表水 | 地下水 | 其他 | 农业 | 工业 |
  // 生活 | 生态): looked for once the first is chosen, and kept beside it only (see secondBreakdown).
  const chooseSecond = (target: number) => {
    const alternatives = chosen.get(target);
    const first = alternatives?.[0];
    const past = first ? runAfter(target, first) : 0;
    if (!alternatives || !first || past === 0) return;
    const side = first.members[0] > target ? 1 : -1;
    candidates.clear();
    // Right after the first, or one line past it: a 其中 line between (党员数 | 男 | 女 | 少数民族 | 35岁及以下 … 66岁及以上).
    for (const skipped of [0, 1]) {
      const beyond = adjacent(stats, 1, past + 1 + skipped);
      walkCandidates(ctx, stats, target, (t, d, visit) => d === side && beyond(t, d, visit), candidates);
    }
    if (candidates.size === 0) return;
    const second = judge().kept.find((r) => secondBreakdown(view, first, r, (line) => chosen.get(line)?.[0]));
    if (second) alternatives.push(second);
  };
  // The walks depend on the lines' statistics only: made once, not for each target.
  const nextLines = adjacent(stats, 1);
  const beyondGaps = acrossGap(stats);
  const anyMarked = stats.marked.includes(1);
  const everyOther = adjacent(stats, 2);
  const everyOtherFromSecond = adjacent(stats, 2, 2);
  const overAside = ctx.aside && passingOver(stats, ctx.aside);
  // Indexed, not for…of: a ledger has 50,000 targets, walked before the loop is optimised.
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    // Between rows, a mean is looked for only in a row that says it is one (see walkCandidates).
    const mean = view.axis === 'column' || hasWord(ctx.label(target), 'average', ctx.lexicon);
    const namesakes = sameLabel.get(nameOf(ctx, target));
    const gap = nearGap(stats, target);
    if (candidates.size > 0) candidates.clear();
    // Most rows of a long ledger are no total of the rows beside them: only those that could be are walked from.
    const walked =
      view.axis === 'column' ||
      mean ||
      gap ||
      namesakes !== undefined ||
      saysTotal(ctx, target) ||
      couldBeTotal(view, stats, target);
    if (walked) {
      // Up to its first gap the walk across gaps takes the lines next to the target in their order, and so proposes
      // their sums too: a total row over 50,000 rows, a note under it, is walked once (but for means, or where lines of
      // marks, which the walk across gaps counts as blank, could stop it sooner).
      if (!gap || mean || anyMarked) walkCandidates(ctx, stats, target, nextLines, candidates, mean);
      if (gap) walkCandidates(ctx, stats, target, beyondGaps, candidates);
      if (view.axis === 'column') {
        walkCandidates(ctx, stats, target, everyOther, candidates);
        walkCandidates(ctx, stats, target, everyOtherFromSecond, candidates);
      }
      if (namesakes) walkCandidates(ctx, stats, target, onlyFrom(stats, namesakes, true), candidates);
      if (overAside) walkCandidates(ctx, stats, target, overAside, candidates);
    }
    pairCandidates(ctx, stats, target, candidates, walked);
    choose(target);
    if (view.axis === 'column') chooseSecond(target);
  }
  dropDoubleCounts(ctx, chosen);
  // Hierarchies: a grand total sums its subtotals, or the detail lines under no subtotal skipped, or the lines that
  // are no part of a sum (subtotals and the details beside them).
  const sums = [...chosen.values()].map((alternatives) => alternatives[0]).filter((r) => r.kind === 'sum');
  const aggregates = sums.map((r) => r.target).sort((a, b) => a - b);
  if (aggregates.length > 0) {
    // Worked out on first use: between the rows of a long ledger only a row that says it is a total walks them.
    let levels: { details: number[]; topLevel: number[] } | undefined;
    const levelsOf = () => {
      if (!levels) {
        const isAggregate = new Set(aggregates);
        const isPart = new Set(sums.flatMap((r) => r.members));
        levels = {
          details: targets.filter((l) => !isAggregate.has(l)),
          topLevel: targets.filter((l) => !isPart.has(l)),
        };
      }
      return levels;
    };
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      if (chosen.has(target)) continue;
      if (candidates.size > 0) candidates.clear();
      // Between rows, only a line that says it is a total is looked for among the hierarchy's levels (cheaper, and no
      // chance matches); in a short statement, any line among the lines that are no part (Assets over its items).
      if (view.axis === 'column' || saysTotal(ctx, target)) {
        walkCandidates(ctx, stats, target, onlyFrom(stats, aggregates), candidates);
        walkCandidates(ctx, stats, target, onlyFrom(stats, levelsOf().details), candidates);
        walkCandidates(ctx, stats, target, onlyFrom(stats, levelsOf().topLevel), candidates);
      } else if (view.lines <= SHORT_TABLE && couldBeTotal(view, stats, target))
        walkCandidates(ctx, stats, target, onlyFrom(stats, levelsOf().topLevel), candidates);
      choose(target);
    }
  }
  const alternatives = namedFirst(
    ctx,
    [...chosen.values()].sort((x, y) => better(ctx, x[0], y[0])),
  );
  const relations = dropImpliedBases(dropSubsumed(dropPartialReadings(dropRestatements(view, alternatives))));
  // A relation kept whose whole stands above its 其中 list somewhere points at a cell there as a refused one does.
  const quiet = relations.flatMap((r) => (r.quiet ? [{ relation: r, breaks: r.quiet }] : []));
  return { relations, near: [...nearRelations(ctx, chosen, refused), ...quiet] };
}

/**
 * A base worked back from its change (2023年 = 增减 ÷ 增长 × 100) where the table computed the change from it (增长 = (2024年
 * − 2023年) ÷ 2023年 × 100) and the difference beside it (增减 = 2024年 − 2023年): it restates those two, and a wrong 增减
 * would be reported twice, once with a "right" 2023年 no one typed.
 */
function dropImpliedBases(relations: InferredRelation[]): InferredRelation[] {
  const additive = relations.filter((r) => r.kind === 'sum' || r.kind === 'difference');
  const sameLines = (r: InferredRelation, lines: number[]) =>
    r.members.length === 2 && lines.every((l) => l === r.target || r.members.includes(l));
  const implied = (r: InferredRelation) =>
    r.kind === 'ratio' &&
    relations.some(
      (change) =>
        change.kind === 'change' &&
        change.target === r.members[1] &&
        change.members[0] === r.target &&
        additive.some((d) => sameLines(d, [r.members[0], ...change.members])),
    );
  return relations.some((r) => r.kind === 'change') ? relations.filter((r) => !implied(r)) : relations;
}

/**
 * Sums that count a subtotal, a line that says it is one, and its own lines both (合计 = 南山镇 … 南山镇小计 … 柳林镇小计,
 * holding in one column by chance): dropped, so that their targets are looked for again among the hierarchy's levels.
 */
function dropDoubleCounts(ctx: SearchContext, chosen: Map<number, InferredRelation[]>): void {
  const sumOf = new Map<number, InferredRelation>();
  for (const [target, [first]] of chosen) if (first.kind === 'sum' && saysTotal(ctx, target)) sumOf.set(target, first);
  for (const [target, r] of sumOf) {
    // Only a sum with another total among its members is asked: a ledger's total row has 50,000 and no other.
    const totals = r.members.filter((m) => m !== target && sumOf.has(m));
    if (totals.length === 0) continue;
    const members = new Set(r.members);
    if (totals.some((m) => sumOf.get(m)?.members.some((x) => members.has(x)))) chosen.delete(target);
  }
}

/** The best refused relation that still points at a cell (see nearRelation) of each line none was kept for. */
function nearRelations(
  ctx: SearchContext,
  chosen: Map<number, InferredRelation[]>,
  refused: Map<number, InferredRelation[]>,
): NearRelation[] {
  const near: NearRelation[] = [];
  for (const [target, relations] of refused) {
    if (chosen.has(target)) continue;
    // Best first, and only until one points: each is checked at every position again.
    for (const r of relations.sort((x, y) => better(ctx, x, y, true))) {
      const n = nearRelation(ctx, r);
      if (!n) continue;
      near.push(n);
      break;
    }
  }
  return near;
}

// Line sets compared for subsumption are of relations up to this many lines: not a total row's 50,000.
const SUBSUMED_LINES = 50;

/**
 * A sum or difference that holds only within its figures' rounding, among the lines of one that holds exactly
 * (党支部 = 合计 − 党总支 beside 合计 = 党委 + 党总支 + 党支部): it holds where the line it leaves out is small, and the
 * exact one says what the lines are. Kept, it breaks where that line is large (the 合计 row) and raises a false alarm.
 */
function dropSubsumed(relations: InferredRelation[]): InferredRelation[] {
  const additive = (r: InferredRelation) => r.kind === 'sum' || r.kind === 'difference';
  const small = relations.filter((r) => additive(r) && r.members.length < SUBSUMED_LINES);
  const exact = small
    .filter((r) => r.deviation === 0 && r.breaks.length === 0)
    .map((r) => new Set([r.target, ...r.members]));
  if (exact.length === 0) return relations;
  return relations.filter((r) => {
    if (!small.includes(r) || r.deviation === 0) return true;
    const lines = [r.target, ...r.members];
    return !exact.some((set) => set.size > lines.length && lines.every((l) => set.has(l)));
  });
}

/** Lines a relation's key lists one by one (see dropRestatements). */
const LISTED_LINES = 64;

/** A relation of a line by its own parts, not by the lines beside it (see dropRestatements). */
const ownParts = (r: InferredRelation) => r.kind === 'sum' && r.members.length >= 3;

/**
 * A column's second breakdown into three or more parts of its own, none of the first's (供水 by source, 用水 by use; 党员数
 * by sex and by age): kept beside the first, so that a wrong figure in it breaks two relations and is blamed, not the
 * total they share. Not one that shares lines with the breakdown of one of the first's parts (`firstOf`: the relation
 * each line has): GRAND = the grades, which GRADED is the sum of (all of them, or all but the last), holds wherever
 * UNGRADED and REJECTS are 0 and breaks wherever they are not.
 */
function secondBreakdown(
  view: GridView,
  first: InferredRelation,
  r: InferredRelation,
  firstOf?: (line: number) => InferredRelation | undefined,
): boolean {
  // The first may be of two parts (党员数 = 男 + 女, then its five age groups); the second, of three or more.
  if (view.axis !== 'column' || first.kind !== 'sum' || first.members.length < 2 || !ownParts(r)) return false;
  if (r.members.some((m) => first.members.includes(m))) return false;
  return !first.members.some((m) => firstOf?.(m)?.members.some((part) => r.members.includes(part)));
}

/** One key for the relations that state one another (see dropRestatements): their family and their set of lines. */
function restatementKey(view: GridView, r: InferredRelation): string {
  // A count over a share read as a change (Tested = Passing ÷ Percent − 1) is the share's ratio with 1 taken off.
  const ratio = r.kind === 'ratio' || (r.kind === 'change' && countOverShare(view, r, r.support));
  const family = r.kind === 'sum' || r.kind === 'difference' ? 'additive' : ratio ? 'ratio' : r.kind;
  // A total row's 50,000 lines are keyed by their count, sum, exclusive or and ends, which do not depend on their
  // order (no two sets of lines have all of them alike), not listed in a string.
  if (r.members.length > LISTED_LINES) {
    let [sum, xor, least, most] = [r.target, r.target, r.target, r.target];
    for (const m of r.members) {
      sum += m;
      xor ^= m;
      least = Math.min(least, m);
      most = Math.max(most, m);
    }
    return `${family}:${r.members.length}:${sum}:${xor}:${least}:${most}`;
  }
  // A typed array sorts numbers as numbers, without a comparator (nor a spread list of them).
  const lines = new Int32Array(r.members.length + 1);
  lines[0] = r.target;
  lines.set(r.members, 1);
  lines.sort();
  return `${family}:${lines.join(',')}`;
}

/**
 * Of two lines whose relations state one another (覆盖率 = 已建 ÷ 学校数, 学校数 = 已建 ÷ 覆盖率), the one whose header names
 * it goes first, as `better` asks: its order compares support first elsewhere, and is not transitive, so a wrong rate
 * that lowers its own relation's support could let the restatement go first and keep the rate from being checked.
 */
function namedFirst(ctx: SearchContext, alternatives: InferredRelation[][]): InferredRelation[][] {
  const at = new Map<string, number>();
  for (let i = 0; i < alternatives.length; i++) {
    const r = alternatives[i][0];
    if (r.members.length > 2) continue;
    const key = restatementKey(ctx.view, r);
    const j = at.get(key);
    if (j === undefined) at.set(key, i);
    else if (namesItself(ctx, r) > namesItself(ctx, alternatives[j][0]))
      [alternatives[i], alternatives[j]] = [alternatives[j], alternatives[i]];
  }
  return alternatives;
}

/**
 * t = a + b, a = t − b and b = t − a state one relation, as do t = a ÷ b and b = a ÷ t: keep the first (best, the one
 * whose header names it) of each set of lines. A line whose relation restates one kept takes its next relation that
 * does not (Balance = Exports − Imports restates Exports = Imports + Balance; Balance = the sum of the groups' balances
 * does not), so that a wrong figure in it breaks two relations and is blamed, not the total beside it. That next
 * relation must be a sum of three or more lines: a pair of lines that copy each other on most rows (Full assistance and
 * Proposed award) gives a line a second difference that holds by that copy alone.
 */
function dropRestatements(view: GridView, alternatives: InferredRelation[][]): InferredRelation[] {
  const seen = new Set<string>();
  const kept: InferredRelation[] = [];
  const firstOf = new Map(alternatives.map((relations) => [relations[0].target, relations[0]]));
  for (const relations of alternatives) {
    let first: InferredRelation | undefined;
    // Each key worked out once: a total row's lists its 50,000 rows.
    for (const r of [relations[0], ...relations.slice(1).filter(ownParts)]) {
      if (first && !secondBreakdown(view, first, r, (line) => firstOf.get(line))) continue;
      const key = restatementKey(view, r);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(r);
      if (first) break;
      first = r;
    }
  }
  return kept;
}
