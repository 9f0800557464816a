import type { SheetModel } from '../sheet-model';
import { compareStated, roundForDisplay, type ToleranceSpec } from '../tolerance';
import {
  decimalsOf,
  evalOperand,
  figureText,
  impliedForRatio,
  listed,
  operandColumns,
  operandText,
  refsOf,
  type ColumnOperand,
} from './operands';
import type { Violation } from './types';

/** A stated rate and the columns it is computed from: a ratio rule over its binding, or a share column. */
export interface RatioSpec {
  resultCol: number;
  /** The rate's name in messages. */
  resultName: string;
  numerator: ColumnOperand;
  denominator: ColumnOperand;
  scale: number;
  tolerance?: ToleranceSpec;
}

export const RATIO_PLACEHOLDERS = ['result', 'formula', 'difference', 'tolerance'] as const;

/** The columns a ratio reads on each row: the rate first, then its operands'. */
export const ratioColumns = (spec: RatioSpec): number[] => [
  spec.resultCol,
  ...operandColumns(spec.numerator),
  ...operandColumns(spec.denominator),
];

/** Checks a stated rate against numerator ÷ denominator × scale on one row; `held` hears of a row that agrees. */
export function ratioCheck(
  spec: RatioSpec,
  model: SheetModel,
  row: number,
  held?: (row: number) => void,
): Violation | undefined {
  const stated = model.number(row, spec.resultCol);
  if (!stated) return undefined;
  const numerator = evalOperand(spec.numerator, model, row);
  const denominator = evalOperand(spec.denominator, model, row);
  if (!numerator || !denominator || denominator.value === 0) return undefined;
  const computed = (numerator.value / denominator.value) * spec.scale;
  const { agrees, tolerance, difference } = compareStated(stated, computed, spec.tolerance);
  if (agrees) {
    held?.(row);
    return undefined;
  }
  const n = listed(numerator, spec.numerator, model);
  const d = listed(denominator, spec.denominator, model);
  const cells = [{ row, col: spec.resultCol }, ...refsOf(n, d)];
  const unit = spec.scale === 100 ? '%' : spec.scale === 1000 ? '‰' : '';
  const decimals = decimalsOf(stated);
  const expected = roundForDisplay(computed, Math.max(1, decimals)) + unit;
  const actual = figureText(stated) + unit;
  const scaleText = spec.scale === 100 || spec.scale === 1000 || spec.scale === 1 ? '' : ` × ${spec.scale}`;
  return {
    row,
    cells,
    expected,
    actual,
    tolerance,
    implied: impliedForRatio(spec.scale, stated.value, cells[0], n, d),
    vars: {
      row: model.rowLabel(row),
      result: spec.resultName,
      expected,
      actual,
      formula: `${operandText(spec.numerator, model, row)} ÷ ${operandText(spec.denominator, model, row)}${scaleText}`,
      difference: roundForDisplay(difference, Math.max(1, decimals)),
      tolerance: String(tolerance),
    },
  };
}
