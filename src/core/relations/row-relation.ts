import type { MeasureCandidates } from '../binding';
import type { HeaderColumn } from '../layout-types';
import { phrase } from '../messages';
import { HeldChecks } from './held-checks';
import type { Binding, EvaluationContext, Outcome, Violation } from './types';

const MAX_BINDINGS = 64;

/** A relation checked row by row over one binding: the columns it reads and the check of one row. */
export interface RowCheck {
  cols: readonly number[];
  check: (row: number, held?: (row: number) => void) => Violation | undefined;
}

/** All bindings of a rule's measures to candidate columns (each column used once), capped. */
function bindingsOf(measureIds: string[], candidates: Map<string, MeasureCandidates>): Binding[] {
  let bindings: Binding[] = [new Map<string, HeaderColumn>()];
  for (const id of [...new Set(measureIds)]) {
    const columns = candidates.get(id)?.columns ?? [];
    const next: Binding[] = [];
    for (const b of bindings) {
      for (const column of columns) {
        if ([...b.values()].some((c) => c.col === column.col)) continue;
        if (next.length < MAX_BINDINGS) next.push(new Map(b).set(id, column));
      }
    }
    bindings = next;
  }
  return bindings;
}

/** The parent header of a column in a column group (非公有制企业 / 社会组织, 2024年 / 2025年), if any. */
const groupOf = (column: HeaderColumn): string | undefined =>
  column.headerPath.length > 1 ? column.headerPath[0] : undefined;

/**
 * The candidates each column group offers, when a measure of the rule matches columns in two or more groups: the rule
 * is then checked in each group with that group's own columns (and columns outside every group), never binding a
 * measure of one group to a column of another — not even one the other group lacks (a social-organisation block
 * without joint organisations is not checked with the enterprise block's). Otherwise the candidates as they are.
 */
function candidatesPerGroup(
  measureIds: string[],
  candidates: Map<string, MeasureCandidates>,
): Map<string, MeasureCandidates>[] {
  const groups = new Set<string>();
  for (const id of measureIds) {
    const named = new Set((candidates.get(id)?.columns ?? []).map(groupOf).filter((g) => g !== undefined));
    if (named.size >= 2) for (const group of named) groups.add(group);
  }
  if (groups.size < 2) return [candidates];
  return [...groups].map((group) => {
    const own = new Map(candidates);
    for (const id of new Set(measureIds)) {
      const entry = candidates.get(id);
      if (!entry) continue;
      const columns = entry.columns.filter((c) => groupOf(c) === undefined || groupOf(c) === group);
      if (columns.length > 0) own.set(id, { ...entry, columns });
      else own.delete(id);
    }
    return own;
  });
}

export function notApplicable(reason: string): Outcome {
  return { applies: false, reason, binding: new Map(), bindingNotes: [], violations: [], held: new HeldChecks() };
}

/**
 * Binds the measures to columns and checks every row. Where headers are ambiguous, the binding most rows agree with
 * (fewest violations) is kept and explain says so; the checks of that binding are then recorded for the localiser.
 */
export function evaluateRowRelation(
  ctx: EvaluationContext,
  measureIds: string[],
  rows: number[],
  checkFor: (binding: Binding) => RowCheck,
): Outcome {
  const outcomes = candidatesPerGroup(measureIds, ctx.candidates)
    .map((candidates) => evaluateBindings(ctx, candidates, measureIds, rows, checkFor))
    .filter((o) => o.applies);
  if (outcomes.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  if (outcomes.length === 1) return outcomes[0];
  const [first, ...others] = outcomes;
  const groups = outcomes.map(({ binding }) => {
    const columns = [...binding.values()].sort((a, b) => a.col - b.col);
    const name = columns.map(groupOf).find((g) => g !== undefined) ?? '';
    return `${name} (${columns.map((c) => c.letter).join(', ')})`;
  });
  return {
    ...first,
    groupBindings: outcomes.map((o) => o.binding),
    bindingNotes: [
      phrase(ctx.lang, 'bindingPerGroup', { groups: groups.join('; ') }),
      ...outcomes.flatMap((o) => o.bindingNotes),
    ],
    violations: outcomes.flatMap((o) => o.violations),
    held: others.reduce((held, o) => held.merge(o.held), first.held),
  };
}

function evaluateBindings(
  ctx: EvaluationContext,
  candidates: Map<string, MeasureCandidates>,
  measureIds: string[],
  rows: number[],
  checkFor: (binding: Binding) => RowCheck,
): Outcome {
  const bindings = bindingsOf(measureIds, candidates);
  if (bindings.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  let chosen = bindings[0];
  const notes: string[] = [];
  if (bindings.length > 1) {
    let fewest = Infinity;
    for (const binding of bindings) {
      const { check } = checkFor(binding);
      const failures = rows.reduce((n, row) => n + (check(row) ? 1 : 0), 0);
      if (failures < fewest) [fewest, chosen] = [failures, binding];
    }
    for (const [id, column] of chosen) {
      const columns = candidates.get(id)?.columns ?? [];
      if (columns.length < 2) continue;
      notes.push(
        phrase(ctx.lang, 'bindingChosen', {
          measure: ctx.measures.get(id)?.name[ctx.lang] ?? id,
          columns: columns.map((c) => c.letter).join(', '),
          chosen: column.letter,
          agree: String(rows.length - fewest),
          rows: String(rows.length),
        }),
      );
    }
  }
  const held = new HeldChecks();
  const { cols, check } = checkFor(chosen);
  // Counts and amounts whose unit each row states: a rate row (城镇化率 | %) holds no count, and changes in points.
  const countsByRow = [...chosen].some(([id, c]) => c.unit === undefined && ctx.measures.get(id)?.kind !== 'rate');
  const checked = countsByRow ? rows.filter((row) => !ctx.model.isRateRow(row)) : rows;
  const onHeld = held.perRow(cols);
  const violations: Violation[] = [];
  // Indexed: a for-of over 50,000 rows allocates an iterator result per row until it is optimised.
  for (let i = 0; i < checked.length; i++) {
    const violation = check(checked[i], onHeld);
    if (violation) violations.push(violation);
  }
  return { applies: true, binding: chosen, bindingNotes: notes, violations, held };
}
