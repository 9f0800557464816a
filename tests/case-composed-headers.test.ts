import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli';
import { checkTwins, errorSuspects, errorsOf, type JsonFinding, type TwinSheet } from './helpers/planted-twins';

/**
 * Issue 9, case 8: header words composed, not listed. `2020年初无党员企业数` is a period, a subject and a count, so
 * it binds as the baseline of a decline next year too (`2026年初…`); `无党员企业占比（%）` is the share of
 * 无党员企业数 in the sheet's base; `建立党组织企业数` is the covered count.
 */

const declineRows = (name: string, start: string, end: string, change: string, plant: TwinSheet['plant']) => ({
  name,
  rows: [
    ['地区', start, end, change],
    ['甲县', 40, 30, 25.0],
    ['乙县', 25, 20, 20.0],
    ['丙县', 60, 42, 30.0],
    ['丁县', 20, 18, 10.0],
    ['合计', 145, 110, 24.1],
  ],
  plant,
});

const thisYear: TwinSheet = declineRows('2020年', '2020年初无党员企业数', '目前无党员企业数', '降幅（%）', {
  address: 'D3',
  value: 2.0,
});
const nextYear: TwinSheet = declineRows('2026年', '2026年初无党员企业数', '2026年底无党员企业数', '下降（%）', {
  address: 'C4',
  value: 24,
});

const shareOfBase: TwinSheet = {
  name: '占比',
  rows: [
    ['地区', '企业数', '无党员企业数', '无党员企业占比（%）'],
    ['甲县', 120, 30, 25.0],
    ['乙县', 80, 20, 25.0],
    ['丙县', 150, 42, 28.0],
    ['丁县', 50, 18, 36.0],
    ['合计', 400, 110, 27.5],
  ],
  plant: { address: 'D4', value: 38.0 },
};

const covered: TwinSheet = {
  name: '建立党组织',
  rows: [
    ['地区', '企业数', '建立党组织企业数', '党组织覆盖率（%）'],
    ['甲县', 120, 96, 80.0],
    ['乙县', 80, 60, 75.0],
    ['丙县', 150, 105, 70.0],
    ['丁县', 50, 45, 90.0],
    ['合计', 400, 306, 76.5],
  ],
  plant: { address: 'B5', value: 15 },
};

describe('case 8: header words composed, not listed', () => {
  const sheets = [thisYear, nextYear, shareOfBase, covered];
  let clean: JsonFinding[];
  let planted: JsonFinding[];

  beforeAll(async () => {
    ({ clean, planted } = await checkTwins('case8', sheets));
  }, 60_000);

  test('the clean twin has no error finding', () => {
    expect(errorsOf(clean)).toEqual([]);
  });

  test.each(sheets.map((s) => [s.name, s.plant.address]))('sheet %s: the planted %s is the suspect', (name, cell) => {
    expect(errorSuspects(planted, name)).toEqual([cell]);
  });

  test.each([
    ['2020年', 'decline-rate'],
    ['2026年', 'decline-rate'],
    ['占比', 'share-of-base'],
    ['建立党组织', 'coverage-rate'],
  ])('sheet %s: the composed headers bind, so %s reports the plant', (sheet, ruleId) => {
    expect(planted.some((f) => f.sheet === sheet && f.ruleId === ruleId && f.severity === 'error')).toBe(true);
  });

  test('more enterprises covered than there are is reported against the count', () => {
    const over = planted.filter((f) => f.sheet === '建立党组织' && f.ruleId === 'enterprises-at-least-covered');
    expect(over.map((f) => f.cells.map((c) => c.address).sort())).toEqual([['B5', 'C5']]);
  });
});

describe('a share rule naming its base measure', () => {
  test('a misspelt base measure id is an error when the rule file loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-share-bases-'));
    const file = join(dir, 'mine.json');
    const relation = {
      kind: 'share',
      templates: ['占{base}比例'],
      partTemplates: ['{part}占比'],
      bases: ['enterprize'],
    };
    const rule = { id: 'my-share', title: 'share', message: '{row}', severity: 'error', relation };
    writeFileSync(file, JSON.stringify({ rules: [rule] }));
    const { code, err } = await runCli('rules', 'list', '--rules', file, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain('enterprize');
  });
});

describe('a share whose count is not a column of the sheet', () => {
  // From a helper's clean sheet: 出资人或管理层担任比例 is (出资人担任 + 企业管理层担任) ÷ 书记数, no single column.
  // explain listed share-of-base as applied although it checked nothing; now it says why it did not apply.
  test('explain lists share-of-base as not applied, naming the count it looked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-share-part-'));
    const file = join(dir, 'secretaries.csv');
    writeFileSync(
      file,
      [
        '乡镇,党组织书记数,出资人担任,企业管理层担任,一线职工担任,出资人或管理层担任比例（%）',
        '城关镇,22,6,11,5,77.3',
        '东关街道,26,9,8,9,65.4',
        '合计,48,15,19,14,70.8',
      ].join('\n'),
    );
    const { out } = await runCli('explain', file, '--lang', 'en');
    const notApplied = out.slice(out.indexOf('rules not applied:'));
    expect(notApplied).toContain('share-of-base  F: no count column “出资人或管理层担任”');
  });
});

describe('header spellings of the helpers’ party-organisation forms', () => {
  // 单独建立党组织企业数 (enterprises with an organisation of their own) and 联合党组织覆盖社会组织数: before, neither
  // bound, and a wrong 单独建立 count was blamed on another cell that happened to hold the same figure.
  test('bind the own-organisation and joint-covered measures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statlint-spellings-'));
    const file = join(dir, 'spellings.csv');
    writeFileSync(
      file,
      [
        '乡镇,社会组织数,覆盖社会组织数,单独建立党组织企业数,联合党组织覆盖社会组织数,覆盖率（%）',
        '武康街道,16,9,3,6,56.3',
        '舞阳街道,37,16,8,8,43.2',
      ].join('\n'),
    );
    const { out } = await runCli('explain', file, '--lang', 'en');
    expect(out).toContain('单独建立党组织企业数 → own party organisations (ownOrganisations)');
    expect(out).toContain(
      '联合党组织覆盖社会组织数 → enterprises covered by joint organisations (jointCoveredEnterprises)',
    );
  });

  test('a clerk’s short forms bind too, and the coverage rate is checked with them', async () => {
    // 单独建 | 联合覆盖 | 覆盖总数 (a hand-typed sheet): before, no measure bound and the rate went unchecked.
    const dir = mkdtempSync(join(tmpdir(), 'statlint-short-forms-'));
    const file = join(dir, 'short.csv');
    writeFileSync(
      file,
      ['乡镇,企业数,单独建,联合覆盖,覆盖总数,覆盖率（%）', '城关镇,120,30,24,54,45.0', '河口镇,80,12,20,32,48.0'].join(
        '\n',
      ),
    );
    const { out } = await runCli('check', file, '--lang', 'en');
    expect(out).toContain('河口镇: coverage rate should be 40.0% (32 ÷ 80), the sheet says 48.0%');
  });

  test('联合建立党组织覆盖 is the joint-covered count, and the total row’s rate is checked with it', async () => {
    // Round 12's form by 行业类别: 社会组织数 | 单独建立党组织 | 联合建立党组织覆盖 | 未建立党组织 | 覆盖率（%）. Before, the
    // joint count did not bind and a raised 合计 rate went unchecked.
    const dir = mkdtempSync(join(tmpdir(), 'statlint-joint-built-'));
    const file = join(dir, 'joint.csv');
    const table = (rate: string) =>
      [
        '行业类别,社会组织数（个）,单独建立党组织（个）,联合建立党组织覆盖（个）,未建立党组织（个）,覆盖率（%）',
        '行业协会商会,39,12,9,18,53.8',
        '科技类,42,3,13,26,38.1',
        '公益慈善类,81,7,26,48,40.7',
        `合计,162,22,48,92,${rate}`,
      ].join('\n');
    writeFileSync(file, table('43.2'));
    expect((await runCli('check', file)).code).toBe(0);
    writeFileSync(file, table('46.2'));
    const { out } = await runCli('check', file, '--lang', 'en');
    expect(out).toContain('合计: coverage rate should be 43.2% ((22 + 48) ÷ 162), the sheet says 46.2%');
  });

  test('已建立党组织的社会组织 is the covered count, not the organisations under it', async () => {
    // The annual report's form (round 7): 社会组织数 | 已建立党组织的社会组织 | 覆盖率 | 党组织数 | 党委 | 党总支 | 党支部.
    // Before, the covered count did not bind and the rate was checked against the organisations (党委 + 党总支 + 党支部),
    // of which a social organisation may have several: 5 false alarms on 7 rows.
    const dir = mkdtempSync(join(tmpdir(), 'statlint-covered-social-'));
    const file = join(dir, 'social.csv');
    const table = (covered: number) =>
      [
        '类型,社会组织数（个）,已建立党组织的社会组织（个）,党组织覆盖率（%）,党组织数（个）,党委,党总支,党支部',
        '合计,943,459,48.7,527,4,28,495',
        `社会团体,420,${covered},67.9,333,2,21,310`,
        '民办非企业单位,513,171,33.3,191,2,7,182',
        '基金会,10,3,30.0,3,0,0,3',
      ].join('\n');
    writeFileSync(file, table(285));
    expect((await runCli('check', file)).code).toBe(0);
    writeFileSync(file, table(305));
    const { out } = await runCli('check', file, '--lang', 'en');
    expect(out).toContain('社会团体: coverage rate should be 72.6% (305 ÷ 420), the sheet says 67.9%');
  });

  test('a bare 增长（%） after two years of one count is their change', async () => {
    // `2023年党组织数（个） | 2024年党组织数（个） | 增加（个） | 增长（%）` (a hand-typed sheet): before, the growth bound
    // no periods and went unchecked.
    const dir = mkdtempSync(join(tmpdir(), 'statlint-bare-growth-'));
    const file = join(dir, 'growth.csv');
    const rows = (growth: string) =>
      [
        '乡镇,2023年党组织数（个）,2024年党组织数（个）,增加（个）,增长（%）',
        '湾阳街道,30,23,-7,-23.3',
        `柳茂镇,15,5,-10,${growth}`,
        '柳水镇,27,42,15,55.6',
      ].join('\n');
    writeFileSync(file, rows('-66.7'));
    expect((await runCli('check', file, '--lang', 'en')).out).toContain('no inconsistencies found');
    writeFileSync(file, rows('-73.4'));
    expect((await runCli('check', file, '--lang', 'en')).out).toContain(
      '柳茂镇: 增长（%） should be -66.7% ((5 − 15) ÷ 15), the sheet says -73.4%',
    );
  });

  test('a bare 增长（%） after a 其中 column is that column’s growth, not the two years’', async () => {
    // Round 16's investment table: 2024年 | 2023年 | 增减 | 增长（%） | 其中：新开工项目 | 增长（%）, the second growth of
    // 新开工项目 over a last year the table does not show. Before: 增长（%）应为 -7.2%, on every row.
    const dir = mkdtempSync(join(tmpdir(), 'statlint-growth-of-part-'));
    const file = join(dir, 'projects.csv');
    const rows = (growth: string) =>
      [
        '分组,2024年（个）,2023年（个）,增减（个）,增长（%）,其中：新开工项目（个）,增长（%）',
        '第一产业,245,268,-23,-8.6,99,-16.8',
        '第二产业,116,133,-17,-12.8,66,6.5',
        `第三产业,228,234,-6,${growth},108,-2.7`,
      ].join('\n');
    writeFileSync(file, rows('-2.6'));
    expect((await runCli('check', file, '--lang', 'en')).out).toContain('no inconsistencies found');
    writeFileSync(file, rows('-5.6'));
    expect((await runCli('check', file, '--lang', 'en')).out).toContain(
      '第三产业: 增长（%） should be -2.6% ((228 − 234) ÷ 234), the sheet says -5.6%',
    );
  });
});
