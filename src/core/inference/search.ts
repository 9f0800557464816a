import type { GridView } from './grid';
import { accepted, check, MIN_SUPPORT, saysTotal, SHORT_TABLE, twoRowSupport } from './acceptance';
import { SCALES, verdictAt, type InferredKind, type InferredRelation } from './relations';
import { sharedRunVerdicts } from './run-sums';
import { blankReadings, dropPartialReadings } from './sum-evidence';
import { ratioPairs, rateLike } from './ratio-pairs';
import { acrossGap, nextToGap } from './sum-walks';
import { hasWord } from './words';
import type { Lexicon } from '../lexicon';

/**
 * Finds the relations a grid's own figures confirm, in one reading direction (see GridView).
 *
 * Candidates come cheaply: a target line's biggest figures are walked against the running sum (and mean) of the lines
 * next to it, and pairs of nearby lines are tried as difference, ratio and change on a few positions. Each candidate
 * is then checked at every position; it is kept only when it holds, informatively, at enough positions and fails at
 * very few (see accepted), so that it could not hold by chance and a sheet that merely resembles it raises nothing.
 */

/** Biggest figures of a target line that seed the walk (more than one, so a wrong figure cannot hide its relation). */
const ANCHORS = 3;
/** Lines walked at most when figures may be negative (a sum can then come back down) or for a mean. */
const MAX_WALK = 400;
const AVERAGE_WALK = 40;
const MAX_MATCHES = 4;
/** Pairs are tried among lines this close to the target in wide tables. */
const PAIR_WINDOW = 12;
const SAMPLE = 8;
/** Breaks a pair may show in its sample and still be checked: a wrong figure, and a total row's rounding or a blank. */
const SAMPLE_BREAKS = 2;
/** Lines of one label walked as the parts of one of them (a ledger's thousand `Males` lines are not). */
const MAX_NAMESAKES = 100;

export type Candidate = Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero'>;

export interface SearchContext {
  view: GridView;
  /** The rule set's words: which header words say what a line is (see hasWord). */
  lexicon: Lexicon;
  /** Whether a line's label says it is a total (see hasWord), asked of every row of a long ledger. */
  isTotal?: (line: number) => boolean;
  /** The header of a line (column header or row label), for choosing among candidates. */
  label: (line: number) => string;
  /** The label of a position (a row's label for column relations), for rows of another kind (see explained.ts). */
  positionLabel?: (pos: number) => string;
  /** Positions a sum, difference or mean is not checked at (non-additive columns for total rows). */
  ignore?: (pos: number) => boolean;
}

export interface Stats {
  numbers: Int32Array;
  /** Lines with figures, numbered by the run of such lines they belong to (a blank or text line ends a run). */
  block: Int32Array;
  nonNegative: Uint8Array;
  first: number[][];
}

function lineStats(view: GridView): Stats {
  const numbers = new Int32Array(view.lines);
  const nonNegative = new Uint8Array(view.positions).fill(1);
  const first: number[][] = [];
  for (let line = 0; line < view.lines; line++) {
    const list: number[] = [];
    for (let pos = 0; pos < view.positions; pos++) {
      const v = view.value(line, pos);
      if (Number.isNaN(v)) continue;
      numbers[line]++;
      if (v < 0) nonNegative[pos] = 0;
      if (list.length < 4 * SAMPLE && v !== 0) list.push(pos);
    }
    first.push(list);
  }
  const block = new Int32Array(view.lines);
  for (let line = 0, b = 0; line < view.lines; line++) block[line] = numbers[line] > 0 ? b : ++b;
  return { numbers, block, nonNegative, first };
}

/** The positions of a line's biggest figures, biggest first (the first position of equal ones). */
function anchorsOf(view: GridView, line: number): number[] {
  const best: number[] = [];
  const abs = (pos: number) => Math.abs(view.value(line, pos));
  for (let pos = 0; pos < view.positions; pos++) {
    const a = abs(pos);
    if (!(a > 0) || (best.length === ANCHORS && !(a > abs(best[ANCHORS - 1])))) continue;
    if (best.length === ANCHORS) best.pop();
    let i = best.length;
    while (i > 0 && abs(best[i - 1]) < a) i--;
    best.splice(i, 0, pos);
  }
  return best;
}

/**
 * Lines from a target outwards (d = ±1) in the same block (lines with figures, up to a line without any), each given
 * to `visit` until it returns false. A callback rather than a generator: this runs for every row of a long ledger.
 */
export type Walk = (target: number, d: number, visit: (line: number) => boolean) => void;

/** Every `every`-th line from the `first`-th one out (a count beside its share: count, %, count, %, total). */
function adjacent(stats: Stats, every: number, first = 1): Walk {
  return (target, d, visit) => {
    for (
      let line = target + d, offset = 1;
      line >= 0 && line < stats.numbers.length && stats.numbers[line] > 0;
      line += d, offset++
    ) {
      if (offset >= first && (offset - first) % every === 0 && !visit(line)) return;
    }
  };
}

/** The index of the first number ≥ x in an ascending list (its length when there is none). */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Only these lines (sorted), from the target outwards within its block. */
function onlyFrom(stats: Stats, lines: number[]): Walk {
  return (target, d, visit) => {
    const lo = firstAtLeast(lines, target);
    for (let i = d > 0 ? (lines[lo] === target ? lo + 1 : lo) : lo - 1; i >= 0 && i < lines.length; i += d) {
      if (stats.block[lines[i]] !== stats.block[target] || !visit(lines[i])) return;
    }
  };
}

/**
 * Sums (and, when asked, means of three or more: between rows only where the row says it is a mean, as a mean row
 * is rarely told apart from a total row by its figures alone) of the lines a walk takes from a target (above or below, left or right) whose running value meets
 * the target's figure at an anchor position.
 */
function walkCandidates(
  ctx: SearchContext,
  stats: Stats,
  target: number,
  walk: Walk,
  out: Map<string, Candidate>,
  means = false,
): void {
  const { view } = ctx;
  // See accepted: a total row of fewer than three rows must say it is a total.
  const fewest = view.axis === 'row' && !saysTotal(ctx, target) && view.positions < twoRowSupport(ctx) + 1 ? 3 : 2;
  for (const pos of anchorsOf(view, target)) {
    const t = view.value(target, pos);
    const ht = view.half(target, pos);
    const nonNegative = stats.nonNegative[pos] === 1 && t >= 0;
    for (const d of [-1, 1]) {
      let sum = 0;
      let slack = 0;
      let matches = 0;
      const members: number[] = [];
      walk(target, d, (line) => {
        const v = view.value(line, pos);
        members.push(line);
        if (!Number.isNaN(v)) {
          sum += v;
          slack += view.half(line, pos);
        }
        const n = members.length;
        const exceeded = nonNegative && sum - slack > t + ht;
        if (n >= fewest) {
          const e = 1e-9 * Math.max(1, Math.abs(sum));
          if (!exceeded && Math.abs(sum - t) <= ht + slack + e) {
            add(out, { kind: 'sum', target, members: [...members], scale: 1 });
            matches++;
          }
          if (means && n >= 3 && n <= AVERAGE_WALK && Math.abs(sum / n - t) <= ht + slack / n + e) {
            add(out, { kind: 'average', target, members: [...members], scale: 1 });
            matches++;
          }
        }
        // Past the target's figure a sum of non-negative figures never comes back; means are looked for nearby only.
        // A run of zeros would match again and again: the first few matches are the candidates worth checking.
        return !(exceeded ? !means || n >= AVERAGE_WALK : !nonNegative && n >= MAX_WALK) && matches < MAX_MATCHES;
      });
    }
  }
}

/** Keyed by ends and length: one walk's members are determined by them, and a key of 50,000 members would cost. */
export function add(out: Map<string, Candidate>, c: Candidate): void {
  out.set(`${c.kind}:${c.target}:${c.scale}:${c.members.length}:${c.members[0]}:${c.members[c.members.length - 1]}`, c);
}

/** Differences, ratios and changes between two lines near the target that hold on a sample of positions. */
function pairCandidates(ctx: SearchContext, stats: Stats, target: number, out: Map<string, Candidate>): void {
  const { view } = ctx;
  const near = (line: number) =>
    line !== target &&
    stats.numbers[line] >= MIN_SUPPORT[view.axis] &&
    (view.lines <= 3 * PAIR_WINDOW || Math.abs(line - target) <= PAIR_WINDOW);
  const lines = Array.from({ length: view.lines }, (_, i) => i).filter(near);
  for (const a of lines) {
    for (const b of lines) {
      if (a === b) continue;
      const tries: Candidate[] = [{ kind: 'difference', target, members: [a, b], scale: 1 }];
      if (a < b) tries.push({ kind: 'sum', target, members: [a, b], scale: 1 });
      for (const scale of SCALES)
        tries.push(
          { kind: 'ratio', target, members: [a, b], scale },
          { kind: 'change', target, members: [a, b], scale },
        );
      addIfSampleHolds(ctx, stats, tries, out);
    }
  }
}

/** Adds each candidate (all of one target and two members) that holds on a sample of the target's figures. */
export function addIfSampleHolds(
  ctx: SearchContext,
  stats: Stats,
  tries: Candidate[],
  out: Map<string, Candidate>,
): void {
  if (tries.length === 0) return;
  const { view } = ctx;
  const [a, b] = tries[0].members;
  const sample = stats.first[tries[0].target]
    .filter((pos) => !Number.isNaN(view.value(a, pos)) && !Number.isNaN(view.value(b, pos)))
    .slice(0, SAMPLE);
  if (sample.length < MIN_SUPPORT[view.axis]) return;
  for (const c of tries) {
    let holds = 0;
    let breaks = 0;
    for (const pos of sample) {
      const s = verdictAt(view, c, pos).status;
      if (s === 'hold') holds++;
      else if (s === 'break' && ++breaks > SAMPLE_BREAKS) break;
    }
    if (breaks <= SAMPLE_BREAKS && holds >= Math.min(sample.length - 1, MIN_SUPPORT[view.axis])) add(out, c);
  }
}

const KIND_RANK: Record<InferredKind, number> = { sum: 0, difference: 1, ratio: 2, change: 3, average: 4 };
const KIND_WORD = {
  sum: 'total',
  difference: 'difference',
  ratio: 'rate',
  change: 'change',
  average: 'average',
} as const;

/** Better-supported first; then the one whose header says what it is; then the simpler kind and fewer members. */
function better(ctx: SearchContext, x: InferredRelation, y: InferredRelation): number {
  const words = (r: InferredRelation) => Number(hasWord(ctx.label(r.target), KIND_WORD[r.kind], ctx.lexicon));
  return (
    y.support.length - y.breaks.length * 2 - (x.support.length - x.breaks.length * 2) ||
    words(y) - words(x) ||
    // A total is the biggest line of its sum: prefer t = a + b to a = t − b.
    Number(x.kind === 'difference') - Number(y.kind === 'difference') ||
    KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
    x.members.length - y.members.length
  );
}

/**
 * Whether a row could be the total of two or more rows next to it: at its biggest non-negative figure it is at
 * least the sum of its two neighbours on one side. Most rows of a long ledger are not, and are passed over at once.
 */
function couldBeTotal(view: GridView, stats: Stats, target: number): boolean {
  let pos = -1;
  let t = NaN;
  for (let p = 0; p < view.positions; p++) {
    if (stats.nonNegative[p] !== 1) continue;
    const v = view.value(target, p);
    if (pos >= 0 && !(v > t)) continue;
    pos = p;
    t = v;
  }
  if (pos < 0 || !(t > 0)) return true;
  return [-1, 1].some((d) => {
    let sum = 0;
    for (let i = 1; i <= 2; i++) {
      const line = target + d * i;
      if (line < 0 || line >= view.lines || stats.numbers[line] === 0) return false;
      const v = view.value(line, pos);
      if (!Number.isNaN(v)) sum += v - view.half(line, pos);
    }
    return sum <= t + view.half(target, pos);
  });
}

/** Every relation the figures confirm in this reading direction, at most one per target line. */
export function searchRelations(ctx: SearchContext): InferredRelation[] {
  const { view } = ctx;
  const stats = lineStats(view);
  // A line that says it is a total is held to less (see namedTotal in acceptance.ts): a Total column of two rows.
  const targets = Array.from({ length: view.lines }, (_, i) => i).filter(
    (l) => stats.numbers[l] >= MIN_SUPPORT[view.axis] || (stats.numbers[l] >= 2 && saysTotal(ctx, l)),
  );
  const sameLabel = linesByLabel(ctx, targets);
  const chosen = new Map<number, InferredRelation>();
  const choose = (target: number, candidates: Map<string, Candidate>) => {
    if (candidates.size === 0) return;
    const readings = [...candidates.values()].flatMap((c) => blankReadings(view, stats.numbers, c));
    const shared = sharedRunVerdicts(view, readings);
    const kept = readings
      .map((c) => check(ctx, c, shared.get(c)))
      .filter((r): r is InferredRelation => r !== undefined && accepted(ctx, r));
    const best = kept.sort((x, y) => better(ctx, x, y))[0];
    if (best) chosen.set(target, best);
  };
  for (const target of targets) {
    // Between rows, a mean is looked for only in a row that says it is one (see walkCandidates).
    const mean = view.axis === 'column' || hasWord(ctx.label(target), 'average', ctx.lexicon);
    if (view.axis === 'row' && !mean && !couldBeTotal(view, stats, target) && !saysTotal(ctx, target)) continue;
    const candidates = new Map<string, Candidate>();
    walkCandidates(ctx, stats, target, adjacent(stats, 1), candidates, mean);
    if (nextToGap(stats, target)) walkCandidates(ctx, stats, target, acrossGap(stats), candidates);
    if (view.axis === 'column') {
      walkCandidates(ctx, stats, target, adjacent(stats, 2), candidates);
      walkCandidates(ctx, stats, target, adjacent(stats, 2, 2), candidates);
    }
    // `Males` over the `Males` lines of every region below it.
    const namesakes = sameLabel.get(ctx.label(target));
    if (namesakes && namesakes.length >= 3 && namesakes.length <= MAX_NAMESAKES)
      walkCandidates(ctx, stats, target, onlyFrom(stats, namesakes), candidates);
    // Between rows (a transposed table's rate row) only in small tables, where the pairs are few.
    if (view.axis === 'column' || view.lines <= 3 * PAIR_WINDOW) pairCandidates(ctx, stats, target, candidates);
    else if (view.lines <= SHORT_TABLE && rateLike(view, stats, target)) ratioPairs(ctx, stats, target, candidates);
    choose(target, candidates);
  }
  // Hierarchies: a grand total sums its subtotals, or the detail lines under no subtotal skipped, or the lines that
  // are no part of a sum (subtotals and the details beside them).
  const aggregates = [...chosen.values()]
    .filter((r) => r.kind === 'sum')
    .map((r) => r.target)
    .sort((a, b) => a - b);
  if (aggregates.length > 0) {
    const isAggregate = new Set(aggregates);
    const details = targets.filter((l) => !isAggregate.has(l));
    const isPart = new Set([...chosen.values()].flatMap((r) => (r.kind === 'sum' ? r.members : [])));
    const topLevel = targets.filter((l) => !isPart.has(l));
    for (const target of targets) {
      if (chosen.has(target)) continue;
      const candidates = new Map<string, Candidate>();
      // Between rows, only a line that says it is a total is looked for among the hierarchy's levels (cheaper, and no
      // chance matches); in a short statement, any line among the lines that are no part (Assets over its items).
      if (view.axis === 'column' || saysTotal(ctx, target)) {
        walkCandidates(ctx, stats, target, onlyFrom(stats, aggregates), candidates);
        walkCandidates(ctx, stats, target, onlyFrom(stats, details), candidates);
        walkCandidates(ctx, stats, target, onlyFrom(stats, topLevel), candidates);
      } else if (view.lines <= SHORT_TABLE && couldBeTotal(view, stats, target))
        walkCandidates(ctx, stats, target, onlyFrom(stats, topLevel), candidates);
      choose(target, candidates);
    }
  }
  return dropRestatements(dropPartialReadings([...chosen.values()]).sort((x, y) => better(ctx, x, y)));
}

/** Target lines by their label, where a label names more than one. */
function linesByLabel(ctx: SearchContext, targets: number[]): Map<string, number[]> {
  const byLabel = new Map<string, number[]>();
  for (const line of targets) {
    const label = ctx.label(line);
    if (label === '') continue;
    const lines = byLabel.get(label);
    if (lines) lines.push(line);
    else byLabel.set(label, [line]);
  }
  return byLabel;
}

/**
 * t = a + b, a = t − b and b = t − a state one relation, as do t = a ÷ b and b = a ÷ t: keep the first (best, the one
 * whose header names it) of each set of lines.
 */
function dropRestatements(relations: InferredRelation[]): InferredRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const family = r.kind === 'sum' || r.kind === 'difference' ? 'additive' : r.kind;
    const key = `${family}:${[r.target, ...r.members].sort((a, b) => a - b).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
