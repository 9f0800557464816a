import { vocabularySchema } from './vocabulary';
import { z } from 'zod';
import { crossTableRuleSchema } from './cross-table/schema';
import { measureId, relationSchema, type Relation } from './relation-schema';
import { toleranceSchema } from './tolerance';

export { operandSchema, relationSchema, type Operand, type Relation } from './relation-schema';

/**
 * The schema of a rule file (`rules/*.rules.json`): one declaration gives the runtime check, the TypeScript
 * types and, through `z.toJSONSchema`, the committed `rules/schema.json` that editors use to complete rule files.
 */

const text = z.string().min(1);
/**
 * A text in Chinese and English, or in one of them (the other language then shows it too), or a plain string. The
 * parsed value always has both languages, so the checker never meets a missing one.
 */
export const ONE_LANGUAGE = 'at least one language';
const localised = z
  .union([
    text,
    z
      .object({ 'zh-CN': text.describe('Chinese').optional(), en: text.describe('English').optional() })
      .strict()
      .refine((v) => v['zh-CN'] !== undefined || v.en !== undefined, ONE_LANGUAGE),
  ])
  .transform((v) =>
    typeof v === 'string'
      ? { 'zh-CN': v, en: v }
      : { 'zh-CN': (v['zh-CN'] ?? v.en) as string, en: (v.en ?? v['zh-CN']) as string },
  )
  .describe('The text in Chinese and English, {"zh-CN": "…", "en": "…"}; one language or a plain string also does.');

/** A note for people reading the file (JSON has no comments); statlint ignores it. */
const description = z.string().optional().describe('A note for people reading the file; statlint ignores it.');

export const measureSchema = z
  .object({
    description,
    id: measureId,
    name: localised.describe('What the measure is called in messages.'),
    kind: z.enum(['count', 'rate', 'amount']).describe('count: whole numbers of units; rate: percent; amount: money.'),
    aliases: z
      .array(text)
      .min(1)
      .describe(
        'Header spellings this measure binds to, as plain text (no regular expressions). Line breaks, spaces, full-width brackets and unit suffixes such as （%） are ignored. A spelling with "/" matches a two-row header path (parent/child); one without matches the whole header or its last part.',
      ),
    decrease: z
      .boolean()
      .optional()
      .describe(
        'A decrease, which sheets may type with a minus sign (20 removed typed as −20): where its column holds no figure above zero and some below, relations read its figures as the amounts removed.',
      ),
  })
  .strict();

export const sourceSchema = z
  .object({
    article: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'an article file name in seeds/articles/'),
    figure: text.describe('The figures this rule was cross-checked against, as the article writes them.'),
  })
  .strict();

const exampleTableSchema = z
  .object({
    rows: z
      .array(z.array(z.union([z.string(), z.number(), z.null()])))
      .min(2)
      .describe('The sheet, row by row: numbers, text as typed (`2,431`, `87.1%`, `—`), or null for an empty cell.'),
    merges: z
      .array(z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/, 'a merged range such as B1:C1'))
      .default([])
      .describe('Merged header cells, as A1 ranges.'),
  })
  .strict();

export const ruleExamplesSchema = z
  .object({
    valid: z.array(exampleTableSchema).default([]).describe('Tables on which the rule finds nothing.'),
    invalid: z
      .array(
        exampleTableSchema.extend({
          blame: z
            .array(z.string().regex(/^[A-Z]{1,3}\d+$/))
            .min(1)
            .describe('The cells the finding must mark as suspects.'),
        }),
      )
      .default([])
      .describe('Tables on which the rule reports a finding, with the cells it must blame.'),
  })
  .strict()
  .describe('Tiny tables that show what the rule accepts and rejects; the test suite runs every one.');

/**
 * A measure entry in a rule file. A new id needs every field; an id declared in an earlier layer (the bundled
 * rules) with only `aliases` adds those header spellings to it. loadRuleSet tells the two apart and checks each.
 */
export const measureEntrySchema = measureSchema
  .partial({ name: true, kind: true, aliases: true })
  .describe(
    'A new measure (id, name, kind, aliases), or {id, aliases} to add header spellings to a measure declared in an earlier layer.',
  );

/** The fields a layer may change on a rule defined in an earlier layer. */
export const RULE_OVERRIDE_FIELDS = ['severity', 'tolerance', 'message', 'title', 'when', 'off'] as const;

/** json-rules-engine's operators, by name: the only ones a row condition may use. */
export const CONDITION_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

/** Facts of a row a condition may name besides measure ids. */
export const ROW_FACTS = ['rowKind', 'label'] as const;

/** A row condition in json-rules-engine form. */
export type RowCondition =
  | { all: RowCondition[] }
  | { any: RowCondition[] }
  | { not: RowCondition }
  | { fact: string; operator: (typeof CONDITION_OPERATORS)[number]; value: number | string | (number | string)[] };
export const rowConditionSchema: z.ZodType<RowCondition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(rowConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(rowConditionSchema).min(1) }).strict(),
    z.object({ not: rowConditionSchema }).strict(),
    z
      .object({
        fact: measureId.describe(
          'A measure id (its figure on the row), rowKind (region, subtotal, total, part) or label (the row label).',
        ),
        operator: z.enum(CONDITION_OPERATORS),
        value: z.union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))]),
      })
      .strict(),
  ]),
);

/**
 * The rule, rule entry and rule file schemas over a relation schema: the bundled kinds (relationSchema), or those of
 * an extended registry (relations/registry.ts).
 */
export function ruleSchemasFor(relation: z.ZodType<Relation>) {
  const ruleSchema = z
    .object({
      description,
      id: z
        .string()
        .regex(/^\S+$/, 'a rule id is text without spaces, such as coverage-rate')
        .describe('Any text without spaces (Chinese too); the bundled rules use kebab-case such as coverage-rate.'),
      title: localised,
      message: localised.describe(
        'The finding text. Placeholders, by relation kind (an unknown one is an error when the file loads): every kind {row} {expected} {actual} {note}; ratio, share and totalRowRate {result} {formula} {difference} {tolerance}; equals and atLeast {left} {right} {formula} {bound} {difference}; range and wholeNumber {result}; totalRow {result} {formula} {difference}; parts {result} {left} {right} {bound} {formula}.',
      ),
      severity: z.enum(['error', 'warning', 'info']),
      relation,
      unless: z
        .array(measureId)
        .default([])
        .describe('The rule does not apply when any of these measures is in the sheet (a more specific rule does).'),
      when: rowConditionSchema
        .optional()
        .describe(
          'Check only the rows meeting this condition, in json-rules-engine form: {"fact": "enterprises", "operator": "greaterThan", "value": 0}, {"fact": "rowKind", "operator": "equal", "value": "region"}, combined with all/any/not.',
        ),
      tolerance: toleranceSchema.optional(),
      source: sourceSchema
        .optional()
        .describe(
          'The seed article and figure this rule was cross-checked against (see statlint crosscheck); every bundled rule has one, your own rules need none.',
        ),
      examples: ruleExamplesSchema.optional(),
    })
    .strict();

  /**
   * A rule entry in a rule file. A new id needs every field of a rule; an id defined in an earlier layer, without
   * `relation`, overrides that rule's severity, tolerance, message, title or when, or switches it off with `"off": true`.
   */
  const ruleEntrySchema = ruleSchema
    .partial({ title: true, message: true, severity: true, relation: true, source: true })
    .extend({
      off: z.boolean().optional().describe('true switches off a rule defined in an earlier layer (the bundled rules).'),
    })
    .describe(
      'A new rule (every field), or {id, …} with some of severity, tolerance, message, title, when, off to change a rule defined in an earlier layer.',
    );

  const ruleFileSchema = z
    .object({
      $schema: z.string().optional(),
      description,
      measures: z.array(measureEntrySchema).default([]),
      rules: z.array(ruleEntrySchema).default([]),
      vocabulary: vocabularySchema.optional(),
      crossTable: z
        .array(crossTableRuleSchema)
        .default([])
        .describe(
          'Relations between tables (a city table against its counties, a summary against its ledger): see src/core/cross-table/schema.ts.',
        ),
    })
    .strict();
  return { ruleSchema, ruleEntrySchema, ruleFileSchema };
}

export const { ruleSchema, ruleEntrySchema, ruleFileSchema } = ruleSchemasFor(relationSchema);

export type Measure = z.infer<typeof measureSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type ExampleTable = z.infer<typeof exampleTableSchema>;

/** The JSON Schema committed as rules/schema.json (a test fails when it is stale). */
export function ruleFileJsonSchema(): object {
  return { ...z.toJSONSchema(ruleFileSchema, { io: 'input' }), title: 'statlint rule file' };
}
