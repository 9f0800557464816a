'use strict';
const ExcelJS = require('exceljs');

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function makeRng(seed) {
  const f = mulberry32(seed);
  const R = {
    f,
    int: (a, b) => a + Math.floor(f() * (b - a + 1)),
    frac: (a, b) => a + f() * (b - a),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    // integer in [lo*n, hi*n]
    part: (n, lo, hi) => Math.min(n, Math.max(0, Math.round(n * (lo + f() * (hi - lo))))),
    // split n into k non-negative parts with given weights (randomised)
    split: (n, weights) => {
      const w = weights.map((x) => x * (0.6 + 0.8 * f()));
      const s = w.reduce((a, b) => a + b, 0);
      const parts = w.map((x) => Math.floor((n * x) / s));
      let rest = n - parts.reduce((a, b) => a + b, 0);
      let i = 0;
      while (rest > 0) { parts[i % parts.length]++; rest--; i += 1 + Math.floor(f() * 2); }
      return parts;
    },
  };
  return R;
}
// half-up rounding robust to binary representation
function rnd(x, d) {
  const f = 10 ** d;
  const y = x * f;
  const s = Math.sign(y) || 1;
  return (s * Math.round(Math.abs(y) * (1 + 1e-12) + 1e-9)) / f;
}
function rate(n, b, d = 1) { return b > 0 ? rnd((n / b) * 100, d) : null; }
function sum(a) { return a.reduce((x, y) => x + (typeof y === 'number' ? y : 0), 0); }
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function addr(r, c) { return colL(c) + r; }
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

class Book {
  constructor(file, title) { this.file = file; this.wb = new ExcelJS.Workbook(); this.wb.creator = 'clerk'; this.aggs = []; this.title = title; }
  sheet(name, opts) { const ws = this.wb.addWorksheet(name, opts); return ws; }
  // register aggregate candidate
  agg(ws, r, c, kind, dec) { this.aggs.push({ sheet: ws.name, cell: addr(r, c), kind, dec: dec == null ? 0 : dec }); }
}
// write a value with optional format; v may be {f, v} (formula), {t:'text'} etc.
function put(ws, r, c, v, fmt, border = true) {
  const cell = ws.getCell(r, c);
  if (v && typeof v === 'object' && 'f' in v) cell.value = { formula: v.f, result: v.v };
  else cell.value = v === undefined ? null : v;
  if (fmt) cell.numFmt = fmt;
  if (border) cell.border = BORDER;
  return cell;
}
function row(ws, r, c0, vals, fmts, border = true) {
  vals.forEach((v, i) => put(ws, r, c0 + i, v, Array.isArray(fmts) ? fmts[i] : fmts, border));
}
function title(ws, r, text, ncols) {
  const c = ws.getCell(r, 1); c.value = text; c.font = { bold: true, size: 14 }; c.alignment = { horizontal: 'center' };
  if (ncols > 1) ws.mergeCells(r, 1, r, ncols);
}
function merge(ws, r1, c1, r2, c2, text) { ws.getCell(r1, c1).value = text; ws.mergeCells(r1, c1, r2, c2); ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = BORDER; }
function widths(ws, arr) { arr.forEach((w, i) => (ws.getColumn(i + 1).width = w)); }

const CITY_A = ['江城区', '江北区', '滨湖区', '临江高新区', '青山县', '石桥县', '云岭县', '安平县'];
const CITY_B = ['东湖区', '西塘区', '南岸区', '北关区', '经开区', '宁远县', '清河县', '柳林县', '白沙县', '永丰县'];
const CITY_C = ['城关区', '新华区', '桥西区', '长乐县', '凤台县', '金沙县', '南山县'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '柳树镇', '红星乡', '白马镇', '青龙镇', '石门乡', '杨柳街道', '新河镇', '马庄镇', '双桥乡', '桃园街道', '沙河镇', '李集镇', '龙泉街道'];

module.exports = { makeRng, rnd, rate, sum, colL, addr, Book, put, row, title, merge, widths, BORDER, CITY_A, CITY_B, CITY_C, TOWNS };
