// Copy clean/NN-*/ to planted/NN-*/ and change ONE figure per folder (spec from clean-plants.json).
// Writes planted/manifest.json: {folder: {file, sheet, cell, from, to, how}}
// Run: NODE_PATH=/work/main/node_modules node plant.js
const fs = require('fs'); const path = require('path'); const ExcelJS = require('exceljs'); const iconv = require('iconv-lite');
const R = __dirname; const specs = JSON.parse(fs.readFileSync(path.join(R, 'clean-plants.json')));
const FW = '０１２３４５６７８９';
function bump(v, s) {
  if (s.set !== undefined) return s.set;
  let txt = typeof v === 'string' ? v : null; let num;
  if (txt !== null) num = Number(txt.replace(/[０-９]/g, c => FW.indexOf(c)).replace(/,/g, '')); else num = v;
  if (typeof num !== 'number' || isNaN(num)) throw new Error('not a number: ' + v);
  const nv = s.pct ? Math.round(num * (1 + s.pct / 100)) : num + s.delta;
  if (txt === null) return nv;
  if (/[０-９]/.test(txt)) return String(nv).replace(/[0-9]/g, d => FW[+d]);
  if (/,/.test(txt) || nv >= 1000) return nv.toLocaleString('en-US');
  return String(nv);
}
(async () => {
  const out = {}; fs.rmSync(path.join(R, 'planted'), { recursive: true, force: true });
  for (const [folder, s] of Object.entries(specs)) {
    const src = path.join(R, 'clean', folder), dst = path.join(R, 'planted', folder);
    fs.cpSync(src, dst, { recursive: true });
    const file = path.join(dst, s.file); let from, to;
    if (s.file.endsWith('.csv')) {
      const txt = iconv.decode(fs.readFileSync(file), 'gbk'); const lines = txt.split('\r\n'); const cells = lines[s.csvRow].split(',');
      from = cells[s.csvCol]; to = bump(/^-?\d+(\.\d+)?$/.test(from) ? Number(from) : from, s); cells[s.csvCol] = String(to); lines[s.csvRow] = cells.join(',');
      fs.writeFileSync(file, iconv.encode(lines.join('\r\n'), 'gbk'));
    } else {
      const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(file); const ws = wb.getWorksheet(s.sheet); const c = ws.getCell(s.cell);
      from = c.value; to = bump(from, s); c.value = to; await wb.xlsx.writeFile(file);
    }
    out[folder] = { file: s.file, sheet: s.sheet, cell: s.cell, from, to, how: s.set !== undefined ? 'set ' + s.set : s.pct ? '+' + s.pct + '%' : '+' + s.delta };
  }
  fs.writeFileSync(path.join(R, 'planted', 'manifest.json'), JSON.stringify(out, null, 1));
  console.log('planted', Object.keys(out).length);
})().catch(e => { console.error(e); process.exit(1); });
