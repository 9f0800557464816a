import { z } from 'zod';

/**
 * The words sheets are read by, as data (rules/vocabulary.json, extended by the `vocabulary` section of rule files).
 * Every list is optional so that a rule file names only the words it adds; loadRuleSet merges the layers in order.
 */

const words = z.array(z.string().min(1)).default([]);

const totalsSchema = z
  .object({
    words: words.describe(
      'Labels of a grand-total row on their own (Total). Spaces, footnote marks ([5]) and an English gloss after a Chinese label are ignored.',
    ),
    areaLevels: words.describe(
      'Administrative levels (province, city, county, town …) that follow a whole-area or own-area prefix.',
    ),
    wholeAreaPrefixes: words.describe(
      'Prefixes ("whole") that make an area level a total row, alone or before a total word.',
    ),
    ownAreaPrefixes: words.describe('Prefixes ("this") that make an area level a total row only before a total word.'),
    wholePeriodPrefixes: words.describe(
      'Words of a whole period ("the whole year") that may come before a total word: the total of the periods listed above or below it (the year\'s total under four quarters).',
    ),
    subtotalWords: words.describe('Words ending a subtotal row label (up to 12 characters may come before them).'),
    levelClasses: words.describe(
      'Words opening a row label that names a class of the rows after it by level (national-level zones, provincial-level zones): such a row heads those rows, even a class of one.',
    ),
  })
  .partial()
  .strict();

const datesSchema = z
  .object({
    asOf: words.describe('"As of" words opening a date line.'),
    year: words,
    month: words,
    day: words,
    periodEnds: words.describe('Words closing a date (end of month).'),
    labels: words.describe('Date labels before a colon.'),
    labelPrefixes: words.describe('Words before a date label ("filing" date).'),
    annual: words.describe(
      'Words right after a year word making it "the year\'s" (annual), dropped with the year from a title.',
    ),
    periods: words.describe(
      'Period words opening a header after an optional year (start of year, end of year): the header is that period of the subject after it.',
    ),
  })
  .partial()
  .strict();

export const UNIT_KINDS = ['count', 'people', 'amount', 'area', 'length', 'quantity', 'percent', 'perMille'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const unitsSchema = z
  .object(Object.fromEntries(UNIT_KINDS.map((kind) => [kind, words])) as Record<UnitKind, typeof words>)
  .partial()
  .strict()
  .describe(
    'Units by kind, without their multiplier (ten-thousand people is the multiplier and the unit). Counts and people are whole numbers; every unit but length, physical quantities (tonnes, cubic metres, kilowatt-hours), percent and per-mille (any rate per a base of people: per thousand, per hundred thousand) adds up in a total row.',
  );

const regionsSchema = z
  .object({
    suffixes: words.describe(
      'Administrative suffixes a region name is written with or without (city, district, county …): a region is matched by its name with or without them.',
    ),
    oneCharacterNames: words.describe(
      'Suffixes after which one character names a place in a row label (a county, whose name may be one character): after the others it takes two (a one-character stem before the township suffix is a kind of enterprise, not a township).',
    ),
    zoneSuffixes: words.describe(
      'Endings of zones named after the place they lie in (an economic development zone named after its county): a text naming the zone does not name the place.',
    ),
    titlePrefixEndings: words.describe(
      'Administrative suffixes ending the region names a title starts with, left out when comparing what two tables are about.',
    ),
    reporterLabels: words.describe(
      'Labels of the cell naming the reporting unit (before a colon, or with the name in the next cell): the region a workbook reports on.',
    ),
  })
  .partial()
  .strict()
  .describe(
    "How checks between tables find regions: in row labels, in a workbook's reporting unit, title or file name.",
  );

const subjectsSchema = z
  .object({
    fillerWords: words.describe(
      'Words of a title left out when comparing what two tables are about (summary, statistics, situation …).',
    ),
    endings: words.describe('Endings of a title left out when comparing what two tables are about (table).'),
    enterpriseWords: words.describe(
      'Words of a column header counting enterprises (enterprise, self-employed business): never the same figure as a column counting social organisations, whatever measure both bind to.',
    ),
    organisationWords: words.describe(
      'Words of a column header counting social organisations (social organisation, private non-enterprise unit): of a header naming both kinds of words, the longer word tells.',
    ),
  })
  .partial()
  .strict();

const approximateSchema = z
  .object({
    closeTo: words.describe('Before a figure, "close to" (within 10 % below).'),
    about: words.describe('Before a figure, "about" (±5 %).'),
    aboutAfter: words.describe('After a figure, "about".'),
    moreThan: words.describe('After the digits, "more than".'),
    atLeast: words.describe('After a figure, "or more" (no upper bound).'),
  })
  .partial()
  .strict();

const inferenceSchema = z
  .object({
    totalWords: words.describe(
      'Words in a label saying the line is a total of others, besides the total and subtotal words (whole-area names, sum). Matched anywhere in the label, ignoring case.',
    ),
    rateWords: words.describe(
      'Words in a header saying the line is a rate, share or ratio, besides the rate endings and share words. Matched anywhere, ignoring case.',
    ),
    changeWords: words.describe(
      'Words in a header saying the line is a change between two periods. Matched anywhere, ignoring case.',
    ),
    declineWords: words.describe(
      'Words in a header saying the line is a decline in per cent, positive where the figure fell: (the earlier − the later) ÷ the earlier × 100. Matched anywhere, ignoring case.',
    ),
    differenceWords: words.describe(
      'Words in a header saying the line is a difference of two others (net, balance). Matched anywhere, ignoring case.',
    ),
    averageWords: words.describe('Words in a header saying the line is a mean. Matched anywhere, ignoring case.'),
    runningWords: words.describe(
      "Words in a header saying the line is a running total down periods (year to date), each period's figure the one before it plus its own period's. Matched anywhere, ignoring case.",
    ),
    statisticWords: words.describe(
      'Words in a row label saying its figures are another statistic of the rows (maximum, minimum, standard deviation, variance), which the relations between columns do not carry. Matched anywhere, ignoring case.',
    ),
    openingWords: words.describe(
      "Words in a header saying the line is a stock at the start of each period (opening balance): over the periods, its total is the first period's. Matched anywhere, ignoring case.",
    ),
    closingWords: words.describe(
      "Words in a header saying the line is a stock at the end of each period (closing balance): over the periods, its total is the last period's. Matched anywhere, ignoring case.",
    ),
    increaseWords: words.describe(
      'Words in a header saying the line is what was added to a stock in the period (additions): between an opening and a closing line, the closing is the opening plus it. Matched anywhere, ignoring case.',
    ),
    decreaseWords: words.describe(
      'Words in a header saying the line is what was taken from a stock in the period (removals): between an opening and a closing line, the closing is the opening less it. Matched anywhere, ignoring case.',
    ),
    earlierWords: words.describe(
      "Words in a header saying the line is an earlier period's (the same period last year): a running total of it runs down that period's own figures, not this period's beside it. Matched anywhere, ignoring case.",
    ),
  })
  .partial()
  .strict()
  .describe(
    "Header words that choose among relations a sheet's figures allow equally well (statlint rules suggest, inferred findings).",
  );

export const vocabularySchema = z
  .object({
    totals: totalsSchema.optional(),
    ofWhich: words.describe('Words that mark an "of which" part, before a header or a row label.'),
    amongEndings: words.describe(
      'Endings that make a parent header "of which" when they follow the name of the column before it (the number of new members, then "new members among them" over women, aged 35 and under, graduates).',
    ),
    partMarkers: words.describe('Marks before the first row of a partial list (#).'),
    operatorMarkers: words.describe(
      'Words before a colon that open the terms of a statement line (add, less: less cost of sales): the row and the rows indented under it are terms of the next line, summed into no total and parts of no row.',
    ),
    subtractedMarkers: words.describe(
      'Marks at the end of a row label that say the row is taken away from the line it is under (exports(-)): where such rows do not add up to that line, they are none of its members nor parts.',
    ),
    memoMarkers: words.describe(
      'Words before a colon that open a memo line under a table (appended: private investment): it and the rows after it are figures of their own, members of no total.',
    ),
    continuationWords: words.describe(
      "Words that mark a sheet as the continuation of the sheet before it (continued), after that sheet's name or in its title: the first sheet's totals cover the continuation's rows too.",
    ),
    partialListHeaders: words.describe(
      "Words opening the label column's header of a list of only some regions (main districts): a total is not their sum.",
    ),
    partialListNotes: words.describe(
      'Words of a note under a table saying its rows are not all its total holds (only the main industries are listed; the counties do not add up to the city): a total is not their sum.',
    ),
    unbalancedNotes: words.describe(
      'Words of a note under a table saying its closing stocks are not the opening ones plus the flows shown on every row (moved out by a boundary change, not listed): no balance is read from its headers.',
    ),
    roundingNotes: words.describe(
      'Words of a note under a table saying its totals were rounded apart from their parts (the totals may differ slightly from the sums of the items, by rounding): a total within the rounding of its parts is not called wrong.',
    ),
    countedElsewhereWords: words.describe(
      'Words of a row label saying the row is counted in another or not in the total (merged into a town, for reference only): the total is not its sum with it.',
    ),
    overlappingPartsNotes: words.describe(
      'Words of a note under a table saying its of-which parts overlap (machinery and high-tech products have products in common): their sum may pass their whole, and is not compared with it.',
    ),
    comparableGrowthNotes: words.describe(
      'Words of a note under a table (or of its title) saying its growth is on a comparable basis or at comparable prices: the growth rates are not the change of the figures shown, and are not checked against them.',
    ),
    numerals: words.describe('Chinese numerals of numbered row labels, one to a word.'),
    numberingLevels: words.describe(
      'Numbering of row labels from the top level down, {numeral} and {digits} standing for the number.',
    ),
    labelHeaders: words.describe('Headers of the label (region or unit name) column.'),
    pageLines: words.describe(
      'Page lines of a report printed or exported page by page, {digits} standing for the number: such a row, and the header repeated after it, are read as if absent.',
    ),
    sequenceHeaders: words.describe('Headers of a sequence-number column, neither data nor label.'),
    columnNumberLabels: words.describe(
      'Text cells of the column-number row some forms put under the header, before 1, 2, 3 ….',
    ),
    unitLabels: words.describe('Labels before a unit, in a unit row or a bracketed header suffix.'),
    noteLabels: words.describe('Labels before a colon that open a note line (note, source, filed by).'),
    filerLabels: words.describe('Labels before a colon naming who filed the sheet.'),
    titleEndings: words.describe('Endings of a title line ("… statistics table").'),
    attachmentLabels: words.describe('Attachment labels standing as a title, optionally numbered.'),
    dates: datesSchema.optional(),
    units: unitsSchema.optional(),
    perTimeUnits: words.describe(
      'Units of time after a slash that make a unit a flow (ten thousand cubic metres a day): a capacity in it adds up as its unit does, and is no ratio.',
    ),
    multipliers: z
      .record(z.string().min(1), z.number().int().min(1).max(12))
      .optional()
      .describe(
        'Multipliers before a unit, as powers of ten (ten thousand: 4). A column in a multiplied unit holds rounded figures.',
      ),
    perPopulation: z
      .record(z.string().min(1), z.number().int().min(1).max(12))
      .optional()
      .describe(
        "Words in a rate's header naming how many it is per, as powers of ten (per thousand people: 3): a rate whose base is in a multiplied unit (ten thousand people) is tried at the scale the two make.",
      ),
    partsOfYear: z
      .record(z.string().min(1), z.number().int().min(1).max(12))
      .optional()
      .describe(
        'Words after a year naming part of it (first half, first quarter), each with the month it ends in: such a table is of that month, not of the whole year.',
      ),
    rateEndings: words.describe('Header endings of a rate (coverage rate).'),
    shareWords: words.describe('Header words of a share in per cent.'),
    changeWords: words.describe('Header words of a change in per cent (growth, decline).'),
    notAdditiveWords: words.describe(
      'Header words of figures a total row does not add up nor a count requires whole (per head, average, rank, year, code).',
    ),
    identifierWords: words.describe(
      'Header words of columns that name or number things rather than measure them (code, line number, rank, year, a helper column of workings): no relation between rows holds at them.',
    ),
    additiveAverages: words.describe(
      'Header words that name a count although they hold a not-additive word (average headcount over the year: added up over regions as any count).',
    ),
    countEndings: words.describe(
      'Header endings of a count (a number of things): a column without a unit whose figures are all whole and not negative is counted, summed by a total row and required whole.',
    ),
    amountEndings: words.describe(
      'Header endings of a sum of money though they end as a count does (budget, final accounts, executed): such a column is an amount, and where the sheet states no unit, its figures are taken as rounded (a budget table in ten thousands of yuan leaves its unit out as often as not).',
    ),
    peopleEndings: words.describe(
      'Header endings of a number of people (population, staff): such a column is counted as one ending as a count is, where its bracket, if any, is a count or people unit (not full-time equivalents in person-years).',
    ),
    changeRowLabels: words.describe(
      'Row labels of a row of changes under its periods (increase, growth in per cent): its figures are no counts nor rates, and no total sums them. {year} stands for any year (compared with {year}: compared with 2021).',
    ),
    averageLabels: words.describe(
      'Row labels (or their endings) of a row of a statistic over the others (an average, the highest, the lowest, a ratio of two of them), which is never summed into a total.',
    ),
    realGrowthLabels: words.describe(
      'Row labels of a measure whose growth is published at comparable prices (value added, gross domestic product): its growth is not the change of its figures at current prices beside it.',
    ),
    currentPriceNotes: words.describe(
      'Note words saying growth is worked out at current prices: value added and GDP rows then grow as their figures do.',
    ),
    averageLabelStarts: words.describe(
      'Beginnings of row labels of an average over the rows (an average per township): the row is never summed into a total.',
    ),
    signedWords: words.describe(
      'Header words of a difference or change, a count that may be negative (net, increase).',
    ),
    missingMarkers: words.describe('Cell texts meaning "no figure", besides blanks and dashes.'),
    withheldMarkers: words.describe(
      'Cell texts meaning a figure withheld to protect respondents (×): counted in its totals though not shown, so a total may stand above the figures shown, never below them.',
    ),
    notStatedMarkers: words.describe(
      'Cell texts standing where a figure is not stated (…: not available, or no task that year): no header word, so a row of them is a row of the table; its totals are checked in no column that holds one.',
    ),
    attributeKinds: z
      .record(z.string().min(1), words)
      .optional()
      .describe(
        'Kinds of attribute an "of which" part may name (sex, age, education), each with its words. Parts naming attributes of two kinds overlap (women, and those 35 or younger), as do parts naming one and parts naming none (women, and researchers), so their sum may pass their whole: it is not checked.',
      ),
    approximate: approximateSchema.optional(),
    regions: regionsSchema.optional(),
    subjects: subjectsSchema.optional(),
    inference: inferenceSchema.optional(),
    traditional: z
      .record(z.string().length(1), z.string().length(1))
      .optional()
      .describe('Traditional characters read as their simplified form in figures and total labels.'),
  })
  .strict()
  .describe(
    'Words statlint reads sheets by. A rule file adds words to the bundled vocabulary (rules/vocabulary.json).',
  );

export type VocabularyInput = z.input<typeof vocabularySchema>;

type DeepRequired<T> = {
  [K in keyof T]-?: T[K] extends string[] | undefined
    ? string[]
    : T[K] extends Record<string, number> | undefined
      ? Record<string, number>
      : DeepRequired<NonNullable<T[K]>>;
};

/** The merged vocabulary: every list present (empty when no layer names a word). */
export type Vocabulary = DeepRequired<z.output<typeof vocabularySchema>> & { traditional: Record<string, string> };

const union = (a: string[] = [], b: string[] = []) => [...a, ...b.filter((w) => !a.includes(w))];

function mergeLists<T extends Record<string, unknown>>(
  a: T | undefined,
  b: T | undefined,
  keys: readonly string[],
): Record<string, string[]> {
  return Object.fromEntries(
    keys.map((k) => [k, union(a?.[k] as string[] | undefined, b?.[k] as string[] | undefined)]),
  );
}

const TOTAL_KEYS = [
  'words',
  'areaLevels',
  'wholeAreaPrefixes',
  'ownAreaPrefixes',
  'wholePeriodPrefixes',
  'subtotalWords',
  'levelClasses',
] as const;
const DATE_KEYS = [
  'asOf',
  'year',
  'month',
  'day',
  'periodEnds',
  'labels',
  'labelPrefixes',
  'annual',
  'periods',
] as const;
const REGION_KEYS = ['suffixes', 'oneCharacterNames', 'zoneSuffixes', 'titlePrefixEndings', 'reporterLabels'] as const;
const SUBJECT_KEYS = ['fillerWords', 'endings', 'enterpriseWords', 'organisationWords'] as const;
const INFERENCE_KEYS = [
  'totalWords',
  'rateWords',
  'changeWords',
  'declineWords',
  'differenceWords',
  'averageWords',
  'runningWords',
  'statisticWords',
  'openingWords',
  'closingWords',
  'increaseWords',
  'decreaseWords',
  'earlierWords',
] as const;
const APPROXIMATE_KEYS = ['closeTo', 'about', 'aboutAfter', 'moreThan', 'atLeast'] as const;
const LIST_KEYS = [
  'ofWhich',
  'amongEndings',
  'partMarkers',
  'operatorMarkers',
  'subtractedMarkers',
  'memoMarkers',
  'continuationWords',
  'partialListHeaders',
  'partialListNotes',
  'roundingNotes',
  'unbalancedNotes',
  'countedElsewhereWords',
  'overlappingPartsNotes',
  'comparableGrowthNotes',
  'numerals',
  'numberingLevels',
  'pageLines',
  'labelHeaders',
  'sequenceHeaders',
  'columnNumberLabels',
  'unitLabels',
  'perTimeUnits',
  'noteLabels',
  'filerLabels',
  'titleEndings',
  'attachmentLabels',
  'rateEndings',
  'shareWords',
  'changeWords',
  'notAdditiveWords',
  'identifierWords',
  'additiveAverages',
  'countEndings',
  'amountEndings',
  'peopleEndings',
  'changeRowLabels',
  'averageLabels',
  'averageLabelStarts',
  'realGrowthLabels',
  'currentPriceNotes',
  'signedWords',
  'missingMarkers',
  'withheldMarkers',
  'notStatedMarkers',
] as const;

/** A later layer's words added to an earlier vocabulary (words already there are not repeated). */
export function mergeVocabulary(base: Vocabulary | undefined, layer: z.output<typeof vocabularySchema>): Vocabulary {
  const lists = Object.fromEntries(LIST_KEYS.map((k) => [k, union(base?.[k], layer[k])]));
  return {
    ...(lists as Pick<Vocabulary, (typeof LIST_KEYS)[number]>),
    totals: mergeLists(base?.totals, layer.totals, TOTAL_KEYS) as Vocabulary['totals'],
    dates: mergeLists(base?.dates, layer.dates, DATE_KEYS) as Vocabulary['dates'],
    units: mergeLists(base?.units, layer.units, UNIT_KINDS) as Vocabulary['units'],
    approximate: mergeLists(base?.approximate, layer.approximate, APPROXIMATE_KEYS) as Vocabulary['approximate'],
    regions: mergeLists(base?.regions, layer.regions, REGION_KEYS) as Vocabulary['regions'],
    subjects: mergeLists(base?.subjects, layer.subjects, SUBJECT_KEYS) as Vocabulary['subjects'],
    inference: mergeLists(base?.inference, layer.inference, INFERENCE_KEYS) as Vocabulary['inference'],
    multipliers: { ...base?.multipliers, ...layer.multipliers },
    perPopulation: { ...base?.perPopulation, ...layer.perPopulation },
    partsOfYear: { ...base?.partsOfYear, ...layer.partsOfYear },
    attributeKinds: mergeLists(base?.attributeKinds, layer.attributeKinds, [
      ...new Set([...Object.keys(base?.attributeKinds ?? {}), ...Object.keys(layer.attributeKinds ?? {})]),
    ]),
    traditional: { ...base?.traditional, ...layer.traditional },
  };
}

/** A vocabulary without any word: what a rule set has before its first layer. */
export function emptyVocabulary(): Vocabulary {
  return mergeVocabulary(undefined, vocabularySchema.parse({}));
}
