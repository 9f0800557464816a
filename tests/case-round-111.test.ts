import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 111 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round111a, /tmp/round111b and the rounds before, with the figures they generated). 111A, yearbook tables
 * of the national economy (地区生产总值及三次产业构成); 111B, party building in social organisations by type:
 * - 三次产业构成（%） | 第一产业 | 第二产业 | 第三产业 to one decimal, each row adjusted to add up to 100.0: a share one
 *   unit off its counts where its row adds up to 100 is the office's adjustment, no error (111A hunt1_008).
 * - 年份 | 地区生产总值 | 第一产业 | 第二产业 | 第三产业 down 2019 … 2023: the years name the rows, no figure of any
 *   relation (2021 ÷ 39.8 is 50.8 by chance) (111A hunt2_108).
 * - 社会组织总体 / 社会团体 / 民办非企业单位 / 基金会, each 总数 | 已建党组织 | 覆盖率(%): 基金会/覆盖率 is worked out from
 *   its own block, not from 民办非企业单位's counts, which have a 覆盖率 of their own (111B hunt1_043).
 * - 应参检数 | … | 上年应参检数 | 比上年增长(%) over two kinds and their total: the header names the change and its two
 *   columns, so three rows are enough to check it (110A cases_012).
 * - 书记人数（人） | 补贴发放总额（万元） | 月人均（元）: a mean per month by its name, as 人均报酬（元/月） is by its unit
 *   (110B sweepavg_007).
 */

const sharesForcedToHundred: CaseSheet = {
  name: '表2 分县区GDP',
  rows: [
    ['2024年各乡镇（街道）地区生产总值'],
    ['单位：万元、%'],
    ['乡镇（街道）', '地区生产总值', null, null, null, null, '比上年增长（%）', '三次产业构成（%）'],
    [null, '总计', '第一产业', '第二产业', '其中：工业', '第三产业', null, '第一产业', '第二产业', '第三产业'],
    [
      '龙州街道',
      {
        v: 27139,
        numFmt: '0',
      },
      {
        v: 4384,
        numFmt: '0',
      },
      {
        v: 7621,
        numFmt: '0',
      },
      {
        v: 5427,
        numFmt: '0',
      },
      {
        v: 15135,
        numFmt: '0',
      },
      {
        v: 6.6,
        numFmt: '0.0',
      },
      {
        v: 16.2,
        numFmt: '0.0',
      },
      {
        v: 28.1,
        numFmt: '0.0',
      },
      {
        v: 55.7,
        numFmt: '0.0',
      },
    ],
    [
      '西源镇',
      {
        v: 35765,
        numFmt: '0',
      },
      {
        v: 4354,
        numFmt: '0',
      },
      {
        v: 10760,
        numFmt: '0',
      },
      {
        v: 8480,
        numFmt: '0',
      },
      {
        v: 20651,
        numFmt: '0',
      },
      {
        v: 9.3,
        numFmt: '0.0',
      },
      {
        v: 12.2,
        numFmt: '0.0',
      },
      {
        v: 30.1,
        numFmt: '0.0',
      },
      {
        v: 57.7,
        numFmt: '0.0',
      },
    ],
    [
      '北源镇',
      {
        v: 22163,
        numFmt: '0',
      },
      {
        v: 3691,
        numFmt: '0',
      },
      {
        v: 7426,
        numFmt: '0',
      },
      {
        v: 6612,
        numFmt: '0',
      },
      {
        v: 11046,
        numFmt: '0',
      },
      {
        v: 5.7,
        numFmt: '0.0',
      },
      {
        v: 16.7,
        numFmt: '0.0',
      },
      {
        v: 33.5,
        numFmt: '0.0',
      },
      {
        v: 49.8,
        numFmt: '0.0',
      },
    ],
    [
      '阳岭镇',
      {
        v: 18732,
        numFmt: '0',
      },
      {
        v: 2909,
        numFmt: '0',
      },
      {
        v: 7981,
        numFmt: '0',
      },
      {
        v: 7268,
        numFmt: '0',
      },
      {
        v: 7841,
        numFmt: '0',
      },
      {
        v: 6.2,
        numFmt: '0.0',
      },
      {
        v: 15.5,
        numFmt: '0.0',
      },
      {
        v: 42.6,
        numFmt: '0.0',
      },
      {
        v: 41.9,
        numFmt: '0.0',
      },
    ],
    [
      '安坝镇',
      {
        v: 47208,
        numFmt: '0',
      },
      {
        v: 3422,
        numFmt: '0',
      },
      {
        v: 22856,
        numFmt: '0',
      },
      {
        v: 18961,
        numFmt: '0',
      },
      {
        v: 20930,
        numFmt: '0',
      },
      {
        v: 6.1,
        numFmt: '0.0',
      },
      {
        v: 7.3,
        numFmt: '0.0',
      },
      {
        v: 48.4,
        numFmt: '0.0',
      },
      {
        v: 44.3,
        numFmt: '0.0',
      },
    ],
    [
      '昌山镇',
      {
        v: 31354,
        numFmt: '0',
      },
      {
        v: 4972,
        numFmt: '0',
      },
      {
        v: 12271,
        numFmt: '0',
      },
      {
        v: 11108,
        numFmt: '0',
      },
      {
        v: 14111,
        numFmt: '0',
      },
      {
        v: 4.2,
        numFmt: '0.0',
      },
      {
        v: 15.9,
        numFmt: '0.0',
      },
      {
        v: 39.1,
        numFmt: '0.0',
      },
      {
        v: 45,
        numFmt: '0.0',
      },
    ],
    [
      '  中山镇',
      {
        v: 47454,
        numFmt: '0',
      },
      {
        v: 3920,
        numFmt: '0',
      },
      {
        v: 17417,
        numFmt: '0',
      },
      {
        v: 14773,
        numFmt: '0',
      },
      {
        v: 26118,
        numFmt: '0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
      {
        v: 8.3,
        numFmt: '0.0',
      },
      {
        v: 36.7,
        numFmt: '0.0',
      },
      {
        v: 55,
        numFmt: '0.0',
      },
    ],
    [
      '  永岭乡',
      {
        v: 27402,
        numFmt: '0',
      },
      {
        v: 1963,
        numFmt: '0',
      },
      {
        v: 10659,
        numFmt: '0',
      },
      {
        v: 7899,
        numFmt: '0',
      },
      {
        v: 14780,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0.0',
      },
      {
        v: 7.2,
        numFmt: '0.0',
      },
      {
        v: 38.9,
        numFmt: '0.0',
      },
      {
        v: 53.9,
        numFmt: '0.0',
      },
    ],
    [
      '  昌林街道',
      {
        v: 33360,
        numFmt: '0',
      },
      {
        v: 4111,
        numFmt: '0',
      },
      {
        v: 12429,
        numFmt: '0',
      },
      {
        v: 10282,
        numFmt: '0',
      },
      {
        v: 16821,
        numFmt: '0',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
      {
        v: 12.3,
        numFmt: '0.0',
      },
      {
        v: 37.3,
        numFmt: '0.0',
      },
      {
        v: 50.4,
        numFmt: '0.0',
      },
    ],
    [
      '西州镇',
      {
        v: 37092,
        numFmt: '0',
      },
      {
        v: 3291,
        numFmt: '0',
      },
      {
        v: 14217,
        numFmt: '0',
      },
      {
        v: 12445,
        numFmt: '0',
      },
      {
        v: 19584,
        numFmt: '0',
      },
      {
        v: 5.8,
        numFmt: '0.0',
      },
      {
        v: 8.9,
        numFmt: '0.0',
      },
      {
        v: 38.3,
        numFmt: '0.0',
      },
      {
        v: 52.8,
        numFmt: '0.0',
      },
    ],
    [
      '总计',
      {
        v: 327670,
        numFmt: '0',
      },
      {
        v: 37016,
        numFmt: '0',
      },
      {
        v: 123637,
        numFmt: '0',
      },
      {
        v: 103254,
        numFmt: '0',
      },
      {
        v: 167016,
        numFmt: '0',
      },
      {
        v: 5.3,
        numFmt: '0.0',
      },
      {
        v: 11.3,
        numFmt: '0.0',
      },
      {
        v: 37.7,
        numFmt: '0.0',
      },
      {
        v: 51,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：增长速度按可比价格计算。'],
    ['填报单位：县统计局    填报人：王芳    审核人：赵磊    填报日期：2025年4月15日'],
  ],
  merges: ['A1:J1', 'B3:F3', 'H3:J3', 'A3:A4', 'G3:G4'],
  plant: {
    address: 'J7',
    value: 56.8,
  },
};
const yearsNamingRows: CaseSheet = {
  name: '综合',
  rows: [
    [],
    ['永宁县国民经济主要指标'],
    ['指    标', '单位', '2023年', '2022年', '比上年增长（%）'],
    [
      '地区生产总值',
      '万元',
      {
        v: 3415919,
        numFmt: '0',
      },
      {
        v: 3179775,
        numFmt: '0',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
    ],
    [
      '第一产业',
      '万元',
      {
        v: 372193,
        numFmt: '0',
      },
      {
        v: 353335,
        numFmt: '0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
    ],
    [
      '第二产业',
      '万元',
      {
        v: 1601962,
        numFmt: '0',
      },
      {
        v: 1517464,
        numFmt: '0',
      },
      {
        v: 8.2,
        numFmt: '0.0',
      },
    ],
    [
      '#工业',
      '万元',
      {
        v: 1325076,
        numFmt: '0',
      },
      {
        v: 1260529,
        numFmt: '0',
      },
      {
        v: 5.6,
        numFmt: '0.0',
      },
    ],
    [
      '第三产业',
      '万元',
      {
        v: 1441764,
        numFmt: '0',
      },
      {
        v: 1308976,
        numFmt: '0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
    ],
    [
      '常住人口（年末）',
      '万人',
      {
        v: 39.38,
        numFmt: '0.00',
      },
      {
        v: 39.07,
        numFmt: '0.00',
      },
      '',
    ],
    [
      '人均地区生产总值',
      '元',
      {
        v: 86742,
        numFmt: '0',
      },
      {
        v: 81387,
        numFmt: '0',
      },
      {
        v: 4.5,
        numFmt: '0.0',
      },
    ],
    [
      '一般公共预算收入',
      '万元',
      {
        v: 205495,
        numFmt: '0',
      },
      {
        v: 184859,
        numFmt: '0',
      },
      {
        v: 11.2,
        numFmt: '0.0',
      },
    ],
    [
      '#税收收入',
      '万元',
      {
        v: 136707,
        numFmt: '0',
      },
      {
        v: 128262,
        numFmt: '0',
      },
      {
        v: 6.6,
        numFmt: '0.0',
      },
    ],
    [
      '一般公共预算支出',
      '万元',
      {
        v: 530469,
        numFmt: '0',
      },
      {
        v: 337762,
        numFmt: '0',
      },
      {
        v: 57.1,
        numFmt: '0.0',
      },
    ],
    [
      '社会消费品零售总额',
      '万元',
      {
        v: 1413541,
        numFmt: '0',
      },
      '—',
      {
        v: 7.4,
        numFmt: '0.0',
      },
    ],
    [
      '规模以上工业增加值增长',
      '%',
      {
        v: 5.9,
        numFmt: '0.0',
      },
      {
        v: 8.6,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '固定资产投资增长',
      '%',
      {
        v: 0.7,
        numFmt: '0.0',
      },
      {
        v: -2.3,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '城镇常住居民人均可支配收入',
      '元',
      {
        v: 33829,
        numFmt: '0',
      },
      {
        v: 32177,
        numFmt: '0',
      },
      '',
    ],
    [],
    ['注：1.地区生产总值、各产业增加值绝对数按现价计算，增长速度按可比价格计算。'],
    [],
    [],
    [null, '三次产业构成'],
    [null, '（地区生产总值=100）'],
    [null, null, null, null, null, null, null, '（单位：%）'],
    [
      null,
      '年份',
      '地区生产总值',
      '第一产业',
      '第二产业',
      '第三产业',
      '第三产业比重增减（百分点）',
      '对经济增长贡献率：第二产业（%）',
    ],
    [
      null,
      2019,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 10.4,
        numFmt: '0.0',
      },
      {
        v: 40.6,
        numFmt: '0.0',
      },
      {
        v: 49,
        numFmt: '0.0',
      },
      '—',
      {
        v: 35.8,
        numFmt: '0.0',
      },
    ],
    [
      null,
      2020,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 9.4,
        numFmt: '0.0',
      },
      {
        v: 39.8,
        numFmt: '0.0',
      },
      {
        v: 50.8,
        numFmt: '0.0',
      },
      {
        v: 1.8,
        numFmt: '0.0',
      },
      {
        v: 47.7,
        numFmt: '0.0',
      },
    ],
    [
      null,
      2021,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 9.5,
        numFmt: '0.0',
      },
      {
        v: 39.8,
        numFmt: '0.0',
      },
      {
        v: 50.7,
        numFmt: '0.0',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
      {
        v: 23.4,
        numFmt: '0.0',
      },
    ],
    [
      null,
      2022,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 9.4,
        numFmt: '0.0',
      },
      {
        v: 39.8,
        numFmt: '0.0',
      },
      {
        v: 50.8,
        numFmt: '0.0',
      },
      {
        v: 0.1,
        numFmt: '0.0',
      },
      {
        v: 26.2,
        numFmt: '0.0',
      },
    ],
    [
      null,
      2023,
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 9.1,
        numFmt: '0.0',
      },
      {
        v: 38.8,
        numFmt: '0.0',
      },
      {
        v: 52.1,
        numFmt: '0.0',
      },
      {
        v: 1.3,
        numFmt: '0.0',
      },
      {
        v: 45.4,
        numFmt: '0.0',
      },
    ],
    [null, '注：贡献率按可比价格计算。'],
    [null, '填报单位：统计局综合科    填报人：王芳    审核人：黄敏    填报日期：2025年1月13日'],
  ],
  merges: ['A2:E2', 'B22:H22', 'B23:H23'],
  plant: {
    address: 'C28',
    value: 104,
  },
};
const blocksOwnRates: CaseSheet = {
  name: '附表2分类型',
  rows: [
    ['兰州市2023年各类社会组织党组织覆盖情况表'],
    ['单位', '社会组织总体', null, null, '社会团体', null, null, '民办非企业单位', null, null, '基金会'],
    [
      null,
      '总数',
      '已建党组织',
      '覆盖率(%)',
      '总数',
      '已建党组织',
      '覆盖率(%)',
      '总数',
      '已建党组织',
      '覆盖率(%)',
      '总数',
      '已建党组织',
      '覆盖率(%)',
    ],
    ['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    [
      '兰州市合计',
      {
        v: 357,
        numFmt: '#,##0',
      },
      {
        v: 221,
        numFmt: '0',
      },
      {
        v: 61.9,
        numFmt: '0.0',
      },
      {
        v: 151,
        numFmt: '#,##0',
      },
      {
        v: 92,
        numFmt: '0',
      },
      {
        v: 60.9,
        numFmt: '0.0',
      },
      {
        v: 196,
        numFmt: '0',
      },
      {
        v: 123,
        numFmt: '#,##0',
      },
      {
        v: 62.8,
        numFmt: '0.0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 6,
        numFmt: '#,##0',
      },
      {
        v: 60,
        numFmt: '0.0',
      },
    ],
    [
      '城关区（小计）',
      {
        v: 148,
        numFmt: '0',
      },
      {
        v: 99,
        numFmt: '0',
      },
      {
        v: 66.9,
        numFmt: '0.0',
      },
      {
        v: 63,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '#,##0',
      },
      {
        v: 68.3,
        numFmt: '0.0',
      },
      {
        v: 81,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '#,##0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '　　临河镇',
      {
        v: 43,
        numFmt: '#,##0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 65.1,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 60,
        numFmt: '0.0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '#,##0',
      },
      {
        v: 67.9,
        numFmt: '0.0',
      },
      '-',
      '-',
      '—',
    ],
    [
      '　　北关街道',
      {
        v: 51,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 58.8,
        numFmt: '0.0',
      },
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 53.8,
        numFmt: '0.0',
      },
      {
        v: 23,
        numFmt: '#,##0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 65.2,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '　　白马乡',
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 75.9,
        numFmt: '0.0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 90.9,
        numFmt: '0.0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
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
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '七里河区（小计）',
      {
        v: 209,
        numFmt: '#,##0',
      },
      {
        v: 122,
        numFmt: '0',
      },
      {
        v: 58.4,
        numFmt: '0.0',
      },
      {
        v: 88,
        numFmt: '0',
      },
      {
        v: 49,
        numFmt: '#,##0',
      },
      {
        v: 55.7,
        numFmt: '0.0',
      },
      {
        v: 115,
        numFmt: '0',
      },
      {
        v: 69,
        numFmt: '0',
      },
      {
        v: 60,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      '　　南关街道',
      {
        v: 82,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0.0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '#,##0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      {
        v: 49,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 57.1,
        numFmt: '0.0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
    ],
    [
      '　　新华街道',
      {
        v: 28,
        numFmt: '#,##0',
      },
      {
        v: 19,
        numFmt: '#,##0',
      },
      {
        v: 67.9,
        numFmt: '0.0',
      },
      {
        v: 8,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 87.5,
        numFmt: '0.0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 61.1,
        numFmt: '0.0',
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
        v: 50,
        numFmt: '0.0',
      },
    ],
    [
      '　　文化街道',
      {
        v: 81,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '#,##0',
      },
      {
        v: 53.1,
        numFmt: '0.0',
      },
      {
        v: 41,
        numFmt: '0',
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
        v: 40,
        numFmt: '0',
      },
      {
        v: 26,
        numFmt: '#,##0',
      },
      {
        v: 65,
        numFmt: '0.0',
      },
      '-',
      '-',
      '—',
    ],
    [
      '　　龙山镇',
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 55.6,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 55.6,
        numFmt: '0.0',
      },
      {
        v: 8,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：覆盖率=已建立党组织的社会组织数÷社会组织总数×100%。'],
    ['填报单位（盖章）：市社会组织党委    填报人：周杰    审核人：刘洋'],
  ],
  merges: ['A1:M1', 'B2:D2', 'E2:G2', 'H2:J2', 'K2:M2', 'A2:A3', 'A16:M16'],
  plant: {
    address: 'J9',
    value: 76.7,
  },
};
const changeOfThreeRows: CaseSheet = {
  name: '分类统计',
  rows: [
    ['2024年度红星县社会组织年检情况（按类型分）'],
    ['填报单位：红星县民政局', null, null, null, null, null, null, '单位：个/%'],
    ['类 别', '应参检数', '已参检数', '参检率(%)', '年检合格数', '合格率(%)', '上年应参检数', '比上年增长(%)'],
    [
      '社会团体',
      {
        v: 90,
        numFmt: '0',
      },
      {
        v: 80,
        numFmt: '0',
      },
      {
        v: 88.9,
        numFmt: '0.0',
      },
      {
        v: 80,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 87,
        numFmt: '0',
      },
      {
        v: 3.4,
        numFmt: '0.0',
      },
    ],
    [
      '民办非企业单位',
      {
        v: 89,
        numFmt: '0',
      },
      {
        v: 84,
        numFmt: '0',
      },
      {
        v: 94.4,
        numFmt: '0.0',
      },
      {
        v: 79,
        numFmt: '0',
      },
      {
        v: 94,
        numFmt: '0.0',
      },
      {
        v: 87,
        numFmt: '0',
      },
      {
        v: 2.3,
        numFmt: '0.0',
      },
    ],
    [
      '基金会',
      {
        v: 1,
        numFmt: '0',
      },
      '1',
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '全县合计',
      '180',
      {
        v: 165,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 160,
        numFmt: '0',
      },
      {
        v: 97,
        numFmt: '0.0',
      },
      {
        v: 175,
        numFmt: '0',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
    ],
    [
      '注：1.本表不含已列入活动异常名录的社会组织；2.成立未满一年的社会组织不参加年检；3.参检率=已参检数÷应参检数×100%；4.基金会由省级民政部门登记管理；5.合格率=年检合格数÷已参检数×100%；6.党建入章比例=已将党建工作写入章程的社会组织数÷社会组织总数×100%。',
    ],
    ['填报人：李娜    审核人：张敏    联系电话：0775-7510759    填报日期：2025年6月11日'],
  ],
  merges: ['A1:H1', 'A8:H8', 'A9:H9'],
  plant: {
    address: 'H5',
    value: 9.3,
  },
};
const meanPerMonthNamed: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['2023年各县（市、区）非公有制企业党组织书记报酬发放情况统计表'],
    ['填报单位：市委组织部（非公和社会组织党工委）', null, null, null, null, null, null, null, '单位：人、万元、元/月'],
    [
      '单位',
      '书记人数（人）',
      '补贴发放总额（万元）',
      '资金来源',
      null,
      null,
      '月人均（元）',
      '财政补贴占比（%）',
      '上年发放总额（万元）',
      '比上年增长（%）',
    ],
    [null, null, null, '财政补贴', '党费返还', '企业列支'],
    [
      '全省合计',
      {
        v: 840,
        numFmt: '0',
      },
      {
        v: 1124.93,
        numFmt: '0.00',
      },
      {
        v: 518.74,
        numFmt: '0.00',
      },
      {
        v: 237.12,
        numFmt: '0.00',
      },
      {
        v: 369.07,
        numFmt: '0.00',
      },
      {
        v: 1116,
        numFmt: '0',
      },
      {
        v: 46.1,
        numFmt: '0.0',
      },
      {
        v: 1044.61,
        numFmt: '0.00',
      },
      {
        v: 7.7,
        numFmt: '0.0',
      },
    ],
    [
      '临江县',
      {
        v: 53,
        numFmt: '0',
      },
      {
        v: 96.19,
        numFmt: '0.00',
      },
      {
        v: 36.05,
        numFmt: '0.00',
      },
      {
        v: 15.82,
        numFmt: '0.00',
      },
      {
        v: 44.33,
        numFmt: '0.00',
      },
      {
        v: 1512,
        numFmt: '0',
      },
      {
        v: 37.5,
        numFmt: '0.0',
      },
      {
        v: 104.08,
        numFmt: '0.00',
      },
      {
        v: -7.6,
        numFmt: '0.0',
      },
    ],
    [
      '桃江县',
      {
        v: 309,
        numFmt: '0',
      },
      {
        v: 338.61,
        numFmt: '0.00',
      },
      {
        v: 212.27,
        numFmt: '0.00',
      },
      {
        v: 97.16,
        numFmt: '0.00',
      },
      {
        v: 29.18,
        numFmt: '0.00',
      },
      {
        v: 913,
        numFmt: '0',
      },
      {
        v: 62.7,
        numFmt: '0.0',
      },
      {
        v: 295.11,
        numFmt: '0.00',
      },
      {
        v: 14.7,
        numFmt: '0.0',
      },
    ],
    [
      '白沙县',
      {
        v: 124,
        numFmt: '0',
      },
      {
        v: 211.47,
        numFmt: '0.00',
      },
      {
        v: 75.44,
        numFmt: '0.00',
      },
      {
        v: 52.91,
        numFmt: '0.00',
      },
      {
        v: 83.12,
        numFmt: '0.00',
      },
      {
        v: 1421,
        numFmt: '0',
      },
      {
        v: 35.7,
        numFmt: '0.0',
      },
      {
        v: 211.61,
        numFmt: '0.00',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
    ],
    [
      '永宁县',
      {
        v: 106,
        numFmt: '0',
      },
      {
        v: 173.92,
        numFmt: '0.00',
      },
      {
        v: 56.45,
        numFmt: '0.00',
      },
      {
        v: 25.51,
        numFmt: '0.00',
      },
      {
        v: 91.96,
        numFmt: '0.00',
      },
      {
        v: 1367,
        numFmt: '0',
      },
      {
        v: 32.5,
        numFmt: '0.0',
      },
      {
        v: 193.06,
        numFmt: '0.00',
      },
      {
        v: -9.9,
        numFmt: '0.0',
      },
    ],
    [
      '东城区',
      {
        v: 248,
        numFmt: '0',
      },
      {
        v: 304.74,
        numFmt: '0.00',
      },
      {
        v: 138.53,
        numFmt: '0.00',
      },
      {
        v: 45.73,
        numFmt: '0.00',
      },
      {
        v: 120.48,
        numFmt: '0.00',
      },
      {
        v: 1024,
        numFmt: '0',
      },
      {
        v: 45.5,
        numFmt: '0.0',
      },
      {
        v: 240.75,
        numFmt: '0.00',
      },
      {
        v: 26.6,
        numFmt: '0.0',
      },
    ],
    ['填报人：李强', null, '审核人：孙伟', null, '填报日期：2024年2月19日'],
  ],
  merges: ['A1:J1', 'D3:F3', 'A3:A4', 'B3:B4', 'C3:C4', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:J4'],
  plant: {
    address: 'G6',
    value: 1965.6,
  },
};

describeCaseBook('round-111', [
  sharesForcedToHundred,
  yearsNamingRows,
  blocksOwnRates,
  changeOfThreeRows,
  meanPerMonthNamed,
]);
