import type { Relation } from '../rule-schema';
import { COMPARISON_PLACEHOLDERS, comparisonMeasures, evaluateComparison } from './comparison';
import type { RelationModule } from './types';

/** left ≥ factor × right on every row; an inequality implies no single value for a cell. */
export const atLeast: RelationModule<Extract<Relation, { kind: 'atLeast' }>> = {
  measures: comparisonMeasures,
  placeholders: COMPARISON_PLACEHOLDERS,
  evaluate: evaluateComparison,
};
