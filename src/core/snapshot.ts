import { z } from 'zod';

/**
 * The one shape every host adapter (exceljs/lean xlsx reader and CSV in Node, Office.js in Excel) produces,
 * and the only thing the core reads. Rows and columns are 0-based; a cell's place is its index in `rows` (no cell
 * carries its address: a string per cell cost a 50,000-row sheet a third of its reading time).
 */
export const cellErrorSchema = z.object({ error: z.string() }).strict();

/** Raw value: a number, text, boolean, an Excel error (`#DIV/0!`), or null for an empty cell. */
export const cellValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null(), cellErrorSchema]);

export const cellSchema = z
  .object({
    /** For a formula cell this is the cached result; null when the file has none. */
    value: cellValueSchema,
    /** What Excel displays (number format applied). */
    text: z.string(),
    /** Excel number format code, `General` when none. */
    numFmt: z.string(),
    /** Formula text without the leading `=`, when the cell has one. */
    formula: z.string().optional(),
    /** Excel's indent level (alignment), when above 0: it nests a district's label under its city's. */
    indent: z.number().int().min(1).max(250).optional(),
  })
  .strict();

/** A merged range, 0-based and inclusive. */
export const mergeSchema = z
  .object({ top: z.number().int(), left: z.number().int(), bottom: z.number().int(), right: z.number().int() })
  .strict();

export const sheetSnapshotSchema = z
  .object({
    name: z.string(),
    /** rows[r][c]; a missing or null entry is an empty cell. Trailing empty rows and cells may be absent. */
    rows: z.array(z.array(cellSchema.nullable())),
    merges: z.array(mergeSchema),
  })
  .strict();

export type CellError = z.infer<typeof cellErrorSchema>;
export type CellValue = z.infer<typeof cellValueSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Merge = z.infer<typeof mergeSchema>;
export type SheetSnapshot = z.infer<typeof sheetSnapshotSchema>;

/** A problem met while reading input: one line, naming the file, sheet or cell. */
export interface ReadProblem {
  file?: string;
  sheet?: string;
  cell?: string;
  message: string;
  /** True when the whole file could not be read (the command line then exits 2). */
  fatal?: boolean;
  /** Why a worksheet could not be read at all (its data is then missing from the checks, so the command line exits 2). */
  unreadSheet?: UnreadSheetReason;
  /** How many figures of a sheet that was read could not be (formulas without a saved result): the command line exits 2. */
  unreadFigures?: number;
}

/**
 * checksum: the zip entry fails its CRC; damaged: it cannot be unpacked; xml: its XML is broken; missing: no such
 * part; checkFailed: it was read but checking it failed inside statlint; limit: it passes one of statlint's limits.
 */
export type UnreadSheetReason = 'checksum' | 'damaged' | 'xml' | 'missing' | 'checkFailed' | 'limit';

export interface WorkbookSnapshot {
  file: string;
  sheets: SheetSnapshot[];
  /** Sheets skipped or cells not understood while reading; the rest of the workbook is still checked. */
  problems: ReadProblem[];
}

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column → A1 address. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** A1 address → 0-based row and column; undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell | null {
  return sheet.rows[row]?.[col] ?? null;
}

/** A merge from its A1 range (`B1:C1`), corners in either order. */
export function mergeOf(range: string): Merge {
  const [from, to] = range.split(':').map(parseA1);
  if (!from || !to) throw new Error(`not an A1 range: ${range}`);
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** A number, or text that is only a number ("1,234", "８７．１%"); "2025年6月" on a cover is not a figure. */
const FIGURE_TEXT = /^\s*[-+−]?[0-9０-９][0-9０-９,，.．]*\s*[%％]?\s*$/;

/** True when some cell of the sheet holds a figure: a sheet without any is a cover or notes page. */
export function hasFigures(snapshot: SheetSnapshot): boolean {
  return snapshot.rows.some((cells) =>
    cells.some((cell) => cell && (typeof cell.value === 'number' || FIGURE_TEXT.test(cell.text))),
  );
}
