const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const C = JSON.parse(fs.readFileSync(path.join(__dirname, 'cands.json'), 'utf8'));
const OUT = path.join(__dirname, 'planted');
fs.readdirSync(OUT).forEach(x => fs.unlinkSync(path.join(OUT, x)));
const R = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const decOf = c => { const m = /0\.(0+)/.exec(c.numFmt || ''); return m ? m[1].length : 0; };
const skip = new Set(['02_江州市_文化机构.xlsx', '08_湖滨省_分市旅游.xlsx', '14_江州市_专利.xlsx', '22_云岭州_水资源.xlsx', '24_云岭州_森林.xlsx', '28_桐乡县_统计公报指标.xlsx', '36_桐乡县_用水结构.xlsx']);
const kinds = ['total', 'part', 'rate', 'growth'];
(async () => {
  const man = []; let k = 0;
  for (const file of Object.keys(C).sort()) {
    if (skip.has(file)) continue;
    const cs = C[file];
    let c = null;
    for (let t = 0; t < 4 && !c; t++) { const want = kinds[(k + t) % 4]; c = cs.find(x => x.kind === want); }
    k++;
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(__dirname, 'clean', file));
    const ws = wb.getWorksheet(c.sheet); const cell = ws.getCell(c.cell);
    const o = cell.value, d = decOf(cell); let p;
    if (c.kind === 'total') p = R(o * 1.06 + (d ? 0 : 3), d);
    else if (c.kind === 'part') { let whole = c.whole; if (whole == null) whole = ws.getCell(cell.row, cell.col - 1).value; p = R(whole * 1.12 + (d ? 0 : 1), d); }
    else if (c.kind === 'rate') p = R(o + 6 > 100 ? o - 6.3 : o + 6.3, d);
    else p = R(k % 2 ? -o - 2 : o + 9.4, d);
    cell.value = p;
    await wb.xlsx.writeFile(path.join(OUT, file));
    man.push({ file, sheet: c.sheet, cell: c.cell, original: o, planted: p, kind: c.kind });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, man.map(m => m.kind).join(' '));
})();
