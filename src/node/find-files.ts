import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { limits } from '../core/limits';
import type { ReadProblem } from '../core/snapshot';
import { errorDetail, fatalProblem, readMessages, unreadableMessage } from '../readers/read-problems';
import { fileKind } from './regular-file';

/**
 * The files a list of paths names: files as given, folders searched (in name order, depth first) for .xlsx, .xlsm,
 * .csv and .xls, skipping Excel's `~$` lock files and hidden (dot) files and folders. The walk keeps its own stack,
 * so a folder tree of any depth costs no call stack, and it stops at limits.filesPerRun files.
 */

const TAKEN_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.xls']);

/**
 * File names that are not UTF-8 (a GBK name unpacked from a Windows zip): shown with their odd bytes escaped
 * (`\xb1\xed.xlsx`), opened by their bytes. Keyed by the shown path.
 */
const rawPaths = new Map<string, Buffer>();

/** The path to hand to the file system for a path shown to the user. */
export function fsPath(path: string): string | Buffer {
  return rawPaths.get(path) ?? path;
}

/** A name's bytes as text: UTF-8 where they are UTF-8, `\xHH` for each byte that is not. */
export function escapedName(bytes: Buffer): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (length > 0 && i + length <= bytes.length) {
      try {
        out += strict.decode(bytes.subarray(i, i + length));
        i += length;
        continue;
      } catch {
        // not a whole character: escaped below
      }
    }
    out += `\\x${lead.toString(16).padStart(2, '0')}`;
    i += 1;
  }
  return out;
}

/**
 * A folder by device and inode: a symbolic link back up the tree leads to one already searched. Not by its real
 * path: resolving that costs a look-up per level of the path, for each folder, which took minutes on a tree 1,500
 * levels deep.
 */
function folderId(path: string | Buffer): string {
  const stats = statSync(path);
  return `${stats.dev}:${stats.ino}`;
}

/**
 * Why a path named on the command line cannot be opened. A name that is not UTF-8 reaches Node with its odd bytes
 * replaced (U+FFFD), so that file cannot be opened by that name: its folder can.
 */
function namedPathProblem(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return readMessages.symlinkLoop;
  if (code !== 'ENOENT') return readMessages.unreadable(errorDetail(e));
  return path.includes('\ufffd') ? readMessages.missingNotUtf8 : readMessages.missing;
}

function byName(a: { name: Buffer }, b: { name: Buffer }): number {
  return Buffer.compare(a.name, b.name);
}

export function findInputFiles(paths: string[]): { files: string[]; problems: ReadProblem[] } {
  const files: string[] = [];
  const taken = new Set<string>();
  const problems: ReadProblem[] = [];
  const seenFolders = new Set<string>();
  let full = false;

  /** A file named twice (on the command line, or also found in a folder named) is checked and counted once. */
  const take = (file: string): void => {
    if (taken.has(file)) return;
    if (files.length < limits.filesPerRun) {
      files.push(file);
      taken.add(file);
    } else if (!full) {
      full = true;
      problems.push(fatalProblem(file, readMessages.tooManyFiles(limits.filesPerRun)));
    }
  };

  /** A folder being searched: its entries in name order and how far the search has come. */
  interface Frame {
    shown: string;
    path: string | Buffer;
    entries: Dirent<Buffer>[];
    next: number;
  }

  /** The folder's frame, or undefined when it was searched already or cannot be read (noted). */
  const open = (shown: string, path: string | Buffer): Frame | undefined => {
    try {
      const id = folderId(path);
      if (seenFolders.has(id)) return undefined; // a symbolic link back up the tree: that folder is searched once, no harm
      seenFolders.add(id);
      return {
        shown,
        path,
        entries: readdirSync(path, { withFileTypes: true, encoding: 'buffer' }).sort(byName),
        next: 0,
      };
    } catch (e) {
      // One folder the user may not open must not hide the rest of the tree.
      problems.push({ file: shown, message: readMessages.unreadableFolder(errorDetail(e)) });
      return undefined;
    }
  };

  /** Searches a folder tree in name order, depth first, on a stack of its own; returns how many files it took. */
  const walk = (top: string): number => {
    const before = files.length;
    const first = open(top, top);
    const stack: Frame[] = first ? [first] : [];
    while (stack.length > 0 && !full) {
      const frame = stack[stack.length - 1];
      const entry = frame.entries[frame.next++];
      if (entry === undefined) {
        stack.pop();
        continue;
      }
      const name = escapedName(entry.name);
      if (name.startsWith('~$') || name.startsWith('.')) continue;
      const shown = join(frame.shown, name);
      const utf8 = typeof frame.path === 'string' && name === entry.name.toString('utf8');
      const path = utf8 ? shown : Buffer.concat([Buffer.from(frame.path), Buffer.from('/'), entry.name]);
      let stats: Stats | Dirent<Buffer> = entry;
      if (entry.isSymbolicLink()) {
        try {
          stats = statSync(path);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ELOOP')
            problems.push({ file: shown, message: readMessages.symlinkLoop });
          continue; // else a dangling link
        }
      }
      if (stats.isDirectory()) {
        const sub = open(shown, path);
        if (sub) stack.push(sub);
      } else if (!TAKEN_EXTENSIONS.has(extname(name).toLowerCase())) continue;
      else if (!stats.isFile())
        problems.push({ file: shown, message: readMessages.notRegularSkipped(fileKind(stats)) });
      else {
        if (!utf8) rawPaths.set(shown, path as Buffer);
        take(shown);
      }
    }
    return files.length - before;
  };

  for (const path of paths) {
    if (full) break;
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (e) {
      problems.push(fatalProblem(path, namedPathProblem(path, e)));
      continue;
    }
    if (!isFolder) {
      take(path);
      continue;
    }
    try {
      if (seenFolders.has(folderId(path))) continue; // the same folder named twice
      const noted = problems.length;
      // An empty folder is worth a note only when nothing else was said about it.
      if (walk(path) === 0 && problems.length === noted)
        problems.push({ file: path, message: readMessages.emptyFolder });
    } catch (e) {
      problems.push(fatalProblem(path, unreadableMessage(e)));
    }
  }
  return { files, problems };
}
