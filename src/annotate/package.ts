import { PartTextDecoder } from '../readers/part-text';
import { DEFAULT_MAX_INFLATED_BYTES } from '../readers/read-problems';
import {
  RelationshipsHandler,
  relationshipKind,
  relationshipsPath,
  resolveTarget,
  type Relationship,
} from '../readers/xlsx-parts';
import { XmlTokenizer, type XmlHandler } from '../readers/xml-tokenizer';
import { inflateEntry, readZipDirectory, type ZipEntry } from '../readers/zip-archive';
import { writePackage } from './zip-writer';
import { appendChildren, attributeOf, escapeXml } from './xml-edit';

/**
 * An .xlsx package opened for editing: parts are read as text on demand (through the readers' zip and XML code),
 * changed parts and new parts are collected, and `save` writes a new package in which every part nobody changed
 * is copied as it was.
 */

const TRANSITIONAL_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export class EditablePackage {
  private readonly entries: Map<string, ZipEntry>;
  private readonly changed = new Map<string, string>();
  private readonly added = new Map<string, string>();
  private readonly budget = { limit: DEFAULT_MAX_INFLATED_BYTES, used: 0 };

  constructor(private readonly bytes: Uint8Array) {
    this.entries = readZipDirectory(bytes);
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase()) || this.added.has(path);
  }

  /** Every part name, as a package path. */
  paths(): string[] {
    return [...[...this.entries.values()].map((e) => e.name), ...this.added.keys()];
  }

  text(path: string): string {
    const pending = this.added.get(path) ?? this.changed.get(path.toLowerCase());
    if (pending !== undefined) return pending;
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) throw new Error(`${path} is missing`);
    const pieces: string[] = [];
    const decoder = new PartTextDecoder((t) => pieces.push(t));
    inflateEntry(this.bytes, entry, this.budget, (chunk) => decoder.write(chunk));
    decoder.end();
    return pieces.join('');
  }

  /** Replaces a part's text, or adds a new part. Written as UTF-8, so a UTF-16 declaration is corrected. */
  write(path: string, xml: string): void {
    const text = xml.replace(/^(<\?xml[^>]*encoding=")UTF-16(?:LE|BE)?"/i, '$1UTF-8"');
    if (this.entries.has(path.toLowerCase())) this.changed.set(path.toLowerCase(), text);
    else this.added.set(path, text);
  }

  /** Parses a part with one of the readers' handlers. */
  parse<H extends XmlHandler>(path: string, handler: H): H {
    const tokenizer = new XmlTokenizer(handler);
    tokenizer.write(this.text(path));
    tokenizer.end();
    return handler;
  }

  relationships(part: string): Map<string, Relationship> {
    const path = relationshipsPath(part);
    return this.has(path) ? this.parse(path, new RelationshipsHandler()).byId : new Map<string, Relationship>();
  }

  /** The workbook part, from the package relationships, else where Excel puts it. */
  mainPart(): string {
    for (const rel of this.relationships('').values())
      if (relationshipKind(rel.type) === 'officeDocument' && !rel.external) return resolveTarget('', rel.target);
    return 'xl/workbook.xml';
  }

  /** The relationship namespace the package uses (transitional or strict), from one of its own relationship types. */
  relationshipNamespace(part: string): string {
    for (const rel of this.relationships(part).values()) return rel.type.slice(0, rel.type.lastIndexOf('/'));
    return TRANSITIONAL_RELS;
  }

  /** Adds a relationship from `part` to `target` (a package path); returns its new id. */
  addRelationship(part: string, kind: string, target: string): string {
    const path = relationshipsPath(part);
    const ids = new Set(this.relationships(part).keys());
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${this.relationshipNamespace(part)}/${kind}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    const xml = this.has(path)
      ? appendChildren(this.text(path), 'Relationships', rel)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}">${rel}</Relationships>`;
    if (xml === undefined) throw new Error(`${path} has no Relationships element`);
    this.write(path, xml);
    return id;
  }

  /** Declares a part's content type in [Content_Types].xml (an extension default for `.vml`). */
  declareContentType(path: string, contentType: string, byExtension = false): void {
    const xml = this.text('[Content_Types].xml');
    const extension = path.slice(path.lastIndexOf('.') + 1);
    if (byExtension) {
      const declared = [...xml.matchAll(/<(?:\w+:)?Default\b([^>]*)>/g)].some(
        (m) => attributeOf(m[1], 'Extension')?.toLowerCase() === extension.toLowerCase(),
      );
      if (declared) return;
    }
    const entry = byExtension
      ? `<Default Extension="${extension}" ContentType="${contentType}"/>`
      : `<Override PartName="/${escapeXml(path)}" ContentType="${contentType}"/>`;
    this.write('[Content_Types].xml', appendChildren(xml, 'Types', entry) as string);
  }

  /** A part name not yet used: `xl/comments3.xml` for `xl/comments`, `.xml`. */
  freshPath(stem: string, extension: string): string {
    const taken = new Set(this.paths().map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(`${stem}${n}${extension}`.toLowerCase())) n++;
    return `${stem}${n}${extension}`;
  }

  save(): Uint8Array {
    const encoder = new TextEncoder();
    const replaced = new Map<string, Uint8Array>();
    for (const entry of this.entries.values()) {
      const text = this.changed.get(entry.name.toLowerCase());
      if (text !== undefined) replaced.set(entry.name, encoder.encode(text));
    }
    return writePackage(
      this.bytes,
      this.entries.values(),
      replaced,
      [...this.added].map(([p, t]) => [p, encoder.encode(t)]),
    );
  }
}

/** `target` as a relationship target relative to the folder of `part` (`xl/worksheets/sheet1.xml` → `../comments1.xml`). */
export function relativeTarget(part: string, target: string): string {
  const from = part.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
