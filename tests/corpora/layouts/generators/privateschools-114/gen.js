// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// 民办学校党建 workbooks into /tmp/round114a/SET, relations into rel/<file>.json, manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round114a';
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
const variant = Number(VARIANT || 0);

function mulberry(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R;
const U = (a, b) => a + (b - a) * R();
const I = (a, b) => Math.floor(U(a, b + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function countyNames(n, used) {
  used = used || new Set(); const out = [];
  while (out.length < n) { const s = pick(CH1) + pick(CH2) + pick(['县', '县', '区', '区', '市']); if (!used.has(s)) { used.add(s); out.push(s); } }
  return out;
}
const cityName = () => pick(CH1) + pick(CH2) + '市';

// ---------- data model ----------
// levels: key, labels, params
const LEVELS = [
  { k: 'kg', names: ['幼儿园', '民办幼儿园', '学前教育'], s: [20, 150], cov: [.55, .9], ind: [.25, .5], tp: [12, 30], ps: [.03, .08] },
  { k: 'ps', names: ['小学', '民办小学', '普通小学'], s: [0, 8], cov: [.85, 1], ind: [.6, .9], tp: [40, 100], ps: [.1, .2] },
  { k: 'js', names: ['初中', '民办初中', '初级中学'], s: [0, 6], cov: [.9, 1], ind: [.6, .95], tp: [50, 140], ps: [.12, .22] },
  { k: 'hs', names: ['高中', '普通高中', '民办普通高中'], s: [0, 4], cov: [.9, 1], ind: [.7, 1], tp: [60, 180], ps: [.15, .25] },
  { k: 'vs', names: ['中职', '中等职业学校', '民办中职学校'], s: [0, 3], cov: [.85, 1], ind: [.6, 1], tp: [50, 160], ps: [.1, .2] },
  { k: 'un', names: ['高校', '民办高校', '高等学校'], s: [0, 0], cov: [1, 1], ind: [1, 1], tp: [300, 1200], ps: [.2, .35] },
  { k: 'tr', names: ['培训机构', '校外培训机构', '民办培训机构'], s: [15, 200], cov: [.35, .75], ind: [.1, .3], tp: [4, 15], ps: [.03, .1] },
];
const FIELDS = ['s', 'b', 'i', 'j', 't', 'p', 'c', 'c1', 'c2', 'n', 'sp', 'bp', 'pp', 'np'];
function unitData(L, scale) {
  let s = Math.round(I(L.s[0], L.s[1]) * scale);
  if (L.k === 'un') s = chance(0.12) ? 1 : 0;
  const cov = U(L.cov[0], L.cov[1]);
  const b = Math.min(s, Math.round(s * cov));
  const i = Math.round(b * U(L.ind[0], L.ind[1])), j = b - i;
  const t = Math.round(s * U(L.tp[0], L.tp[1]));
  const p = Math.round(t * U(L.ps[0], L.ps[1]));
  const c = Math.round(b * U(.3, .65)); const c1 = Math.round(c * U(.3, .7)), c2 = c - c1;
  const n = Math.round(j * U(.2, .6) + (s - b) * U(0, .2));
  const sp = Math.max(0, Math.round(s / (1 + U(-.06, .12))));
  const bp = Math.min(sp, Math.max(0, Math.round(sp * Math.max(0, cov - U(.02, .15)))));
  const pp = Math.max(0, Math.round(p / (1 + U(-.02, .12))));
  const np = Math.max(0, Math.round(n / (1 + U(-.1, .4))));
  return { s, b, i, j, t, p, c, c1, c2, n, sp, bp, pp, np };
}
function agg(list) { const o = {}; for (const f of FIELDS) o[f] = list.reduce((a, x) => a + x[f], 0); return o; }
function countyData(scale, levelKeys) {
  const lv = {};
  for (const L of LEVELS) if (!levelKeys || levelKeys.includes(L.k)) lv[L.k] = unitData(L, scale);
  lv.all = agg(Object.values(lv));
  return lv;
}
function cityData(n, levelKeys, canUni) {
  const names = countyNames(n);
  const cs = names.map((nm) => ({ nm, d: countyData(U(.5, 1.6), levelKeys) }));
  return cs;
}

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, isCount) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && isCount && this.ctx.zero !== '0') {
      const z = this.ctx.zero;
      if (z === '') cell.value = null; else { cell.value = z; this.vals[cell.address] = z; cell.alignment = { horizontal: 'right' }; }
      return cell.address;
    }
    const asText = chance(this.ctx.textP);
    const val = asText ? v.toFixed(d) : v;
    cell.value = val;
    if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : '0.' + '0'.repeat(d);
    cell.alignment = { horizontal: 'right' };
    this.meta[cell.address] = { d, text: asText };
    this.vals[cell.address] = val;
    return cell.address;
  }
  cnt(r, c, v) { return this.put(r, c, v, 0, true); }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; if (s !== null && s !== undefined && s !== '') this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  // helpers for relations
  sum(total, parts, kind = 'sum') {
    this.rel(kind, { t: 'sum', total, parts, tol: 0 });
    if (this.ctx.formulas && this.meta[total] && !this.meta[total].text && !this.meta[total].f && parts.every(Boolean)) {
      const cell = this.ws.getCell(total); const dec = (a) => { const m = /^([A-Z]+)(\d+)$/.exec(a); return [m[1], Number(m[2])]; };
      const ps = parts.map(dec); let f;
      const sameCol = ps.every((x) => x[0] === ps[0][0]) && ps.every((x, i) => x[1] === ps[0][1] + i);
      f = sameCol && ps.length > 1 ? `SUM(${parts[0]}:${parts[parts.length - 1]})` : parts.length <= 3 ? parts.join('+') : `SUM(${parts.join(',')})`;
      cell.value = { formula: f, result: this.vals[total] }; this.meta[total].f = true;
    }
  }
  le(whole, parts) { this.rel('le', { t: 'le', whole, parts, tol: 0 }); }
  rate(r, c, numv, den, numA, denA, d, kind = 'rate') {
    if (!den) { this.txt(r, c, pick(['-', '—', '-'])); return null; }
    if (this.native) {
      const cell = this.ws.getCell(r, c); const v = rnd(numv / den, d + 2);
      cell.value = v; cell.numFmt = '0.' + '0'.repeat(d) + '%'; cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d: d + 2, text: false, native: true }; this.vals[cell.address] = v;
      this.rel(kind, { t: 'rate', cell: cell.address, num: numA, den: denA, k: 1, tol: 0.5 * Math.pow(10, -d - 2) + 1e-6 });
      return cell.address;
    }
    const a = this.put(r, c, rnd(numv / den * 100, d), d);
    this.rel(kind, { t: 'rate', cell: a, num: numA, den: denA, k: 100, tol: 0.5 * Math.pow(10, -d) + 0.001 });
    return a;
  }
  growth(r, c, cur, prev, curA, prevA, d) {
    if (!prev) { this.txt(r, c, pick(['-', '—'])); return null; }
    const a = this.put(r, c, rnd((cur / prev - 1) * 100, d), d);
    this.rel('growth', { t: 'growth', cell: a, cur: curA, prev: prevA, tol: 0.5 * Math.pow(10, -d) + 0.001 });
    return a;
  }
  title(ncol, text, unitText) {
    let r = 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '附件']) + I(1, 9) + (chance(.5) ? '-' + I(1, 12) : '')); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unitText) {
      if (chance(0.3)) { this.txt(r, 1, '填报单位：' + this.ctx.org); this.txt(r, ncol, unitText); }
      else if (chance(0.5)) this.txt(r, ncol, unitText); else this.txt(r, 1, unitText);
      r++;
    } else if (chance(0.3)) { this.txt(r, ncol, '截至' + this.ctx.year + '年12月31日'); r++; }
    return r;
  }
  notes(r) {
    r++;
    const ns = ['覆盖率=建立党组织的学校数÷民办学校数×100%。', '党组织包括单独建立和联合建立的党组织。', '“-”表示该项无数据或为零。', '统计范围为经教育行政部门审批设立的民办学校及校外培训机构。', '数据截至' + this.ctx.year + '年12月31日。', '党员教职工占比=党员教职工数÷教职工总数×100%。', '书记由校长（理事长）兼任比例以已建党组织学校数为基数。'];
    if (chance(0.75)) {
      const k = I(1, 3); const sel = shuffle(ns).slice(0, k);
      const head = pick(['注：', '说明：', '填表说明：']);
      if (k > 1 && chance(0.5)) { this.txt(r, 1, head); r++; sel.forEach((s, i) => { this.txt(r, 1, (i + 1) + '.' + s); r++; }); }
      else { this.txt(r, 1, head + sel.map((s, i) => (k > 1 ? (i + 1) + '.' : '') + s).join('')); r++; }
    }
    if (chance(0.5)) { this.txt(r, 1, '填报人：' + pick(['张伟', '李娜', '王芳', '刘洋']) + '    审核人：' + pick(['陈静', '赵磊', '孙丽']) + '    联系电话：0' + I(100, 999) + '-' + I(2000000, 8999999)); r++; }
    if (chance(0.2)) { this.txt(r, 1, '资料来源：' + pick(['中共' + this.ctx.city + '委教育工作委员会', this.ctx.city + '教育局', this.ctx.city + '民办教育协会党委'])); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 22; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}
const totName = (ctx, lvl) => pick(lvl === 'prov' ? ['全省', '全省合计', '总计'] : lvl === 'county' ? ['全县', '合计', '总计'] : ['合计', '全市', '总计', '全市合计', ctx.city]);
const scopeOf = () => pick([{ keys: null, t: '民办学校' }, { keys: null, t: '民办学校（含培训机构）' }, { keys: ['kg'], t: '民办幼儿园' }, { keys: ['tr'], t: '校外培训机构' }, { keys: ['ps', 'js', 'hs', 'vs'], t: '民办中小学和中职学校' }]);
const UNITLINE = ['单位：所、个、人、%', '单位：所，人，%', '计量单位：所、人'];

// ---------- sheet types ----------
// T1: regions as rows, cross-section (coverage, teachers)
function T1(sb, ctx) {
  const sc = scopeOf();
  const n = I(4, 12); const cs = cityData(n, sc.keys);
  if (chance(0.3)) cs.push({ nm: pick(['市直', '市直属学校', '市本级']), d: countyData(U(.2, .5), sc.keys) });
  const withT = chance(0.6), withJ = chance(0.75), withSh = chance(0.35), withAvg = withT && chance(0.35);
  const two = chance(0.5 + variant * .2);
  const cols = [];
  cols.push(['s', '民办学校数']);
  if (withSh) cols.push(['rsh', pick(['占全市比重(%)', '占比(%)', '学校数占全市(%)'])]);
  cols.push(['b', '已建立党组织的学校数']);
  if (withJ) { cols.push(['i', '其中：单独建立']); cols.push(['j', '联合建立']); }
  cols.push(['cov', '党组织覆盖率(%)']);
  if (withT) { cols.push(['t', '教职工数']); cols.push(['p', '其中：党员']); cols.push(['psh', '党员占比(%)']); }
  if (withAvg) cols.push(['avg', '校均教职工数（人）']);
  const nc = cols.length + 1;
  const unitInHdr = chance(0.5);
  let r = sb.title(nc, ctx.city + ctx.year + '年' + sc.t + '党组织建设情况' + (chance(.5) ? '统计表' : ''), unitInHdr ? null : pick(UNITLINE));
  const rl = pick(['地区', '县（市、区）', '单位', '区县']);
  const u = (k) => (unitInHdr ? ({ s: '（所）', b: '（所）', i: '（个）', j: '（个）', t: '（人）', p: '（人）' }[k] || '') : '');
  if (two) {
    sb.merge(r, 1, r + 1, 1, rl);
    let c = 2;
    sb.merge(r, c, r + 1, c, '民办学校数' + u('s')); c++;
    if (withSh) { sb.merge(r, c, r + 1, c, cols[1][1]); c++; }
    if (withJ) { sb.merge(r, c, r, c + 2, '已建立党组织的学校' + u('b')); sb.txt(r + 1, c, '小计'); sb.txt(r + 1, c + 1, '单独建立'); sb.txt(r + 1, c + 2, '联合建立'); c += 3; }
    else { sb.merge(r, c, r + 1, c, '已建立党组织的学校数' + u('b')); c++; }
    sb.merge(r, c, r + 1, c, '党组织覆盖率(%)'); c++;
    if (withT) { sb.merge(r, c, r, c + 2, '教职工' + u('t')); sb.txt(r + 1, c, '总数'); sb.txt(r + 1, c + 1, '其中：党员'); sb.txt(r + 1, c + 2, '党员占比(%)'); c += 3; }
    if (withAvg) sb.merge(r, c, r + 1, c, '校均教职工数（人）');
    r += 2;
  } else { sb.txt(r, 1, rl); cols.forEach(([k, h], i) => sb.txt(r, 2 + i, h + u(k))); r++; }
  if (chance(0.25)) { sb.txt(r, 1, '甲'); cols.forEach((_, i) => sb.txt(r, 2 + i, String(i + 1))); r++; }
  const d = pick([1, 1, 2]);
  const tot = agg(cs.map((x) => x.d.all));
  const rows = [{ nm: totName(ctx), d: tot, tot: true }, ...cs.map((x) => ({ nm: x.nm, d: x.d.all }))];
  if (chance(0.35 + variant * .25)) rows.push(rows.shift());
  const colCells = {}; const totCells = {};
  let totSh = null; const shCells = [], shRels = [];
  const indent = chance(0.3);
  for (const row of rows) {
    sb.txt(r, 1, (!row.tot && indent ? '  ' : '') + row.nm);
    const x = row.d; const A = {};
    cols.forEach(([k], i) => {
      const c = 2 + i;
      if (k === 'cov') A[k] = sb.rate(r, c, x.b, x.s, A.b, A.s, d);
      else if (k === 'psh') A[k] = sb.rate(r, c, x.p, x.t, A.p, A.t, d, 'share');
      else if (k === 'rsh') { if (row.tot) { A[k] = sb.native ? sb.put(r, c, 1, 3) : sb.put(r, c, 100, 1); if (sb.native) { sb.ws.getCell(A[k]).numFmt = '0.0%'; sb.meta[A[k]].text = false; sb.ws.getCell(A[k]).value = 1; sb.vals[A[k]] = 1; } totSh = A[k]; } else { A[k] = sb.rate(r, c, x.s, tot.s, A.s, null, 1, 'share'); shCells.push(A[k]); if (A[k]) shRels.push(sb.rels[sb.rels.length - 1]); } }
      else if (k === 'avg') { if (x.s) { A[k] = sb.put(r, c, rnd(x.t / x.s, 1), 1); sb.rel('rate', { t: 'rate', cell: A[k], num: A.t, den: A.s, k: 1, tol: 0.051 }); } else sb.txt(r, c, '-'); }
      else A[k] = sb.cnt(r, c, x[k]);
      if (!['cov', 'psh', 'rsh', 'avg'].includes(k)) { if (row.tot) totCells[k] = A[k]; else (colCells[k] = colCells[k] || []).push(A[k]); }
    });
    if (withJ) sb.sum(A.b, [A.i, A.j]);
    sb.le(A.s, [A.b]);
    if (withT) sb.le(A.t, [A.p]);
    r++;
  }
  for (const k of Object.keys(totCells)) sb.sum(totCells[k], colCells[k]);
  if (withSh) { for (const rl of shRels) rl.den = totCells.s; sb.rel('sum100', { t: 'sum', total: totSh, parts: shCells.filter(Boolean), tol: (sb.native ? 0.0005 : 0.05) * shCells.length + 0.001 }); }
  sb.widths(nc); sb.notes(r);
}

// T2: school levels as rows, with 合计 and 其中 row
function T2(sb, ctx) {
  const cs = cityData(I(3, 9));
  const uni = chance(0.5);
  const lvTot = {}; for (const L of LEVELS) lvTot[L.k] = agg(cs.map((x) => x.d[L.k]));
  if (uni) { const k = I(1, 3); lvTot.un = unitData({ ...LEVELS[5], k: 'x', s: [k, k] }, 1); }
  const withSec = chance(0.7), withN = chance(0.6), withJ = chance(0.6);
  const cols = [['s', '学校数（所）'], ['b', '已建党组织学校数（所）']];
  if (withJ) cols.push(['i', '单独建立'], ['j', '联合建立']);
  cols.push(['cov', '覆盖率(%)']);
  if (withSec) cols.push(['c', '书记由校长（理事长）兼任（人）'], ['crt', '兼任比例(%)']);
  if (withN) cols.push(['n', '选派党建指导员（人）']);
  const nc = cols.length + 1;
  let r = sb.title(nc, ctx.city + ctx.year + '年民办学校（机构）党建工作情况（按学段分）', chance(.5) ? pick(UNITLINE) : null);
  sb.txt(r, 1, pick(['学段', '类别', '学校类型', '项目'])); cols.forEach(([, h], i) => sb.txt(r, 2 + i, h)); r++;
  const d = pick([1, 1, 2]);
  const lvIdx = chance(0.5) ? 0 : I(0, 2);
  const levelRows = LEVELS.map((L) => ({ nm: L.names[lvIdx], d: lvTot[L.k], k: L.k }));
  let rows = [{ nm: pick(['合计', '总计', '全市合计', '民办学校（机构）总数']), d: agg(levelRows.map((x) => x.d)), tot: true }, ...levelRows];
  const qz = chance(0.6);
  if (qz) {
    const kg = lvTot.kg; const f = U(.4, .75);
    const sub = {}; for (const fl of FIELDS) sub[fl] = Math.floor(kg[fl] * f);
    sub.b = Math.min(sub.b, sub.s); sub.i = Math.min(sub.i, sub.b); sub.j = sub.b - sub.i; if (sub.j > kg.j) { sub.j = kg.j; sub.i = sub.b - sub.j; }
    sub.c = Math.min(sub.c, sub.b); sub.p = Math.min(sub.p, sub.t);
    const ix = rows.findIndex((x) => x.k === 'kg');
    rows.splice(ix + 1, 0, { nm: pick(['其中：普惠性民办幼儿园', '  其中：普惠性幼儿园', '#普惠性民办幼儿园']), d: sub, qz: true });
  }
  if (chance(0.2 + variant * .2)) rows.push(rows.shift());
  const cells = {}; const totC = {}; let kgC = null, qzC = null;
  for (const row of rows) {
    sb.txt(r, 1, row.nm);
    const x = row.d, A = {};
    cols.forEach(([k], i) => {
      const c = 2 + i;
      if (k === 'cov') A[k] = sb.rate(r, c, x.b, x.s, A.b, A.s, d);
      else if (k === 'crt') A[k] = sb.rate(r, c, x.c, x.b, A.c, A.b, d);
      else A[k] = sb.cnt(r, c, x[k]);
    });
    if (withJ) sb.sum(A.b, [A.i, A.j]);
    sb.le(A.s, [A.b]);
    if (row.tot) Object.assign(totC, A); else if (row.qz) qzC = A; else { if (row.k === 'kg') kgC = A; for (const k in A) (cells[k] = cells[k] || []).push(A[k]); }
    r++;
  }
  for (const [k] of cols) if (!['cov', 'crt'].includes(k)) { sb.sum(totC[k], cells[k]); if (qzC) sb.le(kgC[k], [qzC[k]]); }
  sb.widths(nc); sb.notes(r);
}

// T3: two years side by side, regions as rows, growth and 百分点
function T3(sb, ctx) {
  const sc = scopeOf();
  const cs = cityData(I(4, 11), sc.keys);
  const Y = ctx.year, P = Y - 1;
  const nc = 10;
  let r = sb.title(nc, ctx.city + sc.t + '党组织覆盖情况（' + P + '—' + Y + '年）', chance(.6) ? pick(UNITLINE) : null);
  sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）']));
  sb.merge(r, 2, r, 4, '民办学校数（所）'); sb.merge(r, 5, r, 7, '已建党组织学校数（所）'); sb.merge(r, 8, r, 10, '党组织覆盖率（%）');
  const yl = (y) => pick([y + '年', y + '年', String(y)]);
  const ys = [yl(P), yl(Y)];
  [[2, ys[0], ys[1], pick(['增长(%)', '增减(%)', '比上年增长(%)'])], [5, ys[0], ys[1], pick(['增减(个)', '增加(所)'])], [8, ys[0], ys[1], pick(['增减(百分点)', '提高(百分点)', '±百分点'])]].forEach(([c, a, b, g]) => { sb.txt(r + 1, c, a); sb.txt(r + 1, c + 1, b); sb.txt(r + 1, c + 2, g); });
  r += 2;
  const d = pick([1, 1, 2]), gd = pick([1, 1, 2]);
  const rows = [{ nm: totName(ctx), d: agg(cs.map((x) => x.d.all)), tot: true }, ...cs.map((x) => ({ nm: x.nm, d: x.d.all }))];
  if (chance(0.3 + variant * .2)) rows.push(rows.shift());
  const fromRaw = chance(0.4);
  const col = {}, tc = {};
  for (const row of rows) {
    sb.txt(r, 1, row.nm);
    const x = row.d;
    const a = sb.cnt(r, 2, x.sp), b = sb.cnt(r, 3, x.s);
    sb.growth(r, 4, x.s, x.sp, b, a, gd);
    const e = sb.cnt(r, 5, x.bp), f = sb.cnt(r, 6, x.b);
    const g = sb.put(r, 7, x.b - x.bp, 0); sb.rel('diff', { t: 'pp', cell: g, cur: f, prev: e, tol: 0 });
    sb.le(a, [e]); sb.le(b, [f]);
    const h = sb.rate(r, 8, x.bp, x.sp, e, a, d), k = sb.rate(r, 9, x.b, x.s, f, b, d);
    if (h && k) {
      const v = fromRaw ? rnd((x.b / x.s - x.bp / x.sp) * 100, d) : rnd(num(sb.vals[k]) - num(sb.vals[h]), d);
      const pc = sb.put(r, 10, v, d);
      sb.rel('pp', { t: 'pp', cell: pc, cur: k, prev: h, tol: (fromRaw ? 1.5 * Math.pow(10, -d) : 0) + 0.001 });
    } else sb.txt(r, 10, '—');
    const A = { sp: a, s: b, bp: e, b: f };
    for (const kk in A) { if (row.tot) tc[kk] = A[kk]; else (col[kk] = col[kk] || []).push(A[kk]); }
    r++;
  }
  for (const kk in tc) sb.sum(tc[kk], col[kk]);
  sb.widths(nc); sb.notes(r);
}

// T4: years as rows
function T4(sb, ctx) {
  const ny = I(5, 8);
  const sc = scopeOf();
  const base = agg(cityData(I(4, 8), sc.keys).map((x) => x.d.all));
  const years = []; let s = base.s, b = base.b, p = base.p, n = base.n;
  for (let k = 0; k < ny; k++) { years.unshift({ y: ctx.year - k, s, b, p, n }); s = Math.round(s / (1 + U(-.04, .12))); b = Math.min(s, Math.round(b / (1 + U(.02, .2)))); p = Math.round(p / (1 + U(0, .1))); n = Math.round(n / (1 + U(0, .3))); }
  const withN = chance(0.6), withPP = chance(0.5), withCagr = chance(0.5 + variant * .2);
  const cols = [['s', pick(['民办学校数（所）', '民办学校（机构）数'])], ['g', '比上年增长(%)'], ['b', '建立党组织学校数（所）'], ['cov', '党组织覆盖率(%)']];
  if (withPP) cols.push(['ppc', pick(['覆盖率比上年提高（百分点）', '覆盖率增减(百分点)'])]);
  cols.push(['p', '党员教职工（人）']);
  if (withN) cols.push(['n', '党建指导员（人）']);
  const nc = cols.length + 1;
  let r = sb.title(nc, ctx.city + sc.t + '党建主要指标（' + years[0].y + '—' + ctx.year + '年）', chance(.3) ? pick(UNITLINE) : null);
  sb.txt(r, 1, pick(['年份', '年  份', '年度'])); cols.forEach(([, h], i) => sb.txt(r, 2 + i, h)); r++;
  const d = pick([1, 1, 2]), gd = pick([1, 2]);
  const ylab = pick(['年', '', 'num']);
  let prevA = null, prevV = null, prevCov = null;
  const first = {}, last = {};
  for (const yy of years) {
    if (ylab === 'num') sb.ws.getCell(r, 1).value = yy.y; else sb.txt(r, 1, yy.y + ylab);
    const A = {};
    cols.forEach(([k], i) => {
      const c = 2 + i;
      if (k === 'g') { if (prevA) A.g = sb.growth(r, c, yy.s, prevV, A.s, prevA, gd); else sb.txt(r, c, pick(['—', '', '-'])); }
      else if (k === 'cov') A.cov = sb.rate(r, c, yy.b, yy.s, A.b, A.s, d);
      else if (k === 'ppc') { if (prevCov) { const v = sb.put(r, c, rnd(num(sb.vals[A.cov]) - num(sb.vals[prevCov]), d), d); sb.rel('pp', { t: 'pp', cell: v, cur: A.cov, prev: prevCov, tol: 0.001 }); } else sb.txt(r, c, pick(['—', '', '-'])); }
      else A[k] = sb.cnt(r, c, yy[k]);
    });
    sb.le(A.s, [A.b]);
    for (const k of ['s', 'b', 'p', 'n']) { if (!first[k]) first[k] = [A[k], yy[k]]; last[k] = [A[k], yy[k]]; }
    prevA = A.s; prevV = yy.s; prevCov = A.cov; r++;
  }
  if (withCagr) {
    sb.txt(r, 1, pick(['年均增长(%)', years[0].y + '—' + ctx.year + '年年均增长(%)', '年均增速（%）']));
    cols.forEach(([k], i) => {
      const c = 2 + i;
      if (['s', 'b', 'p', 'n'].includes(k) && first[k][1] > 0 && first[k][0]) {
        const v = sb.put(r, c, rnd((Math.pow(last[k][1] / first[k][1], 1 / (ny - 1)) - 1) * 100, 1), 1);
        sb.rel('cagr', { t: 'cagr', cell: v, end: last[k][0], start: first[k][0], n: ny - 1, tol: 0.051 });
      } else sb.txt(r, c, pick(['—', '']));
    });
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// T5: province - cities - counties hierarchy
function T5(sb, ctx) {
  const nCity = I(3, 6);
  const used = new Set();
  const cities = []; for (let k = 0; k < nCity; k++) { let nm; do nm = cityName(); while (used.has(nm)); used.add(nm); cities.push(nm); }
  const withBenji = chance(0.4);
  const C = cities.map((nm) => {
    const ks = countyNames(I(2, 5), used).map((c) => ({ nm: c, d: countyData(U(.4, 1.3)).all }));
    if (withBenji) ks.unshift({ nm: '市本级', d: countyData(U(.2, .6)).all });
    return { nm, ks, d: agg(ks.map((x) => x.d)) };
  });
  const P = agg(C.map((x) => x.d));
  const withN = chance(0.6), withP = chance(0.5);
  const cols = [['s', '民办学校数'], ['b', '建立党组织学校数'], ['cov', '覆盖率(%)']];
  if (withP) cols.push(['p', '党员教职工数']);
  if (withN) cols.push(['n', '选派党建指导员数']);
  const two = chance(0.4 + variant * .2);
  const o = two ? 1 : 0;
  const nc = cols.length + 1 + o;
  let r = sb.title(nc, ctx.prov + ctx.year + '年民办学校党组织建设情况（分市县）', pick(UNITLINE));
  if (two) { sb.txt(r, 1, '市'); sb.txt(r, 2, '县（市、区）'); } else sb.txt(r, 1, pick(['地区', '市、县（区）', '单位']));
  cols.forEach(([, h], i) => sb.txt(r, 2 + o + i, h)); r++;
  const d = pick([1, 1, 2]);
  const cind = pick(['  ', '    ', '　　']);
  const write = (nm, x, nm2) => {
    if (nm !== null) sb.txt(r, 1, nm); if (nm2) sb.txt(r, 2, nm2); const A = {};
    cols.forEach(([k], i) => { if (k === 'cov') A.cov = sb.rate(r, 2 + o + i, x.b, x.s, A.b, A.s, d); else A[k] = sb.cnt(r, 2 + o + i, x[k]); });
    sb.le(A.s, [A.b]); r++; return A;
  };
  let pA;
  if (two) { sb.ws.mergeCells(r, 1, r, 2); pA = write(totName(ctx, 'prov'), P); } else pA = write(totName(ctx, 'prov'), P);
  const cAs = [];
  for (const c of C) {
    if (two) {
      const r0 = r; const cA = write(c.nm, c.d, pick(['小计', '合计'])); cAs.push(cA);
      const kAs = c.ks.map((k) => write(null, k.d, k.nm));
      sb.ws.mergeCells(r0, 1, r - 1, 1); sb.ws.getCell(r0, 1).alignment = { vertical: 'middle' };
      for (const [k] of cols) if (k !== 'cov') sb.sum(cA[k], kAs.map((x) => x[k]));
      continue;
    }
    const cA = write(c.nm, c.d); cAs.push(cA);
    const kAs = c.ks.map((k) => write(cind + k.nm, k.d));
    for (const [k] of cols) if (k !== 'cov') sb.sum(cA[k], kAs.map((x) => x[k]));
  }
  for (const [k] of cols) if (k !== 'cov') sb.sum(pA[k], cAs.map((x) => x[k]));
  sb.widths(nc); sb.notes(r);
}

// T6: regions as columns, indicators as rows with 其中
function T6(sb, ctx) {
  const cs = cityData(I(3, 8));
  const regs = [{ nm: totName(ctx), d: null, tot: true }, ...cs.map((x) => ({ nm: x.nm, d: x.d }))];
  const tot = {}; for (const k of [...LEVELS.map((L) => L.k), 'all']) tot[k] = agg(cs.map((x) => x.d[k]));
  regs[0].d = tot;
  if (chance(0.3 + variant * .2)) regs.push(regs.shift());
  const nc = regs.length + 2;
  const unitCol = true;
  let r = sb.title(nc, ctx.city + ctx.year + '年各县（市、区）民办学校党建工作统计表', chance(.4) ? '单位：所、个、人' : null);
  sb.txt(r, 1, pick(['指标', '项目'])); sb.txt(r, 2, '单位'); regs.forEach((x, i) => sb.txt(r, 3 + i, x.nm)); r++;
  const d = pick([1, 1, 2]);
  const withSec = chance(0.7);
  const items = [
    ['s', '一、民办学校（机构）数', '所'], ['kg', '其中：幼儿园', '所'], ['tr', '      校外培训机构', '所'],
    ['b', '二、建立党组织的学校数', '所'], ['i', '其中：单独建立', '个'], ['j', '      联合建立', '个'],
    ['cov', '三、党组织覆盖率', '%'],
  ];
  if (withSec) items.push(['c', '四、党组织书记由校长（理事长）兼任', '人'], ['n', '五、选派党建指导员', '人']);
  const byRow = {};
  items.forEach(([k, lab, u], i) => { sb.txt(r + i, 1, lab); sb.txt(r + i, 2, u); byRow[k] = r + i; });
  const rowCells = {};
  regs.forEach((reg, j) => {
    const c = 3 + j, x = reg.d.all, A = {};
    for (const [k] of items) {
      if (k === 'cov') A.cov = sb.rate(byRow.cov, c, x.b, x.s, A.b, A.s, d);
      else if (k === 'kg' || k === 'tr') A[k] = sb.cnt(byRow[k], c, reg.d[k].s);
      else A[k] = sb.cnt(byRow[k], c, x[k]);
    }
    sb.le(A.s, [A.kg, A.tr]); sb.sum(A.b, [A.i, A.j]); sb.le(A.s, [A.b]);
    for (const k in A) if (k !== 'cov') { if (reg.tot) (rowCells[k] = rowCells[k] || {}).tot = A[k]; else ((rowCells[k] = rowCells[k] || {}).parts = rowCells[k].parts || []).push(A[k]); }
  });
  for (const k in rowCells) sb.sum(rowCells[k].tot, rowCells[k].parts);
  r += items.length;
  sb.widths(nc); sb.notes(r);
}

// T7: indicator list, this year vs last year
function T7(sb, ctx) {
  const cs = cityData(I(4, 9));
  const lv = {}; for (const k of [...LEVELS.map((L) => L.k), 'all']) lv[k] = agg(cs.map((x) => x.d[k]));
  const x = lv.all;
  const Y = ctx.year;
  const hdr = [pick(['指标', '指标名称']), '单位', pick([Y + '年', '本年']), pick([(Y - 1) + '年', '上年']), pick(['增减', '增减量', '比上年增减']), pick(['增长(%)', '比上年增长(%)', '增幅(%)'])];
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + Y + '年民办学校党建工作主要指标');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const d = pick([1, 1, 2]), gd = pick([1, 1, 2]);
  const ix = {};
  // prev values for the 其中 rows
  const kgP = Math.round(lv.kg.s / (1 + U(-.05, .1))), trP = Math.round(lv.tr.s / (1 + U(-.2, .05)));
  const sPrev = Math.max(x.sp, kgP + trP + 5);
  const bP = Math.min(x.bp, sPrev); const iP = Math.round(bP * U(.25, .45)), jP = bP - iP;
  const rows = [
    ['s', '民办学校（机构）数', '所', x.s, sPrev], ['kg', '其中：民办幼儿园', '所', lv.kg.s, kgP], ['tr', '      校外培训机构', '所', lv.tr.s, trP],
    ['b', '建立党组织的学校数', '所', x.b, bP], ['i', '其中：单独建立党组织', '所', x.i, iP], ['j', '      联合建立党组织', '所', x.j, jP],
    ['cov', '党组织覆盖率', '%'], ['p', '党员教职工', '人', x.p, x.pp], ['n', '选派党建指导员', '人', x.n, x.np],
  ];
  const A = {};
  for (const [k, lab, u, cv, pv] of rows) {
    sb.txt(r, 1, lab); sb.txt(r, 2, u);
    if (k === 'cov') {
      const a = sb.rate(r, 3, x.b, x.s, A.b[0], A.s[0], d), b = sb.rate(r, 4, bP, sPrev, A.b[1], A.s[1], d);
      const p = sb.put(r, 5, rnd(num(sb.vals[a]) - num(sb.vals[b]), d), d); sb.rel('pp', { t: 'pp', cell: p, cur: a, prev: b, tol: 0.001 });
      sb.txt(r, 6, pick(['—', '', '-']));
      if (chance(.5)) sb.txt(r, 2, '%、百分点');
    } else {
      const a = sb.cnt(r, 3, cv), b = sb.cnt(r, 4, pv);
      const g = sb.put(r, 5, cv - pv, 0); sb.rel('diff', { t: 'pp', cell: g, cur: a, prev: b, tol: 0 });
      sb.growth(r, 6, cv, pv, a, b, gd);
      A[k] = [a, b];
    }
    r++;
  }
  for (const q of [0, 1]) { sb.le(A.s[q], [A.kg[q], A.tr[q]]); sb.sum(A.b[q], [A.i[q], A.j[q]]); sb.le(A.s[q], [A.b[q]]); }
  sb.widths(nc); sb.notes(r);
}

// T8: secretaries and instructors by region
function T8(sb, ctx) {
  const cs = cityData(I(4, 10));
  const nc = 8;
  let r = sb.title(nc, ctx.city + ctx.year + '年民办学校党组织书记配备和党建指导员选派情况', chance(.5) ? '单位：个、人、%' : null);
  sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）']));
  sb.merge(r, 2, r + 1, 2, '已建党组织学校数');
  sb.merge(r, 3, r, 6, '书记由校长（理事长）兼任');
  sb.txt(r + 1, 3, '合计'); sb.txt(r + 1, 4, '其中：由校长兼任'); sb.txt(r + 1, 5, '由理事长（董事长）兼任'); sb.txt(r + 1, 6, '兼任比例(%)');
  sb.merge(r, 7, r, 8, '党建指导员');
  sb.txt(r + 1, 7, '选派人数'); sb.txt(r + 1, 8, pick(['占已建学校比(%)', '每百所学校指导员数']));
  r += 2;
  const d = pick([1, 1, 2]);
  const rows = [{ nm: totName(ctx), d: agg(cs.map((x) => x.d.all)), tot: true }, ...cs.map((x) => ({ nm: x.nm, d: x.d.all }))];
  if (chance(0.4 + variant * .2)) rows.push(rows.shift());
  const col = {}, tc = {};
  for (const row of rows) {
    sb.txt(r, 1, row.nm); const x = row.d;
    const A = { b: sb.cnt(r, 2, x.b), c: sb.cnt(r, 3, x.c), c1: sb.cnt(r, 4, x.c1), c2: sb.cnt(r, 5, x.c2) };
    sb.sum(A.c, [A.c1, A.c2]); sb.le(A.b, [A.c]);
    sb.rate(r, 6, x.c, x.b, A.c, A.b, d);
    A.n = sb.cnt(r, 7, x.n);
    sb.rate(r, 8, x.n, x.b, A.n, A.b, d, 'share');
    for (const k in A) { if (row.tot) tc[k] = A[k]; else (col[k] = col[k] || []).push(A[k]); }
    r++;
  }
  for (const k in tc) sb.sum(tc[k], col[k]);
  sb.widths(nc); sb.notes(r);
}

// T9: levels with subtotals (学前/义务教育/高中阶段/高等教育/培训)
function T9(sb, ctx) {
  const cs = cityData(I(4, 9));
  const lv = {}; for (const L of LEVELS) lv[L.k] = agg(cs.map((x) => x.d[L.k]));
  if (chance(0.6)) { const k = I(1, 3); lv.un = unitData({ ...LEVELS[5], k: 'x', s: [k, k] }, 1); }
  const groups = [['学前教育', ['kg']], ['义务教育', ['ps', 'js']], ['高中阶段教育', ['hs', 'vs']], ['高等教育', ['un']], ['非学历教育培训', ['tr']]];
  const LN = { kg: '幼儿园', ps: '小学', js: '初中', hs: '普通高中', vs: '中等职业学校', un: '民办高校', tr: '校外培训机构' };
  const withT = chance(0.6);
  const cols = [['s', '学校（机构）数'], ['b', '建立党组织数'], ['cov', '覆盖率(%)']];
  if (withT) cols.push(['t', '教职工数'], ['p', '党员教职工数']);
  const nc = cols.length + 1;
  let r = sb.title(nc, ctx.city + '民办教育党组织建设情况（' + ctx.year + '年）', pick(UNITLINE));
  sb.txt(r, 1, '项目'); cols.forEach(([, h], i) => sb.txt(r, 2 + i, h)); r++;
  const d = pick([1, 1, 2]);
  const sty = pick(['num', 'indent', 'qz']);
  const write = (nm, x) => { sb.txt(r, 1, nm); const A = {}; cols.forEach(([k], i) => { if (k === 'cov') A.cov = sb.rate(r, 2 + i, x.b, x.s, A.b, A.s, d); else A[k] = sb.cnt(r, 2 + i, x[k]); }); sb.le(A.s, [A.b]); r++; return A; };
  const all = agg(LEVELS.map((L) => lv[L.k]));
  const totBottom = chance(0.2 + variant * .2);
  let tA = totBottom ? null : write(pick(['合计', '总计']), all);
  const gA = [];
  groups.forEach(([g, ks], gi) => {
    if (ks.length === 1) { gA.push(write((sty === 'num' ? '一二三四五'[gi] + '、' : '') + g + (g === '学前教育' || g === '高等教育' ? '' : '（' + LN[ks[0]] + '）'), lv[ks[0]])); return; }
    const A = write((sty === 'num' ? '一二三四五'[gi] + '、' : '') + g, agg(ks.map((k) => lv[k]))); gA.push(A);
    const ch = ks.map((k, j) => write(sty === 'num' ? '（' + '一二'[j] + '）' + LN[k] : sty === 'qz' ? (j === 0 ? '其中：' : '      ') + LN[k] : '  ' + LN[k], lv[k]));
    for (const [k] of cols) if (k !== 'cov') sb.sum(A[k], ch.map((x) => x[k]));
  });
  if (totBottom) tA = write(pick(['合计', '总计']), all);
  for (const [k] of cols) if (k !== 'cov') sb.sum(tA[k], gA.map((x) => x[k]));
  sb.widths(nc); sb.notes(r);
}

// T10: party organisations set up: orgs by type, joint branches covering several schools
function T10(sb, ctx) {
  const cs = cityData(I(4, 10));
  const mk = (x) => {
    const jo = x.j ? Math.max(1, Math.round(x.j / U(2, 4.5))) : 0;
    const w = x.i + jo; const dw = Math.round(x.i * U(.03, .08)), zz = Math.round(x.i * U(.08, .18));
    return { org: w, dw, zz, zb: w - dw - zz, jo, i: x.i, j: x.j, b: x.b, p: x.p };
  };
  const rows0 = cs.map((x) => ({ nm: x.nm, d: mk(x.d.all) }));
  const T = {}; for (const k of Object.keys(rows0[0].d)) T[k] = rows0.reduce((a, x) => a + x.d[k], 0);
  const rows = [{ nm: totName(ctx), d: T, tot: true }, ...rows0];
  if (chance(0.3 + variant * .2)) rows.push(rows.shift());
  const withAvg = chance(0.5);
  const nc = withAvg ? 11 : 10;
  let r = sb.title(nc, ctx.city + ctx.year + '年民办学校党组织设置情况', chance(.5) ? '单位：个、所、人' : null);
  sb.merge(r, 1, r + 1, 1, '地区');
  sb.merge(r, 2, r, 5, '党组织数（个）'); ['合计', '党委', '党总支', '党支部'].forEach((h, i) => sb.txt(r + 1, 2 + i, h));
  sb.merge(r, 6, r + 1, 6, '其中：联合党支部（个）');
  sb.merge(r, 7, r, 9, '覆盖学校数（所）'); ['合计', '单独建立', '联合建立'].forEach((h, i) => sb.txt(r + 1, 7 + i, h));
  sb.merge(r, 10, r + 1, 10, '党员教职工（人）');
  if (withAvg) sb.merge(r, 11, r + 1, 11, '平均每个党组织党员数（人）');
  r += 2;
  const col = {}, tc = {};
  for (const row of rows) {
    sb.txt(r, 1, row.nm); const x = row.d;
    const A = { org: sb.cnt(r, 2, x.org), dw: sb.cnt(r, 3, x.dw), zz: sb.cnt(r, 4, x.zz), zb: sb.cnt(r, 5, x.zb), jo: sb.cnt(r, 6, x.jo), b: sb.cnt(r, 7, x.b), i: sb.cnt(r, 8, x.i), j: sb.cnt(r, 9, x.j), p: sb.cnt(r, 10, x.p) };
    sb.sum(A.org, [A.dw, A.zz, A.zb]); sb.le(A.zb, [A.jo]); sb.sum(A.b, [A.i, A.j]);
    if (withAvg) { if (x.org) { const v = sb.put(r, 11, rnd(x.p / x.org, 1), 1); sb.rel('rate', { t: 'rate', cell: v, num: A.p, den: A.org, k: 1, tol: 0.051 }); } else sb.txt(r, 11, '-'); }
    for (const k in A) { if (row.tot) tc[k] = A[k]; else (col[k] = col[k] || []).push(A[k]); }
    r++;
  }
  for (const k in tc) sb.sum(tc[k], col[k]);
  sb.widths(nc); sb.notes(r);
}

const TYPES = { T1, T2, T3, T4, T5, T6, T7, T8, T9, T10 };
const W0 = { T1: 3, T2: 2, T3: 2, T4: 1, T5: 1, T6: 1, T7: 2, T8: 1, T9: 1, T10: 1 };
const W1 = { T1: 1, T2: 1, T3: 1, T4: 2, T5: 3, T6: 3, T7: 1, T8: 2, T9: 3, T10: 3 };
const SHEETNAMES = { T1: ['分县情况', '覆盖情况', '表1', 'Sheet1'], T2: ['分学段', '按学段', '表2'], T3: ['两年对比', '覆盖率变化', '表3'], T4: ['历年情况', '历年', '表4'], T5: ['分市县', '全省汇总', '表5'], T6: ['分县指标', '县区对比', '表6'], T7: ['主要指标', '指标', '表7'], T8: ['书记配备', '指导员', '表8'], T9: ['分学段汇总', '按教育阶段', '表9'], T10: ['党组织设置', '组织设置', '表10'] };
function pickTypes(n) {
  const W = variant ? W1 : W0; const out = [];
  while (out.length < n) { const tot = Object.values(W).reduce((a, b) => a + b, 0); let x = R() * tot; for (const [k, w] of Object.entries(W)) { x -= w; if (x < 0) { if (!out.includes(k)) out.push(k); break; } } }
  return out;
}

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'share', 'growth', 'pp'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (rel.kind === 'sum100') continue;
    if (kind === 'total' && rel.t === 'sum') out.push([sb, rel, rel.total]);
    if (kind === 'part' && (rel.t === 'sum' || rel.t === 'le')) for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.kind === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'share' && rel.kind === 'share') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.kind === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && (rel.kind === 'pp' || rel.kind === 'diff')) out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.kind === 'cagr') out.push([sb, rel, rel.cell]);
  }
  return out;
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 30; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta) continue;
    const was = num(sb.vals[addr]);
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') { if (rel.t === 'le' && kind === 'part') now = Math.round(was + Math.max(3, num(sb.vals[rel.whole]) * U(.1, .3))); else now = Math.round(was + sgn * Math.max(3, was * U(.06, .3))); }
    else if ((kind === 'rate' || kind === 'share') && meta.native) now = rnd(was + sgn * U(.025, .08), meta.d);
    else if (kind === 'rate' || kind === 'share') now = rnd(was + sgn * U(2.5, 8), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(2, 6), meta.d);
    else if (kind === 'pp') now = meta.d === 0 ? Math.round(was + sgn * Math.max(3, Math.abs(was) * .3)) : rnd(was + sgn * U(1, 3), meta.d);
    if (now === was || now < 0 && kind !== 'pp' && kind !== 'growth') continue;
    if ((kind === 'rate' || kind === 'share') && now > (meta.native ? 1 : 100)) continue;
    if ((kind === 'rate' || kind === 'share') && rel.k === 1 && !meta.native) continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    const old = sb.vals[addr];
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < (meta.native ? 0.02 : Math.max(2, 3 * rel.tol, 0.5 * Math.pow(10, -meta.d) * 4) * (kind === 'total' || kind === 'part' ? 1 : 0.5))) { sb.vals[addr] = old; sb.ws.getCell(addr).value = old; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind };
  }
  return null;
}

(async () => {
  const N = Number(NBOOKS), pf = Number(PFRAC);
  const manifest = [];
  const seed = Number(SEED0);
  for (let b = 0; b < N; b++) {
    const planted = b < Math.round(N * pf);
    for (let attempt = 0; attempt < 15; attempt++) {
      R = mulberry(seed * 7919 + b * 104729 + variant * 31 + attempt * 7);
      const ctx = { year: I(2018, 2024), city: cityName(), prov: pick(['江南', '河西', '山南', '湖东', '岭北']) + '省', textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.3), zero: pick(variant ? ['-', '', '—', '0'] : ['0', '0', '-', '']) };
      ctx.org = '中共' + ctx.city + '委教育工委';
      ctx.pctNative = chance(variant ? 0.3 : 0.15); ctx.formulas = chance(variant ? 0.3 : 0.15);
      const wb = new ExcelJS.Workbook();
      const tkeys = pickTypes(I(1, 4));
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); sb.native = ctx.pctNative && ['T1', 'T2', 'T5', 'T6', 'T8', 'T9'].includes(t); TYPES[t](sb, ctx); sb.type = t; sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        if (relCells(rel).some((x) => !x)) throw new Error(`gen bad rel ${file} ${sb.name} ${JSON.stringify(rel)}`);
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 14 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels), null, 0));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, types: sheets.map((s) => s.name + ':' + s.type), plants });
      break;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${manifest.length} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
