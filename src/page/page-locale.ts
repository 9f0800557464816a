import type { Lang } from '../core/report';

/** The standalone page's words, Chinese first; `{name}` placeholders are filled by `say`. */
const STRINGS = {
  'zh-CN': {
    title: '统计表核对',
    tagline: '在浏览器中核对统计表里互相矛盾的数字。文件只在本机读取，不会上传。',
    choose: '选择文件…',
    drop: '或把 .xlsx / .csv 文件拖到这里',
    switchLang: 'English',
    reading: '正在读取 {file}…',
    checking: '正在核对 {file}：{sheet}',
    summary: '{file}：需核对 {cells} 个单元格（{findings} 条发现）',
    summaryClean: '{file}：已核对的工作表中未发现不一致',
    summaryNothing: '{file}：没有可核对的工作表',
    download: '下载标注副本（.xlsx）',
    downloadNote: '副本中可疑单元格标色并加批注，另有“核对结果”工作表；原文件不会被修改。',
    csvNoCopy: 'CSV 文件不能加批注和底色，不提供标注副本。',
    fatal: '无法读取 {file}：{message}',
    statusChecked: '已核对',
    statusNotChecked: '未核对',
    statusSkipped: '跳过',
    statusUnread: '未能读取',
    checkedWith: '{cells} 个可疑单元格',
    checkedClean: '未发现不一致',
    skippedEmpty: '没有可核对的数字表格',
    notCheckedLayout: '有数字，但未能识别表格结构（表头或数据行）',
    skippedOther: '不是普通工作表',
    unread: '文件中此表的数据已损坏或缺失',
    findingsHeading: '需核对的单元格',
    relations: '涉及的关系（{n}）',
    rowsOmitted: '…（省略 {n} 行，只显示表头和可疑单元格附近的行）',
    legendError: '可疑（错误）',
    legendWarning: '可疑（警告）',
    legendRelated: '相关单元格',
    oldBrowser:
      '此浏览器过旧，无法在本机读取文件。请使用较新版本的 Edge、Chrome、Firefox 或 360 浏览器（极速模式）打开本页。',
    failed: '核对未能完成：{message}',
    help: '用 Excel 的“另存为 .xlsx”可把 .xls 转换后再核对。',
  },
  en: {
    title: 'Statistics sheet check',
    tagline:
      'Finds figures that contradict each other in statistics sheets, in your browser. Files are read on this computer only; nothing is uploaded.',
    choose: 'Choose a file…',
    drop: 'or drop an .xlsx / .csv file here',
    switchLang: '中文',
    reading: 'Reading {file}…',
    checking: 'Checking {file}: {sheet}',
    summary: '{file}: {cells} cells to check ({findings} findings)',
    summaryClean: '{file}: no inconsistency in the sheets checked',
    summaryNothing: '{file}: no sheet could be checked',
    download: 'Download the annotated copy (.xlsx)',
    downloadNote:
      'Suspect cells are filled and carry a note, with a "Check results" sheet; the original file is not changed.',
    csvNoCopy: 'A CSV file cannot carry notes or fills; no annotated copy.',
    fatal: '{file} cannot be read: {message}',
    statusChecked: 'Checked',
    statusNotChecked: 'Not checked',
    statusSkipped: 'Skipped',
    statusUnread: 'Not read',
    checkedWith: '{cells} suspect cells',
    checkedClean: 'no inconsistency found',
    skippedEmpty: 'no table of figures to check',
    notCheckedLayout: 'figures, but the table’s layout (header or rows of figures) was not recognised',
    skippedOther: 'not a worksheet',
    unread: 'the sheet is damaged or missing in the file',
    findingsHeading: 'Cells to check',
    relations: 'Relations involved ({n})',
    rowsOmitted: '… ({n} rows left out: only the header and the rows near suspect cells are shown)',
    legendError: 'suspect (error)',
    legendWarning: 'suspect (warning)',
    legendRelated: 'related cell',
    oldBrowser:
      'This browser is too old to read files on this computer. Please open this page in a recent Edge, Chrome or Firefox.',
    failed: 'The check could not finish: {message}',
    help: 'Save an .xls workbook as .xlsx in Excel to check it.',
  },
} as const;

export type PageString = keyof (typeof STRINGS)['zh-CN'];

export function say(lang: Lang, key: PageString, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Chinese unless the browser asks for English first. */
export function browserLang(languages: readonly string[] | undefined, language: string | undefined): Lang {
  const first = (languages && languages[0]) || language || '';
  return /^en\b/i.test(first) ? 'en' : 'zh-CN';
}
