/**
 * Excel number format codes: how many decimals a format shows, and the text Excel displays for a number.
 * Covers the formats statistics sheets use (General, fixed decimals, thousands separators, percent, literal
 * units such as `"元"`, colours, negative sections) and renders dates simply as `yyyy-mm-dd`. Conditions
 * (`[>100]`) are ignored; scientific and fraction formats fall back to General.
 */

type Token =
  | { t: 'literal'; s: string }
  | { t: 'digit'; c: '0' | '#' | '?' }
  | { t: 'point' }
  | { t: 'comma' }
  | { t: 'percent' }
  | { t: 'general' }
  | { t: 'text' }
  | { t: 'date' }
  | { t: 'unsupported' };

const DATE_LETTERS = /[ymdhse]/i;
const ELAPSED_TIME = /^\[(h+|m+|s+)\]$/i;

/** Splits a format code into its `;` sections (a `;` inside quotes or after `\` is a literal). */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      current += code.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      current += code.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const s = section;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const rest = s.slice(i);
    if (ch === '"') {
      const end = s.indexOf('"', i + 1);
      const stop = end < 0 ? s.length : end;
      tokens.push({ t: 'literal', s: s.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      tokens.push({ t: 'literal', s: s[i + 1] ?? '' });
      i++;
    } else if (ch === '_') {
      // `_x` pads with the width of x: a space in the displayed text.
      tokens.push({ t: 'literal', s: ' ' });
      i++;
    } else if (ch === '*') {
      i++; // `*x` repeats x to fill the column: nothing in the text itself
    } else if (ch === '[') {
      const end = s.indexOf(']', i);
      const stop = end < 0 ? s.length : end;
      const bracket = s.slice(i, stop + 1);
      if (ELAPSED_TIME.test(bracket)) tokens.push({ t: 'date' });
      else if (bracket.startsWith('[$')) {
        // `[$¥-804]`: a currency symbol then a locale; `[$-804]` is a locale alone.
        const symbol = bracket.slice(2, -1).split('-')[0];
        if (symbol) tokens.push({ t: 'literal', s: symbol });
      } // colours, conditions and [DBNum1] change nothing in the digits
      i = stop;
    } else if (/^general/i.test(rest)) {
      tokens.push({ t: 'general' });
      i += 'general'.length - 1;
    } else if (/^(am\/pm|a\/p)/i.test(rest)) {
      tokens.push({ t: 'date' });
      i += rest.toLowerCase().startsWith('am/pm') ? 4 : 2;
    } else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ t: 'digit', c: ch });
    else if (ch === '.') tokens.push({ t: 'point' });
    else if (ch === ',') tokens.push({ t: 'comma' });
    else if (ch === '%') tokens.push({ t: 'percent' });
    else if (ch === '@') tokens.push({ t: 'text' });
    else if (/^e[+-]/i.test(rest)) {
      tokens.push({ t: 'unsupported' });
      i++;
    } else if (DATE_LETTERS.test(ch)) tokens.push({ t: 'date' });
    else if (ch === '/' && tokens.at(-1)?.t === 'digit')
      tokens.push({ t: 'unsupported' }); // a fraction
    else tokens.push({ t: 'literal', s: ch });
  }
  return tokens;
}

type Kind = 'general' | 'text' | 'date' | 'number' | 'none';

function kindOf(tokens: Token[]): Kind {
  if (tokens.some((k) => k.t === 'general' || k.t === 'unsupported')) return 'general';
  if (tokens.some((k) => k.t === 'date')) return 'date';
  if (tokens.some((k) => k.t === 'digit')) return 'number';
  if (tokens.some((k) => k.t === 'text')) return 'text';
  return 'none';
}

/** Digit placeholders after the decimal point. */
function decimalsOf(tokens: Token[]): number {
  const point = tokens.findIndex((k) => k.t === 'point');
  if (point < 0) return 0;
  return tokens.slice(point + 1).filter((k) => k.t === 'digit').length;
}

/**
 * Decimals and percent shown by a number format, read from its first section; null for General, text (`@`),
 * dates and formats without digits. A quoted `"%"` is a literal: the value is shown unchanged.
 */
export function displayPrecision(numFmt: string): { decimals: number; percent: boolean } | null {
  // The cells of a column share their format: asked for each of them, the last answer is the likely one.
  if (numFmt === lastFormat) return lastPrecision;
  let precision = precisionByFormat.get(numFmt);
  if (precision === undefined) {
    const tokens = tokenize(sections(numFmt)[0]);
    precision =
      kindOf(tokens) === 'number'
        ? { decimals: decimalsOf(tokens), percent: tokens.some((k) => k.t === 'percent') }
        : null;
    precisionByFormat.set(numFmt, precision);
  }
  lastFormat = numFmt;
  lastPrecision = precision;
  return precision;
}

/** True for date and time formats: a number shown as a date is never a figure of the table. */
export function isDateFormat(numFmt: string): boolean {
  return kindOf(tokenize(sections(numFmt)[0])) === 'date';
}

// A workbook uses a handful of formats over many thousand cells: parse each once.
const precisionByFormat = new Map<string, { decimals: number; percent: boolean } | null>();
let lastFormat: string | undefined;
let lastPrecision: { decimals: number; percent: boolean } | null = null;

/**
 * Rounds half away from zero at `decimals` places, as Excel displays and as 四舍五入 means. The value is first
 * taken to 15 significant digits, as Excel stores it, so 1.005 rounds to 1.01 despite its binary form.
 */
export function roundHalfAway(x: number, decimals: number): number {
  // Whole numbers (counts, most figures of a sheet) are their own rounding; the text round trip below is not free.
  if (!Number.isFinite(x) || (Number.isSafeInteger(x) && decimals >= 0)) return x;
  let result: number;
  if (decimals <= 20) {
    const scaled = Number((Number(Math.abs(x).toPrecision(15)) * 10 ** decimals).toPrecision(15));
    result = Math.round(scaled) / 10 ** decimals;
  } else {
    // Tiny figures (1e-150) ask for many places, where 10 ** decimals overflows: shift the decimal point in text instead.
    const [mantissa, exponent] = Number(Math.abs(x).toPrecision(15)).toExponential().split('e');
    const scaled = Number(`${mantissa}e${Number(exponent) + decimals}`);
    result = scaled >= 2 ** 52 ? Number(Math.abs(x).toPrecision(15)) : Number(`${Math.round(scaled)}e-${decimals}`);
  }
  return x < 0 && result !== 0 ? -result : result;
}

/**
 * `x.toFixed(decimals)` for any finite number and any count of places: toFixed throws beyond 100 places, which a
 * CSV value typed with 151 decimals or a cell holding 1e-150 asks for.
 */
export function fixedText(x: number, decimals: number): string {
  const places = Math.max(0, Math.floor(decimals));
  if (places <= 100 || !Number.isFinite(x)) return x.toFixed(Math.min(places, 100));
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(exponent);
  const plain =
    exp < 0
      ? `0.${'0'.repeat(-exp - 1)}${digits}`
      : `${digits.padEnd(exp + 1, '0').slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  const [intText, fracText] = plain.split('.');
  return `${x < 0 ? '-' : ''}${intText}.${fracText.padEnd(places, '0').slice(0, places)}`;
}

/** General: as a default-width column shows it (at most 11 characters, trailing zeros dropped). */
function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = abs.toExponential(5).split('e');
    const exp = Number(exponent);
    const m = mantissa.replace(/\.?0+$/, '');
    return `${sign}${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  let text = fixedText(roundHalfAway(abs, decimals), decimals);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text === '0' ? '0' : sign + text;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A date serial as `yyyy-mm-dd` (1900 system; serial 60 is Excel's fictitious 1900-02-29), plus ` hh:mm` when the format shows hours. */
function formatDate(serial: number, showsTime: boolean): string {
  if (serial < 0) return formatGeneral(serial);
  const day = Math.floor(serial);
  let date: string;
  if (day === 60) date = '1900-02-29';
  else if (day === 0) date = '1900-01-00';
  else {
    // Before 1900-03-01 Excel counts from 1899-12-31, because of the leap day it wrongly believes in.
    const days = day < 60 ? day + 1 : day;
    date = new Date(EXCEL_EPOCH_UTC + days * 86400000).toISOString().slice(0, 10);
  }
  if (!showsTime) return date;
  const minutes = Math.round((serial - day) * 1440);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date} ${hh}:${mm}`;
}

/** Renders a number through digit placeholders, grouping, percent, scaling commas and literals. */
function formatNumber(value: number, tokens: Token[]): string {
  const point = tokens.findIndex((k) => k.t === 'point');
  const intEnd = point < 0 ? tokens.length : point;
  const digitIndexes = tokens.flatMap((k, i) => (k.t === 'digit' ? [i] : []));
  const lastIntDigit = digitIndexes.filter((i) => i < intEnd).at(-1) ?? -1;
  const firstIntDigit = digitIndexes.find((i) => i < intEnd) ?? -1;
  // Commas right after the last integer placeholder divide by 1000; commas between placeholders group thousands.
  let scaleCommas = 0;
  for (let i = lastIntDigit + 1; i < tokens.length && tokens[i].t === 'comma'; i++) scaleCommas++;
  const grouped = tokens.some((k, i) => k.t === 'comma' && i > firstIntDigit && i < lastIntDigit);
  const percents = tokens.filter((k) => k.t === 'percent').length;
  const decimals = decimalsOf(tokens);

  const scaled = (Math.abs(value) * 100 ** percents) / 1000 ** scaleCommas;
  const [intText, fracText = ''] = fixedText(roundHalfAway(scaled, decimals), decimals).split('.');
  const intDigits = intText === '0' ? '' : intText;

  // Integer placeholders are filled from the right; the leftmost one takes every remaining digit.
  const intSlots = digitIndexes.filter((i) => i < intEnd);
  const fill = new Map<number, string>();
  let remaining = intDigits;
  for (let s = intSlots.length - 1; s >= 0; s--) {
    const slot = tokens[intSlots[s]] as { t: 'digit'; c: string };
    let take = s === 0 ? remaining : remaining.slice(-1);
    remaining = s === 0 ? '' : remaining.slice(0, -1);
    if (take === '') take = slot.c === '0' ? '0' : slot.c === '?' ? ' ' : '';
    fill.set(intSlots[s], take);
  }
  const fracSlots = digitIndexes.filter((i) => i > intEnd);
  const trailing = fracText.replace(/0+$/, '').length;
  fracSlots.forEach((index, f) => {
    const slot = tokens[index] as { t: 'digit'; c: string };
    const digit = fracText[f];
    fill.set(index, f < trailing || slot.c === '0' ? digit : slot.c === '?' ? ' ' : '');
  });

  let out = '';
  let digitsLeft = [...fill.entries()]
    .filter(([i]) => i < intEnd)
    .reduce((n, [, d]) => n + d.replace(/\D/g, '').length, 0);
  tokens.forEach((k, i) => {
    if (k.t === 'literal') out += k.s;
    else if (k.t === 'percent') out += '%';
    else if (k.t === 'point') out += '.';
    else if (k.t === 'digit') {
      for (const ch of fill.get(i) ?? '') {
        out += ch;
        if (i < intEnd && /\d/.test(ch)) {
          digitsLeft--;
          if (grouped && digitsLeft > 0 && digitsLeft % 3 === 0) out += ',';
        }
      }
    }
  });
  return out;
}

/** The text Excel displays for a number in the given format. */
export function formatCellText(value: number, numFmt: string): string {
  const parts = sections(numFmt);
  let section = parts[0];
  let signed = value;
  if (value < 0 && parts.length > 1) {
    section = parts[1]; // the negative section writes its own sign, if any; an empty one hides the value
    signed = Math.abs(value);
  } else if (value === 0 && parts.length > 2) section = parts[2];

  const tokens = tokenize(section);
  const kind = kindOf(tokens);
  if (kind === 'date') return formatDate(value, /h/i.test(section.replace(/"[^"]*"/g, '')));
  if (kind === 'general' || kind === 'text') {
    const general = formatGeneral(signed);
    return (
      tokens.map((k) => (k.t === 'general' || k.t === 'text' ? general : k.t === 'literal' ? k.s : '')).join('') ||
      general
    );
  }
  const body =
    kind === 'number' ? formatNumber(signed, tokens) : tokens.map((k) => (k.t === 'literal' ? k.s : '')).join('');
  // A negative number in a one-section format keeps its minus sign, unless it rounds to nothing shown.
  return signed < 0 && /[1-9]/.test(body) ? '-' + body : body;
}
