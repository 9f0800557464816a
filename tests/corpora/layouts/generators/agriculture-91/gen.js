// Generates county / township agriculture & livestock statistics workbooks.
//   NODE_PATH=/work/main/node_modules node gen.js
// Writes cases/*.xlsx + cases/manifest.json, probe/*.xlsx + probe/manifest.json, rel/cases.json, rel/probe.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------- rng ----------
function mulberry(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function mkR(seed) {
  const f = mulberry(seed);
  return {
    f, u: (a, b) => a + (b - a) * f(), i: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)], p: (x) => f() < x,
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
}
const rnd = (x, d) => { const v = Number((Math.round(x * 10 ** d) / 10 ** d).toFixed(d)); return Object.is(v, -0) ? 0 : v; };
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
function cornerTol(fn, vals, units, cellU) {
  const base = fn(...vals); let m = 0;
  for (let mask = 0; mask < (1 << vals.length); mask++) {
    const v = vals.map((x, i) => x + (((mask >> i) & 1) ? 0.5 : -0.5) * units[i]);
    const r = fn(...v); if (Number.isFinite(r)) m = Math.max(m, Math.abs(r - base));
  }
  return m + 0.5 * cellU + 1e-9;
}

// ---------- names ----------
const COUNTIES = ['宁远县', '石泉县', '凤翔县', '临颍县', '桐梓县', '岳西县', '通许县', '会宁县', '永兴县', '宜章县', '巨野县', '蒲城县', '宾川县', '兴仁县', '泗洪县', '武陟县', '安岳县', '资中县', '岑巩县', '定边县', '柘城县', '渠县', '南漳县', '庆元县'];
const TOWNS = ['龙泉镇', '石桥镇', '河口镇', '柳林镇', '白马镇', '马坊乡', '新庄乡', '北山乡', '双河乡', '高桥镇', '青石乡', '三合镇', '大兴乡', '黄村镇', '杨柳乡', '古城镇', '红岩乡', '太平镇', '永安乡', '观音镇', '金山乡', '槐树乡', '梨园镇', '沙河镇', '五里铺镇', '安乐乡', '花园乡', '桥头镇', '白沙镇', '长岭乡'];
const PIAN_FAM = [['东部片区', '西部片区', '南部片区', '北部片区'], ['平原区', '丘陵区', '山区', '库区'], ['川道片', '塬区片', '山区片', '河谷片'], ['一片区', '二片区', '三片区', '四片区']];

// ---------- county data ----------
const DER = {
  grainA: ['riceA', 'wheatA', 'cornA', 'beanA', 'tuberA'], grainO: ['riceO', 'wheatO', 'cornO', 'beanO', 'tuberO'],
  cerealA: ['riceA', 'wheatA', 'cornA'], cerealO: ['riceO', 'wheatO', 'cornO'],
  oilA: ['rapeA', 'peanutA'], oilO: ['rapeO', 'peanutO'],
  econA: ['rapeA', 'peanutA', 'vegA', 'eoA'],
  sownA: ['riceA', 'wheatA', 'cornA', 'beanA', 'tuberA', 'rapeA', 'peanutA', 'vegA', 'eoA', 'fodderA'],
  meat: ['pork', 'beef', 'mutton', 'pmeat'],
  gov: ['farm', 'forest', 'animal', 'fish', 'serv'],
};
function gv(src, key, f = 'c') {
  if (DER[key]) return DER[key].reduce((a, k) => a + gv(src, k, f), 0);
  const x = src[key]; if (!x) throw new Error('no var ' + key);
  if (f === 'c' || f === 'p') return x[f];
  if (f.startsWith('qp')) return x.qp[+f.slice(2)];
  if (f.startsWith('q')) return x.q[+f.slice(1)];
  throw new Error('bad field ' + f);
}
function genTown(R, C) {
  const w = R.u(0.5, 1.6), v = {};
  const land = Math.round(w * R.u(20000, 50000)), landP = land + R.i(-400, 150);
  const fPad = C.south ? R.u(0.45, 0.8) : (C.somePaddy && R.p(0.5) ? R.u(0.01, 0.08) : 0);
  const fIrr = C.south ? (C.someIrr && R.p(0.5) ? R.u(0.01, 0.05) : 0) : R.u(0.2, 0.6);
  const split = (L) => { const pa = Math.round(L * fPad), ir = Math.round(L * fIrr); return [pa, ir, L - pa - ir]; };
  const [pa, ir, dr] = split(land), [paP, irP, drP] = split(landP);
  v.land = { c: land, p: landP }; v.paddy = { c: pa, p: paP }; v.irr = { c: ir, p: irP }; v.dry = { c: dr, p: drP };
  const fb = R.u(0.78, 0.92); v.basic = { c: Math.round(land * fb), p: Math.round(landP * fb) };
  const rp = Math.round(w * R.u(9000, 22000)); v.rpop = { c: rp, p: Math.round(rp * R.u(1.003, 1.025)) };
  const crop = (key, area, yld) => {
    const a = Math.max(0, Math.round(area)); const g = R.u(-0.06, 0.06), gy = R.u(-0.05, 0.07);
    const ap = a ? Math.max(1, Math.round(a / (1 + g))) : (R.p(0.1) ? Math.round(land * 0.01) : 0);
    const y = yld * R.u(0.93, 1.07);
    v[key + 'A'] = { c: a, p: ap }; v[key + 'O'] = { c: a * y / 1000, p: ap * y / (1 + gy) / 1000 };
  };
  const Y = C.y;
  const riceA = C.south ? pa * R.u(1.0, C.double ? 1.7 : 1.1) : pa * R.u(0.85, 1.0);
  const erF = C.double ? R.u(0.25, 0.42) : 0;
  crop('erice', riceA * erF, Y.erice); crop('lrice', riceA - Math.round(riceA * erF), Y.rice);
  v.riceA = { c: v.ericeA.c + v.lriceA.c, p: v.ericeA.p + v.lriceA.p }; v.riceO = { c: v.ericeO.c + v.lriceO.c, p: v.ericeO.p + v.lriceO.p };
  crop('wheat', C.south ? (R.p(0.2) ? 0 : land * R.u(0.01, 0.12)) : land * R.u(0.35, 0.7), Y.wheat);
  crop('corn', C.south ? land * R.u(0.08, 0.3) : land * R.u(0.4, 0.75), Y.corn);
  crop('bean', land * R.u(0.02, 0.08), Y.bean);
  crop('tuber', land * R.u(0.03, 0.15), Y.tuber);
  crop('rape', C.south ? land * R.u(0.1, 0.4) : (R.p(0.5) ? land * R.u(0.005, 0.05) : 0), Y.rape);
  crop('peanut', land * R.u(0.02, 0.12), Y.peanut);
  crop('veg', land * R.u(0.06, 0.3), Y.veg);
  crop('eo', R.p(0.3) ? 0 : land * R.u(0.003, 0.06), Y.eo);
  crop('fodder', land * R.u(0.005, 0.04), 2500);
  { const fb = R.u(0.1, 0.5), ft = R.u(0.2, 0.6);
    for (const f of ['c', 'p']) {
      const sa = v.wheatA[f] + Math.round(v.beanA[f] * fb) + Math.round(v.tuberA[f] * ft);
      const so = v.wheatO[f] + v.beanO[f] * fb + v.tuberO[f] * ft;
      (v.sumgA = v.sumgA || {})[f] = sa; (v.sumgO = v.sumgO || {})[f] = so;
      (v.autgA = v.autgA || {})[f] = v.riceA[f] + v.wheatA[f] + v.cornA[f] + v.beanA[f] + v.tuberA[f] - sa - v.ericeA[f];
      (v.autgO = v.autgO || {})[f] = v.riceO[f] + v.wheatO[f] + v.cornO[f] + v.beanO[f] + v.tuberO[f] - so - v.ericeO[f];
    } }
  // livestock: stocks (q = quarter-end, c = year-end) and flows (q = in-quarter, c = year)
  const stock = (key, base) => {
    const q4 = Math.round(base); const q = [R.u(0.9, 1.05), R.u(0.92, 1.05), R.u(0.95, 1.05)].map((x) => Math.round(q4 * x)); q.push(q4);
    const gp = R.u(-0.08, 0.1); const qp = q.map((x) => Math.round(x / (1 + gp * R.u(0.8, 1.2))));
    v[key] = { q, qp, c: q[3], p: qp[3], kind: 'stock' };
  };
  const flow = (key, yr) => {
    const sh = [0.28, 0.22, 0.22, 0.28].map((x) => x * R.u(0.85, 1.15)); const s = sh.reduce((a, b) => a + b, 0);
    const q = sh.map((x) => Math.round(yr * x / s)); const g = R.u(-0.08, 0.12);
    const qp = q.map((x) => Math.round(x / (1 + g * R.u(0.7, 1.3))));
    v[key] = { q, qp, c: q.reduce((a, b) => a + b, 0), p: qp.reduce((a, b) => a + b, 0), kind: 'flow' };
  };
  stock('pigS', w * R.u(3000, 12000));
  v.sowS = { q: v.pigS.q.map((x) => Math.round(x * R.u(0.08, 0.12))), qp: v.pigS.qp.map((x) => Math.round(x * R.u(0.08, 0.12))), kind: 'stock' }; v.sowS.c = v.sowS.q[3]; v.sowS.p = v.sowS.qp[3];
  flow('pigF', v.pigS.c * R.u(1.3, 1.7));
  stock('cattleS', w * R.u(300, 2500)); flow('cattleF', v.cattleS.c * R.u(0.3, 0.6));
  stock('sheepS', w * R.u(400, 5000)); flow('sheepF', v.sheepS.c * R.u(0.6, 1.1));
  stock('poulS', w * R.u(20000, 120000)); flow('poulF', v.poulS.c * R.u(1.5, 3.5));
  const meat = (key, from, k) => { const q = v[from].q.map((x) => x * k), qp = v[from].qp.map((x) => x * k * R.u(0.98, 1.02)); v[key] = { q, qp, c: q.reduce((a, b) => a + b, 0), p: qp.reduce((a, b) => a + b, 0), kind: 'flow' }; };
  meat('pork', 'pigF', C.cw.pig); meat('beef', 'cattleF', C.cw.cattle); meat('mutton', 'sheepF', C.cw.sheep); meat('pmeat', 'poulF', C.cw.poul);
  // output value 万元
  const gvv = (key, c, g) => { v[key] = { c, p: c / (1 + g) }; };
  const farm = land * R.u(0.22, 0.4);
  gvv('farm', farm, R.u(-0.03, 0.1)); gvv('forest', farm * R.u(0.02, 0.12), R.u(-0.05, 0.12));
  gvv('animal', gv(v, 'meat') * R.u(2.0, 3.2), R.u(-0.1, 0.1));
  gvv('fish', C.fishTowns && R.p(0.4) ? 0 : farm * R.u(0.02, 0.15), R.u(-0.03, 0.1));
  gvv('serv', farm * R.u(0.03, 0.08), R.u(0.02, 0.12));
  return v;
}
function aggVars(list) {
  const out = {};
  for (const k of Object.keys(list[0])) {
    const o = { c: 0, p: 0 };
    if (list[0][k].q) { o.q = [0, 0, 0, 0]; o.qp = [0, 0, 0, 0]; o.kind = list[0][k].kind; }
    for (const v of list) { o.c += v[k].c; o.p += v[k].p; if (o.q) for (let i = 0; i < 4; i++) { o.q[i] += v[k].q[i]; o.qp[i] += v[k].qp[i]; } }
    out[k] = o;
  }
  return out;
}
function makeCounty(R, probe) {
  const C = { name: R.pick(COUNTIES), year: R.i(2019, 2024), south: R.p(0.5) };
  C.double = C.south && R.p(0.6); C.somePaddy = R.p(0.4); C.someIrr = R.p(0.4); C.fishTowns = R.p(0.5);
  C.y = { erice: R.u(380, 440), rice: R.u(460, 560), wheat: R.u(320, 460), corn: R.u(420, 600), bean: R.u(130, 200), tuber: R.u(220, 320), rape: R.u(140, 195), peanut: R.u(220, 310), veg: R.u(1800, 3200), eo: R.u(140, 300) };
  C.eoName = R.pick(['烟叶', '中草药材', '茶叶（采摘面积）'.slice(0, 2)]);
  C.cw = { pig: R.u(0.075, 0.088), cattle: R.u(0.13, 0.17), sheep: R.u(0.014, 0.019), poul: R.u(0.0012, 0.0016) };
  const n = R.i(probe ? 5 : 6, probe ? 16 : 12);
  const names = R.shuffle(TOWNS).slice(0, n - 1); names.unshift(R.pick(['城关镇', '城关镇', '城关街道', '城厢镇']));
  C.towns = names.map((nm) => ({ name: nm, v: genTown(R, C) }));
  if (n >= 6 && R.p(0.25)) { C.towns[n - 1].name = R.pick(['县良种场', '国营农场', '县农场', '经济开发区']); C.extra = n - 1; }
  const np = C.extra !== undefined ? n - 1 : n;
  const k = np >= 10 ? R.i(2, 4) : np >= 6 ? R.i(2, 3) : 2;
  const fam = R.pick(PIAN_FAM);
  const sizes = Array(k).fill(2); for (let i = 2 * k; i < np; i++) sizes[R.i(0, k - 1)]++;
  let s = 0; C.pians = sizes.map((sz, j) => { const idx = []; for (let i = 0; i < sz; i++) idx.push(s + i); s += sz; return { name: fam[j], idx, v: aggVars(idx.map((i) => C.towns[i].v)) }; });
  C.tot = aggVars(C.towns.map((t) => t.v));
  return C;
}

// ---------- table model ----------
class Tab {
  constructor() { this.rows = []; this.cols = []; this.cells = {}; this.rels = []; this.notes = []; this.traps = []; this.unitCol = false; }
  row(key, label, o = {}) { this.rows.push({ key, label, type: 'data', level: 0, ...o }); this.cells[key] = this.cells[key] || {}; return key; }
  group(label, o = {}) { this.rows.push({ key: 'G' + this.rows.length, label, type: 'group', level: 0, ...o }); }
  col(key, o) { this.cols.push({ key, ...o }); return key; }
  set(rk, ck, ex, dec) { const v = rnd(ex, dec); this.cells[rk][ck] = { v, dec, ex }; return v; }
  setv(rk, ck, v, dec) { this.cells[rk][ck] = { v, dec, ex: v }; return v; }
  na(rk, ck) { this.cells[rk][ck] = { na: 'na', dec: 0 }; }
  zero(rk, ck, dec) { this.cells[rk][ck] = { na: 'zero', dec: dec ?? 0, ex: 0 }; }
  c(rk, ck) { return this.cells[rk] && this.cells[rk][ck]; }
  num(x) { const c = this.c(x[0], x[1]); if (!c) return undefined; if (c.na) return c.na === 'zero' ? 0 : undefined; return c.v; }
  U(x) { const c = this.c(x[0], x[1]); return 10 ** -(c ? c.dec : 0); }
  sum(total, parts, mult = 1) {
    const vals = [total, ...parts].map((x) => this.num(x)); if (vals.some((v) => v === undefined)) return false;
    if (vals.every((v) => v === 0)) return false;
    const tol = mult * (0.5 * this.U(total) + parts.reduce((a, p) => a + 0.5 * this.U(p), 0)) + 1e-9;
    this.rels.push({ t: 'sum', total, parts, tol }); return true;
  }
  same(total, part) { // stock: year = year-end quarter
    if (this.num(total) === undefined || this.num(part) === undefined) return;
    this.rels.push({ t: 'sum', total, parts: [part], tol: 1e-9 });
  }
  le(whole, parts) {
    const vals = [whole, ...parts].map((x) => this.num(x)); if (vals.some((v) => v === undefined) || vals.every((v) => v === 0)) return;
    this.rels.push({ t: 'le', whole, parts, tol: 0.5 * this.U(whole) + parts.reduce((a, p) => a + 0.5 * this.U(p), 0) + 1e-9 });
  }
  rate(cell, num, den, k) {
    const c = this.num(cell), a = this.num(num), b = this.num(den); if ([c, a, b].some((v) => v === undefined)) return;
    if (!b || Math.abs(b) / this.U(den) < 20 || Math.abs(a) / this.U(num) < 5) return;
    this.rels.push({ t: 'rate', cell, num, den, k, tol: cornerTol((x, y) => x / y * k, [a, b], [this.U(num), this.U(den)], this.U(cell)) });
  }
  growth(cell, cur, prev) {
    const c = this.num(cell), a = this.num(cur), b = this.num(prev); if ([c, a, b].some((v) => v === undefined)) return;
    if (!(b > 0) || b / this.U(prev) < 20) return;
    this.rels.push({ t: 'growth', cell, cur, prev, tol: cornerTol((x, y) => (x / y - 1) * 100, [a, b], [this.U(cur), this.U(prev)], this.U(cell)) });
  }
  pp(cell, cur, prev) {
    const c = this.num(cell), a = this.num(cur), b = this.num(prev); if ([c, a, b].some((v) => v === undefined)) return;
    this.rels.push({ t: 'pp', cell, cur, prev, tol: 0.5 * this.U(cell) + 0.5 * this.U(cur) + 0.5 * this.U(prev) + 1e-9 });
  }
  cagr(cell, end, start, n) {
    const c = this.num(cell), a = this.num(end), b = this.num(start); if ([c, a, b].some((v) => v === undefined) || !(b > 0) || b / this.U(start) < 20) return;
    this.rels.push({ t: 'cagr', cell, end, start, n, tol: cornerTol((x, y) => (Math.pow(x / y, 1 / n) - 1) * 100, [a, b], [this.U(end), this.U(start)], this.U(cell)) });
  }
  // helpers computing and setting derived cells from exact values
  setGrowth(rk, ck, exCur, exPrev, dec, curX, prevX) {
    if (!(exPrev > 0) || !(exCur >= 0) || (curX && this.num(curX) === undefined)) { this.na(rk, ck); return; }
    this.set(rk, ck, (exCur / exPrev - 1) * 100, dec); if (curX && prevX) this.growth([rk, ck], curX, prevX);
  }
  setDiff(rk, ck, curX, prevX, dec, exact) {
    const a = this.num(curX), b = this.num(prevX); if (a === undefined || b === undefined) { this.na(rk, ck); return; }
    const ca = this.c(...curX), cb = this.c(...prevX);
    this.set(rk, ck, exact && ca.ex !== undefined && cb.ex !== undefined ? ca.ex - cb.ex : a - b, dec); this.pp([rk, ck], curX, prevX);
  }
  setRate(rk, ck, exNum, exDen, k, dec, numX, denX) {
    if (!exDen || (numX && (this.num(numX) === undefined || this.num(denX) === undefined))) { this.na(rk, ck); return; }
    this.set(rk, ck, exNum / exDen * k, dec); if (numX) this.rate([rk, ck], numX, denX, k);
  }
}
const AREA = { 亩: { f: 1, d: 0 }, 万亩: { f: 1e-4, d: 2 }, 公顷: { f: 1 / 15, d: 0 } };
const OUTU = { 吨: { f: 1, d: 0 }, 万吨: { f: 1e-4, d: 2 } };
const HEADU = { 头: { f: 1, d: 0 }, 万头: { f: 1e-4, d: 2 } };
const BIRDU = { 只: { f: 1, d: 0 }, 万只: { f: 1e-4, d: 2 } };
const VALU = { 万元: { f: 1, d: 0 }, 亿元: { f: 1e-4, d: 2 } };
const CNUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const GH = (R) => R.pick(['增长(%)', '比上年增长（%）', '增长（%）', '增减(%)', '比上年±%', '增幅（%）']);

function townOpts(R, ctx, transposed) {
  const o = {
    total: R.p(0.6) ? 'top' : 'bottom', totName: R.pick(['全县', '合计', '全县合计', '全　县', '总计']),
    pian: ctx.allowPian && R.p(ctx.probe ? 0.35 : 0.25), pianStyle: R.p(0.6) ? 'top' : 'sub',
  };
  if (o.total === 'top' && R.p(0.2)) o.totName = ctx.county;
  if (o.total === 'bottom' && o.totName === '全　县') o.totName = '合计';
  if (transposed) o.pianStyle = 'top';
  return o;
}
function townUnits(T, C, R, o, ctx) {
  const tot = { rk: 'TOT', src: C.tot, kind: 'total', label: o.totName };
  const list = [];
  const mark = ctx.probe && R.p(0.15) ? R.i(0, C.towns.length - 1) : -1;
  const td = C.towns.map((t, i) => ({ rk: 'T' + i, src: t.v, kind: 'town', label: t.name + (i === mark ? '①' : '') }));
  if (mark >= 0) T.notes.push(`注：①${C.towns[mark].name.replace('①', '')}含${R.pick(['县农场', '原' + R.pick(TOWNS) + '部分村', '县良种场', '城区街道'])}数据。`);
  if (o.total === 'top') list.push(tot);
  if (o.pian) {
    tot.parts = [];
    C.pians.forEach((p, j) => {
      const pu = { rk: 'P' + j, src: p.v, kind: 'pian', label: o.pianStyle === 'sub' ? R.pick(['小计', '　小计']) : p.name, parts: p.idx.map((i) => 'T' + i) };
      tot.parts.push(pu.rk);
      if (o.pianStyle === 'sub') { list.push({ group: true, label: p.name }); p.idx.forEach((i) => list.push({ ...td[i], level: 1 })); list.push({ ...pu, level: 1 }); }
      else { list.push(pu); p.idx.forEach((i) => list.push({ ...td[i], level: 1 })); }
    });
    if (C.extra !== undefined) { list.push(td[C.extra]); tot.parts.push(td[C.extra].rk); T.traps.push('unit outside 片区 (农场/开发区) in total'); }
    T.traps.push('片区 subtotals (total = sum of 片区, not of all rows)');
  } else { tot.parts = td.map((t) => t.rk); td.forEach((t) => list.push(t)); }
  if (o.total === 'bottom') list.push(tot);
  list.forEach((u) => (u.group ? T.group(u.label) : T.row(u.rk, u.label, { level: u.level || 0, kind: u.kind })));
  return list.filter((u) => !u.group);
}
// fill a column over town units; f(src) -> exact value in display unit or null (n/a); zero -> zero marker
function fillCol(T, units, ck, f, dec, o = {}) {
  for (const u of units) {
    const ex = f(u.src);
    if (ex === null || ex === undefined) { T.na(u.rk, ck); continue; }
    if (Math.abs(ex) < 1e-12 && o.zeroMark !== false) { T.zero(u.rk, ck, dec); continue; }
    T.set(u.rk, ck, ex, dec);
  }
  if (o.sum !== false) for (const u of units) if (u.parts) T.sum([u.rk, ck], u.parts.map((p) => [p, ck]));
}

// ---------- builders ----------
// B1 耕地面积 by township
function bLand(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'land';
  const o = townOpts(R, ctx, ctx.transpose); const units = townUnits(T, C, R, o, ctx);
  T.labelHead = R.pick(['乡镇', '乡（镇）', '单位', '地区', '乡镇名称']);
  T.title = R.pick([`${C.name}${Y}年各乡镇耕地面积`, `${Y}年${C.name}分乡镇耕地情况`, `表${R.i(2, 9)}-${R.i(1, 12)}  各乡（镇）耕地面积（${Y}年末）`, `${C.name}耕地面积统计表（${Y}年）`]);
  const variant = R.p(0.3) ? 'pair' : 'types';
  let landX, landMuK;
  if (variant === 'types') {
    const uname = R.p(0.75) ? '亩' : '公顷'; const U = AREA[uname]; const dec = uname === '公顷' && R.p(0.5) ? 1 : U.d;
    const types = [['paddy', '水田'], ['irr', '水浇地'], ['dry', '旱地']].filter(([k]) => C.tot[k].c > 0);
    const split = R.p(0.7);
    T.col('land', { g: 'L', h1: '耕地面积', h2: split ? R.pick(['合计', '小计', '计']) : undefined, unit: uname, tl: '耕地面积' });
    types.forEach(([k, nm]) => T.col(k, split ? { g: 'L', h1: '耕地面积', h2: nm, unit: uname, tl: '　' + nm } : { h1: nm, unit: uname }));
    fillCol(T, units, 'land', (s) => s.land.c * U.f, dec);
    types.forEach(([k]) => fillCol(T, units, k, (s) => s[k].c * U.f, dec));
    for (const u of units) T.sum([u.rk, 'land'], types.map(([k]) => [u.rk, k]));
    landX = 'land'; landMuK = 1 / U.f;
    if (R.p(0.6)) { T.col('basic', { h1: R.pick(['基本农田', '永久基本农田', '其中：永久基本农田']), unit: uname }); fillCol(T, units, 'basic', (s) => s.basic.c * U.f, dec); for (const u of units) T.le([u.rk, 'land'], [[u.rk, 'basic']]); }
  } else {
    T.col('landmu', { g: 'L', h1: R.pick(['耕地面积', '年末耕地面积']), h2: '亩', tl: '耕地面积（亩）' });
    T.col('landha', { g: 'L', h1: T.cols[0].h1, h2: '公顷', tl: '耕地面积（公顷）' });
    fillCol(T, units, 'landmu', (s) => s.land.c, 0); fillCol(T, units, 'landha', (s) => s.land.c / 15, R.p(0.5) ? 0 : 1);
    T.traps.push('亩 and 公顷 side by side (no sum across)');
    landX = 'landmu'; landMuK = 1;
    if (R.p(0.6)) { T.col('paddy', { h1: '其中：水田', h2: undefined, unit: '亩' }); fillCol(T, units, 'paddy', (s) => s.paddy.c, 0); for (const u of units) T.le([u.rk, 'landmu'], [[u.rk, 'paddy']]); }
  }
  if (R.p(0.5)) {
    T.col('rpop', { h1: R.pick(['乡村人口', '农业人口', '乡村户籍人口']), unit: '人' }); fillCol(T, units, 'rpop', (s) => s.rpop.c, 0);
    const d = R.p(0.7) ? 2 : 1;
    T.col('pc', { h1: R.pick(['人均耕地', '人均耕地面积']), unit: '亩' });
    for (const u of units) T.setRate(u.rk, 'pc', u.src.land.c, u.src.rpop.c, 1, d, [u.rk, landX], [u.rk, 'rpop']);
    // rel uses displayed land in its unit -> k
    T.rels = T.rels.map((r) => (r.t === 'rate' && r.cell[1] === 'pc' ? fixRateK(T, r, landMuK) : r));
    T.traps.push('人均耕地: total row = total land / total population, not a sum');
  }
  if (R.p(0.4)) T.notes.push(R.pick(['注：耕地面积为第三次全国国土调查变更数据。', '资料来源：县自然资源局', '注：1公顷=15亩。', '资料来源：县自然资源局、县统计局']));
  return T;
}
function fixRateK(T, r, k) { const n = { ...r, k }; const a = T.num(r.num), b = T.num(r.den); n.tol = cornerTol((x, y) => x / y * k, [a, b], [T.U(r.num), T.U(r.den)], T.U(r.cell)); return n; }

// B2 county crops, hierarchical rows
function bCropCounty(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'cropCounty'; const S = C.tot;
  T.title = R.pick([`${C.name}${Y}年主要农作物播种面积和产量`, `${Y}年${C.name}农作物播种面积、产量及单产`, `主要农作物生产情况（${Y}年）`, `${C.name}主要农作物产量`]);
  T.labelHead = R.pick(['作物名称', '项目', '指标', '品种']);
  const au = R.pick(['亩', '亩', '万亩', '公顷']), ou = R.pick(['吨', '吨', '万吨']);
  const A = AREA[au], O = OUTU[ou]; const odec = ou === '吨' && R.p(0.3) ? 1 : O.d;
  const yu = R.p(0.85) ? '公斤/亩' : '公斤/公顷'; const ydec = R.p(0.7) ? 0 : 1;
  const yK = 1000 * (A.f / O.f) * (yu === '公斤/公顷' ? (au === '公顷' ? 1 : 15) : (au === '公顷' ? 1 / 15 : 1)) / (au === '公顷' ? 1 : 1);
  // yield kg/mu = out_t*1000/area_mu ; display: out_d = out_t*O.f, area_d = area_mu*A.f -> yield = out_d/area_d * 1000*A.f/O.f ; per 公顷: *15
  const kY = 1000 * A.f / O.f * (yu === '公斤/公顷' ? 15 : 1);
  void yK;
  const num = R.p(0.5);
  let rows = [];
  const R_ = (key, label, level, o = {}) => rows.push({ key, label, level, ...o });
  R_('sownA', '农作物总播种面积', 0, { areaOnly: true });
  R_('grain', (num ? '一、' : '') + R.pick(['粮食作物', '粮食']), num ? 0 : 1, { parts: ['cereal', 'bean', 'tuber'] });
  const season = R.p(ctx.probe ? 0.45 : 0.3);
  if (season) {
    rows[rows.length - 1].parts2 = ['sumg', 'erice', 'autg'];
    rows.push({ group: true, label: '按季节分：', level: num ? 1 : 2 });
    R_('sumg', '夏粮', num ? 1 : 2); if (S.ericeA.c + S.ericeA.p > 0) R_('erice', '早稻', num ? 1 : 2, { dupKey: 'erice' }); R_('autg', '秋粮', num ? 1 : 2);
    rows.push({ group: true, label: '按品种分：', level: num ? 1 : 2 });
    T.traps.push('grain split twice (by season and by kind)');
  }
  R_('cereal', (num ? '1.' : '') + '谷物', num ? 1 : 2, { parts: ['rice', 'wheat', 'corn'] });
  if (S.riceA.c + S.riceA.p > 0) R_('rice', '稻谷', num ? 2 : 3);
  if (S.ericeA.c > 0 && R.p(0.7) && !rows.some((x) => x.key === 'erice')) R_('erice', '其中：早稻', num ? 3 : 4, { le: 'rice' });
  R_('wheat', '小麦', num ? 2 : 3); R_('corn', '玉米', num ? 2 : 3);
  R_('bean', (num ? '2.' : '') + '豆类', num ? 1 : 2);
  const tm = R.p(0.4);
  R_('tuber', (num ? '3.' : '') + R.pick(['薯类', '薯类（折粮）']) + (tm ? '①' : ''), num ? 1 : 2);
  if (tm) T.notes.push('注：①薯类按5公斤鲜薯折1公斤粮食计算。');
  R_('econA', (num ? '二、' : '') + '经济作物', num ? 0 : 1, { areaOnly: true, parts: ['oil', 'veg', 'eo'] });
  const oilMode = R.pick(['sum', 'le', 'none']);
  R_('oil', (num ? '1.' : '') + '油料', num ? 1 : 2, { parts: oilMode === 'sum' ? ['rape', 'peanut'] : null });
  if (oilMode === 'sum') { R_('rape', '油菜籽', num ? 2 : 3); R_('peanut', '花生', num ? 2 : 3); }
  if (oilMode === 'le') R_(S.rapeA.c > S.peanutA.c ? 'rape' : 'peanut', '其中：' + (S.rapeA.c > S.peanutA.c ? '油菜籽' : '花生'), num ? 2 : 3, { le: 'oil' });
  R_('veg', (num ? '2.' : '') + R.pick(['蔬菜', '蔬菜（含菜用瓜）', '蔬菜及食用菌']), num ? 1 : 2);
  R_('eo', (num ? '3.' : '') + C.eoName, num ? 1 : 2);
  R_('fodder', (num ? '三、' : '') + R.pick(['其他农作物', '青饲料及其他']), num ? 0 : 1, { areaOnly: true });
  const exA = (k, f) => (k === 'sownA' || k === 'econA' ? gv(S, k, f) : k === 'grain' ? gv(S, 'grainA', f) : k === 'cereal' ? gv(S, 'cerealA', f) : k === 'oil' ? gv(S, 'oilA', f) : gv(S, k + 'A', f)) * A.f;
  const exO = (k, f) => (k === 'grain' ? gv(S, 'grainO', f) : k === 'cereal' ? gv(S, 'cerealO', f) : k === 'oil' ? gv(S, 'oilO', f) : gv(S, k + 'O', f)) * O.f;
  const layout = R.pick(['one', 'one', 'two', 'twoA']);
  // sownA parts
  const sownParts = ['grain', 'econA', 'fodder'];
  rows.forEach((r) => (r.group ? T.group(r.label, { level: r.level }) : T.row(r.key, r.label, { level: r.level })));
  const grows = rows; rows = rows.filter((r) => !r.group); void grows;
  T.unitCol = false;
  const cols = [];
  const yh = R.pick(['单产', '亩产', '单位面积产量', '平均单产']);
  if (layout === 'one') {
    const order = R.p(0.7) ? ['A', 'O', 'Y'] : ['A', 'Y', 'O'];
    for (const x of order) cols.push(x === 'A' ? { key: 'A', h1: R.pick(['播种面积', '面积']), unit: au, m: 'A', f: 'c' } : x === 'O' ? { key: 'O', h1: R.pick(['总产量', '产量']), unit: ou, m: 'O', f: 'c' } : { key: 'Y', h1: yh, unit: yu, m: 'Y', f: 'c' });
  } else if (layout === 'two') {
    const y0 = `${Y - 1}年`, y1 = `${Y}年`; const g = GH(R);
    cols.push({ key: 'Ap', g: 'A', h1: '播种面积', h2: y0, unit: au, m: 'A', f: 'p' }, { key: 'Ac', g: 'A', h1: '播种面积', h2: y1, unit: au, m: 'A', f: 'c' }, { key: 'Ag', g: 'A', h1: '播种面积', h2: g, m: 'G', of: 'A' });
    cols.push({ key: 'Op', g: 'O', h1: '总产量', h2: y0, unit: ou, m: 'O', f: 'p' }, { key: 'Oc', g: 'O', h1: '总产量', h2: y1, unit: ou, m: 'O', f: 'c' }, { key: 'Og', g: 'O', h1: '总产量', h2: g, m: 'G', of: 'O' });
    if (R.p(0.6)) cols.push({ key: 'Yp', g: 'Y', h1: yh, h2: y0, unit: yu, m: 'Y', f: 'p' }, { key: 'Yc', g: 'Y', h1: yh, h2: y1, unit: yu, m: 'Y', f: 'c' });
  } else {
    // current year figures + growth of each
    const g = R.pick(['比上年增长（%）', '增长%', '±%']);
    cols.push({ key: 'Ac', g: 'A', h1: '播种面积', h2: R.pick(['本年', '绝对数']), unit: au, m: 'A', f: 'c' }, { key: 'Ag', g: 'A', h1: '播种面积', h2: g, m: 'G', of: 'A', noPrev: true });
    cols.push({ key: 'Oc', g: 'O', h1: '总产量', h2: T.cols.length ? '' : R.pick(['本年', '绝对数']), unit: ou, m: 'O', f: 'c' }, { key: 'Og', g: 'O', h1: '总产量', h2: g, m: 'G', of: 'O', noPrev: true });
    cols[2].h2 = cols[0].h2;
    cols.push({ key: 'Yc', h1: yh, unit: yu, m: 'Y', f: 'c' });
  }
  const gdec = R.p(0.85) ? 1 : 2;
  cols.forEach((c) => T.col(c.key, c));
  const byKey = Object.fromEntries(cols.map((c) => [c.key, c]));
  for (const r of rows) {
    for (const c of cols) {
      if (c.m === 'A') { T.set(r.key, c.key, exA(r.key, c.f), A.d); if (exA(r.key, c.f) === 0) T.zero(r.key, c.key, A.d); }
      else if (c.m === 'O') { if (r.areaOnly) T.na(r.key, c.key); else if (exO(r.key, c.f) === 0) T.zero(r.key, c.key, odec); else T.set(r.key, c.key, exO(r.key, c.f), odec); }
    }
    for (const c of cols) {
      if (c.m === 'Y') {
        const aK = cols.find((x) => x.m === 'A' && x.f === c.f), oK = cols.find((x) => x.m === 'O' && x.f === c.f);
        if (r.areaOnly || !(exA(r.key, c.f) > 0)) { T.na(r.key, c.key); continue; }
        T.set(r.key, c.key, exO(r.key, c.f) / exA(r.key, c.f) * kY, ydec);
        if (aK && oK) T.rate([r.key, c.key], [r.key, oK.key], [r.key, aK.key], kY);
      } else if (c.m === 'G') {
        const src = c.of === 'A' ? exA : exO;
        if ((c.of === 'O' && r.areaOnly) || !(src(r.key, 'p') > 0) || !(src(r.key, 'c') > 0)) { T.na(r.key, c.key); continue; }
        const cur = cols.find((x) => x.m === c.of && x.f === 'c'), prev = cols.find((x) => x.m === c.of && x.f === 'p');
        T.setGrowth(r.key, c.key, src(r.key, 'c'), src(r.key, 'p'), gdec, prev ? [r.key, cur.key] : null, prev ? [r.key, prev.key] : null);
      }
    }
  }
  void byKey;
  // sums / le
  for (const c of cols) {
    if (c.m !== 'A' && c.m !== 'O') continue;
    for (const r of rows) {
      if (r.key === 'sownA' && c.m === 'A') T.sum([r.key, c.key], sownParts.map((p) => [p, c.key]));
      let parts = r.parts; if (!parts) { if (r.le) T.le([r.le, c.key], [[r.key, c.key]]); continue; }
      parts = parts.filter((p) => rows.some((x) => x.key === p));
      if (r.key === 'econA' && c.m === 'O') continue;
      if (r.key === 'econA' && !rows.some((x) => x.key === 'oil')) continue;
      if (parts.every((p) => rows.some((x) => x.key === p))) T.sum([r.key, c.key], parts.map((p) => [p, c.key]));
      if (r.parts2) T.sum([r.key, c.key], r.parts2.filter((p) => rows.some((x) => x.key === p)).map((p) => [p, c.key]));
    }
  }
  if (layout !== 'one' && R.p(0.3)) T.notes.push('注：单产增长按公斤/亩计算。');
  const u = au === ou ? au : null;
  T.unitNote = R.p(0.3) ? `面积：${au}；产量：${ou}；单产：${yu}` : null;
  if (R.p(0.4)) T.notes.push(R.pick(['资料来源：县农业农村局、县统计局', '注：本表数据因四舍五入，合计与分项之和可能略有差异。', '注：粮食作物包括谷物、豆类和薯类。']));
  void u;
  T.traps.push('yields (公斤/亩) are ratios: total row yield = total output / total area');
  if (au !== '亩' || ou !== '吨') T.traps.push(`area in ${au}, output in ${ou}, yield in ${yu}`);
  return T;
}

// B3 crops by township
function bCropTown(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'cropTown';
  const o = townOpts(R, ctx, ctx.transpose); const units = townUnits(T, C, R, o, ctx);
  T.labelHead = R.pick(['乡镇', '乡（镇）', '地区', '单位名称']);
  T.title = R.pick([`${C.name}${Y}年分乡镇主要农作物产量`, `${Y}年各乡镇粮食生产情况`, `各乡（镇）主要农作物播种面积及产量（${Y}年）`]);
  const au = R.p(0.8) ? '亩' : '公顷'; const A = AREA[au]; const ou = '吨'; const odec = R.p(0.25) ? 1 : 0;
  const yh = R.pick(['单产', '亩产', '平均亩产']);
  const kY = 1000 * A.f;
  const crops = R.shuffle(C.south ? ['rice', 'corn', 'oil', 'veg', 'tuber'] : ['wheat', 'corn', 'oil', 'veg', 'bean']).slice(0, R.i(1, ctx.transpose ? 2 : 3));
  const NM = { rice: '稻谷', wheat: '小麦', corn: '玉米', oil: '油料', veg: '蔬菜', tuber: '薯类', bean: '豆类' };
  const grainName = R.pick(['粮食', '粮食作物']);
  const groups = [['grain', grainName, 'grainA', 'grainO', true], ...crops.map((k) => [k, NM[k], k === 'oil' ? 'oilA' : k + 'A', k === 'oil' ? 'oilO' : k + 'O', R.p(0.35)])];
  for (const [k, nm, ak, ok, withY] of groups) {
    const yd = R.p(0.5) ? 0 : 1;
    T.col(k + 'A', { g: k, h1: nm, h2: R.pick(['播种面积', '面积']), unit: au, tl: nm + '播种面积' });
    T.col(k + 'O', { g: k, h1: nm, h2: R.pick(['产量', '总产量']), unit: ou, tl: nm + '产量' });
    if (withY) T.col(k + 'Y', { g: k, h1: nm, h2: yh, unit: '公斤/亩', tl: nm + yh });
    fillCol(T, units, k + 'A', (s) => gv(s, ak) * A.f, A.d);
    fillCol(T, units, k + 'O', (s) => gv(s, ok), odec);
    if (withY) for (const u of units) { if (!(gv(u.src, ak) > 0)) { T.na(u.rk, k + 'Y'); continue; } T.set(u.rk, k + 'Y', gv(u.src, ok) / gv(u.src, ak) * 1000, yd); T.rate([u.rk, k + 'Y'], [u.rk, k + 'O'], [u.rk, k + 'A'], kY); }
  }
  // fix yield decimals per column (consistency): recompute with a single dec
  const gcs = crops.filter((k) => ['rice', 'wheat', 'corn', 'tuber', 'bean'].includes(k));
  if (gcs.length) for (const u of units) { T.le([u.rk, 'grainA'], gcs.map((k) => [u.rk, k + 'A'])); T.le([u.rk, 'grainO'], gcs.map((k) => [u.rk, k + 'O'])); }
  T.traps.push('yield columns in a township table: not summed');
  if (R.p(0.5)) T.unitNote = `面积：${au}；产量：${ou}；${yh}：公斤/亩`;
  if (R.p(0.4)) T.notes.push(R.pick(['资料来源：县统计局农村住户调查及农业统计年报', '注：粮食产量含薯类折粮。', '注：油料包括油菜籽和花生。']));
  return T;
}

// B4 county livestock by quarter / cumulative
function bLiveQ(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'liveQ'; const S = C.tot;
  const mode = R.pick(['q', 'q', 'cum', 'rep']); const cum = mode === 'cum'; const qn = R.i(2, 4);
  const QH = { 2: ['4-6月', '1-6月', '二季度', '上半年'], 3: ['7-9月', '1-9月', '三季度', '前三季度'], 4: ['10-12月', '1-12月', '四季度', '全年'] }[qn];
  T.title = cum ? R.pick([`${C.name}${Y}年畜牧业生产情况（累计）`, `${Y}年${C.name}主要畜禽存出栏情况`]) : R.pick([`${C.name}${Y}年分季度畜牧业生产情况`, `${Y}年各季度主要畜禽生产`, `${C.name}畜牧业季度统计（${Y}年）`]);
  T.labelHead = R.pick(['指标', '指标名称', '项目']); T.unitCol = true;
  const hu = R.p(0.7) ? '头' : '万头', bu = R.p(0.5) ? '万只' : '只'; const H = HEADU[hu], B = BIRDU[bu];
  const mu = '吨'; const M = OUTU[mu]; const mdec = R.p(0.5) ? 0 : 1;
  const spec = [];
  const bySpecies = R.p(0.6);
  const sp = [['pig', '生猪'], ['cattle', '牛'], ['sheep', '羊'], ['poul', '家禽']].filter(() => true);
  const stk = R.pick(['存栏', '期末存栏', '年末存栏']);
  if (bySpecies) {
    for (const [k, nm] of sp) {
      const U = k === 'poul' ? B : H, un = k === 'poul' ? bu : hu;
      spec.push({ key: k + 'S', label: nm + stk, unit: un, U, var: k + 'S', kind: 'stock' });
      if (k === 'pig' && R.p(0.6)) spec.push({ key: 'sowS', label: '其中：能繁母猪', unit: un, U, var: 'sowS', kind: 'stock', level: 1, le: 'pigS' });
      spec.push({ key: k + 'F', label: nm + '出栏', unit: un, U, var: k + 'F', kind: 'flow' });
    }
  } else {
    const gnum = R.p(0.5);
    spec.push({ group: (gnum ? '一、' : '') + '出栏' });
    for (const [k, nm] of sp) spec.push({ key: k + 'F', label: nm, unit: k === 'poul' ? bu : hu, U: k === 'poul' ? B : H, var: k + 'F', kind: 'flow', level: 1 });
    spec.push({ group: (gnum ? '二、' : '') + R.pick(['存栏', '期末存栏']) });
    for (const [k, nm] of sp) {
      spec.push({ key: k + 'S', label: nm, unit: k === 'poul' ? bu : hu, U: k === 'poul' ? B : H, var: k + 'S', kind: 'stock', level: 1 });
      if (k === 'pig' && R.p(0.5)) spec.push({ key: 'sowS', label: '其中：能繁母猪', unit: hu, U: H, var: 'sowS', kind: 'stock', level: 2, le: 'pigS' });
    }
  }
  if (R.p(0.8)) {
    spec.push({ key: 'meat', label: R.pick(['肉类总产量', '猪牛羊禽肉产量']), unit: mu, U: { f: M.f, d: mdec }, var: 'meat', kind: 'flow', parts: ['pork', 'beef', 'mutton', 'pmeat'] });
    for (const [k, nm] of [['pork', '猪肉'], ['beef', '牛肉'], ['mutton', '羊肉'], ['pmeat', '禽肉']]) spec.push({ key: k, label: nm, unit: mu, U: { f: M.f, d: mdec }, var: k, kind: 'flow', level: 1 });
  }
  for (const s of spec) if (s.group) T.group(s.group); else T.row(s.key, s.label, { level: s.level || 0, unit: s.unit });
  const rowsS = spec.filter((s) => !s.group);
  const withPrev = R.p(0.6);
  const gdec = R.p(0.85) ? 1 : 2;
  void withPrev;
  const qk = ['q0', 'q1', 'q2', 'q3'];
  if (mode === 'rep') {
    T.title = R.pick([`${C.name}${Y}年${QH[3]}畜牧业生产情况`, `${Y}年${QH[3]}${C.name}主要畜禽生产`]);
    const alt = R.p(0.5);
    T.col('m', { h1: alt ? QH[2] : QH[0] }); T.col('cc', { h1: alt ? QH[3] : QH[1] });
    T.col('pc', { h1: R.pick(['上年同期', `${Y - 1}年同期`]) }); T.col('g', { h1: R.pick(['同比增长（%）', '增长(%)', '同比±%']) });
    for (const s of rowsS) {
      const d = s.U.d; const ex = (f) => gv(S, s.var, f) * s.U.f; const i = qn - 1;
      T.set(s.key, 'm', ex('q' + i), d);
      let cc = 0, pc = 0; for (let j = 0; j <= i; j++) { cc = s.kind === 'flow' ? cc + ex('q' + j) : ex('q' + j); pc = s.kind === 'flow' ? pc + ex('qp' + j) : ex('qp' + j); }
      T.set(s.key, 'cc', cc, d); T.set(s.key, 'pc', pc, d);
      if (s.kind === 'flow') T.le([s.key, 'cc'], [[s.key, 'm']]); else T.same([s.key, 'cc'], [s.key, 'm']);
      T.setGrowth(s.key, 'g', cc, pc, gdec, [s.key, 'cc'], [s.key, 'pc']);
    }
    T.traps.push('quarter + cumulative columns; stock rows: 累计 column = quarter-end stock');
  } else if (!cum) {
    const qh = R.p(0.5) ? ['一季度', '二季度', '三季度', '四季度'] : ['第一季度', '第二季度', '第三季度', '第四季度'];
    qk.forEach((k, i) => T.col(k, { h1: qh[i] }));
    T.col('y', { h1: R.pick(['全年', '全年合计', `${Y}年`]) });
    if (withPrev) { T.col('p', { h1: R.pick(['上年', `${Y - 1}年`]) }); T.col('g', { h1: GH(R) }); }
    for (const s of rowsS) {
      const ex = (f) => gv(S, s.var, f) * s.U.f; const d = s.U.d;
      qk.forEach((k) => T.set(s.key, k, ex(k), d));
      T.set(s.key, 'y', ex('c'), d);
      if (s.kind === 'flow') T.sum([s.key, 'y'], qk.map((k) => [s.key, k])); else T.same([s.key, 'y'], [s.key, 'q3']);
      if (withPrev) { T.set(s.key, 'p', ex('p'), d); T.setGrowth(s.key, 'g', ex('c'), ex('p'), gdec, [s.key, 'y'], [s.key, 'p']); }
    }
    T.traps.push('stock rows: 全年 = 四季度末 (not the sum of quarters); flow rows: 全年 = sum');
  } else {
    const ch = R.p(0.5) ? ['1-3月', '1-6月', '1-9月', '1-12月'] : ['一季度', '上半年', '前三季度', '全年'];
    qk.forEach((k, i) => T.col(k, { h1: ch[i] }));
    if (withPrev) { T.col('p', { h1: R.pick(['上年同期', '上年']) }); T.col('g', { h1: R.pick(['同比增长（%）', '增长(%)', '同比±%']) }); }
    for (const s of rowsS) {
      const d = s.U.d;
      let acc = 0;
      qk.forEach((k, i) => { const x = gv(S, s.var, k) * s.U.f; acc = s.kind === 'flow' ? acc + x : x; T.set(s.key, k, acc, d); if (s.kind === 'flow' && i > 0) T.le([s.key, k], [[s.key, qk[i - 1]]]); });
      if (withPrev) { const ex = (f) => gv(S, s.var, f) * s.U.f; T.set(s.key, 'p', ex('p'), d); T.setGrowth(s.key, 'g', ex('c'), ex('p'), gdec, [s.key, 'q3'], [s.key, 'p']); }
    }
    T.traps.push('cumulative columns (1-3月..1-12月): flows not additive across columns');
  }
  // meat = sum of four; sow <= pig
  for (const s of rowsS) for (const c of T.cols) {
    if (c.key === 'g') continue;
    if (s.parts) T.sum([s.key, c.key], s.parts.map((p) => [p, c.key]));
    if (s.le && rowsS.some((x) => x.key === s.le)) T.le([s.le, c.key], [[s.key, c.key]]);
  }
  if (R.p(0.5)) T.notes.push(R.pick(['注：存栏为季末（年末）数，出栏为当季数。', '注：存栏数为期末数，全年存栏即年末存栏。', '注：出栏、产量为累计数，存栏为期末数。'].filter((x, i) => (cum ? i !== 0 : i !== 2))));
  if (R.p(0.4)) T.notes.push('资料来源：县畜牧兽医服务中心、县统计局');
  return T;
}

// B5 livestock by township
function bLiveTown(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'liveTown';
  const o = townOpts(R, ctx, ctx.transpose); const units = townUnits(T, C, R, o, ctx);
  T.labelHead = R.pick(['乡镇', '乡（镇）', '地区']);
  T.title = R.pick([`${C.name}${Y}年分乡镇畜牧业生产情况`, `${Y}年各乡镇主要畜禽存栏、出栏及肉类产量`, `各乡（镇）畜牧业主要指标（${Y}年）`]);
  const hu = '头', bu = R.p(0.5) ? '万只' : '只'; const B = BIRDU[bu];
  const stk = R.pick(['年末存栏', '存栏']);
  const spp = [['pig', '生猪'], ['cattle', '牛'], ['sheep', '羊'], ['poul', '家禽']];
  const chosen = spp.filter((x, i) => i === 0 || R.p(ctx.transpose ? 0.35 : 0.6));
  for (const [k, nm] of chosen) {
    const un = k === 'poul' ? bu : hu; const d = k === 'poul' ? B.d : 0; const f = k === 'poul' ? B.f : 1;
    T.col(k + 'S', { g: k, h1: `${nm}（${un}）`, h2: stk, tl: nm + stk, tunit: un });
    fillCol(T, units, k + 'S', (s) => s[k + 'S'].c * f, d);
    if (k === 'pig' && R.p(0.5)) { T.col('sowS', { g: k, h1: `${nm}（${un}）`, h2: '其中：能繁母猪', tl: '其中：能繁母猪', tunit: un }); fillCol(T, units, 'sowS', (s) => s.sowS.c, 0); for (const u of units) T.le([u.rk, 'pigS'], [[u.rk, 'sowS']]); }
    T.col(k + 'F', { g: k, h1: `${nm}（${un}）`, h2: R.pick(['出栏', '全年出栏']), tl: nm + '出栏', tunit: un });
    fillCol(T, units, k + 'F', (s) => s[k + 'F'].c * f, d);
  }
  if (R.p(0.7)) {
    const mu = '吨'; const md = R.p(0.5) ? 0 : 1;
    const kids = [['pork', '猪肉'], ['beef', '牛肉'], ['mutton', '羊肉'], ['pmeat', '禽肉']];
    const mh = R.pick(['肉类总产量', '肉类产量']);
    T.col('meat', { g: 'm', h1: `${mh}（${mu}）`, h2: R.pick(['合计', '总计', '计']), tl: mh, tunit: mu });
    kids.forEach(([k, nm]) => T.col(k, { g: 'm', h1: `${mh}（${mu}）`, h2: nm, tl: '　' + nm, tunit: mu }));
    fillCol(T, units, 'meat', (s) => gv(s, 'meat'), md);
    kids.forEach(([k]) => fillCol(T, units, k, (s) => s[k].c, md));
    for (const u of units) T.sum([u.rk, 'meat'], kids.map(([k]) => [u.rk, k]));
  }
  T.unitsInH1 = true;
  if (R.p(0.4)) T.notes.push(R.pick(['注：存栏为年末数。', '资料来源：县农业农村局', '注：肉类总产量为猪牛羊禽肉产量之和。']));
  return T;
}

// B6 county output value of 农林牧渔业
function bValueCounty(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'valueCounty'; const S = C.tot;
  T.title = R.pick([`${C.name}${Y}年农林牧渔业总产值`, `${Y}年${C.name}农林牧渔业总产值及构成`, `农林牧渔业产值（${Y}年）`]);
  T.labelHead = R.pick(['指标', '项目', '行业']);
  const vu = R.p(0.65) ? '万元' : '亿元'; const V = VALU[vu]; const vd = vu === '万元' ? (R.p(0.7) ? 0 : 1) : 2;
  const num = R.p(0.4);
  const rows = [['gov', '农林牧渔业总产值', 0], ['farm', (num ? '1.' : '') + R.pick(['农业', '农业（种植业）']), 1], ['forest', (num ? '2.' : '') + '林业', 1], ['animal', (num ? '3.' : '') + '牧业', 1], ['fish', (num ? '4.' : '') + '渔业', 1], ['serv', (num ? '5.' : '') + R.pick(['农林牧渔专业及辅助性活动', '专业及辅助性活动', '农林牧渔服务业'].slice(0, Y >= 2018 ? 2 : 3)), 1]];
  rows.forEach(([k, l, lv]) => T.row(k, l, { level: lv }));
  const variant = R.pick(['real', 'five', 'nominal', 'index']);
  const gdec = R.p(0.85) ? 1 : 2, sdec = R.p(0.8) ? 1 : 2;
  const ex = (k, f) => gv(S, k, f) * V.f;
  const share = (ck, valCk, f) => {
    for (const [k] of rows) { if (k === 'gov') { T.set(k, ck, 100, sdec); continue; } T.setRate(k, ck, gv(S, k, f), gv(S, 'gov', f), 100, sdec, [k, valCk], ['gov', valCk]); }
    T.sum(['gov', ck], rows.slice(1).map(([k]) => [k, ck]));
  };
  const fill = (ck, f) => { for (const [k] of rows) { if (ex(k, f) === 0) T.zero(k, ck, vd); else T.set(k, ck, ex(k, f), vd); } T.sum(['gov', ck], rows.slice(1).map(([k]) => [k, ck])); };
  if (variant === 'real' || variant === 'nominal') {
    T.col('c', { h1: R.pick([`${Y}年`, '本年', '绝对数']), unit: vu }); fill('c', 'c');
    if (R.p(0.7) || variant === 'nominal') { T.col('p', { h1: R.pick([`${Y - 1}年`, '上年']), unit: vu }); fill('p', 'p'); }
    const hasP = T.cols.some((c) => c.key === 'p');
    if (variant === 'nominal' && R.p(0.6)) { T.col('d', { h1: R.pick(['增减', '增减额', '比上年增减']), unit: vu }); for (const [k] of rows) T.setDiff(k, 'd', [k, 'c'], [k, 'p'], vd, R.p(0.5)); T.sum(['gov', 'd'], rows.slice(1).map(([k]) => [k, 'd']), 2); }
    if (variant === 'real') {
      T.col('g', { h1: R.pick(['比上年增长（%）', '增长(%)', '可比价增长（%）']) });
      const pr = R.u(-2.5, 4);
      for (const [k] of rows) { if (!(ex(k, 'p') > 0)) { T.na(k, 'g'); continue; } T.set(k, 'g', ((ex(k, 'c') / ex(k, 'p')) / (1 + (pr + R.u(-1.5, 1.5)) / 100) - 1) * 100, gdec); }
      T.notes.push(R.pick(['注：总产值按当年价格计算，增长速度按可比价格计算。', '注：绝对数按现价计算，增速按可比价计算。', '说明：增长速度按可比价格计算，与按现价计算的增减幅度不一致。']));
      T.traps.push('growth at comparable prices (not derivable from current-price values)');
    } else {
      T.col('g', { h1: R.pick(['比上年增长（%）', '增长(%)', '现价增长（%）']) });
      for (const [k] of rows) T.setGrowth(k, 'g', ex(k, 'c'), ex(k, 'p'), gdec, [k, 'c'], [k, 'p']);
      if (R.p(0.5)) T.notes.push('注：本表按当年价格计算。');
    }
    if (R.p(0.6)) { T.col('s', { h1: R.pick(['构成(%)', '比重（%）', '占总产值比重(%)']) }); share('s', 'c', 'c'); }
    void hasP;
  } else if (variant === 'five') {
    const ys = [Y - 4, Y - 3, Y - 2, Y - 1, Y];
    // five years: scale prev/cur backwards
    const fac = rows.map(() => R.u(0.02, 0.08));
    const exY = (k, i) => { if (i === 4) return ex(k, 'c'); if (i === 3) return ex(k, 'p'); const idx = rows.findIndex((x) => x[0] === k); return ex(k, 'p') / Math.pow(1 + fac[idx], 3 - i); };
    const exYgov = (i) => rows.slice(1).reduce((a, [k]) => a + exY(k, i), 0);
    ys.forEach((y, i) => { T.col('y' + i, { h1: `${y}年`, unit: vu }); for (const [k] of rows) { const x = k === 'gov' ? exYgov(i) : exY(k, i); if (x === 0) T.zero(k, 'y' + i, vd); else T.set(k, 'y' + i, x, vd); } T.sum(['gov', 'y' + i], rows.slice(1).map(([k]) => [k, 'y' + i])); });
    if (R.p(0.6)) {
      const realC = R.p(0.5);
      T.col('cg', { h1: R.pick(['年均增长（%）', `${Y - 4}-${Y}年年均增长(%)`, '年均增速(%)']) });
      for (const [k] of rows) { const a = k === 'gov' ? exYgov(4) : exY(k, 4), b = k === 'gov' ? exYgov(0) : exY(k, 0); if (!(a > 0) || !(b > 0)) { T.na(k, 'cg'); continue; } let g = (Math.pow(a / b, 1 / 4) - 1) * 100; if (realC) g -= R.u(0.8, 3); T.set(k, 'cg', g, gdec); if (!realC) T.cagr([k, 'cg'], [k, 'y4'], [k, 'y0'], 4); }
      if (realC) { T.notes.push('注：绝对数按当年价格计算，年均增长速度按可比价格计算。'); T.traps.push('年均增长 at comparable prices'); } else T.notes.push('注：年均增长按现价计算。');
    }
    if (R.p(0.7)) { T.col('s', { h1: `${Y}年构成(%)` }); for (const [k] of rows) { if (k === 'gov') { T.set(k, 's', 100, sdec); continue; } T.setRate(k, 's', exY(k, 4), exYgov(4), 100, sdec, [k, 'y4'], ['gov', 'y4']); } T.sum(['gov', 's'], rows.slice(1).map(([k]) => [k, 's'])); }
    T.unitLine = `单位：${vu}`;
  } else {
    T.col('c', { h1: R.pick([`${Y}年`, '总产值']), unit: vu }); fill('c', 'c');
    T.col('i', { h1: R.pick(['指数（上年=100）', '发展速度（上年=100）', `${Y}年指数(${Y - 1}年=100)`]) });
    const pr = R.u(-2.5, 4);
    for (const [k] of rows) { if (!(ex(k, 'p') > 0)) { T.na(k, 'i'); continue; } T.set(k, 'i', (ex(k, 'c') / ex(k, 'p')) / (1 + (pr + R.u(-1.5, 1.5)) / 100) * 100, 1); }
    T.notes.push(R.pick(['注：指数按可比价格计算。', '注：总产值按当年价计算，指数按可比价计算。']));
    T.traps.push('index (上年=100) at comparable prices');
  }
  if (S.fish.c === 0) T.traps.push('渔业 zero');
  if (R.p(0.4)) T.notes.push(R.pick(['资料来源：县统计局农业统计年报', '注：2018年起“农林牧渔服务业”更名为“农林牧渔专业及辅助性活动”。']));
  return T;
}

// B7 output value by township
function bValueTown(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'valueTown';
  const o = townOpts(R, ctx, ctx.transpose); const units = townUnits(T, C, R, o, ctx);
  T.labelHead = R.pick(['乡镇', '乡（镇）', '地区']);
  T.title = R.pick([`${C.name}${Y}年分乡镇农林牧渔业总产值`, `各乡镇农林牧渔业产值（${Y}年）`, `${Y}年${C.name}乡镇农业总产值`]);
  const vd = R.p(0.6) ? 0 : R.p(0.5) ? 1 : 2; const vu = '万元';
  const parts = [['farm', '农业'], ['forest', '林业'], ['animal', '牧业'], ['fish', '渔业'], ['serv', R.pick(['专业及辅助性活动', '农林牧渔专业及辅助性活动', '服务业'])]];
  const grp = R.p(0.5);
  T.col('gov', { g: grp ? 'v' : undefined, h1: grp ? '农林牧渔业总产值' : R.pick(['总产值', '农林牧渔业总产值']), h2: grp ? R.pick(['合计', '计']) : undefined, unit: vu, tl: '农林牧渔业总产值' });
  parts.forEach(([k, nm]) => T.col(k, { g: grp ? 'v' : undefined, h1: grp ? '农林牧渔业总产值' : nm, h2: grp ? nm : undefined, unit: vu, tl: '　' + nm }));
  fillCol(T, units, 'gov', (s) => gv(s, 'gov'), vd);
  parts.forEach(([k]) => fillCol(T, units, k, (s) => s[k].c, vd));
  for (const u of units) T.sum([u.rk, 'gov'], parts.map(([k]) => [u.rk, k]));
  if (R.p(0.4)) { T.col('sh', { h1: R.pick(['农业占比(%)', '种植业比重（%）']) }); for (const u of units) T.setRate(u.rk, 'sh', u.src.farm.c, gv(u.src, 'gov'), 100, 1, [u.rk, 'farm'], [u.rk, 'gov']); }
  if (R.p(0.4)) { T.col('gp', { h1: R.pick([`${Y - 1}年总产值`, '上年总产值']), unit: vu }); fillCol(T, units, 'gp', (s) => gv(s, 'gov', 'p'), vd); T.col('gg', { h1: R.pick(['增长(%)', '现价增长（%）']) }); for (const u of units) T.setGrowth(u.rk, 'gg', gv(u.src, 'gov'), gv(u.src, 'gov', 'p'), 1, [u.rk, 'gov'], [u.rk, 'gp']); }
  T.unitLine = `单位：${vu}`;
  if (R.p(0.3)) T.notes.push('注：按当年价格计算。');
  return T;
}

// B8 county main agricultural indicators, two years
function bMain(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'main'; const S = C.tot;
  T.title = R.pick([`${C.name}${Y}年农业主要指标`, `${Y}年${C.name}农业农村经济主要指标`, `农业生产主要指标完成情况（${Y}年）`, `${C.name}农业和畜牧业主要统计指标`]);
  T.labelHead = R.pick(['指标', '指标名称', '指　标', '项目']); T.unitCol = true;
  const mixed = ctx.probe && R.p(0.4); const big0 = R.p(0.5); const bg = () => (mixed ? R.p(0.5) : big0);
  const au = bg() ? '万亩' : '亩', ou = bg() ? '万吨' : '吨', hu = bg() ? '万头' : '头', vu = bg() ? '亿元' : '万元'; const big = ou === '万吨';
  if (mixed) T.traps.push('rows in mixed units (亩/万吨/头/亿元) in the unit column');
  const A = AREA[au], O = OUTU[ou], H = HEADU[hu], V = VALU[vu];
  const list = [];
  const L = (key, label, unit, ex, dec, o = {}) => list.push({ key, label, unit, ex, dec, ...o });
  if (R.p(0.6)) L('land', '耕地面积', au, (f) => S.land[f] * A.f, A.d, { stock: true });
  L('sownA', '农作物总播种面积', au, (f) => gv(S, 'sownA', f) * A.f, A.d);
  L('grainA', R.pick(['粮食播种面积', '粮食作物播种面积']), au, (f) => gv(S, 'grainA', f) * A.f, A.d);
  L('grainO', R.pick(['粮食总产量', '粮食产量']), ou, (f) => gv(S, 'grainO', f) * O.f, O.d);
  if (R.p(0.35)) {
    L('sumgO', '其中：夏粮', ou, (f) => S.sumgO[f] * O.f, O.d, { level: 1, season: true });
    if (S.ericeO.c + S.ericeO.p > 0) L('ericeO', '早稻', ou, (f) => S.ericeO[f] * O.f, O.d, { level: 1, season: true });
    L('autgO', '秋粮', ou, (f) => S.autgO[f] * O.f, O.d, { level: 1, season: true });
  }
  const yd = R.p(0.6) ? 0 : 1;
  if (R.p(0.7)) L('grainY', R.pick(['粮食单产', '粮食平均亩产']), '公斤/亩', (f) => gv(S, 'grainO', f) / gv(S, 'grainA', f) * 1000, yd, { rate: ['grainO', 'grainA', 1000 * A.f / O.f] });
  if (R.p(0.6)) L('oilO', '油料产量', ou, (f) => gv(S, 'oilO', f) * O.f, O.d);
  if (R.p(0.6)) L('vegO', '蔬菜产量', ou, (f) => gv(S, 'vegO', f) * O.f, O.d);
  L('pigF', '生猪出栏', hu, (f) => S.pigF[f] * H.f, H.d);
  L('pigS', R.pick(['生猪年末存栏', '年末生猪存栏', '生猪存栏']), hu, (f) => S.pigS[f] * H.f, H.d, { stock: true });
  if (R.p(0.5)) L('sowS', '其中：能繁母猪', hu, (f) => S.sowS[f] * H.f, H.d, { level: 1, le: 'pigS' });
  if (R.p(0.5)) L('cattleF', '牛出栏', hu, (f) => S.cattleF[f] * H.f, H.d);
  if (R.p(0.5)) L('sheepF', '羊出栏', hu, (f) => S.sheepF[f] * H.f, H.d);
  if (R.p(0.5)) L('poulF', '家禽出栏', '万只', (f) => S.poulF[f] * 1e-4, 2);
  const mdec = big ? 2 : (R.p(0.5) ? 0 : 1);
  L('meat', '肉类总产量', ou, (f) => gv(S, 'meat', f) * O.f, mdec);
  const meatKids = !big && R.p(0.5);
  if (meatKids) for (const [k, nm] of [['pork', '猪肉'], ['beef', '牛肉'], ['mutton', '羊肉'], ['pmeat', '禽肉']]) L(k, nm, ou, (f) => S[k][f] * O.f, mdec, { level: 1, sumOf: 'meat' });
  else if (R.p(0.6)) L('pork', '其中：猪肉', ou, (f) => S.pork[f] * O.f, mdec, { level: 1, le: 'meat' });
  const real = R.p(0.6);
  L('gov', '农林牧渔业总产值', vu, (f) => gv(S, 'gov', f) * V.f, V.d, { real });
  if (R.p(0.4)) {
    const cross = vu === '亿元' && ctx.probe && R.p(0.4); const avu = cross ? '万元' : vu, AV = VALU[avu];
    L('animal', '其中：牧业产值', avu, (f) => S.animal[f] * AV.f, AV.d, { level: 1, le: cross ? null : 'gov', real });
    if (cross) T.traps.push('其中：牧业产值 in 万元 under 总产值 in 亿元');
    if (R.p(0.6)) L('ashare', '牧业产值占比', '%', (f) => S.animal[f] / gv(S, 'gov', f) * 100, 1, { pct: true, rate: ['animal', 'gov', 100 * V.f / AV.f] });
  }
  const variant = R.pick(['pdg', 'cpg', 'cg', 'cpi', 'pcdg']);
  const gdec = R.p(0.85) ? 1 : 2;
  list.forEach((x) => T.row(x.key, x.label, { level: x.level || 0, unit: x.unit }));
  const ycur = R.pick([`${Y}年`, '本年', '本期']), yprev = R.pick([`${Y - 1}年`, '上年', '上年同期']);
  const colsDef = { pdg: ['p', 'c', 'd', 'g'], cpg: ['c', 'p', 'g'], cg: ['c', 'g'], cpi: ['c', 'p', 'i'], pcdg: ['c', 'p', 'd', 'g'] }[variant];
  for (const ck of colsDef) T.col(ck, { h1: ck === 'c' ? ycur : ck === 'p' ? yprev : ck === 'd' ? R.pick(['增减', '增减量', '比上年增减']) : ck === 'g' ? GH(R) : R.pick(['指数（上年=100）', `指数（${Y - 1}年=100）`, '上年=100']) });
  let realNoted = false;
  for (const x of list) {
    for (const ck of ['c', 'p']) if (colsDef.includes(ck)) T.set(x.key, ck, x.ex(ck), x.dec);
    if (colsDef.includes('d')) T.setDiff(x.key, 'd', [x.key, 'c'], [x.key, 'p'], x.dec, R.p(0.5));
    if (colsDef.includes('g')) {
      if (x.pct) { T.na(x.key, 'g'); continue; }
      if (x.real) { const pr = R.u(-2, 4); T.set(x.key, 'g', ((x.ex('c') / x.ex('p')) / (1 + pr / 100) - 1) * 100, gdec); realNoted = true; continue; }
      T.setGrowth(x.key, 'g', x.ex('c'), x.ex('p'), gdec, colsDef.includes('p') ? [x.key, 'c'] : null, colsDef.includes('p') ? [x.key, 'p'] : null);
    }
    if (colsDef.includes('i')) {
      if (x.pct) { T.na(x.key, 'i'); continue; }
      if (x.real) { const pr = R.u(-2, 4); T.set(x.key, 'i', (x.ex('c') / x.ex('p')) / (1 + pr / 100) * 100, 1); realNoted = true; continue; }
      T.setRate(x.key, 'i', x.ex('c'), x.ex('p'), 100, 1, [x.key, 'c'], [x.key, 'p']);
    }
  }
  // structural relations
  for (const ck of ['c', 'p', 'd']) {
    if (!colsDef.includes(ck)) continue;
    for (const x of list) {
      if (x.rate && ck !== 'd' && list.some((y) => y.key === x.rate[0]) && list.some((y) => y.key === x.rate[1])) T.rate([x.key, ck], [x.rate[0], ck], [x.rate[1], ck], x.rate[2]);
      if (x.le && ck !== 'd') T.le([x.le, ck], [[x.key, ck]]);
    }
    if (meatKids) T.sum(['meat', ck], ['pork', 'beef', 'mutton', 'pmeat'].map((k) => [k, ck]), ck === 'd' ? 2 : 1);
    const sea = list.filter((x) => x.season).map((x) => x.key); if (sea.length) T.sum(['grainO', ck], sea.map((k) => [k, ck]), ck === 'd' ? 2 : 1);
  }
  if (realNoted) { T.notes.push(R.pick(['注：农林牧渔业总产值按当年价格计算，增长速度按可比价格计算。', '注：产值增速按可比价计算，其余指标按实物量计算。'])); T.traps.push('value row growth at comparable prices among physical growths'); }
  if (list.some((x) => x.pct) && colsDef.includes('d')) T.notes.push('注：比重指标增减为百分点。');
  if (R.p(0.4)) T.notes.push(R.pick(['资料来源：县统计局、县农业农村局', '注：生猪存栏为年末数。']));
  return T;
}

// B9 grain output by township, two years
function bGrainTwo(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'grainTwo';
  const o = townOpts(R, ctx, ctx.transpose); const units = townUnits(T, C, R, o, ctx);
  T.labelHead = R.pick(['乡镇', '乡（镇）', '地区']);
  const what = R.pick(['grainO', 'grainA', 'pigF', 'meat', 'grainY']);
  const W = { grainO: ['粮食产量', '吨', 1, R.p(0.7) ? 0 : 1], grainA: ['粮食播种面积', '亩', 1, 0], pigF: ['生猪出栏', '头', 1, 0], meat: ['肉类总产量', '吨', 1, R.p(0.5) ? 0 : 1], grainY: [R.pick(['粮食单产', '粮食平均亩产']), '公斤/亩', 1, R.p(0.6) ? 0 : 1, true] }[what];
  if (what === 'grainY') T.traps.push('yield-only township table: 全县 = total output / total area, not sum or mean of towns');
  T.title = R.pick([`${C.name}各乡镇${W[0]}（${Y - 1}—${Y}年）`, `${Y}年分乡镇${W[0]}与上年比较`, `各乡镇${W[0]}增减情况`]);
  const yh = [`${Y - 1}年`, `${Y}年`]; const order = R.p(0.6) ? ['p', 'c'] : ['c', 'p'];
  const grp = R.p(0.5);
  for (const k of order) T.col(k, { g: grp ? 'w' : undefined, h1: grp ? W[0] : yh[k === 'p' ? 0 : 1], h2: grp ? yh[k === 'p' ? 0 : 1] : undefined, unit: W[1], tl: yh[k === 'p' ? 0 : 1] + W[0] });
  const gw = (s, f) => (what === 'grainY' ? gv(s, 'grainO', f) / gv(s, 'grainA', f) * 1000 : gv(s, what, f));
  fillCol(T, units, 'c', (s) => gw(s, 'c'), W[3], { sum: !W[4] }); fillCol(T, units, 'p', (s) => gw(s, 'p'), W[3], { sum: !W[4] });
  const hasD = R.p(0.6);
  if (hasD) { T.col('d', { g: grp ? 'w' : undefined, h1: grp ? W[0] : R.pick(['增减', '增减量']), h2: grp ? R.pick(['增减', '增减量']) : undefined, unit: W[1], tl: '增减' }); for (const u of units) T.setDiff(u.rk, 'd', [u.rk, 'c'], [u.rk, 'p'], W[3], false); if (!W[4]) for (const u of units) if (u.parts) T.sum([u.rk, 'd'], u.parts.map((p) => [p, 'd']), 2); }
  const gdec = R.p(0.85) ? 1 : 2;
  if (!hasD && R.p(0.4)) {
    const ih = R.pick(['指数（上年=100）', '上年=100', '发展速度(%)']);
    T.col('g', { g: grp ? 'w' : undefined, h1: grp ? W[0] : ih, h2: grp ? ih : undefined, tl: ih });
    for (const u of units) T.setRate(u.rk, 'g', gw(u.src, 'c'), gw(u.src, 'p'), 100, gdec, [u.rk, 'c'], [u.rk, 'p']);
  } else {
    T.col('g', { g: grp ? 'w' : undefined, h1: grp ? W[0] : GH(R), h2: grp ? GH(R) : undefined, tl: '增长（%）' });
    for (const u of units) T.setGrowth(u.rk, 'g', gw(u.src, 'c'), gw(u.src, 'p'), gdec, [u.rk, 'c'], [u.rk, 'p']);
  }
  if (!grp && W[1]) T.unitNote = `单位：${W[1]}，%`;
  T.traps.push('growth column not additive; total growth from totals');
  return T;
}

// B10 crop sown-area structure, two years with shares
function bShare(R, C, ctx) {
  const T = new Tab(); const Y = C.year; T.kind = 'share'; const S = C.tot;
  T.title = R.pick([`${C.name}农作物播种面积构成`, `${Y - 1}—${Y}年农作物播种面积及构成`, `主要农作物播种面积结构（${Y}年）`]);
  T.labelHead = R.pick(['项目', '作物', '指标']);
  const au = R.pick(['亩', '万亩', '公顷']); const A = AREA[au];
  const rows = [['sownA', '农作物总播种面积', 0], ['grainA', '粮食作物', 1], ['econA', '经济作物', 1], ['fodderA', '其他作物', 1]];
  const detail = R.p(0.5);
  if (detail) rows.splice(2, 0, ['cerealA', '其中：谷物', 2, 'le']);
  rows.forEach(([k, l, lv]) => T.row(k, l, { level: lv }));
  const sdec = R.p(0.8) ? 1 : 2;
  const yh = [`${Y - 1}年`, `${Y}年`];
  T.col('Ap', { g: 'a', h1: R.pick(['播种面积', `播种面积（${au}）`]), h2: yh[0], unit: au }); T.col('Ac', { g: 'a', h1: T.cols[0].h1, h2: yh[1], unit: au });
  T.col('Sp', { g: 's', h1: R.pick(['构成（%）', '比重(%)']), h2: yh[0] }); T.col('Sc', { g: 's', h1: T.cols[2].h1, h2: yh[1] });
  if (T.cols[0].h1.includes('（')) { T.cols[0].unit = null; T.cols[1].unit = null; }
  for (const [k] of rows) { T.set(k, 'Ap', gv(S, k, 'p') * A.f, A.d); T.set(k, 'Ac', gv(S, k, 'c') * A.f, A.d); }
  for (const [k] of rows) for (const [sc, ac, f] of [['Sp', 'Ap', 'p'], ['Sc', 'Ac', 'c']]) { if (k === 'sownA') { T.set(k, sc, 100, sdec); continue; } T.setRate(k, sc, gv(S, k, f), gv(S, 'sownA', f), 100, sdec, [k, ac], ['sownA', ac]); }
  const top = rows.filter((r) => r[2] === 1).map((r) => r[0]);
  for (const ck of ['Ap', 'Ac', 'Sp', 'Sc']) { T.sum(['sownA', ck], top.map((k) => [k, ck])); if (detail) T.le(['grainA', ck], [['cerealA', ck]]); }
  if (R.p(0.5)) { T.col('pp', { h1: R.pick(['比重增减（百分点）', '构成变化(个百分点)']) }); for (const [k] of rows) { if (k === 'sownA') { T.na(k, 'pp'); continue; } T.setDiff(k, 'pp', [k, 'Sc'], [k, 'Sp'], sdec, false); } }
  return T;
}

const BUILDERS = { land: bLand, cropCounty: bCropCounty, cropTown: bCropTown, liveQ: bLiveQ, liveTown: bLiveTown, valueCounty: bValueCounty, valueTown: bValueTown, main: bMain, grainTwo: bGrainTwo, share: bShare };
const TOWN_KINDS = new Set(['land', 'cropTown', 'liveTown', 'valueTown', 'grainTwo']);

// ---------- rendering ----------
const thin = { style: 'thin' };
function fmtNum(v, dec, thousands) { const s = v.toFixed(dec); if (!thousands) return s; const [i, f] = s.split('.'); const neg = i.startsWith('-'); const d = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ','); return (neg ? '-' : '') + d + (f !== undefined ? '.' + f : ''); }
function numFmtFor(dec, thousands) { return (thousands ? '#,##0' : '0') + (dec ? '.' + '0'.repeat(dec) : ''); }
function paren(st, u) { return st.paren === 'fw' ? `（${u}）` : `(${u})`; }
function spread(st, label) { if (!st.spread) return label; const m = /^(其中：|[0-9]+\.|[一二三四五六七八九十]+、)?([\u4e00-\u9fa5]{2})([①②]?)$/.exec(label); return m ? (m[1] || '') + m[2][0] + '　' + m[2][1] + m[3] : label; }
function indentLabel(st, level, label) { label = spread(st, label); if (!level) return label; if (st.indent === 'fw') return '　'.repeat(level * st.indentW) + label; if (st.indent === 'sp') return '  '.repeat(level) + label; return label; }
function writeVal(x, cell, st) {
  if (!cell) return;
  if (cell.na) { const s = cell.na === 'zero' ? st.zero : st.na; if (s === 0) { x.value = 0; x.numFmt = numFmtFor(cell.dec, st.thousands); } else if (s !== '') x.value = s; x.alignment = { horizontal: 'center' }; return; }
  if (st.textNumbers) { x.value = fmtNum(cell.v, cell.dec, st.thousands); x.alignment = { horizontal: 'right' }; }
  else { x.value = cell.v; x.numFmt = numFmtFor(cell.dec, st.thousands); }
}
function renderNormal(ws, T, r0, c0, st) {
  const addr = {};
  const colUnits = [...new Set(T.cols.map((c) => c.unit).filter(Boolean))];
  const pctCols = T.cols.filter((c) => !c.unit).length;
  const lineUnit = T.unitLine || (!T.unitCol && colUnits.length === 1 && pctCols === 0 && !T.unitsInH1 && st.unitLineOK ? `单位：${colUnits[0]}` : null);
  const unitMode = lineUnit ? 'none' : T.unitsInH1 ? 'none' : st.colUnitMode;
  const seq = st.seqCol && TOWN_KINDS.has(T.kind);
  const lead = (seq ? 1 : 0) + 1 + (T.unitCol ? 1 : 0);
  const width = lead + T.cols.length;
  let r = r0;
  const t = ws.getCell(r, c0); t.value = T.title; t.font = { bold: true, size: 14 }; t.alignment = { horizontal: 'center' };
  if (st.mergeTitle) ws.mergeCells(r, c0, r, c0 + width - 1);
  r++;
  const uline = lineUnit || T.unitNote;
  if (uline || st.fillLine) {
    if (st.fillLine) { ws.getCell(r, c0).value = st.fillLine; if (uline) ws.getCell(r, c0 + width - 1).value = uline; }
    else if (st.unitRight) { ws.getCell(r, c0 + width - 1).value = uline; ws.getCell(r, c0 + width - 1).alignment = { horizontal: 'right' }; }
    else ws.getCell(r, c0).value = uline;
    r++;
  }
  if (st.blankBeforeHeader) r++;
  const two = T.cols.some((x) => x.h2 !== undefined && x.h2 !== null);
  const hdrTop = r;
  const heads = []; if (seq) heads.push('序号'); heads.push(T.labelHead); if (T.unitCol) heads.push(st.unitHead);
  heads.forEach((h, i) => { ws.getCell(r, c0 + i).value = h; if (two) ws.mergeCells(r, c0 + i, r + 1, c0 + i); });
  const hdrText = (col, lvl) => { const base = lvl === 1 ? col.h1 : col.h2; const bottom = lvl === 2 || !two || col.h2 === undefined || col.h2 === null; return unitMode === 'head' && bottom && col.unit ? base + (st.headBreak ? '\n' : '') + paren(st, col.unit) : base; };
  let i = 0;
  while (i < T.cols.length) {
    const col = T.cols[i]; const cc = c0 + lead + i;
    if (!two || col.h2 === undefined || col.h2 === null) { ws.getCell(r, cc).value = spread(st, hdrText(col, 1)); if (two) ws.mergeCells(r, cc, r + 1, cc); i++; continue; }
    let j = i; while (j + 1 < T.cols.length && T.cols[j + 1].h2 !== undefined && T.cols[j + 1].h2 !== null && T.cols[j + 1].g === col.g && T.cols[j + 1].h1 === col.h1) j++;
    ws.getCell(r, cc).value = col.h1; if (j > i) ws.mergeCells(r, cc, r, c0 + lead + j);
    for (let k = i; k <= j; k++) ws.getCell(r + 1, c0 + lead + k).value = spread(st, hdrText(T.cols[k], 2));
    i = j + 1;
  }
  const hdrRows = two ? 2 : 1;
  for (let rr = hdrTop; rr < hdrTop + hdrRows; rr++) for (let cc = c0; cc < c0 + width; cc++) { const x = ws.getCell(rr, cc); x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; x.font = { bold: true }; x.border = { top: thin, bottom: thin, left: thin, right: thin }; }
  r += hdrRows;
  if (unitMode === 'row' && colUnits.length) {
    if (st.unitRowLabel) ws.getCell(r, c0 + (seq ? 1 : 0)).value = st.unitRowLabel;
    T.cols.forEach((col, k) => { const x = ws.getCell(r, c0 + lead + k); x.value = col.unit ? (st.unitRowParen ? paren(st, col.unit) : col.unit) : (st.unitRowPct ? '%' : null); x.alignment = { horizontal: 'center' }; });
    r++;
  }
  if (st.colNumbers) {
    const labs = []; if (seq) labs.push(''); labs.push('甲'); if (T.unitCol) labs.push('乙');
    labs.forEach((x, k) => { ws.getCell(r, c0 + k).value = x; });
    T.cols.forEach((_, k) => { ws.getCell(r, c0 + lead + k).value = st.colNumbersNumeric ? k + 1 : String(k + 1); });
    r++;
  }
  let sq = 0;
  for (const row of T.rows) {
    const lc = ws.getCell(r, c0 + (seq ? 1 : 0));
    lc.value = indentLabel(st, row.level, row.label);
    if (st.indent === 'align' && row.level) lc.alignment = { indent: row.level * 2 };
    if (row.type === 'group') { if (st.boldGroups) lc.font = { bold: true }; r++; continue; }
    if (seq && row.kind === 'town') { sq++; ws.getCell(r, c0).value = sq; }
    if (T.unitCol) ws.getCell(r, c0 + lead - 1).value = row.unit || null;
    addr[row.key] = {};
    T.cols.forEach((col, k) => { const x = ws.getCell(r, c0 + lead + k); addr[row.key][col.key] = x.address; writeVal(x, T.c(row.key, col.key), st); });
    if (st.boldTotals && (row.kind === 'total' || row.kind === 'pian')) for (let cc = c0; cc < c0 + width; cc++) ws.getCell(r, cc).font = { bold: true };
    for (let cc = c0; cc < c0 + width; cc++) ws.getCell(r, cc).border = st.rowLines ? { left: thin, right: thin, bottom: thin } : { left: thin, right: thin };
    r++;
  }
  for (let cc = c0; cc < c0 + width; cc++) ws.getCell(r - 1, cc).border = { left: thin, right: thin, bottom: thin };
  for (const note of T.notes) { ws.getCell(r, c0).value = note; if (st.mergeNotes) ws.mergeCells(r, c0, r, c0 + width - 1); r++; }
  ws.getColumn(c0 + (seq ? 1 : 0)).width = Math.max(ws.getColumn(c0 + (seq ? 1 : 0)).width || 0, 22);
  return { endRow: r, width, addr };
}
function renderTransposed(ws, T, r0, c0, st) {
  const addr = {};
  const rows = T.rows.filter((x) => x.type === 'data');
  const unitCol = st.tUnitCol;
  const lead = 1 + (unitCol ? 1 : 0);
  const width = lead + rows.length;
  let r = r0;
  const t = ws.getCell(r, c0); t.value = T.title; t.font = { bold: true, size: 14 }; if (st.mergeTitle) ws.mergeCells(r, c0, r, c0 + width - 1); r++;
  const uline = T.unitLine;
  if (uline) { ws.getCell(r, st.unitRight ? c0 + width - 1 : c0).value = uline; r++; }
  if (st.blankBeforeHeader) r++;
  ws.getCell(r, c0).value = R_pickHead(st); if (unitCol) ws.getCell(r, c0 + 1).value = st.unitHead;
  rows.forEach((row, k) => { ws.getCell(r, c0 + lead + k).value = row.label.replace(/^　+/, ''); });
  for (let cc = c0; cc < c0 + width; cc++) { const x = ws.getCell(r, cc); x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; x.font = { bold: true }; x.border = { top: thin, bottom: thin, left: thin, right: thin }; }
  r++;
  for (const col of T.cols) {
    const u = col.unit || col.tunit;
    const lab = col.tl || (col.h2 ? col.h1 + col.h2 : col.h1);
    const x = ws.getCell(r, c0);
    x.value = indentLabel(st, lab.startsWith('　') ? 1 : 0, lab.replace(/^　+/, '')) + (!unitCol && u && !T.unitLine ? paren(st, u) : '');
    if (unitCol) ws.getCell(r, c0 + 1).value = T.unitLine ? null : u || null;
    rows.forEach((row, k) => { const y = ws.getCell(r, c0 + lead + k); (addr[row.key] = addr[row.key] || {})[col.key] = y.address; writeVal(y, T.c(row.key, col.key), st); });
    for (let cc = c0; cc < c0 + width; cc++) ws.getCell(r, cc).border = { left: thin, right: thin, bottom: thin };
    r++;
  }
  for (const note of T.notes) { ws.getCell(r, c0).value = note; if (st.mergeNotes) ws.mergeCells(r, c0, r, c0 + width - 1); r++; }
  ws.getColumn(c0).width = 22;
  return { endRow: r, width, addr };
}
function R_pickHead(st) { return st.tHead; }

function styleFor(R, probe) {
  return {
    paren: R.pick(['fw', 'hw']), indent: R.pick(probe ? ['fw', 'fw', 'align', 'sp', 'none'] : ['fw', 'fw', 'align']), indentW: R.pick([1, 2]),
    na: R.pick(probe ? ['—', '—', '…', '', '-', '／'] : ['—', '—', '…']), zero: R.pick(probe ? ['—', '-', 0, '', '—'] : ['—', '—', 0]),
    textNumbers: probe && R.p(0.06), thousands: R.p(0.2), seqCol: probe && R.p(0.15), colNumbers: probe && R.p(0.12), colNumbersNumeric: R.p(0.5),
    mergeTitle: R.p(0.7), unitRight: R.p(0.6), fillLine: R.p(0.15) ? R.pick(['填报单位：县统计局', '编制单位：县农业农村局']) : null, blankBeforeHeader: R.p(0.2), mergeNotes: R.p(0.4), rowLines: R.p(0.5),
    unitHead: R.pick(['计量单位', '单位', '计量\n单位']), colUnitMode: R.pick(probe ? ['head', 'head', 'row'] : ['head', 'row']), headBreak: R.p(0.3), unitLineOK: R.p(0.7),
    unitRowLabel: R.pick([null, '单位', '']), unitRowParen: R.p(0.5), unitRowPct: R.p(0.5), boldGroups: R.p(0.5), boldTotals: R.p(0.4),
    tUnitCol: R.p(0.5), spread: R.p(0.3), tHead: R.pick(['指标', '项目', '指标名称', '乡镇\n指标']),
  };
}

// ---------- plants ----------
function plantCandidates(rels, values) {
  const out = [];
  for (const r of rels) {
    if (r.t === 'sum') { if (r.parts.length > 1) out.push({ cell: r.total, kinds: ['totaloff', 'swap', 'lost'] }); r.parts.forEach((p) => out.push({ cell: p, kinds: ['swap', 'lost', 'swap'] })); }
    if (r.t === 'cagr') out.push({ cell: r.cell, kinds: ['sign', 'rateoff', 'swap'] });
    if (r.t === 'growth') { out.push({ cell: r.cell, kinds: ['sign', 'rateoff', 'swap'] }); out.push({ cell: r.cur, kinds: ['swap', 'lost'] }); }
    if (r.t === 'rate') out.push({ cell: r.cell, kinds: ['rateoff', 'swap'] });
    if (r.t === 'pp') out.push({ cell: r.cell, kinds: ['sign', 'rateoff', 'swap'] });
    if (r.t === 'le' && r.parts.length === 1) out.push({ cell: r.parts[0], kinds: ['dup', 'x10'] });
  }
  return out.filter((x) => values.has(x.cell));
}
function mutate(R, v, dec, kind, tolHint) {
  const s = Math.abs(v).toFixed(dec); const neg = v < 0;
  const digits = s.replace('.', '');
  const rebuild = (d) => { const x = dec ? d.slice(0, d.length - dec) + '.' + d.slice(d.length - dec) : d; return (neg ? -1 : 1) * Number(x); };
  if (kind === 'swap') {
    const pos = []; for (let i = 0; i + 1 < digits.length; i++) if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) pos.push(i);
    if (!pos.length) return null; const i = R.pick(pos);
    return rebuild(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  if (kind === 'lost') {
    const intLen = digits.length - dec; if (intLen < 2) return null;
    const i = R.i(0, intLen - 1); const d = digits.slice(0, i) + digits.slice(i + 1); if (d[0] === '0' && d.length - dec > 1) return null;
    return rebuild(d);
  }
  if (kind === 'dup') { const i = R.i(0, digits.length - dec - 1); return rebuild(digits.slice(0, i + 1) + digits[i] + digits.slice(i + 1)); }
  if (kind === 'x10') return Number((v * 10).toFixed(dec));
  if (kind === 'sign') { if (Math.abs(v) < 0.5) return null; return -v; }
  if (kind === 'rateoff') { const u = 10 ** -dec; const base = dec === 0 ? R.pick([10, 20, 30, 50]) : R.pick([1, 1.5, 2, 3, 5]); const delta = Math.max(base, Math.ceil(2 * tolHint / u) * u) * (R.p(0.5) ? 1 : -1); return Number((v + delta).toFixed(dec)); }
  if (kind === 'totaloff') { const u = 10 ** -dec; const m = Math.ceil(2 * tolHint / u) + R.i(3, 60); return Number((v + (R.p(0.5) ? 1 : -1) * m * u).toFixed(dec)); }
  return null;
}

// ---------- books ----------
function pickKinds(R, probe, idx) {
  const all = Object.keys(BUILDERS);
  const n = R.p(probe ? 0.45 : 0.35) ? 2 : 1;
  const first = all[idx % all.length];
  return [first, ...R.shuffle(all.filter((k) => k !== first)).slice(0, n - 1)];
}
async function makeBook(R, file, dir, probe, clean, idx) {
  const C = makeCounty(R, probe);
  const wb = new ExcelJS.Workbook();
  const nSheets = R.p(probe ? 0.35 : 0.25) ? 2 : 1;
  const sheetsOut = []; const traps = new Set(); const layout = [];
  const used = new Set();
  for (let s = 0; s < nSheets; s++) {
    const kinds = pickKinds(R, probe, s === 0 ? idx : idx * 7 + 3);
    let name = nSheets > 1 ? R.pick(['种植业', '畜牧业', '产值', '表' + (s + 1), '乡镇', '附表' + (s + 1)]) : R.pick(['Sheet1', '农业', '表1', '农业统计', '农牧业', '2-' + R.i(1, 9)]);
    while (used.has(name)) name += s + 1; used.add(name);
    const ws = wb.addWorksheet(name);
    const st = styleFor(R, probe);
    let row = 1; const col0 = R.p(probe ? 0.2 : 0.08) ? 2 : 1;
    const rels = [], values = new Map();
    const side = probe && kinds.length === 2 && R.p(0.3); let nextCol = col0, topRow = row;
    kinds.forEach((kind, ti) => {
      const transpose = !side && TOWN_KINDS.has(kind) && R.p(probe ? 0.35 : 0.25);
      const ctx = { probe, transpose, allowPian: !transpose || R.p(0.5), county: C.name };
      const T = BUILDERS[kind](R, C, ctx);
      if (kinds.length > 1) T.title = (R.p(0.5) ? `表${ti + 1}　` : `（${CNUM[ti]}）`) + T.title;
      T.traps.forEach((x) => traps.add(x)); if (transpose) traps.add('transposed (townships as columns)');
      const res = transpose ? renderTransposed(ws, T, side ? topRow : row, side ? nextCol : col0, st) : renderNormal(ws, T, side ? topRow : row, side ? nextCol : col0, st);
      if (side) { nextCol += res.width + 1; traps.add('two tables side by side'); }
      for (const r of T.rels) rels.push(relToAddr(r, res.addr));
      for (const [rk, m] of Object.entries(res.addr)) for (const [ck, a] of Object.entries(m)) { const c = T.c(rk, ck); if (c && !c.na) values.set(a, { v: st.textNumbers ? fmtNum(c.v, c.dec, st.thousands) : c.v, num: c.v, dec: c.dec, text: st.textNumbers, thousands: st.thousands }); }
      layout.push(`${name}:${kind}${transpose ? '(T)' : ''}${side ? '(S)' : ''}`);
      row = res.endRow + R.i(1, 3);
    });
    sheetsOut.push({ name, rels, ws, values });
  }
  const plants = [];
  if (!clean) {
    const nPl = R.p(0.35) ? 2 : 1; const usedRels = new Set();
    for (let tries = 0; plants.length < nPl && tries < 300; tries++) {
      const sh = R.pick(sheetsOut);
      const cands = plantCandidates(sh.rels, sh.values); if (!cands.length) continue;
      const want = R.pick(['swap', 'lost', 'sign', 'rateoff', 'totaloff', 'dup']);
      const fit = cands.filter((x) => x.kinds.includes(want) || (want === 'dup' && x.kinds.includes('x10')));
      const cd = R.pick(fit.length && tries < 200 ? fit : cands); const kind = cd.kinds.includes(want) ? want : R.pick(cd.kinds);
      if (plants.some((p) => p.sheet === sh.name && p.cell === cd.cell)) continue;
      const involved = sh.rels.filter((r) => relCells(r).includes(cd.cell));
      if (involved.some((r) => usedRels.has(r))) continue;
      const m = sh.values.get(cd.cell); const v = m.num;
      const tolHint = Math.max(...involved.map((r) => r.tol));
      const nv = mutate(R, v, m.dec, kind, tolHint);
      if (nv === null || !Number.isFinite(nv) || nv === v || nv === 0) continue;
      const get = (a) => (a === cd.cell ? nv : sh.values.has(a) ? sh.values.get(a).num : 0);
      const u = 10 ** -m.dec;
      const broken = involved.filter((r) => { const e = evalRel(r, get); return e !== null && e > Math.max(u, r.tol) + 1e-9; });
      if (!broken.length) continue;
      const nowV = m.text ? fmtNum(nv, m.dec, m.thousands) : nv;
      sh.ws.getCell(cd.cell).value = nowV;
      sh.values.set(cd.cell, { ...m, v: nowV, num: nv });
      involved.forEach((r) => usedRels.add(r));
      plants.push({ sheet: sh.name, cell: cd.cell, was: m.v, now: nowV, kind, rule: broken.map((r) => r.t).join('+') });
    }
    if (!plants.length) throw new Error('no plant possible in ' + file);
  }
  await wb.xlsx.writeFile(path.join(dir, file));
  return { manifest: { file, clean, plants, layout: layout.join(' '), traps: [...traps] }, rel: { sheets: sheetsOut.map((s) => ({ name: s.name, rels: s.rels })) } };
}
function relToAddr(rel, addr) {
  const m = (x) => { const a = addr[x[0]] && addr[x[0]][x[1]]; if (!a) throw new Error('no addr ' + x.join('/')); return a; };
  const o = { t: rel.t, tol: rel.tol };
  for (const k of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev', 'end', 'start']) if (rel[k]) o[k] = m(rel[k]);
  if (rel.parts) o.parts = rel.parts.map(m);
  if (rel.k !== undefined) o.k = rel.k; if (rel.n !== undefined) o.n = rel.n;
  return o;
}
async function makeSet(name, n, seed, probe) {
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [], rels = {};
  for (let i = 1; i <= n; i++) {
    const file = `${probe ? 'p' : 'c'}${String(i).padStart(3, '0')}.xlsx`;
    const clean = i % 2 === 1;
    for (let attempt = 0; ; attempt++) {
      const R = mkR(seed * 100003 + i * 7919 + attempt * 104729);
      try { const { manifest: m, rel } = await makeBook(R, file, dir, probe, clean, Math.floor((i - 1) / 2) + (i % 2 ? 0 : 5)); manifest.push(m); rels[file] = rel; break; }
      catch (e) { if (attempt > 20 || !/no plant possible/.test(e.message)) { console.error(file, e.stack); throw e; } }
    }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rels));
  console.log(name, manifest.length, 'books', manifest.filter((m) => m.clean).length, 'clean', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}
(async () => {
  await makeSet('cases', 45, 911, false);
  await makeSet('probe', 100, 912, true);
})();
