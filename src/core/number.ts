import type { Figure } from './figure';
import type { Lexicon } from './lexicon';
import { displayPrecision } from './format';
import type { Cell } from './snapshot';
import { readFlaggedNumber } from './text-flags';
import { shortestDecimals } from './tolerance';

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width ASCII (`３６`, `８７．１`, `％`, `，`) → half-width; ideographic space → space. */
export function normaliseWidth(s: string): string {
  // Most text has none: a test costs less than a replace that calls back.
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Excel error values, also when typed or exported as text. */
export const EXCEL_ERRORS = [
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#N/A',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
] as const;

/**
 * The figure grammar's parts, in the order of the lexicon's `figure` groups: prefix (close to, about) · sign ·
 * digits (with thousands groups) · decimals · more than · multiplier · more than · % or a unit · about · or more.
 * Numbered groups, not named ones: the task pane also runs in IE11 (Office 2016/2019), whose regular expressions
 * know no named groups or lookbehind.
 */
const FIGURE_PARTS = [
  'prefix',
  'sign',
  'int',
  'frac',
  'more1',
  'mult',
  'more2',
  'percent',
  'unit',
  'about',
  'atLeast',
] as const;

/** FIGURE's match as { prefix, sign, … }, a part that did not take part being undefined. */
function figureParts(
  text: string,
  lexicon: Lexicon,
): Partial<Record<(typeof FIGURE_PARTS)[number], string>> | undefined {
  const match = lexicon.figure.exec(text);
  if (!match) return undefined;
  const parts: Partial<Record<(typeof FIGURE_PARTS)[number], string>> = {};
  FIGURE_PARTS.forEach((name, i) => {
    if (match[i + 1] !== undefined) parts[name] = match[i + 1];
  });
  return parts;
}

const WHITE_SPACE = /\s/;
const DIGIT = /\d/;
/** A bracketed figure with a thousands comma or decimals. */
const ACCOUNTING_NEGATIVE = /^\((\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\)$/;
/** Sixteen digits or more before any decimal point. */
const CODE_DIGITS = /(?:^|[^\d.])\d{16}/;

/** A run of spaces next to a non-digit is layout (`3000 多万元`); one space between two digits is not removed. */
function dropLayoutSpaces(text: string): string {
  // Most text has none: a test costs less than a replace that calls back.
  if (!WHITE_SPACE.test(text)) return text;
  return text.replace(/\s+/g, (run: string, at: number) =>
    run.length === 1 && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)) ? run : '',
  );
}

/**
 * Traditional characters as the vocabulary simplifies them (萬 → 万). Most text has none, which a search tells for less
 * than a replace that calls back.
 */
export function simplifiedText(text: string, lexicon: Lexicon): string {
  const { traditional } = lexicon;
  if (!traditional || text.search(traditional) < 0) return text;
  return text.replace(traditional, (ch) => lexicon.vocabulary.traditional[ch] ?? ch);
}

/** Removes float noise from interval ends computed by arithmetic (1.2 + 0.1 → 1.3). */
function clean(x: number): number {
  return Number(x.toPrecision(15));
}

/** Reads a figure as written in a text cell or an article. */
export function readFigureText(text: string, lexicon: Lexicon): Figure {
  const trimmed = normaliseWidth(text).trim();
  // Every error code starts with #: other text is not upper-cased to be compared with them.
  const upper = trimmed.startsWith('#') ? trimmed.toUpperCase() : undefined;
  const errorCode = upper && EXCEL_ERRORS.find((code) => code === upper);
  if (errorCode) return { kind: 'error', code: errorCode };
  // Spaces next to a non-digit are layout (`3000 多万元`); a space between two digits is not a figure.
  // A leading apostrophe is how a system export keeps a figure as typed ('35259 in a CSV): Excel's text prefix. A
  // leading zero after it ('0101) keeps a code, which is no figure.
  const compact = simplifiedText(dropLayoutSpaces(trimmed.replace(/^'(?!0\d)(?=[\d.,+-])/, '')), lexicon);
  if (lexicon.missing.test(compact)) return { kind: 'missing' };
  // A text with no digit is no figure (a region's name, read in each of a ledger's rows): not matched part by part.
  // Nor is one with more digits in a row than a figure has (what a double holds): a code (统一社会信用代码, 身份证号).
  if (!DIGIT.test(compact) || CODE_DIGITS.test(compact)) return { kind: 'text', text };
  // An accountant's negative, as a system exports it (`(1,023.4)`): with a thousands comma or decimals only, for a
  // column number of a 栏次 row is bracketed too (`(12)`).
  const negative = ACCOUNTING_NEGATIVE.exec(compact);
  if (negative) return readFigureText(`-${negative[1]}`, lexicon);
  const m = figureParts(compact, lexicon);
  if (
    !m ||
    (m.int === '' && m.frac === undefined) ||
    (m.more1 && m.more2) ||
    (m.prefix && (m.more1 || m.more2 || m.about)) ||
    (m.percent && m.mult)
  ) {
    return readFlaggedNumber(compact) ?? { kind: 'text', text };
  }
  const intDigits = (m.int || '0').replace(/,/g, '');
  const frac = m.frac ?? '';
  const exponent = m.mult ? (lexicon.multipliers.get(m.mult) ?? 0) : 0;
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
  } else if (m.prefix !== undefined && lexicon.closeTo.has(m.prefix)) {
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
  if ((m.prefix !== undefined && lexicon.about.has(m.prefix)) || m.about) {
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

/**
 * The decimals a number cell shows when it reads as the plain number it holds (no percent format), without building
 * its Figure (a long column's hot path); undefined when readFigure must read more.
 */
export function plainDecimals(numFmt: string, value: number, text: string): number | undefined {
  const precision = displayPrecision(numFmt);
  if (precision) return precision.percent ? undefined : precision.decimals;
  // General (or a format without digits): the decimals are those of the text as displayed, when it reads as a plain
  // number. Most cells display their value as is, which needs no parsing.
  if (!Number.isSafeInteger(value)) return text === String(value) ? shortestDecimals(value) : undefined;
  return showsWhole(text, value) ? 0 : undefined;
}

/** Whether `text` is the whole number `value` written out (`String(value)`), compared digit by digit: no string built. */
function showsWhole(text: string, value: number): boolean {
  let rest = Math.abs(value);
  let i = text.length - 1;
  do {
    if (i < 0 || text.charCodeAt(i) !== 48 + (rest % 10)) return false;
    rest = Math.floor(rest / 10);
    i--;
  } while (rest > 0);
  return value < 0 ? i === 0 && text.charCodeAt(0) === 45 /* - */ : i === -1;
}

/** Reads a snapshot cell: its cached value, with decimals and percent taken from the number format. */
export function readFigure(cell: Cell | null, lexicon: Lexicon): Figure {
  if (!cell) return { kind: 'missing' };
  const { value } = cell;
  if (value === null)
    return cell.formula !== undefined ? { kind: 'formulaWithoutResult', formula: cell.formula } : { kind: 'missing' };
  if (typeof value === 'object') return { kind: 'error', code: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: cell.text || String(value) };
  if (typeof value === 'string') return readFigureText(value, lexicon);

  const plain = plainDecimals(cell.numFmt, value, cell.text);
  if (plain !== undefined)
    return { kind: 'number', value, lo: value, hi: value, decimals: plain, percent: false, approximate: false };
  const precision = displayPrecision(cell.numFmt);
  if (precision) {
    const shown = clean(value * 100); // a percentage: plainDecimals took the other formats
    return {
      kind: 'number',
      value: shown,
      lo: shown,
      hi: shown,
      decimals: precision.decimals,
      percent: true,
      approximate: false,
    };
  }
  const shown = readFigureText(cell.text, lexicon);
  const decimals = shown.kind === 'number' && !shown.approximate && !shown.percent ? shown.decimals : null;
  return { kind: 'number', value, lo: value, hi: value, decimals, percent: false, approximate: false };
}
