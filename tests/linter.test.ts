/** Which cells a sheet's findings blame: the localiser as the checker uses it, on small realistic tables. */
import { checkSheet } from '../src/core/linter';
import type { Finding } from '../src/core/report';
import { readRuleSet } from '../src/node/rule-files';
import { sheetFromRows, type CellInput } from './helpers/sheet';

const { ruleSet } = readRuleSet();
const HEADER = [
  '地区',
  '企业数（家）',
  '单独建立党组织（个）',
  '联合覆盖企业数（家）',
  '覆盖企业数（家）',
  '党组织覆盖率（%）',
];

async function blamed(rows: CellInput[][]): Promise<{ findings: Finding[]; suspects: string[] }> {
  const report = await checkSheet(sheetFromRows('表1', [HEADER, ...rows]), ruleSet, { lang: 'zh-CN' });
  const suspects = new Set(report.findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)));
  return { findings: report.findings, suspects: [...suspects].sort() };
}

test('a region count that breaks its row and its column total is the one cell blamed', async () => {
  const { findings, suspects } = await blamed([
    ['合计', 300, 60, 40, 100, 33.3],
    ['甲', 100, 20, 10, 40, 30.0], // 覆盖企业数 should be 30: breaks its row's sum and rate, and the column total
    ['乙', 100, 20, 10, 30, 30.0],
    ['丙', 100, 20, 20, 40, 40.0],
  ]);
  expect(suspects).toEqual(['E3']);
  expect(findings.map((f) => f.ruleId).sort()).toEqual([
    'coverage-rate',
    'covered-equals-own-plus-joint',
    'total-row-sum',
  ]);
});

test('a rate that alone disagrees is blamed, not the counts a total confirms', async () => {
  const { suspects } = await blamed([
    ['合计', 300, 60, 40, 100, 33.3],
    ['甲', 100, 20, 10, 30, 32.0],
    ['乙', 100, 20, 10, 30, 30.0],
    ['丙', 100, 20, 20, 40, 40.0],
  ]);
  expect(suspects).toEqual(['F3']);
});

test('two wrong regions explain a wrong total together: the total itself is not blamed', async () => {
  // 甲 and 乙 typed 20 and 15 for 30: the column total is 25 short, which neither explains alone.
  const { findings, suspects } = await blamed([
    ['合计', 300, 60, 40, 100, 33.3],
    ['甲', 100, 20, 10, 20, 30.0],
    ['乙', 100, 20, 10, 15, 30.0],
    ['丙', 100, 20, 20, 40, 40.0],
  ]);
  expect(suspects).toEqual(['E3', 'E4']);
  const total = findings.find((f) => f.ruleId === 'total-row-sum');
  expect(total?.cells.filter((c) => c.suspect).map((c) => c.address)).toEqual(['E3', 'E4']);
});

test('a count whose row and column need different values is not taken for both: the rate beside it is', async () => {
  // 乙's 覆盖企业数 (E4) is wrong: it breaks the column total by 10 and its own rate; 甲's rate (F3) is mistyped.
  const { suspects } = await blamed([
    ['合计', 300, 60, 40, 100, 33.3],
    ['甲', 100, 20, 10, 30, 31.0],
    ['乙', 100, 20, 10, 20, 20.0],
    ['丙', 100, 20, 20, 40, 40.0],
  ]);
  expect(suspects).toEqual(['E4', 'F3']);
});

test('a header matching two columns binds to the one most rows agree with, and explain says so', async () => {
  const sheet = sheetFromRows('表1', [
    ['地区', '企业总数（家）', '非公企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
    ['甲', 400, 100, 50, 50.0],
    ['乙', 300, 200, 50, 25.0],
    ['丙', 500, 80, 20, 25.0],
  ]);
  const report = await checkSheet(sheet, ruleSet, { lang: 'en' });
  expect(report.findings.filter((f) => f.ruleId === 'coverage-rate')).toEqual([]);
  expect(report.explanation.notes).toContain(
    '“enterprises” matches columns B, C; column C is used (3 of 3 rows agree)',
  );
});
