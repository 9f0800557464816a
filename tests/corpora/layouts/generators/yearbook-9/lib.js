// shared helpers: seeded rng, rounding, table -> sheet spec, writing xlsx
const ExcelJS = require('exceljs');
function rng(seed) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; }; }
function rd(x, d = 0) { const m = 10 ** d; return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; }
const sum = (a) => a.reduce((p, c) => p + c, 0);
const gr = (c, p) => (c / p - 1) * 100;
function colL(n) { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
// table spec: {name,title,unit,head:[[...]], headMerges:[[r1,c1,r2,c2] relative 0-based], body:[[...]], notes:[], fmts:{col:fmt}, hidden:[bodyIdx], extraTop:[[..]]}
// cell value: number | string | null | {f,v} formula | {t:'text'} text number | {v,fmt}
function table(o) {
  const rows = []; const merges = []; const ncol = Math.max(...o.head.map(h => h.length));
  rows.push([o.title]); merges.push([1, 1, 1, ncol]);
  if (o.extraTop) for (const r of o.extraTop) rows.push(r);
  if (o.unit !== undefined) { const r = new Array(ncol).fill(null); r[ncol - 1] = o.unit; rows.push(r); }
  const h0 = rows.length + 1;
  for (const h of o.head) rows.push(h);
  for (const m of (o.headMerges || [])) merges.push([h0 + m[0], m[1] + 1, h0 + m[2], m[3] + 1]);
  const b0 = rows.length + 1;
  for (const r of o.body) rows.push(r);
  for (const m of (o.bodyMerges || [])) merges.push([b0 + m[0], m[1] + 1, b0 + m[2], m[3] + 1]);
  for (const n of (o.notes || [])) rows.push([n]);
  return { name: o.name || 'Sheet1', rows, merges, fmts: o.fmts || {}, hidden: (o.hidden || []).map(i => b0 + i), bodyStart: b0, headStart: h0, rowFmts: o.rowFmts || {} };
}
function addr(col, row) { return colL(col) + row; }
async function write(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const c = row.getCell(j + 1);
        if (typeof v === 'object') {
          if ('f' in v) c.value = { formula: v.f, result: v.v };
          else if ('t' in v) c.value = v.t;
          else c.value = v.v;
          if (v.fmt) c.numFmt = v.fmt;
        } else c.value = v;
        if (typeof c.value === 'number' || (c.value && c.value.formula)) {
          const f = s.fmts[j] || s.rowFmts[i + 1]; if (f && !c.numFmt) c.numFmt = f;
        }
      });
      if (s.hidden.includes(i + 1)) row.hidden = true;
    });
    for (const m of s.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getColumn(1).width = 28;
  }
  await wb.xlsx.writeFile(file);
}
module.exports = { rng, rd, sum, gr, colL, table, addr, write };
