import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 74 (/tmp/round74a–b: the secretaries of party organisations in non-public enterprises and social
 * organisations; tax revenue, written by outside testers who had not written statlint):
 * - A row labelled across the label column from the column before it (出资人担任书记比例（%） merged over A:B, after a
 *   group named down A over its items in B) keeps its label: a rate, no count.
 * - A row of rates under 合计 and its 其中 rows (出资人担任书记比例（%）) is no part of 合计.
 * - A 其中 row over lists that each add up to the whole by themselves (其中：女性 | 出资人担任 … 其他 | 35岁及以下 …
 *   56岁及以上) is a breakdown of its own, no addend of them.
 * - A change is no whole its parts' changes stay within (女性书记/增减 10 where 党组织书记人数/增减 is 0).
 * - A 续表 line and the unit line above a header typed again (续表 | 单位：万元 | 地区 | 合计 | 分税种 …) are page lines,
 *   not rows of the table: the column of the unit line's text is summed too.
 */

// Counties as columns, 全市 last (/tmp/round74a c019).
const sideways: CaseSheet = {
  name: '表1',
  rows: [
    ['昌吉州2021年非公有制企业和社会组织党组织书记队伍情况统计表'],
    ['填报单位：中共昌吉州委两新工委', null, null, null, null, null, '填报日期：2022年3月21日'],
    [null, null, null, null, null, null, null, null, '单位：人、%'],
    ['指标', null, '昌吉市', '阜康市', '呼图壁县', '玛纳斯县', '奇台县', '吉木萨尔县', '全市'],
    ['书记总数', null, 169, 219, 47, 93, 207, 214, 949],
    ['其中：女性', null, 33, 51, 12, 23, 53, 62, 234],
    ['按来源分', '出资人担任', 61, 75, 21, 44, 90, 82, 373],
    [null, '管理层担任', 58, 60, 13, 32, 48, 69, 280],
    [null, '专职书记', 13, 15, 3, 3, 17, 15, 66],
    [null, '选派（派驻）', 17, 38, 6, 6, 30, 26, 123],
    [null, '其他', 20, 31, 4, 8, 22, 22, 107],
    ['按年龄分', '35岁及以下', 15, 15, 6, 4, 13, 23, 76],
    [null, '36-45岁', 60, 63, 19, 42, 65, 72, 321],
    [null, '46-55岁', 71, 102, 15, 33, 92, 90, 403],
    [null, '56岁及以上', 23, 39, 7, 14, 37, 29, 149],
    ['出资人担任书记比例（%）', null, 36.1, 34.2, 44.7, 47.3, 43.5, 38.3, 39.3],
    [],
    ['注：本表统计范围为辖区内已建立党组织的非公有制企业和社会组织。'],
  ],
  merges: ['A1:I1', 'A4:B4', 'A5:B5', 'A6:B6', 'A7:A11', 'A12:A15', 'A16:B16'],
  plant: { address: 'E16', value: 47.4 },
};

// Districts as columns, 总计 first, 合计 the first row (/tmp/round74a c034, p033).
const byDistrict: CaseSheet = {
  name: '横表',
  rows: [
    ['洛阳市2023年非公有制企业和社会组织党组织书记队伍情况统计表'],
    [null, null, null, null, null, null, null, null, null, null, '计量单位：人'],
    ['指标', null, '总计', '老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区', '新安县'],
    ['合计', null, 1368, 200, 146, 226, 47, 91, 51, 337, 270],
    ['其中：女性', null, 359, 49, 39, 61, 11, 27, 15, 73, 84],
    ['按来源分', '出资人担任', 526, 74, 66, 75, 23, 38, 18, 129, 103],
    [null, '管理层担任', 422, 61, 39, 73, 12, 29, 12, 107, 89],
    [null, '专职书记', 98, 15, 8, 17, 5, 4, 4, 25, 20],
    [null, '选派（派驻）', 182, 27, 21, 33, 3, 9, 12, 45, 32],
    [null, '其他', 140, 23, 12, 28, 4, 11, 5, 31, 26],
    ['按年龄分', '35岁及以下', 137, 20, 16, 29, 2, 9, 5, 29, 27],
    [null, '36-45岁', 428, 50, 43, 78, 14, 33, 22, 98, 90],
    [null, '46-55岁', 568, 100, 61, 76, 22, 37, 20, 145, 107],
    [null, '56岁及以上', 235, 30, 26, 43, 9, 12, 4, 65, 46],
    ['出资人担任书记比例（%）', null, 38.45, 37, 45.21, 33.19, 48.94, 41.76, 35.29, 38.28, 38.15],
    [],
    ['注：本表统计范围为辖区内已建立党组织的非公有制企业和社会组织。'],
  ],
  merges: ['A1:K1', 'A3:B3', 'A4:B4', 'A5:B5', 'A6:A10', 'A11:A14', 'A15:B15'],
  plant: { address: 'J15', value: 39.38 },
};

// Two years side by side, 其中：女性 over the ways secretaries serve, typed deeper (/tmp/round74a c017).
const twoYears: CaseSheet = {
  name: '表3',
  rows: [
    ['昌吉州党组织书记队伍情况对比表（2021-2022年）'],
    [null, null, null, null, null, '单位：人、%'],
    ['指标', '单位', '2021年', '2022年', '比上年增减'],
    ['党组织书记人数', '人', 1291, 1293, 2],
    ['其中：女性', '人', 336, 326, -10],
    ['  出资人担任', '人', 538, 490, -48],
    ['  管理层担任', '人', 381, 379, -2],
    ['  专职书记', '人', 103, 94, -9],
    ['  选派（派驻）', '人', 150, 185, 35],
    ['  其他', '人', 119, 145, 26],
    ['平均年龄', '岁', 47, 46.8, -0.2],
    ['应换届党组织数', '个', 457, 477, 20],
    ['已换届党组织数', '个', 444, 445, 1],
    ['按期换届率', '%', 97.2, 93.3, -3.9],
    ['党务工作者', '人', 1834, 2056, 222],
    ['培训人次', '人次', 4546, 4543, -3],
    ['注：增长率按上年数计算；比例、换届率的增减为百分点。'],
  ],
  merges: ['A1:F1'],
  plant: { address: 'D7', value: 397 },
};

// The secretaries and, of them, the women, each with 2021年 | 2022年 | 增减 | 增长% (/tmp/round74a extra x004).
const changes: CaseSheet = {
  name: '表1',
  rows: [
    ['2022年各县（市、区）党组织书记队伍变化情况'],
    ['填报单位：赣州市非公有制经济组织和社会组织工委', null, null, null, null, null, '填报日期：2023年2月8日'],
    ['地区', '党组织书记人数', null, null, null, '其中：女性书记'],
    [null, '2021年', '2022年', '增减', '增长%', '2021年', '2022年', '增减', '增长%'],
    ['合计', 2313, 2662, 349, 15.1, 554, 680, 126, 22.7],
    ['章贡区', 200, 249, 49, 24.5, 56, 66, 10, 17.9],
    ['南康区', 126, 126, 0, 0, 24, 34, 10, 41.7],
    ['赣县区', 246, 285, 39, 15.9, 60, 75, 15, 25],
    ['信丰县', 337, 371, 34, 10.1, 80, 90, 10, 12.5],
    ['大余县', 56, 60, 4, 7.1, 14, 17, 3, 21.4],
    ['上犹县', 255, 258, 3, 1.2, 59, 77, 18, 30.5],
    ['崇义县', 119, 146, 27, 22.7, 32, 36, 4, 12.5],
    ['安远县', 192, 228, 36, 18.8, 50, 55, 5, 10],
    ['定南县', 307, 371, 64, 20.8, 58, 86, 28, 48.3],
    ['全南县', 208, 243, 35, 16.8, 54, 69, 15, 27.8],
    ['宁都县', 267, 325, 58, 21.7, 67, 75, 8, 11.9],
    [],
    ['注：增长%=（本年数-上年数）÷上年数×100%。'],
  ],
  merges: ['A1:I1', 'B3:E3', 'F3:I3', 'A3:A4'],
  plant: { address: 'B5', value: 2331 },
};

// A county's towns by tax, continued under a 续表 line and the unit line on the same sheet (/tmp/round74b c036).
const taxes: CaseSheet = {
  name: '14-5',
  rows: [
    ['2022年慈溪市分地区分税种税收收入'],
    [null, null, null, null, null, null, null, null, null, '单位：万元'],
    ['地区', '合计', '分税种'],
    [null, null, '增值税', '企业所得税', '个人所得税', '城市维护建设税', '房产税', '土地增值税', '契税', '其他各税'],
    ['全市', 584680, 258198, 126445, 37371, 36568, 24779, 45493, 54481, 1345],
    ['浒山街道', 48657, 21359, 11832, 3435, 3667, 2191, 3282, 2775, 116],
    ['白沙路街道', 23644, 12682, 2761, 2536, 1057, 881, 1758, 1905, 64],
    ['古塘街道', 24387, 9558, 6034, 1996, 789, 1281, 2385, 2284, 60],
    ['坎墩街道', 90601, 48208, 19858, 3897, 5731, 3701, 4745, 4342, 119],
    ['宗汉街道', 21164, 7046, 4639, 1505, 1259, 645, 2820, 3168, 82],
    ['观海卫镇', 26552, 12170, 3712, 1852, 1499, 1254, 3189, 2770, 106],
    [],
    ['续表'],
    [null, null, null, null, null, null, null, null, null, '单位：万元'],
    ['地区', '合计', '分税种'],
    [null, null, '增值税', '企业所得税', '个人所得税', '城市维护建设税', '房产税', '土地增值税', '契税', '其他各税'],
    ['周巷镇', 85840, 39568, 15236, 3376, 5956, 5284, 8360, 7813, 247],
    ['龙山镇', 49210, 18408, 15308, 3624, 4452, 1223, 2292, 3823, 80],
    ['掌起镇', 99829, 40767, 23933, 8582, 5349, 2332, 6402, 12293, 171],
    ['附海镇', 30443, 15018, 5943, 1113, 1820, 1047, 2807, 2639, 56],
    ['桥头镇', 54587, 18631, 10745, 3365, 3912, 3539, 5757, 8471, 167],
    ['匡堰镇', 29766, 14783, 6444, 2090, 1077, 1401, 1696, 2198, 77],
    [],
    ['注：增长速度按可比口径计算。'],
  ],
  merges: ['A1:J1', 'C3:J3', 'A3:A4', 'B3:B4', 'C15:J15', 'A15:A16', 'B15:B16'],
  plant: { address: 'J5', value: 1435 },
};

describe('round 74: party organisation secretaries', () => {
  describe('a rate row labelled across the label column', () => describeCaseBook('横表', [sideways]));
  describe('a rate row under 合计 and its 其中 rows', () => describeCaseBook('分区', [byDistrict]));
  describe('其中：女性 over a list adding up by itself', () => describeCaseBook('对比', [twoYears]));
  describe('the changes of a 其中 column group', () => describeCaseBook('变化', [changes]));
});

describe('round 74: tax revenue', () => {
  describe('a 续表 block on the same sheet under a unit line', () => describeCaseBook('税种', [taxes]));
});
