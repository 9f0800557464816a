'use strict';
// gen.js: deterministic, seeded generator of 党建引领村级集体经济 statistics workbooks.
// usage: NODE_PATH=/work/main/node_modules node gen.js [set...]   (sets: cases probe hunt1 hunt2 hunt3 hunt4)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const ROOT = __dirname;

// ---------------------------------------------------------------- rng / helpers
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
class Rng {
  constructor(seed) { this.f = mulberry32(seed); }
  r() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  normal() { let u = 0; while (u === 0) u = this.f(); const v = this.f(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
  shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(a, k) { return this.shuffle(a).slice(0, k); }
}
const colName = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colName(c) + r;
function rnd(x, d) { if (x == null || !Number.isFinite(x)) return null; const m = 10 ** d; const v = Math.sign(x) * Math.round(Math.abs(x) * m + 1e-7) / m; return v === 0 ? 0 : v; }

// ---------------------------------------------------------------- measures
const COUNT = new Set(['n', 'nP', 'b1', 'b2', 'b3', 'b4', 'b1P', 'b2P', 'b3P', 'b4P', 'weak', 'weakP', 'shell', 'shellP', 'removed', 'sec', 'secP', 'coop', 'coopP', 'ent', 'entP', 'removedT', 'nQ']);
const AMT = new Set(['inc', 'incP', 'op', 'opP', 'incQ', 'opQ']);
const RATIO = { mean: ['inc', 'n', 1, 'dM'], weakR: ['weak', 'n', 100, 'dR'], secR: ['sec', 'n', 100, 'dR'], shellR: ['shell', 'n', 100, 'dR'], opR: ['op', 'inc', 100, 'dR'], remR: ['removed', 'weakP', 100, 'dR'], b1S: ['b1', 'n', 100, 'dR'], b2S: ['b2', 'n', 100, 'dR'], b3S: ['b3', 'n', 100, 'dR'], b4S: ['b4', 'n', 100, 'dR'], remC: ['removed', 'removedT', 100, 'dR'] };
function derOf(k) {
  if (COUNT.has(k) || AMT.has(k)) return null;
  if (RATIO[k]) { const [num, den, kk, d] = RATIO[k]; return { t: 'ratio', num, den, k: kk, d }; }
  if (/[PQ]$/.test(k) && RATIO[k.slice(0, -1)]) { const q = k.slice(-1); const [num, den, kk, d] = RATIO[k.slice(0, -1)]; return { t: 'ratio', num: num + q, den: den + q, k: kk, d }; }
  if (k.endsWith('D')) { const b = k.slice(0, -1); return { t: 'diff', cur: b, prev: b + 'P', d: decKey(b) }; }
  if (k.endsWith('G')) { const b = k.slice(0, -1); return { t: 'growth', cur: b, prev: b + 'P', d: 'dG' }; }
  return null;
}
function decKey(b) { if (COUNT.has(b)) return 0; if (AMT.has(b)) return 'dA'; return derOf(b).d; }
const decOf = (d, o) => (typeof d === 'number' ? d : o[d]);
const SPECIAL = new Set(['incS', 'rank', 'note']);   // share of the total row, rank, remark text (roster tables only)
function keyType(k) { if (k === 'incS') return 'share'; if (k === 'rank' || k === 'note') return k; if (COUNT.has(k)) return 'count'; if (AMT.has(k)) return 'amt'; const d = derOf(k); if (d.t === 'ratio') return d.k === 1 ? 'mean' : 'rate'; return d.t; }
function pctFrac(k, o) { const d = derOf(k); return o.pctFrac && d && d.t === 'ratio' && d.k === 100; }
function effK(k, o) { const d = derOf(k); if (pctFrac(k, o)) return 1; if (o.yuan && AMT.has(d.num) && !AMT.has(d.den)) return d.k / 1e4; return d.k; }
function keyDec(k, o) { if (k === 'incS') return o.dR; if (SPECIAL.has(k)) return 0; if (COUNT.has(k)) return 0; if (AMT.has(k)) return o.yuan ? 0 : o.dA; const d = derOf(k); return decOf(d.d, o) + (pctFrac(k, o) ? 2 : 0); }
function isSummable(k) { if (SPECIAL.has(k)) return false; if (COUNT.has(k) || AMT.has(k)) return true; const d = derOf(k); return d.t === 'diff' && (COUNT.has(d.cur) || AMT.has(d.cur)); }
function sumTol(k, m, o) {
  if (COUNT.has(k)) return 1e-7;
  if (AMT.has(k)) return o.yuan ? 1e-7 : (m + 1) * 0.5 * 10 ** -o.dA + 1e-7;
  const d = derOf(k); if (COUNT.has(d.cur) || o.yuan) return 1e-7;
  return (m + 1) * 10 ** -o.dA + 1e-7;
}
// stored (published) and exact values of one entity
function mkVals(e, o) {
  const S = {}, X = {}, T = {};
  const get = (k) => {
    if (!(k in S)) {
      if (COUNT.has(k)) { S[k] = X[k] = e[k]; T[k] = 0; }
      else if (AMT.has(k)) { if (o.yuan) { X[k] = S[k] = e[k]; } else { X[k] = e[k] / 1e4; S[k] = rnd(X[k], o.dA); } T[k] = 0; }
      else {
        const d = derOf(k); if (!d) { S[k] = null; X[k] = null; T[k] = 0; return { s: null, x: null, tol: 0 }; }
        const dec = decOf(d.d, o);
        let fx = null, fs = null, exactInt = false;
        if (d.t === 'ratio') {
          const a = get(d.num), b = get(d.den); const kk = effK(k, o);
          fx = b.x ? kk * a.x / b.x : null; fs = b.s ? kk * a.s / b.s : null;
          const dd = dec + (pctFrac(k, o) ? 2 : 0);
          X[k] = fx; S[k] = rnd(o.fromExact ? fx : fs, dd); T[k] = fs == null ? 0 : 0.5 * 10 ** -dd + (o.fromExact ? Math.abs(fx - fs) : 0) + 1e-7;
          return { s: S[k], x: X[k], tol: T[k] };
        }
        const a = get(d.cur), b = get(d.prev);
        if (d.t === 'diff') { fx = a.x != null && b.x != null ? a.x - b.x : null; fs = a.s != null && b.s != null ? a.s - b.s : null; exactInt = COUNT.has(d.cur) || (o.yuan && AMT.has(d.cur)); }
        else { fx = b.x ? (a.x / b.x - 1) * 100 : null; fs = b.s ? (a.s / b.s - 1) * 100 : null; }
        const dd = d.t === 'diff' && o.yuan && AMT.has(d.cur) ? 0 : dec;
        X[k] = fx; S[k] = rnd(o.fromExact ? fx : fs, dd);
        T[k] = fs == null ? 0 : exactInt ? 1e-7 : 0.5 * 10 ** -dec + (o.fromExact ? Math.abs(fx - fs) : 0) + 1e-7;
      }
    }
    return { s: S[k], x: X[k], tol: T[k] };
  };
  return get;
}

// ---------------------------------------------------------------- data
const TP = ['城关', '东城', '西关', '南湖', '北山', '青龙', '白马', '石门', '柳林', '桃花', '杏坛', '黄岗', '红星', '新华', '安乐', '长乐', '永丰', '太平', '大河', '小河', '马坊', '牛庄', '杨湾', '李集', '王店', '张桥', '刘河', '陈庄', '赵堡', '孙铺', '吴山', '郑家', '冯集', '高坪', '龙王庙', '三河', '五里', '七星', '九龙', '双井', '金台', '银河', '铁佛', '古城', '沙溪', '平原', '清水', '兴隆', '富民', '和平', '东坝', '西河', '仁和', '义井', '官庄', '河口', '峪口', '岭南', '花园', '梨园', '枣林', '松树', '柏林', '蒲河', '黑龙潭', '白土', '青山', '绿水', '瓦房', '石桥', '韩村', '焦庄', '荆山', '罗湾', '郭店', '曹集', '宋庄', '侯寨', '潘店', '田家'];
const CP = ['安平', '永宁', '清河', '丰城', '临泽', '宁远', '武安', '定远', '石泉', '云和', '江山', '兴国', '会同', '宜章', '德安', '长丰', '平乡', '新河', '东明', '阳信', '泰和', '乐安', '崇义', '南丰', '东阿', '高唐', '柏乡', '隆尧', '曲周', '临漳'];
const CITY = ['江州', '临川', '东海', '西平', '云中', '海阳', '南岭', '北原'];
function townName(R, used) { for (;;) { const p = R.pick(TP); const s = p + R.pick(['镇', '镇', '镇', '镇', '乡', '乡', '街道']); if (!used.has(s) && !used.has('stem:' + p)) { used.add(s); used.add('stem:' + p); return s; } } }
function countyName(R, used) { for (;;) { const s = R.pick(CP) + R.pick(['县', '县', '县', '县', '区', '区', '市']); if (!used.has(s)) { used.add(s); return s; } } }
function makeProf(R, mode) {
  const p = { med: R.pick([4, 7, 10, 15, 25, 40]), sd: 0.55 + R.r() * 0.5, shell: R.pick([0, 0.02, 0.05]), sec: 0.45 + R.r() * 0.53, ent: R.pick([0.1, 0.25, 0.4]), poor: R.pick([0.1, 0.25, 0.4]), merge: R.pick([0, 0.1, 0.2]), vmin: 4, vmax: 24 };
  if (mode === 'sparse') { p.med = R.pick([2, 3, 5]); p.shell = R.pick([0.1, 0.25]); p.ent = 0.05; p.vmin = 1; p.vmax = 8; }
  return p;
}
function band(y) { return y < 50000 ? 1 : y < 100000 ? 2 : y < 500000 ? 3 : 4; }
function makeVillages(R, n, prof) {
  const vs = [];
  for (let i = 0; i < n; i++) {
    let inc = Math.exp(Math.log(prof.med) + R.normal() * prof.sd); inc = Math.min(Math.max(inc, 0.2), 800);
    const incY = Math.round(inc * 10000); const shell = R.chance(prof.shell);
    const share = shell ? 0 : 0.2 + R.r() * 0.75; const opY = Math.round(incY * share);
    const g = -0.15 + R.r() * 0.5; const incPY = Math.round(incY / (1 + g));
    const shareP = shell ? (R.chance(0.6) ? 0 : 0.3 * R.r()) : Math.min(0.98, Math.max(0, share + (R.r() - 0.6) * 0.3));
    const sec = R.chance(prof.sec), secP = sec ? R.chance(0.85) : R.chance(0.1);
    const coop = R.chance(0.6) ? R.int(1, 3) : 0, coopP = Math.max(0, coop - (R.chance(0.3) ? 1 : 0));
    const ent = R.chance(prof.ent) ? R.int(1, 2) : 0, entP = ent && R.chance(0.8) ? ent : 0;
    const opPY = Math.round(incPY * shareP); const g2 = -0.1 + R.r() * 0.4; const incQY = Math.round(incPY / (1 + g2));
    const tgt = opPY < 50000 && R.chance(opY >= 50000 ? 0.7 : 0.25);
    vs.push({ cur: true, prev: true, inc: incY, op: opY, incP: incPY, opP: opPY, incQ: incQY, opQ: Math.round(incQY * Math.max(0, shareP - 0.05 * R.r())), sec, secP, coop, coopP, ent, entP, poor: R.chance(prof.poor), tgt });
  }
  if (R.chance(prof.merge)) for (let j = R.int(1, 2); j > 0; j--) { const y = Math.round(Math.exp(Math.log(prof.med * 0.5) + R.normal() * 0.5) * 10000); vs.push({ cur: false, prev: true, inc: 0, op: 0, incP: y, opP: Math.round(y * R.r() * 0.6), incQ: Math.round(y * 0.95), opQ: Math.round(y * 0.3), sec: false, secP: R.chance(0.5), coop: 0, coopP: R.int(0, 1), ent: 0, entP: 0, poor: false }); }
  return vs;
}
function aggregate(vs) {
  const e = {}; for (const k of COUNT) e[k] = 0; for (const k of AMT) e[k] = 0;
  for (const v of vs) {
    if (v.tgt) e.removedT++;
    if (v.prev) { e.nQ++; e.incQ += v.incQ; e.opQ += v.opQ; }
    if (v.cur) { e.n++; e.inc += v.inc; e.op += v.op; e['b' + band(v.inc)]++; if (v.op < 50000) e.weak++; if (v.op === 0) e.shell++; if (v.sec) e.sec++; e.coop += v.coop; e.ent += v.ent; if (v.prev && v.opP < 50000 && v.op >= 50000) e.removed++; }
    if (v.prev) { e.nP++; e.incP += v.incP; e.opP += v.opP; e['b' + band(v.incP) + 'P']++; if (v.opP < 50000) e.weakP++; if (v.opP === 0) e.shellP++; if (v.secP) e.secP++; e.coopP += v.coopP; e.entP += v.entP; }
  }
  e.vs = vs; return e;
}
function makeCounty(R, name, nT, prof, used, zeroStreet) {
  const towns = [];
  if (zeroStreet) { let nm; do { nm = R.pick(TP) + '街道'; } while (used.has('stem:' + nm.replace('街道', ''))); used.add(nm); used.add('stem:' + nm.replace('街道', '')); towns.push({ name: nm, e: aggregate([]) }); }
  for (let i = 0; i < nT; i++) { const nm = townName(R, used); const vs = makeVillages(R, R.int(prof.vmin, prof.vmax), prof); towns.push({ name: nm, e: aggregate(vs) }); }
  towns.sort((a, b) => (b.name.endsWith('街道') ? 1 : 0) - (a.name.endsWith('街道') ? 1 : 0));
  const all = towns.flatMap((t) => t.e.vs);
  let poorVs = all.filter((v) => v.poor && v.cur); if (!poorVs.length) poorVs = all.filter((v) => v.cur).slice(0, 1);
  return { name, towns, e: aggregate(all), poor: aggregate(poorVs) };
}

// ---------------------------------------------------------------- sheet model / writer
class Sheet {
  constructor(name) { Object.assign(this, { name, v: {}, fmt: {}, st: {}, merges: [], rels: [], cands: [], widths: {} }); }
  put(r, c, val, opt) { const a = addr(r, c); if (val === undefined || val === null) delete this.v[a]; else this.v[a] = val; if (opt && opt.fmt) this.fmt[a] = opt.fmt; if (opt && (opt.bold || opt.align)) this.st[a] = { bold: opt.bold, align: opt.align, size: opt.size }; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(x) { x.sheet = this.name; this.rels.push(x); }
  cand(cell, kind, dec, alts) { this.cands.push({ sheet: this.name, cell, kind, dec, alts: alts.filter((x) => x != null && Number.isFinite(x)) }); }
}
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook(); wb.creator = book.creator || 'Administrator';
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a, val] of Object.entries(s.v)) {
      const cell = ws.getCell(a); cell.value = val; if (s.fmt[a]) cell.numFmt = s.fmt[a];
      const st = s.st[a]; if (st) { if (st.bold) cell.font = { bold: true, size: st.size || 11, name: '宋体' }; if (st.align) cell.alignment = { horizontal: st.align, vertical: 'middle', wrapText: true }; }
    }
    for (const m of s.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    for (const [c, w] of Object.entries(s.widths)) ws.getColumn(+c).width = w;
  }
  await wb.xlsx.writeFile(file);
}
function disp(v, o, dec) {
  if (v == null) return '—';
  if (v === 0 && o.dash !== null) return o.dash === '' ? null : o.dash;
  if (o.textNums) return v.toFixed(dec);
  return v;
}
function fmtFor(k, o) { const d = keyDec(k, o); if (pctFrac(k, o)) return '0.' + '0'.repeat(d - 2) + '%'; const base = d === 0 ? '0' : '0.' + '0'.repeat(d); return o.comma && keyType(k) === 'amt' ? '#,##' + base : base; }

// ---------------------------------------------------------------- labels
const LBL = {
  n: ['行政村数', '行政村个数', '村数', '行政村'],
  inc: ['集体经济收入', '村级集体经济收入', '集体经济总收入', '村集体经济总收入'],
  op: ['其中：经营性收入', '其中:经营性收入', '其中：经营性'],
  mean: ['村均收入', '村均集体经济收入', '平均每村收入'],
  b1: ['5万元以下', '5万元以下的村', '收入5万元以下'],
  b2: ['5-10万元', '5万-10万元', '5万（含）-10万元', '5～10万元'],
  b3: ['10-50万元', '10万-50万元', '10万（含）-50万元', '10～50万元'],
  b4: ['50万元以上', '50万元及以上', '50万元（含）以上'],
  weak: ['薄弱村数', '薄弱村', '集体经济薄弱村'],
  weakR: ['薄弱村占比', '薄弱村比例', '占比'],
  shell: ['空壳村数', '空壳村'],
  removed: ['消除薄弱村数', '当年消除薄弱村', '消薄村数'],
  sec: ['书记兼任主任村数', '“一肩挑”村数', '书记主任一肩挑村数'],
  secR: ['“一肩挑”比例', '一肩挑比例', '兼任比例'],
  coop: ['村集体领办合作社', '合作社数', '领办合作社'],
  ent: ['村办企业数', '村办企业'],
};
const UNIT = (k, o) => { const t = keyType(k); if (t === 'share') return '%'; if (t === 'rank' || t === 'note') return null; if (t === 'diff') { const u = UNIT(derOf(k).cur, o); return u === '%' ? '百分点' : u; } return t === 'count' ? '个' : t === 'amt' ? (o && o.yuan ? '元' : '万元') : t === 'mean' ? '万元' : t === 'rate' || t === 'growth' ? '%' : null; };
const NOTES = ['集体经济收入不含上级财政补助资金', '薄弱村指集体经营性收入低于5万元的行政村', '空壳村指当年无集体经营性收入的行政村', '村均收入为集体经济收入除以行政村数', '数据来源：农村集体资产监管平台', '“一肩挑”指村党组织书记通过法定程序兼任村委会主任', '收入分档按当年集体经济总收入划分', '表中“—”表示无此项或为零'];
function bandFlat(l) { const s = l.startsWith('收入') ? l : '收入' + l; return s.endsWith('的村') ? s : s + '的村'; }
function makeOpts(R, mode) {
  const o = {
    dA: R.pick([1, 2, 2]), dM: R.pick([1, 2, 2]), dR: R.pick([1, 2, 1]), dG: R.pick([1, 2, 1]),
    fromExact: R.chance(0.5), dash: R.pick([null, null, null, null, '—', '—', '-', '']),
    uih: R.chance(0.6), hdr2: R.chance(0.7), seq: R.chance(0.25), totalFirst: R.chance(0.6),
    year: R.pick([2022, 2023, 2024]), comma: R.chance(0.15), textNums: false, pctFrac: false, subset: R.chance(0.2),
    fillTop: R.chance(0.35), fillBottom: R.chance(0.25), numYear: false, mode,
  };
  o.lb = {}; for (const k in LBL) o.lb[k] = R.pick(LBL[k]);
  if (mode === 'hunt1') { o.uih = R.chance(0.4); o.numYear = R.chance(0.3); o.pctFrac = R.chance(0.15); o.seq = R.chance(0.4); o.hdr2 = R.chance(0.5); }
  if (mode === 'hunt3') { o.textNums = R.chance(0.12); o.dash = R.pick([null, '—', '—', '-', '', '']); }
  if (mode.startsWith('hunt')) {
    o.hx = { cntyTotal: R.chance(0.2), unitRow: R.chance(0.15), colNum: R.chance(0.15), nl: R.chance(0.2), paren: R.pick([['（', '）'], ['（', '）'], ['(', ')']]), mergeTotal: R.chance(0.5), gap: R.chance(0.25), extra: R.chance(0.35), zeroStreet: mode === 'hunt3' && R.chance(0.3), twoCol: R.chance(0.35) };
    if (mode === 'hunt1' && R.chance(0.12)) { o.yuan = true; o.uih = true; }
  }
  return o;
}
function totalLabel(R, suffix) { return R.pick(['合计', '合  计', '全' + suffix, '全' + suffix + '合计', '总计', '全' + suffix + '总计', '合　　计']); }
let PAREN = ['（', '）'];
const uS = (u) => (u ? `${PAREN[0]}${u}${PAREN[1]}` : '');

// ---------------------------------------------------------------- generic relations/candidates over an entity table
const LE = [['op', 'inc'], ['opP', 'incP'], ['weak', 'n'], ['weakP', 'nP'], ['sec', 'n'], ['secP', 'nP'], ['removed', 'weakP']];
function tableRels(sh, R, o, rows, keys, at, vals) {
  const has = new Set(keys);
  rows.forEach((row, i) => {
    if (!row.e) return;
    const V = vals[i];
    for (const k of keys) {
      if (COUNT.has(k) || AMT.has(k)) continue;
      if (k === 'incS') { const c = V(k); if (c.s != null && row.shareOf != null && has.has('inc')) sh.rel({ t: 'rate', cell: at(i, k), num: at(i, 'inc'), den: at(row.shareOf, 'inc'), k: 100, tol: c.tol }); continue; }
      if (SPECIAL.has(k)) continue;
      const d = derOf(k); const c = V(k); if (c.s == null) continue;
      if (d.t === 'ratio' && has.has(d.num) && has.has(d.den)) sh.rel({ t: 'rate', cell: at(i, k), num: at(i, d.num), den: at(i, d.den), k: effK(k, o), tol: c.tol });
      if (d.t === 'diff' && has.has(d.cur) && has.has(d.prev)) sh.rel({ t: 'pp', cell: at(i, k), cur: at(i, d.cur), prev: at(i, d.prev), tol: c.tol });
      if (d.t === 'growth' && has.has(d.cur) && has.has(d.prev)) sh.rel({ t: 'growth', cell: at(i, k), cur: at(i, d.cur), prev: at(i, d.prev), tol: c.tol });
    }
    for (const [p, w] of LE) if (has.has(p) && has.has(w)) sh.rel({ t: 'le', whole: at(i, w), parts: [at(i, p)], tol: 1e-7 });
    if (has.has('shell')) { const w = has.has('weak') ? 'weak' : has.has('n') ? 'n' : null; if (w) sh.rel({ t: 'le', whole: at(i, w), parts: [at(i, 'shell')], tol: 1e-7 }); }
    for (const suf of ['', 'P']) { const bs = [1, 2, 3, 4].map((b) => 'b' + b + suf); if (has.has('n' + suf) && bs.every((b) => has.has(b))) sh.rel({ t: 'sum', total: at(i, 'n' + suf), parts: bs.map((b) => at(i, b)), tol: 1e-7 }); }
    if (row.kids && row.kids.length) for (const k of keys) if (isSummable(k)) sh.rel({ t: 'sum', total: at(i, k), parts: row.kids.map((j) => at(j, k)), tol: sumTol(k, row.kids.length, o) });
    if (row.kind === 'subset') for (const k of keys) if (COUNT.has(k) || AMT.has(k)) sh.rel({ t: 'le', whole: at(row.whole, k), parts: [at(i, k)], tol: 1e-7 });
  });
  // plant candidates
  rows.forEach((row, i) => {
    if (!row.e) return;
    const V = vals[i];
    const nbrs = [i - 1, i + 1].filter((j) => rows[j] && rows[j].e && rows[j].kind === 'leaf');
    for (const k of keys) {
      if (SPECIAL.has(k)) continue;
      const c = V(k); if (c.s == null || c.s === 0) continue;
      const t = keyType(k); const dec = keyDec(k, o); const alts = [];
      let kind = t === 'count' || t === 'amt' ? (row.kind === 'total' || row.kind === 'sub' ? 'total' : 'part') : t === 'rate' ? 'rate' : t === 'mean' ? 'mean' : 'change';
      if (t === 'count' || t === 'amt') {
        if (!k.endsWith('P')) alts.push(V(k + 'P').s); else alts.push(V(k.slice(0, -1)).s);
        if (row.kids && row.kids.length > 1) { const j = R.pick(row.kids); alts.push(rnd(c.s - vals[j](k).s, dec)); }
      } else if (t === 'rate' || t === 'mean') {
        const d = derOf(k); const kk = effK(k, o); const num = V(d.num).s;
        const dens = nbrs.map((j) => vals[j](d.den).s);
        if (row.parent != null && row.parent >= 0) dens.push(vals[row.parent](d.den).s);
        if (!d.den.endsWith('P')) dens.push(V(d.den + 'P').s);
        for (const dd of dens) if (dd) alts.push(rnd(kk * num / dd, dec));
        if (t === 'mean' && !k.endsWith('P')) alts.push(V('meanP').s);
        if (kk === 100) alts.push(rnd(100 - c.s, dec));
      } else if (t === 'diff') { alts.push(-c.s); const d = derOf(k); alts.push(V(d.cur).s); }
      else if (t === 'growth') { const d = derOf(k); const a = V(d.cur).s, b = V(d.prev).s; if (a) alts.push(rnd((a - b) / a * 100, dec)); if (b) alts.push(rnd(a / b * 100, dec)); alts.push(-c.s); }
      sh.cand(at(i, k), kind, dec, alts);
    }
  });
}
function finishRows(rows) {
  rows.forEach((r) => { r.kids = r.kidsRef ? r.kidsRef.map((x) => rows.indexOf(x)) : null; r.whole = r.wholeRef ? rows.indexOf(r.wholeRef) : null; r.parent = r.parentRef ? rows.indexOf(r.parentRef) : null; });
  return rows;
}

// ---------------------------------------------------------------- header writing (entities as rows)
// fields: [{key, g, sub, flat}] ; group fields (same g, consecutive) get a merged group header when o.hdr2
function fieldText(f, o, inGroup, groupHasUnit) {
  const u = UNIT(f.key, o); const base = inGroup ? f.sub : f.flat;
  if (u === '%') return base.includes('%') ? base : base + '（%）';
  if (groupHasUnit) return base;
  return o.uih && !/[（(]/.test(base) ? base + uS(u) : base;
}
function writeRowHeader(sh0, o, r, lead, fields, c0) {
  const nl = o.hx && o.hx.nl;
  const sh = { put: (rr, cc, t, st) => sh0.put(rr, cc, nl && typeof t === 'string' && t.length > 6 ? t.replace(/([（(])/, '\n$1') : t, st), merge: (...a) => sh0.merge(...a) };
  const two = o.hdr2 && fields.some((f) => f.g);
  let c = c0;
  for (const t of lead) { sh.put(r, c, t, { bold: true, align: 'center' }); if (two) sh.merge(r, c, r + 1, c); c++; }
  for (let j = 0; j < fields.length;) {
    const f = fields[j];
    if (two && f.g) {
      let e = j; while (e + 1 < fields.length && fields[e + 1].g === f.g) e++;
      const units = new Set(fields.slice(j, e + 1).map((x) => UNIT(x.key, o)));
      const gu = units.size === 1 && o.uih && !units.has('%') ? [...units][0] : null;
      sh.put(r, c, f.g + (gu ? uS(gu) : ''), { bold: true, align: 'center' }); sh.merge(r, c, r, c + e - j);
      for (let q = j; q <= e; q++) sh.put(r + 1, c + q - j, fieldText(fields[q], o, true, !!gu || !o.uih), { bold: true, align: 'center' });
      c += e - j + 1; j = e + 1;
    } else {
      sh.put(r, c, fieldText(f, o, false, false), { bold: true, align: 'center' }); if (two) sh.merge(r, c, r + 1, c); c++; j++;
    }
  }
  return r + (two ? 2 : 1);
}
function titleRows(sh, R, o, r, ncol, title) {
  sh.put(r, 1, title, { bold: true, align: 'center', size: 16 }); sh.merge(r, 1, r, Math.max(ncol, 2)); r++;
  if (o.fillTop) {
    sh.put(r, 1, `填报单位：${o.org}`);
    if (o.hx && R.chance(0.5)) { const c = Math.max(3, ncol - 2); sh.put(r, c, '填表日期：'); sh.put(r, c + 1, new Date(Date.UTC(o.year + 1, R.int(0, 2), R.int(1, 28))), { fmt: 'yyyy"年"m"月"d"日"' }); }
    else sh.put(r, Math.max(3, ncol - 1), `填表日期：${o.year + 1}年${R.int(1, 3)}月${R.int(1, 28)}日`);
    r++;
  }
  if (!o.uih) { if (R.chance(0.5)) sh.put(r, Math.max(ncol, 2), '单位：个、万元、%', { align: 'right' }); else sh.put(r, 1, '单位：个，万元，%'); r++; }
  else if (R.chance(0.2)) r++;
  return r;
}
function notesRows(sh, R, o, r, ncol) {
  const ns = R.sample(NOTES, R.int(0, 3));
  if (ns.length) {
    if (R.chance(0.5)) r++;
    if (ns.length === 1 || R.chance(0.5)) { sh.put(r, 1, '注：' + ns.map((t, i) => (ns.length > 1 ? `${i + 1}.` : '') + t).join('；') + '。'); sh.merge(r, 1, r, Math.max(ncol, 2)); r++; }
    else { sh.put(r, 1, '注：'); r++; ns.forEach((t, i) => { sh.put(r, 1, `${i + 1}. ${t}。`); r++; }); }
  }
  if (o.fillBottom) { sh.put(r, 1, '填表人：' + R.pick(['张伟', '李娜', '王芳', '刘洋'])); sh.put(r, Math.max(3, Math.floor(ncol / 2)), '审核人：' + R.pick(['陈静', '杨帆', '赵磊'])); sh.put(r, Math.max(4, ncol - 1), `联系电话：0${R.int(310, 939)}-${R.int(2000000, 8999999)}`); r++; }
  return r;
}

// ---------------------------------------------------------------- field pickers
function F(key, g, sub, flat) { return { key, g, sub, flat }; }
function rosterFields(R, o, variant) {
  const lb = o.lb; const fs = []; const Y = o.numYear ? o.year : `${o.year}年`, Y0 = o.numYear ? o.year - 1 : `${o.year - 1}年`;
  const cur = R.pick(['本年', Y, '本期']), prev = R.pick(['上年', Y0, '上年同期']);
  const gl = R.pick(['增长（%）', '增幅（%）', '同比增长（%）', '比上年增长（%）']);
  if (variant === 'roster') {
    if (R.chance(0.92)) fs.push(F('n', null, null, lb.n));
    if (R.chance(0.9)) {
      if (R.chance(0.6)) { const g = R.pick(['集体经济收入', '村级集体经济收入', '集体经济总收入']); fs.push(F('inc', g, R.pick(['合计', '总收入', '小计']), lb.inc), F('op', g, lb.op, lb.op)); }
      else fs.push(F('inc', null, null, lb.inc));
    }
    if (R.chance(0.6)) fs.push(F('mean', null, null, lb.mean));
    if (R.chance(0.6)) { const g = R.pick(['按收入分档村数', '收入分档情况', '集体经济收入分档']); for (const b of [1, 2, 3, 4]) fs.push(F('b' + b, g, lb['b' + b], bandFlat(lb['b' + b]))); }
    if (R.chance(0.5)) { const g = R.pick(['薄弱村', '集体经济薄弱村']); fs.push(F('weak', g, R.pick(['村数', '数量', '个数']), lb.weak)); if (R.chance(0.8)) fs.push(F('weakR', g, R.pick(['占比', '比例']), lb.weakR)); }
    if (R.chance(0.2)) fs.push(F('shell', null, null, lb.shell));
    if (R.chance(0.25)) fs.push(F('removed', null, null, lb.removed));
    if (R.chance(0.4)) { const g = R.pick(['村党组织书记兼任村委会主任', '书记主任“一肩挑”']); fs.push(F('sec', g, R.pick(['村数', '数量']), lb.sec)); if (R.chance(0.85)) fs.push(F('secR', g, R.pick(['比例', '占比']), lb.secR)); }
    if (R.chance(0.3)) fs.push(F('coop', null, null, lb.coop));
    if (R.chance(0.2)) fs.push(F('ent', null, null, lb.ent));
    if (o.hx && o.hx.extra) {
      const io = fs.findIndex((f) => f.key === 'op'); if (io >= 0 && R.chance(0.6)) fs.splice(io + 1, 0, F('opR', fs[io].g, '经营性收入占比', '经营性收入占比'));
      if (R.chance(0.6)) { const g = R.pick(['消除薄弱村', '消薄任务完成情况']); if (R.chance(0.5)) fs.push(F('weakP', g, '上年薄弱村', '上年薄弱村数')); fs.push(F('removedT', g, '目标任务', '消薄目标任务'), F('removed', g, '已消除', '已消除薄弱村'), F('remC', g, '完成率', '消薄完成率')); }
      const seen = new Set(); for (let i = fs.length - 1; i >= 0; i--) { if (seen.has(fs[i].key)) fs.splice(i, 1); else seen.add(fs[i].key); }
    }
    if (o.hx) {
      const ii = fs.findIndex((f) => f.key === 'inc' || f.key === 'op');
      if (ii >= 0 && R.chance(0.25)) { const j = fs[ii + 1] && fs[ii + 1].key === 'op' ? ii + 2 : ii + 1; fs.splice(j, 0, F('incS', fs[ii].g && R.chance(0.5) ? fs[ii].g : null, R.pick(['比重', '占比']), R.pick(['收入比重', '收入占比'])), ...(R.chance(0.4) ? [F('rank', null, null, R.pick(['收入排名', '排名', '位次']))] : [])); }
      if (R.chance(0.15)) fs.push(F('note', null, null, '备注'));
    }
    if (fs.length < 3) { fs.push(F('mean', null, null, lb.mean)); if (!fs.some((f) => f.key === 'n')) fs.unshift(F('n', null, null, lb.n)); if (!fs.some((f) => f.key === 'inc')) fs.splice(1, 0, F('inc', null, null, lb.inc)); }
  } else if (variant === 'change') {
    if (R.chance(0.6)) fs.push(F('n', null, null, lb.n));
    const gi = R.pick(['集体经济收入', '村级集体经济收入', '集体经济总收入']);
    const order = R.chance(0.85) ? ['inc', 'incP'] : ['incP', 'inc'];
    for (const k of order) fs.push(F(k, gi, k === 'inc' ? cur : prev, (k === 'inc' ? cur : prev) + gi));
    if (R.chance(0.7)) fs.push(F('incD', gi, R.pick(['增减', '增减额', '比上年增减']), '比上年增减'));
    if (R.chance(0.9)) fs.push(F('incG', gi, gl, '比上年增长（%）'));
    if (R.chance(0.4)) { const g = '经营性收入'; fs.push(F('op', g, cur, cur + '经营性收入'), F('opP', g, prev, prev + '经营性收入')); if (R.chance(0.5)) fs.push(F('opD', g, '增减', '经营性收入增减')); fs.push(F('opG', g, gl, '经营性收入增长（%）')); }
    if (fs.some((f) => f.key === 'n') && R.chance(0.5)) { const g = R.pick(['村均收入', '村均集体经济收入']); fs.push(F('mean', g, cur, cur + '村均收入')); if (R.chance(0.7)) { fs.push(F('nP', g, prev + '村数', prev + '行政村数')); } fs.push(F('meanP', g, prev, prev + '村均收入')); fs.push(F(R.chance(0.5) ? 'meanG' : 'meanD', g, R.pick(['增长（%）', '增减']), '村均增长')); const last = fs[fs.length - 1]; if (last.key === 'meanD') { last.sub = '增减'; last.flat = '村均收入增减'; } else { last.sub = gl; last.flat = '村均收入增长（%）'; } if (fs.some((f) => f.key === 'nP')) { const i = fs.findIndex((f) => f.key === 'nP'); const [x] = fs.splice(i, 1); fs.splice(fs.findIndex((f) => f.key === 'n') + 1, 0, { ...x, g: null, flat: prev + lb.n }); } }
    if (fs.some((f) => f.key === 'n') && R.chance(0.4)) { const g = '薄弱村'; fs.push(F('weak', g, cur, cur + lb.weak), F('weakP', g, prev, prev + lb.weak), F('weakD', g, '增减', '薄弱村增减')); if (fs.some((f) => f.key === 'nP') && R.chance(0.6)) fs.push(F('weakR', g, cur + '占比', cur + '薄弱村占比'), F('weakRP', g, prev + '占比', prev + '薄弱村占比'), F('weakRD', g, '增减（百分点）', '占比增减（百分点）')); }
  } else if (variant === 'bands') {
    fs.push(F('n', null, null, lb.n));
    if (R.chance(o.hx ? 0.7 : 0.4)) fs.push(F('inc', null, null, lb.inc));
    const sub1 = R.pick(['村数', '个数', '数量']), sub2 = R.pick(['占比', '比重', '占比']);
    for (const b of [1, 2, 3, 4]) { const g = R.pick([lb['b' + b], bandFlat(lb['b' + b])]); fs.push(F('b' + b, g, sub1, bandFlat(lb['b' + b]))); if (R.chance(0.85)) fs.push(F('b' + b + 'S', g, sub2, bandFlat(lb['b' + b]) + '占比')); }
    if (R.chance(o.hx ? 0.6 : 0.3) && fs.some((f) => f.key === 'inc')) fs.push(F('mean', null, null, lb.mean));
  }
  if (o.pctFrac) for (const f of fs) if (/D$/.test(f.key) && derOf(f.key) && keyType(derOf(f.key).cur) === 'rate') f.drop = true;
  return fs.filter((f) => !f.drop);
}

// ---------------------------------------------------------------- rows (entities as rows)
function countyRows(R, o, C, style) {
  const suffix = C.name.slice(-1);
  const rows = [];
  const total = { label: o.hx && o.hx.cntyTotal ? C.name : totalLabel(R, suffix), e: C.e, kind: 'total', kidsRef: [] };
  if (style === 'streets' && C.towns.filter((t) => t.name.endsWith('街道')).length >= 1 && C.towns.filter((t) => !t.name.endsWith('街道')).length >= 2) {
    const groups = [['街道', C.towns.filter((t) => t.name.endsWith('街道'))], ['乡镇', C.towns.filter((t) => !t.name.endsWith('街道'))]];
    const below = !o.totalFirst; const ls = R.int(0, 1);   // subtotals sit on the same side of their parts as the total does; one label style per table
    groups.forEach(([gname, ts], gi) => {
      const sub = { label: below ? ['小计', gname + '小计'][ls] : [gname, ['一、', '二、'][gi] + gname][ls], e: aggregate(ts.flatMap((t) => t.e.vs)), kind: 'sub', kidsRef: [] };
      const leaves = ts.map((t) => ({ label: (below ? '' : o.indent ? '　　' : '') + t.name, e: t.e, kind: 'leaf', parentRef: sub }));
      sub.kidsRef = leaves; total.kidsRef.push(sub);
      if (below) rows.push({ label: ['一、', '二、'][gi] + gname, kind: 'group' }, ...leaves, sub); else rows.push(sub, ...leaves);
    });
  } else {
    for (const t of C.towns) { const lf = { label: t.name, e: t.e, kind: 'leaf', parentRef: total }; rows.push(lf); total.kidsRef.push(lf); }
  }
  const extra = [];
  if (o.subset) extra.push({ label: R.pick(['其中：脱贫村', '其中：重点帮扶村', '其中：革命老区村']), e: C.poor, kind: 'subset', wholeRef: total });
  return finishRows(o.totalFirst ? [total, ...extra, ...rows] : [...rows, total, ...extra]);
}
function cityRows(R, o, city, style) {
  const rows = []; const total = { label: R.pick(['全市', '合计', '全市合计', '总计']), e: city.e, kind: 'total', kidsRef: [] };
  const subLbl = R.pick(['小计', '小计', '合计']), ls = R.int(0, 1);   // one subtotal label style per table
  for (const c of city.counties) {
    if (style === 'countiesOnly') { const lf = { label: c.name, e: c.e, kind: 'leaf', parentRef: total }; rows.push(lf); total.kidsRef.push(lf); continue; }
    if (style === 'twocol') {
      const sub = { label: subLbl, l1: c.name, e: c.e, kind: 'sub', kidsRef: [] };
      const leaves = c.towns.map((t) => ({ label: t.name, l1: c.name, e: t.e, kind: 'leaf', parentRef: sub }));
      sub.kidsRef = leaves; total.kidsRef.push(sub);
      const grp = o.subBelow ? [...leaves, sub] : [sub, ...leaves]; if (o.hx && o.hx.gap) grp[0].gapBefore = true; rows.push(...grp); continue;
    }
    const sub = { label: style === 'below' ? ['小计', c.name + '小计'][ls] : c.name, e: c.e, kind: 'sub', kidsRef: [] };
    const leaves = c.towns.map((t) => ({ label: (style === 'above' && o.indent ? '　　' : '') + t.name, e: t.e, kind: 'leaf', parentRef: sub }));
    sub.kidsRef = leaves; total.kidsRef.push(sub);
    const grp = style === 'below' ? [{ label: c.name, kind: 'group' }, ...leaves, sub] : [sub, ...leaves];
    if (o.hx && o.hx.gap) grp[0].gapBefore = true; rows.push(...grp);
  }
  return finishRows(o.totalFirst ? [total, ...rows] : [...rows, total]);
}
function rosterRows(sh, R, o, spec) {
  const { rows, fields } = spec; let r = spec.r0; const hx = o.hx || {};
  const lead = []; if (o.seq) lead.push('序号'); if (spec.twoCol) lead.push(spec.twoCol); lead.push(spec.labelHdr);
  r = writeRowHeader(sh, o, r, lead, fields, 1);
  const keys = fields.map((f) => f.key); const colOf = {}; fields.forEach((f, j) => { colOf[f.key] = 1 + lead.length + j; });
  if (hx.unitRow) { sh.put(r, lead.length, '单位'); fields.forEach((f) => sh.put(r, colOf[f.key], UNIT(f.key, o))); r++; }
  if (hx.colNum) { lead.forEach((t, j) => sh.put(r, 1 + j, ['甲', '乙', '丙'][j])); fields.forEach((f, j) => sh.put(r, colOf[f.key], j + 1)); r++; }
  const base = rows.map((row) => (row.e ? mkVals(row.e, o) : null));
  const ti = rows.findIndex((x) => x.kind === 'total');
  const leafIdx = rows.map((x, i) => i).filter((i) => rows[i].kind === 'leaf' && rows[i].e && rows[i].e.n > 0);
  const rankOf = {}; leafIdx.slice().sort((a, b) => base[b]('inc').s - base[a]('inc').s).forEach((i, q, arr) => { rankOf[i] = q > 0 && base[arr[q - 1]]('inc').s === base[i]('inc').s ? rankOf[arr[q - 1]] : q + 1; });
  const vals = rows.map((row, i) => {
    if (!row.e) return null;
    if (row.kind !== 'subset' && ti >= 0) row.shareOf = ti;
    return (k) => {
      if (k === 'incS') { if (row.kind === 'subset') return { s: null, x: null, tol: 0 }; const a = base[i]('inc'), b = base[ti]('inc'); const fx = b.x ? a.x / b.x * 100 : null, fs = b.s ? a.s / b.s * 100 : null; return { s: rnd(o.fromExact ? fx : fs, o.dR), x: fx, tol: 0.5 * 10 ** -o.dR + (o.fromExact ? Math.abs(fx - fs) : 0) + 1e-7 }; }
      if (k === 'rank') return { s: rankOf[i] ?? null, x: null, tol: 0 };
      if (k === 'note') return { s: row.e.n !== row.e.nP ? `含合并村${row.e.nP - row.e.n}个` : row.e.n === 0 ? '无行政村' : null, x: null, tol: 0 };
      return base[i](k);
    };
  });
  const rowOf = []; let seqNo = 0; const lc = lead.length; let grpStart = null, grpName = null;
  const closeGrp = (end) => { if (grpName != null && end > grpStart) sh.merge(grpStart, lc - 1, end, lc - 1); grpName = null; };
  rows.forEach((row, i) => {
    if (row.gapBefore) { closeGrp(r - 1); r++; }
    rowOf[i] = r;
    if (o.seq && row.kind === 'leaf') sh.put(r, 1, ++seqNo);
    const bold = row.kind === 'total' || row.kind === 'sub' ? { bold: true } : null;
    if (spec.twoCol) {
      if (row.l1 == null) { closeGrp(r - 1); sh.put(r, lc - 1, row.label, bold); sh.merge(r, lc - 1, r, lc); }
      else { if (row.l1 !== grpName) { closeGrp(r - 1); grpName = row.l1; grpStart = r; sh.put(r, lc - 1, row.l1); } sh.put(r, lc, row.label, bold); }
    } else if (row.kind === 'total' && o.seq && hx.mergeTotal) { sh.put(r, 1, row.label, bold); sh.merge(r, 1, r, lc); }
    else sh.put(r, lc, row.label, bold);
    if (row.e) for (const k of keys) { const v = vals[i](k).s; if (k === 'rank' || k === 'note') sh.put(r, colOf[k], v); else sh.put(r, colOf[k], disp(v, o, keyDec(k, o)), { fmt: fmtFor(k, o) }); }
    r++;
  });
  closeGrp(r - 1);
  const at = (i, k) => addr(rowOf[i], colOf[k]);
  tableRels(sh, R, o, rows, keys, at, vals);
  sh.widths[lc] = 16;
  return r;
}

// ---------------------------------------------------------------- layouts
const SHEETN = ['Sheet1', '村级集体经济', '表1', '汇总表', '分乡镇', '集体经济发展情况', '统计表'];
function newCounty(R, mode, nT, o) { const prof = makeProf(R, mode === 'hunt3' && R.chance(0.4) ? 'sparse' : ''); const used = new Set(); return makeCounty(R, countyName(R, new Set()), nT, prof, used, o && o.hx && o.hx.zeroStreet); }
function nTowns(R, mode) { if (mode === 'hunt3') return R.pick([1, 2, 2, 3, 30, 36, 42, R.int(4, 12)]); return R.int(4, 16); }
function orgOf(R, name) { return name + R.pick(['委组织部', '农业农村局', '委组织部（盖章）', '农村经营管理站']); }

function layRoster(R, o, mode, variant) {
  const C = newCounty(R, mode, variant === 'change' ? R.int(4, 14) : nTowns(R, mode), o); o.org = orgOf(R, C.name);
  const fields = rosterFields(R, o, variant);
  if (mode === 'hunt1') shuffleGroups(R, fields);
  const rows = countyRows(R, o, C, (mode === 'hunt2' || R.chance(0.15)) && R.chance(0.6) ? 'streets' : 'flat');
  const sh = new Sheet(R.pick(SHEETN)); const ncol = fields.length + (o.seq ? 2 : 1);
  const title = variant === 'change' ? R.pick([`${C.name}${o.year}年村级集体经济收入增长情况表`, `${C.name}村级集体经济收入对比表（${o.year}年与${o.year - 1}年）`])
    : variant === 'bands' ? R.pick([`${C.name}${o.year}年村级集体经济收入分档情况统计表`, `${o.year}年度${C.name}村集体经济收入分布情况`])
      : R.pick([`${C.name}${o.year}年村级集体经济发展情况统计表`, `${C.name}党建引领村级集体经济发展情况表`, `${o.year}年${C.name}村级集体经济基本情况`]);
  let r = titleRows(sh, R, o, 1, ncol, title);
  r = rosterRows(sh, R, o, { r0: r, rows, fields, labelHdr: R.pick(['乡镇（街道）', '乡镇', '单位', '地区', '乡镇名称', '乡（镇、街道）']) });
  notesRows(sh, R, o, r, ncol);
  return { sheets: [sh], layout: 'roster-' + variant };
}
function shuffleGroups(R, fields) {
  const groups = []; for (const f of fields) { const last = groups[groups.length - 1]; if (last && f.g && last[0].g === f.g) last.push(f); else groups.push([f]); }
  const sh = R.chance(0.5) ? R.shuffle(groups) : groups; fields.length = 0; for (const g of sh) fields.push(...g);
}
function layCity(R, o, mode) {
  const used = new Set(); const cused = new Set(); const nc = mode === 'hunt3' ? R.pick([2, 3, 8]) : R.int(2, 5);
  const counties = []; for (let i = 0; i < nc; i++) counties.push(makeCounty(R, countyName(R, cused), R.int(2, mode === 'hunt3' ? 9 : 6), makeProf(R, ''), used));
  const city = { name: R.pick(CITY) + '市', counties, e: aggregate(counties.flatMap((c) => c.e.vs)) };
  o.org = orgOf(R, city.name);
  const style = o.hx && o.hx.twoCol ? 'twocol' : R.pick(['above', 'above', 'below', 'countiesOnly']); if (style === 'twocol') o.subBelow = !o.totalFirst; if (style === 'above') o.totalFirst = true; if (style === 'below') o.totalFirst = false;
  o.indent = R.chance(0.5);
  const fields = rosterFields(R, o, R.pick(['roster', 'roster', 'change', 'bands']));
  const rows = cityRows(R, o, city, style);
  const sh = new Sheet(R.pick(['全市', '分县区', 'Sheet1', '汇总']));
  const ncol = fields.length + (o.seq ? 2 : 1) + (style === 'twocol' ? 1 : 0);
  let r = titleRows(sh, R, o, 1, ncol, R.pick([`${city.name}${o.year}年村级集体经济发展情况统计表`, `${city.name}各县（市、区）村级集体经济情况`]));
  r = rosterRows(sh, R, o, { r0: r, rows, fields, twoCol: style === 'twocol' ? R.pick(['县（市、区）', '县市区']) : null, labelHdr: style === 'twocol' ? R.pick(['乡镇（街道）', '乡镇']) : style === 'countiesOnly' ? R.pick(['县（市、区）', '地区', '县市区']) : R.pick(['县（市、区）/乡镇', '地区', '单位名称']) });
  notesRows(sh, R, o, r, ncol);
  return { sheets: [sh], layout: 'city-' + style };
}
// regions as columns
function layCols(R, o, mode) {
  const C = newCounty(R, mode, Math.min(nTowns(R, mode), 12), o); o.org = orgOf(R, C.name);
  const lb = o.lb; const fields = [];
  fields.push(F('n', null, null, lb.n));
  if (R.chance(0.9)) { fields.push(F('inc', null, null, lb.inc)); if (R.chance(0.6)) fields.push(F('op', null, null, '　　' + lb.op)); if (R.chance(0.6)) fields.push(F('mean', null, null, lb.mean)); }
  const grpRow = R.chance(0.5);
  if (R.chance(0.6)) for (const b of [1, 2, 3, 4]) fields.push(F('b' + b, '按收入分档', lb['b' + b], bandFlat(lb['b' + b])));
  if (R.chance(0.5)) { fields.push(F('weak', null, null, lb.weak)); if (R.chance(0.7)) fields.push(F('weakR', null, null, lb.weakR === '占比' ? '薄弱村占比' : lb.weakR)); }
  if (R.chance(0.4)) { fields.push(F('sec', null, null, lb.sec)); fields.push(F('secR', null, null, lb.secR)); }
  if (R.chance(0.3)) fields.push(F('coop', null, null, lb.coop));
  const unitCol = R.chance(0.6);
  const ents = [{ label: totalLabel(R, C.name.slice(-1)), e: C.e, kind: 'total', kidsRef: [] }];
  const leaves = C.towns.map((t) => ({ label: t.name, e: t.e, kind: 'leaf', parentRef: ents[0] })); ents[0].kidsRef = leaves;
  const rows = finishRows(o.totalFirst ? [ents[0], ...leaves] : [...leaves, ents[0]]);
  const sh = new Sheet(R.pick(SHEETN)); const lead = unitCol ? 2 : 1; const ncol = lead + rows.length;
  let r = titleRows(sh, R, o, 1, ncol, R.pick([`${C.name}${o.year}年各乡镇村级集体经济情况`, `${C.name}村级集体经济发展主要指标（分乡镇）`]));
  const two = o.hdr2;
  sh.put(r, 1, R.pick(['指标', '项目', '指标名称']), { bold: true }); if (unitCol) sh.put(r, 2, '单位', { bold: true });
  const colOf = []; rows.forEach((row, i) => { colOf[i] = lead + 1 + i; });
  if (two) {
    for (let c = 1; c <= lead; c++) sh.merge(r, c, r + 1, c);
    const ti = rows.findIndex((x) => x.kind === 'total'); sh.put(r, colOf[ti], rows[ti].label, { bold: true }); sh.merge(r, colOf[ti], r + 1, colOf[ti]);
    const lc = rows.map((x, i) => i).filter((i) => i !== ti).map((i) => colOf[i]);
    sh.put(r, Math.min(...lc), R.pick(['分乡镇（街道）', '其中', '各乡镇']), { bold: true, align: 'center' }); sh.merge(r, Math.min(...lc), r, Math.max(...lc));
    rows.forEach((row, i) => { if (i !== ti) sh.put(r + 1, colOf[i], row.label, { bold: true }); });
    r += 2;
  } else { rows.forEach((row, i) => sh.put(r, colOf[i], row.label, { bold: true })); r++; }
  const vals = rows.map((row) => mkVals(row.e, o));
  const rowOf = {}; let inGroup = false;
  for (const f of fields) {
    if (f.g && grpRow && !inGroup) { sh.put(r, 1, f.g + (unitCol ? '' : '（个）')); r++; inGroup = true; }
    const u = UNIT(f.key, o);
    const label = f.g && grpRow ? '　　' + f.sub : f.flat;
    sh.put(r, 1, unitCol ? label : label + (u === '%' || o.uih ? uS(u) : ''));
    if (unitCol) sh.put(r, 2, u);
    rowOf[f.key] = r;
    rows.forEach((row, i) => sh.put(r, colOf[i], disp(vals[i](f.key).s, o, keyDec(f.key, o)), { fmt: fmtFor(f.key, o) }));
    r++;
  }
  sh.widths[1] = 22;
  const at = (i, k) => addr(rowOf[k], colOf[i]);
  tableRels(sh, R, o, rows, fields.map((f) => f.key), at, vals);
  notesRows(sh, R, o, r, ncol);
  return { sheets: [sh], layout: 'cols' };
}
// indicators as rows: 指标 | 单位 | 本年 | 上年 | 增减 | 增长%
function indSheet(R, o, C, sh, r0, ncolHint) {
  const lb = o.lb; const ms = [];
  ms.push({ k: 'n', lbl: lb.n });
  if (R.chance(0.95)) { ms.push({ k: 'inc', lbl: R.pick(['村级集体经济总收入', '集体经济收入', lb.inc]) }); if (R.chance(0.7)) ms.push({ k: 'op', lbl: R.pick(['　其中：经营性收入', '其中：经营性收入', '  其中:经营性收入']) }); }
  if (R.chance(0.7)) ms.push({ k: 'mean', lbl: R.pick(['村均集体经济收入', '村均收入', '平均每村集体经济收入']) });
  if (R.chance(0.6)) { const g = R.chance(0.4); if (g) ms.push({ grp: R.pick(['按收入分档：', '收入分档情况', '其中：']) }); for (const b of [1, 2, 3, 4]) ms.push({ k: 'b' + b, lbl: (g ? '　　' : '') + bandFlat(lb['b' + b]), band: true }); }
  if (R.chance(0.7)) { ms.push({ k: 'weak', lbl: R.pick(['集体经济薄弱村', '薄弱村数']) }); if (R.chance(0.7)) ms.push({ k: 'weakR', lbl: R.pick(['薄弱村占比', '　薄弱村占行政村比例']) }); }
  if (R.chance(0.3)) ms.push({ k: 'shell', lbl: '空壳村' });
  if (R.chance(0.3)) ms.push({ k: 'removed', lbl: R.pick(['当年消除薄弱村', '消除薄弱村数']), noPrev: true });
  if (R.chance(0.5)) { ms.push({ k: 'sec', lbl: R.pick(['书记兼任村委会主任村数', '“一肩挑”村数']) }); if (R.chance(0.8)) ms.push({ k: 'secR', lbl: R.pick(['“一肩挑”比例', '书记兼任主任比例']) }); }
  if (R.chance(0.4)) ms.push({ k: 'coop', lbl: lb.coop });
  if (R.chance(0.3)) ms.push({ k: 'ent', lbl: lb.ent });
  const hasD = R.chance(0.85), hasG = R.chance(0.85) || !hasD, seq = R.chance(0.3);
  const Y = o.numYear ? o.year : `${o.year}年`, Y0 = o.numYear ? o.year - 1 : `${o.year - 1}年`;
  const hdr = [R.pick(['指标', '项目', '指标名称']), '单位', R.pick(['本年', Y, '本期', `${o.year}年末`]), R.pick(['上年', Y0, '上年同期', `${o.year - 1}年末`])];
  if (hasD) hdr.push(R.pick(['增减', '比上年增减', '增减额', '增减量']));
  if (hasG) hdr.push(R.pick(['增长（%）', '增幅（%）', '同比增长（%）', '比上年增长%']));
  const lead = seq ? 1 : 0; let r = r0;
  if (seq) sh.put(r, 1, '序号', { bold: true });
  hdr.forEach((h, j) => sh.put(r, lead + 1 + j, h, { bold: true, align: 'center' })); r++;
  const cC = lead + 3, cP = lead + 4, cD = hasD ? lead + 5 : null, cG = hasG ? lead + (hasD ? 6 : 5) : null;
  const V = mkVals(C.e, o); const rowOf = {}; let sn = 0;
  for (const m of ms) {
    if (m.grp) { sh.put(r, lead + 1, m.grp); r++; continue; }
    if (seq) sh.put(r, 1, ++sn);
    const k = m.k, t = keyType(k), u = UNIT(k, o); rowOf[k] = r;
    sh.put(r, lead + 1, m.lbl); sh.put(r, lead + 2, u);
    sh.put(r, cC, disp(V(k).s, o, keyDec(k, o)), { fmt: fmtFor(k, o) });
    if (!m.noPrev) {
      sh.put(r, cP, disp(V(k + 'P').s, o, keyDec(k, o)), { fmt: fmtFor(k, o) });
      if (hasD) { if (t === 'rate' && o.pctFrac) sh.put(r, cD, '—'); else sh.put(r, cD, disp(V(k + 'D').s, o, keyDec(k + 'D', o)), { fmt: fmtFor(k + 'D', o) }); }
      if (hasG) { if (t === 'rate') sh.put(r, cG, R.chance(0.5) ? '—' : null); else sh.put(r, cG, disp(V(k + 'G').s, o, keyDec(k + 'G', o)), { fmt: fmtFor(k + 'G', o) }); }
    } else { sh.put(r, cP, R.chance(0.5) ? '—' : null); }
    r++;
  }
  if (hasD && ms.some((m) => m.k === 'weakR') && !o.pctFrac) { /* pp note */ }
  const has = (k) => k in rowOf; const at = (k, c) => addr(rowOf[k], c);
  const cols = [[cC, ''], [cP, 'P']];
  for (const m of ms) {
    if (!m.k) continue; const k = m.k, t = keyType(k);
    if (!m.noPrev) {
      if (hasD && !(t === 'rate' && o.pctFrac)) { const c = V(k + 'D'); if (c.s != null) sh.rel({ t: 'pp', cell: at(k, cD), cur: at(k, cC), prev: at(k, cP), tol: c.tol }); }
      if (hasG && t !== 'rate') { const c = V(k + 'G'); if (c.s != null) sh.rel({ t: 'growth', cell: at(k, cG), cur: at(k, cC), prev: at(k, cP), tol: c.tol }); }
    }
    for (const [col, suf] of cols) {
      if (suf && m.noPrev) continue;
      if (t === 'rate' || t === 'mean') { const d = derOf(k); const c = V(k + suf); if (has(d.num) && has(d.den) && c.s != null) sh.rel({ t: 'rate', cell: at(k, col), num: at(d.num, col), den: at(d.den, col), k: effK(k + suf, o), tol: c.tol }); }
    }
  }
  for (const [col, suf] of cols) {
    if (has('b1')) sh.rel({ t: 'sum', total: at('n', col), parts: [1, 2, 3, 4].map((b) => at('b' + b, col)), tol: 1e-7 });
    for (const [p, w] of [['op', 'inc'], ['weak', 'n'], ['sec', 'n'], ['shell', has('weak') ? 'weak' : 'n']]) if (has(p) && has(w)) sh.rel({ t: 'le', whole: at(w, col), parts: [at(p, col)], tol: 1e-7 });
    if (!suf && has('removed') && has('weak')) { /* removed <= weakP : prev column of weak */ sh.rel({ t: 'le', whole: at('weak', cP), parts: [at('removed', cC)], tol: 1e-7 }); }
  }
  if (hasD && has('b1')) sh.rel({ t: 'sum', total: at('n', cD), parts: [1, 2, 3, 4].map((b) => at('b' + b, cD)), tol: 1e-7 });
  // candidates
  for (const m of ms) {
    if (!m.k) continue; const k = m.k, t = keyType(k);
    const kindOf = t === 'rate' ? 'rate' : t === 'mean' ? 'mean' : k === 'n' || k === 'inc' ? 'total' : 'part';
    for (const [col, suf] of cols) {
      if (suf && m.noPrev) continue;
      const c = V(k + suf); if (c.s == null || c.s === 0) continue; const dec = keyDec(k, o); const alts = [];
      alts.push(V(suf ? k : k + 'P').s);
      if (t === 'rate' || t === 'mean') { const d = derOf(k + suf); const kk = effK(k + suf, o); for (const dd of [V(suf ? 'n' : 'nP').s, suf ? null : V('nP').s + V('removed').s]) if (dd) alts.push(rnd(kk * V(d.num).s / dd, dec)); if (kk === 100) alts.push(rnd(100 - c.s, dec)); }
      sh.cand(at(k, col), kindOf, dec, alts);
    }
    if (m.noPrev) continue;
    if (hasD && !(t === 'rate' && o.pctFrac)) { const c = V(k + 'D'); if (c.s) sh.cand(at(k, cD), 'change', keyDec(k + 'D', o), [-c.s, V(k).s]); }
    if (hasG && t !== 'rate') { const c = V(k + 'G'); const a = V(k).s, b = V(k + 'P').s; if (c.s) sh.cand(at(k, cG), 'change', keyDec(k + 'G', o), [-c.s, a ? rnd((a - b) / a * 100, o.dG) : null, b ? rnd(a / b * 100, o.dG) : null]); }
  }
  sh.widths[lead + 1] = 26;
  return { r, ncol: lead + hdr.length };
}
function layInd(R, o, mode) {
  const C = newCounty(R, mode, nTowns(R, mode), o); o.org = orgOf(R, C.name);
  const sh = new Sheet(R.pick(['主要指标', 'Sheet1', '汇总', '指标表']));
  let r = titleRows(sh, R, o, 1, 6, R.pick([`${C.name}${o.year}年村级集体经济发展主要指标`, `${C.name}党建引领村级集体经济发展情况（${o.year}年）`, `${o.year}年${C.name}村级集体经济主要指标完成情况`]));
  const res = indSheet(R, o, C, sh, r);
  notesRows(sh, R, o, res.r, res.ncol);
  return { sheets: [sh], layout: 'ind' };
}
function layMulti(R, o, mode) {
  const C = newCounty(R, mode, nTowns(R, mode), o); o.org = orgOf(R, C.name);
  const sheets = [];
  const s1 = new Sheet(R.pick(['汇总', '主要指标', '全县']));
  let r = titleRows(s1, R, o, 1, 6, `${C.name}${o.year}年村级集体经济发展主要指标`);
  const res = indSheet(R, o, C, s1, r); notesRows(s1, R, o, res.r, res.ncol); sheets.push(s1);
  for (const variant of R.sample(['roster', 'change', 'bands'], R.int(1, 2))) {
    const sh = new Sheet({ roster: '分乡镇', change: '增长情况', bands: '收入分档' }[variant]);
    const fields = rosterFields(R, o, variant); const rows = countyRows(R, o, C, 'flat'); const ncol = fields.length + (o.seq ? 2 : 1);
    let rr = titleRows(sh, R, o, 1, ncol, `${C.name}${o.year}年分乡镇村级集体经济${{ roster: '发展情况', change: '收入增长情况', bands: '收入分档情况' }[variant]}`);
    rr = rosterRows(sh, R, o, { r0: rr, rows, fields, labelHdr: R.pick(['乡镇（街道）', '乡镇']) });
    notesRows(sh, R, o, rr, ncol); sheets.push(sh);
  }
  return { sheets, layout: 'multi' };
}
function layStacked(R, o, mode) {
  const C = newCounty(R, mode, R.int(3, 10), o); o.org = orgOf(R, C.name);
  const sh = new Sheet(R.pick(SHEETN)); let r = 1;
  const parts = R.sample(['roster', 'change', 'bands', 'ind'], R.int(2, 3));
  parts.forEach((variant, idx) => {
    const num = ['一', '二', '三'][idx];
    if (variant === 'ind') { sh.put(r, 1, `表${num}　${C.name}村级集体经济主要指标`, { bold: true }); r++; r = indSheet(R, o, C, sh, r).r; }
    else {
      const fields = rosterFields(R, o, variant); const rows = countyRows(R, o, C, 'flat');
      sh.put(r, 1, `表${num}　${C.name}${o.year}年村级集体经济${{ roster: '发展情况', change: '收入增长情况', bands: '收入分档情况' }[variant]}`, { bold: true }); r++;
      if (!o.uih) { sh.put(r, 1, '单位：个、万元、%'); r++; }
      r = rosterRows(sh, R, o, { r0: r, rows, fields, labelHdr: R.pick(['乡镇（街道）', '乡镇']) });
    }
    r += R.int(1, 3);
  });
  notesRows(sh, R, o, r, 6);
  return { sheets: [sh], layout: 'stacked' };
}

function layTrend(R, o, mode) {
  const C = newCounty(R, mode, nTowns(R, mode), o); o.org = orgOf(R, C.name);
  const sh = new Sheet(R.pick(['发展趋势', 'Sheet1', '三年对比']));
  const y = o.year; const Y = (k) => (o.numYear ? k : `${k}年`);
  let r = titleRows(sh, R, o, 1, 7, R.pick([`${C.name}${y - 2}—${y}年村级集体经济发展情况`, `${C.name}近三年村级集体经济主要指标`]));
  const ms = [{ k: 'n', lbl: o.lb.n }, { k: 'inc', lbl: R.pick(['村级集体经济总收入', '集体经济收入']) }];
  if (R.chance(0.6)) ms.push({ k: 'op', lbl: '　其中：经营性收入' });
  if (R.chance(0.7)) ms.push({ k: 'mean', lbl: R.pick(['村均收入', '村均集体经济收入']) });
  const hasG = R.chance(0.7);
  const hdr = [R.pick(['指标', '项目']), '单位', Y(y - 2), Y(y - 1), Y(y)]; if (hasG) hdr.push(R.pick(['比上年增长（%）', `${y}年增长（%）`])); hdr.push(R.pick(['年均增长（%）', '三年年均增长（%）', '年均增速（%）']));
  hdr.forEach((h, j) => sh.put(r, 1 + j, h, { bold: true, align: 'center' })); r++;
  const V = mkVals(C.e, o); const rowOf = {}; const cQ = 3, cP = 4, cC = 5, cG = hasG ? 6 : null, cA = hasG ? 7 : 6;
  for (const m of ms) {
    const k = m.k; rowOf[k] = r; const dec = keyDec(k, o);
    sh.put(r, 1, m.lbl); sh.put(r, 2, UNIT(k, o));
    [[cQ, 'Q'], [cP, 'P'], [cC, '']].forEach(([c, q]) => sh.put(r, c, disp(V(k + q).s, o, dec), { fmt: fmtFor(k, o) }));
    if (hasG) { const g = V(k + 'G'); sh.put(r, cG, disp(g.s, o, o.dG), { fmt: fmtFor('incG', o) }); if (g.s != null) { sh.rel({ t: 'growth', cell: addr(r, cG), cur: addr(r, cC), prev: addr(r, cP), tol: g.tol }); sh.cand(addr(r, cG), 'change', o.dG, [-g.s]); } }
    const e = V(k), st = V(k + 'Q');
    const fx = st.x ? (Math.pow(e.x / st.x, 0.5) - 1) * 100 : null, fs = st.s ? (Math.pow(e.s / st.s, 0.5) - 1) * 100 : null;
    const a = rnd(o.fromExact ? fx : fs, o.dG); sh.put(r, cA, disp(a, o, o.dG), { fmt: fmtFor('incG', o) });
    if (a != null) { sh.rel({ t: 'cagr', cell: addr(r, cA), end: addr(r, cC), start: addr(r, cQ), n: 2, tol: 0.5 * 10 ** -o.dG + (o.fromExact ? Math.abs(fx - fs) : 0) + 1e-7 }); sh.cand(addr(r, cA), 'change', o.dG, [rnd((e.s / st.s - 1) * 100, o.dG)]); }
    for (const [c] of [[cQ], [cP], [cC]]) if (V(k).s) sh.cand(addr(r, c), keyType(k) === 'mean' ? 'mean' : k === 'op' ? 'part' : 'total', dec, []);
    r++;
  }
  for (const [c, q] of [[cQ, 'Q'], [cP, 'P'], [cC, '']]) {
    if (rowOf.mean) { const v = V('mean' + q); if (v.s != null) sh.rel({ t: 'rate', cell: addr(rowOf.mean, c), num: addr(rowOf.inc, c), den: addr(rowOf.n, c), k: effK('mean' + q, o), tol: v.tol }); }
    if (rowOf.op) sh.rel({ t: 'le', whole: addr(rowOf.inc, c), parts: [addr(rowOf.op, c)], tol: 1e-7 });
  }
  sh.widths[1] = 24;
  notesRows(sh, R, o, r, 7);
  return { sheets: [sh], layout: 'trend' };
}
const LAYOUTS = {
  roster: (R, o, m) => layRoster(R, o, m, 'roster'), change: (R, o, m) => layRoster(R, o, m, 'change'), bands: (R, o, m) => layRoster(R, o, m, 'bands'),
  city: layCity, cols: layCols, ind: layInd, multi: layMulti, stacked: layStacked, trend: layTrend,
};
function makeBook(R, layout, mode) { const o = makeOpts(R, mode); PAREN = o.hx ? o.hx.paren : ['（', '）']; o.indent = o.indent ?? R.chance(0.3); const b = LAYOUTS[layout](R, o, mode); b.opts = o; return b; }

// ---------------------------------------------------------------- planting
function digitSlips(v, dec) {
  const s = Math.abs(v).toFixed(dec); const neg = v < 0; const ch = s.split(''); const out = [];
  const idx = ch.map((c, i) => (c !== '.' ? i : -1)).filter((i) => i >= 0);
  for (let a = 0; a < idx.length - 1; a++) { const i = idx[a], j = idx[a + 1]; if (ch[i] !== ch[j]) { const c2 = ch.slice(); [c2[i], c2[j]] = [c2[j], c2[i]]; out.push(c2.join('')); } }
  for (const i of idx) { const c2 = ch.slice(); c2.splice(i, 1); let t = c2.join(''); if (t.startsWith('.')) t = '0' + t; if (t.endsWith('.')) t = t.slice(0, -1); if (t) out.push(t); }
  for (const i of idx) { const c2 = ch.slice(); c2.splice(i, 0, ch[i]); out.push(c2.join('')); }
  return out.map((t) => Number(t) * (neg ? -1 : 1)).map((x) => rnd(x, dec)).filter((x) => Number.isFinite(x) && x !== v);
}
function brokenBy(sh, cell) {
  const get = (a) => (a in sh.v ? sh.v[a] : null);
  return sh.rels.filter((r) => relCells(r).includes(cell)).filter((r) => { const e = evalRel(r, get); return e != null && e > r.tol + 1e-6; });
}
function plant(book, R, want) {
  const all = book.sheets.flatMap((s) => s.cands);
  const kinds = [...new Set(all.map((c) => c.kind))];
  const order = [want, ...R.shuffle(kinds.filter((k) => k !== want))].filter((k) => kinds.includes(k));
  for (const kind of order) {
    for (const c of R.shuffle(all.filter((x) => x.kind === kind)).slice(0, 80)) {
      const sh = book.sheets.find((s) => s.name === c.sheet); const was = sh.v[c.cell];
      if (typeof was !== 'number') continue;
      const alts = R.shuffle(c.alts), slips = R.shuffle(digitSlips(was, c.dec));
      const cands = R.chance(0.5) ? [...alts, ...slips] : [...slips, ...alts];
      for (const now of cands) {
        if (typeof now !== 'number' || !Number.isFinite(now) || now === was) continue;
        if (kind !== 'change' && now < 0) continue;
        if (c.dec === 0 ? Math.abs(now - was) < 1 || !Number.isInteger(now) : Math.abs(now - was) < 0.02 * Math.abs(was)) continue;
        sh.v[c.cell] = now;
        if (brokenBy(sh, c.cell).length) return { sheet: c.sheet, cell: c.cell, was, now, kind };
        sh.v[c.cell] = was;
      }
    }
  }
  return null;
}
const cloneBook = (b) => ({ ...b, sheets: b.sheets.map((s) => Object.assign(new Sheet(s.name), JSON.parse(JSON.stringify(s)))) });
function selfCheck(book, plants) {
  for (const sh of book.sheets) {
    const get = (a) => (a in sh.v ? sh.v[a] : null);
    for (const r of sh.rels) { const e = evalRel(r, get); if (e != null && e > 1e-9 && !plants.some((p) => p.sheet === sh.name && relCells(r).includes(p.cell))) throw new Error('clean relation broken ' + JSON.stringify(r) + ' ' + e); }
  }
}

// ---------------------------------------------------------------- sets
const KINDS = ['total', 'part', 'rate', 'change', 'mean'];
const MAIN_LAYOUTS = ['roster', 'change', 'bands', 'city', 'cols', 'ind', 'multi', 'stacked'];
async function emit(set, items) {
  const dir = path.join(ROOT, set); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  const manifest = [], rels = [];
  for (const it of items) {
    selfCheck(it.book, it.plants);
    await writeBook(it.book, path.join(dir, it.file));
    manifest.push({ file: it.file, plants: it.plants, layout: it.book.layout });
    rels.push({ file: it.file, rels: it.book.sheets.flatMap((s) => s.rels) });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(ROOT, 'rel', set + '.json'), JSON.stringify(rels));
  const np = items.filter((i) => i.plants.length).length;
  console.log(`${set}: ${items.length} books (${items.length - np} clean, ${np} planted)`);
}
function genCases() {
  const items = []; let n = 0; const name = () => `c${String(++n).padStart(3, '0')}.xlsx`;
  for (let b = 0; b < 15; b++) {
    const R = new Rng(990001 + b * 7919);
    const layout = MAIN_LAYOUTS[b % MAIN_LAYOUTS.length]; const base = makeBook(R, layout, 'std');
    items.push({ file: name(), book: base, plants: [] });
    for (let t = 0; t < 2; t++) {
      const tw = cloneBook(base); const p = plant(tw, R, KINDS[(b * 2 + t) % KINDS.length]);
      if (p) items.push({ file: name(), book: tw, plants: [p] });
    }
  }
  return items;
}
function genProbe() {
  const items = []; let kc = 0;
  for (let i = 0; i < 100; i++) {
    const R = new Rng(990002 + i * 7919);
    const layout = MAIN_LAYOUTS[i % MAIN_LAYOUTS.length]; const book = makeBook(R, layout, 'std'); const file = `p${String(i + 1).padStart(3, '0')}.xlsx`;
    if (i % 2 === 0) { items.push({ file, book, plants: [] }); continue; }
    const p = plant(book, R, KINDS[kc++ % KINDS.length]); items.push({ file, book, plants: p ? [p] : [] });
  }
  return items;
}
function genHunt(k) {
  const mode = 'hunt' + k; const items = [];
  const lays = { 1: ['roster', 'change', 'bands', 'ind', 'cols', 'trend'], 2: ['roster', 'city', 'city', 'roster', 'multi'], 3: ['roster', 'change', 'bands', 'city', 'ind', 'cols'], 4: ['stacked', 'multi', 'cols', 'ind', 'bands', 'stacked', 'trend'] }[k];
  for (let i = 0; i < 120; i++) items.push({ R: new Rng(990100 + k * 100003 + i * 7919), file: `h${k}_${String(i + 1).padStart(3, '0')}.xlsx`, book: null, plants: [] });
  for (const [i, it] of items.entries()) { it.book = makeBook(it.R, lays[i % lays.length], mode); delete it.R; }
  return items;
}
(async () => {
  const want = process.argv.slice(2); const sets = want.length ? want : ['cases', 'probe'];
  for (const s of sets) {
    const items = s === 'cases' ? genCases() : s === 'probe' ? genProbe() : genHunt(+s.replace('hunt', ''));
    await emit(s, items);
  }
})().catch((e) => { console.error(e); process.exit(1); });
