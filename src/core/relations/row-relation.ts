import type { MeasureCandidates } from '../binding';
import { compactText } from '../header';
import { namesPeriod, type Lexicon } from '../lexicon';
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

/**
 * The column group a column stands in at a depth of its header: its first `depth` headers (非公有制企业 / 社会组织,
 * 2024年 / 2025年 at depth 1; 2024年/企业 / 2024年/社会组织 at depth 2), if its header is deeper than that.
 */
const groupAt = (column: HeaderColumn, depth: number): string | undefined =>
  column.headerPath.length > depth ? column.headerPath.slice(0, depth).join('/') : undefined;

/**
 * The candidates each column group offers, when a measure of the rule matches columns in two or more groups: the rule
 * is then checked in each group with that group's own columns (and columns outside every group), never binding a
 * measure of one group to a column of another — not even one the other group lacks (a social-organisation block
 * without joint organisations is not checked with the enterprise block's). Each group is split again by the next row
 * of a deeper header (2024年 into 企业 and 社会组织). Otherwise the candidates as they are.
 */
function candidatesPerGroup(
  measureIds: string[],
  candidates: Map<string, MeasureCandidates>,
  depth = 1,
  group = '',
): { group: string; candidates: Map<string, MeasureCandidates> }[] {
  const columns = [...candidates.values()].flatMap((entry) => entry.columns);
  if (!columns.some((c) => c.headerPath.length > depth)) return [{ group, candidates }];
  const groups = new Set<string>();
  for (const id of measureIds) {
    const named = new Set(
      (candidates.get(id)?.columns ?? []).map((c) => groupAt(c, depth)).filter((g) => g !== undefined),
    );
    if (named.size >= 2) for (const name of named) groups.add(name);
  }
  if (groups.size < 2) return candidatesPerGroup(measureIds, candidates, depth + 1, group);
  return [...groups].flatMap((name) => {
    const own = new Map(candidates);
    for (const id of new Set(measureIds)) {
      const entry = candidates.get(id);
      if (!entry) continue;
      const columns = entry.columns.filter((c) => [undefined, name].includes(groupAt(c, depth)));
      if (columns.length > 0) own.set(id, { ...entry, columns });
      else own.delete(id);
    }
    return candidatesPerGroup(measureIds, own, depth + 1, name);
  });
}

/**
 * Whether the headers bind a relation across subjects' blocks: its operands under two subjects' headers (党员数 / 本期数
 * against 党组织数 / 上年同期), or all under one that its result is not under (商务楼宇数 / 增长(%) with 楼宇党组织覆盖率 /
 * 上年 | 本年; 增长(%) beside 占发展总数比重(%) / 本年 | 上年同期). Words alone bind so, which holds where most rows agree
 * (降幅 beside 无党员企业数 / 年初 | 目前) and is a guess where they do not. Period blocks (2024年 / 2025年) are one
 * subject's.
 */
export function boundAcross(result: HeaderColumn, operands: HeaderColumn[], lexicon: Lexicon): boolean {
  const subjectOf = (c: HeaderColumn) => {
    const group = groupAt(c, 1);
    return group === undefined || namesPeriod(compactText(group), lexicon) ? undefined : group;
  };
  const subjects = operands.map(subjectOf);
  const named = new Set(subjects.filter((s) => s !== undefined));
  const [subject] = named;
  return (
    named.size >= 2 || (subject !== undefined && subjects.every((s) => s === subject) && subjectOf(result) !== subject)
  );
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
  /** Whether a binding's columns can be the relation's at all (see mixesPercent). */
  fits: (binding: Binding) => boolean = () => true,
  /** Whether the headers bind it weakly, so that it holds only where most rows agree (see boundAcross). */
  weak: (binding: Binding) => boolean = () => false,
  /** Whether its check reads a rate's row too (a change, which may be given there in points). */
  ratesToo = false,
): Outcome {
  const all = candidatesPerGroup(measureIds, ctx.candidates).map(({ group, candidates }) => ({
    group,
    outcome: evaluateBindings(ctx, candidates, measureIds, rows, checkFor, fits, weak, ratesToo),
  }));
  const evaluated = all.filter(({ outcome }) => outcome.applies && !borrowedGuess(outcome, all, rows));
  // No group applies: the first says why (no columns, or none most rows agree with).
  if (evaluated.length === 0) return all[0].outcome;
  if (evaluated.length === 1) return evaluated[0].outcome;
  const outcomes = evaluated.map(({ outcome }) => outcome);
  const [first, ...others] = outcomes;
  const groups = evaluated.map(({ group, outcome }) => {
    const columns = [...outcome.binding.values()].sort((a, b) => a.col - b.col);
    return `${group} (${columns.map((c) => c.letter).join(', ')})`;
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

/**
 * A group's binding that reads a column shared with other groups (年初数 beside 一季度 | 二季度 | …, each with 增加 |
 * 减少 | 期末数) and fails on most rows: the shared column is not that group's (二季度 starts from 一季度's 期末数), and
 * reporting every row would be a guess. The group is left out, as headers no binding agrees with are.
 */
function borrowedGuess(outcome: Outcome, all: { outcome: Outcome }[], rows: number[]): boolean {
  if (all.length < 2 || outcome.violations.length * 2 <= rows.length) return false;
  const used = (col: number, o: Outcome) => [...o.binding.values()].some((c) => c.col === col);
  return [...outcome.binding.values()].some((c) => all.some((a) => a.outcome !== outcome && used(c.col, a.outcome)));
}

function evaluateBindings(
  ctx: EvaluationContext,
  candidates: Map<string, MeasureCandidates>,
  measureIds: string[],
  rows: number[],
  checkFor: (binding: Binding) => RowCheck,
  fits: (binding: Binding) => boolean,
  weak: (binding: Binding) => boolean,
  ratesToo: boolean,
): Outcome {
  const bindings = bindingsOf(measureIds, candidates).filter(fits);
  if (bindings.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  let chosen = bindings[0];
  const notes: string[] = [];
  if (bindings.length > 1 || weak(chosen)) {
    let fewest = Infinity;
    for (const binding of bindings) {
      const { check } = checkFor(binding);
      const failures = rows.reduce((n, row) => n + (check(row) ? 1 : 0), 0);
      if (failures < fewest) [fewest, chosen] = [failures, binding];
    }
    // Headers that match several ways, none of which most rows agree with (本年累计 read against 上年同月), decide
    // nothing: the rule says nothing rather than fail every row on a guess.
    if (fewest * 2 > rows.length)
      return notApplicable(
        phrase(ctx.lang, 'bindingNoneAgrees', { agree: String(rows.length - fewest), rows: String(rows.length) }),
      );
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
  // A row stating a rate unit (城镇化率 | %, 年均增速（%） under years) holds no count or amount, whatever the columns'
  // units say: its figures are rates, and changes in points.
  const countsByRow = !ratesToo && [...chosen].some(([id]) => ctx.measures.get(id)?.kind !== 'rate');
  const onHeld = held.perRow(cols);
  const violations: Violation[] = [];
  // Indexed: a for-of over 50,000 rows allocates an iterator result per row until it is optimised.
  for (let i = 0; i < rows.length; i++) {
    if (countsByRow && ctx.model.isRateRow(rows[i])) continue;
    const violation = check(rows[i], onHeld);
    if (violation) violations.push(violation);
  }
  return { applies: true, binding: chosen, bindingNotes: notes, violations, held };
}
