import { rangeOf, type NumberFigure } from '../figure';
import type { SheetModel } from '../sheet-model';
import { compareStated, isMeasuredUnit, roundForDisplay, type ToleranceSpec } from '../tolerance';
import {
  decimalsOf,
  evalOperand,
  figureText,
  impliedForRatio,
  listed,
  operandColumns,
  operandText,
  refsOf,
  scratchTerm,
  type ColumnOperand,
  type Term,
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

/**
 * Whether a ratio is a growth on a comparable basis at a row: of a row a note names so, or of value added or product
 * (增加值, 地区生产总值: the vocabulary's realGrowthLabels) by the row's label, its whole's (第一产业 under 地区生产总值) or
 * a column's header, which is published at comparable prices. The figures shown do not give it.
 */
export function comparableGrowthAt(spec: RatioSpec, model: SheetModel, row: number): boolean {
  const { relative, realColumn, real, wholeOf } = growthReading(spec, model);
  if (!relative) return false;
  const whole = wholeOf.get(row);
  const noted = model.layout.comparableGrowthRows ?? [];
  return (
    realColumn ||
    noted.includes(row) ||
    (whole !== undefined && noted.includes(whole)) ||
    real(model.rowLabel(row)) ||
    (whole !== undefined && real(model.rowLabel(whole)))
  );
}

/** What comparableGrowthAt reads once per ratio, not on each of 50,000 rows: whether it is a growth, its columns' headers. */
const growthReadings = new WeakMap<
  RatioSpec,
  { relative: boolean; realColumn: boolean; real: (text: string) => boolean; wholeOf: Map<number, number> }
>();

function growthReading(spec: RatioSpec, model: SheetModel) {
  let found = growthReadings.get(spec);
  if (!found) {
    const { numerator, denominator } = spec;
    const growth =
      'difference' in numerator &&
      'col' in denominator &&
      numerator.difference.some((o) => 'col' in o && o.col === denominator.col);
    const { realGrowth, notAdditive } = model.lexicon;
    // Not an intensity (单位地区生产总值能耗, per 万元 of product): its decline is that of the two figures shown.
    const real = (text: string) => realGrowth.test(text) && !notAdditive.test(text);
    found = {
      relative: growth,
      realColumn: ratioColumns(spec).some((col) => real(model.headerColumn(col)?.rawHeader ?? '')),
      real,
      wholeOf: new Map(growth ? model.layout.partRows.map((p) => [p.row, p.partOfRow]) : []),
    };
    growthReadings.set(spec, found);
  }
  return found;
}

/** A unit's multiplier as a power of ten (万户 → 4), 0 for a unit without one or none. */
const multiplierIn = (model: SheetModel, unit: string | undefined): number =>
  unit === undefined ? 0 : (model.lexicon.unitOf(unit)?.scale ?? 0);

/** A figure's unit multiplier: its column's (万户 → 4), or its row's where the row states the unit (亿千瓦时 → 8). */
const multiplierOf = (model: SheetModel, col: number, row: number): number =>
  multiplierIn(model, model.figureUnit(col, row));

/**
 * The columns the numerator and the denominator read, and whether any is in a unit with a multiplier or holds means or
 * ratios.
 */
interface RatioOperands {
  columns: [number[], number[]];
  multiplied: [boolean, boolean];
}

// Found once per ratio, not on each of 50,000 rows.
const ratioOperands = new WeakMap<RatioSpec, RatioOperands>();

function operandsOf(spec: RatioSpec, model: SheetModel): RatioOperands {
  let found = ratioOperands.get(spec);
  if (!found) {
    const columns: [number[], number[]] = [operandColumns(spec.numerator), operandColumns(spec.denominator)];
    const multiplied = (cols: number[]) =>
      cols.some(
        (col) =>
          multiplierIn(model, model.headerColumn(col)?.unit) > 0 ||
          isMeasuredUnit(model.headerColumn(col)?.unit, model.lexicon) ||
          model.holdsMeans(col) ||
          model.holdsRatios(col) ||
          model.roundedApart(),
      );
    found = { columns, multiplied: [multiplied(columns[0]), multiplied(columns[1])] };
    ratioOperands.set(spec, found);
  }
  return found;
}

/** Whether a column of these holds a figure typed as words on the row (3.72万): no plain number in its column. */
function typedAsWords(model: SheetModel, columns: number[], row: number): boolean {
  for (const col of columns) if (Number.isNaN(model.column(col).values[row])) return true;
  return false;
}

/**
 * An operand's term in base units with the rounding of its multiplied figures (0.71 万户 → 7100 ± 50, and 0.71万 typed
 * as words), of its measured ones (牛奶产量 8267 吨 ± 0.5), of its means (人均 108 元 → 108 ± 0.5) and of its ratios
 * (0.6142 吨标准煤/万元 ± 0.00005); as it stands, exact, when none of its columns states a unit with a multiplier or a
 * measure, holds means or ratios, or holds such words.
 */
function inBaseUnits(
  term: Term,
  op: ColumnOperand,
  model: SheetModel,
  multiplied: boolean,
): { value: number; half: number } {
  if (!multiplied) return { value: term.value, half: 0 };
  let value = 0;
  let half = 0;
  for (const leaf of listed(term, op, model).leaves) {
    const scale = 10 ** multiplierOf(model, leaf.col, term.row);
    value += leaf.coef * leaf.figure.value * scale;
    if (
      scale > 1 ||
      isMeasuredUnit(model.figureUnit(leaf.col, term.row), model.lexicon) ||
      model.holdsMeans(leaf.col) ||
      model.rowHoldsMeans(term.row) ||
      model.holdsRatios(leaf.col, term.row) ||
      model.roundedApart()
    )
      half += (10 ** -decimalsOf(leaf.figure) / 2) * scale;
    half += rangeOf(leaf.figure) * scale;
  }
  return { value, half };
}

/**
 * A rate whose counts are stated in 万 (企业数（万户） beside 覆盖企业数（家）, or both in 万户 to two decimals): computed in
 * base units, and agreeing when the stated rate lies within what the rounding of the counts allows.
 */
function multipliedRatio(
  spec: RatioSpec,
  model: SheetModel,
  stated: NumberFigure,
  numerator: Term,
  denominator: Term,
  row: number,
): { computed: number; agrees: boolean } | undefined {
  const { columns, multiplied } = operandsOf(spec, model);
  // A row stating its unit (万吨 | 亿千瓦时) multiplies the figures of the columns without one; one stating a unit per
  // unit (吨标准煤/万元) holds rounded ratios, one naming a mean (月人均养老金), or a part of one, rounded means; one
  // measuring (吨) holds rounded figures.
  const rowScaled = (cols: number[]) =>
    model.rowHoldsMeans(row) ||
    (model.rowsStateUnits() &&
      cols.some(
        (col) =>
          multiplierOf(model, col, row) > 0 ||
          isMeasuredUnit(model.figureUnit(col, row), model.lexicon) ||
          model.holdsRatios(col, row),
      ));
  const inNumerator = multiplied[0] || typedAsWords(model, columns[0], row) || rowScaled(columns[0]);
  const inDenominator = multiplied[1] || typedAsWords(model, columns[1], row) || rowScaled(columns[1]);
  if (!inNumerator && !inDenominator) return undefined;
  const num = inBaseUnits(numerator, spec.numerator, model, inNumerator);
  const den = inBaseUnits(denominator, spec.denominator, model, inDenominator);
  const computed = (num.value / den.value) * spec.scale;
  if (!(den.value - den.half > 0)) return { computed, agrees: true };
  // The numerator's ends over the denominator's (positive here): a loss over last year's profit (−3.91 − 1.41) is
  // negative, and its lowest quotient is over the smallest denominator.
  const quotients = [num.value - num.half, num.value + num.half].flatMap((n) =>
    [den.value - den.half, den.value + den.half].map((d) => (n / d) * spec.scale),
  );
  const low = Math.min(...quotients);
  const high = Math.max(...quotients);
  const shown = 10 ** -decimalsOf(stated) / 2;
  return { computed, agrees: stated.value >= low - shown && stated.value <= high + shown };
}

const [NUMERATOR, DENOMINATOR] = [scratchTerm(), scratchTerm()];

/**
 * Whether a rate row states its growth as the difference in points (参检率 | 94.7 | 96.6 | −1.9), as yearbooks do: the
 * numerator of the relative change, within the stated figure's rounding.
 */
export function statesPoints(spec: RatioSpec, model: SheetModel, row: number): boolean {
  const stated = model.number(row, spec.resultCol);
  const points = evalOperand(spec.numerator, model, row, false, NUMERATOR);
  return stated !== undefined && points !== undefined && compareStated(stated, points.value, spec.tolerance).agrees;
}

/** Checks a stated rate against numerator ÷ denominator × scale on one row; `held` hears of a row that agrees. */
export function ratioCheck(
  spec: RatioSpec,
  model: SheetModel,
  row: number,
  held?: (row: number) => void,
): Violation | undefined {
  const stated = model.number(row, spec.resultCol);
  if (!stated) return undefined;
  const numerator = evalOperand(spec.numerator, model, row, false, NUMERATOR);
  const denominator = evalOperand(spec.denominator, model, row, false, DENOMINATOR);
  if (!numerator || !denominator || denominator.value === 0) return undefined;
  const multiplied = multipliedRatio(spec, model, stated, numerator, denominator, row);
  const computed = multiplied?.computed ?? (numerator.value / denominator.value) * spec.scale;
  const compared = compareStated(stated, computed, spec.tolerance);
  const { tolerance, difference } = compared;
  const agrees = multiplied ? multiplied.agrees : compared.agrees;
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
