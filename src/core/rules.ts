import { z } from 'zod';
import { ruleFileSchema, type Measure, type Rule } from './rule-schema';

/** All rule files merged: measures by id, rules in file order. */
export interface RuleSet {
  measures: Map<string, Measure>;
  rules: Rule[];
  /** Which file each rule and measure came from, for messages. */
  origin: Map<string, string>;
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

/** JSON.parse keeps `__proto__` as an own key; rule files must not carry it (nor constructor/prototype). */
function findForbiddenKey(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return [...path, key];
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

function parseRuleFile(name: string, text: string): { file?: z.infer<typeof ruleFileSchema>; problems: RuleProblem[] } {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch {
    return { problems: [{ file: name, path: '$', message: `not valid JSON: ${jsonSyntaxError(body)}` }] };
  }
  const forbidden = findForbiddenKey(json);
  if (forbidden) return { problems: [{ file: name, path: jsonPath(forbidden), message: `the key "${String(forbidden[forbidden.length - 1])}" is not allowed` }] };
  const parsed = ruleFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.flatMap((issue) =>
        // zod names the object holding unknown keys; a rule author needs the misspelt key itself.
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ file: name, path: jsonPath([...issue.path, key]), message: `unknown field "${key}"` }))
          : [{ file: name, path: jsonPath(issue.path), message: issue.message }],
      ),
    };
  }
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

/**
 * Loads and merges rule files. A file with problems contributes nothing; the others still load. Measures and
 * rules are merged across files; an id defined twice, or a rule reading an undeclared measure, is a problem.
 */
export function loadRuleSet(files: { name: string; text: string }[]): { ruleSet: RuleSet; problems: RuleProblem[] } {
  const ruleSet: RuleSet = { measures: new Map(), rules: [], origin: new Map() };
  const problems: RuleProblem[] = [];
  const parsedFiles: { name: string; rules: Rule[] }[] = [];
  for (const { name, text } of files) {
    const { file, problems: fileProblems } = parseRuleFile(name, text);
    problems.push(...fileProblems);
    if (!file) continue;
    file.measures.forEach((measure, i) => {
      const seen = ruleSet.origin.get('measure:' + measure.id);
      if (seen) problems.push({ file: name, path: `$.measures[${i}].id`, message: `measure "${measure.id}" is already declared in ${seen}` });
      else {
        ruleSet.measures.set(measure.id, measure);
        ruleSet.origin.set('measure:' + measure.id, name);
      }
    });
    parsedFiles.push({ name, rules: file.rules });
  }
  for (const { name, rules } of parsedFiles) {
    rules.forEach((rule, i) => {
      const seen = ruleSet.origin.get('rule:' + rule.id);
      if (seen) return problems.push({ file: name, path: `$.rules[${i}].id`, message: `rule "${rule.id}" is already defined in ${seen}` });
      const unknown = [...ruleMeasures(rule), ...rule.unless].filter((m) => !ruleSet.measures.has(m));
      if (unknown.length > 0) return problems.push({ file: name, path: `$.rules[${i}].relation`, message: `unknown measure "${unknown[0]}": declare it under "measures" in a rule file` });
      ruleSet.rules.push(rule);
      ruleSet.origin.set('rule:' + rule.id, name);
    });
  }
  return { ruleSet, problems };
}
