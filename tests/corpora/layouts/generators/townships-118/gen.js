// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// 非公企业党建季度报表 workbooks into /tmp/round118a/SET, relations into rel/<file>.json, manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round118a';
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
const sum = (a) => a.reduce((x, y) => x + y, 0);
const QN = ['一季度', '二季度', '三季度', '四季度'];
const QEND = ['3月31日', '6月30日', '9月30日', '12月31日'];
const rateTol = (d) => 0.5 * Math.pow(10, -d) + 1e-6;

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function townNames(nStreet, nTown) {
  const s = new Set(); const st = [], tw = [];
  while (st.length < nStreet) { const n = pick(CH1) + pick(CH2) + '街道'; if (!s.has(n)) { s.add(n); st.push(n); } }
  if (nTown > 0 && chance(0.5)) { s.add('城关镇'); tw.push('城关镇'); }
  while (tw.length < nTown) { const n = pick(CH1) + pick(CH2) + pick(['镇', '镇', '镇', '乡']); if (!s.has(n)) { s.add(n); tw.push(n); } }
  return { st, tw };
}

// ---------- data model: one town ----------
function townModel(ctx, big) {
  const sc = big ? U(1.2, 2.5) : U(0.4, 1.3);
  const q = ctx.q;
  const m = {};
  m.ga = Math.max(2, Math.round(U(4, 30) * sc)); // 规上 应建
  m.gy = m.ga - I(0, Math.max(1, Math.round(m.ga * 0.15)));
  m.xa = Math.max(3, Math.round(U(15, 120) * sc)); // 规下 应建
  m.xy = Math.round(m.xa * U(0.55, 0.92));
  m.a = m.ga + m.xa; m.y = m.gy + m.xy; m.w = m.a - m.y;
  m.dj = Math.round(m.y * U(0.35, 0.7)); m.lh = m.y - m.dj; // 单独 / 联合组建
  // previous quarter
  m.newQ = Math.min(m.y, chance(0.25) ? 0 : I(0, 4));
  const dis = chance(0.15) ? I(1, 2) : 0;
  m.yPrev = m.y - m.newQ + dis;
  m.aPrev = m.a - I(-2, 3); if (m.aPrev < m.yPrev) m.aPrev = m.yPrev + I(0, 3);
  m.newYTD = m.newQ + (q > 1 ? I(0, 3 * (q - 1)) : 0);
  m.ent = m.a + Math.round(U(50, 400) * sc); // 非公企业总数
  m.gent = m.ga + I(0, 5);
  m.pm = Math.round(U(40, 600) * sc); // 党员
  m.pf = Math.round(m.pm * U(0.2, 0.45));
  m.p35 = Math.round(m.pm * U(0.25, 0.5));
  m.pc = Math.round(m.pm * U(0.35, 0.75));
  m.dx = I(0, Math.max(1, Math.round(m.pm / 40))); // 发展对象
  m.jj = m.dx + I(0, Math.max(2, Math.round(m.pm / 20))); // 积极分子
  m.fz = I(0, 3); // 本季度发展党员
  m.ldpm = Math.round(m.pm * U(0.03, 0.12)); // 流动党员
  m.fund = rnd(U(2, 30) * sc, 2); // 党建经费 万元 (raw)
  return m;
}
const FIELDS = ['ga', 'gy', 'xa', 'xy', 'a', 'y', 'w', 'dj', 'lh', 'newQ', 'yPrev', 'aPrev', 'newYTD', 'ent', 'gent', 'pm', 'pf', 'p35', 'pc', 'dx', 'jj', 'fz', 'ldpm', 'fund'];
const aggr = (ms) => { const o = {}; for (const f of FIELDS) o[f] = sum(ms.map((m) => m[f])); o.fund = rnd(o.fund, 4); return o; };

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zeroOk = true) {
    const cell = this.ws.getCell(r, c);
    if (typeof v === 'number') {
      if (v === 0 && zeroOk && this.ctx.zero !== '0') {
        const val = this.ctx.zero === '-' ? '-' : null;
        cell.value = val; cell.alignment = { horizontal: 'right' };
        this.meta[cell.address] = { d, text: false, zero: true };
        this.vals[cell.address] = val;
        return cell.address;
      }
      const asText = chance(this.ctx.textP);
      const val = asText ? v.toFixed(d) : v;
      cell.value = val;
      if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : '0.' + '0'.repeat(d);
      cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d, text: asText };
      this.vals[cell.address] = val;
    } else {
      cell.value = v; if (v !== null && v !== undefined) this.vals[cell.address] = v;
    }
    return cell.address;
  }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, unit) {
    let r = 1;
    if (chance(0.35)) { this.txt(r, 1, pick(['附件', '附表', '表']) + I(1, 8)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    const c = this.ctx;
    if (chance(0.6)) {
      this.txt(r, 1, '填报单位：' + pick(['中共' + c.county + '委组织部', c.county + '非公有制经济组织和社会组织党工委', '中共' + c.county + '委两新工委']) + (chance(0.3) ? '（盖章）' : ''));
      if (unit && chance(0.6)) this.txt(r, ncol, unit);
      else if (chance(0.5)) this.txt(r, ncol, '截至' + c.year + '年' + QEND[c.q - 1]);
      r++;
    } else if (unit && chance(0.7)) { this.txt(r, chance(0.5) ? 1 : ncol, unit); r++; }
    return r;
  }
  notes(r, extra) {
    r++;
    const c = this.ctx;
    if (chance(0.75)) {
      const items = shuffle([
        '覆盖率=已建立党组织的企业数÷应建立党组织的企业数×100%。',
        '应建指有3名以上正式党员、应单独建立党组织的企业及纳入联合党组织覆盖范围的企业。',
        '规上企业指规模以上工业、限额以上批零住餐及规模以上服务业企业。',
        '本表数据截至' + c.year + '年' + QEND[c.q - 1] + '。',
        '已建含单独组建和联合组建。',
        ...(extra || []),
      ]).slice(0, I(1, 3));
      if (chance(0.5)) { this.txt(r, 1, '填表说明：'); r++; items.forEach((s, i) => { this.txt(r, 1, (i + 1) + '．' + s); r++; }); }
      else { this.txt(r, 1, pick(['注：', '说明：']) + items.join('')); r++; }
    }
    if (chance(0.6)) { this.txt(r, 1, '填表人：' + pick(['张伟', '李娜', '王芳', '刘洋']) + '    审核人：' + pick(['陈静', '赵磊', '孙丽']) + '    联系电话：0' + I(700, 999) + '-' + I(5000000, 8999999)); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 20; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 11; }
}

function colSums(sb, cols, totalRow, partRows) {
  for (const c of cols) sb.rel('sum', { t: 'sum', total: sb.a(totalRow, c), parts: partRows.map((r) => sb.a(r, c)), tol: 0 });
}
const totLabel = (ctx) => pick(['合计', '总计', '全县', ctx.county.replace(/[县区市]$/, '') + '合计', '全县合计']);

// rows of towns, optionally grouped in 街道 / 乡镇 with 小计; returns [{label, m, kind:'tot'|'sub'|'town', parts}]
function regionRows(ctx, withSub) {
  const { st, tw } = ctx.towns;
  const groups = [['街道', st.map((n) => ({ name: n, m: ctx.model[n] }))], ['乡镇', tw.map((n) => ({ name: n, m: ctx.model[n] }))]].filter((g) => g[1].length);
  const subStyle = pick(['小计', 'name小计', 'head']);
  const rows = [];
  const totTop = ctx.totTop;
  const tot = { label: totLabel(ctx), kind: 'tot', m: aggr(Object.values(ctx.model)), parts: [] };
  if (totTop) rows.push(tot);
  if (withSub && groups.length > 1) {
    for (const [gn, towns] of groups) {
      const sub = { label: '', kind: 'sub', m: aggr(towns.map((t) => t.m)), parts: [] };
      if (subStyle === 'head') { sub.label = (gn === '街道' ? '一、' : '二、') + gn + (chance(0.5) ? '小计' : ''); rows.push(sub); }
      for (const t of towns) { const o = { label: (subStyle === 'head' ? '  ' : '') + t.name, kind: 'town', m: t.m }; rows.push(o); sub.parts.push(o); }
      if (subStyle !== 'head') { sub.label = subStyle === '小计' ? '小计' : gn + '小计'; rows.push(sub); }
      tot.parts.push(sub);
    }
  } else {
    for (const [, towns] of groups) for (const t of towns) { const o = { label: t.name, kind: 'town', m: t.m }; rows.push(o); tot.parts.push(o); }
  }
  if (!totTop) rows.push(tot);
  return rows;
}
function writeRegion(sb, rows, r0, cols) {
  // cols: [{c, f: (m)=>number, d}] additive ; returns row index map
  rows.forEach((row, i) => { row.r = r0 + i; sb.txt(row.r, 1, row.label); });
  for (const row of rows) for (const col of cols) sb.put(row.r, col.c, col.f(row.m), col.d || 0);
  for (const row of rows) if (row.parts && row.parts.length) colSums(sb, cols.filter((c) => c.add !== false).map((c) => c.c), row.r, row.parts.map((p) => p.r));
  return r0 + rows.length;
}
function rateCol(sb, rows, c, numF, denF, d) {
  for (const row of rows) {
    const n = numF(row.m), den = denF(row.m);
    const cell = sb.put(row.r, c, den ? rnd(n / den * 100, d) : '-', d, false);
    if (den) sb.rel('rate', { t: 'rate', cell, num: sb.a(row.r, row.numC), den: sb.a(row.r, row.denC), k: 100, tol: rateTol(d) });
  }
}

// ---------- sheet types ----------
// A: 分乡镇（街道）党组织覆盖情况, 小计 by 街道/乡镇, 已建 其中 单独/联合, 未建, 覆盖率
function sheetA(sb, ctx) {
  const withSplit = chance(0.7), withWei = chance(0.7), d = pick([1, 1, 2]);
  const hdr = ['乡镇（街道）', '应建党组织企业数', '已建党组织企业数'];
  if (withSplit) hdr.push('单独组建', '联合组建');
  if (withWei) hdr.push('未建党组织企业数');
  hdr.push('党组织覆盖率（%）');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.county + ctx.year + '年' + QN[ctx.q - 1] + '非公有制企业党组织覆盖情况统计表', '单位：个、%');
  if (withSplit) {
    sb.merge(r, 1, r + 1, 1, hdr[0]); sb.merge(r, 2, r + 1, 2, hdr[1]); sb.merge(r, 3, r, 5, '已建党组织企业数');
    sb.txt(r + 1, 3, '小计'); sb.txt(r + 1, 4, '其中：单独组建'); sb.txt(r + 1, 5, '联合组建');
    let c = 6; if (withWei) { sb.merge(r, c, r + 1, c, hdr[c - 1]); c++; } sb.merge(r, c, r + 1, c, hdr[c - 1]);
    r += 2;
  } else { hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const rows = regionRows(ctx, chance(0.75));
  const cols = [{ c: 2, f: (m) => m.a }, { c: 3, f: (m) => m.y }];
  let c = 4;
  if (withSplit) { cols.push({ c: 4, f: (m) => m.dj }, { c: 5, f: (m) => m.lh }); c = 6; }
  const wc = withWei ? c++ : 0; if (withWei) cols.push({ c: wc, f: (m) => m.w });
  const end = writeRegion(sb, rows, r, cols);
  for (const row of rows) {
    if (withSplit) sb.rel('sum', { t: 'sum', total: sb.a(row.r, 3), parts: [sb.a(row.r, 4), sb.a(row.r, 5)], tol: 0 });
    if (withWei) sb.rel('sum', { t: 'sum', total: sb.a(row.r, 2), parts: [sb.a(row.r, 3), sb.a(row.r, wc)], tol: 0 });
    row.numC = 3; row.denC = 2;
  }
  rateCol(sb, rows, c, (m) => m.y, (m) => m.a, d);
  sb.widths(nc); sb.notes(end);
}

// B: 规上 / 规下 blocks with a 合计 block, merged 2-row header
function sheetB(sb, ctx) {
  const d = pick([1, 2]);
  const blocks = [['规模以上企业', 'ga', 'gy'], ['规模以下企业', 'xa', 'xy']];
  const totFirst = chance(0.5), withTotBlock = chance(0.8), withEnt = chance(0.4);
  const bl = withTotBlock ? (totFirst ? [['合计', 'a', 'y'], ...blocks] : [...blocks, ['合计', 'a', 'y']]) : blocks;
  const per = withEnt ? 4 : 3;
  const nc = 1 + bl.length * per;
  let r = sb.title(nc, ctx.county + '规上规下非公企业党建工作情况表（' + ctx.year + '年' + QN[ctx.q - 1] + '）', pick(['单位：家、%', '单位：个，%']));
  sb.merge(r, 1, r + 1, 1, pick(['单位', '乡镇（街道）', '地区']));
  bl.forEach((b, k) => {
    const c0 = 2 + k * per;
    sb.merge(r, c0, r, c0 + per - 1, b[0]);
    const sub = withEnt ? ['企业数', '应建数', '已建数', '覆盖率(%)'] : ['应建数', '已建数', '覆盖率(%)'];
    sub.forEach((s, i) => sb.txt(r + 1, c0 + i, s));
  });
  r += 2;
  const rows = regionRows(ctx, chance(0.3));
  const entF = { ga: (m) => m.gent, xa: (m) => m.ent - m.gent, a: (m) => m.ent };
  const cols = [];
  bl.forEach((b, k) => {
    const c0 = 2 + k * per;
    if (withEnt) cols.push({ c: c0, f: entF[b[1]] });
    cols.push({ c: c0 + (withEnt ? 1 : 0), f: (m) => m[b[1]] }, { c: c0 + (withEnt ? 2 : 1), f: (m) => m[b[2]] });
  });
  const end = writeRegion(sb, rows, r, cols);
  bl.forEach((b, k) => {
    const c0 = 2 + k * per + (withEnt ? 1 : 0);
    for (const row of rows) { row.numC = c0 + 1; row.denC = c0; }
    rateCol(sb, rows, c0 + 2, (m) => m[b[2]], (m) => m[b[1]], d);
  });
  if (withTotBlock) {
    const ti = bl.findIndex((b) => b[0] === '合计');
    const bi = bl.map((_, i) => i).filter((i) => i !== ti);
    for (const row of rows) for (let j = 0; j < (withEnt ? 3 : 2); j++) {
      sb.rel('sum', { t: 'sum', total: sb.a(row.r, 2 + ti * per + j), parts: bi.map((i) => sb.a(row.r, 2 + i * per + j)), tol: 0 });
    }
  }
  sb.widths(nc); sb.notes(end);
}

// C: quarter progress: 上季度末 / 本季度末 (应建 已建 覆盖率), 本季度新建, 年初至今累计新建, 覆盖率增减（百分点）
function sheetC(sb, ctx) {
  const d = pick([1, 2]);
  const ppFromRounded = chance(0.5);
  const withA2 = chance(0.7);
  const per = withA2 ? 3 : 2;
  const nc = 1 + 2 * per + 3;
  let r = sb.title(nc, ctx.year + '年' + QN[ctx.q - 1] + '非公企业党组织组建进度表', chance(0.5) ? '单位：个、%、百分点' : null);
  sb.merge(r, 1, r + 1, 1, '乡镇（街道）');
  const pl = ctx.q === 1 ? '上年末' : '上季度末';
  [pl, '本季度末'].forEach((p, k) => {
    const c0 = 2 + k * per; sb.merge(r, c0, r, c0 + per - 1, p);
    (withA2 ? ['应建', '已建', '覆盖率(%)'] : ['已建', '覆盖率(%)']).forEach((s, i) => sb.txt(r + 1, c0 + i, s));
  });
  const cn = 2 + 2 * per;
  sb.merge(r, cn, r + 1, cn, '本季度新建'); sb.merge(r, cn + 1, r + 1, cn + 1, '年初至今累计新建'); sb.merge(r, cn + 2, r + 1, cn + 2, '覆盖率比' + pl + '增减（百分点）');
  r += 2;
  const rows = regionRows(ctx, chance(0.4));
  const cols = [];
  if (withA2) cols.push({ c: 2, f: (m) => m.aPrev }, { c: 3, f: (m) => m.yPrev }, { c: 5, f: (m) => m.a }, { c: 6, f: (m) => m.y });
  else cols.push({ c: 2, f: (m) => m.yPrev }, { c: 4, f: (m) => m.y });
  cols.push({ c: cn, f: (m) => m.newQ }, { c: cn + 1, f: (m) => m.newYTD });
  const end = writeRegion(sb, rows, r, cols);
  for (const row of rows) {
    const m = row.m;
    const rp = m.yPrev / m.aPrev * 100, rc = m.y / m.a * 100;
    const pc = sb.put(row.r, withA2 ? 4 : 3, rnd(rp, d), d, false), cc = sb.put(row.r, withA2 ? 7 : 5, rnd(rc, d), d, false);
    if (withA2) {
      sb.rel('rate', { t: 'rate', cell: pc, num: sb.a(row.r, 3), den: sb.a(row.r, 2), k: 100, tol: rateTol(d) });
      sb.rel('rate', { t: 'rate', cell: cc, num: sb.a(row.r, 6), den: sb.a(row.r, 5), k: 100, tol: rateTol(d) });
    }
    const pp = ppFromRounded ? rnd(rnd(rc, d) - rnd(rp, d), d) : rnd(rc - rp, d);
    const pv = sb.put(row.r, cn + 2, pp, d);
    sb.rel('pp', { t: 'pp', cell: pv, cur: cc, prev: pc, tol: ppFromRounded ? 1e-6 : Math.pow(10, -d) + 1e-6 });
    sb.rel('le', { t: 'le', whole: sb.a(row.r, cn + 1), parts: [sb.a(row.r, cn)], tol: 0 });
  }
  sb.widths(nc); sb.notes(end, ['年初至今累计新建含本季度新建数。', '覆盖率增减为本季度末覆盖率减' + pl + '覆盖率。']);
}

// D: summary over the quarters (rows 一季度..四季度, 全年)
function sheetD(sb, ctx) {
  const d = pick([1, 2]);
  const full = ctx.q === 4 || chance(0.3);
  const nq = full ? 4 : ctx.q;
  // series
  let a = ctx.agg.a - I(0, 20) * (nq - 1), yy = Math.round(a * U(0.6, 0.75));
  const rate0 = rnd(U(55, 70), d);
  const qs = [];
  for (let i = 0; i < nq; i++) {
    const nw = I(3, 25), dis = I(0, 4);
    if (i > 0) { a += I(0, 15); }
    yy = Math.min(a, yy + nw - dis);
    qs.push({ nw, a, y: yy, nwG: Math.round(nw * U(0.2, 0.5)), fz: I(2, 30), dx: I(5, 60), pm: 0 });
  }
  qs.forEach((q) => { q.nwX = q.nw - q.nwG; });
  const withAY = chance(0.7);
  const hdr = ['季度', '新建党组织数', '其中：规上企业', '新发展党员', '新确定发展对象'];
  if (withAY) hdr.push('期末应建数', '期末已建数');
  hdr.push('期末覆盖率（%）', '比上季度增减（百分点）');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.county + ctx.year + '年非公企业党建工作分季度汇总表', pick(['单位：个、名、%', null]));
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const r0 = r;
  let prevRateCell = null, prevRate = rate0;
  const cRate = withAY ? 8 : 6;
  qs.forEach((q, i) => {
    sb.txt(r, 1, QN[i]);
    sb.put(r, 2, q.nw, 0); sb.put(r, 3, q.nwG, 0); sb.put(r, 4, q.fz, 0); sb.put(r, 5, q.dx, 0);
    sb.rel('le', { t: 'le', whole: sb.a(r, 2), parts: [sb.a(r, 3)], tol: 0 });
    const rt = q.y / q.a * 100;
    if (withAY) { sb.put(r, 6, q.a, 0); sb.put(r, 7, q.y, 0); }
    const rc = sb.put(r, cRate, rnd(rt, d), d, false);
    if (withAY) sb.rel('rate', { t: 'rate', cell: rc, num: sb.a(r, 7), den: sb.a(r, 6), k: 100, tol: rateTol(d) });
    const pp = rnd(rnd(rt, d) - (i === 0 ? prevRate : rnd(prevRate, d)), d);
    const pc = sb.put(r, cRate + 1, pp, d);
    if (prevRateCell) sb.rel('pp', { t: 'pp', cell: pc, cur: rc, prev: prevRateCell, tol: 1e-6 });
    prevRateCell = rc; prevRate = rt;
    r++;
  });
  // 全年 / 年初至今 row: flows summed, stocks = last quarter
  sb.txt(r, 1, full ? pick(['全年', '全年合计', '合计']) : pick(['年初至今', '合计', '累计']));
  [2, 3, 4, 5].forEach((c) => {
    const v = sum(qs.map((q, i) => num(sb.vals[sb.a(r0 + i, c)])));
    sb.put(r, c, v, 0);
    sb.rel('sum', { t: 'sum', total: sb.a(r, c), parts: qs.map((_, i) => sb.a(r0 + i, c)), tol: 0 });
  });
  sb.rel('le', { t: 'le', whole: sb.a(r, 2), parts: [sb.a(r, 3)], tol: 0 });
  const last = qs[qs.length - 1];
  if (withAY) { sb.put(r, 6, last.a, 0); sb.put(r, 7, last.y, 0); }
  const rcl = sb.put(r, cRate, rnd(last.y / last.a * 100, d), d, false);
  if (withAY) sb.rel('rate', { t: 'rate', cell: rcl, num: sb.a(r, 7), den: sb.a(r, 6), k: 100, tol: rateTol(d) });
  sb.txt(r, cRate + 1, chance(0.5) ? '—' : null);
  r++;
  sb.widths(nc); sb.notes(r, ['期末应建数、期末已建数、期末覆盖率为时点数，' + (full ? '全年' : '合计') + '行填报最后一个季度末数据。', '一季度覆盖率增减与上年末比较。']);
}

// E: 党员 and 发展对象 by town, with 其中 columns
function sheetE(sb, ctx) {
  const withFund = chance(0.4), withLd = chance(0.4);
  const hdr = ['乡镇（街道）', '党员总数', '女党员', '35岁及以下', '大专及以上学历'];
  if (withLd) hdr.push('流动党员');
  hdr.push('入党积极分子', '发展对象', '本季度发展党员');
  if (withFund) hdr.push('党建工作经费（万元）');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.county + '非公企业党员队伍情况统计表（' + ctx.year + '年' + QN[ctx.q - 1] + '）', pick(['单位：名', '单位：人、万元', null]));
  sb.merge(r, 1, r + 1, 1, hdr[0]); sb.merge(r, 2, r + 1, 2, '党员总数');
  sb.merge(r, 3, r, withLd ? 6 : 5, '其中');
  hdr.slice(2, withLd ? 6 : 5).forEach((h, i) => sb.txt(r + 1, 3 + i, h));
  let c = withLd ? 7 : 6;
  for (let i = c - 1; i < nc; i++) sb.merge(r, i + 1, r + 1, i + 1, hdr[i]);
  r += 2;
  const rows = regionRows(ctx, chance(0.6));
  const fs_ = ['pf', 'p35', 'pc'].concat(withLd ? ['ldpm'] : []);
  const cols = [{ c: 2, f: (m) => m.pm }, ...fs_.map((f, i) => ({ c: 3 + i, f: (m) => m[f] })), { c, f: (m) => m.jj }, { c: c + 1, f: (m) => m.dx }, { c: c + 2, f: (m) => m.fz }];
  const end = writeRegion(sb, rows, r, cols);
  for (const row of rows) fs_.forEach((_, i) => sb.rel('le', { t: 'le', whole: sb.a(row.r, 2), parts: [sb.a(row.r, 3 + i)], tol: 0 }));
  if (withFund) {
    const fc = c + 3;
    for (const row of rows) sb.put(row.r, fc, rnd(row.m.fund, 1), 1);
    for (const row of rows) if (row.parts && row.parts.length) {
      const leafs = row.parts;
      // totals from raw; parts rounded -> tolerance
      sb.rel('sum', { t: 'sum', total: sb.a(row.r, fc), parts: leafs.map((p) => sb.a(p.r, fc)), tol: rnd(0.05 * leafs.length + 0.05, 3) + 1e-6 });
    }
  }
  sb.widths(nc); sb.notes(end, ['发展对象含在入党积极分子中另行统计，不重复计算。']);
}

// F: indicators as rows, 本季度末 vs 上年同期, 增减（%）and 百分点
function sheetF(sb, ctx) {
  const d = pick([1, 2]), gd = pick([1, 2]);
  const T = ctx.agg;
  const f = (x) => Math.round(x / U(1.02, 1.15));
  const P = { ent: f(T.ent), gent: 0, a: 0, y: 0, dj: 0, pm: f(T.pm), dx: Math.max(1, f(T.dx)) };
  P.gent = Math.round(P.ent * T.gent / T.ent * U(0.95, 1.0)); P.a = f(T.a); P.y = Math.min(P.a, Math.round(P.a * (T.y / T.a) * U(0.9, 0.99))); P.dj = Math.round(P.y * T.dj / T.y);
  const mixed = chance(0.5); // one 增减 column mixing % and 百分点
  const nc = mixed ? 4 : 5;
  let r = sb.title(nc, ctx.county + '非公有制企业党建主要指标（' + ctx.year + '年' + QN[ctx.q - 1] + '）', null);
  const h = ['指标', '本季度末', '上年同期'].concat(mixed ? ['增减（%）'] : ['增减量', '增减（%）']);
  if (chance(0.5)) h[1] = ctx.year + '年' + QN[ctx.q - 1] + '末';
  if (chance(0.5)) h[2] = (ctx.year - 1) + '年' + QN[ctx.q - 1] + '末';
  h.forEach((s, i) => sb.txt(r, i + 1, s)); r++;
  const items = [['非公有制企业总数（家）', 'ent'], ['  其中：规模以上企业', 'gent', 'ent'], ['应建党组织企业数（家）', 'a'], ['已建党组织企业数（家）', 'y'], ['  其中：单独组建', 'dj', 'y'], ['党组织覆盖率（%）', 'rate'], ['企业党员数（名）', 'pm'], ['发展对象（名）', 'dx']];
  const at = {};
  for (const [lab, key, whole] of items) {
    sb.txt(r, 1, lab);
    if (key === 'rate') {
      const rc = sb.put(r, 2, rnd(T.y / T.a * 100, d), d), rp = sb.put(r, 3, rnd(P.y / P.a * 100, d), d);
      sb.rel('rate', { t: 'rate', cell: rc, num: at.y[0], den: at.a[0], k: 100, tol: rateTol(d) });
      sb.rel('rate', { t: 'rate', cell: rp, num: at.y[1], den: at.a[1], k: 100, tol: rateTol(d) });
      const pp = rnd(rnd(T.y / T.a * 100, d) - rnd(P.y / P.a * 100, d), d);
      const pc = sb.put(r, mixed ? 4 : 4, pp, d);
      if (!mixed) sb.put(r, 5, null);
      sb.rel('pp', { t: 'pp', cell: pc, cur: rc, prev: rp, tol: 1e-6 });
      if (mixed) sb.txt(r, 1, '党组织覆盖率（%）［增减为百分点］'.replace('［增减为百分点］', chance(0.5) ? '' : '（增减为百分点）'));
    } else {
      const cv = T[key], pv = P[key];
      const c1 = sb.put(r, 2, cv, 0), c2 = sb.put(r, 3, pv, 0);
      at[key] = [c1, c2];
      if (whole) { sb.rel('le', { t: 'le', whole: at[whole][0], parts: [c1], tol: 0 }); sb.rel('le', { t: 'le', whole: at[whole][1], parts: [c2], tol: 0 }); }
      let gc;
      if (mixed) gc = sb.put(r, 4, rnd((cv / pv - 1) * 100, gd), gd);
      else { const dc = sb.put(r, 4, cv - pv, 0); sb.rel('sum', { t: 'sum', total: c1, parts: [c2, dc], tol: 0 }); gc = sb.put(r, 5, rnd((cv / pv - 1) * 100, gd), gd); }
      sb.rel('growth', { t: 'growth', cell: gc, cur: c1, prev: c2, tol: rateTol(gd) });
    }
    r++;
  }
  sb.widths(nc); sb.notes(r, mixed ? ['党组织覆盖率增减栏为百分点。'] : ['覆盖率增减量单位为百分点。']);
}

// G: transposed — indicators as rows, towns as columns, 全县 column first or last
function sheetG(sb, ctx) {
  const d = pick([1, 2]);
  const names = [...ctx.towns.st, ...ctx.towns.tw].slice(0, I(4, 9));
  const ms = names.map((n) => ctx.model[n]);
  const T = aggr(ms);
  const totFirst = chance(0.6);
  const regs = totFirst ? [[totLabel(ctx), T], ...names.map((n, i) => [n, ms[i]])] : [...names.map((n, i) => [n, ms[i]]), [totLabel(ctx), T]];
  const nc = 1 + regs.length;
  let r = sb.title(nc, ctx.year + '年' + QN[ctx.q - 1] + '各乡镇（街道）非公企业党建工作进度', pick(['单位：个、名、%', null]));
  sb.txt(r, 1, pick(['指标', '项目', '指标名称'])); regs.forEach((x, i) => sb.txt(r, 2 + i, x[0])); r++;
  const items = [['应建党组织企业数', 'a'], ['已建党组织企业数', 'y'], ['未建党组织企业数', 'w'], ['覆盖率（%）', 'rate'], ['本季度新建', 'newQ'], ['党员人数', 'pm'], ['发展对象', 'dx']];
  const r0 = r;
  items.forEach(([lab], i) => sb.txt(r0 + i, 1, lab));
  const ti = totFirst ? 0 : regs.length - 1;
  regs.forEach(([, m], j) => {
    const c = 2 + j;
    items.forEach(([, k], i) => {
      if (k === 'rate') { const cell = sb.put(r0 + i, c, rnd(m.y / m.a * 100, d), d, false); sb.rel('rate', { t: 'rate', cell, num: sb.a(r0 + 1, c), den: sb.a(r0, c), k: 100, tol: rateTol(d) }); }
      else sb.put(r0 + i, c, m[k], 0);
    });
    sb.rel('sum', { t: 'sum', total: sb.a(r0, c), parts: [sb.a(r0 + 1, c), sb.a(r0 + 2, c)], tol: 0 });
  });
  items.forEach(([, k], i) => { if (k !== 'rate') sb.rel('sum', { t: 'sum', total: sb.a(r0 + i, 2 + ti), parts: regs.map((_, j) => j).filter((j) => j !== ti).map((j) => sb.a(r0 + i, 2 + j)), tol: 0 }); });
  r = r0 + items.length;
  sb.widths(nc); sb.notes(r, ['表中仅列重点乡镇（街道），全县数为所列乡镇（街道）合计。']);
}

// H: years as rows (年末), with growth and 覆盖率 change, optional 年均增长 row (cagr)
function sheetH(sb, ctx) {
  const d = pick([1, 2]), gd = 1;
  const ny = I(4, 7), y1 = ctx.year - 1, y0 = y1 - ny + 1;
  let a = Math.round(ctx.agg.a * U(0.6, 0.8)), rt = U(0.45, 0.6), pm = Math.round(ctx.agg.pm * U(0.6, 0.8));
  const ys = [];
  for (let i = 0; i < ny; i++) { a = Math.round(a * U(1.02, 1.1)); rt = Math.min(0.97, rt + U(0.02, 0.07)); pm = Math.round(pm * U(1.03, 1.12)); ys.push({ yr: y0 + i, a, y: Math.round(a * rt), pm }); }
  const withCagr = chance(0.5), ySuf = chance(0.5) ? '' : '年';
  const hdr = ['年份', '应建党组织企业数（个）', '已建党组织企业数（个）', '覆盖率（%）', '覆盖率比上年提高（百分点）', '企业党员数（名）', '党员数比上年增长（%）'];
  const nc = hdr.length;
  let r = sb.title(nc, ctx.county + y0 + '—' + y1 + '年非公企业党建工作主要指标', null);
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const r0 = r;
  ys.forEach((v, i) => {
    sb.txt(r, 1, v.yr + ySuf);
    sb.put(r, 2, v.a, 0); sb.put(r, 3, v.y, 0);
    const rc = sb.put(r, 4, rnd(v.y / v.a * 100, d), d);
    sb.rel('rate', { t: 'rate', cell: rc, num: sb.a(r, 3), den: sb.a(r, 2), k: 100, tol: rateTol(d) });
    sb.put(r, 6, v.pm, 0);
    if (i > 0) {
      const p = ys[i - 1];
      const pp = sb.put(r, 5, rnd(rnd(v.y / v.a * 100, d) - rnd(p.y / p.a * 100, d), d), d);
      sb.rel('pp', { t: 'pp', cell: pp, cur: rc, prev: sb.a(r - 1, 4), tol: 1e-6 });
      const g = sb.put(r, 7, rnd((v.pm / p.pm - 1) * 100, gd), gd);
      sb.rel('growth', { t: 'growth', cell: g, cur: sb.a(r, 6), prev: sb.a(r - 1, 6), tol: rateTol(gd) });
    } else { sb.txt(r, 5, '—'); sb.txt(r, 7, '—'); }
    r++;
  });
  if (withCagr) {
    sb.txt(r, 1, y0 + '—' + y1 + '年年均增长（%）');
    const c = sb.put(r, 6, rnd((Math.pow(ys[ny - 1].pm / ys[0].pm, 1 / (ny - 1)) - 1) * 100, 1), 1);
    sb.rel('cagr', { t: 'cagr', cell: c, end: sb.a(r - 1, 6), start: sb.a(r0, 6), n: ny - 1, tol: rateTol(1) });
    r++;
  }
  sb.widths(nc); sb.notes(r, ['各年数据为年末数。']);
}

// I: by industry with 其中 rows
function sheetI(sb, ctx) {
  const d = pick([1, 2]);
  const inds = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '其他行业'];
  const T = ctx.agg;
  const w = inds.map(() => U(0.3, 1)); w[0] *= 3; const ws = sum(w);
  const split = (tot) => { const p = w.map((x) => Math.floor(tot * x / ws)); p[0] += tot - sum(p); return p; };
  const A = split(T.a), PM = split(T.pm);
  const Y = A.map((x) => Math.round(x * U(0.55, 0.95))); const Y0 = T.y - sum(Y);
  // fix total already-built equal to sum
  const tY = sum(Y);
  const hdr = ['行业', '应建党组织企业数', '已建党组织企业数', '覆盖率（%）', '党员数'];
  const nc = hdr.length;
  let r = sb.title(nc, ctx.county + '非公企业党组织分行业情况（' + ctx.year + '年' + QN[ctx.q - 1] + '末）', pick(['单位：个、名、%', '计量单位：个']));
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const totTop = ctx.totTop || chance(0.5);
  const rows = [];
  const tot = { label: pick(['合计', '总计']), a: T.a, y: tY, pm: T.pm };
  if (totTop) rows.push(tot);
  const mfgQ = { a: Math.round(A[0] * U(0.3, 0.6)) }; mfgQ.y = Math.min(Y[0], Math.round(mfgQ.a * U(0.6, 1))); mfgQ.pm = Math.round(PM[0] * U(0.3, 0.6));
  inds.forEach((n, i) => { rows.push({ label: n, a: A[i], y: Y[i], pm: PM[i], part: true }); if (i === 0) rows.push({ label: '  其中：高新技术企业', ...mfgQ, qz: true }); });
  if (!totTop) rows.push(tot);
  rows.forEach((x) => {
    x.r = r; sb.txt(r, 1, x.label); sb.put(r, 2, x.a, 0); sb.put(r, 3, x.y, 0); sb.put(r, 5, x.pm, 0);
    if (x.a) { const c = sb.put(r, 4, rnd(x.y / x.a * 100, d), d, false); sb.rel('rate', { t: 'rate', cell: c, num: sb.a(r, 3), den: sb.a(r, 2), k: 100, tol: rateTol(d) }); } else sb.put(r, 4, '-');
    r++;
  });
  const parts = rows.filter((x) => x.part), qz = rows.find((x) => x.qz), mfg = rows.find((x) => x.label === '制造业');
  [2, 3, 5].forEach((c) => {
    sb.rel('sum', { t: 'sum', total: sb.a(tot.r, c), parts: parts.map((p) => sb.a(p.r, c)), tol: 0 });
    sb.rel('le', { t: 'le', whole: sb.a(mfg.r, c), parts: [sb.a(qz.r, c)], tol: 0 });
  });
  sb.widths(nc); sb.notes(r);
  void Y0;
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH, I: sheetI };
const RARE = ['F', 'G', 'H', 'I', 'D'];
const SHEETNAMES = { A: ['覆盖情况', '分乡镇', '表1', 'Sheet1'], B: ['规上规下', '表2', '分规模'], C: ['组建进度', '季度进度', '表3'], D: ['分季度汇总', '季度汇总', '汇总'], E: ['党员情况', '党员队伍', '表5'], F: ['主要指标', '同比', '表6'], G: ['乡镇进度', '分乡镇进度', '表7'], H: ['历年情况', '历年', '表8'], I: ['分行业', '行业', '表9'] };

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'pp', 'growth', 'qizhong'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum' && rel.parts.length > 2) out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum' && rel.parts.length > 2) for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.t === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.t === 'pp') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && (rel.t === 'growth' || rel.t === 'cagr')) out.push([sb, rel, rel.cell]);
    if (kind === 'qizhong' && rel.t === 'le') out.push([sb, rel, rel.parts[0]]);
  }
  return out;
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 30; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta || meta.zero) continue;
    const was = num(sb.vals[addr]);
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') { now = rnd(was * (1 + sgn * U(.08, .3)), meta.d); if (Math.abs(now - was) < 3) now = was + sgn * I(3, 6); }
    else if (kind === 'rate') now = rnd(was + sgn * U(2.5, 6), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(2, 6), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1, 3), meta.d);
    else if (kind === 'qizhong') { const wv = num(sb.vals[rel.whole]); now = wv + Math.max(3, Math.round(wv * U(0.1, 0.3))); }
    if (now === was || now < 0 || (kind === 'rate' && now > 100)) continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, 2 * Math.pow(10, -meta.d), kind === 'total' || kind === 'part' || kind === 'qizhong' ? 2.5 : 0)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
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
    let done = false;
    for (let attempt = 0; attempt < 15 && !done; attempt++) {
      R = mulberry(seed * 7919 + b * 104729 + variant * 31 + attempt * 7);
      const county = pick(CH1) + pick(CH2) + pick(['县', '县', '县', '区', '市']);
      const ctx = { county, year: I(2019, 2024), q: I(1, 4), textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.2), zero: pick(variant ? ['-', null, '-'] : ['0', '0', '-', null]), totTop: chance(variant ? 0.4 : 0.7) };
      const nSt = chance(0.85) ? I(1, 5) : 0, nTw = I(nSt ? 2 : 4, 12);
      ctx.towns = townNames(nSt, nTw);
      ctx.model = {};
      for (const n of [...ctx.towns.st, ...ctx.towns.tw]) ctx.model[n] = townModel(ctx, n.endsWith('街道') || n === '城关镇');
      ctx.agg = aggr(Object.values(ctx.model));
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      let keys = shuffle(Object.keys(TYPES));
      if (variant) keys = shuffle([...shuffle(RARE).slice(0, 2), ...keys.filter((k) => !RARE.includes(k) || chance(0.3))]).filter((k, i, a) => a.indexOf(k) === i);
      const tkeys = keys.slice(0, nS);
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sb.type = t; sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.county}${ctx.year}Q${ctx.q}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name}/${sb.type} ${JSON.stringify(rel)} ex=${ex}`);
        if (Number.isNaN(ex)) throw new Error(`gen NaN ${file} ${sb.name} ${JSON.stringify(rel)}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 14 ? [PLANT_KINDS[b % PLANT_KINDS.length]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels.map((r) => ({ ...r, type: s.type }))), null, 0));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, plants, types: sheets.map((s) => s.name + ':' + s.type) });
      done = true;
    }
    if (!done) throw new Error('could not build book ' + b);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
