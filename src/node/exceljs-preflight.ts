import { limits } from '../core/limits';
import { parseA1 } from '../core/snapshot';
import { readMessages } from '../readers/read-problems';
import {
  InflateLimitError,
  ZipEntriesLimitError,
  ZipFormatError,
  inflateEntry,
  readZipDirectory,
  type ZipCodec,
} from '../readers/zip-archive';

/**
 * exceljs inflates the whole package itself and trusts it: a part that lies about its size, or merged ranges it
 * expands cell by cell (`A3:A1048576` two thousand times), would cost it minutes and gigabytes. So before it is
 * given the file, every part is inflated here through the same capped inflater as the lean reader (sizes counted,
 * not declared; checksums verified), and the merges of each worksheet are counted with the cells they cover.
 * Returns the message refusing the file, or undefined when exceljs may read it.
 */
export function exceljsPreflight(bytes: Uint8Array, maxInflatedBytes: number, codec: ZipCodec): string | undefined {
  let current = '';
  try {
    const entries = readZipDirectory(bytes);
    if (!entries.has('xl/workbook.xml'))
      return entries.has('xl/workbook.bin') ? readMessages.binaryWorkbook : readMessages.noWorkbookPart;
    const budget = { limit: maxInflatedBytes, used: 0, partLimit: limits.partInflatedBytes };
    for (const entry of entries.values()) {
      current = entry.name;
      const merges = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) ? new MergeCount() : undefined;
      inflateEntry(bytes, entry, budget, merges ? (chunk) => merges.write(chunk) : () => undefined, codec);
      if (merges && merges.ranges > limits.mergesPerSheet) return readMessages.tooManyMerges(limits.mergesPerSheet);
      if (merges && merges.cells > limits.cells) return readMessages.tooManyCells(limits.cells);
    }
    return undefined;
  } catch (e) {
    if (e instanceof ZipFormatError) return readMessages.damagedZip(e.message);
    if (e instanceof ZipEntriesLimitError) return readMessages.tooManyEntries(limits.zipEntries);
    if (e instanceof InflateLimitError)
      return e.which === 'part'
        ? readMessages.partTooLarge(current, limits.partInflatedBytes)
        : readMessages.tooLargeInflated(maxInflatedBytes);
    throw e;
  }
}

const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?"/g;

/** Merged ranges of a worksheet part and the cells they cover, counted from its bytes as they are inflated. */
class MergeCount {
  ranges = 0;
  cells = 0;
  /** An unfinished tag from the end of the previous chunk. */
  private carry = '';

  write(chunk: Uint8Array): void {
    // The tags and references are ASCII: latin1 keeps every byte one character, and cuts nothing.
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    const cut = text.lastIndexOf('<');
    const whole = cut < 0 ? text : text.slice(0, cut);
    this.carry = cut < 0 ? '' : text.slice(cut, cut + 1024);
    for (const m of whole.matchAll(MERGE)) {
      const a = parseA1(m[1]);
      const b = parseA1(m[2] ?? m[1]);
      this.ranges += 1;
      if (a && b) this.cells += (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
    }
  }
}
