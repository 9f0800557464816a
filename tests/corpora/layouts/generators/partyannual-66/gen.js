// Round 66b of issue 9, by an outside helper: writes clean and planted books to /tmp/round66b; the corpus keeps the
// clean ones (tests/corpora/layouts/partyannual-66, copied from its cases folder).
// gen.js — realistic 党内统计年报-style workbooks (非公企业和社会组织党建), clean + planted twins.
// node gen.js          -> cases/*.xlsx + manifest.json
// node gen.js --probe  -> probe/*.xlsx + probe/manifest.json
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const PROBE = process.argv.includes('--probe');

function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rng = mulberry(PROBE ? 9091 : 6606);
const ri = (a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rng() * arr.length)];
const shuffle = (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };

const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '青山县', '白水县', '临江县', '平安县', '永丰县', '长乐县', '安定县', '新河县', '丰泽区'];
const STREETS = ['城东街道', '城西街道', '南门街道', '北关街道', '新华街道', '解放街道'];
const TOWNS = ['柳河镇', '石桥镇', '王集镇', '李庄乡', '大屯乡', '河口镇', '沙湾镇', '黄土岭乡', '清水镇'];
const TRADES = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '住宿和餐饮业', '金融业', '房地产业', '租赁和商务服务业', '其他行业'];
const SOCS = ['社会团体', '社会服务机构', '基金会'];

// ---------- table types ----------
const rate = (num, den, dec) => den === 0 ? null : Math.round(num * Math.pow(10, dec + 2) / den) / Math.pow(10, dec);
const TYPES = {
  orgflow: {
    title: '非公有制经济组织和社会组织党组织数变动情况', unit: '个',
    gen: (s) => { const a0 = ri(5, 60) * s; return { a0, xj: ri(0, Math.max(2, a0 >> 3)), zr: ri(0, 4), cx: ri(0, Math.max(1, a0 >> 4)), zc: ri(0, 3) }; },
    derive: (o) => { o.inc = o.xj + o.zr; o.dec = o.cx + o.zc; o.end = o.a0 + o.inc - o.dec; },
    cols: (op) => {
      const c = [{ key: 'a0', head: '年初党组织数', role: 'flow' }];
      if (op.endFirst) c.push({ key: 'end', head: '年末党组织数', role: 'flow' });
      if (op.subtot !== false) c.push({ key: 'inc', head: ['本年增加', '小计'], role: 'total' });
      c.push({ key: 'xj', head: ['本年增加', '新建'], role: 'part' }, { key: 'zr', head: ['本年增加', '转入'], role: 'part' });
      if (op.subtot !== false) c.push({ key: 'dec', head: ['本年减少', '小计'], role: 'total' });
      c.push({ key: 'cx', head: ['本年减少', '撤销'], role: 'part' }, { key: 'zc', head: ['本年减少', '转出'], role: 'part' });
      if (!op.endFirst) c.push({ key: 'end', head: '年末党组织数', role: 'flow' });
      return c;
    },
  },
  memflow: {
    title: '非公有制经济组织和社会组织党员数变动情况', unit: '名',
    gen: (s) => { const a0 = ri(40, 900) * s; return { a0, fz: ri(0, Math.max(3, a0 >> 5)), zr: ri(0, a0 >> 4), zc: ri(0, a0 >> 5), sw: ri(0, Math.max(1, a0 >> 7)), cd: ri(0, 2) }; },
    derive: (o) => { o.inc = o.fz + o.zr; o.dec = o.zc + o.sw + o.cd; o.end = o.a0 + o.inc - o.dec; },
    cols: (op) => {
      const c = [{ key: 'a0', head: '年初党员数', role: 'flow' }];
      if (op.subtot !== false) c.push({ key: 'inc', head: ['本年增加', '小计'], role: 'total' });
      c.push({ key: 'fz', head: ['本年增加', '发展党员'], role: 'part' }, { key: 'zr', head: ['本年增加', '转入'], role: 'part' });
      if (op.subtot !== false) c.push({ key: 'dec', head: ['本年减少', '小计'], role: 'total' });
      c.push({ key: 'zc', head: ['本年减少', '转出'], role: 'part' }, { key: 'sw', head: ['本年减少', '死亡'], role: 'part' }, { key: 'cd', head: ['本年减少', '出党'], role: 'part' });
      c.push({ key: 'end', head: '年末党员数', role: 'flow' });
      return c;
    },
  },
  kind: {
    title: '非公有制经济组织和社会组织党组织设置情况', unit: '个',
    gen: (s) => { return { dw: ri(0, 3) * Math.max(1, s >> 1), dzz: ri(0, 6) * s, dan: ri(3, 40) * s, lh: ri(1, 15) * s, gn: ri(0, 5) * s }; },
    derive: (o) => { o.zb = o.dan + o.lh + o.gn; o.tot = o.dw + o.dzz + o.zb; },
    cols: (op) => [
      { key: 'tot', head: '党组织总数', role: 'total' },
      { key: 'dw', head: '党委', role: 'part' }, { key: 'dzz', head: '党总支', role: 'part' },
      { key: 'zb', head: ['党支部', '小计'], role: 'total' },
      { key: 'lh', head: ['党支部', '其中：联合党支部'], role: 'part' },
      { key: 'gn', head: ['党支部', '其中：功能型党支部'], role: 'part' },
    ],
  },
  hj: {
    title: '非公有制经济组织和社会组织党组织换届情况', unit: '个、%',
    gen: (s) => { const y = ri(2, 40) * s; return { y, a: y - ri(0, Math.max(1, y >> 3)) }; },
    derive: (o) => { o.wa = o.y - o.a; },
    cols: (op) => {
      const c = [{ key: 'y', head: '应换届党组织数', role: 'total' }, { key: 'a', head: '按期换届数', role: 'part' }];
      if (op.extra) c.push({ key: 'wa', head: '未按期换届数', role: 'part' });
      c.push({ key: 'hr', head: '换届率', rate: ['a', 'y'], dec: op.dec, role: 'rate' });
      return c;
    },
  },
  train: {
    title: '非公有制经济组织和社会组织党组织书记培训情况', unit: '名、%',
    gen: (s) => { const n = ri(5, 80) * s; const y = n - ri(0, n >> 3); return { n, y, d: y - ri(0, Math.max(1, y >> 2)) }; },
    derive: (o) => {},
    cols: (op) => [
      { key: 'n', head: '党组织书记数', role: 'total' },
      { key: 'y', head: '应培训人数', role: 'part' }, { key: 'd', head: '已培训人数', role: 'part' },
      { key: 'pr', head: '培训率', rate: ['d', 'y'], dec: op.dec, role: 'rate' },
    ],
  },
  cover: {
    title: '规模以上企业和社会组织党组织覆盖情况', unit: '个、%',
    gen: (s) => { const q = ri(10, 150) * s, so = ri(5, 120) * s; return { q, qj: q - ri(0, q >> 2), so, sj: so - ri(0, so >> 1) }; },
    derive: (o) => {},
    cols: (op) => [
      { key: 'q', head: ['规模以上企业', '企业数'], role: 'total' }, { key: 'qj', head: ['规模以上企业', '建立党组织数'], role: 'part' },
      { key: 'qr', head: ['规模以上企业', '覆盖率'], rate: ['qj', 'q'], dec: op.dec, role: 'rate' },
      { key: 'so', head: ['社会组织', '社会组织数'], role: 'total' }, { key: 'sj', head: ['社会组织', '建立党组织数'], role: 'part' },
      { key: 'sr', head: ['社会组织', '覆盖率'], rate: ['sj', 'so'], dec: op.dec, role: 'rate' },
    ],
  },
  change: {
    title: '非公有制经济组织和社会组织党组织、党员数量变化情况', unit: '个、名、%',
    gen: (s) => { const o0 = ri(5, 60) * s, m0 = ri(40, 800) * s; return { o0, o1: Math.max(0, o0 + ri(-5, 12)), m0, m1: m0 + ri(-20, 60) }; },
    derive: (o) => { o.od = o.o1 - o.o0; o.md = o.m1 - o.m0; },
    cols: (op) => {
      const c = [{ key: 'o0', head: ['党组织数', '上年'], role: 'flow' }, { key: 'o1', head: ['党组织数', '本年'], role: 'flow' }];
      if (op.extra) c.push({ key: 'od', head: ['党组织数', '增减数'], role: 'total' });
      c.push({ key: 'or', head: ['党组织数', '比上年增长'], rate: ['o1', 'o0'], growth: true, dec: op.dec, role: 'rate' });
      c.push({ key: 'm0', head: ['党员数', '上年'], role: 'flow' }, { key: 'm1', head: ['党员数', '本年'], role: 'flow' });
      if (op.extra) c.push({ key: 'md', head: ['党员数', '增减数'], role: 'total' });
      c.push({ key: 'mr', head: ['党员数', '比上年增长'], rate: ['m1', 'm0'], growth: true, dec: op.dec, role: 'rate' });
      return c;
    },
  },
};
const RAWKEYS = { orgflow: ['a0', 'xj', 'zr', 'cx', 'zc'], memflow: ['a0', 'fz', 'zr', 'zc', 'sw', 'cd'], kind: ['dw', 'dzz', 'dan', 'lh', 'gn'], hj: ['y', 'a'], train: ['n', 'y', 'd'], cover: ['q', 'qj', 'so', 'sj'], change: ['o0', 'o1', 'm0', 'm1'] };

function cellValue(T, col, o, op) {
  if (o.dash) return '—';
  if (col.rate) {
    const [nk, dk] = col.rate; const num = o[nk], den = o[dk];
    if (den === 0) return '—';
    const r = col.growth ? rate(num - den, den, col.dec) : rate(num, den, col.dec);
    return op.frac ? Math.round(r * Math.pow(10, col.dec)) / Math.pow(10, col.dec + 2) : r;
  }
  const v = o[col.key];
  if (v === 0 && op.zeroDash) return op.zeroDash;
  return v;
}

// ---------- row trees ----------
function leaf(type, label, scale) { const T = TYPES[type]; const o = T.gen(scale); return { label, type: 'leaf', raw: o }; }
function agg(type, nodes) { const o = {}; for (const k of RAWKEYS[type]) o[k] = nodes.filter((n) => !n.dash).reduce((s, n) => s + n.raw[k], 0); return o; }
function withQz(type, node, qzLabel) { // parent = hidden A + hidden B, 其中 row = A
  const T = TYPES[type]; const a = T.gen(1), b = T.gen(1); const o = {}; for (const k of RAWKEYS[type]) o[k] = a[k] + b[k];
  node.raw = o; node.qz = { label: qzLabel, type: 'qz', raw: a }; return node;
}

function buildRows(type, op) {
  const rows = [];
  const totalLabel = op.totalLabel || '合计';
  let top = [];
  if (op.rows === 'county') {
    top = shuffle(COUNTIES).slice(0, ri(5, 9)).map((n) => leaf(type, n, ri(1, 4)));
  } else if (op.rows === 'trade') {
    const ent = shuffle(TRADES).slice(0, ri(4, 7)).map((n) => leaf(type, '　　' + n, ri(1, 3)));
    const soc = SOCS.map((n) => leaf(type, '　　' + n, ri(1, 2)));
    top = [{ label: '非公有制企业', type: 'sub', children: ent }, { label: '社会组织', type: 'sub', children: soc }];
  } else if (op.rows === 'town') {
    const st = shuffle(STREETS).slice(0, ri(2, 4)).map((n) => leaf(type, '　　' + n, ri(1, 3)));
    const tw = shuffle(TOWNS).slice(0, ri(3, 6)).map((n) => leaf(type, '　　' + n, 1));
    top = [{ label: op.subLabel ? '街道小计' : '街道', type: 'sub', children: st }, { label: op.subLabel ? '乡镇小计' : '乡镇', type: 'sub', children: tw }];
  } else if (op.rows === 'given') {
    top = op.given;
  }
  if (op.qz && op.rows === 'county') { // some counties carry a 其中 row
    for (const n of top.slice(0, 2)) withQz(type, n, '　　其中：规模以上企业');
  }
  if (op.qz && op.rows === 'trade') { const n = top[0].children[0]; withQz(type, n, '　　　　其中：规模以上企业'); }
  if (op.dashRow) top.push({ label: op.dashRow, type: 'leaf', dash: true, note: '本年度未设立，无数据' });
  for (const t of top) if (t.children) t.raw = agg(type, t.children);
  const total = { label: totalLabel, type: 'total', raw: agg(type, top) };
  const flat = [];
  for (const t of top) {
    flat.push(t); if (t.qz) flat.push(t.qz);
    if (t.children) for (const c of t.children) { flat.push(c); if (c.qz) flat.push(c.qz); }
  }
  if (op.totalLast) flat.push(total); else flat.unshift(total);
  for (const r of flat) if (!r.dash) TYPES[type].derive(r.raw);
  return { flat, total };
}

// ---------- sheet rendering ----------
// returns { name, cells: Map 'r,c' -> {v, fmt, formula}, merges:[], cands:[] , width }
function renderTable(name, type, op) {
  const T = TYPES[type]; const cols = T.cols(op); const { flat } = op.rowsBuilt || buildRows(type, op);
  const S = { name, cells: new Map(), merges: [], cands: [], colW: {} };
  const put = (r, c, v, extra) => S.cells.set(r + ',' + c, Object.assign({ v }, extra || {}));
  let r = 1;
  const lead = []; if (op.seq) lead.push('序号'); lead.push(op.leadHead || (op.rows === 'trade' ? '类别' : op.rows === 'town' ? '街道（乡镇）' : '单位'));
  const ncol = lead.length + cols.length + (op.note ? 1 : 0);
  const unitSuffix = (col) => op.unitInHead ? (col.rate ? '（%）' : '（' + T.unit.split('、')[0] + '）') : (col.rate ? '（%）' : '');
  if (op.title !== false) { put(r, 1, (op.year || 2023) + '年' + T.title + (op.tableNo ? '' : '')); S.merges.push([r, 1, r, ncol]); r++; }
  if (op.tableNo) { put(r, 1, op.tableNo); r++; }
  if (op.filler) { put(r, 1, '填报单位：中共' + pick(['青山县委', '临江市委', '白水县委', '安定区委']) + '组织部'); put(r, ncol - 1, '填报日期：' + (op.year || 2023) + '年12月31日'); r++; }
  if (op.unitRow) { put(r, ncol, '单位：' + T.unit); r++; }
  const two = cols.some((c) => Array.isArray(c.head));
  const h1 = r, h2 = two ? r + 1 : r;
  let c = 1;
  for (const l of lead) { put(h1, c, l); if (two) S.merges.push([h1, c, h2, c]); c++; }
  let lastParent = null, parentStart = 0;
  const closeParent = (endC) => { if (lastParent && endC > parentStart) S.merges.push([h1, parentStart, h1, endC]); };
  for (const col of cols) {
    if (Array.isArray(col.head)) {
      if (col.head[0] !== lastParent) { closeParent(c - 1); lastParent = col.head[0]; parentStart = c; put(h1, c, col.head[0]); }
      put(h2, c, col.head[1] + unitSuffix(col));
    } else { closeParent(c - 1); lastParent = null; put(h1, c, col.head + unitSuffix(col)); if (two) S.merges.push([h1, c, h2, c]); }
    col.c = c; c++;
  }
  closeParent(c - 1);
  if (op.note) { put(h1, c, '备注'); if (two) S.merges.push([h1, c, h2, c]); }
  r = h2 + 1;
  if (op.colNums) { // 甲 乙 1 2 3 row
    let cc = 1; if (op.seq) put(r, cc++, '甲'); put(r, cc++, op.seq ? '乙' : '甲'); cols.forEach((_, i) => put(r, cc++, i + 1)); r++;
  }
  let seq = 0;
  for (const row of flat) {
    let cc = 1;
    if (op.seq) { put(r, cc++, row.type === 'leaf' ? ++seq : null); }
    put(r, cc++, row.label);
    for (const col of cols) {
      const v = cellValue(T, col, row.raw || {}, Object.assign({}, op, { zeroDash: op.zeroDash }));
      const cell = { v: row.dash ? '—' : v };
      if (col.rate && op.frac && typeof v === 'number') cell.fmt = col.dec === 2 ? '0.00%' : '0.0%';
      else if (col.rate && typeof v === 'number') cell.fmt = col.dec === 2 ? '0.00' : '0.0';
      if (op.formulas && row.type === 'total' && !col.rate) cell.formula = 'TOTAL';
      S.cells.set(r + ',' + col.c, cell);
      if (!row.dash && typeof cell.v === 'number') S.cands.push({ r, c: col.c, role: row.type === 'leaf' || row.type === 'qz' ? col.role : (col.role === 'rate' ? 'rate' : 'total'), rate: !!col.rate, frac: !!(op.frac && col.rate), dec: col.dec, rowType: row.type });
    }
    if (op.note) { if (row.note) put(r, cc + cols.length, row.note); else if (row.type === 'leaf' && rng() < 0.25) put(r, cc + cols.length, pick(['含新组建联合党支部', '年中区划调整', '数据经核实', '含2个功能型党支部'])); }
    r++;
  }
  // formulas for total row: column sums of the non-total, top-level rows
  if (op.formulas) {
    const dataStart = flat[0].type === 'total' ? r - flat.length + 1 : r - flat.length;
    const totalRow = flat[0].type === 'total' ? r - flat.length : r - 1;
    const topRows = []; let rr = r - flat.length; for (const row of flat) { if (row.type !== 'total' && !row.label.startsWith('　')) topRows.push(rr); rr++; }
    for (const col of cols) { if (col.rate) continue; const cell = S.cells.get(totalRow + ',' + col.c); if (cell) cell.formula = 'SUM(' + topRows.map((x) => colL(col.c) + x).join(',') + ')'; }
    void dataStart;
  }
  if (op.foot) { r++; put(r++, 1, '注：1.' + (type === 'orgflow' || type === 'memflow' ? '年末数=年初数+本年增加-本年减少。' : '比率按四舍五入保留' + (op.dec === 2 ? '两' : '一') + '位小数。')); put(r++, 1, '2.本表统计范围为非公有制经济组织和社会组织。'); }
  if (op.signRow) { put(r + 1, 1, '单位负责人：'); put(r + 1, 3, '填表人：'); put(r + 1, 5, '联系电话：'); }
  S.ncol = ncol;
  return S;
}

// transposed: indicators as rows, units as columns
function renderTransposed(name, type, op) {
  const T = TYPES[type]; const cols = T.cols(op); const { flat } = buildRows(type, op);
  const S = { name, cells: new Map(), merges: [], cands: [] };
  const put = (r, c, v, extra) => S.cells.set(r + ',' + c, Object.assign({ v }, extra || {}));
  let r = 1; const lead = op.unitCol ? 2 : 1; const ncol = lead + flat.length;
  put(r, 1, (op.year || 2023) + '年' + T.title); S.merges.push([r, 1, r, ncol]); r++;
  put(r, ncol, '填报单位：中共临江市委组织部'); r++;
  put(r, 1, '指标'); if (op.unitCol) put(r, 2, '计量单位'); flat.forEach((row, i) => put(r, lead + 1 + i, row.label.replace(/^　+/, ''))); r++;
  for (const col of cols) {
    let lab;
    if (Array.isArray(col.head)) lab = col.head[1] === '小计' ? col.head[0] : '　　' + (col.head[1].startsWith('其中') ? col.head[1] : (col.head[0] === '本年增加' || col.head[0] === '本年减少' ? col.head[1] : col.head[0] + col.head[1]));
    else lab = col.head;
    if (col.rate && !op.unitCol) lab += '（%）';
    put(r, 1, lab); if (op.unitCol) put(r, 2, col.rate ? '%' : T.unit.split('、')[0]);
    flat.forEach((row, i) => {
      const v = cellValue(T, col, row.raw, op); const cell = { v };
      if (col.rate && typeof v === 'number') cell.fmt = col.dec === 2 ? '0.00' : '0.0';
      put(r, lead + 1 + i, v, cell.fmt ? { fmt: cell.fmt } : {});
      if (typeof v === 'number') S.cands.push({ r, c: lead + 1 + i, role: row.type === 'leaf' ? col.role : (col.rate ? 'rate' : 'total'), rate: !!col.rate, dec: col.dec, rowType: row.type });
    });
    r++;
  }
  return S;
}

// workbook: 汇总 + one sheet per town (same 行业 rows), 汇总 = sum of town sheets
function renderMulti(type, op) {
  const towns = shuffle(TOWNS.concat(STREETS)).slice(0, ri(3, 5));
  const cats = shuffle(TRADES).slice(0, 4).concat(['社会组织']);
  const per = towns.map(() => cats.map((n) => leaf(type, n, 1)));
  const sheets = [];
  const mk = (name, leaves) => {
    const tot = { label: '合计', type: 'total', raw: agg(type, leaves) };
    const flat = op.totalLast ? leaves.concat([tot]) : [tot].concat(leaves);
    flat.forEach((x) => TYPES[type].derive(x.raw));
    return renderTable(name, type, Object.assign({}, op, { rowsBuilt: { flat }, leadHead: '行业类别' }));
  };
  const sumLeaves = cats.map((n, i) => { const o = agg(type, per.map((p) => p[i])); return { label: n, type: 'leaf', raw: o }; });
  sheets.push(mk('汇总', sumLeaves));
  towns.forEach((t, k) => sheets.push(mk(t, per[k].map((x) => ({ label: x.label, type: 'leaf', raw: Object.assign({}, x.raw) })))));
  return sheets;
}

// ---------- writing ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const S of sheets) {
    const ws = wb.addWorksheet(S.name);
    for (const [k, cell] of S.cells) {
      const [r, c] = k.split(',').map(Number); const x = ws.getCell(r, c);
      if (cell.formula && cell.formula !== 'TOTAL') x.value = { formula: cell.formula, result: cell.v }; else x.value = cell.v;
      if (cell.fmt) x.numFmt = cell.fmt;
    }
    for (const [a, b, c2, d] of S.merges) ws.mergeCells(a, b, c2, d);
    ws.getColumn(1).width = 6; ws.getColumn(2).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

// ---------- planting ----------
function digits(v) { return String(v); }
function mutate(cand, v, kind, below) {
  const isFrac = cand.frac;
  let shown = isFrac ? Math.round(v * Math.pow(10, cand.dec + 2)) / Math.pow(10, cand.dec) : v;
  const dec = cand.rate ? cand.dec : 0;
  let s = shown.toFixed(dec);
  let out = null;
  if (kind === 'digit') {
    const pos = [...s].map((ch, i) => /\d/.test(ch) ? i : -1).filter((i) => i >= 0);
    const p = pick(pos.length > 1 && s[0] !== '0' ? pos : pos); let d; do { d = String(ri(0, 9)); } while (d === s[p] || (p === 0 && d === '0' && s.length > 1 && s[1] !== '.'));
    out = Number(s.slice(0, p) + d + s.slice(p + 1));
  } else if (kind === 'swap') {
    const ds = s.replace('.', ''); const idx = []; for (let i = 0; i + 1 < ds.length; i++) if (ds[i] !== ds[i + 1] && !(i === 0 && ds[1] === '0')) idx.push(i);
    if (!idx.length) return null; const i = pick(idx); const sw = ds.slice(0, i) + ds[i + 1] + ds[i] + ds.slice(i + 2);
    const dp = s.indexOf('.'); out = Number(dp < 0 ? sw : sw.slice(0, dp) + '.' + sw.slice(dp));
  } else if (kind === 'decimal') {
    if (!cand.rate) return null; out = rng() < 0.5 ? Math.round(shown * 100) / 1000 : Math.round(shown * 100) / 10;
  } else if (kind === 'copy') {
    if (typeof below !== 'number') return null; return below === v ? null : below;
  }
  if (out === null || out === shown || isNaN(out)) return null;
  return isFrac ? out / 100 : out;
}

// ---------- book catalogue ----------
function randomOp(type) {
  const op = {
    rows: pick(['county', 'trade', 'town', 'county']), seq: rng() < 0.5, filler: rng() < 0.6, unitRow: rng() < 0.4, note: rng() < 0.35,
    totalLast: rng() < 0.35, dec: rng() < 0.7 ? 1 : 2, subtot: rng() < 0.75, foot: rng() < 0.4, qz: rng() < 0.3, extra: rng() < 0.4,
    totalLabel: pick(['合计', '总计', '合计', '全县合计', '全市']), colNums: rng() < 0.2, subLabel: rng() < 0.5, signRow: rng() < 0.2,
    endFirst: rng() < 0.2, frac: rng() < 0.15, tableNo: rng() < 0.2 ? '表' + ri(1, 12) : null, year: pick([2022, 2023, 2024]),
  };
  op.unitInHead = !op.unitRow && rng() < 0.6;
  if (rng() < 0.2) op.zeroDash = pick(['—', '-']);
  if (rng() < 0.15) op.dashRow = pick(['综合保税区', '新区管委会']);
  if (rng() < 0.1) op.formulas = true;
  return op;
}

function bookFromSpec(spec) {
  const type = spec.type; const op = spec.op;
  if (spec.layout === 'multi') return renderMulti(type, op);
  if (spec.layout === 'trans') return [renderTransposed(spec.sheet || 'Sheet1', type, op)];
  if (spec.layout === 'two') { // two tables on two sheets in one book
    return [renderTable(spec.sheet || '表1', type, op), renderTable('表2', spec.type2, Object.assign({}, op, { rows: op.rows === 'trade' ? 'county' : op.rows }))];
  }
  return [renderTable(spec.sheet || pick(['Sheet1', '年报', '统计表']), type, op)];
}

async function main() {
  const outDir = PROBE ? 'probe' : 'cases';
  const manifest = [];
  const nClean = PROBE ? 50 : 20; const nPlant = PROBE ? 50 : 25;
  const typeList = Object.keys(TYPES);
  const specs = [];
  for (let i = 0; i < nClean; i++) {
    const type = PROBE ? pick(typeList) : typeList[i % typeList.length];
    const op = randomOp(type);
    let layout = 'plain';
    const x = rng(); if (x < 0.12) layout = 'multi'; else if (x < 0.22) layout = 'trans'; else if (x < 0.3) layout = 'two';
    if (!PROBE && i === 7) layout = 'multi'; if (!PROBE && i === 8) layout = 'trans'; if (!PROBE && i === 15) layout = 'two';
    if (layout === 'multi' && op.rows === 'trade') op.rows = 'county';
    if (layout === 'trans') { op.rows = pick(['county', 'town']); op.unitCol = rng() < 0.5; op.frac = false; op.zeroDash = null; op.qz = false; op.dashRow = null; }
    specs.push({ type, op, layout, type2: pick(['hj', 'train', 'cover']), sheet: layout === 'trans' ? '附表' : null });
  }
  const pfx = PROBE ? 'p' : 'c';
  let n = 0;
  const books = [];
  for (const [i, spec] of specs.entries()) {
    const sheets = bookFromSpec(spec);
    const name = `${outDir}/${pfx}${String(++n).padStart(3, '0')}_${spec.type}_${spec.layout}.xlsx`;
    await writeBook(name, sheets);
    manifest.push({ file: name, planted: null });
    books.push({ sheets, spec, name });
  }
  // planted twins
  const kinds = ['digit', 'swap', 'decimal', 'copy'];
  const roles = ['part', 'total', 'flow', 'rate'];
  let made = 0, tries = 0, localTries = 0;
  while (made < nPlant && tries < 5000) {
    tries++; localTries++;
    const okBooks = books.filter((bb) => bb.sheets.some((S) => !Array.from(S.cells.values()).some((c) => c.formula && c.formula !== 'TOTAL')));
    const b = okBooks[made % okBooks.length];
    const plantable = b.sheets.map((S, si) => ({ S, si })).filter(({ S }) => !Array.from(S.cells.values()).some((c) => c.formula && c.formula !== 'TOTAL'));
    if (!plantable.length) { books.push(books.splice(made % books.length, 1)[0]); continue; }
    const { S, si } = pick(plantable);
    const wantRole = roles[made % roles.length]; const kind = localTries < 15 ? kinds[Math.floor(made / 4 + made) % kinds.length] : pick(kinds);
    let cands = S.cands.filter((c) => c.role === wantRole); if (!cands.length || localTries > 30) cands = S.cands;
    const cand = pick(cands); const cell = S.cells.get(cand.r + ',' + cand.c);
    const belowCell = S.cells.get((cand.r + 1) + ',' + cand.c);
    const below = belowCell && S.cands.some((x) => x.r === cand.r + 1 && x.c === cand.c) ? belowCell.v : undefined;
    const nv = mutate(cand, cell.v, kind, below);
    if (nv === null || nv < 0) continue;
    if (!cand.rate && !Number.isInteger(nv)) continue;
    const sheets2 = b.sheets.map((X, k) => k !== si ? X : Object.assign({}, X, { cells: new Map(X.cells) }));
    sheets2[si].cells.set(cand.r + ',' + cand.c, Object.assign({}, cell, { v: nv }));
    const name = `${outDir}/${pfx}${String(++n).padStart(3, '0')}_${b.spec.type}_${b.spec.layout}_plant.xlsx`;
    await writeBook(name, sheets2);
    const showOld = cand.frac ? cell.v * 100 : cell.v, showNew = cand.frac ? nv * 100 : nv;
    manifest.push({ file: name, planted: { sheet: S.name, cell: colL(cand.c) + cand.r }, note: `${kind} on ${cand.role} (${cand.rowType} row): ${+showOld.toFixed(4)} -> ${+showNew.toFixed(4)}; twin of ${b.name}` });
    made++; localTries = 0;
  }
  fs.writeFileSync(PROBE ? 'probe/manifest.json' : 'manifest.json', JSON.stringify(manifest, null, 1));
  console.log('wrote', manifest.length, 'books to', outDir);
}
main().catch((e) => { console.error(e); process.exit(1); });
