import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 105 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round105a and /tmp/round105b, with the figures they generated). 105A, star ratings and annual reviews of party
 * organisations in non-public enterprises and social organisations (评星定级、述职评议); 105B, registration and annual
 * inspection of social organisations (社会组织登记管理和年检):
 * - 好占比(%), its figures blank, over 本年 | 上年 | ±百分点, regions as columns: the rows are the heading's rates, no
 *   counts (105A hunt1_114).
 * - 上年参评数 = 参加评定党组织数 − 同比增减% within the rounding of whole counts: no line naming no rate is a sum or
 *   difference with one in per cent (105A hunt2_012).
 * - 一、东城区 = 二、金山县 + 三、桃源县 in two columns: lines the layout nests in one total are siblings, no sum of each
 *   other (105A probe_015); nor is 社会组织, a 其中 part of 总计, the sum of 总计's members (105A hunt2_048).
 * - 全市合计 | 其中：企业 | 社会组织, all flush, then each county's 小计 above its towns: a row completing the 其中 list is
 *   more of it (105A hunt2_104).
 * - 县本级 | 街道小计 | its streets | 乡镇 | its towns | 总计: the subtotal sums the streets after it, not 县本级 before it
 *   (105B probe_021).
 * - （三）参检率 | 94.7 | 96.6 | −1.9 under 增长(%): a rate's row states its growth in points (105B hunt1_080).
 */

const percentRowsUnderHeading: CaseSheet = {
  name: '评星定级',
  rows: [
    [null, null, null, null, '单位：个，%'],
    ['项目', '全市合计', '清水县', '安福县', '东城区'],
    ['党组织总数', 296, 160, 67, 69],
    ['评定等次'],
    ['　　好', 112, 68, 44, 0],
    ['　　较好', 96, 63, 0, 33],
    ['　　一般', 71, 25, 18, 28],
    ['　　差', 17, 4, 5, 8],
    ['好占比(%)'],
    [
      '　　本年',
      {
        v: 37.84,
        numFmt: '0.00',
      },
      {
        v: 42.5,
        numFmt: '0.00',
      },
      {
        v: 65.67,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    [
      '　　上年',
      {
        v: 34.95,
        numFmt: '0.00',
      },
      {
        v: 39.05,
        numFmt: '0.00',
      },
      {
        v: 61.14,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    [
      '　　±百分点',
      {
        v: 2.89,
        numFmt: '0.00',
      },
      {
        v: 3.45,
        numFmt: '0.00',
      },
      {
        v: 4.53,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    ['上年同期', 332, 184, 70, 78],
    [
      '比上年增长(%)',
      {
        v: -10.8,
        numFmt: '0.0',
      },
      {
        v: -13,
        numFmt: '0.0',
      },
      {
        v: -4.3,
        numFmt: '0.0',
      },
      {
        v: -11.5,
        numFmt: '0.0',
      },
    ],
    [],
    ['说明：“—”表示无此项或不适用。'],
    ['填报人：李娜　　审核人：赵磊　　填报日期：2025年1月16日'],
  ],
  plant: {
    address: 'C3',
    value: 170,
  },
};
const noSumWithPercent: CaseSheet = {
  name: '表1',
  rows: [
    ['南岭市2021年度两新组织党组织评星定级情况统计表'],
    [null, null, null, null, '单位：个、%'],
    ['指标名称', '东城区', '平安县', '龙泉县', '全市合计'],
    ['参加评定党组织数', 86, 59, 58, 203],
    ['其中：五星', 20, 0, 11, 31],
    ['　　四星', 0, 39, 0, 39],
    ['　　三星', 45, 0, 42, 87],
    ['　　二星（个）', 17, 13, 0, 30],
    ['　　一星', 4, 7, 5, 16],
    [
      '五星占比(%)',
      {
        v: 23.26,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 18.97,
        numFmt: '0.00',
      },
      {
        v: 15.27,
        numFmt: '0.00',
      },
    ],
    ['上年参评数', 103, 60, 59, 222],
    [
      '同比增减%',
      {
        v: -16.5,
        numFmt: '0.00',
      },
      {
        v: -1.67,
        numFmt: '0.00',
      },
      {
        v: -1.69,
        numFmt: '0.00',
      },
      {
        v: -8.56,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：本表数据截至2021年12月31日。'],
    ['填报人：刘洋　　审核人：张伟　　填报日期：2022年1月21日'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'B4',
    value: 96,
  },
};
const numberedSiblings: CaseSheet = {
  name: '问题整改',
  rows: [
    ['青州市2019年度述职评议问题整改情况表'],
    [null, null, null, null, null, '单位：个，%'],
    ['单位', '查摆问题数', '其中：已整改', '整改率（%）', '去年同期', '增幅(%)'],
    [
      '合计',
      103,
      84,
      {
        v: 81.55,
        numFmt: '0.00',
      },
      95,
      {
        v: 8.4,
        numFmt: '0.0',
      },
    ],
    [
      '一、东城区',
      43,
      35,
      {
        v: 81.4,
        numFmt: '0.00',
      },
      40,
      {
        v: 7.5,
        numFmt: '0.0',
      },
    ],
    [
      '（一）双河镇',
      5,
      4,
      {
        v: 80,
        numFmt: '0.00',
      },
      3,
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      '（二）和平街道',
      11,
      11,
      {
        v: 100,
        numFmt: '0.00',
      },
      9,
      {
        v: 22.2,
        numFmt: '0.0',
      },
    ],
    [
      '（三）前进街道',
      7,
      4,
      {
        v: 57.14,
        numFmt: '0.00',
      },
      6,
      {
        v: 16.7,
        numFmt: '0.0',
      },
    ],
    [
      '（四）南湖街道',
      9,
      8,
      {
        v: 88.89,
        numFmt: '0.00',
      },
      11,
      {
        v: -18.2,
        numFmt: '0.0',
      },
    ],
    [
      '（五）杨柳镇',
      11,
      8,
      {
        v: 72.73,
        numFmt: '0.00',
      },
      11,
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '二、金山县',
      23,
      18,
      {
        v: 78.26,
        numFmt: '0.00',
      },
      21,
      {
        v: 9.5,
        numFmt: '0.0',
      },
    ],
    [
      '（一）太平镇',
      9,
      6,
      {
        v: 66.67,
        numFmt: '0.00',
      },
      8,
      {
        v: 12.5,
        numFmt: '0.0',
      },
    ],
    [
      '（二）前进街道',
      6,
      6,
      {
        v: 100,
        numFmt: '0.00',
      },
      3,
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '（三）青山乡',
      8,
      6,
      {
        v: 75,
        numFmt: '0.00',
      },
      10,
      {
        v: -20,
        numFmt: '0.0',
      },
    ],
    [
      '三、桃源县',
      21,
      17,
      {
        v: 80.95,
        numFmt: '0.00',
      },
      19,
      {
        v: 10.5,
        numFmt: '0.0',
      },
    ],
    [
      '（一）桥头镇',
      8,
      8,
      {
        v: 100,
        numFmt: '0.00',
      },
      6,
      {
        v: 33.3,
        numFmt: '0.0',
      },
    ],
    [
      '（二）太平镇',
      6,
      5,
      {
        v: 83.33,
        numFmt: '0.00',
      },
      5,
      {
        v: 20,
        numFmt: '0.0',
      },
    ],
    [
      '（三）东关街道',
      7,
      4,
      {
        v: 57.14,
        numFmt: '0.00',
      },
      8,
      {
        v: -12.5,
        numFmt: '0.0',
      },
    ],
    [
      '四、石桥县',
      16,
      14,
      {
        v: 87.5,
        numFmt: '0.00',
      },
      15,
      {
        v: 6.7,
        numFmt: '0.0',
      },
    ],
    [
      '（一）太平镇',
      8,
      7,
      {
        v: 87.5,
        numFmt: '0.00',
      },
      8,
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '（二）幸福街道',
      8,
      7,
      {
        v: 87.5,
        numFmt: '0.00',
      },
      7,
      {
        v: 14.3,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：满意度为群众测评结果，不作汇总计算。'],
    ['填报人：王芳　　审核人：陈静　　填报日期：2020年1月8日'],
  ],
  merges: ['A1:F1'],
  plant: {
    address: 'B6',
    value: 9,
  },
};
const partsBeforeMembers: CaseSheet = {
  name: '软弱涣散',
  rows: [
    ['云溪市2019年度软弱涣散党组织排查整顿情况表'],
    [null, null, null, null, null, '单位：个/人'],
    ['地区', '软弱涣散党组织数', null, null, '其中：已整顿', '整顿率%'],
    [null, '合计', '企业', '社会组织'],
    [
      '总计',
      239,
      142,
      97,
      190,
      {
        v: 79.5,
        numFmt: '0.00',
      },
    ],
    [
      '其中：非公企业',
      110,
      65,
      45,
      90,
      {
        v: 81.82,
        numFmt: '0.00',
      },
    ],
    [
      '　　　社会组织',
      129,
      77,
      52,
      100,
      {
        v: 77.52,
        numFmt: '0.00',
      },
    ],
    [
      '高新区',
      30,
      20,
      10,
      23,
      {
        v: 76.67,
        numFmt: '0.00',
      },
    ],
    [
      '东城区',
      19,
      13,
      6,
      11,
      {
        v: 57.89,
        numFmt: '0.00',
      },
    ],
    [
      '大成县',
      25,
      13,
      12,
      22,
      {
        v: 88,
        numFmt: '0.00',
      },
    ],
    [
      '西湖区',
      25,
      11,
      14,
      21,
      {
        v: 84,
        numFmt: '0.00',
      },
    ],
    [
      '平安县',
      30,
      20,
      10,
      17,
      {
        v: 56.67,
        numFmt: '0.00',
      },
    ],
    [
      '金山县',
      33,
      18,
      15,
      32,
      {
        v: 96.97,
        numFmt: '0.00',
      },
    ],
    [
      '永宁县',
      23,
      11,
      12,
      16,
      {
        v: 69.57,
        numFmt: '0.00',
      },
    ],
    [
      '桃源县',
      22,
      15,
      7,
      17,
      {
        v: 77.27,
        numFmt: '0.00',
      },
    ],
    [
      '龙泉县',
      32,
      21,
      11,
      31,
      {
        v: 96.88,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：本表数据截至2019年12月31日。'],
    ['填报人：黄敏　　审核人：赵磊　　填报日期：2020年1月22日'],
  ],
  merges: ['A1:F1', 'B3:D3', 'A3:A4', 'E3:E4', 'F3:F4'],
  plant: {
    address: 'B9',
    value: 25,
  },
};
const flushPartCompletesList: CaseSheet = {
  name: '软弱涣散',
  rows: [
    ['临川市2024年度软弱涣散党组织排查整顿情况表'],
    ['单位：个、%'],
    ['县市区', '排查软弱涣散党组织数', '已整顿转化数', '整顿转化率(%)'],
    [
      '全市合计',
      61,
      44,
      {
        v: 72.1,
        numFmt: '0.0',
      },
    ],
    [
      '其中：企业',
      35,
      24,
      {
        v: 68.6,
        numFmt: '0.0',
      },
    ],
    [
      '社会组织',
      26,
      20,
      {
        v: 76.9,
        numFmt: '0.0',
      },
    ],
    [
      '一、三江县小计',
      16,
      12,
      {
        v: 75,
        numFmt: '0.0',
      },
    ],
    [
      '（一）太平镇',
      3,
      '2',
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      '（二）永安镇',
      3,
      3,
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '（三）东关街道',
      3,
      2,
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      '（四）柳林镇',
      7,
      5,
      {
        v: 71.4,
        numFmt: '0.0',
      },
    ],
    [
      '二、平安县小计',
      '16',
      '12',
      {
        v: 75,
        numFmt: '0.0',
      },
    ],
    [
      '（一）马坊镇',
      2,
      2,
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '（二）白沙镇',
      4,
      2,
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '（三）永安镇',
      2,
      2,
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '（四）新华街道',
      3,
      3,
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '（五）杨柳镇',
      5,
      3,
      {
        v: 60,
        numFmt: '0.0',
      },
    ],
    ['三、永宁县小计', '15', 10, '66.7'],
    [
      '（一）杨柳镇',
      4,
      2,
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '（二）柳林镇',
      6,
      4,
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      '（三）前进街道',
      '5',
      4,
      {
        v: 80,
        numFmt: '0.0',
      },
    ],
    [
      '四、高新区小计',
      14,
      '10',
      {
        v: 71.4,
        numFmt: '0.0',
      },
    ],
    ['（一）南湖街道', '—', '—', '—'],
    [
      '（二）李家乡',
      7,
      6,
      {
        v: 85.7,
        numFmt: '0.0',
      },
    ],
    [
      '（三）石门镇',
      7,
      4,
      {
        v: 57.1,
        numFmt: '0.0',
      },
    ],
    [],
    ['说明：“—”表示无此项或不适用。'],
  ],
  merges: ['A1:D1'],
  plant: {
    address: 'B8',
    value: 6,
  },
};
const subtotalAfterCountyLevel: CaseSheet = {
  name: '登记情况',
  rows: [
    ['白沙县社会组织数量变动统计表'],
    [null, null, null, null, null, '单位：个、%'],
    ['（2023年度）'],
    ['地 区', '年初数', '新登记', '本年注销', '年末数', '比上年增长(%)'],
    [
      '县本级',
      {
        v: 81,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 86,
        numFmt: '0',
      },
      {
        v: 6.2,
        numFmt: '0.0',
      },
    ],
    [
      '街道小计',
      {
        v: 138,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 144,
        numFmt: '0',
      },
      {
        v: 4.3,
        numFmt: '0.0',
      },
    ],
    [
      '新华街道',
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0.0',
      },
    ],
    [
      '文昌街道',
      {
        v: 93,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 96,
        numFmt: '0',
      },
      {
        v: 3.2,
        numFmt: '0.0',
      },
    ],
    [
      '城东街道',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0.0',
      },
    ],
    [
      '乡镇',
      {
        v: 82,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      '-',
      {
        v: 90,
        numFmt: '0',
      },
      {
        v: 9.8,
        numFmt: '0.0',
      },
    ],
    [
      '杨柳镇',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '-',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
    ],
    [
      '李集乡',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      '-',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 13.3,
        numFmt: '0.0',
      },
    ],
    [
      '花园乡',
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      '-',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 14.3,
        numFmt: '0.0',
      },
    ],
    [
      '东关镇',
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '-',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 5.3,
        numFmt: '0.0',
      },
    ],
    [
      '马坊乡',
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '-',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0.0',
      },
    ],
    [
      '柳河镇',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '-',
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 11.1,
        numFmt: '0.0',
      },
    ],
    [
      '总计',
      {
        v: 301,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 320,
        numFmt: '0',
      },
      {
        v: 6.3,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：期末数＝期初数＋本年新登记－本年注销（撤销）。'],
    ['说明：按登记管理机关统计。'],
  ],
  merges: ['A1:F1', 'A19:F19', 'A20:F20'],
  plant: {
    address: 'B7',
    value: 30,
  },
};
const rateGrowthInPoints: CaseSheet = {
  name: '主要指标',
  rows: [
    ['白水市社会组织主要指标'],
    [null, null, null, '单位：个、人、%'],
    ['指标名称', '本年', '上年', '增长(%)'],
    [
      '一、社会组织总数',
      {
        v: 3044,
        numFmt: '0',
      },
      {
        v: 3008,
        numFmt: '0',
      },
      {
        v: 1.2,
        numFmt: '0.0',
      },
    ],
    [
      '（一）社会团体',
      {
        v: 1094,
        numFmt: '0',
      },
      {
        v: 1288,
        numFmt: '0',
      },
      {
        v: -15.1,
        numFmt: '0.0',
      },
    ],
    [
      '　　其中：行业协会商会',
      {
        v: 363,
        numFmt: '0',
      },
      {
        v: 350,
        numFmt: '0',
      },
      {
        v: 3.7,
        numFmt: '0.0',
      },
    ],
    [
      '（二）民办非企业单位',
      {
        v: 1903,
        numFmt: '0',
      },
      {
        v: 1678,
        numFmt: '0',
      },
      {
        v: 13.4,
        numFmt: '0.0',
      },
    ],
    [
      '（三）基金会',
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 11.9,
        numFmt: '0.0',
      },
    ],
    [
      '二、本年新登记',
      {
        v: 144,
        numFmt: '0',
      },
      {
        v: 265,
        numFmt: '0',
      },
      {
        v: -45.7,
        numFmt: '0.0',
      },
    ],
    ['三、年检情况'],
    [
      '（一）应参检数',
      {
        v: 2778,
        numFmt: '0',
      },
      {
        v: 2800,
        numFmt: '0',
      },
      {
        v: -0.8,
        numFmt: '0.0',
      },
    ],
    [
      '（二）实参检数',
      {
        v: 2630,
        numFmt: '0',
      },
      {
        v: 2704,
        numFmt: '0',
      },
      {
        v: -2.7,
        numFmt: '0.0',
      },
    ],
    [
      '（三）参检率',
      {
        v: 94.7,
        numFmt: '0.0',
      },
      {
        v: 96.6,
        numFmt: '0.0',
      },
      {
        v: -1.9,
        numFmt: '0.0',
      },
    ],
    [
      '（四）合格数',
      {
        v: 2371,
        numFmt: '0',
      },
      {
        v: 2326,
        numFmt: '0',
      },
      {
        v: 1.9,
        numFmt: '0.0',
      },
    ],
    [
      '（五）合格率',
      {
        v: 90.2,
        numFmt: '0.0',
      },
      {
        v: 86,
        numFmt: '0.0',
      },
      {
        v: 4.2,
        numFmt: '0.0',
      },
    ],
    [
      '四、从业人员',
      {
        v: 51537,
        numFmt: '0',
      },
      {
        v: 33785,
        numFmt: '0',
      },
      {
        v: 52.5,
        numFmt: '0.0',
      },
    ],
    [
      '　　其中：专职',
      {
        v: 30908,
        numFmt: '0',
      },
      {
        v: 16216,
        numFmt: '0',
      },
      {
        v: 90.6,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：率指标的增长栏为增减百分点。'],
  ],
  merges: ['A1:D1'],
  plant: {
    address: 'B5',
    value: 1200,
  },
};

describe('issue 9 round 105: sheets written outside the team', () => {
  describeCaseBook('round105-percent-rows-under-heading', [percentRowsUnderHeading]);
  describeCaseBook('round105-no-sum-with-percent', [noSumWithPercent]);
  describeCaseBook('round105-numbered-siblings', [numberedSiblings]);
  describeCaseBook('round105-parts-before-members', [partsBeforeMembers]);
  describeCaseBook('round105-flush-part-completes-list', [flushPartCompletesList]);
  describeCaseBook('round105-subtotal-after-county-level', [subtotalAfterCountyLevel]);
  describeCaseBook('round105-rate-growth-in-points', [rateGrowthInPoints]);
});
