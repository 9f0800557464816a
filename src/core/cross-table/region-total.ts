import { compactText } from '../header';
import type { Lang } from '../report';
import { namesRegion } from '../lexicon';
import { disagreement } from './finding';
import { crossPhrase } from './phrases';
import { baseName, type PreparedSheet } from './prepared';
import {
  labelOf,
  matchRegion,
  regionBase,
  regionLabels,
  regionSources,
  similarity,
  subjectOf,
  textAboveHeader,
  title,
  monthsIn,
  yearsIn,
  type RegionLabels,
  type RegionSource,
} from './region';
import type { CrossTableRule } from './schema';
import type { CrossFinding } from './types';

type RegionTotalRule = CrossTableRule & { relation: { kind: 'regionTotal' } };

interface Pairing {
  row: number;
  label: string;
  source: RegionSource;
}

/**
 * Most comparisons of one measure disagreeing means the two tables count different things (another population, another
 * definition), not a slip in a cell: reporting each would be a wall of false alarms.
 */
export function systematic(compared: number, disagreeing: number): boolean {
  return compared >= 3 && disagreeing * 2 > compared;
}

/** The texts that may name each workbook's region, read once (from its first sheet with a total row). */
export function sourcesOf(book: PreparedSheet[]): RegionSource[] {
  const home = book.find((s) => s.layout.totalRows.length > 0) ?? book[0];
  return home ? regionSources(home.file, home.sheet, home.layout, home.model.lexicon) : [];
}

/** The label the first of a workbook's region sources names, with that source: 填报单位, then title, then file name. */
function namedBy(
  labels: RegionLabels,
  sources: RegionSource[],
): { index: number; source: RegionSource } | { ambiguous: string[] } | undefined {
  for (const source of sources) {
    const match = matchRegion(source.text, labels);
    if (!match) continue;
    return 'ambiguous' in match ? match : { index: match.index, source };
  }
  return undefined;
}

// Read once per folder: the ledgers' pairing and the same-measure check both ask.
const ownRegionsOf = new WeakMap<PreparedSheet[][], (string | undefined)[]>();

/**
 * Each workbook's own region, where its 填报单位, title or file name names a place that is a row of some table in the
 * folder (青山县汇总.xlsx: 青山县, a row of the city's table); undefined where none does.
 */
export function ownRegions(books: PreparedSheet[][]): (string | undefined)[] {
  let own = ownRegionsOf.get(books);
  if (!own) ownRegionsOf.set(books, (own = readOwnRegions(books)));
  return own;
}

function readOwnRegions(books: PreparedSheet[][]): (string | undefined)[] {
  const lexicon = books.find((b) => b.length > 0)?.[0].model.lexicon;
  if (!lexicon) return books.map(() => undefined);
  const places = new Set<string>();
  for (const s of books.flat())
    for (const row of s.layout.regionRows) {
      const label = labelOf(s.sheet, s.layout, row);
      if (namesRegion(compactText(label), lexicon)) places.add(label);
    }
  const labels = regionLabels([...places], lexicon);
  return books.map((book) => {
    const named = namedBy(labels, sourcesOf(book));
    return named && !('ambiguous' in named) ? regionBase(labels.labels[named.index], lexicon) : undefined;
  });
}

/** The row of the upper sheet a workbook reports on, from the first of its region sources that names one. */
function pairWith(
  rows: number[],
  labels: RegionLabels,
  sources: RegionSource[],
): Pairing | { ambiguous: string[] } | undefined {
  const named = namedBy(labels, sources);
  if (!named || 'ambiguous' in named) return named;
  return { row: rows[named.index], label: labels.labels[named.index], source: named.source };
}

/**
 * The row of a region's own sheet that states the region's total: its grand total row (合计, 全区), or else the one
 * row labelled with the region's own name (a county sheet that heads its streets with 皇姑区 instead of 合计).
 */
function totalRowOf(s: PreparedSheet, region: string): number | undefined {
  const total = s.layout.totalRows.find((t) => t.kind === 'total');
  if (total) return total.row;
  const { lexicon } = s.model;
  const own = s.layout.regionRows.filter(
    (r) => regionBase(labelOf(s.sheet, s.layout, r), lexicon) === regionBase(region, lexicon),
  );
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The lower workbook's sheet to compare: one with a total row for the region sharing measures, the same-named one
 * first. Of sheets that fit equally, the one of the upper table's year (2025年上半年, not 2024年上半年), then of its month
 * (截至2025年6月30日, not 截至2025年12月31日), or else the one named as the current period (`currentSheets`: 本期, not
 * 上期); two still equal (two groups) are a tie, and a guess could raise a false alarm, so none is compared.
 */
function lowerSheet(
  upper: PreparedSheet,
  sheets: PreparedSheet[],
  region: string,
  currentSheets: string[],
): PreparedSheet | { tie: PreparedSheet[] } | undefined {
  const shared = (s: PreparedSheet) => [...s.columns.keys()].filter((k) => upper.columns.has(k)).length;
  const usable = sheets.filter((s) => totalRowOf(s, region) !== undefined && shared(s) > 0);
  const sameName = usable.find((s) => s.sheet.name.trim() === upper.sheet.name.trim());
  if (sameName) return sameName;
  const most = Math.max(0, ...usable.map(shared));
  const best = usable.filter((s) => shared(s) === most);
  if (best.length <= 1) return best[0];
  const ofYear = best.filter((s) => incomparable(upper, s, false)?.key !== 'otherPeriod');
  if (ofYear.length === 1) return ofYear[0];
  // The month the tables are dated to (截至2025年6月30日 against 截至2025年12月31日) before the sheets' names.
  const months = (s: PreparedSheet) =>
    monthsIn(`${textAboveHeader(s.sheet, s.layout)} ${s.sheet.name}`, s.model.lexicon);
  const upperMonths = months(upper);
  const dated = ofYear.map(months);
  const ofMonth =
    upperMonths.size > 0 && dated.some((m) => m.size > 0)
      ? ofYear.filter((_, i) => [...dated[i]].some((m) => upperMonths.has(m)))
      : ofYear;
  if (ofMonth.length === 1) return ofMonth[0];
  if (ofMonth.length === 0) return { tie: ofYear };
  const current = ofMonth.filter((s) => currentSheets.some((n) => compactText(s.sheet.name).includes(compactText(n))));
  return current.length === 1 ? current[0] : { tie: ofMonth };
}

/**
 * An upper table's row for a region = the grand total row of that region's own workbook, in every measure both
 * have. A sheet is an upper table when at least `minWorkbooks` other workbooks name one of its rows.
 */
export function checkRegionTotals(
  rule: RegionTotalRule,
  books: PreparedSheet[][],
  lang: Lang,
): { findings: CrossFinding[]; notes: string[] } {
  const findings: CrossFinding[] = [];
  const notes: string[] = [];
  let uppers = 0;
  const sources = books.map(sourcesOf);
  books.forEach((book, w) => {
    for (const upper of book) {
      const rows = upper.layout.regionRows;
      if (rows.length < 2) continue;
      const labels = regionLabels(
        rows.map((r) => labelOf(upper.sheet, upper.layout, r)),
        upper.model.lexicon,
      );
      const pairings = books.map((_, v) => (v === w ? undefined : pairWith(rows, labels, sources[v])));
      const paired = pairings.filter((p): p is Pairing => p !== undefined && !('ambiguous' in p));
      // Two levels means workbooks for several different rows: twins of one region's workbook are not enough.
      if (new Set(paired.map((p) => p.row)).size < rule.relation.minWorkbooks) continue;
      uppers += 1;
      const where = { upper: baseName(upper.file), sheet: upper.sheet.name };
      const seenRows = new Set<number>();
      const byMeasure = new Map<string, { compared: number; found: CrossFinding[] }>();
      pairings.forEach((p, v) => {
        if (v === w) return;
        const file = baseName(books[v][0]?.file ?? '');
        if (!p) return void notes.push(crossPhrase(lang, 'notMatched', { file, ...where }));
        if ('ambiguous' in p)
          return void notes.push(
            crossPhrase(lang, 'ambiguous', {
              file,
              ...where,
              labels: p.ambiguous.join(crossPhrase(lang, 'listSeparator')),
            }),
          );
        const lower = lowerSheet(upper, books[v], p.label, rule.relation.currentSheets);
        if (!lower) return void notes.push(crossPhrase(lang, 'noLowerSheet', { file, ...where }));
        if ('tie' in lower) {
          const names = lower.tie.map((s) => s.sheet.name).join(crossPhrase(lang, 'listSeparator'));
          return void notes.push(crossPhrase(lang, 'lowerSheetTie', { file, ...where, sheets: names }));
        }
        const refused = incomparable(upper, lower);
        if (refused)
          return void notes.push(
            crossPhrase(lang, refused.key, { file, ...where, mine: refused.mine, theirs: refused.theirs }),
          );
        seenRows.add(p.row);
        const { compared, found } = compare(rule, upper, lower, p, lang);
        for (const name of compared) {
          const entry = byMeasure.get(name) ?? { compared: 0, found: [] };
          entry.compared += 1;
          entry.found.push(...found.filter((f) => f.measure === name));
          byMeasure.set(name, entry);
        }
        const total = totalRowOf(lower, p.label) as number;
        notes.push(
          crossPhrase(lang, 'matched', {
            lower: file,
            lowerSheet: lower.sheet.name,
            lowerRow: total + 1,
            upper: where.upper,
            upperSheet: where.sheet,
            row: p.row + 1,
            label: p.label,
            by: crossPhrase(lang, p.source.by),
            text: p.source.text,
            measures: compared.join(crossPhrase(lang, 'listSeparator')),
          }),
        );
      });
      for (const [measure, { compared, found }] of byMeasure) {
        if (systematic(compared, found.length))
          notes.push(
            crossPhrase(lang, 'systematic', {
              file: where.upper,
              sheet: where.sheet,
              measure,
              n: found.length,
              of: compared,
            }),
          );
        else findings.push(...found);
      }
      const without = rows.filter((r) => !seenRows.has(r)).map((r) => labelOf(upper.sheet, upper.layout, r));
      if (without.length > 0)
        notes.push(
          crossPhrase(lang, 'rowsWithout', {
            ...where,
            n: without.length,
            labels: without.join(crossPhrase(lang, 'listSeparator')),
          }),
        );
    }
  });
  if (uppers === 0 && books.length >= 2) notes.push(crossPhrase(lang, 'noUpper'));
  return { findings, notes };
}

/**
 * Tables of different periods (2022 against 2025) or different subjects (key enterprises against all enterprises)
 * share headers but not figures: comparing them would only raise false alarms. Sheets of one workbook are titled by
 * what each shows (覆盖情况, 组织设置), so `subjects` false leaves their titles out.
 */
export function incomparable(
  upper: PreparedSheet,
  lower: PreparedSheet,
  subjects = true,
): { key: 'otherPeriod' | 'otherSubject'; mine: string; theirs: string } | undefined {
  const { lexicon } = upper.model;
  const years = (s: PreparedSheet) => yearsIn(`${textAboveHeader(s.sheet, s.layout)} ${s.sheet.name}`, lexicon);
  const [a, b] = [years(upper), years(lower)];
  if (a.size > 0 && b.size > 0 && ![...a].some((y) => b.has(y)))
    return { key: 'otherPeriod', mine: [...b].join('/'), theirs: [...a].join('/') };
  const [ta, tb] = [title(upper.sheet, upper.layout, lexicon), title(lower.sheet, lower.layout, lexicon)];
  if (subjects && ta && tb && similarity(subjectOf(ta, lexicon), subjectOf(tb, lexicon)) < 0.5)
    return { key: 'otherSubject', mine: tb, theirs: ta };
  return undefined;
}

/** Every measure the upper row and the lower total row both state, compared; the names compared, and what disagrees. */
function compare(
  rule: RegionTotalRule,
  upper: PreparedSheet,
  lower: PreparedSheet,
  p: Pairing,
  lang: Lang,
): { compared: string[]; found: CrossFinding[] } {
  const total = totalRowOf(lower, p.label) as number;
  const compared: string[] = [];
  const found: CrossFinding[] = [];
  for (const [key, { column, name }] of upper.columns) {
    const other = lower.columns.get(key);
    if (!other) continue;
    if (!upper.model.number(p.row, column.col) || !lower.model.number(total, other.column.col)) continue;
    compared.push(name);
    const here = { sheet: upper, row: p.row, col: column.col };
    const there = { sheet: lower, row: total, col: other.column.col };
    const finding = disagreement(rule, p.label, name, here, there, lang);
    if (finding) found.push(finding);
  }
  return { compared, found };
}
