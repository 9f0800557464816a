const ExcelJS = require('exceljs');
let seed = 20240611;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const U = (a, b) => a + (b - a) * rnd();
const R = (x, d = 0) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const G = (cur, prev, d = 1) => R((cur / prev - 1) * 100, d);
const S = (arr) => arr.reduce((a, b) => a + b, 0);
// split total into n parts with random weights
function split(total, n, jitter = 0.6) { const w = []; for (let i = 0; i < n; i++) w.push(U(1 - jitter, 1 + jitter) * (1 + rnd())); const s = S(w); return w.map(x => total * x / s); }
const P = (v) => ({ v, plant: true });
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = (c - m - 1) / 26; } return s; };

// sheet spec: {name,title,unit,unitPos:'left'|'right',head:[[..]],merges:[[r1,c1,r2,c2]] relative header, body:[[..]], notes:[], indent:[rowIdx..]}
async function writeBook(file, sheets, plantsOut) {
  const wb = new ExcelJS.Workbook();
  for (const sp of sheets) {
    const ws = wb.addWorksheet(sp.name);
    const ncol = Math.max(...sp.head.map(r => r.length), ...sp.body.map(r => r.length));
    let r = 1;
    if (sp.title) { ws.getCell(r, 1).value = sp.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).alignment = { horizontal: 'center' }; ws.getCell(r, 1).font = { bold: true, size: 14 }; r++; }
    if (sp.unit) { const c = sp.unitPos === 'left' ? 1 : ncol; ws.getCell(r, c).value = sp.unit; if (sp.unitPos !== 'left') ws.getCell(r, c).alignment = { horizontal: 'right' }; r++; }
    const h0 = r;
    sp.head.forEach((row, i) => row.forEach((v, j) => { if (v !== null && v !== undefined) { const c = ws.getCell(h0 + i, j + 1); c.value = v; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; } }));
    for (const [r1, c1, r2, c2] of (sp.merges || [])) ws.mergeCells(h0 + r1, c1 + 1, h0 + r2, c2 + 1);
    r = h0 + sp.head.length;
    const b0 = r;
    sp.body.forEach((row, i) => {
      row.forEach((v, j) => {
        const c = ws.getCell(b0 + i, j + 1);
        if (v && typeof v === 'object' && 'plant' in v) { plantsOut.push({ sheet: sp.name, cell: colL(j) + (b0 + i), original: v.v, factor: v.f }); v = v.v; }
        if (v === null || v === undefined) return;
        c.value = v;
        if (typeof v === 'number') { const d = (sp.dec && sp.dec[j] != null) ? sp.dec[j] : null; if (d != null) c.numFmt = d === 0 ? '0' : '0.' + '0'.repeat(d); }
        if (j === 0 && typeof v === 'string' && sp.indentMode === 'align') { const m = v.match(/^\u3000+/); if (m) { c.value = v.slice(m[0].length); c.alignment = { indent: m[0].length }; } }
      });
    });
    r = b0 + sp.body.length;
    for (const n of (sp.notes || [])) { ws.getCell(r, 1).value = n; r++; }
    ws.getColumn(1).width = 24;
  }
  await wb.xlsx.writeFile(file);
}
module.exports = { rnd, U, R, G, S, split, P, colL, writeBook, ExcelJS };
