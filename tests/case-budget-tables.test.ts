import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Round 23's public finance tables (/tmp/round23-budget, written by a helper who had not seen statlint): expenditure by
 * function code, where a 类 row sums its 款 rows and a 款 row its 项 rows, and the 三公经费 table, where 公务用车购置及运行费
 * is 其中：购置费 plus 运行费. Each is consistent as published; each planted twin is found at the planted cell.
 */

const codeTable: CaseRow[] = [
  ['205', '教育支出', 984.07, 320.31, 663.76],
  ['20502', '普通教育', 984.07, 320.31, 663.76],
  ['2050201', '学前教育', 680.29, 294.02, 386.27],
  ['2050202', '小学教育', 12.52, 12.52, 0],
  ['2050203', '初中教育', 291.26, 13.77, 277.49],
  ['208', '社会保障和就业支出', 1283.57, 891.94, 391.63],
  ['20805', '行政事业单位养老支出', 1283.57, 891.94, 391.63],
  ['2080505', '机关事业单位基本养老保险缴费支出', 419.44, 391.13, 28.31],
  ['2080506', '机关事业单位职业年金缴费支出', 864.13, 500.81, 363.32],
  ['221', '住房保障支出', 747.09, 747.09, 0],
  ['22102', '住房改革支出', 747.09, 747.09, 0],
  ['2210201', '住房公积金', 739.43, 739.43, 0],
  ['2210202', '提租补贴', 7.66, 7.66, 0],
];
const header = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];

describe('public finance tables', () => {
  describeCaseBook('财政', [
    {
      // The 合计 sums the 类 rows only: a code's rows are those whose codes extend it.
      name: '功能分类',
      rows: [
        ['县财政局2025年一般公共预算支出预算表'],
        ['单位：万元'],
        header,
        ...codeTable,
        [null, '合计', 3014.73, 1959.34, 1055.39],
      ],
      plant: { address: 'C7', value: 15.52 },
    },
    {
      // The same codes typed in three columns (类 | 款 | 项), the 合计 first.
      name: '类款项',
      rows: [
        ['县财政局2025年一般公共预算支出决算表'],
        ['单位：万元'],
        ['科目编码', null, null, '科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项'],
        ['合计', null, null, null, 3014.73, 1959.34, 1055.39],
        ...codeTable.map(([code, ...rest]): CaseRow => {
          const digits = code as string;
          return [digits.slice(0, 3), digits.slice(3, 5) || null, digits.slice(5) || null, ...rest];
        }),
      ],
      merges: ['A3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'A5:D5'],
      plant: { address: 'E9', value: 15.52 },
    },
    {
      // No car bought in 2025: 公务用车购置及运行费 equals its 运行费 there, yet both rows under it are its parts.
      name: '三公',
      rows: [
        ['三公经费预算表'],
        ['单位：元'],
        ['项目', '2024年预算数', '2025年预算数'],
        ['合计', 4888, 1947],
        [{ v: '因公出国（境）费', indent: 1 }, 849, 0],
        [{ v: '公务用车购置及运行费', indent: 1 }, 3250, 693],
        [{ v: '其中：公务用车购置费', indent: 2 }, 2751, 0],
        [{ v: '公务用车运行费', indent: 2 }, 499, 693],
        [{ v: '公务接待费', indent: 1 }, 789, 1254],
      ],
      plant: { address: 'B4', value: 4988 },
    },
    {
      // 公务用车运行费 typed without 其中 after 其中：公务用车购置费 (dashes: none bought) is the rest of the row above.
      name: '三公乙',
      rows: [
        ['三公经费决算表'],
        ['单位：元'],
        ['项目', '2024年决算数', '2025年决算数'],
        ['合计', 900, 140],
        ['因公出国（境）费', 260, '—'],
        ['公务用车购置及运行费', 490, 40],
        ['其中：公务用车购置费', '—', '—'],
        ['公务用车运行费', 490, 40],
        ['公务接待费', 150, 100],
      ],
      plant: { address: 'C4', value: 150 },
    },
  ]);
});
