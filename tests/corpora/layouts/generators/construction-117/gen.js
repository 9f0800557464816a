// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Yearbook-style 建筑业与房地产开发 workbooks into /tmp/round117b/SET, relations into rel/<file>.json, manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round117b';
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
const sumA = (a) => a.reduce((x, y) => x + y, 0);
const half = (d) => 0.5 * Math.pow(10, -d);
const EPS = 1e-7;

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function names(n, suf) { const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + pick(suf || ['县', '县', '区', '市'])); return [...s]; }
const cityName = () => pick(CH1) + pick(CH2) + '市';

// ---- rounding helpers ----
// round parts; total from raw; optionally 调平 so that |total - sum parts| <= one unit
function roundBlock(raw, d, level) {
  const parts = raw.map((x) => rnd(x, d));
  const total = rnd(sumA(raw), d);
  const st = Math.pow(10, -d);
  if (level) {
    const diff = rnd(total - sumA(parts), d);
    if (Math.abs(diff) > st + 1e-9) { const k = parts.indexOf(Math.max(...parts)); parts[k] = rnd(parts[k] + diff - Math.sign(diff) * st, d); }
    return { total, parts, tol: st + EPS };
  }
  return { total, parts, tol: (raw.length + 1) * half(d) + EPS };
}
// tolerance of a rate k*n/d computed from raw figures and displayed with cd decimals
// (displayed parts may be off their raw value by up to 1.5 units when a block was 调平)
function rateTol(n, d, nd, dd, k, cd, fromRaw) {
  if (!fromRaw) return half(cd) + 1e-6;
  return half(cd) + k * (3 * half(nd) / d + n * 3 * half(dd) / (d * d)) * 1.02 + 1e-6;
}
function growthTol(cur, prev, cd_, pd, gd, fromRaw) {
  if (!fromRaw) return half(gd) + 1e-6;
  return half(gd) + 100 * (3 * half(cd_) / prev + cur * 3 * half(pd) / (prev * prev)) * 1.02 + 1e-6;
}

// ---- sheet builder ----
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zeroDash) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && zeroDash) { const z = this.ctx.zero; cell.value = z === '' ? null : z; if (z !== '') this.vals[cell.address] = z; return cell.address; }
    const asText = chance(this.ctx.textP);
    const val = asText ? v.toFixed(d) : v;
    cell.value = val;
    if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : (this.ctx.thousands ? '#,##0.' : '0.') + '0'.repeat(d);
    cell.alignment = { horizontal: 'right' };
    this.meta[cell.address] = { d, text: asText };
    this.vals[cell.address] = val;
    return cell.address;
  }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, unit, always) {
    let r = 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '']) + I(1, 15) + '-' + I(1, 20)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit && (always || chance(0.8))) { if (chance(0.5)) this.txt(r, ncol, unit); else this.txt(r, 1, unit); r++; }
    return r;
  }
  notes(r, list) {
    r++;
    if (chance(0.7)) { this.txt(r, 1, pick(['注：', '说明：', '填表说明：']) + pick(list.concat(['部分数据因四舍五入，分项之和与合计略有出入。']))); r++; }
    if (chance(0.5)) { this.txt(r, 1, '单位负责人：' + pick(['张伟', '李娜', '王芳']) + '    统计负责人：' + pick(['陈静', '赵磊', '孙丽']) + '    填表人：' + pick(['刘洋', '周敏']) + '    报出日期：' + (this.ctx.year + 1) + '年' + I(1, 3) + '月' + I(1, 28) + '日'); r++; }
    if (chance(0.25)) { this.txt(r, 1, '资料来源：' + this.ctx.city + pick(['统计局', '住房和城乡建设局', '统计局固定资产投资统计科'])); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 24; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 13; }
}
const NOTE_BLD = ['建筑业统计范围为具有资质等级的总承包和专业承包建筑业企业。', '劳动生产率按建筑业总产值和平均从业人数计算。', '竣工率=竣工面积÷施工面积×100%。', '总产值按现行价格计算。'];
const NOTE_RE = ['房地产开发投资统计起点为计划总投资500万元及以上。', '平均销售价格=商品房销售额÷商品房销售面积。', '本表按现行价格计算。', '构成按当年价格计算。'];

// ---- A: 分县（市、区）建筑业主要指标 (regions rows; 合计 top or bottom) ----
function sheetA(sb, ctx) {
  const n = I(4, 12), regs = names(n);
  const withSOE = chance(0.7), withProd = chance(0.7), withArea = chance(0.6);
  const yi = chance(0.3); // 总产值 in 亿元 (2 dec) else 万元 (0 dec)
  const vd = yi ? 2 : 0, vk = yi ? 1e8 : 1e4, vu = yi ? '亿元' : '万元';
  const cols = [['地区', null], ['企业单位数（个）', 'cnt'], ['建筑业总产值（' + vu + '）', 'gov']];
  if (withSOE) cols.push([pick(['其中：国有控股', '#其中：国有控股企业', '其中:国有及国有控股']), 'soe']);
  cols.push(['从业人员（人）', 'emp']);
  if (withProd) cols.push([pick(['劳动生产率（元/人）', '按总产值计算的劳动生产率（元/人）']), 'prod']);
  if (withArea) cols.push(['房屋施工面积（万平方米）', 'sg'], ['#其中：新开工面积', 'xk'], ['房屋竣工面积（万平方米）', 'jg'], ['竣工率（%）', 'jgl']);
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['各县（市、区）', '分县（市、区）', '分地区']) + '建筑业' + pick(['主要指标', '企业主要经济指标', '生产情况']), pick(['', '单位：个、人、' + vu + '、万平方米']));
  cols.forEach(([h], i) => sb.txt(r, i + 1, h.replace('#', chance(0.5) ? '' : '  '))); r++;
  const rows = regs.map((nm) => {
    const cnt = I(1, 90); const emp = cnt ? Math.round(cnt * U(80, 400)) : 0;
    const gov = emp * U(250000, 520000) / vk;
    const soe = gov * (chance(0.2) ? 0 : U(0.05, 0.45));
    const sg = gov * vk / 1e4 * U(0.0003, 0.0007); // 万平方米
    return { nm, cnt, emp, gov, soe, sg, xk: sg * U(0.2, 0.45), jg: sg * U(0.15, 0.4) };
  });
  const levelSum = chance(0.6);
  const dec = { cnt: 0, emp: 0, gov: vd, soe: vd, sg: 2, xk: 2, jg: 2 };
  const totRow = {};
  for (const k of Object.keys(dec)) {
    const rb = roundBlock(rows.map((x) => x[k]), dec[k], levelSum || k === 'cnt' || k === 'emp');
    if (k === 'cnt' || k === 'emp') rb.tol = EPS;
    rows.forEach((x, i) => (x['d' + k] = rb.parts[i])); totRow['d' + k] = rb.total; totRow['tol' + k] = rb.tol; totRow[k] = sumA(rows.map((x) => x[k]));
  }
  totRow.nm = pick(['全市', '合计', '全市合计', '总计']); totRow.tot = true;
  const all = chance(0.65) ? [totRow, ...rows] : [...rows, totRow];
  const colOf = (key) => cols.findIndex((c) => c[1] === key) + 1;
  const fromRaw = chance(0.5), cd = pick([1, 2]), ind = pick(['', '', '  ']);
  const cellsByKey = {}; const totCells = {};
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : ind + x.nm);
    const c = {};
    for (const k of Object.keys(dec)) if (colOf(k) > 0) c[k] = sb.put(r, colOf(k), x['d' + k], dec[k], true);
    if (withSOE) sb.rel('le', { t: 'le', whole: c.gov, parts: [c.soe], tol: EPS });
    if (withProd) {
      if (x.demp > 0) {
        const v = rnd(fromRaw ? x.gov * vk / x.emp : x.dgov * vk / x.demp, 0);
        const pc = sb.put(r, colOf('prod'), v, 0);
        sb.rel('rate', { t: 'rate', cell: pc, num: c.gov, den: c.emp, k: vk, tol: rateTol(x.dgov, x.demp, vd, 0, vk, 0, fromRaw) });
      } else sb.txt(r, colOf('prod'), ctx.zero || '-');
    }
    if (withArea) {
      sb.rel('le', { t: 'le', whole: c.sg, parts: [c.xk], tol: EPS });
      sb.rel('le', { t: 'le', whole: c.sg, parts: [c.jg], tol: EPS });
      if (x.dsg > 0) {
        const v = rnd(fromRaw ? x.jg / x.sg * 100 : x.djg / x.dsg * 100, cd);
        const lc = sb.put(r, colOf('jgl'), v, cd);
        sb.rel('rate', { t: 'rate', cell: lc, num: c.jg, den: c.sg, k: 100, tol: rateTol(x.djg, x.dsg, 2, 2, 100, cd, fromRaw) });
      } else sb.txt(r, colOf('jgl'), ctx.zero || '-');
    }
    for (const k in c) { if (x.tot) totCells[k] = c[k]; else (cellsByKey[k] = cellsByKey[k] || []).push(c[k]); }
    r++;
  }
  for (const k in totCells) sb.rel('sum', { t: 'sum', total: totCells[k], parts: cellsByKey[k], tol: totRow['tol' + k] });
  sb.widths(nc); sb.notes(r, NOTE_BLD);
}

// ---- B: 按登记注册类型分建筑业总产值 (rows types, 其中 rows, 构成 %, 上年+增长) ----
const REG = [['国有企业', .12], ['集体企业', .03], ['股份合作企业', .01], ['联营企业', 0], ['有限责任公司', .45, [['国有独资公司', .2]]], ['股份有限公司', .12], ['私营企业', .25], ['港、澳、台商投资企业', .01], ['外商投资企业', .01]];
function sheetB(sb, ctx) {
  const withPrev = chance(0.6), withShare = chance(0.7), withCnt = chance(0.5);
  const vd = pick([0, 0, 1]);
  const cols = [pick(['登记注册类型', '按登记注册类型分', '项目'])];
  if (withCnt) cols.push('企业个数（个）');
  cols.push(withPrev ? ctx.year + '年' : '建筑业总产值');
  if (withPrev) cols.push((ctx.year - 1) + '年', pick(['比上年增长（%）', '增长（%）', '增速(%)']));
  if (withShare) cols.push(pick(['构成（%）', '占比(%)', '比重（%）']));
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年按登记注册类型分建筑业总产值', pick(['单位：万元', '单位：万元、%', '计量单位：万元']), true);
  if (withPrev && chance(0.5)) {
    const c0 = withCnt ? 3 : 2;
    cols.forEach((h, i) => { if (i + 1 < c0 || i + 1 > c0 + 2) sb.merge(r, i + 1, r + 1, i + 1, h); });
    sb.merge(r, c0, r, c0 + 2, '建筑业总产值'); sb.txt(r + 1, c0, cols[c0 - 1]); sb.txt(r + 1, c0 + 1, cols[c0]); sb.txt(r + 1, c0 + 2, cols[c0 + 1]);
    r += 2;
  } else { cols.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const tot = U(2e5, 9e6);
  const items = [];
  for (const [nm, w, subs] of REG) {
    const ww = w ? w * U(.6, 1.4) : (chance(0.5) ? 0 : U(0, .005));
    items.push({ nm, w: ww, subs: (subs || []).map(([s, f]) => ({ nm: s, f: f * U(.5, 1.5) })) });
  }
  if (chance(0.5)) items.push({ nm: '其他企业', w: U(0, .01), subs: [] });
  const sw = sumA(items.map((x) => x.w));
  items.forEach((x) => { x.raw = tot * x.w / sw; x.prev = x.raw / (1 + U(-.15, .25)); x.cnt = x.raw ? Math.max(1, Math.round(x.raw / U(3000, 30000))) : 0; x.subs.forEach((s) => { s.raw = x.raw * s.f; s.prev = x.prev * s.f * U(.9, 1.1); s.cnt = Math.max(0, Math.round(x.cnt * s.f)); }); });
  const lvl = chance(0.6);
  const bc = roundBlock(items.map((x) => x.raw), vd, lvl), bp = roundBlock(items.map((x) => x.prev), vd, lvl);
  const ci = withCnt ? 2 : 1;
  const gd = pick([1, 1, 2]), sd = pick([1, 2]);
  const fromRaw = chance(0.5);
  const rowOut = (label, cnt, cur, prev, rawc, rawp, isTot) => {
    sb.txt(r, 1, label);
    const o = {};
    if (withCnt) o.cnt = sb.put(r, 2, cnt, 0, true);
    o.cur = sb.put(r, ci + 1, cur, vd, true);
    let c = ci + 2;
    if (withPrev) {
      o.prev = sb.put(r, c, prev, vd, true);
      if (prev > 0 && cur > 0) { const g = sb.put(r, c + 1, rnd(((fromRaw ? rawc / rawp : cur / prev) - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: o.cur, prev: o.prev, tol: growthTol(cur, prev, vd, vd, gd, fromRaw) }); }
      else sb.txt(r, c + 1, ctx.zero || '-');
      c += 2;
    }
    if (withShare) {
      if (isTot) o.share = sb.put(r, c, 100, sd);
      else if (cur > 0) { o.share = sb.put(r, c, rnd((fromRaw ? rawc / tot : cur / bc.total) * 100, sd), sd); sb.rel('share', { t: 'rate', cell: o.share, num: o.cur, den: null, k: 100, tol: rateTol(cur, bc.total, vd, vd, 100, sd, fromRaw) }); }
      else sb.txt(r, c, ctx.zero || '-');
    }
    r++; return o;
  };
  const totAtTop = variant === 2 || chance(0.8), indB = pick(['', '  ']);
  let tcells;
  const place = () => { tcells = rowOut(pick(['总计', '合计', '建筑业总产值']), sumA(items.map((x) => x.cnt)), bc.total, bp.total, tot, sumA(items.map((x) => x.prev)), true); };
  // cross-cut row 国有控股企业 (not one of the registration types): right under 总计 as 其中/#, or at the bottom as 附：
  const withSoe = variant === 2 || chance(0.6), soeTop = totAtTop && (variant === 2 || chance(0.5));
  const crossCut = (lab) => {
    const fS = U(.2, .45), soe = tot * fS, soeP = sumA(items.map((x) => x.prev)) * fS * U(.9, 1.1);
    const o = rowOut(lab, withCnt ? Math.round(U(.1, .3) * sumA(items.map((x) => x.cnt))) : 0, rnd(soe, vd), rnd(soeP, vd), soe, soeP, false);
    sb.rel('le', { t: 'le', whole: tcells.cur, parts: [o.cur], tol: EPS });
  };
  if (totAtTop) place();
  if (withSoe && soeTop) crossCut(variant === 2 ? indB + '#国有控股企业' : indB === '' ? pick(['  其中：国有控股企业', '#国有控股企业', '其中:国有及国有控股企业']) : indB + pick(['#国有控股企业', '其中：国有控股企业']));
  const partCells = [];
  items.forEach((x, i) => {
    const o = rowOut(indB + x.nm, x.cnt, bc.parts[i], bp.parts[i], x.raw, x.prev, false);
    partCells.push(o);
    for (const s of x.subs) {
      const sc = rnd(s.raw, vd), sp = rnd(s.prev, vd);
      const so = rowOut(pick(['    其中：', '  #', '   其中:']) + s.nm, s.cnt, sc, sp, s.raw, s.prev, false);
      partCells.push(null);
      sb.rel('le', { t: 'le', whole: o.cur, parts: [so.cur], tol: EPS });
      if (withPrev) sb.rel('le', { t: 'le', whole: o.prev, parts: [so.prev], tol: EPS });
    }
  });
  if (!totAtTop) place();
  if (withSoe && !soeTop) crossCut(pick(['附：国有控股企业', '附：国有及国有控股企业']));
  const pc = partCells.filter(Boolean);
  sb.rel('sum', { t: 'sum', total: tcells.cur, parts: pc.map((o) => o.cur), tol: bc.tol });
  if (withPrev) sb.rel('sum', { t: 'sum', total: tcells.prev, parts: pc.map((o) => o.prev), tol: bp.tol });
  if (withCnt) sb.rel('sum', { t: 'sum', total: tcells.cnt, parts: pc.map((o) => o.cnt), tol: EPS });
  for (const rl of sb.rels) if (rl.kind === 'share' && rl.den === null) rl.den = tcells.cur;
  if (withShare) { const sh = pc.map((o) => o.share).filter(Boolean); sb.rel('sum', { t: 'sum', total: tcells.share, parts: sh, tol: (sh.length + 1) * half(sd) + EPS }); }
  for (const rl of sb.rels) if (rl.kind === 'share' && rl.den === null) rl.den = tcells.cur;
  sb.widths(nc); sb.notes(r, NOTE_BLD);
}

// ---- C: 历年房屋施工、竣工 (years as rows) ----
function sheetC(sb, ctx) {
  const ny = I(5, 12), y0 = ctx.year - ny + 1;
  const withGov = chance(0.6), withG = chance(0.7), withCagr = chance(0.35);
  const what = pick(['建筑业', '房地产开发']);
  const cols = ['年份'];
  if (withGov) cols.push(what === '建筑业' ? '建筑业总产值（亿元）' : '房地产开发投资（亿元）');
  if (withGov && withG) cols.push('比上年增长（%）');
  cols.push('房屋施工面积（万平方米）', '#其中：新开工面积', '房屋竣工面积（万平方米）', '竣工率（%）');
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + pick(['历年', '主要年份', y0 + '-' + ctx.year + '年']) + what + pick(['主要指标', '房屋施工和竣工情况']), null);
  if (chance(0.4)) {
    // two-row header with group
    cols.forEach((h, i) => { if (i + 1 < nc - 3) sb.merge(r, i + 1, r + 1, i + 1, h); });
    sb.merge(r, nc - 3, r, nc, '房屋建筑面积（万平方米）');
    ['施工面积', '其中：新开工', '竣工面积', '竣工率（%）'].forEach((h, i) => sb.txt(r + 1, nc - 3 + i, h));
    r += 2;
  } else { cols.forEach((h, i) => sb.txt(r, i + 1, h.replace('#', ''))); r++; }
  let sg = U(300, 3000), g = what === '建筑业' ? sg * U(0.15, 0.3) : sg * U(0.15, 0.4);
  const yStyle = pick([0, 1, 1, 2]);
  const fromRaw = chance(0.5), cd = pick([1, 2]), gd = pick([1, 2]);
  let prev = null, first = null;
  for (let k = 0; k < ny; k++) {
    const y = y0 + k;
    sb.txt(r, 1, yStyle === 0 ? y : yStyle === 1 ? y + '年' : String(y));
    let c = 2;
    const o = {};
    if (withGov) {
      const dg = rnd(g, 2); o.g = sb.put(r, c++, dg, 2);
      if (withG) {
        if (prev) { const gc = sb.put(r, c, rnd((fromRaw ? g / prev.graw : dg / prev.dg) * 100 - 100, gd), gd); sb.rel('growth', { t: 'growth', cell: gc, cur: o.g, prev: prev.g, tol: growthTol(dg, prev.dg, 2, 2, gd, fromRaw) }); }
        else sb.txt(r, c, pick(['—', '', '…']));
        c++;
      }
      o.dg = dg; o.graw = g;
    }
    const xk = sg * U(.2, .42), jg = sg * U(.15, .38);
    const dsg = rnd(sg, 2), dxk = rnd(xk, 2), djg = rnd(jg, 2);
    const a = sb.put(r, c, dsg, 2), b = sb.put(r, c + 1, dxk, 2), cc = sb.put(r, c + 2, djg, 2);
    sb.rel('le', { t: 'le', whole: a, parts: [b], tol: EPS }); sb.rel('le', { t: 'le', whole: a, parts: [cc], tol: EPS });
    const lc = sb.put(r, c + 3, rnd(fromRaw ? jg / sg * 100 : djg / dsg * 100, cd), cd);
    sb.rel('rate', { t: 'rate', cell: lc, num: cc, den: a, k: 100, tol: rateTol(djg, dsg, 2, 2, 100, cd, fromRaw) });
    if (!first) first = o;
    prev = o;
    g *= 1 + U(-.08, .18); sg *= 1 + U(-.1, .15);
    r++;
  }
  if (withGov && withCagr && ny >= 5) {
    sb.txt(r, 1, pick([`${y0 + 1}-${ctx.year}年年均增长（%）`, '年均增长（%）']));
    const v = rnd((Math.pow(prev.dg / first.dg, 1 / (ny - 1)) - 1) * 100, gd);
    const cc = sb.put(r, 2, v, gd);
    sb.rel('cagr', { t: 'cagr', cell: cc, end: prev.g, start: first.g, n: ny - 1, tol: half(gd) + 1e-6 });
    r++;
  }
  sb.widths(nc); sb.notes(r, what === '建筑业' ? NOTE_BLD : NOTE_RE);
}

// ---- D: 房地产开发投资按用途分 (本年/上年/增长/构成/构成上年/百分点) ----
function sheetD(sb, ctx) {
  const withShare = chance(0.8), withPrevShare = withShare && chance(0.6);
  const unitY = chance(0.6); const vd = unitY ? 2 : 0; const scale = unitY ? 1 : 1e4;
  const hdr = [pick(['指标', '项目', '按工程用途分']), pick([ctx.year + '年', '本年完成', '绝对数']), pick([(ctx.year - 1) + '年', '上年同期']), pick(['比上年增长（%）', '同比增长(%)', '增速（%）'])];
  if (withShare) hdr.push(withPrevShare ? ctx.year + '年构成（%）' : pick(['构成（%）', '比重(%)']));
  if (withPrevShare) hdr.push((ctx.year - 1) + '年构成（%）', pick(['比重增减（百分点）', '增减(百分点)', '±百分点']));
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年房地产开发投资' + pick(['完成情况', '按用途分', '']), unitY ? pick(['单位：亿元', '单位：亿元、%']) : pick(['单位：万元', '单位：万元、%']));
  if (withShare && chance(0.4)) {
    sb.merge(r, 1, r + 1, 1, hdr[0]); sb.merge(r, 2, r, 4, '投资额（' + (unitY ? '亿元' : '万元') + '）'); sb.merge(r, 5, r, nc, '构成');
    hdr.slice(1).forEach((h, i) => sb.txt(r + 1, 2 + i, h)); r += 2;
  } else { hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const T = U(20, 900) * scale;
  const w = [U(.6, .78), U(.02, .06), U(.08, .18), U(.06, .15)]; const ws = sumA(w);
  const cur = w.map((x) => T * x / ws), prev = cur.map((x) => x / (1 + U(-.25, .15)));
  const lvl = chance(0.6);
  const bc = roundBlock(cur, vd, lvl), bp = roundBlock(prev, vd, lvl);
  const fromRaw = chance(0.5), gd = pick([1, 1, 2]), sd = pick([1, 1, 2]);
  const LAB = ['住宅', '办公楼', '商业营业用房', '其他'];
  const rows = [];
  const out = (label, c, p, rc, rp, isTot) => {
    sb.txt(r, 1, label);
    const o = { c: sb.put(r, 2, c, vd), p: sb.put(r, 3, p, vd) };
    o.g = sb.put(r, 4, rnd(((fromRaw ? rc / rp : c / p) - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: o.g, cur: o.c, prev: o.p, tol: growthTol(c, p, vd, vd, gd, fromRaw) });
    if (withShare) {
      const s1 = isTot ? 100 : rnd((fromRaw ? rc / sumA(cur) : c / bc.total) * 100, sd);
      o.s1 = sb.put(r, 5, s1, sd);
      if (withPrevShare) {
        const s2 = isTot ? 100 : rnd((fromRaw ? rp / sumA(prev) : p / bp.total) * 100, sd);
        o.s2 = sb.put(r, 6, s2, sd);
        if (isTot) sb.txt(r, 7, pick(['—', '', '-']));
        else { o.pp = sb.put(r, 7, rnd(s1 - s2, sd), sd); sb.rel('pp', { t: 'pp', cell: o.pp, cur: o.s1, prev: o.s2, tol: half(sd) + 1e-6 }); }
      }
      o.sv = [s1];
    }
    r++; return o;
  };
  const tl = pick(['房地产开发投资', '投资完成额合计', '合计', '房地产开发投资完成额']);
  const t = out(tl, bc.total, bp.total, sumA(cur), sumA(prev), true);
  let sub = null; const indD = pick(['  ', '', '']);
  LAB.forEach((lab, i) => {
    const o = out(indD + lab, bc.parts[i], bp.parts[i], cur[i], prev[i], false); rows.push(o);
    if (withShare) {
      sb.rel('share', { t: 'rate', cell: o.s1, num: o.c, den: t.c, k: 100, tol: rateTol(bc.parts[i], bc.total, vd, vd, 100, sd, fromRaw) });
      if (withPrevShare) sb.rel('share', { t: 'rate', cell: o.s2, num: o.p, den: t.p, k: 100, tol: rateTol(bp.parts[i], bp.total, vd, vd, 100, sd, fromRaw) });
    }
    if (i === 0 && chance(0.6)) {
      const f = U(.5, .8), sc = cur[0] * f, sp = prev[0] * f * U(.9, 1.1);
      sub = { c: rnd(sc, vd), p: rnd(sp, vd) };
      sb.txt(r, 1, pick(['    其中：90平方米及以下', '  其中:90平方米及以下住房', '   #90平方米及以下']));
      const a = sb.put(r, 2, sub.c, vd), b = sb.put(r, 3, sub.p, vd);
      const g = sb.put(r, 4, rnd(((fromRaw ? sc / sp : sub.c / sub.p) - 1) * 100, gd), gd);
      sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: growthTol(sub.c, sub.p, vd, vd, gd, fromRaw) });
      sb.rel('le', { t: 'le', whole: o.c, parts: [a], tol: EPS }); sb.rel('le', { t: 'le', whole: o.p, parts: [b], tol: EPS });
      r++;
    }
  });
  sb.rel('sum', { t: 'sum', total: t.c, parts: rows.map((o) => o.c), tol: bc.tol });
  sb.rel('sum', { t: 'sum', total: t.p, parts: rows.map((o) => o.p), tol: bp.tol });
  if (withShare) {
    sb.rel('sum', { t: 'sum', total: t.s1, parts: rows.map((o) => o.s1), tol: 5 * half(sd) + EPS });
    if (withPrevShare) sb.rel('sum', { t: 'sum', total: t.s2, parts: rows.map((o) => o.s2), tol: 5 * half(sd) + EPS });
  }
  sb.widths(nc); sb.notes(r, NOTE_RE);
}

// ---- E: 商品房销售 (by use or by county): area, amount, average price ----
function sheetE(sb, ctx) {
  const byCounty = chance(0.45);
  const withG = chance(0.6);
  const labels = byCounty ? names(I(4, 10)) : ['住宅', '办公楼', '商业营业用房', '其他'];
  const amtYi = chance(0.7); const ad = amtYi ? 2 : 0; const ak = amtYi ? 10000 : 1; // price = amt(亿元)/area(万m2)*1e4 ; 万元/万m2 = 元/m2
  const cols = [byCounty ? '地区' : pick(['指标', '按用途分', '项目']), '商品房销售面积（万平方米）'];
  if (withG) cols.push('比上年增长（%）');
  cols.push('商品房销售额（' + (amtYi ? '亿元' : '万元') + '）');
  if (withG) cols.push('比上年增长（%）');
  cols.push(pick(['平均销售价格（元/平方米）', '平均销售价格(元/㎡)', '商品房平均售价（元/平方米）']));
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + (byCounty ? '分县（市、区）' : '') + '商品房销售情况', null);
  if (withG && chance(0.5)) {
    sb.merge(r, 1, r + 1, 1, cols[0]); sb.merge(r, 2, r, 3, '商品房销售面积'); sb.merge(r, 4, r, 5, '商品房销售额'); sb.merge(r, 6, r + 1, 6, cols[5]);
    ['万平方米', '比上年增长(%)', amtYi ? '亿元' : '万元', '比上年增长(%)'].forEach((h, i) => sb.txt(r + 1, 2 + i, h)); r += 2;
  } else { cols.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const rows = labels.map((nm, i) => {
    const area = byCounty ? U(10, 200) : [U(60, 400), U(1, 15), U(5, 40), U(2, 30)][i];
    const price = byCounty ? U(4500, 16000) : [U(5000, 15000), U(6000, 18000), U(7000, 20000), U(1500, 5000)][i];
    const zero = !byCounty && i === 1 && chance(0.15);
    return { nm, area: zero ? 0 : area, amt: zero ? 0 : area * price / 1e4 / (amtYi ? 1 : 1e-4) };
  });
  const lvl = chance(0.6);
  const ba = roundBlock(rows.map((x) => x.area), 2, lvl), bm = roundBlock(rows.map((x) => x.amt), ad, lvl);
  const fromRaw = chance(0.5), gd = pick([1, 1, 2]);
  const tot = { nm: byCounty ? pick(['全市', '合计', '全市合计']) : pick(['商品房', '合计', '商品房合计']), area: sumA(rows.map((x) => x.area)), amt: sumA(rows.map((x) => x.amt)), da: ba.total, dm: bm.total, tot: true };
  rows.forEach((x, i) => { x.da = ba.parts[i]; x.dm = bm.parts[i]; });
  const all = byCounty && chance(0.35) ? [...rows, tot] : [tot, ...rows];
  const cA = [], cM = []; let tA, tM; const indE = pick(['', '', '  ']);
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : indE + x.nm);
    let c = 2;
    const a = sb.put(r, c++, x.da, 2, true);
    if (withG) c++;
    const m = sb.put(r, c++, x.dm, ad, true);
    if (withG) c++;
    if (withG) {
      for (const [cell, cur, dd, col] of [[a, x.da, 2, 3], [m, x.dm, ad, 5]]) {
        if (cur > 0) {
          // growth printed without 上年 column: no checkable relation
          sb.put(r, col, rnd(U(-30, 25), gd), gd);
        } else sb.txt(r, col, ctx.zero || '-');
      }
    }
    if (x.da > 0) {
      const pv = rnd(fromRaw ? x.amt / x.area * (amtYi ? 1e4 : 1) : x.dm / x.da * (amtYi ? 1e4 : 1), 0);
      const pc = sb.put(r, c, pv, 0);
      sb.rel('rate', { t: 'rate', cell: pc, num: m, den: a, k: amtYi ? 1e4 : 1, tol: rateTol(x.dm, x.da, ad, 2, amtYi ? 1e4 : 1, 0, fromRaw) });
    } else sb.txt(r, c, ctx.zero || '-');
    if (x.tot) { tA = a; tM = m; } else { cA.push(a); cM.push(m); }
    r++;
  }
  sb.rel('sum', { t: 'sum', total: tA, parts: cA, tol: ba.tol });
  sb.rel('sum', { t: 'sum', total: tM, parts: cM, tol: bm.tol });
  sb.widths(nc); sb.notes(r, NOTE_RE);
}

// ---- F: 月度 1-本月累计 (months as rows) ----
function sheetF(sb, ctx) {
  const m0 = 2, m1 = I(6, 12);
  const withPrev = chance(0.6);
  const items = shuffle([['房地产开发投资', '亿元', U(5, 60)], ['商品房销售面积', '万平方米', U(5, 60)], ['商品房销售额', '亿元', U(3, 50)], ['房屋新开工面积', '万平方米', U(3, 40)]]).slice(0, withPrev ? I(1, 2) : I(2, 4));
  const per = withPrev ? 3 : 2;
  const nc = 1 + items.length * per;
  let r = sb.title(nc, ctx.city + ctx.year + '年' + pick(['1-' + m1 + '月', '']) + '房地产开发' + pick(['主要指标', '和销售情况']) + '（累计）', null);
  sb.merge(r, 1, r + 1, 1, pick(['月份', '时间', '累计时段']));
  items.forEach(([nm, u], i) => {
    const c0 = 2 + i * per; sb.merge(r, c0, r, c0 + per - 1, nm + '（' + u + '）');
    const sub = withPrev ? [pick(['本年累计', '1-本月累计']), '上年同期', pick(['同比增长（%）', '增长(%)'])] : [pick(['1-本月累计', '本月止累计', '绝对数']), pick(['同比增长（%）', '比上年同期增长(%)'])];
    sub.forEach((s, k) => sb.txt(r + 1, c0 + k, s));
  });
  r += 2;
  const gd = pick([1, 1, 2]), fromRaw = chance(0.5);
  const cum = items.map(() => 0), cumP = items.map(() => 0);
  for (let m = m0; m <= m1; m++) {
    sb.txt(r, 1, m === 2 ? pick(['1-2月', '1—2月', '1～2月']) : pick(['1-' + m + '月', '1—' + m + '月']));
    items.forEach(([, , base], i) => {
      const add = (m === 2 ? 2 : 1) * base * U(.8, 1.25) * (m === 12 ? 1.6 : 1);
      cum[i] += add; cumP[i] += add / (1 + U(-.2, .2));
      const c0 = 2 + i * per;
      const dc = rnd(cum[i], 2);
      const a = sb.put(r, c0, dc, 2);
      if (withPrev) {
        const dp = rnd(cumP[i], 2);
        const b = sb.put(r, c0 + 1, dp, 2);
        const g = sb.put(r, c0 + 2, rnd(((fromRaw ? cum[i] / cumP[i] : dc / dp) - 1) * 100, gd), gd);
        sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: growthTol(dc, dp, 2, 2, gd, fromRaw) });
      } else sb.put(r, c0 + 1, rnd((cum[i] / cumP[i] - 1) * 100, gd), gd);
    });
    r++;
  }
  sb.widths(nc); sb.notes(r, NOTE_RE.concat(['表中数据均为1月至本月累计数。', '1-2月数据合并发布。']));
}

// ---- G: 市区 + 区 under it + 县 (districts under the city subtotal) ----
function sheetG(sb, ctx) {
  const nd = I(2, 5), nco = I(2, 6);
  const dists = names(nd, ['区']), cos = names(nco, ['县', '县', '市']);
  const withRate = chance(0.7), withGov = chance(0.5);
  const cols = ['地区'];
  if (withGov) cols.push('建筑业总产值（万元）');
  cols.push(pick(['施工面积', '房屋施工面积']), pick(['其中：新开工', '#新开工面积']), pick(['竣工面积', '房屋竣工面积']));
  if (withRate) cols.push('竣工率（%）');
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年分地区建筑业房屋施工、竣工面积', pick(['单位：万平方米', '面积单位：万平方米']));
  cols.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const mk = (nm) => { const sg = U(20, 400); return { nm, sg, xk: sg * U(.2, .4), jg: sg * U(.15, .38), gov: sg * U(1500, 4000) }; };
  const D = dists.map(mk), C = cos.map(mk);
  const keys = ['gov', 'sg', 'xk', 'jg']; const dd = { gov: 0, sg: 2, xk: 2, jg: 2 };
  const lvl = chance(0.6);
  const urban = { nm: pick(['市区', '市辖区', '中心城区']) }, all = { nm: pick(['全市', '全市合计', '总计']) };
  for (const k of keys) {
    const bD = roundBlock(D.map((x) => x[k]), dd[k], lvl);
    D.forEach((x, i) => (x['d' + k] = bD.parts[i])); urban['d' + k] = bD.total; urban[k] = sumA(D.map((x) => x[k])); urban['tol' + k] = bD.tol;
    C.forEach((x) => (x['d' + k] = rnd(x[k], dd[k])));
    const raws = [urban[k], ...C.map((x) => x[k])];
    all[k] = sumA(raws);
    const parts = [urban['d' + k], ...C.map((x) => x['d' + k])];
    all['d' + k] = rnd(all[k], dd[k]);
    const diff = all['d' + k] - sumA(parts), unit = Math.pow(10, -dd[k]);
    if (lvl && Math.abs(diff) > unit + 1e-9) all['d' + k] = rnd(sumA(parts), dd[k]);
    all['tol' + k] = lvl ? unit + EPS : (parts.length + 1) * half(dd[k]) + EPS;
  }
  const fromRaw = chance(0.5), cd = pick([1, 2]);
  const order = [all, urban, ...D.map((x) => ((x.sub = true), x)), ...C];
  if (chance(0.25)) { order.push(order.shift()); }
  const cellsOf = new Map(); const indG = pick(['  ', '    ', '　　']);
  for (const x of order) {
    sb.txt(r, 1, x.sub ? indG + x.nm : x.nm);
    const o = {}; let c = 2;
    if (withGov) o.gov = sb.put(r, c++, x.dgov, 0);
    o.sg = sb.put(r, c++, x.dsg, 2); o.xk = sb.put(r, c++, x.dxk, 2); o.jg = sb.put(r, c++, x.djg, 2);
    sb.rel('le', { t: 'le', whole: o.sg, parts: [o.xk], tol: EPS }); sb.rel('le', { t: 'le', whole: o.sg, parts: [o.jg], tol: EPS });
    if (withRate) { const v = rnd(fromRaw ? x.jg / x.sg * 100 : x.djg / x.dsg * 100, cd); const lc = sb.put(r, c, v, cd); sb.rel('rate', { t: 'rate', cell: lc, num: o.jg, den: o.sg, k: 100, tol: rateTol(x.djg, x.dsg, 2, 2, 100, cd, fromRaw) }); }
    cellsOf.set(x, o); r++;
  }
  for (const k of keys) {
    if (k === 'gov' && !withGov) continue;
    sb.rel('sum', { t: 'sum', total: cellsOf.get(urban)[k], parts: D.map((x) => cellsOf.get(x)[k]), tol: urban['tol' + k] });
    sb.rel('sum', { t: 'sum', total: cellsOf.get(all)[k], parts: [urban, ...C].map((x) => cellsOf.get(x)[k]), tol: all['tol' + k] });
  }
  sb.widths(nc); sb.notes(r, NOTE_BLD);
}

// ---- H: 建筑业主要指标 indicator list (指标 | 单位 | 本年 | 上年 | 增长 / 百分点) ----
function sheetH(sb, ctx) {
  const unitCol = chance(0.6);
  const yh = chance(0.5); const hdr = [pick(['指标', '指标名称']), ...(unitCol ? ['计量单位'] : []), yh ? ctx.year + '年' : '本年', yh ? (ctx.year - 1) + '年' : '上年', pick(['比上年增长（%）', '增长(%)', '增减（%）'])];
  const nc = hdr.length, o = unitCol ? 1 : 0;
  let r = sb.title(nc, ctx.city + ctx.year + '年建筑业企业主要经济指标', null);
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const gd = pick([1, 1, 2]), fromRaw = chance(0.5);
  const emp = U(5000, 80000), empP = emp / (1 + U(-.1, .1));
  const prod0 = U(280000, 480000), gov = emp * prod0 / 1e4, govP = empP * prod0 * U(0.88, 1.02) / 1e4;
  const a0 = U(.0003, .0007), sg = gov * a0, sgP = govP * a0 * U(.9, 1.1);
  const rowv = (label, unit, c, p, d, rc, rp) => {
    sb.txt(r, 1, label); if (unitCol) sb.txt(r, 2, unit);
    const a = sb.put(r, 2 + o, c, d), b = sb.put(r, 3 + o, p, d);
    const g = sb.put(r, 4 + o, rnd(((fromRaw ? rc / rp : c / p) - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: growthTol(c, p, d, d, gd, fromRaw) });
    r++; return { a, b, c, p };
  };
  const cnt = I(40, 600), cntP = Math.max(1, Math.round(cnt / U(.9, 1.15)));
  rowv('企业单位数', '个', cnt, cntP, 0, cnt, cntP);
  const E = rowv('从业人员', '人', Math.round(emp), Math.round(empP), 0, emp, empP);
  const G = rowv('建筑业总产值', '万元', rnd(gov, 0), rnd(govP, 0), 0, gov, govP);
  const f = U(.2, .45), fP = f * U(.9, 1.1);
  const S = rowv(pick(['  其中：国有控股企业', '#国有控股企业', '    其中:国有控股']), '万元', rnd(gov * f, 0), rnd(govP * fP, 0), 0, gov * f, govP * fP);
  sb.rel('le', { t: 'le', whole: G.a, parts: [S.a], tol: EPS }); sb.rel('le', { t: 'le', whole: G.b, parts: [S.b], tol: EPS });
  const pc = rnd(gov * 1e4 / emp, 0), pp = rnd(govP * 1e4 / empP, 0);
  const P = rowv(pick(['按总产值计算的劳动生产率', '劳动生产率']), '元/人', fromRaw ? pc : rnd(G.c * 1e4 / E.c, 0), fromRaw ? pp : rnd(G.p * 1e4 / E.p, 0), 0, pc, pp);
  sb.rel('rate', { t: 'rate', cell: P.a, num: G.a, den: E.a, k: 1e4, tol: rateTol(G.c, E.c, 0, 0, 1e4, 0, fromRaw) });
  sb.rel('rate', { t: 'rate', cell: P.b, num: G.b, den: E.b, k: 1e4, tol: rateTol(G.p, E.p, 0, 0, 1e4, 0, fromRaw) });
  // areas
  const xk = sg * U(.2, .4), xkP = sgP * U(.2, .4), jg = sg * U(.2, .35), jgP = sgP * U(.2, .35);
  const A = rowv('房屋建筑施工面积', '万平方米', rnd(sg, 2), rnd(sgP, 2), 2, sg, sgP);
  const X = rowv(pick(['  其中：新开工面积', '#本年新开工面积']), '万平方米', rnd(xk, 2), rnd(xkP, 2), 2, xk, xkP);
  const J = rowv('房屋建筑竣工面积', '万平方米', rnd(jg, 2), rnd(jgP, 2), 2, jg, jgP);
  for (const k of ['a', 'b']) { sb.rel('le', { t: 'le', whole: A[k], parts: [X[k]], tol: EPS }); sb.rel('le', { t: 'le', whole: A[k], parts: [J[k]], tol: EPS }); }
  if (chance(0.8)) {
    const cd = pick([1, 2]);
    sb.txt(r, 1, pick(['竣工率', '房屋竣工率']) + (unitCol ? '' : '（%）')); if (unitCol) sb.txt(r, 2, '%');
    const v1 = rnd(fromRaw ? jg / sg * 100 : J.c / A.c * 100, cd), v2 = rnd(fromRaw ? jgP / sgP * 100 : J.p / A.p * 100, cd);
    const a = sb.put(r, 2 + o, v1, cd), b = sb.put(r, 3 + o, v2, cd);
    sb.rel('rate', { t: 'rate', cell: a, num: J.a, den: A.a, k: 100, tol: rateTol(J.c, A.c, 2, 2, 100, cd, fromRaw) });
    sb.rel('rate', { t: 'rate', cell: b, num: J.b, den: A.b, k: 100, tol: rateTol(J.p, A.p, 2, 2, 100, cd, fromRaw) });
    if (chance(0.6)) { const p = sb.put(r, 4 + o, rnd(v1 - v2, cd), cd); sb.rel('pp', { t: 'pp', cell: p, cur: a, prev: b, tol: half(cd) + 1e-6 }); sb.ws.getCell(r, 1).value += pick(['［增减百分点］', '（百分点）']); }
    else sb.txt(r, 4 + o, '—');
    r++;
  }
  sb.widths(nc); sb.notes(r, NOTE_BLD);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH };
const COMMON = ['A', 'D', 'E', 'H', 'C'], RARE = ['B', 'F', 'G'];
const SHEETNAMES = { A: ['分县建筑业', '建筑业分地区', '表1', 'Sheet1'], B: ['按登记注册类型', '分类型总产值', '表2'], C: ['历年施工竣工', '时间序列', '表3', '主要年份'], D: ['开发投资', '房地产投资', '表4', 'Sheet2'], E: ['商品房销售', '销售情况', '表5'], F: ['月度累计', '1-本月', '表6'], G: ['分地区面积', '市区及各县', '表7'], H: ['主要指标', '建筑业指标', '表8', 'Sheet3'] };

// ---- plants ----
const PLANT_KINDS = ['total', 'part', 'rate', 'share', 'growth', 'pp'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    const isShareSum = rel.t === 'sum' && Math.abs(num(sb.vals[rel.total]) - 100) < 1e-9;
    if (kind === 'total' && rel.t === 'sum' && !isShareSum) out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum' && !isShareSum) for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'part' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.kind === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'share' && rel.kind === 'share') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && (rel.kind === 'growth' || rel.kind === 'cagr')) out.push([sb, rel, rel.cell]);
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
    if (rel.t === 'le') now = rnd(num(sb.vals[rel.whole]) * U(1.08, 1.35), meta.d);
    else if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(.06, .3)), meta.d);
    else if (kind === 'rate') now = rel.k === 100 ? rnd(was + sgn * U(3, 8), meta.d) : rnd(was * (1 + sgn * U(.08, .25)), meta.d);
    else if (kind === 'share') now = rnd(Math.max(0.3, was + sgn * U(2, 5)), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(2.5, 8), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1, 3), meta.d);
    if (now === was || now <= 0 && kind !== 'growth' && kind !== 'pp') continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, 4 * half(meta.d))) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind: rel.t === 'le' ? 'le-part' : kind };
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
      const ctx = { year: I(2016, 2024), city: cityName(), textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.3), zero: pick(['-', '—', '', '0']) };
      if (ctx.zero === '0') ctx.zero = null;
      const wb = new ExcelJS.Workbook();
      const nS = variant === 2 ? 1 : I(1, 4);
      const pool = variant === 2 ? ['B'] : variant ? [...RARE, ...RARE, ...RARE, ...COMMON] : [...COMMON, ...COMMON, ...RARE];
      const tkeys = []; while (tkeys.length < nS) { const t = pick(pool); if (!tkeys.includes(t)) tkeys.push(t); }
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx);
        if (ctx.zero === null) { sb.ctx = { ...ctx, zero: 0 }; }
        TYPES[t](sb, sb.ctx); sb.type = t; sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        for (const a of relCells(rel)) if (!a) throw new Error(`gen: missing cell ${file} ${sb.name} ${JSON.stringify(rel)}`);
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 18 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels.map((r) => ({ ...r, type: s.type }))), null, 0));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, types: sheets.map((s) => s.name + ':' + s.type), plants });
      done = true;
    }
    if (!done) throw new Error('could not build book ' + b);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
