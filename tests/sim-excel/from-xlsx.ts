import ExcelJS from 'exceljs';
import type { Cell, WorkbookSnapshot } from '../../src/core/snapshot';
import { readExcelJs } from '../../src/node/read-exceljs';
import { formatArea, parseArea } from './address';
import {
  defaultHostOptions,
  sheetId,
  simWorkbookSchema,
  type BorderEdge,
  type Borders,
  type CellFormat,
  type ConditionalFormatModel,
  type ConditionalStyle,
  type SimCell,
  type SimHostOptions,
  type SimSheet,
  type SimWorkbook,
} from './model';

/**
 * Builds the simulated host's workbook from a real .xlsx in Node. Values, cached formula results, formulas, number
 * formats, display text and merges come from a project reader's snapshot (the same empty-cell and text rules as the
 * command line: formatCellText); the cells' own fills, fonts and borders and the user's conditional formats come
 * from exceljs directly, in Office.js terms.
 */

/** exceljs colour → '#RRGGBB', or a stable description of a theme / indexed colour. */
function color(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === 'string') return `#${c.argb.slice(-6).toUpperCase()}`;
  if (typeof c.theme === 'number') {
    const tint = (c as { tint?: number }).tint;
    return `theme:${c.theme}${tint ? (tint > 0 ? '+' : '') + String(tint) : ''}`;
  }
  const indexed = (c as { indexed?: number }).indexed;
  return typeof indexed === 'number' ? `indexed:${indexed}` : undefined;
}

/** OOXML border style → Office's BorderLineStyle and BorderWeight. */
const borderStyles: Record<string, { style: string; weight: string }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
};

const edgeOf: Record<BorderEdge, 'top' | 'bottom' | 'left' | 'right'> = {
  EdgeTop: 'top',
  EdgeBottom: 'bottom',
  EdgeLeft: 'left',
  EdgeRight: 'right',
};

function borders(border: Partial<ExcelJS.Borders> | null | undefined): Borders | undefined {
  if (!border) return undefined;
  const out: Borders = {};
  for (const [edge, side] of Object.entries(edgeOf) as [BorderEdge, keyof typeof border][]) {
    const b = border[side];
    const look = b?.style ? borderStyles[b.style] : undefined;
    if (!b || !look) continue;
    const c = color(b.color);
    out[edge] = c ? { ...look, color: c } : { ...look };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Solid fill colour: fgColor for a cell, bgColor for a conditional format's dxf (how OOXML stores them). */
function fillColor(fill: ExcelJS.Fill | null | undefined, key: 'fgColor' | 'bgColor'): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  return color(fill[key]) ?? color(fill.fgColor);
}

/** Only the keys that are set, so an unformatted cell has no format at all. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== false);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** Theme colour 1 (dark 1) is the font colour every cell has by default: not a format of the user's. */
function fontColor(font: Partial<ExcelJS.Font> | undefined): string | undefined {
  const c = color(font?.color);
  return c === 'theme:1' ? undefined : c;
}

function cellFormat(style: Partial<ExcelJS.Style>): CellFormat | undefined {
  return compact<CellFormat>({
    fill: fillColor(style.fill, 'fgColor'),
    fontColor: fontColor(style.font),
    bold: style.font?.bold === true || undefined,
    italic: style.font?.italic === true || undefined,
    borders: borders(style.border),
    indentLevel: style.alignment?.indent || undefined,
  });
}

function conditionalStyle(style: Partial<ExcelJS.Style> | undefined): ConditionalStyle {
  if (!style) return {};
  return (
    compact<ConditionalStyle>({
      fill: fillColor(style.fill, 'bgColor'),
      fontColor: fontColor(style.font),
      bold: style.font?.bold === true || undefined,
      italic: style.font?.italic === true || undefined,
      borders: borders(style.border),
    }) ?? {}
  );
}

/** OOXML rule type → Office's ConditionalFormatType. */
const conditionalTypes: Record<string, string> = {
  expression: 'Custom',
  cellIs: 'CellValue',
  colorScale: 'ColorScale',
  dataBar: 'DataBar',
  iconSet: 'IconSet',
  top10: 'TopBottom',
  containsText: 'ContainsText',
  aboveAverage: 'PresetCriteria',
  timePeriod: 'PresetCriteria',
};

function conditionalFormats(ws: ExcelJS.Worksheet, sheetIndex: number): ConditionalFormatModel[] {
  // exceljs reads them into this property; its typings only declare the writer, addConditionalFormatting.
  const blocks = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const rules = blocks.flatMap((block) =>
    block.rules.map((rule) => ({ ranges: block.ref.split(/\s+/).filter((r) => r !== ''), rule })),
  );
  rules.sort((x, y) => x.rule.priority - y.rule.priority);
  return rules.map(({ ranges, rule }, priority) => {
    const type = conditionalTypes[rule.type] ?? rule.type;
    const formula = rule.type === 'expression' ? (rule.formulae?.[0] as string | undefined) : undefined;
    const cf: ConditionalFormatModel = {
      id: `{USER-CF-${sheetIndex}-${priority}}`,
      type,
      ranges: ranges.map((r) => {
        const area = parseArea(r);
        if (!area) throw new Error(`${ws.name}: conditional format range '${r}' is not an A1 area`);
        return formatArea(area);
      }),
      priority,
      stopIfTrue: false,
      style: conditionalStyle(rule.style),
    };
    if (formula !== undefined) cf.formula = `=${String(formula)}`;
    if (type !== 'Custom') cf.source = structuredClone(rule);
    return cf;
  });
}

function visibility(state: ExcelJS.WorksheetState): SimSheet['visibility'] {
  return state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

/** One snapshot cell in Office.js terms: '' for empty, an error as its code with `error`, formula with '='. */
function simCell(cell: Cell | null): SimCell | null {
  if (!cell) return null;
  const isError = cell.value !== null && typeof cell.value === 'object';
  const value = cell.value === null ? '' : typeof cell.value === 'object' ? cell.value.error : cell.value;
  const sim: SimCell = { value, text: cell.text, numberFormat: cell.numFmt };
  if (isError) sim.error = true;
  if (cell.formula !== undefined) sim.formula = `=${cell.formula}`;
  if (cell.indent !== undefined) sim.format = { indentLevel: cell.indent };
  return sim;
}

/** The host's workbook over a snapshot (values, text, formulas, merges), without formats. */
export function simWorkbookFromSnapshot(book: WorkbookSnapshot, options: Partial<SimHostOptions> = {}): SimWorkbook {
  const fatal = book.problems.find((p) => p.fatal);
  if (fatal) throw new Error(`${book.file}: ${fatal.message}`);
  const sheets = book.sheets.map((sheet, index): SimSheet => ({
    id: sheetId(index),
    name: sheet.name,
    visibility: 'Visible',
    rows: sheet.rows.map((cells) => (cells ?? []).map(simCell)),
    merges: sheet.merges.map(formatArea),
    conditionalFormats: [],
  }));
  return { sheets, activeSheet: sheets[0]?.name ?? '', options: { ...defaultHostOptions, ...options } };
}

/** Adds the cells' own formats (fill, font, borders) of an exceljs sheet to the host's sheet. */
function addCellFormats(ws: ExcelJS.Worksheet, rows: (SimCell | null)[][]): void {
  // Empty cells too: a border or fill without a value is still the user's format.
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const format = cellFormat(cell.style);
      if (!format) return;
      for (let r = 0; r < rowNumber; r++) rows[r] ??= [];
      const line = rows[rowNumber - 1];
      for (let c = line.length; c < colNumber - 1; c++) line[c] = null;
      const existing = line[colNumber - 1];
      line[colNumber - 1] = existing
        ? { ...existing, format }
        : { value: '', text: '', numberFormat: cell.numFmt || 'General', format };
    });
  });
}

/**
 * Reads an .xlsx into the simulated host's workbook with exceljs: the project's exceljs reader for the cells, then
 * the formats, conditional formats, visibility, protection and active sheet. A file that cannot be read is a one-line error.
 */
export async function simWorkbookFromFile(path: string, options: Partial<SimHostOptions> = {}): Promise<SimWorkbook> {
  const book = simWorkbookFromSnapshot(await readExcelJs(path), options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  workbook.worksheets.forEach((ws, index) => {
    const sheet = book.sheets[index];
    if (sheet?.name !== ws.name)
      throw new Error(`${path}: sheet ${index + 1} read as '${sheet?.name}', exceljs says '${ws.name}'`);
    sheet.visibility = visibility(ws.state);
    // Review → Protect Sheet (<sheetProtection sheet="1">): the host then refuses the add-in's conditional formats.
    if ((ws as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) sheet.protected = true;
    sheet.conditionalFormats = conditionalFormats(ws, index);
    addCellFormats(ws, sheet.rows);
  });
  const activeTab = workbook.views?.[0]?.activeTab;
  const active =
    (activeTab !== undefined ? book.sheets[activeTab] : undefined) ??
    book.sheets.find((s) => s.visibility === 'Visible');
  return simWorkbookSchema.parse({ ...book, activeSheet: active?.name ?? book.activeSheet });
}
