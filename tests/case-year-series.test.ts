import { caseFindings, describeCaseBook, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 32: a year series (one row per year) whose 增长（%） columns are each the growth of the level before
 * them from the row of the year before. No header says so; the sheet's other rows do. Before, a growth typed wrong in
 * such a table (an outside tester's, /tmp/round32-a w06_ts and w19_ts_fai) was never checked.
 */

const series = (name: string, plant: CaseSheet['plant']): CaseSheet => ({
  name,
  rows: [
    ['临川市历年固定资产投资和房地产开发主要指标'],
    ['年份', '固定资产投资', null, '房地产开发投资', null, '商品房销售面积', null, '房地产投资占固投比重(%)'],
    [null, '总额(亿元)', '增长(%)', '总额(亿元)', '增长(%)', '万平方米', '增长(%)', null],
    ['2013年', 177.5, '—', 50.3, '—', 109.94, '—', 28.3],
    ['2014年', 164.4, -7.4, 49.5, -1.6, 95.33, -13.3, 30.1],
    ['2015年', 182.1, 10.8, 45.2, -8.7, 81.08, -14.9, 24.8],
    ['2016年', 200.1, 9.9, 38.3, -15.3, 67.02, -17.3, 19.1],
    ['2017年', 190.8, -4.6, 39, 1.8, 58.94, -12.1, 20.4],
    [2018, 199, 4.3, 45.8, 17.4, 49.25, -16.4, 23],
    ['2019年', 209.4, 5.2, 45.4, -0.9, 42.95, -12.8, 21.7],
    ['2020年', 216.5, 3.4, 40.1, -11.7, 49.39, 15, 18.5],
    [2021, 215.7, -0.4, 36.9, -8, 55.28, 11.9, 17.1],
    [2022, 224.3, 4, 42.2, 14.4, 62.61, 13.3, 18.8],
    ['注：增长速度按当年价格计算。'],
  ],
  merges: ['A1:H1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:H3'],
  plant,
});

describe('round 32: growth from the year before in a year series', () => {
  // 2018's growth typed with its sign wrong; and 2016's level typed 20 more, which breaks its growth and 2017's.
  describeCaseBook('历年', [
    series('增长', { address: 'C9', value: -4.3 }),
    series('总额', { address: 'B7', value: 220.1 }),
  ]);

  test('growth in real terms, agreeing with no row of the levels, raises nothing', async () => {
    const real = series('可比价', { address: 'A1', value: 0 });
    real.rows = real.rows.map((r, i) =>
      i >= 4 && typeof r[2] === 'number' ? [r[0], r[1], Math.round((r[2] - 1.7) * 10) / 10, ...r.slice(3)] : r,
    );
    const findings = errorsOn(await caseFindings(await writeCaseBook('可比价', [real], false)), real.name);
    expect(findings).toEqual([]);
  });
});
