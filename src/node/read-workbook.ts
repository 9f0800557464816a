import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import * as zlib from 'node:zlib';
import type { ReadProblem, WorkbookSnapshot } from '../core/snapshot';
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_INFLATED_BYTES, errorMessage, fatalProblem, readMessages, unreadableMessage } from '../readers/read-problems';
import { failedSnapshot as failed, isCsvName, readWorkbookBytes } from '../readers/read-workbook-bytes';
import { InflateLimitError, ZipFormatError, isZip, readZipDirectory, type ZipCodec } from '../readers/zip-archive';
import { fileKind, readRegularFile } from './regular-file';

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
}

const TAKEN_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.xls']);

/** Node's zlib for the lean reader: verifies every part (zlib.crc32, Node ≥ 20.15) and inflates natively. */
const nodeCodec: ZipCodec = {
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

/**
 * exceljs inflates the whole package itself, so the bound can only be checked against the declared sizes
 * before handing it over; the lean reader also counts while inflating.
 */
function exceljsPreflight(bytes: Uint8Array, maxInflatedBytes: number): string | undefined {
  try {
    const entries = readZipDirectory(bytes);
    if (!entries.has('xl/workbook.xml')) return entries.has('xl/workbook.bin') ? readMessages.binaryWorkbook : readMessages.noWorkbookPart;
    let declared = 0;
    for (const entry of entries.values()) declared += entry.size;
    return declared > maxInflatedBytes ? readMessages.tooLargeInflated(maxInflatedBytes) : undefined;
  } catch (e) {
    if (e instanceof ZipFormatError) return readMessages.damagedZip(e.message);
    throw e;
  }
}

export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookSnapshot> {
  const maxInflatedBytes = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  try {
    // Synchronous reads: the files are local, read one after another, and the async calls cost more than the reading.
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      return failed(path, readMessages.missing);
    }
    if (stats.isDirectory()) return failed(path, readMessages.folder);
    if (!stats.isFile()) return failed(path, readMessages.notRegular(fileKind(stats)));
    if (stats.size === 0) return failed(path, readMessages.empty);
    // Refused by its size before it is read into memory (readWorkbookBytes would refuse it after).
    if (isCsvName(path) && stats.size > maxInflatedBytes) return failed(path, readMessages.tooLargeFile(maxInflatedBytes));
    const bytes = new Uint8Array(readRegularFile(path));
    if (options.reader === 'exceljs' && isZip(bytes)) {
      const refusal = exceljsPreflight(bytes, maxInflatedBytes);
      if (refusal !== undefined) return failed(path, refusal);
      // Loaded on demand: exceljs takes a quarter of a second to load, which the lean path should not pay.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readExcelJs } = require('./read-exceljs') as typeof import('./read-exceljs');
      return await readExcelJs(path, { maxCells });
    }
    return readWorkbookBytes(bytes, path, { maxInflatedBytes, maxCells, codec: nodeCodec });
  } catch (e) {
    return failed(path, unreadableMessage(e));
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The files a list of paths names: files as given, folders searched recursively (in name order) for .xlsx,
 * .xlsm, .csv and .xls, skipping Excel's `~$` lock files and hidden (dot) files and folders.
 */
export function findInputFiles(paths: string[]): { files: string[]; problems: ReadProblem[] } {
  const files: string[] = [];
  const problems: ReadProblem[] = [];
  const seenFolders = new Set<string>();

  const walk = (folder: string): number => {
    let entries: Dirent[];
    try {
      const real = realpathSync(folder);
      if (seenFolders.has(real)) return 0; // a symbolic link back up the tree: that folder is searched once, no harm
      seenFolders.add(real);
      entries = readdirSync(folder, { withFileTypes: true }).sort(byName);
    } catch (e) {
      // One folder the user may not open must not hide the rest of the tree.
      problems.push({ file: folder, message: readMessages.unreadableFolder(errorMessage(e)) });
      return 0;
    }
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith('~$') || entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      let stats: Stats | Dirent = entry;
      if (entry.isSymbolicLink()) {
        try {
          stats = statSync(full);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ELOOP') problems.push({ file: full, message: readMessages.symlinkLoop });
          continue; // else a dangling link
        }
      }
      if (stats.isDirectory()) found += walk(full);
      else if (!TAKEN_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
      else if (!stats.isFile()) problems.push({ file: full, message: readMessages.notRegularSkipped(fileKind(stats)) });
      else {
        files.push(full);
        found++;
      }
    }
    return found;
  };

  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      problems.push(fatalProblem(path, readMessages.missing));
      continue;
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    try {
      if (seenFolders.has(realpathSync(path))) continue; // the same folder named twice
      const noted = problems.length;
      // An empty folder is worth a note only when nothing else was said about it.
      if (walk(path) === 0 && problems.length === noted) problems.push({ file: path, message: readMessages.emptyFolder });
    } catch (e) {
      problems.push(fatalProblem(path, unreadableMessage(e)));
    }
  }
  return { files: [...new Set(files)], problems };
}
