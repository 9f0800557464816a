import { limits } from '../core/limits';
import type { ReadProblem, WorkbookSnapshot } from '../core/snapshot';
import {
  DEFAULT_MAX_CELLS,
  LimitReached,
  capCellNotes,
  fatalProblem,
  readMessages,
  unreadableMessage,
} from './read-problems';
import { CellBudget, SheetBuilder } from './sheet-builder';

/**
 * CSV as one sheet named after the file. Chinese offices save CSV from Excel or WPS as UTF-8 (with or without
 * BOM), UTF-16 (Excel's "Unicode text") or GBK (the ANSI code page of Chinese Windows), so all are read. Values
 * stay strings exactly as typed: the number reader interprets them, as it does text cells of a workbook.
 */

const SEPARATORS = [',', '\t', ';'] as const;
const SNIFF_CHARS = 64 * 1024;
const SNIFF_RECORDS = 10;

/**
 * UTF-16 without a byte order mark, by its zero bytes: text never holds NUL, but the separators, digits and line
 * breaks of a UTF-16 CSV are ASCII, whose high byte is zero (second in little-endian, first in big-endian).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  let [even, odd] = [0, 0];
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd >= units / 10 && even === 0) return 'utf-16le';
  if (even >= units / 10 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Text of a CSV file: a BOM decides; then UTF-16 by its zero bytes; UTF-8 when the bytes are valid UTF-8, else GBK. */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * RFC 4180 records, handed to `onRecord` one at a time so that a long file is never held as records: quoted
 * fields may hold separators, doubled quotes and line breaks; CRLF, LF or CR end a record. `onRecord` returns
 * false to stop. Returns the 1-based line where a quoted field opened and never closed, if one did.
 */
export function forEachCsvRecord(
  text: string,
  separator: string,
  onRecord: (fields: string[], index: number) => boolean | void,
): number | undefined {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let record: string[] = [];
  let index = 0;
  let line = 1;
  let i = 0;
  let unterminatedAt: number | undefined;
  while (i < n) {
    let field = '';
    if (text.charCodeAt(i) === 34 /* " */) {
      const openedAt = line;
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote < 0) {
          unterminatedAt = openedAt;
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          field += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      for (let k = i; k < j; k++) if (text.charCodeAt(k) === 10) line++;
      i = j;
    }
    // Unquoted text, or anything typed after a closing quote, runs to the separator or the line end.
    let j = i;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === sep || ch === 10 || ch === 13) break;
      j++;
    }
    field += text.slice(i, j);
    record.push(field);
    i = j;
    if (i >= n) break;
    const ch = text.charCodeAt(i);
    i++;
    if (ch === sep) {
      if (i === n) record.push('');
      continue;
    }
    if (ch === 13 && text.charCodeAt(i) === 10) i++;
    line++;
    if (onRecord(record, index++) === false) return unterminatedAt;
    record = [];
  }
  if (record.length > 0) onRecord(record, index);
  return unterminatedAt;
}

/** The first `maxRecords` records as arrays. */
export function parseCsv(text: string, separator: string, maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  forEachCsvRecord(text, separator, (fields) => records.push(fields) < maxRecords);
  return records;
}

/** The separator that splits the first records into the same number of fields, the most fields winning. */
export function sniffSeparator(text: string): string {
  const sample = text.slice(0, SNIFF_CHARS);
  let best: { separator: string; fields: number; consistent: boolean } = {
    separator: ',',
    fields: 1,
    consistent: false,
  };
  for (const separator of SEPARATORS) {
    const records = parseCsv(sample, separator, SNIFF_RECORDS + 1);
    // The last record of a cut sample may be partial; blank lines say nothing.
    const counts = records
      .slice(0, sample.length < text.length ? -1 : undefined)
      .filter((r) => r.length > 1 || r[0] !== '')
      .map((r) => r.length);
    if (counts.length === 0) continue;
    const fields = Math.max(...counts);
    const consistent = counts.every((c) => c === counts[0]);
    if (fields > 1 && ((consistent && !best.consistent) || (consistent === best.consistent && fields > best.fields))) {
      best = { separator, fields, consistent };
    }
  }
  return best.separator;
}

/** The file's name without folders and extension: the sheet name of a CSV. */
export function csvSheetName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The first line longer than `limit` characters (1-based), if any: found in one pass before parsing. */
function overlongLine(text: string, limit: number): number | undefined {
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    if (i - start > limit) return line;
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    line++;
  }
  return text.length - start > limit ? line : undefined;
}

export function readCsv(bytes: Uint8Array, file: string, options: { maxCells?: number } = {}): WorkbookSnapshot {
  const sheetName = csvSheetName(file);
  try {
    const text = decodeCsvText(bytes);
    const longLine = overlongLine(text, limits.csvLineChars);
    if (longLine !== undefined) throw new LimitReached(readMessages.csvLineTooLong(longLine, limits.csvLineChars));
    const builder = new SheetBuilder(sheetName, new CellBudget(options.maxCells ?? DEFAULT_MAX_CELLS));
    const unterminatedAt = forEachCsvRecord(text, sniffSeparator(text), (fields, row) =>
      fields.forEach((field, col) => builder.add(row, col, field, 'General')),
    );
    const problems: ReadProblem[] = capCellNotes(
      builder.problems.map((p) => ({ file, sheet: sheetName, ...p })),
      (message) => ({ file, sheet: sheetName, message }),
    );
    if (unterminatedAt !== undefined)
      problems.push({ file, sheet: sheetName, message: readMessages.unterminatedQuote(unterminatedAt) });
    return { file, sheets: [builder.build()], problems };
  } catch (e) {
    // A CSV is one sheet: past a limit it is not read, named as the sheet it would have been.
    if (e instanceof LimitReached)
      return { file, sheets: [], problems: [{ file, sheet: sheetName, message: e.message, unreadSheet: 'limit' }] };
    return { file, sheets: [], problems: [fatalProblem(file, unreadableMessage(e))] };
  }
}
