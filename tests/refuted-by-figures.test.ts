import { describeCaseBook, writeCaseBook, type CaseRow } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * A rule that reads other columns than the sheet means: a wide form's 党组织覆盖率 is of 已建立党组织企业/小计 (its
 * 联合党支部 column unbound, so the rule for sheets without joint organisations applied, reading 党委 + 党总支 +
 * 党支部), and failed on every town. The figures confirm the rate as 小计 ÷ 企业总数 on every row: the rule's failures
 * are no findings, explain says why, and a rate typed wrong is still found, with the figure the sheet's relation gives.
 * (Round 10's w01a, tests/corpora/layouts/party-9.)
 */
const towns: [string, number, number, number, number, number, number][] = [
  ['黛隆镇', 85, 61, 1, 4, 27, 5],
  ['石塘镇', 256, 129, 2, 4, 61, 12],
  ['沙隆镇', 34, 23, 2, 0, 12, 3],
  ['桐阳镇', 223, 119, 2, 3, 64, 10],
  ['望冈街道', 355, 212, 1, 14, 141, 9],
  ['清隆镇', 254, 140, 0, 4, 65, 14],
];
const rate = (covered: number, all: number) => Math.round((covered / all) * 1000) / 10;
const row = ([name, all, covered, ...organisations]: (typeof towns)[number]): CaseRow => [
  name,
  all,
  covered,
  { v: rate(covered, all), numFmt: '0.0' },
  ...organisations,
];
const sum = (i: number) => towns.reduce((n, t) => n + (t[i] as number), 0);
const rows: CaseRow[] = [
  ['非公有制企业党建工作基本情况统计表'],
  ['乡镇（街道）', '企业总数（家）', '已建立党组织企业（家）', '党组织覆盖率（%）', '党组织数（个）', null, null, null],
  [null, null, '小计', null, '党委', '党总支', '党支部', '联合党支部'],
  ...towns.map(row),
  row(['合计', sum(1), sum(2), sum(3), sum(4), sum(5), sum(6)]),
];
const sheet = { name: '基本情况', rows, merges: ['E2:H2'], plant: { address: 'D9', value: 60.1 } };

/**
 * 党委 | 党总支 | 党支部 count all party organisations by type, beside 单独组建 | 联合组建 by how they were formed: the
 * rule 单独建立党组织数 = 党委 + 党总支 + 党支部 reads them as the breakdown of 单独组建, and fails on every county.
 * The types add up to 党组织数/合计 on every row: the rule reads other columns than the sheet means (round 12's 61).
 */
const counties: [string, number, number, number, number][] = [
  ['城关区', 3, 2, 204, 189],
  ['东湖区', 2, 5, 131, 97],
  ['西山县', 1, 3, 88, 70],
  ['南山县', 2, 1, 142, 120],
  ['北岭县', 0, 4, 97, 81],
];
const byType = (c: (typeof counties)[number]): CaseRow => {
  const [name, committees, general, branches, own] = c;
  const all = committees + general + branches;
  return [name, all, committees, general, branches, own, all - own];
};
const total = counties.reduce<[string, number, number, number, number]>(
  (t, c) => ['全市', t[1] + c[1], t[2] + c[2], t[3] + c[3], t[4] + c[4]],
  ['全市', 0, 0, 0, 0],
);
const twoBreakdowns = {
  name: '党组织',
  rows: [
    ['两新组织党组织数按类别和组建形式统计表'],
    ['县(区)', '党组织数', null, null, null, '按组建形式分', null],
    [null, '合计', '党委', '党总支', '党支部', '单独组建', '联合组建'],
    ...counties.map(byType),
    byType(total),
  ] as CaseRow[],
  merges: ['B2:E2', 'F2:G2'],
  plant: { address: 'E9', value: 670 },
};

describeCaseBook('refuted.xlsx', [sheet, twoBreakdowns]);

test('explain says that the parts a rule reads add up to another column', async () => {
  const { out } = await runCli('explain', await writeCaseBook('refuted-types.xlsx', [twoBreakdowns], false));
  expect(out).toContain(
    'F 列：own-organisations-sum 不成立的行中有 6 行，规则所列各项之和等于 B 列：规则所读的列与本表不符，不列为发现',
  );
});

test('explain says which rules the figures refute, and by which relation', async () => {
  const { out } = await runCli('explain', await writeCaseBook('refuted.xlsx', [sheet], false));
  expect(out).toMatch(
    /D 列：coverage-rate-own-organisations.* 不成立的行中有 \d+ 行满足由数字推断的 .*党组织覆盖率 = .*小计 ÷ .*企业总数 × 100：规则所读的列与本表不符，不列为发现/,
  );
});

/**
 * The same two breakdowns where offices leave none blank (round 28's wb20, /tmp/round28-a): a blank 党委 or 党总支 beside
 * figures is none, as a total row reads it, so the rule is checked on those rows too and the types add up to 党组织总数
 * there as well. Before, the blank rows were skipped, too few rows were left to refute the rule, and it reported
 * 甲镇：单独建立党组织数应等于党委数 + 党总支数 + 党支部数，即 20.
 */
describeCaseBook('refuted-blanks.xlsx', [
  {
    name: '党组织类型',
    rows: [
      ['乡镇', '党组织总数', '按类型', null, null, '按组建方式', null],
      [null, null, '党委', '党总支', '党支部', '单独组建', '联合组建'],
      ['甲镇', 20, 1, 2, 17, 16, 4],
      ['乙镇', 30, null, 3, 27, 25, 5],
      ['丙镇', 12, 1, null, 11, 10, 2],
      ['丁镇', 18, null, null, 18, 13, 5],
      ['合计', 80, 2, 5, 73, 64, 16],
    ],
    merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:G1'],
    plant: { address: 'B7', value: 88 },
  },
]);
