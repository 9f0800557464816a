import {
  caseFindings,
  describeCaseBook,
  errorsOn,
  errorSuspects,
  writeCaseBook,
  type CaseRow,
} from './helpers/case-book';

/**
 * Issue 9, round 67 (/tmp/round67a–b: mass organisations and party fees in non-public enterprises; housing, water and
 * forestry yearbook tables, written by outside testers who had not written statlint):
 * - A note stating a balance (水资源总量＝地表水资源量＋地下水资源量－重复计算量; 期末结余=期初结余+收入合计-支出合计)
 *   is checked, in a ledger of two columns too (本季度 | 本年累计), where one bears it out.
 * - A quarterly ledger's 累计 beside its 本季度 under one parent header runs down the quarters, though a year's three or
 *   four quarters are too few steps for the figures alone; its 同比增减（%） of 累计 over 上年同期累计 (a period of the
 *   vocabulary now) is a change its header names, held to three rows as a short table's are.
 * - A one-row header's 其中 list ends where the columns after it add up with its whole to a column before it
 *   (房地产开发投资 = 住宅 + 办公楼 + 商业营业用房 + 其他, after 住宅 | 其中：90平方米及以下住房 | 别墅、高档公寓), or at
 *   a column of no figures (按构成分): they are no parts of 住宅.
 * - The parts of two totals typed alike (供水总量 and 用水总量 over 农业 | 工业 | 生活 | 生态环境): where a part is wrong,
 *   nothing says which, and none is blamed by its address (农业 was).
 */
const waterResources: CaseRow[] = [
  ['临川市水资源情况'],
  [],
  ['年  份', '水资源总量', '地表水资源量', '地下水资源量', '地表水与地下水', '年末常住人口', '人均水资源量'],
  [null, '(亿立方米)', '(亿立方米)', '(亿立方米)', '重复计算量', '(万人)', '(立方米)'],
  ['2018', 91.42, 84.75, 20.54, 13.87, 1317.23, 694],
  ['2019', 85.05, 77.43, 26.04, 18.42, 678.04, 1254.4],
  ['2020', 48.6, 37.13, 23.08, 11.61, 1447.51, 335.7],
  ['2021', 82.62, 76.38, 13.2, 6.96, 1055.55, 782.7],
  ['2022', 64.33, 61.27, 12.92, 9.86, 1476.4, 435.7],
  ['2023', 82.54, 74.27, 17.48, 9.21, 827.9, 997],
  ['注：水资源总量＝地表水资源量＋地下水资源量－重复计算量。'],
  ['资料来源：市水务局《水资源公报》。'],
];

const feeLedger: CaseRow[] = [
  ['泗洪县非公企业综合党委党费收支情况表（2021年第4季度）'],
  ['', null, '单位：万元'],
  ['项目', '本季度', '本年累计'],
  ['期初结余', 49.62, 29.23],
  ['一、收入合计', 19.7, 60.35],
  ['其中：党员交纳党费', 15.51, 48.14],
  ['　　　上级党组织下拨', 2.25, 5.42],
  ['　　　其他收入', 1.94, 6.79],
  ['二、支出合计', 12.68, 32.94],
  ['其中：培训党员', 2.28, 7],
  ['　　　订阅或购买党员教育资料', 2.59, 4.29],
  ['　　　表彰先进', 4.87, 10.45],
  ['　　　慰问困难党员', 1.6, 8.08],
  ['　　　其他支出', 1.34, 3.12],
  ['期末结余', 56.64, 56.64],
  ['注：期末结余=期初结余+收入合计-支出合计。'],
];

describe('round 67: balances stated in a note', () => {
  describeCaseBook('结余', [
    { name: '水资源', rows: waterResources, merges: ['A1:G1', 'A3:A4'], plant: { address: 'B10', value: 91.62 } },
    { name: '党费收支', rows: feeLedger, merges: ['A1:C1'], plant: { address: 'C5', value: 70.35 } },
  ]);
});

const quarters = (rows: CaseRow[]): CaseRow[] => [
  ['晋江市2021年非公企业党费收缴及建会进度（季报）'],
  ['填报单位：晋江市非公经济组织党委'],
  ['季度', '实缴党费（万元）', null, null, null, '新建工会（个）'],
  [null, '本季度', '累计', '上年同期累计', '同比增减（%）', '本季度', '累计'],
  ...rows,
  ['注：累计为年初至本季度末数。'],
];
const quarterMerges = ['A1:G1', 'B3:E3', 'F3:G3', 'A3:A4'];

describe('round 67: running totals down a year of quarters', () => {
  describeCaseBook('季度台账', [
    {
      name: '四个季度',
      rows: quarters([
        ['第一季度', 31.6, 31.6, 35.69, -11.5, 0, 0],
        ['第二季度', 26.68, 58.28, 57.73, 1, 12, 12],
        ['第三季度', 51.53, 109.81, 116.09, -5.4, 13, 25],
        ['第四季度', 40.38, 150.19, 158.27, -5.1, 14, 39],
      ]),
      merges: quarterMerges,
      plant: { address: 'C6', value: 48.28 },
    },
    {
      name: '三个季度',
      rows: quarters([
        ['第一季度', 52.28, 52.28, 43.96, 18.9, 19, 19],
        ['第二季度', 40.69, 92.97, 90.68, 2.5, 15, 34],
        ['第三季度', 24.82, 117.79, 113.37, 3.9, 24, 58],
        ['第四季度'],
        ['合计', 117.79, '—', '—', '—', 58, '—'],
      ]),
      merges: quarterMerges,
      plant: { address: 'C6', value: 82.97 },
    },
    {
      // 同比增减（%） of 累计 over 上年同期累计, under one parent: headed as a change, four quarters are enough.
      name: '同比增减',
      rows: quarters([
        ['第一季度', 21.03, 21.03, 22.31, -5.7, 12, 12],
        ['第二季度', 24.68, 45.71, 49.29, -7.3, 11, 23],
        ['第三季度', 48.92, 94.63, 102.36, -7.6, 15, 38],
        ['第四季度', 23.14, 117.77, 125.09, -5.9, 12, 50],
      ]),
      merges: quarterMerges,
      plant: { address: 'E5', value: -2.6 },
    },
  ]);
});

const investment: CaseRow[] = [
  ['云山市房地产开发投资情况'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：亿元'],
  [
    '指  标',
    '房地产开发投资',
    '按用途分',
    '住宅',
    '其中：90平方米及以下住房',
    '别墅、高档公寓',
    '办公楼',
    '商业营业用房',
    '其他',
    '按构成分',
    '建筑工程',
    '安装工程',
    '设备工器具购置',
    '其他费用',
  ],
  ['2020年', 592.7, null, 377.13, 173.08, 18.4, 34.61, 93.13, 87.83, null, 340.21, 45.49, 13.51, 193.49],
  ['2019年', 697.14, null, 475.21, 281.16, 25.75, 38.45, 99.19, 84.29, null, 402.21, 58.65, 17.35, 218.93],
  ['同比增长(%)', -15, null, -20.6, -38.4, -28.5, -10, -6.1, 4.2, null, -15.4, -22.4, -22.1, -11.6],
  ['注：同比增长按可比口径计算。'],
];

describe('round 67: a 其中 list in a header of one row', () => {
  describeCaseBook('房地产', [
    // 90平方米及以下住房 above 住宅 is a part above its whole.
    { name: '按用途分', rows: investment, merges: ['A1:N1'], plant: { address: 'E4', value: 573.08 } },
  ]);
});

const water: CaseRow[] = [
  ['供水量和用水量'],
  [null, null, null, null, null, null, null, null, null, null, null, '单位：亿立方米'],
  ['年  份', '供水总量', '按水源分', null, null, '用水总量', '按用途分', null, null, null, '人均用水量', '常住人口'],
  [null, null, '地表水', '地下水', '其他水源', null, '农业', '工业', '生活', '生态环境', '(立方米)', '(万人)'],
  ['2019', 57.81, 38.64, 16.13, 3.04, 57.81, 27.18, 15.18, 12.73, 2.72, 491.5, 1176.21],
  ['2020', 33.3, 23.09, 9.45, 0.76, 33.3, 16.18, 8.61, 6.4, 2.12, 295.9, 1125.29],
  ['2021', 26.7, 19.91, 5.58, 1.2, 26.7, 14.9, 4.12, 5.9, 1.77, 238.5, 1119.66],
  ['2022', 21.09, 14.41, 6.1, 0.58, 21.09, 11.86, 4.39, 4.06, 0.78, 202.6, 1041.05],
  ['2023', 51.15, 34.78, 13.7, 2.68, 51.15, 28.52, 12.26, 7.95, 2.42, 525.7, 973.06],
  ['注：其他水源包括再生水、集雨工程等。'],
];

describe('round 67: the parts of two totals typed alike', () => {
  test('a wrong part is reported, and no part is blamed by its address', async () => {
    const sheet = {
      name: '供用水',
      rows: water,
      merges: ['A1:L1', 'C3:E3', 'G3:J3', 'A3:A4', 'B3:B4', 'F3:F4'],
      plant: { address: 'H9', value: 21.26 },
    };
    const clean = await caseFindings(await writeCaseBook('供用水', [sheet], false));
    expect(errorsOn(clean, '供用水')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('供用水', [sheet], true));
    expect(errorsOn(planted, '供用水').length).toBeGreaterThan(0);
    expect(errorSuspects(planted, '供用水')).toEqual([]);
  });
});
