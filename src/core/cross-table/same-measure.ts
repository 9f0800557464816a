import { compactText } from '../header';
import { namesRegion, type Lexicon } from '../lexicon';
import type { Lang } from '../report';
import { disagreement, otherKinds } from './finding';
import { crossPhrase } from './phrases';
import { baseName, sheetPlace, type PreparedSheet } from './prepared';
import { labelOf, leadingPlaces, regionBase, regionSuffix, title } from './region';
import { incomparable, ownRegions, sourcesOf, systematic } from './region-total';
import type { CrossTableRule } from './schema';
import type { CrossFinding } from './types';

type SameMeasureRule = CrossTableRule & { relation: { kind: 'sameMeasure' } };

interface Row {
  row: number;
  label: string;
}

const TOTAL = '\u0000total';

/**
 * A sheet's rows keyed by what they are about: a region row by its name without suffix (a label used twice is
 * left out, it could be either), the grand total row by itself. Across workbooks only rows naming a place count:
 * categories (国有企业, 其他) and totals of two workbooks need not be the same population.
 */
function rowsByKey(s: PreparedSheet, acrossWorkbooks: boolean): Map<string, Row> {
  const { lexicon } = s.model;
  const rows = new Map<string, Row>();
  const twice = new Set<string>();
  for (const row of s.layout.regionRows) {
    const label = labelOf(s.sheet, s.layout, row);
    if (!label || (acrossWorkbooks && !namesRegion(compactText(label), lexicon))) continue;
    const key = regionBase(label, lexicon);
    if (rows.has(key)) twice.add(key);
    rows.set(key, { row, label });
  }
  for (const key of twice) rows.delete(key);
  const total = s.layout.totalRows.find((t) => t.kind === 'total');
  if (total && !acrossWorkbooks) rows.set(TOTAL, { row: total.row, label: labelOf(s.sheet, s.layout, total.row) });
  return rows;
}

/** Two labels of one base name at one level: 白沙县 and 白沙, not 白沙县 and 白沙镇 (a town named like a county). */
function sameLevel(a: Row, b: Row, lexicon: Lexicon): boolean {
  const [sa, sb] = [regionSuffix(a.label, lexicon), regionSuffix(b.label, lexicon)];
  return sa === '' || sb === '' || sa === sb;
}

/**
 * Whether two sheets of one workbook are named after two different places: by a region name (石桥镇, 青山镇), or by the
 * names of two region rows of the workbook's tables (城关 and 桃源, beside a 汇总 of 城关镇 and 桃源镇).
 */
function otherPlaces(a: PreparedSheet, b: PreparedSheet, rowPlaces: Set<string>): boolean {
  const { lexicon } = a.model;
  const place = (s: PreparedSheet) => {
    const name = compactText(s.sheet.name);
    const base = regionBase(name, lexicon);
    if (namesRegion(name, lexicon) || rowPlaces.has(base)) return base;
    const named = titlePlace(s);
    return named === undefined ? undefined : regionBase(named, lexicon);
  };
  const [x, y] = [place(a), place(b)];
  return x !== undefined && y !== undefined && x !== y;
}

// A place a title begins with is named within this many characters (内蒙古自治区, 南湖街道).
const MAX_PLACE_NAME = 8;

/** The last of the places a sheet's title begins with (城关镇 of 红河县城关镇非公有制企业…), if any. */
function titlePlace(s: PreparedSheet): string | undefined {
  const { lexicon } = s.model;
  let text = title(s.sheet, s.layout, lexicon) ?? '';
  let last: string | undefined;
  for (;;) {
    let k = 2;
    while (k <= Math.min(MAX_PLACE_NAME, text.length) && !namesRegion(text.slice(0, k), lexicon)) k++;
    if (k > Math.min(MAX_PLACE_NAME, text.length)) return last;
    last = text.slice(0, k);
    text = text.slice(k);
  }
}

/**
 * The places a workbook names itself after, outermost first (江州, 城区 of 江州市城区汇总表): by the first of its 填报单位,
 * title and file name that begins with one.
 */
function namedPlaces(book: PreparedSheet[]): string[] {
  const lexicon = book[0]?.model.lexicon;
  if (!lexicon) return [];
  for (const source of sourcesOf(book)) {
    const places = leadingPlaces(compactText(source.text), lexicon);
    if (places.length > 0) return places;
  }
  return [];
}

/**
 * Whether two workbooks name themselves after two places (青山县 and 云龙县 with their 城关镇 each; 江州市城区 and
 * 临川市城区), neither a row of the other's tables (as a county is of its city's). Compared from the innermost, a
 * place named with a prefix (中共青山) is the place.
 */
function otherNamedPlaces(a: string[], b: string[], rowsOfA: Set<string>, rowsOfB: Set<string>): boolean {
  const same = (x: string, y: string) => x.endsWith(y) || y.endsWith(x);
  for (let i = 1; i <= Math.min(a.length, b.length); i++)
    if (!same(a[a.length - i], b[b.length - i])) return !rowsOfA.has(b[b.length - 1]) && !rowsOfB.has(a[a.length - 1]);
  return false;
}

/** The places a workbook's tables have rows for (城关 of 城关镇), to tell what its sheets are named after. */
function rowPlacesOf(book: PreparedSheet[]): Set<string> {
  return new Set(
    book.flatMap((s) => s.layout.regionRows.map((r) => regionBase(labelOf(s.sheet, s.layout, r), s.model.lexicon))),
  );
}

/**
 * Two versions of one table (a copy with some figures retyped, last year's file beside this year's): the same rows
 * and the same columns. Comparing them would list their differences, not figures that contradict each other.
 */
function copies(a: PreparedSheet, b: PreparedSheet, rowsA: Map<string, Row>, rowsB: Map<string, Row>): boolean {
  const same = (x: Iterable<string>, y: Iterable<string>) => {
    const [sx, sy] = [new Set(x), new Set(y)];
    return sx.size === sy.size && [...sx].every((k) => sy.has(k));
  };
  return same(rowsA.keys(), rowsB.keys()) && same(a.columns.keys(), b.columns.keys());
}

/**
 * The same measure stated in two sheets, of one workbook or of two, for the same region (or, within a workbook, the
 * grand total of the same regions): the figures agree. Two sheets are compared only when at least `minRows` of their
 * region rows match, they cover the same period (and, across workbooks, the same subject), and a measure that
 * disagrees in most rows is taken for another definition and noted, not reported.
 */
export function checkSameMeasures(
  rule: SameMeasureRule,
  books: PreparedSheet[][],
  lang: Lang,
): { findings: CrossFinding[]; notes: string[] } {
  const findings: CrossFinding[] = [];
  const notes: string[] = [];
  // Each sheet's rows keyed once for both kinds of pairing, not once per pair.
  const own = ownRegions(books);
  const rowPlaces = books.map(rowPlacesOf);
  const named = books.map(namedPlaces);
  const sheets = books.flatMap((book, w) =>
    book.map((s) => ({ s, w, within: rowsByKey(s, false), across: rowsByKey(s, true) })),
  );
  for (let i = 0; i < sheets.length; i++) {
    for (let j = i + 1; j < sheets.length; j++) {
      const [a, b] = [sheets[i], sheets[j]];
      const acrossWorkbooks = a.w !== b.w;
      // Two counties' workbooks, each naming its own county, share town names (城关镇, 东城街道) but no town; so do
      // two sheets of one workbook named after two towns (石桥镇, 青山镇) with their villages (兴隆村 in each).
      if (acrossWorkbooks && own[a.w] !== undefined && own[b.w] !== undefined && own[a.w] !== own[b.w]) continue;
      // So do two workbooks no table of the folder has as rows, each named after its county.
      if (acrossWorkbooks && otherNamedPlaces(named[a.w], named[b.w], rowPlaces[a.w], rowPlaces[b.w])) continue;
      if (!acrossWorkbooks && otherPlaces(a.s, b.s, rowPlaces[a.w])) continue;
      const rowsA = acrossWorkbooks ? a.across : a.within;
      const rowsB = acrossWorkbooks ? b.across : b.within;
      const shared = [...rowsA.keys()].filter(
        (k) => k !== TOTAL && rowsB.has(k) && sameLevel(rowsA.get(k) as Row, rowsB.get(k) as Row, a.s.model.lexicon),
      );
      if (shared.length < rule.relation.minRows) continue;
      // Two counties' workbooks share a few town names (城关镇, 东城街道) and no town, as two towns' sheets of one county's
      // workbook share village names (红星村, 幸福社区) and no village: the rows in common must be most of the smaller
      // table's.
      const regions = (rows: Map<string, Row>) => rows.size - Number(rows.has(TOTAL));
      if (shared.length * 2 <= Math.min(regions(rowsA), regions(rowsB))) continue;
      // Two grand totals are one figure only over the same regions: a table of five of a city's districts beside
      // the table of all of them has a smaller total, and both are right.
      const sameRegions = [rowsA, rowsB].every((rows) => rows.size - Number(rows.has(TOTAL)) === shared.length);
      const common = sameRegions && rowsA.has(TOTAL) && rowsB.has(TOTAL) ? [...shared, TOTAL] : shared;
      const where = {
        a: sheetPlace(a.s.file, a.s.sheet.name),
        b: sheetPlace(b.s.file, b.s.sheet.name),
      };
      if (copies(a.s, b.s, rowsA, rowsB)) {
        notes.push(crossPhrase(lang, 'sameCopies', where));
        continue;
      }
      const refused = incomparable(a.s, b.s, acrossWorkbooks);
      if (refused) {
        notes.push(
          crossPhrase(lang, 'sameRefused', { ...where, n: common.length, mine: refused.mine, theirs: refused.theirs }),
        );
        continue;
      }
      // Measures bound by the rule files' aliases only: two columns that merely share a header may count other things.
      const measures = [...a.s.columns].filter(([key]) => key.startsWith('m:') && b.s.columns.has(key));
      const compared: string[] = [];
      const pairNotes: string[] = [];
      const pairFindings: CrossFinding[] = [];
      let kindsDiffer = false;
      for (const [key, { column, name }] of measures) {
        const other = b.s.columns.get(key)?.column.col as number;
        if (otherKinds(a.s, column.col, b.s, other)) {
          kindsDiffer = true;
          continue;
        }
        let n = 0;
        const found: CrossFinding[] = [];
        for (const k of common) {
          const [ra, rb] = [rowsA.get(k) as Row, rowsB.get(k) as Row];
          if (!a.s.model.number(ra.row, column.col) || !b.s.model.number(rb.row, other)) continue;
          n += 1;
          const here = { sheet: a.s, row: ra.row, col: column.col };
          const finding = disagreement(rule, ra.label, name, here, { sheet: b.s, row: rb.row, col: other }, lang);
          if (finding) found.push(finding);
        }
        if (n === 0) continue;
        compared.push(name);
        if (systematic(n, found.length))
          pairNotes.push(
            crossPhrase(lang, 'systematic', {
              file: baseName(a.s.file),
              sheet: a.s.sheet.name,
              measure: name,
              n: found.length,
              of: n,
            }),
          );
        else pairFindings.push(...found);
      }
      if (compared.length === 0 && kindsDiffer) {
        notes.push(crossPhrase(lang, 'sameOtherKinds', where));
        continue;
      }
      // Most measures disagreeing everywhere: two populations under one form (a county's 非公企业 and 社会组织 sheets),
      // where the few that agree (党委 0 in both) do so by chance and their rare disagreements are no slips either.
      if (compared.length >= 2 && pairNotes.length * 2 >= compared.length) {
        notes.push(crossPhrase(lang, 'samePopulations', { ...where, n: pairNotes.length, of: compared.length }));
        continue;
      }
      notes.push(...pairNotes);
      findings.push(...pairFindings);
      if (compared.length > 0)
        notes.push(
          crossPhrase(lang, 'sameMatched', {
            ...where,
            n: common.length,
            measures: compared.join(crossPhrase(lang, 'listSeparator')),
          }),
        );
    }
  }
  return { findings, notes };
}
