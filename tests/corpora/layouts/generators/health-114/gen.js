// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Yearbook-style 妇幼保健与疾病控制 workbooks into /tmp/round114b/SET, relations into rel/<file>.json, manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round114b';
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
const V = (p) => (variant ? Math.min(0.9, p * 2) : p); // less common layouts more often in variant 1

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function names(n, suf) {
  const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + (suf || pick(['县', '县', '区', '市'])));
  return [...s];
}
const cityName = () => pick(CH1) + pick(CH2) + '市';
// Poisson-ish small count
function pois(lam) { if (lam > 30) return Math.max(0, Math.round(lam + Math.sqrt(lam) * (R() + R() + R() - 1.5) * 2)); let L = Math.exp(-lam), k = 0, p = 1; do { k++; p *= R(); } while (p > L); return k - 1; }

// ---------- regions: flat counties or cities with districts ----------
// returns rows: [{nm, level, tot?, kids?: [idx]}] ; leaves carry data; aggregates summed later
function regionRows(ctx, nMin, nMax) {
  const hier = chance(V(0.2));
  INDENT = pick(['  ', '　　', '    ']);
  const rows = [];
  const totName = hier ? pick(['全省', '全省合计', '总计']) : pick(['全市', '合计', '全市合计', ctx.city, '总计']);
  rows.push({ nm: totName, level: 0, tot: true, kids: [] });
  if (hier) {
    const cs = names(I(3, 5), '市');
    for (const c of cs) {
      const ci = rows.length; rows.push({ nm: c, level: 1, kids: [] }); rows[0].kids.push(ci);
      const ds = names(I(2, 4), null);
      for (const d of ds) { rows[ci].kids.push(rows.length); rows.push({ nm: d, level: 2, leaf: true }); }
    }
  } else {
    for (const d of names(I(nMin, nMax))) { rows[0].kids.push(rows.length); rows.push({ nm: d, level: 1, leaf: true }); }
  }
  return { rows, hier };
}
// aggregate numeric fields bottom-up
function aggregate(rows, fields) {
  const go = (i) => { const r = rows[i]; if (r.leaf) return; r.kids.forEach(go); for (const f of fields) r[f] = r.kids.reduce((a, k) => a + rows[k][f], 0); };
  go(0);
}
// display order: total top or bottom; label indent by level
function orderRows(rows, totTop, hier) {
  const order = [];
  const walk = (i) => { order.push(i); if (!rows[i].leaf && i !== 0) rows[i].kids.forEach(walk); };
  rows[0].kids.forEach(walk);
  return totTop ? [0, ...order] : [...order, 0];
}
let INDENT = '  ';
function rowLabel(row, hier) {
  if (row.tot) return row.nm;
  if (hier && row.level === 2) return INDENT + row.nm;
  return row.nm;
}

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zero) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && zero !== undefined) { // publish zero as '-' or blank
      if (zero !== '') { cell.value = zero; this.vals[cell.address] = zero; }
      cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d, text: true, zero: true };
      return cell.address;
    }
    const asText = chance(this.ctx.textP);
    const val = asText ? (this.ctx.thousands && d === 0 && v >= 1000 && chance(0.5) ? v.toLocaleString('en-US') : v.toFixed(d)) : v;
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
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '']) + I(1, 20) + '-' + I(1, 30)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit && chance(0.7)) {
      if (chance(0.5)) this.txt(r, ncol, unit); else this.txt(r, 1, unit);
      r++;
    }
    return r;
  }
  notes(r, extra, only) {
    r++;
    const pool = only ? [] : ['注：孕产妇死亡率单位为1/10万，婴儿死亡率、5岁以下儿童死亡率单位为‰。', '说明：1.本表数据来源于妇幼卫生年报。2.住院分娩率=住院分娩活产数/活产数×100%。',
      '注：发病率、死亡率按年平均常住人口计算。', '资料来源：市卫生健康委员会', '注：“-”表示无病例报告。', '填表说明：本表由县级妇幼保健机构填报，数据截至当年12月31日。',
      '注：低出生体重儿指出生体重低于2500克的活产儿。'];
    if (extra) pool.push(...extra);
    const k = I(0, 2);
    for (const s of shuffle(pool).slice(0, k)) { this.txt(r, 1, s); r++; }
    if (chance(0.4)) { this.txt(r, 1, '填报单位：' + this.ctx.city + pick(['卫生健康委员会', '疾病预防控制中心', '妇幼保健院']) + '    填报人：' + pick(['张伟', '李娜', '王芳', '刘洋']) + '    填报日期：' + (this.ctx.year + 1) + '年' + I(1, 3) + '月' + I(1, 28) + '日'); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 24; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}
const rateTol = (d) => 0.5 * Math.pow(10, -d) + 1e-6;
const zeroMark = () => pick(['-', '-', '', '—', undefined]);

// ---------- health model per county ----------
function mchCounty() {
  const pop = U(15, 110); // 万人
  const births = Math.round(pop * 1e4 * U(0.006, 0.011));
  const hosp = births - Math.min(births, pois(births * U(0, 0.002)));
  const md = pois(births * U(6, 18) / 1e5);
  const imr = U(1.8, 6.5), u5x = U(0.4, 2.2);
  const inf = pois(births * imr / 1000);
  const u5 = inf + pois(births * u5x / 1000);
  const lbw = pois(births * U(0.022, 0.042));
  const male = Math.round(births * U(0.515, 0.535));
  const cs = Math.round(births * U(0.3, 0.48));
  return { pop, births, hosp, md, inf, u5, lbw, male, female: births - male, cs };
}

// T1: 分县妇幼卫生主要指标 (counts + rates, 2-row merged header or 1-row)
function sheetMCH(sb, ctx) {
  const { rows, hier } = regionRows(ctx, 5, 12);
  rows.forEach((r) => { if (r.leaf) Object.assign(r, mchCounty()); });
  aggregate(rows, ['births', 'hosp', 'md', 'inf', 'u5', 'lbw']);
  const groups = [
    { h: '住院分娩', cnt: 'hosp', cntH: '住院分娩活产数', rH: '住院分娩率(%)', k: 100, d: 2, unit: '%' },
    { h: '孕产妇死亡', cnt: 'md', cntH: '死亡数（人）', rH: '死亡率（1/10万）', k: 1e5, d: 2 },
    { h: '婴儿死亡', cnt: 'inf', cntH: '死亡数（人）', rH: '死亡率（‰）', k: 1000, d: 2 },
    { h: '5岁以下儿童死亡', cnt: 'u5', cntH: '死亡数（人）', rH: '死亡率（‰）', k: 1000, d: 2 },
    { h: '低出生体重', cnt: 'lbw', cntH: '低出生体重儿数', rH: '低出生体重率(%)', k: 100, d: 2 },
  ].filter((g, i) => i === 1 || chance(0.7));
  const two = chance(0.65);
  const nc = 2 + groups.length * 2;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['各县（市、区）妇幼卫生主要指标', '分地区孕产妇及儿童死亡情况', '妇幼保健工作主要指标']), (chance(V(0.15)) ? '计量单位：人' : pick(['单位：人、%、‰、1/10万', '计量单位：人，%，‰，1/10万'])));
  const zm = zeroMark();
  if (two) {
    sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）', '单位'])); sb.merge(r, 2, r + 1, 2, pick(['活产数（人）', '活产数']));
    groups.forEach((g, i) => { sb.merge(r, 3 + 2 * i, r, 4 + 2 * i, g.h); sb.txt(r + 1, 3 + 2 * i, g.cntH); sb.txt(r + 1, 4 + 2 * i, g.rH.replace(/^.*?(率)/, '$1')); });
    r += 2;
  } else {
    sb.txt(r, 1, '地区'); sb.txt(r, 2, '活产数');
    groups.forEach((g, i) => { sb.txt(r, 3 + 2 * i, g.h === '住院分娩' || g.h === '低出生体重' ? g.cntH : g.h + '数'); sb.txt(r, 4 + 2 * i, g.h === '住院分娩' || g.h === '低出生体重' ? g.rH : g.h + '率' + (g.k === 1e5 ? '(1/10万)' : '(‰)')); });
    r++;
  }
  const ord = orderRows(rows, chance(0.6), hier);
  const cellOf = {};
  for (const i of ord) {
    const x = rows[i]; cellOf[i] = {};
    sb.txt(r, 1, rowLabel(x, hier));
    cellOf[i].births = sb.put(r, 2, x.births, 0);
    groups.forEach((g, j) => {
      const v = x[g.cnt];
      const cc = sb.put(r, 3 + 2 * j, v, 0, g.cnt === 'hosp' ? undefined : zm);
      const rv = rnd(v / x.births * g.k, g.d);
      const rc = sb.put(r, 4 + 2 * j, rv, g.d, g.cnt === 'hosp' ? undefined : zm);
      cellOf[i][g.cnt] = cc;
      sb.rel('rate', { t: 'rate', cell: rc, num: cc, den: cellOf[i].births, k: g.k, tol: rateTol(g.d) });
      if (g.cnt === 'hosp') sb.rel('le', { t: 'le', whole: cellOf[i].births, parts: [cc], tol: 0 });
    });
    if (cellOf[i].inf && cellOf[i].u5) sb.rel('le', { t: 'le', whole: cellOf[i].u5, parts: [cellOf[i].inf], tol: 0 });
    r++;
  }
  for (const [i, x] of rows.entries()) if (!x.leaf) {
    for (const f of ['births', ...groups.map((g) => g.cnt)]) sb.rel('sum', { t: 'sum', total: cellOf[i][f], parts: x.kids.map((k) => cellOf[k][f]), tol: 0 });
  }
  sb.widths(nc); sb.notes(r);
}

// T2: 历年妇幼卫生主要指标 (years as rows, births growth, rates with counts)
function sheetYears(sb, ctx) {
  const n = I(5, 11);
  const y0 = ctx.year - n + 1;
  let births = Math.round(U(20000, 90000));
  const withG = chance(0.7), withMD = chance(0.8), withInf = chance(0.7), withHosp = chance(0.6);
  const hdr = ['年份', '活产数（人）'];
  if (withG) hdr.push(pick(['比上年增长(%)', '活产数增长(%)', '增减(%)']));
  if (withHosp) hdr.push('住院分娩数（人）', '住院分娩率(%)');
  if (withMD) hdr.push('孕产妇死亡数（人）', '孕产妇死亡率(1/10万)');
  if (withInf) hdr.push('婴儿死亡数（人）', '婴儿死亡率(‰)');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + pick(['历年妇幼卫生主要指标', '主要年份孕产妇和婴儿死亡情况', '妇幼健康主要指标（' + y0 + '—' + ctx.year + '年）']));
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  if (chance(V(0.25))) { // unit row
    hdr.forEach((h, i) => sb.txt(r, i + 1, i === 0 ? '' : /率\(%\)|增长|增减/.test(h) ? '%' : /10万/.test(h) ? '1/10万' : /‰/.test(h) ? '‰' : '人'));
    hdr.forEach((h, i) => { if (i) sb.txt(r - 1, i + 1, h.replace(/（人）|\(%\)|\(1\/10万\)|\(‰\)/, '')); });
    r++;
  }
  const gd = pick([1, 2]);
  let prevCell = null, prevV = null;
  const yrs = [];
  for (let k = 0; k < n; k++) yrs.push(y0 + k);
  const desc = chance(V(0.2));
  const rowsData = yrs.map((y) => { const b = births; births = Math.round(births * U(0.86, 1.06)); return { y, b }; });
  const seq = desc ? rowsData.slice().reverse() : rowsData;
  const cellByYear = {};
  for (const { y, b } of seq) {
    sb.txt(r, 1, pick([String(y), y + '年', String(y)]));
    let c = 2;
    const bc = sb.put(r, c++, b, 0); cellByYear[y] = { bc, b, r };
    if (withG) c++;
    if (withHosp) { const h = b - pois(b * U(0, 0.003)); const hc = sb.put(r, c++, h, 0); const rc = sb.put(r, c++, rnd(h / b * 100, 2), 2); sb.rel('rate', { t: 'rate', cell: rc, num: hc, den: bc, k: 100, tol: rateTol(2) }); sb.rel('le', { t: 'le', whole: bc, parts: [hc], tol: 0 }); }
    if (withMD) { const m = pois(b * U(6, 20) / 1e5); const mc = sb.put(r, c++, m, 0); const rc = sb.put(r, c++, rnd(m / b * 1e5, 2), 2); sb.rel('rate', { t: 'rate', cell: rc, num: mc, den: bc, k: 1e5, tol: rateTol(2) }); }
    if (withInf) { const m = pois(b * U(2, 7) / 1e3); const mc = sb.put(r, c++, m, 0); const rc = sb.put(r, c++, rnd(m / b * 1e3, 2), 2); sb.rel('rate', { t: 'rate', cell: rc, num: mc, den: bc, k: 1000, tol: rateTol(2) }); }
    r++;
  }
  if (withG) for (const { y, b } of seq) {
    const p = cellByYear[y - 1];
    if (!p) { sb.txt(cellByYear[y].r, 3, pick(['', '—', '-'])); continue; }
    const gc = sb.put(cellByYear[y].r, 3, rnd((b / p.b - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: gc, cur: cellByYear[y].bc, prev: p.bc, tol: rateTol(gd) });
  }
  sb.widths(nc); sb.notes(r);
}

// ---------- infectious disease model ----------
const DIS = {
  甲类: [['鼠疫', 0, 0], ['霍乱', 0, 0.02]],
  乙类: [['病毒性肝炎', 60, 1], ['肺结核', 45, 0.3], ['梅毒', 35, 0], ['淋病', 8, 0], ['细菌性和阿米巴性痢疾', 3, 0], ['艾滋病', 4, 1.5], ['布鲁氏菌病', 2, 0], ['猩红热', 3, 0], ['百日咳', 1.5, 0], ['登革热', 0.3, 0]],
  丙类: [['流行性感冒', 150, 0.01], ['其他感染性腹泻病', 80, 0], ['手足口病', 70, 0.005], ['流行性腮腺炎', 8, 0], ['急性出血性结膜炎', 1, 0]],
};
// T3: 法定传染病分病种发病死亡 (class rows with 其中 diseases), rates per 10万 from population; rate of class = sum of disease rates when full
function sheetDisease(sb, ctx) {
  const pop = rnd(U(80, 900), 2); // 万人
  const twoYear = chance(V(0.3));
  const withDeath = !twoYear && chance(0.7);
  const hdr = twoYear ? ['病名', ctx.year + '年发病数', ctx.year + '年发病率(1/10万)', (ctx.year - 1) + '年发病数', (ctx.year - 1) + '年发病率(1/10万)', pick(['发病率增减(%)', '发病率比上年增减(%)'])]
    : ['病名', '发病数（例）', '发病率（1/10万）'].concat(withDeath ? ['死亡数（人）', '死亡率（1/10万）'] : []);
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['法定传染病发病及死亡情况', '甲乙丙类法定传染病报告发病情况', '法定报告传染病疫情']), pick(['单位：例、1/10万', '']));
  if (twoYear && chance(0.6)) {
    sb.merge(r, 1, r + 1, 1, pick(['病名', '病种'])); sb.merge(r, 2, r, 3, ctx.year + '年'); sb.merge(r, 4, r, 5, (ctx.year - 1) + '年'); sb.merge(r, 6, r + 1, 6, hdr[5]);
    ['发病数', '发病率', '发病数', '发病率'].forEach((h, i) => sb.txt(r + 1, 2 + i, h)); r += 2;
  } else { hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const zm = zeroMark();
  const popPrev = rnd(pop * U(0.98, 1.01), 2);
  const classes = ['甲类', '乙类', '丙类'];
  const totRow = r; sb.txt(r, 1, pick(['合计', '甲乙丙类合计', '总计', '法定传染病合计'])); r++;
  const gd = pick([1, 2]);
  const write = (row, lab, cases, deaths, casesP) => {
    sb.txt(row, 1, lab);
    const o = {};
    o.c = sb.put(row, 2, cases, 0, zm);
    o.cv = cases; o.rv = rnd(cases / pop / 1e4 * 1e5, 2);
    o.r = sb.put(row, 3, o.rv, 2, zm);
    if (withDeath) { o.d = sb.put(row, 4, deaths, 0, zm); o.dv = deaths; o.drv = rnd(deaths / pop * 10, 2); o.dr = sb.put(row, 5, o.drv, 2, zm); }
    if (twoYear) {
      o.cp = sb.put(row, 4, casesP, 0, zm); o.rpv = rnd(casesP / popPrev * 10, 2); o.rp = sb.put(row, 5, o.rpv, 2, zm);
      if (o.rpv > 0) { const g = sb.put(row, 6, rnd((o.rv / o.rpv - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: o.r, prev: o.rp, tol: rateTol(gd) + 100 * (0.005 / o.rv + 0.005 / o.rpv) * (o.rv / o.rpv) }); }
      else sb.txt(row, 6, pick(['-', '—', '']));
    }
    return o;
  };
  const clsCells = []; let tc = 0, td = 0, tcp = 0;
  const clSuf = pick(['传染病', '', '传染病小计', '小计']);
  const subStyle = pick(['indent', 'qz', 'mixed']);
  const clsObjs = [];
  for (const cl of classes) {
    const full = cl === '甲类' ? subStyle !== 'qz' : subStyle === 'indent' ? true : subStyle === 'qz' ? false : chance(0.5);
    const dis = DIS[cl].map(([nm, inc, cfr]) => { const c = inc === 0 ? 0 : pois(pop * inc * U(0.4, 1.6) / 10); const d = Math.min(c, pois(c * cfr / 100 * U(0.5, 1.5))); const cp = inc === 0 ? 0 : pois(pop * inc * U(0.4, 1.6) / 10); return { nm, c, d, cp }; });
    // 其中 list: only the larger ones when not full
    const shown = full ? dis : dis.filter((x, i) => i < I(2, 4));
    const ccase = dis.reduce((a, x) => a + x.c, 0), cd = dis.reduce((a, x) => a + x.d, 0), ccp = dis.reduce((a, x) => a + x.cp, 0);
    const clRow = r; r++;
    const cl_ = write(clRow, cl + clSuf, ccase, cd, ccp);
    const sub = shown.map((x, i) => { const o = write(r, (full ? '  ' : (i === 0 ? '其中：' : '      ')) + x.nm, x.c, x.d, x.cp); r++; return o; });
    const rels = [['c', 0], ['r', 0.005 * sub.length + 1e-6]];
    if (withDeath) rels.push(['d', 0], ['dr', 0.005 * sub.length + 1e-6]);
    if (twoYear) rels.push(['cp', 0], ['rp', 0.005 * sub.length + 1e-6]);
    for (const [k, tol] of rels) {
      if (full) sb.rel('sum', { t: 'sum', total: cl_[k], parts: sub.map((o) => o[k]), tol });
      else sb.rel('le', { t: 'le', whole: cl_[k], parts: sub.map((o) => o[k]), tol });
    }
    clsObjs.push(cl_);
    tc += ccase; td += cd; tcp += ccp;
  }
  const t = write(totRow, sb.vals[sb.a(totRow, 1)], tc, td, tcp);
  const rels = [['c', 0], ['r', 0.015 + 1e-6]];
  if (withDeath) rels.push(['d', 0], ['dr', 0.015 + 1e-6]);
  if (twoYear) rels.push(['cp', 0], ['rp', 0.015 + 1e-6]);
  for (const [k, tol] of rels) sb.rel('sum', { t: 'sum', total: t[k], parts: clsObjs.map((o) => o[k]), tol });
  sb.widths(nc); sb.notes(r, ['注：本年度年平均常住人口' + pop.toFixed(2) + '万人。', '注：甲类传染病为鼠疫、霍乱；乙类、丙类仅列主要病种。', '注：发病率、死亡率按年平均常住人口计算。', '资料来源：市疾病预防控制中心', '注：“-”表示无病例报告。'], true);
}

// T4: 分县法定传染病报告 (pop column in 万人, rate k=10)
function sheetDisRegion(sb, ctx) {
  const { rows, hier } = regionRows(ctx, 5, 12);
  const withBing = chance(0.6), withDeath = chance(0.6);
  rows.forEach((x) => { if (x.leaf) { x.pop = rnd(U(12, 120), 2); x.c = pois(x.pop * U(150, 350) / 10); x.d = pois(x.c * U(0.001, 0.004)); x.b = pois(x.pop * U(200, 600) / 10); } });
  aggregate(rows, ['pop', 'c', 'd', 'b']);
  rows.forEach((x) => { x.pop = rnd(x.pop, 2); });
  const cols = [['pop', '常住人口（万人）', 2]];
  const groups = [['甲乙类', 'c', 'd']];
  let nc = 2 + 2 + (withDeath ? 2 : 0) + (withBing ? 2 : 0);
  let r = sb.title(nc, ctx.year + '年' + pick(['各县（市、区）法定传染病报告发病情况', '分地区甲乙丙类传染病发病率']), pick(['单位：例、1/10万', '']));
  const two = chance(0.6);
  if (two) {
    sb.merge(r, 1, r + 1, 1, '地区'); sb.merge(r, 2, r + 1, 2, pick(['常住人口（万人）', '年平均人口(万人)']));
    let c = 3; sb.merge(r, c, r, c + (withDeath ? 3 : 1), '甲乙类传染病');
    ['发病数', '发病率', ...(withDeath ? ['死亡数', '死亡率'] : [])].forEach((h, i) => sb.txt(r + 1, c + i, h)); c += withDeath ? 4 : 2;
    if (withBing) { sb.merge(r, c, r, c + 1, '丙类传染病'); sb.txt(r + 1, c, '发病数'); sb.txt(r + 1, c + 1, '发病率'); }
    r += 2;
  } else {
    ['地区', '常住人口（万人）', '甲乙类发病数', '甲乙类发病率(1/10万)', ...(withDeath ? ['甲乙类死亡数', '甲乙类死亡率(1/10万)'] : []), ...(withBing ? ['丙类发病数', '丙类发病率(1/10万)'] : [])].forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  }
  const zm = zeroMark();
  const ord = orderRows(rows, chance(0.6), hier);
  const cellOf = {};
  for (const i of ord) {
    const x = rows[i]; const o = cellOf[i] = {};
    sb.txt(r, 1, rowLabel(x, hier));
    o.pop = sb.put(r, 2, x.pop, 2);
    let c = 3;
    const pr = (f, zmk) => { o[f] = sb.put(r, c, x[f], 0, zmk); const rc = sb.put(r, c + 1, rnd(x[f] / x.pop * 10, 2), 2, zmk); sb.rel('rate', { t: 'rate', cell: rc, num: o[f], den: o.pop, k: 10, tol: rateTol(2) }); c += 2; };
    pr('c'); if (withDeath) pr('d', zm); if (withBing) pr('b');
    r++;
  }
  for (const [i, x] of rows.entries()) if (!x.leaf) {
    for (const f of ['c', ...(withDeath ? ['d'] : []), ...(withBing ? ['b'] : [])]) sb.rel('sum', { t: 'sum', total: cellOf[i][f], parts: x.kids.map((k) => cellOf[k][f]), tol: 0 });
    sb.rel('sum', { t: 'sum', total: cellOf[i].pop, parts: x.kids.map((k) => cellOf[k].pop), tol: 0.005 * x.kids.length + 1e-6 });
  }
  sb.widths(nc); sb.notes(r, ['注：发病率、死亡率按年平均常住人口计算。', '资料来源：市疾病预防控制中心', '注：“-”表示无病例报告。', '注：甲乙类不含新型冠状病毒感染。'], true);
}

// T5: 主要指标 本年/上年/增减 (counts growth %, % rates in 百分点, per-mille/10万 rates growth %)
function sheetTwoPeriod(sb, ctx) {
  const unitCol = chance(0.5);
  const hdr = [pick(['指标', '指标名称', '项目']), pick([ctx.year + '年', '本年']), pick([(ctx.year - 1) + '年', '上年']), pick(['比上年增减(%、百分点)', '增减', '比上年±'])];
  if (unitCol) hdr.splice(1, 0, pick(['单位', '计量单位']));
  const o = unitCol ? 1 : 0, nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年妇幼健康和疾病预防控制主要指标');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const gd = pick([1, 2]);
  const c = mchCounty();
  const sc = U(5, 15);
  for (const k of ['births', 'hosp', 'md', 'inf', 'u5', 'lbw']) c[k] = Math.round(c[k] * sc);
  c.hosp = Math.min(c.hosp, c.births);
  const p = { births: Math.round(c.births * U(0.9, 1.12)) };
  p.hosp = p.births - pois(p.births * U(0, 0.003)); p.md = pois(p.births * U(6, 18) / 1e5); p.inf = Math.round(p.births * c.inf / c.births * U(0.8, 1.2)); p.u5 = Math.round(p.inf * c.u5 / Math.max(1, c.inf) * U(0.95, 1.05)); p.lbw = Math.round(p.births * c.lbw / c.births * U(0.9, 1.1));
  for (const q of [c, p]) for (const k of ['md', 'inf', 'lbw']) q[k] = Math.max(q[k], 1 + I(0, 3));
  if (c.u5 < c.inf) c.u5 = c.inf + 3; if (p.u5 < p.inf) p.u5 = p.inf + 3;
  const rows = {};
  const row = (lab, unit, cv, pv, d, chg) => {
    sb.txt(r, 1, lab); if (unitCol) sb.txt(r, 2, unit);
    const a = sb.put(r, 2 + o, cv, d), b = sb.put(r, 3 + o, pv, d);
    if (chg === 'g') { const g = sb.put(r, 4 + o, rnd((cv / pv - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: rateTol(gd) + (d ? 100 * (0.5 * Math.pow(10, -d)) * (1 / cv + 1 / pv) * (cv / pv) : 0) }); }
    else if (chg === 'pp') { const g = sb.put(r, 4 + o, rnd(cv - pv, d), d); sb.rel('pp', { t: 'pp', cell: g, cur: a, prev: b, tol: rateTol(d) }); }
    else sb.txt(r, 4 + o, '—');
    r++; return { a, b, cv, pv };
  };
  const pre = (s) => (unitCol ? s : s);
  const qz = chance(0.5);
  const B = row(unitCol ? '活产数' : '活产数（人）', '人', c.births, p.births, 0, 'g');
  const rate = (lab, unit, k, d, f, chg) => {
    const cnt = row((f === 'hosp' && qz ? '其中：' : '') + lab[0] + (unitCol ? '' : '（人）'), '人', c[f], p[f], 0, 'g');
    const cv = rnd(c[f] / c.births * k, d), pv = rnd(p[f] / p.births * k, d);
    const rr = row(lab[1] + (unitCol ? '' : '（' + unit + '）'), unit, cv, pv, d, chg);
    sb.rel('rate', { t: 'rate', cell: rr.a, num: cnt.a, den: B.a, k, tol: rateTol(d) });
    sb.rel('rate', { t: 'rate', cell: rr.b, num: cnt.b, den: B.b, k, tol: rateTol(d) });
    return cnt;
  };
  const h = rate(['住院分娩活产数', '住院分娩率'], '%', 100, 2, 'hosp', 'pp');
  sb.rel('le', { t: 'le', whole: B.a, parts: [h.a], tol: 0 }); sb.rel('le', { t: 'le', whole: B.b, parts: [h.b], tol: 0 });
  if (chance(0.8)) rate(['孕产妇死亡数', '孕产妇死亡率'], '1/10万', 1e5, 2, 'md', pick(['g', 'n']));
  if (chance(0.8)) rate(['婴儿死亡数', '婴儿死亡率'], '‰', 1000, 2, 'inf', pick(['g', 'n']));
  if (chance(0.6)) rate(['低出生体重儿数', '低出生体重率'], '%', 100, 2, 'lbw', 'pp');
  if (chance(0.7)) { // vaccination rate
    const dueC = Math.round(c.births * U(0.95, 1.05)), dueP = Math.round(dueC * p.births / c.births * U(0.98, 1.02));
    const dC = row('国家免疫规划疫苗应种剂次', '剂次', dueC * 10, dueP * 10, 0, 'g');
    const aC = Math.round(dueC * 10 * U(0.97, 0.995)), aP = Math.round(dueP * 10 * U(0.97, 0.995));
    const ac = row('国家免疫规划疫苗实种剂次', '剂次', aC, aP, 0, 'g');
    const rr = row('国家免疫规划疫苗接种率' + (unitCol ? '' : '(%)'), '%', rnd(aC / dueC / 10 * 100, 2), rnd(aP / dueP / 10 * 100, 2), 2, 'pp');
    sb.rel('rate', { t: 'rate', cell: rr.a, num: ac.a, den: dC.a, k: 100, tol: rateTol(2) });
    sb.rel('rate', { t: 'rate', cell: rr.b, num: ac.b, den: dC.b, k: 100, tol: rateTol(2) });
  }
  sb.widths(nc); sb.notes(r, ['注：计数指标增减为增长百分比，比率指标（%）增减为百分点。']);
}

const VAX = ['卡介苗', '乙肝疫苗', '脊灰疫苗', '百白破疫苗', '麻腮风疫苗', '乙脑疫苗', 'A群流脑多糖疫苗', '甲肝疫苗', '白破疫苗'];
// T6: 国家免疫规划疫苗接种情况 by vaccine (rows), 应种/实种/接种率, optional 合计 of doses and previous-year rate with 百分点
function sheetVax(sb, ctx) {
  const vs = VAX.slice(0, I(5, 9));
  const withTot = chance(0.5), withPrev = chance(V(0.35));
  const hdr = ['疫苗', pick(['应种人数', '应种剂次']), pick(['实种人数', '实种剂次']), '接种率(%)'];
  if (withPrev) hdr.push('上年接种率(%)', pick(['增减(百分点)', '比上年增减（百分点）']));
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年国家免疫规划疫苗常规接种情况', pick(['单位：人、%', '单位：剂次、%']));
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const base = Math.round(U(8000, 60000));
  const tRow = withTot ? r++ : null; if (withTot) sb.txt(tRow, 1, pick(['合计', '总计']));
  let td = 0, ta = 0; const dc = [], ac = [];
  for (const v of vs) {
    const due = Math.round(base * U(0.85, 1.2)), act = Math.round(due * U(0.965, 0.999));
    td += due; ta += act;
    sb.txt(r, 1, (withTot ? '  ' : '') + v);
    const a = sb.put(r, 2, due, 0), b = sb.put(r, 3, act, 0); dc.push(a); ac.push(b);
    const rv = rnd(act / due * 100, 2); const rc = sb.put(r, 4, rv, 2);
    sb.rel('rate', { t: 'rate', cell: rc, num: b, den: a, k: 100, tol: rateTol(2) });
    sb.rel('le', { t: 'le', whole: a, parts: [b], tol: 0 });
    if (withPrev) { const pv = rnd(Math.min(99.99, rv + U(-1.2, 1.2)), 2); const pc = sb.put(r, 5, pv, 2); const g = sb.put(r, 6, rnd(rv - pv, 2), 2); sb.rel('pp', { t: 'pp', cell: g, cur: rc, prev: pc, tol: rateTol(2) }); }
    r++;
  }
  if (withTot) {
    const a = sb.put(tRow, 2, td, 0), b = sb.put(tRow, 3, ta, 0);
    sb.rel('sum', { t: 'sum', total: a, parts: dc, tol: 0 }); sb.rel('sum', { t: 'sum', total: b, parts: ac, tol: 0 });
    const rv = rnd(ta / td * 100, 2); const rc = sb.put(tRow, 4, rv, 2);
    sb.rel('rate', { t: 'rate', cell: rc, num: b, den: a, k: 100, tol: rateTol(2) });
    if (withPrev) { sb.txt(tRow, 5, '—'); sb.txt(tRow, 6, '—'); }
  }
  sb.widths(nc); sb.notes(r, ['注：接种率=实种人数/应种人数×100%。', '资料来源：市疾病预防控制中心', '填表说明：接种率按接种剂次统计。'], true);
}

// T7: 分县疫苗接种 (counties rows, per vaccine 应种/实种/接种率 under merged headers)
function sheetVaxRegion(sb, ctx) {
  const { rows, hier } = regionRows(ctx, 4, 10);
  const vs = shuffle(VAX).slice(0, I(2, 4));
  rows.forEach((x) => { if (x.leaf) { const b = Math.round(U(1500, 9000)); vs.forEach((v, j) => { x['d' + j] = Math.round(b * U(0.9, 1.1)); x['a' + j] = Math.round(x['d' + j] * U(0.95, 0.999)); }); } });
  aggregate(rows, vs.flatMap((_, j) => ['d' + j, 'a' + j]));
  const nc = 1 + vs.length * 3;
  let r = sb.title(nc, ctx.year + '年各县（市、区）' + pick(['免疫规划疫苗接种率', '适龄儿童预防接种情况']), pick(['单位：人、%', '']));
  sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）']));
  vs.forEach((v, j) => { sb.merge(r, 2 + 3 * j, r, 4 + 3 * j, v); ['应种', '实种', '接种率(%)'].forEach((h, k) => sb.txt(r + 1, 2 + 3 * j + k, h)); });
  r += 2;
  const ord = orderRows(rows, chance(0.5), hier);
  const cellOf = {};
  for (const i of ord) {
    const x = rows[i]; const o = cellOf[i] = {};
    sb.txt(r, 1, rowLabel(x, hier));
    vs.forEach((v, j) => {
      o['d' + j] = sb.put(r, 2 + 3 * j, x['d' + j], 0); o['a' + j] = sb.put(r, 3 + 3 * j, x['a' + j], 0);
      const rc = sb.put(r, 4 + 3 * j, rnd(x['a' + j] / x['d' + j] * 100, 2), 2);
      sb.rel('rate', { t: 'rate', cell: rc, num: o['a' + j], den: o['d' + j], k: 100, tol: rateTol(2) });
      sb.rel('le', { t: 'le', whole: o['d' + j], parts: [o['a' + j]], tol: 0 });
    });
    r++;
  }
  for (const [i, x] of rows.entries()) if (!x.leaf) for (const f of vs.flatMap((_, j) => ['d' + j, 'a' + j])) sb.rel('sum', { t: 'sum', total: cellOf[i][f], parts: x.kids.map((k) => cellOf[k][f]), tol: 0 });
  sb.widths(nc); sb.notes(r);
}

// T8: 分县出生情况 with 其中 columns: 活产数, 男, 女, 性别比, 其中剖宫产 + 剖宫产率, 低出生体重 + 率
function sheetBirths(sb, ctx) {
  const { rows, hier } = regionRows(ctx, 5, 12);
  rows.forEach((x) => { if (x.leaf) Object.assign(x, mchCounty()); });
  aggregate(rows, ['births', 'male', 'female', 'cs', 'lbw']);
  const withSex = chance(0.75), withCS = chance(0.6), withLBW = chance(0.6);
  const sexQz = chance(0.5);
  const cols = [];
  cols.push(['births', '活产数']);
  if (withSex) cols.push(['male', sexQz ? '其中：男' : '男'], ['female', '女'], ['sr', '出生人口性别比（女=100）']);
  if (withCS) cols.push(['cs', '其中：剖宫产数'], ['csr', '剖宫产率(%)']);
  if (withLBW) cols.push(['lbw', '低出生体重儿数'], ['lbwr', '低出生体重率(%)']);
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['分县（市、区）出生情况', '各地区活产及出生性别比', '住院分娩活产情况']), pick(['单位：人、%', '单位：人']));
  sb.txt(r, 1, '地区'); cols.forEach(([k, h], i) => sb.txt(r, 2 + i, h)); r++;
  const ord = orderRows(rows, chance(0.6), hier);
  const cellOf = {};
  for (const i of ord) {
    const x = rows[i]; const o = cellOf[i] = {};
    sb.txt(r, 1, rowLabel(x, hier));
    cols.forEach(([k], j) => {
      const c = 2 + j;
      if (k === 'sr') { const rc = sb.put(r, c, rnd(x.male / x.female * 100, 2), 2); sb.rel('rate', { t: 'rate', cell: rc, num: o.male, den: o.female, k: 100, tol: rateTol(2) }); }
      else if (k === 'csr') { const rc = sb.put(r, c, rnd(x.cs / x.births * 100, 2), 2); sb.rel('rate', { t: 'rate', cell: rc, num: o.cs, den: o.births, k: 100, tol: rateTol(2) }); }
      else if (k === 'lbwr') { const rc = sb.put(r, c, rnd(x.lbw / x.births * 100, 2), 2); sb.rel('rate', { t: 'rate', cell: rc, num: o.lbw, den: o.births, k: 100, tol: rateTol(2) }); }
      else o[k] = sb.put(r, c, x[k], 0);
    });
    if (withSex) sb.rel('sum', { t: 'sum', total: o.births, parts: [o.male, o.female], tol: 0 });
    if (withCS) sb.rel('le', { t: 'le', whole: o.births, parts: [o.cs], tol: 0 });
    if (withLBW) sb.rel('le', { t: 'le', whole: o.births, parts: [o.lbw], tol: 0 });
    r++;
  }
  for (const [i, x] of rows.entries()) if (!x.leaf) for (const [k] of cols) if (cellOf[i][k]) sb.rel('sum', { t: 'sum', total: cellOf[i][k], parts: x.kids.map((q) => cellOf[q][k]), tol: 0 });
  sb.widths(nc); sb.notes(r, ['注：出生人口性别比=男婴活产数/女婴活产数×100。']);
}

const TYPES = { MCH: sheetMCH, YRS: sheetYears, DIS: sheetDisease, DISR: sheetDisRegion, TWO: sheetTwoPeriod, VAX: sheetVax, VAXR: sheetVaxRegion, BIR: sheetBirths };
const SHEETNAMES = { MCH: ['妇幼卫生', '表1', '孕产妇及儿童死亡', 'Sheet1'], YRS: ['历年', '主要年份', '表2'], DIS: ['传染病', '法定传染病', '表3'], DISR: ['分县传染病', '表4', '疫情'], TWO: ['主要指标', '表5', 'Sheet2'], VAX: ['预防接种', '免疫规划', '表6'], VAXR: ['分县接种', '表7'], BIR: ['出生情况', '表8', '活产'] };
const WEIGHT = variant ? { MCH: 1, YRS: 2, DIS: 2, DISR: 2, TWO: 2, VAX: 1, VAXR: 2, BIR: 2 } : { MCH: 3, YRS: 1, DIS: 2, DISR: 1, TWO: 2, VAX: 2, VAXR: 1, BIR: 1 };

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'growth', 'pp', 'le'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum') out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'le' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.t === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.t === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.t === 'pp') out.push([sb, rel, rel.cell]);
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
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') { now = rnd(was * (1 + sgn * U(.08, .3)), meta.d); if (Math.abs(now - was) < 3) now = was + sgn * I(3, 8); }
    else if (kind === 'le') now = rnd(num(sb.vals[rel.whole]) * U(1.05, 1.25) + 2, meta.d);
    else if (kind === 'rate') now = rnd(was * (1 + sgn * U(.12, .35)), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1, 3), meta.d);
    if (now === was || now < 0) continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    const nBroken = sb.rels.filter((q) => { const e = evalRel(q, (a) => sb.vals[a]); return e !== null && e > 1e-9; }).length;
    if (ex === null || nBroken !== 1 || ex < Math.max(3 * rel.tol, 2 * Math.pow(10, -meta.d))) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind };
  }
  return null;
}
function wpick() { const ks = Object.keys(WEIGHT); const tot = ks.reduce((a, k) => a + WEIGHT[k], 0); let x = R() * tot; for (const k of ks) { x -= WEIGHT[k]; if (x < 0) return k; } return ks[0]; }

(async () => {
  const N = Number(NBOOKS), pf = Number(PFRAC);
  const manifest = [];
  for (let b = 0; b < N; b++) {
    const planted = b < Math.round(N * pf);
    for (let attempt = 0; attempt < 15; attempt++) {
      R = mulberry(Number(SEED0) * 7919 + b * 104729 + variant * 31 + attempt * 7);
      const ctx = { year: I(2016, 2024), city: cityName(), textP: chance(variant ? 0.5 : 0.3) ? U(0.05, 0.4) : 0, thousands: chance(0.3) };
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      const tk = new Set(); while (tk.size < nS) tk.add(wpick());
      const sheets = []; const used = new Set();
      for (const t of tk) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sb.type = t; sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
        if (ex === null && !(rel.t === 'rate' || rel.t === 'growth')) throw new Error('unevaluable ' + JSON.stringify(rel));
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 14 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels), null, 0));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, plants, types: sheets.map((s) => s.name + ':' + s.type) });
      break;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${manifest.length}/${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
