import ExcelJS from 'exceljs';
import { parseA1, type CellValue, type ReadProblem, type SheetSnapshot, type WorkbookSnapshot } from '../core/snapshot';
import {
  DEFAULT_MAX_CELLS,
  LimitReached,
  capCellNotes,
  fatalProblem,
  unreadableMessage,
} from '../readers/read-problems';
import { CellBudget, SheetBuilder } from '../readers/sheet-builder';

/**
 * The reference reader: exceljs's own reading of a workbook, turned into the same snapshots as the lean
 * reader (same empty-cell rule, same number formats → text). Tests compare the two on every fixture; the CLI
 * can fall back to it. It has no inflation bound of its own: read-workbook.ts checks the package first.
 * Where exceljs reads differently, by design or by bug: dates come back as Dates (turned back into serials
 * here), merged cells repeat the master's value (left empty here), a cached formula result of 0, false or ''
 * is dropped from `cell.value` (read from `cell.result` here); chart sheets, hidden sheets and missing sheet parts
 * go without a note (exceljs-preflight.ts notes them, as the lean reader does); the
 * locale number formats 5–8, 27–36, 41–44, 50–58 read as General, and `t="str"` text is entity-decoded twice.
 */

type ScalarResult = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined | null;

const DAY_MS = 86400000;

/** exceljs turns date-formatted numbers into Dates; the snapshot keeps the serial stored in the file. */
function dateSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / DAY_MS - (date1904 ? 1462 : 0);
}

function scalar(v: ScalarResult, date1904: boolean): CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (typeof v === 'object') return { error: v.error };
  return v;
}

function richText(runs: ExcelJS.RichText[]): string {
  return runs.map((run) => run.text).join('');
}

/** Raw value and formula of an exceljs cell. */
function cellContent(cell: ExcelJS.Cell, date1904: boolean): { value: CellValue; formula?: string } {
  const v = cell.value;
  if (v === null || v === undefined || typeof v !== 'object' || v instanceof Date)
    return { value: scalar(v, date1904) };
  // `cell.value` drops a falsy cached result (0, false, ''); `cell.result` keeps it.
  if ('formula' in v || 'sharedFormula' in v)
    return { value: scalar(cell.result, date1904), formula: cell.formula || undefined };
  if ('richText' in v) return { value: richText(v.richText) };
  if ('hyperlink' in v) {
    const text: unknown = v.text;
    // exceljs keeps a rich-text hyperlink's runs in `text`.
    return {
      value:
        typeof text === 'object' && text !== null && 'richText' in text
          ? richText((text as ExcelJS.CellRichTextValue).richText)
          : String(text),
    };
  }
  return { value: { error: v.error } };
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean, builder: SheetBuilder): SheetSnapshot {
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs gives every cell of a merged range the master's value; in the file they are empty.
      if (cell.isMerged && cell.master !== cell) return;
      const { value, formula } = cellContent(cell, date1904);
      builder.add(rowNumber - 1, colNumber - 1, value, cell.numFmt || 'General', formula, cell.alignment?.indent ?? 0);
    });
  });
  for (const range of ws.model.merges) {
    const [from, to = from] = range.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (a && b) builder.merge({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return builder.build();
}

/**
 * Reads an .xlsx file with exceljs: from `bytes` when the caller has read them already, else from `path`. `file`
 * names it in snapshots and problems (defaults to the path).
 */
export async function readExcelJs(
  path: string,
  options: { maxCells?: number; file?: string; bytes?: Uint8Array } = {},
): Promise<WorkbookSnapshot> {
  const file = options.file ?? path;
  try {
    const workbook = new ExcelJS.Workbook();
    if (options.bytes)
      await workbook.xlsx.load(
        Buffer.from(options.bytes.buffer, options.bytes.byteOffset, options.bytes.byteLength) as unknown as ArrayBuffer,
      );
    else await workbook.xlsx.readFile(path);
    const date1904 = workbook.properties.date1904 === true;
    const budget = new CellBudget(options.maxCells ?? DEFAULT_MAX_CELLS);
    const problems: ReadProblem[] = [];
    const sheets: SheetSnapshot[] = [];
    for (const ws of workbook.worksheets) {
      const sheet = ws.name;
      const builder = new SheetBuilder(sheet, budget);
      try {
        sheets.push(readSheet(ws, date1904, builder));
        for (const p of capCellNotes(
          builder.problems.map((p) => ({ file, sheet, ...p })),
          (message) => ({ file, sheet, message }),
        ))
          problems.push(p);
      } catch (e) {
        if (!(e instanceof LimitReached)) throw e;
        budget.giveBack(builder.taken);
        problems.push({ file, sheet, message: e.message, unreadSheet: 'limit' });
      }
    }
    return { file, sheets, problems };
  } catch (e) {
    return { file, sheets: [], problems: [fatalProblem(file, unreadableMessage(e))] };
  }
}
