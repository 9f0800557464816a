// Plant one inconsistency per copied workbook; writes planted/manifest.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const meta = JSON.parse(fs.readFileSync(path.join(__dirname, 'gen_meta.json'), 'utf8'));
const OUT = path.join(__dirname, 'planted'); fs.mkdirSync(OUT, { recursive: true });
let seed = 777; const rng = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const ri = (a, b) => a + Math.floor(rng() * (b - a + 1));
const rnd = (x, d) => Math.round(x * 10 ** d + 1e-7) / 10 ** d;
const order = ['totalCount', 'part', 'rate', 'cov', 'change', 'pts', 'growth'];
const files = Object.keys(meta).sort();
const skip = new Set(['02_township.xlsx', '13_township.xlsx', '20_twoyear.xlsx', '33_basic.xlsx', '29_social_org.xlsx', '36_multisheet.xlsx', '09_township.xlsx', '16_transposed.xlsx']);
const man = []; let t = 0; const used = {};
(async () => {
  for (const f of files) {
    if (skip.has(f)) continue;
    const cs = meta[f];
    let c = null;
    const avail = order.filter(ty => cs.some(x => x.type === ty && (ty !== 'cov' || x.whole >= 3)));
    avail.sort((a, b) => (used[a] || 0) - (used[b] || 0) || order.indexOf(a) - order.indexOf(b));
    const ty = avail[0]; used[ty] = (used[ty] || 0) + 1;
    const pool = cs.filter(x => x.type === ty && (ty !== 'cov' || x.whole >= 3));
    c = pool[Math.floor(rng() * pool.length)];
    t++;
    let v;
    switch (c.type) {
      case 'totalCount': v = c.val + ri(3, 15) * (rng() < 0.3 ? -1 : 1); break;
      case 'part': v = c.whole + ri(2, 9); break;
      case 'rate': { const step = c.pctFmt ? ri(3, 8) / 100 : ri(3, 8); v = c.pctFmt ? rnd(c.val + (c.val > 0.5 ? -step : step), c.dec + 2) : rnd(c.val + (c.val > 50 ? -step : step), c.dec); break; }
      case 'cov': v = c.whole - ri(1, 2); break;
      case 'change': v = c.val + ri(3, 9); break;
      case 'pts': v = rnd(c.val + (rng() < 0.5 ? -1 : 1) * ri(20, 60) / 10, c.dec); break;
      case 'growth': v = rnd(c.val + ri(4, 12), 1); break;
    }
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(__dirname, 'clean', f));
    wb.getWorksheet(c.sheet).getCell(c.cell).value = v;
    await wb.xlsx.writeFile(path.join(OUT, f));
    man.push({ file: f, sheet: c.sheet, cell: c.cell, original: c.val, planted: v, type: c.type });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, man.map(m => m.type).join(' '));
})();
