/** The same measure stated in two sheets, or in two workbooks, agrees (表间审核), through the CLI; party members too. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './helpers/run-cli';
import { writeFewerRegions, writeOtherPopulation, writeSameMeasureFolder } from './fixtures/same-measure';

interface Cross {
  ruleId: string;
  region: string;
  measure: string;
  cells: { file: string; sheet: string; address: string; suspect: boolean }[];
  message: string;
}

const name = (file: string) => file.replace(/^.*[\\/]/, '');
const where = (f: Cross) =>
  `${f.region}:${f.cells
    .map((c) => `${name(c.file)}[${c.sheet}]${c.address}`)
    .sort()
    .join(' ')}`;

type Towns = Record<string, [string, number, number][]>;
type Totals = [string, number, number][];

const HEADER = ['地区', '企业数（家）', '覆盖企业数（家）'];

/** Writes a one-sheet workbook of these rows. */
async function writeBook(path: string, sheet: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheet).addRows(rows);
  await wb.xlsx.writeFile(path);
}

/**
 * Each county's own workbook in `dir`: its title, the header, its total (labelled 合计, or as `totalLabel` names it)
 * and its towns. Returns each county's total as the city's table lists it.
 */
async function writeCountyBooks(
  dir: string,
  counties: Towns,
  options: {
    header?: string[];
    sheet?: string;
    file?: (county: string) => string;
    totalLabel?: (county: string) => string;
  } = {},
): Promise<Totals> {
  const { header = HEADER, sheet = '覆盖情况', file = (c) => `${c}.xlsx`, totalLabel = () => '合计' } = options;
  const totals: Totals = [];
  for (const [county, rows] of Object.entries(counties)) {
    const total: [string, number, number] = [
      county,
      rows.reduce((n, r) => n + r[1], 0),
      rows.reduce((n, r) => n + r[2], 0),
    ];
    totals.push(total);
    await writeBook(join(dir, file(county)), sheet, [
      [`${county}非公有制企业党组织覆盖情况统计表`],
      header,
      [totalLabel(county), total[1], total[2]],
      ...rows,
    ]);
  }
  return totals;
}

describe('one measure stated in two sheets or two workbooks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statlint-same-measure-'));
    await writeSameMeasureFolder(dir);
  });

  test('each planted difference is found, naming both cells; versions of one table are not compared', async () => {
    const { code, out } = await run('check', dir, '--format', 'json');
    const cross = (JSON.parse(out) as { crossTable: Cross[] }).crossTable;
    expect(code).toBe(1);
    expect(cross.every((f) => f.ruleId === 'same-measure-agrees' && f.measure === '企业数')).toBe(true);
    // 沈河区 is row 5 in both sheets, the total row 7; 皇姑区 row 4. The two 组织设置 sheets are versions of one table.
    expect(cross.map(where).sort()).toEqual(
      [
        '沈河区:沈阳市覆盖情况.xlsx[组织设置]B5 沈阳市覆盖情况.xlsx[覆盖情况]B5',
        '合计:沈阳市覆盖情况.xlsx[组织设置]B7 沈阳市覆盖情况.xlsx[覆盖情况]B7',
        '皇姑区:沈阳市组织设置.xlsx[组织设置]B4 沈阳市覆盖情况.xlsx[覆盖情况]B4',
      ].sort(),
    );
    const huanggu = cross.find((f) => f.region === '皇姑区') as Cross;
    expect(huanggu.message).toBe(
      '皇姑区企业数：沈阳市组织设置.xlsx [组织设置] B4 为 580，沈阳市覆盖情况.xlsx [覆盖情况] B4 为 630，同一数字两处不一致，相差 50；两处数字在各自表内都未被指为疑点，请核实哪一方有误',
    );
  });

  test('explain names the sheets compared and the versions left alone', async () => {
    const { out } = await run('explain', dir);
    expect(out).toContain(
      '沈阳市覆盖情况.xlsx [覆盖情况] 与 沈阳市覆盖情况.xlsx [组织设置]：5 行对应（同名地区或合计）；比较同一指标：企业数',
    );
    expect(out).toContain(
      '沈阳市组织设置.xlsx [组织设置] 与 沈阳市覆盖情况.xlsx [组织设置] 行列相同，似为同一张表的两个版本，未比较',
    );
    const en = await run('explain', dir, '--lang', 'en');
    expect(en.out).toContain('two versions of one table; not compared');
  });

  test("the totals of a table of fewer regions are not compared with the full table's", async () => {
    const fewer = mkdtempSync(join(tmpdir(), 'statlint-same-measure-fewer-'));
    await writeFewerRegions(fewer);
    const { code, out } = await run('check', fewer, '--format', 'json');
    expect((JSON.parse(out) as { crossTable: Cross[] }).crossTable).toEqual([]);
    expect(code).toBe(0);
    const explained = await run('explain', fewer);
    expect(explained.out).toContain('[覆盖情况] 与 沈阳市覆盖情况.xlsx [组织设置]：3 行对应');
  });

  test('a table of another population (every county differs) gives a note, not a finding per county', async () => {
    const other = mkdtempSync(join(tmpdir(), 'statlint-same-measure-other-'));
    await writeOtherPopulation(other);
    const { code, out } = await run('check', other, '--format', 'json');
    expect((JSON.parse(out) as { crossTable: Cross[] }).crossTable).toEqual([]);
    expect(code).toBe(0);
    const explained = await run('explain', other);
    expect(explained.out).toContain(
      '沈阳市组织设置.xlsx [组织设置] 的“企业数”与对应表 4 处比较中 4 处不一致，似为统计口径不同而非个别错误，未列为发现',
    );
  });
});

describe('party members (党员数) between an upper table and its regions', () => {
  test('spelt 党员数 in the city table and 党员人数 in a county workbook, the two are compared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-party-members-'));
    const streets: Record<string, [string, number, number][]> = {
      和平区: [
        ['南市街道', 120, 310],
        ['太原街街道', 210, 452],
      ],
      皇姑区: [
        ['华山街道', 300, 615],
        ['塔湾街道', 150, 288],
      ],
    };
    const city = new ExcelJS.Workbook();
    const sheet = city.addWorksheet('党员情况');
    sheet.addRow(['沈阳市非公企业党员情况统计表']);
    sheet.addRow(['地区', '企业数（家）', '党员数（名）']);
    const rows = Object.entries(streets).map(([county, s]) => [
      county,
      s.reduce((n, r) => n + r[1], 0),
      // 皇姑区's members typed 30 short in the city table; the city's total follows, so the sheet agrees with itself.
      s.reduce((n, r) => n + r[2], 0) - (county === '皇姑区' ? 30 : 0),
    ]);
    for (const r of rows) sheet.addRow(r);
    sheet.addRow(['合计', ...[1, 2].map((i) => rows.reduce((n, r) => n + (r[i] as number), 0))]);
    await city.xlsx.writeFile(join(dir, '沈阳市.xlsx'));
    for (const [county, s] of Object.entries(streets)) {
      const wb = new ExcelJS.Workbook();
      const own = wb.addWorksheet('党员情况');
      own.addRow([`${county}非公企业党员情况统计表`]);
      own.addRow(['地区', '企业数（家）', '党员人数（名）']);
      for (const r of s) own.addRow(r);
      own.addRow(['合计', s.reduce((n, r) => n + r[1], 0), s.reduce((n, r) => n + r[2], 0)]);
      await wb.xlsx.writeFile(join(dir, `${county}.xlsx`));
    }
    const { code, out } = await run('check', dir, '--format', 'json');
    const cross = (JSON.parse(out) as { crossTable: Cross[] }).crossTable;
    expect(code).toBe(1);
    expect(cross.map((f) => `${f.ruleId} ${f.measure} ${where(f)}`)).toEqual([
      'region-row-equals-region-total 党员数 皇姑区:沈阳市.xlsx[党员情况]C4 皇姑区.xlsx[党员情况]C5',
    ]);
  });
});

describe('a county workbook that heads its streets with its own name instead of 合计', () => {
  test('the row named after the county is its total, and is compared with the city’s row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-own-name-total-'));
    const counties: Towns = {
      和平区: [
        ['南市街道', 200, 160],
        ['太原街街道', 225, 177],
      ],
      皇姑区: [
        ['华山街道', 330, 250],
        ['塔湾街道', 300, 239],
      ],
      沈河区: [
        ['大南街道', 140, 112],
        ['五里河街道', 160, 126],
      ],
    };
    const totals = await writeCountyBooks(dir, counties, { totalLabel: (county) => county });
    // The city types 皇姑区's 企业数 as 600 (its own workbook: 630) and keeps its total consistent.
    const cityRows: Totals = totals.map((t) => (t[0] === '皇姑区' ? [t[0], 600, t[2]] : t));
    await writeBook(join(dir, '沈阳市汇总.xlsx'), '覆盖情况', [
      ['沈阳市非公有制企业党组织覆盖情况汇总表'],
      HEADER,
      ...cityRows,
      ['合计', cityRows.reduce((n, r) => n + r[1], 0), cityRows.reduce((n, r) => n + r[2], 0)],
    ]);
    const { code, out } = await run('check', dir, '--format', 'json');
    const cross = (JSON.parse(out) as { crossTable: Cross[] }).crossTable;
    expect(cross.map(where)).toEqual(['皇姑区:沈阳市汇总.xlsx[覆盖情况]B4 皇姑区.xlsx[覆盖情况]B3']);
    expect(code).toBe(1);
  });
});

test('two counties’ workbooks sharing a few town names are not compared town by town', async () => {
  // Round 8's reviewer folders: 青山县 and 河东区 each have a 东城街道 and a 凤凰镇, and no town in common.
  // Before, every measure of those towns was reported as one figure stated twice: 423 findings in 12 clean folders.
  const dir = mkdtempSync(join(tmpdir(), 'statlint-sibling-towns-'));
  const counties: Towns = {
    青山县: [
      ['城关镇', 208, 120],
      ['东城街道', 139, 80],
      ['凤凰镇', 96, 51],
      ['马坊镇', 74, 33],
      ['石桥镇', 65, 30],
      ['杨柳乡', 41, 17],
      ['黄坪镇', 58, 25],
    ],
    河东区: [
      ['城南街道', 176, 98],
      ['东城街道', 211, 130],
      ['凤凰镇', 88, 40],
      ['花园街道', 150, 90],
      ['河滨街道', 122, 70],
      ['沙洲街道', 97, 52],
      ['新村街道', 83, 44],
    ],
  };
  await writeCountyBooks(dir, counties, { header: ['乡镇（街道）', '企业数（家）', '覆盖企业数（家）'] });
  const { code, out } = await run('check', dir, '--format', 'json');
  expect((JSON.parse(out) as { crossTable: Cross[] }).crossTable).toEqual([]);
  expect(code).toBe(0);
});

test('a town named like another county is not that county', async () => {
  // Round 8: 青山县 has towns 白沙镇 and 河东街道, and 白沙县 and 河东区 are counties of the same city. Before, their
  // workbooks were paired with 青山县.xlsx's town rows, and the city's rows with those towns: 54 false findings.
  const dir = mkdtempSync(join(tmpdir(), 'statlint-town-like-county-'));
  const counties: Towns = {
    青山县: [
      ['城关镇', 208, 120],
      ['白沙镇', 112, 51],
      ['河东街道', 96, 40],
      ['马坊镇', 74, 33],
    ],
    白沙县: [
      ['沙洲镇', 300, 140],
      ['河口镇', 221, 101],
      ['新村乡', 160, 70],
    ],
    河东区: [
      ['花园街道', 150, 90],
      ['河滨街道', 122, 70],
      ['新村街道', 83, 44],
    ],
  };
  const totals = await writeCountyBooks(dir, counties);
  await writeBook(join(dir, '江州市汇总.xlsx'), '覆盖情况', [
    ['江州市非公有制企业党组织覆盖情况汇总表'],
    HEADER,
    ['合计', totals.reduce((n, t) => n + t[1], 0), totals.reduce((n, t) => n + t[2], 0)],
    ...totals,
  ]);
  const { code, out } = await run('check', dir, '--format', 'json');
  expect((JSON.parse(out) as { crossTable: Cross[] }).crossTable).toEqual([]);
  expect(code).toBe(0);
  const explained = await run('explain', dir);
  expect(explained.out).toContain('白沙县.xlsx [覆盖情况] 合计行 3 → 江州市汇总.xlsx [覆盖情况] 第 5 行“白沙县”');
});

test('a city figure its own 全市 sum puts in doubt, against a county total its towns confirm, is the suspect', async () => {
  // Round 8's reviewer folders: the city types 皇姑区's 企业数 as 650 (its workbook: 630, its streets' sum) and leaves
  // 合计 as it was. Within the city table the sum's tie blames 合计; between the tables, before, neither cell was marked.
  const dir = mkdtempSync(join(tmpdir(), 'statlint-blame-between-'));
  const counties: Towns = {
    和平区: [
      ['南市街道', 200, 160],
      ['太原街街道', 225, 177],
    ],
    皇姑区: [
      ['华山街道', 330, 250],
      ['塔湾街道', 300, 239],
    ],
    沈河区: [
      ['大南街道', 140, 112],
      ['五里河街道', 160, 126],
    ],
  };
  const totals = await writeCountyBooks(dir, counties);
  await writeBook(join(dir, '沈阳市汇总.xlsx'), '覆盖情况', [
    ['沈阳市非公有制企业党组织覆盖情况汇总表'],
    HEADER,
    ['合计', totals.reduce((n, t) => n + t[1], 0), totals.reduce((n, t) => n + t[2], 0)],
    ...totals.map((t) => (t[0] === '皇姑区' ? [t[0], 650, t[2]] : t)),
  ]);
  const { out } = await run('check', dir, '--format', 'json');
  const cross = (JSON.parse(out) as { crossTable: Cross[] }).crossTable;
  expect(cross.map((f) => f.cells.filter((c) => c.suspect).map((c) => `${name(c.file)}!${c.address}`))).toEqual([
    ['沈阳市汇总.xlsx!B5'],
  ]);
  expect(cross[0].message).toContain('沈阳市汇总.xlsx [覆盖情况] B5 与其所在表的其他数据也不一致，疑为此处有误');
});

test('a city label with a footnote mark (云龙县*, 石门县[注1]) is paired with its county’s workbook', async () => {
  // Round 8's reviewer folder 14: before, both workbooks were 未对应, and their figures compared with nothing.
  const dir = mkdtempSync(join(tmpdir(), 'statlint-marked-labels-'));
  const counties: Towns = {
    云龙县: [
      ['城关镇', 208, 120],
      ['马坊镇', 74, 33],
    ],
    石门县: [
      ['沙洲镇', 300, 140],
      ['河口镇', 221, 101],
    ],
  };
  await writeCountyBooks(dir, counties, { sheet: '统计表', file: (county) => `${county}非公企业党建统计表.xlsx` });
  // 云龙县's 企业数 typed 292 (its workbook: 282).
  await writeBook(join(dir, '江州市汇总表.xlsx'), '汇总', [
    ['江州市非公有制企业党组织覆盖情况汇总表'],
    HEADER,
    ['合计', 813, 394],
    ['云龙县*', 292, 153],
    ['石门县[注1]', 521, 241],
    ['注：*含开发区；[注1]含新划入乡镇。'],
  ]);
  const { out } = await run('explain', dir);
  expect(out).toContain('→ 江州市汇总表.xlsx [汇总] 第 4 行“云龙县*”');
  expect(out).toContain('→ 江州市汇总表.xlsx [汇总] 第 5 行“石门县[注1]”');
  const checked = await run('check', dir, '--format', 'json');
  const cross = (JSON.parse(checked.out) as { crossTable: Cross[] }).crossTable;
  expect(cross.map((f) => `${f.region} ${f.measure}`)).toEqual(['云龙县* 企业数']);
});

describe('sheets named after two towns, each listing its villages', () => {
  test.each(['08_村党组织基本情况_分镇加汇总.xlsx', '09_户籍人口变动_分镇加汇总.xlsx'])(
    '%s: villages of one name in two towns (兴隆村) are not compared',
    async (file) => {
      // Round 11 (tests/corpora/layouts/mixed-11): one sheet per town and a 汇总 sheet; 17 false findings before.
      const { out } = await run('check', join(__dirname, 'corpora', 'layouts', 'mixed-11', file), '--format', 'json');
      expect((JSON.parse(out) as { crossTable: unknown[] }).crossTable).toEqual([]);
    },
  );
});

describe('sheets named after two towns by a short name or their titles only', () => {
  // Round 19's reviewer folder 06 and its probe: sheets 城关 and 桃源, titled 城关镇… and 桃源镇…, with or without a 汇总
  // of the towns; two villages of each share a name (红星村, 幸福社区). Before, 60 findings: 幸福社区党员数：红河县.xlsx
  // [城关] G5 为 73，红河县.xlsx [桃源] G5 为 152，同一数字两处不一致.
  const towns: Record<string, (string | number)[][]> = {
    城关: [
      ['红星村', 32, 10],
      ['幸福社区', 79, 18],
      ['东风村', 77, 22],
    ],
    桃源: [
      ['红星村', 135, 41],
      ['幸福社区', 111, 7],
      ['长青村', 93, 15],
    ],
  };
  async function book(withSummary: boolean): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const totals = Object.entries(towns).map(([town, rows]) => [
      `${town}镇`,
      ...[1, 2].map((i) => rows.reduce((n, r) => n + (r[i] as number), 0)),
    ]);
    if (withSummary) wb.addWorksheet('汇总').addRows([['红河县汇总表'], HEADER, ...totals]);
    for (const [town, rows] of Object.entries(towns))
      wb.addWorksheet(town).addRows([
        [`${town}镇非公有制企业党组织覆盖情况统计表`],
        ['村（社区）', ...HEADER.slice(1)],
        ...rows,
        ['合计', ...[1, 2].map((i) => rows.reduce((n, r) => n + (r[i] as number), 0))],
      ]);
    const path = join(mkdtempSync(join(tmpdir(), 'statlint-town-sheets-')), '红河县.xlsx');
    await wb.xlsx.writeFile(path);
    return path;
  }

  test.each([true, false])(
    'with a 汇总 sheet %s: villages of one name in two towns are not compared',
    async (summary) => {
      const { out } = await run('check', await book(summary), '--format', 'json');
      expect((JSON.parse(out) as { crossTable: unknown[] }).crossTable).toEqual([]);
    },
  );
});
