const ExcelJS = require('exceljs');
const r1 = (x) => Math.round(x * 10 + 1e-9) / 10;
const r2 = (x) => Math.round(x * 100 + 1e-9) / 100;
const rn = (x, d) => Math.round(x * 10 ** d + 1e-9) / 10 ** d;
const sum = (a) => a.reduce((s, v) => s + (typeof v === 'number' ? v : 0), 0);
const pct = (a, b, d = 1) => rn((a / b) * 100, d);
const gr = (now, prev, d = 1) => rn((now / prev - 1) * 100, d);
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }

// spec: {title, unit, head:[[..]], rows:[[..]], notes:[..], fmts:[..] (per column), colnums:[..] optional}
function addSheet(wb, name, spec) {
  const ws = wb.addWorksheet(name);
  const ncol = Math.max(...spec.head.map((h) => h.length), ...spec.rows.map((r) => r.length));
  let r = 1;
  if (spec.title) { ws.getCell(r, 1).value = spec.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r,1).alignment={horizontal:'center'}; r++; }
  if (spec.unit) { if (spec.unitRight) { ws.getCell(r, ncol).value = spec.unit; } else ws.getCell(r, 1).value = spec.unit; r++; }
  const h0 = r;
  spec.head.forEach((hr, i) => hr.forEach((v, j) => { if (v !== null && v !== '^') { const c = ws.getCell(h0 + i, j + 1); c.value = v; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; c.font = { bold: true }; } }));
  // auto merges
  const H = spec.head;
  for (let i = 0; i < H.length; i++) for (let j = 0; j < H[i].length; j++) {
    const v = H[i][j]; if (v === null || v === '^' || v === undefined) continue;
    let j2 = j; while (j2 + 1 < H[i].length && H[i][j2 + 1] === null) j2++;
    let i2 = i; while (i2 + 1 < H.length && H[i2 + 1][j] === '^') i2++;
    if (i2 > i || j2 > j) ws.mergeCells(h0 + i, j + 1, h0 + i2, j2 + 1);
  }
  r = h0 + H.length;
  if (spec.colnums) { spec.colnums.forEach((v, j) => { ws.getCell(r, j + 1).value = v; ws.getCell(r, j + 1).alignment = { horizontal: 'center' }; }); r++; }
  const d0 = r;
  spec.rows.forEach((row, i) => row.forEach((v, j) => {
    if (v === null || v === undefined) return;
    const c = ws.getCell(d0 + i, j + 1);
    if (v && typeof v === 'object' && v.f) { c.value = { formula: v.f, result: v.v }; }
    else c.value = v;
    const f = spec.fmts && spec.fmts[j];
    if (f && typeof v !== 'string') c.numFmt = f;
    if (typeof v === 'string' && j > 0) c.alignment = { horizontal: 'center' };
  }));
  r = d0 + spec.rows.length;
  (spec.notes || []).forEach((n) => { ws.getCell(r, 1).value = n; r++; });
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 24 : 13; });
  return { ws, d0, h0 };
}
async function save(wb, file) { await wb.xlsx.writeFile(file); }
module.exports = { ExcelJS, r1, r2, rn, sum, pct, gr, addSheet, save, colL };
