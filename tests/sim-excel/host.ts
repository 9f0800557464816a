import { formatArea, parseArea, rectsIntersect, subtract, type Rect } from './address';
import { ErrorCodes, SimOfficeError } from './errors';
import type { CellFormat, ConditionalFormatModel, SimCell, SimHostOptions, SimSheet, SimWorkbook } from './model';

/** The host's state of one worksheet; rows and formats are mutated only by the actions the add-in queues. */
export interface SheetState {
  id: string;
  name: string;
  visibility: SimSheet['visibility'];
  protected: boolean;
  notes: { address: string; content: string }[];
  rows: (SimCell | null)[][];
  merges: Rect[];
  /** Ordered by priority: index = priority. */
  conditionalFormats: ConditionalFormatModel[];
  /** The sheet's own selection, kept while another sheet is active (as Excel does). */
  selection: Rect[];
  /** Bumped on every cell change, to reuse the computed used range. */
  version: number;
  usedCache?: { version: number; valuesOnly: boolean; rect: Rect | null };
}

export type SheetEvent = 'changed' | 'activated';
export type EventHandler = (args: Record<string, unknown>) => unknown;

interface Registration {
  /** undefined: registered on the worksheet collection (every sheet). */
  sheetId?: string;
  event: SheetEvent;
  handler: EventHandler;
}

export interface HostCounters {
  /** `context.sync()` calls made by the add-in. */
  syncCount: number;
  /** Batches actually sent to the host (syncs with queued work, including Excel.run's closing sync). */
  roundTrips: number;
  /** `Excel.run` calls. */
  runCount: number;
  /** Syncs refused because their response passed the payload limit. */
  payloadRefusals: number;
  /** The largest response (UTF-8 bytes) a sync carried. */
  largestPayload: number;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function isUsed(cell: SimCell | null | undefined, valuesOnly: boolean): boolean {
  if (!cell) return false;
  if (cell.value !== '' || cell.formula !== undefined) return true;
  return !valuesOnly && (cell.format !== undefined || cell.numberFormat !== 'General');
}

/** The simulated Excel application behind every proxy: one workbook, its selection, events and counters. */
export class SimHost {
  readonly options: SimHostOptions;
  readonly sheets: SheetState[];
  activeSheetId: string;
  readonly counters: HostCounters = { syncCount: 0, roundTrips: 0, runCount: 0, payloadRefusals: 0, largestPayload: 0 };
  private registrations: Registration[] = [];
  private handlersRunning: Promise<unknown>[] = [];
  private nextConditionalFormat = 1;

  constructor(workbook: SimWorkbook) {
    const copy = structuredClone(workbook);
    this.options = copy.options;
    this.sheets = copy.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protected: s.protected ?? false,
      notes: s.notes ?? [],
      rows: s.rows,
      merges: s.merges.map((m) => this.area(m)),
      conditionalFormats: [...s.conditionalFormats].sort((x, y) => x.priority - y.priority),
      selection: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      version: 0,
    }));
    const active = this.sheetByKey(copy.activeSheet) ?? this.sheets[0];
    if (!active) throw new Error('sim-excel: a workbook needs at least one sheet');
    this.activeSheetId = active.id;
  }

  private area(address: string): Rect {
    const rect = parseArea(address);
    if (!rect) throw new Error(`sim-excel: not an A1 area: ${address}`);
    return rect;
  }

  supports(set: string, version: string): boolean {
    const have = this.options.requirementSets[set];
    return have !== undefined && versionAtLeast(have, version);
  }

  /** Excel looks sheets up by name (case-insensitively) or id. */
  sheetByKey(key: string): SheetState | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  get activeSheet(): SheetState {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
  }

  /** The used range: from the first to the last used row and column (not from A1), or null for an empty sheet. */
  usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
    const cached = sheet.usedCache;
    if (cached && cached.version === sheet.version && cached.valuesOnly === valuesOnly) return cached.rect;
    let rect: Rect | null = null;
    sheet.rows.forEach((cells, row) => {
      cells?.forEach((cell, col) => {
        if (!isUsed(cell, valuesOnly)) return;
        rect = rect
          ? {
              top: Math.min(rect.top, row),
              bottom: Math.max(rect.bottom, row),
              left: Math.min(rect.left, col),
              right: Math.max(rect.right, col),
            }
          : { top: row, bottom: row, left: col, right: col };
      });
    });
    if (!valuesOnly) for (const m of sheet.merges) rect = rect ? boundingRect(rect, m) : m;
    sheet.usedCache = { version: sheet.version, valuesOnly, rect };
    return rect;
  }

  /** Merged areas that overlap any of the rectangles. */
  mergesIn(sheet: SheetState, rects: Rect[]): Rect[] {
    return sheet.merges.filter((m) => rects.some((r) => rectsIntersect(m, r)));
  }

  conditionalFormatsIn(sheet: SheetState, rects: Rect[]): ConditionalFormatModel[] {
    return sheet.conditionalFormats.filter((cf) =>
      cf.ranges.some((a) => rects.some((r) => rectsIntersect(this.area(a), r))),
    );
  }

  conditionalFormatById(sheet: SheetState, id: string): ConditionalFormatModel | undefined {
    return sheet.conditionalFormats.find((cf) => cf.id === id);
  }

  newConditionalFormatId(): string {
    return `{SIM-CF-${String(this.nextConditionalFormat++).padStart(6, '0')}}`;
  }

  /** ConditionalFormatCollection.add: the new format goes on top (priority 0). */
  addConditionalFormat(sheet: SheetState, id: string, type: string, rects: Rect[]): ConditionalFormatModel {
    refuseIfProtected(sheet);
    const cf: ConditionalFormatModel = {
      id,
      type,
      ranges: rects.map(formatArea),
      priority: 0,
      stopIfTrue: false,
      style: {},
    };
    sheet.conditionalFormats.unshift(cf);
    this.renumber(sheet);
    return cf;
  }

  /** NoteCollection.add: Excel allows one note per cell (a second is an InvalidArgument error). */
  addNote(sheet: SheetState, address: string, content: string): void {
    refuseIfProtected(sheet);
    if (sheet.notes.some((n) => n.address === address)) throw new SimOfficeError(ErrorCodes.invalidArgument);
    sheet.notes.push({ address, content });
  }

  deleteNote(sheet: SheetState, address: string): void {
    refuseIfProtected(sheet);
    sheet.notes = sheet.notes.filter((n) => n.address !== address);
  }

  deleteConditionalFormat(sheet: SheetState, id: string): void {
    refuseIfProtected(sheet);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== id);
    this.renumber(sheet);
  }

  setConditionalFormatPriority(sheet: SheetState, id: string, priority: number): void {
    const cf = this.conditionalFormatById(sheet, id);
    if (!cf) return;
    const rest = sheet.conditionalFormats.filter((c) => c !== cf);
    rest.splice(Math.max(0, Math.min(priority, rest.length)), 0, cf);
    sheet.conditionalFormats = rest;
    this.renumber(sheet);
  }

  /** ConditionalFormatCollection.clearAll: takes the rectangles out of every format; a format left with none goes. */
  clearConditionalFormats(sheet: SheetState, rects: Rect[]): void {
    for (const cf of sheet.conditionalFormats) {
      let areas = cf.ranges.map((a) => this.area(a));
      for (const r of rects) areas = areas.flatMap((a) => subtract(a, r));
      cf.ranges = areas.map(formatArea);
    }
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    this.renumber(sheet);
  }

  private renumber(sheet: SheetState): void {
    sheet.conditionalFormats.forEach((cf, i) => (cf.priority = i));
  }

  /** Changes the own format of every cell in the rectangle (only a misbehaving add-in does this). */
  updateCellFormats(sheet: SheetState, rect: Rect, update: (format: CellFormat) => void): void {
    for (let row = 0; row <= rect.bottom; row++) sheet.rows[row] ??= [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const cells = sheet.rows[row];
      for (let col = rect.left; col <= rect.right; col++) {
        const cell = (cells[col] ??= { value: '', text: '', numberFormat: 'General' });
        const format = (cell.format ??= {});
        update(format);
      }
    }
    sheet.version++;
  }

  activate(sheet: SheetState): void {
    if (sheet.id === this.activeSheetId) return;
    this.activeSheetId = sheet.id;
    this.fire(sheet.id, 'activated', { type: 'WorksheetActivated', worksheetId: sheet.id });
  }

  /** Range.select: activates the range's sheet and selects its areas. */
  select(sheet: SheetState, rects: Rect[]): void {
    this.activate(sheet);
    sheet.selection = rects;
  }

  register(registration: Registration): () => void {
    this.registrations.push(registration);
    return () => {
      this.registrations = this.registrations.filter((r) => r !== registration);
    };
  }

  /** Calls the matching handlers after the current round trip, as Excel delivers events. */
  fire(sheetId: string, event: SheetEvent, args: Record<string, unknown>): void {
    const handlers = this.registrations.filter(
      (r) => r.event === event && (r.sheetId === undefined || r.sheetId === sheetId),
    );
    for (const { handler } of handlers) {
      const running = new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(args));
      running.catch(() => undefined); // reported by whenIdle, not as an unhandled rejection
      this.handlersRunning.push(running);
    }
  }

  /** Resolves once every event handler fired so far has finished (rejects with a handler's error). */
  async whenIdle(): Promise<void> {
    while (this.handlersRunning.length > 0) {
      const running = this.handlersRunning;
      this.handlersRunning = [];
      await Promise.all(running);
    }
  }

  /** A user edit: writes the cell and raises onChanged, as typing in Excel does. */
  editCell(sheet: SheetState, address: string, cell: SimCell | null): void {
    const rect = this.area(address);
    for (let row = 0; row <= rect.top; row++) sheet.rows[row] ??= [];
    sheet.rows[rect.top][rect.left] = cell;
    sheet.version++;
    this.fire(sheet.id, 'changed', {
      type: 'WorksheetChanged',
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheet.id,
      address: formatArea(rect),
    });
  }

  /** The workbook as it is now, in the injected format: what tests compare before and after. */
  export(): SimWorkbook {
    return structuredClone({
      options: this.options,
      activeSheet: this.activeSheet.name,
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        ...(s.protected ? { protected: true } : {}),
        ...(s.notes.length > 0 ? { notes: s.notes } : {}),
        rows: s.rows,
        merges: s.merges.map(formatArea),
        conditionalFormats: s.conditionalFormats,
      })),
    });
  }
}

/** A protected sheet refuses changes to its formats, as Excel does for an add-in. */
function refuseIfProtected(sheet: SheetState): void {
  if (sheet.protected) throw new SimOfficeError(ErrorCodes.accessDenied);
}

function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
  };
}
