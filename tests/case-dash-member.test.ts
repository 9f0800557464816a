import { caseFindings, describeCaseBook, writeCaseBook } from './helpers/case-book';

/**
 * Round 24's census tables (/tmp/round24-census): a district marked — in one year for a reason the sheet gives (滨海新区①:
 * set up since, its area counted in the districts it replaced, as the note says) may hide what the city's total holds
 * beyond the others, so the total is not held to their sum there; a total short of them is still a finding.
 */

const rows = [
  ['天津市各区常住人口'],
  ['地区', '2020年（人）', '2010年（人）', '增减（人）', '增长（%）'],
  ['全市', 10338478, 10782176, -443698, -4.12],
  ['和平区', 653686, 566508, 87178, 15.39],
  ['河东区', 1846097, 1982524, -136427, -6.88],
  ['河西区', 1854523, 1985949, -131426, -6.62],
  ['南开区', 395969, 342633, 53336, 15.57],
  ['滨海新区①', 1961959, '—', '—', '—'],
  ['东丽区', 1792035, 1590652, 201383, 12.66],
  ['西青区', 1834209, 1831845, 2364, 0.13],
  ['注：①滨海新区2009年设立，2010年数据口径不可比，全市2010年数据含原塘沽、汉沽、大港三区。'],
];

describe('a member marked missing', () => {
  describeCaseBook('新设区', [{ name: '常住人口', rows, plant: { address: 'B3', value: 10348478 } }]);

  test("a total short of the members' figures is still wrong, whatever the dash hides", async () => {
    const sheet = { name: '常住人口', rows, plant: { address: 'C3', value: 7082176 } };
    const findings = await caseFindings(await writeCaseBook('新设区短', [sheet], true));
    const total = findings.find((f) => f.ruleId === 'total-row-sum');
    expect(total?.cells.find((c) => c.address === 'C3')?.suspect).toBe(true);
  });

  test('a member typed as words hides what the total holds, where a dash counts as none', async () => {
    // 见附表 is no mark of a missing figure: the city's 2010 total cannot be held to the other districts' sum.
    const member = (cell: string) => ({
      name: '常住人口',
      rows: rows.slice(0, 9).map((row) => (row[0] === '滨海新区①' ? ['滨海新区', 1961959, cell, null, null] : row)),
      plant: { address: 'B3', value: 0 },
    });
    const totalIn = async (cell: string) =>
      (await caseFindings(await writeCaseBook(`新设区${cell}`, [member(cell)], false))).filter(
        (f) => f.ruleId === 'total-row-sum' && f.cells.some((c) => c.address === 'C3'),
      );
    expect(await totalIn('见附表')).toEqual([]);
    expect((await totalIn('—')).length).toBe(1);
  });
});
