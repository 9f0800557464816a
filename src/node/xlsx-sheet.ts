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

/** An ISO 8601 date cell (`t="d"`) as the serial number Excel would store (UTC, no time zone shift). */
function isoDateSerial(iso: string): number | undefined {
  const withZone = /T.*(Z|[+-]\d\d:?\d\d)$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : (ms - EXCEL_EPOCH_MS) / 86400000;
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
        const r = attrs.get('r');
        this.row = r === undefined ? this.row + 1 : Number(r) - 1;
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
    const ref = attrs.get('r');
    if (ref === undefined || !this.parseRef(ref)) this.col++; // `r` is optional: the cell after the previous one
    this.type = attrs.get('t') ?? 'n';
    const s = attrs.get('s');
    this.style = s === undefined ? 0 : Number(s);
    this.hasValue = false;
    this.raw = '';
    this.formula = undefined;
    this.sharedIndex = undefined;
    this.inline.reset();
  }

  /** Parses `AB12` into this.row/this.col without allocating; this runs once per cell. */
  private parseRef(ref: string): boolean {
    let col = 0;
    let i = 0;
    for (; i < ref.length; i++) {
      const ch = ref.charCodeAt(i) & ~32; // upper-case
      if (ch < 65 || ch > 90) break;
      col = col * 26 + (ch - 64);
    }
    if (i === 0 || i === ref.length) return false;
    let row = 0;
    for (; i < ref.length; i++) {
      const d = ref.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      row = row * 10 + d;
    }
    this.col = col - 1;
    this.row = row - 1;
    return true;
  }

  private closeCell(): void {
    const value = this.cellValue();
    const numFmt = this.context.numFmtByStyle[this.style] ?? 'General';
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
      case 'd': {
        if (!this.hasValue) return null;
        return isoDateSerial(raw.trim()) ?? raw;
      }
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
