const ExcelJS = require('exceljs'); const path=require('path');
// ---------------- writer ----------------
const colL = n => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const ADDR = {};
async function write(dir, wbSpec) {
  const wb = new ExcelJS.Workbook();
  for (const s of wbSpec.sheets) {
    const ws = wb.addWorksheet(s.name); const nc = s.header[0].length;
    ws.getCell(1, 1).value = s.title; ws.mergeCells(1, 1, 1, nc); ws.getCell(1, 1).alignment = { horizontal: 'center' }; ws.getCell(1, 1).font = { bold: true, size: 14 };
    if (s.unit) { ws.getCell(2, nc).value = s.unit; ws.getCell(2, nc).alignment = { horizontal: 'right' }; }
    const h0 = 3;
    s.header.forEach((hr, i) => hr.forEach((v, j) => { if (v != null && v !== '^') ws.getCell(h0 + i, j + 1).value = v; }));
    // merges
    const done = new Set();
    s.header.forEach((hr, i) => hr.forEach((v, j) => {
      if (v == null || v === '^' || done.has(i + ',' + j)) return;
      let j2 = j; while (j2 + 1 < nc && hr[j2 + 1] === null) j2++;
      let i2 = i; while (i2 + 1 < s.header.length && s.header[i2 + 1][j] === '^') i2++;
      if (i2 > i || j2 > j) ws.mergeCells(h0 + i, j + 1, h0 + i2, j2 + 1);
    }));
    const d0 = h0 + s.header.length;
    s.rows.forEach((row, i) => row.forEach((v, j) => { if (v !== null && v !== undefined) { const c = ws.getCell(d0 + i, j + 1); c.value = v; if (typeof v === 'number' && j > 0) { const dec = (String(v).split('.')[1] || '').length; } } }));
    for (let j = 1; j < nc; j++) { let dm = 0; s.rows.forEach(row => { const v = row[j]; if (typeof v === 'number') dm = Math.max(dm, (String(v).split('.')[1] || '').length); }); s.rows.forEach((row, i) => { if (typeof row[j] === 'number') ws.getCell(d0 + i, j + 1).numFmt = dm ? '0.' + '0'.repeat(dm) : '0'; }); }
    s.notes.forEach((n, k) => { ws.getCell(d0 + s.rows.length + k, 1).value = n; });
    ws.getColumn(1).width = 34; for (let j = 2; j <= nc; j++) ws.getColumn(j).width = 16;
    ADDR[wbSpec.file + '|' + s.name] = (r, c) => colL(c) + (d0 + r);
  }
  await wb.xlsx.writeFile(path.join(dir, wbSpec.file));
}
module.exports={write,colL,ADDR};
