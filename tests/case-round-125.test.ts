import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 125 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round125a and /tmp/round125b, with the figures they generated).
 *
 * 125A, deputies and committee members who are non-public economy figures (人大代表、政协委员中的非公有制经济人士):
 * - by level, 全国 | 省级 | 市级 | 县级 | 乡级 with 合计 over them or under them: 全国 reads as a total, but it is one of
 *   the levels the total adds up (the total holds with it in every column, not without it); 乡级 blank or — where 乡镇不设
 *   政协 (72 clean books raised the total, 125A cases_021, cases_015, h1_041).
 * - 非公有制经济人士 | 其中：女性 | 中共党员 | 民营企业出资人, the last two typed at the 其中 row's indent, in two columns: the
 *   two add up to the whole in 上届 by chance (44 + 64 = 108), not in 本届; they are more of the 其中 list, no breakdown
 *   of the whole (125A h2_058).
 *
 * 125B, market entities registered (市场主体登记):
 * - 企业 | #私营企业 | #外商投资企业 (indented) | 二、个体工商户 | 农民专业合作社 | 合计: the list numbers its items from 二、 on,
 *   its first item unnumbered, so 农民专业合作社, typed as 二、 is, is the third item, no item of 二、 (125B probe_037).
 * - 合计 | 企业 | 其中：私营企业 | 个体工商户 | 农民专业合作社, all typed two spaces in, with an 增减（户） column: 私营企业's fall
 *   (−324) is no part passing 企业's (−615); the 其中 row is 企业's, and 合计 is the sum of 企业, 个体工商户 and 农民专业合作社
 *   (125B h1_093).
 * - 2023年 新设企业 | 占比 | 2022年 新设企业 | 占比 | 占比增减（百分点）, each 占比 a share of 合计's count: a difference of
 *   the two shares beside them leaves them shares still, which add up as their counts do; a share typed wrong is found
 *   and blamed (125B probe_027).
 */
const levelsUnderTotal: CaseSheet = {
  name: '表4-level',
  rows: [
    ['龙泉县政协委员中非公有制经济人士和新的社会阶层人士情况（按层级）'],
    [null, null, null, null, null, null, null, null, '单位：人'],
    ['层级', '委员总数', '非公有制经济人士', null, null, null, '新的社会阶层人士', '非公人士占比(%)', '新阶层占比(%)'],
    [null, null, '小计', '其中'],
    [null, null, null, '女性', '中共党员', '民营企业出资人'],
    [
      '合计',
      {
        v: 4809,
        numFmt: '0',
      },
      {
        v: 765,
        numFmt: '0',
      },
      {
        v: 149,
        numFmt: '0',
      },
      {
        v: 431,
        numFmt: '0',
      },
      {
        v: 541,
        numFmt: '0',
      },
      {
        v: 380,
        numFmt: '0',
      },
      {
        v: 15.9,
        numFmt: '0.0',
      },
      {
        v: 7.9,
        numFmt: '0.0',
      },
    ],
    [
      '全国',
      {
        v: 80,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 22.5,
        numFmt: '0.0',
      },
      {
        v: 3.8,
        numFmt: '0.0',
      },
    ],
    [
      '省级',
      {
        v: 759,
        numFmt: '0',
      },
      {
        v: 70,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: 113,
        numFmt: '0',
      },
      {
        v: 9.2,
        numFmt: '0.0',
      },
      {
        v: 14.9,
        numFmt: '0.0',
      },
    ],
    [
      '市级',
      {
        v: 1311,
        numFmt: '0',
      },
      {
        v: 331,
        numFmt: '0',
      },
      {
        v: 45,
        numFmt: '0',
      },
      {
        v: 227,
        numFmt: '0',
      },
      {
        v: 168,
        numFmt: '0',
      },
      {
        v: 116,
        numFmt: '0',
      },
      {
        v: 25.2,
        numFmt: '0.0',
      },
      {
        v: 8.8,
        numFmt: '0.0',
      },
    ],
    [
      '县级',
      {
        v: 2659,
        numFmt: '0',
      },
      {
        v: 346,
        numFmt: '0',
      },
      {
        v: 82,
        numFmt: '0',
      },
      {
        v: 174,
        numFmt: '0',
      },
      {
        v: 293,
        numFmt: '0',
      },
      {
        v: 148,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0.0',
      },
      {
        v: 5.6,
        numFmt: '0.0',
      },
    ],
    ['乡级', '-', '-', '—', '-', '-', null, '—'],
    [],
    ['注：“—”表示无此项。乡镇不设政协。'],
  ],
  merges: ['C3:F3', 'A3:A5', 'B3:B5', 'D4:F4', 'G3:G5', 'H3:H5', 'I3:I5', 'C4:C5'],
  plant: {
    address: 'B8',
    value: 700,
  },
};

const levelsOverTotal: CaseSheet = {
  name: '2',
  rows: [
    ['柳林市政协委员中非公有制经济人士和新的社会阶层人士情况（按层级）'],
    [null, null, null, null, null, null, '单位：人'],
    ['层级', '委员总数', '非公有制经济人士', null, null, null, '非公人士占比(%)'],
    [null, null, '小计', '其中'],
    [null, null, null, '女性', '中共党员', '民营企业出资人'],
    [
      '全国',
      {
        v: 46,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 17.4,
        numFmt: '0.0',
      },
    ],
    [
      '省级',
      {
        v: 508,
        numFmt: '0',
      },
      {
        v: 139,
        numFmt: '0',
      },
      '34',
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: 91,
        numFmt: '0',
      },
      {
        v: 27.4,
        numFmt: '0.0',
      },
    ],
    [
      '市级',
      {
        v: 1254,
        numFmt: '0',
      },
      {
        v: 106,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      '40',
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 8.5,
        numFmt: '0.0',
      },
    ],
    [
      '县级',
      {
        v: 2060,
        numFmt: '0',
      },
      {
        v: 469,
        numFmt: '0',
      },
      {
        v: 64,
        numFmt: '0',
      },
      {
        v: 321,
        numFmt: '0',
      },
      {
        v: 351,
        numFmt: '0',
      },
      {
        v: 22.8,
        numFmt: '0.0',
      },
    ],
    ['乡级', null, null, '—', '-'],
    [
      '全省合计',
      {
        v: 3868,
        numFmt: '0',
      },
      {
        v: 722,
        numFmt: '0',
      },
      {
        v: 112,
        numFmt: '0',
      },
      {
        v: 426,
        numFmt: '0',
      },
      {
        v: 504,
        numFmt: '0',
      },
      {
        v: 18.7,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：“—”表示无此项。乡镇不设政协。'],
  ],
  merges: ['A1:G1', 'C3:F3', 'A3:A5', 'B3:B5', 'D4:F4', 'G3:G5', 'C4:C5'],
  plant: {
    address: 'B11',
    value: 3968,
  },
};

const ofWhichInTwoColumns: CaseSheet = {
  name: '表3',
  rows: [
    ['凤山县政协委员中非公有制经济人士主要指标'],
    ['指标', '计量单位', '本届', '上届', '增长(%)', '增减(百分点)'],
    [
      '政协委员总数',
      '人',
      {
        v: 721,
        numFmt: '0',
      },
      '703',
      {
        v: 2.6,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '非公有制经济人士',
      '人',
      {
        v: 205,
        numFmt: '0',
      },
      {
        v: 108,
        numFmt: '0',
      },
      {
        v: 89.8,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      {
        v: '其中：女性',
        indent: 1,
      },
      '人',
      {
        v: 39,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 160,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      {
        v: '中共党员',
        indent: 1,
      },
      '人',
      {
        v: 88,
        numFmt: '0',
      },
      {
        v: 44,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      {
        v: '民营企业出资人',
        indent: 1,
      },
      '人',
      {
        v: 175,
        numFmt: '0',
      },
      '64',
      {
        v: 173.4,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '新的社会阶层人士',
      '人',
      {
        v: 97,
        numFmt: '0',
      },
      {
        v: 53,
        numFmt: '0',
      },
      {
        v: 83,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '非公有制经济人士占比',
      '%',
      {
        v: 28.4,
        numFmt: '0.0',
      },
      {
        v: 15.4,
        numFmt: '0.0',
      },
      '—',
      {
        v: 13,
        numFmt: '0.0',
      },
    ],
    [
      '新的社会阶层人士占比',
      '%',
      {
        v: 13.5,
        numFmt: '0.0',
      },
      {
        v: 7.5,
        numFmt: '0.0',
      },
      '—',
      {
        v: 6,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：“—”表示无此项。乡镇不设政协。'],
  ],
  plant: {
    address: 'C5',
    value: 300,
  },
};

const numberedFromTwo: CaseSheet = {
  name: '1-9月',
  rows: [
    ['安平市2023年1-9月实有市场主体情况'],
    ['项目', '9月末', '上年同期', '增长（%）'],
    [
      '企业',
      {
        v: 30226,
        numFmt: '0',
      },
      {
        v: 24603,
        numFmt: '0',
      },
      {
        v: 22.9,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '#私营企业',
        indent: 2,
      },
      {
        v: 26901,
        numFmt: '0',
      },
      {
        v: 22455,
        numFmt: '0',
      },
      {
        v: 19.8,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '#外商投资企业',
        indent: 2,
      },
      {
        v: 379,
        numFmt: '0',
      },
      {
        v: 287,
        numFmt: '0',
      },
      {
        v: 32.1,
        numFmt: '0.0',
      },
    ],
    [
      '二、个体工商户',
      {
        v: 99989,
        numFmt: '0',
      },
      {
        v: 89958,
        numFmt: '0',
      },
      {
        v: 11.2,
        numFmt: '0.0',
      },
    ],
    [
      '农民专业合作社',
      {
        v: 467,
        numFmt: '0',
      },
      {
        v: 439,
        numFmt: '0',
      },
      {
        v: 6.4,
        numFmt: '0.0',
      },
    ],
    [
      '合计',
      {
        v: 130682,
        numFmt: '0',
      },
      {
        v: 115000,
        numFmt: '0',
      },
      {
        v: 13.6,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:D1'],
  plant: {
    address: 'B7',
    value: 600,
  },
};

const fallingPart: CaseSheet = {
  name: '登记情况',
  rows: [
    ['河东省2021年1-10月新设市场主体情况'],
    ['指标', '新设户数', null, '增减', '同比增长'],
    [null, '本期', '上年同期', '（户）', '（%）'],
    [
      '合计',
      {
        v: 189555,
        numFmt: '0',
      },
      {
        v: 171765,
        numFmt: '0',
      },
      {
        v: 17790,
        numFmt: '0',
      },
      {
        v: 10.4,
        numFmt: '0.0',
      },
    ],
    [
      '  企业',
      {
        v: 29421,
        numFmt: '0',
      },
      {
        v: 30036,
        numFmt: '0',
      },
      {
        v: -615,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：私营企业',
      {
        v: 25321,
        numFmt: '0',
      },
      {
        v: 25645,
        numFmt: '0',
      },
      {
        v: -324,
        numFmt: '0',
      },
      {
        v: -1.3,
        numFmt: '0.0',
      },
    ],
    [
      '  个体工商户',
      {
        v: 159368,
        numFmt: '0',
      },
      {
        v: 140974,
        numFmt: '0',
      },
      {
        v: 18394,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0.0',
      },
    ],
    [
      '  农民专业合作社',
      {
        v: 766,
        numFmt: '0',
      },
      {
        v: 755,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 1.5,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：增长速度按可比口径计算。'],
  ],
  merges: ['A1:E1', 'B2:C2', 'A2:A3'],
  plant: {
    address: 'B7',
    value: 160368,
  },
};

const sharesWithTheirChange: CaseSheet = {
  name: '新设企业',
  rows: [
    [null, '河东省各地新设企业及占比'],
    [null, '地区', '2023年', null, '2022年', null, '占比增减（百分点）'],
    [null, null, '新设企业（户）', '占比（%）', '新设企业（户）', '占比（%）'],
    [
      null,
      '合计',
      {
        v: 145433,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 133178,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0',
      },
    ],
    [
      null,
      '南江市',
      {
        v: 10668,
        numFmt: '0',
      },
      {
        v: 7.3,
        numFmt: '0.0',
      },
      {
        v: 10037,
        numFmt: '0',
      },
      {
        v: 7.5,
        numFmt: '0.0',
      },
      {
        v: -0.2,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '山阳市',
      {
        v: 23002,
        numFmt: '0',
      },
      {
        v: 15.8,
        numFmt: '0.0',
      },
      {
        v: 19352,
        numFmt: '0',
      },
      {
        v: 14.5,
        numFmt: '0.0',
      },
      {
        v: 1.3,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '东岭市',
      {
        v: 16503,
        numFmt: '0',
      },
      {
        v: 11.3,
        numFmt: '0.0',
      },
      {
        v: 16442,
        numFmt: '0',
      },
      {
        v: 12.3,
        numFmt: '0.0',
      },
      {
        v: -1,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '海滨市',
      {
        v: 23945,
        numFmt: '0',
      },
      {
        v: 16.5,
        numFmt: '0.0',
      },
      {
        v: 20564,
        numFmt: '0',
      },
      {
        v: 15.4,
        numFmt: '0.0',
      },
      {
        v: 1.1,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '中原市',
      {
        v: 21813,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0.0',
      },
      {
        v: 20085,
        numFmt: '0',
      },
      {
        v: 15.1,
        numFmt: '0.0',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '湖东市',
      {
        v: 13631,
        numFmt: '0',
      },
      {
        v: 9.4,
        numFmt: '0.0',
      },
      {
        v: 14679,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0.0',
      },
      {
        v: -1.6,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '省会市',
      {
        v: 11545,
        numFmt: '0',
      },
      {
        v: 7.9,
        numFmt: '0.0',
      },
      {
        v: 11656,
        numFmt: '0',
      },
      {
        v: 8.8,
        numFmt: '0.0',
      },
      {
        v: -0.9,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '河西市',
      {
        v: 24326,
        numFmt: '0',
      },
      {
        v: 16.7,
        numFmt: '0.0',
      },
      {
        v: 20363,
        numFmt: '0',
      },
      {
        v: 15.3,
        numFmt: '0.0',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [],
    [null, '注：占比为各地新设企业占全省的比重。'],
  ],
  merges: ['B1:G1', 'C2:D2', 'E2:F2', 'B2:B3', 'G2:G3'],
  plant: {
    address: 'D9',
    value: 13.2,
  },
};

describeCaseBook('round-125', [
  levelsUnderTotal,
  levelsOverTotal,
  ofWhichInTwoColumns,
  numberedFromTwo,
  fallingPart,
  sharesWithTheirChange,
]);
