import type { Lang } from '../core/report';
import type { ReadProblem, UnreadSheetReason } from '../core/snapshot';
import { chineseOf } from './read-problems';

/**
 * A read problem as the one line the CLI prints and the tests assert: file, sheet and cell in front of the message,
 * in the user's language, with anything that could write to the terminal escaped.
 */

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
    return (
      NAMED_ESCAPES[c] ??
      (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}

/** Why a worksheet was not read, in Chinese: the CLI speaks Chinese by default, and these make it exit 2. */
const UNREAD_SHEET_ZH: Record<Exclude<UnreadSheetReason, 'limit'>, string> = {
  checksum: '的数据已损坏（压缩数据校验失败），未能读取',
  damaged: '的数据已损坏（无法解压），未能读取',
  xml: '的数据已损坏（XML 格式错误），未能读取',
  missing: '的数据缺失（工作簿中没有它的 XML 部件），未能读取',
  checkFailed: '的内容使 statlint 出错（请报告此文件），未能检查',
};

/**
 * The problem line in the user's language, e.g. `report.xlsx: 工作表 "表1" 的数据已损坏（压缩数据校验失败），未能读取`
 * or `report.xlsx: 工作表 "表1": 单元格 C5: 数字单元格中为 "abc"，按文本读取`; in English it is `problemLine`.
 */
export function problemText(p: ReadProblem, lang: Lang): string {
  if (lang !== 'zh-CN') return problemLine(p);
  if (p.unreadSheet !== undefined && p.unreadSheet !== 'limit') {
    const sheet = `工作表 "${p.sheet ?? ''}" ${UNREAD_SHEET_ZH[p.unreadSheet]}`;
    return printable(p.file === undefined ? sheet : `${p.file}: ${sheet}`);
  }
  const where: string[] = [];
  if (p.file !== undefined) where.push(p.file);
  if (p.sheet !== undefined) where.push(`工作表 "${p.sheet}"`);
  if (p.cell !== undefined) where.push(`单元格 ${p.cell}`);
  return printable([...where, chineseOf(p.message) ?? p.message].join(': '));
}

/** `report.xlsx: sheet "表1": cell B3: message` — the line the CLI prints and the tests assert. */
export function problemLine(p: ReadProblem): string {
  const where: string[] = [];
  if (p.file !== undefined) where.push(p.file);
  if (p.sheet !== undefined) where.push(`sheet "${p.sheet}"`);
  if (p.cell !== undefined) where.push(`cell ${p.cell}`);
  return printable([...where, p.message].join(': '));
}
