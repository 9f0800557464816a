const { write } = require('./lib.js');
const S1 = '　', S2 = '　　';
let seed = 777; function R() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const rnd = (a, b) => a + (b - a) * R(); const r = (x, d) => { const m = 10 ** d; return Math.round((x + 1e-9) * m) / m; }; const sum = a => a.reduce((s, x) => s + x, 0);
const gr = (a, b) => r((a / b - 1) * 100, 1); const sh = (a, b) => r(a / b * 100, 1);
const W = [];
// 36: limit-above retail by category with share column, 亿元 1 decimal (rounding: sum of rounded != total)
{ const v = [48.62, 6.29, 11.84, 24.14, 3.84, 5.72, 9.65, 17.39, 20.43, 4.19, 2.38, 8.72, 61.28, 3.13, 118.75, 9.82].map(x => x * rnd(0.97, 1.03)); const n = ['粮油、食品类', '饮料类', '烟酒类', '服装、鞋帽、针纺织品类', '化妆品类', '金银珠宝类', '日用品类', '家用电器和音像器材类', '中西药品类', '文化办公用品类', '家具类', '通讯器材类', '石油及制品类', '建筑及装潢材料类', '汽车类', '其他类'];
  const v0 = v.map(x => x / rnd(0.86, 1.18)); const T = sum(v), T0 = sum(v0);
  W.push({ file: '36_limit_retail_share.xlsx', sheets: [{ name: '类值', title: '2023年限额以上单位商品零售额', unit: '单位：亿元', header: [['类别', '零售额', '比上年增长（%）', '占比（%）']], rows: [['合　计', r(T, 1), gr(T, T0), 100.0], ...n.map((k, i) => [S1 + k, r(v[i], 1), gr(v[i], v0[i]), sh(v[i], T)])], notes: [] }] }); }
// 37: county table with 其中 开发区 inside county list, total at bottom
{ const c = [['城关区', 412.37], ['　其中：高新技术产业开发区', 187.26], ['东城区', 356.18], ['西湖区', 298.64], ['　其中：经济技术开发区', 94.31], ['南山区', 187.42], ['临川县', 168.93], ['安平县', 126.58]];
  const g = [5.8, 8.7, 6.2, 4.9, 9.3, 7.1, 5.3, 4.4]; const T = sum(c.filter(x => !x[0].includes('其中')).map(x => x[1]));
  W.push({ file: '37_county_with_zones.xlsx', sheets: [{ name: '分县区', title: '2023年各县（区）地区生产总值', unit: '', header: [['县（区）', '地区生产总值（亿元）', '比上年增长（%）']], rows: [...c.map((x, i) => [x[0], x[1], g[i]]), ['全　市', r(T, 2), 5.9]], notes: ['注：开发区数据包含在所在区中。'] }] }); }
// 38: retail by county, two years + growth where one county growth is on comparable caliber (area adjustment)
{ const cs = ['城关区', '东城区', '西湖区', '南山区', '临川县', '安平县', '青石县', '白河县']; const v1 = [312.46, 241.83, 196.27, 88.35, 74.62, 52.18, 33.91, 18.47]; const v0 = v1.map(x => x / rnd(1.02, 1.09)); v0[3] = v1[3] / 1.21; const g = v1.map((x, i) => gr(x, v0[i])); g[3] = 6.4;
  W.push({ file: '38_county_retail_caliber.xlsx', sheets: [{ name: '社零', title: '各县（区）社会消费品零售总额', unit: '单位：亿元', header: [['县（区）', '2022年', '2023年', '比上年增长（%）']], rows: [['全　市', r(sum(v0), 2), r(sum(v1), 2), 7.4], ...cs.map((c, i) => [c, r(v0[i], 2), v1[i], g[i]])], notes: ['注：2023年南山区行政区划调整，增速按可比口径计算；全市增速按可比口径计算。'] }] }); }
// 39: GDP by 三次产业 two years with 构成 and 构成增减（百分点）
{ const a1 = [286.44, 1431.18, 1105.45], a0 = [271.83, 1367.39, 1023.92]; const T1 = sum(a1), T0 = sum(a0);
  const rows = [['地区生产总值', r(T0, 2), r(T1, 2), 100.0, 100.0, DASH = '—'], ...['第一产业', '第二产业', '第三产业'].map((n, i) => [S1 + n, a0[i], a1[i], sh(a0[i], T0), sh(a1[i], T1), r(sh(a1[i], T1) - sh(a0[i], T0), 1)])];
  W.push({ file: '39_gdp_structure_change.xlsx', sheets: [{ name: '构成', title: '地区生产总值及构成', unit: '', header: [['指标', '绝对额（亿元）', null, '构成（%）', null, '构成增减（百分点）'], ['^', '2022年', '2023年', '2022年', '2023年', '^']], rows, notes: [] }] }); }
// 40: county per-capita GDP and population share; total row is 全市 at top; 人均 column not additive
{ const cs = ['城关区', '东城区', '西湖区', '南山区', '临川县', '安平县']; const g = [412.37, 356.18, 298.64, 187.42, 168.93, 126.58]; const p = [68.42, 54.17, 47.93, 31.26, 43.85, 36.12];
  W.push({ file: '40_county_percap_only.xlsx', sheets: [{ name: 'S', title: '各县（区）人均地区生产总值', unit: '', header: [['县（区）', '地区生产总值（亿元）', '年平均常住人口（万人）', '人均地区生产总值（元）']], rows: [['全　市', r(sum(g), 2), r(sum(p), 2), Math.round(sum(g) * 1e4 / sum(p))], ...cs.map((c, i) => [c, g[i], p[i], Math.round(g[i] * 1e4 / p[i])])], notes: [] }] }); }
// 41: retail with 城镇/乡村 rows, both years, growth + 其中 限上 + 网上零售 (其中 of 其中)
{ const rows = [['社会消费品零售总额', 1288.30, 1365.35, 6.0], [S1 + '城镇', 1061.38, 1123.48, 5.9], [S1 + '乡村', 226.91, 241.87, 6.6], [S1 + '其中：限额以上单位', 487.93, 512.32, 5.0], [S2 + '其中：通过公共网络实现的商品零售额', 41.27, 52.86, 28.1]];
  W.push({ file: '41_retail_online.xlsx', sheets: [{ name: 'S', title: '社会消费品零售总额', unit: '单位：亿元', header: [['指标', '2022年', '2023年', '比上年增长（%）']], rows, notes: [] }] }); }
(async () => { for (const w of W) await write(__dirname + '/clean', w); })();
