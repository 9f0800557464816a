'use strict';
const { ri, rf, r, sum, pct, gr, S, colSum, fw, median, districts, counties, towns } = require('./lib');
const T = [];

// a01 very wide crop sown area with several 小计 groups (公顷)
T.push({ file: 'a01_wide_crop_area_xiaoji.xlsx', what: '全县 农作物总播种面积', build() {
  const s = new S('播种面积');
  s.add(['各乡镇主要农作物播种面积（2024年）']); s.add(['单位：公顷']);
  const grp = [['粮食作物', ['稻谷', '小麦', '玉米', '其他谷物', '大豆', '其他豆类', '薯类']], ['油料', ['花生', '油菜籽', '芝麻']], ['棉麻糖烟', ['棉花', '甘蔗', '烤烟']], ['蔬菜及食用菌', ['蔬菜', '食用菌']], ['其他', ['瓜果', '中草药材', '青饲料']]];
  const h1 = ['乡  镇', '农作物总\n播种面积'], h2 = [null, null];
  grp.forEach(([g, it]) => { h1.push(g, ...it.map(() => null)); h2.push('小计', ...it); });
  s.add(h1); s.add(h2); s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2);
  let c = 3; grp.forEach(([g, it]) => { s.merge(3, c, 3, c + it.length); c += it.length + 1; });
  const ts = towns.slice(0, 12).filter((t) => !t.includes('街道')).concat(['金鸡街道']);
  const rows = ts.map((t) => grp.map(([g, it]) => it.map(() => (t.includes('街道') ? rf(0, 30) : rf(0, 1) < .1 ? 0 : rf(5, g === '粮食作物' ? 2500 : 400)))));
  const line = (n, v) => { const vv = v.map((g) => g.map((x) => r(x, 1))); const out = [n, sum(vv.map((g) => sum(g)))]; vv.forEach((g) => out.push(sum(g), ...g.map((x) => (x === 0 ? '-' : x)))); return s.add(out, 1); };
  const tot = grp.map((g, gi) => g[1].map((_, k) => sum(rows.map((v) => r(v[gi][k], 1)))));
  const tr = line('全县', tot); rows.forEach((v, i) => line(ts[i], v));
  s.add(['注：“-”表示无播种。']);
  s.setPlant(tr, 2); return [s];
} });

// a02 livestock with 万头 parts rounded independently and total from exact sum, thousands separators in 头 columns
T.push({ file: 'a02_livestock_wan_rounding.xlsx', what: '全市 肉类总产量', build() {
  const s = new S('畜牧业');
  s.add(['主要畜禽出栏及肉类产量']);
  s.add(['地区', '肉类总产量\n（万吨）', '猪肉', '牛肉', '羊肉', '禽肉', '生猪出栏\n（万头）', '牛出栏\n（头）', '羊出栏\n（只）', '家禽出栏\n（万只）', '禽蛋产量\n（吨）']);
  const names = [...counties, ...districts];
  const rows = names.map((n, i) => { const p = rf(1.2, 9), b = rf(.05, .6), y = rf(.02, .4), q = rf(.3, 3); return [p, b, y, q, p * 1e4 / rf(.085, .095) / 1e4, r(b * 1e4 / rf(.14, .18)), r(y * 1e4 / rf(.016, .02)), q * 1e4 / rf(1.6, 2.1) / 1e4 * 1e0, r(rf(3000, 30000))]; });
  const line = (n, v) => s.add([n, v[0] + v[1] + v[2] + v[3], v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]], [0, 2, 2, 2, 2, 2, 2, 0, 0, 1, 0]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('全市', tot); rows.forEach((v, i) => line(names[i], v));
  s.thou = true;
  s.add(['注：由于四舍五入，分项与合计数可能不等。']);
  s.setPlant(tr, 2); return [s];
} });

// a03 grain transposed: regions as columns, area / output / yield per mu
T.push({ file: 'a03_grain_transposed_yield.xlsx', what: '全市 粮食播种面积', build() {
  const s = new S('粮食生产');
  s.add(['2024年粮食生产情况（分县市区）']);
  const names = [...counties, ...districts];
  s.add(['指标', '单位', '全市', ...names]);
  const crops = ['稻谷', '小麦', '玉米'];
  const cols = names.map(() => crops.map(() => { const a = rf(200, 9000); return [a, a * rf(5.5, 8) / 1e3]; }));
  const area = (c, k) => (k === undefined ? sum(c.map((x) => r(x[0], 1))) : r(c[k][0], 1));
  const out = (c, k) => (k === undefined ? sum(c.map((x) => x[1])) : c[k][1]);
  const mk = (k) => { const tc = crops.map((_, kk) => [sum(cols.map((c) => r(c[kk][0], 1))), sum(cols.map((c) => c[kk][1]))]); return [k === undefined ? sum(tc.map((x) => x[0])) : r(tc[k][0], 1), k === undefined ? sum(tc.map((x) => x[1])) : tc[k][1]]; };
  const tr = s.add(['粮食播种面积', '公顷', mk()[0], ...cols.map((c) => area(c))], 1);
  crops.forEach((cr, k) => s.add(['  ' + cr, '公顷', mk(k)[0], ...cols.map((c) => area(c, k))], 1));
  s.add(['粮食总产量', '万吨', mk()[1], ...cols.map((c) => out(c))], 2);
  crops.forEach((cr, k) => s.add(['  ' + cr, '万吨', mk(k)[1], ...cols.map((c) => out(c, k))], 2));
  s.add(['粮食单产', '公斤/亩', mk()[1] * 1e7 / (mk()[0] * 15), ...cols.map((c) => out(c) * 1e7 / (area(c) * 15))], 1);
  s.add(['注：单产按未修约的总产量计算；1公顷=15亩。']);
  s.setPlant(tr, 3); return [s];
} });

// a04 agricultural output value change table with negative changes (亿元)
T.push({ file: 'a04_agri_output_change_yi.xlsx', what: '总计 本年', build() {
  const s = new S('农林牧渔业产值');
  s.add(['农林牧渔业总产值（现价）']); s.add(['单位：亿元']);
  s.add(['项目', '2023年', '2024年', '增减额', '名义增长（%）', '构成（%）']);
  const it = ['农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'];
  const v = it.map(() => { const a = rf(3, 90); return [a, a * rf(.9, 1.08)]; });
  const t0 = sum(v.map((x) => x[0])), t1 = sum(v.map((x) => x[1]));
  const line = (n, a, b, tb) => { const A = r(a, 2), B = r(b, 2); return s.add([n, A, B, B - A, gr(B, A), b / tb * 100], [0, 2, 2, 2, 1, 1]); };
  const tr = line('总  计', t0, t1, t1); v.forEach((x, i) => line(it[i], x[0], x[1], t1));
  s.setPlant(tr, 3); return [s];
} });

// i01 industry by sector: 企业数\n（家）, 亏损企业, 亏损面, profits negative
T.push({ file: 'i01_industry_losses_negative_profit.xlsx', what: '合计 营业收入', build() {
  const s = new S('规上工业');
  s.add(['规模以上工业企业主要经济指标（按行业分）']);
  s.add(['行  业', '企业数\n（家）', '亏损企业\n（家）', '亏损面\n（%）', '营业收入\n（万元）', '营业成本\n（万元）', '利润总额\n（万元）', '亏损企业\n亏损额（万元）', '营业收入\n利润率（%）', '平均用工\n人数（人）']);
  const inds = ['煤炭开采和洗选业', '非金属矿采选业', '农副食品加工业', '酒、饮料和精制茶制造业', '纺织业', '木材加工和木、竹、藤、棕、草制品业', '化学原料和化学制品制造业', '医药制造业', '非金属矿物制品业', '金属制品业', '通用设备制造业', '电气机械和器材制造业', '电力、热力生产和供应业'];
  const rows = inds.map(() => { const n = ri(3, 60), l = ri(0, Math.floor(n / 3)); const rev = rf(8000, 400000); const cost = rev * rf(.78, .95); const pr = rev * rf(-.04, .09); return [n, l, r(rev), r(cost), r(pr), l ? r(rf(50, 3000)) : 0, ri(100, 6000)]; });
  const line = (nm, v) => s.add([nm, v[0], v[1], pct(v[1], v[0]), v[2], v[3], v[4], v[5] === 0 ? '—' : v[5], pct(v[4], v[2], 2), v[6]], [0, 0, 0, 1, 0, 0, 0, 0, 2, 0]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('合  计', tot); rows.forEach((v, i) => line(inds[i], v));
  s.thou = true;
  s.setPlant(tr, 5); return [s];
} });

// i02 industry by ownership with 其中 rows, 亿元, '…' placeholder
T.push({ file: 'i02_industry_ownership_qizhong.xlsx', what: '总计 工业增加值', build() {
  const s = new S('分经济类型');
  s.add(['规模以上工业主要指标（按登记注册类型分）']); s.add(['单位：亿元']);
  s.add(['类  型', '工业总产值', '工业增加值', '营业收入', '利润总额', '资产总计', '负债合计', '资产负债率（%）']);
  const ty = ['国有企业', '集体企业', '股份合作企业', '有限责任公司', '股份有限公司', '私营企业', '外商及港澳台商投资企业'];
  const v = ty.map(() => { const g = rf(5, 400); const a = g * rf(2.1, 3.2); return [g, g * rf(.24, .32), g * rf(.95, 1.05), g * rf(.02, .08), a, a * rf(.4, .7)]; });
  const line = (n, x) => s.add([n, ...x.slice(0, 6), x[5] / x[4] * 100], [0, 2, 2, 2, 2, 2, 2, 1]);
  const tot = [0, 1, 2, 3, 4, 5].map((j) => sum(v.map((x) => x[j])));
  const tr = line('总  计', tot);
  v.forEach((x, i) => { line(ty[i], x); if (i === 3) { const p = x.map((y) => y * rf(.25, .4)); s.add(['  其中：国有控股', ...p.slice(0, 4).map((y) => r(y, 2)), '…', '…', '…'], [0, 2, 2, 2, 2]); } });
  s.add(['注：“…”表示数据不详。']);
  s.setPlant(tr, 3); return [s];
} });

// i03 industrial products: no total, mixed units, growth
T.push({ file: 'i03_products_units_growth.xlsx', what: '发电量 本年', build() {
  const s = new S('主要产品产量');
  s.add(['规模以上工业主要产品产量']);
  s.add(['产品名称', '计量单位', '2024年', '2023年', '增长（%）']);
  const it = [['原煤', '万吨', 2], ['水泥', '万吨', 2], ['钢材', '万吨', 2], ['发电量', '亿千瓦时', 2], ['  #水电', '亿千瓦时', 2], ['饲料', '吨', 0], ['成品糖', '吨', 0], ['服装', '万件', 1], ['中成药', '吨', 0], ['汽车', '辆', 0]];
  let tr, parent;
  it.forEach(([n, u, d]) => { const base = d === 0 ? ri(2000, 90000) : rf(3, 300); let a = base, b = base * rf(.85, 1.15); if (n.includes('#')) { a = parent[0] * rf(.3, .5); b = parent[1] * rf(.3, .5); } const A = r(a, d), B = r(b, d); const rr = s.add([n, u, A, B, gr(A, B)], [0, 0, d, d, 1]); if (n === '发电量') { tr = rr; parent = [a, b]; } });
  s.thou = true;
  s.setPlant(tr, 3); return [s];
} });

// t01 retail sales by region with 市辖区 subtotal and 0.0% share, 亿元
T.push({ file: 't01_retail_share_pct_subtotal.xlsx', what: '全市 社零总额', build() {
  const s = new S('社会消费品零售总额');
  s.add(['各县市区社会消费品零售总额']);
  s.add(['地区', '2024年\n（亿元）', '2023年\n（亿元）', '增长\n（%）', '占全市\n比重', '其中：\n限额以上（亿元）', '增长\n（%）']);
  const d = districts.map(() => { const a = rf(60, 220); return [a, a / rf(.98, 1.08), a * rf(.3, .5)]; }), c = counties.map(() => { const a = rf(20, 90); return [a, a / rf(.99, 1.07), a * rf(.2, .4)]; });
  d.forEach((x) => x.push(x[2] / rf(.97, 1.1))); c.forEach((x) => x.push(x[2] / rf(.97, 1.1)));
  const all = [0, 1, 2, 3].map((j) => colSum(d, j) + colSum(c, j)), sd = [0, 1, 2, 3].map((j) => colSum(d, j));
  const line = (n, x) => { const v = x.map((y) => r(y, 2)); const rr = s.add([n, v[0], v[1], gr(v[0], v[1]), r(x[0] / all[0], 3), v[2], gr(v[2], v[3])], [0, 2, 2, 1, null, 2, 1]); s.setFmt(rr, 5, '0.0%'); return rr; };
  const tr = line('全  市', all); line('市辖区', sd); d.forEach((x, i) => line('  ' + districts[i], x)); c.forEach((x, i) => line(counties[i], x));
  s.add(['资料来源：市统计局贸易外经统计科。']);
  s.setPlant(tr, 2); return [s];
} });

// t02 monthly foreign trade: 当月 + 1-当月累计 columns and 全年 row; thousands separators, 万元
T.push({ file: 't02_monthly_trade_cumulative.xlsx', what: '全年 当月进出口', build() {
  const s = new S('进出口');
  s.add(['2024年分月进出口情况']); s.add(['单位：万元']);
  s.add(['月份', '当月', null, null, '1月至当月累计', null, null]);
  s.add([null, '进出口', '出口', '进口', '进出口', '出口', '进口']);
  s.merge(3, 1, 4, 1); s.merge(3, 2, 3, 4); s.merge(3, 5, 3, 7);
  let ce = 0, ci = 0; const E = [], I = [];
  for (let m = 1; m <= 12; m++) { const e = ri(30000, 90000), i = ri(10000, 50000); E.push(e); I.push(i); ce += e; ci += i; s.add([m + '月', e + i, e, i, ce + ci, ce, ci]); }
  const tr = s.add(['全年', sum(E) + sum(I), sum(E), sum(I), ce + ci, ce, ci]);
  s.thou = true;
  s.setPlant(tr, 2); return [s];
} });

// t03 hotel & catering stacked tables: 表1 住宿业, blank rows, 表2 餐饮业 each with own header + 合计
T.push({ file: 't03_two_tables_hotel_catering.xlsx', what: '表2 合计 营业额', build() {
  const s = new S('住餐');
  s.add(['表1  限额以上住宿业基本情况']);
  s.add(['类型', '法人单位数\n（个）', '从业人员\n（人）', '营业额\n（万元）', '其中：\n客房收入']);
  const A = ['旅游饭店', '一般旅馆', '民宿服务', '其他住宿业'].map((n) => { const v = rf(800, 30000); return [n, ri(2, 40), ri(30, 1500), r(v), r(v * rf(.4, .7))]; });
  s.add(['合计', ...[1, 2, 3, 4].map((j) => colSum(A, j))]); A.forEach((x) => s.add(x));
  s.blank();
  s.add(['表2  限额以上餐饮业基本情况']);
  s.add(['类型', '法人单位数\n（个）', '从业人员\n（人）', '营业额\n（万元）', '其中：\n餐费收入']);
  const B = ['正餐服务', '快餐服务', '饮料及冷饮服务', '餐饮配送及外卖送餐服务', '其他餐饮业'].map((n) => { const v = rf(500, 40000); return [n, ri(2, 60), ri(20, 2000), r(v), r(v * rf(.7, .95))]; });
  const tr = s.add(['合计', ...[1, 2, 3, 4].map((j) => colSum(B, j))]); B.forEach((x) => s.add(x));
  s.blank(); s.add(['填报单位：云溪县统计局', null, '负责人：刘洋', null, '填表人：陈静']);
  s.setPlant(tr, 4); return [s];
} });
module.exports = T;
