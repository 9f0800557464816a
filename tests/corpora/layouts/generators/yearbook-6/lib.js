// Helpers for round-7 yearbook-style workbooks.
// Every generator builds Book objects (in memory), then lib.save() writes the clean
// workbook to the corpus (../../yearbook-6) and a planted copy (one cell changed) to a
// temporary folder, recording the plant in its manifest.parts/<gen>.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

const CLEAN = path.join(__dirname, '../../yearbook-6');
const PLANTED = fs.mkdtempSync(path.join(require('os').tmpdir(), 'yearbook-6-planted-'));
const PARTS = path.join(PLANTED, 'manifest.parts');
for (const d of [CLEAN, PLANTED, PARTS]) fs.mkdirSync(d, { recursive: true });

// ---------- numbers ----------
function rnd(x, d = 0) {
  const p = 10 ** d;
  const v = Math.sign(x) * Math.round(Math.abs(x) * p + 1e-7) / p;
  return Object.is(v, -0) ? 0 : v;
}
const sum = (a) => a.reduce((s, v) => s + (typeof v === 'number' ? v : 0), 0);
function rate(num, den, d = 1, scale = 100) { return rnd((num / den) * scale, d); }
function growth(cur, prev, d = 1) { return rnd((cur / prev - 1) * 100, d); }

function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.real = (lo, hi) => lo + f() * (hi - lo);
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}

// ---------- invented place names ----------
const SYL1 = '青 河 安 平 云 泉 林 阳 丰 宁 东 西 南 北 华 兴 川 山 溪 湖 永 长 新 宝 临 江 石 桐 松 柳 梅 凤 龙 鹤 金 玉 白 清 通 顺 乐 康 嘉 盛 岚 屏 沅 汀 渠 蒲 枫 榆 槐 桂 兰'.split(' ');
const SYL2 = '源 川 阳 丰 宁 山 江 河 城 台 浦 桥 岭 坪 塘 溪 泽 州 亭 岗 峪 湾 陵 原 堡 口 关 滩 洲 田'.split(' ');
function placeNames(r, n, suffix) {
  const out = new Set();
  const suf = Array.isArray(suffix) ? suffix : [suffix];
  let guard = 0;
  while (out.size < n && guard++ < 10000) {
    out.add(r.pick(SYL1) + r.pick(SYL2) + (suf.length ? r.pick(suf) : ''));
  }
  return [...out];
}

// ---------- books ----------
function colLetter(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colLetter(c) + r; }

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; this.maxR = 0; this.maxC = 0; }
  put(r, c, v, opt = {}) {
    if (typeof opt === 'string') opt = { fmt: opt };
    this.cells.set(addr(r, c), { r, c, v, ...opt });
    this.maxR = Math.max(this.maxR, r); this.maxC = Math.max(this.maxC, c);
    return this;
  }
  get(r, c) { const x = this.cells.get(addr(r, c)); return x ? x.v : undefined; }
  // write an array across a row starting at column c; fmts: string or array
  row(r, c, arr, fmts, opt = {}) {
    arr.forEach((v, i) => {
      if (v === undefined || v === null) return;
      const f = Array.isArray(fmts) ? fmts[i] : fmts;
      this.put(r, c + i, v, { fmt: typeof v === 'number' ? f : undefined, ...opt });
    });
    return this;
  }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); return this; }
  width(c, w) { this.widths[c] = w; return this; }
  title(r, text, ncols) { this.put(r, 1, text, { bold: true, size: 14, center: true }); if (ncols > 1) this.merge(r, 1, r, ncols); return this; }
}

class Book {
  constructor(file) { this.file = file; this.sheets = []; this.plant = null; }
  sheet(name) { const s = new Sheet(name); this.sheets.push(s); return s; }
  // mark the cell to change in the planted copy
  setPlant(sheet, r, c, kind, mode) { this.plant = { sheet: sheet.name, r, c, kind, mode }; }
}

function decimalsOf(fmt) {
  if (!fmt) return null;
  const m = /0\.(0+)/.exec(fmt);
  return m ? m[1].length : 0;
}

function plantedValue(cell, mode) {
  let v = cell.v; let asText = false;
  if (typeof v === 'string') { asText = true; v = Number(v.replace(/,/g, '')); }
  if (typeof v !== 'number' || !isFinite(v)) throw new Error('plant on non-number ' + cell.v);
  let d = decimalsOf(cell.fmt);
  if (d === null) { const s = String(cell.v).replace(/,/g, ''); d = s.includes('.') ? s.split('.')[1].length : 0; }
  let nv;
  if (mode === '+7') nv = v + 7;
  else if (mode === '+10%') nv = rnd(v * 1.10, d);
  else nv = rnd(v * 1.07, d);
  if (nv === v) nv = rnd(v + (d ? 10 ** -d * 7 : 7), d);
  nv = rnd(nv, d);
  if (asText) {
    const withComma = String(cell.v).includes(',');
    let s = nv.toFixed(d);
    if (withComma) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : ''); }
    return { stored: s, value: nv, original: v };
  }
  return { stored: nv, value: nv, original: v };
}

const thin = { style: 'thin' };
async function writeBook(book, outPath, override) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'round7';
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [c, w] of Object.entries(s.widths)) ws.getColumn(Number(c)).width = w;
    for (const cell of s.cells.values()) {
      const x = ws.getCell(cell.r, cell.c);
      let v = cell.v;
      if (override && override.sheet === s.name && override.r === cell.r && override.c === cell.c) v = override.stored;
      x.value = v;
      if (cell.fmt && typeof v === 'number') x.numFmt = cell.fmt;
      if (cell.bold || cell.size) x.font = { bold: !!cell.bold, size: cell.size || 11 };
      if (cell.center) x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (cell.indent) x.alignment = { ...(x.alignment || {}), horizontal: 'left', indent: cell.indent };
      if (cell.right) x.alignment = { horizontal: 'right' };
      if (cell.border) x.border = { top: thin, bottom: thin, left: thin, right: thin };
    }
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  await wb.xlsx.writeFile(outPath);
}

const manifest = {};
async function save(book, gen) {
  await writeBook(book, path.join(CLEAN, book.file));
  if (!book.plant) throw new Error('no plant for ' + book.file);
  const p = book.plant;
  const s = book.sheets.find((x) => x.name === p.sheet);
  const cell = s.cells.get(addr(p.r, p.c));
  if (!cell) throw new Error('plant cell missing ' + book.file + ' ' + addr(p.r, p.c));
  const mode = p.mode || (typeof cell.v === 'number' && Number.isInteger(cell.v) && Math.abs(cell.v) < 100 ? '+7' : '+7%');
  const pv = plantedValue(cell, mode);
  await writeBook(book, path.join(PLANTED, book.file), { sheet: p.sheet, r: p.r, c: p.c, stored: pv.stored });
  manifest[book.file] = { file: book.file, sheet: p.sheet, cell: addr(p.r, p.c), original: cell.v, new: pv.stored, kind: p.kind, change: mode };
  fs.writeFileSync(path.join(PARTS, gen + '.json'), JSON.stringify(Object.values(manifest), null, 1));
}

// header helpers ------------------------------------------------------------
// Write a simple one-row header
function header(s, r, c, labels, opt = {}) { labels.forEach((t, i) => { if (t !== null && t !== undefined) s.put(r, c + i, t, { center: true, bold: !!opt.bold, border: true }); }); }

module.exports = { rnd, sum, rate, growth, rng, placeNames, Book, Sheet, save, addr, colLetter, header, SYL1, SYL2 };
