import { rangeOf, type NumberFigure } from '../figure';
import type { HeaderColumn, TotalRow } from '../layout-types';
import { bracketAtEnd, compactText } from '../header';
import { noteTexts } from '../layout-cells';
import { footnoted } from '../lexicon';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import type { SheetModel } from '../sheet-model';
import { floatSlack, isMeasuredUnit, isRoundedColumn, roundForDisplay, roundingSlack } from '../tolerance';
import { movedPointPart } from '../cell-fixes';
import { closesRunningTotal } from '../running-total';
import { hasWord, stockWord } from '../inference/words';
import { HeldChecks } from './held-checks';
import { decimalsOf, impliedForSum, sameNumber } from './operands';
import { notApplicable } from './row-relation';
import type { SheetStructures } from './structures';
import { COMMON_PLACEHOLDERS, type RelationModule, type Violation } from './types';

/** `SUM(C5:C18)` for contiguous members, else the addresses joined with +. */
function sumFormula(model: SheetModel, rows: number[], col: number): string {
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous && rows.length > 2)
    return `SUM(${model.address(rows[0], col)}:${model.address(rows[rows.length - 1], col)})`;
  return rows.map((r) => model.address(r, col)).join(' + ');
}

// Half a unit of the last of d decimals, for the few d a sheet shows: worked out once, not for each of 50,000 rows.
const HALF_UNITS = Array.from({ length: 16 }, (_, d) => roundingSlack([d]));
const halfUnitOf = (d: number) => HALF_UNITS[d] ?? roundingSlack([d]);

/**
 * The members' sum in one column, the decimals to show it with, and the rounding slack: 0 for exact figures (counts,
 * money to the last digit), the sum of half-units of every figure for rounded ones (万平方米, 亿元, 0.01 万人, and
 * per-head figures under a per-head total).
 * Undefined when a member's figure is unknown: withheld (`×`) in a column that goes below zero, an error, text, or
 * marked missing (`—`) in a column of changes between periods, where a place new this year adds its whole figure to
 * the total's change. `dashed`: a member is marked missing
 * for a reason the sheet gives (a footnote mark on its label, or a note naming it). `withheld`: the rows of members
 * withheld (×) in a column of no negative figure, whose figures the total holds beyond the sum.
 */
function memberSum(
  model: SheetModel,
  total: TotalRow,
  column: HeaderColumn,
  stated: NumberFigure,
  structures: SheetStructures,
  notes: () => string[],
): { sum: number; decimals: number; slack: number; rounding: number; dashed: boolean; withheld: number[] } | undefined {
  let sum = 0;
  let dashed = false;
  const withheld: number[] = [];
  let typedRange = rangeOf(stated);
  let decimals = decimalsOf(stated);
  // The half-units of every figure shown, the stated one's first (roundingSlack), added as the members are read.
  let halfUnits = roundingSlack([decimals]);
  const signed = model.holdsChanges(column);
  // A change between periods (比上年增减) marked missing may be a place new this year; an addition in the period
  // (本季新增, 本年增加) marked so is none.
  const header = column.rawHeader.toLowerCase();
  const { change, difference } = model.lexicon.inferenceWords;
  const betweenPeriods = signed && (change.test(header) || difference.test(header));
  const figures = model.column(column.col);
  const { members } = total;
  let typed = 0;
  // Indexed, as in evaluateBindings: a total of 50,000 rows.
  for (let i = 0; i < members.length; i++) {
    const row = members[i];
    const plain = figures.values[row];
    const value = Number.isNaN(plain) ? model.valueAt(row, column.col) : plain;
    if (value === undefined) {
      // A blank cell is none; a missing marker is none too, except as a change.
      const shown = model.shown(row, column.col);
      const marked = typeof shown === 'string' && shown.trim() !== '';
      if (marked && model.lexicon.withheld.test(compactText(shown)) && !signed && !model.goesNegative(column.col)) {
        withheld.push(row);
        continue;
      }
      if (model.figure(row, column.col).kind !== 'missing' || (signed && marked && betweenPeriods)) return undefined;
      dashed ||= marked && footnoted(compactText(model.rowLabel(row)), notes());
      continue;
    }
    sum += value;
    typed++;
    // A figure typed as words (3.7万, 3000余) holds a range: the total may stand anywhere its members' ranges allow.
    if (Number.isNaN(plain)) typedRange += rangeOf(model.figure(row, column.col));
    const d = model.decimalsAt(row, column.col);
    halfUnits += halfUnitOf(d);
    // Not Math.max(...): a total of 130,000 rows would overflow the call stack as arguments.
    if (d > decimals) decimals = d;
  }
  // A column filled on the totals only (预算数 of 支出合计, its items left blank or marked —) sums nothing there.
  if (typed === 0) return undefined;
  // A per-head total (人均可支配收入 over 工资性收入 …) adds up per-head figures, each rounded to the yuan.
  const perHead = model.lexicon.notAdditive.test(model.rowLabel(total.row));
  // A change of rounded figures (比年初增加 of two balances in 亿元) is the difference of two roundings: a unit each way.
  const rounding = halfUnits * (signed ? 2 : 1);
  // Members in the unit their total's label states (货物运输量（万吨） | 铁路 | 公路), in a column of none, are rounded as it
  // is (columnIsRounded).
  const rounded = perHead || structures.columnIsRounded(column, decimals, total.row);
  return { sum, decimals, slack: (rounded ? rounding : 0) + typedRange, rounding, dashed, withheld };
}

/** Whether a total's stated figure is its members' sum, within the rounding of the figures. */
const within = (stated: NumberFigure, { sum, decimals, slack }: { sum: number; decimals: number; slack: number }) =>
  slack > 0 ? Math.abs(stated.value - sum) <= slack + floatSlack(sum) : sameNumber(stated.value, sum, decimals);

/**
 * The member a column headed as a stock over the periods has its total at: the last where carried over or closing
 * (累计结余, 期末人数), the first where opening (期初人数); undefined for a column of flows.
 */
function stockMember(column: HeaderColumn, model: SheetModel): 'first' | 'last' | undefined {
  const header = column.rawHeader;
  // Running first: 年初至今 opens with 年初 and runs to the last period.
  if (hasWord(header, 'running', model.lexicon)) return 'last';
  const stock = stockWord(header, model.lexicon);
  return stock === 'opening' ? 'first' : stock === 'closing' ? 'last' : undefined;
}

/** Rows a running total may have with labels that name no period (see closesRunningTotal). */
const RUNNING_ROWS = 6;

// How far above its largest member a whole's own measure may stand (a city's stations over its counties').
const AMONG_MARGIN = 1.25;
/** The most share of two members' sum their mean is taken to be (see amongMembers). */
const TWO_MEMBER_SHARE = 0.75;

/**
 * Whether a total stands among its members' figures, none negative, and at most half their sum (全市 优良天数 307 among
 * its counties' 273 to 337, or 326 from the city's own stations over 276 to 323): the whole's own measure (a mean, a
 * city's monitoring), not their sum, which is at least the largest. A total near a large member's figure (950 over
 * 1000, 20 and 30) is still read as a sum.
 */
function amongMembers(values: number[], total: number, sum: number): boolean {
  let [least, most, counted] = [Infinity, -Infinity, 0];
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    if (value < 0) return false;
    least = Math.min(least, value);
    most = Math.max(most, value);
    counted++;
  }
  // Of two members, a mean weighted by what each covers lies anywhere between them, past half their sum too (优良天数
  // 293 over 市辖区 294 and 所辖县（市） 291): not far past it, where a sum typed wrong would be.
  const bound = counted === 2 ? Math.min(most, sum * TWO_MEMBER_SHARE) : Math.min(most * AMONG_MARGIN, sum / 2);
  return counted >= 2 && total >= least && total <= bound;
}

/**
 * Whether one member above the total, its decimal point moved (1959 typed for 195.9), is all that keeps the total from
 * being the members' sum: the total stands among its members only by that wrong figure.
 */
function shiftedMember(values: number[], total: number, sum: number, slack: number): boolean {
  if (values.filter((v) => !Number.isNaN(v)).length < 3) return false;
  return values.some((value) => movedPointPart(value, total, sum, slack + floatSlack(total)));
}

/**
 * Quantities a total row adds up besides counts and money: 万/亿 units (万人, 万平方米), areas, lengths and weights.
 * Per-head, average, density and per-output columns (the vocabulary's notAdditiveWords) have such units too, but a total
 * row does not hold their sum.
 */
function isAdditiveQuantity(column: HeaderColumn, model: SheetModel): boolean {
  const { lexicon } = model;
  if (column.isRate || column.notAdditive) return false;
  const unit = column.unit ?? model.layout.defaultUnit;
  const bracketed = bracketAtEnd(column.rawHeader);
  return isRoundedColumn(unit, column.rawHeader, 0, 'unknown', lexicon) || isMeasuredUnit(bracketed, lexicon);
}

/**
 * Whether a total's rows all state one unit of counts, money or measured quantities (个, 万元, 吨): not %, not 元/人,
 * and none names a mean (居民人均可支配收入 | 元 over 城镇 and 农村 is their weighted mean, not their sum).
 */
function unitAddsUp(model: SheetModel, rows: number[]): boolean {
  const unit = model.rowUnit(rows[0]);
  return unit !== undefined && rows.every((row) => model.rowUnit(row) === unit && model.rowAdds(row));
}

/**
 * Whether a total states a unit that adds up and its members state none, naming no rate, mean or change (R&D经费内部支出
 * （万元） | 基础研究 | 应用研究 | 试验发展): they are in its unit, as its breakdown.
 */
function membersInTotalsUnit(model: SheetModel, total: TotalRow): boolean {
  return (
    model.rowUnit(total.row) !== undefined &&
    model.rowAdds(total.row) &&
    total.members.every((row) => model.rowUnit(row) === undefined && model.namesAmount(row))
  );
}

/** A total over periods that is not the stock it closes or opens at (the period's figure `at` in row `member`). */
function stockViolation(
  model: SheetModel,
  total: TotalRow,
  column: HeaderColumn,
  member: number,
  stated: NumberFigure,
  at: number,
): Violation {
  const decimals = decimalsOf(stated);
  const cells = [total.row, member].map((row) => ({ row, col: column.col }));
  return {
    row: total.row,
    cells,
    expected: roundForDisplay(at, decimals),
    actual: roundForDisplay(stated.value, decimals),
    implied: impliedForSum(model, cells, stated.value, at),
    linear: true,
    vars: {
      row: total.label,
      result: column.rawHeader,
      expected: roundForDisplay(at, decimals),
      actual: roundForDisplay(stated.value, decimals),
      formula: model.address(member, column.col),
      difference: roundForDisplay(stated.value - at, decimals),
    },
  };
}

/** Every total row equals the sum of its members in every count and amount column (and 万/亿 quantities, areas). */
export const totalRow: RelationModule<Extract<Relation, { kind: 'totalRow' }>> = {
  measures: () => [],
  structures: ['totalRows'],
  placeholders: [...COMMON_PLACEHOLDERS, 'result', 'formula', 'difference'],
  evaluate({ ctx }) {
    const { model, structures } = ctx;
    const additive = (c: HeaderColumn) =>
      ['count', 'amount'].includes(structures.columnKind(c)) || isAdditiveQuantity(c, model);
    // In an indicator table whose rows state their units (登记社会组织 | 个 | 2128), a column of no kind of its own adds
    // up at a total whose rows all state one unit that adds (see unitAddsUp), or whose members take its unit.
    const unitsByRows = model.rowsStateUnits() || model.layout.totalRows.some((t) => membersInTotalsUnit(model, t));
    const byRows = (c: HeaderColumn) =>
      unitsByRows && c.unit === undefined && !c.isRate && !c.notAdditive && !model.holdsChanges(c);
    // Of its own kind, asked once: a ledger has thousands of subtotals.
    const ownKind = new Set(model.layout.columns.filter(additive));
    const columns = model.layout.columns.filter((c) => ownKind.has(c) || byRows(c));
    if (columns.length === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
    const held = new HeldChecks();
    const violations: Violation[] = [];
    let notesRead: string[] | undefined;
    const notes = () => (notesRead ??= noteTexts(model.sheet, model.layout));
    // Where only rows' units make columns add up, a sheet none of whose totals states one is not checked by the rule.
    let anyColumnAdds = false;
    // A total among its members' figures where the same column adds up at the subtotals beside it or under it is a sum
    // typed wrong, not the whole's own measure: a subtotal whose parent and a sibling hold (合计 = 市级登记 + 县级登记,
    // 县级登记 = its kinds: 社会团体 176 for 19 under 市级登记 41), a subtotal whose siblings all hold (市区 2352 for 23524
    // over 2033 … 17936: the parent breaks by the same gap), a total whose two subtotals or more all hold (全市 2000 for
    // 8302.1 over 市区 and 县市). Asked only of such a total; the parents are read once.
    let parentOf: Map<number, TotalRow> | undefined;
    const addsUpElsewhere = (column: HeaderColumn, total: TotalRow) => {
      if (!parentOf) {
        parentOf = new Map();
        const totals = new Set(model.layout.totalRows.map((t) => t.row));
        for (const t of model.layout.totalRows) for (const m of t.members) if (totals.has(m)) parentOf.set(m, t);
      }
      const subtotals = (parent: TotalRow, but?: number) =>
        model.layout.totalRows.filter((t) => t.row !== but && parentOf?.get(t.row) === parent && t.members.length >= 2);
      const allHold = (totals: TotalRow[]) => totals.length > 0 && totals.every((t) => holdsAt(t, column));
      const parent = parentOf.get(total.row);
      if (parent) {
        const siblings = subtotals(parent, total.row);
        if (holdsAt(parent, column) ? siblings.some((t) => holdsAt(t, column)) : allHold(siblings)) return true;
      }
      const children = subtotals(total);
      return children.length >= 2 && allHold(children);
    };
    const periodRow = (row: number) => model.lexicon.periodLabel.test(compactText(model.rowLabel(row)));
    const holdsAt = (total: TotalRow, column: HeaderColumn) => {
      const stated = model.number(total.row, column.col);
      const members = stated ? memberSum(model, total, column, stated, structures, notes) : undefined;
      return stated !== undefined && members !== undefined && within(stated, members);
    };
    for (const total of model.layout.totalRows) {
      if (total.members.length === 0 || (model.onlyRows && !model.onlyRows.has(total.row))) continue;
      const rows = [total.row, ...total.members];
      let rowsAddUp: boolean | undefined; // asked only of a column of no kind of its own
      // Totals off their members' sum by no more than the figures' rounding: rounded apart, where the notes say so or
      // two columns or more are (合计 38411.14 over quarters adding to 38411.15, in 万元 the sheet does not state).
      const offByRounding: Violation[] = [];
      for (const column of columns) {
        if (!ownKind.has(column) && !(rowsAddUp ??= unitAddsUp(model, rows) || membersInTotalsUnit(model, total)))
          continue;
        anyColumnAdds = true;
        const stated = model.number(total.row, column.col);
        if (!stated) continue;
        const members = memberSum(model, total, column, stated, structures, notes);
        if (!members) continue;
        const { sum, decimals, slack, rounding, dashed, withheld } = members;
        if (within(stated, members)) {
          held.block(rows, column.col);
          continue;
        }
        // A member marked missing for a reason the sheet gives (滨海新区① | — in 2010, counted in the districts it
        // replaced, as the note says) may hide what a total holds beyond the others: only a total short of them is wrong.
        // So does a member withheld to protect respondents (× in a column of no negative figure).
        if ((dashed || withheld.length > 0) && stated.value > sum) continue;
        const values = total.members.map((row) => model.valueAt(row, column.col) ?? NaN);
        // A running total's rows are periods (or many: a ledger's months may be typed as dates); three categories rising
        // to a last one copied from the total below (党组织数 20, 33, 87 | 合计 87) are no running total.
        const runs = total.members.length >= RUNNING_ROWS || total.members.every((row) => periodRow(row));
        const same = (a: number, b: number) => sameNumber(a, b, decimalsOf(stated));
        if (runs && closesRunningTotal(values, stated.value, same)) continue;
        // Nor a level every period repeats (年度应换届数 658 in each month and the year's row): a target, no flow.
        if (runs && values.every((value) => same(value, stated.value))) continue;
        // Nor a balance carried over them (累计结余, falling in some months): the total closes it at the last figure. Over
        // rows that are all periods, a total at neither that figure nor the sum is wrong (全年 | 期初数 940 over the
        // quarters' 904 …): that figure is what it should be.
        const stock = runs ? stockMember(column, model) : undefined;
        if (stock) {
          const at = stock === 'first' ? 0 : values.length - 1;
          if (same(stated.value, values[at])) continue;
          if (!Number.isNaN(values[at]) && total.members.every((row) => periodRow(row))) {
            violations.push(stockViolation(model, total, column, total.members[at], stated, values[at]));
            continue;
          }
        }
        // Not a member's figure in a column, or rows, whose unit adds up (流动党员数（人） 9 over 9, 58, 21 …: the row below
        // copied; 基本养老保险参保人数 | 万人 55.62 over 55.62 and 75.35).
        const adds = ownKind.has(column) ? model.columnAdds(column) : rowsAddUp === true;
        const copied = adds && values.includes(stated.value);
        if (
          !copied &&
          amongMembers(values, stated.value, sum) &&
          !shiftedMember(values, stated.value, sum, slack) &&
          !addsUpElsewhere(column, total)
        )
          continue;
        const cells = rows.map((row) => ({ row, col: column.col }));
        const expected = roundForDisplay(sum, decimals);
        const actual = roundForDisplay(stated.value, decimals);
        const formula = sumFormula(model, total.members, column.col);
        // Below the figures shown, where some are withheld: the total is at least their sum, what it is nobody can say.
        const hidden = withheld.map((row) => model.address(row, column.col)).join(phrase(ctx.lang, 'cellSeparator'));
        const violation: Violation = {
          row: total.row,
          cells,
          expected,
          actual,
          implied: hidden ? new Map() : impliedForSum(model, cells, stated.value, sum),
          linear: true,
          vars: {
            row: total.label,
            result: column.rawHeader,
            expected: hidden ? phrase(ctx.lang, 'atLeast', { value: expected }) : expected,
            actual,
            formula: hidden ? phrase(ctx.lang, 'sumWithheld', { formula, cells: hidden }) : formula,
            difference: roundForDisplay(stated.value - sum, decimals),
          },
        };
        // Whole figures too, where a note says the figures were rounded apart (部分数据因四舍五入，分项之和与合计略有出入).
        const byRounding =
          (decimals > 0 || model.roundedApart()) && Math.abs(stated.value - sum) <= rounding + floatSlack(sum);
        (byRounding ? offByRounding : violations).push(violation);
      }
      if (offByRounding.length === 1 && !model.roundedApart()) violations.push(...offByRounding);
    }
    if (ownKind.size === 0 && !anyColumnAdds) return notApplicable(phrase(ctx.lang, 'noColumns'));
    return { applies: true, binding: new Map(), bindingNotes: [], violations, held };
  },
};
