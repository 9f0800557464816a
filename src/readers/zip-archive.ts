import { Inflate, inflateSync } from 'fflate';
import { u16, u32, u64 } from './little-endian';
import { limits } from '../core/limits';
import { errorDetail, zipDamage } from './read-problems';

/**
 * Just enough of the zip format to read an .xlsx package without trusting it: the central directory is
 * parsed and bounds-checked here, and each entry is inflated as a stream so that a part which inflates
 * far beyond its declared size (a zip bomb) is stopped by counting, not after the fact.
 */

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as declared by the central directory; may lie. */
  size: number;
  localOffset: number;
  encrypted: boolean;
}

/** The archive cannot be read: missing end record, entries outside the file, bad compressed data. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    /** The entry's data fails its CRC-32: the one damage worth naming on its own. */
    readonly checksum = false,
  ) {
    super(message);
  }
}

/** Inflating would go beyond the byte budget: of the whole workbook (`total`), or of this one part (`part`). */
export class InflateLimitError extends Error {
  constructor(
    readonly part: string,
    readonly which: 'total' | 'part' = 'total',
  ) {
    super(part);
  }
}

/** The archive has more entries than limits.zipEntries. */
export class ZipEntriesLimitError extends Error {}

/** Bytes inflated so far across the parts of one workbook, against its limit, and the bound on any one part. */
export interface InflateBudget {
  limit: number;
  used: number;
  partLimit?: number;
}

/**
 * Native helpers a host may lend (Node's zlib): a checksum to verify each part, and a raw-deflate inflater,
 * several times faster than fflate, which must stop and throw InflateLimitError past `maxBytes`. Without them
 * parts are inflated by fflate as a stream and not verified, as in a browser. `declaredSize` (already within
 * the budget) lets the inflater size its output once instead of growing it.
 */
export interface ZipCodec {
  crc32?: (data: Uint8Array, previous?: number) => number;
  inflateRaw?: (data: Uint8Array, maxBytes: number, declaredSize: number) => Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const INFLATE_INPUT_CHUNK = 32 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL;
}

function findEndRecord(b: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= stop; o--) if (u32(b, o) === EOCD) return o;
  return -1;
}

/** Parses the central directory. Keys are lower-cased part names (OPC part names are case-insensitive). */
export function readZipDirectory(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEndRecord(b);
  if (eocd < 0) throw new ZipFormatError(zipDamage.noDirectory);
  let count = u16(b, eocd + 10);
  let dirSize = u32(b, eocd + 12);
  let dirOffset = u32(b, eocd + 16);
  if (
    (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) &&
    eocd >= 20 &&
    u32(b, eocd - 20) === ZIP64_LOCATOR
  ) {
    const z64 = u64(b, eocd - 12);
    if (z64 + 56 > b.length || u32(b, z64) !== ZIP64_EOCD) throw new ZipFormatError(zipDamage.zip64);
    count = u64(b, z64 + 32);
    dirSize = u64(b, z64 + 40);
    dirOffset = u64(b, z64 + 48);
  }
  if (dirOffset + dirSize > b.length) throw new ZipFormatError(zipDamage.directoryPastEnd);
  // Counted before reading: a million entries would cost their directory before any sheet is read.
  if (count > limits.zipEntries) throw new ZipEntriesLimitError(String(count));
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new ZipFormatError(zipDamage.directory);
    const flags = u16(b, p + 8);
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const entry: ZipEntry = {
      name: names.decode(b.subarray(p + 46, p + 46 + nameLength)),
      method: u16(b, p + 10),
      crc: u32(b, p + 16),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      encrypted: (flags & 1) !== 0,
    };
    readZip64Extra(b, p + 46 + nameLength, extraLength, entry);
    entries.set(entry.name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + u16(b, p + 32);
  }
  return entries;
}

/** Sizes and offsets that overflow 32 bits are 0xFFFFFFFF in the directory and follow in a zip64 extra field. */
function readZip64Extra(b: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  for (let q = start; q + 4 <= start + length; q += 4 + u16(b, q + 2)) {
    if (u16(b, q) !== 1) continue;
    let f = q + 4;
    if (entry.size === 0xffffffff) {
      entry.size = u64(b, f);
      f += 8;
    }
    if (entry.compressedSize === 0xffffffff) {
      entry.compressedSize = u64(b, f);
      f += 8;
    }
    if (entry.localOffset === 0xffffffff) entry.localOffset = u64(b, f);
    return;
  }
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const o = entry.localOffset;
  if (o + 30 > b.length || u32(b, o) !== LOCAL) throw new ZipFormatError(zipDamage.header(entry.name));
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new ZipFormatError(zipDamage.pastEnd(entry.name));
  return b.subarray(start, end);
}

function isFlateError(e: unknown): e is Error & { code: number } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'number';
}

function unpackError(entry: ZipEntry, e: unknown): ZipFormatError {
  return new ZipFormatError(zipDamage.unpack(entry.name, errorDetail(e)));
}

/**
 * Inflates one entry, handing each piece to `onChunk` as it is produced. Checks the declared size against the
 * budget before starting and the real output while inflating; checks the length and, when the codec has a
 * checksum, the checksum at the end. Errors thrown by `onChunk` pass through unchanged.
 */
export function inflateEntry(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
  codec: ZipCodec = {},
): void {
  const partLimit = budget.partLimit ?? Infinity;
  if (entry.size > partLimit) throw new InflateLimitError(entry.name, 'part');
  if (budget.used + entry.size > budget.limit) throw new InflateLimitError(entry.name);
  if (entry.encrypted) throw new ZipFormatError(zipDamage.encrypted(entry.name));
  const data = entryData(b, entry);
  const { crc32, inflateRaw } = codec;
  let produced = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.used += chunk.length;
    // The declared size may lie: the real output is what counts.
    if (produced > partLimit) throw new InflateLimitError(entry.name, 'part');
    if (budget.used > budget.limit) throw new InflateLimitError(entry.name);
    if (crc32) crc = crc32(chunk, crc);
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === 0) {
    take(data);
  } else if (entry.method === 8 && inflateRaw) {
    let out: Uint8Array;
    const room = budget.limit - budget.used;
    try {
      out = inflateRaw(data, Math.min(room, partLimit), entry.size);
    } catch (e) {
      if (e instanceof InflateLimitError) throw new InflateLimitError(entry.name, partLimit < room ? 'part' : 'total');
      throw unpackError(entry, e);
    }
    take(out);
  } else if (entry.method === 8) {
    try {
      // An entry that fits in one input chunk is inflated in one call: the same bound as one push of the stream,
      // without the stream's buffers, which cost more than the inflating for the small parts of a workbook.
      if (data.length <= INFLATE_INPUT_CHUNK) take(inflateSync(data));
      else {
        const inflater = new Inflate(take);
        for (let o = 0; o < data.length; o += INFLATE_INPUT_CHUNK) {
          const end = Math.min(o + INFLATE_INPUT_CHUNK, data.length);
          inflater.push(data.subarray(o, end), end === data.length);
        }
      }
    } catch (e) {
      if (isFlateError(e)) throw unpackError(entry, e);
      throw e;
    }
  } else {
    throw new ZipFormatError(zipDamage.method(entry.name, entry.method));
  }
  if (produced !== entry.size) throw new ZipFormatError(zipDamage.size(entry.name, produced, entry.size));
  if (crc32 && crc !== entry.crc) throw new ZipFormatError(zipDamage.checksum(entry.name), true);
}
