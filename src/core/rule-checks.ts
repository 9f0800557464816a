import { phrase } from './messages';
import type { RelationRegistry } from './relations/registry';
import type { Lang } from './report';
import { ROW_FACTS, type Rule, type RowCondition } from './rule-schema';

/** `{name}` placeholders as a rule author may type them, Chinese names (`{行}`) included. */
const PLACEHOLDER_RE = /\{[^{}\s]+\}/g;

/** Messages that use a placeholder the rule's relation kind does not fill: where, and in both languages. */
export function placeholderProblems(rule: Rule, relations: RelationRegistry): { path: string; localised: Record<Lang, string> }[] {
  const known = relations.moduleOf(rule.relation).placeholders;
  const problems: { path: string; localised: Record<Lang, string> }[] = [];
  for (const lang of ['zh-CN', 'en'] as const) {
    // String.match rather than matchAll: the task pane runs in IE11's engine too.
    for (const name of (rule.message[lang].match(PLACEHOLDER_RE) ?? []).map((p) => p.slice(1, -1))) {
      if (known.includes(name)) continue;
      const vars = { rule: rule.id, lang, placeholder: `{${name}}`, kind: rule.relation.kind, known: known.map((k) => `{${k}}`).join(' ') };
      problems.push({ path: `message["${lang}"]`, localised: { 'zh-CN': phrase('zh-CN', 'unknownPlaceholder', vars), en: phrase('en', 'unknownPlaceholder', vars) } });
    }
  }
  return problems;
}

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
