/**
 * Header and label text as typed in a sheet → the form rules match on. Statisticians type the same header many
 * ways (`党的组织\n覆盖率（%）`, `党的组织覆盖率(%)`, `党的组织 覆盖率`), so every comparison goes through here.
 */

import { dropEnglishGloss, namesPeriodOrChange, type Lexicon } from './lexicon';
import { normaliseWidth } from './number';

const WHITESPACE_RE = /\s+/g;
const WHITESPACE = /\s/;

/** Half-width, with every space and line break removed: `合 计` → `合计`, `党的组织\n覆盖率（%）` → `党的组织覆盖率(%)`. */
export function compactText(raw: string): string {
  const text = normaliseWidth(raw);
  // Most labels have none: a test costs less than a replace.
  return WHITESPACE.test(text) ? text.replace(WHITESPACE_RE, '') : text;
}

/** Footnote marks ① to ⑳ ending a header, after its unit. */
const HEADER_MARKS = /[\u2460-\u2473]+$/;

/**
 * Normalised header text and the unit its bracketed suffix states (`(%)`, `(名)`, `(万元)`, also `(单位:家)`, the
 * units of the lexicon); an English gloss after the Chinese (`人数(人)Population(person)`) is dropped first.
 */
export function normaliseHeader(raw: string, lexicon: Lexicon): { text: string; unit?: string } {
  // A footnote mark after the unit (党组织覆盖率（%）①) is no part of the header.
  const text = dropEnglishGloss(compactText(raw)).replace(HEADER_MARKS, '');
  const m = lexicon.unitSuffix.exec(text);
  if (m) return { text: text.slice(0, m.index), unit: m[1] ?? m[2] };
  // A header that is a rate's unit alone, signed or not (比上年 / 增长(%) | 百分点; ±百分点), is a column in it.
  const leaf = text.slice(text.lastIndexOf('/') + 1);
  const bare = lexicon.unitCell.exec(leaf.replace(/^[±+-]/, ''))?.[1];
  const kind = bare === undefined ? undefined : lexicon.unitOf(bare)?.kind;
  return kind === 'percent' || kind === 'perMille' ? { text, unit: bare } : { text };
}

/** The longest period or change a row label may give after its indicator's unit (上年同期, 比上年增长). */
const MAX_PERIOD_TAIL = 6;

/** A remark in square brackets closing a label (［增减为百分点］, [5]). */
const SQUARE_REMARK = /[[\uff3b][^\]\uff3d]*[\]\uff3d]$/;

/** A label without the remark in square brackets closing it: what the row is, not what its change is given in. */
export const withoutRemark = (label: string): string => label.trimEnd().replace(SQUARE_REMARK, '');

/**
 * The unit a row label states in a bracket at its end (医疗卫生机构（个）, 税收收入占比（%）), or before the period or
 * change it gives (报到率(%)本年 | 报到率(%)±百分点; 按期换届率(%)（本年）), a remark in square brackets after it aside
 * (网格党支部覆盖率（%）［增减为百分点］). Most labels name a place: one with no closing bracket costs a search for one.
 */
export function labelUnit(label: string, lexicon: Lexicon): string | undefined {
  const text = withoutRemark(label);
  const close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('\uff09'));
  if (close < 0) return undefined;
  const tail = text.slice(close + 1);
  if (tail === '') {
    const unit = normaliseHeader(text, lexicon).unit;
    if (unit !== undefined) return unit;
    const open = openingBracket(text, close);
    const inside = compactText(text.slice(open + 1, close));
    if (open <= 0 || !namesPeriodOrChange(inside, lexicon)) return undefined;
    // A change in per cent states its own (（增长(%)）); a period takes the indicator's.
    return labelUnit(inside, lexicon) ?? labelUnit(text.slice(0, open), lexicon);
  }
  const period = compactText(tail);
  if (period.length > MAX_PERIOD_TAIL || !namesPeriodOrChange(period, lexicon)) return undefined;
  return normaliseHeader(text.slice(0, close + 1), lexicon).unit;
}

/** Whether a header names a rate before the period or change it gives, in one cell (覆盖率上年, 参检率本年). */
export function rateBeforePeriod(header: string, lexicon: Lexicon): boolean {
  const text = compactText(header);
  for (let tail = 2; tail <= MAX_PERIOD_TAIL && tail < text.length; tail++)
    if (namesPeriodOrChange(text.slice(-tail), lexicon) && lexicon.rate.test(text.slice(0, -tail))) return true;
  return false;
}

/** Where the bracket closing at `close` opens (brackets of either width nest: 增减(个百分点) in （…）), -1 if nowhere. */
function openingBracket(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === '\uff09') depth++;
    else if ((c === '(' || c === '\uff08') && --depth === 0) return i;
  }
  return -1;
}

/** `其中：X`, `其中:X`, `其中X` → { ofWhich: true, text: 'X' }; anything else is returned unchanged. */
export function splitOfWhich(text: string, lexicon: Lexicon): { ofWhich: boolean; text: string } {
  const compact = compactText(text);
  const m = lexicon.ofWhich.exec(compact);
  return m ? { ofWhich: true, text: compact.slice(m[0].length) } : { ofWhich: false, text };
}

/**
 * Whether a header marks its column as a part: 其中：女, or #女 (each # column a part of its own, no list). A mark before
 * a Latin word or nothing (`#`, `#students`) is English for "number of".
 */
export function headsPart(text: string, lexicon: Lexicon): boolean {
  if (splitOfWhich(text, lexicon).ofWhich) return true;
  const compact = compactText(text);
  const marker = lexicon.partMarker.exec(compact);
  return marker !== null && /^[^\sA-Za-z0-9_]/.test(compact.slice(marker[0].length));
}

/** The text of the bracket a header or label ends with (`万美元` of `旅游外汇收入（万美元）`), if it ends with one. */
export function bracketAtEnd(text: string): string | undefined {
  return /[（(]([^（）()]+)[）)]\s*$/.exec(text)?.[1];
}

/**
 * Whether a row's label, its unit's bracket aside, names a rate by the vocabulary's own words (死亡率（人/亿元）, 占比（%）):
 * not by a word inside another (collaboration, demonstrated).
 */
export function namesRate(label: string, lexicon: Lexicon): boolean {
  const text = compactText(label);
  const unit = bracketAtEnd(text);
  return lexicon.rate.test(unit === undefined ? text : text.slice(0, text.lastIndexOf(unit) - 1));
}
