import type { Relation } from '../rule-schema';
import { COMPARISON_PLACEHOLDERS, comparisonMeasures, evaluateComparison } from './comparison';
import type { RelationModule } from './types';

/** left = right on every row; a sum, so each cell's repair is implied exactly. */
export const equals: RelationModule<Extract<Relation, { kind: 'equals' }>> = {
  measures: comparisonMeasures,
  placeholders: COMPARISON_PLACEHOLDERS,
  evaluate: evaluateComparison,
};
