import type { NumberFigure } from '../figure';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { compareStated, roundForDisplay } from '../tolerance';
import { HeldChecks } from './held-checks';
import { decimalsOf } from './operands';
import { ratioSpec } from './ratio';
import { RATIO_PLACEHOLDERS, ratioCheck, comparableGrowthAt } from './ratio-check';
import { COMMON_PLACEHOLDERS, type RelationModule, type Violation } from './types';

/**
 * Total rows' rates recomputed from total counts by every ratio rule that applies (with the binding that rule chose,
 * given explicitly as `appliedRatios`); says when a rate looks averaged.
 */
export const totalRowRate: RelationModule<Extract<Relation, { kind: 'totalRowRate' }>> = {
  measures: () => [],
  structures: ['totalRows'],
  needsAppliedRatios: true,
  placeholders: [...COMMON_PLACEHOLDERS, ...RATIO_PLACEHOLDERS],
  evaluate({ ctx, appliedRatios }) {
    const { model } = ctx;
    const violations: Violation[] = [];
    for (const { rule, relation, binding } of appliedRatios) {
      const spec = ratioSpec(relation, binding, ctx, rule.tolerance);
      if (!spec) continue;
      for (const total of model.layout.totalRows) {
        if ((model.onlyRows && !model.onlyRows.has(total.row)) || comparableGrowthAt(spec, model, total.row)) continue;
        const violation = ratioCheck(spec, model, total.row);
        if (!violation) continue;
        const memberRates = total.members
          .map((r) => model.number(r, spec.resultCol))
          .filter((f): f is NumberFigure => f !== undefined);
        const stated = model.number(total.row, spec.resultCol);
        const average = memberRates.reduce((s, f) => s + f.value, 0) / (memberRates.length || 1);
        const looksAveraged =
          stated !== undefined &&
          memberRates.length > 1 &&
          compareStated(stated, average, { absolute: 10 ** -decimalsOf(stated) }).agrees;
        violation.vars.note = looksAveraged
          ? phrase(ctx.lang, 'averaged', { average: roundForDisplay(average, decimalsOf(stated)) + '%' })
          : '';
        violation.vars.row = total.label;
        violations.push(violation);
      }
    }
    return { applies: true, binding: new Map(), bindingNotes: [], violations, held: new HeldChecks() };
  },
};
