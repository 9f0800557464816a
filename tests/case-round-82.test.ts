import { caseFindings, describeCaseBook, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 82 (/tmp/round82a–b: party building in industry associations and social organisations by registration
 * level and type; employment and social insurance, written by outside testers who had not written statlint):
 * - A kind left blank under its level adds 0 (as one marked — does): the level still sums its kinds.
 * - Where a 序号 column numbers a list's items, rows it leaves unnumbered that number themselves are the item's own.
 * - 本期新增 and 本期减少 are flows in the period, not the period's stock (no 现期数); 前三季度合计 totals three quarters.
 * - A total over periods in a column of stocks is the stock it opens or closes at: neither that nor the sum is wrong.
 * - A 其中 column after a breakdown in 万人 is the part of the breakdown's 合计, which the rounded figures add up to.
 * - A 其中 row typed shallower than the row above it is that row's part while the rows before it do not yet add up to
 *   the total over them.
 * - A unit in brackets at the end of the title is the sheet's unit; a note saying the figures were rounded apart makes
 *   each figure rounded, as a unit in 万 does.
 * - A note names a zone by its short form (高新区 for 高新技术产业开发区).
 * - Where the sheet's units are all counts but its rates' (单位：个、人、%), a row naming no unit nor rate holds counts.
 */

// Registration levels numbered 一、（一）, one kind left blank: a kind with none adds 0, its level still sums its kinds (/tmp/round82a level_type_blankzero).
const registrationLevels: CaseSheet = {
  name: '按登记层级',
  rows: [
    ['四川省社会组织党建工作情况统计表（按登记管理层级）'],
    [null, null, null, null, null, null, '单位：个，人，%'],
    [
      '项目',
      '社会组织总数',
      '已建立党组织的社会组织数',
      '党的组织覆盖率（%）',
      '实现党的工作覆盖数',
      '党的工作覆盖率（%）',
      '党员数',
    ],
    ['　一、省级登记', '3225', '1041', '32.3', '2531', '78.5', '4433'],
    ['　　（一）社会团体', '1215', '262', '21.6', '887', '73', '1490'],
    ['　　　其中：行业协会商会', '408', '83', '20.3', '350', '85.8', '446'],
    ['　　（二）社会服务机构', '1782', '708', '39.7', '1439', '80.8', '2563'],
    ['　　（三）基金会', '228', '71', '31.1', '205', '89.9', '380'],
    ['　二、市级登记', '2402', '815', '33.9', '2035', '84.7', '4536'],
    ['　　（一）社会团体', '1177', '363', '30.8', '1146', '97.4', '2868'],
    ['　　　其中：行业协会商会', '326', '166', '50.9', '308', '94.5', '1208'],
    ['　　（二）民办非企业单位', '1225', '452', '36.9', '889', '72.6', '1668'],
    ['　　（三）基金会', null, null, '—', null, '—'],
    ['　三、县级登记', '672', '260', '38.7', '543', '80.8', '1108'],
    ['　　（一）社会团体', '330', '107', '32.4', '275', '83.3', '346'],
    ['　　　其中：行业协会商会', '102', '28', '27.5', '74', '72.5', '92'],
    ['　　（二）社会服务机构', '319', '144', '45.1', '250', '78.4', '690'],
    ['　　（三）基金会', '23', '9', '39.1', '18', '78.3', '72'],
    ['合计', '6299', '2116', '33.6', '5109', '81.1', '10077'],
    ['填报说明：本表由各县（市、区）社会组织综合党委填报，数据截至2025年12月31日，覆盖率保留一位小数。'],
  ],
  merges: ['A1:G1', 'A20:G20'],
  plant: { address: 'E17', value: 342 },
};

// A 序号 column numbering the kinds, 1.已脱钩 | 2.未脱钩 under 其中：行业协会商会 numbering themselves: items of the item above, not kinds of the total (/tmp/round82a type_rows_hsplit).
const numberedTypes: CaseSheet = {
  name: '按类型',
  rows: [
    ['宜昌市各类社会组织党建工作情况表'],
    [null, null, null, null, null, '计量单位：个、人'],
    ['序号', '组织类型', '社会组织总数', '建立党组织情况', '党的组织覆盖率（%）', '党建工作经费（万元）'],
    [1, '社会团体', 1593, 509, { v: 32, numFmt: '0.0' }, { v: 507.6, numFmt: '0.0' }],
    [null, '其中：行业协会商会', 547, 240, { v: 43.9, numFmt: '0.0' }, { v: 224.7, numFmt: '0.0' }],
    [null, '1.已脱钩', 411, 166, { v: 40.4, numFmt: '0.0' }, { v: 191.5, numFmt: '0.0' }],
    [null, '2.未脱钩', 136, 74, { v: 54.4, numFmt: '0.0' }, { v: 33.1, numFmt: '0.0' }],
    [2, '民办非企业单位', 1519, 768, { v: 50.6, numFmt: '0.0' }, { v: 421.8, numFmt: '0.0' }],
    [3, '基金会', 152, 81, { v: 53.3, numFmt: '0.0' }, { v: 71.6, numFmt: '0.0' }],
    ['全市', null, 3264, 1358, { v: 41.6, numFmt: '0.0' }, { v: 1001.1, numFmt: '0.0' }],
    ['填报说明：本表由各县（市、区）社会组织综合党委填报，数据截至2025年12月31日，覆盖率保留一位小数。'],
  ],
  merges: ['A1:F1', 'A10:B10', 'A11:F11'],
  plant: { address: 'E4', value: 38.1 },
};

// A quarterly ledger under 前三季度合计 (wholePeriodPrefixes), its flows headed 本期新增 (no period's stock) (/tmp/round82a ledger_quarter).
const quarterLedger: CaseSheet = {
  name: '季度台账',
  rows: [
    ['赣州市社会组织党建工作季度统计台账（2025年）'],
    [null, null, null, null, null, null, null, null, null, '单位：个，人，%'],
    ['季度', '社会组织', null, null, null, '已建党组织的社会组织', null, null, null, '期末党组织覆盖率（%）'],
    [null, '期初数', '本期新增', '本期减少', '期末数', '期初数', '本期新建', '本期撤销', '期末数'],
    ['第一季度', 3880, 24, 7, 3897, 1245, 15, 6, 1254, { v: 32.2, numFmt: '0.0' }],
    ['第二季度', 3897, 61, 49, 3909, 1254, 6, 1, 1259, { v: 32.2, numFmt: '0.0' }],
    ['第三季度', 3909, 44, 34, 3919, 1259, 11, 4, 1266, { v: 32.3, numFmt: '0.0' }],
    ['前三季度合计', 3880, 129, 90, 3919, 1245, 32, 11, 1266, { v: 32.3, numFmt: '0.0' }],
    ['注：期末数=期初数+本期新增-本期减少；下季度期初数为上季度期末数。'],
  ],
  merges: ['A1:J1', 'B3:E3', 'F3:I3', 'A3:A4', 'J3:J4', 'A9:J9'],
  plant: { address: 'H8', value: 10 },
};

// A 其中 column after a breakdown in 万人 rounded cell by cell: the part of the breakdown's 合计, which the rounded figures add up to (/tmp/round82b 53).
const employmentByPlace: CaseSheet = {
  name: '转移就业',
  rows: [
    ['2023年农村劳动力转移就业情况'],
    [null, null, null, null, null, '单位：万人'],
    ['县（市、区）', '转移就业人数', null, null, null, '其中：女性'],
    [null, '合计', '县内', '县外省内', '省外'],
    [
      '全市',
      { v: 26.64, numFmt: '0.00' },
      { v: 10.75, numFmt: '0.00' },
      { v: 7.32, numFmt: '0.00' },
      { v: 8.57, numFmt: '0.00' },
      { v: 8.25, numFmt: '0.00' },
    ],
    [
      '东阳市',
      { v: 3.99, numFmt: '0.00' },
      { v: 1.64, numFmt: '0.00' },
      { v: 1.08, numFmt: '0.00' },
      { v: 1.27, numFmt: '0.00' },
      { v: 1.12, numFmt: '0.00' },
    ],
    [
      '金东区',
      { v: 4.38, numFmt: '0.00' },
      { v: 1.74, numFmt: '0.00' },
      { v: 1.27, numFmt: '0.00' },
      { v: 1.37, numFmt: '0.00' },
      { v: 1.26, numFmt: '0.00' },
    ],
    [
      '永康市',
      { v: 3.06, numFmt: '0.00' },
      { v: 1.2, numFmt: '0.00' },
      { v: 0.83, numFmt: '0.00' },
      { v: 1.02, numFmt: '0.00' },
      { v: 0.97, numFmt: '0.00' },
    ],
    [
      '武义县',
      { v: 3.63, numFmt: '0.00' },
      { v: 1.49, numFmt: '0.00' },
      { v: 1, numFmt: '0.00' },
      { v: 1.15, numFmt: '0.00' },
      { v: 1.04, numFmt: '0.00' },
    ],
    [
      '磐安县',
      { v: 3.22, numFmt: '0.00' },
      { v: 1.32, numFmt: '0.00' },
      { v: 0.91, numFmt: '0.00' },
      { v: 0.99, numFmt: '0.00' },
      { v: 1.43, numFmt: '0.00' },
    ],
    [
      '兰溪市',
      { v: 1.26, numFmt: '0.00' },
      { v: 0.51, numFmt: '0.00' },
      { v: 0.34, numFmt: '0.00' },
      { v: 0.41, numFmt: '0.00' },
      { v: 0.38, numFmt: '0.00' },
    ],
    [
      '义乌市',
      { v: 4.22, numFmt: '0.00' },
      { v: 1.69, numFmt: '0.00' },
      { v: 1.14, numFmt: '0.00' },
      { v: 1.4, numFmt: '0.00' },
      { v: 1.2, numFmt: '0.00' },
    ],
    [
      '婺城区',
      { v: 2.87, numFmt: '0.00' },
      { v: 1.16, numFmt: '0.00' },
      { v: 0.75, numFmt: '0.00' },
      { v: 0.96, numFmt: '0.00' },
      { v: 0.87, numFmt: '0.00' },
    ],
  ],
  merges: ['A1:F1', 'B3:E3', 'A3:A4', 'F3:F4'],
  plant: { address: 'F8', value: 3.26 },
};

// A 其中 row typed shallower than the district above it: that district's part, the districts after it the total's (/tmp/round82b 54).
const reemployment: CaseSheet = {
  name: '再就业',
  rows: [
    ['2023年失业人员再就业情况'],
    ['单位：人、%'],
    ['地区', '本年累计', '上年同期', '同比增长（%）'],
    ['全市合计', 26614, 28079, { v: -5.2, numFmt: '0.0' }],
    ['　　七里河区', 1593, 1510, { v: 5.5, numFmt: '0.0' }],
    ['　其中：高新区', 477, 453, { v: 5.3, numFmt: '0.0' }],
    ['　　安宁区', 2059, 2288, { v: -10, numFmt: '0.0' }],
    ['　　兰州新区', 3959, 3830, { v: 3.4, numFmt: '0.0' }],
    ['　　榆中县', 4532, 4533, { v: 0, numFmt: '0.0' }],
    ['　　西固区', 5103, 5698, { v: -10.4, numFmt: '0.0' }],
    ['　　永登县', 1655, 1916, { v: -13.6, numFmt: '0.0' }],
    ['　　红古区', 6344, 6899, { v: -8, numFmt: '0.0' }],
    ['　　城关区', 1369, 1405, { v: -2.6, numFmt: '0.0' }],
  ],
  merges: ['A1:D1'],
  plant: { address: 'D11', value: 13.6 },
};

// A unit only in the title's brackets (…参保人数（万人）): figures rounded cell by cell, a growth within their rounding (/tmp/round82b 42).
const pensions: CaseSheet = {
  name: '养老',
  rows: [
    ['各县（市、区）养老保险参保人数（万人）'],
    ['地区', '本年末', '上年末', '增长（%）'],
    ['全市', { v: 158.1, numFmt: '0.00' }, { v: 153.22, numFmt: '0.00' }, { v: 3.2, numFmt: '0.0' }],
    ['东阳市', { v: 16.64, numFmt: '0.00' }, { v: 16.32, numFmt: '0.00' }, { v: 2, numFmt: '0.0' }],
    ['武义县', { v: 31.5, numFmt: '0.00' }, { v: 29.77, numFmt: '0.00' }, { v: 5.8, numFmt: '0.0' }],
    ['永康市', { v: 16.31, numFmt: '0.00' }, { v: 15.75, numFmt: '0.00' }, { v: 3.6, numFmt: '0.0' }],
    ['浦江县', { v: 26.33, numFmt: '0.00' }, { v: 25.08, numFmt: '0.00' }, { v: 5, numFmt: '0.0' }],
    ['磐安县', { v: 20.85, numFmt: '0.00' }, { v: 20.26, numFmt: '0.00' }, { v: 2.9, numFmt: '0.0' }],
    ['金东区', { v: 15.31, numFmt: '0.00' }, { v: 15.28, numFmt: '0.00' }, { v: 0.2, numFmt: '0.0' }],
    ['婺城区', { v: 14.45, numFmt: '0.00' }, { v: 14.11, numFmt: '0.00' }, { v: 2.5, numFmt: '0.0' }],
    ['义乌市', { v: 16.7, numFmt: '0.00' }, { v: 16.64, numFmt: '0.00' }, { v: 0.4, numFmt: '0.0' }],
  ],
  merges: ['A1:D1'],
  plant: { address: 'B3', value: 159.1 },
};

// Two zones marked — last year, a note naming them by their short forms (高新区、综保区) as counted in the city's figure:
// the total holds more than the others, and only a total short of them would be wrong (/tmp/round82b 36).
const zonesNotListed: CaseSheet = {
  name: '失业人员再就业',
  rows: [
    ['2023年1-11月失业人员再就业情况'],
    ['单位：人、%'],
    ['地区', '本年累计', '上年同期', '同比增长（%）'],
    ['全市', 29256, 30036, { v: -2.6, numFmt: '0.0' }],
    ['正定县', 4856, 4792, { v: 1.3, numFmt: '0.0' }],
    ['高邑县', 1239, 1101, { v: 12.5, numFmt: '0.0' }],
    ['晋州市', 3426, 3360, { v: 2, numFmt: '0.0' }],
    ['无极县', 4633, 4986, { v: -7.1, numFmt: '0.0' }],
    ['平山县', 3326, 3593, { v: -7.4, numFmt: '0.0' }],
    ['行唐县', 1568, 1659, { v: -5.5, numFmt: '0.0' }],
    ['辛集市', 2492, 2797, { v: -10.9, numFmt: '0.0' }],
    ['赞皇县', 5632, 5828, { v: -3.4, numFmt: '0.0' }],
    ['高新技术产业开发区', 1543, '—', '—'],
    ['综合保税区', 541, '—', '—'],
    ['注：高新区、综保区上年同期数因区划调整未单列，全市上年同期数含上述两区。'],
  ],
  merges: ['A1:D1', 'A15:D15'],
  plant: { address: 'D6', value: 10.5 },
};

// Indicators as rows under 单位：个、人、%: every row naming no unit and no rate counts, exactly, so a change off by one
// is wrong (/tmp/round82a p38).
const indicators: CaseSheet = {
  name: '两年对比',
  rows: [
    ['绍兴市社会组织党建工作主要指标对比表'],
    [null, null, null, null, '单位：个、人、%'],
    ['指标', '2024年', '2025年', '比上年增减', '增长率（%）'],
    ['社会组织总数', 4230, 4481, 251, { v: 5.93, numFmt: '0.00' }],
    ['　其中：行业协会商会', 694, 706, 12, { v: 1.73, numFmt: '0.00' }],
    ['已建立党组织的社会组织数', 1788, 1816, 28, { v: 1.57, numFmt: '0.00' }],
    ['党组织覆盖率', { v: 42.3, numFmt: '0.0' }, { v: 40.5, numFmt: '0.0' }, { v: -1.8, numFmt: '0.0' }, '—'],
    ['党员总数', 14552, 14618, 66, { v: 0.45, numFmt: '0.00' }],
    ['　其中：女党员', 7083, 7077, -6, { v: -0.08, numFmt: '0.00' }],
    ['　　　　35岁及以下', 4012, 4027, 15, { v: 0.37, numFmt: '0.00' }],
    ['专职党务工作者', 186, 194, 8, { v: 4.3, numFmt: '0.00' }],
    ['党建工作指导员', 318, 337, 19, { v: 5.97, numFmt: '0.00' }],
    ['注：覆盖率的增减为百分点。'],
  ],
  merges: ['A1:E1', 'A13:E13'],
  plant: { address: 'D11', value: 9 },
};

// A title's unit (各市主要经济指标（亿元）) makes these columns amounts a total sums; a heading among the rows
// (计划单列市：) hides no figure, and 全省（不含计划单列市） is left out as the row the others hold
// (tests/corpora/layouts/mixed-20/m08_province_jhdl.xlsx).
const provinceTotals: CaseSheet = {
  name: '全省',
  rows: [
    ['各市主要经济指标（亿元）'],
    ['地区', '地区生产总值', '一般公共预算收入'],
    ['全省', { v: 29033.1, numFmt: '0.0' }, { v: 3092.7, numFmt: '0.0' }],
    ['全省（不含计划单列市）', { v: 17234.8, numFmt: '0.0' }, { v: 1697.9, numFmt: '0.0' }],
    ['东州市', { v: 2227.1, numFmt: '0.0' }, { v: 308.1, numFmt: '0.0' }],
    ['南江市', { v: 2406.7, numFmt: '0.0' }, { v: 555.9, numFmt: '0.0' }],
    ['西岭市', { v: 4891.4, numFmt: '0.0' }, { v: 369.7, numFmt: '0.0' }],
    ['北原市', { v: 4672.5, numFmt: '0.0' }, { v: 260.9, numFmt: '0.0' }],
    ['中平市', { v: 3037.2, numFmt: '0.0' }, { v: 203.4, numFmt: '0.0' }],
    ['计划单列市：'],
    ['海川市', { v: 11798.2, numFmt: '0.0' }, { v: 1394.7, numFmt: '0.0' }],
    [],
    ['注：全省数据含计划单列市。'],
  ],
  merges: ['A1:C1'],
  plant: { address: 'B11', value: 11898.2 },
};

// A note saying the figures were rounded apart (因四舍五入, roundingNotes), its unit stated only there: a growth within the
// rounding of its two figures holds (/tmp/round82b 42).
const unemploymentInsurance: CaseSheet = {
  name: '失业',
  rows: [
    ['各县（市、区）失业保险参保人数'],
    ['地区', '本年末', '上年末', '增长（%）'],
    ['全市', { v: 230.06, numFmt: '0.00' }, { v: 220.95, numFmt: '0.00' }, { v: 4.1, numFmt: '0.0' }],
    ['婺城区', { v: 34.11, numFmt: '0.00' }, { v: 33.52, numFmt: '0.00' }, { v: 1.8, numFmt: '0.0' }],
    ['东阳市', { v: 35.18, numFmt: '0.00' }, { v: 34.05, numFmt: '0.00' }, { v: 3.3, numFmt: '0.0' }],
    ['金东区', { v: 34.07, numFmt: '0.00' }, { v: 32.5, numFmt: '0.00' }, { v: 4.8, numFmt: '0.0' }],
    ['永康市', { v: 25.99, numFmt: '0.00' }, { v: 24.37, numFmt: '0.00' }, { v: 6.6, numFmt: '0.0' }],
    ['兰溪市', { v: 21.66, numFmt: '0.00' }, { v: 20.39, numFmt: '0.00' }, { v: 6.3, numFmt: '0.0' }],
    ['浦江县', { v: 15.93, numFmt: '0.00' }, { v: 15.58, numFmt: '0.00' }, { v: 2.2, numFmt: '0.0' }],
    ['武义县', { v: 37.34, numFmt: '0.00' }, { v: 35.44, numFmt: '0.00' }, { v: 5.4, numFmt: '0.0' }],
    ['义乌市', { v: 25.78, numFmt: '0.00' }, { v: 25.09, numFmt: '0.00' }, { v: 2.8, numFmt: '0.0' }],
    ['注：本表计量单位为万人，合计数与分项之和因四舍五入可能存在差异。'],
  ],
  merges: ['A1:D1', 'A12:D12'],
  plant: { address: 'C3', value: 199.17 },
};

// A unit line labelled by what it measures (金额单位：万元, unitLabels): the sheet's unit, figures rounded at two decimals
// (round 82B: 人数单位, 数据单位 as well).
const fundIncome: CaseSheet = {
  name: '基金收入',
  rows: [
    ['各县养老保险基金收入'],
    [null, null, null, '金额单位：万元'],
    ['地区', '本年', '上年', '增长（%）'],
    ['合计', 110.58, 105.67, 4.6],
    ['甲县', 14.45, 14.11, 2.5],
    ['乙县', 21.66, 20.39, 6.3],
    ['丙县', 16.64, 16.32, 2],
    ['丁县', 31.5, 29.77, 5.8],
    ['戊县', 26.33, 25.08, 5],
  ],
  merges: [],
  plant: { address: 'D6', value: 7.3 },
};

// The same ledger, its first quarter's opening stock wrong: the 前三季度合计 opening at it and the quarter's balance
// both name it.
const quarterOpening: CaseSheet = { ...quarterLedger, name: '季度台账（期初）', plant: { address: 'F5', value: 1254 } };

describe('round 82: two coverages by registration level; employment and social insurance', () => {
  describeCaseBook('登记层级', [registrationLevels, numberedTypes, indicators]);
  describeCaseBook('季度台账', [quarterLedger, quarterOpening]);
  describeCaseBook('就业参保', [
    employmentByPlace,
    reemployment,
    pensions,
    zonesNotListed,
    unemploymentInsurance,
    fundIncome,
  ]);

  test("a heading among a total's rows hides no figure: the row the others hold is left out", async () => {
    const findings = await caseFindings(await writeCaseBook('全省', [provinceTotals], false));
    expect(errorsOn(findings, '全省')).toEqual([]);
  });
});
