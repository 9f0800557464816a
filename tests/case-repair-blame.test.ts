import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 34 (an outside tester's /tmp/round34-b p05_gender_county): the 合计 of 党员总数 typed 120 more breaks
 * only its column's sum. Before, 北山县 was blamed (24942 → 25062), although that repair would break 北山县's own share of
 * women (6901 ÷ 25062 = 27.5 %, the sheet says 27.7 %), where the 合计's repair breaks nothing. A repair the other
 * figures forbid now weighs against the cell.
 */
const gender: CaseSheet = {
  name: '性别民族',
  rows: [
    ['各县（区）党员性别、民族构成'],
    ['单位：名、%'],
    ['序号', '县（区）', '党员总数', '其中：女', null, '其中：少数民族', null],
    [null, null, null, '人数', '占比（%）', '人数', '占比（%）'],
    [null, '合计', 98424, 28659, 29.1, 5290, 5.4],
    [1, '城关区', 5417, 1545, 28.5, 499, 9.2],
    [2, '东河县', 17460, 5732, 32.8, 1352, 7.7],
    [3, '西岭县', 4530, 1462, 32.3, 493, 10.9],
    [4, '南湖县', 11050, 3469, 31.4, 565, 5.1],
    [5, '北山县', 24942, 6901, 27.7, 22, 0.1],
    [6, '清水县', 9721, 2594, 26.7, 183, 1.9],
    [7, '石门县', 25304, 6956, 27.5, 2176, 8.6],
  ],
  merges: ['A1:G1', 'D3:E3', 'F3:G3', 'A3:A4', 'B3:B4', 'C3:C4'],
  plant: { address: 'C5', value: 98544 },
};

describe('round 34: a repair the other figures forbid', () => {
  describeCaseBook('修正', [gender]);
});
