// helpers for building clean party-organisation statistics sheets
const ExcelJS = require('exceljs');

let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function setSeed(s) { seed = s; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }

// exact half-up (away from zero) rounding of num/den*scale to dec decimals, as Excel ROUND does
function rate(num, den, dec = 1, scale = 100) {
  if (den === 0) return null;
  const p = 10 ** dec;
  const n = num * scale * p, d = den;
  const sign = (n < 0) !== (d < 0) ? -1 : 1;
  const an = Math.abs(n), ad = Math.abs(d);
  const q = Math.floor((2 * an + ad) / (2 * ad));
  return sign * q / p;
}
function fix(x, dec) { return x === null ? '—' : x.toFixed(dec); }
const FW = '０１２３４５６７８９';
function fw(n) { return String(n).replace(/[0-9]/g, (c) => FW[+c]); }
function thou(n) { return n.toLocaleString('en-US'); }
function sum(arr) { return arr.reduce((a, b) => a + b, 0); }
function colLetter(i) { // 1-based
  let s = ''; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s;
}

// sheet spec: {name, rows: [[cell...]], merges: ['A1:H1'], widths}
// a cell: primitive, or {v, fmt, f (formula, v is the cached result), align}
async function write(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((c, ci) => {
        if (c === undefined || c === null || c === '') return;
        const cell = ws.getCell(r + 1, ci + 1);
        if (typeof c === 'object' && !(c instanceof Date)) {
          if (c.f) cell.value = { formula: c.f, result: c.v };
          else cell.value = c.v;
          if (c.fmt) cell.numFmt = c.fmt;
          if (c.indent) cell.alignment = { indent: c.indent };
        } else cell.value = c;
      });
    });
    for (const m of s.merges || []) ws.mergeCells(m);
    (s.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  }
  await wb.xlsx.writeFile(file);
}

module.exports = { rnd, setSeed, ri, rate, fix, fw, thou, sum, colLetter, write };
