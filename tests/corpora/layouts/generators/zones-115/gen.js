// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// 开发区、工业园区 workbooks (经济指标, 两年对比, 党建覆盖) into /tmp/round115b/SET, relations into rel/<file>.json,
// manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round115b';
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
const variant = Number(VARIANT || 0);
const V = (p0, p1) => (variant ? p1 : p0);

function mulberry(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R;
const U = (a, b) => a + (b - a) * R();
const I = (a, b) => Math.floor(U(a, b + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sumA = (a) => a.reduce((x, y) => x + y, 0);

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
const cityName = () => pick(CH1) + pick(CH2) + '市';
function uniq(n, f) { const s = new Set(); let g = 0; while (s.size < n && g++ < 1000) s.add(f()); return [...s]; }
const countyNames = (n) => uniq(n, () => pick(CH1) + pick(CH2) + pick(['县', '县', '区', '市']));
const LEVELS = ['国家级', '省级', '市级'];
const ZT = { 国家级: ['经济技术开发区', '高新技术产业开发区', '综合保税区'], 省级: ['经济开发区', '高新技术产业园区', '工业园区', '化工园区'], 市级: ['工业园区', '产业园', '工业集中区', '创业园'] };
function zoneName(level) { return pick(CH1) + pick(CH2) + pick(ZT[level]); }

// ---------- zone model ----------
function zoneModel(level) {
  const sc = level === '国家级' ? U(3, 8) : level === '省级' ? U(1, 3) : U(0.3, 1);
  const ent = Math.round(U(120, 420) * sc);
  const gs = Math.round(ent * U(0.12, 0.3));
  const gx = level === '市级' && chance(0.35) ? 0 : Math.round(ent * U(0.03, 0.14));
  const output = gs * U(0.9, 3.2);
  const rev = output * U(1.1, 1.6);
  const tax = rev * U(0.03, 0.075);
  const emp = Math.round(ent * U(25, 80));
  const fdi = level === '市级' && chance(0.5) ? 0 : Math.round(U(800, 9000) * sc);
  const g = () => U(-0.06, 0.22);
  const prev = { ent: Math.round(ent / (1 + U(0, .15))), output: output / (1 + g()), rev: rev / (1 + g()), tax: tax / (1 + g()), emp: Math.round(emp / (1 + U(-0.03, 0.12))), fdi: fdi ? Math.round(fdi / (1 + g())) : 0 };
  prev.gs = Math.min(prev.ent, Math.round(gs / (1 + U(0, .15))));
  prev.gx = gx ? Math.min(prev.ent, Math.round(gx / (1 + U(0, .2)))) : 0;
  // party building
  const qy = ent; // enterprises in park
  const cov = U(0.35, 0.95);
  const po = Math.round(qy * cov);
  const single = Math.round(po * U(0.3, 0.6));
  const lian = po - single;
  const prevPo = Math.min(prev.ent, Math.round(prev.ent * Math.max(0.2, cov - U(0, 0.12))));
  const dy = Math.round(emp * U(0.02, 0.07));
  const center = level === '市级' && chance(0.4) ? 0 : I(1, 4);
  const dw = Math.min(po, Math.max(0, Math.round(po * U(0.01, 0.05)))), dzz = Math.round(po * U(0.02, 0.08));
  const dzb = po - dw - dzz;
  return { ent, gs, gx, output, rev, tax, emp, fdi, prev, po, single, lian, prevPo, dy, center, dw, dzz, dzb };
}

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zeroDash) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && zeroDash) { const z = pick(['-', '-', '—', '']); cell.value = z || null; if (z) this.vals[cell.address] = z; cell.alignment = { horizontal: 'right' }; this.meta[cell.address] = { d, dash: true }; return cell.address; }
    const asText = chance(this.ctx.textP);
    const val = asText ? v.toFixed(d) : v;
    cell.value = val;
    if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : (this.ctx.thousands && v >= 1000 ? '#,##0.' : '0.') + '0'.repeat(d);
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
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '']) + I(1, 12) + '-' + I(1, 20)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit && chance(0.8)) {
      if (chance(0.5)) this.txt(r, ncol, unit); else this.txt(r, 1, unit);
      r++;
    }
    return r;
  }
  notes(r, extra) {
    r++;
    const pool = ['注：1.本表统计范围为经省级以上人民政府批准设立的开发区。2.营业收入、税收收入为区内企业合计数。', '说明：增长速度按可比口径计算。', '注：“-”表示无此项或数值为零。', '数据来源：' + this.ctx.city + '商务局、科技局、税务局。', '注：部分数据因四舍五入，分项之和与合计略有出入。'];
    if (extra) pool.push(...extra);
    if (chance(0.75)) { this.txt(r, 1, pick(pool)); r++; }
    if (chance(0.3)) { this.txt(r, 1, '填表说明：' + pick(['入驻企业数指在园区内注册并实际经营的法人企业。', '党组织覆盖率=已建立党组织的企业数÷企业总数×100%。', '从业人员为期末人数。'])); r++; }
    if (chance(0.5)) { this.txt(r, 1, '填报单位：' + this.ctx.city + pick(['开发区管理委员会', '统计局', '园区党工委']) + '    填报人：' + pick(['张伟', '李娜', '王芳', '刘洋']) + '    审核人：' + pick(['陈静', '赵磊', '孙丽'])); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 28; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}
function growthTol(cur, prev, fromRaw, d, dc) {
  const half = 0.5 * Math.pow(10, -d);
  if (!fromRaw) return half + 0.01;
  const h = 0.5 * Math.pow(10, -dc);
  return half + 0.01 + 100 * (h / cur + h / prev) * (cur / prev) * 1.05;
}
// round a list of raw parts; total = round(sum raw); tolerance = the rounding
function roundSum(raw, d) {
  const parts = raw.map((x) => rnd(x, d));
  const total = rnd(sumA(raw), d);
  const tol = Math.max(Math.abs(total - sumA(parts)), 0) + 1e-6;
  return { parts, total, tol: d === 0 ? tol : rnd(tol, d + 2) + Math.pow(10, -d - 3) };
}

// ---------- zone lists ----------
function zonesOf(n, withMunicipal) {
  const lv = [];
  const nn = I(1, 3), ns = I(2, 5), nm = withMunicipal ? I(2, 4) : 0;
  for (let i = 0; i < nn; i++) lv.push('国家级'); for (let i = 0; i < ns; i++) lv.push('省级'); for (let i = 0; i < nm; i++) lv.push('市级');
  const names = new Set();
  return lv.map((l) => { let nm2; do nm2 = zoneName(l); while (names.has(nm2)); names.add(nm2); return { name: nm2, level: l, m: zoneModel(l) }; });
}

// metric definitions: key, header, unit, decimals
const MET = {
  ent: ['入驻企业数', '家', 0], gs: ['规上工业企业', '家', 0], gx: ['高新技术企业', '家', 0],
  output: ['规上工业总产值', '亿元', 2], rev: ['营业收入', '亿元', 2], tax: ['税收收入', '亿元', 2], emp: ['从业人员', '人', 0], fdi: ['实际利用外资', '万美元', 0],
};

// write a hierarchical region table: rows = [{label, vals:{key:raw}, kind:'tot'|'sub'|'leaf', group}]
// columns = [{key, d, dash}] ; produces sums: tot = subs (or leaves), sub = its leaves
function writeRows(sb, r, rows, cols, c0) {
  const addr = rows.map(() => ({}));
  for (const col of cols) {
    // leaves rounded; subtotals and totals from raw
    rows.forEach((row, i) => {
      const v = row.vals[col.key];
      if (v === undefined) return;
      addr[i][col.key] = sb.put(r + i, col.c, rnd(v, col.d), col.d, col.dash && row.kind === 'leaf');
    });
    const idx = (k) => rows.map((x, i) => [x, i]).filter(([x]) => x.kind === k);
    const subs = idx('sub'), leaves = idx('leaf'), tot = idx('tot')[0];
    const half = col.d ? 0.5 * Math.pow(10, -col.d) : 0;
    for (const [s, si] of subs) {
      const ls = leaves.filter(([x]) => x.group === s.group);
      if (addr[si][col.key]) sb.rel('sum', { t: 'sum', total: addr[si][col.key], parts: ls.map(([, i]) => addr[i][col.key]), tol: half * (ls.length + 1) + 1e-6 });
    }
    if (tot && addr[tot[1]][col.key]) {
      const parts = subs.length ? subs : leaves;
      sb.rel('sum', { t: 'sum', total: addr[tot[1]][col.key], parts: parts.map(([, i]) => addr[i][col.key]), tol: half * (parts.length + 1) + 1e-6 });
    }
  }
  return addr;
}
function subLabel(st, lv) { return [lv + '开发区', lv + '园区', lv + '小计', '（' + '一二三'[LEVELS.indexOf(lv)] + '）' + lv + '开发区'][st]; }
function aggregate(list, keys) { const o = {}; for (const k of keys) o[k] = sumA(list.map((z) => z[k])); return o; }
function buildRows(zones, getVals, keys, opts) {
  const rows = [];
  const totLabel = opts.totLabel;
  const bottom = opts.bottom;
  const withSub = opts.withSub;
  opts.subStyle = opts.subStyle === undefined ? I(0, 3) : opts.subStyle;
  const all = zones.map((z) => ({ label: z.name, vals: getVals(z), kind: 'leaf', group: z.level }));
  const tot = { label: totLabel, vals: aggregate(all.map((x) => x.vals), keys), kind: 'tot' };
  if (!bottom) rows.push(tot);
  for (const lv of LEVELS) {
    const ls = all.filter((x) => x.group === lv); if (!ls.length) continue;
    if (withSub) {
      const sub = { label: subLabel(opts.subStyle, lv), vals: aggregate(ls.map((x) => x.vals), keys), kind: 'sub', group: lv };
      if (opts.subBottom) { rows.push(...ls.map((x) => ({ ...x, label: (opts.indent ? '  ' : '') + x.label })), sub); } else rows.push(sub, ...ls.map((x) => ({ ...x, label: (opts.indent ? '  ' : '') + x.label })));
    } else rows.push(...ls);
  }
  if (bottom) rows.push(tot);
  return rows;
}

// A: main indicators by zone with level subtotals, 其中 columns
function sheetA(sb, ctx) {
  const zones = zonesOf(0, chance(0.6));
  const keys = ['ent', 'gs', 'gx', 'output', 'rev', 'tax', 'emp'];
  if (chance(0.5)) keys.push('fdi');
  const nc = 1 + keys.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年开发区（园区）主要经济指标', pick(['单位：家、亿元、人', '计量单位：亿元', null]));
  const merged = chance(V(0.5, 0.8));
  const d = { output: pick([1, 2]), rev: pick([1, 2]), tax: 2 };
  const cols = keys.map((k, i) => ({ key: k, c: 2 + i, d: d[k] || 0, dash: k === 'gx' || k === 'fdi' }));
  const hdr = (k) => MET[k][0] + (MET[k][1] === '家' || MET[k][1] === '人' ? '（' + MET[k][1] + '）' : '（' + MET[k][1] + '）');
  if (merged) {
    sb.merge(r, 1, r + 1, 1, pick(['开发区名称', '园区', '开发区']));
    sb.merge(r, 2, r, 4, '入驻企业（家）');
    sb.txt(r + 1, 2, '合计'); sb.txt(r + 1, 3, '其中：规上工业企业'); sb.txt(r + 1, 4, '其中：高新技术企业');
    keys.slice(3).forEach((k, i) => sb.merge(r, 5 + i, r + 1, 5 + i, hdr(k)));
    r += 2;
  } else {
    sb.txt(r, 1, pick(['开发区名称', '园区名称', '单位']));
    keys.forEach((k, i) => sb.txt(r, 2 + i, k === 'gs' ? '其中：规上工业企业（家）' : k === 'gx' ? (chance(0.5) ? '其中：' : '') + '高新技术企业（家）' : hdr(k)));
    r++;
  }
  const rows = buildRows(zones, (z) => ({ ent: z.m.ent, gs: z.m.gs, gx: z.m.gx, output: z.m.output, rev: z.m.rev, tax: z.m.tax, emp: z.m.emp, fdi: z.m.fdi }), keys,
    { totLabel: pick(['合计', '总计', '全市', '全市合计']), bottom: chance(V(0.3, 0.6)), withSub: chance(0.7), subBottom: chance(V(0.1, 0.3)), indent: chance(0.4) });
  rows.forEach((row, i) => sb.txt(r + i, 1, row.label));
  const addr = writeRows(sb, r, rows, cols);
  rows.forEach((row, i) => {
    for (const k of ['gs', 'gx']) if (row.vals[k] > 0 || k === 'gs') sb.rel('le', { t: 'le', whole: addr[i].ent, parts: [addr[i][k]], tol: 0 });
  });
  r += rows.length;
  sb.widths(nc); sb.notes(r);
}

// B: two years side by side by zone, 本年 / 上年 / 增长(%)
function sheetB(sb, ctx) {
  const zones = zonesOf(0, chance(0.5));
  const keys = shuffle(['rev', 'tax', 'output', 'emp', 'ent']).slice(0, I(2, 3));
  const nc = 1 + 3 * keys.length;
  let r = sb.title(nc, ctx.city + '开发区主要指标（' + ctx.year + '年与' + (ctx.year - 1) + '年对比）', pick(['单位：亿元、人、家、%', null]));
  sb.merge(r, 1, r + 1, 1, pick(['开发区', '园区名称']));
  const gd = pick([1, 1, 2]);
  const fromRaw = chance(0.5);
  const yCur = pick([ctx.year + '年', '本年', '本期']), yPrev = pick([(ctx.year - 1) + '年', '上年', '上年同期']);
  keys.forEach((k, i) => {
    const c = 2 + 3 * i;
    sb.merge(r, c, r, c + 2, MET[k][0] + '（' + MET[k][1] + '）');
    sb.txt(r + 1, c, yCur); sb.txt(r + 1, c + 1, yPrev); sb.txt(r + 1, c + 2, pick(['增长(%)', '增长（%）', '增速(%)', '比上年增长(%)']));
  });
  r += 2;
  const rows = buildRows(zones, (z) => { const o = {}; for (const k of keys) { o[k] = z.m[k]; o[k + '_p'] = z.m.prev[k]; } return o; }, keys.flatMap((k) => [k, k + '_p']),
    { totLabel: pick(['合计', '全市合计', '总计']), bottom: chance(V(0.3, 0.6)), withSub: chance(0.5), indent: chance(0.3) });
  rows.forEach((row, i) => sb.txt(r + i, 1, row.label));
  const cols = keys.flatMap((k, i) => [{ key: k, c: 2 + 3 * i, d: MET[k][2] }, { key: k + '_p', c: 3 + 3 * i, d: MET[k][2] }]);
  const addr = writeRows(sb, r, rows, cols);
  rows.forEach((row, i) => keys.forEach((k, j) => {
    const dc = MET[k][2];
    const cv = rnd(row.vals[k], dc), pv = rnd(row.vals[k + '_p'], dc);
    const g = rnd(((fromRaw ? row.vals[k] / row.vals[k + '_p'] : cv / pv) - 1) * 100, gd);
    const gc = sb.put(r + i, 4 + 3 * j, g, gd);
    sb.rel('growth', { t: 'growth', cell: gc, cur: addr[i][k], prev: addr[i][k + '_p'], tol: growthTol(cv, pv, fromRaw, gd, dc) });
  }));
  r += rows.length;
  sb.widths(nc); sb.notes(r);
}

// C: party building coverage by zone: 企业数, 已建党组织企业数 (单独/联合), 覆盖率, 上年覆盖率, 增减(百分点); 从业人员, 党员, 占比; 党群服务中心
function sheetC(sb, ctx) {
  const zones = zonesOf(0, chance(0.6));
  const withSplit = chance(0.5), withPrev = chance(0.6), withDy = chance(0.7), withCenter = chance(0.6);
  const rd = pick([1, 1, 2]);
  const heads = [];
  heads.push(['qy', '企业总数（家）']);
  heads.push(['po', withSplit ? '已建立党组织企业数' : '已建立党组织的企业（家）']);
  if (withSplit) heads.push(['single', '其中：单独组建'], ['lian', '联合组建']);
  heads.push(['cov', '党组织覆盖率(%)']);
  if (withPrev) heads.push(['pcov', '上年覆盖率(%)'], ['dcov', pick(['增减（百分点）', '比上年增减(百分点)', '±百分点'])]);
  if (withDy) heads.push(['emp', '从业人员（人）'], ['dy', '党员（名）'], ['dyr', pick(['党员占从业人员比重(%)', '党员占比（%）'])]);
  if (withCenter) heads.push(['center', '党群服务中心（个）']);
  const nc = 1 + heads.length;
  let r = sb.title(nc, pick([ctx.city + '开发区（园区）党建工作基本情况', ctx.city + ctx.year + '年园区非公企业党组织覆盖情况统计表']), pick(['单位：家、名、%', null]));
  sb.txt(r, 1, pick(['园区', '开发区名称', '单位名称']));
  heads.forEach((h, i) => sb.txt(r, 2 + i, h[1])); r++;
  const rows = buildRows(zones, (z) => ({ qy: z.m.ent, po: z.m.po, single: z.m.single, lian: z.m.lian, emp: z.m.emp, dy: z.m.dy, center: z.m.center, pqy: z.m.prev.ent, ppo: z.m.prevPo }), ['qy', 'po', 'single', 'lian', 'emp', 'dy', 'center', 'pqy', 'ppo'],
    { totLabel: pick(['合计', '总计', '全市']), bottom: chance(V(0.3, 0.6)), withSub: chance(0.5), indent: chance(0.3) });
  rows.forEach((row, i) => sb.txt(r + i, 1, row.label));
  const col = (k) => 2 + heads.findIndex((h) => h[0] === k);
  const cols = heads.filter((h) => ['qy', 'po', 'single', 'lian', 'emp', 'dy', 'center'].includes(h[0])).map((h) => ({ key: h[0], c: col(h[0]), d: 0, dash: h[0] === 'center' }));
  const addr = writeRows(sb, r, rows, cols);
  rows.forEach((row, i) => {
    const v = row.vals, a = addr[i], rr = r + i;
    sb.rel('le', { t: 'le', whole: a.qy, parts: [a.po], tol: 0 });
    if (withSplit) sb.rel('sum', { t: 'sum', total: a.po, parts: [a.single, a.lian], tol: 0 });
    const cov = rnd(v.po / v.qy * 100, rd);
    const cc = sb.put(rr, col('cov'), cov, rd);
    sb.rel('rate', { t: 'rate', cell: cc, num: a.po, den: a.qy, k: 100, tol: 0.5 * Math.pow(10, -rd) + 1e-6 });
    if (withPrev) {
      const pc = rnd(v.ppo / v.pqy * 100, rd);
      const pcc = sb.put(rr, col('pcov'), pc, rd);
      const dc = sb.put(rr, col('dcov'), rnd(cov - pc, rd), rd);
      sb.rel('pp', { t: 'pp', cell: dc, cur: cc, prev: pcc, tol: Math.pow(10, -rd) * 0.01 + 1e-6 });
    }
    if (withDy) {
      const x = sb.put(rr, col('dyr'), rnd(v.dy / v.emp * 100, rd), rd);
      sb.rel('rate', { t: 'rate', cell: x, num: a.dy, den: a.emp, k: 100, tol: 0.5 * Math.pow(10, -rd) + 1e-6 });
    }
  });
  r += rows.length;
  sb.widths(nc); sb.notes(r, ['注：党组织覆盖率=已建立党组织的企业数/企业总数×100%。', '注：联合组建指与其他企业联合建立党组织。']);
}

// D: indicator list for one zone (or all zones): 指标 | 单位 | 本年 | 上年 | 增长(%)
function sheetD(sb, ctx) {
  const zones = zonesOf(0, false);
  const single = chance(0.5);
  const z = single ? zones[0].m : null;
  const agg = (k, p) => (single ? (p ? z.prev[k] : z[k]) : sumA(zones.map((q) => (p ? q.m.prev[k] : q.m[k]))));
  const unitCol = chance(0.6);
  const gd = pick([1, 1, 2]);
  const fromRaw = chance(0.5);
  const hdr = [pick(['指标', '指标名称']), ...(unitCol ? ['计量单位'] : []), pick([ctx.year + '年', '本年', '1-12月']), pick([(ctx.year - 1) + '年', '上年', '上年同期']), pick(['增长(%)', '比上年增长(%)', '同比增长（%）'])];
  const nc = hdr.length, o = unitCol ? 1 : 0;
  let r = sb.title(nc, (single ? zones[0].name : ctx.city + '开发区') + ctx.year + '年主要经济指标', unitCol ? null : '单位：家、亿元、万美元、人');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const row = (label, unit, cv, pv, d, rawc, rawp, noGrowth) => {
    sb.txt(r, 1, unitCol ? label : label + (chance(0.5) ? '（' + unit + '）' : ''));
    if (unitCol) sb.txt(r, 2, unit);
    const a = sb.put(r, 2 + o, cv, d), b = sb.put(r, 3 + o, pv, d);
    if (!noGrowth) {
      const g = rnd(((fromRaw ? rawc / rawp : cv / pv) - 1) * 100, gd);
      const gc = sb.put(r, 4 + o, g, gd);
      sb.rel('growth', { t: 'growth', cell: gc, cur: a, prev: b, tol: growthTol(cv, pv, fromRaw, gd, d) });
    } else sb.txt(r, 4 + o, pick(['—', '']));
    r++;
    return [a, b];
  };
  const ent = row('入驻企业数', '家', agg('ent'), agg('ent', 1), 0, agg('ent'), agg('ent', 1));
  const gs = row(pick(['其中：规上工业企业', '  其中：规模以上工业企业']), '家', agg('gs'), agg('gs', 1), 0, agg('gs'), agg('gs', 1));
  sb.rel('le', { t: 'le', whole: ent[0], parts: [gs[0]], tol: 0 }); sb.rel('le', { t: 'le', whole: ent[1], parts: [gs[1]], tol: 0 });
  if (agg('gx') > 0 && agg('gx', 1) > 0) { const gx = row('      高新技术企业', '家', agg('gx'), agg('gx', 1), 0, agg('gx'), agg('gx', 1)); sb.rel('le', { t: 'le', whole: ent[0], parts: [gx[0]], tol: 0 }); sb.rel('le', { t: 'le', whole: ent[1], parts: [gx[1]], tol: 0 }); }
  const dd = 2;
  row('规上工业总产值', '亿元', rnd(agg('output'), dd), rnd(agg('output', 1), dd), dd, agg('output'), agg('output', 1));
  // 营业收入 with 其中：工业营业收入 (le)
  const revC = agg('rev'), revP = agg('rev', 1);
  const rev = row('营业收入', '亿元', rnd(revC, dd), rnd(revP, dd), dd, revC, revP);
  const ic = revC * U(0.6, 0.85), ip = Math.min(revP * 0.95, revP * (ic / revC) * U(0.97, 1.03));
  const ind = row(pick(['其中：工业营业收入', '  其中：工业企业营业收入']), '亿元', rnd(ic, dd), rnd(ip, dd), dd, ic, ip);
  sb.rel('le', { t: 'le', whole: rev[0], parts: [ind[0]], tol: 0 }); sb.rel('le', { t: 'le', whole: rev[1], parts: [ind[1]], tol: 0 });
  row('税收收入', '亿元', rnd(agg('tax'), dd), rnd(agg('tax', 1), dd), dd, agg('tax'), agg('tax', 1));
  if (agg('fdi') > 0 && agg('fdi', 1) > 0) row('实际利用外资', '万美元', Math.round(agg('fdi')), Math.round(agg('fdi', 1)), 0, agg('fdi'), agg('fdi', 1));
  row('从业人员', '人', agg('emp'), agg('emp', 1), 0, agg('emp'), agg('emp', 1));
  sb.widths(nc); sb.notes(r);
}

// E: years as rows: 年份 | 营业收入 | 增长 | 税收收入 | 增长 | 入驻企业数 | (年均增长 row)
function sheetE(sb, ctx) {
  const ny = I(5, 9);
  const years = Array.from({ length: ny }, (_, i) => ctx.year - ny + 1 + i);
  let rev = U(200, 1500), tax = rev * U(.04, .07), ent = I(300, 2000), out = rev * U(.6, .8);
  const data = years.map(() => { const o = { rev, tax, ent, out }; rev *= 1 + U(-.03, .18); tax *= 1 + U(-.08, .2); ent = Math.round(ent * (1 + U(0, .12))); out *= 1 + U(-.05, .17); return o; });
  const gd = pick([1, 1, 2]);
  const nc = 8;
  let r = sb.title(nc, ctx.city + pick(['开发区', '国家级经济技术开发区', '工业园区']) + '历年主要经济指标', pick(['单位：亿元、家、%', null]));
  const h = ['年份', '营业收入（亿元）', '比上年增长(%)', '规上工业总产值（亿元）', '比上年增长(%)', '税收收入（亿元）', '比上年增长(%)', '入驻企业数（家）'];
  h.forEach((x, i) => sb.txt(r, i + 1, x)); r++;
  const asc = chance(V(0.8, 0.5));
  const order = asc ? data.map((_, i) => i) : data.map((_, i) => ny - 1 - i);
  const cells = {};
  for (const i of order) {
    sb.txt(r, 1, pick([String(years[i]), years[i] + '年']));
    const x = data[i];
    cells[i] = { rev: sb.put(r, 2, rnd(x.rev, 2), 2), out: sb.put(r, 4, rnd(x.out, 2), 2), tax: sb.put(r, 6, rnd(x.tax, 2), 2), ent: sb.put(r, 8, x.ent, 0) };
    for (const [k, c] of [['rev', 3], ['out', 5], ['tax', 7]]) {
      if (i === 0) { sb.txt(r, c, pick(['—', '', '-'])); continue; }
      const g = rnd((x[k] / data[i - 1][k] - 1) * 100, gd);
      const gc = sb.put(r, c, g, gd);
      cells[i][k + 'g'] = gc;
    }
    r++;
  }
  for (let i = 1; i < ny; i++) for (const k of ['rev', 'out', 'tax']) {
    const cv = rnd(data[i][k], 2), pv = rnd(data[i - 1][k], 2);
    sb.rel('growth', { t: 'growth', cell: cells[i][k + 'g'], cur: cells[i][k], prev: cells[i - 1][k], tol: growthTol(cv, pv, true, gd, 2) });
  }
  if (chance(0.5) && asc) {
    sb.txt(r, 1, pick([years[0] + '-' + years[ny - 1] + '年年均增长(%)', '年均增长（%）']));
    const n = ny - 1;
    for (const [k, c] of [['rev', 2], ['out', 4], ['tax', 6]]) {
      const v = rnd((Math.pow(data[ny - 1][k] / data[0][k], 1 / n) - 1) * 100, 1);
      const a = sb.put(r, c, v, 1);
      const e = rnd(data[ny - 1][k], 2), s = rnd(data[0][k], 2);
      sb.rel('cagr', { t: 'cagr', cell: a, end: cells[ny - 1][k], start: cells[0][k], n, tol: 0.05 + 100 * (0.005 / s + 0.005 / e) + 0.01 });
    }
    r++;
  }
  sb.widths(nc); sb.notes(r, ['注：' + years[0] + '年起按新口径统计。', '注：增长速度按现价计算。']);
}

// F: transposed: indicators as rows, zones as columns with 合计 column
function sheetF(sb, ctx) {
  const zones = zonesOf(0, chance(0.4)).slice(0, I(3, 7));
  const totFirst = chance(V(0.7, 0.4));
  const cols = zones.map((z) => ({ name: z.name, m: z.m }));
  const keys = ['ent', 'gs', 'gx', 'output', 'rev', 'tax', 'emp'];
  const tot = { name: pick(['合计', '全市', '总计']), m: aggregate(zones.map((z) => z.m), keys) };
  if (totFirst) cols.unshift(tot); else cols.push(tot);
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年各开发区主要指标对比', null);
  sb.txt(r, 1, pick(['指标', '项目'])); cols.forEach((c, i) => sb.txt(r, 2 + i, c.name)); r++;
  const labs = { ent: '入驻企业数（家）', gs: '', gx: '', output: '规上工业总产值（亿元）', rev: '营业收入（亿元）', tax: '税收收入（亿元）', emp: '从业人员（人）' };
  [labs.gs, labs.gx] = pick([['  其中：规上工业企业（家）', '        高新技术企业（家）'], ['其中：规上工业企业（家）', '      高新技术企业（家）'], ['  其中：规上工业企业（家）', '  其中：高新技术企业（家）']]);
  const dd = { output: 2, rev: 2, tax: 2 };
  const ti = cols.indexOf(tot);
  const rowOf = {};
  keys.forEach((k, j) => {
    sb.txt(r + j, 1, labs[k]); rowOf[k] = r + j;
    const d = dd[k] || 0;
    const as = cols.map((c, i) => sb.put(r + j, 2 + i, rnd(c.m[k], d), d, k === 'gx' && i !== ti));
    sb.rel('sum', { t: 'sum', total: as[ti], parts: as.filter((_, i) => i !== ti), tol: d ? 0.5 * Math.pow(10, -d) * cols.length + 1e-6 : 0 });
  });
  cols.forEach((c, i) => {
    const a = (k) => sb.a(rowOf[k], 2 + i);
    sb.rel('le', { t: 'le', whole: a('ent'), parts: [a('gs')], tol: 0 });
    if (c.m.gx > 0) sb.rel('le', { t: 'le', whole: a('ent'), parts: [a('gx')], tol: 0 });
  });
  r += keys.length;
  // 亩均税收? a rate row: 税收占营业收入比重(%)
  if (chance(0.5)) {
    sb.txt(r, 1, '税收占营业收入比重(%)');
    cols.forEach((c, i) => { const tx = rnd(c.m.tax, 2), rv = rnd(c.m.rev, 2); const v = sb.put(r, 2 + i, rnd(tx / rv * 100, 1), 1); sb.rel('rate', { t: 'rate', cell: v, num: sb.a(rowOf.tax, 2 + i), den: sb.a(rowOf.rev, 2 + i), k: 100, tol: 0.051 }); });
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// G: regions (全省 + cities, or 全市 + districts): count of zones by level, revenue, share of national-level
function sheetG(sb, ctx) {
  const prov = chance(0.5);
  const n = I(4, 10);
  const names = prov ? uniq(n, cityName) : countyNames(n);
  const gd = pick([1, 2]);
  const regs = names.map((nm) => {
    const nn = chance(0.4) ? I(1, 2) : 0, ns = I(0, 3), nm2 = I(0, 3);
    const zs = []; for (let i = 0; i < nn; i++) zs.push(zoneModel('国家级')); for (let i = 0; i < ns; i++) zs.push(zoneModel('省级')); for (let i = 0; i < nm2; i++) zs.push(zoneModel('市级'));
    if (!zs.length) { zs.push(zoneModel('省级')); }
    const cnt = [nn, zs.length - nn - nm2, nm2];
    const rev = sumA(zs.map((z) => z.rev)), revN = sumA(zs.slice(0, nn).map((z) => z.rev));
    return { nm, cnt, rev, revN, ent: sumA(zs.map((z) => z.ent)) };
  });
  const tot = { nm: prov ? pick(['全省', '全省合计']) : pick(['全市', '全市合计', '合计']), cnt: [0, 1, 2].map((i) => sumA(regs.map((x) => x.cnt[i]))), rev: sumA(regs.map((x) => x.rev)), revN: sumA(regs.map((x) => x.revN)), ent: sumA(regs.map((x) => x.ent)), tot: true };
  const all = chance(V(0.7, 0.4)) ? [tot, ...regs] : [...regs, tot];
  const nc = 9;
  let r = sb.title(nc, (prov ? '各市' : '各县（市、区）') + '开发区基本情况（' + ctx.year + '年）', pick(['单位：个、家、亿元', null]));
  sb.merge(r, 1, r + 1, 1, '地区'); sb.merge(r, 2, r, 5, '开发区数量（个）');
  ['合计', '国家级', '省级', '市级'].forEach((x, i) => sb.txt(r + 1, 2 + i, x));
  sb.merge(r, 6, r + 1, 6, '入驻企业数（家）'); sb.merge(r, 7, r, 9, '营业收入');
  sb.txt(r + 1, 7, '合计（亿元）'); sb.txt(r + 1, 8, '其中：国家级开发区（亿元）'); sb.txt(r + 1, 9, pick(['国家级占比(%)', '国家级开发区占比（%）']));
  r += 2;
  const colCells = { c: [[], [], [], []], ent: [], rev: [], revN: [] }; let tc;
  for (const x of all) {
    sb.txt(r, 1, x.nm);
    const ct = sb.put(r, 2, sumA(x.cnt), 0);
    const cs = x.cnt.map((v, i) => sb.put(r, 3 + i, v, 0, !x.tot));
    sb.rel('sum', { t: 'sum', total: ct, parts: cs, tol: 0 });
    const e = sb.put(r, 6, x.ent, 0);
    const rv = sb.put(r, 7, rnd(x.rev, 2), 2), rn = sb.put(r, 8, rnd(x.revN, 2), 2, !x.tot);
    sb.rel('le', { t: 'le', whole: rv, parts: [rn], tol: 0 });
    const sh = rnd(rnd(x.revN, 2) / rnd(x.rev, 2) * 100, gd);
    if (x.revN > 0) { const s = sb.put(r, 9, sh, gd); sb.rel('rate', { t: 'rate', cell: s, num: rn, den: rv, k: 100, tol: 0.5 * Math.pow(10, -gd) + 1e-6 }); }
    else sb.txt(r, 9, pick(['-', '—', '']));
    if (x.tot) tc = { ct, cs, e, rv, rn }; else { colCells.c[0].push(ct); cs.forEach((a, i) => colCells.c[i + 1].push(a)); colCells.ent.push(e); colCells.rev.push(rv); colCells.revN.push(rn); }
    r++;
  }
  sb.rel('sum', { t: 'sum', total: tc.ct, parts: colCells.c[0], tol: 0 });
  tc.cs.forEach((a, i) => sb.rel('sum', { t: 'sum', total: a, parts: colCells.c[i + 1], tol: 0 }));
  sb.rel('sum', { t: 'sum', total: tc.e, parts: colCells.ent, tol: 0 });
  sb.rel('sum', { t: 'sum', total: tc.rv, parts: colCells.rev, tol: 0.005 * (n + 1) + 1e-6 });
  sb.rel('sum', { t: 'sum', total: tc.rn, parts: colCells.revN, tol: 0.005 * (n + 1) + 1e-6 });
  sb.widths(nc); sb.notes(r);
}

// H: party organisations by type per zone: 党组织数 合计 | 党委 | 党总支 | 党支部 ; 党员 ; 党群服务中心
function sheetH(sb, ctx) {
  const zones = zonesOf(0, chance(0.6));
  const nc = 7;
  let r = sb.title(nc, ctx.city + '园区党组织设置情况（截至' + ctx.year + '年底）', pick(['单位：个、名', null]));
  const merged = chance(V(0.6, 0.9));
  if (merged) {
    sb.merge(r, 1, r + 1, 1, '园区'); sb.merge(r, 2, r, 5, '党组织数（个）');
    ['合计', '党委', '党总支', '党支部'].forEach((x, i) => sb.txt(r + 1, 2 + i, x));
    sb.merge(r, 6, r + 1, 6, '党员数（名）'); sb.merge(r, 7, r + 1, 7, '党群服务中心（个）'); r += 2;
  } else {
    ['园区', '党组织总数', '其中：党委', '党总支', '党支部', '党员人数', '党群服务中心数'].forEach((x, i) => sb.txt(r, 1 + i, x)); r++;
  }
  const rows = buildRows(zones, (z) => ({ po: z.m.po, dw: z.m.dw, dzz: z.m.dzz, dzb: z.m.dzb, dy: z.m.dy, center: z.m.center }), ['po', 'dw', 'dzz', 'dzb', 'dy', 'center'],
    { totLabel: pick(['合计', '总计', '全市']), bottom: chance(V(0.3, 0.6)), withSub: chance(0.4), indent: chance(0.3) });
  rows.forEach((row, i) => sb.txt(r + i, 1, row.label));
  const cols = ['po', 'dw', 'dzz', 'dzb', 'dy', 'center'].map((k, i) => ({ key: k, c: 2 + i, d: 0, dash: ['dw', 'center'].includes(k) }));
  const addr = writeRows(sb, r, rows, cols);
  rows.forEach((row, i) => sb.rel('sum', { t: 'sum', total: addr[i].po, parts: [addr[i].dw, addr[i].dzz, addr[i].dzb], tol: 0 }));
  r += rows.length;
  sb.widths(nc); sb.notes(r, ['注：党组织数含联合党组织。']);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH };
const SHEETNAMES = { A: ['主要经济指标', '分园区', '表1', 'Sheet1'], B: ['两年对比', '增长情况', '表2'], C: ['党建覆盖', '党组织覆盖', '表3'], D: ['指标汇总', '主要指标', '表4'], E: ['历年', '历年指标', '表5'], F: ['园区对比', '表6'], G: ['分地区', '各地开发区', '表7'], H: ['党组织设置', '党建情况', '表8'] };
const WEIGHTS = variant ? { A: 1, B: 1, C: 1, D: 1, E: 2, F: 2, G: 2, H: 2 } : { A: 2, B: 2, C: 2, D: 1, E: 1, F: 1, G: 1, H: 1 };

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'growth', 'pp', 'le'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum') out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'le' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.t === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && (rel.t === 'growth' || rel.t === 'cagr')) out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.t === 'pp') out.push([sb, rel, rel.cell]);
  }
  return out;
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 30; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta || meta.dash) continue;
    const was = num(sb.vals[addr]);
    if (!(was > 0) && kind !== 'growth' && kind !== 'pp') continue;
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(.08, .3)), meta.d);
    else if (kind === 'le') { const w = num(sb.vals[rel.whole]); now = rnd(w * U(1.05, 1.3) + 1, meta.d); }
    else if (kind === 'rate') now = rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(3, 8), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1.5, 4), meta.d);
    if (now === was || now < 0 && kind !== 'growth' && kind !== 'pp') continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, 2 * Math.pow(10, -meta.d), kind === 'le' ? 1 : 0)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind, rel };
  }
  return null;
}

(async () => {
  const N = Number(NBOOKS), pf = Number(PFRAC);
  const manifest = [];
  const nPlant = Math.round(N * pf);
  for (let b = 0; b < N; b++) {
    const planted = b < nPlant;
    let done = false;
    for (let attempt = 0; attempt < 20 && !done; attempt++) {
      R = mulberry(Number(SEED0) * 7919 + b * 104729 + variant * 31 + attempt * 7);
      const ctx = { year: I(2017, 2024), city: cityName(), textP: chance(V(0.25, 0.5)) ? U(0.05, 0.4) : 0, thousands: chance(0.3) };
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      const bag = Object.entries(WEIGHTS).flatMap(([k, w]) => Array(w).fill(k));
      const tkeys = [...new Set(shuffle(bag))].slice(0, nS);
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sb.type = t; sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && ex > 1e-9) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 15 ? [PLANT_KINDS[b % PLANT_KINDS.length]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify({ types: sheets.map((s) => [s.name, s.type]), rels: sheets.flatMap((s) => s.rels) }));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, plants: plants.map(({ rel, ...p }) => ({ ...p, rel })) });
      done = true;
    }
    if (!done) throw new Error('could not build book ' + b);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
