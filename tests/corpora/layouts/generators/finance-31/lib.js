const ExcelJS = require('exceljs');

// seeded RNG
let seed = 20240531;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function setSeed(s) { seed = s; }
function uni(a, b) { return a + (b - a) * rnd(); }
function rint(a, b) { return Math.floor(uni(a, b + 1)); }

// round half away from zero with epsilon guard
function rd(x, d) {
  if (typeof x !== 'number') return x;
  const f = Math.pow(10, d);
  const y = Math.abs(x) * f;
  let r = Math.floor(y + 0.5 + 1e-9);
  return (x < 0 ? -r : r) / f;
}

// make a raw entity with current and previous-year figures
function mkEntity(name, scale, opt = {}) {
  const n = Math.max(3, Math.round(scale * uni(80, 400)));
  const lossRate = opt.lossRate != null ? opt.lossRate : uni(0.08, 0.35);
  const l = Math.max(0, Math.min(n, Math.round(n * lossRate)));
  const A = n * uni(1.2, 6.0); // 亿元
  const L = A * uni(0.4, 0.75);
  const R = A * uni(0.5, 1.4);
  const C = R * uni(0.78, 0.92);
  let P;
  if (opt.profit != null) P = opt.profit * R; else P = R * uni(0.01, 0.09);
  const emp = n * uni(0.005, 0.03); // 万人
  const e = {
    name, n, l, A, L, R, C, P, emp,
    lossAmt: R * uni(0.005, 0.03),
    recv: R * uni(0.1, 0.25),
    inv: R * uni(0.04, 0.1),
  };
  // previous year
  const g = () => uni(0.9, 1.15);
  const prev = {
    n: Math.max(3, Math.round(n / uni(0.97, 1.06))),
    A: A / g(), L: 0, R: R / g(), C: 0, emp: emp / g(),
    lossAmt: e.lossAmt / uni(0.7, 1.4), recv: e.recv / g(), inv: e.inv / g(),
  };
  prev.l = Math.max(0, Math.min(prev.n, Math.round(prev.n * uni(0.08, 0.35))));
  prev.L = prev.A * uni(0.4, 0.75);
  prev.C = prev.R * uni(0.78, 0.92);
  if (opt.prevProfit != null) prev.P = opt.prevProfit * prev.R; else prev.P = prev.R * uni(0.01, 0.09);
  e.prev = prev;
  return e;
}

const KEYS = ['n', 'l', 'A', 'L', 'R', 'C', 'P', 'emp', 'lossAmt', 'recv', 'inv'];
function sumEntities(name, kids) {
  const e = { name, kids, prev: {} };
  for (const k of KEYS) {
    e[k] = kids.reduce((s, c) => s + c[k], 0);
    e.prev[k] = kids.reduce((s, c) => s + c.prev[k], 0);
  }
  return e;
}

function growth(cur, prev, d = 1) { return rd((cur / prev - 1) * 100, d); }
function profitGrowth(cur, prev, style = 'word') {
  if (prev > 0) return growth(cur, prev);
  if (style === 'dash') return '—';
  if (cur >= 0) return '扭亏';
  return cur < prev ? '增亏' : '减亏';
}

// write a table into a worksheet
// spec: {title, unit, unitRight, header: [[...]], merges: ['A3:A4'], rows: [[label, v...]], fmts: [null,'0','0.0',...], notes: [], indent: {rowIdx: level}, startRow, colWidths}
function writeTable(ws, spec) {
  let r = spec.startRow || 1;
  const ncol = Math.max(...spec.header.map(h => h.length));
  const lastCol = colName(ncol);
  if (spec.title) {
    ws.getCell(`A${r}`).value = spec.title;
    if (spec.mergeTitle !== false) ws.mergeCells(`A${r}:${lastCol}${r}`);
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
    ws.getCell(`A${r}`).font = { bold: true, size: 14 };
    r++;
  }
  if (spec.unit) {
    if (spec.unitRight) { ws.getCell(`${lastCol}${r}`).value = spec.unit; ws.getCell(`${lastCol}${r}`).alignment = { horizontal: 'right' }; }
    else ws.getCell(`A${r}`).value = spec.unit;
    r++;
  }
  const h0 = r;
  for (const hrow of spec.header) {
    hrow.forEach((v, i) => { if (v != null) ws.getCell(r, i + 1).value = v; ws.getCell(r, i + 1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; });
    r++;
  }
  for (const m of spec.merges || []) {
    // merges given relative to header start: e.g. [r0,c0,r1,c1] zero-based within header
    ws.mergeCells(h0 + m[0], m[1] + 1, h0 + m[2], m[3] + 1);
  }
  const d0 = r;
  spec.rows.forEach((row, ri) => {
    row.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      const fmt = spec.fmts && spec.fmts[i];
      if (typeof v === 'number' && fmt != null) {
        const d = fmt.includes('.') ? fmt.split('.')[1].length : 0;
        const val = rd(v, d);
        if (spec.textNumbers) { cell.value = val.toFixed(d); cell.alignment = { horizontal: 'right' }; }
        else { cell.value = val; cell.numFmt = fmt; }
      } else {
        cell.value = v;
        if (i > 0 && typeof v === 'string') cell.alignment = { horizontal: 'right' };
      }
    });
    const lvl = spec.indent && spec.indent[ri];
    if (lvl) ws.getCell(r, 1).alignment = { indent: lvl };
    r++;
  });
  for (const n of spec.notes || []) { ws.getCell(`A${r}`).value = n; r++; }
  ws.getColumn(1).width = 34;
  for (let i = 2; i <= ncol; i++) ws.getColumn(i).width = 13;
  return { dataStart: d0, dataEnd: r - 1 - (spec.notes || []).length, next: r };
}
function colName(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

async function save(wb, path) { await wb.xlsx.writeFile(path); }
function newWb() { return new ExcelJS.Workbook(); }

module.exports = { rnd, uni, rint, rd, setSeed, mkEntity, sumEntities, growth, profitGrowth, writeTable, colName, save, newWb, ExcelJS };
