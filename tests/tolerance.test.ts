import { readFigureText } from '../src/core/number';
import type { NumberFigure } from '../src/core/figure';
import {
  amountsEqual,
  compareStated,
  countsEqual,
  isRoundedColumn,
  roundForDisplay,
  roundingSlack,
  toleranceSchema,
} from '../src/core/tolerance';
import { lexicon } from './helpers/lexicon';

function stated(text: string): NumberFigure {
  const figure = readFigureText(text, lexicon);
  if (figure.kind !== 'number') throw new Error(`${text} is not a number`);
  return figure;
}

describe('compareStated in display mode', () => {
  it('accepts every true value that rounds to the stated figure, both half-way ends included', () => {
    const rate = stated('87.1%');
    expect(compareStated(rate, 87.05).agrees).toBe(true);
    expect(compareStated(rate, 87.15).agrees).toBe(true);
    expect(compareStated(rate, 87.1).agrees).toBe(true);
    expect(compareStated(rate, 87.16).agrees).toBe(false);
    expect(compareStated(rate, 87.04).agrees).toBe(false);
    expect(compareStated(rate, 87.16)).toEqual({
      agrees: false,
      tolerance: 0.05,
      difference: expect.closeTo(0.06, 12) as number,
    });
  });

  it('uses the stated decimals: 49.02% has a tolerance of 0.005', () => {
    const rate = stated('49.02%');
    expect(compareStated(rate, 49.015).agrees).toBe(true);
    expect(compareStated(rate, 49.025).agrees).toBe(true);
    expect(compareStated(rate, 49.026).agrees).toBe(false);
  });

  it('checks a coverage rate stated as 87.1 % of 311 enterprises (article 000)', () => {
    // 271 of 311 is 87.138…%, which rounds to 87.1; 272 of 311 would be 87.46 %.
    expect(compareStated(stated('87.1%'), (271 / 311) * 100).agrees).toBe(true);
    expect(compareStated(stated('87.1%'), (272 / 311) * 100).agrees).toBe(false);
  });

  it('uses the decimals of the shortest representation when the display precision is unknown', () => {
    const rate: NumberFigure = { ...stated('52.5'), decimals: null };
    expect(compareStated(rate, 52.53).agrees).toBe(true);
    expect(compareStated(rate, 52.56).agrees).toBe(false);
    // 18999 → 9019 enterprises without members is a decline of 52.53 %: article 001 states 52.5 %.
    expect(compareStated(stated('52.5%'), ((18999 - 9019) / 18999) * 100).agrees).toBe(true);
  });

  it('accepts any value inside an approximate figure and nothing outside it', () => {
    expect(compareStated(stated('3000余'), 3999).agrees).toBe(true);
    expect(compareStated(stated('3000余'), 2999).agrees).toBe(false);
    expect(compareStated(stated('近2000'), 1850).agrees).toBe(true);
    expect(compareStated(stated('近2000'), 2001).agrees).toBe(false);
    expect(compareStated(stated('1.9万名'), 19400).agrees).toBe(true);
    expect(compareStated(stated('1.9万名'), 19600).agrees).toBe(false);
  });
});

describe('compareStated with an explicit tolerance', () => {
  it('lets an absolute tolerance replace the display tolerance', () => {
    expect(compareStated(stated('87.1'), 87.16, { absolute: 0.1 })).toMatchObject({ agrees: true, tolerance: 0.1 });
    expect(compareStated(stated('87.1'), 87.12, { absolute: 0 }).agrees).toBe(false);
  });

  it('lets a relative tolerance replace it too', () => {
    expect(compareStated(stated('2000'), 2019, { relative: 0.01 })).toMatchObject({ agrees: true, tolerance: 20 });
    expect(compareStated(stated('2000'), 2021, { relative: 0.01 }).agrees).toBe(false);
  });

  it('widens an approximate figure by the tolerance', () => {
    expect(compareStated(stated('3000余'), 4050, { absolute: 100 }).agrees).toBe(true);
    expect(compareStated(stated('3000余'), 4150, { absolute: 100 }).agrees).toBe(false);
  });

  it('validates tolerance specs from rule files', () => {
    expect(toleranceSchema.parse({ mode: 'display' })).toEqual({ mode: 'display' });
    expect(toleranceSchema.parse({ absolute: 0.1 })).toEqual({ absolute: 0.1 });
    expect(toleranceSchema.safeParse({ relative: -1 }).success).toBe(false);
    expect(toleranceSchema.safeParse({ mode: 'loose' }).success).toBe(false);
    expect(toleranceSchema.safeParse({ absolute: 1, relative: 0.1 }).success).toBe(false);
  });
});

describe('counts and amounts', () => {
  it('compares counts exactly', () => {
    expect(countsEqual(20 + 7 + 155, 182)).toBe(true);
    expect(countsEqual(182, 183)).toBe(false);
  });

  it('compares money amounts at the precision of their inputs', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(amountsEqual(0.1 + 0.2, 0.3, 1)).toBe(true);
    expect(amountsEqual(2359.5 + 500 + 800 + 900, 4559.5, 1)).toBe(true);
    expect(amountsEqual(4559.5, 4559.6, 1)).toBe(false);
  });
});

describe('roundForDisplay', () => {
  it('rounds half up with fixed decimals and no negative zero', () => {
    expect(roundForDisplay(87.15, 1)).toBe('87.2');
    expect(roundForDisplay(87.138, 1)).toBe('87.1');
    expect(roundForDisplay(52.5, 0)).toBe('53');
    expect(roundForDisplay(3, 2)).toBe('3.00');
    expect(roundForDisplay(-0.04, 1)).toBe('0.0');
  });
});

describe('sums of rounded figures', () => {
  it('takes 万/亿 units (in the unit or the header) and decimals that are neither money nor counts as rounded', () => {
    expect(isRoundedColumn('万平方米', '居住房屋', 0, 'unknown', lexicon)).toBe(true);
    expect(isRoundedColumn('亿元', '工业总产值', 2, 'amount', lexicon)).toBe(true);
    expect(isRoundedColumn(undefined, '征收面积/(万平方米)', 0, 'unknown', lexicon)).toBe(true);
    expect(isRoundedColumn('公顷', '绿地面积', 2, 'unknown', lexicon)).toBe(true);
    expect(isRoundedColumn('人', '迁往市外', 0, 'count', lexicon)).toBe(false);
    expect(isRoundedColumn('元', '贷款金额', 2, 'amount', lexicon)).toBe(false);
    expect(isRoundedColumn('万元/人', '人均产值', 0, 'unknown', lexicon)).toBe(false);
  });

  it('allows half a unit of each figure: 17 districts and their total to 0.01 differ by at most 0.09', () => {
    expect(roundingSlack(Array<number>(18).fill(2))).toBeCloseTo(0.09, 12);
    expect(roundingSlack([0, 0, 0])).toBe(1.5);
  });
});
