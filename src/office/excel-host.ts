/// <reference types="office-js" />
import type { Finding } from '../core/report';
import type { Cell, Merge, SheetSnapshot } from '../core/snapshot';
import { queueNoteDeletion, queueNotes, type CellNote } from './cell-notes';
import { boundingArea, planMarks, queueMarkDeletion, queueMarks } from './highlight';
import { chunkCells, mergeKey, mergesFromAddress } from './range-cells';
import {
  chunkRowCount,
  DEFAULT_READ_BUDGET,
  isPayloadTooLarge,
  payloadBytes,
  rowsForMeasuredBytes,
  type ReadBudget,
} from './read-plan';

/** A sheet and whether the user hid it (hidden and very hidden sheets are skipped unless asked for). */
export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** Thrown by readSheet when `shouldStop` said so: the user cancelled. */
export class ReadStopped extends Error {
  readonly stopped = true;
  constructor(sheet: string) {
    super(`reading ${sheet} was cancelled`);
  }
}

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
  /** The sheets with their visibility; hosts without hidden sheets may leave it out (listSheets is used then). */
  sheetInfos?(): Promise<SheetInfo[]>;
  readSheet(
    name: string,
    onProgress?: (progress: ReadProgress) => void,
    shouldStop?: () => boolean,
  ): Promise<SheetSnapshot>;
  /**
   * Replaces the sheet's highlights by those of `findings`, and its notes by `notes` where the host has notes (none
   * removes the earlier ones); returns how many conditional formats were added.
   */
  markFindings(sheet: string, findings: readonly Finding[], notes?: readonly CellNote[]): Promise<number>;
  /** Removes the add-in's highlights (and notes) from every sheet; returns how many highlights were removed. */
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
  /** The marks last written per sheet (planMarks as JSON): the same marks again are not rewritten. */
  private readonly written = new Map<string, string>();

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
   * the chunk's merged areas where ExcelApi 1.13 has them (elsewhere the core's layout reader infers merges) and the
   * cells' indent where ExcelApi 1.9 has getCellProperties (districts indented under their city).
   * The first chunk is sized by an estimate; each later one by the UTF-8 bytes the chunks before it really weighed
   * (read-plan.ts). A chunk Excel refuses for its payload size is read again at half the rows. `shouldStop` is
   * asked before each chunk: the pane's cancel button.
   */
  async readSheet(
    name: string,
    onProgress?: (progress: ReadProgress) => void,
    shouldStop?: () => boolean,
  ): Promise<SheetSnapshot> {
    let withMerges = this.office.isSetSupported('ExcelApi', '1.13');
    const withIndents = this.office.isSetSupported('ExcelApi', '1.9');
    return this.office.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (used.isNullObject) return { name, rows: [], merges: [] };
      const rows: (Cell | null)[][] = Array.from({ length: used.rowIndex }, () => []);
      const leftPad: null[] = new Array<null>(used.columnIndex).fill(null);
      const merges = new Map<string, Merge>();
      let size = chunkRowCount(used.columnCount, this.budget);
      let bytesRead = 0;
      for (let offset = 0; offset < used.rowCount;) {
        if (shouldStop?.()) throw new ReadStopped(name);
        const count = Math.min(size, used.rowCount - offset);
        const top = used.rowIndex + offset;
        const range = sheet
          .getRangeByIndexes(top, used.columnIndex, count, used.columnCount)
          .load('values,text,numberFormat,formulas');
        const merged = withMerges ? range.getMergedAreasOrNullObject().load('address') : undefined;
        // Per cell: range.format.indentLevel is one value for the whole range (null when its cells differ).
        const indents = withIndents ? range.getCellProperties({ format: { indentLevel: true } }) : undefined;
        try {
          await context.sync();
        } catch (error) {
          if (isPayloadTooLarge(error) && count > 1) {
            size = Math.ceil(count / 2);
            continue;
          }
          // getMergedAreasOrNullObject fails on more than 512 merged areas, failing the whole batch: read without.
          if (!withMerges) throw error;
          withMerges = false;
          continue;
        }
        const chunk = {
          values: range.values,
          text: range.text,
          numberFormat: range.numberFormat,
          formulas: range.formulas,
        };
        for (const row of chunkCells({ ...chunk, indentLevel: indents?.value })) rows.push([...leftPad, ...row]);
        if (merged && !merged.isNullObject) {
          for (const merge of mergesFromAddress(merged.address)) merges.set(mergeKey(merge), merge);
        }
        offset += count;
        bytesRead += payloadBytes([range.values, range.text, range.numberFormat, range.formulas, indents?.value ?? []]);
        size = rowsForMeasuredBytes(bytesRead / offset, used.columnCount, this.budget);
        onProgress?.({ sheet: name, rowsRead: offset, rowCount: used.rowCount });
      }
      return { name, rows, merges: [...merges.values()] };
    });
  }

  async sheetInfos(): Promise<SheetInfo[]> {
    return this.office.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((sheet) => ({ name: sheet.name, hidden: sheet.visibility !== 'Visible' }));
    });
  }

  /**
   * Replaces the sheet's marks by those of `findings`, unless they are the marks already written there: rewriting
   * conditional formats clears Excel's undo stack before ExcelApi 1.19, so an unchanged sheet is left alone.
   */
  async markFindings(sheet: string, findings: readonly Finding[], notes?: readonly CellNote[]): Promise<number> {
    const multiArea = this.office.isSetSupported('ExcelApi', '1.9');
    const withNotes = notes !== undefined && this.office.isSetSupported('ExcelApi', '1.18');
    const plans = planMarks(findings);
    const signature = JSON.stringify([plans, withNotes ? notes : []]);
    if (this.written.get(sheet) === signature) return 0;
    this.written.delete(sheet);
    const added = await this.office.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      this.marking = true;
      try {
        if (withNotes) await queueNoteDeletion(context, [worksheet]);
        await queueMarkDeletion(context, [worksheet]);
        const count = queueMarks(worksheet, plans, multiArea);
        if (withNotes) queueNotes(worksheet, notes);
        await context.sync();
        return count;
      } finally {
        this.marking = false;
      }
    });
    this.written.set(sheet, signature);
    return added;
  }

  async clearMarks(): Promise<number> {
    return this.office.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      if (this.office.isSetSupported('ExcelApi', '1.18')) await queueNoteDeletion(context, sheets.items);
      const removed = await queueMarkDeletion(context, sheets.items);
      await context.sync();
      this.written.clear();
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
