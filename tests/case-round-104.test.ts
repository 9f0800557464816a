import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 104 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round103a, /tmp/round104a and /tmp/round104b, with the figures they generated), and the clean books round 103A
 * still raised alarms on:
 * - 事故起数 / 本月 | 累计 | 上年同期累计: last year's running total runs down last year's months, not this year's 本月
 *   (103A hunt1_070).
 * - 亿元GDP死亡率 merged down over 本期 | 上年同期 | 比上年增减, regions as columns: the 上年同期 row is the rate's too,
 *   summed by no subtotal column (103A hunt2_041).
 * - 事故起数（起） merged down over 本期 | 上年同期 | 增减数: a name in the column before the labels numbers no rows, and 本期
 *   is no subtotal of 上年同期 (103A hunt2_003).
 * - 亿元生产总值死亡率 / 本年累计 | 去年同期: a running period and an earlier one under a rate's name are that rate (103A
 *   hunt1_109).
 * - 直接经济损失 | 92.83 | 152.24 … under 单位：起，人, regions as columns, a few of them read as counts: a row of amounts
 *   (103A hunt1_098).
 * - 党员数 | 合计 | 其中：教师党员 after the kinds of schools, regions as columns: the total is 党员数's, of no other rows
 *   (104A hunt1_035).
 * - 已建党组织数 = 民营医院数 ÷ 其中：单独建 on three rows of small counts: no count is a ratio of two others (104A
 *   hunt1_020).
 * - 会员 / 合计 | 其中：女职工 | 农民工: attributes of two kinds overlap, their sum may pass the whole (104B hunt1_025).
 * - 其中：来信 | 来访 | 网上信访 | 其中：重复信访 typed short of the items: another list of 信访总量, no part of 网上信访
 *   (104B hunt2_034).
 * - 党员人数 | 其中：医护人员党员 | 选派党建指导员（人）: a column stating a unit of its own after a 其中 column and a whole
 *   stating none is a figure of its own, no more of the list (104A probe_008, its plant taken out).
 * - 二、办结数 | 其中：按期办结 | 三、按期办结率 over 本月 | 1—11月累计 | 上年同期: a rate named as its count's, over the
 *   whole that count is a part of, holds at two columns of three (104B probe_022, a miss: its plant is found now).
 * - 时间 | 本月受理 | 累计受理 | 上年同期累计 | … down 1月 | 2月 | 3月: a running total of one subject, the period's column
 *   named by its period word, holds at one month of two (104B probe_014, a miss: its plant is found now).
 */

const runningOfLastYear: CaseSheet = {
  name: '分月',
  rows: [
    ['2024年1-11月生产安全事故月度统计'],
    ['（2024年度）'],
    [],
    ['序号', '时间', '事故起数', null, null, null, '死亡（人）', null, null, null, '受伤人数'],
    [
      null,
      null,
      '本月',
      '累计',
      '上年同期累计',
      '±%',
      '本月',
      '累计',
      '上年同期累计',
      '±%',
      '本月',
      '累计',
      '上年同期累计',
      '±%',
    ],
    [
      1,
      '1月',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 250,
        numFmt: '0.00',
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
        v: 5,
        numFmt: '0',
      },
      {
        v: -80,
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
        v: 2,
        numFmt: '0',
      },
      {
        v: 250,
        numFmt: '0.00',
      },
    ],
    [
      2,
      '2月',
      '-',
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: -41.67,
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
        v: 12,
        numFmt: '0',
      },
      {
        v: -75,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 87.5,
        numFmt: '0.00',
      },
    ],
    [
      3,
      '3月',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: -25,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: -47.06,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 53.85,
        numFmt: '0.00',
      },
    ],
    [
      4,
      '4月',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: -31.58,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
    [
      5,
      '5月',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: -16.67,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: -22.73,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 89.47,
        numFmt: '0.00',
      },
    ],
    [
      6,
      '6月',
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 33,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: -13.16,
        numFmt: '0.00',
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
        v: 23,
        numFmt: '0',
      },
      {
        v: 4.35,
        numFmt: '0.00',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 44,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 83.33,
        numFmt: '0.00',
      },
    ],
    [
      7,
      '7月',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 48,
        numFmt: '0',
      },
      {
        v: -12.5,
        numFmt: '0.00',
      },
      '-',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: -17.24,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 48,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 77.78,
        numFmt: '0.00',
      },
    ],
    [
      8,
      '8月',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 44,
        numFmt: '0',
      },
      {
        v: 50,
        numFmt: '0',
      },
      {
        v: -12,
        numFmt: '0.00',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: -16.67,
        numFmt: '0.00',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 78.13,
        numFmt: '0.00',
      },
    ],
    [
      9,
      '9月',
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: -9.84,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: -25.58,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 62,
        numFmt: '0',
      },
      {
        v: 33,
        numFmt: '0',
      },
      {
        v: 87.88,
        numFmt: '0.00',
      },
    ],
    [
      10,
      '10月',
      '-',
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: -15.38,
        numFmt: '0.00',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 46,
        numFmt: '0',
      },
      {
        v: -19.57,
        numFmt: '0.00',
      },
      '-',
      {
        v: 62,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 51.22,
        numFmt: '0.00',
      },
    ],
    [
      11,
      '11月',
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 64,
        numFmt: '0',
      },
      {
        v: 69,
        numFmt: '0',
      },
      {
        v: -7.25,
        numFmt: '0.00',
      },
      '-',
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: -31.48,
        numFmt: '0.00',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 72,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 71.43,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '合计',
      {
        v: 64,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
      {
        v: 37,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
      {
        v: 72,
        numFmt: '0',
      },
      null,
      '—',
      '—',
    ],
    [],
    ['注：1.本表数据来源于应急管理部门生产安全事故统计系统；2.火灾数据由消防救援机构提供。'],
  ],
  merges: ['A1:N1', 'A2:N2', 'C4:F4', 'G4:J4', 'K4:N4', 'A4:A5', 'B4:B5'],
  plant: {
    address: 'D9',
    value: 30,
  },
};
const ratePeriodUnderMergedName: CaseSheet = {
  name: '乡镇街道',
  rows: [
    ['2023年分地区生产安全事故统计表'],
    ['（2023年）'],
    [
      '项目',
      null,
      '市辖区小计',
      '丰北区',
      '丰柳区',
      '龙阳区',
      '丰长区',
      '县小计',
      '长泉县',
      '山丰县',
      '高新区',
      '全市',
    ],
    [
      '生产安全事故起数',
      null,
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 104,
        numFmt: '0',
      },
    ],
    [
      '死亡（人）',
      null,
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 51,
        numFmt: '0',
      },
    ],
    [
      '受伤人数（人）',
      null,
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 63,
        numFmt: '0',
      },
    ],
    [
      '直接经济损失（万元）',
      null,
      {
        v: 653.31,
        numFmt: '0.00',
      },
      {
        v: 20.01,
        numFmt: '0.00',
      },
      {
        v: 257.8,
        numFmt: '0.00',
      },
      {
        v: 344.69,
        numFmt: '0.00',
      },
      {
        v: 30.81,
        numFmt: '0.00',
      },
      {
        v: 305.36,
        numFmt: '0.00',
      },
      {
        v: 145.05,
        numFmt: '0.00',
      },
      {
        v: 160.31,
        numFmt: '0.00',
      },
      {
        v: 8.28,
        numFmt: '0.00',
      },
      {
        v: 966.95,
        numFmt: '0.00',
      },
    ],
    [
      'GDP（亿元）',
      null,
      {
        v: 1439.1,
        numFmt: '0.0',
      },
      {
        v: 300.3,
        numFmt: '0.0',
      },
      {
        v: 528.5,
        numFmt: '0.0',
      },
      {
        v: 500.9,
        numFmt: '0.0',
      },
      {
        v: 109.4,
        numFmt: '0.0',
      },
      {
        v: 966.7,
        numFmt: '0.0',
      },
      {
        v: 228.5,
        numFmt: '0.0',
      },
      {
        v: 738.2,
        numFmt: '0.0',
      },
      {
        v: 161.5,
        numFmt: '0.0',
      },
      {
        v: 2567.3,
        numFmt: '0.0',
      },
    ],
    [
      '亿元GDP生产安全事故死亡率',
      '本期',
      {
        v: 0.0202,
        numFmt: '0.0000',
      },
      {
        v: 0.03,
        numFmt: '0.0000',
      },
      {
        v: 0.0019,
        numFmt: '0.0000',
      },
      {
        v: 0.022,
        numFmt: '0.0000',
      },
      {
        v: 0.0731,
        numFmt: '0.0000',
      },
      {
        v: 0.0217,
        numFmt: '0.0000',
      },
      {
        v: 0.035,
        numFmt: '0.0000',
      },
      {
        v: 0.0176,
        numFmt: '0.0000',
      },
      {
        v: 0.0062,
        numFmt: '0.0000',
      },
      {
        v: 0.0199,
        numFmt: '0.0000',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 0.0115,
        numFmt: '0.0000',
      },
      {
        v: 0,
        numFmt: '0.0000',
      },
      {
        v: 0,
        numFmt: '0.0000',
      },
      {
        v: 0.0145,
        numFmt: '0.0000',
      },
      {
        v: 0.0896,
        numFmt: '0.0000',
      },
      {
        v: 0.023,
        numFmt: '0.0000',
      },
      {
        v: 0.0357,
        numFmt: '0.0000',
      },
      {
        v: 0.0189,
        numFmt: '0.0000',
      },
      {
        v: 0,
        numFmt: '0.0000',
      },
      {
        v: 0.0151,
        numFmt: '0.0000',
      },
    ],
    [
      null,
      '比上年增减',
      {
        v: 0.0087,
        numFmt: '0.0000',
      },
      {
        v: 0.03,
        numFmt: '0.0000',
      },
      {
        v: 0.0019,
        numFmt: '0.0000',
      },
      {
        v: 0.0075,
        numFmt: '0.0000',
      },
      {
        v: -0.0165,
        numFmt: '0.0000',
      },
      {
        v: -0.0013,
        numFmt: '0.0000',
      },
      {
        v: -0.0007,
        numFmt: '0.0000',
      },
      {
        v: -0.0013,
        numFmt: '0.0000',
      },
      {
        v: 0.0062,
        numFmt: '0.0000',
      },
      {
        v: 0.0048,
        numFmt: '0.0000',
      },
    ],
    [
      '死亡人数占全市比重（%）',
      null,
      {
        v: 56.86,
        numFmt: '0.00',
      },
      {
        v: 17.65,
        numFmt: '0.00',
      },
      {
        v: 1.96,
        numFmt: '0.00',
      },
      {
        v: 21.57,
        numFmt: '0.00',
      },
      {
        v: 15.69,
        numFmt: '0.00',
      },
      {
        v: 41.18,
        numFmt: '0.00',
      },
      {
        v: 15.69,
        numFmt: '0.00',
      },
      {
        v: 25.49,
        numFmt: '0.00',
      },
      {
        v: 1.96,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：工矿商贸包括煤矿、金属非金属矿山、危险化学品、烟花爆竹、建筑施工及工贸行业。'],
    ['填报人：张伟　　审核人：陈静　　填报日期：2024年1月17日'],
  ],
  merges: ['A1:L1', 'A2:L2', 'A3:B3', 'A4:B4', 'A5:B5', 'A6:B6', 'A7:B7', 'A8:B8', 'A9:A11', 'A12:B12'],
  plant: {
    address: 'D5',
    value: 14,
  },
};
const indicatorBeforePeriods: CaseSheet = {
  name: '乡镇街道',
  rows: [
    ['2023年各乡镇（街道）安全生产事故统计'],
    [
      '指标',
      null,
      '一、街道',
      '（一）新河街道',
      '（二）河德街道',
      '（三）宁丰街道',
      '二、乡镇小计',
      '（一）宁长镇',
      '（二）清和乡',
      '（三）西华镇',
      '（四）长云镇',
      '（五）阳兴镇',
      '（六）长龙镇',
      '（七）兴河镇',
      '（八）安永镇',
      '全县',
    ],
    [
      '事故起数（起）',
      '本期',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
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
        v: 30,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
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
        v: 7,
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
        v: 3,
        numFmt: '0',
      },
      {
        v: 46,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 3,
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
        v: 34,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 1,
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
        v: 4,
        numFmt: '0',
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
        v: 52,
        numFmt: '0',
      },
    ],
    [
      null,
      '增减数',
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -6,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比增减（%）',
      {
        v: -11.1,
        numFmt: '0.0',
      },
      {
        v: -33.3,
        numFmt: '0.0',
      },
      {
        v: -30,
        numFmt: '0.0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: -11.8,
        numFmt: '0.0',
      },
      {
        v: -50,
        numFmt: '0.0',
      },
      {
        v: -37.5,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 16.7,
        numFmt: '0.0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: 20,
        numFmt: '0.0',
      },
      {
        v: -40,
        numFmt: '0.0',
      },
      {
        v: -11.5,
        numFmt: '0.0',
      },
    ],
    [
      '死亡人数',
      '本期',
      {
        v: 1,
        numFmt: '0',
      },
      '—',
      {
        v: 1,
        numFmt: '0',
      },
      '—',
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
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
        v: 7,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      '—',
      {
        v: 3,
        numFmt: '0',
      },
      '—',
      {
        v: 24,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 4,
        numFmt: '0',
      },
      '—',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
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
        v: 5,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      '—',
      {
        v: 36,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比增减',
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: -9,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -12,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比增减（%）',
      {
        v: -75,
        numFmt: '0.0',
      },
      '',
      {
        v: -66.7,
        numFmt: '0.0',
      },
      {
        v: -100,
        numFmt: '0.0',
      },
      {
        v: -28.1,
        numFmt: '0.0',
      },
      {
        v: -36.4,
        numFmt: '0.0',
      },
      {
        v: -66.7,
        numFmt: '0.0',
      },
      {
        v: -66.7,
        numFmt: '0.0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: -33.3,
        numFmt: '0.0',
      },
      {
        v: -100,
        numFmt: '0.0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      '',
      {
        v: -33.3,
        numFmt: '0.0',
      },
    ],
    [
      '受伤人数',
      '本期',
      {
        v: 4,
        numFmt: '0',
      },
      '—',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
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
        v: 9,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 1,
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
        v: 33,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '—',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      '—',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
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
        v: 41,
        numFmt: '0',
      },
    ],
    [
      null,
      '增减',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
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
        v: -9,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: -1,
        numFmt: '0',
      },
      {
        v: -3,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: -8,
        numFmt: '0',
      },
    ],
    [
      null,
      '同比增减（%）',
      {
        v: 33.3,
        numFmt: '0.0',
      },
      {
        v: -100,
        numFmt: '0.0',
      },
      '',
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: -23.7,
        numFmt: '0.0',
      },
      {
        v: -28.6,
        numFmt: '0.0',
      },
      '',
      {
        v: -66.7,
        numFmt: '0.0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: 20,
        numFmt: '0.0',
      },
      {
        v: -50,
        numFmt: '0.0',
      },
      {
        v: -60,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: -19.5,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:P1', 'A2:B2', 'A3:A6', 'A7:A10', 'A11:A14'],
  plant: {
    address: 'D3',
    value: 5,
  },
};
const runningUnderRateName: CaseSheet = {
  name: '各县区',
  rows: [
    ['各地生产安全事故及死亡率情况表'],
    ['（2024年度）'],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：起、人、万元、亿元'],
    [
      '序号',
      '乡镇（街道）',
      '起数（起）',
      null,
      null,
      '死亡人数',
      null,
      null,
      '直接经济损失（万元）',
      null,
      null,
      '地区生产总值（亿元）',
      '亿元生产总值死亡率',
    ],
    [
      null,
      null,
      '本年累计',
      '去年同期',
      '增减（%）',
      '本年累计',
      '去年同期',
      '增减（%）',
      '本年累计',
      '去年同期',
      '增减（%）',
      null,
      '本年累计',
      '去年同期',
      '增减',
    ],
    [
      '',
      '全市合计',
      {
        v: 42,
        numFmt: '#,##0',
      },
      {
        v: 38,
        numFmt: '#,##0',
      },
      {
        v: 10.5,
        numFmt: '0.0',
      },
      {
        v: 33,
        numFmt: '#,##0',
      },
      {
        v: 42,
        numFmt: '#,##0',
      },
      {
        v: -21.4,
        numFmt: '0.0',
      },
      {
        v: 517,
        numFmt: '#,##0',
      },
      {
        v: 404,
        numFmt: '#,##0',
      },
      {
        v: 28,
        numFmt: '0.0',
      },
      {
        v: 1399,
        numFmt: '0.0',
      },
      {
        v: 0.0236,
        numFmt: '0.0000',
      },
      {
        v: 0.0318,
        numFmt: '0.0000',
      },
      {
        v: -0.0082,
        numFmt: '0.0000',
      },
    ],
    [
      1,
      '1.各县（市）合计',
      {
        v: 28,
        numFmt: '#,##0',
      },
      {
        v: 23,
        numFmt: '#,##0',
      },
      {
        v: 21.7,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '#,##0',
      },
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: -11.8,
        numFmt: '0.0',
      },
      {
        v: 344,
        numFmt: '#,##0',
      },
      {
        v: 271,
        numFmt: '#,##0',
      },
      {
        v: 26.9,
        numFmt: '0.0',
      },
      {
        v: 673.7,
        numFmt: '0.0',
      },
      {
        v: 0.0223,
        numFmt: '0.0000',
      },
      {
        v: 0.0267,
        numFmt: '0.0000',
      },
      {
        v: -0.0044,
        numFmt: '0.0000',
      },
    ],
    [
      2,
      '(1)兴丰市',
      {
        v: 27,
        numFmt: '#,##0',
      },
      {
        v: 21,
        numFmt: '#,##0',
      },
      {
        v: 28.6,
        numFmt: '0.0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 186,
        numFmt: '#,##0',
      },
      {
        v: 163,
        numFmt: '#,##0',
      },
      {
        v: 14.1,
        numFmt: '0.0',
      },
      {
        v: 170,
        numFmt: '0.0',
      },
      {
        v: 0.0588,
        numFmt: '0.0000',
      },
      {
        v: 0.063,
        numFmt: '0.0000',
      },
      {
        v: -0.0042,
        numFmt: '0.0000',
      },
    ],
    [
      3,
      '(2)清河市',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: -50,
        numFmt: '0.0',
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
        v: -28.6,
        numFmt: '0.0',
      },
      {
        v: 158,
        numFmt: '#,##0',
      },
      {
        v: 108,
        numFmt: '#,##0',
      },
      {
        v: 46.3,
        numFmt: '0.0',
      },
      {
        v: 503.7,
        numFmt: '0.0',
      },
      {
        v: 0.0099,
        numFmt: '0.0000',
      },
      {
        v: 0.0146,
        numFmt: '0.0000',
      },
      {
        v: -0.0047,
        numFmt: '0.0000',
      },
    ],
    [
      4,
      '2.区小计',
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 15,
        numFmt: '#,##0',
      },
      {
        v: -13.3,
        numFmt: '0.0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 19,
        numFmt: '#,##0',
      },
      {
        v: -31.6,
        numFmt: '0.0',
      },
      {
        v: 152,
        numFmt: '#,##0',
      },
      {
        v: 118,
        numFmt: '#,##0',
      },
      {
        v: 28.8,
        numFmt: '0.0',
      },
      {
        v: 555.2,
        numFmt: '0.0',
      },
      {
        v: 0.0234,
        numFmt: '0.0000',
      },
      {
        v: 0.0364,
        numFmt: '0.0000',
      },
      {
        v: -0.013,
        numFmt: '0.0000',
      },
    ],
    [
      5,
      '(1)山西区',
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 11,
        numFmt: '#,##0',
      },
      {
        v: -18.2,
        numFmt: '0.0',
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
        v: -37.5,
        numFmt: '0.0',
      },
      {
        v: 60,
        numFmt: '#,##0',
      },
      {
        v: 54,
        numFmt: '#,##0',
      },
      {
        v: 11.1,
        numFmt: '0.0',
      },
      {
        v: 265.7,
        numFmt: '0.0',
      },
      {
        v: 0.0188,
        numFmt: '0.0000',
      },
      {
        v: 0.0317,
        numFmt: '0.0000',
      },
      {
        v: -0.0129,
        numFmt: '0.0000',
      },
    ],
    [
      6,
      '(2)金山区',
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 8,
        numFmt: '#,##0',
      },
      {
        v: 11,
        numFmt: '#,##0',
      },
      {
        v: -27.3,
        numFmt: '0.0',
      },
      {
        v: 92,
        numFmt: '#,##0',
      },
      {
        v: 64,
        numFmt: '#,##0',
      },
      {
        v: 43.8,
        numFmt: '0.0',
      },
      {
        v: 289.5,
        numFmt: '0.0',
      },
      {
        v: 0.0276,
        numFmt: '0.0000',
      },
      {
        v: 0.0407,
        numFmt: '0.0000',
      },
      {
        v: -0.0131,
        numFmt: '0.0000',
      },
    ],
    [
      7,
      '3.高新区',
      {
        v: 1,
        numFmt: '#,##0',
      },
      '—',
      '-',
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 6,
        numFmt: '#,##0',
      },
      {
        v: -16.7,
        numFmt: '0.0',
      },
      {
        v: 21,
        numFmt: '#,##0',
      },
      {
        v: 15,
        numFmt: '#,##0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 170.1,
        numFmt: '0.0',
      },
      {
        v: 0.0294,
        numFmt: '0.0000',
      },
      {
        v: 0.0368,
        numFmt: '0.0000',
      },
      {
        v: -0.0074,
        numFmt: '0.0000',
      },
    ],
    [],
    ['注：工矿商贸包括煤矿、金属非金属矿山、危险化学品、烟花爆竹、建筑施工及工贸行业。'],
  ],
  merges: ['A1:O1', 'A2:O2', 'C4:E4', 'F4:H4', 'I4:K4', 'M4:O4', 'A4:A5', 'B4:B5', 'L4:L5'],
  plant: {
    address: 'C8',
    value: 33,
  },
};
const amountRowAmongFewCounts: CaseSheet = {
  name: '乡镇街道',
  rows: [
    ['2024年各乡镇（街道）安全生产事故统计'],
    [null, null, null, null, null, null, null, null, null, null, '单位：起，人'],
    [
      '项目',
      null,
      '一、东云区',
      '二、长河区',
      '三、阳安市',
      '四、龙河市',
      '五、永平市',
      '六、白东区',
      '七、德清县',
      '八、安华区',
      '全市',
    ],
    ['起数（起）', null, '5', '25', '23', '14', '11', '8', '26', '11', '123'],
    ['死亡（人）', null, '—', '13', '15', '4', '9', '8', '3', '10', '62'],
    ['受伤人数', '本期', '5', '3', '13', '2', '25', '4', '15', '11', '78'],
    [null, '上年同期', '4', '2', '18', '3', '18', '6', '11', '—', '62'],
    [null, '增减（%）', '25.0', '50.0', '-27.8', '-33.3', '38.9', '-33.3', '36.4', '', '25.8'],
    ['直接经济损失', '本期', '92.83', '152.24', '139.55', '126.54', '19.21', '54.24', '30.95', '150.68', '766.24'],
    [null, '上年同期', '55.77', '155.05', '100.43', '81.26', '22.81', '48.23', '25.80', '161.57', '650.92'],
    [null, '增减（%）', '66.5', '-1.8', '39.0', '55.7', '-15.8', '12.5', '20.0', '-6.7', '17.7'],
    [
      '地区生产总值（亿元）',
      null,
      '208.80',
      '526.48',
      '163.02',
      '449.88',
      '726.28',
      '310.11',
      '832.16',
      '162.50',
      '3379.23',
    ],
    [
      '亿元GDP生产安全事故死亡率',
      '本期',
      '0.000',
      '0.025',
      '0.092',
      '0.009',
      '0.012',
      '0.026',
      '0.004',
      '0.062',
      '0.018',
    ],
    [null, '上年同期', '0.010', '0.025', '0.090', '0.017', '0.017', '0.043', '0.005', '0.000', '0.020'],
    [null, '增减', '-0.010', '0.000', '0.002', '-0.008', '-0.005', '-0.017', '-0.001', '0.062', '-0.002'],
  ],
  merges: ['A1:K1', 'A3:B3', 'A4:B4', 'A5:B5', 'A6:A8', 'A9:A11', 'A12:B12', 'A13:A15'],
  plant: {
    address: 'D5',
    value: 20,
  },
};
const totalOfNamedIndicator: CaseSheet = {
  name: '学校',
  rows: [
    ['××省民办学校（幼儿园、培训机构）党建工作情况'],
    [null, null, null, null, null, '单位：个，人'],
    ['指标', null, '  宁安市', '  南平市', '  青州市', '全市'],
    ['民办学校', '机构数', 5, 16, 15, 36],
    [null, '已建党组织', 4, 14, 10, 28],
    [
      null,
      '覆盖率(%)',
      {
        v: 80,
        numFmt: '0.0',
      },
      {
        v: 87.5,
        numFmt: '0.0',
      },
      {
        v: 66.7,
        numFmt: '0.0',
      },
      {
        v: 77.8,
        numFmt: '0.0',
      },
    ],
    ['民办幼儿园', '机构数', 28, 19, 39, 86],
    [null, '已建党组织', 24, 19, 31, 74],
    [
      null,
      '覆盖率(%)',
      {
        v: 85.7,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 79.5,
        numFmt: '0.0',
      },
      {
        v: 86,
        numFmt: '0.0',
      },
    ],
    ['培训机构', '机构数', 20, 6, 40, 66],
    [null, '已建党组织', 6, 3, 25, 34],
    [
      null,
      '覆盖率(%)',
      {
        v: 30,
        numFmt: '0.0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 62.5,
        numFmt: '0.0',
      },
      {
        v: 51.5,
        numFmt: '0.0',
      },
    ],
    ['党员数', '合计', 208, 145, 597, 950],
    [null, '其中：教师党员', 131, 123, 347, 601],
    ['填表人：张敏　　审核人：赵静　　填报日期：2025年1月23日'],
    ['联系电话：0430-6617737'],
  ],
  merges: ['A1:F1', 'A3:B3', 'A4:A6', 'A7:A9', 'A10:A12', 'A13:A14', 'A15:F15', 'A16:F16'],
  plant: {
    address: 'C4',
    value: 9,
  },
};
const noRatioOfCounts: CaseSheet = {
  name: '表1 民营医院',
  rows: [
    ['临海市2024年民营医院党组织建设情况统计表'],
    [null, null, null, null, null, null, null, null, null, '单位：个、人、%'],
    [
      '县区',
      '民营医院数',
      '已建党组织数',
      '其中：单独建',
      '联合建',
      '覆盖率（%）',
      '党员数',
      null,
      '党建指导员',
      '医院数占比(%)',
    ],
    [null, null, null, null, null, null, '合计', '其中：医护人员'],
    [
      '临海市',
      12,
      7,
      5,
      2,
      {
        v: 58.33,
        numFmt: '0.00',
      },
      89,
      56,
      5,
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
    [
      '城关区',
      1,
      1,
      1,
      '—',
      {
        v: 100,
        numFmt: '0.00',
      },
      19,
      8,
      '—',
      {
        v: 8.33,
        numFmt: '0.00',
      },
    ],
    [
      '新城区',
      1,
      1,
      '—',
      1,
      {
        v: 100,
        numFmt: '0.00',
      },
      3,
      2,
      '—',
      {
        v: 8.33,
        numFmt: '0.00',
      },
    ],
    [
      '高新区',
      4,
      2,
      2,
      '—',
      {
        v: 50,
        numFmt: '0.00',
      },
      43,
      30,
      2,
      {
        v: 33.33,
        numFmt: '0.00',
      },
    ],
    [
      '北塘区',
      6,
      3,
      2,
      1,
      {
        v: 50,
        numFmt: '0.00',
      },
      24,
      16,
      3,
      {
        v: 50,
        numFmt: '0.00',
      },
    ],
    ['联系电话：0971-7041310'],
  ],
  merges: ['A1:J1', 'G3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'I3:I4', 'J3:J4', 'A10:J10'],
  plant: {
    address: 'B9',
    value: 9,
  },
};
const overlappingMembers: CaseSheet = {
  name: '工会组建',
  rows: [
    ['2025年全县“两新”组织妇联组织组建情况汇总表'],
    ['', null, null, null, null, '计量单位：个/人'],
    ['地区', '妇联组织（个）', null, null, '会员（人）'],
    [null, '应建妇联组织数', '已建数', '建会率%', '合计', '其中：女职工', '农民工'],
    [
      '宁远县',
      752,
      578,
      {
        v: 76.86,
        numFmt: '0.00',
      },
      18025,
      7970,
      6615,
    ],
    [
      '1.红星街道',
      114,
      112,
      {
        v: 98.25,
        numFmt: '0.00',
      },
      2464,
      664,
      882,
    ],
    [
      '2.杨庄街道',
      204,
      180,
      {
        v: 88.24,
        numFmt: '0.00',
      },
      2340,
      1386,
      309,
    ],
    [
      '3.双河镇',
      177,
      101,
      {
        v: 57.06,
        numFmt: '0.00',
      },
      2121,
      1113,
      450,
    ],
    [
      '4.建设乡',
      257,
      185,
      {
        v: 71.98,
        numFmt: '0.00',
      },
      11100,
      4807,
      4974,
    ],
    [
      '北塘区',
      784,
      693,
      {
        v: 88.39,
        numFmt: '0.00',
      },
      28869,
      12668,
      8891,
    ],
    [
      '1.东关乡',
      234,
      231,
      {
        v: 98.72,
        numFmt: '0.00',
      },
      12012,
      4087,
      5425,
    ],
    [
      '2.龙泉乡',
      248,
      211,
      {
        v: 85.08,
        numFmt: '0.00',
      },
      10339,
      6105,
      1148,
    ],
    [
      '3.建设镇',
      84,
      59,
      {
        v: 70.24,
        numFmt: '0.00',
      },
      2596,
      775,
      860,
    ],
    [
      '4.银湖街道',
      120,
      112,
      {
        v: 93.33,
        numFmt: '0.00',
      },
      1008,
      537,
      241,
    ],
    [
      '5.东关镇',
      24,
      21,
      {
        v: 87.5,
        numFmt: '0.00',
      },
      672,
      256,
      219,
    ],
    [
      '6.杨庄街道',
      74,
      59,
      {
        v: 79.73,
        numFmt: '0.00',
      },
      2242,
      908,
      998,
    ],
    [
      '云溪区',
      695,
      550,
      {
        v: 79.14,
        numFmt: '0.00',
      },
      18003,
      8229,
      2337,
    ],
    [
      '1.城北镇',
      47,
      35,
      {
        v: 74.47,
        numFmt: '0.00',
      },
      1470,
      599,
      600,
    ],
    [
      '2.李集乡',
      11,
      6,
      {
        v: 54.55,
        numFmt: '0.00',
      },
      96,
      42,
      25,
    ],
    [
      '3.五里镇',
      133,
      '125',
      {
        v: 93.98,
        numFmt: '0.00',
      },
      5500,
      3147,
      281,
    ],
    [
      '4.小河乡',
      153,
      113,
      {
        v: 73.86,
        numFmt: '0.00',
      },
      2260,
      1009,
      139,
    ],
    [
      '5.竹园镇',
      161,
      135,
      {
        v: 83.85,
        numFmt: '0.00',
      },
      3645,
      1562,
      992,
    ],
    [
      '6.杨庄街道',
      190,
      136,
      {
        v: 71.58,
        numFmt: '0.00',
      },
      5032,
      1870,
      300,
    ],
    [
      '南山区',
      671,
      528,
      {
        v: 78.69,
        numFmt: '0.00',
      },
      23066,
      10923,
      4608,
    ],
    [
      '1.竹园镇',
      59,
      48,
      {
        v: 81.36,
        numFmt: '0.00',
      },
      1152,
      320,
      556,
    ],
    [
      '2.凤凰镇',
      220,
      136,
      {
        v: 61.82,
        numFmt: '0.00',
      },
      6936,
      4071,
      973,
    ],
    [
      '3.银湖乡',
      23,
      21,
      {
        v: 91.3,
        numFmt: '0.00',
      },
      294,
      148,
      147,
    ],
    [
      '4.李集镇',
      71,
      69,
      {
        v: 97.18,
        numFmt: '0.00',
      },
      2622,
      734,
      0,
    ],
    [
      '5.五里镇',
      166,
      158,
      {
        v: 95.18,
        numFmt: '0.00',
      },
      '7742',
      3534,
      2308,
    ],
    [
      '6.凤凰街道',
      132,
      96,
      {
        v: 72.73,
        numFmt: '0.00',
      },
      4320,
      2116,
      624,
    ],
    [
      '合计',
      2902,
      2349,
      {
        v: 80.94,
        numFmt: '0.00',
      },
      87963,
      39790,
      22451,
    ],
    ['注：1.组建率=已建数÷应建数×100%。'],
    ['2.“—”表示无数据或不适用。'],
    ['3.会员数含新入会人数。'],
    ['填表人：王芳', null, '审核人：周军', null, null, '联系电话：0573-8451725'],
  ],
  merges: ['A1:H1', 'B3:D3', 'E3:G3', 'A3:A4', 'A32:G32', 'A34:G34'],
  plant: {
    address: 'F6',
    value: 2664,
  },
};
const anotherListOfWhole: CaseSheet = {
  name: '月报',
  rows: [
    ['本区2024年5月信访工作主要指标月报表'],
    ['指标名称', '单位', '本月', '1—5月累计', '上年同期累计', '比上年同期增长(%)', '增减（百分点）'],
    [
      '信访总量',
      '件',
      72,
      '506',
      1603,
      {
        v: -68.4,
        numFmt: '0.0',
      },
      '-',
    ],
    [
      '其中：来信',
      '件',
      23,
      '116',
      115,
      {
        v: 0.9,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '      来访',
      '件',
      43,
      339,
      '431',
      {
        v: -21.3,
        numFmt: '0.0',
      },
      '',
    ],
    [
      '      网上信访',
      '件',
      6,
      51,
      '1057',
      {
        v: -95.2,
        numFmt: '0.0',
      },
      '',
    ],
    [
      '  其中：重复信访',
      '件',
      11,
      59,
      43,
      {
        v: 37.2,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '办结数',
      '件',
      '72',
      461,
      '1491',
      {
        v: -69.1,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '  其中：按期办结数',
      '件',
      72,
      457,
      '1316',
      {
        v: -65.3,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '按期办结率',
      '%',
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 99.1,
        numFmt: '0.0',
      },
      {
        v: 88.3,
        numFmt: '0.0',
      },
      '',
      {
        v: 10.8,
        numFmt: '0.0',
      },
    ],
    [
      '群众满意率',
      '%',
      {
        v: 87.3,
        numFmt: '0.0',
      },
      {
        v: 86.5,
        numFmt: '0.0',
      },
      {
        v: 88.4,
        numFmt: '0.0',
      },
      '-',
      {
        v: -1.9,
        numFmt: '0.0',
      },
    ],
    ['制表人：李娜', null, '审核人：周军', null, null, '联系电话：0571-8089983'],
  ],
  merges: ['A1:G1'],
  plant: {
    address: 'C7',
    value: 90,
  },
};

const figureAfterPartList: CaseSheet = {
  name: '表1 民营医院',
  rows: [
    ['单位：个，人'],
    [
      '序号',
      '地区',
      '机构总数',
      '已建党组织',
      null,
      null,
      '党组织覆盖率(%)',
      '党员人数',
      '其中：医护人员党员',
      '选派党建指导员（人）',
      '医院数占比(%)',
    ],
    [null, null, null, '合计', '单独组建', '联合建'],
    [
      1,
      '    白沙县',
      5,
      4,
      3,
      1,
      {
        v: 80,
        numFmt: '0.0',
      },
      54,
      '45',
      '—',
      {
        v: 7.1,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '    城关区',
      9,
      6,
      3,
      3,
      {
        v: 66.7,
        numFmt: '0.0',
      },
      32,
      26,
      3,
      {
        v: 12.9,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '    永和县',
      5,
      2,
      '2',
      '—',
      {
        v: 40,
        numFmt: '0.0',
      },
      46,
      '37',
      '—',
      {
        v: 7.1,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '    经开区',
      2,
      1,
      1,
      '—',
      {
        v: 50,
        numFmt: '0.0',
      },
      14,
      11,
      '—',
      {
        v: 2.9,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '  泰和市小计',
      21,
      13,
      9,
      4,
      {
        v: 61.9,
        numFmt: '0.0',
      },
      146,
      '119',
      3,
      '30.0',
    ],
    [
      5,
      '    望江县',
      3,
      2,
      2,
      '—',
      {
        v: 66.7,
        numFmt: '0.0',
      },
      18,
      12,
      2,
      {
        v: 4.3,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '    桃源县',
      12,
      9,
      8,
      1,
      {
        v: 75,
        numFmt: '0.0',
      },
      209,
      132,
      5,
      {
        v: 17.1,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '    西山区',
      1,
      1,
      1,
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
      16,
      '12',
      '—',
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '  云川市小计',
      '16',
      12,
      11,
      '1',
      {
        v: 75,
        numFmt: '0.0',
      },
      243,
      156,
      7,
      {
        v: 22.9,
        numFmt: '0.0',
      },
    ],
    [
      8,
      '    临江县',
      1,
      1,
      '—',
      1,
      {
        v: 100,
        numFmt: '0.0',
      },
      1,
      1,
      1,
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [
      9,
      '    新城区',
      1,
      '1',
      '—',
      '1',
      {
        v: 100,
        numFmt: '0.0',
      },
      5,
      4,
      '1',
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [
      10,
      '    青石县',
      6,
      4,
      '2',
      2,
      '66.7',
      23,
      14,
      3,
      {
        v: 8.6,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '  临海市小计',
      8,
      6,
      2,
      4,
      {
        v: 75,
        numFmt: '0.0',
      },
      29,
      19,
      5,
      {
        v: 11.4,
        numFmt: '0.0',
      },
    ],
    [
      11,
      '    长乐市',
      9,
      6,
      3,
      3,
      {
        v: 66.7,
        numFmt: '0.0',
      },
      48,
      39,
      '2',
      {
        v: 12.9,
        numFmt: '0.0',
      },
    ],
    [
      12,
      '    柳河县',
      '6',
      6,
      4,
      2,
      {
        v: 100,
        numFmt: '0.0',
      },
      30,
      23,
      3,
      {
        v: 8.6,
        numFmt: '0.0',
      },
    ],
    [
      13,
      '    龙泉县',
      9,
      7,
      3,
      4,
      {
        v: 77.8,
        numFmt: '0.0',
      },
      81,
      69,
      4,
      '12.9',
    ],
    [
      14,
      '    高新区',
      1,
      1,
      '—',
      1,
      {
        v: 100,
        numFmt: '0.0',
      },
      5,
      3,
      1,
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [null, '  青州市小计', 25, 20, 10, 10, '80.0', 164, 134, '10', '35.7'],
    [
      null,
      '全省',
      70,
      51,
      32,
      19,
      {
        v: 72.9,
        numFmt: '0.0',
      },
      582,
      428,
      25,
      '100.0',
    ],
    [],
    ['联系电话：0779-5360366'],
  ],
  merges: ['A1:C1', 'D2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'G2:G3', 'H2:H3', 'I2:I3', 'J2:J3', 'K2:K3', 'A24:K24'],
  plant: {
    address: 'I13',
    value: 20,
  },
};

const namedRateOfPart: CaseSheet = {
  name: '主要指标',
  rows: [
    ['全县2024年11月信访工作主要指标月报表'],
    ['填报单位：信访局', null, null, null, null, '单位：件、%'],
    ['指标', '计量单位', '本月', '1—11月累计', '上年同期', '比上年同期增长(%)'],
    [
      '一、信访总量',
      '件',
      28,
      242,
      575,
      {
        v: -57.9,
        numFmt: '0.0',
      },
    ],
    [
      '  1.来信',
      '件',
      16,
      129,
      26,
      {
        v: 396.2,
        numFmt: '0.0',
      },
    ],
    [
      '  2.来访',
      '件',
      2,
      33,
      462,
      {
        v: -92.9,
        numFmt: '0.0',
      },
    ],
    [
      '  3.网上信访',
      '件',
      10,
      80,
      87,
      {
        v: -8,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：重复信访',
      '件',
      1,
      12,
      67,
      {
        v: -82.1,
        numFmt: '0.0',
      },
    ],
    [
      '二、办结数',
      '件',
      23,
      192,
      530,
      {
        v: -63.8,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：按期办结',
      '件',
      18,
      186,
      528,
      {
        v: -64.8,
        numFmt: '0.0',
      },
    ],
    [
      '三、按期办结率',
      '%',
      {
        v: 78.26,
        numFmt: '0.00',
      },
      {
        v: 96.88,
        numFmt: '0.00',
      },
      {
        v: 99.62,
        numFmt: '0.00',
      },
      {
        v: -2.74,
        numFmt: '0.00',
      },
    ],
    [
      '四、群众满意率',
      '%',
      {
        v: 85.6,
        numFmt: '0.00',
      },
      {
        v: 99.28,
        numFmt: '0.00',
      },
      {
        v: 91.12,
        numFmt: '0.00',
      },
      {
        v: 8.16,
        numFmt: '0.00',
      },
    ],
    [
      '五、来访人次',
      '人次',
      46,
      684,
      564,
      {
        v: 21.3,
        numFmt: '0.0',
      },
    ],
    ['注：比率类指标同比栏为增减百分点。'],
    ['网上信访含国家信访信息系统网上投诉。'],
    ['填报人：王芳', null, '审核人：陈明', null, '联系电话：0573-8923598'],
    ['填报日期：2024年12月10日'],
  ],
  merges: ['A1:F1'],
  plant: {
    address: 'C11',
    value: 83.44,
  },
};

const runningBySubject: CaseSheet = {
  name: '分月',
  rows: [
    ['2025年全县信访件数分月累计情况表'],
    ['时间', '本月受理', '累计受理', '上年同期累计', '累计同比(%)', '本月办结', '累计办结'],
    [
      '1月',
      234,
      234,
      94,
      {
        v: 148.9,
        numFmt: '0.0',
      },
      184,
      184,
    ],
    [
      '2月',
      679,
      913,
      981,
      {
        v: -6.9,
        numFmt: '0.0',
      },
      689,
      873,
    ],
    [
      '3月',
      306,
      1219,
      1516,
      {
        v: -19.6,
        numFmt: '0.0',
      },
      235,
      '1108',
    ],
    ['填报日期：2025年3月2日'],
  ],
  merges: ['A1:G1'],
  plant: {
    address: 'C5',
    value: 1127,
  },
};

describe('issue 9 round 104: sheets written outside the team', () => {
  describeCaseBook('round104-running-of-last-year', [runningOfLastYear]);
  describeCaseBook('round104-rate-period-under-merged-name', [ratePeriodUnderMergedName]);
  describeCaseBook('round104-indicator-before-periods', [indicatorBeforePeriods]);
  describeCaseBook('round104-running-under-rate-name', [runningUnderRateName]);
  describeCaseBook('round104-amount-row-among-few-counts', [amountRowAmongFewCounts]);
  describeCaseBook('round104-total-of-named-indicator', [totalOfNamedIndicator]);
  describeCaseBook('round104-no-ratio-of-counts', [noRatioOfCounts]);
  describeCaseBook('round104-overlapping-members', [overlappingMembers]);
  describeCaseBook('round104-another-list-of-whole', [anotherListOfWhole]);
  describeCaseBook('round104-figure-after-part-list', [figureAfterPartList]);
  describeCaseBook('round104-named-rate-of-part', [namedRateOfPart]);
  describeCaseBook('round104-running-by-subject', [runningBySubject]);
});
