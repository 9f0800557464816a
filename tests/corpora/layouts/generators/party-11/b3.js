// More layouts
const L = require('./lib');
const { rng, r, pct, growth, sum, Sheet, hdr2, hdr3, header, signoff, split, coverage, addCov, COUNTIES, TOWNS, PARKS, BUILDINGS, INDUSTRIES, CITIES } = L;
const B = [];
const fmtNum = (n) => n.toLocaleString('en-US');

// 21: 党建工作指导员 by county, 其中 columns, 人均联系企业数 (average, non-additive)
B.push({ file: '21-党建工作指导员选派情况.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '指导员');
  const W = 8;
  sh.title('党建工作指导员选派及联系企业情况', W);
  hdr2(sh, ['区县', '指导员人数（名）', ['其中', ['机关干部', '退休干部', '专职指导员']], '联系企业数（家）', '人均联系企业数（家）', '联系点（个）']);
  const rows = COUNTIES.slice(0, 9).map((n) => { const t = R.int(20, 150); const [a, b, c] = split(t, 3, R); return [n, t, a, b, c, R.int(t * 2, t * 8), R.int(1, 12)]; });
  const line = (x) => [x[0], x[1], x[2], x[3], x[4], x[5], r(x[5] / x[1], 1), x[6]];
  rows.forEach((x) => sh.row(line(x)));
  const t = ['全市', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  sh.plant(tr, 6, 'total');
} });

// 22: multi-sheet: 汇总 + one sheet per county (towns) – county row = sum of its sheet
B.push({ file: '22-分区县汇总及街道明细（多表）.xlsx', build(wb, R) {
  const cs = COUNTIES.slice(0, 3);
  const sum0 = new Sheet(wb, '汇总');
  sum0.title('非公企业党组织覆盖情况汇总表', 6);
  sum0.row(['区县', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）']);
  const det = cs.map((c, k) => TOWNS.slice(k * 3, k * 3 + 4).map((t) => [t, coverage(R)]));
  const tots = det.map((d) => addCov(d.map((x) => x[1])));
  const line = (n, c) => [n, c.ent, c.own, c.jc, c.covered, pct(c.covered, c.ent)];
  cs.forEach((c, k) => sum0.row(line(c, tots[k])));
  const G = addCov(tots);
  const tr = sum0.row(line('合计', G));
  cs.forEach((c, k) => {
    const s = new Sheet(wb, c);
    s.title(`${c}各街道非公企业党组织覆盖情况`, 6);
    s.row(['街道', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）']);
    det[k].forEach(([n, v]) => s.row(line(n, v)));
    s.row(line('小计', tots[k]));
  });
  sum0.plant(tr - 2, 2, 'count');
} });

// 23: coverage rate as fraction with percent number format, total at bottom, 序号 column
B.push({ file: '23-社会组织党组织覆盖（百分比格式）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '覆盖率');
  const W = 7;
  sh.title('社会组织党的组织覆盖情况', W);
  sh.row(['序号', '县（市、区）', '社会组织数', '单独建立党组织', '联合党组织覆盖', '覆盖数', '覆盖率']);
  const rows = COUNTIES.slice(2, 12).map((n) => { const a = R.int(50, 500); const o = R.int(Math.floor(a * 0.08), Math.floor(a * 0.25)); const j = R.int(0, Math.floor(a * 0.4)); return [n, a, o, j]; });
  const F = [null, null, null, null, null, null, '0.0%'];
  let fr;
  rows.forEach((x, i) => { const rr = sh.row([i + 1, x[0], x[1], x[2], x[3], x[2] + x[3], r((x[2] + x[3]) / x[1], 3)], { fmt: F }); if (!fr) fr = rr; });
  const t = [1, 2, 3].map((k) => sum(rows.map((x) => x[k])));
  const tr = sh.row([null, '合计', ...t, t[1] + t[2], r((t[1] + t[2]) / t[0], 3)], { fmt: F });
  sh.plant(fr + 4, 7, 'rate');
} });

// 24: numbers typed as text with thousands separators and rates as "87.1%" text (typical WPS paste)
B.push({ file: '24-非公企业党建统计（文本数字）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '统计表');
  const W = 6;
  sh.title('各市非公有制企业党组织覆盖情况', W);
  sh.row(['市', '非公企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖企业数', '党组织覆盖率']);
  const rows = CITIES.slice(0, 10).map((n) => { const c = coverage(R, 10); return [n, c]; });
  const T = addCov(rows.map((x) => x[1]));
  const line = (n, c) => [n, fmtNum(c.ent), fmtNum(c.own), fmtNum(c.jc), fmtNum(c.covered), pct(c.covered, c.ent).toFixed(1) + '%'];
  rows.forEach(([n, c]) => sh.row(line(n, c)));
  const tr = sh.row(line('全省', T));
  // plant: numeric cell needed -> store the total enterprises as number in planted copy; keep as number here too
  sh.ws.getCell(tr, 2).value = T.ent;
  sh.plant(tr, 2, 'total');
} });

// 25: social organisations 3-row header: 类型 > 登记级别 > 数量/已建党组织, 合计 block first
B.push({ file: '25-社会组织党建按登记级别（三层表头）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '按级别');
  const lv = ['省级', '市级', '县级'];
  sh.title('社会组织党组织建设情况（按登记管理机关级别）', 9);
  hdr3(sh, ['社会组织类型', ['登记管理机关级别', [['合计', ['组织数', '已建党组织']], ...lv.map((l) => [l, ['组织数', '已建党组织']])]]]);
  const types = ['社会团体', '社会服务机构', '基金会'];
  const data = types.map((t) => lv.map(() => { const a = R.int(20, 800); return [a, R.int(Math.floor(a * 0.05), Math.floor(a * 0.3))]; }));
  const line = (n, d) => [n, sum(d.map((x) => x[0])), sum(d.map((x) => x[1])), ...d.flat()];
  const tot = lv.map((_, k) => [sum(data.map((d) => d[k][0])), sum(data.map((d) => d[k][1]))]);
  const tr = sh.row(line('总计', tot));
  types.forEach((t, i) => sh.row(line(t, data[i])));
  sh.plant(tr + 2, 6, 'count');
  sh.row(['注：社会服务机构即原民办非企业单位。']);
} });

// 26: 联系点 by level: 省级+市级+县级 = 合计, per city, transposed-ish with 合计 column leftmost
B.push({ file: '26-党建工作联系点分级统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '联系点');
  sh.title('新兴领域党建工作联系点建设情况', 6);
  sh.line('单位：个', 6);
  sh.row(['市', '联系点合计', '省级', '市级', '县级', '覆盖“两新”组织数']);
  const rows = CITIES.map((c) => { const a = R.int(0, 4), b = R.int(3, 15), d = R.int(10, 60); return [c, a + b + d, a, b, d, R.int((a + b + d) * 3, (a + b + d) * 10)]; });
  const t = ['全省', ...[1, 2, 3, 4, 5].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(t);
  rows.forEach((x) => sh.row(x));
  sh.plant(tr + 5, 2, 'total');
} });

// 27: 发展党员 shares: 发展数 占年初党员 and 占全市新发展党员比例
B.push({ file: '27-两新组织发展党员占比分析.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '占比');
  sh.title('“两新”组织发展党员情况分析表', 7);
  sh.row(['区县', '年初党员数', '本年发展党员', '占年初党员比例（%）', '全区县新发展党员', '两新组织占比（%）', '其中：35岁以下']);
  const rows = COUNTIES.slice(0, 8).map((n) => { const m = R.int(800, 5000); const d = R.int(Math.floor(m * 0.02), Math.floor(m * 0.12)); const all = R.int(d * 2, d * 4); return [n, m, d, all, R.int(Math.floor(d * 0.4), d)]; });
  const line = (x) => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], pct(x[2], x[3]), x[4]];
  rows.forEach((x) => sh.row(line(x)));
  const t = ['合计', ...[1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  sh.plant(tr - 3, 4, 'rate');
} });

// 28: 书记情况 transposed: items as rows, towns as columns, 合计 last column, with 一肩挑 and share rows
B.push({ file: '28-党组织书记情况（指标为行）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '书记');
  const ts = TOWNS.slice(0, 6);
  sh.title('非公企业党组织书记基本情况', ts.length + 3);
  sh.row(['项目', '单位', ...ts, '合计']);
  const tot = ts.map(() => R.int(10, 60));
  const inv = tot.map((t) => R.int(Math.floor(t * 0.2), Math.floor(t * 0.5)));
  const exe = tot.map((t, i) => R.int(0, t - inv[i]));
  const one = inv.map((x) => R.int(0, x));
  const R1 = sh.row(['书记人数', '名', ...tot, sum(tot)]);
  sh.row(['其中：出资人兼任', '名', ...inv, sum(inv)]);
  sh.row(['高管兼任', '名', ...exe, sum(exe)]);
  sh.row(['董事长与书记“一肩挑”', '名', ...one, sum(one)]);
  sh.row(['出资人兼任比例', '%', ...tot.map((t, i) => pct(inv[i], t)), pct(sum(inv), sum(tot))]);
  sh.plant(R1, ts.length + 3, 'total');
} });

// 29: targets with '/' where no target; 完成率 only where target exists
B.push({ file: '29-专项行动任务完成情况（含无目标项）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '任务');
  sh.title('“党建引领 助企纾困”专项行动任务完成情况', 6);
  sh.row(['序号', '任务', '计量单位', '目标数', '完成数', '完成率（%）']);
  const items = [['包保重点企业', '户'], ['走访企业', '次'], ['收集企业诉求', '件'], ['帮助解决问题', '件'], ['新建党组织', '个'], ['选派指导员', '名'], ['组织政策宣讲', '场']];
  let pr;
  items.forEach(([n, u], i) => { const tgt = i === 2 || i === 3 ? null : R.int(30, 400); const done = tgt ? R.int(Math.floor(tgt * 0.7), Math.floor(tgt * 1.3)) : R.int(50, 900); const rr = sh.row(['一二三四五六七'[i] ? `${i + 1}` : i + 1, n, u, tgt === null ? '/' : tgt, done, tgt === null ? '/' : pct(done, tgt)]); if (i === 4) pr = rr; });
  sh.plant(pr, 6, 'rate');
  sh.row(['注：“/”表示该项未下达目标。']);
  signoff(sh, 6, { unit: '中共营口市委组织部' });
} });

// 30: 2024 vs 2025 blocks side by side per county with 增减（百分点）, 企业数增长（%）
B.push({ file: '30-分区县覆盖率两年对比.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '对比');
  const W = 9;
  sh.title('各区县非公企业党组织覆盖率对比', W);
  hdr2(sh, ['区县', ['2024年', ['企业数', '覆盖企业数', '覆盖率（%）']], ['2025年', ['企业数', '覆盖企业数', '覆盖率（%）']], '覆盖率增减（百分点）', '企业数增长（%）']);
  const rows = COUNTIES.slice(0, 10).map((n) => { const e0 = R.int(200, 2000), c0 = R.int(Math.floor(e0 * 0.3), Math.floor(e0 * 0.6)); const e1 = Math.floor(e0 * (1 + R.int(-50, 150) / 1000)), c1 = Math.min(e1, Math.floor(c0 * (1 + R.int(0, 150) / 1000))); return [n, e0, c0, e1, c1]; });
  const line = (x) => { const a = pct(x[2], x[1]), b = pct(x[4], x[3]); return [x[0], x[1], x[2], a, x[3], x[4], b, r(b - a, 1), growth(x[3], x[1])]; };
  const t = ['全市', ...[1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  rows.forEach((x) => sh.row(line(x)));
  sh.plant(tr + 6, 6, 'count');
  sh.row(['注：增减（百分点）＝2025年覆盖率－2024年覆盖率（均为保留一位小数后的数值）。']);
} });

// 31: 新就业群体 by county, group blocks (快递员/外卖骑手/网约车司机) each 从业人员/党员, 合计 block first
B.push({ file: '31-新就业群体分区县统计（群体分块）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '新就业群体');
  const gs = ['快递员', '外卖骑手', '网约车司机'];
  const W = 1 + 2 * 4;
  sh.title('新就业群体从业人员和党员情况（分区县）', W);
  hdr2(sh, ['区县', ['合计', ['从业人员', '党员']], ...gs.map((g) => [g, ['从业人员', '党员']])]);
  const rows = COUNTIES.slice(0, 8).map((n) => [n, ...gs.map(() => { const p = R.int(300, 6000); return [p, R.int(Math.floor(p * 0.01), Math.floor(p * 0.04))]; })]);
  const line = (n, d) => [n, sum(d.map((x) => x[0])), sum(d.map((x) => x[1])), ...d.flat()];
  let fr;
  rows.forEach((x) => { const rr = sh.row(line(x[0], x.slice(1))); if (!fr) fr = rr; });
  const tot = gs.map((_, k) => [sum(rows.map((x) => x[k + 1][0])), sum(rows.map((x) => x[k + 1][1]))]);
  const tr = sh.row(line('合计', tot));
  sh.plant(fr + 1, 2, 'total');
  sh.row(['单位：人']);
} });

// 32: two tables stacked vertically on one sheet, each with own title and 小计/合计
B.push({ file: '32-规上企业与社会组织上下两表.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '两表');
  sh.title('表1  规模以上非公企业党组织情况', 5);
  sh.row(['园区', '规上企业数', '已建党组织企业', '有党员未建组织', '无党员企业']);
  const a = PARKS.slice(0, 5).map((p) => { const e = R.int(20, 120); const [x, y, z] = split(e, 3, R); return [p, e, x, y, z]; });
  a.forEach((x) => sh.row(x));
  const ta = sh.row(['合计', ...[1, 2, 3, 4].map((k) => sum(a.map((x) => x[k])))]);
  sh.cursor += 2;
  sh.title('表2  园区内社会组织党组织情况', 5);
  sh.row(['园区', '社会组织数', '已建党组织', '联合党组织覆盖', '未覆盖']);
  const b = PARKS.slice(0, 5).map((p) => { const e = R.int(5, 40); const [x, y, z] = split(e, 3, R); return [p, e, x, y, z]; });
  b.forEach((x) => sh.row(x));
  sh.row(['合计', ...[1, 2, 3, 4].map((k) => sum(b.map((x) => x[k])))]);
  sh.plant(ta, 3, 'total');
} });

// 33: 经费 by quarter with 合计 column, 季度 columns, 单位 in header, 人均 row at bottom (non-additive)
B.push({ file: '33-党建经费分季度拨付情况.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '经费拨付');
  sh.title('2025年“两新”党建工作经费分季度拨付情况（万元）', 7);
  sh.row(['区县', '全年合计', '一季度', '二季度', '三季度', '四季度', '党员数（名）']);
  const rows = COUNTIES.slice(0, 7).map((n) => { const q = [0, 1, 2, 3].map(() => r(R.int(10, 400) / 10, 1)); return [n, r(sum(q), 1), ...q, R.int(500, 3000)]; });
  const F = [null, '0.0', '0.0', '0.0', '0.0', '0.0', null];
  rows.forEach((x) => sh.row(x, { fmt: F }));
  const t = ['合计', r(sum(rows.map((x) => x[1])), 1), ...[2, 3, 4, 5].map((k) => r(sum(rows.map((x) => x[k])), 1)), sum(rows.map((x) => x[6]))];
  const tr = sh.row(t, { fmt: F });
  sh.row(['党员人均（元）', r((t[1] * 10000) / t[6], 0), r((t[2] * 10000) / t[6], 0), r((t[3] * 10000) / t[6], 0), r((t[4] * 10000) / t[6], 0), r((t[5] * 10000) / t[6], 0), null]);
  sh.plant(tr - 2, 2, 'total');
} });

// 34: 脱钩 by city with 应脱钩/已脱钩/未脱钩, blank for cities not in pilot, 0 where none
B.push({ file: '34-行业协会商会脱钩分市进展.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '分市');
  sh.title('行业协会商会脱钩改革分市进展', 6);
  sh.row(['市', '应脱钩', '已脱钩', '未脱钩', '完成率（%）', '脱钩后已建党组织']);
  const rows = CITIES.slice(0, 12).map((c, i) => { const a = R.int(30, 200); const b = i % 4 === 3 ? a : R.int(Math.floor(a * 0.7), a); return [c, a, b, a - b, pct(b, a), R.int(0, Math.floor(b * 0.4))]; });
  rows.forEach((x) => sh.row(x));
  const t = [1, 2, 3, 5].map((k) => sum(rows.map((x) => x[k])));
  const tr = sh.row(['全省', t[0], t[1], t[2], pct(t[1], t[0]), t[3]]);
  sh.plant(tr, 2, 'total');
  sh.row(['注：未脱钩为0的市已全面完成。']);
} });

// 35: CSV UTF-8 no BOM: 党员 by 行业 with 其中
B.push({ file: '35-非公企业党员分行业分布.csv', csv: true, enc: 'utf8', build(R) {
  const rows = [['非公企业党员分行业分布情况'], ['行业', '党员数', '其中：女', '其中：35岁以下', '占全部党员比例（%）']];
  const data = INDUSTRIES.map((n) => { const m = R.int(100, 3000); return [n, m, R.int(Math.floor(m * 0.2), Math.floor(m * 0.5)), R.int(Math.floor(m * 0.2), Math.floor(m * 0.5))]; });
  const T = sum(data.map((x) => x[1]));
  rows.push(['合计', T, sum(data.map((x) => x[2])), sum(data.map((x) => x[3])), 100.0]);
  data.forEach((x) => rows.push([...x, pct(x[1], T)]));
  return { rows, plant: { row: 5, col: 2, kind: 'count' } };
} });

module.exports = B;
