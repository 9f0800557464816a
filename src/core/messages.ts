import type { Lang } from './report';

/** The core's own phrases (rule titles and finding messages come from the rule files). */
const phrases = {
  'zh-CN': {
    noColumn: '表中没有“{measure}”列（可识别的表头：{aliases}）',
    unlessPresent: '表中有“{measure}”列，由更具体的规则检查',
    noTotalRows: '表中没有合计行',
    noPartGroups: '表中没有“其中”分项',
    noCompleteBreakdown: '没有完整的分项（如 {sets}）',
    noShareColumns: '表中没有“占…比例”列',
    noRatioRules: '没有适用的比率规则',
    noColumns: '表中没有适用的列',
    noBase: '找不到基数列“{base}”',
    averaged: '（合计行的比率似为各行比率的平均数 {average}，应由合计数重新计算）',
    bindingChosen: '“{measure}”可对应 {columns} 列，选用 {chosen} 列（{agree}/{rows} 行一致）',
    notNumber: '“{text}”不是数值',
    sumOf: '{count} 行之和',
    wholeNumber: '非负整数',
    unknownPlaceholder: '规则“{rule}”的消息（{lang}）中有未知占位符 {placeholder}；{kind} 关系可用的占位符：{known}',
    noRowMeets: '没有满足适用条件的行（{condition}）',
    conditionAnd: ' 且 ',
    conditionOr: ' 或 ',
    conditionNot: '并非（{condition}）',
    factRowKind: '行类型',
    factLabel: '行标签',
  },
  en: {
    noColumn: 'no column for “{measure}” (headers recognised: {aliases})',
    unlessPresent: 'the sheet has a “{measure}” column; a more specific rule checks it',
    noTotalRows: 'the sheet has no total row',
    noPartGroups: 'the sheet has no “of which” (其中) parts',
    noCompleteBreakdown: 'no complete breakdown (such as {sets})',
    noShareColumns: 'the sheet has no “share of …” (占…比例) column',
    noRatioRules: 'no ratio rule applies',
    noColumns: 'the sheet has no column this rule reads',
    noBase: 'no base column “{base}”',
    averaged: ' (the total row’s rate looks like the average of the rows’ rates, {average}; recompute it from the total counts)',
    bindingChosen: '“{measure}” matches columns {columns}; column {chosen} is used ({agree} of {rows} rows agree)',
    notNumber: '“{text}” is not a number',
    sumOf: 'sum of {count} rows',
    wholeNumber: 'a non-negative whole number',
    unknownPlaceholder: 'rule "{rule}": unknown placeholder {placeholder} in its {lang} message; a {kind} relation fills {known}',
    noRowMeets: 'no row meets the rule’s condition ({condition})',
    conditionAnd: ' and ',
    conditionOr: ' or ',
    conditionNot: 'not ({condition})',
    factRowKind: 'row kind',
    factLabel: 'row label',
  },
} as const;

export type PhraseKey = keyof (typeof phrases)['en'];

/** Fills `{name}` placeholders; unknown names are left as written so a rule author sees the typo. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : whole));
}

export function phrase(lang: Lang, key: PhraseKey, vars: Record<string, string> = {}): string {
  return fill(phrases[lang][key], vars);
}
