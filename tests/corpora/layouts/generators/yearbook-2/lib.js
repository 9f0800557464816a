const ExcelJS = require('exceljs');
let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return Math.floor(a + rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(x, d = 0) { const p = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1 : -1) * 1e-9) * p) / p; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function g(cur, prev, d = 1) { return r((cur - prev) / prev * 100, d); }
// spec: {file, sheet, title, unit, header:[[..]], merges:[], rows:[[..]], fmts:[..], notes:[..]}
async function write(spec) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet || 'Sheet1');
  let row = 1;
  const ncol = Math.max(...spec.header.map(h => h.length));
  if (spec.title) { ws.getCell(row, 1).value = spec.title; ws.mergeCells(row, 1, row, ncol); row++; }
  if (spec.unit) { ws.getCell(row, ncol).value = spec.unit; row++; }
  const hstart = row;
  for (const h of spec.header) { h.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(row, i + 1).value = v; }); row++; }
  for (const m of spec.merges || []) { // [r0,c0,r1,c1] relative to header start (0-based rows, 1-based cols)
    ws.mergeCells(hstart + m[0], m[1], hstart + m[2], m[3]);
  }
  for (const d of spec.rows) {
    d.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(row, i + 1); c.value = v;
      if (typeof v === 'number' && spec.fmts && spec.fmts[i]) c.numFmt = spec.fmts[i];
    });
    row++;
  }
  for (const n of spec.notes || []) { ws.getCell(row, 1).value = n; row++; }
  ws.getColumn(1).width = 28;
  await wb.xlsx.writeFile(require('path').join(__dirname, '../../yearbook-2', spec.file));
}
module.exports = { rnd, ri, rf, r, sum, g, write };
