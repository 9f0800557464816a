import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * Issue 9, round 55 (/tmp/round55a and /tmp/round55b, written by outside testers who had not seen statlint), with
 * round 52's 挂靠 total: workbooks as offices store them, and a yearbook's civil affairs, culture and ecology tables.
 * - Columns right after a count that add up to it (已建立党组织企业数 | 单独建立 | 联合建立 | 挂靠) count the same
 *   things, though no unit or header ending says so: their 合计 is the sum of the towns, exactly.
 * - 比上年增减 that is 2024年 − 2023年 on every row is no change in per cent, though on coverage rates near 100 the two
 *   nearly agree: its 29.1 is no finding.
 * - A decline in per cent from whole concentrations (34 → 30 微克: 11.8) is read as the table computed it, to its last
 *   digit, though the concentrations' rounding would allow 9.0 to 14.5.
 * - An accountant's negative typed as text (`(1,230)`) is a figure: the 增减额 column is checked.
 * - An indicator table whose rows state their units (登记社会组织 | 个) and that has one figure column sums its
 *   categories there.
 */
const attached: CaseRow[] = [
  ['各乡镇非公有制企业党组织建设情况'],
  ['乡镇', '企业数', '职工数', '党员数', '已建立党组织企业数', '单独建立', '联合建立', '挂靠', '覆盖率（%）'],
  ['龙泉乡', 46, 1210, 88, 38, 21, 12, 5, 82.6],
  ['石桥镇', 63, 2035, 131, 55, 34, 17, 4, 87.3],
  ['白沙乡', 29, 655, 41, 22, 10, 9, 3, 75.9],
  ['清河镇', 52, 1480, 97, 44, 26, 15, 3, 84.6],
  ['马坊乡', 24, 512, 33, 17, 8, 7, 2, 70.8],
  ['合计', 214, 5892, 390, 176, 99, 60, 17, 82.2],
];

const culture: CaseRow[] = [
  ['文化事业主要指标'],
  ['指标', '单位', '2023年', '2024年', '比上年增减'],
  ['博物馆', '个', 50, 51, 1],
  ['  其中：国有博物馆', '个', 41, 41, 0],
  ['乡镇(街道)综合文化站', '个', 180, 180, 0],
  ['博物馆参观人次', '万人次', 402, 431.1, 29.1],
  ['广播综合人口覆盖率', '%', 99.45, 99.56, 0.11],
  ['电视综合人口覆盖率', '%', 99.2, 99.3, 0.1],
  ['注：比上年增减栏，覆盖率为百分点，其余为绝对数。'],
];

const air: CaseRow[] = [
  ['2024年各县(市、区)环境空气质量'],
  [
    '地区',
    '优良天数(天)',
    '优良天数比例(%)',
    '2023年PM2.5平均浓度(微克/立方米)',
    '2024年PM2.5平均浓度(微克/立方米)',
    'PM2.5浓度下降(%)',
  ],
  ['全市', 332, 90.7, 33, 29, 12.1],
  ['婺城区', 343, 93.7, 34, 30, 11.8],
  ['金东区', 355, 97, 33, 31, 6.1],
  ['兰溪市', 326, 89.1, 30, 25, 16.7],
  ['东阳市', 353, 96.4, 33, 28, 15.2],
  ['义乌市', 336, 91.8, 34, 30, 11.8],
  ['永康市', 305, 83.3, 35, 32, 8.6],
  ['浦江县', 338, 92.3, 38, 36, 5.3],
  ['武义县', 304, 83.1, 28, 23, 17.9],
  ['磐安县', 329, 89.9, 34, 30, 11.8],
  ['注：全市数据为各县(市、区)平均值；2024年全年有效监测366天。'],
];

const sheets: CaseSheet[] = [
  { name: '挂靠', rows: attached, merges: ['A1:I1'], plant: { address: 'H8', value: 19 } },
  { name: '文化', rows: culture, merges: ['A1:E1'], plant: { address: 'E6', value: 39.1 } },
  { name: '空气', rows: air, merges: ['A1:F1'], plant: { address: 'F8', value: 18.8 } },
];

describe('round 55: parts of a count, differences, declines from whole figures', () => {
  describeCaseBook('社会事业', sheets);

  test('the clean book raises no warning either', async () => {
    const findings = await caseFindings(await writeCaseBook('社会事业', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

/** A budget table as a system exports it: every figure text, negatives in brackets. */
function budget(planted: boolean): CaseRow[] {
  return [
    ['2024年一般公共预算收入执行情况'],
    ['单位：万元'],
    ['项目', '2024年', '2023年', '增减额', '增长%'],
    ['税收收入', '98,230', '101,460', '(3,230)', '-3.2'],
    ['  增值税', '41,250', '40,120', '1,130', '2.8'],
    ['  企业所得税', '18,460', '21,690', '(3,230)', '-14.9'],
    ['  个人所得税', '6,120', '5,980', '140', '2.3'],
    ['  房产税', '9,870', '11,100', planted ? '(2,230)' : '(1,230)', '-11.1'],
    ['  城镇土地使用税', '22,530', '22,570', '(40)', '-0.2'],
    ['非税收入', '31,480', '29,950', '1,530', '5.1'],
  ];
}

async function writeRows(name: string, sheet: string, rows: CaseRow[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), 'statlint-case-')), `${name}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

test('an accountant’s negative typed as text, (1,230), is read: a wrong one is found in its row and its column', async () => {
  const clean = await caseFindings(await writeRows('预算-clean', '收入', budget(false)));
  expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
  const planted = errorsOn(await caseFindings(await writeRows('预算-planted', '收入', budget(true))), '收入');
  expect(planted.length).toBeGreaterThan(0);
  expect(planted.every((f) => f.cells.some((c) => c.address === 'D8' && c.suspect))).toBe(true);
});

/** An indicator table with one figure column and a growth column: categories under numbered headings. */
function categories(socialGroups: number): CaseRow[] {
  return [
    ['社会事业发展主要指标(2024年)'],
    ['指标', '单位', '2024年', '比上年增长(%)'],
    ['一、民政'],
    ['登记社会组织', '个', 2128, 1.7],
    ['  社会团体', '个', socialGroups, 2.4],
    ['  民办非企业单位', '个', 1307, 1.2],
    ['  基金会', '个', 16, 0],
    ['二、科技'],
    ['专利授权量', '件', 11751, 3.8],
    ['  发明', '件', 1008, 11.6],
    ['  实用新型', '件', 7902, 4],
    ['  外观设计', '件', 2841, 1],
    ['三、生态'],
    ['森林覆盖率', '%', 63.15],
  ];
}

test('an indicator table of one figure column is checked: its categories add up in their unit', async () => {
  const clean = await runCli('check', await writeRows('指标-clean', '社会事业', categories(805)), '--format', 'json');
  expect(clean.code).toBe(0);
  const planted = await caseFindings(await writeRows('指标-planted', '社会事业', categories(850)));
  const sums = errorsOn(planted, '社会事业').filter((f) => f.ruleId === 'total-row-sum');
  expect(sums.map((f) => f.cells.map((c) => c.address))).toEqual([['C4', 'C5', 'C6', 'C7']]);
});

test('formulas without a saved result are figures not read: the sheet says which, and the run exits 2', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('覆盖');
  ws.addRow(['乡镇', '企业数', '已建立党组织企业数', '覆盖率（%）']);
  const towns: [string, number, number][] = [
    ['城关镇', 58, 55],
    ['东城街道', 132, 94],
    ['西城街道', 157, 125],
    ['南山镇', 111, 98],
  ];
  towns.forEach(([town, all, covered], i) =>
    ws.addRow([town, all, covered, { formula: `ROUND(C${i + 2}/B${i + 2}*100,1)` } as ExcelJS.CellFormulaValue]),
  );
  ws.addRow(['合计', { formula: 'SUM(B2:B5)' }, { formula: 'SUM(C2:C5)' }, 81.0] as ExcelJS.CellValue[]);
  const path = join(mkdtempSync(join(tmpdir(), 'statlint-case-')), '公式.xlsx');
  await wb.xlsx.writeFile(path);
  const { code, out } = await runCli('check', path, '--lang', 'en');
  expect(code).toBe(2);
  expect(out).toContain('6 formula cells of the table (D2, D3, D4…) have no saved result');
});
