// Generator: village organisations & village collective economy workbooks.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const ROOT = __dirname;

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
// integer half-up of a/b (a>=0,b>0) ; for signed a handle symmetric half-up away from zero
const divHalfUp = (a, b) => { const s = a < 0 ? -1 : 1; a = Math.abs(a); return s * Math.floor((2 * a + b) / (2 * b)); };
const colL = (n) => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

const TOWNS = ['城关镇', '新安镇', '石桥镇', '柳河乡', '白塔镇', '青山乡', '龙泉镇', '马坊乡', '黄庄镇', '西湖乡', '东坝镇', '双河乡', '高村镇', '杨柳镇', '桃源乡', '红旗街道', '长乐镇', '永丰乡', '大营镇', '南关街道', '北辛庄乡', '官桥镇', '清河镇', '三合乡'];
const COUNTIES = ['平原县', '清河县', '安远县', '临川区', '秀山县', '宁武县', '兴化市', '东阳市', '武城县', '高唐县', '丰宁县', '蓝田县'];
const BANDSETS = [
  ['5万元以下', '5-10万元', '10-50万元', '50-100万元', '100万元以上'],
  ['5万元（不含）以下', '5万—10万元', '10万—50万元', '50万—100万元', '100万元及以上'],
  ['<5万元', '5～10万元', '10～50万元', '50～100万元', '≥100万元'],
];

// ---------- town data model (integer units) ----------
function townData(ad) { // ad = amount decimals
  const U = 10 ** ad;
  const vil = ri(6, 32);
  const w = [ri(0, 3), ri(1, 6), ri(4, 14), ri(1, 6), ri(0, 3)];
  const ws = w.reduce((a, b) => a + b, 0) || 1;
  const b = w.map((x) => Math.floor(x * vil / ws)); let rem = vil - b.reduce((a, c) => a + c, 0); while (rem-- > 0) b[ri(1, 3)]++;
  const inc24 = ri(80 * U, 2600 * U) + ri(0, U - 1);
  const inc23 = Math.round(inc24 / (1 + (ri(-12, 35) / 100)));
  const op = Math.round(inc24 * ri(45, 85) / 100);
  const fb = Math.round(op * ri(30, 60) / 100);
  const tz = Math.round(op * ri(5, 30) / 100);
  const wk = ri(0, Math.min(6, vil)); const el = ri(0, wk);
  const wk23 = wk + ri(0, 3);
  const sec = vil; const ysj = Math.max(0, vil - ri(0, Math.ceil(vil * 0.4))); const fem = ri(0, Math.min(4, vil));
  const tot = vil * ri(3, 6) + ri(0, 5);
  const part = (n, k, wts) => { const s = wts.reduce((a, c) => a + c, 0); const r = wts.map((x) => Math.floor(x * n / s)); let m = n - r.reduce((a, c) => a + c, 0); let i = 0; while (m-- > 0) r[(i++) % k]++; return r; };
  const a = part(tot, 4, [ri(1, 3), ri(3, 6), ri(5, 9), ri(2, 6)]);
  const e = part(tot, 3, [ri(2, 6), ri(4, 8), ri(2, 5)]);
  return { vil, b1: b[0], b2: b[1], b3: b[2], b4: b[3], b5: b[4], inc23, inc24, op, fb, tz, wk, el, wk23, sec, ysj, fem, tot, a1: a[0], a2: a[1], a3: a[2], a4: a[3], e1: e[0], e2: e[1], e3: e[2] };
}

// ---------- table type definitions ----------
// key: {key, h1, h2, kind:'count'|'amount'|'rate', derive}
function typeDef(type, o) {
  const rd = o.rd, ad = o.ad;
  const R_ = (num, den, scale = 100, dec = rd) => ({ t: 'ratio', num, den, scale, dec });
  if (type === 'bands') {
    const bn = o.bands; const keys = [{ key: 'vil', h1: pick(['村总数（个）', '行政村数', '村总数']), kind: 'count' }];
    for (let i = 1; i <= 5; i++) {
      if (o.share) { keys.push({ key: 'b' + i, h1: bn[i - 1], h2: '村数', kind: 'count', band: true }); keys.push({ key: 'p' + i, h1: bn[i - 1], h2: '占比（%）', kind: 'rate', derive: R_('b' + i, 'vil') }); }
      else keys.push({ key: 'b' + i, h1: '村集体经济收入分档（个）', h2: bn[i - 1], kind: 'count', band: true });
    }
    return { keys, rowSums: [{ target: 'vil', parts: ['b1', 'b2', 'b3', 'b4', 'b5'] }], les: [], title: '村集体经济收入分档情况统计表' };
  }
  if (type === 'income') {
    const keys = [{ key: 'vil', h1: '村数（个）', kind: 'count' },
      { key: 'inc23', h1: '集体经济总收入（万元）', h2: '2023年', kind: 'amount' },
      { key: 'inc24', h1: '集体经济总收入（万元）', h2: '2024年', kind: 'amount' },
      { key: 'gr', h1: '集体经济总收入（万元）', h2: pick(['增长（%）', '同比增长%', '增幅（%）']), kind: 'rate', derive: { t: 'growth', cur: 'inc24', prev: 'inc23', dec: rd } },
      { key: 'op', h1: '2024年经营性收入（万元）', h2: '小计', kind: 'amount' },
      { key: 'fb', h1: '2024年经营性收入（万元）', h2: '其中：发包及上交收入', kind: 'amount' },
      { key: 'tz', h1: '2024年经营性收入（万元）', h2: '投资收益', kind: 'amount' }];
    if (o.avg) keys.push({ key: 'avg', h1: '村均收入（万元）', kind: 'amount2', derive: Object.assign(R_('inc24', 'vil', 1, ad), { numDec: ad }) });
    return { keys, rowSums: [], les: [{ part: 'fb', whole: 'op' }, { part: 'tz', whole: 'op' }, { part: 'op', whole: 'inc24' }], title: '村级集体经济收入情况统计表' };
  }
  if (type === 'weak') {
    const keys = [{ key: 'vil', h1: '行政村数（个）', kind: 'count' },
      { key: 'wk', h1: '集体经济薄弱村（个）', h2: '年初数', kind: 'count' },
      { key: 'el', h1: '集体经济薄弱村（个）', h2: '当年消除数', kind: 'count' },
      { key: 'rate', h1: '集体经济薄弱村（个）', h2: '消除率（%）', kind: 'rate', derive: R_('el', 'wk') },
      { key: 'rm', h1: '集体经济薄弱村（个）', h2: '年末剩余数', kind: 'count', derive: { t: 'diff', a: 'wk', b: 'el' } }];
    return { keys, rowSums: [], les: [{ part: 'wk', whole: 'vil' }, { part: 'el', whole: 'wk' }], title: '集体经济薄弱村消除情况统计表' };
  }
  if (type === 'ysj') {
    const keys = [{ key: 'vil', h1: '行政村数（个）', kind: 'count' },
      { key: 'sec', h1: '村党组织书记（人）', kind: 'count' },
      { key: 'ysj', h1: '“一肩挑”', h2: '人数', kind: 'count' },
      { key: 'ysjp', h1: '“一肩挑”', h2: '比例（%）', kind: 'rate', derive: R_('ysj', 'sec') },
      { key: 'fem', h1: '其中：女性书记', h2: '人数', kind: 'count' },
      { key: 'femp', h1: '其中：女性书记', h2: '占比（%）', kind: 'rate', derive: R_('fem', 'sec') }];
    return { keys, rowSums: [], les: [{ part: 'ysj', whole: 'sec' }, { part: 'fem', whole: 'sec' }], title: '村党组织书记“一肩挑”情况统计表' };
  }
  if (type === 'cadre') {
    const keys = [{ key: 'tot', h1: '村干部总数（人）', kind: 'count' },
      { key: 'a1', h1: '按年龄分', h2: '35岁及以下', kind: 'count' }, { key: 'a2', h1: '按年龄分', h2: '36—45岁', kind: 'count' },
      { key: 'a3', h1: '按年龄分', h2: '46—55岁', kind: 'count' }, { key: 'a4', h1: '按年龄分', h2: '56岁及以上', kind: 'count' },
      { key: 'e1', h1: '按学历分', h2: '大专及以上', kind: 'count' }, { key: 'e2', h1: '按学历分', h2: '高中（中专）', kind: 'count' }, { key: 'e3', h1: '按学历分', h2: '初中及以下', kind: 'count' }];
    return { keys, rowSums: [{ target: 'tot', parts: ['a1', 'a2', 'a3', 'a4'] }, { target: 'tot', parts: ['e1', 'e2', 'e3'] }], les: [], title: '村干部队伍结构情况统计表' };
  }
  if (type === 'trans') {
    const keys = [{ key: 'vil', h1: '行政村数（个）', kind: 'count' },
      { key: 'inc24', h1: '集体经济总收入（万元）', kind: 'amount' },
      { key: 'op', h1: '其中：经营性收入（万元）', kind: 'amount' },
      { key: 'wk', h1: '集体经济薄弱村（个）', kind: 'count' },
      { key: 'el', h1: '当年消除薄弱村（个）', kind: 'count' },
      { key: 'rate', h1: '薄弱村消除率（%）', kind: 'rate', derive: R_('el', 'wk') },
      { key: 'ysj', h1: '“一肩挑”人数（人）', kind: 'count' },
      { key: 'ysjp', h1: '“一肩挑”比例（%）', kind: 'rate', derive: R_('ysj', 'vil') }];
    return { keys, rowSums: [], les: [{ part: 'op', whole: 'inc24' }, { part: 'el', whole: 'wk' }], title: '各乡镇村级组织和集体经济主要指标' };
  }
  throw new Error(type);
}
function derive(d, ent) {
  if (d.t === 'ratio') { const n = ent[d.num], dn = ent[d.den]; if (!dn) return null; return divHalfUp(n * d.scale * 10 ** d.dec, dn * 10 ** (d.numDec || 0)); }
  if (d.t === 'growth') { const c = ent[d.cur], p = ent[d.prev]; if (!p) return null; return divHalfUp((c - p) * 100 * 10 ** d.dec, p); }
  if (d.t === 'diff') return ent[d.a] - ent[d.b];
}
function keyDec(k, o) { if (k.kind === 'count') return 0; if (k.kind === 'amount' || k.kind === 'amount2') return o.ad; if (k.derive && k.derive.dec != null) return k.derive.dec; return o.rd; }
function fillDerived(def, ent) { for (const k of def.keys) if (k.derive) ent[k.key] = derive(k.derive, ent); return ent; }
function aggregate(def, members) { const e = {}; for (const k of def.keys) if (!k.derive) e[k.key] = members.reduce((s, m) => s + m[k.key], 0); for (const k of def.keys) if (k.derive && k.derive.t === 'diff') e[k.key] = members.reduce((s, m) => s + m[k.key], 0); return fillDerived(def, Object.assign({}, e, { __agg: true }), def) && fillDerivedKeep(def, e); }
function fillDerivedKeep(def, e) { for (const k of def.keys) if (k.derive && k.derive.t !== 'diff') e[k.key] = derive(k.derive, e); return e; }

// ---------- relations ----------
// loc(entry, key) => [sheet, addr]
function buildRelations(def, entries, loc, rels) {
  const additive = def.keys.filter((k) => !k.derive || k.derive.t === 'diff');
  for (const en of entries) {
    if (en.members) for (const k of additive) rels.push({ t: 'sum', target: loc(en, k.key), parts: en.members.map((m) => loc(m, k.key)), role: en.kind });
    for (const k of def.keys) if (k.derive && en.ent[k.key] != null) {
      const d = k.derive;
      if (d.t === 'ratio') rels.push({ t: 'ratio', cell: loc(en, k.key), num: loc(en, d.num), den: loc(en, d.den), scale: d.scale, dec: d.dec });
      if (d.t === 'growth') rels.push({ t: 'growth', cell: loc(en, k.key), cur: loc(en, d.cur), prev: loc(en, d.prev), dec: d.dec });
      if (d.t === 'diff') rels.push({ t: 'diff', cell: loc(en, k.key), a: loc(en, d.a), b: loc(en, d.b) });
    }
    for (const s of def.rowSums) rels.push({ t: 'sum', target: loc(en, s.target), parts: s.parts.map((p) => loc(en, p)), role: 'row' });
    for (const l of def.les) rels.push({ t: 'le', part: loc(en, l.part), whole: loc(en, l.whole) });
  }
}

// ---------- sheet writing helpers ----------
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function put(ws, addr, v, o = {}) { const c = ws.getCell(addr); c.value = v; if (o.fmt) c.numFmt = o.fmt; if (o.b !== false && o.border) c.border = border; if (o.bold) c.font = { bold: true }; if (o.center) c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; return c; }
const fmtFor = (d) => (d === 0 ? '0' : '0.' + '0'.repeat(d));

function writeHeader(ws, r0, c0, labelCols, keys, twoRow) {
  // labelCols: array of strings (e.g. ['序号','乡镇（街道）'])
  const nCols = labelCols.length + keys.length;
  labelCols.forEach((l, i) => { put(ws, colL(c0 + i) + r0, l, { border: 1, center: 1, bold: 1 }); if (twoRow) { put(ws, colL(c0 + i) + (r0 + 1), null, { border: 1 }); ws.mergeCells(`${colL(c0 + i)}${r0}:${colL(c0 + i)}${r0 + 1}`); } });
  let i = 0;
  while (i < keys.length) {
    const k = keys[i]; const c = c0 + labelCols.length + i;
    if (!twoRow) { put(ws, colL(c) + r0, k.h2 ? (k.h1.replace(/（.*?）$/, '') + k.h2) : k.h1, { border: 1, center: 1, bold: 1 }); i++; continue; }
    if (!k.h2) { put(ws, colL(c) + r0, k.h1, { border: 1, center: 1, bold: 1 }); put(ws, colL(c) + (r0 + 1), null, { border: 1 }); ws.mergeCells(`${colL(c)}${r0}:${colL(c)}${r0 + 1}`); i++; continue; }
    let j = i; while (j + 1 < keys.length && keys[j + 1].h1 === k.h1 && keys[j + 1].h2) j++;
    put(ws, colL(c) + r0, k.h1, { border: 1, center: 1, bold: 1 });
    for (let m = i; m <= j; m++) put(ws, colL(c0 + labelCols.length + m) + (r0 + 1), keys[m].h2, { border: 1, center: 1, bold: 1 });
    if (j > i) ws.mergeCells(`${colL(c)}${r0}:${colL(c0 + labelCols.length + j)}${r0}`);
    i = j + 1;
  }
  return r0 + (twoRow ? 2 : 1);
}
function cellVal(k, ent, o) { const v = ent[k.key]; if (v == null) return { v: '—' }; const d = keyDec(k, o); return { v: d ? v / 10 ** d : v, fmt: fmtFor(d) }; }

// ---------- book builders ----------
function titleRows(ws, title, ncols, o, r) {
  put(ws, 'A' + r, title, { bold: 1, center: 1 }); ws.getCell('A' + r).font = { bold: true, size: 16 };
  if (ncols > 1) ws.mergeCells(`A${r}:${colL(ncols - 1)}${r}`); r++;
  if (o.subtitle) { put(ws, 'A' + r, o.subtitle, { center: 1 }); if (ncols > 1) ws.mergeCells(`A${r}:${colL(ncols - 1)}${r}`); r++; }
  if (o.filler) { put(ws, 'A' + r, '填报单位：' + o.filler); if (o.unit) put(ws, colL(ncols - 1) + r, o.unit); r++; }
  else if (o.unit) { put(ws, 'A' + r, o.unit); r++; }
  if (o.blankAfterTitle) r++;
  return r;
}

function makeEntries(def, towns, o) {
  // returns ordered entries: {label, kind:'town'|'subtotal'|'total', ent, members}
  const townE = towns.map((t) => ({ label: t.name, kind: 'town', ent: fillDerived(def, Object.assign({}, t.data)) }));
  let body = [], subs = [];
  if (o.groups) {
    const g = o.groups; let i = 0;
    for (let gi = 0; gi < g.length; gi++) {
      const mem = townE.slice(i, i + g[gi].n); i += g[gi].n;
      const sub = { label: g[gi].name + '小计', kind: 'subtotal', ent: fillDerivedKeep(def, aggregate0(def, mem.map((m) => m.ent))), members: mem };
      subs.push(sub);
      if (o.subPos === 'top') body.push(sub, ...mem); else body.push(...mem, sub);
    }
  } else body = townE;
  const totMembers = o.groups ? subs : townE;
  const total = { label: o.totalLabel, kind: 'total', ent: fillDerivedKeep(def, aggregate0(def, totMembers.map((m) => m.ent))), members: totMembers };
  return { body, total, all: o.totalPos === 'top' ? [total, ...body] : [...body, total] };
}
function aggregate0(def, ents) { const e = {}; for (const k of def.keys) if (!k.derive || k.derive.t === 'diff') e[k.key] = ents.reduce((s, m) => s + m[k.key], 0); return e; }

function writeNormal(wb, def, towns, o, rels, sheetName) {
  const ws = wb.addWorksheet(sheetName);
  const labelCols = o.seq ? ['序号', o.labelHead] : [o.labelHead];
  const ncols = labelCols.length + def.keys.length;
  let r = titleRows(ws, o.title, ncols, o, 1);
  const hdrRow = r;
  r = writeHeader(ws, r, 0, labelCols, def.keys, o.twoRow);
  const { all } = makeEntries(def, towns, o);
  // split for 续表
  let ws2 = null, splitAt = all.length;
  if (o.cont) { splitAt = Math.ceil(all.length * 0.55); }
  let seq = 1;
  const place = (en, wsx, row) => {
    en.sheet = wsx.name; en.row = row;
    const lc = labelCols.length;
    if (o.seq) put(wsx, 'A' + row, en.kind === 'town' ? seq++ : '', { border: 1, center: 1 });
    put(wsx, colL(lc - 1) + row, en.kind === 'town' && o.groups && o.indent ? '  ' + en.label : en.label, { border: 1, bold: en.kind !== 'town' });
    def.keys.forEach((k, i) => { const cv = cellVal(k, en.ent, o); put(wsx, colL(lc + i) + row, cv.v, { border: 1, fmt: cv.fmt, center: cv.v === '—' }); });
  };
  let wsx = ws;
  for (let i = 0; i < all.length; i++) {
    if (i === splitAt) {
      ws2 = wb.addWorksheet(o.contName);
      let r2 = titleRows(ws2, o.title + '（续表）', ncols, { unit: o.unit }, 1);
      r2 = writeHeader(ws2, r2, 0, labelCols, def.keys, o.twoRow);
      wsx = ws2; r = r2;
    }
    place(all[i], wsx, r); r++;
    if (o.blankAfterTotal && all[i].kind === 'total' && i === 0) r++;
  }
  const loc = (en, key) => [en.sheet, colL(labelCols.length + def.keys.findIndex((k) => k.key === key)) + en.row];
  buildRelations(def, all, loc, rels);
  const last = wsx;
  if (o.notes) { r++; o.notes.forEach((n) => { put(last, 'A' + r, n); r++; }); }
  if (o.sign) { put(last, 'A' + (r + 1), o.sign); }
  ws.getColumn(labelCols.length).width = 16; for (let i = 0; i < def.keys.length; i++) ws.getColumn(labelCols.length + 1 + i).width = 11;
  return { all, loc };
}

function writeTransposed(wb, def, towns, o, rels, sheetName) {
  const ws = wb.addWorksheet(sheetName);
  const { all } = makeEntries(def, towns, Object.assign({}, o, { groups: null }));
  const lead = o.unitCol ? ['指标', '单位'] : ['指标'];
  const ncols = lead.length + all.length;
  let r = titleRows(ws, o.title, ncols, o, 1);
  lead.forEach((l, i) => put(ws, colL(i) + r, l, { border: 1, bold: 1, center: 1 }));
  all.forEach((en, j) => { en.col = colL(lead.length + j); en.sheet = ws.name; put(ws, en.col + r, en.label, { border: 1, bold: 1, center: 1 }); });
  r++;
  const keyRow = {};
  def.keys.forEach((k) => {
    keyRow[k.key] = r;
    let lab = k.h1; if (o.unitCol) { const m = lab.match(/^(.*)（(.*?)）$/); put(ws, 'B' + r, m ? m[2] : '', { border: 1, center: 1 }); if (m) lab = m[1]; }
    put(ws, 'A' + r, k.key === 'op' ? '  ' + lab : lab, { border: 1 });
    all.forEach((en) => { const cv = cellVal(k, en.ent, o); put(ws, en.col + r, cv.v, { border: 1, fmt: cv.fmt, center: cv.v === '—' }); });
    r++;
  });
  const loc = (en, key) => [en.sheet, en.col + keyRow[key]];
  buildRelations(def, all, loc, rels);
  if (o.notes) { r++; o.notes.forEach((n) => { put(ws, 'A' + r, n); r++; }); }
  ws.getColumn(1).width = 26;
  return { all, loc };
}

// year comparison table: indicators as rows, 2023 | 2024 | 增长%
function writeYears(wb, o, rels, sheetName, county) {
  const ws = wb.addWorksheet(sheetName);
  const rd = o.rd, ad = o.ad;
  const y = [county.y23, county.y24];
  const rows = [
    { key: 'vil', lab: '行政村总数', unit: '个', kind: 'count' },
    { key: 'b1', lab: '其中：集体经济收入5万元以下的村', unit: '个', kind: 'count' },
    { key: 'b2', lab: '5万—10万元的村', unit: '个', kind: 'count' },
    { key: 'b3', lab: '10万—50万元的村', unit: '个', kind: 'count' },
    { key: 'b4', lab: '50万—100万元的村', unit: '个', kind: 'count' },
    { key: 'b5', lab: '100万元以上的村', unit: '个', kind: 'count' },
    { key: 'inc24', lab: '村集体经济总收入', unit: '万元', kind: 'amount' },
    { key: 'op', lab: '其中：经营性收入', unit: '万元', kind: 'amount' },
    { key: 'avg', lab: '村均集体经济收入', unit: '万元', kind: 'amount', derive: { t: 'ratio', num: 'inc24', den: 'vil', scale: 1, dec: ad, numDec: ad } },
    { key: 'ysj', lab: '村党组织书记“一肩挑”人数', unit: '人', kind: 'count' },
    { key: 'ysjp', lab: '“一肩挑”比例', unit: '%', kind: 'rate', derive: { t: 'ratio', num: 'ysj', den: 'vil', scale: 100, dec: rd } },
  ];
  for (const e of y) for (const rw of rows) if (rw.derive) e[rw.key] = derive(rw.derive, e);
  let r = titleRows(ws, o.title, 5, o, 1);
  ['指标名称', '计量单位', '2023年', '2024年', o.growthHead].forEach((h, i) => put(ws, colL(i) + r, h, { border: 1, bold: 1, center: 1 }));
  r++;
  const at = {};
  for (const rw of rows) {
    at[rw.key] = r;
    const d = rw.kind === 'count' ? 0 : rw.kind === 'amount' ? ad : rd;
    put(ws, 'A' + r, rw.lab, { border: 1 }); put(ws, 'B' + r, rw.unit, { border: 1, center: 1 });
    y.forEach((e, i) => put(ws, colL(2 + i) + r, d ? e[rw.key] / 10 ** d : e[rw.key], { border: 1, fmt: fmtFor(d) }));
    if (rw.kind === 'rate' || !y[0][rw.key]) put(ws, 'E' + r, '—', { border: 1, center: 1 });
    else { const g = divHalfUp((y[1][rw.key] - y[0][rw.key]) * 100 * 10 ** rd, y[0][rw.key]); put(ws, 'E' + r, g / 10 ** rd, { border: 1, fmt: fmtFor(rd) }); rels.push({ t: 'growth', cell: [ws.name, 'E' + r], cur: [ws.name, 'D' + r], prev: [ws.name, 'C' + r], dec: rd }); }
    r++;
  }
  for (const c of ['C', 'D']) {
    const A = (k) => [ws.name, c + at[k]];
    rels.push({ t: 'sum', target: A('vil'), parts: ['b1', 'b2', 'b3', 'b4', 'b5'].map(A), role: 'row' });
    rels.push({ t: 'le', part: A('op'), whole: A('inc24') });
    rels.push({ t: 'ratio', cell: A('avg'), num: A('inc24'), den: A('vil'), scale: 1, dec: ad });
    rels.push({ t: 'ratio', cell: A('ysjp'), num: A('ysj'), den: A('vil'), scale: 100, dec: rd });
  }
  if (o.notes) { r++; o.notes.forEach((n) => { put(ws, 'A' + r, n); r++; }); }
  ws.getColumn(1).width = 34;
  return { at };
}

function narrative(wb, name, county, o) {
  const ws = wb.addWorksheet(name);
  const t = county.y24, p = county.y23; const U = 10 ** o.ad;
  const g = divHalfUp((t.inc24 - p.inc24) * 1000, p.inc24) / 10;
  const paras = [
    `${county.name}2024年村级组织建设和村集体经济发展情况说明`,
    '',
    `一、基本情况。全${county.name.slice(-1)}共有行政村${t.vil}个，2024年村集体经济总收入${(t.inc24 / U).toFixed(o.ad)}万元，比上年增长${g.toFixed(1)}%。`,
    `二、村党组织书记“一肩挑”。目前${t.ysj}个村实现村党组织书记、村委会主任“一肩挑”，比例为${(divHalfUp(t.ysj * 1000, t.vil) / 10).toFixed(1)}%。`,
    `三、薄弱村消除。通过发展物业经济、土地股份合作等方式，全年消除集体经济薄弱村若干个，集体经济收入10万元以上的村占比稳步提高。`,
    '四、下一步工作。持续实施村级集体经济“强村富民”工程，规范村级财务管理，严格执行“四议两公开”。',
    '',
    `${county.name}委组织部  ${county.name}农业农村局`,
    '2025年1月',
  ];
  paras.forEach((s, i) => { ws.getCell('A' + (i + 1)).value = s || null; });
  ws.getColumn(1).width = 100;
}

// ---------- planting ----------
function swapDigits(v, d) {
  const s = String(Math.round(Math.abs(v) * 10 ** d)); const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[1] === '0')) idx.push(i);
  if (!idx.length) return null; const i = pick(idx);
  const n = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); return (v < 0 ? -n : n) / 10 ** d;
}
const decOf = (ws, addr) => { const f = ws.getCell(addr).numFmt || '0'; const m = f.match(/\.(0+)/); return m ? m[1].length : 0; };
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
function plant(wb, rels, kind) {
  const get = (c) => wb.getWorksheet(c[0]).getCell(c[1]);
  const numeric = (c) => typeof get(c).value === 'number';
  let cands = [];
  if (kind === 'total') cands = rels.filter((r) => r.t === 'sum' && (r.role === 'total' || r.role === 'subtotal')).map((r) => r.target);
  if (kind === 'transpose') cands = rels.filter((r) => r.t === 'sum' && r.role !== 'row').flatMap((r) => r.parts).filter((c) => numeric(c) && get(c).value >= 10);
  if (kind === 'rate') cands = rels.filter((r) => r.t === 'ratio' || r.t === 'growth').map((r) => r.cell);
  if (kind === 'qizhong') cands = rels.filter((r) => r.t === 'le' && numeric(r.part) && numeric(r.whole) && get(r.whole).value > 0).map((r) => ({ c: r.part, w: r.whole }));
  if (kind === 'band') { const rs = rels.filter((r) => r.t === 'sum' && r.role === 'row'); cands = rs.flatMap((r) => r.parts); }
  cands = cands.filter((c) => (c.c ? numeric(c.c) : numeric(c)));
  if (!cands.length) return null;
  const ch = pick(cands); const cell = ch.c || ch; const ws = wb.getWorksheet(cell[0]); const d = decOf(ws, cell[1]);
  const old = get(cell).value; let nv = null, note = '';
  if (kind === 'total') {
    if (chance(0.4) && (nv = swapDigits(old, d)) != null) note = `合计/小计 digits transposed ${old}→${nv}`;
    else { const mag = d ? round(Math.max(1, Math.abs(old) * ri(5, 30) / 1000), d) : ri(1, 3); nv = round(old + (chance(0.5) ? mag : -mag), d); if (nv < 0) nv = round(old + mag, d); note = `合计/小计 off by ${round(nv - old, d)} (${old}→${nv})`; }
  } else if (kind === 'transpose') { nv = swapDigits(old, d); note = `part digits transposed ${old}→${nv}`; }
  else if (kind === 'rate') {
    if (chance(0.3) && (nv = swapDigits(old, d)) != null && Math.abs(nv) <= 100) note = `rate digits transposed ${old}→${nv}`;
    else { const step = d ? ri(3, 40) / 10 ** d * (d === 2 ? 10 : 1) : ri(1, 5); nv = round(old + (chance(0.5) || old - step < 0 ? step : -step), d); if (nv > 100 && old <= 100) nv = round(old - step, d); note = `rate changed ${old}→${nv}`; }
  } else if (kind === 'qizhong') { const w = get(ch.w).value; nv = round(w + (d ? Math.max(round(w * ri(3, 20) / 100, d), 1 / 10 ** d) : ri(1, 3)), d); note = `其中 part set larger than its whole ${ch.w[1]}=${w}: ${old}→${nv}`; }
  else if (kind === 'band') { const delta = pick([1, 2, -1, -2, 1]); nv = old + delta; if (nv < 0) nv = old + 1; note = `band/part count changed ${old}→${nv} so parts no longer sum`; }
  if (nv == null || nv === old) return null;
  get(cell).value = nv;
  return { planted: { sheet: cell[0], cell: cell[1] }, note };
}

// ---------- book ----------
function countyDataset(towns, ad) {
  const ys = {};
  const agg = (k, which) => towns.reduce((s, t) => s + t.data[k], 0);
  const y24 = {}; for (const k of Object.keys(towns[0].data)) y24[k] = agg(k);
  const y23 = Object.assign({}, y24);
  y23.vil = y24.vil + ri(0, 6);
  y23.inc24 = y24.inc23;
  y23.op = Math.round(y23.inc24 * ri(45, 80) / 100);
  y23.ysj = Math.max(0, Math.min(y23.vil, y24.ysj - ri(0, 20)));
  // bands 2023: shift some villages down
  const b = [y24.b1, y24.b2, y24.b3, y24.b4, y24.b5]; const extra = y23.vil - y24.vil; b[0] += extra;
  for (let i = 0; i < 6; i++) { const j = ri(1, 4); if (b[j] > 0) { b[j]--; b[j - 1]++; } }
  [y23.b1, y23.b2, y23.b3, y23.b4, y23.b5] = b;
  return { y23, y24 };
}

async function makeBook(file, wantPlant, idx) {
  const wb = new ExcelJS.Workbook();
  const rels = [];
  const ad = pick([1, 2, 2]); const rd = pick([1, 1, 2]);
  const county = { name: pick(COUNTIES) };
  const nt = ri(5, 16);
  const names = shuffle(TOWNS).slice(0, nt);
  const towns = names.map((n) => ({ name: n, data: townData(ad) }));
  Object.assign(county, countyDataset(towns, ad));
  const o0 = { ad, rd };
  const types = shuffle(['bands', 'income', 'weak', 'ysj', 'cadre', 'trans', 'years']);
  const nTables = pick([1, 1, 2, 2, 3]);
  const chosen = types.slice(0, nTables);
  const kinds = new Set();
  let sheetNo = 1;
  for (const type of chosen) {
    const o = Object.assign({}, o0);
    o.unit = pick(['单位：个、万元、%', '单位：个，万元，%', '计量单位：个、人、万元、%', null, '单位：个']);
    if (type === 'cadre' || type === 'ysj') o.unit = pick(['单位：人、%', '单位：人', null]);
    o.filler = chance(0.4) ? `中共${county.name}委组织部` + (chance(0.5) ? '（盖章）' : '') : null;
    o.subtitle = chance(0.3) ? pick(['（2024年度）', '（截至2024年12月31日）', '2024年12月']) : null;
    o.blankAfterTitle = chance(0.2);
    o.seq = chance(0.4); o.labelHead = pick(['乡镇（街道）', '单位', '乡镇名称', '地区']);
    o.twoRow = true;
    o.totalLabel = pick(['合计', '全县合计', '总计', '合  计', county.name]);
    o.totalPos = chance(0.55) ? 'top' : 'bottom';
    o.blankAfterTotal = o.totalPos === 'top' && chance(0.25);
    o.notes = chance(0.5) ? pick([['注：1.集体经济收入不含上级补助收入；2.“—”表示不适用。'], ['注：占比=各档村数÷村总数×100%。'], ['说明：本表数据来源于农村集体资产清产核资系统。', '填表人：王某某    审核人：李某某']]) : null;
    o.sign = chance(0.3) ? '填报日期：2025年1月15日' : null;
    if (type !== 'trans' && type !== 'years' && nt >= 8 && chance(0.35)) {
      const g1 = ri(2, nt - 4), g2 = ri(2, nt - g1 - 2); o.groups = [{ name: '东部片区', n: g1 }, { name: '中部片区', n: g2 }, { name: '西部片区', n: nt - g1 - g2 }]; o.subPos = chance(0.5) ? 'top' : 'bottom'; o.indent = chance(0.5);
    }
    if (type !== 'trans' && type !== 'years' && !o.groups && nt >= 10 && chance(0.3)) { o.cont = true; o.contName = pick(['续表', `表${sheetNo}（续）`, `Sheet${sheetNo + 1}`]); }
    let sname = pick([`表${sheetNo}`, `附表${sheetNo}`, `Sheet${sheetNo}`]) + (chance(0.5) ? '' : ' ' + { bands: '收入分档', income: '集体收入', weak: '薄弱村', ysj: '一肩挑', cadre: '村干部', trans: '主要指标', years: '两年对比' }[type]);
    if (o.contName && o.contName === sname) o.contName = '续表';
    if (type === 'years') {
      o.title = `${county.name}村级集体经济发展主要指标对比表`; o.growthHead = pick(['增长（%）', '增长%', '同比增减（%）']);
      writeYears(wb, o, rels, sname, county); kinds.add('rate'); kinds.add('band'); kinds.add('qizhong');
    } else {
      o.bands = pick(BANDSETS); o.share = chance(0.65); o.avg = chance(0.5);
      const def = typeDef(type, o);
      o.title = `${county.name}${pick(['2024年', '2024年度', ''])}${def.title}`;
      if (type === 'trans') { o.unitCol = chance(0.5); writeTransposed(wb, def, towns, o, rels, sname); }
      else writeNormal(wb, def, towns, o, rels, sname);
      kinds.add('total'); kinds.add('transpose');
      if (def.keys.some((k) => k.derive && k.derive.t !== 'diff')) kinds.add('rate');
      if (def.les.length) kinds.add('qizhong');
      if (def.rowSums.length) kinds.add('band');
    }
    sheetNo++;
    if (o.cont) sheetNo++;
  }
  if (chance(0.3)) narrative(wb, pick(['说明', '情况说明', '填报说明']), county, o0);
  let res = { planted: null, note: 'clean' };
  if (wantPlant) {
    for (let tries = 0; tries < 20; tries++) { const k = pick([...kinds]); const p = plant(wb, rels, k); if (p) { res = p; break; } }
    if (!res.planted) throw new Error('could not plant ' + file);
  }
  await wb.xlsx.writeFile(path.join(ROOT, file));
  return Object.assign({ file }, res, { rels });
}

(async () => {
  for (const [dir, n, pre, seed] of [['cases', 45, 'c', 7801], ['probe', 100, 'p', 7802]]) {
    R = mulberry32(seed);
    fs.mkdirSync(path.join(ROOT, dir), { recursive: true });
    const man = [], checks = [];
    for (let i = 1; i <= n; i++) {
      const file = `${dir}/${pre}${String(i).padStart(3, '0')}.xlsx`;
      const r = await makeBook(file, i % 2 === 0, i);
      man.push({ file: r.file, planted: r.planted, note: r.note });
      checks.push({ file: r.file, rels: r.rels });
    }
    fs.writeFileSync(path.join(ROOT, dir === 'cases' ? 'manifest.json' : 'probe/manifest.json'), JSON.stringify(man, null, 1));
    fs.writeFileSync(path.join(ROOT, dir, 'checks.json'), JSON.stringify(checks));
    console.log(dir, man.length, man.filter((m) => m.planted).length, 'planted');
  }
})();
