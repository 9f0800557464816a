import { MAX_COLS, MAX_ROWS } from './address';
import { SimClientObject } from './client-object';
import { SimCollection } from './collection';
import type { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import type { EventHandler, SheetEvent, SheetState } from './host';
import { SimNoteCollection } from './notes';
import { parseSheetAreas, SimRange, SimRangeAreas } from './range';

/** Excel.EventHandlers: `add` registers at the next sync and gives a result whose `remove` unregisters. */
export class SimEventHandlers {
  constructor(
    private readonly context: SimRequestContext,
    private readonly location: string,
    private readonly event: SheetEvent,
    /** undefined: the worksheet collection's event, raised for every sheet. */
    private readonly sheet?: () => SheetState,
  ) {}

  add(handler: EventHandler): { context: SimRequestContext; remove(): void } {
    const context = this.context;
    context.requireApi('1.7', this.location);
    let unregister: (() => void) | undefined;
    context.enqueue(`${this.location}.add`, () => {
      unregister = context.host.register({ sheetId: this.sheet?.().id, event: this.event, handler });
    });
    return {
      context,
      remove: () => context.enqueue(`${this.location}.remove`, () => unregister?.(), false),
    };
  }
}

export class SimWorksheet extends SimClientObject<SheetState> {
  protected readonly scalarNames = ['id', 'name', 'position', 'tabColor', 'visibility'] as const;

  constructor(
    context: SimRequestContext,
    private readonly resolver: () => SheetState | null,
  ) {
    super(context, 'Worksheet');
  }

  protected resolve(): SheetState | null {
    return this.resolver();
  }

  protected compute(name: string, sheet: SheetState): unknown {
    switch (name) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return this.context.host.sheets.indexOf(sheet);
      case 'tabColor':
        return '';
      default:
        return sheet.visibility;
    }
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  get position(): number {
    return this.read('position');
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  get visibility(): string {
    return this.read('visibility');
  }

  private sheet(location: string): () => SheetState {
    return () => this.resolveExisting(location);
  }

  get onChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'Worksheet.onChanged', 'changed', this.sheet('Worksheet.onChanged'));
  }

  get onActivated(): SimEventHandlers {
    return new SimEventHandlers(
      this.context,
      'Worksheet.onActivated',
      'activated',
      this.sheet('Worksheet.onActivated'),
    );
  }

  /** ExcelApi 1.18. */
  get notes(): SimNoteCollection {
    this.requires('1.18', 'Worksheet.notes');
    return new SimNoteCollection(this.context, this.sheet('Worksheet.notes'));
  }

  /** getRange() without an address is the whole sheet. */
  getRange(address?: string): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.resolveExisting('Worksheet.getRange');
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const rects = parseSheetAreas(sheet, address);
      if (rects.length !== 1) throw new SimOfficeError(ErrorCodes.invalidArgument, 'Worksheet.getRange');
      return { sheet, rect: rects[0] };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    this.requires('1.7', 'Worksheet.getRangeByIndexes');
    return new SimRange(this.context, () => {
      const sheet = this.resolveExisting('Worksheet.getRangeByIndexes');
      const rect = {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
      if (
        rowCount < 1 ||
        columnCount < 1 ||
        startRow < 0 ||
        startColumn < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLS
      ) {
        throw new SimOfficeError(ErrorCodes.invalidArgument, 'Worksheet.getRangeByIndexes');
      }
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.getRange().getCell(row, column);
  }

  /** RangeAreas from comma-separated addresses ('B3:B9, D4'). */
  getRanges(address: string): SimRangeAreas {
    this.requires('1.9', 'Worksheet.getRanges');
    return new SimRangeAreas(this.context, () => {
      const sheet = this.resolveExisting('Worksheet.getRanges');
      return { sheet, rects: parseSheetAreas(sheet, address) };
    });
  }

  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(this.context, () => {
      const sheet = this.resolveExisting('Worksheet.getUsedRange');
      const rect = this.context.host.usedRect(sheet, valuesOnly);
      // Excel answers A1 for an empty sheet.
      return { sheet, rect: rect ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    this.requires('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new SimRange(this.context, () => {
      const sheet = this.resolveExisting('Worksheet.getUsedRangeOrNullObject');
      const rect = this.context.host.usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.act('Worksheet.activate', (sheet) => {
      if (sheet.visibility !== 'Visible') throw new SimOfficeError(ErrorCodes.invalidOperation, 'Worksheet.activate');
      this.context.host.activate(sheet);
    });
  }
}

/** Excel.WorksheetCollection. */
export class SimWorksheetCollection extends SimCollection<SimWorksheet, SheetState> {
  constructor(context: SimRequestContext) {
    super(
      context,
      'WorksheetCollection',
      () => context.host.sheets,
      (sheet) => new SimWorksheet(context, () => context.host.sheetByKey(sheet.id) ?? null),
    );
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => {
      const sheet = this.context.host.sheetByKey(key);
      if (!sheet) throw new SimOfficeError(ErrorCodes.itemNotFound, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    this.context.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new SimWorksheet(this.context, () => this.context.host.sheetByKey(key) ?? null);
  }

  /** The sheet that is active when the request runs. */
  getActiveWorksheet(): SimWorksheet {
    let sheet: SheetState | undefined;
    return new SimWorksheet(this.context, () => (sheet ??= this.context.host.activeSheet));
  }

  get onActivated(): SimEventHandlers {
    return new SimEventHandlers(this.context, 'WorksheetCollection.onActivated', 'activated');
  }

  get onChanged(): SimEventHandlers {
    this.context.requireApi('1.9', 'WorksheetCollection.onChanged');
    return new SimEventHandlers(this.context, 'WorksheetCollection.onChanged', 'changed');
  }
}
