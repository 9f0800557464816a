import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 119 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round119a and /tmp/round119b, with the figures they generated). 119A, farmer cooperatives and family farms
 * (农民专业合作社、家庭农场); 119B, medical insurance and the housing provident fund (医疗保障、住房公积金):
 * - 市区小计 over counties indented unevenly (four spaces; four spaces and an Excel indent; two spaces): the rows the
 *   nesting leaves unclear are the subtotal's where, counted flat, they or the nearest of them add up to it, and the
 *   total's where its rows then add up (119B h2_045, h2_074).
 * - 养殖业 | 其中：生猪 | then 家禽, 水产 typed under 生猪's name: more of the list, not 生猪's parts, though 2 + 1 = 3 in one
 *   year of two (119A h1_031).
 */
const unevenIndentUnderSubtotal: CaseSheet = {
  name: '参保表2',
  rows: [
    ['江州市2023年基本医疗保险参保情况'],
    [
      '地区',
      '参保人数合计（人）',
      '职工基本医疗保险（人）',
      null,
      null,
      '城乡居民基本医疗保险（人）',
      '退休人员占职工比重（%）',
    ],
    [null, null, '小计', '其中：在职', '退休'],
    [
      '全市',
      {
        v: 1610600,
        numFmt: '0',
      },
      {
        v: 432127,
        numFmt: '0',
      },
      {
        v: 341187,
        numFmt: '0',
      },
      {
        v: 90940,
        numFmt: '0',
      },
      {
        v: 1178473,
        numFmt: '0',
      },
      {
        v: 21.04,
        numFmt: '0.00',
      },
    ],
    [
      '市区小计',
      {
        v: 837997,
        numFmt: '0',
      },
      {
        v: 237312,
        numFmt: '0',
      },
      {
        v: 186350,
        numFmt: '0',
      },
      {
        v: 50962,
        numFmt: '0',
      },
      {
        v: 600685,
        numFmt: '0',
      },
      {
        v: 21.47,
        numFmt: '0.00',
      },
    ],
    [
      '    青石县',
      {
        v: 201462,
        numFmt: '0',
      },
      {
        v: 90841,
        numFmt: '0',
      },
      {
        v: 86491,
        numFmt: '0',
      },
      {
        v: 4350,
        numFmt: '0',
      },
      {
        v: 110621,
        numFmt: '0',
      },
      {
        v: 4.79,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '    城关区',
        indent: 1,
      },
      {
        v: 256345,
        numFmt: '0',
      },
      {
        v: 85326,
        numFmt: '0',
      },
      {
        v: 66074,
        numFmt: '0',
      },
      {
        v: 19252,
        numFmt: '0',
      },
      {
        v: 171019,
        numFmt: '0',
      },
      {
        v: 22.56,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '    临江市',
        indent: 1,
      },
      {
        v: 380190,
        numFmt: '0',
      },
      {
        v: 61145,
        numFmt: '0',
      },
      {
        v: 33785,
        numFmt: '0',
      },
      {
        v: 27360,
        numFmt: '0',
      },
      {
        v: 319045,
        numFmt: '0',
      },
      {
        v: 44.75,
        numFmt: '0.00',
      },
    ],
    [
      '东湖区',
      {
        v: 421857,
        numFmt: '0',
      },
      {
        v: 71002,
        numFmt: '0',
      },
      {
        v: 67070,
        numFmt: '0',
      },
      {
        v: 3932,
        numFmt: '0',
      },
      {
        v: 350855,
        numFmt: '0',
      },
      {
        v: 5.54,
        numFmt: '0.00',
      },
    ],
    [
      '永和县',
      {
        v: 206016,
        numFmt: '0',
      },
      {
        v: 40734,
        numFmt: '0',
      },
      {
        v: 22928,
        numFmt: '0',
      },
      {
        v: 17806,
        numFmt: '0',
      },
      {
        v: 165282,
        numFmt: '0',
      },
      {
        v: 43.71,
        numFmt: '0.00',
      },
    ],
    [
      '  安乐县',
      {
        v: 144730,
        numFmt: '0',
      },
      {
        v: 83079,
        numFmt: '0',
      },
      {
        v: 64839,
        numFmt: '0',
      },
      {
        v: 18240,
        numFmt: '0',
      },
      {
        v: 61651,
        numFmt: '0',
      },
      {
        v: 21.96,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：参保人数为年末数。'],
  ],
  merges: ['A1:G1', 'C2:E2', 'A2:A3', 'B2:B3', 'F2:F3', 'G2:G3'],
  plant: {
    address: 'B7',
    value: 266345,
  },
};

const subtotalOverFirstOfIndented: CaseSheet = {
  name: '参保3',
  rows: [
    ['安平市基本医疗保险参保情况'],
    ['单位：万人'],
    ['地区', '参保人数合计', '职工基本医疗保险', null, null, '城乡居民基本医疗保险', '退休人员占职工比重（%）'],
    [null, null, '小计', '其中：在职', '退休'],
    [
      '全市',
      {
        v: 288.06,
        numFmt: '0.00',
      },
      {
        v: 52.81,
        numFmt: '0.00',
      },
      {
        v: 41.34,
        numFmt: '0.00',
      },
      {
        v: 11.48,
        numFmt: '0.00',
      },
      {
        v: 235.24,
        numFmt: '0.00',
      },
      {
        v: 21.74,
        numFmt: '0.00',
      },
    ],
    [
      '市区小计',
      {
        v: 108.29,
        numFmt: '0.00',
      },
      {
        v: 21.53,
        numFmt: '0.00',
      },
      {
        v: 17.35,
        numFmt: '0.00',
      },
      {
        v: 4.18,
        numFmt: '0.00',
      },
      {
        v: 86.76,
        numFmt: '0.00',
      },
      {
        v: 19.41,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '    城关区',
        indent: 1,
      },
      {
        v: 19.04,
        numFmt: '0.00',
      },
      {
        v: 10.87,
        numFmt: '0.00',
      },
      {
        v: 8.68,
        numFmt: '0.00',
      },
      {
        v: 2.19,
        numFmt: '0.00',
      },
      {
        v: 8.17,
        numFmt: '0.00',
      },
      {
        v: 20.15,
        numFmt: '0.00',
      },
    ],
    [
      '    安乐县',
      {
        v: 37.47,
        numFmt: '0.00',
      },
      {
        v: 5.73,
        numFmt: '0.00',
      },
      {
        v: 4.65,
        numFmt: '0.00',
      },
      {
        v: 1.08,
        numFmt: '0.00',
      },
      {
        v: 31.74,
        numFmt: '0.00',
      },
      {
        v: 18.85,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '    西山县',
        indent: 1,
      },
      {
        v: 51.77,
        numFmt: '0.00',
      },
      {
        v: 4.92,
        numFmt: '0.00',
      },
      {
        v: 4.02,
        numFmt: '0.00',
      },
      {
        v: 0.9,
        numFmt: '0.00',
      },
      {
        v: 46.85,
        numFmt: '0.00',
      },
      {
        v: 18.29,
        numFmt: '0.00',
      },
    ],
    [
      '  长宁县',
      {
        v: 43.55,
        numFmt: '0.00',
      },
      {
        v: 4.12,
        numFmt: '0.00',
      },
      {
        v: 3.26,
        numFmt: '0.00',
      },
      {
        v: 0.86,
        numFmt: '0.00',
      },
      {
        v: 39.43,
        numFmt: '0.00',
      },
      {
        v: 20.87,
        numFmt: '0.00',
      },
    ],
    [
      '金沙县',
      {
        v: 22.91,
        numFmt: '0.00',
      },
      {
        v: 7.18,
        numFmt: '0.00',
      },
      {
        v: 6.75,
        numFmt: '0.00',
      },
      {
        v: 0.43,
        numFmt: '0.00',
      },
      {
        v: 15.73,
        numFmt: '0.00',
      },
      {
        v: 5.99,
        numFmt: '0.00',
      },
    ],
    [
      '经开区',
      {
        v: 50.73,
        numFmt: '0.00',
      },
      {
        v: 9.69,
        numFmt: '0.00',
      },
      {
        v: 7.58,
        numFmt: '0.00',
      },
      {
        v: 2.11,
        numFmt: '0.00',
      },
      {
        v: 41.05,
        numFmt: '0.00',
      },
      {
        v: 21.78,
        numFmt: '0.00',
      },
    ],
    [
      '  白河县',
      {
        v: 23.24,
        numFmt: '0.00',
      },
      {
        v: 4.67,
        numFmt: '0.00',
      },
      {
        v: 2.51,
        numFmt: '0.00',
      },
      {
        v: 2.16,
        numFmt: '0.00',
      },
      {
        v: 18.57,
        numFmt: '0.00',
      },
      {
        v: 46.25,
        numFmt: '0.00',
      },
    ],
    [
      '临江市',
      {
        v: 39.33,
        numFmt: '0.00',
      },
      {
        v: 5.62,
        numFmt: '0.00',
      },
      {
        v: 3.89,
        numFmt: '0.00',
      },
      {
        v: 1.73,
        numFmt: '0.00',
      },
      {
        v: 33.71,
        numFmt: '0.00',
      },
      {
        v: 30.78,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：参保人数为年末数。'],
  ],
  merges: ['A1:G1', 'C3:E3', 'A3:A4', 'B3:B4', 'F3:F4', 'G3:G4'],
  plant: {
    address: 'B8',
    value: 41.47,
  },
};

const itemsUnderTheName: CaseSheet = {
  name: '分行业',
  rows: [
    ['农民合作社行业分布'],
    ['行业', '2018年', '2019年', '比上年增长（%）'],
    [null, '合作社数', '合作社数'],
    [
      '合计',
      {
        v: 240,
        numFmt: '0',
      },
      {
        v: 261,
        numFmt: '0',
      },
      {
        v: 8.8,
        numFmt: '0.0',
      },
    ],
    [
      '种植业',
      {
        v: 84,
        numFmt: '0',
      },
      {
        v: 81,
        numFmt: '0',
      },
      {
        v: -3.6,
        numFmt: '0.0',
      },
    ],
    [
      '其中：粮食',
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '      蔬菜',
      {
        v: 3,
        numFmt: '0',
      },
      '13',
      {
        v: 333.3,
        numFmt: '0.0',
      },
    ],
    [
      '      水果',
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: -16.7,
        numFmt: '0.0',
      },
    ],
    [
      '      茶叶',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: -43.8,
        numFmt: '0.0',
      },
    ],
    [
      '养殖业',
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 22.2,
        numFmt: '0.0',
      },
    ],
    [
      '其中：生猪',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 33.3,
        numFmt: '0.0',
      },
    ],
    [
      '      家禽',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '      水产',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '农机服务',
      {
        v: 45,
        numFmt: '0',
      },
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 28.9,
        numFmt: '0.0',
      },
    ],
    [
      '植保服务',
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 15.4,
        numFmt: '0.0',
      },
    ],
    [
      '休闲农业',
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
    ],
    [
      '其他',
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 2.5,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：按合作社主营业务划分。'],
  ],
  merges: ['A1:D1', 'A2:A3', 'D2:D3'],
  plant: {
    address: 'C12',
    value: 24,
  },
};

describeCaseBook('round-119', [unevenIndentUnderSubtotal, subtotalOverFirstOfIndented, itemsUnderTheName]);
