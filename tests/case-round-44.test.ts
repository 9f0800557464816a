import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 44 (/tmp/round44a, /tmp/round44b, written by outside testers who had not seen statlint): workbooks as
 * Excel saves them (a reference row the total leaves out, its label saying so) and transposed tables with a 单位 column
 * between the indicators and the towns.
 */

// A town merged into another, kept for reference: its label says it is counted elsewhere. Planted, the 合计 of 已建立
// 党组织企业数 happens to equal the sum with it, which alone must not make the right 企业数 total the suspect.
const mergedTownRows: CaseRow[] = [
  ['非公企业党组织覆盖（撤并乡镇仅作参考，不计入合计）'],
  ['单位：个、%'],
  ['乡镇', '企业数', '已建立党组织企业数', '覆盖率(%)'],
  ['城关镇', 140, 121, 86.4],
  ['东关镇', 66, 52, 78.8],
  ['西河镇', 73, 60, 82.2],
  ['原红旗乡（已并入西河镇，参考）', 11, 8, 72.7],
  ['南山乡', 39, 31, 79.5],
  ['北岭乡', 44, 33, 75],
  ['合计', 362, 297, 82],
];

// Indicators down the rows, a 单位 column, then 全县 and the towns across: read turned, each unit in its indicator.
const unitColumnRows: CaseRow[] = [
  ['非公有制企业党的组织和工作覆盖情况表'],
  [],
  ['指标', '单位', '全县', '东岭乡', '南山镇', '北坪乡', '柳林镇', '石门乡', '清水镇', '白马乡'],
  ['企业数', '个', 433, 64, 33, 31, 61, 139, 19, 86],
  ['已建立党组织企业数', '个', 251, 20, 16, 15, 61, 74, 19, 46],
  ['党组织覆盖率(%)', '%', 58, 31.3, 48.5, 48.4, 100, 53.2, 100, 53.5],
  ['党员数', '人', 970, 52, 43, 28, 386, 191, 99, 171],
  ['  其中：女党员', '人', 370, 19, 6, 12, 168, 74, 23, 68],
];

describe('round 44: a row counted elsewhere, a transposed table with a unit column', () => {
  describeCaseBook('县表', [
    { name: '统计', rows: mergedTownRows, merges: ['A1:D1'], plant: { address: 'C10', value: 305 } },
    { name: '非公企业', rows: unitColumnRows, merges: ['A1:J1'], plant: { address: 'C7', value: 980 } },
  ]);
});
