/**
 * Every bound statlint puts on its input, in one place. Each protects time or memory against a file built to
 * exhaust them (a zip bomb, a 20,000-character number format, a rule file nested 20,000 levels deep). When one is
 * hit, the message names it (`limit partInflatedBytes`) and only that part is left unread: the file, the sheet or
 * the rule file; the rest of the run goes on and the command exits 2. The README lists them in a table.
 */
export const limits = {
  /** Bytes of one input file (.xlsx, .xlsm, .csv): checked on the file's size before it is read. */
  fileBytes: 200 * 2 ** 20,
  /** Bytes all the parts of one workbook may inflate to, counted while inflating (the zip bomb guard). */
  inflatedBytes: 200 * 2 ** 20,
  /** Bytes one part (one sheet's XML, the shared strings) may inflate to, whatever size it declares. */
  partInflatedBytes: 100 * 2 ** 20,
  /** Entries in one zip archive (a workbook has a few dozen). */
  zipEntries: 10_000,
  /** Grid cells one workbook may create (non-empty cells and the empty ones before them in their row). */
  cells: 5_000_000,
  /** Columns of a sheet: Excel's grid (A to XFD). */
  columns: 16_384,
  /** Merged ranges in one sheet. */
  mergesPerSheet: 10_000,
  /** Characters of a number format code (Excel itself takes 255). */
  formatCodeChars: 255,
  /** Characters of one CSV line. */
  csvLineChars: 1_048_576,
  /** Notes on single cells of one sheet (a number cell holding text, a date that cannot be shown). */
  cellNotesPerSheet: 100,
  /** Bytes of one rule file. */
  ruleFileBytes: 2 ** 20,
  /** Nesting of arrays and objects in a rule file. */
  ruleNesting: 32,
  /** Nesting of sums and differences in one operand of a relation. */
  operandDepth: 8,
  /** Header spellings of one measure, across all rule files. */
  aliasesPerMeasure: 1_000,
  /** Files checked in one run. */
  filesPerRun: 50_000,
} as const;

export type LimitName = keyof typeof limits;
