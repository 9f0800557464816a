// node gen.js SET SEED N PLANTFRACTION [VARIANT]   talent statistics (人才队伍统计) workbooks + relations + manifest
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VARS] = process.argv;
const ROOT = '/tmp/round128b';
const OUT = path.join(ROOT, SET);
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VARS || 0);
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
let s = SEED >>> 0 || 1;
const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const rd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

const CITIES = ['青川市', '临江市', '安平市', '云岭市', '南溪市', '北原市', '丰泽市', '明湖市'];
const COUNTIES = ['东城区', '西城区', '新华区', '河口区', '平山县', '永安县', '清水县', '石门县', '长宁县', '桃源县', '龙泉市', '金沙县', '白河县', '柳林县', '高峰县', '兴隆县', '凤鸣县', '松溪县'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '南岗镇', '北坡镇', '河湾乡', '石桥镇', '柳庄乡', '大营镇', '双井乡', '杨集镇', '马店镇'];
const TYPES = ['党政人才', '企业经营管理人才', '专业技术人才', '高技能人才', '农村实用人才', '社会工作人才'];

// ---------- sheet model ----------
class Sh {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.fmt = {}; this.indent = {}; this.maxc = 1; this.widths = {}; }
  set(r, c, v, fmt) { this.cells[A(r, c)] = v; if (fmt) this.fmt[A(r, c)] = fmt; if (c > this.maxc) this.maxc = c; }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(o) { this.rels.push(o); }
}
const fmtD = (d) => (d === 0 ? '0' : '0.' + '0'.repeat(d));
const label = (txt, lvl, sh, r, c, style) => { // indented label
  if (lvl && style === 'space') sh.set(r, c, '　'.repeat(lvl) + txt);
  else if (lvl && style === 'excel') { sh.set(r, c, txt); sh.indent[A(r, c)] = lvl; }
  else sh.set(r, c, txt);
};

// talent figures of one unit (a county or city); scale = size
function talent(scale) {
  const t = {};
  t['党政人才'] = Math.round(scale * (0.05 + rnd() * 0.03));
  t['企业经营管理人才'] = Math.round(scale * (0.12 + rnd() * 0.08));
  t['专业技术人才'] = Math.round(scale * (0.35 + rnd() * 0.1));
  t['高技能人才'] = Math.round(scale * (0.15 + rnd() * 0.08));
  t['农村实用人才'] = Math.round(scale * (0.12 + rnd() * 0.1));
  t['社会工作人才'] = chance(0.06) ? 0 : Math.round(scale * (0.01 + rnd() * 0.02));
  const pt = t['专业技术人才'];
  t['高级'] = Math.round(pt * (0.08 + rnd() * 0.06));
  t['中级'] = Math.round(pt * (0.3 + rnd() * 0.1));
  t['初级'] = Math.round(pt * (0.35 + rnd() * 0.1));
  t.total = TYPES.reduce((a, k) => a + t[k], 0);
  return t;
}
const prevOf = (t) => { const p = {}; for (const k of Object.keys(t)) if (k !== 'total') p[k] = t[k] === 0 ? (chance(0.5) ? 0 : ri(1, 5)) : Math.max(0, Math.round(t[k] / (1 + (rnd() * 0.16 - 0.03)))); const sub = p['高级'] + p['中级'] + p['初级']; if (sub > p['专业技术人才']) { p['初级'] -= sub - p['专业技术人才'] + ri(0, 20); if (p['初级'] < 0) p['初级'] = 0; } p.total = TYPES.reduce((a, k) => a + p[k], 0); return p; };

function growthCell(sh, r, c, cur, prev, d, curA, prevA) {
  if (!prev || prev === 0 || cur == null) { sh.set(r, c, pick(['—', '-', ''])); return; }
  const g = rd((cur / prev - 1) * 100, d); sh.set(r, c, g, fmtD(d));
  sh.rel({ type: 'growth', cell: A(r, c), cur: curA, prev: prevA, tol: 0.5 * Math.pow(10, -d) + 1e-9 });
}
function titleRows(sh, title, unit, ncol, r0) {
  let r = r0;
  sh.set(r, 1, title); sh.merge(r, 1, r, ncol); r++;
  if (unit) { sh.set(r, ncol, unit); r++; }
  return r;
}
function notes(sh, r, ncol) {
  if (!chance(0.6)) return;
  r++;
  const ns = ['注：1.人才总量为党政人才、企业经营管理人才、专业技术人才、高技能人才、农村实用人才、社会工作人才之和，未扣除交叉重复统计。', '2.专业技术人才中“其中”项为取得相应职称人员，未定级人员未单列。', '资料来源：市委组织部（人才工作领导小组办公室）。', '注：每万人口人才数按年末常住人口计算。'];
  const k = ri(1, 3);
  for (let i = 0; i < k; i++) { sh.set(r + i, 1, pick(ns)); }
}
const yr = () => ri(2019, 2024);

// ---------- T1: types as rows, two periods ----------
function T1(place) {
  const sh = new Sh(pick(['表1', '人才总量', '人才队伍基本情况', 'Sheet1']));
  const t = talent(ri(20000, 400000)), p = prevOf(t);
  const Y = yr();
  const unitCol = chance(0.35);
  const gd = pick([1, 1, 2]);
  const growKind = VARIANT === 1 ? pick(['pct', 'abs', 'both']) : pick(['pct', 'pct', 'abs', 'both']);
  const cols = ['指标'];
  if (unitCol) cols.push('计量单位');
  cols.push(`${Y}年`, `${Y - 1}年`);
  if (growKind !== 'abs') cols.push(pick(['增长(%)', '比上年增长（%）', '增速(%)']));
  if (growKind !== 'pct') cols.push(pick(['增减', '增减量']));
  const ncol = cols.length;
  let r = titleRows(sh, `${place}${Y}年人才队伍基本情况`, unitCol ? null : pick(['单位：人', '单位：人、%', '']), ncol, 1);
  cols.forEach((h, i) => sh.set(r, i + 1, h)); r++;
  const cY = unitCol ? 3 : 2, cP = cY + 1, cG = growKind !== 'abs' ? cP + 1 : null, cD = growKind === 'abs' ? cP + 1 : (growKind === 'both' ? cP + 2 : null);
  const ind = pick(['space', 'excel', 'none', 'hash']);
  const rows = [];
  const totName = pick(['人才总量', '人才资源总量', '合计', '总计']);
  rows.push({ k: 'total', name: totName, lvl: 0 });
  for (const k of TYPES) {
    rows.push({ k, name: k, lvl: 1 });
    if (k === '专业技术人才' && chance(0.85)) {
      const first = ind === 'hash' ? '#高级职称' : pick(['其中：高级职称', '其中:高级', '其中：正高级和副高级']);
      rows.push({ k: '高级', name: first, lvl: 2, sub: true });
      rows.push({ k: '中级', name: ind === 'hash' ? '#中级职称' : '中级职称', lvl: 2, sub: true });
      rows.push({ k: '初级', name: ind === 'hash' ? '#初级职称' : '初级职称', lvl: 2, sub: true });
    }
  }
  const totBottom = chance(0.25);
  if (totBottom) { const tr = rows.shift(); tr.name = pick(['合计', '总计']); rows.push(tr); }
  const addr = {};
  const textNum = chance(0.3) ? ri(0, rows.length - 1) : -1;
  rows.forEach((row, i) => {
    label(row.name, ind === 'hash' || ind === 'none' ? 0 : row.lvl, sh, r, 1, ind);
    if (unitCol) sh.set(r, 2, '人');
    const cur = t[row.k], pv = p[row.k];
    sh.set(r, cY, i === textNum ? String(cur) : cur); sh.set(r, cP, pv);
    addr[row.k] = [A(r, cY), A(r, cP)];
    if (cG) growthCell(sh, r, cG, cur, pv, gd, A(r, cY), A(r, cP));
    if (cD) { sh.set(r, cD, cur - pv); sh.rel({ type: 'diff', cell: A(r, cD), a: A(r, cY), b: A(r, cP), tol: 0.5 }); }
    r++;
  });
  // density rows
  if (chance(0.6)) {
    const pop = rd(t.total / (ri(900, 2200)) , 2), popP = rd(pop * (1 - rnd() * 0.01), 2);
    const popR = r;
    label('年末常住人口', 0, sh, r, 1, ind); if (unitCol) sh.set(r, 2, '万人'); else sh.cells[A(r, 1)] += '（万人）';
    sh.set(r, cY, pop, '0.00'); sh.set(r, cP, popP, '0.00'); if (cG) growthCell(sh, r, cG, pop, popP, gd, A(r, cY), A(r, cP)); if (cD) { const dd = rd(pop - popP, 2); sh.set(r, cD, dd, '0.00'); sh.rel({ type: 'diff', cell: A(r, cD), a: A(r, cY), b: A(r, cP), tol: 0.0051 }); }
    r++;
    label('每万人口人才数', 0, sh, r, 1, ind); if (unitCol) sh.set(r, 2, '人/万人'); else sh.cells[A(r, 1)] += '（人）';
    const dd = 1; const d1 = rd(t.total / pop, dd), d0 = rd(p.total / popP, dd);
    sh.set(r, cY, d1, '0.0'); sh.set(r, cP, d0, '0.0');
    sh.rel({ type: 'rate', cell: A(r, cY), num: [addr.total[0]], den: [A(popR, cY)], k: 1, tol: 0.05 + 1e-9 });
    sh.rel({ type: 'rate', cell: A(r, cP), num: [addr.total[1]], den: [A(popR, cP)], k: 1, tol: 0.05 + 1e-9 });
    if (cG) growthCell(sh, r, cG, d1, d0, gd, A(r, cY), A(r, cP)); if (cD) { sh.set(r, cD, rd(d1 - d0, 1), '0.0'); sh.rel({ type: 'diff', cell: A(r, cD), a: A(r, cY), b: A(r, cP), tol: 0.051 }); }
    r++;
  }
  for (const j of [0, 1]) {
    sh.rel({ type: 'sum', total: addr.total[j], parts: TYPES.map((k) => addr[k][j]), tol: 0.5 });
    if (addr['高级']) { for (const k of ['高级', '中级', '初级']) sh.rel({ type: 'le', part: addr[k][j], whole: addr['专业技术人才'][j], tol: 0 }); sh.rel({ type: 'le_sum', parts: ['高级', '中级', '初级'].map((k) => addr[k][j]), whole: addr['专业技术人才'][j], tol: 0 }); }
  }
  notes(sh, r, ncol);
  return sh;
}

// ---------- T2: regions as rows, types as columns ----------
function T2(place, isProv) {
  const sh = new Sh(pick(['表2', '分地区', '各县区人才', '分县（市、区）人才情况']));
  const nreg = ri(4, 11);
  const groups = chance(0.35); // 市辖区 subtotal
  const dists = shuffle(COUNTIES.filter((x) => x.endsWith('区'))), cties = shuffle(COUNTIES.filter((x) => !x.endsWith('区')));
  const ndist = groups ? Math.min(ri(2, 3), nreg - 2) : 0;
  const regs = groups ? dists.slice(0, ndist).concat(cties.slice(0, nreg - ndist)) : shuffle(COUNTIES.slice()).slice(0, nreg);
  const data = regs.map(() => talent(ri(3000, 60000)));
  const Y = yr();
  const withHigh = chance(0.7), withDens = chance(0.6), densK = VARIANT === 1 ? pick([1, 1000]) : pick([1, 1, 1000]);
  const totBottom = chance(0.3);
  const totName = pick(['全市', '合计', '总计', place]);
  // columns
  let c = 1; const C = {};
  C.name = c++; C.total = c++; for (const k of TYPES) { C[k] = c++; if (k === '专业技术人才' && withHigh) C['高级'] = c++; }
  if (withDens) { C.pop = c++; C.dens = c++; }
  const ncol = c - 1;
  let r = titleRows(sh, `${place}${Y}年分县（市、区）人才资源情况`, pick(['单位：人', '计量单位：人', '']), ncol, 1);
  const hdr = pick([2, 3]);
  const h0 = r;
  sh.set(h0, C.name, pick(['地区', '县（市、区）', '单位'])); sh.merge(h0, C.name, h0 + hdr - 1, C.name);
  sh.set(h0, C.total, pick(['人才总量', '人才资源总量（人）'])); sh.merge(h0, C.total, h0 + hdr - 1, C.total);
  sh.set(h0, C['党政人才'], '按人才类型分'); sh.merge(h0, C['党政人才'], h0, C['社会工作人才']);
  for (const k of TYPES) {
    if (k === '专业技术人才' && withHigh) {
      if (hdr === 3) { sh.set(h0 + 1, C[k], k); sh.merge(h0 + 1, C[k], h0 + 1, C['高级']); sh.set(h0 + 2, C[k], '小计'); sh.set(h0 + 2, C['高级'], pick(['其中：高级', '#高级职称'])); }
      else { sh.set(h0 + 1, C[k], k); sh.set(h0 + 1, C['高级'], pick(['其中：高级职称', '#高级职称'])); }
    } else { sh.set(h0 + 1, C[k], k); if (hdr === 3) sh.merge(h0 + 1, C[k], h0 + 2, C[k]); }
  }
  if (withDens) {
    sh.set(h0, C.pop, '年末常住人口（万人）'); sh.merge(h0, C.pop, h0 + hdr - 1, C.pop);
    sh.set(h0, C.dens, densK === 1 ? '每万人口人才数（人）' : '人才密度（‰）'); sh.merge(h0, C.dens, h0 + hdr - 1, C.dens);
  }
  r = h0 + hdr;
  const pops = data.map((t) => rd(t.total / ri(900, 2400) * (densK === 1000 ? 1 : 1), 2));
  const keys = ['total', ...TYPES, ...(withHigh ? ['高级'] : [])];
  const indSt = pick(['space', 'excel', 'none']);
  const writeRow = (name, lvl, t, pop, textCol) => {
    label(name, indSt === 'none' ? 0 : lvl, sh, r, C.name, indSt);
    for (const k of keys) sh.set(r, C[k], k === textCol ? String(t[k]) : (t[k] === 0 && chance(0.4) ? pick(['0', 0]) : t[k]));
    sh.rel({ type: 'sum', total: A(r, C.total), parts: TYPES.map((k) => A(r, C[k])), tol: 0.5 });
    if (withHigh) sh.rel({ type: 'le', part: A(r, C['高级']), whole: A(r, C['专业技术人才']), tol: 0 });
    if (withDens) {
      sh.set(r, C.pop, pop, '0.00');
      const dv = densK === 1 ? rd(t.total / pop, 1) : rd(t.total / (pop * 10000) * 1000, 2);
      sh.set(r, C.dens, dv, densK === 1 ? '0.0' : '0.00');
      sh.rel({ type: 'rate', cell: A(r, C.dens), num: [A(r, C.total)], den: [A(r, C.pop)], k: densK === 1 ? 1 : 0.1, tol: densK === 1 ? 0.05 + 1e-9 : 0.005 + 1e-9 });
    }
    return r++;
  };
  const sumT = (ts) => { const o = {}; for (const k of keys) o[k] = ts.reduce((a, t) => a + t[k], 0); return o; };
  const totT = sumT(data), totPop = rd(pops.reduce((a, b) => a + b, 0), 2);
  const memberRows = [];
  let totRow;
  const textPick = chance(0.3) ? pick(TYPES) : null;
  if (!totBottom) { totRow = r; writeRow(totName, 0, totT, totPop); }
  if (groups) {
    const nd = ndist;
    const gT = sumT(data.slice(0, nd)), gPop = rd(pops.slice(0, nd).reduce((a, b) => a + b, 0), 2);
    const gr = writeRow(pick(['市辖区', '#市区', '城区小计']), 1, gT, gPop);
    const sub = [];
    for (let i = 0; i < nd; i++) sub.push(writeRow(regs[i], 2, data[i], pops[i], i === 0 ? textPick : null));
    for (const k of keys) sh.rel({ type: 'sum', total: A(gr, C[k]), parts: sub.map((x) => A(x, C[k])), tol: 0.5 });
    if (withDens) sh.rel({ type: 'sum', total: A(gr, C.pop), parts: sub.map((x) => A(x, C.pop)), tol: 0.005 * (sub.length + 1) });
    memberRows.push(gr);
    for (let i = nd; i < nreg; i++) memberRows.push(writeRow(regs[i], 1, data[i], pops[i]));
  } else for (let i = 0; i < nreg; i++) memberRows.push(writeRow(regs[i], 1, data[i], pops[i], i === 1 ? textPick : null));
  if (totBottom) { totRow = r; writeRow(totName, 0, totT, totPop); }
  for (const k of keys) sh.rel({ type: 'sum', total: A(totRow, C[k]), parts: memberRows.map((x) => A(x, C[k])), tol: 0.5 });
  if (withDens) sh.rel({ type: 'sum', total: A(totRow, C.pop), parts: memberRows.map((x) => A(x, C.pop)), tol: 0.005 * (memberRows.length + 1) });
  notes(sh, r, ncol);
  return sh;
}

// ---------- T3: education / age composition ----------
function T3(place) {
  const sh = new Sh(pick(['学历年龄结构', '表3', '人才结构']));
  const Y = yr();
  const byReg = chance(0.5);
  const units = byReg ? shuffle(COUNTIES.slice()).slice(0, ri(4, 9)) : TYPES.slice();
  const edu = ['研究生', '大学本科', '大学专科', '中专及以下'];
  const age = ['35岁及以下', '36—45岁', '46—54岁', '55岁及以上'];
  const mode = VARIANT === 1 ? pick(['counts+share', 'pct']) : pick(['counts+share', 'pct', 'counts+share']);
  const dim = pick(['edu', 'age', 'both']);
  const cats = dim === 'edu' ? [['学历', edu]] : dim === 'age' ? [['年龄', age]] : [['学历', edu], ['年龄', age]];
  const data = units.map(() => { const tot = ri(1500, 50000); const o = { tot }; for (const [g, ks] of cats) { let rest = tot; const w = ks.map(() => 0.3 + rnd()); const ws = w.reduce((a, b) => a + b, 0); ks.forEach((k, i) => { const v = i === ks.length - 1 ? rest : Math.round(tot * w[i] / ws); o[g + k] = v; rest -= v; }); } return o; });
  let c = 1; const C = { name: c++, tot: c++ };
  for (const [g, ks] of cats) { C[g] = c; for (const k of ks) C[g + k] = c++; if (mode === 'counts+share') C[g + 'share'] = c++; }
  const ncol = c - 1;
  let r = titleRows(sh, `${place}${Y}年人才学历、年龄结构`, mode === 'pct' ? pick(['单位：人、%', '']) : pick(['单位：人', '']), ncol, 1);
  const h0 = r;
  sh.set(h0, 1, byReg ? '地区' : '人才类型'); sh.merge(h0, 1, h0 + 1, 1);
  sh.set(h0, 2, '人才总量（人）'); sh.merge(h0, 2, h0 + 1, 2);
  for (const [g, ks] of cats) {
    const last = mode === 'counts+share' ? C[g + 'share'] : C[g + ks[ks.length - 1]];
    sh.set(h0, C[g], mode === 'pct' ? `按${g}分（%）` : `按${g}分`); sh.merge(h0, C[g], h0, last);
    ks.forEach((k) => sh.set(h0 + 1, C[g + k], k));
    if (mode === 'counts+share') sh.set(h0 + 1, C[g + 'share'], g === '学历' ? '本科及以上占比（%）' : '35岁及以下占比(%)');
  }
  r = h0 + 2;
  const totBottom = chance(0.4);
  const totO = { tot: data.reduce((a, o) => a + o.tot, 0) }; for (const [g, ks] of cats) for (const k of ks) totO[g + k] = data.reduce((a, o) => a + o[g + k], 0);
  const rowsW = [];
  const write = (name, o) => {
    sh.set(r, 1, name); sh.set(r, 2, o.tot);
    for (const [g, ks] of cats) {
      if (mode === 'pct') {
        const vals = ks.map((k) => rd(o[g + k] / o.tot * 100, 1));
        ks.forEach((k, i) => sh.set(r, C[g + k], vals[i], '0.0'));
        sh.rel({ type: 'sum100', cells: ks.map((k) => A(r, C[g + k])), total: 100, tol: 0.05 * ks.length + 1e-9 });
      } else {
        ks.forEach((k) => sh.set(r, C[g + k], o[g + k]));
        sh.rel({ type: 'sum', total: A(r, 2), parts: ks.map((k) => A(r, C[g + k])), tol: 0.5 });
        const numK = g === '学历' ? ks.slice(0, 2) : ks.slice(0, 1);
        const v = rd(numK.reduce((a, k) => a + o[g + k], 0) / o.tot * 100, 1);
        sh.set(r, C[g + 'share'], v, '0.0');
        sh.rel({ type: 'rate', cell: A(r, C[g + 'share']), num: numK.map((k) => A(r, C[g + k])), den: [A(r, 2)], k: 100, tol: 0.05 + 1e-9 });
      }
    }
    return r++;
  };
  let tr;
  const tn = byReg ? pick(['全市', '合计']) : pick(['合计', '人才总量']);
  if (!totBottom) tr = write(tn, totO);
  data.forEach((o, i) => rowsW.push(write(units[i], o)));
  if (totBottom) tr = write(tn, totO);
  sh.rel({ type: 'sum', total: A(tr, 2), parts: rowsW.map((x) => A(x, 2)), tol: 0.5 });
  if (mode !== 'pct') for (const [g, ks] of cats) for (const k of ks) sh.rel({ type: 'sum', total: A(tr, C[g + k]), parts: rowsW.map((x) => A(x, C[g + k])), tol: 0.5 });
  notes(sh, r, ncol);
  return sh;
}

// ---------- T4: years as rows or columns ----------
function T4(place) {
  const sh = new Sh(pick(['历年人才', '表4', '人才发展']));
  const n = ri(5, 8), Y1 = ri(2018, 2024);
  const wan = VARIANT === 1 ? true : chance(0.5);
  const years = []; for (let i = n - 1; i >= 0; i--) years.push(Y1 - i);
  let tt = talent(ri(60000, 900000)); const ser = [];
  for (let i = 0; i < n; i++) { ser.push(tt); const nx = {}; for (const k of Object.keys(tt)) nx[k] = Math.round(tt[k] * (1.02 + rnd() * 0.1)); nx.total = TYPES.reduce((a, k) => a + nx[k], 0); tt = nx; }
  const d = wan ? 2 : 0;
  const show = (v) => (wan ? rd(v / 10000, 2) : v);
  const items = [['total', '人才总量'], ['专业技术人才', '专业技术人才'], ['高技能人才', '高技能人才'], ['企业经营管理人才', '企业经营管理人才']].slice(0, ri(3, 4));
  const withG = chance(0.8);
  const asCols = chance(0.5); // years as columns
  const unit = wan ? '万人' : '人';
  let r = titleRows(sh, `${place}${years[0]}—${Y1}年人才队伍发展情况`, pick([`单位：${unit}`, '']), asCols ? n + 1 : items.length + (withG ? 2 : 1), 1);
  const vals = ser.map((t) => { const o = {}; for (const [k] of items) o[k] = show(t[k]); return o; });
  if (!asCols) {
    const h = r; sh.set(h, 1, '年份'); items.forEach(([, nm], i) => sh.set(h, 2 + i, nm + (r === 2 ? `（${unit}）` : '')));
    const gc = 2 + items.length; if (withG) sh.set(h, gc, '人才总量增长（%）');
    r++;
    years.forEach((y, i) => {
      sh.set(r, 1, chance(0.5) ? `${y}年` : y);
      items.forEach(([k], j) => sh.set(r, 2 + j, vals[i][k], fmtD(d)));
      for (let j = 1; j < items.length; j++) sh.rel({ type: 'le', part: A(r, 2 + j), whole: A(r, 2), tol: 0 });
      if (withG) { if (i === 0) sh.set(r, gc, pick(['—', ''])); else growthCell(sh, r, gc, vals[i].total, vals[i - 1].total, 1, A(r, 2), A(r - 1, 2)); }
      r++;
    });
  } else {
    const h = r; sh.set(h, 1, '指标'); years.forEach((y, i) => sh.set(h, 2 + i, `${y}年`)); r++;
    const rowOf = {};
    items.forEach(([k, nm], j) => { sh.set(r, 1, j === 0 ? nm : (chance(0.5) ? '  ' : '') + nm); years.forEach((y, i) => sh.set(r, 2 + i, vals[i][k], fmtD(d))); rowOf[k] = r; r++; });
    for (let j = 1; j < items.length; j++) years.forEach((y, i) => sh.rel({ type: 'le', part: A(rowOf[items[j][0]], 2 + i), whole: A(rowOf.total, 2 + i), tol: 0 }));
    if (withG) { sh.set(r, 1, '人才总量比上年增长（%）'); years.forEach((y, i) => { if (i === 0) sh.set(r, 2, '—'); else growthCell(sh, r, 2 + i, vals[i].total, vals[i - 1].total, 1, A(rowOf.total, 2 + i), A(rowOf.total, 1 + i)); }); r++; }
  }
  notes(sh, r, 4);
  return sh;
}

// ---------- T5: share of 高级 two periods, 增减(百分点) ----------
function T5(place) {
  const sh = new Sh(pick(['职称结构', '表5', '专业技术人才']));
  const Y = yr();
  const regs = shuffle(COUNTIES.slice()).slice(0, ri(4, 10));
  const data = regs.map(() => { const pt = ri(1500, 30000), hi = Math.round(pt * (0.06 + rnd() * 0.1)); const pp = Math.round(pt / (1.02 + rnd() * 0.08)); const hp = Math.round(pp * (0.05 + rnd() * 0.1)); return { pt, hi, pp, hp }; });
  const tot = { pt: 0, hi: 0, pp: 0, hp: 0 }; data.forEach((o) => { for (const k in tot) tot[k] += o[k]; });
  const ncol = 8;
  let r = titleRows(sh, `${place}专业技术人才职称结构变化情况`, pick(['单位：人、%', '']), ncol, 1);
  const h0 = r;
  sh.set(h0, 1, '地区'); sh.merge(h0, 1, h0 + 1, 1);
  sh.set(h0, 2, `${Y}年`); sh.merge(h0, 2, h0, 4); sh.set(h0, 5, `${Y - 1}年`); sh.merge(h0, 5, h0, 7);
  for (const c0 of [2, 5]) { sh.set(h0 + 1, c0, '专业技术人才'); sh.set(h0 + 1, c0 + 1, pick(['其中：高级', '#高级职称'])); sh.set(h0 + 1, c0 + 2, '高级占比（%）'); }
  sh.set(h0, 8, pick(['占比增减（百分点）', '增减(百分点)'])); sh.merge(h0, 8, h0 + 1, 8);
  r = h0 + 2;
  const rows = [];
  const write = (name, o) => {
    sh.set(r, 1, name);
    const s1 = rd(o.hi / o.pt * 100, 1), s0 = rd(o.hp / o.pp * 100, 1);
    sh.set(r, 2, o.pt); sh.set(r, 3, o.hi); sh.set(r, 4, s1, '0.0'); sh.set(r, 5, o.pp); sh.set(r, 6, o.hp); sh.set(r, 7, s0, '0.0');
    sh.set(r, 8, rd(s1 - s0, 1), '0.0');
    sh.rel({ type: 'le', part: A(r, 3), whole: A(r, 2), tol: 0 }); sh.rel({ type: 'le', part: A(r, 6), whole: A(r, 5), tol: 0 });
    sh.rel({ type: 'rate', cell: A(r, 4), num: [A(r, 3)], den: [A(r, 2)], k: 100, tol: 0.05 + 1e-9 });
    sh.rel({ type: 'rate', cell: A(r, 7), num: [A(r, 6)], den: [A(r, 5)], k: 100, tol: 0.05 + 1e-9 });
    sh.rel({ type: 'diff', cell: A(r, 8), a: A(r, 4), b: A(r, 7), tol: 0.051 });
    return r++;
  };
  const totTop = chance(0.6); let tr;
  const tn = pick(['全市', '合计', '全市合计']);
  if (totTop) tr = write(tn, tot);
  data.forEach((o, i) => rows.push(write(regs[i], o)));
  if (!totTop) tr = write(tn, tot);
  for (const c of [2, 3, 5, 6]) sh.rel({ type: 'sum', total: A(tr, c), parts: rows.map((x) => A(x, c)), tol: 0.5 });
  notes(sh, r, ncol);
  return sh;
}

// ---------- plant ----------
const num = (v) => (typeof v === 'number' ? v : (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? +v : null));
function plant(sh) {
  const cands = [];
  for (const rl of sh.rels) {
    if (rl.type === 'sum') { cands.push([rl, rl.total, 'total']); cands.push([rl, pick(rl.parts), 'part']); }
    if (rl.type === 'rate') cands.push([rl, rl.cell, 'rate']);
    if (rl.type === 'growth') cands.push([rl, rl.cell, 'growth']);
    if (rl.type === 'diff') cands.push([rl, rl.cell, 'diff']);
    if (rl.type === 'le') cands.push([rl, rl.part, 'le']);
    if (rl.type === 'sum100') cands.push([rl, pick(rl.cells), 'share']);
  }
  const good = cands.filter(([, a]) => num(sh.cells[a]) != null && num(sh.cells[a]) !== 0);
  if (!good.length) return null;
  const [rl, a, kind] = pick(good);
  const was = num(sh.cells[a]);
  const f = sh.fmt[a]; const d = f && f.includes('.') ? f.split('.')[1].length : 0;
  let now;
  if (kind === 'le') { const w = num(sh.cells[rl.whole]); now = w + Math.max(3, Math.round(w * (0.03 + rnd() * 0.1))); }
  else if (['rate', 'growth', 'diff', 'share'].includes(kind)) { const delta = rd(Math.max(3 * rl.tol * 4, 0.6 + rnd() * 3, Math.abs(was) * 0.1), d); now = rd(was + (chance(0.5) ? delta : -delta), d); }
  else if (d > 0) { const delta = rd(Math.max(Math.abs(was) * (0.03 + rnd() * 0.08), 12 * rl.tol), d); now = rd(was + (chance(0.6) ? delta : -delta), d); }
  else { const delta = Math.max(5, Math.round(Math.abs(was) * (0.02 + rnd() * 0.08))); now = was + (chance(0.6) || was - delta < 0 ? delta : -delta); }
  if (kind === 'total' || kind === 'part') { if (now < 0) now = was + Math.abs(was - now); }
  sh.cells[a] = typeof sh.cells[a] === 'string' ? String(now) : now;
  return { sheet: sh.name, cell: a, was, now, kind, rel: rl };
}

// ---------- books ----------
async function book(i, planted) {
  const place = pick(CITIES.concat(COUNTIES.filter((x) => x.endsWith('县'))));
  const nsh = ri(1, 4);
  const makers = VARIANT === 1 ? [T1, T2, T2, T3, T4, T5] : [T1, T1, T2, T2, T3, T4, T5];
  const sheets = []; const used = new Set();
  for (let k = 0; k < nsh; k++) { const sh = pick(makers)(place); let nm = sh.name, j = 2; while (used.has(nm)) nm = sh.name + j++; sh.name = nm; used.add(nm); sheets.push(sh); }
  const plants = [];
  if (planted) { for (const sh of shuffle(sheets.slice())) { const p = plant(sh); if (p) { plants.push(p); break; } } }
  const file = `${SET}-${String(i).padStart(3, '0')}-${place}.xlsx`;
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, v] of Object.entries(sh.cells)) {
      if (v === '' || v == null) continue;
      const cell = ws.getCell(a); cell.value = v;
      if (sh.fmt[a] && typeof v === 'number') cell.numFmt = sh.fmt[a];
      if (sh.indent[a]) cell.alignment = { indent: sh.indent[a] };
    }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
  const rel = {}; for (const sh of sheets) rel[sh.name] = sh.rels;
  fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify({ set: SET, file, plants, relations: rel }, null, 1));
  return { file, plants };
}
(async () => {
  const man = [];
  for (let i = 0; i < N; i++) man.push(await book(i, i < Math.round(N * PF) ? true : false));
  // interleave: plant decision by index then shuffle order not needed
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(SET, man.length, 'books,', man.filter((m) => m.plants.length).length, 'planted');
})();
