import type { NumberFigure } from '../figure';
import type { Lexicon } from '../lexicon';
import type { Lang } from '../report';
import type { Measure, Operand } from '../rule-schema';
import type { SheetModel } from '../sheet-model';
import { amountsEqual, countsEqual, roundForDisplay, shortestDecimals } from '../tolerance';
import { cellKey, type Binding, type CellKey, type CellRef } from './types';

/**
 * The operand arithmetic every relation shares: an operand resolved to columns once per binding, evaluated per row,
 * written out for messages, and the value each of its cells would need for a relation to hold (for the localiser).
 */

/** An operand with its measures resolved to columns (and to their names, for messages). */
export type ColumnOperand =
  | { col: number; name: string; decrease?: boolean }
  | { sum: ColumnOperand[] }
  | { difference: [ColumnOperand, ColumnOperand] };

/** Measure ids an operand reads. */
export function operandMeasures(operand: Operand): string[] {
  if (typeof operand === 'string') return [operand];
  if ('sum' in operand) return operand.sum.flatMap(operandMeasures);
  return operand.difference.flatMap(operandMeasures);
}

/**
 * Whether a sum or difference of the operand adds figures in per cent to figures in another unit (占发展总数比重 / 本年
 * (%) − 上年同期 (名)): columns of two quantities, bound by their period words alone.
 */
export function mixesPercent(op: Operand, binding: Binding, lexicon: Lexicon): boolean {
  if (typeof op === 'string') return false;
  const parts = 'sum' in op ? op.sum : op.difference;
  const inPercent = parts.flatMap((part) => {
    const unit = typeof part === 'string' ? binding.get(part)?.unit : undefined;
    return unit === undefined ? [] : [lexicon.unitOf(unit)?.kind === 'percent'];
  });
  return (
    (inPercent.includes(true) && inPercent.includes(false)) || parts.some((p) => mixesPercent(p, binding, lexicon))
  );
}

/** The operand over the binding's columns; undefined when a measure is not bound. */
export function resolveOperand(
  op: Operand,
  binding: Binding,
  measures: Map<string, Measure>,
  lang: Lang,
): ColumnOperand | undefined {
  if (typeof op === 'string') {
    const column = binding.get(op);
    const measure = measures.get(op);
    return column && { col: column.col, name: measure?.name[lang] ?? op, decrease: measure?.decrease };
  }
  const parts = ('sum' in op ? op.sum : op.difference).map((p) => resolveOperand(p, binding, measures, lang));
  if (parts.some((p) => p === undefined)) return undefined;
  return 'sum' in op ? { sum: parts as ColumnOperand[] } : { difference: parts as [ColumnOperand, ColumnOperand] };
}

/** The columns an operand reads, in order (a column read twice is listed twice). */
export function operandColumns(op: ColumnOperand): number[] {
  if ('col' in op) return [op.col];
  return ('sum' in op ? op.sum : op.difference).flatMap(operandColumns);
}

/** One cell of an operand (on the term's row): its column, its figure, and its sign (−1 for a subtrahend). */
interface Leaf {
  col: number;
  figure: NumberFigure;
  coef: number;
}

/** An operand evaluated on one row. */
export interface Term {
  row: number;
  value: number;
  decimals: number;
  leaves: Leaf[];
}

const NO_LEAVES: Leaf[] = [];

/** A decrease typed with its minus sign throughout its column (本年减少 −20): read as the amount removed, 20. */
const asRemoved = (op: { col: number; decrease?: boolean }, model: SheetModel): boolean =>
  op.decrease === true && model.typedNegative(op.col);

/** Adds coef × the operand's figures on one row into the term; false when a figure it needs is missing. */
function accumulate(op: ColumnOperand, coef: number, model: SheetModel, term: Term, withLeaves: boolean): boolean {
  if ('col' in op) {
    const value = model.valueAt(term.row, op.col);
    if (value === undefined) return false;
    const signed = asRemoved(op, model) ? -coef : coef;
    term.value += signed * value;
    term.decimals = Math.max(term.decimals, model.decimalsAt(term.row, op.col));
    if (withLeaves)
      term.leaves.push({ col: op.col, figure: model.number(term.row, op.col) as NumberFigure, coef: signed });
    return true;
  }
  if ('difference' in op) {
    return (
      accumulate(op.difference[0], coef, model, term, withLeaves) &&
      accumulate(op.difference[1], -coef, model, term, withLeaves)
    );
  }
  // A blank or dashed part beside figures is none (乙镇 | 党委 left blank | 党总支 3 | 党支部 27), as a total row reads it.
  let present = false;
  for (const part of op.sum) {
    if (accumulate(part, coef, model, term, withLeaves)) present = true;
    else if (!('col' in part) || model.figure(term.row, part.col).kind !== 'missing') return false;
  }
  return present;
}

/**
 * Evaluates an operand on one row; undefined when a figure it needs is missing or not a number. Without `withLeaves`
 * the term lists no cells: most rows hold, and only the failing ones need them.
 */
export function evalOperand(
  op: ColumnOperand,
  model: SheetModel,
  row: number,
  withLeaves = false,
  /** A term to fill rather than a new one (see scratchTerm). */
  into?: Term,
): Term | undefined {
  const leaves = withLeaves ? [] : NO_LEAVES;
  const term: Term = into ?? { row, value: 0, decimals: 0, leaves };
  if (into) {
    into.row = row;
    into.value = 0;
    into.decimals = 0;
    into.leaves = leaves;
  }
  return accumulate(op, 1, model, term, withLeaves) ? term : undefined;
}

/**
 * A term a check fills on each row it reads (evalOperand's `into`): most rows hold, and a new term per row and operand
 * was a 50,000-row sheet's most frequent allocation. Read before the next row is; a failing row's terms are listed anew.
 */
export const scratchTerm = (): Term => ({ row: 0, value: 0, decimals: 0, leaves: NO_LEAVES });

/** The term with its cells listed, evaluating the operand again if it was read without them. */
export function listed(term: Term, op: ColumnOperand, model: SheetModel): Term {
  return term.leaves === NO_LEAVES ? (evalOperand(op, model, term.row, true) ?? term) : term;
}

export const refsOf = (...terms: Term[]): CellRef[] =>
  terms.flatMap((t) => t.leaves.map((l) => ({ row: t.row, col: l.col })));

export function figureText(f: NumberFigure): string {
  return f.decimals !== null ? roundForDisplay(f.value, f.decimals) : String(f.value);
}

/** Half a unit of the last digit a figure shows: its rounding slack. */
export const halfUnit = (f: NumberFigure): number => 10 ** -decimalsOf(f) / 2;

export function decimalsOf(f: NumberFigure): number {
  return f.decimals ?? shortestDecimals(f.value);
}

/** Counts exactly; amounts typed with decimals within half a unit of their last place. */
export function sameNumber(a: number, b: number, decimals: number): boolean {
  return decimals === 0 ? countsEqual(a, b) : amountsEqual(a, b, decimals);
}

/** The arithmetic as written (`(20 + 7 + 155)`), for messages: only failing rows need it. */
export function operandText(op: ColumnOperand, model: SheetModel, row: number): string {
  if ('col' in op) {
    const figure = model.number(row, op.col);
    if (!figure) return '?';
    return asRemoved(op, model) ? figureText({ ...figure, value: -figure.value }) : figureText(figure);
  }
  const parts = ('sum' in op ? op.sum : op.difference).map((part) => operandText(part, model, row));
  return `(${parts.join('sum' in op ? ' + ' : ' − ')})`;
}

/** Top-level operands are written without their outer brackets. */
export const unbracketed = (text: string) => text.replace(/^\((.*)\)$/, '$1');

export function operandName(op: ColumnOperand): string {
  if ('col' in op) return op.name;
  if ('sum' in op) return op.sum.map(operandName).join(' + ');
  return `${operandName(op.difference[0])} − ${operandName(op.difference[1])}`;
}

/**
 * Each cell's implied value for a ratio result = scale × N ÷ D, the stated result s held fixed: a cell with
 * coefficient a in N and b in D must change by (s·D − scale·N) ÷ (scale·a − s·b).
 */
export function impliedForRatio(
  scale: number,
  stated: number,
  resultRef: CellRef,
  n: Term,
  d: Term,
): Map<CellKey, number> {
  const implied = new Map<CellKey, number>([[cellKey(resultRef), (scale * n.value) / d.value]]);
  const coef = new Map<CellKey, { x: number; a: number; b: number }>();
  const add = (term: Term, side: 'a' | 'b') =>
    term.leaves.forEach(({ col, figure, coef: sign }) => {
      const key = cellKey({ row: term.row, col });
      const entry = coef.get(key) ?? { x: figure.value, a: 0, b: 0 };
      entry[side] += sign;
      coef.set(key, entry);
    });
  add(n, 'a');
  add(d, 'b');
  for (const [key, { x, a, b }] of coef) {
    const divisor = scale * a - stated * b;
    if (divisor !== 0) implied.set(key, x + (stated * d.value - scale * n.value) / divisor);
  }
  return implied;
}

/** Each cell's implied value for Σ left = Σ right. */
export function impliedForEquality(left: Term, right: Term): Map<CellKey, number> {
  const implied = new Map<CellKey, number>();
  const residual = left.value - right.value;
  for (const { col, figure, coef } of left.leaves)
    implied.set(cellKey({ row: left.row, col }), figure.value - residual / coef);
  for (const { col, figure, coef } of right.leaves)
    implied.set(cellKey({ row: right.row, col }), figure.value + residual / coef);
  return implied;
}

/** A total's implied value is the sum; each member's, its value plus the total's excess. */
export function impliedForSum(model: SheetModel, cells: CellRef[], stated: number, sum: number): Map<CellKey, number> {
  const implied = new Map<CellKey, number>([[cellKey(cells[0]), sum]]);
  for (const ref of cells.slice(1)) {
    const f = model.number(ref.row, ref.col);
    if (f) implied.set(cellKey(ref), f.value + stated - sum);
  }
  return implied;
}
