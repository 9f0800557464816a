import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseFindings, describeCaseBook, writeCaseBook, type CaseSheet } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Issue 9, case 1: units and total labels statlint did not know. Each workbook is written by exceljs in a clean and a
 * planted twin; the CLI checks both for real. Every plant must be found with the planted cell as the suspect, and the
 * clean twin must give no error finding.
 */

type Row = (string | number | null)[];

interface Sheet {
  name: string;
  rows: Row[];
  /** The cell the planted twin changes, and its planted value. */
  plant: { address: string; value: number };
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  sheet: string;
  cells: { address: string; suspect: boolean }[];
}

const dir = mkdtempSync(join(tmpdir(), 'statlint-units-'));

async function writeBook(name: string, sheets: Sheet[], planted: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row) => ws.addRow(row));
    ws.getRow(sheet.rows.findIndex((r) => r.some((v) => typeof v === 'string' && v.includes('\n'))) + 1).alignment = {
      wrapText: true,
    };
    if (planted) ws.getCell(sheet.plant.address).value = sheet.plant.value;
  }
  const path = join(dir, `${name}${planted ? '-planted' : ''}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

async function findings(path: string, ...options: string[]): Promise<JsonFinding[]> {
  const { out } = await runCli('check', path, '--format', 'json', ...options);
  return (JSON.parse(out) as { files: { findings: JsonFinding[] }[] }).files.flatMap((f) => f.findings);
}

const suspectsOf = (list: JsonFinding[], sheet: string) => [
  ...new Set(
    list
      .filter((f) => f.sheet === sheet && f.severity === 'error')
      .flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)),
  ),
];

const REGIONS = ['甲镇', '乙镇', '丙镇', '丁镇'];

/** One sheet per unit: a total over four towns (合计, but `全 国[5]` on the first), in the column's unit, planted off. */
const UNIT_COLUMNS: { unit: string; header: string; parts: number[]; total: number; planted: number }[] = [
  { unit: '所', header: '学校数（所）', parts: [12, 8, 5, 9], total: 34, planted: 43 },
  { unit: '处', header: '医疗机构（处）', parts: [3, 2, 4, 1], total: 10, planted: 12 },
  { unit: '人次', header: '门诊人次（人次）', parts: [1200, 850, 960, 700], total: 3710, planted: 3170 },
  { unit: '万人', header: '常住人口（万人）', parts: [12.35, 8.41, 6.27, 4.98], total: 32.01, planted: 33.01 },
  { unit: '万户', header: '户数（万户）', parts: [4.12, 2.83, 2.11, 1.64], total: 10.7, planted: 11.7 },
  { unit: '万平方米', header: '住房面积（万平方米）', parts: [35.2, 22.8, 18.1, 12.4], total: 88.5, planted: 98.5 },
  { unit: '公顷', header: '绿地面积（公顷）', parts: [120.5, 88, 64.25, 40], total: 312.75, planted: 321.75 },
];

const unitSheets: Sheet[] = UNIT_COLUMNS.map(({ unit, header, parts, total, planted }, i) => ({
  name: unit,
  rows: [
    ['各镇社会事业统计表'],
    ['地区', header, '出生率（‰）'],
    [i === 0 ? '全 国[5]' : '合计', total, 9.5],
    ...REGIONS.map((region, i) => [region, parts[i], [9.8, 10.2, 8.7, 9.1][i]]),
  ],
  plant: { address: 'B3', value: planted },
}));

const unitRowSheet: Sheet = {
  name: '表下单位行',
  rows: [
    ['单位名称', '企业数', '党组织数', '覆盖率'],
    [null, '家', '个', '%'],
    ['合  计', 30, 18, 60],
    ['甲镇', 10, 6, 60],
    ['乙镇', 12, 7, 58.3],
    ['丙镇', 8, 5, 62.5],
  ],
  plant: { address: 'C3', value: 21 },
};

const unitListSheet: Sheet = {
  name: '多个单位',
  rows: [
    ['各乡人口变动情况'],
    ['单位：人、‰'],
    ['乡镇', '年末人口', '出生人数', '出生率'],
    ['总计  Total', 12000, 119, 9.9],
    ['甲乡', 5000, 50, 10],
    ['乙乡', 4000, 38, 9.5],
    ['丙乡', 3000, 31, 10.3],
  ],
  plant: { address: 'C4', value: 129 },
};

const bilingualSheet: Sheet = {
  name: '双语表头',
  rows: [
    ['地区\nRegion', '人数\n(人)\nPopulation\n(person)', '户数\n(户)\nHouseholds\n(household)'],
    ['共计', 2650, 905],
    ['东区', 1200, 410],
    ['西区', 850, 300],
    ['南区', 600, 195],
  ],
  plant: { address: 'B2', value: 2560 },
};

describe('case 1: columns in units and totals under labels statlint did not know', () => {
  const sheets = [...unitSheets, unitRowSheet, unitListSheet, bilingualSheet];
  let clean: JsonFinding[];
  let planted: JsonFinding[];

  beforeAll(async () => {
    clean = await findings(await writeBook('case1', sheets, false));
    planted = await findings(await writeBook('case1', sheets, true));
  }, 60_000);

  test('the clean twin has no error finding', () => {
    expect(clean.filter((f) => f.severity === 'error').map((f) => `${f.sheet}: ${f.ruleId}`)).toEqual([]);
  });

  test.each(sheets.map((s) => [s.name, s.plant.address]))(
    'sheet %s: the planted total %s is found and is the suspect',
    (name, address) => {
      expect(
        planted.some(
          (f) =>
            f.sheet === name && f.ruleId === 'total-row-sum' && f.cells.some((c) => c.address === address && c.suspect),
        ),
      ).toBe(true);
      expect(suspectsOf(planted, name)).toEqual([address]);
    },
  );

  test('a per-mille rate column is a rate: its total row is not the sum of the towns and is not reported', () => {
    expect(
      planted.filter((f) => f.cells.some((c) => c.address.startsWith('C') && f.sheet === '所')).map((f) => f.ruleId),
    ).toEqual([]);
  });

  test('explain reads the unit row under the header, the unit list and the bilingual units', async () => {
    const { out } = await runCli('explain', join(dir, 'case1.xlsx'), '--lang', 'en');
    expect(out).toContain('note: unit row 2 under the header');
    expect(out).toMatch(/C +党组织数 \[个\]/);
    expect(out).toContain('unit row 2 lists several units (人, ‰): ‰ for rate columns, 人 for the others');
    expect(out).toMatch(/D +出生率 \[‰\]/);
    expect(out).toMatch(/B +人数 \[人\]/);
    expect(out).toContain('total row 2 (共计, top) over rows 3–5');
  });
});

describe('a rule file adds a total word and a unit', () => {
  const sheet = (name: string, total: string, header: string): Sheet => ({
    name,
    rows: [
      ['村', header],
      [total, 17],
      ['东村', 6],
      ['西村', 4],
      ['北村', 7],
    ],
    plant: { address: 'B2', value: 71 },
  });
  const known = sheet('镇', '全镇合计', '文化站（处）');
  const added = sheet('村', '全村汇总', '活动室（间）');
  const rules = join(dir, 'words.json');
  writeFileSync(
    rules,
    JSON.stringify({ vocabulary: { totals: { words: ['全镇合计', '全村汇总'] }, units: { count: ['处', '间'] } } }),
  );

  test('through the CLI with --rules: the added total row is read and its planted figure found', async () => {
    const path = await writeBook('words', [known, added], true);
    const withRules = await findings(path, '--rules', rules);
    expect(suspectsOf(withRules, '镇')).toEqual(['B2']);
    expect(suspectsOf(withRules, '村')).toEqual(['B2']);
    // Without the layer, 全村汇总 is a village and 间 an unknown unit: nothing is summed on that sheet.
    const without = await findings(path);
    expect(suspectsOf(without, '镇')).toEqual(['B2']);
    expect(suspectsOf(without, '村')).toEqual([]);
    const { out } = await runCli('explain', path, '--rules', rules, '--lang', 'en');
    expect(out).toContain('total row 2 (全村汇总, top) over rows 3–5');
  });

  test('the clean twin gives no error finding with the rule file', async () => {
    const path = await writeBook('words', [known, added], false);
    expect((await findings(path, '--rules', rules)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

test('explain in Chinese reads in Chinese: layout notes and the report labels have no English words', async () => {
  const path = join(dir, 'case1.xlsx');
  const { out } = await runCli('explain', path);
  expect(out).toContain('说明：表头下的单位行：第 2 行');
  expect(out).toContain('合计行：第 3 行（合计，在上），合计 第 4–7 行');
  const withoutSheetLines = out.split('\n').filter((line) => !/^\s*sheet "/.test(line) && !line.includes('.xlsx'));
  // Rule ids (`total-row-sum`) and measure ids (`(enterprises)`) are names, not words of the report.
  const words = withoutSheetLines.map((line) => line.replace(/^\s*[✓-] [a-z0-9-]+/, '').replace(/\([a-zA-Z]+\)/g, ''));
  expect(words.filter((line) => /\b(rows?|columns?|notes?|total|header|label|rules?|applied|of)\b/.test(line))).toEqual(
    [],
  );
});

describe('sections named on rows of their own between the header and the figures', () => {
  // 一、 over （一）: before, the two one-text rows under the header hid it, and the sheet was not checked at all.
  const sheet: Sheet = {
    name: '分段',
    rows: [
      ['各区非公有制企业党组织情况'],
      ['地区', '企业数（家）', '党组织数（个）'],
      ['一、非公有制企业'],
      ['（一）城区'],
      ['甲区', 120, 40],
      ['乙区', 80, 30],
      ['（二）郊区'],
      ['丙区', 60, 20],
      ['合计', 260, 90],
    ],
    plant: { address: 'B9', value: 270 },
  };

  it('reads the header above them: the clean sheet raises nothing, the planted total is found and blamed', async () => {
    const clean = await findings(await writeBook('sections', [sheet], false));
    expect(clean.filter((f) => f.severity === 'error')).toEqual([]);
    const planted = await findings(await writeBook('sections', [sheet], true));
    expect(suspectsOf(planted, sheet.name)).toEqual(['B9']);
    const { out } = await runCli('explain', join(dir, 'sections.xlsx'), '--lang', 'en');
    expect(out).toContain('header rows: 2');
  });
});

describe('a 单位 column: each indicator states its own unit', () => {
  // A bulletin's indicators in 亿元, 万人, 个 and % beside last year's growth: before, 上年同期增长（%） was bound as the
  // 上年 figure (seven growth errors) and every 亿元 figure was required to be a whole count (seven more). The growth of
  // 增加值 and 地区生产总值 is at comparable prices and not checked; 固定资产投资's is nominal.
  const sheet: Sheet = {
    name: '主要指标',
    rows: [
      ['主要经济指标（2024年）'],
      ['指标', '单位', '本年', '上年', '同比增长（%）', '上年同期增长（%）'],
      ['地区生产总值', '亿元', 13507.7, 12767.2, 5.8, 5.8],
      ['规模以上工业增加值', '亿元', 3465.21, 3190.8, 8.6, 6.3],
      ['固定资产投资', '亿元', 9876.54, 9569.9, 3.2, 5.1],
      ['常住人口', '万人', 1012.3, 1003.5, 0.9, 0.4],
      ['规模以上工业企业', '个', 4210, 4003, 5.2, 3.1],
      // A rate row: its change is in points (65.2 − 64.1), as bulletins give it, not a growth rate.
      ['常住人口城镇化率', '%', 65.2, 64.1, 1.1, 0.9],
    ],
    plant: { address: 'E5', value: 6.2 },
  };

  it('binds 本年 and 上年 only, requires no whole count of 亿元, and finds a wrong growth rate', async () => {
    const clean = await findings(await writeBook('unit-column', [sheet], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await findings(await writeBook('unit-column', [sheet], true));
    expect(suspectsOf(planted, sheet.name)).toEqual(['E5']);
    const { out } = await runCli('explain', join(dir, 'unit-column.xlsx'), '--lang', 'en');
    expect(out).toContain('unit column B: each row states its unit (亿元、万人、个、%)');
    expect(out).toMatch(/F\s+上年同期增长 \[%\] → \(no measure\)/);
  });

  it('a rate row under year columns may give its growth in points too', async () => {
    // Round 8: 指标 | 单位 | 2024年 | 2023年 | 2024年比2023年增长（%）, 城镇化率 | % | 74.61 | 73.34 | 1.27 (points, as
    // the note says). Before, the change between the two year columns took it for a growth of 1.73 %.
    const years: Sheet = {
      name: '主要指标',
      rows: [
        ['指标', '单位', '2024年', '2023年', '2024年比2023年增长（%）'],
        ['一般公共预算收入', '亿元', 447.3, 433.88, 3.1],
        ['常住人口', '万人', 542.08, 539.94, 0.4],
        ['城镇化率', '%', 74.61, 73.34, 1.27],
      ],
      plant: { address: 'E2', value: 4.1 },
    };
    const clean = await findings(await writeBook('rate-row-years', [years], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await findings(await writeBook('rate-row-years', [years], true));
    expect(suspectsOf(planted, years.name)).toEqual(['E2']);
  });

  it('reads a unit in the label of the indicator the same way: a rate row is no count, its change in points', async () => {
    // 病床使用率（%） 78.6 → 80.2 with 1.6 points in the growth column, as the table's note says: before, one growth
    // error and two whole-count errors on a clean sheet.
    const health: Sheet = {
      name: '卫生资源',
      rows: [
        ['全市卫生资源'],
        ['指标', '上年', '本年', '增长（%）'],
        ['医疗卫生机构（个）', 4512, 4633, 2.7],
        ['床位（张）', 61234, 63012, 2.9],
        ['卫生技术人员（人）', 98765, 102345, 3.6],
        ['#执业（助理）医师（人）', 36012, 37544, 4.3],
        ['病床使用率（%）', 78.6, 80.2, 1.6],
        ['注：病床使用率的增长栏为增减百分点。'],
      ],
      plant: { address: 'D4', value: 3.9 },
    };
    const clean = await findings(await writeBook('label-units', [health], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await findings(await writeBook('label-units', [health], true));
    expect(suspectsOf(planted, health.name)).toEqual(['D4']);
  });
});

describe('a unit row naming several count units, and a unit of pairs', () => {
  // `单位：户、人` over columns without units of their own: each is in 户 or 人, a count either way, so 合计 sums them;
  // 性别比（女=100） is an index, never summed. `单位：对` counts marriages. Before, neither total was checked.
  const households: Sheet = {
    name: '户与人',
    rows: [
      ['表3  2024年末分区县户籍人口'],
      [null, null, null, null, null, '单位：户、人'],
      ['区县', '户数', '户籍人口', '男', '女', '性别比（女=100）'],
      ['甲区', 1200, 3400, 1720, 1680, 102.38],
      ['乙区', 900, 2500, 1240, 1260, 98.41],
      ['丙区', 700, 2100, 1080, 1020, 105.88],
      ['合计', 2800, 8000, 4040, 3960, 102.02],
    ],
    plant: { address: 'B7', value: 2810 },
  };
  const marriages: Sheet = {
    name: '对',
    rows: [
      ['婚姻登记情况（2024年）'],
      ['单位：对'],
      ['地区', '结婚登记', '离婚登记'],
      ['甲区', 1520, 610],
      ['乙区', 1310, 540],
      ['合计', 2830, 1150],
    ],
    plant: { address: 'C6', value: 1160 },
  };

  it('checks 合计 in each: nothing on the clean sheets, the planted totals found and blamed', async () => {
    const clean = await findings(await writeBook('count-units', [households, marriages], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await findings(await writeBook('count-units', [households, marriages], true));
    expect(suspectsOf(planted, households.name)).toEqual(['B7']);
    expect(suspectsOf(planted, marriages.name)).toEqual(['C6']);
  });
});

describe('columns without a unit, headed as counts and holding whole figures', () => {
  // A month's progress table (from a helper's party-organisation workbook): 新建党组织数 | 新增覆盖企业数 | 新发展党员数,
  // no unit anywhere. Before, no column had a kind and the sheet's 合计 went unchecked; a header ending in 数 over
  // whole figures, none negative, is a count now. A column of indices or with a decimal stays unknown.
  const progress: Sheet = {
    name: '1月',
    rows: [
      ['2025年1月非公企业党建工作进度表'],
      ['街道（乡镇）', '新建党组织数', '新增覆盖企业数', '新发展党员数', '完成指数'],
      ['龙山街道', 3, 3, 0, 1.5],
      ['虹桥街道', 3, 8, 1, 0.5],
      ['太平街道', 3, 4, 6, 2],
      ['南坂镇', 0, 0, 1, 1],
      ['合计', 9, 15, 8, 1.2],
    ],
    plant: { address: 'C7', value: 17 },
  };

  it('checks 合计 in the count columns: nothing on the clean sheet, the planted total found and blamed', async () => {
    const clean = await findings(await writeBook('count-endings', [progress], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await findings(await writeBook('count-endings', [progress], true));
    expect(suspectsOf(planted, progress.name)).toEqual(['C7']);
  });
});

describe('a total named after the place itself, told by its figures', () => {
  // 青川县 below its towns and 江澜省 above its cities, with no total word: before, neither was a total row, and a
  // county figure raised by 20 had its coverage rate blamed (D9) instead of itself.
  const countyBelow: CaseSheet = {
    name: '县在底',
    rows: [
      ['青川县非公有制企业党组织覆盖情况'],
      ['乡镇', '企业数（家）', '建立党组织企业数（家）', '覆盖率（%）'],
      ['乔庄镇', 120, 30, 25.0],
      ['青溪镇', 88, 21, 23.9],
      ['木鱼镇', 64, 12, 18.8],
      ['沙州镇', 51, 9, 17.6],
      ['姚渡镇', 47, 10, 21.3],
      ['竹园镇', 95, 25, 26.3],
      ['青川县', 465, 107, 23.0],
    ],
    plant: { address: 'B9', value: 485 },
  };
  const provinceAbove: CaseSheet = {
    name: '省在上',
    rows: [
      ['地区', '企业数（家）', '建立党组织企业数（家）', '覆盖率（%）'],
      ['江澜省', 1240, 410, 33.1],
      ['临江市', 402, 131, 32.6],
      ['白沙市', 318, 97, 30.5],
      ['云溪市', 276, 102, 37.0],
      ['石门市', 244, 80, 32.8],
    ],
    plant: { address: 'C4', value: 104 },
  };
  // No end row holds the sum of the others: no total, and nothing said about totals.
  const noTotal: CaseSheet = {
    name: '无合计',
    rows: [
      ['地区', '企业数（家）', '建立党组织企业数（家）', '覆盖率（%）'],
      ['临江市', 402, 131, 32.6],
      ['白沙市', 318, 97, 30.5],
      ['云溪市', 276, 102, 37.0],
      ['石门市', 244, 80, 32.8],
      ['北岭市', 996, 308, 30.9],
    ],
    plant: { address: 'D6', value: 33.1 },
  };
  describeCaseBook('place-named-total', [countyBelow, provinceAbove, noTotal]);
});

test('a 计量单位 column of 千元, tonnes or kilowatt-hours states no counts', async () => {
  // Round 8's report forms (基层表式): 指标名称 | 计量单位 | 代码 | 本期 | 上年同期. Before, neither 千元 nor 吨, 万立方米
  // or 万千瓦时 was a unit, the column was text, and 本期/上年同期 were counts: 投资收益 -260, 天然气 369.2 reported.
  const book = await writeCaseBook(
    'unit-column-forms',
    [
      {
        name: '财务',
        rows: [
          ['指标名称', '计量单位', '代码', '本期', '上年同期'],
          ['营业收入', '千元', '01', 385426, 375361],
          ['投资收益', '千元', '02', 217, -260],
          ['利润总额', '千元', '03', 36218, 35638],
        ],
        plant: { address: 'D2', value: 385426 },
      },
      {
        name: '能源',
        rows: [
          ['能源名称', '计量单位', '代码', '年初库存量', '购进量', '消费量', '年末库存量'],
          ['原煤', '吨', '01', 1951, 23540, 20913, 4578],
          ['天然气', '万立方米', '04', 39.0, 3915.2, 3585.0, 369.2],
          ['电力', '万千瓦时', '06', 38.0, 4844.8, 4177.9, 704.9],
          ['汽油', '吨', '07', 18.0, 23413.1, 21850.0, 1581.1],
        ],
        plant: { address: 'D2', value: 1951 },
      },
    ],
    false,
  );
  expect((await caseFindings(book)).filter((f) => f.severity !== 'info')).toEqual([]);
});
