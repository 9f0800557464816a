import type { CellFix } from '../core/cell-fixes';
import type { Finding, Lang, Severity, SheetReport } from '../core/report';
import { a1, columnLetters, hasFigures, type ReadProblem, type SheetSnapshot } from '../core/snapshot';
import { notCheckedReason, wasChecked } from '../reports/summary';
import { h } from '../taskpane/dom';
import { say } from './page-locale';

/**
 * One sheet on the standalone page: its status, the sheet as a table with the suspect cells marked, and beside it
 * one entry per suspect cell (the command line's cell fixes: the likely value first), the relations involved
 * folded under it. Everything from the file goes in as text, never as HTML.
 */

export type StatusKind = 'checked' | 'notChecked' | 'skipped' | 'unread';

export interface SheetStatus {
  kind: StatusKind;
  detail: string;
}

const STATUS_WORD = {
  checked: 'statusChecked',
  notChecked: 'statusNotChecked',
  skipped: 'statusSkipped',
  unread: 'statusUnread',
} as const;

/**
 * A checked sheet: what it found; a sheet no rule applied to, or whose figures were not read as a table: why; a sheet
 * without figures: skipped.
 */
export function sheetStatus(snapshot: SheetSnapshot, report: SheetReport, lang: Lang): SheetStatus {
  const reason = notCheckedReason(report, lang);
  if (reason !== undefined) return { kind: 'notChecked', detail: reason };
  if (!wasChecked(report))
    return hasFigures(snapshot)
      ? { kind: 'notChecked', detail: say(lang, 'notCheckedLayout') }
      : { kind: 'skipped', detail: say(lang, 'skippedEmpty') };
  const cells = report.cellFixes.length;
  return { kind: 'checked', detail: cells > 0 ? say(lang, 'checkedWith', { cells }) : say(lang, 'checkedClean') };
}

/** A sheet the reader did not hand over: a chart or macro sheet (skipped), or a damaged part (not read). */
export function unreadStatus(problem: ReadProblem, lang: Lang): SheetStatus {
  return problem.unreadSheet !== undefined
    ? { kind: 'unread', detail: say(lang, 'unread') }
    : { kind: 'skipped', detail: say(lang, 'skippedOther') };
}

export function statusLine(sheet: string, status: SheetStatus, lang: Lang): HTMLElement {
  return h(
    'li',
    { class: `status status-${status.kind}`, 'data-sheet': sheet, 'data-status': status.kind },
    h('span', { class: 'status-word' }, say(lang, STATUS_WORD[status.kind])),
    h('span', { class: 'status-sheet' }, sheet),
    h('span', { class: 'status-detail' }, status.detail),
  );
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function worst(findings: Finding[]): Severity {
  return findings.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0] ?? 'error';
}

/** Rows shown of a long sheet: the first ones (titles, headers) and a few around each marked cell. */
const HEAD_ROWS = 30;
const CONTEXT_ROWS = 3;
const FULL_SHEET_ROWS = 400;

function shownRows(rowCount: number, markedRows: number[]): number[] {
  if (rowCount <= FULL_SHEET_ROWS) return Array.from({ length: rowCount }, (_, r) => r);
  const keep = new Set<number>();
  for (let r = 0; r < Math.min(HEAD_ROWS, rowCount); r++) keep.add(r);
  for (const m of markedRows)
    for (let r = Math.max(0, m - CONTEXT_ROWS); r <= Math.min(rowCount - 1, m + CONTEXT_ROWS); r++) keep.add(r);
  return [...keep].sort((a, b) => a - b);
}

function findingsOf(report: SheetReport, fix: CellFix): Finding[] {
  return report.findings.filter((f) => f.cells.some((c) => c.suspect && c.address === fix.address));
}

/** A finding over this many cells (a total row over a long column) tints none of them: the suspect mark says enough. */
const MAX_RELATED = 8;

/** Where merged ranges start (top-left address → spans) and the cells they cover, among the rows shown. */
function mergedSpans(
  snapshot: SheetSnapshot,
  rows: number[],
): { spans: Map<string, { rows: number; cols: number }>; covered: Set<string> } {
  const shown = new Set(rows);
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of snapshot.merges) {
    if (!shown.has(m.top)) continue;
    // A merge down across left-out rows spans only its first row here.
    let bottom = m.top;
    while (bottom < m.bottom && shown.has(bottom + 1)) bottom++;
    spans.set(a1(m.top, m.left), { rows: bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(a1(r, c));
  }
  return { spans, covered };
}

/** The sheet as a grid with column letters and row numbers, merged cells merged, suspect and related cells marked. */
function sheetTable(snapshot: SheetSnapshot, report: SheetReport, lang: Lang): HTMLElement {
  const suspect = new Map(report.cellFixes.map((fix) => [fix.address, worst(findingsOf(report, fix))]));
  const related = new Set(
    report.findings
      .filter((f) => f.cells.length <= MAX_RELATED)
      .flatMap((f) => f.cells.filter((c) => !c.suspect).map((c) => c.address)),
  );
  const marked = [...suspect.keys(), ...related].map((address) => Number(/\d+$/.exec(address)?.[0] ?? 1) - 1);
  const width = snapshot.rows.reduce((n, row) => Math.max(n, row.length), 0);
  const rows = shownRows(snapshot.rows.length, marked);
  const { spans, covered } = mergedSpans(snapshot, rows);
  const body: HTMLElement[] = [];
  let previous = -1;
  for (const r of rows) {
    if (r > previous + 1)
      body.push(
        h(
          'tr',
          { class: 'gap' },
          h('td', { colspan: String(width + 1) }, say(lang, 'rowsOmitted', { n: r - previous - 1 })),
        ),
      );
    previous = r;
    const cells = snapshot.rows[r] ?? [];
    const tds: HTMLElement[] = [h('th', { scope: 'row' }, r + 1)];
    const plain = (c: number) => {
      const address = a1(r, c);
      return (
        !cells[c]?.text &&
        !covered.has(address) &&
        !spans.has(address) &&
        !suspect.has(address) &&
        !related.has(address)
      );
    };
    for (let c = 0; c < width; c++) {
      const address = a1(r, c);
      if (covered.has(address)) continue;
      const cell = cells[c];
      const severity = suspect.get(address);
      const kind = severity ? `suspect suspect-${severity}` : related.has(address) ? 'related' : undefined;
      const numeric = cell && typeof cell.value === 'number';
      // Text runs on over the empty cells to its right, as Excel shows a title or a note.
      let span = spans.get(address);
      if (!span && cell?.text && !numeric && !kind) {
        let end = c + 1;
        while (end < width && plain(end)) end++;
        if (end > c + 1) span = { rows: 1, cols: end - c };
      }
      const runsOn = span !== undefined && !spans.has(address);
      const classes =
        [kind, numeric ? 'num' : undefined, runsOn ? 'runs-on' : span ? 'merged' : undefined]
          .filter(Boolean)
          .join(' ') || undefined;
      const attrs = {
        'data-address': address,
        class: classes,
        rowspan: span && span.rows > 1 ? String(span.rows) : undefined,
        colspan: span && span.cols > 1 ? String(span.cols) : undefined,
      };
      tds.push(h('td', attrs, cell ? cell.text : ''));
      if (runsOn) c += (span as { cols: number }).cols - 1;
    }
    body.push(h('tr', {}, tds));
  }
  const head = h(
    'tr',
    {},
    h('th', {}, ''),
    Array.from({ length: width }, (_, c) => h('th', { scope: 'col' }, columnLetters(c))),
  );
  // Short sheets are shown whole (and print whole); long ones scroll inside their frame.
  return h(
    'div',
    { class: rows.length > 40 ? 'grid-wrap tall' : 'grid-wrap' },
    h('table', { class: 'grid' }, h('thead', {}, head), h('tbody', {}, body)),
  );
}

/** One entry per suspect cell, leading with the likely value; the relations it breaks folded below. */
function fixList(report: SheetReport, lang: Lang, select: (address: string) => void): HTMLElement {
  const items = report.cellFixes.map((fix) => {
    const findings = findingsOf(report, fix);
    const severity = worst(findings);
    const go = h(
      'button',
      { type: 'button', class: 'cell-link', title: `${report.sheet}!${fix.address}` },
      fix.address,
    );
    go.addEventListener('click', () => select(fix.address));
    const details = h(
      'details',
      { class: 'relations' },
      h('summary', {}, say(lang, 'relations', { n: findings.length })),
      h(
        'ul',
        {},
        findings.map((f) => h('li', { 'data-rule': f.ruleId }, f.message)),
      ),
    );
    return h(
      'li',
      { class: `fix fix-${severity}`, 'data-sheet': report.sheet, 'data-cell': fix.address },
      go,
      h('p', { class: 'fix-message' }, fix.message),
      details,
    );
  });
  return h('aside', { class: 'fixes' }, h('h3', {}, say(lang, 'findingsHeading')), h('ol', {}, items));
}

/** The section of one sheet: heading, status, table, and the entries beside it when there are any. */
export function sheetSection(snapshot: SheetSnapshot, report: SheetReport, lang: Lang): HTMLElement {
  const status = sheetStatus(snapshot, report, lang);
  const section = h('section', { class: 'sheet', 'data-sheet': report.sheet });
  const table = sheetTable(snapshot, report, lang);
  // Choosing an entry frames its cell and the cells of the relations it breaks, and brings the cell into view.
  const select = (address: string): void => {
    Array.prototype.forEach.call(section.querySelectorAll('td.selected, td.linked'), (old: Element) =>
      old.classList.remove('selected', 'linked'),
    );
    const fix = report.cellFixes.find((f) => f.address === address);
    for (const f of fix ? findingsOf(report, fix) : [])
      for (const c of f.cells) table.querySelector(`td[data-address="${c.address}"]`)?.classList.add('linked');
    const td = table.querySelector(`td[data-address="${address}"]`);
    if (!td) return;
    td.classList.add('selected');
    td.scrollIntoView({ block: 'center', inline: 'center' });
  };
  section.append(
    h(
      'h2',
      {},
      report.sheet,
      ' ',
      h(
        'span',
        { class: `badge status-${status.kind}` },
        say(lang, STATUS_WORD[status.kind]),
        lang === 'en' ? ': ' : '：',
        status.detail,
      ),
    ),
    h(
      'div',
      { class: report.cellFixes.length > 0 ? 'sheet-body with-fixes' : 'sheet-body' },
      table,
      report.cellFixes.length > 0 ? fixList(report, lang, select) : null,
    ),
  );
  return section;
}
