import { runCli } from './helpers/run-cli';
import { describeCaseBook, errorFindings, writeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 43 (/tmp/round43a, /tmp/round43b, /tmp/round43c, written by outside testers who had not seen
 * statlint): bilingual yearbook tables (`总计 Total`, `单位：个 (unit)`, `#` rows nested in `#` rows, `指标 Item | 2023`),
 * tables in traditional characters (years typed as text, `註：增長速度按現價計算`), and per-capita tables (a 其中 row's
 * per-head income above the whole's, productivity in 元/人).
 */

// Yearbook 其中 rows marked `#`, one nested under another (中央企业 within 国有控股企业): the list is partial, its sum
// counts 中央企业 twice, and the total is no sum of it.
const hashRows: CaseRow[] = [
  ['规模以上工业企业主要指标 Main Indicators of Industrial Enterprises above Designated Size'],
  ['单位：亿元 (100 million yuan)'],
  ['指标 Item', '营业收入 Operating Revenue', '利润总额 Total Profits', '利润率(%) Profit Margin'],
  ['总计 Total', 48216, 4821.6, 10],
  ['# 国有控股企业 State-holding Enterprises', 12037.3, 1203.4, 10],
  ['  # 中央企业 Central Enterprises', 7758.9, 862.1, 11.1],
  ['# 外商及港澳台投资企业 Foreign Funded Enterprises', 8191.3, 655.3, 8],
  ['# 私营企业 Private Enterprises', 24185.7, 2198.7, 9.1],
];

// A unit line with its English in brackets: the unit is 个, not "个(unit".
const sectorRows: CaseRow[] = [
  ['按行业分法人单位数 Number of Corporate Units by Sector'],
  ['单位：个 (unit)'],
  ['行业 Sector', '法人单位数 Corporate Units'],
  ['总计 Total', 88485],
  ['一、农、林、牧、渔业 Agriculture, Forestry, Animal Husbandry and Fishery', 2416],
  ['二、采矿业 Mining', 1127],
  ['三、制造业 Manufacturing', 48215],
  ['四、电力、热力、燃气及水生产和供应业 Electricity, Heat, Gas and Water', 3861],
  ['五、建筑业 Construction', 9012],
  ['六、批发和零售业 Wholesale and Retail Trades', 17334],
  ['七、交通运输、仓储和邮政业 Transport, Storage and Post', 6520],
];

// One year's column under the label column's header in two languages.
const employedRows: CaseRow[] = [
  ['4-2 城镇就业人员数 Number of Employed Persons in Urban Areas'],
  ['单位：万人 (10 000 persons)'],
  ['指标 Item', 2023],
  ['城镇就业人员 Employed Persons in Urban Areas', 47032],
  ['其中：国有单位 Of which: State-owned Units', 5437],
  ['      城镇集体单位 Urban Collective Units', 242],
  ['      股份合作单位 Cooperative Units', 69],
  ['      有限责任公司 Limited Liability Corporations', 6529],
  ['      股份有限公司 Share Holding Corporations', 1893],
  ['      私营企业 Private Enterprises', 29870],
  ['乡村就业人员 Employed Persons in Rural Areas', 26988],
  ['就业人员合计 Total Employed Persons', 74020],
];

// A growth column after two years of a population in 万人: a count, whose growth is its figures'.
const populationRows: CaseRow[] = [
  ['表2-3 分地区年末人口 Population at Year-end by Region'],
  ['单位：万人 (10 000 persons)'],
  ['地区 Region', '2022', '2023', '增长(%) Growth Rate'],
  ['全国 National Total', 140942, 141038, 0.1],
  ['东部地区 Eastern Region', 56372, 56528, 0.3],
  ['中部地区 Central Region', 36513, 36471, -0.1],
  ['西部地区 Western Region', 38355, 38408, 0.1],
  ['东北地区 Northeastern Region', 9702, 9631, -0.7],
  ['注：本表不包括港澳台地区数据。 Note: Data of Hong Kong, Macao and Taiwan are not included.'],
];

// Years typed as text over figures typed as numbers, under a label header the vocabulary does not list (行業主類).
const textYearRows: CaseRow[] = [
  ['按行業主類劃分的機構單位數目'],
  ['行業主類', '2022', '2023', '增減百分比(%)'],
  ['進出口貿易', 98412, 96103, -2.3],
  ['零售', 61250, 62984, 2.8],
  ['住宿服務', 3121, 3482, 11.6],
  ['膳食服務', 28190, 29407, 4.3],
  ['金融及保險', 20734, 21018, 1.4],
  ['所有行業', 211707, 212994, 0.6],
];

// Growth of value added is at comparable prices, unless the note says current prices (按現價計算): then it is checked.
const indicatorRows: CaseRow[] = [
  ['2023年國民經濟主要指標'],
  ['指標', '單位', '2023年', '2022年', '比上年增長(%)'],
  ['地區生產總值', '億元', 3412.57, 3168.24, 7.7],
  ['第一產業增加值', '億元', 102.36, 98.71, 3.7],
  ['第二產業增加值', '億元', 1198.45, 1121.09, 6.9],
  ['第三產業增加值', '億元', 2111.76, 1948.44, 8.4],
  ['社會消費品零售總額', '億元', 1385.92, 1287.6, 7.6],
  ['城鎮新增就業', '萬人', 6.42, 6.18, 3.9],
  ['註：增長速度按現價計算。'],
];

describe('round 43: bilingual and traditional yearbook tables', () => {
  describeCaseBook('双语年鉴', [
    { name: '规上工业', rows: hashRows, merges: ['A1:D1', 'A2:D2'], plant: { address: 'B6', value: 13037.3 } },
    { name: '法人单位', rows: sectorRows, merges: ['A1:B1', 'A2:B2'], plant: { address: 'B4', value: 83085 } },
    { name: '4-2', rows: employedRows, merges: ['A1:B1', 'A2:B2'], plant: { address: 'B10', value: 49870 } },
    { name: '2-3', rows: populationRows, merges: ['A1:D1', 'A2:D2', 'A9:D9'], plant: { address: 'D6', value: 1.5 } },
  ]);
  describeCaseBook('繁體', [
    { name: '機構單位', rows: textYearRows, plant: { address: 'D5', value: 14.6 } },
    { name: '主要指標', rows: indicatorRows, plant: { address: 'E5', value: 8.9 } },
  ]);
});

// A share column the sheet's own figures confirm is a check of the sheet: its finding exits 1, not "nothing checked".
const districtRows: CaseRow[] = [
  ['表2　按區議會分區劃分的人口'],
  ['區議會分區', '人口', '百分比(%)'],
  ['中西區', 235953, 3.2],
  ['灣仔', 166695, 2.2],
  ['東區', 529603, 7.1],
  ['南區', 263278, 3.6],
  ['油尖旺', 310647, 4.2],
  ['深水埗', 431090, 5.8],
  ['九龍城', 410634, 5.5],
  ['黃大仙', 406802, 5.5],
  ['觀塘', 673166, 9.1],
  ['葵青', 495798, 6.7],
  ['荃灣', 320094, 4.3],
  ['屯門', 506879, 6.8],
  ['元朗', 668080, 9],
  ['北區', 309631, 4.2],
  ['大埔', 316470, 4.3],
  ['沙田', 692806, 9.3],
  ['西貢', 489037, 6.6],
  ['離島', 185282, 2.5],
  ['總計', 7411945, 100],
  ['註：由於四捨五入關係，個別數字加起來未必等於總數。'],
];

test('a sheet checked by its share column alone: clean exits 0, a wrong share exits 1 and is named', async () => {
  const sheets = [{ name: 'Table 2', rows: districtRows, plant: { address: 'C5', value: 5.2 } }];
  const clean = await runCli('check', await writeCaseBook('香港人口', sheets, false));
  expect(clean.code).toBe(0);
  const planted = await writeCaseBook('香港人口', sheets, true);
  const { code, out } = await runCli('check', planted);
  expect(code).toBe(1);
  expect(out).not.toContain('未核对');
  // Named by its share of the total and, where the total is read as one (總計), by the shares no longer adding to 100.
  const suspects = (await errorFindings(planted)).map((f) => f.cells.find((c) => c.suspect)?.address);
  expect([...new Set(suspects)]).toEqual(['C5']);
});

// A 全市平均 row holding the districts' totals in its counts and their quotient as its per-head figure.
const housingRows: CaseRow[] = [
  ['各区城镇居民住房情况'],
  ['区', '常住人口(人)', '住房建筑面积(平方米)', '人均住房建筑面积(平方米)'],
  ['城关区', 59853, 1941567, 32.4],
  ['东城区', 63346, 2067952, 32.6],
  ['西城区', 76038, 3282993, 43.2],
  ['南湖区', 124386, 5957062, 47.9],
  ['北山区', 74563, 3002336, 40.3],
  ['高新区', 126452, 6018235, 47.6],
  ['全市平均', 524638, 22270145, 42.4],
];

describe('round 43: a 全市平均 row of totals and their quotient', () => {
  describeCaseBook('住房', [
    { name: '住房', rows: housingRows, merges: ['A1:D1'], plant: { address: 'D9', value: 44.8 } },
  ]);
});

describe('round 43: per-head figures are not parts of their whole', () => {
  // A 其中 row's per-capita income is above the whole population's, a weighted mean of it and the rural one.
  const incomeRows: CaseRow[] = [
    ['2023年全市居民人均可支配收入'],
    ['指标', '常住人口(万人)', '2023年(元)', '2022年(元)', '增长(%)'],
    ['全体居民', 604.7, 37404, 35353, 5.8],
    ['  其中：城镇居民', 384.7, 45590, 43460, 4.9],
    ['        农村居民', 220, 23090, 21559, 7.1],
  ];
  // Industry's productivity (元/人) is above the whole secondary sector's, which construction pulls down.
  const productivityRows: CaseRow[] = [
    ['2023年分产业全员劳动生产率'],
    ['产业', '增加值(亿元)', '从业人员(人)', '全员劳动生产率(元/人)'],
    ['全市', 1365.8, 484716, 281773],
    ['第一产业', 142.9, 117269, 121857],
    ['第二产业', 704.5, 120120, 586497],
    ['  其中：工业', 593.6, 63080, 941027],
    ['第三产业', 518.4, 247327, 209601],
  ];

  test.each([
    ['收入', incomeRows],
    ['劳动生产率', productivityRows],
  ])('%s: no error finding', async (name, rows) => {
    const book = await writeCaseBook(name, [{ name, rows, plant: { address: 'A1', value: 0 } }], false);
    expect((await errorFindings(book)).map((f) => f.message)).toEqual([]);
  });
});
