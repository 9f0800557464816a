import { cellCount, formatArea, intersection, MAX_COLS, MAX_ROWS, parseArea, quoteSheetName, splitSheetPrefix, type Rect } from './address';
import { SimClientObject } from './client-object';
import { SimCollection } from './collection';
import { SimConditionalFormatCollection } from './conditional-format';
import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import { SimRangeFormat } from './format';
import { boundingRect, type SheetState } from './host';
import type { SimCell } from './model';
import { SimWorksheet } from './worksheet';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export interface AreasTarget {
  sheet: SheetState;
  rects: Rect[];
}

/** More cells than any real request could return; stops a whole-sheet load before it eats the test's memory. */
const MAX_CELLS_PER_LOAD = 20_000_000;

function valueType(cell: SimCell | null): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function cellGrid<V>(t: RangeTarget, pick: (cell: SimCell | null) => V): V[][] {
  const { rect, sheet } = t;
  if (cellCount(rect) > MAX_CELLS_PER_LOAD) throw new SimOfficeError(ErrorCodes.requestPayloadSizeLimitExceeded);
  const out: V[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const cells = sheet.rows[row];
    const line: V[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(pick(cells?.[col] ?? null));
    out.push(line);
  }
  return out;
}

export function sheetAddress(sheet: SheetState, rect: Rect): string {
  return `${quoteSheetName(sheet.name)}!${formatArea(rect)}`;
}

/** Parses an address given to getRange/getRanges on a sheet; a sheet prefix must name that sheet. */
export function parseSheetAreas(sheet: SheetState, address: string): Rect[] {
  const rects = address.split(',').map((part) => {
    const { sheet: named, area } = splitSheetPrefix(part);
    const rect = parseArea(area);
    if (!rect || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())) {
      throw new SimOfficeError(ErrorCodes.invalidArgument);
    }
    return rect;
  });
  if (rects.length === 0) throw new SimOfficeError(ErrorCodes.invalidArgument);
  return rects;
}

function checkedRect(r: Rect): Rect {
  if (r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLS || r.top > r.bottom || r.left > r.right) {
    throw new SimOfficeError(ErrorCodes.invalidArgument);
  }
  return r;
}

/** Excel.Range over one rectangle of one sheet. */
export class SimRange extends SimClientObject<RangeTarget> {
  protected readonly scalarNames = [
    'address',
    'addressLocal',
    'cellCount',
    'columnCount',
    'columnIndex',
    'formulas',
    'formulasLocal',
    'isEntireColumn',
    'isEntireRow',
    'numberFormat',
    'rowCount',
    'rowIndex',
    'text',
    'values',
    'valueTypes',
  ] as const;
  private formatProxy?: SimRangeFormat;
  private worksheetProxy?: SimWorksheet;
  private conditionalFormatsProxy?: SimConditionalFormatCollection;

  constructor(
    context: SimRequestContext,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, 'Range');
  }

  protected resolve(): RangeTarget | null {
    return this.resolver();
  }

  protected compute(name: string, t: RangeTarget): unknown {
    const { rect } = t;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return sheetAddress(t.sheet, rect);
      case 'cellCount':
        return cellCount(rect);
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'rowIndex':
        return rect.top;
      case 'isEntireColumn':
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case 'isEntireRow':
        return rect.left === 0 && rect.right === MAX_COLS - 1;
      case 'values':
        return cellGrid(t, (c) => c?.value ?? '');
      case 'text':
        return cellGrid(t, (c) => c?.text ?? '');
      case 'numberFormat':
        return cellGrid(t, (c) => c?.numberFormat ?? 'General');
      case 'formulas':
      case 'formulasLocal':
        return cellGrid(t, (c) => c?.formula ?? c?.value ?? '');
      case 'valueTypes':
        return cellGrid(t, valueType);
      default:
        throw new SimOfficeError(ErrorCodes.invalidArgument);
    }
  }

  protected override child(name: string): SimClientObject<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get addressLocal(): string {
    return this.read('addressLocal');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get formulasLocal(): unknown[][] {
    return this.read('formulasLocal');
  }
  get isEntireColumn(): boolean {
    return this.read('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this.read('isEntireRow');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get format(): SimRangeFormat {
    return (this.formatProxy ??= new SimRangeFormat(this.context, () => this.areasTarget()));
  }

  get worksheet(): SimWorksheet {
    return (this.worksheetProxy ??= new SimWorksheet(this.context, () => this.resolveExisting('Range.worksheet').sheet));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.requires('1.6', 'Range.conditionalFormats');
    return (this.conditionalFormatsProxy ??= new SimConditionalFormatCollection(this.context, () => this.areasTarget()));
  }

  private areasTarget(): AreasTarget {
    const t = this.resolveExisting();
    return { sheet: t.sheet, rects: [t.rect] };
  }

  /** A range worked out from this one at sync time. */
  private derive(location: string, from: (t: RangeTarget) => Rect | null, version = '1.1'): SimRange {
    this.requires(version, location);
    return new SimRange(this.context, () => {
      const t = this.resolveExisting(location);
      const rect = from(t);
      return rect === null ? null : { sheet: t.sheet, rect: checkedRect(rect) };
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.derive('Range.getCell', ({ rect }) => {
      const r = rect.top + row;
      const c = rect.left + column;
      return { top: r, bottom: r, left: c, right: c };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive('Range.getOffsetRange', ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive(
      'Range.getResizedRange',
      ({ rect }) => ({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }),
      '1.2',
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this.derive(
      'Range.getAbsoluteResizedRange',
      ({ rect }) => ({ ...rect, bottom: rect.top + numRows - 1, right: rect.left + numColumns - 1 }),
      '1.7',
    );
  }

  getRow(row: number): SimRange {
    return this.derive('Range.getRow', ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }

  getColumn(column: number): SimRange {
    return this.derive('Range.getColumn', ({ rect }) => ({ ...rect, left: rect.left + column, right: rect.left + column }));
  }

  getLastRow(): SimRange {
    return this.derive('Range.getLastRow', ({ rect }) => ({ ...rect, top: rect.bottom }), '1.2');
  }

  getLastColumn(): SimRange {
    return this.derive('Range.getLastColumn', ({ rect }) => ({ ...rect, left: rect.right }), '1.2');
  }

  getLastCell(): SimRange {
    return this.derive('Range.getLastCell', ({ rect }) => ({ ...rect, top: rect.bottom, left: rect.right }), '1.2');
  }

  getEntireRow(): SimRange {
    return this.derive('Range.getEntireRow', ({ rect }) => ({ ...rect, left: 0, right: MAX_COLS - 1 }));
  }

  getEntireColumn(): SimRange {
    return this.derive('Range.getEntireColumn', ({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 }));
  }

  private other(location: string, other: SimRange | string, t: RangeTarget): Rect {
    if (typeof other === 'string') return parseSheetAreas(t.sheet, other)[0];
    const o = other.resolveExisting(location);
    if (o.sheet !== t.sheet) throw new SimOfficeError(ErrorCodes.invalidArgument, location);
    return o.rect;
  }

  getBoundingRect(other: SimRange | string): SimRange {
    return this.derive('Range.getBoundingRect', (t) => boundingRect(t.rect, this.other('Range.getBoundingRect', other, t)));
  }

  getIntersection(other: SimRange | string): SimRange {
    return this.derive('Range.getIntersection', (t) => {
      const cut = intersection(t.rect, this.other('Range.getIntersection', other, t));
      if (!cut) throw new SimOfficeError(ErrorCodes.itemNotFound, 'Range.getIntersection');
      return cut;
    });
  }

  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    return this.derive(
      'Range.getIntersectionOrNullObject',
      (t) => intersection(t.rect, this.other('Range.getIntersectionOrNullObject', other, t)) ?? null,
      '1.4',
    );
  }

  getUsedRange(valuesOnly = false): SimRange {
    return this.derive('Range.getUsedRange', (t) => {
      const used = this.usedWithin(t, valuesOnly);
      if (!used) throw new SimOfficeError(ErrorCodes.itemNotFound, 'Range.getUsedRange');
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.derive('Range.getUsedRangeOrNullObject', (t) => this.usedWithin(t, valuesOnly), '1.4');
  }

  private usedWithin(t: RangeTarget, valuesOnly: boolean): Rect | null {
    const used = this.context.host.usedRect(t.sheet, valuesOnly);
    return used ? (intersection(used, t.rect) ?? null) : null;
  }

  /** The merged areas that overlap this range, or a null object when there are none. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    this.requires('1.13', 'Range.getMergedAreasOrNullObject');
    return new SimRangeAreas(this.context, () => {
      const t = this.resolveExisting('Range.getMergedAreasOrNullObject');
      const merges = this.context.host.mergesIn(t.sheet, [t.rect]);
      return merges.length === 0 ? null : { sheet: t.sheet, rects: merges };
    });
  }

  select(): void {
    this.act('Range.select', (t) => this.context.host.select(t.sheet, [t.rect]));
  }
}

/** Excel.RangeAreas: several rectangles of one sheet (Worksheet.getRanges, merged areas). */
export class SimRangeAreas extends SimClientObject<AreasTarget> {
  protected readonly scalarNames = ['address', 'addressLocal', 'areaCount', 'cellCount', 'isEntireColumn', 'isEntireRow'] as const;
  private areasProxy?: SimCollection<SimRange, RangeTarget>;
  private formatProxy?: SimRangeFormat;
  private worksheetProxy?: SimWorksheet;
  private conditionalFormatsProxy?: SimConditionalFormatCollection;

  constructor(
    context: SimRequestContext,
    private readonly resolver: () => AreasTarget | null,
  ) {
    super(context, 'RangeAreas');
  }

  protected resolve(): AreasTarget | null {
    return this.resolver();
  }

  protected compute(name: string, t: AreasTarget): unknown {
    switch (name) {
      case 'address':
      case 'addressLocal':
        return t.rects.map((r) => sheetAddress(t.sheet, r)).join(', ');
      case 'areaCount':
        return t.rects.length;
      case 'cellCount':
        return t.rects.reduce((n, r) => n + cellCount(r), 0);
      case 'isEntireColumn':
        return t.rects.every((r) => r.top === 0 && r.bottom === MAX_ROWS - 1);
      case 'isEntireRow':
        return t.rects.every((r) => r.left === 0 && r.right === MAX_COLS - 1);
      default:
        throw new SimOfficeError(ErrorCodes.invalidArgument);
    }
  }

  protected override child(name: string): SimClientObject<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get addressLocal(): string {
    return this.read('addressLocal');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get isEntireColumn(): boolean {
    return this.read('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this.read('isEntireRow');
  }

  get areas(): SimCollection<SimRange, RangeTarget> {
    return (this.areasProxy ??= new SimCollection(
      this.context,
      'RangeCollection',
      () => {
        const t = this.resolveExisting('RangeAreas.areas');
        return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
      },
      (target) => new SimRange(this.context, () => target),
    ));
  }

  get format(): SimRangeFormat {
    return (this.formatProxy ??= new SimRangeFormat(this.context, () => this.resolveExisting('RangeAreas.format')));
  }

  get worksheet(): SimWorksheet {
    return (this.worksheetProxy ??= new SimWorksheet(this.context, () => this.resolveExisting('RangeAreas.worksheet').sheet));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new SimConditionalFormatCollection(this.context, () =>
      this.resolveExisting('RangeAreas.conditionalFormats'),
    ));
  }

  select(): void {
    this.act('RangeAreas.select', (t) => this.context.host.select(t.sheet, t.rects));
  }
}
