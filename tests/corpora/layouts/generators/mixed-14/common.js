// Round 14 generator: realistic, exactly consistent sheets.
const ExcelJS = require('exceljs');
const path = require('path');
const OUT = path.join(__dirname, '..', 'clean');

let seed = 14014;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { a = Math.ceil(a); b = Math.floor(b); return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(v, d) { const f = Math.pow(10, d); return Math.round(v * f + (v >= 0 ? 1e-9 : -1e-9)) / f; }
function pct(n, b, d = 1) { return b === 0 ? 0 : r(n / b * 100, d); }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function colsum(rows, j) { return sum(rows.map(x => x[j])); }
function thou(n) { const s = Math.abs(n).toLocaleString('en-US'); return n < 0 ? '(' + s + ')' : s; }
function fmtd(n, d) { return n.toFixed(d); }

async function save(name, build) {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  await wb.xlsx.writeFile(path.join(OUT, name));
  console.log('wrote', name);
}
// write block of rows starting at row r0, returns next row
function put(ws, r0, rows, numFmts) {
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(r0 + i, j + 1);
      c.value = v;
      if (numFmts && typeof v === 'number' && numFmts[j]) c.numFmt = numFmts[j];
    });
  });
  return r0 + rows.length;
}
function title(ws, t, unit, ncol) {
  ws.getCell(1, 1).value = t;
  ws.mergeCells(1, 1, 1, ncol);
  if (unit) { ws.getCell(2, 1).value = unit; }
}

const towns = ['城关镇', '石桥镇', '龙泉镇', '白沙镇', '清水镇', '黄山乡', '双河乡', '桃源镇', '新店镇', '高坪乡', '柳林镇', '大湾乡'];
const districts = ['东湖区', '西山区', '南城区', '北塘区'];
const counties = ['青山县', '云溪县', '丰乐县', '安平县'];


module.exports={ExcelJS,OUT,rnd,ri,rf,r,pct,sum,colsum,thou,fmtd,save,put,title,towns,districts,counties};
