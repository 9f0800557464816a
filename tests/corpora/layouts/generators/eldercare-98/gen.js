'use strict';
// gen.js [SET...]: writes /tmp/round98b/<set>/*.xlsx + manifest.json and /tmp/round98b/rel/<set>.json
// Elderly-care (养老服务) statistics workbooks, deterministic (seeded).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const OUT = __dirname;

// ---------- rng ----------
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function makeRng(seed) {
  const f = mulberry32(seed);
  const r = { u: f };
  r.int = (a, b) => a + Math.floor(f() * (b - a + 1));
  r.pick = (a) => a[Math.floor(f() * a.length)];
  r.chance = (p) => f() < p;
  r.uni = (a, b) => a + f() * (b - a);
  r.shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
  r.sample = (a, n) => r.shuffle(a).slice(0, n);
  return r;
}
function rnd(x, dp) { const f = Math.pow(10, dp); return Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f; }
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const addr = (r, c) => colL(c) + r;

// ---------- names ----------
const TOWN_P = ['城关', '东关', '西关', '新华', '人民', '解放', '红旗', '柳河', '杨庄', '李家', '王店', '石桥', '马集', '高庙', '白沙', '黄土', '青山', '桃源', '花园', '长岭', '太平', '永安', '福兴', '双河', '三里', '五里铺', '大王', '小店', '龙泉', '凤凰', '金山', '银湖', '河东', '河西', '古城', '清水', '白马', '黑石', '青龙', '卧龙', '官庄', '张集', '刘集', '陈店', '赵庄', '孙庄', '周家', '吴桥', '郑庄', '沙河', '塔山', '望江', '临河', '枫林', '梅岭', '竹园', '松林', '杏花', '梨园', '桑园', '盘石', '七里', '八里', '九龙', '十里', '双庙', '南岗', '北岗', '芦山', '松柏'];
const STREET_P = ['城东', '城西', '城南', '城北', '东城', '西城', '南城', '北城', '中山', '建设', '文化', '滨河', '朝阳', '向阳', '和平', '胜利', '府前', '鼓楼', '新城', '东湖'];
const COUNTIES = ['安平县', '清河县', '永宁县', '长乐县', '临泉县', '丰宁县', '青阳县', '宁远县', '泰和县', '武宁县', '东明县', '石城县', '广平县', '灵寿县', '兴隆县', '平山县', '宜川县', '凤台县', '龙门县', '桐柏县', '龙泉市', '江山市', '瑞昌市', '城关区', '新港区'];
const CITIES = [
  { name: '江州市', d: ['江城区', '东湖区', '西山区', '新港区'], c: ['临江县', '青阳县', '龙泉市', '宁远县', '石城县'] },
  { name: '临川市', d: ['临川区', '东乡区'], c: ['南城县', '黎川县', '南丰县', '崇仁县', '乐安县', '宜黄县', '金溪县', '资溪县', '广昌县'] },
  { name: '安州市', d: ['安城区', '北湖区', '高新区'], c: ['平原县', '永和县', '长丰县', '桃源市'] },
  { name: '宁川市', d: ['宁川区', '河西区', '开发区', '湖滨区', '龙山区'], c: ['武陵县', '清远县', '泰安县'] },
  { name: '云阳市', d: ['云城区', '阳和区'], c: ['凤山县', '白石县', '大河县', '平乐县', '金沙市', '梅江县'] },
];

const VAR = {};
// ---------- data model ----------
const CNT = ['inst', 'pub', 'priv', 'beds', 'nursing', 'res', 'comm', 'commCov', 'vill', 'villCov', 'fac', 'staff', 'mgmt', 'prof', 'nurse', 'cert', 'other', 'pop'];
const WAN = ['fund', 'fis', 'lot', 'oth'];
function genTown(rng, type) {
  const street = type === '街道';
  const s = {};
  const mk = (P) => {
    let pub = street ? rng.int(0, 1) : (rng.chance(0.8) ? 1 : rng.int(0, 2));
    let priv = street ? rng.int(0, 4) : rng.int(0, 2);
    if (VAR.sparse && rng.chance(0.4)) { pub = 0; priv = 0; }
    s['pub' + P] = pub; s['priv' + P] = priv; s['inst' + P] = pub + priv;
    let beds = 0; for (let i = 0; i < pub + priv; i++) beds += rng.int(2, 30) * 10 + (rng.chance(0.5) ? rng.int(0, 9) : 0);
    s['beds' + P] = beds;
    s['nursing' + P] = beds ? Math.round(beds * rng.uni(0.25, 0.8)) : 0;
    s['res' + P] = beds ? Math.round(beds * rng.uni(0.3, 0.93)) : 0;
    const inst = pub + priv;
    s['mgmt' + P] = inst ? inst * rng.int(1, 3) : 0;
    s['prof' + P] = inst ? rng.int(0, inst * 3) : 0;
    s['nurse' + P] = s['res' + P] ? Math.max(1, Math.round(s['res' + P] / rng.uni(3.5, 8))) : 0;
    s['cert' + P] = Math.round(s['nurse' + P] * rng.uni(0.3, 1));
    s['other' + P] = inst ? rng.int(0, inst * 3) : 0;
    s['staff' + P] = s['mgmt' + P] + s['prof' + P] + s['nurse' + P] + s['other' + P];
    s['fis' + P] = Math.round(rng.uni(15, 420) * 10000) / 10000;
    s['lot' + P] = rng.chance(0.75) ? Math.round(rng.uni(1, 80) * 10000) / 10000 : 0;
    s['oth' + P] = rng.chance(0.5) ? Math.round(rng.uni(0.5, 45) * 10000) / 10000 : 0;
    s['fund' + P] = s['fis' + P] + s['lot' + P] + s['oth' + P];
  };
  mk(''); mk('_p');
  // keep prev close to cur (realistic year-on-year change)
  if (rng.chance(0.75)) { for (const f of ['pub', 'priv', 'inst']) s[f + '_p'] = s[f]; }
  if (s.inst_p === 0) { s.beds_p = 0; s.nursing_p = 0; s.res_p = 0; }
  else {
    s.beds_p = s.beds ? Math.max(20, s.beds - rng.pick([0, 0, rng.int(-20, 60), rng.int(0, 120)])) : rng.int(3, 12) * 10;
    s.nursing_p = Math.min(s.beds_p, Math.max(0, Math.round((s.beds ? s.nursing / s.beds : 0.4) * s.beds_p * rng.uni(0.8, 1.0))));
    s.res_p = Math.min(s.beds_p, Math.max(0, Math.round((s.beds ? s.res / s.beds : 0.6) * s.beds_p * rng.uni(0.85, 1.12))));
  }
  for (const f of ['mgmt', 'prof', 'nurse', 'other']) s[f + '_p'] = Math.max(0, s[f] - rng.pick([0, 0, 1, 2, -1]));
  s.cert_p = Math.min(s.nurse_p, Math.max(0, s.cert - rng.int(0, 3)));
  s.staff_p = s.mgmt_p + s.prof_p + s.nurse_p + s.other_p;
  for (const f of ['fis', 'lot', 'oth']) s[f + '_p'] = s[f] ? Math.round(s[f] * rng.uni(0.8, 1.12) * 10000) / 10000 : (rng.chance(0.2) ? Math.round(rng.uni(1, 20) * 10000) / 10000 : 0);
  s.fund_p = s.fis_p + s.lot_p + s.oth_p;
  s.pop = street ? rng.int(4000, 18000) : rng.int(2500, 12000);
  s.pop_p = Math.round(s.pop / (1 + rng.uni(0.004, 0.045)));
  s.comm = street ? rng.int(5, 16) : (type === '镇' ? rng.int(0, 3) : 0);
  s.commCov = s.comm ? (rng.chance(0.5) ? s.comm : Math.max(0, s.comm - rng.int(1, 3))) : 0;
  s.comm_p = s.comm; s.commCov_p = Math.max(0, s.commCov - rng.int(0, 2));
  s.vill = street ? rng.int(0, 3) : rng.int(8, 32);
  s.villCov = s.vill ? Math.round(s.vill * rng.uni(0.35, 1)) : 0;
  s.vill_p = s.vill; s.villCov_p = Math.max(0, s.villCov - rng.int(0, 4));
  s.fac = s.commCov + s.villCov + rng.int(0, 3);
  s.fac_p = s.commCov_p + s.villCov_p + rng.int(0, 2);
  return s;
}
function sumStats(list) {
  const s = {};
  for (const P of ['', '_p']) {
    for (const f of CNT) s[f + P] = list.reduce((a, x) => a + x[f + P], 0);
    for (const f of WAN) s[f + P] = list.reduce((a, x) => a + x[f + P], 0);
  }
  return s;
}
function genCounty(rng) {
  const name = rng.pick(COUNTIES);
  const nS = VAR.tiny ? rng.int(0, 1) : rng.int(1, 4), nT = VAR.long ? rng.int(24, 40) : VAR.tiny ? rng.int(1, 2) : rng.int(4, 14);
  const towns = []; const used = new Set();
  const sp = rng.shuffle(STREET_P), tp = rng.shuffle(TOWN_P);
  for (let i = 0; i < nS; i++) towns.push({ name: sp[i] + '街道', type: '街道' });
  for (let i = 0; i < nT; i++) { const t = rng.chance(0.7) ? '镇' : '乡'; towns.push({ name: tp[i] + t, type: t }); }
  for (const t of towns) t.stats = genTown(rng, t.type);
  const base = rng.int(130100, 659000); let si = 0, ti = 0;
  for (const t of towns) t.code = base * 1e6 + (t.type === '街道' ? ++si : 100 + ti++ * 1 + 0) * 1000;
  return { kind: 'county', code: base * 1e6, name, units: towns, total: sumStats(towns.map((t) => t.stats)) };
}
function genCity(rng) {
  const c = rng.pick(CITIES);
  const mkU = (n, big) => { const k = rng.int(big ? 5 : 3, big ? 14 : 8); const ts = []; for (let i = 0; i < k; i++) ts.push(genTown(rng, rng.chance(big ? 0.25 : 0.7) ? '街道' : '镇')); return { name: n, stats: sumStats(ts) }; };
  const groups = [{ name: '市辖区', units: c.d.map((n) => mkU(n, false)) }, { name: '县（市）', units: c.c.map((n) => mkU(n, true)) }];
  if (VAR.shiBenJi) groups.unshift({ name: '市本级', units: [mkU(rng.pick(['市本级', '市直', '市属机构']), false)], nosub: true });
  for (const g of groups) g.stats = sumStats(g.units.map((u) => u.stats));
  const cb = rng.int(1301, 6590); let di = 2, ci = 21;
  for (const g of groups) for (const u of g.units) u.code = g.name === '市辖区' ? cb * 100 + di++ : g.nosub ? cb * 100 + 1 : cb * 100 + ci++;
  return { kind: 'city', code: cb * 100, name: c.name, groups, units: groups.flatMap((g) => g.units), total: sumStats(groups.map((g) => g.stats)) };
}

// entries: [{label, stats, role:'total'|'sub'|'unit', members:[idx]}]
function numLab(i, style) { const cn = '一二三四五六七八九十'; return style === 1 ? `${i}.` : style === 2 ? `（${i}）` : style === 3 ? `${i}、` : `(${i})`; }
function buildEntries(rng, region, st) {
  const totalLabel = st.totalLabel;
  let groups;
  if (region.kind === 'city') {
    if (st.subtotals) { let k = 0; groups = region.groups.map((g) => ({ label: g.nosub ? null : st.subLabels[k++], stats: g.stats, units: g.units })); }
    else groups = [{ label: null, units: region.units }];
  } else if (st.subtotals) {
    const S = region.units.filter((u) => u.type === '街道'), T = region.units.filter((u) => u.type !== '街道');
    groups = [{ label: st.subLabels[0], stats: sumStats(S.map((u) => u.stats)), units: S }, { label: st.subLabels[1], stats: sumStats(T.map((u) => u.stats)), units: T }].filter((g) => g.units.length);
    if (groups.length < 2) groups = [{ label: null, units: region.units }];
  } else groups = [{ label: null, units: region.units }];
  const out = [];
  const tot = { label: totalLabel, stats: region.total, role: 'total', members: [], code: region.code };
  if (st.totalFirst) out.push(tot);
  for (const g of groups) {
    let sub = null;
    if (g.label) sub = { label: g.label, stats: g.stats, role: 'sub', members: [] };
    if (sub && st.subFirst) out.push(sub);
    const idx = [];
    for (const u of g.units) { idx.push(out.length); out.push({ label: (sub && st.indent ? '　　' : '') + (VAR.numLabel ? numLab(idx.length, VAR.numLabel) : '') + u.name, stats: u.stats, role: 'unit', code: u.code }); }
    if (sub && !st.subFirst) out.push(sub);
    if (sub) { sub.members = idx; tot.members.push(out.indexOf(sub)); } else tot.members.push(...idx);
  }
  if (!st.totalFirst) out.push(tot);
  tot.members = tot.members.map((x) => x);
  // recompute member indices (objects) to indices
  return out;
}

// ---------- catalog of measures ----------
function mkCat(o) {
  const M = { _o: o };
  const add = (id, spec) => { M[id] = Object.assign({ id }, spec); };
  for (const P of ['', '_p']) {
    for (const f of CNT) if (f !== 'pop') add(f + P, { type: 'count', field: f + P, dp: 0 });
    if (o.popWan) add('pop' + P, { type: 'wan', field: 'pop' + P, div: 1e4, dp: o.popDp }); else add('pop' + P, { type: 'count', field: 'pop' + P, dp: 0 });
    for (const f of WAN) add(f + P, { type: 'wan', field: f + P, div: 1, dp: o.fundDp });
    M['inst' + P].sumOf = ['pub' + P, 'priv' + P];
    M['staff' + P].sumOf = ['mgmt', 'prof', 'nurse', 'other'].map((x) => x + P);
    M['fund' + P].sumOf = ['fis', 'lot', 'oth'].map((x) => x + P);
    M['nursing' + P].le = 'beds' + P; M['res' + P].le = 'beds' + P; M['commCov' + P].le = 'comm' + P; M['villCov' + P].le = 'vill' + P; M['cert' + P].le = 'nurse' + P;
    const rk = o.pct ? 1 : 100, rdp = o.pct ? o.rateDp + 2 : o.rateDp;
    add('occ' + P, { type: 'rate', num: 'res' + P, den: 'beds' + P, k: rk, dp: rdp, pct: o.pct });
    add('nshare' + P, { type: 'rate', num: 'nursing' + P, den: 'beds' + P, k: rk, dp: rdp, pct: o.pct });
    add('commRate' + P, { type: 'rate', num: 'commCov' + P, den: 'comm' + P, k: rk, dp: rdp, pct: o.pct });
    add('villRate' + P, { type: 'rate', num: 'villCov' + P, den: 'vill' + P, k: rk, dp: rdp, pct: o.pct });
    add('perk' + P, { type: 'rate', num: 'beds' + P, den: 'pop' + P, k: o.popWan ? 0.1 : 1000, dp: o.perkDp, perk: true });
  }
  for (const id of Object.keys(M)) {
    const m = M[id]; if (id === '_o' || id.endsWith('_p')) continue;
    if (m.type === 'count' || m.type === 'wan') {
      add(id + '_d', { type: 'diff', cur: id, prev: id + '_p', dp: m.dp });
      add(id + '_g', { type: 'growth', cur: id, prev: id + '_p', dp: o.gDp });
    } else if (m.type === 'rate') {
      add(id + '_d', { type: 'diff', cur: id, prev: id + '_p', dp: m.dp, pp: true });
      if (m.perk) add(id + '_g', { type: 'growth', cur: id, prev: id + '_p', dp: o.gDp });
    }
  }
  return M;
}
const additive = (m) => m.type === 'count' || m.type === 'wan';
function ex(cat, s, id) {
  const m = cat[id];
  switch (m.type) {
    case 'count': return s[m.field];
    case 'wan': return s[m.field] / m.div;
    case 'rate': { const d = ex(cat, s, m.den); if (!d) return null; return ex(cat, s, m.num) / d * m.k; }
    case 'growth': { const p = ex(cat, s, m.prev); if (!p) return null; return (ex(cat, s, m.cur) / p - 1) * 100; }
    case 'diff': {
      const f = cat._o.ppFromPub ? pub : ex;
      const a = f(cat, s, m.cur), b = f(cat, s, m.prev);
      if (a == null || b == null) return null; return a - b;
    }
  }
  throw new Error(id);
}
function pub(cat, s, id) { const v = ex(cat, s, id); return v == null ? null : rnd(v, cat[id].dp); }
const hOf = (m) => (m.dp > 0 ? 0.5 * Math.pow(10, -m.dp) : (m.type === 'count' ? 0 : 0.5));

// ---------- sheet grid ----------
class Grid {
  constructor(name) { this.name = name; this.cells = new Map(); this.fmt = new Map(); this.merges = []; this.maxC = 1; this.maxR = 1; this.widths = {}; }
  set(r, c, v, fmt) { this.cells.set(addr(r, c), v); if (fmt) this.fmt.set(addr(r, c), fmt); this.maxC = Math.max(this.maxC, c); this.maxR = Math.max(this.maxR, r); }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
}
function fmtFor(m, st) {
  if (m.pct) return m.dp === 3 ? '0.0%' : '0.00%';
  if (m.dp > 0) return '0.' + '0'.repeat(m.dp);
  return st.thousands ? '#,##0' : '0';
}

// ---------- relations & plantables ----------
function cornerDev(fn, vals, hs) {
  const base = fn(...vals); let mx = 0;
  const n = vals.length;
  for (let mask = 0; mask < (1 << n); mask++) {
    const v = vals.map((x, i) => x + ((mask >> i) & 1 ? hs[i] : -hs[i]));
    const y = fn(...v); if (!Number.isFinite(y)) return Infinity;
    mx = Math.max(mx, Math.abs(y - base));
  }
  return mx;
}
function buildRels(g, entries, cat, cellOf, shown) {
  const rels = [];
  const q = (ei, id) => { const p = cellOf.get(ei + '|' + id); return p ? `${g.name}!${addr(p.r, p.c)}` : null; };
  const P = (ei, id) => pub(cat, entries[ei].stats, id);
  for (const key of cellOf.keys()) {
    const [eis, id] = key.split('|'); const ei = +eis; const m = cat[id]; const e = entries[ei];
    const cell = q(ei, id);
    if (m.sumOf) { const ps = m.sumOf.map((x) => q(ei, x)); if (ps.every(Boolean)) rels.push({ t: 'sum', total: cell, parts: ps, tol: hOf(m) + m.sumOf.reduce((a, x) => a + hOf(cat[x]), 0) + 1e-6 }); }
    if (m.le) { const w = q(ei, m.le); if (w) rels.push({ t: 'le', whole: w, parts: [cell], tol: hOf(m) + hOf(cat[m.le]) + 1e-6 }); }
    if (m.type === 'rate') {
      const qn = q(ei, m.num), qd = q(ei, m.den); const n = P(ei, m.num), d = P(ei, m.den);
      const hn = hOf(cat[m.num]), hd = hOf(cat[m.den]);
      if (qn && qd && d && d - hd > 0) rels.push({ t: 'rate', cell, num: qn, den: qd, k: m.k, tol: hOf(m) + cornerDev((a, b) => a / b * m.k, [n, d], [hn, hd]) + 1e-6 });
    }
    if (m.type === 'growth') {
      const qc = q(ei, m.cur), qp = q(ei, m.prev); const c = P(ei, m.cur), p = P(ei, m.prev);
      const hc = hOf(cat[m.cur]), hp = hOf(cat[m.prev]);
      if (qc && qp && p && p - hp > 0) rels.push({ t: 'growth', cell, cur: qc, prev: qp, tol: hOf(m) + cornerDev((a, b) => (a / b - 1) * 100, [c, p], [hc, hp]) + 1e-6 });
    }
    if (m.type === 'diff') {
      const qc = q(ei, m.cur), qp = q(ei, m.prev);
      if (qc && qp && P(ei, m.cur) != null && P(ei, m.prev) != null) rels.push({ t: 'pp', cell, cur: qc, prev: qp, tol: hOf(m) + hOf(cat[m.cur]) + hOf(cat[m.prev]) + 1e-6 });
    }
    if (e.members && e.members.length && additive(m)) {
      const ps = e.members.map((mi) => q(mi, id));
      if (ps.every(Boolean)) rels.push({ t: 'sum', total: cell, parts: ps, tol: hOf(m) * (ps.length + 1) + 1e-6 });
    }
  }
  // plantables
  const plant = [];
  const inRel = new Set(rels.flatMap(relCells));
  for (const [key, p] of cellOf) {
    const [eis, id] = key.split('|'); const ei = +eis; const m = cat[id]; const e = entries[ei];
    const cell = `${g.name}!${addr(p.r, p.c)}`;
    const v = g.cells.get(addr(p.r, p.c));
    if (typeof v !== 'number' || !inRel.has(cell)) continue;
    let kind;
    if (additive(m)) kind = (e.role !== 'unit' || m.sumOf) ? 'total' : 'part';
    else if (m.type === 'rate') kind = m.perk ? 'perthousand' : 'rate';
    else kind = 'change';
    plant.push({ sheet: g.name, cell, a: addr(p.r, p.c), kind, dp: m.dp, alts: altsFor(cat, entries, ei, id, v) });
  }
  return { rels, plant };
}
function altsFor(cat, entries, ei, id, v) {
  const m = cat[id], e = entries[ei], s = e.stats, A = [];
  const P = (x, st = s) => pub(cat, st, x);
  const R = (x) => rnd(x, m.dp);
  if (additive(m)) {
    if (cat[id + '_p']) { const pv = P(id + '_p'); if (pv != null) A.push({ how: 'stale: last year figure', v: pv }); }
    if (e.members && e.members.length) {
      const mi = e.members[(ei * 7 + 3) % e.members.length];
      A.push({ how: 'total omits a member', v: R(v - P(id, entries[mi].stats)) });
      if (cat[id + '_p']) A.push({ how: 'total keeps a member\'s stale figure', v: R(v - P(id, entries[mi].stats) + P(id + '_p', entries[mi].stats)) });
    }
    if (m.sumOf) A.push({ how: 'total omits a part', v: R(v - P(m.sumOf[m.sumOf.length - 1])) });
  } else if (m.type === 'rate') {
    const base = id.replace(/_p$/, ''), Pf = id.endsWith('_p') ? '_p' : '';
    const n = ex(cat, s, m.num), d = ex(cat, s, m.den);
    if (!id.endsWith('_p') && cat[id + '_p']) { const pv = P(id + '_p'); if (pv != null) A.push({ how: 'stale: last year rate', v: pv }); }
    if (!id.endsWith('_p') && cat[m.den + '_p']) { const dp = ex(cat, s, m.den + '_p'); if (dp) A.push({ how: 'wrong base: last year denominator', v: R(n / dp * m.k) }); }
    if (base === 'occ') { const nb = ex(cat, s, 'nursing' + Pf); if (nb) A.push({ how: 'wrong base: nursing beds as denominator', v: R(n / nb * m.k) }); }
    if (base === 'nshare') { const tb = ex(cat, entries.find((x) => x.role === 'total').stats, 'beds' + Pf); if (tb && tb !== d) A.push({ how: 'wrong base: share of whole region beds', v: R(n / tb * m.k) }); }
    if (base === 'commRate' || base === 'villRate') { const all = ex(cat, s, 'comm' + Pf) + ex(cat, s, 'vill' + Pf); if (all !== d) A.push({ how: 'wrong base: all communities and villages', v: R(n / all * m.k) }); }
    if (base === 'perk') {
      A.push({ how: 'per ten thousand instead of per thousand', v: R(n / d * m.k * 10) });
      const nb = ex(cat, s, 'nursing' + Pf); if (nb) A.push({ how: 'wrong numerator: nursing beds only', v: R(nb / d * m.k) });
    }
  } else if (m.type === 'growth') {
    const c = P(m.cur), p = P(m.prev);
    if (c) A.push({ how: 'wrong base: change over current year', v: R((c - p) / c * 100) });
    A.push({ how: 'sign flipped', v: -v });
  } else if (m.type === 'diff') {
    A.push({ how: 'reversed: prev minus cur', v: -v });
    if (m.pp) { const c = P(m.cur), p = P(m.prev); if (p) A.push({ how: 'percent change instead of points', v: R((c / p - 1) * 100) }); }
  }
  return A.filter((a) => a.v != null && Number.isFinite(a.v) && Math.abs(a.v - v) > 1e-9);
}
function genericSlips(v, dp, rng) {
  const out = [];
  const neg = v < 0; const s = Math.abs(v).toFixed(dp);
  const digits = s.replace('.', ''); const pointPos = s.indexOf('.') < 0 ? digits.length : s.indexOf('.');
  const mk = (ds, pp) => { const str = pp < ds.length ? ds.slice(0, pp) + '.' + ds.slice(pp) : ds; const n = Number(str); return neg ? -n : n; };
  const sw = [];
  const st0 = (pointPos === 1 && digits[0] === '0') ? 1 : 0;
  for (let i = st0; i + 1 < digits.length; i++) if (digits[i] !== digits[i + 1]) { const d = digits.split(''); [d[i], d[i + 1]] = [d[i + 1], d[i]]; if (!(i === 0 && d[0] === '0' && pointPos > 1)) sw.push(mk(d.join(''), pointPos)); }
  if (sw.length) out.push({ how: 'digits swapped', v: rng.pick(sw) });
  if (pointPos >= 2) { const i = rng.int(0, pointPos - 1); const ds = digits.slice(0, i) + digits.slice(i + 1); out.push({ how: 'lost a digit', v: mk(ds, pointPos - 1) }); }
  { const i = rng.int(st0, digits.length - 1); const d = digits.split(''); const o = +d[i]; d[i] = String(o === 9 ? 8 : o + (rng.chance(0.5) || o === 0 ? 1 : -1)); if (!(i === 0 && d[0] === '0' && pointPos > 1)) out.push({ how: 'mistyped a digit', v: mk(d.join(''), pointPos) }); }
  return out.filter((a) => Math.abs(a.v - v) > 1e-9);
}

// ---------- table layouts ----------
function writeTitleEtc(g, st, ncol, r) {
  g.set(r, 1, st.title); g.merge(r, 1, r, ncol); r++;
  if (st.tableNo) { /* table number above title handled by caller */ }
  if (st.unitLine) {
    if (st.unitRight) { g.set(r, Math.max(1, ncol - 1), st.unitLine); g.merge(r, Math.max(1, ncol - 1), r, ncol); if (st.fillTop) g.set(r, 1, st.fillTop); }
    else { g.set(r, 1, st.unitLine); if (st.fillTop && ncol > 3) g.set(r, ncol - 1, st.fillTop); }
    r++;
  }
  return r;
}
function writeFoot(g, st, r, ncol) {
  if (st.notes) for (const n of st.notes) { g.set(r, 1, n); g.merge(r, 1, r, ncol); r++; }
  if (st.footer) { g.set(r, 1, st.footer); r++; }
  return r;
}
function zeroVal(st) { return st.zero === 'blank' ? null : st.zero === '0' ? 0 : st.zero; }
function placeValue(g, r, c, cat, e, id, st) {
  const m = cat[id]; const v = pub(cat, e.stats, id);
  if (v == null) { g.set(r, c, st.na === 'blank' ? null : st.na); return; }
  if (v === 0 && e.role === 'unit' && additive(m) && st.zero !== '0') { g.set(r, c, zeroVal(st)); return; }
  if (VAR.raw && m.type !== 'count') { g.set(r, c, ex(cat, e.stats, id), fmtFor(m, st)); return; }
  if (VAR.text && (VAR.text === 'all' || m.type === 'count')) { let t = Math.abs(v).toFixed(m.pct ? m.dp - 2 : m.dp); if (m.pct) t = (Math.abs(v) * 100).toFixed(m.dp - 2) + '%'; if (st.thousands) t = t.replace(/\B(?=(\d{3})+(?!\d))/g, ','); g.set(r, c, (v < 0 ? '-' : '') + t); return; }
  g.set(r, c, v, fmtFor(m, st));
}
// rows = entries, columns = measures
function rowsTable(g, cat, entries, cols, st) {
  const cc = st.seq ? 2 : 1; // code column index when present
  const lead = (st.seq ? 1 : 0) + (st.code ? 1 : 0) + 1; const ncol = lead + cols.length;
  let r = st.r0 || 1;
  if (st.tableNo) { g.set(r, 1, st.tableNo); r++; }
  r = writeTitleEtc(g, st, ncol, r);
  const two = cols.some((c) => c.g);
  const h0 = r;
  if (st.seq) g.set(r, 1, '序号');
  if (st.code) g.set(r, cc, st.code);
  g.set(r, lead, st.firstHead);
  if (two) {
    if (st.seq) g.merge(r, 1, r + 1, 1);
    if (st.code) g.merge(r, cc, r + 1, cc);
    g.merge(r, lead, r + 1, lead);
    let c = lead + 1;
    while (c - lead - 1 < cols.length) {
      const col = cols[c - lead - 1];
      if (!col.g) { g.set(r, c, col.h); g.merge(r, c, r + 1, c); c++; continue; }
      let e = c; while (e + 1 - lead - 1 < cols.length && cols[e + 1 - lead - 1].g === col.g) e++;
      g.set(r, c, col.g); g.merge(r, c, r, e);
      for (let k = c; k <= e; k++) g.set(r + 1, k, cols[k - lead - 1].h);
      c = e + 1;
    }
    r += 2;
  } else { cols.forEach((col, i) => g.set(r, lead + 1 + i, col.h)); r++; }
  if (st.unitsRow) { g.set(r, lead, '计量单位'); cols.forEach((col, i) => g.set(r, lead + 1 + i, col.u)); r++; }
  if (st.colNum) { if (st.seq) g.set(r, 1, '乙'); if (st.code) g.set(r, cc, '丙'); g.set(r, lead, '甲'); cols.forEach((col, i) => g.set(r, lead + 1 + i, i + 1)); r++; }
  const cellOf = new Map();
  let seq = 0;
  entries.forEach((e, ei) => {
    if (st.seq) g.set(r, 1, e.role === 'unit' ? ++seq : null);
    if (st.code && (e.role !== 'sub') && e.code) g.set(r, cc, VAR.codeText ? String(e.code) : e.code);
    g.set(r, lead, e.label);
    cols.forEach((col, i) => { placeValue(g, r, lead + 1 + i, cat, e, col.m, st); cellOf.set(ei + '|' + col.m, { r, c: lead + 1 + i }); });
    r++;
  });
  writeFoot(g, st, r, ncol);
  return cellOf;
}
// rows = measures, columns = entries
function colsTable(g, cat, entries, rows, st) {
  const ncol = 2 + entries.length;
  let r = st.r0 || 1;
  if (st.tableNo) { g.set(r, 1, st.tableNo); r++; }
  r = writeTitleEtc(g, st, ncol, r);
  g.set(r, 1, st.indHead); g.set(r, 2, st.unitHead);
  entries.forEach((e, i) => g.set(r, 3 + i, e.label.trim().replace(/^　+/, '')));
  r++;
  const cellOf = new Map();
  for (const row of rows) {
    g.set(r, 1, row.h); g.set(r, 2, row.u || null);
    if (row.blank) { r++; continue; }
    entries.forEach((e, ei) => { placeValue(g, r, 3 + ei, cat, e, row.m, st); cellOf.set(ei + '|' + row.m, { r, c: 3 + ei }); });
    r++;
  }
  writeFoot(g, st, r, ncol);
  return cellOf;
}
// indicators x periods for one entry
function indTable(g, cat, entries, rows, pcols, st) {
  const ncol = 2 + pcols.length;
  let r = st.r0 || 1;
  if (st.tableNo) { g.set(r, 1, st.tableNo); r++; }
  r = writeTitleEtc(g, st, ncol, r);
  g.set(r, 1, st.indHead); g.set(r, 2, st.unitHead);
  pcols.forEach((p, i) => g.set(r, 3 + i, p.h));
  r++;
  const cellOf = new Map();
  for (const row of rows) {
    g.set(r, 1, row.h); g.set(r, 2, row.u || null);
    if (row.blank) { r++; continue; }
    pcols.forEach((p, i) => {
      const id = row.ids[p.k];
      if (!id) { g.set(r, 3 + i, st.na === 'blank' ? null : st.na); return; }
      placeValue(g, r, 3 + i, cat, entries[0], id, st); cellOf.set('0|' + id, { r, c: 3 + i });
    });
    r++;
  }
  writeFoot(g, st, r, ncol);
  return cellOf;
}

// ---------- templates ----------
function sharedStyle(rng, region, year, hunt) {
  const city = region.kind === 'city';
  const L = city ? rng.pick(['全市', '合计', '总计', region.name]) : rng.pick(['合计', '全县', '总计', region.name, '全县合计']);
  let subLabels = city ? rng.pick([['市辖区', '县（市）'], ['一、市辖区', '二、县（市）'], ['市辖区小计', '县（市）小计'], ['城区', '县市']]) : rng.pick([['街道小计', '乡镇小计'], ['街道', '乡镇'], ['一、街道', '二、乡镇'], ['城区', '农村']]);
  const totalFirst = rng.chance(0.65);
  let subFirst = totalFirst ? rng.chance(0.85) : rng.chance(0.2);
  if (/^[一二]、/.test(subLabels[0])) subFirst = true; // numbered headings head their members
  if (!subFirst && rng.chance(0.6)) subLabels = city ? ['市辖区小计', '县（市）小计'] : ['街道小计', '乡镇小计'];
  return {
    totalLabel: VAR.altHead && rng.chance(0.6) ? rng.pick(['合　计', '总　计', '汇总', '合计', '总计', region.name + '合计', '全' + region.name.slice(-1) + '合计', '全' + region.name.slice(-1) + '总计']) : L.replace('全县', city ? '全市' : (region.name.endsWith('区') ? '全区' : region.name.endsWith('市') ? '全市' : '全县')),
    subtotals: city ? rng.chance(0.8) : rng.chance(hunt ? 0.35 : 0.25), subLabels, totalFirst, subFirst, indent: rng.chance(0.5),
    zero: rng.pick(['—', '—', '-', 'blank', '0']), na: rng.pick(['—', '—', 'blank', '-']),
    thousands: rng.chance(0.3), year,
  };
}
function mkStyle(rng, base, region, extra) {
  const st = Object.assign({}, base, extra);
  const unitWord = region.kind === 'city' ? rng.pick(['地区', '县（市、区）', '单位', '区域']) : rng.pick(['乡镇（街道）', '乡镇(街道)', '单位', '地区', '乡镇街道']);
  st.firstHead = st.firstHead || unitWord;
  st.seq = st.seq !== undefined ? st.seq : rng.chance(0.25);
  st.code = VAR.code && rng.chance(0.8) ? rng.pick(['行政区划代码', '区划代码', '代码', '统计用区划代码']) : null;
  st.colNum = rng.chance(0.2);
  st.tableNo = rng.chance(0.3) ? rng.pick(['表1', '附表', '表2-1', '表3']) : null;
  st.unitRight = rng.chance(0.6);
  const dept = region.name + '民政局';
  st.fillTop = rng.chance(0.3) ? '填报单位：' + dept : null;
  const foots = [`填报单位：${dept}　　负责人：王建国　　填表人：李娜　　填表日期：${base.year + 1}年1月${rng.int(5, 28)}日`, `填表人：张敏　审核人：刘强　报出日期：${base.year + 1}年${rng.int(1, 3)}月${rng.int(1, 28)}日`, `单位负责人：　　　统计负责人：　　　填表人：　　　联系电话：0${rng.int(310, 919)}-${rng.int(2000000, 8999999)}`];
  st.footer = rng.chance(0.5) ? rng.pick(foots) : null;
  return st;
}
function notesFor(rng, st, kinds) {
  const ns = [];
  const items = [];
  if (kinds.includes('occ')) items.push('入住率=在院老人数÷床位数×100%');
  if (kinds.includes('nshare')) items.push('护理型床位占比=护理型床位数÷床位总数×100%');
  if (kinds.includes('perk')) items.push('每千名老年人拥有养老床位=养老床位数÷60岁及以上老年人口×1000');
  if (kinds.includes('cov')) items.push('覆盖率=已建有养老服务设施的社区（村）数÷社区（村）总数×100%');
  if (kinds.includes('round')) items.push('部分数据因四舍五入，合计与分项之和可能略有出入');
  if (kinds.includes('mixpp')) items.push('入住率、占比、覆盖率等比率指标的“增长”栏为增减百分点');
  const pre = [`统计时间截至${st.year}年12月31日`, ...items, '“—”表示无此项或数据为零'];
  if (!rng.chance(0.75)) return null;
  const use = pre.filter((x, i) => i === 0 || rng.chance(0.8));
  if (rng.chance(0.5)) return ['注：' + use.map((x, i) => `${i + 1}.${x}。`).join('')];
  return use.map((x, i) => (i === 0 ? '注：' : '　　') + `${i + 1}.${x}。`);
}

const QZ_BASE = [['　其中：公办', '　　　　民办'], ['其中：公办养老机构', '　　　民办养老机构'], ['　#公办', '　#民办'], ['其中：公办', '　　　民办'], ['　其中：公办', '　　　民办']];
const QZ_MORE = [['其中：公办', '民办'], ['　　公办', '　　民办'], ['其中：', '　公办', '　民办'], ['　其中：', '　　公办机构', '　　民办机构'], ['　其中：公办养老机构', '　　　　　民办养老机构'], ['其中:公办', '　　  民办'], ['  其中：公建公营', '        民办（含公建民营）'], ['　1.公办', '　2.民办'], ['　（1）公办', '　（2）民办']];
function qzPair(rng) { return VAR.qizhong ? rng.pick(QZ_BASE.concat(QZ_MORE, QZ_MORE)) : rng.pick(QZ_BASE); }
const TEMPLATES = {
  inst(rng, region, base, cat) {
    const two = rng.chance(0.6);
    let cols = two ? [
      { g: '养老机构（个）', h: '合计', m: 'inst', u: '个' }, { g: '养老机构（个）', h: rng.pick(['公办', '其中：公办']), m: 'pub', u: '个' }, { g: '养老机构（个）', h: '民办', m: 'priv', u: '个' },
      { g: '床位数（张）', h: rng.pick(['合计', '小计', '床位总数']), m: 'beds', u: '张' }, { g: '床位数（张）', h: rng.pick(['其中：护理型床位', '护理型床位', '#护理型']), m: 'nursing', u: '张' },
      { h: rng.pick(['在院老人数（人）', '入住老人（人）', '年末在院人数（人）']), m: 'res', u: '人' }, { h: cat.occ.pct ? '入住率' : '入住率（%）', m: 'occ', u: '%' }, { h: cat.occ.pct ? '护理型床位占比' : '护理型床位占比（%）', m: 'nshare', u: '%' },
    ] : [
      { h: '养老机构数（个）', m: 'inst', u: '个' }, { h: rng.pick(['公办机构（个）', '其中：公办（个）']), m: 'pub', u: '个' }, { h: '民办机构（个）', m: 'priv', u: '个' },
      { h: '床位数（张）', m: 'beds', u: '张' }, { h: rng.pick(['护理型床位（张）', '其中：护理型床位（张）']), m: 'nursing', u: '张' },
      { h: '在院老人数（人）', m: 'res', u: '人' }, { h: cat.occ.pct ? '入住率' : '入住率（%）', m: 'occ', u: '%' }, { h: cat.occ.pct ? '护理型床位占比' : '护理型床位占比（%）', m: 'nshare', u: '%' },
    ];
    if (rng.chance(0.3)) cols = cols.filter((c) => c.m !== 'nshare');
    if (rng.chance(0.15)) cols = cols.filter((c) => c.m !== 'pub' && c.m !== 'priv');
    if (rng.chance(0.3) && cols.some((c) => c.m === 'pub')) { // 其中 only 公办 shown
      if (rng.chance(0.5)) cols = cols.filter((c) => c.m !== 'priv');
    }
    const unitsRow = rng.chance(0.15);
    if (unitsRow) cols = cols.map((c) => Object.assign({}, c, { g: c.g && c.g.replace(/（.*）/, ''), h: c.h.replace(/（[个张人%]）/, '') }));
    const st = mkStyle(rng, base, region, { title: `${region.name}${base.year}年养老机构及床位情况${rng.pick(['统计表', '', '表', '汇总表'])}`, unitLine: unitsRow ? null : (rng.chance(0.4) ? '单位：个、张、人、%' : null), unitsRow });
    st.notes = notesFor(rng, st, ['occ', 'nshare']);
    return { name: rng.pick(['养老机构', '机构床位', '表1', 'Sheet1', '养老机构床位']), kind: 'rows', cols, st };
  },
  pop(rng, region, base, cat) {
    const popH = cat.pop.type === 'wan' ? '60岁及以上老年人口（万人）' : rng.pick(['60岁及以上老年人口（人）', '60周岁以上老年人口（人）', '老年人口数（人）']);
    let cols = [{ h: popH, m: 'pop', u: cat.pop.type === 'wan' ? '万人' : '人' }, { h: rng.pick(['养老床位数（张）', '养老床位（张）', '床位总数（张）']), m: 'beds', u: '张' }, { h: rng.pick(['每千名老年人拥有养老床位（张）', '每千名老年人养老床位数（张）', '千人床位数（张/千人）']), m: 'perk', u: '张' }];
    if (rng.chance(0.5)) cols.unshift({ h: '养老机构（个）', m: 'inst', u: '个' });
    if (rng.chance(0.5)) cols.push({ h: rng.pick(['社区养老服务设施（个）', '社区养老服务站点（个）']), m: 'fac', u: '个' });
    if (rng.chance(0.3)) { const i = cols.findIndex((c) => c.m === 'beds'); cols.splice(i + 1, 0, { h: '其中：护理型床位（张）', m: 'nursing', u: '张' }); }
    const st = mkStyle(rng, base, region, { title: `${base.year}年${region.name}${rng.pick(['养老床位与老年人口情况', '每千名老年人拥有养老床位情况', '养老服务床位统计'])}`, unitLine: null });
    st.notes = notesFor(rng, st, ['perk', cat.pop.type === 'wan' ? 'round' : '']);
    return { name: rng.pick(['床位', '千人床位', '表2', 'Sheet2', '老年人口与床位']), kind: 'rows', cols, st };
  },
  cov(rng, region, base, cat) {
    const two = rng.chance(0.7);
    let cols = two ? [
      { g: '城市社区', h: '社区数（个）', m: 'comm', u: '个' }, { g: '城市社区', h: rng.pick(['已建养老服务设施（个）', '其中：已建设施社区（个）', '已覆盖（个）']), m: 'commCov', u: '个' }, { g: '城市社区', h: '覆盖率（%）', m: 'commRate', u: '%' },
      { g: rng.pick(['农村', '农村（行政村）', '行政村']), h: '行政村数（个）', m: 'vill', u: '个' }, { g: rng.pick(['农村', '农村（行政村）', '行政村']), h: rng.pick(['已建养老服务站点（个）', '其中：已建站点（个）', '已覆盖（个）']), m: 'villCov', u: '个' }, { g: '', h: '覆盖率（%）', m: 'villRate', u: '%' },
    ] : [
      { h: '城市社区数（个）', m: 'comm', u: '个' }, { h: '已建设施社区数（个）', m: 'commCov', u: '个' }, { h: '城市社区覆盖率（%）', m: 'commRate', u: '%' },
      { h: '行政村数（个）', m: 'vill', u: '个' }, { h: '已建站点村数（个）', m: 'villCov', u: '个' }, { h: '农村覆盖率（%）', m: 'villRate', u: '%' },
    ];
    if (two) { cols[4].g = cols[3].g; cols[5].g = cols[3].g; }
    if (cat.occ.pct) cols = cols.map((c) => Object.assign({}, c, { h: c.h.replace('（%）', '') }));
    if (rng.chance(0.4)) cols.unshift({ h: rng.pick(['社区养老服务设施（个）', '养老服务设施和站点（个）']), m: 'fac', u: '个' });
    const st = mkStyle(rng, base, region, { title: `${region.name}${base.year}年社区养老服务设施覆盖情况`, unitLine: null });
    st.notes = notesFor(rng, st, ['cov']);
    return { name: rng.pick(['社区养老', '覆盖率', '表3', 'Sheet3', '社区设施']), kind: 'rows', cols, st };
  },
  staff(rng, region, base, cat) {
    const certAfter = rng.chance(0.6);
    let sc = [{ g: '从业人员（人）', h: '合计', m: 'staff', u: '人' }, { g: '从业人员（人）', h: '管理人员', m: 'mgmt', u: '人' }, { g: '从业人员（人）', h: '专业技术人员', m: 'prof', u: '人' }, { g: '从业人员（人）', h: '护理员', m: 'nurse', u: '人' }];
    const cert = { g: '从业人员（人）', h: rng.pick(['其中：持证护理员', '#持证上岗', '其中：持证']), m: 'cert', u: '人' };
    if (certAfter) sc.push(cert);
    sc.push({ g: '从业人员（人）', h: '其他', m: 'other', u: '人' });
    if (!certAfter) sc.push(cert);
    const fc = [{ g: '经费（万元）', h: '合计', m: 'fund', u: '万元' }, { g: '经费（万元）', h: rng.pick(['财政补助', '财政投入']), m: 'fis', u: '万元' }, { g: '经费（万元）', h: rng.pick(['福彩公益金', '福利彩票公益金']), m: 'lot', u: '万元' }, { g: '经费（万元）', h: rng.pick(['其他', '社会资金']), m: 'oth', u: '万元' }];
    const pick = rng.pick(['both', 'both', 'staff', 'fund']);
    let cols = pick === 'both' ? sc.concat(fc) : pick === 'staff' ? sc : fc;
    if (pick === 'fund' && rng.chance(0.5)) cols = cols.map((c) => Object.assign({}, c, { g: '养老服务经费（万元）' }));
    const st = mkStyle(rng, base, region, { title: `${region.name}${base.year}年养老服务${pick === 'fund' ? '经费' : pick === 'staff' ? '从业人员' : '从业人员及经费'}情况`, unitLine: null });
    st.notes = notesFor(rng, st, [cat.fund.dp > 0 ? 'round' : '']);
    return { name: rng.pick(['人员经费', '从业人员', '表4', 'Sheet4', '经费']), kind: 'rows', cols, st };
  },
  yoy(rng, region, base, cat) {
    const y = base.year; const yl = VAR.yearNum ? [y, y - 1] : rng.chance(0.5) ? [`${y}年`, `${y - 1}年`] : ['本年', '上年'];
    const gh = rng.pick(['增长（%）', '增长率（%）', '比上年增长（%）', '增减率（%）']);
    let cols = [{ g: '床位数（张）', h: yl[0], m: 'beds', u: '张' }, { g: '床位数（张）', h: yl[1], m: 'beds_p', u: '张' }, { g: '床位数（张）', h: rng.pick(['增减', '增减数', '增（+）减（-）']), m: 'beds_d', u: '张' }, { g: '床位数（张）', h: gh, m: 'beds_g', u: '%' }];
    if (rng.chance(0.3)) cols = cols.filter((c) => c.m !== 'beds_d');
    if (rng.chance(0.6)) cols.push({ g: '在院老人（人）', h: yl[0], m: 'res', u: '人' }, { g: '在院老人（人）', h: yl[1], m: 'res_p', u: '人' });
    if (!cat.occ.pct && rng.chance(0.7)) cols.push({ g: '入住率（%）', h: yl[0], m: 'occ', u: '%' }, { g: '入住率（%）', h: yl[1], m: 'occ_p', u: '%' }, { g: '入住率（%）', h: rng.pick(['增减（百分点）', '增减百分点', '±百分点']), m: 'occ_d', u: '百分点' });
    if (rng.chance(0.35)) cols.unshift({ g: '养老机构（个）', h: yl[0], m: 'inst', u: '个' }, { g: '养老机构（个）', h: yl[1], m: 'inst_p', u: '个' }, { g: '养老机构（个）', h: gh, m: 'inst_g', u: '%' });
    if (cat.fund.dp > 0 && rng.chance(0.3)) cols.push({ g: '经费（万元）', h: yl[0], m: 'fund', u: '万元' }, { g: '经费（万元）', h: yl[1], m: 'fund_p', u: '万元' }, { g: '经费（万元）', h: gh, m: 'fund_g', u: '%' });
    const st = mkStyle(rng, base, region, { title: `${region.name}${y}年养老床位及入住情况（与上年比较）`, unitLine: null });
    st.notes = notesFor(rng, st, ['occ']);
    return { name: rng.pick(['同比', '本年与上年', '表5', 'Sheet5', '床位变动']), kind: 'rows', cols, st };
  },
  city(rng, region, base, cat) {
    let cols = [{ g: '养老机构（个）', h: '合计', m: 'inst', u: '个' }, { g: '养老机构（个）', h: '公办', m: 'pub', u: '个' }, { g: '养老机构（个）', h: '民办', m: 'priv', u: '个' },
      { g: '养老床位（张）', h: '合计', m: 'beds', u: '张' }, { g: '养老床位（张）', h: '其中：护理型', m: 'nursing', u: '张' },
      { h: cat.pop.type === 'wan' ? '60岁及以上老年人口（万人）' : '60岁及以上老年人口（人）', m: 'pop', u: cat.pop.type === 'wan' ? '万人' : '人' }, { h: '每千名老年人拥有养老床位（张）', m: 'perk', u: '张' }];
    if (rng.chance(0.4)) cols.splice(5, 0, { h: cat.occ.pct ? '护理型床位占比' : '护理型床位占比（%）', m: 'nshare', u: '%' });
    const st = mkStyle(rng, base, region, { title: `${region.name}${base.year}年养老服务主要指标（分地区）`, unitLine: null });
    st.notes = notesFor(rng, st, ['perk', 'nshare', 'round']);
    return { name: rng.pick(['分地区', '主要指标', '表1', 'Sheet1', '分县区']), kind: 'rows', cols, st };
  },
  ind(rng, region, base, cat) {
    const y = base.year;
    const popU = cat.pop.type === 'wan' ? '万人' : '人';
    const pp = qzPair(rng);
    const ind = (h, u, id, opt = {}) => ({ h, u, ids: { cur: id, prev: id + '_p', diff: cat[id + '_d'] ? id + '_d' : null, gr: opt.gr === false ? null : (cat[id + '_g'] ? id + '_g' : null), rate: opt.rate } });
    let rows = [
      ind('养老机构', '个', 'inst'), ...(pp.length === 3 ? [{ h: pp[0], u: '', ids: {}, blank: true }] : []), ind(pp[pp.length - 2], '个', 'pub'), ind(pp[pp.length - 1], '个', 'priv'),
      ind(rng.pick(['养老床位', '养老机构床位数', '床位数']), '张', 'beds'), ind(rng.pick(['　其中：护理型床位', '　#护理型床位']), '张', 'nursing'),
      ind(rng.pick(['在院（入住）老人', '年末在院老人数', '入住老人']), '人', 'res'),
      ind('入住率', '%', 'occ', { rate: true }), ind('护理型床位占比', '%', 'nshare', { rate: true }),
      ind('60岁及以上老年人口', popU, 'pop'), ind('每千名老年人拥有养老床位', '张', 'perk', { rate: true, gr: rng.chance(0.5) ? undefined : false }),
      ind(rng.pick(['社区养老服务设施', '社区养老服务站点']), '个', 'fac'),
    ];
    if (rng.chance(0.4)) rows.push(ind('城市社区', '个', 'comm'), ind('　其中：已建养老服务设施', '个', 'commCov'));
    rows.push(ind('城市社区养老服务设施覆盖率', '%', 'commRate', { rate: true }));
    if (rng.chance(0.3)) rows.push(ind('行政村', '个', 'vill'), ind('　其中：已建养老服务站点', '个', 'villCov'));
    rows.push(ind(rng.pick(['农村养老服务设施覆盖率', '农村互助养老服务覆盖率']), '%', 'villRate', { rate: true }));
    if (rng.chance(0.7)) rows.push(ind('养老服务从业人员', '人', 'staff'), ind('　其中：护理员', '人', 'nurse'));
    if (rng.chance(0.7)) rows.push(ind(rng.pick(['养老服务经费', '养老服务投入资金']), '万元', 'fund'));
    if (rng.chance(0.25)) rows = rows.filter((r) => r.ids.cur !== 'nshare');
    if (cat.occ.pct) rows = rows.map((r) => r.ids.rate && r.ids.cur !== 'perk' ? Object.assign({}, r, { u: '' }) : r);
    // staff: sumOf parts absent -> fine. nurse le staff: add relation via catalog? nurse is part of staff sum; add le manually below
    let cur = rng.chance(0.5) ? `${y}年` : '本年', prev = cur === '本年' ? '上年' : `${y - 1}年`;
    if (VAR.yearNum) { cur = y; prev = y - 1; }
    const style = rng.pick(['full', 'full', 'nodiff', 'mixpp', 'nogrowth']);
    let pcols = [{ h: cur, k: 'cur' }, { h: prev, k: 'prev' }];
    if (rng.chance(0.2)) pcols.reverse();
    const gh = rng.pick(['增长（%）', '比上年增长（%）', '增长率（%）', '同比增长（%）']);
    if (style === 'full') pcols.push({ h: rng.pick(['增减', '增减量', '比上年增减']), k: 'diff' }, { h: gh, k: 'gr' });
    if (style === 'nodiff') pcols.push({ h: gh, k: 'gr' });
    if (style === 'nogrowth') pcols.push({ h: rng.pick(['增减', '比上年增减（±）']), k: 'diff' });
    if (style === 'mixpp') { pcols.push({ h: rng.pick(['增长（%）', '增长（%、百分点）', '比上年增长（%）']), k: 'gr' }); rows = rows.map((r) => r.ids.rate && r.ids.cur !== 'perk' ? Object.assign({}, r, { ids: Object.assign({}, r.ids, { gr: cat.occ.pct ? null : r.ids.diff }) }) : r); }
    if (cat.occ.pct) rows = rows.map((r) => r.ids.rate && r.ids.cur !== 'perk' ? Object.assign({}, r, { ids: Object.assign({}, r.ids, { diff: null, gr: null }) }) : r);
    const st = mkStyle(rng, base, region, { title: `${region.name}${y}年养老服务${rng.pick(['主要指标', '基本情况', '发展主要指标', '统计快报'])}`, unitLine: null, indHead: rng.pick(['指标', '指标名称', '项目']), unitHead: rng.pick(['单位', '计量单位']) });
    st.notes = notesFor(rng, st, ['occ', 'perk', style === 'mixpp' ? 'mixpp' : '']);
    if (style === 'mixpp' && !st.notes) st.notes = ['注：比率指标“增长”栏为增减百分点。'];
    return { name: rng.pick(['主要指标', '基本情况', '表1', '指标', '综合']), kind: 'ind', rows, pcols, st };
  },
  cols(rng, region, base, cat) {
    const pp = qzPair(rng);
    let rows = [{ h: '养老机构', u: '个', m: 'inst' }, ...(pp.length === 3 ? [{ h: pp[0], u: '', blank: true }] : []), { h: pp[pp.length - 2], u: '个', m: 'pub' }, { h: pp[pp.length - 1], u: '个', m: 'priv' }, { h: '床位数', u: '张', m: 'beds' }, { h: '　其中：护理型床位', u: '张', m: 'nursing' }, { h: '在院老人', u: '人', m: 'res' }, { h: '入住率', u: cat.occ.pct ? '' : '%', m: 'occ' }, { h: '60岁及以上老年人口', u: cat.pop.type === 'wan' ? '万人' : '人', m: 'pop' }, { h: '每千名老年人拥有养老床位', u: '张', m: 'perk' }];
    if (rng.chance(0.4)) rows.push({ h: '社区养老服务设施', u: '个', m: 'fac' });
    if (rng.chance(0.3)) rows = rows.filter((r) => r.m !== 'pop' && r.m !== 'perk');
    if (rng.chance(0.3)) rows = rows.filter((r) => r.m !== 'pub' && r.m !== 'priv');
    const st = mkStyle(rng, base, region, { title: `${region.name}${base.year}年分${region.kind === 'city' ? '县（市、区）' : '乡镇（街道）'}养老服务情况`, unitLine: null, indHead: rng.pick(['指标', '项目', '指标名称']), unitHead: rng.pick(['单位', '计量单位']) });
    st.notes = notesFor(rng, st, ['occ', 'perk']);
    return { name: rng.pick(['分乡镇', '分地区', '表2', 'Sheet2', '横表']), kind: 'cols', rows, st };
  },
};

const ALT = [['在院老人数', '在院人数'], ['在院老人', '年末收住老人'], ['入住率', '床位利用率'], ['护理型床位占比', '护理型床位比例'], ['每千名老年人拥有养老床位', '每千名老人拥有养老床位数'], ['60岁及以上老年人口', '60周岁及以上户籍老年人口'], ['养老机构', '养老服务机构'], ['床位数', '床位'], ['社区养老服务设施', '社区居家养老服务中心（站）'], ['从业人员', '工作人员'], ['覆盖率', '覆盖比例'], ['行政村数', '村数'], ['增减', '增减(±)'], ['经费', '资金投入']];
function altify(spec, rng) {
  const half = rng.chance(0.4), reps = ALT.filter(() => rng.chance(0.5)), sp = rng.chance(0.2);
  const f = (x) => { if (typeof x !== 'string') return x; for (const [a, b] of reps) x = x.split(a).join(b); if (half) x = x.replace(/（/g, '(').replace(/）/g, ')'); if (sp && x === '合计') x = '合　计'; if (sp && x === '小计') x = '小　计'; return x; };
  for (const c of spec.cols || []) { c.h = f(c.h); if (c.g) c.g = f(c.g); }
  for (const r of spec.rows || []) r.h = f(r.h);
  for (const p of spec.pcols || []) p.h = f(p.h);
  spec.st.firstHead = f(spec.st.firstHead); spec.st.title = f(spec.st.title);
}
function periodTable(g, cat, entries, rows, pcols, st) {
  const ncol = 1 + rows.filter((x) => !x.blank).length;
  let r = st.r0 || 1;
  if (st.tableNo) { g.set(r, 1, st.tableNo); r++; }
  r = writeTitleEtc(g, st, ncol, r);
  const rs = rows.filter((x) => !x.blank);
  g.set(r, 1, st.periodHead);
  if (st.unitSub) { g.merge(r, 1, r + 1, 1); rs.forEach((x, i) => { g.set(r, 2 + i, x.h.trim().replace(/^[　#]+/, '')); g.set(r + 1, 2 + i, x.u || null); }); r += 2; }
  else { rs.forEach((x, i) => g.set(r, 2 + i, x.h.trim().replace(/^[　#]+/, '') + (x.u ? `（${x.u}）` : ''))); r++; }
  const cellOf = new Map();
  for (const p of pcols) {
    g.set(r, 1, p.h);
    rs.forEach((row, i) => {
      const id = row.ids[p.k];
      if (!id) { g.set(r, 2 + i, st.na === 'blank' ? null : st.na); return; }
      placeValue(g, r, 2 + i, cat, entries[0], id, st); cellOf.set('0|' + id, { r, c: 2 + i });
    });
    r++;
  }
  writeFoot(g, st, r, ncol);
  return cellOf;
}
function seriesBook(rng, region, base, cat, g) {
  const n = rng.int(4, 9); const y1 = base.year;
  const list = [Object.assign({}, region.total)];
  for (let i = 1; i < n; i++) {
    const nx = list[0], s = {};
    s.inst = Math.max(1, Math.round(nx.inst / (1 + rng.uni(-0.03, 0.12))));
    s.beds = Math.max(10, Math.round(nx.beds / (1 + rng.uni(-0.04, 0.15))));
    s.nursing = Math.round(s.beds * Math.min(0.95, Math.max(0.05, nx.nursing / nx.beds - rng.uni(0, 0.06))));
    s.res = Math.round(s.beds * rng.uni(0.4, 0.85));
    s.pop = Math.round(nx.pop / (1 + rng.uni(0.01, 0.05)));
    list.unshift(s);
  }
  const years = list.map((_, i) => y1 - n + 1 + i);
  const entries = list.map((s, i) => ({ label: VAR.yearNum ? years[i] : rng.chance(0.5) ? `${years[i]}年` : String(years[i]), stats: Object.assign({}, s, { beds_p: i ? list[i - 1].beds : 0, inst_p: i ? list[i - 1].inst : 0 }), role: 'total', members: [] }));
  for (const e of entries) for (const f of Object.keys(cat)) if (cat[f].field && e.stats[cat[f].field] === undefined) e.stats[cat[f].field] = 0;
  let cols = [{ h: '养老机构（个）', m: 'inst' }, { h: rng.pick(['床位数（张）', '养老床位（张）']), m: 'beds' }, { h: rng.pick(['比上年增长（%）', '增长（%）', '年增长率（%）']), m: 'beds_g' }, { h: '其中：护理型床位（张）', m: 'nursing' }, { h: '在院老人（人）', m: 'res' }, { h: cat.occ.pct ? '入住率' : '入住率（%）', m: 'occ' }, { h: cat.pop.type === 'wan' ? '60岁及以上老年人口（万人）' : '60岁及以上老年人口（人）', m: 'pop' }, { h: '每千名老年人拥有养老床位（张）', m: 'perk' }];
  if (rng.chance(0.4)) cols = cols.filter((c) => c.m !== 'nursing');
  if (rng.chance(0.3)) cols = cols.filter((c) => c.m !== 'res' && c.m !== 'occ');
  const st = mkStyle(rng, base, region, { title: `${region.name}${years[0]}—${y1}年养老服务发展情况`, unitLine: null, firstHead: rng.pick(['年份', '年度', '年　份']), seq: false });
  st.code = null; st.colNum = false;
  st.notes = notesFor(rng, st, ['occ', 'perk']);
  const cellOf = rowsTable(g, cat, entries, cols, st);
  const br = buildRels(g, entries, cat, cellOf);
  // growth vs previous row; first row shows no growth
  br.rels = br.rels.filter((x) => x.t !== 'growth');
  br.plant = br.plant.filter((x) => x.kind !== 'change');
  const q = (ei, id) => { const p = cellOf.get(ei + '|' + id); return p ? `${g.name}!${addr(p.r, p.c)}` : null; };
  entries.forEach((e, i) => {
    if (!i || !q(i, 'beds_g')) return;
    const c = e.stats.beds, p = entries[i - 1].stats.beds;
    br.rels.push({ t: 'growth', cell: q(i, 'beds_g'), cur: q(i, 'beds'), prev: q(i - 1, 'beds'), tol: hOf(cat.beds_g) + 1e-6 });
  });
  return { entries, ...br };
}
// ---------- book ----------
function makeBook(seed, opt = {}) {
  for (const k of Object.keys(VAR)) delete VAR[k];
  Object.assign(VAR, opt.v || {});
  const rng = makeRng(seed);
  const region = (opt.city !== undefined ? opt.city : rng.chance(0.35)) ? genCity(rng) : genCounty(rng);
  const year = rng.int(2020, 2024);
  const cat = mkCat({ popWan: region.kind === 'city' ? rng.chance(0.8) : rng.chance(0.35), popDp: rng.pick([2, 2, 1]), fundDp: rng.pick([2, 2, 1]), rateDp: rng.pick([1, 1, 1, 2]), perkDp: rng.pick([1, 1, 2]), gDp: rng.pick([1, 1, 2]), pct: rng.chance(opt.pctP !== undefined ? opt.pctP : 0.1), ppFromPub: VAR.raw ? false : rng.chance(0.5) });
  if (VAR.coarse) { for (const f of ['fund', 'fis', 'lot', 'oth']) for (const P of ['', '_p', '_d']) if (cat[f + P]) cat[f + P].dp = 1; if (cat.pop.type === 'wan' && region.kind === 'city') for (const P of ['', '_p', '_d']) cat['pop' + P].dp = 1; }
  if (cat.pop.type === 'wan' && region.kind === 'county' && cat.pop.dp === 1) cat.pop.dp = 2, cat.pop_p.dp = 2, cat.pop_d.dp = 2;
  const base = sharedStyle(rng, region, year, opt.hunt);
  const names = opt.templates || (region.kind === 'city' ? ['city', 'inst', 'pop', 'ind', 'cols', 'cov', 'staff', 'yoy'] : ['inst', 'pop', 'ind', 'cols', 'cov', 'staff', 'yoy']).concat(VAR.extraLayouts ? ['prows', 'series', 'prows', 'series'] : []);
  const nSheets = opt.nSheets || rng.pick([1, 1, 2, 2, 3]);
  let chosen = opt.first ? [opt.first] : [];
  for (const n of rng.shuffle(names)) if (chosen.length < nSheets && !chosen.includes(n)) chosen.push(n);
  const sheets = []; const used = new Set(); let rels = []; let plant = [];
  let prevG = null;
  for (const [ti, tn] of chosen.entries()) {
    if (tn === 'series') {
      let nm = rng.pick(['历年', '历年情况', '表6', '发展情况']); while (used.has(nm)) nm += '2'; used.add(nm);
      const g = new Grid(nm); const sb = seriesBook(rng, region, base, cat, g);
      rels = rels.concat(sb.rels); plant = plant.concat(sb.plant); sheets.push({ g }); continue;
    }
    const spec = TEMPLATES[tn === 'prows' ? 'ind' : tn](rng, region, base, cat);
    if (tn === 'prows') { spec.kind = 'prows'; spec.st.periodHead = rng.pick(['项目', '时期', '', '指标']); spec.st.unitSub = rng.chance(0.5); }
    if (VAR.altHead) altify(spec, rng);
    let g;
    if (VAR.stack && ti === 1 && prevG) { g = prevG; spec.st.r0 = g.maxR + rng.int(2, 3); }
    else {
      let nm = spec.name; let k = 2; while (used.has(nm)) nm = spec.name + k++;
      used.add(nm); g = new Grid(nm);
    }
    const entries = buildEntries(rng, region, base);
    let cellOf;
    if (spec.kind === 'prows') cellOf = periodTable(g, cat, [entries.find((e) => e.role === 'total')], spec.rows, spec.pcols, spec.st);
    else if (spec.kind === 'rows') cellOf = rowsTable(g, cat, entries, spec.cols, spec.st);
    else if (spec.kind === 'cols') {
      let ents = entries;
      if (ents.length > 16) { const keep = new Set(); ents.forEach((e, i) => { if (e.role !== 'unit') keep.add(i); }); } // wide is fine
      cellOf = colsTable(g, cat, ents, spec.rows, spec.st);
    } else cellOf = indTable(g, cat, [entries.find((e) => e.role === 'total')].map((e) => Object.assign({}, e, { members: [] })), spec.rows, spec.pcols, spec.st);
    const entsForRel = spec.kind === 'ind' || spec.kind === 'prows' ? [Object.assign({}, entries.find((e) => e.role === 'total'), { members: [], role: 'total' })] : entries;
    const br = buildRels(g, entsForRel, cat, cellOf);
    if (spec.kind === 'ind' || spec.kind === 'prows') { // nurse <= staff in indicator table (其中)
      const qs = (id) => { const p = cellOf.get('0|' + id); return p ? `${g.name}!${addr(p.r, p.c)}` : null; };
      for (const P of ['', '_p']) if (qs('nurse' + P) && qs('staff' + P)) br.rels.push({ t: 'le', whole: qs('staff' + P), parts: [qs('nurse' + P)], tol: 1e-6 });
    }
    rels = rels.concat(br.rels); plant = plant.concat(br.plant);
    if (g !== prevG) sheets.push({ g, widths: spec.kind });
    prevG = g;
  }
  return { seed, region: region.name, sheets, rels, plant, templates: chosen };
}
function getter(book) {
  const map = new Map(book.sheets.map((s) => [s.g.name, s.g]));
  return (q) => { const i = q.lastIndexOf('!'); return map.get(q.slice(0, i)).cells.get(q.slice(i + 1)); };
}
function breaks(book, q) {
  const get = getter(book);
  return book.rels.filter((r) => relCells(r).includes(q)).some((r) => { const x = evalRel(r, get); return x != null && x > 1e-9; });
}
function plantBook(book, rng, kindOrder) {
  for (const kind of kindOrder) {
    const cands = rng.shuffle(book.plant.filter((p) => p.kind === kind));
    for (const p of cands.slice(0, 6)) {
      const g = book.sheets.find((s) => s.g.name === p.sheet).g;
      const was = g.cells.get(p.a);
      let opts = rng.shuffle(p.alts);
      const gen = rng.shuffle(genericSlips(was, p.dp, rng));
      opts = rng.chance(0.55) ? opts.concat(gen) : gen.concat(opts);
      for (const o of opts) {
        let now = rnd(o.v, p.dp);
        if (Math.abs(now - was) < 1e-9) continue;
        if ((p.kind === 'total' || p.kind === 'part' || p.kind === 'rate' || p.kind === 'perthousand') && now < 0) continue;
        g.cells.set(p.a, now);
        if (breaks(book, p.cell)) return { sheet: p.sheet, cell: p.a, was, now, kind, how: o.how };
        g.cells.set(p.a, was);
      }
    }
  }
  return null;
}
function cloneBook(b) {
  return Object.assign({}, b, { sheets: b.sheets.map((s) => { const g = new Grid(s.g.name); g.cells = new Map(s.g.cells); g.fmt = s.g.fmt; g.merges = s.g.merges; g.maxC = s.g.maxC; g.maxR = s.g.maxR; return Object.assign({}, s, { g }); }) });
}
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const g = s.g; const ws = wb.addWorksheet(g.name);
    for (const [a, v] of g.cells) { if (v === null || v === undefined) continue; const c = ws.getCell(a); c.value = v; const f = g.fmt.get(a); if (f && typeof v === 'number') c.numFmt = f; }
    for (const [r1, c1, r2, c2] of g.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { /* overlapping merge: skip */ } }
    ws.getColumn(1).width = 22;
    for (let c = 2; c <= g.maxC; c++) ws.getColumn(c).width = 12;
  }
  await wb.xlsx.writeFile(file);
}

// ---------- sets ----------
const KINDS = ['total', 'part', 'rate', 'change', 'perthousand'];
async function genSet(set, plan) {
  const dir = path.join(OUT, set); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  const manifest = [], relOut = [];
  for (const item of plan) {
    await writeBook(item.book, path.join(dir, item.file));
    manifest.push({ file: item.file, plants: item.plants, templates: item.book.templates, region: item.book.region, seed: item.book.seed });
    relOut.push({ file: item.file, rels: item.book.rels });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(OUT, 'rel', set + '.json'), JSON.stringify(relOut));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${set}: ${manifest.length} books (${manifest.length - np} clean, ${np} planted)`);
}
function planCases() {
  const plan = []; let n = 0; let ki = 0;
  const firsts = ['inst', 'pop', 'ind', 'yoy', 'cols', 'city', 'cov', 'staff'];
  for (let b = 0; b < 15; b++) {
    const base = makeBook(1000 + b, { first: firsts[b % firsts.length] === 'city' ? undefined : firsts[b % firsts.length], city: firsts[b % firsts.length] === 'city' ? true : undefined, nSheets: b % 3 === 0 ? 1 : 2 });
    plan.push({ file: `c${String(++n).padStart(3, '0')}.xlsx`, book: base, plants: [] });
    for (let t = 0; t < 2; t++) {
      const tw = cloneBook(base); const rng = makeRng(5000 + b * 10 + t);
      const order = KINDS.slice(ki % 5).concat(KINDS.slice(0, ki % 5)); ki++;
      const pl = plantBook(tw, rng, order);
      if (!pl) continue;
      plan.push({ file: `c${String(++n).padStart(3, '0')}.xlsx`, book: tw, plants: [pl] });
    }
  }
  return plan;
}
function planProbe(prefix, seed0, nClean, nPlant, opt = {}) {
  const plan = []; let n = 0; let ki = 0;
  const firsts = ['inst', 'pop', 'ind', 'yoy', 'cols', 'city', 'cov', 'staff'];
  for (let i = 0; i < nClean + nPlant; i++) {
    const f = firsts[i % firsts.length];
    const o = Object.assign({}, opt, f === 'city' ? { city: true } : { first: f });
    const book = makeBook(seed0 + i, o);
    let plants = [];
    if (i % 2 === 1) {
      const rng = makeRng(seed0 + 77777 + i);
      const order = KINDS.slice(ki % 5).concat(KINDS.slice(0, ki % 5));
      const pl = plantBook(book, rng, order);
      if (pl) { plants = [pl]; ki++; }
    }
    plan.push({ file: `${prefix}${String(++n).padStart(3, '0')}.xlsx`, book, plants });
  }
  return plan;
}
module.exports = { VAR, makeBook, makeRng, TEMPLATES, buildEntries, mkCat, rowsTable, colsTable, indTable, buildRels, Grid, writeBook, plantBook, genSet, planProbe, sumStats, genCounty, genCity };

async function main() {
  const sets = process.argv.slice(2);
  const want = (s) => sets.length === 0 || sets.includes(s);
  if (want('cases')) await genSet('cases', planCases());
  if (want('probe')) await genSet('probe', planProbe('p', 20000, 50, 50));
  if (fs.existsSync(path.join(OUT, 'hunt.js'))) {
    const hunt = require('./hunt.js');
    for (const s of Object.keys(hunt.sets)) if (sets.includes(s)) await genSet(s, hunt.sets[s]());
  }
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
