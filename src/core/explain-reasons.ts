import type { EvaluatedCondition } from './engine';
import { phrase } from './messages';
import type { Lang } from './report';
import type { Measure, RowCondition } from './rule-schema';

/** json-rules-engine's operators as written in explain (language-neutral symbols). */
const OPERATOR_SYMBOLS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  in: '∈',
  notIn: '∉',
  contains: '∋',
  doesNotContain: '∌',
};

/** A row condition in words: `企业数 > 0 且 行类型 = region`. */
export function conditionText(condition: RowCondition, measures: Map<string, Measure>, lang: Lang): string {
  if ('all' in condition)
    return condition.all.map((c) => conditionText(c, measures, lang)).join(phrase(lang, 'conditionAnd'));
  if ('any' in condition)
    return condition.any.map((c) => conditionText(c, measures, lang)).join(phrase(lang, 'conditionOr'));
  if ('not' in condition)
    return phrase(lang, 'conditionNot', { condition: conditionText(condition.not, measures, lang) });
  const fact =
    condition.fact === 'rowKind'
      ? phrase(lang, 'factRowKind')
      : condition.fact === 'label'
        ? phrase(lang, 'factLabel')
        : (measures.get(condition.fact)?.name[lang] ?? condition.fact);
  const value = Array.isArray(condition.value) ? `{${condition.value.join(', ')}}` : String(condition.value);
  return `${fact} ${OPERATOR_SYMBOLS[condition.operator] ?? condition.operator} ${value}`;
}

export interface ReasonContext {
  lang: Lang;
  measures: Map<string, Measure>;
  /** Why the sheet could not be read as a table. */
  layoutProblem: string;
  when?: RowCondition;
  /** The relation's own reason, when its `applies` condition failed. */
  outcomeReason: () => string;
}

const STRUCTURE_PHRASES = { totalRows: 'noTotalRows', breakdowns: 'noPartGroups', countColumns: 'noColumns' } as const;

/** Why a rule did not apply, in the chosen language, from the engine's condition that failed. */
export function reasonFrom(condition: EvaluatedCondition, ctx: ReasonContext): string {
  const { lang } = ctx;
  const measure = (id: unknown) => ctx.measures.get(String(id));
  if (condition.not?.fact === 'boundMeasures') {
    return phrase(lang, 'unlessPresent', {
      measure: measure(condition.not.value)?.name[lang] ?? String(condition.not.value),
    });
  }
  if (condition.any) return phrase(lang, 'noColumns');
  switch (condition.fact) {
    case 'boundMeasures': {
      const m = measure(condition.value);
      return phrase(lang, 'noColumn', {
        measure: m?.name[lang] ?? String(condition.value),
        aliases: m?.aliases.slice(0, 4).join(phrase(lang, 'listSeparator')) ?? '',
      });
    }
    case 'structures':
      return condition.value === 'table'
        ? ctx.layoutProblem
        : phrase(lang, STRUCTURE_PHRASES[condition.value as keyof typeof STRUCTURE_PHRASES] ?? 'noColumns');
    case 'appliedRatioRules':
      return phrase(lang, 'noRatioRules');
    case 'rowsMeetingCondition':
      return phrase(lang, 'noRowMeets', { condition: ctx.when ? conditionText(ctx.when, ctx.measures, lang) : '' });
    default:
      return ctx.outcomeReason();
  }
}
