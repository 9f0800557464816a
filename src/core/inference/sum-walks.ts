import type { Stats, Walk } from './search';

/**
 * Walks (see Walk in search.ts) for sums whose parts are not the lines right next to their total: a total set off
 * from its parts by a blank line or two, and a grand total over the top level of a hierarchy (its subtotals and the
 * lines under none), skipping the lines a subtotal already sums.
 */

/** Blank lines a total may stand apart from its parts by. */
const MAX_GAP = 2;

/** Whether a blank line lies next to the target, on either side (else acrossGap has nothing to walk). */
export function nextToGap(stats: Stats, target: number): boolean {
  return [target - 1, target + 1].some((l) => l >= 0 && l < stats.numbers.length && stats.numbers[l] === 0);
}

/** Lines beyond a gap of blank lines next to the target, up to the next blank line; nothing when there is no gap. */
export function acrossGap(stats: Stats): Walk {
  return (target, d, visit) => {
    let line = target + d;
    for (let gap = 0; gap < MAX_GAP && line >= 0 && line < stats.numbers.length && stats.numbers[line] === 0; gap++)
      line += d;
    if (line === target + d) return;
    for (; line >= 0 && line < stats.numbers.length && stats.numbers[line] > 0; line += d) if (!visit(line)) return;
  };
}

/** Lines that are no part of any of these sums, from the target outwards, up to the end of the target's block. */
export function topLevel(stats: Stats, sums: { target: number; members: number[] }[]): Walk {
  const part = new Uint8Array(stats.numbers.length);
  for (const s of sums) for (const m of s.members) part[m] = 1;
  return (target, d, visit) => {
    for (let line = target + d; line >= 0 && line < stats.numbers.length; line += d) {
      if (stats.block[line] !== stats.block[target]) return;
      if (part[line] === 0 && stats.numbers[line] > 0 && !visit(line)) return;
    }
  };
}
