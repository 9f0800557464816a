// Round 89B generator: health / culture / sports tables of a city yearbook and department reports.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

// ---------- seeded random ----------
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const rnd = (a, b) => a + (b - a) * R();
const ri = (a, b) => Math.floor(rnd(a, b + 1 - 1e-9));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rd = (x, d) => { const p = Math.pow(10, d); const y = Math.round(x * p + (x >= 0 ? 1e-7 : -1e-7)) / p; return Number(y.toFixed(d)); };
const half = (dp) => (dp > 0 ? 0.5 * Math.pow(10, -dp) : 0);
const sum = (a) => a.reduce((s, x) => s + x, 0);

function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

// ---------- sheet model ----------
class Sh {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.intFmt = chance(0.4) ? '#,##0' : '0'; this.widths = {}; this.unitsRow = chance(0.15); this.colNumbers = chance(0.08); this.blankBlocks = chance(0.2); }
  set(r, c, v, dp, indent) {
    if (v === undefined || v === null) return null;
    c += this.colOff || 0;
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error('non-finite value at ' + this.name + ' ' + A(r, c));
    const a = A(r, c);
    this.cells.set(a, { r, c, v, dp: typeof v === 'number' ? dp : undefined, indent });
    return a;
  }
  val(a) { const x = this.cells.get(a); return x ? x.v : null; }
  dp(a) { const x = this.cells.get(a); return x && x.dp != null ? x.dp : 0; }
  u(a) { const x = this.cells.get(a); if (x && x.dp === 0 && x.rnd) return 0.5; return half(this.dp(a)); }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; const o = this.colOff || 0; this.merges.push([r1, c1 + o, r2, c2 + o]); }
  maxCol() { let m = 0; for (const x of this.cells.values()) m = Math.max(m, x.c); for (const g of this.merges) m = Math.max(m, g[3]); return m; }
  // relations (tolerances from the shown precision)
  sum(total, parts, extraTol = 0) {
    parts = parts.filter(Boolean); if (!total || parts.length < 1) return;
    const tol = this.u(total) + sum(parts.map((p) => this.u(p))) + extraTol + 1e-7;
    this.rels.push({ t: 'sum', total, parts, tol });
  }
  le(parts, whole) {
    parts = parts.filter(Boolean); if (!whole || !parts.length) return;
    const tol = this.u(whole) + sum(parts.map((p) => this.u(p))) + 1e-7;
    this.rels.push({ t: 'le', parts, whole, tol });
  }
  rate(cell, numA, den, k) {
    if (!cell || !numA || !den) return;
    if (typeof this.val(cell) !== 'number' || typeof this.val(den) !== 'number') return;
    const N = num(this.val(numA)), D = num(this.val(den));
    const tol = half(this.dp(cell)) + k * (this.u(numA) / Math.abs(D) + Math.abs(N) * this.u(den) / (D * D)) + 1e-7;
    this.rels.push({ t: 'rate', cell, num: numA, den, k, tol });
  }
  growth(cell, cur, prev) {
    if (!cell || !cur || !prev) return;
    if ([cell, cur, prev].some((a) => typeof this.val(a) !== 'number')) return;
    const C = num(this.val(cur)), P = num(this.val(prev));
    const tol = half(this.dp(cell)) + 100 * (this.u(cur) / Math.abs(P) + Math.abs(C) * this.u(prev) / (P * P)) + 1e-7;
    this.rels.push({ t: 'growth', cell, cur, prev, tol });
  }
  pp(cell, cur, prev) {
    if (!cell || !cur || !prev) return;
    const tol = half(this.dp(cell)) + this.u(cur) + this.u(prev) + 1e-7;
    this.rels.push({ t: 'pp', cell, cur, prev, tol });
  }
  cagr(cell, end, start, n) {
    if (!cell || !end || !start) return;
    const E = num(this.val(end)), S = num(this.val(start));
    const tol = half(this.dp(cell)) + (100 / n) * Math.pow(E / S, 1 / n) * (this.u(end) / E + this.u(start) / S) + 1e-7;
    this.rels.push({ t: 'cagr', cell, end, start, n, tol });
  }
}

const RNDK = /^(vis|disch|dis$|books|loans|circ|musVis|area|pop|a$)/;
// generic table writer. cols: [{key,h1,h2,dp}], rows: [{id,label,indent,vals,dp,dpk}]
function writeTable(sh, r0, o) {
  let r = r0; const nc = o.cols.length + 1 + (o.extraLead || 0);
  if (o.title) { sh.set(r, 1, o.title); sh.merge(r, 1, r, nc); r++; }
  if (o.subtitle) { sh.set(r, 1, o.subtitle); sh.merge(r, 1, r, nc); r++; }
  if (o.unitNote) { if (o.unitRight) sh.set(r, nc, o.unitNote); else sh.set(r, 1, o.unitNote); r++; }
  const two = o.cols.some((c) => c.h2 != null);
  const unitsRow = o.unitsRow != null ? o.unitsRow : sh.unitsRow;
  let unitsOf = null;
  if (unitsRow) {
    const re = /（([^（）]*)）$/;
    const groupUnit = {};
    o.cols = o.cols.map((c) => ({ ...c }));
    for (const c of o.cols) if (c.h2 != null && re.test(c.h1)) groupUnit[c.h1] = c.h1.match(re)[1];
    unitsOf = o.cols.map((c) => {
      if (typeof c.h2 === 'string' && /%/.test(c.h2)) return '%';
      if (typeof c.h2 === 'string' && re.test(c.h2)) { const u = c.h2.match(re)[1]; c.h2 = c.h2.replace(re, ''); return u; }
      if (c.h2 != null && groupUnit[c.h1] != null) return groupUnit[c.h1];
      if (c.h2 == null && re.test(c.h1)) { const u = c.h1.match(re)[1]; c.h1 = c.h1.replace(re, ''); return u; }
      return '';
    });
    for (const c of o.cols) if (c.h2 != null && re.test(c.h1)) c.h1 = c.h1.replace(re, '');
  }
  sh.set(r, 1, o.labelHead); if (two) sh.merge(r, 1, r + 1, 1);
  let c = 0;
  while (c < o.cols.length) {
    const col = o.cols[c];
    if (!two) { sh.set(r, c + 2, col.h1); c++; continue; }
    if (col.h2 == null) { sh.set(r, c + 2, col.h1); sh.merge(r, c + 2, r + 1, c + 2); c++; continue; }
    let e = c; while (e + 1 < o.cols.length && o.cols[e + 1].h2 != null && o.cols[e + 1].h1 === col.h1) e++;
    sh.set(r, c + 2, col.h1); sh.merge(r, c + 2, r, e + 2);
    for (let k = c; k <= e; k++) { const a = sh.set(r + 1, k + 2, o.cols[k].h2); if (typeof o.cols[k].h2 === 'number') sh.cells.get(a).fmt = '0'; }
    c = e + 1;
  }
  r += two ? 2 : 1;
  if (unitsOf) { unitsOf.forEach((u, i) => { if (u) sh.set(r, i + 2, u); }); r++; }
  if (o.colNumbers || (sh.colNumbers && !unitsOf)) { o.cols.forEach((col, i) => { sh.cells.get(sh.set(r, i + 2, i + 1)).fmt = '0'; }); sh.set(r, 1, '甲'); r++; }
  const pos = {};
  for (const row of o.rows) {
    if (row.blank) { r++; continue; }
    if (sh.blankBlocks && ['DSUB', 'CSUB', 'C0'].includes(row.id) && r > 0) { if (!(row.id === 'C0' && o.rows.some((x) => x.id === 'CSUB'))) r++; }
    sh.set(r, 1, row.label, undefined, row.indent);
    o.cols.forEach((col, i) => {
      let v = row.vals[col.key]; if (v === undefined || v === null) return;
      let dp = row.dpk && row.dpk[col.key] != null ? row.dpk[col.key] : (row.dp != null ? row.dp : col.dp);
      if (col.pct && typeof v === 'number') { v = rd(v / 100, dp + 2); const a = sh.set(r, i + 2, v, dp + 2); sh.cells.get(a).fmt = '0' + (dp ? '.' + '0'.repeat(dp) : '') + '%'; pos[row.id + '|' + col.key] = a; return; }
      const a = sh.set(r, i + 2, v, dp); pos[row.id + '|' + col.key] = a;
      if (typeof v === 'number' && (RNDK.test(col.key) || RNDK.test(String(row.id)))) sh.cells.get(a).rnd = true;
    });
    r++;
  }
  for (const n of o.notes || []) { sh.set(r, 1, n); sh.merge(r, 1, r, nc); r++; }
  return { r, A: (id, key) => pos[id + '|' + key] };
}

// ---------- names ----------
const CITY = ['临江市', '青川市', '云岭市', '安澜市', '泰和市', '江宁市', '南屏市', '北川市', '东阳市', '西平市', '宁远市', '丰城市', '汉阳市', '梅川市'];
const DIST = ['城关区', '东湖区', '西山区', '南城区', '北塘区', '新城区', '江北区', '河西区', '鼓楼区', '龙湖区'];
const COUNTY = ['平山县', '永宁县', '清河县', '安远县', '长乐县', '新丰县', '石门县', '凤台县', '大田县', '宜川县', '兴隆县', '桃源县', '白水县', '瑞安市', '龙泉市', '临川县'];
const TOWN = ['城关镇', '河口镇', '石桥镇', '新店乡', '柳林镇', '黄土乡', '双河镇', '马坪镇', '龙潭乡', '白石镇', '太平镇', '永安乡', '清水镇', '三江镇', '高桥乡', '长岭镇', '杨庄乡', '花园镇', '官庄镇', '梅林乡', '青山镇', '大坪乡', '东岳镇', '西河乡', '洪山镇', '金鸡乡'];
const TYPES = {
  H1: { g: 'H', name: '综合医院', en: 'General Hospitals' }, H2: { g: 'H', name: '中医医院', en: 'TCM Hospitals' }, H4: { g: 'H', name: '专科医院', en: 'Specialized Hospitals' }, H5: { g: 'H', name: '护理院', en: 'Nursing Homes' },
  B1: { g: 'B', name: '社区卫生服务中心（站）', en: 'Community Health Centers' }, B2: { g: 'B', name: '乡镇卫生院', en: 'Township Health Centers' }, B3: { g: 'B', name: '村卫生室', en: 'Village Clinics' }, B4: { g: 'B', name: '门诊部（所）', en: 'Outpatient Clinics' },
  P1: { g: 'P', name: '疾病预防控制中心', en: 'CDC' }, P2: { g: 'P', name: '专科疾病防治院（所、站）', en: 'Specialized Disease Prevention Institutions' }, P3: { g: 'P', name: '妇幼保健院（所、站）', en: 'MCH Institutions' }, P4: { g: 'P', name: '卫生监督所（中心）', en: 'Health Inspection Institutions' }, P5: { g: 'P', name: '急救中心（站）', en: 'Emergency Centers' },
  O1: { g: 'O', name: '其他机构', en: 'Others' },
};
const GROUPS = [
  { g: 'H', name: '医院', en: 'Hospitals', items: ['H1', 'H2', 'H4', 'H5'] },
  { g: 'B', name: '基层医疗卫生机构', en: 'Primary Health Care Institutions', items: ['B1', 'B2', 'B3', 'B4'] },
  { g: 'P', name: '专业公共卫生机构', en: 'Public Health Institutions', items: ['P1', 'P2', 'P3', 'P4', 'P5'] },
  { g: 'O', name: '其他机构', en: 'Other Institutions', items: [] },
];
const KEYS5 = ['n', 'beds', 'staff', 'doc', 'nurse'];

// ---------- data ----------
function genInst(list, n, bedF, staffF, dr, nr) {
  for (let i = 0; i < n; i++) {
    const beds = bedF();
    const staff = staffF(beds);
    const doc = Math.round(staff * rnd(dr[0], dr[1])), nurse = Math.round(staff * rnd(nr[0], nr[1]));
    list.push({ beds, staff, doc, nurse });
  }
}
function genUnitHealth(u) {
  const k = u.kind, P = u.pop || 0; const inst = {};
  for (const t of Object.keys(TYPES)) inst[t] = [];
  const hospStaff = (b) => Math.round(b * rnd(1.1, 1.6) + ri(10, 60));
  if (k === 'cityLevel') {
    genInst(inst.H1, ri(3, 6), () => ri(800, 2800), hospStaff, [0.3, 0.38], [0.42, 0.5]);
    genInst(inst.H2, 1, () => ri(500, 1200), hospStaff, [0.32, 0.4], [0.4, 0.48]);
    genInst(inst.H4, ri(2, 5), () => ri(150, 800), hospStaff, [0.3, 0.38], [0.42, 0.5]);
    genInst(inst.P1, 1, () => 0, () => ri(80, 180), [0.45, 0.55], [0.05, 0.1]);
    genInst(inst.P2, ri(0, 2), () => ri(0, 80), (b) => Math.round(b * 1.2 + ri(20, 60)), [0.35, 0.45], [0.3, 0.4]);
    genInst(inst.P3, 1, () => ri(200, 600), hospStaff, [0.3, 0.38], [0.42, 0.5]);
    genInst(inst.P4, 1, () => 0, () => ri(30, 80), [0.5, 0.7], [0, 0.05]);
    genInst(inst.P5, 1, () => 0, () => ri(40, 120), [0.4, 0.5], [0.3, 0.4]);
    genInst(inst.O1, ri(1, 4), () => 0, () => ri(5, 60), [0.1, 0.3], [0.05, 0.2]);
  } else {
    const isD = k === 'district';
    const hb = P * 10 * rnd(3.2, 5.5); // hospital beds of the unit
    const n1 = isD ? ri(3, 8) : ri(2, 5), n2 = isD ? ri(1, 2) : 1, n4 = isD ? ri(1, 6) : ri(0, 3);
    genInst(inst.H1, n1, () => Math.max(60, Math.round(hb * 0.7 / n1 * rnd(0.4, 1.6))), hospStaff, [0.3, 0.38], [0.42, 0.5]);
    genInst(inst.H2, n2, () => Math.max(50, Math.round(hb * 0.16 / n2 * rnd(0.6, 1.4))), hospStaff, [0.32, 0.4], [0.4, 0.48]);
    genInst(inst.H4, n4, () => Math.max(20, Math.round(hb * 0.12 / Math.max(1, n4) * rnd(0.4, 1.6))), hospStaff, [0.3, 0.38], [0.42, 0.5]);
    genInst(inst.H5, isD ? ri(0, 2) : ri(0, 1), () => ri(20, 100), (b) => Math.round(b * rnd(0.3, 0.6) + ri(3, 10)), [0.1, 0.2], [0.5, 0.6]);
    genInst(inst.B1, isD ? ri(5, 20) : ri(0, 3), () => (chance(0.4) ? 0 : ri(10, 60)), () => ri(15, 80), [0.35, 0.45], [0.3, 0.4]);
    genInst(inst.B2, isD ? ri(0, 3) : ri(8, 20), () => ri(15, 120), (b) => Math.round(b * rnd(0.7, 1.2) + ri(5, 20)), [0.35, 0.45], [0.3, 0.4]);
    genInst(inst.B3, isD ? ri(0, 30) : ri(120, 380), () => 0, () => (chance(0.55) ? 1 : 0), [0.9, 1.0], [0, 0]);
    genInst(inst.B4, isD ? ri(60, 220) : ri(40, 150), () => (chance(0.85) ? 0 : ri(1, 10)), () => ri(2, 8), [0.4, 0.5], [0.25, 0.35]);
    genInst(inst.P1, 1, () => 0, () => ri(25, 90), [0.45, 0.55], [0.05, 0.1]);
    genInst(inst.P2, ri(0, 1), () => ri(0, 40), () => ri(8, 40), [0.35, 0.45], [0.3, 0.4]);
    genInst(inst.P3, 1, () => ri(20, 160), (b) => Math.round(b * 1.3 + ri(20, 60)), [0.3, 0.38], [0.42, 0.5]);
    genInst(inst.P4, 1, () => 0, () => ri(8, 40), [0.5, 0.7], [0, 0.05]);
    genInst(inst.P5, ri(0, 1), () => 0, () => ri(10, 40), [0.4, 0.5], [0.3, 0.4]);
    genInst(inst.O1, ri(0, 3), () => 0, () => ri(3, 30), [0.1, 0.3], [0.05, 0.2]);
  }
  u.inst = inst;
  u.t = {};
  for (const t of Object.keys(TYPES)) {
    const l = inst[t];
    u.t[t] = { n: l.length, beds: sum(l.map((x) => x.beds)), staff: sum(l.map((x) => x.staff)), doc: sum(l.map((x) => x.doc)), nurse: sum(l.map((x) => x.nurse)) };
  }
  u.vd = u.t.B3.n ? Math.round(u.t.B3.n * rnd(0.9, 1.6)) : 0; // 乡村医生和卫生员
  u.g = {};
  for (const G of GROUPS) {
    const items = G.items.length ? G.items : ['O1'];
    u.g[G.g] = {}; for (const key of KEYS5) u.g[G.g][key] = sum(items.map((t) => u.t[t][key]));
  }
  u.tot = {}; for (const key of KEYS5) u.tot[key] = sum(GROUPS.map((G) => u.g[G.g][key]));
  // services
  if (k === 'cityLevel') { u.visH = rnd(300, 750); u.visB = 0; u.visO = rnd(5, 30); u.disch = rnd(10, 30); }
  else { u.visH = P * rnd(2, 4); u.visB = P * rnd(2.5, 4.5); u.visO = P * rnd(0.1, 0.4); u.disch = P * rnd(0.1, 0.18); }
  u.vis = u.visH + u.visB + u.visO;
  u.usage = rnd(68, 96); u.stay = rnd(6.8, 10.8);
  // culture
  u.lib = k === 'district' && chance(0.15) ? 0 : 1;
  u.books = k === 'cityLevel' ? rnd(80, 260) : u.lib ? rnd(12, 65) : 0;
  u.cc = 1; u.mus = k === 'cityLevel' ? ri(2, 6) : ri(0, 4); u.musState = Math.max(0, u.mus - ri(0, 2));
  u.station = k === 'cityLevel' ? 0 : k === 'district' ? ri(4, 12) : ri(8, 22);
  u.troupe = ri(1, 12);
  // sports
  u.venues = k === 'cityLevel' ? ri(40, 200) : ri(900, 4500);
  u.area = k === 'cityLevel' ? rnd(20, 60) : P * rnd(1.8, 3.2);
}
function scaleUnit(u, f, name) {
  const z = { name, kind: 'zone', pop: u.pop * f, g: {}, tot: {}, t: {} };
  for (const G of GROUPS) { z.g[G.g] = {}; for (const k of KEYS5) z.g[G.g][k] = Math.floor(u.g[G.g][k] * f); }
  for (const k of KEYS5) z.tot[k] = sum(GROUPS.map((G) => z.g[G.g][k]));
  for (const t of Object.keys(TYPES)) { z.t[t] = {}; for (const k of KEYS5) z.t[t][k] = Math.floor(u.t[t][k] * f); }
  z.vd = Math.floor(u.vd * f);
  for (const k of ['visH', 'visB', 'visO', 'disch', 'books', 'area']) z[k] = u[k] * f;
  z.vis = z.visH + z.visB + z.visO; z.usage = u.usage; z.stay = u.stay;
  for (const k of ['mus', 'musState', 'station', 'troupe', 'venues']) z[k] = Math.floor(u[k] * f);
  z.lib = 0; z.cc = 0; z.books = 0;
  return z;
}
function makeCity() {
  const city = { name: pick(CITY) };
  const nd = ri(2, 4), nc = ri(3, 7);
  const ds = shuffle(DIST).slice(0, nd).map((n) => ({ name: n, kind: 'district', pop: rnd(18, 95) }));
  const cs = shuffle(COUNTY).slice(0, nc).map((n) => ({ name: n, kind: 'county', pop: rnd(22, 115) }));
  city.cityLevel = chance(0.5) ? { name: '市本级', kind: 'cityLevel', pop: 0 } : null;
  city.districts = ds; city.counties = cs;
  city.units = [...(city.cityLevel ? [city.cityLevel] : []), ...ds, ...cs];
  for (const u of city.units) genUnitHealth(u);
  city.pop = sum(city.units.map((u) => u.pop));
  if (chance(0.4)) { const pi = ri(0, ds.length - 1); city.zone = { parent: pi, unit: scaleUnit(ds[pi], rnd(0.15, 0.45), pick(['高新区', '经济技术开发区', '新区', '高新技术产业开发区'])) }; }
  const agg = {};
  for (const t of Object.keys(TYPES)) { agg[t] = {}; for (const key of KEYS5) agg[t][key] = sum(city.units.map((u) => u.t[t][key])); }
  agg.g = {}; for (const G of GROUPS) { agg.g[G.g] = {}; for (const key of KEYS5) agg.g[G.g][key] = sum(city.units.map((u) => u.g[G.g][key])); }
  agg.tot = {}; for (const key of KEYS5) agg.tot[key] = sum(city.units.map((u) => u.tot[key]));
  agg.vd = sum(city.units.map((u) => u.vd));
  city.agg = agg;
  city.series = makeSeries(city);
  return city;
}
function makeSeries(city) {
  const a = city.agg, U = city.units;
  const s = {}; const years = []; for (let y = 2014; y <= 2024; y++) years.push(y);
  const cur = {
    instH: a.g.H.n, instB: a.g.B.n, instP: a.g.P.n, instO: a.g.O.n,
    bedsH: a.g.H.beds, bedsX: a.tot.beds - a.g.H.beds,
    doc: a.tot.doc, nurse: a.tot.nurse, staffX: a.tot.staff - a.tot.doc - a.tot.nurse,
    pop: city.pop, vis: sum(U.map((u) => u.vis)), disch: sum(U.map((u) => u.disch)),
    lib: sum(U.map((u) => u.lib)), books: sum(U.map((u) => u.books)), cc: sum(U.map((u) => u.cc)), station: sum(U.map((u) => u.station)),
    mus: sum(U.map((u) => u.mus)), musState: sum(U.map((u) => u.musState)), troupe: sum(U.map((u) => u.troupe)),
    venues: sum(U.map((u) => u.venues)), area: sum(U.map((u) => u.area)),
  };
  cur.circ = cur.books * rnd(1.2, 2.5); cur.musVis = cur.mus * rnd(4, 12);
  const intK = new Set(['instH', 'instB', 'instP', 'instO', 'bedsH', 'bedsX', 'doc', 'nurse', 'staffX', 'lib', 'cc', 'station', 'mus', 'musState', 'troupe', 'venues']);
  const gr = (k, y) => {
    const covid = (y === 2020) ? 1 : (y === 2021 ? 2 : 0);
    switch (k) {
      case 'instH': return rnd(0.0, 0.06); case 'instB': return rnd(-0.01, 0.025); case 'instP': return rnd(-0.02, 0.02); case 'instO': return rnd(-0.1, 0.1);
      case 'bedsH': return rnd(0.02, 0.07); case 'bedsX': return rnd(0.0, 0.05);
      case 'doc': return rnd(0.03, 0.07); case 'nurse': return rnd(0.04, 0.08); case 'staffX': return rnd(0.0, 0.04);
      case 'pop': return rnd(-0.004, 0.01);
      case 'vis': case 'disch': case 'circ': case 'musVis': return covid === 1 ? rnd(-0.18, -0.06) : covid === 2 ? rnd(0.06, 0.16) : rnd(0.01, 0.07);
      case 'books': return rnd(0.02, 0.06); case 'mus': case 'musState': return rnd(0, 0.12); case 'troupe': return rnd(-0.05, 0.08);
      case 'lib': case 'cc': return 0; case 'station': return rnd(-0.02, 0.02);
      case 'venues': return rnd(0.03, 0.12); case 'area': return rnd(0.03, 0.09);
    }
    return 0.02;
  };
  for (const k of Object.keys(cur)) {
    s[k] = { 2024: cur[k] };
    for (let y = 2023; y >= 2014; y--) { const v = s[k][y + 1] / (1 + gr(k, y + 1)); s[k][y] = intK.has(k) ? Math.max(0, Math.round(v)) : v; }
  }
  for (let y = 2014; y <= 2024; y++) { if (s.musState[y] > s.mus[y]) s.musState[y] = s.mus[y]; }
  s.usage = {}; s.stay = {}; let st = rnd(9.5, 11), us = rnd(82, 92);
  for (let y = 2014; y <= 2024; y++) { us = Math.min(96, Math.max(65, us + rnd(-2.5, 1.5))); s.usage[y] = y === 2020 ? us - rnd(6, 12) : y === 2022 ? us - rnd(2, 6) : us; st -= rnd(0, 0.3); s.stay[y] = st + rnd(-0.04, 0.04); }
  s.instTotal = {}; s.beds = {}; s.staff = {};
  for (let y = 2014; y <= 2024; y++) {
    s.instTotal[y] = s.instH[y] + s.instB[y] + s.instP[y] + s.instO[y];
    s.beds[y] = s.bedsH[y] + s.bedsX[y];
    s.staff[y] = s.doc[y] + s.nurse[y] + s.staffX[y];
  }
  return s;
}
function wavg(U, key, wf) { let a = 0, w = 0; for (const u of U) { const ww = wf(u); a += u[key] * ww; w += ww; } return a / w; }

// ---------- label helpers ----------
const sp2 = (s, on) => (on && s.length === 2 ? s[0] + '  ' + s[1] : s);
function unitRows(city, style, opts = {}) {
  // returns list of {id,label,kind,unit(s)} in display order
  const sp = opts.sp;
  const rows = [];
  const indent = (s) => (opts.indentMode === 'space' ? '  ' + s : s);
  const ind = opts.indentMode === 'align' ? 1 : undefined;
  const tot = { id: 'ALL', label: opts.totalLabel || sp2('全市', sp), kind: 'total', units: city.units };
  const cl = city.cityLevel ? { id: 'CL', label: '市本级', kind: 'cl', units: [city.cityLevel] } : null;
  const dsub = { id: 'DSUB', label: '市辖区', kind: 'dsub', units: city.districts };
  const nested = style === 'top' || style === 'groups';
  const drows = city.districts.map((u, i) => ({ id: 'D' + i, label: nested ? indent(u.name) : u.name, indent: nested ? ind : undefined, kind: 'unit', units: [u] }));
  const crows = city.counties.map((u, i) => ({ id: 'C' + i, label: u.name, kind: 'unit', units: [u] }));
  const csub = { id: 'CSUB', label: pick(['县（市）', '县（市）小计', '各县（市）']), kind: 'csub', units: city.counties };
  const crowsI = city.counties.map((u, i) => ({ id: 'C' + i, label: opts.indentMode === 'space' ? '  ' + u.name : u.name, indent: ind, kind: 'unit', units: [u] }));
  if (city.zone && !opts.noZone && chance(0.7)) { // a functional zone whose figures are included in its district: a 其中 row, not a part
    const zi = drows.findIndex((r) => r.id === 'D' + city.zone.parent);
    drows.splice(zi + 1, 0, { id: 'Z', parentId: 'D' + city.zone.parent, label: pick(['  #', '    其中：', '#']) + city.zone.unit.name, kind: 'zone', units: [city.zone.unit] });
  }
  if (opts.marks) { tot.label += '①'; if (cl) cl.label += '②'; }
  if (style === 'top') { rows.push(tot); if (cl) rows.push(cl); rows.push(dsub, ...drows, ...crows); }
  else if (style === 'groups') { rows.push(tot); if (cl) rows.push(cl); rows.push(dsub, ...drows, csub, ...crowsI); }
  else if (style === 'groupsBottom') { rows.push(...city.districts.map((u, i) => ({ id: 'D' + i, label: u.name, kind: 'unit', units: [u] }))); rows.push({ ...dsub, label: '市辖区小计' }); rows.push(...crows, { ...csub, label: '县（市）小计' }); if (cl) rows.push(cl); rows.push({ ...tot, label: sp2('全市', sp) + (chance(0.5) ? '合计' : '') }); }
  else if (style === 'flat') { rows.push(tot); if (cl) rows.push(cl); rows.push(...drows, ...crows); }
  else if (style === 'clEnd') { rows.push(tot, ...drows, ...crows); if (cl) rows.push(cl); }
  else { if (cl) rows.push(cl); rows.push(...drows, ...crows); rows.push({ ...tot, label: opts.bottomLabel || sp2('合计', sp) }); }
  return rows;
}
function addUnitSums(sh, T, rows, key, city) {
  const has = (id) => rows.some((r) => r.id === id);
  const ids = rows.map((r) => r.id);
  const dIds = ids.filter((i) => /^D\d/.test(i)), cIds = ids.filter((i) => /^C\d/.test(i));
  const z = rows.find((r) => r.id === 'Z'); if (z) sh.le([T.A('Z', key)], T.A(z.parentId, key));
  if (has('CSUB')) {
    sh.sum(T.A('DSUB', key), dIds.map((i) => T.A(i, key)));
    sh.sum(T.A('CSUB', key), cIds.map((i) => T.A(i, key)));
    sh.sum(T.A('ALL', key), [...(has('CL') ? [T.A('CL', key)] : []), T.A('DSUB', key), T.A('CSUB', key)]);
  } else if (has('DSUB')) {
    sh.sum(T.A('DSUB', key), dIds.map((i) => T.A(i, key)));
    sh.sum(T.A('ALL', key), [...(has('CL') ? [T.A('CL', key)] : []), T.A('DSUB', key), ...cIds.map((i) => T.A(i, key))]);
  } else {
    sh.sum(T.A('ALL', key), [...(has('CL') ? [T.A('CL', key)] : []), ...dIds.map((i) => T.A(i, key)), ...cIds.map((i) => T.A(i, key))]);
  }
}
const dash = () => pick(['-', '—', '-', null]);
const zd = (v, dashIt) => (v === 0 && dashIt ? '-' : v);
const noteSrc = (d) => pick([`资料来源：市${d}。`, `数据来源：${d}`, null]);
const YEARNOTE = () => pick(['（2024年）', '（2024年末）', '', '（2024）']);

// ---------- templates ----------
// TA: institutions, beds, personnel by type
function TA(ctx, sh, r0) {
  const a = ctx.city.agg, bi = ctx.bi;
  const style = pick(['two', 'flat']); const hash = pick(['#', '其中']);
  const partial = chance(0.45); const withVd = chance(0.3); const dashZero = chance(0.6);
  const cols = [
    { key: 'n', h1: bi ? '机构数（个）\nInstitutions' : '机构数（个）', dp: 0 },
    { key: 'beds', h1: bi ? '床位数（张）\nBeds' : pick(['床位数（张）', '实有床位（张）']), dp: 0 },
  ];
  if (style === 'two') cols.push({ key: 'staff', h1: '卫生技术人员（人）', h2: pick(['合计', '小计', '计']), dp: 0 }, { key: 'doc', h1: '卫生技术人员（人）', h2: '#执业（助理）医师', dp: 0 }, { key: 'nurse', h1: '卫生技术人员（人）', h2: '#注册护士', dp: 0 });
  else cols.push({ key: 'staff', h1: bi ? '卫生技术人员（人）\nHealth Technicians' : '卫生技术人员（人）', dp: 0 }, { key: 'doc', h1: '其中：执业（助理）医师', dp: 0 }, { key: 'nurse', h1: '注册护士', dp: 0 });
  if (withVd) cols.push({ key: 'vd', h1: '乡村医生和卫生员（人）', h2: style === 'two' ? undefined : undefined, dp: 0 });
  const rows = []; const numer = ['一、', '二、', '三、', '四、'];
  const useNum = chance(0.5); const indentSpace = chance(0.5);
  const vals = (o, vd) => { const v = {}; for (const k of KEYS5) v[k] = k === 'beds' ? zd(o[k], dashZero) : o[k]; if (withVd) v.vd = vd === undefined ? (dashZero ? '-' : 0) : vd; return v; };
  rows.push({ id: 'T', label: bi ? '总计 Total' : pick(['总计', '合计', '医疗卫生机构合计']), vals: vals(a.tot, a.vd) });
  const struct = [];
  GROUPS.forEach((G, gi) => {
    rows.push({ id: G.g, label: (useNum ? numer[gi] : '') + G.name + (bi ? ' ' + G.en : ''), vals: vals(a.g[G.g], G.g === 'B' ? a.vd : undefined) });
    let items = G.items.filter((t) => a[t].n > 0);
    let isPartial = false;
    if (partial && items.length > 2 && chance(0.7)) { items = items.filter((t, i) => i !== items.length - 1 || t === 'B3'); if (items.length === G.items.filter((t) => a[t].n > 0).length) items = items.slice(0, -1); isPartial = true; }
    items.forEach((t, i) => {
      let label = TYPES[t].name + (bi ? ' ' + TYPES[t].en : '');
      let indent;
      if (isPartial) label = hash === '#' ? '#' + label : (i === 0 ? '其中：' + label : '      ' + label);
      else if (indentSpace) label = '  ' + label; else indent = 1;
      rows.push({ id: t, label, indent, vals: vals(a[t], t === 'B3' ? a.vd : undefined) });
    });
    struct.push({ g: G.g, items, isPartial });
  });
  const notes = [];
  if (chance(0.5)) notes.push('注：' + pick(['卫生技术人员不含乡村医生和卫生员。', '村卫生室床位数未统计。', '其他机构包括医学科研机构、医学在职培训机构、临床检验中心等。']));
  const src = noteSrc('卫生健康委员会'); if (src) notes.push(src);
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}${ctx.city.name}医疗卫生机构、床位及人员情况${YEARNOTE()}`, unitNote: chance(0.4) ? '单位：个、张、人' : null, unitRight: true, labelHead: bi ? '机构类别\nType of Institutions' : pick(['机构类别', '项目', '机构分类']), cols, rows, notes });
  for (const col of cols) {
    const k = col.key;
    sh.sum(T.A('T', k), GROUPS.map((G) => T.A(G.g, k)));
    for (const s of struct) { if (!s.items.length) continue; const parts = s.items.map((t) => T.A(t, k)); if (s.isPartial) sh.le(parts, T.A(s.g, k)); else sh.sum(T.A(s.g, k), parts); }
  }
  for (const row of rows) sh.le([T.A(row.id, 'doc'), T.A(row.id, 'nurse')], T.A(row.id, 'staff'));
  return T.r;
}

// TB: by county with per-thousand rates
function TB(ctx, sh, r0) {
  const city = ctx.city, bi = ctx.bi;
  const style = pick(['top', 'top', 'flat', 'bottom', 'groups', 'groupsBottom', 'clEnd']); const sp = chance(0.5); const marks = chance(0.25);
  const rows = unitRows(city, style, { sp, indentMode: pick(['space', 'align', 'none']), marks });
  const showPop = chance(0.55); const showRates = showPop ? chance(0.9) : chance(0.6); const nurseRate = chance(0.5);
  const popDp = pick([2, 2, 1]);
  const cols = [{ key: 'n', h1: bi ? '医疗卫生机构（个）\nInstitutions' : '医疗卫生机构（个）', dp: 0 }, { key: 'beds', h1: bi ? '床位数（张）\nBeds' : '床位数（张）', dp: 0 }];
  const twoH = chance(0.5);
  if (twoH) cols.push({ key: 'staff', h1: '卫生技术人员（人）', h2: '合计', dp: 0 }, { key: 'doc', h1: '卫生技术人员（人）', h2: '#执业（助理）医师', dp: 0 }, { key: 'nurse', h1: '卫生技术人员（人）', h2: '#注册护士', dp: 0 });
  else cols.push({ key: 'staff', h1: '卫生技术人员（人）', dp: 0 }, { key: 'doc', h1: '执业（助理）医师（人）', dp: 0 }, { key: 'nurse', h1: '注册护士（人）', dp: 0 });
  if (showPop) cols.push({ key: 'pop', h1: pick(['年末常住人口（万人）', '常住人口（万人）']), dp: popDp });
  if (showRates) {
    const rh = twoH ? '每千人口' : null;
    cols.push({ key: 'bedRate', h1: rh || '每千人口床位数（张）', h2: rh ? '床位数（张）' : undefined, dp: 2 });
    cols.push({ key: 'docRate', h1: rh || '每千人口执业（助理）医师（人）', h2: rh ? '执业（助理）医师（人）' : undefined, dp: 2 });
    if (nurseRate) cols.push({ key: 'nurseRate', h1: rh || '每千人口注册护士（人）', h2: rh ? '注册护士（人）' : undefined, dp: 2 });
  }
  const dashCL = pick(['-', '—', '-', null]);
  for (const row of rows) {
    const U = row.units; const v = {};
    for (const k of KEYS5) v[k] = sum(U.map((u) => u.tot[k]));
    const pop = sum(U.map((u) => u.pop));
    if (row.kind === 'cl') { if (showPop) v.pop = dashCL; if (showRates) { v.bedRate = dashCL; v.docRate = dashCL; v.nurseRate = dashCL; } }
    else {
      if (showPop) v.pop = rd(pop, popDp);
      v.bedRate = rd(v.beds / (pop * 10), 2); v.docRate = rd(v.doc / (pop * 10), 2); v.nurseRate = rd(v.nurse / (pop * 10), 2);
    }
    row.vals = v;
  }
  if (chance(0.3)) { // 县（市）占全市比重 row: a share, not a part
    const tot = rows.find((x) => x.id === 'ALL').vals; const v = {};
    for (const k of ['n', 'beds', 'staff', 'doc', 'nurse'].concat(showPop ? ['pop'] : [])) v[k] = rd(sum(city.counties.map((u) => (k === 'pop' ? u.pop : u.tot[k]))) / (k === 'pop' ? city.pop : tot[k]) * 100, 1);
    rows.push({ id: 'SHR', label: pick(['县（市）占全市比重（%）', '#县域占全市（%）']), vals: v, dp: 1 });
  }
  const notes = [];
  if (marks) notes.push('注：①全市数据含市属及驻市单位。' + (city.cityLevel ? '②市本级指市直属医疗卫生机构。' : ''));
  if (city.zone && rows.some((r) => r.id === 'Z')) notes.push(`${notes.length ? '    ' : '注：'}${city.zone.unit.name}数据已包含在所在区中。`);
  if (showRates) notes.push(pick(['注：每千人口指标按年末常住人口计算。', '注：每千人口床位数、医师数按常住人口计算，市本级不计算。', '注：①每千人口指标按常住人口计算。']));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）医疗卫生机构、床位及人员${YEARNOTE()}`, unitNote: null, labelHead: bi ? '地区\nRegion' : pick(['地区', '县（市、区）', '地  区']), cols, rows, notes });
  for (const k of ['n', 'beds', 'staff', 'doc', 'nurse'].concat(showPop ? ['pop'] : [])) addUnitSums(sh, T, rows, k, city);
  for (const row of rows) {
    if (row.id === 'SHR') continue;
    sh.le([T.A(row.id, 'doc'), T.A(row.id, 'nurse')], T.A(row.id, 'staff'));
    // per-thousand = count / (pop万 * 10)
    if (showPop && showRates) { sh.rate(T.A(row.id, 'bedRate'), T.A(row.id, 'beds'), T.A(row.id, 'pop'), 0.1); sh.rate(T.A(row.id, 'docRate'), T.A(row.id, 'doc'), T.A(row.id, 'pop'), 0.1); sh.rate(T.A(row.id, 'nurseRate'), T.A(row.id, 'nurse'), T.A(row.id, 'pop'), 0.1); }
  }
  return T.r;
}

// TC: indicator rows with 2024/2023/growth (health)
function TC(ctx, sh, r0) {
  const s = ctx.city.series, bi = ctx.bi;
  const showPop = chance(0.5); const ppUsage = chance(0.5); const order = chance(0.75) ? [2024, 2023] : [2023, 2024];
  const visDp = pick([2, 1, 0]); const onlyGrowth = chance(0.12); const disDp = pick([2, 1]); const rawBase = chance(0.7);
  const gh = pick(['增长（%）', '比上年增长（%）', '增长%', '增减（%）']);
  const ind = [
    ['instTotal', '医疗卫生机构数', '个', 0, 0], ['instH', '其中：医院', '个', 0, 1], ['instB', '基层医疗卫生机构', '个', 0, 1], ['instP', '专业公共卫生机构', '个', 0, 1],
    ['beds', '床位数', '张', 0, 0], ['bedsH', '其中：医院', '张', 0, 1],
    ['staff', '卫生技术人员', '人', 0, 0], ['doc', '其中：执业（助理）医师', '人', 0, 1], ['nurse', '注册护士', '人', 0, 1],
  ];
  if (showPop) ind.push(['pop', '年末常住人口', '万人', 2, 0]);
  ind.push(['bedRate', '每千人口床位数', '张', 2, 0], ['docRate', '每千人口执业（助理）医师', '人', 2, 0]);
  if (chance(0.5)) ind.push(['nurseRate', '每千人口注册护士', '人', 2, 0]);
  ind.push(['vis', '诊疗人次', '万人次', visDp, 0], ['disch', '出院人数', '万人', disDp, 0], ['usage', '病床使用率' + (ppUsage ? '①' : ''), '%', 1, 0], ['stay', '出院者平均住院日', '日', 1, 0]);
  const get = (k, y) => {
    if (k === 'bedRate') return s.beds[y] / (s.pop[y] * 10);
    if (k === 'docRate') return s.doc[y] / (s.pop[y] * 10);
    if (k === 'nurseRate') return s.nurse[y] / (s.pop[y] * 10);
    return s[k][y];
  };
  const cols = [{ key: 'unit', h1: bi ? '单位\nUnit' : '单位' }];
  if (!onlyGrowth) for (const y of order) cols.push({ key: 'y' + y, h1: bi ? `${y}年\n${y}` : `${y}年` });
  else cols.push({ key: 'y2024', h1: '2024年' });
  cols.push({ key: 'g', h1: gh, dp: 1 });
  const rows = ind.map(([k, label, unit, dp, lvl]) => {
    const v = { unit };
    const c = rd(get(k, 2024), dp), p = rd(get(k, 2023), dp);
    v.y2024 = c; if (!onlyGrowth) v.y2023 = p;
    if (k === 'usage' && ppUsage) v.g = rawBase ? rd(get(k, 2024) - get(k, 2023), 1) : rd(c - p, 1);
    else if (!rawBase && ['bedRate', 'docRate', 'nurseRate', 'usage', 'stay'].includes(k)) v.g = rd((c / p - 1) * 100, 1); // growth from the shown rates
    else v.g = rd((get(k, 2024) / get(k, 2023) - 1) * 100, 1);
    return { id: k, label: lvl ? (k === 'instB' || k === 'instP' || k === 'nurse' ? '      ' + label : '  ' + label) : label, vals: v, dp, dpk: { g: 1, unit: undefined } };
  });
  const notes = [];
  if (ppUsage) notes.push('注：①病床使用率增长栏为增减百分点。');
  if (!showPop) notes.push(`${ppUsage ? '    ' : '注：'}每千人口指标按年末常住人口${rd(s.pop[2024], 2)}万人计算。`);
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}${ctx.city.name}卫生事业发展主要指标`, labelHead: bi ? '指标\nIndicator' : pick(['指标', '指标名称', '项目']), cols, rows, notes });
  if (!onlyGrowth) {
    for (const [k] of ind) {
      const c = T.A(k, 'y2024'), p = T.A(k, 'y2023'), g = T.A(k, 'g');
      if (k === 'usage' && ppUsage) sh.pp(g, c, p); else sh.growth(g, c, p);
    }
  }
  for (const y of onlyGrowth ? [2024] : [2024, 2023]) {
    const K = 'y' + y;
    sh.le(['instH', 'instB', 'instP'].map((k) => T.A(k, K)), T.A('instTotal', K));
    sh.le([T.A('bedsH', K)], T.A('beds', K));
    sh.le([T.A('doc', K), T.A('nurse', K)], T.A('staff', K));
    if (showPop) { sh.rate(T.A('bedRate', K), T.A('beds', K), T.A('pop', K), 0.1); sh.rate(T.A('docRate', K), T.A('doc', K), T.A('pop', K), 0.1); sh.rate(T.A('nurseRate', K), T.A('nurse', K), T.A('pop', K), 0.1); }
  }
  return T.r;
}

// TD: yearbook series, years as rows
function TD(ctx, sh, r0) {
  const s = ctx.city.series, bi = ctx.bi;
  let years = chance(0.6) ? [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] : [2015, 2019, 2020, 2021, 2022, 2023, 2024];
  const yearStr = chance(0.5); const showPop = chance(0.4); const visDp = pick([2, 1]);
  const growthRow = chance(0.45); const cagrRow = chance(0.35) && years.length === 10; const interleave = !growthRow && chance(0.55);
  const cols = [];
  const two = chance(0.5);
  cols.push({ key: 'instTotal', h1: two ? '医疗卫生机构（个）' : '医疗卫生机构数（个）', h2: two ? '合计' : undefined, dp: 0 });
  if (two) cols.push({ key: 'instH', h1: '医疗卫生机构（个）', h2: '#医院', dp: 0 });
  cols.push({ key: 'beds', h1: '床位数（张）', h2: two ? '合计' : undefined, dp: 0 });
  if (two) cols.push({ key: 'bedsH', h1: '床位数（张）', h2: '#医院', dp: 0 });
  cols.push({ key: 'staff', h1: two ? '卫生技术人员（人）' : '卫生技术人员（人）', h2: two ? '合计' : undefined, dp: 0 });
  if (two) cols.push({ key: 'doc', h1: '卫生技术人员（人）', h2: '#执业（助理）医师', dp: 0 }, { key: 'nurse', h1: '卫生技术人员（人）', h2: '#注册护士', dp: 0 });
  else cols.push({ key: 'doc', h1: '执业（助理）医师（人）', dp: 0 }, { key: 'nurse', h1: '注册护士（人）', dp: 0 });
  if (showPop) cols.push({ key: 'pop', h1: '年末常住人口（万人）', dp: 2 });
  cols.push({ key: 'bedRate', h1: '每千人口床位数（张）', dp: 2 }, { key: 'vis', h1: '诊疗人次（万人次）', dp: visDp });
  let finalCols = cols;
  if (interleave) { // each count followed by growth column; keep it smaller
    const keep = ['instTotal', 'beds', 'staff', 'vis'];
    finalCols = [];
    for (const k of keep) { const c = cols.find((x) => x.key === k); finalCols.push({ key: k, h1: c.h1.replace(/（.*）/, '') + (k === 'vis' ? '（万人次）' : k === 'beds' ? '（张）' : k === 'staff' ? '（人）' : '（个）'), h2: '绝对数', dp: c.dp }, { key: k + '_g', h1: c.h1.replace(/（.*）/, '') + (k === 'vis' ? '（万人次）' : k === 'beds' ? '（张）' : k === 'staff' ? '（人）' : '（个）'), h2: '比上年增长（%）', dp: 1 }); }
  }
  const get = (k, y) => (k === 'bedRate' ? s.beds[y] / (s.pop[y] * 10) : s[k][y]);
  const rows = years.map((y) => {
    const v = {};
    for (const c of finalCols) {
      if (c.key.endsWith('_g')) { const k = c.key.slice(0, -2); v[c.key] = rd((get(k, y) / get(k, y - 1) - 1) * 100, 1); }
      else v[c.key] = rd(get(c.key, y), c.dp);
    }
    return { id: 'Y' + y, label: yearStr ? `${y}年` : y, vals: v };
  });
  if (chance(0.25)) rows.reverse(); // latest year first
  if (growthRow) {
    const v = {};
    for (const c of finalCols) v[c.key] = rd((get(c.key, 2024) / get(c.key, 2023) - 1) * 100, 1);
    rows.push({ id: 'G', label: pick(['2024年比上年增长（%）', '比上年增长（%）', '2024年比2023年增长%']), vals: v, dp: 1 });
  }
  if (cagrRow) {
    const v = {};
    for (const c of finalCols) if (!c.key.endsWith('_g')) v[c.key] = rd((Math.pow(get(c.key, 2024) / get(c.key, 2015), 1 / 9) - 1) * 100, 1);
    rows.push({ id: 'CAGR', label: pick(['2016-2024年年均增长（%）', '年均增长（%）']), vals: v, dp: 1 });
  }
  const notes = [];
  if (chance(0.4)) notes.push('注：' + pick(['2020年起诊疗人次含核酸检测人次。', '每千人口床位数按年末常住人口计算。', '本表机构数自2019年起含诊所、卫生所、医务室。']));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}${ctx.city.name}历年卫生事业基本情况`, labelHead: bi ? '年份\nYear' : pick(['年份', '年  份', '年度']), cols: finalCols, rows, notes });
  for (const y of years) {
    const id = 'Y' + y;
    sh.le([T.A(id, 'instH')], T.A(id, 'instTotal')); sh.le([T.A(id, 'bedsH')], T.A(id, 'beds')); sh.le([T.A(id, 'doc'), T.A(id, 'nurse')], T.A(id, 'staff'));
    if (showPop) sh.rate(T.A(id, 'bedRate'), T.A(id, 'beds'), T.A(id, 'pop'), 0.1);
    if (interleave) for (const c of finalCols) if (c.key.endsWith('_g') && years.includes(y - 1)) { const k = c.key.slice(0, -2); sh.growth(T.A(id, c.key), T.A(id, k), T.A('Y' + (y - 1), k)); }
  }
  if (growthRow) for (const c of finalCols) sh.growth(T.A('G', c.key), T.A('Y2024', c.key), T.A('Y2023', c.key));
  if (cagrRow) for (const c of finalCols) if (!c.key.endsWith('_g')) sh.cagr(T.A('CAGR', c.key), T.A('Y2024', c.key), T.A('Y2015', c.key), 9);
  return T.r;
}

// TE: series transposed, indicators as rows
function TE(ctx, sh, r0) {
  const s = ctx.city.series, bi = ctx.bi;
  const years = pick([[2015, 2020, 2021, 2022, 2023, 2024], [2020, 2021, 2022, 2023, 2024], [2019, 2022, 2023, 2024]]);
  const showUnit = chance(0.6); const rawBase = chance(0.7);
  const ind = [['instTotal', '医疗卫生机构数', '个', 0], ['instH', '  #医院', '个', 0], ['beds', '床位数', '张', 0], ['bedsH', '  #医院', '张', 0], ['staff', '卫生技术人员', '人', 0], ['doc', '  #执业（助理）医师', '人', 0], ['nurse', '  #注册护士', '人', 0]];
  const showPop = chance(0.4);
  if (showPop) ind.push(['pop', '年末常住人口', '万人', 2]);
  ind.push(['bedRate', '每千人口床位数', '张', 2], ['docRate', '每千人口执业（助理）医师数', '人', 2], ['vis', '诊疗人次', '万人次', 2], ['usage', '病床使用率', '%', 1], ['stay', '出院者平均住院日', '日', 1]);
  const get = (k, y) => (k === 'bedRate' ? s.beds[y] / (s.pop[y] * 10) : k === 'docRate' ? s.doc[y] / (s.pop[y] * 10) : s[k][y]);
  const cols = [];
  if (showUnit) cols.push({ key: 'unit', h1: '单位' });
  for (const y of years) cols.push({ key: 'y' + y, h1: bi ? `${y}年\n${y}` : `${y}年` });
  cols.push({ key: 'g', h1: pick(['2024年比上年增长（%）', '2024年比2023年增长（%）', '比上年±%']), dp: 1 });
  const cagrN = 2024 - years[0]; const withCagr = cagrN >= 4 && chance(0.5);
  const baseY = years.includes(2020) && chance(0.5) ? pick(years.filter((y) => y <= 2021)) : null;
  if (baseY) cols.push({ key: 'bg', h1: `2024年比${baseY}年增长（%）`, dp: 1 });
  if (withCagr) cols.push({ key: 'cg', h1: `${years[0] + 1}-2024年年均增长（%）`, dp: 1 });
  const rows = ind.map(([k, label, unit, dp]) => {
    const v = {}; if (showUnit) v.unit = unit;
    for (const y of years) v['y' + y] = rd(get(k, y), dp);
    if (withCagr) v.cg = rd((Math.pow(get(k, 2024) / get(k, years[0]), 1 / cagrN) - 1) * 100, 1);
    if (baseY) v.bg = rd((get(k, 2024) / get(k, baseY) - 1) * 100, 1);
    v.g = (!rawBase && (k === 'bedRate' || k === 'docRate' || k === 'usage' || k === 'stay')) ? rd((v.y2024 / v.y2023 - 1) * 100, 1) : rd((get(k, 2024) / get(k, 2023) - 1) * 100, 1);
    return { id: k, label: showUnit ? label : label + (unit ? `（${unit}）` : ''), vals: v, dp, dpk: { g: 1, cg: 1, bg: 1 } };
  });
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}主要年份卫生事业发展情况`, labelHead: bi ? '指标\nItem' : '指标', cols, rows, notes: chance(0.5) ? ['注：病床使用率、平均住院日为医院数据。'] : [] });
  for (const [k] of ind) { sh.growth(T.A(k, 'g'), T.A(k, 'y2024'), T.A(k, 'y2023')); if (withCagr) sh.cagr(T.A(k, 'cg'), T.A(k, 'y2024'), T.A(k, 'y' + years[0]), cagrN); if (baseY) sh.growth(T.A(k, 'bg'), T.A(k, 'y2024'), T.A(k, 'y' + baseY)); }
  for (const y of years) {
    const K = 'y' + y;
    sh.le([T.A('instH', K)], T.A('instTotal', K)); sh.le([T.A('bedsH', K)], T.A('beds', K)); sh.le([T.A('doc', K), T.A('nurse', K)], T.A('staff', K));
    if (showPop) { sh.rate(T.A('bedRate', K), T.A('beds', K), T.A('pop', K), 0.1); sh.rate(T.A('docRate', K), T.A('doc', K), T.A('pop', K), 0.1); }
  }
  return T.r;
}

// TF: hospitals by level with bed-days
function TF(ctx, sh, r0) {
  const H = ctx.city.agg.g.H; const n = H.n;
  let l3 = ri(2, Math.max(2, Math.floor(n * 0.15))), l2 = ri(Math.floor(n * 0.2), Math.floor(n * 0.35)), l1 = ri(Math.floor(n * 0.15), Math.floor(n * 0.3));
  let un = n - l3 - l2 - l1; if (un < 0) { l1 += un; un = 0; }
  const lv = [['L3', '三级医院', l3, rnd(800, 1500)], ['L2', '二级医院', l2, rnd(200, 500)], ['L1', '一级医院', l1, rnd(30, 100)], ['LU', '未定级医院', un, rnd(10, 60)]].filter((x) => x[2] > 0);
  const W = sum(lv.map((x) => x[2] * x[3])); let rem = H.beds;
  const recs = lv.map((x, i) => { const b = i === lv.length - 1 ? rem : Math.round(H.beds * x[2] * x[3] / W); rem -= b; return { id: x[0], label: x[1], n: x[2], beds: b }; });
  for (const r of recs) {
    r.open = Math.round(r.beds * 365 * rnd(0.93, 1.0)); r.occ = Math.round(r.open * rnd(r.id === 'L3' ? 0.85 : 0.55, r.id === 'L3' ? 1.02 : 0.9));
    const st = r.id === 'L3' ? rnd(7.5, 10.5) : rnd(6, 9.5); r.disch = Math.round(r.occ / st * rnd(0.96, 1.0)); r.disDays = Math.round(r.disch * st);
    r.visRaw = r.beds * rnd(0.08, 0.16);
  }
  const tot = { id: 'T', label: pick(['合计', '总计', '合  计']), n, beds: H.beds };
  for (const k of ['open', 'occ', 'disch', 'disDays', 'visRaw']) tot[k] = sum(recs.map((r) => r[k]));
  const sub3 = chance(0.5) && l3 >= 2 ? (() => { const m = ri(1, l3 - 1); const r3 = recs[0]; const f = rnd(0.5, 0.8); const o = { id: 'L3A', label: pick(['#三级甲等医院', '  其中：三级甲等']), n: m, beds: Math.round(r3.beds * f) }; o.open = Math.round(r3.open * f); o.occ = Math.round(r3.occ * f * rnd(0.98, 1.0)); o.disch = Math.round(r3.disch * f); o.disDays = Math.round(r3.disDays * f); if (o.disDays > r3.disDays) o.disDays = r3.disDays; o.visRaw = r3.visRaw * f; return o; })() : null;
  const showDays = chance(0.7); const showDisDays = showDays && chance(0.5); const visDp = pick([2, 1]);
  const cols = [{ key: 'n', h1: '医院数（个）', dp: 0 }, { key: 'beds', h1: '实有床位数（张）', dp: 0 }];
  if (showDays) cols.push({ key: 'open', h1: '实际开放总床日数（日）', dp: 0 }, { key: 'occ', h1: '实际占用总床日数（日）', dp: 0 });
  const pctFmt = chance(0.35);
  cols.push({ key: 'usage', h1: pctFmt ? '病床使用率' : '病床使用率（%）', dp: 1, pct: pctFmt }, { key: 'disch', h1: '出院人数（人）', dp: 0 });
  if (showDisDays) cols.push({ key: 'disDays', h1: '出院者占用总床日数（日）', dp: 0 });
  cols.push({ key: 'stay', h1: '出院者平均住院日（日）', dp: 1 }, { key: 'vis', h1: '诊疗人次（万人次）', dp: visDp });
  const rowsData = [tot, ...recs]; if (sub3) rowsData.splice(2, 0, sub3);
  const rows = rowsData.map((r) => ({ id: r.id, label: r.label, vals: { n: r.n, beds: r.beds, open: r.open, occ: r.occ, usage: rd(r.occ / r.open * 100, 1), disch: r.disch, disDays: r.disDays, stay: rd(r.disDays / r.disch, 1), vis: rd(r.visRaw, visDp) } }));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}按等级分医院工作量及效率${YEARNOTE()}`, labelHead: pick(['医院等级', '项目', '分类']), cols, rows, notes: ['注：' + pick(['病床使用率=实际占用总床日数/实际开放总床日数×100%。', '等级按评审结果划分。', '出院者平均住院日=出院者占用总床日数/出院人数。'])] });
  for (const c of cols) { if (['usage', 'stay'].includes(c.key)) continue; sh.sum(T.A('T', c.key), recs.map((r) => T.A(r.id, c.key))); if (sub3) sh.le([T.A('L3A', c.key)], T.A('L3', c.key)); }
  for (const r of rowsData) { if (showDays) sh.rate(T.A(r.id, 'usage'), T.A(r.id, 'occ'), T.A(r.id, 'open'), pctFmt ? 1 : 100); if (showDisDays) sh.rate(T.A(r.id, 'stay'), T.A(r.id, 'disDays'), T.A(r.id, 'disch'), 1); }
  return T.r;
}

// TG: culture by county
function TG(ctx, sh, r0) {
  const city = ctx.city, bi = ctx.bi;
  const style = pick(['top', 'flat', 'bottom', 'groups', 'groupsBottom']); const rows = unitRows(city, style, { sp: chance(0.5), indentMode: pick(['space', 'align']) });
  const bdp = pick([2, 1, 2]); const showPop = chance(0.5); const showPer = chance(0.75); const troupe = chance(0.5);
  const cols = [{ key: 'lib', h1: bi ? '公共图书馆（个）\nPublic Libraries' : '公共图书馆（个）', dp: 0 }, { key: 'books', h1: bi ? '藏书量（万册）\nCollections (10,000 vols)' : pick(['藏书量（万册）', '总藏量（万册）']), dp: bdp }, { key: 'cc', h1: '文化馆（个）', dp: 0 }, { key: 'station', h1: '乡镇（街道）综合文化站（个）', dp: 0 }, { key: 'mus', h1: '博物馆（个）', dp: 0 }];
  if (troupe) cols.push({ key: 'troupe', h1: '艺术表演团体（个）', dp: 0 });
  if (showPop) cols.push({ key: 'pop', h1: '常住人口（万人）', dp: 2 });
  if (showPer) cols.push({ key: 'per', h1: '人均公共图书藏量（册）', dp: 2 });
  for (const row of rows) {
    const U = row.units; const v = {};
    for (const k of ['lib', 'cc', 'station', 'mus', 'troupe']) v[k] = sum(U.map((u) => u[k]));
    const braw = sum(U.map((u) => u.books)); v.books = rd(braw, bdp); const pop = sum(U.map((u) => u.pop));
    if (row.kind === 'cl') { v.station = '-'; if (showPop) v.pop = '-'; v.per = '-'; }
    else { if (showPop) v.pop = rd(pop, 2); v.per = rd(braw / pop, 2); }
    if (v.lib === 0) v.lib = '-';
    if (v.mus === 0) v.mus = chance(0.5) ? '-' : 0;
    row.vals = v;
  }
  const notes = [];
  if (showPer) notes.push('注：人均公共图书藏量=公共图书馆总藏量/常住人口。');
  if (city.cityLevel) notes.push(`${notes.length ? '    ' : '注：'}市本级含市图书馆、市文化馆、市博物馆等。`);
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）文化事业机构情况${YEARNOTE()}`, labelHead: bi ? '地区\nRegion' : '地区', cols, rows, notes });
  for (const k of ['lib', 'books', 'cc', 'station', 'mus'].concat(troupe ? ['troupe'] : [], showPop ? ['pop'] : [])) addUnitSums(sh, T, rows, k, city);
  if (showPop && showPer) for (const row of rows) sh.rate(T.A(row.id, 'per'), T.A(row.id, 'books'), T.A(row.id, 'pop'), 1);
  return T.r;
}

// TH: sports venues by type + per-capita row
function TH(ctx, sh, r0) {
  const s = ctx.city.series; const N = s.venues[2024], AR = s.area[2024];
  const types = [['T1', '田径场地', 0.04, 0.12], ['T2', '球类运动场地', 0.35, 0.3], ['T3', '游泳场地', 0.02, 0.03], ['T4', '体育馆', 0.01, 0.04], ['T5', '全民健身路径', 0.3, 0.08], ['T6', '健身房（馆）', 0.05, 0.03], ['T7', '其他体育场地', 0.23, 0.4]];
  const wN = types.map((t) => t[2] * rnd(0.7, 1.3)), wA = types.map((t) => t[3] * rnd(0.7, 1.3));
  const sN = sum(wN), sA = sum(wA); let remN = N;
  const recs = types.map((t, i) => { const n = i === types.length - 1 ? remN : Math.round(N * wN[i] / sN); remN -= n; return { id: t[0], label: t[1], n, a: AR * wA[i] / sA }; });
  const ball = recs[1]; const subs = [['S1', '#篮球场', 0.45], ['S2', '#足球场', 0.08], ['S3', '#乒乓球场', 0.25]].map(([id, label, f]) => ({ id, label: chance(0.5) ? label : '  ' + label.replace('#', ''), n: Math.round(ball.n * f * rnd(0.8, 1.1)), a: ball.a * f * rnd(0.8, 1.1) }));
  const plainSub = subs.some((x) => !x.label.startsWith('#'));
  if (plainSub) subs.forEach((x, i) => { x.label = (i === 0 ? '  其中：' : '        ') + x.label.trim().replace('#', ''); });
  const adp = pick([2, 2, 1]); const showShare = chance(0.6);
  const cols = [{ key: 'n', h1: pick(['场地数量（个）', '数量（个）']), dp: 0 }, { key: 'a', h1: pick(['场地面积（万平方米）', '面积（万平方米）']), dp: adp }];
  const pctFmt = showShare && chance(0.4);
  if (showShare) cols.push({ key: 'sh', h1: pctFmt ? '面积占比' : '面积占比（%）', dp: 1, pct: pctFmt });
  const all = [{ id: 'T', label: pick(['合计', '总计', '全市体育场地']), n: N, a: AR }, ...recs.slice(0, 2), ...subs, ...recs.slice(2)];
  const rows = all.map((r) => ({ id: r.id, label: r.label, vals: { n: r.n, a: rd(r.a, adp), sh: r.id === 'T' ? 100 : rd(r.a / AR * 100, 1) } }));
  const per = rd(AR / s.pop[2024], 2);
  const perRow = chance(0.6);
  if (perRow) rows.push({ id: 'PER', label: '人均体育场地面积（平方米）', vals: { a: per }, dpk: { a: 2 } });
  const notes = [`注：${perRow ? '人均体育场地面积' : '全市人均体育场地面积' + per + '平方米，'}按年末常住人口${rd(s.pop[2024], 2)}万人计算。`];
  if (chance(0.5)) notes.push('资料来源：市体育局第五次全国体育场地普查及年度更新数据。');
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}${ctx.city.name}体育场地情况${YEARNOTE()}`, labelHead: pick(['场地类型', '项目']), cols, rows, notes });
  for (const c of cols) { sh.sum(T.A('T', c.key), recs.map((r) => T.A(r.id, c.key))); sh.le(subs.map((x) => T.A(x.id, c.key)), T.A('T2', c.key)); }
  if (showShare) for (const r of all) if (r.id !== 'T') sh.rate(T.A(r.id, 'sh'), T.A(r.id, 'a'), T.A('T', 'a'), pctFmt ? 1 : 100);
  return T.r;
}

// TI: sports by county, per-capita area
function TI(ctx, sh, r0) {
  const city = ctx.city; const style = pick(['top', 'flat', 'bottom', 'groups', 'clEnd']);
  const rows = unitRows(city, style, { sp: chance(0.5), indentMode: pick(['space', 'align', 'none']) });
  const showPop = chance(0.6); const adp = pick([2, 2, 1]); const prev = chance(0.35);
  const cols = [{ key: 'n', h1: '体育场地（个）', dp: 0 }, { key: 'a', h1: '体育场地面积（万平方米）', dp: adp }];
  if (showPop) cols.push({ key: 'pop', h1: '常住人口（万人）', dp: 2 });
  cols.push({ key: 'per', h1: prev ? '人均体育场地面积（平方米）' : '人均体育场地面积（平方米）', h2: prev ? '2024年' : undefined, dp: 2 });
  if (prev) cols.push({ key: 'per23', h1: '人均体育场地面积（平方米）', h2: '2023年', dp: 2 }, { key: 'perg', h1: '人均体育场地面积（平方米）', h2: '增减（平方米）', dp: 2 });
  for (const row of rows) {
    const U = row.units; const v = {}; v.n = sum(U.map((u) => u.venues)); const araw = sum(U.map((u) => u.area)); v.a = rd(araw, adp); const pop = sum(U.map((u) => u.pop));
    if (row.kind === 'cl') { if (showPop) v.pop = '-'; v.per = '-'; v.per23 = '-'; v.perg = '-'; }
    else { if (showPop) v.pop = rd(pop, 2); v.per = rd(araw / pop, 2); const p23 = v.per / (1 + rnd(0.02, 0.08)); v.per23 = rd(p23, 2); v.perg = rd(v.per - v.per23, 2); }
    row.vals = v;
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）体育场地及人均面积`, unitNote: null, labelHead: '地区', cols, rows, notes: ['注：' + pick(['市本级为市属体育中心等场地。', '人均体育场地面积按常住人口计算。', '体育场地数据来源于全国体育场地统计调查。'])] });
  for (const k of ['n', 'a'].concat(showPop ? ['pop'] : [])) addUnitSums(sh, T, rows, k, city);
  for (const row of rows) { if (showPop) sh.rate(T.A(row.id, 'per'), T.A(row.id, 'a'), T.A(row.id, 'pop'), 1); if (prev) sh.pp(T.A(row.id, 'perg'), T.A(row.id, 'per'), T.A(row.id, 'per23')); }
  return T.r;
}

// TJ: culture & sports indicators with growth
function TJ(ctx, sh, r0) {
  const s = ctx.city.series, bi = ctx.bi; const showPop = chance(0.4);
  const cdp = pick([2, 1]);
  const ind = [['lib', '公共图书馆', '个', 0], ['books', '公共图书馆总藏量', '万册', cdp], ['circ', '图书流通人次', '万人次', cdp], ['cc', '文化馆', '个', 0], ['station', '乡镇（街道）综合文化站', '个', 0], ['mus', '博物馆', '个', 0], ['musState', '  其中：国有博物馆', '个', 0], ['musVis', '博物馆参观人次', '万人次', cdp], ['troupe', '艺术表演团体', '个', 0], ['venues', '体育场地', '个', 0], ['area', '体育场地面积', '万平方米', 2]];
  if (showPop) ind.push(['pop', '年末常住人口', '万人', 2]);
  ind.push(['per', '人均体育场地面积', '平方米', 2]);
  const get = (k, y) => (k === 'per' ? s.area[y] / s.pop[y] : s[k][y]);
  const absCol = chance(0.4);
  const cols = [{ key: 'unit', h1: bi ? '计量单位\nUnit' : pick(['单位', '计量单位']) }, { key: 'c', h1: '2024年' }, { key: 'p', h1: '2023年' }];
  if (absCol) cols.push({ key: 'd', h1: pick(['增减量', '比上年增减']) });
  cols.push({ key: 'g', h1: pick(['增长（%）', '比上年增长（%）']), dp: 1 });
  const rows = ind.map(([k, label, unit, dp]) => { const c = rd(get(k, 2024), dp), p = rd(get(k, 2023), dp); return { id: k, label, vals: { unit, c, p, d: rd(c - p, dp), g: (s[k] && s[k][2023] === 0) ? '-' : rd((get(k, 2024) / get(k, 2023) - 1) * 100, 1) }, dp, dpk: { g: 1 } }; });
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}文化、体育事业主要指标`, labelHead: bi ? '指标\nIndicator' : '指标', cols, rows, notes: chance(0.5) ? ['注：人均体育场地面积按年末常住人口计算。'] : [] });
  for (const [k] of ind) { sh.growth(T.A(k, 'g'), T.A(k, 'c'), T.A(k, 'p')); if (absCol) sh.pp(T.A(k, 'd'), T.A(k, 'c'), T.A(k, 'p')); }
  for (const K of ['c', 'p']) { sh.le([T.A('musState', K)], T.A('mus', K)); if (showPop) sh.rate(T.A('per', K), T.A('area', K), T.A('pop', K), 1); }
  return T.r;
}

// TK: medical services by county (rounded 万人次, weighted averages in the total row)
function TK(ctx, sh, r0) {
  const city = ctx.city; const style = pick(['top', 'flat', 'bottom', 'groupsBottom']);
  const rows = unitRows(city, style, { sp: chance(0.5), indentMode: pick(['space', 'align']), marks: chance(0.25) });
  const dp = pick([2, 1, 0]);
  const two = chance(0.5);
  const cols = [{ key: 'vis', h1: '诊疗人次（万人次）', h2: two ? '合计' : undefined, dp }, { key: 'visH', h1: two ? '诊疗人次（万人次）' : '#医院', h2: two ? '#医院' : undefined, dp }, { key: 'visB', h1: two ? '诊疗人次（万人次）' : '#基层医疗卫生机构', h2: two ? '#基层医疗卫生机构' : undefined, dp },
    { key: 'disch', h1: '出院人数（万人）', dp: 2 }, { key: 'usage', h1: '病床使用率（%）', dp: 1 }, { key: 'stay', h1: '出院者平均住院日（日）', dp: 1 }];
  for (const row of rows) {
    const U = row.units; const v = {};
    v.vis = rd(sum(U.map((u) => u.vis)), dp); v.visH = rd(sum(U.map((u) => u.visH)), dp); const vb = sum(U.map((u) => u.visB)); v.visB = vb === 0 ? '-' : rd(vb, dp);
    v.disch = rd(sum(U.map((u) => u.disch)), 2);
    v.usage = rd(wavg(U, 'usage', (u) => u.g.H.beds + 1), 1); v.stay = rd(wavg(U, 'stay', (u) => u.disch), 1);
    row.vals = v;
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）医疗服务情况${YEARNOTE()}`, labelHead: pick(['地区', '县（市、区）']), cols, rows, notes: [pick(['注：病床使用率、出院者平均住院日为医院数据。', '注：全市病床使用率按床位加权计算。', '注：诊疗人次含门急诊人次。'])] });
  for (const k of ['vis', 'visH', 'visB', 'disch']) addUnitSums(sh, T, rows, k, city);
  for (const row of rows) sh.le([T.A(row.id, 'visH'), T.A(row.id, 'visB')], T.A(row.id, 'vis'));
  return T.r;
}

// TL: township health centres of one county
function TL(ctx, sh, r0) {
  const city = ctx.city; const u = pick(city.counties);
  const b2 = shuffle(u.inst.B2); let m = Math.max(3, b2.length - ri(0, 2)); m = Math.min(m, b2.length, TOWN.length);
  const towns = shuffle(TOWN).slice(0, m).map((name, i) => ({ id: 'W' + i, label: name, hc: 0, beds: 0, staff: 0, doc: 0, vc: 0, vd: 0 }));
  b2.forEach((x, i) => { const t = towns[i < m ? i : ri(0, m - 1)]; t.hc++; t.beds += x.beds; t.staff += x.staff; t.doc += x.doc; });
  let vc = u.t.B3.n, vd = u.vd;
  towns.forEach((t, i) => { if (i === m - 1) { t.vc = vc; t.vd = vd; } else { t.vc = Math.min(vc, Math.round(u.t.B3.n / m * rnd(0.6, 1.4))); vc -= t.vc; t.vd = Math.min(vd, Math.round(u.vd / m * rnd(0.6, 1.4))); vd -= t.vd; } });
  const top = chance(0.5); const rowsData = [...towns];
  const tot = { id: 'T', label: top ? sp2('全县', true).replace('县', u.name.endsWith('市') ? '市' : '县') : pick(['合  计', '合计', '总计']), hc: u.t.B2.n, beds: u.t.B2.beds, staff: u.t.B2.staff, doc: u.t.B2.doc, vc: u.t.B3.n, vd: u.vd };
  if (top) rowsData.unshift(tot); else rowsData.push(tot);
  const cols = [{ key: 'hc', h1: '乡镇卫生院', h2: '机构数（个）', dp: 0 }, { key: 'beds', h1: '乡镇卫生院', h2: '床位（张）', dp: 0 }, { key: 'staff', h1: '乡镇卫生院', h2: '卫生技术人员（人）', dp: 0 }, { key: 'doc', h1: '乡镇卫生院', h2: '#执业（助理）医师', dp: 0 }, { key: 'vc', h1: '村卫生室', h2: '机构数（个）', dp: 0 }, { key: 'vd', h1: '村卫生室', h2: '乡村医生和卫生员（人）', dp: 0 }];
  const rows = rowsData.map((t) => ({ id: t.id, label: t.label, vals: { hc: t.hc, beds: t.beds, staff: t.staff, doc: t.doc, vc: t.vc, vd: t.vd } }));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}${u.name}乡镇卫生院及村卫生室基本情况（2024年）`, labelHead: '乡镇', cols, rows, notes: chance(0.5) ? ['注：部分乡镇设有中心卫生院和分院。'] : [] });
  for (const c of cols) sh.sum(T.A('T', c.key), towns.map((t) => T.A(t.id, c.key)));
  for (const t of rowsData) sh.le([T.A(t.id, 'doc')], T.A(t.id, 'staff'));
  return T.r;
}

// TM: health personnel composition
function TM(ctx, sh, r0) {
  const a = ctx.city.agg; const st = a.tot.staff, doc = a.tot.doc, nurse = a.tot.nurse;
  const rest = st - doc - nurse; const ph = Math.round(rest * rnd(0.3, 0.4)), te = Math.round(rest * rnd(0.3, 0.4)), ot = rest - ph - te;
  const lic = Math.round(doc * rnd(0.78, 0.9));
  const vd = a.vd, oth = Math.round(st * rnd(0.04, 0.07)), mg = Math.round(st * rnd(0.05, 0.08)), wk = Math.round(st * rnd(0.06, 0.1));
  const total = st + vd + oth + mg + wk;
  const withPrev = chance(0.4); const g = () => rnd(0.01, 0.07);
  const items = [['T', '卫生人员总计', total, 0], ['S', '卫生技术人员', st, 1], ['D', '执业（助理）医师', doc, 2], ['DL', '#执业医师', lic, 3], ['N', '注册护士', nurse, 2], ['PH', '药师（士）', ph, 2], ['TE', '技师（士）', te, 2], ['OT', '其他卫生技术人员', ot, 2], ['VD', '乡村医生和卫生员', vd, 1], ['OTH', '其他技术人员', oth, 1], ['MG', '管理人员', mg, 1], ['WK', '工勤技能人员', wk, 1]];
  const prevOf = {}; for (const [id, , v] of items) prevOf[id] = Math.round(v / (1 + g()));
  prevOf.S = prevOf.D + prevOf.N + prevOf.PH + prevOf.TE + prevOf.OT; prevOf.T = prevOf.S + prevOf.VD + prevOf.OTH + prevOf.MG + prevOf.WK; if (prevOf.DL > prevOf.D) prevOf.DL = prevOf.D;
  const cols = [{ key: 'v', h1: '人数（人）', dp: 0 }, { key: 'sh', h1: '构成（%）', dp: 1 }];
  if (withPrev) cols.splice(1, 0, { key: 'p', h1: '上年人数（人）', dp: 0 }, { key: 'g', h1: '增长（%）', dp: 1 });
  const indentMode = pick(['space', 'align']);
  const rows = items.map(([id, label, v, lvl]) => ({ id, label: indentMode === 'space' ? '  '.repeat(lvl) + label : label, indent: indentMode === 'align' && lvl ? lvl : undefined, vals: { v, sh: id === 'T' ? 100 : rd(v / total * 100, 1), p: prevOf[id], g: rd((v / prevOf[id] - 1) * 100, 1) } }));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}卫生人员构成情况${YEARNOTE()}`, labelHead: '人员类别', cols, rows, notes: chance(0.5) ? ['注：执业（助理）医师中#执业医师为其中数。'] : [] });
  for (const k of ['v', 'sh'].concat(withPrev ? ['p'] : [])) {
    sh.sum(T.A('T', k), ['S', 'VD', 'OTH', 'MG', 'WK'].map((i) => T.A(i, k)));
    sh.sum(T.A('S', k), ['D', 'N', 'PH', 'TE', 'OT'].map((i) => T.A(i, k)));
    sh.le([T.A('DL', k)], T.A('D', k));
  }
  for (const [id] of items) { if (id !== 'T') sh.rate(T.A(id, 'sh'), T.A(id, 'v'), T.A('T', 'v'), 100); if (withPrev) sh.growth(T.A(id, 'g'), T.A(id, 'v'), T.A(id, 'p')); }
  return T.r;
}

// TN: wide table, regions as columns
function TN(ctx, sh, r0) {
  const city = ctx.city; const withSub = chance(0.5); const showPop = chance(0.6); const vdp = pick([2, 1]);
  const totRight = chance(0.35);
  const colsU = totRight ? [] : [{ key: 'ALL', h1: sp2('全市', chance(0.5)), units: city.units }];
  if (city.cityLevel) colsU.push({ key: 'CL', h1: '市本级', units: [city.cityLevel] });
  if (withSub && !totRight) colsU.push({ key: 'DSUB', h1: '市辖区', units: city.districts });
  city.districts.forEach((u, i) => colsU.push({ key: 'D' + i, h1: u.name, units: [u] }));
  if (withSub && totRight) colsU.push({ key: 'DSUB', h1: '市辖区小计', units: city.districts });
  city.counties.forEach((u, i) => colsU.push({ key: 'C' + i, h1: u.name, units: [u] }));
  if (totRight) colsU.push({ key: 'ALL', h1: pick(['全市合计', '合计', '全市']), units: city.units });
  const ind = [['n', '医疗卫生机构', '个', 0], ['nH', '  #医院', '个', 0], ['beds', '床位数', '张', 0], ['staff', '卫生技术人员', '人', 0], ['doc', '  #执业（助理）医师', '人', 0], ['nurse', '  #注册护士', '人', 0]];
  if (showPop) ind.push(['pop', '常住人口', '万人', 2]);
  ind.push(['bedRate', '每千人口床位数', '张', 2], ['docRate', '每千人口执业（助理）医师', '人', 2], ['vis', '诊疗人次', '万人次', vdp]);
  const cols = [{ key: 'unit', h1: '单位' }, ...colsU.map((c) => ({ key: c.key, h1: c.h1 }))];
  const rows = ind.map(([k, label, unit, dp]) => {
    const v = { unit };
    for (const c of colsU) {
      const U = c.units; const pop = sum(U.map((u) => u.pop));
      let x;
      if (k === 'n' || k === 'beds' || k === 'staff' || k === 'doc' || k === 'nurse') x = sum(U.map((u) => u.tot[k]));
      else if (k === 'nH') x = sum(U.map((u) => u.g.H.n));
      else if (k === 'pop') x = c.key === 'CL' ? '-' : rd(pop, 2);
      else if (k === 'bedRate') x = c.key === 'CL' ? '-' : rd(sum(U.map((u) => u.tot.beds)) / (pop * 10), 2);
      else if (k === 'docRate') x = c.key === 'CL' ? '-' : rd(sum(U.map((u) => u.tot.doc)) / (pop * 10), 2);
      else if (k === 'vis') x = rd(sum(U.map((u) => u.vis)), dp);
      v[c.key] = x;
    }
    return { id: k, label, vals: v, dp };
  });
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}分县（市、区）卫生资源及服务情况（2024年）`, labelHead: '指标', cols, rows, notes: chance(0.5) ? ['注：市本级指市属医疗卫生机构。'] : [] });
  const dK = colsU.filter((c) => /^D\d/.test(c.key)).map((c) => c.key), cK = colsU.filter((c) => /^C\d/.test(c.key)).map((c) => c.key);
  for (const [k] of ind) {
    if (k === 'bedRate' || k === 'docRate') continue;
    if (withSub) { sh.sum(T.A(k, 'DSUB'), dK.map((c) => T.A(k, c))); sh.sum(T.A(k, 'ALL'), [T.A(k, 'CL'), T.A(k, 'DSUB'), ...cK.map((c) => T.A(k, c))]); }
    else sh.sum(T.A(k, 'ALL'), [T.A(k, 'CL'), ...dK.map((c) => T.A(k, c)), ...cK.map((c) => T.A(k, c))]);
  }
  for (const c of colsU) { sh.le([T.A('nH', c.key)], T.A('n', c.key)); sh.le([T.A('doc', c.key), T.A('nurse', c.key)], T.A('staff', c.key)); if (showPop && c.key !== 'CL') { sh.rate(T.A('bedRate', c.key), T.A('beds', c.key), T.A('pop', c.key), 0.1); sh.rate(T.A('docRate', c.key), T.A('doc', c.key), T.A('pop', c.key), 0.1); } }
  return T.r;
}


// ---- helpers for splits ----
function splitInt(total, w) { const W = sum(w); let rem = total; return w.map((x, i) => { if (i === w.length - 1) return rem; const v = Math.min(rem, Math.round(total * x / W)); rem -= v; return v; }); }
function splitRaw(total, w) { const W = sum(w); return w.map((x) => total * x / W); }

// TO: two side-by-side panels of the same county table
function TO(ctx, sh, r0) {
  const city = ctx.city; const rows = unitRows(city, pick(['flat', 'top']), { sp: true, indentMode: 'space' });
  const keys = [['n', '机构数（个）', 0], ['beds', '床位数（张）', 0], ['staff', '卫生技术人员（人）', 0], ['vis', '诊疗人次（万人次）', 2]];
  const k2 = chance(0.5) ? keys : keys.slice(0, 3);
  const half1 = Math.ceil(rows.length / 2);
  const panels = [rows.slice(0, half1), rows.slice(half1)];
  let r = r0; const width = k2.length + 1;
  sh.set(r, 1, `${ctx.tno || ''}各县（市、区）医疗卫生资源${YEARNOTE()}`); sh.merge(r, 1, r, width * 2); r++;
  panels.forEach((_, p) => { sh.set(r, 1 + p * width, '地区'); k2.forEach(([k, h], j) => sh.set(r, 2 + p * width + j, h)); });
  r++;
  const pos = {};
  for (let i = 0; i < half1; i++) {
    panels.forEach((pr, p) => {
      const row = pr[i]; if (!row) return;
      sh.set(r + i, 1 + p * width, row.label);
      k2.forEach(([k, , dp], j) => { const U = row.units; const v = k === 'vis' ? rd(sum(U.map((u) => u.vis)), 2) : sum(U.map((u) => u.tot[k])); pos[row.id + '|' + k] = sh.set(r + i, 2 + p * width + j, v, dp); });
    });
  }
  r += half1;
  sh.set(r, 1, '注：本表分左右两栏排列。'); r++;
  const T = { A: (id, k) => pos[id + '|' + k] };
  for (const [k] of k2) addUnitSums(sh, T, rows, k, city);
  return r;
}

// TP: hospitals with three breakdowns of the same total
function TP(ctx, sh, r0) {
  const a = ctx.city.agg; const H = a.g.H; const U = ctx.city.units;
  const vis = sum(U.map((u) => u.visH)), dis = sum(U.map((u) => u.disch)) * 0.9;
  const visDp = pick([2, 1]);
  const cols = [{ key: 'n', h1: '医院数（个）', dp: 0 }, { key: 'beds', h1: '床位数（张）', dp: 0 }, { key: 'staff', h1: '卫生技术人员（人）', dp: 0 }, { key: 'vis', h1: '诊疗人次（万人次）', dp: visDp }, { key: 'dis', h1: '出院人数（万人）', dp: 2 }];
  const mk = (id, label, n, beds, staff, v, d) => ({ id, label, vals: { n, beds, staff, vis: rd(v, visDp), dis: rd(d, 2) } });
  const rows = [mk('T', pick(['医院合计', '合计', '总计']), H.n, H.beds, H.staff, vis, dis)];
  const hdr = (id, label) => rows.push({ id, label, vals: {} });
  const breakdown = (prefix, names, wN, wB) => {
    const ns = splitInt(H.n, wN), bs = splitInt(H.beds, wB), ss = splitInt(H.staff, wB.map((x) => x * rnd(0.9, 1.1))), vs = splitRaw(vis, wB.map((x) => x * rnd(0.8, 1.2))), ds = splitRaw(dis, wB.map((x) => x * rnd(0.8, 1.2)));
    const ids = names.map((nm, i) => { const id = prefix + i; rows.push(mk(id, '  ' + nm, ns[i], bs[i], ss[i], vs[i], ds[i])); return id; });
    return { ids, ns, bs, ss, vs, ds };
  };
  const groups = [];
  hdr('h1', pick(['按登记注册类型分', '按经济类型分'])); groups.push(breakdown('O', ['公立医院', '民营医院'], [rnd(0.35, 0.55), rnd(0.45, 0.65)], [rnd(0.75, 0.88), rnd(0.12, 0.25)]));
  hdr('h2', '按医院等级分');
  const lv = breakdown('L', ['三级医院', '二级医院', '一级医院', '未定级医院'], [rnd(0.06, 0.12), rnd(0.25, 0.35), rnd(0.2, 0.3), rnd(0.25, 0.4)], [rnd(0.4, 0.55), rnd(0.3, 0.4), rnd(0.04, 0.08), rnd(0.04, 0.1)]);
  groups.push(lv);
  const f = rnd(0.5, 0.8); const m3 = Math.max(1, Math.min(lv.ns[0], Math.round(lv.ns[0] * f)));
  const i3 = rows.findIndex((r) => r.id === 'L0');
  rows.splice(i3 + 1, 0, mk('L0A', pick(['    #三级甲等', '    其中：三级甲等']), m3, Math.round(lv.bs[0] * f), Math.round(lv.ss[0] * f), lv.vs[0] * f, lv.ds[0] * f));
  hdr('h3', '按机构类别分');
  const catIds = ['H1', 'H2', 'H4', 'H5'].filter((t) => a[t].n > 0);
  const cv = splitRaw(vis, catIds.map((t) => a[t].beds)), cd = splitRaw(dis, catIds.map((t) => a[t].beds));
  catIds.forEach((t, i) => rows.push(mk('K' + t, '  ' + TYPES[t].name, a[t].n, a[t].beds, a[t].staff, cv[i], cd[i])));
  groups.push({ ids: catIds.map((t) => 'K' + t) });
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}医院基本情况${YEARNOTE()}`, labelHead: '分组', cols, rows, notes: ['注：' + pick(['三级医院含三级甲等、三级乙等。', '民营医院指非公立医院。', '按等级分中未定级医院含一级以下医院。'])] });
  for (const c of cols) { for (const g of groups) sh.sum(T.A('T', c.key), g.ids.map((id) => T.A(id, c.key))); sh.le([T.A('L0A', c.key)], T.A('L0', c.key)); }
  return T.r;
}

// TQ: county table with 2024 / 2023 / growth per indicator
function TQ(ctx, sh, r0) {
  const city = ctx.city; const style = pick(['top', 'flat', 'bottom', 'groups']);
  const rows = unitRows(city, style, { sp: chance(0.5), indentMode: pick(['space', 'align']) });
  const inds = shuffle([['beds', '床位数（张）', 0], ['staff', '卫生技术人员（人）', 0], ['doc', '执业（助理）医师（人）', 0], ['vis', '诊疗人次（万人次）', 2], ['venues', '体育场地（个）', 0], ['books', '公共图书馆藏量（万册）', 2]]).slice(0, ri(2, 3));
  const gl = pick(['增长（%）', '增长%', '比上年增长（%）', '±%']);
  const numY = chance(0.4);
  const cols = []; for (const [k, h, dp] of inds) cols.push({ key: k + 'c', h1: h, h2: numY ? 2024 : '2024年', dp }, { key: k + 'p', h1: h, h2: numY ? 2023 : '2023年', dp }, { key: k + 'g', h1: h, h2: gl, dp: 1 });
  const pf = {}; for (const u of [...city.units, ...(city.zone ? [city.zone.unit] : [])]) { pf[u.name] = {}; for (const [k] of inds) pf[u.name][k] = 1 + rnd(-0.03, 0.09); }
  const valOf = (u, k) => (k === 'vis' || k === 'venues' || k === 'books' ? u[k] : u.tot[k]);
  for (const row of rows) {
    const v = {};
    for (const [k, , dp] of inds) {
      const c = sum(row.units.map((u) => valOf(u, k)));
      const p = sum(row.units.map((u) => (dp ? valOf(u, k) / pf[u.name][k] : Math.round(valOf(u, k) / pf[u.name][k]))));
      v[k + 'c'] = rd(c, dp); v[k + 'p'] = rd(p, dp); v[k + 'g'] = p === 0 ? (c === 0 ? '-' : '…') : rd((c / p - 1) * 100, 1);
      if (c === 0) { v[k + 'c'] = '-'; v[k + 'p'] = '-'; }
    }
    row.vals = v;
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）卫生、文化、体育主要指标增长情况`, labelHead: '地区', cols, rows, notes: chance(0.5) ? ['注：增长速度按可比口径计算。'] : [] });
  for (const [k] of inds) { addUnitSums(sh, T, rows, k + 'c', city); addUnitSums(sh, T, rows, k + 'p', city); for (const row of rows) sh.growth(T.A(row.id, k + 'g'), T.A(row.id, k + 'c'), T.A(row.id, k + 'p')); }
  return T.r;
}

// TS: beds by type of institution across columns, by county, with share
function TS(ctx, sh, r0) {
  const city = ctx.city; const style = pick(['top', 'flat', 'bottom']);
  const rows = unitRows(city, style, { sp: chance(0.5), indentMode: pick(['space', 'align']) });
  const what = pick(['beds', 'staff']); const wl = what === 'beds' ? '床位数（张）' : '卫生技术人员（人）';
  const pctFmt = chance(0.3);
  const cols = [{ key: 'T', h1: wl, h2: '合计', dp: 0 }, { key: 'H', h1: wl, h2: '医院', dp: 0 }, { key: 'B', h1: wl, h2: '基层医疗卫生机构', dp: 0 }, { key: 'P', h1: wl, h2: '专业公共卫生机构', dp: 0 }, { key: 'O', h1: wl, h2: '其他机构', dp: 0 }, { key: 'sh', h1: pctFmt ? '医院占比' : '医院占比（%）', dp: 1, pct: pctFmt }];
  const dropO = what === 'beds' && chance(0.6); if (dropO) cols.splice(4, 1);
  for (const row of rows) {
    const v = {}; for (const g of ['H', 'B', 'P', 'O']) v[g] = sum(row.units.map((u) => u.g[g][what]));
    v.T = sum(row.units.map((u) => u.tot[what])); v.sh = rd(v.H / v.T * 100, 1);
    if (v.B === 0) v.B = '-'; if (v.O === 0) v.O = '-';
    row.vals = v;
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）分机构类别${what === 'beds' ? '床位' : '卫生技术人员'}`, labelHead: '地区', cols, rows, notes: dropO ? ['注：其他机构无床位。'] : [] });
  for (const c of cols) if (c.key !== 'sh') addUnitSums(sh, T, rows, c.key, city);
  for (const row of rows) { sh.sum(T.A(row.id, 'T'), ['H', 'B', 'P', 'O'].map((g) => T.A(row.id, g))); sh.rate(T.A(row.id, 'sh'), T.A(row.id, 'H'), T.A(row.id, 'T'), pctFmt ? 1 : 100); }
  return T.r;
}

// TT: per-capita series (culture & sports)
function TT(ctx, sh, r0) {
  const s = ctx.city.series; const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
  const cols = [{ key: 'pop', h1: '年末常住人口（万人）', dp: 2 }, { key: 'books', h1: '公共图书馆藏量（万册）', dp: 2 }, { key: 'perB', h1: '人均藏书量（册）', dp: 2 }, { key: 'area', h1: '体育场地面积（万平方米）', dp: 2 }, { key: 'perA', h1: '人均体育场地面积（平方米）', dp: 2 }];
  const get = (k, y) => (k === 'perB' ? s.books[y] / s.pop[y] : k === 'perA' ? s.area[y] / s.pop[y] : s[k][y]);
  const rows = years.map((y) => { const v = {}; for (const c of cols) v[c.key] = rd(get(c.key, y), c.dp); return { id: 'Y' + y, label: chance(0.5) ? y : y + '年', vals: v }; });
  const gRow = chance(0.6);
  if (gRow) { const v = {}; for (const c of cols) v[c.key] = rd((get(c.key, 2024) / get(c.key, 2023) - 1) * 100, 1); rows.push({ id: 'G', label: '2024年比上年增长（%）', vals: v, dp: 1 }); }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}${ctx.city.name}人均公共文化体育资源`, labelHead: '年份', cols, rows, notes: [] });
  for (const y of years) { sh.rate(T.A('Y' + y, 'perB'), T.A('Y' + y, 'books'), T.A('Y' + y, 'pop'), 1); sh.rate(T.A('Y' + y, 'perA'), T.A('Y' + y, 'area'), T.A('Y' + y, 'pop'), 1); }
  if (gRow) for (const c of cols) sh.growth(T.A('G', c.key), T.A('Y2024', c.key), T.A('Y2023', c.key));
  return T.r;
}

// TU: department annual report (序号 column, maternal & child health rates)
function TU(ctx, sh, r0) {
  const s = ctx.city.series; const pop = s.pop[2024], pop0 = s.pop[2023];
  const births = Math.round(pop * rnd(5.5, 8.5) * 10), births0 = Math.round(births / (1 + rnd(-0.12, 0.02)));
  const md = ri(0, 6), md0 = ri(1, 7); const inf = Math.round(births * rnd(1.8, 3.8) / 1000), inf0 = Math.round(births0 * rnd(2, 4) / 1000);
  const u5 = inf + Math.round(births * rnd(0.6, 1.4) / 1000), u50 = inf0 + Math.round(births0 * rnd(0.6, 1.4) / 1000);
  const sign = pop * rnd(0.3, 0.45), sign0 = sign / (1 + rnd(0.01, 0.08));
  const old = pop * rnd(0.1, 0.16), old0 = old / (1 + rnd(0.01, 0.06));
  const ppCol = chance(0.5);
  const items = [
    ['1', '年末常住人口', '万人', rd(pop, 2), rd(pop0, 2), 2, 'g'],
    ['2', '家庭医生签约服务人数', '万人', rd(sign, 2), rd(sign0, 2), 2, 'g'],
    ['3', '常住人口家庭医生签约率', '%', rd(sign / pop * 100, 1), rd(sign0 / pop0 * 100, 1), 1, 'pp'],
    ['4', '65岁及以上老年人健康管理人数', '万人', rd(old, 2), rd(old0, 2), 2, 'g'],
    ['5', '活产数', '人', births, births0, 0, 'g'],
    ['6', '孕产妇死亡人数', '人', md, md0, 0, 'g'],
    ['7', '孕产妇死亡率', '1/10万', rd(md / births * 1e5, 2), rd(md0 / births0 * 1e5, 2), 2, '-'],
    ['8', '婴儿死亡人数', '人', inf, inf0, 0, 'g'],
    ['9', '婴儿死亡率', '‰', rd(inf / births * 1000, 2), rd(inf0 / births0 * 1000, 2), 2, 'pp'],
    ['10', '5岁以下儿童死亡人数', '人', u5, u50, 0, 'g'],
    ['11', '5岁以下儿童死亡率', '‰', rd(u5 / births * 1000, 2), rd(u50 / births0 * 1000, 2), 2, 'pp'],
  ];
  let r = r0; const nc = 6;
  sh.set(r, 1, `${ctx.city.name}卫生健康委员会2024年度妇幼健康及基本公共卫生服务主要指标`); sh.merge(r, 1, r, nc); r++;
  ['序号', '指标名称', '单位', '2024年', '2023年', ppCol ? '同比增减（%、百分点）' : '同比增长（%）'].forEach((h, i) => sh.set(r, i + 1, h)); r++;
  const pos = {}; const noNum = chance(0.5);
  for (const [no, name, unit, c, p, dp, g] of items) {
    sh.set(r, 1, noNum ? Number(no) : no); sh.set(r, 2, name); sh.set(r, 3, unit);
    pos[no + 'c'] = sh.set(r, 4, c, dp); pos[no + 'p'] = sh.set(r, 5, p, dp);
    if (g === 'g') pos[no + 'g'] = sh.set(r, 6, (p === 0 ? '-' : rd((c / p - 1) * 100, 1)), 1);
    else if (g === 'pp' && ppCol) pos[no + 'g'] = sh.set(r, 6, rd(c - p, dp), dp);
    else sh.set(r, 6, '-');
    r++;
  }
  sh.set(r, 1, ppCol ? '注：率类指标同比增减为百分点（千分点）；孕产妇死亡率单位为1/10万。' : '注：率类指标不计算增长速度。'); sh.merge(r, 1, r, nc); r++;
  for (const [no, , , c, p, dp, g] of items) { if (g === 'g' && typeof sh.val(pos[no + 'g']) === 'number') sh.growth(pos[no + 'g'], pos[no + 'c'], pos[no + 'p']); if (g === 'pp' && ppCol) sh.pp(pos[no + 'g'], pos[no + 'c'], pos[no + 'p']); }
  for (const K of ['c', 'p']) {
    sh.rate(pos['3' + K], pos['2' + K], pos['1' + K], 100);
    sh.rate(pos['7' + K], pos['6' + K], pos['5' + K], 1e5); sh.rate(pos['9' + K], pos['8' + K], pos['5' + K], 1000); sh.rate(pos['11' + K], pos['10' + K], pos['5' + K], 1000);
    sh.le([pos['8' + K]], pos['10' + K]);
  }
  return r;
}

// TW: public libraries one by one
function TW(ctx, sh, r0) {
  const city = ctx.city; const libs = [];
  for (const u of city.units) if (u.lib) libs.push({ id: 'L' + libs.length, label: u.kind === 'cityLevel' ? city.name + '图书馆' : u.name + '图书馆', books: u.books, area: Math.round((u.kind === 'cityLevel' ? rnd(15000, 40000) : rnd(3000, 12000)) / 10) * 10, seats: ri(200, 1800), loans: u.books * rnd(0.8, 2.2), staff: ri(12, 90) });
  const dp = pick([2, 1]);
  const cols = [{ key: 'area', h1: '建筑面积（平方米）', dp: 0 }, { key: 'books', h1: '总藏量（万册）', dp }, { key: 'seats', h1: '阅览室座席（个）', dp: 0 }, { key: 'loans', h1: '书刊文献外借册次（万册次）', dp }, { key: 'staff', h1: '从业人员（人）', dp: 0 }];
  const tot = { id: 'T', label: '合计', area: sum(libs.map((l) => l.area)), books: sum(libs.map((l) => l.books)), seats: sum(libs.map((l) => l.seats)), loans: sum(libs.map((l) => l.loans)), staff: sum(libs.map((l) => l.staff)) };
  const all = chance(0.5) ? [tot, ...libs] : [...libs, tot];
  const rows = all.map((l) => ({ id: l.id, label: l.label, vals: { area: l.area, books: rd(l.books, dp), seats: l.seats, loans: rd(l.loans, dp), staff: l.staff } }));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}公共图书馆基本情况${YEARNOTE()}`, labelHead: '馆名', cols, rows, notes: ['资料来源：市文化广电和旅游局。'] });
  for (const c of cols) sh.sum(T.A('T', c.key), libs.map((l) => T.A(l.id, c.key)));
  return T.r;
}

// TX: each region with a 2024 row and a 2023 row
function TX(ctx, sh, r0) {
  const city = ctx.city; const base = unitRows(city, pick(['flat', 'top']), { sp: chance(0.5), indentMode: 'none' });
  const keys = [['n', '医疗卫生机构（个）'], ['beds', '床位数（张）'], ['staff', '卫生技术人员（人）'], ['doc', '执业（助理）医师（人）'], ['nurse', '注册护士（人）']];
  const allU = [...city.units, ...(city.zone ? [city.zone.unit] : [])];
  const pf = {}; for (const u of allU) pf[u.name] = {}; for (const u of allU) for (const [k] of keys) pf[u.name][k] = 1 + rnd(-0.02, 0.08);
  const yStyle = pick(['col', 'label']);
  let r = r0; const nc = keys.length + (yStyle === 'col' ? 2 : 1);
  sh.set(r, 1, `${ctx.tno || ''}各县（市、区）卫生资源（2023—2024年）`); sh.merge(r, 1, r, nc); r++;
  sh.set(r, 1, '地区'); if (yStyle === 'col') sh.set(r, 2, '年份');
  keys.forEach(([, h], j) => sh.set(r, j + (yStyle === 'col' ? 3 : 2), h)); r++;
  const pos = {}; const off = yStyle === 'col' ? 3 : 2;
  for (const row of base) {
    for (const y of [2024, 2023]) {
      if (yStyle === 'col') { if (y === 2024) { sh.set(r, 1, row.label); sh.merge(r, 1, r + 1, 1); } const a = sh.set(r, 2, y); sh.cells.get(a).fmt = '0'; }
      else sh.set(r, 1, y === 2024 ? row.label : '  上年');
      keys.forEach(([k], j) => {
        const v = y === 2024 ? sum(row.units.map((u) => u.tot[k])) : sum(row.units.map((u) => Math.round(u.tot[k] / pf[u.name][k])));
        pos[row.id + y + '|' + k] = sh.set(r, j + off, v, 0);
      });
      r++;
    }
  }
  sh.set(r, 1, '注：上年数据按最新口径调整。'); r++;
  for (const y of [2024, 2023]) {
    const T = { A: (id, k) => pos[id + y + '|' + k] };
    for (const [k] of keys) addUnitSums(sh, T, base, k, city);
    for (const row of base) sh.le([T.A(row.id, 'doc'), T.A(row.id, 'nurse')], T.A(row.id, 'staff'));
  }
  return r;
}

// TY: wide table with a value row and a growth row per indicator, regions as columns
function TY(ctx, sh, r0) {
  const city = ctx.city;
  const colsU = [{ key: 'ALL', h1: '全市', units: city.units }, ...(city.cityLevel ? [{ key: 'CL', h1: '市本级', units: [city.cityLevel] }] : []), ...city.districts.map((u, i) => ({ key: 'D' + i, h1: u.name, units: [u] })), ...city.counties.map((u, i) => ({ key: 'C' + i, h1: u.name, units: [u] }))];
  const inds = [['beds', '床位数（张）', 0], ['staff', '卫生技术人员（人）', 0], ['vis', '诊疗人次（万人次）', 2], ['venues', '体育场地（个）', 0]].slice(0, ri(2, 4));
  const valOf = (u, k) => (k === 'vis' || k === 'venues' ? u[k] : u.tot[k]);
  const pf = {}; for (const u of city.units) { pf[u.name] = {}; for (const [k] of inds) pf[u.name][k] = 1 + rnd(-0.03, 0.09); }
  const rows = [];
  for (const [k, label, dp] of inds) {
    const v = {}, g = {};
    for (const c of colsU) {
      const cur = sum(c.units.map((u) => valOf(u, k))); const prev = sum(c.units.map((u) => (dp ? valOf(u, k) / pf[u.name][k] : Math.round(valOf(u, k) / pf[u.name][k]))));
      v[c.key] = rd(cur, dp); g[c.key] = rd((cur / prev - 1) * 100, 1);
    }
    rows.push({ id: k, label, vals: v, dp }, { id: k + 'g', label: pick(['  增长（%）', '  比上年增长%', '  #增长（%）']), vals: g, dp: 1 });
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}分地区卫生体育资源及增长（2024年）`, labelHead: '指标', cols: colsU.map((c) => ({ key: c.key, h1: c.h1 })), rows, notes: ['注：增长按上年同口径计算。'] });
  for (const [k] of inds) sh.sum(T.A(k, 'ALL'), colsU.filter((c) => c.key !== 'ALL').map((c) => T.A(k, c.key)));
  return T.r;
}

// TA2: two label columns (category merged vertically, item names with 小计)
function TA2(ctx, sh, r0) {
  const a = ctx.city.agg;
  const cols = [{ key: 'item', h1: '机构' }, { key: 'n', h1: '机构数（个）', dp: 0 }, { key: 'beds', h1: '床位数（张）', dp: 0 }, { key: 'staff', h1: '卫生技术人员（人）', dp: 0 }, { key: 'doc', h1: '#执业（助理）医师', dp: 0 }, { key: 'nurse', h1: '#注册护士', dp: 0 }];
  const rows = []; const blocks = []; const subLabel = pick(['小计', '小  计', '合计']);
  const vals = (o) => { const v = {}; for (const k of KEYS5) v[k] = o[k]; return v; };
  rows.push({ id: 'T', label: '总计', vals: { item: null, ...vals(a.tot) } });
  for (const G of GROUPS) {
    const items = G.items.filter((t) => a[t].n > 0);
    if (!items.length) { rows.push({ id: G.g, label: G.name, vals: { item: null, ...vals(a.g[G.g]) } }); blocks.push({ g: G.g, items: [] }); continue; }
    rows.push({ id: G.g, label: G.name, vals: { item: subLabel, ...vals(a.g[G.g]) } });
    for (const t of items) rows.push({ id: t, label: null, vals: { item: TYPES[t].name, ...vals(a[t]) } });
    blocks.push({ g: G.g, items });
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}医疗卫生机构、床位、人员数${YEARNOTE()}`, labelHead: '类别', cols, rows, notes: ['注：卫生技术人员不含乡村医生和卫生员。'] });
  const rowOf = (id) => Number(T.A(id, 'n').replace(/^[A-Z]+/, ''));
  sh.merge(rowOf('T'), 1, rowOf('T'), 2);
  for (const b of blocks) if (b.items.length) sh.merge(rowOf(b.g), 1, rowOf(b.items[b.items.length - 1]), 1); else sh.merge(rowOf(b.g), 1, rowOf(b.g), 2);
  for (const k of KEYS5) { sh.sum(T.A('T', k), GROUPS.map((G) => T.A(G.g, k))); for (const b of blocks) if (b.items.length) sh.sum(T.A(b.g, k), b.items.map((t) => T.A(t, k))); }
  for (const row of rows) sh.le([T.A(row.id, 'doc'), T.A(row.id, 'nurse')], T.A(row.id, 'staff'));
  return T.r;
}

// TZ: hospitals with overlapping 其中 lines (公立医院 and 三级医院 both 其中 of 医院)
function TZ(ctx, sh, r0) {
  const H = ctx.city.agg.g.H; const U = ctx.city.units; const vis = sum(U.map((u) => u.visH)); const dp = pick([2, 1]);
  const fPubN = rnd(0.35, 0.55), fPubB = rnd(0.78, 0.9), f3N = rnd(0.06, 0.12), f3B = rnd(0.4, 0.55);
  const mk = (id, label, fN, fB) => ({ id, label, vals: { n: Math.round(H.n * fN), beds: Math.round(H.beds * fB), staff: Math.round(H.staff * fB * rnd(0.98, 1.04)), vis: rd(vis * fB * rnd(0.95, 1.05), dp), occ: rd(rnd(75, 95), 1) } });
  const tot = { id: 'T', label: '医院', vals: { n: H.n, beds: H.beds, staff: H.staff, vis: rd(vis, dp), occ: rd(rnd(78, 90), 1) } };
  const rows = [tot, mk('PUB', '  其中：公立医院', fPubN, fPubB), mk('L3', '  其中：三级医院', f3N, f3B)];
  if (chance(0.5)) rows.push(mk('PRI', '  其中：民营医院', 1 - fPubN, 1 - fPubB)); else rows[2].label = '        #三级医院';
  // keep 三级 within 公立 if shown as nested '#'
  if (rows[2].label.includes('#')) for (const k of ['n', 'beds', 'staff', 'vis']) if (rows[2].vals[k] > rows[1].vals[k]) rows[2].vals[k] = rows[1].vals[k];
  if (rows[3]) { rows[3].vals.n = H.n - rows[1].vals.n; rows[3].vals.beds = H.beds - rows[1].vals.beds; rows[3].vals.staff = H.staff - rows[1].vals.staff; rows[3].vals.vis = rd(vis - rows[1].vals.vis, dp); if (rows[3].vals.vis < 0) rows[3].vals.vis = 0; }
  const cols = [{ key: 'n', h1: '机构数（个）', dp: 0 }, { key: 'beds', h1: '床位数（张）', dp: 0 }, { key: 'staff', h1: '卫生技术人员（人）', dp: 0 }, { key: 'vis', h1: '诊疗人次（万人次）', dp }, { key: 'occ', h1: '病床使用率（%）', dp: 1 }];
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}医院主要指标${YEARNOTE()}`, labelHead: '项目', cols, rows, notes: ['注：公立医院、三级医院为交叉分组。'] });
  for (const c of cols) {
    if (c.key === 'occ') continue;
    for (const r of rows.slice(1)) sh.le([T.A(r.id, c.key)], T.A('T', c.key));
    if (rows[3]) sh.sum(T.A('T', c.key), [T.A('PUB', c.key), T.A('PRI', c.key)], c.key === 'vis' ? 0.5 * Math.pow(10, -dp) : 0);
    if (rows[2].label.includes('#')) sh.le([T.A('L3', c.key)], T.A('PUB', c.key));
  }
  return T.r;
}

// TM2: museums by type
function TMU(ctx, sh, r0) {
  const s = ctx.city.series; const N = s.mus[2024]; const vis = s.musVis[2024];
  const types = ['综合类', '历史类', '艺术类', '自然科技类', '其他'];
  const ns = splitInt(N, types.map(() => rnd(0.5, 2))); const coll = ns.map((n) => n * ri(800, 9000)); const vs = splitRaw(vis, ns.map((n) => n * rnd(0.6, 1.4)));
  const dp = pick([2, 1]);
  const cols = [{ key: 'n', h1: '博物馆（个）', dp: 0 }, { key: 'coll', h1: '文物藏品（件/套）', dp: 0 }, { key: 'v', h1: '参观人次（万人次）', h2: '合计', dp }, { key: 'm', h1: '参观人次（万人次）', h2: '#未成年人', dp }];
  const rows = [{ id: 'T', label: '合计', vals: { n: N, coll: sum(coll), v: rd(vis, dp), m: rd(sum(vs.map((x) => x * 0.3)), dp) } }];
  types.forEach((t, i) => rows.push({ id: 'K' + i, label: '  ' + t, vals: { n: ns[i], coll: coll[i], v: rd(vs[i], dp), m: rd(vs[i] * 0.3, dp) } }));
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}博物馆基本情况${YEARNOTE()}`, labelHead: '类型', cols, rows, notes: ['注：按博物馆主题内容分类。'] });
  for (const c of cols) sh.sum(T.A('T', c.key), types.map((t, i) => T.A('K' + i, c.key)));
  for (const r of rows) sh.le([T.A(r.id, 'm')], T.A(r.id, 'v'));
  return T.r;
}

// TV: by county, family doctors and sports instructors per thousand
function TV(ctx, sh, r0) {
  const city = ctx.city; const style = pick(['top', 'flat', 'bottom']);
  const rows = unitRows(city, style, { sp: chance(0.5), indentMode: pick(['space', 'align']), noZone: true }).filter((r) => r.kind !== 'cl');
  const U = {}; for (const u of [...city.districts, ...city.counties]) U[u.name] = { sign: u.pop * rnd(0.3, 0.45), instr: Math.round(u.pop * 10 * rnd(2, 3.5)) };
  const cols = [{ key: 'pop', h1: '常住人口（万人）', dp: 2 }, { key: 'sign', h1: '家庭医生签约人数（万人）', dp: 2 }, { key: 'rate', h1: '签约率（%）', dp: 1 }, { key: 'instr', h1: '社会体育指导员（人）', dp: 0 }, { key: 'ir', h1: '每千人拥有社会体育指导员（人）', dp: 2 }];
  for (const row of rows) {
    const us = row.units.filter((u) => u.kind !== 'cityLevel');
    const pop = sum(us.map((u) => u.pop)), sign = sum(us.map((u) => U[u.name].sign)), instr = sum(us.map((u) => U[u.name].instr));
    row.vals = { pop: rd(pop, 2), sign: rd(sign, 2), rate: rd(sign / pop * 100, 1), instr, ir: rd(instr / (pop * 10), 2) };
  }
  const T = writeTable(sh, r0, { title: `${ctx.tno || ''}各县（市、区）家庭医生签约及社会体育指导员情况`, labelHead: '地区', cols, rows, notes: ['注：签约率、每千人指标按常住人口计算。'] });
  for (const k of ['pop', 'sign', 'instr']) addUnitSums(sh, T, rows, k, city);
  for (const row of rows) { sh.rate(T.A(row.id, 'rate'), T.A(row.id, 'sign'), T.A(row.id, 'pop'), 100); sh.rate(T.A(row.id, 'ir'), T.A(row.id, 'instr'), T.A(row.id, 'pop'), 0.1); }
  return T.r;
}

const TEMPL = { TA, TB, TC, TD, TE, TF, TG, TH, TI, TJ, TK, TL, TM, TN, TO, TP, TQ, TS, TT, TU, TW, TX, TY, TA2, TZ, TMU, TV };
const TNAMES = { TA: '医疗卫生机构', TB: '分县卫生资源', TC: '卫生主要指标', TD: '历年卫生', TE: '主要年份卫生', TF: '医院等级', TG: '文化机构', TH: '体育场地', TI: '分县体育场地', TJ: '文化体育指标', TK: '医疗服务', TL: '乡镇卫生院', TM: '卫生人员构成', TN: '分县卫生', TO: '卫生资源', TP: '医院情况', TQ: '分县增长', TS: '分类床位', TT: '人均资源', TU: '妇幼健康', TW: '公共图书馆', TX: '分县两年', TY: '分地区增长', TA2: '机构床位人员', TZ: '医院主要指标', TMU: '博物馆', TV: '签约与指导员' };

// ---------- plants ----------
function mutate(sh, a, kind) {
  const v = sh.val(a); const dp = sh.dp(a);
  if (typeof v !== 'number') return null;
  if (kind === 'swap') {
    const s = dp ? v.toFixed(dp) : String(v);
    const digits = [...s].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
    const pairs = []; for (let i = 0; i + 1 < digits.length; i++) if (digits[i + 1] === digits[i] + 1 && s[digits[i]] !== s[digits[i + 1]] && !(digits[i] === 0 && s[digits[i + 1]] === '0')) pairs.push(digits[i]);
    if (!pairs.length) return null; const p = pick(pairs);
    const t = s.slice(0, p) + s[p + 1] + s[p] + s.slice(p + 2); return Number(t);
  }
  if (kind === 'growth') { if (Math.abs(v) > 1 && chance(0.3)) return -v; return rd(v + (chance(0.5) ? 1 : -1) * rnd(1.2, 6), dp); }
  if (kind === 'rate') { const d = Math.max(Math.abs(v) * rnd(0.06, 0.25), 6 * half(dp || 1)); return rd(v + (chance(0.5) ? 1 : -1) * d, dp); }
  // total / part
  if (dp === 0) {
    const r = R();
    let d;
    if (r < 0.35 && Math.abs(v) >= 100) d = Math.pow(10, ri(1, Math.max(1, String(Math.abs(v)).length - 2)));
    else d = Math.max(1, Math.round(Math.abs(v) * rnd(0.01, 0.12)));
    return v + (chance(0.5) ? d : -d);
  }
  return rd(v + (chance(0.5) ? 1 : -1) * Math.max(Math.abs(v) * rnd(0.02, 0.15), 10 * half(dp)), dp);
}
function relsOf(sh, a) { return sh.rels.filter((r) => relCells(r).includes(a)); }
function tryPlant(sheets, used) {
  const candsOf = (sh, kind) => {
    const cands = [];
    for (const r of sh.rels) {
      if (kind === 'total' && (r.t === 'sum')) cands.push(r.total);
      if (kind === 'part' && (r.t === 'sum' || r.t === 'le')) cands.push(...r.parts);
      if (kind === 'rate' && r.t === 'rate') cands.push(r.cell);
      if (kind === 'growth' && (r.t === 'growth' || r.t === 'cagr' || r.t === 'pp')) cands.push(r.cell);
      if (kind === 'swap' && (r.t === 'sum')) cands.push(r.total, ...r.parts);
    }
    return cands.filter((a) => typeof sh.val(a) === 'number' && !used.has(sh.name + '!' + a));
  };
  // choose the kind first (balanced), then a sheet of the book that offers it
  const kinds = shuffle(['total', 'part', 'rate', 'swap', 'growth']);
  for (let attempt = 0; attempt < 200; attempt++) {
    const kind = kinds[attempt % kinds.length];
    const shs = sheets.filter((x) => candsOf(x, kind).length); if (!shs.length) continue;
    const sh = pick(shs);
    let cands = [];
    for (const r of sh.rels) {
      if (kind === 'total' && (r.t === 'sum')) cands.push(r.total);
      if (kind === 'part' && (r.t === 'sum' || r.t === 'le')) cands.push(...r.parts);
      if (kind === 'rate' && r.t === 'rate') cands.push(r.cell);
      if (kind === 'growth' && (r.t === 'growth' || r.t === 'cagr' || r.t === 'pp')) cands.push(r.cell);
      if (kind === 'swap' && (r.t === 'sum')) cands.push(r.total, ...r.parts);
    }
    cands = cands.filter((a) => typeof sh.val(a) === 'number' && !used.has(sh.name + '!' + a));
    if (!cands.length) continue;
    const a = pick(cands); const was = sh.val(a); const now = mutate(sh, a, kind);
    if (now === null || now === was || !Number.isFinite(now)) continue;
    const cell = sh.cells.get(a); cell.v = now;
    const rs = relsOf(sh, a);
    const broken = rs.some((r) => { const e = evalRel(r, (x) => sh.val(x)); return e !== null && e > Math.max(r.tol, 1e-6); });
    // other relations sharing the cell must not be affected beyond this (fine), but relations not containing the cell are untouched
    if (!broken) { cell.v = was; continue; }
    used.add(sh.name + '!' + a);
    return { sheet: sh.name, cell: a, was, now, kind };
  }
  return null;
}

// ---------- workbook writing ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    let maxC = 1;
    for (const [a, x] of sh.cells) {
      const cell = ws.getCell(a); cell.value = x.v; maxC = Math.max(maxC, x.c);
      if (x.fmt) cell.numFmt = x.fmt;
      else if (typeof x.v === 'number' && x.c > 1) cell.numFmt = x.dp > 0 ? '0.' + '0'.repeat(x.dp) : sh.intFmt;
      if (x.indent) cell.alignment = { indent: x.indent };
      if (typeof x.v === 'string' && x.v.includes('\n')) cell.alignment = { wrapText: true };
    }
    for (const m of sh.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getColumn(1).width = 26; for (let c = 2; c <= maxC; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(file);
}

function buildBook(bookIdx) {
  const city = makeCity();
  const nT = pick([1, 2, 2, 3, 3, 4]);
  const keys = Object.keys(TEMPL);
  const chosen = shuffle(keys).slice(0, nT);
  const nameStyle = pick(['num', 'cn', 'sheet', 'num']);
  const chap = ri(12, 22);
  const sheets = [];
  const stack = nT >= 2 && chance(0.2); const side = !stack && nT >= 2 && chance(0.15);
  let cur = null, row = 1;
  chosen.forEach((t, i) => {
    const ctx = { city, bi: chance(0.2), tno: nameStyle === 'num' && chance(0.6) ? `${chap}-${i + 1}  ` : '' };
    if (side && i === 1) { cur.colOff = cur.maxCol() + 2; row = 1; }
    else if (!cur || !stack) {
      const name = nameStyle === 'num' ? `${chap}-${i + 1}` : nameStyle === 'cn' ? TNAMES[t] : `Sheet${i + 1}`;
      cur = new Sh(name); sheets.push(cur); row = 1;
    }
    row = TEMPL[t](ctx, cur, row) + 2;
  });
  return { sheets, chosen };
}

async function genSet(dir, seed, n, plantedN) {
  R = mulberry32(seed);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.unlinkSync(path.join(dir, f));
  const planted = new Set(shuffle([...Array(n).keys()]).slice(0, plantedN));
  const manifest = [], rels = {};
  const prefix = path.basename(dir) === 'probe' ? 'p' : 'c';
  for (let i = 0; i < n; i++) {
    const file = `${prefix}${String(i + 1).padStart(3, '0')}.xlsx`;
    const { sheets, chosen } = buildBook(i);
    const entry = { file, clean: true, plants: [] };
    if (planted.has(i)) {
      const k = chance(0.6) ? 1 : 2; const used = new Set();
      for (let j = 0; j < k; j++) { const p = tryPlant(sheets, used); if (p) entry.plants.push(p); }
      if (entry.plants.length) entry.clean = false;
    }
    await writeBook(path.join(dir, file), sheets);
    manifest.push({ file, clean: entry.clean, plants: entry.plants.map(({ sheet, cell, was, now }) => ({ sheet, cell, was, now })) });
    rels[file] = { templates: chosen, kinds: entry.plants.map((p) => p.kind), sheets: sheets.map((s) => ({ name: s.name, rels: s.rels })) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', path.basename(dir) + '.json'), JSON.stringify(rels));
  console.log(dir, 'books', n, 'planted', manifest.filter((m) => !m.clean).length, 'plants', sum(manifest.map((m) => m.plants.length)));
}

(async () => {
  await genSet(path.join(__dirname, 'cases'), 8901, 45, 23);
  await genSet(path.join(__dirname, 'probe'), 8902, 100, 30);
})();
