import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Headers of three rows (year over kind of organisation over measure; 社会组织总数 over 按类型分 over 社会团体), drawn as
 * forms draw them: the label column merged down all three rows. Each block is checked with its own columns; a year's
 * enterprise rate is never read against the other year's or the social organisations' counts.
 */

const counties = ['东城区', '西城区', '南溪县', '石门县'];
// [企业数, 覆盖企业数, 社会组织数, 覆盖社会组织数] per county, 2024 then 2025.
const y2024 = [
  [120, 84, 40, 20],
  [95, 57, 30, 12],
  [60, 30, 25, 10],
  [45, 27, 15, 9],
];
const y2025 = [
  [130, 100, 42, 25],
  [100, 65, 33, 15],
  [64, 40, 26, 13],
  [50, 33, 18, 10],
];
const rate = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;
const block = ([n, cov, s, sCov]: number[]) => [n, cov, rate(cov, n), s, sCov, rate(sCov, s)];
const total = (rows: number[][]) => rows[0].map((_, i) => rows.reduce((sum, r) => sum + r[i], 0));
const measures = ['企业数', '覆盖企业数', '覆盖率（%）', '社会组织数', '覆盖社会组织数', '覆盖率（%）'];

const types = [
  // 社会团体, 民办非企业单位, 基金会, 单独建立, 联合建立
  [120, 210, 6, 80, 35],
  [90, 140, 4, 52, 30],
  [60, 95, 2, 31, 22],
  [45, 70, 1, 20, 18],
];

/** Two years, each of enterprises and social organisations, by county; one figure planted. */
const twoYearsSheet = (name: string, plant: CaseSheet['plant']): CaseSheet => ({
  name,
  rows: [
    ['两新组织党组织覆盖情况'],
    ['地区', '2024年', null, null, null, null, null, '2025年'],
    [null, '非公有制企业', null, null, '社会组织', null, null, '非公有制企业', null, null, '社会组织'],
    [null, ...measures, ...measures],
    ['合计', ...block(total(y2024)), ...block(total(y2025))],
    ...counties.map((county, i): CaseRow => [county, ...block(y2024[i]), ...block(y2025[i])]),
  ],
  merges: ['A2:A4', 'B2:G2', 'H2:M2', 'B3:D3', 'E3:G3', 'H3:J3', 'K3:M3'],
  plant,
});

// 西城区's 2025 social-organisation rate: 15 of 33 is 45.5, typed 54.5.
const twoYears = twoYearsSheet('两年两类', { address: 'M7', value: 54.5 });

describe('headers of three rows', () => {
  describeCaseBook('三行表头', [
    twoYears,
    // The same table, 2024's enterprise rate of 南溪县 typed wrong: a check of one year's block only would miss it.
    twoYearsSheet('两年两类甲', { address: 'D8', value: 55 }),
    {
      name: '分类',
      rows: [
        ['社会组织党建工作情况统计表'],
        ['单位', '社会组织总数', null, null, null, '已建立党组织的社会组织', null, null, '覆盖率（%）'],
        [null, '合计', '按类型分', null, null, '小计', '单独建立', '联合建立'],
        [null, null, '社会团体', '民办非企业单位', '基金会'],
        ...(() => {
          const rows = types.map(([st, mf, jj, own, joint]) => [st + mf + jj, st, mf, jj, own + joint, own, joint]);
          const all = total(rows);
          return [all, ...rows].map((r, i): CaseRow => [i === 0 ? '合计' : counties[i - 1], ...r, rate(r[4], r[0])]);
        })(),
      ],
      merges: ['A2:A4', 'B2:E2', 'F2:H2', 'I2:I4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4', 'H3:H4'],
      // 南溪县's 民办非企业单位: 95 typed 59, so its 合计 no longer adds up.
      plant: { address: 'D8', value: 59 },
    },
  ]);

  test('each year and kind is its own block of the declared coverage rule', async () => {
    const findings = await caseFindings(await writeCaseBook('三行表头规则', [twoYears], true));
    const m7 = findings.filter((f) => f.cells.some((c) => c.address === 'M7' && c.suspect));
    expect(m7.map((f) => f.ruleId)).toEqual(['coverage-rate']);
  });

  test('explain names every column by its three headers', async () => {
    const path = await writeCaseBook(
      '三行表头说明',
      [
        {
          name: '分类',
          rows: [
            ['社会组织党建工作情况统计表'],
            ['单位', '社会组织总数', null, null, null, '覆盖率（%）'],
            [null, '合计', '按类型分'],
            [null, null, '社会团体', '民办非企业单位', '基金会'],
            ['合计', 30, 12, 15, 3, 50],
            ['东城区', 20, 8, 10, 2, 50],
            ['西城区', 10, 4, 5, 1, 50],
          ],
          merges: ['A2:A4', 'B2:E2', 'F2:F4', 'B3:B4', 'C3:E3'],
          plant: { address: 'B5', value: 30 },
        },
      ],
      false,
    );
    const { out } = await runCli('explain', path, '--lang', 'en');
    expect(out).toContain('header rows: 2, 3, 4');
    expect(out).toMatch(/C\s+社会组织总数\/按类型分\/社会团体/);
    expect(out).toMatch(/B\s+社会组织总数\/合计/);
  });
});
