// Shared helpers for round-10 party-building generators. Run with NODE_PATH=/work/main/node_modules
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

// Clean copies into the corpus, planted ones into a temporary folder.
const CLEAN = path.join(__dirname, '../../party-9');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'party-9-planted-'));
const PLANTED = path.join(ROOT, 'planted');
const MANI = path.join(ROOT, 'manifests');
for (const d of [CLEAN, PLANTED, MANI]) fs.mkdirSync(d, { recursive: true });

function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.shuffle = (arr) => { const b = arr.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
  f.split = (n, k, minEach = 0) => {
    const w = Array.from({ length: k }, () => 0.2 + f());
    const rest = n - minEach * k; if (rest < 0) throw new Error('split too small');
    const sw = w.reduce((s, x) => s + x, 0);
    const parts = w.map((x) => Math.floor((rest * x) / sw));
    let left = rest - parts.reduce((s, x) => s + x, 0); let i = 0;
    while (left > 0) { parts[i % k]++; left--; i++; }
    return parts.map((p) => p + minEach);
  };
  f.frac = (n, lo, hi) => Math.floor(n * (lo + f() * (hi - lo)));
  return f;
}
const sum = (arr) => arr.reduce((s, x) => s + x, 0);
// num/den*mult rounded half up to d decimals (exact integer arithmetic)
function ratio(num, den, d = 1, mult = 100) {
  if (den === 0) return null;
  const scale = 10 ** d;
  const n = num * mult * scale;
  return Math.floor((2 * n + den) / (2 * den)) / scale;
}
const rate = (num, den, d = 1) => ratio(num, den, d, 100);
function growth(cur, prev, d = 1) { if (prev === 0) return null; const diff = cur - prev; const r = ratio(Math.abs(diff), prev, d, 100); return diff < 0 ? -r : r; }
const avg = (num, den, d = 1) => ratio(num, den, d, 1);
// money in 百元 integers -> 万元 number with 2 decimals
const wan = (cents) => Math.round(cents) / 100;

const SY1 = '青柳石桐凤龙白清云松梅枫安兴丰宁瑞长金玉鹤望临永泰乐康阳岳双红黛沙荷碧翠'.split('');
const SY2 = '山河门溪台泉沙水岭阳江桥澜隆源远川亭城屏峰平宁和定池岩坪塘湖林浦口冈'.split('');
function combos(seed) { const all = []; for (const a of SY1) for (const b of SY2) if (a !== b) all.push(a + b); return rng(seed).shuffle(all); }
const P = combos(9001);
function names(id) {
  const base = P.slice(id * 30, id * 30 + 30);
  return {
    counties: base.slice(0, 14).map((x, i) => x + (i % 4 === 3 ? '区' : '县')),
    cities: base.slice(14, 22).map((x) => x + '市'),
    towns: base.slice(14, 30).map((x, i) => x + (i % 5 === 4 ? '街道' : i % 7 === 5 ? '乡' : '镇')),
  };
}

function colName(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(c, r) { return colName(c) + r; }
function parseAddr(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64); return { c, r: +m[2] }; }

class Sheet {
  constructor(name, opts = {}) { this.name = name; this.rows = []; this.merges = []; this.opts = opts; this.fmts = {}; this.bold = new Set(); this.grey = new Set(); this.red = new Set(); this.tableStart = null; this.tableEnd = null; }
  row(values, o = {}) { this.rows.push(values); const r = this.rows.length; if (o.bold) this.bold.add(r); if (o.grey) this.grey.add(r); if (o.red) this.red.add(r); return r; }
  blank() { return this.row([]); }
  merge(range) { this.merges.push(range); }
  fmt(a, z) { this.fmts[a] = z; }
  colFmt(c, r1, r2, z) { for (let r = r1; r <= r2; r++) this.fmts[addr(c, r)] = z; }
  get(a) { const { c, r } = parseAddr(a); return (this.rows[r - 1] || [])[c - 1]; }
  set(a, v) { const { c, r } = parseAddr(a); while (this.rows.length < r) this.rows.push([]); this.rows[r - 1][c - 1] = v; }
  table(from, to) { this.tableStart = from; this.tableEnd = to; }
}
class Book {
  constructor() { this.sheets = []; }
  sheet(name, opts) { const s = new Sheet(name, opts); this.sheets.push(s); return s; }
  clone() { const b = new Book(); for (const s of this.sheets) { const t = b.sheet(s.name, s.opts); t.rows = s.rows.map((r) => (r || []).slice()); t.merges = s.merges.slice(); t.fmts = { ...s.fmts }; t.bold = new Set(s.bold); t.grey = new Set(s.grey); t.red = new Set(s.red); t.tableStart = s.tableStart; t.tableEnd = s.tableEnd; } return b; }
}
const thin = { style: 'thin', color: { argb: 'FF000000' } };
async function writeXlsx(book, file) {
  const wb = new ExcelJS.Workbook(); wb.creator = 'org dept';
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    const maxC = Math.max(1, ...s.rows.map((r) => (r ? r.length : 0)));
    s.rows.forEach((vals, i) => {
      const r = i + 1;
      (vals || []).forEach((v, j) => {
        if (v === undefined || v === null) return;
        const cell = ws.getCell(r, j + 1);
        let val = v;
        if (v && typeof v === 'object' && !(v instanceof Date) && ('v' in v || 'f' in v)) { val = v.f ? { formula: v.f, result: v.v } : v.v; if (v.z) cell.numFmt = v.z; }
        cell.value = val;
      });
      if (s.bold.has(r)) for (let c = 1; c <= maxC; c++) ws.getCell(r, c).font = { bold: true };
      if (s.red.has(r)) for (let c = 1; c <= maxC; c++) ws.getCell(r, c).font = { color: { argb: 'FFFF0000' }, bold: s.bold.has(r) };
      if (s.grey.has(r)) for (let c = 1; c <= maxC; c++) ws.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    });
    for (const [a, z] of Object.entries(s.fmts)) ws.getCell(a).numFmt = z;
    for (const m of s.merges) ws.mergeCells(m);
    if (s.opts && s.opts.widths) s.opts.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    if (s.tableStart && s.tableEnd) for (let r = s.tableStart; r <= s.tableEnd; r++) { if (!(s.rows[r - 1] || []).length) continue; for (let c = 1; c <= maxC; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin }; }
  }
  await wb.xlsx.writeFile(file);
}
function cellText(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'v' in v) { if (v.z && typeof v.v === 'number') { const m = /0\.(0+)/.exec(v.z); return m ? v.v.toFixed(m[1].length) : String(v.v); } return String(v.v); }
  return String(v);
}
function writeCsv(book, file) {
  const s = book.sheets[0];
  const lines = s.rows.map((r) => (r || []).map((v) => { let t = cellText(v); if (/[",\n]/.test(t)) t = '"' + t.replace(/"/g, '""') + '"'; return t; }).join(','));
  fs.writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');
}

// ---- planting: kind 'count' => +delta (7..10); kind 'rate' => +/-5 points (in the cell's own scale)
function plantValue(orig, kind, delta, sign) {
  let v = orig, wrapped = false, z = null;
  if (orig && typeof orig === 'object' && 'v' in orig) { v = orig.v; z = orig.z; wrapped = true; }
  let text = null;
  if (typeof v === 'string') { text = v; v = Number(v.replace(/,/g, '').replace(/%$/, '')); }
  if (typeof v !== 'number' || Number.isNaN(v)) throw new Error('cannot plant ' + JSON.stringify(orig));
  let d = 0;
  if (z && /0\.(0+)/.test(z)) d = /0\.(0+)/.exec(z)[1].length; else { const s = String(text !== null ? text.replace(/%$/, '').replace(/,/g, '') : v); const i = s.indexOf('.'); d = i < 0 ? 0 : s.length - i - 1; }
  let nv;
  if (kind === 'count') nv = v + delta;
  else if (kind === 'money') nv = Math.round((v + delta) * 100) / 100;
  else { const pts = (z && /%/.test(z)) ? 0.05 : 5; nv = v + sign * pts; const dd = (z && /%/.test(z)) ? d + 2 : d; nv = Math.round(nv * 10 ** dd) / 10 ** dd; }
  let out = nv;
  if (text !== null) {
    let t = kind === 'count' ? String(nv) : nv.toFixed(d);
    if (/,/.test(text)) t = Number(t).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
    if (/%$/.test(text)) t += '%';
    out = t;
  }
  return { cell: wrapped ? { v: out, z } : out, ov: text !== null ? text : v, nv: out };
}
const manifest = [];
let plantCounter = 0;
async function emit(base, book, plant, opts = {}) {
  const ext = opts.csv ? '.csv' : '.xlsx';
  if (opts.csv) writeCsv(book, path.join(CLEAN, base + ext)); else await writeXlsx(book, path.join(CLEAN, base + ext));
  if (!plant) return;
  const pb = book.clone();
  const s = pb.sheets.find((x) => x.name === plant.sheet) || pb.sheets[0];
  const orig = s.get(plant.cell);
  plantCounter++;
  const delta = plant.delta || (7 + (plantCounter % 4));
  const sign = plant.sign || 1;
  const { cell, ov, nv } = plantValue(orig, plant.kind, delta, sign);
  s.set(plant.cell, cell);
  if (opts.csv) writeCsv(pb, path.join(PLANTED, base + ext)); else await writeXlsx(pb, path.join(PLANTED, base + ext));
  manifest.push({ file: base + ext, sheet: opts.csv ? base : s.name, cell: plant.cell, original: ov, planted: nv, what: plant.what });
}
function saveManifest(gen) { fs.writeFileSync(path.join(MANI, gen + '.json'), JSON.stringify(manifest, null, 1)); }

module.exports = { ROOT, rng, sum, ratio, rate, growth, avg, wan, names, colName, addr, parseAddr, Book, emit, saveManifest };
