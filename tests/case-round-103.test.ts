import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 103 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round103a, with the figures they generated). 103A, emergency management and work safety (应急管理和安全生产):
 * - 亿元生产总值死亡率 / 本期 | 上年同期 | 比上年增减: periods and a change under a rate's name are that rate, summed by no
 *   subtotal (cases_001).
 * - 受伤 / 数量（人） | 直接财产损失 / 本年: a period under a heading of its own does not take the unit of the column
 *   before it, so 190.4 is no count typed with decimals (probe_013).
 * - 事故起数 merged over 本期 | 上年同期 | ±%, regions as columns: the ±% row is a change in per cent, no count
 *   (hunt2_077); so under 受伤人数（人） merged over the three rows (hunt1_016).
 * - 直接经济损失 | 1269.76 | 261.28 … under 单位：起，人: a row of amounts among counts is no count (hunt2_023).
 */

const ratesUnderHeading: CaseSheet = {
  name: '分地区',
  rows: [
    ['2024年各县（市、区）生产安全事故情况'],
    ['填报单位：县应急管理局', null, null, null, null, null, null, null, '单位：起、人、万元、亿元'],
    [],
    [
      '单位',
      '生产安全事故起数',
      '死亡人数',
      '受伤人数（人）',
      '生产总值（亿元）',
      '亿元生产总值死亡率',
      null,
      null,
      '死亡人数占全县比重（%）',
    ],
    [null, null, null, null, null, '本期', '上年同期', '比上年增减'],
    [
      '全县',
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 843.6,
        numFmt: '0.0',
      },
      {
        v: 0.021,
        numFmt: '0.000',
      },
      {
        v: 0.025,
        numFmt: '0.000',
      },
      {
        v: -0.004,
        numFmt: '0.000',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '街道小计',
      {
        v: 11,
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
        v: 424,
        numFmt: '0.0',
      },
      {
        v: 0.026,
        numFmt: '0.000',
      },
      {
        v: 0.035,
        numFmt: '0.000',
      },
      {
        v: -0.009,
        numFmt: '0.000',
      },
      {
        v: 61.1,
        numFmt: '0.0',
      },
    ],
    [
      '兴永街道',
      {
        v: 1,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 27.6,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.038,
        numFmt: '0.000',
      },
      {
        v: -0.038,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '新阳街道',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 37.6,
        numFmt: '0.0',
      },
      {
        v: 0.106,
        numFmt: '0.000',
      },
      {
        v: 0.139,
        numFmt: '0.000',
      },
      {
        v: -0.033,
        numFmt: '0.000',
      },
      {
        v: 22.2,
        numFmt: '0.0',
      },
    ],
    [
      '宁北街道',
      {
        v: 3,
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
        v: 29.8,
        numFmt: '0.0',
      },
      {
        v: 0.034,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.034,
        numFmt: '0.000',
      },
      {
        v: 5.6,
        numFmt: '0.0',
      },
    ],
    [
      '宁白街道',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      '—',
      {
        v: 329,
        numFmt: '0.0',
      },
      {
        v: 0.018,
        numFmt: '0.000',
      },
      {
        v: 0.026,
        numFmt: '0.000',
      },
      {
        v: -0.008,
        numFmt: '0.000',
      },
      {
        v: 33.3,
        numFmt: '0.0',
      },
    ],
    [
      '乡镇小计',
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 419.6,
        numFmt: '0.0',
      },
      {
        v: 0.017,
        numFmt: '0.000',
      },
      {
        v: 0.015,
        numFmt: '0.000',
      },
      {
        v: 0.002,
        numFmt: '0.000',
      },
      {
        v: 38.9,
        numFmt: '0.0',
      },
    ],
    [
      '西宁镇',
      '—',
      '—',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 157.6,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '安河镇',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      '—',
      {
        v: 51.4,
        numFmt: '0.0',
      },
      {
        v: 0.078,
        numFmt: '0.000',
      },
      {
        v: 0.084,
        numFmt: '0.000',
      },
      {
        v: -0.006,
        numFmt: '0.000',
      },
      {
        v: 22.2,
        numFmt: '0.0',
      },
    ],
    [
      '德石乡',
      {
        v: 6,
        numFmt: '0',
      },
      '—',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 74.6,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.000',
      },
      {
        v: 0.014,
        numFmt: '0.000',
      },
      {
        v: -0.014,
        numFmt: '0.000',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '平清镇',
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
        v: 136,
        numFmt: '0.0',
      },
      {
        v: 0.022,
        numFmt: '0.000',
      },
      {
        v: 0.008,
        numFmt: '0.000',
      },
      {
        v: 0.014,
        numFmt: '0.000',
      },
      {
        v: 16.7,
        numFmt: '0.0',
      },
    ],
    [],
    ['说明：亿元GDP生产安全事故死亡率=生产安全事故死亡人数÷地区生产总值（亿元）。'],
    ['填报人：张伟　　审核人：赵磊　　填报日期：2025年1月20日'],
    ['联系电话：0696-4455113'],
  ],
  merges: ['A1:I1', 'F4:H4', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'I4:I5'],
  plant: { address: 'B7', value: 14 },
};

const unitOfOwnHeading: CaseSheet = {
  name: '火灾',
  rows: [
    ['2021年火灾按场所分类统计表'],
    [
      '分类',
      '火灾起数',
      null,
      '死亡（人）',
      '受伤（人）',
      '直接财产损失',
      null,
      '起数构成（%）',
      null,
      '增减（百分点）',
    ],
    [null, '本年累计', '构成（%）', '数量', '数量', '本年', '比重（%）', '本年', '上年'],
    [
      '一、电气',
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 30.7,
        numFmt: '0.00',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 190.4,
        numFmt: '0.0',
      },
      {
        v: 15.24,
        numFmt: '0.00',
      },
      {
        v: 30.7,
        numFmt: '0.00',
      },
      {
        v: 25.51,
        numFmt: '0.00',
      },
    ],
    [
      '二、生产作业',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 17.54,
        numFmt: '0.00',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 24.3,
        numFmt: '0.0',
      },
      {
        v: 1.94,
        numFmt: '0.00',
      },
      {
        v: 17.54,
        numFmt: '0.00',
      },
      {
        v: 16.33,
        numFmt: '0.00',
      },
    ],
    [
      '三、用火不慎',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 10.53,
        numFmt: '0.00',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 149,
        numFmt: '0.0',
      },
      {
        v: 11.92,
        numFmt: '0.00',
      },
      {
        v: 10.53,
        numFmt: '0.00',
      },
      {
        v: 12.24,
        numFmt: '0.00',
      },
    ],
    [
      '四、吸烟',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 14.04,
        numFmt: '0.00',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 67.9,
        numFmt: '0.0',
      },
      {
        v: 5.43,
        numFmt: '0.00',
      },
      {
        v: 14.04,
        numFmt: '0.00',
      },
      {
        v: 13.27,
        numFmt: '0.00',
      },
    ],
    [
      '五、玩火',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 10.53,
        numFmt: '0.00',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 599.8,
        numFmt: '0.0',
      },
      {
        v: 48,
        numFmt: '0.00',
      },
      {
        v: 10.53,
        numFmt: '0.00',
      },
      {
        v: 12.24,
        numFmt: '0.00',
      },
    ],
    [
      '六、自燃',
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 13.16,
        numFmt: '0.00',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 47.2,
        numFmt: '0.0',
      },
      {
        v: 3.78,
        numFmt: '0.00',
      },
      {
        v: 13.16,
        numFmt: '0.00',
      },
      {
        v: 13.27,
        numFmt: '0.00',
      },
    ],
    [
      '七、其他',
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 3.51,
        numFmt: '0.00',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 171.1,
        numFmt: '0.0',
      },
      {
        v: 13.69,
        numFmt: '0.00',
      },
      {
        v: 3.51,
        numFmt: '0.00',
      },
      {
        v: 7.14,
        numFmt: '0.00',
      },
    ],
    [
      '总计',
      {
        v: 114,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      {
        v: 108,
        numFmt: '0',
      },
      {
        v: 52,
        numFmt: '0',
      },
      {
        v: 1249.7,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
  ],
  merges: ['A1:I1', 'B2:C2', 'F2:G2', 'H2:I2', 'A2:A3', 'J2:J3'],
  plant: {
    address: 'F5',
    value: 34.3,
  },
};

const changeRowsByTextColumn: CaseSheet = {
  name: '乡镇街道',
  rows: [
    ['2023年各乡镇（街道）安全生产事故统计'],
    ['（2023年度）'],
    ['填报单位：区安委办', null, null, null, null, null, null, null, null, null, null, null, '单位：起，人'],
    [],
    [
      '项目',
      null,
      '1.市辖区',
      '(1)河和区',
      '(2)兴西区',
      '(3)明泉区',
      '(4)白西区',
      '2.各县（市）合计',
      '(1)柳北市',
      '(2)凤平县',
      '(3)柳长县',
      '(4)白平县',
      '全市合计',
    ],
    [
      '事故起数',
      '本期',
      {
        v: 36,
        numFmt: '0',
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
        v: 9,
        numFmt: '0',
      },
      {
        v: 4,
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
        v: 10,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 66,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 34,
        numFmt: '0',
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
        v: 13,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 24,
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
        v: 5,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 58,
        numFmt: '0',
      },
    ],
    [
      null,
      '±%',
      {
        v: 5.9,
        numFmt: '0.0',
      },
      {
        v: 37.5,
        numFmt: '0.0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: -30.8,
        numFmt: '0.0',
      },
      {
        v: -20,
        numFmt: '0.0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 11.1,
        numFmt: '0.0',
      },
      {
        v: 80,
        numFmt: '0.0',
      },
      {
        v: 11.1,
        numFmt: '0.0',
      },
      {
        v: 13.8,
        numFmt: '0.0',
      },
    ],
    [
      '死亡人数',
      '本期',
      {
        v: 31,
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
        v: 1,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 9,
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
        v: 21,
        numFmt: '0',
      },
      {
        v: 67,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 10,
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
        v: 16,
        numFmt: '0',
      },
      {
        v: 70,
        numFmt: '0',
      },
    ],
    [
      null,
      '±%',
      {
        v: -11.4,
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
        v: -50,
        numFmt: '0.0',
      },
      {
        v: -13.6,
        numFmt: '0.0',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
      {
        v: -10,
        numFmt: '0.0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: -40,
        numFmt: '0.0',
      },
      {
        v: 31.3,
        numFmt: '0.0',
      },
      {
        v: -4.3,
        numFmt: '0.0',
      },
    ],
    [
      '受伤人数',
      '本期',
      {
        v: 27,
        numFmt: '0',
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
        v: 0,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 52,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 37,
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
        v: 1,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 20,
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
        v: 4,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
    ],
    [
      null,
      '±%',
      {
        v: -27,
        numFmt: '0.0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: -31.3,
        numFmt: '0.0',
      },
      {
        v: -100,
        numFmt: '0.0',
      },
      {
        v: -12.5,
        numFmt: '0.0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      '—',
      {
        v: -100,
        numFmt: '0.0',
      },
      {
        v: -25,
        numFmt: '0.0',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
      {
        v: -8.8,
        numFmt: '0.0',
      },
    ],
    [
      '地区生产总值（亿元）',
      null,
      {
        v: 1238.6,
        numFmt: '0.0',
      },
      {
        v: 86.5,
        numFmt: '0.0',
      },
      {
        v: 78.3,
        numFmt: '0.0',
      },
      {
        v: 138.7,
        numFmt: '0.0',
      },
      {
        v: 935.1,
        numFmt: '0.0',
      },
      {
        v: 1621.5,
        numFmt: '0.0',
      },
      {
        v: 337.8,
        numFmt: '0.0',
      },
      {
        v: 401.4,
        numFmt: '0.0',
      },
      {
        v: 83.3,
        numFmt: '0.0',
      },
      {
        v: 799,
        numFmt: '0.0',
      },
      {
        v: 2860.1,
        numFmt: '0.0',
      },
    ],
    [
      '亿元GDP死亡率（人/亿元）',
      null,
      {
        v: 0.025,
        numFmt: '0.0000',
      },
      {
        v: 0.0578,
        numFmt: '0.0000',
      },
      {
        v: 0.0766,
        numFmt: '0.0000',
      },
      {
        v: 0.0072,
        numFmt: '0.0000',
      },
      {
        v: 0.0203,
        numFmt: '0.0000',
      },
      {
        v: 0.0222,
        numFmt: '0.0000',
      },
      {
        v: 0.0266,
        numFmt: '0.0000',
      },
      {
        v: 0.0075,
        numFmt: '0.0000',
      },
      {
        v: 0.036,
        numFmt: '0.0000',
      },
      {
        v: 0.0263,
        numFmt: '0.0000',
      },
      {
        v: 0.0234,
        numFmt: '0.0000',
      },
    ],
  ],
  merges: ['A1:M1', 'A2:M2', 'A5:B5', 'A6:A8', 'A9:A11', 'A12:A14', 'A15:B15', 'A16:B16'],
  plant: {
    address: 'C6',
    value: 40,
  },
};

const amountRowAmongCounts: CaseSheet = {
  name: '表2 分地区',
  rows: [
    ['2023年各乡镇（街道）安全生产事故统计'],
    ['（截至2023年12月底）'],
    [null, null, null, null, null, null, null, null, null, null, null, null, '单位：起，人'],
    [
      '指标',
      null,
      '全市合计',
      '桃凤县',
      '东桃市',
      '南桃县',
      '丰龙市',
      '阳白市',
      '和宁市',
      '西永县',
      '德河市',
      '桃柳县',
      '龙和县',
    ],
    [
      '起数（起）',
      '本年',
      {
        v: 103,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
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
        v: 2,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年',
      {
        v: 112,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 22,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
    ],
    [
      null,
      '比上年增减（%）',
      {
        v: -8.04,
        numFmt: '0.00',
      },
      {
        v: 9.09,
        numFmt: '0.00',
      },
      {
        v: 54.55,
        numFmt: '0.00',
      },
      {
        v: 11.76,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -11.11,
        numFmt: '0.00',
      },
      {
        v: -31.82,
        numFmt: '0.00',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      {
        v: -35.29,
        numFmt: '0.00',
      },
      {
        v: -21.43,
        numFmt: '0.00',
      },
      {
        v: -33.33,
        numFmt: '0.00',
      },
    ],
    [
      '死亡（人）',
      '本年',
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: 12,
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
        v: 3,
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
        v: 13,
        numFmt: '0',
      },
      {
        v: 3,
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
    ],
    [
      null,
      '上年',
      {
        v: 84,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 6,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
    ],
    [
      null,
      '比上年增减（%）',
      {
        v: -22.62,
        numFmt: '0.00',
      },
      {
        v: 33.33,
        numFmt: '0.00',
      },
      {
        v: -50,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -25,
        numFmt: '0.00',
      },
      {
        v: -38.89,
        numFmt: '0.00',
      },
      {
        v: -50,
        numFmt: '0.00',
      },
      {
        v: -38.1,
        numFmt: '0.00',
      },
      {
        v: -25,
        numFmt: '0.00',
      },
      {
        v: -33.33,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    [
      '直接经济损失',
      '本年',
      {
        v: 1269.76,
        numFmt: '0.00',
      },
      {
        v: 261.28,
        numFmt: '0.00',
      },
      {
        v: 25.22,
        numFmt: '0.00',
      },
      {
        v: 171.92,
        numFmt: '0.00',
      },
      {
        v: 173.55,
        numFmt: '0.00',
      },
      {
        v: 56.67,
        numFmt: '0.00',
      },
      {
        v: 107.17,
        numFmt: '0.00',
      },
      {
        v: 223.83,
        numFmt: '0.00',
      },
      {
        v: 32.51,
        numFmt: '0.00',
      },
      {
        v: 215.89,
        numFmt: '0.00',
      },
      {
        v: 1.72,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '上年',
      {
        v: 1393.83,
        numFmt: '0.00',
      },
      {
        v: 326.64,
        numFmt: '0.00',
      },
      {
        v: 37.27,
        numFmt: '0.00',
      },
      {
        v: 111.59,
        numFmt: '0.00',
      },
      {
        v: 235.7,
        numFmt: '0.00',
      },
      '-',
      {
        v: 120.04,
        numFmt: '0.00',
      },
      {
        v: 327.45,
        numFmt: '0.00',
      },
      {
        v: 47.8,
        numFmt: '0.00',
      },
      {
        v: 185.72,
        numFmt: '0.00',
      },
      {
        v: 1.62,
        numFmt: '0.00',
      },
    ],
    [
      null,
      '比上年增减（%）',
      {
        v: -8.9,
        numFmt: '0.00',
      },
      {
        v: -20.01,
        numFmt: '0.00',
      },
      {
        v: -32.33,
        numFmt: '0.00',
      },
      {
        v: 54.06,
        numFmt: '0.00',
      },
      {
        v: -26.37,
        numFmt: '0.00',
      },
      '-',
      {
        v: -10.72,
        numFmt: '0.00',
      },
      {
        v: -31.64,
        numFmt: '0.00',
      },
      {
        v: -31.99,
        numFmt: '0.00',
      },
      {
        v: 16.24,
        numFmt: '0.00',
      },
      {
        v: 6.17,
        numFmt: '0.00',
      },
    ],
    [],
    ['说明：亿元GDP生产安全事故死亡率=生产安全事故死亡人数÷地区生产总值（亿元）。'],
    ['联系电话：0923-5970588'],
  ],
  merges: ['A1:M1', 'A2:M2', 'A4:B4', 'A5:A7', 'A8:A10', 'A11:A13'],
  plant: { address: 'C5', value: 110 },
};

const unitOfMergedLabel: CaseSheet = {
  name: '乡镇街道',
  rows: [
    ['2024年各县（市、区）生产安全事故情况'],
    ['填报单位：区安委办', null, null, null, null, null, null, null, null, null, '单位：起，人'],
    [],
    [
      '指标',
      null,
      '全市总计',
      '市辖区小计',
      '西柳区',
      '安青区',
      '县（市）小计',
      '清泉市',
      '安云县',
      '北清县',
      '安阳县',
    ],
    [
      '生产安全事故起数',
      '1-11月',
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 26,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      '—',
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 83,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 10,
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
    ],
    [
      null,
      '±%',
      {
        v: -18.07,
        numFmt: '0.00',
      },
      {
        v: -29.63,
        numFmt: '0.00',
      },
      {
        v: -33.33,
        numFmt: '0.00',
      },
      {
        v: -27.78,
        numFmt: '0.00',
      },
      {
        v: 3.45,
        numFmt: '0.00',
      },
      {
        v: -100,
        numFmt: '0.00',
      },
      {
        v: -20,
        numFmt: '0.00',
      },
      {
        v: 8.33,
        numFmt: '0.00',
      },
      {
        v: 80,
        numFmt: '0.00',
      },
    ],
    [
      '死亡人数（人）',
      '1-11月',
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 28,
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
        v: 18,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 28,
        numFmt: '0',
      },
      '—',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
    ],
    [
      null,
      '±%',
      {
        v: -8.51,
        numFmt: '0.00',
      },
      {
        v: -21.05,
        numFmt: '0.00',
      },
      {
        v: -23.53,
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
      '',
      {
        v: -20,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: -20,
        numFmt: '0.00',
      },
    ],
    [
      '受伤人数（人）',
      '1-11月',
      {
        v: 96,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 71,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 98,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      '—',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 25,
        numFmt: '0',
      },
    ],
    [
      null,
      '±%',
      {
        v: -2.04,
        numFmt: '0.00',
      },
      {
        v: -16.67,
        numFmt: '0.00',
      },
      {
        v: -11.11,
        numFmt: '0.00',
      },
      {
        v: -25,
        numFmt: '0.00',
      },
      {
        v: 4.41,
        numFmt: '0.00',
      },
      {
        v: -31.58,
        numFmt: '0.00',
      },
      '',
      {
        v: -25,
        numFmt: '0.00',
      },
      {
        v: 20,
        numFmt: '0.00',
      },
    ],
    [
      '直接经济损失',
      '1-11月',
      {
        v: 1045,
        numFmt: '0',
      },
      {
        v: 353,
        numFmt: '0',
      },
      {
        v: 95,
        numFmt: '0',
      },
      {
        v: 258,
        numFmt: '0',
      },
      {
        v: 692,
        numFmt: '0',
      },
      {
        v: 151,
        numFmt: '0',
      },
      {
        v: 178,
        numFmt: '0',
      },
      {
        v: 298,
        numFmt: '0',
      },
      {
        v: 65,
        numFmt: '0',
      },
    ],
    [
      null,
      '上年同期',
      {
        v: 852,
        numFmt: '0',
      },
      {
        v: 364,
        numFmt: '0',
      },
      {
        v: 67,
        numFmt: '0',
      },
      {
        v: 297,
        numFmt: '0',
      },
      {
        v: 488,
        numFmt: '0',
      },
      {
        v: 85,
        numFmt: '0',
      },
      {
        v: 184,
        numFmt: '0',
      },
      {
        v: 174,
        numFmt: '0',
      },
      {
        v: 45,
        numFmt: '0',
      },
    ],
    [
      null,
      '±%',
      {
        v: 22.65,
        numFmt: '0.00',
      },
      {
        v: -3.02,
        numFmt: '0.00',
      },
      {
        v: 41.79,
        numFmt: '0.00',
      },
      {
        v: -13.13,
        numFmt: '0.00',
      },
      {
        v: 41.8,
        numFmt: '0.00',
      },
      {
        v: 77.65,
        numFmt: '0.00',
      },
      {
        v: -3.26,
        numFmt: '0.00',
      },
      {
        v: 71.26,
        numFmt: '0.00',
      },
      {
        v: 44.44,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：1.本表数据来源于应急管理部门生产安全事故统计系统；2.“—”表示无数据或无法计算。'],
    ['填报人：王芳　　审核人：陈静　　填报日期：2025年1月15日'],
  ],
  merges: ['A1:K1', 'A4:B4', 'A5:A7', 'A8:A10', 'A11:A13', 'A14:A16'],
  plant: { address: 'D11', value: 28 },
};

describe('round 103A: emergency management and work safety', () => {
  describeCaseBook('round103-rates-under-heading', [ratesUnderHeading]);
  describeCaseBook('round103-unit-of-own-heading', [unitOfOwnHeading]);
  describeCaseBook('round103-change-rows-by-text-column', [changeRowsByTextColumn]);
  describeCaseBook('round103-amount-row-among-counts', [amountRowAmongCounts]);
  describeCaseBook('round103-unit-of-merged-label', [unitOfMergedLabel]);
});
