import { z } from 'zod';
import { scanJson } from './json-locator';
import { nearest, suggestion, type ProblemVar, type RuleProblem } from './rule-file-messages';
import { problemAt, schemaProblems, syntaxProblem, type RuleFileContext } from './rule-file-problems';
import { measureSchema, RULE_OVERRIDE_FIELDS, ruleEntrySchema, ruleFileSchema, ruleSchema, type Measure, type Relation, type Rule } from './rule-schema';

/** All rule files merged: measures by id, rules in file order. */
export interface RuleSet {
  measures: Map<string, Measure>;
  rules: Rule[];
  /** Which file each rule and measure came from, for messages. */
  origin: Map<string, string>;
  /** The later rule files that changed or switched off a rule, by rule id (statlint rules list). */
  changedBy: Map<string, string[]>;
}

export { formatRuleProblem, type RuleProblem } from './rule-file-messages';

/** JSON.parse keeps `__proto__` as an own key; rule files must not carry it (nor constructor/prototype). */
function findForbiddenKey(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return [...path, key];
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The JSON of a file with the typing slips the scanner names (full-width punctuation, a trailing comma, single quotes)
 * repaired, only to list the rules that did not load by id; the file itself is never loaded this way.
 */
function repairedForIds(text: string): unknown {
  let fixed = text;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const scan = scanJson(fixed);
    if (scan.ok) return JSON.parse(fixed) as unknown;
    const { code, offset, vars } = scan.problem;
    const replacement = code === 'jsonFullWidth' ? vars.ascii : code === 'jsonTrailingComma' ? '' : code === 'jsonSingleQuote' ? '"' : undefined;
    if (replacement === undefined) return undefined;
    fixed = fixed.slice(0, offset) + replacement + fixed.slice(offset + 1);
  }
  return undefined;
}

/** Parses one rule file; a byte order mark (Notepad writes one) is dropped, as editors hide it. */
function parseRuleFile(ctx: RuleFileContext): { file?: z.infer<typeof ruleFileSchema>; problems: RuleProblem[] } {
  ctx.text = ctx.text.replace(/^\uFEFF/, '');
  const scan = scanJson(ctx.text);
  if (!scan.ok) return { problems: [syntaxProblem(ctx, scan.problem)] };
  ctx.spots = scan.spots;
  ctx.raw = JSON.parse(ctx.text);
  const forbidden = findForbiddenKey(ctx.raw);
  if (forbidden) return { problems: [problemAt(ctx, forbidden, 'forbiddenKey', { key: String(forbidden[forbidden.length - 1]) }, true)] };
  const parsed = ruleFileSchema.safeParse(ctx.raw);
  if (!parsed.success) return { problems: schemaProblems(ctx, [], parsed.error) };
  return { file: parsed.data, problems: [] };
}

/** Measure ids an operand reads. */
export function operandMeasures(operand: import('./rule-schema').Operand): string[] {
  if (typeof operand === 'string') return [operand];
  if ('sum' in operand) return operand.sum.flatMap(operandMeasures);
  return operand.difference.flatMap(operandMeasures);
}

/** The measure ids a rule reads, for checking that they exist. */
export function ruleMeasures(rule: Rule): string[] {
  const r = rule.relation;
  switch (r.kind) {
    case 'ratio':
      return [r.result, ...operandMeasures(r.numerator), ...operandMeasures(r.denominator)];
    case 'equals':
    case 'atLeast':
      return [...operandMeasures(r.left), ...operandMeasures(r.right)];
    case 'range':
      return r.measures;
    default:
      return [];
  }
}

/** Rules that did not load: the file, and the ids of its rules left out (undefined when the file could not be read). */
export interface RuleFailure {
  file: string;
  ruleIds?: string[];
  /** The file loaded, but these of its rules did not. */
  partial?: boolean;
}

type RuleEntry = z.infer<typeof ruleEntrySchema>;

/** The placeholders each kind of relation fills in a rule's message (the linter always adds {note}). */
const PLACEHOLDERS: Record<Relation['kind'], string[]> = {
  ratio: ['row', 'result', 'expected', 'actual', 'formula', 'difference', 'tolerance', 'note'],
  share: ['row', 'result', 'expected', 'actual', 'formula', 'difference', 'tolerance', 'note'],
  totalRowRate: ['row', 'result', 'expected', 'actual', 'formula', 'difference', 'tolerance', 'note'],
  equals: ['row', 'left', 'right', 'expected', 'actual', 'formula', 'bound', 'difference', 'note'],
  atLeast: ['row', 'left', 'right', 'expected', 'actual', 'formula', 'bound', 'difference', 'note'],
  range: ['row', 'result', 'expected', 'actual', 'note'],
  wholeNumber: ['row', 'result', 'expected', 'actual', 'note'],
  totalRow: ['row', 'result', 'expected', 'actual', 'formula', 'difference', 'note'],
  parts: ['row', 'result', 'left', 'right', 'expected', 'bound', 'actual', 'formula', 'note'],
};

/** Placeholders written in Chinese, with the one meant. */
const CHINESE_PLACEHOLDERS: Record<string, string> = { 行: 'row', 行名: 'row', 地区: 'row', 结果: 'result', 指标: 'result', 应为: 'expected', 期望: 'expected', 实为: 'actual', 实际: 'actual', 表中: 'actual', 公式: 'formula', 算式: 'formula', 差: 'difference', 差额: 'difference', 容差: 'tolerance', 左: 'left', 右: 'right', 上限: 'bound', 备注: 'note' };

/** A `{name}` in a message that the rule's kind of relation does not fill (it would be printed as written). */
function placeholderProblems(ctx: RuleFileContext, i: number, message: unknown, kind: Relation['kind']): RuleProblem[] {
  if (!message || typeof message !== 'object') return [];
  const allowed = PLACEHOLDERS[kind];
  // String.match rather than matchAll: this runs in the ES5 task pane too.
  return Object.entries(message as Record<string, unknown>).flatMap(([lang, text]) =>
    typeof text !== 'string'
      ? []
      : (text.match(/\{[^{}\s]+\}/g) ?? [])
          .filter((token) => !allowed.includes(token.slice(1, -1)))
          .slice(0, 1)
          .map((token) => {
            const meant = CHINESE_PLACEHOLDERS[token.slice(1, -1)] ?? nearest(token.slice(1, -1), allowed);
            const hint: ProblemVar = meant && allowed.includes(meant) ? { problem: 'didYouMean', vars: { suggestion: `{${meant}}` } } : '';
            return problemAt(ctx, ['rules', i, 'message', lang], 'unknownPlaceholder', { placeholder: token, hint, allowed: allowed.map((p) => `{${p}}`).join(' ') });
          }),
  );
}

/** The path, inside a rule entry, of the first place a measure id is written (for the line and column). */
function measurePath(value: unknown, id: string, path: (string | number)[]): (string | number)[] | undefined {
  if (value === id) return path;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = measurePath(v, id, [...path, Array.isArray(value) ? Number(k) : k]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Loads rule files as layers, in order (the bundled rules first). A layer adds measures and rules, adds header
 * spellings to an earlier measure ({id, aliases}), and changes or switches off an earlier rule by id. A file with
 * problems contributes nothing; a bad entry is left out; both are listed in `failures` so that no report reads as an
 * all-clear over rules that never ran.
 */
export function loadRuleSet(files: { name: string; text: string }[]): { ruleSet: RuleSet; problems: RuleProblem[]; failures: RuleFailure[] } {
  const ruleSet: RuleSet = { measures: new Map(), rules: [], origin: new Map(), changedBy: new Map() };
  const problems: RuleProblem[] = [];
  const failures: RuleFailure[] = [];
  const parsedFiles: { ctx: RuleFileContext; rules: RuleEntry[] }[] = [];
  const titles = new Map<string, Rule['title']>();
  for (const { name, text } of files) {
    const ctx: RuleFileContext = { name, text, earlierTitle: (id) => titles.get(id) };
    const { file, problems: fileProblems } = parseRuleFile(ctx);
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
        if (!existing) return problems.push(problemAt(ctx, ['measures', i, 'id'], 'unknownAliasMeasure', { id: entry.id, hint: suggestion(entry.id, ruleSet.measures.keys()) }));
        if (entry.aliases) ruleSet.measures.set(entry.id, { ...existing, aliases: [...existing.aliases, ...entry.aliases.filter((a) => !existing.aliases.includes(a))] });
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
    else parsedFiles.push({ ctx, rules: file.rules });
  }
  for (const { ctx, rules } of parsedFiles) {
    const lost: string[] = [];
    const raw = (ctx.raw as { rules?: Record<string, unknown>[] }).rules ?? [];
    rules.forEach((entry, i) => {
      const entryProblems = addRule(ruleSet, ctx, entry, raw[i] ?? {}, i);
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
function addRule(ruleSet: RuleSet, ctx: RuleFileContext, entry: RuleEntry, raw: Record<string, unknown>, i: number): RuleProblem[] {
  const seen = ruleSet.origin.get('rule:' + entry.id);
  const fields = { list: RULE_OVERRIDE_FIELDS.filter((f) => f !== 'off') as string[] };
  const earlierIds = () => [...ruleSet.origin.keys()].filter((k) => k.startsWith('rule:')).map((k) => k.slice('rule:'.length));
  if (seen && entry.relation === undefined) {
    const extra = Object.keys(raw).filter((k) => k !== 'id' && k !== 'description' && !(RULE_OVERRIDE_FIELDS as readonly string[]).includes(k));
    if (extra.length > 0) return [problemAt(ctx, ['rules', i, extra[0]], 'overrideField', { other: seen, fields, field: extra[0] }, true)];
    const index = ruleSet.rules.findIndex((r) => r.id === entry.id);
    if (index >= 0 && entry.message) {
      const wrong = placeholderProblems(ctx, i, raw.message, ruleSet.rules[index].relation.kind);
      if (wrong.length > 0) return wrong;
    }
    ruleSet.changedBy.set(entry.id, [...(ruleSet.changedBy.get(entry.id) ?? []), ctx.name]);
    if (index < 0) return []; // switched off by an earlier layer: stays off
    if (entry.off) {
      ruleSet.rules.splice(index, 1);
      return [];
    }
    const patch: Partial<Rule> = {};
    for (const key of Object.keys(raw)) if (key !== 'id' && key !== 'off' && key !== 'description') Object.assign(patch, { [key]: entry[key as keyof RuleEntry] });
    ruleSet.rules[index] = { ...ruleSet.rules[index], ...patch };
    return [];
  }
  if (seen) return [problemAt(ctx, ['rules', i, 'id'], 'ruleRedefined', { other: seen, fields })];
  if (entry.off !== undefined) return [problemAt(ctx, ['rules', i, 'id'], 'switchOffUnknown', { hint: suggestion(entry.id, earlierIds()) })];
  // Without title and relation it reads as a change to an earlier rule: a misspelt id, most likely.
  const near = suggestion(entry.id, earlierIds());
  if (entry.relation === undefined && entry.title === undefined && near !== '') return [problemAt(ctx, ['rules', i, 'id'], 'unknownRule', { hint: near })];
  const full = ruleSchema.safeParse(raw);
  if (!full.success) return schemaProblems(ctx, ['rules', i], full.error);
  const rule = full.data;
  const unknown = [...new Set([...ruleMeasures(rule), ...rule.unless])].filter((m) => !ruleSet.measures.has(m));
  if (unknown.length > 0) {
    return unknown.map((id) => problemAt(ctx, measurePath(raw, id, ['rules', i]) ?? ['rules', i, 'relation'], 'unknownMeasure', { id, hint: suggestion(id, ruleSet.measures.keys(), { problem: 'declareMeasure', vars: {} }) }));
  }
  const wrong = placeholderProblems(ctx, i, raw.message, rule.relation.kind);
  if (wrong.length > 0) return wrong;
  ruleSet.rules.push(rule);
  ruleSet.origin.set('rule:' + rule.id, ctx.name);
  return [];
}
