import {
  caseFindings,
  describeCaseBook,
  errorsOn,
  errorSuspects,
  writeCaseBook,
  type CaseRow,
  type CaseSheet,
} from './helpers/case-book';

/**
 * Issue 9, round 70 (/tmp/round70a–b: party building in the buildings, parks and markets of a city's streets; road
 * traffic, fire, work-safety and disaster statistics, written by outside testers who had not written statlint):
 * - Indicators as rows, 合计 | 非公有制企业 | 社会组织 as columns, the units in the title: the 党组织覆盖率 row (typed as a
 *   figure or as a percentage) is no count of 非公有制企业; a 合计 typed below its 非公有制企业 is that 合计 typed wrong.
 * - A row flush left after a one-row 其中 (电气火灾 | 其中：电气线路故障, indented | 自燃) is the whole's sibling, though it adds up
 *   with the part in a column or two.
 * - Rows of zeros add up in any reading: 机动车原因 0 over 其中 rows of 0 is no total of the rows after its 其中; a rank
 *   (位次) is never added up.
 * - A 比上年增减 beside this year's and last year's 死亡率 is a change of rates: a 总计 is no sum of it.
 * - A 0 that would need to be −20 is not blamed for a total 20 short of its rows.
 * - Regions as columns with 全市 last: 全市 is the sum of the counties in the rows of counts, not in the rows of rates.
 * - 本年 | 上年 | 增减（%） under one heading is a headed change, as 2024年 | 2023年 is.
 */

const indicatorRows = (rate: CaseRow): CaseRow[] => [
  ['东风街道两新组织党建基本情况表'],
  [null, null, null, '（单位：个、人、%）'],
  ['项目', '合计', '非公有制企业', '社会组织'],
  ['单位数', 573, 415, 158],
  ['　其中：已建立党组织的', 371, 281, 90],
  ['　　单独组建', 337, 280, 57],
  ['　　联合组建', 34, 1, 33],
  rate,
  ['从业人员', 40965, 38595, 2370],
  ['党员数', 1167, 1043, 124],
  ['　其中：流动党员', 325, 298, 27],
  ['党建指导员', 60, 33, 27],
  [],
  ['注：1.党组织覆盖率=已建党组织企业数÷企业数×100%，保留一位小数；2.“—”表示无数据。'],
];
const pct = (v: number) => ({ v, numFmt: '0.0%' });

describe('round 70: indicators as rows, 合计 | 非公有制企业 | 社会组织 as columns', () => {
  describeCaseBook('两新组织', [
    {
      name: '两新组织',
      rows: indicatorRows(['党组织覆盖率', 64.7, 67.7, 57]),
      plant: { address: 'B11', value: 227 },
    },
    {
      name: '百分比',
      rows: indicatorRows(['党组织覆盖率', pct(0.647), pct(0.677), pct(0.57)]),
      plant: { address: 'B10', value: 1267 },
    },
  ]);
});

const fires: CaseSheet = {
  name: '临江县',
  rows: [
    ['临江县2022年火灾情况'],
    ['起火原因', '火灾起数（起）', null, null, '死亡（人）'],
    [null, '本年', '上年', '增减（%）', '本年', '上年', '增减（%）'],
    ['吸烟', 55, 60, -8.3, 0, 0, '—'],
    ['放火', 18, 23, -21.7, 1, 0, '—'],
    ['玩火', 17, 21, -19, 0, 0, '—'],
    ['用火不慎', 45, 57, -21.1, 1, 0, '—'],
    ['生产作业', 37, 31, 19.4, 1, 3, -66.7],
    ['电气火灾', 30, 38, -21.1, 1, 2, -50],
    ['　其中：电气线路故障', 8, 7, 14.3, 0, 0, '—'],
    ['自燃', 44, 31, 41.9, 1, 2, -50],
    ['其他原因', 8, 11, -27.3, 1, 0, '—'],
    ['合计', 254, 272, -6.6, 6, 7, -14.3],
  ],
  merges: ['A1:G1', 'B2:D2', 'E2:G2', 'A2:A3'],
  plant: { address: 'B13', value: 274 },
};

const causes: CaseSheet = {
  name: '道路交通事故',
  rows: [
    ['表4'],
    ['××市2022年1-4月道路交通事故情况表'],
    [null, null, null, null, null, null, null, '单位：起、人'],
    [
      '道路类型',
      '本期事故起数',
      '事故起数位次',
      '上年同期事故起数',
      '事故起数同比增减（%）',
      '本期死亡人数',
      '上年同期死亡人数',
    ],
    ['机动车原因', 0, 4, 2, -100, 0, 0],
    ['　其中：超速行驶', 0, null, 0, '-', 0, 0],
    ['　酒后驾驶', 0, null, 0, '-', 0, 0],
    ['　未按规定让行', 0, null, 0, '-', 0, 0],
    ['非机动车原因', 44, 3, 42, 4.8, 13, 18],
    ['行人乘车人原因', 47, 1, 61, -23, 10, 11],
    ['道路及其他原因', 46, 2, 54, -14.8, 21, 17],
    ['合　计', 137, null, 159, -13.8, 44, 46],
  ],
  merges: ['A2:G2'],
  plant: { address: 'D12', value: 179 },
};

// Figures typed as text in places, and shown to the tester's decimals (1715.0, 0.020).
const shownAs = ['0', '0', '0.0', '0.0', '0.000', '0.000', '0.000', '0'];
const shown = (row: CaseRow): CaseRow =>
  row.map((v, k) => (typeof v === 'number' && k > 0 ? { v, numFmt: shownAs[k - 1] } : v));
const deathRates: CaseSheet = {
  name: '分地区',
  rows: [
    ['2024年各县（市、区）生产安全事故死亡人数及亿元GDP死亡率'],
    ['填报单位：市消防救援支队', null, null, null, null, null, null, '填报日期：2025年2月2日'],
    [
      '单位',
      '生产安全事故死亡人数（人）',
      '上年生产安全事故死亡人数',
      '地区生产总值（亿元）',
      '上年地区生产总值',
      '亿元GDP生产安全事故死亡率（人/亿元）',
      '上年亿元GDP生产安全事故死亡率',
      '比上年增减',
      '死亡人数位次',
    ],
    shown(['总计', '82', 111, 1715, 1610.5, 0.048, 0.069, -0.021, '—']),
    shown(['经开区', '4', 6, '106.5', 102.9, 0.038, 0.058, -0.02, 7]),
    shown(['南湖区', 20, 11, 144.5, 136.7, 0.138, 0.08, 0.058, 1]),
    shown(['永宁县', 5, 14, 165.3, 151, 0.03, 0.093, '-0.063', 6]),
    shown(['西城区', 3, 19, '282.2', 265.1, 0.011, 0.072, -0.061, '8']),
    shown(['白云县', 14, 21, '256.1', 244.4, 0.055, 0.086, -0.031, 3]),
    shown(['红旗区', 15, 14, '321.2', 296.5, 0.047, 0.047, 0, 2]),
    shown(['平安县', '8', '13', 365.6, 342.4, '0.022', 0.038, -0.016, 5]),
    shown(['东城区', 13, 13, '73.6', 71.5, 0.177, 0.182, -0.005, 4]),
  ],
  merges: ['A1:I1'],
  plant: { address: 'C4', value: 121 },
};

const counties: CaseSheet = {
  name: '各县区',
  rows: [
    ['2022年各县（市、区）生产安全事故死亡人数及亿元GDP死亡率'],
    ['指标', '西城区', '青河县', '高新区', '石门县', '红旗区', '白云县', '城关区', '北山县', '临江县', '全市'],
    ['生产安全事故死亡人数（人）', 7, 6, 14, 21, 4, 19, 10, 20, 3, 104],
    ['上年生产安全事故死亡人数', 21, 14, 5, 9, 15, 10, 35, 14, 6, 129],
    ['地区生产总值（亿元）', 516.9, 171.4, 380.4, 125.4, 308.9, 181.5, 309.9, 109.3, 190.1, 2293.8],
    ['上年地区生产总值', 500.2, 163.4, 349, 119.7, 293.6, 163.6, 289.8, 107, 181.2, 2167.5],
    ['亿元GDP生产安全事故死亡率（人/亿元）', 0.014, 0.035, 0.037, 0.167, 0.013, 0.105, 0.032, 0.183, 0.016, 0.045],
    ['上年亿元GDP生产安全事故死亡率', 0.042, 0.086, 0.014, 0.075, 0.051, 0.061, 0.121, 0.131, 0.033, 0.06],
    ['死亡人数占比（%）', 6.7, 5.8, 13.5, 20.2, 3.8, 18.3, 9.6, 19.2, 2.9, 100],
    [],
    ['注：亿元GDP生产安全事故死亡率＝生产安全事故死亡人数÷地区生产总值。'],
  ],
  merges: ['A1:K1'],
  plant: { address: 'K3', value: 124 },
};

const roads: CaseSheet = {
  name: '北山县',
  rows: [
    ['北山县2022年道路交通事故情况'],
    ['道路类型', '事故起数（起）', null, null, '死亡人数（人）'],
    [null, '本年', '上年', '增减（%）', '本年', '上年', '增减（%）'],
    ['机动车原因', 11, 8, 37.5, 4, 3, 33.3],
    ['非机动车原因', 24, 23, 4.3, 7, 5, 40],
    ['行人乘车人原因', 9, 12, -25, 10, 9, 11.1],
    ['道路及其他原因', 6, 3, 100, 3, 3, 0],
    ['合计', 50, 46, 8.7, 24, 20, 20],
  ],
  merges: ['A1:G1', 'B2:D2', 'E2:G2', 'A2:A3'],
  plant: { address: 'G6', value: 31.1 },
};

describe('round 70: public safety tables', () => {
  describe('a row flush left after a one-row 其中 is its whole’s sibling', () => describeCaseBook('火灾', [fires]));
  describe('rows of zeros and a rank column', () => describeCaseBook('原因', [causes]));
  describe('a change of rates beside them', () => describeCaseBook('死亡率', [deathRates]));
  describe('regions as columns, 全市 last, rows of rates among the counts', () =>
    describeCaseBook('各县区', [counties]));
  describe('本年 | 上年 | 增减（%） under one heading', () => describeCaseBook('道路', [roads]));
});

describe('round 70: blame', () => {
  test('a 0 that would need to be −20 is not blamed for a total 20 short of its rows', async () => {
    const sheet: CaseSheet = {
      name: '火灾',
      rows: [
        ['某区2023年1-7月火灾情况表'],
        [null, null, null, null, null, null, '单位：起、人'],
        ['分类', '火灾起数', null, null, '死亡'],
        [null, '2023年', '2022年', '比上年增减（%）', '2023年', '2022年', '比上年增减（%）'],
        ['总计', 498, 530, -6.04, 16, 20, -20],
        ['玩火', 88, 102, -13.73, 1, 3, -66.67],
        ['用火不慎', 28, 22, 27.27, 1, 2, -50],
        ['放火', 126, 148, -14.86, 1, 1, 0],
        ['自燃', 31, 42, -26.19, 2, 2, 0],
        ['电气火灾', 0, 0, '-', 3, 5, -40],
        ['生产作业', 125, 111, 12.61, 2, 1, 100],
        ['吸烟', 82, 89, -7.87, 3, 5, -40],
        ['其他原因', 18, 16, 12.5, 3, 1, 200],
      ],
      merges: ['A1:G1', 'B3:D3', 'E3:G3', 'A3:A4'],
      // 吸烟 typed 102 with its change worked out from it: only the 总计 breaks.
      plant: { address: 'B12', value: 102 },
    };
    const rows = sheet.rows.map((row, r) => (r === 11 ? ['吸烟', 102, 89, 14.61, 3, 5, -40] : row));
    const clean = await caseFindings(await writeCaseBook('零', [sheet], false));
    expect(errorsOn(clean, '火灾')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('零', [{ ...sheet, rows }], false));
    expect(errorsOn(planted, '火灾').length).toBeGreaterThan(0);
    expect(errorSuspects(planted, '火灾')).not.toContain('B10');
  });
});
