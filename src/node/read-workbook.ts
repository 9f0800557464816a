import { statSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import * as zlib from 'node:zlib';
import type { WorkbookSnapshot } from '../core/snapshot';
import { limits } from '../core/limits';
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_INFLATED_BYTES,
  readMessages,
  unreadableMessage,
} from '../readers/read-problems';
import { failedSnapshot as failed, readWorkbookBytes } from '../readers/read-workbook-bytes';
import { InflateLimitError, isZip, type ZipCodec } from '../readers/zip-archive';
import { exceljsPreflight } from './exceljs-preflight';
import { findInputFiles, fsPath } from './find-files';
import { NotRegularFile, fileKind, readRegularFile } from './regular-file';

export { findInputFiles };

/**
 * Input files for the command line: which files a list of paths names, and one file read into a WorkbookSnapshot.
 * The file system side only: what the bytes are is decided by readWorkbookBytes (host-free, shared with the
 * standalone page), to which Node lends its zlib. Files are opened read-only and never written. Bad input always
 * comes back as problems, never as an exception.
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
    const sizeLimit =
      extension === '.csv' || extension === '.txt' ? Math.min(maxFileBytes, maxInflatedBytes) : maxFileBytes;
    if (stats.size > sizeLimit) return failed(path, readMessages.tooLargeFile(sizeLimit));
    const bytes = new Uint8Array(readRegularFile(onDisk));
    if (options.reader === 'exceljs' && isZip(bytes)) {
      const preflight = exceljsPreflight(bytes, path, maxInflatedBytes, nodeCodec);
      if ('refusal' in preflight) return failed(path, preflight.refusal);
      // Loaded on demand: exceljs takes a quarter of a second to load, which the lean path should not pay.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readExcelJs } = require('./read-exceljs') as typeof import('./read-exceljs');
      const read = await readExcelJs(path, { maxCells, bytes });
      return { ...read, problems: [...preflight.problems, ...read.problems] };
    }
    return readWorkbookBytes(bytes, path, { maxInflatedBytes, maxCells, codec: nodeCodec });
  } catch (e) {
    // A path swapped for a FIFO or a device after the stat above: refused on the open descriptor.
    if (e instanceof NotRegularFile) return failed(path, readMessages.notRegular(e.kind));
    return failed(path, unreadableMessage(e));
  }
}
