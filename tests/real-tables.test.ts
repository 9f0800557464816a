/**
 * The checker on 31 published Shanghai yearbook tables (tests/corpora/real-cn, see KNOWN.md): their totals of
 * rounded figures (万平方米, 亿元, 万人) and a partial `#` list are no errors; the two genuine discrepancies are found,
 * and a change beyond rounding in a rounded column still is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLayout } from '../src/core/layout';
import { checkSheet } from '../src/core/linter';
import type { Finding } from '../src/core/report';
import { parseA1, type SheetSnapshot } from '../src/core/snapshot';
import { readWorkbookFile } from '../src/node/read-workbook';
import { readRuleSet } from '../src/node/rule-files';
import { lexicon } from './helpers/lexicon';

const { ruleSet } = readRuleSet();
const CORPUS = join(__dirname, 'corpora', 'real-cn');
const TABLES = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => f.replace(/\.xlsx$/, ''))
  .sort();
const known: { table: string; cells: string[]; suspect: string[] }[] = (
  JSON.parse(readFileSync(join(CORPUS, 'known.json'), 'utf8')) as {
    discrepancies: { table: string; cells: string[]; suspect: string[] }[];
  }
).discrepancies;

async function sheetOf(table: string): Promise<SheetSnapshot> {
  const workbook = await readWorkbookFile(join(CORPUS, `${table}.xlsx`));
  expect(workbook.sheets).toHaveLength(1);
  return workbook.sheets[0];
}

async function errorsOf(sheet: SheetSnapshot): Promise<Finding[]> {
  const report = await checkSheet(sheet, ruleSet, { lang: 'zh-CN' });
  return report.findings.filter((f) => f.severity === 'error');
}

/** The sheet with one cell's figure replaced, as if typed so. */
function withValue(sheet: SheetSnapshot, address: string, value: number, text: string): SheetSnapshot {
  const at = parseA1(address);
  if (!at) throw new Error(address);
  const rows = sheet.rows.map((r) => [...r]);
  const cell = rows[at.row][at.col];
  if (!cell) throw new Error(`${address} is empty`);
  rows[at.row][at.col] = { ...cell, value, text };
  return { ...sheet, rows };
}

const suspectsOf = (findings: Finding[]) =>
  [...new Set(findings.flatMap((f) => f.cells.filter((c) => c.suspect).map((c) => c.address)))].sort();

describe('real published tables', () => {
  it.each(TABLES)('%s: no error finding but its known discrepancies, each of them found', async (table) => {
    const errors = await errorsOf(await sheetOf(table));
    const expected = known.filter((k) => k.table === table);
    const matched = errors.map((f) =>
      expected.find((k) => k.cells.every((c) => f.cells.some((cell) => cell.address === c))),
    );
    expect(errors.filter((_, i) => matched[i] === undefined).map((f) => f.message)).toEqual([]);
    expect(new Set(matched).size).toBe(expected.length);
  });

  it('2017-C0205: the 全市 figure E6 (41656, districts 41666) is found and blamed, read under a header of years', async () => {
    const sheet = await sheetOf('2017-C0205');
    const layout = readLayout(sheet, lexicon);
    expect(layout.headerRows).toEqual([3, 4]);
    expect(layout.columns.map((c) => c.header)).toEqual([
      '2016/市外迁入',
      '2016/迁往市外',
      '2017/市外迁入',
      '2017/迁往市外',
    ]);
    const errors = await errorsOf(sheet);
    expect(errors.map((f) => f.ruleId)).toEqual(['total-row-sum']);
    expect(suspectsOf(errors)).toEqual(['E6']);
    expect(errors[0].expected).toBe('41666');
  });

  it('2012-C2015: each 专任教师 above its 教职员工 is found on its own row', async () => {
    const errors = await errorsOf(await sheetOf('2012-C2015'));
    expect(errors.map((f) => f.ruleId)).toEqual(Array(5).fill('part-not-above-whole'));
    expect(errors.map((f) => f.cells.map((c) => c.address).sort())).toEqual(
      [6, 11, 16, 19, 21].map((r) => [`F${r}`, `G${r}`]),
    );
  });

  it('2012-C1302: a 亿元 total off by 0.50 (beyond 19 half-cents of rounding) is still found and blamed', async () => {
    const sheet = withValue(await sheetOf('2012-C1302'), 'D5', 31897.38, '31897.38');
    const errors = await errorsOf(sheet);
    expect(errors.map((f) => f.ruleId)).toEqual(['total-row-sum']);
    expect(suspectsOf(errors)).toEqual(['D5']);
  });

  it('2017-C0202: a 万人 total (常住人口) off by 10 is found and blamed, although 万人 is no count unit', async () => {
    const sheet = await sheetOf('2017-C0202');
    const cell = sheet.rows[4][2];
    if (typeof cell?.value !== 'number') throw new Error('C5 is not a number');
    const errors = await errorsOf(withValue(sheet, 'C5', cell.value + 10, (cell.value + 10).toFixed(2)));
    // By its districts' sum, and by its density (人/平方公里 = 万人 ÷ 平方公里 × 10,000, which the other rows confirm).
    expect(errors.map((f) => f.ruleId)).toEqual(['total-row-sum', 'inferred/ratio']);
    expect(suspectsOf(errors)).toEqual(['C5']);
  });

  it.each([
    ['2012-C2013', 'B5', 1, 0], // 学校 (所): a count, exact
    ['2017-C1117', 'B5', 5, 2], // 城市绿地面积 (公顷): an area, to 0.01, 17 parts
  ])('%s: a total %s off by %d (schools, hectares) is found and blamed', async (table, address, delta, decimals) => {
    const sheet = await sheetOf(table);
    const at = parseA1(address);
    const cell = at && sheet.rows[at.row][at.col];
    if (typeof cell?.value !== 'number') throw new Error(`${address} is not a number`);
    const errors = await errorsOf(
      withValue(sheet, address, cell.value + delta, (cell.value + delta).toFixed(decimals)),
    );
    expect(errors.map((f) => f.ruleId)).toEqual(['total-row-sum']);
    expect(suspectsOf(errors)).toEqual([address]);
  });

  it('2012-C1106: a 万平方米 district figure 20 above its nine kinds is still found', async () => {
    const sheet = withValue(await sheetOf('2012-C1106'), 'I10', 2396, '2396');
    const errors = await errorsOf(sheet);
    expect(errors.some((f) => f.ruleId === 'parts-sum-to-whole' && f.cells.some((c) => c.address === 'I10'))).toBe(
      true,
    );
  });

  it('2012-C1106: a 总计 raised by 10 % is blamed on itself, not on a district with fewer 其中 kinds typed', async () => {
    // 闸北区 (B14) has blanks among its kinds: parts within their whole hold for any larger whole, so they must not
    // make the total, whose row has every kind, look better confirmed than the district.
    const errors = await errorsOf(withValue(await sheetOf('2012-C1106'), 'B7', 61889, '61889'));
    expect(errors.map((f) => f.ruleId)).toContain('total-row-sum');
    expect(suspectsOf(errors)).toEqual(['B7']);
  });

  it('2012-C1806: the partial `#` list under 总计 is not a sum, but a 2017-C2015 total off by one person is', async () => {
    expect(await errorsOf(await sheetOf('2012-C1806'))).toEqual([]);
    const sheet = await sheetOf('2017-C2015');
    const layout = readLayout(sheet, lexicon);
    const total = layout.totalRows[0];
    const address = `F${total.row + 1}`;
    const cell = sheet.rows[total.row][5];
    if (typeof cell?.value !== 'number') throw new Error('F total is not a number');
    const errors = await errorsOf(withValue(sheet, address, cell.value + 1, String(cell.value + 1)));
    expect(suspectsOf(errors)).toEqual([address]);
  });
});
