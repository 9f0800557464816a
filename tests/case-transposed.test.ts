import { describeCaseBook, errorFindings, writeCaseBook, type CaseSheet } from './helpers/case-book';
import { runCli } from './helpers/run-cli';

/**
 * Issue 9, case 4: transposed tables, regions as columns and indicators as rows, with a 全市 or 合计 column (or one
 * place's indicators with the years as columns). The rules apply to the sheet turned, and every finding names the
 * cells of the sheet as typed. Each sheet is checked clean and with one planted figure, which must be the only suspect.
 */

const sheets: CaseSheet[] = [
  {
    name: '全市在前',
    rows: [
      ['指标', '全市', '甲区', '乙区', '丙区'],
      ['企业数（家）', 600, 200, 250, 150],
      ['覆盖企业数（家）', 420, 150, 175, 95],
      ['党组织覆盖率（%）', 70.0, 75.0, 70.0, 63.3],
    ],
    plant: { address: 'D2', value: 205 },
  },
  {
    name: '合计在后',
    rows: [
      ['各县党组织覆盖情况统计表'],
      ['项目', '甲县', '乙县', '丙县', '丁县', '合计'],
      ['企业数（家）', 120, 80, 64, 36, 300],
      ['覆盖企业数（家）', 90, 60, 40, 30, 220],
      ['党组织覆盖率（%）', 75.0, 75.0, 62.5, 83.3, 73.3],
    ],
    plant: { address: 'F4', value: 202 },
  },
  {
    // A unit row above, and the organisations' breakdown as rows: 单独建立党组织 = 党委 + 党总支 + 党支部.
    name: '组织构成',
    rows: [
      ['单位：个'],
      ['指标', '全县', '甲镇', '乙镇', '丙镇'],
      ['党委', 6, 2, 3, 1],
      ['党总支', 9, 4, 2, 3],
      ['党支部', 85, 30, 35, 20],
      ['单独建立党组织', 100, 36, 40, 24],
    ],
    plant: { address: 'D4', value: 5 },
  },
  {
    name: '覆盖率有误',
    rows: [
      ['指标', '全市', '东区', '西区', '南区', '北区'],
      ['企业数（家）', 1000, 300, 250, 250, 200],
      ['覆盖企业数（家）', 720, 240, 180, 160, 140],
      ['党组织覆盖率（%）', 72.0, 80.0, 72.0, 64.0, 70.0],
    ],
    plant: { address: 'E4', value: 46.0 },
  },
  {
    // One city's indicators over the years: the columns are periods, not regions, and there is no total column.
    name: '历年',
    rows: [
      ['全市非公有制企业党组织覆盖情况'],
      ['指标', '2021年', '2022年', '2023年', '2024年'],
      ['企业数（家）', 1100, 1200, 1302, 1390],
      ['覆盖企业数（家）', 850, 960, 1073, 1150],
      ['党组织覆盖率（%）', 77.3, 80.0, 82.4, 82.7],
    ],
    plant: { address: 'D5', value: 84.2 },
  },
  {
    // The years typed as numbers, right over the figures; 2023's enterprises typed below those covered.
    name: '历年数字',
    rows: [
      ['指标', 2022, 2023, 2024],
      ['企业数（家）', 1200, 1302, 1390],
      ['覆盖企业数（家）', 960, 1073, 1150],
      ['党组织覆盖率（%）', 80.0, 82.4, 82.7],
    ],
    plant: { address: 'C2', value: 1032 },
  },
];

describe('case 4: transposed tables', () => {
  describeCaseBook('转置', sheets);

  it('says it read the years as columns', async () => {
    const series = sheets.find((s) => s.name === '历年') as CaseSheet;
    const { out } = await runCli('explain', await writeCaseBook('历年', [series], false));
    expect(out).toContain('按转置表读取：自第 2 行起年份为列、指标为行；单元格地址仍按原表');
  });

  // Turned, the change column would be a year whose "coverage rate" (2.4 points) its counts' growths do not give.
  it('does not turn years followed by a change column', async () => {
    const withChange: CaseSheet = {
      name: '历年与增长',
      rows: [
        ['指标', 2023, 2024, '比上年增长（%）'],
        ['企业数（家）', 1200, 1302, 8.5],
        ['覆盖企业数（家）', 960, 1073, 11.8],
        ['党组织覆盖率（%）', 80.0, 82.4, 2.4],
      ],
      plant: { address: 'B2', value: 1200 },
    };
    expect(await errorFindings(await writeCaseBook('历年与增长', [withChange], false))).toEqual([]);
  });
});

describe('indicators as rows, rate rows among counts', () => {
  // Round 12's party 27 and a 综合表 of yearbook-7: a rate row (单位 %) is the ratio of two count rows in every region's
  // column. Before, a relation between rows whose target was a rate row was dropped as a rate row among counts, and a
  // raised 全市 rate went unreported; a 代码 column ("11" beside 5.79) is no region of the relation either.
  describeCaseBook('指标行', [
    {
      name: '主要指标',
      rows: [
        ['指标', '单位', '代码', '全市', '城关区', '新华区', '桥西区', '长乐县', '凤台县'],
        ['非公企业数', '户', '01', 23329, 3788, 5333, 2783, 4598, 6827],
        ['已建立党组织的非公企业数', '户', '02', 5726, 557, 1510, 647, 1356, 1656],
        ['非公企业党组织覆盖率', '%', '03', 24.5, 14.7, 28.3, 23.2, 29.5, 24.3],
        ['社会组织数', '个', '04', 1236, 68, 456, 276, 225, 211],
        ['已建立党组织的社会组织数', '个', '05', 543, 45, 133, 124, 127, 114],
        ['社会组织党组织覆盖率', '%', '06', 43.9, 66.2, 29.2, 44.9, 56.4, 54.0],
      ],
      plant: { address: 'D7', value: 46.9 },
    },
  ]);
});
