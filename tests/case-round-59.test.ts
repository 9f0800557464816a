import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 59 (/tmp/round59a–b, written by outside testers who had not seen statlint): social organisations'
 * party building and the 12345 hotline.
 * - 本年减少 typed with its minus sign, as the note says (本年末 = 上年末 + 本年增加 + 本年减少): the bundled 本期减少数
 *   is a decrease (`"decrease": true` in rates.rules.json), so closing-balance reads −20 as 20 removed rather than
 *   reporting every row.
 * - A part typed ten times over (180 for 18) where one column total alone fails is blamed, not the total; a total with
 *   two digits swapped (2934 for 2943) beside a part of 10 stays blamed on itself (case-round-58).
 */
const movement: CaseRow[] = [
  ['社会组织党员数变化情况'],
  ['单位：名、%'],
  ['区县', '上年末党员数', '本年增加', '本年减少', '净增', '本年末党员数', '增长率(%)'],
  ['西城区', 171, 31, -20, 11, 182, 6.4],
  ['青山县', 610, 5, -16, -11, 599, -1.8],
  ['经开区', 219, 76, -38, 38, 257, 17.4],
  ['临河县', 680, 1, -33, -32, 648, -4.7],
  ['安平县', 111, 5, -9, -4, 107, -3.6],
  ['高新区', 589, 51, -12, 39, 628, 6.6],
  ['合计', 2380, 169, -128, 41, 2421, 1.7],
  [],
  ['注：本年减少以负数表示；本年末=上年末+本年增加+本年减少。'],
];

const coverage: CaseRow[] = [
  ['社会组织党建工作覆盖情况汇总'],
  ['单位：个、名、%'],
  ['区县', '社会组织数', '党员数', '建立党组织数', '选派指导员数', '党组织覆盖率(%)', '工作覆盖率(%)'],
  ['青山县', 4, 18, 2, 2, 50, 100],
  ['东城区', 5, 25, 3, 2, 60, 100],
  ['临河县', 6, 19, 4, 2, 66.7, 100],
  ['西城区', 4, 14, 1, 1, 25, 50],
  ['合计', 19, 76, 10, 7, 52.6, 89.5],
];

describe('round 59: decreases typed negative, parts typed ten times over', () => {
  describeCaseBook('社会组织党建', [
    { name: '党员变化', rows: movement, merges: ['A1:G1'], plant: { address: 'F7', value: 684 } },
    { name: '分区县汇总', rows: coverage, merges: ['A1:G1'], plant: { address: 'C4', value: 180 } },
  ]);
});
