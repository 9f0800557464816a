import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 58 (/tmp/round57a and /tmp/round58a–b, written by outside testers who had not seen statlint).
 * - A unit typed in the filer's line (`填报单位：…  截至…  单位：个、%`) is the sheet's unit: 应建 | 已建 | 未建 are then
 *   counts, their 合计 is summed exactly, and a town's 已建 four over is blamed on itself, not on its 覆盖率.
 * - A second table's header repeats the first's parent row only in part (乡镇 | 非公有制企业 | 社会组织, its merged cells
 *   empty): a repeated header, not a town.
 * - A note saying the 其中 parts overlap (机电产品与高新技术产品有交叉) answers the sum-within warning's question.
 * - A 全年 figure equal to the coldest month's is that extreme (极端最低气温), not a sum that breaks.
 * - A total below one of its parts is no sum there, unless one slip of the fingers explains it: a total typed with two
 *   digits swapped (240.8 for 420.8), a part with its decimal point moved (1959 for 195.9, above 全市's 1012.3).
 * - A 其中 row typed flush left after a heading's indented rows is a part of the row above the heading.
 * - Where one relation alone fails, a part whose figure is the implied one with its decimal point moved (43.5 for
 *   4.35) is blamed rather than the total; not a part of one significant digit (10 for 1 would say as much as a 合计
 *   2934 typed for 2943).
 */
const filer = '填报单位：清河县委组织部（非公工委）    截至2024年三季度末    单位：个、%';
const header: CaseRow[] = [
  ['乡镇（街道）', '非公有制企业', null, null, null, '社会组织'],
  [null, '应建', '已建', '未建', '覆盖率(%)', '应建', '已建', '未建', '覆盖率(%)'],
];
const coverage: CaseRow[] = [
  ['清河县“两新”组织党组织覆盖情况统计表'],
  [filer],
  ...header,
  ['合计', 937, 914, 23, 97.5, 326, 298, 28, 91.4],
  ['长岭乡', 142, 142, 0, 100, 53, 53, 0, 100],
  ['河口镇', 52, 52, 0, 100, 20, 19, 1, 95],
  ['龙泉乡', 94, 84, 10, 89.4, 55, 55, 0, 100],
  ['白沙乡', 97, 93, 4, 95.9, 23, 20, 3, 87],
  ['柳林镇', 103, 99, 4, 96.1, 60, 52, 8, 86.7],
  ['青山镇', 158, 158, 0, 100, 28, 23, 5, 82.1],
  ['石桥镇', 153, 153, 0, 100, 9, 8, 1, 88.9],
  ['高桥镇', 51, 46, 5, 90.2, 56, 49, 7, 87.5],
  ['马坪镇', 87, 87, 0, 100, 22, 19, 3, 86.4],
  ['注：应建数=已建数+未建数；覆盖率=已建数÷应建数×100%。'],
  ['填表人：王丽    审核人：李强    联系电话：0731-5552187'],
];
const headerMerges = (top: number) => [`A${top}:A${top + 1}`, `B${top}:E${top}`, `F${top}:I${top}`];

const twoBlocks: CaseRow[] = [
  ['永宁县“两新”组织党组织覆盖情况统计表'],
  [filer],
  ...header,
  ['合计', 879, 851, 28, 96.8, 257, 239, 18, 93],
  ['新集乡', 126, 126, 0, 100, 36, 33, 3, 91.7],
  ['西城街道', 135, 128, 7, 94.8, 41, 40, 1, 97.6],
  ['龙泉乡', 70, 64, 6, 91.4, 52, 46, 6, 88.5],
  ['石桥镇', 155, 155, 0, 100, 33, 30, 3, 90.9],
  ['马坪镇', 144, 144, 0, 100, 38, 38, 0, 100],
  ['白沙乡', 140, 130, 10, 92.9, 23, 23, 0, 100],
  ['柳林镇', 81, 76, 5, 93.8, 26, 21, 5, 80.8],
  ['河口镇', 28, 28, 0, 100, 8, 8, 0, 100],
  [],
  ['二、经济开发区'],
  ...header,
  ['合计', 648, 619, 29, 95.5, 295, 281, 14, 95.3],
  ['长岭乡', 125, 125, 0, 100, 43, 43, 0, 100],
  ['太平镇', 63, 63, 0, 100, 51, 51, 0, 100],
  ['柳林镇', 85, 78, 7, 91.8, 57, 57, 0, 100],
  ['高桥镇', 66, 62, 4, 93.9, 14, 12, 2, 85.7],
  ['马坪镇', 126, 121, 5, 96, 27, 23, 4, 85.2],
  ['新集乡', 69, 63, 6, 91.3, 38, 36, 2, 94.7],
  ['龙泉乡', 72, 65, 7, 90.3, 53, 47, 6, 88.7],
  ['城关镇', 42, 42, 0, 100, 12, 12, 0, 100],
  ['注：应建数=已建数+未建数；覆盖率=已建数÷应建数×100%。'],
];

const exported: CaseRow[] = [
  ['主要出口商品'],
  ['单位：万美元'],
  ['商品', '2025年', '比上年增长(%)'],
  ['出口总额', 348050, 12.6],
  ['  其中：机电产品', 203505, 9],
  ['        高新技术产品', 123515, 15.2],
  ['        劳动密集型产品', 50486, -1.9],
  ['        农产品', 10671, 13.5],
  [],
  ['注：机电产品与高新技术产品有交叉，分项之和大于总额。'],
];

const weather: CaseRow[] = [
  ['主要气象指标'],
  ['月份', '平均气温（℃）', '降水量（毫米）', '日照时数（小时）', '极端最低气温（℃）'],
  ['1月', -12.3, 13.4, 96.2, -25.2],
  ['2月', -3.1, 17.7, 263.1, -16.9],
  ['3月', 6, 24.7, 177.9, -7.9],
  ['4月', 16.4, 5, 226.3, 9.2],
  ['5月', 20.3, 10.2, 203.5, 10.8],
  ['6月', 23.6, 183.3, 158.5, 16.8],
  ['7月', 23, 138.3, 205.7, 16.6],
  ['8月', 19.5, 172.4, 271.1, 11.6],
  ['9月', 14.6, 63.7, 171.7, 2],
  ['10月', 6.3, 12.6, 247.3, -4.6],
  ['11月', -0.7, 22.3, 171, -12.5],
  ['12月', -12.6, 18.1, 268.1, -21.6],
  ['全年', 8.4, 681.7, 2460.5, -25.2],
];

const sheets: CaseSheet[] = [
  {
    name: '覆盖情况',
    rows: coverage,
    merges: ['A1:I1', 'A2:I2', ...headerMerges(3)],
    plant: { address: 'G8', value: 59 },
  },
  {
    name: '两个表',
    rows: twoBlocks,
    merges: ['A1:I1', 'A2:I2', ...headerMerges(3), ...headerMerges(16)],
    plant: { address: 'C21', value: 88 },
  },
];

describe('round 58: units in the filer line, a second table under a partial parent row', () => {
  describeCaseBook('覆盖情况', sheets);
});

describe('round 58: notes and extremes', () => {
  const book: CaseSheet[] = [
    { name: '出口商品', rows: exported, merges: ['A1:C1'], plant: { address: 'B6', value: 1235150 } },
    // Not planted: a month typed wrong leaves the 全年 sum holding in one column only, too little to infer it by.
    { name: '气象', rows: weather, merges: ['A1:E1'], plant: { address: 'A1', value: 0 } },
  ];

  test('the clean book raises no finding: overlapping parts said so, an extreme beside sums', async () => {
    const findings = await caseFindings(await writeCaseBook('出口', book, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a part above its whole is still found where the note says the parts overlap', async () => {
    const findings = await caseFindings(await writeCaseBook('出口', book.slice(0, 1), true));
    const shown = findings.filter((f) => f.severity !== 'info');
    expect(shown.map((f) => [f.ruleId, f.cells.filter((c) => c.suspect).map((c) => c.address)])).toEqual([
      ['part-not-above-whole', ['B6']],
    ]);
  });
});

const years: CaseRow[] = [
  ['历年社会消费品零售总额'],
  ['单位：亿元'],
  ['年份', '社会消费品零售总额', '城镇', '乡村', '总额比上年增长(%)'],
  ['2016', 420.8, 288.8, 132],
  ['2017', 427.3, 292.6, 134.7, 1.5],
  ['2018', 433, 292.4, 140.6, 1.3],
  ['2019', 466.3, 314.1, 152.3, 7.7],
  ['2020', 496, 331.5, 164.5, 6.4],
  ['2021', 509.6, 326.7, 182.9, 2.7],
  ['2022', 540.9, 338, 202.8, 6.1],
  ['2023', 567.2, 368.2, 199, 4.9],
  ['2024', 620.5, 398.7, 221.8, 9.4],
  ['2025', 678.1, 439.5, 238.6, 9.3],
];

const regions: CaseRow[] = [
  ['各县区社会消费品零售总额'],
  ['单位：亿元'],
  ['地区', '零售额', null, '比上年增长(%)'],
  [null, '2024年', '2025年'],
  ['全市', 971, 1012.3, 4.3],
  ['  东城区', 176.5, 195.9, 11],
  ['  青山县', 236.6, 252.7, 6.8],
  ['  经济开发区', 105.1, 111.7, 6.3],
  ['  石桥镇', 43.9, 44.4, 1.1],
  ['  城关区', 243.8, 235.7, -3.3],
  ['  西城区', 165, 171.8, 4.1],
];

const kinds: CaseRow[] = [
  ['社会消费品零售总额主要指标'],
  ['指标', '2024年(亿元)', '2025年(亿元)', '比上年增长(%)'],
  ['社会消费品零售总额', 945.05, 988.89, 4.6],
  ['按经营地分'],
  ['  城镇', 844.48, 881.38, 4.4],
  ['  乡村', 100.57, 107.51, 6.9],
  ['按消费类型分'],
  ['  商品零售', 825.06, 885.37, 7.3],
  ['  餐饮收入', 120, 103.52, -13.7],
  ['其中：限额以上单位消费品零售额', 428.11, 453.57, 5.9],
];

const water: CaseRow[] = [
  ['各县（市、区）水资源量'],
  [null, null, null, null, '单位：亿立方米'],
  ['地  区', '水资源总量', '地表水资源量', '地下水资源量', '地表水与地下水重复计算量'],
  ['全  市', 61.27, 55.62, 22.2, 16.55],
  ['  江城区', 12.63, 11.7, 3.65, 2.71],
  ['  河西区', 14.53, 13.03, 5.25, 3.76],
  ['  青山县', 5.3, 4.36, 3.65, 2.71],
  ['  临水县', 11.21, 10.66, 3.4, 2.85],
  ['  石门县', 11.13, 10.14, 4.35, 3.36],
  ['  安平县', 6.47, 5.73, 1.89, 1.16],
  ['注：水资源总量＝地表水资源量＋地下水资源量－重复计算量。'],
];

const hotline: CaseRow[] = [
  ['12345热线诉求办理情况'],
  ['单位：件'],
  ['承办单位', '受理量', '办结量'],
  ['市住建局', 612, 598],
  ['市人社局', 455, 447],
  ['市市场监管局', 538, 530],
  ['市交通局', 307, 301],
  ['市教育局', 421, 410],
  ['市卫健委', 288, 281],
  ['市生态环境局', 312, 305],
  ['市档案馆', 10, 10],
  ['合计', 2943, 2882],
];

describe('round 58: totals below a part by one slip, a 其中 row past headings', () => {
  describeCaseBook('社零', [
    { name: '历年社零', rows: years, merges: ['A1:E1'], plant: { address: 'B4', value: 240.8 } },
    {
      name: '社零分地区',
      rows: regions,
      merges: ['A1:D1', 'A3:A4', 'B3:C3', 'D3:D4'],
      plant: { address: 'C6', value: 1959 },
    },
    { name: '社零构成', rows: kinds, merges: ['A1:D1'], plant: { address: 'C10', value: 1107.56 } },
    { name: '水资源量', rows: water, merges: ['A1:E1'], plant: { address: 'D9', value: 43.5 } },
    { name: '热线', rows: hotline, merges: ['A1:C1'], plant: { address: 'B12', value: 2934 } },
  ]);
});
