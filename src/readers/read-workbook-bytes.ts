import type { WorkbookSnapshot } from '../core/snapshot';
import { cfbEntryNames, isCfb } from './cfb';
import { readCsv } from './read-csv';
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_INFLATED_BYTES,
  fatalProblem,
  readMessages,
  unreadableMessage,
} from './read-problems';
import { readXlsx } from './read-xlsx';
import { isZip, type ZipCodec } from './zip-archive';

/**
 * One file's bytes into a WorkbookSnapshot, by signature (zip, OLE compound file) and then by the extension of its
 * name: the host-free half of reading a file, shared by the command line (src/node/read-workbook.ts, which lends
 * Node's zlib as the codec) and the standalone page (a dropped File, inflated by fflate). Never throws for bad
 * input: what cannot be read comes back as one fatal problem.
 */

export interface ReadBytesOptions {
  maxInflatedBytes?: number;
  maxCells?: number;
  /** Native checksum and inflater a host may lend; without one, fflate inflates and parts are not verified. */
  codec?: ZipCodec;
}

/** `.xlsx` for `县/表.XLSX`, '' without one; works on both separators, as a browser's File.name has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Whether a name is read as CSV text (held whole in memory, so bounded by size before reading). */
export function isCsvName(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '.csv' || extension === '.txt';
}

export function failedSnapshot(file: string, message: string): WorkbookSnapshot {
  return { file, sheets: [], problems: [fatalProblem(file, message)] };
}

/** An OLE compound file is either an encrypted .xlsx (Excel wraps those in CFB) or a legacy .xls. */
function oleMessage(bytes: Uint8Array, extension: string): string {
  let names: string[] = [];
  try {
    names = cfbEntryNames(bytes);
  } catch {
    // A damaged compound file: the extension is all there is to go on.
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return readMessages.passwordProtected;
  if (names.includes('Workbook') || names.includes('Book') || extension === '.xls') return readMessages.legacyXls;
  return readMessages.notOleWorkbook;
}

/** Reads a workbook or CSV held in memory; `name` (a path or a file name) names it in the snapshot and its problems. */
export function readWorkbookBytes(bytes: Uint8Array, name: string, options: ReadBytesOptions = {}): WorkbookSnapshot {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  try {
    if (bytes.length === 0) return failedSnapshot(name, readMessages.empty);
    const extension = extensionOf(name);
    // A CSV is held as text whole; a workbook's bound is on the parts read, checked while inflating them.
    if (isCsvName(name) && bytes.length > maxInflatedBytes)
      return failedSnapshot(name, readMessages.tooLargeFile(maxInflatedBytes));
    if (isCfb(bytes)) return failedSnapshot(name, oleMessage(bytes, extension));
    if (isZip(bytes)) return readXlsx(bytes, name, { maxInflatedBytes, maxCells, codec: options.codec });
    if (isCsvName(name)) return readCsv(bytes, name, { maxCells });
    if (extension === '.xls') return failedSnapshot(name, readMessages.legacyXls);
    if (extension === '.xlsx' || extension === '.xlsm') return failedSnapshot(name, readMessages.notZip);
    return failedSnapshot(name, readMessages.unknownType);
  } catch (e) {
    return failedSnapshot(name, unreadableMessage(e));
  }
}
