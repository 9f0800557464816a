import { join } from 'node:path';
import { aggreColCell, readAggreCol, readAggreColNumber } from '../scripts/aggrecol';
import { readFigure } from '../src/core/number';
import { lexicon } from './helpers/lexicon';

/** The AggreCol copy that bench:accuracy reads (scripts/aggrecol.ts): numbers as each table's format writes them. */
describe('AggreCol tables as snapshots', () => {
  it('reads numbers with the thousands and decimal marks each number format names', () => {
    expect(readAggreColNumber('18\u00a0080', 'Space Point')).toEqual({ value: 18080, decimals: 0, percent: false });
    expect(readAggreColNumber('1 234,5', 'Space Comma')).toEqual({ value: 1234.5, decimals: 1, percent: false });
    expect(readAggreColNumber('1,234.50', 'Comma Point')).toEqual({ value: 1234.5, decimals: 2, percent: false });
    expect(readAggreColNumber('12.5%', 'None Point')).toEqual({ value: 12.5, decimals: 1, percent: true });
    expect(readAggreColNumber('Total', 'None Point')).toBeUndefined();
    expect(readAggreColNumber('1,234', 'None Comma')).toEqual({ value: 1.234, decimals: 3, percent: false });
  });

  it('gives cells the core reads back as the figure displayed', () => {
    const percent = readFigure(aggreColCell(0, 0, '12.5%', 'None Point'), lexicon);
    expect(percent).toMatchObject({ kind: 'number', value: 12.5, decimals: 1, percent: true });
    expect(readFigure(aggreColCell(0, 0, '18 080', 'Space Point'), lexicon)).toMatchObject({
      kind: 'number',
      value: 18080,
      decimals: 0,
    });
    expect(aggreColCell(0, 0, '', 'None Point')).toBeNull();
  });

  it('holds the 385 tables of the validation set, 335 of them with annotations', () => {
    const tables = readAggreCol(join(__dirname, 'corpora', 'aggrecol', 'dataset.jl.gz'));
    expect(tables).toHaveLength(385);
    expect(tables.filter((t) => t.aggregations.length > 0)).toHaveLength(335);
  });
});
