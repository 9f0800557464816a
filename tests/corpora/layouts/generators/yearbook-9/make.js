// builds clean/ and planted/ from all gen_*.js, writes plants.json
const fs = require('fs'), path = require('path');
const { write, rd, addr } = require('./lib');
// Clean copies into the corpus, planted ones (and plants.json) into a temporary folder.
const CLEAN = path.join(__dirname, '../../yearbook-9');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'yearbook-9-planted-'));
for (const d of [CLEAN, path.join(ROOT, 'planted')]) fs.mkdirSync(d, { recursive: true });
(async () => {
  const gens = fs.readdirSync(__dirname).filter(f => /^gen_.*\.js$/.test(f)).sort();
  const plants = [];
  for (const g of gens) for (const fn of require('./' + g)) {
    const spec = fn();
    await write(path.join(CLEAN, spec.file), spec.sheets);
    const p = spec.plant; const sh = spec.sheets.find(s => s.name === p.sheet);
    const row = sh.rows[p.r - 1]; let cell = row[p.c]; let orig, planted;
    const dec = v => { const s = String(v); return s.includes('.') ? s.split('.')[1].length : 0; };
    const bump = v => { const d = dec(v); let n = rd(v * 1.07, d); if (n === v || Math.abs(n - v) < 1 && d === 0) n = v + 8; return n; };
    if (typeof cell === 'number') { orig = cell; planted = bump(cell); row[p.c] = planted; }
    else if (cell && 't' in cell) { orig = cell.t; const v = Number(cell.t.replace(/,/g, '')); const n = bump(v); planted = cell.t.includes(',') ? n.toLocaleString('en-US', { minimumFractionDigits: dec(v) }) : String(n); row[p.c] = { ...cell, t: planted }; }
    else if (cell && 'v' in cell && !('f' in cell)) { orig = cell.v; planted = bump(cell.v); row[p.c] = { ...cell, v: planted }; }
    else throw new Error(`${spec.file}: plant cell not plain number: ${JSON.stringify(cell)}`);
    await write(path.join(ROOT, 'planted', spec.file), spec.sheets);
    plants.push({ file: spec.file, sheet: p.sheet, cell: addr(p.c, p.r), label: row[0], original: orig, planted, what: p.what });
  }
  fs.writeFileSync(path.join(ROOT, 'plants.json'), JSON.stringify(plants, null, 1));
  console.log(plants.length, 'files');
})().catch(e => { console.error(e); process.exit(1); });
