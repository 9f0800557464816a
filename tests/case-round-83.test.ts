import { caseFindings, describeCaseBook, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 83 (/tmp/round83a: changes in party organisations and members over a period, written by an outside
 * tester who had not written statlint):
 * - Balances by headers (balances.ts): the earlier of two years' closing stocks opens the balance; a 其中 part of a flow
 *   is none of the flows; 合并 and 撤并 are removals; a flow marked — is none; a closing 合计 that is its levels' sum is a
 *   balance too; a note saying some closing figures hold moves the table does not list (unbalancedNotes) reads none.
 * - A stock's total over periods: a column headed as opening (期初结余, 上期结余, 季初数) opens at the first period, though
 *   结余 closes one.
 * - Under a 序号 column, a heading numbered higher in its label (二、社会组织) stays a heading.
 * - 上年底 is no alias of the declared closing balance's base: a table with a removal it does not list is not held to it.
 * Round 83B (/tmp/round83b: education statistics): a continuation titled with the mark first (续表：title, 续上表, 续表 and
 * a unit line) or numbered in words (…（续一）) continues the sheet before it, whose 合计 then covers both; a table's
 * header of years typed as numbers under a label header word (项目 | 2022 | 2023) starts a table stacked under another.
 */

// Two years' closing stocks (2022年底党员数 … 2023年底党员数): the earlier opens the balance; 发展党员's 其中：女 is no flow (/tmp/round83a mem_type).
const yearEnds: CaseSheet = {
  name: '党员变动',
  rows: [
    ['临川县党员增减变化情况表（2023年）'],
    [
      '单位类型',
      '2022年底党员数',
      '本年增加',
      null,
      null,
      null,
      null,
      '本年减少',
      null,
      null,
      null,
      null,
      null,
      '2023年底党员数',
    ],
    [null, null, '合计', '发展党员', null, '转入', '恢复党籍', '合计', '死亡', '出党', '转出', '停止党籍', '其他'],
    [null, null, null, '小计', '其中：女'],
    ['总计', 33510, 768, 324, 145, 443, 1, 552, 197, 4, 336, 6, 9, 33726],
    ['1.机关', 3897, 115, 5, 4, 110, '—', 25, 22, '—', 1, 2, '—', 3987],
    ['2.事业单位', 5794, 192, 82, 4, 110, '—', 147, 48, '—', 93, 2, 4, 5839],
    ['3.企业', 2150, 105, 23, '—', 81, 1, 46, 30, '—', 11, 2, 3, 2209],
    ['  其中：非公有制企业', 1002, 69, 18, '—', 50, 1, 23, 11, '—', 7, 2, 3, 1048],
    ['4.社会组织', 1467, 48, 30, 18, 18, '—', 40, 3, 1, 35, '—', 1, 1475],
    ['5.农村', 17870, 201, 167, 106, 34, '—', 224, 73, '—', 151, '—', '—', 17847],
    ['6.社区', 2085, 77, 11, 10, 66, '—', 48, 15, 3, 29, '—', 1, 2114],
    ['7.其他', 247, 30, 6, 3, 24, '—', 22, 6, '—', 16, '—', '—', 255],
  ],
  merges: [
    'A1:N1',
    'C2:G2',
    'H2:M2',
    'A2:A4',
    'B2:B4',
    'D3:E3',
    'N2:N4',
    'C3:C4',
    'F3:F4',
    'G3:G4',
    'H3:H4',
    'I3:I4',
    'J3:J4',
    'K3:K4',
    'L3:L4',
    'M3:M4',
  ],
  plant: { address: 'N10', value: 1485 },
};

// 年末数 over 合计 | 党委 | 党总支 | 党支部: its 合计 is its levels' sum and the balance of the year's flows too, 合并 and 其他 among the removals (/tmp/round83a org_othercol).
const closingByLevel: CaseSheet = {
  name: '党组织变动（汇总）',
  rows: [
    ['云溪县2023年党组织设立、调整和撤销情况统计表'],
    ['填报单位：中共云溪县委组织部', null, null, null, null, null, null, null, null, null, '单位：个'],
    ['序号', '单位', '年初数', '本年新设立', '本年减少', null, null, '年末数'],
    [null, null, null, null, '撤销', '合并', '其他', '合计', '党委', '党总支', '党支部'],
    [null, '合计', 390, 20, 14, 2, 7, 387, 10, 24, 353],
    [1, '大营镇', 44, 6, 3, '-', 2, 45, 1, 4, 40],
    [2, '金山街道', 42, 4, 2, 2, 2, 40, 2, 4, 34],
    [3, '桃源镇', 46, 2, 3, '-', 1, 44, 2, 3, 39],
    [4, '北山乡', 34, 1, 3, '-', 1, 31, 2, 1, 28],
    [5, '河口乡', 69, 3, '-', '-', 1, 71, 1, 6, 64],
    [6, '东城街道', 89, '-', 2, '-', '-', 87, 1, '-', 86],
    [7, '太平乡', 66, 4, 1, '-', '-', 69, 1, 6, 62],
    ['注：年末数=年初数+本年新建-本年撤销-本年合并-其他减少。'],
  ],
  merges: ['A1:K1', 'E3:G3', 'H3:K3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
  plant: { address: 'C8', value: 45 },
};

// 本年合并 is a removal, — none (/tmp/round83a org_town).
const mergedAway: CaseSheet = {
  name: '党组织变动',
  rows: [
    ['临川县2023年党组织设立、调整和撤销情况统计表'],
    [],
    ['单位：个'],
    ['乡镇', '年初数', '本年新设立', '本年撤销', '本年合并', '年末数', '备注'],
    ['  双河镇', 47, 5, 1, 3, 48, '新建较多'],
    ['  杨柳镇', 38, 1, 2, '—', 37],
    ['  大营镇', 109, 1, '—', '—', 110],
    ['  柳林乡', 53, '—', '—', '—', 53],
    ['  白沙镇', 110, '—', '—', '—', 110],
    ['  高坪镇', 79, 4, 3, 3, 77, '新建较多'],
    ['  龙泉镇', 56, 3, 1, '—', 58],
    ['  红旗乡', 76, 2, 2, '—', 76],
    ['合计', 568, 16, 9, 6, 569],
    [],
    ['注：年末数=年初数+本年新建-本年撤销-本年合并。'],
  ],
  merges: ['A1:G1', 'A3:G3', 'A15:G15'],
  plant: { address: 'D7', value: 1 },
};

// Stacked quarterly ledgers: 全年合计 opens at the first quarter's 上期结余 and closes at the last's 本期结余 (/tmp/round83a p03).
const quarterlyBalances: CaseSheet = {
  name: '季度报表',
  rows: [
    ['清河县流动党员组织关系转接情况统计表（2023年）'],
    ['单位：名'],
    ['季度', '期初数', '转入', null, null, '转出', null, null, '期末数'],
    [null, null, '小计', '省内', '省外', '小计', '省内', '省外'],
    ['第一季度', 442, 103, 73, 30, 47, 26, 21, 498],
    ['第二季度', 498, 38, 27, 11, 77, 65, 12, 459],
    ['第三季度', 459, 69, 48, 21, 59, 51, 8, 469],
    ['第四季度', 469, 21, 5, 16, 32, 25, 7, 458],
    ['全年合计', 442, 231, 153, 78, 215, 167, 48, 458],
    [],
    [],
    [],
    ['2023年度清河县党费收支情况表'],
    [],
    ['序号', '季度', '期初结余', '本期收缴', '本期上缴', '本期下拨', '本期支出', '期末结余'],
    [
      null,
      '全年合计',
      { v: 307226.33, numFmt: '#,##0.00' },
      { v: 1731929.43, numFmt: '#,##0.00' },
      { v: 481184.68, numFmt: '#,##0.00' },
      { v: 225119.84, numFmt: '#,##0.00' },
      { v: 1146683.42, numFmt: '#,##0.00' },
      { v: 186167.82, numFmt: '#,##0.00' },
    ],
    [
      1,
      '第一季度',
      { v: 307226.33, numFmt: '#,##0.00' },
      { v: 323430.45, numFmt: '#,##0.00' },
      { v: 97029.14, numFmt: '#,##0.00' },
      { v: 754.68, numFmt: '#,##0.00' },
      { v: 320041.72, numFmt: '#,##0.00' },
      { v: 212831.24, numFmt: '#,##0.00' },
    ],
    [
      2,
      '第二季度',
      { v: 212831.24, numFmt: '#,##0.00' },
      { v: 16583.1, numFmt: '#,##0.00' },
      { v: 6633.24, numFmt: '#,##0.00' },
      { v: 111.63, numFmt: '#,##0.00' },
      { v: 162617.57, numFmt: '#,##0.00' },
      { v: 60051.9, numFmt: '#,##0.00' },
    ],
    [
      3,
      '第三季度',
      { v: 60051.9, numFmt: '#,##0.00' },
      { v: 780830.61, numFmt: '#,##0.00' },
      { v: 255305.25, numFmt: '#,##0.00' },
      { v: 105377.88, numFmt: '#,##0.00' },
      { v: 95429.5, numFmt: '#,##0.00' },
      { v: 384769.88, numFmt: '#,##0.00' },
    ],
    [
      4,
      '第四季度',
      { v: 384769.88, numFmt: '#,##0.00' },
      { v: 611085.27, numFmt: '#,##0.00' },
      { v: 122217.05, numFmt: '#,##0.00' },
      { v: 118875.65, numFmt: '#,##0.00' },
      { v: 568594.63, numFmt: '#,##0.00' },
      { v: 186167.82, numFmt: '#,##0.00' },
    ],
    ['注：期末结余=期初结余+本期收缴-本期上缴-本期下拨-本期支出。'],
  ],
  merges: ['A1:I1', 'A2:I2', 'C3:E3', 'F3:H3', 'A3:A4', 'B3:B4', 'I3:I4', 'A13:H13'],
  plant: { address: 'B3', value: 0 },
};

// 季初数 opens a quarter (/tmp/round83a p15).
const quarterOpenings: CaseSheet = {
  name: '季度报表（季初）',
  rows: [
    ['2023年长乐县流动党员组织关系转入转出情况'],
    [null, null, null, null, '单位：名'],
    ['时间', '季初数', '本期转入', '转出', '季末数'],
    ['全年合计', 557, 228, 125, 660],
    ['第一季度', 557, 65, 6, 616],
    ['第二季度', 616, 6, 66, 556],
    ['第三季度', 556, 103, 22, 637],
    ['第四季度', 637, 54, 31, 660],
    [],
    [],
    [],
    ['长乐县2023年党费收缴、使用和管理情况统计表'],
    ['季度', '上期结余', '本期收缴', '本期上缴', '本期支出', '本期结余'],
    [
      '全年',
      { v: 458826.27, numFmt: '#,##0.00' },
      { v: 2413965.51, numFmt: '#,##0.00' },
      { v: 699423.28, numFmt: '#,##0.00' },
      { v: 1736455, numFmt: '#,##0.00' },
      { v: 436913.5, numFmt: '#,##0.00' },
    ],
    [
      '第一季度',
      { v: 458826.27, numFmt: '#,##0.00' },
      { v: 719005.32, numFmt: '#,##0.00' },
      { v: 143801.06, numFmt: '#,##0.00' },
      { v: 608745.56, numFmt: '#,##0.00' },
      { v: 425284.97, numFmt: '#,##0.00' },
    ],
    [
      '第二季度',
      { v: 425284.97, numFmt: '#,##0.00' },
      { v: 471341.52, numFmt: '#,##0.00' },
      { v: 188536.61, numFmt: '#,##0.00' },
      { v: 410433.01, numFmt: '#,##0.00' },
      { v: 297656.87, numFmt: '#,##0.00' },
    ],
    [
      '第三季度',
      { v: 297656.87, numFmt: '#,##0.00' },
      { v: 338349.75, numFmt: '#,##0.00' },
      { v: 101504.93, numFmt: '#,##0.00' },
      { v: 192658.64, numFmt: '#,##0.00' },
      { v: 341843.05, numFmt: '#,##0.00' },
    ],
    [
      '第四季度',
      { v: 341843.05, numFmt: '#,##0.00' },
      { v: 885268.92, numFmt: '#,##0.00' },
      { v: 265580.68, numFmt: '#,##0.00' },
      { v: 524617.79, numFmt: '#,##0.00' },
      { v: 436913.5, numFmt: '#,##0.00' },
    ],
    ['注：本期结余=上期结余+本期收缴-本期上缴-本期支出。'],
  ],
  merges: ['A1:E1', 'A12:F12', 'A19:F19'],
  plant: { address: 'B3', value: 0 },
};

// A note saying some closing figures hold moves the table does not list (未列…划出…不等于): no balance is read (/tmp/round83a p01).
const unlistedMoves: CaseSheet = {
  name: '党组织变动（划出）',
  rows: [
    ['云溪县2024年党组织设立、调整和撤销情况统计表'],
    ['乡镇（街道）', '年初数', '本年新设立', '本年撤销', '本年合并', '年末数'],
    ['  桃源镇', 76, 5, 1, '—', 78],
    ['  石桥镇', 48, '—', 1, '—', 47],
    ['  三合镇', 73, 5, 2, '—', 76],
    ['东片小计', 197, 10, 4, '—', 201],
    ['  大营镇', 42, 3, 1, 3, 41],
    ['  东城街道', 18, 6, '—', '—', 23],
    ['  杨柳镇', 46, 4, '—', '—', 48],
    ['西片小计', 106, 13, 1, 3, 112],
    ['总计', 303, 23, 5, 3, 313],
    [],
    ['注：本表未列因行政区划调整划出的党组织，故部分单位年末数不等于年初数加减本年变动数。'],
  ],
  merges: ['A1:F1'],
  plant: { address: 'B3', value: 0 },
};

// A 序号 column numbering the kinds, 二、社会组织 numbered higher in its label: a heading, not an item of 非公有制企业 (/tmp/round83a p14).
const twoNewHeadings: CaseSheet = {
  name: '两新组织（汇总）',
  rows: [
    ['平山县2023年“两新”组织党建工作基本情况统计表'],
    ['单位：个、名、%'],
    ['序号', '类别', '单位数', '已建立党组织单位数', '覆盖率（%）', '党员数', '其中：本年发展党员'],
    [null, '合计', 2267, 1062, { v: 46.8, numFmt: '0.0' }, 4691, 286],
    [1, '非公有制企业', 1791, 781, { v: 43.6, numFmt: '0.0' }, 3156, 206],
    [null, '其中：规上企业', 360, 198, { v: 55, numFmt: '0.0' }, 989, 9],
    [null, '二、社会组织', 476, 281, { v: 59, numFmt: '0.0' }, 1535, 80],
    [2, '    社会团体', 166, 93, { v: 56, numFmt: '0.0' }, 218, 1],
    [3, '    民办非企业单位', 300, 184, { v: 61.3, numFmt: '0.0' }, 1281, 77],
    [4, '    基金会', 10, 4, { v: 40, numFmt: '0.0' }, 36, 2],
    [],
    ['注：覆盖率=已建立党组织单位数÷单位数×100%。'],
  ],
  merges: ['A1:G1', 'A2:G2'],
  plant: { address: 'B3', value: 0 },
};

// 上年底党员数 … 本年底党员数, a removal the table does not list: the declared closing balance does not bind 上年底 (/tmp/round83a mem_balhidden).
const hiddenRemovals: CaseSheet = {
  name: '党员变动（未列）',
  rows: [
    ['秀水县2024年党员队伍变动情况统计表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, '单位：名'],
    [
      '序号',
      '乡镇（街道）',
      '上年底党员数',
      '本年增加',
      null,
      null,
      null,
      '本年减少',
      null,
      null,
      null,
      null,
      '本年底党员数',
    ],
    [null, null, null, '合计', '发展党员', '转入', '恢复党籍', '合计', '死亡', '出党', '转出', '停止党籍'],
    [null, '合计', 14096, 528, 278, 247, 3, 608, 245, 4, 346, 13, 13995],
    [1, '  高坪镇', 2069, 4, 3, 1, '—', 49, 37, '—', 12, '—', 2024],
    [2, '  河口乡', 1701, 91, 41, 50, '—', 63, 9, 3, 49, 2, 1729],
    [3, '  太平乡', 1073, 64, 36, 28, '—', 36, 19, '—', 17, '—', 1098],
    [4, '  黄土岭乡', 769, 21, 13, 7, 1, 57, 19, '—', 37, 1, 728],
    [5, '  石桥镇', 819, 81, 36, 45, '—', 54, 31, '—', 21, 2, 845],
    [6, '  白沙镇', 783, 42, 28, 13, 1, 46, 12, 1, 30, 3, 775],
    [7, '  红旗乡', 2790, 26, 24, 2, '—', 36, 2, '—', 34, '—', 2780],
    [8, '  杨柳镇', 683, 48, 26, 22, '—', 91, 36, '—', 52, 3, 639],
    [9, '  三合镇', 865, 20, 15, 5, '—', 20, 9, '—', 10, 1, 864],
    [10, '  龙泉镇', 958, 24, 21, 3, '—', 52, 32, '—', 20, '—', 928],
    [11, '  西城街道', 325, 33, 3, 30, '—', 64, 27, '—', 37, '—', 290],
    [12, '  东城街道', 1261, 74, 32, 41, 1, 40, 12, '—', 27, 1, 1295],
    [
      '注：部分乡镇因党员信息库数据清理核减党员，核减数未列入本年减少，故本年底党员数与上年底党员数加减本年变动数不一致。',
    ],
  ],
  merges: ['A1:M1', 'D3:G3', 'H3:L3', 'A3:A4', 'B3:B4', 'C3:C4', 'M3:M4'],
  plant: { address: 'B3', value: 0 },
};

// Flows marked — are none: the balance over all of them holds, not one over some (/tmp/round83a p12).
const orgsWithDashes: CaseSheet = {
  name: '表1 党组织',
  rows: [
    ['永宁县2023年党组织设立、调整和撤销情况统计表'],
    [],
    ['填报单位：中共永宁县委组织部', null, null, null, null, null, '单位：个'],
    ['乡镇（街道）', '年初数', '本年新设立', '本年撤销', '本年合并', '其他减少', '年末数'],
    ['  城关镇', 78, 2, '—', 1, 1, 78],
    ['  龙泉镇', 52, 6, '—', '—', 1, 57],
    ['  南湖镇', 87, '—', 3, '—', 2, 82],
    ['  马场乡', 97, 2, '—', '—', 2, 97],
    ['  三合镇', 48, '—', '—', 1, 1, 46],
    ['  太平乡', 94, 4, 1, 1, '—', 96],
    ['  金山街道', 64, '—', '—', '—', 2, 62],
    ['  柳林乡', 39, 5, '—', '—', '—', 44],
    ['  高坪镇', 76, 5, '—', '—', 1, 80],
    ['总计', 635, 24, 4, 3, 10, 642],
    ['注：年末数=年初数+本年新建-本年撤销-本年合并-其他减少。'],
  ],
  merges: ['A1:G1', 'A15:G15'],
  plant: { address: 'B3', value: 0 },
};

// A second table stacked under the first, its header of years typed as numbers under 项目 (项目 | 2022 | 2023 | 增减):
// a table of its own, not more teachers (/tmp/round83b edu017).
const teachersAndFunding: CaseSheet = {
  name: '专任教师',
  rows: [
    ['2023年曲靖市义务教育专任教师情况（单位：人）'],
    ['填报单位：曲靖市教育局', null, null, null, null, '填报日期：2023年12月15日'],
    ['序号', '县（市、区）', '专任教师数', '其中：女', '女教师占比', '研究生学历'],
    [1, '马龙区', 1266, 703, { v: 0.5553, numFmt: '0.00%' }, 65],
    [2, '师宗县', 1751, 1210, { v: 0.691, numFmt: '0.00%' }, 159],
    [3, '宣威市', 12885, 9319, { v: 0.7232, numFmt: '0.00%' }, 1491],
    [4, '富源县', 5469, 3897, { v: 0.7126, numFmt: '0.00%' }, 116],
    [5, '陆良县', 549, 337, { v: 0.6138, numFmt: '0.00%' }, 10],
    [6, '罗平县', 1320, 988, { v: 0.7485, numFmt: '0.00%' }, 111],
    [7, '麒麟区', 3066, 2304, { v: 0.7515, numFmt: '0.00%' }, 203],
    [null, '总计', 26306, 18758, { v: 0.7131, numFmt: '0.00%' }, 2155],
    [],
    ['曲靖市教育经费收入情况'],
    [null, null, null, null, '单位：亿元'],
    ['项目', 2022, 2023, '增减', '比上年增长（%）'],
    [
      '教育经费总投入',
      { v: 230.54, numFmt: '0.00' },
      { v: 228.79, numFmt: '0.00' },
      { v: -1.75, numFmt: '0.00' },
      { v: -0.76, numFmt: '0.00' },
    ],
    [
      '一、国家财政性教育经费',
      { v: 221.66, numFmt: '0.00' },
      { v: 219.8, numFmt: '0.00' },
      { v: -1.86, numFmt: '0.00' },
      { v: -0.84, numFmt: '0.00' },
    ],
    [
      '  （一）一般公共预算安排的教育经费',
      { v: 212.65, numFmt: '0.00' },
      { v: 211.14, numFmt: '0.00' },
      { v: -1.51, numFmt: '0.00' },
      { v: -0.71, numFmt: '0.00' },
    ],
    [
      '    其中：教育费附加',
      { v: 24.1, numFmt: '0.00' },
      { v: 24.26, numFmt: '0.00' },
      { v: 0.16, numFmt: '0.00' },
      { v: 0.66, numFmt: '0.00' },
    ],
    [
      '  （二）政府性基金预算安排的教育经费',
      { v: 8.67, numFmt: '0.00' },
      { v: 8.32, numFmt: '0.00' },
      { v: -0.35, numFmt: '0.00' },
      { v: -4.04, numFmt: '0.00' },
    ],
    [
      '  （三）企业办学中的企业拨款',
      { v: 0.25, numFmt: '0.00' },
      { v: 0.24, numFmt: '0.00' },
      { v: -0.01, numFmt: '0.00' },
      { v: -4, numFmt: '0.00' },
    ],
    [
      '  （四）校办产业和社会服务收入用于教育的经费',
      { v: 0.1, numFmt: '0.00' },
      { v: 0.1, numFmt: '0.00' },
      { v: 0, numFmt: '0.00' },
      { v: 0, numFmt: '0.00' },
    ],
    [
      '二、民办学校中举办者投入',
      { v: 1.58, numFmt: '0.00' },
      { v: 1.75, numFmt: '0.00' },
      { v: 0.17, numFmt: '0.00' },
      { v: 10.76, numFmt: '0.00' },
    ],
    [
      '三、捐赠收入',
      { v: 0.08, numFmt: '0.00' },
      { v: 0.08, numFmt: '0.00' },
      { v: 0, numFmt: '0.00' },
      { v: 0, numFmt: '0.00' },
    ],
    [
      '四、事业收入',
      { v: 6.9, numFmt: '0.00' },
      { v: 6.8, numFmt: '0.00' },
      { v: -0.1, numFmt: '0.00' },
      { v: -1.45, numFmt: '0.00' },
    ],
    [
      '  其中：学费',
      { v: 4.39, numFmt: '0.00' },
      { v: 4.44, numFmt: '0.00' },
      { v: 0.05, numFmt: '0.00' },
      { v: 1.14, numFmt: '0.00' },
    ],
    [
      '五、其他教育经费',
      { v: 0.33, numFmt: '0.00' },
      { v: 0.37, numFmt: '0.00' },
      { v: 0.04, numFmt: '0.00' },
      { v: 12.12, numFmt: '0.00' },
    ],
    ['注：本表数据来源于教育经费统计年报。'],
  ],
  merges: ['A1:F1', 'A28:E28'],
  plant: { address: 'E17', value: 0.84 },
};

// /tmp/round83b edu010a (续表：title) and pr007b (…（续一）): each 合计 covers its continuation's rows.
const schools: CaseSheet = {
  name: '县区汇总',
  rows: [
    ['2023年福州市分县区基础教育基本情况'],
    [
      '序号',
      '县（市、区）',
      '学校数（所）',
      '在校生数（人）',
      '招生数（人）',
      '毕业生数（人）',
      '专任教师数（人）',
      '生师比',
    ],
    ['合计', null, 629, 414848, 101277, 95949, 28830, { v: 14.39, numFmt: '0.00' }],
    [1, '鼓楼区', 86, 42244, 10600, 10247, 3041, { v: 13.89, numFmt: '0.00' }],
    [2, '台江区', 81, 51229, 11439, 10103, 3535, { v: 14.49, numFmt: '0.00' }],
  ],
  merges: ['A1:H1', 'A3:B3'],
  plant: { address: 'A1', value: 0 },
};

const schoolsContinued: CaseSheet = {
  name: '续表',
  rows: [
    ['续表：2023年福州市分县区基础教育基本情况'],
    [
      '序号',
      '县（市、区）',
      '学校数（所）',
      '在校生数（人）',
      '招生数（人）',
      '毕业生数（人）',
      '专任教师数（人）',
      '生师比',
    ],
    [4, '仓山区', 86, 62703, 16313, 15712, 4610, { v: 13.6, numFmt: '0.00' }],
    [5, '晋安区', 86, 53954, 14839, 13204, 3994, { v: 13.51, numFmt: '0.00' }],
    [6, '马尾区', 105, 92115, 18782, 19583, 5979, { v: 15.41, numFmt: '0.00' }],
    [7, '长乐区', 81, 68529, 18581, 17866, 4608, { v: 14.87, numFmt: '0.00' }],
    [8, '福清市', 104, 44074, 10723, 9234, 3063, { v: 14.39, numFmt: '0.00' }],
  ],
  merges: ['A1:H1'],
  plant: { address: 'A1', value: 0 },
};

const enrolment: CaseSheet = {
  name: '普及指标',
  rows: [
    [],
    [],
    ['2023年福州市主要教育普及指标'],
    ['序号', '县（市、区）', '初中毕业生升学', null, null, null, null, '学前三年毛入园'],
    [
      null,
      null,
      '毕业生数（人）',
      '升学人数',
      '普通高中',
      '中等职业学校',
      '升学率（%）',
      '3～5岁人口数',
      '在园幼儿数',
      '毛入园率（%）',
    ],
    ['甲', '乙', 1, 2, 3, 4, 5, 6, 7, 8],
    [
      '总计',
      null,
      63689,
      57520,
      35375,
      22145,
      { v: 90.31, numFmt: '0.00' },
      94636,
      85941,
      { v: 90.81, numFmt: '0.00' },
    ],
    [1, '鼓楼区', 5901, 5730, 3595, 2135, { v: 97.1, numFmt: '0.00' }, 9301, 8150, { v: 87.62, numFmt: '0.00' }],
    [2, '台江区', 4158, 3179, 2041, 1138, { v: 76.46, numFmt: '0.00' }, 3115, 2827, { v: 90.75, numFmt: '0.00' }],
    [3, '仓山区', 5340, 4813, 2786, 2027, { v: 90.13, numFmt: '0.00' }, 7849, 6715, { v: 85.55, numFmt: '0.00' }],
    [4, '晋安区', 7710, 6474, 3709, 2765, { v: 83.97, numFmt: '0.00' }, 8194, 7546, { v: 92.09, numFmt: '0.00' }],
    [5, '马尾区', 5539, 5166, 3070, 2096, { v: 93.27, numFmt: '0.00' }, 8924, 7971, { v: 89.32, numFmt: '0.00' }],
  ],
  merges: ['A3:J3', 'C4:G4', 'H4:J4', 'A4:A5', 'B4:B5', 'A7:B7'],
  plant: { address: 'A1', value: 0 },
};

const enrolmentContinued: CaseSheet = {
  name: 'Sheet2',
  rows: [
    [],
    [],
    ['2023年福州市主要教育普及指标（续一）'],
    ['序号', '县（市、区）', '初中毕业生升学', null, null, null, null, '学前三年毛入园'],
    [
      null,
      null,
      '毕业生数（人）',
      '升学人数',
      '普通高中',
      '中等职业学校',
      '升学率（%）',
      '3～5岁人口数',
      '在园幼儿数',
      '毛入园率（%）',
    ],
    ['甲', '乙', 1, 2, 3, 4, 5, 6, 7, 8],
    [6, '长乐区', 9102, 8590, 5146, 3444, { v: 94.37, numFmt: '0.00' }, 12670, 11336, { v: 89.47, numFmt: '0.00' }],
    [7, '福清市', 5323, 5065, 3148, 1917, { v: 95.15, numFmt: '0.00' }, 13453, 11945, { v: 88.79, numFmt: '0.00' }],
    [8, '闽侯县', 4188, 4085, 2575, 1510, { v: 97.54, numFmt: '0.00' }, 8300, 7730, { v: 93.13, numFmt: '0.00' }],
    [9, '连江县', 4715, 3792, 2451, 1341, { v: 80.42, numFmt: '0.00' }, 5077, 4961, { v: 97.72, numFmt: '0.00' }],
    [10, '罗源县', 4368, 3967, 2334, 1633, { v: 90.82, numFmt: '0.00' }, 8581, 8093, { v: 94.31, numFmt: '0.00' }],
    [11, '闽清县', 7345, 6659, 4520, 2139, { v: 90.66, numFmt: '0.00' }, 9172, 8667, { v: 94.49, numFmt: '0.00' }],
    [],
    ['注：升学率含升入技工学校人数。'],
  ],
  merges: ['A3:J3', 'C4:G4', 'H4:J4', 'A4:A5', 'B4:B5'],
  plant: { address: 'A1', value: 0 },
};

describe('round 83: changes in party organisations and members', () => {
  describeCaseBook('变动', [yearEnds, closingByLevel, mergedAway]);
  describeCaseBook('教育', [teachersAndFunding]);

  const clean = [quarterlyBalances, quarterOpenings, unlistedMoves, twoNewHeadings, hiddenRemovals, orgsWithDashes];
  let findings: Awaited<ReturnType<typeof caseFindings>> = [];
  beforeAll(async () => {
    findings = await caseFindings(await writeCaseBook('变动无误', clean, false));
  }, 60_000);
  for (const sheet of clean)
    test(`${sheet.name}: no error finding`, () => {
      expect(errorsOn(findings, sheet.name)).toEqual([]);
    });

  test('a continuation titled 续表：… or …（续一） continues the sheet before it', async () => {
    const sheets = [schools, schoolsContinued, enrolment, enrolmentContinued];
    const continued = await caseFindings(await writeCaseBook('续表', sheets, false));
    for (const sheet of sheets) expect(errorsOn(continued, sheet.name)).toEqual([]);
  });
});
