import { statSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import * as zlib from 'node:zlib';
import type { WorkbookSnapshot } from '../core/snapshot';
import { cfbEntryNames, isCfb } from '../readers/cfb';
import { readCsv } from '../readers/read-csv';
import { limits } from '../core/limits';
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_INFLATED_BYTES, fatalProblem, readMessages, unreadableMessage } from '../readers/read-problems';
import { readXlsx } from '../readers/read-xlsx';
import { InflateLimitError, isZip, type ZipCodec } from '../readers/zip-archive';
import { exceljsPreflight } from './exceljs-preflight';
import { findInputFiles, fsPath } from './find-files';
import { fileKind, readRegularFile } from './regular-file';

export { findInputFiles };

/**
 * Input files for the command line: which files a list of paths names, and one file read into a
 * WorkbookSnapshot by its signature (zip, OLE compound file) and extension. Files are opened read-only and
 * never written. Bad input always comes back as problems, never as an exception.
 */

export interface ReadWorkbookOptions {
  /** `lean` (default): the streaming reader; `exceljs`: the reference reader. */
  reader?: 'lean' | 'exceljs';
  maxInflatedBytes?: number;
  maxCells?: number;
  /** Bytes of the input file (default limits.fileBytes). */
  maxFileBytes?: number;
}

/** Node's zlib for the lean reader (and the exceljs preflight): verifies every part (zlib.crc32, Node ≥ 20.15) and inflates natively. */
export const nodeCodec: ZipCodec = {
  crc32: typeof zlib.crc32 === 'function' ? (data, previous) => zlib.crc32(data, previous) : undefined,
  inflateRaw: (data, maxBytes, declaredSize) => {
    try {
      // An output buffer one byte larger than the declared size holds a truthful part whole: zlib's default
      // 16 KiB pieces, concatenated at the end, take twice the time and twice the memory for a large sheet.
      const chunkSize = Math.max(zlib.constants.Z_MIN_CHUNK, Math.min(declaredSize, maxBytes) + 1);
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
    } catch (e) {
      // zlib stops as soon as the output passes maxOutputLength.
      if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(String(maxBytes));
      throw e;
    }
  },
};

function failed(file: string, message: string): WorkbookSnapshot {
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

export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const maxFileBytes = options.maxFileBytes ?? limits.fileBytes;
  const onDisk = fsPath(path); // a name found in a folder that is not UTF-8 is opened by its bytes
  try {
    // Synchronous reads: the files are local, read one after another, and the async calls cost more than the reading.
    let stats: Stats;
    try {
      stats = statSync(onDisk);
    } catch {
      return failed(path, readMessages.missing);
    }
    if (stats.isDirectory()) return failed(path, readMessages.folder);
    if (!stats.isFile()) return failed(path, readMessages.notRegular(fileKind(stats)));
    if (stats.size === 0) return failed(path, readMessages.empty);
    const extension = extname(path).toLowerCase();
    // A CSV is held as text whole, so its inflation bound is its size too; a workbook's is checked while inflating.
    const sizeLimit = extension === '.csv' || extension === '.txt' ? Math.min(maxFileBytes, maxInflatedBytes) : maxFileBytes;
    if (stats.size > sizeLimit) return failed(path, readMessages.tooLargeFile(sizeLimit));
    const bytes = new Uint8Array(readRegularFile(onDisk));
    if (isCfb(bytes)) return failed(path, oleMessage(bytes, extension));
    if (isZip(bytes)) {
      if (options.reader !== 'exceljs') return readXlsx(bytes, path, { maxInflatedBytes, maxCells, codec: nodeCodec });
      const refusal = exceljsPreflight(bytes, maxInflatedBytes, nodeCodec);
      if (refusal !== undefined) return failed(path, refusal);
      // Loaded on demand: exceljs takes a quarter of a second to load, which the lean path should not pay.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readExcelJs } = require('./read-exceljs') as typeof import('./read-exceljs');
      return await readExcelJs(path, { maxCells, bytes });
    }
    if (extension === '.csv' || extension === '.txt') return readCsv(bytes, path, { maxCells });
    if (extension === '.xls') return failed(path, readMessages.legacyXls);
    if (extension === '.xlsx' || extension === '.xlsm') return failed(path, readMessages.notZip);
    return failed(path, readMessages.unknownType);
  } catch (e) {
    return failed(path, unreadableMessage(e));
  }
}
