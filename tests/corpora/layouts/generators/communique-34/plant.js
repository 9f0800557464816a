const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const DIR = __dirname;
const META = JSON.parse(fs.readFileSync(path.join(DIR, 'gen_meta.json'), 'utf8'));
let S = 3434; function rng() { S = (S * 1103515245 + 12345) & 0x7fffffff; return S / 0x7fffffff; }
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m) / m; };
const KINDS = ['total', 'growth', 'part', 'share', 'diff', 'ratio', 'total_prev', 'growth', 'part_prev', 'share', 'total', 'growth'];
const files = [...new Set(META.map(m => m.file))].sort();
function mutate(m) {
  const d = m.dec || 0, v = m.v;
  switch (m.kind) {
    case 'total': case 'total_prev': { const delta = Math.max(Math.abs(v) * (0.02 + rng() * 0.04), 5 * Math.pow(10, -d)); return rd(v + (rng() < 0.5 ? -1 : 1) * delta, d); }
    case 'part': case 'part_prev': return rd(m.parent * (1.05 + rng() * 0.1), d);
    case 'growth': { const delta = 3 + Math.floor(rng() * 5) + (d ? 0.4 : 0); return rd(v + (rng() < 0.5 ? -1 : 1) * delta, d); }
    case 'share': return rd(v + (v > 60 ? -1 : 1) * (4 + rng() * 4), d);
    case 'ratio': return rd(v * (1.1 + rng() * 0.1), d);
    case 'diff': return rd(v + Math.max(Math.abs(v) * 0.2, 50 * Math.pow(10, -d)), d);
  }
}
(async () => {
  const pd = path.join(DIR, 'planted'); fs.mkdirSync(pd, { recursive: true });
  for (const f of fs.readdirSync(pd)) fs.unlinkSync(path.join(pd, f));
  const man = []; let k = 0, n = 0;
  for (let round = 0; n < 30 && round < 3; round++) {
    for (const file of files) {
      if (n >= 30 || /^3[789]_/.test(file)) break;
      let cand = [];
      for (let t = 0; t < KINDS.length && !cand.length; t++) { const kind = KINDS[(k + t) % KINDS.length]; cand = META.filter(m => m.file === file && m.kind === kind && (!kind.startsWith('part') || m.parent != null)); }
      k++;
      if (!cand.length || (round > 0 && rng() < 0.6)) continue;
      const m = cand[Math.floor(rng() * cand.length)];
      if (man.some(x => x.file.endsWith(file) && x.cell === m.cell && x.sheet === m.sheet)) continue;
      const nv = mutate(m); if (nv === m.v) continue;
      const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(DIR, 'clean', file));
      const c = wb.getWorksheet(m.sheet).getCell(m.cell);
      if (c.value !== m.v) { console.error('mismatch', file, m.cell, c.value, m.v); continue; }
      c.value = nv; n++;
      const out = `p${String(n).padStart(2, '0')}_${file}`;
      await wb.xlsx.writeFile(path.join(pd, out));
      man.push({ file: out, sheet: m.sheet, cell: m.cell, original: m.v, planted: nv, kind: m.kind });
    }
  }
  // forced nominal-growth plants in layouts where growth columns are mapped
  const FORCE = [['37_清源市2024年1-6月统计月报（无注）.xlsx', '主要指标', 'D8'], ['38_桃江县2024年主要经济指标（本年上年）.xlsx', '主要指标', 'E10'], ['39_长丰县2024年主要经济指标（本年上年含注）.xlsx', '主要指标', 'D9']];
  for (const [file, sheet, cell] of FORCE) {
    if (man.some(x => x.file.endsWith(file))) continue;
    const m = META.find(x => x.file === file && x.sheet === sheet && x.cell === cell);
    const nv = rd(m.v + 4.3, 1);
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(DIR, 'clean', file));
    wb.getWorksheet(sheet).getCell(cell).value = nv; n++;
    const out = `p${String(n).padStart(2, '0')}_${file}`;
    await wb.xlsx.writeFile(path.join(pd, out));
    man.push({ file: out, sheet, cell, original: m.v, planted: nv, kind: 'growth' });
  }
  fs.writeFileSync(path.join(pd, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(man.length, 'plants');
})();
