import en from './rule-file-messages.en.json';
import zhCN from './rule-file-messages.zh-CN.json';
import { nearest, type ProblemVar, type RuleProblem } from './rule-file-messages';
import { problemAt, type RuleFileContext } from './rule-file-problems';
import type { RelationRegistry } from './relations/registry';
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

/** Placeholders written in the author's language (`{行}`), with the one meant: data, per language. */
const PLACEHOLDER_NAMES: Record<string, string> = { ...zhCN.placeholderNames, ...en.placeholderNames };

/** A `{name}` in a message that the rule's kind of relation does not fill (it would be printed as written). */
export function placeholderProblems(
  ctx: RuleFileContext,
  i: number,
  message: unknown,
  rule: Pick<Rule, 'relation'>,
  relations: RelationRegistry,
): RuleProblem[] {
  if (!message || typeof message !== 'object') return [];
  const allowed = relations.moduleOf(rule.relation).placeholders;
  // String.match rather than matchAll: this runs in the ES5 task pane too.
  return Object.entries(message as Record<string, unknown>).flatMap(([lang, text]) =>
    typeof text !== 'string'
      ? []
      : (text.match(/\{[^{}\s]+\}/g) ?? [])
          .filter((token) => !allowed.includes(token.slice(1, -1)))
          .slice(0, 1)
          .map((token) => {
            const meant = PLACEHOLDER_NAMES[token.slice(1, -1)] ?? nearest(token.slice(1, -1), allowed);
            const hint: ProblemVar =
              meant && allowed.includes(meant) ? { problem: 'didYouMean', vars: { suggestion: `{${meant}}` } } : '';
            return problemAt(ctx, ['rules', i, 'message', lang], 'unknownPlaceholder', {
              placeholder: token,
              hint,
              allowed: allowed.map((p) => `{${p}}`).join(' '),
            });
          }),
  );
}

/** The path, inside a rule entry, of the first place a measure id is written (for the line and column). */
export function measurePath(value: unknown, id: string, path: (string | number)[]): (string | number)[] | undefined {
  if (value === id) return path;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = measurePath(v, id, [...path, Array.isArray(value) ? Number(k) : k]);
    if (found) return found;
  }
  return undefined;
}
