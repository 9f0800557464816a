const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const C = path.join(__dirname, 'clean'), P = path.join(__dirname, 'planted');
fs.rmSync(P, { recursive: true, force: true }); fs.mkdirSync(P);
const meta = JSON.parse(fs.readFileSync(path.join(C, 'meta.json'), 'utf8'));
let s = 4242; const rnd = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
function swapDigits(v) {
  const t = String(v); const idx = [];
  for (let i = 0; i + 1 < t.length; i++) if (/\d/.test(t[i]) && /\d/.test(t[i + 1]) && t[i] !== t[i + 1] && !(i === 0 && t[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null; const i = pick(idx);
  return Number(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2));
}
const kinds = ['end', 'part', 'total', 'pct', 'swap', 'net', 'end', 'total', 'swap', 'part'];
(async () => {
  const man = []; let k = 0;
  const files = Object.keys(meta).filter(f => Object.values(meta[f]).some(a => a.length)).sort();
  for (const f of files) {
    if (man.length >= 30) break;
    const cands = []; for (const [sh, arr] of Object.entries(meta[f])) for (const m of arr) cands.push(Object.assign({ sheet: sh }, m));
    let kind, c, nv;
    for (let tries = 0; tries < 12 && nv == null; tries++) {
      kind = kinds[(k + tries) % kinds.length];
      const pool = cands.filter(x => typeof x.v === 'number' && (kind === 'swap' ? x.kind !== 'pct' && x.v >= 10 : kind === 'part' ? x.kind === 'part' && x.whole != null : x.kind === kind));
      if (!pool.length) continue;
      c = pick(pool);
      if (kind === 'end') nv = c.v + pick([10, -10, 3, -5, 100, 1]);
      else if (kind === 'part') nv = c.whole + pick([1, 5, 12, 30]);
      else if (kind === 'total') nv = c.v + pick([1, -2, 10, 100, -7]);
      else if (kind === 'pct') nv = Math.round((c.v + pick([1.5, -2.3, 0.8, 10])) * 10) / 10;
      else if (kind === 'swap') nv = swapDigits(c.v);
      else if (kind === 'net') nv = c.v !== 0 ? -c.v : c.v + 4;
      if (nv === c.v) nv = null;
    }
    k++;
    if (nv == null) continue;
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(C, f));
    const ws = wb.getWorksheet(c.sheet); const cell = ws.getCell(c.cell);
    if (cell.value !== c.v) throw new Error(`${f} ${c.cell} mismatch ${cell.value} vs ${c.v}`);
    cell.value = nv;
    await wb.xlsx.writeFile(path.join(P, f));
    man.push({ file: f, sheet: c.sheet, cell: c.cell, original: c.v, planted: nv, kind });
  }
  fs.writeFileSync(path.join(P, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log('planted', man.length);
})();
