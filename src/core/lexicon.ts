import { normaliseWidth, simplifiedText } from './number';
import type { UnitKind, Vocabulary } from './vocabulary';
import { UNIT_KINDS } from './vocabulary';

/**
 * The vocabulary compiled once per rule set into the patterns the readers match with. Nothing here names a word:
 * every alternative comes from the vocabulary, and the grammar around the words (brackets, digits, colons) is the
 * only thing written in code.
 */
/** What a header word says a line is, for choosing among inferred relations. */
export type InferenceWordClass =
  | 'total'
  | 'rate'
  | 'change'
  | 'decline'
  | 'difference'
  | 'average'
  | 'running'
  | 'statistic'
  | 'opening'
  | 'closing'
  | 'increase'
  | 'decrease'
  | 'earlier';

/** What a unit is: its kind, the power of ten of its multiplier (万人: 4), and the unit it multiplies (人). */
export interface UnitMeaning {
  kind: UnitKind;
  scale: number;
  base: string;
}

export interface Lexicon {
  readonly vocabulary: Vocabulary;
  /** Figure grammar: prefix · sign · digits · decimals · more · multiplier · more · % or unit · about · or more. */
  readonly figure: RegExp;
  readonly closeTo: ReadonlySet<string>;
  readonly about: ReadonlySet<string>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly missing: RegExp;
  /** A figure withheld (×): counted in its totals, not shown. */
  readonly withheld: RegExp;
  /** A figure not stated (…): no header word, though no figure either. */
  readonly notStated: RegExp;
  readonly traditional: RegExp | undefined;
  /** A bracketed unit at the end of a header: `(%)`, `(万人)`, `(单位:家)`. */
  readonly unitSuffix: RegExp;
  /** A whole cell that is a unit, optionally bracketed or after a unit label: `家`, `(万元)`, `单位:人`. */
  readonly unitCell: RegExp;
  readonly unitRow: RegExp;
  /** The header of a column stating each row's unit: `单位`, `计量单位`. */
  readonly unitHeader: RegExp;
  readonly ofWhich: RegExp;
  /** The ending of a parent header that names the column before it (新发展党员中): the name before it is the group. */
  readonly amongEnding: RegExp;
  readonly partMarker: RegExp;
  /** A statement's term line (减：营业成本). */
  readonly operatorRow: RegExp;
  /** A memo line under a table (附：民间投资). */
  readonly memoRow: RegExp;
  /** A row label that says the row is taken away from the line above it (调出量(-)). */
  readonly subtractedRow: RegExp;
  /** A continuation mark ending a sheet's name or title: 续, （续表）, (续)2, （续一）. */
  readonly continuation: RegExp;
  /** A continuation mark opening a title, before the title again or nothing (续表：2023年…, 续上表). */
  readonly continuationLead: RegExp;
  /** A label header opening with a word of a partial list (主要区县). */
  readonly partialListHeader: RegExp;
  /** A note under a table saying its rows are not all its total holds (本表仅列出主要行业). */
  readonly partialListNote: RegExp;
  /** A note under a table saying its totals were rounded apart from their parts (因四舍五入…略有差异). */
  readonly roundingNote: RegExp;
  /** A note under a table saying its closing stocks are not the opening ones plus the flows shown (未列…划出). */
  readonly unbalancedNote: RegExp;
  /** A row label saying the row is counted in another or left out of the total (原红旗乡（已并入西河镇）). */
  readonly countedElsewhere: RegExp;
  /** A note saying the sheet's growth is on a comparable basis (增长速度按可比口径计算). */
  readonly comparableGrowthNote: RegExp;
  /** A note saying the 其中 parts overlap (机电产品与高新技术产品有交叉). */
  readonly overlappingPartsNote: RegExp;
  /** Numbered row labels by level, top level first (一、 then （一） then 1.). */
  readonly numberingLevels: readonly RegExp[];
  /** A page line of a report exported page by page (第 1 页 共 3 页), compacted. */
  readonly pageLine: RegExp;
  readonly dateRow: RegExp;
  readonly bareDate: RegExp;
  readonly filer: RegExp;
  readonly title: RegExp;
  readonly note: RegExp;
  readonly total: RegExp;
  /** A total that says it is a sum (合计, 总计 …, `全市合计`): all its rows are its parts, not some of them. */
  readonly sumTotal: RegExp;
  readonly subtotal: RegExp;
  /** Two area levels or more alone (乡镇, 镇乡, 县区): before a total word, all the units of those levels. */
  readonly levelGroup: RegExp;
  /** A label naming a level of places, no place (街道, 乡镇): a group's heading. */
  readonly levelName: RegExp;
  /** A row label naming a class of the rows after it by level (国家级开发区, 省级园区). */
  readonly levelClass: RegExp;
  /** The area level a place's name ends with (锦江区 → 区, 和平路街道 → 街道). */
  readonly areaLevelEnding: RegExp;
  readonly sequenceHeader: RegExp;
  readonly labelHeader: RegExp;
  readonly rate: RegExp;
  readonly columnNumberLabel: RegExp;
  /** A header of figures a total row does not add up (人均, 平均工资), unless it names a count (平均人数). */
  readonly notAdditive: { test(header: string): boolean };
  /** A column header naming or numbering things (代码, 行次, 排名): its figures are no quantities. */
  readonly identifier: RegExp;
  /** A header that is an identifier word alone (年份, 代码; not 上年份额): a column of such labels holds no figure. */
  readonly identifierHeader: RegExp;
  /** The label of a row of changes (增减, 比上年增减, 同比增长（%）), as typed. */
  readonly changeRow: RegExp;
  /** A header ending as a count's does (新建党组织数), its unit bracket aside. */
  readonly countEnding: RegExp;
  /** A header ending as a sum of money does though as a count too (调整预算数, 执行数), its unit bracket aside. */
  readonly amountEnding: RegExp;
  /** A header ending as a number of people does (从业人员, 户籍人口), its bracket aside: the bracket is read apart. */
  readonly peopleEnding: RegExp;
  /** A header ending in a counted subject (亏损企业, 新成立社会组织), its bracket aside: it counts them. */
  readonly subjectEnding: RegExp;
  /** The kind of attribute a 其中 part's name names (attributeKinds: 女党员 → sex), if any. */
  attributeKindOf(name: string): string | undefined;
  /** A header of a difference or change: its counts may be negative. */
  readonly signed: RegExp;
  /** A row label of an average row (平均, 全市平均). */
  readonly averageLabel: RegExp;
  /** A row label of a measure whose growth is at comparable prices (工业增加值, 地区生产总值). */
  readonly realGrowth: RegExp;
  /** A note saying growth is at current prices (按现价计算): realGrowth rows are then not at comparable prices. */
  readonly currentPriceNote: RegExp;
  /** A header opening with a period after an optional year (`2020年初无党员企业数` → 2020 + 年初 + 无党员企业数). */
  readonly periodHeader: RegExp;
  /** A header that is a period word alone (本年, 上年, 上年同期): a column of one period, as a year is. */
  readonly periodWord: RegExp;
  /** A multiplier opening a bracketed unit anywhere in a header: `(万人)`, `（亿元）`. */
  readonly scaledBracket: RegExp;
  /** Region suffixes, longest first (自治县 before 县). */
  readonly regionSuffixes: readonly string[];
  /** Endings of zones named after their place (经济开发区 of 青山经济开发区), longest first. */
  readonly zoneSuffixes: readonly string[];
  /** The suffixes after which one character names a place (沛县); two characters before the others. */
  readonly oneCharacterNames: ReadonlySet<string>;
  /** A reporting-unit label opening a cell, with or without its colon. */
  readonly reporter: RegExp;
  /** A year a text names, before a year word, a date separator or the end (global). */
  readonly yearMention: RegExp;
  /** A year with its month and period end in a title (global). */
  /** A year and a word naming part of it (2025年上半年), global: its groups are the year and the word. */
  readonly partOfYear: RegExp;
  /** A row label naming a period (1-3月, 第一季度, 2024年): the rows of a running total. */
  readonly periodLabel: RegExp;
  /** The month each part-of-year word ends in (上半年 → 6). */
  readonly partsOfYear: ReadonlyMap<string, number>;
  readonly titleDate: RegExp;
  /** The region names a title starts with. */
  readonly titleRegionPrefix: RegExp;
  /** One place of such a run (安宁县 of 临川市安宁县), matched where lastIndex says (sticky). */
  readonly titlePlace: RegExp;
  /** The filler words and endings of a title that do not tell what a table is about (global). */
  readonly subjectFiller: RegExp;
  /** Whether a header counts enterprises or social organisations, by its longest word of either list. */
  kindOf(header: string): 'enterprises' | 'organisations' | undefined;
  /**
   * Header words by the kind of line they say a line is, matched anywhere in a lower-cased label (inference): one
   * pattern per kind, as it is asked of every row of a long ledger.
   */
  readonly inferenceWords: Readonly<Record<InferenceWordClass, WordMatcher>>;
  /**
   * The kind, power of ten and base of a unit as written (`万人` → people, 4, 人; a flow `万立方米/日` as its unit),
   * undefined when unknown.
   */
  unitOf(unit: string): UnitMeaning | undefined;
  /** Whether a unit is one per another (吨标准煤/万元, 元/人): its figures are ratios. A flow (万立方米/日) is none. */
  isRatioUnit(unit: string): boolean;
  /** The power of ten a rate's header says it is per (每千人口床位 → 3), undefined where it names none. */
  perPopulation(header: string): number | undefined;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Words compacted as labels are (no spaces), longest first so that 人次 wins over 人; `(?!)` when there is none. */
function alt(words: string[]): string {
  const list = [...new Set(words.map((w) => w.replace(/\s+/g, '')))].filter((w) => w !== '');
  return list.length === 0
    ? '(?!)'
    : list
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|');
}

/** A header ending in one of the words, a bracketed unit after it aside (党员数（人）). */
const endingIn = (words: string[]) =>
  new RegExp(`(?:${alt(words)})\\s*(?:[(\\uff08][^()\\uff08\\uff09]*[)\\uff09])?\\s*$`);

/** `（{numeral}）` → a pattern opening a compact label (brackets as labels are read); `3.5` is a figure, not `3.`. */
function numbering(template: string, numerals: string[]): RegExp {
  const number = { '{numeral}': `[${numerals.map(escape).join('') || '(?!)'}]+`, '{digits}': '\\d+' };
  const source = normaliseWidth(template.replace(/\s+/g, ''))
    .split(/(\{numeral\}|\{digits\})/)
    .map((part) => number[part as keyof typeof number] ?? escape(part))
    .join('');
  return new RegExp(`^${source}(?=[^\\d.])`);
}

/** Whether a text holds one of a list's words. */
export interface WordMatcher {
  test(text: string): boolean;
}

/**
 * Any of these words, lower case, spaces kept (`per ` is no `percent`); none when the list is empty. A text holding
 * none of the words' first characters is passed over without the pattern: most of a ledger's 50,000 labels, each
 * asked several times.
 */
function anyWord(words: string[]): WordMatcher {
  const list = [...new Set(words.map((w) => w.toLowerCase()))];
  const pattern = new RegExp(list.map(escape).join('|') || '(?!)');
  if (list.includes('')) return pattern;
  const firsts = new Set(list.map((w) => w.charCodeAt(0)));
  return {
    test(text) {
      for (let i = 0; i < text.length; i++) if (firsts.has(text.charCodeAt(i))) return pattern.test(text);
      return false;
    },
  };
}

const compiled = new WeakMap<Vocabulary, Lexicon>();

/** The compiled form of a vocabulary (cached: a rule set's vocabulary is compiled once). */
export function lexiconOf(v: Vocabulary): Lexicon {
  let lexicon = compiled.get(v);
  if (!lexicon) compiled.set(v, (lexicon = compile(v)));
  return lexicon;
}

function compile(v: Vocabulary): Lexicon {
  const units = new Map<string, UnitKind>();
  for (const kind of UNIT_KINDS) for (const unit of v.units[kind]) if (!units.has(unit)) units.set(unit, kind);
  const figureUnits = [...units].filter(([, kind]) => kind !== 'percent' && kind !== 'perMille').map(([u]) => u);
  const ratioUnits = [...units].filter(([, kind]) => kind === 'percent' || kind === 'perMille').map(([u]) => u);
  const multipliers = new Map(Object.entries(v.multipliers));
  const mult = alt([...multipliers.keys()]);
  // A continuation word numbered or not (续表, 续一, 续2).
  const continuationMark = `(?:${alt(v.continuationWords)})(?:[${v.numerals.map(escape).join('')}]|\\d)*`;
  const { approximate: a, dates: d, totals: t } = v;
  const figureUnit = `(?:${mult})?(?:${alt(figureUnits)})`;
  // A unit per unit (吨标准煤/万元, 元/人) is a unit too, of no kind the vocabulary lists; a flow (万立方米/日) is its unit's.
  const perTime = new RegExp(`/(?:${alt(v.perTimeUnits)})$`);
  const unit = `(?:${alt(ratioUnits)}|${figureUnit}(?:/(?:${figureUnit}|${alt(v.perTimeUnits)}))?)`;
  const unitLabel = alt(v.unitLabels);
  const unitOf = (written: string): UnitMeaning | undefined => {
    const flow = perTime.exec(written);
    if (flow) return unitOf(written.slice(0, flow.index));
    const kind = units.get(written);
    if (kind) return { kind, scale: 0, base: written };
    for (const [m, scale] of multipliers) {
      const base = written.slice(m.length);
      const baseKind = written.startsWith(m) ? units.get(base) : undefined;
      if (baseKind && baseKind !== 'percent' && baseKind !== 'perMille') return { kind: baseKind, scale, base };
    }
    return undefined;
  };
  const traditional = Object.keys(v.traditional);
  const date = `(?:\\d{4}(?:${alt(d.year)}))?(?:\\d{1,2}(?:${alt(d.month)}))?(?:\\d{1,2}(?:${alt(d.day)}))?(?:${alt(d.periodEnds)})?`;
  const totalWord = alt(t.words);
  const attributeKinds = Object.entries(v.attributeKinds);
  // Most names (a ledger's 50,000 企业名) hold none of the words: passed over by one test.
  const anyAttribute = anyWord(attributeKinds.flatMap(([, list]) => list.filter((w) => w !== '')));
  const level = alt(t.areaLevels);
  return {
    vocabulary: v,
    figure: new RegExp(
      `^(${alt([...a.closeTo, ...a.about])})?([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d+))?(${alt(a.moreThan)})?(${mult})?(${alt(a.moreThan)})?(?:(%)|(${alt(figureUnits)}))?(${alt(a.aboutAfter)})?(${alt(a.atLeast)})?$`,
    ),
    closeTo: new Set(a.closeTo),
    about: new Set(a.about),
    multipliers,
    missing: new RegExp(`^(?:[-\\u2010-\\u2015\\u2212]*|${alt(v.missingMarkers)})$`),
    withheld: new RegExp(`^(?:${alt(v.withheldMarkers)})$`),
    notStated: new RegExp(`^(?:${alt(v.notStatedMarkers)})$`),
    traditional: traditional.length > 0 ? new RegExp(`[${traditional.map(escape).join('')}]`, 'g') : undefined,
    // A bracketed unit, or a bare per cent or per mille sign (增长%).
    unitSuffix: new RegExp(`(?:\\((?:(?:${unitLabel}):)?(${unit})\\)|([%\u2030]))$`),
    unitCell: new RegExp(`^\\(?(?:(?:${unitLabel}):)?(${unit})\\)?$`),
    // A period typed after the unit in its cell (单位：名    2024年1—12月) is no part of the unit, nor its English in
    // brackets (单位：亿元 (100 million yuan)).
    unitRow: new RegExp(
      `^\\(?(?:${unitLabel}):(.*?)(?:\\([^()]*[A-Za-z][^()]*\\)?)?\\)?(?:(?:${alt(d.asOf)})?\\d{4}(?:${alt(d.year)}).*)?$`,
    ),
    unitHeader: new RegExp(`^(?:${unitLabel})$`),
    ofWhich: new RegExp(`^(?:${alt(v.ofWhich)})[:,\\u3001]?`),
    amongEnding: new RegExp(`(?:${alt(v.amongEndings)})$`),
    partMarker: new RegExp(`^(?:${alt(v.partMarkers)})`),
    operatorRow: new RegExp(`^(?:${alt(v.operatorMarkers)})[:\\uff1a]`),
    memoRow: new RegExp(`^(?:${alt(v.memoMarkers)})[:\\uff1a]`),
    subtractedRow: new RegExp(`(?:${alt(v.subtractedMarkers)})$`),
    continuation: new RegExp(`[(\\uff08]?${continuationMark}[)\\uff09]?\\d*$`),
    continuationLead: new RegExp(`^${continuationMark}:?`),
    partialListHeader: new RegExp(`^(?:${alt(v.partialListHeaders)})`),
    partialListNote: new RegExp(alt(v.partialListNotes)),
    roundingNote: new RegExp(alt(v.roundingNotes)),
    unbalancedNote: new RegExp(alt(v.unbalancedNotes)),
    countedElsewhere: new RegExp(alt(v.countedElsewhereWords)),
    comparableGrowthNote: new RegExp(alt(v.comparableGrowthNotes)),
    overlappingPartsNote: new RegExp(alt(v.overlappingPartsNotes)),
    numberingLevels: v.numberingLevels.map((template) => numbering(template, v.numerals)),
    pageLine: new RegExp(
      `^(?:${v.pageLines.map((t) => t.replace(/\s+/g, '').split('{digits}').map(escape).join('\\d+')).join('|') || '(?!)'})$`,
    ),
    dateRow: new RegExp(`^(?:${alt(d.asOf)})${date}$|^(?:${alt(d.labelPrefixes)})?(?:${alt(d.labels)}):`),
    bareDate: new RegExp(
      `^\\(?\\d{4}(?:${alt(d.year)})(?:${alt(d.annual)})?(?:\\d{1,2}(?:${alt(d.month)})(?:\\d{1,2}(?:${alt(d.day)}))?)?(?:${alt(d.periodEnds)})?\\)?$|^\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}$`,
    ),
    // 填报单位（盖章）： as forms print it.
    filer: new RegExp(`^(?:${alt(v.filerLabels)})(?:\\([^()]*\\))?:`),
    title: new RegExp(`(?:${alt(v.titleEndings)})$|^(?:${alt(v.attachmentLabels)})\\d*$`),
    note: new RegExp(`^(?:${alt(v.noteLabels)})[:：]`),
    total: new RegExp(
      `^(?:(?:${alt(t.wholeAreaPrefixes)})(?:${level})(?:${totalWord})?|(?:${alt(t.ownAreaPrefixes)})(?:${level})(?:${totalWord})|(?:${alt(t.wholePeriodPrefixes)})?(?:${totalWord}))$`,
      'i',
    ),
    sumTotal: new RegExp(`(?:${totalWord})$`, 'i'),
    subtotal: new RegExp(`^.{0,12}(?:${alt(t.subtotalWords)})$`, 'i'),
    levelGroup: new RegExp(`^(?:${level}){2,}$`),
    levelName: new RegExp(`^(?:${level})+$`),
    levelClass: new RegExp(`^(?:${alt(t.levelClasses)})`),
    areaLevelEnding: new RegExp(`(?:${level})$`),
    sequenceHeader: new RegExp(`^(?:${alt(v.sequenceHeaders)})$`, 'i'),
    labelHeader: new RegExp(`^(?:${alt(v.labelHeaders)})$`),
    // A rate ending only as the last character (a coverage rate, not a word that merely contains it).
    rate: new RegExp(`(?:${alt(v.rateEndings)})$|${alt([...v.shareWords, ...v.changeWords])}`),
    columnNumberLabel: new RegExp(`^(?:${alt(v.columnNumberLabels)})$`),
    notAdditive: notAdditiveMatcher(v.notAdditiveWords, v.additiveAverages),
    identifier: new RegExp(alt(v.identifierWords)),
    identifierHeader: new RegExp(`^(?:${alt(v.identifierWords)})$`, 'i'),
    countEnding: endingIn(v.countEndings),
    amountEnding: endingIn(v.amountEndings),
    peopleEnding: endingIn(v.peopleEndings),
    subjectEnding: endingIn([...v.subjects.enterpriseWords, ...v.subjects.organisationWords]),
    // Tested on every row's cells as typed: a unit may follow, bracketed or not (`同比增长（%）`, `同比±%`).
    // {year} in a label stands for any year (比{year}年增减: 比2021年增减).
    changeRow: new RegExp(
      `^\\s*(?:${alt(v.changeRowLabels).split(escape('{year}')).join('(?:19|20)\\d{2}')})\\s*(?:[(\\uff08][^()\\uff08\\uff09]*[)\\uff09]|[%\\uff05\\u2030])?\\s*$`,
    ),
    signed: new RegExp(alt(v.signedWords)),
    averageLabel: new RegExp(`(?:${alt(v.averageLabels)})$|^(?:${alt(v.averageLabelStarts)})`, 'i'),
    realGrowth: new RegExp(alt(v.realGrowthLabels), 'i'),
    currentPriceNote: new RegExp(alt(v.currentPriceNotes)),
    periodHeader: new RegExp(`^(?:(?:19|20)\\d{2}(?:${alt(d.year)})?)?(${alt(d.periods)})(.+)$`),
    periodWord: new RegExp(`^(?:${alt(d.periods)})$`),
    scaledBracket: new RegExp(`[（(](?:${mult})[^/（）()]*[）)]`),
    regionSuffixes: [...new Set(v.regions.suffixes.map((w) => w.replace(/\s+/g, '')))]
      .filter((w) => w !== '')
      .sort((x, y) => y.length - x.length),
    zoneSuffixes: [...new Set(v.regions.zoneSuffixes.map((w) => w.replace(/\s+/g, '')))]
      .filter((w) => w !== '')
      .sort((x, y) => y.length - x.length),
    oneCharacterNames: new Set(v.regions.oneCharacterNames.map((w) => w.replace(/\s+/g, ''))),
    reporter: new RegExp(`^(?:${alt(v.regions.reporterLabels)})[:：]?`),
    yearMention: new RegExp(`(?:19|20)\\d{2}(?=${alt(d.year)}|\\.|-|\\/|$)`, 'g'),
    partOfYear: new RegExp(`((?:19|20)\\d{2})(?:${alt(d.year)})(${alt(Object.keys(v.partsOfYear))})`, 'g'),
    periodLabel: new RegExp(
      `\\d(?:${alt(d.month)})|${alt(Object.keys(v.partsOfYear))}|^(?:19|20)\\d{2}(?:${alt(d.year)})`,
    ),
    partsOfYear: new Map(Object.entries(v.partsOfYear)),
    titleDate: new RegExp(
      `(?:19|20)\\d{2}(?:${alt(d.year)})(?:${alt([...d.annual, ...d.periodEnds])})?(?:\\d{1,2}(?:${alt(d.month)})(?:${alt(d.periodEnds)})?)?`,
      'g',
    ),
    titleRegionPrefix: new RegExp(`^(?:[\\u4e00-\\u9fa5]{1,7}?(?:${alt(v.regions.titlePrefixEndings)}))+`),
    titlePlace: new RegExp(`[\\u4e00-\\u9fa5]{1,7}?(?:${alt(v.regions.titlePrefixEndings)})`, 'y'),
    subjectFiller: new RegExp(`${alt(v.subjects.fillerWords)}|(?:${alt(v.subjects.endings)})$`, 'g'),
    inferenceWords: {
      // A total: the total and subtotal words, and the whole-area names and English words of the inference list.
      total: anyWord([...t.words, ...t.subtotalWords, ...v.inference.totalWords]),
      // A rate: the rate endings and share words, and the inference list's own.
      rate: anyWord([...v.rateEndings, ...v.shareWords, ...v.inference.rateWords]),
      change: anyWord(v.inference.changeWords),
      decline: anyWord(v.inference.declineWords),
      difference: anyWord(v.inference.differenceWords),
      average: anyWord(v.inference.averageWords),
      running: anyWord(v.inference.runningWords),
      statistic: anyWord(v.inference.statisticWords),
      opening: anyWord(v.inference.openingWords),
      closing: anyWord(v.inference.closingWords),
      increase: anyWord(v.inference.increaseWords),
      decrease: anyWord(v.inference.decreaseWords),
      earlier: anyWord(v.inference.earlierWords),
    },
    attributeKindOf(name: string) {
      if (!anyAttribute.test(name.toLowerCase())) return undefined;
      for (const [kind, list] of attributeKinds) if (list.some((w) => name.includes(w))) return kind;
      return undefined;
    },
    kindOf(header: string) {
      const text = header.replace(/\s+/g, '');
      const longest = (words: string[]) =>
        Math.max(0, ...words.filter((w) => w !== '' && text.includes(w)).map((w) => w.length));
      const [enterprises, organisations] = [longest(v.subjects.enterpriseWords), longest(v.subjects.organisationWords)];
      if (enterprises === organisations) return undefined;
      return enterprises > organisations ? 'enterprises' : 'organisations';
    },
    unitOf,
    isRatioUnit: (written) => written.includes('/') && !perTime.test(written),
    perPopulation(header: string) {
      const text = header.replace(/\s+/g, '');
      let longest = '';
      for (const word of Object.keys(v.perPopulation))
        if (word.length > longest.length && text.includes(word)) longest = word;
      return longest === '' ? undefined : v.perPopulation[longest];
    },
  };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;
const FOOTNOTE_MARKS = /(?:\[[^[\]]{1,3}\]|\(\d{1,2}\)|[*\u2460-\u2473])+$/;

/**
 * The text without the footnote marks that end it. Every mark ends in `]`, `)`, `*` or ① to ⑳: a label ending otherwise
 * (most) is not searched for where marks start, which the search tries at every character.
 */
export function dropFootnoteMarks(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const marked = last === 0x5d || last === 0x29 || last === 0x2a || (last >= 0x2460 && last <= 0x2473);
  return marked ? text.replace(FOOTNOTE_MARKS, '') : text;
}

/** Whether a label carries a footnote mark (滨海新区①) or a note under the table names it: the sheet says why. */
export function footnoted(label: string, notes: string[]): boolean {
  const name = dropFootnoteMarks(label);
  return name !== label || (name.length >= 2 && notes.some((text) => text.includes(name) || abbreviatedIn(name, text)));
}

/**
 * Whether a text names a place by its short form: three or four of its characters in order, its first and its last
 * (高新区 for 高新技术产业开发区, 综保区 for 综合保税区), as notes shorten the names of zones.
 */
function abbreviatedIn(name: string, text: string): boolean {
  if (name.length < 5) return false;
  const [first, last] = [name[0], name[name.length - 1]];
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1))
    for (const length of [3, 4]) {
      const short = text.slice(at, at + length);
      if (short.length === length && short.endsWith(last) && inOrder(short, name)) return true;
    }
  return false;
}

/** Whether a compacted text names a period and nothing more (2023年, 2024年1—6月, 上年, 上年同期). */
export function namesPeriod(text: string, lexicon: Lexicon): boolean {
  return lexicon.bareDate.test(text) || lexicon.periodWord.test(text);
}

/** Whether a row's label names a period or a change of an indicator (本年, 上年同期, 比上年增长, ±百分点). */
export function namesPeriodOrChange(text: string, lexicon: Lexicon): boolean {
  const words = lexicon.inferenceWords;
  return namesPeriod(text, lexicon) || words.change.test(text) || words.difference.test(text);
}

/** Whether every character of `short` stands in `name`, in the same order. */
export function inOrder(short: string, name: string): boolean {
  let from = 0;
  for (const c of short) {
    const at = name.indexOf(c, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

/** Whether a text is an English gloss of a Chinese one (Township under 乡镇): letters, no Chinese, under Chinese. */
export const isGlossOf = (gloss: string, text: string): boolean =>
  LATIN.test(gloss) && !HAN.test(gloss) && HAN.test(text);

/** `人数(人)Population(person)` → `人数(人)`: an English gloss after Chinese text (no lookbehind: IE11 runs the pane). */
export function dropEnglishGloss(compact: string): string {
  return englishGloss(compact) === '' ? compact : compact.replace(GLOSS_AFTER_HAN, '$1');
}

const GLOSS_AFTER_HAN = /([\u3400-\u9fff\uf900-\ufaff)])([A-Za-z][A-Za-z0-9 ().,&/-]*)$/;

/** The English gloss after Chinese text (`土地总面积Total` → `Total`), '' where there is none. */
function englishGloss(compact: string): string {
  // A gloss has letters: most labels have none, and the search for where one starts is dear on a long ledger.
  return HAN.test(compact) && LATIN.test(compact) ? (GLOSS_AFTER_HAN.exec(compact)?.[2] ?? '') : '';
}

/**
 * A row label as total words are matched: compact (no spaces), traditional characters simplified, footnote marks
 * (`全 国[5]`, `合计①`, `总计*`) and an English gloss after a Chinese label (`总计 Total`) dropped.
 */
export function totalLabelKey(compact: string, lexicon: Lexicon): string {
  const key = simplifiedText(dropFootnoteMarks(compact), lexicon);
  return dropFootnoteMarks(dropEnglishGloss(key));
}

export type LabelRole = 'region' | 'total' | 'subtotal' | 'average';

/** Whether a unit counts whole things (家, 名, 人; not 万人): a column in it holds whole counts. */
export function isCountUnit(unit: string | undefined, lexicon: Lexicon): boolean {
  const known = unit === undefined ? undefined : lexicon.unitOf(unit);
  return (known?.kind === 'count' || known?.kind === 'people') && known.scale === 0;
}

/** Whether a unit is a rate's (%, ‰, 百分点): a figure in it is a rate, not a count or an amount. */
export function isRateUnit(unit: string | undefined, lexicon: Lexicon): boolean {
  const kind = unit === undefined ? undefined : lexicon.unitOf(unit)?.kind;
  return kind === 'percent' || kind === 'perMille';
}

/** What a compact row label says the row is, by the vocabulary's total, subtotal and average words and its region names. */
export function labelRole(compact: string, lexicon: Lexicon): LabelRole {
  const key = totalLabelKey(compact, lexicon);
  // Before the totals: 全市平均 is the city's average, not its total.
  if (lexicon.averageLabel.test(key)) return 'average';
  // Glossed as a total where the Chinese names what it totals (土地总面积 Total).
  if (lexicon.total.test(key) || lexicon.total.test(englishGloss(compact))) return 'total';
  if (lexicon.subtotal.test(key)) return 'subtotal';
  // A place's own total among others (梅坪市合计 | 安桥市合计 … 全省总计), or a level's (城区街道合计 | 乡镇合计 under
  // 全县): a subtotal of its rows.
  const named = totalledName(key, lexicon);
  return named !== undefined && (namesRegion(named, lexicon) || lexicon.levelGroup.test(named)) ? 'subtotal' : 'region';
}

/** What a label's closing 合计 totals (外卖配送 of 外卖配送合计), if it names something before its total word. */
export function totalledName(key: string, lexicon: Lexicon): string | undefined {
  const word = lexicon.sumTotal.exec(key);
  return word && word.index > 0 ? key.slice(0, word.index) : undefined;
}

/**
 * Whether a row label names a place (和平区, 南市街道, 北镇市, 沛县): at least two characters before one of the
 * vocabulary's region suffixes (one before a suffix of `regions.oneCharacterNames`), and not a total. Rows of
 * enterprise types or other categories are not regions.
 */
export function namesRegion(compact: string, lexicon: Lexicon): boolean {
  const name = compact.replace(/[(（].*?[)）]/g, '');
  if (labelRole(name, lexicon) !== 'region') return false;
  return lexicon.regionSuffixes.some(
    (s) => name.endsWith(s) && name.length - s.length >= (lexicon.oneCharacterNames.has(s) ? 1 : 2),
  );
}

/** Not-additive words (平均) outside the phrases that name counts all the same (平均人数). */
function notAdditiveMatcher(words: string[], counts: string[]): { test(header: string): boolean } {
  const word = new RegExp(alt(words));
  const count = counts.length > 0 ? new RegExp(alt(counts), 'g') : undefined;
  return { test: (header) => word.test(count ? header.replace(/\s+/g, '').replace(count, '') : header) };
}
