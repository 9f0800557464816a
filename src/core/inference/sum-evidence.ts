import type { GridView } from './grid';
import type { InferredRelation } from './relations';

/**
 * Blank parts of a sum. A blank part may be a suppressed figure (the total includes it) or a nothing (the total
 * excludes it): only the other positions can tell. A sum with blank parts is therefore also offered with its blanks
 * read as zero; acceptance keeps that reading only where it holds on more positions than it breaks (see better in
 * search.ts), so a suppressed figure never turns into a break.
 */

type SumCandidate = Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero'>;

/** The candidate, and for a sum with a blank part where its total has a figure, the same sum with blanks as zero. */
export function blankReadings<C extends SumCandidate>(view: GridView, c: C): C[] {
  if (c.kind !== 'sum' || c.blanksAsZero) return [c];
  for (let pos = 0; pos < view.positions; pos++) {
    if (Number.isNaN(view.value(c.target, pos))) continue;
    const blanks = c.members.filter((m) => Number.isNaN(view.value(m, pos))).length;
    if (blanks > 0 && blanks < c.members.length) return [c, { ...c, blanksAsZero: true }];
  }
  return [c];
}
