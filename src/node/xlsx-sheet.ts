import { a1, parseA1, type CellValue, type ReadProblem } from '../core/snapshot';
import { readMessages } from './read-problems';
import { shiftFormula } from './shared-formula';
import type { SheetBuilder } from './sheet-builder';
import { StringItemText, decodeOoxmlEscapes } from './xlsx-parts';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer';

/**
 * Reads one worksheet part (`xl/worksheets/sheetN.xml`) into a SheetBuilder: the cells of `<sheetData>` and
 * the `<mergeCell>` ranges. `<dimension>` is ignored: it is a claim, and the cells are the facts.
 */

export interface WorkbookContext {
  sharedStrings: string[];
  numFmtByStyle: string[];
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

export class SheetHandler implements XmlHandler {
  wantText = false;
  readonly problems: ReadProblem[] = [];

  private row = -1;
  private col = -1;
  private type = 'n';
  private style = 0;
  private raw = '';
  private hasValue = false;
  private formula: string | undefined;
  private sharedIndex: string | undefined;
  private capture = Capture.None;
  private inInline = false;
  private readonly inline = new StringItemText();
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();

  constructor(
    private readonly sheet: SheetBuilder,
    private readonly context: WorkbookContext,
  ) {}

  open(name: string, attrs: XmlAttributes): void {
    switch (name) {
      case 'c':
        this.openCell(attrs);
        return;
      case 'v':
        this.capture = Capture.Value;
        this.hasValue = true;
        this.raw = '';
        this.wantText = true;
        return;
      case 'f':
        this.capture = Capture.Formula;
        this.formula = '';
        this.sharedIndex = attrs.get('t') === 'shared' ? attrs.get('si') : undefined;
        this.wantText = true;
        return;
      case 'is':
        this.inInline = true;
        this.inline.reset();
        return;
      case 'row': {
        const r = Number(attrs.get('r')); // `r` is optional: the row after the previous one
        this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1;
        this.col = -1;
        return;
      }
      case 'mergeCell':
        this.addMerge(attrs.get('ref'));
        return;
      default:
        if (this.inInline) {
          this.inline.open(name);
          this.wantText = this.inline.inText;
        }
    }
  }

  close(name: string): void {
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

  text(text: string): void {
    if (this.capture === Capture.Value) this.raw += text;
    else if (this.capture === Capture.Formula) this.formula += text;
    else this.inline.value += text;
  }

  private openCell(attrs: XmlAttributes): void {
    // The attributes of every cell are read in place, without slicing them out: this runs once per cell.
    const text = attrs.text;
    const r = attrs.indexOf('r');
    if (r < 0 || !this.parseRef(text, attrs.start(r), attrs.end(r))) this.col++; // `r` is optional: the cell after the previous one
    const t = attrs.indexOf('t');
    this.type = t < 0 ? 'n' : cellType(text, attrs.start(t), attrs.end(t));
    const s = attrs.indexOf('s');
    this.style = s < 0 ? 0 : parseIndex(text, attrs.start(s), attrs.end(s));
    this.hasValue = false;
    this.raw = '';
    this.formula = undefined;
    this.sharedIndex = undefined;
    this.inline.reset();
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
    this.sheet.add(this.row, this.col, value, numFmt, this.cellFormula());
  }

  private cellValue(): CellValue {
    const raw = this.raw;
    switch (this.type) {
      case 's':
        return this.hasValue ? (this.context.sharedStrings[Number(raw)] ?? null) : null;
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
    this.sheet.merge({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
}
