import type { CellFix } from '../core/cell-fixes';
import type { Finding } from '../core/report';
import { columnLetters, parseA1, type SheetSnapshot } from '../core/snapshot';

/** Escapes text for HTML content and attribute values: every piece of a report that comes from a file goes through here. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** At most this many rows are drawn in full; a longer sheet shows its top rows and the rows around its findings. */
const FULL_ROWS = 200;
const MAX_COLUMNS = 40;

/** Which rows to draw: all of a short sheet; the first rows and two either side of each marked row otherwise. */
function rowsToDraw(sheet: SheetSnapshot, marked: Set<number>): number[] {
  const count = sheet.rows.length;
  if (count <= FULL_ROWS) return [...Array(count).keys()];
  const keep = new Set<number>([...Array(Math.min(6, count)).keys()]);
  for (const r of marked) for (let d = -2; d <= 2; d++) if (r + d >= 0 && r + d < count) keep.add(r + d);
  return [...keep].sort((a, b) => a - b);
}

/**
 * The sheet as a table with column letters and row numbers, the suspect cells marked and showing their likely
 * value, the other cells of open findings outlined, and explained (核实) ones marked as such.
 */
export function sheetTable(
  sheet: SheetSnapshot,
  findings: Finding[],
  fixes: CellFix[],
  words: { likely: string; skipped: (n: number) => string },
  implied: Map<string, string> = new Map(),
): string {
  const suspect = new Map<string, CellFix | undefined>(fixes.map((f) => [f.address, f]));
  // A cell blamed by a finding between tables has no fix of its own sheet, but is marked all the same.
  for (const f of findings)
    for (const c of f.cells) if (c.suspect && !f.accepted && !suspect.has(c.address)) suspect.set(c.address, undefined);
  const involved = new Set(findings.filter((f) => !f.accepted).flatMap((f) => f.cells.map((c) => c.address)));
  const explained = new Set(findings.filter((f) => f.accepted).flatMap((f) => f.cells.map((c) => c.address)));
  const messages = new Map<string, string[]>();
  for (const f of findings)
    for (const c of f.cells) messages.set(c.address, [...(messages.get(c.address) ?? []), f.message]);
  const marked = new Set([...involved, ...explained, ...suspect.keys()].map((a) => parseA1(a)?.row ?? 0));
  const width = Math.min(MAX_COLUMNS, Math.max(1, ...sheet.rows.map((r) => r?.length ?? 0)));
  // Cells covered by a merge are not drawn; the merge's first cell spans them.
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const drawn = rowsToDraw(sheet, marked);
  const drawnSet = new Set(drawn);
  const head = `<tr><th></th>${[...Array(width).keys()].map((c) => `<th>${columnLetters(c)}</th>`).join('')}</tr>`;
  const body: string[] = [];
  let previous = -1;
  for (const r of drawn) {
    if (r > previous + 1)
      body.push(`<tr class="gap"><td colspan="${width + 1}">${esc(words.skipped(r - previous - 1))}</td></tr>`);
    previous = r;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = sheet.rows[r]?.[c] ?? null;
      const address = columnLetters(c) + String(r + 1);
      const span = spans.get(`${r},${c}`);
      const spanAttrs = span
        ? `${span.cols > 1 ? ` colspan="${Math.min(span.cols, width - c)}"` : ''}${span.rows > 1 ? ` rowspan="${countDrawn(drawnSet, r, span.rows)}"` : ''}`
        : '';
      const fix = suspect.get(address);
      const cls = suspect.has(address)
        ? 'suspect'
        : involved.has(address)
          ? 'involved'
          : explained.has(address)
            ? 'explained'
            : typeof cell?.value === 'number'
              ? 'num'
              : '';
      const title = messages.get(address)?.join('\n');
      const shown = fix?.shown ?? implied.get(address);
      const likely = shown !== undefined ? `<span class="likely">${esc(words.likely)} ${esc(shown)}</span>` : '';
      cells.push(
        `<td${cls ? ` class="${cls}"` : ''}${spanAttrs}${title ? ` title="${esc(title)}"` : ''} data-cell="${address}">${esc(cell?.text ?? '')}${likely}</td>`,
      );
    }
    body.push(`<tr><th>${r + 1}</th>${cells.join('')}</tr>`);
  }
  if (previous < sheet.rows.length - 1)
    body.push(
      `<tr class="gap"><td colspan="${width + 1}">${esc(words.skipped(sheet.rows.length - 1 - previous))}</td></tr>`,
    );
  return `<div class="grid-wrap"><table class="grid"><thead>${head}</thead><tbody>${body.join('')}</tbody></table></div>`;
}

/** Rows of a merge that are drawn (a merge across skipped rows spans only those shown). */
function countDrawn(drawn: Set<number>, top: number, rows: number): number {
  let n = 0;
  for (let r = top; r < top + rows; r++) if (drawn.has(r)) n += 1;
  return Math.max(1, n);
}
