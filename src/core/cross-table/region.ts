import { compactText } from '../header';
import { rowText } from '../layout-cells';
import type { SheetLayout } from '../layout-types';
import { dropFootnoteMarks, type Lexicon } from '../lexicon';
import { cellAt, type SheetSnapshot } from '../snapshot';

/**
 * A region name without spaces, bracketed notes or its administrative suffix (kept when only one character would
 * remain): 沈阳 / 沈阳市, 和平 / 和平区. The suffixes are the vocabulary's `regions.suffixes`.
 */
export function regionBase(name: string, lexicon: Lexicon): string {
  const t = bareName(unnumbered(name, lexicon));
  return t.slice(0, t.length - regionSuffix(name, lexicon).length);
}

/** A place's name without its suffix (和顺 of 和顺县), or the name itself where nothing is left (新区). */
export function placeBase(name: string, lexicon: Lexicon): string {
  return regionBase(name, lexicon) || name;
}

/** A label compacted, without the numbering it opens with (（一）青山县, 1.青山县), as the vocabulary numbers rows. */
function unnumbered(label: string, lexicon: Lexicon): string {
  const text = compactText(label);
  for (const level of lexicon.numberingLevels) {
    const m = level.exec(text);
    if (m) return text.slice(m[0].length);
  }
  return text;
}

/** The places a text begins with, outermost first, as written (临川市, 和顺县 of 临川市和顺县城关镇党委). */
export function leadingPlaceNames(text: string, lexicon: Lexicon): string[] {
  const { titlePlace } = lexicon;
  const places: string[] = [];
  titlePlace.lastIndex = 0;
  for (let m = titlePlace.exec(text); m; m = titlePlace.exec(text)) places.push(m[0]);
  return places;
}

/** The places a text begins with, outermost first, without their suffixes (临川, 和顺 of 临川市和顺县城关镇党委). */
export function leadingPlaces(text: string, lexicon: Lexicon): string[] {
  return leadingPlaceNames(text, lexicon).map((name) => placeBase(name, lexicon));
}

/** The last of the places a text begins with, as written (和顺县 of 临川市和顺县城关镇党委), if any. */
export function lastLeadingPlaceName(text: string, lexicon: Lexicon): string | undefined {
  const names = leadingPlaceNames(text, lexicon);
  return names[names.length - 1];
}

/** The last of the places a text begins with, without its suffix (和顺; 中共安宁 of 中共安宁县), if any. */
export function lastLeadingPlace(text: string, lexicon: Lexicon): string | undefined {
  const name = lastLeadingPlaceName(text, lexicon);
  return name === undefined ? undefined : placeBase(name, lexicon);
}

/** A name without spaces, footnote marks (云龙县*, 石门县[注1]) or bracketed notes. */
function bareName(name: string): string {
  return dropFootnoteMarks(compactText(name)).replace(/\(.*?\)/g, '');
}

/** The administrative suffix regionBase leaves out (县 of 白沙县), '' when there is none. */
export function regionSuffix(name: string, lexicon: Lexicon): string {
  const t = bareName(name);
  return lexicon.regionSuffixes.find((s) => t.endsWith(s) && t.length - s.length >= 2) ?? '';
}

export type RegionMatch = { index: number; matched: string } | { ambiguous: string[] } | undefined;

/** Region labels read once for many matches: as typed, in full (和平区) and without their suffix (和平). */
export interface RegionLabels {
  labels: string[];
  keys: { full: string; base: string }[];
  /**
   * The vocabulary's administrative suffixes and zone endings: a base followed by another level's (白沙 + 县 for 白沙镇)
   * or by a zone's (青山 + 经济开发区 for 青山县) is no match.
   */
  suffixes: readonly string[];
}

export function regionLabels(labels: string[], lexicon: Lexicon): RegionLabels {
  // A row of a period (2024年 | 2023年 | 增减) names no place: a workbook's sheet named 2023年 is not its region's.
  const period = (label: string) => lexicon.bareDate.test(compactText(label));
  return {
    labels,
    keys: labels.map((label) =>
      period(label) ? { full: '', base: '' } : { full: unnumbered(label, lexicon), base: regionBase(label, lexicon) },
    ),
    suffixes: [...lexicon.regionSuffixes, ...lexicon.zoneSuffixes],
  };
}

/** Whether the text names the base as another place: followed by a suffix other than the label's (白沙县 for 白沙镇). */
function otherLevel(text: string, base: string, full: string, suffixes: readonly string[]): boolean {
  const after = text.indexOf(base) + base.length;
  const own = full.slice(base.length);
  return suffixes.some((s) => s !== own && !own.startsWith(s) && text.startsWith(s, after));
}

/**
 * Which of the labels a text names: the full label (和平区) or its base (和平). In an address chain (沈阳市皇姑区:
 * each name directly after a full name ending in its suffix) the last, most specific name wins; otherwise the longest
 * does, and two different labels matched equally long make the text ambiguous rather than a guess.
 */
export function matchRegion(text: string, { labels, keys, suffixes }: RegionLabels): RegionMatch {
  const t = compactText(text);
  const found: { index: number; matched: string; at: number; full: boolean }[] = [];
  keys.forEach(({ full, base }, index) => {
    const byBase = base.length >= 2 && t.includes(base) && !otherLevel(t, base, full, suffixes);
    const matched = full && t.includes(full) ? full : byBase ? base : '';
    if (matched) found.push({ index, matched, at: t.lastIndexOf(matched), full: matched === full && full !== base });
  });
  if (found.length === 0) return undefined;
  const ordered = [...found].sort((a, b) => a.at - b.at);
  const chain = ordered.every(
    (m, i) => i === 0 || (ordered[i - 1].full && ordered[i - 1].at + ordered[i - 1].matched.length === m.at),
  );
  if (found.length > 1 && chain) {
    const last = ordered[ordered.length - 1];
    return { index: last.index, matched: last.matched };
  }
  const longest = Math.max(...found.map((m) => m.matched.length));
  const best = found.filter((m) => m.matched.length === longest);
  if (new Set(best.map((b) => keys[b.index].base)).size > 1) return { ambiguous: best.map((b) => labels[b.index]) };
  return { index: best[0].index, matched: best[0].matched };
}

/** Where a workbook says which region it reports on. */
export interface RegionSource {
  by: 'reporter' | 'title' | 'fileName';
  text: string;
}

/**
 * The reporting unit (填报单位, or another of the vocabulary's `regions.reporterLabels`) named near the top or bottom
 * of a sheet: after its colon, or in the next cell to the right.
 */
function reporter(sheet: SheetSnapshot, lexicon: Lexicon): string | undefined {
  const rows = sheet.rows.length;
  const scan = [
    ...Array(Math.min(8, rows)).keys(),
    ...Array.from({ length: Math.min(8, rows) }, (_, i) => rows - 1 - i),
  ];
  for (const r of scan) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = compactText(row[c]?.text ?? '');
      const m = lexicon.reporter.exec(t);
      if (!m) continue;
      const rest = t.slice(m[0].length);
      if (rest) return rest;
      const next = row.slice(c + 1).find((cell) => cell && cell.text.trim());
      if (next) return next.text;
    }
  }
  return undefined;
}

/** The title rows' text (a 填报单位 line left out), or the rows above the header when the layout found no title. */
export function title(sheet: SheetSnapshot, layout: SheetLayout, lexicon: Lexicon): string | undefined {
  const rows =
    layout.titleRows.length > 0 ? layout.titleRows : [...Array(Math.max(0, layout.headerRows[0] ?? 0)).keys()];
  const lines = rows.map((r) => compactText(rowText(sheet, r)));
  const text = lines.filter((line) => !lexicon.reporter.test(line)).join('');
  return compactText(text) || undefined;
}

/** The texts that may name a workbook's region, most telling first: 填报单位, the title, the file name. */
export function regionSources(
  file: string,
  sheet: SheetSnapshot,
  layout: SheetLayout,
  lexicon: Lexicon,
): RegionSource[] {
  const name = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const sources: RegionSource[] = [];
  const who = reporter(sheet, lexicon);
  if (who) sources.push({ by: 'reporter', text: who });
  const heading = title(sheet, layout, lexicon);
  if (heading) sources.push({ by: 'title', text: heading });
  sources.push({ by: 'fileName', text: name });
  return sources;
}

/** The text of a row's label cell. */
export function labelOf(sheet: SheetSnapshot, layout: SheetLayout, row: number): string {
  return cellAt(sheet, row, layout.labelColumn)?.text.trim() ?? '';
}

/** Every text above a sheet's header (title, unit and date lines), where the period it covers is stated. */
export function textAboveHeader(sheet: SheetSnapshot, layout: SheetLayout): string {
  return [...Array(layout.headerRows[0] ?? 0).keys()]
    .map((r) => (sheet.rows[r] ?? []).map((c) => c?.text ?? '').join(' '))
    .join(' ');
}

/** The years a text names (2024年, 截至2025年6月底): before a year word of the vocabulary, a date separator or the end. */
export function yearsIn(text: string, lexicon: Lexicon): Set<string> {
  return new Set([...compactText(text).matchAll(lexicon.yearMention)].map((m) => m[0]));
}

/**
 * The months a text dates itself to, as year and month (2025年6月 of 截至2025年6月30日 and of 2025年6月底): the
 * vocabulary's dates with a month's number.
 */
export function monthsIn(text: string, lexicon: Lexicon): Set<string> {
  const months = new Set<string>();
  const compact = compactText(text);
  for (const [date] of compact.matchAll(lexicon.titleDate)) {
    // The date up to its month, the month's leading zero dropped (2025年06月 is 2025年6月).
    const month = /^\d{4}\D+\d{1,2}\D/.exec(date)?.[0];
    if (month) months.add(month.replace(/(\D)0(?=\d\D$)/, '$1'));
  }
  // Part of a year by the month it ends in: 2025年上半年 is as of 2025年6月.
  for (const [, year, part] of compact.matchAll(lexicon.partOfYear))
    months.add(
      `${year}${lexicon.vocabulary.dates.year[0]}${lexicon.partsOfYear.get(part)}${lexicon.vocabulary.dates.month[0]}`,
    );
  return months;
}

/** The parts of a year a text names (2025年上半年, 2025年一季度). */
export function partsOfYearIn(text: string, lexicon: Lexicon): Set<string> {
  return new Set([...compactText(text).matchAll(lexicon.partOfYear)].map((m) => m[0]));
}

/**
 * What a table is about, from its title: dates (2024年度), region prefixes (沈阳市) and the words 汇总/统计/情况/表 left
 * out, all as the vocabulary names them (`dates`, `regions.titlePrefixEndings`, `subjects`).
 */
export function subjectOf(heading: string, lexicon: Lexicon): string {
  return compactText(heading)
    .replace(lexicon.titleDate, '')
    .replace(lexicon.titleRegionPrefix, '')
    .replace(lexicon.subjectFiller, '');
}

/** Dice similarity of two texts' character pairs: 1 for the same subject, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  const pairs = (t: string) => Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  const pa = pairs(a);
  const pb = pairs(b);
  if (pa.length === 0 || pb.length === 0) return a === b ? 1 : 0;
  const left = new Map<string, number>();
  for (const p of pa) left.set(p, (left.get(p) ?? 0) + 1);
  let common = 0;
  for (const p of pb) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      common += 1;
      left.set(p, n - 1);
    }
  }
  return (2 * common) / (pa.length + pb.length);
}
