import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Figure } from '../src/core/figure';
import { EXCEL_ERRORS, normaliseWidth, readFigure, readFigureText } from '../src/core/number';
import type { Cell } from '../src/core/snapshot';
import { lexicon } from './helpers/lexicon';

const articlesDir = join(__dirname, '..', 'seeds', 'articles');
const articles = readdirSync(articlesDir)
  .map((name) => readFileSync(join(articlesDir, name), 'utf8'))
  .join('\n');

function exact(value: number, extra: Partial<Extract<Figure, { kind: 'number' }>> = {}): Figure {
  return { kind: 'number', value, lo: value, hi: value, decimals: 0, percent: false, approximate: false, ...extra };
}

function cell(
  value: Cell['value'],
  numFmt = 'General',
  text = value === null || typeof value === 'object' ? '' : String(value),
  formula?: string,
): Cell {
  const c: Cell = { value, text, numFmt };
  if (formula !== undefined) c.formula = formula;
  return c;
}

describe('normaliseWidth', () => {
  it('turns full-width ASCII and the ideographic space into half-width', () => {
    expect(normaliseWidth('８７．１％　（名）')).toBe('87.1% (名)');
    expect(normaliseWidth('党的组织覆盖率')).toBe('党的组织覆盖率');
  });
});

describe('readFigureText', () => {
  it('reads plain numbers with their typed decimals', () => {
    expect(readFigureText('311', lexicon)).toEqual(exact(311));
    expect(readFigureText('87.1', lexicon)).toEqual(exact(87.1, { decimals: 1 }));
    expect(readFigureText('-3.50', lexicon)).toEqual(exact(-3.5, { decimals: 2 }));
    expect(readFigureText(' 311 ', lexicon)).toEqual(exact(311));
  });

  it('reads thousands separators only in whole digit groups', () => {
    expect(readFigureText('2,431', lexicon)).toEqual(exact(2431));
    expect(readFigureText('2，431', lexicon)).toEqual(exact(2431));
    expect(readFigureText('1,234,567.5', lexicon)).toEqual(exact(1234567.5, { decimals: 1 }));
    // A comma before two digits is a decimal comma, read as such and flagged (text-flags.ts).
    expect(readFigureText('12,34', lexicon)).toEqual(exact(12.34, { decimals: 2, flag: { kind: 'decimalComma' } }));
    expect(readFigureText('1234,567', lexicon)).toEqual({ kind: 'text', text: '1234,567' });
  });

  it("reads a figure after Excel's text prefix, as a system's CSV export types it, but not a code with a leading zero", () => {
    expect(readFigureText("'35259", lexicon)).toEqual(exact(35259));
    expect(readFigureText("'2,431", lexicon)).toEqual(exact(2431));
    expect(readFigureText("'0101", lexicon)).toEqual({ kind: 'text', text: "'0101" });
  });

  it('reads full-width digits and punctuation', () => {
    expect(readFigureText('３６', lexicon)).toEqual(exact(36));
    expect(readFigureText('８７．１', lexicon)).toEqual(exact(87.1, { decimals: 1 }));
    expect(readFigureText('８７．１％', lexicon)).toEqual(exact(87.1, { decimals: 1, percent: true }));
  });

  it('reads percentages in percent points', () => {
    expect(readFigureText('87.1%', lexicon)).toEqual(exact(87.1, { decimals: 1, percent: true }));
    expect(readFigureText('49.02%', lexicon)).toEqual(exact(49.02, { decimals: 2, percent: true }));
    expect(readFigureText('-52.5%', lexicon)).toEqual(exact(-52.5, { decimals: 1, percent: true }));
  });

  it('applies 万 and 亿 as figures rounded to their last written digit', () => {
    // decimals are counted in base units: 1.2万 is written to the thousand
    expect(readFigureText('1.2万', lexicon)).toEqual({
      kind: 'number',
      value: 12000,
      lo: 11500,
      hi: 12500,
      decimals: 0,
      percent: false,
      approximate: true,
    });
    expect(readFigureText('1.39亿元', lexicon)).toEqual({
      kind: 'number',
      value: 139000000,
      lo: 138500000,
      hi: 139500000,
      decimals: 0,
      percent: false,
      approximate: true,
      unit: '元',
    });
    expect(readFigureText('2359.5万元', lexicon)).toMatchObject({
      value: 23595000,
      lo: 23594500,
      hi: 23595500,
      unit: '元',
      decimals: 0,
    });
    expect(readFigureText('500万元', lexicon)).toMatchObject({ value: 5000000, lo: 4995000, hi: 5005000, unit: '元' });
  });

  it('reads the documented units', () => {
    const cases: [string, number, string][] = [
      ['47414家', 47414, '家'],
      ['12266个', 12266, '个'],
      ['414名', 414, '名'],
      ['120人', 120, '人'],
      ['25676件', 25676, '件'],
      ['3346户', 3346, '户'],
      ['244次', 244, '次'],
      ['17支', 17, '支'],
      ['367项', 367, '项'],
      ['201条', 201, '条'],
      ['4368人次', 4368, '人次'],
      ['32955册', 32955, '册'],
      ['1280個', 1280, '个'],
      ['5942家', 5942, '家'],
    ];
    for (const [text, value, unit] of cases) expect(readFigureText(text, lexicon)).toEqual(exact(value, { unit }));
  });

  it('treats blanks, dashes, slashes and 无 as missing', () => {
    for (const text of ['', '   ', '　', '—', '－', '-', '/', '／', '无', '――', '——', '--']) {
      expect(readFigureText(text, lexicon)).toEqual({ kind: 'missing' });
    }
  });

  it('reads Excel error text', () => {
    for (const code of EXCEL_ERRORS) expect(readFigureText(code, lexicon)).toEqual({ kind: 'error', code });
    expect(readFigureText(' #n/a ', lexicon)).toEqual({ kind: 'error', code: '#N/A' });
  });

  it('reads 余 and 多 as "more than N, below the next unit of its last non-zero digit"', () => {
    expect(readFigureText('3000余', lexicon)).toMatchObject({ value: 3000, lo: 3000, hi: 4000, approximate: true });
    expect(readFigureText('3000多', lexicon)).toMatchObject({ value: 3000, lo: 3000, hi: 4000, approximate: true });
    expect(readFigureText('20余件', lexicon)).toMatchObject({ value: 20, lo: 20, hi: 30, unit: '件' });
    expect(readFigureText('100多', lexicon)).toMatchObject({ lo: 100, hi: 200 });
    expect(readFigureText('1400余名', lexicon)).toMatchObject({ lo: 1400, hi: 1500, unit: '名' });
    expect(readFigureText('110余个', lexicon)).toMatchObject({ lo: 110, hi: 120 });
    expect(readFigureText('100余人次', lexicon)).toMatchObject({ lo: 100, hi: 200, unit: '人次' });
  });

  it('combines 余 with 万 before or after the multiplier', () => {
    expect(readFigureText('1.2万余', lexicon)).toMatchObject({
      value: 12000,
      lo: 12000,
      hi: 13000,
      decimals: 0,
      approximate: true,
    });
    expect(readFigureText('12万余份', lexicon)).toMatchObject({ lo: 120000, hi: 130000, unit: '份' });
    expect(readFigureText('2000 余万元', lexicon)).toMatchObject({ lo: 20000000, hi: 30000000, unit: '元' });
    expect(readFigureText('3000 多万元', lexicon)).toMatchObject({
      value: 30000000,
      lo: 30000000,
      hi: 40000000,
      unit: '元',
      approximate: true,
    });
  });

  it('reads 近 as up to 10 % below and 约 / 左右 as ±5 %', () => {
    expect(readFigureText('近2000', lexicon)).toMatchObject({ value: 2000, lo: 1800, hi: 2000, approximate: true });
    expect(readFigureText('近2000人次', lexicon)).toMatchObject({ lo: 1800, hi: 2000, unit: '人次' });
    expect(readFigureText('约500家', lexicon)).toMatchObject({
      value: 500,
      lo: 475,
      hi: 525,
      unit: '家',
      approximate: true,
    });
    expect(readFigureText('500人左右', lexicon)).toMatchObject({ lo: 475, hi: 525, unit: '人' });
    // 约 is never narrower than the rounding of a 万 figure: 3万 already means 25000–35000.
    expect(readFigureText('约3万', lexicon)).toMatchObject({ lo: 25000, hi: 35000 });
  });

  it('reads rounded 万 figures, also in traditional characters', () => {
    expect(readFigureText('1.9万名', lexicon)).toMatchObject({
      value: 19000,
      lo: 18500,
      hi: 19500,
      unit: '名',
      approximate: true,
    });
    expect(readFigureText('1.9萬名', lexicon)).toMatchObject({
      value: 19000,
      lo: 18500,
      hi: 19500,
      unit: '名',
      approximate: true,
    });
  });

  it('leaves everything else as text', () => {
    for (const text of ['合计', '87.1%的', '2021年', '12 34', '近3000余', '1.2万%', '.', '3000余多', '截至6月底']) {
      expect(readFigureText(text, lexicon)).toEqual({ kind: 'text', text });
    }
  });

  it('reads the figures exactly as the seed articles write them', () => {
    const written: [string, Partial<Extract<Figure, { kind: 'number' }>>][] = [
      ['3000 多万元', { lo: 3e7, hi: 4e7, unit: '元' }],
      ['2359.5 万元', { value: 23595000, unit: '元' }],
      ['1.39 亿元', { value: 139000000, unit: '元' }],
      ['近2000人次', { lo: 1800, hi: 2000 }],
      ['1400余名', { lo: 1400, hi: 1500 }],
      ['1.9萬名', { lo: 18500, hi: 19500 }],
      ['49.02%', { value: 49.02, decimals: 2, percent: true }],
      ['87.1%', { value: 87.1, decimals: 1, percent: true }],
    ];
    for (const [text, expected] of written) {
      expect(articles).toContain(text);
      expect(readFigureText(text, lexicon)).toMatchObject({ kind: 'number', ...expected });
    }
  });
});

describe('readFigure', () => {
  it('reads empty cells as missing', () => {
    expect(readFigure(null, lexicon)).toEqual({ kind: 'missing' });
    expect(readFigure(cell(null), lexicon)).toEqual({ kind: 'missing' });
    expect(readFigure(cell('—'), lexicon)).toEqual({ kind: 'missing' });
  });

  it('reports error values and formulas without a cached result', () => {
    expect(readFigure(cell({ error: '#DIV/0!' }, 'General', '#DIV/0!', 'C3/B3'), lexicon)).toEqual({
      kind: 'error',
      code: '#DIV/0!',
    });
    expect(readFigure(cell(null, '0.0%', '', 'C3/B3'), lexicon)).toEqual({
      kind: 'formulaWithoutResult',
      formula: 'C3/B3',
    });
  });

  it('takes decimals and percent from the number format', () => {
    expect(readFigure(cell(0.871, '0.0%', '87.1%'), lexicon)).toEqual(exact(87.1, { decimals: 1, percent: true }));
    expect(readFigure(cell(0.4902, '0.00%', '49.02%'), lexicon)).toEqual(exact(49.02, { decimals: 2, percent: true }));
    expect(readFigure(cell(87.1, '0.0"%"', '87.1%'), lexicon)).toEqual(exact(87.1, { decimals: 1 }));
    expect(readFigure(cell(2431, '#,##0', '2,431'), lexicon)).toEqual(exact(2431));
    expect(readFigure(cell(87.14, '[Red]0.0;(0.0)', '87.1'), lexicon)).toEqual(exact(87.14, { decimals: 1 }));
  });

  it('takes decimals from the displayed text under General, else leaves them unknown', () => {
    expect(readFigure(cell(87.1, 'General', '87.1'), lexicon)).toEqual(exact(87.1, { decimals: 1 }));
    expect(readFigure(cell(311, 'General', '311'), lexicon)).toEqual(exact(311));
    expect(readFigure(cell(87.1, 'General', ''), lexicon)).toEqual(exact(87.1, { decimals: null }));
    expect(readFigure(cell(45473, 'yyyy-mm-dd', '2024-06-30'), lexicon)).toEqual(exact(45473, { decimals: null }));
  });

  it('reads text cells with the figure reader and booleans as text', () => {
    expect(readFigure(cell('2,431'), lexicon)).toEqual(exact(2431));
    expect(readFigure(cell('87.1%'), lexicon)).toEqual(exact(87.1, { decimals: 1, percent: true }));
    expect(readFigure(cell(true, 'General', 'TRUE'), lexicon)).toEqual({ kind: 'text', text: 'TRUE' });
  });
});
