import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 100 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round100a and /tmp/round100b, with the figures they generated). 100A, rectifying weak party organisations and
 * in-service members reporting to their communities (软弱涣散党组织整顿, 双报到):
 * - 数量 | 其中 / 村 | 社区 | 机关: a list of columns under a 其中 heading is some of the whole's kinds; a whole above their
 *   sum where other kinds are counted is no wrong figure (h059).
 * - 新排查 / 本月 | 累计 beside 完成整顿 / 本月 | 累计, the months often equal: a running total runs with the 本月 its own
 *   header pairs it with, not with the one that fits more months (h092).
 * 100B, veterans' affairs (退役军人事务):
 * - Towns numbered by 序号 and each county after its towns, unnumbered: a county may add up to the towns after it in one
 *   column by chance, but the total adds up only over the counties closing their groups (h010).
 * - 填表日期：2025年1月10日 alone under the table: a date line is a note, no place without figures among the counties (h023).
 * - Towns indented before their county, typed flush after them: the counties close their groups (h083).
 */

const partialListOfColumns: CaseSheet = {
  name: '软弱涣散整顿',
  rows: [
    ['红旗区软弱涣散基层党组织排查整顿情况统计表'],
    ['县市区', '基层党组织总数', '排查确定软弱涣散党组织', '其中', null, null, '整顿情况', null, '选派第一书记（名）'],
    [null, null, '数量', '村', '社区', '机关', '已完成整顿数', '整顿转化率（%）'],
    [
      '双峰县',
      582,
      26,
      19,
      5,
      1,
      21,
      {
        v: 0.808,
        numFmt: '0.0%',
      },
      20,
    ],
    [
      '云台县',
      526,
      12,
      10,
      2,
      null,
      12,
      {
        v: 1,
        numFmt: '0.0%',
      },
      8,
    ],
    [
      '河东区',
      897,
      55,
      40,
      12,
      null,
      48,
      {
        v: 0.873,
        numFmt: '0.0%',
      },
      11,
    ],
    [
      '滨湖区',
      504,
      31,
      20,
      6,
      3,
      24,
      {
        v: 0.774,
        numFmt: '0.0%',
      },
      10,
    ],
    [
      '白水县',
      203,
      10,
      8,
      2,
      null,
      7,
      {
        v: 0.7,
        numFmt: '0.0%',
      },
      1,
    ],
    [
      '高新区',
      595,
      36,
      27,
      8,
      1,
      31,
      {
        v: 0.861,
        numFmt: '0.0%',
      },
      15,
    ],
    [
      '石门县',
      500,
      24,
      16,
      4,
      1,
      23,
      {
        v: 0.958,
        numFmt: '0.0%',
      },
      0,
    ],
    [
      '长宁县',
      560,
      22,
      17,
      5,
      null,
      18,
      {
        v: 0.818,
        numFmt: '0.0%',
      },
      20,
    ],
    [
      '青山县',
      262,
      16,
      12,
      3,
      null,
      13,
      {
        v: 0.813,
        numFmt: '0.0%',
      },
      10,
    ],
    [
      '城关区',
      124,
      5,
      4,
      1,
      null,
      5,
      {
        v: 1,
        numFmt: '0.0%',
      },
      0,
    ],
    [
      '安远县',
      192,
      11,
      9,
      2,
      null,
      10,
      {
        v: 0.909,
        numFmt: '0.0%',
      },
      9,
    ],
    [
      '全县合计',
      4945,
      248,
      182,
      50,
      6,
      212,
      {
        v: 0.855,
        numFmt: '0.0%',
      },
      104,
    ],
    [],
    ['说明：占比为软弱涣散党组织数占基层党组织总数的比重。'],
    ['填报单位：中共临江市委组织部      填表日期：2023年1月9日'],
    [],
    ['二、在职党员到社区报到情况'],
    [
      '县市区',
      '报到单位数（个）',
      null,
      '报到党员数（名）',
      null,
      null,
      null,
      '服务时长（小时）',
      '人均服务时长（小时）',
    ],
    [null, '本年', '上年', '本年', '上年', '增减', '增长（%）'],
    [
      '合计',
      1191,
      1110,
      18483,
      17634,
      849,
      {
        v: 4.8,
        numFmt: '0.0',
      },
      140408,
      {
        v: 7.6,
        numFmt: '0.0',
      },
    ],
    [
      '双峰县',
      77,
      68,
      1176,
      927,
      249,
      {
        v: 26.9,
        numFmt: '0.0',
      },
      2553,
      {
        v: 2.2,
        numFmt: '0.0',
      },
    ],
    [
      '云台县',
      96,
      100,
      2195,
      2105,
      90,
      {
        v: 4.3,
        numFmt: '0.0',
      },
      24465,
      {
        v: 11.1,
        numFmt: '0.0',
      },
    ],
    [
      '河东区',
      49,
      52,
      1071,
      847,
      224,
      {
        v: 26.4,
        numFmt: '0.0',
      },
      11003,
      {
        v: 10.3,
        numFmt: '0.0',
      },
    ],
    [
      '滨湖区',
      34,
      38,
      1615,
      1446,
      169,
      {
        v: 11.7,
        numFmt: '0.0',
      },
      6016,
      {
        v: 3.7,
        numFmt: '0.0',
      },
    ],
    [
      '白水县',
      90,
      74,
      2673,
      2414,
      259,
      {
        v: 10.7,
        numFmt: '0.0',
      },
      25979,
      {
        v: 9.7,
        numFmt: '0.0',
      },
    ],
    [
      '高新区',
      169,
      175,
      1253,
      1311,
      -58,
      {
        v: -4.4,
        numFmt: '0.0',
      },
      7182,
      {
        v: 5.7,
        numFmt: '0.0',
      },
    ],
    [
      '石门县',
      180,
      158,
      2262,
      2439,
      -177,
      {
        v: -7.3,
        numFmt: '0.0',
      },
      12542,
      {
        v: 5.5,
        numFmt: '0.0',
      },
    ],
    [
      '长宁县',
      161,
      139,
      2173,
      1916,
      257,
      {
        v: 13.4,
        numFmt: '0.0',
      },
      22448,
      {
        v: 10.3,
        numFmt: '0.0',
      },
    ],
    [
      '青山县',
      140,
      143,
      520,
      569,
      -49,
      {
        v: -8.6,
        numFmt: '0.0',
      },
      3310,
      {
        v: 6.4,
        numFmt: '0.0',
      },
    ],
    [
      '城关区',
      24,
      21,
      474,
      531,
      -57,
      {
        v: -10.7,
        numFmt: '0.0',
      },
      2975,
      {
        v: 6.3,
        numFmt: '0.0',
      },
    ],
    [
      '安远县',
      171,
      142,
      3071,
      3129,
      -58,
      {
        v: -1.9,
        numFmt: '0.0',
      },
      21935,
      {
        v: 7.1,
        numFmt: '0.0',
      },
    ],
  ],
  merges: [
    'A1:I1',
    'D2:F2',
    'G2:H2',
    'A2:A3',
    'B2:B3',
    'I2:I3',
    'A20:I20',
    'B21:C21',
    'D21:G21',
    'A21:A22',
    'H21:H22',
    'I21:I22',
  ],
  plant: {
    address: 'C15',
    value: 284,
  },
};

const runningPairedByHeader: CaseSheet = {
  name: '月报',
  rows: [
    ['安平市2024年软弱涣散党组织整顿和双报到工作月度进展'],
    [
      '月份',
      '新排查软弱涣散党组织（个）',
      null,
      '完成整顿（个）',
      null,
      '新增报到党员（名）',
      null,
      '服务时长（小时）',
    ],
    [null, '本月', '累计', '本月', '累计', '本月', '累计', '本月', '累计'],
    ['2024年1月', 6, 6, 4, 4, 162, 162, 6576, 6576],
    ['2024年2月', '—', 6, 2, 6, 386, 548, 2007, 8583],
    ['2024年3月', 1, 7, 1, 7, 318, 866, 2902, 11485],
    ['2024年4月', 2, 9, 2, 9, 445, 1311, 1786, 13271],
    ['2024年5月', 4, 13, 4, 13, 209, 1520, 4491, 17762],
    ['2024年6月', 7, 20, 7, 20, 210, 1730, 1722, 19484],
    ['合计', 20, null, 20, null, 1730, null, 19484],
    [],
    ['说明：数据截至2024年12月31日。'],
  ],
  merges: ['A1:I1', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:I2', 'A2:A3'],
  plant: {
    address: 'C7',
    value: 10,
  },
};

const countiesAfterTowns: CaseSheet = {
  name: '服务站建设',
  rows: [
    ['兴隆县2023年退役军人服务站建设情况统计表'],
    [null, null, null, null, null, '单位：个、张、%'],
    ['序号', '地区', '行政村（社区）数', '已建服务站数', '覆盖率（%）', '光荣院床位（张）'],
    [
      1,
      '杨柳镇',
      34,
      27,
      {
        v: 79.4,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      2,
      '红旗街道',
      14,
      9,
      {
        v: 64.3,
        numFmt: '0.0',
      },
      '—',
    ],
    [3, '双河镇', 25, 17, 68, '—'],
    [
      4,
      '柳河乡',
      37,
      22,
      {
        v: 59.5,
        numFmt: '0.0',
      },
      74,
    ],
    [5, '金山街道', 19, 19, 100, 24],
    [
      null,
      '永丰县',
      129,
      94,
      {
        v: 72.9,
        numFmt: '0.0',
      },
      98,
    ],
    [
      6,
      '东城街道',
      12,
      11,
      {
        v: 91.7,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      7,
      '清水乡',
      13,
      10,
      {
        v: 76.9,
        numFmt: '0.0',
      },
      61,
    ],
    [null, '清源县', 25, 21, 84, 61],
    [8, '临溪乡', 40, 34, 85, 41],
    [
      9,
      '北山镇',
      39,
      31,
      {
        v: 79.5,
        numFmt: '0.0',
      },
      25,
    ],
    [
      null,
      '临河区',
      79,
      65,
      {
        v: 82.3,
        numFmt: '0.0',
      },
      66,
    ],
    [
      10,
      '新安乡',
      42,
      25,
      {
        v: 59.5,
        numFmt: '0.0',
      },
      '—',
    ],
    [11, '西城街道', 37, 37, 100, 28],
    [
      null,
      '安平县',
      79,
      62,
      {
        v: 78.5,
        numFmt: '0.0',
      },
      28,
    ],
    [
      null,
      '合计',
      312,
      242,
      {
        v: 77.6,
        numFmt: '0.0',
      },
      253,
    ],
    ['填表人：张某　审核人：李某　填表日期：2024年1月15日'],
  ],
  merges: ['A1:F1'],
  plant: {
    address: 'C9',
    value: 139,
  },
};

const dateLineUnderTable: CaseSheet = {
  name: '就业安置',
  rows: [
    ['单位：人、%', null, null, null, '填报单位（盖章）：'],
    ['乡镇（街道）', '应安置人数', '已安置人数', '其中：自主就业', '安置率（%）'],
    [
      '全市',
      360,
      301,
      158,
      {
        v: 83.6,
        numFmt: '0.0',
      },
    ],
    [
      '安平县',
      148,
      125,
      33,
      {
        v: 84.5,
        numFmt: '0.0',
      },
    ],
    [
      '北山镇',
      61,
      45,
      14,
      {
        v: 73.8,
        numFmt: '0.0',
      },
    ],
    [
      '桃源乡',
      23,
      19,
      2,
      {
        v: 82.6,
        numFmt: '0.0',
      },
    ],
    [
      '马坊镇',
      64,
      61,
      17,
      {
        v: 95.3,
        numFmt: '0.0',
      },
    ],
    [
      '永丰县',
      123,
      101,
      74,
      {
        v: 82.1,
        numFmt: '0.0',
      },
    ],
    [
      '西城街道',
      62,
      50,
      34,
      {
        v: 80.6,
        numFmt: '0.0',
      },
    ],
    [
      '柳河乡',
      17,
      14,
      5,
      {
        v: 82.4,
        numFmt: '0.0',
      },
    ],
    [
      '青石镇',
      44,
      37,
      35,
      {
        v: 84.1,
        numFmt: '0.0',
      },
    ],
    ['长岭镇', '-', '-', '-', '-'],
    [
      '清源县',
      89,
      75,
      51,
      {
        v: 84.3,
        numFmt: '0.0',
      },
    ],
    ['东城街道', '-', '-', '-', '-'],
    [
      '高桥乡',
      7,
      5,
      4,
      {
        v: 71.4,
        numFmt: '0.0',
      },
    ],
    [
      '南湖街道',
      59,
      48,
      27,
      {
        v: 81.4,
        numFmt: '0.0',
      },
    ],
    [
      '大营乡',
      23,
      22,
      20,
      {
        v: 95.7,
        numFmt: '0.0',
      },
    ],
    ['填表日期：2025年1月10日'],
  ],
  plant: {
    address: 'B4',
    value: 184,
  },
};

const indentedTownsBeforeCounty: CaseSheet = {
  name: '服务站建设',
  rows: [
    ['宁远市2022年退役军人服务站建设情况'],
    ['单位：个、张、%'],
    ['乡镇（街道）', '行政村（社区）数', '已建服务站数', '覆盖率（%）', '光荣院床位（张）'],
    [
      '  石桥镇',
      24,
      20,
      {
        v: 83.3,
        numFmt: '0.0',
      },
      26,
    ],
    [
      '  北山镇',
      36,
      25,
      {
        v: 69.4,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '  新安乡',
      17,
      14,
      {
        v: 82.4,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '  清水乡',
      28,
      19,
      {
        v: 67.9,
        numFmt: '0.0',
      },
      46,
    ],
    [
      '清源县',
      105,
      78,
      {
        v: 74.3,
        numFmt: '0.0',
      },
      72,
    ],
    ['  杨柳镇', 25, 24, 96, '—'],
    [
      '  柳河乡',
      34,
      26,
      {
        v: 76.5,
        numFmt: '0.0',
      },
      62,
    ],
    [
      '  东城街道',
      29,
      25,
      {
        v: 86.2,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '临河区',
      88,
      75,
      {
        v: 85.2,
        numFmt: '0.0',
      },
      62,
    ],
    [
      '  望江镇',
      27,
      24,
      {
        v: 88.9,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '  青石镇',
      26,
      21,
      {
        v: 80.8,
        numFmt: '0.0',
      },
      80,
    ],
    ['  马坊镇', 20, 19, 95, 51],
    [
      '永丰县',
      73,
      64,
      {
        v: 87.7,
        numFmt: '0.0',
      },
      131,
    ],
    [
      '全市',
      266,
      217,
      {
        v: 81.6,
        numFmt: '0.0',
      },
      265,
    ],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'B12',
    value: 98,
  },
};

describe('round 100A: rectifying weak party organisations and in-service members reporting', () => {
  describeCaseBook('round100-partial-list-of-columns', [partialListOfColumns]);
  describeCaseBook('round100-running-paired-by-header', [runningPairedByHeader]);
});

describe("round 100B: veterans' affairs", () => {
  describeCaseBook('round100-counties-after-towns', [countiesAfterTowns]);
  describeCaseBook('round100-date-line-under-table', [dateLineUnderTable]);
  describeCaseBook('round100-indented-towns-before-county', [indentedTownsBeforeCounty]);
});
