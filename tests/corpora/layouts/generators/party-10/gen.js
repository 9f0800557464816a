'use strict';
// Regenerate: cd /tmp/round12-party/generators && NODE_PATH=/work/main/node_modules node gen.js
const fs = require('fs');
const path = require('path');
const { makeRng, rnd } = require('./lib');
const builders = [...require('./builders1'), ...require('./builders2'), ...require('./builders3'), ...require('./builders4'), ...require('./builders5'), ...require('./builders6')];
const ROOT = path.resolve(__dirname, '..');
const CLEAN = path.join(ROOT, 'clean'), PLANTED = path.join(ROOT, 'planted');

function csvText(rows) {
  const q = (v) => { if (v == null) return ''; const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
  return '\ufeff' + rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}
function a2rc(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return [Number(m[2]), c]; }
function plantValue(old, kind, dec, i) {
  if (kind === 'textrate') { const v = parseFloat(old); return rnd(v * 1.07, dec).toFixed(dec) + '%'; }
  if (typeof old === 'string') { const v = parseFloat(old); return rnd(v * 1.07, dec).toFixed(dec); }
  if (kind === 'total' || kind === 'subtotal') return Math.abs(old) >= 100 ? Math.round(old * 1.07) : old + 7 + (i % 4);
  if (kind === 'change' && !dec) return old + 7 + (i % 4);
  if (kind === 'change') return rnd(old + Math.max(Math.abs(old) * 0.07, 0.5), dec);
  return rnd(old * 1.07, dec); // rate, fracrate, totalamt
}

async function main() {
  for (const d of [CLEAN, PLANTED]) { fs.mkdirSync(d, { recursive: true }); for (const f of fs.readdirSync(d)) if (/\.(xlsx|csv)$/.test(f)) fs.unlinkSync(path.join(d, f)); }
  const plants = [];
  for (let i = 0; i < builders.length; i++) {
    const R = makeRng(20250 + i * 7919);
    const bk = builders[i](R);
    const choice = bk.aggs[(i * 5) % bk.aggs.length];
    if (bk.csv) {
      fs.writeFileSync(path.join(CLEAN, bk.file), csvText(bk.rows));
      const [r, c] = a2rc(choice.cell);
      const old = bk.rows[r - 1][c - 1];
      const nv = plantValue(old, choice.kind, choice.dec, i);
      bk.rows[r - 1][c - 1] = nv;
      fs.writeFileSync(path.join(PLANTED, bk.file), csvText(bk.rows));
      plants.push({ file: bk.file, sheet: null, cell: choice.cell, old, new: nv, kind: choice.kind });
    } else {
      await bk.wb.xlsx.writeFile(path.join(CLEAN, bk.file));
      const ws = bk.wb.getWorksheet(choice.sheet);
      const cell = ws.getCell(choice.cell);
      let old = cell.value; if (old && typeof old === 'object' && 'result' in old) old = old.result;
      const nv = plantValue(old, choice.kind, choice.dec, i);
      cell.value = nv; // typed over (a formula is replaced by the typed figure)
      await bk.wb.xlsx.writeFile(path.join(PLANTED, bk.file));
      plants.push({ file: bk.file, sheet: choice.sheet, cell: choice.cell, old, new: nv, kind: choice.kind });
    }
  }
  fs.writeFileSync(path.join(PLANTED, 'plants.json'), JSON.stringify(plants, null, 2));
  console.log(`wrote ${builders.length} clean files and ${plants.length} planted copies`);
}
main().catch((e) => { console.error(e); process.exit(1); });
