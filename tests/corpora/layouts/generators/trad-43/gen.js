// Generator for round43b: traditional-Chinese statistics tables.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round43b); the
// corpus keeps the clean files that statlint checks. Round 43 (traditional-Chinese tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round43b';
const OUT = path.join(ROOT, 'files');
fs.mkdirSync(OUT, { recursive: true });

const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + Math.sign(x) * 1e-9) * f) / f; };
const sum = a => a.reduce((s, v) => s + v, 0);
const pct = (a, b, d = 1) => rnd(a / b * 100, d);
const chg = (now, last, d = 1) => rnd((now / last - 1) * 100, d);
const fmtThousands = n => n.toLocaleString('en-US');

// A "sheet spec": {name, rows:[[...]], fmts:{colIndex: numFmt}, widths}
// A workbook spec: {file, sheets:[...]}
const books = [];
const manifest = {};

// ---------- 1. Macao population by parish, two years, change ----------
(function () {
  const areas = [['花地瑪堂區', 248300, 251900], ['聖安多尼堂區', 128700, 127400], ['大堂區', 52100, 51600],
    ['望德堂區', 31200, 30800], ['風順堂區', 61900, 61300], ['氹仔', 178500, 183200], ['路氹城', 6400, 7100], ['路環', 4900, 5200]];
  const rows = [['表1　按堂區統計之人口估計'], ['單位：人'], ['地區', '2022年', '2023年', '增減', '增長率(%)']];
  let t22 = 0, t23 = 0;
  for (const [n, a, b] of areas) { rows.push([n, a, b, b - a, chg(b, a)]); t22 += a; t23 += b; }
  rows.splice(3, 0, ['總計', t22, t23, t23 - t22, chg(t23, t22)]);
  rows.push(['資料來源：統計暨普查局']);
  books.push({ file: 'mo_pop_parish.xlsx', sheets: [{ name: '人口', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0;-#,##0', 5: '0.0' } }] });
})();

// ---------- 2. Hong Kong population by district council district with share ----------
(function () {
  const d = [['中西區', 235953], ['灣仔', 166695], ['東區', 529603], ['南區', 263278], ['油尖旺', 310647], ['深水埗', 431090],
    ['九龍城', 410634], ['黃大仙', 406802], ['觀塘', 673166], ['葵青', 495798], ['荃灣', 320094], ['屯門', 506879],
    ['元朗', 668080], ['北區', 309631], ['大埔', 316470], ['沙田', 692806], ['西貢', 489037], ['離島', 185282]];
  const tot = sum(d.map(x => x[1]));
  const rows = [['表2　按區議會分區劃分的人口'], ['區議會分區', '人口', '百分比(%)']];
  for (const [n, v] of d) rows.push([n, v, pct(v, tot)]);
  rows.push(['總計', tot, 100.0]);
  rows.push(['註：由於四捨五入關係，個別數字加起來未必等於總數。']);
  rows.push(['資料來源：政府統計處']);
  books.push({ file: 'hk_pop_district_share.xlsx', sheets: [{ name: 'Table 2', rows, fmts: { 2: '#,##0', 3: '0.0' } }] });
})();

// ---------- 3. Taiwan population by county, male/female/total (total column first) ----------
(function () {
  const d = [['新北市', 1961542, 2041203], ['臺北市', 1190785, 1311335], ['桃園市', 1131208, 1156891], ['臺中市', 1386045, 1428740],
    ['臺南市', 924015, 931742], ['高雄市', 1347216, 1379112], ['宜蘭縣', 224870, 224301], ['新竹縣', 297413, 290116], ['基隆市', 180210, 181214]];
  const rows = [['各縣市人口數'], ['單位：人'], ['區域別', '合計', '男', '女']];
  let tm = 0, tf = 0;
  const body = d.map(([n, m, f]) => { tm += m; tf += f; return [n, m + f, m, f]; });
  rows.push(['總計', tm + tf, tm, tf], ...body);
  rows.push(['資料來源：內政部戶政司']);
  books.push({ file: 'tw_pop_county_sex.xlsx', sheets: [{ name: '表3', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0' } }] });
})();

// ---------- 4. Establishments and employees by industry, with 其中 lines ----------
(function () {
  const rows = [['按行業統計之機構單位及在職員工'], ['行業', '機構單位數目', '在職員工人數', '平均每單位員工人數']];
  const ind = [
    ['製造業', 812, 8743, [['其中：食品製造', 213, 2104], ['　　　成衣製造', 96, 1187]]],
    ['水電及氣體生產供應業', 9, 1386, []],
    ['建築業', 1873, 31460, [['其中：樓宇建築', 604, 17832]]],
    ['批發及零售業', 7421, 41906, [['其中：零售業', 5312, 32418]]],
    ['酒店及飲食業', 2816, 67512, [['其中：飲食業', 2704, 24387]]],
    ['運輸、倉儲及通訊業', 1264, 12908, []],
  ];
  const body = [];
  let te = 0, tp = 0;
  for (const [n, e, p, subs] of ind) {
    te += e; tp += p;
    body.push([n, e, p, rnd(p / e, 1)]);
    for (const [sn, se, sp] of subs) body.push([sn, se, sp, rnd(sp / se, 1)]);
  }
  rows.push(['總計', te, tp, rnd(tp / te, 1)], ...body);
  rows.push(['註：「其中」項目已包括在所屬行業內。']);
  books.push({ file: 'mo_estab_industry_qizhong.xlsx', sheets: [{ name: '工商業', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 5. Household income by district with averages ----------
(function () {
  const d = [['澳門半島', 124300, 5613890], ['氹仔', 52700, 2818460], ['路環', 1900, 89270]];
  const rows = [['按地區統計之住戶每月收入'], ['地區', '住戶數目', '每月收入總額（千澳門元）', '平均每戶每月收入（澳門元）']];
  let th = 0, ti = 0;
  for (const [n, h, i] of d) { th += h; ti += i; rows.push([n, h, i, Math.round(i * 1000 / h)]); }
  rows.push(['合計', th, ti, Math.round(ti * 1000 / th)]);
  books.push({ file: 'mo_household_income.xlsx', sheets: [{ name: 'Sheet1', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0' } }] });
})();

// ---------- 6. Labour force by quarter: unemployment rate ----------
(function () {
  const q = [['2023年第一季', 372400, 362100], ['2023年第二季', 374900, 365800], ['2023年第三季', 376100, 367900], ['2023年第四季', 377300, 370200]];
  const rows = [['勞動人口及失業率'], ['單位：人'], ['期間', '勞動人口', '就業人口', '失業人口', '失業率(%)']];
  for (const [n, lf, emp] of q) rows.push([n, lf, emp, lf - emp, pct(lf - emp, lf)]);
  rows.push(['資料來源：就業調查']);
  books.push({ file: 'mo_labour_unemployment.xlsx', sheets: [{ name: '就業', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '0.0' } }] });
})();

// ---------- 7. Visitor arrivals by origin with 其中 個人遊, two years, 變動率 ----------
(function () {
  const o = [['中國內地', 5308712, 19291244], ['　其中：個人遊', 2861407, 10322718], ['香港', 1012443, 6854271], ['臺灣', 24118, 487325], ['其他國家及地區', 51320, 1188093]];
  const parts = o.filter(x => !x[0].includes('其中'));
  const t1 = sum(parts.map(x => x[1])), t2 = sum(parts.map(x => x[2]));
  const rows = [['按原居地統計之入境旅客'], ['單位：人次'], ['原居地', '2022年', '2023年', '變動率(%)']];
  rows.push(['總數', t1, t2, chg(t2, t1)]);
  for (const [n, a, b] of o) rows.push([n, a, b, chg(b, a)]);
  books.push({ file: 'mo_visitors_origin.xlsx', sheets: [{ name: '旅客', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 8. Hotel occupancy ----------
(function () {
  const h = [['五星級酒店', 1854300, 1569200], ['四星級酒店', 921400, 758100], ['三星級酒店', 312800, 241900], ['二星級酒店', 98400, 70200], ['公寓式酒店', 64100, 42800]];
  const rows = [['酒店房間入住率'], ['類別', '可供出租客房（間夜）', '已出租客房（間夜）', '入住率(%)']];
  let a = 0, b = 0;
  const body = h.map(([n, x, y]) => { a += x; b += y; return [n, x, y, pct(y, x)]; });
  rows.push(['總數', a, b, pct(b, a)], ...body);
  books.push({ file: 'mo_hotel_occupancy.xlsx', sheets: [{ name: '酒店', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 9. Associations: 社團數目, 會員人數 ----------
(function () {
  const a = [['同鄉會', 214, 68420], ['體育會', 386, 41275], ['文化藝術團體', 297, 23118], ['慈善團體', 143, 19806], ['專業團體', 121, 12744], ['宗教團體', 88, 15390], ['其他', 165, 9812]];
  const rows = [['按類別統計之社團及會員人數'], ['社團類別', '社團數目（個）', '會員人數（人）', '平均每個社團會員人數（人）']];
  let c = 0, m = 0;
  for (const [n, x, y] of a) { c += x; m += y; rows.push([n, x, y, Math.round(y / x)]); }
  rows.push(['合計', c, m, Math.round(m / c)]);
  rows.push(['資料來源：身份證明局社團登記資料']);
  books.push({ file: 'mo_associations_members.xlsx', sheets: [{ name: '社團', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0' } }] });
})();

// ---------- 10. Schools by level: students, teachers, students per teacher ----------
(function () {
  const s = [['幼兒教育', 19874, 1642], ['小學教育', 37915, 2871], ['中學教育', 33286, 3304], ['特殊教育', 1012, 246]];
  const rows = [['非高等教育學生及教師人數'], ['教育程度', '學生人數', '教師人數', '師生比（學生／教師）']];
  let a = 0, b = 0;
  for (const [n, x, y] of s) { a += x; b += y; rows.push([n, x, y, rnd(x / y, 1)]); }
  rows.push(['總計', a, b, rnd(a / b, 1)]);
  books.push({ file: 'mo_schools_ratio.xlsx', sheets: [{ name: '教育', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 11. Births and deaths, natural increase, rates per mille ----------
(function () {
  const y = [['2019年', 679600, 5978, 2269], ['2020年', 683100, 5545, 2203], ['2021年', 683200, 5188, 2329], ['2022年', 672800, 4651, 2580], ['2023年', 683700, 3631, 2774]];
  const rows = [['人口自然變動'], ['年份', '年中人口（人）', '出生人數（人）', '死亡人數（人）', '自然增長（人）', '出生率(‰)', '死亡率(‰)']];
  for (const [n, p, b, d] of y) rows.push([n, p, b, d, b - d, rnd(b / p * 1000, 1), rnd(d / p * 1000, 1)]);
  books.push({ file: 'mo_births_deaths.xlsx', sheets: [{ name: '生命統計', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '#,##0', 6: '0.0', 7: '0.0' } }] });
})();

// ---------- 12. Quarterly retail sales with 全年 ----------
(function () {
  const q = [['第一季', 20417, 22936], ['第二季', 19882, 23510], ['第三季', 18365, 21184], ['第四季', 21930, 24097]];
  const rows = [['零售業銷售額'], ['單位：百萬澳門元'], ['', '2022年', '2023年', '按年變動(%)']];
  let a = 0, b = 0;
  for (const [n, x, y] of q) { a += x; b += y; rows.push([n, x, y, chg(y, x)]); }
  rows.push(['全年', a, b, chg(b, a)]);
  books.push({ file: 'mo_retail_quarterly.xlsx', sheets: [{ name: '零售', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 13. Table with '-' and '…' ----------
(function () {
  const rows = [['按區議會分區劃分的新登記公司'], ['區議會分區', '2022年', '2023年', '增減', '增減百分比(%)']];
  const d = [['中西區', 8120, 8457], ['灣仔', 5904, 6211], ['油尖旺', 4387, 4120], ['觀塘', 2210, 2375], ['離島', 0, 41], ['其他', 1508, 1622]];
  let a = 0, b = 0;
  const body = d.map(([n, x, y]) => { a += x; b += y; return [n, x === 0 ? '-' : x, y, y - x, x === 0 ? '…' : chg(y, x)]; });
  rows.push(...body, ['總計', a, b, b - a, chg(b, a)]);
  rows.push(['註：「-」代表零；「…」代表不適用。']);
  books.push({ file: 'hk_companies_dash.xlsx', sheets: [{ name: 'Sheet1', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0;-#,##0', 5: '0.0' } }] });
})();

// ---------- 14. Text figures with thousands separators ----------
(function () {
  const d = [['臺北市', 1054718, 2494813], ['新北市', 1644905, 4004367], ['桃園市', 866172, 2290040], ['臺中市', 1047116, 2814774], ['臺南市', 713018, 1855755], ['高雄市', 1140553, 2727254]];
  const rows = [['六都戶數及人口數'], ['縣市別', '戶數', '人口數', '平均每戶人口數（人）']];
  let h = 0, p = 0;
  const body = d.map(([n, x, y]) => { h += x; p += y; return [n, fmtThousands(x), fmtThousands(y), rnd(y / x, 2).toFixed(2)]; });
  rows.push(['合計', fmtThousands(h), fmtThousands(p), rnd(p / h, 2).toFixed(2)], ...body);
  rows.push(['資料來源：內政部']);
  books.push({ file: 'tw_households_text.xlsx', sheets: [{ name: '戶口', rows, fmts: {} }] });
})();

// ---------- 15. Trade balance ----------
(function () {
  const m = [['一月', 1108, 13422], ['二月', 943, 11587], ['三月', 1217, 14036], ['四月', 1034, 12910], ['五月', 1162, 13845], ['六月', 1075, 12733]];
  const rows = [['貨物進出口'], ['單位：百萬澳門元'], ['月份', '出口總值', '進口總值', '貿易差額']];
  let e = 0, i = 0;
  for (const [n, x, y] of m) { e += x; i += y; rows.push([n, x, y, x - y]); }
  rows.push(['一至六月累計', e, i, e - i]);
  books.push({ file: 'mo_trade_balance.xlsx', sheets: [{ name: '貿易', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0;-#,##0' } }] });
})();

// ---------- 16. Employment by industry with 小計 subgroups ----------
(function () {
  const g = [
    ['第二產業', [['製造業', 8420], ['水電及氣體生產供應業', 1390], ['建築業', 27810]]],
    ['第三產業', [['批發及零售業', 38140], ['酒店業', 55230], ['飲食業', 27940], ['博彩及博彩中介業', 69120], ['公共行政及社保事務', 29370]]],
  ];
  const rows = [['按行業統計之就業人口'], ['單位：人'], ['行業', '就業人口', '比重(%)']];
  const total = sum(g.flatMap(x => x[1].map(y => y[1])));
  for (const [gn, items] of g) {
    rows.push([gn]);
    for (const [n, v] of items) rows.push(['　' + n, v, pct(v, total)]);
    const s = sum(items.map(x => x[1]));
    rows.push(['小計', s, pct(s, total)]);
  }
  rows.push(['總計', total, 100.0]);
  books.push({ file: 'mo_employment_subtotals.xlsx', sheets: [{ name: 'Sheet1', rows, fmts: { 2: '#,##0', 3: '0.0' } }] });
})();

// ---------- 17. Mainland-style indicator table in traditional script ----------
(function () {
  const ind = [['地區生產總值', '億元', 3412.57, 3168.24], ['第一產業增加值', '億元', 102.36, 98.71], ['第二產業增加值', '億元', 1198.45, 1121.09],
    ['第三產業增加值', '億元', 2111.76, 1948.44], ['社會消費品零售總額', '億元', 1385.92, 1287.60], ['城鎮新增就業', '萬人', 6.42, 6.18]];
  const rows = [['2023年國民經濟主要指標'], ['指標', '單位', '2023年', '2022年', '比上年增長(%)']];
  for (const [n, u, a, b] of ind) rows.push([n, u, a, b, chg(a, b)]);
  rows.push(['註：增長速度按現價計算。']);
  books.push({ file: 'cn_trad_indicators.xlsx', sheets: [{ name: '主要指標', rows, fmts: { 3: '0.00', 4: '0.00', 5: '0.0' } }] });
})();

// ---------- 18. Age groups with 其中 65+ and share ----------
(function () {
  const a = [['0－14歲', 96800], ['15－64歲', 481900], ['65歲及以上', 105000]];
  const tot = sum(a.map(x => x[1]));
  const old80 = 21600;
  const rows = [['按年齡組別統計之人口'], ['年齡組別', '人口（人）', '佔比(%)']];
  rows.push(['總數', tot, 100.0]);
  for (const [n, v] of a) rows.push([n, v, pct(v, tot)]);
  rows.push(['　其中：80歲及以上', old80, pct(old80, tot)]);
  books.push({ file: 'mo_age_groups_share.xlsx', sheets: [{ name: '年齡', rows, fmts: { 2: '#,##0', 3: '0.0' } }] });
})();

// ---------- 19. Two-sheet workbook (表一, 表二) HK labour ----------
(function () {
  const d = [['中西區', 128400, 3100], ['灣仔', 89600, 2200], ['東區', 281300, 8900], ['南區', 134700, 4100], ['油尖旺', 168200, 6300]];
  const r1 = [['表一　按區議會分區劃分的勞動人口'], ['區議會分區', '勞動人口', '失業人數', '失業率(%)']];
  let a = 0, b = 0;
  for (const [n, x, y] of d) { a += x; b += y; r1.push([n, x, y, pct(y, x)]); }
  r1.push(['合計', a, b, pct(b, a)]);
  const s = [['男', 322900, 13000], ['女', 479300, 11600]];
  const r2 = [['表二　按性別劃分的勞動人口'], ['性別', '勞動人口', '失業人數', '失業率(%)']];
  let c = 0, e = 0;
  for (const [n, x, y] of s) { c += x; e += y; r2.push([n, x, y, pct(y, x)]); }
  r2.push(['合計', c, e, pct(e, c)]);
  books.push({ file: 'hk_labour_two_sheets.xlsx', sheets: [{ name: '表一', rows: r1, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }, { name: '表二', rows: r2, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 20. Taiwan monthly income of households by quintile with average ----------
(function () {
  const q = [['第1分位組', 1794618, 385460], ['第2分位組', 1794618, 716102], ['第3分位組', 1794618, 1028913], ['第4分位組', 1794618, 1395071], ['第5分位組', 1794619, 2257854]];
  const rows = [['家庭可支配所得按五等分位組分'], ['組別', '戶數（戶）', '可支配所得總額（百萬元）', '平均每戶可支配所得（元）']];
  let h = 0, y = 0;
  const body = q.map(([n, x, z]) => { h += x; y += z; return [n, x, z, Math.round(z * 1e6 / x)]; });
  rows.push(['總平均', h, y, Math.round(y * 1e6 / h)], ...body);
  rows.push(['資料來源：行政院主計總處家庭收支調查']);
  books.push({ file: 'tw_income_quintile.xlsx', sheets: [{ name: '所得', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0' } }] });
})();

// ---------- 21. Macao region two-year table with 比上年增減 and 增長率 in columns, districts 澳門半島/氹仔/路環 ----------
(function () {
  const d = [['澳門半島', 52318, 54906], ['氹仔', 24107, 26815], ['路環', 1884, 2011]];
  const rows = [['按地區統計之私人住宅單位數目'], ['單位：個'], ['地區', '2022年', '2023年', '比上年增減', '增長率(%)']];
  let a = 0, b = 0;
  const body = d.map(([n, x, y]) => { a += x; b += y; return [n, x, y, y - x, chg(y, x)]; });
  rows.push(['合計', a, b, b - a, chg(b, a)], ...body);
  books.push({ file: 'mo_housing_units_change.xlsx', sheets: [{ name: '住宅', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '0.0' } }] });
})();

// ---------- 22. Association members by sex with share of women ----------
(function () {
  const d = [['青年團體', 5410, 4980], ['婦女團體', 120, 8640], ['長者團體', 3105, 4412], ['社區服務團體', 6218, 7390]];
  const rows = [['社區團體會員人數'], ['單位：人'], ['團體類別', '會員總數', '男', '女', '女性佔比(%)']];
  let m = 0, f = 0;
  for (const [n, x, y] of d) { m += x; f += y; rows.push([n, x + y, x, y, pct(y, x + y)]); }
  rows.push(['總計', m + f, m, f, pct(f, m + f)]);
  rows.push(['資料來源：社會工作局']);
  books.push({ file: 'mo_community_members_sex.xlsx', sheets: [{ name: '會員', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '0.0' } }] });
})();

// ---------- 23. HK population in thousands, components rounded independently ----------
(function () {
  const d = [['香港島', 1204436, 1197652], ['九龍', 2286424, 2295318], ['新界', 3921076, 3948113], ['水上', 2036, 1977]];
  const k = x => rnd(x / 1000, 1);
  const rows = [['按地區劃分的年中人口'], ['單位：千人'], ['地區', '2022年', '2023年', '比上年增減', '增減百分比(%)']];
  let a = 0, b = 0;
  for (const [n, x, y] of d) { a += x; b += y; rows.push([n, k(x), k(y), rnd(k(y) - k(x), 1), chg(y, x)]); }
  rows.push(['總計', k(a), k(b), rnd(k(b) - k(a), 1), chg(b, a)]);
  rows.push(['註：由於進位關係，個別數字加起來未必等於總數；百分比按未經進位的數字計算。']);
  books.push({ file: 'hk_pop_thousands_rounded.xlsx', sheets: [{ name: 'Sheet1', rows, fmts: { 2: '#,##0.0', 3: '#,##0.0', 4: '0.0', 5: '0.0' } }] });
})();

// ---------- 24. Bare numeric year headers (HK C&SD style) ----------
(function () {
  const d = [['進出口貿易', 98412, 96103], ['零售', 61250, 62984], ['住宿服務', 3121, 3482], ['膳食服務', 28190, 29407], ['金融及保險', 20734, 21018]];
  const rows = [['按行業主類劃分的機構單位數目'], ['行業主類', 2022, 2023, '增減百分比(%)']];
  let a = 0, b = 0;
  for (const [n, x, y] of d) { a += x; b += y; rows.push([n, x, y, chg(y, x)]); }
  rows.push(['所有行業', a, b, chg(b, a)]);
  books.push({ file: 'hk_bare_year_header.xlsx', sheets: [{ name: 'Sheet1', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '0.0' } }] });
})();

// ---------- 25. Association table with '-' for nil in summed columns ----------
(function () {
  const d = [['臺北市', 412, 38, 1204], ['新北市', 388, 0, 1107], ['桃園市', 201, 12, 0], ['臺中市', 297, 21, 806], ['金門縣', 18, 0, 0]];
  const rows = [['人民團體數'], ['單位：個'], ['縣市別', '合計', '職業團體', '政治團體', '社會團體']];
  const dash = v => v === 0 ? '-' : v;
  let a = 0, b = 0, c = 0;
  const body = d.map(([n, x, y, z]) => { a += x; b += y; c += z; return [n, x + y + z, x, dash(y), dash(z)]; });
  rows.push(['總計', a + b + c, a, b, c], ...body);
  rows.push(['註：「-」表示無數值。']);
  books.push({ file: 'tw_groups_dash.xlsx', sheets: [{ name: '團體', rows, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '#,##0' } }] });
})();

// ---------- write ----------
const colL = c => String.fromCharCode(64 + c);
async function write(book, file, plant) {
  const wb = new ExcelJS.Workbook();
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach(r => ws.addRow(r));
    for (const [c, f] of Object.entries(sh.fmts || {})) ws.getColumn(Number(c)).numFmt = f;
    ws.getColumn(1).width = 24;
    if (plant && plant.sheet === sh.name) ws.getCell(plant.cell).value = plant.value;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

// Planted: copy of a clean book, one figure changed. cell addresses are in final sheet.
const plants = [
  ['mo_pop_parish.xlsx', '人口', 'B4', 719800],          // 總計 2022 (true 712000)
  ['hk_pop_district_share.xlsx', 'Table 2', 'C5', 5.2],  // 東區 share (true 7.1)
  ['tw_pop_county_sex.xlsx', '表3', 'B6', 2398120],      // 臺北市 合計 (true 2502120)
  ['mo_estab_industry_qizhong.xlsx', '工商業', 'B13', 2904], // 其中：飲食業 units > 酒店及飲食業 2816 (true 2704)
  ['mo_household_income.xlsx', 'Sheet1', 'D5', 43164],  // 路環 average (true 46984)
  ['mo_labour_unemployment.xlsx', '就業', 'E5', 3.1],    // Q2 unemployment rate (true 2.4)
  ['mo_visitors_origin.xlsx', '旅客', 'D5', 236.4],      // 中國內地 change (true 263.4)
  ['mo_associations_members.xlsx', '社團', 'C4', 40275], // 體育會 members (true 41275)
  ['mo_retail_quarterly.xlsx', '零售', 'B8', 80954],     // 全年 2022 (true 80594)
  ['tw_households_text.xlsx', '戶口', 'C6', '2,249,040'],// 桃園市 人口 text (true 2,290,040)
  ['mo_employment_subtotals.xlsx', 'Sheet1', 'B8', 37260], // 第二產業 小計 (true 37620)
  ['cn_trad_indicators.xlsx', '主要指標', 'E5', 8.9],    // 第二產業 growth (true 6.9)
  ['mo_housing_units_change.xlsx', '住宅', 'D4', 5243],  // 合計 增減 (true 5423)
];

(async () => {
  for (const b of books) { await write(b, b.file, null); manifest[b.file] = { planted: null }; }
  for (const [src, sheet, cell, value] of plants) {
    const b = books.find(x => x.file === src);
    const f = 'P_' + src;
    await write(b, f, { sheet, cell, value });
    manifest[f] = { planted: `${sheet}!${cell}`, source: src, value };
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  // dump for self-check
  const dump = {};
  for (const b of books) dump[b.file] = b.sheets.map(s => ({ name: s.name, rows: s.rows }));
  fs.writeFileSync(path.join(ROOT, 'dump.json'), JSON.stringify(dump, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
