import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 49 (/tmp/round49a and /tmp/round49b, written by outside testers who had not seen statlint): energy
 * and environment tables, and social security tables, as county and city offices publish them. Each sheet below is
 * one of theirs, its figures as they wrote them.
 */

// Each district's 其中 row named after it (城关区其中：…), the city's too, right under 全市: the city sums the districts
// alone, in 万千瓦时 rounded district by district (2,503,983 over districts adding up to 2,503,982).
const electricity: CaseRow[] = [
  ['各县（市、区）全社会用电量及城乡居民生活用电'],
  [null, null, null, '单位：万千瓦时'],
  ['地区', '2023年', '2024年', '增长(%)'],
  ['全市', 2503983, 2508389, 0.2],
  ['　　全市其中：城乡居民生活用电', 411265, 431888, 5],
  ['城关区', 190317, 192568, 1.2],
  ['　　城关区其中：城乡居民生活用电', 32768, 32730, -0.1],
  ['东城区', 364939, 356354, -2.4],
  ['　　东城区其中：城乡居民生活用电', 65642, 69333, 5.6],
  ['西湖区', 398280, 395783, -0.6],
  ['　　西湖区其中：城乡居民生活用电', 66719, 71209, 6.7],
  ['高新区', 376388, 404004, 7.3],
  ['　　高新区其中：城乡居民生活用电', 83414, 85630, 2.7],
  ['临江县', 597480, 597401, 0],
  ['　　临江县其中：城乡居民生活用电', 92509, 97998, 5.9],
  ['青山县', 576578, 562278, -2.5],
  ['　　青山县其中：城乡居民生活用电', 70213, 74986, 6.8],
];

// Three years and the last one's growth, five indicators: the header names the change, so four rows are enough. The
// rate's growth is in points, as the note says.
const employment: CaseRow[] = [
  ['全县就业主要指标'],
  ['指标', '2021年', '2022年', '2023年', '2023年比上年增长（%）'],
  ['城镇新增就业人数（人）', 8833, 8435, 7770, -7.9],
  ['失业人员再就业人数（人）', 1982, 2073, 1893, -8.7],
  ['就业困难人员实现就业人数（人）', 386, 353, 343, -2.8],
  ['年末城镇登记失业人数（人）', 3710, 3886, 3806, -2.1],
  ['城镇登记失业率（%）', 3.4, 3.3, 3.1, -0.2],
  ['注：城镇登记失业率一栏“比上年增长”为比上年增减百分点。'],
];

// A decline in per cent, below zero where emissions grew.
const pollutants: CaseRow[] = [
  ['主要污染物排放量'],
  ['指标', '计量单位', '2023年', '2024年', '比上年下降(%)'],
  ['主要污染物排放量'],
  ['　　化学需氧量', '吨', 30448, 30671, -0.7],
  ['　　氨氮', '吨', 1467, 1473, -0.4],
  ['　　二氧化硫', '吨', 8088, 8238, -1.9],
  ['　　氮氧化物', '吨', 15540, 14809, 4.7],
  ['　　挥发性有机物', '吨', 8462, 8032, 5.1],
  ['注：下降率为负值表示排放量增加。'],
];

// A title naming an intensity (强度) beside the total (总量): 全市 sums 总量, so its 其中 column is held within it.
const energy: CaseRow[] = [
  ['各县（市、区）能源消费总量和强度'],
  [null, null, null, null, null, '单位：万吨标准煤、%'],
  ['地区', '能源消费总量', null, null, '其中：规模以上工业', '单位GDP能耗'],
  [null, '2023年', '2024年', '增长', '2024年', '下降率'],
  ['全市', 1673.88, 1700.98, 1.6, 1069.3, 3.46],
  ['　　城关区', 204.8, 209.58, 2.3, 141.38, -0.63],
  ['　　东城区', 249.3, 248.27, -0.4, 194.46, 0.95],
  ['　　西湖区', 131.99, 132.11, 0.1, 81.12, 0.04],
  ['　　高新区', 170.23, 166.57, -2.1, 104.15, 2.93],
  ['　　临江县', 163.25, 164.17, 0.6, 82.42, 2.05],
  ['　　青山县', 348.42, 360.43, 3.4, 231.53, 5.13],
  ['　　白水县', 124.03, 121.64, -1.9, 76.48, -0.46],
  ['　　安平县', 281.87, 298.21, 5.8, 157.76, 5.29],
];

// A county's revenue (tests/corpora/layouts/monthly-30/m11_fis_2月_text.xlsx), in 万元 rounded item by item, with a share
// in per cent among the amounts: 税收收入占比（%） is no part of 一般公共预算收入.
const revenue: CaseRow[] = [
  ['表9  一般公共预算收入情况'],
  [null, null, null, null, '单位：万元'],
  ['项目', '年初预算数', '1—2月完成数', '上年同期完成数', '增减额'],
  ['一般公共预算收入', 25599, 4085, 4984, -899],
  ['  税收收入', 18259, 3045, 3989, -944],
  ['    增值税', 8147, 1388, 2002, -614],
  ['    企业所得税', 3382, 618, 780, -162],
  ['    个人所得税', 729, 134, 177, -43],
  ['    资源税', 610, 85, 68, 17],
  ['    城市维护建设税', 1052, 155, 200, -45],
  ['    房产税', 761, 135, 219, -84],
  ['    印花税', 288, 46, 36, 10],
  ['    城镇土地使用税', 561, 92, 98, -6],
  ['    土地增值税', 608, 108, 84, 24],
  ['    车船税', 145, 16, 13, 3],
  ['    耕地占用税', 466, 60, 92, -32],
  ['    契税', 1456, 204, 219, -15],
  ['    环境保护税', 55, 6, 0, 6],
  ['  非税收入', 7340, 1040, 995, 45],
  ['    专项收入', 1133, 183, 211, -28],
  ['    行政事业性收费收入', 368, 47, 44, 3],
  ['    罚没收入', 883, 109, 77, 32],
  ['    国有资源（资产）有偿使用收入', 2347, 277, 268, 9],
  ['    其他收入', 2609, 424, 396, 28],
  ['  税收收入占比（%）', null, 74.5, 80, null],
];

// Two years, their difference and its growth (/tmp/round47b p07), shown to one decimal: 2023年 = 增减 ÷ 增长 × 100
// holds too, but only because the other two do.
const g = (v: number) => ({ v, numFmt: '0.0' });
const members: CaseRow[] = [
  ['临江县“两新”组织党员队伍结构变化情况'],
  [null, null, null, null, '单位：名'],
  ['指标', '2023年', '2024年', '增减', '增长(%)'],
  ['党员总数', 1850, 1920, 70, g(3.8)],
  ['其中：女', 555, 530, -25, g(-4.5)],
  ['少数民族', 170, 90, -80, g(-47.1)],
  ['35岁及以下', 550, 599, 49, g(8.9)],
  ['61岁及以上', 200, 190, -10, g(-5)],
  ['研究生', 96, 103, 7, g(7.3)],
  ['大学本科', 617, 605, -12, g(-1.9)],
  ['大专', 520, 606, 86, g(16.5)],
];

describe('round 49: energy, environment and social security tables', () => {
  describeCaseBook('能源与社保', [
    // The city's total is held to its districts, not to them and its own 其中 row.
    { name: '居民用电', rows: electricity, merges: ['A1:D1'], plant: { address: 'B4', value: 2553983 } },
    { name: '就业', rows: employment, merges: ['A1:E1', 'A8:E8'], plant: { address: 'E3', value: -1.7 } },
    { name: '主要污染物', rows: pollutants, merges: ['A1:E1'], plant: { address: 'E6', value: 0.9 } },
    {
      name: '分县能耗',
      rows: energy,
      merges: ['A1:F1', 'B3:D3', 'A3:A4'],
      plant: { address: 'E9', value: 191.56 },
    },
    { name: '财政', rows: revenue, merges: ['A1:E1'], plant: { address: 'C6', value: 2388 } },
    { name: '党员', rows: members, merges: ['A1:E1'], plant: { address: 'D7', value: 59 } },
  ]);

  test('a wrong 增减 is reported once, by its difference, not also by the base its growth gives', async () => {
    const path = await writeCaseBook(
      '增减',
      [{ name: '党员', rows: members, plant: { address: 'D7', value: 59 } }],
      true,
    );
    const findings = (await caseFindings(path)).map((f) => `${f.ruleId} ${f.message}`);
    expect(findings).toEqual([
      'inferred/difference 其余 7 行均满足 增减 = 2024年 − 2023年，本行不满足（按此应为 49，表中为 59）',
    ]);
  });

  test('a 其中 part over its whole says which part and which whole, by their names', async () => {
    const planted = await writeCaseBook(
      '其中',
      [{ name: '分县能耗', rows: energy, merges: ['B3:D3', 'A3:A4'], plant: { address: 'E9', value: 191.56 } }],
      true,
    );
    const parts = (await caseFindings(planted)).filter((f) => f.ruleId === 'part-not-above-whole');
    expect(parts.map((f) => f.message)).toEqual([
      '高新区：其中：规模以上工业/2024年不应大于能源消费总量/2024年（191.56 > 166.57）',
    ]);
    // A 其中 row: said of its column, the whole named by its row.
    const retirees: CaseRow[] = [
      ['县医疗保障主要指标'],
      ['指标名称', '计量单位', '2023年', '2022年'],
      ['城镇职工基本医疗保险参保人数', '人', 33426, 31826],
      ['　其中：在职职工', '人', 25263, 23856],
      ['　　　　退休人员', '人', 8163, 7970],
      ['城乡居民基本医疗保险参保人数', '人', 308044, 318937],
    ];
    const rows = await writeCaseBook(
      '其中行',
      [{ name: '医保', rows: retirees, plant: { address: 'C5', value: 81633 } }],
      true,
    );
    const messages = (await caseFindings(rows))
      .filter((f) => f.ruleId === 'part-not-above-whole')
      .map((f) => f.message);
    expect(messages).toEqual(['2023年：退休人员不应大于城镇职工基本医疗保险参保人数（81633 > 33426）']);
  });
});
