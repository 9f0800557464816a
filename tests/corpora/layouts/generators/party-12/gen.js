const path = require('path'), fs = require('fs');
const L = require('./lib');
['./b1', './b2', './b3', './b4', './b5', './b6', './b7', './b8', './b9', './b10', './b11'].forEach(f => require(f));
const only = process.argv[2];
(async () => {
  const man = [];
  fs.mkdirSync(__dirname + '/clean', { recursive: true }); fs.mkdirSync(__dirname + '/planted', { recursive: true });
  for (const b of L.books) {
    const wb = new L.E.Workbook();
    const m = b.fn(wb);
    const cf = path.join(__dirname, 'clean', b.file);
    await wb.xlsx.writeFile(cf);
    const w2 = new L.E.Workbook(); await w2.xlsx.readFile(cf);
    const cell = w2.getWorksheet(m.sheet).getCell(m.addr);
    const old = cell.value; let nv;
    const bump = x => m.kind === 'count' ? x + 7 : L.R(x * 1.07, m.d);
    if (typeof old === 'number') nv = bump(old);
    else if (typeof old === 'string') { const n = parseFloat(old); nv = old.replace(String(n).length < old.length && old.includes(n.toFixed(m.d)) ? n.toFixed(m.d) : String(n), m.kind === 'count' ? String(bump(n)) : bump(n).toFixed(m.d)); }
    else throw new Error(b.file + ' ' + m.addr + ' not a value: ' + JSON.stringify(old));
    cell.value = nv;
    await w2.xlsx.writeFile(path.join(__dirname, 'planted', b.file));
    man.push({ file: b.file, sheet: m.sheet, cell: m.addr, old, new: nv });
  }
  fs.writeFileSync(__dirname + '/planted/manifest.json', JSON.stringify(man, null, 1));
  console.log('wrote', man.length);
})();
