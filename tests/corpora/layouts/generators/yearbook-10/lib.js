'use strict';
// Shared helpers: seeded RNG, publisher rounding, cell specs, workbook/CSV writers, planting.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

function rng(seed) {
  let a = seed >>> 0;
  const f = () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.real = (lo, hi) => lo + f() * (hi - lo);
  return f;
}
// round half away from zero, robust to binary noise
function rd(x, d = 0) {
  const f = 10 ** d;
  const y = Number((Math.abs(x) * f).toPrecision(12));
  return Math.sign(x) * Math.round(y) / f;
}
const fmtFor = (d) => (d <= 0 ? '0' : '0.' + '0'.repeat(d));
// numeric cell with d decimals shown via number format
function N(x, d = 0, extra = {}) { return Object.assign({ v: rd(x, d), fmt: fmtFor(d), d }, extra); }
// text-typed number
function T(s, extra = {}) { return Object.assign({ v: String(s), text: true }, extra); }
// planted marker
function P(cell) { if (typeof cell === 'number') cell = { v: cell, d: 0, fmt: '0' }; return Object.assign({}, cell, { plant: true }); }
function pct(a, b, d = 1) { return (a / b) * 100; }
function growth(cur, prev) { return (cur / prev - 1) * 100; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function colLetter(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function shown(cell) {
  if (cell == null) return '';
  if (typeof cell !== 'object') return String(cell);
  if (cell.text) return cell.v;
  return cell.d != null ? Number(cell.v).toFixed(cell.d) : String(cell.v);
}

function plantValue(cell) {
  if (cell.text) {
    const s = String(cell.v);
    const m = s.match(/^(-?[\d,]*\.?\d+)(.*)$/);
    const num = Number(m[1].replace(/,/g, ''));
    const d = (m[1].split('.')[1] || '').length;
    let nv = rd(num * 1.07, d); if (nv === num) nv = rd(num + 7, d);
    return { old: s, nu: nv.toFixed(d) + m[2], cell: Object.assign({}, cell, { v: nv.toFixed(d) + m[2] }) };
  }
  const d = cell.d || 0; const v = cell.v;
  let nv = rd(v * 1.07, d);
  if (Math.abs(nv - v) < 7 && Math.abs(v) >= 1 && d === 0) nv = v + (v >= 0 ? 7 : -7);
  if (nv === v) nv = rd(v + 7, d);
  return { old: v, nu: nv, cell: Object.assign({}, cell, { v: nv }) };
}

async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((row, ri) => {
      (row || []).forEach((cell, ci) => {
        if (cell == null) return;
        const c = ws.getCell(ri + 1, ci + 1);
        if (typeof cell !== 'object') { c.value = cell; return; }
        c.value = cell.v;
        if (cell.fmt && !cell.text) c.numFmt = cell.fmt;
        if (cell.indent) c.alignment = { indent: cell.indent };
        if (cell.bold) c.font = { bold: true };
      });
    });
    (sh.merges || []).forEach((m) => ws.mergeCells(m));
    if (sh.widths) sh.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  }
  await wb.xlsx.writeFile(file);
}
function writeCsv(file, sheet, enc) {
  const esc = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  const txt = sheet.rows.map((row) => (row || []).map((c) => esc(shown(c))).join(',')).join('\r\n') + '\r\n';
  if (enc === 'gbk') fs.writeFileSync(file, require('iconv-lite').encode(txt, 'gbk'));
  else fs.writeFileSync(file, (enc === 'bom' ? '\ufeff' : '') + txt, 'utf8');
}

// find the planted cell, return {sheetIdx,r,c}
function findPlant(t) {
  for (let s = 0; s < t.sheets.length; s++) for (let r = 0; r < t.sheets[s].rows.length; r++) {
    const row = t.sheets[s].rows[r] || [];
    for (let c = 0; c < row.length; c++) if (row[c] && typeof row[c] === 'object' && row[c].plant) return { s, r, c };
  }
  return null;
}

async function emit(t, root) {
  const cleanDir = path.join(root, 'clean'), plDir = path.join(root, 'planted');
  const strip = (sheets) => sheets.map((sh) => Object.assign({}, sh, { rows: sh.rows.map((row) => (row || []).map((c) => (c && typeof c === 'object' && c.plant ? Object.assign({}, c, { plant: false }) : c))) }));
  const p = findPlant(t);
  const ext = t.csv ? '.csv' : '.xlsx';
  const out = async (dir, sheets) => { const f = path.join(dir, t.file + ext); if (t.csv) writeCsv(f, sheets[0], t.csv); else await writeXlsx(f, sheets); };
  await out(cleanDir, strip(t.sheets));
  if (!p) return null;
  const sheets = strip(t.sheets).map((sh) => Object.assign({}, sh, { rows: sh.rows.map((r) => (r || []).slice()) }));
  const pv = plantValue(t.sheets[p.s].rows[p.r][p.c]);
  sheets[p.s].rows[p.r][p.c] = Object.assign(pv.cell, { plant: false });
  await out(plDir, sheets);
  return { file: t.file + ext, sheet: t.csv ? t.file : t.sheets[p.s].name, cell: colLetter(p.c) + (p.r + 1), old: pv.old, new: pv.nu, what: t.plantWhat || '' };
}

module.exports = { rng, rd, N, T, P, pct, growth, sum, colLetter, emit, shown, fmtFor };
