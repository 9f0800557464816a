// Generate clean workbooks + planted copies.  NODE_PATH=/work/main/node_modules node gen.js
const fs = require('fs'), path = require('path');
const L = require('./lib');
const builders = [...require('./b1'), ...require('./b2'), ...require('./b3'), ...require('./b4')];
const VAR = ['01', '02', '05', '09', '12', '14', '17', '21', '23', '30'];
for (const id of VAR) { const b0 = builders.find((b) => b.file.startsWith(id + '-')); if (b0) builders.push({ ...b0, file: '4' + VAR.indexOf(id) + '-' + b0.file.slice(3).replace(/\.(xlsx|csv)$/, '（乙）.$1'), seedAdd: 977 }); }
const CLEAN = path.join(__dirname, 'clean'), PLANTED = path.join(__dirname, 'planted');

function bumpNum(v, kind) {
  if (typeof v !== 'number') return null;
  if (kind === 'rate') { const s = String(v); const d = s.includes('.') ? s.split('.')[1].length : 0; let n = L.r(v * 1.07, Math.max(d, 1)); if (n === v) n = L.r(v + 1, 1); return n; }
  return v + 7;
}
(async () => {
  for (const d of [CLEAN, PLANTED]) { fs.mkdirSync(d, { recursive: true }); for (const f of fs.readdirSync(d)) fs.unlinkSync(path.join(d, f)); }
  const manifest = [];
  let seed = 1500;
  for (const b of builders) {
    seed += 17;
    const R = L.rng(seed + (b.seedAdd || 0));
    if (b.csv) {
      const { rows, plant } = b.build(R);
      L.saveCsv(rows, b.file, b.enc);
      const pr = rows.map((x) => x.slice());
      const old = pr[plant.row - 1][plant.col - 1];
      const nv = bumpNum(old, plant.kind);
      pr[plant.row - 1][plant.col - 1] = nv;
      fs.renameSync(path.join(CLEAN, b.file), path.join(CLEAN, b.file)); // keep
      const tmpOut = L.OUT; // write planted via same function into planted dir
      const text = pr;
      const saveTo = (dir) => { const p0 = L.OUT; };
      // write planted csv
      const csvCell = (v) => { if (v === null || v === undefined) return ''; const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
      const t = pr.map((rw) => rw.map(csvCell).join(',')).join('\r\n') + '\r\n';
      if (b.enc === 'gbk') fs.writeFileSync(path.join(PLANTED, b.file), L.iconv.encode(t, 'gbk'));
      else fs.writeFileSync(path.join(PLANTED, b.file), (b.enc === 'bom' ? '\ufeff' : '') + t, 'utf8');
      manifest.push({ file: b.file, sheet: null, cell: L.addr(plant.row, plant.col), kind: plant.kind, old, new: nv });
      continue;
    }
    const wb = new L.ExcelJS.Workbook();
    wb.creator = '组织部统计员';
    const sheets = [];
    const origAdd = wb.addWorksheet.bind(wb);
    const plants = [];
    const ctx = { plants };
    // capture Sheet instances via monkeypatched Sheet.plant
    const oldPlant = L.Sheet.prototype.plant;
    L.Sheet.prototype.plant = function (row, col, kind) { plants.push({ sheet: this.name, row, col, kind }); };
    b.build(wb, R, ctx);
    L.Sheet.prototype.plant = oldPlant;
    await wb.xlsx.writeFile(path.join(CLEAN, b.file));
    if (!plants.length) { console.warn('no plant for', b.file); continue; }
    const p = plants[0];
    const ws = wb.getWorksheet(p.sheet);
    const cell = ws.getCell(p.row, p.col);
    const old = cell.value;
    const nv = bumpNum(old, p.kind);
    if (nv === null) { console.warn('plant cell not numeric', b.file, p, old); continue; }
    cell.value = nv;
    await wb.xlsx.writeFile(path.join(PLANTED, b.file));
    manifest.push({ file: b.file, sheet: p.sheet, cell: L.addr(p.row, p.col), kind: p.kind, old, new: nv });
  }
  fs.writeFileSync(path.join(PLANTED, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('generated', builders.length, 'files; plants', manifest.length);
})().catch((e) => { console.error(e); process.exit(1); });
