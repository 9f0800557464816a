// Social organisations, targets, periods, multi-level builders
const L = require('./lib');
const { rng, r, pct, growth, sum, Sheet, hdr2, hdr3, header, signoff, split, coverage, addCov, COUNTIES, TOWNS, PARKS, BUILDINGS, INDUSTRIES, CITIES } = L;
const B = [];

// 11: 社会组织 type x 登记级别 cross table, 合计 both ways, 合计 column last & 合计 row first
B.push({ file: '11-社会组织分类型分登记级别统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '社会组织');
  const W = 6;
  sh.title('全省社会组织数量统计（按类型和登记级别）', W);
  sh.line('单位：个', W);
  sh.row(['类型', '省级', '市级', '县级', '合计', '其中：已建党组织']);
  const types = ['社会团体', '民办非企业单位（社会服务机构）', '基金会'];
  const rows = types.map((t, i) => { const a = i === 2 ? R.int(40, 120) : R.int(300, 900), b = i === 2 ? R.int(5, 40) : R.int(800, 3000), c = i === 2 ? 0 : R.int(2000, 9000); return [t, a, b, c, a + b + c, R.int(Math.floor((a + b + c) * 0.1), Math.floor((a + b + c) * 0.3))]; });
  const t = ['总计', ...[1, 2, 3, 4, 5].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(t);
  rows.forEach((x) => sh.row(x.map((v, i) => (i === 3 && v === 0 ? '—' : v))));
  sh.plant(tr + 1, 5, 'total');
  sh.row(['注：基金会无县级登记，以“—”表示。']);
} });

// 12: 行业协会商会脱钩 progress by level, 应脱钩/已脱钩/完成率, plus 党建 columns
B.push({ file: '12-行业协会商会脱钩改革进展.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '脱钩进展');
  const W = 8;
  sh.title('行业协会商会与行政机关脱钩改革进展情况表', W);
  hdr2(sh, ['层级', ['脱钩进展', ['应脱钩数（个）', '已完成脱钩（个）', '完成率（%）']], ['脱钩后党建工作', ['已建党组织（个）', '选派党建指导员（名）', '党组织覆盖率（%）']], '备注']);
  const lv = ['省级', '市级', '县级'];
  const rows = lv.map((n) => { const a = R.int(60, 500); const b = R.int(Math.floor(a * 0.7), a); const o = R.int(Math.floor(b * 0.2), Math.floor(b * 0.6)); return [n, a, b, o, R.int(5, 80)]; });
  const line = (x) => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4], pct(x[3], x[2]), null];
  rows.forEach((x) => sh.row(line(x)));
  const t = ['合计', ...[1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  sh.plant(tr, 3, 'total');
  sh.row(['注：党组织覆盖率以已完成脱钩的协会商会为基数。']);
} });

// 13: two blocks side by side: 规模以上 (left) and 小微 (right) each with own region column
B.push({ file: '13-规上与小微企业党建情况（并列两表）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '并列');
  const W = 11;
  sh.title('规模以上企业与小微企业党建工作情况对照', W);
  sh.row(['表一：规模以上企业', null, null, null, null, null, '表二：小微企业']);
  sh.merge(sh.cursor - 1, 1, sh.cursor - 1, 5); sh.merge(sh.cursor - 1, 7, sh.cursor - 1, 11);
  sh.row(['区县', '企业数', '有党员企业', '已建党组织', '覆盖率（%）', null, '区县', '企业数', '有党员企业', '已建党组织', '覆盖率（%）']);
  const ns = COUNTIES.slice(0, 7);
  const A = ns.map(() => { const e = R.int(20, 120); const w = R.int(Math.floor(e * 0.6), e); const o = R.int(Math.floor(w * 0.5), w); return [e, w, o]; });
  const Bm = ns.map(() => { const e = R.int(200, 2000); const w = R.int(Math.floor(e * 0.1), Math.floor(e * 0.4)); const o = R.int(Math.floor(w * 0.2), w); return [e, w, o]; });
  let first;
  ns.forEach((n, i) => { const rr = sh.row([n, ...A[i], pct(A[i][2], A[i][0]), null, n, ...Bm[i], pct(Bm[i][2], Bm[i][0])]); if (!first) first = rr; });
  const ta = [0, 1, 2].map((k) => sum(A.map((x) => x[k]))), tb = [0, 1, 2].map((k) => sum(Bm.map((x) => x[k])));
  sh.row(['合计', ...ta, pct(ta[2], ta[0]), null, '合计', ...tb, pct(tb[2], tb[0])]);
  sh.plant(first + 2, 10, 'count');
} });

// 14: 个体工商户 党建 by town, with blank (not 0) where not surveyed
B.push({ file: '14-个体工商户党建工作情况.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '个体工商户');
  const W = 8;
  sh.title('个体工商户党建工作情况统计表', W);
  sh.line('截至2025年9月30日　　单位：户、名、个', W);
  sh.row(['乡镇（街道）', '个体工商户数', '有党员的个体工商户', '党员数', '其中：流动党员', '建立党组织数', '纳入党组织管理的户数', '纳入率（%）']);
  const rows = TOWNS.slice(2, 11).map((n) => { const h = R.int(500, 4000); const w = R.int(5, 80); const m = R.int(w, w * 2); const f = R.int(0, Math.floor(m / 3)); const o = R.int(0, 4); const inc = o ? R.int(w, Math.min(h, w * 20)) : 0; return [n, h, w, m, f, o, inc]; });
  let fr;
  rows.forEach((x) => { const rr = sh.row([...x, pct(x[6], x[1])]); if (!fr) fr = rr; });
  const t = ['合计', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row([...t, pct(t[6], t[1])]);
  sh.plant(tr, 4, 'total');
  signoff(sh, W, { unit: '中共沈阳市于洪区委组织部' });
} });

// 15: 新就业群体 (快递员/外卖骑手/网约车司机) rows; 从业人员/党员/流动党员/党组织/爱心驿站; transposed also
B.push({ file: '15-新就业群体党建工作统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '新就业群体');
  const W = 8;
  sh.title('新业态新就业群体党建工作情况统计表', W);
  hdr2(sh, ['群体', '从业人员（人）', ['党员', ['人数', '其中：流动党员', '占从业人员比例（%）']], '建立党组织（个）', '“暖新驿站”（个）', '本年发展党员（名）']);
  const gs = ['快递员', '外卖骑手', '网约车司机', '货车司机', '网络主播'];
  const rows = gs.map((g) => { const p = R.int(2000, 30000); const m = R.int(Math.floor(p * 0.01), Math.floor(p * 0.05)); return [g, p, m, R.int(0, Math.floor(m * 0.4)), R.int(1, 40), R.int(5, 120), R.int(0, 30)]; });
  const t = ['合计', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
  const line = (x) => [x[0], x[1], x[2], x[3], pct(x[2], x[1], 2), x[4], x[5], x[6]];
  rows.forEach((x) => sh.row(line(x)));
  const tr = sh.row(line(t));
  sh.plant(tr - 4, 3, 'count');
  sh.row(['注：比例保留两位小数。货车司机、网络主播为本年新增统计口径。']);
} });

// 16: 年度 targets vs 完成 with 完成率 (indicators rows), counties blocks in columns (3-row header)
B.push({ file: '16-年度两新党建重点任务目标完成情况.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '目标完成');
  const cs = COUNTIES.slice(0, 3);
  const W = 2 + 3 * (cs.length + 1);
  sh.title('2025年度“两新”党建重点任务目标完成情况', W);
  hdr3(sh, ['任务指标', '单位', ['全市', ['年度目标', '完成', '完成率（%）']], ...cs.map((c) => [c, ['年度目标', '完成', '完成率（%）']])]);
  const items = [['新建非公企业党组织', '个'], ['新建社会组织党组织', '个'], ['消除无党员企业', '家'], ['选派党建工作指导员', '名'], ['发展党员', '名'], ['建设党群服务站点', '个']];
  let pr;
  items.forEach(([n, u], i) => {
    const t = cs.map(() => R.int(10, 120)); const d = t.map((x) => R.int(Math.floor(x * 0.6), Math.floor(x * 1.2)));
    const T = sum(t), D = sum(d);
    const rr = sh.row([n, u, T, D, pct(D, T), ...cs.flatMap((c, k) => [t[k], d[k], pct(d[k], t[k])])]);
    if (i === 2) pr = rr;
  });
  sh.plant(pr, 5, 'rate');
  sh.row(['注：完成率＝完成数÷年度目标×100，可超过100%。']);
} });

// 17: 上年 vs 本年 blocks with 增减 and 增长率 and 覆盖率 百分点
B.push({ file: '17-两新组织党建主要指标同比变化.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '同比');
  const W = 7;
  sh.title('全市“两新”组织党建主要指标同比变化情况', W);
  sh.row(['指标', '单位', '2024年', '2025年', '增减', '增长（%）', '备注']);
  const ent0 = R.int(30000, 50000), ent1 = Math.floor(ent0 * (1 + R.int(-30, 80) / 1000));
  const cov0 = R.int(Math.floor(ent0 * 0.3), Math.floor(ent0 * 0.45)), cov1 = Math.floor(cov0 * (1 + R.int(20, 120) / 1000));
  const org0 = R.int(8000, 13000), org1 = org0 + R.int(-200, 900);
  const mem0 = R.int(60000, 120000), mem1 = mem0 + R.int(-1000, 6000);
  const no0 = R.int(9000, 19000), no1 = Math.floor(no0 * 0.7);
  const rows = [['非公企业数', '家', ent0, ent1], ['党组织覆盖企业数', '家', cov0, cov1], ['非公企业党组织数', '个', org0, org1], ['非公企业党员数', '名', mem0, mem1], ['无党员企业数', '家', no0, no1]];
  let pr;
  rows.forEach((x, i) => { const rr = sh.row([x[0], x[1], x[2], x[3], x[3] - x[2], growth(x[3], x[2]), null]); if (i === 3) pr = rr; });
  const c0 = pct(cov0, ent0), c1 = pct(cov1, ent1);
  sh.row(['党组织覆盖率', '%', c0, c1, r(c1 - c0, 1), null, '增减为百分点']);
  const n0 = pct(no0, ent0), n1 = pct(no1, ent1);
  sh.row(['无党员企业占比', '%', n0, n1, r(n1 - n0, 1), null, '增减为百分点']);
  sh.plant(pr, 4, 'count');
  sh.row(['注：“增减”栏，数量指标为本年减上年，比率指标为百分点。']);
} });

// 18: 省 → 市 → 县 with 小计 (multi-level), numbered rows
B.push({ file: '18-全省非公企业党组织覆盖（省市县三级）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '三级汇总');
  const W = 6;
  sh.title('全省非公有制企业党组织覆盖情况（分市县）', W);
  sh.row(['地区', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）']);
  const cities = { 沈阳市: ['铁西区', '和平区', '浑南区'], 大连市: ['西岗区', '中山区', '甘井子区', '金州区'], 营口市: ['站前区', '鲅鱼圈区'] };
  const line = (n, c) => [n, c.ent, c.own, c.jc, c.covered, pct(c.covered, c.ent)];
  const all = {}; const allc = [];
  for (const [c, ks] of Object.entries(cities)) { all[c] = ks.map((k) => [k, coverage(R)]); allc.push(...all[c].map((x) => x[1])); }
  const T = addCov(allc);
  sh.row(line('全省', T));
  let pr;
  for (const [c, ks] of Object.entries(all)) {
    const S = addCov(ks.map((x) => x[1]));
    const rr = sh.row(line(c + '小计', S));
    if (c === '大连市') pr = rr;
    ks.forEach(([k, v]) => sh.row(line('　　' + k, v)));
  }
  sh.plant(pr, 3, 'total');
  sh.row(['注：本表只列三个试点市。']);
} });

// 19: CSV UTF-8 (with BOM) – coverage by county, plain
B.push({ file: '19-社会组织党组织覆盖情况.csv', csv: true, enc: 'bom', build(R) {
  const rows = [['社会组织党组织覆盖情况统计表'], ['单位：个、%'], ['区县', '社会组织数', '已建党组织数', '联合党组织覆盖数', '覆盖数', '覆盖率（%）']];
  const data = COUNTIES.slice(0, 8).map((n) => { const a = R.int(80, 600); const o = R.int(Math.floor(a * 0.1), Math.floor(a * 0.3)); const j = R.int(0, Math.floor(a * 0.3)); return [n, a, o, j]; });
  data.forEach((x) => rows.push([x[0], x[1], x[2], x[3], x[2] + x[3], pct(x[2] + x[3], x[1])]));
  const t = [1, 2, 3].map((k) => sum(data.map((x) => x[k])));
  rows.push(['合计', ...t, t[1] + t[2], pct(t[1] + t[2], t[0])]);
  return { rows, plant: { row: 4 + 2, col: 2, kind: 'count' } };
} });

// 20: CSV GBK – 社会组织 by type and county
B.push({ file: '20-社会组织分类型统计（GBK）.csv', csv: true, enc: 'gbk', build(R) {
  const rows = [['县区', '社会组织合计', '社会团体', '民办非企业单位', '基金会', '有党员的社会组织', '无党员的社会组织']];
  const data = COUNTIES.slice(4, 12).map((n) => { const a = R.int(40, 300), b = R.int(60, 500), c = R.int(0, 6); const t = a + b + c; const w = R.int(Math.floor(t * 0.2), Math.floor(t * 0.5)); return [n, t, a, b, c, w, t - w]; });
  const T = ['总计', ...[1, 2, 3, 4, 5, 6].map((k) => sum(data.map((x) => x[k])))];
  rows.push(T); data.forEach((x) => rows.push(x));
  return { rows, plant: { row: 2, col: 2, kind: 'total' } };
} });

module.exports = B;
