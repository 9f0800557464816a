import type { z } from 'zod';
import { suggestion, type RuleProblem } from './rule-file-messages';
import { problemAt, schemaProblems, type RuleFileContext } from './rule-file-problems';
import type { CrossTableRule } from './cross-table/schema';
import { lexiconOf, type Lexicon } from './lexicon';
import { measurePath, placeholderProblems, whenFacts } from './rule-checks';
import { parseRuleFile, repairedForIds, schemasOf, type Schemas } from './rule-file-parse';
import { limits } from './limits';
import { builtInRelations, type RelationRegistry } from './relations/registry';
import { measureSchema, RULE_OVERRIDE_FIELDS, type Measure, type Rule } from './rule-schema';
import { emptyVocabulary, mergeVocabulary, type Vocabulary } from './vocabulary';

/** All rule files merged: measures by id, rules in file order. */
export interface RuleSet {
  measures: Map<string, Measure>;
  rules: Rule[];
  /** Which file each rule and measure came from, for messages. */
  origin: Map<string, string>;
  /** The later rule files that changed or switched off a rule, by rule id (statlint rules list). */
  changedBy: Map<string, string[]>;
  /** The words sheets are read by: the bundled vocabulary and every layer's additions. */
  vocabulary: Vocabulary;
  /** The vocabulary compiled into the patterns the readers use. */
  lexicon: Lexicon;
  /** The relation kinds its rules may use, each with its module (the bundled kinds unless extended). */
  relations: RelationRegistry;
  /** Relations between tables (the rule files' `crossTable` sections); a later layer's rule replaces one with its id. */
  crossTable?: CrossTableRule[];
}

/** A rule file, or the vocabulary file, as read: its name for messages and its text. */
export interface RuleFileText {
  name: string;
  text: string;
}

export { formatRuleProblem, type RuleProblem } from './rule-file-messages';

/** Every measure id a rule's relation names, bound or not: what a rule file must declare. */
function namedMeasures(rule: Rule, relations: RelationRegistry): string[] {
  const module = relations.moduleOf(rule.relation);
  return [...module.measures(rule.relation), ...(module.references?.(rule.relation) ?? [])];
}

/** Rules that did not load: the file, and the ids of its rules left out (undefined when the file could not be read). */
export interface RuleFailure {
  file: string;
  ruleIds?: string[];
  /** The file loaded, but these of its rules did not. */
  partial?: boolean;
}

type RuleEntry = z.infer<Schemas['ruleEntrySchema']>;

/**
 * Loads rule files as layers, in order (the bundled rules first), over the vocabulary (rules/vocabulary.json, which
 * every rule set reads sheets by, also when the bundled rules are left out). A layer adds measures and rules, adds
 * header spellings to an earlier measure ({id, aliases}), adds words to the vocabulary, and changes or switches off
 * an earlier rule by id. A file with problems contributes nothing; a bad entry is left out; both are listed in
 * `failures` so that no report reads as an all-clear over rules that never ran.
 */
export function loadRuleSet(
  files: RuleFileText[],
  vocabularyFile: RuleFileText,
  { relations = builtInRelations }: { relations?: RelationRegistry } = {},
): { ruleSet: RuleSet; problems: RuleProblem[]; failures: RuleFailure[] } {
  const schemas = schemasOf(relations);
  const problems: RuleProblem[] = [];
  const failures: RuleFailure[] = [];
  let vocabulary = emptyVocabulary();
  const vocabularyCtx: RuleFileContext = {
    name: vocabularyFile.name,
    text: vocabularyFile.text,
    earlierTitle: () => undefined,
  };
  const base = parseRuleFile(vocabularyCtx, schemas);
  problems.push(...base.problems);
  if (base.file?.vocabulary) vocabulary = mergeVocabulary(vocabulary, base.file.vocabulary);
  else if (base.file) problems.push(problemAt(vocabularyCtx, [], 'missingField', { field: 'vocabulary', gloss: '' }));
  if (problems.length > 0) failures.push({ file: vocabularyFile.name });
  const ruleSet: RuleSet = {
    measures: new Map(),
    rules: [],
    origin: new Map(),
    changedBy: new Map(),
    vocabulary,
    lexicon: lexiconOf(vocabulary),
    relations,
    crossTable: [],
  };
  const parsedFiles: { ctx: RuleFileContext; rules: RuleEntry[] }[] = [];
  const titles = new Map<string, Rule['title']>();
  for (const { name, text } of files) {
    const ctx: RuleFileContext = { name, text, earlierTitle: (id) => titles.get(id) };
    const { file, problems: fileProblems } = parseRuleFile(ctx, schemas);
    problems.push(...fileProblems);
    if (!file) {
      const rules = ((ctx.raw ?? repairedForIds(ctx.text)) as { rules?: unknown } | undefined)?.rules;
      const idOf = (r: unknown, i: number): string => {
        const id = (r as { id?: unknown } | null)?.id;
        return typeof id === 'string' ? id : `#${i + 1}`;
      };
      failures.push({ file: name, ruleIds: Array.isArray(rules) ? rules.map(idOf) : undefined });
      continue;
    }
    // Overrides in later files name a rule by id only: their problems borrow the earliest title.
    for (const r of file.rules) if (r.title && !titles.has(r.id)) titles.set(r.id, r.title);
    const before = problems.length;
    file.measures.forEach((entry, i) => {
      const seen = ruleSet.origin.get('measure:' + entry.id);
      const existing = ruleSet.measures.get(entry.id);
      if (entry.name === undefined && entry.kind === undefined) {
        // An alias layer: the bundled measure gains the user's header spellings.
        if (!existing)
          return problems.push(
            problemAt(ctx, ['measures', i, 'id'], 'unknownAliasMeasure', {
              id: entry.id,
              hint: suggestion(entry.id, ruleSet.measures.keys()),
            }),
          );
        if (!entry.aliases && entry.decrease === undefined) return;
        const known = new Set(existing.aliases);
        const added = (entry.aliases ?? []).filter((a) => !known.has(a));
        const aliases = [...existing.aliases, ...added];
        if (aliases.length > limits.aliasesPerMeasure)
          return problems.push(
            problemAt(ctx, ['measures', i, 'aliases'], 'limitAliases', {
              n: aliases.length.toLocaleString('en-US'),
              limit: limits.aliasesPerMeasure.toLocaleString('en-US'),
            }),
          );
        ruleSet.measures.set(entry.id, {
          ...existing,
          aliases,
          ...(entry.decrease === undefined ? {} : { decrease: entry.decrease }),
        });
        // explain names the layer a column's spelling came from.
        for (const alias of added) ruleSet.origin.set(`alias:${entry.id}:${alias}`, ctx.name);
        return;
      }
      if (seen) return problems.push(problemAt(ctx, ['measures', i, 'id'], 'measureRedeclared', { other: seen }));
      const full = measureSchema.safeParse(entry);
      if (!full.success) return problems.push(...schemaProblems(ctx, ['measures', i], full.error));
      ruleSet.measures.set(entry.id, full.data);
      ruleSet.origin.set('measure:' + entry.id, name);
    });
    // A measure that failed leaves the file's rules unchecked against it: count them all as not loaded.
    if (problems.length > before) failures.push({ file: name, ruleIds: file.rules.map((r) => r.id) });
    else {
      parsedFiles.push({ ctx, rules: file.rules });
      if (file.vocabulary) ruleSet.vocabulary = mergeVocabulary(ruleSet.vocabulary, file.vocabulary);
      for (const rule of file.crossTable)
        ruleSet.crossTable = [...(ruleSet.crossTable ?? []).filter((r) => r.id !== rule.id), rule];
    }
  }
  ruleSet.lexicon = lexiconOf(ruleSet.vocabulary);
  for (const { ctx, rules } of parsedFiles) {
    const lost: string[] = [];
    const raw = (ctx.raw as { rules?: Record<string, unknown>[] }).rules ?? [];
    rules.forEach((entry, i) => {
      const entryProblems = addRule(ruleSet, ctx, entry, raw[i] ?? {}, i, schemas);
      if (entryProblems.length > 0) {
        problems.push(...entryProblems);
        lost.push(entry.id);
      }
    });
    if (lost.length > 0) failures.push({ file: ctx.name, ruleIds: lost, partial: true });
  }
  return { ruleSet, problems, failures };
}

/** Adds a new rule or applies an override to an earlier one; returns the problems when the entry cannot be used. */
function addRule(
  ruleSet: RuleSet,
  ctx: RuleFileContext,
  entry: RuleEntry,
  raw: Record<string, unknown>,
  i: number,
  { ruleSchema }: Schemas,
): RuleProblem[] {
  const seen = ruleSet.origin.get('rule:' + entry.id);
  const fields = { list: RULE_OVERRIDE_FIELDS.filter((f) => f !== 'off') as string[] };
  const earlierIds = () =>
    [...ruleSet.origin.keys()].filter((k) => k.startsWith('rule:')).map((k) => k.slice('rule:'.length));
  if (seen && entry.relation === undefined) {
    const extra = Object.keys(raw).filter(
      (k) => k !== 'id' && k !== 'description' && !(RULE_OVERRIDE_FIELDS as readonly string[]).includes(k),
    );
    if (extra.length > 0)
      return [problemAt(ctx, ['rules', i, extra[0]], 'overrideField', { other: seen, fields, field: extra[0] }, true)];
    const index = ruleSet.rules.findIndex((r) => r.id === entry.id);
    if (index >= 0 && entry.message) {
      const wrong = placeholderProblems(ctx, i, raw.message, ruleSet.rules[index], ruleSet.relations);
      if (wrong.length > 0) return wrong;
    }
    ruleSet.changedBy.set(entry.id, [...(ruleSet.changedBy.get(entry.id) ?? []), ctx.name]);
    if (index < 0) return []; // switched off by an earlier layer: stays off
    if (entry.off) {
      ruleSet.rules.splice(index, 1);
      return [];
    }
    const patch: Partial<Rule> = {};
    for (const key of Object.keys(raw))
      if (key !== 'id' && key !== 'off' && key !== 'description')
        Object.assign(patch, { [key]: entry[key as keyof RuleEntry] });
    const changed = { ...ruleSet.rules[index], ...patch };
    const unknownFact = whenFacts(changed).find((m) => !ruleSet.measures.has(m));
    if (unknownFact !== undefined) {
      return [
        problemAt(ctx, measurePath(raw, unknownFact, ['rules', i]) ?? ['rules', i, 'when'], 'unknownMeasure', {
          id: unknownFact,
          hint: suggestion(unknownFact, ruleSet.measures.keys()),
        }),
      ];
    }
    ruleSet.rules[index] = changed;
    return [];
  }
  if (seen) return [problemAt(ctx, ['rules', i, 'id'], 'ruleRedefined', { other: seen, fields })];
  if (entry.off !== undefined)
    return [problemAt(ctx, ['rules', i, 'id'], 'switchOffUnknown', { hint: suggestion(entry.id, earlierIds()) })];
  // Without title and relation it reads as a change to an earlier rule: a misspelt id, most likely.
  const near = suggestion(entry.id, earlierIds());
  if (entry.relation === undefined && entry.title === undefined && near !== '')
    return [problemAt(ctx, ['rules', i, 'id'], 'unknownRule', { hint: near })];
  const full = ruleSchema.safeParse(raw);
  if (!full.success) return schemaProblems(ctx, ['rules', i], full.error);
  const rule = full.data;
  const unknown = [...new Set([...namedMeasures(rule, ruleSet.relations), ...rule.unless, ...whenFacts(rule)])].filter(
    (m) => !ruleSet.measures.has(m),
  );
  if (unknown.length > 0) {
    return unknown.map((id) =>
      problemAt(ctx, measurePath(raw, id, ['rules', i]) ?? ['rules', i, 'relation'], 'unknownMeasure', {
        id,
        hint: suggestion(id, ruleSet.measures.keys(), { problem: 'declareMeasure', vars: {} }),
      }),
    );
  }
  const wrong = placeholderProblems(ctx, i, raw.message, rule, ruleSet.relations);
  if (wrong.length > 0) return wrong;
  ruleSet.rules.push(rule);
  ruleSet.origin.set('rule:' + rule.id, ctx.name);
  return [];
}
