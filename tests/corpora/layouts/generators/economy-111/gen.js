// node gen.js SET N SEED PLANTFRAC [VARIANT]
// Writes /tmp/round111a/SET/*.xlsx, SET/manifest.json, rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const [SET, N, SEED, PF, VARIANT] = [process.argv[2], +process.argv[3], +process.argv[4], +process.argv[5], process.argv[6] || 'a'];
let seed = SEED >>> 0 || 1;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const H = (d) => 0.5 * Math.pow(10, -d);

function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

const C1 = '东西南北中新安平临清青白龙凤金石长永丰宁顺高兴华昌阳泉河山江桥';
const C2 = '城湖山江阳宁安平源川溪林台州水口坪桥庄坝沟岭';
function nm(k) { return pick(C1.split('')) + pick(C2.split('')); }
function uniq(gen, n) { const s = new Set(); let g = 0; while (s.size < n && g++ < 1000) s.add(gen()); return [...s]; }
const counties = (n) => uniq(() => nm() + pick(['区', '县', '县', '市', '区']), n);
const towns = (n, suf) => uniq(() => nm() + (suf || pick(['镇', '镇', '乡', '街道'])), n);
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.cands = []; this.maxC = 1; this.widths = {}; }
  set(r, c, v, o = {}) { this.cells.set(A(r, c), { v, ...o }); if (c > this.maxC) this.maxC = c; return A(r, c); }
  // numeric cell: x value, d decimals; returns {a, v}
  num(r, c, x, d, o = {}) {
    const v = R(x, d);
    const asText = o.text || (this.textNums && chance(0.15));
    const fmt = d === 0 ? (v >= 10000 && this.comma ? '#,##0' : '0') : (this.comma && Math.abs(v) >= 1000 ? '#,##0.' : '0.') + '0'.repeat(d);
    this.set(r, c, asText ? v.toFixed(d) : v, { fmt, align: 'right' });
    return { a: A(r, c), v, x };
  }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(x) { this.rels.push(x); }
  cand(kind, a, d) { this.cands.push({ kind, a, d }); }
}

// ---------- helpers writing common parts
function titleBlock(sh, r, c0, width, title, unit, extra) {
  sh.set(r, c0, title, { bold: true, size: 14, align: 'center' }); sh.merge(r, c0, r, c0 + width - 1); r++;
  if (extra) { sh.set(r, c0, extra, { align: 'center' }); sh.merge(r, c0, r, c0 + width - 1); r++; }
  if (unit) {
    const s = chance(0.5) ? '单位：' + unit : '（单位：' + unit + '）';
    if (chance(0.5)) sh.set(r, c0 + width - 1, s, { align: 'right' }); else sh.set(r, c0, s);
    r++;
  } else if (chance(0.3)) r++;
  return r;
}
function notes(sh, r, c0, list) {
  r += chance(0.5) ? 1 : 0;
  for (const n of list) { sh.set(r++, c0, n); }
  if (chance(0.6)) sh.set(r++, c0, `填报单位：${pick(['县统计局', '市统计局', '统计局综合科'])}    填报人：${pick(PEOPLE)}    审核人：${pick(PEOPLE)}    填报日期：2025年${ri(1, 4)}月${ri(1, 28)}日`);
  return r;
}
function sumTol(n, d, fromRounded) { return fromRounded ? 1e-6 : n * H(d) + H(d) + 1e-6; }
function rateTol(num, den, dn, dd, k, dr) { return H(dr) + Math.abs(k) * (H(dn) / Math.abs(den) + Math.abs(num) * H(dd) / (den * den)) * 1.05 + 1e-6; }
function growthTol(cur, prev, d, dg) { return H(dg) + 100 * (H(d) / Math.abs(prev) + Math.abs(cur) * H(d) / (prev * prev)) * 1.05 + 1e-6; }
// largest remainder rounding of shares to sum exactly 100
function shares(xs, d, mode) {
  mode = mode || (chance(0.3) ? 'lr' : 'largest');
  if (mode !== 'lr') { const tot = xs.reduce((a, b) => a + b, 0); const v = xs.map((x) => R(x / tot * 100, d)); if (mode === 'largest') { const diff = R(100 - v.reduce((a, b) => a + b, 0), d); let k = 0; v.forEach((x, i) => { if (x > v[k]) k = i; }); v[k] = R(v[k] + diff, d); } return v; }
  const tot = xs.reduce((a, b) => a + b, 0); const f = Math.pow(10, d);
  const raw = xs.map((x) => x / tot * 100 * f); const fl = raw.map(Math.floor); let left = Math.round(100 * f - fl.reduce((a, b) => a + b, 0));
  const ord = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < left; k++) fl[ord[k][1]]++;
  return fl.map((x) => x / f);
}
function econ(scale) { // one region's economy
  const gdp = scale * rf(0.5, 1.6);
  const s1 = rf(0.03, 0.22), s2 = rf(0.28, 0.5); const s3 = 1 - s1 - s2;
  const ind = gdp * s2 * rf(0.7, 0.92);
  return { gdp, p1: gdp * s1, p2: gdp * s2, p3: gdp * s3, ind, pop: gdp * 1e4 / rf(40000, 120000) };
}

// ---------- builder 1: regions as rows, GDP by industry, shares
function bRegionGDP(sh, ctx) {
  const lvl = pick(['city', 'county']);
  const names = lvl === 'city' ? counties(ri(4, 11)) : towns(ri(5, 14));
  const unit = lvl === 'city' ? '亿元' : pick(['万元', '亿元']);
  const d = unit === '亿元' ? pick([2, 2, 1]) : pick([0, 1]);
  const scale = unit === '亿元' ? (lvl === 'city' ? rf(80, 600) : rf(3, 30)) : rf(20000, 300000);
  const regs = names.map((n) => ({ n, ...econ(scale) }));
  const withInd = chance(0.5), withGrowth = chance(0.6), withShare = chance(0.7), totTop = chance(0.5);
  const sd = pick([1, 1, 2]);
  const c0 = chance(0.3) ? 2 : 1; let r = ctx.r;
  const cols = ['GDP', 'p1', 'p2'].concat(withInd ? ['ind'] : [], ['p3']);
  const width = 1 + cols.length + (withGrowth ? 1 : 0) + (withShare ? 3 : 0);
  r = titleBlock(sh, r, c0, width, pick([`${ctx.year}年各${lvl === 'city' ? '县（市、区）' : '乡镇（街道）'}地区生产总值`, `分${lvl === 'city' ? '县区' : '乡镇'}地区生产总值及构成`, `${ctx.place}地区生产总值（分地区）`]), withShare ? null : unit, null);
  if (withShare) sh.set(r++, c0, `单位：${unit}、%`);
  // header: two rows
  const h1 = r, h2 = r + 1; let c = c0;
  sh.set(h1, c, lvl === 'city' ? '地  区' : '乡镇（街道）', { bold: true }); sh.merge(h1, c, h2, c); c++;
  const gc = c; sh.set(h1, c, '地区生产总值', { bold: true }); sh.merge(h1, gc, h1, gc + cols.length - 1);
  const lab = { GDP: pick(['合计', '总计', '地区生产总值']), p1: '第一产业', p2: '第二产业', ind: '#工业', p3: '第三产业' };
  if (withInd && chance(0.5)) lab.ind = '其中：工业';
  cols.forEach((k, i) => sh.set(h2, gc + i, lab[k], { bold: true }));
  c = gc + cols.length;
  let growC = 0, shC = 0;
  if (withGrowth) { growC = c; sh.set(h1, c, '比上年增长（%）', { bold: true, wrap: true }); sh.merge(h1, c, h2, c); c++; }
  if (withShare) { shC = c; sh.set(h1, c, '三次产业构成（%）', { bold: true }); sh.merge(h1, c, h1, c + 2); ['第一产业', '第二产业', '第三产业'].forEach((t, i) => sh.set(h2, c + i, t, { bold: true })); c += 3; }
  r = h2 + 1;
  const fromRounded = chance(0.4);
  const rows = []; const totalRow = { n: lvl === 'city' ? pick(['全市', '全  市', '合计']) : pick(['全县', '全县合计', '总计']) };
  const order = totTop ? [totalRow, ...regs] : [...regs, totalRow];
  const rowOf = new Map(); order.forEach((x) => { rowOf.set(x, r++); });
  const cellOf = {};
  // region rows
  for (const g of regs) {
    const rr = rowOf.get(g); sh.set(rr, c0, (chance(0.3) && ctx.indent ? '  ' : '') + g.n);
    const p1 = sh.num(rr, gc + 1, g.p1, d), p2 = sh.num(rr, gc + 2, g.p2, d), p3 = sh.num(rr, gc + cols.length - 1, g.p3, d);
    const gdpv = fromRounded ? p1.v + p2.v + p3.v : g.gdp;
    const G = sh.num(rr, gc, gdpv, d);
    g.cells = { GDP: G, p1, p2, p3 };
    sh.rel({ t: 'sum', total: G.a, parts: [p1.a, p2.a, p3.a], tol: sumTol(3, d, fromRounded) });
    sh.cand('total', G.a, d);
    if (withInd) { const I = sh.num(rr, gc + 3, g.ind, d); g.cells.ind = I; sh.rel({ t: 'le', whole: p2.a, parts: [I.a], tol: 1e-6 }); }
    if (withGrowth) sh.num(rr, growC, rf(2, 9.5), 1); // comparable prices: no relation
    if (withShare) {
      const sv = shares([p1.v, p2.v, p3.v], sd);
      [p1, p2, p3].forEach((p, i) => { const s = sh.num(rr, shC + i, sv[i], sd); sh.rel({ t: 'rate', cell: s.a, num: p.a, den: G.a, k: 100, tol: H(sd) * 2 + 100 * H(d) * 2 / G.v + 1e-6 }); sh.cand('share', s.a, sd); });
    }
  }
  // total row
  const tr = rowOf.get(totalRow); sh.set(tr, c0, totalRow.n, { bold: true });
  const tot = {};
  for (const k of cols) {
    const key = k === 'GDP' ? 'GDP' : k; const ci = gc + cols.indexOf(k);
    const parts = regs.map((g) => g.cells[key]);
    const v = fromRounded ? parts.reduce((a, p) => a + p.v, 0) : parts.reduce((a, p) => a + p.x, 0);
    tot[k] = sh.num(tr, ci, v, d, { });
    sh.rel({ t: 'sum', total: tot[k].a, parts: parts.map((p) => p.a), tol: sumTol(parts.length, d, fromRounded) });
    sh.cand(k === 'GDP' ? 'total' : 'total', tot[k].a, d);
  }
  regs.forEach((g) => { sh.cand('part', g.cells.p1.a, d); sh.cand('part', g.cells.p3.a, d); });
  sh.rel({ t: 'sum', total: tot.GDP.a, parts: [tot.p1.a, tot.p2.a, tot.p3.a], tol: sumTol(regs.length * 4, d, fromRounded) });
  if (withInd) sh.rel({ t: 'le', whole: tot.p2.a, parts: [tot.ind.a], tol: 1e-6 });
  if (withGrowth) sh.num(tr, growC, rf(3, 8), 1);
  if (withShare) { const sv = shares([tot.p1.v, tot.p2.v, tot.p3.v], sd); [tot.p1, tot.p2, tot.p3].forEach((p, i) => { const s = sh.num(tr, shC + i, sv[i], sd); sh.rel({ t: 'rate', cell: s.a, num: p.a, den: tot.GDP.a, k: 100, tol: H(sd) * 2 + 100 * H(d) * 2 / tot.GDP.v + 1e-6 }); }); }
  const nl = [];
  if (withGrowth) nl.push('注：增长速度按可比价格计算。');
  if (chance(0.4)) nl.push('资料来源：' + pick(['市统计局', '县统计局']) + '地区生产总值统一核算结果。');
  ctx.r = notes(sh, r, c0, nl);
}

// ---------- builder 2: 国民经济主要指标 (indicator rows, 本年/上年/增长)
function bIndicators(sh, ctx) {
  const c0 = chance(0.3) ? 2 : 1; let r = ctx.r; const y = ctx.year;
  const bigU = pick(['亿元', '万元']); const d = bigU === '亿元' ? 2 : pick([0, 1]); const f = bigU === '亿元' ? 1 : 10000;
  const e0 = econ(rf(100, 900)); const grow = () => rf(1.02, 1.12);
  const withPrev = chance(0.75), numbered = chance(0.5), unitCol = chance(0.8);
  const width = 1 + (unitCol ? 1 : 0) + (withPrev ? 2 : 1) + 1;
  r = titleBlock(sh, r, c0, width, pick([`${ctx.place}国民经济主要指标`, `${y}年国民经济和社会发展主要指标`, '主要经济指标']), null, chance(0.4) ? `（${y}年）` : null);
  let c = c0; const hc = {};
  sh.set(r, c++, '指    标', { bold: true }); if (unitCol) { hc.u = c; sh.set(r, c++, '单位', { bold: true }); }
  hc.cur = c; sh.set(r, c++, `${y}年`, { bold: true });
  if (withPrev) { hc.prev = c; sh.set(r, c++, `${y - 1}年`, { bold: true }); }
  hc.g = c; sh.set(r, c++, '比上年增长（%）', { bold: true }); r++;
  if (chance(0.3)) { let cc = c0; sh.set(r, cc++, '甲'); if (unitCol) sh.set(r, cc++, '乙'); for (let i = 1; cc < c; i++) sh.set(r, cc++, String(i)); r++; }
  const nums = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、'];
  let ni = 0; const N = (s) => (numbered ? nums[ni++] : '') + s;
  const sub = (s) => (ctx.indent ? '  ' : '') + s;
  const rowsOut = {};
  function line(label, unit, cur, prev, dd, growthKind, relPrev) {
    sh.set(r, c0, label); if (unitCol) sh.set(r, hc.u, unit, { align: 'center' });
    const C = sh.num(r, hc.cur, cur, dd); let P = null;
    if (withPrev && prev != null) P = sh.num(r, hc.prev, prev, dd); else if (withPrev) sh.set(r, hc.prev, '—', { align: 'center' });
    let Gc = null;
    if (growthKind === 'nominal' && P) {
      const gv = (C.x / P.x - 1) * 100; Gc = sh.num(r, hc.g, gv, 1);
      sh.rel({ t: 'growth', cell: Gc.a, cur: C.a, prev: P.a, tol: growthTol(C.v, P.v, dd, 1) }); sh.cand('growth', Gc.a, 1);
    } else if (growthKind === 'comparable') Gc = sh.num(r, hc.g, rf(2.5, 8.5), 1);
    else if (growthKind === 'pp' && P) { Gc = sh.num(r, hc.g, C.v - P.v, dd); sh.rel({ t: 'pp', cell: Gc.a, cur: C.a, prev: P.a, tol: H(dd) + 1e-6 }); sh.cand('pp', Gc.a, dd); }
    else sh.set(r, hc.g, pick(['—', '', '-']), { align: 'center' });
    if (!unitCol && unit && !/%/.test(label)) sh.set(r, c0, label + '（' + unit + '）');
    r++; return { C, P, G: Gc };
  }
  const gp = e0.gdp / rf(1.04, 1.1);
  const g = line(N('地区生产总值'), bigU, e0.gdp * f, gp * f, d, 'comparable');
  const p1 = line(sub('第一产业'), bigU, e0.p1 * f, e0.p1 / rf(1.02, 1.06) * f, d, 'comparable');
  const p2 = line(sub('第二产业'), bigU, e0.p2 * f, e0.p2 / rf(1.03, 1.09) * f, d, 'comparable');
  const ind = line(sub(pick(['其中：工业', '#工业', '  其中：工业'])), bigU, e0.ind * f, e0.ind / rf(1.03, 1.1) * f, d, 'comparable');
  const p3x = g.C.v - p1.C.v - p2.C.v; const p3px = withPrev ? g.P.v - p1.P.v - p2.P.v : null;
  const p3 = line(sub('第三产业'), bigU, p3x, p3px, d, 'comparable');
  sh.rel({ t: 'sum', total: g.C.a, parts: [p1.C.a, p2.C.a, p3.C.a], tol: 1e-6 }); sh.cand('total', g.C.a, d); sh.cand('part', p1.C.a, d);
  if (withPrev) sh.rel({ t: 'sum', total: g.P.a, parts: [p1.P.a, p2.P.a, p3.P.a], tol: 1e-6 });
  sh.rel({ t: 'le', whole: p2.C.a, parts: [ind.C.a], tol: 1e-6 });
  // shares and pp
  if (chance(0.6)) {
    const sc = shares([p1.C.v, p2.C.v, p3.C.v], 1); const sp = withPrev ? shares([p1.P.v, p2.P.v, p3.P.v], 1) : [null, null, null];
    sh.set(r, c0, N('三次产业构成')); if (unitCol) sh.set(r, hc.u, '%'); r++;
    const L = ['第一产业', '第二产业', '第三产业']; const srows = [];
    for (let i = 0; i < 3; i++) {
      const o = line(sub(L[i] + (chance(0.2) ? '比重' : '')), '%', sc[i], sp[i], 1, 'pp');
      sh.rel({ t: 'rate', cell: o.C.a, num: [p1, p2, p3][i].C.a, den: g.C.a, k: 100, tol: 0.1 + 100 * H(d) * 2 / g.C.v + 1e-6 }); sh.cand('share', o.C.a, 1);
      srows.push(o);
    }
    sh.rel({ t: 'sum', total: null, parts: [], tol: 0, skip: true });
  }
  // population & per capita
  const pop = R(e0.pop, 2); const popP = R(pop / rf(0.995, 1.01), 2);
  const pp = line(N('常住人口（年末）'), '万人', pop, popP, 2, chance(0.5) ? 'none' : 'nominal');
  if (chance(0.6)) {
    const fromShown = chance(0.5);
    const pcC = g.C.v / f * 1e4 / pop, pcP = withPrev ? g.P.v / f * 1e4 / popP : null;
    const pc = line(N('人均地区生产总值'), '元', fromShown ? pcC : pcC * rf(0.985, 1.015), fromShown ? pcP : (pcP && pcP * rf(0.985, 1.015)), 0, 'comparable');
    if (fromShown) { sh.rel({ t: 'rate', cell: pc.C.a, num: g.C.a, den: pp.C.a, k: 1e4 / f, tol: 0.5 + (1e4 / f) * (H(d) / pop + g.C.v * H(2) / (pop * pop)) * 1.05 }); sh.cand('rate', pc.C.a, 0); }
  }
  // fiscal
  const rev = e0.gdp * rf(0.05, 0.09) * f; const tax = rev * rf(0.6, 0.8);
  const R1 = line(N('一般公共预算收入'), bigU, rev, rev / grow(), d, 'nominal');
  const T1 = line(sub(pick(['其中：税收收入', '#税收收入', '其中：税收'])), bigU, tax, tax / grow(), d, 'nominal');
  sh.rel({ t: 'le', whole: R1.C.a, parts: [T1.C.a], tol: 1e-6 }); sh.cand('part', T1.C.a, d);
  if (withPrev) sh.rel({ t: 'le', whole: R1.P.a, parts: [T1.P.a], tol: 1e-6 });
  if (chance(0.5)) { const tr = line(sub('税收收入占比'), '%', T1.C.v / R1.C.v * 100, withPrev ? T1.P.v / R1.P.v * 100 : null, 1, 'pp'); sh.rel({ t: 'rate', cell: tr.C.a, num: T1.C.a, den: R1.C.a, k: 100, tol: rateTol(T1.C.v, R1.C.v, d, d, 100, 1) }); sh.cand('rate', tr.C.a, 1); }
  line(N('一般公共预算支出'), bigU, rev * rf(1.5, 3), rev * rf(1.4, 2.8), d, 'nominal');
  line(N('社会消费品零售总额'), bigU, e0.gdp * rf(0.3, 0.45) * f, null, d, chance(0.5) ? 'comparable' : 'none').C;
  const gi = line(N('规模以上工业增加值增长'), '%', rf(3, 11), withPrev ? rf(2, 10) : null, 1, 'none');
  line(N('固定资产投资增长'), '%', rf(-8, 9), withPrev ? rf(-6, 9) : null, 1, 'none');
  line(N('城镇常住居民人均可支配收入'), '元', ...((x) => [x, x / rf(1.03, 1.07)])(rf(32000, 52000)), 0, chance(0.5) ? 'nominal' : 'none');
  const nl = ['注：1.地区生产总值、各产业增加值绝对数按现价计算，增长速度按可比价格计算。'];
  if (chance(0.5)) nl.push('2.一般公共预算收入、社会消费品零售总额等增长速度按现价计算。');
  ctx.r = notes(sh, r, c0, nl);
}

// ---------- builder 3: time series by year
function bSeries(sh, ctx) {
  const c0 = chance(0.3) ? 2 : 1; let r = ctx.r; const y1 = ctx.year;
  const n = ri(5, 8); const years = []; for (let i = n - 1; i >= 0; i--) years.push(y1 - i);
  const unit = pick(['亿元', '万元']); const d = unit === '亿元' ? pick([2, 1]) : 0; const f = unit === '亿元' ? 1 : 10000;
  let e = econ(rf(60, 500)); const data = [];
  for (const y of years) { data.push({ y, ...Object.fromEntries(['gdp', 'p1', 'p2', 'p3', 'ind'].map((k) => [k, e[k] * f])), pop: e.pop }); const gg = rf(1.01, 1.11); e = { ...e, p1: e.p1 * rf(1.0, 1.06), p2: e.p2 * rf(0.97, 1.12), p3: e.p3 * rf(1.03, 1.12) }; e.gdp = e.p1 + e.p2 + e.p3; e.ind = e.p2 * rf(0.7, 0.9); }
  const nomG = chance(0.5), idx = chance(0.5), pc = chance(0.5), desc = chance(0.3);
  const list = desc ? data.slice().reverse() : data;
  const cols = ['年份', '地区生产总值', '第一产业', '第二产业', '第三产业'];
  if (pc) cols.push('人均地区生产总值（元）');
  if (nomG) cols.push('地区生产总值比上年增长（%）（现价）');
  if (idx) cols.push('地区生产总值指数（上年=100）');
  r = titleBlock(sh, r, c0, cols.length, pick([`${ctx.place}地区生产总值（${years[0]}—${y1}年）`, '历年地区生产总值', '地区生产总值时间序列']), pc ? null : unit, null);
  if (pc) sh.set(r++, c0, `单位：${unit}、元`);
  cols.forEach((t, i) => sh.set(r, c0 + i, t, { bold: true, wrap: true })); r++;
  const rowOf = {}; list.forEach((x, i) => rowOf[x.y] = r + i);
  const cell = {};
  for (const x of data) {
    const rr = rowOf[x.y]; sh.set(rr, c0, chance(0.5) ? x.y : `${x.y}年`);
    const p1 = sh.num(rr, c0 + 2, x.p1, d), p2 = sh.num(rr, c0 + 3, x.p2, d), p3 = sh.num(rr, c0 + 4, x.p3, d);
    const G = sh.num(rr, c0 + 1, p1.v + p2.v + p3.v, d);
    sh.rel({ t: 'sum', total: G.a, parts: [p1.a, p2.a, p3.a], tol: 1e-6 }); sh.cand('total', G.a, d); sh.cand('part', p2.a, d);
    cell[x.y] = { G, p1 }; let cc = c0 + 5;
    if (pc) { const P = sh.num(rr, cc++, G.v / f * 1e4 / (x.pop * rf(0.99, 1.01)), 0); }
    if (nomG) {
      if (cell[x.y - 1]) { const prev = cell[x.y - 1].G; const gv = (G.v / prev.v - 1) * 100; const gg = sh.num(rr, cc, gv, 1); sh.rel({ t: 'growth', cell: gg.a, cur: G.a, prev: prev.a, tol: H(1) + 1e-6 }); sh.cand('growth', gg.a, 1); }
      else sh.set(rr, cc, pick(['—', '', '…']), { align: 'center' });
      cc++;
    }
    if (idx) sh.num(rr, cc++, 100 + rf(2, 9), 1);
  }
  r += list.length;
  const nl = [];
  if (idx) nl.push('注：指数按可比价格计算，上年=100。');
  if (nomG) nl.push((nl.length ? '' : '注：') + '比上年增长按现价计算。');
  if (chance(0.3)) nl.push('2023年及以前数据已根据第五次全国经济普查结果修订。');
  ctx.r = notes(sh, r, c0, nl);
}

// ---------- builder 4: regions as columns
function bRegionCols(sh, ctx) {
  const c0 = 1; let r = ctx.r; const names = towns(ri(4, 9)); const withLocal = chance(0.5);
  const unit = '万元'; const d = pick([0, 1]);
  const regs = names.map((n) => ({ n, ...econ(rf(30000, 250000)) }));
  if (withLocal) regs.push({ n: pick(['县本级', '县直']), ...econ(rf(5000, 20000)) });
  const totFirst = chance(0.7);
  r = titleBlock(sh, r, c0, regs.length + 3, pick(['各乡镇（街道）主要经济指标', `${ctx.year}年分乡镇主要经济指标`]), unit, null);
  sh.set(r, c0, '指标', { bold: true }); sh.set(r, c0 + 1, '计量单位', { bold: true });
  const colOf = {}; let c = c0 + 2; if (totFirst) colOf.tot = c++; regs.forEach((g) => colOf[g.n] = c++); if (!totFirst) colOf.tot = c++;
  sh.set(r, colOf.tot, pick(['全县', '合计', '全县合计']), { bold: true }); regs.forEach((g) => sh.set(r, colOf[g.n], g.n, { bold: true }));
  r++;
  const rowsDef = [['地区生产总值', 'gdp'], ['  第一产业', 'p1'], ['  第二产业', 'p2'], ['    其中：工业', 'ind'], ['  第三产业', 'p3']];
  const ro = {};
  for (const [lab, k] of rowsDef) { sh.set(r, c0, ctx.indent ? lab : lab.trim()); sh.set(r, c0 + 1, '万元'); ro[k] = r++; }
  const fis = chance(0.7); if (fis) { for (const [lab, k] of [['一般公共预算收入', 'rev'], ['  其中：税收收入', 'tax'], ['社会消费品零售总额', 'ret']]) { sh.set(r, c0, lab); sh.set(r, c0 + 1, '万元'); ro[k] = r++; } }
  const rateRow = chance(0.6) ? r++ : 0; if (rateRow) { sh.set(rateRow, c0, '第三产业占比'); sh.set(rateRow, c0 + 1, '%'); }
  const tcol = {};
  for (const g of regs) {
    const cc = colOf[g.n]; const p1 = sh.num(ro.p1, cc, g.p1, d), p2 = sh.num(ro.p2, cc, g.p2, d), p3 = sh.num(ro.p3, cc, g.p3, d);
    const G = sh.num(ro.gdp, cc, p1.v + p2.v + p3.v, d); const I = sh.num(ro.ind, cc, g.ind, d);
    sh.rel({ t: 'sum', total: G.a, parts: [p1.a, p2.a, p3.a], tol: 1e-6 }); sh.rel({ t: 'le', whole: p2.a, parts: [I.a], tol: 1e-6 });
    g.c = { gdp: G, p1, p2, p3, ind: I };
    if (fis) { const rv = g.gdp * rf(0.03, 0.08); g.c.rev = sh.num(ro.rev, cc, rv, d); g.c.tax = sh.num(ro.tax, cc, rv * rf(0.55, 0.85), d); g.c.ret = sh.num(ro.ret, cc, g.gdp * rf(0.2, 0.5), d); sh.rel({ t: 'le', whole: g.c.rev.a, parts: [g.c.tax.a], tol: 1e-6 }); sh.cand('part', g.c.tax.a, d); }
    if (rateRow) { const s = sh.num(rateRow, cc, p3.v / G.v * 100, 1); sh.rel({ t: 'rate', cell: s.a, num: p3.a, den: G.a, k: 100, tol: H(1) + 1e-6 }); sh.cand('share', s.a, 1); }
    sh.cand('part', p1.a, d);
  }
  const keys = ['gdp', 'p1', 'p2', 'ind', 'p3'].concat(fis ? ['rev', 'tax', 'ret'] : []);
  for (const k of keys) { const parts = regs.map((g) => g.c[k]); const T = sh.num(ro[k], colOf.tot, parts.reduce((a, p) => a + p.v, 0), d); tcol[k] = T; sh.rel({ t: 'sum', total: T.a, parts: parts.map((p) => p.a), tol: 1e-6 }); sh.cand('total', T.a, d); }
  if (rateRow) { const s = sh.num(rateRow, colOf.tot, tcol.p3.v / tcol.gdp.v * 100, 1); sh.rel({ t: 'rate', cell: s.a, num: tcol.p3.a, den: tcol.gdp.a, k: 100, tol: H(1) + 1e-6 }); }
  ctx.r = notes(sh, r, c0, withLocal ? ['注：县本级为县直属企业及单位，不分乡镇。'] : []);
}

// ---------- builder 5: fiscal revenue detail 一般公共预算收入
function bFiscal(sh, ctx) {
  const c0 = chance(0.3) ? 2 : 1; let r = ctx.r; const d = pick([0, 0, 1, 2]); const unit = d === 2 ? '亿元' : '万元'; const f = d === 2 ? 1e-4 : 1;
  const taxes = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
  const nontax = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const tv = taxes.map(() => rf(200, 30000) * f), nv = nontax.map(() => rf(300, 20000) * f);
  const withBudget = chance(0.6), withShare = chance(0.5);
  const cols = ['项    目'].concat(withBudget ? ['预算数', '执行数', '完成预算（%）'] : ['本年累计'], ['上年同期', '比上年增长（%）'], withShare ? ['占比（%）'] : []);
  r = titleBlock(sh, r, c0, cols.length, pick([`${ctx.year}年一般公共预算收入执行情况表`, '一般公共预算收入情况', `${ctx.place}财政收入完成情况`]), unit, null);
  cols.forEach((t, i) => sh.set(r, c0 + i, t, { bold: true })); r++;
  const cc = {}; cols.forEach((t, i) => cc[t] = c0 + i); const cur = withBudget ? '执行数' : '本年累计';
  const totTop = chance(0.8); const totRow = totTop ? r++ : 0;
  const sumLab = pick(['一般公共预算收入合计', '一般公共预算收入', '收入合计']);
  const sec = (lab, names, vals, numb) => {
    const hr = r++; sh.set(hr, c0, lab);
    const items = names.map((n, i) => { const rr = r++; sh.set(rr, c0, (ctx.indent ? '    ' : '') + (numb ? `${i + 1}.` : '') + n); return { rr, v: vals[i] }; });
    return { hr, items };
  };
  const S1 = sec(pick(['一、税收收入', '（一）税收收入', '税收收入']), taxes, tv, chance(0.5));
  const S2 = sec(pick(['二、非税收入', '（二）非税收入', '非税收入']), nontax, nv, chance(0.5));
  const tr = totTop ? totRow : r++;
  const out = {};
  function fill(rr, x, px, bud) {
    const C = sh.num(rr, cc[cur], x, d); const P = sh.num(rr, cc['上年同期'], px, d); const o = { C, P };
    if (withBudget) { o.B = sh.num(rr, cc['预算数'], bud, d); const pct = sh.num(rr, cc['完成预算（%）'], C.v / o.B.v * 100, 1); sh.rel({ t: 'rate', cell: pct.a, num: C.a, den: o.B.a, k: 100, tol: H(1) + 1e-6 }); sh.cand('rate', pct.a, 1); }
    const g = sh.num(rr, cc['比上年增长（%）'], (C.v / P.v - 1) * 100, 1); sh.rel({ t: 'growth', cell: g.a, cur: C.a, prev: P.a, tol: H(1) + 1e-6 }); sh.cand('growth', g.a, 1);
    return o;
  }
  const itemsAll = [];
  for (const S of [S1, S2]) {
    const vals = S.items.map((it) => { const cv = R(it.v, d), pv = R(it.v / rf(0.85, 1.2), d), bv = R(it.v * rf(0.9, 1.1), d); return { it, cv, pv, bv }; });
    // suppress tiny items as '—'
    const sc = vals.reduce((a, b) => a + b.cv, 0), sp = vals.reduce((a, b) => a + b.pv, 0), sb = vals.reduce((a, b) => a + b.bv, 0);
    const H0 = fill(S.hr, sc, sp, sb); S.o = H0;
    const os = vals.map((v) => fill(v.it.rr, v.cv, v.pv, v.bv));
    for (const k of ['C', 'P'].concat(withBudget ? ['B'] : [])) sh.rel({ t: 'sum', total: H0[k].a, parts: os.map((o) => o[k].a), tol: 1e-6 });
    sh.cand('subtotal', H0.C.a, d); os.forEach((o) => sh.cand('part', o.C.a, d)); itemsAll.push(...os);
  }
  sh.set(tr, c0, sumLab, { bold: true });
  const T = fill(tr, S1.o.C.v + S2.o.C.v, S1.o.P.v + S2.o.P.v, withBudget ? S1.o.B.v + S2.o.B.v : 0);
  for (const k of ['C', 'P'].concat(withBudget ? ['B'] : [])) sh.rel({ t: 'sum', total: T[k].a, parts: [S1.o[k].a, S2.o[k].a], tol: 1e-6 });
  sh.cand('total', T.C.a, d);
  if (withShare) {
    for (const o of [S1.o, S2.o, ...itemsAll]) { const rr = +o.C.a.replace(/[A-Z]+/, ''); const s = sh.num(rr, cc['占比（%）'], o.C.v / T.C.v * 100, 2); sh.rel({ t: 'rate', cell: s.a, num: o.C.a, den: T.C.a, k: 100, tol: H(2) + 1e-6 }); sh.cand('share', s.a, 2); }
    sh.num(tr, cc['占比（%）'], 100, 2);
  }
  ctx.r = notes(sh, r, c0, chance(0.5) ? ['注：增长速度按同口径计算。'.replace('同口径', '现价')] : []);
}

// ---------- builder 6: monthly 本月/累计
function bMonthly(sh, ctx) {
  const c0 = 1; let r = ctx.r; const item = pick(['社会消费品零售总额', '规模以上工业增加值', '一般公共预算收入']);
  const unit = pick(['万元', '亿元']); const d = unit === '亿元' ? 2 : pick([0, 1]); const f = unit === '亿元' ? 1 : 1e4;
  const base = rf(3, 40) * f; const nm = ri(6, 12); const merge12 = chance(0.5); const withPrevCum = chance(0.7);
  const cols = ['月份', '本月', '累计'].concat(withPrevCum ? ['上年同期累计', '累计比上年同期增长（%）'] : ['累计增长（%）']);
  r = titleBlock(sh, r, c0, cols.length, `${ctx.year}年${item}（分月）`, unit, null);
  if (chance(0.5)) { sh.set(r, c0, '月份', { bold: true }); sh.merge(r, c0, r + 1, c0); sh.set(r, c0 + 1, item, { bold: true }); sh.merge(r, c0 + 1, r, c0 + cols.length - 1); r++; cols.slice(1).forEach((t, i) => sh.set(r, c0 + 1 + i, t, { bold: true })); r++; }
  else { cols.forEach((t, i) => sh.set(r, c0 + i, t, { bold: true })); r++; }
  let prevCum = null, prevCumP = null;
  for (let m = merge12 ? 2 : 1; m <= nm; m++) {
    const lab = (merge12 && m === 2) ? '1-2月' : `${m}月`; sh.set(r, c0, lab);
    const mv = R(base * (merge12 && m === 2 ? 2 : 1) * rf(0.85, 1.2), d); const M = sh.num(r, c0 + 1, mv, d);
    const cumv = R((prevCum ? prevCum.v : 0) + mv, d); const Cu = sh.num(r, c0 + 2, cumv, d);
    if (prevCum) { sh.rel({ t: 'sum', total: Cu.a, parts: [prevCum.a, M.a], tol: 1e-6 }); sh.cand('running', Cu.a, d); sh.cand('part', M.a, d); }
    else sh.rel({ t: 'sum', total: Cu.a, parts: [M.a], tol: 1e-6 });
    if (withPrevCum) { const pcv = R(cumv / rf(0.95, 1.12), d); const P = sh.num(r, c0 + 3, pcv, d); const g = sh.num(r, c0 + 4, (Cu.v / P.v - 1) * 100, 1); sh.rel({ t: 'growth', cell: g.a, cur: Cu.a, prev: P.a, tol: H(1) + 1e-6 }); sh.cand('growth', g.a, 1); }
    else sh.num(r, c0 + 3, rf(-3, 12), 1);
    prevCum = Cu; r++;
  }
  ctx.r = notes(sh, r, c0, [item === '规模以上工业增加值' ? '注：本表绝对额按现价计算，增速按现价计算。' : '注：增速按现价计算。'].slice(0, chance(0.6) ? 1 : 0));
}

// ---------- builder 7: 三次产业构成 time series with pp
function bStructure(sh, ctx) {
  const c0 = chance(0.3) ? 2 : 1; let r = ctx.r; const y1 = ctx.year; const n = ri(4, 7); const d = pick([1, 1, 2]);
  const withContrib = chance(0.4);
  const cols = ['年份', '地区生产总值', '第一产业', '第二产业', '第三产业'].concat(['第三产业比重增减（百分点）'], withContrib ? ['对经济增长贡献率：第二产业（%）'] : []);
  r = titleBlock(sh, r, c0, cols.length, '三次产业构成', '%', chance(0.5) ? '（地区生产总值=100）' : null);
  cols.forEach((t, i) => sh.set(r, c0 + i, t, { bold: true, wrap: true })); r++;
  let s1 = rf(5, 18), s2 = rf(30, 48); let prevS3 = null;
  for (let i = 0; i < n; i++) {
    const y = y1 - n + 1 + i; sh.set(r, c0, y);
    const sv = shares([s1, s2, 100 - s1 - s2], d);
    const T = sh.num(r, c0 + 1, 100, d);
    const S = sv.map((v, k) => sh.num(r, c0 + 2 + k, v, d));
    sh.rel({ t: 'sum', total: T.a, parts: S.map((x) => x.a), tol: 1e-6 }); sh.cand('share', S[0].a, d);
    if (prevS3) { const p = sh.num(r, c0 + 5, S[2].v - prevS3.v, d); sh.rel({ t: 'pp', cell: p.a, cur: S[2].a, prev: prevS3.a, tol: 1e-6 }); sh.cand('pp', p.a, d); }
    else sh.set(r, c0 + 5, '—', { align: 'center' });
    if (withContrib) sh.num(r, c0 + 6, rf(15, 55), 1);
    prevS3 = S[2]; s1 *= rf(0.9, 1.02); s2 *= rf(0.95, 1.04); r++;
  }
  ctx.r = notes(sh, r, c0, withContrib ? ['注：贡献率按可比价格计算。'] : []);
}

// ---------- builder 8: towns grouped with 小计
function bTownSubtotal(sh, ctx) {
  const c0 = chance(0.3) ? 2 : 1; let r = ctx.r; const d = pick([0, 1, 2]); const unit = d === 2 ? '亿元' : '万元'; const f = d === 2 ? 1e-4 : 1;
  const groups = [{ n: pick(['街道', '城区']), list: towns(ri(2, 4), '街道') }, { n: '镇', list: towns(ri(3, 6), '镇') }];
  if (chance(0.5)) groups.push({ n: '乡', list: towns(ri(2, 4), '乡') });
  const item = pick([['社会消费品零售总额', '其中：限额以上'], ['固定资产投资', '其中：工业投资'], ['一般公共预算收入', '其中：税收收入']]);
  const withG = chance(0.6), subFirst = chance(0.5), totTop = chance(0.6);
  const cols = ['单    位', item[0], item[1]].concat(withG ? ['上年', '比上年增长（%）'] : []);
  r = titleBlock(sh, r, c0, cols.length, `各乡镇（街道）${item[0]}`, unit, null);
  cols.forEach((t, i) => sh.set(r, c0 + i, t, { bold: true })); r++;
  const totR = totTop ? r++ : 0; const subs = [];
  const fill = (rr, x, sx, px) => { const X = sh.num(rr, c0 + 1, x, d), S = sh.num(rr, c0 + 2, sx, d); const o = { X, S }; sh.rel({ t: 'le', whole: X.a, parts: [S.a], tol: 1e-6 }); if (withG) { o.P = sh.num(rr, c0 + 3, px, d); const g = sh.num(rr, c0 + 4, (X.v / o.P.v - 1) * 100, 1); sh.rel({ t: 'growth', cell: g.a, cur: X.a, prev: o.P.a, tol: H(1) + 1e-6 }); sh.cand('growth', g.a, 1); } return o; };
  groups.forEach((gp, gi) => {
    const items = gp.list.map(() => { const x = R(rf(3000, 90000) * f, d); return { x, sx: R(x * rf(0.3, 0.8), d), px: R(x / rf(0.9, 1.15), d) }; });
    const sr = subFirst ? r++ : 0; const os = [];
    items.forEach((it, i) => { sh.set(r, c0, (ctx.indent ? '  ' : '') + gp.list[i]); os.push(fill(r, it.x, it.sx, it.px)); sh.cand('part', os[os.length - 1].X.a, d); r++; });
    const srr = subFirst ? sr : r++;
    sh.set(srr, c0, pick([`${gp.n}小计`, '小计', `${['一', '二', '三'][gi]}、${gp.n === '城区' ? '城区' : gp.n}小计`]));
    const S = fill(srr, items.reduce((a, b) => a + b.x, 0), items.reduce((a, b) => a + b.sx, 0), items.reduce((a, b) => a + b.px, 0));
    for (const k of ['X', 'S'].concat(withG ? ['P'] : [])) sh.rel({ t: 'sum', total: S[k].a, parts: os.map((o) => o[k].a), tol: 1e-6 });
    sh.cand('subtotal', S.X.a, d); subs.push(S);
  });
  const tr = totTop ? totR : r++; sh.set(tr, c0, pick(['合计', '总计', '全县合计']), { bold: true });
  const T = fill(tr, subs.reduce((a, s) => a + s.X.v, 0), subs.reduce((a, s) => a + s.S.v, 0), withG ? subs.reduce((a, s) => a + s.P.v, 0) : 0);
  for (const k of ['X', 'S'].concat(withG ? ['P'] : [])) sh.rel({ t: 'sum', total: T[k].a, parts: subs.map((o) => o[k].a), tol: 1e-6 });
  sh.cand('total', T.X.a, d);
  ctx.r = notes(sh, r, c0, []);
}

// ---------- builder 9: index table (上年=100), no arithmetic relations
function bIndex(sh, ctx) {
  const c0 = 1; let r = ctx.r; const n = ri(5, 8);
  const cols = ['年份', '地区生产总值', '第一产业', '第二产业', '#工业', '第三产业', '人均地区生产总值'];
  r = titleBlock(sh, r, c0, cols.length, '地区生产总值指数', null, '（上年=100）');
  cols.forEach((t, i) => sh.set(r, c0 + i, t, { bold: true })); r++;
  for (let i = 0; i < n; i++) { sh.set(r, c0, ctx.year - n + 1 + i); const p = [rf(101, 105), rf(102, 112), rf(102, 113), rf(103, 110)]; const g = (p[0] * 0.1 + p[1] * 0.4 + p[3] * 0.5); [g, p[0], p[1], p[2], p[3], g - rf(0, 0.8)].forEach((v, k) => sh.num(r, c0 + 1 + k, v, 1)); r++; }
  ctx.r = notes(sh, r, c0, ['注：按可比价格计算。']);
}

const BUILDERS = { bRegionGDP, bIndicators, bSeries, bRegionCols, bFiscal, bMonthly, bStructure, bTownSubtotal, bIndex };
const SHEETNAMES = { bRegionGDP: ['分地区生产总值', '表2 分县区GDP', '地区生产总值'], bIndicators: ['主要指标', '表1 国民经济主要指标', '综合'], bSeries: ['历年GDP', '时间序列', '表3'], bRegionCols: ['分乡镇指标', '乡镇'], bFiscal: ['财政收入', '一般公共预算'], bMonthly: ['分月', '月度'], bStructure: ['产业构成', '三次产业结构'], bTownSubtotal: ['分乡镇', '乡镇小计'], bIndex: ['指数', 'GDP指数'] };

function buildBook(bi) {
  const place = pick(['临江市', '安平县', '青山县', '清河市', '凤阳区', '永宁县', '金川县']);
  const year = pick([2023, 2024, 2024]);
  const nS = ri(1, 4); const keys = Object.keys(BUILDERS);
  const chosen = VARIANT === 'b' ? shuffle(keys).slice(0, nS) : Array.from({ length: nS }, () => pick(keys));
  const sheets = []; const used = new Set();
  for (const k of chosen) {
    let name = pick(SHEETNAMES[k]); while (used.has(name)) name += '1'; used.add(name);
    const sh = new Sheet(name); sh.textNums = chance(VARIANT === 'b' ? 0.35 : 0.2); sh.comma = chance(0.3);
    const ctx = { r: chance(0.2) ? 2 : 1, place, year, indent: chance(0.5) };
    BUILDERS[k](sh, ctx);
    // sometimes two tables on one sheet
    if (chance(VARIANT === 'b' ? 0.25 : 0.1)) { ctx.r += 2; BUILDERS[pick(['bSeries', 'bStructure', 'bMonthly', 'bIndex'])](sh, ctx); }
    sh.rels = sh.rels.filter((x) => !x.skip);
    sheets.push(sh);
  }
  return sheets;
}

function getter(sh) { return (a) => { const c = sh.cells.get(a); return c ? c.v : null; }; }

async function write(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, c] of sh.cells) {
      const cell = ws.getCell(a); cell.value = c.v;
      if (c.fmt && typeof c.v === 'number') cell.numFmt = c.fmt;
      const font = {}; if (c.bold) font.bold = true; if (c.size) font.size = c.size; if (Object.keys(font).length) cell.font = font;
      if (c.align || c.wrap) cell.alignment = { horizontal: c.align, wrap: c.wrap, vertical: 'middle' };
    }
    for (const m of sh.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getColumn(1).width = 26; for (let c = 2; c <= sh.maxC; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const dir = path.join(__dirname, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  for (let i = 0; i < N; i++) {
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    let sheets = buildBook(i); const plants = [];
    if (i % Math.round(1 / PF) === 0 && PF > 0 || (PF >= 1)) {
      // plant: pick kind round-robin over available candidates
      const want = kinds[(i / Math.round(1 / PF) | 0) % kinds.length];
      let tries = 0;
      while (plants.length === 0 && tries++ < 30) {
        const all = sheets.flatMap((sh) => sh.cands.map((c) => ({ sh, ...c })));
        let pool = all.filter((c) => c.kind === (tries < 15 ? want : pick(kinds)));
        if (!pool.length) { if (tries >= 15) continue; if (tries === 14) {} continue; }
        const c = pick(pool); const cell = c.sh.cells.get(c.a); const was = typeof cell.v === 'number' ? cell.v : Number(cell.v);
        let now;
        if (['rate', 'share', 'growth', 'pp'].includes(c.kind)) now = R(was + (chance(0.5) ? 1 : -1) * rf(2.5, 8), c.d);
        else now = R(was * (1 + (chance(0.5) ? 1 : -1) * rf(0.06, 0.3)), c.d);
        if (now === was) continue;
        const rels = c.sh.rels.filter((x) => relCells(x).includes(c.a));
        const old = cell.v; cell.v = typeof old === 'string' ? now.toFixed(c.d) : now;
        const g = getter(c.sh); const broken = rels.filter((x) => { const e = evalRel(x, g); return e !== null && e > Math.max(0.5 * Math.pow(10, -c.d) * 4, x.tol * 3); });
        if (!broken.length) { cell.v = old; continue; }
        plants.push({ sheet: c.sh.name, cell: c.a, was, now, kind: c.kind });
      }
    }
    await write(sheets, path.join(dir, file));
    manifest.push({ file, plants });
    fs.writeFileSync(path.join(__dirname, 'rel', file + '.json'), JSON.stringify({ set: SET, file, planted: plants, sheets: sheets.map((s) => ({ sheet: s.name, rels: s.rels })) }));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, N, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})();
