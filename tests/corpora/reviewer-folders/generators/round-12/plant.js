// Copies each clean folder named in plants-spec.json to planted/ and changes one figure.
// NODE_PATH=/work/main/node_modules node plant.js  -> planted/NN-*/, planted/plants.json
'use strict';
const L = require('./lib');
const { fs, path } = L;

function newValue(old, op) {
  if (typeof old !== 'number') throw new Error('not a number: ' + old);
  if (op.add) return old + op.add;
  const s = 10 ** op.dec;
  let v = Math.round(old * op.mul * s) / s;
  if (v === old) v = old + 1 / s;
  return v;
}
function parseCsvLine(line) { return line.split(','); } // our CSVs have no quoted commas

async function main() {
  const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'plants-spec.json'), 'utf8'));
  fs.rmSync(L.PLANTED, { recursive: true, force: true });
  fs.mkdirSync(L.PLANTED, { recursive: true });
  const out = [];
  for (const p of spec) {
    const src = path.join(L.CLEAN, p.folder); const dst = path.join(L.PLANTED, p.folder);
    fs.cpSync(src, dst, { recursive: true });
    const file = path.join(dst, p.file);
    let old; let nv;
    if (p.file.endsWith('.csv')) {
      const buf = fs.readFileSync(file);
      const gbk = !(buf[0] === 0xef && buf[1] === 0xbb);
      let text = gbk ? L.iconv.decode(buf, 'gbk') : buf.slice(3).toString('utf8');
      const lines = text.split('\r\n');
      const m = /^([A-Z]+)(\d+)$/.exec(p.cell);
      const c = m[1].charCodeAt(0) - 65; const ln = +m[2] - 1;
      const cells = parseCsvLine(lines[ln]);
      old = Number(cells[c]); nv = newValue(old, p.op); cells[c] = String(nv); lines[ln] = cells.join(',');
      text = lines.join('\r\n');
      fs.writeFileSync(file, gbk ? L.iconv.encode(text, 'gbk') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    } else {
      const wb = new L.ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(p.sheet);
      const cell = ws.getCell(p.cell);
      old = cell.value; nv = newValue(old, p.op); cell.value = nv;
      await wb.xlsx.writeFile(file);
    }
    out.push({ folder: p.folder, file: p.file, sheet: p.sheet, cell: p.cell, old, new: nv, what: p.what });
  }
  fs.writeFileSync(path.join(L.PLANTED, 'plants.json'), JSON.stringify(out, null, 1));
  console.log(`planted ${out.length}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
