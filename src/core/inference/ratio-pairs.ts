import type { GridView } from './grid';
import { SCALES } from './relations';
import { addIfSampleHolds, type Candidate, type SearchContext, type Stats } from './search';

/**
 * Ratios and changes between any two lines of a short table, for a line of rates: a statement's `Gross profit %` is
 * its gross profit over total revenues ten lines up, `Debt / equity` two lines sixteen rows away. Trying every pair is
 * too many in a table of two hundred lines; instead, at the target's first figure, the other line each divisor needs is
 * looked up among the lines' figures there, sorted.
 */

/** Whether most of a line's figures are fractions or per cents: a rate, not a count. */
export function rateLike(view: GridView, stats: Stats, target: number): boolean {
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
  let i = 0;
  let j = sorted.values.length;
  while (i < j) {
    const mid = (i + j) >> 1;
    if (sorted.values[mid] < lo) i = mid + 1;
    else j = mid;
  }
  const found: number[] = [];
  for (; i < sorted.values.length && sorted.values[i] <= hi; i++) found.push(sorted.lines[i]);
  return found;
}

/**
 * Every pair (a, b) with target = a ÷ b × scale or (b ÷ a − 1) × scale at one of the target's first two figures, each
 * then held to a sample of its figures (see addIfSampleHolds).
 */
export function ratioPairs(ctx: SearchContext, stats: Stats, target: number, out: Map<string, Candidate>): void {
  // Two figures, so that a wrong first figure cannot hide its relation.
  for (const pos of stats.first[target].slice(0, 2)) pairsAt(ctx, stats, target, pos, out);
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
    for (const scale of SCALES) {
      // ratio: target = a ÷ known × scale; change: target = (b ÷ known − 1) × scale.
      const numerator = (t * k) / scale;
      const later = k * (1 + t / scale);
      const tries: Candidate[] = [];
      for (const a of between(sorted, numerator - within(numerator), numerator + within(numerator)))
        if (a !== target && a !== known) tries.push({ kind: 'ratio', target, members: [a, known], scale });
      for (const b of between(sorted, later - within(later), later + within(later)))
        if (b !== target && b !== known) tries.push({ kind: 'change', target, members: [known, b], scale });
      for (const c of tries) addIfSampleHolds(ctx, stats, [c], out);
    }
  }
}
