module.paths.unshift('/work/main/node_modules');
// helpers for round-3 party-organisation layouts
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
let seed = 20250611;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function setSeed(s) { seed = s; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
// exact half-up rounding of num/den*scale to dec decimals (integers in, like Excel ROUND)
function rate(num, den, dec = 1, scale = 100) {
  if (den === 0) return null;
  const p = 10 ** dec; const n = num * scale * p, d = den;
  const sign = (n < 0) !== (d < 0) ? -1 : 1; const an = Math.abs(n), ad = Math.abs(d);
  const q = Math.floor((2 * an + ad) / (2 * ad)); return sign * q / p;
}
// round a float half-up to dec decimals
function rd(x, dec = 1) { const p = 10 ** dec; return Math.sign(x) * Math.round(Math.abs(x) * p + 1e-9) / p; }
// growth % = (this/last - 1) * 100
function growth(cur, last, dec = 1) { return rate(cur - last, last, dec); }
function sum(a) { return a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0); }
function colSum(rows, i) { return sum(rows.map(r => r[i])); }
function col(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function pct(x, dec = 1) { return x === null ? '—' : x.toFixed(dec) + '%'; }
// The planted copies and their list go to the system's temporary folder: the corpus keeps the clean sheets only.
const OUT = path.join(__dirname, '../../party-5'), PL = fs.mkdtempSync(path.join(require('os').tmpdir(), 'party-5-planted-'));
// cell: primitive or {v, fmt, f}
async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name || 'Sheet1');
    s.rows.forEach((row, r) => (row || []).forEach((c, ci) => {
      if (c === undefined || c === null || c === '') return;
      const cell = ws.getCell(r + 1, ci + 1);
      if (typeof c === 'object') {
        cell.value = c.f ? { formula: c.f, result: c.v } : c.v;
        if (c.fmt) cell.numFmt = c.fmt;
        if (c.indent) cell.alignment = { indent: c.indent };
      } else cell.value = c;
    }));
    for (const m of s.merges || []) ws.mergeCells(m);
    (s.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  }
  await wb.xlsx.writeFile(file);
}
function csvOut(file, sheet, rows) { const t = csvText(rows); if (sheet.gbk) fs.writeFileSync(file, require('iconv-lite').encode(t.replace(/^\ufeff/, ''), 'gbk')); else fs.writeFileSync(file, t); }
function csvText(rows) {
  const esc = v => { if (v === null || v === undefined) return ''; if (typeof v === 'object') v = v.v; v = String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
  return '\ufeff' + rows.map(r => (r || []).map(esc).join(',')).join('\r\n') + '\r\n';
}
function addr2rc(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return [+m[2] - 1, c - 1]; }
function cellVal(c) { return (c !== null && typeof c === 'object') ? c.v : c; }
// default plant: counts +7 (or +7% when >=100), rates x1.07 at same decimals; text handled
function plantValue(v, how) {
  if (typeof how === 'function') return how(v);
  if (typeof v === 'number') {
    if (Number.isInteger(v) && !how) return v >= 100 ? Math.round(v * 1.07) : v + 7;
    const dec = (String(v).split('.')[1] || '').length;
    if (v < 1 && v > 0) return rd(v * 1.07, Math.max(dec, 3));
    return rd(v * 1.07, Math.max(dec, 1));
  }
  if (typeof v === 'string') {
    const m = /^([\d.]+)(%|％|个|名|家|户|人)?$/.exec(v.replace(/,/g, ''));
    if (m) { const dec = (m[1].split('.')[1] || '').length; const x = parseFloat(m[1]); const nv = Number.isInteger(x) && !/%|％/.test(m[2]||'') ? (x >= 100 ? Math.round(x * 1.07) : x + 7) : rd(x * 1.07, dec); const s = v.includes(',') ? nv.toLocaleString('en-US') : nv.toFixed(dec); return s + (m[2] || ''); }
  }
  throw new Error('cannot plant ' + v);
}
const plants = [];
async function emit(file, sheets, plant) {
  const isCsv = file.endsWith('.csv');
  if (isCsv) csvOut(path.join(OUT, file), sheets[0], sheets[0].rows); else await writeXlsx(path.join(OUT, file), sheets);
  if (!plant) return;
  const sh = JSON.parse(JSON.stringify(sheets));
  const s = plant.sheet ? sh.find(x => x.name === plant.sheet) : sh[0];
  if (plant.row !== undefined) {
    const ri2 = s.rows.findIndex(rw => rw && rw.slice(0, plant.labelCols || 3).some(x => String(cellVal(x) ?? '').trim() === plant.row));
    if (ri2 < 0) throw new Error('no row ' + plant.row + ' in ' + file);
    plant.cell = col(plant.col) + (ri2 + 1 + (plant.offset || 0));
  }
  const [r, c] = addr2rc(plant.cell);
  const old = s.rows[r][c]; const ov = cellVal(old);
  const nv = plant.value !== undefined ? plant.value : plantValue(ov, plant.how);
  if (old !== null && typeof old === 'object') { s.rows[r][c] = { ...old, v: nv }; delete s.rows[r][c].f; } else s.rows[r][c] = nv;
  if (isCsv) csvOut(path.join(PL, file), s, s.rows); else await writeXlsx(path.join(PL, file), sh);
  plants.push({ file, sheet: s.name || 'Sheet1', cell: plant.cell, from: ov, to: nv, kind: plant.kind });
}
function savePlants(tag) { plants.forEach(p=>console.log('PLANT',JSON.stringify(p))); fs.writeFileSync(path.join(PL, `plants-${tag}.json`), JSON.stringify(plants, null, 1)); }
const towns = ['武康街道', '舞阳街道', '阜溪街道', '乾元镇', '新市镇', '洛舍镇', '钟管镇', '禹越镇', '新安镇', '莫干山镇', '雷甸镇', '下渚湖街道'];
const towns2 = ['龙山街道', '虹桥街道', '太平街道', '南坂镇', '溪口镇', '盐湖镇', '石牌镇', '樟树镇', '浒湾镇', '芦溪乡'];
const counties = ['德清县', '长兴县', '安吉县', '吴兴区', '南浔区'];
const counties2 = ['桐乡市', '海宁市', '平湖市', '嘉善县', '海盐县', '南湖区', '秀洲区'];
const cities = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];
module.exports = { rnd, setSeed, ri, rate, rd, growth, sum, colSum, col, pct, emit, savePlants, plants, towns, towns2, counties, counties2, cities };
