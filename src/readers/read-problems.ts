import type { Lang } from '../core/report';
import type { ReadProblem, UnreadSheetReason } from '../core/snapshot';

/**
 * The one-line messages every reader gives for input it cannot read. A message never repeats the file name:
 * `problemLine` puts the file, sheet and cell in front, so that the CLI and the tests print the same line.
 */

/** Thrown inside a reader when the whole file cannot be read; turned into a fatal ReadProblem at its top. */
export class UnreadableFile extends Error {}

export const DEFAULT_MAX_INFLATED_BYTES = 200 * 2 ** 20;
export const DEFAULT_MAX_CELLS = 5_000_000;

export interface ReadLimits {
  /** Bytes the parts read may inflate to, in total (the zip bomb guard). */
  maxInflatedBytes: number;
  /** Non-empty cells across all sheets of one workbook. */
  maxCells: number;
}

/** 209715200 → `200 MiB`, 1536 → `1.5 KiB`. */
function sizeText(bytes: number): string {
  const [amount, unit] = bytes >= 2 ** 20 ? [bytes / 2 ** 20, 'MiB'] : bytes >= 1024 ? [bytes / 1024, 'KiB'] : [bytes, 'B'];
  return `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;
}

export const readMessages = {
  missing: 'no such file or folder',
  folder: 'is a folder, not a file',
  notRegular: (kind: string) => `is a ${kind}, not a regular file; not read`,
  notRegularSkipped: (kind: string) => `is a ${kind}, not a regular file; skipped`,
  symlinkLoop: 'is a symbolic link loop; skipped',
  unreadableFolder: (detail: string) => `folder cannot be read (${detail}); skipped`,
  emptyFolder: 'no .xlsx, .xlsm, .csv or .xls files in this folder',
  empty: 'is empty; not read',
  unknownType: 'not a workbook or CSV',
  notZip: 'not an Excel workbook (not a zip archive)',
  noWorkbookPart: 'not an Excel workbook (no xl/workbook.xml)',
  binaryWorkbook: 'is a binary .xlsb workbook; open it in Excel and save as .xlsx',
  passwordProtected: 'is password-protected; remove the password in Excel and save again',
  legacyXls: 'is a legacy .xls workbook; open it in Excel and save as .xlsx',
  notOleWorkbook: 'not an Excel workbook (an OLE compound file without a workbook stream)',
  damagedZip: (detail: string) => `is a damaged or truncated workbook (${detail}); not read`,
  damagedPart: (detail: string) => `is a damaged workbook (${detail}); not read`,
  tooLargeInflated: (limit: number) => `archive inflates beyond ${sizeText(limit)}; not read`,
  tooLargeFile: (limit: number) => `is larger than ${sizeText(limit)}; not read`,
  tooManyCells: (limit: number) => `has more than ${limit.toLocaleString('en-US')} cells; not read`,
  unreadable: (detail: string) => `cannot be read (${detail}); not read`,
  failedOnContents: 'cannot be read: its contents made statlint fail (please report this file); not read',
  checkFailed: 'cannot be checked: its contents made statlint fail (please report this file); skipped',
  hiddenSheet: (state: string) => `${state === 'veryHidden' ? 'very hidden' : 'hidden'} sheet; checked anyway`,
  chartSheet: 'chart sheet; skipped (no cells to check)',
  otherSheet: (kind: string) => `${kind} sheet; skipped (not a worksheet)`,
  missingSheetPart: 'its XML part is missing from the workbook; skipped',
  badSheet: (detail: string) => `cannot be read (${detail}); skipped`,
  notANumber: (raw: string) => `number cell holds ${JSON.stringify(raw)}; read as text`,
  cellOutsideGrid: (row: number, col: number) => `a cell at row ${row}, column ${col} lies outside Excel's grid; skipped`,
  unterminatedQuote: (line: number) => `line ${line}: a quoted field is not closed; read to the end of the file`,
} as const;

/** The message of anything thrown. Errors from Node's core may come from another realm (under jest), so no `instanceof Error`. */
export function errorMessage(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}

const ENGINE_ERRORS = new Set(['RangeError', 'TypeError', 'ReferenceError', 'SyntaxError', 'InternalError', 'EvalError', 'URIError']);

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
  if (e instanceof UnreadableFile) return e.message;
  return isEngineError(e) ? readMessages.failedOnContents : readMessages.unreadable(errorMessage(e));
}

export function fatalProblem(file: string, message: string): ReadProblem {
  return { file, message, fatal: true };
}

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name, sheet name or cell text made safe for one line of a terminal: control characters (ESC starts a
 * terminal escape sequence, a newline would split a one-line message), line separators and bidirectional
 * overrides are written as `\n`, `\x1b`, `\u202e`. Everything else, Chinese included, is left as it is.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return NAMED_ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** Why a worksheet was not read, in Chinese: the CLI speaks Chinese by default, and these make it exit 2. */
const UNREAD_SHEET_ZH: Record<UnreadSheetReason, string> = {
  checksum: '的数据已损坏（压缩数据校验失败），未能读取',
  damaged: '的数据已损坏（无法解压），未能读取',
  xml: '的数据已损坏（XML 格式错误），未能读取',
  missing: '的数据缺失（工作簿中没有它的 XML 部件），未能读取',
  checkFailed: '的内容使 statlint 出错（请报告此文件），未能检查',
};

/**
 * The problem line in the user's language: so far only an unread sheet has its Chinese wording, e.g.
 * `report.xlsx: 工作表 "表1" 的数据已损坏（压缩数据校验失败），未能读取`; the rest reads as `problemLine`.
 */
export function problemText(p: ReadProblem, lang: Lang): string {
  if (lang !== 'zh-CN' || p.unreadSheet === undefined) return problemLine(p);
  const sheet = `工作表 "${p.sheet ?? ''}" ${UNREAD_SHEET_ZH[p.unreadSheet]}`;
  return printable(p.file === undefined ? sheet : `${p.file}: ${sheet}`);
}

/** `report.xlsx: sheet "表1": cell B3: message` — the line the CLI prints and the tests assert. */
export function problemLine(p: ReadProblem): string {
  const where: string[] = [];
  if (p.file !== undefined) where.push(p.file);
  if (p.sheet !== undefined) where.push(`sheet "${p.sheet}"`);
  if (p.cell !== undefined) where.push(`cell ${p.cell}`);
  return printable([...where, p.message].join(': '));
}
