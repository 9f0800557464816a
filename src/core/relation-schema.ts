import { z } from 'zod';

/** The relation kinds' schemas, one zod branch per kind (a kind's module lives in relations/, its registry line there). */

const text = z.string().min(1);

export const measureId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'a measure id is a camelCase name such as coverageRate')
  .describe('The id of a measure declared in some rule file.');

/** An operand of a relation: a measure, or a sum or difference of operands. */
export type Operand = string | { sum: Operand[] } | { difference: [Operand, Operand] };
export const operandSchema: z.ZodType<Operand> = z.lazy(() =>
  z.union([
    measureId,
    z.object({ sum: z.array(operandSchema).min(2) }).strict(),
    z.object({ difference: z.tuple([operandSchema, operandSchema]) }).strict(),
  ]),
);

const ratioRelation = z
  .object({
    kind: z.literal('ratio'),
    result: measureId.describe('The stated rate.'),
    numerator: operandSchema,
    denominator: operandSchema,
    scale: z.number().positive().default(100).describe('100 for percent.'),
  })
  .strict()
  .describe('result = numerator ÷ denominator × scale, on every row except total rows (see totalRowRate).');

const equalsRelation = z
  .object({ kind: z.literal('equals'), left: operandSchema, right: operandSchema })
  .strict()
  .describe('left = right on every row.');

const atLeastRelation = z
  .object({
    kind: z.literal('atLeast'),
    left: operandSchema,
    right: operandSchema,
    factor: z.number().positive().default(1),
  })
  .strict()
  .describe('left ≥ factor × right on every row.');

const rangeRelation = z
  .object({
    kind: z.literal('range'),
    measures: z.array(measureId).min(1),
    min: z.number(),
    max: z.number(),
  })
  .strict()
  .describe('Every value of these measures lies within [min, max].');

const wholeNumberRelation = z
  .object({ kind: z.literal('wholeNumber') })
  .strict()
  .describe(
    'Every count column (a count or people unit of the vocabulary, or a count measure) holds non-negative whole numbers.',
  );

const totalRowRelation = z
  .object({ kind: z.literal('totalRow') })
  .strict()
  .describe('Every total row equals the sum of its member rows, in every count and amount column.');

const totalRowRateRelation = z
  .object({ kind: z.literal('totalRowRate') })
  .strict()
  .describe(
    "Every total row's rates are recomputed from the total row's counts (by the ratio rules that apply), never averaged.",
  );

const partsRelation = z
  .object({
    kind: z.literal('parts'),
    check: z
      .enum(['eachWithinWhole', 'sumWithinWhole', 'sumEqualsWhole'])
      .describe(
        'eachWithinWhole: every "of which" part ≤ its whole; sumWithinWhole: the parts together ≤ the whole; sumEqualsWhole: a complete breakdown sums to its whole.',
      ),
    completeSets: z
      .array(z.array(text).min(2))
      .default([])
      .describe('Sets of part headers that together make a complete breakdown (province, city and county level).'),
    remainderHeaders: z
      .array(text)
      .default([])
      .describe('A part with one of these headers ("other") makes its breakdown complete.'),
  })
  .strict()
  .describe('Relations between an "of which" whole and its parts, by columns and by rows.');

const shareRelation = z
  .object({
    kind: z.literal('share'),
    templates: z
      .array(text.includes('{base}'))
      .min(1)
      .describe('Headers naming their base, with {base} where the base column’s header stands ("share of {base}").'),
    plainHeaders: z
      .array(text)
      .default([])
      .describe('Share headers without a base: the base is the part’s "of which" whole.'),
    partTemplates: z
      .array(text.includes('{part}'))
      .default([])
      .describe(
        'Headers naming their part, with {part} where the part column’s header starts ("{part} share" is the column whose header starts with {part}, ÷ the base).',
      ),
    bases: z
      .array(measureId)
      .default([])
      .describe('The base of a {part} share: the first of these measures the sheet has a column for.'),
  })
  .strict()
  .describe('A share column = the count column before it ÷ its base column × 100.');

const periodChangeRelation = z
  .object({
    kind: z.literal('periodChange'),
    difference: z
      .array(text.includes('{subject}'))
      .default([])
      .describe(
        'Headers of a change in points, with {subject} where the header of the two periods’ columns stands: the later − the earlier.',
      ),
    relative: z
      .array(text.includes('{subject}'))
      .default([])
      .describe(
        'Headers of a change in per cent, with {subject} as above: (the later − the earlier) ÷ the earlier × 100.',
      ),
    relativeBetweenYears: z
      .array(text.includes('{later}').includes('{earlier}'))
      .default([])
      .describe(
        'Headers of a change in per cent that name both years, with {later} and {earlier} where the years stand, under the same parent header as the two years’ columns.',
      ),
  })
  .strict()
  .describe(
    'A change column after two period blocks (two years in the headers above) agrees with the two periods’ figures.',
  );

export const relationSchema = z.discriminatedUnion('kind', [
  ratioRelation,
  equalsRelation,
  atLeastRelation,
  rangeRelation,
  wholeNumberRelation,
  totalRowRelation,
  totalRowRateRelation,
  partsRelation,
  shareRelation,
  periodChangeRelation,
]);

export type Relation = z.infer<typeof relationSchema>;
