/**
 * Why a planted AggreCol change was missed (`SHOW_MISSES=1 npm run bench:accuracy`): the annotated aggregation is
 * checked as a candidate relation of its own, so that a miss is told apart as one the search never proposed, one
 * acceptance rejected, one inferred whose planted break is not reported, or one the figures cannot show.
 */
import { accepted, check } from '../src/core/inference/acceptance';
import { inferSheet, type SheetInference } from '../src/core/inference/infer';
import { viewOf } from '../src/core/inference/grid';
import type { InferredKind } from '../src/core/inference/relations';
import type { Candidate, SearchContext } from '../src/core/inference/search-context';
import { hasWord } from '../src/core/inference/words';
import type { Lexicon } from '../src/core/lexicon';
import type { SheetSnapshot } from '../src/core/snapshot';
import type { Aggregation } from './aggrecol';

const KIND: Record<Aggregation['operator'], InferredKind> = {
  Sum: 'sum',
  Average: 'average',
  Division: 'ratio',
  RelativeChange: 'change',
};

/** The annotation as a candidate between lines: its axis, target, members and the position of the planted cell. */
function asCandidate(a: Aggregation): { axis: 'column' | 'row'; candidate: Candidate; pos: number } | undefined {
  const [row, col] = a.aggregator_index;
  const kind = KIND[a.operator];
  if (a.aggregatee_indices.every(([, c]) => c === col))
    return {
      axis: 'row',
      candidate: { kind, target: row, members: a.aggregatee_indices.map(([r]) => r), scale: 1 },
      pos: col,
    };
  if (a.aggregatee_indices.every(([r]) => r === row))
    return {
      axis: 'column',
      candidate: { kind, target: col, members: a.aggregatee_indices.map(([, c]) => c), scale: 1 },
      pos: row,
    };
  return undefined;
}

function contextOf(inference: SheetInference, axis: 'column' | 'row', lexicon: Lexicon): SearchContext {
  const labels = axis === 'column' ? inference.columnLabels : inference.rowLabels;
  const label = (line: number) => labels[line] ?? '';
  return {
    lexicon,
    view: viewOf(inference.grid, axis),
    label,
    isTotal: (line) => hasWord(label(line), 'total', lexicon),
  };
}

/** Sorted members that run without a gap up to the line next to the target. */
function adjacent(target: number, members: number[]): boolean {
  const sorted = [...members].sort((x, y) => x - y);
  const contiguous = sorted.every((m, i) => i === 0 || m === sorted[i - 1] + 1);
  return contiguous && (sorted[0] === target + 1 || sorted[sorted.length - 1] === target - 1);
}

/** One line saying why the planted change at `aggregation`'s cell was not reported. */
export function whyMissed(original: SheetSnapshot, planted: SheetSnapshot, a: Aggregation, lexicon: Lexicon): string {
  const shape = asCandidate(a);
  if (!shape) return 'parts neither in its row nor in its column';
  const { axis, candidate, pos } = shape;
  const after = inferSheet(planted, lexicon);
  const inferred = after.relations.find((r) => r.axis === axis && r.target === candidate.target);
  if (inferred) {
    const b = inferred.breaks.find((x) => x.pos === pos);
    if (b) return `inferred ${inferred.kind}, break reported but dropped (a declared rule reports the cell?)`;
    const same = inferred.kind === candidate.kind && inferred.members.join() === candidate.members.join();
    return `inferred ${same ? 'as annotated' : `as another ${inferred.kind}`} but the plant not reported`;
  }
  const before = inferSheet(original, lexicon);
  if (before.relations.some((r) => r.axis === axis && r.target === candidate.target))
    return 'inferred on the original, rejected once planted';
  const ctx = contextOf(before, axis, lexicon);
  const view = ctx.view;
  const blanks = candidate.members.some((m) => Number.isNaN(view.value(m, pos)));
  const checked = check(ctx, candidate);
  const support = checked?.support.length ?? 0;
  const where = adjacent(candidate.target, candidate.members) ? '' : ', parts not adjacent';
  if (blanks) return `blank parts${where}`;
  if (checked && accepted(ctx, checked)) {
    const afterCtx = contextOf(after, axis, lexicon);
    const plantedCheck = check(afterCtx, candidate);
    return plantedCheck && accepted(afterCtx, plantedCheck)
      ? `annotation accepted, search never proposed it${where}`
      : `annotation accepted on the original only (support ${support})${where}`;
  }
  if (support <= 1) return `holds at ${support} position(s) only${where}`;
  return `candidate rejected by acceptance (support ${support}, failures ${checked ? checked.breaks.length + checked.unexplained : '>'})${where}`;
}
