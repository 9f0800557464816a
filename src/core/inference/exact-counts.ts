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
