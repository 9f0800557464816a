// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// 城市社区党建 workbooks (街道/社区 党组织, 网格, 楼栋长, 在职党员报到, 小区党支部覆盖, 业委会, 红色物业)
// into /tmp/round117a/SET, relations into rel/<file>.json, manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round117a';
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
const RT = (d) => 0.5 * Math.pow(10, -d) + 0.001; // tolerance of a rate/growth displayed with d decimals

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏金银翠湖龙凤朝光明';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉园苑桥门街湾岭';
function uniqNames(n, suffix) { const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + suffix); return [...s]; }
const districtName = () => pick(CH1) + pick(CH2) + pick(['区', '区', '区', '市']);
const cityName = () => pick(CH1) + pick(CH2) + '市';

// ---------- community model ----------
function community() {
  const members = Math.round(U(25, 320));
  const form = members >= 100 ? (chance(0.8) ? '党委' : '党总支') : members >= 50 ? (chance(0.75) ? '党总支' : '党支部') : '党支部';
  const grids = I(4, 16);
  const gridBr = Math.max(0, grids - I(0, Math.ceil(grids * 0.4)));
  const bldg = I(15, 130);
  const onjob = Math.round(U(60, 520));
  const reported = Math.round(onjob * U(0.78, 1));
  const estates = I(1, 9);
  const estBr = Math.max(0, estates - I(0, Math.ceil(estates * 0.5)));
  const hoa = Math.max(0, estates - I(0, Math.ceil(estates * 0.6)));
  const hoaPm = Math.max(0, hoa - I(0, Math.ceil(hoa * 0.5)));
  const red = Math.max(0, estates - I(0, estates));
  return { members, form, grids, gridBr, bldg, onjob, reported, estates, estBr, hoa, hoaPm, red, women: Math.round(members * U(0.35, 0.55)) };
}
function street(nc) {
  const cs = Array.from({ length: nc }, community);
  const s = { comms: cs, n: nc };
  for (const k of ['members', 'grids', 'gridBr', 'bldg', 'onjob', 'reported', 'estates', 'estBr', 'hoa', 'hoaPm', 'red', 'women']) s[k] = sum(cs.map((c) => c[k]));
  for (const f of ['党委', '党总支', '党支部']) s[f] = cs.filter((c) => c.form === f).length;
  s.orgs = nc;
  return s;
}
const agg = (arr, k) => sum(arr.map((x) => x[k]));

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zeroDash) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && zeroDash !== undefined && d === 0) {
      cell.value = zeroDash === '' ? null : zeroDash; cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d, text: true, zero: true }; this.vals[cell.address] = zeroDash; return cell.address;
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
  txt(r, c, s) { this.ws.getCell(r, c).value = s; this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, unit) {
    let r = 1;
    if (chance(0.35)) { this.txt(r, 1, pick(['表', '附表', '附件']) + I(1, 9) + (chance(0.5) ? '-' + I(1, 12) : '')); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit && chance(0.7)) {
      const u = pick(['单位：' + unit, '计量单位：' + unit, '（单位：' + unit + '）']);
      if (chance(0.5)) this.txt(r, ncol, u); else this.txt(r, 1, u);
      r++;
    } else if (chance(0.3)) { this.txt(r, 1, '填报单位：' + this.ctx.org + '（盖章）'); this.txt(r, ncol, '截至' + this.ctx.year + '年12月31日'); r++; }
    return r;
  }
  notes(r) {
    r++;
    if (chance(0.7)) {
      this.txt(r, 1, pick(['注：', '说明：', '填表说明：']) + pick([
        '1.社区党组织按党委、党总支、党支部分别统计。2.在职党员报到率=已报到在职党员数/应报到在职党员数×100%。',
        '数据截至' + this.ctx.year + '年12月31日，由各街道党工委填报。',
        '小区党支部覆盖率=已建立党支部的物业小区数/物业小区总数×100%。',
        '“红色物业”指党组织领导下、党员骨干参与的物业服务企业或项目。',
        '网格党支部包括网格党小组升格组建的党支部。',
        '“-”表示无此项或数值为零。']));
      r++;
    }
    if (chance(0.5)) { this.txt(r, 1, '填表人：' + pick(['张伟', '李娜', '王芳', '刘洋', '周敏']) + '    审核人：' + pick(['陈静', '赵磊', '孙丽']) + '    联系电话：' + I(1000, 9999) + '-' + I(1000000, 9999999)); r++; }
    if (chance(0.2)) { this.txt(r, 1, '资料来源：' + this.ctx.district + '委组织部'); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 20; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}
const totName = (ctx, top) => pick(['合计', '总计', '全区', '全区合计', ctx.district]);
const zd = (ctx) => ctx.zeroDash;

// Sum a list of column relations over rows: cellsByRow[i][col] addresses; total row addresses
function colSums(sb, totalCells, rowsCells, kind = 'sum') {
  totalCells.forEach((tc, j) => { if (tc) sb.rel(kind, { t: 'sum', total: tc, parts: rowsCells.map((rc) => rc[j]), tol: 0 }); });
}

// A: 街道 rows: 社区数, 社区党组织 合计/党委/党总支/党支部, 党员数 (其中 女党员)
function sheetA(sb, ctx) {
  const streets = ctx.streets;
  const withWomen = chance(0.5);
  const nc = 7 + (withWomen ? 1 : 0);
  let r = sb.title(nc, ctx.district + ctx.year + '年社区党组织基本情况', pick(['个、名', '个']));
  const two = chance(0.6) || variant;
  if (two) {
    sb.merge(r, 1, r + 1, 1, pick(['街道', '街道（镇）', '单位']));
    sb.merge(r, 2, r + 1, 2, '社区数');
    sb.merge(r, 3, r, 6, '社区党组织数'); ['合计', '党委', '党总支', '党支部'].forEach((h, i) => sb.txt(r + 1, 3 + i, h));
    sb.merge(r, 7, r + 1, 7, '社区党员数');
    if (withWomen) sb.merge(r, 8, r + 1, 8, '其中：女党员');
    r += 2;
  } else {
    ['街道', '社区数（个）', '社区党组织（个）', '其中：党委', '党总支', '党支部', '党员数（名）'].concat(withWomen ? ['其中：女党员'] : []).forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  }
  const top = chance(0.6);
  const rows = [];
  const write = (name, s) => {
    sb.txt(r, 1, name);
    const cells = [sb.put(r, 2, s.n, 0), sb.put(r, 3, s.orgs, 0), sb.put(r, 4, s['党委'], 0, zd(ctx)), sb.put(r, 5, s['党总支'], 0, zd(ctx)), sb.put(r, 6, s['党支部'], 0, zd(ctx)), sb.put(r, 7, s.members, 0)];
    if (withWomen) { cells.push(sb.put(r, 8, s.women, 0)); sb.rel('le', { t: 'le', whole: cells[5], parts: [cells[6]], tol: 0 }); }
    sb.rel('sum', { t: 'sum', total: cells[1], parts: cells.slice(2, 5), tol: 0 });
    r++; return cells;
  };
  const T = { n: agg(streets, 'n'), orgs: agg(streets, 'orgs'), 党委: agg(streets, '党委'), 党总支: agg(streets, '党总支'), 党支部: agg(streets, '党支部'), members: agg(streets, 'members'), women: agg(streets, 'women') };
  let tc;
  if (top) tc = write(totName(ctx), T);
  for (const s of streets) rows.push(write(s.name, s));
  if (!top) tc = write(totName(ctx), T);
  colSums(sb, tc, rows);
  sb.widths(nc); sb.notes(r);
}

// B: district table: street subtotal rows over their communities, 全区合计
function sheetB(sb, ctx) {
  const streets = ctx.streets.slice(0, I(2, Math.min(4, ctx.streets.length)));
  const cols = [['网格数', 'grids'], ['网格党支部数', 'gridBr'], ['楼栋长（人）', 'bldg'], ['社区党员数', 'members'], ['在职党员报到人数', 'reported']];
  const withRate = chance(0.5);
  const nc = 1 + cols.length + (withRate ? 2 : 0);
  let r = sb.title(nc, ctx.district + '社区网格化党建工作情况统计表', pick(['个、人', null]));
  const hdr = [pick(['街道/社区', '单位名称', '街道、社区']), ...cols.map((c) => c[0])];
  if (withRate) hdr.splice(5, 0, '在职党员数'), hdr.push('报到率（%）');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const subStyle = pick(['name', 'xiaoji', 'bottom']);
  const grandTop = chance(0.5) && subStyle !== 'bottom';
  const rd = pick([1, 1, 2]);
  const write = (name, s) => {
    sb.txt(r, 1, name);
    const keys = withRate ? ['grids', 'gridBr', 'bldg', 'members', 'onjob', 'reported'] : cols.map((c) => c[1]);
    const cells = keys.map((k, i) => sb.put(r, 2 + i, s[k], 0));
    sb.rel('le', { t: 'le', whole: cells[0], parts: [cells[1]], tol: 0 });
    if (withRate) {
      sb.rel('le', { t: 'le', whole: cells[4], parts: [cells[5]], tol: 0 });
      const rc = sb.put(r, 8, rnd(s.reported / s.onjob * 100, rd), rd);
      sb.rel('rate', { t: 'rate', cell: rc, num: cells[5], den: cells[4], k: 100, tol: RT(rd) });
    }
    r++; return withRate ? cells : cells;
  };
  const keysAll = ['grids', 'gridBr', 'bldg', 'members', 'onjob', 'reported'];
  const T = {}; for (const k of keysAll) T[k] = agg(streets, k);
  let gc; const subs = [];
  if (grandTop) gc = write(pick(['全区合计', '合计', '总计']), T);
  for (const s of streets) {
    let sc; const cc = [];
    if (subStyle === 'name') sc = write(s.name, s);
    if (subStyle === 'xiaoji') sc = write(s.name + '小计', s);
    if (subStyle === 'bottom') sb.txt(r++, 1, s.name);
    for (const c of s.comms) cc.push(write((subStyle === 'bottom' ? '' : '  ') + c.name, c));
    if (subStyle === 'bottom') sc = write(pick(['街道合计', '小计', s.name + '合计']), s);
    colSums(sb, sc, cc);
    subs.push(sc);
  }
  if (!grandTop) gc = write(pick(['全区合计', '合计', '总计']), T);
  colSums(sb, gc, subs);
  sb.widths(nc); sb.notes(r);
}

// C: 在职党员到社区报到 by street: 在职党员数, 已报到, 报到率, (认领服务项目 / 志愿服务)
function sheetC(sb, ctx) {
  const streets = ctx.streets;
  const withVol = chance(0.5);
  const rd = pick([1, 1, 2]);
  const nc = 4 + (withVol ? 1 : 0);
  let r = sb.title(nc, ctx.district + ctx.year + '年机关企事业单位在职党员到社区报到情况', pick(['名、%', '人', null]));
  const h = [pick(['街道', '街道名称']), pick(['应报到在职党员数', '在职党员数（名）']), pick(['已报到人数', '实际报到人数（名）']), pick(['报到率（%）', '报到率(%)'])];
  if (withVol) h.push('参加志愿服务（人次）');
  h.forEach((x, i) => sb.txt(r, i + 1, x)); r++;
  const top = chance(0.5);
  const rows = [];
  const write = (name, s) => {
    sb.txt(r, 1, name);
    const a = sb.put(r, 2, s.onjob, 0), b = sb.put(r, 3, s.reported, 0);
    const c = sb.put(r, 4, rnd(s.reported / s.onjob * 100, rd), rd);
    sb.rel('rate', { t: 'rate', cell: c, num: b, den: a, k: 100, tol: RT(rd) });
    sb.rel('le', { t: 'le', whole: a, parts: [b], tol: 0 });
    const out = [a, b];
    if (withVol) out.push(sb.put(r, 5, s.vol, 0));
    r++; return out;
  };
  for (const s of streets) s.vol = Math.round(s.reported * U(1.5, 4));
  const T = { onjob: agg(streets, 'onjob'), reported: agg(streets, 'reported'), vol: agg(streets, 'vol') };
  let tc;
  if (top) tc = write(totName(ctx), T);
  for (const s of streets) rows.push(write(s.name, s));
  if (!top) tc = write(totName(ctx), T);
  colSums(sb, tc, rows);
  sb.widths(nc); sb.notes(r);
}

// D: 小区党支部覆盖 / 业委会 / 红色物业
function sheetD(sb, ctx) {
  const streets = ctx.streets;
  const rd = pick([1, 1, 2]);
  const nc = 8;
  let r = sb.title(nc, ctx.district + '物业小区党组织覆盖及业委会、红色物业建设情况', pick(['个、%', null]));
  const merged = chance(0.6) || variant;
  if (merged) {
    sb.merge(r, 1, r + 1, 1, '街道');
    sb.merge(r, 2, r + 1, 2, '物业小区数（个）');
    sb.merge(r, 3, r, 4, '小区党支部'); sb.txt(r + 1, 3, '已建小区数'); sb.txt(r + 1, 4, '覆盖率（%）');
    sb.merge(r, 5, r, 7, '业主委员会'); sb.txt(r + 1, 5, '已成立（个）'); sb.txt(r + 1, 6, '其中：有党员成员的'); sb.txt(r + 1, 7, '占比（%）');
    sb.merge(r, 8, r + 1, 8, '红色物业（个）');
    r += 2;
  } else {
    ['街道', '物业小区数', '建立党支部的小区数', '小区党支部覆盖率(%)', '成立业委会的小区数', '其中：业委会有党员', '党员占业委会比例(%)', '红色物业项目数'].forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  }
  const top = chance(0.5);
  const rows = [];
  const write = (name, s) => {
    sb.txt(r, 1, name);
    const e = sb.put(r, 2, s.estates, 0), b = sb.put(r, 3, s.estBr, 0, zd(ctx));
    const cov = sb.put(r, 4, rnd(s.estBr / s.estates * 100, rd), rd);
    sb.rel('rate', { t: 'rate', cell: cov, num: b, den: e, k: 100, tol: RT(rd) });
    const h = sb.put(r, 5, s.hoa, 0, zd(ctx)), hp = sb.put(r, 6, s.hoaPm, 0, zd(ctx));
    let sh = null;
    if (s.hoa) { sh = sb.put(r, 7, rnd(s.hoaPm / s.hoa * 100, rd), rd); sb.rel('rate', { t: 'rate', cell: sh, num: hp, den: h, k: 100, tol: RT(rd) }); }
    else sb.txt(r, 7, '-');
    const red = sb.put(r, 8, s.red, 0, zd(ctx));
    sb.rel('le', { t: 'le', whole: e, parts: [b], tol: 0 });
    sb.rel('le', { t: 'le', whole: h, parts: [hp], tol: 0 });
    sb.rel('le', { t: 'le', whole: e, parts: [h], tol: 0 });
    r++; return [e, b, h, hp, red];
  };
  const T = {}; for (const k of ['estates', 'estBr', 'hoa', 'hoaPm', 'red']) T[k] = agg(streets, k);
  let tc;
  if (top) tc = write(totName(ctx), T);
  for (const s of streets) rows.push(write(s.name, s));
  if (!top) tc = write(totName(ctx), T);
  colSums(sb, tc, rows);
  sb.widths(nc); sb.notes(r);
}

// E: two years side by side: 在职党员, 报到人数, 报到率 per year; 报到人数增长(%), 报到率增减(百分点)
function sheetE(sb, ctx) {
  const streets = ctx.streets;
  const y = ctx.year, y0 = y - 1;
  const rd = 1, gd = pick([1, 1, 2]);
  const nc = 9;
  let r = sb.title(nc, ctx.district + y0 + '—' + y + '年在职党员到社区报到情况对比', pick(['名、%', null]));
  sb.merge(r, 1, r + 1, 1, '街道');
  sb.merge(r, 2, r, 4, y0 + '年'); sb.merge(r, 5, r, 7, y + '年'); sb.merge(r, 8, r, 9, pick(['增减情况', '比上年']));
  ['在职党员数', '报到人数', '报到率（%）', '在职党员数', '报到人数', '报到率（%）', '报到人数增长（%）', '报到率增减（百分点）'].forEach((h, i) => sb.txt(r + 1, 2 + i, h));
  r += 2;
  const prevOf = (s) => { if (!s.prev) { const oj = Math.round(s.onjob / U(1.0, 1.12)); s.prev = { onjob: oj, reported: Math.min(oj, Math.round(s.reported / U(1.01, 1.2))) }; } return s.prev; };
  streets.forEach(prevOf);
  const top = chance(0.5);
  const rows = [];
  const write = (name, s, p) => {
    sb.txt(r, 1, name);
    const a0 = sb.put(r, 2, p.onjob, 0), b0 = sb.put(r, 3, p.reported, 0);
    const r0v = rnd(p.reported / p.onjob * 100, rd); const c0 = sb.put(r, 4, r0v, rd);
    const a1 = sb.put(r, 5, s.onjob, 0), b1 = sb.put(r, 6, s.reported, 0);
    const r1v = rnd(s.reported / s.onjob * 100, rd); const c1 = sb.put(r, 7, r1v, rd);
    const g = sb.put(r, 8, rnd((s.reported / p.reported - 1) * 100, gd), gd);
    const pp = sb.put(r, 9, rnd(r1v - r0v, rd), rd);
    sb.rel('rate', { t: 'rate', cell: c0, num: b0, den: a0, k: 100, tol: RT(rd) });
    sb.rel('rate', { t: 'rate', cell: c1, num: b1, den: a1, k: 100, tol: RT(rd) });
    sb.rel('growth', { t: 'growth', cell: g, cur: b1, prev: b0, tol: RT(gd) });
    sb.rel('pp', { t: 'pp', cell: pp, cur: c1, prev: c0, tol: 0.011 });
    r++; return [a0, b0, a1, b1];
  };
  const P = { onjob: sum(streets.map((s) => s.prev.onjob)), reported: sum(streets.map((s) => s.prev.reported)) };
  const T = { onjob: agg(streets, 'onjob'), reported: agg(streets, 'reported') };
  let tc;
  if (top) tc = write(totName(ctx), T, P);
  for (const s of streets) rows.push(write(s.name, s, s.prev));
  if (!top) tc = write(totName(ctx), T, P);
  colSums(sb, tc, rows);
  sb.widths(nc); sb.notes(r);
}

// F: years as rows (district time series)
function sheetF(sb, ctx) {
  const ny = I(4, 7), y1 = ctx.year;
  const years = Array.from({ length: ny }, (_, i) => y1 - ny + 1 + i);
  const rd = pick([1, 1, 2]), gd = pick([1, 2]);
  const nc = 8;
  let r = sb.title(nc, ctx.district + '历年社区党建主要指标', null);
  const h = [pick(['年份', '年度']), '社区数（个）', '社区党组织（个）', '网格数（个）', '网格党支部（个）', '网格党支部覆盖率（%）', '在职党员报到人数（名）', '报到人数比上年增长（%）'];
  h.forEach((x, i) => sb.txt(r, i + 1, x)); r++;
  const last = { n: agg(ctx.streets, 'n'), grids: agg(ctx.streets, 'grids'), gridBr: agg(ctx.streets, 'gridBr'), reported: agg(ctx.streets, 'reported') };
  const data = [last];
  for (let i = 1; i < ny; i++) {
    const nx = data[0];
    const n = Math.max(3, nx.n - I(0, 2)); const grids = Math.round(nx.grids / U(1, 1.15));
    const gridBr = Math.min(grids, Math.round(nx.gridBr / U(1.02, 1.3)));
    data.unshift({ n, grids, gridBr, reported: Math.round(nx.reported / U(1.03, 1.35)) });
  }
  if (chance(0.4)) years.reverse(), data.reverse();
  const asc = years[0] < years[1];
  let prevRep = null;
  const cells = [];
  const ySuf = chance(0.5) ? '' : '年';
  years.forEach((yy, i) => {
    const d = data[i];
    sb.txt(r, 1, yy + ySuf);
    const n = sb.put(r, 2, d.n, 0), o = sb.put(r, 3, d.n, 0), g = sb.put(r, 4, d.grids, 0), gb = sb.put(r, 5, d.gridBr, 0);
    const cov = sb.put(r, 6, rnd(d.gridBr / d.grids * 100, rd), rd);
    sb.rel('rate', { t: 'rate', cell: cov, num: gb, den: g, k: 100, tol: RT(rd) });
    sb.rel('le', { t: 'le', whole: g, parts: [gb], tol: 0 });
    const rep = sb.put(r, 7, d.reported, 0);
    cells.push({ rep, d, r });
    r++;
  });
  cells.forEach((c, i) => {
    const j = asc ? i - 1 : i + 1;
    if (j < 0 || j >= cells.length) { sb.txt(c.r, 8, pick(['-', '—', ''])); return; }
    const g = sb.put(c.r, 8, rnd((c.d.reported / cells[j].d.reported - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: g, cur: c.rep, prev: cells[j].rep, tol: RT(gd) });
  });
  sb.widths(nc); sb.notes(r);
}

// G: indicator list: 指标 | 单位 | 本年 | 上年 | 增减 | 增长(%)
function sheetG(sb, ctx) {
  const S = ctx.streets;
  const cur = { n: agg(S, 'n'), 党委: agg(S, '党委'), 党总支: agg(S, '党总支'), 党支部: agg(S, '党支部'), grids: agg(S, 'grids'), gridBr: agg(S, 'gridBr'), bldg: agg(S, 'bldg'), estates: agg(S, 'estates'), estBr: agg(S, 'estBr'), reported: agg(S, 'reported'), red: agg(S, 'red') };
  const prev = {};
  prev.党委 = Math.max(0, cur.党委 - I(0, 2)); prev.党总支 = cur.党总支 + I(-1, 1); prev.党支部 = cur.党支部 + I(0, 2);
  prev.党总支 = Math.max(0, prev.党总支);
  prev.n = prev.党委 + prev.党总支 + prev.党支部;
  prev.grids = Math.round(cur.grids / U(1, 1.1)); prev.gridBr = Math.min(prev.grids, Math.round(cur.gridBr / U(1.02, 1.25)));
  prev.bldg = Math.round(cur.bldg / U(0.98, 1.1)); prev.estates = cur.estates - I(0, 5); prev.estBr = Math.min(prev.estates, Math.round(cur.estBr / U(1.02, 1.3)));
  prev.reported = Math.round(cur.reported / U(1.03, 1.3)); prev.red = Math.max(0, cur.red - I(0, 6));
  const rd = 1, gd = pick([1, 1, 2]);
  const withUnit = chance(0.6);
  const o = withUnit ? 1 : 0;
  const nc = 5 + o;
  let r = sb.title(nc, ctx.district + ctx.year + '年城市基层党建主要指标', null);
  const h = [pick(['指标', '指标名称', '项目'])]; if (withUnit) h.push('单位');
  h.push(pick([ctx.year + '年', '本年']), pick([(ctx.year - 1) + '年', '上年']), pick(['增减', '增减量']), pick(['增长（%）', '比上年增长(%)']));
  h.forEach((x, i) => sb.txt(r, i + 1, x)); r++;
  const row = (label, unit, k, opts = {}) => {
    sb.txt(r, 1, label); if (withUnit) sb.txt(r, 2, unit);
    const a = sb.put(r, 2 + o, cur[k], 0, opts.zd), b = sb.put(r, 3 + o, prev[k], 0, opts.zd);
    const dd = sb.put(r, 4 + o, cur[k] - prev[k], 0, chance(0.5) ? '-' : undefined);
    sb.rel('pp', { t: 'pp', cell: dd, cur: a, prev: b, tol: 0 });
    if (prev[k] > 0) { const g = sb.put(r, 5 + o, rnd((cur[k] / prev[k] - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: RT(gd) }); }
    else sb.txt(r, 5 + o, '—');
    r++; return [a, b];
  };
  const rateRow = (label, nn, dn) => {
    sb.txt(r, 1, label); if (withUnit) sb.txt(r, 2, '%');
    const v1 = rnd(cur[nn.k] / cur[dn.k] * 100, rd), v0 = rnd(prev[nn.k] / prev[dn.k] * 100, rd);
    const a = sb.put(r, 2 + o, v1, rd), b = sb.put(r, 3 + o, v0, rd);
    sb.rel('rate', { t: 'rate', cell: a, num: nn.c[0], den: dn.c[0], k: 100, tol: RT(rd) });
    sb.rel('rate', { t: 'rate', cell: b, num: nn.c[1], den: dn.c[1], k: 100, tol: RT(rd) });
    const p = sb.put(r, 4 + o, rnd(v1 - v0, rd), rd); sb.rel('pp', { t: 'pp', cell: p, cur: a, prev: b, tol: 0.011 });
    sb.txt(r, 5 + o, '—');
    if (!withUnit) sb.ws.getCell(r, 1).value = label + '［增减为百分点］';
    r++;
  };
  const num1 = chance(0.5);
  const L = (i, s) => (num1 ? '一二三四五六七'[i] + '、' : '') + s;
  const orgs = row(L(0, '社区党组织'), '个', 'n');
  const forms = ['党委', '党总支', '党支部'].map((f, i) => row((i === 0 ? '  其中：' : '        ') + f, '个', f, { zd: zd(ctx) }));
  for (const j of [0, 1]) sb.rel('sum', { t: 'sum', total: orgs[j], parts: forms.map((f) => f[j]), tol: 0 });
  const g = row(L(1, '网格数'), '个', 'grids');
  const gb = row('  其中：建立党支部的网格', '个', 'gridBr');
  for (const j of [0, 1]) sb.rel('le', { t: 'le', whole: g[j], parts: [gb[j]], tol: 0 });
  rateRow('  网格党支部覆盖率（%）', { k: 'gridBr', c: gb }, { k: 'grids', c: g });
  row(L(2, '楼栋长'), '人', 'bldg');
  const e = row(L(3, '物业小区'), '个', 'estates');
  const eb = row('  其中：建立党支部的小区', '个', 'estBr');
  for (const j of [0, 1]) sb.rel('le', { t: 'le', whole: e[j], parts: [eb[j]], tol: 0 });
  rateRow('  小区党支部覆盖率（%）', { k: 'estBr', c: eb }, { k: 'estates', c: e });
  row(L(4, '红色物业项目'), '个', 'red');
  row(L(5, '在职党员到社区报到'), '人', 'reported');
  sb.widths(nc); sb.notes(r);
}

// H: streets as columns, indicators as rows, 合计 column first or last
function sheetH(sb, ctx) {
  const S = ctx.streets;
  const items = [['社区数（个）', 'n'], ['社区党组织（个）', 'orgs'], ['  其中：党委', '党委'], ['        党总支', '党总支'], ['        党支部', '党支部'], ['网格（个）', 'grids'], ['  其中：网格党支部', 'gridBr'], ['楼栋长（人）', 'bldg'], ['物业小区（个）', 'estates'], ['  其中：建立党支部', 'estBr'], ['红色物业（个）', 'red']];
  const first = chance(0.5);
  const cols = first ? [null, ...S] : [...S, null];
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.district + '各街道社区党建基本情况', null);
  sb.txt(r, 1, pick(['指标', '项目']));
  const tname = pick(['合计', '全区', '总计']);
  cols.forEach((s, i) => sb.txt(r, 2 + i, s ? s.name : tname)); r++;
  const T = {}; for (const [, k] of items) T[k] = agg(S, k);
  const addr = {};
  items.forEach(([lab, k]) => {
    sb.txt(r, 1, lab);
    const cs = cols.map((s, i) => sb.put(r, 2 + i, (s || T)[k], 0, ['党委', '党总支', 'red', 'estBr'].includes(k) ? zd(ctx) : undefined));
    const ti = cols.indexOf(null);
    sb.rel('sum', { t: 'sum', total: cs[ti], parts: cs.filter((_, i) => i !== ti), tol: 0 });
    addr[k] = cs; r++;
  });
  cols.forEach((_, i) => {
    sb.rel('sum', { t: 'sum', total: addr.orgs[i], parts: [addr['党委'][i], addr['党总支'][i], addr['党支部'][i]], tol: 0 });
    sb.rel('le', { t: 'le', whole: addr.grids[i], parts: [addr.gridBr[i]], tol: 0 });
    sb.rel('le', { t: 'le', whole: addr.estates[i], parts: [addr.estBr[i]], tol: 0 });
  });
  sb.widths(nc); sb.notes(r);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH };
const RARE = ['B', 'E', 'F', 'H'];
const SHEETNAMES = { A: ['社区党组织', '表1', '基本情况'], B: ['网格化党建', '分社区', '表2'], C: ['在职党员报到', '双报到', '表3'], D: ['小区党建', '红色物业', '表4'], E: ['报到对比', '两年对比', '表5'], F: ['历年情况', '时间序列', '表6'], G: ['主要指标', 'Sheet1', '表7'], H: ['分街道', '街道对比', '表8'] };

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'growth', 'pp', 'le'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum') out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.t === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.t === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.t === 'pp' && sb.meta[rel.cell] && sb.meta[rel.cell].d > 0) out.push([sb, rel, rel.cell]);
    if (kind === 'le' && rel.t === 'le') out.push([sb, rel, rel.parts[0]]);
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
    if (!was) continue;
    let now; const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') now = Math.max(0, was + sgn * Math.max(3, Math.round(was * U(0.1, 0.3))));
    else if (kind === 'le') { const w = num(sb.vals[rel.whole]); now = w + Math.max(2, Math.round(w * U(0.08, 0.25))); }
    else if (kind === 'rate') now = rnd(was > 92 ? was - U(3, 8) : was + sgn * U(3, 8), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1.5, 4), meta.d);
    if (now === was) continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    const old = sb.vals[addr];
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < (meta.d === 0 ? 1.5 : 1)) { sb.vals[addr] = old; sb.ws.getCell(addr).value = old; continue; }
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
      const district = districtName();
      const ctx = { year: I(2018, 2024), district, city: cityName(), org: district + '委组织部', textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.2), zeroDash: pick(['-', '-', '—', '', undefined]) };
      const ns = I(3, 9);
      ctx.streets = uniqNames(ns, '街道').map((name) => { const s = street(I(3, 9)); s.name = name; return s; });
      const cnames = uniqNames(sum(ctx.streets.map((s) => s.n)), '社区'); let ci = 0;
      for (const s of ctx.streets) for (const c of s.comms) c.name = cnames[ci++];
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      let keys = shuffle(Object.keys(TYPES));
      if (variant) keys = shuffle(RARE).concat(keys.filter((k) => !RARE.includes(k)));
      const tkeys = keys.slice(0, nS);
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sb.type = t; sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.district}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
        if (ex === null && rel.t !== 'growth') throw new Error(`gen unevaluable ${file} ${sb.name} ${JSON.stringify(rel)}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 14 ? [PLANT_KINDS[b % PLANT_KINDS.length]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels)));
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
