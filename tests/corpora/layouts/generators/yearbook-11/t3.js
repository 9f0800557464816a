'use strict';
// Culture & tourism, transport, agriculture, townships
const { ri, rf, r, sum, pct, gr, S, districts, counties, towns } = require('./lib');
const T = [];
const colSum = (rows, j) => sum(rows.map((x) => x[j]));

T.push({ file: 'cu01_library_wan_per100.xlsx', what: '全市 总藏量 万册', build() {
  const s = new S('公共图书馆');
  s.add(['公共图书馆基本情况']);
  s.add(['地区', '机构数（个）', '总藏量（万册）', '流通人次（万人次）', '常住人口（万人）', '人均藏书（册）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => [ri(1, 3), rf(20, 150), rf(10, 90), rf(25, 95)]);
  const line = (n, v) => s.add([n, ...v, r(v[1], 2) / r(v[3], 2)], [0, 0, 2, 2, 2, 2]);
  const tr = line('全市', [0, 1, 2, 3].map((j) => colSum(rows, j))); rows.forEach((v, i) => line(names[i], v));
  s.add(['注：人均藏书=总藏量/常住人口。']);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'tour01_bilingual_yoy.xlsx', what: '接待游客总人次 本年', build() {
  const s = new S('旅游');
  s.add(['旅游业发展情况 Tourism']);
  s.add(['指标 Item', '单位 Unit', '2023年 2023', '2022年 2022', '增长（%） Growth']);
  const dv = rf(3000, 6000), dl = dv * rf(.7, .9), iv = rf(10, 40), il = iv * rf(.3, .7);
  const dr = rf(300, 600), dlr = dr * rf(.7, .9), fx = rf(5000, 20000), fxl = fx * rf(.3, .7);
  const line = (n, u, a, b, d) => s.add([n, u, a, b, gr(r(a, d), r(b, d))], [0, 0, d, d, 1]);
  const tr = line('接待游客总人次 Total Tourist Arrivals', '万人次', dv + iv, dl + il, 2);
  line('  国内游客 Domestic Tourists', '万人次', dv, dl, 2); line('  入境游客 Inbound Tourists', '万人次', iv, il, 2);
  line('旅游总收入 Total Tourism Revenue', '亿元', dr + fx * 7.1 / 1e4, dlr + fxl * 6.9 / 1e4, 2);
  line('  国内旅游收入 Domestic Tourism Revenue', '亿元', dr, dlr, 2);
  line('  旅游外汇收入 Foreign Exchange Earnings', '万美元', fx, fxl, 2);
  s.add(['注：旅游总收入中旅游外汇收入按当年平均汇率折算。']);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'tour02_a_level_scenic_cross.xlsx', what: '合计 4A', build() {
  const s = new S('A级景区');
  s.add(['A级旅游景区分布（个）']);
  const lv = ['5A', '4A', '3A', '2A', 'A'];
  s.add(['地区', '合计', ...lv.map((x) => x + '级')]);
  const names = [...districts, ...counties];
  const rows = names.map(() => [ri(0, 1), ri(0, 4), ri(1, 8), ri(0, 6), ri(0, 3)]);
  const t = [0, 1, 2, 3, 4].map((j) => colSum(rows, j));
  rows.forEach((v, i) => s.add([names[i], sum(v), ...v.map((x) => (x === 0 ? '—' : x))]));
  const tr = s.add(['合计', sum(t), ...t]);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'cu02_culture_two_blocks.xlsx', what: '博物馆 参观人次 合计', build() {
  const s = new S('文化');
  s.add(['文化事业机构情况']);
  s.add(['一、艺术表演团体']);
  s.add(['地区', '机构数（个）', '从业人员（人）', '演出场次（场）', '国内观众（千人次）']);
  const names = districts.slice(0, 3).concat(counties.slice(0, 3));
  const A = names.map(() => [ri(1, 12), ri(20, 300), ri(50, 900), rf(10, 400)]);
  s.add(['合计', ...[0, 1, 2, 3].map((j) => colSum(A, j))], [0, 0, 0, 0, 1]);
  A.forEach((v, i) => s.add([names[i], ...v], [0, 0, 0, 0, 1]));
  s.blank(); s.add(['二、博物馆']);
  s.add(['地区', '机构数（个）', '藏品（件/套）', '基本陈列（个）', '参观人次（万人次）', '#未成年人']);
  const B = names.map(() => { const v = rf(3, 60); return [ri(1, 6), ri(500, 30000), ri(2, 20), v, v * rf(.2, .35)]; });
  const tr = s.add(['合计', ...[0, 1, 2, 3, 4].map((j) => colSum(B, j))], [0, 0, 0, 0, 2, 2]);
  B.forEach((v, i) => s.add([names[i], ...v], [0, 0, 0, 0, 2, 2]));
  s.setPlant(tr, 5); return [s];
} });

T.push({ file: 'tr01_road_grades_km.xlsx', what: '全市 等级公路', build() {
  const s = new S('公路里程');
  s.add(['公路通车里程（2023年末）']); s.add([null, null, null, null, null, null, null, null, '单位：公里']);
  s.add(['地区', '总计', '等级公路', null, null, null, null, null, '等外公路']);
  s.add([null, null, '合计', '高速', '一级', '二级', '三级', '四级', null]);
  s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2); s.merge(3, 3, 3, 8); s.merge(3, 9, 4, 9);
  const names = [...districts, ...counties];
  const rows = names.map(() => [rf(0, 80), rf(0, 60), rf(30, 200), rf(50, 300), rf(300, 1800), rf(0, 200)]);
  const line = (n, v) => { const g = sum(v.slice(0, 5)); return s.add([n, g + v[5], g, ...v], 1); };
  const tr = line('全市', [0, 1, 2, 3, 4, 5].map((j) => colSum(rows, j)));
  rows.forEach((v, i) => line(names[i], v));
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'tr02_transport_modes_unit_col.xlsx', what: '货运量 合计', build() {
  const s = new S('运输量');
  s.add(['各种运输方式完成的运输量']);
  s.add(['指标', '计量单位', '2023年', '比上年增长（%）']);
  const m = ['铁路', '公路', '水运', '民航'];
  const blk = (title, unit, base, d) => {
    const xs = m.map(() => { const v = rf(base * .05, base); return [v, v / rf(.85, 1.2)]; });
    if (unit === '万吨') xs[3] = [rf(.5, 3), rf(.5, 3)]; // air freight is tiny
    const t = [colSum(xs, 0), colSum(xs, 1)];
    const tr = s.add([title, unit, t[0], gr(r(t[0], d), r(t[1], d))], [0, 0, d, 1]);
    xs.forEach((v, i) => s.add(['  ' + m[i], unit, v[0], gr(r(v[0], d), r(v[1], d))], [0, 0, d, 1]));
    return tr;
  };
  blk('旅客运输量', '万人', 3000, 0); blk('旅客周转量', '亿人公里', 100, 2); const tr = blk('货物运输量', '万吨', 8000, 0); blk('货物周转量', '亿吨公里', 300, 2);
  s.add(['注：增长速度按可比口径计算。']);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'tr03_vehicles_nested_qizhong.xlsx', what: '2023 民用汽车', build() {
  const s = new S('汽车');
  s.add(['民用汽车拥有量（年末数）']); s.add(['单位：辆']);
  s.add(['指标', '2019年', '2020年', '2021年', '2022年', '2023年']);
  const ser = (a, g) => { let v = a; return [0, 1, 2, 3, 4].map(() => (v = r(v * g * rf(.98, 1.02)))); };
  const ke = ser(300000, 1.08), hu = ser(60000, 1.03), qt = ser(3000, 1.0);
  const sr = ke.map((x) => r(x * .92)), jc = sr.map((x) => r(x * .95));
  const tr = s.add(['民用汽车', ...ke.map((x, i) => x + hu[i] + qt[i])]);
  s.add(['  载客汽车', ...ke]); s.add(['  载货汽车', ...hu]); s.add(['  其他汽车', ...qt]);
  s.add(['  #私人汽车', ...sr]); s.add(['    #私人轿车', ...jc]);
  s.setPlant(tr, 6); return [s];
} });

T.push({ file: 'ag01_grain_towns_yield.xlsx', what: '合计 总产', build() {
  const s = new S('粮食');
  s.add(['各乡镇粮食生产情况']);
  s.add(['乡镇', '播种面积（亩）', '单产（公斤/亩）', '总产量（吨）']);
  const ts = towns.slice(0, 12);
  const rows = ts.map(() => { const a = ri(8000, 60000); const y = rf(380, 520); return [a, a * y / 1000]; });
  const line = (n, v) => { const p = r(v[1]); return s.add([n, v[0], p * 1000 / v[0], p], [0, 0, 1, 0]); };
  const tr = line('合计', [colSum(rows, 0), colSum(rows.map((v) => [0, r(v[1])]), 1)]);
  rows.forEach((v, i) => line(ts[i], v));
  s.setPlant(tr, 4); return [s];
} });

T.push({ file: 'ag02_crops_hierarchy_units.xlsx', what: '粮食作物 总产量', build() {
  const s = new S('农作物');
  s.add(['主要农作物播种面积和产量']);
  s.add(['作物', '播种面积', '总产量', '单产']); s.add([null, '（千公顷）', '（万吨）', '（公斤/公顷）']);
  const leaf = (a, y) => { const A = rf(a * .5, a); return [A, A * y * rf(.9, 1.1) / 10]; };
  const L = { dg: leaf(60, 6.5), xm: leaf(40, 5.5), ym: leaf(50, 6.2), qt: leaf(3, 3), dl: leaf(10, 2.2), sl: leaf(8, 4), yl: leaf(25, 2.6), sc: leaf(40, 30) };
  const add = (...ks) => [0, 1].map((j) => sum(ks.map((k) => k[j])));
  const gw = add(L.dg, L.xm, L.ym, L.qt), ls = add(gw, L.dl, L.sl);
  // 单产(公斤/公顷) = 总产(万吨)*1e7 / 面积(千公顷)*1e3
  const line2 = (n, v) => { const A = r(v[0], 2), P = r(v[1], 2); return s.add([n, v[0], v[1], P * 1e7 / (A * 1e3)], [0, 2, 2, 0]); };
  const tr = line2('粮食作物', ls); line2('  一、谷物', gw); line2('      稻谷', L.dg); line2('      小麦', L.xm); line2('      玉米', L.ym); line2('      其他谷物', L.qt);
  line2('  二、豆类', L.dl); line2('  三、薯类', L.sl); line2('油料', L.yl); line2('蔬菜及食用菌', L.sc);
  s.add(['注：薯类按5公斤鲜薯折1公斤粮食计算。']);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'ag03_output_value_comparable.xlsx', what: '全县 农林牧渔业总产值', build() {
  const s = new S('总产值');
  s.add(['农林牧渔业总产值（现价）']); s.add(['单位：万元']);
  s.add(['乡镇', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动', '增长（%）（可比价）']);
  const ts = towns.slice(0, 10);
  const rows = ts.map(() => [rf(5000, 30000), rf(200, 2000), rf(2000, 15000), rf(100, 3000), rf(100, 900)]);
  const dec = [0, 0, 0, 0, 0, 0, 0, 1];
  const line = (n, v) => s.add([n, sum(v.map((x) => r(x))), ...v, rf(2, 6)], dec);
  const tr = line('全县', [0, 1, 2, 3, 4].map((j) => sum(rows.map((v) => r(v[j])))));
  rows.forEach((v, i) => line(ts[i], v));
  s.add(['注：增长速度按可比价格计算。']);
  s.setPlant(tr, 2); return [s];
} });

T.push({ file: 'tw01_township_basic.xlsx', what: '全县 户籍人口', build() {
  const s = new S('乡镇基本情况');
  s.add(['乡镇（街道）基本情况（2023年末）']);
  s.add(['乡镇（街道）', '村（居）委会（个）', null, null, '户数（户）', '户籍人口（人）', null, null, '性别比（女=100）']);
  s.add([null, '合计', '村委会', '居委会', null, '合计', '男', '女', null]);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 2, 4); s.merge(2, 5, 3, 5); s.merge(2, 6, 2, 8); s.merge(2, 9, 3, 9);
  const J = ['金鸡街道', '凤凰街道'], X = towns.slice(0, 10);
  const mk = (jd) => { const c = jd ? 0 : ri(8, 25), q = jd ? ri(6, 14) : ri(1, 3); const m = ri(8000, 30000), f = r(m * rf(.92, 1.0)); return [c, q, r((m + f) / rf(2.6, 3.2)), m, f]; };
  const A = J.map(() => mk(true)), B = X.map(() => mk(false));
  const line = (n, v) => s.add([n, v[0] + v[1], v[0] || '—', v[1], v[2], v[3] + v[4], v[3], v[4], v[3] / v[4] * 100], [0, 0, 0, 0, 0, 0, 0, 0, 2]);
  const tot = (rs) => [0, 1, 2, 3, 4].map((j) => colSum(rs, j));
  const tr = line('全县', tot([...A, ...B])); line('  街道', tot(A)); A.forEach((v, i) => line('    ' + J[i], v));
  line('  乡镇', tot(B)); B.forEach((v, i) => line('    ' + X[i], v));
  s.setPlant(tr, 6); return [s];
} });

T.push({ file: 'tw02_area_density_total_last.xlsx', what: '合计 面积', build() {
  const s = new S('面积人口');
  s.add(['各乡镇面积和人口密度']);
  s.add(['乡镇', '行政区域面积（平方公里）', '常住人口（人）', '人口密度（人/平方公里）', '城镇人口（人）', '城镇化率（%）']);
  const ts = towns.slice(0, 11);
  const rows = ts.map(() => { const p = ri(10000, 70000); return [rf(50, 300), p, r(p * rf(.15, .7))]; });
  const line = (n, v) => s.add([n, v[0], v[1], v[1] / r(v[0], 2), v[2], pct(v[2], v[1], 2)], [0, 2, 0, 0, 0, 2]);
  rows.forEach((v, i) => line(ts[i], v));
  const tr = line('合计', [0, 1, 2].map((j) => colSum(rows, j)));
  s.setPlant(tr, 2); return [s];
} });

T.push({ file: 'tw03_transposed_townships.xlsx', what: '户籍人口 合计', build() {
  const s = new S('转置');
  s.add(['各乡镇主要指标']);
  const ts = towns.slice(0, 6);
  s.add(['指标', '合计', ...ts]);
  const pop = ts.map(() => ri(9000, 40000)), hh = pop.map((p) => r(p / rf(2.7, 3.3))), cun = ts.map(() => ri(6, 22));
  const lab = ts.map(() => rf(4000, 20000)), rev = ts.map(() => rf(200, 3000));
  s.add(['村委会（个）', sum(cun), ...cun]); s.add(['户数（户）', sum(hh), ...hh]);
  const tr = s.add(['户籍人口（人）', sum(pop), ...pop]);
  s.add(['乡村从业人员（人）', sum(lab.map((x) => r(x))), ...lab]);
  s.add(['一般公共预算收入（万元）', sum(rev), ...rev], [0, 1, 1, 1, 1, 1, 1, 1]);
  s.add(['户均人口（人/户）', sum(pop) / sum(hh), ...pop.map((p, i) => p / hh[i])], 2);
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;
