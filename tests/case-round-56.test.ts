import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 56 (/tmp/round56a and /tmp/round56b, written by outside testers who had not seen statlint): columns
 * that break a count down without saying so, and indicator tables whose rows state their units.
 * - Under a parent header ending as a count (已建立党组织企业数 / 小计 | 单独建立 | 联合建立 | 挂靠) each column counts
 *   enterprises: a town's 单独建立 four short breaks the column's 合计 exactly, and is blamed with its row.
 * - 上年=100 in the 单位 column is an index's base, not a work unit's name: the column still states each row's unit,
 *   so 地区生产总值 sums its industries and the growth column is checked.
 * - 私人汽车 (by owner) and 载客汽车 | 载货汽车 (by use) are two breakdowns of 民用汽车: their sum passing the whole is no
 *   finding (vocabulary attributeKinds).
 * - 党员数 is 男 + 女 and, past 少数民族, the sum of its five age groups: a town's 36至45岁 twenty over breaks that row
 *   and the column's 合计, and is blamed.
 * - 地区生产总值 is the sum of its three industries, each followed by a 其中 row: a total ten too high breaks that sum
 *   and its growth, and is blamed rather than the growth.
 */
const enterprises: CaseRow[] = [
  ['宁远县非公有制企业党建工作情况统计表（2023年）'],
  ['填报单位：宁远县委组织部'],
  ['序号', '乡镇', '企业数', '已建立党组织企业数', null, null, null, '覆盖率'],
  [null, null, null, '小计', '单独建立', '联合建立', '挂靠', null],
  [null, '合计', 2557, 1517, 824, 473, 220, 59.3],
  [1, '河口镇', 250, 148, 74, 49, 25, 59.2],
  [2, '高庙乡', 271, 207, 118, 59, 30, 76.4],
  [3, '新集镇', 162, 65, 29, 24, 12, 40.1],
  [4, '王庄乡', 260, 115, 64, 26, 25, 44.2],
  [5, '龙泉镇', 304, 159, 93, 53, 13, 52.3],
  [6, '白塔乡', 158, 102, 57, 34, 11, 64.6],
  [7, '三合镇', 183, 106, 62, 26, 18, 57.9],
  [8, '大河镇', 17, 10, 6, 2, 2, 58.8],
  [9, '黄土岭乡', 230, 133, 67, 53, 13, 57.8],
  [10, '青山乡', 215, 157, 71, 57, 29, 73],
  [11, '双井镇', 62, 50, 30, 15, 5, 80.6],
  [12, '杨村镇', 164, 68, 39, 23, 6, 41.5],
  [13, '李家寨乡', 165, 119, 69, 30, 20, 72.1],
  [14, '东岗镇', 116, 78, 45, 22, 11, 67.2],
];
const enterpriseMerges = ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4'];

const indicators: CaseRow[] = [
  ['沙河市国民经济主要指标'],
  ['指标', '单位', '2023年', '2024年', '比上年增长(%)'],
  ['地区生产总值', '亿元', 342.35, 360.05, 5.2],
  ['　第一产业', '亿元', 47.2, 49.1, 4],
  ['　第二产业', '亿元', 144.58, 151.97, 5.1],
  ['　第三产业', '亿元', 150.57, 158.98, 5.6],
  ['常住人口城镇化率', '%', 52.31, 53.12, 0.81],
  ['城镇登记失业率', '%', 3.1, 2.9, -0.2],
  ['居民消费价格指数', '上年=100', 100.4, 100.2],
  ['全体居民人均可支配收入', '元', 34114, 35888, 5.2],
  ['恩格尔系数', '%', 29.8, 29.1, -0.7],
  ['注：城镇化率、失业率、恩格尔系数的增长栏为增减百分点。'],
];

const vehicles: CaseRow[] = [
  ['临江市交通运输主要指标'],
  ['指标', '单位', '2024年', '比上年增长(%)'],
  ['年末民用汽车保有量', '万辆', 26.99, 5.6],
  ['　其中：私人汽车', '万辆', 24.56, 5.9],
  ['　　　　新能源汽车', '辆', 22942, 38.4],
  ['　　　　载客汽车', '万辆', 23.48, 6.1],
  ['　　　　载货汽车', '万辆', 3.24, 2.2],
  ['公路通车里程', '公里', 2167, 1.3],
  ['　其中：高速公路', '公里', 186, 0],
  ['旅客运输量', '万人', 612.5, 9.8],
  ['　其中：公路', '万人', 488.3, 4.1],
  ['　　　　铁路', '万人', 118.6, 27.5],
  ['货物运输量', '万吨', 2318.4, 3.3],
];

const members: CaseRow[] = [
  ['宁远县党员队伍结构情况统计表（2023年）'],
  ['乡镇', '党员数', '男', '女', '少数民族', '35岁及以下', '36至45岁', '46至55岁', '56至65岁', '66岁及以上'],
  ['城南镇', 2166, 1619, 547, 123, 319, 388, 502, 433, 524],
  ['石桥镇', 1279, 872, 407, 74, 158, 237, 317, 316, 251],
  ['马坊乡', 1376, 922, 454, 77, 180, 239, 344, 329, 284],
  ['柳林镇', 2075, 1523, 552, 69, 397, 375, 442, 442, 419],
  ['河口镇', 1355, 1003, 352, 41, 180, 249, 290, 290, 346],
  ['高庙乡', 390, 264, 126, 8, 58, 66, 100, 79, 87],
  ['新集镇', 1867, 1284, 583, 1, 304, 304, 447, 406, 406],
  ['王庄乡', 1741, 1208, 533, 40, 266, 338, 426, 320, 391],
  ['合计', 12249, 8695, 3554, 433, 1862, 2196, 2868, 2615, 2708],
];

const output: CaseRow[] = [
  ['河东区地区生产总值主要指标'],
  ['（现价）'],
  ['指标', '单位', '2023年', '2024年', '增长%'],
  ['地区生产总值', '亿元', 448.18, 473.95, 5.7],
  ['第一产业增加值', '亿元', 39.94, 43.06, 7.8],
  ['第二产业增加值', '亿元', 163.06, 173.18, 6.2],
  ['　其中：工业增加值', '亿元', 127.19, 136.43, 7.3],
  ['第三产业增加值', '亿元', 245.18, 257.71, 5.1],
  ['　其中：金融业增加值', '亿元', 22.07, 23.17, 5],
  ['人均地区生产总值', '元', 52327, 55693, 6.4],
  ['年末常住人口', '万人', 85.3, 84.9, -0.5],
  ['注：本表按现价计算。'],
];

const sheets: CaseSheet[] = [
  { name: '企业党建', rows: enterprises, merges: enterpriseMerges, plant: { address: 'E11', value: 53 } },
  { name: '主要指标', rows: indicators, merges: ['A1:E1'], plant: { address: 'D5', value: 157.97 } },
  { name: '党员结构', rows: members, merges: ['A1:J1'], plant: { address: 'G5', value: 259 } },
  { name: '地区生产总值', rows: output, merges: ['A1:E1'], plant: { address: 'D4', value: 483.95 } },
];

describe('round 56: unstated breakdowns and indicator tables', () => {
  describeCaseBook('县统计', sheets);

  test('the clean book raises no warning either', async () => {
    const findings = await caseFindings(await writeCaseBook('县统计', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

test('私人汽车 and 载客汽车 | 载货汽车 are two breakdowns of 民用汽车: no warning that their sum passes it', async () => {
  const book = [{ name: '交通', rows: vehicles, plant: { address: 'C6', value: 28.48 } }];
  const clean = await caseFindings(await writeCaseBook('交通', book, false));
  expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
  // 载客汽车 above the whole is still a part above its whole.
  const planted = await caseFindings(await writeCaseBook('交通', book, true));
  expect(planted.filter((f) => f.ruleId === 'part-not-above-whole').map((f) => f.cells.map((c) => c.address))).toEqual([
    ['C6', 'C3'],
  ]);
});
