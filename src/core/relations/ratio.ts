import { phrase } from '../messages';
import type { Relation } from '../rule-schema';
import { mixesPercent, operandMeasures, resolveOperand } from './operands';
import {
  RATIO_PLACEHOLDERS,
  ratioCheck,
  ratioColumns,
  comparableGrowthAt,
  statesPoints,
  type RatioSpec,
} from './ratio-check';
import { boundAcross, evaluateRowRelation, notApplicable } from './row-relation';
import type { Binding, EvaluationContext, RelationModule } from './types';
import { COMMON_PLACEHOLDERS } from './types';

type Ratio = Extract<Relation, { kind: 'ratio' }>;

/** The ratio over a binding of its measures; undefined when one is not bound. */
export function ratioSpec(
  relation: Ratio,
  binding: Binding,
  ctx: EvaluationContext,
  tolerance: RatioSpec['tolerance'],
): RatioSpec | undefined {
  const result = binding.get(relation.result);
  const numerator = resolveOperand(relation.numerator, binding, ctx.measures, ctx.lang);
  const denominator = resolveOperand(relation.denominator, binding, ctx.measures, ctx.lang);
  if (!result || !numerator || !denominator) return undefined;
  const resultName = ctx.measures.get(relation.result)?.name[ctx.lang] ?? relation.result;
  // A rate the rule states in per cent that the column shows in per mille (增长率（‰）): its unit says which.
  const perMille =
    relation.scale === 100 && result.unit !== undefined && ctx.lexicon.unitOf(result.unit)?.kind === 'perMille';
  return {
    resultCol: result.col,
    resultName,
    numerator,
    denominator,
    scale: perMille ? 1000 : relation.scale,
    tolerance,
  };
}

/** A change relative to one of two figures: (本年 − 上年) ÷ 上年, a growth or a decline. */
const isRelativeChange = ({ numerator, denominator }: Ratio): boolean =>
  typeof numerator === 'object' && 'difference' in numerator && numerator.difference.includes(denominator);

/** result = numerator ÷ denominator × scale on every row but the total rows (their rates: totalRowRate). */
export const ratio: RelationModule<Ratio> = {
  measures: (r) => [r.result, ...operandMeasures(r.numerator), ...operandMeasures(r.denominator)],
  placeholders: [...COMMON_PLACEHOLDERS, ...RATIO_PLACEHOLDERS],
  evaluate({ relation, rule, ctx }) {
    if (ctx.model.layout.comparableGrowth && isRelativeChange(relation))
      return notApplicable(phrase(ctx.lang, 'growthComparable'));
    const rows = ctx.model.rowsToCheck.filter((r) => !ctx.model.totalRows.has(r));
    const relative = isRelativeChange(relation);
    return evaluateRowRelation(
      ctx,
      ratio.measures(relation),
      rows,
      (binding) => {
        const spec = ratioSpec(relation, binding, ctx, rule.tolerance) as RatioSpec;
        return {
          cols: ratioColumns(spec),
          check: (row, held) => {
            if (comparableGrowthAt(spec, ctx.model, row)) return undefined;
            const violation = ratioCheck(spec, ctx.model, row, held);
            return violation && relative && ctx.model.mayStatePoints(row) && statesPoints(spec, ctx.model, row)
              ? undefined
              : violation;
          },
        };
      },
      (binding) => ![relation.numerator, relation.denominator].some((op) => mixesPercent(op, binding, ctx.lexicon)),
      (binding) => {
        const columns = [relation.numerator, relation.denominator]
          .flatMap(operandMeasures)
          .flatMap((id) => binding.get(id) ?? []);
        const result = binding.get(relation.result);
        return result !== undefined && boundAcross(result, columns, ctx.lexicon);
      },
      // A rate's row has its change too, in points where it says so (恩格尔系数(%)［增减百分点］): checked as such.
      relative,
    );
  },
};
