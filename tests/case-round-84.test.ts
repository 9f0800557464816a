import { caseFindings, describeCaseBook, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 83 (/tmp/round83a side: written by an outside tester who had not written statlint): two tables side by
 * side whose label headers are both the vocabulary's (乡镇 | 单位名称), each merged down its header rows, the second's
 * header a row deeper than the first's (其中 | 死亡 | 转出), are read as two tables stacked, each with its own 全县. A
 * period's opening stock is the closing stock of the period before (/tmp/round83a flow_q3, p46): where the figures bear
 * it out, it tells which of a broken balance's figures is wrong.
 * Round 84B (/tmp/round84b: agriculture and rural statistics): a numbered heading whose items are typed deeper (二、镇 |
 * 马集镇 indented …) has an unnumbered row typed as shallow as it after them (国有农场) for its sibling; a total its rows add up
 * to in no column, where some rows are nested unclearly, is misread and not checked as their sum; a year series' growth
 * column names its level in short (粮食产量比上年增长 of 粮食总产量).
 * Round 84A (/tmp/round84a: monthly and quarterly progress reports): a note's later lines (2.“—”表示…) are no names of
 * the group column (街道 | 建制镇 merged beside the towns, each group closed by its 小计); a sum of a total's towns, found
 * where the one other group is 0 in most columns, is no finding where the total is its groups' sum.
 */

// Organisations by town beside members by unit, each block's 全县 on its own row (/tmp/round83a side).
const offsetBlocks: CaseSheet = {
  name: '变动情况',
  rows: [
    ['永宁县2024年党组织和党员队伍变动情况'],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '填报单位：县委组织部',
    ],
    ['一、党组织变动情况（单位：个）', null, null, null, null, null, null, null, null, '二、党员变动情况（单位：名）'],
    [
      '乡镇',
      '年初数',
      '本年新设立',
      '本年减少',
      null,
      null,
      null,
      '年末数',
      null,
      '单位名称',
      '上年底党员数',
      '本年增加',
      null,
      null,
      null,
      '本年减少',
      null,
      null,
      '本年底党员数',
    ],
    [
      null,
      null,
      null,
      '小计',
      '撤销',
      '合并',
      '其他',
      null,
      null,
      null,
      null,
      '合计',
      '发展党员',
      '转入',
      '恢复党籍',
      '合计',
      '其中',
    ],
    ['桃源镇', 31, '—', 3, '—', 3, '—', 28, null, null, null, null, null, null, null, null, '死亡', '转出'],
    ['石桥镇', 22, 1, 4, 3, '—', 1, 19, null, '桃源镇', 2147, 14, 3, 11, 0, 33, 24, 6, 2128],
    ['金山街道', 88, 4, 4, 1, 3, '—', 88, null, '石桥镇', 1000, 35, 18, 17, 0, 46, 7, 38, 989],
    ['河口乡', 104, 6, 4, 3, '—', 1, 106, null, '金山街道', 1875, 86, 26, 59, 1, 92, 41, 49, 1869],
    ['白沙镇', 45, 1, 5, 3, '—', 2, 41, null, '河口乡', 2284, 21, 16, 5, 0, 53, 37, 15, 2252],
    ['大营镇', 108, '—', 3, 3, '—', '—', 105, null, '白沙镇', 2551, 19, 15, 3, 1, 63, 18, 44, 2507],
    ['全县', 398, 12, 23, 13, 6, 4, 387, null, '大营镇', 1099, 44, 38, 6, 0, 80, 24, 53, 1063],
    [null, null, null, null, null, null, null, null, null, '全县', 10956, 219, 116, 101, 2, 367, 151, 205, 10808],
  ],
  merges: [
    'A1:S1',
    'A3:H3',
    'J3:S3',
    'D4:G4',
    'L4:O4',
    'P4:R4',
    'A4:A5',
    'B4:B5',
    'C4:C5',
    'H4:H5',
    'J4:J6',
    'K4:K6',
    'Q5:R5',
    'S4:S6',
    'L5:L6',
    'M5:M6',
    'N5:N6',
    'O5:O6',
    'P5:P6',
  ],
  plant: { address: 'M9', value: 62 },
};

// 三季度's 期初数 typed over: its balance breaks, and so does the stock carried from 二季度's 期末数 (/tmp/round83a flow_q3).
const carriedQuarters: CaseSheet = {
  name: '流动党员',
  rows: [
    ['2023年石门县流动党员组织关系转入转出情况'],
    [null, null, null, null, '单位：名'],
    ['季度', '期初数', '本期转入', '转出', '期末数'],
    ['一季度', 625, 66, 50, 641],
    ['二季度', 641, 84, 57, 668],
    ['三季度', 668, 77, 34, 711],
    ['四季度', 711, 40, 45, 706],
    ['全年合计', 625, 267, 186, 706],
  ],
  merges: ['A1:E1'],
  plant: { address: 'B6', value: 686 },
};

// The same by months, turned: months as columns (/tmp/round83a p46).
const carriedMonths: CaseSheet = {
  name: '流动党员（月）',
  rows: [
    ['2023年丰南县流动党员组织关系转入转出情况'],
    ['指标', '1月', '2月', '3月', '4月', '5月', '6月', '合计'],
    ['期初数', 429, 413, 422, 414, 421, 409, 429],
    ['转入', 8, 12, 17, 18, 9, 24, 88],
    ['转出', 24, 3, 25, 11, 21, 9, 93],
    ['期末数', 413, 422, 414, 421, 409, 424, 424],
  ],
  merges: ['A1:H1'],
  plant: { address: 'E3', value: 441 },
};

// 一、街道 and 二、镇 head their indented towns; 国有农场, typed at their level, is one of the 合计's rows (/tmp/round84b c37).
const groupsAndFarm: CaseSheet = {
  name: '乡村人口',
  rows: [
    ['2025年分乡镇乡村户数、人口和从业人员'],
    ['乡镇', '乡村户数（户）', '乡村人口（人）', null, null, '乡村从业人员（人）'],
    [null, null, '合计', '男', '女', '合计', '其中：农林牧渔业', '外出从业人员'],
    ['一、街道', 49596, 152231, 77722, 74509, 82859, 43673, 41303],
    ['　　双庙街道', 13037, 37670, 19031, 18639, 21282, 14102, 8845],
    ['　　白沙街道', 7506, 23621, 11943, 11678, 12902, 7757, 6675],
    ['　　三河街道', 14775, 42954, 21540, 21414, 23482, 9389, 13018],
    ['　　青山街道', 14278, 47986, 25208, 22778, 25193, 12425, 12765],
    ['二、镇', 51537, 164891, 84649, 80242, 95365, 42624, 56558],
    ['　　马集镇', 14262, 45701, 23539, 22162, 25380, 9980, 16787],
    ['　　城关镇', 9770, 34007, 17040, 16967, 19360, 6965, 12885],
    ['　　太平镇', 3290, 10229, 5248, 4981, 5595, 2378, 2873],
    ['　　长岭镇', 11242, 34029, 17565, 16464, 20923, 9375, 11376],
    ['　　石桥镇', 9165, 28857, 14876, 13981, 17188, 9605, 9506],
    ['　　杨湖镇', 3808, 12068, 6381, 5687, 6919, 4321, 3131],
    ['国有农场', 6413, 18152, 9420, 8732, 10896, 5061, 6207],
    ['合计', 107546, 335274, 171791, 163483, 189120, 91358, 104068],
    ['注：从业人员含外出从业人员。'],
  ],
  merges: ['A1:H1', 'C2:E2', 'F2:H2', 'A2:A3', 'B2:B3'],
  plant: { address: 'C16', value: 19152 },
};

// Each group's towns above its numbered subtotal, 县直 after the last: the rows are misread, so the 合计 is not checked
// as their sum (/tmp/round84b p35).
const subtotalsAfter: CaseSheet = {
  name: '分乡镇',
  rows: [
    ['2025年分乡镇（街道）粮食生产'],
    ['乡镇（街道）', '乡村人口（人）', '粮食播种面积（亩）', '粮食总产量（吨）'],
    ['　　东湖街道', 15248, 13237, 6526],
    ['　　龙泉街道', 39366, 26671, 14189],
    ['　　河口街道', 27052, 35605, 14028],
    ['一、街道', 81666, 75513, 34743],
    ['　　高庙镇', 23671, 46999, 22654],
    ['　　马集镇', 24048, 40694, 17621],
    ['二、乡镇', 47719, 87693, 40275],
    ['县直', 12342, 26586, 10156],
    ['合计', 141727, 189792, 85174],
  ],
  merges: ['A1:D1'],
  plant: { address: 'B3', value: 15248 },
};

// 粮食产量比上年增长 is the growth of 粮食总产量, not of the 粮食单产 before it (/tmp/round84b c16).
const seriesInShort: CaseSheet = {
  name: '历年粮食生产',
  rows: [
    ['2011—2025年主要农产品产量'],
    [
      '年份',
      '粮食播种面积（万亩）',
      '粮食总产量（万吨）',
      '粮食单产（公斤/亩）',
      '粮食产量比上年增长（%）',
      '油料产量（吨）',
    ],
    [2011, 94.04, 35.73, 380, '—', 57276],
    [2012, 92.19, 34.45, 373.7, -3.6, 54860],
    [2013, 92.44, 34.87, 377.2, 1.2, 48447],
    [2014, 93.74, 35.25, 376.1, 1.1, 45757],
    [2015, 94.14, 34.35, 364.9, -2.6, 45641],
    [2016, 95.62, 35.34, 369.6, 2.9, 55793],
    [2017, 96.55, 35.54, 368, 0.6, 53163],
    [2018, 95.24, 36.06, 378.6, 1.5, 58392],
    [2019, 96.26, 36.22, 376.3, 0.4, 53914],
    [2020, 97.97, 36.75, 375.1, 1.5, 51239],
    [2021, 98.74, 37.06, 375.4, 0.8, 45331],
  ],
  merges: ['A1:F1'],
  plant: { address: 'E12', value: -2 },
};

// Groups merged down 类别 beside their towns, each closed by a 小计 in the town column (/tmp/round84a p94).
const groupColumn: CaseSheet = {
  name: '表1',
  rows: [
    ['2024年1—2月平原县限额以上批零住餐业营业额完成情况'],
    ['填报单位：平原县统计局', null, null, null, null, null, null, null, null, '单位：万元'],
    [
      '类别',
      '乡镇（街道）',
      '1月累计',
      '2月',
      '全年目标',
      '1—2月累计',
      '上年同期累计',
      '比上年同期增减',
      '同比增长(%)',
      '完成年度任务(%)',
    ],
    ['全县合计', null, 81050, 11869, 660000, 92919, 121277, -28358, -23.4, 14.1],
    ['街道', '杨柳街道', 38050, 5576, 300000, 43626, 41744, 1882, 4.5, 14.5],
    [null, '河西街道', 26627, 5186, 225000, 31813, 52941, -21128, -39.9, 14.1],
    [null, '小计', 64677, 10762, 525000, 75439, 94685, -19246, -20.3, 14.4],
    ['建制镇', '马坪镇', 16373, 1107, 135000, 17480, 26592, -9112, -34.3, 12.9],
    [null, '小计', 16373, 1107, 135000, 17480, 26592, -9112, -34.3, 12.9],
    [],
    ['注：1.本表数据为快报数，以年报为准。'],
    ['2.“—”表示上年同期无数据或未下达目标。'],
  ],
  merges: ['A1:J1', 'A4:B4', 'A5:A7', 'A8:A9', 'A11:J11', 'A12:J12'],
  plant: { address: 'C6', value: 26227 },
};

// 一、街道's one street stopped: 0 this month and in all, its target blank; 合计 = 一 + 二 (/tmp/round84a p95).
const stoppedStreet: CaseSheet = {
  name: '营业额',
  rows: [
    ['2023年1-8月河口县限额以上批零住餐业营业额完成情况'],
    ['填报单位：河口县统计局', null, null, null, null, null, null, '单位：万元'],
    ['单位', '8月', '全年目标', '1-8月累计', '上年同期累计', '比上年同期增长%', '完成全年目标(%)', '增速位次'],
    ['一、街道', 0, null, 0, 4682.4, -100],
    ['  杨柳街道', 0, null, 0, 4682.4, -100, null, 3],
    ['二、建制镇', 8593, 77000, 47051.4, 42409.8, 10.9, 61.1],
    ['  黄土镇', 3071.1, 17000, 14362.6, 10817.8, 32.8, 84.5, 1],
    ['  金山镇', 5521.9, 60000, 32688.8, 31592, 3.5, 54.5, 2],
    ['合计', 8593, 77000, 47051.4, 47092.2, -0.1, 61.1],
    [],
    ['注：1.本表数据为快报数，以年报为准。'],
    ['2.“—”表示上年同期无数据或未下达目标。'],
  ],
  merges: ['A1:H1', 'A11:H11', 'A12:H12'],
  plant: { address: 'B4', value: 0 },
};

describe('round 84', () => {
  describeCaseBook('并列', [offsetBlocks]);
  describeCaseBook('衔接', [carriedQuarters, carriedMonths]);
  describeCaseBook('乡村', [groupsAndFarm, seriesInShort]);
  describeCaseBook('快报', [groupColumn]);
  it('reads no sum of rows it cannot nest, nor of the towns of a total where a group is 0 (/tmp/round84b p35, 84a p95)', async () => {
    const findings = await caseFindings(await writeCaseBook('乡镇小计', [subtotalsAfter, stoppedStreet], false));
    expect(errorsOn(findings, subtotalsAfter.name)).toEqual([]);
    expect(errorsOn(findings, stoppedStreet.name)).toEqual([]);
  });
});
