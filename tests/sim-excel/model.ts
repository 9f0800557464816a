import { z } from 'zod';

/**
 * The workbook the simulated Excel host serves: plain JSON, built in Node from a real .xlsx (from-xlsx.ts) and
 * injected into the browser as `window.__SIM_WORKBOOK__`. Values are as Office.js reports them: '' for an empty
 * cell, Excel errors as their text (`#DIV/0!`) with `error: true`, dates as serial numbers.
 */

/** `#RRGGBB`, or `theme:N[+tint]` for a theme colour the file does not resolve (compared as text only). */
export const colorSchema = z.string();

export const borderSideSchema = z
  .object({ style: z.string(), color: z.string().optional(), weight: z.string().optional() })
  .strict();

export const borderEdges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
export type BorderEdge = (typeof borderEdges)[number];

export const bordersSchema = z
  .object({
    EdgeTop: borderSideSchema.optional(),
    EdgeBottom: borderSideSchema.optional(),
    EdgeLeft: borderSideSchema.optional(),
    EdgeRight: borderSideSchema.optional(),
  })
  .strict();

/** A cell's own format (what the user set); the add-in must never change it. Absent keys are Excel's defaults. */
export const cellFormatSchema = z
  .object({
    fill: colorSchema.optional(),
    fontColor: colorSchema.optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    borders: bordersSchema.optional(),
    /** Excel's indent level (Home › Increase Indent), when above 0. */
    indentLevel: z.number().int().min(1).max(250).optional(),
  })
  .strict();

export const simCellSchema = z
  .object({
    value: z.union([z.number(), z.string(), z.boolean()]),
    text: z.string(),
    numberFormat: z.string(),
    /** With the leading '='. */
    formula: z.string().optional(),
    /** The value is an Excel error (`#DIV/0!`). */
    error: z.boolean().optional(),
    format: cellFormatSchema.optional(),
  })
  .strict();

/** The style of a conditional format (Office's ConditionalRangeFormat): the same properties as a cell's own format. */
export const conditionalStyleSchema = cellFormatSchema;

export const conditionalFormatSchema = z
  .object({
    id: z.string(),
    /** Office's ConditionalFormatType: 'Custom', 'CellValue', 'ColorScale', ... */
    type: z.string(),
    /** Areas it applies to, A1 without the sheet ('B3:D9'). */
    ranges: z.array(z.string()),
    /** 0 is the highest priority. */
    priority: z.number().int(),
    stopIfTrue: z.boolean(),
    /** Custom rule formula, with '='. */
    formula: z.string().optional(),
    style: conditionalStyleSchema,
    /** Rule details of other types, kept as read from the file so they survive untouched. */
    source: z.unknown().optional(),
  })
  .strict();

export const simSheetSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    visibility: z.enum(['Visible', 'Hidden', 'VeryHidden']),
    /** rows[r][c]; null or missing is an empty, unformatted cell. */
    rows: z.array(z.array(simCellSchema.nullable())),
    /** Merged areas, A1 without the sheet ('A1:F1'). */
    merges: z.array(z.string()),
    conditionalFormats: z.array(conditionalFormatSchema),
    /** Protected with Review → Protect Sheet: reading works, adding or deleting conditional formats is refused (AccessDenied). */
    protected: z.boolean().optional(),
    /** Notes (ExcelApi 1.18), one per cell: A1 address without the sheet, and the text. */
    notes: z.array(z.object({ address: z.string(), content: z.string() }).strict()).optional(),
  })
  .strict();

export const simHostOptionsSchema = z
  .object({
    displayLanguage: z.string(),
    /** Highest supported version of each requirement set, e.g. { ExcelApi: '1.12' }. */
    requirementSets: z.record(z.string(), z.string()),
    platform: z.enum(['PC', 'OfficeOnline', 'Mac']),
    /** Largest response one sync may carry, in UTF-8 bytes of JSON (Excel on the web limits it to 5 MB); 0 = none. */
    payloadLimit: z.number().int().nonnegative(),
  })
  .strict();

export const simWorkbookSchema = z
  .object({
    sheets: z.array(simSheetSchema),
    activeSheet: z.string(),
    options: simHostOptionsSchema,
  })
  .strict();

export type CellFormat = z.infer<typeof cellFormatSchema>;
export type BorderSide = z.infer<typeof borderSideSchema>;
export type Borders = z.infer<typeof bordersSchema>;
export type SimCell = z.infer<typeof simCellSchema>;
export type ConditionalStyle = z.infer<typeof conditionalStyleSchema>;
export type ConditionalFormatModel = z.infer<typeof conditionalFormatSchema>;
export type SimSheet = z.infer<typeof simSheetSchema>;
export type SimHostOptions = z.infer<typeof simHostOptionsSchema>;
export type SimWorkbook = z.infer<typeof simWorkbookSchema>;

export const defaultHostOptions: SimHostOptions = {
  displayLanguage: 'zh-CN',
  requirementSets: { ExcelApi: '1.17' },
  platform: 'OfficeOnline',
  payloadLimit: 5_000_000,
};

/** A sheet id in the shape Excel gives (`{GUID}`), stable for a workbook's n-th sheet. */
export function sheetId(index: number): string {
  return `{00000000-0001-0000-${String(index).padStart(4, '0')}-000000000000}`;
}
