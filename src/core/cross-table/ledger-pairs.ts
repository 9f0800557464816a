/**
 * Which ledger goes with which summary (表间审核 of 汇总 against 台账): the ledger's rows read, and matched to the
 * summary's region rows by their region column.
 */
import { compactText, normaliseHeader } from '../header';
import { mergeCovering } from '../layout-cells';
import { labelRole, type Lexicon } from '../lexicon';
import type { Lang } from '../report';
import type { SheetSnapshot } from '../snapshot';
import { crossPhrase } from './phrases';
import { baseName, type PreparedSheet } from './prepared';
import { incomparable, ownRegions } from './region-total';
import { labelOf, matchRegion, regionLabels } from './region';
import type { LedgerRelation } from './schema';

/** The ledger's header row and its data rows (one per enterprise; blank, total and note rows left out). */
export interface Ledger {
  headerRow: number;
  headers: string[];
  regionCol: number;
  rows: number[];
  /** Each data row's region, as typed, merged over it, or typed once above its group (see readRegions). */
  regions: Map<number, string>;
}

function readLedger(sheet: SheetSnapshot, regionHeaders: string[], lexicon: Lexicon): Ledger | undefined {
  const wanted = new Set(regionHeaders.map((h) => normaliseHeader(h, lexicon).text));
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const headers = (sheet.rows[r] ?? []).map((c) => normaliseHeader(c?.text ?? '', lexicon).text);
    const columns = headers.flatMap((h, c) => (wanted.has(h) ? [c] : []));
    if (columns.length === 0) continue;
    // Of 所属区县 | 所属乡镇, a column naming one place on every row is the ledger's own county, not its breakdown.
    const read = columns.map((c) => ({ regionCol: c, regions: readRegions(sheet, r, c, lexicon) }));
    const { regionCol, regions } = read.find((x) => new Set(x.regions.values()).size > 1) ?? read[0];
    return regions.size > 0 ? { headerRow: r, headers, regionCol, rows: [...regions.keys()], regions } : undefined;
  }
  return undefined;
}

/**
 * The region of each enterprise row below the header. A region typed once above its group's rows and blank below
 * (a merged 所属乡镇 as a system's CSV export leaves it) names the group's rows, but only where the column is laid
 * out so: each region typed once and no blank before the first. Elsewhere a blank is a region not given.
 */
function readRegions(sheet: SheetSnapshot, headerRow: number, col: number, lexicon: Lexicon): Map<number, string> {
  const typed = new Map<number, string>();
  const blank = new Set<number>();
  for (let d = headerRow + 1; d < sheet.rows.length; d++) {
    const row = sheet.rows[d] ?? [];
    const texts = row.map((c) => compactText(c?.text ?? ''));
    // A total or subtotal row (合计, 小计) is not an enterprise, nor a sign-off line (填表人：… | 审核人：…).
    if (texts.some((t) => labelRole(t, lexicon) !== 'region' || lexicon.note.test(t) || lexicon.filer.test(t)))
      continue;
    const region = compactText(regionText(sheet, d, col));
    if (region) typed.set(d, region);
    else if (texts.some((t, c) => c !== col && t !== '')) blank.add(d);
  }
  const groups = [...typed.values()];
  const [firstTyped] = typed.keys();
  const [firstBlank] = blank;
  const typedOnce = blank.size > 0 && new Set(groups).size === groups.length && firstBlank > firstTyped;
  if (!typedOnce) return typed;
  const regions = new Map<number, string>();
  let current = '';
  for (let d = headerRow + 1; d < sheet.rows.length; d++) {
    const region = typed.get(d);
    if (region !== undefined) regions.set(d, (current = region));
    else if (blank.has(d)) regions.set(d, current);
    // An empty row, a total or a note ends a group.
    else current = '';
  }
  for (const [d, region] of regions) if (!region) regions.delete(d);
  return regions;
}

/** A ledger row's region: its cell, or the top cell of a merge over it (one 所属乡镇 over its enterprises' rows). */
function regionText(sheet: SheetSnapshot, row: number, col: number): string {
  const text = sheet.rows[row]?.[col]?.text ?? '';
  if (text.trim()) return text;
  const merge = mergeCovering(sheet.merges, row, col);
  return merge ? (sheet.rows[merge.top]?.[merge.left]?.text ?? '') : '';
}

/** A summary sheet and its ledger, the ledger's rows matched to the summary's region rows. */
export interface LedgerPair {
  summary: PreparedSheet;
  ledgerSheet: PreparedSheet;
  ledger: Ledger;
  /** Each ledger row's summary row (an index into `labels`), or -1. */
  owner: Map<number, number>;
  strays: Set<string>;
  labels: string[];
  /** A ledger of one region, named by its sheet's name (see sheetLedgers): its rows are all that region's. */
  bySheetName?: boolean;
}

/** A ledger row's cells, compacted. */
function rowTexts(sheet: SheetSnapshot, row: number): string[] {
  return (sheet.rows[row] ?? []).map((c) => compactText(c?.text ?? '')).filter((t) => t !== '');
}

/** Whether a ledger row's enterprise is closed (see closedValues, closedMarks): it is no longer any summary's. */
function closedRows(relation: LedgerRelation, sheet: SheetSnapshot): (row: number) => boolean {
  const values = new Set(relation.closedValues.map(compactText));
  const marks = relation.closedMarks.map(compactText);
  return (row) => rowTexts(sheet, row).some((t) => values.has(t) || marks.some((m) => t.includes(m)));
}

// A ledger column of categories holds at most this many distinct values (非公企业, 社会组织).
const MAX_CATEGORIES = 6;

/** A ledger column of categories (类别: 非公企业, 社会组织): its rows by value, where every row holds one of a few. */
export interface CategoryColumn {
  col: number;
  rows: Map<string, number[]>;
}

export function categoryColumns(sheet: SheetSnapshot, ledger: Ledger): CategoryColumn[] {
  const width = sheet.rows[ledger.headerRow]?.length ?? 0;
  const found: CategoryColumn[] = [];
  for (let col = 0; col < width; col++) {
    if (col === ledger.regionCol) continue;
    const rows = new Map<string, number[]>();
    for (const r of ledger.rows) {
      const value = compactText(sheet.rows[r]?.[col]?.text ?? '');
      if (value === '' || /\d/.test(value)) break;
      (rows.get(value) ?? rows.set(value, []).get(value))?.push(r);
    }
    const counted = [...rows.values()].reduce((n, list) => n + list.length, 0);
    if (counted === ledger.rows.length && rows.size >= 1 && rows.size <= MAX_CATEGORIES) found.push({ col, rows });
  }
  return found;
}

/**
 * The ledger rows of the summary's kind: where a ledger of both kinds has a column of categories (类别: 非公企业,
 * 社会组织) and the summary's sheet name or title names exactly one of them, the rows of that one; else every row.
 */
function rowsOfSummary(summary: PreparedSheet, sheet: SheetSnapshot, ledger: Ledger): number[] {
  const named = [summary.sheet.name, ...summary.layout.titleRows.flatMap((r) => rowTexts(summary.sheet, r))].map(
    compactText,
  );
  // A title naming both kinds (非公有制企业和社会组织) is of every row, however its categories spell them (非公企业).
  const { enterpriseWords, organisationWords } = summary.model.lexicon.vocabulary.subjects;
  const mentions = (words: string[]) => named.some((text) => words.some((w) => w !== '' && text.includes(w)));
  if (mentions(enterpriseWords) && mentions(organisationWords)) return ledger.rows;
  for (const { rows } of categoryColumns(sheet, ledger)) {
    if (rows.size < 2) continue;
    // A one-character answer (是, 否) names no kind, whatever a title happens to hold.
    const kinds = [...rows.keys()].filter((v) => v.length >= 2 && named.some((text) => text.includes(v)));
    if (kinds.length === 1) return rows.get(kinds[0]) ?? ledger.rows;
  }
  return ledger.rows;
}

function matchLedger(
  relation: LedgerRelation,
  summary: PreparedSheet,
  ledgerSheet: PreparedSheet,
  read: Ledger,
): LedgerPair {
  const closed = closedRows(relation, ledgerSheet.sheet);
  const rows = rowsOfSummary(summary, ledgerSheet.sheet, read).filter((r) => !closed(r));
  const ledger = { ...read, rows };
  const labels = summary.layout.regionRows.map((r) => labelOf(summary.sheet, summary.layout, r));
  const keyed = regionLabels(labels, ledgerSheet.model.lexicon);
  const owner = new Map<number, number>();
  const strays = new Set<string>();
  for (const r of ledger.rows) {
    const text = ledger.regions.get(r) ?? '';
    const m = matchRegion(text, keyed);
    owner.set(r, m && !('ambiguous' in m) ? m.index : -1);
    if (!m || 'ambiguous' in m) strays.add(text.trim());
  }
  return { summary, ledgerSheet, ledger, owner, strays, labels };
}

/**
 * Sheets beside a summary that each list one region's enterprises (汇总 | 高桥镇 | 西河乡 …, no region column): a sheet
 * whose name is one summary region's and which has a column of the enterprise's answers the counts read (是否建立党组织,
 * 组建形式), so that it lists enterprises, not the region's villages with their counts. Every data row is that region's.
 */
function sheetLedgers(relation: LedgerRelation, summary: PreparedSheet, book: PreparedSheet[]): LedgerPair[] {
  const { lexicon } = summary.model;
  const labels = summary.layout.regionRows.map((r) => labelOf(summary.sheet, summary.layout, r));
  const keyed = regionLabels(labels, lexicon);
  const answers = new Set(relation.counts.flatMap((c) => c.column ?? []).map((h) => normaliseHeader(h, lexicon).text));
  const pairs: LedgerPair[] = [];
  for (const ledgerSheet of book) {
    const headerRow = ledgerSheet.layout.headerRows.at(-1);
    const region = matchRegion(ledgerSheet.sheet.name, keyed);
    if (ledgerSheet === summary || headerRow === undefined || !region || 'ambiguous' in region) continue;
    const headers = (ledgerSheet.sheet.rows[headerRow] ?? []).map((c) => normaliseHeader(c?.text ?? '', lexicon).text);
    if (!headers.some((h) => answers.has(h))) continue;
    const closed = closedRows(relation, ledgerSheet.sheet);
    // A town of no enterprise says so on a row of its own (企业名称: 无): no enterprise.
    const none = (r: number) => rowTexts(ledgerSheet.sheet, r).every((t) => lexicon.missing.test(t));
    const rows = ledgerSheet.layout.regionRows.filter((r) => !closed(r) && !none(r));
    const ledger = {
      headerRow,
      headers,
      regionCol: -1,
      rows,
      regions: new Map(rows.map((r) => [r, ledgerSheet.sheet.name])),
    };
    const owner = new Map(rows.map((r) => [r, region.index]));
    pairs.push({ summary, ledgerSheet, ledger, owner, strays: new Set(), labels, bySheetName: true });
  }
  return pairs;
}

const matchedRows = (pair: LedgerPair) => [...pair.owner.values()].filter((i) => i >= 0).length;

/** How a sheet is named: by its sheet name, or (sent on its own) by its file's name. */
function naming(relation: LedgerRelation) {
  const has = (text: string, names: string[]) => names.some((n) => compactText(text).includes(compactText(n)));
  const file = (s: PreparedSheet) => baseName(s.file).replace(/\.[^.]*$/, '');
  return {
    summary: (s: PreparedSheet) => has(s.sheet.name, relation.summarySheets),
    ledger: (s: PreparedSheet) => has(s.sheet.name, relation.ledgerSheets),
    // A file named for both (青山县汇总及台账.xlsx) says nothing about which of its sheets is which.
    summaryFile: (s: PreparedSheet) =>
      has(s.sheet.name, relation.summarySheets) ||
      (has(file(s), relation.summarySheets) && !has(file(s), relation.ledgerSheets)),
    ledgerFile: (s: PreparedSheet) =>
      has(s.sheet.name, relation.ledgerSheets) ||
      (has(file(s), relation.ledgerSheets) && !has(file(s), relation.summarySheets)),
  };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The summaries and ledgers to compare: the two sheets of one workbook (汇总, 台账), or a ledger sent as a file of its
 * own (青山县台账.xlsx) with the other workbook's summary whose region rows most of its rows name. Two summaries
 * fitting equally (town names every county has) are no pairing: a guess could raise a false alarm.
 */
export function ledgerPairs(
  relation: LedgerRelation,
  books: PreparedSheet[][],
  lang: Lang,
  notes: string[],
): LedgerPair[] {
  const pairs: LedgerPair[] = [];
  const named = naming(relation);
  const paired = new Set<PreparedSheet>();
  for (const book of books) {
    for (const summary of book.filter((s) => named.summary(s) && s.layout.regionRows.length > 0)) {
      const ledgerSheets = book.filter((s) => s !== summary && named.ledger(s));
      const read = new Map(
        ledgerSheets.map((s) => [s, readLedger(s.sheet, relation.regionHeaders, s.model.lexicon)] as const),
      );
      // With no ledger of the whole county (one with a region column), the sheets named after its towns are theirs,
      // 台账 in their names or not (高桥镇台账).
      const bySheet = [...read.values()].every((l) => l === undefined) ? sheetLedgers(relation, summary, book) : [];
      pairs.push(...bySheet);
      for (const ledgerSheet of ledgerSheets) {
        paired.add(ledgerSheet);
        const where = {
          file: baseName(summary.file),
          summary: summary.sheet.name,
          ledger: `[${ledgerSheet.sheet.name}]`,
        };
        const ledger = read.get(ledgerSheet);
        if (bySheet.some((p) => p.ledgerSheet === ledgerSheet)) continue;
        if (!ledger) {
          const headers = relation.regionHeaders.join(crossPhrase(lang, 'listSeparator'));
          notes.push(crossPhrase(lang, 'ledgerNoRegion', { ...where, headers }));
          continue;
        }
        const pair = matchLedger(relation, summary, ledgerSheet, ledger);
        if (matchedRows(pair) * 2 < pair.ledger.rows.length) notes.push(crossPhrase(lang, 'ledgerFew', where));
        else pairs.push(pair);
      }
    }
  }
  const own = ownRegions(books);
  books.forEach((book, w) => {
    for (const ledgerSheet of book.filter((s) => !paired.has(s) && named.ledgerFile(s))) {
      const ledger = readLedger(ledgerSheet.sheet, relation.regionHeaders, ledgerSheet.model.lexicon);
      if (!ledger) continue;
      // A workbook naming another county than the ledger's (云龙县汇总.xlsx for 青山县台账.xlsx) is not its summary.
      const fitting = books
        .filter((_, o) => o !== w && (own[o] === undefined || own[w] === undefined || own[o] === own[w]))
        .flat()
        .filter((s) => named.summaryFile(s) && s.layout.regionRows.length > 0)
        // A ledger of another year (截至2024年12月31日 beside a summary of 2025) is not that summary's.
        .filter((summary) => incomparable(summary, ledgerSheet, false)?.key !== 'otherPeriod')
        .map((summary) => matchLedger(relation, summary, ledgerSheet, ledger))
        .filter((pair) => matchedRows(pair) * 2 >= pair.ledger.rows.length);
      const fit = (pair: LedgerPair) => [
        matchedRows(pair),
        commonPrefix(baseName(pair.summary.file), baseName(ledgerSheet.file)),
      ];
      const best = fitting.reduce<LedgerPair[]>((top, pair) => {
        const order = top.length === 0 ? 1 : compareFit(fit(pair), fit(top[0]));
        return order > 0 ? [pair] : order === 0 ? [...top, pair] : top;
      }, []);
      if (best.length === 1) pairs.push(best[0]);
    }
  });
  return pairs;
}

function compareFit(a: number[], b: number[]): number {
  return a[0] - b[0] || a[1] - b[1];
}
