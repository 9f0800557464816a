import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 37 (/tmp/round37-a m01, written by an outside tester who had not seen statlint): a county's table of
 * party members' movements, 年初数 | 本年增加 (合计, 发展党员, 转入, 恢复党籍) | 本年减少 (合计, 死亡, 转出, 出党,
 * 停止党籍) | 年末数. Consistent as written; each planted twin is found at the planted cell.
 */
const movements: CaseRow[] = [
  ['2023年全市非公有制企业党员变动情况统计表'],
  ['填报单位：××县非公有制经济组织和社会组织工委', null, null, null, null, null, null, null, null, null, '单位：名'],
  ['乡镇（街道）', '年初数', '本年增加', null, null, null, '本年减少', null, null, null, null, '年末数'],
  [null, null, '合计', '发展党员', '转入', '恢复党籍', '合计', '死亡', '转出', '出党', '停止党籍'],
  ['城关区', 955, 84, 23, 61, 0, 56, 4, 51, 1, 0, 983],
  ['东城区', 708, 34, 4, 30, 0, 18, 0, 18, 0, 0, 724],
  ['西湖区', 1072, 59, 19, 40, 0, 71, 13, 58, 0, 0, 1060],
  ['高新区', 1057, 58, 43, 15, 0, 26, 4, 22, 0, 0, 1089],
  ['经开区', 903, 33, 12, 21, 0, 29, 0, 29, 0, 0, 907],
  ['安宁县', 700, 60, 33, 26, 1, 14, 1, 12, 0, 1, 746],
  ['永和县', 961, 82, 12, 70, 0, 64, 6, 55, 0, 3, 979],
  ['临川县', 1153, 104, 5, 98, 1, 76, 2, 74, 0, 0, 1181],
  ['合计', 7509, 514, 151, 361, 2, 354, 30, 319, 1, 4, 7669],
];
const merges = ['A1:L1', 'C3:F3', 'G3:K3', 'A3:A4', 'B3:B4', 'L3:L4'];

/**
 * /tmp/round37-b 16_青山县: a county's summary of social organisations. 王庄乡 has 0 organisations with a party
 * organisation of 11, so its 覆盖率 is 0, not 7.3: a ratio of a 0 is checked like any other.
 */
const coverage: CaseRow[] = [
  ['青山县社会组织党建工作情况汇总表'],
  [
    '序号',
    '乡镇',
    '社会组织数',
    '已建立党组织社会组织数',
    '其中：单独组建',
    '其中：联合组建',
    '覆盖率（%）',
    '从业人员数',
    '党员数',
  ],
  [1, '王庄乡', 11, 0, 0, 0, 0, 207, 9],
  [2, '南湖乡', 14, 3, 1, 2, 21.43, 340, 16],
  [3, '高桥镇', 14, 1, 0, 1, 7.14, 255, 13],
  [4, '东关镇', 10, 3, 1, 2, 30, 230, 12],
  [5, '西河乡', 8, 0, 0, 0, 0, 129, 8],
  [6, '长岭乡', 10, 1, 0, 1, 10, 169, 10],
  [7, '李集镇', 5, 0, 0, 0, 0, 106, 8],
  [null, '全县合计', 72, 8, 2, 6, 11.11, 1436, 76],
];

describe('round 37: party members’ movements and a county’s summary', () => {
  describeCaseBook('党员变动', [
    // 年末数 = 年初数 + 本年增加 − 本年减少 (the bundled closing-balance rule) names 经开区's 年末数, where the column's
    // 合计 alone would be blamed.
    { name: '年末数', rows: movements, merges, plant: { address: 'L9', value: 1007 } },
    // 停止党籍 typed above its heading's 合计 (本年减少 / 合计 | 死亡 | 转出 | 出党 | 停止党籍): the 合计 is the sum of its
    // heading's columns by its words, so a part above it is a wrong figure, not a column that sums nothing there.
    { name: '分项', rows: movements, merges, plant: { address: 'K7', value: 91 } },
    { name: '汇总', rows: coverage, merges: ['A1:I1'], plant: { address: 'G3', value: 7.3 } },
  ]);
});
