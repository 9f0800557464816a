import { Engine, type RuleProperties } from 'json-rules-engine';
import type { MeasureCandidates } from './binding';
import { conditionFacts } from './rule-checks';
import type { RuleSet } from './rules';
import type { SheetModel } from './sheet-model';

/**
 * Rules' `when` conditions as one json-rules-engine engine, run once per row of a sheet with the row's facts: each
 * measure's figure on the row (from the column it binds to best), `rowKind` (region, subtotal, total or part) and
 * `label`. A figure the row lacks is an undefined fact, which no comparison matches (so `not` admits the row).
 */
const engines = new WeakMap<RuleSet, Engine | null>();

function engineFor(ruleSet: RuleSet): Engine | null {
  if (engines.has(ruleSet)) return engines.get(ruleSet) ?? null;
  const conditional = ruleSet.rules.filter((r) => r.when);
  let engine: Engine | null = null;
  if (conditional.length > 0) {
    engine = new Engine([], { allowUndefinedFacts: true });
    for (const rule of conditional) {
      // The engine wants all/any/not at the root; a single comparison is wrapped in all.
      const when = rule.when as RuleProperties['conditions'];
      engine.addRule({
        name: rule.id,
        conditions: 'fact' in when ? { all: [when] } : when,
        event: { type: 'rowMeets', params: { ruleId: rule.id } },
      });
    }
  }
  engines.set(ruleSet, engine);
  return engine;
}

/** What kind of row each checked row is, as the `rowKind` fact names it. */
function rowKinds(model: SheetModel): Map<number, string> {
  const kinds = new Map<number, string>(model.layout.regionRows.map((r) => [r, 'region']));
  for (const { row } of model.layout.partRows) kinds.set(row, 'part');
  for (const { row, kind } of model.layout.totalRows) kinds.set(row, kind);
  return kinds;
}

/** For each rule with a `when` condition, the checked rows that meet it. */
export async function rowsMeetingConditions(
  ruleSet: RuleSet,
  model: SheetModel,
  candidates: Map<string, MeasureCandidates>,
): Promise<Map<string, Set<number>>> {
  const meeting = new Map<string, Set<number>>(
    ruleSet.rules.filter((r) => r.when).map((r) => [r.id, new Set<number>()]),
  );
  const engine = engineFor(ruleSet);
  if (!engine) return meeting;
  const named = new Set(ruleSet.rules.flatMap((r) => (r.when ? conditionFacts(r.when) : [])));
  const columns = [...named].flatMap((id) => {
    const column = candidates.get(id)?.columns[0];
    return column ? [[id, column.col] as const] : [];
  });
  const kinds = rowKinds(model);
  // Rows with the same facts meet the same conditions: the engine runs once per distinct set of facts (a condition on
  // rowKind alone costs four runs, not one per row).
  const verdicts = new Map<string, string[]>();
  for (const row of model.rowsToCheck) {
    const facts: Record<string, string | number> = {};
    if (named.has('rowKind')) facts.rowKind = kinds.get(row) ?? 'region';
    if (named.has('label')) facts.label = model.rowLabel(row);
    for (const [id, col] of columns) {
      const value = model.valueAt(row, col);
      if (value !== undefined) facts[id] = value;
    }
    const key = JSON.stringify(facts);
    let met = verdicts.get(key);
    if (!met) {
      const { events } = await engine.run(facts);
      verdicts.set(key, (met = events.map((e) => String((e.params as { ruleId: string }).ruleId))));
    }
    for (const ruleId of met) meeting.get(ruleId)?.add(row);
  }
  return meeting;
}
