import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { PartTextDecoder } from './part-text';
import { limits } from '../core/limits';
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_INFLATED_BYTES,
  LimitReached,
  UnreadableFile,
  capCellNotes,
  fatalProblem,
  readMessages,
  unreadableMessage,
  zipDamage,
  type ReadLimits,
} from './read-problems';
import { CellBudget, SheetBuilder } from './sheet-builder';
import { worksheetParts } from './sheet-parts';
import { SheetReader, type WorkbookContext } from './xlsx-sheet';
import {
  RelationshipsHandler,
  SharedStringsHandler,
  StylesHandler,
  WorkbookHandler,
  relationshipKind,
  relationshipsPath,
  resolveTarget,
  type Relationship,
} from './xlsx-parts';
import { XmlSyntaxError, XmlTokenizer, type XmlHandler, type XmlReader } from './xml-tokenizer';
import {
  InflateLimitError,
  ZipEntriesLimitError,
  ZipFormatError,
  inflateEntry,
  readZipDirectory,
  type InflateBudget,
  type ZipCodec,
  type ZipEntry,
} from './zip-archive';

/**
 * The lean .xlsx reader: zip directory → streamed inflate → streaming XML tokenizer → SheetSnapshots.
 * Works on bytes only (no file system), so it runs in Node and in a browser alike; read-workbook.ts reads
 * the file. It never throws for bad input: a workbook it cannot read comes back with one fatal problem.
 */

export interface XlsxReadOptions extends Partial<ReadLimits> {
  /** Native checksum and inflater lent by the host (read-workbook.ts passes Node's zlib). */
  codec?: ZipCodec;
}

/** One package: parts inflated on demand through the shared byte budget. */
class XlsxPackage {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly budget: InflateBudget,
    private readonly codec: ZipCodec | undefined,
  ) {}

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /** Streams a part through a reader; throws XmlSyntaxError or ZipFormatError for a damaged part. */
  parse<R extends XmlReader>(path: string, reader: R): R {
    const entry = this.entries.get(path.toLowerCase());
    if (entry === undefined) throw new ZipFormatError(`${path} is missing`);
    const decoder = new PartTextDecoder((text) => reader.write(text));
    inflateEntry(this.bytes, entry, this.budget, (chunk) => decoder.write(chunk), this.codec);
    decoder.end();
    reader.end();
    return reader;
  }

  /** A part the workbook cannot be read without, through a handler: damage makes the whole file unreadable. */
  parseRequired<H extends XmlHandler>(path: string, handler: H): H {
    try {
      this.parse(path, new XmlTokenizer(handler));
      return handler;
    } catch (e) {
      const detail = damageDetail(path, e);
      if (detail === undefined) throw e;
      throw new UnreadableFile(readMessages.damagedPart(detail));
    }
  }

  /** The workbook part, from the package relationships (`_rels/.rels`), else where Excel puts it. */
  mainPart(): string | undefined {
    if (this.has('_rels/.rels')) {
      const rels = this.parseRequired('_rels/.rels', new RelationshipsHandler());
      for (const rel of rels.byId.values()) {
        const path = resolveTarget('', rel.target);
        if (relationshipKind(rel.type) === 'officeDocument' && this.has(path)) return path;
      }
    }
    return this.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
  }
}

/** What is wrong with a damaged part, naming it; undefined for any other error. */
function damageDetail(path: string, e: unknown): string | undefined {
  if (e instanceof ZipFormatError) return e.message; // names the entry already
  if (e instanceof XmlSyntaxError) return zipDamage.xml(path, e.message);
  return undefined;
}

function targetOf(rels: Map<string, Relationship>, workbookPath: string, kind: string): string | undefined {
  for (const rel of rels.values())
    if (!rel.external && relationshipKind(rel.type) === kind) return resolveTarget(workbookPath, rel.target);
  return undefined;
}

function readPackage(
  bytes: Uint8Array,
  file: string,
  readLimits: ReadLimits,
  codec: ZipCodec | undefined,
): WorkbookSnapshot {
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new UnreadableFile(readMessages.damagedZip(e.message));
    if (e instanceof ZipEntriesLimitError) throw new UnreadableFile(readMessages.tooManyEntries(limits.zipEntries));
    throw e;
  }
  const pkg = new XlsxPackage(
    bytes,
    entries,
    { limit: readLimits.maxInflatedBytes, used: 0, partLimit: limits.partInflatedBytes },
    codec,
  );
  const workbookPath = pkg.mainPart();
  if (workbookPath === undefined)
    throw new UnreadableFile(pkg.has('xl/workbook.bin') ? readMessages.binaryWorkbook : readMessages.noWorkbookPart);

  const workbook = pkg.parseRequired(workbookPath, new WorkbookHandler());
  const relsPath = relationshipsPath(workbookPath);
  const rels = pkg.has(relsPath)
    ? pkg.parseRequired(relsPath, new RelationshipsHandler()).byId
    : new Map<string, Relationship>();
  const stylesPath = targetOf(rels, workbookPath, 'styles');
  const stringsPath = targetOf(rels, workbookPath, 'sharedStrings');
  const styles = stylesPath && pkg.has(stylesPath) ? pkg.parseRequired(stylesPath, new StylesHandler()) : undefined;
  const context: WorkbookContext = {
    numFmtByStyle: styles?.numFmtByStyle() ?? [],
    indentByStyle: styles?.indentByStyle ?? [],
    sharedStrings:
      stringsPath && pkg.has(stringsPath) ? pkg.parseRequired(stringsPath, new SharedStringsHandler()).strings : [],
  };

  const sheets: SheetSnapshot[] = [];
  const budget = new CellBudget(readLimits.maxCells);
  const { parts, problems } = worksheetParts(file, workbook.sheets, rels, workbookPath, (path) => pkg.has(path));
  for (const { entry, path } of parts) {
    const sheet = entry.name;
    const builder = new SheetBuilder(sheet, budget);
    try {
      const reader = pkg.parse(path, new SheetReader(builder, context));
      const notes = [...reader.problems, ...builder.problems].map((p) => ({ file, sheet, ...p }));
      for (const p of capCellNotes(notes, (message) => ({ file, sheet, message }))) problems.push(p);
      sheets.push(builder.build());
    } catch (e) {
      // A sheet past a limit (cells, merges, its part's inflated size) is left out; the other sheets are read.
      const limit =
        e instanceof LimitReached
          ? e.message
          : e instanceof InflateLimitError && e.which === 'part'
            ? readMessages.partTooLarge(path, limits.partInflatedBytes)
            : undefined;
      if (limit !== undefined) {
        budget.giveBack(builder.taken);
        problems.push({ file, sheet, message: limit, unreadSheet: 'limit' });
        continue;
      }
      const detail = damageDetail(path, e);
      if (detail === undefined) throw e;
      const unreadSheet =
        e instanceof XmlSyntaxError ? 'xml' : e instanceof ZipFormatError && e.checksum ? 'checksum' : 'damaged';
      problems.push({ file, sheet, message: readMessages.badSheet(detail), unreadSheet });
    }
  }
  return { file, sheets, problems };
}

/** Reads an .xlsx / .xlsm package held in memory. `file` names it in snapshots and problems. */
export function readXlsx(bytes: Uint8Array, file: string, options: XlsxReadOptions = {}): WorkbookSnapshot {
  const readLimits: ReadLimits = {
    maxInflatedBytes: options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES,
    maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
  };
  try {
    return readPackage(bytes, file, readLimits, options.codec);
  } catch (e) {
    const message =
      e instanceof InflateLimitError
        ? e.which === 'part'
          ? readMessages.partTooLarge(e.part, limits.partInflatedBytes)
          : readMessages.tooLargeInflated(readLimits.maxInflatedBytes)
        : unreadableMessage(e);
    return { file, sheets: [], problems: [fatalProblem(file, message)] };
  }
}
