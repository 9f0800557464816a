import {
  cellCount,
  formatArea,
  MAX_COLS,
  MAX_ROWS,
  parseArea,
  quoteSheetName,
  splitSheetPrefix,
  type Rect,
} from './address';
import { SimClientObject, SimClientResult } from './client-object';
import { SimCollection } from './collection';
import { SimConditionalFormatCollection } from './conditional-format';
import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import { SimRangeFormat } from './format';
import type { SheetState } from './host';
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

const MAX_MERGED_AREAS = 512;

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

/** What Range and RangeAreas share: addresses, the cells' formats, the sheet, conditional formats, select. */
abstract class SimRangeBase<T extends { sheet: SheetState }> extends SimClientObject<T> {
  private formatProxy?: SimRangeFormat;
  private worksheetProxy?: SimWorksheet;
  private conditionalFormatsProxy?: SimConditionalFormatCollection;

  /** The rectangles this object covers. */
  protected abstract areasOf(target: T): AreasTarget;

  /** The properties both have, or undefined for the subclass to answer. */
  protected computeShared(name: string, target: T): unknown {
    const { sheet, rects } = this.areasOf(target);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return rects.map((r) => `${quoteSheetName(sheet.name)}!${formatArea(r)}`).join(', ');
      case 'cellCount':
        return rects.reduce((n, r) => n + cellCount(r), 0);
      case 'isEntireColumn':
        return rects.every((r) => r.top === 0 && r.bottom === MAX_ROWS - 1);
      case 'isEntireRow':
        return rects.every((r) => r.left === 0 && r.right === MAX_COLS - 1);
      default:
        return undefined;
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
  get isEntireColumn(): boolean {
    return this.read('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this.read('isEntireRow');
  }

  private coveredAreas(location: string): AreasTarget {
    return this.areasOf(this.resolveExisting(`${this.typeName}.${location}`));
  }

  get format(): SimRangeFormat {
    return (this.formatProxy ??= new SimRangeFormat(this.context, () => this.coveredAreas('format')));
  }

  get worksheet(): SimWorksheet {
    return (this.worksheetProxy ??= new SimWorksheet(this.context, () => this.coveredAreas('worksheet').sheet));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.requires('1.6', `${this.typeName}.conditionalFormats`);
    return (this.conditionalFormatsProxy ??= new SimConditionalFormatCollection(this.context, () =>
      this.coveredAreas('conditionalFormats'),
    ));
  }

  /** Activates the sheet and selects the cells. */
  select(): void {
    this.act(`${this.typeName}.select`, (t) => {
      const { sheet, rects } = this.areasOf(t);
      this.context.host.select(sheet, rects);
    });
  }
}

/** Excel.Range over one rectangle of one sheet. */
export class SimRange extends SimRangeBase<RangeTarget> {
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

  constructor(
    context: SimRequestContext,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, 'Range');
  }

  protected resolve(): RangeTarget | null {
    return this.resolver();
  }

  protected areasOf({ sheet, rect }: RangeTarget): AreasTarget {
    return { sheet, rects: [rect] };
  }

  protected compute(name: string, t: RangeTarget): unknown {
    const { rect } = t;
    switch (name) {
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'rowIndex':
        return rect.top;
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
        return this.computeShared(name, t);
    }
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

  getRow(row: number): SimRange {
    return this.derive('Range.getRow', ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }

  /**
   * The merged areas that overlap this range, or a null object when there are none. Excel documents that it fails
   * past 512 areas without naming an error code: GeneralException here.
   */
  /** Per-cell properties (ExcelApi 1.9); the simulator answers `format.indentLevel` only. */
  getCellProperties(spec: {
    format?: { indentLevel?: boolean };
  }): SimClientResult<{ format: { indentLevel: number } }[][]> {
    this.requires('1.9', 'Range.getCellProperties');
    if (spec.format?.indentLevel !== true || Object.keys(spec).length !== 1 || Object.keys(spec.format).length !== 1)
      throw new Error('the simulator answers getCellProperties({ format: { indentLevel: true } }) only');
    return new SimClientResult(this.context, 'Range.getCellProperties', () => {
      const grid = cellGrid(this.resolveExisting('Range.getCellProperties'), (c) => ({
        format: { indentLevel: c?.format?.indentLevel ?? 0 },
      }));
      this.context.countPayload(grid);
      return grid;
    });
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    this.requires('1.13', 'Range.getMergedAreasOrNullObject');
    return new SimRangeAreas(this.context, () => {
      const t = this.resolveExisting('Range.getMergedAreasOrNullObject');
      const merges = this.context.host.mergesIn(t.sheet, [t.rect]);
      if (merges.length > MAX_MERGED_AREAS)
        throw new SimOfficeError(ErrorCodes.generalException, 'Range.getMergedAreasOrNullObject');
      return merges.length === 0 ? null : { sheet: t.sheet, rects: merges };
    });
  }
}

/** Excel.RangeAreas: several rectangles of one sheet (Worksheet.getRanges, merged areas). */
export class SimRangeAreas extends SimRangeBase<AreasTarget> {
  protected readonly scalarNames = [
    'address',
    'addressLocal',
    'areaCount',
    'cellCount',
    'isEntireColumn',
    'isEntireRow',
  ] as const;
  private areasProxy?: SimCollection<SimRange, RangeTarget>;

  constructor(
    context: SimRequestContext,
    private readonly resolver: () => AreasTarget | null,
  ) {
    super(context, 'RangeAreas');
  }

  protected resolve(): AreasTarget | null {
    return this.resolver();
  }

  protected areasOf(target: AreasTarget): AreasTarget {
    return target;
  }

  protected compute(name: string, t: AreasTarget): unknown {
    return name === 'areaCount' ? t.rects.length : this.computeShared(name, t);
  }

  get areaCount(): number {
    return this.read('areaCount');
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
}
