import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 61 (/tmp/round61a–b, written by outside testers who had not seen statlint): wages and social
 * insurance funds; party building in non-public enterprises by enterprise size.
 * - A change in points naming no rate (比上年增减（百分点）) right after the rate's two years under one parent
 *   (党组织覆盖率（%） / 2023年 | 2024年): the bundled period-change reads it as their difference, where the inferred one
 *   has too few rows (a 其中 row of dashes, a heading) to hold on.
 * - A 其中 list of columns that holds in eleven months (保费收入/1-N月累计 = 其中：财产险 + 人身险) is whole: a month's
 *   total above its parts is wrong (52A's p04, kept while a list of rows whole in some columns only is excused, 60B).
 */
const bySize: CaseRow[] = [
  ['全省非公有制企业党建工作情况（按企业规模分）'],
  ['填报单位：省委组织部（省委两新工委）'],
  ['项目', '企业数', '有党员的企业数', '党员数', '建立党组织的企业数', '党组织覆盖率(%)', null, '比上年增减(百分点)'],
  [null, null, null, null, null, '2023年', '2024年', null],
  ['总计', 2828, 1333, 3984, 1101, 35.17, 38.93, 3.76],
  ['其中：从业人员50人以上企业', 609, 609, 1793, 495, '—', 81.28, '—'],
  ['按企业规模分：'],
  ['规模以上企业', 476, 232, 817, 220, 42.28, 46.22, 3.94],
  ['规模以下企业', 2352, 1101, 3167, 881, 33.69, 37.46, 3.77],
  [],
  ['注：规模以上企业指年营业收入2000万元及以上的工业企业和限额以上批零住餐企业等；“—”表示上年未单独统计。'],
  ['比上年增减为本年覆盖率减上年覆盖率，单位为百分点。'],
];

const premiums: CaseRow[] = [
  ['2024年全市保险业保费收入及赔付支出情况'],
  [null, null, null, null, null, '单位：亿元'],
  ['月份', '保费收入', null, '其中：财产险', '人身险', '赔付支出'],
  [null, '当月', '1-N月累计', '1-N月累计', '1-N月累计', '1-N月累计'],
  ['1月', 21.33, 21.33, 4.71, 16.63, 7.32],
  ['2月', 7.55, 28.88, 7.7, 21.18, 9.99],
  ['3月', 9.64, 38.52, 11.32, 27.2, 13.54],
  ['4月', 6.96, 45.48, 14.09, 31.38, 16.14],
  ['5月', 6.9, 52.38, 16.54, 35.84, 18.79],
  ['6月', 9.31, 61.69, 19.51, 42.17, 21.73],
  ['7月', 6.98, 68.67, 22.32, 46.35, 24.42],
  ['8月', 6.58, 75.25, 24.83, 50.42, 26.49],
  ['9月', 7.83, 83.08, 27.98, 55.1, 29.23],
  ['10月', 7.01, 90.09, 30.44, 59.64, 31.9],
  ['11月', 7.69, 97.78, 33.12, 64.66, 34.61],
  ['12月', 13.33, 111.11, 37.71, 73.4, 39.26],
  ['注：当月数由累计数相减得到。'],
];

describe('round 61: a change in points after a rate of two years; a 其中 list of columns', () => {
  describeCaseBook('非公企业党建', [
    {
      name: '表2',
      rows: bySize,
      merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:G3', 'H3:H4'],
      plant: { address: 'H9', value: 7.01 },
    },
  ]);
  describeCaseBook('保险', [
    { name: '保险', rows: premiums, merges: ['A1:F1', 'A3:A4', 'B3:C3'], plant: { address: 'C10', value: 63.69 } },
  ]);
});
