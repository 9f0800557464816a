import type { NumberFigure } from '../figure';
import { compactText, namesRate } from '../header';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { HeldChecks } from './held-checks';
import { figureText } from './operands';
import { COMMON_PLACEHOLDERS, type RelationModule, type Violation } from './types';

/**
 * Count columns hold non-negative whole numbers (approximate figures such as 3000余 are intervals, left alone); a
 * difference or change (净迁移, 自然增长, 比上年增加) is a count that may be negative.
 */
export const wholeNumber: RelationModule<Extract<Relation, { kind: 'wholeNumber' }>> = {
  measures: () => [],
  structures: ['countColumns'],
  placeholders: [...COMMON_PLACEHOLDERS, 'result'],
  evaluate({ ctx }) {
    const columns = ctx.model.layout.columns.filter((c) => ctx.structures.columnKind(c) === 'count');
    const violations: Violation[] = [];
    // A row of figures mostly with decimals across the columns of no unit of their own holds amounts, whatever the
    // sheet's units say (直接经济损失 | 1269.76 | 261.28 … under 单位：起，人, regions as columns, a few of them read as
    // counts): asked only of a row with a fraction.
    const unitless = ctx.model.layout.columns.filter((c) => c.unit === undefined && !c.isRate);
    const amountRows = new Map<number, boolean>();
    const amountRow = (row: number) => {
      let amounts = amountRows.get(row);
      if (amounts === undefined) {
        const values = unitless.map((c) => ctx.model.valueAt(row, c.col)).filter((v) => v !== undefined);
        amounts = values.filter((v) => !Number.isInteger(v)).length * 2 > values.length;
        amountRows.set(row, amounts);
      }
      return amounts;
    };
    const expected = phrase(ctx.lang, 'wholeNumber');
    for (const column of columns) {
      const signed = ctx.model.holdsChanges(column);
      const rows = ctx.model.rowsToCheck;
      // Indexed, as in evaluateBindings: every row of every count column.
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const value = ctx.model.valueAt(row, column.col);
        // A negative count may stand in a column or on a row of changes (应换届党组织数(个)（增减）, regions as columns): the
        // row asked of a negative figure only.
        if (
          value === undefined ||
          (Number.isInteger(value) && (value >= 0 || signed || ctx.model.rowHoldsChanges(row)))
        )
          continue;
        // A count worked out as the difference of two others (消薄数 = 2023年 − 2024年) may go below zero.
        if (Number.isInteger(value) && ctx.model.isDifference(column.col)) continue;
        // A row of rates (完成率（%） under counts in 名) holds no counts whatever the column's unit says, nor does a
        // per-head row (每万人口发明专利拥有量 | 件), nor one stating a unit of no count (年末常住人口（万人） under 单位：人).
        if (ctx.model.isRateRow(row) || !ctx.model.mayHoldCounts(row)) continue;
        if (column.unit === undefined && unitless.length >= 3 && amountRow(row)) continue;
        // Nor does a row named as a rate (党组织覆盖率 among 单位数 and 党员数, regions as columns, the units in the title;
        // 编制使用率（增减为百分点）, a remark after it) or a figure typed as a percentage.
        const label = compactText(ctx.model.rowLabel(row));
        if (ctx.model.lexicon.notAdditive.test(label) || namesRate(label, ctx.model.lexicon)) continue;
        const f = ctx.model.number(row, column.col) as NumberFigure;
        if (f.approximate || f.percent) continue;
        const actual = figureText(f);
        violations.push({
          row,
          cells: [{ row, col: column.col }],
          expected,
          actual,
          vars: { row: ctx.model.rowLabel(row), result: column.header, expected, actual },
        });
      }
    }
    return { applies: true, binding: new Map(), bindingNotes: [], violations, held: new HeldChecks() };
  },
};
