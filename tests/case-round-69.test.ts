import {
  caseFindings,
  describeCaseBook,
  errorsOn,
  writeCaseBook,
  type CaseRow,
  type CaseSheet,
} from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Issue 9, round 69 (/tmp/round69a–b: party building in social organisations, in workbooks of a 汇总 sheet and a sheet
 * per county, and tables continued on a 续表 sheet; monthly and quarterly statistics of consumption and services,
 * written by outside testers who had not written statlint):
 * - A 续表 sheet whose 合计 covers the rows of the sheet before it too (its title the continuation mark alone): its
 *   totals are not checked against its own rows; its rates still are.
 * - A header typed again under its parent with its unit (社会团体 over 社会团体（个）) keeps the unit: a count column,
 *   exact, where 社会组织总数 = 社会团体 + 民办非企业单位 breaks wherever 基金会 is not 0.
 * - A change from a line of one figure (单独建立 = (合计 − 联合建立) ÷ 联合建立 where 联合建立 is 1) is no change.
 * - A county's own sheet whose total row is named after it (城关区合计) among towns, one of them 城关镇: the 汇总
 *   sheet's 城关区 is compared with that total, not with 城关镇.
 * - A quarterly table's 当季 / 营业收入 | 累计 / 营业收入: the 累计 runs down the quarters, and a 当季 figure with two
 *   digits swapped is blamed, the run's start at the first quarter confirming the 累计 there.
 */
const header = (label: string): CaseRow[] => [
  [
    label,
    '社会组织总数（个）',
    '按类型分',
    null,
    null,
    '已建党组织数（个）',
    null,
    null,
    '党组织覆盖社会组织数（个）',
    '党组织覆盖率（%）',
  ],
  [
    null,
    null,
    '社会团体（个）',
    '民办非企业单位（个）',
    '基金会（个）',
    '合计（个）',
    '单独建立（个）',
    '联合建立（个）',
  ],
];
const headerMerges = (top: number) => [
  `C${top}:E${top}`,
  `F${top}:H${top}`,
  `A${top}:A${top + 1}`,
  `B${top}:B${top + 1}`,
  `I${top}:I${top + 1}`,
  `J${top}:J${top + 1}`,
];
const continued: CaseSheet[] = [
  {
    name: '统计表',
    rows: [
      ['永宁县乡镇（街道）社会组织党建工作情况统计表'],
      ['填报单位：中共永宁县委组织部（盖章）', null, null, null, null, null, null, null, null, '截至2024年底'],
      ...header('乡镇（街道）'),
      ['沙河乡', 41, 11, 29, 1, 7, 5, 2, 15, 36.59],
      ['马集镇', 41, 22, 16, 3, 6, 5, 1, 7, 17.07],
      ['南湖街道', 40, 13, 26, 1, 4, 2, 2, 10, 25],
      ['西关街道', 23, 19, 4, 0, 3, 2, 1, 6, 26.09],
    ],
    merges: ['A1:J1', ...headerMerges(3)],
    plant: { address: 'J5', value: 36.59 },
  },
  {
    name: '续表1',
    rows: [
      ['续表'],
      ...header('乡镇（街道）'),
      ['东关街道', 37, 22, 13, 2, 3, 2, 1, 6, 16.22],
      ['三合镇', 28, 10, 18, 0, 5, 4, 1, 9, 32.14],
      ['河口镇', 33, 9, 24, 0, 3, 2, 1, 4, 12.12],
      ['合计', 243, 106, 130, 7, 31, 22, 9, 57, 23.46],
      ['注：党组织覆盖率=党组织覆盖社会组织数÷社会组织总数×100%。'],
    ],
    merges: ['A1:J1', ...headerMerges(2)],
    // 河口镇's 覆盖率 typed as 三合镇's.
    plant: { address: 'J6', value: 32.14 },
  },
];

/** The same two sheets, the 续表's 合计 of its own rows: a total of its own, checked as any is. */
const ownTotal: CaseSheet[] = [
  continued[0],
  {
    ...continued[1],
    rows: continued[1].rows.map((row) => (row[0] === '合计' ? ['合计', 98, 41, 55, 2, 11, 8, 3, 19, 19.39] : row)),
    plant: { address: 'B7', value: 108 },
  },
];

describe('round 69: a table continued on a 续表 sheet', () => {
  test('a 续表 total of its own rows typed wrong in one column is still found', async () => {
    const clean = await caseFindings(await writeCaseBook('续表合计', ownTotal, false));
    expect(clean.filter((f) => f.severity === 'error')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('续表合计', ownTotal, true));
    expect(errorsOn(planted, '续表1').flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address))).toContain(
      'B7',
    );
  });
  test('the 续表 total over both sheets is not checked against its own rows; a rate on it still is', async () => {
    const clean = await caseFindings(await writeCaseBook('续表', continued, false));
    expect(clean.filter((f) => f.severity === 'error')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('续表', continued, true));
    expect(errorsOn(planted, '续表1').map((f) => f.cells.find((c) => c.suspect)?.address)).toContain('J6');
    expect(errorsOn(planted, '统计表')).toEqual([]);
  });
});

const types: CaseRow[] = [
  ['长乐市社会组织党建工作情况统计表'],
  ['填报单位：中共长乐市委组织部（盖章）'],
  [
    '乡镇（街道）',
    '社会组织总数（个）',
    '社会团体',
    null,
    '民办非企业单位（个）',
    '基金会（个）',
    '党组织覆盖社会组织数（个）',
  ],
  [null, null, '社会团体（个）', '行业协会商会（个）'],
  ['全县（区）合计', 468, 169, 40, 288, 11, 97],
  ['三合镇', 73, 17, 6, 54, 2, 10],
  ['大营镇', 85, 27, 8, 58, 0, 13],
  ['马集镇', 64, 30, 6, 34, 0, 15],
  ['杨湖镇', 44, 14, 2, 30, 0, 9],
  ['南湖街道', 17, 6, 1, 9, 2, 4],
  ['柳林镇', 51, 37, 8, 13, 1, 10],
  ['新集镇', 57, 15, 4, 42, 0, 15],
  ['东关街道', 54, 18, 3, 33, 3, 13],
  ['王店镇', 23, 5, 2, 15, 3, 8],
];

const organisations: CaseRow[] = [
  ['白云区乡镇（街道）社会组织党组织情况'],
  ['乡镇（街道）', '社会组织总数', '已建党组织数（个）', null, null, '党员数'],
  [null, null, '合计', '单独建立', '联合建立'],
  ['石桥乡', 48, 5, 4, 1, 46],
  ['新集镇', 13, 2, 1, 1, 10],
  ['双庙乡', 37, 6, 5, 1, 24],
  ['西关街道', 31, 4, 3, 1, 36],
  ['沙河乡', 33, 4, 3, 1, 41],
  ['古城乡', 37, 5, 4, 1, 32],
  ['王店镇', 53, 9, 7, 2, 78],
  ['杨湖镇', 44, 4, 3, 1, 25],
  ['柳林镇', 36, 3, 2, 1, 32],
  ['南湖街道', 16, 2, 1, 1, 16],
];

const quarters: CaseRow[] = [
  ['规模以上服务业营业收入（分季度）'],
  ['单位：亿元'],
  ['季度', '当季', null, '累计'],
  [null, '营业收入', '上年同季', '营业收入', '上年同期', '累计增长(%)'],
  ['一季度', 55.74, 58.24, 55.74, 58.24, -4.3],
  ['二季度', 38.08, 36.41, 93.82, 94.65, -0.9],
  ['三季度', 60.66, 55.71, 154.48, 150.36, 2.7],
  [],
  ['注：累计为年初至本季度末。'],
];

test('round 69: no change is read from a line of one figure', async () => {
  const sheet = {
    name: '组建方式',
    rows: organisations,
    merges: ['A1:F1', 'C2:E2', 'A2:A3', 'B2:B3', 'F2:F3'],
    plant: { address: 'B4', value: 48 },
  };
  expect(errorsOn(await caseFindings(await writeCaseBook('组建方式', [sheet], false)), '组建方式')).toEqual([]);
});

describe('round 69: social organisations and quarterly services', () => {
  describeCaseBook('社会组织', [
    {
      name: '按类型分',
      rows: types,
      merges: ['A1:G1', 'C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4', 'G3:G4'],
      plant: { address: 'B5', value: 478 },
    },
    {
      name: '分季度',
      rows: quarters,
      merges: ['A1:F1', 'B3:C3', 'D3:F3', 'A3:A4'],
      plant: { address: 'B6', value: 83.08 },
    },
  ]);
});

const summary: CaseSheet = {
  name: '汇总表',
  rows: [
    ['焦作市社会组织党建工作情况汇总表'],
    ['填报单位：中共焦作市委组织部（盖章）', null, null, '统计时间：2024年12月31日'],
    ['县（市、区）', '社会组织总数（个）', '行业协会商会（个）', '选派党建指导员（名）'],
    ['城关区', 390, 31, 140],
    ['宁远县', 144, 20, 59],
  ],
  merges: ['A1:D1'],
  plant: { address: 'B4', value: 399 },
};
const otherCounty: CaseSheet = {
  name: '宁远县',
  rows: [
    ['宁远县社会组织党建工作情况统计表'],
    ['填报单位：中共宁远县委组织部（盖章）', null, null, '统计时间：2024年12月31日'],
    ['乡镇（街道）', '社会组织总数（个）', '行业协会商会（个）', '选派党建指导员（名）'],
    ['合计', 144, 20, 59],
    ['城关镇', 100, 12, 40],
    ['新集镇', 44, 8, 19],
  ],
  merges: ['A1:D1'],
  plant: { address: 'B5', value: 100 },
};
const county: CaseSheet = {
  name: '城关区',
  rows: [
    ['城关区社会组织党建工作情况统计表'],
    ['填报单位：中共城关区委组织部（盖章）', null, null, null, '统计时间：2024年12月31日'],
    ['序号', '乡镇（街道）', '社会组织总数（个）', '行业协会商会（个）', '选派党建指导员（名）'],
    [1, '柳林镇', 95, 11, 46],
    [2, '河口镇', 62, 4, 17],
    [3, '南湖街道', 80, 9, 29],
    [4, '王店镇', 70, 2, 31],
    [5, '城关镇', 83, 5, 17],
    [null, '城关区合计', 390, 31, 140],
  ],
  merges: ['A1:E1'],
  plant: { address: 'C9', value: 390 },
};

describe('round 69: a county sheet whose total is named after it, beside a town of its name', () => {
  const crossFindings = async (planted: boolean) => {
    const path = await writeCaseBook('城关区', [summary, county, otherCounty], planted);
    const { out } = await runCli('check', path, '--format', 'json');
    return (JSON.parse(out) as { crossTable?: { cells: { sheet: string; address: string }[] }[] }).crossTable ?? [];
  };
  test('the clean workbook has no finding between its sheets', async () => {
    expect(await crossFindings(false)).toEqual([]);
  });
  test('the 汇总 row typed wrong is compared with 城关区合计', async () => {
    const found = await crossFindings(true);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].cells.map((c) => `${c.sheet}!${c.address}`)).toEqual(
      expect.arrayContaining(['汇总表!B4', '城关区!C9']),
    );
  });
});
