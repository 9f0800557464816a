'use strict';
const ExcelJS = require('exceljs');
let seed = 150015;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(v, d = 0) { const f = Math.pow(10, d); return Math.round(v * f + (v >= 0 ? 1e-7 : -1e-7)) / f; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function pct(n, b, d = 1) { return r(n / b * 100, d); }
function gr(t, l, d = 1) { return r((t / l - 1) * 100, d); }
function fmtOf(d, thou) { return d > 0 ? (thou ? '#,##0.' : '0.') + '0'.repeat(d) : (thou ? '#,##0' : '0'); }
class S {
  constructor(name) { this.name = name; this.rows = []; this.merges = []; this.dec = {}; this.plant = null; this.thou = false; this.widths = null; }
  // dec: number or array per column; numbers are rounded to dec when written
  add(arr, dec = 0) {
    const rr = this.rows.length + 1;
    const out = arr.map((v, j) => {
      if (typeof v === 'number') { const d = Array.isArray(dec) ? (dec[j] ?? 0) : dec; this.dec[rr + ',' + (j + 1)] = d; return r(v, d); }
      return v;
    });
    this.rows.push(out); return rr;
  }
  blank() { this.rows.push([]); return this.rows.length; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  setPlant(rr, c) { this.plant = [rr, c]; }
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
      if (planted && s.plant && s.plant[0] === i + 1 && s.plant[1] === j + 1) val = planted.new;
      c.value = val;
      const d = s.dec[(i + 1) + ',' + (j + 1)];
      if (typeof val === 'number' && d !== undefined) c.numFmt = fmtOf(d, s.thou);
    }));
    for (const m of s.merges) ws.mergeCells(...m);
    const ncol = Math.max(...s.rows.map((x) => x.length));
    for (let j = 1; j <= ncol; j++) ws.getColumn(j).width = j === 1 ? 26 : 13;
  }
  await wb.xlsx.writeFile(file);
}
const districts = ['东湖区', '西山区', '南城区', '北塘区'];
const counties = ['青山县', '云溪县', '丰乐县', '安平县', '永和县'];
const towns = ['城关镇', '石桥镇', '龙泉镇', '白沙镇', '清水镇', '黄山乡', '双河乡', '桃源镇', '新店镇', '高坪乡', '柳林镇', '大湾乡', '金鸡街道', '凤凰街道'];
module.exports = { ExcelJS, rnd, ri, rf, r, sum, pct, gr, S, colL, writeBook, districts, counties, towns };
