// Generates village collective economy / cooperative statistics workbooks (cases/ and probe/),
// manifests and relation files. Run: NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------- rng ----------
let S = 1;
function R() { S |= 0; S = (S + 0x6d2b79f5) | 0; let t = Math.imul(S ^ (S >>> 15), 1 | S); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f; };
const r2 = (x) => rd(x, 2);
const sum = (a) => a.reduce((s, x) => s + x, 0);

// ---------- names ----------
const COUNTIES = ['青阳县', '安平县', '临川县', '宁远县', '永和县', '平山县', '汉阴县', '德安县', '武城县', '南溪县', '凤台县', '来安县', '泗水县', '新野县'];
const TOWNS = ['城关镇', '河口镇', '石桥镇', '马集镇', '高店乡', '龙泉镇', '白沙乡', '杨柳镇', '新集镇', '三河镇', '黄岗乡', '桃园镇', '青龙乡', '双庙镇', '丰乐镇', '金山乡', '古城镇', '梅林乡', '大兴镇', '长岭乡', '东城街道', '官庄镇', '柳林乡', '枣树镇'];
const SUR = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭'];
const SUF = ['庄', '家湾', '家', '集', '岗', '营', '寨', '楼', '店', '桥', '河', '坪', '洼', '堡', '沟', '口', '圩', '台', '湾'];
const NAT = ['大坪', '石门', '青山', '柳树', '新华', '红旗', '前进', '团结', '和平', '光明', '东风', '胜利', '金星', '龙湾', '桃花', '杏林', '双河', '三岔', '五里', '黄土', '白云', '清泉', '松林', '竹园', '梨园', '长安', '永兴', '兴隆', '太平', '富民'];
function villageNames(n, used) {
  const out = [];
  while (out.length < n) {
    const nm = chance(0.55) ? pick(SUR) + pick(SUF) : pick(NAT);
    const full = nm + (chance(0.06) ? '社区' : '村');
    if (used.has(full)) continue;
    used.add(full); out.push(full);
  }
  return out;
}

// ---------- model ----------
function cat(T) { return T === 0 ? 0 : T < 5 ? 1 : T < 10 ? 2 : T < 50 ? 3 : T < 100 ? 4 : 5; }
function splitParts(T, w) {
  const sw = sum(w);
  return w.map((x) => r2((T * x) / sw));
}
function makeVillage(name) {
  const u = R();
  let T;
  let empty = false;
  if (u < 0.015) empty = true;
  else if (u < 0.07) T = 0.5 + R() * 4.4;
  else if (u < 0.3) T = 5 + R() * 4.9;
  else if (u < 0.8) T = 10 + R() * 39.9;
  else if (u < 0.93) T = 50 + R() * 49.9;
  else T = 100 + R() * 300;
  let parts = [0, 0, 0, 0, 0];
  if (!empty) {
    const w = [chance(0.7) ? R() * 3 : 0, R() * 3, chance(0.4) ? R() * 1.5 : 0, R() * 2 + (T < 10 ? 2 : 0), chance(0.6) ? R() * 0.8 : 0];
    parts = splitParts(T, w);
  }
  T = r2(sum(parts));
  // previous year
  let prevParts = [0, 0, 0, 0, 0];
  let Tp;
  if (chance(0.03) || empty) { Tp = 0; } else {
    const g = -0.3 + R() * 0.8;
    Tp = T / (1 + g);
    const w = [chance(0.65) ? R() * 3 : 0, R() * 3, chance(0.35) ? R() * 1.5 : 0, R() * 2 + (Tp < 10 ? 2 : 0), chance(0.6) ? R() * 0.8 : 0];
    prevParts = splitParts(Tp, w);
  }
  Tp = r2(sum(prevParts));
  let T21 = Tp > 0 ? r2(Tp / (0.85 + R() * 0.8)) : (chance(0.5) ? 0 : r2(1 + R() * 6));
  if (empty && T21 === 0) T21 = 0;
  const poor = chance(0.2);
  return { name, T, parts, Tp, prevParts, T21, poor };
}
function makeCounty() {
  const name = pick(COUNTIES);
  const nT = ri(5, 11);
  const used = new Set();
  const towns = shuffle(TOWNS).slice(0, nT).map((tn) => {
    const nv = ri(4, 15);
    const villages = villageNames(nv, used).map(makeVillage);
    const n = ri(12, 130);
    const mem = n * ri(6, 35);
    const drv = Math.round(mem * (1.3 + R() * 2.5));
    let sfN = chance(0.2) ? ri(1, 2) : 0, sfP = ri(0, 4), sfC = ri(0, 7), sfX = ri(1, 12);
    while (sfN + sfP + sfC + sfX > n * 0.5) { if (sfX > 1) sfX--; else if (sfC) sfC--; else if (sfP) sfP--; else sfN--; }
    const cap = r2(n * (20 + R() * 180));
    const rev = r2(n * (10 + R() * 120));
    const ret = r2(rev * (0.04 + R() * 0.25));
    const lv = ri(0, nv);
    const pc = Math.min(n, lv + (lv ? ri(0, 3) : 0));
    const pmem = pc * ri(15, 120);
    const prev = r2(pc * (5 + R() * 60));
    const pinc = r2(pc * (0.5 + R() * 8));
    return { name: tn, villages, coop: { n, mem, drv, sfN, sfP, sfC, sfX, sfT: sfN + sfP + sfC + sfX, cap, rev, ret, lv, pc, pmem, prev, pinc } };
  });
  return { name, towns };
}
function townAgg(t) {
  const V = t.villages;
  const a = { cnt: V.length, T: r2(sum(V.map((v) => v.T))), Tp: r2(sum(V.map((v) => v.Tp))), T21: r2(sum(V.map((v) => v.T21))) };
  a.parts = [0, 1, 2, 3, 4].map((i) => r2(sum(V.map((v) => v.parts[i]))));
  a.prevParts = [0, 1, 2, 3, 4].map((i) => r2(sum(V.map((v) => v.prevParts[i]))));
  a.g = [0, 1, 2, 3, 4, 5].map((k) => V.filter((v) => cat(v.T) === k).length);
  a.gp = [0, 1, 2, 3, 4, 5].map((k) => V.filter((v) => cat(v.Tp) === k).length);
  a.poor = V.filter((v) => v.poor);
  return a;
}
function aggOf(list) { // combine aggregates
  const a = { cnt: sum(list.map((x) => x.cnt)), T: r2(sum(list.map((x) => x.T))), Tp: r2(sum(list.map((x) => x.Tp))), T21: r2(sum(list.map((x) => x.T21))) };
  a.parts = [0, 1, 2, 3, 4].map((i) => r2(sum(list.map((x) => x.parts[i]))));
  a.prevParts = [0, 1, 2, 3, 4].map((i) => r2(sum(list.map((x) => x.prevParts[i]))));
  a.g = [0, 1, 2, 3, 4, 5].map((k) => sum(list.map((x) => x.g[k])));
  a.gp = [0, 1, 2, 3, 4, 5].map((k) => sum(list.map((x) => x.gp[k])));
  return a;
}
function villageAgg(v) {
  return { cnt: 1, T: v.T, Tp: v.Tp, T21: v.T21, parts: v.parts, prevParts: v.prevParts, g: [0, 1, 2, 3, 4, 5].map((k) => (cat(v.T) === k ? 1 : 0)), gp: [0, 1, 2, 3, 4, 5].map((k) => (cat(v.Tp) === k ? 1 : 0)) };
}

// ---------- cells ----------
const M = (x, dp) => ({ v: rd(x, dp), h: dp < 2 ? 0.5 * Math.pow(10, -dp) : 0, dp, z: true }); // money with 2dp underlying
const Cn = (n) => ({ v: n, h: 0, dp: 0, z: true });
const Q = (x, dp) => ({ v: rd(x, dp), h: 0.5 * Math.pow(10, -dp), dp }); // computed ratio
const D = (x, dp, under) => ({ v: rd(x, dp), h: dp < under ? 0.5 * Math.pow(10, -dp) : 0, dp }); // difference
const Sx = (s) => ({ s });
const fmtOf = (dp) => (dp === 0 ? '0' : '0.' + '0'.repeat(dp));

// ---------- layout helpers ----------
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function yearDate() { return `2025年${ri(1, 3)}月${ri(1, 28)}日`; }

// sp: { name, title, pre:[str], meta:'a'|'b'|'c'|null, unitText, lead:[{key,path,w}], cols:[{key,path,w}],
//       colNo:bool, rows:[{id, lead:{key:val}, vals:{key:cell}, bold}], leadMerges:[{key, from, to}],
//       totalMerge:[ids whose lead label spans all lead cols], notes:[str], zero }
function writeSheet(wb, sp, ctx) {
  const ws = wb.addWorksheet(sp.name);
  const all = [...sp.lead, ...sp.cols];
  const ncol = all.length;
  const colIdx = {};
  all.forEach((c, i) => { colIdx[c.key] = i + 1; ws.getColumn(i + 1).width = c.w || 11; });
  let r = 1;
  for (const line of sp.pre || []) { ws.getCell(r, 1).value = line; r++; }
  if (sp.title) {
    ws.mergeCells(r, 1, r, ncol);
    const c = ws.getCell(r, 1); c.value = sp.title; c.font = { bold: true, size: 16, name: '宋体' }; c.alignment = { horizontal: 'center' };
    ws.getRow(r).height = 30; r++;
  }
  const unit = sp.unitText;
  if (sp.meta === 'a') {
    const half = Math.max(2, Math.floor(ncol / 2));
    ws.mergeCells(r, 1, r, half); ws.getCell(r, 1).value = `填报单位：${ctx.county}${pick(['农业农村局', '农村经营管理站', '农经站', '委组织部'])}（盖章）`;
    if (unit) { ws.getCell(r, ncol).value = unit; ws.getCell(r, ncol).alignment = { horizontal: 'right' }; }
    r++;
  } else if (sp.meta === 'b') {
    ws.mergeCells(r, 1, r, ncol);
    ws.getCell(r, 1).value = `填报单位：${ctx.county}农业农村局        填报日期：${yearDate()}        ${unit || ''}`;
    r++;
  } else if (sp.meta === 'c') {
    ws.getCell(r, 1).value = '填报单位：'; ws.getCell(r, 2).value = ctx.county + '农经站';
    if (ncol >= 6) { ws.getCell(r, ncol - 2).value = '填报日期：'; ws.getCell(r, ncol - 1).value = new Date(Date.UTC(2025, ri(0, 2), ri(1, 28))); ws.getCell(r, ncol - 1).numFmt = 'yyyy"年"m"月"d"日"'; }
    r++;
    if (unit) { ws.getCell(r, ncol).value = unit; ws.getCell(r, ncol).alignment = { horizontal: 'right' }; r++; }
  } else if (unit) {
    ws.getCell(r, ncol).value = unit; ws.getCell(r, ncol).alignment = { horizontal: 'right' }; r++;
  }
  // header
  const depth = Math.max(...all.map((c) => c.path.length));
  const h0 = r;
  for (let lev = 0; lev < depth; lev++) {
    let c = 0;
    while (c < all.length) {
      const p = all[c].path;
      if (lev >= p.length) { c++; continue; }
      const leaf = lev === p.length - 1;
      let e = c;
      if (!leaf) {
        while (e + 1 < all.length) {
          const q = all[e + 1].path;
          if (q.length > lev + 1 && q.slice(0, lev + 1).join('|') === p.slice(0, lev + 1).join('|')) e++; else break;
        }
      }
      const row = h0 + lev;
      if (leaf && depth - 1 > lev) ws.mergeCells(row, c + 1, h0 + depth - 1, c + 1);
      else if (e > c) ws.mergeCells(row, c + 1, row, e + 1);
      ws.getCell(row, c + 1).value = p[lev];
      c = e + 1;
    }
  }
  for (let rr = h0; rr < h0 + depth; rr++) for (let cc = 1; cc <= ncol; cc++) { const cell = ws.getCell(rr, cc); cell.font = { bold: true }; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cell.border = border; }
  r = h0 + depth;
  if (sp.colNo) {
    const letters = ['甲', '乙', '丙', '丁'];
    sp.lead.forEach((c, i) => { ws.getCell(r, i + 1).value = letters[i]; });
    sp.cols.forEach((c, i) => { ws.getCell(r, sp.lead.length + i + 1).value = i + 1; });
    for (let cc = 1; cc <= ncol; cc++) { ws.getCell(r, cc).alignment = { horizontal: 'center' }; ws.getCell(r, cc).border = border; }
    r++;
  }
  const rowNum = {};
  const cellObj = {};
  for (const row of sp.rows) {
    rowNum[row.id] = r;
    for (const c of sp.lead) {
      const v = row.lead[c.key];
      if (v !== undefined && v !== null) ws.getCell(r, colIdx[c.key]).value = v;
    }
    for (const c of sp.cols) {
      const o = row.vals[c.key];
      const cell = ws.getCell(r, colIdx[c.key]);
      if (!o) { }
      else if (o.s !== undefined) { cell.value = o.s; cell.alignment = { horizontal: o.s.length > 2 ? 'left' : 'center' }; }
      else if (o.v === 0 && o.z && sp.zero !== 0) { if (sp.zero !== '') cell.value = sp.zero; cell.alignment = { horizontal: 'center' }; }
      else { cell.value = o.v; cell.numFmt = fmtOf(o.dp); }
      if (o) cellObj[colL(colIdx[c.key]) + r] = o;
    }
    for (let cc = 1; cc <= ncol; cc++) { ws.getCell(r, cc).border = border; if (row.bold) ws.getCell(r, cc).font = { bold: true }; }
    if (row.mergeLead && sp.lead.length > 1) ws.mergeCells(r, 1, r, sp.lead.length);
    r++;
  }
  for (const m of sp.leadMerges || []) {
    const a = rowNum[m.from], b = rowNum[m.to];
    if (b > a) { ws.mergeCells(a, colIdx[m.key], b, colIdx[m.key]); ws.getCell(a, colIdx[m.key]).alignment = { vertical: 'middle', horizontal: 'center' }; }
  }
  for (const n of sp.notes || []) {
    ws.mergeCells(r, 1, r, ncol);
    ws.getCell(r, 1).value = n; ws.getCell(r, 1).alignment = { wrapText: false };
    r++;
  }
  const addr = (id, key) => { if (rowNum[id] === undefined || colIdx[key] === undefined) throw new Error('bad ref ' + id + ' ' + key + ' in ' + sp.name); return colL(colIdx[key]) + rowNum[id]; };
  return { ws, addr, cellObj };
}

// relation in ref terms -> address terms with tolerance
function mkRels(W, list) {
  const out = [];
  const ob = (a) => W.cellObj[a] || { v: 0, h: 0 };
  const isNum = (a) => { const o = W.cellObj[a]; return o && o.s === undefined; };
  const corner = (f, a, b) => { // max deviation of f over box
    const A = ob(a), B = ob(b); const base = f(A.v, B.v); let m = 0;
    for (const x of [A.v - A.h, A.v + A.h]) for (const y of [B.v - B.h, B.v + B.h]) { const val = f(x, y); if (!Number.isFinite(val)) return Infinity; m = Math.max(m, Math.abs(val - base)); }
    return m;
  };
  for (const q of list) {
    const A = (ref) => W.addr(ref[0], ref[1]);
    if (q.t === 'sum' || q.t === 'le') {
      const tot = A(q.t === 'sum' ? q.total : q.whole), parts = q.parts.map(A);
      if (![tot, ...parts].every((a) => W.cellObj[a] && (isNum(a) || W.cellObj[a].s === '-' || W.cellObj[a].s === '—'))) continue;
      const tol = ob(tot).h + sum(parts.map((a) => ob(a).h)) + 1e-6;
      out.push(q.t === 'sum' ? { t: 'sum', total: tot, parts, tol: +tol.toFixed(6) } : { t: 'le', whole: tot, parts, tol: +tol.toFixed(6) });
    } else if (q.t === 'rate') {
      const c = A(q.cell), n = A(q.num), d = A(q.den);
      if (!isNum(c) || !ob(d).v) continue;
      const tol = ob(c).h + corner((x, y) => (x / y) * q.k, n, d) + 1e-6;
      out.push({ t: 'rate', cell: c, num: n, den: d, k: q.k, tol: +tol.toFixed(6) });
    } else if (q.t === 'growth') {
      const c = A(q.cell), cu = A(q.cur), p = A(q.prev);
      if (!isNum(c) || !ob(p).v) continue;
      const tol = ob(c).h + corner((x, y) => (x / y - 1) * 100, cu, p) + 1e-6;
      out.push({ t: 'growth', cell: c, cur: cu, prev: p, tol: +tol.toFixed(6) });
    } else if (q.t === 'pp') {
      const c = A(q.cell), cu = A(q.cur), p = A(q.prev);
      if (!W.cellObj[c] || W.cellObj[c].s === '—') continue;
      const tol = ob(c).h + ob(cu).h + ob(p).h + 1e-6;
      out.push({ t: 'pp', cell: c, cur: cu, prev: p, tol: +tol.toFixed(6) });
    } else if (q.t === 'cagr') {
      const c = A(q.cell), e = A(q.end), s = A(q.start);
      if (!isNum(c) || !ob(s).v || !ob(e).v) continue;
      const tol = ob(c).h + corner((x, y) => (Math.pow(x / y, 1 / q.n) - 1) * 100, e, s) + 1e-6;
      out.push({ t: 'cagr', cell: c, end: e, start: s, n: q.n, tol: +tol.toFixed(6) });
    }
  }
  return out;
}

// ---------- common sheet options ----------
function commonOpts(ctx, title, unitText) {
  return {
    title: chance(0.92) ? title : null,
    pre: chance(0.2) ? [pick(['附表' + ri(1, 6), '表号：农经统' + ri(1, 9) + '表', '附件' + ri(1, 3)])] : [],
    meta: pick(['a', 'a', 'b', 'c', null, null]),
    unitText: chance(0.8) ? unitText : null,
    zero: pick(['-', '-', '—', '', 0]),
    colNo: chance(0.15),
  };
}
const totalLabel = () => pick(['合计', '全县', '总计', '全县合计', '合  计']);
const townHdr = () => pick(['乡镇', '乡镇（街道）', '单位', '乡镇名称', '单位名称']);
function notesFor(ctx, extra) {
  const ns = [];
  if (chance(0.65)) {
    ns.push(...extra.filter(() => chance(0.7)));
    if (chance(0.5)) ns.push('填表人：' + pick(SUR) + pick(['明', '华', '伟', '芳', '静', '强', '丽']) + '    审核人：' + pick(SUR) + pick(['军', '平', '敏', '洁']) + '    联系电话：0' + ri(550, 599) + '-' + ri(2000000, 8999999));
  }
  return ns;
}
function leadCols(seqNo, nameHdr, extra) {
  const l = [];
  if (seqNo) l.push({ key: 'seq', path: ['序号'], w: 6 });
  l.push({ key: 'name', path: [nameHdr], w: 12 });
  if (extra) l.push(...extra);
  return l;
}
const placeTotal = (first, totalRows, body) => (first ? [...totalRows, ...body] : [...body, ...totalRows]);

// ---------- sheet types ----------
const PART_NAMES = ['经营收入', '发包及上交收入', '投资收益', '补助收入', '其他收入'];
const PK = ['op', 'fb', 'inv', 'sub', 'oth'];

// T1: income composition by township
function T1(ctx) {
  const o = commonOpts(ctx, `${ctx.year}年${ctx.county}村级集体经济收入情况统计表`, pick(['单位：个、万元', '单位：个、万元、%', '金额单位：万元']));
  const dp = pick([2, 2, 1]), avgDp = pick([2, 1]), grDp = pick([1, 2]);
  const G = pick(['集体经济总收入（万元）', '村级集体经济收入', '集体经济收入']);
  const flatQ = chance(0.4);
  const withPrev = chance(0.55), grpPrev = chance(0.5);
  const seq = chance(0.6);
  const cols = [{ key: 'cnt', path: [pick(['村数（个）', '行政村数', '村（社区）数'])], w: 9 }, { key: 'tot', path: [G, pick(['合计', '总收入', '小计'])] }];
  PK.forEach((k, i) => cols.push({ key: k, path: flatQ ? [G, (i === 0 ? '其中：' : '') + PART_NAMES[i]] : [G, '其中', PART_NAMES[i]] }));
  cols.push({ key: 'avg', path: [pick(['村均收入（万元）', '村均集体收入', '村均'])] });
  if (withPrev) {
    if (grpPrev) cols.push({ key: 'prev', path: ['与上年比较', '上年收入'] }, { key: 'diff', path: ['与上年比较', '增减'] }, { key: 'gr', path: ['与上年比较', '增长（%）'] });
    else cols.push({ key: 'prev', path: [`${ctx.year - 1}年收入`] }, { key: 'gr', path: ['比上年增长（%）'] });
  }
  const mk = (id, lead, a, bold) => {
    const vals = { cnt: Cn(a.cnt), tot: M(a.T, dp), avg: Q(a.T / a.cnt, avgDp) };
    PK.forEach((k, i) => (vals[k] = M(a.parts[i], dp)));
    if (withPrev) { vals.prev = M(a.Tp, dp); vals.diff = D(a.T - a.Tp, dp, 2); vals.gr = a.Tp > 0 ? Q((a.T / a.Tp - 1) * 100, grDp) : Sx('—'); }
    return { id, lead, vals, bold };
  };
  const towns = ctx.towns.map((t, i) => mk('t' + i, { seq: i + 1, name: t.name }, t.agg));
  const first = chance(0.5);
  const tot = mk('T', { seq: seq && chance(0.5) ? null : undefined, name: totalLabel() }, ctx.all, true);
  const sp = { ...o, name: ctx.sheetName(['集体经济收入', '表1 收入情况', '收入构成', '村集体收入']), lead: leadCols(seq, townHdr()), cols, rows: placeTotal(first, [tot], towns), notes: notesFor(ctx, ['注：1.集体经济收入口径按农业农村部农村集体经济组织财务会计制度执行。', '2.村均收入=集体经济总收入÷村数。', '3.“-”表示无该项收入。']) };
  if (seq && chance(0.5)) { tot.mergeLead = true; tot.lead = { seq: tot.lead.name }; }
  const rels = [];
  for (const row of sp.rows) {
    rels.push({ t: 'sum', total: [row.id, 'tot'], parts: PK.map((k) => [row.id, k]) });
    rels.push({ t: 'rate', cell: [row.id, 'avg'], num: [row.id, 'tot'], den: [row.id, 'cnt'], k: 1 });
    if (withPrev) { rels.push({ t: 'growth', cell: [row.id, 'gr'], cur: [row.id, 'tot'], prev: [row.id, 'prev'] }); if (grpPrev) rels.push({ t: 'pp', cell: [row.id, 'diff'], cur: [row.id, 'tot'], prev: [row.id, 'prev'] }); }
  }
  for (const k of ['cnt', 'tot', ...PK, ...(withPrev ? ['prev'] : []), ...(withPrev && grpPrev ? ['diff'] : [])]) rels.push({ t: 'sum', total: ['T', k], parts: towns.map((t) => [t.id, k]) });
  return { sp, rels };
}

// T2: income grouping by township
const GROUP_LABELS = [['无收入村', '空壳村', '无收入（空壳村）'], ['5万元以下', '0-5万元', '5万元以下（不含0）'], ['5-10万元', '5万-10万元'], ['10-50万元', '10万-50万元'], ['50-100万元', '50万-100万元'], ['100万元以上', '100万元及以上']];
function T2(ctx) {
  const o = commonOpts(ctx, `${ctx.county}村级集体经济收入分组情况表（${ctx.year}年）`, pick(['单位：个、%', '单位：个']));
  const G = pick(['按收入分组（个）', '集体经济收入分组', '其中：按年收入分']);
  const withBig = chance(0.6), withEs = chance(0.35), shDp = pick([1, 2]);
  const seq = chance(0.5);
  const cols = [{ key: 'cnt', path: [pick(['村数', '行政村总数（个）', '村（社区）数'])] }];
  GROUP_LABELS.forEach((ls, i) => cols.push({ key: 'g' + i, path: [G, pick(ls)] }));
  if (withBig) cols.push({ key: 'big', path: ['10万元以上村', '个数'] }, { key: 'bsh', path: ['10万元以上村', '占比（%）'] });
  if (withEs) cols.push({ key: 'esh', path: [pick(['空壳村占比（%）', '空壳村比例'])] });
  const mk = (id, lead, a, bold) => {
    const vals = { cnt: Cn(a.cnt) };
    a.g.forEach((x, i) => (vals['g' + i] = Cn(x)));
    if (withBig) { const b = a.g[3] + a.g[4] + a.g[5]; vals.big = Cn(b); vals.bsh = a.cnt ? Q((b / a.cnt) * 100, shDp) : Sx('-'); }
    if (withEs) vals.esh = a.cnt ? Q((a.g[0] / a.cnt) * 100, shDp) : Sx('-');
    return { id, lead, vals, bold };
  };
  const towns = ctx.towns.map((t, i) => mk('t' + i, { seq: i + 1, name: t.name }, t.agg));
  const tot = mk('T', { name: totalLabel() }, ctx.all, true);
  const sub = [];
  if (chance(0.45)) {
    const pv = ctx.towns.flatMap((t) => t.villages.filter((v) => v.poor));
    sub.push(mk('P', { name: pick(['其中：脱贫村', '  其中：脱贫村', '其中:原贫困村']) }, aggOf(pv.map(villageAgg))));
    if (chance(0.4)) { const rv = ctx.towns.flatMap((t) => t.villages.filter((v) => !v.poor && v.T < 30)); sub.push(mk('Q', { name: '      重点帮扶村' }, aggOf(rv.map(villageAgg)))); }
  }
  const first = sub.length ? true : chance(0.5);
  const sp = { ...o, name: ctx.sheetName(['收入分组', '表2 分组情况', '分组', '空壳村情况']), lead: leadCols(seq, townHdr()), cols, rows: placeTotal(first, [tot, ...sub], towns), notes: notesFor(ctx, ['注：收入分组按当年村级集体经济总收入划分，下限含、上限不含。', '“10万元以上村”含10万元。']) };
  const rels = [];
  for (const row of sp.rows) {
    rels.push({ t: 'sum', total: [row.id, 'cnt'], parts: [0, 1, 2, 3, 4, 5].map((i) => [row.id, 'g' + i]) });
    if (withBig) { rels.push({ t: 'sum', total: [row.id, 'big'], parts: [[row.id, 'g3'], [row.id, 'g4'], [row.id, 'g5']] }); rels.push({ t: 'rate', cell: [row.id, 'bsh'], num: [row.id, 'big'], den: [row.id, 'cnt'], k: 100 }); }
    if (withEs) rels.push({ t: 'rate', cell: [row.id, 'esh'], num: [row.id, 'g0'], den: [row.id, 'cnt'], k: 100 });
  }
  const ck = ['cnt', 'g0', 'g1', 'g2', 'g3', 'g4', 'g5', ...(withBig ? ['big'] : [])];
  for (const k of ck) { rels.push({ t: 'sum', total: ['T', k], parts: towns.map((t) => [t.id, k]) }); for (const s of sub) rels.push({ t: 'le', whole: ['T', k], parts: [[s.id, k]] }); }
  return { sp, rels };
}

function bandText(T) { return ['空壳村', '5万元以下', '5-10万元', '10-50万元', '50-100万元', '100万元以上'][cat(T)]; }

// T3: flat village list with township column
function T3(ctx) {
  const o = commonOpts(ctx, `${ctx.county}${ctx.year}年度各村集体经济收入明细表`, pick(['单位：万元', '单位：万元、%', '金额单位：万元']));
  const withPrev = chance(0.6), withDiff = withPrev && chance(0.6), grDp = pick([1, 2]);
  const partsSet = chance(0.7) ? PK : ['op', 'fb', 'sub', 'oth'];
  const withBand = chance(0.45), withRemark = chance(0.3);
  const townMode = pick(['repeat', 'merge', 'first']);
  const totalMode = pick(['first', 'last', 'last', 'none']);
  const G = pick(['集体经济收入', `${ctx.year}年集体经济收入（万元）`, '村集体经济收入']);
  const cols = [{ key: 'tot', path: [G, '合计'] }];
  partsSet.forEach((k) => { const i = PK.indexOf(k); cols.push({ key: k, path: [G, PART_NAMES[i] + (k === 'oth' && partsSet.length === 4 ? '（含投资收益）' : '')] }); });
  if (withPrev) { cols.push({ key: 'prev', path: [`${ctx.year - 1}年收入（万元）`] }); if (withDiff) cols.push({ key: 'diff', path: ['增减（万元）'] }); cols.push({ key: 'gr', path: ['增长（%）'] }); }
  if (withBand) cols.push({ key: 'band', path: ['收入档次'], w: 12 });
  if (withRemark) cols.push({ key: 'rem', path: ['备注'], w: 10 });
  const mkVals = (a, v) => {
    const parts = a.parts.slice();
    if (partsSet.length === 4) parts[4] = r2(parts[4] + parts[2]);
    const vals = { tot: M(a.T, 2) };
    partsSet.forEach((k) => (vals[k] = M(parts[PK.indexOf(k)], 2)));
    if (withPrev) { vals.prev = M(a.Tp, 2); if (withDiff) vals.diff = D(a.T - a.Tp, 2, 2); vals.gr = a.Tp > 0 ? Q((a.T / a.Tp - 1) * 100, grDp) : Sx(a.T > 0 ? '新增' : '-'); if (a.Tp === 0) vals.gr = Sx(a.T > 0 ? pick(['—', '新增']) : '—'); }
    if (withBand && v) vals.band = Sx(bandText(a.T));
    if (withRemark && v) { const t = a.T === 0 ? '空壳村' : v.poor ? '脱贫村' : ''; if (t) vals.rem = Sx(t); }
    return vals;
  };
  const body = [], merges = [];
  let k = 0;
  ctx.towns.forEach((t, ti) => {
    const startId = 'v' + k;
    t.villages.forEach((v, vi) => {
      const lead = { seq: k + 1, town: townMode === 'repeat' || vi === 0 ? t.name : undefined, name: v.name };
      body.push({ id: 'v' + k, lead, vals: mkVals(villageAgg(v), v) });
      k++;
    });
    if (townMode === 'merge') merges.push({ key: 'town', from: startId, to: 'v' + (k - 1) });
  });
  const rows = body.slice();
  const tot = { id: 'T', lead: { seq: totalLabel() }, vals: mkVals(ctx.all), bold: true, mergeLead: true };
  if (totalMode === 'first') rows.unshift(tot); else if (totalMode === 'last') rows.push(tot);
  const lead = [{ key: 'seq', path: ['序号'], w: 6 }, { key: 'town', path: [pick(['乡镇', '所属乡镇', '乡镇（街道）'])], w: 10 }, { key: 'name', path: [pick(['村名', '村（社区）名称', '村'])], w: 12 }];
  const sp = { ...o, name: ctx.sheetName(['村级明细', '各村收入', '明细表', '村集体经济收入明细']), lead, cols, rows, leadMerges: merges, notes: notesFor(ctx, ['注：本表按村（社区）逐一填列。', '“新增”指上年无收入的村。']) };
  const rels = [];
  for (const row of rows) {
    rels.push({ t: 'sum', total: [row.id, 'tot'], parts: partsSet.map((x) => [row.id, x]) });
    if (withPrev) { rels.push({ t: 'growth', cell: [row.id, 'gr'], cur: [row.id, 'tot'], prev: [row.id, 'prev'] }); if (withDiff) rels.push({ t: 'pp', cell: [row.id, 'diff'], cur: [row.id, 'tot'], prev: [row.id, 'prev'] }); }
  }
  if (totalMode !== 'none') for (const c of ['tot', ...partsSet, ...(withPrev ? ['prev'] : []), ...(withDiff ? ['diff'] : [])]) rels.push({ t: 'sum', total: ['T', c], parts: body.map((b) => [b.id, c]) });
  return { sp, rels };
}

// T4: village list with township subtotals
function T4(ctx) {
  const o = commonOpts(ctx, `${ctx.year}年${ctx.county}村级集体经济发展情况统计表`, pick(['单位：个、万元', '单位：万元', '单位：万元、%']));
  const withPrev = chance(0.5), grDp = pick([1, 2]);
  const subPos = pick(['before', 'before', 'after']);
  const lbl = pick(['town', 'xiaoji', 'townxiaoji']);
  const G = pick(['集体经济总收入', '村集体经济收入（万元）']);
  const cols = [{ key: 'tot', path: [G, '合计'] }];
  PK.forEach((k, i) => cols.push({ key: k, path: [G, '其中', PART_NAMES[i]] }));
  if (withPrev) cols.push({ key: 'prev', path: ['上年同期'] }, { key: 'gr', path: ['同比增长（%）'] });
  const mkVals = (a) => {
    const vals = { tot: M(a.T, 2) };
    PK.forEach((k, i) => (vals[k] = M(a.parts[i], 2)));
    if (withPrev) { vals.prev = M(a.Tp, 2); vals.gr = a.Tp > 0 ? Q((a.T / a.Tp - 1) * 100, grDp) : Sx('—'); }
    return vals;
  };
  const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  const rows = [{ id: 'T', lead: { seq: '', town: totalLabel(), name: '' }, vals: mkVals(ctx.all), bold: true }];
  const subs = [];
  ctx.towns.forEach((t, ti) => {
    const sid = 's' + ti;
    const slead = lbl === 'town' ? { seq: CN[ti], town: t.name } : lbl === 'xiaoji' ? { seq: CN[ti], town: t.name, name: '小计' } : { seq: CN[ti], name: t.name + '小计' };
    const srow = { id: sid, lead: slead, vals: mkVals(t.agg), bold: true };
    const vrows = t.villages.map((v, vi) => ({ id: sid + 'v' + vi, lead: { seq: vi + 1, town: lbl === 'townxiaoji' ? t.name : undefined, name: v.name }, vals: mkVals(villageAgg(v)) }));
    if (subPos === 'before') rows.push(srow, ...vrows); else rows.push(...vrows, { ...srow, lead: { seq: '', town: t.name, name: '小计' } });
    subs.push({ sid, vids: vrows.map((x) => x.id) });
  });
  const lead = [{ key: 'seq', path: ['序号'], w: 6 }, { key: 'town', path: ['乡镇'], w: 10 }, { key: 'name', path: ['村名'], w: 14 }];
  const sp = { ...o, name: ctx.sheetName(['分乡镇明细', '村级汇总', '表3', '各乡镇各村']), lead, cols, rows, notes: notesFor(ctx, ['注：乡镇小计为所辖各村合计数。']) };
  const rels = [];
  for (const row of rows) {
    rels.push({ t: 'sum', total: [row.id, 'tot'], parts: PK.map((x) => [row.id, x]) });
    if (withPrev) rels.push({ t: 'growth', cell: [row.id, 'gr'], cur: [row.id, 'tot'], prev: [row.id, 'prev'] });
  }
  for (const c of ['tot', ...PK, ...(withPrev ? ['prev'] : [])]) {
    rels.push({ t: 'sum', total: ['T', c], parts: subs.map((s) => [s.sid, c]) });
    for (const s of subs) rels.push({ t: 'sum', total: [s.sid, c], parts: s.vids.map((v) => [v, c]) });
  }
  return { sp, rels };
}

// T5: cooperatives by township
function T5(ctx) {
  const o = commonOpts(ctx, `${ctx.county}农民专业合作社发展情况统计表（截至${ctx.year}年底）`, pick(['单位：个、户、万元', '单位：个、户、万元、%']));
  const dp = pick([2, 1, 2]);
  const withDrv = chance(0.6), withParty = chance(0.5), shDp = pick([1, 2]);
  const seq = chance(0.5);
  const sfG = pick(['示范社（个）', '各级示范社', '其中：示范社']);
  const cols = [{ key: 'n', path: [pick(['合作社数（个）', '合作社总数', '农民专业合作社数'])] }, { key: 'mem', path: [pick(['成员数（户）', '成员总数', '入社成员（户）'])] }];
  if (withDrv) cols.push({ key: 'drv', path: [pick(['带动农户数（户）', '带动非成员农户'])] });
  cols.push({ key: 'sfT', path: [sfG, '合计'] }, { key: 'sfN', path: [sfG, '国家级'] }, { key: 'sfP', path: [sfG, '省级'] }, { key: 'sfC', path: [sfG, '市级'] }, { key: 'sfX', path: [sfG, '县级'] });
  cols.push({ key: 'cap', path: ['出资总额（万元）'] }, { key: 'rev', path: ['经营收入（万元）'] }, { key: 'ret', path: [pick(['盈余返还（万元）', '可分配盈余返还'])] });
  if (withParty) cols.push({ key: 'pc', path: ['党支部领办', '个数'] }, { key: 'psh', path: ['党支部领办', '占比（%）'] });
  const mk = (id, lead, c, bold) => {
    const vals = { n: Cn(c.n), mem: Cn(c.mem), sfT: Cn(c.sfT), sfN: Cn(c.sfN), sfP: Cn(c.sfP), sfC: Cn(c.sfC), sfX: Cn(c.sfX), cap: M(c.cap, dp), rev: M(c.rev, dp), ret: M(c.ret, dp) };
    if (withDrv) vals.drv = Cn(c.drv);
    if (withParty) { vals.pc = Cn(c.pc); vals.psh = Q((c.pc / c.n) * 100, shDp); }
    return { id, lead, vals, bold };
  };
  const towns = ctx.towns.map((t, i) => mk('t' + i, { seq: i + 1, name: t.name }, t.coop));
  const tot = mk('T', { name: totalLabel() }, ctx.coopAll, true);
  const sp = { ...o, name: ctx.sheetName(['合作社', '农民专业合作社', '表4 合作社', '合作社情况']), lead: leadCols(seq, townHdr()), cols, rows: placeTotal(chance(0.5), [tot], towns), notes: notesFor(ctx, ['注：1.合作社数为在市场监管部门登记且正常运营的农民专业合作社。', '2.示范社按认定级别分别统计，不重复计算。', '3.盈余返还指按交易量（额）返还成员的盈余。']) };
  const rels = [];
  for (const row of sp.rows) {
    rels.push({ t: 'sum', total: [row.id, 'sfT'], parts: ['sfN', 'sfP', 'sfC', 'sfX'].map((k) => [row.id, k]) });
    rels.push({ t: 'le', whole: [row.id, 'n'], parts: [[row.id, 'sfT']] });
    rels.push({ t: 'le', whole: [row.id, 'rev'], parts: [[row.id, 'ret']] });
    if (withParty) { rels.push({ t: 'le', whole: [row.id, 'n'], parts: [[row.id, 'pc']] }); rels.push({ t: 'rate', cell: [row.id, 'psh'], num: [row.id, 'pc'], den: [row.id, 'n'], k: 100 }); }
  }
  for (const k of ['n', 'mem', ...(withDrv ? ['drv'] : []), 'sfT', 'sfN', 'sfP', 'sfC', 'sfX', 'cap', 'rev', 'ret', ...(withParty ? ['pc'] : [])]) rels.push({ t: 'sum', total: ['T', k], parts: towns.map((t) => [t.id, k]) });
  return { sp, rels };
}

// T6: cooperatives by industry (with 其中 rows)
function T6(ctx) {
  const o = commonOpts(ctx, `${ctx.county}农民专业合作社分行业情况表`, pick(['单位：个、户、万元', '单位：个、万元']));
  const dp = pick([2, 1]);
  const I = ctx.ind;
  const lab = chance(0.5) ? { T: '合计', pl: '一、种植业', gr: '    其中：粮食', an: '二、畜牧业', fi: '三、渔业', fo: '四、林业', sv: '五、服务业', mc: '    其中：农机服务', ot: '六、其他' } : { T: '总计', pl: '1.种植业', gr: '其中：粮食产业', an: '2.畜牧业', fi: '3.渔业', fo: '4.林业', sv: '5.服务业', mc: '其中：农机', ot: '6.其他' };
  const ids = ['T', 'pl', 'gr', 'an', 'fi', 'fo', 'sv', 'mc', 'ot'];
  const cols = [{ key: 'n', path: ['合作社数（个）'] }, { key: 'mem', path: ['成员数（户）'] }, { key: 'sf', path: ['其中：县级以上示范社（个）'] }, { key: 'rev', path: ['经营收入（万元）'] }, { key: 'ret', path: ['盈余返还（万元）'] }];
  const rows = ids.map((id) => ({ id, lead: { name: lab[id] }, vals: { n: Cn(I[id].n), mem: Cn(I[id].mem), sf: Cn(I[id].sf), rev: M(I[id].rev, dp), ret: M(I[id].ret, dp) }, bold: id === 'T' }));
  const sp = { ...o, name: ctx.sheetName(['分行业', '合作社分行业', '表5']), lead: [{ key: 'name', path: [pick(['行业', '项目', '指标'])], w: 18 }], cols, rows, notes: notesFor(ctx, ['注：按合作社主营业务划分行业，“其中”项不参与合计。']) };
  const rels = [];
  const main = ['pl', 'an', 'fi', 'fo', 'sv', 'ot'];
  for (const k of ['n', 'mem', 'sf', 'rev', 'ret']) {
    rels.push({ t: 'sum', total: ['T', k], parts: main.map((m) => [m, k]) });
    rels.push({ t: 'le', whole: ['pl', k], parts: [['gr', k]] });
    rels.push({ t: 'le', whole: ['sv', k], parts: [['mc', k]] });
  }
  for (const id of ids) { rels.push({ t: 'le', whole: [id, 'n'], parts: [[id, 'sf']] }); rels.push({ t: 'le', whole: [id, 'rev'], parts: [[id, 'ret']] }); }
  return { sp, rels };
}

// T7: year-on-year indicators
function T7(ctx) {
  const y = ctx.year;
  const o = commonOpts(ctx, `${ctx.county}农村集体经济和农民合作社主要指标对比表`, null);
  const dp = pick([2, 1]), avgDp = pick([2, 1]), grDp = pick([1, 2]);
  const A = ctx.all, C = ctx.coopAll, P = ctx.coopPrev;
  const big = (g) => g[3] + g[4] + g[5];
  const L = chance(0.5);
  const def = [
    ['cnt', L ? '一、行政村数' : '村数', '个', 'c', A.cnt, A.cnt],
    ['emp', L ? '    其中：空壳村' : '其中：无收入村', '个', 'c', A.gp[0], A.g[0]],
    ['inc', L ? '二、村级集体经济总收入' : '集体经济总收入', '万元', 'm', A.Tp, A.T],
    ...PK.map((k, i) => [k, (L ? `    ${i + 1}.` : '  ') + PART_NAMES[i], '万元', 'm', A.prevParts[i], A.parts[i]]),
    ['avg', L ? '三、村均集体经济收入' : '村均收入', '万元', 'avg', A.Tp / A.cnt, A.T / A.cnt],
    ['b10', L ? '四、年收入10万元以上村' : '收入10万元以上的村', '个', 'c', big(A.gp), big(A.g)],
    ['s10', '    占比', '%', 'sh', (big(A.gp) / A.cnt) * 100, (big(A.g) / A.cnt) * 100],
    ['co', L ? '五、农民专业合作社' : '农民专业合作社数', '个', 'c', P.n, C.n],
    ['sf', '    其中：示范社', '个', 'c', P.sfT, C.sfT],
    ['mem', '    成员数', '户', 'c', P.mem, C.mem],
    ['pc', L ? '六、党支部领办合作社' : '党支部领办合作社', '个', 'c', P.pc, C.pc],
  ];
  const cols = [{ key: 'y0', path: [`${y - 1}年`] }, { key: 'y1', path: [`${y}年`] }, { key: 'diff', path: [pick(['增减', '增减量', '比上年增减'])] }, { key: 'gr', path: [pick(['增长（%）', '增幅%', '增减幅度（%）'])] }];
  if (chance(0.4)) cols.forEach((c) => { if (c.key === 'diff' || c.key === 'gr') c.path = ['同比', c.key === 'diff' ? '增减' : '增长%']; });
  const rows = def.map(([id, label, unit, kind, v0, v1]) => {
    let c0, c1, d, g;
    if (kind === 'c') { c0 = Cn(v0); c1 = Cn(v1); d = D(v1 - v0, 0, 0); }
    else if (kind === 'm') { c0 = M(v0, dp); c1 = M(v1, dp); d = D(v1 - v0, dp, 2); }
    else if (kind === 'avg') { c0 = Q(v0, avgDp); c1 = Q(v1, avgDp); d = Q(v1 - v0, avgDp); }
    else { c0 = Q(v0, 1); c1 = Q(v1, 1); d = Q(v1 - v0, 1); }
    d.z = false; c0.z = c1.z = false;
    g = kind === 'sh' ? Sx('—') : v0 > 0 ? Q((v1 / v0 - 1) * 100, grDp) : Sx('—');
    return { id, kind, lead: { name: label, unit }, vals: { y0: c0, y1: c1, diff: d, gr: g } };
  });
  const sp = { ...o, name: ctx.sheetName(['同比', '主要指标对比', '年度对比', '两年对比']), lead: [{ key: 'name', path: ['指标'], w: 24 }, { key: 'unit', path: ['计量单位'], w: 8 }], cols, rows, notes: notesFor(ctx, ['注：增长率按未取整数据计算。', '占比增减为百分点。']) };
  const rels = [];
  for (const r of rows) {
    rels.push({ t: 'pp', cell: [r.id, 'diff'], cur: [r.id, 'y1'], prev: [r.id, 'y0'] });
    rels.push({ t: 'growth', cell: [r.id, 'gr'], cur: [r.id, 'y1'], prev: [r.id, 'y0'] });
  }
  for (const c of ['y0', 'y1', 'diff']) rels.push({ t: 'sum', total: ['inc', c], parts: PK.map((k) => [k, c]) });
  for (const c of ['y0', 'y1']) {
    rels.push({ t: 'rate', cell: ['avg', c], num: ['inc', c], den: ['cnt', c], k: 1 });
    rels.push({ t: 'rate', cell: ['s10', c], num: ['b10', c], den: ['cnt', c], k: 100 });
    rels.push({ t: 'le', whole: ['cnt', c], parts: [['emp', c]] });
    rels.push({ t: 'le', whole: ['cnt', c], parts: [['b10', c]] });
    rels.push({ t: 'le', whole: ['co', c], parts: [['sf', c]] });
    rels.push({ t: 'le', whole: ['co', c], parts: [['pc', c]] });
  }
  return { sp, rels };
}

// T8: party-branch-led cooperatives by township
function T8(ctx) {
  const o = commonOpts(ctx, `${ctx.county}村党组织领办合作社情况统计表`, pick(['单位：个、户、万元、%', '单位：个、%、万元']));
  const dp = pick([2, 1]), shDp = pick([1, 2]);
  const seq = chance(0.6);
  const cols = [{ key: 'cnt', path: ['行政村数（个）'] }, { key: 'lv', path: ['党支部领办合作社的村', '村数'] }, { key: 'cov', path: ['党支部领办合作社的村', '覆盖率（%）'] }, { key: 'pc', path: ['领办合作社数（个）'] }, { key: 'pmem', path: ['入社农户（户）'] }, { key: 'prev', path: ['合作社经营收入（万元）'] }, { key: 'pinc', path: ['带动村集体增收（万元）'] }];
  const mk = (id, lead, c, cnt, bold) => ({ id, lead, bold, vals: { cnt: Cn(cnt), lv: Cn(c.lv), cov: Q((c.lv / cnt) * 100, shDp), pc: Cn(c.pc), pmem: Cn(c.pmem), prev: M(c.prev, dp), pinc: M(c.pinc, dp) } });
  const towns = ctx.towns.map((t, i) => mk('t' + i, { seq: i + 1, name: t.name }, t.coop, t.villages.length));
  const tot = mk('T', { name: totalLabel() }, ctx.coopAll, ctx.all.cnt, true);
  const sp = { ...o, name: ctx.sheetName(['党支部领办', '党组织领办合作社', '领办情况']), lead: leadCols(seq, townHdr()), cols, rows: placeTotal(chance(0.5), [tot], towns), notes: notesFor(ctx, ['注：覆盖率=党支部领办合作社的村数÷行政村数×100%。', '由组织部、农业农村局联合统计。']) };
  const rels = [];
  for (const r of sp.rows) {
    rels.push({ t: 'rate', cell: [r.id, 'cov'], num: [r.id, 'lv'], den: [r.id, 'cnt'], k: 100 });
    rels.push({ t: 'le', whole: [r.id, 'cnt'], parts: [[r.id, 'lv']] });
    rels.push({ t: 'le', whole: [r.id, 'pc'], parts: [[r.id, 'lv']] });
  }
  for (const k of ['cnt', 'lv', 'pc', 'pmem', 'prev', 'pinc']) rels.push({ t: 'sum', total: ['T', k], parts: towns.map((t) => [t.id, k]) });
  return { sp, rels };
}

// T9: multi-year totals by township (growth, cagr)
function T9(ctx) {
  const y = ctx.year;
  const o = commonOpts(ctx, `${ctx.county}各乡镇村级集体经济收入增长情况`, pick(['单位：万元、%', '单位：万元']));
  const dp = pick([2, 1, 1]), grDp = pick([1, 2]), cgDp = pick([1, 2]);
  const seq = chance(0.5);
  const G = pick(['集体经济收入（万元）', '村级集体经济总收入']);
  const cols = [{ key: 'y21', path: [G, `${y - 3}年`] }, { key: 'y23', path: [G, `${y - 1}年`] }, { key: 'y24', path: [G, `${y}年`] }, { key: 'diff', path: [`${y}年比${y - 1}年`, '增减'] }, { key: 'gr', path: [`${y}年比${y - 1}年`, '增长（%）'] }, { key: 'cg', path: [`${y - 3}-${y}年年均增长（%）`] }];
  const mk = (id, lead, a, bold) => ({ id, lead, bold, vals: { y21: M(a.T21, dp), y23: M(a.Tp, dp), y24: M(a.T, dp), diff: D(a.T - a.Tp, dp, 2), gr: a.Tp > 0 ? Q((a.T / a.Tp - 1) * 100, grDp) : Sx('—'), cg: a.T21 > 0 && a.T > 0 ? Q((Math.pow(a.T / a.T21, 1 / 3) - 1) * 100, cgDp) : Sx('—') } });
  const towns = ctx.towns.map((t, i) => mk('t' + i, { seq: i + 1, name: t.name }, t.agg));
  const tot = mk('T', { name: totalLabel() }, ctx.all, true);
  const sp = { ...o, name: ctx.sheetName(['增长情况', '三年对比', '收入增长']), lead: leadCols(seq, townHdr()), cols, rows: placeTotal(chance(0.5), [tot], towns), notes: notesFor(ctx, [`注：年均增长率以${y - 3}年为基期计算。`]) };
  const rels = [];
  for (const r of sp.rows) {
    rels.push({ t: 'pp', cell: [r.id, 'diff'], cur: [r.id, 'y24'], prev: [r.id, 'y23'] });
    rels.push({ t: 'growth', cell: [r.id, 'gr'], cur: [r.id, 'y24'], prev: [r.id, 'y23'] });
    rels.push({ t: 'cagr', cell: [r.id, 'cg'], end: [r.id, 'y24'], start: [r.id, 'y21'], n: 3 });
  }
  for (const k of ['y21', 'y23', 'y24', 'diff']) rels.push({ t: 'sum', total: ['T', k], parts: towns.map((t) => [t.id, k]) });
  return { sp, rels };
}

// T10: weak villages (<10万) by township
function T10(ctx) {
  const y = ctx.year;
  const o = commonOpts(ctx, `${ctx.county}集体经济薄弱村消薄情况表`, pick(['单位：个、%', '单位：个']));
  const shDp = pick([1, 2]);
  const seq = chance(0.5);
  const G = pick(['年收入10万元以下村（个）', '薄弱村数（个）']);
  const withE = chance(0.5);
  const cols = [{ key: 'cnt', path: ['村数（个）'] }, { key: 'w0', path: [G, `${y - 1}年`] }, { key: 'w1', path: [G, `${y}年`] }, { key: 'dec', path: [G, pick(['减少', '消薄数'])] }];
  if (withE) cols.push({ key: 'e1', path: [`其中：${y}年空壳村`] });
  cols.push({ key: 'sh', path: [`${y}年薄弱村占比（%）`] });
  const weak = (g) => g[0] + g[1] + g[2];
  const mk = (id, lead, a, bold) => ({ id, lead, bold, vals: { cnt: Cn(a.cnt), w0: Cn(weak(a.gp)), w1: Cn(weak(a.g)), dec: { ...Cn(weak(a.gp) - weak(a.g)), z: false }, e1: Cn(a.g[0]), sh: Q((weak(a.g) / a.cnt) * 100, shDp) } });
  const towns = ctx.towns.map((t, i) => mk('t' + i, { seq: i + 1, name: t.name }, t.agg));
  const tot = mk('T', { name: totalLabel() }, ctx.all, true);
  const sp = { ...o, name: ctx.sheetName(['消薄情况', '薄弱村', '空壳薄弱村']), lead: leadCols(seq, townHdr()), cols, rows: placeTotal(chance(0.5), [tot], towns), notes: notesFor(ctx, ['注：薄弱村指当年集体经济收入低于10万元的村（含空壳村）。', '减少数为负表示增加。']) };
  const rels = [];
  for (const r of sp.rows) {
    rels.push({ t: 'pp', cell: [r.id, 'dec'], cur: [r.id, 'w0'], prev: [r.id, 'w1'] });
    rels.push({ t: 'rate', cell: [r.id, 'sh'], num: [r.id, 'w1'], den: [r.id, 'cnt'], k: 100 });
    rels.push({ t: 'le', whole: [r.id, 'cnt'], parts: [[r.id, 'w1']] });
    if (withE) rels.push({ t: 'le', whole: [r.id, 'w1'], parts: [[r.id, 'e1']] });
  }
  for (const k of ['cnt', 'w0', 'w1', 'dec', ...(withE ? ['e1'] : [])]) rels.push({ t: 'sum', total: ['T', k], parts: towns.map((t) => [t.id, k]) });
  return { sp, rels };
}

const TYPES = { T1, T2, T3, T4, T5, T6, T7, T8, T9, T10 };

// ---------- context ----------
function splitInt(n, w) {
  const sw = sum(w); const a = w.map((x) => Math.floor((n * x) / sw)); let rem = n - sum(a); let i = 0;
  while (rem > 0) { a[i % a.length]++; rem--; i++; }
  return a;
}
function splitMoney(tot, w) {
  const sw = sum(w); const a = w.map((x) => r2((tot * x) / sw)); a[0] = r2(tot - sum(a.slice(1))); return a;
}
function makeCtx() {
  const c = makeCounty();
  c.towns.forEach((t) => (t.agg = townAgg(t)));
  const all = aggOf(c.towns.map((t) => t.agg));
  const keys = ['n', 'mem', 'drv', 'sfN', 'sfP', 'sfC', 'sfX', 'sfT', 'lv', 'pc', 'pmem'];
  const coopAll = {};
  keys.forEach((k) => (coopAll[k] = sum(c.towns.map((t) => t.coop[k]))));
  ['cap', 'rev', 'ret', 'prev', 'pinc'].forEach((k) => (coopAll[k] = r2(sum(c.towns.map((t) => t.coop[k])))));
  const coopPrev = { n: coopAll.n + ri(-30, 12), sfT: Math.max(0, coopAll.sfT - ri(0, 6)), mem: Math.round(coopAll.mem * (0.85 + R() * 0.2)), pc: Math.max(0, coopAll.pc - ri(0, 15)) };
  // industry split
  const w = [0.42 + R() * 0.1, 0.2 + R() * 0.1, 0.04 + R() * 0.04, 0.06 + R() * 0.04, 0.1 + R() * 0.05, 0.05 + R() * 0.03];
  const main = ['pl', 'an', 'fi', 'fo', 'sv', 'ot'];
  const nI = splitInt(coopAll.n, w), memI = splitInt(coopAll.mem, w.map((x) => x * (0.8 + R() * 0.4)));
  const sfI = splitInt(coopAll.sfT, w).map((x, i) => Math.min(x, nI[i]));
  const sfSum = sum(sfI);
  const revI = splitMoney(coopAll.rev, w.map((x) => x * (0.7 + R() * 0.6)));
  const ratio = coopAll.ret / coopAll.rev;
  const retI = revI.map((x) => r2(x * ratio)); retI[0] = r2(coopAll.ret - sum(retI.slice(1)));
  const ind = { T: { n: coopAll.n, mem: coopAll.mem, sf: sfSum, rev: coopAll.rev, ret: coopAll.ret } };
  main.forEach((k, i) => (ind[k] = { n: nI[i], mem: memI[i], sf: sfI[i], rev: revI[i], ret: retI[i] }));
  const sub = (o) => { const f = 0.25 + R() * 0.5; const n = Math.round(o.n * f); return { n, mem: Math.round(o.mem * f), sf: Math.min(n, Math.round(o.sf * f)), rev: r2(o.rev * f), ret: r2(o.ret * f) }; };
  ind.gr = sub(ind.pl); ind.mc = sub(ind.sv);
  const used = new Set();
  return {
    county: c.name, towns: c.towns, all, coopAll, coopPrev, ind, year: 2024,
    sheetName: (opts) => { const cands = opts.filter((x) => !used.has(x)); const n = cands.length ? pick(cands) : opts[0] + (used.size + 1); used.add(n); return n; },
  };
}

// ---------- plants ----------
function mutate(v, dp, signed) {
  const s = Math.abs(v).toFixed(dp);
  const m = ri(0, 5);
  if (m === 0) { // transpose adjacent digits
    const ch = s.split('');
    const idx = [];
    for (let i = 0; i + 1 < ch.length; i++) if (/\d/.test(ch[i]) && /\d/.test(ch[i + 1]) && ch[i] !== ch[i + 1]) idx.push(i);
    if (!idx.length) return null;
    const i = pick(idx); [ch[i], ch[i + 1]] = [ch[i + 1], ch[i]];
    return { v: Math.sign(v || 1) * Number(ch.join('')), kind: 'transpose' };
  }
  if (m === 1) { const f = pick([-1, 1]) * (0.06 + R() * 0.35); return { v: rd(v * (1 + f), dp), kind: 'scale' }; }
  if (m === 2) { if (dp === 0) return { v: v + pick([-3, -2, -1, 1, 1, 2, 3, 5]), kind: 'count±' }; const u = Math.pow(10, -dp); return { v: rd(v + pick([-1, 1]) * ri(3, 60) * u * (dp === 2 ? 10 : 1), dp), kind: 'digit' }; }
  if (m === 3) { if (!signed || !v) return null; return { v: -v, kind: 'sign' }; }
  if (m === 4) { if (dp === 0) return { v: v + pick([-10, 10, 100]), kind: 'tens' }; return { v: rd(v * pick([10, 0.1]), dp), kind: 'decimal-shift' }; }
  if (m === 5) { // change one digit
    const ch = s.split(''); const idx = []; ch.forEach((c, i) => { if (/\d/.test(c)) idx.push(i); });
    const i = pick(idx); const d = String((Number(ch[i]) + ri(1, 8)) % 10); ch[i] = d;
    return { v: Math.sign(v || 1) * Number(ch.join('')), kind: 'digit' };
  }
}
function choosePlants(sheets, n) {
  // sheets: [{name, ws, rels, W}]
  for (let attempt = 0; attempt < 200; attempt++) {
    const plants = [];
    const usedRel = new Set();
    for (let k = 0; k < n; k++) {
      for (let t = 0; t < 50; t++) {
        const sh = pick(sheets.filter((s) => s.rels.length));
        const rel = pick(sh.rels);
        const a = pick(relCells(rel));
        const o = sh.W.cellObj[a];
        const cur = sh.ws.getCell(a).value;
        if (!o || typeof cur !== 'number' || plants.some((p) => p.sheet === sh.name && p.cell === a)) continue;
        const signed = sh.rels.some((r) => (r.t === 'growth' || r.t === 'pp' || r.t === 'cagr') && r.cell === a);
        const mu = mutate(cur, o.dp, signed);
        if (!mu || !Number.isFinite(mu.v) || mu.v === cur) continue;
        if (!signed && mu.v < 0) continue;
        const prevOther = plants.filter((p) => p.sheet === sh.name);
        const relsHere = sh.rels.filter((r) => relCells(r).includes(a));
        if (relsHere.some((r) => prevOther.some((p) => relCells(r).includes(p.cell)))) continue; // keep plants in separate relations
        const get = (x) => (x === a ? mu.v : sh.ws.getCell(x).value);
        const ok = relsHere.some((r) => { const e = evalRel(r, get); return e !== null && e > Math.max(2 * r.tol, 0.1); });
        if (!ok) continue;
        const roles = [...new Set(relsHere.map((r) => r.t + ':' + (r.t === 'sum' ? (r.total === a ? 'total' : 'part') : r.t === 'le' ? (r.whole === a ? 'whole' : 'part') : r.cell === a ? 'cell' : 'input')))];
        plants.push({ sheet: sh.name, cell: a, was: cur, now: mu.v, kind: mu.kind, roles });
        break;
      }
    }
    if (plants.length === n) return plants;
  }
  throw new Error('could not plant');
}

// ---------- books ----------
async function makeBook(dir, file, clean, relOut) {
  const ctx = makeCtx();
  const wb = new ExcelJS.Workbook();
  wb.creator = ctx.county + '农经站';
  const nS = pick([1, 2, 2, 3, 3, 4]);
  const order = shuffle(Object.keys(TYPES)).slice(0, nS);
  const sheets = [];
  if (chance(0.1)) { const ws = wb.addWorksheet('填报说明'); ['填报说明：', '1.本套报表由各乡镇（街道）农经站填报，县农业农村局汇总。', '2.金额单位为万元，保留两位小数。', `3.报送时间：${ctx.year + 1}年1月15日前。`].forEach((t, i) => (ws.getCell(i + 1, 1).value = t)); }
  for (const tn of order) {
    const { sp, rels } = TYPES[tn](ctx);
    const W = writeSheet(wb, sp, ctx);
    const R2 = mkRels(W, rels);
    // self-check on clean values
    for (const r of R2) { const e = evalRel(r, (a) => W.ws.getCell(a).value); if (e !== null && e > 0) throw new Error(`clean relation broken ${file} ${sp.name} ${JSON.stringify(r)} ${e}`); }
    sheets.push({ name: sp.name, ws: W.ws, rels: R2, W, type: tn });
  }
  let plants = [];
  if (!clean) {
    plants = choosePlants(sheets, chance(0.35) ? 2 : 1);
    for (const p of plants) { const ws = wb.getWorksheet(p.sheet); ws.getCell(p.cell).value = p.now; }
  }
  relOut[file] = { sheets: sheets.map((s) => ({ name: s.name, type: s.type, rels: s.rels })) };
  await wb.xlsx.writeFile(path.join(dir, file));
  return { file, clean, plants, types: sheets.map((s) => s.name + ':' + s.type) };
}

async function makeSet(name, prefix, n, seed) {
  S = seed;
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [], rel = {};
  for (let i = 1; i <= n; i++) {
    const file = prefix + String(i).padStart(3, '0') + '.xlsx';
    manifest.push(await makeBook(dir, file, i % 5 === 1 || i % 5 === 3, rel));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rel));
  console.log(name, manifest.length, 'books,', manifest.filter((m) => m.clean).length, 'clean,', sum(manifest.map((m) => m.plants.length)), 'plants');
}

(async () => {
  await makeSet('cases', 'c', 45, 94001);
  await makeSet('probe', 'p', 100, 94777);
})();
