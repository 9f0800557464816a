import { readLayout } from '../src/core/layout';
import { mergeOf } from '../src/core/snapshot';
import { lexicon } from './helpers/lexicon';
import { runCli } from './helpers/run-cli';
import { sheetFromRows } from './helpers/sheet';
import { describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 53 (/tmp/round53a and /tmp/round53b, written by outside testers who had not seen statlint).
 * - Tables stacked on one sheet. The first (two year rows of 地区生产总值 and its three parts) has nothing a rule
 *   applies to; the second (the parts over the two years, with their growth) is checked. The sheet was checked, then,
 *   and its findings decide the exit status: it is not reported as unchecked, nor does the run end with "no sheet was
 *   checked" (status 2).
 * - A 单位 column whose units cycle crop after crop (万亩 | 万吨 | 公斤/亩) names no periods: the table is one, checked
 *   row by row, not three of three rows each with nothing to check.
 * - A 单位 column of units beside 产品名称 is no label column, though 单位 heads columns of work units' names too: the
 *   products are the rows, and 其中：油菜籽 is held within 油料.
 */
const composition: CaseRow[] = [
  ['表1 地区生产总值及构成'],
  [null, null, null, null, null, null, null, '单位：万元、%'],
  ['年份', '地区生产总值', '第一产业', '第二产业', '第三产业', '一产占比', '二产占比', '三产占比'],
  ['2023年', 18018, 3210, 8765, 6043, 17.8, 48.6, 33.5],
  ['2024年', 19469, 3388, 9410, 6671, 17.4, 48.3, 34.3],
  [],
  ['表2 分产业增长'],
  [null, null, null, '单位：万元、%'],
  ['产业', '2023年', '2024年', '增长'],
  ['地区生产总值', 18018, 19469, 8.1],
  ['第一产业', 3210, 3388, 5.5],
  ['第二产业', 8765, 9410, 7.4],
  ['第三产业', 6043, 6671, 10.4],
];
const sheets: CaseSheet[] = [
  { name: '产业结构', rows: composition, merges: ['A1:H1', 'A7:D7'], plant: { address: 'C12', value: 10010 } },
];

const crops: CaseRow[] = [
  ['主要农作物播种面积和产量'],
  ['指标', '单位', '2023年', '2024年', '增减', '增长（%）'],
  ['粮食播种面积', '万亩', 98.64, 100.23, 1.59, 1.6],
  ['粮食产量', '万吨', 50.89, 52.14, 1.25, 2.5],
  ['粮食单产', '公斤/亩', 515.9, 520.2, 4.3, 0.8],
  ['油料播种面积', '万亩', 21.35, 20.87, -0.48, -2.2],
  ['油料产量', '万吨', 4.08, 4.05, -0.03, -0.7],
  ['油料单产', '公斤/亩', 191, 194.1, 3.1, 1.6],
  ['蔬菜播种面积', '万亩', 31.02, 32.26, 1.24, 4],
  ['蔬菜产量', '万吨', 90.54, 95.89, 5.35, 5.9],
  ['蔬菜单产', '公斤/亩', 2918.9, 2972.5, 53.6, 1.8],
];

const products: CaseRow[] = [
  ['2024年主要农产品产量'],
  ['产品名称', '单位', '2024年', '2023年', '增长（%）'],
  ['粮食', '吨', 521407, 508912, 2.5],
  ['  其中：稻谷', '吨', 288420, 281305, 2.5],
  ['        玉米', '吨', 151260, 149870, 0.9],
  ['油料', '吨', 40510, 40779, -0.7],
  ['  其中：油菜籽', '吨', 31240, 32015, -2.4],
  ['蔬菜', '万吨', 95.89, 90.54, 5.9],
  ['水果', '吨', 62315, 58740, 6.1],
  ['茶叶', '吨', 1842, 1765, 4.4],
  ['猪牛羊禽肉', '吨', 63804, 63588, 0.3],
];

interface JsonSheet {
  name: string;
  checked: boolean;
}

describe('round 53: a column of units, cycling or beside the products', () => {
  describeCaseBook('农业', [
    { name: '播种面积和产量', rows: crops, merges: ['A1:F1'], plant: { address: 'F4', value: 5.5 } },
    { name: '主要产品', rows: products, merges: ['A1:E1'], plant: { address: 'C7', value: 43240 } },
  ]);
});

describe('round 53: tables stacked on one sheet, the first with nothing to check', () => {
  describeCaseBook('产业结构', sheets);

  test.each([
    [false, 0],
    [true, 1],
  ])('planted %s: the sheet counts as checked and the run exits %i', async (planted, status) => {
    const path = await writeCaseBook('产业结构', sheets, planted);
    const { code, out } = await runCli('check', path, '--format', 'json');
    const sheetsRead = (JSON.parse(out) as { files: { sheets: JsonSheet[] }[] }).files[0].sheets;
    expect(sheetsRead.map((s) => [s.name, s.checked])).toEqual([['产业结构', true]]);
    expect(code).toBe(status);
  });
});

// A table of one figure column (指标 | 单位 | 2024年) with another stacked under it: the second starts at its title.
const indicatorsThenVillages: CaseRow[] = [
  ['表1 人口主要指标'],
  ['指标', '单位', '2024年'],
  ['年末户籍人口', '人', 28642],
  ['  其中：城镇人口', '人', 14315],
  ['出生人口', '人', 186],
  ['死亡人口', '人', 241],
  ['自然增长率', '‰', -1.92],
  [],
  ['表2 各村低保和特困人员'],
  [null, null, '单位：人'],
  ['村名', '低保对象', '其中：特困供养'],
  ['东风村', 458, 151],
  ['红旗村', 241, 104],
  ['新华村', 419, 243],
  ['合计', 1118, 498],
];

describe('round 53: an indicator table of one figure column, and a table stacked under it', () => {
  test('the first table ends where the title of the next starts', () => {
    const sheet = sheetFromRows('主要指标', indicatorsThenVillages, ['A1:C1', 'A9:C9'].map(mergeOf));
    expect(readLayout(sheet, lexicon, 'zh-CN').nextTable).toBe(8);
  });
  // 其中：城镇人口 is held within 年末户籍人口 though 自然增长率 (‰) is below zero in the same column.
  describeCaseBook('主要指标', [
    {
      name: '主要指标',
      rows: indicatorsThenVillages,
      merges: ['A1:C1', 'A9:C9'],
      plant: { address: 'C4', value: 34315 },
    },
  ]);
});
