import { builtInNumFmt } from './number-formats';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer';

/**
 * Handlers for the small parts of an .xlsx package: relationships, workbook.xml, styles.xml and
 * sharedStrings.xml. Each is fed by the streaming tokenizer and keeps only what the snapshot needs.
 */

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

export class RelationshipsHandler implements XmlHandler {
  wantText = false;
  readonly byId = new Map<string, Relationship>();

  open(name: string, attrs: XmlAttributes): void {
    if (name !== 'Relationship') return;
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id === undefined || target === undefined) return;
    this.byId.set(id, { type: attrs.get('Type') ?? '', target, external: attrs.get('TargetMode') === 'External' });
  }

  close(): void {}
  text(): void {}
}

/** The part a relationship points to, as a package path without a leading slash (`xl/worksheets/sheet1.xml`). */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray `%` is part of the name.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationship types are URIs that differ between transitional and strict OOXML; their last segment does not. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export interface SheetEntry {
  name: string;
  /** visible, hidden or veryHidden. */
  state: string;
  relationshipId: string | undefined;
}

export class WorkbookHandler implements XmlHandler {
  wantText = false;
  readonly sheets: SheetEntry[] = [];
  date1904 = false;

  open(name: string, attrs: XmlAttributes): void {
    if (name === 'sheet') {
      this.sheets.push({
        name: attrs.get('name') ?? '',
        state: attrs.get('state') ?? 'visible',
        relationshipId: attrs.get('id'),
      });
    } else if (name === 'workbookPr') {
      const flag = attrs.get('date1904');
      this.date1904 = flag === '1' || flag === 'true';
    }
  }

  close(): void {}
  text(): void {}
}

/** Number format code and indent of each cell style (`<c s="3">` → numFmtByStyle[3], indentByStyle[3]). */
export class StylesHandler implements XmlHandler {
  wantText = false;
  private readonly custom = new Map<number, string>();
  private readonly styleFormatIds: number[] = [];
  /** Excel's indent level of each cell style (`<alignment indent="1"/>`), 0 when none. */
  readonly indentByStyle: number[] = [];
  private section: 'numFmts' | 'cellXfs' | undefined;

  open(name: string, attrs: XmlAttributes): void {
    if (name === 'numFmts' || name === 'cellXfs') this.section = name;
    else if (name === 'numFmt' && this.section === 'numFmts') {
      const id = Number(attrs.get('numFmtId'));
      const code = attrs.get('formatCode');
      if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
    } else if (name === 'xf' && this.section === 'cellXfs') {
      const id = Number(attrs.get('numFmtId') ?? 0);
      this.styleFormatIds.push(Number.isInteger(id) ? id : 0);
      this.indentByStyle.push(0);
    } else if (name === 'alignment' && this.section === 'cellXfs' && this.indentByStyle.length > 0) {
      const indent = Number(attrs.get('indent') ?? 0);
      if (Number.isInteger(indent) && indent > 0 && indent <= 250)
        this.indentByStyle[this.indentByStyle.length - 1] = indent;
    }
  }

  close(name: string): void {
    if (name === this.section) this.section = undefined;
  }

  text(): void {}

  numFmtByStyle(): string[] {
    return this.styleFormatIds.map((id) => this.custom.get(id) ?? builtInNumFmt(id));
  }
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML escapes characters XML cannot carry in strings as `_xHHHH_` (`_x000D_` is a carriage return). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of one string item (`<si>` in sharedStrings.xml, `<is>` in a cell): a plain `<t>` or rich-text
 * runs `<r><t>`, concatenated; phonetic runs (`<rPh>`, furigana) are not part of the displayed text.
 */
export class StringItemText {
  value = '';
  /** True inside a `<t>` that belongs to the displayed text. */
  inText = false;
  private inPhonetic = false;

  reset(): void {
    this.value = '';
    this.inText = false;
    this.inPhonetic = false;
  }

  open(name: string): void {
    if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't' && !this.inPhonetic) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.inPhonetic = false;
    else if (name === 't') this.inText = false;
  }

  text(): string {
    return decodeOoxmlEscapes(this.value);
  }
}

export class SharedStringsHandler implements XmlHandler {
  wantText = false;
  readonly strings: string[] = [];
  private readonly item = new StringItemText();
  private inItem = false;

  open(name: string): void {
    if (name === 'si') {
      this.item.reset();
      this.inItem = true;
    } else if (this.inItem) {
      this.item.open(name);
      this.wantText = this.item.inText;
    }
  }

  close(name: string): void {
    if (name === 'si') {
      this.strings.push(this.item.text());
      this.inItem = false;
    } else if (this.inItem) {
      this.item.close(name);
      this.wantText = this.item.inText;
    }
  }

  text(text: string): void {
    this.item.value += text;
  }
}
