import type { z } from 'zod';
import { lineColumn, spotOf, type JsonPath, type JsonSpot, type JsonSyntaxProblem } from './json-locator';
import {
  fieldGloss,
  fullWidthName,
  suggestion,
  type ProblemSubject,
  type ProblemVar,
  type RuleProblem,
  type RuleProblemCode,
  type WordKey,
} from './rule-file-messages';
import { measureEntrySchema, ONE_LANGUAGE, relationSchema, ruleEntrySchema, ruleFileSchema } from './rule-schema';

/**
 * Turns what went wrong in a rule file — a JSON syntax error, a zod issue, a layer conflict — into a RuleProblem
 * placed at its line and column and naming the rule or measure it is about.
 */

/** One rule file being loaded: its text, where each key and value starts, and the parsed JSON. */
export interface RuleFileContext {
  name: string;
  text: string;
  spots?: Map<string, JsonSpot>;
  raw?: unknown;
  /** The title of a rule defined in an earlier layer, for overrides that do not repeat it. */
  earlierTitle?: (id: string) => Partial<Record<'zh-CN' | 'en', string>> | undefined;
}

export function jsonPathText(path: JsonPath): string {
  return (
    '$' +
    path
      .map((k) =>
        typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`,
      )
      .join('')
  );
}

/** The value at a path of parsed JSON, or undefined. */
export function valueAt(raw: unknown, path: JsonPath): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function textOf(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The rule or measure a path lies in, by the id and title written in the file (or the earlier layer's title). */
function subjectOf(ctx: RuleFileContext, path: JsonPath): ProblemSubject | undefined {
  const [list, index] = path;
  if ((list !== 'rules' && list !== 'measures') || typeof index !== 'number') return undefined;
  const entry = valueAt(ctx.raw, [list, index]);
  const id = textOf(valueAt(entry, ['id']));
  const named = valueAt(entry, [list === 'rules' ? 'title' : 'name']);
  const title =
    named && typeof named === 'object'
      ? { 'zh-CN': textOf(valueAt(named, ['zh-CN'])), en: textOf(valueAt(named, ['en'])) }
      : id !== undefined && list === 'rules'
        ? ctx.earlierTitle?.(id)
        : undefined;
  return {
    kind: list === 'rules' ? 'rule' : 'measure',
    index,
    id,
    title: title && (title['zh-CN'] || title.en) ? title : undefined,
  };
}

/** The field inside the subject, as written in the file: `relation.kind`, `examples.invalid[0].blame[1]`. */
function fieldOf(path: JsonPath): string {
  const rest = (path[0] === 'rules' || path[0] === 'measures') && typeof path[1] === 'number' ? path.slice(2) : path;
  return rest.map((k, i) => (typeof k === 'number' ? `[${k}]` : (i > 0 ? '.' : '') + k)).join('');
}

/** A problem at a path of the file: at the key when `atKey` (an unknown field), else at the value. */
export function problemAt(
  ctx: RuleFileContext,
  path: JsonPath,
  code: RuleProblemCode,
  vars: Record<string, ProblemVar> = {},
  atKey = false,
): RuleProblem {
  const spot = ctx.spots && spotOf(ctx.spots, path);
  const offset = spot && (atKey && spot.key !== undefined ? spot.key : spot.value);
  const place = offset === undefined ? {} : lineColumn(ctx.text, offset);
  return {
    file: ctx.name,
    path: jsonPathText(path),
    ...place,
    subject: subjectOf(ctx, path),
    code,
    vars: { field: fieldOf(path), ...vars },
  };
}

/** Why the text is not JSON, at the character that does not fit. */
export function syntaxProblem(ctx: RuleFileContext, problem: JsonSyntaxProblem): RuleProblem {
  const vars: Record<string, ProblemVar> = { ...problem.vars };
  if (problem.vars.expected) vars.expected = { word: problem.vars.expected as WordKey };
  if (problem.code === 'jsonFullWidth') vars.name = { word: fullWidthName(problem.vars.char) };
  return { file: ctx.name, path: '$', ...lineColumn(ctx.text, problem.offset), code: problem.code, vars };
}

/** The field names an object at this path may have, for "did you mean" on an unknown one. */
function knownKeys(ctx: RuleFileContext, path: JsonPath): string[] {
  if (path.length === 0) return Object.keys(ruleFileSchema.shape);
  if (path.length === 2 && path[0] === 'rules') return Object.keys(ruleEntrySchema.shape);
  if (path.length === 2 && path[0] === 'measures') return Object.keys(measureEntrySchema.shape);
  if (path.length === 3 && path[0] === 'rules' && path[2] === 'relation') {
    const kind = valueAt(ctx.raw, [...path, 'kind']);
    const option = relationSchema.options.find((o) => o.shape.kind.value === kind);
    return option ? Object.keys(option.shape) : [];
  }
  return [];
}

const MEASURE_FIELDS = new Set([
  'result',
  'numerator',
  'denominator',
  'left',
  'right',
  'measures',
  'unless',
  'sum',
  'difference',
]);

/** What a text field must look like, in words, by the field it is in. */
function formatWord(path: JsonPath): WordKey | undefined {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (key === 'id') return path[0] === 'measures' ? 'measureId' : 'ruleId';
  if (key !== undefined && MEASURE_FIELDS.has(key)) return 'measureId';
  if (key === 'article') return 'article';
  if (key === 'blame') return 'cell';
  if (key === 'merges') return 'range';
  if (key === 'templates') return 'baseTemplate';
  return undefined;
}

const TYPE_WORDS: Record<string, WordKey> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
};

/** zod issues in plain words, each placed under `base` (the entry a second-stage parse looked at). */
export function schemaProblems(ctx: RuleFileContext, base: JsonPath, error: z.ZodError): RuleProblem[] {
  return issueProblems(ctx, base, error.issues);
}

function issueProblems(ctx: RuleFileContext, base: JsonPath, issues: readonly z.core.$ZodIssue[]): RuleProblem[] {
  return issues.flatMap((issue): RuleProblem[] => {
    const path = [...base, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
    const got = valueAt(ctx.raw, path);
    const parent = valueAt(ctx.raw, path.slice(0, -1));
    const missing = got === undefined && parent !== null && typeof parent === 'object' && !Array.isArray(parent);
    const field = String(path[path.length - 1]);
    // A measure's kind and a relation's kind are different things: only the measure's has a gloss.
    const gloss = field === 'kind' && path[0] !== 'measures' ? '' : fieldGloss(field);
    if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_union'))
      return [problemAt(ctx, path, 'missingField', { field, gloss })];
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) =>
          problemAt(ctx, [...path, key], 'unknownField', { key, hint: suggestion(key, knownKeys(ctx, path)) }, true),
        );
      case 'invalid_type':
        return [
          problemAt(
            ctx,
            path,
            'wrongType',
            TYPE_WORDS[issue.expected]
              ? { expected: { word: TYPE_WORDS[issue.expected] } }
              : { expected: issue.expected },
          ),
        ];
      case 'invalid_value':
        return [badValue(ctx, path, got, issue.values.map(String))];
      case 'invalid_union':
        if ('discriminator' in issue && issue.discriminator) {
          const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
          return [badValue(ctx, path, got, options)];
        }
        return unionProblems(ctx, path, got, issue.errors) ?? [invalid(ctx, path, got, issue.message)];
      case 'custom':
        if (issue.message === ONE_LANGUAGE) return [problemAt(ctx, path, 'oneLanguage')];
        return [problemAt(ctx, path, 'invalid', { detail: issue.message })];
      case 'too_small':
        if (issue.origin === 'string') return [problemAt(ctx, path, 'emptyText')];
        if (issue.origin === 'array') return [problemAt(ctx, path, 'tooFew', { min: String(issue.minimum) })];
        return [
          problemAt(ctx, path, 'tooSmallNumber', {
            relation: { word: issue.inclusive ? 'atLeast' : 'greater' },
            min: String(issue.minimum),
          }),
        ];
      case 'invalid_format':
        return [invalid(ctx, path, got, issue.message)];
      default:
        return [problemAt(ctx, path, 'invalid', { detail: issue.message })];
    }
  });
}

/**
 * A value none of a union's forms accepts: the problems of the form it was meant as (the one whose complaint is not
 * about the value's type as a whole, such as {"zh-CN": …} missing both languages), else the first form's type.
 */
function unionProblems(
  ctx: RuleFileContext,
  path: JsonPath,
  got: unknown,
  branches: readonly (readonly z.core.$ZodIssue[])[],
): RuleProblem[] | undefined {
  const meant = branches.find(
    (b) => b.length > 0 && b.every((i) => !(i.code === 'invalid_type' && i.path.length === 0)),
  );
  if (meant && got !== null && typeof got === 'object') return issueProblems(ctx, path, meant);
  const first = branches[0]?.[0];
  if (first?.code === 'invalid_type' && first.path.length === 0 && TYPE_WORDS[first.expected])
    return [problemAt(ctx, path, 'wrongType', { expected: { word: TYPE_WORDS[first.expected] } })];
  return undefined;
}

function badValue(ctx: RuleFileContext, path: JsonPath, got: unknown, values: string[]): RuleProblem {
  return problemAt(ctx, path, 'badValue', {
    got: typeof got === 'string' ? got : JSON.stringify(got),
    values: { list: values },
    hint: typeof got === 'string' ? suggestion(got, values) : '',
  });
}

/** A value of the wrong form: said in words when the field's form is known (a measure id, a cell address…). */
function invalid(ctx: RuleFileContext, path: JsonPath, got: unknown, detail: string): RuleProblem {
  const word = formatWord(path);
  if (word && typeof got === 'string') return problemAt(ctx, path, 'badFormat', { got, format: { word } });
  return problemAt(ctx, path, 'invalid', { detail: word ? { word } : detail });
}
