import { caseFindings, describeCaseBook, errorsOn, shownTo, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 80 (/tmp/round80a–b: mobile party members and transfers of membership; the housing provident fund
 * and social housing, written by outside testers who had not written statlint):
 * - A stock over the periods (期初人数, 期末人数; the vocabulary's openingWords and closingWords) is no sum of them: the
 *   periods' total holds the first period's figure where it opens them, the last's where it closes them, down rows of
 *   months or across columns of months.
 * - `…` marks a figure missing, as `—` does: a row of them first under the header is a row of the table.
 */

// Months as rows, 全年合计 under them (/tmp/round80a p047).
const transfers: CaseSheet = {
  name: '表2',
  rows: [
    [null, '2024年1-12月组织关系转入转出统计表'],
    [null, '填报单位：中共兴隆县委组织部', null, null, null, null, null, '单位：名'],
    [null, '月份', '期初人数', '本期转入', null, '本期转出', null, '期末人数'],
    [null, null, null, '小计', '其中：省外转入', '小计', '其中：转往省外'],
    [null, '1月', 3889, 41, 8, 29, 7, 3901],
    [null, '2月', 3901, 11, 9, 20, 7, 3892],
    [null, '3月', 3892, 34, 3, 13, '—', 3913],
    [null, '4月', 3913, 8, 3, 22, 18, 3899],
    [null, '5月', 3899, 6, 2, 16, 14, 3889],
    [null, '6月', 3889, 0, 0, 0, 0, 3889],
    [null, '7月', 3889, 36, 20, 34, 2, 3891],
    [null, '8月', 3891, 9, 4, 40, 10, 3860],
    [null, '9月', 3860, 29, 8, 5, 3, 3884],
    [null, '10月', 3884, 39, 14, 25, 21, 3898],
    [null, '11月', 3898, 44, 11, 16, 8, 3926],
    [null, '12月', 3926, 0, '—', 2, 1, 3924],
    [],
    [null, '全年合计', 3889, 257, 82, 222, 91, 3924],
    [],
    [null, '注：期末人数=期初人数+本期转入-本期转出；本月期初人数即上月期末人数。'],
  ],
  merges: ['B1:H1', 'B2:F2', 'D3:E3', 'F3:G3', 'B3:B4', 'C3:C4', 'H3:H4', 'B20:H20'],
  plant: { address: 'D18', value: 275 },
};

// Months as columns, 合计 after them (/tmp/round80a p049).
const monthly: CaseSheet = {
  name: '转接（按月）',
  rows: [
    [null, '2024年党员组织关系转接月度情况'],
    [null, '项目', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '合计'],
    [null, '期初人数', 1883, 1875, 1871, 1859, 1860, 1869, 1865, 1849, 1870, 1883],
    [null, '本月转入', 16, 13, 11, 9, 26, 26, 9, 23, 14, 147],
    [null, '  其中：省外转入', 3, 0, 11, 2, 23, 6, 6, 21, 4, 76],
    [null, '本月转出', 24, 17, 23, 8, 17, 30, 25, 2, 13, 159],
    [null, '期末人数', 1875, 1871, 1859, 1860, 1869, 1865, 1849, 1870, 1871, 1871],
    [],
    [null, '注：本月期初人数=上月期末人数。'],
  ],
  merges: ['B1:L1', 'B9:L9'],
  plant: { address: 'F5', value: 62 },
};

// A county with no task this year first, `…` throughout, on a 续表 (/tmp/round80b p071, rows of its two sheets).
const housing: CaseSheet = {
  name: '表6',
  rows: [
    ['续表'],
    [null, null, null, null, null, '单位：套、%'],
    ['县（区）', '计划筹集（套）', '开工（套）', '开工率（%）', '竣工（套）', '竣工率（%）'],
    ['白沙区', '…', '…', '…', '…', '…'],
    ['红岩区', 746, 706, shownTo(94.64, 2), 234, shownTo(31.37, 2)],
    ['桃源区', 1265, 1440, shownTo(113.83, 2), 937, shownTo(74.07, 2)],
    ['金水区', 2306, 1941, shownTo(84.17, 2), 1811, shownTo(78.53, 2)],
    ['柳河县', 576, 416, shownTo(72.22, 2), 86, shownTo(14.93, 2)],
    ['城关区', 2545, 2886, shownTo(113.4, 2), 1096, shownTo(43.06, 2)],
    ['西林区', 124, 119, shownTo(95.97, 2), 85, shownTo(68.55, 2)],
    [],
    ['注：开工率=开工套数÷计划筹集套数×100%；竣工率=竣工套数÷计划筹集套数×100%。“…”表示无年度任务。'],
  ],
  merges: ['A1:F1', 'A12:F12'],
  plant: { address: 'F6', value: 73.14 },
};

describe('round 80: mobile party members and transfers', () => {
  describe('opening and closing counts over months as rows', () => describeCaseBook('转接', [transfers]));
  describe('opening and closing counts over months as columns', () => describeCaseBook('按月', [monthly]));
});

// The table the rows above come from, over two sheets: three counties on the 续表, the first with no task (p071).
const housingFirst: CaseSheet = {
  name: '表6',
  rows: [
    ['2020年保障性租赁住房筹集建设情况'],
    [null, null, null, null, null, '单位：套、%'],
    ['地  区', '计划筹集（套）', '开工（套）', '开工率（%）', '竣工（套）', '竣工率（%）'],
    ['全市合计', 7562, 7508, shownTo(99.29, 2), 4249, shownTo(56.19, 2)],
    ['红岩区', 746, 706, shownTo(94.64, 2), 234, shownTo(31.37, 2)],
    ['凤鸣县', '…', '…', '…', '…', '…'],
    ['桃源区', 1265, 1440, shownTo(113.83, 2), 937, shownTo(74.07, 2)],
    ['金水区', 2306, 1941, shownTo(84.17, 2), 1811, shownTo(78.53, 2)],
    [],
    ['（下转续表）'],
  ],
  merges: ['A1:F1', 'A10:F10'],
  plant: { address: 'B5', value: 764 },
};
const housingContinued: CaseSheet = {
  name: '表6（续表）',
  rows: [
    ['续表'],
    [null, null, null, null, null, '单位：套、%'],
    ['县（区）', '计划筹集（套）', '开工（套）', '开工率（%）', '竣工（套）', '竣工率（%）'],
    ['白沙区', '…', '…', '…', '…', '…'],
    ['柳河县', 576, 416, shownTo(72.22, 2), 86, shownTo(14.93, 2)],
    ['城关区', 2545, 2886, shownTo(113.4, 2), 1096, shownTo(43.06, 2)],
    ['西林区', 124, 119, shownTo(95.97, 2), 85, shownTo(68.55, 2)],
  ],
  merges: ['A1:F1'],
  plant: { address: 'B5', value: 576 },
};

describe('round 80: housing', () => {
  describe('a row of … first under the header', () => describeCaseBook('保租房', [housing]));
  test('a 续表 of three counties, the first with no task: its rates are read as rates', async () => {
    const findings = await caseFindings(await writeCaseBook('保租房续表', [housingFirst, housingContinued], false));
    expect(errorsOn(findings, '表6')).toEqual([]);
    expect(errorsOn(findings, '表6（续表）')).toEqual([]);
  });
});
