import { closeSync, constants, fstatSync, openSync, readFileSync, type PathLike } from 'node:fs';

/** What a Stats and a Dirent (of either name encoding) both say about a file's type. */
interface FileType {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/**
 * Only regular files are read: reading a FIFO blocks until someone writes to it, a device may never end
 * (/dev/zero), and a socket cannot be opened at all.
 */
export class NotRegularFile extends Error {
  constructor(readonly kind: string) {
    super(`is a ${kind}, not a regular file`);
  }
}

/** What a non-regular file or folder entry is, in words for a one-line note (a Dirent has the same tests as Stats). */
export function fileKind(stats: FileType): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'FIFO (named pipe)';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

/** A regular file larger than the caller's bound; `limit` is that bound in bytes. */
export class FileTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

/**
 * Reads a whole regular file, of at most `maxBytes`. It is opened without blocking and checked on the open
 * descriptor, so a path swapped for a FIFO after an earlier stat still cannot block the run.
 */
export function readRegularFile(path: PathLike, maxBytes = Infinity): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFile(fileKind(stats));
    if (stats.size > maxBytes) throw new FileTooLarge(maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
