import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 83 (/tmp/round83a side: written by an outside tester who had not written statlint): two tables side by
 * side whose label headers are both the vocabulary's (乡镇 | 单位名称), each merged down its header rows, the second's
 * header a row deeper than the first's (其中 | 死亡 | 转出), are read as two tables stacked, each with its own 全县. A
 * period's opening stock is the closing stock of the period before (/tmp/round83a flow_q3, p46): where the figures bear
 * it out, it tells which of a broken balance's figures is wrong.
 */

// Organisations by town beside members by unit, each block's 全县 on its own row (/tmp/round83a side).
const offsetBlocks: CaseSheet = {
  name: '变动情况',
  rows: [
    ['永宁县2024年党组织和党员队伍变动情况'],
    [
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
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '填报单位：县委组织部',
    ],
    ['一、党组织变动情况（单位：个）', null, null, null, null, null, null, null, null, '二、党员变动情况（单位：名）'],
    [
      '乡镇',
      '年初数',
      '本年新设立',
      '本年减少',
      null,
      null,
      null,
      '年末数',
      null,
      '单位名称',
      '上年底党员数',
      '本年增加',
      null,
      null,
      null,
      '本年减少',
      null,
      null,
      '本年底党员数',
    ],
    [
      null,
      null,
      null,
      '小计',
      '撤销',
      '合并',
      '其他',
      null,
      null,
      null,
      null,
      '合计',
      '发展党员',
      '转入',
      '恢复党籍',
      '合计',
      '其中',
    ],
    ['桃源镇', 31, '—', 3, '—', 3, '—', 28, null, null, null, null, null, null, null, null, '死亡', '转出'],
    ['石桥镇', 22, 1, 4, 3, '—', 1, 19, null, '桃源镇', 2147, 14, 3, 11, 0, 33, 24, 6, 2128],
    ['金山街道', 88, 4, 4, 1, 3, '—', 88, null, '石桥镇', 1000, 35, 18, 17, 0, 46, 7, 38, 989],
    ['河口乡', 104, 6, 4, 3, '—', 1, 106, null, '金山街道', 1875, 86, 26, 59, 1, 92, 41, 49, 1869],
    ['白沙镇', 45, 1, 5, 3, '—', 2, 41, null, '河口乡', 2284, 21, 16, 5, 0, 53, 37, 15, 2252],
    ['大营镇', 108, '—', 3, 3, '—', '—', 105, null, '白沙镇', 2551, 19, 15, 3, 1, 63, 18, 44, 2507],
    ['全县', 398, 12, 23, 13, 6, 4, 387, null, '大营镇', 1099, 44, 38, 6, 0, 80, 24, 53, 1063],
    [null, null, null, null, null, null, null, null, null, '全县', 10956, 219, 116, 101, 2, 367, 151, 205, 10808],
  ],
  merges: [
    'A1:S1',
    'A3:H3',
    'J3:S3',
    'D4:G4',
    'L4:O4',
    'P4:R4',
    'A4:A5',
    'B4:B5',
    'C4:C5',
    'H4:H5',
    'J4:J6',
    'K4:K6',
    'Q5:R5',
    'S4:S6',
    'L5:L6',
    'M5:M6',
    'N5:N6',
    'O5:O6',
    'P5:P6',
  ],
  plant: { address: 'M9', value: 62 },
};

// 三季度's 期初数 typed over: its balance breaks, and so does the stock carried from 二季度's 期末数 (/tmp/round83a flow_q3).
const carriedQuarters: CaseSheet = {
  name: '流动党员',
  rows: [
    ['2023年石门县流动党员组织关系转入转出情况'],
    [null, null, null, null, '单位：名'],
    ['季度', '期初数', '本期转入', '转出', '期末数'],
    ['一季度', 625, 66, 50, 641],
    ['二季度', 641, 84, 57, 668],
    ['三季度', 668, 77, 34, 711],
    ['四季度', 711, 40, 45, 706],
    ['全年合计', 625, 267, 186, 706],
  ],
  merges: ['A1:E1'],
  plant: { address: 'B6', value: 686 },
};

// The same by months, turned: months as columns (/tmp/round83a p46).
const carriedMonths: CaseSheet = {
  name: '流动党员（月）',
  rows: [
    ['2023年丰南县流动党员组织关系转入转出情况'],
    ['指标', '1月', '2月', '3月', '4月', '5月', '6月', '合计'],
    ['期初数', 429, 413, 422, 414, 421, 409, 429],
    ['转入', 8, 12, 17, 18, 9, 24, 88],
    ['转出', 24, 3, 25, 11, 21, 9, 93],
    ['期末数', 413, 422, 414, 421, 409, 424, 424],
  ],
  merges: ['A1:H1'],
  plant: { address: 'E3', value: 441 },
};

describe('round 84', () => {
  describeCaseBook('并列', [offsetBlocks]);
  describeCaseBook('衔接', [carriedQuarters, carriedMonths]);
});
