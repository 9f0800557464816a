import type { NumberFigure } from './figure';
import { rowText } from './layout-cells';
import { phrase } from './messages';
import type { Finding, Lang } from './report';
import type { SheetModel } from './sheet-model';

/**
 * Figures typed with something that is not part of a number (issue 9, case 9): a flag letter after it (`228S`,
 * `7.8S`, `4.9T`: estimate, suppressed, provisional …), a footnote mark (`45*`, `67634①`) or a decimal comma (`1,24`:
 * a comma before one or two digits is never a thousands mark). The figure is read as the number it plainly is, so the
 * relations check it and no total is blamed for it; the cell itself is reported, in plain words. Full-width digits (`10．80`) are read as numbers by
 * number.ts and are common in Chinese sheets: they are not reported.
 */
export type TextFlag = { kind: 'letters'; letters: string } | { kind: 'mark'; mark: string } | { kind: 'decimalComma' };

/** Footnote marks typed after a figure (`45*`, `67634①`): asterisks and circled numbers ①–⑳. */
const MARKS = '\\*{1,3}|[\\u2460-\\u2473]';
const MARK = new RegExp(`^(?:${MARKS})$`);
const FLAGGED = new RegExp(
  `^([+-]?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|[+-]?\\d+(?:\\.\\d+)?)\\s*([A-Za-z]{1,2}|${MARKS})$`,
);
/** A mark in a note, where a sentence of it starts (注：①含随迁子女在校生。*含教学点。). */
const NOTE_MARK = new RegExp(`(?:^|[\\s\\u3002\\uff1b;\\uff0c,])(${MARKS})`, 'g');
const DECIMAL_COMMA = /^([+-]?\d+),(\d{1,2})$/;

/** The number a flagged text plainly holds, with its flag; undefined for any other text. `text` is width-normalised. */
export function readFlaggedNumber(text: string): (NumberFigure & { flag: TextFlag }) | undefined {
  const flagged = FLAGGED.exec(text);
  const comma = flagged ? undefined : DECIMAL_COMMA.exec(text);
  const digits = flagged ? flagged[1].replace(/,/g, '') : comma ? `${comma[1]}.${comma[2]}` : undefined;
  if (digits === undefined) return undefined;
  const value = Number(digits);
  const decimals = (digits.split('.')[1] ?? '').length;
  const flag: TextFlag = !flagged
    ? { kind: 'decimalComma' }
    : MARK.test(flagged[2])
      ? { kind: 'mark', mark: flagged[2] }
      : { kind: 'letters', letters: flagged[2] };
  return { kind: 'number', value, lo: value, hi: value, decimals, percent: false, approximate: false, flag };
}

/** What the finding on a flagged cell says. */
export function textFlagMessage(flag: TextFlag, text: string, value: number, lang: Lang): string {
  if (flag.kind === 'letters') return phrase(lang, 'textFlagLetters', { letters: flag.letters, text, value });
  if (flag.kind === 'mark') return phrase(lang, 'textFlagMark', { mark: flag.mark, text, value });
  return phrase(lang, 'textFlagDecimalComma', { text, value });
}

/** Whether a figure of the column is not whole (a loop: IE11's typed arrays have no `some`). */
function hasFraction(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] % 1 !== 0 && !Number.isNaN(values[i])) return true;
  return false;
}

/**
 * The marks (*, **, ①) a note of the sheet opens a sentence with, after its label: 注：*含… explains `159*`, and
 * 注：①含随迁子女在校生。*含教学点。 explains `67634①` and `45*`.
 */
function footnotesExplained(model: SheetModel): Set<string> {
  const marks = new Set<string>();
  for (const row of model.layout.noteRows) {
    const text = rowText(model.sheet, row).trim().replace(model.lexicon.note, '').trim();
    for (const [, mark] of text.matchAll(NOTE_MARK)) marks.add(mark);
  }
  return marks;
}

/**
 * One warning per flagged figure in the sheet's data columns, blaming that cell alone. A comma is read as a decimal
 * point only in a column whose other figures have fractions: among whole numbers `31,36` is a list (two fund codes).
 */
export function textFlagFindings(model: SheetModel, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const fractions = new Map<number, boolean>();
  const decimalColumn = (col: number) => {
    let has = fractions.get(col);
    if (has === undefined) fractions.set(col, (has = hasFraction(model.column(col).values)));
    return has;
  };
  // A mark a note under the table explains (注：*含代管的园区企业12家) is a footnote, said already.
  const explained = footnotesExplained(model);
  // A code's letters are its own (统一社会信用代码 ends in a check character, 91431100…X), not a flag on a figure.
  const figureColumns = model.layout.columns.filter((c) => !model.lexicon.identifier.test(c.rawHeader));
  for (const row of model.rowsToCheck) {
    for (const column of figureColumns) {
      // A plain number has no flag: no Figure is built for each of a ledger's half a million of them.
      if (!Number.isNaN(model.column(column.col).values[row])) continue;
      const f = model.figure(row, column.col);
      if (f.kind !== 'number' || !f.flag || (f.flag.kind === 'decimalComma' && !decimalColumn(column.col))) continue;
      if (f.flag.kind === 'mark' && explained.has(f.flag.mark)) continue;
      const shown = model.shown(row, column.col);
      findings.push({
        ruleId: 'text-in-number',
        severity: 'warning',
        sheet: model.sheet.name,
        cells: [{ address: model.address(row, column.col), value: shown, suspect: true }],
        message: `${model.rowLabel(row)}${lang === 'en' ? ': ' : '：'}${textFlagMessage(f.flag, String(shown), f.value, lang)}`,
      });
    }
  }
  return findings;
}
