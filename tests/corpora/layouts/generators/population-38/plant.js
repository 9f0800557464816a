// Copies clean workbooks into planted/ with ONE changed figure each, writes manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const DIR = __dirname;
const meta = JSON.parse(fs.readFileSync(path.join(DIR, 'meta.json'), 'utf8'));
const PD = path.join(DIR, 'planted');
fs.mkdirSync(PD, { recursive: true });
for (const f of fs.readdirSync(PD)) fs.unlinkSync(path.join(PD, f));
function swapDigits(v) {
  const s = String(v);
  for (let i = s.length - 2; i >= 0; i--) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0'))
    return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return v + 9;
}
const r2 = v => Math.round(v * 100) / 100;
(async () => {
  const man = [];
  const files = Object.keys(meta).sort();
  let n = 0;
  const chosen = files.filter((f, i) => i % 3 !== 2 || i >= 36).slice(0, 32);
  for (const file of chosen) {
    const cands = meta[file];
    const c = cands[n % cands.length];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, 'clean', file));
    const cell = wb.getWorksheet(c.sheet).getCell(c.cell);
    const orig = cell.value;
    let nv;
    switch (c.kind) {
      case 'add': nv = orig + c.delta; break;
      case 'radd': nv = r2(orig + c.delta); break;
      case 'partover': nv = c.whole + Math.max(7, Math.round(c.whole * 0.1)); break;
      case 'swap': nv = swapDigits(orig); break;
      case 'neg': nv = -orig; break;
    }
    cell.value = nv;
    await wb.xlsx.writeFile(path.join(PD, file));
    man.push({ file, sheet: c.sheet, cell: c.cell, original: orig, planted: nv, kind: c.kind });
    n++;
  }
  fs.writeFileSync(path.join(PD, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log('planted', man.length);
})();
