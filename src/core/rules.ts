import { z } from 'zod';
import { limits } from './limits';
import { findForbiddenKey, overNested, ruleFileLimitProblem, tooManyAliases } from './rule-limits';
import { measureSchema, RULE_OVERRIDE_FIELDS, ruleEntrySchema, ruleFileSchema, ruleSchema, type Measure, type Rule } from './rule-schema';

/** All rule files merged: measures by id, rules in file order. */
export interface RuleSet {
  measures: Map<string, Measure>;
  rules: Rule[];
  /** Which file each rule and measure came from, for messages. */
  origin: Map<string, string>;
  /** The later rule files that changed or switched off a rule, by rule id (statlint rules list). */
  changedBy: Map<string, string[]>;
}

/** A rule file problem: file, JSON path (`$.rules[2].relation.kind`) and what was expected. */
export interface RuleProblem {
  file: string;
  path: string;
  message: string;
}

export function formatRuleProblem(p: RuleProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(String(k)) ? `.${String(k)}` : `[${JSON.stringify(String(k))}]`)).join('');
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/**
 * Where and why JSON.parse failed, on one line. Engines word and place the error differently (V8 quotes the text
 * and often gives no position), so a small scanner walks the grammar to the first character that does not fit.
 */
function jsonSyntaxError(text: string): string {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(i >= text.length ? `unexpected end of file (${lineColumn(text, i)}), expected ${what}` : `${lineColumn(text, i)}: unexpected ${JSON.stringify(text[i])}, expected ${what}`);
  };
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i += 1;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    if (text[i] !== '"') fail('"');
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('a closing "');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail('a closing "');
    i += 1;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      space();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail('":"');
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return void (i += 1);
        else fail('"," or "}"');
      }
    } else if (ch === '[') {
      i += 1;
      space();
      if (text[i] === ']') return void (i += 1);
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else fail('"," or "]"');
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail('a value');
      else i += m[0].length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail('the end of the file');
    return 'the file is not JSON';
  } catch (e) {
    return (e as Error).message;
  }
}

function parseRuleFile(name: string, text: string): { file?: z.infer<typeof ruleFileSchema>; raw?: unknown; problems: RuleProblem[] } {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  // Before JSON.parse and the syntax error's recursive scanner: depth is the one thing they must not meet unbounded.
  const deep = overNested(body);
  if (deep !== undefined) return { problems: [{ file: name, path: '$', message: `${lineColumn(body, deep)}: nested deeper than ${limits.ruleNesting} levels (limit ruleNesting)` }] };
  try {
    json = JSON.parse(body);
  } catch {
    return { problems: [{ file: name, path: '$', message: `not valid JSON: ${jsonSyntaxError(body)}` }] };
  }
  const forbidden = findForbiddenKey(json);
  if (forbidden) return { raw: json, problems: [{ file: name, path: jsonPath(forbidden), message: `the key "${String(forbidden[forbidden.length - 1])}" is not allowed` }] };
  const overLimit = ruleFileLimitProblem(json);
  if (overLimit) return { raw: json, problems: [{ file: name, path: jsonPath(overLimit.path), message: overLimit.message }] };
  const parsed = ruleFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      raw: json,
      problems: parsed.error.issues.flatMap((issue) =>
        // zod names the object holding unknown keys; a rule author needs the misspelt key itself.
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ file: name, path: jsonPath([...issue.path, key]), message: `unknown field "${key}"` }))
          : [{ file: name, path: jsonPath(issue.path), message: issue.message }],
      ),
    };
  }
  return { file: parsed.data, raw: json, problems: [] };
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

/** zod issues of a second-stage parse, placed under the entry's JSON path. */
function issuesAt(file: string, at: (string | number)[], error: z.ZodError): RuleProblem[] {
  return error.issues.map((issue) => ({ file, path: jsonPath([...at, ...issue.path]), message: issue.message }));
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
  const parsedFiles: { name: string; rules: RuleEntry[]; raw: Record<string, unknown>[] }[] = [];
  for (const { name, text } of files) {
    const { file, raw, problems: fileProblems } = parseRuleFile(name, text);
    problems.push(...fileProblems);
    if (!file) {
      const rules = (raw as { rules?: unknown } | undefined)?.rules;
      const idOf = (r: unknown, i: number): string => {
        const id = (r as { id?: unknown } | null)?.id;
        return typeof id === 'string' ? id : `#${i + 1}`;
      };
      failures.push({ file: name, ruleIds: Array.isArray(rules) ? rules.map(idOf) : undefined });
      continue;
    }
    const before = problems.length;
    file.measures.forEach((entry, i) => {
      const seen = ruleSet.origin.get('measure:' + entry.id);
      const existing = ruleSet.measures.get(entry.id);
      if (existing && seen && entry.name === undefined && entry.kind === undefined) {
        // An alias layer: the bundled measure gains the user's header spellings.
        if (!entry.aliases) return;
        const known = new Set(existing.aliases);
        const aliases = [...existing.aliases, ...entry.aliases.filter((a) => !known.has(a))];
        if (aliases.length > limits.aliasesPerMeasure) return problems.push({ file: name, path: `$.measures[${i}].aliases`, message: tooManyAliases(aliases.length) });
        ruleSet.measures.set(entry.id, { ...existing, aliases });
        return;
      }
      if (seen) return problems.push({ file: name, path: `$.measures[${i}].id`, message: `measure "${entry.id}" is already declared in ${seen}` });
      const full = measureSchema.safeParse(entry);
      if (!full.success) return problems.push(...issuesAt(name, ['measures', i], full.error).map((p) => ({ ...p, message: `${p.message} (a new measure needs id, name, kind and aliases)` })));
      ruleSet.measures.set(entry.id, full.data);
      ruleSet.origin.set('measure:' + entry.id, name);
    });
    // A measure that failed leaves the file's rules unchecked against it: count them all as not loaded.
    if (problems.length > before) failures.push({ file: name, ruleIds: file.rules.map((r) => r.id) });
    else parsedFiles.push({ name, rules: file.rules, raw: ((raw as { rules?: Record<string, unknown>[] }).rules ?? []) });
  }
  for (const { name, rules, raw } of parsedFiles) {
    const lost: string[] = [];
    rules.forEach((entry, i) => {
      const problem = addRule(ruleSet, name, entry, raw[i] ?? {}, i);
      if (problem) {
        problems.push(problem);
        lost.push(entry.id);
      }
    });
    if (lost.length > 0) failures.push({ file: name, ruleIds: lost, partial: true });
  }
  return { ruleSet, problems, failures };
}

/** Adds a new rule or applies an override to an earlier one; returns the problem when the entry cannot be used. */
function addRule(ruleSet: RuleSet, name: string, entry: RuleEntry, raw: Record<string, unknown>, i: number): RuleProblem | undefined {
  const seen = ruleSet.origin.get('rule:' + entry.id);
  if (seen && entry.relation === undefined) {
    const extra = Object.keys(raw).filter((k) => k !== 'id' && !(RULE_OVERRIDE_FIELDS as readonly string[]).includes(k));
    if (extra.length > 0) return { file: name, path: `$.rules[${i}].${extra[0]}`, message: `rule "${entry.id}" is defined in ${seen}; a later rule file can change only ${RULE_OVERRIDE_FIELDS.join(', ')}` };
    const index = ruleSet.rules.findIndex((r) => r.id === entry.id);
    ruleSet.changedBy.set(entry.id, [...(ruleSet.changedBy.get(entry.id) ?? []), name]);
    if (index < 0) return undefined; // switched off by an earlier layer: stays off
    if (entry.off) {
      ruleSet.rules.splice(index, 1);
      return undefined;
    }
    const patch: Partial<Rule> = {};
    for (const key of Object.keys(raw)) if (key !== 'id' && key !== 'off') Object.assign(patch, { [key]: entry[key as keyof RuleEntry] });
    ruleSet.rules[index] = { ...ruleSet.rules[index], ...patch };
    return undefined;
  }
  if (seen) return { file: name, path: `$.rules[${i}].id`, message: `rule "${entry.id}" is already defined in ${seen}` };
  if (entry.off !== undefined) return { file: name, path: `$.rules[${i}].off`, message: `no earlier rule file defines a rule "${entry.id}" to switch off` };
  const full = ruleSchema.safeParse(raw);
  if (!full.success) return { ...issuesAt(name, ['rules', i], full.error)[0], message: `${issuesAt(name, ['rules', i], full.error)[0].message} (no earlier rule file defines "${entry.id}", so this is a new rule and needs every field)` };
  const rule = full.data;
  const unknown = [...ruleMeasures(rule), ...rule.unless].filter((m) => !ruleSet.measures.has(m));
  if (unknown.length > 0) return { file: name, path: `$.rules[${i}].relation`, message: `unknown measure "${unknown[0]}": declare it under "measures" in a rule file` };
  ruleSet.rules.push(rule);
  ruleSet.origin.set('rule:' + rule.id, name);
  return undefined;
}
