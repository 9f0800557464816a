'use strict';
const { ri, rf, r, sum, pct, gr, S, colSum, fw, median, districts, counties, towns } = require('./lib');
const T = [];

// y01 birth/death/natural-growth per-mille, place-named total, 万人 with independent rounding
T.push({ file: 'y01_vital_rates_permille.xlsx', what: '江州市 出生人数', count: true, build() {
  const s = new S('人口变动');
  s.add(['2024年各县（市、区）户籍人口变动情况']);
  s.add(['地  区', '年初户籍人口\n（万人）', '年末户籍人口\n（万人）', '出生人数\n（人）', '出生率\n（‰）', '死亡人数\n（人）', '死亡率\n（‰）', '自然增长率\n（‰）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const p0 = rf(18, 95) * 1e4; const p1 = p0 * rf(.99, 1.006); return [p0 / 1e4, p1 / 1e4, r(p0 * rf(.006, .01)), r(p0 * rf(.006, .009))]; });
  const line = (n, v) => { const a = r(v[0], 2), b = r(v[1], 2); const avg = (a + b) / 2 * 1e4; return s.add([n, a, b, v[2], v[3] / avg * 1000 * 0 + v[2] / avg * 1000, v[3], v[3] / avg * 1000, (v[2] - v[3]) / avg * 1000], [0, 2, 2, 0, 2, 0, 2, 2]); };
  const tr = line('江州市', [0, 1, 2, 3].map((j) => colSum(rows, j)));
  rows.forEach((v, i) => line(names[i], v));
  s.add(['注：出生率、死亡率、自然增长率按年平均人口计算，年平均人口=（年初人口+年末人口）÷2。']);
  s.setPlant(tr, 4); return [s];
} });

// y02 year series, 万人 parts rounded independently, total from exact sum
T.push({ file: 'y02_year_series_urban_rural.xlsx', what: '2024 年末常住人口', build() {
  const s = new S('历年人口');
  s.add(['历年常住人口及构成']);
  s.add(['年份', '年末常住人口\n（万人）', '按城乡分', null, '城镇化率\n（%）', '按性别分', null, '性别比\n（女=100）', '出生率\n（‰）', '死亡率\n（‰）', '自然\n增长率（‰）']);
  s.add([null, null, '城镇', '乡村', null, '男', '女', null, null, null, null]);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 2, 4); s.merge(2, 5, 3, 5); s.merge(2, 6, 2, 7); [8, 9, 10, 11].forEach((c) => s.merge(2, c, 3, c));
  let tr; let tot = 468.3;
  for (let y = 2015; y <= 2024; y++) {
    tot *= rf(.996, 1.004); const u = tot * (0.45 + (y - 2015) * 0.012 + rf(0, .004)); const ru = tot - u; const m = tot * rf(.505, .515); const f = tot - m;
    const b = rf(6, 11.5) - (y - 2015) * .35, d = rf(6.5, 8.2);
    const uu = r(u, 2), rr_ = r(ru, 2), mm = r(m, 2), ff = r(f, 2), tt = r(tot, 2);
    const rowN = s.add([y, tt, uu, rr_, u / tot * 100, mm, ff, m / f * 100, b, d, r(b, 2) - r(d, 2)], [0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    if (y === 2024) tr = rowN;
  }
  s.add(['注：城镇化率按未经修约的城镇人口和常住人口计算，分项数据经四舍五入，与合计数可能略有出入。']);
  s.setPlant(tr, 2); return [s];
} });

// y03 very wide employment + wages by industry, 3 ownership groups each with 合计, thousands separators
T.push({ file: 'y03_wide_emp_wage_industry.xlsx', what: '合计 年末人数 合计', count: true, build() {
  const s = new S('分行业就业工资');
  s.add(['城镇非私营单位分行业就业人员和工资（2024年）']);
  const G = ['年末从业人员（人）', '平均从业人员（人）', '工资总额（万元）', '平均工资（元）'];
  const h1 = ['行    业'], h2 = [null];
  G.forEach((g) => { h1.push(g, null, null, null); h2.push('合计', '国有单位', '城镇集体\n单位', '其他单位'); });
  h1.push('其中：\n女性（人）'); h2.push(null);
  s.add(h1); s.add(h2); s.merge(2, 1, 3, 1); G.forEach((_, k) => s.merge(2, 2 + 4 * k, 2, 5 + 4 * k)); s.merge(2, 18, 3, 18);
  const inds = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
  const rows = inds.map(() => { const e = [ri(100, 9000), ri(0, 600), ri(200, 20000)]; const a = e.map((x) => r(x * rf(.97, 1.02))); const w = a.map((x) => x * rf(6.5, 14) / 1e4 * 1e4 / 1e4 * x / x); const wt = a.map((x) => x * rf(65000, 140000) / 1e4); return { e, a, wt, f: r(sum(e) * rf(.25, .6)) }; });
  rows.forEach((o) => { o.a = o.a.map((x, k) => (o.e[k] === 0 ? 0 : Math.max(1, x))); o.wt = o.wt.map((x, k) => (o.a[k] === 0 ? 0 : x)); });
  const line = (n, o) => { const wt = o.wt.map((x) => r(x)); const W = r(sum(o.wt)); const A = sum(o.a); return s.add([n, sum(o.e), ...o.e, A, ...o.a, W, ...wt, A ? W * 1e4 / A : '—', ...o.a.map((a, k) => (a ? wt[k] * 1e4 / a : '—')), o.f]); };
  const tot = { e: [0, 1, 2].map((k) => sum(rows.map((o) => o.e[k]))), a: [0, 1, 2].map((k) => sum(rows.map((o) => o.a[k]))), wt: [0, 1, 2].map((k) => sum(rows.map((o) => r(o.wt[k])))), f: sum(rows.map((o) => o.f)) };
  const tr = line('合    计', tot); rows.forEach((o, i) => line(inds[i], o));
  s.thou = true;
  s.add(['注：平均工资=工资总额÷平均从业人员；“—”表示无该类单位。']);
  s.setPlant(tr, 2); return [s];
} });

// y04 average wage change table: 总计 row is a weighted average (not a sum)
T.push({ file: 'y04_avg_wage_change.xlsx', what: '总计 2024 平均工资 (weighted average)', build() {
  const s = new S('平均工资');
  s.add(['城镇非私营单位在岗职工平均工资']); s.add(['单位：元']);
  s.add(['登记注册类型', '2023年', '2024年', '增减额', '增长（%）']);
  const ty = ['国有单位', '城镇集体单位', '股份合作单位', '联营单位', '有限责任公司', '股份有限公司', '港、澳、台商投资单位', '外商投资单位'];
  const n = ty.map(() => ri(800, 30000)); const w0 = ty.map(() => ri(55000, 120000)); const w1 = w0.map((x) => r(x * rf(.97, 1.09)));
  const n0 = n.map((x) => r(x * rf(.95, 1.05)));
  const t0 = r(sum(w0.map((w, i) => w * n0[i])) / sum(n0)), t1 = r(sum(w1.map((w, i) => w * n[i])) / sum(n));
  const tr = s.add(['总  计', t0, t1, t1 - t0, gr(t1, t0)], [0, 0, 0, 0, 1]);
  ty.forEach((t, i) => s.add([t, w0[i], w1[i], w1[i] - w0[i], gr(w1[i], w0[i])], [0, 0, 0, 0, 1]));
  s.thou = true;
  s.setPlant(tr, 3); return [s];
} });

// y05 market prices: per-item 上年 本年 增减 增长%, no total, 2 decimals, units column
T.push({ file: 'y05_market_prices_change.xlsx', what: '猪肉 本年价格', build() {
  const s = new S('集贸市场价格');
  s.add(['主要农副产品集贸市场年平均价格']);
  s.add(['品  名', '计量单位', '2023年', '2024年', '增减', '增长（%）']);
  const it = [['粳米', '元/公斤', 5.8], ['面粉', '元/公斤', 4.6], ['菜籽油', '元/升', 14.2], ['猪肉（后腿肉）', '元/公斤', 28.5], ['牛肉', '元/公斤', 78], ['鸡蛋', '元/公斤', 10.8], ['大白菜', '元/公斤', 2.3], ['西红柿', '元/公斤', 6.1], ['苹果', '元/公斤', 11.2], ['草鱼', '元/公斤', 19.6]];
  let tr;
  it.forEach(([n, u, p]) => { const a = r(p * rf(.9, 1.1), 2), b = r(a * rf(.85, 1.12), 2); const rr = s.add([n, u, a, b, b - a, gr(b, a)], [0, 0, 2, 2, 2, 1]); if (n.startsWith('猪肉')) tr = rr; });
  s.add(['资料来源：市发展和改革委员会价格监测中心。']);
  s.setPlant(tr, 4); return [s];
} });

// y06 income by county with 平均 and 中位数 rows and no total
T.push({ file: 'y06_income_mean_median_rows.xlsx', what: '平均 全体居民', build() {
  const s = new S('居民收入');
  s.add(['各县（市、区）居民人均可支配收入']); s.add(['单位：元']);
  s.add(['县（市、区）', '全体居民', '增长（%）', '城镇居民', '增长（%）', '农村居民', '增长（%）', '城乡收入比\n（农村=1）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const u = ri(38000, 56000), ru = ri(17000, 26000); const a = r(ru + (u - ru) * rf(.45, .8)); return [a, rf(4.5, 7.5), u, rf(3.8, 6), ru, rf(6, 8.5)]; });
  rows.forEach((v, i) => s.add([names[i], v[0], v[1], v[2], v[3], v[4], v[5], v[2] / v[4]], [0, 0, 1, 0, 1, 0, 1, 2]));
  const mean = [0, 2, 4].map((j) => sum(rows.map((v) => v[j])) / rows.length), med = [0, 2, 4].map((j) => median(rows.map((v) => v[j])));
  const tr = s.add(['平  均', mean[0], '…', mean[1], '…', mean[2], '…', r(mean[1]) / r(mean[2])], [0, 0, 0, 0, 0, 0, 0, 2]);
  s.add(['中位数', med[0], '…', med[1], '…', med[2], '…', r(med[1]) / r(med[2])], [0, 0, 0, 0, 0, 0, 0, 2]);
  s.add(['注：平均为各县（市、区）算术平均，中位数为各县（市、区）数值的中位数。']);
  s.thou = true;
  s.setPlant(tr, 2); return [s];
} });

// y07 statistical report form: 表号, 甲乙丙 column numbering row, 代码, 计量单位
T.push({ file: 'y07_report_form_codes.xlsx', what: '城镇新增就业人数 本期', count: true, build() {
  const s = new S('人社统1表');
  s.add(['就业和失业情况']);
  s.add([null, null, null, null, null, '表    号：人社统J1表']);
  s.add([null, null, null, null, null, '制定机关：江州市人力资源和社会保障局']);
  s.add(['填报单位：青阳县人力资源和社会保障局', null, null, null, null, '2024年1-12月']);
  s.add(['指标名称', '计量单位', '代码', '本期', '上年同期', '增减（%）']);
  s.add(['甲', '乙', '丙', 1, 2, 3]);
  const a = ri(5000, 9000), b = r(a * rf(.2, .3)), c = r(a * rf(.08, .12)), u = ri(4000, 7000);
  const a0 = r(a * rf(.9, 1.1)), b0 = r(b * rf(.9, 1.1)), c0 = r(c * rf(.9, 1.1)), u0 = r(u * rf(.95, 1.05));
  const lab = ri(150000, 220000), lab0 = r(lab * rf(.98, 1.02));
  const tr = s.add(['城镇新增就业人数', '人', '01', a, a0, gr(a, a0)], [0, 0, 0, 0, 0, 1]);
  s.add(['  其中：失业人员再就业人数', '人', '02', b, b0, gr(b, b0)], [0, 0, 0, 0, 0, 1]);
  s.add(['        就业困难人员就业人数', '人', '03', c, c0, gr(c, c0)], [0, 0, 0, 0, 0, 1]);
  s.add(['期末城镇登记失业人数', '人', '04', u, u0, gr(u, u0)], [0, 0, 0, 0, 0, 1]);
  s.add(['期末城镇从业人员数', '人', '05', lab, lab0, gr(lab, lab0)], [0, 0, 0, 0, 0, 1]);
  s.add(['城镇登记失业率', '%', '06', u / (u + lab) * 100, u0 / (u0 + lab0) * 100, '—'], [0, 0, 0, 2, 2, 0]);
  s.add(['单位负责人：赵立新', null, '统计负责人：孙丽', null, '填表人：周敏', '报出日期：2025年1月12日']);
  s.add(['说明：1.城镇登记失业率=期末城镇登记失业人数÷（期末城镇从业人员数+期末城镇登记失业人数）×100%；2.代码02、03为01的其中项。']);
  s.setPlant(tr, 4); return [s];
} });

// y08 bulletin composition: age shares in 0.0% format, 万人, #/其中
T.push({ file: 'y08_bulletin_age_pct_format.xlsx', what: '常住人口 年末数', build() {
  const s = new S('人口构成');
  s.add(['2024年末常住人口数及其构成']);
  s.add(['指  标', '年末数（万人）', '比重']);
  const parts = { c: rf(60, 75), w: rf(280, 320), o: rf(85, 110) }; const o65 = parts.o * rf(.62, .7);
  const urb = (parts.c + parts.w + parts.o) * rf(.55, .62); const T_ = parts.c + parts.w + parts.o; const m = T_ * rf(.505, .512);
  const put = (l, v) => { const rr = s.add([l, r(v, 2), r(r(v, 2) === 0 ? 0 : v / T_, 3)], [0, 2, null]); s.setFmt(rr, 3, '0.0%'); return rr; };
  const tr = put('常住人口', T_);
  put('  其中：城镇', urb); put('        乡村', T_ - urb); put('  其中：男性', m); put('        女性', T_ - m);
  put('  其中：0－15岁（含不满16周岁）', parts.c); put('        16－59岁（含不满60周岁）', parts.w); put('        60周岁及以上', parts.o); put('          其中：65周岁及以上', o65);
  s.setPlant(tr, 2); return [s];
} });

// y09 column continuation over 表3 and 表3（续）
T.push({ file: 'y09_column_continuation.xlsx', what: '全县 户籍人口', count: true, build() {
  const a = new S('表3'), b = new S('表3（续）');
  a.add(['表3  各乡镇人口基本情况']); b.add(['表3  各乡镇人口基本情况（续）']);
  a.add(['乡镇', '户数\n（户）', '户籍人口\n（人）', '男', '女', '18岁以下', '18-59岁', '60岁及以上', '性别比\n（女=100）']);
  b.add(['乡镇', '出生\n（人）', '死亡\n（人）', '迁入\n（人）', '迁出\n（人）', '净迁移\n（人）', '人口自然\n增长率（‰）']);
  const ts = towns.slice(0, 11);
  const rows = ts.map(() => { const p = ri(12000, 60000), m = r(p * rf(.5, .52)), y = r(p * rf(.16, .22)), o = r(p * rf(.18, .27)); return [r(p / rf(2.6, 3.2)), p, m, p - m, y, p - y - o, o, r(p * rf(.006, .01)), r(p * rf(.006, .009)), ri(100, 900), ri(200, 1200)]; });
  const la = (n, v) => a.add([n, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[2] / v[3] * 100], [0, 0, 0, 0, 0, 0, 0, 0, 2]);
  const lb = (n, v) => b.add([n, v[7], v[8], v[9], v[10], v[9] - v[10], (v[7] - v[8]) / v[1] * 1000], [0, 0, 0, 0, 0, 0, 2]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = la('全县', tot); lb('全县', tot); rows.forEach((v, i) => { la(ts[i], v); lb(ts[i], v); });
  b.add(['注：人口自然增长率按年末户籍人口计算。']);
  a.setPlant(tr, 3); return [a, b];
} });

// y10 town pop with text numbers "1,234 ", trailing spaces, 合 计 at the bottom, 中位数 row
T.push({ file: 'y10_text_numbers_trailing_spaces.xlsx', what: '合 计 户数', count: true, build() {
  const s = new S('Sheet1');
  s.add(['2024年各乡镇（街道）户数及人口 ']);
  s.add(['乡镇（街道） ', '户数（户） ', '人口数（人）', '其中：男', '女', '每户平均人口\n（人/户）']);
  const ts = towns.slice(0, 10);
  const rows = ts.map(() => { const p = ri(8000, 40000), m = r(p * rf(.49, .52)); return [r(p / rf(2.5, 3.3)), p, m, p - m]; });
  rows.forEach((v, i) => { const rr = s.add([ts[i] + '  ', v[0], v[1], v[2], v[3], v[1] / v[0]], [0, 0, 0, 0, 0, 2]); if (i % 3 === 1) s.rows[rr - 1][1] = v[0].toLocaleString('en-US') + ' '; });
  const tot = [0, 1, 2, 3].map((j) => colSum(rows, j));
  const tr = s.add(['合 计', tot[0], tot[1], tot[2], tot[3], tot[1] / tot[0]], [0, 0, 0, 0, 0, 2]);
  s.add(['中位数', median(rows.map((v) => v[0])), median(rows.map((v) => v[1])), median(rows.map((v) => v[2])), median(rows.map((v) => v[3])), '…'], [0, 1, 1, 1, 1]);
  s.thou = true;
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;
