import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inferSheet } from '../src/core/inference/infer';
import { ruleFileSchema } from '../src/core/rule-schema';
import type { SheetSnapshot } from '../src/core/snapshot';
import { a1 } from '../src/core/snapshot';
import { lexicon } from './helpers/lexicon';
import { runCli } from './helpers/run-cli';

/**
 * Relations confirmed by the sheet's own figures (src/core/inference): real workbooks written by exceljs, checked by
 * the statlint command. No rule file names these columns; the findings come from the figures alone.
 */

const dir = mkdtempSync(join(tmpdir(), 'statlint-inference-'));

const REGIONS = [
  '东城',
  '西城',
  '南湖',
  '北岗',
  '江口',
  '河西',
  '山前',
  '新桥',
  '白沙',
  '青石',
  '云溪',
  '长岭',
  '柳林',
  '石门',
];
const HOUSEHOLDS = [1250, 980, 1432, 760, 2210, 1875, 640, 1190, 1533, 870, 1020, 1660, 905, 1348];
const WITH_CAR = [612, 431, 702, 298, 1150, 919, 211, 560, 782, 377, 488, 845, 402, 633];

/** 调查户数, 有车户数 and 有车户比例 for 14 districts and their 合计; `wrongShare` types one district's share wrong. */
async function carSurvey(name: string, wrongShare?: { region: number; value: number }): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('有车户');
  sheet.addRow(['各区有车户情况']);
  sheet.addRow(['地区', '调查户数', '有车户数', '有车户比例（%）']);
  const share = (cars: number, households: number) => Math.round((cars / households) * 1000) / 10;
  REGIONS.forEach((region, i) => {
    const value = wrongShare?.region === i ? wrongShare.value : share(WITH_CAR[i], HOUSEHOLDS[i]);
    sheet.addRow([region, HOUSEHOLDS[i], WITH_CAR[i], value]).getCell(4).numFmt = '0.0';
  });
  const households = HOUSEHOLDS.reduce((s, v) => s + v, 0);
  const cars = WITH_CAR.reduce((s, v) => s + v, 0);
  sheet.addRow(['合计', households, cars, share(cars, households)]).getCell(4).numFmt = '0.0';
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const MEN = [5120, 4310, 6022, 3875, 4410, 5230, 3990, 4705];
const WOMEN = [5006, 4475, 5860, 3902, 4388, 5341, 4102, 4650];

/** An English population table: Men, Women, Total per region and an `All regions` row; `plant` overwrites one cell. */
async function population(name: string, plant?: { row: number; col: number; value: number }): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Population');
  sheet.addRow(['Region', 'Men', 'Women', 'Total']);
  MEN.forEach((men, i) => sheet.addRow([`Region ${i + 1}`, men, WOMEN[i], men + WOMEN[i]]));
  const men = MEN.reduce((s, v) => s + v, 0);
  const women = WOMEN.reduce((s, v) => s + v, 0);
  sheet.addRow(['All regions', men, women, men + women]);
  if (plant) sheet.getCell(a1(plant.row, plant.col)).value = plant.value;
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  cells: { address: string; suspect: boolean }[];
}

async function findings(file: string, lang = 'zh-CN'): Promise<JsonFinding[]> {
  const { out } = await runCli('check', file, '--format', 'json', '--lang', lang);
  const report = JSON.parse(out) as { files: { findings: JsonFinding[] }[] };
  return report.files.flatMap((f) => f.findings);
}

const errors = (list: JsonFinding[]) => list.filter((f) => f.severity === 'error');
const suspects = (f: JsonFinding) => f.cells.filter((c) => c.suspect).map((c) => c.address);

describe('relations inferred from the sheet’s figures', () => {
  it('raises nothing on a clean survey sheet, and explain lists the ratio with its support', async () => {
    const file = await carSurvey('survey.xlsx');
    expect(errors(await findings(file))).toEqual([]);
    const { out } = await runCli('explain', file, '--lang', 'zh-CN');
    expect(out).toContain('由数字推断的关系：');
    expect(out).toContain('✓ inferred/ratio  有车户比例 = 有车户数 ÷ 调查户数 × 100  （行：15 个成立，0 个不成立）');
    const en = await runCli('explain', file, '--lang', 'en');
    expect(en.out).toContain('inferred from the figures:');
    expect(en.out).toContain('✓ inferred/ratio  有车户比例 = 有车户数 ÷ 调查户数 × 100  (rows: 15 hold, 0 fail)');
  });

  it('reports a share that breaks the ratio the other rows hold, blaming the share, in Chinese and English', async () => {
    // 南湖: 702 of 1432 households is 49.0 %; typed 40.9.
    const file = await carSurvey('survey-planted.xlsx', { region: 2, value: 40.9 });
    const [finding, ...others] = errors(await findings(file));
    expect(others).toEqual([]);
    expect(finding.ruleId).toBe('inferred/ratio');
    expect(suspects(finding)).toEqual(['D5']);
    expect(finding.message).toBe(
      '其余 14 行均满足 有车户比例 = 有车户数 ÷ 调查户数 × 100，本行不满足（按此应为 49.02，表中为 40.9）',
    );
    const [english] = errors(await findings(file, 'en'));
    expect(english.message).toBe(
      'the other 14 rows satisfy 有车户比例 = 有车户数 ÷ 调查户数 × 100; this row does not (49.02 by it, 40.9 shown)',
    );
  });

  it('finds a wrong total-row figure of an English table through both the total row and the Total column', async () => {
    expect(errors(await findings(await population('population.xlsx')))).toEqual([]);
    const men = MEN.reduce((s, v) => s + v, 0);
    // B10 (All regions, Men) raised by 10 %.
    const list = errors(
      await findings(await population('population-planted.xlsx', { row: 9, col: 1, value: Math.round(men * 1.1) })),
    );
    expect(list.map((f) => f.ruleId).sort()).toEqual(['inferred/sum', 'inferred/sum']);
    for (const f of list) expect(suspects(f)).toEqual(['B10']);
  });

  it('blames a region’s figure that breaks its row sum and its column total alike', async () => {
    // C4 (Region 3, Women) typed 5680 instead of 5860: Total = Men + Women fails on row 4, All regions in column C.
    const list = errors(await findings(await population('population-region.xlsx', { row: 3, col: 2, value: 5680 })));
    expect(list.map((f) => f.message).sort()).toEqual([
      '其余 2 列均满足 All regions = Region 1 至 Region 8 共 8 项之和，本列不满足（按此应为 37544，表中为 37724）',
      '其余 8 行均满足 Total = Men + Women，本行不满足（按此应为 11702，表中为 11882）',
    ]);
    for (const f of list) expect(suspects(f)).toEqual(['C4']);
  });
});

describe('statlint rules suggest', () => {
  it('prints the survey sheet’s ratio as a rule file valid against the rule-file schema', async () => {
    const { code, out } = await runCli('rules', 'suggest', await carSurvey('survey-suggest.xlsx'));
    expect(code).toBe(0);
    const file = JSON.parse(out) as unknown;
    expect(ruleFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({
      measures: [
        { id: 'columnD', kind: 'rate', aliases: ['有车户比例'] },
        { id: 'columnC', kind: 'count', aliases: ['有车户数'] },
        { id: 'columnB', kind: 'count', aliases: ['调查户数'] },
      ],
      rules: [
        {
          id: 'ratio-of-column-d',
          relation: { kind: 'ratio', result: 'columnD', numerator: 'columnC', denominator: 'columnB', scale: 100 },
        },
      ],
    });
  });

  it('says so, with exit status 1, when no relation holds', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('名单').addRows([
      ['姓名', '年龄'],
      ['张三', 34],
      ['李四', 41],
      ['王五', 29],
      ['赵六', 52],
    ]);
    const file = join(dir, 'names.xlsx');
    await workbook.xlsx.writeFile(file);
    const { code, err } = await runCli('rules', 'suggest', file, '--lang', 'en');
    expect(code).toBe(1);
    expect(err).toContain('no relation between columns holds on the rows of any sheet');
  });
});

describe('inference does not see relations that hold by chance', () => {
  /** A seeded table of unrelated whole numbers. */
  function noise(seed: number, rows: number, cols: number): SheetSnapshot {
    let a = seed;
    const next = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    return {
      name: 'noise',
      merges: [],
      rows: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const value = Math.floor(next() * (c === 0 ? 20 : 5000));
          return { address: a1(r, c), value, text: String(value), numFmt: 'General' };
        }),
      ),
    };
  }

  it('infers no relation in unrelated figures, small or large', () => {
    for (let seed = 1; seed <= 20; seed++) expect(inferSheet(noise(seed, 12, 8), lexicon).relations).toEqual([]);
  });
});

describe('how inferred relations name their lines', () => {
  it('reads a header part that ends with a slash on into the part below it (Cost/ over cites)', () => {
    const cell = (r: number, c: number, value: string | number) => ({
      address: a1(r, c),
      value,
      text: String(value),
      numFmt: 'General',
    });
    const sheet: SheetSnapshot = {
      name: 'journals',
      merges: [],
      rows: [
        [cell(0, 0, 'Journal'), cell(0, 1, 'Total'), cell(0, 2, 'Cost/'), cell(0, 3, 'Library')],
        [null, cell(1, 1, 'cites'), cell(1, 2, 'cites'), cell(1, 3, 'price')],
        ...[1, 2, 3].map((i) => [
          cell(1 + i, 0, `J${i}`),
          cell(1 + i, 1, 10 * i),
          cell(1 + i, 2, i),
          cell(1 + i, 3, 7),
        ]),
      ],
    };
    expect(inferSheet(sheet, lexicon).columnLabels.slice(1)).toEqual(['Total/cites', 'Cost/cites', 'Library/price']);
  });
});
