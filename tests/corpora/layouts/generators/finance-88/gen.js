'use strict';
// Round 88B generator: county/city yearbook chapters on population & employment, public finance, prices.
// Usage: NODE_PATH=/work/main/node_modules node gen.js
const fs = require('fs'), path = require('path');
const ExcelJS = require('exceljs');
const { evalRel, refsOf, holds } = require('./rel.js');

// ---------- seeded random ----------
let R;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const uni = (a, b) => a + (b - a) * R();
const int = (a, b) => Math.floor(uni(a, b + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const pickN = (a, n) => shuffle(a).slice(0, n);
function rd(x, dp) { const f = 10 ** dp; const s = x < 0 ? -1 : 1; const v = s * Math.round(Math.abs(x) * f + 1e-7) / f; return v === 0 ? 0 : v; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const fmtOf = (dp, sep) => dp === 0 ? (sep ? '#,##0' : '0') : (sep ? '#,##0.' : '0.') + '0'.repeat(dp);

// ---------- models ----------
class SheetM {
  constructor(name, book) { this.name = name; this.book = book; this.cells = new Map(); this.merges = []; this.widths = {}; }
  set(r, c, v, st) { const ref = `${this.name}!${colL(c)}${r}`; const cell = { r, c, v, st: st || {} }; this.cells.set(r + ',' + c, cell); this.book.cellIdx.set(ref, cell); return ref; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
}
class Book {
  constructor() { this.sheets = []; this.rels = []; this.cands = []; this.cellIdx = new Map(); this.plants = []; }
  addSheet(name) { let n = name, i = 2; while (this.sheets.some((s) => s.name === n)) n = name + '(' + (i++) + ')'; const s = new SheetM(n, this); this.sheets.push(s); return s; }
  get(ref) { const c = this.cellIdx.get(ref); return c && typeof c.v === 'number' ? c.v : undefined; }
  rel(x) { this.rels.push(x); }
  cand(ref, kind, dp) { if (ref && typeof this.get(ref) === 'number') this.cands.push({ ref, kind, dp }); }
}

// ---------- names ----------
const TOWNS = ['城关镇', '城东街道', '城西街道', '城南街道', '城北街道', '新华街道', '龙泉镇', '石桥镇', '白水镇', '清河乡', '大营镇', '马家乡', '柳树乡', '黄土镇', '青山镇', '红旗镇', '长安镇', '太平镇', '和平乡', '兴隆镇', '双河镇', '高桥镇', '永丰镇', '三江乡', '金沙镇', '桃源乡', '黄龙乡', '古城镇', '新店镇', '河口镇', '东岳乡', '西坪镇', '南湖街道', '北关街道', '莲花镇', '凤凰镇', '安乐乡', '瓦窑乡', '松林镇', '花园乡'];
const PLACES = [['安平县', '全县'], ['青川县', '全县'], ['临河县', '全县'], ['宁远县', '全县'], ['永和县', '全县'], ['建昌县', '全县'], ['东明县', '全县'], ['武城县', '全县'], ['临江市', '全市'], ['凤城市', '全市'], ['海阳市', '全市'], ['兴山县', '全县']];

// ---------- generic table writer ----------
// spec: {title, unit:{text,where}, labelHead, labelHeadEn, cols:[{key,h,en,group,groupEn,fmt}], rows:[{id,label,en,indent,vals,fmts,bold,blank}], notes, L}
function writeTable(sh, r, c0, spec) {
  const L = spec.L; const ncol = spec.cols.length + 1 + (L.enCol ? 1 : 0);
  const cEnd = c0 + ncol - 1;
  const bd = L.border ? { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } : null;
  if (spec.title) { sh.set(r, c0, spec.title, { bold: true, hAlign: 'center', size: 13 }); sh.merge(r, c0, r, cEnd); r++; }
  if (spec.titleEn) { sh.set(r, c0, spec.titleEn, { hAlign: 'center', italic: true }); sh.merge(r, c0, r, cEnd); r++; }
  if (spec.unit) {
    if (spec.unit.where === 'right') sh.set(r, cEnd, spec.unit.text, { hAlign: 'right' });
    else sh.set(r, c0, spec.unit.text, {});
    r++;
  }
  const ht = (h, en) => (L.bilingual && en ? `${h}\n${en}` : h);
  const hs = { bold: true, hAlign: 'center', wrap: true, border: bd };
  const hasGroup = spec.cols.some((c) => c.group);
  sh.set(r, c0, ht(spec.labelHead, spec.labelHeadEn), hs); if (hasGroup) sh.merge(r, c0, r + 1, c0);
  let c = c0 + 1, i = 0;
  const cols = spec.cols;
  while (i < cols.length) {
    const col = cols[i];
    if (col.group) {
      let j = i; while (j < cols.length && cols[j].group === col.group) j++;
      sh.set(r, c, ht(col.group, col.groupEn), hs); if (j - i > 1) sh.merge(r, c, r, c + j - i - 1);
      for (let k = i; k < j; k++) sh.set(r + 1, c + k - i, ht(cols[k].h, cols[k].en), hs);
      c += j - i; i = j;
    } else { sh.set(r, c, ht(col.h, col.en), hs); if (hasGroup) sh.merge(r, c, r + 1, c); c++; i++; }
  }
  if (L.enCol) { sh.set(r, c, L.enHead || '', hs); if (hasGroup) sh.merge(r, c, r + 1, c); }
  r += hasGroup ? 2 : 1;
  if (L.colNums) { // 栏次 row
    sh.set(r, c0, '甲', { hAlign: 'center', border: bd });
    cols.forEach((col, k) => sh.set(r, c0 + 1 + k, L.colNumsText ? String(k + 1) : k + 1, { hAlign: 'center', border: bd }));
    r++;
  }
  const refs = {};
  const firstDataRow = r;
  for (const row of spec.rows) {
    if (row.blank) { r++; continue; }
    let label = row.label; const st = { border: bd, bold: !!row.bold };
    if (row.indent) {
      if (L.indentStyle === 'fullwidth') label = '　'.repeat(row.indent * 2) + label;
      else if (L.indentStyle === 'spaces') label = ' '.repeat(row.indent * 4) + label;
      else st.indent = row.indent * 2;
    }
    if (row.en && L.labelBilingual) label = label + ' ' + row.en;
    sh.set(r, c0, label, st);
    refs[row.id] = {};
    cols.forEach((col, k) => {
      const v = row.vals[col.key];
      const fmt = (row.fmts && row.fmts[col.key]) || col.fmt;
      if (v === undefined || v === null) { if (L.emptyMark && !col.noMark) sh.set(r, c0 + 1 + k, L.emptyMark, { hAlign: 'center', border: bd }); else if (bd) sh.set(r, c0 + 1 + k, null, { border: bd }); return; }
      refs[row.id][col.key] = sh.set(r, c0 + 1 + k, v, { fmt: typeof v === 'number' ? fmt : undefined, hAlign: typeof v === 'number' ? 'right' : 'center', border: bd, bold: !!row.bold });
    });
    if (L.enCol) sh.set(r, c0 + 1 + cols.length, row.en || '', { border: bd });
    r++;
  }
  for (const n of spec.notes || []) { sh.set(r, c0, n, {}); if (chance(0.5)) sh.merge(r, c0, r, cEnd); r++; }
  sh.widths[c0] = Math.max(sh.widths[c0] || 0, L.labelBilingual ? 36 : 24);
  for (let k = c0 + 1; k <= cEnd; k++) sh.widths[k] = Math.max(sh.widths[k] || 0, L.bilingual ? 16 : 12);
  return { refs, end: r, firstDataRow };
}

function layout(extra) {
  const L = {
    bilingual: chance(0.4), border: chance(0.8), indentStyle: pick(['fullwidth', 'fullwidth', 'align', 'spaces']),
    enCol: false, labelBilingual: false, colNums: false, emptyMark: chance(0.3) ? pick(['—', '-', '…']) : null,
  };
  return Object.assign(L, extra || {});
}
const unitLine = (text) => (chance(0.85) ? { text, where: chance(0.6) ? 'right' : 'left' } : null);

// relation helpers
function sumRel(book, refs, totalId, partIds, key, exact, u) {
  const total = refs[totalId] && refs[totalId][key]; if (!total) return;
  const parts = partIds.map((id) => refs[id] && refs[id][key]);
  if (parts.some((p) => !p)) return;
  book.rel({ t: 'sum', total, parts, exact, u });
}
function cands(book, refs, ids, keys, kind, dp) { for (const id of ids) for (const k of keys) if (refs[id] && refs[id][k]) book.cand(refs[id][k], kind, dp); }
function mergeRefs(...rs) { return Object.assign({}, ...rs); }

// ---------- T1 户籍人口 by town ----------
function tPopTown(book, sh, r, c0, ctx) {
  const n = int(8, 18);
  const towns = pickN(TOWNS, n);
  const variant = pick(['sex', 'sexratio', 'vital', 'vital', 'move', 'move']);
  const sep = chance(0.3); const pf = fmtOf(0, sep);
  const data = towns.map((name) => {
    const big = /街道|城关/.test(name);
    const P = int(big ? 30000 : 9000, big ? 95000 : 48000);
    const M = Math.round(P * uni(0.503, 0.532)); const F = P - M;
    const H = Math.round(P / uni(2.4, 3.3));
    const b = Math.round(P * uni(4.5, 10.5) / 1000), d = Math.round(P * uni(5.5, 9.8) / 1000);
    const mi = Math.round(P * uni(3, 16) / 1000), mo = Math.round(P * uni(5, 22) / 1000);
    const P0 = P - b + d - mi + mo;
    return { id: 't' + name, name, H, P, M, F, b, d, mi, mo, P0 };
  });
  const cnt = { sex: ['H', 'P', 'M', 'F'], sexratio: ['P', 'M', 'F'], vital: ['P', 'b', 'd'], move: ['P0', 'b', 'd', 'mi', 'mo', 'P'] }[variant];
  const withNet = variant === 'move' && chance(0.5);
  let cols;
  if (variant === 'sex') {
    cols = [{ key: 'H', h: '户数（户）', en: 'Households', fmt: pf }, { key: 'P', h: '总人口（人）', en: 'Total Population (person)', fmt: pf },
      { key: 'M', h: '男', en: 'Male', group: '按性别分', groupEn: 'By Sex', fmt: pf }, { key: 'F', h: '女', en: 'Female', group: '按性别分', fmt: pf }];
    if (chance(0.4)) cols = cols.map((c) => (c.group ? Object.assign({}, c, { group: undefined }) : c));
  } else if (variant === 'sexratio') {
    cols = [{ key: 'P', h: '合计', en: 'Total', group: '户籍人口（人）', groupEn: 'Registered Population (person)', fmt: pf }, { key: 'M', h: '男', en: 'Male', group: '户籍人口（人）', fmt: pf }, { key: 'F', h: '女', en: 'Female', group: '户籍人口（人）', fmt: pf }, { key: 'SR', h: '性别比（女=100）', en: 'Sex Ratio (female=100)', fmt: '0.00' }];
  } else if (variant === 'vital') {
    const dp = chance(0.7) ? 2 : 1;
    cols = [{ key: 'P', h: '年末户籍人口（人）', en: 'Population at Year-end', fmt: pf },
      { key: 'b', h: '人数（人）', en: 'Number', group: '出生', groupEn: 'Births', fmt: pf }, { key: 'br', h: '出生率（‰）', en: 'Birth Rate', group: '出生', fmt: fmtOf(dp), dp },
      { key: 'd', h: '人数（人）', en: 'Number', group: '死亡', groupEn: 'Deaths', fmt: pf }, { key: 'dr', h: '死亡率（‰）', en: 'Death Rate', group: '死亡', fmt: fmtOf(dp), dp },
      { key: 'nr', h: '自然增长率（‰）', en: 'Natural Growth Rate', fmt: fmtOf(dp), dp }];
  } else {
    cols = [{ key: 'P0', h: '年初人口', en: 'Beginning of Year', fmt: pf }, { key: 'b', h: '出生', en: 'Births', fmt: pf }, { key: 'd', h: '死亡', en: 'Deaths', fmt: pf },
      { key: 'mi', h: '迁入', en: 'Move-in', fmt: pf }, { key: 'mo', h: '迁出', en: 'Move-out', fmt: pf }, { key: 'P', h: '年末人口', en: 'End of Year', fmt: pf }];
    if (withNet) cols.splice(5, 0, { key: 'net', h: '净迁入', en: 'Net Migration', fmt: pf });
  }
  const derive = (o) => {
    if (variant === 'sexratio') o.SR = rd(o.M / o.F * 100, 2);
    if (variant === 'vital') { const dp = cols[2].dp; o.br = rd(o.b / o.P * 1000, dp); o.dr = rd(o.d / o.P * 1000, dp); o.nr = rd((o.b - o.d) / o.P * 1000, dp); }
    if (withNet) o.net = o.mi - o.mo;
  };
  data.forEach(derive);
  const grouped = chance(0.2);
  const totalTop = chance(0.7);
  const tl = pick([ctx.all, ctx.all, '合计', '总计', ctx.all + '合计']);
  const sumOf = (list) => { const o = {}; for (const k of cnt) o[k] = list.reduce((s, x) => s + x[k], 0); derive(o); return o; };
  const tot = Object.assign({ id: 'tot', label: tl, en: 'Total', bold: true }, sumOf(data));
  let rowsData = [], groups = [];
  if (grouped) {
    const kinds = [['街道', '一、街道', 'Sub-districts'], ['镇', '二、镇', 'Towns'], ['乡', '三、乡', 'Townships']];
    for (const [suf, lab, en] of kinds) {
      const mem = data.filter((x) => x.name.endsWith(suf) && !(suf === '镇' && x.name.endsWith('街道')));
      if (!mem.length) continue;
      const g = Object.assign({ id: 'g' + suf, label: lab, en, bold: true }, sumOf(mem));
      groups.push({ g, mem });
      rowsData.push(g, ...mem.map((m) => Object.assign(m, { indent: 1 })));
    }
  } else rowsData = data;
  const mkRow = (o) => ({ id: o.id, label: o.label || o.name, en: o.en, indent: o.indent, bold: o.bold, vals: o });
  const ttl = `${ctx.no} ${ctx.name}各乡镇（街道）` + { sex: '户籍户数和人口', sexratio: '户籍人口性别构成', vital: '户籍人口出生、死亡情况', move: '户籍人口变动情况' }[variant] + `（${ctx.year}年）`;
  const L = layout({ enCol: false });
  const lh = pick(['乡镇（街道）', '乡 镇', '地 区', '单位名称']);
  const unit = variant === 'sexratio' || variant === 'sex' ? null : unitLine('单位：人');
  const notes = [];
  if (variant === 'vital' && chance(0.5)) notes.push('注：出生率、死亡率、自然增长率按年末户籍人口计算。');
  if (chance(0.4)) notes.push('资料来源：县公安局');
  const allRows = totalTop ? [tot, ...rowsData] : [...rowsData, tot];
  let refs, end, lastSheet = sh;
  const canSplit = ctx.allowSplit && !grouped && totalTop && n >= 12 && chance(0.4);
  if (canSplit) {
    const k = int(Math.floor(n / 2), n - 3);
    const w1 = writeTable(sh, r, c0, { title: ttl, unit, labelHead: lh, labelHeadEn: 'Region', cols, rows: [tot, ...data.slice(0, k)].map(mkRow), L });
    const sh2 = book.addSheet(sh.name + pick(['续', '（续）', ' 续表']));
    const w2 = writeTable(sh2, 1, c0, { title: pick(['续表', `${ttl}（续）`, `续表 ${ctx.no}`]), unit, labelHead: lh, labelHeadEn: 'Region', cols, rows: data.slice(k).map(mkRow), notes, L });
    refs = mergeRefs(w1.refs, w2.refs); end = w1.end; lastSheet = sh2; ctx.split = true;
  } else {
    const w = writeTable(sh, r, c0, { title: ttl, unit, labelHead: lh, labelHeadEn: 'Region', cols, rows: allRows.map(mkRow), notes, L });
    refs = w.refs; end = w.end;
  }
  // relations
  const townIds = data.map((x) => x.id);
  for (const k of cnt.concat(withNet ? ['net'] : [])) {
    if (grouped) { sumRel(book, refs, 'tot', groups.map((g) => g.g.id), k, true, 1); for (const g of groups) sumRel(book, refs, g.g.id, g.mem.map((m) => m.id), k, true, 1); }
    else sumRel(book, refs, 'tot', townIds, k, true, 1);
  }
  const allIds = ['tot', ...groups.map((g) => g.g.id), ...townIds];
  for (const id of allIds) {
    const rf = refs[id];
    if (variant === 'sex' || variant === 'sexratio') book.rel({ t: 'lin', cell: rf.P, terms: [[1, rf.M], [1, rf.F]], tol: 0, u: 1 });
    if (variant === 'sexratio') book.rel({ t: 'ratio', cell: rf.SR, num: [[1, rf.M]], den: [[1, rf.F]], k: 100, dp: 2 });
    if (variant === 'vital') {
      const dp = cols[2].dp;
      book.rel({ t: 'ratio', cell: rf.br, num: [[1, rf.b]], den: [[1, rf.P]], k: 1000, dp });
      book.rel({ t: 'ratio', cell: rf.dr, num: [[1, rf.d]], den: [[1, rf.P]], k: 1000, dp });
      book.rel({ t: 'ratio', cell: rf.nr, num: [[1, rf.b], [-1, rf.d]], den: [[1, rf.P]], k: 1000, dp });
    }
    if (variant === 'move') book.rel({ t: 'lin', cell: rf.P, terms: [[1, rf.P0], [1, rf.b], [-1, rf.d], [1, rf.mi], [-1, rf.mo]], tol: 0, u: 1 });
    if (withNet) book.rel({ t: 'lin', cell: rf.net, terms: [[1, rf.mi], [-1, rf.mo]], tol: 0, u: 1 });
  }
  cands(book, refs, ['tot', ...groups.map((g) => g.g.id)], cnt, 'total', 0);
  cands(book, refs, townIds, cnt, 'part', 0);
  cands(book, refs, allIds, ['SR', 'br', 'dr', 'nr'], 'rate', variant === 'vital' ? cols[2].dp : 2);
  return { end, sheet: lastSheet };
}

// ---------- T2 常住人口与城镇化率 by town ----------
function tUrbanTown(book, sh, r, c0, ctx) {
  const n = int(7, 16); const towns = pickN(TOWNS, n);
  const wan = chance(0.55); const dp = wan ? 2 : 0; const u = 10 ** -dp; const rdp = pick([1, 2, 2]);
  const raw = towns.map((name) => {
    const big = /街道|城关/.test(name);
    const T = int(big ? 25000 : 8000, big ? 110000 : 45000);
    const U = Math.round(T * (big ? uni(0.82, 1.0) : uni(0.12, 0.55))); return { id: 't' + name, name, T, U, Rr: T - U };
  });
  const scale = wan ? 1e-4 : 1;
  const show = (o) => ({ T: rd(o.T * scale, dp), U: rd(o.U * scale, dp), Rr: rd(o.Rr * scale, dp) });
  const totRaw = { T: raw.reduce((s, x) => s + x.T, 0), U: raw.reduce((s, x) => s + x.U, 0), Rr: raw.reduce((s, x) => s + x.Rr, 0) };
  const fin = (o) => { o.ur = rd(o.U / o.T * 100, rdp); return o; };
  const rows = raw.map((x) => fin(Object.assign({ id: x.id, name: x.name }, show(x))));
  const tot = fin(Object.assign({ id: 'tot', name: pick([ctx.all, '合计', '总计']), bold: true }, show(totRaw)));
  const uf = wan ? '（万人）' : '（人）';
  const cols = [{ key: 'T', h: '常住人口' + uf, en: 'Resident Population', fmt: fmtOf(dp, !wan && chance(0.3)) },
    { key: 'U', h: '城镇人口' + uf, en: 'Urban', fmt: fmtOf(dp) }, { key: 'Rr', h: '乡村人口' + uf, en: 'Rural', fmt: fmtOf(dp) },
    { key: 'ur', h: pick(['城镇化率（%）', '城镇人口比重（%）', '城镇化率（%）①']), en: 'Urbanization Rate', fmt: fmtOf(rdp) }];
  if (chance(0.3)) { const t = cols[1]; cols[1] = cols[2]; cols[2] = t; }
  const totalTop = chance(0.65);
  const all = totalTop ? [tot, ...rows] : [...rows, tot];
  const notes = [];
  if (cols[3].h.includes('①') || chance(0.4)) notes.push('①城镇化率为城镇常住人口占常住人口的比重。');
  if (chance(0.3)) notes.push('注：本表为人口变动抽样调查推算数。');
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 各乡镇（街道）常住人口及城镇化率（${ctx.year}年）`, unit: null, labelHead: pick(['乡镇（街道）', '地 区']), labelHeadEn: 'Region', cols, rows: all.map((o) => ({ id: o.id, label: o.name, bold: o.bold, vals: o })), notes, L: layout() });
  const refs = w.refs, ids = rows.map((x) => x.id);
  for (const k of ['T', 'U', 'Rr']) sumRel(book, refs, 'tot', ids, k, !wan, u);
  for (const id of ['tot', ...ids]) {
    const rf = refs[id];
    book.rel({ t: 'lin', cell: rf.T, terms: [[1, rf.U], [1, rf.Rr]], tol: wan ? 1.5 * u : 0, u });
    book.rel({ t: 'ratio', cell: rf.ur, num: [[1, rf.U]], den: [[1, rf.T]], k: 100, dp: rdp });
  }
  cands(book, refs, ['tot'], ['T', 'U', 'Rr'], 'total', dp); cands(book, refs, ids, ['T', 'U', 'Rr'], 'part', dp); cands(book, refs, ['tot', ...ids], ['ur'], 'rate', rdp);
  return { end: w.end, sheet: sh };
}

// ---------- T3A 从业人员 by industry, years as columns ----------
function tEmpInd(book, sh, r, c0, ctx) {
  const ny = int(2, 5); const years = []; for (let y = ctx.year - ny + 1; y <= ctx.year; y++) years.push(y);
  const wan = chance(0.6); const dp = wan ? 2 : 0; const u = 10 ** -dp; const scale = wan ? 1e-4 : 1;
  const both = chance(0.6);
  let E = uni(150000, 520000);
  const raw = {};
  let s1 = uni(0.3, 0.48), s2 = uni(0.18, 0.3); const i0 = uni(0.55, 0.78);
  for (const y of years) {
    E *= uni(0.985, 1.015); s1 -= uni(0.003, 0.012); s2 += uni(-0.004, 0.006); const i = i0 + uni(-0.01, 0.01);
    let p1 = Math.round(E * s1), p2 = Math.round(E * s2), p3 = Math.round(E * (1 - s1 - s2));
    const ind = Math.round(p2 * i), con = p2 - ind;
    raw[y] = { tot: p1 + p2 + p3, p1, p2, ind, con, p3 };
  }
  const keysRow = ['tot', 'p1', 'p2', 'ind', 'con', 'p3'];
  const show = {}; for (const y of years) { show[y] = {}; for (const k of keysRow) show[y][k] = rd(raw[y][k] * scale, dp); }
  const compYears = years.slice(-pick([1, 2]));
  const cdp = pick([1, 1, 2]);
  const withG = chance(0.5) && years.length >= 2; const gdp = pick([1, 2]);
  const cols = years.map((y) => ({ key: 'y' + y, h: y + '年', en: String(y), fmt: fmtOf(dp, !wan && chance(0.3)) }));
  for (const y of compYears) cols.push({ key: 'c' + y, h: compYears.length > 1 ? `${y}年` : '构成（%）', en: compYears.length > 1 ? String(y) : 'Composition (%)', group: compYears.length > 1 ? '构成（%）' : undefined, groupEn: 'Composition (%)', fmt: fmtOf(cdp) });
  if (withG) cols.push({ key: 'g', h: `${ctx.year}年比上年增长（%）`, en: 'Growth (%)', fmt: fmtOf(gdp) });
  const ya = years[years.length - 1], yb = years[years.length - 2];
  const numbered = chance(0.4);
  const labels = {
    tot: [pick(['从业人员合计', '全社会从业人员', '从业人员']), 'Total Employed Persons', 0],
    p1: [numbered ? '一、第一产业' : '第一产业', 'Primary Industry', 0], p2: [numbered ? '二、第二产业' : '第二产业', 'Secondary Industry', 0],
    ind: [both ? pick(['其中：工业', '#工业', '工业']) : pick(['其中：工业', '#工业']), 'Industry', 1], con: ['建筑业', 'Construction', both ? 1 : 1],
    p3: [numbered ? '三、第三产业' : '第三产业', 'Tertiary Industry', 0],
  };
  if (labels.ind[0].startsWith('其中：') && labels.con) labels.con[2] = 2;
  const ids = both ? keysRow : keysRow.filter((k) => k !== 'con');
  const rows = ids.map((k) => {
    const vals = {}; for (const y of years) vals['y' + y] = show[y][k];
    for (const y of compYears) vals['c' + y] = rd(show[y][k] / show[y].tot * 100, cdp);
    if (withG) vals.g = rd((show[ya][k] / show[yb][k] - 1) * 100, gdp);
    return { id: k, label: labels[k][0], en: labels[k][1], indent: labels[k][2], bold: k === 'tot', vals };
  });
  const L = layout({ labelBilingual: chance(0.2) });
  const unit = unitLine(wan ? '单位：万人' : '单位：人');
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 按三次产业分从业人员`, titleEn: L.bilingual && chance(0.5) ? 'Employed Persons by Three Strata of Industry' : null, unit, labelHead: pick(['指 标', '项 目', '指标']), labelHeadEn: 'Item', cols, rows, notes: chance(0.4) ? ['注：从业人员为年末数。'] : [], L });
  const refs = w.refs;
  for (const y of years) {
    sumRel(book, refs, 'tot', ['p1', 'p2', 'p3'], 'y' + y, !wan, u);
    if (both) sumRel(book, refs, 'p2', ['ind', 'con'], 'y' + y, !wan, u);
    else book.rel({ t: 'le', part: refs.ind['y' + y], whole: refs.p2['y' + y], u });
  }
  for (const id of ids) {
    for (const y of compYears) book.rel({ t: 'ratio', cell: refs[id]['c' + y], num: [[1, refs[id]['y' + y]]], den: [[1, refs.tot['y' + y]]], k: 100, dp: cdp });
    if (withG) book.rel({ t: 'ratio', cell: refs[id].g, num: [[1, refs[id]['y' + ya]], [-1, refs[id]['y' + yb]]], den: [[1, refs[id]['y' + yb]]], k: 100, dp: gdp });
  }
  cands(book, refs, ['tot', 'p2'], years.map((y) => 'y' + y), 'total', dp);
  cands(book, refs, ['p1', 'p3', 'ind', 'con'], years.map((y) => 'y' + y), 'part', dp);
  cands(book, refs, ids, compYears.map((y) => 'c' + y), 'rate', cdp);
  cands(book, refs, ids, ['g'], 'growth', gdp);
  return { end: w.end, sheet: sh };
}

// ---------- T3B 从业人员 series, years as rows ----------
function tEmpSeries(book, sh, r, c0, ctx) {
  const y0 = pick([2015, 2015, 2016]); const years = []; for (let y = y0; y <= ctx.year; y++) years.push(y);
  const wan = chance(0.6); const dp = wan ? 2 : 0; const u = 10 ** -dp; const scale = wan ? 1e-4 : 1; const cdp = pick([1, 1, 2]);
  let E = uni(150000, 520000); let s1 = uni(0.42, 0.55), s2 = uni(0.18, 0.28);
  const withG = chance(0.5);
  let prevShown = rd(E * uni(0.97, 1.02) * scale, dp);
  const rows = [];
  const yl = chance(0.5);
  for (const y of years) {
    E *= uni(0.985, 1.02); s1 -= uni(0.003, 0.012); s2 += uni(-0.004, 0.006);
    const p1 = Math.round(E * s1), p2 = Math.round(E * s2), p3 = Math.round(E * (1 - s1 - s2));
    const v = { tot: rd((p1 + p2 + p3) * scale, dp), p1: rd(p1 * scale, dp), p2: rd(p2 * scale, dp), p3: rd(p3 * scale, dp) };
    for (const k of ['p1', 'p2', 'p3']) v['c' + k] = rd(v[k] / v.tot * 100, cdp);
    if (withG) v.g = rd((v.tot / prevShown - 1) * 100, 1);
    prevShown = v.tot;
    rows.push({ id: 'y' + y, label: yl ? y + '年' : y, vals: v });
  }
  const cols = [{ key: 'tot', h: pick(['从业人员', '年末从业人员', '合计']), en: 'Total', fmt: fmtOf(dp) }];
  if (withG) cols.push({ key: 'g', h: '增长（%）', en: 'Growth (%)', fmt: '0.0' });
  cols.push({ key: 'p1', h: '第一产业', en: 'Primary', group: '按产业分', groupEn: 'By Industry', fmt: fmtOf(dp) }, { key: 'p2', h: '第二产业', en: 'Secondary', group: '按产业分', fmt: fmtOf(dp) }, { key: 'p3', h: '第三产业', en: 'Tertiary', group: '按产业分', fmt: fmtOf(dp) },
    { key: 'cp1', h: '第一产业', en: 'Primary', group: '构成（%）', groupEn: 'Composition (%)', fmt: fmtOf(cdp) }, { key: 'cp2', h: '第二产业', en: 'Secondary', group: '构成（%）', fmt: fmtOf(cdp) }, { key: 'cp3', h: '第三产业', en: 'Tertiary', group: '构成（%）', fmt: fmtOf(cdp) });
  const L = layout();
  rows.forEach((x) => { if (typeof x.label === 'number') x.vals = x.vals; });
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 历年从业人员及构成`, unit: unitLine(wan ? '单位：万人' : '单位：人'), labelHead: '年 份', labelHeadEn: 'Year', cols, rows, notes: [], L });
  const refs = w.refs;
  // numeric year labels: typed numbers with 0 format
  for (const id of Object.keys(refs)) { /* nothing */ }
  years.forEach((y, i) => {
    const rf = refs['y' + y];
    book.rel({ t: 'sum', total: rf.tot, parts: [rf.p1, rf.p2, rf.p3], exact: !wan, u });
    for (const k of ['p1', 'p2', 'p3']) book.rel({ t: 'ratio', cell: rf['c' + k], num: [[1, rf[k]]], den: [[1, rf.tot]], k: 100, dp: cdp });
    if (withG && i > 0) { const pr = refs['y' + years[i - 1]]; book.rel({ t: 'ratio', cell: rf.g, num: [[1, rf.tot], [-1, pr.tot]], den: [[1, pr.tot]], k: 100, dp: 1 }); book.cand(rf.g, 'growth', 1); }
    book.cand(rf.tot, 'total', dp); for (const k of ['p1', 'p2', 'p3']) { book.cand(rf[k], 'part', dp); book.cand(rf['c' + k], 'rate', cdp); }
  });
  return { end: w.end, sheet: sh };
}

// ---------- T4/T5 一般公共预算收入 / 支出 ----------
const TAXES = [['增值税', 'Value Added Tax', 0.35], ['企业所得税', 'Corporate Income Tax', 0.1], ['个人所得税', 'Individual Income Tax', 0.03], ['资源税', 'Resource Tax', 0.02], ['城市维护建设税', 'Urban Maintenance and Construction Tax', 0.06], ['房产税', 'House Property Tax', 0.05], ['印花税', 'Stamp Tax', 0.02], ['城镇土地使用税', 'Urban Land Use Tax', 0.04], ['土地增值税', 'Land Appreciation Tax', 0.07], ['车船税', 'Vehicle and Vessel Tax', 0.015], ['耕地占用税', 'Farmland Occupation Tax', 0.05], ['契税', 'Deed Tax', 0.14], ['环境保护税', 'Environmental Protection Tax', 0.005], ['其他税收收入', 'Other Tax Revenue', 0.0003]];
const NONTAX = [['专项收入', 'Special Revenue', 0.25], ['行政事业性收费收入', 'Administrative Fees', 0.15], ['罚没收入', 'Fines and Confiscations', 0.1], ['国有资源（资产）有偿使用收入', 'Income from State-owned Resources (Assets)', 0.4], ['捐赠收入', 'Donations', 0.01], ['政府住房基金收入', 'Government Housing Fund', 0.02], ['其他收入', 'Other Revenue', 0.07]];
const EXPS = [['一般公共服务支出', 'General Public Services', 0.09], ['国防支出', 'National Defense', 0.001], ['公共安全支出', 'Public Security', 0.04], ['教育支出', 'Education', 0.18], ['科学技术支出', 'Science and Technology', 0.01], ['文化旅游体育与传媒支出', 'Culture, Tourism, Sports and Media', 0.015], ['社会保障和就业支出', 'Social Security and Employment', 0.15], ['卫生健康支出', 'Health', 0.1], ['节能环保支出', 'Energy Conservation and Environmental Protection', 0.03], ['城乡社区支出', 'Urban and Rural Community Affairs', 0.07], ['农林水支出', 'Agriculture, Forestry and Water Conservancy', 0.16], ['交通运输支出', 'Transportation', 0.04], ['资源勘探工业信息等支出', 'Resource Exploration, Industry and Information', 0.012], ['商业服务业等支出', 'Commerce and Services', 0.006], ['自然资源海洋气象等支出', 'Natural Resources, Ocean and Meteorology', 0.012], ['住房保障支出', 'Housing Security', 0.04], ['粮油物资储备支出', 'Grain and Oil Reserves', 0.004], ['灾害防治及应急管理支出', 'Disaster Prevention and Emergency Management', 0.01], ['其他支出', 'Other Expenditure', 0.008], ['债务付息支出', 'Debt Interest Payments', 0.03], ['债务发行费用支出', 'Debt Issuance Expenses', 0.00005]];
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二'];

function finCols(form, dp, ctx, L, sep) {
  const af = fmtOf(dp, sep);
  if (form === 'F1') return [{ key: 'bud', h: pick(['预算数', '年初预算数', '调整预算数']), en: 'Budget', fmt: af }, { key: 'cur', h: pick(['完成数', '执行数', '决算数']), en: 'Actual', fmt: af }, { key: 'pct', h: pick(['完成预算（%）', '为预算（%）', '完成预算%']), en: 'Percentage of Budget (%)', fmt: '0.0' }, { key: 'prev', h: pick(['上年完成数', '上年决算数', `${ctx.year - 1}年完成数`]), en: 'Previous Year', fmt: af }, { key: 'g', h: pick(['比上年增长（%）', '增长（%）', '同比增长（%）']), en: 'Growth over Previous Year (%)', fmt: '0.0' }];
  if (form === 'F2') return [{ key: 'prev', h: `${ctx.year - 1}年`, en: String(ctx.year - 1), fmt: af }, { key: 'cur', h: `${ctx.year}年`, en: String(ctx.year), fmt: af }, { key: 'g', h: pick(['增长（%）', '比上年增长（%）', '增减（%）']), en: 'Growth (%)', fmt: '0.0' }];
  return [{ key: 'bud', h: '预算数', en: 'Budget', fmt: af }, { key: 'cur', h: '完成数', en: 'Actual', fmt: af }, { key: 'pct', h: '完成预算（%）', en: 'Percentage of Budget (%)', fmt: '0.0' }, { key: 'g', h: '比上年增长（%）', en: 'Growth (%)', fmt: '0.0' }];
}

// builds data rows for a finance table. items: [{id,label,en,indent,exact:{cur,bud,prev},kind:'total'|'part',budShown}]
function finShow(o, dp, form, budAll) {
  const v = {};
  v.cur = rd(o.cur, dp); v.prev = rd(o.prev, dp);
  const hasBud = form !== 'F2' && (budAll || o.kind === 'total');
  if (hasBud) { v.bud = rd(o.bud, dp); if (v.bud > 0) v.pct = rd(v.cur / v.bud * 100, 1); }
  v.g = v.prev > 0 ? rd((v.cur / v.prev - 1) * 100, 1) : (chance(0.5) ? '—' : undefined);
  if (form === 'F3') v.prevHidden = v.prev, delete v.prev;
  return v;
}

function tRevenue(book, sh, r, c0, ctx) {
  const dp = pick([0, 0, 1]); const u = 10 ** -dp; const form = pick(['F1', 'F1', 'F2', 'F3']); const budAll = chance(0.6);
  const total = uni(60000, 450000); const taxShare = uni(0.55, 0.78);
  const partial = chance(0.3);
  const mk = (list, amount) => list.map(([n, en, s]) => { const cur = amount * s * uni(0.6, 1.4) * (n === '其他税收收入' && chance(0.5) ? 0 : 1); const prev = cur === 0 ? (chance(0.5) ? 0 : uni(1, 30)) : cur / (s < 0.01 ? uni(0.6, 1.6) : uni(0.8, 1.3)); return { n, en, cur, prev, bud: cur / uni(0.85, 1.15) }; });
  const taxes = mk(TAXES, total * taxShare), nts = mk(NONTAX, total * (1 - taxShare));
  const agg = (list) => ({ cur: list.reduce((s, x) => s + x.cur, 0), prev: list.reduce((s, x) => s + x.prev, 0), bud: list.reduce((s, x) => s + x.bud, 0) });
  const T = agg(taxes), N = agg(nts); const A = { cur: T.cur + N.cur, prev: T.prev + N.prev, bud: T.bud + N.bud };
  const fm = chance(0.35);
  const top = chance(0.75);
  const rows = [];
  const mkRow = (id, label, en, indent, ex, kind) => ({ id, label, en, indent, bold: kind === 'total' && indent === 0, kind, vals: finShow(Object.assign({ kind }, ex), dp, form, budAll) });
  const totRow = mkRow('tot', top ? pick(['一般公共预算收入', '一般公共预算收入合计', '地方一般公共预算收入']) : pick(['收入合计', '一般公共预算收入合计']), 'General Public Budget Revenue', 0, A, 'total');
  if (top) rows.push(totRow);
  const numb = chance(0.5);
  rows.push(mkRow('tax', (numb ? '一、税收收入' : '税收收入') + (fm ? '①' : ''), 'Tax Revenue', 0, T, 'total'));
  let taxIds = [];
  if (partial) {
    const shown = taxes.filter((x) => ['增值税', '企业所得税', '个人所得税', '城市维护建设税', '契税', '土地增值税'].includes(x.n)).slice(0, int(3, 6));
    shown.forEach((x, i) => { rows.push(mkRow('tx' + i, (i === 0 ? pick(['其中：', '#']) : '') + x.n, x.en, i === 0 ? 1 : 2, x, 'part')); taxIds.push('tx' + i); });
  } else taxes.forEach((x, i) => { rows.push(mkRow('tx' + i, x.n, x.en, 1, x, 'part')); taxIds.push('tx' + i); });
  rows.push(mkRow('nt', numb ? '二、非税收入' : '非税收入', 'Non-tax Revenue', 0, N, 'total'));
  const ntIds = [];
  nts.forEach((x, i) => { rows.push(mkRow('nt' + i, x.n, x.en, 1, x, 'part')); ntIds.push('nt' + i); });
  if (!top) rows.push(totRow);
  const L = layout({ enCol: chance(0.15), labelBilingual: false, colNums: chance(0.08), colNumsText: chance(0.5) });
  if (!L.enCol) L.labelBilingual = chance(0.15);
  const cols = finCols(form, dp, ctx, L, chance(0.3));
  const notes = [];
  if (fm) notes.push('①税收收入含上划中央、省级税收返还后的地方留成部分。');
  if (form === 'F3') notes.push('注：增长速度按上年同口径计算。');
  if (chance(0.3)) notes.push('资料来源：县财政局');
  const unit = cols[0].h.includes('万元') ? null : (chance(0.9) ? { text: pick(['单位：万元', '金额单位：万元']), where: chance(0.7) ? 'right' : 'left' } : null);
  const w = writeTable(sh, r, c0, { title: `${ctx.no} ${ctx.year}年一般公共预算收入${form === 'F2' ? '情况' : '完成情况'}`, unit, labelHead: pick(['项 目', '项目', '收入项目']), labelHeadEn: 'Item', cols, rows, notes, L });
  finRels(book, w.refs, rows, form, dp, u, [['tot', ['tax', 'nt']], ['nt', ntIds]].concat(partial ? [] : [['tax', taxIds]]), partial ? [['tax', taxIds]] : []);
  return { end: w.end, sheet: sh };
}

function finRels(book, refs, rows, form, dp, u, sums, les) {
  const amt = ['bud', 'cur', 'prev'];
  for (const [t, parts] of sums) for (const k of amt) sumRel(book, refs, t, parts, k, false, u);
  for (const [t, parts] of les) for (const p of parts) for (const k of amt) if (refs[p][k] && refs[t][k]) book.rel({ t: 'le', part: refs[p][k], whole: refs[t][k], u });
  for (const row of rows) {
    const rf = refs[row.id];
    if (rf.pct) book.rel({ t: 'ratio', cell: rf.pct, num: [[1, rf.cur]], den: [[1, rf.bud]], k: 100, dp: 1 });
    if (rf.g && rf.prev && typeof book.get(rf.g) === 'number' && book.get(rf.prev) > 0) book.rel({ t: 'ratio', cell: rf.g, num: [[1, rf.cur], [-1, rf.prev]], den: [[1, rf.prev]], k: 100, dp: 1 });
    for (const k of amt) book.cand(rf[k], row.kind, dp);
    book.cand(rf.pct, 'rate', 1);
    if (rf.prev && book.get(rf.prev) > 0) book.cand(rf.g, 'growth', 1);
  }
}

function tExpend(book, sh, r, c0, ctx) {
  const dp = pick([0, 0, 1]); const u = 10 ** -dp; const form = pick(['F1', 'F1', 'F2', 'F3']); const budAll = chance(0.7);
  const total = uni(250000, 900000);
  const items = EXPS.filter(([n]) => !(n === '债务发行费用支出' && chance(0.4))).map(([n, en, s]) => { const cur = total * s * uni(0.7, 1.3); return { n, en, cur, prev: cur / uni(0.85, 1.25), bud: cur / uni(0.88, 1.12) }; });
  const A = { cur: items.reduce((s, x) => s + x.cur, 0), prev: items.reduce((s, x) => s + x.prev, 0), bud: items.reduce((s, x) => s + x.bud, 0) };
  const numbered = chance(0.5);
  const mkRow = (id, label, en, indent, ex, kind) => ({ id, label, en, indent, bold: kind === 'total', kind, vals: finShow(Object.assign({ kind }, ex), dp, form, budAll) });
  const totRow = mkRow('tot', pick(['一般公共预算支出', '一般公共预算支出合计', '支出合计', '合计']), 'General Public Budget Expenditure', 0, A, 'total');
  const itemRows = items.map((x, i) => mkRow('e' + i, (numbered ? CN_NUM[i] + '、' : '') + x.n, x.en, numbered ? 0 : 1, x, 'part'));
  const L = layout({ enCol: chance(0.15), colNums: chance(0.08), colNumsText: chance(0.5) });
  if (!L.enCol) L.labelBilingual = chance(0.15);
  const cols = finCols(form, dp, ctx, L, chance(0.3));
  const unit = { text: pick(['单位：万元', '金额单位：万元']), where: chance(0.7) ? 'right' : 'left' };
  const title = `${ctx.no} ${ctx.year}年一般公共预算支出${form === 'F2' ? '情况' : '完成情况'}`;
  const ids = itemRows.map((x) => x.id);
  let refs, end, last = sh;
  const top = chance(0.8);
  if (ctx.allowSplit && top && chance(0.35)) {
    const k = int(9, 13);
    const w1 = writeTable(sh, r, c0, { title, unit, labelHead: '项 目', labelHeadEn: 'Item', cols, rows: [totRow, ...itemRows.slice(0, k)], L });
    const sh2 = book.addSheet(sh.name + pick(['续', '（续）', ' 续表']));
    const w2 = writeTable(sh2, 1, c0, { title: pick(['续表', title + '（续）']), unit, labelHead: '项 目', labelHeadEn: 'Item', cols, rows: itemRows.slice(k), notes: chance(0.4) ? ['资料来源：县财政局'] : [], L });
    refs = mergeRefs(w1.refs, w2.refs); end = w1.end; last = sh2; ctx.split = true;
  } else {
    const rows = top ? [totRow, ...itemRows] : [...itemRows, totRow];
    const w = writeTable(sh, r, c0, { title, unit, labelHead: pick(['项 目', '支出项目', '科 目']), labelHeadEn: 'Item', cols, rows, notes: chance(0.3) ? ['注：支出按2024年政府收支分类科目口径。'] : [], L });
    refs = w.refs; end = w.end;
  }
  finRels(book, refs, [totRow, ...itemRows], form, dp, u, [['tot', ids]], []);
  return { end, sheet: last };
}

// ---------- T7 财政历年 series ----------
function tFinSeries(book, sh, r, c0, ctx) {
  const dp = pick([0, 0, 1]); const u = 10 ** -dp; const gdp = pick([1, 1, 2]);
  const withTax = chance(0.75), withExp = chance(0.8), withShare = withTax && chance(0.5), withSelf = withExp && chance(0.3);
  let Rv = uni(50000, 250000), ts = uni(0.55, 0.75), er = uni(2.5, 5);
  const prev = { Rv: rd(Rv, dp), Tx: rd(Rv * ts, dp), Ex: rd(Rv * er, dp) };
  const rows = []; const yl = chance(0.5);
  for (let y = 2015; y <= ctx.year; y++) {
    Rv *= y === 2020 ? uni(0.88, 1.02) : uni(0.96, 1.14); ts = Math.min(0.85, Math.max(0.45, ts + uni(-0.03, 0.03))); er = Math.max(1.8, er + uni(-0.2, 0.25));
    const v = { Rv: rd(Rv, dp), Tx: rd(Rv * ts, dp), Ex: rd(Rv * er, dp) };
    v.gRv = rd((v.Rv / prev.Rv - 1) * 100, gdp); v.gTx = rd((v.Tx / prev.Tx - 1) * 100, gdp); v.gEx = rd((v.Ex / prev.Ex - 1) * 100, gdp);
    v.sh = rd(v.Tx / v.Rv * 100, 1); v.self = rd(v.Rv / v.Ex * 100, 1);
    Object.assign(prev, { Rv: v.Rv, Tx: v.Tx, Ex: v.Ex });
    rows.push({ id: 'y' + y, label: yl ? y + '年' : y, vals: v });
  }
  const gf = fmtOf(gdp); const af = fmtOf(dp, chance(0.3));
  const grouped = chance(0.5);
  const cols = [{ key: 'Rv', h: grouped ? '金额' : '一般公共预算收入', en: grouped ? 'Amount' : 'Revenue', group: grouped ? '一般公共预算收入' : undefined, groupEn: 'General Public Budget Revenue', fmt: af }, { key: 'gRv', h: '增长（%）', en: 'Growth (%)', group: grouped ? '一般公共预算收入' : undefined, fmt: gf }];
  if (withTax) cols.push({ key: 'Tx', h: grouped ? '金额' : '#税收收入', en: 'Tax Revenue', group: grouped ? '其中：税收收入' : undefined, groupEn: 'Tax Revenue', fmt: af }, { key: 'gTx', h: '增长（%）', en: 'Growth (%)', group: grouped ? '其中：税收收入' : undefined, fmt: gf });
  if (withShare) cols.push({ key: 'sh', h: '税收占比（%）', en: 'Share of Tax (%)', fmt: '0.0' });
  if (withExp) cols.push({ key: 'Ex', h: grouped ? '金额' : '一般公共预算支出', en: 'Expenditure', group: grouped ? '一般公共预算支出' : undefined, groupEn: 'General Public Budget Expenditure', fmt: af }, { key: 'gEx', h: '增长（%）', en: 'Growth (%)', group: grouped ? '一般公共预算支出' : undefined, fmt: gf });
  if (withSelf) cols.push({ key: 'self', h: '财政自给率（%）', en: 'Self-sufficiency (%)', fmt: '0.0' });
  const L = layout();
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 历年一般公共预算收支`, unit: { text: '单位：万元', where: chance(0.6) ? 'right' : 'left' }, labelHead: '年 份', labelHeadEn: 'Year', cols, rows, notes: chance(0.5) ? ['注：2015年增长速度按2014年数据计算。'] : [], L });
  const refs = w.refs;
  rows.forEach((row, i) => {
    const rf = refs[row.id];
    if (withTax) book.rel({ t: 'le', part: rf.Tx, whole: rf.Rv, u });
    if (withShare) book.rel({ t: 'ratio', cell: rf.sh, num: [[1, rf.Tx]], den: [[1, rf.Rv]], k: 100, dp: 1 });
    if (withSelf) book.rel({ t: 'ratio', cell: rf.self, num: [[1, rf.Rv]], den: [[1, rf.Ex]], k: 100, dp: 1 });
    for (const k of ['Rv', 'Tx', 'Ex']) book.cand(rf[k], 'part', dp);
    book.cand(rf.sh, 'rate', 1); book.cand(rf.self, 'rate', 1);
    if (i > 0) {
      const pr = refs[rows[i - 1].id];
      for (const k of ['Rv', 'Tx', 'Ex']) if (rf['g' + k]) { book.rel({ t: 'ratio', cell: rf['g' + k], num: [[1, rf[k]], [-1, pr[k]]], den: [[1, pr[k]]], k: 100, dp: gdp }); book.cand(rf['g' + k], 'growth', gdp); }
    }
  });
  return { end: w.end, sheet: sh };
}

// ---------- T8 人口历年 series ----------
const BIRTH_BASE = { 2015: 11.0, 2016: 12.1, 2017: 11.6, 2018: 10.2, 2019: 9.6, 2020: 8.4, 2021: 7.4, 2022: 6.8, 2023: 6.3, 2024: 6.6 };
function tPopSeries(book, sh, r, c0, ctx) {
  let P = uni(300000, 900000); const rdp = pick([2, 2, 1]); const bf = uni(0.8, 1.3), df = uni(6, 8.5), nf = uni(-6, 0.5);
  const pwan = chance(0.3); const pdp = pwan ? 2 : 0; const ps = pwan ? 1e-4 : 1;
  const sel = { g: chance(0.6), br: chance(0.85), dr: chance(0.85), nr: chance(0.9), res: chance(0.6), sexes: chance(0.35) };
  const urbDirect = chance(0.5);
  let prevP = rd(P * ps, pdp); let res = P * uni(0.8, 1.0); let ur = uni(0.32, 0.5);
  const rows = []; const yl = chance(0.5);
  for (let y = 2015; y <= ctx.year; y++) {
    const bRate = BIRTH_BASE[y] * bf * uni(0.96, 1.04) / 1000;
    const b = Math.round(P * bRate), d = Math.round(P * df * uni(0.96, 1.05) / 1000), net = Math.round(P * nf * uni(0.6, 1.4) / 1000);
    P = P + b - d + net; res *= uni(0.99, 1.006); ur += uni(0.006, 0.015);
    const v = {}; v.P = rd(P * ps, pdp);
    const M = Math.round(P * uni(0.505, 0.52)); if (sel.sexes && !pwan) { v.M = M; v.F = Math.round(P) - M; v.P = v.M + v.F; }
    v.b = b; v.d = d;
    const pp = pwan ? v.P * 1e4 : v.P;
    v.br = rd(b / pp * 1000, rdp); v.dr = rd(d / pp * 1000, rdp); v.nr = rd((b - d) / pp * 1000, rdp);
    v.g = rd((v.P / prevP - 1) * 100, 2); prevP = v.P;
    v.R = rd(res / 1e4, 2); v.U = rd(res * ur / 1e4, 2); v.ur = rd(v.U / v.R * 100, 2);
    rows.push({ id: 'y' + y, label: yl ? y + '年' : y, vals: v });
  }
  const pf = fmtOf(pdp, !pwan && chance(0.4));
  const cols = [{ key: 'P', h: pwan ? '年末户籍人口（万人）' : '年末户籍人口（人）', en: 'Registered Population', fmt: pf }];
  if (sel.sexes && !pwan) cols.push({ key: 'M', h: '男', en: 'Male', fmt: pf }, { key: 'F', h: '女', en: 'Female', fmt: pf });
  if (sel.g) cols.push({ key: 'g', h: '比上年增长（%）', en: 'Growth (%)', fmt: '0.00' });
  cols.push({ key: 'b', h: '出生人口（人）', en: 'Births', fmt: '0' });
  if (sel.br) cols.push({ key: 'br', h: '出生率（‰）', en: 'Birth Rate', fmt: fmtOf(rdp) });
  cols.push({ key: 'd', h: '死亡人口（人）', en: 'Deaths', fmt: '0' });
  if (sel.dr) cols.push({ key: 'dr', h: '死亡率（‰）', en: 'Death Rate', fmt: fmtOf(rdp) });
  if (sel.nr) cols.push({ key: 'nr', h: '自然增长率（‰）', en: 'Natural Growth Rate', fmt: fmtOf(rdp) });
  if (sel.res) { cols.push({ key: 'R', h: '年末常住人口（万人）', en: 'Resident Population', fmt: '0.00' }); if (urbDirect) cols.push({ key: 'U', h: '#城镇人口（万人）', en: 'Urban', fmt: '0.00' }); cols.push({ key: 'ur', h: '城镇化率（%）', en: 'Urbanization Rate', fmt: '0.00' }); }
  if (!urbDirect || !sel.res) rows.forEach((x) => { delete x.vals.U; });
  const L = layout();
  const notes = ['注：出生率、死亡率、自然增长率按年末户籍人口计算。'];
  if (sel.res && !urbDirect) notes.push('常住人口、城镇化率为人口抽样调查推算数。');
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 历年人口情况`, unit: null, labelHead: '年 份', labelHeadEn: 'Year', cols, rows, notes: chance(0.7) ? notes : [], L });
  const refs = w.refs; const k = pwan ? 0.1 : 1000;
  rows.forEach((row, i) => {
    const rf = refs[row.id];
    if (rf.M) book.rel({ t: 'lin', cell: rf.P, terms: [[1, rf.M], [1, rf.F]], tol: 0, u: 1 });
    if (rf.br) book.rel({ t: 'ratio', cell: rf.br, num: [[1, rf.b]], den: [[1, rf.P]], k, dp: rdp });
    if (rf.dr) book.rel({ t: 'ratio', cell: rf.dr, num: [[1, rf.d]], den: [[1, rf.P]], k, dp: rdp });
    if (rf.nr) book.rel({ t: 'ratio', cell: rf.nr, num: [[1, rf.b], [-1, rf.d]], den: [[1, rf.P]], k, dp: rdp });
    if (rf.U) { book.rel({ t: 'ratio', cell: rf.ur, num: [[1, rf.U]], den: [[1, rf.R]], k: 100, dp: 2 }); book.rel({ t: 'le', part: rf.U, whole: rf.R, u: 0.01 }); }
    if (i > 0 && rf.g) { const pr = refs[rows[i - 1].id]; book.rel({ t: 'ratio', cell: rf.g, num: [[1, rf.P], [-1, pr.P]], den: [[1, pr.P]], k: 100, dp: 2 }); book.cand(rf.g, 'growth', 2); }
    if (rf.M) book.cand(rf.P, 'total', 0);
    for (const kk of ['b', 'd', 'M', 'F']) book.cand(rf[kk], 'part', 0);
    for (const kk of ['br', 'dr', 'nr']) book.cand(rf[kk], 'rate', rdp);
    if (rf.U) { book.cand(rf.ur, 'rate', 2); book.cand(rf.U, 'part', 2); }
  });
  return { end: w.end, sheet: sh };
}

// ---------- T11 人口与就业主要指标 ----------
function tMain(book, sh, r, c0, ctx) {
  const y1 = ctx.year - 1, y2 = ctx.year; const rdp = 2;
  const mk = () => {
    const P = int(300000, 900000); const M = Math.round(P * uni(0.505, 0.52));
    const b = Math.round(P * uni(5, 10) / 1000), d = Math.round(P * uni(6, 8.8) / 1000);
    const R = P * uni(0.78, 1.0); const U = R * uni(0.35, 0.62);
    const E = R * uni(0.5, 0.62); const s1 = uni(0.28, 0.45), s2 = uni(0.18, 0.3);
    return { P, M, F: P - M, b, d, R, U, E, s1, s2 };
  };
  const a = mk(); const bb = Object.assign({}, a);
  bb.P = Math.round(a.P * uni(0.993, 1.003)); bb.M = Math.round(bb.P * uni(0.505, 0.52)); bb.F = bb.P - bb.M; bb.b = Math.round(a.b * uni(0.85, 1.05)); bb.d = Math.round(a.d * uni(0.95, 1.06));
  bb.R = a.R * uni(0.99, 1.005); bb.U = bb.R * (a.U / a.R + uni(0.006, 0.014)); bb.E = a.E * uni(0.985, 1.015); bb.s1 = a.s1 - uni(0.003, 0.012); bb.s2 = a.s2 + uni(-0.004, 0.006);
  const show = (o) => {
    const v = { P: o.P, M: o.M, F: o.F, b: o.b, d: o.d };
    const ex = { e1: o.E * o.s1, e2: o.E * o.s2, e3: o.E * (1 - o.s1 - o.s2) };
    v.br = rd(v.b / v.P * 1000, rdp); v.dr = rd(v.d / v.P * 1000, rdp); v.nr = rd((v.b - v.d) / v.P * 1000, rdp);
    v.R = rd(o.R / 1e4, 2); v.U = rd(o.U / 1e4, 2); v.ur = rd(v.U / v.R * 100, 2);
    v.E = rd(o.E / 1e4, 2); v.e1 = rd(ex.e1 / 1e4, 2); v.e2 = rd(ex.e2 / 1e4, 2); v.e3 = rd(ex.e3 / 1e4, 2);
    return v;
  };
  const va = show(a), vb = show(bb);
  const defs = [['P', '年末户籍人口', '人', 0, 0, 'count'], ['M', '男', '人', 1, 0, 'count'], ['F', '女', '人', 1, 0, 'count'], ['b', '出生人口', '人', 0, 0, 'count'], ['d', '死亡人口', '人', 0, 0, 'count'],
    ['br', '出生率', '‰', 0, rdp, 'rate'], ['dr', '死亡率', '‰', 0, rdp, 'rate'], ['nr', '自然增长率', '‰', 0, rdp, 'rate'],
    ['R', '年末常住人口', '万人', 0, 2, 'count'], ['U', '#城镇人口', '万人', 1, 2, 'count'], ['ur', '城镇化率', '%', 0, 2, 'rate'],
    ['E', '从业人员', '万人', 0, 2, 'count'], ['e1', '第一产业', '万人', 1, 2, 'count'], ['e2', '第二产业', '万人', 1, 2, 'count'], ['e3', '第三产业', '万人', 1, 2, 'count']];
  const gdp = pick([1, 2]);
  const rows = defs.map(([id, lab, un, ind, dp, kind]) => {
    const vals = { unit: un, a: va[id], b: vb[id] };
    vals.c = kind === 'rate' ? rd(vb[id] - va[id], dp) : rd((vb[id] / va[id] - 1) * 100, gdp);
    return { id, label: lab, indent: ind, vals, fmts: { a: fmtOf(dp), b: fmtOf(dp), c: kind === 'rate' ? fmtOf(dp) : fmtOf(gdp) }, kind, dp };
  });
  const cols = [{ key: 'unit', h: '计量单位', en: 'Unit' }, { key: 'a', h: `${y1}年`, en: String(y1) }, { key: 'b', h: `${y2}年`, en: String(y2) }, { key: 'c', h: pick([`${y2}年比上年增长（%）`, '比上年增减（%）', '增长（%）']), en: 'Change (%)' }];
  const L = layout();
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 人口与就业主要指标`, unit: null, labelHead: '指 标', labelHeadEn: 'Indicator', cols, rows, notes: ['注：出生率、死亡率、自然增长率比上年增减为千分点，城镇化率为百分点。'], L });
  const refs = w.refs;
  for (const col of ['a', 'b']) {
    book.rel({ t: 'lin', cell: refs.P[col], terms: [[1, refs.M[col]], [1, refs.F[col]]], tol: 0, u: 1 });
    book.rel({ t: 'ratio', cell: refs.br[col], num: [[1, refs.b[col]]], den: [[1, refs.P[col]]], k: 1000, dp: rdp });
    book.rel({ t: 'ratio', cell: refs.dr[col], num: [[1, refs.d[col]]], den: [[1, refs.P[col]]], k: 1000, dp: rdp });
    book.rel({ t: 'ratio', cell: refs.nr[col], num: [[1, refs.b[col]], [-1, refs.d[col]]], den: [[1, refs.P[col]]], k: 1000, dp: rdp });
    book.rel({ t: 'ratio', cell: refs.ur[col], num: [[1, refs.U[col]]], den: [[1, refs.R[col]]], k: 100, dp: 2 });
    book.rel({ t: 'sum', total: refs.E[col], parts: [refs.e1[col], refs.e2[col], refs.e3[col]], exact: false, u: 0.01 });
    book.cand(refs.P[col], 'total', 0); book.cand(refs.E[col], 'total', 2);
    for (const k of ['M', 'F', 'e1', 'e2', 'e3', 'b', 'd']) book.cand(refs[k][col], 'part', k.startsWith('e') ? 2 : 0);
    for (const k of ['br', 'dr', 'nr', 'ur']) book.cand(refs[k][col], 'rate', 2);
  }
  for (const row of rows) {
    const rf = refs[row.id];
    if (row.kind === 'rate') book.rel({ t: 'lin', cell: rf.c, terms: [[1, rf.b], [-1, rf.a]], tol: 0, u: 10 ** -row.dp });
    else book.rel({ t: 'ratio', cell: rf.c, num: [[1, rf.b], [-1, rf.a]], den: [[1, rf.a]], k: 100, dp: gdp });
    book.cand(rf.c, 'growth', row.kind === 'rate' ? row.dp : gdp);
  }
  return { end: w.end, sheet: sh };
}

// ---------- T6 价格指数 by category ----------
const CPI_CATS = [['居民消费价格总指数', 'Consumer Price Index', 0, [99.0, 102.6]], ['一、食品烟酒', 'Food, Tobacco and Liquor', 0, [97, 104]], ['粮食', 'Grain', 1, [98.5, 103.5]], ['鲜菜', 'Fresh Vegetables', 1, [88, 114]], ['畜肉类', 'Livestock Meat', 1, [80, 124]], ['水产品', 'Aquatic Products', 1, [95, 106]], ['蛋类', 'Eggs', 1, [90, 112]], ['鲜果', 'Fresh Fruits', 1, [90, 112]], ['二、衣着', 'Clothing', 0, [98.5, 102.5]], ['三、居住', 'Residence', 0, [98.5, 102]], ['四、生活用品及服务', 'Household Articles and Services', 0, [98.5, 102]], ['五、交通通信', 'Transport and Communication', 0, [96, 104]], ['六、教育文化娱乐', 'Education, Culture and Recreation', 0, [99, 103]], ['七、医疗保健', 'Health Care and Medical Services', 0, [99, 103]], ['八、其他用品及服务', 'Other Articles and Services', 0, [97, 106]]];
const RPI_CATS = [['商品零售价格总指数', 'Retail Price Index', 0, [98.5, 102.5]], ['食品', 'Food', 1, [96, 105]], ['饮料、烟酒', 'Beverages, Tobacco and Liquor', 1, [99, 102]], ['服装、鞋帽', 'Garments, Footwear and Hats', 1, [98.5, 102.5]], ['纺织品', 'Textiles', 1, [98, 102]], ['家用电器及音像器材', 'Household Appliances', 1, [96, 101]], ['文化办公用品', 'Cultural and Office Articles', 1, [98, 102]], ['日用品', 'Articles for Daily Use', 1, [98.5, 102]], ['交通、通信用品', 'Transport and Communication Articles', 1, [95, 101]], ['中西药品及医疗保健用品', 'Medicines', 1, [99, 103]], ['书报杂志及电子出版物', 'Books and Newspapers', 1, [99, 103]], ['燃料', 'Fuels', 1, [92, 108]], ['建筑材料及五金电料', 'Building Materials and Hardware', 1, [96, 103]]];
function tCpiCat(book, sh, r, c0, ctx) {
  const list = ctx.rpi ? RPI_CATS : CPI_CATS;
  const form = pick(['years', 'region', 'chg', 'chg']);
  const subMark = pick(['其中：', '#']);
  let firstSub = true;
  const rows = list.map(([n, en, ind, [lo, hi]], i) => {
    let label = n; if (ind && !ctx.rpi) { if (firstSub) { label = subMark + n; firstSub = false; } }
    const vals = {};
    if (form === 'years') { vals.a = rd(uni(lo, hi), 1); vals.b = rd(uni(lo, hi), 1); }
    else if (form === 'region') { vals.a = rd(uni(lo, hi), 1); vals.b = rd(vals.a + uni(-0.6, 0.6), 1); vals.c = rd(vals.a + uni(-0.8, 0.8), 1); }
    else { vals.a = rd(uni(lo, hi), 1); vals.c = rd(vals.a - 100, 1); }
    return { id: 'k' + i, label, en, indent: ind && !ctx.rpi ? (label.startsWith('其中') || label.startsWith('#') ? 1 : 2) : ind, bold: i === 0, vals };
  });
  let cols;
  if (form === 'years') cols = [{ key: 'a', h: `${ctx.year - 1}年`, en: String(ctx.year - 1), fmt: '0.0' }, { key: 'b', h: `${ctx.year}年`, en: String(ctx.year), fmt: '0.0' }];
  else if (form === 'region') cols = [{ key: 'a', h: ctx.all, en: 'Total', fmt: '0.0' }, { key: 'b', h: '城镇', en: 'Urban', fmt: '0.0' }, { key: 'c', h: '农村', en: 'Rural', fmt: '0.0' }];
  else cols = [{ key: 'a', h: '指数（上年=100）', en: 'Index (previous year=100)', fmt: '0.0' }, { key: 'c', h: pick(['涨跌幅（%）', '比上年涨跌（%）', '上涨（%）']), en: 'Change (%)', fmt: '0.0' }];
  const L = layout({ enCol: chance(0.2) });
  const name = ctx.rpi ? '商品零售价格分类指数' : '居民消费价格分类指数';
  const w = writeTable(sh, r, c0, { title: `${ctx.no} ${ctx.year}年${name}`, unit: form === 'chg' ? null : { text: '（上年=100）', where: chance(0.5) ? 'right' : 'left' }, labelHead: pick(['类 别', '项 目', '指 标']), labelHeadEn: 'Item', cols, rows, notes: chance(0.4) ? ['资料来源：国家统计局' + ctx.name.replace(/[县市]$/, '') + '调查队'] : [], L });
  if (form === 'chg') for (const row of rows) { const rf = w.refs[row.id]; book.rel({ t: 'lin', cell: rf.c, terms: [[1, rf.a]], c0: -100, tol: 0, u: 0.1 }); book.cand(rf.c, 'rate', 1); }
  return { end: w.end, sheet: sh };
}

// ---------- T9 价格指数 series ----------
function tCpiSeries(book, sh, r, c0, ctx) {
  const cats = pickN([['food', '食品烟酒', [96, 109]], ['cloth', '衣着', [99, 102.5]], ['live', '居住', [98.5, 102.5]], ['goods', '生活用品及服务', [98.5, 102]], ['trans', '交通通信', [95, 104]], ['edu', '教育文化娱乐', [99, 103]], ['med', '医疗保健', [99, 104]], ['oth', '其他用品及服务', [97, 106]]], int(3, 7));
  const withRpi = chance(0.4);
  const rows = []; const yl = chance(0.5);
  for (let y = 2015; y <= ctx.year; y++) {
    const vals = { cpi: rd(uni(99.0, 103.2), 1) };
    for (const [k, , [lo, hi]] of cats) vals[k] = rd(uni(lo, hi), 1);
    if (withRpi) vals.rpi = rd(uni(98.5, 102.8), 1);
    rows.push({ id: 'y' + y, label: yl ? y + '年' : y, vals });
  }
  const cols = [{ key: 'cpi', h: '居民消费价格总指数', en: 'CPI', fmt: '0.0' }, ...cats.map(([k, n]) => ({ key: k, h: n, en: k, group: chance(0.5) ? undefined : '#分类', fmt: '0.0' }))];
  if (cols.slice(1).some((c) => c.group)) cols.slice(1).forEach((c) => { c.group = '其中'; });
  if (withRpi) cols.push({ key: 'rpi', h: '商品零售价格总指数', en: 'RPI', fmt: '0.0' });
  const w = writeTable(sh, r, c0, { title: `${ctx.no} 历年价格指数`, unit: { text: '（上年=100）', where: 'right' }, labelHead: '年 份', labelHeadEn: 'Year', cols, rows, notes: [], L: layout() });
  return { end: w.end, sheet: sh };
}

// ---------- book assembly ----------
const THEMES = {
  pop: [tPopTown, tPopTown, tUrbanTown, tPopSeries, tMain],
  emp: [tEmpInd, tEmpSeries, tMain],
  fin: [tRevenue, tRevenue, tExpend, tExpend, tFinSeries],
  price: [tCpiCat, tCpiSeries, tCpiCat],
};
function buildBook() {
  const book = new Book();
  const [name, all] = pick(PLACES);
  const theme = chance(0.8) ? pick(['pop', 'pop', 'emp', 'fin', 'fin', 'price']) : 'mix';
  const pool = theme === 'mix' ? [].concat(...Object.values(THEMES)) : THEMES[theme];
  const nT = int(1, 3);
  const chap = { pop: 3, emp: 4, fin: 12, price: 13, mix: 3 }[theme];
  let cur = null, row = 1; let prevSplit = false;
  if (chance(0.08)) { const s = book.addSheet('说明'); s.set(1, 1, '主要统计指标解释', { bold: true }); s.set(3, 1, '户籍人口：指公民依《中华人民共和国户口登记条例》已在其经常居住地的公安户籍管理机关登记了常住户口的人。'); s.set(4, 1, '城镇化率：指城镇常住人口占常住人口的比重。'); s.set(5, 1, '一般公共预算收入：指政府凭借国家政治权力，以社会公共管理者身份筹集的以税收为主体的财政收入。'); }
  const used = new Set();
  for (let t = 0; t < nT; t++) {
    let fn = pick(pool); let tries = 0; while (used.has(fn) && tries++ < 5) fn = pick(pool); used.add(fn);
    const no = `${chap}-${t + 1}`;
    const ctx = { name, all, year: 2024, no: pick([no, '表' + no, no]), allowSplit: true, rpi: fn === tCpiCat && chance(0.3) };
    const stack = cur && !prevSplit && chance(0.3);
    let c0 = 1;
    if (stack) { row += int(1, 3); c0 = cur.c0; }
    else {
      const sname = pick([no, '表' + no, no + ' ' + { [tPopTown.name]: '户籍人口', [tUrbanTown.name]: '常住人口', [tPopSeries.name]: '历年人口', [tMain.name]: '主要指标', [tEmpInd.name]: '从业人员', [tEmpSeries.name]: '历年从业人员', [tRevenue.name]: '预算收入', [tExpend.name]: '预算支出', [tFinSeries.name]: '历年财政', [tCpiCat.name]: '价格指数', [tCpiSeries.name]: '历年价格' }[fn.name], 'Sheet' + (t + 1)]);
      const s = book.addSheet(sname); c0 = chance(0.2) ? 2 : 1; row = 1;
      if (chance(0.1)) { s.set(1, 1, '返回目录', { underline: true }); row = 2; }
      cur = { s, c0 };
    }
    ctx.allowSplit = !stack;
    const res = fn(book, cur.s, row, c0, ctx);
    row = res.end; prevSplit = !!ctx.split;
    if (res.sheet !== cur.s) cur = { s: res.sheet, c0 };
  }
  return book;
}

// ---------- plants ----------
function digitsSwap(v, dp) {
  const s = Math.abs(v).toFixed(dp); const d = s.replace('.', '');
  const opts = []; for (let i = 0; i + 1 < d.length; i++) if (d[i] !== d[i + 1] && !(i === 0 && d[i + 1] === '0')) opts.push(i);
  if (!opts.length) return null;
  const i = pick(opts); const nd = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
  const ns = dp ? nd.slice(0, nd.length - dp) + '.' + nd.slice(nd.length - dp) : nd;
  return (v < 0 ? -1 : 1) * Number(ns);
}
function digitChange(v, dp) {
  const s = Math.abs(v).toFixed(dp); const d = s.replace('.', ''); if (d.length < 2) return null;
  const i = int(1, d.length - 1); let nd; do { nd = String(int(0, 9)); } while (nd === d[i]);
  const x = d.slice(0, i) + nd + d.slice(i + 1);
  const ns = dp ? x.slice(0, x.length - dp) + '.' + x.slice(x.length - dp) : x;
  return (v < 0 ? -1 : 1) * Number(ns);
}
function plantValue(type, v, dp) {
  if (type === 'swap') return digitsSwap(v, dp);
  if (type === 'total' || type === 'part') {
    if (chance(0.5)) return digitChange(v, dp);
    return rd(v * (1 + (chance(0.5) ? 1 : -1) * uni(0.02, 0.12)), dp);
  }
  if (type === 'rate') return chance(0.4) ? digitChange(v, dp) : rd(v + (chance(0.5) ? 1 : -1) * uni(0.3, 4), dp);
  if (type === 'growth') return chance(0.2) && Math.abs(v) > 0.5 ? -v : rd(v + (chance(0.5) ? 1 : -1) * uni(1, 8), dp);
  return null;
}
function plantBook(book, nPlants) {
  const relsOf = new Map();
  for (const x of book.rels) for (const ref of refsOf(x)) { if (!relsOf.has(ref)) relsOf.set(ref, []); relsOf.get(ref).push(x); }
  const types = ['total', 'part', 'rate', 'swap', 'growth'];
  let tries = 0;
  while (book.plants.length < nPlants && tries++ < 300) {
    const type = pick(types);
    const pool = book.cands.filter((c) => (type === 'swap' ? true : c.kind === type) && relsOf.has(c.ref) && !book.plants.some((p) => p.ref === c.ref));
    if (!pool.length) continue;
    const c = pick(pool); const cell = book.cellIdx.get(c.ref); const was = cell.v;
    const now = plantValue(type, was, c.dp);
    if (now === null || now === was || !Number.isFinite(now)) continue;
    if (type !== 'growth' && type !== 'rate' && now <= 0) continue;
    cell.v = now;
    const get = (ref) => book.get(ref);
    const broken = relsOf.get(c.ref).some((x) => { const e = evalRel(x, get); return !(e.viol <= e.tol + e.u); });
    // a second plant must not sit in a relation that the first one already breaks (keep plants separable)
    const overlaps = book.plants.some((p) => relsOf.get(c.ref).some((x) => refsOf(x).includes(p.ref)));
    if (!broken || overlaps) { cell.v = was; continue; }
    const [sheet, addr] = splitRef(c.ref);
    book.plants.push({ ref: c.ref, sheet, cell: addr, was, now, type });
  }
  return book.plants.length === nPlants;
}
const splitRef = (ref) => { const i = ref.lastIndexOf('!'); return [ref.slice(0, i), ref.slice(i + 1)]; };

// ---------- render ----------
async function render(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [c, w] of Object.entries(s.widths)) ws.getColumn(Number(c)).width = w;
    for (const cell of s.cells.values()) {
      const x = ws.getCell(cell.r, cell.c);
      if (cell.v !== null && cell.v !== undefined) x.value = cell.v;
      const st = cell.st;
      if (st.fmt) x.numFmt = st.fmt;
      const font = {}; if (st.bold) font.bold = true; if (st.size) font.size = st.size; if (st.italic) font.italic = true; if (st.underline) font.underline = true;
      if (Object.keys(font).length) x.font = Object.assign({ name: '宋体' }, font);
      const al = {}; if (st.hAlign) al.horizontal = st.hAlign; if (st.wrap) al.wrapText = true; if (st.indent) { al.indent = st.indent; al.horizontal = 'left'; }
      if (Object.keys(al).length) x.alignment = Object.assign({ vertical: 'middle' }, al);
      if (st.border) x.border = st.border;
    }
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  await wb.xlsx.writeFile(file);
}

async function makeFolder(folder, seed, nBooks, nPlanted, prefix) {
  R = mulberry32(seed);
  const dir = path.join(__dirname, folder); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const plantedIdx = new Set(shuffle([...Array(nBooks).keys()]).slice(0, nPlanted));
  const manifest = [], rels = {};
  for (let i = 0; i < nBooks; i++) {
    const file = `${prefix}${String(i + 1).padStart(2, '0')}.xlsx`;
    let book, ok = false;
    for (let attempt = 0; attempt < 50 && !ok; attempt++) {
      book = buildBook();
      // self-check: clean before planting
      const get = (ref) => book.get(ref);
      const bad = book.rels.filter((x) => !holds(evalRel(x, get)));
      if (bad.length) throw new Error(`${file}: clean relation fails ${JSON.stringify(bad[0])} ${JSON.stringify(evalRel(bad[0], get))}`);
      if (!plantedIdx.has(i)) ok = true;
      else ok = plantBook(book, chance(0.6) ? 1 : 2);
    }
    if (!ok) throw new Error('could not plant ' + file);
    await render(book, path.join(dir, file));
    manifest.push({ file, clean: !plantedIdx.has(i), plants: book.plants.map(({ sheet, cell, was, now }) => ({ sheet, cell, was, now })) });
    rels[file] = { rels: book.rels, plantTypes: book.plants.map((p) => p.type) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', folder + '.json'), JSON.stringify(rels));
  console.log(`${folder}: ${nBooks} books, ${nPlanted} planted, ${manifest.reduce((s, m) => s + m.plants.length, 0)} plants`);
}

(async () => {
  await makeFolder('cases', 8801, 45, 23, 'c');
  await makeFolder('probe', 8802, 100, 30, 'p');
})().catch((e) => { console.error(e); process.exit(1); });
