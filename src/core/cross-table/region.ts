import { compactText } from '../header';
import type { SheetLayout } from '../layout-types';
import { cellAt, type SheetSnapshot } from '../snapshot';

/** Administrative suffixes a region name is written with or without: 沈阳 / 沈阳市, 和平 / 和平区. */
const SUFFIXES = ['自治县', '自治州', '自治区', '自治旗', '街道', '地区', '省', '市', '区', '县', '旗', '镇', '乡', '盟'];

/** A region name without spaces, bracketed notes or its administrative suffix (kept when only one character would remain). */
export function regionBase(name: string): string {
  const t = compactText(name).replace(/\(.*?\)/g, '');
  for (const s of SUFFIXES) if (t.endsWith(s) && t.length - s.length >= 2) return t.slice(0, -s.length);
  return t;
}

export type RegionMatch = { index: number; matched: string } | { ambiguous: string[] } | undefined;

/** Region labels read once for many matches: as typed, in full (和平区) and without their suffix (和平). */
export interface RegionLabels {
  labels: string[];
  keys: { full: string; base: string }[];
}

export function regionLabels(labels: string[]): RegionLabels {
  return { labels, keys: labels.map((label) => ({ full: compactText(label), base: regionBase(label) })) };
}

/**
 * Which of the labels a text names: the full label (和平区) or its base (和平). In an address chain (沈阳市皇姑区:
 * each name directly after a full name ending in its suffix) the last, most specific name wins; otherwise the longest
 * does, and two different labels matched equally long make the text ambiguous rather than a guess.
 */
export function matchRegion(text: string, { labels, keys }: RegionLabels): RegionMatch {
  const t = compactText(text);
  const found: { index: number; matched: string; at: number; full: boolean }[] = [];
  keys.forEach(({ full, base }, index) => {
    const matched = full && t.includes(full) ? full : base.length >= 2 && t.includes(base) ? base : '';
    if (matched) found.push({ index, matched, at: t.lastIndexOf(matched), full: matched === full && full !== base });
  });
  if (found.length === 0) return undefined;
  const ordered = [...found].sort((a, b) => a.at - b.at);
  const chain = ordered.every((m, i) => i === 0 || (ordered[i - 1].full && ordered[i - 1].at + ordered[i - 1].matched.length === m.at));
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

const REPORTER_RE = /^(?:填报单位|填表单位|报送单位)[:：]?/;

/** The 填报单位 named near the top or bottom of a sheet: after its colon, or in the next cell to the right. */
function reporter(sheet: SheetSnapshot): string | undefined {
  const rows = sheet.rows.length;
  const scan = [...Array(Math.min(8, rows)).keys(), ...Array.from({ length: Math.min(8, rows) }, (_, i) => rows - 1 - i)];
  for (const r of scan) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = compactText(row[c]?.text ?? '');
      const m = REPORTER_RE.exec(t);
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
export function title(sheet: SheetSnapshot, layout: SheetLayout): string | undefined {
  const rows = layout.titleRows.length > 0 ? layout.titleRows : [...Array(Math.max(0, (layout.headerRows[0] ?? 0))).keys()];
  const lines = rows.map((r) => compactText((sheet.rows[r] ?? []).map((c) => c?.text ?? '').join('')));
  const text = lines.filter((line) => !REPORTER_RE.test(line)).join('');
  return compactText(text) || undefined;
}

/** The texts that may name a workbook's region, most telling first: 填报单位, the title, the file name. */
export function regionSources(file: string, sheet: SheetSnapshot, layout: SheetLayout): RegionSource[] {
  const name = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const sources: RegionSource[] = [];
  const who = reporter(sheet);
  if (who) sources.push({ by: 'reporter', text: who });
  const heading = title(sheet, layout);
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
  return [...Array(layout.headerRows[0] ?? 0).keys()].map((r) => (sheet.rows[r] ?? []).map((c) => c?.text ?? '').join(' ')).join(' ');
}

/** The years a text names (2024年, 截至2025年6月底). */
export function yearsIn(text: string): Set<string> {
  return new Set([...compactText(text).matchAll(/(?:19|20)\d{2}(?=年|\.|-|\/|$)/g)].map((m) => m[0]));
}

/** What a table is about, from its title: region prefixes, years and the words 汇总/统计/情况/表 left out. */
export function subjectOf(heading: string): string {
  return compactText(heading)
    .replace(/(?:19|20)\d{2}年(?:度|底|末)?(?:\d{1,2}月(?:底|末)?)?/g, '')
    .replace(/^(?:[\u4e00-\u9fa5]{1,7}?(?:自治区|自治州|自治县|省|市|区|县|旗|盟))+/, '')
    .replace(/汇总|统计|情况|一览|明细|报表|表$/g, '');
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
