import { describeCaseBook, errorFindings, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 99 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round99a and /tmp/round99b, with the figures they generated). 99A, party member education and training
 * (党员教育培训):
 * - 增幅（%） merged over 举办培训班期数（个） | 党员数（名） | 参加培训党员数（名）: each column is its measure's rate, no
 *   count a total sums or that must be whole (h106); so under 增长% with no brackets (h040).
 * 99B, village collective economy (村级集体经济):
 * - 集体经济收入 = 平均每村收入 ÷ 收入50万元（含）以上的村/占比（%） × 100 in towns of one such village: a figure over a share
 *   its header states in per cent is matched by accident (h4_083).
 * - 行政村个数 = three bands' 村数 + 50万元及以上/比重（%）, the last band blank on most rows: a count is no sum of counts and
 *   a share (h2_008).
 * - 集体经济总收入 over 2023（元） | 2022（元） | 增幅（%）, and 薄弱村 over 2023 | 2022 typed as numbers: a year typed with
 *   its unit is a heading, so the row is the header's, not the first data row (h1_038).
 * - 街道 | 陈庄街道 | 乡镇 | its towns: a row naming a level of places heads a group, one row it copies too (a3).
 */

const growthUnderPercentParent: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['2022年绵阳市党员教育培训工作统计表'],
    [
      '填报单位（盖章）：中共绵阳市委组织部',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '单位：个、名、%',
    ],
    ['序号', '县（市、区）', '本年度', null, null, null, '上年同期', null, null, null, '增幅（%）'],
    [
      null,
      null,
      '举办培训班期数（个）',
      '党员数（名）',
      '参加培训党员数（名）',
      '党员参训率（%）',
      '举办培训班期数（个）',
      '党员数（名）',
      '参加培训党员数（名）',
      '党员参训率（%）',
      '举办培训班期数（个）',
      '党员数（名）',
      '参加培训党员数（名）',
    ],
    [
      null,
      '全市合计',
      {
        v: 3025,
        numFmt: '0',
      },
      {
        v: 200133,
        numFmt: '0',
      },
      {
        v: 179818,
        numFmt: '0',
      },
      {
        v: 89.8,
        numFmt: '0.0',
      },
      {
        v: 3053,
        numFmt: '0',
      },
      {
        v: 198671,
        numFmt: '0',
      },
      {
        v: 175300,
        numFmt: '0',
      },
      {
        v: 88.2,
        numFmt: '0.0',
      },
      {
        v: -0.92,
        numFmt: '0.00',
      },
      {
        v: 0.74,
        numFmt: '0.00',
      },
      {
        v: 2.58,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '市直部门',
      {
        v: 154,
        numFmt: '0',
      },
      {
        v: 8590,
        numFmt: '0',
      },
      {
        v: 7776,
        numFmt: '0',
      },
      {
        v: 90.5,
        numFmt: '0.0',
      },
      {
        v: 135,
        numFmt: '0',
      },
      {
        v: 8394,
        numFmt: '0',
      },
      {
        v: 6896,
        numFmt: '0',
      },
      {
        v: 82.2,
        numFmt: '0.0',
      },
      {
        v: 14.07,
        numFmt: '0.00',
      },
      {
        v: 2.34,
        numFmt: '0.00',
      },
      {
        v: 12.76,
        numFmt: '0.00',
      },
    ],
    [
      1,
      '　　市直机关工委',
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 2802,
        numFmt: '0',
      },
      {
        v: 2414,
        numFmt: '0',
      },
      {
        v: 86.2,
        numFmt: '0.0',
      },
      {
        v: 52,
        numFmt: '0',
      },
      {
        v: 2769,
        numFmt: '0',
      },
      {
        v: 2132,
        numFmt: '0',
      },
      {
        v: 77,
        numFmt: '0.0',
      },
      {
        v: 30.77,
        numFmt: '0.00',
      },
      {
        v: 1.19,
        numFmt: '0.00',
      },
      {
        v: 13.23,
        numFmt: '0.00',
      },
    ],
    [
      2,
      '　　市国资委党委',
      {
        v: 86,
        numFmt: '0',
      },
      {
        v: 5788,
        numFmt: '0',
      },
      {
        v: 5362,
        numFmt: '0',
      },
      {
        v: 92.6,
        numFmt: '0.0',
      },
      {
        v: 83,
        numFmt: '0',
      },
      {
        v: 5625,
        numFmt: '0',
      },
      {
        v: 4764,
        numFmt: '0',
      },
      {
        v: 84.7,
        numFmt: '0.0',
      },
      {
        v: 3.61,
        numFmt: '0.00',
      },
      {
        v: 2.9,
        numFmt: '0.00',
      },
      {
        v: 12.55,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '各县区',
      {
        v: 2871,
        numFmt: '0',
      },
      {
        v: 191543,
        numFmt: '0',
      },
      {
        v: 172042,
        numFmt: '0',
      },
      {
        v: 89.8,
        numFmt: '0.0',
      },
      {
        v: 2918,
        numFmt: '0',
      },
      {
        v: 190277,
        numFmt: '0',
      },
      {
        v: 168404,
        numFmt: '0',
      },
      {
        v: 88.5,
        numFmt: '0.0',
      },
      {
        v: -1.61,
        numFmt: '0.00',
      },
      {
        v: 0.67,
        numFmt: '0.00',
      },
      {
        v: 2.16,
        numFmt: '0.00',
      },
    ],
    [
      3,
      '　　涪城区',
      {
        v: 117,
        numFmt: '0',
      },
      {
        v: 9161,
        numFmt: '0',
      },
      {
        v: 8161,
        numFmt: '0',
      },
      {
        v: 89.1,
        numFmt: '0.0',
      },
      {
        v: 132,
        numFmt: '0',
      },
      {
        v: 8995,
        numFmt: '0',
      },
      {
        v: 8115,
        numFmt: '0',
      },
      {
        v: 90.2,
        numFmt: '0.0',
      },
      {
        v: -11.36,
        numFmt: '0.00',
      },
      {
        v: 1.85,
        numFmt: '0.00',
      },
      {
        v: 0.57,
        numFmt: '0.00',
      },
    ],
    [
      4,
      '　　游仙区',
      {
        v: 657,
        numFmt: '0',
      },
      {
        v: 23529,
        numFmt: '0',
      },
      {
        v: 20621,
        numFmt: '0',
      },
      {
        v: 87.6,
        numFmt: '0.0',
      },
      {
        v: 599,
        numFmt: '0',
      },
      {
        v: 24001,
        numFmt: '0',
      },
      {
        v: 19151,
        numFmt: '0',
      },
      {
        v: 79.8,
        numFmt: '0.0',
      },
      {
        v: 9.68,
        numFmt: '0.00',
      },
      {
        v: -1.97,
        numFmt: '0.00',
      },
      {
        v: 7.68,
        numFmt: '0.00',
      },
    ],
    [
      5,
      '　　安州区',
      {
        v: 207,
        numFmt: '0',
      },
      {
        v: 22764,
        numFmt: '0',
      },
      {
        v: 20147,
        numFmt: '0',
      },
      {
        v: 88.5,
        numFmt: '0.0',
      },
      {
        v: 228,
        numFmt: '0',
      },
      {
        v: 23549,
        numFmt: '0',
      },
      {
        v: 19385,
        numFmt: '0',
      },
      {
        v: 82.3,
        numFmt: '0.0',
      },
      {
        v: -9.21,
        numFmt: '0.00',
      },
      {
        v: -3.33,
        numFmt: '0.00',
      },
      {
        v: 3.93,
        numFmt: '0.00',
      },
    ],
    [
      6,
      '　　三台县',
      {
        v: 291,
        numFmt: '0',
      },
      {
        v: 24155,
        numFmt: '0',
      },
      {
        v: 22064,
        numFmt: '0',
      },
      {
        v: 91.3,
        numFmt: '0.0',
      },
      {
        v: 232,
        numFmt: '0',
      },
      {
        v: 24241,
        numFmt: '0',
      },
      {
        v: 21453,
        numFmt: '0',
      },
      {
        v: 88.5,
        numFmt: '0.0',
      },
      {
        v: 25.43,
        numFmt: '0.00',
      },
      {
        v: -0.35,
        numFmt: '0.00',
      },
      {
        v: 2.85,
        numFmt: '0.00',
      },
    ],
    [
      7,
      '　　盐亭县',
      {
        v: 401,
        numFmt: '0',
      },
      {
        v: 32656,
        numFmt: '0',
      },
      {
        v: 27814,
        numFmt: '0',
      },
      {
        v: 85.2,
        numFmt: '0.0',
      },
      {
        v: 414,
        numFmt: '0',
      },
      {
        v: 31745,
        numFmt: '0',
      },
      {
        v: 29663,
        numFmt: '0',
      },
      {
        v: 93.4,
        numFmt: '0.0',
      },
      {
        v: -3.14,
        numFmt: '0.00',
      },
      {
        v: 2.87,
        numFmt: '0.00',
      },
      {
        v: -6.23,
        numFmt: '0.00',
      },
    ],
    [
      8,
      '　　梓潼县',
      {
        v: 298,
        numFmt: '0',
      },
      {
        v: 21681,
        numFmt: '0',
      },
      {
        v: 21164,
        numFmt: '0',
      },
      {
        v: 97.6,
        numFmt: '0.0',
      },
      {
        v: 351,
        numFmt: '0',
      },
      {
        v: 21453,
        numFmt: '0',
      },
      {
        v: 18973,
        numFmt: '0',
      },
      {
        v: 88.4,
        numFmt: '0.0',
      },
      {
        v: -15.1,
        numFmt: '0.00',
      },
      {
        v: 1.06,
        numFmt: '0.00',
      },
      {
        v: 11.55,
        numFmt: '0.00',
      },
    ],
    [
      9,
      '　　北川羌族自治县',
      {
        v: 393,
        numFmt: '0',
      },
      {
        v: 10751,
        numFmt: '0',
      },
      {
        v: 8859,
        numFmt: '0',
      },
      {
        v: 82.4,
        numFmt: '0.0',
      },
      {
        v: 482,
        numFmt: '0',
      },
      {
        v: 10651,
        numFmt: '0',
      },
      {
        v: 8228,
        numFmt: '0',
      },
      {
        v: 77.3,
        numFmt: '0.0',
      },
      {
        v: -18.46,
        numFmt: '0.00',
      },
      {
        v: 0.94,
        numFmt: '0.00',
      },
      {
        v: 7.67,
        numFmt: '0.00',
      },
    ],
    [
      10,
      '　　平武县',
      {
        v: 280,
        numFmt: '0',
      },
      {
        v: 25101,
        numFmt: '0',
      },
      {
        v: 24947,
        numFmt: '0',
      },
      {
        v: 99.4,
        numFmt: '0.0',
      },
      {
        v: 226,
        numFmt: '0',
      },
      {
        v: 24240,
        numFmt: '0',
      },
      {
        v: 24240,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 23.89,
        numFmt: '0.00',
      },
      {
        v: 3.55,
        numFmt: '0.00',
      },
      {
        v: 2.92,
        numFmt: '0.00',
      },
    ],
    [
      11,
      '　　江油市',
      {
        v: 227,
        numFmt: '0',
      },
      {
        v: 21745,
        numFmt: '0',
      },
      {
        v: 18265,
        numFmt: '0',
      },
      {
        v: 84,
        numFmt: '0.0',
      },
      {
        v: 254,
        numFmt: '0',
      },
      {
        v: 21402,
        numFmt: '0',
      },
      {
        v: 19196,
        numFmt: '0',
      },
      {
        v: 89.7,
        numFmt: '0.0',
      },
      {
        v: -10.63,
        numFmt: '0.00',
      },
      {
        v: 1.6,
        numFmt: '0.00',
      },
      {
        v: -4.85,
        numFmt: '0.00',
      },
    ],
    ['数据来源：党员教育培训信息管理系统，统计截至2022年12月31日。'],
  ],
  merges: ['A1:M1', 'A2:F2', 'C3:F3', 'G3:J3', 'K3:M3', 'A3:A4', 'B3:B4', 'A19:M19'],
  plant: {
    address: 'D5',
    value: 200313,
  },
};

const growthPercentNoBrackets: CaseSheet = {
  name: '5月',
  rows: [
    ['三台县2023年5月党员教育培训情况统计表'],
    ['序 号', '乡镇', '当月', null, null, '1-5月累计', null, null, '上年同期', null, null, '增长%'],
    [
      null,
      null,
      '培训班期数（个）',
      '培训党员人次（人次）',
      '网络培训（人次）',
      '培训班期数（个）',
      '培训党员人次（人次）',
      '网络培训（人次）',
      '培训班期数（个）',
      '培训党员人次（人次）',
      '网络培训（人次）',
      '培训班期数（个）',
      '培训党员人次（人次）',
      '网络培训（人次）',
    ],
    ['甲', '乙', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    [
      1,
      '柳树街道',
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 425,
        numFmt: '#,##0',
      },
      null,
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: 2436,
        numFmt: '#,##0',
      },
      null,
      {
        v: 21,
        numFmt: '#,##0',
      },
      {
        v: 3078,
        numFmt: '#,##0',
      },
      null,
      {
        v: -19,
        numFmt: '0.0',
      },
      {
        v: -20.9,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      2,
      '南街街道',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 219,
        numFmt: '#,##0',
      },
      {
        v: 122,
        numFmt: '#,##0',
      },
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 667,
        numFmt: '#,##0',
      },
      {
        v: 363,
        numFmt: '#,##0',
      },
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 711,
        numFmt: '#,##0',
      },
      {
        v: 357,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: -6.2,
        numFmt: '0.0',
      },
      {
        v: 1.7,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '永安乡',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 403,
        numFmt: '#,##0',
      },
      {
        v: 85,
        numFmt: '#,##0',
      },
      {
        v: 16,
        numFmt: '#,##0',
      },
      {
        v: 1634,
        numFmt: '#,##0',
      },
      {
        v: 671,
        numFmt: '#,##0',
      },
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 1614,
        numFmt: '#,##0',
      },
      {
        v: 704,
        numFmt: '#,##0',
      },
      {
        v: -11.1,
        numFmt: '0.0',
      },
      {
        v: 1.2,
        numFmt: '0.0',
      },
      {
        v: -4.7,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '新店镇',
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 651,
        numFmt: '#,##0',
      },
      {
        v: 426,
        numFmt: '#,##0',
      },
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 1408,
        numFmt: '#,##0',
      },
      {
        v: 591,
        numFmt: '#,##0',
      },
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 1342,
        numFmt: '#,##0',
      },
      {
        v: 647,
        numFmt: '#,##0',
      },
      {
        v: 28.6,
        numFmt: '0.0',
      },
      {
        v: 4.9,
        numFmt: '0.0',
      },
      {
        v: -8.7,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '河口街道',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 348,
        numFmt: '#,##0',
      },
      {
        v: 184,
        numFmt: '#,##0',
      },
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 1237,
        numFmt: '#,##0',
      },
      {
        v: 633,
        numFmt: '#,##0',
      },
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: 1293,
        numFmt: '#,##0',
      },
      {
        v: 592,
        numFmt: '#,##0',
      },
      {
        v: -17.6,
        numFmt: '0.0',
      },
      {
        v: -4.3,
        numFmt: '0.0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '马家镇',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 124,
        numFmt: '#,##0',
      },
      {
        v: 74,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 520,
        numFmt: '#,##0',
      },
      {
        v: 219,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 569,
        numFmt: '#,##0',
      },
      {
        v: 188,
        numFmt: '#,##0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: -8.6,
        numFmt: '0.0',
      },
      {
        v: 16.5,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '杨柳街道',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 65,
        numFmt: '#,##0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 440,
        numFmt: '#,##0',
      },
      {
        v: 98,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 368,
        numFmt: '#,##0',
      },
      {
        v: 64,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 19.6,
        numFmt: '0.0',
      },
      {
        v: 53.1,
        numFmt: '0.0',
      },
    ],
    [
      8,
      '古城镇',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 136,
        numFmt: '#,##0',
      },
      {
        v: 90,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 1199,
        numFmt: '#,##0',
      },
      {
        v: 457,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 925,
        numFmt: '#,##0',
      },
      {
        v: 313,
        numFmt: '#,##0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      {
        v: 29.6,
        numFmt: '0.0',
      },
      {
        v: 46,
        numFmt: '0.0',
      },
    ],
    [
      9,
      '梨园街道',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 224,
        numFmt: '#,##0',
      },
      {
        v: 156,
        numFmt: '#,##0',
      },
      {
        v: 12,
        numFmt: '#,##0',
      },
      {
        v: 1958,
        numFmt: '#,##0',
      },
      {
        v: 1204,
        numFmt: '#,##0',
      },
      {
        v: 11,
        numFmt: '#,##0',
      },
      {
        v: 1457,
        numFmt: '#,##0',
      },
      {
        v: 852,
        numFmt: '#,##0',
      },
      {
        v: 9.1,
        numFmt: '0.0',
      },
      {
        v: 34.4,
        numFmt: '0.0',
      },
      {
        v: 41.3,
        numFmt: '0.0',
      },
    ],
    [
      10,
      '高峰镇',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 56,
        numFmt: '#,##0',
      },
      {
        v: 34,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 274,
        numFmt: '#,##0',
      },
      {
        v: 162,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 210,
        numFmt: '#,##0',
      },
      {
        v: 118,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 30.5,
        numFmt: '0.0',
      },
      {
        v: 37.3,
        numFmt: '0.0',
      },
    ],
    [
      11,
      '李家街道',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 25,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 365,
        numFmt: '#,##0',
      },
      {
        v: 109,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 374,
        numFmt: '#,##0',
      },
      {
        v: 129,
        numFmt: '#,##0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: -2.4,
        numFmt: '0.0',
      },
      {
        v: -15.5,
        numFmt: '0.0',
      },
    ],
    [
      12,
      '西关乡',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 83,
        numFmt: '#,##0',
      },
      {
        v: 46,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 178,
        numFmt: '#,##0',
      },
      {
        v: 69,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 204,
        numFmt: '#,##0',
      },
      {
        v: 78,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: -12.7,
        numFmt: '0.0',
      },
      {
        v: -11.5,
        numFmt: '0.0',
      },
    ],
    [
      13,
      '石门镇',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 106,
        numFmt: '#,##0',
      },
      {
        v: 32,
        numFmt: '#,##0',
      },
      {
        v: 6,
        numFmt: '#,##0',
      },
      {
        v: 1236,
        numFmt: '#,##0',
      },
      {
        v: 363,
        numFmt: '#,##0',
      },
      {
        v: 6,
        numFmt: '#,##0',
      },
      {
        v: 1136,
        numFmt: '#,##0',
      },
      {
        v: 352,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 8.8,
        numFmt: '0.0',
      },
      {
        v: 3.1,
        numFmt: '0.0',
      },
    ],
    [
      '',
      '全县',
      {
        v: 25,
        numFmt: '#,##0',
      },
      {
        v: 2865,
        numFmt: '#,##0',
      },
      {
        v: 1269,
        numFmt: '#,##0',
      },
      {
        v: 111,
        numFmt: '#,##0',
      },
      {
        v: 13552,
        numFmt: '#,##0',
      },
      {
        v: 4939,
        numFmt: '#,##0',
      },
      {
        v: 116,
        numFmt: '#,##0',
      },
      {
        v: 13281,
        numFmt: '#,##0',
      },
      {
        v: 4394,
        numFmt: '#,##0',
      },
      {
        v: -4.3,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0.0',
      },
      {
        v: 12.4,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:N1', 'C2:E2', 'F2:H2', 'I2:K2', 'L2:N2', 'A2:A3', 'B2:B3'],
  plant: {
    address: 'A1',
    value: 0,
  },
};

const shareInPercentHeader: CaseSheet = {
  name: '汇总表',
  rows: [
    ['表一　隆尧县2024年村级集体经济收入增长情况'],
    ['乡镇', '集体经济收入'],
    [null, '2024年(万元)', '上年(万元)', '增减(万元)', '同比增长（%）'],
    ['甲', 1, 2, 3, 4],
    [
      '全县总计',
      {
        v: 1230.91,
        numFmt: '0.00',
      },
      {
        v: 1167.01,
        numFmt: '0.00',
      },
      {
        v: 63.89,
        numFmt: '0.00',
      },
      {
        v: 5.5,
        numFmt: '0.0',
      },
    ],
    [
      '柳林街道',
      {
        v: 230.45,
        numFmt: '0.00',
      },
      {
        v: 230.01,
        numFmt: '0.00',
      },
      {
        v: 0.44,
        numFmt: '0.00',
      },
      {
        v: 0.2,
        numFmt: '0.0',
      },
    ],
    [
      '太平街道',
      {
        v: 170.73,
        numFmt: '0.00',
      },
      {
        v: 161.22,
        numFmt: '0.00',
      },
      {
        v: 9.5,
        numFmt: '0.00',
      },
      {
        v: 5.9,
        numFmt: '0.0',
      },
    ],
    [
      '九龙街道',
      {
        v: 178.47,
        numFmt: '0.00',
      },
      {
        v: 173.97,
        numFmt: '0.00',
      },
      {
        v: 4.5,
        numFmt: '0.00',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
    ],
    [
      '宋庄镇',
      {
        v: 259.61,
        numFmt: '0.00',
      },
      {
        v: 242.26,
        numFmt: '0.00',
      },
      {
        v: 17.35,
        numFmt: '0.00',
      },
      {
        v: 7.2,
        numFmt: '0.0',
      },
    ],
    [
      '小河镇',
      {
        v: 122.41,
        numFmt: '0.00',
      },
      {
        v: 121.52,
        numFmt: '0.00',
      },
      {
        v: 0.89,
        numFmt: '0.00',
      },
      {
        v: 0.7,
        numFmt: '0.0',
      },
    ],
    [
      '冯集乡',
      {
        v: 130.56,
        numFmt: '0.00',
      },
      {
        v: 112.87,
        numFmt: '0.00',
      },
      {
        v: 17.69,
        numFmt: '0.00',
      },
      {
        v: 15.7,
        numFmt: '0.0',
      },
    ],
    [
      '青山镇',
      {
        v: 138.68,
        numFmt: '0.00',
      },
      {
        v: 125.17,
        numFmt: '0.00',
      },
      {
        v: 13.52,
        numFmt: '0.00',
      },
      {
        v: 10.8,
        numFmt: '0.0',
      },
    ],
    [],
    [],
    [],
    ['表二　隆尧县2024年村级集体经济收入分档情况'],
    [
      '乡镇',
      '村数(个)',
      '集体经济收入(万元)',
      '收入5万元以下',
      null,
      '5～10万元',
      null,
      '收入10万（含）-50万元的村',
      null,
      '收入50万元（含）以上的村',
      null,
      '平均每村收入(万元)',
    ],
    [
      null,
      null,
      null,
      '数量(个)',
      '占比（%）',
      '数量(个)',
      '占比（%）',
      '数量(个)',
      '占比（%）',
      '数量(个)',
      '占比（%）',
    ],
    ['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [
      '总计',
      {
        v: 79,
        numFmt: '0',
      },
      {
        v: 1230.91,
        numFmt: '0.00',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 18.99,
        numFmt: '0.00',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 27.85,
        numFmt: '0.00',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 48.1,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 5.06,
        numFmt: '0.00',
      },
      {
        v: 15.58,
        numFmt: '0.00',
      },
    ],
    [
      '柳林街道',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 230.45,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 11.11,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 33.33,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 44.44,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 11.11,
        numFmt: '0.00',
      },
      {
        v: 25.61,
        numFmt: '0.00',
      },
    ],
    [
      '太平街道',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 170.73,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 16.67,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
      {
        v: 14.23,
        numFmt: '0.00',
      },
    ],
    [
      '九龙街道',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 178.47,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 18.18,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 27.27,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 45.45,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 9.09,
        numFmt: '0.00',
      },
      {
        v: 16.22,
        numFmt: '0.00',
      },
    ],
    [
      '宋庄镇',
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 259.61,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 19.05,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 38.1,
        numFmt: '0.00',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 42.86,
        numFmt: '0.00',
      },
      '—',
      '—',
      {
        v: 12.36,
        numFmt: '0.00',
      },
    ],
    [
      '小河镇',
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 122.41,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0.00',
      },
      '—',
      '—',
      {
        v: 12.24,
        numFmt: '0.00',
      },
    ],
    [
      '冯集乡',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 130.56,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 22.22,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 11.11,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 66.67,
        numFmt: '0.00',
      },
      '—',
      '—',
      {
        v: 14.51,
        numFmt: '0.00',
      },
    ],
    [
      '青山镇',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 138.68,
        numFmt: '0.00',
      },
      '—',
      '—',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 28.57,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 57.14,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 14.29,
        numFmt: '0.00',
      },
      {
        v: 19.81,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：“一肩挑”指村党组织书记通过法定程序兼任村委会主任。'],
  ],
  merges: [
    'B2:E2',
    'A2:A3',
    'D17:E17',
    'F17:G17',
    'H17:I17',
    'J17:K17',
    'A17:A18',
    'B17:B18',
    'C17:C18',
    'L17:L18',
    'A29:F29',
  ],
  plant: {
    address: 'K21',
    value: 1.11,
  },
};

const countNoSumWithShare: CaseSheet = {
  name: '分县区',
  rows: [
    ['临川市2024年村级集体经济发展情况统计表'],
    ['填报单位：临川市农业农村局', null, null, null, null, null, null, null, null, null, '填表日期：2025年1月19日'],
    [
      '序号',
      '县（市、区）',
      '乡镇（街道）',
      '行政村个数（个）',
      '集体经济收入（万元）',
      '收入5万元以下的村',
      null,
      '5～10万元',
      null,
      '收入10-50万元的村（个）',
      '50万元及以上',
    ],
    [
      null,
      null,
      null,
      null,
      null,
      '村数（个）',
      '比重（%）',
      '村数（个）',
      '比重（%）',
      '村数',
      '村数（个）',
      '比重（%）',
    ],
    ['甲', '乙', '丙', 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [
      null,
      '全市合计',
      null,
      {
        v: 229,
        numFmt: '0',
      },
      {
        v: 2280.38,
        numFmt: '0.00',
      },
      {
        v: 73,
        numFmt: '0',
      },
      {
        v: 31.9,
        numFmt: '0.0',
      },
      {
        v: 81,
        numFmt: '0',
      },
      {
        v: 35.4,
        numFmt: '0.0',
      },
      {
        v: 72,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 1.3,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '东阿市',
      '合计',
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 600.52,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
      {
        v: 33,
        numFmt: '0',
      },
      {
        v: 56.9,
        numFmt: '0.0',
      },
      {
        v: 21,
        numFmt: '0',
      },
    ],
    [
      1,
      null,
      '黑龙潭街道',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 252.45,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 4.2,
        numFmt: '0.0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 58.3,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '0',
      },
    ],
    [
      2,
      null,
      '冯集镇',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 105.01,
        numFmt: '0.00',
      },
      null,
      null,
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 42.9,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0',
      },
    ],
    [
      3,
      null,
      '金台镇',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 34.9,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 80,
        numFmt: '0.0',
      },
    ],
    [
      4,
      null,
      '青龙镇',
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 208.16,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 9.1,
        numFmt: '0.0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 54.5,
        numFmt: '0.0',
      },
      {
        v: 8,
        numFmt: '0',
      },
    ],
    [
      null,
      '宜章市',
      '合计',
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 252.52,
        numFmt: '0.00',
      },
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 63.6,
        numFmt: '0.0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 32.7,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
    ],
    [
      5,
      null,
      '新华镇',
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 81.34,
        numFmt: '0.00',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 55.6,
        numFmt: '0.0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 44.4,
        numFmt: '0.0',
      },
    ],
    [
      6,
      null,
      '柏林镇',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 81.24,
        numFmt: '0.00',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 68.8,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
    ],
    [
      7,
      null,
      '白土镇',
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 89.93,
        numFmt: '0.00',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 28.6,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
    ],
    [
      null,
      '曲周县',
      '合计',
      {
        v: 64,
        numFmt: '0',
      },
      {
        v: 932.14,
        numFmt: '0.00',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 28.1,
        numFmt: '0.0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 20.3,
        numFmt: '0.0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
    ],
    [
      8,
      null,
      '清水乡',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 44.91,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
    ],
    [
      9,
      null,
      '柳林乡',
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 173.69,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 35.7,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 14.3,
        numFmt: '0.0',
      },
      {
        v: 7,
        numFmt: '0',
      },
    ],
    [
      10,
      null,
      '大河镇',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 50.06,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
    ],
    [
      11,
      null,
      '韩村镇',
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 129.35,
        numFmt: '0.00',
      },
      null,
      null,
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 12.5,
        numFmt: '0.0',
      },
      {
        v: 7,
        numFmt: '0',
      },
    ],
    [
      12,
      null,
      '安乐乡',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 319.99,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 26.7,
        numFmt: '0.0',
      },
      null,
      null,
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 13.3,
        numFmt: '0.0',
      },
    ],
    [
      13,
      null,
      '潘店乡',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 214.13,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 35.3,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 35.3,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 5.9,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '清河县',
      '合计',
      {
        v: 52,
        numFmt: '0',
      },
      {
        v: 495.2,
        numFmt: '0.00',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 30.8,
        numFmt: '0.0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 32.7,
        numFmt: '0.0',
      },
      {
        v: 19,
        numFmt: '0',
      },
    ],
    [
      14,
      null,
      '吴山镇',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 82.62,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 28.6,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 28.6,
        numFmt: '0.0',
      },
      {
        v: 3,
        numFmt: '0',
      },
    ],
    [
      15,
      null,
      '兴隆乡',
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 251.9,
        numFmt: '0.00',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 30.4,
        numFmt: '0.0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 21.7,
        numFmt: '0.0',
      },
      {
        v: 11,
        numFmt: '0',
      },
    ],
    [
      16,
      null,
      '城关乡',
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 160.69,
        numFmt: '0.00',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 31.8,
        numFmt: '0.0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 45.5,
        numFmt: '0.0',
      },
      {
        v: 5,
        numFmt: '0',
      },
    ],
    [
      '注：1.数据来源：农村集体资产监管平台；2.村均收入为集体经济收入除以行政村数；3.集体经济收入不含上级财政补助资金。',
    ],
  ],
  merges: [
    'A1:L1',
    'F3:G3',
    'H3:I3',
    'K3:L3',
    'A3:A4',
    'B3:B4',
    'C3:C4',
    'D3:D4',
    'E3:E4',
    'B6:C6',
    'B7:B11',
    'B12:B15',
    'B16:B22',
    'B23:B26',
    'A27:L27',
  ],
  plant: {
    address: 'D22',
    value: 71,
  },
};

const yearsWithUnitsHeader: CaseSheet = {
  name: '统计表',
  rows: [
    ['清河区2023年村级集体经济收入增长情况表'],
    ['填报单位：清河区农村经营管理站', null, null, null, null, null, null, null, null, '填表日期：2024年2月18日'],
    ['乡镇名称', '村数（个）', '集体经济总收入', null, null, '经营性收入', null, null, '薄弱村（个）'],
    [
      null,
      null,
      '2023\n（元）',
      '2022\n（元）',
      '增幅（%）',
      '2023\n（元）',
      '2022\n（元）',
      '增幅（%）',
      2023,
      2022,
      '增减',
    ],
    [
      '合　　计',
      {
        v: 181,
        numFmt: '0',
      },
      {
        v: 26381968,
        numFmt: '0',
      },
      {
        v: 24244465,
        numFmt: '0',
      },
      {
        v: 8.82,
        numFmt: '0.00',
      },
      {
        v: 15321318,
        numFmt: '0',
      },
      {
        v: 12943339,
        numFmt: '0',
      },
      {
        v: 18.37,
        numFmt: '0.00',
      },
      {
        v: 89,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0',
      },
      {
        v: -11,
        numFmt: '0',
      },
    ],
    [
      '其中：脱贫村',
      {
        v: 73,
        numFmt: '0',
      },
      {
        v: 11557062,
        numFmt: '0',
      },
      {
        v: 10502769,
        numFmt: '0',
      },
      {
        v: 10.04,
        numFmt: '0.00',
      },
      {
        v: 6546880,
        numFmt: '0',
      },
      {
        v: 5485411,
        numFmt: '0',
      },
      {
        v: 19.35,
        numFmt: '0.00',
      },
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
    ],
    [
      '孙铺镇',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 560075,
        numFmt: '0',
      },
      {
        v: 535219,
        numFmt: '0',
      },
      {
        v: 4.64,
        numFmt: '0.00',
      },
      {
        v: 328100,
        numFmt: '0',
      },
      {
        v: 322912,
        numFmt: '0',
      },
      {
        v: 1.61,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
    ],
    [
      '陈庄乡',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 2717214,
        numFmt: '0',
      },
      {
        v: 2392798,
        numFmt: '0',
      },
      {
        v: 13.56,
        numFmt: '0.00',
      },
      {
        v: 1430008,
        numFmt: '0',
      },
      {
        v: 1093368,
        numFmt: '0',
      },
      {
        v: 30.79,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
    ],
    [
      '马坊乡',
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 1961145,
        numFmt: '0',
      },
      {
        v: 1855681,
        numFmt: '0',
      },
      {
        v: 5.68,
        numFmt: '0.00',
      },
      {
        v: 1279131,
        numFmt: '0',
      },
      {
        v: 1100336,
        numFmt: '0',
      },
      {
        v: 16.25,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
    ],
    [
      '石桥乡',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 1961231,
        numFmt: '0',
      },
      {
        v: 1713848,
        numFmt: '0',
      },
      {
        v: 14.43,
        numFmt: '0.00',
      },
      {
        v: 969574,
        numFmt: '0',
      },
      {
        v: 823319,
        numFmt: '0',
      },
      {
        v: 17.76,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
    ],
    [
      '罗湾镇',
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 2589477,
        numFmt: '0',
      },
      {
        v: 2412792,
        numFmt: '0',
      },
      {
        v: 7.32,
        numFmt: '0.00',
      },
      {
        v: 1446484,
        numFmt: '0',
      },
      {
        v: 1262909,
        numFmt: '0',
      },
      {
        v: 14.54,
        numFmt: '0.00',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
    ],
    [
      '王店镇',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 1418844,
        numFmt: '0',
      },
      {
        v: 1403268,
        numFmt: '0',
      },
      {
        v: 1.11,
        numFmt: '0.00',
      },
      {
        v: 957050,
        numFmt: '0',
      },
      {
        v: 824693,
        numFmt: '0',
      },
      {
        v: 16.05,
        numFmt: '0.00',
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
        v: -1,
        numFmt: '0',
      },
    ],
    [
      '张桥镇',
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 3111822,
        numFmt: '0',
      },
      {
        v: 2776785,
        numFmt: '0',
      },
      {
        v: 12.07,
        numFmt: '0.00',
      },
      {
        v: 2078245,
        numFmt: '0',
      },
      {
        v: 1743906,
        numFmt: '0',
      },
      {
        v: 19.17,
        numFmt: '0.00',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
    ],
    [
      '富民镇',
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 893874,
        numFmt: '0',
      },
      {
        v: 765072,
        numFmt: '0',
      },
      {
        v: 16.84,
        numFmt: '0.00',
      },
      {
        v: 620463,
        numFmt: '0',
      },
      {
        v: 423131,
        numFmt: '0',
      },
      {
        v: 46.64,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
    ],
    [
      '韩村乡',
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 3176454,
        numFmt: '0',
      },
      {
        v: 2973326,
        numFmt: '0',
      },
      {
        v: 6.83,
        numFmt: '0.00',
      },
      {
        v: 1833694,
        numFmt: '0',
      },
      {
        v: 1577350,
        numFmt: '0',
      },
      {
        v: 16.25,
        numFmt: '0.00',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
    ],
    [
      '东城镇',
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 1021100,
        numFmt: '0',
      },
      {
        v: 931859,
        numFmt: '0',
      },
      {
        v: 9.58,
        numFmt: '0.00',
      },
      {
        v: 576371,
        numFmt: '0',
      },
      {
        v: 525151,
        numFmt: '0',
      },
      {
        v: 9.75,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
    ],
    [
      '郑家镇',
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 873277,
        numFmt: '0',
      },
      {
        v: 800414,
        numFmt: '0',
      },
      {
        v: 9.1,
        numFmt: '0.00',
      },
      {
        v: 640754,
        numFmt: '0',
      },
      {
        v: 516843,
        numFmt: '0',
      },
      {
        v: 23.97,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
    ],
    [
      '石门镇',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 573215,
        numFmt: '0',
      },
      {
        v: 521125,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0.00',
      },
      {
        v: 287273,
        numFmt: '0',
      },
      {
        v: 241199,
        numFmt: '0',
      },
      {
        v: 19.1,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
    ],
    [
      '义井镇',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 3616812,
        numFmt: '0',
      },
      {
        v: 3317003,
        numFmt: '0',
      },
      {
        v: 9.04,
        numFmt: '0.00',
      },
      {
        v: 1560768,
        numFmt: '0',
      },
      {
        v: 1313709,
        numFmt: '0',
      },
      {
        v: 18.81,
        numFmt: '0.00',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
    ],
    [
      '沙溪乡',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 1907428,
        numFmt: '0',
      },
      {
        v: 1845275,
        numFmt: '0',
      },
      {
        v: 3.37,
        numFmt: '0.00',
      },
      {
        v: 1313403,
        numFmt: '0',
      },
      {
        v: 1174513,
        numFmt: '0',
      },
      {
        v: 11.83,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
    ],
    [
      '注：1.空壳村指当年无集体经营性收入的行政村；2.村均收入为集体经济收入除以行政村数；3.集体经济收入不含上级财政补助资金。',
    ],
  ],
  merges: ['A1:K1', 'C3:E3', 'F3:H3', 'I3:K3', 'A3:A4', 'B3:B4', 'A21:K21'],
  plant: {
    address: 'E5',
    value: 88.2,
  },
};

const levelNameGroupOfOne: CaseSheet = {
  name: '统计表',
  rows: [
    ['2024年度武安区村集体经济收入分布情况'],
    [
      '乡镇',
      '行政村数（个）',
      '村级集体经济收入（万元）',
      '5万元以下',
      null,
      '收入5-10万元的村（个）',
      '10～50万元',
      null,
      '50万元（含）以上',
    ],
    [null, null, null, '村数（个）', '占比（%）', '村数', '村数（个）', '占比（%）', '村数（个）', '占比（%）'],
    [
      '合  计',
      {
        v: 69,
        numFmt: '0',
      },
      {
        v: 1810.6,
        numFmt: '0.0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 10.14,
        numFmt: '0.00',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 55.07,
        numFmt: '0.00',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 14.49,
        numFmt: '0.00',
      },
    ],
    [
      '街道',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 63.6,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.00',
      },
      0,
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0.00',
      },
      0,
      0,
    ],
    [
      '陈庄街道',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 63.6,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.00',
      },
      0,
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0.00',
      },
      0,
      0,
    ],
    [
      '乡镇',
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: 1747.1,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 9.23,
        numFmt: '0.00',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 53.85,
        numFmt: '0.00',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 15.38,
        numFmt: '0.00',
      },
    ],
    [
      '铁佛镇',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 690.3,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 62.5,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 16.67,
        numFmt: '0.00',
      },
    ],
    [
      '石桥镇',
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 496.9,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 11.76,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 35.29,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 23.53,
        numFmt: '0.00',
      },
    ],
    [
      '花园镇',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 104.9,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0.00',
      },
      0,
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0.00',
      },
      0,
      0,
    ],
    [
      '南湖乡',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 455,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 55,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0.00',
      },
    ],
    ['注：'],
    ['1. 收入分档按当年集体经济总收入划分。'],
    ['2. “一肩挑”指村党组织书记通过法定程序兼任村委会主任。'],
    ['3. 表中“—”表示无此项或为零。'],
  ],
  merges: ['A1:J1', 'D2:E2', 'G2:H2', 'I2:J2', 'A2:A3', 'B2:B3', 'C2:C3'],
  plant: {
    address: 'B4',
    value: 96,
  },
};

describe('round 99A: party member education and training', () => {
  describeCaseBook('round99-growth-under-percent-parent', [growthUnderPercentParent]);
  test('growth columns under 增长% over measures: no error', async () => {
    const clean = await errorFindings(await writeCaseBook('round99-growth-percent', [growthPercentNoBrackets], false));
    expect(errorsOn(clean, growthPercentNoBrackets.name)).toEqual([]);
  }, 60_000);
});

describe('round 99B: village collective economy', () => {
  describeCaseBook('round99-share-in-percent-header', [shareInPercentHeader]);
  describeCaseBook('round99-count-no-sum-with-share', [countNoSumWithShare]);
  describeCaseBook('round99-years-with-units-header', [yearsWithUnitsHeader]);
  describeCaseBook('round99-level-name-group-of-one', [levelNameGroupOfOne]);
});
