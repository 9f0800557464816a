import { deflateSync } from 'fflate';
import { u16 } from '../readers/little-endian';
import { entryData, type ZipEntry } from '../readers/zip-archive';

/**
 * Writes a package back: every entry not replaced keeps its compressed bytes as they are (copied, never
 * re-deflated, so an untouched part is the same byte for byte), replaced and new parts are deflated. Headers are
 * written afresh from the central directory, without data descriptors or extra fields, so that a source with
 * streamed (bit 3) entries comes out plain. No zip64: an annotated workbook beyond 4 GiB is not written.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  offset: number;
}

/** 1 January 1980 00:00 in DOS format, for new parts: a fixed stamp keeps the output reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  header(size: number): DataView {
    const bytes = new Uint8Array(size);
    this.push(bytes);
    return new DataView(bytes.buffer);
  }

  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * The package `source` (entries as readZipDirectory gives them, in directory order) with `replaced` parts'
 * contents swapped in and `added` parts appended. Keys of `replaced` are entry names as the directory has them.
 */
export function writePackage(
  source: Uint8Array,
  entries: Iterable<ZipEntry>,
  replaced: Map<string, Uint8Array>,
  added: [string, Uint8Array][],
): Uint8Array {
  const sink = new ByteSink();
  const written: Written[] = [];
  const encoder = new TextEncoder();
  const put = (name: string, data: Uint8Array, w: Omit<Written, 'name' | 'offset' | 'compressedSize'>): void => {
    const entry: Written = { ...w, name: encoder.encode(name), compressedSize: data.length, offset: sink.length };
    if (entry.offset + 30 + entry.name.length + data.length > 0xffffffff)
      throw new Error('the annotated workbook would exceed 4 GiB');
    const h = sink.header(30);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, UTF8_NAMES, true);
    h.setUint16(8, entry.method, true);
    h.setUint16(10, entry.time, true);
    h.setUint16(12, entry.date, true);
    h.setUint32(14, entry.crc, true);
    h.setUint32(18, entry.compressedSize, true);
    h.setUint32(22, entry.size, true);
    h.setUint16(26, entry.name.length, true);
    sink.push(entry.name);
    sink.push(data);
    written.push(entry);
  };
  const fresh = (name: string, content: Uint8Array): void =>
    put(name, deflateSync(content, { level: 6 }), {
      method: 8,
      crc: crc32(content),
      size: content.length,
      time: 0,
      date: DOS_DATE,
    });

  for (const entry of entries) {
    const content = replaced.get(entry.name);
    if (content !== undefined) fresh(entry.name, content);
    else {
      const at = entry.localOffset;
      put(entry.name, entryData(source, entry), {
        method: entry.method,
        crc: entry.crc,
        size: entry.size,
        time: u16(source, at + 10),
        date: u16(source, at + 12),
      });
    }
  }
  for (const [name, content] of added) fresh(name, content);

  if (written.length > 0xffff) throw new Error('the annotated workbook would have more than 65535 parts');
  const directoryStart = sink.length;
  for (const e of written) {
    const h = sink.header(46);
    h.setUint32(0, 0x02014b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, 20, true);
    h.setUint16(8, UTF8_NAMES, true);
    h.setUint16(10, e.method, true);
    h.setUint16(12, e.time, true);
    h.setUint16(14, e.date, true);
    h.setUint32(16, e.crc, true);
    h.setUint32(20, e.compressedSize, true);
    h.setUint32(24, e.size, true);
    h.setUint16(28, e.name.length, true);
    h.setUint32(42, e.offset, true);
    sink.push(e.name);
  }
  const end = sink.header(22);
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, written.length, true);
  end.setUint16(10, written.length, true);
  end.setUint32(12, sink.length - 22 - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  return sink.concat();
}
