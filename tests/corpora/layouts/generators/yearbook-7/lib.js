// Shared helpers for round-8 form generators.
// Each workbook is produced by a builder function make(B) that writes every cell through B.set(...);
// the planted copy is produced by running the same builder with one cell overridden.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

// Clean copies into the corpus, planted ones into a temporary folder.
const CLEAN = path.join(__dirname, '../../yearbook-7');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'yearbook-7-planted-'));
const PLANTED = path.join(ROOT, 'planted');
const MANIFEST = path.join(PLANTED, 'manifest.json');
fs.mkdirSync(CLEAN, { recursive: true });
fs.mkdirSync(PLANTED, { recursive: true });

// ---------- numbers ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function rng(seed) {
  const r = mulberry32(seed);
  const f = () => r();
  f.int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  f.real = (lo, hi) => lo + r() * (hi - lo);
  f.pick = (arr) => arr[Math.floor(r() * arr.length)];
  return f;
}
// round half up (away from zero), robust to binary noise: 四舍五入
function rhu(x, d = 0) {
  const f = Math.pow(10, d);
  const s = x < 0 ? -1 : 1;
  const v = Number((Math.abs(x) * f).toPrecision(12));
  return (s * Math.floor(v + 0.5)) / f;
}
const sum = (a) => a.reduce((s, x) => s + x, 0);
// exact sum of figures with d decimals (avoid float noise)
function dsum(a, d = 0) { return rhu(sum(a), d); }
function pct(num, den, d = 1) { return rhu((num * 100) / den, d); }
function growth(cur, prev, d = 1) { return rhu(((cur - prev) * 100) / prev, d); }
function fmtFixed(v, d, comma = false) {
  let s = rhu(v, d).toFixed(d);
  if (comma) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
  }
  return s;
}

// ---------- addresses ----------
function col(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function A(r, c) { return col(c) + r; }

// ---------- builder ----------
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
function numFmtFor(d, comma) {
  if (d === undefined || d === null) return undefined;
  const base = comma ? '#,##0' : '0';
  return d > 0 ? base + '.' + '0'.repeat(d) : base;
}

class Book {
  constructor(overrides) {
    this.wb = new ExcelJS.Workbook();
    this.wb.creator = '统计科';
    this.ov = overrides || {};
    this.used = new Set();
  }
  sheet(name, opts = {}) {
    const ws = this.wb.addWorksheet(name, opts);
    ws._bk = this;
    return ws;
  }
  // set(ws, r, c, value, {d, comma, bold, border, align, indent, text, wrap})
  set(ws, r, c, v, o = {}) {
    const key = ws.name + '!' + A(r, c);
    if (Object.prototype.hasOwnProperty.call(this.ov, key)) { v = this.ov[key]; this.used.add(key); }
    const cell = ws.getCell(r, c);
    cell.value = v;
    const fmt = typeof v === 'number' ? (o.fmt || numFmtFor(o.d, o.comma)) : o.fmt;
    if (fmt) cell.numFmt = fmt;
    const font = { name: '宋体', size: 10 };
    if (o.bold) font.bold = true;
    cell.font = font;
    if (o.border !== false) cell.border = BORDER;
    const al = {};
    if (o.align) al.horizontal = o.align;
    else if (typeof v === 'number') al.horizontal = 'right';
    if (o.indent) { al.indent = o.indent; al.horizontal = 'left'; }
    if (o.wrap) al.wrapText = true;
    al.vertical = 'middle';
    cell.alignment = al;
    return cell;
  }
  // write a row of values starting at column c0; opts may be an array per cell
  row(ws, r, c0, vals, o = {}) {
    vals.forEach((v, i) => {
      if (v === undefined) return;
      const oo = Array.isArray(o) ? o[i] || {} : o;
      this.set(ws, r, c0 + i, v, oo);
    });
  }
  text(ws, r, c, v, o = {}) { return this.set(ws, r, c, v, Object.assign({ border: false }, o)); }
  merge(ws, r1, c1, r2, c2) { ws.mergeCells(r1, c1, r2, c2); }
  title(ws, r, c1, c2, v, size = 14) {
    const cell = ws.getCell(r, c1);
    cell.value = v;
    cell.font = { name: '黑体', size, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  }
  widths(ws, arr) { arr.forEach((w, i) => { ws.getColumn(i + 1).width = w; }); }
}

// ---------- manifest ----------
function loadManifest() { try { return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')); } catch { return []; } }
function saveManifest(m) { fs.writeFileSync(MANIFEST, JSON.stringify(m, null, 2)); }

// new value for a planted cell
function plantedValue(orig, mode) {
  let isText = typeof orig === 'string';
  let s = isText ? orig : null;
  let num = isText ? Number(orig.replace(/[,\s']/g, '')) : orig;
  if (!Number.isFinite(num)) throw new Error('plant: not a number: ' + orig);
  const dec = isText ? ((orig.trim().split('.')[1] || '').length) : (mode.d || 0);
  let nv;
  if (mode.add !== undefined) nv = rhu(num + mode.add, dec);
  else nv = rhu(num * (1 + mode.pct / 100), dec);
  if (nv === num) nv = rhu(num + Math.pow(10, -dec), dec);
  if (isText) {
    const comma = orig.includes(',');
    let t = fmtFixed(nv, dec, comma);
    const lead = orig.match(/^\s*'?/)[0], trail = orig.match(/\s*$/)[0];
    return { v: lead + t + trail, shown: nv };
  }
  return { v: nv, shown: nv };
}

// emit(file, make, plant, post)
//  make(B) builds the workbook through B; plant = {sheet, addr, kind, pct|add, d, note}
//  post(filePath) optional post-processing of the written file (e.g. XML patching)
async function emit(file, make, plant, post) {
  const B0 = new Book({});
  await make(B0);
  const cleanPath = path.join(CLEAN, file);
  await B0.wb.xlsx.writeFile(cleanPath);
  if (post) await post(cleanPath);
  if (!plant) return;
  const ws = B0.wb.getWorksheet(plant.sheet);
  const orig = ws.getCell(plant.addr).value;
  const pv = plantedValue(orig, plant);
  const B1 = new Book({ [plant.sheet + '!' + plant.addr]: pv.v });
  await make(B1);
  if (!B1.used.size) throw new Error('override not applied ' + file);
  const pPath = path.join(PLANTED, file);
  await B1.wb.xlsx.writeFile(pPath);
  if (post) await post(pPath);
  const m = loadManifest().filter((e) => e.file !== file);
  m.push({ file, sheet: plant.sheet, cell: plant.addr, original: orig, new: pv.v, kind: plant.kind, note: plant.note || '' });
  saveManifest(m);
  console.log('wrote', file, plant.sheet + '!' + plant.addr, JSON.stringify(orig), '->', JSON.stringify(pv.v), plant.kind);
}

// round parts each and make total the rounded true total
function roundParts(trueParts, d) { return { parts: trueParts.map((x) => rhu(x, d)), total: rhu(sum(trueParts), d) }; }

module.exports = { ExcelJS, ROOT, CLEAN, PLANTED, rng, rhu, sum, dsum, pct, growth, fmtFixed, col, A, Book, emit, roundParts, BORDER };

// Post-process: give the listed cells (text values) Excel's quotePrefix (a typed leading apostrophe).
function quotePrefix(file, sheetNo, addrs) {
  const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');
  const z = unzipSync(fs.readFileSync(file));
  let styles = strFromU8(z['xl/styles.xml']);
  const sheetPath = 'xl/worksheets/sheet' + sheetNo + '.xml';
  let sheet = strFromU8(z[sheetPath]);
  const m = styles.match(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/);
  const xfs = m[2].match(/<xf [^>]*?(\/>|>[\s\S]*?<\/xf>)/g);
  const added = [];
  for (const a of addrs) {
    const re = new RegExp('<c r="' + a + '"([^>]*?)( s="(\\d+)")([^>]*)>');
    const cm = sheet.match(re);
    if (!cm) throw new Error('quotePrefix: no cell ' + a);
    const base = xfs[Number(cm[3])];
    const nx = base.replace('<xf ', '<xf quotePrefix="1" ');
    const idx = xfs.length + added.length;
    added.push(nx);
    sheet = sheet.replace(re, '<c r="' + a + '"' + cm[1] + ' s="' + idx + '"' + cm[4] + '>');
  }
  const all = xfs.concat(added);
  styles = styles.replace(m[0], '<cellXfs count="' + all.length + '">' + all.join('') + '</cellXfs>');
  z['xl/styles.xml'] = strToU8(styles);
  z[sheetPath] = strToU8(sheet);
  fs.writeFileSync(file, zipSync(z));
}
module.exports.quotePrefix = quotePrefix;
