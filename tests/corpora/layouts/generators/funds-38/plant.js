// Copies clean workbooks to planted/ with one changed figure each, writes manifest.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const DIR = __dirname;
const OUT = path.join(DIR, 'planted');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
const specs = JSON.parse(fs.readFileSync(path.join(DIR, 'plantspec.json'), 'utf8'));
const byFile = {};
for (const s of specs) (byFile[s.file] = byFile[s.file] || []).push(s);
const skip = new Set(['13_jingfei_two_years.xlsx', '34_formulas.xlsx', '36_text_plus_table.xlsx', '27_org_monthly.xlsx', '35_share_pct.xlsx', '20_fa_qty_amount.xlsx']);
const used = {};
function swapDigits(v) {
  const isInt = Number.isInteger(v);
  const s = isInt ? String(v) : v.toFixed(2);
  const ch = s.split('');
  for (let i = 0; i < ch.length - 1; i++) {
    if (/\d/.test(ch[i]) && /\d/.test(ch[i + 1]) && ch[i] !== ch[i + 1] && !(i === 0 && ch[i + 1] === '0')) { [ch[i], ch[i + 1]] = [ch[i + 1], ch[i]]; return Number(ch.join('')); }
  }
  return null;
}
const valOf = c => (c.value && typeof c.value === 'object' && 'result' in c.value) ? c.value.result : c.value;
(async () => {
  const manifest = [];
  for (const file of Object.keys(byFile).sort()) {
    if (skip.has(file)) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, 'clean', file));
    // least-used kind first
    const cands = byFile[file].slice().sort((a, b) => (used[a.kind] || 0) - (used[b.kind] || 0));
    let done = null;
    for (const c of cands) {
      const ws = wb.getWorksheet(c.sheet); const cell = ws.getCell(c.cell); const v = valOf(cell);
      if (typeof v !== 'number') continue;
      const isInt = Number.isInteger(v);
      let nv = null;
      switch (c.kind) {
        case 'end': case 'total': case 'net': case 'diff':
          nv = isInt ? v + (v > 50 ? 12 : 3) : Math.round((v + (v > 100000 ? 1000 : 100)) * 100) / 100; break;
        case 'swap': nv = swapDigits(v); break;
        case 'part': { const w = valOf(ws.getCell(c.whole)); nv = isInt ? w + 5 : Math.round(w * 1.08 * 100) / 100; break; }
        case 'rate': case 'growth': nv = Math.round((v + 3.7) * 100) / 100; break;
      }
      if (nv === null || nv === v) continue;
      cell.value = nv;
      done = { file, sheet: c.sheet, cell: c.cell, original: v, planted: nv, kind: c.kind };
      used[c.kind] = (used[c.kind] || 0) + 1;
      break;
    }
    if (!done) continue;
    await wb.xlsx.writeFile(path.join(OUT, file));
    manifest.push(done);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(manifest.length, 'plants', used);
})();
