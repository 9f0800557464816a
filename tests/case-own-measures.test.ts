import { caseFindings, describeCaseBook, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 32 of the false-alarm hunt: figures that are no part of a sum although they sit in its rows or its
 * columns. The sheets are an outside tester's (/tmp/round32-a and /tmp/round32-b, files named below), each raising
 * error findings before: a part in 人次 or 万美元 under a whole in 万人次 or 亿元, stated by a 计量单位 column; an
 * intensity (R&D经费投入强度, R&D over GDP) summed down the regions; a city's good-air days (its own stations'
 * figure) summed over its counties; a memo line (附：民间投资) added into its table's 总计. Each plant is still found,
 * and so is one in a mean price per 万 that inference did not look for before.
 */

/** 04_清河市_旅游: 入境游客 in 人次 under 接待游客总人次 in 万人次, 旅游外汇收入 in 万美元 under 旅游总收入 in 亿元. */
const tourism: CaseSheet = {
  name: '旅游',
  rows: [
    ['清河市旅游业主要指标'],
    ['指标', '计量单位', '2023年', '2024年', '增长（%）'],
    ['接待游客总人次', '万人次', 3448.4, 4160.1, 20.6],
    ['　　其中：国内游客', '万人次', 3445.3, 4155, 20.6],
    ['　　　　入境游客', '人次', 31229, 51059, 63.5],
    ['旅游总收入', '亿元', 417.74, 551.49, 32],
    ['　　其中：国内旅游收入', '亿元', 412.19, 543.27, 31.8],
    ['　　　　旅游外汇收入', '万美元', 7896, 11686, 48],
    ['A级旅游景区', '个', 14, 16, '—'],
    ['星级饭店', '家', 17, 16, '—'],
    ['注：旅游外汇收入按当年人民币平均汇率折算后计入旅游总收入。'],
  ],
  merges: ['A1:E1'],
  // 国内游客 typed above its whole.
  plant: { address: 'D4', value: 4255 },
};

/** 10_湖滨省_RD强度: the province's intensity is its R&D over its GDP, not the sum of the cities'. */
const intensity: CaseSheet = {
  name: 'R&D经费',
  rows: [
    ['2023年湖滨省各地研究与试验发展（R&D）经费情况'],
    [null, null, null, null, null, null, null, '单位：亿元、%'],
    ['地区', 'R&D经费内部支出', null, null, '地区生产总值', 'R&D经费投入强度', null, null],
    [null, '2022年', '2023年', '增长%', null, '2022年', '2023年', '增减百分点'],
    ['全省', 556.03, 614.04, 10.4, 33993.89, 1.72, 1.81, 0.09],
    ['安澜市', 130.42, 150.11, 15.1, 3938.69, 3.5, 3.81, 0.31],
    ['嘉禾市', 19.84, 22.56, 13.7, 1376.82, 1.53, 1.64, 0.11],
    ['临川市', 75.88, 92.19, 21.5, 5536.74, 1.45, 1.67, 0.22],
    ['泽州市', 57.79, 63.57, 10, 4769.13, 1.27, 1.33, 0.06],
    ['宁远市', 25.7, 28.04, 9.1, 4496.01, 0.61, 0.62, 0.01],
    ['通海市', 132.4, 126.97, -4.1, 5240.22, 2.61, 2.42, -0.19],
    ['丰城市', 22.41, 26.56, 18.5, 1883.59, 1.23, 1.41, 0.18],
    ['长乐市', 39.54, 47.57, 20.3, 3429.24, 1.19, 1.39, 0.2],
    ['望江市', 52.05, 56.47, 8.5, 3323.45, 1.69, 1.7, 0.01],
    ['注：R&D经费投入强度为R&D经费内部支出与地区生产总值之比。'],
  ],
  merges: ['A1:H1', 'B3:D3', 'F3:H3', 'A3:A4', 'E3:E4'],
  // A city's 2023 spending typed ten more: the province's sum and the city's growth both break.
  plant: { address: 'C8', value: 102.19 },
};

/** 31_江州市_生态环境综合: the city's days are its urban stations' (326, above every county's), as the note says. */
const airDays: CaseSheet = {
  name: '空气',
  rows: [
    ['2024年各县（市、区）环境空气质量'],
    [
      '地区',
      '优良天数（天）',
      '优良天数比例（%）',
      null,
      null,
      'PM2.5平均浓度（微克/立方米）',
      null,
      'PM10平均浓度（微克/立方米）',
    ],
    [null, null, '2024年', '2023年', '增减百分点', '2024年', '同比（%）', null],
    ['全市', 326, 89.1, 83.8, 5.3, 22, 0, 74],
    ['江南区', 276, 75.4, 91.2, -15.8, 29, 16, 65],
    ['江北区', 321, 87.7, 92.6, -4.9, 41, -10.9, 59],
    ['临江县', 286, 78.1, 78.6, -0.5, 47, 80.8, 70],
    ['安平县', 291, 79.5, 81.9, -2.4, 30, 20, 69],
    ['永和市', 285, 77.9, 84.1, -6.2, 37, 48, 79],
    ['新丰县', 323, 88.3, 74.8, 13.5, 30, -14.3, 75],
    ['注：优良天数比例=优良天数/有效监测天数×100%，2024年有效监测天数为366天；全市数据为市区国控站点评价结果。'],
  ],
  merges: ['A1:H1', 'C2:E2', 'F2:G2', 'A2:A3', 'B2:B3', 'H2:H3'],
  // A county's change in points contradicting its two years.
  plant: { address: 'E7', value: 0.5 },
};

/** w10_own: 附：民间投资 is the private part of every type above it, not one more type. */
const memo: CaseSheet = {
  name: '按登记注册类型分',
  rows: [
    ['凤台县固定资产投资(按登记注册类型分)'],
    ['登记注册类型', '2023年', '2024年', '比上年±%', '2024年构成(%)'],
    [null, '(万元)', '(万元)', null, null],
    ['总计', 216220, 199985, -7.5, 100],
    [{ v: '国有及国有控股', indent: 2 }, 22063, 18647, -15.5, 9.3],
    [{ v: '其中：国有独资', indent: 4 }, 10584, 7696, -27.3, 3.8],
    [{ v: '集体', indent: 2 }, '—', '—', '—', '—'],
    [{ v: '股份合作', indent: 2 }, '—', '—', '—', '—'],
    [{ v: '有限责任公司', indent: 2 }, 29628, 35362, 19.4, 17.7],
    [{ v: '股份有限公司', indent: 2 }, 49527, 35330, -28.7, 17.7],
    [{ v: '私营', indent: 2 }, 28739, 26564, -7.6, 13.3],
    [{ v: '个体', indent: 2 }, 18876, 15472, -18, 7.7],
    [{ v: '港澳台商投资', indent: 2 }, 46529, 50364, 8.2, 25.2],
    [{ v: '外商投资', indent: 2 }, 6442, 5498, -14.7, 2.7],
    [{ v: '其他', indent: 2 }, 14416, 12748, -11.6, 6.4],
    ['附：民间投资', 107052, 86880, -18.8, 43.4],
  ],
  merges: ['A1:E1', 'A2:A3', 'D2:D3', 'E2:E3'],
  // 私营 2023 typed a thousand less: the total and the type's growth break.
  plant: { address: 'B11', value: 27739 },
};

/**
 * w27_sales: a mean price in 元/平方米 of an amount in 亿元 over an area in 万平方米 (× 10,000), no rule naming it; before,
 * inference tried ratios per one, per cent and per mille only, and a price typed wrong went unseen.
 */
const price: CaseSheet = {
  name: '表7-3',
  rows: [
    ['2022年各县(市、区)商品房销售情况'],
    ['县(市、区)', '商品房销售面积', null, '商品房销售额', null, '平均售价'],
    [null, '万平方米', '增长%', '亿元', '增长%', '(元/平方米)'],
    ['合计', 549.08, -14.6, 428.66, -16.6, 7807],
    ['城关区', 118.62, 1.8, 57.06, 4.5, 4810],
    ['开发区', 95.83, -24.9, 61.3, -25, 6397],
    ['云阳县', 21.36, -4.4, 20.47, 4.3, 9583],
    ['白沙县', 76.82, 6.6, 67.91, -13.3, 8840],
    ['龙潭县', 119.16, -31.8, 96.17, -12.3, 8071],
    ['新坪县', 117.29, -9.7, 125.75, -26, 10721],
    ['注：平均售价＝销售额÷销售面积。'],
  ],
  merges: ['A1:F1', 'B2:C2', 'D2:E2', 'A2:A3'],
  plant: { address: 'F9', value: 9203 },
};

describe('round 32: figures of their own beside sums', () => {
  describeCaseBook('另有口径', [tourism, intensity, airDays, memo, price]);

  // Without 附：, the figures speak: 民间投资 typed flush left after the indented types, which add up to 总计 without it
  // (集体 and 股份合作 marked — add 0), is left out of it as a row counted in the others, as 附： would leave it out.
  test('a memo line without 附： is left out where the types add up to 总计 without it', async () => {
    const unmarked = {
      ...memo,
      rows: memo.rows.map((r) => (r[0] === '附：民间投资' ? ['民间投资', ...r.slice(1)] : r)),
    };
    const errors = errorsOn(await caseFindings(await writeCaseBook('无附', [unmarked], false)), memo.name);
    expect(errors.map((f) => f.ruleId)).not.toContain('total-row-sum');
    // Typed wrong, the type still breaks 总计, though 民间投资 is left out.
    const planted = errorsOn(await caseFindings(await writeCaseBook('无附', [unmarked], true)), memo.name);
    expect(planted.map((f) => f.ruleId)).toContain('total-row-sum');
  });

  test("a county total typed as a tenth of its counties' sum is still an error", async () => {
    // 全市 326 over counties summing to 1782 is the city's own; 178 over counties from 276 up is below every one.
    const wrong = { ...airDays, rows: airDays.rows.map((r) => (r[0] === '全市' ? ['全市', 178, ...r.slice(2)] : r)) };
    const errors = errorsOn(await caseFindings(await writeCaseBook('天数', [wrong], false)), airDays.name);
    expect(errors.map((f) => f.ruleId)).toContain('total-row-sum');
  });
});
