import type { Engine } from 'json-rules-engine';
import { findCandidates } from './binding';
import { buildEngine, runEngine, type SheetFacts } from './engine';
import { reasonFrom } from './explain-reasons';
import { readLayout } from './layout';
import type { SheetLayout } from './layout-types';
import type { AppliedRatio, EvaluationContext, Outcome } from './relations/types';
import { SheetStructures } from './relations/structures';
import type { Lang } from './report';
import { rowsMeetingConditions } from './row-conditions';
import type { RuleSet } from './rules';
import { SheetModel } from './sheet-model';
import type { SheetSnapshot } from './snapshot';

// One engine per rule set: building it parses every rule, so the task pane and the command line reuse it. The engine
// keeps its run status on itself (a run that finishes marks it finished, and another run on it then skips its
// remaining rules), so runs on one engine are queued, one sheet at a time.
const engines = new WeakMap<RuleSet, { engine: Engine; queue: Promise<unknown> }>();

function runQueued(ruleSet: RuleSet, facts: SheetFacts): ReturnType<typeof runEngine> {
  let entry = engines.get(ruleSet);
  if (!entry) engines.set(ruleSet, (entry = { engine: buildEngine(ruleSet), queue: Promise.resolve() }));
  const { engine } = entry;
  const run = entry.queue.then(() => runEngine(engine, facts));
  entry.queue = run.catch(() => undefined);
  return run;
}

/** A sheet evaluated once: the context, each applicable rule's outcome, the violated rules, and why the others did not apply. */
export interface SheetEvaluation {
  ctx: EvaluationContext;
  outcomes: Map<string, Outcome>;
  violated: Set<string>;
  notApplied: Map<string, string>;
}

/**
 * Reads the layout (unless the caller has read it already), binds headers to measures, and runs the rule set's engine
 * on the sheet's facts. Each rule's relation is evaluated at most once, and only when the engine's conditions say the
 * rule applies.
 */
export async function evaluateSheet(
  sheet: SheetSnapshot,
  ruleSet: RuleSet,
  lang: Lang,
  layout: SheetLayout = readLayout(sheet, ruleSet.lexicon, lang),
): Promise<SheetEvaluation> {
  const { lexicon } = ruleSet;
  const model = new SheetModel(sheet, layout, lexicon, lang);
  const candidates = findCandidates(layout, ruleSet.measures.values(), lexicon);
  const ctx: EvaluationContext = {
    model,
    candidates,
    measures: ruleSet.measures,
    lang,
    lexicon,
    structures: new SheetStructures(model, candidates, ruleSet.measures, ruleSet.rules),
  };
  const rules = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const outcomes = new Map<string, Outcome>();
  let meeting: Promise<Map<string, Set<number>>> | undefined;
  const rowsMeeting = () => (meeting ??= rowsMeetingConditions(ruleSet, model, candidates));
  const appliedRatios = (): AppliedRatio[] =>
    ruleSet.rules.flatMap((rule) => {
      const outcome = outcomes.get(rule.id);
      const { relation } = rule;
      return relation.kind === 'ratio' && outcome?.applies
        ? (outcome.groupBindings ?? [outcome.binding]).map((binding) => ({ rule, relation, binding }))
        : [];
    });

  const facts: SheetFacts = {
    boundMeasures: [...candidates.keys()],
    structures: ctx.structures.present(),
    appliedRatioCount: () => appliedRatios().length,
    rowsMeeting: async (ruleId) => (await rowsMeeting()).get(ruleId)?.size ?? 0,
    async outcome(ruleId) {
      const rule = rules.get(ruleId);
      if (!rule) throw new Error(`unknown rule ${ruleId}`);
      const module = ruleSet.relations.moduleOf(rule.relation);
      // A `when` condition restricts the rows the relation checks to those that meet it.
      const only = rule.when ? (await rowsMeeting()).get(ruleId) : undefined;
      const ruleCtx = only ? { ...ctx, model: model.restrictedTo(only) } : ctx;
      const outcome = module.evaluate({
        relation: rule.relation,
        rule,
        ctx: ruleCtx,
        appliedRatios: module.needsAppliedRatios ? appliedRatios() : [],
      });
      outcomes.set(ruleId, outcome);
      return outcome;
    },
  };
  const { violated, notApplied: failed } = await runQueued(ruleSet, facts);
  const notApplied = new Map<string, string>();
  for (const [ruleId, condition] of failed) {
    const rule = rules.get(ruleId);
    notApplied.set(
      ruleId,
      reasonFrom(condition, {
        lang,
        measures: ruleSet.measures,
        layoutProblem: layout.problems[0]?.message ?? '',
        when: rule?.when,
        outcomeReason: () => outcomes.get(ruleId)?.reason ?? '',
      }),
    );
  }
  return { ctx, outcomes, violated, notApplied };
}
