import type { GridView } from './grid';
import type { InferredRelation } from './relations';
import { blankCounter } from './run-sums';

/**
 * Blank parts of a sum or mean. A blank part may be a suppressed figure (the total includes it) or a nothing (the total
 * excludes it): only the other positions can tell. A sum with blank parts is therefore also offered with its blanks
 * read as zero; acceptance keeps that reading only where it holds on more positions than it breaks (see better in
 * search.ts), so a suppressed figure never turns into a break. A mean is of the figures there are, or (so offered) of
 * every line with blanks as zero, a sum divided by the number of lines.
 */

/** Positions a sum's parts are searched for blanks at, beyond which a cheaper count of figures decides. */
const SCAN_POSITIONS = 1000;

type SumCandidate = Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero'>;

/**
 * The candidate, and for a sum or mean with a blank part where its target has a figure, the same with blanks as zero.
 * `numbers` counts each line's figures: in a long ledger only a part with fewer figures than its total is looked at
 * (its filled columns are passed over at once).
 */
export function blankReadings<C extends SumCandidate>(view: GridView, numbers: Int32Array, c: C): C[] {
  if ((c.kind !== 'sum' && c.kind !== 'average') || c.blanksAsZero) return [c];
  if (view.positions > SCAN_POSITIONS && c.members.every((m) => numbers[m] >= numbers[c.target])) return [c];
  const blanksAt = blankCounter(view, c.members);
  for (let pos = 0; pos < view.positions; pos++) {
    if (Number.isNaN(view.value(c.target, pos))) continue;
    const blanks = blanksAt(pos);
    if (blanks > 0 && blanks < c.members.length) return [c, { ...c, blanksAsZero: true }];
  }
  return [c];
}

const additive = (r: InferredRelation) => r.kind === 'sum' || r.kind === 'difference';

/**
 * Drops an additive relation that leaves out a part a fuller sum includes, and breaks only where that part has a figure
 * and the fuller sum holds: its breaks are that part, not wrong figures. The fuller sum reads blanks as zero (operating
 * profit = total − joint ventures, broken in the one year with exceptional items), or holds exactly (社会团体 = 合计 −
 * 民办非企业单位, broken at the one column where 基金会 is not 0, beside 合计 = 社会团体 + 民办非企业单位 + 基金会).
 */
export function dropPartialReadings(relations: InferredRelation[]): InferredRelation[] {
  // Sets of lines made only where there is something to drop: a total row's lists 50,000.
  if (!relations.some((r) => additive(r) && r.breaks.length > 0)) return relations;
  const fuller = relations
    .filter(
      (r) => r.breaks.length === 0 && (r.blanksAsZero || (additive(r) && r.deviation === 0 && r.unexplained === 0)),
    )
    .map((f) => ({ f, all: new Set([f.target, ...f.members]) }));
  if (fuller.length === 0) return relations;
  return relations.filter((r) => {
    if (!additive(r) || r.breaks.length === 0) return true;
    const lines = [r.target, ...r.members];
    return !fuller.some(
      ({ f, all }) =>
        f.axis === r.axis &&
        all.size > lines.length &&
        lines.every((l) => all.has(l)) &&
        r.breaks.every((b) => f.support.includes(b.pos)),
    );
  });
}
