'use strict';
const { ri, rf, r, sum, pct, gr, S, colSum, fw, median, districts, counties, towns } = require('./lib');
const T = [];
const cities = ['江州市', '临川市', '白水市', '安宁市', '东陵市', '西平市', '南屏市', '北辰市'];

// z01 GDP by city with three sectors (亿元, independent rounding), 构成, 人均GDP, 位次
T.push({ file: 'z01_gdp_cities_rank_percap.xlsx', what: '全省 地区生产总值', build() {
  const s = new S('分市州GDP');
  s.add(['2024年各市州地区生产总值']);
  s.add(['市  州', '地区生产总值\n（亿元）', '第一产业', '第二产业', '第三产业', '三次产业构成（%）', null, null, '人均地区生产总值\n（元）', '位次', '常住人口\n（万人）']);
  s.add([null, null, null, null, null, '一产', '二产', '三产', null, null, null]);
  s.merge(2, 1, 3, 1); [2, 3, 4, 5, 9, 10, 11].forEach((c) => s.merge(2, c, 3, c)); s.merge(2, 6, 2, 8);
  const rows = cities.map(() => { const p = rf(150, 700); const g = p * rf(4.5, 11) / 1e4 * 1e4 / 1e4 * 1; const G = p * rf(4.5, 11); const a = G * rf(.06, .16), b = G * rf(.3, .45); return [a, b, G - a - b, p, p * rf(.996, 1.004)]; });
  const pc = rows.map((v) => (v[0] + v[1] + v[2]) * 1e8 / ((v[3] + v[4]) / 2 * 1e4));
  const rk = pc.map((x) => 1 + pc.filter((y) => y > x).length);
  const line = (n, v, k) => { const G = v[0] + v[1] + v[2]; return s.add([n, G, v[0], v[1], v[2], v[0] / G * 100, v[1] / G * 100, v[2] / G * 100, G * 1e8 / ((v[3] + v[4]) / 2 * 1e4), k, v[3]], [0, 2, 2, 2, 2, 1, 1, 1, 0, 0, 2]); };
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('全省', tot, '—'); rows.forEach((v, i) => line(cities[i], v, rk[i]));
  s.add(['注：1.地区生产总值及各产业增加值按现价计算；2.人均地区生产总值按年平均常住人口计算；3.位次按人均地区生产总值排列。']);
  s.thou = true;
  s.setPlant(tr, 2); return [s];
} });

// z02 years as columns, indicators as rows, last column 2024比2020增减
T.push({ file: 'z02_years_as_columns.xlsx', what: '2024 年末户籍户数', count: true, build() {
  const s = new S('历年主要指标');
  s.add(['丰乐县历年人口与就业主要指标']);
  const ys = [2020, 2021, 2022, 2023, 2024];
  s.add(['指    标', '单位', ...ys.map((y) => y + '年'), '2024年比\n2020年增减']);
  const hh = ys.map(() => ri(95000, 110000)); const pop = hh.map((h) => r(h * rf(2.9, 3.1)));
  const m = pop.map((p) => r(p * rf(.505, .515)));
  const emp = ys.map(() => ri(150000, 175000)); const e1 = emp.map((e) => r(e * rf(.3, .4))), e2 = emp.map((e) => r(e * rf(.2, .3)));
  const rowsI = [['年末户籍户数', '户', hh], ['年末户籍人口', '人', pop], ['  男', '人', m], ['  女', '人', pop.map((p, i) => p - m[i])], ['从业人员', '人', emp], ['  第一产业', '人', e1], ['  第二产业', '人', e2], ['  第三产业', '人', emp.map((e, i) => e - e1[i] - e2[i])]];
  let tr;
  rowsI.forEach(([n, u, v], i) => { const rr = s.add([n, u, ...v, v[4] - v[0]]); if (i === 0) tr = rr; });
  s.add(['第三产业从业人员比重', '%', ...emp.map((e, i) => (e - e1[i] - e2[i]) / e * 100), '—'], 1);
  s.setPlant(tr, 7); return [s];
} });

// z03 party-organisation 换届 table with 全县合计 label and rate
T.push({ file: 'z03_huanjie_rate.xlsx', what: '全县合计 应换届', count: true, build() {
  const s = new S('换届');
  s.add(['基层党组织按期换届情况统计表']);
  s.add(['领  域', '党组织数\n（个）', '应换届\n（个）', '已按期\n换届（个）', '延期\n换届（个）', '未换届\n（个）', '按期换届率\n（%）']);
  const dom = ['机关', '事业单位', '国有企业', '非公有制企业', '社会组织', '村', '社区', '其他'];
  const rows = dom.map(() => { const n = ri(20, 400); const d = ri(Math.floor(n * .2), Math.floor(n * .5)); const ok = ri(Math.floor(d * .8), d); const del = ri(0, d - ok); return [n, d, ok, del, d - ok - del]; });
  const line = (n, v) => s.add([n, ...v.map((x, j) => (j === 4 && x === 0 ? '—' : x)), v[1] ? pct(v[2], v[1]) : '—'], [0, 0, 0, 0, 0, 0, 1]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('全县合计', tot); rows.forEach((v, i) => line(dom[i], v));
  s.blank(); s.add(['填报单位：中共丰乐县委组织部', null, null, '填报人：黄蕾', null, '联系电话：13907361234']);
  s.setPlant(tr, 3); return [s];
} });

// z04 village collective economy: brackets sum to 村数, 万元, 平均每村
T.push({ file: 'z04_village_collective_brackets.xlsx', what: '合计 村集体经济总收入', build() {
  const s = new S('村集体经济');
  s.add(['村级集体经济发展情况']);
  s.add(['乡  镇', '村数\n（个）', '按集体经济收入分档（个）', null, null, null, '集体经济\n总收入（万元）', '其中：\n经营性收入', '村均收入\n（万元）', '经营性收入\n占比（%）']);
  s.add([null, null, '5万元以下', '5-10万元', '10-50万元', '50万元\n及以上', null, null, null, null]);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 2, 6); [7, 8, 9, 10].forEach((c) => s.merge(2, c, 3, c));
  const ts = towns.filter((t) => !t.includes('街道'));
  const rows = ts.map(() => { const b = [ri(0, 2), ri(2, 8), ri(5, 15), ri(0, 4)]; const n = sum(b); const inc = r(b[0] * 3.5 + b[1] * 7.4 + b[2] * 21 + b[3] * 80 + rf(0, 20), 2); return [n, ...b, inc, r(inc * rf(.4, .7), 2)]; });
  const line = (nm, v) => s.add([nm, ...v.slice(0, 5).map((x) => (x === 0 ? '-' : x)), v[5], v[6], v[5] / v[0], v[6] / v[5] * 100], [0, 0, 0, 0, 0, 0, 2, 2, 2, 1]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  rows.forEach((v, i) => line(ts[i], v));
  const tr = line('合计', tot);
  s.add(['注：“-”表示该档次无村。']);
  s.thou = true;
  s.setPlant(tr, 7); return [s];
} });

// z05 wide 低保: 合计 column group = 城市 + 农村, 万元 funds, 月人均
T.push({ file: 'z05_wide_dibao_heji_colgroup.xlsx', what: '全市 合计 人数', count: true, build() {
  const s = new S('低保');
  s.add(['城乡最低生活保障情况']);
  const sub = ['户数\n（户）', '人数\n（人）', '其中：\n女性', '老年人', '未成年人', '全年支出\n（万元）', '月人均补助\n（元）'];
  const h1 = ['地  区'], h2 = [null];
  ['合计', '城市低保', '农村低保'].forEach((g) => { h1.push(g, ...sub.slice(1).map(() => null)); h2.push(...sub); });
  s.add(h1); s.add(h2); s.merge(2, 1, 3, 1); [0, 1, 2].forEach((k) => s.merge(2, 2 + 7 * k, 2, 8 + 7 * k));
  const names = [...districts, ...counties];
  const mk = (big) => { const p = ri(big ? 300 : 100, big ? 5000 : 2000); const h = r(p / rf(1.4, 2)); const f = r(p * rf(.4, .55)), o = r(p * rf(.2, .4)), c = r(p * rf(.1, .25)); const fund = r(p * rf(350, 650) * 12 / 1e4, 2); return [h, p, f, o, c, fund]; };
  const rows = names.map((n) => [mk(n.endsWith('区')), mk(!n.endsWith('区'))]);
  const grp = (v) => [...v, v[5] * 1e4 / v[1] / 12];
  const line = (n, u, ru) => { const t = u.map((x, j) => x + ru[j]); return s.add([n, ...grp(t), ...grp(u), ...grp(ru)], [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0]); };
  const U = [0, 1, 2, 3, 4, 5].map((j) => sum(rows.map((v) => v[0][j]))), R = [0, 1, 2, 3, 4, 5].map((j) => sum(rows.map((v) => v[1][j])));
  const tr = line('全市', U, R); rows.forEach((v, i) => line(names[i], v[0], v[1]));
  s.add(['注：月人均补助=全年支出÷保障人数÷12。']);
  s.setPlant(tr, 3); return [s];
} });

// z06 fixed-asset investment growth only + structure: 亿元 not shown, only 增长% and 比重 (common in bulletins), plus 项目个数
T.push({ file: 'z06_investment_projects_change.xlsx', what: '合计 本年项目个数', count: true, build() {
  const s = new S('固定资产投资');
  s.add(['500万元以上固定资产投资项目个数']); s.add(['单位：个']);
  s.add(['分  组', '2024年', '2023年', '增减', '增长（%）', '其中：\n新开工项目', '增长（%）']);
  const gs = [['第一产业', []], ['第二产业', ['  #工业']], ['第三产业', ['  #房地产开发', '    基础设施']]];
  const rows = []; let tot = [0, 0, 0, 0];
  const line = (n, v) => s.add([n, v[0], v[1], v[0] - v[1], gr(v[0], v[1]), v[2], gr(v[2], v[3])], [0, 0, 0, 0, 1, 0, 1]);
  const data = gs.map(([n, subs]) => { const a = ri(30, 500), b = r(a * rf(.85, 1.15)), c = r(a * rf(.4, .6)), d = r(c * rf(.85, 1.2)); return [n, [a, b, c, d], subs.map(() => [r(a * rf(.3, .45)), r(b * rf(.3, .45)), r(c * rf(.3, .45)), r(d * rf(.3, .45))])]; });
  data.forEach(([, v]) => { tot = tot.map((x, j) => x + v[j]); });
  const tr = line('合  计', tot);
  data.forEach(([n, v, subs], i) => { line(n, v); subs.forEach((sv, k) => line(gs[i][1][k], sv)); });
  s.add(['  #民间投资项目', ...[0].map(() => null)]); s.rows[s.rows.length - 1] = null; s.rows.pop();
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;
