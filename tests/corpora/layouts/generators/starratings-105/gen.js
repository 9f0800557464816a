// node gen.js OUTDIR SEED NCLEAN NPLANT [VARIANT]
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [outDir, seedArg, nCleanArg, nPlantArg, variantArg] = process.argv.slice(2);
const SEED = Number(seedArg || 1), NCLEAN = Number(nCleanArg || 15), NPLANT = Number(nPlantArg || 15);
const VARIANT = Number(variantArg || 0);
let s = SEED * 2654435761 % 4294967296 || 1;
function rnd() { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;

const CITIES = ['青州市', '临川市', '安平市', '东阳市', '南岭市', '白河市', '泰和市', '云溪市'];
const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '新城区', '河口区', '清水县', '石桥县', '平安县', '龙泉县', '永宁县', '长乐县', '安福县', '桃源县', '金山县', '柳河县', '大成县', '三江县', '宁远县'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '南湖街道', '北山街道', '新华街道', '前进街道', '白沙镇', '石门镇', '柳林镇', '桥头镇', '马坊镇', '李家乡', '王庄乡', '黄土镇', '杨柳镇', '青山乡', '花园街道', '和平街道', '幸福街道', '红星镇', '太平镇', '永安镇', '双河镇'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];

function sample(arr, n) { const a = arr.slice(); const o = []; while (o.length < n && a.length) o.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return o; }

// ---------- column templates ----------
// col: {id, hdr:[...path], type, ...}; types: base(gen), sumcols(of), part(whole, frac), share(num,den,dec,kind), growth(cur,prev,dec), diff(cur,prev,dec,kind), indep(gen, dec), prevshare(dec)
function starCols(mode) {
  const levels = mode === 'star5' ? ['五星', '四星', '三星', '二星', '一星'] : mode === 'star4' ? ['五星级', '四星级', '三星级', '二星级及以下'] : ['好', '较好', '一般', '差'];
  const weights = mode === 'grade' ? [0.45, 0.35, 0.15, 0.05] : mode === 'star5' ? [0.15, 0.3, 0.35, 0.15, 0.05] : [0.18, 0.32, 0.35, 0.15];
  const grp = mode === 'grade' ? '评定等次' : '评定星级';
  const cols = [];
  const ids = levels.map((l, i) => 'lv' + i);
  const totalHdr = pick(['参评党组织数', '参评数', '党组织总数', '参加评定党组织数']);
  cols.push({ id: 'tot', hdr: [totalHdr], type: 'sumcols', of: ids, unit: '个' });
  levels.forEach((l, i) => cols.push({ id: ids[i], hdr: [grp, l + (chance(0.3) ? '（个）' : '')], type: 'base', w: weights[i], unit: '个' }));
  const top = levels[0];
  if (chance(0.8)) cols.push({ id: 'sh0', hdr: [top + '占比(%)'], type: 'share', num: 'lv0', den: 'tot', dec: pick([1, 1, 2]), kind: 'share', unit: '%' });
  if (chance(0.5)) {
    cols.push({ id: 'plv0', hdr: ['上年' + top + '数'], type: 'prevOf', of: 'lv0', unit: '个' });
    cols.push({ id: 'dlv0', hdr: [pick(['比上年增减', '比上年增减（个）', '增减数'])], type: 'diff', cur: 'lv0', prev: 'plv0', dec: 0, kind: 'diff', unit: '个' });
  } else if (chance(0.6)) {
    cols.push({ id: 'ptot', hdr: [pick(['上年参评数', '上年同期'])], type: 'prevOf', of: 'tot', unit: '个' });
    cols.push({ id: 'gtot', hdr: [pick(['比上年增长(%)', '增长(%)', '同比增减%'])], type: 'growth', cur: 'tot', prev: 'ptot', dec: pick([1, 1, 2]), unit: '%' });
  }
  if (chance(0.35)) {
    const shName = cols.find((c) => c.id === 'sh0') ? null : 'sh0';
    if (shName) cols.push({ id: 'sh0', hdr: [top + '占比(%)', '本年'], type: 'share', num: 'lv0', den: 'tot', dec: 1, kind: 'share', unit: '%' });
    else cols.find((c) => c.id === 'sh0').hdr = [top + '占比(%)', '本年'];
    const i = cols.findIndex((c) => c.id === 'sh0');
    cols.splice(i + 1, 0, { id: 'psh0', hdr: [top + '占比(%)', '上年'], type: 'prevshare', dec: cols[i].dec, of: 'sh0', unit: '%' },
      { id: 'ppsh0', hdr: [top + '占比(%)', pick(['增减（百分点）', '增减(个百分点)', '±百分点'])], type: 'diff', cur: 'sh0', prev: 'psh0', dec: cols[i].dec, kind: 'pp', unit: '百分点' });
  }
  return cols;
}
function reviewCols() {
  const cols = [];
  const ids = ['g0', 'g1', 'g2', 'g3'];
  cols.push({ id: 'tot', hdr: [pick(['参加述职评议书记数', '述职评议人数', '参加述职人数'])], type: 'sumcols', of: ids, unit: '人' });
  ['好', '较好', '一般', '差'].forEach((l, i) => cols.push({ id: ids[i], hdr: ['综合评价等次', l], type: 'base', w: [0.5, 0.33, 0.13, 0.04][i], unit: '人' }));
  if (chance(0.7)) cols.push({ id: 'shg', hdr: [pick(['“好”等次占比(%)', '好等次比例%', '评为好的占比（%）'])], type: 'share', num: 'g0', den: 'tot', dec: pick([1, 2]), kind: 'share', unit: '%' });
  if (chance(0.6)) cols.push({ id: 'sat', hdr: [pick(['群众满意度(%)', '测评满意度（%）', '满意度%'])], type: 'indep', lo: 88, hi: 99.5, dec: pick([1, 2]), unit: '%' });
  if (chance(0.5)) {
    cols.push({ id: 'iss', hdr: ['点评指出问题数'], type: 'base', scale: 2.5, unit: '个' });
    cols.push({ id: 'issd', hdr: ['其中：已整改'], type: 'part', whole: 'iss', lo: 0.6, hi: 1, unit: '个' });
    if (chance(0.7)) cols.push({ id: 'issr', hdr: ['整改完成率(%)'], type: 'share', num: 'issd', den: 'iss', dec: pick([1, 2]), kind: 'rate', unit: '%' });
  }
  return cols;
}
function rectifyCols() {
  const cols = [];
  cols.push({ id: 'iss', hdr: [pick(['查摆问题数', '整改问题数', '检视问题总数'])], type: 'base', scale: 4, unit: '个' });
  const two = chance(0.5);
  if (two) {
    cols.push({ id: 'isd', hdr: ['其中', '已整改'], type: 'part', whole: 'iss', lo: 0.55, hi: 1, unit: '个' });
    cols.push({ id: 'isg', hdr: ['其中', '正在整改'], type: 'rest', whole: 'iss', minus: ['isd'], unit: '个' });
  } else cols.push({ id: 'isd', hdr: [pick(['其中：已整改', '已整改'])], type: 'part', whole: 'iss', lo: 0.55, hi: 1, unit: '个' });
  cols.push({ id: 'isr', hdr: [pick(['整改完成率(%)', '整改率（%）', '完成率%'])], type: 'share', num: 'isd', den: 'iss', dec: pick([1, 1, 2]), kind: 'rate', unit: '%' });
  if (chance(0.6)) {
    cols.push({ id: 'piss', hdr: [pick(['上年问题数', '去年同期'])], type: 'prevOf', of: 'iss', unit: '个' });
    cols.push({ id: 'giss', hdr: [pick(['比上年增长(%)', '同比增长%', '增幅(%)'])], type: 'growth', cur: 'iss', prev: 'piss', dec: 1, unit: '%' });
  }
  return cols;
}
function weakCols() {
  const cols = [];
  const split = chance(0.6);
  if (split) {
    cols.push({ id: 'wk', hdr: [pick(['排查软弱涣散党组织数', '排查整顿数', '软弱涣散党组织数']), '合计'], type: 'sumcols', of: ['wke', 'wks'], unit: '个' });
    cols.push({ id: 'wke', hdr: [cols[0].hdr[0], '企业'], type: 'base', scale: 0.6, unit: '个' });
    cols.push({ id: 'wks', hdr: [cols[0].hdr[0], '社会组织'], type: 'base', scale: 0.4, unit: '个' });
  } else cols.push({ id: 'wk', hdr: ['排查软弱涣散党组织数'], type: 'base', scale: 1, unit: '个' });
  cols.push({ id: 'wkd', hdr: [pick(['已整顿转化数', '其中：已整顿', '已完成整顿'])], type: 'part', whole: 'wk', lo: 0.5, hi: 1, unit: '个' });
  cols.push({ id: 'wkr', hdr: [pick(['整顿转化率(%)', '整顿率%', '转化率（%）'])], type: 'share', num: 'wkd', den: 'wk', dec: pick([1, 2]), kind: 'rate', unit: '%' });
  if (chance(0.4)) cols.push({ id: 'wkcov', hdr: ['选派第一书记（指导员）数'], type: 'base', scale: 0.8, unit: '人' });
  return cols;
}
function typeCols() {
  // columns = 企业 / 社会组织 breakdown with 合计
  const cols = [];
  cols.push({ id: 'all', hdr: ['合计'], type: 'sumcols', of: ['ent', 'soc'], unit: '个' });
  cols.push({ id: 'ent', hdr: ['非公有制企业', '小计'], type: 'sumcols', of: ['ent1', 'ent2'], unit: '个' });
  cols.push({ id: 'ent1', hdr: ['非公有制企业', '规上企业'], type: 'base', scale: 1.2, unit: '个' });
  cols.push({ id: 'ent2', hdr: ['非公有制企业', '规下企业'], type: 'base', scale: 1.5, unit: '个' });
  cols.push({ id: 'soc', hdr: ['社会组织', '小计'], type: 'sumcols', of: ['soc1', 'soc2', 'soc3'], unit: '个' });
  cols.push({ id: 'soc1', hdr: ['社会组织', '社会团体'], type: 'base', scale: 0.5, unit: '个' });
  cols.push({ id: 'soc2', hdr: ['社会组织', '民办非企业单位'], type: 'base', scale: 0.6, unit: '个' });
  cols.push({ id: 'soc3', hdr: ['社会组织', '行业协会商会'], type: 'base', scale: 0.3, unit: '个' });
  if (chance(0.5)) cols.push({ id: 'shent', hdr: ['企业占比(%)'], type: 'share', num: 'ent', den: 'all', dec: 1, kind: 'share', unit: '%' });
  return cols;
}

// ---------- row values ----------
function genLeaf(cols, size) {
  const v = {};
  for (const c of cols) {
    if (c.type === 'base') {
      if (c.w !== undefined) v[c.id] = Math.max(0, Math.round(size * c.w * (0.6 + rnd() * 0.8)));
      else v[c.id] = Math.max(0, Math.round(size * (c.scale || 1) * (0.1 + rnd() * 0.25)));
      if (chance(0.05)) v[c.id] = 0;
    }
  }
  for (const c of cols) if (c.type === 'sumcols') v[c.id] = c.of.reduce((a, id) => a + (v[id] ?? 0), 0);
  for (const c of cols) if (c.type === 'sumcols') v[c.id] = c.of.reduce((a, id) => a + (v[id] ?? 0), 0);
  for (const c of cols) if (c.type === 'part') v[c.id] = Math.min(v[c.whole], Math.round(v[c.whole] * (c.lo + rnd() * (c.hi - c.lo))));
  for (const c of cols) if (c.type === 'sumcols') v[c.id] = c.of.reduce((a, id) => a + (v[id] ?? 0), 0); // nested
  for (const c of cols) if (c.type === 'rest') v[c.id] = v[c.whole] - c.minus.reduce((a, id) => a + v[id], 0);
  for (const c of cols) if (c.type === 'prevOf') v[c.id] = Math.max(0, Math.round(v[c.of] * (0.7 + rnd() * 0.5)) + ri(-1, 1));
  for (const c of cols) if (c.type === 'indep') v[c.id] = r2(c.lo + rnd() * (c.hi - c.lo), c.dec);
  return v;
}
const SUMMABLE = new Set(['base', 'part', 'sumcols', 'rest', 'prevOf']);
function aggregate(cols, kids) {
  const v = {};
  for (const c of cols) if (SUMMABLE.has(c.type)) v[c.id] = kids.reduce((a, k) => a + k[c.id], 0);
  for (const c of cols) if (c.type === 'indep') {
    const wsum = kids.reduce((a, k) => a + (k.tot || 1), 0);
    v[c.id] = r2(kids.reduce((a, k) => a + k[c.id] * (k.tot || 1), 0) / wsum, c.dec);
  }
  for (const c of cols) if (c.type === 'prevshare') {
    const wsum = kids.reduce((a, k) => a + (k.tot || 1), 0);
    v['_w' + c.id] = kids.reduce((a, k) => a + (k['_w' + c.id] ?? k[c.id] ?? 0) * (k.tot || 1), 0) / wsum;
  }
  return v;
}
function derive(cols, v, leaf) {
  for (const c of cols) {
    if (c.type === 'share') v[c.id] = v[c.den] ? r2(v[c.num] / v[c.den] * 100, c.dec) : null;
    if (c.type === 'prevshare') {
      if (leaf) { const cur = v[c.of]; v[c.id] = cur === null ? null : r2(Math.max(0, Math.min(100, cur + (rnd() - 0.5) * 16)), c.dec); v['_w' + c.id] = v[c.id] ?? 0; }
      else v[c.id] = r2(v['_w' + c.id], c.dec);
    }
  }
  for (const c of cols) {
    if (c.type === 'growth') v[c.id] = v[c.prev] ? r2((v[c.cur] / v[c.prev] - 1) * 100, c.dec) : null;
    if (c.type === 'diff') v[c.id] = (v[c.cur] === null || v[c.prev] === null) ? null : r2(v[c.cur] - v[c.prev], c.dec);
  }
}

// ---------- region structures ----------
// rows: [{label, kind:'leaf'|'sub'|'total'|'q', kids:[idx], v}]
function buildRows(cols, opt) {
  const city = opt.city;
  const nC = ri(opt.minC || 3, opt.maxC || 9);
  const counties = sample(COUNTIES, nC);
  const rows = [];
  const size = opt.size || ri(30, 200);
  if (opt.twoLevel) {
    const subs = [];
    counties.slice(0, ri(2, 4)).forEach((cn, ci) => {
      const towns = sample(TOWNS, ri(2, 5));
      const kids = towns.map((t) => ({ label: t, kind: 'leaf', v: genLeaf(cols, size / 3) }));
      kids.forEach((k) => derive(cols, k.v, true));
      const sub = { label: cn, kind: 'sub', v: aggregate(cols, kids.map((k) => k.v)), kids };
      derive(cols, sub.v, false);
      subs.push(sub);
    });
    const tot = { label: 'total', kind: 'total', v: aggregate(cols, subs.map((k) => k.v)), kids: subs };
    derive(cols, tot.v, false);
    return { total: tot, groups: subs };
  }
  const kids = counties.map((c) => ({ label: c, kind: 'leaf', v: genLeaf(cols, size) }));
  kids.forEach((k) => derive(cols, k.v, true));
  const tot = { label: 'total', kind: 'total', v: aggregate(cols, kids.map((k) => k.v)), kids };
  derive(cols, tot.v, false);
  return { total: tot, groups: null, leaves: kids };
}
// split total into 其中 rows (企业 / 社会组织) with consistent horizontals
function splitTotal(cols, tv) {
  for (let tries = 0; tries < 50; tries++) {
    const a = {}, b = {};
    for (const c of cols) if (c.type === 'base' || c.type === 'prevOf') { a[c.id] = Math.round(tv[c.id] * (0.45 + rnd() * 0.3)); b[c.id] = tv[c.id] - a[c.id]; }
    for (const c of cols) if (c.type === 'part') { a[c.id] = Math.round(tv[c.id] * (0.45 + rnd() * 0.3)); b[c.id] = tv[c.id] - a[c.id]; }
    for (const x of [a, b]) {
      for (let k = 0; k < 2; k++) for (const c of cols) if (c.type === 'sumcols') x[c.id] = c.of.reduce((s, id) => s + x[id], 0);
      for (const c of cols) if (c.type === 'rest') x[c.id] = x[c.whole] - c.minus.reduce((s, id) => s + x[id], 0);
    }
    let ok = true;
    for (const c of cols) if (c.type === 'sumcols' || c.type === 'rest') if (a[c.id] + b[c.id] !== tv[c.id] || a[c.id] < 0 || b[c.id] < 0) ok = false;
    for (const c of cols) if (c.type === 'part' && (a[c.id] > a[c.whole] || b[c.id] > b[c.whole])) ok = false;
    if (!ok) continue;
    for (const c of cols) if (c.type === 'indep') { a[c.id] = r2(tv[c.id] + (rnd() - 0.5) * 2, c.dec); b[c.id] = r2(tv[c.id] + (rnd() - 0.5) * 2, c.dec); }
    for (const x of [a, b]) {
      for (const c of cols) if (c.type === 'prevshare') { x['_w' + c.id] = tv[c.id] + (rnd() - 0.5) * 4; }
      derive(cols, x, false);
    }
    return [a, b];
  }
  return null;
}

// ---------- writing ----------
function fmtNum(v, c, st) {
  if (v === null || v === undefined) return st.nullMark;
  if (v === 0 && st.zeroDash && (c.type === 'base' || c.type === 'part' || c.type === 'rest')) return '—';
  if (st.textNums && chance(0.08)) return (c.dec ? v.toFixed(c.dec) : String(v));
  return v;
}
function numFmt(c) { if (c.dec) return '0.' + '0'.repeat(c.dec); return undefined; }

function writeTitle(ws, r, text, ncols) {
  ws.getCell(r, 1).value = text; ws.mergeCells(r, 1, r, ncols); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' };
}

// normal orientation: regions as rows
function writeRowTable(ws, sheetName, cols, data, st, rels) {
  let r = 1;
  const lead = st.seqCol ? 2 : 1;
  const ncols = lead + cols.length;
  if (st.title) { writeTitle(ws, r, st.title, ncols); r++; }
  if (st.unitLine) { ws.getCell(r, st.unitRight ? ncols : 1).value = st.unitLine; r++; }
  const depth = Math.max(...cols.map((c) => c.hdr.length));
  const h0 = r;
  // lead headers
  if (st.seqCol) { ws.getCell(h0, 1).value = '序号'; if (depth > 1) ws.mergeCells(h0, 1, h0 + depth - 1, 1); }
  ws.getCell(h0, lead).value = st.regionHdr; if (depth > 1) ws.mergeCells(h0, lead, h0 + depth - 1, lead);
  const colOf = {};
  cols.forEach((c, i) => { colOf[c.id] = lead + 1 + i; });
  // header merging
  let i = 0;
  while (i < cols.length) {
    const c = cols[i];
    if (c.hdr.length === 1) { ws.getCell(h0, lead + 1 + i).value = c.hdr[0]; if (depth > 1) ws.mergeCells(h0, lead + 1 + i, h0 + depth - 1, lead + 1 + i); i++; continue; }
    let j = i; while (j + 1 < cols.length && cols[j + 1].hdr.length > 1 && cols[j + 1].hdr[0] === c.hdr[0]) j++;
    ws.getCell(h0, lead + 1 + i).value = c.hdr[0]; if (j > i) ws.mergeCells(h0, lead + 1 + i, h0, lead + 1 + j);
    for (let k = i; k <= j; k++) { ws.getCell(h0 + 1, lead + 1 + k).value = cols[k].hdr[1]; if (depth > 2) ws.mergeCells(h0 + 1, lead + 1 + k, h0 + depth - 1, lead + 1 + k); }
    i = j + 1;
  }
  r = h0 + depth;
  if (st.colNumbers) { // 甲 乙 1 2 3 row
    if (st.seqCol) ws.getCell(r, 1).value = '甲';
    ws.getCell(r, lead).value = st.seqCol ? '乙' : '甲';
    cols.forEach((c, k) => { ws.getCell(r, lead + 1 + k).value = k + 1; });
    r++;
  }
  const addrOf = new Map(); // rowObj -> rowNumber
  const writeRow = (label, v, seq, bold) => {
    if (st.seqCol) ws.getCell(r, 1).value = seq ?? '';
    ws.getCell(r, lead).value = label; if (bold) ws.getCell(r, lead).font = { bold: true };
    for (const c of cols) { const cell = ws.getCell(r, colOf[c.id]); cell.value = fmtNum(v[c.id], c, st); const f = numFmt(c); if (f) cell.numFmt = f; }
    return r++;
  };
  const rowRels = (rn, v) => { // horizontal relations of a row
    for (const c of cols) {
      const a = A(rn, colOf[c.id]);
      if (c.type === 'sumcols') rels.push({ sheet: sheetName, t: 'sum', total: a, parts: c.of.map((id) => A(rn, colOf[id])), tol: 0, kind: 'total' });
      if (c.type === 'part') rels.push({ sheet: sheetName, t: 'le', whole: A(rn, colOf[c.whole]), parts: [a].concat(cols.filter((x) => x.type === 'rest' && x.whole === c.whole).map((x) => A(rn, colOf[x.id]))), tol: 0, kind: 'part' });
      if (c.type === 'rest') rels.push({ sheet: sheetName, t: 'sum', total: A(rn, colOf[c.whole]), parts: [a, ...c.minus.map((id) => A(rn, colOf[id]))], tol: 0, kind: 'total' });
      if (c.type === 'share' && v[c.id] !== null) rels.push({ sheet: sheetName, t: 'rate', cell: a, num: A(rn, colOf[c.num]), den: A(rn, colOf[c.den]), k: 100, tol: 0.5 * Math.pow(10, -c.dec) + 1e-9, kind: c.kind });
      if (c.type === 'growth' && v[c.id] !== null) rels.push({ sheet: sheetName, t: 'growth', cell: a, cur: A(rn, colOf[c.cur]), prev: A(rn, colOf[c.prev]), tol: 0.5 * Math.pow(10, -c.dec) + 1e-9, kind: 'growth' });
      if (c.type === 'diff' && v[c.id] !== null) rels.push({ sheet: sheetName, t: 'pp', cell: a, cur: A(rn, colOf[c.cur]), prev: A(rn, colOf[c.prev]), tol: c.dec ? 1.5 * Math.pow(10, -c.dec) : 1e-9, kind: c.kind });
    }
  };
  const vertRels = (totRn, partRns, kind) => {
    for (const c of cols) if (SUMMABLE.has(c.type)) rels.push({ sheet: sheetName, t: 'sum', total: A(totRn, colOf[c.id]), parts: partRns.map((p) => A(p, colOf[c.id])), tol: 0, kind });
  };
  const T = data.total;
  const totLabel = st.totalLabel;
  let totRn;
  const qRows = [];
  const writeTotal = () => {
    totRn = writeRow(totLabel, T.v, st.seqCol ? '' : undefined, true); rowRels(totRn, T.v);
    if (st.qizhong) {
      const [a, b] = st.qizhong;
      const r1 = writeRow(st.qLabels[0], a, '', false); rowRels(r1, a);
      const r2_ = writeRow(st.qLabels[1], b, '', false); rowRels(r2_, b);
      qRows.push(r1, r2_);
    }
  };
  if (st.totalTop) writeTotal();
  const topRns = [];
  if (data.groups) {
    data.groups.forEach((g, gi) => {
      const glabel = st.numbered ? CN[gi] + '、' + g.label : g.label;
      let subRn;
      const kidRns = [];
      if (!st.subAfter) { subRn = writeRow(st.subStyle === 'suffix' ? glabel + '小计' : glabel, g.v, st.seqCol ? CN[gi] : undefined, true); rowRels(subRn, g.v); }
      else if (st.subStyle === 'header') { ws.getCell(r, lead).value = glabel; ws.getCell(r, lead).font = { bold: true }; r++; }
      g.kids.forEach((k, ki) => {
        const lab = st.numbered ? '（' + CN[ki] + '）' + k.label : (st.indent ? '　　' + k.label : k.label);
        const rn = writeRow(lab, k.v, st.seqCol ? ki + 1 : undefined, false); rowRels(rn, k.v); kidRns.push(rn);
      });
      if (st.subAfter) { subRn = writeRow(st.subStyle === 'header' ? '　小计' : glabel + '小计', g.v, '', true); rowRels(subRn, g.v); }
      vertRels(subRn, kidRns, 'subtotal');
      topRns.push(subRn);
    });
  } else {
    data.leaves.forEach((k, ki) => {
      const lab = st.numbered ? CN[ki] + '、' + k.label : k.label;
      const rn = writeRow(lab, k.v, st.seqCol ? ki + 1 : undefined, false); rowRels(rn, k.v); topRns.push(rn);
    });
  }
  if (!st.totalTop) writeTotal();
  vertRels(totRn, topRns, 'total');
  if (qRows.length) vertRels(totRn, qRows, 'total');
  r++;
  for (const n of st.notes) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(lead).width = 16;
  for (let k = lead + 1; k <= ncols; k++) ws.getColumn(k).width = 11;
}

// transposed: indicators as rows, regions as columns
function writeColTable(ws, sheetName, cols, data, st, rels) {
  let r = 1;
  const regs = st.totalTop ? [data.total, ...data.leaves] : [...data.leaves, data.total];
  const lead = st.unitCol ? 2 : 1;
  const ncols = lead + regs.length;
  if (st.title) { writeTitle(ws, r, st.title, ncols); r++; }
  if (st.unitLine) { ws.getCell(r, ncols).value = st.unitLine; r++; }
  ws.getCell(r, 1).value = pick(['指标', '项目', '指标名称']); if (st.unitCol) ws.getCell(r, 2).value = '单位';
  const colOfReg = new Map();
  regs.forEach((g, i) => { ws.getCell(r, lead + 1 + i).value = g === data.total ? st.totalLabel : g.label; colOfReg.set(g, lead + 1 + i); });
  r++;
  const rowOf = {};
  let lastTop = null;
  for (const c of cols) {
    let label;
    if (c.hdr.length === 1) label = c.hdr[0];
    else if (c.hdr[1] === '合计' || c.hdr[1] === '小计') label = c.hdr[0];
    else if (c.hdr[0] === '其中') label = (lastTop === '其中' ? '　　' : '其中：') + c.hdr[1];
    else label = (c.hdr[0] === lastTop ? '　　' : (st.qz && c.unit !== '%' ? '其中：' : '')) + c.hdr[1];
    if (c.hdr.length > 1 && c.hdr[0] !== lastTop && !(c.hdr[1] === '合计' || c.hdr[1] === '小计') && c.hdr[0] !== '其中' && !(st.qz && c.unit !== '%')) {
      // write group label line first
      ws.getCell(r, 1).value = c.hdr[0]; r++;
      label = '　　' + c.hdr[1];
    }
    lastTop = c.hdr.length > 1 ? c.hdr[0] : null;
    ws.getCell(r, 1).value = label; if (st.unitCol) ws.getCell(r, 2).value = c.unit;
    rowOf[c.id] = r;
    for (const g of regs) { const cell = ws.getCell(r, colOfReg.get(g)); cell.value = fmtNum(g.v[c.id], c, st); const f = numFmt(c); if (f) cell.numFmt = f; }
    r++;
  }
  for (const g of regs) {
    const cc = colOfReg.get(g), v = g.v;
    for (const c of cols) {
      const a = A(rowOf[c.id], cc), at = (id) => A(rowOf[id], cc);
      if (c.type === 'sumcols') rels.push({ sheet: sheetName, t: 'sum', total: a, parts: c.of.map(at), tol: 0, kind: 'total' });
      if (c.type === 'part') rels.push({ sheet: sheetName, t: 'le', whole: at(c.whole), parts: [a], tol: 0, kind: 'part' });
      if (c.type === 'rest') rels.push({ sheet: sheetName, t: 'sum', total: at(c.whole), parts: [a, ...c.minus.map(at)], tol: 0, kind: 'total' });
      if (c.type === 'share' && v[c.id] !== null) rels.push({ sheet: sheetName, t: 'rate', cell: a, num: at(c.num), den: at(c.den), k: 100, tol: 0.5 * Math.pow(10, -c.dec) + 1e-9, kind: c.kind });
      if (c.type === 'growth' && v[c.id] !== null) rels.push({ sheet: sheetName, t: 'growth', cell: a, cur: at(c.cur), prev: at(c.prev), tol: 0.5 * Math.pow(10, -c.dec) + 1e-9, kind: 'growth' });
      if (c.type === 'diff' && v[c.id] !== null) rels.push({ sheet: sheetName, t: 'pp', cell: a, cur: at(c.cur), prev: at(c.prev), tol: c.dec ? 1.5 * Math.pow(10, -c.dec) : 1e-9, kind: c.kind });
    }
  }
  const tc = colOfReg.get(data.total);
  for (const c of cols) if (SUMMABLE.has(c.type)) rels.push({ sheet: sheetName, t: 'sum', total: A(rowOf[c.id], tc), parts: data.leaves.map((g) => A(rowOf[c.id], colOfReg.get(g))), tol: 0, kind: 'total' });
  r++;
  for (const n of st.notes) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 26;
}

// monthly running sheet
function writeMonthly(ws, sheetName, st, rels, year) {
  let r = 1;
  const nm = ri(6, 12);
  const items = sample([['新评定五星级党组织', 3], ['开展述职评议', 8], ['整改问题', 12], ['整顿软弱涣散党组织', 2], ['新组建党组织', 6]], ri(2, 3));
  const ncols = 1 + items.length * 2;
  if (st.title) { writeTitle(ws, r, year + '年1—' + nm + '月两新组织党建工作进度', ncols); r++; }
  if (st.unitLine) { ws.getCell(r, ncols).value = '单位：个'; r++; }
  ws.getCell(r, 1).value = '月份'; ws.mergeCells(r, 1, r + 1, 1);
  items.forEach(([n], i) => { ws.getCell(r, 2 + 2 * i).value = n; ws.mergeCells(r, 2 + 2 * i, r, 3 + 2 * i); ws.getCell(r + 1, 2 + 2 * i).value = '本月'; ws.getCell(r + 1, 3 + 2 * i).value = pick(['累计', '本年累计', '1月至本月累计']); });
  r += 2;
  const first = r;
  const cum = items.map(() => 0);
  for (let m = 1; m <= nm; m++) {
    ws.getCell(r, 1).value = m + '月';
    items.forEach(([n, sc], i) => {
      const x = Math.max(0, Math.round(sc * (0.3 + rnd() * 1.4)));
      cum[i] += x;
      ws.getCell(r, 2 + 2 * i).value = x === 0 && st.zeroDash ? '—' : x;
      ws.getCell(r, 3 + 2 * i).value = cum[i];
      if (m > 1) rels.push({ sheet: sheetName, t: 'sum', total: A(r, 3 + 2 * i), parts: [A(r - 1, 3 + 2 * i), A(r, 2 + 2 * i)], tol: 0, kind: 'running' });
      else rels.push({ sheet: sheetName, t: 'sum', total: A(r, 3 + 2 * i), parts: [A(r, 2 + 2 * i)], tol: 0, kind: 'running' });
    });
    r++;
  }
  if (st.monthTotal) {
    ws.getCell(r, 1).value = '合计';
    items.forEach((_, i) => {
      ws.getCell(r, 2 + 2 * i).value = cum[i];
      ws.getCell(r, 3 + 2 * i).value = cum[i];
      const parts = []; for (let q = first; q < r; q++) parts.push(A(q, 2 + 2 * i));
      rels.push({ sheet: sheetName, t: 'sum', total: A(r, 2 + 2 * i), parts, tol: 0, kind: 'total' });
    });
    r++;
  }
  r++;
  for (const n of st.notes) { ws.getCell(r, 1).value = n; r++; }
}

// ---------- book ----------
function styleFor(city, year, topic) {
  const st = {};
  st.title = chance(0.85) ? `${city}${year}年度${topic}` : null;
  st.unitLine = chance(0.7) ? pick(['单位：个、%', '单位：个，%', `填报单位：${city}委组织部（两新工委）`, '单位：个/人']) : null;
  st.unitRight = chance(0.5);
  st.seqCol = chance(0.25);
  st.colNumbers = chance(0.15);
  st.regionHdr = pick(['县（市、区）', '地区', '单位', '县区', '县市区']);
  st.totalLabel = pick(['合计', '全市', '总计', '全市合计', city]);
  st.totalTop = chance(0.5);
  st.numbered = chance(0.3);
  st.indent = chance(0.5);
  st.subAfter = chance(0.4);
  st.subStyle = pick(['plain', 'suffix', 'header']);
  if (!st.subAfter && st.subStyle === 'header') st.subStyle = 'plain';
  st.zeroDash = chance(0.3);
  st.textNums = chance(0.2);
  st.nullMark = pick(['—', '', '-']);
  st.unitCol = chance(0.5);
  st.qz = chance(0.3);
  st.monthTotal = chance(0.4);
  st.notes = [];
  if (chance(0.6)) st.notes.push(pick(['注：1.参评范围为已建立党组织的非公有制企业和社会组织；2.占比按参评数计算。', '注：本表数据截至' + year + '年12月31日。', '说明：“—”表示无此项或不适用。', '注：满意度为群众测评结果，不作汇总计算。']));
  if (chance(0.6)) st.notes.push(`填报人：${pick(PEOPLE)}　　审核人：${pick(PEOPLE)}　　填报日期：${year + 1}年1月${ri(5, 25)}日`);
  return st;
}

async function makeBook(file, relFile) {
  const wb = new ExcelJS.Workbook();
  const rels = [];
  const city = pick(CITIES);
  const year = ri(2019, 2024);
  const specs = sample([
    ['评星定级', () => starCols(pick(['star5', 'star4', 'grade'])), '两新组织党组织评星定级情况统计表'],
    ['述职评议', reviewCols, '两新组织党组织书记抓党建述职评议结果汇总表'],
    ['问题整改', rectifyCols, '述职评议问题整改情况表'],
    ['软弱涣散', weakCols, '软弱涣散党组织排查整顿情况表'],
    ['分类型', typeCols, '两新组织党组织分类型统计表'],
    ['月度进度', null, ''],
  ], ri(1, 4));
  for (const [name, colsFn, topic] of specs) {
    const sheetName = chance(0.3) ? '表' + (wb.worksheets.length + 1) : name;
    const ws = wb.addWorksheet(sheetName);
    const st = styleFor(city, year, topic);
    if (!colsFn) { writeMonthly(ws, sheetName, st, rels, year); continue; }
    const cols = colsFn();
    const transposed = chance(VARIANT === 1 ? 0.4 : 0.25);
    const twoLevel = !transposed && chance(0.45);
    const data = buildRows(cols, { city, twoLevel, maxC: transposed ? 7 : 10 });
    if (!transposed && chance(0.3)) {
      const q = splitTotal(cols, data.total.v);
      if (q) { st.qizhong = q; st.qLabels = pick([['其中：企业', '社会组织'], ['其中：非公企业', '　　　社会组织'], ['　其中：企业党组织', '　　　　社会组织党组织']]); }
    }
    if (transposed) writeColTable(ws, sheetName, cols, data, st, rels);
    else writeRowTable(ws, sheetName, cols, data, st, rels);
  }
  await wb.xlsx.writeFile(file);
  fs.writeFileSync(relFile, JSON.stringify(rels, null, 1));
  return rels;
}

// ---------- planting ----------
async function plant(file, rels) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  for (let tries = 0; tries < 60; tries++) {
    const kind = pick(kinds);
    let cands = [];
    if (kind === 'part') { for (const r of rels) if (r.t === 'sum' && r.kind === 'total') for (const p of r.parts) cands.push({ rel: r, cell: p }); for (const r of rels) if (r.t === 'le') cands.push({ rel: r, cell: r.parts[0] }); }
    else if (kind === 'total' || kind === 'subtotal' || kind === 'running') cands = rels.filter((r) => r.t === 'sum' && r.kind === kind).map((r) => ({ rel: r, cell: r.total }));
    else cands = rels.filter((r) => r.kind === kind && r.cell).map((r) => ({ rel: r, cell: r.cell }));
    if (!cands.length) continue;
    const { rel, cell } = pick(cands);
    const ws = wb.getWorksheet(rel.sheet);
    const c = ws.getCell(cell);
    const was = num(c.value);
    if (!Number.isFinite(was)) continue;
    let now;
    if (['rate', 'share'].includes(kind)) { const d = ri(3, 12) * (was > 60 ? -1 : (chance(0.5) ? 1 : -1)); now = r2(Math.max(0, was + d + (rnd() - 0.5)), 1); if (now > 100) now = r2(was - Math.abs(d), 1); }
    else if (kind === 'growth') now = r2(was + (chance(0.5) ? 1 : -1) * (4 + rnd() * 12), 1);
    else if (kind === 'pp') now = r2(was + (chance(0.5) ? 1 : -1) * (2 + rnd() * 5), 1);
    else { if (was < 8) continue; const f = 0.05 + rnd() * 0.25; now = Math.round(was * (chance(0.5) ? 1 + f : 1 - f)); if (Math.abs(now - was) < 2) now = was + (chance(0.5) ? 2 : -2); }
    if (now === was) continue;
    c.value = now;
    const get = (sheet) => (a) => { const v = wb.getWorksheet(sheet).getCell(a).value; return v; };
    const broken = rels.filter((r) => { const e = evalRel(r, get(r.sheet)); return e !== null && e > 0; });
    if (broken.length === 0) { c.value = was; continue; }
    await wb.xlsx.writeFile(file);
    return [{ sheet: rel.sheet, cell, was, now, kind }];
  }
  throw new Error('could not plant ' + file);
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const relDir = path.join(__dirname, 'rel');
  fs.mkdirSync(relDir, { recursive: true });
  const setName = path.basename(outDir);
  const manifest = [];
  const n = NCLEAN + NPLANT;
  for (let i = 0; i < n; i++) {
    const fname = `${setName}_${String(i + 1).padStart(3, '0')}.xlsx`;
    const file = path.join(outDir, fname);
    const rels = await makeBook(file, path.join(relDir, fname + '.json'));
    let plants = [];
    if (i % 2 === 1 && manifest.filter((m) => m.plants.length).length < NPLANT || manifest.filter((m) => !m.plants.length).length >= NCLEAN) plants = await plant(file, rels);
    manifest.push({ file: fname, plants });
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(setName, 'books', n);
})().catch((e) => { console.error(e); process.exit(1); });
