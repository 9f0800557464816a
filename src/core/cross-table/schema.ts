import { z } from 'zod';

/**
 * The rule-file section `crossTable`: relations between tables (表间审核) — an upper table's row against a region's
 * own workbook, a summary sheet against its enterprise ledger, one measure stated in two sheets. Header and sheet spellings are plain text, compared
 * after the same normalisation as measure aliases (spaces, full-width forms and unit suffixes ignored).
 */

const text = z.string().min(1);
const spellings = z.array(text).min(1);
const localised = z.object({ 'zh-CN': text, en: text }).strict();

const regionTotalRelation = z
  .object({
    kind: z.literal('regionTotal'),
    minWorkbooks: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe('A sheet counts as the upper table only when at least this many other workbooks match its rows.'),
    currentSheets: z
      .array(text)
      .default([])
      .describe(
        'Names of a region workbook’s sheet of the current period: of its sheets that fit the upper table equally (this period’s and the last), the one so named is compared.',
      ),
  })
  .strict()
  // The reporting unit is the 填报单位 cell (labels: the vocabulary's regions.reporterLabels).
  .describe(
    "An upper table's row for a region = the total row of that region's own workbook, for every measure both have. A workbook's region comes from its reporting-unit cell, its title or its file name.",
  );

// Examples: summary 企业数; column 是否建立党组织 with values 是, 已建立.
const ledgerCount = z
  .object({
    summary: spellings.describe('Headers of the summary column this count fills (number of enterprises).'),
    column: spellings
      .optional()
      .describe(
        'Ledger column that selects the rows counted (whether a party organisation is set up); absent: every row counts.',
      ),
    values: spellings.optional().describe('Values of that column that count (yes, set up).'),
  })
  .strict();

// Examples: summary sheet 汇总, ledger sheet 台账, region header 所属地区.
const ledgerRelation = z
  .object({
    kind: z.literal('ledger'),
    summarySheets: spellings.describe('Names of the summary sheet, matched as part of the sheet name.'),
    ledgerSheets: spellings.describe('Names of the ledger sheet (one row per enterprise).'),
    regionHeaders: spellings.describe('Headers of the ledger column naming each row’s region.'),
    counts: z.array(ledgerCount).default([]),
    closedValues: z
      .array(text)
      .default([])
      .describe(
        'Cells of a ledger row that say its enterprise is closed (a status of deregistered): the row is counted in no measure.',
      ),
    closedMarks: z
      .array(text)
      .default([])
      .describe(
        'Words anywhere in a ledger row’s cells that say its enterprise is closed (deregistered in March, in a remark or after its name).',
      ),
    sums: z
      .boolean()
      .default(true)
      .describe('Summary columns headed like a numeric ledger column = the sum of that column per region.'),
  })
  .strict()
  .describe("A summary sheet's counts per region = the ledger sheet's rows per region.");

const sameMeasureRelation = z
  .object({
    kind: z.literal('sameMeasure'),
    minRows: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe('Two sheets are compared only when at least this many of their region rows name the same regions.'),
  })
  .strict()
  .describe(
    'The same measure stated in two sheets, of one workbook or of two, for the same region (or, within one workbook, the grand total) agrees.',
  );

export const crossTableRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a rule id is kebab-case, such as region-total-matches'),
    title: localised,
    message: localised.describe(
      'The finding text. Placeholders: {region} {measure} {here} {hereValue} {there} {thereValue} {difference} {note}.',
    ),
    severity: z.enum(['error', 'warning', 'info']),
    relation: z.discriminatedUnion('kind', [regionTotalRelation, ledgerRelation, sameMeasureRelation]),
  })
  .strict();

export type CrossTableRule = z.infer<typeof crossTableRuleSchema>;
export type LedgerRelation = z.infer<typeof ledgerRelation>;
