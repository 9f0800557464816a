'use strict';
const ExcelJS = require('exceljs');
let seed = 160016;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(v, d = 0) { const f = Math.pow(10, d); return Math.round(v * f + (v >= 0 ? 1e-7 : -1e-7)) / f; }
function sum(a) { return a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0); }
function pct(n, b, d = 1) { return r(n / b * 100, d); }
function gr(t, l, d = 1) { return r((t / l - 1) * 100, d); }
function fmtOf(d, thou) { return d > 0 ? (thou ? '#,##0.' : '0.') + '0'.repeat(d) : (thou ? '#,##0' : '0'); }
const colSum = (rows, j) => sum(rows.map((x) => x[j]));
class S {
  constructor(name) { this.name = name; this.rows = []; this.merges = []; this.dec = {}; this.fmt = {}; this.plant = null; this.thou = false; this.hidden = []; this.wrap = {}; }
  // dec: number or array per column (null = leave as is); numbers rounded to dec
  add(arr, dec = 0) {
    const rr = this.rows.length + 1;
    const out = arr.map((v, j) => {
      if (typeof v === 'number') { const d = Array.isArray(dec) ? (dec[j] ?? 0) : dec; if (d === null) return v; this.dec[rr + ',' + (j + 1)] = d; return r(v, d); }
      return v;
    });
    this.rows.push(out); return rr;
  }
  blank() { this.rows.push([]); return this.rows.length; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  setFmt(rr, c, f) { this.fmt[rr + ',' + c] = f; }
  setPlant(rr, c) { this.plant = [rr, c]; }
  hide(rr) { this.hidden.push(rr); }
}
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
async function writeBook(file, sheets, planted) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(i + 1, j + 1);
      let val = v;
      if (planted && planted.sheet === s.name && s.plant && s.plant[0] === i + 1 && s.plant[1] === j + 1) val = planted.new;
      c.value = val;
      const k = (i + 1) + ',' + (j + 1);
      if (s.fmt[k]) c.numFmt = s.fmt[k];
      else if (typeof val === 'number' && s.dec[k] !== undefined) c.numFmt = fmtOf(s.dec[k], s.thou);
      if (typeof val === 'string' && val.includes('\n')) c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }));
    for (const m of s.merges) ws.mergeCells(...m);
    for (const h of s.hidden) ws.getRow(h).hidden = true;
    const ncol = Math.max(...s.rows.map((x) => x.length));
    for (let j = 1; j <= ncol; j++) ws.getColumn(j).width = j <= 2 ? 18 : 11;
  }
  await wb.xlsx.writeFile(file);
}
const fw = (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xFF10 + +d)).replace(/\./g, '．');
const median = (a) => { const b = [...a].sort((x, y) => x - y); const m = b.length >> 1; return b.length % 2 ? b[m] : (b[m - 1] + b[m]) / 2; };
const districts = ['江城区', '湖滨区', '东岭区'];
const counties = ['青阳县', '云溪县', '丰乐县', '安平县', '永和县', '石门县'];
const towns = ['城关镇', '石桥镇', '龙泉镇', '白沙镇', '清水镇', '黄岭乡', '双河乡', '桃源镇', '新店镇', '高坪乡', '柳林镇', '大湾乡', '金鸡街道', '凤凰街道'];
module.exports = { ExcelJS, rnd, ri, rf, r, sum, pct, gr, S, colL, writeBook, colSum, fw, median, districts, counties, towns };
