import { z } from 'zod';
import type { NumberFigure } from '../core/figure';
import { normaliseWidth } from '../core/number';

/**
 * The evidence base: every statistic stated in the five seed articles (`seeds/facts.json`) and the relations
 * between them that the rules check (`seeds/relations.json`). Rules are cross-checked against these files, so
 * each fact is pinned to its article by a verbatim locator and each relation names the verdict a correct
 * checker must give.
 */

const text = z.string().min(1);

export const articleFileSchema = z
  .string()
  .regex(/^\d{3}_[0-9a-f]+\.txt$/, 'an article file name in seeds/articles/, such as 000_5752526c9a5a6726.txt')
  .describe('The article file in seeds/articles/.');

export const factIdSchema = z
  .string()
  .regex(
    /^a\d{3}(?:-[a-z0-9]+)+$/,
    'a fact id is a + the article number + kebab-case words, such as a000-key-enterprises-nonpublic',
  )
  .describe('A fact id: "a" + the three-digit article number + what it counts, in kebab-case.');

export const factValueSchema = z
  .object({
    lo: z.number().describe('Lowest value the written figure allows, in base units (万/亿 applied) or percent points.'),
    hi: z
      .number()
      .nullable()
      .describe('Highest value the written figure allows; null when it has no upper bound (10次以上).'),
    point: z
      .number()
      .optional()
      .describe('The figure as written, when it stands for a range (3000余 → 3000, 1.9万 → 19000).'),
  })
  .strict()
  .describe('The written figure read as an interval, exactly as readFigureText reads it.');

export const factSchema = z
  .object({
    id: factIdSchema,
    article: articleFileSchema,
    place: text.describe('The region or unit the figure describes: 沈阳市, 铁西区, 全省, or an enterprise.'),
    period: text
      .nullable()
      .describe('The period as the article states it (截至目前, 2020年以来, 今年以来), or null when none is stated.'),
    counts: text.describe('What the figure counts, in short Chinese (非公企业党组织覆盖率).'),
    written: z
      .string()
      .regex(/^\S+$/, 'the figure as written, without spaces (3000 多万元 → 3000多万元)')
      .describe(
        'The figure exactly as the article writes it, with its unit and without inner spaces: 1.2万名, 3000余名, 87.1%.',
      ),
    value: factValueSchema,
    unit: text.describe('The unit after the figure, simplified and without the multiplier: 家, 个, 名, 元, %.'),
    locator: text.describe(
      'Characters around the first mention, copied verbatim from the article text (debris included), unique in it.',
    ),
    repeats: z
      .array(text)
      .min(1)
      .optional()
      .describe('Locators of later mentions of the same figure in the same article (one fact per figure per article).'),
    sameAs: z.array(factIdSchema).min(1).optional().describe('Facts in other articles that state the same figure.'),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (fact.id.slice(1, 4) !== fact.article.slice(0, 3)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `the id must start with a${fact.article.slice(0, 3)} (its article)`,
      });
    }
  });

export const factsFileSchema = z
  .object({
    $schema: z.string().optional(),
    facts: z.array(factSchema).describe('Every statistic in the seed articles, once per article.'),
  })
  .strict()
  .describe('seeds/facts.json: the figures stated in the seed articles.');

/** The operand names of relations: the measure ids of the rule files. */
export const MEASURE_IDS = [
  'enterprises',
  'coveredEnterprises',
  'ownOrganisations',
  'partyCommittees',
  'generalBranches',
  'partyBranches',
  'jointOrganisations',
  'jointCoveredEnterprises',
  'coverageRate',
  'baseline',
  'current',
  'additions',
  'removals',
  'declineRate',
  'growthRate',
  'change',
  'received',
  'closed',
  'closureRate',
  'part',
  'base',
  'shareRate',
  'whole',
  'total',
  'parts',
  'count',
  'reportedValue',
  'checkedValue',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

const operand = (what: string) => factIdSchema.optional().describe(what);

export const relationOperandsSchema = z
  .object({
    enterprises: operand('Enterprises (or organisations) the coverage is counted over.'),
    coveredEnterprises: operand('Enterprises covered by a party organisation, own or joint.'),
    ownOrganisations: operand('Party organisations set up by the enterprises themselves (单独建立).'),
    partyCommittees: operand('党委.'),
    generalBranches: operand('党总支.'),
    partyBranches: operand('党支部.'),
    jointOrganisations: operand('Joint (联合) party organisations.'),
    jointCoveredEnterprises: operand('Enterprises covered by joint party organisations.'),
    coverageRate: operand('Coverage rate, percent.'),
    baseline: operand('The earlier figure of a change.'),
    current: operand('The later figure of a change.'),
    additions: operand(
      'What a period added to a count (本年增加): its opening plus additions less removals is its closing.',
    ),
    removals: operand('What a period took off a count (本年减少).'),
    declineRate: operand('Decline, percent of the baseline.'),
    growthRate: operand('Growth, percent of the baseline.'),
    change: operand('A change column between two periods, in points or per cent.'),
    received: operand('Cases received.'),
    closed: operand('Cases closed.'),
    closureRate: operand('Closure rate, percent.'),
    part: operand('The part a share is taken of.'),
    base: operand('The base of a share.'),
    shareRate: operand('A share, percent of its base.'),
    whole: operand('The whole that parts stay within.'),
    total: operand('A total that its parts add up to.'),
    parts: z
      .array(factIdSchema)
      .min(1)
      .optional()
      .describe('Parts (其中) that add up to a total or stay within a whole; a single part for part ≤ whole.'),
    count: operand('A count that must be a non-negative whole number.'),
    reportedValue: operand('The first statement of a repeated figure.'),
    checkedValue: operand('The second statement of a repeated figure.'),
  })
  .strict()
  .describe('The operands, by measure id, as fact ids.');

export const relationSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^r\d{3}(?:-\d{3})?(?:-[a-z0-9]+)+$/,
        'a relation id is r + the article number(s) + kebab-case words, such as r001-no-member-decline',
      )
      .describe(
        'A relation id: "r" + the article number (two for a figure repeated across articles) + what it checks.',
      ),
    rule: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a rule id is kebab-case, such as decline-rate')
      .describe('The id of the rule (in rules/) that checks this relation.'),
    kind: z
      .enum(['rate', 'sum', 'bound', 'repeat'])
      .describe(
        'rate: a stated rate against its counts; sum: parts against a total; bound: a part, parts or a multiple within a whole; repeat: one figure stated twice.',
      ),
    facts: relationOperandsSchema,
    expected: z
      .enum(['consistent', 'inconsistent', 'not-checkable'])
      .describe('The verdict a correct checker gives on these facts; not-checkable when an operand is not stated.'),
    missing: z.array(z.enum(MEASURE_IDS)).min(1).optional().describe('Operands the articles do not state.'),
    note: text.describe('One sentence on the arithmetic.'),
  })
  .strict()
  .superRefine((relation, ctx) => {
    const stated = Object.keys(relation.facts);
    if (stated.length === 0)
      ctx.addIssue({ code: 'custom', path: ['facts'], message: 'a relation needs at least one fact' });
    for (const [i, m] of (relation.missing ?? []).entries()) {
      if (stated.includes(m))
        ctx.addIssue({ code: 'custom', path: ['missing', i], message: `${m} is both stated and missing` });
    }
  });

export const relationsFileSchema = z
  .object({
    $schema: z.string().optional(),
    relations: z.array(relationSchema).describe('Every relation between the facts that a rule can check.'),
  })
  .strict()
  .describe('seeds/relations.json: relations between the facts of seeds/facts.json, with the expected verdicts.');

export type FactValue = z.infer<typeof factValueSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactsFile = z.infer<typeof factsFileSchema>;
export type SeedRelation = z.infer<typeof relationSchema>;
export type RelationsFile = z.infer<typeof relationsFileSchema>;

/** The committed JSON Schemas, by file name under seeds/; written by `npm run schemas`. */
export function seedSchemaFiles(): Record<'facts.schema.json' | 'relations.schema.json', string> {
  const render = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema), null, 2) + '\n';
  return { 'facts.schema.json': render(factsFileSchema), 'relations.schema.json': render(relationsFileSchema) };
}

/** A fact's value as readFigureText reads its written figure (an unbounded hi, `10次以上`, becomes null). */
export function factValueOf(figure: NumberFigure): FactValue {
  const value: FactValue = { lo: figure.lo, hi: Number.isFinite(figure.hi) ? figure.hi : null };
  if (figure.lo !== figure.hi) value.point = figure.value;
  return value;
}

/** Every fact id a relation names. */
export function relationFactIds(relation: SeedRelation): string[] {
  return Object.values(relation.facts).flatMap((ids) => (ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]));
}

/** Dangling or one-sided links between facts and relations, one line each. */
export function seedLinkProblems(facts: readonly Fact[], relations: readonly SeedRelation[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    if (byId.has(fact.id)) problems.push(`facts: ${fact.id} is defined twice`);
    byId.set(fact.id, fact);
  }
  for (const fact of facts) {
    for (const other of fact.sameAs ?? []) {
      const target = byId.get(other);
      if (!target) problems.push(`facts: ${fact.id}.sameAs names ${other}, which does not exist`);
      else if (target.article === fact.article)
        problems.push(`facts: ${fact.id}.sameAs names ${other} in the same article (use repeats)`);
      else if (!(target.sameAs ?? []).includes(fact.id))
        problems.push(`facts: ${fact.id}.sameAs names ${other}, but not the other way round`);
    }
  }
  const relationIds = new Set<string>();
  for (const relation of relations) {
    if (relationIds.has(relation.id)) problems.push(`relations: ${relation.id} is defined twice`);
    relationIds.add(relation.id);
    for (const id of relationFactIds(relation)) {
      if (!byId.has(id)) problems.push(`relations: ${relation.id} names ${id}, which is not a fact`);
    }
  }
  return problems;
}

/** A numeric figure found in an article: its span and its core (digits, 余/多, 万/亿, %), spaces removed. */
export interface ScannedFigure {
  start: number;
  end: number;
  core: string;
}

/**
 * Runs of ASCII or full-width digits, with thousands groups and decimals, then 余/多, 万/亿, 余/多 and % —
 * spaces and line breaks allowed in between, as the articles' layout puts them (`3000 多万元`, `20⏎余件`).
 * Prefixes (近, 约) and units are left out: the core only has to locate the figure. Figures written in
 * Chinese numerals (万余人, 第九次, 两天) are out of scope.
 */
const FIGURE_RUN =
  /[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?(?:\s*[余多餘])?(?:\s*[万亿萬億])?(?:\s*[余多餘])?(?:\s*[%％])?/g;

export function scanFigures(articleText: string): ScannedFigure[] {
  return [...articleText.matchAll(FIGURE_RUN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    core: normaliseWidth(m[0]).replace(/\s+/g, ''),
  }));
}

/** A figure in an article that is not a statistic (a date, a year, a name), with the reason. */
export interface Exclusion {
  article: string;
  /** Verbatim text around the figure(s); every occurrence is excluded, so it must hold the non-statistical context (月, 日, 号楼). */
  locator: string;
  reason: string;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Checks that the facts and exclusions account for every figure the scanner finds in each article, and that
 * every fact's written figure is found by the scanner at its locator (and at each repeat). Returns one line per
 * problem; empty when complete.
 */
export function completenessProblems(
  articles: ReadonlyMap<string, string>,
  facts: readonly Fact[],
  exclusions: readonly Exclusion[],
): string[] {
  const problems: string[] = [];
  for (const article of new Set([...facts.map((f) => f.article), ...exclusions.map((e) => e.article)])) {
    if (!articles.has(article)) problems.push(`${article}: no such article`);
  }
  for (const [article, articleText] of articles) {
    const figures = scanFigures(articleText);
    const owner = new Map<ScannedFigure, string>();
    const within = (start: number, length: number) =>
      figures.filter((f) => f.start >= start && f.end <= start + length);
    const claim = (figure: ScannedFigure, by: string) => {
      const previous = owner.get(figure);
      if (previous)
        problems.push(`${article}: figure ${figure.core} at ${figure.start} is claimed by ${previous} and by ${by}`);
      else owner.set(figure, by);
    };

    for (const exclusion of exclusions.filter((e) => e.article === article)) {
      const by = `exclusion "${exclusion.locator}"`;
      const covered = occurrences(articleText, exclusion.locator).flatMap((at) => within(at, exclusion.locator.length));
      if (covered.length === 0) problems.push(`${article}: ${by} covers no figure in the article`);
      for (const figure of covered) claim(figure, by);
    }

    for (const fact of facts.filter((f) => f.article === article)) {
      const written = scanFigures(fact.written);
      if (written.length !== 1) {
        problems.push(
          `${article}: fact ${fact.id} writes ${written.length} figures in "${fact.written}" (one expected)`,
        );
        continue;
      }
      for (const locator of [fact.locator, ...(fact.repeats ?? [])]) {
        const at = occurrences(articleText, locator);
        if (at.length !== 1) {
          problems.push(`${article}: fact ${fact.id}: locator "${locator}" occurs ${at.length} times (once expected)`);
          continue;
        }
        const figure = within(at[0], locator.length).find((f) => f.core === written[0].core);
        if (figure) claim(figure, `fact ${fact.id}`);
        else problems.push(`${article}: fact ${fact.id}: the scanner finds no ${written[0].core} in "${locator}"`);
      }
    }

    for (const figure of figures.filter((f) => !owner.has(f))) {
      const context = articleText.slice(Math.max(0, figure.start - 8), figure.end + 6).replace(/\s+/g, ' ');
      problems.push(`${article}: figure ${figure.core} at ${figure.start} ("${context}") has no fact and no exclusion`);
    }
  }
  return problems;
}
