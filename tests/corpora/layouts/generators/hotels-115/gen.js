// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// 住宿和餐饮业 / 旅游饭店 workbooks into /tmp/round115a/SET, relations into rel/<file>.json, manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round115a';
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
const variant = Number(VARIANT || 0);
const V = (common, rare) => (variant ? rare : common); // probability switch for less common layouts

function mulberry(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R;
const U = (a, b) => a + (b - a) * R();
const I = (a, b) => Math.floor(U(a, b + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sum = (a) => a.reduce((x, y) => x + y, 0);
const half = (d) => 0.5 * Math.pow(10, -d);

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function countyNames(n) { const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + pick(['县', '县', '区', '市'])); return [...s]; }
const cityName = () => pick(CH1) + pick(CH2) + '市';
const NOTE_BIZ = ['1.本表统计范围为限额以上住宿和餐饮业法人企业。2.增长速度按可比口径计算。', '限额以上住宿业指年主营业务收入200万元及以上的住宿业法人企业，餐饮业同。', '部分数据因四舍五入，分项之和与合计略有出入。', '营业额按现价计算，增长速度按可比口径计算。', '“-”表示无数据或数据为零。'];
const NOTE_HOTEL = ['星级饭店数据来源于全国星级饭店统计管理系统。', '平均房价＝客房收入÷实际出租间夜数；客房出租率＝实际出租间夜数÷可供出租间夜数×100%。', '部分数据因四舍五入，分项之和与合计略有出入。', '“-”表示该星级无饭店。'];
const STARS = ['五星级', '四星级', '三星级', '二星级', '一星级'];
const PARTS = ['客房收入', '餐费收入', '商品销售收入', '其他收入'];

// growth tolerance: displayed growth (d decimals) vs amounts rounded to ad decimals
function gTol(cur, prev, d, ad, fromRaw) {
  if (!fromRaw) return half(d) + 1e-6;
  const h = half(ad);
  return half(d) + 100 * (h / cur + h / prev) * (cur / prev) * 1.05 + 1e-6;
}

class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  put(r, c, v, d) {
    const cell = this.ws.getCell(r, c);
    if (typeof v === 'number') {
      const asText = chance(this.ctx.textP);
      const val = asText ? v.toFixed(d) : v;
      cell.value = val;
      if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : (this.ctx.thousands ? '#,##0.' : '0.') + '0'.repeat(d);
      cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d, text: asText };
      this.vals[cell.address] = val;
    } else { cell.value = v; if (v !== null && v !== undefined) this.vals[cell.address] = v; }
    return cell.address;
  }
  // zero shown as "-" or blank
  putZ(r, c, v, d) { if (v === 0) { this.txt(r, c, this.ctx.zero); return this.ws.getCell(r, c).address; } return this.put(r, c, v, d); }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; if (s !== '' && s != null) this.vals[this.ws.getCell(r, c).address] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, unit) {
    let r = 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '']) + I(10, 16) + '-' + I(1, 20)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit && chance(0.8)) { if (chance(0.5)) this.txt(r, ncol, unit); else this.txt(r, 1, unit); r++; }
    return r;
  }
  notes(r, pool, must) {
    r++;
    if (must) { this.txt(r, 1, must); r++; }
    if (chance(0.7)) { this.txt(r, 1, pick(['注：', '说明：', '填表说明：']) + pick(pool || NOTE_BIZ)); r++; }
    if (chance(0.5)) { this.txt(r, 1, '单位负责人：' + pick(['张伟', '李娜', '王芳']) + '    统计负责人：' + pick(['陈静', '赵磊', '孙丽']) + '    填表人：' + pick(['刘洋', '周敏', '吴刚']) + '    报出日期：' + this.ctx.year + '年' + I(1, 12) + '月' + I(1, 28) + '日'); r++; }
    if (chance(0.25)) { this.txt(r, 1, '资料来源：' + this.ctx.city + pick(['统计局', '文化广电和旅游局', '商务局'])); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 24; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 13; }
}

// round parts to d; total = round(sum raw) ; returns {parts,total,tol}
function roundSet(raw, d) { const parts = raw.map((x) => rnd(x, d)); const total = rnd(sum(raw), d); return { parts, total, tol: half(d) * (raw.length + 1) + 1e-6 }; }

// ---------- A: 分县（市、区）限额以上住宿和餐饮业营业额 ----------
function sheetA(sb, ctx) {
  const n = I(4, 12), names = countyNames(n);
  const m = ctx.month;
  const split = chance(0.45); // 住宿业/餐饮业 columns as 其中
  const withPrev = chance(0.6), withMonth = chance(0.6), withUnits = chance(0.7);
  const totTop = chance(V(0.7, 0.4));
  const unitD = pick([1, 1, 0]); // 万元 1 decimal, or 千元 integer
  const unitName = unitD === 1 ? '万元' : '千元';
  const scale = unitD === 1 ? 1 : 10;
  const gd = pick([1, 1, 2]);
  const fromRaw = chance(0.6);
  const cols = []; // header descriptors
  if (withUnits) cols.push(['企业数（个）', null]);
  if (withMonth) cols.push([m + '月', '营业额']);
  cols.push([m === 12 ? '全年' : '1-' + m + '月', '营业额']);
  if (split) { cols.push(['住宿业', '其中']); cols.push(['餐饮业', '其中']); }
  if (withPrev) cols.push(['上年同期', '营业额']);
  cols.push(['同比增长(%)', '营业额']);
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + (m === 12 ? '' : '1-' + m + '月') + '分县（市、区）限额以上住宿和餐饮业营业额', '单位：' + unitName + '、个、%');
  const two = chance(V(0.6, 0.8));
  if (two) {
    sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）', '单位名称']));
    let c = 2;
    while (c <= nc) {
      const [h, grp] = cols[c - 2];
      if (!grp) { sb.merge(r, c, r + 1, c, h); c++; continue; }
      let e = c; while (e + 1 <= nc && cols[e - 1][1] === grp) e++;
      sb.merge(r, c, r, e, grp === '其中' ? '其中：' : '营业额（' + unitName + '）');
      for (let k = c; k <= e; k++) sb.txt(r + 1, k, cols[k - 2][0]);
      c = e + 1;
    }
    r += 2;
  } else {
    sb.txt(r, 1, '地区');
    cols.forEach(([h, grp], i) => sb.txt(r, 2 + i, grp === '营业额' ? (h.includes('%') ? '营业额' + h : h + '营业额') : grp === '其中' ? (h === '住宿业' ? '其中：住宿业' : h) : h));
    r++;
  }
  const regs = names.map((nm) => {
    const units = I(3, 70);
    const lod = rnd(units * U(0.2, 0.5), 0) ? 1 : 1;
    const cumL = units * U(60, 180) * m / 12 * 10 * scale / 10; // 住宿业
    const cumC = units * U(80, 260) * m / 12 * scale;
    const noLodge = chance(0.12);
    const L = noLodge ? 0 : cumL, C = cumC;
    const g = U(-0.12, 0.28);
    return { nm, units, L, C, cum: L + C, mon: (L + C) / m * U(0.8, 1.25), prev: (L + C) / (1 + g), g };
  });
  const tot = { nm: pick(['全市', '合计', '全市合计', '总计', ctx.city]), units: sum(regs.map((x) => x.units)), L: sum(regs.map((x) => x.L)), C: sum(regs.map((x) => x.C)), mon: sum(regs.map((x) => x.mon)), prev: sum(regs.map((x) => x.prev)), tot: true };
  tot.cum = tot.L + tot.C;
  const all = totTop ? [tot, ...regs] : [...regs, tot];
  const colCells = {}; // key -> {tot, parts[]}
  const keep = (k, a, isTot) => { colCells[k] = colCells[k] || { parts: [], raw: [] }; if (isTot) colCells[k].tot = a; else colCells[k].parts.push(a); };
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : (chance(V(0.2, 0.5)) ? '  ' : '') + x.nm);
    let c = 2;
    let cumCell, prevCell, cumV, prevV;
    if (withUnits) { keep('units', sb.put(r, c++, x.units, 0), x.tot); }
    if (withMonth) keep('mon', sb.put(r, c++, rnd(x.mon, unitD), unitD), x.tot);
    cumV = rnd(x.cum, unitD); cumCell = sb.put(r, c++, cumV, unitD); keep('cum', cumCell, x.tot);
    if (split) {
      const lc = sb.putZ(r, c++, rnd(x.L, unitD), unitD), cc = sb.put(r, c++, rnd(x.C, unitD), unitD);
      keep('L', lc, x.tot); keep('C', cc, x.tot);
      sb.rel('sum', { t: 'sum', total: cumCell, parts: [lc, cc], tol: 3 * half(unitD) + 1e-6 });
    }
    if (withPrev) { prevV = rnd(x.prev, unitD); prevCell = sb.put(r, c++, prevV, unitD); keep('prev', prevCell, x.tot); }
    const gv = rnd(((fromRaw ? x.cum / x.prev : cumV / (withPrev ? prevV : rnd(x.prev, unitD))) - 1) * 100, gd);
    const gc = sb.put(r, c++, gv, gd);
    if (withPrev) sb.rel('growth', { t: 'growth', cell: gc, cur: cumCell, prev: prevCell, tol: gTol(cumV, prevV, gd, unitD, fromRaw) });
    r++;
  }
  for (const [k, v] of Object.entries(colCells)) {
    const d = k === 'units' ? 0 : unitD;
    sb.rel('sum', { t: 'sum', total: v.tot, parts: v.parts, tol: k === 'units' ? 0 : half(d) * (v.parts.length + 1) + 1e-6 });
  }
  sb.widths(nc); sb.notes(r);
}

// ---------- B: 限额以上住宿餐饮业营业额及构成项目（本月/累计/同比） ----------
function sheetB(sb, ctx) {
  const m = ctx.month;
  const secs = chance(0.5) ? ['住宿和餐饮业合计', '住宿业', '餐饮业'] : [pick(['限额以上住宿和餐饮业', '住宿和餐饮业'])];
  const full = chance(0.7);
  const idx = full ? [0, 1, 2, 3] : [0, 1];
  const unitCol = chance(V(0.3, 0.6));
  const gd = pick([1, 1, 2]);
  const d = pick([1, 1, 0]);
  const unitName = d === 1 ? '万元' : '千元';
  const hdr = [pick(['指标', '指标名称', '项目'])];
  if (unitCol) hdr.push('计量单位');
  const cols = [m + '月', '1-' + m + '月', '上年同期', pick(['同比增长(%)', '比上年同期增长(%)', '增速(%)'])];
  const withMonthG = chance(0.4);
  if (withMonthG) cols.splice(1, 0, '上年同月', '本月增长(%)');
  const nc = hdr.length + cols.length; const o = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + m + '月限额以上住宿和餐饮业营业额', unitCol ? null : '单位：' + unitName);
  if (chance(V(0.4, 0.7))) {
    hdr.forEach((h, i) => sb.merge(r, 1 + i, r + 1, 1 + i, h));
    const mc = withMonthG ? 3 : 1;
    sb.merge(r, o + 1, r, o + mc, '本月'); sb.merge(r, o + mc + 1, r, nc, '累计');
    const sub = withMonthG ? ['本月', '上年同月', '增长(%)', '1-' + m + '月', '上年同期', '增长(%)'] : ['本月', '1-' + m + '月', '上年同期', '增长(%)'];
    sub.forEach((s, i) => sb.txt(r + 1, o + 1 + i, s)); r += 2;
  } else { [...hdr, ...cols].forEach((h, i) => sb.txt(r, 1 + i, h)); r++; }
  const style = pick(['qz', 'indent', 'num']);
  const scaleB = U(20000, 200000) / (d === 1 ? 10 : 1);
  const mkSec = (sec) => {
    const base = (sec === '住宿业' ? U(0.3, 0.5) : sec === '餐饮业' ? U(0.5, 0.7) : 1) * scaleB;
    let w;
    if (sec === '住宿业') w = [U(.45, .6), U(.25, .35), U(.03, .06), U(.05, .1)];
    else if (sec === '餐饮业') w = [U(0.002, .01), U(.85, .93), U(.03, .06), U(.02, .05)];
    else w = [U(.15, .25), U(.6, .7), U(.03, .06), U(.03, .07)];
    const sw = sum(w); const cum = w.map((x) => base * m * x / sw);
    const prev = cum.map((x) => x / (1 + U(-0.1, 0.3)));
    const mon = cum.map((x) => x / m * U(0.85, 1.2));
    const monPrev = mon.map((x) => x / (1 + U(-0.1, 0.3)));
    return { cum, prev, mon, monPrev };
  };
  const models = {};
  if (secs.length === 3) {
    models['住宿业'] = mkSec('住宿业'); models['餐饮业'] = mkSec('餐饮业');
    const a = models['住宿业'], b = models['餐饮业'];
    models[secs[0]] = Object.fromEntries(Object.keys(a).map((k) => [k, a[k].map((x, i) => x + b[k][i])]));
  } else models[secs[0]] = mkSec(secs[0]);
  const secTot = {};
  for (const sec of secs) {
    const { cum, prev, mon, monPrev } = models[sec];
    const rows = [[sec === secs[0] && secs.length === 1 ? '营业额' : sec + '营业额', null], ...idx.map((i, j) => [style === 'qz' ? (j === 0 ? '其中：' : '      ') + PARTS[i] : style === 'indent' ? '  ' + PARTS[i] : '（' + '一二三四'[j] + '）' + PARTS[i], i])];
    const cells = [];
    for (const [lab, i] of rows) {
      sb.txt(r, 1, lab); if (unitCol) sb.txt(r, 2, unitName);
      const pick2 = (arr) => (i === null ? sum(arr) : arr[i]);
      const cv = pick2(cum), pv = pick2(prev), mv = pick2(mon), mpv = pick2(monPrev);
      let c = o + 1; const row = {};
      row.mon = sb.putZ(r, c++, rnd(mv, d), d);
      if (withMonthG) {
        row.mprev = sb.putZ(r, c++, rnd(mpv, d), d);
        const gm = rnd((mv / mpv - 1) * 100, gd);
        const gc = sb.put(r, c++, gm, gd);
        if (rnd(mpv, d) > 0) sb.rel('growth', { t: 'growth', cell: gc, cur: row.mon, prev: row.mprev, tol: gTol(rnd(mv, d), rnd(mpv, d), gd, d, true) });
      }
      row.cum = sb.putZ(r, c++, rnd(cv, d), d);
      row.prev = sb.putZ(r, c++, rnd(pv, d), d);
      const gc = sb.put(r, c++, rnd((cv / pv - 1) * 100, gd), gd);
      if (rnd(pv, d) > 0) sb.rel('growth', { t: 'growth', cell: gc, cur: row.cum, prev: row.prev, tol: gTol(rnd(cv, d), rnd(pv, d), gd, d, true) });
      cells.push(row); r++;
    }
    secTot[sec] = cells[0];
    for (const k of Object.keys(cells[0])) {
      if (full) sb.rel('sum', { t: 'sum', total: cells[0][k], parts: cells.slice(1).map((x) => x[k]), tol: half(d) * 5 + 1e-6 });
      else sb.rel('le', { t: 'le', whole: cells[0][k], parts: cells.slice(1).map((x) => x[k]), tol: 0 });
    }
  }
  if (secs.length === 3) for (const k of Object.keys(secTot[secs[0]])) sb.rel('sum', { t: 'sum', total: secTot[secs[0]][k], parts: [secTot['住宿业'][k], secTot['餐饮业'][k]], tol: 3 * half(d) + 1e-6 });
  sb.widths(nc); sb.notes(r);
}

// star hotel model
function starModel(ctx, days) {
  const per = { 五星级: [280, 620, 1.5], 四星级: [180, 380, 1.6], 三星级: [110, 240, 1.7], 二星级: [55, 160, 1.8], 一星级: [30, 110, 1.9] };
  return STARS.map((s) => {
    let n = s === '五星级' ? I(0, 6) : s === '四星级' ? I(2, 18) : s === '三星级' ? I(5, 40) : s === '二星级' ? I(0, 15) : I(0, 3);
    if (s === '一星级' && chance(0.5)) n = 0;
    const rooms = n ? Math.round(n * per[s][0] * U(0.7, 1.3)) : 0;
    const beds = Math.round(rooms * per[s][2] * U(0.9, 1.1));
    const avail = rooms * days;
    const occ = U(0.35, 0.75);
    const sold = Math.round(avail * occ);
    const price = per[s][1] * U(0.8, 1.25);
    const rev = sold * price / 10000; // 万元
    return { s, n, rooms, beds, avail, sold, rev, emp: Math.round(rooms * U(0.6, 1.4)) };
  });
}

// ---------- C: 星级饭店分星级经营情况 ----------
function sheetC(sb, ctx) {
  const days = ctx.month === 12 ? (ctx.year % 4 === 0 ? 366 : 365) : pick([31, 30, 90, 91]);
  const rows = starModel(ctx, days);
  const tot = { s: pick(['合计', '总计', '全市', '星级饭店合计']), n: sum(rows.map((x) => x.n)), rooms: sum(rows.map((x) => x.rooms)), beds: sum(rows.map((x) => x.beds)), avail: sum(rows.map((x) => x.avail)), sold: sum(rows.map((x) => x.sold)), rev: sum(rows.map((x) => x.rev)), tot: true };
  const withBeds = chance(0.6), withNights = chance(0.75), withEmp = chance(0.3);
  const revD = pick([1, 2, 1]);
  const hdr = [pick(['星级', '饭店星级', '项目']), '饭店数（家）', '客房数（间）'];
  if (withBeds) hdr.push('床位数（张）');
  if (withEmp) hdr.push('从业人员（人）');
  if (withNights) hdr.push('实际出租间夜数', '可供出租间夜数');
  hdr.push('客房出租率（%）', '客房收入（万元）', '平均房价（元/间夜）');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + (ctx.month === 12 ? '' : pick(['第' + '一二三四'[I(0, 3)] + '季度', ctx.month + '月'])) + '星级饭店经营情况', null);
  hdr.forEach((h, i) => sb.txt(r, 1 + i, h)); r++;
  const totTop = chance(V(0.75, 0.4));
  const all = totTop ? [tot, ...rows] : [...rows, tot];
  const col = {}; const kp = (k, a, t) => { col[k] = col[k] || { parts: [] }; if (t) col[k].tot = a; else col[k].parts.push(a); };
  const od = pick([1, 2, 1]);
  for (const x of all) {
    sb.txt(r, 1, x.s);
    let c = 2;
    const z = (v, d) => (x.n === 0 ? sb.putZ(r, c++, 0, d) : sb.put(r, c++, v, d));
    kp('n', z(x.n, 0), x.tot); kp('rooms', z(x.rooms, 0), x.tot);
    if (withBeds) kp('beds', z(x.beds, 0), x.tot);
    if (withEmp) { const e = x.tot ? sum(rows.map((q) => q.emp)) : x.emp; kp('emp', z(e, 0), x.tot); }
    let soldC, availC;
    if (withNights) { soldC = z(x.sold, 0); availC = z(x.avail, 0); kp('sold', soldC, x.tot); kp('avail', availC, x.tot); }
    if (x.n === 0) { sb.txt(r, c++, ctx.zero); kp('rev', sb.putZ(r, c++, 0, revD), x.tot); sb.txt(r, c++, ctx.zero); r++; continue; }
    const occC = sb.put(r, c++, rnd(x.sold / x.avail * 100, od), od);
    const revV = rnd(x.rev, revD);
    const revC = sb.put(r, c++, revV, revD); kp('rev', revC, x.tot);
    const pd = chance(0.7) ? 0 : 2;
    const priceC = sb.put(r, c++, rnd(x.rev * 10000 / x.sold, pd), pd);
    if (withNights) {
      sb.rel('rate', { t: 'rate', cell: occC, num: soldC, den: availC, k: 100, tol: half(od) + 1e-6 });
      sb.rel('rate', { t: 'rate', cell: priceC, num: revC, den: soldC, k: 10000, tol: half(pd) + half(revD) * 10000 / x.sold + 1e-6 });
    }
    r++;
  }
  for (const [k, v] of Object.entries(col)) sb.rel('sum', { t: 'sum', total: v.tot, parts: v.parts, tol: k === 'rev' ? half(revD) * 6 + 1e-6 : 0 });
  sb.widths(nc); sb.notes(r, NOTE_HOTEL);
}

// ---------- D: 分月限额以上住宿餐饮业营业额（本月、累计、增速） ----------
function sheetD(sb, ctx) {
  const M = ctx.month === 12 ? 12 : Math.max(3, ctx.month);
  const d = pick([1, 1, 0]);
  const gd = pick([1, 1, 2]);
  const withSplit = chance(0.6), withPrev = chance(0.6);
  const base = U(8000, 60000) / (d === 1 ? 10 : 1);
  const hdr = [pick(['月份', '时间', '时期']), '本月营业额'];
  if (withSplit) hdr.push('其中：住宿业', '餐饮业');
  hdr.push('1-本月累计');
  if (withPrev) hdr.push('上年同期累计');
  hdr.push('累计同比增长(%)');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年分月限额以上住宿和餐饮业营业额', '单位：' + (d === 1 ? '万元' : '千元') + '，%');
  hdr.forEach((h, i) => sb.txt(r, 1 + i, h)); r++;
  const combine12 = chance(V(0.3, 0.6)); // 1-2月 reported together
  let cumRaw = 0, prevRaw = 0, prevCumCell = null;
  for (let mm = 1; mm <= M; mm++) {
    if (combine12 && mm === 1) continue;
    const nm = combine12 && mm === 2 ? 2 : 1;
    const L = base * nm * U(0.3, 0.45) * (1 + (mm >= 7 && mm <= 8 ? 0.2 : 0));
    const C = base * nm * U(0.55, 0.7);
    const mon = L + C;
    cumRaw += mon; prevRaw += mon / (1 + U(-0.05, 0.25));
    sb.txt(r, 1, combine12 && mm === 2 ? '1-2月' : pick([mm + '月', mm + '月份']));
    let c = 2;
    const monV = rnd(L, d) + rnd(C, d);
    const mc = sb.put(r, c++, rnd(mon, d), d);
    if (withSplit) {
      const lc = sb.put(r, c++, rnd(L, d), d), cc = sb.put(r, c++, rnd(C, d), d);
      sb.rel('sum', { t: 'sum', total: mc, parts: [lc, cc], tol: 3 * half(d) + 1e-6 });
    }
    const cumV = rnd(cumRaw, d);
    const cumC = sb.put(r, c++, cumV, d);
    if (prevCumCell) sb.rel('sum', { t: 'sum', total: cumC, parts: [prevCumCell, mc], tol: 3 * half(d) + 1e-6 });
    else sb.rel('sum', { t: 'sum', total: cumC, parts: [mc], tol: 2 * half(d) + 1e-6 });
    prevCumCell = cumC;
    let pc = null; const pv = rnd(prevRaw, d);
    if (withPrev) pc = sb.put(r, c++, pv, d);
    const gc = sb.put(r, c++, rnd((cumRaw / prevRaw - 1) * 100, gd), gd);
    if (pc) sb.rel('growth', { t: 'growth', cell: gc, cur: cumC, prev: pc, tol: gTol(cumV, pv, gd, d, true) });
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// ---------- E: 营业额构成（%）: by 行业小类 or by county, two years, shares and pp ----------
function sheetE(sb, ctx) {
  const byCounty = chance(0.5);
  const items = byCounty ? countyNames(I(4, 10)) : ['住宿业', '  旅游饭店', '  一般旅馆', '  其他住宿业', '餐饮业', '  正餐服务', '  快餐服务', '  饮料及冷饮服务', '  其他餐饮业'];
  const d = pick([1, 1, 0]);
  const sd = pick([1, 2, 1]);
  const withPrev = chance(0.7);
  const hdr = [byCounty ? '地区' : '行业', ctx.year + '年营业额', '构成（%）'];
  if (withPrev) hdr.push((ctx.year - 1) + '年营业额', '构成（%）', pick(['构成增减（百分点）', '比重变化(百分点)', '±百分点']));
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + '限额以上住宿和餐饮业营业额构成', '单位：' + (d === 1 ? '万元' : '千元'));
  if (withPrev && chance(V(0.4, 0.7))) {
    sb.merge(r, 1, r + 1, 1, hdr[0]); sb.merge(r, 2, r, 3, ctx.year + '年'); sb.merge(r, 4, r, 5, (ctx.year - 1) + '年'); sb.merge(r, 6, r + 1, 6, hdr[5]);
    ['营业额', '构成(%)', '营业额', '构成(%)'].forEach((h, i) => sb.txt(r + 1, 2 + i, h)); r += 2;
  } else { hdr.forEach((h, i) => sb.txt(r, 1 + i, h)); r++; }
  // raw values
  let leaves, groups = null;
  if (byCounty) leaves = items.map(() => [U(2000, 40000), 0]).map(([c]) => [c, c / (1 + U(-0.1, 0.3))]);
  else {
    const lodge = U(0.25, 0.45);
    const lw = [U(.4, .6), U(.25, .4), U(.05, .15)], cw = [U(.5, .65), U(.15, .25), U(.05, .1), U(.05, .1)];
    const T = U(20000, 300000);
    const mk = (w, t) => w.map((x) => (x / sum(w)) * t);
    const cur = [...mk(lw, T * lodge), ...mk(cw, T * (1 - lodge))];
    leaves = cur.map((c) => [c, c / (1 + U(-0.1, 0.3))]);
    groups = [[0, [0, 1, 2]], [4, [3, 4, 5, 6]]]; // row idx of group, leaf indices
  }
  const totRaw = [sum(leaves.map((x) => x[0])), sum(leaves.map((x) => x[1]))];
  const totTop = chance(V(0.8, 0.5));
  // rows: [label, rawCur, rawPrev, isTot, leafIdx|null, groupOf]
  let rows = [];
  if (byCounty) rows = items.map((nm, i) => [nm, leaves[i][0], leaves[i][1], false, i]);
  else {
    let li = 0;
    for (const [gi, idxs] of groups) {
      const gname = items[gi];
      rows.push([gname, sum(idxs.map((k) => leaves[k][0])), sum(idxs.map((k) => leaves[k][1])), false, null, idxs]);
      for (const k of idxs) rows.push([items[gi + 1 + idxs.indexOf(k)], leaves[k][0], leaves[k][1], false, k]);
    }
  }
  const totRow = [pick(['合计', '总计', '全市']), totRaw[0], totRaw[1], true, null];
  rows = totTop ? [totRow, ...rows] : [...rows, totRow];
  const cellsBy = [];
  for (const row of rows) {
    const [lab, cR, pR, isTot] = row;
    sb.txt(r, 1, lab);
    const o = { lab, isTot, leaf: row[4], grp: row[5] };
    o.c = sb.put(r, 2, rnd(cR, d), d);
    o.cs = sb.put(r, 3, rnd(cR / totRaw[0] * 100, sd), sd);
    if (withPrev) {
      o.p = sb.put(r, 4, rnd(pR, d), d);
      o.ps = sb.put(r, 5, rnd(pR / totRaw[1] * 100, sd), sd);
      o.pp = sb.put(r, 6, rnd(rnd(cR / totRaw[0] * 100, sd) - rnd(pR / totRaw[1] * 100, sd), sd), sd);
      sb.rel('pp', { t: 'pp', cell: o.pp, cur: o.cs, prev: o.ps, tol: half(sd) * 0.2 + 1e-6 });
    }
    cellsBy.push(o); r++;
  }
  const T = cellsBy.find((x) => x.isTot);
  const tops = byCounty ? cellsBy.filter((x) => !x.isTot) : cellsBy.filter((x) => x.grp);
  const keys = withPrev ? [['c', 'cs'], ['p', 'ps']] : [['c', 'cs']];
  for (const [a, s] of keys) {
    sb.rel('sum', { t: 'sum', total: T[a], parts: tops.map((x) => x[a]), tol: half(d) * (tops.length + 1) + 1e-6 });
    sb.rel('sum', { t: 'sum', total: T[s], parts: tops.map((x) => x[s]), tol: half(sd) * (tops.length + 1) + 1e-6 });
    if (!byCounty) for (const g of tops) {
      const kids = cellsBy.filter((x) => x.leaf !== null && x.leaf !== undefined && g.grp.includes(x.leaf));
      sb.rel('sum', { t: 'sum', total: g[a], parts: kids.map((x) => x[a]), tol: half(d) * (kids.length + 1) + 1e-6 });
    }
    for (const x of cellsBy) if (!x.isTot) sb.rel('share', { t: 'rate', cell: x[s], num: x[a], den: T[a], k: 100, tol: half(sd) + 100 * half(d) / num(sb.vals[T[a]]) * 3 + 1e-6 });
  }
  sb.widths(nc); sb.notes(r);
}

// ---------- F: 历年住宿和餐饮业主要指标 (years as rows) ----------
function sheetF(sb, ctx) {
  const ny = I(5, 10);
  const y0 = ctx.year - ny + 1;
  const d = pick([1, 2]);
  const gd = 1;
  const withUnits = chance(0.7), withParts = chance(0.7), withG = chance(0.8);
  const hdr = [pick(['年份', '年 份', '年度'])];
  if (withUnits) hdr.push('法人企业数（个）');
  hdr.push('营业额（亿元）');
  if (withParts) hdr.push('#客房收入', '#餐费收入');
  if (withG) hdr.push('营业额比上年增长（%）');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + '限额以上住宿和餐饮业主要指标（' + y0 + '-' + ctx.year + '年）', null);
  hdr.forEach((h, i) => sb.txt(r, 1 + i, h)); r++;
  let T = U(5, 80), units = I(50, 400), prevC = null, prevV = null;
  for (let y = y0; y <= ctx.year; y++) {
    const g = y === 2020 ? U(-0.35, -0.15) : y === 2021 ? U(0.1, 0.3) : U(-0.03, 0.15);
    if (y > y0) { T = T * (1 + g); units = Math.max(10, Math.round(units * (1 + U(-0.05, 0.12)))); }
    sb.txt(r, 1, chance(0.5) ? String(y) : y + '年');
    let c = 2;
    if (withUnits) sb.put(r, c++, units, 0);
    const tv = rnd(T, d); const tc = sb.put(r, c++, tv, d);
    if (withParts) {
      const a = sb.put(r, c++, rnd(T * U(0.15, 0.25), d), d), b = sb.put(r, c++, rnd(T * U(0.6, 0.7), d), d);
      sb.rel('le', { t: 'le', whole: tc, parts: [a, b], tol: 0 });
    }
    if (withG) {
      if (prevC) { const gc = sb.put(r, c++, rnd((tv / prevV - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: gc, cur: tc, prev: prevC, tol: half(gd) + 1e-6 }); }
      else sb.txt(r, c++, chance(0.5) ? '' : '—');
    }
    prevC = tc; prevV = tv; r++;
  }
  sb.widths(nc); sb.notes(r, [...NOTE_BIZ, "增长速度按现价计算。"]);
}

// ---------- G: 旅游饭店主要指标 本期 vs 上年同期 with %, 百分点 ----------
function sheetG(sb, ctx) {
  const days = ctx.month === 12 ? 365 : pick([90, 91, 181]);
  const cur = starModel(ctx, days);
  const tc = { n: sum(cur.map((x) => x.n)), rooms: sum(cur.map((x) => x.rooms)), beds: sum(cur.map((x) => x.beds)), avail: sum(cur.map((x) => x.avail)), sold: sum(cur.map((x) => x.sold)), rev: sum(cur.map((x) => x.rev)) };
  const gf = () => 1 + U(-0.08, 0.15);
  const pr = { n: Math.max(1, Math.round(tc.n / (1 + U(-0.1, 0.1)))), rooms: Math.round(tc.rooms / gf()), beds: 0, avail: 0, sold: 0, rev: 0 };
  pr.beds = Math.round(pr.rooms * tc.beds / tc.rooms); pr.avail = pr.rooms * days; pr.sold = Math.round(pr.avail * U(0.35, 0.75)); pr.rev = pr.sold * (tc.rev / tc.sold) * 10000 / gf() / 10000;
  const food = [tc.rev * U(0.6, 1.1), 0]; food[1] = food[0] / gf();
  const other = [tc.rev * U(0.1, 0.3), 0]; other[1] = other[0] / gf();
  const unitCol = chance(V(0.5, 0.8));
  const hdr = [pick(['指标', '指标名称'])];
  if (unitCol) hdr.push('单位');
  hdr.push(pick(['本期', '本年', ctx.year + '年']), pick(['上年同期', '上年', (ctx.year - 1) + '年']), pick(['增减(%)', '比上年增长（%）', '同比±%']));
  const nc = hdr.length, o = hdr.length - 3;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + (ctx.month === 12 ? '' : '上半年') + '星级饭店主要经营指标', null);
  hdr.forEach((h, i) => sb.txt(r, 1 + i, h)); r++;
  const rc = {}; let ppNote = false;
  const row = (key, lab, unit, cv, pv, d, mode) => {
    sb.txt(r, 1, unitCol ? lab : lab + (unit ? '（' + unit + '）' : '')); if (unitCol) sb.txt(r, 2, unit);
    const a = sb.put(r, o + 1, cv, d), b = sb.put(r, o + 2, pv, d);
    if (mode === 'pp') { const p = sb.put(r, o + 3, rnd(cv - pv, d), d); sb.rel('pp', { t: 'pp', cell: p, cur: a, prev: b, tol: half(d) * 0.2 + 1e-6 }); if (!unitCol || chance(0.5)) sb.txt(r, 1, sb.ws.getCell(r, 1).value + pick(['［增减百分点］', '（百分点）'])); else ppNote = true; }
    else { const g = sb.put(r, o + 3, rnd((cv / pv - 1) * 100, 1), 1); sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: gTol(cv, pv, 1, d, false) }); }
    rc[key] = { a, b }; r++;
  };
  const revD = 1;
  row('n', '星级饭店数', '家', tc.n, pr.n, 0);
  row('rooms', '客房数', '间', tc.rooms, pr.rooms, 0);
  if (chance(0.6)) row('beds', '床位数', '张', tc.beds, pr.beds, 0);
  const withNights = chance(0.8);
  if (withNights) { row('sold', '实际出租间夜数', '间夜', tc.sold, pr.sold, 0); row('avail', '可供出租间夜数', '间夜', tc.avail, pr.avail, 0); }
  const R0 = [rnd(tc.rev + food[0] + other[0], revD), rnd(pr.rev + food[1] + other[1], revD)];
  const withParts = chance(0.7);
  if (withParts) {
    row('inc', '营业收入', '万元', R0[0], R0[1], revD);
    const lab = pick(['其中：', '  #']);
    row('rev', lab + '客房收入', '万元', rnd(tc.rev, revD), rnd(pr.rev, revD), revD);
    row('food', (lab === '其中：' ? '      ' : '  #') + '餐饮收入', '万元', rnd(food[0], revD), rnd(food[1], revD), revD);
    for (const k of ['a', 'b']) sb.rel('le', { t: 'le', whole: rc.inc[k], parts: [rc.rev[k], rc.food[k]], tol: 0 });
  } else row('rev', '客房收入', '万元', rnd(tc.rev, revD), rnd(pr.rev, revD), revD);
  const od = pick([1, 2]);
  row('occ', '平均客房出租率', '%', rnd(tc.sold / tc.avail * 100, od), rnd(pr.sold / pr.avail * 100, od), od, 'pp');
  row('price', '平均房价', '元/间夜', rnd(tc.rev * 10000 / tc.sold, 0), rnd(pr.rev * 10000 / pr.sold, 0), 0);
  if (withNights) for (const k of ['a', 'b']) {
    const so = k === 'a' ? tc.sold : pr.sold;
    sb.rel('rate', { t: 'rate', cell: rc.occ[k], num: rc.sold[k], den: rc.avail[k], k: 100, tol: half(od) + 1e-6 });
    sb.rel('rate', { t: 'rate', cell: rc.price[k], num: rc.rev[k], den: rc.sold[k], k: 10000, tol: 0.5 + half(revD) * 10000 / so + 1e-6 });
  }
  sb.widths(nc); sb.notes(r, NOTE_HOTEL, ppNote ? pick(['注：平均客房出租率的增减为百分点。', '注：客房出租率一行增减单位为百分点。']) : null);
}

// ---------- H: 分县星级饭店 (counties as columns) ----------
function sheetH(sb, ctx) {
  const names = countyNames(I(3, 7));
  const days = ctx.month === 12 ? 365 : 90;
  const regs = names.map(() => {
    const rooms = I(80, 3000), n = Math.max(1, Math.round(rooms / U(80, 200)));
    const avail = rooms * days, sold = Math.round(avail * U(0.3, 0.75)), rev = sold * U(150, 450) / 10000;
    return { n, rooms, avail, sold, rev };
  });
  const t = {}; for (const k of ['n', 'rooms', 'avail', 'sold', 'rev']) t[k] = sum(regs.map((x) => x[k]));
  const totFirst = chance(V(0.7, 0.4));
  const cols = totFirst ? [[pick(['全市', '合计']), t, true], ...names.map((nm, i) => [nm, regs[i]])] : [...names.map((nm, i) => [nm, regs[i]]), [pick(['全市', '合计']), t, true]];
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年分县（市、区）星级饭店经营情况', null);
  sb.txt(r, 1, pick(['指标', '项目'])); cols.forEach(([nm], i) => sb.txt(r, 2 + i, nm)); r++;
  const labs = ['饭店数（家）', '客房数（间）', '可供出租间夜数（间夜）', '实际出租间夜数（间夜）', '客房出租率（%）', '客房收入（万元）', '平均房价（元/间夜）'];
  labs.forEach((l, i) => sb.txt(r + i, 1, l));
  const cc = {};
  cols.forEach(([nm, x, isT], j) => {
    const c = 2 + j;
    const a = [sb.put(r, c, x.n, 0), sb.put(r + 1, c, x.rooms, 0), sb.put(r + 2, c, x.avail, 0), sb.put(r + 3, c, x.sold, 0)];
    const occ = sb.put(r + 4, c, rnd(x.sold / x.avail * 100, 1), 1);
    const rev = sb.put(r + 5, c, rnd(x.rev, 1), 1);
    const price = sb.put(r + 6, c, rnd(x.rev * 10000 / x.sold, 0), 0);
    sb.rel('rate', { t: 'rate', cell: occ, num: a[3], den: a[2], k: 100, tol: 0.05 + 1e-6 });
    sb.rel('rate', { t: 'rate', cell: price, num: rev, den: a[3], k: 10000, tol: 0.5 + 0.05 * 10000 / x.sold + 1e-6 });
    [...a, rev].forEach((q, i) => { cc[i] = cc[i] || { parts: [] }; if (isT) cc[i].tot = q; else cc[i].parts.push(q); });
  });
  for (const [i, v] of Object.entries(cc)) sb.rel('sum', { t: 'sum', total: v.tot, parts: v.parts, tol: i === '4' ? 0.05 * (v.parts.length + 1) + 1e-6 : 0 });
  r += labs.length;
  sb.widths(nc); sb.notes(r, NOTE_HOTEL);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH };
const WEIGHTS0 = { A: 3, B: 3, C: 3, D: 2, E: 2, F: 2, G: 2, H: 1 };
const WEIGHTS1 = { A: 2, B: 2, C: 2, D: 3, E: 3, F: 2, G: 3, H: 3 };
const SHEETNAMES = { A: ['分县营业额', '县区', '表1', 'Sheet1'], B: ['营业额构成', '住餐月报', '表2'], C: ['星级饭店', '分星级', '表3'], D: ['分月', '月度数据', '表4'], E: ['构成', '行业构成', '表5'], F: ['历年', '主要年份', '表6'], G: ['旅游饭店', '饭店指标', '表7'], H: ['分县饭店', '表8', '县区饭店'] };
function pickTypes(n) {
  const w = variant ? WEIGHTS1 : WEIGHTS0; const out = [];
  while (out.length < n) { const ks = Object.keys(w).filter((k) => !out.includes(k)); const tot = sum(ks.map((k) => w[k])); let x = R() * tot; for (const k of ks) { x -= w[k]; if (x <= 0) { out.push(k); break; } } }
  return out;
}

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'share', 'growth', 'pp'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum' && rel.parts.length > 1) out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum' && rel.parts.length > 1) for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'part' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.kind === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'share' && rel.kind === 'share') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.kind === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.kind === 'pp') out.push([sb, rel, rel.cell]);
  }
  return out.filter(([sb, rel]) => !(rel.t === 'sum' && Math.abs(num(sb.vals[rel.total]) - 100) < 1e-9));
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 25; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta) continue;
    const was = num(sb.vals[addr]);
    if (!was) continue;
    const sgn = chance(0.5) ? 1 : -1;
    let now;
    if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(0.08, 0.3)), meta.d);
    else if (kind === 'rate') now = rel.k === 10000 ? rnd(was * (1 + sgn * U(0.15, 0.3)), meta.d) : rnd(was + sgn * U(5, 12), meta.d);
    else if (kind === 'share') now = rnd(Math.max(0.3, was + sgn * U(2, 5)), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1.5, 4), meta.d);
    if (now === was || now <= 0 && kind !== 'growth' && kind !== 'pp') continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const broken = sb.rels.filter((q) => { const e = evalRel(q, (a) => sb.vals[a]); return e !== null && e > 1e-9; });
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, half(meta.d) * 4)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind, broken: broken.length };
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
    for (let attempt = 0; attempt < 20 && !done; attempt++) {
      R = mulberry(seed * 7919 + b * 104729 + variant * 31 + attempt * 7);
      const ctx = { year: I(2015, 2024), month: pick([3, 6, 9, 12, 12, I(2, 12)]), city: cityName(), textP: chance(V(0.25, 0.5)) ? U(0.05, 0.4) : 0, thousands: chance(0.3), zero: pick(['-', '-', '—', '']) };
      const wb = new ExcelJS.Workbook();
      const tkeys = pickTypes(I(1, variant ? 4 : 3));
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
        if (ex === null && rel.t !== 'growth' && rel.t !== 'rate') throw new Error('unevaluable ' + JSON.stringify(rel));
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 18 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels)));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, plants: plants.map(({ broken, ...p }) => p) });
      done = true;
    }
    if (!done) throw new Error('could not build book ' + b);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
