import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 126 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round126a and /tmp/round126b, with the figures they generated).
 *
 * 126A, the 12345 hotline and petitions (12345 政务服务便民热线、信访):
 * - #市直单位 | its departments (indented) | #县（市、区） | its counties | #公共服务企业 | its companies | 全市: each `#` row
 *   heads its group, as a subtotal does (its rows add up to it), and 全市 is the sum of the three, not of all fifteen
 *   rows (10 clean books raised 全市 at twice its figure, 126A h1_3_064).
 *
 * 126B, livestock and fisheries (畜牧业和渔业):
 * - years as rows, 禽蛋 | 奶类 | 生猪存栏 in 万吨 and 万头 with two decimals and no unit in the headers: 禽蛋 is no
 *   奶类 ÷ 生猪存栏 × 100, though 奶类's coarse rounding (0.13) lets four years of six fit; a figure that names no rate nor
 *   mean nor unit is no ratio in per cent or per mille (126B h2_003).
 */
const markedGroups: CaseSheet = {
  name: '分单位2',
  rows: [
    ['2024年1-7月12345政务服务便民热线分单位办理情况'],
    [],
    [
      '地区',
      '受理量（件）',
      '办结量（件）',
      '办结率（%）',
      '受理量（件）',
      '办结量（件）',
      '办结率（%）',
      '受理量增长（%）',
      '办结率增减（百分点）',
    ],
    [
      '#市直单位',
      {
        v: 6010,
        numFmt: '0',
      },
      {
        v: 5727,
        numFmt: '0',
      },
      {
        v: 95.3,
        numFmt: '0.0',
      },
      {
        v: 5770,
        numFmt: '0',
      },
      {
        v: 5488,
        numFmt: '0',
      },
      {
        v: 95.1,
        numFmt: '0.0',
      },
      {
        v: 4.2,
        numFmt: '0.0',
      },
      {
        v: 0.2,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '市生态环境局',
        indent: 1,
      },
      {
        v: 694,
        numFmt: '0',
      },
      {
        v: 672,
        numFmt: '0',
      },
      {
        v: 96.8,
        numFmt: '0.0',
      },
      {
        v: 658,
        numFmt: '0',
      },
      {
        v: 622,
        numFmt: '0',
      },
      {
        v: 94.5,
        numFmt: '0.0',
      },
      {
        v: 5.5,
        numFmt: '0.0',
      },
      {
        v: 2.3,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '市自然资源局',
        indent: 1,
      },
      {
        v: 1765,
        numFmt: '0',
      },
      {
        v: 1720,
        numFmt: '0',
      },
      {
        v: 97.5,
        numFmt: '0.0',
      },
      {
        v: 1596,
        numFmt: '0',
      },
      {
        v: 1450,
        numFmt: '0',
      },
      {
        v: 90.9,
        numFmt: '0.0',
      },
      {
        v: 10.6,
        numFmt: '0.0',
      },
      {
        v: 6.6,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '市民政局',
        indent: 1,
      },
      {
        v: 298,
        numFmt: '0',
      },
      {
        v: 284,
        numFmt: '0',
      },
      {
        v: 95.3,
        numFmt: '0.0',
      },
      {
        v: 335,
        numFmt: '0',
      },
      {
        v: 311,
        numFmt: '0',
      },
      {
        v: 92.8,
        numFmt: '0.0',
      },
      {
        v: -11,
        numFmt: '0.0',
      },
      {
        v: 2.5,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '市住建局',
        indent: 1,
      },
      {
        v: 931,
        numFmt: '0',
      },
      {
        v: 862,
        numFmt: '0',
      },
      {
        v: 92.6,
        numFmt: '0.0',
      },
      {
        v: 851,
        numFmt: '0',
      },
      {
        v: 784,
        numFmt: '0',
      },
      {
        v: 92.1,
        numFmt: '0.0',
      },
      {
        v: 9.4,
        numFmt: '0.0',
      },
      {
        v: 0.5,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '市市场监管局',
        indent: 1,
      },
      {
        v: 2322,
        numFmt: '0',
      },
      {
        v: 2189,
        numFmt: '0',
      },
      {
        v: 94.3,
        numFmt: '0.0',
      },
      {
        v: 2330,
        numFmt: '0',
      },
      {
        v: 2321,
        numFmt: '0',
      },
      {
        v: 99.6,
        numFmt: '0.0',
      },
      {
        v: -0.3,
        numFmt: '0.0',
      },
      {
        v: -5.3,
        numFmt: '0.0',
      },
    ],
    [
      '#县（市、区）',
      {
        v: 6980,
        numFmt: '0',
      },
      {
        v: 6649,
        numFmt: '0',
      },
      {
        v: 95.3,
        numFmt: '0.0',
      },
      {
        v: 6573,
        numFmt: '0',
      },
      {
        v: 6466,
        numFmt: '0',
      },
      {
        v: 98.4,
        numFmt: '0.0',
      },
      {
        v: 6.2,
        numFmt: '0.0',
      },
      {
        v: -3.1,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '高新区',
        indent: 1,
      },
      {
        v: 1278,
        numFmt: '0',
      },
      {
        v: 1252,
        numFmt: '0',
      },
      {
        v: 98,
        numFmt: '0.0',
      },
      {
        v: 1039,
        numFmt: '0',
      },
      {
        v: 1008,
        numFmt: '0',
      },
      {
        v: 97,
        numFmt: '0.0',
      },
      {
        v: 23,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '桃源县',
        indent: 1,
      },
      {
        v: 1356,
        numFmt: '0',
      },
      {
        v: 1274,
        numFmt: '0',
      },
      {
        v: 94,
        numFmt: '0.0',
      },
      {
        v: 1167,
        numFmt: '0',
      },
      {
        v: 1139,
        numFmt: '0',
      },
      {
        v: 97.6,
        numFmt: '0.0',
      },
      {
        v: 16.2,
        numFmt: '0.0',
      },
      {
        v: -3.6,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '开发区',
        indent: 1,
      },
      {
        v: 2209,
        numFmt: '0',
      },
      {
        v: 2140,
        numFmt: '0',
      },
      {
        v: 96.9,
        numFmt: '0.0',
      },
      {
        v: 2493,
        numFmt: '0',
      },
      {
        v: 2467,
        numFmt: '0',
      },
      {
        v: 99,
        numFmt: '0.0',
      },
      {
        v: -11.4,
        numFmt: '0.0',
      },
      {
        v: -2.1,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '金川区',
        indent: 1,
      },
      {
        v: 2137,
        numFmt: '0',
      },
      {
        v: 1983,
        numFmt: '0',
      },
      {
        v: 92.8,
        numFmt: '0.0',
      },
      {
        v: 1874,
        numFmt: '0',
      },
      {
        v: 1852,
        numFmt: '0',
      },
      {
        v: 98.8,
        numFmt: '0.0',
      },
      {
        v: 14,
        numFmt: '0.0',
      },
      {
        v: -6,
        numFmt: '0.0',
      },
    ],
    [
      '#公共服务企业',
      '3828',
      {
        v: 3614,
        numFmt: '0',
      },
      {
        v: 94.4,
        numFmt: '0.0',
      },
      {
        v: 4219,
        numFmt: '0',
      },
      {
        v: 3869,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: -9.3,
        numFmt: '0.0',
      },
      {
        v: 2.7,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '自来水公司',
        indent: 1,
      },
      {
        v: 425,
        numFmt: '0',
      },
      {
        v: 412,
        numFmt: '0',
      },
      {
        v: 96.9,
        numFmt: '0.0',
      },
      {
        v: 517,
        numFmt: '0',
      },
      {
        v: 483,
        numFmt: '0',
      },
      {
        v: 93.4,
        numFmt: '0.0',
      },
      {
        v: -17.8,
        numFmt: '0.0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '燃气公司',
        indent: 1,
      },
      {
        v: 1220,
        numFmt: '0',
      },
      {
        v: 1128,
        numFmt: '0',
      },
      {
        v: 92.5,
        numFmt: '0.0',
      },
      {
        v: 1302,
        numFmt: '0',
      },
      {
        v: 1185,
        numFmt: '0',
      },
      {
        v: 91,
        numFmt: '0.0',
      },
      {
        v: -6.3,
        numFmt: '0.0',
      },
      {
        v: 1.5,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '供电公司',
        indent: 1,
      },
      {
        v: 2183,
        numFmt: '0',
      },
      {
        v: 2074,
        numFmt: '0',
      },
      {
        v: 95,
        numFmt: '0.0',
      },
      {
        v: 2400,
        numFmt: '0',
      },
      {
        v: 2201,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: -9,
        numFmt: '0.0',
      },
      {
        v: 3.3,
        numFmt: '0.0',
      },
    ],
    [
      '全市',
      {
        v: 16818,
        numFmt: '#,##0',
      },
      {
        v: 15990,
        numFmt: '#,##0',
      },
      {
        v: 95.1,
        numFmt: '0.0',
      },
      {
        v: 16562,
        numFmt: '0',
      },
      {
        v: 15823,
        numFmt: '0',
      },
      {
        v: 95.5,
        numFmt: '0.0',
      },
      {
        v: 1.5,
        numFmt: '0.0',
      },
      {
        v: -0.4,
        numFmt: '0.0',
      },
    ],
    ['注：“—”表示无数据或不适用。'],
    ['注：1.本表数据来源于12345政务服务便民热线工单系统。2.满意率=满意量÷回访量×100%。'],
  ],
  merges: ['A1:I1'],
  plant: {
    address: 'B12',
    value: 1456,
  },
};

const ratioOfNoRate: CaseSheet = {
  name: '历年畜产品',
  rows: [
    ['安平县历年主要畜产品产量'],
    ['年份', '肉类总产量', null, null, null, null, '禽蛋', '奶类', '生猪存栏'],
    [null, '合计', '#猪肉', '#牛肉', '#羊肉', '#禽肉', null, null, '合计', '其中：能繁母猪', ''],
    [
      '2018',
      {
        v: 2.21,
        numFmt: '0.00',
      },
      {
        v: 1.65,
        numFmt: '0.00',
      },
      {
        v: 0.17,
        numFmt: '0.00',
      },
      {
        v: 0.08,
        numFmt: '0.00',
      },
      {
        v: 0.32,
        numFmt: '0.00',
      },
      {
        v: 1.09,
        numFmt: '0.00',
      },
      {
        v: 0.13,
        numFmt: '0.00',
      },
      {
        v: 11.88,
        numFmt: '0.00',
      },
      {
        v: 1.17,
        numFmt: '0.00',
      },
    ],
    [
      '2019',
      {
        v: 2.2,
        numFmt: '0.00',
      },
      {
        v: 1.61,
        numFmt: '0.00',
      },
      {
        v: 0.17,
        numFmt: '0.00',
      },
      {
        v: 0.08,
        numFmt: '0.00',
      },
      {
        v: 0.34,
        numFmt: '0.00',
      },
      {
        v: 1.11,
        numFmt: '0.00',
      },
      {
        v: 0.13,
        numFmt: '0.00',
      },
      {
        v: 11.87,
        numFmt: '0.00',
      },
      {
        v: 1.03,
        numFmt: '0.00',
      },
    ],
    [
      '2020',
      {
        v: 2.31,
        numFmt: '0.00',
      },
      {
        v: 1.75,
        numFmt: '0.00',
      },
      {
        v: 0.16,
        numFmt: '0.00',
      },
      {
        v: 0.07,
        numFmt: '0.00',
      },
      {
        v: 0.32,
        numFmt: '0.00',
      },
      {
        v: 1.18,
        numFmt: '0.00',
      },
      {
        v: 0.14,
        numFmt: '0.00',
      },
      {
        v: 11.03,
        numFmt: '0.00',
      },
      {
        v: 0.89,
        numFmt: '0.00',
      },
    ],
    [
      '2021',
      {
        v: 2.24,
        numFmt: '0.00',
      },
      {
        v: 1.71,
        numFmt: '0.00',
      },
      {
        v: 0.16,
        numFmt: '0.00',
      },
      {
        v: 0.07,
        numFmt: '0.00',
      },
      {
        v: 0.3,
        numFmt: '0.00',
      },
      {
        v: 1.19,
        numFmt: '0.00',
      },
      {
        v: 0.13,
        numFmt: '0.00',
      },
      {
        v: 10.64,
        numFmt: '0.00',
      },
      {
        v: 0.91,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: 2022,
        numFmt: '0',
      },
      {
        v: 2.36,
        numFmt: '0.00',
      },
      {
        v: 1.84,
        numFmt: '0.00',
      },
      {
        v: 0.16,
        numFmt: '0.00',
      },
      {
        v: 0.07,
        numFmt: '0.00',
      },
      {
        v: 0.29,
        numFmt: '0.00',
      },
      {
        v: 1.17,
        numFmt: '0.00',
      },
      {
        v: 0.13,
        numFmt: '0.00',
      },
      {
        v: 9.92,
        numFmt: '0.00',
      },
      {
        v: 1.2,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: 2023,
        numFmt: '0',
      },
      {
        v: 2.39,
        numFmt: '0.00',
      },
      {
        v: 1.86,
        numFmt: '0.00',
      },
      {
        v: 0.17,
        numFmt: '0.00',
      },
      {
        v: 0.07,
        numFmt: '0.00',
      },
      {
        v: 0.29,
        numFmt: '0.00',
      },
      {
        v: 1.24,
        numFmt: '0.00',
      },
      {
        v: 0.13,
        numFmt: '0.00',
      },
      {
        v: 10.67,
        numFmt: '0.00',
      },
      {
        v: 1.06,
        numFmt: '0.00',
      },
    ],
    ['注：肉类产量为猪牛羊禽肉合计。'],
  ],
  merges: ['A1:J1', 'B2:F2', 'I2:J2', 'A2:A3', 'G2:G3', 'H2:H3'],
  plant: {
    address: 'B8',
    value: 2.56,
  },
};

describeCaseBook('round-126', [markedGroups, ratioOfNoRate]);
