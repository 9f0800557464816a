// Apply plants: copy clean/NN-name to planted/NN-name and change one cell; writes /tmp/round10-review/plants.json
// usage: NODE_PATH=/work/main/node_modules node plant.js
'use strict';
const L = require('./lib');
const { fs, path } = L;
const PL = path.join(L.ROOT, 'planted');

function newValue(orig, p) {
  if (p.new !== undefined) return p.new;
  const o = typeof orig === 'number' ? orig : Number(String(orig).replace(/,/g, ''));
  return Math.round((o + p.delta) * 1000) / 1000;
}
function parseCsv(text) {
  const rows = []; let row = []; let f = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) { if (ch === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += ch; }
    else if (ch === '"') q = true;
    else if (ch === ',') { row.push(f); f = ''; }
    else if (ch === '\n') { row.push(f.replace(/\r$/, '')); rows.push(row); row = []; f = ''; }
    else f += ch;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  return rows;
}
function addr(a) { const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return [Number(m[2]), c]; }

async function apply(p) {
  const src = path.join(L.CLEAN, p.folder);
  const dst = path.join(PL, p.folder);
  fs.rmSync(dst, { recursive: true, force: true });
  fs.cpSync(src, dst, { recursive: true });
  const f = path.join(dst, p.file);
  let orig, nv;
  if (p.file.endsWith('.csv')) {
    const buf = fs.readFileSync(f);
    const gbk = p.encoding === 'gbk';
    let text = gbk ? L.iconv.decode(buf, 'gbk') : buf.toString('utf8');
    const bom = text.charCodeAt(0) === 0xfeff; if (bom) text = text.slice(1);
    const rows = parseCsv(text);
    const [ri, ci] = addr(p.cell);
    orig = rows[ri - 1][ci - 1];
    nv = newValue(/^-?[\d.]+$/.test(orig) ? Number(orig) : orig, p);
    rows[ri - 1][ci - 1] = String(nv);
    let out = L.csvText(rows);
    if (bom) out = '\ufeff' + out;
    fs.writeFileSync(f, gbk ? L.iconv.encode(out, 'gbk') : Buffer.from(out, 'utf8'));
  } else {
    const wb = new L.ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) throw new Error('no sheet ' + p.sheet + ' in ' + f);
    const cell = ws.getCell(p.cell);
    orig = cell.value;
    if (orig && typeof orig === 'object' && 'result' in orig) orig = orig.result;
    nv = newValue(orig, p);
    cell.value = nv;
    await wb.xlsx.writeFile(f);
  }
  if (String(orig) === String(nv)) throw new Error('no change ' + JSON.stringify(p));
  return { folder: p.folder, file: p.file, sheet: p.sheet, cell: p.cell, original: orig, planted: nv, what: p.what, crossOnly: !!p.crossOnly };
}

async function main() {
  const files = fs.readdirSync(__dirname).filter((x) => /^plants-\d+\.json$/.test(x)).sort();
  const man = [];
  for (const f of files) {
    for (const p of JSON.parse(fs.readFileSync(path.join(__dirname, f), 'utf8'))) {
      const m = await apply(p); man.push(m); console.log(m.folder, m.file, m.sheet, m.cell, m.original, '->', m.planted);
    }
  }
  fs.writeFileSync(path.join(L.ROOT, 'plants.json'), JSON.stringify(man, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
