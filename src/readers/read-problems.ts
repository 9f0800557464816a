import { limits, type LimitName } from '../core/limits';
import type { ReadProblem } from '../core/snapshot';
import { allDamageWords, damageWords } from './damage-words';

/**
 * The one-line messages every reader gives for input it cannot read. A message never repeats the file name:
 * `problemLine` puts the file, sheet and cell in front, so that the CLI and the tests print the same line.
 */

/** Thrown inside a reader when the whole file cannot be read; turned into a fatal ReadProblem at its top. */
export class UnreadableFile extends Error {}

/** Thrown when a part (a sheet, a CSV) passes one of the limits; its message names the limit. Costs that part only. */
export class LimitReached extends Error {}

/** A sheet's notes on single cells, at most limits.cellNotesPerSheet of them and one line saying how many more. */
export function capCellNotes<T extends { message: string }>(notes: T[], more: (message: string) => T): T[] {
  if (notes.length <= limits.cellNotesPerSheet) return notes;
  return [
    ...notes.slice(0, limits.cellNotesPerSheet),
    more(readMessages.moreCellNotes(notes.length - limits.cellNotesPerSheet)),
  ];
}

export const DEFAULT_MAX_INFLATED_BYTES = limits.inflatedBytes;
export const DEFAULT_MAX_CELLS = limits.cells;

export interface ReadLimits {
  /** Bytes the parts read may inflate to, in total (the zip bomb guard). */
  maxInflatedBytes: number;
  /** Non-empty cells across all sheets of one workbook. */
  maxCells: number;
}

/** 209715200 → `200 MiB`, 1536 → `1.5 KiB`. */
export function sizeText(bytes: number): string {
  const [amount, unit] =
    bytes >= 2 ** 20 ? [bytes / 2 ** 20, 'MiB'] : bytes >= 1024 ? [bytes / 1024, 'KiB'] : [bytes, 'B'];
  return `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The Chinese wording of each English message, found by the English text when a problem is printed in Chinese
 * (`problemText`): problems keep one `message`, so no reader needs to know the user's language. Messages with
 * parts from the input (a cell's text) are remembered for the run, up to a bound.
 */
const fixedZh = new Map<string, string>();
const madeZh = new Map<string, string>();

function said(en: string, zh: string): string {
  fixedZh.set(en, zh);
  return en;
}

function made(en: string, zh: string): string {
  if (madeZh.size >= 10_000) madeZh.clear();
  madeZh.set(en, zh);
  return en;
}

/** The message in Chinese, when it has Chinese wording. */
export function chineseOf(message: string): string | undefined {
  return fixedZh.get(message) ?? madeZh.get(message);
}

const KIND_ZH: Record<string, string> = {
  folder: '文件夹',
  'FIFO (named pipe)': '命名管道（FIFO）',
  socket: '套接字',
  device: '设备文件',
  'special file': '特殊文件',
};
const kindZh = (kind: string) => KIND_ZH[kind] ?? kind;

/** A limit reached, by name: `(limit cells)`, `（上限 cells）`. */
const limitEn = (name: LimitName) => `(limit ${name})`;
const limitZh = (name: LimitName) => `（上限 ${name}）`;

/** What is wrong with a damaged zip archive or one of its entries: the detail in a damaged-workbook message. */
export const zipDamage = {
  noDirectory: said('the zip directory is missing, the file is cut short', '缺少 zip 目录，文件不完整'),
  zip64: said('the zip64 end record is damaged', 'zip64 结束记录已损坏'),
  directoryPastEnd: said('the zip directory lies beyond the end of the file', 'zip 目录超出文件末尾'),
  directory: said('the zip directory is damaged', 'zip 目录已损坏'),
  header: (part: string) => made(`${part} has a damaged header`, `${part} 的文件头已损坏`),
  pastEnd: (part: string) => made(`${part} lies beyond the end of the file`, `${part} 超出文件末尾`),
  unpack: (part: string, detail: string) =>
    made(`${part} cannot be unpacked: ${detail}`, `${part} 无法解压（${zhDetail(detail)}）`),
  encrypted: (part: string) => made(`${part} is encrypted`, `${part} 已加密`),
  method: (part: string, method: number) =>
    made(`${part} uses unsupported compression method ${method}`, `${part} 使用了不支持的压缩方法 ${method}`),
  size: (part: string, produced: number, declared: number) =>
    made(
      `${part} unpacks to ${produced} bytes, not the ${declared} declared`,
      `${part} 解压后为 ${produced} 字节，与声明的 ${declared} 字节不符`,
    ),
  checksum: (part: string) => made(`${part} fails its checksum`, `${part} 校验失败`),
  /** The tokenizer's own English detail stays in English messages; in Chinese the part is named with the words. */
  xml: (part: string, detail: string) => made(`${part}: ${detail}`, `${part} 的 XML 格式错误`),
};

/** A detail in Chinese where it has Chinese wording. */
const zhDetail = (detail: string) => chineseOf(detail) ?? detail;

for (const words of allDamageWords) said(words.en, words['zh-CN']);

/** What went wrong under a library or the system, as a detail for a message: never the error's own text. */
export const errorDetail = (e: unknown): string => damageWords(e).en;

export const readMessages = {
  missing: said('no such file or folder', '文件或文件夹不存在'),
  missingNotUtf8: said(
    'no such file or folder: its name holds bytes that are not UTF-8, which the command line loses; name the folder holding it instead',
    '文件或文件夹不存在：其名称含有非 UTF-8 字节，经命令行传入后已失真；请改为指定它所在的文件夹',
  ),
  folder: said('is a folder, not a file', '是文件夹，不是文件'),
  notRegular: (kind: string) =>
    made(`is a ${kind}, not a regular file; not read`, `是${kindZh(kind)}，不是普通文件，未读取`),
  notRegularSkipped: (kind: string) =>
    made(`is a ${kind}, not a regular file; skipped`, `是${kindZh(kind)}，不是普通文件，已跳过`),
  symlinkLoop: said('is a symbolic link loop; skipped', '是循环的符号链接，已跳过'),
  unreadableFolder: (detail: string) =>
    made(`folder cannot be read (${detail}); skipped`, `文件夹无法读取（${zhDetail(detail)}），已跳过`),
  emptyFolder: said(
    'no .xlsx, .xlsm, .csv or .xls files in this folder',
    '此文件夹中没有 .xlsx、.xlsm、.csv 或 .xls 文件',
  ),
  empty: said('is empty; not read', '是空文件，未读取'),
  unknownType: said('not a workbook or CSV', '不是工作簿或 CSV 文件'),
  notZip: said('not an Excel workbook (not a zip archive)', '不是 Excel 工作簿（不是 zip 压缩包）'),
  noWorkbookPart: said('not an Excel workbook (no xl/workbook.xml)', '不是 Excel 工作簿（缺少 xl/workbook.xml）'),
  binaryWorkbook: said(
    'is a binary .xlsb workbook, not yet supported; open it in Excel and save as .xlsx',
    '二进制工作簿 .xlsb 暂不支持；请在 Excel 中打开并另存为 .xlsx',
  ),
  passwordProtected: said(
    'is password-protected; remove the password in Excel and save again',
    '设有密码保护；请在 Excel 中取消密码后重新保存',
  ),
  legacyXls: said(
    'is a legacy .xls workbook; open it in Excel and save as .xlsx',
    '是旧版 .xls 工作簿；请在 Excel 中打开并另存为 .xlsx',
  ),
  notOleWorkbook: said(
    'not an Excel workbook (an OLE compound file without a workbook stream)',
    '不是 Excel 工作簿（OLE 复合文件中没有工作簿数据）',
  ),
  damagedZip: (detail: string) =>
    made(
      `is a damaged or truncated workbook (${detail}); not read`,
      `工作簿已损坏或不完整（${zhDetail(detail)}），未读取`,
    ),
  damagedPart: (detail: string) =>
    made(`is a damaged workbook (${detail}); not read`, `工作簿已损坏（${zhDetail(detail)}），未读取`),
  tooLargeInflated: (limit: number) =>
    made(
      `archive inflates beyond ${sizeText(limit)} ${limitEn('inflatedBytes')}; not read`,
      `解压后超过 ${sizeText(limit)}${limitZh('inflatedBytes')}，未读取`,
    ),
  partTooLarge: (part: string, limit: number) =>
    made(
      `${part} inflates beyond ${sizeText(limit)} ${limitEn('partInflatedBytes')}; not read`,
      `${part} 解压后超过 ${sizeText(limit)}${limitZh('partInflatedBytes')}，未读取`,
    ),
  tooManyEntries: (limit: number) =>
    made(
      `has more than ${count(limit)} zip entries ${limitEn('zipEntries')}; not read`,
      `压缩包中的条目超过 ${count(limit)} 个${limitZh('zipEntries')}，未读取`,
    ),
  tooLargeFile: (limit: number) =>
    made(
      `is larger than ${sizeText(limit)} ${limitEn('fileBytes')}; not read`,
      `文件大于 ${sizeText(limit)}${limitZh('fileBytes')}，未读取`,
    ),
  tooManyCells: (limit: number) =>
    made(
      `has more than ${count(limit)} cells ${limitEn('cells')}; not read`,
      `单元格超过 ${count(limit)} 个${limitZh('cells')}，未读取`,
    ),
  tooManyColumns: (limit: number) =>
    made(
      `has more than ${count(limit)} columns ${limitEn('columns')}; not read`,
      `列数超过 ${count(limit)}${limitZh('columns')}，未读取`,
    ),
  tooManyMerges: (limit: number) =>
    made(
      `has more than ${count(limit)} merged ranges ${limitEn('mergesPerSheet')}; not read`,
      `合并区域超过 ${count(limit)} 个${limitZh('mergesPerSheet')}，未读取`,
    ),
  csvLineTooLong: (line: number, limit: number) =>
    made(
      `line ${line} is longer than ${count(limit)} characters ${limitEn('csvLineChars')}; not read`,
      `第 ${line} 行超过 ${count(limit)} 个字符${limitZh('csvLineChars')}，未读取`,
    ),
  formatTooLong: (length: number, limit: number) =>
    made(
      `a number format of ${count(length)} characters is longer than ${limit} ${limitEn('formatCodeChars')}; its cells are shown as General`,
      `有数字格式长 ${count(length)} 个字符，超过 ${limit}${limitZh('formatCodeChars')}，其单元格按常规格式显示`,
    ),
  moreCellNotes: (n: number) =>
    made(
      `${count(n)} more cell notes not listed ${limitEn('cellNotesPerSheet')}`,
      `另有 ${count(n)} 条单元格说明未列出${limitZh('cellNotesPerSheet')}`,
    ),
  tooManyFiles: (limit: number) =>
    made(
      `more than ${count(limit)} files ${limitEn('filesPerRun')}; the rest were not checked`,
      `文件超过 ${count(limit)} 个${limitZh('filesPerRun')}，其余未检查`,
    ),
  cannotShow: (raw: string) =>
    made(`cannot be shown in its number format; read as ${raw}`, `无法按其数字格式显示，按原值 ${raw} 读取`),
  unreadable: (detail: string) =>
    made(`cannot be read (${detail}); not read`, `无法读取（${zhDetail(detail)}），未读取`),
  failedOnContents: said(
    'cannot be read: its contents made statlint fail (please report this file); not read',
    '其内容使 statlint 出错（请报告此文件），未读取',
  ),
  checkFailed: said(
    'cannot be checked: its contents made statlint fail (please report this file); skipped',
    '其内容使 statlint 出错（请报告此文件），未能检查',
  ),
  hiddenSheet: (state: string) =>
    state === 'veryHidden'
      ? said('very hidden sheet; checked anyway', '深度隐藏的工作表，仍已检查')
      : said('hidden sheet; checked anyway', '隐藏的工作表，仍已检查'),
  chartSheet: said('chart sheet; skipped (no cells to check)', '图表工作表，已跳过（没有可核对的单元格）'),
  otherSheet: (kind: string) =>
    made(
      `${kind} sheet; skipped (not a worksheet)`,
      `${kind === 'macro' ? '宏' : kind === 'dialog' ? '对话框' : kind} 工作表，已跳过（不是普通工作表）`,
    ),
  noWorksheet: said(
    'has no worksheet, only chart or other sheets with no cells to check; not read',
    '没有普通工作表，只有图表等没有可核对单元格的工作表，未读取',
  ),
  missingSheetPart: said('its XML part is missing from the workbook; skipped', '工作簿中缺少它的 XML 部件，已跳过'),
  badSheet: (detail: string) => made(`cannot be read (${detail}); skipped`, `无法读取（${zhDetail(detail)}），已跳过`),
  notANumber: (raw: string) =>
    made(`number cell holds ${JSON.stringify(raw)}; read as text`, `数字单元格中为 ${JSON.stringify(raw)}，按文本读取`),
  cellOutsideGrid: (row: number, col: number) =>
    made(
      `a cell at row ${row}, column ${col} lies outside Excel's grid; skipped`,
      `第 ${row} 行第 ${col} 列的单元格超出 Excel 表格范围，已跳过`,
    ),
  unterminatedQuote: (line: number) =>
    made(
      `line ${line}: a quoted field is not closed; read to the end of the file`,
      `第 ${line} 行：引号未闭合，读至文件末尾`,
    ),
} as const;

/** The message of anything thrown. Errors from Node's core may come from another realm (under jest), so no `instanceof Error`. */
export function errorMessage(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}

const ENGINE_ERRORS = new Set([
  'RangeError',
  'TypeError',
  'ReferenceError',
  'SyntaxError',
  'InternalError',
  'EvalError',
  'URIError',
]);

/**
 * True for JavaScript's own errors ("Maximum call stack size exceeded", "Cannot read properties of undefined"):
 * they say where statlint failed, not what is wrong with the file, so the user is never shown them.
 */
export function isEngineError(e: unknown): boolean {
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  return typeof name === 'string' && ENGINE_ERRORS.has(name);
}

/** The fatal message for an error caught at the top of a reader. */
export function unreadableMessage(e: unknown): string {
  if (e instanceof UnreadableFile || e instanceof LimitReached) return e.message;
  return isEngineError(e) ? readMessages.failedOnContents : readMessages.unreadable(errorDetail(e));
}

export function fatalProblem(file: string, message: string): ReadProblem {
  return { file, message, fatal: true };
}
