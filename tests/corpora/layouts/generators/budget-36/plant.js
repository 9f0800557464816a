// Copy ~30 clean workbooks into planted/ with exactly one changed figure each.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const DIR = __dirname;
const META = JSON.parse(fs.readFileSync(path.join(DIR, 'gen_meta.json'), 'utf8'));
const OUT = path.join(DIR, 'planted');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
let s = 77; const rng = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
const pick = a => a[Math.floor(rng() * a.length)];
const roundTo = (x, d) => Math.round(x * Math.pow(10, d)) / Math.pow(10, d);
const TAXES = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];

function swapDigits(v) {
  const str = v.toFixed(2); const [ip, fp] = str.split('.');
  for (let k = ip.length - 2; k >= 0; k--) if (ip[k] !== ip[k + 1]) { const a = ip.split(''); [a[k], a[k + 1]] = [a[k + 1], a[k]]; if (a[0] === '0') continue; return Number(a.join('') + '.' + fp); }
  return roundTo(v + 10, 2);
}
const num = m => typeof m.value === 'number';
const PLANTS = {
  'total-off': ms => { const c = ms.filter(m => m.kind === 'total' && num(m) && m.value > 100); if (!c.length) return null; const m = pick(c); const d = pick([100, 1000, 10, 0.5 * m.value > 1000 ? 500 : 50]); return [m, roundTo(m.value + (rng() < 0.5 ? d : -d), 2)]; },
  'subtotal-off': ms => { const c = ms.filter(m => m.kind === 'subtotal' && num(m) && m.value > 100); if (!c.length) return null; const m = pick(c); return [m, roundTo(m.value * 1.03, 2)]; },
  'part-gt-whole': ms => {
    let c = ms.filter(m => m.kind === 'part-of' && num(m));
    if (c.length) { const m = pick(c); let whole = m.whole; if (whole == null) { const parent = TAXES.includes(m.item) ? '税收收入' : '非税收入'; const w = ms.find(x => x.kind === 'subtotal' && x.item === parent && x.col === m.col); if (!w) return null; whole = w.value; } return [m, roundTo(whole * 1.12, 2)]; }
    c = ms.filter(m => m.kind === 'leaf' && num(m) && TAXES.includes(m.item) && m.col === 'cur');
    if (!c.length) return null; const m = pick(c); const w = ms.find(x => x.kind === 'subtotal' && x.item === '税收收入' && x.col === 'cur'); return [m, roundTo(w.value * 1.05, 2)];
  },
  'pct-completion': ms => { const c = ms.filter(m => m.kind === 'pct-completion' && num(m)); if (!c.length) return null; const m = pick(c); return [m, roundTo(m.value + pick([-6.4, 3.1, 9.8, -2.5]), 1)]; },
  'pct-growth': ms => { const c = ms.filter(m => m.kind === 'pct-growth' && num(m) && Math.abs(m.value) > 1); if (!c.length) return null; const m = pick(c); const r = rng(); return [m, r < 0.4 ? -m.value : roundTo(m.value + pick([4.2, -3.7, 12.5]), 1)]; },
  'digit-swap': ms => { const c = ms.filter(m => (m.kind === 'leaf') && num(m) && m.value >= 100); if (!c.length) return null; const m = pick(c); const v = swapDigits(m.value); return v === m.value ? null : [m, v]; },
  'pct-share': ms => { const c = ms.filter(m => m.kind === 'pct-share' && num(m)); if (!c.length) return null; const m = pick(c); return [m, roundTo(m.value + pick([5, -4.3, 10.1]), 1)]; },
  'rowtotal-off': ms => { const c = ms.filter(m => m.kind === 'rowtotal' && num(m)); if (!c.length) return null; const m = pick(c); return [m, roundTo(m.value + pick([200, -90, 1000]), 2)]; },
  'diff-off': ms => { const c = ms.filter(m => m.kind === 'diff' && num(m) && Math.abs(m.value) > 10); if (!c.length) return null; const m = pick(c); return [m, swapDigits(Math.abs(m.value)) * Math.sign(m.value)]; },
};
const ORDER = ['total-off', 'part-gt-whole', 'pct-completion', 'pct-growth', 'digit-swap', 'subtotal-off', 'pct-share', 'rowtotal-off', 'diff-off'];
(async () => {
  const files = [...new Set(META.map(m => m.file))].sort();
  const chosen = files.filter((f, i) => i % 7 !== 6).slice(0, 30);
  const manifest = [];
  let k = 0;
  for (const f of chosen) {
    const ms = META.filter(m => m.file === f);
    let res = null, kind;
    for (let t = 0; t < ORDER.length && !res; t++) { kind = ORDER[(k + t) % ORDER.length]; res = PLANTS[kind](ms); }
    k++;
    if (!res) continue;
    const [m, nv] = res;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(DIR, 'clean', f));
    const cell = wb.getWorksheet(m.sheet).getCell(m.cell);
    if (cell.value !== m.value) throw new Error(`mismatch ${f} ${m.sheet}!${m.cell} ${cell.value} vs ${m.value}`);
    cell.value = nv;
    await wb.xlsx.writeFile(path.join(OUT, f));
    manifest.push({ file: f, sheet: m.sheet, cell: m.cell, original: m.value, planted: nv, kind });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('planted', manifest.length);
})();
