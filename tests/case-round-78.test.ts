import { describeCaseBook, shownTo, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 78 (/tmp/round78a–b: village collective economy and village cadres; energy, environment and public
 * budgets, written by outside testers who had not written statlint), and a miss of round 77 (/tmp/round77b p017):
 * - A header ending in a counted subject (亏损企业) counts it: its whole figures are exact, so 亏损面 is read as its
 *   rate of 企业单位数 even where the rates are small.
 * - A sheet's first row that sums the places under it is its total also where groups of the places have 小计 rows
 *   (高唐县 over towns under 东部片区小计 …), and the towns indented under it are no 其中 parts of it.
 * - Where each row states its unit in a 单位 column, a unit line above the table (单位：个) is not every column's:
 *   the 万元 rows hold no counts.
 * - A row marked none where the other rows are compared (移动源 — under 化学需氧量) is not read as left out of the total
 *   in the columns where it has figures.
 * - A rate over a count of which another column is a copy (行政村数 | 村党组织书记) is read as the rate, not as the count
 *   worked back from it, where a wrong rate blurs into the count's rounding.
 * - A section of a total's rows that adds up in no column beside one that does (主要行业（选列）) is no breakdown of it.
 * - On a sheet continued on the next one, a subtotal whose rows all lie on this sheet (市辖区 over its districts, a
 *   county after them) is checked.
 */

// 亏损企业 and 亏损面 beside 企业单位数, the main industries listed after the sections (/tmp/round77b p017).
const losses: CaseSheet = {
  name: '分行业',
  rows: [
    ['2024年9月规模以上工业企业经济效益（分行业）'],
    ['单位：个、亿元、%'],
    ['行业', '企业单位数', '亏损企业', '亏损面', '营业收入', null, null, '利润总额'],
    [null, null, null, null, '本月', '1-9月累计', '累计同比增长', '本月', '1-9月累计', '累计同比增长'],
    ['总计', 233, 36, 15.5, 58.42, 673.37, 19, 4.04, 42.1, -12],
    ['采矿业', 81, 7, 8.6, 19.02, 178.58, 24.8, 1.76, 20.05, -10.2],
    ['制造业', 140, 27, 19.3, 37.59, 470.32, 16.5, 2.29, 22.27, -11.7],
    ['电力、热力、燃气及水生产和供应业', 12, 2, 16.7, 1.81, 24.47, 27.8, -0.02, -0.23, -185.3],
    ['主要行业（选列）'],
    ['  石油和天然气开采业', 54, 6, 11.1, 13.34, 125.31, 30.5, 1.3, 13.7, -23],
    ['  黑色金属矿采选业', 27, 1, 3.7, 5.68, 53.27, 13.3, 0.46, 6.35, 39.9],
    ['  农副食品加工业', 11, 1, 9.1, 2.27, 25.17, 11.9, 0.23, 2.25, -31.4],
    ['  酒、饮料和精制茶制造业', 9, 3, 33.3, 1.9, 21.54, -7.8, 0.12, 1.19, '—'],
    ['  化学原料和化学制品制造业', 14, 3, 21.4, 2.31, 21.17, 15.3, 0.15, 1.52, -29.5],
    ['  医药制造业', 40, 4, 10, 7.87, 107.82, -4.6, 0.82, 6.64, -29.6],
    ['  汽车制造业', 50, 12, 24, 19.96, 250.52, 30.3, 0.82, 8.99, -7.5],
    [],
    ['注：分行业数据为选列，各行业之和不等于门类合计。'],
  ],
  merges: ['E3:G3', 'H3:J3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
  plant: { address: 'C6', value: 17 },
};

// The county's own name over its towns, each group of towns closed by a 小计 (/tmp/round78a p071).
const bands: CaseSheet = {
  name: '附表2',
  rows: [
    ['高唐县2024年村集体经济收入分档情况统计表'],
    ['填报单位：中共高唐县委组织部'],
    ['单位', '行政村数', '村集体经济收入分档（个）'],
    [null, null, '5万元（不含）以下', '5万—10万元', '10万—50万元', '50万—100万元', '100万元及以上'],
    ['高唐县', 167, 10, 36, 77, 33, 11],
    [],
    ['  黄庄镇', 15, 0, 3, 8, 4, 0],
    ['  南关街道', 7, 0, 2, 4, 1, 0],
    ['  红旗街道', 18, 3, 2, 7, 4, 2],
    ['  清河镇', 16, 0, 6, 6, 2, 2],
    ['东部片区小计', 56, 3, 13, 25, 11, 4],
    ['  双河乡', 23, 0, 5, 9, 8, 1],
    ['  城关镇', 24, 2, 6, 7, 6, 3],
    ['  大营镇', 7, 0, 1, 5, 0, 1],
    ['  青山乡', 19, 2, 3, 9, 3, 2],
    ['中部片区小计', 73, 4, 15, 30, 17, 7],
    ['  龙泉镇', 18, 2, 3, 10, 3, 0],
    ['  石桥镇', 20, 1, 5, 12, 2, 0],
    ['西部片区小计', 38, 3, 8, 22, 5, 0],
  ],
  merges: ['A1:G1', 'C3:G3', 'A3:A4', 'B3:B4'],
  plant: { address: 'E5', value: 63 },
};

// As many secretaries as villages: 比例 is 人数 over either column (/tmp/round78a c012).
const secretaries: CaseSheet = {
  name: '一肩挑',
  rows: [
    ['宁武县2024年度村党组织书记“一肩挑”情况统计表'],
    ['乡镇（街道）', '行政村数（个）', '村党组织书记（人）', '“一肩挑”', null, '其中：女性书记'],
    [null, null, null, '人数', '比例（%）', '人数', '占比（%）'],
    ['合计', 292, 292, 237, shownTo(81.16, 2), 37, shownTo(12.67, 2)],
    ['桃源乡', 15, 15, 13, shownTo(86.67, 2), 4, shownTo(26.67, 2)],
    ['龙泉镇', 23, 23, 20, shownTo(86.96, 2), 3, shownTo(13.04, 2)],
    ['大营镇', 7, 7, 7, shownTo(100, 2), 2, shownTo(28.57, 2)],
    ['双河乡', 30, 30, 25, shownTo(83.33, 2), 0, shownTo(0, 2)],
    ['北辛庄乡', 28, 28, 17, shownTo(60.71, 2), 3, shownTo(10.71, 2)],
    ['城关镇', 24, 24, 16, shownTo(66.67, 2), 2, shownTo(8.33, 2)],
    ['三合乡', 12, 12, 12, shownTo(100, 2), 0, shownTo(0, 2)],
    ['永丰乡', 30, 30, 20, shownTo(66.67, 2), 4, shownTo(13.33, 2)],
    ['马坊乡', 12, 12, 8, shownTo(66.67, 2), 4, shownTo(33.33, 2)],
    ['高村镇', 27, 27, 22, shownTo(81.48, 2), 2, shownTo(7.41, 2)],
    ['杨柳镇', 26, 26, 26, shownTo(100, 2), 4, shownTo(15.38, 2)],
    ['长乐镇', 7, 7, 5, shownTo(71.43, 2), 1, shownTo(14.29, 2)],
    ['白塔镇', 28, 28, 27, shownTo(96.43, 2), 4, shownTo(14.29, 2)],
    ['西湖乡', 23, 23, 19, shownTo(82.61, 2), 4, shownTo(17.39, 2)],
  ],
  merges: ['A1:G1', 'D2:E2', 'F2:G2', 'A2:A3', 'B2:B3', 'C2:C3'],
  plant: { address: 'E6', value: 86.66 },
};

// 单位：个 above a table whose 计量单位 column says 个, 万元, 人 and % row by row (/tmp/round78a p039).
const indicators: CaseSheet = {
  name: '附表1',
  rows: [
    ['安远县村级集体经济发展主要指标对比表'],
    ['单位：个'],
    ['指标名称', '计量单位', '2023年', '2024年', '同比增减（%）'],
    ['行政村总数', '个', 287, 282, shownTo(-1.74, 2)],
    ['其中：集体经济收入5万元以下的村', '个', 22, 15, shownTo(-31.82, 2)],
    ['5万—10万元的村', '个', 48, 49, shownTo(2.08, 2)],
    ['10万—50万元的村', '个', 136, 137, shownTo(0.74, 2)],
    ['50万—100万元的村', '个', 60, 57, shownTo(-5, 2)],
    ['100万元以上的村', '个', 21, 24, shownTo(14.29, 2)],
    ['村集体经济总收入', '万元', shownTo(20245.09, 2), shownTo(21869.09, 2), shownTo(8.02, 2)],
    ['其中：经营性收入', '万元', shownTo(14981.37, 2), shownTo(13914.93, 2), shownTo(-7.12, 2)],
    ['村均集体经济收入', '万元', shownTo(70.54, 2), shownTo(77.55, 2), shownTo(9.94, 2)],
    ['村党组织书记“一肩挑”人数', '人', 228, 229, shownTo(0.44, 2)],
    ['“一肩挑”比例', '%', shownTo(79.44, 2), shownTo(81.21, 2), '—'],
    [],
    ['注：1.集体经济收入不含上级补助收入；2.“—”表示不适用。'],
  ],
  merges: ['A1:E1'],
  plant: { address: 'D7', value: 147 },
};

// 移动源 has figures under NOx and 颗粒物 only, where 农业源 has none (/tmp/round78b p008).
const pollutants: CaseSheet = {
  name: '主要污染物排放',
  rows: [
    ['安平市2023年主要污染物排放情况'],
    ['Emission of Major Pollutants'],
    [null, null, null, null, null, null, null, '单位：吨'],
    [
      '来  源',
      '化学需氧量\nCOD',
      '氨氮\nAmmonia Nitrogen',
      '总氮\nTotal Nitrogen',
      '总磷\nTotal Phosphorus',
      '二氧化硫\nSO2',
      '氮氧化物\nNOx',
      '颗粒物\nParticulate Matter',
    ],
    ['合  计', 36513.75, 3349.1, 4923.15, 791.35, 2070.12, 18072.41, 13526.38],
    ['  工业源', 13848.66, 1284.58, 1862.72, 193.28, 1605.2, 8532.55, 1985.88],
    ['  农业源', 4842.15, 1080.41, 1312.82, 220, '—', '—', '—'],
    ['  生活源', 15336.73, 117.37, 799.8, 165.1, 279.53, 7468.54, 1371.69],
    ['  集中式污染治理设施', 2486.21, 866.74, 947.81, 212.97, 185.39, 1561.57, 8758.63],
    ['  移动源', '—', '—', '—', '—', '—', 509.75, 1410.18],
    [],
    ['注：“—”表示该来源无此项污染物排放；移动源仅统计氮氧化物和颗粒物。'],
  ],
  merges: ['A1:H1', 'A2:H2', 'A12:H12'],
  plant: { address: 'G5', value: 18702.41 },
};

// A county table over two sheets, 市辖区 and its districts wholly on the first (/tmp/round78b p088).
const budgetHeader = [
  [null, null, null, null, null, null, '单位：万元'],
  ['地  区', '一般公共预算收入', null, null, null, null, '一般公共预算支出'],
  [null, '2024年', '2023年', '增长(%)', '其中：税收收入', '税收占比(%)'],
];
const budgetMerges = ['A1:G1', 'B3:F3', 'A3:A4', 'G3:G4'];
const budgets: CaseSheet = {
  name: '13-4',
  rows: [
    ['2024年各县（市、区）一般公共预算收支情况'],
    ...budgetHeader,
    ['全市', 1972528, 1942654, shownTo(1.5, 1), 1445774, shownTo(73.3, 1), 5086212],
    ['  市本级', 327835, 352951, shownTo(-7.1, 1), 261991, shownTo(79.9, 1), 943571],
    ['  市辖区', 710242, 673175, shownTo(5.5, 1), 529576, shownTo(74.6, 1), 1821857],
    ['    北塘区', 102671, 91678, shownTo(12, 1), 72505, shownTo(70.6, 1), 340731],
    ['    新华区', 209410, 202756, shownTo(3.3, 1), 161166, shownTo(77, 1), 385702],
    ['    城关区', 181894, 190107, shownTo(-4.3, 1), 134968, shownTo(74.2, 1), 709061],
    ['    江北区', 216267, 188634, shownTo(14.6, 1), 160937, shownTo(74.4, 1), 386363],
    ['  长乐县', 97735, 97779, shownTo(0, 1), 70990, shownTo(72.6, 1), 278152],
  ],
  merges: budgetMerges,
  plant: { address: 'B7', value: 710422 },
};
const budgetsContinued: CaseSheet = {
  name: '续表',
  rows: [
    ['续表'],
    ...budgetHeader,
    ['  平安县', 104196, 93099, shownTo(11.9, 1), 59710, shownTo(57.3, 1), 279304],
    ['  白水县', 179665, 188298, shownTo(-4.6, 1), 103819, shownTo(57.8, 1), 352894],
    ['  丰城市', 197723, 177445, shownTo(11.4, 1), 139003, shownTo(70.3, 1), 305876],
    ['  瑞安市', 195299, 203404, shownTo(-4, 1), 155115, shownTo(79.4, 1), 716161],
    ['  桃源县', 67805, 62005, shownTo(9.4, 1), 53490, shownTo(78.9, 1), 152415],
    ['  龙泉市', 14237, 14954, shownTo(-4.8, 1), 11238, shownTo(78.9, 1), 49873],
    ['  安远县', 77791, 79544, shownTo(-2.2, 1), 60842, shownTo(78.2, 1), 186109],
  ],
  merges: budgetMerges,
  plant: { address: 'B5', value: 140196 },
};

describe('round 77: a count named by its subject', () => {
  describe('亏损企业 beside 亏损面', () => describeCaseBook('亏损', [losses]));
});

describe('round 78: village collective economy', () => {
  describe('a county over its towns, groups of them under 小计 rows', () => describeCaseBook('分档', [bands]));
  describe('a unit line over rows stating their own units', () => describeCaseBook('指标', [indicators]));
  describe('a rate over either of two columns alike', () => describeCaseBook('书记', [secretaries]));
});

describe('round 78: energy, environment and public budgets', () => {
  describe('a source with figures in some columns only', () => describeCaseBook('污染物', [pollutants]));
  describe('a subtotal closed on a sheet continued on the next', () =>
    describeCaseBook('预算', [budgets, budgetsContinued]));
});
