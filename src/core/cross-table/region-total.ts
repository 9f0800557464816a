import { compactText } from '../header';
import type { Lang } from '../report';
import { dropFootnoteMarks, namesRegion, type Lexicon } from '../lexicon';
import { disagreement, otherKinds } from './finding';
import { crossPhrase } from './phrases';
import { baseName, type PreparedSheet } from './prepared';
import {
  labelOf,
  lastLeadingPlace,
  lastLeadingPlaceName,
  matchRegion,
  placeBase,
  regionBase,
  regionSuffix,
  regionLabels,
  regionSources,
  similarity,
  subjectOf,
  textAboveHeader,
  title,
  monthsIn,
  partsOfYearIn,
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

/**
 * The label the first of a workbook's region sources names, with that source: 填报单位, then title, then file name.
 * A source naming the label followed by a place of the folder's tables (中共临川市东湖区委组织部 where 东湖区 is a row of
 * 临川市's table) is about that place, below the label's: then the workbook names none of the labels.
 */
function namedBy(
  labels: RegionLabels,
  sources: RegionSource[],
  folder?: { places: RegionLabels; lexicon: Lexicon },
): { index: number; source: RegionSource } | { ambiguous: string[] } | undefined {
  for (const source of sources) {
    const match = matchRegion(source.text, labels);
    if (!match) continue;
    if ('ambiguous' in match) return match;
    if (!folder) return { index: match.index, source };
    const text = compactText(source.text);
    const { places, lexicon } = folder;
    if (placeAfter(text, match.matched, places)) return undefined;
    // A row that is no known place of the folder (城区; 渔业 of a table by sector, 社会组织 of one by kind) is named only
    // by a text that ends in its name after nothing but places or a date (临川市城区.xlsx), not by one that holds it in
    // a longer phrase (农林牧渔业总产值, 各县乡镇社会组织党员变动明细).
    if (!places.labels.includes(labels.labels[match.index]) && !endsInName(text, match.matched, places, lexicon))
      continue;
    return { index: match.index, source };
  }
  return undefined;
}

/** Whether the text ends in the name, after nothing but a date or names ending in a place's suffix (临川市, 2024年). */
function endsInName(text: string, name: string, places: RegionLabels, lexicon: Lexicon): boolean {
  const at = text.lastIndexOf(name);
  if (at < 0 || at + name.length !== text.length) return false;
  const ahead = text.slice(0, at);
  const last = ahead.at(-1);
  return (
    last === undefined ||
    !/[\u4e00-\u9fff]/.test(last) ||
    places.suffixes.some((suffix) => ahead.endsWith(suffix)) ||
    [...ahead.matchAll(lexicon.titleDate)].some((m) => m.index + m[0].length === ahead.length)
  );
}

/** Whether a place of `places` follows the text's last `matched` (临川市 then 东湖区). */
function placeAfter(text: string, matched: string, places: RegionLabels): boolean {
  const rest = text.slice(text.lastIndexOf(matched) + matched.length);
  return places.keys.some(
    ({ full, base }) =>
      full !== matched && ((full && rest.startsWith(full)) || (base.length >= 2 && rest.startsWith(base))),
  );
}

// Read once per folder: the ledgers' pairing, the same-measure check and the upper tables' pairing ask.
const placesOf = new WeakMap<PreparedSheet[][], RegionLabels | undefined>();
const ownRegionsOf = new WeakMap<PreparedSheet[][], (string | undefined)[]>();

/** The folder's vocabulary, from its first sheet (none in a folder of empty workbooks). */
const lexiconOf = (books: PreparedSheet[][]) => books.find((b) => b.length > 0)?.[0].model.lexicon;

/**
 * The places that are region rows of the folder's tables (皇姑区, 南市街道; not 合计 or 国有企业), and the bare names
 * the folder's workbooks name as places (青山 of a city's table, where a county's title says 青山县).
 */
function folderPlaces(books: PreparedSheet[][]): RegionLabels | undefined {
  if (placesOf.has(books)) return placesOf.get(books);
  const lexicon = lexiconOf(books);
  let labels: RegionLabels | undefined;
  if (lexicon) {
    const sources = books.flatMap((book) => sourcesOf(book).map((source) => compactText(source.text)));
    const namedAsPlace = (name: string) =>
      name.length >= 2 && sources.some((t) => lexicon.regionSuffixes.some((suffix) => t.includes(name + suffix)));
    const places = new Set<string>();
    for (const s of books.flat())
      for (const row of s.layout.regionRows) {
        const label = labelOf(s.sheet, s.layout, row);
        const name = dropFootnoteMarks(compactText(label));
        if (namesRegion(name, lexicon) || namedAsPlace(name)) places.add(label);
      }
    labels = regionLabels([...places], lexicon);
  }
  placesOf.set(books, labels);
  return labels;
}

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
  const [labels, lexicon] = [folderPlaces(books), lexiconOf(books)];
  if (!labels || !lexicon) return books.map(() => undefined);
  return books.map((book) => {
    const named = namedBy(labels, sourcesOf(book));
    return named && !('ambiguous' in named) ? regionBase(labels.labels[named.index], lexicon) : undefined;
  });
}

/**
 * The row of the upper sheet a workbook reports on, from the first of its region sources that names one. A workbook
 * that names another place of the folder before the row's name (石门县城关镇, or 城关镇.xlsx in a folder 石门县) is of
 * that place's row, not of the same-named row of another county's table (临江县's 城关镇).
 */
function pairWith(
  rows: number[],
  labels: RegionLabels,
  sources: RegionSource[],
  places: RegionLabels | undefined,
  upperRegion: string | undefined,
  folder: string,
  upperName: string | undefined,
  lexicon: Lexicon,
): Pairing | { ambiguous: string[] } | undefined {
  const named = namedBy(labels, sources, places && { places, lexicon });
  if (!named || 'ambiguous' in named) return named;
  const label = labels.labels[named.index];
  // What the source says before the row's name (安宁县 of 安宁县城关镇党委).
  const text = compactText(named.source.text);
  const matched = labels.keys[named.index];
  const at = text.lastIndexOf(matched.full) >= 0 ? text.lastIndexOf(matched.full) : text.lastIndexOf(matched.base);
  const ahead = text.slice(0, Math.max(0, at));
  // 安宁县城关镇党委 is of 安宁县's 城关镇, not of the row 城关镇 of a table whose title names 和顺县, even where no table
  // of the folder has 安宁县 as a row.
  if (upperName !== undefined) {
    const upperPlace = placeBase(upperName, lexicon);
    const place = lastLeadingPlace(ahead, lexicon);
    if (place !== undefined && !place.includes(upperPlace)) return undefined;
    // A book in a folder named after another place of the table's level (江南省/江州市/青山县.xlsx beside 平州市's
    // table) is of that place's 青山县.
    const folderName = lastLeadingPlaceName(compactText(folder), lexicon);
    if (
      folderName !== undefined &&
      regionSuffix(folderName, lexicon) === regionSuffix(upperName, lexicon) &&
      regionBase(folderName, lexicon) !== upperPlace
    )
      return undefined;
  }
  if (places && upperRegion !== undefined) {
    const before = ahead + compactText(folder);
    const elsewhere = places.keys.some(
      ({ base }) => base.length >= 2 && base !== upperRegion && base !== matched.base && before.includes(base),
    );
    if (elsewhere && !before.includes(upperRegion)) return undefined;
  }
  return { row: rows[named.index], label, source: named.source };
}

/** The name of the folder a file sits in. */
const folderOf = (file: string) => /([^\\/]+)[\\/][^\\/]*$/.exec(file)?.[1] ?? '';

/**
 * The row of a region's own sheet that states the region's total: its grand total row (合计, 全区), or the one total
 * row named after the region (城关区合计), or else the one row labelled with the region's own name (a county sheet
 * that heads its streets with 皇姑区 instead of 合计); not a town of its name with another suffix (城关镇 in 城关区).
 */
function totalRowOf(s: PreparedSheet, region: string): number | undefined {
  const total = s.layout.totalRows.find((t) => t.kind === 'total');
  if (total) return total.row;
  const named = s.layout.totalRows.filter((t) =>
    compactText(labelOf(s.sheet, s.layout, t.row)).startsWith(compactText(region)),
  );
  if (named.length === 1) return named[0].row;
  const { lexicon } = s.model;
  const suffix = regionSuffix(region, lexicon);
  const own = s.layout.regionRows.filter((r) => {
    const label = labelOf(s.sheet, s.layout, r);
    const other = regionSuffix(label, lexicon);
    return (
      regionBase(label, lexicon) === regionBase(region, lexicon) && (suffix === '' || other === '' || other === suffix)
    );
  });
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
  // A county's 汇总 sheet, titled 红河县…, beside its towns' sheets (城关镇…), each with a total row of its own.
  const base = regionBase(region, upper.model.lexicon);
  const titled = best.filter((s) => title(s.sheet, s.layout, s.model.lexicon)?.includes(base));
  if (titled.length === 1) return titled[0];
  const ofYear = best.filter((s) => incomparable(upper, s, false)?.key !== 'otherPeriod');
  // None of the upper table's period: the first, which the caller notes as of another period.
  if (ofYear.length <= 1) return ofYear[0] ?? best[0];
  // The month the tables are dated to (截至2025年6月30日 against 截至2025年12月31日) before the sheets' names.
  const upperMonths = monthsOf(upper);
  const dated = ofYear.map(monthsOf);
  const ofMonth =
    upperMonths.size > 0 && dated.some((m) => m.size > 0)
      ? ofYear.filter((_, i) => [...dated[i]].some((m) => upperMonths.has(m)))
      : ofYear;
  if (ofMonth.length === 1) return ofMonth[0];
  if (ofMonth.length === 0) return { tie: ofYear };
  // Named as the current period and nothing more but a date (本期, 2025年本期): 本年新增 is the year's new ones only.
  const { lexicon } = upper.model;
  const current = ofMonth.filter((s) => {
    const name = compactText(s.sheet.name);
    return currentSheets.some(
      (n) => name.includes(compactText(n)) && name.replace(compactText(n), '').replace(lexicon.titleDate, '') === '',
    );
  });
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
  /** The sheets of one workbook, each as a workbook: that none is an upper table says nothing. */
  sheetsOfOneBook = false,
): { findings: CrossFinding[]; notes: string[] } {
  const findings: CrossFinding[] = [];
  const notes: string[] = [];
  const sources = books.map(sourcesOf);
  const places = folderPlaces(books);
  // The folder a workbook sits in tells its place only where the workbooks sit in different folders.
  const folders = books.map((book) => folderOf(book[0]?.file ?? ''));
  if (new Set(folders).size <= 1) folders.fill('');
  const uppers = books.flatMap((book, w) =>
    book.flatMap((upper) => {
      const rows = upper.layout.regionRows;
      if (rows.length < 2) return [];
      const labels = regionLabels(
        rows.map((r) => labelOf(upper.sheet, upper.layout, r)),
        upper.model.lexicon,
      );
      const upperRegion = ownRegions(books)[w];
      const { lexicon } = upper.model;
      const upperTitle = title(upper.sheet, upper.layout, lexicon);
      const upperName = upperTitle === undefined ? undefined : lastLeadingPlaceName(compactText(upperTitle), lexicon);
      const pairings = books.map((_, v) =>
        v === w ? undefined : pairWith(rows, labels, sources[v], places, upperRegion, folders[v], upperName, lexicon),
      );
      const paired = pairings.filter((p): p is Pairing => p !== undefined && !('ambiguous' in p));
      // Two levels means workbooks for several different rows: twins of one region's workbook are not enough.
      return new Set(paired.map((p) => p.row)).size < rule.relation.minWorkbooks ? [] : [{ w, upper, rows, pairings }];
    }),
  );
  // The years of the upper tables each workbook is paired with (a city's tables of 2024 and 2025 side by side).
  const pairedYears = books.map(() => new Set<string>());
  for (const { upper, pairings } of uppers) {
    const years = yearsOf(upper);
    pairings.forEach((p, v) => {
      if (p && !('ambiguous' in p)) for (const year of years) pairedYears[v].add(year);
    });
  }
  for (const { w, upper, rows, pairings } of uppers) {
    const where = { upper: baseName(upper.file), sheet: upper.sheet.name };
    const seenRows = new Set<number>();
    const byMeasure = new Map<string, { compared: number; found: CrossFinding[] }>();
    const results: { file: string; p: Pairing; lower: PreparedSheet; compared: string[]; found: CrossFinding[] }[] = [];
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
      const { compared, found, kindsDiffer } = compare(rule, upper, lower, p, lang);
      if (compared.length === 0 && kindsDiffer)
        return void notes.push(crossPhrase(lang, 'regionOtherKinds', { file, ...where }));
      // An undated workbook beside upper tables of two years is of the year whose table it agrees with.
      if (found.length > 0 && pairedYears[v].size > 1 && yearsOf(lower).size === 0)
        return void notes.push(crossPhrase(lang, 'undatedAmongYears', { file, ...where }));
      seenRows.add(p.row);
      results.push({ file, p, lower, compared, found });
    });
    for (const { file, p, lower, compared, found } of results) {
      // Two workbooks of one region (青山县_v1 and 青山县_v2, 统计表 and 统计表（修改稿）): where one agrees with the row,
      // the other is an older version of it, not a second account of the same figures.
      const agreeing = results.find((o) => o.p.row === p.row && o.compared.length > 0 && o.found.length === 0);
      if (found.length > 0 && agreeing) {
        notes.push(crossPhrase(lang, 'otherVersion', { file, ...where, row: p.row + 1, other: agreeing.file }));
        continue;
      }
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
    }
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
  if (uppers.length === 0 && books.length >= 2 && !sheetsOfOneBook) notes.push(crossPhrase(lang, 'noUpper'));
  return { findings, notes };
}

/** The years a sheet states above its header or in its name. */
export function yearsOf(s: PreparedSheet): Set<string> {
  return yearsIn(`${textAboveHeader(s.sheet, s.layout)} ${s.sheet.name}`, s.model.lexicon);
}

/** The months a sheet dates itself to above its header or in its name. */
function monthsOf(s: PreparedSheet): Set<string> {
  return monthsIn(`${textAboveHeader(s.sheet, s.layout)} ${s.sheet.name}`, s.model.lexicon);
}

/** The parts of a year a sheet names above its header or in its name (2025年上半年). */
function partsOfYearOf(s: PreparedSheet): Set<string> {
  return partsOfYearIn(`${textAboveHeader(s.sheet, s.layout)} ${s.sheet.name}`, s.model.lexicon);
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
  const [a, b] = [yearsOf(upper), yearsOf(lower)];
  if (a.size > 0 && b.size > 0 && ![...a].some((y) => b.has(y)))
    return { key: 'otherPeriod', mine: [...b].join('/'), theirs: [...a].join('/') };
  // Monthly reports of one year: January's figures are not April's.
  const [ma, mb] = [monthsOf(upper), monthsOf(lower)];
  if (ma.size > 0 && mb.size > 0 && ![...ma].some((m) => mb.has(m)))
    return { key: 'otherPeriod', mine: [...mb].join('/'), theirs: [...ma].join('/') };
  // Part of a year (2025年上半年) beside a table of the year it is part of, dated by no month (2025年): not its figures.
  const [pa, pb] = [partsOfYearOf(upper), partsOfYearOf(lower)];
  if ((pa.size > 0 && mb.size === 0 && b.size > 0) || (pb.size > 0 && ma.size === 0 && a.size > 0))
    return {
      key: 'otherPeriod',
      mine: [...(pb.size > 0 ? pb : b)].join('/'),
      theirs: [...(pa.size > 0 ? pa : a)].join('/'),
    };
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
): { compared: string[]; found: CrossFinding[]; kindsDiffer: boolean } {
  const total = totalRowOf(lower, p.label) as number;
  const compared: string[] = [];
  const found: CrossFinding[] = [];
  let kindsDiffer = false;
  for (const [key, { column, name }] of upper.columns) {
    const other = lower.columns.get(key);
    if (!other) continue;
    if (!upper.model.number(p.row, column.col) || !lower.model.number(total, other.column.col)) continue;
    if (otherKinds(upper, column.col, lower, other.column.col)) {
      kindsDiffer = true;
      continue;
    }
    compared.push(name);
    const here = { sheet: upper, row: p.row, col: column.col };
    const there = { sheet: lower, row: total, col: other.column.col };
    const finding = disagreement(rule, p.label, name, here, there, lang);
    if (finding) found.push(finding);
  }
  return { compared, found, kindsDiffer };
}
