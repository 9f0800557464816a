const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round43a); the
// corpus keeps the clean files that statlint checks. Round 43 (bilingual tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round43a';
const OUT = path.join(ROOT, 'files'); fs.mkdirSync(OUT, {recursive: true});
const rnd = (x, d = 1) => { const f = 10 ** d; const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * f + 1e-7) / f; };
const g = (a, b) => rnd((b / a - 1) * 100);
const sh = (p, t) => rnd(p / t * 100);
const sum = a => a.reduce((s, x) => s + x, 0);
const sumd = (a, d) => rnd(sum(a), d);
const T = {}; // name -> {sheets:[{name, aoa, merges, widths}]}
function add(name, sheets) { T[name] = {sheets}; }

// c01 region population with growth
{
  const regs = [['东部地区 Eastern Region', 56372, 56528], ['中部地区 Central Region', 36513, 36471], ['西部地区 Western Region', 38355, 38408], ['东北地区 Northeastern Region', 9702, 9631]];
  const a22 = sum(regs.map(r => r[1])), a23 = sum(regs.map(r => r[2]));
  const aoa = [['表2-3 分地区年末人口 Population at Year-end by Region'], ['单位：万人 (10 000 persons)'],
    ['地区 Region', '2022', '2023', '增长(%) Growth Rate'],
    ['全国 National Total', a22, a23, g(a22, a23)], ...regs.map(r => [r[0], r[1], r[2], g(r[1], r[2])]),
    ['注：本表不包括港澳台地区数据。 Note: Data of Hong Kong, Macao and Taiwan are not included.']];
  add('c01_region_pop', [{name: '2-3', aoa, merges: ['A1:D1', 'A2:D2', 'A9:D9']}]);
}
// c02 province GDP by city with proportion
{
  const cities = [['南京市 Nanjing', 17421.40], ['无锡市 Wuxi', 15456.19], ['徐州市 Xuzhou', 9000.41], ['常州市 Changzhou', 10116.36], ['苏州市 Suzhou', 24653.37], ['南通市 Nantong', 11813.27], ['连云港市 Lianyungang', 4363.61], ['淮安市 Huai\'an', 5015.06], ['盐城市 Yancheng', 7403.87], ['扬州市 Yangzhou', 7423.26], ['镇江市 Zhenjiang', 5264.07], ['泰州市 Taizhou', 6731.66], ['宿迁市 Suqian', 4398.07]];
  const tot = sumd(cities.map(c => c[1]), 2);
  const aoa = [['3-5 各市地区生产总值（2023年） Gross Regional Product by City (2023)'], ['单位：亿元 (100 million yuan)'],
    ['地区\nRegion', '地区生产总值\nGross Regional Product', '比重(%)\nProportion'],
    ['全省 Jiangsu Province', tot, 100.0], ...cities.map(c => [c[0], c[1], sh(c[1], tot)])];
  add('c02_city_gdp', [{name: 'Sheet1', aoa, merges: ['A1:C1', 'A2:C2'], fmt: {B: '0.00', C: '0.0'}}]);
}
// c03 employment with of-which
{
  const tot = 47032, ofs = [['国有单位 State-owned Units', 5437], ['城镇集体单位 Urban Collective Units', 242], ['股份合作单位 Cooperative Units', 69], ['有限责任公司 Limited Liability Corporations', 6529], ['股份有限公司 Share Holding Corporations', 1893], ['私营企业 Private Enterprises', 13988]];
  const aoa = [['4-2 城镇就业人员数 Number of Employed Persons in Urban Areas'], ['单位：万人 (10 000 persons)'],
    ['指标 Item', '2023'], ['城镇就业人员 Employed Persons in Urban Areas', tot],
    ['其中：' + ofs[0][0].split(' ')[0] + ' Of which: ' + ofs[0][0].split(' ').slice(1).join(' '), ofs[0][1]],
    ...ofs.slice(1).map(o => ['      ' + o[0], o[1]]),
    ['乡村就业人员 Employed Persons in Rural Areas', 26988], ['就业人员合计 Total Employed Persons', tot + 26988]];
  add('c03_employment_ofwhich', [{name: '4-2', aoa, merges: ['A1:B1', 'A2:B2']}]);
}
// c04 English on new line in same cell, sectors with 合计\nTotal at bottom
{
  const sec = [['第一产业\nPrimary Industry', 89755.2, 89755.2 * 0 + 89755.2], ];
  const rows = [['第一产业\nPrimary Industry', 88345.1, 89755.2], ['第二产业\nSecondary Industry', 483164.5, 482588.5], ['第三产业\nTertiary Industry', 638697.6, 688238.4]];
  const t22 = sumd(rows.map(r => r[1]), 1), t23 = sumd(rows.map(r => r[2]), 1);
  const aoa = [['国内生产总值构成\nComposition of Gross Domestic Product'], ['单位：亿元\n(100 million yuan)'],
    ['项目\nItem', '2022', '2023', '2022年比重(%)\nProportion 2022', '2023年比重(%)\nProportion 2023'],
    ...rows.map(r => [r[0], r[1], r[2], sh(r[1], t22), sh(r[2], t23)]),
    ['合计\nTotal', t22, t23, 100.0, 100.0]];
  add('c04_newline_sectors', [{name: 'GDP', aoa, merges: ['A1:E1', 'A2:E2'], fmt: {B: '0.0', C: '0.0', D: '0.0', E: '0.0'}}]);
}
// c05 English header row below Chinese header row; two-year with growth
{
  const items = [['粮食', 'Grain', 68652.8, 69540.9], ['棉花', 'Cotton', 598.0, 561.8], ['油料', 'Oil-bearing Crops', 3654.2, 3863.7], ['糖料', 'Sugar Crops', 11237.5, 11376.3], ['茶叶', 'Tea', 335.0, 355.0], ['水果', 'Fruits', 31296.2, 32744.3]];
  const aoa = [['主要农产品产量 Output of Major Farm Products'], ['单位：万吨 (10 000 tons)'],
    ['产品', '2022年', '2023年', '增长(%)'], ['Item', '2022', '2023', 'Growth Rate (%)'],
    ...items.map(i => [i[0] + ' ' + i[1], i[2], i[3], g(i[2], i[3])])];
  add('c05_header_row_below', [{name: 'Sheet1', aoa, merges: ['A1:D1', 'A2:D2'], fmt: {B: '0.0', C: '0.0', D: '0.0'}}]);
}
// c06 separate English column
{
  const rows = [['北京', 'Beijing', 2185.8], ['天津', 'Tianjin', 1364.0], ['河北', 'Hebei', 7393.0], ['山西', 'Shanxi', 3465.99], ['内蒙古', 'Inner Mongolia', 2396.0]];
  rows.forEach(r => r[2] = Math.round(r[2]));
  const bs = rows.map(r => Math.round(r[2] * 0.512)), gs = rows.map((r, i) => r[2] - bs[i]);
  const tot = sum(rows.map(r => r[2])), tb = sum(bs), tg = sum(gs);
  const aoa = [['华北地区分省人口 Population by Province in North China'], ['单位：万人 (10 000 persons)'],
    ['地区', 'Region', '总人口', '男', '女'], ['', '', 'Total Population', 'Male', 'Female'],
    ['合计', 'Total', tot, tb, tg], ...rows.map((r, i) => [r[0], r[1], r[2], bs[i], gs[i]])];
  add('c06_english_column', [{name: 'Sheet1', aoa, merges: ['A1:E1', 'A2:E2']}]);
}
// c07 share table (composition sums to ~100)
{
  const parts = [['0-14岁 0-14', 24789], ['15-64岁 15-64', 96228], ['65岁及以上 65 and Over', 21676]];
  const tot = sum(parts.map(p => p[1]));
  const aoa = [['人口年龄构成 Age Composition of Population'], ['年龄组 Age Group', '人口数(万人) Population (10 000 persons)', '比重(%) Proportion'],
    ['总计 Total', tot, 100.0], ...parts.map(p => [p[0], p[1], sh(p[1], tot)]),
    ['注：比重数据因四舍五入，合计可能不等于100。 Note: Proportions may not add up to 100 due to rounding.']];
  add('c07_age_share', [{name: '年龄构成', aoa, merges: ['A1:C1', 'A7:C7'], fmt: {C: '0.0'}}]);
}
// c08 rates: counts and rate
{
  const rows = [['小学 Primary Schools', 1836.4, 1835.7], ['初中 Junior Secondary Schools', 1754.8, 1741.2], ['高中 Senior Secondary Schools', 1346.9, 1318.4]];
  const aoa = [['学龄人口入学情况 Enrollment of School-age Population'], ['单位：万人 (10 000 persons)'],
    ['学段 Level', '学龄人口 School-age Population', '在校生 Enrollment', '入学率(%) Enrollment Rate'],
    ...rows.map(r => [r[0], r[1], r[2], sh(r[2], r[1])])];
  add('c08_enrollment_rate', [{name: 'Sheet1', aoa, merges: ['A1:D1', 'A2:D2'], fmt: {B: '0.0', C: '0.0', D: '0.0'}}]);
}
// c09 two-year with declines
{
  const items = [['原煤(亿吨) Raw Coal (100 million tons)', 45.6, 47.1], ['原油(万吨) Crude Oil (10 000 tons)', 20472.2, 20902.6], ['天然气(亿立方米) Natural Gas (100 million cu.m)', 2201.1, 2324.3], ['粗钢(万吨) Crude Steel (10 000 tons)', 101795.9, 101908.1], ['水泥(亿吨) Cement (100 million tons)', 21.3, 20.2], ['平板玻璃(万重量箱) Plate Glass (10 000 weight cases)', 101301.4, 97331.0], ['汽车(万辆) Motor Vehicles (10 000 units)', 2718.0, 3011.3]];
  const aoa = [['主要工业产品产量 Output of Major Industrial Products'], ['产品名称 Product', '2022', '2023', '2023年比上年增长(%) Growth Rate over 2022'],
    ...items.map(i => [i[0], i[1], i[2], g(i[1], i[2])])];
  add('c09_industrial_output', [{name: 'Sheet1', aoa, merges: ['A1:D1']}]);
}
// c10 GDP by industry with of-which industry
{
  const p = 6352.8, ind = 20913.4, con = 2880.6, t = 31547.9;
  const s = rnd(ind + con, 1), tot = rnd(p + s + t, 1);
  const aoa = [['地区生产总值 Gross Regional Product'], ['单位：亿元 (100 million yuan)'],
    ['指标 Item', '2023', '比重(%) Proportion'], ['地区生产总值 Gross Regional Product', tot, 100.0],
    ['  第一产业 Primary Industry', p, sh(p, tot)], ['  第二产业 Secondary Industry', s, sh(s, tot)],
    ['    其中：工业 Of which: Industry', ind, sh(ind, tot)], ['          建筑业 Construction', con, sh(con, tot)],
    ['  第三产业 Tertiary Industry', t, sh(t, tot)]];
  add('c10_gdp_industry', [{name: 'GRP', aoa, merges: ['A1:C1', 'A2:C2'], fmt: {B: '0.0', C: '0.0'}}]);
}
// c11 population by sex, sex ratio
{
  const years = [['2019', 71527, 68481], ['2020', 72357, 68855], ['2021', 72311, 68949], ['2022', 72206, 68969], ['2023', 71906, 69061]];
  const aoa = [['人口性别构成 Population by Sex'], ['单位：万人 (10 000 persons)'],
    ['年份 Year', '年末总人口 Total Population', '男 Male', '女 Female', '性别比(女=100) Sex Ratio (Female=100)'],
    ...years.map(y => [y[0], y[1] + y[2], y[1], y[2], rnd(y[1] / y[2] * 100, 2)])];
  add('c11_sex_ratio', [{name: 'Sheet1', aoa, merges: ['A1:E1', 'A2:E2'], fmt: {E: '0.00'}}]);
}
// c12 multi-year columns with total row
{
  const regs = [['东部 Eastern', [5.1, 5.3, 5.6, 5.9, 6.1]], ['中部 Central', [2.2, 2.3, 2.4, 2.6, 2.7]], ['西部 Western', [2.0, 2.2, 2.3, 2.5, 2.6]], ['东北 Northeastern', [0.6, 0.6, 0.6, 0.7, 0.7]]];
  regs.forEach(r => r[1] = r[1].map((v, i) => Math.round(v * 10000 + i * 37 + r[0].length * 13)));
  const tot = [0, 1, 2, 3, 4].map(i => sum(regs.map(r => r[1][i])));
  const aoa = [['分地区研究与试验发展(R&D)人员 R&D Personnel by Region'], ['单位：人年 (man-year)'],
    ['地区 Region', '2019', '2020', '2021', '2022', '2023'], ['合计 Total', ...tot], ...regs.map(r => [r[0], ...r[1]])];
  add('c12_multi_year', [{name: 'R&D', aoa, merges: ['A1:F1', 'A2:F2']}]);
}
// c13 notes with numbers, province totals
{
  const rows = [['广州市 Guangzhou', 1882.70], ['深圳市 Shenzhen', 1779.01], ['珠海市 Zhuhai', 249.41], ['汕头市 Shantou', 553.04], ['佛山市 Foshan', 961.54], ['东莞市 Dongguan', 1048.54], ['其他 Others', 4232.76]];
  const tot = sumd(rows.map(r => r[1]), 2);
  const aoa = [['广东省各市常住人口（2023年末） Resident Population by City (End of 2023)'], ['单位：万人 (10 000 persons)'],
    ['城市 City', '常住人口 Resident Population'], ['全省 Guangdong Total', tot], ...rows,
    ['注：1. 2023年数据为年度人口抽样调查推算数。 Note: 1. Data for 2023 are estimated from the annual sample survey.'],
    ['    2. 2020年第七次人口普查全省常住人口为12601.25万人。 2. The resident population from the 7th census in 2020 was 126.0125 million.']];
  add('c13_notes_numbers', [{name: 'Sheet1', aoa, merges: ['A1:B1', 'A2:B2'], fmt: {B: '0.00'}}]);
}
// c14 urban/rural with urbanization rate
{
  const ys = [['2020', 90220, 50992], ['2021', 91425, 49835], ['2022', 92071, 49104], ['2023', 93267, 47700]];
  const aoa = [['城乡人口 Urban and Rural Population'], ['', '年末总人口(万人)', '城镇人口', '', '乡村人口', ''],
    ['年份', 'Total Population', '人口数(万人)', '比重(%)', '人口数(万人)', '比重(%)'],
    ['Year', '(10 000 persons)', 'Population', 'Proportion', 'Population', 'Proportion'],
    ...ys.map(y => { const t = y[1] + y[2]; return [y[0], t, y[1], sh(y[1], t), y[2], sh(y[2], t)]; })];
  add('c14_urban_rural', [{name: 'Sheet1', aoa, merges: ['A1:F1', 'C2:D2', 'E2:F2'], fmt: {D: '0.0', F: '0.0'}}]);
}
// c15 trade
{
  const ys = [['2021', 217348, 173661], ['2022', 236337, 179842], ['2023', 237726, 179842 - 616]];
  const aoa = [['货物进出口总额 Total Value of Imports and Exports of Goods'], ['单位：亿元 (100 million yuan)'],
    ['年份 Year', '进出口总额 Total Imports and Exports', '出口总额 Exports', '进口总额 Imports', '进出口差额 Balance'],
    ...ys.map(y => [y[0], y[1] + y[2], y[1], y[2], y[1] - y[2]]),
    ['2023年比上年增长(%) Growth Rate in 2023 (%)', g(ys[1][1] + ys[1][2], ys[2][1] + ys[2][2]), g(ys[1][1], ys[2][1]), g(ys[1][2], ys[2][2]), null]];
  add('c15_trade', [{name: 'Sheet1', aoa, merges: ['A1:E1', 'A2:E2']}]);
}
// c16 sectors with 一、二、 numbering and 总计
{
  const secs = [['一、农、林、牧、渔业 Agriculture, Forestry, Animal Husbandry and Fishery', 2416], ['二、采矿业 Mining', 1127], ['三、制造业 Manufacturing', 42815], ['四、电力、热力、燃气及水生产和供应业 Electricity, Heat, Gas and Water', 3861], ['五、建筑业 Construction', 9012], ['六、批发和零售业 Wholesale and Retail Trades', 17334], ['七、交通运输、仓储和邮政业 Transport, Storage and Post', 6520]];
  const tot = sum(secs.map(s => s[1]));
  const aoa = [['按行业分法人单位数 Number of Corporate Units by Sector'], ['单位：个 (unit)'], ['行业 Sector', '法人单位数 Corporate Units'], ['总计 Total', tot], ...secs];
  add('c16_sectors', [{name: '法人单位', aoa, merges: ['A1:B1', 'A2:B2']}]);
}
// c17 index table (preceding year = 100)
{
  const aoa = [['国内生产总值指数 Indices of Gross Domestic Product'], ['上年=100 (preceding year=100)'],
    ['年份 Year', '国内生产总值 GDP', '第一产业 Primary Industry', '第二产业 Secondary Industry', '第三产业 Tertiary Industry', '人均国内生产总值 Per Capita GDP'],
    ['2019', 106.0, 103.1, 104.9, 107.2, 105.6], ['2020', 102.2, 103.1, 102.5, 101.9, 102.0], ['2021', 108.4, 107.1, 108.7, 108.5, 108.5], ['2022', 103.1, 104.2, 102.6, 103.3, 103.1], ['2023', 105.2, 104.1, 104.7, 105.8, 105.4]];
  add('c17_index', [{name: 'Sheet1', aoa, merges: ['A1:F1', 'A2:F2'], fmt: {B: '0.0', C: '0.0', D: '0.0', E: '0.0', F: '0.0'}}]);
}
// c18 per capita
{
  const rows = [['杭州市 Hangzhou', 20059.0, 1252.2], ['宁波市 Ningbo', 16452.8, 969.7], ['温州市 Wenzhou', 8730.6, 976.4], ['嘉兴市 Jiaxing', 7062.5, 558.4]];
  const aoa = [['各市人均地区生产总值 Per Capita GRP by City'], ['城市 City', '地区生产总值(亿元) GRP (100 million yuan)', '常住人口(万人) Population (10 000 persons)', '人均地区生产总值(元) Per Capita GRP (yuan)'],
    ...rows.map(r => [r[0], r[1], r[2], Math.round(r[1] / r[2] * 10000)])];
  add('c18_per_capita', [{name: 'Sheet1', aoa, merges: ['A1:D1'], fmt: {B: '0.0', C: '0.0'}}]);
}
// c19 national total with not-allocated row
{
  const rows = [['东部地区 Eastern Region', 118205], ['中部地区 Central Region', 63142], ['西部地区 Western Region', 61837], ['东北地区 Northeastern Region', 12408], ['不分地区 Not Allocated by Region', 2918]];
  const tot = sum(rows.map(r => r[1]));
  const aoa = [['分地区一般公共预算支出 General Public Budget Expenditure by Region'], ['单位：亿元 (100 million yuan)'],
    ['地区 Region', '2023'], ['全国 National Total', tot], ...rows,
    ['注：“不分地区”为中央本级支出。 Note: "Not Allocated by Region" refers to central government expenditure.']];
  add('c19_not_allocated', [{name: 'Sheet1', aoa, merges: ['A1:B1', 'A2:B2', 'A10:B10']}]);
}
// c20 total column on the right
{
  const rows = [['2019', 27110, 12467], ['2020', 28124, 13521], ['2021', 29831, 14203], ['2022', 30162, 14874], ['2023', 31523, 15492]];
  const aoa = [['医疗卫生机构床位数 Number of Beds in Health Care Institutions'], ['单位：张 (bed)'],
    ['年份\nYear', '城市\nUrban', '农村\nRural', '合计\nTotal'], ...rows.map(r => [r[0], r[1], r[2], r[1] + r[2]])];
  add('c20_total_right', [{name: 'Sheet1', aoa, merges: ['A1:D1', 'A2:D2']}]);
}
// c21 growth and proportion with provinces in a region
{
  const rows = [['上海 Shanghai', 44652.8, 47218.7], ['江苏 Jiangsu', 122875.6, 128222.2], ['浙江 Zhejiang', 77715.4, 82553.2], ['安徽 Anhui', 45045.0, 47050.6]];
  const t22 = sumd(rows.map(r => r[1]), 1), t23 = sumd(rows.map(r => r[2]), 1);
  const aoa = [['长三角地区生产总值 Gross Regional Product of the Yangtze River Delta'], ['单位：亿元 (100 million yuan)'],
    ['地区 Region', '2022', '2023', '增长(%) Growth Rate', '2023年比重(%) Proportion in 2023'],
    ['长三角合计 Yangtze River Delta Total', t22, t23, g(t22, t23), 100.0], ...rows.map(r => [r[0], r[1], r[2], g(r[1], r[2]), sh(r[2], t23)]),
    ['注：增长速度按现价计算。 Note: Growth rates are calculated at current prices.']];
  add('c21_growth_share', [{name: 'Sheet1', aoa, merges: ['A1:E1', 'A2:E2', 'A9:E9'], fmt: {B: '0.0', C: '0.0', D: '0.0', E: '0.0'}}]);
}
// c22 # marker of-which, nested
{
  const tot = 4821.6, st = 1203.4, stc = 862.1, fo = 655.3, pr = 2198.7;
  const aoa = [['规模以上工业企业主要指标 Main Indicators of Industrial Enterprises above Designated Size'], ['单位：亿元 (100 million yuan)'],
    ['指标 Item', '营业收入 Operating Revenue', '利润总额 Total Profits', '利润率(%) Profit Margin'],
    ['总计 Total', tot * 10, tot, sh(tot, tot * 10)],
    ['# 国有控股企业 State-holding Enterprises', st * 10 + 3.3, st, sh(st, st * 10 + 3.3)],
    ['  # 中央企业 Central Enterprises', stc * 9, stc, sh(stc, stc * 9)],
    ['# 外商及港澳台投资企业 Foreign Funded Enterprises', fo * 12.5, fo, sh(fo, fo * 12.5)],
    ['# 私营企业 Private Enterprises', pr * 11, pr, sh(pr, pr * 11)]];
  aoa.slice(3).forEach(r => { r[1] = rnd(r[1], 1); r[3] = sh(r[2], r[1]); });
  add('c22_hash_ofwhich', [{name: 'Sheet1', aoa, merges: ['A1:D1', 'A2:D2'], fmt: {B: '0.0', C: '0.0', D: '0.0'}}]);
}

// planted
const P = [
  ['p01_region_pop', 'c01_region_pop', 'C5', x => x + 600],        // Eastern 2023 → total no longer sums
  ['p02_city_gdp', 'c02_city_gdp', 'C8', x => rnd(x + 1.7)],        // Suzhou share wrong
  ['p03_employment_ofwhich', 'c03_employment_ofwhich', 'B10', () => 49870], // 私营 > total
  ['p04_newline_sectors', 'c04_newline_sectors', 'C5', x => rnd(x + 5000, 1)], // secondary 2023
  ['p05_header_row_below', 'c05_header_row_below', 'D7', () => 3.2], // oil crops growth (true 5.7)
  ['p06_english_column', 'c06_english_column', 'D8', x => x + 90], // Hebei male
  ['p07_enrollment_rate', 'c08_enrollment_rate', 'D5', () => 98.2], // junior secondary rate (true 99.2)
  ['p08_gdp_industry', 'c10_gdp_industry', 'B9', x => rnd(x + 1000, 1)], // tertiary
  ['p09_sex_ratio', 'c11_sex_ratio', 'E6', () => 105.48], // 2021 sex ratio
  ['p10_urban_rural', 'c14_urban_rural', 'D7', () => 66.2], // 2022 urban share (true 65.2)
  ['p11_trade', 'c15_trade', 'C5', x => x + 4000], // 2022 exports
  ['p12_total_right', 'c20_total_right', 'D6', x => x + 1000], // 2021 total
  ['p13_multi_year', 'c12_multi_year', 'E4', x => x + 2400], // 2022 total
  ['p14_sectors', 'c16_sectors', 'B7', x => x + 5400], // manufacturing units
  ['p15_not_allocated', 'c19_not_allocated', 'B4', x => x + 3000], // national total
  ['p16_region_growth', 'c01_region_pop', 'D6', () => 1.5], // central growth (true -0.1)
];
const colIdx = s => s.split('').reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
for (const [name, src, addr, f] of P) {
  const sheets = JSON.parse(JSON.stringify(T[src].sheets));
  const m = addr.match(/^([A-Z]+)(\d+)$/); const r = +m[2] - 1, c = colIdx(m[1]) - 1;
  const old = sheets[0].aoa[r][c]; sheets[0].aoa[r][c] = f(old);
  console.log(name, addr, old, '->', sheets[0].aoa[r][c]);
  T[name] = {sheets, planted: sheets[0].name + '!' + addr};
}
(async () => {
  const man = {};
  for (const [name, t] of Object.entries(T)) {
    const wb = new ExcelJS.Workbook();
    for (const s of t.sheets) {
      const ws = wb.addWorksheet(s.name);
      s.aoa.forEach(row => { const r = ws.addRow(row.map(v => v === null ? undefined : v)); r.eachCell(c => { if (typeof c.value === 'string' && c.value.includes('\n')) c.alignment = {wrapText: true}; }); });
      (s.merges || []).forEach(m => ws.mergeCells(m));
      for (const [col, f] of Object.entries(s.fmt || {})) ws.getColumn(col).eachCell((c, rn) => { if (typeof c.value === 'number') c.numFmt = f; });
      ws.getColumn(1).width = 40;
    }
    await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
    man[name + '.xlsx'] = t.planted ? {planted: t.planted} : null;
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(Object.keys(man).length, 'files');
})();
