import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 110 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round110a and /tmp/round110b, with the figures they generated). 110A, the annual inspection of social
 * organisations and party building in their charters (社会组织年检、党建入章); 110B, allowances for party secretaries
 * (书记报酬、津贴):
 * - 单位：人、万元、元 over 补贴发放总额（万元） | 资金来源 / 财政补贴 | 党费返还 | 企业列支: 元 is what a claimed 万元
 *   scales, so the columns naming no unit take neither, and money with decimals in them may be rounded from 元 (a
 *   total a cent off its rows is no finding) (110B hunt2_020); so may 发放总额 beside 上年发放总额（万元） (110B
 *   hunt4_101).
 * - 序号 | 县（市、区） over a 栏次 row — | 甲 | 1 | 2 …: a dash over the 序号 column numbers no column, and the row is
 *   the columns' numbers, no place (110B hunt4_045, 110A cases_015).
 * - 指标 | 2024年 | 2023年 | 比上年增减 | 增长(%), rates typed as 0.0% with — in 比上年增减: the change is not given, no
 *   difference to check (110A hunt1_050).
 * - 书记（人） | 补贴发放总额（万元） | 人均报酬（元/月）: the mean is the amount ÷ the secretaries × 10000 ÷ 12, so a wrong
 *   county amount is blamed on its own cell, not on 全省合计 (110B cases_007).
 */

const sourcesBesideWanYuan: CaseSheet = {
  name: '县区汇总',
  rows: [
    ['2023年两新组织党组织书记补贴发放情况汇总表'],
    [null, null, null, null, null, null, null, null, '单位：人、万元、元'],
    [
      '序号',
      '县（市、区）',
      '党组织书记人数',
      '补贴发放总额（万元）',
      '资金来源',
      null,
      null,
      '财政补贴占比（%）',
      '党费返还占比（%）',
    ],
    [null, null, null, null, '财政补贴', '党费返还', '企业列支'],
    [
      1,
      '北湖区',
      {
        v: 208,
        numFmt: '0',
      },
      {
        v: 364.43,
        numFmt: '0.00',
      },
      {
        v: 151.93,
        numFmt: '0.00',
      },
      {
        v: 22.01,
        numFmt: '0.00',
      },
      {
        v: 190.49,
        numFmt: '0.00',
      },
      {
        v: 41.7,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '清河区',
      {
        v: 258,
        numFmt: '0',
      },
      {
        v: 299.06,
        numFmt: '0.00',
      },
      {
        v: 144.41,
        numFmt: '0.00',
      },
      {
        v: 18.31,
        numFmt: '0.00',
      },
      {
        v: 136.34,
        numFmt: '0.00',
      },
      {
        v: 48.3,
        numFmt: '0.0',
      },
      {
        v: 6.1,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '桃江县',
      {
        v: 146,
        numFmt: '0',
      },
      {
        v: 247.2,
        numFmt: '0.00',
      },
      {
        v: 109.19,
        numFmt: '0.00',
      },
      {
        v: 25.73,
        numFmt: '0.00',
      },
      {
        v: 112.28,
        numFmt: '0.00',
      },
      {
        v: 44.2,
        numFmt: '0.0',
      },
      {
        v: 10.4,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '东城区',
      {
        v: 93,
        numFmt: '0',
      },
      {
        v: 121.05,
        numFmt: '0.00',
      },
      {
        v: 70.59,
        numFmt: '0.00',
      },
      {
        v: 16.76,
        numFmt: '0.00',
      },
      {
        v: 33.69,
        numFmt: '0.00',
      },
      {
        v: 58.3,
        numFmt: '0.0',
      },
      {
        v: 13.8,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '新安县',
      {
        v: 219,
        numFmt: '0',
      },
      {
        v: 80.91,
        numFmt: '0.00',
      },
      {
        v: 25.89,
        numFmt: '0.00',
      },
      {
        v: 18.84,
        numFmt: '0.00',
      },
      {
        v: 36.18,
        numFmt: '0.00',
      },
      {
        v: 32,
        numFmt: '0.0',
      },
      {
        v: 23.3,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '总计',
      {
        v: 924,
        numFmt: '0',
      },
      {
        v: 1112.65,
        numFmt: '0.00',
      },
      {
        v: 502.01,
        numFmt: '0.00',
      },
      {
        v: 101.66,
        numFmt: '0.00',
      },
      {
        v: 508.98,
        numFmt: '0.00',
      },
      {
        v: 45.1,
        numFmt: '0.0',
      },
      {
        v: 9.1,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：数据来源于各县（市、区）两新工委季度报表，“—”表示无此项。'],
    ['注：1.人均报酬=报酬发放总额÷书记人数÷月数；2.金额单位为万元，保留两位小数。'],
    ['填报人：王丽', null, '审核人：赵静', null, '填报日期：2024年1月27日'],
  ],
  merges: ['A1:I1', 'E3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'H3:H4', 'I3:I4', 'A12:F12', 'A13:F13'],
  plant: {
    address: 'E7',
    value: 129.19,
  },
};

const dashOverSequenceColumn: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['2024年各县（市、区）非公有制企业党组织书记报酬发放情况统计表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, '单位：人、万元、元/月'],
    [
      '序号',
      '县（市、区）',
      '书记人数（人）',
      '其中',
      '报酬发放总额（万元）',
      '资金来源',
      null,
      null,
      '月人均（元）',
      '财政补贴占比（%）',
      '党费返还占比（%）',
      '上年发放总额（万元）',
      '比上年增长（%）',
    ],
    [null, null, null, '专职书记', null, '财政补贴', '党费返还', '企业列支'],
    ['—', '甲', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [
      null,
      '合计',
      {
        v: 2159,
        numFmt: '0',
      },
      {
        v: 514,
        numFmt: '0',
      },
      {
        v: 1755.14,
        numFmt: '0.00',
      },
      {
        v: 767.29,
        numFmt: '0.00',
      },
      {
        v: 183.18,
        numFmt: '0.00',
      },
      {
        v: 804.68,
        numFmt: '0.00',
      },
      {
        v: 677.45,
        numFmt: '0.00',
      },
      {
        v: 43.72,
        numFmt: '0.00',
      },
      {
        v: 10.44,
        numFmt: '0.00',
      },
      {
        v: 1635.49,
        numFmt: '0.00',
      },
      {
        v: 7.3,
        numFmt: '0.0',
      },
    ],
    [
      1,
      '经开区',
      {
        v: 210,
        numFmt: '0',
      },
      {
        v: 59,
        numFmt: '0',
      },
      {
        v: 128.03,
        numFmt: '0.00',
      },
      {
        v: 75.59,
        numFmt: '0.00',
      },
      {
        v: 11.51,
        numFmt: '0.00',
      },
      {
        v: 40.94,
        numFmt: '0.00',
      },
      {
        v: 508.07,
        numFmt: '0.00',
      },
      {
        v: 59.04,
        numFmt: '0.00',
      },
      {
        v: 8.99,
        numFmt: '0.00',
      },
      {
        v: 112.42,
        numFmt: '0.00',
      },
      {
        v: 13.9,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '北湖区',
      {
        v: 158,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 75.71,
        numFmt: '0.00',
      },
      {
        v: 33.87,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 41.85,
        numFmt: '0.00',
      },
      {
        v: 399.34,
        numFmt: '0.00',
      },
      {
        v: 44.73,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 83.38,
        numFmt: '0.00',
      },
      {
        v: -9.2,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '石门县',
      {
        v: 255,
        numFmt: '0',
      },
      {
        v: 111,
        numFmt: '0',
      },
      {
        v: 101.24,
        numFmt: '0.00',
      },
      {
        v: 62,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 39.23,
        numFmt: '0.00',
      },
      {
        v: 330.84,
        numFmt: '0.00',
      },
      {
        v: 61.25,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 106.39,
        numFmt: '0.00',
      },
      {
        v: -4.8,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '东城区',
      {
        v: 244,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 401.37,
        numFmt: '0.00',
      },
      {
        v: 133.29,
        numFmt: '0.00',
      },
      {
        v: 44.93,
        numFmt: '0.00',
      },
      {
        v: 223.16,
        numFmt: '0.00',
      },
      {
        v: 1370.81,
        numFmt: '0.00',
      },
      {
        v: 33.21,
        numFmt: '0.00',
      },
      {
        v: 11.19,
        numFmt: '0.00',
      },
      {
        v: 332.8,
        numFmt: '0.00',
      },
      {
        v: 20.6,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '新安县',
      {
        v: 178,
        numFmt: '0',
      },
      {
        v: 45,
        numFmt: '0',
      },
      {
        v: 203.63,
        numFmt: '0.00',
      },
      {
        v: 94.41,
        numFmt: '0.00',
      },
      {
        v: 12.7,
        numFmt: '0.00',
      },
      {
        v: 96.53,
        numFmt: '0.00',
      },
      {
        v: 953.33,
        numFmt: '0.00',
      },
      {
        v: 46.36,
        numFmt: '0.00',
      },
      {
        v: 6.24,
        numFmt: '0.00',
      },
      {
        v: 187.5,
        numFmt: '0.00',
      },
      {
        v: 8.6,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '桃江县',
      {
        v: 180,
        numFmt: '0',
      },
      {
        v: 59,
        numFmt: '0',
      },
      {
        v: 118.38,
        numFmt: '0.00',
      },
      {
        v: 40.79,
        numFmt: '0.00',
      },
      {
        v: 28.55,
        numFmt: '0.00',
      },
      {
        v: 49.04,
        numFmt: '0.00',
      },
      {
        v: 548.06,
        numFmt: '0.00',
      },
      {
        v: 34.46,
        numFmt: '0.00',
      },
      {
        v: 24.12,
        numFmt: '0.00',
      },
      {
        v: 114.4,
        numFmt: '0.00',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '龙泉市',
      {
        v: 282,
        numFmt: '0',
      },
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 126.43,
        numFmt: '0.00',
      },
      {
        v: 45.4,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 81.03,
        numFmt: '0.00',
      },
      {
        v: 373.6,
        numFmt: '0.00',
      },
      {
        v: 35.91,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 139.88,
        numFmt: '0.00',
      },
      {
        v: -9.6,
        numFmt: '0.0',
      },
    ],
    [
      8,
      '青山县',
      {
        v: 276,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 226.7,
        numFmt: '0.00',
      },
      {
        v: 103.59,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 123.11,
        numFmt: '0.00',
      },
      {
        v: 684.49,
        numFmt: '0.00',
      },
      {
        v: 45.69,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 181.12,
        numFmt: '0.00',
      },
      {
        v: 25.2,
        numFmt: '0.0',
      },
    ],
    [
      9,
      '临江县',
      {
        v: 224,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 191.77,
        numFmt: '0.00',
      },
      {
        v: 97.97,
        numFmt: '0.00',
      },
      {
        v: 34.6,
        numFmt: '0.00',
      },
      {
        v: 59.2,
        numFmt: '0.00',
      },
      {
        v: 713.44,
        numFmt: '0.00',
      },
      {
        v: 51.09,
        numFmt: '0.00',
      },
      {
        v: 18.04,
        numFmt: '0.00',
      },
      {
        v: 200.15,
        numFmt: '0.00',
      },
      {
        v: -4.2,
        numFmt: '0.0',
      },
    ],
    [
      10,
      '清河区',
      {
        v: 152,
        numFmt: '0',
      },
      {
        v: 44,
        numFmt: '0',
      },
      {
        v: 181.87,
        numFmt: '0.00',
      },
      {
        v: 80.39,
        numFmt: '0.00',
      },
      {
        v: 50.88,
        numFmt: '0.00',
      },
      {
        v: 50.6,
        numFmt: '0.00',
      },
      {
        v: 997.09,
        numFmt: '0.00',
      },
      {
        v: 44.2,
        numFmt: '0.00',
      },
      {
        v: 27.98,
        numFmt: '0.00',
      },
      {
        v: 177.46,
        numFmt: '0.00',
      },
      {
        v: 2.5,
        numFmt: '0.0',
      },
    ],
    ['备注：专职书记含党建工作指导员。'],
    ['说明：党费返还指上级党组织按规定返还用于书记报酬补贴的党费。'],
    ['填报人：李强', null, '审核人：孙伟', null, '填报日期：2024年3月20日'],
  ],
  merges: [
    'A1:M1',
    'F3:H3',
    'A3:A4',
    'B3:B4',
    'C3:C4',
    'E3:E4',
    'I3:I4',
    'J3:J4',
    'K3:K4',
    'L3:L4',
    'M3:M4',
    'A17:F17',
    'A18:F18',
  ],
  plant: {
    address: 'J8',
    value: 54.73,
  },
};

const amountOfNoUnitBesideWanYuan: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['2023年各县（市、区）非公有制企业党组织书记报酬发放情况统计表'],
    [null, null, null, null, null, null, '单位：人、万元、元'],
    ['序号', '地区', '书记（人）', '其中', '上年书记人数', '发放总额', '上年发放总额（万元）', '比上年增长（%）'],
    [null, null, null, '专职书记'],
    [
      1,
      '龙泉市',
      {
        v: 212,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 179,
        numFmt: '0',
      },
      {
        v: 205.73,
        numFmt: '0.00',
      },
      {
        v: 191.61,
        numFmt: '0.00',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '白沙县',
      {
        v: 292,
        numFmt: '0',
      },
      {
        v: 112,
        numFmt: '0',
      },
      {
        v: 298,
        numFmt: '0',
      },
      {
        v: 469.9,
        numFmt: '0.00',
      },
      {
        v: 470.24,
        numFmt: '0.00',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '西城区',
      {
        v: 79,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 74,
        numFmt: '0',
      },
      {
        v: 135.09,
        numFmt: '0.00',
      },
      {
        v: 129.4,
        numFmt: '0.00',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '城关区',
      {
        v: 163,
        numFmt: '0',
      },
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 139,
        numFmt: '0',
      },
      {
        v: 291.11,
        numFmt: '0.00',
      },
      {
        v: 279.24,
        numFmt: '0.00',
      },
      {
        v: 4.3,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '云岭县',
      {
        v: 71,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 75,
        numFmt: '0',
      },
      {
        v: 88.65,
        numFmt: '0.00',
      },
      {
        v: 83.2,
        numFmt: '0.00',
      },
      {
        v: 6.6,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '凤凰县',
      {
        v: 273,
        numFmt: '0',
      },
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 243,
        numFmt: '0',
      },
      {
        v: 357.9,
        numFmt: '0.00',
      },
      {
        v: 320.92,
        numFmt: '0.00',
      },
      {
        v: 11.5,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '清河区',
      {
        v: 244,
        numFmt: '0',
      },
      {
        v: 105,
        numFmt: '0',
      },
      {
        v: 244,
        numFmt: '0',
      },
      {
        v: 381.28,
        numFmt: '0.00',
      },
      {
        v: 349.04,
        numFmt: '0.00',
      },
      {
        v: 9.2,
        numFmt: '0.0',
      },
    ],
    [
      null,
      '全市合计',
      {
        v: 1334,
        numFmt: '0',
      },
      {
        v: 387,
        numFmt: '0',
      },
      {
        v: 1252,
        numFmt: '0',
      },
      {
        v: 1929.67,
        numFmt: '0.00',
      },
      {
        v: 1823.64,
        numFmt: '0.00',
      },
      {
        v: 5.8,
        numFmt: '0.0',
      },
    ],
    ['说明：党费返还指上级党组织按规定返还用于书记报酬补贴的党费。'],
    ['备注：专职书记含党建工作指导员。'],
    ['填报人：张敏', null, '审核人：孙伟', null, '填报日期：2024年3月28日'],
  ],
  merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4', 'A13:F13', 'A14:F14'],
  plant: {
    address: 'F7',
    value: 250.5,
  },
};

const dashOverSequenceWithConclusions: CaseSheet = {
  name: '表1',
  rows: [
    ['青山县2023年度社会组织年检情况一览表'],
    [null, null, null, null, null, null, null, null, null, '单位：个、%'],
    [
      '序号',
      '镇街',
      '应参加年检数',
      '已参加年检数',
      '参检率(%)',
      '其中：网上年检',
      '年检结论',
      null,
      null,
      '合格率（%）',
    ],
    [null, null, null, null, null, null, '合格', '基本合格', '不合格'],
    ['—', '甲', '1', '2', '3', '4', '5', '6', '7', '8'],
    [
      null,
      '合计',
      {
        v: 440,
        numFmt: '0',
      },
      {
        v: 411,
        numFmt: '0',
      },
      {
        v: 93.4,
        numFmt: '0.0',
      },
      {
        v: 258,
        numFmt: '0',
      },
      {
        v: 390,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 94.9,
        numFmt: '0.0',
      },
    ],
    [
      1,
      '县直',
      {
        v: 116,
        numFmt: '0',
      },
      {
        v: 111,
        numFmt: '0',
      },
      {
        v: 95.7,
        numFmt: '0.0',
      },
      {
        v: 68,
        numFmt: '0',
      },
      {
        v: 100,
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
        v: 90.1,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '黄土乡',
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
        v: 15,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '新华街道',
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      {
        v: 91.7,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 11,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '清水乡',
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 93.8,
        numFmt: '0.0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '西街街道',
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 34,
        numFmt: '0',
      },
      {
        v: 94.4,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 32,
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
        v: 94.1,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '石桥镇',
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 95.2,
        numFmt: '0.0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '—',
      {
        v: 95,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '北关街道',
      {
        v: 24,
        numFmt: '0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 95.8,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 21,
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
        v: 91.3,
        numFmt: '0.0',
      },
    ],
    [
      8,
      '南关街道',
      {
        v: 49,
        numFmt: '0',
      },
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 95.9,
        numFmt: '0.0',
      },
      {
        v: 30,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      '—',
      {
        v: 91.5,
        numFmt: '0.0',
      },
    ],
    [
      9,
      '龙门镇',
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      10,
      '马坪镇',
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 87.5,
        numFmt: '0.0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      11,
      '城关镇',
      {
        v: 27,
        numFmt: '0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      {
        v: 85.2,
        numFmt: '0.0',
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 23,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      12,
      '白庙乡',
      {
        v: 32,
        numFmt: '0',
      },
      {
        v: 31,
        numFmt: '0',
      },
      {
        v: 96.9,
        numFmt: '0.0',
      },
      {
        v: 20,
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
      '—',
      {
        v: 96.8,
        numFmt: '0.0',
      },
    ],
    [
      13,
      '柳林乡',
      {
        v: 4,
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
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      14,
      '双河镇',
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 89.5,
        numFmt: '0.0',
      },
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 17,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      15,
      '东街街道',
      {
        v: 25,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 84,
        numFmt: '0.0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 21,
        numFmt: '0',
      },
      '—',
      '—',
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '说明：1.参检率=已参检数÷应参检数×100%；2.基金会由省级民政部门登记管理；3.党建入章比例=已将党建工作写入章程的社会组织数÷社会组织总数×100%；4.本表不含已列入活动异常名录的社会组织；5.成立未满一年的社会组织不参加年检；6.合格率=年检合格数÷已参检数×100%。',
    ],
    ['填报人：张敏    审核人：张敏    联系电话：0863-5279693    填报日期：2024年6月22日'],
  ],
  merges: ['A1:J1', 'G3:I3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'J3:J4', 'A22:J22', 'A23:J23'],
  plant: {
    address: 'G7',
    value: 110,
  },
};

const dashForRateChange: CaseSheet = {
  name: '本年上年对比',
  rows: [
    ['永和县社会组织年检工作主要指标对比（2024年）'],
    ['填报单位：永和县民政局', null, null, null, '单位：个'],
    ['指标', '2024年', '2023年', '比上年增减', '增长(%)'],
    [
      '应参检社会组织数（个）',
      {
        v: 212,
        numFmt: '0',
      },
      {
        v: 203,
        numFmt: '0',
      },
      {
        v: 9,
        numFmt: '0',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
    ],
    [
      '已参检数（个）',
      '196',
      {
        v: 188,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 4.3,
        numFmt: '0.0',
      },
    ],
    [
      '参检率（%）',
      {
        v: 0.925,
        numFmt: '0.0%',
      },
      {
        v: 0.926,
        numFmt: '0.0%',
      },
      '—',
      '—',
    ],
    [
      '年检合格数（个）',
      {
        v: 188,
        numFmt: '0',
      },
      {
        v: 172,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 9.3,
        numFmt: '0.0',
      },
    ],
    [
      '合格率（%）',
      {
        v: 0.959,
        numFmt: '0.0%',
      },
      {
        v: 0.915,
        numFmt: '0.0%',
      },
      '—',
      '—',
    ],
    ['注：1.增减栏中比率指标为百分点；2.合格率=年检合格数÷已参检数×100%；3.参检率=已参检数÷应参检数×100%。'],
    ['填报人：周婷    审核人：张敏    联系电话：0818-2120420    填报日期：2025年1月20日'],
  ],
  merges: ['A1:E1', 'A9:E9', 'A10:E10'],
  plant: {
    address: 'E7',
    value: 19.3,
  },
};

const monthlyMeanOfYearsAmount: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['2024年各县（市、区）非公有制企业党组织书记报酬发放情况统计表'],
    [null, null, null, null, '单位：人、万元、元/月'],
    ['序号', '县（市、区）', '书记（人）', '补贴发放总额（万元）', '人均报酬（元/月）'],
    [
      null,
      '全省合计',
      {
        v: 1398,
        numFmt: '0',
      },
      {
        v: 1719.81,
        numFmt: '0.00',
      },
      {
        v: 1025.2,
        numFmt: '0.0',
      },
    ],
    [
      1,
      '高新区',
      {
        v: 120,
        numFmt: '0',
      },
      {
        v: 119.6,
        numFmt: '0.00',
      },
      {
        v: 830.5,
        numFmt: '0.0',
      },
    ],
    [
      2,
      '西城区',
      {
        v: 206,
        numFmt: '0',
      },
      {
        v: 370.04,
        numFmt: '0.00',
      },
      {
        v: 1496.9,
        numFmt: '0.0',
      },
    ],
    [
      3,
      '白沙县',
      {
        v: 34,
        numFmt: '0',
      },
      {
        v: 60.16,
        numFmt: '0.00',
      },
      {
        v: 1474.6,
        numFmt: '0.0',
      },
    ],
    [
      4,
      '东城区',
      {
        v: 244,
        numFmt: '0',
      },
      {
        v: 266.8,
        numFmt: '0.00',
      },
      {
        v: 911.2,
        numFmt: '0.0',
      },
    ],
    [
      5,
      '永宁县',
      {
        v: 266,
        numFmt: '0',
      },
      {
        v: 263.13,
        numFmt: '0.00',
      },
      {
        v: 824.3,
        numFmt: '0.0',
      },
    ],
    [
      6,
      '桃江县',
      {
        v: 245,
        numFmt: '0',
      },
      {
        v: 240.17,
        numFmt: '0.00',
      },
      {
        v: 816.9,
        numFmt: '0.0',
      },
    ],
    [
      7,
      '云岭县',
      {
        v: 65,
        numFmt: '0',
      },
      {
        v: 114.55,
        numFmt: '0.00',
      },
      {
        v: 1468.6,
        numFmt: '0.0',
      },
    ],
    [
      8,
      '清河区',
      {
        v: 46,
        numFmt: '0',
      },
      {
        v: 45.31,
        numFmt: '0.00',
      },
      {
        v: 820.8,
        numFmt: '0.0',
      },
    ],
    [
      9,
      '石门县',
      {
        v: 80,
        numFmt: '0',
      },
      {
        v: 104.35,
        numFmt: '0.00',
      },
      {
        v: 1087,
        numFmt: '0.0',
      },
    ],
    [
      10,
      '龙泉市',
      {
        v: 92,
        numFmt: '0',
      },
      {
        v: 135.7,
        numFmt: '0.00',
      },
      {
        v: 1229.2,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：1.人均报酬=报酬发放总额÷书记人数÷月数；2.金额单位为万元，保留两位小数。'],
    ['填报人：张敏', null, '审核人：孙伟', null, '填报日期：2024年1月10日'],
  ],
  merges: ['A1:E1', 'A16:F16'],
  plant: {
    address: 'D13',
    value: 98.19,
  },
};

describe('issue 9 round 110: sheets written outside the team', () => {
  describeCaseBook('round110-sources-beside-wan-yuan', [sourcesBesideWanYuan]);
  describeCaseBook('round110-amount-of-no-unit-beside-wan-yuan', [amountOfNoUnitBesideWanYuan]);
  describeCaseBook('round110-dash-over-sequence-column', [dashOverSequenceColumn]);
  describeCaseBook('round110-dash-over-sequence-with-conclusions', [dashOverSequenceWithConclusions]);
  describeCaseBook('round110-dash-for-rate-change', [dashForRateChange]);
  describeCaseBook('round110-monthly-mean-of-years-amount', [monthlyMeanOfYearsAmount]);
});
