const E = require('exceljs');
let seed = 18018;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
function R(x, d = 0) { const m = 10 ** d; return Math.sign(x) * Math.round(Math.abs(x) * m + 1e-7) / m; }
const F = (v, d) => ({ v: R(v, d), d });
const sum = a => a.reduce((s, x) => s + x, 0);
const pct = (a, b, d = 1) => F(b ? a / b * 100 : 0, d);
const gr = (a, b, d = 1) => F((a / b - 1) * 100, d);
const FMT = ['0', '0.0', '0.00', '0.000'];
function put(ws, r, c, v) {
  const cell = ws.getCell(r, c);
  if (v == null) return;
  if (typeof v === 'object' && 'v' in v) { cell.value = v.v; cell.numFmt = v.fmt || FMT[v.d]; }
  else if (typeof v === 'number') { cell.value = v; cell.numFmt = '0'; }
  else cell.value = v;
}
// spec: {title, unit, head:[[..]], merges:[], rows:[[..]], notes:[], startRow}
function table(ws, s) {
  let r = s.startRow || 1;
  if (s.title) { put(ws, r, 1, s.title); if (s.titleMerge !== false && s.head) ws.mergeCells(r, 1, r, s.head[0].length); r++; }
  if (s.unit) { const w = s.head ? s.head[0].length : 1; put(ws, r, w, s.unit); ws.getCell(r, w).alignment = { horizontal: 'right' }; r++; }
  const h0 = r;
  for (const h of s.head || []) { h.forEach((v, i) => put(ws, r, i + 1, v)); r++; }
  for (const m of s.merges || []) { const [a, b, c, d] = m; ws.mergeCells(h0 + a, b, h0 + c, d); }
  const r0 = r;
  for (const row of s.rows) { row.forEach((v, i) => put(ws, r, i + 1, v)); r++; }
  for (const n of s.notes || []) { put(ws, r, 1, n); r++; }
  ws.getColumn(1).width = 22;
  return { r0, end: r };
}
const books = [];
function book(file, fn) { books.push({ file, fn }); }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
module.exports = { E, rnd, ri, rf, R, F, sum, pct, gr, put, table, book, books, colL };
