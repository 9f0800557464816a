import type { Figure } from './figure';
import { displayPrecision } from './format';
import type { Cell } from './snapshot';
import { readFlaggedNumber } from './text-flags';
import { shortestDecimals } from './tolerance';

/** Full-width ASCII (`３６`, `８７．１`, `％`, `，`) → half-width; ideographic space → space. */
export function normaliseWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Traditional characters of the figure grammar (article 003 is in traditional Chinese) → simplified. */
const TRADITIONAL: Record<string, string> = { 萬: '万', 億: '亿', 餘: '余', 約: '约', 個: '个', 戶: '户', 場: '场', 張: '张', 項: '项', 條: '条', 輛: '辆', 臺: '台', 冊: '册' };
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

/**
 * Units understood after a figure (longest first, so 人次 wins over 人). 万元/亿元 are the multiplier 万/亿
 * followed by the unit 元. Dates (年, 月, 日) are deliberately absent: `2021年` is not a count.
 */
export const FIGURE_UNITS = ['人次', '台次', '公里', '口人', '大类', '部门', '家', '个', '名', '人', '件', '户', '元', '次', '支', '项', '条', '份', '场', '张', '册', '台', '辆', '节', '期'] as const;

const MULTIPLIER_EXPONENT: Record<string, number> = { 万: 4, 亿: 8 };

/** Blank, dashes (`-`, `—`, `――`, `－` once width-normalised), `/` and `无` all mean "no figure". */
const MISSING = /^(?:[-\u2010-\u2015\u2212]*|\/|无)$/;

/** Excel error values, also when typed or exported as text. */
export const EXCEL_ERRORS = ['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'] as const;

/**
 * prefix (近 close to, 约 about) · sign · digits (with thousands groups) · decimals · 余/多 (more than) ·
 * 万/亿 · 余/多 · % or a unit · 左右 (about) · 以上 (or more).
 */
const FIGURE_PARTS = ['prefix', 'sign', 'int', 'frac', 'more1', 'mult', 'more2', 'percent', 'unit', 'about', 'atLeast'] as const;
// Numbered groups in FIGURE_PARTS' order, not named ones: the task pane also runs in IE11 (Office 2016/2019),
// whose regular expressions know no named groups or lookbehind.
const FIGURE = new RegExp(
  '^(近|约)?([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d+))?' +
    '(余|多)?(万|亿)?(余|多)?(?:(%)|(' +
    FIGURE_UNITS.join('|') +
    '))?(左右)?(以上)?$',
);

/** FIGURE's match as { prefix, sign, … }, a part that did not take part being undefined. */
function figureParts(text: string): Partial<Record<(typeof FIGURE_PARTS)[number], string>> | undefined {
  const match = FIGURE.exec(text);
  if (!match) return undefined;
  const parts: Partial<Record<(typeof FIGURE_PARTS)[number], string>> = {};
  FIGURE_PARTS.forEach((name, i) => {
    if (match[i + 1] !== undefined) parts[name] = match[i + 1];
  });
  return parts;
}

/** A run of spaces next to a non-digit is layout (`3000 多万元`); one space between two digits is not removed. */
function dropLayoutSpaces(text: string): string {
  return text.replace(/\s+/g, (run: string, at: number) =>
    run.length === 1 && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)) ? run : '',
  );
}

/** Removes float noise from interval ends computed by arithmetic (1.2 + 0.1 → 1.3). */
function clean(x: number): number {
  return Number(x.toPrecision(15));
}

/** Reads a figure as written in a text cell or an article. */
export function readFigureText(text: string): Figure {
  const trimmed = normaliseWidth(text).trim();
  const errorCode = EXCEL_ERRORS.find((code) => code === trimmed.toUpperCase());
  if (errorCode) return { kind: 'error', code: errorCode };
  // Spaces next to a non-digit are layout (`3000 多万元`); a space between two digits is not a figure.
  const compact = dropLayoutSpaces(trimmed).replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL[ch]);
  if (MISSING.test(compact)) return { kind: 'missing' };
  const m = figureParts(compact);
  if (!m || (m.int === '' && m.frac === undefined) || (m.more1 && m.more2) || (m.prefix && (m.more1 || m.more2 || m.about)) || (m.percent && m.mult)) {
    return readFlaggedNumber(compact) ?? { kind: 'text', text };
  }
  const intDigits = (m.int || '0').replace(/,/g, '');
  const frac = m.frac ?? '';
  const exponent = m.mult ? MULTIPLIER_EXPONENT[m.mult] : 0;
  const value = Number(`${m.sign}${intDigits}.${frac || '0'}e${exponent}`);

  let lo = value;
  let hi = value;
  if (m.more1 || m.more2) {
    // "More than N": N up to the next unit of N's last non-zero digit (3000余 → [3000, 4000], 1400余 →
    // [1400, 1500], 1.2万余 → [12000, 13000]). hi is really exclusive; it is kept as an inclusive bound.
    const digits = intDigits + frac;
    const lastNonZero = digits.search(/0*$/) - 1;
    const place = lastNonZero < 0 ? -frac.length : intDigits.length - 1 - lastNonZero;
    hi = clean(value + Math.sign(value || 1) * 10 ** (place + exponent));
  } else if (m.prefix === '近') {
    // "Close to N": within 10 % below N (近2000 → [1800, 2000]).
    lo = clean(value * 0.9);
  } else if (m.mult) {
    // 1.9万 is rounded to its last written digit: [18500, 19500].
    const half = 10 ** (exponent - frac.length) / 2;
    lo = clean(value - half);
    hi = clean(value + half);
  }
  if (m.atLeast) {
    // "N or more" (10次以上): no upper bound.
    hi = Infinity;
  }
  if (m.prefix === '约' || m.about) {
    // "About N": ±5 %, never narrower than the rounding of a 万/亿 figure.
    lo = Math.min(lo, clean(value * 0.95));
    hi = Math.max(hi, clean(value * 1.05));
  }
  const figure: Figure = {
    kind: 'number',
    value,
    lo: Math.min(lo, hi),
    hi: Math.max(lo, hi),
    // Decimals in base units: 2.27万 is written to the hundred, so no decimals are shown in 22700.
    decimals: Math.max(0, frac.length - exponent),
    percent: m.percent !== undefined,
    approximate: Boolean(m.prefix || m.more1 || m.more2 || m.mult || m.about || m.atLeast),
  };
  if (m.unit) figure.unit = m.unit;
  return figure;
}

/** Reads a snapshot cell: its cached value, with decimals and percent taken from the number format. */
export function readFigure(cell: Cell | null): Figure {
  if (!cell) return { kind: 'missing' };
  const { value } = cell;
  if (value === null) return cell.formula !== undefined ? { kind: 'formulaWithoutResult', formula: cell.formula } : { kind: 'missing' };
  if (typeof value === 'object') return { kind: 'error', code: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: cell.text || String(value) };
  if (typeof value === 'string') return readFigureText(value);

  const precision = displayPrecision(cell.numFmt);
  if (precision) {
    const shown = precision.percent ? clean(value * 100) : value;
    return { kind: 'number', value: shown, lo: shown, hi: shown, decimals: precision.decimals, percent: precision.percent, approximate: false };
  }
  // General (or a format without digits): the decimals are those of the text as displayed, when it reads as a plain
  // number. Most cells display their value as is, which needs no parsing.
  if (cell.text === String(value)) return { kind: 'number', value, lo: value, hi: value, decimals: shortestDecimals(value), percent: false, approximate: false };
  const shown = readFigureText(cell.text);
  const decimals = shown.kind === 'number' && !shown.approximate && !shown.percent ? shown.decimals : null;
  return { kind: 'number', value, lo: value, hi: value, decimals, percent: false, approximate: false };
}
