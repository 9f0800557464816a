import { fill } from '../messages';
import type { Lang } from '../report';

/** The cross-table checks' own phrases: how tables were paired, and who is blamed (rule messages come from rule files). */
const phrases = {
  'zh-CN': {
    blame: '；{cell} 与其所在表的其他数据也不一致，疑为此处有误',
    noBlame: '；两表各自的数据均自洽，请核实哪一方有误',
    ledgerBlame: '；台账逐户登记，疑为汇总表有误',
    reporter: '填报单位',
    title: '标题',
    fileName: '文件名',
    matched: '{lower} [{lowerSheet}] 合计行 {lowerRow} → {upper} [{upperSheet}] 第 {row} 行“{label}”（地区名取自{by}“{text}”）；比较：{measures}',
    notMatched: '{file} 未对应到 {upper} [{sheet}] 的任何一行：填报单位、标题和文件名中都没有该表某行的地区名',
    ambiguous: '{file} 同时对应 {upper} [{sheet}] 的 {labels} 等行，未比较',
    noLowerSheet: '{file} 没有与 {upper} [{sheet}] 有相同指标且有合计行的工作表，未比较',
    otherPeriod: '{file} 的时期（{mine}）与 {upper} [{sheet}]（{theirs}）不同，未比较',
    otherSubject: '{file} 的表题“{mine}”与 {upper} [{sheet}] 的“{theirs}”不是同一种表，未比较',
    rowsWithout: '{upper} [{sheet}] 中 {n} 行没有对应的工作簿：{labels}',
    systematic: '{file} [{sheet}] 的“{measure}”与对应表 {of} 处比较中 {n} 处不一致，似为统计口径不同而非个别错误，未列为发现',
    tooLarge: '输入共超过 {n} 个单元格，未做表间核对（可分批核对各文件夹）',
    noUpper: '未发现上下级表（没有哪张表的多行对应到其他工作簿），未做上下级表间核对',
    ledgerMatched: '{file} [{summary}] ← [{ledger}]：按“{header}”列对应 {n} 个地区；比较：{measures}',
    ledgerUnmatched: '{file} [{ledger}] 中 {n} 行的地区在 [{summary}] 中没有对应行：{labels}',
    ledgerNoRegion: '{file} [{ledger}] 没有地区列（{headers}），未与 [{summary}] 比较',
    ledgerFew: '{file} [{ledger}] 的地区与 [{summary}] 的行对应不到一半，未比较',
    ledgerRows: '[{sheet}] 中{region}的行',
    ledgerAllRows: '[{sheet}] 中全部行',
    ledgerAllRowsWhere: '[{sheet}] 中“{column}”为{values}的行',
    ledgerAllSum: '[{sheet}] 中“{column}”之和',
    ledgerRowsWhere: '[{sheet}] 中{region}且“{column}”为{values}的行',
    ledgerSum: '[{sheet}] 中{region}的“{column}”之和',
    regionIs: '“{header}”为“{region}”',
    listSeparator: '、',
  },
  en: {
    blame: '; {cell} also disagrees with the rest of its own table, so it is the likely error',
    noBlame: '; each table agrees with itself: check which one is wrong',
    ledgerBlame: '; the ledger lists every enterprise, so the summary is the likely error',
    reporter: 'the reporting unit',
    title: 'the title',
    fileName: 'the file name',
    matched: '{lower} [{lowerSheet}] total row {lowerRow} → {upper} [{upperSheet}] row {row} “{label}” (region from {by} “{text}”); compared: {measures}',
    notMatched: '{file} matches no row of {upper} [{sheet}]: no row’s region is named in its reporting unit, title or file name',
    ambiguous: '{file} matches several rows of {upper} [{sheet}] ({labels}); not compared',
    noLowerSheet: '{file} has no sheet with a total row and the measures of {upper} [{sheet}]; not compared',
    otherPeriod: '{file} covers another period ({mine}) than {upper} [{sheet}] ({theirs}); not compared',
    otherSubject: '{file} is titled “{mine}”, another kind of table than {upper} [{sheet}] (“{theirs}”); not compared',
    rowsWithout: '{upper} [{sheet}]: {n} rows have no workbook: {labels}',
    systematic: '{file} [{sheet}]: “{measure}” disagrees in {n} of {of} comparisons, which looks like a different definition rather than slips; not reported',
    tooLarge: 'the input holds more than {n} cells; tables were not compared with each other (check folders in batches)',
    noUpper: 'no upper table found (no sheet whose rows match other workbooks); tables of two levels not compared',
    ledgerMatched: '{file} [{summary}] ← [{ledger}]: {n} regions matched by column “{header}”; compared: {measures}',
    ledgerUnmatched: '{file} [{ledger}]: {n} rows name a region with no row in [{summary}]: {labels}',
    ledgerNoRegion: '{file} [{ledger}] has no region column ({headers}); not compared with [{summary}]',
    ledgerFew: '{file} [{ledger}]: fewer than half its regions match rows of [{summary}]; not compared',
    ledgerRows: 'rows of [{sheet}] with {region}',
    ledgerAllRows: 'all rows of [{sheet}]',
    ledgerAllRowsWhere: 'rows of [{sheet}] with “{column}” {values}',
    ledgerAllSum: 'the sum of “{column}” in [{sheet}]',
    ledgerRowsWhere: 'rows of [{sheet}] with {region} and “{column}” {values}',
    ledgerSum: 'the sum of “{column}” in rows of [{sheet}] with {region}',
    regionIs: '“{header}” = “{region}”',
    listSeparator: ', ',
  },
} as const;

export type CrossPhrase = keyof (typeof phrases)['en'];

export function crossPhrase(lang: Lang, key: CrossPhrase, vars: Record<string, string | number> = {}): string {
  return fill(phrases[lang][key], Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)])));
}

/** A figure as a finding states it: at most the decimals either cell shows, no float noise. */
export function figureText(value: number, decimals: number): string {
  return String(Number(value.toFixed(Math.max(0, Math.min(decimals, 10)))));
}
