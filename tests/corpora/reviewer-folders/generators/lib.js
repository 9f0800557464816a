// Shared helpers for round-10 reviewer folders.
// Run generators with: NODE_PATH=/work/main/node_modules node genNN.js
'use strict';
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');

// Clean folders into the corpus; planted copies (plant.js) into a temporary folder.
const CLEAN = path.join(__dirname, '..');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'reviewer-folders-'));

function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function ri(r, lo, hi) { return lo + Math.floor(r() * (hi - lo + 1)); }

// half-up rate, c/e*100 to d decimals, integer arithmetic
function rate(c, e, d = 1) {
  if (!e) return null;
  const s = 10 ** d;
  return Math.floor((2 * c * 100 * s + e) / (2 * e)) / s;
}

// One region's enterprise block
function entRow(r, size = 1) {
  const ent = ri(r, 40, 260) * size;
  const pc = ri(r, 0, 3);
  const gb = ri(r, 0, 4);
  const pb = ri(r, 6, Math.max(8, Math.floor(ent / 6)));
  const own = pc + gb + pb;
  const jo = ri(r, 1, 6);
  const jc = jo * 2 + ri(r, 0, 12);
  const cov = own + jc;
  if (cov > ent) return entRow(r, size);
  const pm = cov * ri(r, 3, 6) + ri(r, 0, 9);
  return { ent, pc, gb, pb, own, jo, jc, cov, rate: rate(cov, ent), pm };
}
function socRow(r) {
  const so = ri(r, 8, 70);
  const cov = ri(r, 2, Math.floor(so * 0.8));
  return { so, cov, rate: rate(cov, so) };
}
const ENT_KEYS = ['ent', 'pc', 'gb', 'pb', 'own', 'jo', 'jc', 'cov', 'pm'];
function sumRows(rows, keys = ENT_KEYS) {
  const t = {};
  for (const k of keys) t[k] = rows.reduce((a, x) => a + (x[k] || 0), 0);
  if (t.ent !== undefined) t.rate = rate(t.cov, t.ent);
  if (t.so !== undefined) t.rate = rate(t.cov, t.so);
  return t;
}

const TOWN_POOL = ['城关镇', '东城街道', '西城街道', '南湖街道', '北关街道', '黄坪镇', '柳河镇', '石桥镇', '杨柳乡', '大安镇',
  '新集镇', '龙泉镇', '白果乡', '马坊镇', '双河镇', '清水镇', '王庄乡', '凤凰镇', '高桥镇', '长岭乡', '金沙镇', '桃源镇',
  '梅溪镇', '李家庄乡', '三里镇', '沙河街道', '花园街道', '平安镇', '太平乡', '永和镇'];
function towns(r, n, must = []) {
  const out = [...must];
  const pool = TOWN_POOL.filter((t) => !out.includes(t));
  while (out.length < n) {
    const i = Math.floor(r() * pool.length);
    out.push(pool.splice(i, 1)[0]);
  }
  return out;
}

// Build a county: towns with enterprise (and optional social) data
function county(r, name, nTowns, opts = {}) {
  const tn = towns(r, nTowns, opts.mustTowns || []);
  const rows = tn.map((t) => ({ name: t, ...entRow(r, opts.size || 1) }));
  const tot = sumRows(rows);
  const res = { name, towns: rows, total: tot };
  if (opts.social) {
    res.socTowns = tn.map((t) => ({ name: t, ...socRow(r) }));
    res.socTotal = sumRows(res.socTowns, ['so', 'cov']);
  }
  return res;
}

// ---------- writing ----------
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };

// spec: {name, title, unitRow, dateRow, filler, header: [[...],[...]], merges: ['A3:A4',...],
//        rows: [[...]], notes: [...], numFmt: {colIndex(1-based): '0.0'}, indent: {rowIdx: level}, colWidths}
// returns map of rows -> excel row numbers
function addSheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name);
  const width = Math.max(...spec.header.map((h) => h.length), ...spec.rows.map((x) => x.length));
  let r = 1;
  const pos = {};
  if (spec.title) {
    ws.getCell(r, 1).value = spec.title;
    ws.getCell(r, 1).font = { bold: true, size: 14 };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
  }
  if (spec.filler) { ws.getCell(r, 1).value = spec.filler; r++; }
  if (spec.unitRow || spec.dateRow) {
    if (spec.unitRow) ws.getCell(r, 1).value = spec.unitRow;
    if (spec.dateRow) ws.getCell(r, width).value = spec.dateRow;
    r++;
  }
  const headerStart = r;
  for (const h of spec.header) {
    h.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(r, i + 1).value = v; });
    for (let c = 1; c <= width; c++) {
      ws.getCell(r, c).border = border;
      ws.getCell(r, c).alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
      ws.getCell(r, c).font = { bold: true };
    }
    r++;
  }
  for (const m of spec.merges || []) {
    // merges given relative to header start: e.g. [0,0,1,0] = rowOff1,col1,rowOff2,col2 (0-based)
    ws.mergeCells(headerStart + m[0], m[1] + 1, headerStart + m[2], m[3] + 1);
  }
  pos.headerStart = headerStart;
  pos.firstData = r;
  spec.rows.forEach((row, idx) => {
    row.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      if (v && typeof v === 'object' && v.formula) cell.value = v;
      else if (v !== null && v !== undefined) cell.value = v;
      cell.border = border;
      const f = spec.numFmt && spec.numFmt[i + 1];
      if (f && typeof v === 'number') cell.numFmt = f;
      if (f && v && v.formula) cell.numFmt = f;
    });
    if (spec.indent && spec.indent[idx]) ws.getCell(r, spec.labelCol || 1).alignment = { indent: spec.indent[idx] };
    r++;
  });
  pos.lastData = r - 1;
  for (const n of spec.notes || []) {
    ws.getCell(r, 1).value = n;
    r++;
  }
  (spec.colWidths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  if (!spec.colWidths) { ws.getColumn(1).width = 16; for (let c = 2; c <= width; c++) ws.getColumn(c).width = 12; }
  return { ws, pos };
}

function colLetter(n) {
  let s = '';
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

async function save(wb, dir, file) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.mkdirSync(dir, { recursive: true });
  await wb.xlsx.writeFile(path.join(dir, file));
}

function csvText(rows) {
  return rows.map((row) => row.map((v) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }).join(',')).join('\r\n') + '\r\n';
}
function writeCsv(dir, file, rows, enc = 'utf8bom') {
  fs.mkdirSync(dir, { recursive: true });
  const t = csvText(rows);
  let buf;
  if (enc === 'gbk') buf = iconv.encode(t, 'gbk');
  else if (enc === 'utf8') buf = Buffer.from(t, 'utf8');
  else buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]);
  fs.writeFileSync(path.join(dir, file), buf);
}

// Standard enterprise columns (two-row header)
const ENT_HEADER2 = (label) => [
  [label, '非公企业数', '覆盖企业数', '单独建立党组织', null, null, null, '联合党组织', null, '党组织覆盖率（%）'],
  [null, null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', null],
];
const ENT_MERGES2 = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 6], [0, 7, 0, 8], [0, 9, 1, 9]];
function entVals(x) { return [x.ent, x.cov, x.own, x.pc, x.gb, x.pb, x.jo, x.jc, x.rate]; }

// ---------- round-10 helpers ----------
// standard enterprise columns: A label | B 企业数 | C 建立党组织企业数 | D 单独 | E 联合覆盖 | F 覆盖率 | G 党员人数
const H = ['企业数', '建立党组织企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖率（%）', '党员人数'];
const hv = (x) => [x.ent, x.cov, x.own, x.jc, x.rate, x.pm];
const HK = ['ent', 'own', 'jc', 'cov', 'pm', 'pc', 'gb', 'pb', 'jo'];
function countySheet(wb, c, o = {}) {
  const rows = [[o.totalLabel || '合计', ...hv(c.total)], ...c.towns.map((t) => [t.name, ...hv(t)])];
  const a = addSheet(wb, { name: o.sheet || '统计表', title: o.title || `${c.name}非公有制企业党组织覆盖情况统计表`,
    unitRow: o.unitRow || '单位：家、%、名', dateRow: o.dateRow || '截至2025年6月30日', filler: o.filler,
    header: [[o.label || '乡镇（街道）', ...H]], rows, numFmt: { 6: '0.0' } });
  return { ws: a.ws, tot: a.pos.firstData, first: a.pos.firstData + 1 };
}
async function countyFile(dir, file, c, o = {}) {
  const wb = new ExcelJS.Workbook();
  const r = countySheet(wb, c, o);
  await save(wb, dir, file);
  return r;
}
function cityTotal(list) { return sumRows(list.map((c) => c.total), HK); }
function citySheet(wb, name, title, list, o = {}) {
  const ct = o.total || cityTotal(list);
  const rows = [[o.totalLabel || '全市', ...hv(ct)], ...list.map((c) => [c.label || c.name, ...hv(c.total)])];
  const a = addSheet(wb, { name, title, unitRow: '单位：家、%、名', dateRow: o.dateRow || '截至2025年6月30日',
    header: [[o.label || '县（市、区）', ...H]], rows, numFmt: { 6: '0.0' } });
  return { ws: a.ws, tot: a.pos.firstData, row: (i) => a.pos.firstData + 1 + i };
}

const WORDS = ['华', '盛', '鑫', '源', '达', '恒', '泰', '丰', '宏', '信', '瑞', '安', '顺', '通', '明', '新', '远', '佳', '金', '荣'];
const TRADE = ['建材', '机械', '食品', '纺织', '物流', '电子', '农业', '化工', '商贸', '科技', '包装', '服饰', '家具', '印务'];
const FORM = ['有限公司', '有限责任公司', '股份有限公司', '实业有限公司'];
function entName(r, town, used) {
  for (;;) {
    const n = town.replace(/(镇|乡|街道)$/, '') + WORDS[ri(r, 0, 19)] + WORDS[ri(r, 0, 19)] + TRADE[ri(r, 0, 13)] + FORM[ri(r, 0, 3)];
    if (!used.has(n)) { used.add(n); return n; }
  }
}
function ledgerCounty(r, townNames) {
  const used = new Set();
  const towns = []; const ledger = [];
  for (const t of townNames) {
    const ent = ri(r, 10, 30);
    const own = ri(r, 2, Math.floor(ent / 3));
    const jc = ri(r, 2, Math.floor(ent / 4));
    const list = [];
    for (let i = 0; i < ent; i++) {
      const kind = i < own ? 'own' : i < own + jc ? 'joint' : 'none';
      const pm = kind === 'own' ? ri(r, 3, 25) : kind === 'joint' ? ri(r, 0, 2) : (r() < 0.2 ? 1 : 0);
      list.push({ name: entName(r, t, used), town: t, yes: kind !== 'none', form: kind === 'own' ? 'own' : kind === 'joint' ? 'joint' : null, pm });
    }
    for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
    ledger.push(...list);
    const pm = list.reduce((a, x) => a + x.pm, 0);
    towns.push({ name: t, ent, own, jc, cov: own + jc, rate: rate(own + jc, ent), pm });
  }
  const total = sumRows(towns, ['ent', 'own', 'jc', 'cov', 'pm']);
  return { towns, ledger, total };
}
function freshDir(F) { const dir = path.join(CLEAN, F); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true }); return dir; }
function writePlants(nn, p) { fs.writeFileSync(path.join(__dirname, `plants-${nn}.json`), JSON.stringify(p, null, 1)); }

module.exports = { WORDS_: WORDS, H, hv, HK, countySheet, countyFile, cityTotal, citySheet, entName, ledgerCounty, freshDir, writePlants, ExcelJS, iconv, fs, path, ROOT, CLEAN, rng, ri, rate, entRow, socRow, sumRows, towns, county, addSheet,
  colLetter, save, writeCsv, csvText, ENT_HEADER2, ENT_MERGES2, entVals, ENT_KEYS };
