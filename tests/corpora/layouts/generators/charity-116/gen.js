// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// 慈善捐赠与志愿服务 workbooks into /tmp/round116b/SET, relations into rel/<file>.json, manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round116b';
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
const EPS = 1e-6;
const stepTol = (d) => Math.pow(10, -d) + 1e-6;
const halfTol = (d) => 0.5 * Math.pow(10, -d) + 1e-6;

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function names(n, suf) {
  const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + (suf || pick(['县', '县', '区', '市'])));
  return [...s];
}
const cityName = () => pick(CH1) + pick(CH2) + '市';
// round raw parts, total = round(sum raw), 调平 so |total - sum parts| <= one step
function roundBlock(raw, d) {
  const parts = raw.map((x) => rnd(x, d));
  const total = rnd(sum(raw), d);
  const st = Math.pow(10, -d);
  const diff = rnd(total - sum(parts), d);
  if (Math.abs(diff) > st + 1e-9) { const k = parts.indexOf(Math.max(...parts)); parts[k] = rnd(parts[k] + diff - Math.sign(diff) * st, d); }
  return { total, parts };
}

class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, opt = {}) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && d === 0 && this.ctx.dash && !opt.nodash) { cell.value = this.ctx.dash; this.vals[cell.address] = this.ctx.dash; cell.alignment = { horizontal: 'right' }; return cell.address; }
    const asText = chance(this.ctx.textP);
    const val = asText ? v.toFixed(d) : v;
    cell.value = val;
    if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : (this.ctx.thousands && Math.abs(v) >= 1000 ? '#,##0.' : '0.') + '0'.repeat(d);
    cell.alignment = { horizontal: 'right' };
    this.meta[cell.address] = { d, text: asText };
    this.vals[cell.address] = val;
    return cell.address;
  }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, units) {
    let r = 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '表']) + I(1, 12) + '-' + I(1, 20)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (units && chance(0.8)) {
      const u = pick(units);
      if (chance(0.5)) this.txt(r, ncol, u); else this.txt(r, 1, u);
      r++;
    }
    return r;
  }
  notes(r) {
    r++;
    if (chance(0.7)) { this.txt(r, 1, pick(['注：', '说明：', '填表说明：']) + pick(['1.本表由县级民政部门填报。2.接收捐赠含货币捐赠和物资捐赠折价。', '慈善组织指依法登记或认定的慈善组织。', '志愿者数据来源于全国志愿服务信息系统。', '物资捐赠按接收时市场价格折算。', '部分数据因四舍五入，分项之和与合计略有出入。', '“-”表示无此项数据或数据为零。'])); r++; }
    if (chance(0.6)) { this.txt(r, 1, '填报单位：' + this.ctx.city + '民政局    填报人：' + pick(['张伟', '李娜', '王芳', '刘洋']) + '    审核人：' + pick(['陈静', '赵磊', '孙丽']) + '    填报日期：' + (this.ctx.year + 1) + '年' + I(1, 3) + '月' + I(1, 28) + '日'); r++; }
    if (chance(0.2)) { this.txt(r, 1, '资料来源：' + this.ctx.city + '民政局、' + this.ctx.city + '慈善总会'); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 22; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 13; }
}
const totName = (ctx) => pick(['合计', '总计', '全市', '全市合计', ctx.city]);
const indent = () => (chance(0.3) ? '  ' : '');

// A: 慈善组织数 by county and type (counts), 其中 公开募捐, 占比
function sheetA(sb, ctx) {
  const n = I(5, 12), nm = names(n);
  const withQz = chance(0.6), withShare = chance(0.5), totTop = chance(0.65);
  const TYP = ['基金会', '社会团体', '社会服务机构'];
  const nc = 2 + TYP.length + (withQz ? 1 : 0) + (withShare ? 1 : 0);
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['各县（市、区）慈善组织情况', '慈善组织分布情况', '分县慈善组织数']), ['单位：个', '单位：个、%']);
  const two = chance(0.6);
  let cQ = 0, cS = 0;
  if (two) {
    sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）'])); sb.merge(r, 2, r, 1 + TYP.length + 1, '慈善组织数（个）');
    sb.txt(r + 1, 2, '合计'); TYP.forEach((x, i) => sb.txt(r + 1, 3 + i, x));
    let c = 3 + TYP.length;
    if (withQz) { sb.merge(r, c, r + 1, c, '其中：具有公开募捐资格'); cQ = c++; }
    if (withShare) { sb.merge(r, c, r + 1, c, '占全市比重（%）'); cS = c++; }
    r += 2;
  } else {
    ['地区', '慈善组织合计', ...TYP].forEach((x, i) => sb.txt(r, 1 + i, x));
    let c = 3 + TYP.length;
    if (withQz) { sb.txt(r, c, '其中：公开募捐资格'); cQ = c++; }
    if (withShare) { sb.txt(r, c, '占比(%)'); cS = c++; }
    r++;
  }
  const rows = nm.map((x) => { const p = [I(0, 6), I(3, 35), I(1, 25)]; return { nm: x, p, q: I(0, Math.min(6, sum(p))) }; });
  const tot = { nm: totName(ctx), p: [0, 1, 2].map((k) => sum(rows.map((x) => x.p[k]))), q: sum(rows.map((x) => x.q)), tot: true };
  const all = totTop ? [tot, ...rows] : [...rows, tot];
  const colCells = {}; const totCells = {};
  const T = sum(tot.p);
  const shareVals = [];
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : indent() + x.nm);
    const t = sum(x.p);
    const tc = sb.put(r, 2, t, 0, { nodash: true });
    const pc = x.p.map((v, k) => sb.put(r, 3 + k, v, 0));
    sb.rel('sum', { t: 'sum', total: tc, parts: pc, tol: 0 });
    const cells = [tc, ...pc];
    if (withQz) { const qc = sb.put(r, cQ, x.q, 0); cells.push(qc); sb.rel('le', { t: 'le', whole: tc, parts: [qc], tol: 0 }); }
    if (withShare) {
      const sd = 1;
      const sv = x.tot ? 100 : rnd(t / T * 100, sd);
      const sc = sb.put(r, cS, sv, sd);
      if (!x.tot) { sb.rel('share', { t: 'rate', cell: sc, num: tc, den: null, k: 100, tol: halfTol(sd) }); shareVals.push(sc); }
      else totCells.share = sc;
      cells.push(sc);
    }
    cells.slice(0, withQz ? 5 : 4).forEach((c, k) => { if (x.tot) totCells[k] = c; else (colCells[k] = colCells[k] || []).push(c); });
    r++;
  }
  for (const k of Object.keys(colCells)) sb.rel('sum', { t: 'sum', total: totCells[k], parts: colCells[k], tol: 0 });
  for (const rel of sb.rels) if (rel.kind === 'share') rel.den = totCells[0];
  if (withShare) sb.rel('sharesum', { t: 'sum', total: totCells.share, parts: shareVals, tol: 0.05 * shareVals.length + 0.1 });
  sb.widths(nc); sb.notes(r);
}

// B: 接收捐赠 by county and source (万元): 总额 = 货币小计 + 物资折价; 货币 = 个人+企业+社会组织+其他; optional 上年 + growth
function sheetB(sb, ctx) {
  const n = I(4, 11), nm = names(n);
  const d = pick([2, 2, 1]);
  const SRC = ['个人', '企业', '社会组织', '其他'];
  const withPrev = chance(0.45), totTop = chance(0.6);
  const nc = 1 + 2 + SRC.length + 1 + (withPrev ? 2 : 0);
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['各县（市、区）接收慈善捐赠情况', '慈善捐赠接收情况（按来源分）', '分县接收社会捐赠']), ['单位：万元', '金额单位：万元']);
  sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）', '单位']));
  sb.merge(r, 2, r + 1, 2, pick(['接收捐赠总额', '捐赠合计', '接收捐赠合计']));
  sb.merge(r, 3, r, 3 + SRC.length, '货币捐赠');
  sb.txt(r + 1, 3, '小计'); SRC.forEach((x, i) => sb.txt(r + 1, 4 + i, x));
  const cM = 4 + SRC.length;
  sb.merge(r, cM, r + 1, cM, pick(['物资捐赠折价', '物资折价']));
  if (withPrev) { sb.merge(r, cM + 1, r + 1, cM + 1, '上年接收捐赠总额'); sb.merge(r, cM + 2, r + 1, cM + 2, '比上年增长（%）'); }
  r += 2;
  const f = Math.pow(10, d);
  const q = (a, b) => Math.round(U(a, b) * f) / f;
  const rows = nm.map((x) => ({ nm: x, s: [q(40, 900), q(80, 3200), q(5, 400), chance(0.2) ? 0 : q(0, 120)], m: q(10, 700), g: U(-0.2, 0.35) }));
  for (const x of rows) x.prev = rnd((sum(x.s) + x.m) / (1 + x.g), d);
  const tot = { nm: totName(ctx), s: [0, 1, 2, 3].map((k) => rnd(sum(rows.map((x) => x.s[k])), d)), m: rnd(sum(rows.map((x) => x.m)), d), prev: rnd(sum(rows.map((x) => x.prev)), d), tot: true };
  const all = totTop ? [tot, ...rows] : [...rows, tot];
  const col = {}; const tcol = {};
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : indent() + x.nm);
    const money = rnd(sum(x.s), d), total = rnd(money + x.m, d);
    const tc = sb.put(r, 2, total, d), mc = sb.put(r, 3, money, d);
    const sc = x.s.map((v, k) => (v === 0 ? (sb.txt(r, 4 + k, pick(['-', '', '0'])), sb.a(r, 4 + k)) : sb.put(r, 4 + k, v, d)));
    const wc = sb.put(r, cM, x.m, d);
    sb.rel('sum', { t: 'sum', total: tc, parts: [mc, wc], tol: stepTol(d) });
    sb.rel('sum', { t: 'sum', total: mc, parts: sc, tol: stepTol(d) });
    const cells = [tc, mc, ...sc, wc];
    if (withPrev) {
      const pc = sb.put(r, cM + 1, x.prev, d);
      const gd = 1;
      const gc = sb.put(r, cM + 2, rnd((total / x.prev - 1) * 100, gd), gd);
      sb.rel('growth', { t: 'growth', cell: gc, cur: tc, prev: pc, tol: halfTol(gd) });
      cells.push(pc);
    }
    cells.forEach((c, k) => { if (x.tot) tcol[k] = c; else (col[k] = col[k] || []).push(c); });
    r++;
  }
  for (const k of Object.keys(col)) sb.rel('sum', { t: 'sum', total: tcol[k], parts: col[k], tol: stepTol(d) });
  sb.widths(nc); sb.notes(r);
}

// C: 收支结余 by county: 本年收入 = 本年支出 + 收支结余; 支出占收入比重
function sheetC(sb, ctx) {
  const n = I(4, 10), nm = names(n);
  const d = pick([1, 2]);
  const withRate = chance(0.6), totTop = chance(0.5);
  const nc = 4 + (withRate ? 1 : 0);
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['慈善组织收支情况', '各县（市、区）慈善收支结余', '慈善资金收支情况']), ['单位：万元', '单位：万元、%']);
  const h = [pick(['地区', '县（市、区）']), pick(['本年收入', '慈善收入', '收入合计']), pick(['本年支出', '慈善支出', '支出合计']), pick(['收支结余', '本年结余'])];
  if (withRate) h.push(pick(['支出占收入比重（%）', '资金使用率(%)']));
  h.forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  const f = Math.pow(10, d);
  const rows = nm.map((x) => { const inc = Math.round(U(150, 4000) * f) / f; const ex = Math.round(inc * U(0.6, chance(0.15) ? 1.1 : 0.98) * f) / f; return { nm: x, inc, ex }; });
  const tot = { nm: totName(ctx), inc: rnd(sum(rows.map((x) => x.inc)), d), ex: rnd(sum(rows.map((x) => x.ex)), d), tot: true };
  const all = totTop ? [tot, ...rows] : [...rows, tot];
  const col = {}; const tcol = {};
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : indent() + x.nm);
    const bal = rnd(x.inc - x.ex, d);
    const ic = sb.put(r, 2, x.inc, d), ec = sb.put(r, 3, x.ex, d), bc = sb.put(r, 4, bal, d);
    sb.rel('sum', { t: 'sum', total: ic, parts: [ec, bc], tol: stepTol(d) });
    if (withRate) { const rc = sb.put(r, 5, rnd(x.ex / x.inc * 100, 1), 1); sb.rel('rate', { t: 'rate', cell: rc, num: ec, den: ic, k: 100, tol: halfTol(1) }); }
    [ic, ec, bc].forEach((c, k) => { if (x.tot) tcol[k] = c; else (col[k] = col[k] || []).push(c); });
    r++;
  }
  for (const k of Object.keys(col)) sb.rel('sum', { t: 'sum', total: tcol[k], parts: col[k], tol: stepTol(d) * 1.5 });
  sb.widths(nc); sb.notes(r);
}

// D: 慈善支出按用途 items as rows, two periods, growth, 占比
function sheetD(sb, ctx) {
  const ITEMS = shuffle(['扶贫济困', '扶老', '助残', '救孤', '助学', '医疗救助', '灾害救助', '社区服务', '其他']).slice(0, I(4, 7));
  const withShare = chance(0.7), withG = chance(0.75);
  const d = pick([1, 2]);
  const nc = 3 + (withG ? 1 : 0) + (withShare ? 1 : 0);
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['慈善支出按用途分', '慈善项目支出构成', '慈善资金支出情况']), ['单位：万元', '单位：万元、%']);
  const h = [pick(['项目', '支出用途', '指标']), ctx.year + '年', (ctx.year - 1) + '年'];
  if (withG) h.push(pick(['比上年增长（%）', '增长(%)', '增减（%）']));
  if (withShare) h.push(pick([ctx.year + '年占比（%）', '构成(%)', '占支出总额比重(%)']));
  h.forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  const style = pick(['indent', 'qz', 'num', 'plain']);
  const lab = (x, i) => style === 'indent' ? '  ' + x : style === 'qz' ? (i === 0 ? '其中：' : '      ') + x : style === 'num' ? (i + 1) + '.' + x : x;
  const rawC = ITEMS.map(() => U(30, 1500)); const rawP = rawC.map((x) => x / (1 + U(-0.25, 0.4)));
  const bc = roundBlock(rawC, d), bp = roundBlock(rawP, d);
  sb.txt(r, 1, pick(['慈善支出合计', '支出总额', '合计']));
  const tc = sb.put(r, 2, bc.total, d), tp = sb.put(r, 3, bp.total, d);
  const lines = [[tc, tp, bc.total, bp.total]];
  ITEMS.forEach((x, i) => { sb.txt(r + 1 + i, 1, lab(x, i)); lines.push([sb.put(r + 1 + i, 2, bc.parts[i], d), sb.put(r + 1 + i, 3, bp.parts[i], d), bc.parts[i], bp.parts[i]]); });
  sb.rel('sum', { t: 'sum', total: tc, parts: lines.slice(1).map((x) => x[0]), tol: stepTol(d) });
  sb.rel('sum', { t: 'sum', total: tp, parts: lines.slice(1).map((x) => x[1]), tol: stepTol(d) });
  const shares = [];
  lines.forEach(([cc, pc, cv, pv], i) => {
    let c = 4;
    if (withG) { const gc = sb.put(r + i, c, rnd((cv / pv - 1) * 100, 1), 1); sb.rel('growth', { t: 'growth', cell: gc, cur: cc, prev: pc, tol: halfTol(1) }); c++; }
    if (withShare) {
      const sv = i === 0 ? 100 : rnd(cv / bc.total * 100, 1);
      const sc = sb.put(r + i, c, sv, 1);
      if (i) { sb.rel('share', { t: 'rate', cell: sc, num: cc, den: tc, k: 100, tol: halfTol(1) }); shares.push(sc); } else shares.unshift(sc);
    }
  });
  if (withShare) sb.rel('sharesum', { t: 'sum', total: shares[0], parts: shares.slice(1), tol: 0.05 * ITEMS.length + 0.1 });
  r += lines.length;
  sb.widths(nc); sb.notes(r);
}

// E: years as rows: 接收捐赠总额, growth, 其中个人, 个人占比, 常住人口, 人均捐赠(元/人)
function sheetE(sb, ctx) {
  const ny = I(5, 10), y0 = ctx.year - ny + 1;
  const withInd = chance(0.7), withPc = chance(0.6), asc = chance(0.75);
  const d = pick([1, 2]);
  const cols = ['年份', '接收捐赠总额（万元）', '比上年增长（%）'];
  if (withInd) cols.push('其中：个人捐赠（万元）', '个人捐赠占比（%）');
  if (withPc) cols.push('常住人口（万人）', '人均捐赠额（元/人）');
  let r = sb.title(cols.length, ctx.city + pick(['历年慈善捐赠情况', '主要年份接收慈善捐赠', y0 + '—' + ctx.year + '年社会捐赠情况']), null);
  cols.forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  let tot = U(2000, 20000), pop = U(30, 300);
  const ys = [];
  for (let k = 0; k <= ny; k++) { ys.push({ y: y0 - 1 + k, tot: rnd(tot, d), ind: rnd(tot * U(0.15, 0.45), d), pop: rnd(pop, 2) }); tot *= 1 + U(-0.15, 0.3); pop *= 1 + U(-0.01, 0.015); }
  const seq = asc ? ys.slice(1) : ys.slice(1).reverse();
  for (const x of seq) {
    const prevY = ys.find((z) => z.y === x.y - 1);
    sb.txt(r, 1, chance(0.8) ? x.y + (chance(0.5) ? '年' : '') : String(x.y));
    const tc = sb.put(r, 2, x.tot, d);
    x.tc = tc; x.r = r;
    const gc = sb.put(r, 3, rnd((x.tot / prevY.tot - 1) * 100, 1), 1);
    x.gc = gc;
    let c = 4;
    if (withInd) { const ic = sb.put(r, c, x.ind, d); sb.rel('le', { t: 'le', whole: tc, parts: [ic], tol: 0 }); const sc = sb.put(r, c + 1, rnd(x.ind / x.tot * 100, 1), 1); sb.rel('share', { t: 'rate', cell: sc, num: ic, den: tc, k: 100, tol: halfTol(1) }); c += 2; }
    if (withPc) { const pc = sb.put(r, c, x.pop, 2); const pcc = sb.put(r, c + 1, rnd(x.tot / x.pop, 1), 1); sb.rel('rate', { t: 'rate', cell: pcc, num: tc, den: pc, k: 1, tol: halfTol(1) }); }
    r++;
  }
  // growth relations for rows whose previous year is also on the sheet; first year growth references the year before (not shown) -> no relation
  for (const x of seq) { const p = seq.find((z) => z.y === x.y - 1); if (p) sb.rel('growth', { t: 'growth', cell: x.gc, cur: x.tc, prev: p.tc, tol: halfTol(1) }); }
  sb.widths(cols.length); sb.notes(r);
}

// F: 志愿服务 by county: 注册志愿者(人), 其中党员, 志愿服务组织(个), 服务时长(万小时), 人均时长(小时), 常住人口(万人), 占比(%)
function sheetF(sb, ctx) {
  const n = I(4, 11), nm = names(n);
  const withQz = chance(0.6), withHr = chance(0.8), withPop = chance(0.6), totTop = chance(0.6);
  const cols = [pick(['地区', '县（市、区）']), '注册志愿者（人）'];
  if (withQz) cols.push('其中：党员志愿者（人）');
  cols.push('志愿服务组织（个）');
  if (withHr) cols.push('志愿服务时长（万小时）', '人均服务时长（小时）');
  if (withPop) cols.push('常住人口（万人）', '注册志愿者占常住人口比重（%）');
  let r = sb.title(cols.length, ctx.city + ctx.year + '年' + pick(['志愿服务情况', '各县（市、区）志愿者注册及服务时长', '分县志愿服务统计']), null);
  cols.forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  const rows = nm.map((x) => { const pop = rnd(U(15, 120), 2); const v = Math.round(pop * 1e4 * U(0.05, 0.2)); return { nm: x, pop, v, p: Math.round(v * U(0.1, 0.3)), o: I(10, 300), h: rnd(v * U(8, 40) / 1e4, 2) }; });
  const tot = { nm: totName(ctx), pop: rnd(sum(rows.map((x) => x.pop)), 2), v: sum(rows.map((x) => x.v)), p: sum(rows.map((x) => x.p)), o: sum(rows.map((x) => x.o)), h: rnd(sum(rows.map((x) => x.h)), 2), tot: true };
  const all = totTop ? [tot, ...rows] : [...rows, tot];
  const col = {}; const tcol = {};
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : indent() + x.nm);
    let c = 2; const add = [];
    const vc = sb.put(r, c++, x.v, 0); add.push([vc, 0]);
    if (withQz) { const pc = sb.put(r, c++, x.p, 0); sb.rel('le', { t: 'le', whole: vc, parts: [pc], tol: 0 }); add.push([pc, 0]); }
    add.push([sb.put(r, c++, x.o, 0), 0]);
    if (withHr) { const hc = sb.put(r, c++, x.h, 2); add.push([hc, 2]); const ac = sb.put(r, c++, rnd(x.h * 1e4 / x.v, 1), 1); sb.rel('rate', { t: 'rate', cell: ac, num: hc, den: vc, k: 1e4, tol: halfTol(1) }); }
    if (withPop) { const pc = sb.put(r, c++, x.pop, 2); add.push([pc, 2]); const sc = sb.put(r, c++, rnd(x.v / (x.pop * 1e4) * 100, 2), 2); sb.rel('share', { t: 'rate', cell: sc, num: vc, den: pc, k: 0.01, tol: halfTol(2) }); }
    add.forEach(([a, dd], k) => { if (x.tot) tcol[k] = [a, dd]; else (col[k] = col[k] || []).push(a); });
    r++;
  }
  for (const k of Object.keys(col)) sb.rel('sum', { t: 'sum', total: tcol[k][0], parts: col[k], tol: tcol[k][1] ? stepTol(tcol[k][1]) : 0 });
  sb.widths(cols.length); sb.notes(r);
}

// G: 主要指标 two periods: 指标 | 单位 | 本年 | 上年 | 增长(%) | 增减(百分点)
function sheetG(sb, ctx) {
  const oneCol = chance(variant ? 0.5 : 0.2);
  const nc = oneCol ? 5 : 6;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['慈善事业主要指标', '慈善和志愿服务主要统计指标', '民政慈善工作主要指标']), null);
  const h = [pick(['指标', '指标名称']), pick(['单位', '计量单位']), ctx.year + '年', (ctx.year - 1) + '年'];
  if (oneCol) h.push('比上年增长（%）/增减（百分点）'); else h.push('比上年增长（%）', '比上年增减（百分点）');
  h.forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  const gr = () => U(-0.1, 0.25);
  const org = [I(5, 40), I(80, 500), I(20, 300)]; const orgP = org.map((x) => Math.max(1, Math.round(x / (1 + gr()))));
  const don = rnd(U(3000, 60000), 2), donP = rnd(don / (1 + gr()), 2);
  const ind = rnd(don * U(0.15, 0.4), 2), indP = rnd(donP * U(0.15, 0.4), 2);
  const exp = rnd(don * U(0.6, 0.95), 2), expP = rnd(donP * U(0.6, 0.95), 2);
  const sup = I(5, 120), supP = Math.max(1, sup - I(0, 15));
  const pop = rnd(U(50, 900), 2), popP = rnd(pop / (1 + U(-0.01, 0.015)), 2);
  const vol = rnd(pop * U(0.06, 0.18), 2), volP = rnd(popP * U(0.05, 0.17), 2);
  const items = [
    ['慈善组织数', '个', sum(org), sum(orgP), 0, 'g', 'orgT'],
    ['  其中：基金会', '个', org[0], orgP[0], 0, 'g', 'orgF'],
    ['接收慈善捐赠总额', '万元', don, donP, 2, 'g', 'don'],
    ['  其中：个人捐赠', '万元', ind, indP, 2, 'g', 'ind'],
    ['慈善支出', '万元', exp, expP, 2, 'g', 'exp'],
    ['慈善支出占接收捐赠比重', '%', rnd(exp / don * 100, 1), rnd(expP / donP * 100, 1), 1, 'pp', 'er'],
    ['慈善超市', '个', sup, supP, 0, 'g', 'sup'],
    ['常住人口', '万人', pop, popP, 2, 'g', 'pop'],
    ['注册志愿者', '万人', vol, volP, 2, 'g', 'vol'],
    ['注册志愿者占常住人口比重', '%', rnd(vol / pop * 100, 1), rnd(volP / popP * 100, 1), 1, 'pp', 'vr'],
  ];
  const cell = {};
  for (const [nmx, unit, cv, pv, d, gk, key] of items) {
    sb.txt(r, 1, nmx); sb.txt(r, 2, unit);
    const cc = sb.put(r, 3, cv, d, { nodash: true }), pc = sb.put(r, 4, pv, d, { nodash: true });
    cell[key] = [cc, pc];
    if (gk === 'g') { const gc = sb.put(r, 5, rnd((cv / pv - 1) * 100, 1), 1); sb.rel('growth', { t: 'growth', cell: gc, cur: cc, prev: pc, tol: halfTol(1) }); if (!oneCol) sb.txt(r, 6, ''); }
    else { const c = oneCol ? 5 : 6; const ppc = sb.put(r, c, rnd(cv - pv, 1), 1); sb.rel('pp', { t: 'pp', cell: ppc, cur: cc, prev: pc, tol: halfTol(1) }); }
    r++;
  }
  for (const k of [0, 1]) {
    sb.rel('le', { t: 'le', whole: cell.orgT[k], parts: [cell.orgF[k]], tol: 0 });
    sb.rel('le', { t: 'le', whole: cell.don[k], parts: [cell.ind[k]], tol: 0 });
    sb.rel('rate', { t: 'rate', cell: cell.er[k], num: cell.exp[k], den: cell.don[k], k: 100, tol: halfTol(1) });
    sb.rel('share', { t: 'rate', cell: cell.vr[k], num: cell.vol[k], den: cell.pop[k], k: 100, tol: halfTol(1) });
  }
  sb.widths(nc); sb.notes(r);
  if (oneCol) sb.txt(r + 3, 1, '注：比重指标的变化为增减百分点。');
}

// H: 全省 / cities / districts hierarchy: 慈善超市(个), 其中 社区慈善超市, 接收捐赠(万元)
function sheetH(sb, ctx) {
  const nCity = I(2, 4);
  const cities = names(nCity, '市');
  const prov = pick(['全省', '全省合计', '总计']);
  const d = pick([1, 2]);
  const cols = [pick(['地区', '市、县（区）']), pick(['慈善超市（个）', '慈善超市数（个）']), '其中：社区（村）慈善超市', pick(['年度接收捐赠（万元）', '接收捐赠款物（万元）'])];
  const withShare = chance(0.4);
  if (withShare) cols.push('捐赠占全省比重（%）');
  let r = sb.title(cols.length, ctx.year + '年' + pick(['各市县慈善超市情况', '分市县慈善超市建设情况']), null);
  cols.forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  const f = Math.pow(10, d);
  const tree = cities.map((c) => ({ nm: c, kids: names(I(2, 5), null).map((k) => { const s = I(0, 25); return { nm: k, s, q: I(0, s), g: Math.round(U(5, 600) * f) / f }; }) }));
  for (const c of tree) { c.s = sum(c.kids.map((k) => k.s)); c.q = sum(c.kids.map((k) => k.q)); c.g = rnd(sum(c.kids.map((k) => k.g)), d); }
  const P = { nm: prov, s: sum(tree.map((c) => c.s)), q: sum(tree.map((c) => c.q)), g: rnd(sum(tree.map((c) => c.g)), d) };
  const line = (x, lab) => {
    sb.txt(r, 1, lab);
    const sc = sb.put(r, 2, x.s, 0), qc = sb.put(r, 3, x.q, 0), gc = sb.put(r, 4, x.g, d);
    sb.rel('le', { t: 'le', whole: sc, parts: [qc], tol: 0 });
    if (withShare) { const v = rnd(x.g / P.g * 100, 1); const c = sb.put(r, 5, v, 1); if (x !== P) sb.rel('share', { t: 'rate', cell: c, num: gc, den: null, k: 100, tol: halfTol(1) }); else x.shc = c; }
    r++;
    return [sc, qc, gc];
  };
  const pc = line(P, P.nm);
  const cityCells = [];
  for (const c of tree) {
    const cc = line(c, c.nm);
    cityCells.push(cc);
    const kc = c.kids.map((k) => line(k, (chance(0.8) ? '  ' : '　') + k.nm));
    [0, 1, 2].forEach((j) => sb.rel('sum', { t: 'sum', total: cc[j], parts: kc.map((x) => x[j]), tol: j === 2 ? stepTol(d) : 0 }));
  }
  [0, 1, 2].forEach((j) => sb.rel('sum', { t: 'sum', total: pc[j], parts: cityCells.map((x) => x[j]), tol: j === 2 ? stepTol(d) : 0 }));
  for (const rel of sb.rels) if (rel.kind === 'share') rel.den = pc[2];
  sb.widths(cols.length); sb.notes(r);
}

// I: 捐赠来源构成 two periods: 金额 + 占比 each year, 占比增减(百分点)
function sheetI(sb, ctx) {
  const SRC = ['个人捐赠', '企业捐赠', '社会组织捐赠', '其他捐赠', '物资捐赠折价'];
  const d = pick([1, 2]);
  const nc = 6;
  let r = sb.title(nc, ctx.city + pick(['接收慈善捐赠来源构成', '社会捐赠按来源分构成', ctx.year + '年慈善捐赠来源结构']), ['金额单位：万元', '单位：万元、%']);
  sb.merge(r, 1, r + 1, 1, pick(['捐赠来源', '项目']));
  sb.merge(r, 2, r, 3, ctx.year + '年'); sb.merge(r, 4, r, 5, (ctx.year - 1) + '年');
  sb.txt(r + 1, 2, '金额'); sb.txt(r + 1, 3, pick(['占比（%）', '构成(%)'])); sb.txt(r + 1, 4, '金额'); sb.txt(r + 1, 5, pick(['占比（%）', '构成(%)']));
  sb.merge(r, 6, r + 1, 6, pick(['占比增减（百分点）', '构成变化（百分点）']));
  r += 2;
  const raw = [U(500, 5000), U(1000, 20000), U(100, 2000), U(0, 800), U(200, 3000)];
  const rawP = raw.map((x) => x / (1 + U(-0.2, 0.3)));
  const bc = roundBlock(raw, d), bp = roundBlock(rawP, d);
  sb.txt(r, 1, pick(['合计', '接收捐赠总额', '总计']));
  const tc = sb.put(r, 2, bc.total, d); sb.put(r, 3, 100, 1); const tp = sb.put(r, 4, bp.total, d); sb.put(r, 5, 100, 1);
  const sh = [[], []]; const shc = [sb.a(r, 3), sb.a(r, 5)];
  const pcs = [[], []];
  SRC.forEach((x, i) => {
    const rr = r + 1 + i;
    sb.txt(rr, 1, (i === 0 && chance(0.4) ? '其中：' : '  ') + x);
    const a = sb.put(rr, 2, bc.parts[i], d), b = sb.put(rr, 4, bp.parts[i], d);
    pcs[0].push(a); pcs[1].push(b);
    const s1 = rnd(bc.parts[i] / bc.total * 100, 1), s2 = rnd(bp.parts[i] / bp.total * 100, 1);
    const sa = sb.put(rr, 3, s1, 1), sb2 = sb.put(rr, 5, s2, 1);
    sb.rel('share', { t: 'rate', cell: sa, num: a, den: tc, k: 100, tol: halfTol(1) });
    sb.rel('share', { t: 'rate', cell: sb2, num: b, den: tp, k: 100, tol: halfTol(1) });
    sh[0].push(sa); sh[1].push(sb2);
    const ppc = sb.put(rr, 6, rnd(s1 - s2, 1), 1);
    sb.rel('pp', { t: 'pp', cell: ppc, cur: sa, prev: sb2, tol: halfTol(1) });
  });
  sb.rel('sum', { t: 'sum', total: tc, parts: pcs[0], tol: stepTol(d) });
  sb.rel('sum', { t: 'sum', total: tp, parts: pcs[1], tol: stepTol(d) });
  sb.rel('sharesum', { t: 'sum', total: shc[0], parts: sh[0], tol: 0.3 });
  sb.rel('sharesum', { t: 'sum', total: shc[1], parts: sh[1], tol: 0.3 });
  r += 1 + SRC.length;
  sb.widths(nc); sb.notes(r);
}

// J: regions as columns, indicators as rows with a unit column (total column first or last)
function sheetJ(sb, ctx) {
  const n = I(3, 7), nm = names(n);
  const totFirst = chance(0.7);
  const regs = totFirst ? [totName(ctx), ...nm] : [...nm, totName(ctx)];
  const tIdx = totFirst ? 0 : regs.length - 1;
  const nc = 2 + regs.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['分县（市、区）慈善事业主要指标', '各县区慈善和志愿服务情况']), null);
  sb.txt(r, 1, pick(['指标', '项目'])); sb.txt(r, 2, pick(['单位', '计量单位']));
  regs.forEach((x, i) => sb.txt(r, 3 + i, x)); r++;
  const rowsDef = [['慈善组织', '个', 0], ['  其中：基金会', '个', 0], ['接收捐赠总额', '万元', 2], ['  其中：个人捐赠', '万元', 2], ['慈善超市', '个', 0], ['注册志愿者', '人', 0], ['志愿服务时长', '万小时', 2]];
  const f = 100;
  const data = nm.map(() => { const o = I(8, 60); const don = Math.round(U(200, 6000) * f) / f; const v = I(5000, 120000); return [o, I(0, Math.min(5, o)), don, Math.round(don * U(0.1, 0.45) * f) / f, I(0, 20), v, Math.round(v * U(8, 40) / 1e4 * f) / f]; });
  const tot = rowsDef.map((_, k) => rnd(sum(data.map((x) => x[k])), rowsDef[k][2]));
  const cells = rowsDef.map(() => []);
  rowsDef.forEach(([lab, unit, d], k) => {
    sb.txt(r + k, 1, lab); sb.txt(r + k, 2, unit);
    let j = 0;
    regs.forEach((_, i) => { const v = i === tIdx ? tot[k] : data[j++][k]; cells[k].push(sb.put(r + k, 3 + i, v, d)); });
    const tc = cells[k][tIdx];
    sb.rel('sum', { t: 'sum', total: tc, parts: cells[k].filter((_, i) => i !== tIdx), tol: d ? stepTol(d) : 0 });
  });
  regs.forEach((_, i) => { sb.rel('le', { t: 'le', whole: cells[0][i], parts: [cells[1][i]], tol: 0 }); sb.rel('le', { t: 'le', whole: cells[2][i], parts: [cells[3][i]], tol: 0 }); });
  r += rowsDef.length;
  sb.widths(nc); sb.notes(r);
}

// K: years as columns, items as rows, 年均增长 (cagr) column
function sheetK(sb, ctx) {
  const ny = I(4, 6), y0 = ctx.year - ny + 1;
  const d = pick([1, 2]);
  const withC = chance(0.8);
  const nc = 1 + ny + (withC ? 1 : 0);
  let r = sb.title(nc, ctx.city + pick(['“十四五”以来慈善事业发展情况', '近年慈善捐赠与志愿服务情况', '主要年份慈善统计']), ['单位：万元', '单位：万元、万人']);
  sb.txt(r, 1, '项目'); for (let k = 0; k < ny; k++) sb.txt(r, 2 + k, (y0 + k) + '年');
  if (withC) sb.txt(r, 2 + ny, pick(['年均增长（%）', '年均增速(%)']));
  r++;
  const rows = ['接收捐赠总额', '  货币捐赠', '  物资捐赠折价', '慈善支出', '注册志愿者（万人）'];
  rows.forEach((x, i) => sb.txt(r + i, 1, x));
  let m = U(500, 8000), w = U(100, 2000), v = U(3, 60);
  const cc = rows.map(() => []); const vv = rows.map(() => []);
  for (let k = 0; k < ny; k++) {
    const mv = rnd(m, d), wv = rnd(w, d), tv = rnd(mv + wv, d), ev = rnd((mv + wv) * U(0.6, 0.95), d), vvv = rnd(v, 2);
    [tv, mv, wv, ev, vvv].forEach((val, i) => { cc[i].push(sb.put(r + i, 2 + k, val, i === 4 ? 2 : d)); vv[i].push(val); });
    sb.rel('sum', { t: 'sum', total: cc[0][k], parts: [cc[1][k], cc[2][k]], tol: stepTol(d) });
    m *= 1 + U(-0.1, 0.3); w *= 1 + U(-0.15, 0.3); v *= 1 + U(0, 0.2);
  }
  if (withC) rows.forEach((_, i) => {
    const val = rnd((Math.pow(vv[i][ny - 1] / vv[i][0], 1 / (ny - 1)) - 1) * 100, 1);
    const c = sb.put(r + i, 2 + ny, val, 1);
    sb.rel('growth', { t: 'cagr', cell: c, end: cc[i][ny - 1], start: cc[i][0], n: ny - 1, tol: halfTol(1) });
  });
  r += rows.length;
  sb.widths(nc); sb.notes(r);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH, I: sheetI, J: sheetJ, K: sheetK };
const SHEETNAMES = { A: ['慈善组织', '分县慈善组织', '表1'], B: ['接收捐赠', '捐赠来源', '表2'], C: ['收支结余', '收支情况', '表3'], D: ['支出用途', '慈善支出', '表4'], E: ['历年捐赠', '主要年份', '表5'], F: ['志愿服务', '志愿者', '表6'], G: ['主要指标', '综合', 'Sheet1'], H: ['慈善超市', '分市县', '表8'], I: ['来源构成', '捐赠构成', '表9'], J: ['分县指标', '县区对比', '表10'], K: ['历年情况', '发展情况', '表11'] };
const RARE = ['C', 'E', 'G', 'H', 'I', 'J', 'K'];

const PLANT_KINDS = ['total', 'part', 'rate', 'share', 'growth', 'pp'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum' && rel.kind === 'sum') out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum' && rel.kind === 'sum') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'part' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.kind === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'share' && rel.kind === 'share') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.kind === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.kind === 'pp') out.push([sb, rel, rel.cell]);
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
    if (!was) continue;
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(.08, .3)), meta.d);
    else if (kind === 'rate') now = rel.k === 1e4 || rel.k === 1 ? rnd(was * (1 + sgn * U(.15, .3)), meta.d) : rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'share') now = rnd(Math.max(0.3, was + sgn * Math.max(Math.abs(was) * 0.3, U(2, 5))), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1.5, 4), meta.d);
    if (meta.d === 0 && Math.abs(now - was) < 2) now = was + sgn * 3;
    if (now === was || now < 0 && was > 0 && kind !== 'growth' && kind !== 'pp') continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    // all relations touching addr must break clearly or stay valid; the chosen one must break clearly
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, 0.5 * Math.pow(10, -meta.d) * 4, 0.3)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
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
      const ctx = { year: I(2016, 2024), city: cityName(), textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.3), dash: chance(0.4) ? pick(['-', '—', '']) : null };
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      let keys = Object.keys(TYPES);
      if (variant) keys = [...keys, ...RARE, ...RARE];
      const tkeys = [...new Set(shuffle(keys))].slice(0, nS);
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 14 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels)));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, plants });
      break;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${manifest.length} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
