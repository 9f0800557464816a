import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 112 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round112a, /tmp/round112b and /tmp/round111a, with the figures they generated). 112A, the recruitment of
 * party members (发展党员); 112B, population yearbook tables (人口统计):
 * - 指标 | 计量单位 | 2022年 | 2021年 … over 年末户籍人口 | 比上年增减 | 比上年增长(%): a growth is over the year before's
 *   level, so no ratio over this year's (1.16 = 6.31 ÷ 545.90, not ÷ 552.21) is read (112B hunt1-113).
 * - 出生 / 人数 | 出生率（‰）, 死亡 / …, 自然增长 / 人数 | 自然增长率（‰）: a natural growth rate typed as 出生率 − 死亡率
 *   (5.8 − 8.5 = −2.7), as on every row, is no break of 自然增长人数 ÷ 年平均人口 × 1000 = −2.64 (112B hunt1-117).
 * - Regions as columns (总计 | 一、市辖区 | 清宁区 | 龙平区 …): on the row of 性别比（女=100） no region is the difference of
 *   two others (112B probe-054).
 * - 新发展党员 | 其中：女性 | 少数民族 | 按年龄分： | 35岁及以下 … | 按学历分： …: the groups add up to 新发展党员, not to the
 *   少数民族 row flush above them (112A hunt1_002).
 * - Year series: 年末总人口（万人） | 比上年增减（万人） down 2013 … 2022 (and down 2024 … 2020), 第三产业 |
 *   第三产业比重增减（百分点） down the years: each change is this year's level less the year before's (112B probe-045,
 *   cases-022; 111A cases_013).
 */

const growthOverEarlierLevel: CaseSheet = {
  name: '主要指标',
  rows: [
    ['新源市历年人口主要指标'],
    ['指标', '计量单位', '2022年', '2021年', '2020', '2019', '2018年', '2017年', '2016', '2015', '2014', '2013'],
    [
      '年末户籍人口',
      '万人',
      {
        v: 548.35,
        numFmt: '0.00',
      },
      {
        v: 551.45,
        numFmt: '0.00',
      },
      {
        v: 551.24,
        numFmt: '0.00',
      },
      {
        v: 552.21,
        numFmt: '0.00',
      },
      {
        v: 545.9,
        numFmt: '0.00',
      },
      {
        v: 542.62,
        numFmt: '0.00',
      },
      {
        v: 537.5,
        numFmt: '0.00',
      },
      {
        v: 535.9,
        numFmt: '0.00',
      },
      {
        v: 532,
        numFmt: '0.00',
      },
      {
        v: 533.97,
        numFmt: '0.00',
      },
    ],
    [
      '比上年增减',
      '万人',
      {
        v: -3.1,
        numFmt: '0.00',
      },
      {
        v: 0.21,
        numFmt: '0.00',
      },
      {
        v: -0.97,
        numFmt: '0.00',
      },
      {
        v: 6.31,
        numFmt: '0.00',
      },
      {
        v: 3.28,
        numFmt: '0.00',
      },
      {
        v: 5.12,
        numFmt: '0.00',
      },
      {
        v: 1.6,
        numFmt: '0.00',
      },
      {
        v: 3.9,
        numFmt: '0.00',
      },
      {
        v: -1.97,
        numFmt: '0.00',
      },
      {
        v: -0.5,
        numFmt: '0.00',
      },
    ],
    [
      '比上年增长(%)',
      '',
      {
        v: -0.56,
        numFmt: '0.00',
      },
      {
        v: 0.04,
        numFmt: '0.00',
      },
      {
        v: -0.18,
        numFmt: '0.00',
      },
      {
        v: 1.16,
        numFmt: '0.00',
      },
      {
        v: 0.6,
        numFmt: '0.00',
      },
      {
        v: 0.95,
        numFmt: '0.00',
      },
      {
        v: 0.3,
        numFmt: '0.00',
      },
      {
        v: 0.73,
        numFmt: '0.00',
      },
      {
        v: -0.37,
        numFmt: '0.00',
      },
      {
        v: -0.09,
        numFmt: '0.00',
      },
    ],
    [
      '出生人数',
      '人',
      {
        v: 45765,
        numFmt: '#,##0',
      },
      {
        v: 50370,
        numFmt: '#,##0',
      },
      {
        v: 31486,
        numFmt: '#,##0',
      },
      {
        v: 50137,
        numFmt: '0',
      },
      {
        v: 59174,
        numFmt: '#,##0',
      },
      {
        v: 63556,
        numFmt: '0',
      },
      {
        v: 43168,
        numFmt: '0',
      },
      {
        v: 63680,
        numFmt: '0',
      },
      {
        v: 45122,
        numFmt: '#,##0',
      },
      {
        v: 60710,
        numFmt: '0',
      },
    ],
    [
      '死亡人数',
      '人',
      {
        v: 39730,
        numFmt: '0',
      },
      {
        v: 45446,
        numFmt: '#,##0',
      },
      {
        v: 36153,
        numFmt: '#,##0',
      },
      {
        v: 41578,
        numFmt: '#,##0',
      },
      {
        v: 43979,
        numFmt: '0',
      },
      {
        v: 35895,
        numFmt: '0',
      },
      {
        v: 29655,
        numFmt: '#,##0',
      },
      {
        v: 29797,
        numFmt: '0',
      },
      {
        v: 44072,
        numFmt: '0',
      },
      {
        v: 44490,
        numFmt: '0',
      },
    ],
    [
      '出生率(‰)',
      '',
      {
        v: 8.35,
        numFmt: '0.00',
      },
      {
        v: 9.13,
        numFmt: '0.00',
      },
      {
        v: 5.71,
        numFmt: '0.00',
      },
      {
        v: 9.08,
        numFmt: '0.00',
      },
      {
        v: 10.84,
        numFmt: '0.00',
      },
      {
        v: 11.71,
        numFmt: '0.00',
      },
      {
        v: 8.03,
        numFmt: '0.00',
      },
      {
        v: 11.88,
        numFmt: '0.00',
      },
      {
        v: 8.48,
        numFmt: '0.00',
      },
      {
        v: 11.37,
        numFmt: '0.00',
      },
    ],
    [
      '死亡率(‰)',
      '',
      {
        v: 7.25,
        numFmt: '0.00',
      },
      {
        v: 8.24,
        numFmt: '0.00',
      },
      {
        v: 6.56,
        numFmt: '0.00',
      },
      {
        v: 7.53,
        numFmt: '0.00',
      },
      {
        v: 8.06,
        numFmt: '0.00',
      },
      {
        v: 6.62,
        numFmt: '0.00',
      },
      {
        v: 5.52,
        numFmt: '0.00',
      },
      {
        v: 5.56,
        numFmt: '0.00',
      },
      {
        v: 8.28,
        numFmt: '0.00',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
    ],
    [
      '自然增长率(‰)',
      '',
      {
        v: 1.1,
        numFmt: '0.00',
      },
      {
        v: 0.89,
        numFmt: '0.00',
      },
      {
        v: -0.85,
        numFmt: '0.00',
      },
      {
        v: 1.55,
        numFmt: '0.00',
      },
      {
        v: 2.78,
        numFmt: '0.00',
      },
      {
        v: 5.09,
        numFmt: '0.00',
      },
      {
        v: 2.51,
        numFmt: '0.00',
      },
      {
        v: 6.32,
        numFmt: '0.00',
      },
      {
        v: 0.2,
        numFmt: '0.00',
      },
      {
        v: 3.04,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：1.常住人口为第七次人口普查推算数；'],
    ['2.城镇化率为常住人口城镇化率。'],
  ],
  merges: ['A1:L1'],
  plant: {
    address: 'C10',
    value: 2.1,
  },
};
const naturalGrowthAsDifference: CaseSheet = {
  name: '1-3',
  rows: [
    ['2023年各县（市、区）人口出生、死亡和自然增长情况'],
    ['地区', '年平均人口（人）', '出生', null, '死亡', null, '自然增长'],
    [null, null, '人数（人）', '出生率（‰）', '人数（人）', '死亡率（‰）', '人数（人）', '自然增长率（‰）'],
    [
      '全  市',
      {
        v: 4743611,
        numFmt: '#,##0',
      },
      {
        v: 32953,
        numFmt: '#,##0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
      {
        v: 36617,
        numFmt: '#,##0',
      },
      {
        v: 7.7,
        numFmt: '0.0',
      },
      {
        v: -3664,
        numFmt: '#,##0',
      },
      {
        v: -0.8,
        numFmt: '0.0',
      },
    ],
    [
      '市辖区',
      {
        v: 1066226,
        numFmt: '0',
      },
      {
        v: 6216,
        numFmt: '#,##0',
      },
      {
        v: 5.8,
        numFmt: '0.0',
      },
      {
        v: 9032,
        numFmt: '0',
      },
      {
        v: 8.5,
        numFmt: '0.0',
      },
      {
        v: -2816,
        numFmt: '#,##0',
      },
      {
        v: -2.7,
        numFmt: '0.0',
      },
    ],
    [
      '东山区',
      {
        v: 353180,
        numFmt: '#,##0',
      },
      {
        v: 2070,
        numFmt: '0',
      },
      {
        v: 5.9,
        numFmt: '0.0',
      },
      {
        v: 3201,
        numFmt: '#,##0',
      },
      {
        v: 9.1,
        numFmt: '0.0',
      },
      {
        v: -1131,
        numFmt: '#,##0',
      },
      {
        v: -3.2,
        numFmt: '0.0',
      },
    ],
    [
      '平山区',
      {
        v: 713046,
        numFmt: '0',
      },
      {
        v: 4146,
        numFmt: '#,##0',
      },
      {
        v: 5.8,
        numFmt: '0.0',
      },
      {
        v: 5831,
        numFmt: '#,##0',
      },
      {
        v: 8.2,
        numFmt: '0.0',
      },
      {
        v: -1685,
        numFmt: '#,##0',
      },
      {
        v: -2.4,
        numFmt: '0.0',
      },
    ],
    [
      '白岭县',
      {
        v: 931735,
        numFmt: '0',
      },
      {
        v: 4930,
        numFmt: '0',
      },
      {
        v: 5.3,
        numFmt: '0.0',
      },
      {
        v: 7536,
        numFmt: '0',
      },
      {
        v: 8.1,
        numFmt: '0.0',
      },
      {
        v: -2606,
        numFmt: '0',
      },
      {
        v: -2.8,
        numFmt: '0.0',
      },
    ],
    [
      '南山县',
      {
        v: 893245,
        numFmt: '#,##0',
      },
      {
        v: 7020,
        numFmt: '#,##0',
      },
      {
        v: 7.9,
        numFmt: '0.0',
      },
      {
        v: 6393,
        numFmt: '0',
      },
      {
        v: 7.2,
        numFmt: '0.0',
      },
      {
        v: 627,
        numFmt: '0',
      },
      {
        v: 0.7,
        numFmt: '0.0',
      },
    ],
    [
      '泰源市',
      {
        v: 361233,
        numFmt: '#,##0',
      },
      {
        v: 3946,
        numFmt: '#,##0',
      },
      {
        v: 10.9,
        numFmt: '0.0',
      },
      {
        v: 2674,
        numFmt: '#,##0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 1272,
        numFmt: '#,##0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
    ],
    [
      '和岭县',
      {
        v: 461982,
        numFmt: '0',
      },
      {
        v: 3225,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '0.0',
      },
      {
        v: 3385,
        numFmt: '#,##0',
      },
      {
        v: 7.3,
        numFmt: '0.0',
      },
      {
        v: -160,
        numFmt: '#,##0',
      },
      {
        v: -0.3,
        numFmt: '0.0',
      },
    ],
    [
      '泰川县',
      {
        v: 1029191,
        numFmt: '#,##0',
      },
      {
        v: 7616,
        numFmt: '0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 7597,
        numFmt: '0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['C2:D2', 'E2:F2', 'G2:H2', 'A2:A3', 'B2:B3'],
  plant: {
    address: 'F7',
    value: 9.2,
  },
};
const sexRatioAcrossRegions: CaseSheet = {
  name: '1-1',
  rows: [
    ['新州市2022年分县（市、区）户籍人口'],
    [null, null, null, null, null, null, null, null, '单位:人'],
    ['单位', '计量单位', '总计', '一、市辖区', '清宁区', '龙平区', '安州市', '柳宁县', '新阳县'],
    [
      '年末户籍人口',
      '人',
      {
        v: 3577805,
        numFmt: '0',
      },
      {
        v: 1621327,
        numFmt: '#,##0',
      },
      {
        v: 900114,
        numFmt: '0',
      },
      {
        v: 721213,
        numFmt: '#,##0',
      },
      {
        v: 659166,
        numFmt: '0',
      },
      {
        v: 727199,
        numFmt: '#,##0',
      },
      {
        v: 570113,
        numFmt: '#,##0',
      },
    ],
    [
      '  男',
      '人',
      {
        v: 1807117,
        numFmt: '#,##0',
      },
      {
        v: 818635,
        numFmt: '#,##0',
      },
      {
        v: 459364,
        numFmt: '#,##0',
      },
      {
        v: 359271,
        numFmt: '0',
      },
      {
        v: 343365,
        numFmt: '0',
      },
      {
        v: 360974,
        numFmt: '0',
      },
      {
        v: 284143,
        numFmt: '#,##0',
      },
    ],
    [
      '  女',
      '人',
      {
        v: 1770688,
        numFmt: '0',
      },
      {
        v: 802692,
        numFmt: '#,##0',
      },
      {
        v: 440750,
        numFmt: '#,##0',
      },
      {
        v: 361942,
        numFmt: '#,##0',
      },
      {
        v: 315801,
        numFmt: '0',
      },
      {
        v: 366225,
        numFmt: '#,##0',
      },
      {
        v: 285970,
        numFmt: '0',
      },
    ],
    [
      '性别比（女=100）',
      '',
      {
        v: 102.06,
        numFmt: '0.00',
      },
      {
        v: 101.99,
        numFmt: '0.00',
      },
      {
        v: 104.22,
        numFmt: '0.00',
      },
      {
        v: 99.26,
        numFmt: '0.00',
      },
      {
        v: 108.73,
        numFmt: '0.00',
      },
      {
        v: 98.57,
        numFmt: '0.00',
      },
      {
        v: 99.36,
        numFmt: '0.00',
      },
    ],
    [
      '占全市比重(%)',
      '',
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 45.3,
        numFmt: '0.0',
      },
      {
        v: 25.2,
        numFmt: '0.0',
      },
      {
        v: 20.2,
        numFmt: '0.0',
      },
      {
        v: 18.4,
        numFmt: '0.0',
      },
      {
        v: 20.3,
        numFmt: '0.0',
      },
      {
        v: 15.9,
        numFmt: '0.0',
      },
    ],
    ['注：本表为年末数。'],
    ['资料来源：市统计局、市公安局'],
  ],
  plant: {
    address: 'C4',
    value: 3677805,
  },
};
const groupsOfTheRowAbove: CaseSheet = {
  name: '结构',
  rows: [
    ['江州市2024年新发展党员结构情况'],
    [null, null, null, null, null, null, null, '单位：名'],
    ['项目', '2024年', '占比(%)', '2023年', '占比(%)', '增减', '增幅(%)', '占比增减(百分点)'],
    [
      '新发展党员',
      {
        v: 746,
        numFmt: '#,##0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 584,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 162,
        numFmt: '0',
      },
      {
        v: 27.7,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：女性',
      {
        v: 288,
        numFmt: '0',
      },
      {
        v: 38.6,
        numFmt: '0.0',
      },
      {
        v: 268,
        numFmt: '0',
      },
      {
        v: 45.9,
        numFmt: '0.0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 7.5,
        numFmt: '0.0',
      },
      {
        v: -7.3,
        numFmt: '0.0',
      },
    ],
    [
      '少数民族',
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 7.8,
        numFmt: '0.0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0.0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 41.5,
        numFmt: '0.0',
      },
      {
        v: 0.8,
        numFmt: '0.0',
      },
    ],
    ['按年龄分：'],
    [
      '  35岁及以下',
      {
        v: 502,
        numFmt: '#,##0',
      },
      {
        v: 67.3,
        numFmt: '0.0',
      },
      {
        v: 393,
        numFmt: '0',
      },
      {
        v: 67.3,
        numFmt: '0.0',
      },
      {
        v: 109,
        numFmt: '0',
      },
      {
        v: 27.7,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '  36-45岁',
      {
        v: 189,
        numFmt: '0',
      },
      {
        v: 25.3,
        numFmt: '0.0',
      },
      {
        v: 147,
        numFmt: '0',
      },
      {
        v: 25.2,
        numFmt: '0.0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 28.6,
        numFmt: '0.0',
      },
      {
        v: 0.1,
        numFmt: '0.0',
      },
    ],
    [
      '  46岁以上',
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 44,
        numFmt: '0',
      },
      {
        v: 7.5,
        numFmt: '0.0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
    ],
    ['按学历分：'],
    [
      '  大专及以上',
      {
        v: 462,
        numFmt: '0',
      },
      {
        v: 61.9,
        numFmt: '0.0',
      },
      {
        v: 360,
        numFmt: '0',
      },
      {
        v: 61.6,
        numFmt: '0.0',
      },
      {
        v: 102,
        numFmt: '0',
      },
      {
        v: 28.3,
        numFmt: '0.0',
      },
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    [
      '  高中、中专',
      {
        v: 209,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0.0',
      },
      {
        v: 158,
        numFmt: '#,##0',
      },
      {
        v: 27.1,
        numFmt: '0.0',
      },
      {
        v: 51,
        numFmt: '0',
      },
      {
        v: 32.3,
        numFmt: '0.0',
      },
      {
        v: 0.9,
        numFmt: '0.0',
      },
    ],
    [
      '  初中及以下',
      {
        v: 75,
        numFmt: '0',
      },
      {
        v: 10.1,
        numFmt: '0.0',
      },
      {
        v: 66,
        numFmt: '0',
      },
      {
        v: 11.3,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 13.6,
        numFmt: '0.0',
      },
      {
        v: -1.2,
        numFmt: '0.0',
      },
    ],
    ['按工作岗位分：'],
    [
      '  专业技术人员',
      {
        v: 150,
        numFmt: '0',
      },
      {
        v: 20.1,
        numFmt: '0.0',
      },
      {
        v: 105,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0.0',
      },
      {
        v: 45,
        numFmt: '0',
      },
      {
        v: 42.9,
        numFmt: '0.0',
      },
      {
        v: 2.1,
        numFmt: '0.0',
      },
    ],
    [
      '  管理人员',
      {
        v: 324,
        numFmt: '0',
      },
      {
        v: 43.4,
        numFmt: '0.0',
      },
      {
        v: 268,
        numFmt: '0',
      },
      {
        v: 45.9,
        numFmt: '0.0',
      },
      {
        v: 56,
        numFmt: '0',
      },
      {
        v: 20.9,
        numFmt: '0.0',
      },
      {
        v: -2.5,
        numFmt: '0.0',
      },
    ],
    [
      '  生产一线',
      {
        v: 272,
        numFmt: '0',
      },
      {
        v: 36.5,
        numFmt: '0.0',
      },
      {
        v: 211,
        numFmt: '0',
      },
      {
        v: 36.1,
        numFmt: '0.0',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: 28.9,
        numFmt: '0.0',
      },
      {
        v: 0.4,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：占比为占当年新发展党员总数的比重。'],
    ['增长(%)=(本年-上年)÷上年×100。'],
  ],
  merges: ['A1:H1'],
  plant: {
    address: 'C9',
    value: 29.3,
  },
};
const seriesDifference: CaseSheet = {
  name: '时间序列',
  rows: [
    ['桃湖市人口发展主要指标'],
    [
      '年份',
      '年末总人口（万人）',
      '比上年增减（万人）',
      '比上年增长(%)',
      '出生率(‰)',
      '死亡率(‰)',
      '自然增长率(‰)',
      '城镇化率(%)',
      '城镇化率提高（百分点）',
    ],
    [
      '2013年',
      {
        v: 344.95,
        numFmt: '0.00',
      },
      {
        v: -0.53,
        numFmt: '0.00',
      },
      {
        v: -0.15,
        numFmt: '0.00',
      },
      {
        v: 10.65,
        numFmt: '0.00',
      },
      {
        v: 8.39,
        numFmt: '0.00',
      },
      {
        v: 2.26,
        numFmt: '0.00',
      },
      {
        v: 50.51,
        numFmt: '0.00',
      },
      {
        v: 0.51,
        numFmt: '0.00',
      },
    ],
    [
      '2014',
      {
        v: 346.69,
        numFmt: '0.00',
      },
      {
        v: 1.74,
        numFmt: '0.00',
      },
      {
        v: 0.5,
        numFmt: '0.00',
      },
      {
        v: 12,
        numFmt: '0.00',
      },
      {
        v: 7.33,
        numFmt: '0.00',
      },
      {
        v: 4.67,
        numFmt: '0.00',
      },
      {
        v: 51.14,
        numFmt: '0.00',
      },
      {
        v: 0.63,
        numFmt: '0.00',
      },
    ],
    [
      '2015',
      {
        v: 350.06,
        numFmt: '0.00',
      },
      {
        v: 3.37,
        numFmt: '0.00',
      },
      {
        v: 0.97,
        numFmt: '0.00',
      },
      {
        v: 5.55,
        numFmt: '0.00',
      },
      {
        v: 7.84,
        numFmt: '0.00',
      },
      {
        v: -2.29,
        numFmt: '0.00',
      },
      {
        v: 52.21,
        numFmt: '0.00',
      },
      {
        v: 1.07,
        numFmt: '0.00',
      },
    ],
    [
      '2016',
      {
        v: 350.04,
        numFmt: '0.00',
      },
      {
        v: -0.02,
        numFmt: '0.00',
      },
      {
        v: -0.01,
        numFmt: '0.00',
      },
      {
        v: 9.78,
        numFmt: '0.00',
      },
      {
        v: 6.36,
        numFmt: '0.00',
      },
      {
        v: 3.42,
        numFmt: '0.00',
      },
      {
        v: 53.04,
        numFmt: '0.00',
      },
      {
        v: 0.83,
        numFmt: '0.00',
      },
    ],
    [
      '2017',
      {
        v: 353.17,
        numFmt: '0.00',
      },
      {
        v: 3.13,
        numFmt: '0.00',
      },
      {
        v: 0.89,
        numFmt: '0.00',
      },
      {
        v: 6.19,
        numFmt: '0.00',
      },
      {
        v: 5.89,
        numFmt: '0.00',
      },
      {
        v: 0.3,
        numFmt: '0.00',
      },
      {
        v: 54.09,
        numFmt: '0.00',
      },
      {
        v: 1.05,
        numFmt: '0.00',
      },
    ],
    [
      '2018年',
      {
        v: 353.63,
        numFmt: '0.00',
      },
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 0.13,
        numFmt: '0.00',
      },
      {
        v: 7.33,
        numFmt: '0.00',
      },
      {
        v: 6.22,
        numFmt: '0.00',
      },
      {
        v: 1.11,
        numFmt: '0.00',
      },
      {
        v: 54.69,
        numFmt: '0.00',
      },
      {
        v: 0.6,
        numFmt: '0.00',
      },
    ],
    [
      '2019',
      {
        v: 354.94,
        numFmt: '0.00',
      },
      {
        v: 1.31,
        numFmt: '0.00',
      },
      {
        v: 0.37,
        numFmt: '0.00',
      },
      {
        v: 6.27,
        numFmt: '0.00',
      },
      {
        v: 8.41,
        numFmt: '0.00',
      },
      {
        v: -2.14,
        numFmt: '0.00',
      },
      {
        v: 55.59,
        numFmt: '0.00',
      },
      {
        v: 0.9,
        numFmt: '0.00',
      },
    ],
    [
      '2020年',
      {
        v: 356.82,
        numFmt: '0.00',
      },
      {
        v: 1.88,
        numFmt: '0.00',
      },
      {
        v: 0.53,
        numFmt: '0.00',
      },
      {
        v: 10.1,
        numFmt: '0.00',
      },
      {
        v: 6.13,
        numFmt: '0.00',
      },
      {
        v: 3.97,
        numFmt: '0.00',
      },
      {
        v: 56.88,
        numFmt: '0.00',
      },
      {
        v: 1.29,
        numFmt: '0.00',
      },
    ],
    [
      '2021',
      {
        v: 359.25,
        numFmt: '0.00',
      },
      {
        v: 2.43,
        numFmt: '0.00',
      },
      {
        v: 0.68,
        numFmt: '0.00',
      },
      {
        v: 9.12,
        numFmt: '0.00',
      },
      {
        v: 7.86,
        numFmt: '0.00',
      },
      {
        v: 1.26,
        numFmt: '0.00',
      },
      {
        v: 57.94,
        numFmt: '0.00',
      },
      {
        v: 1.06,
        numFmt: '0.00',
      },
    ],
    [
      '2022年',
      {
        v: 362.02,
        numFmt: '0.00',
      },
      {
        v: 2.77,
        numFmt: '0.00',
      },
      {
        v: 0.77,
        numFmt: '0.00',
      },
      {
        v: 9.41,
        numFmt: '0.00',
      },
      {
        v: 6.33,
        numFmt: '0.00',
      },
      {
        v: 3.08,
        numFmt: '0.00',
      },
      {
        v: 58.87,
        numFmt: '0.00',
      },
      {
        v: 0.93,
        numFmt: '0.00',
      },
    ],
    ['填报单位：市统计局人口和就业统计科'],
    ['填报人：王丽    审核人：陈刚    报出日期：2025年3月10日'],
  ],
  plant: {
    address: 'C8',
    value: 1,
  },
};
const seriesDifferenceDescending: CaseSheet = {
  name: '历年主要指标',
  rows: [
    ['中溪市历年人口主要指标'],
    [
      '年份',
      '年末总人口（人）',
      '比上年增减（人）',
      '出生率(‰)',
      '死亡率(‰)',
      '自然增长率(‰)',
      '城镇化率(%)',
      '城镇化率提高（百分点）',
    ],
    [
      '2024年',
      {
        v: 4976023,
        numFmt: '0',
      },
      {
        v: 14849,
        numFmt: '#,##0',
      },
      {
        v: 12.08,
        numFmt: '0.00',
      },
      {
        v: 7.57,
        numFmt: '0.00',
      },
      {
        v: 4.51,
        numFmt: '0.00',
      },
      {
        v: 50.71,
        numFmt: '0.00',
      },
      {
        v: 0.91,
        numFmt: '0.00',
      },
    ],
    [
      2023,
      {
        v: 4961174,
        numFmt: '0',
      },
      {
        v: 38011,
        numFmt: '#,##0',
      },
      {
        v: 12.17,
        numFmt: '0.00',
      },
      {
        v: 8.01,
        numFmt: '0.00',
      },
      {
        v: 4.16,
        numFmt: '0.00',
      },
      {
        v: 49.8,
        numFmt: '0.00',
      },
      {
        v: 0.75,
        numFmt: '0.00',
      },
    ],
    [
      '2022年',
      {
        v: 4923163,
        numFmt: '0',
      },
      {
        v: 10048,
        numFmt: '0',
      },
      {
        v: 5.67,
        numFmt: '0.00',
      },
      {
        v: 6.29,
        numFmt: '0.00',
      },
      {
        v: -0.62,
        numFmt: '0.00',
      },
      {
        v: 49.05,
        numFmt: '0.00',
      },
      {
        v: 0.8,
        numFmt: '0.00',
      },
    ],
    [
      '2021年',
      {
        v: 4913115,
        numFmt: '#,##0',
      },
      {
        v: 53974,
        numFmt: '#,##0',
      },
      {
        v: 6.73,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0.00',
      },
      {
        v: -1.27,
        numFmt: '0.00',
      },
      {
        v: 48.25,
        numFmt: '0.00',
      },
      {
        v: 1.06,
        numFmt: '0.00',
      },
    ],
    [
      '2020年',
      {
        v: 4859141,
        numFmt: '#,##0',
      },
      {
        v: -18629,
        numFmt: '0',
      },
      {
        v: 7.44,
        numFmt: '0.00',
      },
      {
        v: 6.66,
        numFmt: '0.00',
      },
      {
        v: 0.78,
        numFmt: '0.00',
      },
      {
        v: 47.19,
        numFmt: '0.00',
      },
      {
        v: 0.47,
        numFmt: '0.00',
      },
    ],
    [
      2019,
      {
        v: 4877770,
        numFmt: '0',
      },
      {
        v: 8643,
        numFmt: '0',
      },
      {
        v: 6.9,
        numFmt: '0.00',
      },
      {
        v: 7.48,
        numFmt: '0.00',
      },
      {
        v: -0.58,
        numFmt: '0.00',
      },
      {
        v: 46.72,
        numFmt: '0.00',
      },
      {
        v: 1.52,
        numFmt: '0.00',
      },
    ],
    [
      '2018年',
      {
        v: 4869127,
        numFmt: '#,##0',
      },
      {
        v: -20004,
        numFmt: '#,##0',
      },
      {
        v: 9.73,
        numFmt: '0.00',
      },
      {
        v: 7.18,
        numFmt: '0.00',
      },
      {
        v: 2.55,
        numFmt: '0.00',
      },
      {
        v: 45.2,
        numFmt: '0.00',
      },
      {
        v: 0.68,
        numFmt: '0.00',
      },
    ],
    [
      2017,
      {
        v: 4889131,
        numFmt: '#,##0',
      },
      {
        v: -17022,
        numFmt: '#,##0',
      },
      {
        v: 6.88,
        numFmt: '0.00',
      },
      {
        v: 7.68,
        numFmt: '0.00',
      },
      {
        v: -0.8,
        numFmt: '0.00',
      },
      {
        v: 44.52,
        numFmt: '0.00',
      },
      {
        v: 0.96,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：本表为年末数。'],
    ['资料来源：市统计局、市公安局'],
  ],
  merges: ['A1:H1'],
  plant: {
    address: 'C5',
    value: 7877,
  },
};
const seriesDifferenceOfShares: CaseSheet = {
  name: '三次产业结构',
  rows: [
    ['三次产业构成'],
    ['（地区生产总值=100）'],
    [null, null, null, null, null, '（单位：%）'],
    ['年份', '地区生产总值', '第一产业', '第二产业', '第三产业', '第三产业比重增减（百分点）'],
    [
      2018,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 16.9,
        numFmt: '0.0',
      },
      {
        v: 41.4,
        numFmt: '0.0',
      },
      {
        v: 41.7,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      2019,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 16,
        numFmt: '0.0',
      },
      {
        v: 39.9,
        numFmt: '0.0',
      },
      {
        v: 44.1,
        numFmt: '0.0',
      },
      '2.4',
    ],
    [
      2020,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 15.4,
        numFmt: '0.0',
      },
      {
        v: 41,
        numFmt: '0.0',
      },
      '43.6',
      {
        v: -0.5,
        numFmt: '0.0',
      },
    ],
    [
      2021,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 15.5,
        numFmt: '0.0',
      },
      {
        v: 39.5,
        numFmt: '0.0',
      },
      {
        v: 45,
        numFmt: '0.0',
      },
      '1.4',
    ],
    [
      2022,
      {
        v: 100,
        numFmt: '0.0',
      },
      '14.6',
      {
        v: 39.7,
        numFmt: '0.0',
      },
      {
        v: 45.7,
        numFmt: '0.0',
      },
      {
        v: 0.7,
        numFmt: '0.0',
      },
    ],
    [
      2023,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 13.5,
        numFmt: '0.0',
      },
      {
        v: 38.2,
        numFmt: '0.0',
      },
      {
        v: 48.3,
        numFmt: '0.0',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
    ],
    [
      2024,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 12.6,
        numFmt: '0.0',
      },
      {
        v: 36.5,
        numFmt: '0.0',
      },
      {
        v: 50.9,
        numFmt: '0.0',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
    ],
    ['填报单位：县统计局    填报人：张伟    审核人：赵磊    填报日期：2025年3月22日'],
  ],
  merges: ['A1:F1', 'A2:F2'],
  plant: {
    address: 'F11',
    value: 9.9,
  },
};

describeCaseBook('round-112', [
  growthOverEarlierLevel,
  naturalGrowthAsDifference,
  sexRatioAcrossRegions,
  groupsOfTheRowAbove,
  seriesDifference,
  seriesDifferenceDescending,
  seriesDifferenceOfShares,
]);
