import type { GridView } from './grid';
import { eps, type Break } from './relations';
import type { Candidate } from './search-context';

/**
 * Whole figures are read as rounded to the unit (± 0.5 each), so a total of small counts may be off by its number of
 * parts over two and still "hold": 25 over parts that give 23 passes as rounding. A sheet of counts says otherwise
 * with its own figures: where a sum of whole figures is exact at so many positions that rounding could not have made
 * them all exact, its one inexact position is a wrong figure, not rounding.
 */

/** How unlikely it must be that rounding alone made every exact position exact. */
const CHANCE = 1e-3;

/**
 * The chance that k + 1 figures each rounded to the unit (errors uniform within ± 0.5) still add up exactly: their
 * summed error, of variance (k + 1) ÷ 12, rounds to 0 (a normal approximation, capped for two or three figures).
 */
function exactByChance(figures: number): number {
  return Math.min(0.8, 1 / Math.sqrt((2 * Math.PI * figures) / 12));
}

/** Exact positions needed before a sum of this many parts is read as exact counts. */
export function exactEvidence(parts: number): number {
  return Math.ceil(Math.log(CHANCE) / Math.log(exactByChance(parts + 1)));
}

/** Whether every figure of the relation at a position is typed whole with this half unit (0: a count, exact). */
function wholeAt(view: GridView, c: Candidate, pos: number, half = 0.5): boolean {
  const whole = (line: number) => {
    const v = view.value(line, pos);
    return Number.isNaN(v) || (Number.isInteger(v) && view.half(line, pos) === half);
  };
  // The target, then the members: a total's 50,000 members are not copied.
  return whole(c.target) && c.members.every(whole);
}

/** Whether a sum or difference reads counts in whole units only at a position (the layout's 家, 个, 人 columns). */
export const countsAt = (view: GridView, c: Candidate, pos: number): boolean =>
  (c.kind === 'sum' || c.kind === 'difference') && wholeAt(view, c, pos, 0);

/**
 * Tallies a sum's exact and inexact positions as the check walks them; `breaks` gives the inexact ones as breaks when
 * the exact ones are evidence enough, else none.
 */
export class ExactCounts {
  private exact = 0;
  private inexact = 0;
  private first: Break | undefined;

  constructor(
    private readonly view: GridView,
    private readonly c: Candidate,
  ) {}

  /** A position where the sum holds within the rounding of its figures. */
  held(pos: number, expected: number, actual: number): void {
    if (this.c.kind !== 'sum' && this.c.kind !== 'difference') return;
    if (Math.abs(expected - actual) <= eps(expected, actual)) this.exact++;
    // Only the first inexact position is looked at: a second one ends the case anyway.
    else if (++this.inexact === 1 && wholeAt(this.view, this.c, pos))
      this.first = { pos, expected, actual, slack: eps(expected, actual) };
  }

  /** The one inexact position, of whole figures, among enough exact ones, as a break. */
  breaks(): Break[] {
    return this.inexact === 1 && this.first && this.exact >= exactEvidence(this.c.members.length) ? [this.first] : [];
  }
}

/** How unlikely the exact positions must be, were the whole figures rounded, before the sum is read as none. */
const FEW_EXACT = 0.05;

/**
 * A sum's figures at a position where all are whole, exact counts or rounded to the unit: how many are rounded, and
 * whether the sum is exact there. Undefined where a figure has decimals.
 */
export function wholeSumAt(view: GridView, c: Candidate, pos: number): { rounded: number; exact: boolean } | undefined {
  let sum = 0;
  let rounded = 0;
  for (let i = -1; i < c.members.length; i++) {
    const line = i < 0 ? c.target : c.members[i];
    const v = view.value(line, pos);
    if (Number.isNaN(v)) continue;
    const half = view.half(line, pos);
    if (!Number.isInteger(v) || (half !== 0 && half !== 0.5)) return undefined;
    if (half === 0.5) rounded++;
    if (i >= 0) sum += v;
  }
  const target = view.value(c.target, pos);
  return { rounded, exact: Math.abs(sum - target) <= eps(sum, target) };
}

/** The least target of a sum of whole figures exact at a position for that position alone to tell (9 = 4 + 1 + 4 does not). */
const EXACT_TELLS = 20;
/** The least target of a sum of whole figures that holds within their rounding only, likewise. */
const ROUNDED_TELLS = 100;

/**
 * Whether a sum holding at one position tells that it is the table's: its figures have decimals, or they are whole and
 * large enough that an accident is unlikely (small counts add up to another by chance: 9 = 4 + 1 + 4).
 */
export function tellsAlone(view: GridView, c: Candidate, pos: number): boolean {
  const whole = wholeSumAt(view, c, pos);
  if (!whole) return true;
  return Math.abs(view.value(c.target, pos)) >= (whole.exact ? EXACT_TELLS : ROUNDED_TELLS);
}

/** Positions of whole figures not zero where a sum is exact that show it is the table's, whatever their size. */
const SEVERAL_EXACT = 3;

/** Whether a sum is exact, in whole figures and a target not zero, at several positions (see SEVERAL_EXACT). */
export function exactAtSeveral(view: GridView, c: Candidate): boolean {
  let exact = 0;
  for (let pos = 0; pos < view.positions && exact < SEVERAL_EXACT; pos++)
    if (view.value(c.target, pos) !== 0 && wholeSumAt(view, c, pos)?.exact === true) exact++;
  return exact >= SEVERAL_EXACT;
}

/**
 * Whether a sum of whole figures, some read as rounded to the unit, is exact at too few of the positions where it holds
 * for rounding to explain the rest: rounding leaves such a sum exact at most positions (four in five where three figures
 * are rounded), so one off by a unit or two at most of them adds up figures that do not add up (两委成员总数 ≈ 女性 +
 * 35岁及以下 + 大专及以上, categories that cut across each other, near the total by the sizes of towns).
 */
export function rarelyExact(view: GridView, c: Candidate, support: readonly number[]): boolean {
  if (c.kind !== 'sum') return false;
  let [exact, inexact, rounded] = [0, 0, 0];
  for (const pos of support) {
    const at = wholeSumAt(view, c, pos);
    if (!at) return false;
    if (at.exact) exact++;
    else inexact++;
    rounded = Math.max(rounded, at.rounded);
  }
  // One position off by rounding says nothing: two or more, among few exact ones, do.
  if (inexact < 2 || rounded === 0) return false;
  return binomialTail(exact, exact + inexact, exactByChance(rounded)) < FEW_EXACT;
}

/** The chance of `k` or fewer successes in `n` trials of chance `p` (a normal approximation past a hundred trials). */
function binomialTail(k: number, n: number, p: number): number {
  if (n > 100) {
    const z = (k + 0.5 - n * p) / Math.sqrt(n * p * (1 - p));
    // The normal distribution's CDF in its tanh form: √(2/π) (z + 0.044715 z³).
    return 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z ** 3)));
  }
  let term = (1 - p) ** n;
  let tail = term;
  for (let x = 1; x <= k; x++) {
    term *= ((n - x + 1) / x) * (p / (1 - p));
    tail += term;
  }
  return tail;
}
