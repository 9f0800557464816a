import { checkTwins, errorSuspects, errorsOf, type JsonFinding, type TwinSheet } from './helpers/planted-twins';

/**
 * Issue 9, case 6: signed and non-additive columns. Differences (净迁移 = 迁入 − 迁出, 自然增长 = 出生 − 死亡) may be
 * negative; a 平均 row is not a region and is never summed; per-capita, rank, year, code and phone columns are
 * never summed nor required to be non-negative whole numbers; a decline or growth may be negative.
 */

const migration: TwinSheet = {
  name: '人口变动',
  rows: [
    [
      '地区',
      '年末户籍人口（人）',
      '出生人数（人）',
      '死亡人数（人）',
      '自然增长（人）',
      '迁入（人）',
      '迁出（人）',
      '净迁移（人）',
    ],
    ['全区', 193000, 1680, 1670, 10, 3970, 3960, 10],
    ['甲街道', 52000, 480, 390, 90, 1200, 1350, -150],
    ['乙街道', 38000, 300, 350, -50, 900, 700, 200],
    ['丙街道', 41000, 350, 420, -70, 650, 820, -170],
    ['丁街道', 29000, 260, 210, 50, 500, 480, 20],
    ['戊街道', 33000, 290, 300, -10, 720, 610, 110],
  ],
  plant: { address: 'H5', value: 170 },
};

const averageRow: TwinSheet = {
  name: '平均',
  rows: [
    ['地区', '企业数', '覆盖企业数', '党组织覆盖率（%）'],
    ['甲区', 120, 96, 80.0],
    ['乙区', 80, 60, 75.0],
    ['丙区', 150, 105, 70.0],
    ['丁区', 50, 45, 90.0],
    ['合计', 400, 306, 76.5],
    ['平均', 100, 76.5, 76.5],
  ],
  plant: { address: 'C3', value: 66 },
};

// Round 19's party c68: an average named by its beginning, 平均每个乡镇. Before: 平均每个乡镇：企业数应为非负整数，表中为 176.8.
const averagePerTown: TwinSheet = {
  name: '平均每个',
  rows: [
    ['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)', '党员数'],
    ['高坪乡', 263, 124, 47.1, 333],
    ['黄庄镇', 76, 47, 61.8, 141],
    ['西城街道', 290, 90, 31.0, 230],
    ['河口镇', 85, 38, 44.7, 208],
    ['合计', 714, 299, 41.9, 912],
    ['平均每个乡镇', 178.5, 74.8, 41.9, 228],
  ],
  plant: { address: 'E6', value: 992 },
};

// Round 19's party c48: a helper column of the sheet's own workings (3 × 企业数 + 已建党组织企业数 − …), its 合计 by
// another formula. Before: 其余 2 列均满足 合计 = 东城街道 至 黄庄镇 共 8 项之和，本列不满足.
const helperColumn: TwinSheet = {
  name: '辅助列',
  rows: [
    ['乡镇', '企业数', '已建党组织企业数', '辅助列', '覆盖率(%)'],
    ['东城街道', 293, 293, 886, 100.0],
    ['青山镇', 351, 150, 1060, 42.7],
    ['龙泉镇', 158, 41, 481, 25.9],
    ['新华街道', 83, 83, 256, 100.0],
    ['石桥镇', 302, 97, 913, 32.1],
    ['合计', 1187, 664, 3545, 55.9],
  ],
  plant: { address: 'C7', value: 674 },
};

const notAdditive: TwinSheet = {
  name: '非加总列',
  rows: [
    ['地区', '行政区划代码', '年份', '企业数（家）', '从业人员（人）', '人均营业收入（万元）', '排名', '联系电话'],
    ['甲区', 210102, 2024, 120, 3400, 12.5, 2, 24123456],
    ['乙区', 210103, 2024, 80, 2600, 9.8, 4, 24234567],
    ['丙区', 210104, 2024, 150, 4100, 13.6, 1, 24345678],
    ['丁区', 210105, 2024, 50, 1700, 10.4, 3, 24456789],
    ['合计', null, 2024, 400, 11800, 11.9, null, null],
  ],
  plant: { address: 'D6', value: 410 },
};

/** Members per enterprise and cases a day (户均, 日均, as 人均 per head): a total row neither sums them nor needs them whole. */
const perEnterprise: TwinSheet = {
  name: '户均',
  rows: [
    ['区县', '企业数（家）', '党员数（名）', '户均党员数（名）', '日均办件量（件）'],
    ['和平区', 30, 114, 3.8, 4.5],
    ['沈河区', 40, 100, 2.5, 3.2],
    ['铁西区', 25, 80, 3.2, 6.1],
    ['合计', 95, 294, 3.1, 4.6],
  ],
  plant: { address: 'C5', value: 249 },
};

/**
 * 在岗职工平均人数 is a count of people (averaged over the year) that a total adds up, though it says 平均; 平均工资 is
 * not. Before, the vocabulary's 平均 kept both out of every sum, and the sheet was not checked.
 */
const averageHeadcount: TwinSheet = {
  name: '平均人数',
  rows: [
    ['地区', '在岗职工平均人数（人）', '在岗职工平均工资（元）'],
    ['全市', 706274, 134266],
    ['姑苏区', 219619, 155254],
    ['虎丘区', 267331, 113749],
    ['吴中区', 219324, 144451],
  ],
  plant: { address: 'B2', value: 706374 },
};

const decline: TwinSheet = {
  name: '降幅',
  rows: [
    ['地区', '年初数', '年末', '降幅（%）'],
    ['甲镇', 50, 40, 20.0],
    ['乙镇', 30, 33, -10.0],
    ['丙镇', 40, 30, 25.0],
    ['丁镇', 20, 21, -5.0],
    ['合计', 140, 124, 11.4],
  ],
  plant: { address: 'D4', value: 52.0 },
};

const growth: TwinSheet = {
  name: '增长',
  rows: [
    ['地区', '上年', '本年', '增长（%）'],
    ['甲镇', 200, 180, -10.0],
    ['乙镇', 150, 165, 10.0],
    ['丙镇', 80, 76, -5.0],
    ['丁镇', 120, 132, 10.0],
    ['合计', 550, 553, 0.5],
  ],
  plant: { address: 'C4', value: 67 },
};

/** A growth in per mille, as population tables give it: before, checked as per cent (every row an error). */
const growthPerMille: TwinSheet = {
  name: '增长千分比',
  rows: [
    ['地区', '年初户籍人口（人）', '年末户籍人口（人）', '增长率（‰）'],
    ['庐阳区', 356810, 363557, 18.91],
    ['瑶海区', 412003, 409871, -5.17],
    ['蜀山区', 298744, 305112, 21.32],
    ['合计', 1067557, 1078540, 10.29],
  ],
  plant: { address: 'D3', value: 81.91 },
};

// A ratio of two counts under a unit row of counts (单位：所、人): 生师比 is no count of 人, and 全市's is no sum.
const studentsPerTeacher: TwinSheet = {
  name: '生师比',
  rows: [
    ['各县（区）小学基本情况'],
    ['单位：所、人'],
    ['地区', '学校数', '在校学生数', '专任教师', '生师比'],
    ['全市', 435, 86300, 5190, 16.6],
    ['甲区', 80, 16000, 1000, 16.0],
    ['乙区', 90, 19000, 1100, 17.3],
    ['丙区', 80, 15000, 900, 16.7],
    ['丁区', 60, 12400, 760, 16.3],
    ['戊区', 70, 14100, 820, 17.2],
    ['己区', 55, 9800, 610, 16.1],
  ],
  plant: { address: 'C6', value: 20900 },
};

// Years as the only headers under a title naming an average (round 7's chapter workbook): the 合计 row is a weighted
// average, not the sum of the industries.
const averageByTitle: TwinSheet = {
  name: '平均工资',
  rows: [
    ['分行业城镇非私营单位就业人员平均工资'],
    ['单位：元'],
    ['行业', '2023年', '2024年', '2024年比上年增长（%）'],
    ['合计', 115761, 122203, 5.6],
    ['农、林、牧、渔业', 71084, 72849, 2.5],
    ['采矿业', 115270, 121690, 5.6],
    ['制造业', 70926, 75685, 6.7],
    ['建筑业', 128552, 133286, 3.7],
  ],
  plant: { address: 'D7', value: 7.4 },
};

// A rank table's rows of statistics under the counties (round 7): 县均, 最高值, 最低值 and 最高与最低之比 are no
// counties; before, 全市 was said to be their sum too, and 县均's figures no whole counts.
const statisticRows: TwinSheet = {
  name: '位次',
  rows: [
    ['地　区', '一般公共预算收入（万元）', '位次', '常住人口（人）'],
    ['全　市', 5000, null, 224000],
    ['甲县', 1200, 2, 52000],
    ['乙县', 900, 3, 41000],
    ['丙县', 1500, 1, 63000],
    ['丁县', 600, 5, 30000],
    ['戊县', 800, 4, 38000],
    ['县均', 1000, null, 44800],
    ['最高值', 1500, null, 63000],
    ['最低值', 600, null, 30000],
    ['最高与最低之比', 2.5, null, 2.1],
  ],
  plant: { address: 'B2', value: 5500 },
};

describe('case 6: signed and non-additive columns', () => {
  const sheets = [
    migration,
    averageRow,
    averagePerTown,
    helperColumn,
    notAdditive,
    perEnterprise,
    averageHeadcount,
    decline,
    growth,
    growthPerMille,
    studentsPerTeacher,
    averageByTitle,
    statisticRows,
  ];
  let clean: JsonFinding[];
  let planted: JsonFinding[];

  beforeAll(async () => {
    ({ clean, planted } = await checkTwins('case6', sheets));
  }, 60_000);

  test('the clean twin has no error finding', () => {
    expect(errorsOf(clean)).toEqual([]);
  });

  test.each(sheets.map((s) => [s.name, s.plant.address]))('sheet %s: the planted %s is the suspect', (name, cell) => {
    expect(errorSuspects(planted, name)).toEqual([cell]);
  });

  test('negative differences, declines and growths are not reported as counts or out-of-range rates', () => {
    const ruled = (id: string) => clean.filter((f) => f.ruleId === id).map((f) => f.sheet);
    expect(ruled('count-whole-non-negative')).toEqual([]);
    expect(ruled('rate-within-0-100')).toEqual([]);
  });

  test('a coverage rate above 100 is still out of range', async () => {
    const over: TwinSheet = { ...averageRow, name: '超出', plant: { address: 'D2', value: 108.0 } };
    const { planted: found } = await checkTwins('case6-over', [over]);
    expect(found.filter((f) => f.ruleId === 'rate-within-0-100').map((f) => f.cells[0].address)).toEqual(['D2']);
  });
});

describe('a sheet of changes, named so by its sheet name or title', () => {
  // From a helper's clean party-organisation workbook: sheets 2024年, 2023年 and 比上年增减, each headed 非公企业数 |
  // 覆盖企业数 | … | 覆盖率. Before, the changes were checked as levels: 覆盖率应为 -133.3%（8 ÷ -6）, negative counts.
  const rows = (total: number) => [
    ['淮安市非公企业党组织覆盖情况（比上年增减）'],
    [
      '县（区）',
      '非公企业数（家）',
      '覆盖企业数（家）',
      '单独建立党组织数（个）',
      '联合党组织覆盖企业数（家）',
      '覆盖率（百分点）',
    ],
    ['清江浦区', -6, 8, 5, 3, 2.4],
    ['淮安区', 5, 24, 12, 12, 2.4],
    ['淮阴区', 52, 2, -1, 3, -1.1],
    ['合计', total, 34, 16, 18, 0.7],
  ];
  const byTitle: TwinSheet = { name: '增减', rows: rows(51), plant: { address: 'B6', value: 57 } };
  const byName: TwinSheet = { name: '比上年增减', rows: rows(51).slice(1), plant: { address: 'B5', value: 57 } };
  // Round 8: a summary of changes since a year named in the sheet's name (汇总（比2021年增减）).
  const sinceYear: TwinSheet = {
    name: '汇总（比2021年增减）',
    rows: rows(51).slice(1),
    plant: { address: 'B5', value: 57 },
  };

  it('checks no level, still the totals: nothing on the clean sheets, each planted total found', async () => {
    const { clean, planted } = await checkTwins('changes-only', [byTitle, byName, sinceYear]);
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const found = planted
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.sheet} ${f.ruleId} ${f.cells[0].address}`);
    expect(found).toEqual([
      '增减 total-row-sum B6',
      '比上年增减 total-row-sum B5',
      '汇总（比2021年增减） total-row-sum B5',
    ]);
  });
});

describe('columns whose total is their rows’ average, under a title naming one', () => {
  // Round 7's 分地区平均工资: 全市 | 合计 | 国有单位 | 其他单位, in 元, 全市 a weighted average. Before, 全市 was said to
  // be the sum of the counties in every column. A 全市 typed with a digit too many lies outside its rows: still summed.
  const wages = (total: number): TwinSheet => ({
    name: '平均工资',
    rows: [
      ['各县（市、区）城镇非私营单位就业人员平均工资（2024年）'],
      ['单位：元'],
      ['地　区', '合计', '国有单位', '其他单位'],
      ['全　市', total, 111588, 95473],
      ['甲县', 98210, 108400, 91200],
      ['乙县', 104530, 115020, 99870],
      ['丙县', 96880, 109950, 90310],
      ['丁区', 103120, 113700, 98640],
    ],
    plant: { address: 'B4', value: total },
  });

  it('checks no sum in them, yet a total outside its rows’ range is summed and found', async () => {
    const { clean } = await checkTwins('averaged', [wages(100441)]);
    expect(errorsOf(clean)).toEqual([]);
    const { planted: digit } = await checkTwins('averaged-digit', [wages(1004410)]);
    expect(errorSuspects(digit, '平均工资')).toEqual(['B4']);
  });
});

test('a row of changes since the start of the year (比年初增减) holds no counts', async () => {
  // Round 7's 党组织数量变动表: 年初数 | 本年新增 | 本年减少 | 年末数 | 比年初增减 as rows, 党委 … 合计 as columns.
  // Before, 比年初增减's -1 was reported as a count that should be a non-negative whole number.
  const changes: TwinSheet = {
    name: '变动',
    rows: [
      ['康塘县非公企业党组织数量变动表'],
      ['单位：个'],
      ['项目', '党委', '党总支', '党支部', '联合党支部', '合计'],
      ['年初数', 8, 20, 80, 49, 157],
      ['本年新增', 2, 2, 3, 0, 7],
      ['本年减少', 2, 3, 0, 1, 6],
      ['年末数', 8, 19, 83, 48, 158],
      ['比年初增减', 0, -1, 3, -1, 1],
    ],
    plant: { address: 'C8', value: -1 },
  };
  const { clean } = await checkTwins('since-start', [changes]);
  expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a 行次 column numbers the lines of a statement, and 本期金额 is no count', async () => {
  // Round 8's 会企02 income statement: 项目 | 行次 | 本期金额 | 上期金额. Before, the line numbers were figures (利息费用,
  // line 3, larger than 财务费用, line 2), and 本期/上期 figures had to be whole counts (the measures' kind).
  const statement: TwinSheet = {
    name: '利润表',
    rows: [
      ['项　　目', '行次', '本期金额', '上期金额'],
      ['营业收入', 1, 207335306.68, 196856587.56],
      ['财务费用', 2, 1287878.97, 1107015.48],
      ['　其中：利息费用', 3, 1080470.37, 916677.84],
      ['营业利润', 4, 28158769.81, 20836550.6],
    ],
    plant: { address: 'C4', value: 1390470.37 },
  };
  const { clean } = await checkTwins('line-numbers', [statement]);
  expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a statement’s 加：/减： lines are terms of the next line, not parts of the line above', async () => {
  // Round 8's 会企02: 一、营业收入 | 减：营业成本 | 税金及附加 … | 财务费用 | 其中：利息费用 | 利息收入 | 加：其他收益 |
  // 投资收益 | 二、营业利润. Before, the terms were parts of 营业收入 and of 其他收益: 投资收益 larger than 其他收益.
  const statement: TwinSheet = {
    name: '利润表',
    rows: [
      ['单位：元'],
      ['项　　目', '本期金额', '上期金额'],
      ['一、营业收入', 207335306.68, 196856587.56],
      ['　减：营业成本', 152747347.14, 150609482.75],
      ['　　　税金及附加', 1244011.84, 1181139.53],
      ['　　　财务费用', 1287878.97, 1107015.48],
      ['　　　其中：利息费用', 1080470.37, 916677.84],
      ['　　　　　　利息收入', 220426.84, 167037.57],
      ['　加：其他收益', 440908.02, 286372.6],
      ['　　　投资收益', 675445.91, -79311.18],
      ['二、营业利润', 53172401.64, 44065313.8],
    ],
    plant: { address: 'B3', value: 207335306.68 },
  };
  const { clean } = await checkTwins('statement-terms', [statement]);
  expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
});

describe('changes headed as offices head them, and a median (round 14)', () => {
  // 较上年末, 升降, 同比, 超（+）欠（-）计划 are changes that may be negative (before: 应为非负整数 on each negative); a
  // 其中 column after 超欠 is no part of it; a median is no sum (before: 党龄中位数应为 209（SUM）).
  const places: [string, number, number, number, number][] = [
    ['东湖区', 1200, 1032, 300, 280],
    ['西湖区', 860, 901, 250, 262],
    ['南山区', 940, 925, 280, 275],
    ['北岭县', 610, 655, 200, 211],
  ];
  const sum = (i: 1 | 2 | 3 | 4) => places.reduce((n, p) => n + p[i], 0);
  const changes: TwinSheet = {
    name: '变化',
    rows: [
      ['地区', '上年末党员（名）', '本年末党员（名）', '较上年末（名）', '升降（名）', '同比（名）'],
      ...places.map(([name, a, b]) => [name, a, b, b - a, b - a, b - a]),
      ['合计', sum(1), sum(2), sum(2) - sum(1), sum(2) - sum(1), sum(2) - sum(1)],
    ],
    plant: { address: 'C6', value: sum(2) + 70 },
  };
  const plan: TwinSheet = {
    name: '计划',
    rows: [
      ['地区', '计划（名）', '完成（名）', '超（+）欠（-）计划（名）', '其中：一线工人（名）'],
      ...places.map(([name, , , p, d]) => [name, p, d, d - p, Math.round(d * 0.6)]),
      ['合计', sum(3), sum(4), sum(4) - sum(3), places.reduce((n, p) => n + Math.round(p[4] * 0.6), 0)],
    ],
    plant: { address: 'C6', value: sum(4) + 80 },
  };
  const median: TwinSheet = {
    name: '党龄',
    rows: [
      ['支部', '党员（名）', '党龄中位数（年）'],
      ['第一支部', 31, 21],
      ['第二支部', 45, 24],
      ['第三支部', 27, 19],
      ['合计', 103, 22],
    ],
    plant: { address: 'B5', value: 110 },
  };

  it('raises nothing on the clean sheets, and finds each planted total', async () => {
    const { clean, planted } = await checkTwins('changes-as-typed', [changes, plan, median]);
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(errorSuspects(planted, '变化')).toEqual(['C6']);
    expect(errorSuspects(planted, '计划')).toEqual(['C6']);
    expect(errorSuspects(planted, '党龄')).toEqual(['B5']);
  });
});

describe('changes headed with the decrease in brackets (round 18)', () => {
  // 增（减）, 超（欠）目标 and 与目标差 columns, and a 比上年增（减） row under the periods, are changes that may be
  // negative. Before, a unit line 单位：个 made each negative 应为非负整数 (17 of round 18's party workbooks).
  const towns: [string, number, number, number][] = [
    ['石门乡', 40, 35, 30],
    ['柳河乡', 28, 31, 33],
    ['城关镇', 55, 60, 52],
    ['新河镇', 19, 17, 20],
  ];
  const sum = (i: 1 | 2 | 3) => towns.reduce((n, t) => n + t[i], 0);
  const columns: TwinSheet = {
    name: '年报',
    rows: [
      ['单位：个'],
      ['乡镇', '年初', '年末', '增（减）', '目标', '超（欠）目标', '与目标差'],
      ...towns.map(([name, a, b, g]) => [name, a, b, b - a, g, b - g, b - g]),
      ['合计', sum(1), sum(2), sum(2) - sum(1), sum(3), sum(2) - sum(3), sum(2) - sum(3)],
    ],
    plant: { address: 'C7', value: sum(2) + 7 },
  };
  const rows: TwinSheet = {
    name: '指标',
    rows: [
      ['指标', '党组织数（个）', '党员数（名）'],
      ['上年末', 412, 5230],
      ['本年末', 405, 5045],
      ['比上年增（减）', -7, -185],
      ['同比增（减）', -7, -185],
    ],
    plant: { address: 'C3', value: 5052 },
  };

  it('raises nothing on the clean sheets, and finds the planted total', async () => {
    const { clean, planted } = await checkTwins('bracketed-changes', [columns, rows]);
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(errorSuspects(planted, '年报')).toEqual(['C7']);
  });
});

describe('其中 parts of a loss (round 19)', () => {
  // Round 19's 86: a loss of −2.39 is made of 2.36 and 1.12 of profit and −5.87 of loss, so a part may exceed its
  // whole. Before: 利润总额：国有控股企业不应大于利润总额（2.36 > -2.39）. A part over a whole of profit is still found.
  const profits = (whole: number, parts: number[]): TwinSheet => ({
    name: whole < 0 ? '亏损' : '盈利',
    rows: [
      ['项目', '利润总额（亿元）', '比上年增减（亿元）'],
      ['利润总额', whole, -1.34],
      ['  其中：国有控股企业', parts[0], 0.88],
      ['        私人控股企业', parts[1], -3.1],
      ['        外商及港澳台商控股企业', parts[2], 0.4],
    ],
    plant: { address: 'B4', value: 15.87 },
  });

  it('raises nothing on a loss with parts of profit, and finds a part over a profit', async () => {
    const { clean, planted } = await checkTwins('loss-parts', [
      profits(-2.39, [2.36, -5.87, 1.12]),
      profits(12.39, [2.36, 5.87, 1.12]),
    ]);
    expect(errorsOf(clean)).toEqual([]);
    expect(errorSuspects(planted, '盈利')).toEqual(['B4']);
  });
});

describe('其中 parts of a profit where other rows are losses (round 25)', () => {
  // Round 25's industry tables: a sector's 其中 profit above the sector's profit, since the sub-industries left out made
  // losses, as 采矿业's loss in the same column shows. Before: 制造业：计算机、通信和其他电子设备制造业不应大于利润总额
  // （47.02 > 45.31）. The count column never goes below zero: a part over its whole there is still found.
  const sectors: TwinSheet = {
    name: '分行业',
    rows: [
      ['行业', '企业单位数（个）', '利润总额（亿元）'],
      ['总计', 100, 50.2],
      ['采矿业', 10, -3.11],
      ['制造业', 80, 45.31],
      ['  其中：计算机、通信和其他电子设备制造业', 12, 47.02],
      ['电力、热力、燃气及水生产和供应业', 10, 8],
    ],
    plant: { address: 'B5', value: 92 },
  };

  it('raises nothing on the profit, and finds a count part over its whole', async () => {
    const { clean, planted } = await checkTwins('profit-parts', [sectors]);
    expect(errorsOf(clean)).toEqual([]);
    expect(errorSuspects(planted, '分行业')).toEqual(['B5']);
  });
});
