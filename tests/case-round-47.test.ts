import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Issue 9, round 47 (/tmp/round47a and /tmp/round47c, written by outside testers who had not seen statlint):
 * education, tourism and hotel tables. A 合计 rate typed as the mean of the rows' rates, a short table of rates with
 * its change in points, a change in 家 between two years, a 全年 column over four quarters; and 其中 rows of two
 * breakdowns (by sex, by who runs the school) under each level, which overlap.
 */

// 合计 升学率 is 19796 ÷ 20980 = 94.4; the mean of the rows' rates, 93.7, is planted.
const promotion: CaseRow[] = [
  ['初中毕业生升学情况'],
  ['县（区）', '初中毕业生数（人）', '升入高中阶段人数（人）', '升学率（%）'],
  ['城关区', 5210, 5032, 96.6],
  ['东城区', 4380, 4205, 96],
  ['西湖区', 3560, 3390, 95.2],
  ['河口县', 2980, 2745, 92.1],
  ['青山县', 2610, 2388, 91.5],
  ['白云县', 2240, 2036, 90.9],
  ['合计', 20980, 19796, 94.4],
];

// 生师比 names no rate by its ending: 全市 179540 ÷ 12647 = 14.2, within a tenth of the mean of the rows' ratios.
const pupilsPerTeacher: CaseRow[] = [
  ['2023年各县（区）义务教育基本情况'],
  ['地区', '学校数（所）', '在校学生数（人）', '专任教师数（人）', '生师比'],
  ['全市', 248, 179540, 12647, 14.2],
  ['城关区', 38, 41250, 2710, 15.2],
  ['东城区', 31, 35410, 2365, 15],
  ['西湖区', 27, 28960, 1962, 14.8],
  ['高新区', 12, 15330, 951, 16.1],
  ['河口县', 45, 22180, 1688, 13.1],
  ['青山县', 52, 19870, 1590, 12.5],
  ['白云县', 43, 16540, 1381, 12],
  ['注：生师比为在校学生数与专任教师数之比（以教师为1）。'],
];

// Five rates, two years and the change in points: a table too short for a relation of the figures alone.
const enrolmentRates: CaseRow[] = [
  ['教育普及程度主要指标'],
  ['指标', '2023年', '2022年', '比上年增减（百分点）'],
  ['学前三年毛入园率（%）', 92.6, 91.8, 0.8],
  ['九年义务教育巩固率（%）', 97.3, 97.1, 0.2],
  ['小学学龄儿童净入学率（%）', 100, 100, 0],
  ['高中阶段毛入学率（%）', 93.1, 92.4, 0.7],
  ['初中毕业生升学率（%）', 96.2, 95.8, 0.4],
];

// Small counts in 家, whose sums hold by chance as often as not: the header says 增减数 is the difference. A change
// below zero is a count all the same.
const hotels: CaseRow[] = [
  ['星级饭店数量'],
  ['单位：家'],
  ['星级', '2023年', '2022年', '增减数'],
  ['五星级', 3, 2, 1],
  ['四星级', 9, 9, 0],
  ['三星级', 21, 22, -1],
  ['二星级', 8, 6, 2],
  ['一星级', 2, 2, 0],
  ['总计', 43, 41, 2],
];

// 全年 over four quarters, on four rows: one broken leaves three.
const quarters: CaseRow[] = [
  ['2023年分季度旅游接待情况'],
  ['指标', '一季度', '二季度', '三季度', '四季度', '全年'],
  ['接待游客(万人次)', 156.89, 376.52, 286.05, 209.88, 1029.35],
  ['  国内游客(万人次)', 155.47, 375.22, 285.43, 208.15, 1024.26],
  ['  入境游客(人次)', 14270, 13068, 6229, 17277, 50844],
  ['旅游总收入(亿元)', 16.82, 35.41, 31.89, 19.08, 103.2],
];

describe('round 47: education and tourism tables', () => {
  describeCaseBook('教育旅游', [
    { name: '升学率', rows: promotion, merges: ['A1:D1'], plant: { address: 'D9', value: 93.7 } },
    { name: '生师比', rows: pupilsPerTeacher, merges: ['A1:E1', 'A11:E11'], plant: { address: 'E3', value: 14.1 } },
    { name: '普及程度', rows: enrolmentRates, merges: ['A1:D1'], plant: { address: 'D4', value: 0.5 } },
    { name: '饭店数', rows: hotels, merges: ['A1:D1'], plant: { address: 'D6', value: 1 } },
    { name: '季度', rows: quarters, merges: ['A1:F1'], plant: { address: 'F6', value: 104.7 } },
  ]);

  test('a change in 家 gets its repair below zero: 增减数 may be −1', async () => {
    const path = await writeCaseBook(
      '饭店',
      [{ name: '饭店数', rows: hotels, plant: { address: 'D6', value: 1 } }],
      true,
    );
    // The 总计's 增减数 no longer adds up (2 for 4): the finding, whose wrong member is the cell the inferred
    // difference (增减数 = 2023年 − 2022年, holding on the other five rows) repairs to −1.
    const { out } = await runCli('check', path, '--format', 'json');
    const [file] = (JSON.parse(out) as { files: { cellFixes: { address: string; value: number }[] }[] }).files;
    expect(file.cellFixes.map((f) => [f.address, f.value])).toEqual([['D6', -1]]);
  });
});

test('其中 rows of two breakdowns (女 | 民办) under each level may add up past it: no finding, not even a warning', async () => {
  const levels: [string, [number, number, number]][] = [
    ['普通高中', [39215, 20118, 6210]],
    ['初中', [47820, 22930, 5120]],
    ['小学', [96544, 45310, 8830]],
    ['幼儿园', [41380, 19870, 22460]],
  ];
  const rows: CaseRow[] = [['各级学校在校学生数（按性别、举办者分）'], ['单位：人'], ['指标', '在校学生数']];
  for (const [level, [all, women, privateSchools]] of levels)
    rows.push([level, all], ['  其中：女', women], ['        民办', privateSchools]);
  const byColumn: CaseRow[] = [
    ['各级各类学校在校学生情况'],
    [null, null, null, '单位：人'],
    ['学校类别', '在校学生数', '其中'],
    [null, null, '女', '民办'],
    ['总计', ...[0, 1, 2].map((i) => levels.reduce((sum, [, figures]) => sum + figures[i], 0))],
    ...levels.map(([level, figures]): CaseRow => [level, ...figures]),
  ];
  const path = await writeCaseBook(
    '在校生',
    [
      { name: '按行', rows, plant: { address: 'B4', value: 0 } },
      { name: '按列', rows: byColumn, merges: ['A3:A4', 'B3:B4', 'C3:D3'], plant: { address: 'B5', value: 0 } },
    ],
    false,
  );
  expect(await caseFindings(path)).toEqual([]);
});
