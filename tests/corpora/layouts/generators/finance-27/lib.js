const ExcelJS = require('exceljs');
let S = 12345;
function setSeed(s) { S = s; }
function rng() { S |= 0; S = S + 0x6D2B79F5 | 0; let t = Math.imul(S ^ S >>> 15, 1 | S); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const u = (a, b) => a + (b - a) * rng();
const ui = (a, b) => Math.floor(u(a, b + 1));
function rd(x, d = 0) { if (x == null || typeof x === 'string') return x; const m = 10 ** d; const s = Math.sign(x); return s * Math.round(Math.abs(x) * m + 1e-9) / m; }
const g = (c, p, d = 1) => (p === 0 || p == null ? '—' : rd((c / p - 1) * 100, d));
const sum = a => a.reduce((s, x) => s + x, 0);

// sheet spec: {name,title,unit,head:[[..]],merges:[[r1,c1,r2,c2]],rows:[[..]],dec:[..],notes:[..],unitCol}
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  const addr = [];
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name || 'Sheet1');
    const ncol = Math.max(...sh.head.map(h => h.length));
    let r = 1;
    ws.getCell(r, 1).value = sh.title; ws.mergeCells(r, 1, r, ncol);
    ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' };
    r++;
    if (sh.unit) {
      if (sh.unitRight) { ws.getCell(r, ncol).value = sh.unit; ws.getCell(r, ncol).alignment = { horizontal: 'right' }; }
      else { ws.getCell(r, 1).value = sh.unit; }
      r++;
    }
    const h0 = r;
    sh.head.forEach((hr, i) => hr.forEach((v, j) => { if (v != null) { const c = ws.getCell(h0 + i, j + 1); c.value = v; c.font = { bold: true }; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; } }));
    (sh.merges || []).forEach(([a, b, c, d]) => ws.mergeCells(h0 + a, b + 1, h0 + c, d + 1));
    r = h0 + sh.head.length;
    const d0 = r; const map = {};
    sh.rows.forEach((row, i) => row.forEach((v, j) => {
      const c = ws.getCell(d0 + i, j + 1);
      if (v === null || v === undefined) return;
      c.value = v;
      if (j === 0 && sh.indent && sh.indent[i]) c.alignment = { indent: sh.indent[i] };
      if (typeof v === 'number' && sh.pct && sh.pct[j]) c.numFmt = '0.0%';
      else if (typeof v === 'number' && sh.dec && sh.dec[j] != null) c.numFmt = sh.dec[j] === 0 ? '0' : '0.' + '0'.repeat(sh.dec[j]);
      if (typeof v === 'string' && j > 0 && v !== '') c.alignment = { horizontal: 'right' };
      map[i + ',' + j] = c.address;
    }));
    r = d0 + sh.rows.length;
    (sh.notes || []).forEach(n => { ws.getCell(r, 1).value = n; ws.mergeCells(r, 1, r, ncol); r++; });
    ws.getColumn(1).width = 28;
    addr.push({ name: ws.name, map });
  }
  await wb.xlsx.writeFile(file);
  return addr;
}
module.exports = { setSeed, rng, u, ui, rd, g, sum, writeBook };
