const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const OUT = process.env.OUT || path.join(__dirname, '../../yearbook-5');
let seed = 1;
function setSeed(s) { seed = s >>> 0 || 1; }
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(x, d = 0) { const f = 10 ** d; const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * f + 1e-7) / f; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function g(cur, prev, d = 1) { return r((cur / prev - 1) * 100, d); }
const S = '　';
const COL = n => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const A = (j, i) => COL(j) + (i + 1);
const comma = (x, d = 0) => { const s = Math.abs(x).toFixed(d).split('.'); s[0] = s[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','); return (x < 0 ? '-' : '') + s.join('.'); };
const manifest = [];
async function write(spec) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet || 'Sheet1');
  spec.rows.forEach((row, i) => {
    (row || []).forEach((v, j) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(i + 1, j + 1);
      let f;
      if (typeof v === 'object' && 'v' in v) { f = v.f; if (v.indent) c.alignment = { indent: v.indent }; v = v.v; }
      c.value = v;
      if (typeof v === 'number') {
        const ff = f || (spec.rowFmt && spec.rowFmt[i] && spec.rowFmt[i][j]) || (spec.fmt && spec.fmt[j]);
        if (ff) c.numFmt = ff;
      }
      if (typeof v === 'string' && v.includes('\n')) c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      if (j === (spec.labelCol || 0) && spec.indent && spec.indent[i]) c.alignment = { indent: spec.indent[i] };
    });
  });
  for (const m of spec.merges || []) ws.mergeCells(m);
  ws.getColumn((spec.labelCol || 0) + 1).width = spec.labelWidth || 26;
  (spec.widths || []).forEach((w, i) => { if (w) ws.getColumn(i + 1).width = w; });
  for (const i of spec.hiddenRows || []) ws.getRow(i + 1).hidden = true;
  for (const j of spec.hiddenCols || []) ws.getColumn(j + 1).hidden = true;
  const fp = path.join(OUT, spec.file);
  await wb.xlsx.writeFile(fp);
  manifest.push({ file: spec.file, sheet: spec.sheet || 'Sheet1', layout: spec.layout, plant: spec.plant });
}
function writeCsv(spec) {
  const esc = v => { if (v === null || v === undefined) return ''; const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
  fs.writeFileSync(path.join(OUT, spec.file), '\ufeff' + spec.rows.map(rw => (rw || []).map(esc).join(',')).join('\r\n') + '\r\n');
  manifest.push({ file: spec.file, sheet: null, layout: spec.layout, plant: spec.plant, csv: true });
}
function saveManifest(name) { fs.writeFileSync(path.join(__dirname, 'manifest-' + name + '.json'), JSON.stringify(manifest, null, 1)); }
module.exports = { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest, OUT };
