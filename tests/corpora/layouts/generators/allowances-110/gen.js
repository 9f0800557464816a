// node gen.js SET N SEED PLANTFRAC [variant]
// Generates workbooks on 非公企业/社会组织党组织书记报酬 with recorded relations.
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells } = require('./rel.js');
const [, , SET, NS, SEEDS, PFS, VARIANT] = process.argv;
const N = +NS, SEED = +SEEDS, PF = +PFS, VAR = VARIANT || 'a';
const ROOT = '/tmp/round110b';
function mk(seed) { let s = seed >>> 0; return () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mk(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const rf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const U = (d) => 0.5 * Math.pow(10, -d);
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

const COUNTIES = ['城关区', '东城区', '西城区', '高新区', '经开区', '临江县', '青山县', '石门县', '白沙县', '龙泉市', '新安县', '永宁县', '清河区', '北湖区', '凤凰县', '桃江县', '云岭县', '安平市'];
const TOWNS = ['城东街道', '城西街道', '南关街道', '北苑街道', '滨河镇', '柳林镇', '桃源乡', '石桥镇', '新华街道', '朝阳街道', '长安镇', '白马镇', '东湖街道', '西山乡', '河口镇', '平安街道'];
const SOURCES = [['财政补贴', 'F'], ['党费返还', 'D'], ['企业列支', 'E']];

// ---------- value helpers ----------
// additive value: {v displayed, ex exact (wan), eb error bound of v vs ex}
function leafAmt(yuan, d) { const ex = yuan / 1e4; return { v: rnd(ex, d), ex, eb: U(d) }; }
function sumAmt(vals, d, mode) {
  const ex = vals.reduce((a, x) => a + x.ex, 0);
  if (mode === 'disp') { const v = rnd(vals.reduce((a, x) => a + x.v, 0), d); return { v, ex, eb: vals.reduce((a, x) => a + x.eb, 0) + 1e-9 }; }
  return { v: rnd(ex, d), ex, eb: U(d) };
}
function cnt(n) { return { v: n, ex: n, eb: 0 }; }
function sumCnt(vals) { const n = vals.reduce((a, x) => a + x.v, 0); return cnt(n); }
function sumTol(total, parts) { return Math.abs(total.v - parts.reduce((a, x) => a + x.v, 0)) <= 1e-7 ? 1e-6 : total.eb + parts.reduce((a, x) => a + x.eb, 0) + 1e-6; }
// ratio (num/den*k) displayed with dr decimals
function ratio(num, den, k, dr) { const ex = num.ex / den.ex * k; return { v: rnd(ex, dr), ex, eb: U(dr), tol: U(dr) + k * (num.eb / Math.abs(den.v) + Math.abs(num.v) * den.eb / (den.v * den.v)) * 1.05 + 1e-7 }; }
function growth(cur, prev, dg) { const ex = (cur.ex / prev.ex - 1) * 100; return { v: rnd(ex, dg), ex, eb: U(dg), tol: U(dg) + 100 * (cur.eb / Math.abs(prev.v) + Math.abs(cur.v) * prev.eb / (prev.v * prev.v)) * 1.05 + 1e-7 }; }

// ---------- sheet ----------
class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.meta = {}; this.merges = []; this.rels = []; this.fmt = {}; this.text = false; this.widths = {}; }
  put(r, c, v, role, fmt) { const a = A(r, c); this.cells[a] = v; if (role) this.meta[a] = { role }; if (fmt) this.fmt[a] = fmt; return a; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(o) { this.rels.push(o); }
}
function decFmt(d) { return d === 0 ? '0' : '0.' + '0'.repeat(d); }
// write a numeric value object; maybe '—' when zero
function putNum(sh, r, c, val, d, role, opts = {}) {
  let v = val.v;
  if (v === 0 && opts.dash) v = pick(['—', '-', null]);
  const fmt = opts.pct ? (d === 0 ? '0%' : '0.' + '0'.repeat(d - 2 > 0 ? d - 2 : 0) + '%').replace('0.%', '0%') : decFmt(d);
  return sh.put(r, c, v, role, fmt);
}

function titleBlock(sh, r, ncol, title, unitLine) {
  sh.put(r, 1, title); sh.merge(r, 1, r, ncol); r++;
  if (unitLine) {
    if (chance(0.5)) { sh.put(r, ncol, unitLine); }
    else { sh.put(r, 1, pick(['填报单位：市委组织部（非公和社会组织党工委）', '填报单位：县委两新工委', '']) || null); sh.put(r, Math.max(2, ncol - 1), unitLine); }
    r++;
  }
  return r;
}
function notesBlock(sh, r, ncol, extra) {
  r += chance(0.4) ? 1 : 0;
  const notes = [
    '注：1.人均报酬=报酬发放总额÷书记人数÷月数；2.金额单位为万元，保留两位小数。',
    '说明：党费返还指上级党组织按规定返还用于书记报酬补贴的党费。',
    '注：数据来源于各县（市、区）两新工委季度报表，“—”表示无此项。',
    '备注：专职书记含党建工作指导员。'
  ];
  if (extra) { sh.put(r, 1, extra); r++; }
  for (const n of shuffle(notes).slice(0, ri(0, 2))) { sh.put(r, 1, n); sh.merge(r, 1, r, ncol); r++; }
  if (chance(0.7)) { sh.put(r, 1, `填报人：${pick(['王丽', '李强', '张敏', '刘洋'])}`); sh.put(r, Math.max(3, Math.floor(ncol / 2)), `审核人：${pick(['陈军', '赵静', '孙伟'])}`); if (ncol >= 6) sh.put(r, ncol - 1, `填报日期：2024年${ri(1, 3)}月${ri(1, 28)}日`); r++; }
  return r;
}

// random entity
function entity(scale = 1, noDues = false) {
  const n = Math.max(3, Math.round(ri(15, 320) * scale));
  const per = rf(280, 1600);
  const y = Math.round(n * per * 12 * rf(0.9, 1.0));
  let f = rf(0.25, 0.65), dd = noDues || chance(0.1) ? 0 : rf(0.05, 0.3);
  const yF = Math.round(y * f), yD = Math.round(y * dd), yE = Math.max(0, y - yF - yD);
  const nFull = Math.round(n * rf(0.05, 0.45));
  const nPrev = Math.max(2, Math.round(n * rf(0.82, 1.12)));
  const yPrev = Math.round(y * rf(0.78, 1.12));
  const fPrev = f * rf(0.85, 1.12);
  const yFPrev = Math.round(yPrev * fPrev), yDPrev = dd === 0 ? 0 : Math.round(yPrev * dd * rf(0.8, 1.2)); const yEPrev = Math.max(0, yPrev - yFPrev - yDPrev);
  return { n, nFull, yF, yD, yE, y: yF + yD + yE, nPrev, yPrev: yFPrev + yDPrev + yEPrev, yFPrev, yDPrev, yEPrev };
}

// book-level style
function style() {
  return {
    d: chance(0.8) ? 2 : pick([1, 4]), mode: VAR !== 'c' && VAR !== 'd' && chance(0.65) ? 'disp' : 'exact', pct: chance(0.15), dr: pick([0, 0, 1, 2]), ds: pick([1, 2, 2]), dg: pick([1, 1, 2]),
    dash: chance(0.5), text: chance(0.12), seq: chance(0.4), totalTop: chance(0.6), avgK: pick([['人均报酬（元/月）', 10000 / 12], ['人均报酬（元/月）', 10000 / 12], ['人均年报酬（元）', 10000], ['月人均（元）', 10000 / 12]]),
    totLabel: pick(['合计', '总计', '全市合计', '全市', '全省合计', '合  计'])
  };
}
function pctVal(x, st) { return st.pct ? { v: rnd(x.ex / 100, st.ds + 2), ex: x.ex / 100, tol: x.tol / 100 } : x; }

// ---------- A: 县区 rows ----------
function tableA(sh, r0, st, ctx) {
  const k = ri(5, 11);
  const names = shuffle(COUNTIES).slice(0, k);
  const ents = names.map(() => entity());
  const hasFull = chance(0.45), hasSrc = chance(0.7), hasAvg = chance(0.75), hasShare = hasSrc && chance(0.55), hasPrev = chance(0.6), hasPrevN = hasPrev && chance(0.3);
  const cols = [];
  if (st.seq) cols.push({ k: 'seq', h: '序号' });
  cols.push({ k: 'name', h: pick(['县（市、区）', '县区', '地区', '单位']) });
  cols.push({ k: 'n', h: pick(['书记人数（人）', '党组织书记人数', '书记（人）']) });
  if (hasFull) cols.push({ k: 'nFull', h: '专职书记', g: '其中' });
  if (hasPrevN) cols.push({ k: 'nPrev', h: '上年书记人数' });
  cols.push({ k: 'A', h: pick(['报酬发放总额（万元）', '发放总额', '补贴发放总额（万元）']) });
  if (hasSrc) for (const [s, kk] of SOURCES) cols.push({ k: kk, h: s, g: '资金来源' });
  if (hasAvg) cols.push({ k: 'avg', h: st.avgK[0] });
  if (hasShare) cols.push({ k: 'shF', h: '财政补贴占比（%）' });
  if (hasShare && chance(0.4)) cols.push({ k: 'shD', h: '党费返还占比（%）' });
  if (hasPrev) { cols.push({ k: 'Ap', h: '上年发放总额（万元）' }); cols.push({ k: 'g', h: '比上年增长（%）' }); }
  const nc = cols.length;
  let r = r0;
  if (ctx.title) r = titleBlock(sh, r, nc, ctx.title, '单位：人、万元、' + (st.avgK[1] === 10000 ? '元' : '元/月'));
  // header: 1 or 2 rows
  const two = cols.some((c) => c.g);
  let c = 1;
  for (const col of cols) {
    col.c = c;
    if (two && col.g) { sh.put(r + 1, c, col.h); }
    else { sh.put(r, c, col.h); if (two) sh.merge(r, c, r + 1, c); }
    c++;
  }
  if (two) {
    for (const g of ['其中', '资金来源']) { const gc = cols.filter((x) => x.g === g); if (gc.length) { sh.put(r, gc[0].c, g); sh.merge(r, gc[0].c, r, gc[gc.length - 1].c); } }
    r += 2;
  } else r += 1;
  if (chance(VAR === 'c' ? 0.5 : 0.2)) { let q = 1; cols.forEach((col) => sh.put(r, col.c, col.k === 'name' ? '甲' : (col.k === 'seq' ? pick(['乙', null, '—']) : q++))); r++; }
  const rowsOrder = st.totalTop ? ['T', ...names.map((_, i) => i)] : [...names.map((_, i) => i), 'T'];
  const leaf = ents.map((e) => {
    const F = leafAmt(e.yF, st.d), D = leafAmt(e.yD, st.d), E = leafAmt(e.yE, st.d);
    const Atot = hasSrc ? sumAmt([F, D, E], st.d, st.mode) : leafAmt(e.y, st.d);
    return { n: cnt(e.n), nFull: cnt(e.nFull), nPrev: cnt(e.nPrev), F, D, E, A: Atot, Ap: leafAmt(e.yPrev, st.d) };
  });
  const T = {};
  for (const key of ['n', 'nFull', 'nPrev']) T[key] = sumCnt(leaf.map((x) => x[key]));
  for (const key of ['F', 'D', 'E', 'Ap']) T[key] = sumAmt(leaf.map((x) => x[key]), st.d, st.mode);
  T.A = hasSrc && st.mode === 'disp' ? sumAmt([T.F, T.D, T.E], st.d, 'disp') : sumAmt(leaf.map((x) => x.A), st.d, st.mode);
  const rowOf = {};
  let seq = 1;
  for (const key of rowsOrder) {
    const v = key === 'T' ? T : leaf[key];
    rowOf[key] = r;
    const role = key === 'T' ? 'total' : 'part';
    for (const col of cols) {
      const cc = col.c;
      if (col.k === 'seq') { if (key !== 'T') sh.put(r, cc, seq++); }
      else if (col.k === 'name') sh.put(r, cc, key === 'T' ? st.totLabel : names[key]);
      else if (['n', 'nFull', 'nPrev'].includes(col.k)) putNum(sh, r, cc, v[col.k], 0, role, { dash: st.dash });
      else if (['A', 'F', 'D', 'E', 'Ap'].includes(col.k)) putNum(sh, r, cc, v[col.k], st.d, role, { dash: st.dash });
      else if (col.k === 'avg') { const x = ratio(v.A, v.n, st.avgK[1], st.dr); v.avg = x; putNum(sh, r, cc, x, st.dr, 'rate'); }
      else if (col.k === 'shF' || col.k === 'shD') { const x = pctVal(ratio(v[col.k[2]], v.A, 100, st.ds), st); v[col.k] = x; putNum(sh, r, cc, x, st.pct ? st.ds + 2 : st.ds, 'share', { pct: st.pct }); }
      else if (col.k === 'g') { const x = growth(v.A, v.Ap, st.dg); v.g = x; putNum(sh, r, cc, x, st.dg, 'growth'); }
    }
    r++;
  }
  const C = Object.fromEntries(cols.map((x) => [x.k, x.c]));
  // relations
  const tr = rowOf.T;
  for (const key of ['n', 'nFull', 'nPrev', 'A', 'F', 'D', 'E', 'Ap']) if (C[key]) sh.rel({ t: 'sum', total: A(tr, C[key]), parts: names.map((_, i) => A(rowOf[i], C[key])), tol: sumTol(T[key], leaf.map((x) => x[key])) });
  for (const key of [...names.map((_, i) => i), 'T']) {
    const v = key === 'T' ? T : leaf[key], rr = rowOf[key];
    if (hasFull) sh.rel({ t: 'le', whole: A(rr, C.n), parts: [A(rr, C.nFull)], tol: 0 });
    if (hasSrc) sh.rel({ t: 'sum', total: A(rr, C.A), parts: ['F', 'D', 'E'].map((x) => A(rr, C[x])), tol: sumTol(v.A, [v.F, v.D, v.E]) });
    if (hasAvg) sh.rel({ t: 'rate', cell: A(rr, C.avg), num: A(rr, C.A), den: A(rr, C.n), k: st.avgK[1], tol: v.avg.tol });
    for (const s of ['shF', 'shD']) if (C[s]) sh.rel({ t: 'rate', cell: A(rr, C[s]), num: A(rr, C[s[2]]), den: A(rr, C.A), k: st.pct ? 1 : 100, tol: v[s].tol });
    if (hasPrev) sh.rel({ t: 'growth', cell: A(rr, C.g), cur: A(rr, C.A), prev: A(rr, C.Ap), tol: v.g.tol });
  }
  return r;
}

// ---------- B: 企业规模 / 社会组织 hierarchical rows ----------
function tableB(sh, r0, st, ctx) {
  const groups = [
    { name: '非公有制企业', kids: ['大型企业', '中型企业', '小微企业'] },
    { name: '社会组织', kids: chance(0.5) ? ['社会团体', '民办非企业单位', '基金会'] : ['社会团体', '民办非企业单位'] }
  ];
  const sub = chance(0.4); // 其中：行业协会商会 under 社会团体
  const hasN = true, hasAvg = chance(0.7), avgDiffMode = pick(['g', 'diff', 'none']);
  const numbering = pick(['cn', 'indent', 'plain']);
  const cols = [{ k: 'name', h: pick(['项目', '类别', '企业规模']) }];
  cols.push({ k: 'n', h: '本年', g: '书记人数（人）' }, { k: 'nPrev', h: '上年', g: '书记人数（人）' });
  if (chance(0.5)) cols.push({ k: 'gn', h: '增长（%）', g: '书记人数（人）' });
  cols.push({ k: 'A', h: '本年', g: '发放总额（万元）' }, { k: 'Ap', h: '上年', g: '发放总额（万元）' }, { k: 'g', h: pick(['增长（%）', '比上年增长（%）', '增幅（%）']), g: '发放总额（万元）' });
  if (hasAvg) { cols.push({ k: 'avg', h: '本年', g: st.avgK[0] }, { k: 'avgP', h: '上年', g: st.avgK[0] }); if (avgDiffMode === 'g') cols.push({ k: 'ga', h: '增长（%）', g: st.avgK[0] }); if (avgDiffMode === 'diff') cols.push({ k: 'da', h: '增减（元）', g: st.avgK[0] }); }
  const nc = cols.length; let r = r0;
  if (ctx.title) r = titleBlock(sh, r, nc, ctx.title, '单位：人、万元、元');
  let c = 1; for (const col of cols) { col.c = c++; }
  sh.put(r, 1, cols[0].h); sh.merge(r, 1, r + 1, 1);
  const gs = [...new Set(cols.filter((x) => x.g).map((x) => x.g))];
  for (const g of gs) { const gc = cols.filter((x) => x.g === g); sh.put(r, gc[0].c, g); sh.merge(r, gc[0].c, r, gc[gc.length - 1].c); for (const x of gc) sh.put(r + 1, x.c, x.h); }
  r += 2;
  const C = Object.fromEntries(cols.map((x) => [x.k, x.c]));
  // data
  const mkLeaf = (scale) => { const e = entity(scale); return { n: cnt(e.n), nPrev: cnt(e.nPrev), A: leafAmt(e.y, st.d), Ap: leafAmt(e.yPrev, st.d), e }; };
  const scales = { '大型企业': 0.3, '中型企业': 0.8, '小微企业': 2.5, '社会团体': 0.7, '民办非企业单位': 0.9, '基金会': 0.1 };
  const rows = []; // {label, v, role, level}
  const gvals = [];
  for (const [gi, g] of groups.entries()) {
    const kids = g.kids.map((kn) => ({ label: kn, v: mkLeaf(scales[kn]), role: 'part', level: 2 }));
    const gv = {}; for (const key of ['n', 'nPrev']) gv[key] = sumCnt(kids.map((x) => x.v[key])); for (const key of ['A', 'Ap']) gv[key] = sumAmt(kids.map((x) => x.v[key]), st.d, st.mode);
    const grow = { label: g.name, v: gv, role: 'subtotal', level: 1, kids, gi };
    gvals.push(grow);
  }
  const tv = {}; for (const key of ['n', 'nPrev']) tv[key] = sumCnt(gvals.map((x) => x.v[key])); for (const key of ['A', 'Ap']) tv[key] = sumAmt(gvals.map((x) => x.v[key]), st.d, st.mode);
  const trow = { label: st.totLabel, v: tv, role: 'total', level: 0 };
  const cn1 = ['一、', '二、', '三、'], cn2 = ['（一）', '（二）', '（三）', '（四）'];
  const lab = (x, i) => numbering === 'cn' ? (x.level === 1 ? cn1[i] + x.label : cn2[i] + x.label) : numbering === 'indent' ? (x.level === 2 ? '  ' + x.label : x.label) : x.label;
  const order = [];
  if (st.totalTop) order.push(trow);
  for (const g of gvals) { order.push({ ...g, label: lab(g, g.gi) }); g.kids.forEach((k, i) => { order.push({ ...k, label: lab(k, i), ref: k }); if (sub && k.label === '社会团体') { const e = k.v.e; const frac = rf(0.2, 0.6); const sv = { n: cnt(Math.round(e.n * frac)), nPrev: cnt(Math.round(e.nPrev * frac * rf(0.9, 1.05))), A: leafAmt(Math.round(e.y * frac), st.d), Ap: leafAmt(Math.round(e.yPrev * frac), st.d) }; order.push({ label: '    其中：行业协会商会', v: sv, role: 'part', level: 3, parent: k }); } }); }
  if (!st.totalTop) order.push(trow);
  for (const x of order) {
    x.r = r; const v = x.v;
    sh.put(r, 1, x.label);
    for (const key of ['n', 'nPrev']) putNum(sh, r, C[key], v[key], 0, x.role);
    for (const key of ['A', 'Ap']) putNum(sh, r, C[key], v[key], st.d, x.role, { dash: st.dash });
    if (C.gn) { v.gn = growth(v.n, v.nPrev, st.dg); putNum(sh, r, C.gn, v.gn, st.dg, 'growth'); }
    v.g = growth(v.A, v.Ap, st.dg); putNum(sh, r, C.g, v.g, st.dg, 'growth');
    if (hasAvg) {
      v.avg = ratio(v.A, v.n, st.avgK[1], st.dr); v.avgP = ratio(v.Ap, v.nPrev, st.avgK[1], st.dr);
      putNum(sh, r, C.avg, v.avg, st.dr, 'rate'); putNum(sh, r, C.avgP, v.avgP, st.dr, 'rate');
      if (C.ga) { v.ga = growth({ v: v.avg.v, ex: v.avg.v, eb: 0 }, { v: v.avgP.v, ex: v.avgP.v, eb: 0 }, st.dg); putNum(sh, r, C.ga, v.ga, st.dg, 'growth'); }
      if (C.da) { v.da = { v: rnd(v.avg.v - v.avgP.v, st.dr) }; putNum(sh, r, C.da, v.da, st.dr, 'pp'); }
    }
    r++;
  }
  const byRef = new Map(order.filter((x) => x.ref).map((x) => [x.ref, x]));
  const grs = order.filter((x) => x.level === 1);
  for (const key of ['n', 'nPrev', 'A', 'Ap']) {
    const trr = order.find((x) => x.role === 'total');
    sh.rel({ t: 'sum', total: A(trr.r, C[key]), parts: grs.map((g) => A(g.r, C[key])), tol: sumTol(tv[key], gvals.map((g) => g.v[key])) });
    for (const g of grs) sh.rel({ t: 'sum', total: A(g.r, C[key]), parts: g.kids.map((k) => A(byRef.get(k).r, C[key])), tol: sumTol(g.v[key], g.kids.map((k) => k.v[key])) });
    for (const s of order.filter((x) => x.level === 3)) sh.rel({ t: 'le', whole: A(byRef.get(s.parent).r, C[key]), parts: [A(s.r, C[key])], tol: 0 });
  }
  for (const x of order) {
    const v = x.v;
    if (C.gn) sh.rel({ t: 'growth', cell: A(x.r, C.gn), cur: A(x.r, C.n), prev: A(x.r, C.nPrev), tol: v.gn.tol });
    sh.rel({ t: 'growth', cell: A(x.r, C.g), cur: A(x.r, C.A), prev: A(x.r, C.Ap), tol: v.g.tol });
    if (hasAvg) {
      sh.rel({ t: 'rate', cell: A(x.r, C.avg), num: A(x.r, C.A), den: A(x.r, C.n), k: st.avgK[1], tol: v.avg.tol });
      sh.rel({ t: 'rate', cell: A(x.r, C.avgP), num: A(x.r, C.Ap), den: A(x.r, C.nPrev), k: st.avgK[1], tol: v.avgP.tol });
      if (C.ga) sh.rel({ t: 'growth', cell: A(x.r, C.ga), cur: A(x.r, C.avg), prev: A(x.r, C.avgP), tol: U(st.dg) + 1e-7 });
      if (C.da) sh.rel({ t: 'pp', cell: A(x.r, C.da), cur: A(x.r, C.avg), prev: A(x.r, C.avgP), tol: U(st.dr) + 1e-7 });
    }
  }
  return r;
}

// ---------- C: regions as columns, indicators as rows ----------
function tableC(sh, r0, st, ctx) {
  const k = ri(3, 8);
  const names = shuffle(COUNTIES).slice(0, k);
  const ents = names.map(() => entity());
  const splitN = pick(['le', 'sum', 'none']);
  const hasUnitCol = chance(0.5);
  const totFirst = chance(0.7);
  const ind = pick(['cn', 'num', 'plain']);
  const rowsSpec = [];
  const L = (a, b, c) => ind === 'cn' ? a : ind === 'num' ? b : c;
  rowsSpec.push({ k: 'n', lab: L('一、党组织书记人数', '1.党组织书记人数', '党组织书记人数'), u: '人' });
  if (splitN !== 'none') { rowsSpec.push({ k: 'nFull', lab: '  其中：专职书记', u: '人' }); if (splitN === 'sum') rowsSpec.push({ k: 'nPart', lab: '        兼职书记', u: '人' }); }
  rowsSpec.push({ k: 'A', lab: L('二、报酬发放总额', '2.报酬发放总额', '报酬发放总额'), u: '万元' });
  rowsSpec.push({ k: 'F', lab: '  其中：财政补贴', u: '万元' }, { k: 'D', lab: '        党费返还', u: '万元' }, { k: 'E', lab: '        企业（单位）列支', u: '万元' });
  rowsSpec.push({ k: 'avg', lab: L('三、', '3.', '') + st.avgK[0].replace(/（.*）/, ''), u: st.avgK[1] === 10000 ? '元' : '元/月' });
  const shares = chance(0.6);
  if (shares) { rowsSpec.push({ k: 'shF', lab: L('四、财政补贴占比', '4.财政补贴占比', '财政补贴占比'), u: '%' }, { k: 'shE', lab: L('五、企业列支占比', '5.企业列支占比', '企业列支占比'), u: '%' }); }
  const hasG = chance(0.4);
  if (hasG) rowsSpec.push({ k: 'Ap', lab: '上年报酬发放总额', u: '万元' }, { k: 'g', lab: '发放总额比上年增长', u: '%' });
  const totLab = pick(['合计', '全市', '总计']);
  const headers = ['指标', ...(hasUnitCol ? ['单位'] : []), ...(totFirst ? [totLab, ...names] : [...names, totLab])];
  const nc = headers.length; let r = r0;
  if (ctx.title) r = titleBlock(sh, r, nc, ctx.title, hasUnitCol ? null : '单位：人、万元、元、%');
  const split2 = chance(0.4);
  if (split2) { // two header rows: 指标 | 单位 | 合计 | 其中: (regions)
    headers.forEach((h, i) => { if (names.includes(h)) sh.put(r + 1, i + 1, h); else { sh.put(r, i + 1, h); sh.merge(r, i + 1, r + 1, i + 1); } });
    const ci = headers.map((h, i) => names.includes(h) ? i + 1 : 0).filter(Boolean);
    sh.put(r, ci[0], pick(['其中：', '分县区', '各县（市、区）'])); sh.merge(r, ci[0], r, ci[ci.length - 1]); r += 2;
  } else { headers.forEach((h, i) => sh.put(r, i + 1, h)); r++; }
  const off = hasUnitCol ? 2 : 1;
  const colOf = (j) => j === 'T' ? (totFirst ? off + 1 : off + k + 1) : (totFirst ? off + 2 + j : off + 1 + j);
  const vals = ents.map((e) => { const F = leafAmt(e.yF, st.d), D = leafAmt(e.yD, st.d), E = leafAmt(e.yE, st.d); return { n: cnt(e.n), nFull: cnt(e.nFull), nPart: cnt(e.n - e.nFull), F, D, E, A: sumAmt([F, D, E], st.d, st.mode), Ap: leafAmt(e.yPrev, st.d) }; });
  const T = {}; for (const key of ['n', 'nFull', 'nPart']) T[key] = sumCnt(vals.map((x) => x[key])); for (const key of ['F', 'D', 'E', 'Ap']) T[key] = sumAmt(vals.map((x) => x[key]), st.d, st.mode);
  T.A = st.mode === 'disp' ? sumAmt([T.F, T.D, T.E], st.d, 'disp') : sumAmt(vals.map((x) => x.A), st.d, 'exact');
  const rowOf = {};
  for (const rs of rowsSpec) {
    rowOf[rs.k] = r; sh.put(r, 1, rs.lab); if (hasUnitCol) sh.put(r, 2, rs.u);
    for (const j of [...names.map((_, i) => i), 'T']) {
      const v = j === 'T' ? T : vals[j]; const cc = colOf(j); const role = j === 'T' ? 'total' : 'part';
      if (['n', 'nFull', 'nPart'].includes(rs.k)) putNum(sh, r, cc, v[rs.k], 0, role);
      else if (['A', 'F', 'D', 'E', 'Ap'].includes(rs.k)) putNum(sh, r, cc, v[rs.k], st.d, role, { dash: st.dash });
      else if (rs.k === 'avg') { v.avg = ratio(v.A, v.n, st.avgK[1], st.dr); putNum(sh, r, cc, v.avg, st.dr, 'rate'); }
      else if (rs.k === 'shF' || rs.k === 'shE') { v[rs.k] = ratio(v[rs.k[2]], v.A, 100, st.ds); putNum(sh, r, cc, v[rs.k], st.ds, 'share'); }
      else if (rs.k === 'g') { v.g = growth(v.A, v.Ap, st.dg); putNum(sh, r, cc, v.g, st.dg, 'growth'); }
    }
    r++;
  }
  const has = (x) => rowOf[x] !== undefined;
  for (const rs of rowsSpec) if (['n', 'nFull', 'nPart', 'A', 'F', 'D', 'E', 'Ap'].includes(rs.k)) sh.rel({ t: 'sum', total: A(rowOf[rs.k], colOf('T')), parts: names.map((_, j) => A(rowOf[rs.k], colOf(j))), tol: sumTol(T[rs.k], vals.map((x) => x[rs.k])) });
  for (const j of [...names.map((_, i) => i), 'T']) {
    const v = j === 'T' ? T : vals[j]; const cc = colOf(j);
    if (splitN === 'le') sh.rel({ t: 'le', whole: A(rowOf.n, cc), parts: [A(rowOf.nFull, cc)], tol: 0 });
    if (splitN === 'sum') sh.rel({ t: 'sum', total: A(rowOf.n, cc), parts: [A(rowOf.nFull, cc), A(rowOf.nPart, cc)], tol: 1e-6 });
    sh.rel({ t: 'sum', total: A(rowOf.A, cc), parts: ['F', 'D', 'E'].map((x) => A(rowOf[x], cc)), tol: sumTol(v.A, [v.F, v.D, v.E]) });
    sh.rel({ t: 'rate', cell: A(rowOf.avg, cc), num: A(rowOf.A, cc), den: A(rowOf.n, cc), k: st.avgK[1], tol: v.avg.tol });
    if (shares) for (const s of ['shF', 'shE']) sh.rel({ t: 'rate', cell: A(rowOf[s], cc), num: A(rowOf[s[2]], cc), den: A(rowOf.A, cc), k: 100, tol: v[s].tol });
    if (hasG) sh.rel({ t: 'growth', cell: A(rowOf.g, cc), cur: A(rowOf.A, cc), prev: A(rowOf.Ap, cc), tol: v.g.tol });
  }
  return r;
}

// ---------- D: 本月/累计 ----------
function tableD(sh, r0, st, ctx) {
  const m = ri(4, 12);
  const base = rf(30, 300) * 1e4; // yuan per month
  const mon = [], monP = [];
  for (let i = 0; i < m; i++) { mon.push(Math.round(base * rf(0.6, 1.4))); monP.push(Math.round(base * rf(0.55, 1.3))); }
  const hasP = chance(0.7), hasShare = chance(0.3), cumMode = pick(['disp', 'exact']);
  const cols = [{ k: 'm', h: '月份' }, { k: 'cur', h: pick(['本月发放（万元）', '当月发放额', '本月']) }, { k: 'cum', h: pick(['累计发放（万元）', '1-本月累计', '累计']) }];
  if (hasP) cols.push({ k: 'cumP', h: '上年同期累计' }, { k: 'g', h: pick(['累计比上年同期增长（%）', '同比增长（%）', '同比±%']) });
  if (hasShare) cols.push({ k: 'prog', h: '完成全年预算（%）' });
  const budget = mon.reduce((a, b) => a + b, 0) * rf(1.1, 1.9) * 12 / m;
  const nc = cols.length; let r = r0;
  if (ctx.title) r = titleBlock(sh, r, nc, ctx.title, '单位：万元');
  if (hasShare) { sh.put(r, 1, `全年预算：${rnd(budget / 1e4, st.d)}万元`); r++; }
  cols.forEach((col, i) => { col.c = i + 1; sh.put(r, col.c, col.h); }); r++;
  const C = Object.fromEntries(cols.map((x) => [x.k, x.c]));
  let cumEx = 0, cumPEx = 0, prevCum = null, prevCumP = null;
  const firstRow = r;
  for (let i = 0; i < m; i++) {
    const cur = leafAmt(mon[i], st.d);
    cumEx += mon[i]; cumPEx += monP[i];
    let cum = cumMode === 'disp' && prevCum ? { v: rnd(prevCum.v + cur.v, st.d), ex: cumEx / 1e4, eb: prevCum.eb + cur.eb } : (i === 0 && cumMode === 'disp' ? { ...cur } : leafAmt(cumEx, st.d));
    const cumP = leafAmt(cumPEx, st.d);
    sh.put(r, 1, pick([`${i + 1}月`, `1-${i + 1}月`].slice(0, 1)));
    putNum(sh, r, C.cur, cur, st.d, 'part'); putNum(sh, r, C.cum, cum, st.d, 'running');
    if (i === 0) sh.rel({ t: 'sum', total: A(r, C.cum), parts: [A(r, C.cur)], tol: cum.eb + cur.eb + 1e-6 });
    else sh.rel({ t: 'sum', total: A(r, C.cum), parts: [A(r - 1, C.cum), A(r, C.cur)], tol: cumMode === 'disp' ? 1e-6 : cum.eb + prevCum.eb + cur.eb + 1e-6 });
    if (hasP) { putNum(sh, r, C.cumP, cumP, st.d, 'part'); const g = growth(cum, cumP, st.dg); putNum(sh, r, C.g, g, st.dg, 'growth'); sh.rel({ t: 'growth', cell: A(r, C.g), cur: A(r, C.cum), prev: A(r, C.cumP), tol: g.tol }); }
    if (hasShare) { const b = { v: rnd(budget / 1e4, st.d), ex: budget / 1e4, eb: U(st.d) }; const p = ratio(cum, b, 100, st.ds); putNum(sh, r, C.prog, p, st.ds, 'share'); }
    prevCum = cum; prevCumP = cumP; r++;
  }
  return r;
}

// ---------- E: 街道/乡镇 under 县区 with 小计 ----------
function tableE(sh, r0, st, ctx) {
  const kc = ri(2, 4); const cn = shuffle(COUNTIES).slice(0, kc); const towns = shuffle(TOWNS);
  let ti = 0;
  const groups = cn.map((c) => ({ name: c, kids: Array.from({ length: ri(2, 4) }, () => ({ name: towns[ti++ % towns.length] + (ti > 16 ? '二' : ''), v: null })) }));
  const hasAvg = chance(0.7), hasG = chance(0.6), hasDues = chance(0.5);
  const subPos = pick(['top', 'bottom']); const subLab = pick(['小计', '{c}小计', '{c}']);
  const cols = [{ k: 'name', h: pick(['县区/街道（乡镇）', '单位名称', '地区']) }, { k: 'n', h: '书记人数（人）' }, { k: 'A', h: '发放总额（万元）' }];
  if (hasDues) cols.push({ k: 'D', h: '其中：党费返还（万元）' });
  if (hasAvg) cols.push({ k: 'avg', h: st.avgK[0] });
  if (hasG) cols.push({ k: 'Ap', h: '上年同期（万元）' }, { k: 'g', h: '增长（%）' });
  const nc = cols.length; let r = r0;
  if (ctx.title) r = titleBlock(sh, r, nc, ctx.title, '单位：人、万元');
  cols.forEach((col, i) => { col.c = i + 1; sh.put(r, col.c, col.h); }); r++;
  const C = Object.fromEntries(cols.map((x) => [x.k, x.c]));
  for (const g of groups) for (const t of g.kids) { const e = entity(0.3); t.v = { n: cnt(e.n), A: leafAmt(e.y, st.d), D: leafAmt(e.yD, st.d), Ap: leafAmt(e.yPrev, st.d) }; }
  for (const g of groups) { g.v = { n: sumCnt(g.kids.map((t) => t.v.n)) }; for (const key of ['A', 'D', 'Ap']) g.v[key] = sumAmt(g.kids.map((t) => t.v[key]), st.d, st.mode); }
  const T = { n: sumCnt(groups.map((g) => g.v.n)) }; for (const key of ['A', 'D', 'Ap']) T[key] = sumAmt(groups.map((g) => g.v[key]), st.d, st.mode);
  const writeRow = (label, v, role) => {
    sh.put(r, 1, label); putNum(sh, r, C.n, v.n, 0, role); putNum(sh, r, C.A, v.A, st.d, role);
    if (C.D) putNum(sh, r, C.D, v.D, st.d, role, { dash: st.dash });
    if (C.avg) { v.avg = ratio(v.A, v.n, st.avgK[1], st.dr); putNum(sh, r, C.avg, v.avg, st.dr, 'rate'); }
    if (C.Ap) { putNum(sh, r, C.Ap, v.Ap, st.d, role); v.g = growth(v.A, v.Ap, st.dg); putNum(sh, r, C.g, v.g, st.dg, 'growth'); }
    v.r = r; r++;
  };
  if (st.totalTop) writeRow(st.totLabel, T, 'total');
  for (const g of groups) {
    const sl = subLab.replace('{c}', g.name);
    if (subPos === 'top') writeRow(subLab === '小计' ? g.name + '小计' : sl, g.v, 'subtotal');
    for (const t of g.kids) writeRow((subPos === 'top' ? '  ' : '') + t.name, t.v, 'part');
    if (subPos === 'bottom') writeRow(subLab === '{c}' ? g.name + '合计' : (subLab === '小计' ? '小计' : sl), g.v, 'subtotal');
  }
  if (!st.totalTop) writeRow(st.totLabel, T, 'total');
  const all = [T, ...groups.map((g) => g.v), ...groups.flatMap((g) => g.kids.map((t) => t.v))];
  for (const key of ['n', 'A', 'D', 'Ap']) if (C[key]) {
    sh.rel({ t: 'sum', total: A(T.r, C[key]), parts: groups.map((g) => A(g.v.r, C[key])), tol: sumTol(T[key], groups.map((g) => g.v[key])) });
    for (const g of groups) sh.rel({ t: 'sum', total: A(g.v.r, C[key]), parts: g.kids.map((t) => A(t.v.r, C[key])), tol: sumTol(g.v[key], g.kids.map((t) => t.v[key])) });
  }
  for (const v of all) {
    if (C.D) sh.rel({ t: 'le', whole: A(v.r, C.A), parts: [A(v.r, C.D)], tol: 0 });
    if (C.avg) sh.rel({ t: 'rate', cell: A(v.r, C.avg), num: A(v.r, C.A), den: A(v.r, C.n), k: st.avgK[1], tol: v.avg.tol });
    if (C.g) sh.rel({ t: 'growth', cell: A(v.r, C.g), cur: A(v.r, C.A), prev: A(v.r, C.Ap), tol: v.g.tol });
  }
  return r;
}

// ---------- F: 资金来源结构 with pp ----------
function tableF(sh, r0, st, ctx) {
  const e = entity(ri(5, 30));
  const hasOther = chance(0.35);
  const src = [['财政补贴', e.yF, e.yFPrev], ['党费返还', e.yD, e.yDPrev], ['企业（单位）列支', e.yE, e.yEPrev]];
  if (hasOther) { const o = Math.round(e.y * rf(0.01, 0.05)), op = Math.round(e.yPrev * rf(0.01, 0.05)); src.push(['其他', o, op]); }
  const ppFrom = pick(['disp', 'exact']);
  const cols = [{ k: 'name', h: '资金来源' }, { k: 'A', h: '金额（万元）', g: '本年' }, { k: 's', h: '占比（%）', g: '本年' }, { k: 'Ap', h: '金额（万元）', g: '上年' }, { k: 'sp', h: '占比（%）', g: '上年' }, { k: 'g', h: '金额增长（%）' }, { k: 'pp', h: pick(['占比增减（百分点）', '比重变化（个百分点）', '占比增减']) }];
  const nc = cols.length; let r = r0;
  if (ctx.title) r = titleBlock(sh, r, nc, ctx.title, null);
  cols.forEach((col, i) => { col.c = i + 1; });
  for (const col of cols) { if (col.g) sh.put(r + 1, col.c, col.h); else { sh.put(r, col.c, col.h); sh.merge(r, col.c, r + 1, col.c); } }
  sh.put(r, 2, '本年'); sh.merge(r, 2, r, 3); sh.put(r, 4, '上年'); sh.merge(r, 4, r, 5); r += 2;
  const C = Object.fromEntries(cols.map((x) => [x.k, x.c]));
  const leaves = src.map(([n, y, yp]) => ({ name: n, A: leafAmt(y, st.d), Ap: leafAmt(yp, st.d) }));
  const T = { name: st.totLabel, A: sumAmt(leaves.map((x) => x.A), st.d, st.mode), Ap: sumAmt(leaves.map((x) => x.Ap), st.d, st.mode) };
  const order = st.totalTop ? [T, ...leaves] : [...leaves, T];
  for (const v of order) {
    v.r = r; const role = v === T ? 'total' : 'part';
    sh.put(r, 1, v.name); putNum(sh, r, C.A, v.A, st.d, role, { dash: st.dash }); putNum(sh, r, C.Ap, v.Ap, st.d, role, { dash: st.dash });
    v.s = ratio(v.A, T.A, 100, st.ds); v.sp = ratio(v.Ap, T.Ap, 100, st.ds);
    // share of total row: written as 100
    if (v === T) { v.s = { v: 100, tol: 1e-6 }; v.sp = { v: 100, tol: 1e-6 }; }
    putNum(sh, r, C.s, v.s, st.ds, v === T ? null : 'share'); putNum(sh, r, C.sp, v.sp, st.ds, v === T ? null : 'share');
    if (v.Ap.v) { v.g = growth(v.A, v.Ap, st.dg); putNum(sh, r, C.g, v.g, st.dg, 'growth'); } else sh.put(r, C.g, '—');
    const ppv = ppFrom === 'disp' ? rnd(v.s.v - v.sp.v, st.ds) : rnd((v === T ? 0 : (v.s.ex - v.sp.ex)), st.ds);
    v.pp = { v: ppv, tol: U(st.ds) + (ppFrom === 'disp' ? 1e-7 : 2 * U(st.ds) + 1e-7) };
    if (v === T) { if (chance(0.5)) sh.put(r, C.pp, '—'); else putNum(sh, r, C.pp, { v: 0 }, st.ds, null); v.pp.skip = true; }
    else putNum(sh, r, C.pp, v.pp, st.ds, 'pp');
    r++;
  }
  sh.rel({ t: 'sum', total: A(T.r, C.A), parts: leaves.map((x) => A(x.r, C.A)), tol: sumTol(T.A, leaves.map((x) => x.A)) });
  sh.rel({ t: 'sum', total: A(T.r, C.Ap), parts: leaves.map((x) => A(x.r, C.Ap)), tol: sumTol(T.Ap, leaves.map((x) => x.Ap)) });
  for (const v of leaves) {
    sh.rel({ t: 'rate', cell: A(v.r, C.s), num: A(v.r, C.A), den: A(T.r, C.A), k: 100, tol: v.s.tol });
    sh.rel({ t: 'rate', cell: A(v.r, C.sp), num: A(v.r, C.Ap), den: A(T.r, C.Ap), k: 100, tol: v.sp.tol });
    if (v.g) sh.rel({ t: 'growth', cell: A(v.r, C.g), cur: A(v.r, C.A), prev: A(v.r, C.Ap), tol: v.g.tol });
    sh.rel({ t: 'pp', cell: A(v.r, C.pp), cur: A(v.r, C.s), prev: A(v.r, C.sp), tol: v.pp.tol });
  }
  sh.rel({ t: 'growth', cell: A(T.r, C.g), cur: A(T.r, C.A), prev: A(T.r, C.Ap), tol: T.g.tol });
  return r;
}

const BUILDERS = { A: tableA, B: tableB, C: tableC, D: tableD, E: tableE, F: tableF };
const TITLES = {
  A: ['{y}年各县（市、区）非公有制企业党组织书记报酬发放情况统计表', '{y}年两新组织党组织书记补贴发放情况汇总表', '全市非公企业和社会组织党组织书记津贴发放情况（分县区）'],
  B: ['{y}年党组织书记报酬发放情况（按企业规模分）', '非公企业和社会组织党组织书记报酬分类统计表'],
  C: ['{y}年各县区党组织书记报酬及资金来源情况', '两新组织党建工作经费（书记报酬）保障情况表'],
  D: ['{y}年党建指导员补贴按月发放进度表', '书记报酬逐月发放情况'],
  E: ['{y}年各街道（乡镇）两新组织书记补贴发放明细', '分街道乡镇党组织书记报酬情况'],
  F: ['{y}年书记报酬资金来源构成', '党组织书记报酬经费来源结构表']
};
const SHEETN = { A: ['分县区', '县区汇总', 'Sheet1', '表1'], B: ['按规模', '分类', '表2', 'Sheet2'], C: ['资金来源', '县区对比', '表3'], D: ['月报', '发放进度', '表4'], E: ['街道乡镇', '明细', '表5'], F: ['来源结构', '构成', '表6'] };

function buildBook() {
  const st = style();
  const nsheets = ri(1, 3);
  const kinds = VAR === 'd' ? ['A'] : shuffle(VAR === 'b' ? ['A', 'B', 'C', 'E', 'F', 'A', 'C'] : ['A', 'B', 'C', 'D', 'E', 'F']).slice(0, nsheets);
  const used = new Set();
  const sheets = [];
  for (const kd of kinds) {
    let name = pick(SHEETN[kd]); while (used.has(name)) name += '1'; used.add(name);
    const sh = new Sheet(name); sh.kind = kd;
    const st2 = chance(0.3) ? style() : st;
    const title = chance(0.85) ? pick(TITLES[kd]).replace('{y}', pick(['2023', '2024'])) : null;
    let r = 1;
    r = BUILDERS[kd](sh, r, st2, { title });
    if (chance(0.12) && kd !== 'D') { r += 2; const kd2 = pick(['A', 'F', 'E']); r = BUILDERS[kd2](sh, r, style(), { title: pick(TITLES[kd2]).replace('{y}', '2024') }); }
    notesBlock(sh, r, 6);
    sh.text = st2.text;
    sheets.push(sh);
  }
  return sheets;
}

function numCells(sh) { return Object.keys(sh.meta); }
function getter(sh) { return (a) => sh.cells[a]; }
function brokenRels(sh) { const g = getter(sh); return sh.rels.filter((rl) => { const x = evalRel(rl, g); return x !== null && x > 1e-9; }); }

function plant(sheets) {
  const kindsWanted = shuffle(['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running']);
  for (const kind of kindsWanted) {
    const cands = [];
    for (const sh of sheets) for (const a of numCells(sh)) if (sh.meta[a].role === kind && typeof sh.cells[a] === 'number' && sh.cells[a] !== 0 && sh.rels.some((rl) => relCells(rl).includes(a))) cands.push([sh, a]);
    for (const [sh, a] of shuffle(cands).slice(0, 40)) {
      const was = sh.cells[a]; const fmt = sh.fmt[a] || '0'; const d = fmt.includes('.') ? fmt.split('.')[1].replace('%', '').length + (fmt.includes('%') ? 2 : 0) : (fmt.includes('%') ? 2 : 0);
      let now;
      const sign = chance(0.5) ? 1 : -1;
      if (['rate', 'share', 'growth', 'pp'].includes(kind) && !(kind === 'rate' && Math.abs(was) > 100)) now = rnd(was + sign * (fmt.includes('%') ? rf(0.03, 0.1) : rf(3, 10)) * (kind === 'pp' ? 0.6 : 1), d);
      else now = rnd(was * (1 + sign * rf(0.05, 0.3)), d);
      if (now === was) continue;
      if (Number.isInteger(was) && kind !== 'rate' && kind !== 'share' && kind !== 'growth' && kind !== 'pp' && d === 0) now = Math.round(now);
      sh.cells[a] = now;
      const br = brokenRels(sh);
      const g = getter(sh);
      const clear = br.every((rl) => { const x = evalRel(rl, g); return x > Math.max(3 * rl.tol, 0.01); });
      const maxB = ['rate', 'share', 'growth', 'pp'].includes(kind) ? 1 : 3;
      if (br.length >= 1 && br.length <= maxB && clear) return { sheet: sh.name, cell: a, was, now, kind, broken: br.length };
      sh.cells[a] = was;
    }
  }
  return null;
}

async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, v] of Object.entries(sh.cells)) {
      if (v === null || v === undefined) continue;
      const cell = ws.getCell(a);
      if (typeof v === 'number' && sh.text && sh.meta[a] && !(sh.fmt[a] || '').includes('%')) { const f = sh.fmt[a] || '0'; const dd = f.includes('.') ? f.split('.')[1].replace('%', '').length : 0; cell.value = f.includes('%') ? v.toFixed(dd + 2) : v.toFixed(dd); }
      else { cell.value = v; if (typeof v === 'number' && sh.fmt[a]) cell.numFmt = sh.fmt[a]; }
    }
    for (const [r1, c1, r2, c2] of sh.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { } }
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 26 : 13; });
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const dir = path.join(ROOT, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  for (let i = 0; i < N; i++) {
    R = mk(SEED * 1000 + i);
    let sheets = buildBook();
    const file = `${SET}_${String(i).padStart(3, '0')}_${sheets.map((s) => s.kind).join('')}.xlsx`;
    const rels = Object.fromEntries(sheets.map((s) => [s.name, s.rels]));
    // pre-check clean
    for (const s of sheets) { const b = brokenRels(s); if (b.length) console.error('GEN-BROKEN', file, s.name, JSON.stringify(b[0])); }
    let plants = [];
    if (i % Math.round(1 / PF || 1e9) === 1 % Math.max(1, Math.round(1 / PF || 1e9)) && PF > 0) { const p = plant(sheets); if (p) plants = [p]; else console.error('noplant', file); }
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify({ clean: plants.length === 0, rels }, null, 0));
    await writeBook(sheets, path.join(dir, file));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})();
