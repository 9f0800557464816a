const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const DIR = __dirname;
const META = JSON.parse(fs.readFileSync(path.join(DIR, 'gen_meta.json'), 'utf8'));
let S = 777; function rng() { S = (S * 1103515245 + 12345) & 0x7fffffff; return S / 0x7fffffff; }
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m) / m; };
const KINDS = ['total', 'part', 'growth', 'share', 'ratio', 'total', 'growth', 'part', 'total_prev', 'diff', 'growth', 'part'];
const files = [...new Set(META.map(m => m.file))].sort();
function mutate(m) {
  const d = m.dec || 0, v = m.v;
  switch (m.kind) {
    case 'total': case 'total_prev': { const delta = Math.max(Math.abs(v) * (0.02 + rng() * 0.04), 5 * Math.pow(10, -d)); return rd(v + (rng() < 0.5 ? -1 : 1) * delta, d); }
    case 'part': case 'part_prev': return rd(m.parent * (1.05 + rng() * 0.1), d);
    case 'growth': { const delta = 4 + Math.floor(rng() * 6) + (d ? 0.3 : 0); return rd(v + (rng() < 0.5 ? -1 : 1) * delta, d); }
    case 'share': return rd(v + 5 + rng() * 4 * (v > 60 ? -3 : 1), d);
    case 'ratio': return rd(v * (1.12 + rng() * 0.1), d);
    case 'diff': return rd(v + Math.max(Math.abs(v) * 0.2, 50 * Math.pow(10, -d)), d);
  }
}
(async () => {
  for (const f of fs.readdirSync(path.join(DIR, 'planted'))) fs.unlinkSync(path.join(DIR, 'planted', f));
  const man = [];
  let k = 0, n = 0;
  for (let round = 0; n < 30 && round < 3; round++) {
    for (const file of files) {
      if (n >= 30) break;
      let cand = [];
      for (let t = 0; t < KINDS.length && !cand.length; t++) { const kind = KINDS[(k + t) % KINDS.length]; cand = META.filter(m => m.file === file && m.kind === kind && (kind !== 'part' || m.parent != null)); }
      k++;
      if (!cand.length || (round > 0 && rng() < 0.5)) continue;
      const m = cand[Math.floor(rng() * cand.length)];
      const nv = mutate(m);
      if (nv === m.v) continue;
      const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(DIR, 'clean', file));
      const ws = wb.getWorksheet(m.sheet); const c = ws.getCell(m.cell);
      if (c.value !== m.v) { console.error('mismatch', file, m.cell, c.value, m.v); continue; }
      c.value = nv;
      n++;
      const out = `p${String(n).padStart(2, '0')}_${file}`;
      await wb.xlsx.writeFile(path.join(DIR, 'planted', out));
      man.push({ file: out, sheet: m.sheet, cell: m.cell, original: m.v, planted: nv, kind: m.kind });
    }
  }
  fs.writeFileSync(path.join(DIR, 'planted', 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, 'plants'); const cnt = {}; man.forEach(m => cnt[m.kind] = (cnt[m.kind] || 0) + 1); console.log(cnt);
})();
