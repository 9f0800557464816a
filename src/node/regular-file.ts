import { closeSync, constants, fstatSync, openSync, readFileSync, type Dirent, type Stats } from 'node:fs';

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
export function fileKind(stats: Stats | Dirent): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'FIFO (named pipe)';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

/**
 * Reads a whole regular file. It is opened without blocking and checked on the open descriptor, so a path
 * swapped for a FIFO after an earlier stat still cannot block the run.
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFile(fileKind(stats));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
