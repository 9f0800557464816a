// Generator for round 74B: tax revenue statistics workbooks. node gen.js
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(7404);
const rf = (a, b) => a + R() * (b - a);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function rd(x, d) { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-7 : -1e-7)) / m; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const fmt = (d, thou) => d ? (thou ? '#,##0.' : '0.') + '0'.repeat(d) : (thou ? '#,##0' : '0');
const sum = (a, d) => rd(a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0), d);
const gr = (c, p) => (typeof c === 'number' && typeof p === 'number' && p > 0) ? rd((c / p - 1) * 100, 1) : '—';

const PLACES = [
  { name: '宁乡市', tot: '全市', level: 'county', subs: ['玉潭街道', '白马桥街道', '城郊街道', '历经铺街道', '夏铎铺镇', '双江口镇', '灰汤镇', '煤炭坝镇', '道林镇', '花明楼镇'] },
  { name: '株洲市', tot: '全市', level: 'city', subs: ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县'] },
  { name: '赣州市', tot: '全市', level: 'city', subs: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '龙南市', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市'] },
  { name: '绍兴市', tot: '全市', level: 'city', subs: ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市'] },
  { name: '临沂市', tot: '合计', level: 'city', subs: ['兰山区', '罗庄区', '河东区', '沂南县', '郯城县', '沂水县', '兰陵县', '费县', '平邑县', '莒南县', '蒙阴县', '临沭县'] },
  { name: '慈溪市', tot: '全市', level: 'county', subs: ['浒山街道', '白沙路街道', '古塘街道', '坎墩街道', '宗汉街道', '观海卫镇', '周巷镇', '龙山镇', '掌起镇', '附海镇', '桥头镇', '匡堰镇'] },
  { name: '遵义市', tot: '全市', level: 'city', subs: ['红花岗区', '汇川区', '播州区', '桐梓县', '绥阳县', '正安县', '道真县', '务川县', '凤冈县', '湄潭县', '余庆县', '习水县', '赤水市', '仁怀市'] },
];
const TAXES = [
  ['zzs', '国内增值税', 0.38], ['xfs', '国内消费税', 0.03], ['qysds', '企业所得税', 0.17], ['grsds', '个人所得税', 0.06], ['zys', '资源税', 0.015],
  ['cjs', '城市维护建设税', 0.055], ['fcs', '房产税', 0.04], ['yhs', '印花税', 0.022], ['tdsys', '城镇土地使用税', 0.03], ['tdzzs', '土地增值税', 0.07],
  ['ccs', '车船税', 0.012], ['gdzys', '耕地占用税', 0.02], ['qs', '契税', 0.08], ['hbs', '环境保护税', 0.004], ['qt', '其他税收', 0.002],
];
const INDS = [ // key, label, parent, indent
  ['i1', '第一产业', null, 1], ['i2', '第二产业', null, 1], ['gy', '工业', 'i2', 2], ['zzy', '其中：制造业', 'gy*', 3], ['jzy', '建筑业', 'i2', 2],
  ['i3', '第三产业', null, 1], ['pf', '批发和零售业', 'i3', 2], ['jt', '交通运输、仓储和邮政业', 'i3', 2], ['jr', '金融业', 'i3', 2], ['fdc', '房地产业', 'i3', 2], ['zl', '租赁和商务服务业', 'i3', 2], ['q3', '其他服务业', 'i3', 2],
];
const REGS = [['gy', '国有企业'], ['jt', '集体企业'], ['gf', '股份合作企业'], ['ly', '联营企业'], ['yx', '有限责任公司'], ['gfyx', '股份有限公司'], ['sy', '私营企业'], ['qtn', '其他企业']];

class Book { constructor() { this.wb = new ExcelJS.Workbook(); this.rels = []; this.cells = {}; this.cmp = new Set(); } }
class SW {
  constructor(book, name) { this.book = book; this.name = name; this.ws = book.wb.addWorksheet(name); }
  a(r, c) { return colL(c) + r; }
  put(r, c, v, o = {}) {
    const cell = this.ws.getCell(r, c); cell.value = v;
    if (typeof v === 'number') { const d = o.dec || 0; cell.numFmt = fmt(d, o.thou); this.book.cells[this.name + '!' + this.a(r, c)] = { v, dec: d }; }
    else if (typeof v === 'string' && (v === '—' || v === '…' || v === '-')) cell.alignment = { horizontal: 'right' };
    if (o.indent) cell.alignment = { indent: o.indent };
    if (o.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (o.bold) cell.font = { bold: true };
    return typeof v === 'number' ? this.a(r, c) : null;
  }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); }
  rel(o) {
    const cs = o.t === 'sum' ? [o.total, ...o.parts] : o.t === 'le' ? [o.part, o.whole] : o.t === 'rate' ? [o.out, ...o.num, o.den] : [o.out, o.cur || o.part, o.prev || o.total];
    if (o.t === 'sum') { o.parts = o.parts.filter(Boolean); if (!o.total || o.parts.length < 2) return; }
    else if (cs.some((x) => !x)) return;
    o.sheet = this.name; this.book.rels.push(o);
  }
  title(r, text, ncol) { this.put(r, 1, text, { center: true, bold: true }); this.merge(r, 1, r, ncol); }
}

// ---------- data ----------
function mkUnit(level) {
  if (level === 'county') return pick([{ u: '万元', d: 0, s: 1 }, { u: '万元', d: 0, s: 1 }, { u: '万元', d: 1, s: 1 }, { u: '亿元', d: 2, s: 1e-4 }]);
  return pick([{ u: '万元', d: 0, s: 1 }, { u: '亿元', d: 2, s: 1e-4 }, { u: '亿元', d: 2, s: 1e-4 }]);
}
function baseTotal(level) { return level === 'county' ? rf(15e4, 9e5) : rf(8e5, 6e6); } // 万元
// publish one year's tax breakdown given total; returns {key: value|'—'}
function taxYear(tot, U, level, prev) {
  const o = {};
  for (const [k, , w] of TAXES) {
    let v;
    if (prev) { const p = prev.raw[k]; v = p === null ? null : p * (k === 'tdzzs' || k === 'qs' || k === 'gdzys' ? rf(0.55, 1.25) : rf(0.85, 1.25)); }
    else { v = tot * w * rf(0.6, 1.4); if (k === 'xfs' && level === 'county' && chance(0.5)) v = null; if (k === 'zys' && chance(0.2)) v = null; }
    o[k] = v;
  }
  const pub = {};
  for (const k in o) pub[k] = o[k] === null ? '—' : rd(o[k] * U.s, U.d);
  pub.tot = sum(Object.values(pub), U.d);
  return { raw: o, pub };
}
function twoYears(level, U) {
  const t = baseTotal(level);
  const cur = taxYear(t, U, level);
  const prev = taxYear(t, U, level, cur); // "prev" derived from cur with factors
  return { cur: cur.pub, prev: prev.pub };
}
const NOTES = ['注：税收收入为税务部门组织的各项税收收入（含海关代征），不含出口退税。', '资料来源：国家税务总局{P}税务局。', '注：因四舍五入原因，分项之和与合计可能存在微小差异。', '注：“—”表示无数据。', '资料来源：{P}财政局。', '注：增长速度按可比口径计算。'];
const note = (sw, r, place) => { const n = ri(1, 2); for (let i = 0; i < n; i++) { const t = pick(NOTES).replace('{P}', place.name); if (/可比口径/.test(t)) sw.book.cmp.add(sw.name); sw.put(r++, 1, t); } return r; };
const unitRow = (sw, r, U, ncol) => { sw.put(r, ncol, '单位：' + U.u); return r + 1; };

// ---------- A. by tax: 本年 上年 [增减额] 增长 [占比] ----------
function gByTax(book, sname, ctx, opts = {}) {
  const { place, U, Y } = ctx; const { cur, prev } = ctx.tax;
  const withDiff = chance(0.6), withShare = chance(0.6), withSub = chance(0.4);
  const cols = ['c', 'p', ...(withDiff ? ['d'] : []), 'g', ...(withShare ? ['s'] : [])];
  const sw = new SW(book, sname); let r = 1; const nc = cols.length + 1;
  sw.title(r++, `${Y}年${place.name}税收收入分税种情况`, nc);
  r = unitRow(sw, r, U, nc);
  const two = chance(0.5);
  const H = { c: `${Y}年`, p: `${Y - 1}年`, d: '增减额', g: '增长（%）', s: '占比（%）' };
  if (two) {
    sw.put(r, 1, '税种', { center: true }); sw.merge(r, 1, r + 1, 1);
    sw.put(r, 2, '税收收入', { center: true }); sw.merge(r, 2, r, 2 + (withDiff ? 2 : 1));
    cols.forEach((cc, j) => { if (cc === 'c' || cc === 'p' || cc === 'd') sw.put(r + 1, j + 2, H[cc], { center: true }); else { sw.put(r, j + 2, H[cc], { center: true }); sw.merge(r, j + 2, r + 1, j + 2); } });
    r += 2;
  } else { sw.put(r, 1, '项目'); cols.forEach((cc, j) => sw.put(r, j + 2, H[cc], { center: true })); r++; }
  const A = {};
  const rowOf = (id, label, c, p, ind, totc) => {
    sw.put(r, 1, label, ind ? { indent: ind } : { bold: true }); A[id] = {};
    cols.forEach((cc, j) => {
      let v;
      if (cc === 'c') v = c; else if (cc === 'p') v = p; else if (cc === 'g') v = gr(c, p);
      else if (cc === 'd') v = (typeof c === 'number' || typeof p === 'number') ? rd((typeof c === 'number' ? c : 0) - (typeof p === 'number' ? p : 0), U.d) : '—';
      else v = typeof c === 'number' ? (id === 'T' ? rd(100, 1) : rd(c / totc * 100, withShare === 2 ? 2 : 1)) : '—';
      A[id][cc] = sw.put(r, j + 2, v, { dec: cc === 'g' || cc === 's' ? 1 : U.d, thou: U.d === 0 && Math.abs(v) > 9999 });
    });
    sw.rel({ t: 'growth', out: A[id].g, cur: A[id].c, prev: A[id].p, dec: 1 });
    if (withDiff && typeof c === 'number' && typeof p === 'number') sw.rel({ t: 'diff', out: A[id].d, cur: A[id].c, prev: A[id].p, dec: U.d });
    if (withShare && id !== 'T') sw.rel({ t: 'share', out: A[id].s, part: A[id].c, total: A.T.c, dec: 1 });
    r++;
  };
  rowOf('T', pick(['税收收入合计', '税收收入', '合计', '各项税收']), cur.tot, prev.tot, 0);
  let subKeys = TAXES.map((t) => t[0]);
  for (const [k, l] of TAXES) {
    rowOf(k, l, cur[k], prev[k], 1, cur.tot);
    if (k === 'zzs' && withSub) {
      const f = rf(0.3, 0.5); const sc = rd(cur[k] * f, U.d), sp = rd(prev[k] * f * rf(0.9, 1.1), U.d);
      rowOf('zzs_s', '其中：改征增值税', sc, sp, 2, cur.tot);
      sw.rel({ t: 'le', part: A.zzs_s.c, whole: A.zzs.c }); sw.rel({ t: 'le', part: A.zzs_s.p, whole: A.zzs.p });
    }
  }
  for (const cc of ['c', 'p', ...(withDiff ? ['d'] : [])]) sw.rel({ t: 'sum', total: A.T[cc], parts: subKeys.map((k) => A[k][cc]) });
  r++; r = note(sw, r, place);
  return sw;
}

// ---------- B. monthly: 本月 | 1-N月累计 | 上年同期累计 | 同比增长 ----------
function gMonthly(book, sname, ctx) {
  const { place, U, Y } = ctx; const M = ri(2, 12);
  const { cur, prev } = ctx.tax; // annual -> scale to cumulative
  const f = M / 12 * rf(0.9, 1.05);
  const keys = TAXES.map((t) => t[0]).filter(() => true);
  const cum = {}, pcum = {}, mon = {};
  for (const k of keys) {
    cum[k] = typeof cur[k] === 'number' ? rd(cur[k] * f, U.d) : '—';
    pcum[k] = typeof prev[k] === 'number' ? rd(prev[k] * f * rf(0.95, 1.05), U.d) : '—';
    mon[k] = typeof cum[k] === 'number' ? rd(cum[k] / M * rf(0.5, 1.6), U.d) : '—';
  }
  const showNeg = chance(0.3); if (showNeg) { mon.qt = rd(-Math.abs(typeof mon.qt === 'number' ? mon.qt : 5) - 1 * Math.pow(10, -U.d), U.d); }
  const T = { m: sum(keys.map((k) => mon[k]), U.d), c: sum(keys.map((k) => cum[k]), U.d), p: sum(keys.map((k) => pcum[k]), U.d) };
  const sw = new SW(book, sname); let r = 1;
  sw.title(r++, `${place.name}${Y}年${M}月税收收入完成情况`, 5);
  r = unitRow(sw, r, U, 5);
  sw.put(r, 1, '项目', { center: true }); sw.merge(r, 1, r + 1, 1);
  sw.put(r, 2, '本月', { center: true }); sw.merge(r, 2, r + 1, 2);
  sw.put(r, 3, '累计', { center: true }); sw.merge(r, 3, r, 5);
  sw.put(r + 1, 3, `1-${M}月`, { center: true }); sw.put(r + 1, 4, '上年同期', { center: true }); sw.put(r + 1, 5, '同比增长（%）', { center: true });
  r += 2;
  const A = {};
  const row = (id, label, m, c, p, ind) => {
    sw.put(r, 1, label, ind ? { indent: ind } : {});
    A[id] = { m: sw.put(r, 2, m, { dec: U.d }), c: sw.put(r, 3, c, { dec: U.d }), p: sw.put(r, 4, p, { dec: U.d }), g: sw.put(r, 5, gr(c, p), { dec: 1 }) };
    sw.rel({ t: 'growth', out: A[id].g, cur: A[id].c, prev: A[id].p, dec: 1 }); r++;
  };
  row('T', '税收收入', T.m, T.c, T.p, 0);
  for (const [k, l] of TAXES) row(k, (chance(0.5) ? '' : '  ') + l, mon[k], cum[k], pcum[k], 1);
  for (const cc of ['m', 'c', 'p']) sw.rel({ t: 'sum', total: A.T[cc], parts: keys.map((k) => A[k][cc]) });
  r++; r = note(sw, r, place);
}

// ---------- C. by industry ----------
function gIndustry(book, sname, ctx) {
  const { place, U, Y } = ctx;
  const tot = baseTotal(place.level);
  const W = { i1: 0.004, gy: 0.42, jzy: 0.07, pf: 0.14, jt: 0.03, jr: 0.09, fdc: 0.15, zl: 0.05, q3: 0.05 };
  const mk = (base) => { const o = {}; for (const k in W) o[k] = rd(base[k] * U.s, U.d); return o; };
  const rawc = {}; for (const k in W) rawc[k] = tot * W[k] * rf(0.6, 1.4);
  const rawp = {}; for (const k in W) rawp[k] = rawc[k] * rf(0.78, 1.2);
  const c = mk(rawc), p = mk(rawp);
  for (const o of [c, p]) { o.zzy = rd(o.gy * rf(0.7, 0.92), U.d); o.i2 = sum([o.gy, o.jzy], U.d); o.i3 = sum([o.pf, o.jt, o.jr, o.fdc, o.zl, o.q3], U.d); o.T = sum([o.i1, o.i2, o.i3], U.d); }
  const withShare = chance(0.7);
  const sw = new SW(book, sname); let r = 1; const nc = withShare ? 6 : 5;
  sw.title(r++, `${place.name}分行业税收收入情况（${Y}年）`, nc);
  r = unitRow(sw, r, U, nc);
  ['行业', `${Y}年`, `${Y - 1}年`, '增减额', '增长（%）', ...(withShare ? ['占比（%）'] : [])].forEach((h, j) => sw.put(r, j + 1, h, { center: true })); r++;
  const A = {};
  const row = (id, label, ind) => {
    sw.put(r, 1, label, ind ? { indent: ind } : { bold: true });
    A[id] = { c: sw.put(r, 2, c[id], { dec: U.d }), p: sw.put(r, 3, p[id], { dec: U.d }), d: sw.put(r, 4, rd(c[id] - p[id], U.d), { dec: U.d }), g: sw.put(r, 5, gr(c[id], p[id]), { dec: 1 }) };
    if (withShare) A[id].s = sw.put(r, 6, id === 'T' ? 100 : rd(c[id] / c.T * 100, 1), { dec: 1 });
    sw.rel({ t: 'growth', out: A[id].g, cur: A[id].c, prev: A[id].p, dec: 1 });
    sw.rel({ t: 'diff', out: A[id].d, cur: A[id].c, prev: A[id].p, dec: U.d });
    if (withShare && id !== 'T') sw.rel({ t: 'share', out: A[id].s, part: A[id].c, total: A.T.c, dec: 1 });
    r++;
  };
  row('T', pick(['合计', '税收收入合计', '总计']), 0);
  for (const [k, l, , ind] of INDS) row(k, l, ind);
  for (const cc of ['c', 'p', 'd']) {
    sw.rel({ t: 'sum', total: A.T[cc], parts: [A.i1[cc], A.i2[cc], A.i3[cc]] });
    sw.rel({ t: 'sum', total: A.i2[cc], parts: [A.gy[cc], A.jzy[cc]] });
    sw.rel({ t: 'sum', total: A.i3[cc], parts: ['pf', 'jt', 'jr', 'fdc', 'zl', 'q3'].map((k) => A[k][cc]) });
  }
  sw.rel({ t: 'le', part: A.zzy.c, whole: A.gy.c }); sw.rel({ t: 'le', part: A.zzy.p, whole: A.gy.p });
  r++; r = note(sw, r, place);
}

// ---------- D. by registration type ----------
function gRegType(book, sname, ctx) {
  const { place, U, Y } = ctx;
  const tot = baseTotal(place.level);
  const W = { gy: 0.18, jt: 0.004, gf: 0.002, ly: 0.001, yx: 0.3, gfyx: 0.12, sy: 0.2, qtn: 0.01, gat: 0.04, ws: 0.06, gt: 0.03 };
  const c = {}, p = {};
  for (const k in W) { const v = tot * W[k] * rf(0.6, 1.4); c[k] = rd(v * U.s, U.d); p[k] = rd(v * rf(0.8, 1.2) * U.s, U.d); }
  if (chance(0.4)) { c.ly = '—'; p.ly = '—'; }
  for (const o of [c, p]) { o.nz = sum(REGS.map(([k]) => o[k]), U.d); o.T = sum([o.nz, o.gat, o.ws, o.gt], U.d); o.fg = sum([o.sy, o.gat, o.ws, o.gt], U.d); }
  const sw = new SW(book, sname); let r = 1;
  sw.title(r++, `${Y}年${place.name}税收收入（按登记注册类型分）`, 5);
  r = unitRow(sw, r, U, 5);
  ['登记注册类型', '本年', '上年', '增长（%）', '占比（%）'].forEach((h, j) => sw.put(r, j + 1, h, { center: true })); r++;
  const A = {};
  const row = (id, label, ind) => {
    sw.put(r, 1, label, ind ? { indent: ind } : {});
    A[id] = { c: sw.put(r, 2, c[id], { dec: U.d }), p: sw.put(r, 3, p[id], { dec: U.d }), g: sw.put(r, 4, gr(c[id], p[id]), { dec: 1 }), s: sw.put(r, 5, typeof c[id] === 'number' ? (id === 'T' ? 100 : rd(c[id] / c.T * 100, 1)) : '—', { dec: 1 }) };
    sw.rel({ t: 'growth', out: A[id].g, cur: A[id].c, prev: A[id].p, dec: 1 });
    if (id !== 'T') sw.rel({ t: 'share', out: A[id].s, part: A[id].c, total: A.T.c, dec: 1 });
    r++;
  };
  row('T', '合计', 0);
  const fgFirst = chance(0.5);
  if (fgFirst) row('fg', '其中：非公有制经济', 2);
  row('nz', '内资企业', 1);
  for (const [k, l] of REGS) row(k, l, 2);
  row('gat', '港澳台商投资企业', 1); row('ws', '外商投资企业', 1); row('gt', '个体经营', 1);
  if (!fgFirst) { r++; sw.put(r - 1, 1, '附：'); row('fg', '非公有制经济', 1); }
  for (const cc of ['c', 'p']) {
    sw.rel({ t: 'sum', total: A.T[cc], parts: [A.nz[cc], A.gat[cc], A.ws[cc], A.gt[cc]] });
    sw.rel({ t: 'sum', total: A.nz[cc], parts: REGS.map(([k]) => A[k][cc]) });
    sw.rel({ t: 'le', part: A.fg[cc], whole: A.T[cc] });
  }
  r++; r = note(sw, r, place);
}

// ---------- E. by county: tax, budget, ratio ----------
function gCounty(book, sname, ctx) {
  const { place, U, Y } = ctx;
  const regs = place.subs.map((n) => { const t = baseTotal('county') * (place.level === 'county' ? 0.12 : 1); const c = rd(t * U.s, U.d); const p = rd(t * rf(0.8, 1.2) * U.s, U.d); const b = rd(c / rf(0.62, 0.88), U.d); const bp = rd(p / rf(0.62, 0.88), U.d); return { n, c, p, b, bp }; });
  const T = { n: place.tot, c: sum(regs.map((x) => x.c), U.d), p: sum(regs.map((x) => x.p), U.d), b: sum(regs.map((x) => x.b), U.d), bp: sum(regs.map((x) => x.bp), U.d) };
  const totFirst = chance(0.6); const withNon = chance(0.5);
  const cols = ['b', 'c', ...(withNon ? ['n2'] : []), 'p', 'g', 'r'];
  const sw = new SW(book, sname); let r = 1; const nc = cols.length + 1;
  sw.title(r++, `${Y}年${place.name}各县（市、区）税收收入情况`, nc);
  r = unitRow(sw, r, U, nc);
  const H = { b: '一般公共预算收入', c: '税收收入', n2: '非税收入', p: '上年税收收入', g: '税收增长（%）', r: '税收占一般公共预算收入比重（%）' };
  sw.put(r, 1, '地区', { center: true }); cols.forEach((cc, j) => sw.put(r, j + 2, H[cc], { center: true })); r++;
  const A = {};
  const row = (x, id) => {
    sw.put(r, 1, x.n, id === 'T' ? { bold: true } : {}); A[id] = {};
    cols.forEach((cc, j) => {
      const v = cc === 'g' ? gr(x.c, x.p) : cc === 'r' ? rd(x.c / x.b * 100, 1) : cc === 'n2' ? rd(x.b - x.c, U.d) : x[cc];
      A[id][cc] = sw.put(r, j + 2, v, { dec: cc === 'g' || cc === 'r' ? 1 : U.d, thou: U.d === 0 });
    });
    sw.rel({ t: 'growth', out: A[id].g, cur: A[id].c, prev: A[id].p, dec: 1 });
    sw.rel({ t: 'rate', out: A[id].r, num: [A[id].c], den: A[id].b, k: 100, dec: 1 });
    if (withNon) sw.rel({ t: 'sum', total: A[id].b, parts: [A[id].c, A[id].n2] });
    r++;
  };
  if (totFirst) row(T, 'T');
  regs.forEach((x, i) => row(x, i));
  if (!totFirst) row(T, 'T');
  for (const cc of ['b', 'c', 'p', ...(withNon ? ['n2'] : [])]) sw.rel({ t: 'sum', total: A.T[cc], parts: regs.map((_, i) => A[i][cc]) });
  r++; r = note(sw, r, place);
}

// ---------- F. county x tax matrix, optionally continued (续表) ----------
function gMatrix(book, sname, ctx) {
  const { place, U, Y } = ctx;
  const ks = [['zzs', '增值税'], ['qysds', '企业所得税'], ['grsds', '个人所得税'], ['cjs', '城市维护建设税'], ['fcs', '房产税'], ['tdzzs', '土地增值税'], ['qs', '契税'], ['qt', '其他各税']];
  const regs = place.subs.map((n) => { const t = baseTotal('county') * (place.level === 'county' ? 0.12 : 1); const o = { n }; for (const [k] of ks) { const w = (TAXES.find((x) => x[0] === k) || [0, 0, 0.12])[2]; o[k] = rd(t * w * rf(0.5, 1.5) * U.s, U.d); } o.T = sum(ks.map(([k]) => o[k]), U.d); return o; });
  const T = { n: place.tot }; for (const k of ['T', ...ks.map((x) => x[0])]) T[k] = sum(regs.map((x) => x[k]), U.d);
  const cont = regs.length > 8 && chance(0.6);
  const sw = new SW(book, sname); let r = 1; const nc = ks.length + 2;
  sw.title(r++, `${Y}年${place.name}分地区分税种税收收入`, nc);
  r = unitRow(sw, r, U, nc);
  const header = () => {
    sw.put(r, 1, '地区', { center: true }); sw.merge(r, 1, r + 1, 1); sw.put(r, 2, '合计', { center: true }); sw.merge(r, 2, r + 1, 2);
    sw.put(r, 3, '分税种', { center: true }); sw.merge(r, 3, r, nc);
    ks.forEach(([, l], j) => sw.put(r + 1, j + 3, l, { center: true })); r += 2;
  };
  header();
  const A = {};
  const row = (x, id) => {
    sw.put(r, 1, x.n); A[id] = { T: sw.put(r, 2, x.T, { dec: U.d, thou: U.d === 0 }) };
    ks.forEach(([k], j) => { A[id][k] = sw.put(r, j + 3, x[k], { dec: U.d, thou: U.d === 0 }); });
    sw.rel({ t: 'sum', total: A[id].T, parts: ks.map(([k]) => A[id][k]) }); r++;
  };
  row(T, 'T');
  const cut = cont ? Math.ceil(regs.length / 2) : regs.length;
  regs.forEach((x, i) => {
    if (i === cut) { r++; sw.put(r, 1, '续表'); r++; r = unitRow(sw, r, U, nc); header(); }
    row(x, i);
  });
  for (const k of ['T', ...ks.map((x) => x[0])]) sw.rel({ t: 'sum', total: A.T[k], parts: regs.map((_, i) => A[i][k]) });
  r++; r = note(sw, r, place);
}

// ---------- G. sideways: taxes as columns, measures as rows ----------
function gSideways(book, sname, ctx) {
  const { place, U, Y } = ctx; const { cur, prev } = ctx.tax;
  const ks = TAXES.filter(([k]) => typeof cur[k] === 'number' && typeof prev[k] === 'number').slice(0, ri(6, 10));
  const qt = sum(TAXES.filter((t) => !ks.includes(t)).map(([k]) => cur[k]), U.d), qtp = sum(TAXES.filter((t) => !ks.includes(t)).map(([k]) => prev[k]), U.d);
  const colsK = [...ks.map(([k, l]) => [k, l, cur[k], prev[k]]), ['oth', '其他各税', qt, qtp]];
  const sw = new SW(book, sname); let r = 1; const nc = colsK.length + 2;
  sw.title(r++, `${place.name}${Y}年主要税种收入情况`, nc);
  r = unitRow(sw, r, U, nc);
  sw.put(r, 1, '指标'); sw.put(r, 2, '税收收入'); colsK.forEach(([, l], j) => sw.put(r, j + 3, l, { center: true })); r++;
  const rows = [['c', `${Y}年`], ['p', `${Y - 1}年`], ['d', '增减额'], ['g', '增长（%）']];
  const A = { T: {} }; colsK.forEach(([k]) => A[k] = {});
  const allc = [['T', null, cur.tot, prev.tot], ...colsK];
  for (const [rc, l] of rows) {
    sw.put(r, 1, l);
    allc.forEach(([k, , c, p], j) => {
      const v = rc === 'c' ? c : rc === 'p' ? p : rc === 'd' ? rd(c - p, U.d) : gr(c, p);
      A[k][rc] = sw.put(r, j + 2, v, { dec: rc === 'g' ? 1 : U.d });
    });
    if (rc !== 'g') sw.rel({ t: 'sum', total: A.T[rc], parts: colsK.map(([k]) => A[k][rc]) });
    r++;
  }
  allc.forEach(([k]) => { sw.rel({ t: 'growth', out: A[k].g, cur: A[k].c, prev: A[k].p, dec: 1 }); sw.rel({ t: 'diff', out: A[k].d, cur: A[k].c, prev: A[k].p, dec: U.d }); });
  r++; r = note(sw, r, place);
}

// ---------- H. year series: budget, tax, ratio, growth ----------
function gYears(book, sname, ctx) {
  const { place, U, Y } = ctx; const n = ri(5, 8);
  let t = baseTotal(place.level); const ys = [];
  for (let i = 0; i <= n; i++) { const c = rd(t * U.s, U.d); const b = rd(c / rf(0.65, 0.85), U.d); ys.push({ y: Y - n + i, c, b }); t *= rf(0.88, 1.15); }
  const sw = new SW(book, sname); let r = 1;
  sw.title(r++, `${place.name}历年税收收入`, 5);
  r = unitRow(sw, r, U, 5);
  ['年份', '一般公共预算收入', '其中：税收收入', '税收收入比上年增长（%）', '税收收入占比（%）'].forEach((h, j) => sw.put(r, j + 1, h, { center: true })); r++;
  let prevA = null;
  ys.slice(1).forEach((x, i) => {
    sw.put(r, 1, `${x.y}年`);
    const a = { b: sw.put(r, 2, x.b, { dec: U.d }), c: sw.put(r, 3, x.c, { dec: U.d }), g: sw.put(r, 4, gr(x.c, ys[i].c), { dec: 1 }), r: sw.put(r, 5, rd(x.c / x.b * 100, 1), { dec: 1 }) };
    if (prevA) sw.rel({ t: 'growth', out: a.g, cur: a.c, prev: prevA.c, dec: 1 });
    sw.rel({ t: 'rate', out: a.r, num: [a.c], den: a.b, k: 100, dec: 1 });
    sw.rel({ t: 'le', part: a.c, whole: a.b });
    prevA = a; r++;
  });
  r++; r = note(sw, r, place);
}

// ---------- planting ----------
function plant(book) {
  const rels = book.rels.filter((x) => x.t !== 'le' || chance(0.5));
  const rel = pick(rels.length ? rels : book.rels);
  const roleCells = (x) => x.t === 'sum' ? [{ a: x.total, kind: 'total' }, ...x.parts.map((a) => ({ a, kind: 'part' }))] : x.t === 'le' ? [{ a: x.part, kind: 'exceed', whole: x.whole }] : x.t === 'rate' ? [{ a: x.out, kind: 'rate' }] : x.t === 'growth' ? [{ a: x.out, kind: 'growth' }] : x.t === 'share' ? [{ a: x.out, kind: 'share' }] : [{ a: x.out, kind: 'diff' }];
  const c = pick(roleCells(rel));
  const full = rel.sheet + '!' + c.a;
  const info = book.cells[full];
  if (!info || typeof info.v !== 'number') return null;
  const old = info.v, d = info.dec, u = Math.pow(10, -d);
  let nv;
  if (c.kind === 'part' || c.kind === 'total') {
    const mode = pick(['pct', 'pct', 'swap']);
    if (mode === 'swap') { const s = String(old); const ds = s.replace('.', '').replace('-', ''); const i = ri(0, Math.max(0, ds.length - 2)); if (!s.startsWith('-') && ds.length >= 2 && ds[i] !== ds[i + 1]) { const arr = ds.split(''); [arr[i], arr[i + 1]] = [arr[i + 1], arr[i]]; const t = arr.join(''); nv = Number(s.includes('.') ? t.slice(0, s.indexOf('.')) + '.' + t.slice(s.indexOf('.')) : t); } }
    if (nv === undefined) nv = rd(old * (chance(0.5) ? rf(1.04, 1.3) : rf(0.7, 0.96)), d);
    if (Math.abs(nv - old) < 2 * u) nv = rd(old + 5 * u, d);
  } else if (c.kind === 'exceed') { nv = rd(book.cells[rel.sheet + '!' + c.whole].v * rf(1.05, 1.3) + u, d); }
  else if (c.kind === 'rate') nv = rd(old + (chance(0.5) ? 1 : -1) * rf(0.8, 6), d);
  else if (c.kind === 'growth') nv = Math.abs(old) > 1.5 && chance(0.3) ? -old : rd(old + (chance(0.5) ? 1 : -1) * rf(1.5, 7), 1);
  else if (c.kind === 'share') nv = rd(old + (chance(0.5) ? 1 : -1) * rf(1.2, 5), 1);
  else nv = rd(old + (chance(0.5) ? 1 : -1) * Math.max(rf(2, 8) * Math.abs(old) / 10, 3 * u), d);
  if (nv === old || (nv < 0 && !['growth', 'diff'].includes(c.kind) && old >= 0)) return null;
  // growth on a sheet declaring 可比口径 growth: only a sign contradiction counts as visible
  if (c.kind === 'growth' && book.cmp.has(rel.sheet)) return null;
  // ratio-type plants must fall outside what rounding of the inputs allows
  if (['growth', 'rate', 'share'].includes(c.kind)) {
    const V = (a) => book.cells[rel.sheet + '!' + a]; const h = (a) => Math.pow(10, -V(a).dec) / 2;
    let lo, hi;
    if (c.kind === 'growth') { const cu = V(rel.cur).v, pr = V(rel.prev).v; lo = ((cu - h(rel.cur)) / (pr + h(rel.prev)) - 1) * 100; hi = ((cu + h(rel.cur)) / (pr - h(rel.prev)) - 1) * 100; }
    else if (c.kind === 'share') { const cu = V(rel.part).v, tt = V(rel.total).v; lo = (cu - h(rel.part)) / (tt + h(rel.total)) * 100; hi = (cu + h(rel.part)) / (tt - h(rel.total)) * 100; }
    else { const nu = rel.num.reduce((s, a) => s + V(a).v, 0), nh = rel.num.reduce((s, a) => s + h(a), 0), de = V(rel.den).v; lo = (nu - nh) / (de + h(rel.den)) * rel.k; hi = (nu + nh) / (de - h(rel.den)) * rel.k; }
    if (nv >= lo - 0.3 && nv <= hi + 0.3) return null;
  }
  const [sn, ad] = full.split('!');
  book.wb.getWorksheet(sn).getCell(ad).value = nv; book.cells[full].v = nv;
  return { sheet: sn, cell: ad, note: `${c.kind} in ${rel.t} relation: ${old} -> ${nv}` };
}

async function makeBook(file, planted) {
  const book = new Book();
  const place = pick(PLACES); const Y = ri(2019, 2024); const U = mkUnit(place.level);
  const ctx = { place, Y, U, tax: twoYears(place.level, U) };
  const gens = [gByTax, gMonthly, gIndustry, gRegType, gCounty, gMatrix, gSideways, gYears, gByTax, gCounty];
  const ns = pick([1, 2, 2, 3, 3]);
  if (chance(0.15)) { const sw = new SW(book, '说明'); sw.put(1, 1, '本部分数据反映全市税收收入情况，税收收入为税务部门统计口径。'); }
  let t = ri(1, 6); const used = new Set();
  for (let i = 0; i < ns; i++) {
    let g = pick(gens); while (used.has(g)) g = pick(gens); used.add(g);
    const name = pick([`表${t}`, `14-${t}`, `表${t}`]); t++;
    if (book.wb.getWorksheet(name)) continue;
    g(book, name, ctx);
  }
  let p = null;
  if (planted) { for (let k = 0; k < 30 && !p; k++) p = plant(book); if (!p) throw new Error('plant failed ' + file); }
  await book.wb.xlsx.writeFile(file);
  return { p, rels: book.rels };
}

(async () => {
  const dir = __dirname;
  for (const [sub, pre, N, seed] of [['cases', 'c', 46, 7404], ['probe', 'p', 100, 9924]]) {
    R = mulberry32(seed);
    const man = [], relsAll = {};
    for (let i = 1; i <= N; i++) {
      const f = `${sub}/${pre}${String(i).padStart(3, '0')}.xlsx`;
      const { p, rels } = await makeBook(path.join(dir, f), i % 2 === 0);
      man.push(p ? { file: f, planted: { sheet: p.sheet, cell: p.cell }, note: p.note } : { file: f, planted: null });
      relsAll[f] = rels;
    }
    fs.writeFileSync(path.join(dir, sub === 'cases' ? 'manifest.json' : 'probe/manifest.json'), JSON.stringify(man, null, 1));
    fs.writeFileSync(path.join(dir, sub === 'cases' ? 'relations.json' : 'probe/relations.json'), JSON.stringify(relsAll));
  }
})();
