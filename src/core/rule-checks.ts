import { ROW_FACTS, type Rule, type RowCondition } from './rule-schema';

/** Every fact a row condition names. */
export function conditionFacts(condition: RowCondition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFacts);
  if ('any' in condition) return condition.any.flatMap(conditionFacts);
  if ('not' in condition) return conditionFacts(condition.not);
  return [condition.fact];
}

/** The measure ids a rule's `when` condition reads (row facts such as rowKind left out). */
export function whenFacts(rule: Rule): string[] {
  return rule.when ? conditionFacts(rule.when).filter((f) => !(ROW_FACTS as readonly string[]).includes(f)) : [];
}
