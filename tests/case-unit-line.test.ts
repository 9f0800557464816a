import { caseFindings, describeCaseBook, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Round 25's industrial tables (/tmp/round25-ind): a unit line listing several units (单位：个、亿元、%) over columns whose
 * headers leave some out. The columns no header gives a unit are in the one listed unit no header claims (亿元), and
 * their figures are rounded as 亿元 are: a total 0.01 off the sum of its rows, or a growth its rounded figures do not
 * give exactly, is that rounding, not a wrong figure. Where a count unit is left too (企业单位数 unmarked), only the
 * columns holding decimals take the other unit.
 */

const industries = [
  ['采矿业', 10, 20.11, 19, 5.8],
  ['制造业', 40, 70.31, 61, 15.3],
  ['电力、热力、燃气及水生产和供应业', 10, 11.32, 10.02, 13],
];

describe('a unit line listing several units', () => {
  describeCaseBook('多单位', [
    {
      name: '主要指标',
      rows: [
        ['规模以上工业企业主要指标'],
        ['单位：个、亿元、%'],
        ['行业', '企业单位数（个）', '营业收入', null, null],
        [null, null, '本年', '上年', '增长（%）'],
        // 101.74 by the rows, 101.73 as published from the unrounded figures; the growth from those too.
        ['总计', 60, 101.73, 90.02, 13],
        ...industries,
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:E3'],
      plant: { address: 'C5', value: 102.73 },
    },
    {
      name: '按注册类型',
      rows: [
        ['规模以上工业企业主要经济指标'],
        ['单位：个、亿元、%'],
        ['项目', '企业单位数', '亏损企业', '营业收入', null, '利润总额'],
        [null, null, null, '本年', '增长（%）', '本年'],
        ['总计', 218, 48, 295.18, 6.4, 13.73],
        ['国有企业', 12, 5, 40.11, 3.1, 2.06],
        ['集体企业', 6, 2, 3.52, -1.2, 0.21],
        ['股份制企业', 150, 30, 201.2, 7.9, 9.31],
        ['外商及港澳台商投资企业', 30, 6, 40.21, 4.4, 1.74],
        ['其他', 20, 5, 10.13, 2.2, 0.42],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'],
      plant: { address: 'B5', value: 228 },
    },
  ]);
});

/**
 * Round 25's health reports (/tmp/round25-edu): a 单位 column naming 天 beside the units the vocabulary lists still states
 * each row's unit, so the 病床使用率 row (%) keeps its change in points, as its note says.
 */
describe('a unit column naming a unit the vocabulary does not list', () => {
  describeCaseBook('医疗服务', [
    {
      name: '医疗服务',
      rows: [
        ['2024年1—9月医疗服务情况'],
        ['指标', '单位', '本年累计', '上年同期', '同比增长（%）'],
        ['诊疗人次', '人次', 2345678, 2198765, 6.7],
        ['出院人数', '人', 45678, 43210, 5.7],
        ['病床使用率', '%', 77.6, 86.9, -9.3],
        ['出院者平均住院日', '天', 8.4, 8.9, -5.6],
        [],
        ['注：病床使用率同比增长栏为增减百分点。'],
      ],
      plant: { address: 'E4', value: 7.5 },
    },
  ]);
});

/**
 * Round 25's product output tables: a 计量单位 column stating 亿千瓦时 or 万吨 row by row. Those rows' figures are rounded
 * to their shown digits of 亿 or 万, so a growth worked out from the unrounded output may differ from the rounded
 * figures' (风力发电量 1.18 over 0.99: 19.2 % from the figures shown, 19.8 % as published).
 */
describe('a 计量单位 column stating units with a multiplier', () => {
  describeCaseBook('产品产量', [
    {
      name: '产品产量',
      rows: [
        ['2023年规模以上工业主要产品产量'],
        ['产品名称', '计量单位', '本年', '上年', '增长（%）'],
        ['原煤', '万吨', 571.88, 143.12, 299.6],
        ['发电量', '亿千瓦时', 29.55, 23.72, 24.6],
        ['风力发电量', '亿千瓦时', 1.18, 0.99, 19.8],
        ['水泥', '万吨', 142.65, 328.06, -56.5],
        ['汽车', '辆', 1156, 25228, -95.4],
        ['新能源汽车', '辆', 682, 256, 166.4],
      ],
      plant: { address: 'E7', value: 95.4 },
    },
  ]);
});

/**
 * Round 25's energy tables: 其中 rows in a 计量单位 column's units. 发电量's parts in 亿千瓦时, shown whole, are rounded
 * one by one, so they may add up to 1 more than the whole. Before: a parts-sum-within-whole warning, the figures read
 * as exact.
 */
describe('其中 rows in a 计量单位 column stating units with a multiplier', () => {
  const power: CaseSheet = {
    name: '发电量',
    rows: [
      ['2023年规模以上工业能源生产'],
      ['指标', '计量单位', '本年', '上年'],
      ['原煤', '万吨', 5719, 1431],
      ['发电量', '亿千瓦时', 296, 237],
      ['  其中：火力发电量', '亿千瓦时', 280, 223],
      ['        风力发电量', '亿千瓦时', 12, 10],
      ['        太阳能发电量', '亿千瓦时', 5, 4],
    ],
    plant: { address: 'C6', value: 380 },
  };
  describeCaseBook('能源生产', [power]);

  test('no warning either on the clean sheet', async () => {
    const findings = await caseFindings(await writeCaseBook('能源生产', [power], false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

/**
 * Round 26's construction and real-estate tables (/tmp/round26-b). A 其中 column stating no unit counts in its whole's
 * (签订合同额（万元） | 其中：本年新签合同额), so its total may be 1 off its rounded rows; a 增速 column is a growth rate, not
 * one more column of the unit line's 万元. Before: 总计：其中：本年新签合同额应为 5038919（SUM(F4:F8)），表中为 5038918, and
 * 全市：增速应为 -97.1（SUM(C5:C17)）.
 */
describe('a 其中 column without a unit, and a 增速 column under a unit line', () => {
  describeCaseBook('建筑业与房地产', [
    {
      name: '资质',
      rows: [
        ['按资质等级分建筑业企业主要指标'],
        ['资质等级', '企业单位数（个）', '签订合同额（万元）', '其中：本年新签合同额', '房屋建筑施工面积（万平方米）'],
        ['总计', 1347, 11370865, 5038918, 18992],
        ['特级', 8, 86717, 30949, 161.9],
        ['一级', 81, 458115, 250951, 615.3],
        ['二级', 439, 1740444, 650367, 2050.5],
        ['三级', 584, 8498380, 3785187, 14775.6],
        ['其他', 235, 587209, 321465, 1388.7],
      ],
      plant: { address: 'D3', value: 5538918 },
    },
    {
      name: '分区县',
      rows: [
        ['各区县房地产开发投资'],
        ['单位：万元、%'],
        ['区县', '房地产开发投资', '增速'],
        ['全市', 600000, -4.2],
        ['甲区', 250000, 3.1],
        ['乙区', 200000, -8.5],
        ['丙县', 150000, -9.0],
      ],
      plant: { address: 'B4', value: 660000 },
    },
  ]);
});

describe('a header glossed in English on a row of its own, and a bare % ending a header (round 29)', () => {
  // Round 29's township and sports tables (an outside tester's, /tmp/round29-b). The English row under the Chinese
  // header was read as the header, the Chinese one as a title: 人均可支配收入 was no longer a mean, and an area's per
  // capita above its township's was an error. `增长%` under 场地面积（万平方米） took the parent's unit and was summed
  // by the total row (应为 61.4（SUM(G5:G10)）).
  describeCaseBook('英文对照与百分号', [
    {
      name: '英文对照',
      rows: [
        ['各乡镇（街道）基本情况 Basic Statistics by Township'],
        ['乡镇', '行政村数（个）', '户数（户）', '人口（人）', '农村居民人均可支配收入（元）'],
        ['Township', 'Administrative Villages', 'Households', 'Population', 'Per Capita Disposable Income (yuan)'],
        ['全县', 51, 13978, 45430, 21531],
        ['青山镇', 16, 4774, 16993, 25423],
        ['其中：经济开发区', 2, 1432, 4758, 26623],
        ['石桥镇', 18, 3879, 10837, 17245],
        ['柳林镇', 17, 5325, 17600, 20889],
      ],
      plant: { address: 'D4', value: 46430 },
    },
    {
      name: '增长百分号',
      rows: [
        ['体育场地数量和面积'],
        ['类别', '场地数（个）', null, null, '场地面积（万平方米）', null, null],
        [null, '2022年', '2023年', '增长%', '2022年', '2023年', '增长%'],
        ['总计', 1032, 1098, 6.4, 33.65, 36.98, 9.9],
        ['田径场', 122, 129, 5.7, 5.06, 5.13, 1.4],
        ['篮球场', 150, 160, 6.7, 6.19, 6.98, 12.9],
        ['足球场', 156, 171, 9.6, 3.0, 3.34, 11.4],
        ['游泳池', 287, 303, 5.6, 2.14, 2.44, 14.1],
        ['全民健身路径', 196, 206, 5.1, 8.99, 9.36, 4.1],
        ['健身步道', 121, 129, 6.6, 8.28, 9.73, 17.5],
      ],
      merges: ['A2:A3', 'B2:D2', 'E2:G2'],
      plant: { address: 'D7', value: 15.6 },
    },
  ]);
});

describe('figures in a unit per unit, each rounded (round 30)', () => {
  // Round 30's monthly energy table (an outside tester's, /tmp/round30-b): energy per 万元 of GDP to four decimals,
  // and its 下降率 worked out before rounding. 5.62 % lies within what 0.6507 and 0.6142, each ± 0.00005, allow; before,
  // figures in 吨标准煤/万元 were held exact (降幅应为 5.61%). A 下降率 three points off is still found.
  describeCaseBook('单位能耗', [
    {
      name: '能耗',
      rows: [
        ['主要能耗指标'],
        ['指    标', '计量单位', '本期', '上年同期', '下降率（%）'],
        ['单位地区生产总值能耗', '吨标准煤/万元', 0.6142, 0.6507, 5.62],
        ['规模以上工业单位增加值能耗', '吨标准煤/万元', 1.355, 1.4715, 7.92],
        ['单位工业增加值用水量', '立方米/万元', 8.12, 8.53, 4.81],
        ['注：下降率为负值表示上升。'],
      ],
      plant: { address: 'E3', value: 8.62 },
    },
  ]);
});
