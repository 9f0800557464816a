const ExcelJS = require('exceljs');
const fs = require('fs'); const path = require('path');
let seed = 6006;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function setSeed(s) { seed = s; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rate(num, den, dec = 1, scale = 100) {
  if (den === 0) return null;
  const p = 10 ** dec; const n = num * scale * p, d = den;
  const sign = (n < 0) !== (d < 0) ? -1 : 1; const an = Math.abs(n), ad = Math.abs(d);
  const q = Math.floor((2 * an + ad) / (2 * ad)); return sign * q / p;
}
function rd(x, dec = 1) { const p = 10 ** dec; return Math.sign(x) * Math.round(Math.abs(x) * p + 1e-9) / p; }
function sum(a) { return a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0); }
function col(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
const FW = '０１２３４５６７８９';
const fw = x => String(x).replace(/[0-9]/g, d => FW[+d]);
const thou = x => x.toLocaleString('en-US');
// invented unique place names
const A = '青白金石龙凤云松柳桃梅兰竹枫樟桂槐杏榆柏禾稻麦粟茶溪泉湖塘坪岗岭峪坝沟湾洲渚浦港'.split('');
const B = '阳安宁平和丰顺泰兴盛昌隆源康福寿祥瑞华茂林山川河水田台桥埠集店铺庄屯堡寨圩'.split('');
const used = new Set();
function uname(suffix) { for (;;) { const n = A[ri(0, A.length - 1)] + B[ri(0, B.length - 1)] + (rnd() < 0.2 ? A[ri(0, A.length - 1)] : ''); if (used.has(n)) continue; used.add(n); return n + suffix; } }
function towns(k) { return Array.from({ length: k }, (_, i) => uname(i % 3 === 0 ? '街道' : i % 5 === 4 ? '乡' : '镇')); }
// coverage record
function covRec(name, lo = 40, hi = 600) {
  const ent = ri(lo, hi); const own = ri(Math.floor(ent * .08), Math.floor(ent * .3));
  const dw = ri(0, Math.max(0, Math.floor(own * .1))); const dzz = ri(0, Math.floor(own * .15)); const zb = own - dw - dzz;
  const jn = ri(1, Math.max(1, Math.floor((ent - own) / 6))); const jc = ri(2 * jn, Math.min(ent - own, 2 * jn + ri(0, jn * 4)));
  const cov = own + jc; return { name, ent, dw, dzz, zb, own, jn, jc, cov, r: rate(cov, ent) };
}
function totRec(name, rs) { const t = { name }; for (const k of ['ent', 'dw', 'dzz', 'zb', 'own', 'jn', 'jc', 'cov']) t[k] = sum(rs.map(r => r[k])); t.r = rate(t.cov, t.ent); return t; }
const OUT = path.join(__dirname, '../../party-6'), PL = fs.mkdtempSync(path.join(require('os').tmpdir(), 'party-6-planted-'));
// cell: primitive or {v, f, fmt, comment}
async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const opts = {};
    if (s.freeze) opts.views = [{ state: 'frozen', xSplit: s.freeze[0], ySplit: s.freeze[1] }];
    const ws = wb.addWorksheet(s.name || 'Sheet1', opts);
    s.rows.forEach((row, r) => (row || []).forEach((c, ci) => {
      if (c === undefined || c === null || c === '') return;
      const cell = ws.getCell(r + 1, ci + 1);
      if (typeof c === 'object') {
        if (c.v === undefined && !c.f) { } else cell.value = c.f ? { formula: c.f, result: c.v } : c.v;
        if (c.fmt) cell.numFmt = c.fmt;
        if (c.comment) cell.note = c.comment;
      } else cell.value = c;
    }));
    for (const m of s.merges || []) ws.mergeCells(m);
    for (const h of s.hidden || []) ws.getColumn(h + 1).hidden = true;
    for (const h of s.hiddenRows || []) ws.getRow(h + 1).hidden = true;
    (s.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  }
  await wb.xlsx.writeFile(file);
}
function csvText(rows) {
  const esc = v => { if (v === null || v === undefined) return ''; if (typeof v === 'object') v = v.v; v = String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
  return rows.map(r => (r || []).map(esc).join(',')).join('\r\n') + '\r\n';
}
function addr2rc(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return [+m[2] - 1, c - 1]; }
const cv = c => (c !== null && typeof c === 'object') ? c.v : c;
const unfw = s => s.replace(/[０-９]/g, d => String(FW.indexOf(d)));
function plantValue(v, kind) {
  const isRate = /^rate/.test(kind);
  if (typeof v === 'number') {
    if (isRate) { if (v <= 1.5 && v > 0 && !Number.isInteger(v)) return rd(v * 1.1, 4); const dec = (String(v).split('.')[1] || '').length; return rd(v * 1.1, Math.max(dec, 1)); }
    return v >= 100 ? Math.round(v * 1.07) : v + 7;
  }
  if (typeof v === 'string') {
    const isFw = /[０-９]/.test(v); const s = unfw(v);
    const m = /^(\s*)([\d,.]+)(%?)(\s*)$/.exec(s); if (!m) throw new Error('cannot plant ' + v);
    const num = m[2].replace(/,/g, ''); const dec = (num.split('.')[1] || '').length; const x = parseFloat(num);
    let nv = (isRate || m[3]) ? rd(x * 1.1, dec) : (x >= 100 ? Math.round(x * 1.07) : x + 7);
    let t = m[2].includes(',') ? thou(nv) : nv.toFixed(dec); if (isFw) t = fw(t);
    return m[1] + t + m[3] + m[4];
  }
  throw new Error('cannot plant ' + v);
}
const plants = [];
function findRow(rows, label) { return rows.findIndex(rw => rw && rw.slice(0, 3).some(x => String(cv(x) ?? '').replace(/\s/g, '') === label.replace(/\s/g, ''))); }
async function emit(file, sheets, plant) {
  const isCsv = file.endsWith('.csv');
  if (isCsv) fs.writeFileSync(path.join(OUT, file), csvText(sheets[0].rows)); else await writeXlsx(path.join(OUT, file), sheets);
  if (!plant) return;
  const sh = sheets.map(s => ({ ...s, rows: s.rows.map(r => r ? r.map(c => (c && typeof c === 'object') ? { ...c } : c) : r) }));
  const s = plant.sheet ? sh.find(x => x.name === plant.sheet) : sh[0];
  let r, c;
  if (plant.row !== undefined) { r = findRow(s.rows, plant.row) + (plant.offset || 0); if (r < (plant.offset || 0)) throw new Error('no row ' + plant.row + ' in ' + file); c = plant.col; }
  else[r, c] = addr2rc(plant.cell);
  const old = s.rows[r][c]; const ov = cv(old);
  const nv = plant.value !== undefined ? plant.value : plantValue(ov, plant.kind);
  if (old !== null && typeof old === 'object') { s.rows[r][c] = { ...old, v: nv }; delete s.rows[r][c].f; } else s.rows[r][c] = nv;
  if (isCsv) fs.writeFileSync(path.join(PL, file), csvText(s.rows)); else await writeXlsx(path.join(PL, file), sh);
  plants.push({ file, sheet: s.name || 'Sheet1', cell: col(c) + (r + 1), from: ov, to: nv, kind: plant.kind, habit: plant.habit });
}
function savePlants(tag) {
  fs.writeFileSync(path.join(PL, `plants-${tag}.json`), JSON.stringify(plants, null, 1));
  const all = fs.readdirSync(PL).filter(f => /^plants-.*\.json$/.test(f)).sort().flatMap(f => JSON.parse(fs.readFileSync(path.join(PL, f))));
  const md = ['# Planted errors (one per file)', '', '| file | sheet | cell | from | to | kind | habit |', '|---|---|---|---|---|---|---|',
    ...all.map(p => `| ${p.file} | ${p.sheet} | ${p.cell} | ${JSON.stringify(p.from)} | ${JSON.stringify(p.to)} | ${p.kind} | ${p.habit || ''} |`)];
  fs.writeFileSync(path.join(PL, 'PLANTS.md'), md.join('\n') + '\n');
}
module.exports = { rnd, setSeed, ri, rate, rd, sum, col, fw, thou, uname, towns, covRec, totRec, emit, savePlants, plants };
