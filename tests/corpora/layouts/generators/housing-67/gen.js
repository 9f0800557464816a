// Generator for round67b: housing / real estate / construction / forestry / water yearbook tables.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round67b';

// ---------- helpers ----------
let seed = 67001;
function rand() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const U = (a, b) => a + (b - a) * rand();
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const rd = (x, d) => { const p = Math.pow(10, d); return Math.round(x * p + (x >= 0 ? 1e-7 : -1e-7)) / p; };
const growth = (cur, prev) => rd((cur / prev - 1) * 100, 1);
const index = (cur, prev) => rd((cur / prev) * 100, 1);
function colLetter(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const addr = (r, c) => colLetter(c) + (r + 1);
const DISTRICTS = ['城关区', '东城区', '西城区', '南湖区', '北山区', '高新区', '经开区', '临江县', '青山县', '白水县', '河口县', '石门县', '云台县', '丰乐县'];
const CITIES = ['江州市', '临川市', '安平市', '清河市', '云山市'];
const YEARS = (n, end = 2023) => Array.from({ length: n }, (_, i) => end - n + 1 + i);
// honest rounding: parts true values -> display parts rounded separately, total = round(sum true)
function split(total, n, d, weights) {
  const w = weights || Array.from({ length: n }, () => U(0.3, 1.7));
  const s = w.reduce((a, b) => a + b, 0);
  const trueParts = w.map((x) => (total * x) / s);
  return { parts: trueParts.map((x) => rd(x, d)), total: rd(trueParts.reduce((a, b) => a + b, 0), d), trueParts };
}

// Logical table: { title, unit, stub, cols:[{h1,h2,dec}], rows:[{label, vals:[], indent}], notes, cand:[{i,j,kind,ref}] }
// cand kinds: total, growth, part(其中 -> bigger than whole; ref=[i,j] of whole), avg, digits, rate

// ---------- table builders ----------
function tInvest(o = {}) {
  const T = U(300, 2500), prevT = T / U(0.85, 1.15);
  const uses = ['住宅', '办公楼', '商业营业用房', '其他'];
  const w = [U(6, 8), U(0.3, 0.8), U(0.8, 1.6), U(0.8, 1.8)];
  const cur = split(T, 4, 2, w), prev = split(prevT, 4, 2, w.map((x) => x * U(0.85, 1.15)));
  const cols = [{ h1: o.y ? `${o.y}年` : '本年', h2: '', dec: 2 }, { h1: o.y ? `${o.y - 1}年` : '上年', h2: '', dec: 2 }, { h1: '同比增长(%)', h2: '', dec: 1 }];
  const rows = [], cand = [];
  rows.push({ label: '房地产开发投资', vals: [cur.total, prev.total, growth(cur.total, prev.total)] });
  cand.push({ i: 0, j: 0, kind: 'total' }, { i: 0, j: 2, kind: 'growth' });
  rows.push({ label: '按用途分', vals: [null, null, null] });
  uses.forEach((u, k) => {
    rows.push({ label: u, indent: 1, vals: [cur.parts[k], prev.parts[k], growth(cur.parts[k], prev.parts[k])] });
    cand.push({ i: rows.length - 1, j: 2, kind: 'growth' }, { i: rows.length - 1, j: 0, kind: 'digits' });
    if (u === '住宅' && o.sub) {
      const a = rd(cur.parts[k] * U(0.4, 0.7), 2), b = rd(prev.parts[k] * U(0.4, 0.7), 2);
      rows.push({ label: '其中：90平方米及以下住房', indent: 2, vals: [a, b, growth(a, b)] });
      cand.push({ i: rows.length - 1, j: 0, kind: 'part', ref: [rows.length - 2, 0] });
      const c2 = rd(cur.parts[k] * U(0.02, 0.08), 2), d2 = rd(prev.parts[k] * U(0.02, 0.08), 2);
      rows.push({ label: '别墅、高档公寓', indent: 2, vals: [c2, d2, growth(c2, d2)] });
    }
  });
  if (o.byStructure) {
    rows.push({ label: '按构成分', vals: [null, null, null] });
    const ws = [U(5, 6), U(0.6, 1), U(0.2, 0.4), U(2, 3)];
    const a = split(T, 4, 2, ws), b = split(prevT, 4, 2, ws.map((x) => x * U(0.9, 1.1)));
    // totals must equal the same total: use same cur.total; rounding of parts is honest
    ['建筑工程', '安装工程', '设备工器具购置', '其他费用'].forEach((u, k) => {
      rows.push({ label: u, indent: 1, vals: [a.parts[k], b.parts[k], growth(a.parts[k], b.parts[k])] });
    });
  }
  return { title: `${o.place || pick(CITIES)}房地产开发投资情况`, unit: '单位：亿元', stub: '指    标', cols, rows, cand,
    notes: ['注：同比增长按可比口径计算。', '资料来源：市统计局房地产开发统计年报。'] };
}

function tSales(o = {}) {
  const kinds = ['住宅', '办公楼', '商业营业用房', '其他'];
  const area = kinds.map((k, i) => rd([U(500, 1500), U(10, 60), U(40, 150), U(20, 80)][i], 2));
  const price = [U(7000, 18000), U(9000, 20000), U(8000, 16000), U(2000, 5000)];
  const amt = area.map((a, i) => rd((a * price[i]) / 1e4, 2));
  const A = rd(area.reduce((x, y) => x + y, 0), 2), M = rd(amt.reduce((x, y) => x + y, 0), 2);
  const avg = (m, a) => rd((m * 1e4) / a, 0);
  const cols = [{ h1: '销售面积', h2: '(万平方米)', dec: 2 }, { h1: '销售额', h2: '(亿元)', dec: 2 }, { h1: '平均销售价格', h2: '(元/平方米)', dec: 0 }];
  const cand = [];
  const rows = [{ label: '商品房', vals: [A, M, avg(M, A)] }];
  cand.push({ i: 0, j: 0, kind: 'total' }, { i: 0, j: 1, kind: 'total' }, { i: 0, j: 2, kind: 'avg' });
  kinds.forEach((k, i) => { rows.push({ label: k, indent: 1, vals: [area[i], amt[i], avg(amt[i], area[i])] }); cand.push({ i: i + 1, j: 2, kind: 'avg' }, { i: i + 1, j: 1, kind: 'digits' }); });
  if (o.growth) {
    cols.splice(1, 0, { h1: '销售面积', h2: '增长(%)', dec: 1 });
    cols.push({ h1: '销售额', h2: '增长(%)', dec: 1 });
    // reorder: area, areaGrowth, amount, avg, amtGrowth -> keep simple; growth figures are standalone (no prev shown)
    rows.forEach((r) => { r.vals.splice(1, 0, rd(U(-25, 15), 1)); r.vals.push(rd(U(-25, 15), 1)); });
    cand.forEach((c) => { if (c.j >= 1) c.j += 1; });
  }
  return { title: `${o.place || pick(CITIES)}商品房销售情况（${o.y || 2023}年）`, unit: '', stub: '项  目', cols, rows, cand,
    notes: ['注：平均销售价格＝销售额÷销售面积。'] };
}

function tConstr(o = {}) {
  const rows = [], cand = [];
  const ys = o.years; // if years given: columns = years
  const mk = (lo, hi) => { const c = U(lo, hi); return [c, c / U(0.85, 1.12)]; };
  const items = [['房屋施工面积', mk(4000, 12000)], ['新开工面积', mk(600, 2500)], ['房屋竣工面积', mk(300, 1500)]];
  items.forEach(([name, [c, p]]) => {
    const cc = rd(c, 2), pp = rd(p, 2), rc = rd(c * U(0.6, 0.78), 2), rp = rd(p * U(0.6, 0.78), 2);
    rows.push({ label: name, vals: [cc, pp, growth(cc, pp)] });
    cand.push({ i: rows.length - 1, j: 2, kind: 'growth' });
    rows.push({ label: '其中：住宅', indent: 1, vals: [rc, rp, growth(rc, rp)] });
    cand.push({ i: rows.length - 1, j: 0, kind: 'part', ref: [rows.length - 2, 0] }, { i: rows.length - 1, j: 2, kind: 'growth' });
  });
  const y = o.y || 2023;
  return { title: `${o.place || pick(CITIES)}房地产开发企业房屋建筑面积`, unit: '单位：万平方米', stub: '指    标',
    cols: [{ h1: `${y}年`, dec: 2 }, { h1: `${y - 1}年`, dec: 2 }, { h1: `${y}年比${y - 1}年增长(%)`, dec: 1 }], rows, cand,
    notes: ['资料来源：房地产开发统计报表。'] };
}

function tBuildOutput(o = {}) {
  const n = o.n || 8, ds = DISTRICTS.slice(0, n);
  const T = U(800, 3000), PT = T / U(0.9, 1.12);
  const w = ds.map(() => U(0.3, 2));
  const cur = split(T, n, 2, w), prev = split(PT, n, 2, w.map((x) => x * U(0.85, 1.15)));
  const useIdx = o.index;
  const cols = [{ h1: '建筑业总产值(亿元)', h2: '本年', dec: 2 }, { h1: '建筑业总产值(亿元)', h2: '上年', dec: 2 },
    { h1: '建筑业总产值(亿元)', h2: useIdx ? '指数(上年=100)' : '增长(%)', dec: 1 }];
  const f = useIdx ? index : growth;
  const rows = [{ label: '全市', vals: [cur.total, prev.total, f(cur.total, prev.total)] }], cand = [{ i: 0, j: 0, kind: 'total' }, { i: 0, j: 1, kind: 'total' }];
  const firms = o.firms ? ds.map(() => Math.round(U(20, 300))) : null;
  if (firms) { cols.unshift({ h1: '企业个数(个)', h2: '', dec: 0 }); rows[0].vals.unshift(firms.reduce((a, b) => a + b, 0)); cand.forEach((c) => c.j++); cand.push({ i: 0, j: 0, kind: 'total' }); }
  ds.forEach((d, k) => {
    const v = [cur.parts[k], prev.parts[k], f(cur.parts[k], prev.parts[k])];
    if (firms) v.unshift(firms[k]);
    rows.push({ label: d, indent: 1, vals: v });
    cand.push({ i: k + 1, j: firms ? 3 : 2, kind: 'growth' }, { i: k + 1, j: firms ? 1 : 0, kind: 'digits' });
  });
  return { title: `各区县建筑业总产值（${o.y || 2023}年）`, unit: '', stub: '区  县', cols, rows, cand,
    notes: ['注：按建筑业企业注册地统计，资质等级以上建筑业企业。'] };
}

function tAfforest(o = {}) {
  const n = o.n || 9, ds = DISTRICTS.slice(0, n);
  const kinds = ['人工造林', '飞播造林', '封山育林', '退化林修复'];
  const data = ds.map(() => kinds.map((k, i) => (i === 1 && rand() < 0.6 ? null : Math.round([U(100, 3000), U(200, 2000), U(300, 4000), U(0, 1500)][i]))));
  const tot = data.map((r) => r.reduce((a, b) => a + (b || 0), 0));
  const colTot = kinds.map((k, i) => data.reduce((a, r) => a + (r[i] || 0), 0));
  const rows = [], cand = [];
  rows.push({ label: '全市', vals: [tot.reduce((a, b) => a + b, 0), ...colTot] });
  cand.push({ i: 0, j: 0, kind: 'total' }, { i: 0, j: 3, kind: 'total' });
  ds.forEach((d, k) => { rows.push({ label: d, indent: 1, vals: [tot[k], ...data[k].map((x) => (x === null ? '—' : x))] }); cand.push({ i: k + 1, j: 0, kind: 'total' }, { i: k + 1, j: 1, kind: 'digits' }); });
  return { title: `各区县造林面积（${o.y || 2023}年）`, unit: '单位：公顷', stub: '地  区',
    cols: [{ h1: '造林总面积', h2: '', dec: 0 }, ...kinds.map((k) => ({ h1: '按造林方式分', h2: k, dec: 0 }))], rows, cand,
    notes: ['注：“—”表示无此项造林。', '资料来源：市林业局。'] };
}

function tForest(o = {}) {
  const n = o.n || 8, ds = DISTRICTS.slice(0, n);
  const land = ds.map(() => Math.round(U(30000, 250000)));
  const forest = land.map((l) => Math.round(l * U(0.2, 0.7)));
  const L = land.reduce((a, b) => a + b, 0), F = forest.reduce((a, b) => a + b, 0);
  const cov = (f, l) => rd((f / l) * 100, 2);
  const stock = ds.map(() => rd(U(50, 900), 1)); const S = rd(stock.reduce((a, b) => a + b, 0), 1);
  const rows = [{ label: '全市', vals: [L, F, cov(F, L), S] }], cand = [{ i: 0, j: 1, kind: 'total' }, { i: 0, j: 2, kind: 'rate' }];
  ds.forEach((d, k) => { rows.push({ label: d, indent: 1, vals: [land[k], forest[k], cov(forest[k], land[k]), stock[k]] }); cand.push({ i: k + 1, j: 2, kind: 'rate' }, { i: k + 1, j: 1, kind: 'digits' }); });
  return { title: '各区县森林资源情况', unit: '', stub: '地  区',
    cols: [{ h1: '土地面积', h2: '(公顷)', dec: 0 }, { h1: '森林面积', h2: '(公顷)', dec: 0 }, { h1: '森林覆盖率', h2: '(%)', dec: 2 }, { h1: '活立木蓄积量', h2: '(万立方米)', dec: 1 }],
    rows, cand, notes: ['注：森林覆盖率＝森林面积÷土地面积×100%。'] };
}

function tWaterRes(o = {}) {
  const ys = o.years || YEARS(6);
  const rows = [], cand = [];
  ys.forEach((y, k) => {
    const s = U(20, 90), g = U(8, 30), dup = g * U(0.5, 0.85);
    const S = rd(s, 2), G = rd(g, 2), D = rd(dup, 2), W = rd(s + g - dup, 2);
    const pop = rd(U(600, 1500), 2);
    const vals = [W, S, G, D];
    if (o.pc) vals.push(pop, rd((W * 1e4) / pop, 1));
    rows.push({ label: `${y}`, vals });
    cand.push({ i: k, j: 0, kind: 'total' }, { i: k, j: 3, kind: 'digits' });
    if (o.pc) cand.push({ i: k, j: 5, kind: 'avg' });
  });
  const cols = [{ h1: '水资源总量', h2: '(亿立方米)', dec: 2 }, { h1: '地表水资源量', h2: '(亿立方米)', dec: 2 }, { h1: '地下水资源量', h2: '(亿立方米)', dec: 2 }, { h1: '地表水与地下水', h2: '重复计算量', dec: 2 }];
  if (o.pc) cols.push({ h1: '年末常住人口', h2: '(万人)', dec: 2 }, { h1: '人均水资源量', h2: '(立方米)', dec: 1 });
  return { title: `${o.place || pick(CITIES)}水资源情况`, unit: '', stub: '年  份', cols, rows, cand,
    notes: ['注：水资源总量＝地表水资源量＋地下水资源量－重复计算量。', '资料来源：市水务局《水资源公报》。'] };
}

function tWaterUse(o = {}) {
  const ys = o.years || YEARS(5);
  const rows = [], cand = [];
  const uses = ['农业', '工业', '生活', '生态环境'];
  ys.forEach((y, k) => {
    const T = U(15, 60);
    const u = split(T, 4, 2, [U(4, 6), U(1.5, 3), U(1.5, 2.5), U(0.3, 0.8)]);
    const src = split(T, 3, 2, [U(6, 8), U(2, 3), U(0.2, 0.6)]);
    const pop = rd(U(500, 1200), 2);
    const vals = [src.total, ...src.parts, u.total, ...u.parts];
    if (o.pc) vals.push(rd((u.total * 1e4) / pop, 1));
    rows.push({ label: `${y}`, vals });
    cand.push({ i: k, j: 0, kind: 'total' }, { i: k, j: 4, kind: 'total' }, { i: k, j: 6, kind: 'digits' });
    if (o.pc) { rows[k].vals.push(pop); cand.push({ i: k, j: 9, kind: 'avg' }); }
  });
  const cols = [{ h1: '供水总量', h2: '', dec: 2 }, { h1: '按水源分', h2: '地表水', dec: 2 }, { h1: '按水源分', h2: '地下水', dec: 2 }, { h1: '按水源分', h2: '其他水源', dec: 2 },
    { h1: '用水总量', h2: '', dec: 2 }, ...uses.map((x) => ({ h1: '按用途分', h2: x, dec: 2 }))];
  if (o.pc) cols.push({ h1: '人均用水量', h2: '(立方米)', dec: 1 }, { h1: '常住人口', h2: '(万人)', dec: 2 });
  return { title: '供水量和用水量', unit: '单位：亿立方米', stub: '年  份', cols, rows, cand,
    notes: ['注：其他水源包括再生水、集雨工程等。'] };
}

function tIrrig(o = {}) {
  const n = o.n || 10, ds = DISTRICTS.slice(0, n);
  const eff = ds.map(() => U(5, 60)), save = eff.map((e) => e * U(0.3, 0.8)), arable = eff.map((e) => e / U(0.5, 0.9));
  const effD = eff.map((x) => rd(x, 2)), saveD = save.map((x) => rd(x, 2)), arD = arable.map((x) => rd(x, 2));
  const sum = (a) => a.reduce((x, y) => x + y, 0);
  const tE = rd(sum(eff), 2), tS = rd(sum(save), 2), tA = rd(sum(arable), 2);
  const rows = [{ label: '全市', vals: [tA, tE, tS, rd((tE / tA) * 100, 1)] }], cand = [{ i: 0, j: 1, kind: 'total' }, { i: 0, j: 3, kind: 'rate' }];
  ds.forEach((d, k) => { rows.push({ label: d, indent: 1, vals: [arD[k], effD[k], saveD[k], rd((effD[k] / arD[k]) * 100, 1)] }); cand.push({ i: k + 1, j: 2, kind: 'part', ref: [k + 1, 1] }, { i: k + 1, j: 3, kind: 'rate' }); });
  return { title: '各区县有效灌溉面积', unit: '单位：千公顷', stub: '地  区',
    cols: [{ h1: '耕地面积', h2: '', dec: 2 }, { h1: '有效灌溉面积', h2: '', dec: 2 }, { h1: '其中：节水灌溉面积', h2: '', dec: 2 }, { h1: '有效灌溉率', h2: '(%)', dec: 1 }],
    rows, cand, notes: ['注：有效灌溉率＝有效灌溉面积÷耕地面积×100。'] };
}

// ---------- probe-only builders ----------
function tSalesYears(o = {}) { // several years, growth vs previous row
  const ys = YEARS(o.n || 8);
  let area = U(600, 1500), amt = area * U(0.6, 1.0);
  const rows = [], prevs = [];
  ys.forEach((y, k) => {
    area *= U(0.8, 1.2); amt = area * U(0.6, 1.4);
    const A = rd(area, 2), M = rd(amt, 2), R = rd(area * U(0.8, 0.9), 2);
    const v = [A, R, M, rd((M * 1e4) / A, 0)];
    v.push(k ? growth(A, prevs[k - 1][0]) : '…');
    rows.push({ label: `${y}年`, vals: v }); prevs.push(v);
  });
  return { title: '历年商品房销售情况', unit: '', stub: '年  份',
    cols: [{ h1: '销售面积(万平方米)', h2: '', dec: 2 }, { h1: '#住宅', h2: '', dec: 2 }, { h1: '销售额(亿元)', h2: '', dec: 2 }, { h1: '平均价格(元/平方米)', h2: '', dec: 0 }, { h1: '销售面积比上年增长(%)', h2: '', dec: 1 }],
    rows, cand: [], notes: ['注：“#”表示其中项。'] };
}
function tInvestShare(o = {}) { // structure shares rounded, not summing to 100
  const T = U(300, 2000); const s = split(T, 4, 2, [U(6, 8), U(0.3, 0.8), U(0.8, 1.6), U(0.8, 1.8)]);
  const sh = s.parts.map((p) => rd((p / s.total) * 100, 1));
  const rows = [{ label: '合计', vals: [s.total, 100.0] }];
  ['住宅', '办公楼', '商业营业用房', '其他'].forEach((u, k) => rows.push({ label: u, indent: 1, vals: [s.parts[k], sh[k]] }));
  return { title: '房地产开发投资构成', unit: '', stub: '用  途', cols: [{ h1: '投资额(亿元)', h2: '', dec: 2 }, { h1: '构成(%)', h2: '', dec: 1 }], rows, cand: [], notes: ['注：构成因四舍五入，合计可能不等于100。'], _shares: sh };
}
function tMonthly(o = {}) { // month columns with 累计 and cumulative growth
  const ms = o.months || 6;
  const cur = Array.from({ length: ms }, () => U(50, 150)), prev = cur.map((x) => x / U(0.8, 1.2));
  const cd = cur.map((x) => rd(x, 1));
  const cumT = rd(cur.reduce((a, b) => a + b, 0), 1), cumP = rd(prev.reduce((a, b) => a + b, 0), 1);
  const cols = cd.map((x, k) => ({ h1: `${k + 1}月`, h2: '', dec: 1 }));
  cols.push({ h1: `1-${ms}月累计`, h2: '', dec: 1 }, { h1: '上年同期累计', h2: '', dec: 1 }, { h1: '累计同比增长(%)', h2: '', dec: 1 });
  const rows = [{ label: '商品房销售面积(万平方米)', vals: [...cd, cumT, cumP, growth(cumT, cumP)] }];
  const r2 = cur.map((x) => x * U(0.8, 0.9)), r2d = r2.map((x) => rd(x, 1)), r2p = r2.map((x) => x / U(0.8, 1.2));
  const c2 = rd(r2.reduce((a, b) => a + b, 0), 1), p2 = rd(r2p.reduce((a, b) => a + b, 0), 1);
  rows.push({ label: '其中：住宅', indent: 1, vals: [...r2d, c2, p2, growth(c2, p2)] });
  return { title: `2023年1-${ms}月商品房销售面积`, unit: '单位：万平方米', stub: '指  标', cols, rows, cand: [], notes: ['注：月度数据为当月数，累计数据经核实调整。'] };
}
function tIndexAbs(o = {}) { // GDP-like: 建筑业增加值 absolute + index
  const ys = YEARS(o.n || 6); const rows = [];
  let v = U(200, 600);
  ys.forEach((y, k) => { const p = v; v = v * U(0.95, 1.12); const D = rd(v, 2), P = rd(p, 2); rows.push({ label: `${y}`, vals: [D, k ? index(D, rows[k - 1].vals[0]) : '…'] }); });
  return { title: '建筑业增加值及指数', unit: '', stub: '年份', cols: [{ h1: '建筑业增加值(亿元)', h2: '', dec: 2 }, { h1: '指数(上年=100)', h2: '', dec: 1 }], rows, cand: [], notes: ['注：指数按可比价格计算。'] };
}
function tIndexAbsCurrent(o = {}) { // index at comparable prices — index does NOT match nominal ratio (honest yearbook)
  const ys = YEARS(o.n || 6); const rows = [];
  let v = U(200, 600);
  ys.forEach((y, k) => { v = v * U(1.02, 1.12); rows.push({ label: `${y}`, vals: [rd(v, 2), rd(U(101, 110), 1)] }); });
  return { title: '建筑业增加值及指数（按不变价格计算指数）', unit: '', stub: '年份', cols: [{ h1: '建筑业增加值(亿元，现价)', h2: '', dec: 2 }, { h1: '建筑业增加值指数(上年=100，不变价)', h2: '', dec: 1 }], rows, cand: [], notes: ['注：增加值按当年价格计算，指数按不变价格计算。'] };
}
function tQizhong(o = {}) { // 其中 lines not additive with each other
  const T = U(2000, 6000); const rows = [];
  const tot = rd(T, 2);
  rows.push({ label: '商品住宅竣工面积', vals: [tot] });
  rows.push({ label: '其中：90平方米及以下', indent: 1, vals: [rd(T * U(0.4, 0.6), 2)] });
  rows.push({ label: '144平方米以上', indent: 1, vals: [rd(T * U(0.1, 0.2), 2)] });
  rows.push({ label: '其中：保障性住房', indent: 1, vals: [rd(T * U(0.1, 0.3), 2)] });
  rows.push({ label: '其中：精装修住房', indent: 1, vals: [rd(T * U(0.3, 0.6), 2)] });
  return { title: '商品住宅竣工面积', unit: '单位：万平方米', stub: '指  标', cols: [{ h1: '竣工面积', h2: '', dec: 2 }], rows, cand: [], notes: ['注：其中项之间有交叉，不能相加。'] };
}
function tWaterDistrict(o = {}) { // per-district water resources with 全市 top
  const n = o.n || 7, ds = DISTRICTS.slice(0, n);
  const s = ds.map(() => U(2, 15)), g = ds.map(() => U(1, 5)), d = g.map((x) => x * U(0.5, 0.8));
  const sum = (a) => a.reduce((x, y) => x + y, 0);
  const tw = (i) => s[i] + g[i] - d[i];
  const rows = [{ label: '全市', vals: [rd(sum(s) + sum(g) - sum(d), 2), rd(sum(s), 2), rd(sum(g), 2), rd(sum(d), 2)] }];
  ds.forEach((x, i) => rows.push({ label: x, indent: 1, vals: [rd(tw(i), 2), rd(s[i], 2), rd(g[i], 2), rd(d[i], 2)] }));
  return { title: '各区县水资源量', unit: '单位：亿立方米', stub: '地  区', cols: [{ h1: '水资源总量', dec: 2 }, { h1: '地表水资源量', dec: 2 }, { h1: '地下水资源量', dec: 2 }, { h1: '重复计算量', dec: 2 }], rows, cand: [], notes: ['资料来源：水资源公报。'] };
}
function tPartial(o = {}) { // rows with only some columns filled
  const ys = YEARS(6); const rows = [];
  ys.forEach((y, k) => {
    const S = rd(U(20, 60), 2), G = rd(U(5, 15), 2), D = rd(G * U(0.5, 0.8), 2);
    const full = k >= 2;
    rows.push({ label: `${y}`, vals: full ? [rd(S + G - D, 2), S, G, D] : [rd(S + G - D, 2), '…', '…', '…'] });
  });
  return { title: '水资源总量（部分年份无分项）', unit: '单位：亿立方米', stub: '年份', cols: [{ h1: '水资源总量', dec: 2 }, { h1: '地表水', dec: 2 }, { h1: '地下水', dec: 2 }, { h1: '重复计算量', dec: 2 }], rows, cand: [], notes: ['注：2018年以前无分项资料。'] };
}
function tHousingPrice(o = {}) { // 住宅销售价格指数 (上年=100) across cities — no sums
  const rows = CITIES.map((c) => ({ label: c, vals: [rd(U(95, 104), 1), rd(U(95, 104), 1), rd(U(94, 106), 1)] }));
  return { title: '主要城市住宅销售价格指数（上年=100）', unit: '', stub: '城  市', cols: [{ h1: '新建商品住宅', dec: 1 }, { h1: '其中：90平方米及以下', dec: 1 }, { h1: '二手住宅', dec: 1 }], rows, cand: [], notes: [] };
}

// ---------- writer ----------
function writeTable(ws, t, opt = {}) {
  let r = opt.startRow || 0;
  const map = {};
  const nc = t.cols.length;
  const two = t.cols.some((c) => c.h2);
  const border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  const put = (rr, cc, v, fmt) => { const cell = ws.getCell(addr(rr, cc)); cell.value = v; if (fmt) cell.numFmt = fmt; return cell; };
  const fmtOf = (d) => (d === 0 ? '0' : '0.' + '0'.repeat(d));
  const valOut = (v, dec) => {
    if (typeof v !== 'number') return v === null ? null : v;
    if (opt.text) return v.toFixed(dec);
    return v;
  };
  if (!opt.transpose) {
    const W = nc + 1;
    put(r, 0, t.title).font = { bold: true, size: 14 }; ws.mergeCells(r + 1, 1, r + 1, W); r++;
    if (t.unit) { put(r, W - 1, t.unit); r++; }
    if (opt.spacer) r++;
    // header
    put(r, 0, t.stub);
    if (two) {
      ws.mergeCells(r + 1, 1, r + 2, 1);
      let c = 0;
      while (c < nc) {
        let e = c; while (e + 1 < nc && t.cols[e + 1].h1 === t.cols[c].h1 && t.cols[c].h2) e++;
        put(r, c + 1, t.cols[c].h1);
        if (!t.cols[c].h2) { ws.mergeCells(r + 1, c + 2, r + 2, c + 2); }
        else { if (e > c) ws.mergeCells(r + 1, c + 2, r + 1, e + 2); for (let k = c; k <= e; k++) put(r + 1, k + 1, t.cols[k].h2); }
        c = e + 1;
      }
      r += 2;
    } else { t.cols.forEach((c, k) => put(r, k + 1, c.h1)); r++; }
    t.rows.forEach((row, i) => {
      if (opt.spacerEvery && i > 0 && i % opt.spacerEvery === 0) r++;
      const lab = put(r, 0, (opt.indentSpaces ? '  '.repeat(row.indent || 0) : '') + row.label);
      if (row.indent && !opt.indentSpaces) lab.alignment = { indent: row.indent };
      row.vals.forEach((v, j) => { put(r, j + 1, valOut(v, t.cols[j].dec), typeof v === 'number' && !opt.text ? fmtOf(t.cols[j].dec) : null); map[i + ',' + j] = addr(r, j + 1); });
      r++;
    });
  } else {
    // transposed: rows of the logical table become columns
    const W = t.rows.length + 1;
    put(r, 0, t.title).font = { bold: true, size: 14 }; ws.mergeCells(r + 1, 1, r + 1, W); r++;
    if (t.unit) { put(r, W - 1, t.unit); r++; }
    put(r, 0, '指  标'); t.rows.forEach((row, i) => put(r, i + 1, row.label)); r++;
    t.cols.forEach((c, j) => {
      put(r, 0, c.h2 ? (c.h2.startsWith('(') ? c.h1 + c.h2 : c.h1 + '：' + c.h2) : c.h1);
      t.rows.forEach((row, i) => { const v = row.vals[j]; put(r, i + 1, valOut(v, c.dec), typeof v === 'number' && !opt.text ? fmtOf(c.dec) : null); map[i + ',' + j] = addr(r, i + 1); });
      r++;
    });
  }
  (t.notes || []).forEach((n) => { put(r, 0, n); r++; });
  ws.getColumn(1).width = 26;
  for (let c = 2; c <= 14; c++) ws.getColumn(c).width = 13;
  return { map, endRow: r };
}

// ---------- planting ----------
function digitsSwap(v, dec) {
  const s = v.toFixed(dec); const ds = s.split('');
  for (let k = 0; k < ds.length - 1; k++) {
    if (/\d/.test(ds[k]) && /\d/.test(ds[k + 1]) && ds[k] !== ds[k + 1]) {
      const t = ds.slice(); [t[k], t[k + 1]] = [t[k + 1], t[k]];
      const nv = Number(t.join(''));
      if (Math.abs(nv - v) / Math.abs(v) > 0.02 && t[0] !== '0') return nv;
    }
  }
  return null;
}
function plant(t, kindPref) {
  const cands = t.cand.filter((c) => !kindPref || c.kind === kindPref);
  if (!cands.length) return null;
  const c = pick(cands);
  const row = t.rows[c.i], v = row.vals[c.j], dec = t.cols[c.j].dec;
  if (typeof v !== 'number') return null;
  let nv, note;
  switch (c.kind) {
    case 'total': nv = rd(v * pick([1.06, 0.93, 1.11]), dec); if (dec === 0 && Math.abs(nv - v) < 50) nv = v + 120; note = `total changed ${v} -> ${nv}`; break;
    case 'growth': nv = rd(v + pick([3.6, -4.2, 5.5, -2.8]), 1); note = `growth changed ${v} -> ${nv}`; break;
    case 'part': { const whole = t.rows[c.ref[0]].vals[c.ref[1]]; nv = rd(whole * 1.12, dec); note = `其中 ${v} -> ${nv} (whole ${whole})`; break; }
    case 'avg': nv = rd(v * pick([1.09, 0.9]), dec); note = `average/per-capita ${v} -> ${nv}`; break;
    case 'rate': nv = rd(v + pick([4.5, -6.3]), dec); note = `rate ${v} -> ${nv}`; break;
    case 'digits': nv = digitsSwap(v, dec); if (nv === null) return null; note = `transposed digits ${v} -> ${nv}`; break;
  }
  row.vals[c.j] = nv;
  return { i: c.i, j: c.j, note };
}

async function save(wb, file) { await wb.xlsx.writeFile(file); }

const BUILDERS = { invest: tInvest, sales: tSales, constr: tConstr, build: tBuildOutput, afforest: tAfforest, forest: tForest, waterres: tWaterRes, wateruse: tWaterUse, irrig: tIrrig };
const SHEETNAMES = { invest: '房地产投资', sales: '商品房销售', constr: '房屋面积', build: '建筑业', afforest: '造林', forest: '森林资源', waterres: '水资源', wateruse: '供用水', irrig: '灌溉' };

(async () => {
  fs.mkdirSync(path.join(OUT, 'cases'), { recursive: true });
  fs.mkdirSync(path.join(OUT, 'probe'), { recursive: true });
  const manifest = [];
  const keys = Object.keys(BUILDERS);
  const plantKinds = ['total', 'growth', 'part', 'digits', 'avg', 'rate'];
  let n = 0;
  for (let rep = 0; rep < 5; rep++) {
    for (const k of keys) {
      n++;
      const opts = { sub: rand() < 0.5, byStructure: rand() < 0.3, growth: rand() < 0.3, firms: rand() < 0.5, index: rand() < 0.3, pc: rand() < 0.6, n: 6 + Math.floor(rand() * 6) };
      const t = BUILDERS[k](opts);
      const wantPlant = n % 2 === 0;
      let p = null;
      if (wantPlant) { for (let a = 0; a < 10 && !p; a++) p = plant(t, a < 5 ? pick(plantKinds) : null); }
      const wb = new ExcelJS.Workbook(); const sname = SHEETNAMES[k] + (rep ? rep : '');
      const ws = wb.addWorksheet(sname);
      const { map } = writeTable(ws, t, { spacer: rand() < 0.4 });
      const file = `cases/${String(n).padStart(2, '0')}_${k}${p ? '_err' : ''}.xlsx`;
      await save(wb, path.join(OUT, file));
      manifest.push({ file, planted: p ? { sheet: sname, cell: map[p.i + ',' + p.j] } : null, note: p ? p.note : 'clean ' + JSON.stringify(opts) });
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));

  // probes
  const pm = [];
  const PB = { ...BUILDERS, salesyears: tSalesYears, share: tInvestShare, monthly: tMonthly, idx: tIndexAbs, idxreal: tIndexAbsCurrent, qizhong: tQizhong, waterdist: tWaterDistrict, partial: tPartial, hpi: tHousingPrice };
  const pkeys = Object.keys(PB);
  for (let m = 0; m < 100; m++) {
    const wb = new ExcelJS.Workbook();
    const nsheets = m % 5 === 0 ? 3 : 1;
    const desc = [];
    for (let s = 0; s < nsheets; s++) {
      const k = pkeys[(m * 3 + s * 7) % pkeys.length];
      const opts = { sub: rand() < 0.5, byStructure: rand() < 0.4, growth: rand() < 0.3, firms: rand() < 0.5, index: rand() < 0.5, pc: rand() < 0.6, n: 5 + Math.floor(rand() * 9), months: 3 + Math.floor(rand() * 10), y: 2015 + Math.floor(rand() * 9) };
      const t = PB[k](opts);
      const canT = ['waterres', 'wateruse', 'idx', 'salesyears', 'partial', 'invest', 'constr'].includes(k);
      const wo = { transpose: canT && rand() < 0.5, text: rand() < 0.2, spacer: rand() < 0.4, spacerEvery: rand() < 0.15 ? 3 : 0, indentSpaces: rand() < 0.5 };
      const ws = wb.addWorksheet(`${String.fromCharCode(65 + s)}${k}`.slice(0, 28));
      // sometimes put two tables on one sheet
      let { endRow } = writeTable(ws, t, wo);
      if (rand() < 0.15) { const k2 = pkeys[(m + 5) % pkeys.length]; writeTable(ws, PB[k2](opts), { startRow: endRow + 2 }); desc.push(k2); }
      desc.push(k + (wo.transpose ? '/T' : '') + (wo.text ? '/txt' : ''));
    }
    const file = `probe/p${String(m).padStart(3, '0')}_${desc[0].replace(/\//g, '')}.xlsx`;
    await save(wb, path.join(OUT, file));
    pm.push({ file, planted: null, note: desc.join(' + ') });
  }
  fs.writeFileSync(path.join(OUT, 'probe', 'manifest.json'), JSON.stringify(pm, null, 1));
  console.log('cases', manifest.length, 'planted', manifest.filter((x) => x.planted).length, 'probes', pm.length);
})();
