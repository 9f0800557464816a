import { a1, parseA1, type CellValue, type ReadProblem } from '../core/snapshot';
import { readMessages } from './read-problems';
import { shiftFormula } from './shared-formula';
import type { SheetBuilder } from './sheet-builder';
import { StringItemText, decodeOoxmlEscapes } from './xlsx-parts';
import {
  XmlAttributeScanner,
  XmlLexerReader,
  XmlToken,
  decodeXmlText,
  holdsAt,
  type XmlAttributes,
  type XmlName,
} from './xml-tokenizer';

/**
 * Reads one worksheet part (`xl/worksheets/sheetN.xml`) into a SheetBuilder: the cells of `<sheetData>` and
 * the `<mergeCell>` ranges. `<dimension>` is ignored: it is a claim, and the cells are the facts.
 */

export interface WorkbookContext {
  sharedStrings: string[];
  numFmtByStyle: string[];
  indentByStyle: number[];
}

const enum Capture {
  None,
  Value,
  Formula,
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** An ISO 8601 date cell (`t="d"`) as the serial number Excel would store (UTC, no time zone shift). */
function isoDateSerial(iso: string): number | undefined {
  const withZone = /T.*(Z|[+-]\d\d:?\d\d)$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : (ms - EXCEL_EPOCH_MS) / 86400000;
}

/** A non-negative integer written from `start` to `end`; -1 when it is not one. */
function parseIndex(text: string, start: number, end: number): number {
  if (start === end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const CELL_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'n', 'd'];

/** The `t` attribute of a cell as one of the constant type names, so that no string is sliced per cell. */
function cellType(text: string, start: number, end: number): string {
  for (const type of CELL_TYPES) if (type.length === end - start && text.startsWith(type, start)) return type;
  return text.slice(start, end);
}

/** Exact powers of ten, written out rather than computed. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a number or shared-string cell written as a plain decimal (`266`, `-12.75`), read in place, or
 * NaN for any other text, which is then sliced and read with Number(). With at most 15 digits the digits are
 * an exact integer and the division by a power of ten is correctly rounded, so the result is what Number()
 * gives for the same text.
 */
function plainDecimal(s: string, start: number, end: number): number {
  const negative = s.charCodeAt(start) === 45; /* - */
  const first = negative ? start + 1 : start;
  let digits = 0;
  let point = -1;
  for (let i = first; i < end; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) digits = digits * 10 + (ch - 48);
    else if (ch === 46 /* . */ && point < 0) point = i;
    else return NaN;
  }
  // A digit on each side of a point (`5.` and `.5` are left to Number()), and at most 15 digits in all.
  const count = end - first - (point < 0 ? 0 : 1);
  if (count === 0 || count > 15 || point === first || point === end - 1) return NaN;
  const value = point < 0 ? digits : digits / POWERS_OF_TEN[end - point - 1];
  return negative ? -value : value;
}

/**
 * Where the tag `<` (or `</` when `closing`) + `prefix` + the one-letter local name `letter` ends in `s` at
 * `i`, or -1 when it is not that tag. The caller checks what follows.
 */
function afterTag(s: string, i: number, closing: boolean, prefix: string, letter: number): number {
  let j = i;
  if (s.charCodeAt(j++) !== 60 /* < */) return -1;
  if (closing && s.charCodeAt(j++) !== 47 /* / */) return -1;
  if (prefix.length > 0) {
    if (!holdsAt(s, j, prefix)) return -1;
    j += prefix.length;
  }
  return s.charCodeAt(j) === letter ? j + 1 : -1;
}

/** Whether the name of a start tag ends at `j` in `s`: `<col` is no `<c`. */
function nameEndsAt(s: string, j: number): boolean {
  const next = s.charCodeAt(j);
  return next <= 32 || next === 62 /* > */ || next === 47; /* / */
}

/** Where the name of the start tag `<` + prefix + letter at `i` ends; -1 when it is another tag. */
function afterStartTagName(s: string, i: number, prefix: string, letter: number): number {
  const j = afterTag(s, i, false, prefix, letter);
  return j >= 0 && nameEndsAt(s, j) ? j : -1;
}

/** Where the end tag `</` + prefix + letter + `>` that ends `s` at `i` ends; -1 when it is not there. */
function afterEndTag(s: string, i: number, prefix: string, letter: number): number {
  const j = afterTag(s, i, true, prefix, letter);
  return j >= 0 && s.charCodeAt(j) === 62 /* > */ ? j + 1 : -1;
}

/** Where the text from `i` ends: at the next `<`, or the end of `s`. */
function textEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) !== 60 /* < */) j++;
  return j;
}

/**
 * The raw values of the attributes a cell or row is read by, `r`, `s` and `t`, as offsets into `text` (-1
 * when absent): from the lexer's attributes of a tag it read, or scanned in place by the sheet reader.
 */
class CellAttributes {
  text = '';
  ref = -1;
  refEnd = -1;
  style = -1;
  styleEnd = -1;
  type = -1;
  typeEnd = -1;
  private readonly scanner = new XmlAttributeScanner();

  take(attrs: XmlAttributes): void {
    const [r, s, t] = [attrs.indexOf('r'), attrs.indexOf('s'), attrs.indexOf('t')];
    this.text = attrs.text;
    [this.ref, this.refEnd] = [attrs.start(r), attrs.end(r)];
    [this.style, this.styleEnd] = [attrs.start(s), attrs.end(s)];
    [this.type, this.typeEnd] = [attrs.start(t), attrs.end(t)];
  }

  /**
   * Reads the attributes of a start tag in `s` from `from`, after its name, keeping only r, s and t: returns
   * the index of the `>` or `/` that ends them; -1 when they are malformed (for the lexer to report) or `s`
   * ends first.
   */
  scan(s: string, from: number): number {
    const scanner = this.scanner;
    this.text = s;
    this.ref = this.style = this.type = -1;
    let j = from;
    let ch = s.charCodeAt(j);
    for (;;) {
      while (ch <= 32) ch = s.charCodeAt(++j); // past the end of `s`, NaN: scanner.read then gives -1
      if (ch === 62 /* > */ || ch === 47 /* / */) return j;
      j = scanner.read(s, j);
      if (j < 0) return -1;
      ch = s.charCodeAt(j);
      // One-letter names: the first of a repeated attribute wins, as with XmlAttributes.
      if (scanner.nameEnd !== scanner.localStart + 1 || scanner.declaresNamespace(s)) continue;
      const name = s.charCodeAt(scanner.localStart);
      if (name === 114 /* r */ && this.ref < 0) {
        this.ref = scanner.valueStart;
        this.refEnd = scanner.valueEnd;
      } else if (name === 115 /* s */ && this.style < 0) {
        this.style = scanner.valueStart;
        this.styleEnd = scanner.valueEnd;
      } else if (name === 116 /* t */ && this.type < 0) {
        this.type = scanner.valueStart;
        this.typeEnd = scanner.valueEnd;
      }
    }
  }
}

const CELL = 99; /* c */
const FORMULA = 102; /* f */
const VALUE = 118; /* v */

/**
 * Reads one worksheet part from the lexer's tokens, with a fast lane for cells: a sheet is mostly cells
 * written the same few ways, and readCell takes those straight from the buffer, without a token per tag. The
 * tokens read the rest: rows, merges, and the cells readCell leaves (inline and rich-text strings, comments,
 * white space between a cell's children). Both ways call the same code for what a cell means (beginCell,
 * valueAt, closeCell), and the loop here calls it directly, where a handler behind XmlTokenizer would be
 * called through call sites shared by every part's handler.
 */
export class SheetReader extends XmlLexerReader {
  readonly problems: ReadProblem[] = [];

  /** The prefix of the sheet's `<sheetData>` (`x:`), which readCell expects on the cells' tags. */
  private prefix = '';
  /** Text between tags is only decoded while this is true: inside `<v>`, `<f>` and the `<t>` of an inline string. */
  private wantText = false;
  private row = -1;
  private col = -1;
  private type = 'n';
  private style = 0;
  private raw = '';
  /** The value read in place by plainDecimal; NaN when `raw` holds it. */
  private number = NaN;
  private hasValue = false;
  private formula: string | undefined;
  private sharedIndex: string | undefined;
  private capture = Capture.None;
  private inInline = false;
  private readonly inline = new StringItemText();
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();
  private readonly attributes = new CellAttributes();
  /** The row element with the prefix of `<sheetData>`, as readRow reads it and opens it in the lexer. */
  private rowOpen = '<row';
  private rowName: XmlName = { qualified: 'row', local: 'row' };

  constructor(
    private readonly sheet: SheetBuilder,
    private readonly context: WorkbookContext,
  ) {
    super();
  }

  protected run(): void {
    const lexer = this.lexer;
    for (;;) {
      const at = lexer.position;
      if (at >= 0) {
        const cell = this.readCell(lexer.source, at);
        if (cell >= 0) {
          lexer.skip(cell);
          continue;
        }
        const row = this.readRow(lexer.source, at);
        if (row >= 0) {
          lexer.skip(row, this.rowName);
          continue;
        }
      }
      switch (lexer.next()) {
        case XmlToken.Open:
          this.open(lexer.name, lexer.attrs);
          break;
        case XmlToken.Close:
          this.close(lexer.name.local);
          break;
        case XmlToken.Text:
          if (this.wantText) this.text(lexer.text());
          break;
        case XmlToken.End:
          return;
      }
    }
  }

  /**
   * Reads a cell written the common way: `<c …/>`, or `<c …>`, an optional `<f …>` (or `<f …/>`) and an
   * optional `<v>` holding text, then `</c>`, with nothing between the tags and the prefix of `<sheetData>`.
   * Returns the index after the cell, or -1 for any other form, for markup that is not well formed (whose
   * error the tokens then give) and when the buffer ends first: the tokens then read the cell from its start,
   * and the row and column it may have moved are put back.
   */
  private readCell(s: string, i: number): number {
    let j = afterStartTagName(s, i, this.prefix, CELL);
    if (j >= 0) j = this.attributes.scan(s, j);
    if (j < 0) return -1;
    const selfClosing = s.charCodeAt(j) === 47; /* / */
    if (selfClosing && s.charCodeAt(j + 1) !== 62) return -1;
    const { row, col } = this;
    this.beginCell(this.attributes);
    const end = selfClosing ? j + 2 : this.readCellContent(s, j + 1);
    if (end < 0) {
      this.row = row;
      this.col = col;
      return -1;
    }
    this.closeCell();
    return end;
  }

  /**
   * Reads the start tag of a row, `<row …>`, like readCell: returns the index after it, for the lexer to go on
   * with the row open; -1 for any other markup (a self-closing row too).
   */
  private readRow(s: string, i: number): number {
    const open = this.rowOpen;
    let j = holdsAt(s, i, open) && nameEndsAt(s, i + open.length) ? i + open.length : -1;
    if (j >= 0) j = this.attributes.scan(s, j);
    if (j < 0 || s.charCodeAt(j) !== 62 /* > */) return -1;
    this.beginRow(this.attributes);
    return j + 1;
  }

  /** The content and end tag of a cell for readCell, from `from`; -1 when it is not of the common form. */
  private readCellContent(s: string, from: number): number {
    const prefix = this.prefix;
    let j = afterStartTagName(s, from, prefix, FORMULA);
    if (j >= 0) {
      // Formula attributes (`t="shared" si="0"`) are read by the lexer: fewer cells have them.
      j = this.lexer.readAttributes(j, 'f');
      if (j < 0) return -1;
      this.formulaAttributes(this.lexer.attrs);
      if (s.charCodeAt(j - 2) !== 47 /* not self-closing */) {
        const end = textEnd(s, j);
        this.formula = decodeXmlText(s.slice(j, end));
        j = afterEndTag(s, end, prefix, FORMULA);
        if (j < 0) return -1;
      }
    } else j = from;
    const value = afterTag(s, j, false, prefix, VALUE);
    if (value >= 0 && s.charCodeAt(value) === 62 /* > */) {
      const end = textEnd(s, value + 1);
      this.valueAt(s, value + 1, end);
      j = afterEndTag(s, end, prefix, VALUE);
      if (j < 0) return -1;
    }
    return afterEndTag(s, j, prefix, CELL);
  }

  private open(name: XmlName, attrs: XmlAttributes): void {
    switch (name.local) {
      case 'c':
        this.attributes.take(attrs);
        this.beginCell(this.attributes);
        return;
      case 'v':
        this.capture = Capture.Value;
        this.hasValue = true;
        this.raw = '';
        this.number = NaN;
        this.wantText = true;
        return;
      case 'f':
        this.formulaAttributes(attrs);
        this.capture = Capture.Formula;
        this.wantText = true;
        return;
      case 'is':
        this.inInline = true;
        this.inline.reset();
        return;
      case 'row':
        this.attributes.take(attrs);
        this.beginRow(this.attributes);
        return;
      case 'sheetData':
        this.prefix = name.qualified.slice(0, -'sheetData'.length);
        this.rowOpen = `<${this.prefix}row`;
        this.rowName = { qualified: `${this.prefix}row`, local: 'row' };
        return;
      case 'mergeCell':
        this.addMerge(attrs.get('ref'));
        return;
      default:
        if (this.inInline) {
          this.inline.open(name.local);
          this.wantText = this.inline.inText;
        }
    }
  }

  private close(name: string): void {
    switch (name) {
      case 'c':
        this.closeCell();
        return;
      case 'v':
      case 'f':
        this.capture = Capture.None;
        this.wantText = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      default:
        if (this.inInline) {
          this.inline.close(name);
          this.wantText = this.inline.inText;
        }
    }
  }

  private text(text: string): void {
    if (this.capture === Capture.Value) this.raw += text;
    else if (this.capture === Capture.Formula) this.formula += text;
    else this.inline.value += text;
  }

  /** A row opens: `r` is optional, and without it the row is the one after the previous one. */
  private beginRow(a: CellAttributes): void {
    let r = a.ref < 0 ? NaN : plainDecimal(a.text, a.ref, a.refEnd);
    if (Number.isNaN(r) && a.ref >= 0) r = Number(decodeXmlText(a.text.slice(a.ref, a.refEnd)));
    this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1;
    this.col = -1;
  }

  /** A cell opens: its place, type and style from its attributes, read in place (this runs once per cell). */
  private beginCell(a: CellAttributes): void {
    if (a.ref < 0 || !this.parseRef(a.text, a.ref, a.refEnd)) this.col++; // `r` is optional: the cell after the previous one
    this.type = a.type < 0 ? 'n' : cellType(a.text, a.type, a.typeEnd);
    this.style = a.style < 0 ? 0 : parseIndex(a.text, a.style, a.styleEnd);
    this.hasValue = false;
    this.raw = '';
    this.number = NaN;
    this.formula = undefined;
    this.sharedIndex = undefined;
    this.inline.reset();
  }

  private formulaAttributes(attrs: XmlAttributes): void {
    this.formula = '';
    this.sharedIndex = attrs.get('t') === 'shared' ? attrs.get('si') : undefined;
  }

  /** The text of a `<v>` from `start` to `end` in `s`, read in place when it is a plain number. */
  private valueAt(s: string, start: number, end: number): void {
    this.hasValue = true;
    if (this.type === 'n' || this.type === 's') this.number = plainDecimal(s, start, end);
    if (Number.isNaN(this.number)) this.raw = decodeXmlText(s.slice(start, end));
  }

  /** Parses `AB12` into this.row/this.col. */
  private parseRef(text: string, start: number, end: number): boolean {
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i) & ~32; // upper-case
      if (ch < 65 || ch > 90) break;
      col = col * 26 + (ch - 64);
    }
    if (i === start || i === end) return false;
    const row = parseIndex(text, i, end);
    if (row < 1) return false;
    this.col = col - 1;
    this.row = row - 1;
    return true;
  }

  private closeCell(): void {
    // A reference past Excel's grid would make the snapshot's arrays as long as it claims.
    if (this.row < 0 || this.row > MAX_ROW || this.col < 0 || this.col > MAX_COL) {
      this.problems.push({ message: readMessages.cellOutsideGrid(this.row + 1, this.col + 1) });
      return;
    }
    const value = this.cellValue();
    const numFmt = this.style < 0 ? 'General' : (this.context.numFmtByStyle[this.style] ?? 'General');
    const indent = this.style < 0 ? 0 : (this.context.indentByStyle[this.style] ?? 0);
    this.sheet.add(this.row, this.col, value, numFmt, this.cellFormula(), indent);
  }

  private cellValue(): CellValue {
    const raw = this.raw;
    switch (this.type) {
      case 's':
        return this.hasValue
          ? (this.context.sharedStrings[Number.isNaN(this.number) ? Number(raw) : this.number] ?? null)
          : null;
      case 'str':
        return this.hasValue ? decodeOoxmlEscapes(raw) : null;
      case 'inlineStr':
        return this.inline.value !== '' ? this.inline.text() : this.hasValue ? raw : null;
      case 'b':
        return this.hasValue ? raw.trim() === '1' || raw.trim() === 'true' : null;
      case 'e':
        return this.hasValue ? { error: raw.trim() } : null;
      case 'd':
        return this.hasValue ? (isoDateSerial(raw.trim()) ?? raw) : null;
      default: {
        if (!Number.isNaN(this.number)) return this.number;
        if (!this.hasValue || raw.trim() === '') return null;
        const n = Number(raw);
        if (Number.isFinite(n)) return n;
        this.problems.push({ cell: a1(this.row, this.col), message: readMessages.notANumber(raw) });
        return raw;
      }
    }
  }

  private cellFormula(): string | undefined {
    const text = this.formula;
    if (this.sharedIndex === undefined) return text === '' ? undefined : text;
    if (text !== undefined && text !== '') {
      this.sharedFormulas.set(this.sharedIndex, { formula: text, row: this.row, col: this.col });
      return text;
    }
    const master = this.sharedFormulas.get(this.sharedIndex);
    return master && shiftFormula(master.formula, this.row - master.row, this.col - master.col);
  }

  private addMerge(ref: string | undefined): void {
    const [from, to = from] = (ref ?? '').split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) return;
    this.sheet.merge({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
}
