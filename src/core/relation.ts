import { aliasKey, type MeasureCandidates } from './binding';
import type { NumberFigure } from './figure';
import { compactText, splitOfWhich } from './header';
import type { Lexicon } from './lexicon';
import type { HeaderColumn, TotalRow } from './layout-types';
import { phrase } from './messages';
import type { Lang } from './report';
import { ruleMeasures } from './rules';
import type { Measure, Operand, Relation, Rule } from './rule-schema';
import type { SheetModel } from './sheet-model';
import { amountsEqual, compareStated, countsEqual, floatSlack, isRoundedColumn, roundForDisplay, roundingSlack, shortestDecimals } from './tolerance';

/** A cell by 0-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/** One row (or one total) on which a relation does not hold. */
export interface Violation {
  row: number;
  cells: CellRef[];
  /** Placeholders for the rule's message template. */
  vars: Record<string, string>;
  expected: string;
  actual: string;
  tolerance?: number;
  /**
   * For equalities and ratios: the value each cell would need, the others unchanged, for the relation to hold. The
   * localiser uses it to tell whether one cell can explain several failures at once (the same value for each).
   */
  implied?: Map<CellKey, number>;
  /** True for sums and equalities, where single-cell repairs add up: several wrong parts can explain one total. */
  linear?: boolean;
}

/** `row:col`, a cell's key in implied-value maps. */
export type CellKey = string;
export const cellKey = (ref: CellRef): CellKey => `${ref.row}:${ref.col}`;

/** One cell of an operand (on the term's row): its column, its figure, and its sign (−1 for a subtrahend). */
interface Leaf {
  col: number;
  figure: NumberFigure;
  coef: number;
}

/** An operand evaluated on one row. */
interface Term {
  row: number;
  value: number;
  decimals: number;
  leaves: Leaf[];
}

const refsOf = (...terms: Term[]): CellRef[] => terms.flatMap((t) => t.leaves.map((l) => ({ row: t.row, col: l.col })));

/**
 * Each cell's implied value for a ratio result = scale × N ÷ D, the stated result s held fixed: a cell with
 * coefficient a in N and b in D must change by (s·D − scale·N) ÷ (scale·a − s·b).
 */
function impliedForRatio(scale: number, stated: number, resultRef: CellRef, n: Term, d: Term): Map<CellKey, number> {
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
function impliedForEquality(left: Term, right: Term): Map<CellKey, number> {
  const implied = new Map<CellKey, number>();
  const residual = left.value - right.value;
  for (const { col, figure, coef } of left.leaves) implied.set(cellKey({ row: left.row, col }), figure.value - residual / coef);
  for (const { col, figure, coef } of right.leaves) implied.set(cellKey({ row: right.row, col }), figure.value + residual / coef);
  return implied;
}

/** What evaluating one rule on one sheet gives. */
export interface Outcome {
  applies: boolean;
  /** Why it does not apply (in the report's language). */
  reason?: string;
  /** Measure id → the column it was bound to. */
  binding: Map<string, HeaderColumn>;
  /** Where a header matched several columns, which one was used and why. */
  bindingNotes: string[];
  violations: Violation[];
}

/**
 * Receives every check that held, so the localiser can tell well-confirmed cells from unconfirmed ones. Absent on
 * the first pass over a sheet, which then builds no cell lists for the rows that hold.
 */
export type ConfirmSink = ((cells: CellRef[]) => void) | undefined;

export interface EvaluationContext {
  model: SheetModel;
  candidates: Map<string, MeasureCandidates>;
  measures: Map<string, Measure>;
  lang: Lang;
  /** Ratio rules with their chosen bindings, for the total-row rate rule. */
  ratioOutcomes: () => { rule: Rule; outcome: Outcome }[];
  /** Every rule of the rule set (a parts check defers to the complete-breakdown rule when one exists). */
  rules: Rule[];
  /** The rule set's vocabulary, compiled. */
  lexicon: Lexicon;
}

type Binding = Map<string, HeaderColumn>;
const MAX_BINDINGS = 64;

function figureText(f: NumberFigure): string {
  return f.decimals !== null ? roundForDisplay(f.value, f.decimals) : String(f.value);
}

function decimalsOf(f: NumberFigure): number {
  return f.decimals ?? shortestDecimals(f.value);
}

/** Adds coef × the operand's figures on one row into the term; false when a figure it needs is missing. */
function accumulate(op: Operand, coef: number, binding: Binding, model: SheetModel, term: Term, withLeaves: boolean): boolean {
  if (typeof op === 'string') {
    const column = binding.get(op);
    const value = column && model.valueAt(term.row, column.col);
    if (!column || value === undefined) return false;
    term.value += coef * value;
    term.decimals = Math.max(term.decimals, model.decimalsAt(term.row, column.col));
    if (withLeaves) term.leaves.push({ col: column.col, figure: model.number(term.row, column.col) as NumberFigure, coef });
    return true;
  }
  const parts = 'sum' in op ? op.sum : op.difference;
  for (let i = 0; i < parts.length; i++) {
    if (!accumulate(parts[i], 'difference' in op && i === 1 ? -coef : coef, binding, model, term, withLeaves)) return false;
  }
  return true;
}

const NO_LEAVES: Leaf[] = [];

/** The term with its cells listed, evaluating the operand again if it was read without them. */
function listed(term: Term, op: Operand, binding: Binding, model: SheetModel): Term {
  return term.leaves === NO_LEAVES ? (evalOperand(op, binding, model, term.row, true) ?? term) : term;
}

/**
 * Evaluates an operand on one row; undefined when a figure it needs is missing or not a number. Without `withLeaves`
 * the term lists no cells: most rows hold, and only the failing ones (or a confirmation count) need them.
 */
function evalOperand(op: Operand, binding: Binding, model: SheetModel, row: number, withLeaves = false): Term | undefined {
  const term: Term = { row, value: 0, decimals: 0, leaves: withLeaves ? [] : NO_LEAVES };
  return accumulate(op, 1, binding, model, term, withLeaves) ? term : undefined;
}

/** The arithmetic as written (`(20 + 7 + 155)`), for messages: only failing rows need it. */
function operandText(op: Operand, binding: Binding, model: SheetModel, row: number): string {
  if (typeof op === 'string') {
    const column = binding.get(op);
    const figure = column && model.number(row, column.col);
    return figure ? figureText(figure) : '?';
  }
  const parts = ('sum' in op ? op.sum : op.difference).map((part) => operandText(part, binding, model, row));
  return `(${parts.join('sum' in op ? ' + ' : ' − ')})`;
}

/** Top-level operands are written without their outer brackets. */
const unbracketed = (text: string) => text.replace(/^\((.*)\)$/, '$1');

function operandName(op: Operand, measures: Map<string, Measure>, lang: Lang): string {
  if (typeof op === 'string') return measures.get(op)?.name[lang] ?? op;
  if ('sum' in op) return op.sum.map((o) => operandName(o, measures, lang)).join(' + ');
  return `${operandName(op.difference[0], measures, lang)} − ${operandName(op.difference[1], measures, lang)}`;
}

/** Counts exactly; amounts typed with decimals within half a unit of their last place. */
function sameNumber(a: number, b: number, decimals: number): boolean {
  return decimals === 0 ? countsEqual(a, b) : amountsEqual(a, b, decimals);
}

/** Checks a stated rate against numerator ÷ denominator × scale on one row. */
export function ratioCheck(
  relation: Extract<Relation, { kind: 'ratio' }>,
  rule: Rule,
  binding: Binding,
  ctx: EvaluationContext,
  row: number,
  confirm?: ConfirmSink,
): Violation | undefined {
  const { model } = ctx;
  const resultColumn = binding.get(relation.result);
  const stated = resultColumn && model.number(row, resultColumn.col);
  if (!resultColumn || !stated) return undefined;
  const withLeaves = confirm !== undefined;
  const numerator = evalOperand(relation.numerator, binding, model, row, withLeaves);
  const denominator = evalOperand(relation.denominator, binding, model, row, withLeaves);
  if (!numerator || !denominator || denominator.value === 0) return undefined;
  const computed = (numerator.value / denominator.value) * relation.scale;
  const { agrees, tolerance, difference } = compareStated(stated, computed, rule.tolerance);
  if (agrees) {
    confirm?.([{ row, col: resultColumn.col }, ...refsOf(numerator, denominator)]);
    return undefined;
  }
  const n = listed(numerator, relation.numerator, binding, model);
  const d = listed(denominator, relation.denominator, binding, model);
  const cells = [{ row, col: resultColumn.col }, ...refsOf(n, d)];
  const unit = relation.scale === 100 ? '%' : '';
  const decimals = decimalsOf(stated);
  const expected = roundForDisplay(computed, Math.max(1, decimals)) + unit;
  const actual = figureText(stated) + unit;
  return {
    row,
    cells,
    expected,
    actual,
    tolerance,
    implied: impliedForRatio(relation.scale, stated.value, cells[0], n, d),
    vars: {
      row: model.rowLabel(row),
      result: ctx.measures.get(relation.result)?.name[ctx.lang] ?? relation.result,
      expected,
      actual,
      formula: `${operandText(relation.numerator, binding, model, row)} ÷ ${operandText(relation.denominator, binding, model, row)}${relation.scale === 100 || relation.scale === 1 ? '' : ` × ${relation.scale}`}`,
      difference: roundForDisplay(difference, Math.max(1, decimals)),
      tolerance: String(tolerance),
    },
  };
}

/** Checks left = right, or left ≥ factor × right, on one row. */
function comparisonCheck(
  relation: Extract<Relation, { kind: 'equals' | 'atLeast' }>,
  binding: Binding,
  ctx: EvaluationContext,
  row: number,
  confirm?: ConfirmSink,
): Violation | undefined {
  const withLeaves = confirm !== undefined;
  const left = evalOperand(relation.left, binding, ctx.model, row, withLeaves);
  const right = evalOperand(relation.right, binding, ctx.model, row, withLeaves);
  if (!left || !right) return undefined;
  const decimals = Math.max(left.decimals, right.decimals);
  const bound = relation.kind === 'atLeast' ? relation.factor * right.value : right.value;
  const holds = relation.kind === 'equals' ? sameNumber(left.value, bound, decimals) : left.value >= bound - (decimals === 0 ? 0 : 10 ** -decimals / 2);
  if (holds) {
    confirm?.(refsOf(left, right));
    return undefined;
  }
  const l = listed(left, relation.left, binding, ctx.model);
  const r = listed(right, relation.right, binding, ctx.model);
  const cells = refsOf(l, r);
  const rightText = unbracketed(operandText(relation.right, binding, ctx.model, row));
  const factor = relation.kind === 'atLeast' && relation.factor !== 1 ? `${relation.factor} × ` : '';
  const expected = (relation.kind === 'atLeast' ? '≥ ' : '') + roundForDisplay(bound, decimals);
  const actual = roundForDisplay(left.value, decimals);
  return {
    row,
    cells,
    expected,
    actual,
    ...(relation.kind === 'equals' ? { implied: impliedForEquality(l, r), linear: true } : {}),
    vars: {
      row: ctx.model.rowLabel(row),
      left: operandName(relation.left, ctx.measures, ctx.lang),
      right: factor + operandName(relation.right, ctx.measures, ctx.lang),
      expected,
      actual,
      formula: factor ? `${factor}${rightText}` : rightText,
      bound: roundForDisplay(bound, decimals),
      difference: roundForDisplay(left.value - bound, decimals),
    },
  };
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

function notApplicable(reason: string): Outcome {
  return { applies: false, reason, binding: new Map(), bindingNotes: [], violations: [] };
}

function missingMeasureReason(rule: Rule, ctx: EvaluationContext): string | undefined {
  for (const id of rule.unless) {
    const measure = ctx.measures.get(id);
    if (ctx.candidates.has(id) && measure) return phrase(ctx.lang, 'unlessPresent', { measure: measure.name[ctx.lang] });
  }
  for (const id of ruleMeasures(rule)) {
    const measure = ctx.measures.get(id);
    if (measure && !ctx.candidates.has(id)) {
      return phrase(ctx.lang, 'noColumn', { measure: measure.name[ctx.lang], aliases: measure.aliases.slice(0, 4).join(phrase(ctx.lang, 'listSeparator')) });
    }
  }
  return undefined;
}

/** Ratio, equality and inequality rules: bind measures to columns, trying each candidate binding. */
function evaluateRowRelation(rule: Rule, ctx: EvaluationContext, confirm: ConfirmSink): Outcome {
  const relation = rule.relation;
  if (relation.kind !== 'ratio' && relation.kind !== 'equals' && relation.kind !== 'atLeast') throw new Error('not a row relation');
  const missing = missingMeasureReason(rule, ctx);
  if (missing) return notApplicable(missing);
  const rows = ctx.model.rowsToCheck.filter((r) => relation.kind !== 'ratio' || !ctx.model.totalRows.has(r));
  const check = (binding: Binding, row: number, sink?: ConfirmSink) =>
    relation.kind === 'ratio' ? ratioCheck(relation, rule, binding, ctx, row, sink) : comparisonCheck(relation, binding, ctx, row, sink);
  const bindings = bindingsOf(ruleMeasures(rule), ctx.candidates);
  if (bindings.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  let chosen = bindings[0];
  const notes: string[] = [];
  if (bindings.length > 1) {
    // Ambiguous headers: keep the binding that most rows agree with (fewest violations).
    let fewest = Infinity;
    for (const binding of bindings) {
      const failures = rows.reduce((n, row) => n + (check(binding, row) ? 1 : 0), 0);
      if (failures < fewest) [fewest, chosen] = [failures, binding];
    }
    for (const [id, column] of chosen) {
      const columns = ctx.candidates.get(id)?.columns ?? [];
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
  const violations = rows.map((row) => check(chosen, row, confirm)).filter((v): v is Violation => v !== undefined);
  return { applies: true, binding: chosen, bindingNotes: notes, violations };
}

/** Every value of the listed measures (all columns they match) within [min, max]. */
function evaluateRange(rule: Rule, relation: Extract<Relation, { kind: 'range' }>, ctx: EvaluationContext): Outcome {
  const binding: Binding = new Map();
  const violations: Violation[] = [];
  for (const id of relation.measures) {
    for (const column of ctx.candidates.get(id)?.columns ?? []) {
      binding.set(id, column);
      for (const row of ctx.model.rowsToCheck) {
        const value = ctx.model.valueAt(row, column.col);
        if (value === undefined || (value >= relation.min && value <= relation.max)) continue;
        const f = ctx.model.number(row, column.col) as NumberFigure;
        const actual = figureText(f) + (column.isRate ? '%' : '');
        const expected = `${relation.min}–${relation.max}${column.isRate ? '%' : ''}`;
        violations.push({ row, cells: [{ row, col: column.col }], expected, actual, vars: { row: ctx.model.rowLabel(row), result: ctx.measures.get(id)?.name[ctx.lang] ?? id, expected, actual } });
      }
    }
  }
  if (binding.size === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  return { applies: true, binding, bindingNotes: [], violations };
}

function boundKindOf(column: HeaderColumn, ctx: EvaluationContext): Measure['kind'] | undefined {
  for (const [id, { columns }] of ctx.candidates) if (columns.some((c) => c.col === column.col)) return ctx.measures.get(id)?.kind;
  return undefined;
}

/** Count columns: non-negative whole numbers. */
function evaluateWholeNumber(ctx: EvaluationContext): Outcome {
  const columns = ctx.model.layout.columns.filter((c) => ctx.model.columnKind(c, boundKindOf(c, ctx)) === 'count');
  if (columns.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  const violations: Violation[] = [];
  const expected = phrase(ctx.lang, 'wholeNumber');
  for (const column of columns) {
    for (const row of ctx.model.rowsToCheck) {
      const value = ctx.model.valueAt(row, column.col);
      if (value === undefined || (Number.isInteger(value) && value >= 0)) continue;
      const f = ctx.model.number(row, column.col) as NumberFigure;
      if (f.approximate) continue;
      const actual = figureText(f);
      violations.push({ row, cells: [{ row, col: column.col }], expected, actual, vars: { row: ctx.model.rowLabel(row), result: column.header, expected, actual } });
    }
  }
  return { applies: true, binding: new Map(), bindingNotes: [], violations };
}

/** `SUM(C5:C18)` for contiguous members, else the addresses joined with +. */
function sumFormula(model: SheetModel, rows: number[], col: number): string {
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous && rows.length > 2) return `SUM(${model.address(rows[0], col)}:${model.address(rows[rows.length - 1], col)})`;
  return rows.map((r) => model.address(r, col)).join(' + ');
}

/**
 * The members' sum in one column, the decimals to show it with, and the rounding slack: 0 for exact figures (counts,
 * money to the last digit), the sum of half-units of every figure for rounded ones (万平方米, 亿元, 0.01 万人).
 */
function memberSum(model: SheetModel, total: TotalRow, column: HeaderColumn, stated: NumberFigure, ctx: EvaluationContext): { sum: number; decimals: number; slack: number } {
  let sum = 0;
  const shown = [decimalsOf(stated)];
  for (const row of total.members) {
    const value = model.valueAt(row, column.col);
    if (value === undefined) continue;
    sum += value;
    shown.push(model.decimalsAt(row, column.col));
  }
  const decimals = Math.max(...shown);
  return { sum, decimals, slack: columnIsRounded(model, column, decimals, ctx) ? roundingSlack(shown) : 0 };
}

/** Whether the column's figures are rounded one by one (see isRoundedColumn), from its unit, header and kind. */
function columnIsRounded(model: SheetModel, column: HeaderColumn, decimals: number, ctx: EvaluationContext): boolean {
  return isRoundedColumn(column.unit ?? model.layout.defaultUnit, column.rawHeader, decimals, model.columnKind(column, boundKindOf(column, ctx)), ctx.lexicon);
}

/**
 * A partial "of which" list (其中 / `#` rows: 9 of 17 districts): the first member is marked `#` or 其中 and the total
 * exceeds the members' sum in every column. Such a total is not their sum, and each member is within it by then.
 */
function isPartialList(model: SheetModel, total: TotalRow, lexicon: Lexicon): boolean {
  if (!lexicon.partMarker.test(compactText(model.rowLabel(total.members[0])))) return false;
  // Every figure column, checked or not: one column whose total does not exceed its members rules a partial list out.
  return model.layout.columns.filter((c) => !c.isRate).every((column) => {
    const stated = model.valueAt(total.row, column.col);
    if (stated === undefined) return true;
    const sum = total.members.reduce((s, row) => s + (model.valueAt(row, column.col) ?? 0), 0);
    return stated > sum;
  });
}

/**
 * Quantities a total row adds up besides counts and money: 万/亿 units (万人, 万平方米) and areas. Per-head, average
 * and density columns (the vocabulary's notAdditiveWords) have such units too, but a total row does not hold their sum.
 */
function isAdditiveQuantity(column: HeaderColumn, model: SheetModel, lexicon: Lexicon): boolean {
  if (column.isRate || lexicon.notAdditive.test(column.rawHeader)) return false;
  const unit = column.unit ?? model.layout.defaultUnit;
  const bracketed = /[（(]([^（）()]+)[）)]\s*$/.exec(column.rawHeader)?.[1];
  return isRoundedColumn(unit, column.rawHeader, 0, 'unknown', lexicon) || [unit, bracketed].some((u) => u !== undefined && lexicon.unitOf(u)?.kind === 'area');
}

/** Total rows equal the sum of their members in every count and amount column. */
function evaluateTotalRow(ctx: EvaluationContext, confirm: ConfirmSink): Outcome {
  const { model } = ctx;
  if (model.layout.totalRows.length === 0) return notApplicable(phrase(ctx.lang, 'noTotalRows'));
  // Besides counts and money: 万/亿 quantities and areas, which add up within their rounding slack.
  const columns = model.layout.columns.filter((c) => ['count', 'amount'].includes(model.columnKind(c, boundKindOf(c, ctx))) || isAdditiveQuantity(c, model, ctx.lexicon));
  if (columns.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
  const violations: Violation[] = [];
  for (const total of model.layout.totalRows) {
    if (total.members.length === 0 || isPartialList(model, total, ctx.lexicon)) continue;
    for (const column of columns) {
      const stated = model.number(total.row, column.col);
      if (!stated) continue;
      const { sum, decimals, slack } = memberSum(model, total, column, stated, ctx);
      const cellsOf = () => [{ row: total.row, col: column.col }, ...total.members.map((row) => ({ row, col: column.col }))];
      if (slack > 0 ? Math.abs(stated.value - sum) <= slack + floatSlack(sum) : sameNumber(stated.value, sum, decimals)) {
        confirm?.(cellsOf());
        continue;
      }
      const cells = cellsOf();
      const expected = roundForDisplay(sum, decimals);
      const actual = roundForDisplay(stated.value, decimals);
      const implied = new Map<CellKey, number>([[cellKey(cells[0]), sum]]);
      for (const ref of cells.slice(1)) {
        const f = model.number(ref.row, ref.col);
        if (f) implied.set(cellKey(ref), f.value + stated.value - sum);
      }
      violations.push({
        row: total.row,
        cells,
        expected,
        actual,
        implied,
        linear: true,
        vars: { row: total.label, result: column.rawHeader, expected, actual, formula: sumFormula(model, total.members, column.col), difference: roundForDisplay(stated.value - sum, decimals) },
      });
    }
  }
  return { applies: true, binding: new Map(), bindingNotes: [], violations };
}

/** Total rows' rates recomputed from total counts by every ratio rule that applies; says when a rate looks averaged. */
function evaluateTotalRowRate(ctx: EvaluationContext): Outcome {
  const { model } = ctx;
  if (model.layout.totalRows.length === 0) return notApplicable(phrase(ctx.lang, 'noTotalRows'));
  const ratios = ctx.ratioOutcomes().filter(({ outcome }) => outcome.applies);
  if (ratios.length === 0) return notApplicable(phrase(ctx.lang, 'noRatioRules'));
  const violations: Violation[] = [];
  for (const { rule, outcome } of ratios) {
    const relation = rule.relation;
    if (relation.kind !== 'ratio') continue;
    const resultCol = outcome.binding.get(relation.result)?.col;
    for (const total of model.layout.totalRows) {
      const violation = ratioCheck(relation, rule, outcome.binding, ctx, total.row);
      if (!violation || resultCol === undefined) continue;
      const memberRates = total.members.map((r) => model.number(r, resultCol)).filter((f): f is NumberFigure => f !== undefined);
      const stated = model.number(total.row, resultCol);
      const average = memberRates.reduce((s, f) => s + f.value, 0) / (memberRates.length || 1);
      const looksAveraged = stated !== undefined && memberRates.length > 1 && compareStated(stated, average, { absolute: 10 ** -decimalsOf(stated) }).agrees;
      violation.vars.note = looksAveraged ? phrase(ctx.lang, 'averaged', { average: roundForDisplay(average, decimalsOf(stated)) + '%' }) : '';
      violation.vars.row = total.label;
      violations.push(violation);
    }
  }
  return { applies: true, binding: new Map(), bindingNotes: [], violations };
}

interface PartGroup {
  whole: HeaderColumn;
  parts: HeaderColumn[];
}

function partGroups(ctx: EvaluationContext): PartGroup[] {
  const { columns } = ctx.model.layout;
  const groups = new Map<number, PartGroup>();
  for (const column of columns) {
    if (column.partOf === undefined || column.isRate) continue;
    const whole = columns.find((c) => c.col === column.partOf);
    if (!whole || whole.isRate) continue;
    const group = groups.get(whole.col) ?? { whole, parts: [] };
    group.parts.push(column);
    groups.set(whole.col, group);
  }
  return [...groups.values()];
}

function leafText(column: HeaderColumn, lexicon: Lexicon): string {
  return splitOfWhich(column.headerPath[column.headerPath.length - 1] ?? '', lexicon).text;
}

/** 其中 parts: each within its whole, together within it, or (a complete breakdown) summing to it. */
function evaluateParts(relation: Extract<Relation, { kind: 'parts' }>, ctx: EvaluationContext, confirm: ConfirmSink): Outcome {
  const { model } = ctx;
  // Which breakdowns are complete is declared once, on the sumEqualsWhole rule; the weaker sumWithinWhole check leaves
  // those breakdowns to it instead of reporting the same sum twice.
  const completeness = relation.check === 'sumWithinWhole' ? ctx.rules.map((r) => r.relation).find((r) => r.kind === 'parts' && r.check === 'sumEqualsWhole') ?? relation : relation;
  if (completeness.kind !== 'parts') throw new Error('not a parts relation');
  const key = (alias: string) => aliasKey(alias, ctx.lexicon);
  const completeSets = completeness.completeSets.map((set) => set.map(key));
  const remainders = new Set(completeness.remainderHeaders.map(key));
  const isComplete = (parts: string[]) => parts.some((p) => remainders.has(p)) || completeSets.some((set) => set.length === parts.length && set.every((s) => parts.includes(s)));
  // Column breakdowns (其中 columns) and row breakdowns (其中 rows) as (whole cell, part cells) pairs per row/column.
  const checks: { whole: CellRef; parts: CellRef[]; partNames: string[]; label: string; wholeName: string }[] = [];
  for (const group of partGroups(ctx)) {
    for (const row of model.rowsToCheck) {
      checks.push({ whole: { row, col: group.whole.col }, parts: group.parts.map((p) => ({ row, col: p.col })), partNames: group.parts.map((p) => leafText(p, ctx.lexicon)), label: model.rowLabel(row), wholeName: group.whole.rawHeader });
    }
  }
  const partRowsByWhole = new Map<number, number[]>();
  for (const { row, partOfRow } of model.layout.partRows) partRowsByWhole.set(partOfRow, [...(partRowsByWhole.get(partOfRow) ?? []), row]);
  for (const [wholeRow, rows] of partRowsByWhole) {
    for (const column of model.layout.columns) {
      if (model.columnKind(column, boundKindOf(column, ctx)) === 'rate') continue;
      checks.push({ whole: { row: wholeRow, col: column.col }, parts: rows.map((row) => ({ row, col: column.col })), partNames: rows.map((r) => splitOfWhich(model.rowLabel(r), ctx.lexicon).text), label: model.rowLabel(wholeRow), wholeName: column.rawHeader });
    }
  }
  if (checks.length === 0) return notApplicable(phrase(ctx.lang, 'noPartGroups'));
  const violations: Violation[] = [];
  let anyComplete = false;
  for (const check of checks) {
    const whole = model.number(check.whole.row, check.whole.col);
    if (!whole) continue;
    const parts = check.parts.map((p) => ({ ref: p, f: model.number(p.row, p.col) }));
    const decimals = Math.max(decimalsOf(whole), ...parts.map((p) => (p.f ? decimalsOf(p.f) : 0)));
    const wholeColumn = model.layout.columns.find((c) => c.col === check.whole.col);
    const rounded = wholeColumn !== undefined && columnIsRounded(model, wholeColumn, decimals, ctx);
    // Rounded figures: each figure, whole and parts, may be half a unit of its last digit off the exact value.
    const slackOf = (figures: NumberFigure[]) => (rounded ? roundingSlack([decimalsOf(whole), ...figures.map(decimalsOf)]) : decimals === 0 ? 0 : 10 ** -decimals / 2);
    const report = (cells: CellRef[], expected: string, actualValue: number, partText: string, formula: string) =>
      violations.push({
        row: check.whole.row,
        cells,
        expected,
        actual: roundForDisplay(actualValue, decimals),
        vars: { row: check.label, result: check.wholeName, left: partText, right: check.wholeName, expected, bound: roundForDisplay(whole.value, decimals), actual: roundForDisplay(actualValue, decimals), formula },
      });
    if (relation.check === 'eachWithinWhole') {
      parts.forEach(({ ref, f }, i) => {
        if (!f) return;
        const cells = [ref, check.whole];
        if (f.value <= whole.value + slackOf([f]) + floatSlack(whole.value)) return confirm?.(cells);
        report(cells, `≤ ${roundForDisplay(whole.value, decimals)}`, f.value, check.partNames[i], `${roundForDisplay(f.value, decimals)} > ${roundForDisplay(whole.value, decimals)}`);
      });
      continue;
    }
    const present = parts.filter((p) => p.f);
    if (present.length < 2) continue;
    const complete = isComplete(check.partNames);
    if (relation.check === 'sumEqualsWhole' ? !complete : complete && completeness !== relation) continue;
    anyComplete ||= complete;
    const sum = present.reduce((s, p) => s + (p.f?.value ?? 0), 0);
    const cells = [check.whole, ...present.map((p) => p.ref)];
    const slack = slackOf(present.map((p) => p.f as NumberFigure)) + floatSlack(whole.value);
    const holds = relation.check === 'sumEqualsWhole' ? (rounded ? Math.abs(sum - whole.value) <= slack : sameNumber(sum, whole.value, decimals)) : sum <= whole.value + slack;
    if (holds) {
      confirm?.(cells);
      continue;
    }
    const formula = present.map((p) => figureText(p.f as NumberFigure)).join(' + ');
    report(cells, (relation.check === 'sumWithinWhole' ? '≤ ' : '') + roundForDisplay(whole.value, decimals), sum, check.partNames.join(phrase(ctx.lang, 'listSeparator')), formula);
  }
  if (relation.check === 'sumEqualsWhole' && !anyComplete) {
    return notApplicable(phrase(ctx.lang, 'noCompleteBreakdown', { sets: relation.completeSets.map((s) => s.join('+')).join('; ') }));
  }
  return { applies: true, binding: new Map(), bindingNotes: [], violations };
}

/** `占{base}比例` columns: the count before them ÷ the column named {base} (or the part's whole for plain 占比). */
function evaluateShare(rule: Rule, relation: Extract<Relation, { kind: 'share' }>, ctx: EvaluationContext, confirm: ConfirmSink): Outcome {
  const { model } = ctx;
  const columns = model.layout.columns;
  const templates = relation.templates.map((t) => {
    const [before, after] = aliasKey(t.replace('{base}', '\u0000'), ctx.lexicon).split('\u0000');
    return { before, after };
  });
  const plain = new Set(relation.plainHeaders.map((alias) => aliasKey(alias, ctx.lexicon)));
  const reasons: string[] = [];
  const violations: Violation[] = [];
  let found = false;
  for (const column of columns) {
    if (!column.isRate) continue;
    const leaf = leafText(column, ctx.lexicon);
    let baseColumn: HeaderColumn | undefined;
    const partColumn = [...columns].reverse().find((c) => c.col < column.col && !c.isRate);
    const template = templates.find((t) => leaf.length > t.before.length + t.after.length && leaf.startsWith(t.before) && leaf.endsWith(t.after));
    if (template) {
      const base = leaf.slice(template.before.length, leaf.length - template.after.length);
      baseColumn = columns.find((c) => c !== partColumn && (leafText(c, ctx.lexicon) === base || c.headerPath.join('/') === base));
      if (!baseColumn) reasons.push(`${column.letter}: ${phrase(ctx.lang, 'noBase', { base })}`);
    } else if (plain.has(leaf) && partColumn?.partOf !== undefined) {
      baseColumn = columns.find((c) => c.col === partColumn.partOf);
    } else continue;
    found = true;
    if (!baseColumn || !partColumn) continue;
    const ratio = { kind: 'ratio' as const, result: 'share', numerator: 'part', denominator: 'base', scale: 100 };
    const binding: Binding = new Map([
      ['share', column],
      ['part', partColumn],
      ['base', baseColumn],
    ]);
    const shareCtx: EvaluationContext = { ...ctx, measures: new Map([...ctx.measures, ['share', { id: 'share', kind: 'rate', aliases: [column.header], name: { 'zh-CN': column.rawHeader, en: column.rawHeader } }]]) };
    for (const row of model.rowsToCheck) {
      const violation = ratioCheck(ratio, rule, binding, shareCtx, row, confirm);
      if (violation) violations.push(violation);
    }
  }
  if (!found) return notApplicable(phrase(ctx.lang, 'noShareColumns'));
  return { applies: true, binding: new Map(), bindingNotes: reasons, violations };
}

/** Evaluates one rule on one sheet: applicability, binding, and every row on which it does not hold. */
export function evaluateRule(rule: Rule, ctx: EvaluationContext, confirm: ConfirmSink): Outcome {
  const relation = rule.relation;
  switch (relation.kind) {
    case 'ratio':
    case 'equals':
    case 'atLeast':
      return evaluateRowRelation(rule, ctx, confirm);
    case 'range':
      return evaluateRange(rule, relation, ctx);
    case 'wholeNumber':
      return evaluateWholeNumber(ctx);
    case 'totalRow':
      return evaluateTotalRow(ctx, confirm);
    case 'totalRowRate':
      return evaluateTotalRowRate(ctx);
    case 'parts':
      return evaluateParts(relation, ctx, confirm);
    case 'share':
      return evaluateShare(rule, relation, ctx, confirm);
  }
}
