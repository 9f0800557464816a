import type { Relation } from '../rule-schema';
import { roundForDisplay } from '../tolerance';
import {
  evalOperand,
  impliedForEquality,
  listed,
  operandColumns,
  operandMeasures,
  operandName,
  operandText,
  refsOf,
  resolveOperand,
  sameNumber,
  scratchTerm,
  unbracketed,
  type ColumnOperand,
} from './operands';
import { evaluateRowRelation } from './row-relation';
import { COMMON_PLACEHOLDERS, type Outcome, type RelationInput, type Violation } from './types';

type Comparison = Extract<Relation, { kind: 'equals' | 'atLeast' }>;

/** What equals and atLeast share: left and right operands compared on each row. */
export const COMPARISON_PLACEHOLDERS = [
  ...COMMON_PLACEHOLDERS,
  'left',
  'right',
  'formula',
  'bound',
  'difference',
] as const;

export const comparisonMeasures = (r: Comparison) => [...operandMeasures(r.left), ...operandMeasures(r.right)];

const [LEFT, RIGHT] = [scratchTerm(), scratchTerm()];

/** left = right (equals), or left ≥ factor × right (atLeast), on one row. */
function compare(
  relation: Comparison,
  left: ColumnOperand,
  right: ColumnOperand,
  ctx: RelationInput<Comparison>['ctx'],
  row: number,
  held?: (row: number) => void,
): Violation | undefined {
  const { model } = ctx;
  const l0 = evalOperand(left, model, row, false, LEFT);
  const r0 = evalOperand(right, model, row, false, RIGHT);
  if (!l0 || !r0) return undefined;
  const decimals = Math.max(l0.decimals, r0.decimals);
  const atLeast = relation.kind === 'atLeast';
  const bound = atLeast ? relation.factor * r0.value : r0.value;
  const holds = atLeast
    ? l0.value >= bound - (decimals === 0 ? 0 : 10 ** -decimals / 2)
    : sameNumber(l0.value, bound, decimals);
  if (holds) {
    held?.(row);
    return undefined;
  }
  const l = listed(l0, left, model);
  const r = listed(r0, right, model);
  const rightText = unbracketed(operandText(right, model, row));
  const factor = atLeast && relation.factor !== 1 ? `${relation.factor} × ` : '';
  const expected = (atLeast ? '≥ ' : '') + roundForDisplay(bound, decimals);
  const actual = roundForDisplay(l.value, decimals);
  return {
    row,
    cells: refsOf(l, r),
    expected,
    actual,
    ...(atLeast ? {} : { implied: impliedForEquality(l, r), linear: true }),
    vars: {
      row: model.rowLabel(row),
      left: operandName(left),
      right: factor + operandName(right),
      expected,
      actual,
      formula: factor ? `${factor}${rightText}` : rightText,
      bound: roundForDisplay(bound, decimals),
      difference: roundForDisplay(l.value - bound, decimals),
    },
  };
}

export function evaluateComparison({ relation, ctx }: RelationInput<Comparison>): Outcome {
  return evaluateRowRelation(ctx, comparisonMeasures(relation), ctx.model.rowsToCheck, (binding) => {
    const left = resolveOperand(relation.left, binding, ctx.measures, ctx.lang) as ColumnOperand;
    const right = resolveOperand(relation.right, binding, ctx.measures, ctx.lang) as ColumnOperand;
    return {
      cols: [...operandColumns(left), ...operandColumns(right)],
      check: (row, held) => compare(relation, left, right, ctx, row, held),
    };
  });
}
