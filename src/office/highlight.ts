/// <reference types="office-js" />
import type { Finding } from '../core/report';
import { a1, parseA1 } from '../core/snapshot';

/**
 * Highlights findings without touching the workbook's own content: every mark is a custom conditional format
 * (never a value, formula, cell format or the user's own conditional format) whose rule formula carries a
 * signature string, so the add-in recognises its marks again after the workbook is saved, closed and reopened,
 * and deletes only those.
 */

export type MarkStyle = 'error:suspect' | 'error:related' | 'warning:suspect' | 'warning:related';

interface StyleFormat {
  fill: string;
  /** Suspects get a dark font, bold, and a solid coloured border on top of a stronger fill. */
  font?: string;
  border: string;
  borderStyle: 'Continuous' | 'Dash';
}

/**
 * Fluent red family for errors, amber for warnings; suspect fills are stronger than the related cells'. A light fill
 * alone cannot stand out from white (the old related fill was 1.18:1), so every mark also has a border of at least
 * 3:1 against white and against Excel's dark-mode grid (#292929): solid round suspects, dashed round related cells.
 */
export const MARK_STYLES: Record<MarkStyle, StyleFormat> = {
  'error:suspect': { fill: '#F4A6AC', font: '#750B1C', border: '#DC3E42', borderStyle: 'Continuous' },
  'error:related': { fill: '#FAD0D3', border: '#DC3E42', borderStyle: 'Dash' },
  'warning:suspect': { fill: '#FFD66B', font: '#5C3D00', border: '#B38600', borderStyle: 'Continuous' },
  'warning:related': { fill: '#FCE3A0', border: '#B38600', borderStyle: 'Dash' },
};

/** Strongest first: a cell in several findings takes the first style that applies. */
const STYLE_ORDER: MarkStyle[] = ['error:suspect', 'error:related', 'warning:suspect', 'warning:related'];

/** The always-true rule formula of a mark; the string literal is the signature. */
export function markFormula(style: MarkStyle): string {
  return `=AND(TRUE,"statlint:${style}"<>"")`;
}

const SIGNATURE = /"statlint:(?:error|warning):(?:suspect|related)"/;

/** True when a custom conditional format's rule formula is one of the add-in's marks. */
export function isMarkFormula(formula: string): boolean {
  return SIGNATURE.test(formula);
}

export interface MarkPlan {
  style: MarkStyle;
  /** Rectangular blocks covering the cells of this style, as A1 addresses (`B3`, `C4:C9`). */
  areas: string[];
}

/** Groups the cells of `findings` per style (info findings are not highlighted) into rectangular blocks. */
export function planMarks(findings: readonly Finding[]): MarkPlan[] {
  const styleOf = new Map<string, MarkStyle>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    for (const cell of finding.cells) {
      const at = parseA1(cell.address);
      if (!at) continue;
      const key = a1(at.row, at.col);
      const style: MarkStyle = `${finding.severity}:${cell.suspect ? 'suspect' : 'related'}`;
      const previous = styleOf.get(key);
      if (!previous || STYLE_ORDER.indexOf(style) < STYLE_ORDER.indexOf(previous)) styleOf.set(key, style);
    }
  }
  return STYLE_ORDER.map((style) => ({
    style,
    areas: blocks([...styleOf].filter(([, s]) => s === style).map(([address]) => address)),
  })).filter((plan) => plan.areas.length > 0);
}

interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Covers cells with rectangles: vertical runs per column, then runs with the same rows in adjacent columns joined. */
function blocks(addresses: string[]): string[] {
  const cells = addresses.map((a) => parseA1(a)).filter((c) => c !== undefined);
  cells.sort((p, q) => p.col - q.col || p.row - q.row);
  const runs: Block[] = [];
  for (const { row, col } of cells) {
    const last = runs.at(-1);
    if (last && last.left === col && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  const joined: Block[] = [];
  for (const run of runs) {
    const match = joined.find((b) => b.right === run.left - 1 && b.top === run.top && b.bottom === run.bottom);
    if (match) match.right = run.right;
    else joined.push(run);
  }
  return joined.map(areaAddress);
}

function areaAddress(b: Block): string {
  const from = a1(b.top, b.left);
  const to = a1(b.bottom, b.right);
  return from === to ? from : `${from}:${to}`;
}

/** The smallest rectangle holding every A1 address of `addresses` (`B3:D9`); undefined when none is A1. */
export function boundingArea(addresses: readonly string[]): string | undefined {
  const cells = addresses.map((a) => parseA1(a)).filter((c) => c !== undefined);
  if (cells.length === 0) return undefined;
  // By a loop, not Math.min(...rows): a total row's finding may name 130,000 cells.
  const area = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const { row, col } of cells) {
    area.top = Math.min(area.top, row);
    area.left = Math.min(area.left, col);
    area.bottom = Math.max(area.bottom, row);
    area.right = Math.max(area.right, col);
  }
  return areaAddress(area);
}

/**
 * Address lists for `worksheet.getRanges`, each at most `maxLength` characters: Excel's own limit for a multi-area
 * reference string is 255.
 */
export function areaBatches(areas: readonly string[], maxLength = 255): string[] {
  const batches: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current !== '' && current.length + 1 + area.length > maxLength) {
      batches.push(current);
      current = '';
    }
    current = current === '' ? area : `${current},${area}`;
  }
  if (current !== '') batches.push(current);
  return batches;
}

function applyStyle(format: Excel.ConditionalFormat, style: MarkStyle): void {
  const custom = format.custom;
  custom.rule.formula = markFormula(style);
  const look = MARK_STYLES[style];
  custom.format.fill.color = look.fill;
  if (look.font) {
    custom.format.font.color = look.font;
    custom.format.font.bold = true;
  }
  for (const edge of [
    custom.format.borders.top,
    custom.format.borders.bottom,
    custom.format.borders.left,
    custom.format.borders.right,
  ]) {
    edge.style = look.borderStyle;
    edge.color = look.border;
  }
}

/**
 * Queues one custom conditional format per style and block (or per style and batch of blocks when `multiArea`,
 * i.e. ExcelApi 1.9's getRanges). Nothing is sent: the caller syncs once for all of them. Returns the count.
 */
export function queueMarks(sheet: Excel.Worksheet, plans: readonly MarkPlan[], multiArea: boolean): number {
  let added = 0;
  for (const plan of plans) {
    const targets: (Excel.Range | Excel.RangeAreas)[] = multiArea
      ? areaBatches(plan.areas).map((addresses) => sheet.getRanges(addresses))
      : plan.areas.map((address) => sheet.getRange(address));
    for (const target of targets) {
      applyStyle(target.conditionalFormats.add('Custom'), plan.style);
      added++;
    }
  }
  return added;
}

/**
 * Queues the deletion of the add-in's marks on `sheets` (the whole sheet grid, so a mark survives even when its
 * cells were emptied since). Two round trips: the formats' types, then the custom ones' rule formulas; the deletes
 * are left for the caller's next sync. Returns how many marks are queued for deletion.
 */
export async function queueMarkDeletion(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
): Promise<number> {
  const collections = sheets.map((sheet) => sheet.getRange().conditionalFormats.load('items/type'));
  await context.sync();
  const custom = collections.flatMap((c) => c.items.filter((format) => format.type === 'Custom'));
  if (custom.length === 0) return 0;
  const rules = custom.map((format) => ({ format, rule: format.custom.rule.load('formula') }));
  await context.sync();
  const marks = rules.filter(({ rule }) => isMarkFormula(rule.formula));
  for (const { format } of marks) format.delete();
  return marks.length;
}
