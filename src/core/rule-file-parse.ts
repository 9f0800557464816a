import type { z } from 'zod';
import { lineColumn, scanJson } from './json-locator';
import { limits } from './limits';
import type { RuleProblem } from './rule-file-messages';
import { problemAt, schemaProblems, syntaxProblem, type RuleFileContext } from './rule-file-problems';
import { findForbiddenKey, overNested, ruleFileLimitProblem } from './rule-limits';
import { builtInRelations, type RelationRegistry } from './relations/registry';
import { ruleEntrySchema, ruleFileSchema, ruleSchema, ruleSchemasFor } from './rule-schema';

/** One rule file's text turned into JSON and checked against the rule-file schema, bounds first, in the author's words. */

/**
 * The JSON of a file with the typing slips the scanner names (full-width punctuation, a trailing comma, single quotes)
 * repaired, only to list the rules that did not load by id; the file itself is never loaded this way.
 */
export function repairedForIds(text: string): unknown {
  if (overNested(text) !== undefined) return undefined;
  let fixed = text;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const scan = scanJson(fixed);
    if (scan.ok) return JSON.parse(fixed) as unknown;
    const { code, offset, vars } = scan.problem;
    const replacement =
      code === 'jsonFullWidth'
        ? vars.ascii
        : code === 'jsonTrailingComma'
          ? ''
          : code === 'jsonSingleQuote'
            ? '"'
            : undefined;
    if (replacement === undefined) return undefined;
    fixed = fixed.slice(0, offset) + replacement + fixed.slice(offset + 1);
  }
  return undefined;
}

export type Schemas = ReturnType<typeof ruleSchemasFor>;
const builtInSchemas: Schemas = { ruleSchema, ruleEntrySchema, ruleFileSchema };
export const schemasOf = (relations: RelationRegistry): Schemas =>
  relations === builtInRelations ? builtInSchemas : ruleSchemasFor(relations.schema);

/** Parses one rule file; a byte order mark (Notepad writes one) is dropped, as editors hide it. */
export function parseRuleFile(
  ctx: RuleFileContext,
  { ruleFileSchema }: Schemas,
): { file?: z.infer<typeof ruleFileSchema>; problems: RuleProblem[] } {
  ctx.text = ctx.text.replace(/^\uFEFF/, '');
  // Before any parser meets it: depth is the one thing a recursive walk (zod's, the scanner's) must not meet unbounded.
  const deep = overNested(ctx.text);
  if (deep !== undefined)
    return {
      problems: [
        {
          file: ctx.name,
          path: '$',
          ...lineColumn(ctx.text, deep),
          code: 'limitNesting',
          vars: { limit: String(limits.ruleNesting) },
        },
      ],
    };
  const scan = scanJson(ctx.text);
  if (!scan.ok) return { problems: [syntaxProblem(ctx, scan.problem)] };
  ctx.spots = scan.spots;
  ctx.raw = JSON.parse(ctx.text);
  const forbidden = findForbiddenKey(ctx.raw);
  if (forbidden)
    return {
      problems: [
        problemAt(
          ctx,
          forbidden as (string | number)[],
          'forbiddenKey',
          { key: String(forbidden[forbidden.length - 1]) },
          true,
        ),
      ],
    };
  const overLimit = ruleFileLimitProblem(ctx.raw);
  if (overLimit) return { problems: [problemAt(ctx, overLimit.path, overLimit.code, overLimit.vars)] };
  const parsed = ruleFileSchema.safeParse(ctx.raw);
  if (!parsed.success) return { problems: schemaProblems(ctx, [], parsed.error) };
  return { file: parsed.data, problems: [] };
}
