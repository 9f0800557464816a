// Round 60A of issue 9, by an outside helper: writes clean and planted books to /tmp/round60a; the corpus keeps the
// clean ones (tests/corpora/layouts/transport-60, copied from its cases folder).
// Generates transport / postal / tourism statistics workbooks (clean + one planted error each).
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');

const OUT = process.env.OUTDIR || path.join(__dirname, 'cases');
const STRESS = +(process.env.STRESS || 0);
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rng = mulberry32(+(process.env.SEED || 60));
const U = (a, b) => a + (b - a) * rng();
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
const gr = (a, b) => (b / a - 1) * 100;
const col = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1);
const pick = (a) => a[Math.floor(rng() * a.length)];
const DISTRICTS = ['城关区', '东城区', '西湖区', '南山区', '北湖区', '经开区', '高新区', '临江县', '青山县', '白水县', '安平县', '河口镇'];

// A table: grid rows (arrays), dec[r][c] decimals, merges, targets {kind: [{r,c,whole?:[r,c]}]}
function Table(sheetName) {
  return { sheetName, grid: [], dec: {}, merges: [], targets: {}, indent: {} };
}
function put(t, r, c, v, d) { while (t.grid.length <= r) t.grid.push([]); t.grid[r][c] = v; if (d !== undefined) t.dec[r + ',' + c] = d; }
function tgt(t, kind, r, c, extra) { (t.targets[kind] = t.targets[kind] || []).push(Object.assign({ r, c }, extra || {})); }
function label(t, r, text, indentMode) {
  // indentMode: 'space' -> leading full-width spaces, 'align' -> Excel indent, null -> as is
  if (indentMode === 'space') put(t, r, 0, '　　' + text);
  else { put(t, r, 0, text); if (indentMode === 'align') t.indent[r] = 1; }
}

// ---------- 1. 客运量 / 旅客周转量 by mode, two-year + growth, two-level header ----------
function tPassenger(v) {
  const t = Table('客运');
  const modes = v.withAir ? ['公路', '铁路', '水运', '民航'] : ['公路', '铁路', '水运'];
  const base = { 公路: [U(1500, 4000), U(60000, 150000)], 铁路: [U(500, 1500), U(80000, 300000)], 水运: [U(20, 120), U(500, 3000)], 民航: [U(80, 400), U(100000, 500000)] };
  const data = modes.map((m) => { const b = base[m]; const g1 = U(-0.15, 0.3), g2 = U(-0.15, 0.3); return { m, q0: b[0], q1: b[0] * (1 + g1), p0: b[1], p1: b[1] * (1 + g2) }; });
  const tot = { q0: 0, q1: 0, p0: 0, p1: 0 }; data.forEach((d) => { for (const k in tot) tot[k] += d[k]; });
  put(t, 0, 0, `${v.year}年${v.city}旅客运输量`); t.merges.push('A1:G1');
  put(t, 1, 0, '单位：万人、万人公里'); t.merges.push('A2:G2');
  put(t, 2, 0, '运输方式'); put(t, 2, 1, '客运量（万人）'); put(t, 2, 4, '旅客周转量（万人公里）');
  t.merges.push('A3:A4', 'B3:D3', 'E3:G3');
  put(t, 3, 1, `${v.year - 1}年`); put(t, 3, 2, `${v.year}年`); put(t, 3, 3, '增长（%）'); put(t, 3, 4, `${v.year - 1}年`); put(t, 3, 5, `${v.year}年`); put(t, 3, 6, '增长（%）');
  const rows = v.totalTop ? [{ m: v.totalLabel, ...tot, total: true }, ...data] : [...data, { m: v.totalLabel, ...tot, total: true }];
  let r = 4; const rowOf = {};
  for (const d of rows) {
    label(t, r, d.m, d.total ? null : v.indent);
    put(t, r, 1, R(d.q0, 1), 1); put(t, r, 2, R(d.q1, 1), 1); put(t, r, 3, R(gr(d.q0, d.q1), 1), 1);
    put(t, r, 4, R(d.p0, 0), 0); put(t, r, 5, R(d.p1, 0), 0); put(t, r, 6, R(gr(d.p0, d.p1), 1), 1);
    rowOf[d.m] = r; r++;
  }
  put(t, r + 0, 0, '注：民航数据为本地机场旅客吞吐量口径以外的始发旅客量。');
  const tr = rowOf[v.totalLabel];
  tgt(t, 'wrong_total', tr, 2); tgt(t, 'wrong_total', tr, 5);
  tgt(t, 'part_changed', rowOf['公路'], 2); tgt(t, 'part_changed', rowOf['铁路'], 5);
  tgt(t, 'growth_mismatch', rowOf['铁路'], 3); tgt(t, 'growth_mismatch', rowOf['公路'], 6); tgt(t, 'growth_mismatch', tr, 3);
  tgt(t, 'digit_swap', rowOf['公路'], 1); tgt(t, 'digit_swap', rowOf['铁路'], 4);
  tgt(t, 'decimal_shift', rowOf['水运'], 2);
  return t;
}

// ---------- 2. 货运量 / 货物周转量 with 其中 row ----------
function tFreight(v) {
  const t = Table('货运');
  const road = [U(3000, 9000)], rail = [U(500, 3000)], water = [U(800, 3000)];
  const mk = (b, g) => [b, b * (1 + g)];
  const d = {
    铁路: { q: mk(U(500, 3000), U(-0.1, 0.15)), p: mk(U(20, 120), U(-0.1, 0.2)) },
    公路: { q: mk(U(3000, 9000), U(-0.1, 0.15)), p: mk(U(40, 200), U(-0.1, 0.2)) },
    水运: { q: mk(U(800, 3000), U(-0.1, 0.15)), p: mk(U(30, 300), U(-0.1, 0.2)) },
  };
  const inner = { q: [d['水运'].q[0] * U(0.5, 0.8), d['水运'].q[1] * U(0.5, 0.8)], p: [d['水运'].p[0] * U(0.3, 0.7), d['水运'].p[1] * U(0.3, 0.7)] };
  const tot = { q: [0, 0], p: [0, 0] };
  for (const k in d) for (const x of ['q', 'p']) for (const i of [0, 1]) tot[x][i] += d[k][x][i];
  put(t, 0, 0, `${v.city}货物运输量及周转量（${v.year}年）`); t.merges.push('A1:G1');
  put(t, 1, 6, '单位：万吨、亿吨公里');
  put(t, 2, 0, '项目'); put(t, 2, 1, '货运量（万吨）'); put(t, 2, 4, '货物周转量（亿吨公里）'); t.merges.push('A3:A4', 'B3:D3', 'E3:G3');
  put(t, 3, 1, `${v.year}年`); put(t, 3, 2, `${v.year - 1}年`); put(t, 3, 3, '比上年增长（%）'); put(t, 3, 4, `${v.year}年`); put(t, 3, 5, `${v.year - 1}年`); put(t, 3, 6, '比上年增长（%）');
  // note: current year first, then prior year
  const rowsDef = [[v.totalLabel, tot, null], ['铁路', d['铁路'], v.indent], ['公路', d['公路'], v.indent], ['水运', d['水运'], v.indent], ['其中：内河', inner, 'space']];
  let r = 4; const rowOf = {};
  for (const [lab, x, ind] of rowsDef) {
    label(t, r, lab, ind === 'space' && lab.startsWith('其中') ? (v.indent === 'space' ? 'space2' : 'space') : ind);
    if (lab.startsWith('其中') && v.indent === 'space') put(t, r, 0, '　　　　' + lab);
    put(t, r, 1, R(x.q[1], 1), 1); put(t, r, 2, R(x.q[0], 1), 1); put(t, r, 3, R(gr(x.q[0], x.q[1]), 1), 1);
    put(t, r, 4, R(x.p[1], 2), 2); put(t, r, 5, R(x.p[0], 2), 2); put(t, r, 6, R(gr(x.p[0], x.p[1]), 1), 1);
    rowOf[lab] = r; r++;
  }
  put(t, r + 1, 0, '注：1.公路运输量按新口径统计；2.增长速度按本表所列数据计算。');
  const tr = rowOf[v.totalLabel];
  tgt(t, 'wrong_total', tr, 1); tgt(t, 'wrong_total', tr, 4);
  tgt(t, 'part_changed', rowOf['铁路'], 1);
  tgt(t, 'growth_mismatch', rowOf['公路'], 3); tgt(t, 'growth_mismatch', rowOf['水运'], 6);
  tgt(t, 'subpart_exceeds', rowOf['其中：内河'], 1, { whole: [rowOf['水运'], 1] });
  tgt(t, 'subpart_exceeds', rowOf['其中：内河'], 4, { whole: [rowOf['水运'], 4] });
  tgt(t, 'decimal_shift', rowOf['公路'], 4);
  tgt(t, 'digit_swap', rowOf['水运'], 2);
  return t;
}

// ---------- 3. 快递业务量 / 邮政业务总量 by district ----------
function tExpress(v) {
  const t = Table('邮政快递');
  const ds = DISTRICTS.slice(0, v.n);
  const data = ds.map((n) => { const e0 = U(200, 6000); const m0 = U(0.3, 8); return { n, e0, e1: e0 * (1 + U(-0.05, 0.4)), m0, m1: m0 * (1 + U(-0.05, 0.3)) }; });
  const tot = { e0: 0, e1: 0, m0: 0, m1: 0 }; data.forEach((d) => { for (const k in tot) tot[k] += d[k]; });
  put(t, 0, 0, `各区县邮政业务情况（${v.year}年）`); t.merges.push('A1:G1');
  put(t, 1, 0, '单位：万件、亿元'); 
  put(t, 2, 0, '地  区'); put(t, 2, 1, '快递业务量'); put(t, 2, 4, '邮政业务总量'); t.merges.push('A3:A4', 'B3:D3', 'E3:G3');
  put(t, 3, 1, `${v.year - 1}年`); put(t, 3, 2, `${v.year}年`); put(t, 3, 3, '同比增长(%)'); put(t, 3, 4, `${v.year - 1}年`); put(t, 3, 5, `${v.year}年`); put(t, 3, 6, '同比增长(%)');
  const rows = v.totalTop ? [{ n: v.totalLabel, ...tot, total: true }, ...data] : [...data, { n: v.totalLabel, ...tot, total: true }];
  let r = 4; const rowOf = {};
  for (const d of rows) {
    label(t, r, d.n, d.total ? null : v.indent);
    put(t, r, 1, R(d.e0, v.ed), v.ed); put(t, r, 2, R(d.e1, v.ed), v.ed); put(t, r, 3, R(gr(d.e0, d.e1), 1), 1);
    put(t, r, 4, R(d.m0, 2), 2); put(t, r, 5, R(d.m1, 2), 2); put(t, r, 6, R(gr(d.m0, d.m1), 1), 1);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：邮政业务总量按2020年不变价格计算。');
  const tr = rowOf[v.totalLabel];
  tgt(t, 'wrong_total', tr, 2); tgt(t, 'wrong_total', tr, 5);
  tgt(t, 'part_changed', rowOf[ds[1]], 2); tgt(t, 'part_changed', rowOf[ds[2]], 5);
  tgt(t, 'growth_mismatch', rowOf[ds[0]], 3); tgt(t, 'growth_mismatch', rowOf[ds[3]], 6);
  tgt(t, 'digit_swap', rowOf[ds[2]], 1); tgt(t, 'decimal_shift', rowOf[ds[1]], 5);
  return t;
}

// ---------- 4. 旅游主要指标 vertical (indicator | unit | y0 | y1 | growth) ----------
function tTourismMain(v) {
  const t = Table('旅游');
  const dom0 = U(800, 5000), inb0 = U(3, 40), for0frac = U(0.3, 0.7);
  const dom1 = dom0 * (1 + U(0.05, 0.6)), inb1 = inb0 * (1 + U(0.1, 1.5));
  const for0 = inb0 * for0frac, for1 = inb1 * U(0.3, 0.7);
  const rd0 = U(80, 600), rd1 = rd0 * (1 + U(0.05, 0.6)), rf0 = U(0.5, 8), rf1 = rf0 * (1 + U(0.1, 1.5));
  put(t, 0, 0, `${v.city}旅游业主要指标`); t.merges.push('A1:E1');
  put(t, 1, 0, '指  标'); put(t, 1, 1, '单位'); put(t, 1, 2, `${v.year - 1}年`); put(t, 1, 3, `${v.year}年`); put(t, 1, 4, `${v.year}年比上年增长（%）`);
  const rows = [
    ['接待游客总人次', '万人次', dom0 + inb0, dom1 + inb1, 1, null],
    ['国内游客', '万人次', dom0, dom1, 1, v.indent],
    ['入境游客', '万人次', inb0, inb1, 2, v.indent],
    ['其中：外国人', '万人次', for0, for1, 2, 'deep'],
    ['旅游总收入', '亿元', rd0 + rf0, rd1 + rf1, 2, null],
    ['国内旅游收入', '亿元', rd0, rd1, 2, v.indent],
    ['旅游外汇收入（折人民币）', '亿元', rf0, rf1, 2, v.indent],
  ];
  let r = 2; const rowOf = {};
  for (const [lab, u, a, b, d, ind] of rows) {
    if (ind === 'deep') put(t, r, 0, (v.indent === 'space' ? '　　　　' : '　　') + lab); else label(t, r, lab, ind);
    put(t, r, 1, u); put(t, r, 2, R(a, d), d); put(t, r, 3, R(b, d), d); put(t, r, 4, R(gr(a, b), 1), 1);
    rowOf[lab] = r; r++;
  }
  put(t, r + 1, 0, '注：入境游客含外国人、港澳台同胞。');
  tgt(t, 'wrong_total', rowOf['接待游客总人次'], 3); tgt(t, 'wrong_total', rowOf['旅游总收入'], 2);
  tgt(t, 'part_changed', rowOf['国内游客'], 3);
  tgt(t, 'growth_mismatch', rowOf['国内旅游收入'], 4); tgt(t, 'growth_mismatch', rowOf['接待游客总人次'], 4);
  tgt(t, 'subpart_exceeds', rowOf['其中：外国人'], 3, { whole: [rowOf['入境游客'], 3] });
  tgt(t, 'digit_swap', rowOf['国内游客'], 2); tgt(t, 'decimal_shift', rowOf['旅游总收入'], 3);
  return t;
}

// ---------- 5. 旅游收入 by district with 占比 ----------
function tTourShare(v) {
  const t = Table('分区旅游');
  const ds = DISTRICTS.slice(2, 2 + v.n);
  const data = ds.map((n) => ({ n, p: U(50, 1500), m: U(3, 120) }));
  const tot = { p: 0, m: 0 }; data.forEach((d) => { tot.p += d.p; tot.m += d.m; });
  put(t, 0, 0, `${v.year}年各县区旅游接待情况`); t.merges.push('A1:E1');
  put(t, 1, 0, '地区'); put(t, 1, 1, '接待游客'); put(t, 1, 3, '旅游总收入'); t.merges.push('A2:A3', 'B2:C2', 'D2:E2');
  put(t, 2, 1, '人次（万人次）'); put(t, 2, 2, '占全市比重（%）'); put(t, 2, 3, '收入（亿元）'); put(t, 2, 4, '占全市比重（%）');
  const rows = v.totalTop ? [{ n: v.totalLabel, ...tot, total: true }, ...data] : [...data, { n: v.totalLabel, ...tot, total: true }];
  let r = 3; const rowOf = {};
  for (const d of rows) {
    label(t, r, d.n, d.total ? null : v.indent);
    put(t, r, 1, R(d.p, 1), 1); put(t, r, 2, R(d.p / tot.p * 100, v.sd), v.sd); put(t, r, 3, R(d.m, 2), 2); put(t, r, 4, R(d.m / tot.m * 100, v.sd), v.sd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '资料来源：市文化和旅游局。');
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 1);
  tgt(t, 'part_changed', rowOf[ds[0]], 3);
  tgt(t, 'rate_mismatch', rowOf[ds[1]], 2); tgt(t, 'rate_mismatch', rowOf[ds[2]], 4);
  tgt(t, 'digit_swap', rowOf[ds[3]], 1); tgt(t, 'decimal_shift', rowOf[ds[0]], 1);
  return t;
}

// ---------- 6. A级景区 by district ----------
function tScenic(v) {
  const t = Table('A级景区');
  const ds = DISTRICTS.slice(0, v.n);
  const lv = v.with2A ? ['5A', '4A', '3A', '2A'] : ['5A', '4A', '3A'];
  const data = ds.map((n) => { const o = { n }; lv.forEach((l, i) => { o[l] = Math.floor(U(0, [1.6, 5, 9, 7][i])); }); o.all = lv.reduce((s, l) => s + o[l], 0); return o; });
  const tot = { all: 0 }; lv.forEach((l) => tot[l] = 0); data.forEach((d) => { tot.all += d.all; lv.forEach((l) => tot[l] += d[l]); });
  const nc = 2 + lv.length;
  put(t, 0, 0, `${v.city}A级旅游景区数量（截至${v.year}年底）`); t.merges.push(`A1:${col(nc - 1)}1`);
  put(t, 1, nc - 1, '单位：个');
  put(t, 2, 0, '县（市、区）'); put(t, 2, 1, 'A级景区'); t.merges.push('A3:A4', `B3:${col(nc - 1)}3`);
  put(t, 3, 1, '合计'); lv.forEach((l, i) => put(t, 3, 2 + i, l + '级'));
  const rows = v.totalTop ? [{ n: v.totalLabel, ...tot, total: true }, ...data] : [...data, { n: v.totalLabel, ...tot, total: true }];
  let r = 4; const rowOf = {};
  for (const d of rows) {
    label(t, r, d.n, d.total ? null : v.indent);
    put(t, r, 1, d.all, 0); lv.forEach((l, i) => put(t, r, 2 + i, d[l], 0));
    rowOf[d.n] = r; r++;
  }
  const tr = rowOf[v.totalLabel];
  tgt(t, 'wrong_total', tr, 1); tgt(t, 'wrong_total', tr, 3);
  tgt(t, 'part_changed', rowOf[ds[2]], 4);
  tgt(t, 'wrong_total', rowOf[ds[1]], 1);
  return t;
}

// ---------- 7. 星级饭店 (weighted occupancy in total row) ----------
function tHotel(v) {
  const t = Table('星级饭店');
  const lv = ['五星级', '四星级', '三星级', '二星级'];
  const data = lv.map((l, i) => { const n = Math.max(1, Math.floor(U([1, 4, 10, 3][i], [4, 15, 30, 12][i]))); const rooms = Math.round(n * U([250, 160, 90, 50][i], [400, 250, 140, 70][i])); const beds = Math.round(rooms * U(1.5, 1.9)); const occ = U(40, 75); const rev = rooms * U(3, 12); return { l, n, rooms, beds, occ, rev }; });
  const tot = { n: 0, rooms: 0, beds: 0, rev: 0 }; data.forEach((d) => { tot.n += d.n; tot.rooms += d.rooms; tot.beds += d.beds; tot.rev += d.rev; });
  tot.occ = data.reduce((s, d) => s + d.occ * d.rooms, 0) / tot.rooms;
  put(t, 0, 0, `${v.year}年${v.city}星级饭店基本情况`); t.merges.push('A1:F1');
  put(t, 1, 0, '项目'); put(t, 1, 1, '饭店数（个）'); put(t, 1, 2, '客房数（间）'); put(t, 1, 3, '床位数（张）'); put(t, 1, 4, '平均客房出租率（%）'); put(t, 1, 5, '营业收入（万元）');
  const rows = v.totalTop ? [{ l: v.totalLabel, ...tot, total: true }, ...data] : [...data, { l: v.totalLabel, ...tot, total: true }];
  let r = 2; const rowOf = {};
  for (const d of rows) {
    label(t, r, d.l, d.total ? null : v.indent);
    put(t, r, 1, d.n, 0); put(t, r, 2, d.rooms, 0); put(t, r, 3, d.beds, 0); put(t, r, 4, R(d.occ, 2), 2); put(t, r, 5, R(d.rev, 1), 1);
    rowOf[d.l] = r; r++;
  }
  put(t, r, 0, '注：平均客房出租率为按客房数加权的平均值。');
  const tr = rowOf[v.totalLabel];
  tgt(t, 'wrong_total', tr, 2); tgt(t, 'wrong_total', tr, 3);
  tgt(t, 'part_changed', rowOf['四星级'], 1);
  tgt(t, 'digit_swap', rowOf['三星级'], 3); tgt(t, 'decimal_shift', rowOf['五星级'], 5);
  return t;
}

// ---------- 8. 周转量构成 with 占比 ----------
function tTurnoverShare(v) {
  const t = Table('周转量构成');
  const modes = ['铁路', '公路', '水运', '民航'];
  const data = modes.map((m) => ({ m, p: U(5, 300), f: m === '民航' ? U(0.05, 0.8) : U(10, 500) }));
  const tot = { p: 0, f: 0 }; data.forEach((d) => { tot.p += d.p; tot.f += d.f; });
  put(t, 0, 0, `${v.city}${v.year}年各种运输方式周转量构成`); t.merges.push('A1:E1');
  put(t, 1, 0, '运输方式'); put(t, 1, 1, '旅客周转量（亿人公里）'); put(t, 1, 2, '构成（%）'); put(t, 1, 3, '货物周转量（亿吨公里）'); put(t, 1, 4, '构成（%）');
  const rows = [{ m: v.totalLabel, ...tot, total: true }, ...data];
  let r = 2; const rowOf = {};
  for (const d of rows) {
    label(t, r, d.m, d.total ? null : v.indent);
    put(t, r, 1, R(d.p, 2), 2); put(t, r, 2, R(d.p / tot.p * 100, 1), 1); put(t, r, 3, R(d.f, 2), 2); put(t, r, 4, R(d.f / tot.f * 100, 1), 1);
    rowOf[d.m] = r; r++;
  }
  tgt(t, 'rate_mismatch', rowOf['公路'], 2); tgt(t, 'rate_mismatch', rowOf['铁路'], 4);
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 3);
  tgt(t, 'decimal_shift', rowOf['民航'], 3);
  return t;
}

// ---------- 9. 邮政寄递服务 (vertical, 快递 split by 同城/异地/国际) ----------
function tPostal(v) {
  const t = Table('邮政业务');
  const tc0 = U(500, 3000), yd0 = U(2000, 20000), gj0 = U(5, 80);
  const tc1 = tc0 * (1 + U(-0.1, 0.3)), yd1 = yd0 * (1 + U(0, 0.4)), gj1 = gj0 * (1 + U(-0.2, 0.8));
  const tot0 = U(5, 40), tot1 = tot0 * (1 + U(0, 0.3));
  const hj0 = U(100, 600), hj1 = hj0 * U(0.8, 1.05);
  put(t, 0, 0, `${v.city}邮政行业主要指标（${v.year}年）`); t.merges.push('A1:E1');
  put(t, 1, 0, '指标名称'); put(t, 1, 1, '计量单位'); put(t, 1, 2, '本年'); put(t, 1, 3, '上年'); put(t, 1, 4, '比上年增长（%）');
  const rows = [
    ['邮政业务总量', '亿元', tot0, tot1, 2, null],
    ['快递业务量', '万件', tc0 + yd0 + gj0, tc1 + yd1 + gj1, 2, null],
    ['同城', '万件', tc0, tc1, 2, v.indent],
    ['异地', '万件', yd0, yd1, 2, v.indent],
    ['国际及港澳台', '万件', gj0, gj1, 2, v.indent],
    ['函件业务量', '万件', hj0, hj1, 2, null],
  ];
  let r = 2; const rowOf = {};
  for (const [lab, u, a, b, d, ind] of rows) {
    label(t, r, lab, ind);
    put(t, r, 1, u); put(t, r, 2, R(b, d), d); put(t, r, 3, R(a, d), d); put(t, r, 4, R(gr(a, b), 1), 1);
    rowOf[lab] = r; r++;
  }
  tgt(t, 'wrong_total', rowOf['快递业务量'], 2);
  tgt(t, 'part_changed', rowOf['异地'], 3);
  tgt(t, 'growth_mismatch', rowOf['同城'], 4); tgt(t, 'growth_mismatch', rowOf['函件业务量'], 4);
  tgt(t, 'digit_swap', rowOf['异地'], 2);
  return t;
}

// ---------- 10. 月度客运量 with 累计 ----------
function tMonthly(v) {
  const t = Table('月度');
  put(t, 0, 0, `${v.year}年${v.city}分月公路客运量`); t.merges.push('A1:E1');
  put(t, 1, 4, '单位：万人');
  put(t, 2, 0, '月份'); put(t, 2, 1, '当月'); put(t, 2, 2, '1-本月累计'); put(t, 2, 3, '上年同期累计'); put(t, 2, 4, '累计增长（%）');
  let c1 = 0, c0 = 0; let r = 3; const rowOf = {};
  for (let m = 1; m <= 12; m++) {
    const cur = U(80, 260), prev = cur / (1 + U(-0.1, 0.25)); c1 += cur; c0 += prev;
    put(t, r, 0, `${m}月`); put(t, r, 1, R(cur, 1), 1); put(t, r, 2, R(c1, 1), 1); put(t, r, 3, R(c0, 1), 1); put(t, r, 4, R(gr(c0, c1), 1), 1);
    rowOf[m] = r; r++;
  }
  tgt(t, 'growth_mismatch', rowOf[7], 4); tgt(t, 'part_changed', rowOf[5], 1); tgt(t, 'wrong_total', rowOf[9], 2);
  tgt(t, 'digit_swap', rowOf[10], 2);
  return t;
}


// ---------- 11. 平均运距 (ratio column; total row is a ratio of totals) ----------
function tAvgHaul(v) {
  const t = Table('平均运距');
  const modes = ['铁路', '公路', '水运'];
  const data = modes.map((m) => { const q = U(500, 8000); const km = [U(300, 700), U(40, 120), U(200, 900)][modes.indexOf(m)]; return { m, q, p: q * km / 1e4 }; });
  const tot = { m: v.totalLabel, q: 0, p: 0, total: true }; data.forEach((d) => { tot.q += d.q; tot.p += d.p; });
  put(t, 0, 0, `${v.city}${v.year}年货物运输平均运距`); t.merges.push('A1:D1');
  put(t, 1, 0, '运输方式'); put(t, 1, 1, '货运量（万吨）'); put(t, 1, 2, '货物周转量（亿吨公里）'); put(t, 1, 3, '平均运距（公里）');
  const rows = v.totalTop ? [tot, ...data] : [...data, tot];
  let r = 2; const rowOf = {};
  for (const d of rows) { label(t, r, d.m, d.total ? null : v.indent); put(t, r, 1, R(d.q, 1), 1); put(t, r, 2, R(d.p, 2), 2); put(t, r, 3, R(d.p * 1e4 / d.q, 0), 0); rowOf[d.m] = r; r++; }
  put(t, r, 0, '注：平均运距=货物周转量÷货运量。');
  tgt(t, 'rate_mismatch', rowOf['公路'], 3); tgt(t, 'wrong_total', rowOf[v.totalLabel], 2);
  return t;
}

// ---------- 12. 分县区旅游 with 市区 subtotal and 人均花费 ----------
function tTourPerCap(v) {
  const t = Table('县区旅游');
  const urb = DISTRICTS.slice(0, 3), cnty = DISTRICTS.slice(7, 7 + 3);
  const mk = (n) => { const p = U(80, 1500); return { n, p, m: p * U(600, 1600) / 1e4 }; };
  const U3 = urb.map(mk), C3 = cnty.map(mk);
  const sum = (arr, n) => ({ n, p: arr.reduce((s, d) => s + d.p, 0), m: arr.reduce((s, d) => s + d.m, 0) });
  const city = sum([...U3, ...C3], v.totalLabel), sub = sum(U3, '市区');
  put(t, 0, 0, `${v.year}年分县区旅游接待情况`); t.merges.push('A1:D1');
  put(t, 1, 3, '单位：万人次、亿元、元');
  put(t, 2, 0, '县（区）'); put(t, 2, 1, '接待游客人次'); put(t, 2, 2, '旅游总收入'); put(t, 2, 3, '人均花费');
  const rows = [[city, null], [sub, null], ...U3.map((d) => [d, 'space']), ...C3.map((d) => [d, null])];
  let r = 3; const rowOf = {};
  for (const [d, ind] of rows) { label(t, r, d.n, ind); put(t, r, 1, R(d.p, 1), 1); put(t, r, 2, R(d.m, 2), 2); put(t, r, 3, R(d.m * 1e4 / d.p, 0), 0); rowOf[d.n] = r; r++; }
  put(t, r, 0, '注：人均花费=旅游总收入÷接待游客人次。');
  tgt(t, 'wrong_total', rowOf['市区'], 1); tgt(t, 'rate_mismatch', rowOf[C3[1].n], 3);
  return t;
}

// ---------- 13. 饭店出租率 with 增减(百分点) ----------
function tHotelPP(v) {
  const t = Table('出租率');
  const lv = ['五星级', '四星级', '三星级', '二星级'];
  const data = lv.map((l, i) => { const n0 = Math.floor(U(2, 20)), n1 = n0 + Math.floor(U(-2, 3)); const rooms = n1 * U(60, 300); return { l, n0, n1, o0: U(35, 75), o1: U(35, 75), rooms }; });
  const TR = data.reduce((s, d) => s + d.rooms, 0);
  const tot = { l: v.totalLabel, total: true, n0: data.reduce((s, d) => s + d.n0, 0), n1: data.reduce((s, d) => s + d.n1, 0), o0: data.reduce((s, d) => s + d.o0 * d.rooms, 0) / TR, o1: data.reduce((s, d) => s + d.o1 * d.rooms, 0) / TR };
  put(t, 0, 0, `${v.city}星级饭店经营情况`); t.merges.push('A1:F1');
  put(t, 1, 0, '星级'); put(t, 1, 1, '饭店数（家）'); put(t, 1, 3, '平均客房出租率（%）'); t.merges.push('A2:A3', 'B2:C2', 'D2:F2');
  put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, `${v.year - 1}年`); put(t, 2, 4, `${v.year}年`); put(t, 2, 5, '增减（百分点）');
  const rows = v.totalTop ? [tot, ...data] : [...data, tot];
  let r = 3; const rowOf = {};
  for (const d of rows) { label(t, r, d.l, d.total ? null : v.indent); put(t, r, 1, d.n0, 0); put(t, r, 2, d.n1, 0); put(t, r, 3, R(d.o0, 2), 2); put(t, r, 4, R(d.o1, 2), 2); put(t, r, 5, R(d.o1 - d.o0, 2), 2); rowOf[d.l] = r; r++; }
  tgt(t, 'growth_mismatch', rowOf['三星级'], 5); tgt(t, 'wrong_total', rowOf[v.totalLabel], 2);
  return t;
}

// ---------- 14. 接待游客 with two alternative breakdowns ----------
function tTwoBreak(v) {
  const t = Table('游客构成');
  const d0 = U(1000, 5000), i0 = U(5, 50), d1 = d0 * U(1.05, 1.5), i1 = i0 * U(1.1, 2);
  const T0 = d0 + i0, T1 = d1 + i1; const s0 = U(0.3, 0.5), s1 = U(0.3, 0.5);
  put(t, 0, 0, `${v.city}接待游客情况`); t.merges.push('A1:D1');
  put(t, 1, 3, '单位：万人次');
  put(t, 2, 0, '项目'); put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, '增长（%）');
  const rows = [['接待游客总人次', T0, T1, null], ['按来源分', null, null, null], ['国内游客', d0, d1, v.indent || 'space'], ['入境游客', i0, i1, v.indent || 'space'], ['按停留时间分', null, null, null], ['过夜游客', T0 * s0, T1 * s1, v.indent || 'space'], ['一日游游客', T0 * (1 - s0), T1 * (1 - s1), v.indent || 'space']];
  let r = 3; const rowOf = {};
  for (const [lab, a, b, ind] of rows) { label(t, r, lab, ind); if (a !== null) { put(t, r, 1, R(a, 1), 1); put(t, r, 2, R(b, 1), 1); put(t, r, 3, R(gr(a, b), 1), 1); } rowOf[lab] = r; r++; }
  tgt(t, 'wrong_total', rowOf['接待游客总人次'], 2); tgt(t, 'part_changed', rowOf['过夜游客'], 1);
  return t;
}

// ---------- 15. small values + 民航 new (—) ----------
function tSmall(v) {
  const t = Table('客运量');
  const data = [['公路', U(300, 900), U(-0.3, 0.1)], ['铁路', U(50, 200), U(-0.1, 0.3)], ['水运', U(0.2, 2.5), U(-0.4, 0.4)], ['民航', null, null, U(1, 8)]];
  put(t, 0, 0, `${v.city}客运量（${v.year}年）`); t.merges.push('A1:D1');
  put(t, 1, 0, '单位：万人');
  put(t, 2, 0, '运输方式'); put(t, 2, 1, `${v.year}年`); put(t, 2, 2, `${v.year - 1}年`); put(t, 2, 3, '增长（%）');
  const rows = data.map(([m, b, g, nw]) => nw ? { m, a: 0, b: nw, neu: true } : { m, a: b, b: b * (1 + g) });
  const tot = { m: v.totalLabel, a: rows.reduce((s, d) => s + d.a, 0), b: rows.reduce((s, d) => s + d.b, 0), total: true };
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of all) {
    label(t, r, d.m, d.total ? null : v.indent);
    put(t, r, 1, R(d.b, 1), 1);
    if (d.neu) { put(t, r, 2, '—'); put(t, r, 3, '—'); } else { put(t, r, 2, R(d.a, 1), 1); put(t, r, 3, R(gr(d.a, d.b), 1), 1); }
    rowOf[d.m] = r; r++;
  }
  put(t, r, 0, `注：${v.city}机场于${v.year}年通航，民航上年无数据。`);
  tgt(t, 'growth_mismatch', rowOf['公路'], 3); tgt(t, 'wrong_total', rowOf[v.totalLabel], 1);
  return t;
}

// ---------- 16. 快递 12 districts, integers + shares ----------
function tExpressBig(v) {
  const t = Table('快递分布');
  const data = DISTRICTS.map((n) => ({ n, q: U(30, 4000), m: U(200, 30000) }));
  const tot = { n: v.totalLabel, q: 0, m: 0, total: true }; data.forEach((d) => { tot.q += d.q; tot.m += d.m; });
  put(t, 0, 0, `${v.year}年各县（市、区）快递业务情况`); t.merges.push('A1:E1');
  put(t, 1, 0, '地区'); put(t, 1, 1, '快递业务量（万件）'); put(t, 1, 2, '占比（%）'); put(t, 1, 3, '快递业务收入（万元）'); put(t, 1, 4, '占比（%）');
  const rows = v.totalTop ? [tot, ...data] : [...data, tot];
  let r = 2; const rowOf = {};
  for (const d of rows) { label(t, r, d.n, d.total ? null : v.indent); put(t, r, 1, R(d.q, 0), 0); put(t, r, 2, R(d.q / tot.q * 100, 1), 1); put(t, r, 3, R(d.m, 0), 0); put(t, r, 4, R(d.m / tot.m * 100, 1), 1); rowOf[d.n] = r; r++; }
  tgt(t, 'digit_swap', rowOf[DISTRICTS[4]], 3); tgt(t, 'rate_mismatch', rowOf[DISTRICTS[6]], 4);
  return t;
}

// ---------- 17. 景区 with 其中 column ----------
function tScenicSub(v) {
  const t = Table('景区接待');
  const ds = DISTRICTS.slice(0, v.n);
  const data = ds.map((n) => { const a = Math.floor(U(2, 15)); return { n, a, a4: Math.floor(U(0, Math.min(a, 5) + 0.99)), p: U(20, 900), tk: U(50, 8000) }; });
  const tot = { n: v.totalLabel, total: true, a: 0, a4: 0, p: 0, tk: 0 }; data.forEach((d) => { for (const k of ['a', 'a4', 'p', 'tk']) tot[k] += d[k]; });
  put(t, 0, 0, `${v.city}A级旅游景区接待情况（${v.year}年）`); t.merges.push('A1:E1');
  put(t, 1, 0, '地区'); put(t, 1, 1, 'A级景区（个）'); put(t, 1, 2, '其中：4A级及以上'); put(t, 1, 3, '接待游客（万人次）'); put(t, 1, 4, '门票收入（万元）');
  const rows = v.totalTop ? [tot, ...data] : [...data, tot];
  let r = 2; const rowOf = {};
  for (const d of rows) { label(t, r, d.n, d.total ? null : v.indent); put(t, r, 1, d.a, 0); put(t, r, 2, d.a4, 0); put(t, r, 3, R(d.p, 1), 1); put(t, r, 4, R(d.tk, 1), 1); rowOf[d.n] = r; r++; }
  const i = data.findIndex((d) => d.a >= 3); const dd = ds[Math.max(0, i)];
  tgt(t, 'subpart_exceeds', rowOf[dd], 2, { whole: [rowOf[dd], 1] });
  return t;
}
const BUILDERS = { passenger: tPassenger, freight: tFreight, express: tExpress, tourmain: tTourismMain, tourshare: tTourShare, scenic: tScenic, hotel: tHotel, turnover: tTurnoverShare, postal: tPostal, monthly: tMonthly, avghaul: tAvgHaul, percap: tTourPerCap, hotelpp: tHotelPP, twobreak: tTwoBreak, small: tSmall, expressbig: tExpressBig, scenicsub: tScenicSub };
const CITIES = ['宁安市', '清河县', '江阳市', '青州市', '平原县', '武陵市', '安丰县'];

function variant() {
  return {
    year: pick([2022, 2023, 2024]), city: pick(CITIES), totalTop: rng() < 0.6,
    totalLabel: pick(['合计', '总计', '全市', '全县']), indent: pick(['space', 'align', null]),
    withAir: rng() < 0.7, n: 5 + Math.floor(rng() * 5), ed: pick([1, 2]), sd: pick([1, 2]), with2A: rng() < 0.5,
  };
}

function swapDigits(x) {
  const s = String(x); const idx = [];
  for (let i = 0; i < s.length - 1; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null;
  const i = idx[Math.floor(idx.length / 2)];
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}

function plant(t, kind) {
  const cands = t.targets[kind]; if (!cands || !cands.length) return null;
  const tg = pick(cands); const orig = t.grid[tg.r][tg.c]; const d = t.dec[tg.r + ',' + tg.c] || 0;
  let nv;
  switch (kind) {
    case 'wrong_total': nv = R(orig + Math.max(Math.pow(10, -d) * 7, Math.abs(orig) * U(0.02, 0.06)), d); if (d === 0 && Math.abs(nv - orig) < 1) nv = orig + 2; break;
    case 'part_changed': nv = R(orig * U(1.04, 1.12) + (d === 0 ? 1 : 0), d); break;
    case 'growth_mismatch': nv = R(orig + pick([-1, 1]) * U(2.5, 6), 1); break;
    case 'rate_mismatch': nv = R(orig + pick([-1, 1]) * U(1.5, 4), d); if (nv < 0) nv = R(orig + 3, d); break;
    case 'digit_swap': nv = swapDigits(orig); break;
    case 'decimal_shift': nv = R(orig * (rng() < 0.5 ? 10 : 0.1), d + 1); break;
    case 'subpart_exceeds': { const w = t.grid[tg.whole[0]][tg.whole[1]]; nv = R(w * U(1.05, 1.2), d); break; }
  }
  if (nv === null || nv === undefined || nv === orig) return null;
  t.grid[tg.r][tg.c] = nv;
  return { cell: addr(tg.r, tg.c), original: orig, planted: nv, kind };
}

async function write(t, file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.sheetName);
  t.grid.forEach((row, r) => (row || []).forEach((v, c) => {
    if (v === undefined || v === null) return;
    const cell = ws.getCell(r + 1, c + 1); cell.value = v;
    const d = t.dec[r + ',' + c];
    if (typeof v === 'number') cell.numFmt = d ? '0.' + '0'.repeat(d) : (d === 0 ? '#,##0' : 'General');
    if (c === 0 && t.indent[r]) cell.alignment = { indent: 1 };
  }));
  for (const m of t.merges) { try { ws.mergeCells(m); } catch (e) { } }
  ws.getColumn(1).width = 22;
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  const kinds = ['wrong_total', 'part_changed', 'growth_mismatch', 'rate_mismatch', 'digit_swap', 'decimal_shift', 'subpart_exceeds'];
  let n = 0;
  for (const [name, fn] of Object.entries(BUILDERS)) {
    // 2 clean (3 for some) + planted
    const isNew = Object.keys(BUILDERS).indexOf(name) >= 10;
    const nClean = STRESS || (isNew ? 2 : 1);
    for (let i = 0; i < nClean; i++) {
      const v = variant(); const t = fn(v); const file = `${name}_clean${i + 1}.xlsx`;
      await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: true, variant: v }); n++;
    }
    const avail = kinds.filter((k) => fn(variant()).targets[k]);
    const sel = [];
    const want = STRESS ? 0 : Math.min(avail.length, isNew ? 1 : 2);
    const shuffled = avail.slice().sort(() => rng() - 0.5);
    for (const k of shuffled.slice(0, want)) sel.push(k);
    let j = 0;
    for (const k of sel) {
      let rec = null, t, v;
      for (let tries = 0; tries < 10 && !rec; tries++) { v = variant(); t = fn(v); rec = plant(t, k); }
      if (!rec) continue;
      const file = `${name}_${k}${++j}.xlsx`;
      await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: false, ...rec, variant: v }); n++;
    }
  }
  fs.writeFileSync(process.env.MANIFEST || path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', n, 'workbooks;', manifest.filter((m) => m.clean).length, 'clean,', manifest.filter((m) => !m.clean).length, 'planted');
})();
