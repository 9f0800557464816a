import { Engine, type DynamicFactCallback, type RuleProperties, type RuleResult } from 'json-rules-engine';
import type { EngineCondition, Outcome } from './relations/types';
import type { RuleSet } from './rules';

/**
 * The rule set as json-rules-engine rules, run once per sheet. The facts are the sheet's: `boundMeasures` (the
 * measures some column binds to), `structures` (what the layout found: a table, total rows, 其中 breakdowns, count
 * columns), `appliedRatioRules`, `rowsMeetingCondition` (rows a rule's `when` admits) and `relationOutcome` (the
 * rule's relation evaluated over the sheet, once). Each rule's conditions say when it applies — its measures bound,
 * its `unless` measures absent (a `not` condition), the structures it needs present, a row meeting its `when` — and
 * it fires when its relation is violated. The condition that failed is the reason `explain` gives.
 */
export interface SheetFacts {
  boundMeasures: string[];
  structures: string[];
  outcome(ruleId: string): Promise<Outcome>;
  rowsMeeting(ruleId: string): Promise<number>;
  appliedRatioCount(): number;
}

// json-rules-engine resolves condition `path`s with JSONPath by default; statlint's conditions use none, and a plain
// property walk keeps any expression evaluation out of the engine.
const pathResolver = (value: object, path: string): unknown =>
  path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      value,
    );

/** Conditions are evaluated in this order (json-rules-engine runs higher priorities first and stops at a failure). */
const PRIORITY = {
  table: 60,
  unless: 50,
  measures: 40,
  structures: 30,
  ratios: 25,
  when: 20,
  applies: 10,
  violated: 1,
} as const;

const bound = (id: string): EngineCondition => ({ fact: 'boundMeasures', operator: 'contains', value: id });

/** The conditions under which a rule applies and fires, from its relation kind's declarations and the rule file. */
function conditionsOf(rule: RuleSet['rules'][number], ruleSet: RuleSet): EngineCondition[] {
  const module = ruleSet.relations.moduleOf(rule.relation);
  const measures = [...new Set(module.measures(rule.relation))];
  const ruleId = rule.id;
  return [
    { fact: 'structures', operator: 'contains', value: 'table', priority: PRIORITY.table },
    ...rule.unless.map((id): EngineCondition => ({ not: bound(id), priority: PRIORITY.unless })),
    ...(module.anyMeasure
      ? [{ any: measures.map(bound), priority: PRIORITY.measures }]
      : measures.map((id): EngineCondition => ({ ...bound(id), priority: PRIORITY.measures }))),
    ...(module.structures ?? []).map((s): EngineCondition => ({
      fact: 'structures',
      operator: 'contains',
      value: s,
      priority: PRIORITY.structures,
    })),
    ...(module.needsAppliedRatios
      ? [{ fact: 'appliedRatioRules', operator: 'greaterThan', value: 0, priority: PRIORITY.ratios }]
      : []),
    ...(rule.when
      ? [
          {
            fact: 'rowsMeetingCondition',
            params: { ruleId },
            operator: 'greaterThan',
            value: 0,
            priority: PRIORITY.when,
          },
        ]
      : []),
    { fact: 'relationOutcome', params: { ruleId }, operator: 'applies', value: true, priority: PRIORITY.applies },
    { fact: 'relationOutcome', params: { ruleId }, operator: 'violated', value: true, priority: PRIORITY.violated },
  ] as EngineCondition[];
}

export function buildEngine(ruleSet: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver });
  engine.addOperator<Outcome, boolean>('applies', (outcome, expected) => outcome.applies === expected);
  engine.addOperator<Outcome, boolean>('violated', (outcome, expected) => outcome.violations.length > 0 === expected);
  const sheet = (almanac: Parameters<DynamicFactCallback>[1]) => almanac.factValue<SheetFacts>('sheet');
  const byRule = (fn: (facts: SheetFacts, ruleId: string) => unknown) =>
    (async (params, almanac) => fn(await sheet(almanac), (params as { ruleId: string }).ruleId)) as DynamicFactCallback;
  // The almanac caches a dynamic fact per params, so each rule's relation is evaluated once per sheet.
  engine.addFact(
    'relationOutcome',
    byRule((facts, ruleId) => facts.outcome(ruleId)),
  );
  engine.addFact(
    'rowsMeetingCondition',
    byRule((facts, ruleId) => facts.rowsMeeting(ruleId)),
  );
  engine.addFact('boundMeasures', (async (_p, almanac) => (await sheet(almanac)).boundMeasures) as DynamicFactCallback);
  engine.addFact('structures', (async (_p, almanac) => (await sheet(almanac)).structures) as DynamicFactCallback);
  // Not cached: it counts the ratio rules that applied, which the engine has settled by then (they run first).
  engine.addFact(
    'appliedRatioRules',
    (async (_p, almanac) => (await sheet(almanac)).appliedRatioCount()) as DynamicFactCallback,
    { cache: false },
  );
  ruleSet.rules.forEach((rule) => {
    const module = ruleSet.relations.moduleOf(rule.relation);
    const properties: RuleProperties = {
      name: rule.id,
      // Rules that recompute the applied ratio rules run after every other rule.
      priority: module.needsAppliedRatios ? 1 : 2,
      conditions: { all: conditionsOf(rule, ruleSet) },
      event: { type: 'violation', params: { ruleId: rule.id } },
    };
    engine.addRule(properties);
  });
  return engine;
}

/** A condition as the engine evaluated it: `result` false on the one that kept a rule from applying. */
export interface EvaluatedCondition {
  fact?: string;
  operator?: string;
  value?: unknown;
  params?: { ruleId?: string };
  result?: boolean;
  not?: EvaluatedCondition;
  any?: EvaluatedCondition[];
  all?: EvaluatedCondition[];
}

/** The first condition of a rule that failed, other than its relation holding (a rule that applied and found nothing). */
function failedCondition(result: RuleResult): EvaluatedCondition | undefined {
  const conditions = (result.conditions as unknown as { all: EvaluatedCondition[] }).all;
  const failed = conditions.find((c) => c.result === false);
  return failed && failed.operator !== 'violated' ? failed : undefined;
}

/** Runs the engine on one sheet: the rules whose relation is violated, and for the others the condition that failed. */
export async function runEngine(
  engine: Engine,
  facts: SheetFacts,
): Promise<{ violated: Set<string>; notApplied: Map<string, EvaluatedCondition> }> {
  const { events, failureResults } = await engine.run({ sheet: facts });
  const notApplied = new Map<string, EvaluatedCondition>();
  for (const result of failureResults) {
    const failed = failedCondition(result);
    if (failed) notApplied.set(result.name, failed);
  }
  return { violated: new Set(events.map((e) => String((e.params as { ruleId: string }).ruleId))), notApplied };
}
