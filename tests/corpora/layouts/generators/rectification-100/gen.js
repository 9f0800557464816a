// gen.js: deterministic generator of party-organisation statistics workbooks (clean + planted)
// usage: NODE_PATH=/work/main/node_modules node gen.js [set...]   sets: cases probe hunt1 hunt2
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const round = (x, d) => { const f = Math.pow(10, d); return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f; };
const colL = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + (r + 1);
const tolD = (d) => 0.5 * Math.pow(10, -d) + 1e-6;

const COUNTIES = ['城关区', '东城区', '西城区', '高新区', '经开区', '青山县', '临河县', '白水县', '平安县', '永和县', '长宁县', '安远县', '清河县', '石门县', '云台县', '双峰县', '新华区', '红旗区', '河东区', '滨湖区'];
const TOWNS = ['城关镇', '新桥镇', '河口镇', '马坊乡', '柳林镇', '东关街道', '西关街道', '南关街道', '北街街道', '石桥乡', '龙泉镇', '桃园镇', '三合乡', '太平镇', '杨柳镇', '官庄乡', '花园街道', '站前街道'];
const TYPES = ['村', '社区', '机关', '企业', '学校', '社会组织'];
const CITY = ['临江市', '安平市', '青州市', '云阳市', '河西市'];

class Sheet {
  constructor(name) { this.name = name; this.g = []; this.merges = []; this.rels = []; this.kinds = {}; this.fmt = {}; this.colw = {}; }
  set(r, c, v, kind, fmt) { (this.g[r] = this.g[r] || [])[c] = v; if (kind) this.kinds[A(r, c)] = kind; if (fmt) this.fmt[A(r, c)] = fmt; }
  get(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; const row = this.g[+m[2] - 1]; return row ? row[c - 1] : undefined; }
  setA(a, v) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; this.g[+m[2] - 1][c - 1] = v; }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
}
const dash = (v, style) => (v === 0 ? (style === 'dash' ? '—' : style === 'blank' ? null : 0) : v);

function titleRows(S, title, ncol, opts, r0 = 0) {
  let r = r0;
  if (opts.title !== false) { S.set(r, 0, title); S.merge(r, 0, r, ncol - 1); r++; }
  if (opts.unitRow) { S.set(r, ncol - 1, opts.unitRow); if (opts.fillerRow) S.set(r, 0, opts.fillerRow); r++; }
  return r;
}
function noteRows(S, r, notes) { for (const n of notes) { S.set(r, 0, n); r++; } return r; }

// ---------- data -----------
function regionData(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const total = ri(120, 900);
    const weak = Math.max(1, Math.round(total * (0.02 + R() * 0.06)));
    // split weak across types, village dominant
    const w = TYPES.map((t, k) => (k === 0 ? 6 : k === 1 ? 2 : R() < 0.5 ? R() : 0));
    const sw = w.reduce((a, b) => a + b, 0);
    const types = w.map((x) => Math.floor((weak * x) / sw));
    types[0] += weak - types.reduce((a, b) => a + b, 0);
    const done = ri(Math.floor(weak * 0.5), weak);
    const sec = ri(0, weak);
    const units = ri(20, 180);
    const members = ri(300, 4000);
    const membersPrev = Math.max(100, Math.round(members * (0.75 + R() * 0.4)));
    const posts = ri(50, 900);
    const hours = ri(members * 2, members * 12);
    const unitsPrev = Math.max(5, Math.round(units * (0.8 + R() * 0.35)));
    out.push({ total, weak, types, done, sec, units, unitsPrev, members, membersPrev, posts, hours });
  }
  return out;
}
const sumObj = (list) => {
  const o = {};
  for (const k of Object.keys(list[0])) o[k] = Array.isArray(list[0][k]) ? list[0][k].map((_, j) => list.reduce((a, x) => a + x[k][j], 0)) : list.reduce((a, x) => a + x[k], 0);
  return o;
};

// ---------- layout A: rectification by region, rows = regions ----------
function layoutRect(S, o, r0 = 0) {
  const n = o.n, level = o.level;
  const names = o.names;
  const data = regionData(n);
  const typeIdx = o.allTypes ? [0, 1, 2, 3, 4, 5] : [0, 1].concat([2, 3, 4, 5].filter(() => R() < 0.5));
  const pctD = o.pctD;
  // columns
  const cols = [{ key: 'name', h1: level, h2: null }];
  cols.push({ key: 'total', h1: '基层党组织总数', h2: null, unit: '个' });
  cols.push({ key: 'weak', h1: '排查确定软弱涣散党组织', h2: '数量' });
  if (o.share) cols.push({ key: 'share', h1: '排查确定软弱涣散党组织', h2: o.frac ? '占比' : '占比（%）' });
  for (const t of typeIdx) cols.push({ key: 'type' + t, h1: o.allTypes ? '其中' : '其中', h2: TYPES[t] });
  cols.push({ key: 'done', h1: '整顿情况', h2: '已完成整顿数' });
  if (o.conv) cols.push({ key: 'conv', h1: '整顿情况', h2: '整顿转化率（%）' });
  if (o.sec) cols.push({ key: 'sec', h1: '选派第一书记（名）', h2: null });
  if (o.seq) cols.unshift({ key: 'seq', h1: '序号', h2: null });
  const nc = cols.length;
  let r = titleRows(S, o.title, nc, o, r0);
  // header 2 levels
  const h = r;
  for (let c = 0; c < nc; c++) {
    const col = cols[c];
    if (col.h2 == null) { S.set(h, c, col.h1); S.merge(h, c, h + 1, c); }
    else { S.set(h + 1, c, col.h2); if (c === 0 || cols[c - 1].h1 !== col.h1 || cols[c - 1].h2 == null) { let e = c; while (e + 1 < nc && cols[e + 1].h1 === col.h1 && cols[e + 1].h2 != null) e++; S.set(h, c, col.h1); S.merge(h, c, h, e); } }
  }
  r = h + 2;
  if (o.colNums) { for (let c = 0; c < nc; c++) S.set(r, c, cols[c].key === 'name' ? '甲' : cols[c].key === 'seq' ? '乙' : c - (o.seq ? 1 : 0)); r++; }
  // row plan
  const plan = []; // {label, obj, role:'total'|'sub'|'item', members:[plan idx]}
  const groups = [];
  if (o.subtotals) {
    const cut = ri(1, n - 2);
    groups.push({ label: o.subLabels[0], items: data.slice(0, cut), names: names.slice(0, cut) });
    groups.push({ label: o.subLabels[1], items: data.slice(cut), names: names.slice(cut) });
  } else groups.push({ label: null, items: data, names });
  const total = sumObj(data);
  const rowsOut = [];
  const totalRow = { label: o.totalLabel, obj: total, role: 'total' };
  if (o.totalFirst) rowsOut.push(totalRow);
  const leafRows = [], subRows = [];
  for (const g of groups) {
    let sub = null;
    if (g.label) { sub = { label: g.label, obj: sumObj(g.items), role: 'sub', kids: [] }; rowsOut.push(sub); subRows.push(sub); }
    g.items.forEach((d, i) => { const x = { label: (g.label && o.indent ? '  ' : '') + g.names[i], obj: d, role: 'item' }; rowsOut.push(x); leafRows.push(x); if (sub) sub.kids.push(x); });
  }
  if (!o.totalFirst) rowsOut.push(totalRow);
  const qiRows = [];
  if (o.qizhong && !subRows.length) {
    const members = leafRows.filter((x) => /街道/.test(x.label) || /区$/.test(x.label));
    if (members.length >= 1 && members.length < leafRows.length) {
      const q = { label: pick(['其中：街道', '其中：城区', '  其中：城市']), obj: sumObj(members.map((x) => x.obj)), role: 'qi', members };
      rowsOut.splice(rowsOut.indexOf(totalRow) + 1, 0, q); qiRows.push(q);
    }
  }
  let seq = 1;
  for (const x of rowsOut) {
    x.r = r;
    for (let c = 0; c < nc; c++) {
      const k = cols[c].key, d = x.obj;
      if (k === 'seq') S.set(r, c, x.role === 'item' ? seq++ : null);
      else if (k === 'name') S.set(r, c, x.label);
      else if (k.startsWith('type')) S.set(r, c, dash(d.types[+k.slice(4)], o.zero), x.role === 'item' ? 'part' : 'total');
      else if (k === 'share') S.set(r, c, o.frac ? round(d.weak / d.total, pctD + 2) : round((d.weak / d.total) * 100, pctD), 'rate', o.frac ? (pctD === 1 ? '0.0%' : '0.00%') : pctD === 1 ? '0.0' : '0.00');
      else if (k === 'conv') S.set(r, c, d.weak ? (o.frac ? round(d.done / d.weak, pctD + 2) : round((d.done / d.weak) * 100, pctD)) : null, 'rate', o.frac ? (pctD === 1 ? '0.0%' : '0.00%') : pctD === 1 ? '0.0' : '0.00');
      else S.set(r, c, d[k], x.role === 'item' ? 'part' : 'total');
    }
    r++;
  }
  // relations
  const ci = (k) => cols.findIndex((c) => c.key === k);
  for (let c = 0; c < nc; c++) {
    const k = cols[c].key; if (k === 'name' || k === 'seq' || k === 'share' || k === 'conv') continue;
    if (subRows.length) {
      S.rels.push({ t: 'sum', total: A(totalRow.r, c), parts: subRows.map((s) => A(s.r, c)), tol: 0 });
      for (const s of subRows) S.rels.push({ t: 'sum', total: A(s.r, c), parts: s.kids.map((x) => A(x.r, c)), tol: 0 });
    } else S.rels.push({ t: 'sum', total: A(totalRow.r, c), parts: leafRows.map((x) => A(x.r, c)), tol: 0 });
    for (const q of qiRows) { S.rels.push({ t: 'sum', total: A(q.r, c), parts: q.members.map((x) => A(x.r, c)), tol: 0 }); S.rels.push({ t: 'le', whole: A(totalRow.r, c), parts: [A(q.r, c)], tol: 0 }); }
  }
  for (const x of rowsOut) {
    const tc = typeIdx.map((t) => A(x.r, ci('type' + t)));
    S.rels.push(o.allTypes ? { t: 'sum', total: A(x.r, ci('weak')), parts: tc, tol: 0 } : { t: 'le', whole: A(x.r, ci('weak')), parts: tc, tol: 0 });
    S.rels.push({ t: 'le', whole: A(x.r, ci('weak')), parts: [A(x.r, ci('done'))], tol: 0 });
    const K = o.frac ? 1 : 100, T = o.frac ? tolD(pctD + 2) : tolD(pctD);
    if (o.share) S.rels.push({ t: 'rate', cell: A(x.r, ci('share')), num: A(x.r, ci('weak')), den: A(x.r, ci('total')), k: K, tol: T });
    if (o.conv) S.rels.push({ t: 'rate', cell: A(x.r, ci('conv')), num: A(x.r, ci('done')), den: A(x.r, ci('weak')), k: K, tol: T });
  }
  r++;
  r = noteRows(S, r, o.notes);
  return r;
}

// ---------- layout B: 双报到 by region with 本年/上年 ----------
function layoutReport(S, o, r0 = 0) {
  const n = o.n; const data = regionData(n); const names = o.names;
  const cols = [{ key: 'name', h1: o.level }];
  cols.push({ key: 'units', h1: '报到单位数（个）', h2: o.unitsPrev ? '本年' : null });
  if (o.unitsPrev) { cols.push({ key: 'unitsPrev', h1: '报到单位数（个）', h2: '上年' }); }
  cols.push({ key: 'members', h1: '报到党员数（名）', h2: '本年' });
  cols.push({ key: 'membersPrev', h1: '报到党员数（名）', h2: '上年' });
  cols.push({ key: 'mDiff', h1: '报到党员数（名）', h2: '增减' });
  cols.push({ key: 'mGrow', h1: '报到党员数（名）', h2: '增长（%）' });
  if (o.posts) cols.push({ key: 'posts', h1: '认领岗位数（个）' });
  cols.push({ key: 'hours', h1: '服务时长（小时）' });
  if (o.perCap) cols.push({ key: 'perCap', h1: '人均服务时长（小时）' });
  const nc = cols.length;
  let r = titleRows(S, o.title, nc, o, r0);
  const h = r;
  for (let c = 0; c < nc; c++) {
    const col = cols[c];
    if (col.h2 == null) { S.set(h, c, col.h1); S.merge(h, c, h + 1, c); }
    else { S.set(h + 1, c, col.h2); if (cols[c - 1].h1 !== col.h1) { let e = c; while (e + 1 < nc && cols[e + 1].h1 === col.h1) e++; S.set(h, c, col.h1); S.merge(h, c, h, e); } }
  }
  r = h + 2;
  const total = sumObj(data);
  const rows = [];
  const tr = { label: o.totalLabel, obj: total, role: 'total' };
  if (o.totalFirst) rows.push(tr);
  data.forEach((d, i) => rows.push({ label: names[i], obj: d, role: 'item' }));
  if (!o.totalFirst) rows.push(tr);
  for (const x of rows) {
    x.r = r; const d = x.obj;
    for (let c = 0; c < nc; c++) {
      const k = cols[c].key; const kind = x.role === 'item' ? 'part' : 'total';
      if (k === 'name') S.set(r, c, x.label);
      else if (k === 'mDiff') S.set(r, c, d.members - d.membersPrev, 'change');
      else if (k === 'mGrow') S.set(r, c, round((d.members / d.membersPrev - 1) * 100, o.pctD), 'change', o.pctD === 1 ? '0.0' : '0.00');
      else if (k === 'perCap') S.set(r, c, round(d.hours / d.members, 1), 'rate', '0.0');
      else S.set(r, c, d[k], kind);
    }
    r++;
  }
  const ci = (k) => cols.findIndex((c) => c.key === k);
  for (let c = 0; c < nc; c++) {
    const k = cols[c].key; if (['name', 'mGrow', 'perCap'].includes(k)) continue;
    S.rels.push({ t: 'sum', total: A(tr.r, c), parts: rows.filter((x) => x.role === 'item').map((x) => A(x.r, c)), tol: 0 });
  }
  for (const x of rows) {
    S.rels.push({ t: 'pp', cell: A(x.r, ci('mDiff')), cur: A(x.r, ci('members')), prev: A(x.r, ci('membersPrev')), tol: 0 });
    S.rels.push({ t: 'growth', cell: A(x.r, ci('mGrow')), cur: A(x.r, ci('members')), prev: A(x.r, ci('membersPrev')), tol: tolD(o.pctD) });
    if (o.perCap) S.rels.push({ t: 'rate', cell: A(x.r, ci('perCap')), num: A(x.r, ci('hours')), den: A(x.r, ci('members')), k: 1, tol: tolD(1) });
  }
  r++;
  return noteRows(S, r, o.notes);
}

// ---------- layout C: regions as columns, indicators as rows ----------
function layoutCols(S, o) {
  const n = o.n; const data = regionData(n); const names = o.names;
  const total = sumObj(data);
  const objs = o.totalFirst ? [total, ...data] : [...data, total];
  const heads = o.totalFirst ? [o.totalLabel, ...names] : [...names, o.totalLabel];
  const tcol = 2 + (o.totalFirst ? 0 : n);
  const inds = [
    { key: 'total', label: '基层党组织总数', unit: '个' },
    { key: 'weak', label: '排查确定软弱涣散党组织数', unit: '个' },
    { key: 'share', label: '占比', unit: '%' },
  ];
  for (let t = 0; t < 6; t++) if (o.allTypes || t < 2) inds.push({ key: 'type' + t, label: (t === 0 ? '其中：' : '　　　') + TYPES[t], unit: '个' });
  inds.push({ key: 'done', label: '已完成整顿数', unit: '个' });
  inds.push({ key: 'conv', label: '整顿转化率', unit: '%' });
  inds.push({ key: 'sec', label: '选派第一书记', unit: '名' });
  inds.push({ key: 'units', label: '到社区报到单位数', unit: '个' });
  inds.push({ key: 'members', label: '到社区报到党员数', unit: '名' });
  inds.push({ key: 'hours', label: '服务时长', unit: '小时' });
  inds.push({ key: 'perCap', label: '人均服务时长', unit: '小时' });
  const nc = 2 + n + 1;
  let r = titleRows(S, o.title, nc, o);
  S.set(r, 0, '指标'); S.set(r, 1, '单位');
  heads.forEach((hh, i) => S.set(r, 2 + i, hh));
  r++;
  const rowOf = {};
  for (const ind of inds) {
    rowOf[ind.key] = r;
    S.set(r, 0, ind.label); S.set(r, 1, ind.unit);
    objs.forEach((d, i) => {
      const c = 2 + i; const kind = c === tcol ? 'total' : 'part';
      let v;
      if (ind.key === 'share') { v = round((d.weak / d.total) * 100, o.pctD); S.set(r, c, v, 'rate'); }
      else if (ind.key === 'conv') { v = round((d.done / d.weak) * 100, o.pctD); S.set(r, c, v, 'rate'); }
      else if (ind.key === 'perCap') { S.set(r, c, round(d.hours / d.members, 1), 'rate'); }
      else if (ind.key.startsWith('type')) S.set(r, c, dash(d.types[+ind.key.slice(4)], o.zero), kind);
      else S.set(r, c, d[ind.key], kind);
    });
    r++;
  }
  const dataCols = objs.map((_, i) => 2 + i).filter((c) => c !== tcol);
  for (const ind of inds) {
    if (['share', 'conv', 'perCap'].includes(ind.key)) continue;
    S.rels.push({ t: 'sum', total: A(rowOf[ind.key], tcol), parts: dataCols.map((c) => A(rowOf[ind.key], c)), tol: 0 });
  }
  for (let i = 0; i < objs.length; i++) {
    const c = 2 + i;
    const tc = inds.filter((x) => x.key.startsWith('type')).map((x) => A(rowOf[x.key], c));
    S.rels.push(o.allTypes ? { t: 'sum', total: A(rowOf.weak, c), parts: tc, tol: 0 } : { t: 'le', whole: A(rowOf.weak, c), parts: tc, tol: 0 });
    S.rels.push({ t: 'rate', cell: A(rowOf.share, c), num: A(rowOf.weak, c), den: A(rowOf.total, c), k: 100, tol: tolD(o.pctD) });
    S.rels.push({ t: 'rate', cell: A(rowOf.conv, c), num: A(rowOf.done, c), den: A(rowOf.weak, c), k: 100, tol: tolD(o.pctD) });
    S.rels.push({ t: 'rate', cell: A(rowOf.perCap, c), num: A(rowOf.hours, c), den: A(rowOf.members, c), k: 1, tol: tolD(1) });
    S.rels.push({ t: 'le', whole: A(rowOf.weak, c), parts: [A(rowOf.done, c)], tol: 0 });
  }
  r++;
  return noteRows(S, r, o.notes);
}

// ---------- layout D: monthly 本月/累计 ----------
function layoutMonthly(S, o) {
  const M = o.months;
  const series = [
    { label: '新排查软弱涣散党组织（个）', gen: () => ri(0, 12) },
    { label: '完成整顿（个）', gen: () => ri(0, 10) },
    { label: '新增报到党员（名）', gen: () => ri(20, 600) },
    { label: '服务时长（小时）', gen: () => ri(500, 9000) },
  ].filter((_, i) => i < 2 || o.reportSeries);
  const nc = 1 + series.length * 2;
  let r = titleRows(S, o.title, nc, o);
  const h = r;
  S.set(h, 0, '月份'); S.merge(h, 0, h + 1, 0);
  series.forEach((s, i) => { S.set(h, 1 + 2 * i, s.label); S.merge(h, 1 + 2 * i, h, 2 + 2 * i); S.set(h + 1, 1 + 2 * i, '本月'); S.set(h + 1, 2 + 2 * i, '累计'); });
  r = h + 2;
  const cum = series.map(() => 0);
  const first = r;
  for (let m = 1; m <= M; m++) {
    const mv = [];
    S.set(r, 0, o.monthStyle === 'n' ? m + '月' : `${o.year}年${m}月`);
    series.forEach((s, i) => {
      let v = s.gen(); if (i === 1) v = Math.min(v, cum[0] - cum[1]); if (v < 0) v = 0; mv.push(v);
      cum[i] += v;
      S.set(r, 1 + 2 * i, dash(v, o.zero), 'part');
      S.set(r, 2 + 2 * i, cum[i], 'running');
      S.rels.push(m === 1 ? { t: 'sum', total: A(r, 2 + 2 * i), parts: [A(r, 1 + 2 * i)], tol: 0 } : { t: 'sum', total: A(r, 2 + 2 * i), parts: [A(r - 1, 2 + 2 * i), A(r, 1 + 2 * i)], tol: 0 });
    });
    S.rels.push({ t: 'le', whole: A(r, 2), parts: [A(r, 4)], tol: 0 });
    r++;
  }
  if (o.monthTotal) {
    S.set(r, 0, '合计');
    series.forEach((s, i) => {
      const v = cum[i]; S.set(r, 1 + 2 * i, v, 'total');
      S.rels.push({ t: 'sum', total: A(r, 1 + 2 * i), parts: Array.from({ length: M }, (_, k) => A(first + k, 1 + 2 * i)), tol: 0 });
    });
    r++;
  }
  r++;
  return noteRows(S, r, o.notes);
}

// ---------- layout E: indicators-as-rows, 本年/上年/增减/增长 ----------
function layoutInd(S, o) {
  const cur = sumObj(regionData(ri(3, 8)));
  // previous year: perturbed
  const pv = (x, lo, hi) => Math.max(1, Math.round(x * (lo + R() * (hi - lo))));
  const prev = { total: pv(cur.total, 0.95, 1.05), types: cur.types.map((t) => (t ? pv(t, 0.8, 1.5) : 0)), units: pv(cur.units, 0.7, 1.1), members: pv(cur.members, 0.7, 1.1), hours: pv(cur.hours, 0.6, 1.1), sec: pv(cur.sec, 0.7, 1.3) };
  prev.weak = prev.types.reduce((a, b) => a + b, 0);
  prev.done = Math.round(prev.weak * (0.6 + R() * 0.4));
  const P = [cur, prev];
  const inds = [
    { key: 'total', label: '基层党组织总数', unit: '个' },
    { key: 'weak', label: '排查确定软弱涣散党组织数', unit: '个' },
  ];
  for (let t = 0; t < 6; t++) inds.push({ key: 'type' + t, label: (t === 0 ? '  其中：' : '        ') + TYPES[t] + (t < 2 ? '党组织' : ''), unit: '个' });
  inds.push({ key: 'share', label: '软弱涣散党组织占比', unit: '%', rate: true });
  inds.push({ key: 'done', label: '已完成整顿数', unit: '个' });
  inds.push({ key: 'conv', label: '整顿转化率', unit: '%', rate: true });
  inds.push({ key: 'sec', label: '选派第一书记', unit: '名' });
  inds.push({ key: 'units', label: '报到单位数', unit: '个' });
  inds.push({ key: 'members', label: '报到党员数', unit: '名' });
  inds.push({ key: 'hours', label: '服务时长', unit: '小时' });
  inds.push({ key: 'perCap', label: '人均服务时长', unit: '小时', rate: true });
  const val = (d, k) => k === 'share' ? round((d.weak / d.total) * 100, o.pctD) : k === 'conv' ? round((d.done / d.weak) * 100, o.pctD) : k === 'perCap' ? round(d.hours / d.members, 1) : k.startsWith('type') ? d.types[+k.slice(4)] : d[k];
  const nc = 6;
  let r = titleRows(S, o.title, nc, o);
  ['指标名称', '计量单位', o.curLabel, o.prevLabel, '增减', '增长（%）'].forEach((x, c) => S.set(r, c, x));
  r++;
  const rowOf = {};
  for (const ind of inds) {
    rowOf[ind.key] = r;
    S.set(r, 0, ind.label); S.set(r, 1, ind.unit);
    const a = val(cur, ind.key), b = val(prev, ind.key);
    const kind = ind.key === 'weak' ? 'total' : ind.key.startsWith('type') ? 'part' : ind.rate ? 'rate' : 'part';
    S.set(r, 2, dash(a, o.zero), kind); S.set(r, 3, dash(b, o.zero), kind);
    const d = ind.rate ? round(a - b, ind.key === 'perCap' ? 1 : o.pctD) : a - b;
    S.set(r, 4, d, 'change');
    S.rels.push({ t: 'pp', cell: A(r, 4), cur: A(r, 2), prev: A(r, 3), tol: ind.rate ? 1e-6 : 0 });
    if (!ind.rate && b) { S.set(r, 5, round((a / b - 1) * 100, 1), 'change'); S.rels.push({ t: 'growth', cell: A(r, 5), cur: A(r, 2), prev: A(r, 3), tol: tolD(1) }); }
    else S.set(r, 5, o.zero === 'blank' ? null : '—');
    r++;
  }
  for (const c of [2, 3]) {
    S.rels.push({ t: 'sum', total: A(rowOf.weak, c), parts: TYPES.map((_, t) => A(rowOf['type' + t], c)), tol: 0 });
    S.rels.push({ t: 'rate', cell: A(rowOf.share, c), num: A(rowOf.weak, c), den: A(rowOf.total, c), k: 100, tol: tolD(o.pctD) });
    S.rels.push({ t: 'rate', cell: A(rowOf.conv, c), num: A(rowOf.done, c), den: A(rowOf.weak, c), k: 100, tol: tolD(o.pctD) });
    S.rels.push({ t: 'rate', cell: A(rowOf.perCap, c), num: A(rowOf.hours, c), den: A(rowOf.members, c), k: 1, tol: tolD(1) });
  }
  r++;
  return noteRows(S, r, o.notes);
}

// ---------- book assembly ----------
function commonOpts(variant) {
  const county = chance(0.6);
  const area = county ? pick(COUNTIES) : pick(CITY);
  const level = county ? pick(['乡镇（街道）', '乡镇(街道)', '单位', '镇街']) : pick(['县（市、区）', '县市区', '地区']);
  const pool = county ? TOWNS : COUNTIES;
  const n = ri(4, variant === 'hunt' ? 14 : 10);
  const names = [...pool].sort(() => R() - 0.5).slice(0, n);
  const year = pick([2022, 2023, 2024]);
  const notes = [];
  if (chance(0.6)) notes.push(pick(['注：', '说明：']) + pick(['整顿转化率＝已完成整顿数÷排查确定软弱涣散党组织数×100%。', '占比为软弱涣散党组织数占基层党组织总数的比重。', '“—”表示无此项。', '数据截至' + year + '年12月31日。', '人均服务时长＝服务时长÷报到党员数。']));
  if (chance(0.5)) notes.push(`填报单位：中共${area}委组织部` + (chance(0.5) ? `      填表日期：${year + 1}年1月${ri(5, 25)}日` : ''));
  if (chance(0.3)) notes.push('审核人：' + pick(['张', '李', '王', '刘']) + pick(['明', '华', '强', '静']) + '    填表人：' + pick(['赵', '陈', '孙']) + pick(['伟', '芳', '磊']));
  return {
    area, level, n, names, year, notes,
    title: true, unitRow: chance(0.6) ? pick(['单位：个、名、%', '单位：个、名、%、小时', '计量单位：个', '单位：个，%']) : null,
    fillerRow: chance(0.3) ? `填报单位：中共${area}委组织部` : null,
    totalFirst: chance(0.5), totalLabel: pick(['合计', '总计', '全县合计', '全市', '合  计', county ? '全县' : '全市合计']),
    pctD: chance(0.75) ? 1 : 2, zero: pick(['zero', 'dash', 'blank']),
    subtotals: chance(0.3) && n >= 5, subLabels: pick([['城区小计', '农村小计'], ['街道小计', '乡镇小计'], ['一片区', '二片区']]), indent: chance(0.5),
    allTypes: chance(0.7), share: chance(0.8), conv: chance(0.8), sec: chance(0.6), seq: chance(0.3), colNums: chance(0.2),
    unitsPrev: chance(0.4), posts: chance(0.7), perCap: chance(0.7), months: ri(3, 12), monthStyle: pick(['n', 'ym']), reportSeries: chance(0.6), monthTotal: chance(0.3),
    frac: variant === 'hunt' && chance(0.25), qizhong: variant === 'hunt' && chance(0.4), stack: variant === 'hunt' && chance(0.25), textNums: variant === 'hunt' && chance(0.1) ? ri(1, 2) : 0,
    curLabel: pick([`${year}年`, '本年', '本期']), prevLabel: pick([`${year - 1}年`, '上年', '上年同期']),
  };
}
function makeBook(variant) {
  const o = commonOpts(variant);
  const sheets = [];
  const layouts = ['rect', 'report', 'cols', 'monthly', 'ind'];
  const k = variant === 'hunt' ? ri(1, 3) : ri(1, 3);
  const chosen = [...layouts].sort(() => R() - 0.5).slice(0, k);
  const usedNames = new Set();
  for (const L of chosen) {
    const oo = { ...commonOpts(variant), area: o.area };
    let name;
    const S0 = (nm) => { let x = nm; let i = 2; while (usedNames.has(x)) x = nm + i++; usedNames.add(x); return new Sheet(x); };
    let S;
    if (L === 'rect') { S = S0(pick(['整顿情况', '表1', '软弱涣散整顿', 'Sheet1'])); oo.title = `${o.area}软弱涣散基层党组织排查整顿情况统计表`; const end = layoutRect(S, oo);
      if (oo.stack) { const o2 = { ...commonOpts(variant), names: oo.names, n: oo.n, level: oo.level, notes: [] }; o2.title = pick(['二、在职党员到社区报到情况', `${o.area}“双报到”情况`]); o2.unitRow = null; o2.qizhong = false; layoutReport(S, o2, end + 1); } }
    if (L === 'report') { S = S0(pick(['双报到', '表2', '在职党员报到', 'Sheet2'])); oo.title = `${o.area}机关企事业单位和在职党员到社区报到情况表`; layoutReport(S, oo); }
    if (L === 'cols') { S = S0(pick(['分地区', '表3', '各地情况'])); oo.title = `${o.area}基层党建重点工作分地区情况（${oo.year}年）`; layoutCols(S, oo); }
    if (L === 'monthly') { S = S0(pick(['月报', '逐月进度', '表4'])); oo.title = `${o.area}${oo.year}年软弱涣散党组织整顿和双报到工作月度进展`; layoutMonthly(S, oo); }
    if (L === 'ind') { S = S0(pick(['主要指标', '综合', '表5'])); oo.title = `${o.area}基层党组织建设主要指标（${oo.year}年与${oo.year - 1}年对比）`; layoutInd(S, oo); }
    S.textNums = oo.textNums;
    sheets.push(S);
  }
  return sheets;
}

// ---------- planting ----------
function slip(v, kind) {
  const isInt = Number.isInteger(v);
  for (let t = 0; t < 20; t++) {
    const m = ri(0, 3);
    let nv;
    if (m === 0) { // transpose adjacent digits
      const s = String(v); const ds = [...s].map((ch, i) => i).filter((i) => /\d/.test(s[i]) && /\d/.test(s[i + 1] || ''));
      if (!ds.length) continue; const i = pick(ds); nv = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    } else if (m === 1) { // one digit off
      const mag = isInt ? Math.pow(10, ri(0, Math.max(0, String(Math.abs(v)).length - 2))) : pick([0.1, 1, 10]);
      nv = round(v + pick([-1, 1]) * ri(1, 9) * mag, isInt ? 0 : 2);
    } else if (m === 2) nv = isInt ? v + pick([-1, 1]) * ri(1, 3) : round(v + pick([-1, 1]) * (0.3 + R() * 3), 1);
    else nv = isInt ? v + pick([10, -10, 100, -100]) : round(v + pick([1, -1, 10, -10]), 2);
    if (nv !== v && nv >= 0 || (kind === 'change' && nv !== v)) return nv;
  }
  return null;
}
function plant(sheets, wantKind) {
  for (let t = 0; t < 200; t++) {
    const S = pick(sheets);
    const cands = Object.keys(S.kinds).filter((a) => S.kinds[a] === wantKind && typeof S.get(a) === 'number' && S.rels.some((rel) => relCells(rel).includes(a)));
    if (!cands.length) continue;
    const a = pick(cands); const was = S.get(a); const now = slip(was, wantKind);
    if (now == null) continue;
    S.setA(a, now);
    const broken = S.rels.filter((rel) => relCells(rel).includes(a)).some((rel) => { const e = evalRel(rel, (x) => S.get(x)); return e != null && e > 1e-6; });
    if (broken) return { sheet: S.name, cell: a, was, now, kind: wantKind };
    S.setA(a, was);
  }
  return null;
}

async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const S of sheets) {
    const ws = wb.addWorksheet(S.name);
    S.g.forEach((row, r) => { if (!row) return; row.forEach((v, c) => { if (v === undefined || v === null) return; const cell = ws.getCell(r + 1, c + 1); cell.value = (S.textNums && typeof v === 'number' && Number.isInteger(v) && !S.fmt[A(r, c)]) ? (v >= 1000 && S.textNums === 2 ? v.toLocaleString('en-US') : String(v)) : v; const f = S.fmt[A(r, c)]; if (f) cell.numFmt = f; }); });
    for (const [r1, c1, r2, c2] of S.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

const SETS = { cases: { n: 30, seed: 101, plantFrac: 0.5, twins: true }, probe: { n: 60, seed: 202, plantFrac: 0.5 }, hunt1: { n: 120, seed: 303, plantFrac: 0, variant: 'hunt' }, hunt2: { n: 120, seed: 404, plantFrac: 0, variant: 'hunt' } };
const KINDS = ['total', 'part', 'rate', 'change', 'running'];
async function genSet(name) {
  const cfg = SETS[name]; R = mulberry32(cfg.seed);
  const dir = path.join(__dirname, name); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const manifest = []; const relsOut = [];
  let i = 0;
  const prefix = name[0];
  while (i < cfg.n) {
    const seedState = ri(1, 1e9);
    const build = () => { const save = R; R = mulberry32(seedState); const s = makeBook(cfg.variant); R = save; return s; };
    const clean = build();
    const fileC = `${prefix}${String(++i).padStart(3, '0')}.xlsx`;
    await writeBook(clean, path.join(dir, fileC));
    manifest.push({ file: fileC, plants: [] }); relsOut.push({ file: fileC, sheets: clean.map((S) => ({ name: S.name, rels: S.rels })) });
    if (i >= cfg.n) break;
    if (cfg.plantFrac > 0) {
      const tw = cfg.twins ? build() : makeBook(cfg.variant);
      const kind = KINDS[i % KINDS.length];
      let p = plant(tw, kind);
      if (!p) p = plant(tw, pick(['total', 'part', 'rate']));
      if (!p) continue;
      const fileP = `${prefix}${String(++i).padStart(3, '0')}.xlsx`;
      await writeBook(tw, path.join(dir, fileP));
      manifest.push({ file: fileP, plants: [p] }); relsOut.push({ file: fileP, sheets: tw.map((S) => ({ name: S.name, rels: S.rels })) });
    }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(dir, 'rels.json'), JSON.stringify(relsOut));
  console.log(name, manifest.length, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
}
(async () => { const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['cases', 'probe']; for (const s of sets) await genSet(s); })();
