'use strict';
// Generator: 流动党员 / 失联党员 management workbooks (county by township, city by county).
// NODE_PATH=/work/main/node_modules node gen.js                -> cases (45) + probe (100)
// NODE_PATH=/work/main/node_modules node gen.js FOLDER N SEED  -> extra set (broad variation)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel: evalRel0 } = require('./rel.js');

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

// balance relation (年末 = 年初 + 新增 − 找回 − 处置) is evaluated locally; all else by rel.js
function evalRel(rel, get) {
  if (rel.t === 'bal') {
    const g = (a) => { const v = get(a); return v === null || v === undefined || v === '' || v === '—' ? 0 : (typeof v === 'number' ? v : Number(v)); };
    const s = rel.plus.reduce((a, p) => a + g(p), 0) - rel.minus.reduce((a, p) => a + g(p), 0);
    return Math.abs(g(rel.total) - s) - rel.tol;
  }
  return evalRel0(rel, get);
}
function relCells(rel) {
  switch (rel.t) {
    case 'sum': return [rel.total, ...rel.parts];
    case 'le': return [rel.whole, ...rel.parts];
    case 'rate': return [rel.cell, rel.num, rel.den];
    case 'growth': case 'pp': return [rel.cell, rel.cur, rel.prev];
    case 'bal': return [rel.total, ...rel.plus, ...rel.minus];
  }
  return [];
}

const STREETS = ['城关街道', '东城街道', '西城街道', '南关街道', '北关街道', '城东街道', '城西街道', '滨江街道', '新华街道', '人民路街道', '解放路街道', '文昌街道', '凤鸣街道', '龙山街道', '鼓楼街道', '双塔街道'];
const TOWNS = ['河口镇', '柳河镇', '青山乡', '石桥镇', '马庄乡', '王集镇', '李店乡', '白沙镇', '龙泉镇', '高庄乡', '新安镇', '双河镇', '杨柳乡', '花园镇', '黄土岭乡', '三里桥镇', '大王庄乡', '金山镇', '桃园镇', '清水镇', '枣林乡', '古城镇', '太平镇', '红星乡', '长岭镇', '松林镇', '沙河镇', '安乐乡', '永丰镇', '向阳乡', '潘家集乡', '孙堡镇', '官庄镇', '南湖乡'];
const COUNTIES = ['平安县', '永和县', '清河县', '长宁县', '兴隆县', '宁远县', '泰和县', '怀德县', '广福县', '东阳市', '丰城市', '安平县', '乐山县', '石门县', '云溪县'];
const DISTRICTS = ['临川区', '安定区', '北川区', '城南区', '江北区', '经开区', '高新区'];
const CITIES = ['江州市', '云阳市', '临江市', '北屏市', '南陵市'];
const COUNTY_OWN = ['平安县', '永和县', '清河县', '长宁县', '兴隆县', '宁远县', '泰和县'];
const CAT = [['fg', '非公企业'], ['sz', '社会组织'], ['nc', '农村']];
const CNUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------------- data model ----------------
const BASE = ['dy', 'dyP', 'ld', 'lc', 'lr', 'sw', 'sn', 'gl', 'zz', 'bd', 'q1', 'q2', 'q3', 'q4', 'qt', 's0', 'xz', 'xj', 'zh', 'cz', 'tz', 'cm', 's1', 's1P',
  'ldP', 'lcP', 'lrP', 'glP', 'zzP', 'fg', 'sz', 'nc', 'glfg', 'glsz', 'glnc', 'bdP', 'zhrDen'];

function genUnit(name, city, street) {
  const u = { name };
  const sc = city ? ri(6, 14) : 1;
  u.dy = city ? ri(5200, 26000) : (street ? ri(380, 2400) : ri(520, 3100));
  u.fg = Math.round(u.dy * rf(0.008, 0.04));
  u.sz = chance(0.18) ? 0 : Math.round(u.dy * rf(0.001, 0.012));
  u.nc = street ? (chance(0.3) ? 0 : Math.round(u.dy * rf(0.002, 0.02))) : Math.round(u.dy * rf(0.04, 0.12));
  if (u.fg + u.sz + u.nc === 0) u.fg = 3;
  u.ld = u.fg + u.sz + u.nc;
  for (const [k] of CAT) u['gl' + k] = u[k] - (chance(0.45) ? 0 : ri(0, Math.ceil(u[k] * 0.09)));
  u.gl = u.glfg + u.glsz + u.glnc;
  u.lr = Math.min(u.ld - 1, Math.round(u.ld * (street ? rf(0.2, 0.55) : rf(0.02, 0.25))));
  u.lc = u.ld - u.lr;
  u.sw = Math.round(u.lc * rf(0.3, 0.78)); u.sn = u.lc - u.sw;
  u.zz = chance(0.3) ? 0 : ri(1, 4) * (city ? ri(3, 8) : 1);
  u.bd = u.lc - (chance(0.35) ? 0 : ri(0, Math.ceil(u.lc * 0.12)));
  const base = u.lc * rf(0.9, 2.2);
  for (let q = 1; q <= 4; q++) u['q' + q] = Math.round(base * rf(0.7, 1.3));
  u.qt = u.q1 + u.q2 + u.q3 + u.q4;
  u.s0 = chance(0.15) ? 0 : ri(1, 12) * (city ? ri(3, 7) : 1);
  u.xz = chance(0.4) ? 0 : ri(1, 4) * (city ? ri(1, 4) : 1);
  u.xj = u.s0 + u.xz;
  u.zh = u.xj ? ri(0, Math.ceil(u.xj * 0.7)) : 0;
  u.tz = u.xj - u.zh > 0 ? ri(0, Math.ceil((u.xj - u.zh) * 0.3)) : 0;
  u.cm = u.xj - u.zh - u.tz > 0 && chance(0.3) ? ri(0, Math.ceil((u.xj - u.zh - u.tz) * 0.2)) : 0;
  u.cz = u.tz + u.cm;
  u.s1 = u.xj - u.zh - u.cz;
  u.zhrDen = u.xj;
  u.s1P = u.s0; // last year's year-end = this year's year-start
  u.dyP = Math.max(100, u.dy - ri(-40, 90) * (city ? 8 : 1));
  u.ldP = Math.max(5, Math.round(u.ld * rf(0.82, 1.18)));
  u.lrP = Math.min(u.ldP - 1, Math.round(u.ldP * (u.lr / u.ld) * rf(0.8, 1.2)));
  u.lcP = u.ldP - u.lrP;
  u.glP = u.ldP - (chance(0.3) ? 0 : ri(0, Math.ceil(u.ldP * 0.14)));
  u.bdP = u.lcP - ri(0, Math.ceil(u.lcP * 0.15));
  u.zzP = Math.max(0, u.zz - (chance(0.5) ? 0 : ri(0, 2)));
  return u;
}
const aggregate = (list, name) => { const u = { name }; for (const f of BASE) u[f] = list.reduce((a, x) => a + x[f], 0); return u; };
const average = (list) => { const u = { name: 'avg' }; for (const f of BASE) u[f] = list.reduce((a, x) => a + x[f], 0) / list.length; return u; };

// ---------------- row structures ----------------
function buildRows(units, o) {
  // units: [{u, grp}] ; returns rows [{label, u, kind:'unit'|'sub'|'total'|'avg', members:[idx]}]
  const rows = []; const push = (r) => { rows.push(r); return rows.length - 1; };
  const total = { label: o.totalLabel, u: aggregate(units.map((x) => x.u), 'total'), kind: 'total', members: [] };
  const groups = [0, 1].map((g) => units.filter((x) => x.grp === g)).filter((g) => g.length);
  let hier = o.hier; if (groups.length < 2) hier = 'flat';
  const gl = o.city ? ['市辖区', '县（市）'] : ['街道', '乡镇'];
  const leaf = (name, i) => {
    switch (o.leafStyle) {
      case 'ar': return (i + 1) + '.' + name;
      case 'cn': return '（' + CNUM[i % 10] + '）' + name;
      case 'sp': return '　　' + name;
      default: return name;
    }
  };
  if (o.totalFirst) push(total);
  if (hier === 'flat') units.forEach((x, i) => total.members.push(push({ label: leaf(x.u.name, i), u: x.u, kind: 'unit' })));
  else {
    groups.forEach((g, gi) => {
      const sub = { label: '', u: aggregate(g.map((x) => x.u), 'sub'), kind: 'sub', members: [] };
      if (hier === 'before') sub.label = o.subNum ? CNUM[gi] + '、' + gl[gi] : gl[gi] + '小计';
      else sub.label = o.subPlain ? '小计' : gl[gi] + '小计';
      let si; if (hier === 'before') si = push(sub);
      g.forEach((x, i) => sub.members.push(push({ label: leaf(x.u.name, i), u: x.u, kind: 'unit' })));
      if (hier === 'after') si = push(sub);
      total.members.push(si);
    });
  }
  if (!o.totalFirst) push(total);
  if (o.avg) {
    const av = { label: o.avgLabel, u: average(units.map((x) => x.u)), kind: 'avg' };
    if (o.totalFirst && o.avgAfterTotal) {
      const objs = rows.map((r) => r);
      const mem = rows.map((r) => (r.members ? r.members.map((m) => objs[m]) : null));
      rows.splice(1, 0, av);
      rows.forEach((r) => { if (r.members) r.members = mem[objs.indexOf(r)].map((o2) => rows.indexOf(o2)); });
    } else rows.push(av);
  }
  return rows;
}

// ---------------- columns ----------------
// col: {key, hdr:[..], type:'cnt'|'sum'|'rate'|'rateH'|'diff'|'growth', f, parts, num, den, k, pd, cur, prev, le, tl (transposed label), unit}
function evalCols(rows, cols, ctx) {
  const val = rows.map(() => ({}));
  const totalIdx = rows.findIndex((r) => r.kind === 'total');
  const byKey = Object.fromEntries(cols.map((c) => [c.key, c]));
  const done = new Set();
  let guard = 0;
  while (done.size < cols.length && guard++ < 20) {
    for (const c of cols) {
      if (done.has(c.key)) continue;
      const deps = c.type === 'sum' ? c.parts : c.type === 'rate' ? [c.num, c.den === 'TOTAL' ? c.num : c.den] : (c.type === 'diff' || c.type === 'growth') ? [c.cur, c.prev] : [];
      if (!deps.every((d) => done.has(d))) continue;
      rows.forEach((r, i) => {
        let v;
        switch (c.type) {
          case 'cnt': v = r.u[c.f]; break;
          case 'sum': v = c.parts.reduce((a, p) => a + val[i][p], 0); break;
          case 'rate': {
            const n = val[i][c.num]; const d = c.den === 'TOTAL' ? val[totalIdx][c.num] : val[i][c.den];
            v = d ? rnd((n / d) * c.k, c.pd) : null; break;
          }
          case 'rateH': { const d = r.u[c.den]; v = d ? rnd((r.u[c.num] / d) * c.k, c.pd) : null; break; }
          case 'diff': { const a = val[i][c.cur], b = val[i][c.prev]; v = a === null || b === null ? null : (c.pd !== undefined ? rnd(a - b, c.pd) : a - b); break; }
          case 'growth': { const a = val[i][c.cur], b = val[i][c.prev]; v = b ? rnd((a / b - 1) * 100, c.pd) : null; break; }
        }
        val[i][c.key] = v;
      });
      done.add(c.key);
    }
  }
  if (done.size < cols.length) throw new Error('col deps ' + cols.map((c) => c.key).filter((k) => !done.has(k)));
  return val;
}
const summable = (c, byKey) => c.type === 'cnt' || c.type === 'sum' || (c.type === 'diff' && c.pd === undefined && summable(byKey[c.cur], byKey) && summable(byKey[c.prev], byKey));

function tableRels(rows, cols, addr, ctx) {
  const rels = [];
  const byKey = Object.fromEntries(cols.map((c) => [c.key, c]));
  const totalIdx = rows.findIndex((r) => r.kind === 'total');
  const e = 1e-6;
  rows.forEach((r, i) => {
    const A = (k) => addr(i, k);
    for (const c of cols) {
      if (c.type === 'sum') rels.push({ t: 'sum', total: A(c.key), parts: c.parts.map(A), tol: e });
      if (c.le) rels.push({ t: 'le', whole: A(c.le), parts: [A(c.key)], tol: e });
      if (c.lePart) rels.push({ t: 'le', whole: A(c.key), parts: [A(c.lePart)], tol: e });
      if (c.type === 'rate') {
        const den = c.den === 'TOTAL' ? addr(totalIdx, c.num) : A(c.den);
        rels.push({ t: 'rate', cell: A(c.key), num: A(c.num), den, k: c.k, tol: 0.5 * Math.pow(10, -c.pd) + 1e-9 });
      }
      if (c.type === 'growth') rels.push({ t: 'growth', cell: A(c.key), cur: A(c.cur), prev: A(c.prev), tol: 0.5 * Math.pow(10, -c.pd) + 1e-9 });
      if (c.type === 'diff') rels.push({ t: 'pp', cell: A(c.key), cur: A(c.cur), prev: A(c.prev), tol: c.pd !== undefined ? 0.5 * Math.pow(10, -c.pd) + 1e-9 : e });
    }
    if (ctx.balKeys) {
      const b = ctx.balKeys; // {s0,xz,zh,cz,s1, xj?}
      if (b.xj && byKey[b.xj]) rels.push({ t: 'sum', total: A(b.xj), parts: [A(b.zh), A(b.cz), A(b.s1)], tol: e });
      else rels.push({ t: 'bal', total: A(b.s1), plus: [A(b.s0), A(b.xz)], minus: [A(b.zh), A(b.cz)], tol: e });
    }
    if (r.kind === 'total' || r.kind === 'sub') {
      for (const c of cols) if (summable(c, byKey)) rels.push({ t: 'sum', total: A(c.key), parts: r.members.map((m) => addr(m, c.key)), tol: e });
    }
  });
  return rels;
}

// ---------------- writing helpers ----------------
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = { name: '宋体', size: 10 };
const HFONT = { name: '宋体', size: 10, bold: true };
function setc(ws, r, c, v, o = {}) {
  const cell = ws.getCell(r, c);
  if (v !== undefined) cell.value = v;
  cell.font = o.font || FONT;
  if (o.fmt) cell.numFmt = o.fmt;
  cell.alignment = o.align || { vertical: 'middle', horizontal: typeof v === 'number' ? 'right' : 'center', wrapText: true };
  if (o.border !== false) cell.border = BORDER;
  return cell;
}
function fmtOf(c, ctx, kind) {
  if (kind === 'avg' && (c.type === 'cnt' || c.type === 'sum' || (c.type === 'diff' && c.pd === undefined))) return '0.0';
  if (c.type === 'rate' || c.type === 'rateH') return c.k === 1 ? (c.pd === 3 ? '0.0%' : '0.00%') : (c.pd === 1 ? '0.0' : '0.00');
  if (c.type === 'growth') return c.pd === 1 ? '0.0' : '0.00';
  if (c.type === 'diff') return c.pd === undefined ? (ctx.signed ? '+0;-0;0' : '0') : (ctx.signed ? (c.pd === 1 ? '+0.0;-0.0;0.0' : '+0.00;-0.00;0.00') : (c.pd === 1 ? '0.0' : '0.00'));
  return ctx.thousands ? '#,##0' : '0';
}
function shown(c, v, ctx) {
  if (v === null) return ctx.noneMark; // rate with den 0 / growth with prev 0
  if (v === 0 && (c.type === 'cnt') && ctx.zeroStyle !== '0' && c.zeroOk) return ctx.zeroStyle === 'dash' ? '—' : null;
  return v;
}

// ---------------- entity table (rows = units) ----------------
function writeEntityTable(ws, spec, ctx) {
  const { rows, cols } = spec;
  const val = evalCols(rows, cols, ctx);
  const depth = Math.max(...cols.map((c) => c.hdr.length));
  const c0 = spec.serial ? 2 : 1;
  const nCols = c0 + cols.length + (spec.remark ? 1 : 0);
  let r = 1;
  ws.mergeCells(1, 1, 1, nCols);
  setc(ws, 1, 1, spec.title, { font: { name: '方正小标宋简体', size: 16 }, border: false });
  ws.getRow(1).height = 32;
  r = 2;
  if (spec.fillLine || spec.unitLine) {
    const mid = Math.max(2, Math.floor(nCols / 2));
    if (spec.fillLine) { ws.mergeCells(2, 1, 2, mid); setc(ws, 2, 1, spec.fillLine, { border: false, align: { horizontal: 'left' } }); }
    if (spec.unitLine) { ws.mergeCells(2, mid + 1, 2, nCols); setc(ws, 2, mid + 1, spec.unitLine, { border: false, align: { horizontal: 'right' } }); }
    r = 3;
  }
  const h1 = r;
  const vmerge = (c, txt) => { if (depth > 1) ws.mergeCells(h1, c, h1 + depth - 1, c); setc(ws, h1, c, txt, { font: HFONT }); for (let q = 1; q < depth; q++) setc(ws, h1 + q, c, undefined); };
  if (spec.serial) vmerge(1, '序号');
  vmerge(c0, spec.labelHeader);
  for (let l = 0; l < depth; l++) {
    let j = 0;
    while (j < cols.length) {
      const c = cols[j];
      if (c.hdr.length <= l) { j++; continue; }
      const pre = c.hdr.slice(0, l + 1).join('|');
      let k = j;
      if (c.hdr.length > l + 1) while (k + 1 < cols.length && cols[k + 1].hdr.length > l + 1 && cols[k + 1].hdr.slice(0, l + 1).join('|') === pre) k++;
      const cc = c0 + 1 + j;
      const bottom = c.hdr.length === l + 1 ? h1 + depth - 1 : h1 + l;
      if (k > j || bottom > h1 + l) ws.mergeCells(h1 + l, cc, bottom, c0 + 1 + k);
      setc(ws, h1 + l, cc, c.hdr[l], { font: HFONT });
      for (let q = j; q <= k; q++) for (let rr = h1 + l; rr <= bottom; rr++) if (q > j || rr > h1 + l) setc(ws, rr, c0 + 1 + q, undefined);
      j = k + 1;
    }
  }
  if (spec.remark) vmerge(nCols, '备注');
  for (let l = 0; l < depth; l++) ws.getRow(h1 + l).height = 24;
  r = h1 + depth;
  const first = r;
  const addr = (i, key) => A1(first + i, c0 + 1 + cols.findIndex((c) => c.key === key));
  let sn = 0;
  const values = {};
  rows.forEach((row, i) => {
    const rr = first + i;
    const bold = row.kind !== 'unit';
    if (spec.serial) setc(ws, rr, 1, row.kind === 'unit' ? ++sn : null, { align: { horizontal: 'center' } });
    setc(ws, rr, c0, row.label, { font: bold ? HFONT : FONT, align: { horizontal: row.kind === 'unit' ? 'left' : 'center', vertical: 'middle', indent: row.kind === 'unit' && spec.indent ? 1 : 0 } });
    cols.forEach((c, j) => {
      const v = shown(c, val[i][c.key], ctx);
      setc(ws, rr, c0 + 1 + j, v, { fmt: fmtOf(c, ctx, row.kind), font: bold ? HFONT : FONT });
      values[addr(i, c.key)] = v;
    });
    if (spec.remark) setc(ws, rr, nCols, spec.remark(row, i), { align: { horizontal: 'left', wrapText: true } });
  });
  r = first + rows.length;
  for (const n of spec.notes || []) { ws.mergeCells(r, 1, r, nCols); setc(ws, r, 1, n, { border: false, align: { horizontal: 'left', wrapText: true } }); r++; }
  ws.getColumn(c0).width = 16; if (spec.serial) ws.getColumn(1).width = 6;
  for (let j = 0; j < cols.length; j++) ws.getColumn(c0 + 1 + j).width = 10;
  const rels = tableRels(rows, cols, addr, spec);
  return { rels, values, addrOf: addr, kinds: rows.map((r) => r.kind), cols };
}

// ---------------- transposed table (rows = indicators, cols = units) ----------------
function writeTransposed(ws, spec, ctx) {
  const { rows, cols } = spec; // rows = entities (columns on sheet), cols = indicators (rows on sheet)
  const val = evalCols(rows, cols, ctx);
  const cL = spec.serial ? 2 : 1;
  const cU = spec.unitCol ? cL + 1 : 0;
  const cD = spec.unitCol ? cL + 2 : cL + 1;
  const nCols = cD - 1 + rows.length;
  ws.mergeCells(1, 1, 1, nCols);
  setc(ws, 1, 1, spec.title, { font: { name: '方正小标宋简体', size: 16 }, border: false });
  let r = 2;
  if (spec.unitLine || spec.fillLine) {
    if (spec.fillLine) setc(ws, 2, 1, spec.fillLine, { border: false, align: { horizontal: 'left' } });
    if (spec.unitLine) setc(ws, 2, nCols, spec.unitLine, { border: false, align: { horizontal: 'right' } });
    r = 3;
  }
  const h = r;
  if (spec.serial) setc(ws, h, 1, '序号', { font: HFONT });
  setc(ws, h, cL, spec.labelHeader, { font: HFONT });
  if (spec.unitCol) setc(ws, h, cU, '单位', { font: HFONT });
  rows.forEach((row, j) => setc(ws, h, cD + j, row.label.replace(/^[　 ]+/, ''), { font: HFONT }));
  const first = h + 1;
  const addr = (i, key) => A1(first + cols.findIndex((c) => c.key === key), cD + i);
  const values = {};
  cols.forEach((c, q) => {
    const rr = first + q;
    if (spec.serial) setc(ws, rr, 1, c.serial === undefined ? q + 1 : c.serial, { align: { horizontal: 'center' } });
    setc(ws, rr, cL, spec.unitCol ? c.tl : c.tl + (c.unit ? '（' + c.unit + '）' : ''), { align: { horizontal: 'left', vertical: 'middle' } });
    if (spec.unitCol) setc(ws, rr, cU, c.unit || '');
    rows.forEach((row, i) => {
      const v = shown(c, val[i][c.key], ctx);
      setc(ws, rr, cD + i, v, { fmt: fmtOf(c, ctx, row.kind) });
      values[addr(i, c.key)] = v;
    });
  });
  r = first + cols.length;
  for (const n of spec.notes || []) { setc(ws, r, 1, n, { border: false, align: { horizontal: 'left' } }); r++; }
  ws.getColumn(cL).width = 26;
  const rels = tableRels(rows, cols, addr, spec);
  return { rels, values, addrOf: addr, kinds: rows.map((r) => r.kind), cols };
}

// ---------------- year-on-year summary (rows = indicators; 本年/上年/增减/增长) ----------------
function writeYoy(ws, spec, ctx) {
  const u = spec.u; const pd = ctx.pd;
  const inds = spec.inds; // [{key, tl, unit, cur, prev, rate?:{num,den}}]
  const cur = {}, prev = {};
  for (const d of inds) {
    if (d.sum) continue;
    if (d.rate) { cur[d.key] = u[d.rate.den] ? rnd(u[d.rate.num] / u[d.rate.den] * 100, pd) : null; prev[d.key] = u[d.rate.denP] ? rnd(u[d.rate.numP] / u[d.rate.denP] * 100, pd) : null; }
    else { cur[d.key] = u[d.cur]; prev[d.key] = u[d.prev]; }
  }
  for (const d of inds) if (d.sum) { cur[d.key] = d.sum.reduce((a, k) => a + cur[k], 0); prev[d.key] = d.sum.reduce((a, k) => a + prev[k], 0); }
  const heads = spec.order; // e.g. ['cur','prev','diff','g']
  const hl = { cur: spec.curLabel, prev: spec.prevLabel, diff: '增减', g: '增长（%）' };
  const cL = spec.serial ? 2 : 1; const cU = cL + 1; const cD = cU + 1;
  const nCols = cD + heads.length - 1;
  ws.mergeCells(1, 1, 1, nCols);
  setc(ws, 1, 1, spec.title, { font: { name: '方正小标宋简体', size: 16 }, border: false });
  let r = 2;
  if (spec.fillLine) { setc(ws, 2, 1, spec.fillLine, { border: false, align: { horizontal: 'left' } }); r = 3; }
  if (spec.serial) setc(ws, r, 1, '序号', { font: HFONT });
  setc(ws, r, cL, '指标名称', { font: HFONT }); setc(ws, r, cU, '计量单位', { font: HFONT });
  heads.forEach((hh, j) => setc(ws, r, cD + j, hl[hh], { font: HFONT }));
  const first = r + 1;
  const colOf = Object.fromEntries(heads.map((hh, j) => [hh, cD + j]));
  const A = (q, hh) => A1(first + q, colOf[hh]);
  const rels = []; const values = {};
  inds.forEach((d, q) => {
    const rr = first + q;
    if (spec.serial) setc(ws, rr, 1, q + 1);
    setc(ws, rr, cL, d.tl, { align: { horizontal: 'left' } }); setc(ws, rr, cU, d.rate ? '%' : d.unit);
    const vs = { cur: cur[d.key], prev: prev[d.key] };
    vs.diff = d.rate ? rnd(vs.cur - vs.prev, pd) : vs.cur - vs.prev;
    vs.g = d.rate ? '—' : (vs.prev ? rnd((vs.cur / vs.prev - 1) * 100, pd) : ctx.noneMark);
    for (const hh of heads) {
      const v = vs[hh];
      const fmt = hh === 'g' ? (pd === 1 ? '0.0' : '0.00') : d.rate ? (pd === 1 ? '0.0' : '0.00') : '0';
      setc(ws, rr, colOf[hh], v, { fmt });
      values[A(q, hh)] = v;
    }
    rels.push({ t: 'pp', cell: A(q, 'diff'), cur: A(q, 'cur'), prev: A(q, 'prev'), tol: d.rate ? 0.5 * Math.pow(10, -pd) + 1e-9 : 1e-6 });
    if (!d.rate && typeof vs.g === 'number') rels.push({ t: 'growth', cell: A(q, 'g'), cur: A(q, 'cur'), prev: A(q, 'prev'), tol: 0.5 * Math.pow(10, -pd) + 1e-9 });
  });
  const qi = (k) => inds.findIndex((d) => d.key === k);
  for (const d of inds) {
    if (d.sum) for (const hh of ['cur', 'prev', 'diff']) rels.push({ t: 'sum', total: A(qi(d.key), hh), parts: d.sum.map((k) => A(qi(k), hh)), tol: 1e-6 });
    if (d.rate && d.rateKeys) for (const hh of ['cur', 'prev']) rels.push({ t: 'rate', cell: A(qi(d.key), hh), num: A(qi(d.rateKeys[0]), hh), den: A(qi(d.rateKeys[1]), hh), k: 100, tol: 0.5 * Math.pow(10, -pd) + 1e-9 });
    if (d.le) for (const hh of ['cur', 'prev']) rels.push({ t: 'le', whole: A(qi(d.le), hh), parts: [A(qi(d.key), hh)], tol: 1e-6 });
  }
  let rr = first + inds.length;
  for (const n of spec.notes || []) { setc(ws, rr, 1, n, { border: false, align: { horizontal: 'left' } }); rr++; }
  ws.getColumn(cL).width = 28;
  return { rels, values, kinds: [], cols: [] };
}

// ---------------- sheet specs ----------------
function pctCol(key, hdr, num, den, ctx, extra = {}) {
  return ctx.frac ? { key, hdr, type: 'rate', num, den, k: 1, pd: ctx.pd + 2, ...extra } : { key, hdr, type: 'rate', num, den, k: 100, pd: ctx.pd, ...extra };
}
function U(ctx, s) { return ctx.unitsInHdr ? s : ''; }

function specBasic(ctx) {
  const P = ctx.unitsInHdr ? '（名）' : '';
  const v = ctx.broad ? pick(['full', 'full', 'noSplit', 'qzOut', 'qzSw']) : pick(['full', 'noSplit', 'qzSw']);
  const cols = [];
  cols.push({ key: 'dy', hdr: ['党员总数' + P], type: 'cnt', f: 'dy', tl: '党员总数', unit: '名' });
  const L = '流动党员' + P;
  if (v === 'full') {
    cols.push({ key: 'ld', hdr: [L, '合计'], type: 'sum', parts: ['lc', 'lr'], le: 'dy', tl: '流动党员数', unit: '名' });
    cols.push({ key: 'lc', hdr: [L, '流出党员', '小计'], type: 'sum', parts: ['sw', 'sn'], tl: '其中：流出党员', unit: '名' });
    cols.push({ key: 'sw', hdr: [L, '流出党员', '省外'], type: 'cnt', f: 'sw', tl: '省外', unit: '名' });
    cols.push({ key: 'sn', hdr: [L, '流出党员', '省内'], type: 'cnt', f: 'sn', tl: '省内', unit: '名' });
    cols.push({ key: 'lr', hdr: [L, '流入党员'], type: 'cnt', f: 'lr', tl: '流入党员', unit: '名' });
  } else if (v === 'noSplit') {
    cols.push({ key: 'ld', hdr: [L, '合计'], type: 'sum', parts: ['lc', 'lr'], tl: '流动党员数', unit: '名' });
    cols.push({ key: 'lc', hdr: [L, '其中：流出'], type: 'cnt', f: 'lc', tl: '其中：流出', unit: '名' });
    cols.push({ key: 'lr', hdr: [L, '其中：流入'], type: 'cnt', f: 'lr', tl: '流入', unit: '名' });
  } else if (v === 'qzOut') {
    cols.push({ key: 'ld', hdr: ['流动党员数' + P], type: 'cnt', f: 'ld', le: 'dy', tl: '流动党员数', unit: '名' });
    cols.push({ key: 'lc', hdr: ['其中：流出党员' + P], type: 'cnt', f: 'lc', le: 'ld', tl: '其中：流出党员', unit: '名' });
  } else {
    cols.push({ key: 'ld', hdr: [L, '合计'], type: 'sum', parts: ['lc', 'lr'], tl: '流动党员数', unit: '名' });
    cols.push({ key: 'lc', hdr: [L, '流出'], type: 'cnt', f: 'lc', tl: '流出党员', unit: '名' });
    cols.push({ key: 'sw', hdr: [L, '其中：流向省外'], type: 'cnt', f: 'sw', le: 'lc', tl: '其中：流向省外', unit: '名' });
    cols.push({ key: 'lr', hdr: [L, '流入'], type: 'cnt', f: 'lr', tl: '流入党员', unit: '名' });
  }
  if (ctx.broad && chance(0.3)) cols.push(pctCol('ldr', ['流动党员占党员总数比例（%）'], 'ld', 'dy', ctx, { tl: '流动党员占比', unit: '%' }));
  const two = chance(0.6);
  cols.push({ key: 'gl', hdr: two ? ['纳入管理', '人数' + P] : ['纳入管理数' + P], type: 'cnt', f: 'gl', le: 'ld', tl: '纳入管理数', unit: '名' });
  cols.push(pctCol('glr', two ? ['纳入管理', '管理率（%）'] : ['纳入管理率（%）'], 'gl', 'ld', ctx, { tl: '纳入管理率', unit: '%' }));
  cols.push({ key: 'zz', hdr: ['建立流动党员党组织' + (ctx.unitsInHdr ? '（个）' : '')], type: 'cnt', f: 'zz', zeroOk: true, tl: '建立流动党员党组织', unit: '个' });
  if (chance(ctx.broad ? 0.35 : 0.2)) cols.push(pctCol('sh', ['流动党员数占' + ctx.scope + '比重（%）'], 'ld', 'TOTAL', ctx, { tl: '占比', unit: '%' }));
  const notes = [];
  if (chance(0.7)) notes.push('注：' + (v === 'qzOut' ? '' : '流动党员数=流出党员数+流入党员数；') + '纳入管理率=纳入管理数÷流动党员数×100%。');
  return { name: pick(['流动党员基本情况', '表1', '流动党员']), title: ctx.place + ctx.year + '年流动党员基本情况统计表', cols, notes };
}

function specLost(ctx) {
  const P = ctx.unitsInHdr ? '（名）' : '';
  const hasXj = chance(ctx.broad ? 0.4 : 0.5);
  const g = ['失联党员' + P];
  const cols = [];
  const flat = chance(0.3);
  const H = (s) => (flat ? [s] : [...g, s]);
  cols.push({ key: 's0', hdr: H(flat ? '失联党员年初数' : '年初数'), type: 'cnt', f: 's0', zeroOk: true, tl: '失联党员年初数', unit: '名' });
  cols.push({ key: 'xz', hdr: H('本年新增'), type: 'cnt', f: 'xz', zeroOk: true, tl: '本年新增失联党员', unit: '名' });
  if (hasXj) cols.push({ key: 'xj', hdr: H('合计'), type: 'sum', parts: ['s0', 'xz'], tl: '失联党员合计', unit: '名' });
  cols.push({ key: 'zh', hdr: H('本年找回'), type: 'cnt', f: 'zh', zeroOk: true, tl: '本年找回', unit: '名' });
  const czParts = ctx.broad ? pick(['none', 'none', 'tz', 'both']) : pick(['none', 'tz']);
  if (czParts === 'both' && !flat) {
    cols.push({ key: 'cz', hdr: [...g, '本年处置', '小计'], type: 'sum', parts: ['tz', 'cm'], tl: '本年处置', unit: '名' });
    cols.push({ key: 'tz', hdr: [...g, '本年处置', '停止党籍'], type: 'cnt', f: 'tz', zeroOk: true, tl: '停止党籍', unit: '名' });
    cols.push({ key: 'cm', hdr: [...g, '本年处置', '除名'], type: 'cnt', f: 'cm', zeroOk: true, tl: '除名', unit: '名' });
  } else {
    cols.push({ key: 'cz', hdr: H('本年处置'), type: 'cnt', f: 'cz', zeroOk: true, tl: '本年处置', unit: '名' });
    if (czParts === 'tz' || czParts === 'both') cols.push({ key: 'tz', hdr: H('其中：停止党籍'), type: 'cnt', f: 'tz', zeroOk: true, le: 'cz', tl: '其中：停止党籍', unit: '名' });
  }
  cols.push({ key: 's1', hdr: H(flat ? '失联党员年末数' : '年末数'), type: 'cnt', f: 's1', zeroOk: true, tl: '失联党员年末数', unit: '名' });
  const zr = chance(0.75);
  if (zr) {
    if (hasXj) cols.push(pctCol('zhr', ['找回率（%）'], 'zh', 'xj', ctx, { tl: '找回率', unit: '%' }));
    else cols.push({ key: 'zhr', hdr: ['找回率（%）'], type: 'rateH', num: 'zh', den: 'zhrDen', k: 100, pd: ctx.pd, tl: '找回率', unit: '%' });
  }
  const notes = [];
  notes.push('注：年末数=年初数+本年新增-本年找回-本年处置' + (zr ? '；找回率=本年找回数÷（年初数+本年新增数）×100%。' : '。'));
  return { name: pick(['失联党员排查处置', '表2', '失联党员']), title: ctx.place + ctx.year + '年失联党员排查处置情况统计表', cols, notes, balKeys: { s0: 's0', xz: 'xz', zh: 'zh', cz: 'cz', s1: 's1', xj: hasXj ? 'xj' : null } };
}

function specReport(ctx) {
  const P = ctx.unitsInHdr ? '（名）' : '';
  const cols = [];
  cols.push({ key: 'lc', hdr: ['流出党员数' + P], type: 'cnt', f: 'lc', tl: '流出党员数', unit: '名' });
  const two = chance(0.5);
  cols.push({ key: 'bd', hdr: two ? ['报到情况', '已报到人数'] : ['已报到人数' + P], type: 'cnt', f: 'bd', le: 'lc', tl: '已报到人数', unit: '名' });
  cols.push(pctCol('bdr', two ? ['报到情况', '报到率（%）'] : ['报到率（%）'], 'bd', 'lc', ctx, { tl: '报到率', unit: '%' }));
  const G = '参加组织生活（人次）';
  const qFirst = chance(0.35);
  const qt = { key: 'qt', hdr: [G, '全年合计'], type: 'sum', parts: ['q1', 'q2', 'q3', 'q4'], tl: '参加组织生活人次', unit: '人次' };
  if (qFirst) cols.push(qt);
  ['一季度', '二季度', '三季度', '四季度'].forEach((q, i) => cols.push({ key: 'q' + (i + 1), hdr: [G, q], type: 'cnt', f: 'q' + (i + 1), tl: q, unit: '人次' }));
  if (!qFirst) cols.push(qt);
  if (ctx.broad && chance(0.3)) cols.push(pctCol('qsh', ['组织生活人次占' + ctx.scope + '比重（%）'], 'qt', 'TOTAL', ctx));
  return { name: pick(['报到及组织生活', '表3', '组织生活']), title: ctx.place + '流出党员报到及参加组织生活情况统计表', cols, notes: chance(0.5) ? ['注：报到率=已报到人数÷流出党员数×100%。'] : [] };
}

function specYoyTable(ctx) {
  const pd = ctx.pd; const cols = [];
  const P = ctx.unitsInHdr ? '（名）' : '';
  const G = '流动党员数' + P;
  const yl = chance(0.5) ? [ctx.year - 1 + '年', ctx.year + '年'] : ['上年', '本年'];
  const order = chance(0.7);
  const cp = [{ key: 'ldP', hdr: [G, yl[0]], type: 'cnt', f: 'ldP' }, { key: 'ld1', hdr: [G, yl[1]], type: 'cnt', f: 'ld' }];
  cols.push(...(order ? cp : cp.reverse()));
  cols.push({ key: 'ldD', hdr: [G, '同比增减'], type: 'diff', cur: 'ld1', prev: 'ldP' });
  cols.push({ key: 'ldG', hdr: [G, '增长（%）'], type: 'growth', cur: 'ld1', prev: 'ldP', pd });
  const withCounts = chance(0.4);
  const H = '纳入管理率（%）';
  if (withCounts) {
    cols.push({ key: 'glP', hdr: ['纳入管理数' + P, yl[0]], type: 'cnt', f: 'glP', le: 'ldP' });
    cols.push({ key: 'gl1', hdr: ['纳入管理数' + P, yl[1]], type: 'cnt', f: 'gl', le: 'ld1' });
    cols.push({ key: 'glrP', hdr: [H, yl[0]], type: 'rate', num: 'glP', den: 'ldP', k: 100, pd });
    cols.push({ key: 'glr1', hdr: [H, yl[1]], type: 'rate', num: 'gl1', den: 'ld1', k: 100, pd });
  } else {
    cols.push({ key: 'glrP', hdr: [H, yl[0]], type: 'rateH', num: 'glP', den: 'ldP', k: 100, pd });
    cols.push({ key: 'glr1', hdr: [H, yl[1]], type: 'rateH', num: 'gl', den: 'ld', k: 100, pd });
  }
  cols.push({ key: 'glrD', hdr: [H, '增减（百分点）'], type: 'diff', cur: 'glr1', prev: 'glrP', pd });
  if (chance(ctx.broad ? 0.5 : 0.3)) {
    const S = '失联党员年末数' + P;
    cols.push({ key: 's1P', hdr: [S, yl[0]], type: 'cnt', f: 's1P', zeroOk: true });
    cols.push({ key: 's11', hdr: [S, yl[1]], type: 'cnt', f: 's1', zeroOk: true });
    cols.push({ key: 's1D', hdr: [S, '增减'], type: 'diff', cur: 's11', prev: 's1P' });
  }
  return { name: pick(['同比情况', '表4', '增减对比']), title: ctx.place + '流动党员管理情况同比对比表', cols, notes: chance(0.4) ? ['注：增长（%）=（本年-上年）÷上年×100%；纳入管理率增减单位为百分点。'] : [] };
}

function specCat(ctx) {
  const P = ctx.unitsInHdr ? '（名）' : '';
  const cols = [];
  const totFirst = chance(0.5);
  const tot = [
    { key: 'ldT', hdr: ['合计', '流动党员' + P], type: 'sum', parts: ['fg', 'sz', 'nc'] },
    { key: 'glT', hdr: ['合计', '纳入管理' + P], type: 'sum', parts: ['glfg', 'glsz', 'glnc'], le: 'ldT' },
    pctCol('rT', ['合计', '管理率（%）'], 'glT', 'ldT', ctx),
  ];
  if (totFirst) cols.push(...tot);
  for (const [k, nm] of CAT) {
    cols.push({ key: k, hdr: [nm, '流动党员' + P], type: 'cnt', f: k, zeroOk: true });
    cols.push({ key: 'gl' + k, hdr: [nm, '纳入管理' + P], type: 'cnt', f: 'gl' + k, zeroOk: true, le: k });
    cols.push(pctCol('r' + k, [nm, '管理率（%）'], 'gl' + k, k, ctx));
  }
  if (!totFirst) cols.push(...tot);
  return { name: pick(['分领域情况', '表5', '分领域']), title: ctx.place + '非公企业、社会组织和农村流动党员管理情况', cols, notes: [] };
}

function specTrans(ctx) {
  const cols = [];
  cols.push({ key: 'dy', tl: '党员总数', unit: '名', type: 'cnt', f: 'dy' });
  cols.push({ key: 'ld', tl: '流动党员数', unit: '名', type: 'sum', parts: ['lc', 'lr'], le: 'dy' });
  cols.push({ key: 'lc', tl: pick(['其中：流出党员', '　其中：流出']), unit: '名', type: 'cnt', f: 'lc' });
  cols.push({ key: 'lr', tl: pick(['　　　流入党员', '　　　流入']), unit: '名', type: 'cnt', f: 'lr' });
  cols.push({ key: 'gl', tl: '纳入管理数', unit: '名', type: 'cnt', f: 'gl', le: 'ld' });
  cols.push({ ...pctCol('glr', null, 'gl', 'ld', ctx), tl: '纳入管理率', unit: '%' });
  cols.push({ key: 'zz', tl: '建立流动党员党组织', unit: '个', type: 'cnt', f: 'zz', zeroOk: true });
  if (chance(0.6)) {
    cols.push({ key: 'bd', tl: '流出党员报到人数', unit: '名', type: 'cnt', f: 'bd', le: 'lc' });
    cols.push({ ...pctCol('bdr', null, 'bd', 'lc', ctx), tl: '报到率', unit: '%' });
  }
  cols.push({ key: 's0', tl: '失联党员年初数', unit: '名', type: 'cnt', f: 's0', zeroOk: true });
  cols.push({ key: 'xz', tl: '本年新增失联党员', unit: '名', type: 'cnt', f: 'xz', zeroOk: true });
  cols.push({ key: 'zh', tl: '本年找回', unit: '名', type: 'cnt', f: 'zh', zeroOk: true });
  cols.push({ key: 'cz', tl: '本年处置', unit: '名', type: 'cnt', f: 'cz', zeroOk: true });
  cols.push({ key: 's1', tl: '失联党员年末数', unit: '名', type: 'cnt', f: 's1', zeroOk: true });
  return { name: pick(['汇总', '各县对比', '总表']), title: ctx.place + ctx.year + '年流动党员和失联党员管理情况汇总表', cols, balKeys: { s0: 's0', xz: 'xz', zh: 'zh', cz: 'cz', s1: 's1' }, notes: chance(0.5) ? ['注：' + '失联党员年末数=年初数+本年新增-本年找回-本年处置。'] : [] };
}

function specYoy(ctx, u) {
  const inds = [
    { key: 'dy', tl: '党员总数', unit: '名', cur: 'dy', prev: 'dyP' },
    { key: 'ld', tl: '流动党员数', unit: '名', sum: ['lc', 'lr'] },
    { key: 'lc', tl: '　其中：流出党员', unit: '名', cur: 'lc', prev: 'lcP' },
    { key: 'lr', tl: '　　　　流入党员', unit: '名', cur: 'lr', prev: 'lrP' },
    { key: 'gl', tl: '纳入管理数', unit: '名', cur: 'gl', prev: 'glP', le: 'ld' },
    { key: 'glr', tl: '纳入管理率', rate: { num: 'gl', den: 'ld', numP: 'glP', denP: 'ldP' }, rateKeys: ['gl', 'ld'] },
    { key: 'zz', tl: '建立流动党员党组织', unit: '个', cur: 'zz', prev: 'zzP' },
    { key: 's1', tl: '失联党员年末数', unit: '名', cur: 's1', prev: 's1P' },
  ];
  return { name: pick(['同比', '主要指标', '指标对比']), title: ctx.place + '流动党员管理主要指标对比表', u, inds, order: chance(0.7) ? ['cur', 'prev', 'diff', 'g'] : ['prev', 'cur', 'diff', 'g'], curLabel: ctx.year + '年', prevLabel: ctx.year - 1 + '年' };
}

function specQuarter(ctx, tot) {
  // rows = quarters, cols = indicators
  const Q = ['一季度', '二季度', '三季度', '四季度'];
  const qs = Q.map((q) => ({ name: q }));
  const splitN = (n) => { const w = Q.map(() => rf(0.6, 1.4)); const sw = w.reduce((a, b) => a + b, 0); const out = w.map((x) => Math.floor(n * x / sw)); let rem = n - out.reduce((a, b) => a + b, 0); for (let i = 0; rem > 0; i = (i + 1) % 4, rem--) out[i]++; return out; };
  const f = { nlc: Math.round(tot.lc * rf(0.08, 0.2)), nlr: Math.round(tot.lr * rf(0.1, 0.3)), bd: 0, qt: 0, zh: tot.zh, pc: Math.round(tot.ld * rf(0.5, 1.2)) };
  f.bd = Math.round(f.nlc * rf(0.7, 1)); f.qt = tot.qt;
  for (const k of Object.keys(f)) { const p = splitN(f[k]); qs.forEach((q, i) => { q[k] = p[i]; }); }
  qs.forEach((q) => { if (q.bd > q.nlc) q.bd = q.nlc; });
  const units = qs.map((u) => ({ u, grp: 0 }));
  const tf = chance(0.3);
  const total = { label: pick(['全年合计', '全年', '合计']), kind: 'total', u: {}, members: [] };
  for (const k of [...Object.keys(f), 'nlc', 'nlr']) total.u[k] = qs.reduce((a, q) => a + q[k], 0);
  const rows = [];
  if (tf) rows.push(total);
  units.forEach((x) => { total.members.push(rows.length); rows.push({ label: x.u.name, u: x.u, kind: 'unit' }); });
  if (!tf) rows.push(total);
  const P = ctx.unitsInHdr ? '（名）' : '';
  const cols = [
    { key: 'n', hdr: ['新增流动党员' + P, '小计'], type: 'sum', parts: ['nlc', 'nlr'] },
    { key: 'nlc', hdr: ['新增流动党员' + P, '流出'], type: 'cnt', f: 'nlc' },
    { key: 'nlr', hdr: ['新增流动党员' + P, '流入'], type: 'cnt', f: 'nlr' },
    { key: 'bd', hdr: ['新增流出党员报到数' + P], type: 'cnt', f: 'bd', le: 'nlc' },
    pctCol('bdr', ['报到率（%）'], 'bd', 'nlc', ctx),
    { key: 'pc', hdr: ['排查走访（人次）'], type: 'cnt', f: 'pc' },
    { key: 'qt', hdr: ['参加组织生活（人次）'], type: 'cnt', f: 'qt' },
    { key: 'zh', hdr: ['找回失联党员' + P], type: 'cnt', f: 'zh', zeroOk: true },
  ];
  if (chance(0.4)) cols.push(pctCol('sh', ['全年占比（%）'], 'qt', 'TOTAL', ctx));
  return { name: pick(['分季度', '季度情况', '表6']), title: ctx.place + ctx.year + '年流动党员管理工作分季度情况', cols, rows, labelHeader: pick(['季度', '时间', '项目']), notes: [] };
}

// ---------------- workbook ----------------
function makeBook(broad) {
  const city = chance(broad ? 0.4 : 0.35);
  const ctx = { broad, city };
  ctx.year = pick([2023, 2024, 2025]);
  ctx.pd = pick([1, 1, 2]);
  ctx.frac = broad && chance(0.12);
  ctx.unitsInHdr = chance(0.55);
  ctx.zeroStyle = pick(['0', '0', 'dash', 'blank']);
  ctx.noneMark = pick(['/', '—', null]);
  ctx.signed = broad && chance(0.3);
  ctx.thousands = city && chance(0.3);
  let units;
  if (city) {
    ctx.cityName = pick(CITIES); ctx.place = ctx.cityName; ctx.scope = '全市';
    const nd = ri(2, 4), nc = ri(4, broad ? 10 : 8);
    units = [...shuffle(DISTRICTS.slice()).slice(0, nd).map((n) => ({ u: genUnit(n, true, true), grp: 0 })), ...shuffle(COUNTIES.slice()).slice(0, nc).map((n) => ({ u: genUnit(n, true, false), grp: 1 }))];
  } else {
    ctx.place = pick(COUNTY_OWN); ctx.scope = '全县';
    const ns = ri(2, 5), nt = ri(5, broad ? 16 : 11);
    units = [...shuffle(STREETS.slice()).slice(0, ns).map((n) => ({ u: genUnit(n, false, true), grp: 0 })), ...shuffle(TOWNS.slice()).slice(0, nt).map((n) => ({ u: genUnit(n, false, false), grp: 1 }))];
  }
  const ro = {
    city,
    totalFirst: chance(0.5),
    totalLabel: city ? pick(['全市', '合计', '全市合计', '总计']) : pick(['全县', '合计', '全县合计', '总计']),
    hier: pick(broad ? ['flat', 'flat', 'before', 'after'] : ['flat', 'flat', 'after', 'before']),
    subNum: chance(0.5), subPlain: chance(0.3),
    leafStyle: pick(broad ? ['plain', 'plain', 'ar', 'cn', 'sp'] : ['plain', 'plain', 'sp']),
    avg: chance(broad ? 0.25 : 0.15), avgLabel: pick(['平均', '平均数', '平均值']), avgAfterTotal: chance(0.5),
  };
  if (ro.leafStyle === 'cn' || ro.leafStyle === 'ar') if (ro.hier === 'flat') ro.leafStyle = 'plain';
  const rows = buildRows(units, ro);
  const common = () => ({
    rows,
    labelHeader: city ? pick(['县（市、区）', '单位', '地区']) : pick(['乡镇（街道）', '单位', '镇街']),
    serial: chance(broad ? 0.3 : 0.2),
    indent: ro.hier !== 'flat' && chance(0.5),
    unitLine: ctx.unitsInHdr ? (chance(0.2) ? '单位：名' : null) : pick(['单位：个、人、%', '单位：名、个、%', '单位：人']),
    fillLine: chance(0.4) ? '填报单位：' + ctx.place + '委组织部' + (chance(0.5) ? '        填报日期：' + (ctx.year + 1) + '年1月' + ri(5, 20) + '日' : '') : null,
  });
  const sheets = [];
  const menu = shuffle([specBasic, specLost, specReport, specYoyTable, specCat]);
  const n = ri(2, broad ? 4 : 3);
  const chosen = menu.slice(0, n);
  if (!chosen.includes(specBasic) && chance(0.6)) chosen[0] = specBasic;
  chosen.sort((a, b) => menu.indexOf(a) - menu.indexOf(b));
  for (const f of chosen) sheets.push({ kind: 'entity', spec: { ...f(ctx), ...common() } });
  if (city && chance(0.5) || (!city && chance(broad ? 0.25 : 0.15))) {
    const unitRows = rows.filter((r) => r.kind === 'unit');
    const tot = rows.find((r) => r.kind === 'total');
    const tr = chance(0.5) ? [tot, ...unitRows] : [...unitRows, tot];
    const trRows = tr.map((r) => ({ ...r, members: undefined, label: r.kind === 'total' ? r.label : r.u.name }));
    const ti = trRows.findIndex((r) => r.kind === 'total');
    trRows[ti].members = trRows.map((r, i) => (r.kind === 'unit' ? i : -1)).filter((i) => i >= 0);
    sheets.push({ kind: 'trans', spec: { ...specTrans(ctx), rows: trRows, labelHeader: pick(['指标', '项目', '指标名称']), unitCol: chance(0.5), serial: chance(0.3), unitLine: chance(0.3) ? '单位：名、个、%' : null } });
  }
  if (broad && chance(0.25)) {
    const tot = rows.find((r) => r.kind === 'total');
    sheets.push({ kind: 'entity', spec: { ...specQuarter(ctx, tot.u), serial: false, unitLine: ctx.unitsInHdr ? null : '单位：名、人次、%' } });
  }
  if (chance(broad ? 0.35 : 0.25)) {
    const tot = rows.find((r) => r.kind === 'total');
    sheets.push({ kind: 'yoy', spec: { ...specYoy(ctx, tot.u), serial: chance(0.4), fillLine: chance(0.3) ? '填报单位：' + ctx.place + '委组织部' : null, notes: chance(0.5) ? ['注：纳入管理率增减单位为百分点。'] : [] } });
  }
  // unique sheet names
  const used = new Set();
  sheets.forEach((s, i) => { let nm = s.spec.name; if (used.has(nm)) nm = '表' + (i + 1); if (used.has(nm)) nm = nm + 'a'; used.add(nm); s.spec.name = nm; });
  return { ctx, sheets };
}

// ---------------- plants ----------------
function planValue(kind, v, rel, values, ctx) {
  if (kind === 'le') return null;
  if (typeof v !== 'number') return null;
  if (kind === 'sum') {
    const opts = [];
    const d1 = pick([1, 2, 3, 5, 7, 9, 10, 20, 30, 100]) * (chance(0.5) ? 1 : -1);
    opts.push(v + d1);
    const s = String(v);
    if (s.length >= 2) { const i = ri(0, s.length - 2); if (s[i] !== s[i + 1]) opts.push(Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))); }
    let nv = pick(opts);
    if (!(nv >= 0) || nv === v || !Number.isInteger(nv)) nv = v + ri(1, 9);
    return nv;
  }
  if (kind === 'rate') {
    const k = rel.k; const pd = Math.round(-Math.log10(rel.tol * 2));
    let d = rnd(rf(0.5, 8) * (k === 1 ? 0.01 : 1), pd);
    let nv = rnd(v + (chance(0.5) ? d : -d), pd);
    if (nv > k || nv < 0) nv = rnd(v - d, pd);
    if (nv < 0) nv = rnd(v + d, pd);
    return nv;
  }
  if (kind === 'growth') {
    const pd = Math.round(-Math.log10(rel.tol * 2));
    return chance(0.3) && Math.abs(v) > 1 ? -v : rnd(v + (chance(0.5) ? 1 : -1) * rf(1, 12), pd);
  }
  if (kind === 'pp') {
    if (Number.isInteger(v) && rel.tol < 1e-3) { const nv = v + pick([1, 2, 3, 5, 10, -1, -2, -4]) ; return nv === v ? v + 1 : nv; }
    const pd = Math.round(-Math.log10(rel.tol * 2));
    return chance(0.3) && Math.abs(v) > 0.5 ? -v : rnd(v + (chance(0.5) ? 1 : -1) * rf(0.5, 4), pd);
  }
  return null;
}

function candidates(sheetRes) {
  // cells eligible for planting with their kind
  const out = [];
  const seen = new Set();
  for (const rel of sheetRes.rels) {
    const add = (cell, kind) => { const key = cell + kind; if (seen.has(key)) return; seen.add(key); const v = sheetRes.values[cell]; if (typeof v !== 'number') return; if (!Number.isInteger(v) && kind === 'sum') return; out.push({ cell, kind, rel }); };
    if (rel.t === 'sum') { add(rel.total, 'sum'); rel.parts.forEach((p) => add(p, 'sum')); }
    if (rel.t === 'bal') { add(rel.total, 'sum'); [...rel.plus, ...rel.minus].forEach((p) => add(p, 'sum')); }
    if (rel.t === 'rate') add(rel.cell, 'rate');
    if (rel.t === 'growth') add(rel.cell, 'growth');
    if (rel.t === 'pp') add(rel.cell, 'pp');
    if (rel.t === 'le' && rel.parts.length === 1) { const w = sheetRes.values[rel.whole]; if (typeof w === 'number' && Number.isInteger(w) && w > 0) add(rel.parts[0], 'le'); }
  }
  return out;
}

async function genSet(setName, n, seed, broad) {
  R = mulberry32(seed);
  const dir = path.join(OUT, setName);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  const manifest = []; const relOut = {};
  const prefix = setName === 'cases' ? 'c' : setName === 'probe' ? 'p' : 'x';
  for (let i = 1; i <= n; i++) {
    const file = prefix + String(i).padStart(3, '0') + '.xlsx';
    const book = makeBook(broad);
    const wb = new ExcelJS.Workbook();
    wb.creator = '组织部';
    const res = [];
    for (const s of book.sheets) {
      const ws = wb.addWorksheet(s.spec.name);
      let r;
      if (s.kind === 'entity') r = writeEntityTable(ws, s.spec, book.ctx);
      else if (s.kind === 'trans') r = writeTransposed(ws, s.spec, book.ctx);
      else r = writeYoy(ws, s.spec, book.ctx);
      r.ws = ws; r.name = s.spec.name; res.push(r);
    }
    // plants
    const mode = R();
    const nPl = i % 12 === 5 ? 2 : mode < 0.5 ? 0 : mode < 0.92 ? 1 : 2;
    const plants = [];
    const sheetOrder = shuffle(res.slice());
    const kindsW = ['sum', 'sum', 'sum', 'sum', 'rate', 'rate', 'le', 'le', 'growth', 'pp'];
    for (const sr of sheetOrder) {
      if (plants.length >= nPl) break;
      const cands = candidates(sr);
      if (!cands.length) continue;
      let tries = 0; let done = false;
      while (!done && tries++ < 30) {
        const want = pick(kindsW);
        const cs = cands.filter((c) => c.kind === want);
        if (!cs.length) continue;
        const c = pick(cs);
        const v = sr.values[c.cell];
        let nv;
        if (c.kind === 'le') { const w = sr.values[c.rel.whole]; nv = w + ri(1, Math.max(2, Math.ceil(w * 0.15))); }
        else nv = planValue(c.kind, v, c.rel, sr.values, book.ctx);
        if (nv === null || nv === v) continue;
        // the plant must break something
        const get = (a) => (a === c.cell ? nv : sr.values[a]);
        const breaks = sr.rels.filter((rel) => relCells(rel).includes(c.cell)).some((rel) => { const e = evalRel(rel, get); return e !== null && e > 0; });
        if (!breaks) continue;
        sr.ws.getCell(c.cell).value = nv;
        plants.push({ sheet: sr.name, cell: c.cell, was: v, now: nv, kind: c.kind });
        done = true;
      }
    }
    manifest.push({ file, plants });
    relOut[file] = Object.fromEntries(res.map((r) => [r.name, r.rels]));
    await wb.xlsx.writeFile(path.join(dir, file));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(OUT, 'rel', setName + '.json'), JSON.stringify(relOut));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(setName, n, 'files,', np, 'planted,', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}

module.exports = { evalRel, relCells };
if (require.main === module) {
  (async () => {
    const a = process.argv.slice(2);
    if (a.length) await genSet(a[0], +a[1] || 120, +a[2] || 1234, true);
    else { await genSet('cases', 45, 9701, false); await genSet('probe', 100, 9702, true); }
  })();
}
