/// <reference types="office-js" />
import type { Finding } from '../core/report';
import type { Cell, Merge, SheetSnapshot } from '../core/snapshot';
import { boundingArea, planMarks, queueMarkDeletion, queueMarks } from './highlight';
import { chunkCells, mergeKey, mergesFromAddress } from './range-cells';
import { DEFAULT_READ_BUDGET, planChunks, type ReadBudget } from './read-plan';

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowCount: number;
}

/**
 * What the task pane needs from a workbook. One implementation per host (Office.js here; a browser preview over a
 * dropped file or WPS could follow), so the pane's logic runs against any of them.
 */
export interface WorkbookHost {
  listSheets(): Promise<string[]>;
  /** The sheet the user is looking at, for "Check this sheet". */
  activeSheet(): Promise<string>;
  readSheet(name: string, onProgress?: (progress: ReadProgress) => void): Promise<SheetSnapshot>;
  /** Replaces the sheet's highlights by those of `findings`; returns how many conditional formats were added. */
  markFindings(sheet: string, findings: readonly Finding[]): Promise<number>;
  /** Removes the add-in's highlights from every sheet; returns how many were removed. */
  clearMarks(): Promise<number>;
  selectCells(sheet: string, addresses: readonly string[]): Promise<void>;
  /** Calls `handler` with the sheet's name when the user edits a sheet; resolves to the unsubscribe function. */
  onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>>;
}

/** The two Office.js entry points the host uses, injected so tests can pass office-addin-mock objects. */
export interface OfficeApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}

export function officeApi(): OfficeApi {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** Most characters of a multi-area address handed to getRanges (Excel's reference string limit). */
const MAX_AREAS_LENGTH = 255;

export class ExcelWorkbookHost implements WorkbookHost {
  /** True while the add-in writes its marks, so its own edits never trigger a re-check. */
  private marking = false;

  constructor(
    private readonly office: OfficeApi = officeApi(),
    private readonly budget: ReadBudget = DEFAULT_READ_BUDGET,
  ) {}

  async listSheets(): Promise<string[]> {
    return this.office.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async activeSheet(): Promise<string> {
    return this.office.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
  }

  /**
   * Reads the used range (values only, so formatted empty cells do not widen it) in row chunks: one sync for the
   * used range's extent, then one sync per chunk that loads values, text, numberFormat and formulas together, plus
   * the chunk's merged areas where ExcelApi 1.13 has them (elsewhere the core's layout reader infers merges).
   */
  async readSheet(name: string, onProgress?: (progress: ReadProgress) => void): Promise<SheetSnapshot> {
    let withMerges = this.office.isSetSupported('ExcelApi', '1.13');
    return this.office.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (used.isNullObject) return { name, rows: [], merges: [] };
      const rows: (Cell | null)[][] = Array.from({ length: used.rowIndex }, () => []);
      const leftPad: null[] = new Array<null>(used.columnIndex).fill(null);
      const merges = new Map<string, Merge>();
      for (const chunk of planChunks(used.rowCount, used.columnCount, this.budget)) {
        const top = used.rowIndex + chunk.rowOffset;
        const load = () => {
          const range = sheet
            .getRangeByIndexes(top, used.columnIndex, chunk.rowCount, used.columnCount)
            .load('values,text,numberFormat,formulas');
          return { range, merged: withMerges ? range.getMergedAreasOrNullObject().load('address') : undefined };
        };
        let loaded = load();
        try {
          await context.sync();
        } catch (error) {
          // getMergedAreasOrNullObject fails on more than 512 merged areas, failing the whole batch: read without.
          if (!withMerges) throw error;
          withMerges = false;
          loaded = load();
          await context.sync();
        }
        for (const row of chunkCells(loaded.range, top, used.columnIndex)) rows.push([...leftPad, ...row]);
        if (loaded.merged && !loaded.merged.isNullObject) {
          for (const merge of mergesFromAddress(loaded.merged.address)) merges.set(mergeKey(merge), merge);
        }
        onProgress?.({ sheet: name, rowsRead: chunk.rowOffset + chunk.rowCount, rowCount: used.rowCount });
      }
      return { name, rows, merges: [...merges.values()] };
    });
  }

  async markFindings(sheet: string, findings: readonly Finding[]): Promise<number> {
    const multiArea = this.office.isSetSupported('ExcelApi', '1.9');
    return this.office.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      this.marking = true;
      try {
        await queueMarkDeletion(context, [worksheet]);
        const added = queueMarks(worksheet, planMarks(findings), multiArea);
        await context.sync();
        return added;
      } finally {
        this.marking = false;
      }
    });
  }

  async clearMarks(): Promise<number> {
    return this.office.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const removed = await queueMarkDeletion(context, sheets.items);
      await context.sync();
      return removed;
    });
  }

  async selectCells(sheet: string, addresses: readonly string[]): Promise<void> {
    const list = addresses.join(',');
    const multiArea = this.office.isSetSupported('ExcelApi', '1.9') && list.length <= MAX_AREAS_LENGTH;
    const area = multiArea ? list : boundingArea(addresses);
    await this.office.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      if (multiArea) worksheet.getRanges(list).select();
      else if (area) worksheet.getRange(area).select();
      await context.sync();
    });
  }

  /** Workbook-wide change events need ExcelApi 1.9; without them there is no live re-check. */
  async onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    if (!this.office.isSetSupported('ExcelApi', '1.9')) return () => Promise.resolve();
    return this.office.run(async (context) => {
      const registration = context.workbook.worksheets.onChanged.add(async (event) => {
        if (this.marking) return;
        try {
          const name = await this.office.run(async (ctx) => {
            const changed = ctx.workbook.worksheets.getItem(event.worksheetId).load('name');
            await ctx.sync();
            return changed.name;
          });
          handler(name);
        } catch {
          // The sheet was deleted or renamed before its name could be read: nothing left to re-check.
        }
      });
      await context.sync();
      return async () => {
        registration.remove();
        await registration.context.sync();
      };
    });
  }
}
