import { formatArea, parseArea } from './address';
import { conditionalFormatTypes } from './conditional-format';
import { SimRequestContext } from './context';
import { ErrorCodes, SimOfficeError } from './errors';
import { SimHost, type HostCounters } from './host';
import { simCellSchema, type ConditionalFormatModel, type SimWorkbook } from './model';

/**
 * The `Office`, `Excel` and `OfficeExtension` globals of office.js, served by a SimHost, and the inspector the
 * tests read the host through (`window.__SIM__` in the browser).
 */

type Batch<R> = (context: SimRequestContext) => Promise<R>;

const conditionalLineStyles = {
  none: 'None',
  continuous: 'Continuous',
  dash: 'Dash',
  dashDot: 'DashDot',
  dashDotDot: 'DashDotDot',
  dot: 'Dot',
} as const;

function makeExcel(host: SimHost) {
  function contextOf(previous: unknown): SimRequestContext | undefined {
    if (previous instanceof SimRequestContext) return previous;
    if (
      previous &&
      typeof previous === 'object' &&
      'context' in previous &&
      previous.context instanceof SimRequestContext
    ) {
      return previous.context;
    }
    return undefined;
  }

  /** Excel.run(batch) or Excel.run(object, batch): the batch must return a promise; a closing sync follows it. */
  function run<R>(batch: Batch<R>): Promise<R>;
  function run<R>(previous: unknown, batch: Batch<R>): Promise<R>;
  async function run<R>(...args: unknown[]): Promise<R> {
    const batch = args[args.length - 1] as Batch<R>;
    const previous = args.length > 1 ? contextOf(args[0]) : undefined;
    if (typeof batch !== 'function') throw new SimOfficeError(ErrorCodes.invalidArgument, 'Excel.run');
    host.counters.runCount++;
    const context = previous ?? new SimRequestContext(host);
    try {
      const pending: unknown = batch(context);
      if (!pending || typeof (pending as Promise<R>).then !== 'function') {
        throw new SimOfficeError(ErrorCodes.runMustReturnPromise, 'Excel.run');
      }
      const result = await (pending as Promise<R>);
      await context.flush();
      return result;
    } finally {
      if (!previous) context.expired = true;
    }
  }

  return {
    run,
    RequestContext: function RequestContext() {
      return new SimRequestContext(host);
    },
    ErrorCodes,
    ConditionalFormatType: conditionalFormatTypes,
    ConditionalRangeBorderIndex: {
      edgeTop: 'EdgeTop',
      edgeBottom: 'EdgeBottom',
      edgeLeft: 'EdgeLeft',
      edgeRight: 'EdgeRight',
    },
    ConditionalRangeBorderLineStyle: conditionalLineStyles,
    BorderIndex: {
      edgeTop: 'EdgeTop',
      edgeBottom: 'EdgeBottom',
      edgeLeft: 'EdgeLeft',
      edgeRight: 'EdgeRight',
      insideVertical: 'InsideVertical',
      insideHorizontal: 'InsideHorizontal',
      diagonalDown: 'DiagonalDown',
      diagonalUp: 'DiagonalUp',
    },
    BorderLineStyle: { ...conditionalLineStyles, double: 'Double', slantDashDot: 'SlantDashDot' },
    BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
    EventSource: { local: 'Local', remote: 'Remote' },
    EventType: {
      worksheetChanged: 'WorksheetChanged',
      worksheetActivated: 'WorksheetActivated',
    },
    DataChangeType: {
      unknown: 'Unknown',
      rangeEdited: 'RangeEdited',
      rowInserted: 'RowInserted',
      rowDeleted: 'RowDeleted',
      columnInserted: 'ColumnInserted',
      columnDeleted: 'ColumnDeleted',
      cellInserted: 'CellInserted',
      cellDeleted: 'CellDeleted',
    },
    RangeValueType: {
      unknown: 'Unknown',
      empty: 'Empty',
      string: 'String',
      integer: 'Integer',
      double: 'Double',
      boolean: 'Boolean',
      error: 'Error',
      richValue: 'RichValue',
    },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  };
}

function makeOffice(host: SimHost) {
  const { platform, displayLanguage } = host.options;
  const info = { host: 'Excel', platform };
  const ready = new Promise<void>((resolve) => {
    const doc = (globalThis as { document?: Document }).document;
    if (!doc || doc.readyState !== 'loading') setTimeout(resolve, 0);
    else doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  const office = {
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      return ready.then(() => {
        callback?.(info);
        return info;
      });
    },
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: 'Excel',
      platform,
      diagnostics: { host: 'Excel', platform, version: '16.0.0.0' },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const want =
            minVersion === undefined ? '1.1' : typeof minVersion === 'number' ? minVersion.toFixed(1) : minVersion;
          return host.supports(name, want);
        },
      },
    },
  };
  // office.js calls Office.initialize, when a page sets it, once the host is ready.
  void ready.then(() => office.initialize?.('inserted'));
  return office;
}

/** What the tests read and do through the host (exposed to the page as `window.__SIM__`). */
export function makeInspector(host: SimHost) {
  const sheet = (name: string) => {
    const found = host.sheetByKey(name);
    if (!found) throw new Error(`sim-excel: no sheet '${name}'`);
    return found;
  };
  const rects = (address: string) =>
    address.split(',').map((a) => {
      const r = parseArea(a);
      if (!r) throw new Error(`sim-excel: not an A1 area: ${a}`);
      return r;
    });
  return {
    counters: (): HostCounters => ({ ...host.counters }),
    resetCounters(): void {
      Object.assign(host.counters, { syncCount: 0, roundTrips: 0, runCount: 0, payloadRefusals: 0, largestPayload: 0 });
    },
    workbook: (): SimWorkbook => host.export(),
    conditionalFormats: (name: string): ConditionalFormatModel[] => structuredClone(sheet(name).conditionalFormats),
    /** The active sheet and its selected areas ('B3:B9,D4'), without the sheet name. */
    selection: (): { sheet: string; address: string } => ({
      sheet: host.activeSheet.name,
      address: host.activeSheet.selection.map(formatArea).join(','),
    }),
    /** The user clicks a sheet tab. */
    activateSheet: (name: string): void => host.activate(sheet(name)),
    /** The user selects cells. */
    selectRange: (name: string, address: string): void => host.select(sheet(name), rects(address)),
    /** The user types into a cell. */
    editCell: (name: string, address: string, cell: unknown): void =>
      host.editCell(sheet(name), address, cell === null ? null : simCellSchema.parse(cell)),
    whenIdle: (): Promise<void> => host.whenIdle(),
  };
}

export type SimInspector = ReturnType<typeof makeInspector>;

export interface SimOffice {
  host: SimHost;
  inspector: SimInspector;
  Office: ReturnType<typeof makeOffice>;
  Excel: ReturnType<typeof makeExcel>;
  OfficeExtension: {
    Error: typeof SimOfficeError;
    ErrorCodes: typeof ErrorCodes;
    config: { extendedErrorLogging: boolean };
  };
}

export function createSimOffice(workbook: SimWorkbook): SimOffice {
  const host = new SimHost(workbook);
  return {
    host,
    inspector: makeInspector(host),
    Office: makeOffice(host),
    Excel: makeExcel(host),
    OfficeExtension: { Error: SimOfficeError, ErrorCodes, config: { extendedErrorLogging: false } },
  };
}

/** Puts Office, Excel and OfficeExtension on a global object (window, or globalThis in Node); returns the undo. */
export function installSimOffice(target: object, sim: SimOffice): () => void {
  const globals = target as Record<string, unknown>;
  const names = ['Office', 'Excel', 'OfficeExtension'] as const;
  const before = names.map((n) => globals[n]);
  globals.Office = sim.Office;
  globals.Excel = sim.Excel;
  globals.OfficeExtension = sim.OfficeExtension;
  return () =>
    names.forEach((n, i) => {
      if (before[i] === undefined) delete globals[n];
      else globals[n] = before[i];
    });
}
