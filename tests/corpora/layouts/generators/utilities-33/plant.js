// plant one inconsistency per copy: node plant.js
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const DIR = __dirname;
const META = JSON.parse(fs.readFileSync(path.join(DIR, 'gen_meta.json'), 'utf8'));
let S = 4242; function rng() { S = (S * 1103515245 + 12345) & 0x7fffffff; return S / 0x7fffffff; }
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m) / m; };
const sgn = () => (rng() < 0.5 ? -1 : 1);
function mutate(m) {
  const d = m.dec || 0, v = m.v, u = Math.pow(10, -d);
  switch (m.kind) {
    case 'total': return rd(v + sgn() * Math.max(Math.abs(v) * (0.02 + rng() * 0.04), 3 * u, d === 0 ? 3 : 0.3), d);
    case 'part': return rd(Math.max(m.parent * (1.05 + rng() * 0.1), m.parent + 2 * u), d);
    case 'rate': { let dl = 3 + Math.floor(rng() * 5) + (d ? 0.4 : 0); return rd(v + dl > 100 ? v - dl : v + (v - dl < 0 ? dl : sgn() * dl), d); }
    case 'growth': return rd(v + sgn() * (4 + Math.floor(rng() * 6) + (d ? 0.3 : 0)), d);
    case 'share': return rd(v + (v > 50 ? -1 : 1) * (3 + Math.floor(rng() * 4) + (d ? 0.2 : 0)), d);
    case 'pp': return rd(v + sgn() * (2 + Math.floor(rng() * 4) + (d ? 0.3 : 0)), d);
    case 'percap': return rd(v * (1.12 + rng() * 0.1), d);
  }
}
const KINDS = ['total', 'part', 'rate', 'growth', 'total', 'share', 'rate', 'part', 'growth', 'pp', 'total', 'percap'];
(async () => {
  const out = path.join(DIR, 'planted');
  for (const f of fs.readdirSync(out)) fs.unlinkSync(path.join(out, f));
  const files = [...new Set(META.map(m => m.file))].sort();
  for (let i = files.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [files[i], files[j]] = [files[j], files[i]]; }
  const man = [];
  let k = 0;
  for (let i = 0; man.length < 30 && i < files.length * 2; i++) {
    const file = files[i % files.length];
    if (i >= files.length && i % 4 !== 0) continue; // second pass: a few more
    const cands = META.filter(m => m.file === file);
    let kind, pool = [];
    for (let t = 0; t < KINDS.length && !pool.length; t++) { kind = KINDS[(k + t) % KINDS.length]; pool = cands.filter(m => m.kind === kind); }
    k++;
    if (!pool.length) continue;
    const m = pool[Math.floor(rng() * pool.length)];
    const nv = mutate(m);
    if (nv === m.v) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, 'clean', file));
    const cell = wb.getWorksheet(m.sheet).getCell(m.cell);
    if (cell.value !== m.v) throw new Error('mismatch ' + file + ' ' + m.cell + ' ' + cell.value + ' ' + m.v);
    cell.value = nv;
    const pf = file.replace('.xlsx', '') + `__p${i >= files.length ? 2 : 1}_${m.kind}.xlsx`;
    await wb.xlsx.writeFile(path.join(out, pf));
    man.push({ file: pf, sheet: m.sheet, cell: m.cell, original: m.v, planted: nv, kind: m.kind });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, 'plants');
})();
