const ExcelJS = require('exceljs');
const fs = require('fs'); const path = require('path');
let seed = 20240517;
function R() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const rnd = (a, b) => a + (b - a) * R();
const r = (x, d) => { const m = 10 ** d; return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };
const sum = a => a.reduce((s, x) => s + x, 0);
const gr = (a, b) => r((a / b - 1) * 100, 1);   // growth from unrounded
const sh = (a, b) => r(a / b * 100, 1);
const S1 = '　', S2 = '　　', S3 = '　　　';
const DASH = '—';

const workbooks = []; // {file, sheets:[spec]}
const plants = [];   // {file, sheet, r, c, f}
function WB(file, ...sheets) { workbooks.push({ file, sheets }); }
function P(file, sheet, r, c, f) { plants.push({ file, sheet, r, c, f }); }

// ---------------- T1 GDP by 三次产业 ----------------
(() => {
  const ind = [['工业', 1187.262, 5.6], ['建筑业', 243.918, 2.8]];
  const ter = [['批发和零售业', 312.574, 6.3], ['交通运输、仓储和邮政业', 148.931, 8.1], ['住宿和餐饮业', 57.263, 11.4], ['金融业', 203.842, 4.7], ['房地产业', 221.471, -1.9], ['其他服务业', 737.186, 6.8]];
  const p1 = 286.437, p2 = sum(ind.map(x => x[1])), p3 = sum(ter.map(x => x[1])), g = p1 + p2 + p3;
  const rows = [['地区生产总值', r(g, 2), 5.4, 100.0], [S1 + '第一产业', r(p1, 2), 3.9, sh(p1, g)], [S1 + '第二产业', r(p2, 2), 5.1, sh(p2, g)]];
  ind.forEach((x, i) => rows.push([(i ? S3 + '　　' : S2 + '其中：') + x[0], r(x[1], 2), x[2], sh(x[1], g)]));
  rows.push([S1 + '第三产业', r(p3, 2), 6.0, sh(p3, g)]);
  ter.forEach((x, i) => rows.push([(i ? S3 + '　　' : S2 + '其中：') + x[0], r(x[1], 2), x[2], sh(x[1], g)]));
  rows.push(['人均地区生产总值（元）', 86432, 5.7, DASH]);
  WB('01_gdp_sanci.xlsx', { name: '地区生产总值', title: '2023年地区生产总值', unit: '', header: [['指标', '绝对额（亿元）', '比上年增长（%）', '构成（%）']], rows, notes: ['注：绝对额按当年价格计算，增长速度按不变价格计算。'] });
  P('01_gdp_sanci.xlsx', '地区生产总值', 0, 1, 1.07);
})();

// ---------------- T2 GDP time series with index ----------------
(() => {
  let a = [198.4, 803.7, 611.2]; const rows = [];
  for (let y = 2014; y <= 2023; y++) {
    if (y > 2014) a = a.map((v, i) => v * rnd(y === 2020 ? 0.99 : 1.03, y === 2020 ? 1.04 : 1.11));
    const g = sum(a);
    const idx = [r(rnd(105.5, 108.2), 1), r(rnd(102.5, 104.5), 1), r(rnd(104.8, 108.9), 1), r(rnd(106, 109.5), 1)];
    if (y === 2020) { idx[0] = 102.6; idx[1] = 103.1; idx[2] = 101.7; idx[3] = 103.4; }
    rows.push([y + '年', r(g, 2), r(a[0], 2), r(a[1], 2), r(a[2], 2), ...idx]);
  }
  WB('02_gdp_series_index.xlsx', { name: '历年GDP', title: '地区生产总值及指数（2014—2023年）', unit: '', header: [['年份', '地区生产总值（亿元）', null, null, null, '地区生产总值指数（上年=100）', null, null, null], ['^', '合计', '第一产业', '第二产业', '第三产业', '合计', '第一产业', '第二产业', '第三产业']], rows, notes: ['注：地区生产总值按当年价格计算，指数按不变价格计算。'] });
  P('02_gdp_series_index.xlsx', '历年GDP', 7, 1, 1.09);
})();

// ---------------- T3 county GDP, per capita ----------------
const counties = ['城关区', '东城区', '西湖区', '南山区', '临川县', '安平县', '青石县', '白河县'];
(() => {
  const gdp = [412.37, 356.18, 298.64, 187.42, 168.93, 126.58, 94.71, 67.39].map(x => x * rnd(0.97, 1.03));
  const pop1 = [68.42, 54.17, 47.93, 31.26, 43.85, 36.12, 29.57, 22.68];
  const pop0 = pop1.map(p => p * rnd(0.992, 1.012));
  const gro = [5.8, 6.2, 4.9, 7.1, 5.3, 4.4, 3.8, -1.2];
  const rows = [['全　市', r(sum(gdp), 2), 5.6, Math.round(sum(gdp) * 1e4 / ((sum(pop1) + sum(pop0)) / 2)), r(sum(pop1), 2)]];
  counties.forEach((c, i) => rows.push([c, r(gdp[i], 2), gro[i], Math.round(gdp[i] * 1e4 / ((pop1[i] + pop0[i]) / 2)), r(pop1[i], 2)]));
  WB('03_county_gdp_percap.xlsx', { name: '分县区', title: '2023年各县（区）地区生产总值', unit: '', header: [['县（区）', '地区生产总值（亿元）', '比上年增长（%）', '人均地区生产总值（元）', '年末常住人口（万人）']], rows, notes: ['注：人均地区生产总值按年平均常住人口计算；增长速度按可比价格计算。'] });
  P('03_county_gdp_percap.xlsx', '分县区', 0, 1, 0.92);
})();

// ---------------- T4 composition series ----------------
(() => {
  const rows = [];
  let a = [112.3, 521.8, 236.4, 301.7];
  for (let y = 2010; y <= 2023; y++) {
    a = a.map(v => v * rnd(1.02, 1.12)); a[2] = Math.min(a[2], a[1] * 0.85);
    const g = a[0] + a[1] + a[3];
    rows.push([y, 100.0, sh(a[0], g), sh(a[1], g), sh(a[2], g), sh(a[3], g)]);
  }
  WB('04_gdp_structure.xlsx', { name: '构成', title: '地区生产总值构成（2010—2023年）', unit: '单位：%', header: [['年份', '地区生产总值', '第一产业', '第二产业', '其中：工业', '第三产业']], rows, notes: ['注：本表按当年价格计算。'] });
  P('04_gdp_structure.xlsx', '构成', 9, 5, 1.08);
})();

// ---------------- T5 contribution & pull ----------------
(() => {
  const rows = [];
  for (let y = 2016; y <= 2023; y++) {
    const g = y === 2020 ? 2.3 : rnd(4.6, 7.9);
    let c = [rnd(3, 9), rnd(28, 52), 0]; if (y === 2022) c[0] = -1.7; c[2] = 100 - c[0] - c[1];
    rows.push([y, r(g, 1), r(c[0], 1), r(c[1], 1), r(c[2], 1), r(g * c[0] / 100, 1), r(g * c[1] / 100, 1), r(g * c[2] / 100, 1)]);
  }
  WB('05_contribution.xlsx', { name: '贡献率', title: '三次产业对地区生产总值增长的贡献率和拉动', unit: '', header: [['年份', '地区生产总值增长（%）', '贡献率（%）', null, null, '拉动（百分点）', null, null], ['^', '^', '第一产业', '第二产业', '第三产业', '第一产业', '第二产业', '第三产业']], rows, notes: ['注：贡献率指各产业增加值增量与地区生产总值增量之比，按不变价格计算。'] });
})();

// ---------------- T6 FAI by industry (万元) ----------------
(() => {
  const mk = (v, lo, hi) => { const prev = v / rnd(lo, hi); return [v, prev]; };
  const d = {
    p1: mk(386421.7, 0.8, 1.2), mining: mk(124387.2, 0.7, 1.1), manu: mk(2374916.4, 1.02, 1.2), elec: mk(418265.3, 0.9, 1.3),
    tr: mk(987142.8, 0.85, 1.15), wat: mk(1432657.1, 0.9, 1.1), re: mk(2196384.5, 0.8, 0.97), edu: mk(176392.4, 1.0, 1.3), hea: mk(98217.6, 0.9, 1.4), oth3: mk(612438.9, 0.9, 1.1)
  };
  const add = (...k) => [0, 1].map(j => sum(k.map(x => d[x][j])));
  const ind = add('mining', 'manu', 'elec'); const p2 = ind; const p3 = add('tr', 'wat', 're', 'edu', 'hea', 'oth3'); const tot = [0, 1].map(j => d.p1[j] + p2[j] + p3[j]);
  const row = (l, v) => [l, r(v[0], 0), gr(v[0], v[1]), sh(v[0], tot[0])];
  const rows = [row('固定资产投资（不含农户）', tot), row(S1 + '第一产业', d.p1), row(S1 + '第二产业', p2), row(S2 + '其中：工业', ind), row(S3 + '其中：采矿业', d.mining), row(S3 + '　　　制造业', d.manu), row(S3 + '　　　电力、热力、燃气及水生产和供应业', d.elec), row(S1 + '第三产业', p3), row(S2 + '其中：交通运输、仓储和邮政业', d.tr), row(S2 + '　　　水利、环境和公共设施管理业', d.wat), row(S2 + '　　　房地产业', d.re), row(S2 + '　　　教育', d.edu), row(S2 + '　　　卫生和社会工作', d.hea)];
  WB('06_fai_industry.xlsx', { name: '按行业分', title: '2017年按行业分固定资产投资', unit: '单位：万元', header: [['行业', '投资额', '比上年增长（%）', '构成（%）']], rows, notes: ['注：本表不含农户投资。'] });
  P('06_fai_industry.xlsx', '按行业分', 7, 1, 1.11);
})();

// ---------------- T7 FAI structure bulletin ----------------
(() => {
  const proj = 1287.46, re = 412.83, tot = proj + re; const p1 = 41.27, p2 = 538.61, p3 = tot - p1 - p2;
  const rows = [['固定资产投资', r(tot, 2), 4.2], [S1 + '按构成分', null, null], [S2 + '项目投资', r(proj, 2), 9.6], [S2 + '房地产开发投资', r(re, 2), -9.8], [S1 + '按产业分', null, null], [S2 + '第一产业', r(p1, 2), -12.4], [S2 + '第二产业', r(p2, 2), 14.7], [S3 + '其中：工业', r(p2 * 0.987, 2), 15.1], [S2 + '第三产业', r(p3, 2), -0.6], [S1 + '其中：民间投资', r(tot * 0.4713, 2), -3.1], [S1 + '　　　基础设施投资', r(tot * 0.2216, 2), 6.9]];
  WB('07_fai_structure.xlsx', { name: '固定资产投资', title: '2023年固定资产投资主要指标', unit: '', header: [['指标', '投资额（亿元）', '比上年增长（%）']], rows, notes: ['注：固定资产投资统计范围为计划总投资500万元及以上项目投资和房地产开发投资；增速按可比口径计算。'] });
  P('07_fai_structure.xlsx', '固定资产投资', 0, 1, 0.88);
})();

// ---------------- T8 real estate main indicators ----------------
(() => {
  const inv = 412.83, res = 301.27, off = 14.36, com = 38.92;
  const rows = [['房地产开发投资', '亿元', r(inv, 2), -9.8], [S2 + '其中：住宅', '亿元', r(res, 2), -7.4], [S2 + '　　　办公楼', '亿元', r(off, 2), -21.3], [S2 + '　　　商业营业用房', '亿元', r(com, 2), -18.6],
  ['房屋施工面积', '万平方米', 3187.46, -6.2], [S2 + '其中：住宅', '万平方米', 2281.73, -5.7], ['房屋新开工面积', '万平方米', 412.38, -24.1], ['房屋竣工面积', '万平方米', 367.92, 12.8],
  ['商品房销售面积', '万平方米', 498.61, -11.3], [S2 + '其中：住宅', '万平方米', 447.25, -10.6], ['商品房销售额', '亿元', 412.37, -13.9], [S2 + '其中：住宅', '亿元', 376.84, -12.7]];
  WB('08_realestate.xlsx', { name: '房地产', title: '2023年房地产开发主要指标', unit: '', header: [['指标', '计量单位', '2023年', '比上年增长（%）']], rows, notes: [] });
})();

// ---------------- T9 retail urban/rural ----------------
(() => {
  const urb = [1123.476, 1061.382], rur = [241.873, 226.914], cat = [138.264, 121.497];
  const tot = [0, 1].map(j => urb[j] + rur[j]); const goods = [0, 1].map(j => tot[j] - cat[j]); const lim = [512.318, 487.926];
  const row = (l, v) => [l, r(v[0], 2), gr(v[0], v[1]), sh(v[0], tot[0])];
  const rows = [row('社会消费品零售总额', tot), [S1 + '按经营地分', null, null, null], row(S2 + '城镇', urb), row(S2 + '乡村', rur), [S1 + '按消费类型分', null, null, null], row(S2 + '商品零售', goods), row(S2 + '餐饮收入', cat), row(S1 + '其中：限额以上单位消费品零售额', lim)];
  WB('09_retail_urban_rural.xlsx', { name: '社零', title: '2023年社会消费品零售总额', unit: '单位：亿元', header: [['指标', '绝对数', '比上年增长（%）', '占比（%）']], rows, notes: [] });
  P('09_retail_urban_rural.xlsx', '社零', 0, 2, 1.15);
})();

// ---------------- T10 retail time series (consistent) ----------------
(() => {
  let u = 412.6, ru = 118.3; const rows = []; let prev = null;
  for (let y = 2011; y <= 2023; y++) {
    if (y > 2011) { u *= y === 2020 ? rnd(0.95, 0.98) : rnd(1.05, 1.14); ru *= y === 2020 ? rnd(0.96, 0.99) : rnd(1.06, 1.15); }
    const t = u + ru; rows.push([y + '年', r(t, 1), r(u, 1), r(ru, 1), prev ? gr(t, prev) : DASH]); prev = t;
  }
  WB('10_retail_series.xlsx', { name: '历年社零', title: '历年社会消费品零售总额', unit: '单位：亿元', header: [['年份', '社会消费品零售总额', '城镇', '乡村', '比上年增长（%）']], rows, notes: [] });
  P('10_retail_series.xlsx', '历年社零', 8, 4, 1.18);
})();

// ---------------- T11 limit-above retail by category (万元) ----------------
(() => {
  const cats = [['粮油、食品类', 486213.7], ['饮料类', 62874.3], ['烟酒类', 118426.9], ['服装、鞋帽、针纺织品类', 241387.5], ['化妆品类', 38416.2], ['金银珠宝类', 57213.8], ['日用品类', 96472.1], ['家用电器和音像器材类', 173928.4], ['中西药品类', 204317.6], ['文化办公用品类', 41862.7], ['家具类', 23817.4], ['通讯器材类', 87163.9], ['石油及制品类', 612847.3], ['建筑及装潢材料类', 31284.6], ['汽车类', 1187462.8], ['其他类', 98217.5]];
  const rows0 = cats.map(([n, v]) => [n, v, v / rnd(0.85, 1.2)]);
  const T = sum(rows0.map(x => x[1])), T0 = sum(rows0.map(x => x[2]));
  const rows = [['限额以上单位商品零售额', r(T, 0), gr(T, T0)]];
  for (const [n, v, v0] of rows0) {
    rows.push([S1 + n, r(v, 0), gr(v, v0)]);
    if (n.startsWith('服装')) rows.push([S2 + '其中：服装类', r(v * 0.7213, 0), gr(v * 0.7213, v0 * 0.7388)]);
    if (n === '汽车类') rows.push([S2 + '其中：新能源汽车', r(v * 0.3317, 0), gr(v * 0.3317, v0 * 0.2261)]);
  }
  WB('11_limit_retail_category.xlsx', { name: '分类值', title: '2023年限额以上单位商品零售类值', unit: '单位：万元', header: [['类别', '零售额', '比上年增长（%）']], rows, notes: [] });
  P('11_limit_retail_category.xlsx', '分类值', 0, 1, 1.06);
})();

// ---------------- T12 county retail, total at bottom ----------------
(() => {
  const v1 = [312.46, 241.83, 196.27, 88.35, 74.62, 52.18, 33.91, 18.47].map(x => x * rnd(0.98, 1.02));
  const v0 = v1.map((x, i) => x / (i === 7 ? 0.967 : rnd(1.02, 1.09)));
  const rows = counties.map((c, i) => [c, r(v0[i], 2), r(v1[i], 2), gr(v1[i], v0[i])]);
  rows.push(['合　计', r(sum(v0), 2), r(sum(v1), 2), gr(sum(v1), sum(v0))]);
  WB('12_county_retail.xlsx', { name: '分县区社零', title: '各县（区）社会消费品零售总额', unit: '单位：亿元', header: [['县（区）', '2022年', '2023年', '2023年比上年增长（%）']], rows, notes: [] });
  P('12_county_retail.xlsx', '分县区社零', 8, 2, 0.91);
})();

// ---------------- T13 quarterly cumulative GDP ----------------
(() => {
  const Y = [[61.2, 512.8, 604.3], []]; const q = [0.21, 0.46, 0.71, 1];
  const rows = [];
  const names = ['地区生产总值', S1 + '第一产业', S1 + '第二产业', S1 + '第三产业'];
  const base = [61.2 * 4.5, 512.8 * 4.1, 604.3 * 3.9];
  const qv = base.map(b => [0.18, 0.43, 0.69, 1].map((f, k) => b * f * rnd(0.98, 1.02)));
  qv.forEach(a => a[3] = Math.max(a[3], a[2] * 1.2));
  const G = [0, 1, 2, 3].map(k => qv[0][k] + qv[1][k] + qv[2][k]);
  const gro = [[4.1, 4.8, 5.0, 5.3], [3.2, 3.6, 3.9, 4.0], [5.4, 5.9, 5.7, 5.6], [3.0, 4.1, 4.6, 5.3]];
  [G, ...qv].forEach((a, i) => rows.push([names[i], ...[0, 1, 2, 3].flatMap(k => [r(a[k], 2), gro[i][k]])]));
  WB('13_gdp_quarterly.xlsx', { name: '分季度', title: '2023年分季度地区生产总值（累计）', unit: '', header: [['指标', '一季度', null, '上半年', null, '前三季度', null, '全年', null], ['^', '绝对额（亿元）', '增长（%）', '绝对额（亿元）', '增长（%）', '绝对额（亿元）', '增长（%）', '绝对额（亿元）', '增长（%）']], rows, notes: ['注：绝对额按现价计算，增长速度按不变价计算。'] });
  P('13_gdp_quarterly.xlsx', '分季度', 0, 7, 1.1);
})();

// ---------------- T14 county GDP by 三次产业 (万元), with structure string ----------------
(() => {
  const rows = []; const data = counties.map((c, i) => { const t = [4123700, 3561800, 2986400, 1874200, 1689300, 1265800, 947100, 673900][i] * rnd(0.95, 1.05); const a = rnd(0.005, 0.28) * (i < 4 ? 0.2 : 1); const b = rnd(0.3, 0.55); return [t * a, t * b, t * (1 - a - b)]; });
  const tot = [0, 1, 2].map(j => sum(data.map(d => d[j])));
  const str = a => { const t = sum(a); return a.map(x => (x / t * 100).toFixed(1)).join(':'); };
  rows.push(['全　市', r(sum(tot), 0), ...tot.map(x => r(x, 0)), str(tot)]);
  counties.forEach((c, i) => rows.push([c, r(sum(data[i]), 0), ...data[i].map(x => r(x, 0)), str(data[i])]));
  WB('14_county_gdp_sanci.xlsx', { name: '分县区三次产业', title: '2023年各县（区）地区生产总值', unit: '单位：万元', header: [['县（区）', '地区生产总值', '第一产业', '第二产业', '第三产业', '三次产业结构']], rows, notes: ['注：本表按当年价格计算。'] });
  P('14_county_gdp_sanci.xlsx', '分县区三次产业', 3, 1, 1.13);
})();

// ---------------- T15 county FAI growth only + project counts ----------------
(() => {
  const n = [47, 38, 31, 22, 19, 14, 11, 7];
  const rows = [['全　市', 4.2, -3.1, 15.1, sum(n)], ...counties.map((c, i) => [c, [6.3, -2.8, 8.9, 12.4, -7.6, 3.2, 21.7, -14.3][i], [1.2, -9.4, 4.3, 17.8, -11.2, -0.6, 9.1, -22.4][i], [18.2, 4.7, 23.6, 11.3, -5.2, 31.4, 46.8, -8.7][i], n[i]])];
  WB('15_county_fai_growth.xlsx', { name: '分县区投资', title: '2023年各县（区）固定资产投资增长情况', unit: '', header: [['县（区）', '固定资产投资增长（%）', '民间投资增长（%）', '工业投资增长（%）', '亿元以上施工项目（个）']], rows, notes: ['注：增速按可比口径计算。'] });
})();

// ---------------- T16 wholesale/retail by industry ----------------
(() => {
  const W = [['食品、饮料及烟草制品批发', 23], ['纺织、服装及家庭用品批发', 11], ['文化、体育用品及器材批发', 6], ['医药及医疗器材批发', 14], ['矿产品、建材及化工产品批发', 37], ['机械设备、五金产品及电子产品批发', 19], ['其他批发业', 9]];
  const L = [['综合零售', 28], ['食品、饮料及烟草制品专门零售', 17], ['医药及医疗器材专门零售', 21], ['汽车、摩托车、零配件和燃料及其他动力销售', 63], ['家用电器及电子产品专门零售', 12], ['五金、家具及室内装饰材料专门零售', 8], ['其他零售业', 10]];
  const mk = ([n, k], ret) => { const s = k * rnd(8000, 26000); const p = s * rnd(0.8, 1.2); return [n, k, Math.round(k * rnd(18, 60)), s, ret ? s * rnd(0.78, 0.97) : s * rnd(0.03, 0.22), p]; };
  const w = W.map(x => mk(x, 0)), l = L.map(x => mk(x, 1));
  const agg = (n, a) => [n, sum(a.map(x => x[1])), sum(a.map(x => x[2])), sum(a.map(x => x[3])), sum(a.map(x => x[4])), sum(a.map(x => x[5]))];
  const out = x => [x[0], x[1], x[2], r(x[3], 0), r(x[4], 0), gr(x[3], x[5])];
  const rows = [out(agg('总　计', [...w, ...l])), out(agg(S1 + '批发业', w)), ...w.map(x => out([S2 + x[0], ...x.slice(1)])), out(agg(S1 + '零售业', l)), ...l.map(x => out([S2 + x[0], ...x.slice(1)]))];
  WB('16_wholesale_retail_industry.xlsx', { name: '限上批零', title: '2023年限额以上批发和零售业主要指标', unit: '', header: [['行业', '法人企业（个）', '年末从业人员（人）', '商品销售额（万元）', '其中：零售额（万元）', '商品销售额比上年增长（%）']], rows, notes: [] });
  P('16_wholesale_retail_industry.xlsx', '限上批零', 9, 3, 0.87);
})();

// ---------------- T17 accommodation and catering turnover (column partition) ----------------
(() => {
  const mk = (n, k, room, food, goods, oth) => [n, k, room, food, goods, oth];
  const acc = [mk('旅游饭店', 21, 38412.6, 29317.8, 2184.3, 4127.9), mk('一般旅馆', 34, 21687.3, 6412.5, 817.2, 1024.6), mk('其他住宿业', 5, 2314.8, 612.4, null, 187.3)];
  const cat = [mk('正餐服务', 73, null, 118426.7, 3417.2, 1286.4), mk('快餐服务', 26, null, 31284.9, 1874.3, 412.8), mk('饮料及冷饮服务', 9, null, 4127.6, 612.8, null), mk('餐饮配送及外卖送餐服务', 4, null, 2318.4, null, 87.6), mk('其他餐饮业', 7, null, 3864.1, 213.7, 96.2)];
  const agg = (n, a) => [n, sum(a.map(x => x[1])), ...[2, 3, 4, 5].map(j => { const s = sum(a.map(x => x[j] || 0)); return s || null; })];
  const out = x => [x[0], x[1], r(sum(x.slice(2).map(v => v || 0)), 1), ...x.slice(2).map(v => v == null ? '-' : r(v, 1))];
  const rows = [out(agg('合　计', [...acc, ...cat])), out(agg('住宿业', acc)), ...acc.map(x => out([S1 + x[0], ...x.slice(1)])), out(agg('餐饮业', cat)), ...cat.map(x => out([S1 + x[0], ...x.slice(1)]))];
  WB('17_accommodation_catering.xlsx', { name: '住餐', title: '2023年限额以上住宿和餐饮业营业额', unit: '单位：万元', header: [['行业', '法人企业（个）', '营业额', '客房收入', '餐费收入', '商品销售额', '其他收入']], rows, notes: ['注：“-”表示无此项收入。'] });
  P('17_accommodation_catering.xlsx', '住餐', 1, 2, 1.12);
})();

// ---------------- T18 per-capita GDP series ----------------
(() => {
  const fx = { 2016: 6.6423, 2017: 6.7518, 2018: 6.6174, 2019: 6.8985, 2020: 6.8976, 2021: 6.4515, 2022: 6.7261, 2023: 7.0467 };
  let v = 48216; const rows = [];
  for (let y = 2016; y <= 2023; y++) { if (y > 2016) v *= y === 2020 ? 1.018 : rnd(1.05, 1.1); rows.push([y, Math.round(v), Math.round(v / fx[y]), y === 2020 ? 101.4 : r(rnd(104.6, 107.8), 1)]); }
  WB('18_percap_series.xlsx', { name: '人均GDP', title: '人均地区生产总值', unit: '', header: [['年份', '人均地区生产总值（元）', '按年平均汇率折算（美元）', '指数（上年=100）']], rows, notes: ['注：指数按可比价格计算。'] });
})();

// ---------------- T19 index two bases ----------------
(() => {
  let b = 3412.7; const rows = [];
  for (let y = 2015; y <= 2023; y++) { const p = y === 2020 ? 102.9 : r(rnd(105, 108.5), 1); b = b * p / 100; rows.push([y, r(b, 1), p]); }
  rows.unshift([1978, 100.0, DASH]);
  WB('19_gdp_index_bases.xlsx', { name: '指数', title: '地区生产总值指数', unit: '', header: [['年份', '1978年=100', '上年=100']], rows, notes: ['注：按可比价格计算。'] });
})();

// ---------------- T20 FAI series with dashes after 2018 ----------------
(() => {
  let v = 812.47; let prev = v / 1.163; const rows = [];
  for (let y = 2012; y <= 2023; y++) {
    if (y > 2012) { prev = v; v *= rnd(1.06, 1.21); }
    if (y <= 2017) rows.push([y, r(v, 2), gr(v, prev)]); else rows.push([y, DASH, [-8.4, 5.7, 3.1, 11.2, -5.9, 4.2][y - 2018]]);
  }
  WB('20_fai_series.xlsx', { name: '历年投资', title: '历年固定资产投资', unit: '', header: [['年份', '固定资产投资（亿元）', '比上年增长（%）']], rows, notes: ['注：2018年起不再公布固定资产投资总量，增速按可比口径计算。'] });
  P('20_fai_series.xlsx', '历年投资', 4, 2, 1.19);
})();

// ---------------- T21 GDP by industry, two years + real growth ----------------
(() => {
  const ind = [['农林牧渔业', 289.37], ['工业', 1187.26], ['建筑业', 243.92], ['批发和零售业', 312.57], ['交通运输、仓储和邮政业', 148.93], ['住宿和餐饮业', 57.26], ['金融业', 203.84], ['房地产业', 221.47], ['信息传输、软件和信息技术服务业', 61.83], ['租赁和商务服务业', 84.12], ['其他服务业', 588.28]];
  const g = [3.8, 5.6, 2.8, 6.3, 8.1, 11.4, 4.7, -1.9, 12.6, 7.2, 5.4];
  const v0 = ind.map(([n, v], i) => v / (1 + g[i] / 100) / rnd(0.99, 1.03));
  const rows = [['地区生产总值', r(sum(v0), 2), r(sum(ind.map(x => x[1])), 2), 5.4], ...ind.map(([n, v], i) => [S1 + n, r(v0[i], 2), v, g[i]])];
  WB('21_gdp_by_industry.xlsx', { name: '按行业分', title: '按行业分地区生产总值', unit: '单位：亿元', header: [['行业', '2022年', '2023年', '2023年比上年增长（%）']], rows, notes: ['注：绝对额按当年价格计算，增长速度按可比价格计算。'] });
  P('21_gdp_by_industry.xlsx', '按行业分', 0, 2, 1.06);
})();

// ---------------- T22 bulletin mixed indicators ----------------
(() => {
  const rows = [['地区生产总值', '亿元', 2823.07, 5.4], [S1 + '第一产业增加值', '亿元', 286.44, 3.9], [S1 + '第二产业增加值', '亿元', 1431.18, 5.1], [S1 + '第三产业增加值', '亿元', 1105.45, 6.0], ['人均地区生产总值', '元', 86432, 5.7], ['固定资产投资', '亿元', DASH, 4.2], ['社会消费品零售总额', '亿元', 1365.35, 5.8], [S1 + '其中：限额以上单位', '亿元', 512.32, 5.0], ['限额以上单位商品零售额', '万元', 3561907, 6.2], ['一般公共预算收入', '亿元', 187.63, 7.4]];
  WB('22_bulletin_main.xlsx', { name: '主要指标', title: '2023年全市主要经济指标', unit: '', header: [['指标', '单位', '绝对值', '比上年增长（%）']], rows, notes: ['注：地区生产总值增速按可比价格计算。'] });
})();

// ---------------- T23 commodity markets ----------------
(() => {
  const items = [['综合市场', null], ['农产品综合市场', 1], ['工业消费品综合市场', 1], ['专业市场', null], ['农产品市场', 2], ['食品、饮料及烟酒市场', 2], ['纺织、服装、鞋帽市场', 2], ['汽车、摩托车及零配件市场', 2], ['建材市场', 2]];
  const d = {}; const leaf = n => [Math.floor(rnd(1, 7)), Math.round(rnd(300, 4200)), r(rnd(1.2, 18.5), 2), rnd(3, 95)];
  const g1 = [leaf(), leaf()], g2 = [leaf(), leaf(), leaf(), leaf(), leaf()];
  const ag = a => [sum(a.map(x => x[0])), sum(a.map(x => x[1])), sum(a.map(x => x[2])), sum(a.map(x => x[3]))];
  const c = ag(g1), s = ag(g2), t = ag([c, s]);
  const out = (n, x) => [n, x[0], x[1], r(x[2], 2), r(x[3], 2)];
  const rows = [out('总　计', t), out(S1 + '综合市场', c), out(S2 + '其中：农产品综合市场', g1[0]), out(S2 + '　　　工业消费品综合市场', g1[1]), out(S1 + '专业市场', s), ...['农产品市场', '食品、饮料及烟酒市场', '纺织、服装、鞋帽市场', '汽车、摩托车及零配件市场', '建材市场'].map((n, i) => out(S2 + n, g2[i]))];
  WB('23_markets.xlsx', { name: '交易市场', title: '亿元以上商品交易市场基本情况', unit: '', header: [['市场类别', '市场数量（个）', '摊位数（个）', '营业面积（万平方米）', '成交额（亿元）']], rows, notes: [] });
  P('23_markets.xlsx', '交易市场', 4, 4, 0.88);
})();

// ---------------- T24 GDP sanci two years, nominal growth ----------------
(() => {
  const c1 = [286.437, 1431.18, 1105.453], c0 = [271.826, 1367.394, 1023.917];
  const rows = [['地区生产总值', r(sum(c0), 2), r(sum(c1), 2), gr(sum(c1), sum(c0))], ...['第一产业', '第二产业', '第三产业'].map((n, i) => [S1 + n, r(c0[i], 2), r(c1[i], 2), gr(c1[i], c0[i])])];
  WB('24_gdp_nominal_two_years.xlsx', { name: '现价', title: '地区生产总值（现价）', unit: '单位：亿元', header: [['指标', '2022年', '2023年', '名义增长（%）']], rows, notes: ['注：名义增长按现价计算。'] });
  P('24_gdp_nominal_two_years.xlsx', '现价', 0, 3, 1.2);
})();

// ---------------- T25 FAI funds sources ----------------
(() => {
  const leaf = [['国家预算资金', 41.27], ['国内贷款', 187.36], ['利用外资', 2.18], ['自筹资金', 962.43], ['其他资金', 318.74]];
  const l0 = leaf.map(([n, v]) => v / rnd(0.82, 1.18));
  const dep = [142.17, 151.86], mort = [97.42, 112.73];
  const T = sum(leaf.map(x => x[1])), T0 = sum(l0);
  const rows = [['本年资金来源合计', r(T0, 2), r(T, 2), gr(T, T0)], ...leaf.map(([n, v], i) => [S1 + n, r(l0[i], 2), r(v, 2), gr(v, l0[i])])];
  rows.push([S2 + '其中：定金及预收款', r(dep[1], 2), r(dep[0], 2), gr(dep[0], dep[1])], [S2 + '　　　个人按揭贷款', r(mort[1], 2), r(mort[0], 2), gr(mort[0], mort[1])]);
  WB('25_fai_funds.xlsx', { name: '资金来源', title: '固定资产投资资金来源', unit: '单位：亿元', header: [['指标', '2022年', '2023年', '2023年比上年增长（%）']], rows, notes: [] });
  P('25_fai_funds.xlsx', '资金来源', 0, 2, 1.09);
})();

// ---------------- T26 housing sales with average price ----------------
(() => {
  const it = [['住宅', 447.25, 376.84], ['办公楼', 8.31, 9.12], ['商业营业用房', 27.64, 21.93], ['其他', 15.41, 4.48]];
  const A = sum(it.map(x => x[1])), V = sum(it.map(x => x[2]));
  const rows = [['合　计', r(A, 2), r(V, 2), Math.round(V * 1e8 / (A * 1e4))], ...it.map(([n, a, v]) => [S1 + n, a, v, Math.round(v * 1e8 / (a * 1e4))])];
  WB('26_housing_price.xlsx', { name: '商品房销售', title: '2023年商品房销售情况', unit: '', header: [['用途', '销售面积（万平方米）', '销售额（亿元）', '平均销售价格（元/平方米）']], rows, notes: [] });
  P('26_housing_price.xlsx', '商品房销售', 0, 3, 1.1);
})();

// ---------------- T27 monthly cumulative retail ----------------
(() => {
  const m = [rnd(205, 215)]; for (let i = 3; i <= 12; i++) m.push(rnd(102, 128) * (i === 12 ? 1.18 : 1));
  const cum = []; m.reduce((s, x, i) => (cum[i] = s + x, s + x), 0);
  const gro = [4.2, 6.8, 9.3, 8.1, 7.4, 6.9, 6.2, 6.0, 5.9, 5.8, 5.8];
  const rows = m.map((x, i) => [i === 0 ? '1—2月' : `1—${i + 2}月`, r(cum[i], 2), gro[i], r(x, 2)]);
  WB('27_retail_monthly.xlsx', { name: '月度', title: '2023年社会消费品零售总额月度情况', unit: '', header: [['时间', '累计（亿元）', '累计增长（%）', '当月（亿元）']], rows, notes: ['注：1—2月数据合并发布。'] });
})();

// ---------------- T28 county share & rank ----------------
(() => {
  const g = [412.37, 356.18, 298.64, 187.42, 168.93, 126.58, 94.71, 67.39].map(x => x * rnd(0.97, 1.03)); const T = sum(g);
  const order = [...g].sort((a, b) => b - a);
  const rows = [['全　市', r(T, 2), 100.0, DASH], ...counties.map((c, i) => [c, r(g[i], 2), sh(g[i], T), order.indexOf(g[i]) + 1])];
  WB('28_county_share_rank.xlsx', { name: '占比位次', title: '2023年各县（区）地区生产总值占全市比重', unit: '', header: [['县（区）', '地区生产总值（亿元）', '占全市比重（%）', '位次']], rows, notes: [] });
  P('28_county_share_rank.xlsx', '占比位次', 1, 2, 1.12);
})();

// ---------------- T29 FAI projects two partitions ----------------
(() => {
  const mk = () => { const n = Math.round(rnd(20, 420)); return [n, Math.round(n * rnd(0.25, 0.6)), rnd(50, 1800), rnd(20, 600)]; };
  const z = mk(), d = mk(); const tot = [0, 1, 2, 3].map(j => z[j] + d[j]);
  const s1 = [0.06, 0.11]; const big = tot.map((v, j) => j < 2 ? Math.round(v * 0.09) : v * 0.58); const mid = tot.map((v, j) => j < 2 ? Math.round(v * 0.17) : v * 0.21); const sm = tot.map((v, j) => v - big[j] - mid[j]);
  const out = (n, x) => [n, x[0], x[1], r(x[2], 2), r(x[3], 2)];
  const rows = [out('合　计', tot), [S1 + '按隶属关系分', null, null, null, null], out(S2 + '中央项目', z), out(S2 + '地方项目', d), [S1 + '按建设规模分', null, null, null, null], out(S2 + '计划总投资1亿元及以上', big), out(S2 + '5000万—1亿元', mid), out(S2 + '500万—5000万元', sm)];
  WB('29_fai_projects.xlsx', { name: '项目', title: '2023年固定资产投资项目情况', unit: '', header: [['分组', '施工项目（个）', '其中：本年新开工（个）', '计划总投资（亿元）', '本年完成投资（亿元）']], rows, notes: [] });
})();

// ---------------- T30 county enterprise counts, total at bottom ----------------
(() => {
  const d = counties.map(() => [Math.round(rnd(12, 140)), Math.round(rnd(20, 260)), Math.round(rnd(2, 35)), Math.round(rnd(5, 70))]);
  const rows = counties.map((c, i) => [c, sum(d[i]), ...d[i]]);
  const tot = [0, 1, 2, 3].map(j => sum(d.map(x => x[j]))); rows.push(['全市合计', sum(tot), ...tot]);
  WB('30_county_enterprises.xlsx', { name: '企业数', title: '各县（区）限额以上贸易业法人企业数', unit: '单位：个', header: [['县（区）', '合计', '批发业', '零售业', '住宿业', '餐饮业']], rows, notes: [] });
})();

// ---------------- T31 expenditure GDP with negative net outflow & rates ----------------
(() => {
  const cols = []; const years = [2019, 2020, 2021, 2022, 2023];
  for (const y of years) {
    const rur = rnd(180, 260), urb = rnd(620, 900), gov = rnd(310, 420), gfcf = rnd(1000, 1250), inv = rnd(-15, 40), net = rnd(-220, 60);
    const hh = rur + urb, fc = hh + gov, cf = gfcf + inv, G = fc + cf + net;
    cols.push({ rur, urb, gov, gfcf, inv, net, hh, fc, cf, G });
  }
  const row = (n, k, f) => [n, ...cols.map(c => f ? f(c) : r(c[k], 2))];
  const rows = [row('支出法地区生产总值', 'G'), row(S1 + '最终消费支出', 'fc'), row(S2 + '居民消费支出', 'hh'), row(S3 + '农村居民', 'rur'), row(S3 + '城镇居民', 'urb'), row(S2 + '政府消费支出', 'gov'), row(S1 + '资本形成总额', 'cf'), row(S2 + '固定资本形成总额', 'gfcf'), row(S2 + '存货变动', 'inv'), row(S1 + '货物和服务净流出', 'net'), row('最终消费率（%）', null, c => sh(c.fc, c.G)), row('资本形成率（%）', null, c => sh(c.cf, c.G))];
  WB('31_gdp_expenditure.xlsx', { name: '支出法', title: '支出法地区生产总值', unit: '单位：亿元', header: [['项目', ...years.map(y => y + '年')]], rows, notes: ['注：货物和服务净流出为负值表示净流入。'] });
  P('31_gdp_expenditure.xlsx', '支出法', 1, 3, 1.08);
})();

// ---------------- T32 county GDP in 万元, total at bottom, negative growth ----------------
(() => {
  const towns = ['城关镇', '河口镇', '马坪镇', '石桥乡', '柳林乡', '杨庄乡'];
  const d = towns.map(() => [rnd(3000, 30000), rnd(8000, 160000), rnd(15000, 120000)]);
  const g = [4.8, -2.3, 6.1, 3.4, -0.7, 5.2];
  const rows = towns.map((t, i) => [t, r(sum(d[i]), 0), ...d[i].map(x => r(x, 0)), g[i]]);
  const tot = [0, 1, 2].map(j => sum(d.map(x => x[j])));
  rows.push(['合　计', r(sum(tot), 0), ...tot.map(x => r(x, 0)), 3.1]);
  WB('32_town_gdp.xlsx', { name: '分乡镇', title: '2023年各乡镇地区生产总值', unit: '单位：万元', header: [['乡镇', '地区生产总值', '第一产业', '第二产业', '第三产业', '比上年增长（%）']], rows, notes: ['注：增长速度按可比价格计算。'] });
  P('32_town_gdp.xlsx', '分乡镇', 6, 3, 0.86);
})();

// ---------------- T33 county retail two partitions in columns ----------------
(() => {
  const d = counties.map((c, i) => { const t = [312.46, 241.83, 196.27, 88.35, 74.62, 52.18, 33.91, 18.47][i] * rnd(0.97, 1.03); const u = t * (i < 4 ? rnd(0.9, 0.99) : rnd(0.45, 0.75)); const cat = t * rnd(0.07, 0.14); return [t, u, t - u, t - cat, cat]; });
  const tot = [0, 1, 2, 3, 4].map(j => sum(d.map(x => x[j])));
  const rows = [['全　市', ...tot.map(x => r(x, 2))], ...counties.map((c, i) => [c, ...d[i].map(x => r(x, 2))])];
  WB('33_county_retail_partitions.xlsx', { name: '分县区', title: '2023年各县（区）社会消费品零售总额', unit: '单位：亿元', header: [['县（区）', '社会消费品零售总额', '按经营地分', null, '按消费类型分', null], ['^', '^', '城镇', '乡村', '商品零售', '餐饮收入']], rows, notes: [] });
  P('33_county_retail_partitions.xlsx', '分县区', 5, 1, 1.15);
})();

// ---------------- T34 multi-sheet county indicators ----------------
(() => {
  const g = [412.37, 356.18, 298.64, 187.42, 168.93, 126.58, 94.71, 67.39].map(x => x * rnd(0.98, 1.02));
  const gro = [5.8, 6.2, 4.9, 7.1, 5.3, 4.4, 3.8, -1.2];
  const rs = [312.46, 241.83, 196.27, 88.35, 74.62, 52.18, 33.91, 18.47].map(x => x * rnd(0.98, 1.02)); const rs0 = rs.map(x => x / rnd(1.0, 1.09));
  const s1 = { name: 'GDP', title: '2023年各县（区）地区生产总值', unit: '', header: [['县（区）', '地区生产总值（亿元）', '比上年增长（%）']], rows: [['全市', r(sum(g), 2), 5.6], ...counties.map((c, i) => [c, r(g[i], 2), gro[i]])], notes: ['注：增长速度按可比价格计算。'] };
  const s2 = { name: '社零', title: '2023年各县（区）社会消费品零售总额', unit: '', header: [['县（区）', '社会消费品零售总额（亿元）', '比上年增长（%）']], rows: [['全市', r(sum(rs), 2), gr(sum(rs), sum(rs0))], ...counties.map((c, i) => [c, r(rs[i], 2), gr(rs[i], rs0[i])])], notes: [] };
  const s3 = { name: '投资', title: '2023年各县（区）固定资产投资增速', unit: '', header: [['县（区）', '固定资产投资比上年增长（%）']], rows: [['全市', 4.2], ...counties.map((c, i) => [c, [6.3, -2.8, 8.9, 12.4, -7.6, 3.2, 21.7, -14.3][i]])], notes: [] };
  WB('34_county_multi_sheet.xlsx', s1, s2, s3);
})();

// ---------------- T35 trade value added share of GDP ----------------
(() => {
  const rows = []; let G = 1712.4, w = 181.3, h = 38.6;
  for (let y = 2017; y <= 2023; y++) { if (y > 2017) { G *= rnd(1.04, 1.1); w *= rnd(1.02, 1.12); h *= y === 2020 ? 0.87 : rnd(1.0, 1.13); } rows.push([y, r(G, 2), r(w, 2), sh(w, G), r(h, 2), sh(h, G)]); }
  WB('35_trade_va_share.xlsx', { name: '贸易业增加值', title: '批发和零售业、住宿和餐饮业增加值', unit: '', header: [['年份', '地区生产总值（亿元）', '批发和零售业', null, '住宿和餐饮业', null], ['^', '^', '增加值（亿元）', '占地区生产总值比重（%）', '增加值（亿元）', '占地区生产总值比重（%）']], rows, notes: [] });
})();

// ---------------- writer ----------------
const colL = n => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const ADDR = {};
async function write(dir, wbSpec) {
  const wb = new ExcelJS.Workbook();
  for (const s of wbSpec.sheets) {
    const ws = wb.addWorksheet(s.name); const nc = s.header[0].length;
    ws.getCell(1, 1).value = s.title; ws.mergeCells(1, 1, 1, nc); ws.getCell(1, 1).alignment = { horizontal: 'center' }; ws.getCell(1, 1).font = { bold: true, size: 14 };
    if (s.unit) { ws.getCell(2, nc).value = s.unit; ws.getCell(2, nc).alignment = { horizontal: 'right' }; }
    const h0 = 3;
    s.header.forEach((hr, i) => hr.forEach((v, j) => { if (v != null && v !== '^') ws.getCell(h0 + i, j + 1).value = v; }));
    // merges
    const done = new Set();
    s.header.forEach((hr, i) => hr.forEach((v, j) => {
      if (v == null || v === '^' || done.has(i + ',' + j)) return;
      let j2 = j; while (j2 + 1 < nc && hr[j2 + 1] === null) j2++;
      let i2 = i; while (i2 + 1 < s.header.length && s.header[i2 + 1][j] === '^') i2++;
      if (i2 > i || j2 > j) ws.mergeCells(h0 + i, j + 1, h0 + i2, j2 + 1);
    }));
    const d0 = h0 + s.header.length;
    s.rows.forEach((row, i) => row.forEach((v, j) => { if (v !== null && v !== undefined) { const c = ws.getCell(d0 + i, j + 1); c.value = v; if (typeof v === 'number' && j > 0) { const dec = (String(v).split('.')[1] || '').length; } } }));
    for (let j = 1; j < nc; j++) { let dm = 0; s.rows.forEach(row => { const v = row[j]; if (typeof v === 'number') dm = Math.max(dm, (String(v).split('.')[1] || '').length); }); s.rows.forEach((row, i) => { if (typeof row[j] === 'number') ws.getCell(d0 + i, j + 1).numFmt = dm ? '0.' + '0'.repeat(dm) : '0'; }); }
    s.notes.forEach((n, k) => { ws.getCell(d0 + s.rows.length + k, 1).value = n; });
    ws.getColumn(1).width = 34; for (let j = 2; j <= nc; j++) ws.getColumn(j).width = 16;
    ADDR[wbSpec.file + '|' + s.name] = (r, c) => colL(c) + (d0 + r);
  }
  await wb.xlsx.writeFile(path.join(dir, wbSpec.file));
}
(async () => {
  for (const d of ['clean', 'planted']) fs.mkdirSync(path.join(__dirname, d), { recursive: true });
  for (const w of workbooks) await write(path.join(__dirname, 'clean'), w);
  const manifest = [];
  for (const p of plants) {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(__dirname, 'clean', p.file));
    const ws = wb.getWorksheet(p.sheet); const a = ADDR[p.file + '|' + p.sheet](p.r, p.c); const cell = ws.getCell(a);
    const o = cell.value; if (typeof o !== 'number') throw new Error('not number ' + p.file + a + ' ' + o);
    const fm = cell.numFmt || '0'; const dec = (fm.split('.')[1] || '').length; let nv = r(o * p.f, dec);
    cell.value = nv; await wb.xlsx.writeFile(path.join(__dirname, 'planted', p.file));
    manifest.push({ file: p.file, sheet: p.sheet, cell: a, original: o, planted: nv });
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(workbooks.length, 'workbooks', manifest.length, 'planted');
})();
