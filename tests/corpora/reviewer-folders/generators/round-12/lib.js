// Round-12 reviewer folders: shared helpers.
// Run with: NODE_PATH=/work/main/node_modules node gen.js
'use strict';
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');

const BASE = path.join(__dirname, '..');
const CLEAN = path.join(BASE, 'clean');
const PLANTED = path.join(BASE, 'planted');

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
const ri = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

// half-up rate c/e*100 to d decimals with integer arithmetic
function rate(c, e, d = 1) {
  if (!e) return null;
  const s = 10 ** d;
  return Math.floor((2 * c * 100 * s + e) / (2 * e)) / s;
}

// ---------- data ----------
// one region's figures: enterprises and (optionally) social organisations
function entFig(r, size = 1) {
  for (;;) {
    const ent = ri(r, 30, 220) * size;
    const own = ri(r, 5, Math.max(6, Math.floor(ent / 4)));
    const jc = ri(r, 2, Math.max(3, Math.floor(ent / 5)));
    const cov = own + jc;
    if (cov >= ent) continue;
    const pm = own * ri(r, 3, 7) + jc + ri(r, 0, 9);
    const so = ri(r, 8, 60) * size;
    const scov = ri(r, 2, Math.floor(so * 0.7));
    const spm = scov * ri(r, 2, 5) + ri(r, 0, 5);
    return { ent, own, jc, cov, pm, so, scov, spm };
  }
}
const KEYS = ['ent', 'own', 'jc', 'cov', 'pm', 'so', 'scov', 'spm'];
function withRates(x, d = 1) { x.rate = rate(x.cov, x.ent, d); x.srate = rate(x.scov, x.so, d); return x; }
function sum(rows, d = 1) {
  const t = {};
  for (const k of KEYS) t[k] = rows.reduce((a, x) => a + (x[k] || 0), 0);
  return withRates(t, d);
}
function region(r, name, townNames, o = {}) {
  const towns = townNames.map((t) => withRates({ name: t, ...entFig(r, o.size || 1) }));
  return { name, towns, total: sum(towns) };
}

// ---------- writing ----------
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };

// spec: { title, pre: [lines above header, each a string or [a, null, .., z]], header: [[...]], merges: [[r1,c1,r2,c2] relative to header start, 0-based],
//         rows: [[...]], fmt: {col(1-based): '0.0'}, notes: [...], start: 1 }
// returns { ws, first (excel row of first data row), headerStart }
function table(ws, spec) {
  const width = Math.max(...spec.header.map((h) => h.length), ...spec.rows.map((x) => x.length));
  let r = spec.start || 1;
  if (spec.title) {
    ws.getCell(r, 1).value = spec.title;
    ws.getCell(r, 1).font = { bold: true, size: 14 };
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
  }
  for (const line of spec.pre || []) {
    if (Array.isArray(line)) line.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(r, i + 1).value = v; });
    else ws.getCell(r, 1).value = line;
    r++;
  }
  const headerStart = r;
  for (const h of spec.header) {
    h.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(r, i + 1).value = v; });
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border; cell.font = { bold: true };
      cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    }
    r++;
  }
  for (const m of spec.merges || []) ws.mergeCells(headerStart + m[0], m[1] + 1, headerStart + m[2], m[3] + 1);
  const first = r;
  for (const row of spec.rows) {
    row.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      if (v !== null && v !== undefined) cell.value = v;
      cell.border = border;
      const f = spec.fmt && spec.fmt[i + 1];
      if (f && typeof v === 'number') cell.numFmt = f;
    });
    r++;
  }
  for (const n of spec.notes || []) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 18;
  for (let c = 2; c <= width; c++) ws.getColumn(c).width = 13;
  return { ws, first, headerStart, last: r - 1 };
}

function col(n) {
  let s = '';
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

async function save(wb, dir, file) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  await wb.xlsx.writeFile(path.join(dir, file));
}
async function book(dir, file, fill) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'round12';
  const res = fill(wb);
  await save(wb, dir, file);
  return res;
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
function freshDir(name) {
  const dir = path.join(CLEAN, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// ---------- standard layouts ----------
// enterprise columns, one header row
const EH = ['企业数', '建立党组织企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖率（%）', '党员人数'];
const ev = (x) => [x.ent, x.cov, x.own, x.jc, x.rate, x.pm];
// a region's own table: total row + town rows
function regionSheet(wb, c, o = {}) {
  const ws = wb.addWorksheet(o.sheet || '统计表');
  const head = o.head || EH; const vals = o.vals || ev;
  const tot = [o.totalLabel || '合计', ...vals(c.total)];
  const towns = c.towns.map((t) => [t.name, ...vals(t)]);
  const rows = o.totalAtBottom ? [...towns, tot] : [tot, ...towns];
  const t = table(ws, { title: o.title === undefined ? `${c.name}非公有制企业党组织覆盖情况统计表` : o.title,
    pre: o.pre || [['单位：家、%、名', null, null, null, null, null, o.date || '截至2025年12月31日']],
    header: [[o.label || '乡镇（街道）', ...head]], rows, fmt: o.fmt || { [head.indexOf('党组织覆盖率（%）') + 2]: '0.0' }, notes: o.notes });
  const totRow = o.totalAtBottom ? t.first + towns.length : t.first;
  const townRow = (i) => (o.totalAtBottom ? t.first + i : t.first + 1 + i);
  return { ws, totRow, townRow, first: t.first };
}
// upper table: grand total + one row per child
function upperSheet(wb, name, title, kids, o = {}) {
  const ws = wb.addWorksheet(name);
  const head = o.head || EH; const vals = o.vals || ev;
  const tot = o.total || sum(kids.map((k) => k.total));
  const rows = [...(o.noTotal ? [] : [[o.totalLabel || '全市', ...vals(tot)]]), ...kids.map((k) => [k.label || k.name, ...vals(k.total)])];
  const t = table(ws, { title, pre: o.pre || [['单位：家、%、名', null, null, null, null, null, o.date || '截至2025年12月31日']],
    header: [[o.label || '县（市、区）', ...head]], rows, fmt: o.fmt || { [head.indexOf('党组织覆盖率（%）') + 2]: '0.0' } });
  return { ws, totRow: t.first, row: (i) => t.first + (o.noTotal ? 0 : 1) + i, first: t.first };
}

// ---------- ledgers ----------
const WORDS = ['华', '盛', '鑫', '源', '达', '恒', '泰', '丰', '宏', '信', '瑞', '安', '顺', '通', '明', '新', '远', '佳', '金', '荣'];
const TRADE = ['建材', '机械', '食品', '纺织', '物流', '电子', '农业', '化工', '商贸', '科技', '包装', '服饰', '家具', '印务'];
const FORM = ['有限公司', '有限责任公司', '股份有限公司', '实业有限公司'];
function entName(r, town, used) {
  for (;;) {
    const n = town.replace(/(镇|乡|街道)$/, '') + WORDS[ri(r, 0, 19)] + WORDS[ri(r, 0, 19)] + TRADE[ri(r, 0, 13)] + FORM[ri(r, 0, 3)];
    if (!used.has(n)) { used.add(n); return n; }
  }
}
const CODECH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function uscc(r) { let s = '91' + '330102'; while (s.length < 18) s += CODECH[ri(r, 0, CODECH.length - 1)]; return s; }
// a county whose town figures come from its ledger (one row per enterprise)
function ledgerRegion(r, name, townNames) {
  const used = new Set(); const towns = []; const ledger = [];
  for (const t of townNames) {
    const ent = ri(r, 9, 26);
    const own = ri(r, 2, Math.floor(ent / 3));
    const jc = ri(r, 1, Math.floor(ent / 4));
    const list = [];
    for (let i = 0; i < ent; i++) {
      const kind = i < own ? 'own' : i < own + jc ? 'joint' : 'none';
      const pm = kind === 'own' ? ri(r, 3, 25) : kind === 'joint' ? ri(r, 0, 2) : (r() < 0.2 ? 1 : 0);
      list.push({ name: entName(r, t, used), code: uscc(r), town: t, yes: kind !== 'none', form: kind, pm });
    }
    for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
    ledger.push(...list);
    towns.push(withRates({ name: t, ent, own, jc, cov: own + jc, pm: list.reduce((a, x) => a + x.pm, 0), so: 0, scov: 0, spm: 0 }));
  }
  return { name, towns, ledger, total: sum(towns) };
}

module.exports = { ExcelJS, iconv, fs, path, BASE, CLEAN, PLANTED, rng, ri, rate, entFig, KEYS, withRates, sum, region, table, col, save, book,
  writeCsv, csvText, freshDir, EH, ev, regionSheet, upperSheet, entName, uscc, ledgerRegion };
