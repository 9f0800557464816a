// Generator of clean party-building statistics workbooks (非公企业/社会组织党建)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.mkdirSync(OUT, { recursive: true });

let seed = 20240633;
function rng() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const ri = (a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = a => a[Math.floor(rng() * a.length)];
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-7) / f; };
const pct = (a, b, d = 1) => (b ? rnd(a / b * 100, d) : '—');
const colL = n => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r; // c zero-based

const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '北山镇', '青石镇', '河口镇', '白沙乡', '柳林镇', '新桥街道', '龙泉镇', '高坪乡', '三里镇', '石门镇', '安平街道'];
const COUNTIES = ['江北区', '江南区', '高新区', '东阳县', '西平县', '南溪县', '北川县', '临河市', '经开区'];
const CITIES = ['临江市', '安阳市', '丰川市', '云岭市', '泽州市', '平原市'];
const INDS = ['制造业', '批发和零售业', '信息传输、软件和信息技术服务业', '建筑业', '住宿和餐饮业', '交通运输、仓储和邮政业', '租赁和商务服务业', '科学研究和技术服务业', '其他行业'];

// ---------- data model ----------
function ent(scale, zero) {
  if (zero) return { N: 0, c: 0, s: 0, j: 0, jcov: 0, orgs: 0, M: 0, F: 0, Y: 0, C: 0, sec: 0, secInv: 0, newM: 0, inst: 0, work: 0, noMem: 0, yjwj: 0, big: 0, bigCov: 0 };
  const N = Math.max(9, ri(Math.round(scale * 0.6), Math.round(scale * 1.4)));
  const c = Math.round(N * (0.62 + rng() * 0.33));
  let j = ri(1, Math.max(1, Math.floor(c / 9))), jcov = 0;
  for (let i = 0; i < j; i++) jcov += ri(2, 5);
  while (jcov > c - 1) { j = 1; jcov = 2; }
  const s = c - jcov, orgs = s + j;
  const M = orgs * ri(4, 11) + ri(0, 9);
  const F = Math.round(M * (0.25 + rng() * 0.2)), Y = Math.round(M * (0.3 + rng() * 0.2)), C = Math.round(M * (0.5 + rng() * 0.3));
  const sec = orgs, secInv = Math.round(orgs * (0.3 + rng() * 0.3));
  const newM = ri(0, Math.max(1, Math.round(M * 0.06)));
  const unc = N - c; const inst = ri(Math.round(unc * 0.5), unc); const work = c + inst;
  const noMem = ri(Math.round(unc * 0.3), Math.round(unc * 0.8)); const yjwj = ri(0, Math.min(3, unc - noMem));
  const big = ri(Math.max(1, Math.round(N * 0.1)), Math.round(N * 0.3)); const bigCov = ri(Math.round(big * 0.6), Math.min(big, c));
  return { N, c, s, j, jcov, orgs, M, F, Y, C, sec, secInv, newM, inst, work, noMem, yjwj, big, bigCov };
}
function grow(u) { // next year
  const v = ent(1); const f = x => x; // placeholder
  const N = u.N + ri(0, Math.max(3, Math.round(u.N * 0.12)));
  const c = Math.min(N - 1, u.c + ri(0, Math.max(2, Math.round(u.N * 0.1))));
  let j = u.j + ri(0, 2), jcov = u.jcov + (j - u.j) * ri(2, 4);
  if (jcov > c - 1) { j = u.j; jcov = u.jcov; }
  const s = c - jcov, orgs = s + j;
  const M = u.M + ri(2, Math.round(u.M * 0.15) + 3);
  const F = Math.min(M, u.F + ri(0, Math.round((M - u.M) * 0.5))), Y = Math.min(M, u.Y + ri(0, Math.round((M - u.M) * 0.6))), C = Math.min(M, u.C + ri(0, M - u.M));
  const sec = orgs, secInv = Math.min(orgs, u.secInv + ri(0, 3));
  const newM = ri(0, Math.max(1, Math.round(M * 0.06)));
  const unc = N - c; const inst = ri(Math.round(unc * 0.6), unc); const work = c + inst;
  const noMem = ri(0, Math.round(unc * 0.7)); const yjwj = ri(0, Math.min(2, unc - noMem));
  const big = Math.min(N, u.big + ri(0, 3)); const bigCov = Math.min(big, c, u.bigCov + ri(0, 3));
  return { N, c, s, j, jcov, orgs, M, F, Y, C, sec, secInv, newM, inst, work, noMem, yjwj, big, bigCov };
}
function sumU(list) { const t = {}; for (const u of list) for (const k in u) t[k] = (t[k] || 0) + u[k]; return t; }

// column catalog: key -> {h, f(u), kind, whole}
const CAT = {
  N: { h: '非公有制企业数', f: u => u.N, kind: 'count' },
  SO: { h: '社会组织数', f: u => u.N, kind: 'count' },
  c: { h: '已建党组织的企业数', f: u => u.c, kind: 'count', cov: 'orgs' },
  orgs: { h: '党组织数', f: u => u.orgs, kind: 'count' },
  s: { h: '单独建立', f: u => u.s, kind: 'count', whole: 'orgs' },
  j: { h: '联合建立', f: u => u.j, kind: 'count', whole: 'orgs' },
  jcov: { h: '联合党组织覆盖企业数', f: u => u.jcov, kind: 'count' },
  covR: { h: '党组织覆盖率（%）', f: (u, d) => pct(u.c, u.N, d), kind: 'rate' },
  work: { h: '党的工作覆盖数', f: u => u.work, kind: 'count' },
  workR: { h: '党的工作覆盖率（%）', f: (u, d) => pct(u.work, u.N, d), kind: 'rate' },
  M: { h: '党员数', f: u => u.M, kind: 'count' },
  F: { h: '其中：女党员', f: u => u.F, kind: 'count', whole: 'M' },
  Y: { h: '35岁及以下', f: u => u.Y, kind: 'count', whole: 'M' },
  C: { h: '大专及以上学历', f: u => u.C, kind: 'count', whole: 'M' },
  FR: { h: '女党员占比（%）', f: (u, d) => pct(u.F, u.M, d), kind: 'rate' },
  YR: { h: '35岁及以下占比（%）', f: (u, d) => pct(u.Y, u.M, d), kind: 'rate' },
  sec: { h: '党组织书记数', f: u => u.sec, kind: 'count' },
  secInv: { h: '其中：出资人担任', f: u => u.secInv, kind: 'count', whole: 'sec' },
  newM: { h: '新发展党员数', f: u => u.newM, kind: 'count' },
  inst: { h: '选派党建指导员人数', f: u => u.inst, kind: 'count' },
  noMem: { h: '无党员企业数', f: u => u.noMem, kind: 'count' },
  yjwj: { h: '应建未建数', f: u => u.yjwj, kind: 'count' },
  big: { h: '规模以上企业数', f: u => u.big, kind: 'count' },
  bigCov: { h: '其中：已建党组织', f: u => u.bigCov, kind: 'count', whole: 'big' },
  bigR: { h: '规上企业覆盖率（%）', f: (u, d) => pct(u.bigCov, u.big, d), kind: 'rate' },
};

const cands = {}; // file -> [candidates]
function cand(file, o) { (cands[file] = cands[file] || []).push(o); }

const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function put(ws, r, c, v, o = {}) { const cell = ws.getCell(A(r, c)); cell.value = v; if (o.nf) cell.numFmt = o.nf; if (o.b) cell.font = { bold: true }; if (!o.nob) cell.border = border; return A(r, c); }

// header tree: leaf {k, h?}, group {h, ch:[...]}
function depth(n) { return n.ch ? 1 + Math.max(...n.ch.map(depth)) : 1; }
function leaves(n) { return n.ch ? n.ch.flatMap(leaves) : [n]; }
function renderHeader(ws, r0, c0, nodes, D) {
  let c = c0;
  const walk = (n, r) => {
    if (n.ch) {
      const w = leaves(n).length;
      put(ws, r, c, n.h, { b: true }); if (w > 1) ws.mergeCells(r, c + 1, r, c + w);
      const save = c; for (const ch of n.ch) walk(ch, r + 1); return;
    }
    put(ws, r, c, n.h || CAT[n.k].h, { b: true }); if (r < r0 + D - 1) ws.mergeCells(r, c + 1, r0 + D - 1, c + 1);
    c++;
  };
  for (const n of nodes) walk(n, r0);
}
// fix: exceljs mergeCells uses 1-based col numbers, our put uses zero-based col in A(); keep consistent
// generic table: rows [{label, u, type:'data'|'total'|'sub', parts?}]
function table(file, ws, o) {
  let r = o.r0 || 1; const c0 = o.c0 || 0; const d = o.dec == null ? 1 : o.dec;
  const cols = o.cols; const lv = cols.flatMap(leaves);
  const lead = []; if (o.seq) lead.push('序号'); lead.push(o.labelH || '单位');
  const W = lead.length + lv.length;
  if (o.title) { put(ws, r, c0, o.title, { b: true, nob: true }); ws.mergeCells(r, c0 + 1, r, c0 + W); r++; }
  if (o.unit) { put(ws, r, c0 + W - 2, o.unit, { nob: true }); r++; }
  const D = Math.max(...cols.map(depth));
  lead.forEach((h, i) => { put(ws, r, c0 + i, h, { b: true }); if (D > 1) ws.mergeCells(r, c0 + i + 1, r + D - 1, c0 + i + 1); });
  renderHeader(ws, r, c0 + lead.length, cols, D);
  r += D;
  if (o.colNums) { lead.forEach((h, i) => put(ws, r, c0 + i, i ? '甲' : '乙')); lv.forEach((l, i) => put(ws, r, c0 + lead.length + i, i + 1)); r++; }
  let seq = 0;
  for (const row of o.rows) {
    let c = c0;
    if (o.seq) put(ws, r, c++, row.type === 'data' ? ++seq : '');
    put(ws, r, c++, row.label, { b: row.type !== 'data' });
    const addr = {};
    lv.forEach(l => {
      const def = CAT[l.k]; let v = def.f(row.u, l.dec == null ? d : l.dec);
      const pctFmt = o.pctFmt && def.kind === 'rate' && typeof v === 'number';
      if (pctFmt) v = rnd(v / 100, d + 2);
      addr[l.k] = put(ws, r, c, v, pctFmt ? { nf: d === 1 ? '0.0%' : '0.00%' } : (def.kind === 'rate' && typeof v === 'number' ? { nf: d === 2 ? '0.00' : '0.0' } : {}));
      c++;
    });
    lv.forEach(l => {
      const def = CAT[l.k]; const v = ws.getCell(addr[l.k]).value; if (typeof v !== 'number') return;
      const sheet = ws.name;
      if (def.kind === 'rate') { if (row.type === 'data' || rng() < 0.3) cand(file, { sheet, cell: addr[l.k], type: 'rate', val: v, pctFmt: !!o.pctFmt, dec: d }); }
      else if (row.type !== 'data') cand(file, { sheet, cell: addr[l.k], type: 'totalCount', val: v });
      else {
        if (def.whole && addr[def.whole]) cand(file, { sheet, cell: addr[l.k], type: 'part', val: v, whole: ws.getCell(addr[def.whole]).value });
        if (def.cov && addr[def.cov] && v > 0) cand(file, { sheet, cell: addr[l.k], type: 'cov', val: v, whole: ws.getCell(addr[def.cov]).value });
        if (!def.whole && !def.cov && v > 0 && !o.noTotal) cand(file, { sheet, cell: addr[l.k], type: 'dataCount', val: v });
      }
    });
    r++;
  }
  if (o.note) { put(ws, r, c0, o.note, { nob: true }); r++; }
  for (let i = 0; i < W; i++) ws.getColumn(c0 + i + 1).width = i === (o.seq ? 1 : 0) ? 16 : 12;
  return r;
}
function rowsWithTotal(labels, units, pos, totalLabel = '合计') {
  const rows = labels.map((l, i) => ({ label: l, u: units[i], type: 'data' }));
  const t = { label: totalLabel, u: sumU(units), type: 'total' };
  return pos === 'top' ? [t, ...rows] : pos === 'none' ? rows : [...rows, t];
}

// transposed: indicators as rows, places as columns
function transposed(file, ws, o) {
  let r = o.r0 || 1; const d = o.dec == null ? 1 : o.dec;
  const places = o.places, units = o.units, tot = sumU(units);
  const colsU = o.totalFirst ? [['合计', tot, 'total'], ...places.map((p, i) => [p, units[i], 'data'])] : [...places.map((p, i) => [p, units[i], 'data']), ['全县合计', tot, 'total']];
  const W = 2 + colsU.length;
  if (o.title) { put(ws, r, 0, o.title, { b: true, nob: true }); ws.mergeCells(r, 1, r, W); r++; }
  if (o.unit) { put(ws, r, W - 2, o.unit, { nob: true }); r++; }
  put(ws, r, 0, '指标', { b: true }); put(ws, r, 1, '计量单位', { b: true });
  colsU.forEach((cu, i) => put(ws, r, 2 + i, cu[0], { b: true })); r++;
  const addrs = {};
  for (const ind of o.inds) {
    const def = CAT[ind.k]; put(ws, r, 0, ind.h || def.h); put(ws, r, 1, def.kind === 'rate' ? '%' : (['M', 'F', 'Y', 'C', 'sec', 'secInv', 'newM', 'inst'].includes(ind.k) ? '名' : '个'));
    addrs[ind.k] = [];
    colsU.forEach((cu, i) => { const v = def.f(cu[1], d); addrs[ind.k][i] = put(ws, r, 2 + i, v, def.kind === 'rate' && typeof v === 'number' ? { nf: '0.0' } : {}); });
    r++;
  }
  for (const ind of o.inds) {
    const def = CAT[ind.k];
    colsU.forEach((cu, i) => {
      const a = addrs[ind.k][i]; const v = ws.getCell(a).value; if (typeof v !== 'number') return;
      if (def.kind === 'rate') cand(file, { sheet: ws.name, cell: a, type: 'rate', val: v, dec: d });
      else if (cu[2] === 'total') cand(file, { sheet: ws.name, cell: a, type: 'totalCount', val: v });
      else if (def.whole && addrs[def.whole]) cand(file, { sheet: ws.name, cell: a, type: 'part', val: v, whole: ws.getCell(addrs[def.whole][i]).value });
      else if (def.cov && addrs[def.cov] && v > 0) cand(file, { sheet: ws.name, cell: a, type: 'cov', val: v, whole: ws.getCell(addrs[def.cov][i]).value });
    });
  }
  if (o.note) { put(ws, r, 0, o.note, { nob: true }); r++; }
  ws.getColumn(1).width = 24;
  return r;
}

// two-year indicator list: 指标 | 单位 | 2023 | 2024 | 增减 | 增长%
function twoYearList(file, ws, o) {
  let r = o.r0 || 1; const a = o.a, b = o.b, d = o.dec == null ? 1 : o.dec;
  put(ws, r, 0, o.title, { b: true, nob: true }); ws.mergeCells(r, 1, r, 6); r++;
  if (o.unit) { put(ws, r, 4, o.unit, { nob: true }); r++; }
  const H = ['指标名称', '计量单位', `${o.y1}年`, `${o.y2}年`, o.chgH || '增减', o.grH || '增长（%）'];
  H.forEach((h, i) => put(ws, r, i, h, { b: true })); r++;
  for (const ind of o.inds) {
    const def = CAT[ind.k];
    const va = def.f(a, d), vb = def.f(b, d);
    put(ws, r, 0, ind.h || def.h); put(ws, r, 1, def.kind === 'rate' ? '%' : ind.u || '个');
    const ca = put(ws, r, 2, va, def.kind === 'rate' ? { nf: '0.0' } : {}), cb = put(ws, r, 3, vb, def.kind === 'rate' ? { nf: '0.0' } : {});
    if (def.kind === 'rate') {
      const pts = rnd(vb - va, d); const cp = put(ws, r, 4, pts, { nf: '0.0' }); put(ws, r, 5, '—');
      cand(file, { sheet: ws.name, cell: cp, type: 'pts', val: pts, dec: d });
      cand(file, { sheet: ws.name, cell: cb, type: 'rate', val: vb, dec: d });
    } else {
      const ch = vb - va; const cc = put(ws, r, 4, ch);
      const g = va ? rnd((vb - va) / va * 100, 1) : '—'; const cg = put(ws, r, 5, g, typeof g === 'number' ? { nf: '0.0' } : {});
      cand(file, { sheet: ws.name, cell: cc, type: 'change', val: ch });
      if (typeof g === 'number') cand(file, { sheet: ws.name, cell: cg, type: 'growth', val: g, dec: 1 });
      if (def.whole) cand(file, { sheet: ws.name, cell: cb, type: 'part', val: vb, whole: CAT[def.whole].f(b) });
    }
    r++;
  }
  if (o.note) { put(ws, r, 0, o.note, { nob: true }); r++; }
  ws.getColumn(1).width = 26;
  return r;
}

// two-year by place: place | 2023{N,c,rate} | 2024{N,c,rate} | 增减{N, 百分点}
function twoYearPlaces(file, ws, o) {
  let r = o.r0 || 1; const d = o.dec == null ? 1 : o.dec;
  const W = (o.seq ? 1 : 0) + 1 + 8;
  put(ws, r, 0, o.title, { b: true, nob: true }); ws.mergeCells(r, 1, r, W); r++;
  put(ws, r, W - 2, '单位：个、%', { nob: true }); r++;
  let c = 0;
  if (o.seq) { put(ws, r, c, '序号', { b: true }); ws.mergeCells(r, c + 1, r + 1, c + 1); c++; }
  put(ws, r, c, o.labelH, { b: true }); ws.mergeCells(r, c + 1, r + 1, c + 1); c++;
  const c1 = c;
  for (const y of [o.y1, o.y2]) { put(ws, r, c, `${y}年`, { b: true }); ws.mergeCells(r, c + 1, r, c + 3); ['企业总数', '已建党组织企业数', '覆盖率'].forEach((h, i) => put(ws, r + 1, c + i, h, { b: true })); c += 3; }
  put(ws, r, c, '增减', { b: true }); ws.mergeCells(r, c + 1, r, c + 2); ['企业数', '覆盖率（百分点）'].forEach((h, i) => put(ws, r + 1, c + i, h, { b: true }));
  r += 2;
  const A1 = o.units1, A2 = o.units2;
  const rows = o.places.map((p, i) => [p, A1[i], A2[i], 'data']);
  const tot = ['合计', sumU(A1), sumU(A2), 'total'];
  const all = o.totalTop ? [tot, ...rows] : [...rows, tot];
  let seq = 0;
  for (const [p, u1, u2, t] of all) {
    c = 0; if (o.seq) put(ws, r, c++, t === 'data' ? ++seq : '');
    put(ws, r, c++, p);
    const r1 = pct(u1.c, u1.N, d), r2 = pct(u2.c, u2.N, d);
    const cells = [u1.N, u1.c, r1, u2.N, u2.c, r2, u2.N - u1.N, rnd(r2 - r1, d)].map((v, i) => put(ws, r, c + i, v, [2, 5, 7].includes(i) ? { nf: d === 2 ? '0.00' : '0.0' } : {}));
    if (t === 'total') { cand(file, { sheet: ws.name, cell: cells[0], type: 'totalCount', val: u1.N }); cand(file, { sheet: ws.name, cell: cells[4], type: 'totalCount', val: u2.c }); }
    cand(file, { sheet: ws.name, cell: cells[5], type: 'rate', val: r2, dec: d });
    cand(file, { sheet: ws.name, cell: cells[7], type: 'pts', val: rnd(r2 - r1, d), dec: d });
    cand(file, { sheet: ws.name, cell: cells[6], type: 'change', val: u2.N - u1.N });
    r++;
  }
  if (o.note) put(ws, r, 0, o.note, { nob: true });
  return r;
}

// social organisations hierarchical table
function socUnits() {
  const types = [['社会团体', ['行业协会商会', '学术类社团']], ['社会服务机构（民办非企业单位）', ['民办学校', '民办医疗机构']], ['基金会', []]];
  return types.map(([n, subs]) => {
    const u = ent(pick([40, 60, 90]));
    // sub rows: parts of u (counts only partly)
    const subU = subs.map(s => ({ s, u: null }));
    let remN = u.N, remC = u.c, remM = u.M, remOrgs = u.orgs;
    for (const su of subU) {
      const N = Math.round(remN * (0.2 + rng() * 0.25)); const c = Math.min(N, Math.round(remC * N / Math.max(1, remN))); const orgs = Math.max(0, Math.min(c, Math.round(remOrgs * c / Math.max(1, remC))));
      const M = Math.min(remM, orgs * ri(3, 8)); su.u = { N, c, orgs, M, work: c + Math.min(N - c, ri(0, N - c)) };
      remN -= N; remC -= c; remM -= M; remOrgs -= orgs;
    }
    if (n === '基金会') { u.N = Math.max(5, Math.round(u.N / 6)); u.c = Math.round(u.N * 0.6); u.orgs = Math.max(1, u.c - 1); u.j = 1; u.s = u.orgs - 1; u.jcov = u.c - u.s; u.work = Math.min(u.N, u.c + 1); u.M = u.orgs * 5; u.F = Math.round(u.M * 0.4); u.sec = u.orgs; }
    return { n, u, subU };
  });
}
function socTable(file, ws, o) {
  let r = 1; const d = o.dec == null ? 1 : o.dec;
  const ts = socUnits(); const tot = sumU(ts.map(t => t.u));
  const keys = ['N', 'c', 'orgs', 'covR', 'work', 'workR', 'M'];
  const hs = ['社会组织数（个）', '已建党组织数（个）', '党组织数（个）', '党组织覆盖率（%）', '党的工作覆盖数（个）', '党的工作覆盖率（%）', '党员数（名）'];
  hs[1] = '建立党组织的社会组织数（个）';
  put(ws, r, 0, o.title, { b: true, nob: true }); ws.mergeCells(r, 1, r, 8); r++;
  put(ws, r, 0, '类别', { b: true }); hs.forEach((h, i) => put(ws, r, 1 + i, h, { b: true })); r++;
  const rowsOut = [['全部社会组织', tot, 'total'], ...ts.flatMap(t => [[t.n, t.u, 'type'], ...t.subU.map(s => ['  其中：' + s.s, s.u, 'sub'])])];
  if (!o.totalTop) { rowsOut.push(rowsOut.shift()); rowsOut[rowsOut.length - 1][0] = '合计'; }
  for (const [lab, u, t] of rowsOut) {
    put(ws, r, 0, lab, { b: t !== 'sub' });
    keys.forEach((k, i) => {
      const v = CAT[k].f(u, d); const a = put(ws, r, 1 + i, v, CAT[k].kind === 'rate' ? { nf: '0.0' } : {});
      if (CAT[k].kind === 'rate' && typeof v === 'number' && t !== 'total') cand(file, { sheet: ws.name, cell: a, type: 'rate', val: v, dec: d });
      if (t === 'total' && CAT[k].kind === 'count') cand(file, { sheet: ws.name, cell: a, type: 'totalCount', val: v });
      if (t === 'sub' && k === 'N') { const parent = ts.find(x => x.subU.some(s => s.u === u)); cand(file, { sheet: ws.name, cell: a, type: 'part', val: v, whole: parent.u.N }); }
      if (t === 'type' && k === 'c') cand(file, { sheet: ws.name, cell: a, type: 'cov', val: v, whole: u.orgs });
    });
    r++;
  }
  put(ws, r, 0, o.note || '注：社会组织党组织覆盖率＝建立党组织的社会组织数÷社会组织数×100%；“其中”项不参与合计。', { nob: true });
  ws.getColumn(1).width = 30;
}

// joint organisations list
function jointList(file, ws, o) {
  let r = 1;
  put(ws, r, 0, o.title, { b: true, nob: true }); ws.mergeCells(r, 1, r, 7); r++;
  put(ws, r, 5, '单位：个、名', { nob: true }); r++;
  ['序号', '联合党组织名称', '所在乡镇（街道）', '覆盖企业数', '其中：有党员企业', '党员数', '其中：女党员'].forEach((h, i) => put(ws, r, i, h, { b: true })); r++;
  const rows = []; const n = ri(6, 11);
  for (let i = 0; i < n; i++) { const k = ri(2, 8); const wm = ri(1, k); const M = wm * ri(2, 5) + ri(0, 3); rows.push({ name: `${pick(TOWNS).replace(/镇|街道|乡/, '')}${pick(['商贸', '工业园', '物流', '电商', '餐饮', '楼宇', '商圈', '家居'])}联合党支部`, town: pick(TOWNS), k, wm, M, F: ri(0, M) }); }
  const T = rows.reduce((t, x) => ({ k: t.k + x.k, wm: t.wm + x.wm, M: t.M + x.M, F: t.F + x.F }), { k: 0, wm: 0, M: 0, F: 0 });
  const emit = (seq, x, tot) => {
    const c = [put(ws, r, 0, seq), put(ws, r, 1, x.name), put(ws, r, 2, x.town), put(ws, r, 3, x.k), put(ws, r, 4, x.wm), put(ws, r, 5, x.M), put(ws, r, 6, x.F)];
    if (tot) { cand(file, { sheet: ws.name, cell: c[3], type: 'totalCount', val: x.k }); cand(file, { sheet: ws.name, cell: c[5], type: 'totalCount', val: x.M }); }
    else { cand(file, { sheet: ws.name, cell: c[4], type: 'part', val: x.wm, whole: x.k }); cand(file, { sheet: ws.name, cell: c[6], type: 'part', val: x.F, whole: x.M }); }
    r++;
  };
  if (o.totalTop) emit('', { name: '合计', town: '—', ...T }, true);
  rows.forEach((x, i) => emit(i + 1, x));
  if (!o.totalTop) emit('', { name: '合计', town: '—', ...T }, true);
  put(ws, r, 0, `注：共有联合党组织${n}个，覆盖企业${T.k}家。`, { nob: true });
  ws.getColumn(2).width = 24;
}

// vertical indicator sheet: 指标 | 非公企业 | 社会组织 | 合计
function basicInfo(file, ws, o) {
  let r = 1; const d = 1;
  const e = o.e, s = o.s, t = sumU([e, s]);
  put(ws, r, 0, o.title, { b: true, nob: true }); ws.mergeCells(r, 1, r, 5); r++;
  ['项目', '单位', '合计', '非公有制企业', '社会组织'].forEach((h, i) => put(ws, r, i, h, { b: true })); r++;
  const inds = [['单位总数', 'N', '个'], ['已建立党组织的单位数', 'c', '个'], ['党组织数', 'orgs', '个'], ['  其中：单独建立', 's', '个'], ['        联合建立', 'j', '个'], ['党组织覆盖率', 'covR', '%'], ['党员总数', 'M', '名'], ['  其中：女党员', 'F', '名'], ['        35岁及以下', 'Y', '名'], ['党组织书记', 'sec', '名'], ['  其中：出资人担任', 'secInv', '名'], ['选派党建指导员', 'inst', '名']];
  const A = {};
  for (const [h, k, unit] of inds) {
    put(ws, r, 0, h); put(ws, r, 1, unit); A[k] = [];
    [t, e, s].forEach((u, i) => { const v = CAT[k].f(u, d); A[k][i] = put(ws, r, 2 + i, v, CAT[k].kind === 'rate' ? { nf: '0.0' } : {}); });
    r++;
  }
  for (const [h, k] of inds) [t, e, s].forEach((u, i) => {
    const a = A[k][i], v = ws.getCell(a).value;
    if (CAT[k].kind === 'rate') cand(file, { sheet: ws.name, cell: a, type: 'rate', val: v, dec: d });
    else if (i === 0) cand(file, { sheet: ws.name, cell: a, type: 'totalCount', val: v });
    else if (CAT[k].whole) cand(file, { sheet: ws.name, cell: a, type: 'part', val: v, whole: CAT[CAT[k].whole].f(u) });
    else if (k === 'c') cand(file, { sheet: ws.name, cell: a, type: 'cov', val: v, whole: u.orgs });
  });
  put(ws, r, 0, '注：党组织覆盖率＝已建立党组织的单位数÷单位总数×100%。', { nob: true });
  ws.getColumn(1).width = 24;
}

// ---------------- workbook specs ----------------
const specs = [];
const nm = (i, s) => `${String(i).padStart(2, '0')}_${s}.xlsx`;
const towns = n => TOWNS.slice(0, n).sort(() => rng() - 0.5);
const colSets = [
  [{ k: 'N' }, { h: '已建立党组织', ch: [{ k: 'orgs', h: '合计' }, { k: 's' }, { k: 'j' }] }, { k: 'c' }, { k: 'covR' }],
  [{ k: 'N' }, { k: 'c' }, { k: 'covR' }, { k: 'work' }, { k: 'workR' }, { h: '党员', ch: [{ k: 'M', h: '合计' }, { k: 'F', h: '其中：女' }] }],
  [{ h: '企业情况', ch: [{ k: 'N', h: '企业数' }, { k: 'big' }, { k: 'bigCov' }] }, { h: '党组织覆盖情况', ch: [{ h: '党组织数', ch: [{ k: 'orgs', h: '小计' }, { k: 's' }, { k: 'j' }] }, { k: 'c', h: '覆盖企业数' }, { k: 'covR', h: '覆盖率（%）' }] }],
  [{ k: 'M', h: '党员总数' }, { h: '其中', ch: [{ k: 'F', h: '女' }, { k: 'Y' }, { k: 'C' }] }, { k: 'FR' }, { k: 'YR' }, { k: 'newM' }],
  [{ k: 'orgs' }, { h: '党组织书记', ch: [{ k: 'sec', h: '人数' }, { k: 'secInv', h: '其中：出资人担任' }] }, { k: 'inst' }, { k: 'noMem' }, { k: 'yjwj' }],
  [{ k: 'N' }, { k: 'orgs' }, { k: 'c' }, { k: 'jcov' }, { k: 'covR' }, { k: 'M' }, { k: 'newM' }],
  [{ k: 'N', h: '企业总数' }, { h: '规模以上企业', ch: [{ k: 'big', h: '户数' }, { k: 'bigCov', h: '其中：已建党组织' }, { k: 'bigR', h: '覆盖率（%）' }] }, { k: 'c' }, { k: 'covR' }, { k: 'workR' }],
];
const titles = ['非公有制企业党组织覆盖情况统计表', '非公有制企业党建工作情况统计表', '非公有制企业党员队伍情况表', '两新组织党建工作基本情况表', '非公企业党组织和党的工作覆盖情况表'];

let fi = 0;
// 1-14: single-sheet place tables, various layouts
for (let k = 0; k < 14; k++) {
  const byInd = k % 4 === 3, byCounty = k % 5 === 4;
  const labels = byInd ? INDS.slice(0, ri(6, 9)) : byCounty ? COUNTIES.slice(0, ri(5, 9)) : towns(ri(6, 12));
  const units = labels.map((_, i) => ent(byCounty ? 300 : 40, byInd && i === 2 && k === 7));
  const cs = colSets[k % colSets.length];
  const pos = k % 3 === 0 ? 'top' : 'bottom';
  const file = nm(++fi, byInd ? 'industry' : byCounty ? 'county' : 'township');
  specs.push({ file, sheets: [{ name: pick(['Sheet1', '统计表', '表1', '覆盖情况']), fn: (ws) => table(file, ws, { title: `${pick(CITIES)}${byCounty ? '' : pick(COUNTIES)}${byInd ? '分行业' : ''}${pick(titles)}（${pick(['2024年底', '截至2024年12月31日', '2024年度'])}）`, unit: k % 2 ? '单位：个、名、%' : null, cols: cs, labelH: byInd ? '行业' : byCounty ? '县（市、区）' : '乡镇（街道）', seq: k % 2 === 0, rows: rowsWithTotal(labels, units, pos, pick(['合计', '合  计', '总计', '全县'])), dec: k % 5 === 2 ? 2 : 1, note: k % 3 === 1 ? '注：党组织覆盖率＝已建立党组织的企业数÷企业总数×100%；联合党组织按覆盖企业数计入。' : null, colNums: k === 5 || k === 11, pctFmt: k === 9 }) }] });
}
// 15-17: transposed
for (let k = 0; k < 3; k++) {
  const places = towns(ri(5, 8)); const units = places.map(() => ent(35));
  const file = nm(++fi, 'transposed');
  const inds = [{ k: 'N' }, { k: 'orgs' }, { k: 's', h: '  其中：单独建立' }, { k: 'j', h: '        联合建立' }, { k: 'c' }, { k: 'covR' }, { k: 'M' }, { k: 'F', h: '  其中：女党员' }, { k: 'Y', h: '        35岁及以下' }, { k: 'newM' }, { k: 'inst' }];
  specs.push({ file, sheets: [{ name: '分乡镇', fn: ws => transposed(file, ws, { title: `${pick(COUNTIES)}非公有制企业党建主要指标（分乡镇）`, unit: '单位：个、名、%', places, units, inds: k === 2 ? inds.slice(0, 7) : inds, totalFirst: k === 1, note: k ? '注：“—”表示无此项。' : null }) }] });
}
// 18-22: two-year lists
for (let k = 0; k < 5; k++) {
  const a = ent(k % 2 ? 400 : 120); const b = grow(a);
  const file = nm(++fi, 'twoyear');
  const inds = [{ k: 'N' }, { k: 'big', h: '  其中：规模以上企业' }, { k: 'orgs', h: '已建立党组织数' }, { k: 's', h: '  其中：单独建立' }, { k: 'j', h: '        联合建立' }, { k: 'c' }, { k: 'covR' }, { k: 'workR' }, { k: 'M', u: '名' }, { k: 'F', u: '名', h: '  其中：女党员' }, { k: 'Y', u: '名', h: '        35岁及以下' }, { k: 'C', u: '名', h: '        大专及以上学历' }, { k: 'newM', u: '名' }, { k: 'inst', u: '名' }];
  // fix part wholes for 'big' inside N context
  specs.push({ file, sheets: [{ name: k % 2 ? '对比' : '2024年与2023年对比', fn: ws => twoYearList(file, ws, { title: `${pick(CITIES)}非公有制企业党建工作主要指标对比表`, a, b, y1: 2023, y2: 2024, inds: inds.filter(x => k < 3 || !['workR', 'C', 'inst'].includes(x.k)), chgH: pick(['增减', '增减（±）', '比上年增减']), grH: pick(['增长（%）', '增幅%', '同比增长（%）']), unit: k === 3 ? '单位：个、名、%' : null, note: k === 0 ? '注：覆盖率增减单位为百分点。' : null }) }] });
}
// 23-26: two-year by place
for (let k = 0; k < 4; k++) {
  const places = k === 3 ? INDS.slice(0, 7) : towns(ri(6, 10)); const u1 = places.map(() => ent(40)); const u2 = u1.map(grow);
  const file = nm(++fi, 'twoyear_places');
  specs.push({ file, sheets: [{ name: 'Sheet1', fn: ws => twoYearPlaces(file, ws, { title: `${pick(COUNTIES)}非公有制企业党组织覆盖率变化情况`, places, units1: u1, units2: u2, y1: 2023, y2: 2024, labelH: k === 3 ? '行业' : '乡镇（街道）', seq: k % 2 === 0, totalTop: k >= 2, dec: k === 1 ? 2 : 1, note: '注：增减百分点＝2024年覆盖率－2023年覆盖率。' }) }] });
}
// 27-29: social org tables
for (let k = 0; k < 3; k++) {
  const file = nm(++fi, 'social_org');
  specs.push({ file, sheets: [{ name: '社会组织', fn: ws => socTable(file, ws, { title: `${pick(CITIES)}社会组织党建工作情况统计表（2024年）`, totalTop: k !== 1 }) }] });
}
// 30-31: joint org list
for (let k = 0; k < 2; k++) { const file = nm(++fi, 'joint'); specs.push({ file, sheets: [{ name: '联合党组织', fn: ws => jointList(file, ws, { title: `${pick(COUNTIES)}联合党组织覆盖情况一览表`, totalTop: k === 1 }) }] }); }
// 32-33: basic info
for (let k = 0; k < 2; k++) {
  const e = ent(200), s = ent(60); const file = nm(++fi, 'basic');
  specs.push({ file, sheets: [{ name: '基本情况', fn: ws => basicInfo(file, ws, { title: `${pick(COUNTIES)}“两新”组织党建基本情况（${2023 + k}年底）`, e, s }) }] });
}
// 34-37: summary + township sheets
for (let k = 0; k < 4; k++) {
  const ts = towns(ri(3, 5)); const inds = INDS.slice(0, ri(4, 6));
  const per = ts.map(() => inds.map(() => ent(12)));
  const tu = per.map(p => sumU(p));
  const file = nm(++fi, 'multisheet');
  const cs = k % 2 ? colSets[0] : colSets[1];
  const sheets = [{ name: '汇总', fn: ws => table(file, ws, { title: `${pick(COUNTIES)}非公有制企业党建情况汇总表`, unit: '单位：个、名、%', cols: cs, labelH: '乡镇（街道）', seq: true, rows: rowsWithTotal(ts, tu, k < 2 ? 'top' : 'bottom', '全县合计') }) }];
  ts.forEach((t, i) => sheets.push({ name: t, fn: ws => table(file, ws, { title: `${t}非公有制企业党建情况（分行业）`, unit: '单位：个、名、%', cols: cs, labelH: '行业', rows: rowsWithTotal(inds, per[i], k < 2 ? 'top' : 'bottom', `${t}合计`), note: k === 3 ? '注：数据截至2024年12月31日。' : null }) }));
  specs.push({ file, sheets });
}
// 38: subtotal hierarchy (乡镇/街道 subtotals)
{
  const tw = ['青石镇', '河口镇', '柳林镇', '白沙乡'], st = ['东城街道', '西城街道', '南湖街道'];
  const uT = tw.map(() => ent(30)), uS = st.map(() => ent(50));
  const file = nm(++fi, 'subtotals');
  const rows = [{ label: '合计', u: sumU([...uT, ...uS]), type: 'total' }, { label: '一、乡镇小计', u: sumU(uT), type: 'sub' }, ...tw.map((t, i) => ({ label: t, u: uT[i], type: 'data' })), { label: '二、街道小计', u: sumU(uS), type: 'sub' }, ...st.map((t, i) => ({ label: t, u: uS[i], type: 'data' }))];
  specs.push({ file, sheets: [{ name: '分类汇总', fn: ws => table(file, ws, { title: `${pick(COUNTIES)}非公有制企业党组织覆盖情况（按乡镇、街道分类）`, unit: '单位：个、%', cols: colSets[0], labelH: '地区', rows }) }] });
}

(async () => {
  for (const s of specs) {
    const wb = new ExcelJS.Workbook();
    for (const sh of s.sheets) { const ws = wb.addWorksheet(sh.name); sh.fn(ws); }
    await wb.xlsx.writeFile(path.join(OUT, s.file));
  }
  fs.writeFileSync(path.join(__dirname, 'gen_meta.json'), JSON.stringify(cands, null, 1));
  console.log('wrote', specs.length);
})();
