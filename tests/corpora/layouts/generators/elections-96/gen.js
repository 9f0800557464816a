'use strict';
// Generator: village/community "两委" election statistics workbooks (county by town, city by county).
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel } = require('./rel.js');

const OUT = __dirname;

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const rf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const rnd = (x, d) => { const p = Math.pow(10, d); return Math.round(x * p + (x >= 0 ? 1e-7 : -1e-7)) / p; };
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const A1 = (r, c) => colL(c) + r;

const STREETS = ['城关街道', '东城街道', '西城街道', '南城街道', '北城街道', '城东街道', '城西街道', '滨河街道', '新华街道', '人民路街道', '解放街道', '文昌街道', '凤凰街道', '龙山街道', '鼓楼街道', '双塔街道'];
const TOWNS = ['河口镇', '柳树镇', '青山乡', '石桥镇', '马庄乡', '王集镇', '李店乡', '白沙镇', '龙泉镇', '高庄乡', '新安镇', '双河镇', '杨柳乡', '花园镇', '黄土岭乡', '三里桥镇', '大王庄乡', '金山镇', '桃园镇', '清水镇', '枣林乡', '古城镇', '太平镇', '红星乡', '长岭镇', '松林镇', '沙河镇', '安乐乡', '永丰镇', '向阳乡', '潘家集乡', '孙堡镇'];
const COUNTIES = ['平安县', '永和县', '清河县', '长宁县', '兴隆县', '宁远县', '泰和县', '怀德县', '广福县', '东阳市', '丰城市', '安平县', '乐山县'];
const DISTRICTS = ['临川区', '安定区', '北川区', '城南区', '江北区', '开发区'];
const CITIES = ['江州市', '云阳市', '临江市', '北屏市', '南陵市'];

// ---------------- data model ----------------
const CF = ['v', 'c', 'reg', 'vote', 'yx', 'sx', 'yjt', 'members', 'female', 'a1', 'a2', 'a3', 'a4', 'dz', 'bk', 'dy', 'jc', 'unitsP', 'memP', 'femP', 'yjtP', 'dzP'];

function split(total, weights) {
  const s = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / s);
  const fl = raw.map(Math.floor);
  let rem = total - fl.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < rem; k++) fl[order[k][1]]++;
  return fl;
}

function genTown(name, isStreet) {
  const d = { name };
  d.v = isStreet ? (chance(0.4) ? 0 : ri(1, 5)) : ri(6, 28);
  d.c = isStreet ? ri(3, 10) : (chance(0.55) ? 0 : ri(1, 3));
  if (d.v + d.c === 0) d.c = 3;
  d.units = d.v + d.c;
  d.reg = 0; d.vote = 0; d.yx = 0; d.members = 0;
  for (let i = 0; i < d.v; i++) { const r = ri(600, 3300); d.reg += r; d.vote += Math.round(r * rf(0.88, 0.995)); d.yx += ri(3, 7); d.members += ri(6, 11); }
  for (let i = 0; i < d.c; i++) { const r = ri(1800, 7200); d.reg += r; d.vote += Math.round(r * rf(0.8, 0.96)); d.yx += ri(5, 7); d.members += ri(7, 11); }
  d.sx = d.yx - (chance(0.6) ? 0 : ri(1, 2));
  d.yjt = d.units - ri(0, Math.ceil(d.units * 0.12));
  d.female = Math.round(d.members * rf(0.18, 0.36));
  d.jc = chance(0.08) ? 0 : Math.round(d.members * rf(0.22, 0.55));
  const w = [rf(0.12, 0.3), rf(0.25, 0.36), rf(0.22, 0.34), rf(0.05, 0.16)];
  [d.a1, d.a2, d.a3, d.a4] = split(d.members, w);
  d.dz = Math.round(d.members * rf(0.3, 0.64));
  d.bk = Math.round(d.dz * rf(0.08, 0.45));
  d.dy = Math.round(d.members * rf(0.66, 0.9));
  d.avgAge = rnd(rf(41, 50.5), 1);
  d.unitsP = d.units + (chance(0.3) ? ri(1, 3) : 0);
  d.memP = Math.max(10, d.members + ri(-14, 16));
  d.femP = Math.round(d.memP * rf(0.12, 0.3));
  d.yjtP = Math.round(d.unitsP * rf(0.12, 0.65));
  d.dzP = Math.round(d.memP * rf(0.14, 0.4));
  d.ageP = rnd(d.avgAge + rf(1.5, 6.5), 1);
  return d;
}

function aggregate(list, name) {
  const d = { name };
  for (const f of CF) d[f] = list.reduce((a, x) => a + x[f], 0);
  d.units = d.v + d.c;
  const e12 = (x) => { if (x.e1 !== undefined) return [x.e1, x.e2]; const rest = x.members - x.dz; const e1 = Math.round(rest * (0.3 + (x.members % 7) / 20)); return [e1, rest - e1]; };
  d.e1 = list.reduce((a, x) => a + e12(x)[0], 0); d.e2 = list.reduce((a, x) => a + e12(x)[1], 0);
  d.avgAge = rnd(list.reduce((a, x) => a + x.avgAge * x.members, 0) / d.members, 1);
  d.ageP = rnd(list.reduce((a, x) => a + x.ageP * x.memP, 0) / d.memP, 1);
  return d;
}

function average(list, totalD) {
  const n = list.length; const d = { name: 'avg' };
  for (const f of CF) d[f] = rnd(list.reduce((a, x) => a + x[f], 0) / n, 1);
  d.units = rnd(d.v + d.c, 1);
  d.members = rnd(d.a1 + d.a2 + d.a3 + d.a4, 1);
  for (const [p, w] of [['vote', 'reg'], ['sx', 'yx'], ['yjt', 'units'], ['female', 'members'], ['dz', 'members'], ['dy', 'members'], ['jc', 'members'], ['bk', 'dz']]) if (d[p] > d[w]) d[p] = d[w];
  d.avgAge = totalD.avgAge; d.ageP = totalD.ageP;
  const e1s = list.map((x) => { if (x.e1 !== undefined) return x.e1; const rest = x.members - x.dz; return Math.round(rest * (0.3 + (x.members % 7) / 20)); });
  d.e1 = Math.min(rnd(e1s.reduce((a, b) => a + b, 0) / n, 1), rnd(d.members - d.dz, 1));
  d.e2 = rnd(d.members - d.dz - d.e1, 1);
  return d;
}

// ---------------- measures ----------------
function catalog(ctx) {
  const { pd, frac } = ctx;
  const P = (n, d) => (d ? (frac ? rnd(n / d, pd + 2) : rnd((n / d) * 100, pd)) : null);
  const P100 = (n, d) => (d ? rnd((n / d) * 100, pd) : null);
  const m = {};
  const def = (key, type, v, sum) => { m[key] = { key, type, v, sum: !!sum }; };
  for (const f of ['units', 'v', 'c', 'reg', 'vote', 'yx', 'sx', 'yjt', 'members', 'female', 'a1', 'a2', 'a3', 'a4', 'dz', 'bk', 'dy', 'jc']) def(f, 'int', (d) => d[f], true);
  def('turnout', 'pct', (d) => P(d.vote, d.reg));
  def('yjtr', 'pct', (d) => P(d.yjt, d.units));
  def('femr', 'pct', (d) => P(d.female, d.members));
  def('jcr', 'pct', (d) => P(d.jc, d.members));
  def('dyr', 'pct', (d) => P(d.dy, d.members));
  def('dzr', 'pct', (d) => P(d.dz, d.members));
  for (const f of ['a1', 'a2', 'a3', 'a4']) def(f + 'r', 'pct', (d) => P(d[f], d.members));
  const e12 = (d) => { const rest = d.members - d.dz; const e1 = Math.round(rest * (0.3 + (d.members % 7) / 20)); return [e1, rest - e1]; };
  def('e1', 'int', (d) => (d.e1 !== undefined ? d.e1 : e12(d)[0]), true);
  def('e2', 'int', (d) => (d.e2 !== undefined ? d.e2 : e12(d)[1]), true);
  def('e3', 'int', (d) => d.dz - d.bk, true);
  def('bk', 'int', (d) => d.bk, true);
  def('avgAge', 'dec1', (d) => d.avgAge);
  // compare sheet (always k=100)
  def('memP', 'int', (d) => d.memP, true);
  def('memC', 'int', (d) => d.members, true);
  def('memD', 'ppi', (d) => d.members - d.memP, true);
  def('memG', 'growth', (d) => rnd((d.members / d.memP - 1) * 100, pd));
  def('femP', 'int', (d) => d.femP, true);
  def('femC', 'int', (d) => d.female, true);
  def('femD', 'ppi', (d) => d.female - d.femP, true);
  def('femrP', 'pct100', (d) => P100(d.femP, d.memP));
  def('femrC', 'pct100', (d) => P100(d.female, d.members));
  def('femrD', 'pp', (d) => rnd(P100(d.female, d.members) - P100(d.femP, d.memP), pd));
  def('yjtrP', 'pct100', (d) => P100(d.yjtP, d.unitsP));
  def('yjtrC', 'pct100', (d) => P100(d.yjt, d.units));
  def('yjtrD', 'pp', (d) => rnd(P100(d.yjt, d.units) - P100(d.yjtP, d.unitsP), pd));
  def('ageP', 'dec1', (d) => d.ageP);
  def('ageC', 'dec1', (d) => d.avgAge);
  def('ageD', 'ppa', (d) => rnd(d.avgAge - d.ageP, 1));
  def('dzrP', 'pct100', (d) => P100(d.dzP, d.memP));
  def('dzrC', 'pct100', (d) => P100(d.dz, d.members));
  def('dzrD', 'pp', (d) => rnd(P100(d.dz, d.members) - P100(d.dzP, d.memP), pd));
  return m;
}

function rowRelTemplates(ctx) {
  const rt = ctx.frac ? { k: 1, tol: 0.5 * Math.pow(10, -(ctx.pd + 2)) + 1e-12 } : { k: 100, tol: 0.5 * Math.pow(10, -ctx.pd) + 1e-9 };
  const r100 = { k: 100, tol: 0.5 * Math.pow(10, -ctx.pd) + 1e-9 };
  const e = 1e-6;
  return [
    { t: 'sum', total: 'units', parts: ['v', 'c'], tol: e },
    { t: 'le', whole: 'units', parts: ['c'], tol: e, only: 'cq' },
    { t: 'le', whole: 'reg', parts: ['vote'], tol: e },
    { t: 'le', whole: 'yx', parts: ['sx'], tol: e },
    { t: 'le', whole: 'units', parts: ['yjt'], tol: e },
    { t: 'rate', cell: 'turnout', num: 'vote', den: 'reg', ...rt },
    { t: 'rate', cell: 'yjtr', num: 'yjt', den: 'units', ...rt },
    { t: 'rate', cell: 'femr', num: 'female', den: 'members', ...rt },
    { t: 'rate', cell: 'jcr', num: 'jc', den: 'members', ...rt },
    { t: 'rate', cell: 'dyr', num: 'dy', den: 'members', ...rt },
    { t: 'rate', cell: 'dzr', num: 'dz', den: 'members', ...rt },
    { t: 'sum', total: 'members', parts: ['a1', 'a2', 'a3', 'a4'], tol: e },
    { t: 'rate', cell: 'a1r', num: 'a1', den: 'members', ...rt },
    { t: 'rate', cell: 'a2r', num: 'a2', den: 'members', ...rt },
    { t: 'rate', cell: 'a3r', num: 'a3', den: 'members', ...rt },
    { t: 'rate', cell: 'a4r', num: 'a4', den: 'members', ...rt },
    { t: 'sum', total: 'members', parts: ['e1', 'e2', 'e3', 'bk'], tol: e },
    { t: 'le', whole: 'members', parts: ['a1'], tol: e, only: 'qz' },
    { t: 'le', whole: 'dz', parts: ['bk'], tol: e },
    { t: 'le', whole: 'members', parts: ['female'], tol: e },
    { t: 'le', whole: 'members', parts: ['dz'], tol: e },
    { t: 'le', whole: 'members', parts: ['dy'], tol: e },
    { t: 'le', whole: 'members', parts: ['jc'], tol: e },
    { t: 'pp', cell: 'memD', cur: 'memC', prev: 'memP', tol: e },
    { t: 'growth', cell: 'memG', cur: 'memC', prev: 'memP', ...r100 },
    { t: 'pp', cell: 'femD', cur: 'femC', prev: 'femP', tol: e },
    { t: 'le', whole: 'memP', parts: ['femP'], tol: e },
    { t: 'rate', cell: 'femrP', num: 'femP', den: 'memP', ...r100 },
    { t: 'rate', cell: 'femrC', num: 'femC', den: 'memC', ...r100 },
    { t: 'pp', cell: 'femrD', cur: 'femrC', prev: 'femrP', tol: e },
    { t: 'pp', cell: 'yjtrD', cur: 'yjtrC', prev: 'yjtrP', tol: e },
    { t: 'pp', cell: 'ageD', cur: 'ageC', prev: 'ageP', tol: e },
    { t: 'pp', cell: 'dzrD', cur: 'dzrC', prev: 'dzrP', tol: e },
  ];
}

// ---------------- row structures ----------------
const CNUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十'];

function buildRows(units, o) {
  // units: [{d, grp}] grp 0 = streets/districts, 1 = towns/counties
  const rows = [];
  const isCity = o.city;
  const totalD = aggregate(units.map((u) => u.d), 'total');
  const tot = { label: o.totalLabel, d: totalD, type: 'total', children: [] };
  const groups = [units.filter((u) => u.grp === 0), units.filter((u) => u.grp === 1)].filter((g) => g.length);
  let hier = o.hier;
  if (groups.length < 2 && hier !== 'flat') hier = 'flat';
  const gLabel = isCity ? ['市辖区', '县（市）'] : ['城区街道', '乡镇'];
  const gShort = isCity ? ['区', '县（市）'] : ['街道', '乡镇'];
  const leafLabel = (name, i, inGroup) => {
    switch (o.leafStyle) {
      case 'cn': return '（' + CNUM[i] + '）' + name;
      case 'ar': return (i + 1) + '.' + name;
      case 'sp': return '　　' + name;
      default: return name;
    }
  };
  const push = (r) => { rows.push(r); return rows.length - 1; };
  if (o.totalFirst) push(tot);
  if (hier === 'flat') {
    units.forEach((u, i) => { tot.children.push(push({ label: leafLabel(u.d.name, i), d: u.d, type: 'leaf', indent: o.leafStyle === 'ind' ? 1 : 0, group: u.grp })); });
  } else if (hier === 'splitTop') {
    // total, 其中：街道 / 乡镇 (subtotals), then all leaves
    const subs = groups.map((g, gi) => ({ label: gi === 0 ? '其中：' + gShort[0] : '　　　' + gShort[1], d: aggregate(g.map((u) => u.d), 'sub'), type: 'sub', children: [], group: gi }));
    const subIdx = subs.map((s) => push(s));
    tot.children.push(...subIdx);
    let k = 0;
    groups.forEach((g, gi) => g.forEach((u) => { subs[gi].children.push(push({ label: leafLabel(u.d.name, k++), d: u.d, type: 'leaf', indent: o.leafStyle === 'ind' ? 1 : 0, group: gi })); }));
  } else {
    groups.forEach((g, gi) => {
      const subD = aggregate(g.map((u) => u.d), 'sub');
      let label;
      if (hier === 'grpBefore') label = o.subStyle === 'num' ? CNUM[gi] + '、' + gLabel[gi] : gLabel[gi] + '小计';
      else label = o.subStyle === 'plain' ? '小计' : gShort[gi] + '小计';
      const sub = { label, d: subD, type: 'sub', children: [], group: gi };
      let si;
      if (hier === 'grpBefore') si = push(sub);
      g.forEach((u, i) => { sub.children.push(push({ label: leafLabel(u.d.name, i), d: u.d, type: 'leaf', indent: o.leafStyle === 'ind' ? 1 : 0, group: gi })); });
      if (hier === 'grpAfter') si = push(sub);
      tot.children.push(si);
    });
  }
  if (!o.totalFirst) push(tot);
  if (o.avgRow) push({ label: o.avgLabel, d: average(units.map((u) => u.d), totalD), type: 'avg' });
  return rows;
}

// ---------------- sheet writer ----------------
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function fmtFor(type, ctx, key) {
  switch (type) {
    case 'int': return (key === 'reg' || key === 'vote') && ctx.thousands ? '#,##0' : '0';
    case 'pct': return ctx.frac ? (ctx.pd === 1 ? '0.0%' : '0.00%') : (ctx.pd === 1 ? '0.0' : '0.00');
    case 'pct100': return ctx.pd === 1 ? '0.0' : '0.00';
    case 'dec1': return '0.0';
    case 'pp': return ctx.signed ? (ctx.pd === 1 ? '+0.0;-0.0;0.0' : '+0.00;-0.00;0.00') : (ctx.pd === 1 ? '0.0' : '0.00');
    case 'ppa': return ctx.signed ? '+0.0;-0.0;0.0' : '0.0';
    case 'ppi': return ctx.signed ? '+0;-0;0' : '0';
    case 'growth': return ctx.pd === 1 ? '0.0' : '0.00';
  }
  return 'General';
}

function writeSheet(wb, name, t) {
  // t: {title, leftLine, unitLine, cols:[{key,grp,sub,flat,tl,u}], rows, hdr, serial, labelHeader, notes, ctx, transposed, unitCol, tGrpHdr}
  const ws = wb.addWorksheet(name);
  const M = catalog(t.ctx);
  const vals = {}; // addr -> value written
  const at = t.rows.map(() => ({}));
  const font = { name: '宋体', size: 10 };
  const hfont = { name: '宋体', size: 10, bold: true };
  const setc = (r, c, v, o = {}) => {
    const cell = ws.getCell(r, c);
    if (o.slave) { cell.border = BORDER; return cell; }
    cell.value = v;
    cell.font = o.font || font;
    if (o.fmt) cell.numFmt = o.fmt;
    cell.alignment = o.align || { vertical: 'middle', horizontal: typeof v === 'number' ? 'right' : 'center', wrapText: true };
    if (o.border) cell.border = BORDER;
    return cell;
  };
  const cellVal = (key, d, rowType) => {
    const m = M[key];
    let v = m.v(d);
    if (v === null || v === undefined) return '—';
    if (rowType === 'avg') return m.type === 'int' ? rnd(v, 1) : v;
    if (v === 0 && (m.type === 'int' || m.type === 'pct')) {
      if (t.ctx.zero === 'dash') return '—';
      if (t.ctx.zero === 'blank') return null;
    }
    return v;
  };
  let r = 1;
  let nCols;
  const hdrRows = t.hdr;
  if (!t.transposed) {
    const c0 = t.serial ? 2 : 1; // label column
    nCols = c0 + t.cols.length + (t.remark ? 1 : 0);
    const cRem = c0 + t.cols.length + 1;
    ws.mergeCells(1, 1, 1, nCols);
    setc(1, 1, t.title, { font: { name: '黑体', size: 16, bold: true } });
    ws.getRow(1).height = 30;
    r = 2;
    if (t.unitLine || t.leftLine) {
      const mid = Math.max(2, Math.floor(nCols / 2));
      if (t.leftLine) { ws.mergeCells(2, 1, 2, mid); setc(2, 1, t.leftLine, { align: { horizontal: 'left' } }); }
      if (t.unitLine) { ws.mergeCells(2, mid + 1, 2, nCols); setc(2, mid + 1, t.unitLine, { align: { horizontal: 'right' } }); }
      r = 3;
    }
    const h1 = r;
    if (hdrRows === 2) {
      if (t.serial) { ws.mergeCells(h1, 1, h1 + 1, 1); setc(h1, 1, '序号', { font: hfont, border: true }); setc(h1 + 1, 1, null, { border: true, slave: true }); }
      ws.mergeCells(h1, c0, h1 + 1, c0); setc(h1, c0, t.labelHeader, { font: hfont, border: true }); setc(h1 + 1, c0, null, { border: true, slave: true });
      let j = 0;
      while (j < t.cols.length) {
        const col = t.cols[j];
        const c = c0 + 1 + j;
        if (!col.grp) {
          ws.mergeCells(h1, c, h1 + 1, c); setc(h1, c, col.flat, { font: hfont, border: true }); setc(h1 + 1, c, null, { border: true, slave: true });
          j++; continue;
        }
        let k = j; while (k + 1 < t.cols.length && t.cols[k + 1].grp === col.grp) k++;
        if (k > j) ws.mergeCells(h1, c, h1, c0 + 1 + k);
        setc(h1, c, col.grp, { font: hfont, border: true });
        for (let q = j; q <= k; q++) { if (q > j) setc(h1, c0 + 1 + q, null, { border: true, slave: true }); setc(h1 + 1, c0 + 1 + q, t.cols[q].sub, { font: hfont, border: true }); }
        j = k + 1;
      }
      if (t.remark) { ws.mergeCells(h1, cRem, h1 + 1, cRem); setc(h1, cRem, '备注', { font: hfont, border: true }); setc(h1 + 1, cRem, null, { border: true, slave: true }); }
      r = h1 + 2;
    } else {
      if (t.remark) setc(h1, cRem, '备注', { font: hfont, border: true });
      if (t.serial) setc(h1, 1, '序号', { font: hfont, border: true });
      setc(h1, c0, t.labelHeader, { font: hfont, border: true });
      t.cols.forEach((col, j) => setc(h1, c0 + 1 + j, col.flat, { font: hfont, border: true }));
      r = h1 + 1;
    }
    ws.getRow(h1).height = 28;
    let serialNo = 0;
    t.rows.forEach((row, i) => {
      if (t.serial) setc(r, 1, row.type === 'leaf' ? ++serialNo : null, { border: true, align: { horizontal: 'center' } });
      setc(r, c0, row.label, { border: true, font: row.type === 'leaf' ? font : hfont, align: { horizontal: row.type === 'leaf' ? 'left' : (t.ctx.labelAlign || 'center'), indent: row.indent || 0, vertical: 'middle' } });
      t.cols.forEach((col, j) => {
        const v = cellVal(col.key, row.d, row.type);
        const a = A1(r, c0 + 1 + j);
        setc(r, c0 + 1 + j, v, { border: true, fmt: row.type === 'avg' && M[col.key].type === 'int' ? '0.0' : fmtFor(M[col.key].type, t.ctx, col.key), font: row.type === 'leaf' ? font : hfont });
        at[i][col.key] = a; vals[a] = v;
      });
      if (t.remark) {
        let txt = null;
        if (row.type === 'leaf' && row.d.unitsP > row.d.units) txt = '撤并村' + (row.d.unitsP - row.d.units) + '个';
        else if (row.type === 'leaf' && row.d.sx < row.d.yx) txt = '另行选举' + (row.d.yx - row.d.sx) + '人';
        else if (row.type === 'avg') txt = '按' + t.rows.filter((x) => x.type === 'leaf').length + '个单位平均';
        setc(r, cRem, txt, { border: true, align: { horizontal: 'left', wrapText: true } });
      }
      r++;
    });
    ws.getColumn(c0).width = 16;
    if (t.serial) ws.getColumn(1).width = 5;
    for (let j = 0; j < t.cols.length; j++) ws.getColumn(c0 + 1 + j).width = 10;
  } else {
    // transposed: indicators as rows, units as columns
    const rowsT = t.rows.filter((x) => x.type !== 'avg');
    const cL = t.serial ? 2 : 1;
    const cU = t.unitCol ? cL + 1 : 0;
    const cD = (t.unitCol ? cL + 2 : cL + 1);
    nCols = cD - 1 + rowsT.length;
    ws.mergeCells(1, 1, 1, nCols);
    setc(1, 1, t.title, { font: { name: '黑体', size: 16, bold: true } });
    r = 2;
    if (t.unitLine || t.leftLine) {
      if (t.leftLine) { ws.mergeCells(2, 1, 2, 3); setc(2, 1, t.leftLine, { align: { horizontal: 'left' } }); }
      if (t.unitLine) { ws.mergeCells(2, Math.max(4, nCols - 3), 2, nCols); setc(2, Math.max(4, nCols - 3), t.unitLine, { align: { horizontal: 'right' } }); }
      r = 3;
    }
    const h1 = r;
    const two = hdrRows === 2 && rowsT.some((x) => x.group !== undefined);
    const hr = two ? 2 : 1;
    const fixed = [];
    if (t.serial) fixed.push([1, '序号']);
    fixed.push([cL, t.labelHeader]);
    if (t.unitCol) fixed.push([cU, '计量单位']);
    for (const [c, txt] of fixed) { if (hr === 2) { ws.mergeCells(h1, c, h1 + 1, c); setc(h1 + 1, c, null, { border: true, slave: true }); } setc(h1, c, txt, { font: hfont, border: true }); }
    if (hr === 1) rowsT.forEach((row, j) => setc(h1, cD + j, row.label.replace(/^[　 ]+/, ''), { font: hfont, border: true }));
    else {
      let j = 0;
      while (j < rowsT.length) {
        const row = rowsT[j];
        const c = cD + j;
        if (row.type === 'total' || row.group === undefined) { ws.mergeCells(h1, c, h1 + 1, c); setc(h1, c, row.label, { font: hfont, border: true }); setc(h1 + 1, c, null, { border: true, slave: true }); j++; continue; }
        let k = j; while (k + 1 < rowsT.length && rowsT[k + 1].group === row.group && rowsT[k + 1].type !== 'total') k++;
        if (k > j) ws.mergeCells(h1, c, h1, cD + k);
        setc(h1, c, t.grpNames[row.group], { font: hfont, border: true });
        for (let q = j; q <= k; q++) { if (q > j) setc(h1, cD + q, null, { border: true, slave: true }); setc(h1 + 1, cD + q, rowsT[q].type === 'sub' ? '小计' : rowsT[q].label.replace(/^[　 ]+/, '').replace(/^（.+?）|^\d+\./, ''), { font: hfont, border: true }); }
        j = k + 1;
      }
    }
    r = h1 + hr;
    let sn = 0;
    for (const col of t.cols) {
      if (col.labelOnly) {
        if (t.serial) setc(r, 1, null, { border: true, slave: true });
        setc(r, cL, col.tl, { border: true, align: { horizontal: 'left' } });
        if (t.unitCol) setc(r, cU, null, { border: true, slave: true });
        rowsT.forEach((_, j) => setc(r, cD + j, null, { border: true, slave: true }));
        r++; continue;
      }
      if (t.serial) setc(r, 1, ++sn, { border: true, align: { horizontal: 'center' } });
      setc(r, cL, t.unitCol ? col.tl : col.tlu, { border: true, align: { horizontal: 'left', vertical: 'middle' } });
      if (t.unitCol) setc(r, cU, col.u, { border: true });
      rowsT.forEach((row, j) => {
        const i = t.rows.indexOf(row);
        const v = cellVal(col.key, row.d, row.type);
        const a = A1(r, cD + j);
        setc(r, cD + j, v, { border: true, fmt: fmtFor(M[col.key].type, t.ctx, col.key) });
        at[i][col.key] = a; vals[a] = v;
      });
      r++;
    }
    ws.getColumn(cL).width = 24;
    for (let j = 0; j < rowsT.length; j++) ws.getColumn(cD + j).width = 10;
  }
  // notes
  if (t.notes && t.notes.length) {
    if (t.gapBeforeNotes) r++;
    for (const n of t.notes) { ws.mergeCells(r, 1, r, nCols); setc(r, 1, n, { align: { horizontal: 'left', wrapText: true } }); r++; }
  }
  // relations
  const rels = [];
  const keys = new Set(t.cols.filter((c) => !c.labelOnly).map((c) => c.key));
  const tmpl = rowRelTemplates(t.ctx);
  t.rows.forEach((row, i) => {
    if (t.transposed && row.type === 'avg') return;
    for (const tp of tmpl) {
      if (tp.only === 'cq' && !t.cq) continue;
      if (tp.only === 'qz' && !t.qz) continue;
      if (tp.t === 'sum' && tp.total === 'units' && t.cq) continue;
      const ks = tp.t === 'sum' ? [tp.total, ...tp.parts] : tp.t === 'le' ? [tp.whole, ...tp.parts] : tp.t === 'rate' ? [tp.cell, tp.num, tp.den] : [tp.cell, tp.cur, tp.prev];
      if (!ks.every((k) => keys.has(k))) continue;
      const rel = { ...tp }; delete rel.only;
      const A = (k) => at[i][k];
      if (tp.t === 'sum') { rel.total = A(tp.total); rel.parts = tp.parts.map(A); }
      else if (tp.t === 'le') { rel.whole = A(tp.whole); rel.parts = tp.parts.map(A); }
      else if (tp.t === 'rate') { rel.cell = A(tp.cell); rel.num = A(tp.num); rel.den = A(tp.den); }
      else { rel.cell = A(tp.cell); rel.cur = A(tp.cur); rel.prev = A(tp.prev); }
      rel.rowType = row.type;
      rels.push(rel);
    }
    if (row.children && row.children.length) {
      for (const k of keys) {
        if (!M[k].sum) continue;
        rels.push({ t: 'sum', total: at[i][k], parts: row.children.map((c) => at[c][k]), tol: 1e-6, rowType: 'colsum' });
      }
    }
  });
  return { ws, rels, vals, at, M };
}

// County (city) totals, this term vs last term, indicators as rows.
function writeChange(wb, name, D, ctx, o) {
  const ws = wb.addWorksheet(name);
  const pd = ctx.pd;
  const P100 = (n, d) => rnd((n / d) * 100, pd);
  const font = { name: '宋体', size: 10 }; const hfont = { name: '宋体', size: 10, bold: true };
  const vals = {}; const rels = [];
  const cS = o.serial ? 2 : 1; const cU = o.unitCol ? cS + 1 : 0; const c1 = (o.unitCol ? cS + 2 : cS + 1);
  const nCols = c1 + 3;
  const setc = (r, c, v, x = {}) => { const cell = ws.getCell(r, c); cell.value = v; cell.font = x.font || font; if (x.fmt) cell.numFmt = x.fmt; cell.alignment = x.align || { vertical: 'middle', horizontal: typeof v === 'number' ? 'right' : 'center', wrapText: true }; cell.border = BORDER; return cell; };
  ws.mergeCells(1, 1, 1, nCols); ws.getCell(1, 1).value = o.place + '村（社区）“两委”换届前后主要指标对比'; ws.getCell(1, 1).font = { name: '黑体', size: 16, bold: true }; ws.getCell(1, 1).alignment = { horizontal: 'center' };
  let r = 2;
  if (!o.unitCol) { ws.mergeCells(2, 1, 2, nCols); ws.getCell(2, 1).value = '单位：个、人、%、岁、百分点'; ws.getCell(2, 1).alignment = { horizontal: 'right' }; r = 3; }
  const [hp, hc] = o.yearLabels ? ['上届（2018年）', '本届（' + o.year + '年）'] : ['上届', '本届'];
  if (o.serial) setc(r, 1, '序号', { font: hfont });
  setc(r, cS, '指标', { font: hfont });
  if (o.unitCol) setc(r, cU, '计量单位', { font: hfont });
  [hp, hc, '增减', '增长（%）'].forEach((h, j) => setc(r, c1 + j, h, { font: hfont }));
  r++;
  const pf = pd === 1 ? '0.0' : '0.00';
  const ppf = o.signed ? (pd === 1 ? '+0.0;-0.0;0.0' : '+0.00;-0.00;0.00') : pf;
  const items = [
    { id: 'units', l: '村（社区）数', u: '个', p: D.unitsP, c: D.units, cnt: true },
    { id: 'mem', l: '“两委”成员数', u: '人', p: D.memP, c: D.members, cnt: true },
    { id: 'fem', l: '　其中：女性', u: '人', p: D.femP, c: D.female, cnt: true, of: 'mem' },
    { id: 'dz', l: '　　　　大专及以上学历', u: '人', p: D.dzP, c: D.dz, cnt: true, of: 'mem' },
    { id: 'yjt', l: '书记、主任“一肩挑”', u: '人', p: D.yjtP, c: D.yjt, cnt: true },
    { id: 'femr', l: '女性成员占比', u: '%', p: P100(D.femP, D.memP), c: P100(D.female, D.members), rate: ['fem', 'mem'] },
    { id: 'dzr', l: '大专及以上学历占比', u: '%', p: P100(D.dzP, D.memP), c: P100(D.dz, D.members), rate: ['dz', 'mem'] },
    { id: 'yjtr', l: '“一肩挑”比例', u: '%', p: P100(D.yjtP, D.unitsP), c: P100(D.yjt, D.units), rate: ['yjt', 'units'] },
    { id: 'age', l: '平均年龄', u: '岁', p: D.ageP, c: D.avgAge },
  ];
  const addr = {};
  let sn = 0;
  for (const it of items) {
    if (o.serial) setc(r, 1, ++sn);
    const lab = o.unitCol ? it.l : it.l + '（' + it.u + '）';
    setc(r, cS, lab, { align: { horizontal: 'left', vertical: 'middle' } });
    if (o.unitCol) setc(r, cU, it.u);
    const a = (j) => A1(r, c1 + j);
    addr[it.id] = [a(0), a(1), a(2), a(3)];
    const dec = it.cnt ? 0 : it.u === '岁' ? 1 : pd;
    const diff = rnd(it.c - it.p, dec);
    const f0 = it.cnt ? '0' : it.u === '岁' ? '0.0' : pf;
    setc(r, c1, it.p, { fmt: f0 }); setc(r, c1 + 1, it.c, { fmt: f0 });
    setc(r, c1 + 2, diff, { fmt: it.cnt ? (o.signed ? '+0;-0;0' : '0') : it.u === '岁' ? (o.signed ? '+0.0;-0.0;0.0' : '0.0') : ppf });
    vals[a(0)] = it.p; vals[a(1)] = it.c; vals[a(2)] = diff;
    rels.push({ t: 'pp', cell: a(2), cur: a(1), prev: a(0), tol: 1e-6, rowType: 'chg' });
    if (it.cnt) {
      const g = rnd((it.c / it.p - 1) * 100, pd);
      setc(r, c1 + 3, g, { fmt: pf }); vals[a(3)] = g;
      rels.push({ t: 'growth', cell: a(3), cur: a(1), prev: a(0), tol: 0.5 * Math.pow(10, -pd) + 1e-9, rowType: 'chg' });
    } else { setc(r, c1 + 3, o.growthDash); vals[a(3)] = o.growthDash; }
    r++;
  }
  for (const it of items) {
    if (it.of) for (const j of [0, 1]) rels.push({ t: 'le', whole: addr[it.of][j], parts: [addr[it.id][j]], tol: 1e-6, rowType: 'chg' });
    if (it.rate) for (const j of [0, 1]) rels.push({ t: 'rate', cell: addr[it.id][j], num: addr[it.rate[0]][j], den: addr[it.rate[1]][j], k: 100, tol: 0.5 * Math.pow(10, -pd) + 1e-9, rowType: 'chg' });
  }
  if (o.notes) { ws.mergeCells(r, 1, r, nCols); ws.getCell(r, 1).value = '注：增减栏中，占比类指标单位为百分点，平均年龄单位为岁。'; r++; }
  ws.getColumn(cS).width = 26;
  return { ws, rels, vals };
}

// ---------------- sheet specs ----------------
function pctH(ctx) { return ctx.frac ? '' : '（%）'; }

function colsBasic(ctx, o) {
  const cols = [];
  const mode = o.unitMode;
  if (mode === 'vc') cols.push({ key: 'units', grp: '村（社区）数', sub: pick(['合计', '小计', '总数']), flat: '村（社区）总数' }, { key: 'v', grp: '村（社区）数', sub: '村', flat: '村数' }, { key: 'c', grp: '村（社区）数', sub: '社区', flat: '社区数' });
  else if (mode === 'cq') cols.push({ key: 'units', grp: '村（社区）数', sub: '总数', flat: '村（社区）数' }, { key: 'c', grp: '村（社区）数', sub: '其中：社区', flat: '其中：社区数' });
  else cols.push({ key: 'units', flat: '村（社区）数' });
  const eg = pick(['选民参选情况', '选举情况', '选民登记和投票情况']);
  cols.push({ key: 'reg', grp: eg, sub: '登记选民数', flat: '登记选民数' }, { key: 'vote', grp: eg, sub: '参加投票人数', flat: '参加投票人数' }, { key: 'turnout', grp: eg, sub: '参选率' + pctH(ctx), flat: '参选率' + pctH(ctx) });
  if (o.yxsx) { const g = pick(['村（居）民委员会成员', '村（居）委会成员', '选举结果']); cols.push({ key: 'yx', grp: g, sub: '应选人数', flat: '应选人数' }, { key: 'sx', grp: g, sub: '实选人数', flat: '实选人数' }); }
  if (o.yjt) { const g = pick(['书记、主任“一肩挑”', '“一肩挑”情况']); const s = pick(['人数', '村（社区）数', '数量']); cols.push({ key: 'yjt', grp: g, sub: s, flat: '“一肩挑”' + (s === '数量' ? '数' : s) }, { key: 'yjtr', grp: g, sub: '比例' + pctH(ctx), flat: '“一肩挑”比例' + pctH(ctx) }); }
  return cols;
}

function colsStruct(ctx, o) {
  const cols = [{ key: 'members', flat: pick(['两委成员总数', '“两委”成员数', '成员总数']) }];
  if (o.female) { const g = pick(['女性成员', '女性']); cols.push({ key: 'female', grp: g, sub: '人数', flat: '女性成员数' }, { key: 'femr', grp: g, sub: '占比' + pctH(ctx), flat: '女性占比' + pctH(ctx) }); }
  if (o.age && o.ageShare) { const dash = pick(['—', '-']); const G = ['35岁及以下', '36' + dash + '45岁', '46' + dash + '55岁', '56岁及以上']; G.forEach((g, i) => cols.push({ key: 'a' + (i + 1), grp: g, sub: '人数', flat: g + '人数' }, { key: 'a' + (i + 1) + 'r', grp: g, sub: '占比' + pctH(ctx), flat: g + '占比' + pctH(ctx) })); }
  else if (o.age) { const g = pick(['年龄结构', '年龄', '年龄情况']); const dash = pick(['—', '-', '～']); cols.push({ key: 'a1', grp: g, sub: '35岁及以下', flat: '35岁及以下' }, { key: 'a2', grp: g, sub: '36' + dash + '45岁', flat: '36' + dash + '45岁' }, { key: 'a3', grp: g, sub: '46' + dash + '55岁', flat: '46' + dash + '55岁' }, { key: 'a4', grp: g, sub: '56岁及以上', flat: '56岁及以上' }); }
  if (o.avgAge) cols.push({ key: 'avgAge', flat: '平均年龄（岁）' });
  if (o.edu4) { const g = pick(['学历结构', '文化程度']); cols.push({ key: 'e1', grp: g, sub: '初中及以下', flat: '初中及以下' }, { key: 'e2', grp: g, sub: '高中（中专）', flat: '高中（中专）' }, { key: 'e3', grp: g, sub: '大专', flat: '大专' }, { key: 'bk', grp: g, sub: '本科及以上', flat: '本科及以上' }); }
  else if (o.edu) { const g = pick(['学历结构', '文化程度', '学历']); cols.push({ key: 'dz', grp: g, sub: '大专及以上', flat: '大专及以上学历' }, { key: 'bk', grp: g, sub: '其中：本科及以上', flat: '其中：本科及以上' }); }
  if (o.dy) cols.push({ key: 'dy', flat: pick(['党员', '中共党员']) });
  if (o.jc) { const g = pick(['交叉任职', '“两委”交叉任职']); cols.push({ key: 'jc', grp: g, sub: '人数', flat: '交叉任职人数' }, { key: 'jcr', grp: g, sub: '比例' + pctH(ctx), flat: '交叉任职比例' + pctH(ctx) }); }
  return cols;
}

function colsStruct2(ctx, o) {
  const cols = [];
  if (o.units) cols.push({ key: 'units', flat: '村（社区）数' });
  cols.push({ key: 'members', flat: pick(['“两委”成员数', '成员总数']) });
  const q = [{ key: 'female', sub: '女性' }, { key: 'dy', sub: '中共党员' }, { key: 'dz', sub: '大专及以上学历' }, { key: 'a1', sub: '35岁及以下' }];
  for (const x of q) cols.push({ key: x.key, grp: '其中', sub: x.sub, flat: (x === q[0] ? '其中：' : '') + x.sub });
  if (o.rates) { const g = '占比' + pctH(ctx); cols.push({ key: 'femr', grp: g, sub: '女性', flat: '女性占比' + pctH(ctx) }, { key: 'dyr', grp: g, sub: '党员', flat: '党员占比' + pctH(ctx) }, { key: 'dzr', grp: g, sub: '大专及以上', flat: '大专及以上占比' + pctH(ctx) }); }
  return cols;
}

function colsCompare(ctx, o) {
  const [P, C] = o.yearLabels ? ['2018年', '2021年'] : ['上届', '本届'];
  const D = o.yearLabels ? '增减' : pick(['增减', '比上届增减']);
  const cols = [];
  const grpSets = {
    mem: () => { const g = '两委成员数（人）'; const a = [{ key: 'memP', grp: g, sub: P, flat: P + '成员数' }, { key: 'memC', grp: g, sub: C, flat: C + '成员数' }, { key: 'memD', grp: g, sub: D, flat: '成员数增减（人）' }]; if (o.growth) a.push({ key: 'memG', grp: g, sub: pick(['增长（%）', '增幅（%）']), flat: '成员数增长（%）' }); return a; },
    fem: () => { const g = '女性成员（人）'; return [{ key: 'femP', grp: g, sub: P, flat: P + '女性成员' }, { key: 'femC', grp: g, sub: C, flat: C + '女性成员' }, { key: 'femD', grp: g, sub: D, flat: '女性成员增减（人）' }]; },
    femr: () => { const g = '女性占比（%）'; return [{ key: 'femrP', grp: g, sub: P, flat: P + '女性占比（%）' }, { key: 'femrC', grp: g, sub: C, flat: C + '女性占比（%）' }, { key: 'femrD', grp: g, sub: D + '（百分点）', flat: '女性占比增减（百分点）' }]; },
    yjtr: () => { const g = '“一肩挑”比例（%）'; return [{ key: 'yjtrP', grp: g, sub: P, flat: P + '“一肩挑”比例（%）' }, { key: 'yjtrC', grp: g, sub: C, flat: C + '“一肩挑”比例（%）' }, { key: 'yjtrD', grp: g, sub: D + '（百分点）', flat: '“一肩挑”比例增减（百分点）' }]; },
    age: () => { const g = '平均年龄（岁）'; return [{ key: 'ageP', grp: g, sub: P, flat: P + '平均年龄（岁）' }, { key: 'ageC', grp: g, sub: C, flat: C + '平均年龄（岁）' }, { key: 'ageD', grp: g, sub: D + '（岁）', flat: '平均年龄增减（岁）' }]; },
    dzr: () => { const g = '大专及以上学历占比（%）'; return [{ key: 'dzrP', grp: g, sub: P, flat: P + '大专及以上占比（%）' }, { key: 'dzrC', grp: g, sub: C, flat: C + '大专及以上占比（%）' }, { key: 'dzrD', grp: g, sub: D + '（百分点）', flat: '大专及以上占比增减（百分点）' }]; },
  };
  for (const g of o.groups) cols.push(...grpSets[g]());
  return cols;
}

function colsSummary(ctx, o) {
  const ph = ctx.frac ? '' : '（%）';
  const c = [];
  const add = (key, tl, u) => c.push({ key, tl, u, tlu: tl + (u === '%' ? ph : '（' + u + '）') });
  add('units', '村（社区）数', '个');
  if (o.vc) { add('v', '　其中：村', '个'); add('c', '　　　　社区', '个'); }
  add('reg', '登记选民数', '人'); add('vote', '参加投票人数', '人'); add('turnout', '参选率', '%');
  if (o.yjt) { add('yjt', '书记、主任“一肩挑”人数', '人'); add('yjtr', '“一肩挑”比例', '%'); }
  add('members', '“两委”成员总数', '人');
  if (o.female) { add('female', '　其中：女性', '人'); add('femr', '　女性占比', '%'); }
  if (o.age) {
    if (o.ageHead) c.push({ labelOnly: true, tl: '　按年龄分：' });
    const ind = o.ageHead ? '　　' : '　';
    add('a1', ind + '35岁及以下', '人'); add('a2', ind + '36—45岁', '人'); add('a3', ind + '46—55岁', '人'); add('a4', ind + '56岁及以上', '人');
  }
  if (o.avgAge) add('avgAge', '平均年龄', '岁');
  if (o.edu) { add('dz', '大专及以上学历', '人'); add('bk', '　其中：本科及以上', '人'); }
  if (o.jc) { add('jc', '交叉任职人数', '人'); add('jcr', '交叉任职比例', '%'); }
  return c;
}

// ---------------- workbook ----------------
function makeWorkbook(idx, broad, nPlants) {
  const city = chance(broad ? 0.3 : 0.2);
  const cityName = pick(CITIES);
  let units;
  let place;
  if (!city) {
    place = pick(COUNTIES);
    const nS = chance(0.15) ? 0 : ri(2, broad ? 6 : 4);
    const nT = ri(broad ? 4 : 6, broad ? 20 : 14);
    const ss = shuffle(STREETS.slice()).slice(0, nS);
    const ts = shuffle(TOWNS.slice()).slice(0, nT);
    units = [...ss.map((n) => ({ d: genTown(n, true), grp: 0 })), ...ts.map((n) => ({ d: genTown(n, false), grp: 1 }))];
  } else {
    place = cityName;
    const ds = shuffle(DISTRICTS.slice()).slice(0, ri(1, 3));
    const cs = shuffle(COUNTIES.slice()).slice(0, ri(3, 8));
    const mk = (n, g) => { const towns = []; const k = ri(6, 14); for (let i = 0; i < k; i++) towns.push(genTown('x', g === 0 ? chance(0.6) : chance(0.15))); const d = aggregate(towns, n); return { d, grp: g }; };
    units = [...ds.map((n) => mk(n, 0)), ...cs.map((n) => mk(n, 1))];
  }
  const year = pick(['2021', '2021', '2020', '2022']);
  const totalLabel = city ? pick(['全市', '合计', '总计', '全市合计']) : pick(['合计', '总计', '全县', '全县合计', place]);
  const labelHeader = city ? pick(['县（市、区）', '地区', '单位']) : pick(['乡镇（街道）', '单位', '乡镇（街道）名称', '地区']);
  const wbOpt = {
    pd: pick([1, 1, 2]),
    frac: broad && chance(0.15),
    zero: pick(['dash', 'dash', 'blank', 'zero']),
    hier: pick(broad ? ['flat', 'grpBefore', 'grpAfter', 'splitTop'] : ['flat', 'flat', 'grpBefore', 'grpAfter']),
    totalFirst: chance(0.6),
    leafStyle: pick(['plain', 'plain', 'cn', 'ar', 'sp', 'ind']),
    subStyle: pick(['num', 'word', 'plain']),
    serial: chance(0.45),
    hdr: chance(0.75) ? 2 : 1,
    thousands: chance(0.3),
    signed: chance(0.3),
  };
  if (wbOpt.hier === 'grpAfter' && wbOpt.subStyle === 'num') wbOpt.subStyle = 'word';
  if (wbOpt.hier === 'splitTop') wbOpt.totalFirst = true; // 其中 rows must follow their whole
  if (wbOpt.hier === 'grpBefore' && wbOpt.subStyle === 'plain') wbOpt.subStyle = 'word';
  if (wbOpt.leafStyle === 'cn' && wbOpt.hier !== 'grpBefore') wbOpt.leafStyle = 'ar';
  const rowsOpt = (extra) => ({ city, totalLabel, hier: wbOpt.hier, totalFirst: wbOpt.totalFirst, leafStyle: wbOpt.leafStyle, subStyle: wbOpt.subStyle, ...extra });

  // sheet set
  let types = pick([['basic'], ['struct'], ['basic', 'struct'], ['basic', 'struct', 'compare'], ['summary', 'basic', 'struct'], ['compare'], ['compare'], ['struct2', 'compare'], ['summary'], ['basic', 'struct', 'compare', 'summary'], ['basic', 'struct2'], ['struct', 'compare'], ['basic', 'compare']]);
  if (broad && chance(0.35)) types = pick([['change'], ['change', 'basic'], ['basic', 'struct', 'change'], ['struct', 'change'], ['change', 'compare']]);
  if (nPlants >= 2 && types.length < 2) types = pick([['basic', 'struct'], ['basic', 'struct', 'compare'], ['struct2', 'compare'], ['summary', 'basic']]);
  const named = chance(0.5);
  const NAMES = { basic: '换届基本情况', struct: '成员结构', struct2: '成员情况', compare: '与上届对比', summary: '汇总', change: '全县对比' };
  const wb = new ExcelJS.Workbook();
  wb.creator = '组织部';
  const sheets = [];
  const who = city ? '中共' + cityName + '委组织部' : '中共' + place + '委组织部';
  if (broad && chance(0.1)) {
    const ws = wb.addWorksheet('填报说明');
    ['填报说明', '1.本表统计范围为' + year + '年村（社区）“两委”换届选举，截至' + year + '年6月30日。', '2.参选率＝参加投票人数÷登记选民数×100%。', '3.年龄按' + year + '年6月30日计算，平均年龄保留1位小数。', '4.“一肩挑”指村（社区）党组织书记通过法定程序担任村（居）民委员会主任。'].forEach((s, i) => { ws.getCell(i + 1, 1).value = s; });
    ws.getColumn(1).width = 80;
  }
  types.forEach((ty, si) => {
    const ctx = { pd: chance(0.8) ? wbOpt.pd : pick([1, 2]), frac: ty !== 'compare' && wbOpt.frac, zero: wbOpt.zero, thousands: wbOpt.thousands, signed: wbOpt.signed, labelAlign: pick(['center', 'left']) };
    const avgRow = broad ? chance(0.2) : chance(0.12);
    const rows = buildRows(units, rowsOpt({ avgRow: avgRow && (ty === 'basic' || ty === 'struct'), avgLabel: pick(['平均', city ? '各县（市、区）平均' : '乡镇平均', '平均数']) }));
    let cols, title, unitLine, notes = [];
    const t = { ctx, rows, hdr: wbOpt.hdr, serial: wbOpt.serial, labelHeader };
    if (ty === 'change') {
      const res = writeChange(wb, named ? (city ? '全市对比' : NAMES.change) : '表' + (si + 1), aggregate(units.map((u) => u.d), 'total'), ctx, { place, year, unitCol: chance(0.5), serial: chance(0.4), yearLabels: chance(0.4), signed: wbOpt.signed, growthDash: pick(['—', null]), notes: chance(0.5) });
      sheets.push({ name: res.ws.name, type: ty, ...res });
      return;
    }
    if (ty === 'basic') {
      const o = { unitMode: pick(['vc', 'vc', 'cq', 'units']), yxsx: chance(0.5), yjt: chance(0.8) };
      cols = colsBasic(ctx, o); t.cq = o.unitMode === 'cq';
      title = place + year + '年村（社区）“两委”换届选举基本情况统计表';
      unitLine = pick(['单位：个、人、%', '单位：个，人，%', '计量单位：个、人']);
      if (chance(0.6)) notes.push('注：参选率＝参加投票人数÷登记选民数×100%' + (o.yjt ? '；“一肩挑”比例＝书记、主任“一肩挑”数÷村（社区）总数×100%。' : '。'));
    } else if (ty === 'struct') {
      const o = { female: chance(0.85), age: chance(0.85), avgAge: chance(0.6), edu: chance(0.7), dy: chance(0.5), jc: chance(0.4) };
      if (broad) { o.ageShare = chance(0.3); o.edu4 = chance(0.3); }
      cols = colsStruct(ctx, o);
      title = place + '新一届村（社区）“两委”成员结构情况统计表';
      unitLine = pick(['单位：人、%、岁', '单位：人、%', '单位：人']);
      if (o.avgAge && chance(0.5)) notes.push('注：合计行平均年龄按成员人数加权计算。');
      if (o.edu && chance(0.4)) notes.push((notes.length ? '　　' : '注：') + '学历含党校学历。');
    } else if (ty === 'struct2') {
      const o = { units: chance(0.5), rates: chance(0.6) };
      cols = colsStruct2(ctx, o); t.qz = true;
      title = place + '新一届村（社区）“两委”成员基本情况表';
      unitLine = '单位：个、人、%';
    } else if (ty === 'compare') {
      const all = ['mem', 'fem', 'femr', 'yjtr', 'age', 'dzr'];
      let groups = shuffle(all.slice()).slice(0, ri(2, 4));
      groups = all.filter((g) => groups.includes(g));
      if (!groups.includes('mem') && chance(0.5)) groups.unshift('mem');
      const o = { groups, growth: chance(0.75), yearLabels: chance(0.3) };
      cols = colsCompare(ctx, o);
      title = place + '村（社区）“两委”换届前后主要指标对比表';
      unitLine = pick(['单位：人、%、百分点、岁', '单位：人，%，百分点']);
      if (chance(0.5)) notes.push('注：增减＝本届－上届；占比类指标增减单位为百分点。');
      t.hdr = chance(0.85) ? 2 : 1;
    } else {
      const o = { vc: chance(0.6), yjt: chance(0.7), female: chance(0.8), age: chance(0.7), ageHead: chance(0.4), avgAge: chance(0.5), edu: chance(0.5), jc: chance(0.3) };
      cols = colsSummary(ctx, o);
      t.transposed = true; t.unitCol = chance(0.5);
      t.grpNames = city ? ['市辖区', '县（市）'] : ['城区街道', '乡镇'];
      t.labelHeader = pick(['指标', '项目', '指标名称']);
      title = place + year + '年村（社区）“两委”换届主要指标汇总表';
      unitLine = t.unitCol ? null : '单位：个、人、%、岁';
      if (chance(0.4)) notes.push('注：本表数据来源于各乡镇（街道）换届统计报表。');
    }
    if (broad && ty !== 'summary' && chance(0.2)) t.remark = true;
    t.cols = cols; t.title = title; t.unitLine = unitLine; t.notes = notes; t.gapBeforeNotes = chance(0.3);
    if (chance(0.35)) t.leftLine = '填报单位：' + who + (chance(0.5) ? '（盖章）' : '');
    if (chance(0.25)) t.notes = [...t.notes, '填表人：　　　　审核人：　　　　联系电话：　　　　填报日期：' + year + '年7月'];
    const sname = named ? NAMES[ty] : '表' + (si + 1);
    const res = writeSheet(wb, sname, t);
    sheets.push({ name: sname, type: ty, ...res });
  });
  return { wb, sheets };
}

// ---------------- planting ----------------
function typoInt(x) {
  const s = String(x);
  const opts = [];
  if (s.length >= 2) {
    for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) opts.push(Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)));
  }
  opts.push(x + ri(1, 9), Math.max(0, x - ri(1, Math.min(9, Math.max(1, x - 1)))));
  if (x >= 20) opts.push(x + 10, x - 10);
  if (x >= 300) opts.push(x + 100, x - 100);
  let v = pick(opts);
  if (v === x || v < 0) v = x + ri(1, 5);
  return v;
}
function typoDec(x, d, max) {
  let v;
  const s = x.toFixed(d);
  const digits = s.replace(/[^0-9]/g, '');
  if (chance(0.35) && digits.length >= 3) {
    const pos = [];
    for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) pos.push(i);
    if (pos.length) { const i = pick(pos); v = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); }
  }
  if (v === undefined) v = rnd(x + (chance(0.5) ? 1 : -1) * rf(0.4, 5), d);
  if (max !== undefined && v > max) v = rnd(x - rf(0.4, 5), d);
  if (Math.abs(v - x) < Math.pow(10, -d) * 2) v = rnd(x - 1.3, d);
  return v;
}

function plantOne(sheet) {
  const { rels, vals, ws } = sheet;
  const isNum = (a) => typeof vals[a] === 'number';
  const cand = { sum: [], rate: [], le: [], pp: [], growth: [] };
  for (const r of rels) {
    if (r.rowType === 'avg') continue;
    if (r.t === 'sum') for (const a of [r.total, ...r.parts]) { if (isNum(a) && vals[a] > 0) cand.sum.push(a); }
    if (r.t === 'rate' && isNum(r.cell) && vals[r.cell] > 0) cand.rate.push({ a: r.cell, frac: r.k === 1 });
    if (r.t === 'le' && isNum(r.whole) && r.parts.length === 1 && isNum(r.parts[0]) && vals[r.parts[0]] > 0) cand.le.push(r);
    if (r.t === 'pp' && isNum(r.cell)) cand.pp.push({ a: r.cell });
    if (r.t === 'growth' && isNum(r.cell)) cand.growth.push({ a: r.cell });
  }
  cand.sum = cand.sum.filter((a, i, arr) => isNum(a) && vals[a] > 0 && arr.indexOf(a) === i && Number.isInteger(vals[a]));
  const kinds = [];
  const w = { sum: 30, rate: 25, le: 15, pp: 25, growth: 20 };
  for (const k of Object.keys(w)) if (cand[k].length) kinds.push(k);
  if (!kinds.length) return null;
  let tot = kinds.reduce((a, k) => a + w[k], 0); let x = R() * tot; let kind = kinds[0];
  for (const k of kinds) { x -= w[k]; if (x < 0) { kind = k; break; } }
  let a, was, now;
  if (kind === 'sum') { a = pick(cand.sum); was = vals[a]; now = typoInt(was); }
  else if (kind === 'rate') { const c = pick(cand.rate); a = c.a; was = vals[a]; const d = decimalsOf(ws.getCell(a).numFmt); now = c.frac ? rnd(was + (chance(0.5) ? 1 : -1) * rf(0.004, 0.05), d) : typoDec(was, d, 100); if (c.frac && now > 1) now = rnd(was - rf(0.004, 0.05), d); }
  else if (kind === 'le') {
    const pref = cand.le.filter((r) => true);
    const r = pick(pref); a = r.parts[0]; was = vals[a]; const whole = vals[r.whole];
    now = whole + ri(1, Math.max(3, Math.round(whole * 0.15)));
  } else if (kind === 'pp') {
    const c = pick(cand.pp); a = c.a; was = vals[a]; const d = decimalsOf(ws.getCell(a).numFmt);
    if (Math.abs(was) >= 0.3 && chance(0.4)) now = -was; else now = d === 0 ? was + (chance(0.5) ? 1 : -1) * ri(2, 9) : rnd(was + (chance(0.5) ? 1 : -1) * rf(0.5, 4), d);
  } else { const c = pick(cand.growth); a = c.a; was = vals[a]; const d = decimalsOf(ws.getCell(a).numFmt); now = Math.abs(was) >= 0.5 && chance(0.3) ? -was : typoDec(was, d); }
  ws.getCell(a).value = now; vals[a] = now;
  return { sheet: sheet.name, cell: a, was, now, kind };
}
function decimalsOf(fmt) { const m = /0\.(0+)/.exec(fmt || ''); const pct = /%/.test(fmt || ''); return (m ? m[1].length : 0) + (pct ? 2 : 0); }

// ---------------- main ----------------
async function genSet(set, seed, n, nClean, nTwo, broad, prefix) {
  R = mulberry32(seed);
  const dir = path.join(OUT, set);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const status = shuffle([...Array(nClean).fill(0), ...Array(n - nClean - nTwo).fill(1), ...Array(nTwo).fill(2)]);
  const man = []; const relOut = {};
  for (let i = 0; i < n; i++) {
    const file = prefix + String(i + 1).padStart(3, '0') + '.xlsx';
    const np = status[i];
    const { wb, sheets } = makeWorkbook(i, broad, np);
    relOut[file] = {};
    for (const s of sheets) relOut[file][s.name] = s.rels.map((r) => { const x = { ...r }; delete x.rowType; return x; });
    const plants = [];
    if (np) {
      const order = shuffle(sheets.slice());
      for (const s of order) { if (plants.length >= np) break; const p = plantOne(s); if (p) plants.push(p); }
    }
    man.push({ file, plants });
    await wb.xlsx.writeFile(path.join(dir, file));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(man, null, 1));
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'rel', set + '.json'), JSON.stringify(relOut));
  console.log(set, n, 'files,', man.filter((m) => !m.plants.length).length, 'clean,', man.reduce((a, m) => a + m.plants.length, 0), 'plants');
}

(async () => {
  if (process.argv[2] === 'extra') { // exploration sets: node gen.js extra NAME SEED N
    const n = Number(process.argv[5] || 100); const relFile = path.join(OUT, 'rel', process.argv[3] + '.json');
    await genSet(process.argv[3], Number(process.argv[4]), n, Math.round(n / 2), Math.round(n * 0.08), true, process.argv[3] + '_');
    return;
  }
  await genSet('cases', 96101, 45, 22, 4, false, 'c');
  await genSet('probe', 96202, 100, 50, 8, true, 'p');
})();
