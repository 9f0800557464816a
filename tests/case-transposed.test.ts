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

describe('regions as columns, a rate row under the counts', () => {
  // Round 16's p03 and e02 (written by a helper): the 全市 column is the sum of the regions at every count row, but not
  // at the rate rows under them (比重, 平均班额, 生师比). Before, those rows broke the sum and it was refused; and +7 on a
  // 全市 figure of 166,076 persons was read as rounding, whole figures being rounded to the unit unless their column says
  // they are counts: here the row's label says so (（人）, （所）).
  describeCaseBook('地区为列', [
    {
      name: '党员',
      rows: [
        ['江州市党员和党组织基本情况（分县市区）'],
        ['单位：名、个'],
        ['指    标', '全市', '江城区', '湖滨区', '东岭区', '青阳县', '云溪县', '丰乐县', '安平县', '永和县', '石门县'],
        ['党员总数', 166076, 28449, 13089, 28157, 9984, 9112, 13451, 16718, 18033, 29083],
        ['  其中：女党员', 48604, 7705, 4310, 8719, 3203, 2842, 3556, 5169, 5877, 7223],
        ['        少数民族党员', 3765, 185, 550, 212, 842, 69, 654, 757, 302, 194],
        ['        35岁及以下党员', 24517, 3843, 1848, 3525, 1519, 1192, 1760, 2208, 2948, 5674],
        ['        大专及以上学历党员', 69652, 11608, 4691, 11891, 3602, 4474, 6524, 6172, 6682, 14008],
        ['基层党组织总数', 10066, 1263, 764, 1026, 1484, 1111, 1049, 1725, 857, 787],
        ['  党委', 638, 57, 72, 71, 82, 84, 73, 78, 61, 60],
        ['  党总支', 1260, 166, 141, 152, 168, 110, 102, 165, 66, 190],
        ['  党支部', 8168, 1040, 551, 803, 1234, 917, 874, 1482, 730, 537],
        ['女党员占党员总数比重（%）', 29.3, 27.1, 32.9, 31, 32.1, 31.2, 26.4, 30.9, 32.6, 24.8],
      ],
      plant: { address: 'B4', value: 166083 },
    },
    {
      name: '小学',
      rows: [
        ['各县（市、区）小学教育基本情况'],
        ['项  目', '全  市', '江城区', '湖滨区', '东岭区', '青阳县', '云溪县', '丰乐县', '安平县', '永和县', '石门县'],
        ['学校数（所）', 506, 54, 26, 62, 18, 43, 85, 76, 77, 65],
        ['班级数（个）', 10674, 905, 1188, 1210, 1603, 304, 1681, 1517, 1281, 985],
        ['在校学生数（人）', 312487, 18679, 50782, 36192, 16139, 55645, 41640, 57386, 19921, 16103],
        ['  男', 160583, 9645, 26156, 18493, 8483, 28625, 21948, 28909, 10188, 8136],
        ['  女', 151904, 9034, 24626, 17699, 7656, 27020, 19692, 28477, 9733, 7967],
        ['招生数（人）', 50680, 3197, 7998, 5868, 2838, 8478, 6991, 9585, 3220, 2505],
        ['毕业生数（人）', 56297, 3347, 8989, 6344, 2773, 9627, 7857, 10649, 3750, 2961],
        ['专任教师数（人）', 18221, 1169, 2736, 2122, 918, 3060, 2770, 3245, 1162, 1039],
        ['平均班额（人/班）', 29.3, 20.6, 42.7, 29.9, 10.1, 183, 24.8, 37.8, 15.6, 16.3],
        ['生师比（教师=1）', 17.1, 16, 18.6, 17.1, 17.6, 18.2, 15, 17.7, 17.1, 15.5],
      ],
      plant: { address: 'B5', value: 312494 },
    },
  ]);
});

describe('indicators as rows, periods as columns, then their change', () => {
  // Round 19's party c54 and c66: the rate row is the ratio of two count rows in each period's column, not in the
  // columns of changes after them (2025年比2024年增减 | 增长率(%), 较年初增减). Before: 其余 4 列均满足 党组织覆盖率(%) =
  // 已建党组织企业数 ÷ 非公企业数 × 100，本列不满足（按此应为 50.77，表中为 0.2）.
  describeCaseBook('历年增减', [
    {
      name: '历年',
      rows: [
        ['指标', '2021年', '2022年', '2023年', '2024年', '2025年', '2025年比2024年增减', '增长率(%)'],
        ['非公企业数', 1180, 1250, 1326, 1347, 1412, 65, 4.8],
        ['已建党组织企业数', 560, 598, 616, 633, 666, 33, 5.2],
        ['党组织数', 480, 508, 534, 544, 569, 25, 4.6],
        ['党员数', 3600, 3707, 3856, 3996, 4123, 127, 3.2],
        ['党组织覆盖率(%)', 47.5, 47.8, 46.5, 47.0, 47.2, 0.2],
      ],
      plant: { address: 'D6', value: 48.5 },
    },
    {
      name: '季度',
      rows: [
        ['指标', '年初', '一季度末', '二季度末', '三季度末', '四季度末', '较年初增减'],
        ['企业数', 160, 178, 211, 241, 272, 112],
        ['已建党组织企业数', 115, 121, 136, 147, 153, 38],
        ['党员数', 518, 551, 611, 660, 683, 165],
        ['覆盖率(%)', 71.9, 68.0, 64.5, 61.0, 56.3, -15.6],
      ],
      plant: { address: 'D5', value: 46.5 },
    },
  ]);
});

describe('one place’s indicators in one column, each row in its own unit', () => {
  // Round 19's party c33 and round 20's r44: 指标 | 计量单位 | 数值. Before, the sheet was read with one figure column
  // and no measure, and a coverage rate its counts do not give went unreported.
  describeCaseBook('指标数值', [
    {
      name: '基本情况',
      rows: [
        ['指标', '计量单位', '数值'],
        ['非公有制企业数', '家', 1095],
        ['其中：应建立党组织企业数', '家', 498],
        ['已建立党组织企业数', '家', 491],
        ['其中：单独建立', '家', 296],
        ['　　　联合建立', '家', 195],
        ['党组织覆盖率', '%', 44.8],
        ['党员总数', '名', 793],
        ['其中：女党员', '名', 237],
        ['　　　35岁及以下', '名', 198],
      ],
      plant: { address: 'C7', value: 48.4 },
    },
  ]);
});
