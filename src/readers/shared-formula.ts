import { columnLetters } from '../core/snapshot';

/**
 * Excel stores a formula filled down or across once, in the first cell of the range (`<f t="shared" si="0"
 * ref="B2:B9">B1+1</f>`); the other cells only name the group. Their own formula is the master's with its
 * relative references moved by the distance between the cells, which is what this computes.
 */

const CELL_REF = /^(\$?)([A-Z]{1,3})(\$?)([1-9]\d*)$/;
const MAX_COL = 16383;
const MAX_ROW = 1048575;

function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col - 1;
}

function shiftRef(ref: string, rowOffset: number, colOffset: number): string {
  const m = CELL_REF.exec(ref);
  if (!m) return ref;
  const col = m[1] ? columnIndex(m[2]) : columnIndex(m[2]) + colOffset;
  const row = m[3] ? Number(m[4]) - 1 : Number(m[4]) - 1 + rowOffset;
  if (col < 0 || col > MAX_COL || row < 0 || row > MAX_ROW) return '#REF!';
  return `${m[1]}${columnLetters(col)}${m[3]}${row + 1}`;
}

/** Index after a quoted run starting at `start` (`"text"` or `'sheet name'`), where a doubled quote escapes one. */
function skipQuoted(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return i;
}

/** Index after a bracketed run (structured references nest: `Table1[[#This Row],[Col]]`). */
function skipBracketed(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === '[') depth++;
    else if (formula[i] === ']' && --depth === 0) return i + 1;
  }
  return formula.length;
}

const WORD_START = /[A-Za-z_$\\]/;
const WORD_PART = /[A-Za-z0-9_.$\\]/;

/** The master's formula as it reads in a cell `rowOffset` rows down and `colOffset` columns right of the master. */
export function shiftFormula(formula: string, rowOffset: number, colOffset: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    let end = i + 1;
    if (ch === '"' || ch === "'") end = skipQuoted(formula, i);
    else if (ch === '[') end = skipBracketed(formula, i);
    else if (WORD_START.test(ch) || (ch >= '0' && ch <= '9')) {
      while (end < formula.length && WORD_PART.test(formula[end])) end++;
      const word = formula.slice(i, end);
      // A function name (`LOG10(`) or a sheet name (`Q1!`) may look like a reference.
      const next = formula[end];
      if (next !== '(' && next !== '!') {
        out += shiftRef(word, rowOffset, colOffset);
        i = end;
        continue;
      }
    }
    out += formula.slice(i, end);
    i = end;
  }
  return out;
}
