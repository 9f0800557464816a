'use strict';
const path = require('path'); const fs = require('fs');
const { writeBook, r, colL } = require('./lib');
const ROOT = path.join(__dirname, '..');
const only = process.argv[2];
const mods = ['party', 'yb1', 'yb2', 'yb3', 'yb4'].filter((m) => fs.existsSync(path.join(__dirname, m + '.js'))).map((m) => require('./' + m));
(async () => {
  const manifest = [];
  for (const m of mods) for (const t of m) {
    if (only && !t.file.includes(only)) continue;
    const sheets = t.build();
    await writeBook(path.join(ROOT, 'clean', t.file), sheets);
    const ps = sheets.find((s) => s.plant);
    if (!ps) { console.log('NO PLANT', t.file); continue; }
    const [rr, cc] = ps.plant; const old = ps.rows[rr - 1][cc - 1];
    const d = ps.dec[rr + ',' + cc] ?? 0;
    let nv = Number.isInteger(old) && d === 0 && t.count ? old + 7 : r(old * 1.07, d); if (nv === old) nv = r(old + Math.pow(10, -d), d);
    await writeBook(path.join(ROOT, 'planted', t.file), sheets, { sheet: ps.name, new: nv });
    manifest.push({ file: t.file, sheet: ps.name, cell: colL(cc) + rr, old, new: nv, what: t.what || '' });
  }
  if (!only) fs.writeFileSync(path.join(ROOT, 'planted', 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', manifest.length, 'tables');
})();
