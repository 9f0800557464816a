import { displayPrecision, formatCellText, roundHalfAway } from '../src/core/format';

describe('displayPrecision', () => {
  it.each([
    ['0', 0, false],
    ['0.0', 1, false],
    ['0.00', 2, false],
    ['#,##0', 0, false],
    ['#,##0.0', 1, false],
    ['0.0%', 1, true],
    ['0.00%', 2, true],
    ['0.0"%"', 1, false],
    ['0.0\\%', 1, false],
    ['[Red]0.0;[Blue]-0.00', 1, false],
    ['#,##0.0_);(#,##0.0)', 1, false],
    ['0\\ "家"', 0, false],
    ['#,##0.00"元"', 2, false],
    ['[$¥-804]#,##0.00', 2, false],
  ])('%s shows %i decimals, percent %s', (code, decimals, percent) => {
    expect(displayPrecision(code)).toEqual({ decimals, percent });
  });

  it.each(['General', 'general', '@', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[h]:mm', '"—"'])(
    '%s has no digit precision',
    (code) => {
      expect(displayPrecision(code)).toBeNull();
    },
  );
});

describe('roundHalfAway', () => {
  it('rounds halves away from zero on the 15-digit decimal value, as Excel does', () => {
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(87.05, 1)).toBe(87.1);
    expect(roundHalfAway(87.04999, 1)).toBe(87);
  });
});

describe('formatCellText', () => {
  it.each([
    [1234567.891, 'General', '1234567.891'],
    [1 / 3, 'General', '0.333333333'],
    [-2 / 3, 'General', '-0.666666667'],
    [87.1, 'General', '87.1'],
    [0, 'General', '0'],
    [123456789012, 'General', '1.23457E+11'],
    [87.14, '0', '87'],
    [87.15, '0.0', '87.2'],
    [1.005, '0.00', '1.01'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1234.5, '#,##0', '1,235'],
    [1234567.25, '#,##0.0', '1,234,567.3'],
    [0, '#,##0', '0'],
    [0.5, '#.00', '.50'],
    [0.871, '0.0%', '87.1%'],
    [0.4902, '0.00%', '49.02%'],
    [87.1, '0.0"%"', '87.1%'],
    [2359.5, '0.0"万元"', '2359.5万元'],
    [12, '0\\ "家"', '12 家'],
    [1234, '[$¥-804]#,##0.00', '¥1,234.00'],
    [1234567, '#,##0,', '1,235'],
    [1.5, '0.0#', '1.5'],
    [1.234, '0.0#', '1.23'],
    [-1234.5, '#,##0_);[Red](#,##0)', '(1,235)'],
    [1234.5, '#,##0_);[Red](#,##0)', '1,235 '],
    [-87.1, '[Red]0.0', '-87.1'],
    [-0.04, '0.0', '0.0'],
    [0, '0;-0;"—"', '—'],
    [0, '0;-0;', ''],
    [-5, '0;;', ''],
    [5, '@', '5'],
  ])('%p in %s shows %p', (value, code, text) => {
    expect(formatCellText(value, code)).toBe(text);
  });

  it('renders dates as yyyy-mm-dd in the 1900 system, with its fictitious 29 February', () => {
    expect(formatCellText(1, 'yyyy-mm-dd')).toBe('1900-01-01');
    expect(formatCellText(59, 'yyyy/m/d')).toBe('1900-02-28');
    expect(formatCellText(60, 'yyyy/m/d')).toBe('1900-02-29');
    expect(formatCellText(61, 'yyyy-mm-dd')).toBe('1900-03-01');
    expect(formatCellText(45473, 'yyyy"年"m"月"d"日"')).toBe('2024-06-30');
    expect(formatCellText(45473.75, 'yyyy-mm-dd hh:mm')).toBe('2024-06-30 18:00');
  });
});
