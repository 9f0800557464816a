import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 109 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round103a, /tmp/round109a and /tmp/round109b, with the figures they generated). 109A, term elections of
 * party organisations (党组织换届选举); 109B, floating party members (流动党员):
 * - 报到率(%)本年 | 报到率(%)上年同期 | 报到率(%)±百分点, regions as columns under 单位：人: the unit before the period is
 *   the row's, a rate, no head count (109B probe_013); so is 按期换届率(%)（本年）, and 应换届党组织数(个)（增减） is a
 *   count's change, which may go below zero (109A hunt1_021).
 * - 年度应换届数 658 in each month and in 全年合计: a level the months repeat, no sum of them (109A hunt1_001).
 * - 序号 1–12 over the months, then 累计 with none: the running total of the year, no item of 12月 (109A hunt1_031).
 * - 非公有制企业小计 | 其中：规模以上企业 | 社会团体 | 社会服务机构 | 基金会 (typed deeper) | 社会组织小计: the kinds after the
 *   其中 row are the next 小计's, not more of the list (109A hunt1_057).
 * - 按期换届率(%)（增减(百分点)） typed 2 for 85.7 − 87.5, regions as columns, in a column whose only negative figures
 *   stand on rows of rates: a row of changes may go below zero, so its cell is the one to blame (109A probe2_014).
 *
 * One book left false by round 103A (hunt1_061): 事故起数 | 死亡（人） | 亿元GDP生产安全事故死亡率 merged down over 本期 |
 * 上年同期 | 比上年增减, regions as columns: 街道 | its four streets | 各镇小计 | its towns | 全县. Turned, the merged names are
 * the header row above the periods (本期 of a count and 本期 of a rate read apart), and 街道, a level's name, heads its
 * streets as 各镇小计 heads its towns.
 */

const indicatorNamesMergedDown: CaseSheet = {
  name: '表2 分地区',
  rows: [
    ['2024年各县（市、区）生产安全事故情况'],
    [null, null, null, null, null, null, null, null, null, null, null, null, '单位：起、人、万元、亿元'],
    [
      '项目',
      null,
      '街道',
      '西石街道',
      '云兴街道',
      '德永街道',
      '清长街道',
      '各镇小计',
      '金宁乡',
      '长凤乡',
      '南桃乡',
      '云长乡',
      '全县',
    ],
    [
      '事故起数',
      '本期',
      {
        v: 24,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      null,
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 42,
        numFmt: '#,##0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 24,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 11,
        numFmt: '#,##0',
      },
      null,
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 8,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 41,
        numFmt: '#,##0',
      },
    ],
    [
      null,
      '同比增减（%）',
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 75,
        numFmt: '0.00',
      },
      {
        v: -22.22,
        numFmt: '0.00',
      },
      {
        v: -9.09,
        numFmt: '0.00',
      },
      '—',
      {
        v: 5.88,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -12.5,
        numFmt: '0.00',
      },
      {
        v: 66.67,
        numFmt: '0.00',
      },
      {
        v: 2.44,
        numFmt: '0.00',
      },
    ],
    [
      '死亡（人）',
      '数量',
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      null,
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 6,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      null,
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 23,
        numFmt: '#,##0',
      },
    ],
    [
      null,
      '构成（%）',
      {
        v: 43.48,
        numFmt: '0.00',
      },
      {
        v: 17.39,
        numFmt: '0.00',
      },
      {
        v: 13.04,
        numFmt: '0.00',
      },
      {
        v: 13.04,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 56.52,
        numFmt: '0.00',
      },
      {
        v: 26.09,
        numFmt: '0.00',
      },
      {
        v: 13.04,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 17.39,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
    [
      '地区生产总值（亿元）',
      null,
      {
        v: 636.1,
        numFmt: '0.0',
      },
      {
        v: 70.8,
        numFmt: '0.0',
      },
      {
        v: 239.5,
        numFmt: '0.0',
      },
      {
        v: 298.3,
        numFmt: '0.0',
      },
      {
        v: 27.5,
        numFmt: '0.0',
      },
      {
        v: 588.6,
        numFmt: '0.0',
      },
      {
        v: 208.2,
        numFmt: '0.0',
      },
      {
        v: 291.4,
        numFmt: '0.0',
      },
      {
        v: 65.1,
        numFmt: '0.0',
      },
      {
        v: 23.9,
        numFmt: '0.0',
      },
      {
        v: 1224.7,
        numFmt: '0.0',
      },
    ],
    [
      '亿元GDP生产安全事故死亡率',
      '本期',
      {
        v: 0.016,
        numFmt: '0.000',
      },
      {
        v: 0.056,
        numFmt: '0.000',
      },
      {
        v: 0.013,
        numFmt: '0.000',
      },
      {
        v: 0.01,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.022,
        numFmt: '0.000',
      },
      {
        v: 0.029,
        numFmt: '0.000',
      },
      {
        v: 0.01,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.167,
        numFmt: '0.000',
      },
      {
        v: 0.019,
        numFmt: '0.000',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 0.02,
        numFmt: '0.000',
      },
      {
        v: 0.059,
        numFmt: '0.000',
      },
      {
        v: 0.013,
        numFmt: '0.000',
      },
      {
        v: 0.014,
        numFmt: '0.000',
      },
      {
        v: 0.039,
        numFmt: '0.000',
      },
      {
        v: 0.011,
        numFmt: '0.000',
      },
      {
        v: 0.026,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.016,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.016,
        numFmt: '0.000',
      },
    ],
    [
      null,
      '比上年增减',
      {
        v: -0.004,
        numFmt: '0.000',
      },
      {
        v: -0.003,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: -0.004,
        numFmt: '0.000',
      },
      {
        v: -0.039,
        numFmt: '0.000',
      },
      {
        v: 0.011,
        numFmt: '0.000',
      },
      {
        v: 0.003,
        numFmt: '0.000',
      },
      {
        v: 0.01,
        numFmt: '0.000',
      },
      {
        v: -0.016,
        numFmt: '0.000',
      },
      {
        v: 0.167,
        numFmt: '0.000',
      },
      {
        v: 0.003,
        numFmt: '0.000',
      },
    ],
    [],
    ['注：1.本表数据来源于应急管理部门生产安全事故统计系统；2.“—”表示无数据或无法计算。'],
    ['联系电话：0349-6189127'],
  ],
  merges: ['A1:M1', 'A3:B3', 'A4:A6', 'A7:A8', 'A9:B9', 'A10:A12'],
  plant: {
    address: 'D7',
    value: 6,
  },
};

const rateUnitBeforePeriod: CaseSheet = {
  name: '县区汇总',
  rows: [
    ['2024年全市非公企业和社会组织流入党员情况统计表'],
    [null, null, null, null, null, null, null, null, null, '单位：人'],
    ['指标', '平川区', '甘谷县', '高台县', '秦安县', '皋兰县', '山丹县', '凉州区', '阿克塞县', '合  计'],
    [null, '0', '1', '2', '3', '4', '5', '6', '7', '甲'],
    [
      '流入党员人数本年',
      {
        v: 2247,
        numFmt: '0',
      },
      {
        v: 2690,
        numFmt: '#,##0',
      },
      {
        v: 1736,
        numFmt: '0',
      },
      {
        v: 719,
        numFmt: '0',
      },
      {
        v: 1232,
        numFmt: '#,##0',
      },
      {
        v: 2865,
        numFmt: '#,##0',
      },
      {
        v: 2604,
        numFmt: '#,##0',
      },
      {
        v: 3023,
        numFmt: '#,##0',
      },
      {
        v: 17116,
        numFmt: '0',
      },
    ],
    [
      '流入党员人数上年',
      {
        v: 1866,
        numFmt: '0',
      },
      {
        v: 2522,
        numFmt: '0',
      },
      {
        v: 1435,
        numFmt: '0',
      },
      {
        v: 614,
        numFmt: '0',
      },
      {
        v: 1046,
        numFmt: '0',
      },
      {
        v: 3051,
        numFmt: '#,##0',
      },
      {
        v: 2776,
        numFmt: '#,##0',
      },
      {
        v: 2779,
        numFmt: '#,##0',
      },
      {
        v: 16089,
        numFmt: '0',
      },
    ],
    [
      '流入党员人数比上年同期增长(%)',
      {
        v: 20.4,
        numFmt: '0.0',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
      {
        v: 21,
        numFmt: '0.0',
      },
      {
        v: 17.1,
        numFmt: '0.0',
      },
      {
        v: 17.8,
        numFmt: '0.0',
      },
      {
        v: -6.1,
        numFmt: '0.0',
      },
      {
        v: -6.2,
        numFmt: '0.0',
      },
      {
        v: 8.8,
        numFmt: '0.0',
      },
      {
        v: 6.4,
        numFmt: '0.0',
      },
    ],
    [
      '已报到人数本年',
      {
        v: 2054,
        numFmt: '#,##0',
      },
      {
        v: 2185,
        numFmt: '#,##0',
      },
      {
        v: 1695,
        numFmt: '#,##0',
      },
      {
        v: 595,
        numFmt: '0',
      },
      {
        v: 986,
        numFmt: '0',
      },
      {
        v: 2744,
        numFmt: '#,##0',
      },
      {
        v: 2475,
        numFmt: '#,##0',
      },
      {
        v: 2966,
        numFmt: '#,##0',
      },
      {
        v: 15700,
        numFmt: '0',
      },
    ],
    [
      '已报到人数上年同期',
      {
        v: 1592,
        numFmt: '#,##0',
      },
      {
        v: 2274,
        numFmt: '0',
      },
      {
        v: 1304,
        numFmt: '#,##0',
      },
      {
        v: 454,
        numFmt: '0',
      },
      {
        v: 1012,
        numFmt: '#,##0',
      },
      {
        v: 2897,
        numFmt: '0',
      },
      {
        v: 2345,
        numFmt: '0',
      },
      {
        v: 2169,
        numFmt: '0',
      },
      {
        v: 14047,
        numFmt: '#,##0',
      },
    ],
    [
      '已报到人数增长(%)',
      {
        v: 29,
        numFmt: '0.0',
      },
      {
        v: -3.9,
        numFmt: '0.0',
      },
      {
        v: 30,
        numFmt: '0.0',
      },
      {
        v: 31.1,
        numFmt: '0.0',
      },
      {
        v: -2.6,
        numFmt: '0.0',
      },
      {
        v: -5.3,
        numFmt: '0.0',
      },
      {
        v: 5.5,
        numFmt: '0.0',
      },
      {
        v: 36.7,
        numFmt: '0.0',
      },
      {
        v: 11.8,
        numFmt: '0.0',
      },
    ],
    [
      '报到率(%)本年',
      {
        v: 91.4,
        numFmt: '0.0',
      },
      {
        v: 81.2,
        numFmt: '0.0',
      },
      {
        v: 97.6,
        numFmt: '0.0',
      },
      {
        v: 82.8,
        numFmt: '0.0',
      },
      {
        v: 80,
        numFmt: '0.0',
      },
      {
        v: 95.8,
        numFmt: '0.0',
      },
      {
        v: 95,
        numFmt: '0.0',
      },
      {
        v: 98.1,
        numFmt: '0.0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
    ],
    [
      '报到率(%)上年同期',
      {
        v: 85.3,
        numFmt: '0.0',
      },
      {
        v: 90.2,
        numFmt: '0.0',
      },
      {
        v: 90.9,
        numFmt: '0.0',
      },
      {
        v: 73.9,
        numFmt: '0.0',
      },
      {
        v: 96.7,
        numFmt: '0.0',
      },
      {
        v: 95,
        numFmt: '0.0',
      },
      {
        v: 84.5,
        numFmt: '0.0',
      },
      {
        v: 78,
        numFmt: '0.0',
      },
      {
        v: 87.3,
        numFmt: '0.0',
      },
    ],
    [
      '报到率(%)±百分点',
      {
        v: 6.1,
        numFmt: '0.0',
      },
      {
        v: -9,
        numFmt: '0.0',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
      {
        v: 8.9,
        numFmt: '0.0',
      },
      {
        v: -16.7,
        numFmt: '0.0',
      },
      {
        v: 0.8,
        numFmt: '0.0',
      },
      {
        v: 10.5,
        numFmt: '0.0',
      },
      {
        v: 20.1,
        numFmt: '0.0',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
    ],
    ['注：本表数据来源于全国党员管理信息系统。'],
    ['填报人：赵某    审核人：陈某某    联系电话：0931-8873448'],
  ],
  merges: ['A1:J1', 'A14:J14', 'A15:J15'],
  plant: {
    address: 'D11',
    value: 90.6,
  },
};

const periodInBracketAfterUnit: CaseSheet = {
  name: '分地区(横表)',
  rows: [
    ['青山县2019年“两新”组织党组织换届情况统计表'],
    ['（2019年度）'],
    [null, null, null, null, null, null, null, null, null, null, null, null, '单位：个，%'],
    ['序号', '项目', '全县', '一、街道', null, null, null, '二、乡镇'],
    [
      null,
      null,
      null,
      '小计',
      '城关街道',
      '东关街道',
      '新华街道',
      '小计',
      '龙山镇',
      '马坊镇',
      '柳林镇',
      '太平乡',
      '兴隆镇',
    ],
    ['甲', '乙', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [1, '应换届党组织数(个)（本年）', '602', '285', '58', '88', '139', '317', '133', '102', '24', '39', '19'],
    [2, '应换届党组织数(个)（上年）', '581', '263', '48', '83', '132', '318', '140', '102', '22', '33', '21'],
    [3, '应换届党组织数(个)（增减）', '21', '22', '10', '5', '7', '-1', '-7', '0', '2', '6', '-2'],
    [
      4,
      '应换届党组织数(个)（增长(%)）',
      {
        v: 3.61,
        numFmt: '0.00',
      },
      {
        v: 8.37,
        numFmt: '0.00',
      },
      {
        v: 20.83,
        numFmt: '0.00',
      },
      {
        v: 6.02,
        numFmt: '0.00',
      },
      {
        v: 5.3,
        numFmt: '0.00',
      },
      {
        v: -0.31,
        numFmt: '0.00',
      },
      {
        v: -5,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 9.09,
        numFmt: '0.00',
      },
      {
        v: 18.18,
        numFmt: '0.00',
      },
      {
        v: -9.52,
        numFmt: '0.00',
      },
    ],
    [5, '已按期换届数（本年）', '560', '261', '52', '84', '125', '299', '124', '95', '23', '39', '18'],
    [6, '已按期换届数（上年）', '519', '232', '38', '74', '120', '287', '123', '100', '22', '25', '17'],
    [
      7,
      '按期换届率(%)（本年）',
      {
        v: 93.02,
        numFmt: '0.00',
      },
      {
        v: 91.58,
        numFmt: '0.00',
      },
      {
        v: 89.66,
        numFmt: '0.00',
      },
      {
        v: 95.45,
        numFmt: '0.00',
      },
      {
        v: 89.93,
        numFmt: '0.00',
      },
      {
        v: 94.32,
        numFmt: '0.00',
      },
      {
        v: 93.23,
        numFmt: '0.00',
      },
      {
        v: 93.14,
        numFmt: '0.00',
      },
      {
        v: 95.83,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      {
        v: 94.74,
        numFmt: '0.00',
      },
    ],
    [
      8,
      '按期换届率(%)（上年）',
      {
        v: 89.33,
        numFmt: '0.00',
      },
      {
        v: 88.21,
        numFmt: '0.00',
      },
      {
        v: 79.17,
        numFmt: '0.00',
      },
      {
        v: 89.16,
        numFmt: '0.00',
      },
      {
        v: 90.91,
        numFmt: '0.00',
      },
      {
        v: 90.25,
        numFmt: '0.00',
      },
      {
        v: 87.86,
        numFmt: '0.00',
      },
      {
        v: 98.04,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      {
        v: 75.76,
        numFmt: '0.00',
      },
      {
        v: 80.95,
        numFmt: '0.00',
      },
    ],
    [
      9,
      '按期换届率(%)（比上年增减(个百分点)）',
      {
        v: 3.69,
        numFmt: '0.00',
      },
      {
        v: 3.37,
        numFmt: '0.00',
      },
      {
        v: 10.49,
        numFmt: '0.00',
      },
      {
        v: 6.29,
        numFmt: '0.00',
      },
      {
        v: -0.98,
        numFmt: '0.00',
      },
      {
        v: 4.07,
        numFmt: '0.00',
      },
      {
        v: 5.37,
        numFmt: '0.00',
      },
      {
        v: -4.9,
        numFmt: '0.00',
      },
      {
        v: -4.17,
        numFmt: '0.00',
      },
      {
        v: 24.24,
        numFmt: '0.00',
      },
      {
        v: 13.79,
        numFmt: '0.00',
      },
    ],
  ],
  merges: ['A1:M1', 'A2:M2', 'D4:G4', 'H4:M4', 'A4:A5', 'B4:B5', 'C4:C5'],
  plant: {
    address: 'E7',
    value: 68,
  },
};

const levelEveryMonthRepeats: CaseSheet = {
  name: '进度表',
  rows: [
    ['临川市2022年党组织换届选举工作进展情况表'],
    ['单位：个'],
    ['序号', '时间', '年度应换届数', '本月换届数', '本年累计', '累计完成率(%)'],
    [
      1,
      '1月',
      {
        v: 658,
        numFmt: '0',
      },
      {
        v: 141,
        numFmt: '0',
      },
      {
        v: 141,
        numFmt: '0',
      },
      {
        v: 21.4,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '2月',
      {
        v: 658,
        numFmt: '0',
      },
      {
        v: 164,
        numFmt: '0',
      },
      {
        v: 305,
        numFmt: '0',
      },
      {
        v: 46.4,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '3月',
      {
        v: 658,
        numFmt: '0',
      },
      {
        v: 156,
        numFmt: '0',
      },
      {
        v: 461,
        numFmt: '0',
      },
      {
        v: 70.1,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '4月',
      {
        v: 658,
        numFmt: '0',
      },
      {
        v: 151,
        numFmt: '0',
      },
      {
        v: 612,
        numFmt: '0',
      },
      {
        v: 93,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '全年合计',
      {
        v: 658,
        numFmt: '0',
      },
      {
        v: 612,
        numFmt: '0',
      },
      {
        v: 612,
        numFmt: '0',
      },
      {
        v: 93,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：按期换届率=已按期换届数÷应换届数×100%。'],
    ['填报日期：2023年12月13日'],
  ],
  plant: {
    address: 'D8',
    value: 640,
  },
};

const runningTotalAfterNumberedMonths: CaseSheet = {
  name: '月度进度',
  rows: [
    ['鹤山市2024年“两新”组织党组织换届情况统计表'],
    ['（2024年度）'],
    [null, null, null, null, '计量单位：个'],
    ['序号', '时间', '本月换届数', '累计完成数', '累计完成率(%)'],
    [
      1,
      '1月',
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 2.46,
        numFmt: '0.00',
      },
    ],
    [
      2,
      '2月',
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 20,
        numFmt: '#,##0',
      },
      {
        v: 7.02,
        numFmt: '0.00',
      },
    ],
    [
      3,
      '3月',
      {
        v: 23,
        numFmt: '#,##0',
      },
      {
        v: 43,
        numFmt: '#,##0',
      },
      {
        v: 15.09,
        numFmt: '0.00',
      },
    ],
    [
      4,
      '4月',
      {
        v: 12,
        numFmt: '#,##0',
      },
      {
        v: 55,
        numFmt: '#,##0',
      },
      {
        v: 19.3,
        numFmt: '0.00',
      },
    ],
    [
      5,
      '5月',
      {
        v: 21,
        numFmt: '#,##0',
      },
      {
        v: 76,
        numFmt: '#,##0',
      },
      {
        v: 26.67,
        numFmt: '0.00',
      },
    ],
    [
      6,
      '6月',
      {
        v: 20,
        numFmt: '#,##0',
      },
      {
        v: 96,
        numFmt: '#,##0',
      },
      {
        v: 33.68,
        numFmt: '0.00',
      },
    ],
    [
      7,
      '7月',
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 110,
        numFmt: '#,##0',
      },
      {
        v: 38.6,
        numFmt: '0.00',
      },
    ],
    [
      8,
      '8月',
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 128,
        numFmt: '#,##0',
      },
      {
        v: 44.91,
        numFmt: '0.00',
      },
    ],
    [
      9,
      '9月',
      {
        v: 23,
        numFmt: '#,##0',
      },
      {
        v: 151,
        numFmt: '#,##0',
      },
      {
        v: 52.98,
        numFmt: '0.00',
      },
    ],
    [
      10,
      '10月',
      {
        v: 12,
        numFmt: '#,##0',
      },
      {
        v: 163,
        numFmt: '#,##0',
      },
      {
        v: 57.19,
        numFmt: '0.00',
      },
    ],
    [
      11,
      '11月',
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 177,
        numFmt: '#,##0',
      },
      {
        v: 62.11,
        numFmt: '0.00',
      },
    ],
    [
      12,
      '12月',
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 195,
        numFmt: '#,##0',
      },
      {
        v: 68.42,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '累计',
      {
        v: 195,
        numFmt: '#,##0',
      },
      {
        v: 195,
        numFmt: '#,##0',
      },
      {
        v: 68.42,
        numFmt: '0.00',
      },
    ],
    [],
    ['全年应换届285个。'],
    ['说明：数据来源于全国党员管理信息系统。'],
    ['填报人：李娜    审核人：陈军    联系电话：14633314102'],
  ],
  merges: ['A1:E1', 'A2:E2'],
  plant: {
    address: 'C9',
    value: 31,
  },
};

const ofWhichBeforeNextGroup: CaseSheet = {
  name: '表2 分类',
  rows: [
    ['永和县2019年“两新”组织党组织换届情况统计表'],
    ['计量单位：个'],
    ['类别', '应换届党组织数(个)', null, null, null, '已按期换届数', null, '按期换届率(%)'],
    [null, '本年', '上年', '增减', '比上年增长(%)', '本年', '上年', '本年', '上年', '比上年增减(个百分点)'],
    [
      '    私营企业',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -10.5,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 88.2,
        numFmt: '0.0',
      },
      {
        v: 94.7,
        numFmt: '0.0',
      },
      {
        v: -6.5,
        numFmt: '0.0',
      },
    ],
    [
      '    外商投资企业',
      {
        v: 48,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0.0',
      },
      {
        v: 44,
        numFmt: '0',
      },
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 94,
        numFmt: '0.0',
      },
      {
        v: -2.3,
        numFmt: '0.0',
      },
    ],
    [
      '    港澳台商投资企业',
      {
        v: 76,
        numFmt: '0',
      },
      {
        v: 71,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0.0',
      },
      {
        v: 70,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 92.1,
        numFmt: '0.0',
      },
      {
        v: 80.3,
        numFmt: '0.0',
      },
      {
        v: 11.8,
        numFmt: '0.0',
      },
    ],
    [
      '  非公有制企业小计',
      {
        v: 141,
        numFmt: '0',
      },
      {
        v: 140,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 0.7,
        numFmt: '0.0',
      },
      {
        v: 129,
        numFmt: '0',
      },
      {
        v: 122,
        numFmt: '0',
      },
      {
        v: 91.5,
        numFmt: '0.0',
      },
      {
        v: 87.1,
        numFmt: '0.0',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：规模以上企业',
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 66,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0.0',
      },
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: 59,
        numFmt: '0',
      },
      {
        v: 95.6,
        numFmt: '0.0',
      },
      {
        v: 89.4,
        numFmt: '0.0',
      },
      {
        v: 6.2,
        numFmt: '0.0',
      },
    ],
    [
      '    社会团体',
      {
        v: 163,
        numFmt: '0',
      },
      {
        v: 173,
        numFmt: '0',
      },
      {
        v: -10,
        numFmt: '0',
      },
      {
        v: -5.8,
        numFmt: '0.0',
      },
      {
        v: 146,
        numFmt: '0',
      },
      {
        v: 149,
        numFmt: '0',
      },
      {
        v: 89.6,
        numFmt: '0.0',
      },
      {
        v: 86.1,
        numFmt: '0.0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
    ],
    [
      '    社会服务机构',
      {
        v: 129,
        numFmt: '0',
      },
      {
        v: 127,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 1.6,
        numFmt: '0.0',
      },
      {
        v: 118,
        numFmt: '0',
      },
      {
        v: 117,
        numFmt: '0',
      },
      {
        v: 91.5,
        numFmt: '0.0',
      },
      {
        v: 92.1,
        numFmt: '0.0',
      },
      {
        v: -0.6,
        numFmt: '0.0',
      },
    ],
    [
      '    基金会',
      {
        v: 72,
        numFmt: '0',
      },
      {
        v: 71,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
      {
        v: 66,
        numFmt: '0',
      },
      {
        v: 67,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 94.4,
        numFmt: '0.0',
      },
      {
        v: -2.7,
        numFmt: '0.0',
      },
    ],
    [
      '  社会组织小计',
      {
        v: 364,
        numFmt: '0',
      },
      {
        v: 371,
        numFmt: '0',
      },
      {
        v: -7,
        numFmt: '0',
      },
      {
        v: -1.9,
        numFmt: '0.0',
      },
      {
        v: 330,
        numFmt: '0',
      },
      {
        v: 333,
        numFmt: '0',
      },
      {
        v: 90.7,
        numFmt: '0.0',
      },
      {
        v: 89.8,
        numFmt: '0.0',
      },
      {
        v: 0.9,
        numFmt: '0.0',
      },
    ],
    [
      '总计',
      {
        v: 505,
        numFmt: '0',
      },
      {
        v: 511,
        numFmt: '0',
      },
      {
        v: -6,
        numFmt: '0',
      },
      {
        v: -1.2,
        numFmt: '0.0',
      },
      {
        v: 459,
        numFmt: '0',
      },
      {
        v: 455,
        numFmt: '0',
      },
      {
        v: 90.9,
        numFmt: '0.0',
      },
      {
        v: 89,
        numFmt: '0.0',
      },
      {
        v: 1.9,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['B3:E3', 'F3:G3', 'H3:J3', 'A3:A4'],
  plant: {
    address: 'B11',
    value: 149,
  },
};

const pointsRowOfRegionsAsColumns: CaseSheet = {
  name: '分地区(横表)',
  rows: [
    [],
    ['安阳市2021年党组织换届选举工作进展情况表'],
    ['表一'],
    [null, null, null, null, null, null, null, null, null, null, '单位：个、人、%'],
    ['指标', '全市', '西山区', '安平县', '南岗区', '新城区', '石门县', '宁远县', '北林区', '青山县', '永和县'],
    [
      '应换届党组织数(个)（本年）',
      {
        v: 642,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: 139,
        numFmt: '0',
      },
      {
        v: 109,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 137,
        numFmt: '0',
      },
      {
        v: 39,
        numFmt: '0',
      },
      {
        v: 33,
        numFmt: '0',
      },
      {
        v: 93,
        numFmt: '0',
      },
    ],
    [
      '应换届党组织数(个)（上年）',
      {
        v: 609,
        numFmt: '0',
      },
      {
        v: 60,
        numFmt: '0',
      },
      {
        v: 128,
        numFmt: '0',
      },
      {
        v: 108,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 127,
        numFmt: '0',
      },
      {
        v: 39,
        numFmt: '0',
      },
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 84,
        numFmt: '0',
      },
    ],
    [
      '应换届党组织数(个)（比上年增长(%)）',
      {
        v: 5.4,
        numFmt: '0.0',
      },
      {
        v: 1.7,
        numFmt: '0.0',
      },
      {
        v: 8.6,
        numFmt: '0.0',
      },
      {
        v: 0.9,
        numFmt: '0.0',
      },
      {
        v: -12.5,
        numFmt: '0.0',
      },
      {
        v: 4.3,
        numFmt: '0.0',
      },
      {
        v: 7.9,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 3.1,
        numFmt: '0.0',
      },
      {
        v: 10.7,
        numFmt: '0.0',
      },
    ],
    [
      '已按期换届数（本年）',
      {
        v: 595,
        numFmt: '0',
      },
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 133,
        numFmt: '0',
      },
      {
        v: 94,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 125,
        numFmt: '0',
      },
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 88,
        numFmt: '0',
      },
    ],
    [
      '已按期换届数（上年）',
      {
        v: 534,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 113,
        numFmt: '0',
      },
      {
        v: 95,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 112,
        numFmt: '0',
      },
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 71,
        numFmt: '0',
      },
    ],
    [
      '按期换届率(%)（本年）',
      {
        v: 92.7,
        numFmt: '0.0',
      },
      {
        v: 95.1,
        numFmt: '0.0',
      },
      {
        v: 95.7,
        numFmt: '0.0',
      },
      {
        v: 86.2,
        numFmt: '0.0',
      },
      {
        v: 85.7,
        numFmt: '0.0',
      },
      {
        v: 95.8,
        numFmt: '0.0',
      },
      {
        v: 91.2,
        numFmt: '0.0',
      },
      {
        v: 94.9,
        numFmt: '0.0',
      },
      {
        v: 93.9,
        numFmt: '0.0',
      },
      {
        v: 94.6,
        numFmt: '0.0',
      },
    ],
    [
      '按期换届率(%)（上年）',
      {
        v: 87.7,
        numFmt: '0.0',
      },
      {
        v: 90,
        numFmt: '0.0',
      },
      {
        v: 88.3,
        numFmt: '0.0',
      },
      {
        v: 88,
        numFmt: '0.0',
      },
      {
        v: 87.5,
        numFmt: '0.0',
      },
      {
        v: 82.6,
        numFmt: '0.0',
      },
      {
        v: 88.2,
        numFmt: '0.0',
      },
      {
        v: 82.1,
        numFmt: '0.0',
      },
      {
        v: 96.9,
        numFmt: '0.0',
      },
      {
        v: 84.5,
        numFmt: '0.0',
      },
    ],
    [
      '按期换届率(%)（增减(百分点)）',
      {
        v: 5,
        numFmt: '0.0',
      },
      {
        v: 5.1,
        numFmt: '0.0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: -1.8,
        numFmt: '0.0',
      },
      {
        v: -1.8,
        numFmt: '0.0',
      },
      {
        v: 13.2,
        numFmt: '0.0',
      },
      {
        v: 3,
        numFmt: '0.0',
      },
      {
        v: 12.8,
        numFmt: '0.0',
      },
      {
        v: -3,
        numFmt: '0.0',
      },
      {
        v: 10.1,
        numFmt: '0.0',
      },
    ],
    [],
    ['填报日期：2021年11月20日'],
  ],
  plant: {
    address: 'F13',
    value: 2,
  },
};

describe('issue 9 round 109: sheets written outside the team', () => {
  describeCaseBook('round103-indicator-names-merged-down', [indicatorNamesMergedDown]);
  describeCaseBook('round109-rate-unit-before-period', [rateUnitBeforePeriod]);
  describeCaseBook('round109-period-in-bracket-after-unit', [periodInBracketAfterUnit]);
  describeCaseBook('round109-level-every-month-repeats', [levelEveryMonthRepeats]);
  describeCaseBook('round109-running-total-after-numbered-months', [runningTotalAfterNumberedMonths]);
  describeCaseBook('round109-of-which-before-next-group', [ofWhichBeforeNextGroup]);
  describeCaseBook('round109-points-row-of-regions-as-columns', [pointsRowOfRegionsAsColumns]);
});
