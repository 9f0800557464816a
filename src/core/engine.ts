import { Engine, type DynamicFactCallback, type RuleProperties } from 'json-rules-engine';
import type { Outcome } from './relation';
import type { RuleSet } from './rules';

/**
 * The rule set as json-rules-engine rules. Each statlint rule becomes one engine rule with two conditions on the
 * dynamic fact `relationOutcome` (the rule's relation evaluated over whole columns of the sheet, once): the
 * relation `applies` to the sheet, and it is `violated` on some row. The engine runs once per sheet, never per row.
 */
export interface SheetFacts {
  evaluate: (ruleId: string) => Outcome;
}

// json-rules-engine resolves condition `path`s with JSONPath by default; statlint's conditions use none, and a plain
// property walk keeps any expression evaluation out of the engine.
const pathResolver = (value: object, path: string): unknown =>
  path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

export function buildEngine(ruleSet: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver });
  engine.addOperator<Outcome, boolean>('applies', (outcome, expected) => outcome.applies === expected);
  engine.addOperator<Outcome, boolean>('violated', (outcome, expected) => outcome.violations.length > 0 === expected);
  // The almanac caches a dynamic fact per params, so each rule's relation is evaluated once per sheet.
  const relationOutcome: DynamicFactCallback<Promise<Outcome>> = async (params, almanac) =>
    (await almanac.factValue<SheetFacts>('sheet')).evaluate((params as { ruleId: string }).ruleId);
  engine.addFact('relationOutcome', relationOutcome as unknown as DynamicFactCallback<Outcome>);
  ruleSet.rules.forEach((rule, index) => {
    const properties: RuleProperties = {
      name: rule.id,
      // Earlier rules first, so ratio rules are evaluated before the total-row rate rule that reuses their bindings.
      priority: ruleSet.rules.length - index,
      conditions: {
        all: [
          { fact: 'relationOutcome', params: { ruleId: rule.id }, operator: 'applies', value: true },
          { fact: 'relationOutcome', params: { ruleId: rule.id }, operator: 'violated', value: true },
        ],
      },
      event: { type: 'violation', params: { ruleId: rule.id } },
    };
    engine.addRule(properties);
  });
  return engine;
}

/** Runs the engine on one sheet; returns the ids of the rules whose relation is violated. */
export async function runEngine(engine: Engine, facts: SheetFacts): Promise<Set<string>> {
  const { events } = await engine.run({ sheet: facts });
  return new Set(events.map((e) => String((e.params as { ruleId: string }).ruleId)));
}
