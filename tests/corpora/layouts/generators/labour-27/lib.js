const ExcelJS = require('exceljs');
let seed = 12345;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
function setSeed(s) { seed = s; }
function U(a, b) { return a + (b - a) * rnd(); }
function I(a, b) { return Math.floor(U(a, b + 1)); }
function r(x, d = 0) { if (x === null || x === undefined || typeof x === 'string') return x; const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function colL(n) { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

// spec: {name, title, unit, unitAlign, header:[[...]] (null = merge left, '^' = merge above), rows:[[...]], notes:[], fmt:{col:numFmt}, startCol}
// returns {cellOf(ri, ci)}
function addSheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name || 'Sheet1');
  const ncol = Math.max(...spec.header.map(h => h.length));
  let row = 1;
  if (spec.title) { ws.getCell(row, 1).value = spec.title; if (ncol > 1) ws.mergeCells(row, 1, row, ncol); ws.getCell(row, 1).alignment = { horizontal: 'center' }; ws.getCell(row, 1).font = { bold: true, size: 14 }; row++; }
  if (spec.unit) { if (spec.unitAlign === 'left') ws.getCell(row, 1).value = spec.unit; else ws.getCell(row, ncol).value = spec.unit; row++; }
  const h0 = row;
  spec.header.forEach((hr, i) => hr.forEach((v, j) => { if (v !== null && v !== '^') ws.getCell(h0 + i, j + 1).value = v; }));
  // merges
  const H = spec.header; const done = new Set();
  for (let i = 0; i < H.length; i++) for (let j = 0; j < H[i].length; j++) {
    const v = H[i][j]; if (v === null || v === '^' || done.has(i + ',' + j)) continue;
    let j2 = j; while (j2 + 1 < H[i].length && H[i][j2 + 1] === null) j2++;
    let i2 = i; while (i2 + 1 < H.length && H[i2 + 1][j] === '^') i2++;
    if (i2 > i || j2 > j) ws.mergeCells(h0 + i, j + 1, h0 + i2, j2 + 1);
  }
  row = h0 + H.length;
  const d0 = row;
  spec.rows.forEach((rr, i) => rr.forEach((v, j) => { if (v !== undefined && v !== null) { const c = ws.getCell(d0 + i, j + 1); c.value = v; if (spec.fmt && spec.fmt[j] && typeof v === 'number') c.numFmt = spec.fmt[j]; } }));
  row = d0 + spec.rows.length;
  (spec.notes || []).forEach(n => { ws.getCell(row, 1).value = n; row++; });
  ws.columns.forEach((c, i) => c.width = i === 0 ? 22 : 12);
  return { ws, cellOf: (ri, ci) => colL(ci) + (d0 + ri), d0 };
}
module.exports = { ExcelJS, rnd, setSeed, U, I, r, sum, colL, addSheet };
