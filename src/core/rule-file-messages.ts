import { fill } from './messages';
import type { Lang } from './report';

/**
 * Rule-file problems in the rule author's words: the one table of their messages in Chinese and English (JSON
 * syntax, schema, layers, placeholders), and how a problem is shown — file, line and column, the rule by id and
 * title, what is wrong and what to write instead. A statistician reads these, so no JSON paths and no zod wording.
 */

const messages = {
  'zh-CN': {
    notFound: '找不到这个规则文件或文件夹',
    unreadable: '无法读取（{reason}）',
    notRegular: '是{kind}，不是普通文件，已跳过',
    jsonEmpty: '文件是空的；规则文件应为 JSON，如 {"rules": []}',
    jsonEnd: '文件意外结束，应为{expected}（是否少了右括号 } 或 ]？）',
    jsonUnexpected: '此处的“{found}”不合 JSON 格式，应为{expected}',
    jsonFullWidth: '有全角{name}“{char}”，JSON 只接受半角{name}“{ascii}”（请切换到英文标点后重新输入）',
    jsonTrailingComma: '最后一项后面多了逗号“,”，JSON 不允许，请删去这个逗号',
    jsonSingleQuote: '用了单引号“\'”，JSON 的文本和字段名只能用半角双引号“"”',
    jsonComment: 'JSON 不能写注释（// 或 /* */），说明文字可写在 "description" 字段里',
    jsonMissingComma: '前一项后面缺少逗号“,”',
    jsonUnclosedString: '这个引号“"”没有配对，文本要在同一行内以半角双引号结束',
    forbiddenKey: '{subjectOf}字段名 "{key}" 不允许使用',
    missingField: '{subject}缺少 {field} 字段{gloss}',
    wrongType: '{subjectOf}{field} 应为{expected}',
    badValue: '{subjectOf}{field} 为 "{got}"，应为 {values} 之一{hint}',
    unknownField: '{subjectOf}字段 "{key}" 无法识别{hint}',
    emptyText: '{subjectOf}{field} 不能为空',
    tooFew: '{subjectOf}{field} 至少要有 {min} 项',
    tooSmallNumber: '{subjectOf}{field} 应{relation} {min}',
    badFormat: '{subjectOf}{field} 为 "{got}"，写法不对，应为{format}',
    invalid: '{subjectOf}{field} 不符合要求（{detail}）',
    oneLanguage: '{subjectOf}{field} 至少要写一种语言，如 {"zh-CN": "…"}，或直接写 "…"',
    measureRedeclared: '{subject}已在 {other} 中声明；只给它添加表头写法时，只写 id 和 aliases',
    ruleRedefined: '{subject}已在 {other} 中定义；要修改它只写 id 和要改的 {fields}，要新增规则请换一个 id',
    overrideField: '{subject}已在 {other} 中定义，后加的规则文件只能修改 {fields}，不能修改 {field}',
    switchOffUnknown: '{subject}：更早的规则文件中没有这条规则，无法关闭{hint}',
    unknownRule: '{subject}：更早的规则文件中没有这条规则，无法修改{hint}；新规则需要 title、message、severity 和 relation',
    unknownMeasure: '{subjectOf}{field} 用到未知的指标 id "{id}"{hint}',
    unknownAliasMeasure: '未知的指标 id "{id}"{hint}（只写 id 和 aliases 是给已有指标添加表头写法；新指标还要写 name 和 kind）',
    unknownPlaceholder: '{subjectOf}message 中的占位符 {placeholder} 无法识别（这类规则可用 {allowed}）{hint}',
    didYouMean: '，是否指 "{suggestion}"？',
    caseHint: '（大小写有别，应为 "{suggestion}"）',
    declareMeasure: '（新指标请在 "measures" 中声明）',
    bundledFile: '内置规则文件 {name}',
  },
  en: {
    notFound: 'no such rule file or folder',
    unreadable: 'cannot be read ({reason})',
    notRegular: 'is a {kind}, not a regular file; skipped',
    jsonEmpty: 'the file is empty; a rule file is JSON such as {"rules": []}',
    jsonEnd: 'the file ends too early; expected {expected} (a closing } or ] missing?)',
    jsonUnexpected: '"{found}" does not fit JSON here; expected {expected}',
    jsonFullWidth: 'full-width {name} "{char}": JSON accepts only the half-width {name} "{ascii}" (switch to English punctuation and retype it)',
    jsonTrailingComma: 'a comma "," after the last item: JSON does not allow it; delete this comma',
    jsonSingleQuote: 'single quote "\'": JSON text and field names take double quotes """',
    jsonComment: 'JSON has no comments (// or /* */); write notes in a "description" field',
    jsonMissingComma: 'a comma "," is missing after the previous item',
    jsonUnclosedString: 'this quote """ is not closed: text must end with a double quote on the same line',
    forbiddenKey: '{subjectOf}the field name "{key}" is not allowed',
    missingField: '{subject}missing the {field} field{gloss}',
    wrongType: '{subjectOf}{field} should be {expected}',
    badValue: '{subjectOf}{field} is "{got}"; expected one of {values}{hint}',
    unknownField: '{subjectOf}unknown field "{key}"{hint}',
    emptyText: '{subjectOf}{field} must not be empty',
    tooFew: '{subjectOf}{field} needs at least {min} items',
    tooSmallNumber: '{subjectOf}{field} should be {relation} {min}',
    badFormat: '{subjectOf}{field} is "{got}"; expected {format}',
    invalid: '{subjectOf}{field} is not valid ({detail})',
    oneLanguage: '{subjectOf}{field} needs at least one language, such as {"en": "…"}, or plain "…"',
    measureRedeclared: '{subject}already declared in {other}; to add header spellings give only id and aliases',
    ruleRedefined: '{subject}already defined in {other}; to change it give only id and the {fields} to change, or choose another id for a new rule',
    overrideField: '{subject}defined in {other}; a later rule file can change only {fields}, not {field}',
    switchOffUnknown: '{subject}no earlier rule file defines this rule, so it cannot be switched off{hint}',
    unknownRule: '{subject}no earlier rule file defines this rule, so it cannot be changed{hint}; a new rule needs title, message, severity and relation',
    unknownMeasure: '{subjectOf}{field} uses an unknown measure id "{id}"{hint}',
    unknownAliasMeasure: 'unknown measure id "{id}"{hint} (id and aliases alone add header spellings to an existing measure; a new one also needs name and kind)',
    unknownPlaceholder: '{subjectOf}unknown placeholder {placeholder} in message (this kind of rule can use {allowed}){hint}',
    didYouMean: ' (did you mean "{suggestion}"?)',
    caseHint: ' (letter case matters: "{suggestion}")',
    declareMeasure: ' (declare a new measure under "measures")',
    bundledFile: 'the bundled rule file {name}',
  },
} as const;

export type RuleProblemCode = keyof (typeof messages)['en'];

/** Words filled into the messages, in both languages. */
const words = {
  'zh-CN': {
    value: '一个值（数字、"文本"、true、false、null、[…] 或 {…}）',
    quote: '以半角双引号“"”开头的字段名',
    colon: '半角冒号“:”',
    commaOrBrace: '逗号“,”或右花括号“}”',
    commaOrBracket: '逗号“,”或右方括号“]”',
    end: '文件结束（最外层的 } 之后不应再有内容）',
    string: '文本（用半角双引号括起）',
    number: '数字',
    boolean: 'true 或 false',
    array: '列表 […]',
    object: '对象 {…}',
    greater: '大于',
    atLeast: '不小于',
    comma: '逗号',
    colonName: '冒号',
    quoteName: '引号',
    bracket: '方括号',
    brace: '花括号',
    space: '空格',
    measureId: '指标 id：以小写英文字母开头的 camelCase 名称，如 coverageRate',
    ruleId: '规则 id：不含空格的文字，如 coverage-rate',
    article: 'seeds/articles/ 中的文章文件名，如 003_5ab4eeef4033fb72.txt',
    cell: '单元格地址，如 C2（大写字母）',
    range: '单元格范围，如 B1:C1',
    baseTemplate: '含 {base} 的表头写法，如 占{base}比例',
    title: '：规则的标题，如 {"zh-CN": "…", "en": "…"}',
    message: '：发现问题时显示的说明，如 {"zh-CN": "{row}：…", "en": "…"}',
    severity: '：严重程度，error、warning 或 info',
    relation: '：规则核对的关系，如 {"kind": "ratio", …}',
    kind: '：指标类别，count（个数）、rate（比率）或 amount（金额）',
    name: '：指标的名称，如 {"zh-CN": "企业数", "en": "enterprises"}',
    aliases: '：表头写法列表，如 ["企业数", "企业户数"]',
    id: '：规则或指标的 id',
    folder: '文件夹',
    fifo: '命名管道（FIFO）',
    socket: '套接字',
    device: '设备文件',
    specialFile: '特殊文件',
    sep: '、',
  },
  en: {
    value: 'a value (a number, "text", true, false, null, […] or {…})',
    quote: 'a field name in double quotes "…"',
    colon: 'a colon ":"',
    commaOrBrace: 'a comma "," or a closing brace "}"',
    commaOrBracket: 'a comma "," or a closing bracket "]"',
    end: 'the end of the file (nothing after the outermost })',
    string: 'text (in double quotes)',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list […]',
    object: 'an object {…}',
    greater: 'greater than',
    atLeast: 'at least',
    comma: 'comma',
    colonName: 'colon',
    quoteName: 'quote',
    bracket: 'bracket',
    brace: 'brace',
    space: 'space',
    measureId: 'a measure id: a camelCase name starting with a lower-case letter, such as coverageRate',
    ruleId: 'a rule id: text without spaces, such as coverage-rate',
    article: 'an article file name in seeds/articles/, such as 003_5ab4eeef4033fb72.txt',
    cell: 'a cell address such as C2 (capital letters)',
    range: 'a cell range such as B1:C1',
    baseTemplate: 'a header with {base} in it, such as 占{base}比例',
    title: ': the rule’s title, such as {"zh-CN": "…", "en": "…"}',
    message: ': the text shown for a finding, such as {"zh-CN": "{row}：…", "en": "…"}',
    severity: ': error, warning or info',
    relation: ': the relation the rule checks, such as {"kind": "ratio", …}',
    kind: ': count, rate or amount',
    name: ': the measure’s name, such as {"zh-CN": "企业数", "en": "enterprises"}',
    aliases: ': header spellings, such as ["企业数", "企业户数"]',
    id: ': the rule’s or measure’s id',
    folder: 'folder',
    fifo: 'FIFO (named pipe)',
    socket: 'socket',
    device: 'device',
    specialFile: 'special file',
    sep: ', ',
  },
} as const;

export type WordKey = keyof (typeof words)['en'];

/** A variable of a message: text as is, a word from the table, or a list joined the language's way. */
export type ProblemVar = string | { word: WordKey } | { list: string[] } | { problem: RuleProblemCode; vars: Record<string, ProblemVar> };

/** Who the problem is about: a rule or a measure of the file, by id (and title or name) or by position. */
export interface ProblemSubject {
  kind: 'rule' | 'measure';
  index: number;
  id?: string;
  title?: Partial<Record<Lang, string>>;
}

/** A rule-file problem: the file, where in it, about which rule, and what is wrong. */
export interface RuleProblem {
  file: string;
  /** The JSON path (`$.rules[2].severity`), for tools; people get `line` and `column`. */
  path: string;
  line?: number;
  column?: number;
  subject?: ProblemSubject;
  code: RuleProblemCode;
  vars: Record<string, ProblemVar>;
}

function varText(v: ProblemVar, lang: Lang): string {
  if (typeof v === 'string') return v;
  if ('word' in v) return words[lang][v.word];
  if ('list' in v) return v.list.join(words[lang].sep);
  return problemText(v.problem, v.vars, lang);
}

function subjectText(s: ProblemSubject | undefined, lang: Lang): string {
  if (!s) return '';
  const title = s.title?.[lang] ?? s.title?.[lang === 'en' ? 'zh-CN' : 'en'];
  if (lang === 'en') return `${s.kind} ${s.id !== undefined ? `"${s.id}"` : `#${s.index + 1}`}${title ? ` (${title})` : ''}`;
  const noun = s.kind === 'rule' ? '规则' : '指标';
  return s.id !== undefined ? `${noun} "${s.id}"${title ? `（${title}）` : ''}` : `第 ${s.index + 1} ${s.kind === 'rule' ? '条规则' : '个指标'}`;
}

function problemText(code: RuleProblemCode, vars: Record<string, ProblemVar>, lang: Lang, subject?: ProblemSubject): string {
  const who = subjectText(subject, lang);
  const filled: Record<string, string> = {
    subject: who && (lang === 'en' ? `${who}: ` : who),
    subjectOf: who && (lang === 'en' ? `${who}: ` : `${who}的 `),
  };
  for (const [k, v] of Object.entries(vars)) filled[k] = varText(v, lang);
  return fill(messages[lang][code], filled);
}

/** Where in its file a problem is: `第 3 行第 15 列` / `line 3, column 15`, or '' for the file as a whole. */
export function ruleProblemPlace(p: RuleProblem, lang: Lang): string {
  if (p.line === undefined) return '';
  return lang === 'en' ? `line ${p.line}, column ${p.column}` : `第 ${p.line} 行第 ${p.column} 列`;
}

/** What is wrong and how to fix it, without the file and place. */
export function ruleProblemText(p: RuleProblem, lang: Lang = 'zh-CN'): string {
  return problemText(p.code, p.vars, lang, p.subject);
}

/** One line: `mine.json 第 3 行第 15 列：规则 "coverage-rate"（…）缺少 message 字段`, or in English with --lang en. */
export function formatRuleProblem(p: RuleProblem, lang: Lang = 'zh-CN'): string {
  const place = ruleProblemPlace(p, lang);
  const where = place === '' ? '' : lang === 'en' ? `, ${place}` : ` ${place}`;
  return `${p.file}${where}${lang === 'en' ? ': ' : '：'}${ruleProblemText(p, lang)}`;
}

/** Levenshtein distance with adjacent swaps counted once, for "did you mean". */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known word nearest to a misspelt one (case aside first), if near enough to be a typo (a third of it, at most 3 edits). */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && best !== word && bestDistance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}

/** `，是否指 "covered"？` when a known word is near, else the fallback (or nothing). */
export function suggestion(word: string, known: Iterable<string>, fallback?: ProblemVar): ProblemVar {
  const near = nearest(word, known);
  if (near === undefined) return fallback ?? '';
  return { problem: near.toLowerCase() === word.toLowerCase() ? 'caseHint' : 'didYouMean', vars: { suggestion: near } };
}

/** A gloss of a field a rule author is told is missing, when the table has one. */
export function fieldGloss(field: string): ProblemVar {
  return field in words.en && ['title', 'message', 'severity', 'relation', 'kind', 'name', 'aliases', 'id'].includes(field) ? { word: field as WordKey } : '';
}

/** Names of full-width punctuation, for the hint. */
export function fullWidthName(ch: string): WordKey {
  if (ch === '，') return 'comma';
  if (ch === '：') return 'colonName';
  if ('“”‘’'.includes(ch)) return 'quoteName';
  if ('【】［］'.includes(ch)) return 'bracket';
  if ('｛｝'.includes(ch)) return 'brace';
  return 'space';
}
