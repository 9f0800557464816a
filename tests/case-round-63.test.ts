import { describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Issue 9, round 63 (/tmp/round63a–b: prices and household surveys; party building in social organisations, written
 * by outside testers who had not seen statlint):
 * - A group whose last row is all dashes (县级登记 | 社会团体 | 社会服务机构 | 基金会 — — —): the dashes mark a kind with
 *   none, which adds 0, so the group still sums to its 县级登记 row and 全市 adds up the two levels only, indented or
 *   typed flat (10 clean books of the round had five false errors each, 全市 read as the sum of both levels and their
 *   types).
 * - A part typed far past its group's row (社会团体 176 under 市级登记 41): a total among its members' figures is read as
 *   the whole's own measure, not a sum, except in a column that adds up at the sheet's other totals.
 * - Headers of the joint and own columns as such tables word them (已建立党组织 / 联合建立覆盖社会组织数, 单独建立党组织的):
 *   the bundled coverage rate of own plus joint is checked.
 * - A 汇总 sheet's row for each town against the town's own sheet in the same workbook (官庄乡 | 新华街道 …): the row
 *   typed wrong is found and blamed between the sheets.
 * - Price changes named 环比 between 本期价格 and 上期价格: a headed change, held at three rows though most changes are
 *   too small to tell from the prices' rounding (63A).
 */
const levels: CaseRow[] = [
  ['武陵市市县两级登记社会组织党组织覆盖情况'],
  ['单位：个、%'],
  [
    '项目',
    '社会组织数',
    '单独建立党组织的',
    '联合建立党组织覆盖的',
    '尚未建立党组织的',
    '党组织覆盖率',
    '其中：有3名以上正式党员',
  ],
  ['市级登记', 385, 41, 147, 197, 48.8, 48],
  ['　　社会团体', 149, 19, 65, 65, 56.4, 23],
  ['　　民办非企业单位（社会服务机构）', 225, 19, 80, 126, 44, 21],
  ['　　基金会', 11, 3, 2, 6, 45.5, 4],
  ['县（市、区）级登记', 561, 69, 257, 235, 58.1, 74],
  ['　　社会团体', 202, 39, 99, 64, 68.3, 40],
  ['　　民办非企业单位（社会服务机构）', 359, 30, 158, 171, 52.4, 34],
  ['　　基金会', '—', '—', '—', '—', '—', '—'],
  ['合计', 946, 110, 404, 432, 54.3, 122],
  ['注：“—”表示无此类社会组织。县级无登记的基金会。'],
];

/** The same table typed flat, as a CSV export leaves it, with the total on top. */
const levelsFlat: CaseRow[] = [
  ['安丰市市县两级登记社会组织党组织覆盖情况'],
  ['单位：个、%'],
  [
    '项目',
    '社会组织数',
    '单独建立党组织的',
    '联合建立党组织覆盖的',
    '尚未建立党组织的',
    '党组织覆盖率',
    '其中：有3名以上正式党员',
  ],
  ['全县合计', 934, 98, 389, 447, 52.1, 115],
  ['市级登记', 441, 46, 239, 156, 64.6, 53],
  ['社会团体', 205, 20, 120, 65, 68.3, 23],
  ['社会服务机构', 223, 20, 117, 86, 61.4, 24],
  ['基金会', 13, 6, 2, 5, 61.5, 6],
  ['县（市、区）级登记', 493, 52, 150, 291, 41, 62],
  ['社会团体', 229, 21, 61, 147, 35.8, 25],
  ['社会服务机构', 264, 31, 89, 144, 45.5, 37],
  ['基金会', '—', '—', '—', '—', '—', '—'],
  ['注：“—”表示无此类社会组织。县级无登记的基金会。'],
];

const byType: CaseRow[] = [
  ['2025年江阳市社会组织党建工作基本情况统计表（按类型）'],
  ['填报单位：江阳市委社会工作部'],
  [
    '类别',
    '社会组织数',
    '有3名以上正式党员的社会组织数',
    '已建立党组织',
    null,
    null,
    '党组织覆盖率（%）',
    '党员数',
    null,
    null,
    '选派党建工作指导员数',
  ],
  [
    null,
    null,
    null,
    '单独建立党组织数',
    '联合建立党组织数',
    '联合建立覆盖社会组织数',
    null,
    '合计',
    '其中：女党员',
    '35岁及以下',
  ],
  ['社会团体', 409, 69, 68, 48, 225, 71.6, 756, 366, 169, 58],
  ['其中：行业协会商会', 140, 39, 39, 16, 69, 77.1, 250, 116, 66, 9],
  ['社会服务机构', 648, 56, 49, 87, 353, 62, 789, 381, 198, 97],
  ['基金会', 6, 1, 1, 1, 3, 66.7, 10, 4, 3, 1],
  ['总计', 1063, 126, 118, 136, 581, 65.8, 1555, 751, 370, 156],
  [],
  ['注：党组织覆盖率按单独建立和联合建立党组织覆盖的社会组织数计算。'],
];

const prices: CaseRow[] = [
  ['德安市2022年1月主要商品平均价格'],
  [],
  ['品名', '单位', '本期价格', '上期价格', '环比（%）', '上年同期价格', '同比（%）'],
  ['粳米', '元/公斤', 6.37, 6.14, 3.7, 6.91, -7.8],
  ['面粉', '元/公斤', 4.86, 4.75, 2.3, 4.49, 8.2],
  ['花生油', '元/5升', 115.38, 119.33, -3.3, 129.22, -10.7],
  ['大豆油', '元/5升', 60.59, 60.27, 0.5, 68.04, -10.9],
  ['猪肉（精瘦肉）', '元/公斤', 30.32, 30.51, -0.6, 28.23, 7.4],
  ['牛肉', '元/公斤', 68.55, 69.33, -1.1, 70.13, -2.3],
  ['鸡蛋', '元/公斤', 9.15, 9.41, -2.8, 9.64, -5.1],
  ['白条鸡', '元/公斤', 24.39, 23.6, 3.3, 25.77, -5.4],
  ['大白菜', '元/公斤', 2.25, 2.2, 2.3, 2.54, -11.4],
  ['西红柿', '元/公斤', 5.88, 5.69, 3.3, 6.03, -2.5],
  ['苹果', '元/公斤', 9.64, 9.27, 4, 9.11, 5.8],
  ['带鱼', '元/公斤', 42.06, 41.85, 0.5, 41.39, 1.6],
  ['92号汽油', '元/升', 7.71, 7.66, 0.7, 6.89, 11.9],
  ['液化石油气', '元/15公斤', 116.37, 111.72, 4.2, 104.13, 11.8],
];

describe('round 63: dashed kinds, parts past their group, 环比, joint columns as worded', () => {
  describeCaseBook('市县两级', [
    { name: '市县两级', rows: levels, merges: ['A1:G1'], plant: { address: 'C5', value: 176 } },
    { name: '不缩进', rows: levelsFlat, merges: ['A1:G1'], plant: { address: 'E11', value: 414 } },
  ]);
  describeCaseBook('商品价格', [
    { name: '商品价格', rows: prices, merges: ['A1:G1'], plant: { address: 'E10', value: -4.3 } },
  ]);
  describeCaseBook('按类型', [
    {
      name: '按类型',
      rows: byType,
      merges: ['A1:K1', 'D3:F3', 'H3:J3', 'A3:A4', 'B3:B4', 'C3:C4', 'G3:G4', 'K3:K4'],
      plant: { address: 'G5', value: 78.3 },
    },
  ]);
});

const HEADER = [
  '类型',
  '社会组织数',
  '单独建立党组织数',
  '联合建立覆盖数',
  '党组织覆盖率（%）',
  '党员数',
  '选派指导员数',
];
/** A town's own sheet: its two or three kinds and their 合计 (the plant rewrites a figure with itself). */
const town = (name: string, rows: CaseRow[]): CaseSheet => ({
  name,
  rows: [[`${name}社会组织党建工作明细表`], HEADER, ...rows],
  merges: ['A1:G1'],
  plant: { address: 'B3', value: rows[0][1] as number },
});
const towns: CaseSheet[] = [
  town('官庄乡', [
    ['社会团体', 43, 10, 14, 55.8, 50, 7],
    ['社会服务机构', 65, 5, 21, 40, 98, 14],
    ['合计', 108, 15, 35, 46.3, 148, 21],
  ]),
  town('新华街道', [
    ['社会团体', 15, 2, 6, 53.3, 22, 4],
    ['社会服务机构', 38, 3, 15, 47.4, 34, 5],
    ['合计', 53, 5, 21, 49.1, 56, 9],
  ]),
  town('杨集镇', [
    ['社会团体', 21, 3, 6, 42.9, 25, 3],
    ['社会服务机构', 25, 3, 8, 44, 34, 7],
    ['合计', 46, 6, 14, 43.5, 59, 10],
  ]),
  town('马庄镇', [
    ['社会团体', 14, 3, 6, 64.3, 31, 3],
    ['社会服务机构', 53, 7, 13, 37.7, 55, 10],
    ['基金会', 1, 0, 0, 0, 1, 1],
    ['合计', 68, 10, 19, 42.6, 87, 14],
  ]),
];
const summary: CaseSheet = {
  name: '汇总',
  rows: [
    ['桃源县社会组织党建工作汇总表（2024年）'],
    ['单位：个、名、%'],
    ['乡镇（街道）', ...HEADER.slice(1)],
    ['官庄乡', 108, 15, 35, 46.3, 148, 21],
    ['新华街道', 53, 5, 21, 49.1, 56, 9],
    ['杨集镇', 46, 6, 14, 43.5, 59, 10],
    ['马庄镇', 68, 10, 19, 42.6, 87, 14],
    ['总计', 275, 36, 89, 45.5, 350, 54],
  ],
  merges: ['A1:G1'],
  plant: { address: 'G4', value: 27 },
};

/** A finding between tables, as `check --format json` lists it. */
interface CrossOut {
  crossTable?: { severity: string; cells: { sheet: string; address: string; suspect?: boolean }[] }[];
}

describe('round 63: a 汇总 sheet against its towns’ own sheets in one workbook', () => {
  const crossFindings = async (planted: boolean) => {
    const path = await writeCaseBook('汇总与明细', [summary, ...towns], planted);
    const { out } = await runCli('check', path, '--format', 'json');
    return (JSON.parse(out) as CrossOut).crossTable ?? [];
  };
  test('the clean workbook has no finding between its sheets', async () => {
    expect(await crossFindings(false)).toEqual([]);
  });
  test('the town row typed wrong on the 汇总 sheet is found and blamed', async () => {
    const found = await crossFindings(true);
    expect(found.map((f) => f.severity)).toEqual(['error']);
    const suspects = found[0].cells.filter((c) => c.suspect).map((c) => `${c.sheet}!${c.address}`);
    expect(suspects).toEqual(['汇总!G4']);
  });
});
