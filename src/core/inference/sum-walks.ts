import type { Stats, Walk } from './search';

/**
 * A walk (see Walk in search.ts) for a sum whose parts are not the lines right next to its total: a total set off
 * from its parts by a blank line or two.
 */

/** Blank lines a total may stand apart from its parts by. */
const MAX_GAP = 3;

/** Whether a blank line lies next to the target, on either side (else acrossGap has nothing to walk). */
export function nextToGap(stats: Stats, target: number): boolean {
  return [target - 1, target + 1].some((l) => l >= 0 && l < stats.numbers.length && stats.numbers[l] === 0);
}

/**
 * Lines beyond a gap of blank lines next to the target, on across further gaps as short (a statement that sets every
 * line apart: net increase, blank, cash at the start, blank, cash at the end); nothing when there is no gap.
 */
export function acrossGap(stats: Stats): Walk {
  const inside = (line: number) => line >= 0 && line < stats.numbers.length;
  return (target, d, visit) => {
    let line = target + d;
    if (!inside(line) || stats.numbers[line] > 0) return;
    for (;;) {
      let gap = 0;
      for (; gap < MAX_GAP && inside(line) && stats.numbers[line] === 0; gap++) line += d;
      if (!inside(line) || stats.numbers[line] === 0) return;
      for (; inside(line) && stats.numbers[line] > 0; line += d) if (!visit(line)) return;
    }
  };
}
