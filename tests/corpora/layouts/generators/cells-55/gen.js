// Round 55A generator: workbook/cell mechanics on ordinary statistics tables.
'use strict';
const ExcelJS = require('/work/main/node_modules/exceljs');
const iconv = require('/work/main/node_modules/iconv-lite');
const fs = require('fs');
const path = require('path');

const OUT = '/tmp/round55a/cases';
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(5501);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const ru = (a, b) => a + rnd() * (b - a);
// Excel ROUND semantics (half away from zero), guarding binary noise
function roundN(x, n) {
  const f = Math.pow(10, n);
  const s = x < 0 ? -1 : 1;
  return s * Math.round(Math.abs(x) * f + 1e-7) / f;
}
const r1 = (x) => roundN(x, 1);
const fix4 = (x) => roundN(x, 4);
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function colN(l) { let n = 0; for (const ch of l) n = n * 26 + ch.charCodeAt(0) - 64; return n; }
const FW = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d)).replace(/\./g, '．').replace(/,/g, '，');
const sep = (v) => Number(v).toLocaleString('en-US');
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

const TOWNS = ['城关镇', '东城街道', '西城街道', '南山镇', '北坪镇', '河口乡', '石桥镇', '清水乡', '白沙镇', '龙泉镇', '马坪乡', '青石镇', '高桥镇', '柳林乡'];
const DISTRICTS = ['城东区', '城西区', '高新区', '江北区', '滨湖区', '临港区', '新城区', '开发区'];
const COUNTIES = ['长宁县', '安平县', '清河县', '永丰县', '兴隆县', '大石县', '云溪市', '桃源县', '凤山县'];

// ---------- data models ----------
function covModel(names, lo, hi, opts = {}) {
  const rows = names.map((name) => {
    const ent = ri(lo, hi);
    const covered = Math.round(ent * ru(opts.rlo || 0.55, opts.rhi || 0.96));
    let joint = opts.noJointSome && rnd() < 0.35 ? 0 : Math.round(covered * ru(0.1, 0.45));
    const own = covered - joint;
    const jorg = joint === 0 ? 0 : Math.max(1, Math.floor(joint / ri(2, 5)));
    const soc = ri(5, 60);
    const socCov = Math.round(soc * ru(0.5, 1));
    return { name, ent, covered, own, joint, jorg, rate: r1((covered / ent) * 100), soc, socCov, socRate: r1((socCov / soc) * 100) };
  });
  const T = { name: opts.totalName || '合计' };
  for (const k of ['ent', 'covered', 'own', 'joint', 'jorg', 'soc', 'socCov']) T[k] = rows.reduce((s, r) => s + r[k], 0);
  T.rate = r1((T.covered / T.ent) * 100);
  T.socRate = r1((T.socCov / T.soc) * 100);
  T.isTotal = true;
  return { rows, total: T };
}

function popModel(names) {
  const rows = names.map((name) => {
    const pop = ri(85000, 960000);
    const urban = Math.round(pop * ru(0.45, 0.97));
    const hh = Math.round(pop * ru(0.8, 1.15));
    return { name, pop, urban, hh, urbRate: r1((urban / pop) * 100) };
  });
  const T = { name: '全市', isTotal: true };
  for (const k of ['pop', 'urban', 'hh']) T[k] = rows.reduce((s, r) => s + r[k], 0);
  T.urbRate = r1((T.urban / T.pop) * 100);
  return { rows, total: T };
}

// GDP in 万元 integers, shown as 亿元 (4 decimals stored)
function gdpModel(negConstruction) {
  const mk = () => ({ a1: ri(180000, 420000), ind: ri(600000, 1500000), con: ri(150000, 400000), a3: ri(900000, 2200000) });
  const p = mk();
  const c = {
    a1: Math.round(p.a1 * ru(1.02, 1.06)),
    ind: Math.round(p.ind * ru(1.03, 1.09)),
    con: Math.round(p.con * (negConstruction ? ru(0.9, 0.97) : ru(1.01, 1.05))),
    a3: Math.round(p.a3 * ru(1.04, 1.08)),
  };
  const lines = (v) => {
    const a2 = v.ind + v.con; const g = v.a1 + a2 + v.a3;
    return { gdp: g, a1: v.a1, a2, ind: v.ind, con: v.con, a3: v.a3 };
  };
  const P = lines(p), C = lines(c);
  const items = [
    ['地区生产总值', 'gdp'], ['第一产业', 'a1'], ['第二产业', 'a2'], ['  其中：工业', 'ind'], ['        建筑业', 'con'], ['第三产业', 'a3'],
  ];
  return items.map(([label, k]) => {
    const prev = fix4(P[k] / 10000), cur = fix4(C[k] / 10000);
    return { name: label, k, prev, cur, growth: r1((C[k] / P[k] - 1) * 100), share: k === 'gdp' ? 100 : r1((C[k] / C.gdp) * 100), diff: fix4((C[k] - P[k]) / 10000) };
  });
}

// Budget in 万元 integers
function budgetModel() {
  const tax = [['增值税', 30000, 90000], ['企业所得税', 8000, 30000], ['个人所得税', 2000, 9000], ['城市维护建设税', 3000, 9000], ['房产税', 1500, 6000], ['印花税', 800, 3000], ['城镇土地使用税', 1000, 5000], ['土地增值税', 3000, 15000], ['耕地占用税', 500, 4000], ['契税', 4000, 16000]];
  const non = [['专项收入', 5000, 15000], ['行政事业性收费收入', 2000, 8000], ['罚没收入', 1500, 6000], ['国有资源（资产）有偿使用收入', 6000, 30000], ['其他收入', 300, 2000]];
  const mk = (list) => list.map(([n, a, b]) => { const prev = ri(a, b); const cur = Math.round(prev * ru(0.82, 1.15)); return { name: n, prev, cur }; });
  const T = mk(tax), N = mk(non);
  const sum = (l, k) => l.reduce((s, r) => s + r[k], 0);
  const tt = { name: '税收收入', prev: sum(T, 'prev'), cur: sum(T, 'cur'), sub: true };
  const nt = { name: '非税收入', prev: sum(N, 'prev'), cur: sum(N, 'cur'), sub: true };
  const gt = { name: '一般公共预算收入', prev: tt.prev + nt.prev, cur: tt.cur + nt.cur, top: true };
  const all = [gt, tt, ...T.map((r) => ({ ...r, name: '    ' + r.name })), nt, ...N.map((r) => ({ ...r, name: '    ' + r.name }))];
  for (const r of all) { r.diff = r.cur - r.prev; r.growth = r1((r.cur / r.prev - 1) * 100); }
  return all;
}

// ---------- rendering ----------
function styleHeader(ws, r1_, r2_, c1, c2) {
  for (let r = r1_; r <= r2_; r++) for (let c = c1; c <= c2; c++) {
    const cell = ws.getCell(r, c);
    cell.font = { bold: true, name: '宋体', size: 10 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  }
}
function titleBlock(ws, title, unit, lastCol, opts = {}) {
  ws.getCell('A1').value = title;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell('A1').font = { bold: true, size: 16, name: '方正小标宋简体' };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(1).height = 30;
  if (unit) {
    if (opts.unitRight) { ws.getCell(2, lastCol).value = unit; ws.getCell(2, lastCol).alignment = { horizontal: 'right' }; }
    else { ws.getCell('A2').value = unit; ws.mergeCells(2, 1, 2, lastCol); }
  }
}

// generic writer of a data row. cols: [{col:'B', key, w:(cell,v,ctx)=>void}]
function writeRows(ws, startRow, rows, cols, plant, rec) {
  let r = startRow;
  const addr = {};
  for (const row of rows) {
    addr[row.name] = {};
    for (const c of cols) addr[row.name][c.key] = c.col + r;
    r++;
  }
  r = startRow;
  const firstData = startRow, lastData = startRow + rows.filter((x) => !x.isTotal).length - 1;
  for (const row of rows) {
    for (const c of cols) {
      const cell = ws.getCell(c.col + r);
      let v = c.key === 'name' ? row.name : row[c.key];
      const isPlant = plant && plant.row === row.name && plant.key === c.key;
      if (isPlant) { v = plant.value; rec.cell = `${ws.name}!${c.col}${r}`; }
      const ctx = { r, row, addr: addr[row.name], first: firstData, last: lastData, col: c.col, isPlant };
      if (c.w) c.w(cell, v, ctx); else cell.value = v;
      cell.border = BORDER;
      cell.font = { name: '宋体', size: 10 };
    }
    r++;
  }
  return r;
}

// cell writers
const W = {
  num: (fmt = '0') => (cell, v) => { cell.value = v; cell.numFmt = fmt; },
  text: (cell, v) => { cell.value = String(v); cell.numFmt = '@'; },
  textSep: (cell, v) => { cell.value = typeof v === 'number' ? sep(v) : v; cell.numFmt = '@'; },
  textSpace: (cell, v) => { cell.value = typeof v === 'number' ? String(v) + (v % 3 === 0 ? '  ' : ' ') : v; cell.numFmt = '@'; },
  fullwidth: (cell, v) => { cell.value = typeof v === 'number' ? FW(v) : v; cell.numFmt = '@'; },
  dash: (mark) => (cell, v) => { cell.value = v === 0 ? mark : v; cell.alignment = { horizontal: 'right' }; },
  rate1: (cell, v) => { cell.value = v; cell.numFmt = '0.0'; },
  pct: (cell, v) => { cell.value = roundN(v / 100, 3); cell.numFmt = '0.0%'; },
  // SUM formula with cached result for total rows, else plain number
  sumTotal: (fmt = '0') => (cell, v, ctx) => {
    cell.numFmt = fmt;
    if (ctx.row.isTotal && !ctx.isPlant) cell.value = { formula: `SUM(${ctx.col}${ctx.first}:${ctx.col}${ctx.last})`, result: v };
    else cell.value = v;
  },
  rateRoundFormula: (numKey, denKey) => (cell, v, ctx) => {
    cell.numFmt = '0.0';
    if (ctx.isPlant) { cell.value = v; return; }
    cell.value = { formula: `ROUND(${ctx.addr[numKey]}/${ctx.addr[denKey]}*100,1)`, result: v };
  },
  ratePctFormula: (numKey, denKey) => (cell, v, ctx) => {
    cell.numFmt = '0.0%';
    if (ctx.isPlant) { cell.value = roundN(v / 100, 3); return; }
    cell.value = { formula: `${ctx.addr[numKey]}/${ctx.addr[denKey]}`, result: ctx.row[numKey] / ctx.row[denKey] };
  },
  rateUnrounded: (numKey, denKey) => (cell, v, ctx) => {
    cell.numFmt = '0.0';
    cell.value = ctx.isPlant ? v : (ctx.row[numKey] / ctx.row[denKey]) * 100;
  },
};

const manifest = {};
async function save(name, wb, rec) {
  await wb.xlsx.writeFile(path.join(OUT, name));
  manifest[name] = rec && rec.cell ? { cell: rec.cell, note: rec.note } : null;
}

// ---------- coverage table layouts ----------
// layout "two-row": A 乡镇 | B 非公企业数 | C 已建党组织企业数 | D,E 其中 单独/联合 | F 覆盖率
function covHeaderTwoRow(ws, row0) {
  const h = row0;
  ws.getCell(h, 1).value = '乡镇（街道）';
  ws.getCell(h, 2).value = '非公有制企业数（个）';
  ws.getCell(h, 3).value = '已建立党组织的企业数（个）';
  ws.getCell(h, 4).value = '其中';
  ws.getCell(h + 1, 4).value = '单独建立党组织企业数';
  ws.getCell(h + 1, 5).value = '联合建立党组织覆盖企业数';
  ws.getCell(h, 6).value = '党组织覆盖率（%）';
  ws.mergeCells(h, 1, h + 1, 1); ws.mergeCells(h, 2, h + 1, 2); ws.mergeCells(h, 3, h + 1, 3);
  ws.mergeCells(h, 4, h, 5); ws.mergeCells(h, 6, h + 1, 6);
  styleHeader(ws, h, h + 1, 1, 6);
  return h + 2;
}
function covHeaderOneRow(ws, row0, withJorg) {
  const hs = ['乡镇', '非公企业数', '已建党组织企业数', '单独组建党组织企业数', '联合组建党组织覆盖企业数'];
  if (withJorg) hs.push('联合党组织数');
  hs.push('覆盖率(%)');
  hs.forEach((t, i) => { ws.getCell(row0, i + 1).value = t; });
  styleHeader(ws, row0, row0, 1, hs.length);
  return row0 + 1;
}
function covCols(w) {
  // w: {count, total, rate}
  return [
    { col: 'A', key: 'name' },
    { col: 'B', key: 'ent', w: w.count },
    { col: 'C', key: 'covered', w: w.count },
    { col: 'D', key: 'own', w: w.count },
    { col: 'E', key: 'joint', w: w.joint || w.count },
    { col: 'F', key: 'rate', w: w.rate },
  ];
}
const widths = (ws, arr) => arr.forEach((w, i) => { ws.getColumn(i + 1).width = w; });

async function covCase(name, o) {
  rnd = mulberry32(o.seed);
  const wb = new ExcelJS.Workbook();
  wb.creator = '县委组织部';
  const ws = wb.addWorksheet(o.sheet || '覆盖情况');
  const m = covModel(TOWNS.slice(0, o.n || 10), o.lo || 20, o.hi || 180, o.model || {});
  titleBlock(ws, o.title || '2024年全县非公有制企业党组织覆盖情况统计表', o.unit === undefined ? '单位：个、%' : o.unit, 6, o);
  let start = o.oneRow ? covHeaderOneRow(ws, 3) : covHeaderTwoRow(ws, 3);
  if (o.lanci) { ['甲', 1, 2, 3, 4, 5].forEach((v, i) => { ws.getCell(start, i + 1).value = v; ws.getCell(start, i + 1).alignment = { horizontal: 'center' }; }); start++; }
  const cols = covCols(o.w);
  const rec = { note: o.note };
  const rows = [...m.rows, m.total];
  if (o.mutate) o.mutate(m, rows);
  const plant = o.plant ? o.plant(m) : null;
  const end = writeRows(ws, start, rows, cols, plant, rec);
  widths(ws, [14, 12, 14, 14, 16, 12]);
  if (o.after) o.after(ws, { start, end, m, wb });
  (o.foot || []).forEach((t, i) => { ws.getCell(end + 1 + i, 1).value = t; ws.mergeCells(end + 1 + i, 1, end + 1 + i, 6); });
  await save(name, wb, rec);
}

// ---------- build all cases ----------
(async () => {
  const countW = W.num('0');
  // c01 percent-formatted rate, stored rounded fraction
  await covCase('c01_cov_pctfmt.xlsx', { seed: 101, w: { count: countW, rate: W.pct } });
  // c02 SUM formulas + ROUND rate formula
  await covCase('c02_cov_formulas.xlsx', { seed: 102, w: { count: W.sumTotal(), rate: W.rateRoundFormula('covered', 'ent') } });
  // c03 rate = C/B percent-format, unrounded cached result
  await covCase('c03_cov_pctformula.xlsx', { seed: 103, w: { count: W.sumTotal(), rate: W.ratePctFormula('covered', 'ent') } });
  // c04 numbers stored as text with thousand separators (city level, larger counts)
  await covCase('c04_cov_textsep.xlsx', { seed: 104, n: 9, lo: 800, hi: 4200, title: '2024年全市非公有制企业党组织覆盖情况统计表', w: { count: W.textSep, rate: W.rate1 },
    mutate: (m) => { m.rows.forEach((r, i) => { r.name = COUNTIES[i]; }); m.total.name = '全市'; } });
  // c05 text numbers with trailing spaces
  await covCase('c05_cov_textspace.xlsx', { seed: 105, w: { count: W.textSpace, rate: W.rate1 } });
  // c06 full-width digits
  await covCase('c06_cov_fullwidth.xlsx', { seed: 106, n: 8, w: { count: W.fullwidth, rate: (c, v) => { c.value = FW(v.toFixed(1)); } } });
  // c08 hidden helper column (G: unrounded ratio) + frozen panes
  await covCase('c08_cov_hiddencol.xlsx', { seed: 108, w: { count: countW, rate: W.rate1 },
    after: (ws, { start, end, m }) => {
      ws.getCell(3, 7).value = '辅助列'; 
      for (let r = start; r < end; r++) { ws.getCell(r, 7).value = { formula: `C${r}/B${r}`, result: (r - start < m.rows.length ? m.rows[r - start] : m.total).covered / (r - start < m.rows.length ? m.rows[r - start] : m.total).ent }; }
      ws.getColumn(7).hidden = true;
      ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }];
    } });
  // c09 hidden data row, included in the total
  await covCase('c09_cov_hiddenrow.xlsx', { seed: 109, w: { count: countW, rate: W.rate1 },
    after: (ws, { start }) => { ws.getRow(start + 3).hidden = true; ws.views = [{ state: 'frozen', ySplit: 4 }]; } });
  // c10 dash marks for zero joint coverage
  await covCase('c10_cov_dashes.xlsx', { seed: 110, n: 12, model: { noJointSome: true }, w: { count: countW, joint: W.dash('-'), rate: W.rate1 } });
  // c11 footnote rows with numbers
  await covCase('c11_cov_footnote.xlsx', { seed: 111, w: { count: countW, rate: W.rate1 },
    foot: ['注：1. 2024年数据为快报数，正式数据以年报为准。', '2. 党组织覆盖率=已建立党组织的企业数÷非公有制企业数×100%，统计口径为从业人员3人以上企业。', '3. 全县共12个乡镇（街道），其中2个乡镇无非公企业，未列入本表。', '填报人：王某某    审核人：李某某    报出日期：2025年1月15日'] });

  // ----- planted coverage cases -----
  await covCase('p01_cov_pctfmt_rate.xlsx', { seed: 201, w: { count: countW, rate: W.pct },
    plant: (m) => { const r = m.rows[3]; return { row: r.name, key: 'rate', value: r1(r.rate - 5) }; }, note: 'percent-formatted rate of 4th township lowered by 5 points' });
  await covCase('p02_cov_formula_typedtotal.xlsx', { seed: 202, w: { count: W.sumTotal(), rate: W.rateRoundFormula('covered', 'ent') },
    plant: (m) => ({ row: m.total.name, key: 'ent', value: m.total.ent + 10 }), note: 'total 非公企业数 typed as constant, +10 (others SUM formulas)' });
  await covCase('p03_cov_textsep_total.xlsx', { seed: 203, n: 9, lo: 800, hi: 4200, w: { count: W.textSep, rate: W.rate1 },
    mutate: (m) => { m.rows.forEach((r, i) => { r.name = COUNTIES[i]; }); m.total.name = '全市'; },
    plant: (m) => { const s = String(m.total.covered); const t = s.slice(0, -2) + s.slice(-1) + s.slice(-2, -1); return { row: '全市', key: 'covered', value: +t === m.total.covered ? m.total.covered + 90 : +t }; },
    note: 'total 已建 (text with separators) last two digits transposed' });
  await covCase('p04_cov_fullwidth_joint.xlsx', { seed: 204, n: 8, w: { count: W.fullwidth, rate: (c, v) => { c.value = FW(v.toFixed(1)); } },
    plant: (m) => { const r = m.rows[2]; return { row: r.name, key: 'joint', value: r.joint + 7 }; }, note: '联合建立 of 3rd township +7 (full-width), covered != own+joint, column total off' });
  await covCase('p06_cov_hiddencol_total.xlsx', { seed: 206, w: { count: countW, rate: W.rate1 },
    plant: (m) => ({ row: m.total.name, key: 'own', value: m.total.own - 12 }), note: 'total 单独建立 -12',
    after: (ws, { start, end }) => { ws.getCell(3, 7).value = '备用'; for (let r = start; r < end; r++) ws.getCell(r, 7).value = 'X' + r; ws.getColumn(7).hidden = true; ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }]; } });
  await covCase('p07_cov_hiddenrow_rate.xlsx', { seed: 207, w: { count: countW, rate: W.rate1 },
    plant: (m) => { const r = m.rows[6]; return { row: r.name, key: 'rate', value: r1(r.rate + 3.1) }; }, note: 'rate of 7th township +3.1 (a row is hidden above it)',
    after: (ws, { start }) => { ws.getRow(start + 2).hidden = true; } });
  await covCase('p08_cov_dashes_own.xlsx', { seed: 208, n: 12, model: { noJointSome: true }, w: { count: countW, joint: W.dash('-'), rate: W.rate1 },
    plant: (m) => { const r = m.rows.find((x) => x.joint === 0) || m.rows[0]; return { row: r.name, key: 'own', value: r.own - 4 }; }, note: '单独建立 -4 in a township whose 联合 is "-"' });
  await covCase('p09_cov_footnote_parts.xlsx', { seed: 209, oneRow: true, w: { count: countW, rate: W.rate1 },
    plant: (m) => { const r = m.rows[5]; return { row: r.name, key: 'own', value: r.ent + 3 }; }, note: '单独组建 set above 非公企业数 (part > whole)',
    foot: ['注：1. 2024年数据为快报数。', '2. 覆盖率按已建党组织企业数÷企业数×100%计算。'] });

  // ----- two-row header with two merged parent groups: 非公企业 / 社会组织 -----
  async function twoGroup(name, seed, plantFn, note, sepCol) {
    rnd = mulberry32(seed);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('两新组织');
    const m = covModel(TOWNS.slice(0, 11), 15, 160);
    const g2 = sepCol ? 6 : 5; // start col of second group
    const last = g2 + 2;
    titleBlock(ws, '2024年各乡镇“两新”组织党组织覆盖情况表', '单位：个、%', last, { unitRight: true });
    ws.getCell(3, 1).value = '乡镇'; ws.mergeCells(3, 1, 4, 1);
    ws.getCell(3, 2).value = '非公有制企业'; ws.mergeCells(3, 2, 3, 4);
    ws.getCell(3, g2).value = '社会组织'; ws.mergeCells(3, g2, 3, g2 + 2);
    const sub = ['总数', '已建党组织数', '覆盖率'];
    sub.forEach((t, i) => { ws.getCell(4, 2 + i).value = t; ws.getCell(4, g2 + i).value = t; });
    styleHeader(ws, 3, 4, 1, last);
    if (sepCol) { for (let r = 3; r <= 17; r++) { ws.getCell(r, 5).value = null; ws.getCell(r, 5).border = {}; } ws.getColumn(5).width = 2; }
    const L = (n) => colL(n);
    const cols = [
      { col: 'A', key: 'name' }, { col: 'B', key: 'ent' }, { col: 'C', key: 'covered' }, { col: 'D', key: 'rate', w: W.rate1 },
      { col: L(g2), key: 'soc' }, { col: L(g2 + 1), key: 'socCov' }, { col: L(g2 + 2), key: 'socRate', w: W.rate1 },
    ];
    const rec = { note };
    const rows = [m.total, ...m.rows]; // total first, as many offices do
    m.total.name = '全县';
    const plant = plantFn ? plantFn(m) : null;
    writeRows(ws, 5, rows, cols, plant, rec);
    ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }];
    await save(name, wb, rec);
  }
  await twoGroup('c07_twogroup_header.xlsx', 107);
  await twoGroup('c18_twogroup_sepcol.xlsx', 118, null, null, true);
  await twoGroup('p05_twogroup_socrate.xlsx', 205, (m) => { const r = m.rows[4]; return { row: r.name, key: 'socRate', value: r1(r.socRate - 8.3) }; }, '社会组织覆盖率 of 5th township -8.3');
  await twoGroup('p18_twogroup_sepcol_soctotal.xlsx', 218, (m) => ({ row: '全县', key: 'socCov', value: m.total.socCov + 6 }), '全县 社会组织已建党组织数 +6 (separator column present)', true);

  // ----- population -----
  async function popCase(name, seed, o) {
    rnd = mulberry32(seed);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(o.sheet || '人口');
    const m = popModel(DISTRICTS);
    const wan = o.wan; // in 万人 with 4 decimals
    titleBlock(ws, '2024年末各区人口主要数据', wan ? '单位：万人、%' : '单位：人、%', 5);
    ['地区', '年末常住人口', '其中：城镇人口', '城镇化率', '户籍人口'].forEach((t, i) => { ws.getCell(3, i + 1).value = t; });
    styleHeader(ws, 3, 3, 1, 5);
    if (wan) for (const r of [...m.rows, m.total]) for (const k of ['pop', 'urban', 'hh']) r[k] = fix4(r[k] / 10000);
    const cw = o.count || (wan ? W.num('0.00') : W.num('#,##0'));
    const cols = [{ col: 'A', key: 'name' }, { col: 'B', key: 'pop', w: cw }, { col: 'C', key: 'urban', w: cw }, { col: 'D', key: 'urbRate', w: o.rate || W.rate1 }, { col: 'E', key: 'hh', w: cw }];
    const rec = { note: o.note };
    const rows = [m.total, ...m.rows];
    const plant = o.plant ? o.plant(m) : null;
    const end = writeRows(ws, 4, rows, cols, plant, rec);
    (o.foot || []).forEach((t, i) => { ws.getCell(end + 1 + i, 1).value = t; });
    if (o.after) o.after(wb, ws, m);
    await save(name, wb, rec);
    return m;
  }
  await popCase('c12_pop_textsep.xlsx', 112, { count: W.textSep, foot: ['注：常住人口为2024年人口变动情况抽样调查推算数，户籍人口来自公安部门。'] });
  await popCase('c13_pop_wan_decimals.xlsx', 113, { wan: true, count: W.num('0.00'), rate: W.rateUnrounded('urban', 'pop') });
  await popCase('p10_pop_urban_gt_pop.xlsx', 210, { count: W.num('#,##0'), plant: (m) => { const r = m.rows[2]; return { row: r.name, key: 'urban', value: r.pop + 12345 }; }, note: '城镇人口 larger than 常住人口 (其中 > whole)' });
  await popCase('p11_pop_wan_total.xlsx', 211, { wan: true, count: W.num('0.00'), plant: (m) => ({ row: '全市', key: 'pop', value: fix4(m.total.pop + 1.2) }), note: '全市 常住人口 +1.2万 (stored 4 decimals, shown 2)' });

  // ----- multi-sheet: notes sheet + data sheet + chart-only sheet -----
  async function multiSheet(name, seed, plantFn, note) {
    rnd = mulberry32(seed);
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('说明');
    notes.getCell('A1').value = '填报说明';
    notes.getCell('A2').value = '1. 本表统计时点为2024年12月31日。';
    notes.getCell('A3').value = '2. 覆盖率保留1位小数，单位为%。';
    notes.getCell('A4').value = '3. 2023年全县非公企业1286个，2024年新增153个、注销97个。';
    notes.getColumn(1).width = 60;
    const ws = wb.addWorksheet('汇总表');
    const m = covModel(TOWNS.slice(0, 10), 20, 200);
    titleBlock(ws, '2024年全县非公有制企业党组织覆盖情况汇总表', '单位：个、%', 6);
    const start = covHeaderTwoRow(ws, 3);
    const rec = { note };
    const plant = plantFn ? plantFn(m) : null;
    writeRows(ws, start, [...m.rows, m.total], covCols({ count: W.sumTotal(), rate: W.rate1 }), plant, rec);
    const ch = wb.addWorksheet('图表');
    // chart-only sheet: a picture of a chart, no cell data
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const img = wb.addImage({ buffer: png, extension: 'png' });
    ch.addImage(img, { tl: { col: 1, row: 1 }, ext: { width: 480, height: 300 } });
    await save(name, wb, rec);
  }
  await multiSheet('c17_multisheet.xlsx', 117);
  await multiSheet('p12_multisheet_rowrate.xlsx', 212, (m) => { const r = m.rows[1]; return { row: r.name, key: 'covered', value: r.covered + 5 }; }, '已建 of 2nd township +5 (rate and column total no longer agree)');

  // ----- GDP by industry -----
  async function gdpCase(name, seed, o) {
    rnd = mulberry32(seed);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('GDP');
    const rows = gdpModel(o.neg);
    const hasDiff = !!o.diff;
    titleBlock(ws, '2024年全县地区生产总值（分产业）', '单位：亿元、%', hasDiff ? 6 : 5);
    const hdr = ['指标', '2023年', '2024年', '比上年增长'];
    if (hasDiff) hdr.splice(3, 0, '增减额');
    hdr.push('构成');
    hdr.forEach((t, i) => { ws.getCell(3, i + 1).value = t; });
    styleHeader(ws, 3, 3, 1, hdr.length);
    const negFmt = '#,##0.0;(#,##0.0)';
    const cols = [{ col: 'A', key: 'name' }, { col: 'B', key: 'prev', w: W.num('0.00') }, { col: 'C', key: 'cur', w: W.num('0.00') }];
    if (hasDiff) cols.push({ col: 'D', key: 'diff', w: W.num('#,##0.00;(#,##0.00)') });
    cols.push({ col: hasDiff ? 'E' : 'D', key: 'growth', w: W.num(o.paren ? negFmt : '0.0') });
    cols.push({ col: hasDiff ? 'F' : 'E', key: 'share', w: W.num('0.0') });
    const rec = { note: o.note };
    const plant = o.plant ? o.plant(rows) : null;
    const end = writeRows(ws, 4, rows, cols, plant, rec);
    ws.getCell(end + 1, 1).value = '注：1. 地区生产总值按现价计算，增长速度按现价计算。2. 2023年数据为最终核实数，2024年为初步核算数。';
    await save(name, wb, rec);
  }
  await gdpCase('c14_gdp_industry.xlsx', 114, {});
  await gdpCase('c15_gdp_parenneg.xlsx', 115, { neg: true, paren: true, diff: true });
  await gdpCase('p13_gdp_growth_sign.xlsx', 213, { neg: true, paren: true, diff: true, plant: (rows) => { const r = rows.find((x) => x.k === 'con'); return { row: r.name, key: 'growth', value: -r.growth }; }, note: '建筑业 growth sign flipped (shown positive, should be (x.x))' });
  await gdpCase('p14_gdp_industry_gt.xlsx', 214, { plant: (rows) => { const r = rows.find((x) => x.k === 'ind'); const a2 = rows.find((x) => x.k === 'a2'); return { row: r.name, key: 'cur', value: fix4(a2.cur + 21.3) }; }, note: '2024 工业 larger than 第二产业 (其中 > whole)' });

  // ----- budget -----
  async function budgetCase(name, seed, o) {
    rnd = mulberry32(seed);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('收入预算');
    const rows = budgetModel();
    titleBlock(ws, '2024年全县一般公共预算收入预算表', null, 5);
    ws.getCell('E2').value = '单位：万元';
    ['项目', '2023年决算数', '2024年预算数', '增减额', '增长%'].forEach((t, i) => { ws.getCell(3, i + 1).value = t; });
    styleHeader(ws, 3, 3, 1, 5);
    const neg = '#,##0;(#,##0)';
    const cols = [{ col: 'A', key: 'name' }, { col: 'B', key: 'prev', w: W.num('#,##0') }, { col: 'C', key: 'cur', w: W.num('#,##0') }, { col: 'D', key: 'diff', w: W.num(neg) }, { col: 'E', key: 'growth', w: W.num('0.0;(0.0)') }];
    const rec = { note: o.note };
    const plant = o.plant ? o.plant(rows) : null;
    if (o.text) {
      cols[1].w = cols[2].w = W.textSep;
      cols[3].w = (cell, v) => { cell.value = v < 0 ? '(' + sep(-v) + ')' : sep(v); };
      cols[4].w = (cell, v) => { cell.value = v < 0 ? '(' + (-v).toFixed(1) + ')' : v.toFixed(1); };
    }
    if (o.formulas) {
      // subtotal rows as SUM formulas over their items
      cols[1].w = cols[2].w = (cell, v, ctx) => {
        cell.numFmt = '#,##0';
        const i = rows.indexOf(ctx.row);
        if (ctx.isPlant) { cell.value = v; return; }
        if (ctx.row.sub) { let j = i + 1; while (j < rows.length && !rows[j].sub) j++; cell.value = { formula: `SUM(${ctx.col}${ctx.r + 1}:${ctx.col}${ctx.r + (j - i - 1)})`, result: v }; }
        else if (ctx.row.top) cell.value = { formula: `${ctx.col}${ctx.r + 1}+${ctx.col}${ctx.r + 12}`, result: v };
        else cell.value = v;
      };
    }
    writeRows(ws, 4, rows, cols, plant, rec);
    ws.views = [{ state: 'frozen', ySplit: 3 }];
    await save(name, wb, rec);
  }
  await budgetCase('c16_budget_paren.xlsx', 116, {});
  await budgetCase('c19_budget_formulas.xlsx', 119, { formulas: true });
  await budgetCase('p15_budget_taxsubtotal.xlsx', 215, { plant: (rows) => { const r = rows.find((x) => x.name === '税收收入'); return { row: r.name, key: 'cur', value: r.cur + 1000 }; }, note: '2024 税收收入 subtotal +1000 (items, 增减额, growth unchanged)' });
  await budgetCase('p16_budget_growth.xlsx', 216, { plant: (rows) => { const r = rows.find((x) => x.name.trim() === '契税'); return { row: r.name, key: 'growth', value: r1(r.growth + 10) }; }, note: '契税 growth +10 points' });

  // ----- merged region column with 小计 rows -----
  async function regionCase(name, seed, plantFn, note) {
    rnd = mulberry32(seed);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分片区');
    titleBlock(ws, '2024年各片区非公企业党组织覆盖情况', '单位：个、%', 5);
    ['片区', '乡镇', '企业数', '已建党组织企业数', '覆盖率（%）'].forEach((t, i) => { ws.getCell(3, i + 1).value = t; });
    styleHeader(ws, 3, 3, 1, 5);
    const groups = [['东片区', TOWNS.slice(0, 4)], ['西片区', TOWNS.slice(4, 8)], ['北片区', TOWNS.slice(8, 11)]];
    let r = 4; const rec = { note };
    const all = { ent: 0, covered: 0 };
    const cells = [];
    for (const [g, towns] of groups) {
      const m = covModel(towns, 20, 150);
      const top = r;
      for (const t of m.rows) cells.push([r++, t.name, t, false]);
      cells.push([r++, '小计', m.total, true]);
      ws.getCell(top, 1).value = g; ws.mergeCells(top, 1, r - 1, 1);
      all.ent += m.total.ent; all.covered += m.total.covered;
    }
    all.rate = r1(all.covered / all.ent * 100);
    cells.push([r++, '合计', all, true]);
    const pl = plantFn ? plantFn(cells) : null;
    for (const [row, label, d] of cells) {
      ws.getCell(row, 2).value = label;
      const vals = { C: d.ent, D: d.covered, E: d.rate };
      if (pl && pl.row === row) { vals[pl.col] = pl.value; rec.cell = `分片区!${pl.col}${row}`; }
      ws.getCell(row, 3).value = vals.C; ws.getCell(row, 4).value = vals.D; ws.getCell(row, 5).value = vals.E; ws.getCell(row, 5).numFmt = '0.0';
    }
    ws.mergeCells(r - 1, 1, r - 1, 2); ws.getCell(r - 1, 1).value = '合计';
    await save(name, wb, rec);
  }
  await regionCase('c20_region_subtotals.xlsx', 120);
  await regionCase('p17_region_subtotal.xlsx', 217, (cells) => { const c = cells.filter((x) => x[1] === '小计')[1]; return { row: c[0], col: 'D', value: c[2].covered - 9 }; }, '西片区 小计 已建 -9');

  // ----- CSV -----
  function csvCase(name, seed, o) {
    rnd = mulberry32(seed);
    const m = popModel(DISTRICTS.slice(0, 7));
    const lines = ['2024年末各区常住人口及城镇化率', '单位：人、%', '地区,年末常住人口,城镇人口,城镇化率'];
    const rows = [m.total, ...m.rows];
    let cell = null;
    rows.forEach((r, i) => {
      let pop = r.pop, urban = r.urban, rate = r.urbRate.toFixed(1);
      if (o.plant && o.plant.idx === i) { if (o.plant.key === 'pop') { pop += o.plant.delta; cell = `${name.replace(/\.csv$/, '')}!B${4 + i}`; } }
      const q = (v) => (o.quoteSep ? `"${sep(v)}"` : String(v));
      lines.push([r.name, q(pop), q(urban), rate].join(','));
    });
    lines.push('注：1. 2024年数据为快报数。2. 城镇化率=城镇人口÷常住人口×100%。');
    const text = lines.join('\r\n') + '\r\n';
    const buf = o.gbk ? iconv.encode(text, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    fs.writeFileSync(path.join(OUT, name), buf);
    manifest[name] = cell ? { cell, note: o.note } : null;
  }
  csvCase('c21_pop_gbk.csv', 121, { gbk: true, quoteSep: true });
  csvCase('c22_pop_bom.csv', 122, {});
  csvCase('p19_pop_gbk_total.csv', 219, { gbk: true, quoteSep: true, plant: { idx: 0, key: 'pop', delta: 10000 }, note: '全市 常住人口 +10000 (GBK csv, quoted thousands)' });


  // ===== batch 2 =====
  await covCase('c23_cov_lanci.xlsx', { seed: 123, lanci: true, w: { count: countW, rate: W.rate1 } });
  const maskAfter = (confIdx, zeroIdx) => (ws, { start }) => {
    if (confIdx != null) for (const c of 'BCDEF') ws.getCell(`${c}${start + confIdx}`).value = '…';
    if (zeroIdx != null) { for (const c of 'BCDE') ws.getCell(`${c}${start + zeroIdx}`).value = '—'; ws.getCell(`F${start + zeroIdx}`).value = '/'; }
  };
  const zeroMut = (zi) => (m) => { const r = m.rows[zi]; Object.assign(r, { ent: 0, covered: 0, own: 0, joint: 0, jorg: 0 }); for (const k of ['ent', 'covered', 'own', 'joint']) m.total[k] = m.rows.reduce((s, x) => s + x[k], 0); m.total.rate = r1(m.total.covered / m.total.ent * 100); };
  await covCase('c24_cov_confidential.xlsx', { seed: 124, n: 11, w: { count: countW, rate: W.rate1 }, mutate: zeroMut(8), after: maskAfter(4, 8),
    foot: ['注：“…”表示数据不宜公开，合计中已包含；“—”表示无此项企业，“/”表示不适用。'] });
  await covCase('p20_cov_confidential_rate.xlsx', { seed: 220, n: 11, w: { count: countW, rate: W.rate1 }, mutate: zeroMut(8), after: maskAfter(4, 8),
    plant: (m) => { const r = m.rows[1]; return { row: r.name, key: 'rate', value: r1(r.rate + 6.4) }; }, note: '2nd township rate +6.4 (table has … and — rows)',
    foot: ['注：“…”表示数据不宜公开，合计中已包含；“—”表示无此项企业，“/”表示不适用。'] });
  await budgetCase('c25_budget_text.xlsx', 125, { text: true });
  await budgetCase('p21_budget_text_diff.xlsx', 221, { text: true, plant: (rows) => { const r = rows.find((x) => x.name.trim() === '房产税'); return { row: r.name, key: 'diff', value: -r.diff }; }, note: '房产税 增减额 sign flipped (text "(n)")' });
  const pctText = (c, v) => { c.value = v.toFixed(1) + '%'; c.alignment = { horizontal: 'right' }; };
  await covCase('c26_cov_pcttext.xlsx', { seed: 126, w: { count: countW, rate: pctText } });
  await covCase('p22_cov_pcttext_total.xlsx', { seed: 222, w: { count: countW, rate: pctText }, plant: (m) => ({ row: '合计', key: 'rate', value: r1(m.total.rate - 1.5) }), note: '合计 rate (text "x%") -1.5' });
  const noCache = (fmt) => (cell, v, ctx) => { cell.numFmt = fmt; if (ctx.row.isTotal) cell.value = { formula: `SUM(${ctx.col}${ctx.first}:${ctx.col}${ctx.last})` }; else cell.value = v; };
  await covCase('c27_cov_nocache.xlsx', { seed: 127, w: { count: noCache('0'), rate: (cell, v, ctx) => { cell.numFmt = '0.0%'; cell.value = { formula: `${ctx.addr.covered}/${ctx.addr.ent}` }; } } });
  await covCase('p23_cov_lanci_total.xlsx', { seed: 223, lanci: true, w: { count: countW, rate: W.rate1 }, plant: (m) => ({ row: '合计', key: 'joint', value: m.total.joint + 20 }), note: '合计 联合建立 +20 (栏次 row under header)' });
  fs.writeFileSync('/tmp/round55a/manifest.json', JSON.stringify(manifest, null, 2));
  const n = Object.keys(manifest).length, p = Object.values(manifest).filter(Boolean).length;
  console.log(`wrote ${n} cases: ${n - p} clean, ${p} planted`);
})().catch((e) => { console.error(e); process.exit(1); });
