// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Generates yearbook-style 城乡居民收支 workbooks into /tmp/round113b/SET, relations into rel/<file>.json,
// and manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round113b';
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

const INC = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
const CONS = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品和服务'];
const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function countyNames(n) {
  const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + pick(['县', '县', '区', '市']));
  return [...s];
}
const cityName = () => pick(CH1) + pick(CH2) + '市';

// ---------- economic model ----------
function incomeModel(kind, scale) {
  // kind: 'u' urban or 'r' rural; returns raw per-capita by source (floats)
  const tot = kind === 'u' ? U(32000, 56000) * scale : U(14000, 26000) * scale;
  const w = kind === 'u' ? [U(.56, .64), U(.10, .14), U(.08, .12), U(.15, .2)] : [U(.38, .46), U(.28, .36), U(.02, .03), U(.19, .25)];
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (tot * x) / s);
}
function consModel(kind, scale) {
  const tot = kind === 'u' ? U(24000, 36000) * scale : U(12500, 19500) * scale;
  const w = [U(.27, .34), U(.055, .08), U(.2, .25), U(.055, .065), U(.12, .145), U(.095, .12), U(.08, .105), U(.022, .028)];
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (tot * x) / s);
}
const mix = (a, b, u) => a.map((x, i) => u * x + (1 - u) * b[i]);
const prevOf = (arr, g) => arr.map((x) => x / (1 + g + U(-0.025, 0.025)));
// round parts, total = round(sum raw); then 调平 so |total - sum parts| <= 1
function roundBlock(raw, d = 0) {
  const parts = raw.map((x) => rnd(x, d));
  let total = rnd(raw.reduce((a, b) => a + b, 0), d);
  const st = Math.pow(10, -d);
  const diff = rnd(total - parts.reduce((a, b) => a + b, 0), d);
  if (Math.abs(diff) > st + 1e-9) { const k = parts.indexOf(Math.max(...parts)); parts[k] = rnd(parts[k] + diff - Math.sign(diff) * st, d); }
  return { total, parts };
}
const sumRaw = (a) => a.reduce((x, y) => x + y, 0);
function growthTol(cur, prev, fromRaw, d) {
  const half = 0.5 * Math.pow(10, -d);
  if (!fromRaw) return half + 0.01;
  return half + 0.01 + 100 * (0.5 / cur + 0.5 / prev) * (cur / prev);
}

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d) {
    const cell = this.ws.getCell(r, c);
    if (typeof v === 'number') {
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
  merge(r1, c1, r2, c2, s) { this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text) {
    let r = 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '']) + I(1, 12) + '-' + I(1, 20)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (chance(0.75)) {
      const unit = pick(['单位：元', '单位：元、%', '计量单位：元', '单位：元/人']);
      if (chance(0.5)) this.txt(r, ncol, unit); else this.txt(r, 1, unit);
      r++;
    }
    return r;
  }
  notes(r) {
    r++;
    if (chance(0.7)) { this.txt(r, 1, pick(['注：', '说明：']) + pick(['1.本表数据来源于城乡住户一体化抽样调查。2.增长速度按可比口径计算。', '全体居民收入按常住人口加权计算。', '城乡居民收入比以农村居民收入为1。', '比上年增长为名义增长，实际增长扣除价格因素。', '部分数据因四舍五入，分项之和与总计略有出入。'])); r++; }
    if (chance(0.6)) { this.txt(r, 1, '填报人：' + pick(['张伟', '李娜', '王芳', '刘洋']) + '    审核人：' + pick(['陈静', '赵磊', '孙丽']) + '    填报日期：' + this.ctx.year + '年' + I(1, 3) + '月' + I(1, 28) + '日'); r++; }
    if (chance(0.2)) { this.txt(r, 1, '资料来源：国家统计局' + this.ctx.city + '调查队'); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 26; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}

function label(style, name, i, level) {
  // level 0: top item; level 1: sub item
  if (level === 0) {
    if (style === 'num') return '一二三四五六七八九'[i] + '、' + name;
    return name;
  }
  switch (style) {
    case 'indent': return '  ' + name;
    case 'num': return '（' + '一二三四五六七八九'[i] + '）' + name;
    case 'arabic': return (i + 1) + '.' + name;
    case 'qz': return (i === 0 ? '其中：' : '      ') + name;
    default: return name;
  }
}
const LSTY = ['indent', 'num', 'arabic', 'qz', 'plain'];

// ---------- sheet types ----------
// A: regions as rows, income by source (+ growth with prev) (+ 调查户数 additive)
function sheetA(sb, ctx) {
  const n = I(5, 12), names = countyNames(n);
  const withG = chance(0.5), withHH = chance(0.4), totTop = chance(0.6);
  const kind = pick(['全体居民', '城镇居民', '农村居民']);
  const cols = ['地区', '人均可支配收入', ...INC];
  if (withG) cols.push('比上年增长(%)');
  if (withHH) cols.push('调查户数（户）');
  const nc = cols.length + (withG ? 1 : 0);
  let r = sb.title(nc, ctx.year + '年各县（市、区）' + kind + '人均可支配收入');
  const two = chance(0.5);
  let c = 1;
  if (two) {
    sb.merge(r, 1, r + 1, 1, '地区'); sb.merge(r, 2, r + 1, 2, '人均可支配收入'); sb.merge(r, 3, r, 6, '按收入来源分');
    INC.forEach((x, i) => sb.txt(r + 1, 3 + i, x)); c = 7;
    if (withG) { sb.merge(r, 7, r, 8, '人均可支配收入'); sb.txt(r + 1, 7, '上年'); sb.txt(r + 1, 8, '比上年增长(%)'); c = 9; }
    if (withHH) sb.merge(r, c, r + 1, c, '调查户数（户）');
    r += 2;
  } else {
    const h = ['地区', '人均可支配收入', ...INC.map((x, i) => (i === 0 && chance(.5) ? '其中：' : '') + x)];
    if (withG) h.push('上年可支配收入', '比上年增长(%)');
    if (withHH) h.push('调查户数（户）');
    h.forEach((x, i) => sb.txt(r, i + 1, x)); r++;
  }
  const gd = pick([1, 1, 2]);
  const rows = [];
  for (const nm of names) {
    const sc = U(0.85, 1.2);
    const raw = kind === '城镇居民' ? incomeModel('u', sc) : kind === '农村居民' ? incomeModel('r', sc) : mix(incomeModel('u', sc), incomeModel('r', sc), U(.4, .7));
    rows.push({ nm, raw, hh: I(60, 400) });
  }
  const tRaw = rows[0].raw.map((_, k) => rows.reduce((a, x) => a + x.raw[k], 0) / rows.length * U(0.99, 1.01));
  const all = [{ nm: pick(['全市', '全市合计', '合计', ctx.city]), raw: tRaw, hh: rows.reduce((a, x) => a + x.hh, 0), tot: true }, ...rows];
  if (!totTop) all.push(all.shift());
  const hhCells = []; let hhTot;
  const fromRaw = chance(0.6);
  for (const x of all) {
    sb.txt(r, 1, x.tot ? x.nm : (chance(0.3) ? '  ' : '') + x.nm);
    const b = roundBlock(x.raw);
    const tc = sb.put(r, 2, b.total, 0);
    const pc = b.parts.map((v, k) => sb.put(r, 3 + k, v, 0));
    sb.rel('sum', { t: 'sum', total: tc, parts: pc, tol: 1 });
    let cc = 7;
    if (withG) {
      const g = U(0.04, 0.085);
      const prevRaw = sumRaw(x.raw) / (1 + g);
      const prev = Math.round(prevRaw);
      const pcell = sb.put(r, 7, prev, 0);
      const gv = rnd(fromRaw ? g * 100 : (b.total / prev - 1) * 100, gd);
      const gc = sb.put(r, 8, gv, gd);
      sb.rel('growth', { t: 'growth', cell: gc, cur: tc, prev: pcell, tol: growthTol(b.total, prev, fromRaw, gd) });
      cc = 9;
    }
    if (withHH) { const hc = sb.put(r, cc, x.hh, 0); if (x.tot) hhTot = hc; else hhCells.push(hc); }
    r++;
  }
  if (withHH) sb.rel('sum', { t: 'sum', total: hhTot, parts: hhCells, tol: 0 });
  sb.widths(nc); sb.notes(r);
}

// B: regions rows, 全体/城镇/农村 blocks with growth (no prev) and 城乡收入比
function sheetB(sb, ctx) {
  const n = I(5, 12), names = countyNames(n);
  const withPrev = chance(0.4);
  const what = pick(['人均可支配收入', '人均消费支出']);
  const blocks = ['全体居民', '城镇居民', '农村居民'];
  const per = withPrev ? 3 : 2;
  const withReal = !withPrev && chance(0.4);
  const perB = per + (withReal ? 1 : 0);
  const nc = 1 + 3 * perB + 1;
  let r = sb.title(nc, ctx.year + '年分县（市、区）城乡居民' + what);
  sb.merge(r, 1, r + 1, 1, '县（市、区）');
  blocks.forEach((bn, i) => {
    const c0 = 2 + i * perB; sb.merge(r, c0, r, c0 + perB - 1, bn);
    const sub = withPrev ? [ctx.year + '年', (ctx.year - 1) + '年', '增长(%)'] : [pick(['绝对值（元）', '金额（元）', what]), pick(['比上年增长(%)', '名义增长(%)', '增速(%)'])];
    if (withReal) sub.push('扣除价格因素实际增长(%)');
    sub.forEach((s, k) => sb.txt(r + 1, c0 + k, s));
  });
  sb.merge(r, nc, r + 1, nc, what === '人均可支配收入' ? '城乡居民收入比（农村=1）' : '城乡消费支出比');
  r += 2;
  const gd = pick([1, 1, 2]);
  const regs = [{ nm: pick(['全市', '全市总计', '总计']), sc: 1 }, ...names.map((nm) => ({ nm, sc: U(.85, 1.2) }))];
  if (chance(0.3)) regs.push(regs.shift());
  for (const reg of regs) {
    const isTot = reg.sc === 1;
    reg.uRaw = sumRaw(what === '人均可支配收入' ? incomeModel('u', reg.sc) : consModel('u', reg.sc));
    reg.rRaw = sumRaw(what === '人均可支配收入' ? incomeModel('r', reg.sc) : consModel('r', reg.sc));
    reg.noRural = !isTot && reg.nm.endsWith('区') && chance(0.25);
    const uRate = U(.45, .75);
    reg.aRaw = reg.noRural ? reg.uRaw : uRate * reg.uRaw + (1 - uRate) * reg.rRaw;
  }
  const cs = regs.filter((x) => x.sc !== 1), tr = regs.find((x) => x.sc === 1);
  const avg = (k, f) => { const a = cs.filter(f || (() => true)); return a.reduce((s, x) => s + x[k], 0) / a.length * U(.99, 1.01); };
  tr.uRaw = avg('uRaw'); tr.rRaw = avg('rRaw', (x) => !x.noRural); tr.aRaw = avg('aRaw');
  for (const reg of regs) {
    sb.txt(r, 1, reg.nm);
    const { uRaw, rRaw, aRaw, noRural } = reg;
    const vals = [aRaw, uRaw, rRaw];
    const cells = [];
    blocks.forEach((bn, i) => {
      const c0 = 2 + i * perB;
      if (i === 2 && noRural) { for (let k = 0; k < perB; k++) sb.txt(r, c0 + k, pick(['—', '-', ''])); cells.push(null); return; }
      const cur = Math.round(vals[i]);
      const cc = sb.put(r, c0, cur, 0); cells.push(cc);
      const g = U(.035, .09);
      if (withPrev) {
        const prev = Math.round(vals[i] / (1 + g));
        const pc = sb.put(r, c0 + 1, prev, 0);
        const gc = sb.put(r, c0 + 2, rnd((cur / prev - 1) * 100, gd), gd);
        sb.rel('growth', { t: 'growth', cell: gc, cur: cc, prev: pc, tol: growthTol(cur, prev, false, gd) });
      } else {
        sb.put(r, c0 + 1, rnd(g * 100, gd), gd);
        if (withReal) sb.put(r, c0 + 2, rnd(g * 100 - U(0.3, 2.5), gd), gd);
      }
    });
    if (cells[2]) {
      const ratio = rnd(Math.round(vals[1]) / Math.round(vals[2]), 2);
      const rc = sb.put(r, nc, ratio, 2);
      sb.rel('rate', { t: 'rate', cell: rc, num: cells[1], den: cells[2], k: 1, tol: 0.0051 });
    } else sb.txt(r, nc, '—');
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// C: consumption structure: categories as rows, 全体/城镇/农村 blocks (金额, 构成%) + 恩格尔系数 row
function sheetC(sb, ctx) {
  const blocks = shuffle(['全体居民', '城镇居民', '农村居民']).slice(0, I(2, 3));
  if (blocks.length === 3) blocks.sort((a, b) => ['全体居民', '城镇居民', '农村居民'].indexOf(a) - ['全体居民', '城镇居民', '农村居民'].indexOf(b));
  const nc = 1 + 2 * blocks.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年居民人均消费支出及构成');
  sb.merge(r, 1, r + 1, 1, pick(['项目', '指标', '消费类别']));
  blocks.forEach((b, i) => { sb.merge(r, 2 + 2 * i, r, 3 + 2 * i, b); sb.txt(r + 1, 2 + 2 * i, pick(['金额（元）', '支出（元）', '绝对数'])); sb.txt(r + 1, 3 + 2 * i, pick(['构成(%)', '比重(%)', '占比（%）'])); });
  r += 2;
  const sd = pick([1, 1, 2]);
  const style = pick(LSTY);
  const totLabel = pick(['人均消费支出', '居民人均消费支出', '消费支出合计']);
  const data = blocks.map((b) => { const sc = U(.9, 1.15); return b === '城镇居民' ? consModel('u', sc) : b === '农村居民' ? consModel('r', sc) : mix(consModel('u', sc), consModel('r', sc), U(.45, .7)); });
  const totRow = r; sb.txt(r, 1, totLabel); r++;
  const catRow0 = r;
  CONS.forEach((c, i) => sb.txt(r + i, 1, label(style, c, i, 1)));
  r += CONS.length;
  const engRow = chance(0.7) ? r : null;
  if (engRow) { sb.txt(r, 1, pick(['恩格尔系数（%）', '  恩格尔系数(%)', '备注：恩格尔系数（%）'])); r++; }
  blocks.forEach((b, i) => {
    const bl = roundBlock(data[i]);
    const cA = 2 + 2 * i, cS = 3 + 2 * i;
    const tc = sb.put(totRow, cA, bl.total, 0);
    const ts = sb.put(totRow, cS, 100, sd);
    const pc = bl.parts.map((v, k) => sb.put(catRow0 + k, cA, v, 0));
    sb.rel('sum', { t: 'sum', total: tc, parts: pc, tol: 1 });
    const sc = bl.parts.map((v, k) => {
      const s = sb.put(catRow0 + k, cS, rnd((v / bl.total) * 100, sd), sd);
      sb.rel('share', { t: 'rate', cell: s, num: pc[k], den: tc, k: 100, tol: 0.5 * Math.pow(10, -sd) + 0.002 });
      return s;
    });
    sb.rel('sum', { t: 'sum', total: ts, parts: sc, tol: 4 * Math.pow(10, -sd) });
    if (engRow) {
      const e = sb.put(engRow, cA, rnd((bl.parts[0] / bl.total) * 100, 1), 1);
      sb.rel('rate', { t: 'rate', cell: e, num: pc[0], den: tc, k: 100, tol: 0.052 });
      sb.txt(engRow, cS, pick(['', '—']));
    }
  });
  sb.widths(nc); sb.notes(r);
}

// C2: consumption this year vs last: amounts, growth, shares, pp change
function sheetC2(sb, ctx) {
  const kind = pick(['全体居民', '城镇居民', '农村居民']);
  const withShare = chance(0.7);
  const hdr = [pick(['指标', '项目']), ctx.year + '年', (ctx.year - 1) + '年', pick(['比上年增长(%)', '增长（%）', '增速(%)'])];
  if (withShare) hdr.push(ctx.year + '年构成(%)', (ctx.year - 1) + '年构成(%)', pick(['增减(百分点)', '构成变动（百分点）', '±百分点']));
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + kind + '人均消费支出');
  if (chance(0.4) && withShare) {
    sb.merge(r, 1, r + 1, 1, hdr[0]); sb.merge(r, 2, r, 4, '人均支出（元）'); sb.merge(r, 5, r, 7, '消费构成');
    sb.txt(r + 1, 2, hdr[1]); sb.txt(r + 1, 3, hdr[2]); sb.txt(r + 1, 4, hdr[3]); sb.txt(r + 1, 5, ctx.year + '年'); sb.txt(r + 1, 6, (ctx.year - 1) + '年'); sb.txt(r + 1, 7, hdr[6]);
    r += 2;
  } else { hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const sc = U(.9, 1.15);
  const cur = kind === '城镇居民' ? consModel('u', sc) : kind === '农村居民' ? consModel('r', sc) : mix(consModel('u', sc), consModel('r', sc), .6);
  const prev = prevOf(cur, U(.03, .08));
  const bc = roundBlock(cur), bp = roundBlock(prev);
  const gd = pick([1, 1, 2]), sd = pick([1, 2]);
  const fromRaw = chance(0.5);
  const style = pick(LSTY);
  const totBottom = chance(0.25);
  const order = totBottom ? [...CONS.map((_, i) => i), -1] : [-1, ...CONS.map((_, i) => i)];
  const cells = {};
  for (const i of order) {
    sb.txt(r, 1, i < 0 ? pick(['人均消费支出', '消费支出合计', '合计']) : label(style, CONS[i], i, 1));
    const cv = i < 0 ? bc.total : bc.parts[i], pv = i < 0 ? bp.total : bp.parts[i];
    const c1 = sb.put(r, 2, cv, 0), c2 = sb.put(r, 3, pv, 0);
    const rawc = i < 0 ? sumRaw(cur) : cur[i], rawp = i < 0 ? sumRaw(prev) : prev[i];
    const gc = sb.put(r, 4, rnd(((fromRaw ? rawc / rawp : cv / pv) - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: gc, cur: c1, prev: c2, tol: growthTol(cv, pv, fromRaw, gd) });
    cells[i] = { c1, c2 };
    if (withShare) {
      const s1 = rnd(i < 0 ? 100 : (cv / bc.total) * 100, sd), s2 = rnd(i < 0 ? 100 : (pv / bp.total) * 100, sd);
      const a1 = sb.put(r, 5, s1, sd), a2 = sb.put(r, 6, s2, sd);
      cells[i].s1 = a1; cells[i].s2 = a2;
      if (i < 0) sb.txt(r, 7, pick(['—', '', '-']));
      else {
        const p = sb.put(r, 7, rnd(s1 - s2, sd), sd);
        sb.rel('pp', { t: 'pp', cell: p, cur: a1, prev: a2, tol: 0.5 * Math.pow(10, -sd) * 0.2 });
      }
    }
    r++;
  }
  for (const k of ['c1', 'c2']) sb.rel('sum', { t: 'sum', total: cells[-1][k], parts: CONS.map((_, i) => cells[i][k]), tol: 1 });
  if (withShare) {
    for (let i = 0; i < CONS.length; i++) {
      sb.rel('share', { t: 'rate', cell: cells[i].s1, num: cells[i].c1, den: cells[-1].c1, k: 100, tol: 0.5 * Math.pow(10, -sd) + 0.002 });
      sb.rel('share', { t: 'rate', cell: cells[i].s2, num: cells[i].c2, den: cells[-1].c2, k: 100, tol: 0.5 * Math.pow(10, -sd) + 0.002 });
    }
  }
  sb.widths(nc); sb.notes(r);
}

// D: time series of years: urban/rural income, ratio, growth
function sheetD(sb, ctx) {
  const ny = I(6, 15), y0 = ctx.year - ny + 1;
  const real = chance(0.35);
  const gh = real ? pick(['实际增长(%)', '扣除价格因素增长(%)']) : pick(['比上年增长(%)', '名义增长(%)', '增长(%)']);
  const withEng = chance(0.5);
  const hdr = ['年份', '城镇居民人均可支配收入（元）', gh, '农村居民人均可支配收入（元）', gh, '城乡居民收入比'];
  if (withEng) hdr.push('城镇居民恩格尔系数(%)', '农村居民恩格尔系数(%)');
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + '城乡居民人均可支配收入（' + y0 + '—' + ctx.year + '年）');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  let u = U(15000, 26000), rr = u / U(2.3, 2.9);
  let eu = U(33, 38), er = U(36, 42);
  const gd = pick([1, 1, 2]);
  let prevU = null, prevR = null;
  const yearsFmt = pick(['n', 'y', 'txt']);
  for (let k = 0; k < ny; k++) {
    const y = y0 + k;
    sb.txt(r, 1, yearsFmt === 'n' ? y : yearsFmt === 'y' ? y + '年' : String(y));
    const gu = U(.05, .1), gr = U(.065, .11);
    if (k > 0) { u *= 1 + gu; rr *= 1 + gr; eu -= U(0, .8); er -= U(0, .9); }
    const cu = sb.put(r, 2, Math.round(u), 0), cr = sb.put(r, 4, Math.round(rr), 0);
    for (const [col, prev, cell, v, g] of [[3, prevU, cu, Math.round(u), gu], [5, prevR, cr, Math.round(rr), gr]]) {
      if (!prev) { sb.txt(r, col, pick(['—', '', '-'])); continue; }
      if (real) sb.put(r, col, rnd(g * 100 - U(1, 3), gd), gd);
      else {
        const pv = prev.v;
        const gc = sb.put(r, col, rnd((v / pv - 1) * 100, gd), gd);
        sb.rel('growth', { t: 'growth', cell: gc, cur: cell, prev: prev.a, tol: growthTol(v, pv, false, gd) });
      }
    }
    const ratio = rnd(Math.round(u) / Math.round(rr), 2);
    const rc = sb.put(r, 6, ratio, 2);
    sb.rel('rate', { t: 'rate', cell: rc, num: cu, den: cr, k: 1, tol: 0.0051 });
    if (withEng) { sb.put(r, 7, rnd(eu, 1), 1); sb.put(r, 8, rnd(er, 1), 1); }
    prevU = { a: cu, v: Math.round(u) }; prevR = { a: cr, v: Math.round(rr) };
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// E: indicator list: 指标 | 本年 | 上年 | 增长 (| 实际增长); incomes with sources, consumption, Engel (pp), ratio
function sheetE(sb, ctx) {
  const withReal = chance(0.4);
  const hdr = [pick(['指标', '指标名称', '项目']), pick(['本年', ctx.year + '年']), pick(['上年', (ctx.year - 1) + '年']), pick(['比上年增长(%)', '增长(%)', '增减(%)'])];
  if (withReal) hdr.push('实际增长(%)');
  const unitCol = chance(0.4);
  if (unitCol) hdr.splice(1, 0, '单位');
  const nc = hdr.length, o = unitCol ? 1 : 0;
  let r = sb.title(nc, ctx.city + ctx.year + '年城乡居民收支主要指标');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const gd = pick([1, 1, 2]);
  const style = pick(LSTY);
  const fromRaw = chance(0.5);
  const blocks = shuffle(['全体居民', '城镇居民', '农村居民']).slice(0, I(1, 3));
  let top = 0;
  const incCells = {};
  const sc = U(.9, 1.15), uR = U(.45, .7);
  const model = { 城镇居民: [incomeModel('u', sc), consModel('u', sc)], 农村居民: [incomeModel('r', sc), consModel('r', sc)] };
  model['全体居民'] = [mix(model['城镇居民'][0], model['农村居民'][0], uR), mix(model['城镇居民'][1], model['农村居民'][1], uR)];
  const g0 = U(.04, .08);
  const writeRow = (name, cv, pv, rawc, rawp, d, unit) => {
    sb.txt(r, 1, name); if (unitCol) sb.txt(r, 2, unit || '元');
    const c1 = sb.put(r, 2 + o, cv, d), c2 = sb.put(r, 3 + o, pv, d);
    const gc = sb.put(r, 4 + o, rnd(((fromRaw ? rawc / rawp : cv / pv) - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: gc, cur: c1, prev: c2, tol: growthTol(cv, pv, fromRaw, gd) });
    if (withReal) sb.put(r, 5 + o, rnd(((rawc / rawp) - 1) * 100 - U(.5, 2.5), gd), gd);
    r++; return { c1, c2 };
  };
  for (const b of blocks) {
    for (const [w, items] of [['人均可支配收入', INC], ['人均消费支出', CONS]]) {
      if (w === '人均消费支出' && chance(0.3)) continue;
      const cur = model[b][w === '人均可支配收入' ? 0 : 1], prev = prevOf(cur, g0);
      const bc = roundBlock(cur), bp = roundBlock(prev);
      const t = writeRow(label(style === 'num' ? 'num' : 'plain', b + w, top++, 0), bc.total, bp.total, sumRaw(cur), sumRaw(prev), 0);
      const full = w === '人均可支配收入' || chance(0.6);
      const idx = full ? items.map((_, i) => i) : [0, 2, 4];
      const ps = idx.map((i, j) => writeRow(label(style === 'num' ? 'num' : (full ? style : 'qz'), items[i], j, 1), bc.parts[i], bp.parts[i], cur[i], prev[i], 0));
      for (const k of ['c1', 'c2']) {
        if (full) sb.rel('sum', { t: 'sum', total: t[k], parts: ps.map((p) => p[k]), tol: 1 });
        else sb.rel('le', { t: 'le', whole: t[k], parts: ps.map((p) => p[k]), tol: 0 });
      }
      if (w === '人均消费支出' && full && chance(0.8)) {
        // Engel coefficient row with pp change in the growth column
        const e1 = rnd(bc.parts[0] / bc.total * 100, 1), e2 = rnd(bp.parts[0] / bp.total * 100, 1);
        sb.txt(r, 1, pick(['恩格尔系数（%）', b + '恩格尔系数(%)', '  恩格尔系数（%）']));
        if (unitCol) sb.txt(r, 2, '%');
        const a1 = sb.put(r, 2 + o, e1, 1), a2 = sb.put(r, 3 + o, e2, 1);
        sb.rel('rate', { t: 'rate', cell: a1, num: ps[0].c1, den: t.c1, k: 100, tol: 0.052 });
        sb.rel('rate', { t: 'rate', cell: a2, num: ps[0].c2, den: t.c2, k: 100, tol: 0.052 });
        if (chance(0.5)) sb.txt(r, 4 + o, pick(['—', '']));
        else { const p = sb.put(r, 4 + o, rnd(e1 - e2, 1), 1); sb.rel('pp', { t: 'pp', cell: p, cur: a1, prev: a2, tol: 0.011 }); sb.ws.getCell(r, 1).value = sb.ws.getCell(r, 1).value + '［增减百分点］'; }
        if (withReal) sb.txt(r, 5 + o, '—');
        r++;
      }
      if (w === '人均可支配收入') incCells[b] = t;
    }
  }
  if (incCells['城镇居民'] && incCells['农村居民']) {
    sb.txt(r, 1, pick(['城乡居民收入比（农村居民=1）', '城乡居民人均收入倍差', '城乡收入比']));
    if (unitCol) sb.txt(r, 2, '倍');
    const u = incCells['城镇居民'], q = incCells['农村居民'];
    const v1 = rnd(num(sb.vals[u.c1]) / num(sb.vals[q.c1]), 2), v2 = rnd(num(sb.vals[u.c2]) / num(sb.vals[q.c2]), 2);
    const a1 = sb.put(r, 2 + o, v1, 2), a2 = sb.put(r, 3 + o, v2, 2);
    sb.rel('rate', { t: 'rate', cell: a1, num: u.c1, den: q.c1, k: 1, tol: 0.0051 });
    sb.rel('rate', { t: 'rate', cell: a2, num: u.c2, den: q.c2, k: 1, tol: 0.0051 });
    if (chance(0.5)) { const p = sb.put(r, 4 + o, rnd(v1 - v2, 2), 2); sb.rel('pp', { t: 'pp', cell: p, cur: a1, prev: a2, tol: 0.0011 }); sb.ws.getCell(r, 1).value += '（增减）'; }
    else sb.txt(r, 4 + o, '—');
    r++;
  }
  sb.widths(nc); sb.notes(r);
}
const num = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')));

// F: quarterly cumulative
function sheetF(sb, ctx) {
  const periods = ['一季度', '上半年', '前三季度', '全年'].slice(0, I(2, 4));
  const frac = [U(.27, .3), U(.48, .51), U(.73, .76), 1];
  const sc = U(.9, 1.15), uR = U(.45, .7);
  const kind = pick(['全体居民', '城镇居民', '农村居民']);
  const inc = kind === '城镇居民' ? incomeModel('u', sc) : kind === '农村居民' ? incomeModel('r', sc) : mix(incomeModel('u', sc), incomeModel('r', sc), uR);
  const cons = kind === '城镇居民' ? consModel('u', sc) : kind === '农村居民' ? consModel('r', sc) : mix(consModel('u', sc), consModel('r', sc), uR);
  const gd = pick([1, 1, 2]);
  if (chance(0.5)) {
    // rows = periods; columns: income (本期, 上年同期, 增长), consumption (same)
    const nc = 7;
    let r = sb.title(nc, ctx.city + ctx.year + '年分季度' + kind + '人均收支情况（累计）');
    sb.merge(r, 1, r + 1, 1, '时期');
    sb.merge(r, 2, r, 4, '人均可支配收入'); sb.merge(r, 5, r, 7, '人均消费支出');
    ['本期累计（元）', '上年同期（元）', '同比增长(%)', '本期累计（元）', '上年同期（元）', '同比增长(%)'].forEach((h, i) => sb.txt(r + 1, 2 + i, h));
    r += 2;
    periods.forEach((p, k) => {
      sb.txt(r, 1, pick([ctx.year + '年', '']) + p);
      for (const [c0, arr] of [[2, inc], [5, cons]]) {
        const cur = sumRaw(arr) * frac[k] * U(.98, 1.02), prev = cur / (1 + U(.03, .09));
        const cv = Math.round(cur), pv = Math.round(prev);
        const a = sb.put(r, c0, cv, 0), b = sb.put(r, c0 + 1, pv, 0);
        const g = sb.put(r, c0 + 2, rnd((cur / prev - 1) * 100, gd), gd);
        sb.rel('growth', { t: 'growth', cell: g, cur: a, prev: b, tol: growthTol(cv, pv, true, gd) });
      }
      r++;
    });
    sb.widths(nc); sb.notes(r);
  } else {
    // rows = items, columns = periods (amount + growth)
    const nc = 1 + periods.length * 2;
    let r = sb.title(nc, ctx.city + ctx.year + '年' + kind + '人均收支（累计）');
    sb.merge(r, 1, r + 1, 1, '指标');
    periods.forEach((p, k) => { sb.merge(r, 2 + 2 * k, r, 3 + 2 * k, p); sb.txt(r + 1, 2 + 2 * k, '绝对额（元）'); sb.txt(r + 1, 3 + 2 * k, '比上年同期增长(%)'); });
    r += 2;
    const style = pick(LSTY);
    const r0 = r;
    sb.txt(r, 1, kind + '人均可支配收入');
    INC.forEach((x, i) => sb.txt(r + 1 + i, 1, label(style, x, i, 1)));
    sb.txt(r + 5, 1, kind + '人均消费支出');
    const withCons = chance(0.6);
    if (withCons) CONS.forEach((x, i) => sb.txt(r + 6 + i, 1, label(style, x, i, 1)));
    periods.forEach((p, k) => {
      const c = 2 + 2 * k;
      const f = frac[k];
      const ib = roundBlock(inc.map((x) => x * f * U(.97, 1.03)));
      const tc = sb.put(r0, c, ib.total, 0);
      const pc = ib.parts.map((v, i) => sb.put(r0 + 1 + i, c, v, 0));
      sb.rel('sum', { t: 'sum', total: tc, parts: pc, tol: 1 });
      for (let i = 0; i < 5; i++) sb.put(r0 + i, c + 1, rnd(U(2, 10), gd), gd);
      const cb = roundBlock(cons.map((x) => x * f * U(.97, 1.03)));
      const cc = sb.put(r0 + 5, c, cb.total, 0); sb.put(r0 + 5, c + 1, rnd(U(2, 10), gd), gd);
      if (withCons) {
        const ccs = cb.parts.map((v, i) => { const a = sb.put(r0 + 6 + i, c, v, 0); sb.put(r0 + 6 + i, c + 1, rnd(U(-3, 15), gd), gd); return a; });
        sb.rel('sum', { t: 'sum', total: cc, parts: ccs, tol: 1 });
      }
    });
    r = r0 + (withCons ? 14 : 6);
    sb.widths(nc); sb.notes(r);
  }
}

// G: regions as columns, items as rows (income + sources, consumption + categories, Engel)
function sheetG(sb, ctx) {
  const n = I(3, 7), names = countyNames(n);
  const regs = [pick(['全市', '合计', ctx.city]), ...names];
  if (chance(0.25)) regs.push(regs.shift());
  const nc = 1 + regs.length;
  const kind = pick(['全体居民', '城镇居民', '农村居民']);
  let r = sb.title(nc, ctx.year + '年分县（市、区）' + kind + '人均收支');
  sb.txt(r, 1, pick(['指标', '项目']));
  regs.forEach((x, i) => sb.txt(r, 2 + i, x)); r++;
  const style = pick(LSTY);
  const withCons = chance(0.7), withEng = withCons && chance(0.7);
  const r0 = r;
  const rows = [['一、人均可支配收入', 0], ...INC.map((x, i) => [label(style, x, i, 1)])];
  if (withCons) rows.push(['二、人均消费支出'], ...CONS.map((x, i) => [label(style, x, i, 1)]));
  if (withEng) rows.push(['三、恩格尔系数（%）']);
  rows.forEach((x, i) => sb.txt(r0 + i, 1, x[0]));
  const tIdx = regs.findIndex((x) => !names.includes(x));
  const scs = regs.map((_, j) => (j === tIdx ? null : U(.85, 1.2)));
  const cnt = scs.filter((x) => x !== null);
  scs[tIdx] = cnt.reduce((a, b) => a + b, 0) / cnt.length;
  const mk = (sc) => [kind === '城镇居民' ? incomeModel('u', sc) : kind === '农村居民' ? incomeModel('r', sc) : mix(incomeModel('u', sc), incomeModel('r', sc), U(.4, .7)),
    kind === '城镇居民' ? consModel('u', sc) : kind === '农村居民' ? consModel('r', sc) : mix(consModel('u', sc), consModel('r', sc), U(.4, .7))];
  const models = regs.map((_, j) => (j === tIdx ? null : mk(scs[j])));
  const ms = models.filter(Boolean);
  models[tIdx] = [0, 1].map((q) => ms[0][q].map((_, i) => ms.reduce((a, m) => a + m[q][i], 0) / ms.length * U(.99, 1.01)));
  regs.forEach((_, j) => {
    const c = 2 + j, sc = scs[j];
    const inc = models[j][0];
    const ib = roundBlock(inc);
    const tc = sb.put(r0, c, ib.total, 0);
    sb.rel('sum', { t: 'sum', total: tc, parts: ib.parts.map((v, i) => sb.put(r0 + 1 + i, c, v, 0)), tol: 1 });
    if (withCons) {
      const cons = models[j][1];
      const cb = roundBlock(cons);
      const cc = sb.put(r0 + 5, c, cb.total, 0);
      const ps = cb.parts.map((v, i) => sb.put(r0 + 6 + i, c, v, 0));
      sb.rel('sum', { t: 'sum', total: cc, parts: ps, tol: 1 });
      if (withEng) { const e = sb.put(r0 + 14, c, rnd(cb.parts[0] / cb.total * 100, 1), 1); sb.rel('rate', { t: 'rate', cell: e, num: ps[0], den: cc, k: 100, tol: 0.052 }); }
    }
  });
  r = r0 + rows.length;
  sb.widths(nc); sb.notes(r);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, C2: sheetC2, D: sheetD, E: sheetE, F: sheetF, G: sheetG };
const SHEETNAMES = { A: ['分县收入', '收入来源', '表1', '各县区可支配收入'], B: ['城乡对比', '分县城乡', '表2', 'Sheet2'], C: ['消费构成', '消费结构', '表3'], C2: ['消费支出', '消费增长', '表4'], D: ['历年收入', '时间序列', '表5', '主要年份'], E: ['主要指标', '收支情况', '表6', 'Sheet1'], F: ['分季度', '季度累计', '表7'], G: ['分县收支', '表8', '县区对比'] };

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'share', 'growth', 'pp'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum' && rel.kind === 'sum' && !/100/.test(String(sb.vals[rel.total]))) out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum' && rel.kind === 'sum') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'part' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.kind === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'share' && rel.kind === 'share') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && rel.kind === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.kind === 'pp') out.push([sb, rel, rel.cell]);
  }
  // exclude share-sum (构成 100) totals from 'total' and their parts from 'part'
  return out.filter(([sb, rel]) => !(rel.t === 'sum' && Math.abs(num(sb.vals[rel.total]) - 100) < 1e-9));
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 20; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta) continue;
    const was = num(sb.vals[addr]);
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(.05, .3)), meta.d);
    else if (kind === 'rate') now = rel.k === 1 ? rnd(was + sgn * U(.2, .5), meta.d) : rnd(was + sgn * U(2.5, 6), meta.d);
    else if (kind === 'share') now = rnd(Math.max(0.3, was + sgn * U(2, 5)), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(2, 6), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1, 3), meta.d);
    if (now === was) continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, 0.5 * Math.pow(10, -meta.d) * 4)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind };
  }
  return null;
}

(async () => {
  const N = Number(NBOOKS), pf = Number(PFRAC);
  const manifest = [];
  let seed = Number(SEED0);
  for (let b = 0; b < N; b++) {
   const planted = b < Math.round(N * pf);
   for (let attempt = 0; attempt < 15; attempt++) {
    R = mulberry(seed * 7919 + b * 104729 + variant * 31 + attempt * 7);
    const ctx = { year: I(2016, 2024), city: cityName(), textP: chance(variant ? 0.5 : 0.3) ? U(0.05, 0.4) : 0, thousands: chance(0.3) };
    const wb = new ExcelJS.Workbook();
    const nS = I(1, 4);
    const tkeys = shuffle(Object.keys(TYPES)).slice(0, nS);
    const sheets = []; const used = new Set();
    for (const t of tkeys) {
      let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
      const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sheets.push(sb);
    }
    const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
    // clean check
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
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels), null, 0));
    await wb.xlsx.writeFile(path.join(OUT, file));
    manifest.push({ file, plants });
    break;
   }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
