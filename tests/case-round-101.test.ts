import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 101 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round101a and /tmp/round101b, with the figures they generated). 101A, party building in law firms (律师行业党建):
 * - 2023年 | 2022年 | 比上年增减 down a table of indicators: the headed difference is the points at a rate row
 *   (党员律师占比 24.3 | 24.5 | −0.2), so a wrong one there is a finding (probe_045).
 * 101B, party building in residential property management (红色物业):
 * - 业委会数 / 本年 | 上年 | 比上年增长 then 其中：党员担任主任 / 本年 | 上年 | 增长: the 其中 group repeats the one before
 *   but for its rate, each count a part of its namesake (cases_005).
 * - 其中：已建立党组织的 | （1）单独组建 | （2）联合组建, typed deeper than the 其中 row and short of its name: the numbered
 *   rows add up to the part above them and are its parts (cases_009).
 * - 一、住宅小区总数 | 其中：… | 小区党组织覆盖率 | 二、物业服务企业数 …, no 单位 column: a rate typed at a 其中 row's
 *   indent is no part of the count above, and a total numbered as the rows after it is no sum of them (cases_007).
 * - 住宅小区总数 over 物业服务企业数, 业主委员会数 and 交叉任职人数, regions as columns: counts of other things, adding up to
 *   it in no column, are no members of it (hunt2_001).
 * - 物业服务企业 / 总数 | 其中：已建党组织 / 小计 | 单独组建 | 联合组建: the 小计 is the part of 总数, the others its parts
 *   (hunt2_029).
 */

const pointsOfRateRow: CaseSheet = {
  name: '同比',
  rows: [
    ['附表2'],
    ['市本级律师行业党建主要指标（2023年）'],
    [null, null, null, null, null, '单位：个、人、%'],
    ['指标', '单位', '2023年', '2022年', '比上年增减', '增长（%）'],
    [
      '一、律师事务所',
      '个',
      155,
      146,
      9,
      {
        v: 6.2,
        numFmt: '0.0',
      },
    ],
    [
      '二、执业律师',
      '人',
      2122,
      2014,
      108,
      {
        v: 5.4,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：党员律师',
      '人',
      515,
      494,
      21,
      {
        v: 4.3,
        numFmt: '0.0',
      },
    ],
    [
      '  党员律师占比',
      '%',
      {
        v: 24.3,
        numFmt: '0.0',
      },
      {
        v: 24.5,
        numFmt: '0.0',
      },
      {
        v: -0.2,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '三、建立党组织的律所',
      '个',
      151,
      146,
      5,
      {
        v: 3.4,
        numFmt: '0.0',
      },
    ],
    [
      '  党组织覆盖率',
      '%',
      {
        v: 97.4,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: -2.6,
        numFmt: '0.0',
      },
      '—',
    ],
    [],
    ['注：1.党组织覆盖率=建立党组织的律所数÷律所总数×100%；2.联合建指与其他律所联合组建党组织。'],
    ['填报人：刘洋    审核人：陈刚    填报日期：2025年1月6日'],
  ],
  merges: ['A2:F2'],
  plant: {
    address: 'E8',
    value: -3.6,
  },
};

const ofWhichGroupWithGrowth: CaseSheet = {
  name: '同比',
  rows: [
    ['青州市业主委员会党建情况统计表'],
    ['（2024年与2023年对比）'],
    ['计量单位：个、人、%'],
    ['单位', '业委会数', null, null, '其中：党员担任主任', null, null, '党员担任主任占比(%)'],
    [null, '本年', '上年', '比上年增长(%)', '本年', '上年', '增长(%)', '本年', '上年', '提高百分点'],
    [
      '全市合计',
      543,
      531,
      {
        v: 2.26,
        numFmt: '0.00',
      },
      330,
      265,
      {
        v: 24.53,
        numFmt: '0.00',
      },
      {
        v: 60.8,
        numFmt: '0.0',
      },
      {
        v: 49.9,
        numFmt: '0.0',
      },
      {
        v: 10.9,
        numFmt: '0.0',
      },
    ],
    [
      '东山县',
      65,
      71,
      {
        v: -8.45,
        numFmt: '0.00',
      },
      14,
      12,
      {
        v: 16.67,
        numFmt: '0.00',
      },
      {
        v: 21.5,
        numFmt: '0.0',
      },
      {
        v: 16.9,
        numFmt: '0.0',
      },
      {
        v: 4.6,
        numFmt: '0.0',
      },
    ],
    [
      '兴隆县',
      44,
      31,
      {
        v: 41.94,
        numFmt: '0.00',
      },
      39,
      23,
      {
        v: 69.57,
        numFmt: '0.00',
      },
      {
        v: 88.6,
        numFmt: '0.0',
      },
      {
        v: 74.2,
        numFmt: '0.0',
      },
      {
        v: 14.4,
        numFmt: '0.0',
      },
    ],
    [
      '临河县',
      227,
      239,
      {
        v: -5.02,
        numFmt: '0.00',
      },
      190,
      177,
      {
        v: 7.34,
        numFmt: '0.00',
      },
      {
        v: 83.7,
        numFmt: '0.0',
      },
      {
        v: 74.1,
        numFmt: '0.0',
      },
      {
        v: 9.6,
        numFmt: '0.0',
      },
    ],
    [
      '平安县',
      42,
      27,
      {
        v: 55.56,
        numFmt: '0.00',
      },
      16,
      11,
      {
        v: 45.45,
        numFmt: '0.00',
      },
      {
        v: 38.1,
        numFmt: '0.0',
      },
      {
        v: 40.7,
        numFmt: '0.0',
      },
      {
        v: -2.6,
        numFmt: '0.0',
      },
    ],
    [
      '长乐县',
      30,
      23,
      {
        v: 30.43,
        numFmt: '0.00',
      },
      12,
      7,
      {
        v: 71.43,
        numFmt: '0.00',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 30.4,
        numFmt: '0.0',
      },
      {
        v: 9.6,
        numFmt: '0.0',
      },
    ],
    [
      '石桥区',
      71,
      70,
      {
        v: 1.43,
        numFmt: '0.00',
      },
      42,
      23,
      {
        v: 82.61,
        numFmt: '0.00',
      },
      {
        v: 59.2,
        numFmt: '0.0',
      },
      {
        v: 32.9,
        numFmt: '0.0',
      },
      {
        v: 26.3,
        numFmt: '0.0',
      },
    ],
    [
      '安平县',
      64,
      70,
      {
        v: -8.57,
        numFmt: '0.00',
      },
      17,
      12,
      {
        v: 41.67,
        numFmt: '0.00',
      },
      {
        v: 26.6,
        numFmt: '0.0',
      },
      {
        v: 17.1,
        numFmt: '0.0',
      },
      {
        v: 9.5,
        numFmt: '0.0',
      },
    ],
    ['注：1.覆盖率=已建立党组织数÷总数×100%；2.本表数据截至本季度末。'],
  ],
  merges: ['A1:J1', 'A2:J2', 'B4:D4', 'E4:G4', 'H4:J4', 'A4:A5', 'A14:J14'],
  plant: {
    address: 'E8',
    value: 50,
  },
};

const numberedUnderPart: CaseSheet = {
  name: '分地区',
  rows: [
    ['永宁县物业服务企业和小区党建情况一览表'],
    ['2023年度'],
    [null, null, null, null, null, null, null, null, '单位：个、%'],
    ['指标', '计量单位', '光明街道', '金山镇', '文化街道', '桥西街道', '解放镇', '东湖镇', '总计'],
    ['住宅小区总数', '个', 43, 29, 10, 13, 21, 47, 163],
    ['    其中：实行物业管理的小区', '个', 34, 20, 9, 13, 20, 32, 128],
    ['          已建立党组织的小区', '个', 14, 12, 7, 9, 20, 25, 87],
    [
      '    小区党组织覆盖率',
      '%',
      {
        v: 32.6,
        numFmt: '0.0',
      },
      {
        v: 41.4,
        numFmt: '0.0',
      },
      {
        v: 70,
        numFmt: '0.0',
      },
      {
        v: 69.2,
        numFmt: '0.0',
      },
      {
        v: 95.2,
        numFmt: '0.0',
      },
      {
        v: 53.2,
        numFmt: '0.0',
      },
      {
        v: 53.4,
        numFmt: '0.0',
      },
    ],
    ['物业服务企业数', '家', 20, 9, 6, 4, 9, 16, 64],
    ['    其中：已建立党组织的', '家', 16, 7, 4, 3, 8, 16, 54],
    ['      （1）单独组建', '家', 6, 3, 2, 3, 4, 4, 22],
    ['      （2）联合组建', '家', 10, 4, 2, null, 4, 12, 32],
    [
      '    物业企业党组织覆盖率',
      '%',
      {
        v: 80,
        numFmt: '0.0',
      },
      {
        v: 77.8,
        numFmt: '0.0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      {
        v: 75,
        numFmt: '0.0',
      },
      {
        v: 88.9,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 84.4,
        numFmt: '0.0',
      },
    ],
    ['业主委员会数', '个', 21, 19, 8, 4, 13, 19, 84],
    ['    其中：党员担任主任的', '个', 17, 17, 3, 3, 7, 5, 52],
    [
      '    党员担任主任占比',
      '%',
      {
        v: 81,
        numFmt: '0.0',
      },
      {
        v: 89.5,
        numFmt: '0.0',
      },
      {
        v: 37.5,
        numFmt: '0.0',
      },
      {
        v: 75,
        numFmt: '0.0',
      },
      {
        v: 53.8,
        numFmt: '0.0',
      },
      {
        v: 26.3,
        numFmt: '0.0',
      },
      {
        v: 61.9,
        numFmt: '0.0',
      },
    ],
    ['“双向进入、交叉任职”人数', '人', 20, 23, 2, 6, 7, 11, 69],
  ],
  merges: ['A1:I1', 'A2:I2'],
  plant: {
    address: 'E11',
    value: 4,
  },
};

const ratesTypedAmongParts: CaseSheet = {
  name: '表2',
  rows: [
    ['全省小区党组织建设情况统计表'],
    ['指标', '合计', '北原市', '省会市', '梅林市', '临海市', '宁远市'],
    ['一、住宅小区总数', 9280, 2845, 2752, 540, 1281, 1862],
    ['    其中：实行物业管理的小区', 7454, 2041, 2680, 509, 897, 1327],
    ['          已建立党组织的小区', 4955, 1715, 1147, 412, 416, 1265],
    [
      '    小区党组织覆盖率',
      {
        v: 53.39,
        numFmt: '0.00',
      },
      {
        v: 60.28,
        numFmt: '0.00',
      },
      {
        v: 41.68,
        numFmt: '0.00',
      },
      {
        v: 76.3,
        numFmt: '0.00',
      },
      {
        v: 32.47,
        numFmt: '0.00',
      },
      {
        v: 67.94,
        numFmt: '0.00',
      },
    ],
    ['二、物业服务企业数', 5246, 1410, 1601, 264, 755, 1216],
    ['    其中：已建立党组织的', 3792, 970, 1467, 207, 573, 575],
    ['      （1）单独组建', 1869, 114, 934, 95, 432, 294],
    ['      （2）联合组建', 1923, 856, 533, 112, 141, 281],
    [
      '    物业企业党组织覆盖率',
      {
        v: 72.28,
        numFmt: '0.00',
      },
      {
        v: 68.79,
        numFmt: '0.00',
      },
      {
        v: 91.63,
        numFmt: '0.00',
      },
      {
        v: 78.41,
        numFmt: '0.00',
      },
      {
        v: 75.89,
        numFmt: '0.00',
      },
      {
        v: 47.29,
        numFmt: '0.00',
      },
    ],
    ['三、业主委员会数', 5331, 2274, 1660, 389, 396, 612],
    ['    其中：党员担任主任的', 3333, 1257, 1206, 333, 85, 452],
    [
      '    党员担任主任占比',
      {
        v: 62.52,
        numFmt: '0.00',
      },
      {
        v: 55.28,
        numFmt: '0.00',
      },
      {
        v: 72.65,
        numFmt: '0.00',
      },
      {
        v: 85.6,
        numFmt: '0.00',
      },
      {
        v: 21.46,
        numFmt: '0.00',
      },
      {
        v: 73.86,
        numFmt: '0.00',
      },
    ],
    ['四、“双向进入、交叉任职”人数', 2765, 148, 1051, 521, 305, 740],
    [],
    ['注：1.覆盖率=已建立党组织数÷总数×100%；2.本表数据截至本季度末。'],
    ['填报人：王丽        审核人：赵磊        填报日期：2024年10月3日'],
  ],
  merges: ['A1:G1'],
  plant: {
    address: 'E9',
    value: 120,
  },
};

const countsUnderCount: CaseSheet = {
  name: '分地区',
  rows: [
    ['永宁县物业服务企业和小区党建情况一览表'],
    [null, null, null, null, null, null, null, null, null, null, '单位：个、%'],
    ['指标', '全县', '城关镇', '桥西街道', '龙泉街道', '胜利街道', '东湖镇', '花园镇', '桥东镇', '北关镇', '东城镇'],
    ['住宅小区总数', 290, 10, 37, 14, 20, 49, '52', '34', 60, 14],
    ['    其中：已建立党组织的小区', '153', 5, 29, '7', '12', '25', 29, '16', 22, 8],
    [
      '    小区党组织覆盖率',
      '52.76',
      {
        v: 50,
        numFmt: '0.00',
      },
      '78.38',
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 60,
        numFmt: '0.00',
      },
      {
        v: 51.02,
        numFmt: '0.00',
      },
      {
        v: 55.77,
        numFmt: '0.00',
      },
      '47.06',
      {
        v: 36.67,
        numFmt: '0.00',
      },
      {
        v: 57.14,
        numFmt: '0.00',
      },
    ],
    ['物业服务企业数', 141, '5', 17, '8', 13, '22', '36', '12', '20', 8],
    ['    其中：已建立党组织的', 91, 4, 9, '4', 7, 20, 23, 7, 9, 8],
    ['      （1）单独组建', 45, 3, 8, 2, 3, '5', '14', 3, 2, 5],
    ['      （2）联合组建', 46, 1, '1', 2, '4', 15, 9, 4, '7', 3],
    [
      '    物业企业党组织覆盖率',
      {
        v: 64.54,
        numFmt: '0.00',
      },
      {
        v: 80,
        numFmt: '0.00',
      },
      {
        v: 52.94,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 53.85,
        numFmt: '0.00',
      },
      {
        v: 90.91,
        numFmt: '0.00',
      },
      {
        v: 63.89,
        numFmt: '0.00',
      },
      {
        v: 58.33,
        numFmt: '0.00',
      },
      '45.00',
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
    ['业主委员会数', 162, 3, 18, '6', 11, '43', 33, 21, 20, 7],
    ['    其中：党员担任主任的', '96', 1, '13', 3, 9, 24, 17, 10, 15, '4'],
    [
      '    党员担任主任占比',
      {
        v: 59.26,
        numFmt: '0.00',
      },
      {
        v: 33.33,
        numFmt: '0.00',
      },
      {
        v: 72.22,
        numFmt: '0.00',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 81.82,
        numFmt: '0.00',
      },
      {
        v: 55.81,
        numFmt: '0.00',
      },
      '51.52',
      {
        v: 47.62,
        numFmt: '0.00',
      },
      '75.00',
      {
        v: 57.14,
        numFmt: '0.00',
      },
    ],
    ['“双向进入、交叉任职”人数', 114, null, 20, '8', 10, '26', 16, '4', '30'],
    [],
    ['注：小区数含老旧小区、无物业管理小区。'],
    ['填报人：刘洋        审核人：刘洋        填报日期：2024年10月7日'],
  ],
  merges: ['A1:K1'],
  plant: {
    address: 'D5',
    value: 40,
  },
};

const subtotalOfGroup: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['城东区红色物业基本情况统计表'],
    ['单位：个，%'],
    ['序号', '街道/社区', '居民小区', null, null, '物业服务企业'],
    [
      null,
      null,
      '小区数',
      '已建党组织小区数',
      '党组织覆盖率（%）',
      '总数',
      '其中：已建党组织',
      null,
      null,
      '覆盖率(%)',
    ],
    [null, null, null, null, null, null, '小计', '单独组建', '联合组建'],
    ['', '甲', 1, 2, 3, 4, 5, 6, 7, 8],
    [1, '幸福镇', 56, 31, '55.4', 25, '8', 4, 4, '32.0'],
    [
      2,
      '金山镇',
      58,
      '49',
      {
        v: 84.5,
        numFmt: '0.0',
      },
      32,
      19,
      16,
      '3',
      {
        v: 59.4,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '朝阳街道',
      59,
      27,
      {
        v: 45.8,
        numFmt: '0.0',
      },
      20,
      18,
      '8',
      10,
      {
        v: 90,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '滨河街道',
      25,
      18,
      {
        v: 72,
        numFmt: '0.0',
      },
      12,
      '6',
      2,
      4,
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '新华镇',
      52,
      19,
      {
        v: 36.5,
        numFmt: '0.0',
      },
      12,
      '7',
      '—',
      7,
      {
        v: 58.3,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '北关镇',
      11,
      8,
      {
        v: 72.7,
        numFmt: '0.0',
      },
      3,
      '2',
      1,
      1,
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '向阳街道',
      '48',
      21,
      '43.8',
      '29',
      10,
      9,
      1,
      {
        v: 34.5,
        numFmt: '0.0',
      },
    ],
    [
      8,
      '城关镇',
      '9',
      6,
      {
        v: 66.7,
        numFmt: '0.0',
      },
      2,
      '1',
      '—',
      '1',
      '50.0',
    ],
    [
      9,
      '西城镇',
      8,
      4,
      {
        v: 50,
        numFmt: '0.0',
      },
      4,
      2,
      2,
      '—',
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '总计',
      326,
      '183',
      {
        v: 56.1,
        numFmt: '0.0',
      },
      '139',
      73,
      42,
      31,
      '52.5',
    ],
    [],
    ['注：1.覆盖率=已建立党组织数÷总数×100%；2.本表数据截至本季度末。'],
    ['注：党员担任业委会主任占比=党员担任主任的业委会数÷业委会总数×100%。'],
  ],
  merges: [
    'A1:J1',
    'C3:E3',
    'F3:J3',
    'A3:A5',
    'B3:B5',
    'G4:I4',
    'C4:C5',
    'D4:D5',
    'E4:E5',
    'F4:F5',
    'J4:J5',
    'A19:J19',
  ],
  plant: {
    address: 'H9',
    value: 12,
  },
};

describe('round 101A: party building in law firms', () => {
  describeCaseBook('round101-points-of-rate-row', [pointsOfRateRow]);
});

describe('round 101B: party building in residential property management', () => {
  describeCaseBook('round101-of-which-group-with-growth', [ofWhichGroupWithGrowth]);
  describeCaseBook('round101-numbered-under-part', [numberedUnderPart]);
  describeCaseBook('round101-rates-typed-among-parts', [ratesTypedAmongParts]);
  describeCaseBook('round101-counts-under-count', [countsUnderCount]);
  describeCaseBook('round101-subtotal-of-group', [subtotalOfGroup]);
});
