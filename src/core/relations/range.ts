import type { NumberFigure } from '../figure';
import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { HeldChecks } from './held-checks';
import { figureText } from './operands';
import { notApplicable } from './row-relation';
import { COMMON_PLACEHOLDERS, type Binding, type RelationModule, type Violation } from './types';

/**
 * Every value of the listed measures (all columns they match, but their changes) within [min, max]; one bound measure is
 * enough.
 */
export const range: RelationModule<Extract<Relation, { kind: 'range' }>> = {
  measures: (r) => r.measures,
  anyMeasure: true,
  bounds: ({ measures, min, max }) => ({ measures, min, max }),
  placeholders: [...COMMON_PLACEHOLDERS, 'result'],
  evaluate({ relation, ctx }) {
    const binding: Binding = new Map();
    const violations: Violation[] = [];
    for (const id of relation.measures) {
      for (const column of ctx.candidates.get(id)?.columns ?? []) {
        binding.set(id, column);
        // A change of the measure (增减情况 / 覆盖率（百分点）) is no level of it: it may go below zero.
        if (ctx.model.holdsChanges(column)) continue;
        for (const row of ctx.model.rowsToCheck) {
          // Nor is a row of changes (年均增速（%） under the years): it holds the measure's growth.
          if (ctx.model.lexicon.signed.test(ctx.model.rowLabel(row))) continue;
          const value = ctx.model.valueAt(row, column.col);
          if (value === undefined || (value >= relation.min && value <= relation.max)) continue;
          const f = ctx.model.number(row, column.col) as NumberFigure;
          const actual = figureText(f) + (column.isRate ? '%' : '');
          const expected = `${relation.min}–${relation.max}${column.isRate ? '%' : ''}`;
          violations.push({
            row,
            cells: [{ row, col: column.col }],
            expected,
            actual,
            vars: {
              row: ctx.model.rowLabel(row),
              result: ctx.measures.get(id)?.name[ctx.lang] ?? id,
              expected,
              actual,
            },
          });
        }
      }
    }
    if (binding.size === 0) return notApplicable(phrase(ctx.lang, 'noColumns'));
    return { applies: true, binding, bindingNotes: [], violations, held: new HeldChecks() };
  },
};
