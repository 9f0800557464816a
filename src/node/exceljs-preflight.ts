import { limits } from '../core/limits';
import { parseA1, type ReadProblem } from '../core/snapshot';
import { PartTextDecoder } from '../readers/part-text';
import { UnreadableFile, readMessages, zipDamage } from '../readers/read-problems';
import { worksheetParts } from '../readers/sheet-parts';
import { RelationshipsHandler, WorkbookHandler } from '../readers/xlsx-parts';
import { XmlSyntaxError, XmlTokenizer, type XmlHandler } from '../readers/xml-tokenizer';
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
 * workbook.xml and its relationships are read too, for what exceljs would pass over in silence (a sheet whose
 * part is missing, a workbook of chart sheets only). Returns the message refusing the file, or the notes to add to
 * what exceljs reads.
 */
export function exceljsPreflight(
  bytes: Uint8Array,
  file: string,
  maxInflatedBytes: number,
  codec: ZipCodec,
): { refusal: string } | { problems: ReadProblem[] } {
  let current = '';
  try {
    const entries = readZipDirectory(bytes);
    if (!entries.has(WORKBOOK))
      return { refusal: entries.has('xl/workbook.bin') ? readMessages.binaryWorkbook : readMessages.noWorkbookPart };
    const budget = { limit: maxInflatedBytes, used: 0, partLimit: limits.partInflatedBytes };
    const workbook = new WorkbookHandler();
    const rels = new RelationshipsHandler();
    for (const [key, entry] of entries) {
      current = entry.name;
      const merges = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name) ? new MergeCount() : undefined;
      const handler: XmlHandler | undefined = key === WORKBOOK ? workbook : key === WORKBOOK_RELS ? rels : undefined;
      const xml = handler && new XmlTokenizer(handler);
      const decoder = xml && new PartTextDecoder((text) => xml.write(text));
      inflateEntry(
        bytes,
        entry,
        budget,
        merges ? (chunk) => merges.write(chunk) : decoder ? (chunk) => decoder.write(chunk) : () => undefined,
        codec,
      );
      decoder?.end();
      xml?.end();
      if (merges && merges.ranges > limits.mergesPerSheet)
        return { refusal: readMessages.tooManyMerges(limits.mergesPerSheet) };
      if (merges && merges.cells > limits.cells) return { refusal: readMessages.tooManyCells(limits.cells) };
    }
    // exceljs skips a sheet whose part is missing and a chart sheet without a word: the lean reader's notes instead.
    return {
      problems: worksheetParts(file, workbook.sheets, rels.byId, WORKBOOK, (path) => entries.has(path.toLowerCase()))
        .problems,
    };
  } catch (e) {
    if (e instanceof UnreadableFile) return { refusal: e.message };
    if (e instanceof XmlSyntaxError) return { refusal: readMessages.damagedPart(zipDamage.xml(current, e.message)) };
    if (e instanceof ZipFormatError) return { refusal: readMessages.damagedZip(e.message) };
    if (e instanceof ZipEntriesLimitError) return { refusal: readMessages.tooManyEntries(limits.zipEntries) };
    if (e instanceof InflateLimitError)
      return {
        refusal:
          e.which === 'part'
            ? readMessages.partTooLarge(current, limits.partInflatedBytes)
            : readMessages.tooLargeInflated(maxInflatedBytes),
      };
    throw e;
  }
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
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
