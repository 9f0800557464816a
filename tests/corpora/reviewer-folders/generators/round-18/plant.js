// NODE_PATH=/work/main/node_modules node plant.js : copy clean -> planted, change ONE cell by +7, write planted/manifest.json
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const plants = require('./plants.json');
// some plants moved to cells that only the total row and the checks BETWEEN workbooks can see (党员数 of an upper table's row, a ledger-compared count)
const OVERRIDE = {};
function locate(ws, p) {
  let row, col;
  ws.eachRow((r, i) => r.eachCell((c, j) => { const v = String(c.value);
    if (!row && j <= 2 && v === p.rowLabel) row = i; if (!col && i <= 5 && v.includes(p.header)) col = j; }));
  return ws.getCell(row, col).address;
}
(async () => {
  const P = process.env.TOTAL ? 'planted-total' : 'planted';
  fs.rmSync(P, { recursive: true, force: true }); fs.mkdirSync(P);
  const manifest = {};
  for (const [name, p] of Object.entries(plants)) {
    fs.cpSync(path.join('clean', name), path.join(P, name), { recursive: true });
    if (OVERRIDE[name]) p.file = OVERRIDE[name].file;
    const file = path.join(P, name, p.file);
    const w = new ExcelJS.Workbook(); await w.xlsx.readFile(file);
    if (OVERRIDE[name]) { Object.assign(p, OVERRIDE[name]); p.cell = locate(w.getWorksheet(p.sheet), p); }
    if (process.env.TOTAL && !/台账/.test(p.sheet)) { // move the plant to the total row of the same table (same column): only the table's own total checks and the checks BETWEEN tables see it
      const ws = w.getWorksheet(p.sheet); const m = p.cell.match(/^([A-Z]+)(\d+)$/); let r = +m[2];
      for (let i = r + 1; i < r + 40; i++) { const lab = [1, 2].map(c => String(ws.getCell(i, c).value || '').replace(/\s/g, '')).join('|'); if (/(^|\|)(合计|全县|全镇|全街道|全市|全区|全省)(\||$)/.test(lab)) { p.cell = m[1] + i; break; } } }
    const cell = w.getWorksheet(p.sheet).getCell(p.cell);
    const old = cell.value; if (typeof old !== 'number') throw new Error(name + ' ' + p.cell + ' not a number: ' + JSON.stringify(old));
    cell.value = old + 7; await w.xlsx.writeFile(file);
    manifest[name] = { file: p.file, sheet: p.sheet, cell: p.cell, old, new: old + 7 };
  }
  fs.writeFileSync(P + '/manifest.json', JSON.stringify(manifest, null, 1));
  console.log('planted', Object.keys(manifest).length);
})();
