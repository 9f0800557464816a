// helpers for writing statistics tables with exceljs
const ExcelJS = require('exceljs');

function rng(seed) {
  let a = seed >>> 0;
  return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; };
}
const r = (x, d = 0) => { const f = Math.pow(10, d); return Math.round((x + Math.sign(x) * 1e-9) * f) / f; };
const growth = (c, p) => r((c / p - 1) * 100, 1);
const sum = a => a.reduce((s, x) => s + x, 0);
function colLetter(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const fmtText = (v, d) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

// N(value, decimals) : a numeric cell; T(text)
const N = (v, d = 0, extra = {}) => ({ n: v, d, ...extra });

/*
 spec: { startRow, title, unitLine, header: [[...]], merges: [[r1,c1,r2,c2]] (relative to header top, 1-based cols),
         colNums: [...], body: [[label, cell,...]], notes: [...], textNumbers: bool, widths: [...], keys: [colkey...] }
 returns {nextRow, addr: {label: {colIndex: 'B5'}}}
*/
function writeTable(ws, spec) {
  let row = spec.startRow || 1;
  const width = Math.max(...spec.header.map(h => h.length));
  const reg = {};
  if (spec.title) {
    ws.getCell(row, 1).value = spec.title;
    ws.getCell(row, 1).font = { bold: true, size: 14 };
    ws.getCell(row, 1).alignment = { horizontal: 'center' };
    ws.mergeCells(row, 1, row, width);
    row++;
  }
  if (spec.unitLine) {
    const c = spec.unitLineCol || width;
    ws.getCell(row, c).value = spec.unitLine;
    ws.getCell(row, c).alignment = { horizontal: 'right' };
    if (spec.leftLine) ws.getCell(row, 1).value = spec.leftLine;
    row++;
  }
  const hTop = row;
  spec.header.forEach((h, i) => {
    h.forEach((v, j) => { if (v !== null && v !== undefined) { const cell = ws.getCell(hTop + i, j + 1); cell.value = v; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cell.font = { bold: true }; } });
  });
  (spec.merges || []).forEach(([r1, c1, r2, c2]) => ws.mergeCells(hTop + r1 - 1, c1, hTop + r2 - 1, c2));
  row = hTop + spec.header.length;
  if (spec.colNums) { spec.colNums.forEach((v, j) => { const c = ws.getCell(row, j + 1); c.value = v; c.alignment = { horizontal: 'center' }; }); row++; }
  for (const b of spec.body) {
    const label = typeof b[0] === 'string' ? b[0] : (b[0] && b[0].t) || '';
    b.forEach((v, j) => {
      const cell = ws.getCell(row, j + 1);
      if (v === null || v === undefined) return;
      if (typeof v === 'string') { cell.value = v; if (j > 0) cell.alignment = { horizontal: 'center' }; }
      else if (typeof v === 'number') cell.value = v;
      else if (v.n !== undefined) {
        const rv = r(v.n, v.d);
        if (spec.textNumbers || v.text) { cell.value = fmtText(rv, v.d) + (v.mark || ''); cell.alignment = { horizontal: 'right' }; }
        else if (v.mark) { cell.value = fmtText(rv, v.d).replace(/,/g, '') + v.mark; }
        else { cell.value = rv; cell.numFmt = v.d ? (spec.sep === false ? '0.' : '#,##0.') + '0'.repeat(v.d) : (spec.sep === false ? '0' : '#,##0'); }
      } else if (v.t !== undefined) { cell.value = v.t; }
      const key = label.trim() || ('row' + row);
      (reg[key] = reg[key] || {})[j] = colLetter(j + 1) + row;
    });
    row++;
  }
  if (spec.notes) { for (const n of spec.notes) { ws.getCell(row, 1).value = n; row++; } }
  if (spec.widths) spec.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  else { ws.getColumn(1).width = 28; for (let i = 2; i <= width; i++) ws.getColumn(i).width = 13; }
  return { nextRow: row + 1, addr: reg };
}

module.exports = { ExcelJS, rng, r, growth, sum, colLetter, fmtText, N, writeTable };
