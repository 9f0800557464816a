import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';

/**
 * Reads an annotated copy beside its original with exceljs (an independent reader): what differs in any value,
 * formula or number format, which cells are filled, the notes, and the rows and links of the results sheet.
 */

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell of the original whose value, formula or number format the copy does not keep, as `Sheet!A1: …`. */
export async function differencesFromOriginal(original: Uint8Array, copy: Uint8Array): Promise<string[]> {
  const [a, b] = await Promise.all([loadWorkbook(original), loadWorkbook(copy)]);
  const differences: string[] = [];
  a.eachSheet((sheet) => {
    const other = b.getWorksheet(sheet.name);
    if (!other) {
      differences.push(`${sheet.name}: missing`);
      return;
    }
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const twin = other.getCell(cell.address);
        // exceljs leaves out the font, border and alignment of a cell in the default style (0); a filled copy of that
        // style spells out the same defaults, so those are compared where the original states them.
        const stated = (c: ExcelJS.Cell, like: ExcelJS.Cell) => ({
          value: c.value,
          numFmt: c.numFmt,
          ...(like.font ? { font: c.font } : {}),
          ...(like.border && Object.keys(like.border).length > 0 ? { border: c.border } : {}),
          ...(like.alignment ? { alignment: c.alignment } : {}),
        });
        const left = JSON.stringify(stated(cell, cell));
        const right = JSON.stringify(stated(twin, cell));
        if (left !== right) differences.push(`${sheet.name}!${cell.address}: ${left} → ${right}`);
      }),
    );
    if (JSON.stringify(sheet.model.merges) !== JSON.stringify(other.model.merges))
      differences.push(`${sheet.name}: merged cells differ`);
  });
  return differences;
}

export interface Annotations {
  /** `Sheet!B12` → the fill colour of every cell with a solid fill the original did not have. */
  fills: Map<string, string>;
  /** `Sheet!B12` → the note's text, for notes the original did not have. */
  notes: Map<string, string>;
  /** The results sheet: its rows after the headings, and each link's target (`'Sheet'!B12`). */
  results: { values: string[]; link?: string }[];
  sheetNames: string[];
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('') ?? '';
}

export async function annotationsOf(
  original: Uint8Array,
  copy: Uint8Array,
  resultsSheet = '核对结果',
): Promise<Annotations> {
  const [a, b] = await Promise.all([loadWorkbook(original), loadWorkbook(copy)]);
  const fills = new Map<string, string>();
  const notes = new Map<string, string>();
  b.eachSheet((sheet) => {
    const before = a.getWorksheet(sheet.name);
    if (!before) return;
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const old = before.getCell(cell.address);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && JSON.stringify(fill) !== JSON.stringify(old.fill))
          fills.set(`${sheet.name}!${cell.address}`, fill.fgColor?.argb ?? '');
        const text = noteText(cell.note);
        if (text !== undefined && text !== noteText(old.note)) notes.set(`${sheet.name}!${cell.address}`, text);
      }),
    );
  });
  const links = internalLinks(copy, resultsSheet);
  const results: Annotations['results'] = [];
  b.getWorksheet(resultsSheet)?.eachRow((row, n) => {
    if (n === 1) return;
    // The results sheet holds plain text only.
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (typeof v === 'string' ? v : ''));
    results.push({ values, link: links.get(`B${n}`) });
  });
  const sheetNames: string[] = [];
  b.eachSheet((s) => sheetNames.push(s.name));
  return { fills, notes, results, sheetNames };
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`)
    .exec(tag)?.[1]
    ?.replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * The internal hyperlinks (`location`, no relationship) of one sheet, cell → target, read from the package itself:
 * exceljs does not read that kind of link.
 */
export function internalLinks(bytes: Uint8Array, sheet: string): Map<string, string> {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'name') === sheet);
  const id = tag && attr(tag, 'r:id');
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === id);
  const target = rel && attr(rel, 'Target');
  const links = new Map<string, string>();
  if (!target) return links;
  const xml = strFromU8(parts[target.startsWith('/') ? target.slice(1) : `xl/${target}`]);
  for (const m of xml.matchAll(/<hyperlink\b[^>]*>/g)) links.set(attr(m[0], 'ref') ?? '', attr(m[0], 'location') ?? '');
  return links;
}
