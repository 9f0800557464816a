// Helpers for round-9 yearbook workbooks. Generators build Book objects; save() writes
// ../clean/<file> and ../planted/<file> (one cell changed) and records the plant in
// ../plants.parts/<gen>.json (merged into ../plants.json by merge.js).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Clean copies into the corpus, planted ones into a temporary folder.
const CLEAN = path.join(__dirname, '../../yearbook-8');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'yearbook-8-planted-'));
const PLANTED = path.join(ROOT, 'planted'), PARTS = path.join(ROOT, 'plants.parts');
for (const d of [CLEAN, PLANTED, PARTS]) fs.mkdirSync(d, { recursive: true });

function rnd(x, d = 0) { const p = 10 ** d; const v = Math.sign(x) * Math.round(Math.abs(x) * p + 1e-9) / p; return Object.is(v, -0) ? 0 : v; }
const sum = (a) => a.reduce((s, v) => s + (typeof v === 'number' ? v : 0), 0);
const growth = (cur, prev, d = 1) => rnd((cur / prev - 1) * 100, d);
function rng(seed) {
  let a = seed >>> 0;
  const f = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.real = (lo, hi) => lo + f() * (hi - lo);
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}
const SYL1 = '青 河 安 平 云 泉 林 阳 丰 宁 东 西 南 北 华 兴 川 山 溪 湖 永 长 新 宝 临 江 石 桐 松 柳 梅 凤 龙 鹤 金 玉 白 清 通 顺 乐 康 嘉 盛 岚 屏 沅 汀 渠 蒲 枫 榆 槐 桂 兰'.split(' ');
const SYL2 = '源 川 阳 丰 宁 山 江 河 城 台 浦 桥 岭 坪 塘 溪 泽 州 亭 岗 峪 湾 陵 原 堡 口 关 滩 洲 田'.split(' ');
function placeNames(r, n, suffix) {
  const out = new Set(); const suf = Array.isArray(suffix) ? suffix : [suffix]; let g = 0;
  while (out.size < n && g++ < 10000) out.add(r.pick(SYL1) + r.pick(SYL2) + (suf.length ? r.pick(suf) : ''));
  return [...out];
}
function colLetter(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colLetter(c) + r; }

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; this.hidden = new Set(); }
  put(r, c, v, opt = {}) { if (typeof opt === 'string') opt = { fmt: opt }; this.cells.set(addr(r, c), { r, c, v, ...opt }); return this; }
  get(r, c) { const x = this.cells.get(addr(r, c)); return x ? x.v : undefined; }
  row(r, c, arr, fmts, opt = {}) {
    arr.forEach((v, i) => { if (v === undefined || v === null) return; const f = Array.isArray(fmts) ? fmts[i] : fmts; this.put(r, c + i, v, { fmt: typeof v === 'number' ? f : undefined, ...opt }); });
    return this;
  }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); return this; }
  width(c, w) { this.widths[c] = w; return this; }
  hide(c) { this.hidden.add(c); return this; }
  title(r, text, ncols) { this.put(r, 1, text, { bold: true, size: 14, center: true }); if (ncols > 1) this.merge(r, 1, r, ncols); return this; }
  header(r, c, labels) { labels.forEach((t, i) => { if (t !== null && t !== undefined) this.put(r, c + i, t, { center: true, border: true, wrap: true }); }); return this; }
}
class Book {
  constructor(file) { this.file = file; this.sheets = []; this.plant = null; }
  sheet(name) { const s = new Sheet(name); this.sheets.push(s); return s; }
  setPlant(sheet, r, c, what, mode) { this.plant = { sheet: sheet.name, r, c, what, mode }; }
}
function decimalsOf(fmt) { if (!fmt) return null; const m = /0\.(0+)/.exec(fmt); return m ? m[1].length : 0; }
function plantedValue(cell, mode) {
  let v = cell.v; let asText = false;
  if (typeof v === 'string') { asText = true; v = Number(v.replace(/,/g, '')); }
  if (typeof v !== 'number' || !isFinite(v)) throw new Error('plant on non-number ' + cell.v);
  let d = decimalsOf(cell.fmt);
  if (d === null) { const s = String(cell.v).replace(/,/g, ''); d = s.includes('.') ? s.split('.')[1].length : 0; }
  let nv;
  if (typeof mode === 'number') nv = v + mode; else nv = rnd(v * 1.07, d);
  if (nv === v) nv = rnd(v + (d ? 10 ** -d * 7 : 7), d);
  nv = rnd(nv, d);
  if (asText) { let s = nv.toFixed(d); if (String(cell.v).includes(',')) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : ''); } return { stored: s, original: v }; }
  return { stored: nv, original: v };
}
const thin = { style: 'thin' };
async function writeBook(book, outPath, override) {
  const wb = new ExcelJS.Workbook(); wb.creator = 'round9';
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [c, w] of Object.entries(s.widths)) ws.getColumn(Number(c)).width = w;
    for (const c of s.hidden) ws.getColumn(c).hidden = true;
    for (const cell of s.cells.values()) {
      const x = ws.getCell(cell.r, cell.c);
      let v = cell.v;
      if (override && override.sheet === s.name && override.r === cell.r && override.c === cell.c) v = override.stored;
      x.value = v;
      if (cell.fmt && typeof v === 'number') x.numFmt = cell.fmt;
      if (cell.bold || cell.size) x.font = { bold: !!cell.bold, size: cell.size || 11 };
      if (cell.center) x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: !!cell.wrap };
      if (cell.indent) x.alignment = { horizontal: 'left', indent: cell.indent };
      if (cell.right) x.alignment = { horizontal: 'right' };
      if (cell.border) x.border = { top: thin, bottom: thin, left: thin, right: thin };
    }
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  await wb.xlsx.writeFile(outPath);
}
const parts = {};
async function save(book, gen) {
  await writeBook(book, path.join(CLEAN, book.file));
  const p = book.plant; if (!p) throw new Error('no plant ' + book.file);
  const s = book.sheets.find((x) => x.name === p.sheet);
  const cell = s.cells.get(addr(p.r, p.c)); if (!cell) throw new Error('plant cell missing ' + book.file + ' ' + addr(p.r, p.c));
  const mode = p.mode !== undefined ? p.mode : (typeof cell.v === 'number' && Number.isInteger(cell.v) && Math.abs(cell.v) < 100 ? 7 : '+7%');
  const pv = plantedValue(cell, mode);
  await writeBook(book, path.join(PLANTED, book.file), { sheet: p.sheet, r: p.r, c: p.c, stored: pv.stored });
  (parts[gen] = parts[gen] || []).push({ file: book.file, sheet: p.sheet, cell: addr(p.r, p.c), original: cell.v, planted: pv.stored, what: p.what });
  fs.writeFileSync(path.join(PARTS, gen + '.json'), JSON.stringify(parts[gen], null, 1));
}
module.exports = { rnd, sum, growth, rng, placeNames, Book, Sheet, save, addr, colLetter };
