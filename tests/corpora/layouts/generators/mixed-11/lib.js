// Shared helpers for round-11 mixed generators. Run with NODE_PATH=/work/main/node_modules
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');

// Clean copies into the corpus, planted ones into a temporary folder.
const CLEAN = path.join(__dirname, '../../mixed-11');
const ROOT = fs.mkdtempSync(path.join(require('os').tmpdir(), 'mixed-11-planted-'));
const PLANTED = path.join(ROOT, 'planted');
const MANI = path.join(ROOT, 'manifests');
for (const d of [CLEAN, PLANTED, MANI]) fs.mkdirSync(d, { recursive: true });

function rng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.real = (lo, hi) => lo + f() * (hi - lo);
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.shuffle = (arr) => { const b = arr.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
  // split integer n into k positive-ish parts
  f.split = (n, k, minEach = 0) => {
    const w = Array.from({ length: k }, () => 0.2 + f());
    const rest = n - minEach * k; if (rest < 0) throw new Error('split too small');
    const sw = w.reduce((s, x) => s + x, 0);
    const parts = w.map((x) => Math.floor((rest * x) / sw));
    let left = rest - parts.reduce((s, x) => s + x, 0); let i = 0;
    while (left > 0) { parts[i % k]++; left--; i++; }
    return parts.map((p) => p + minEach);
  };
  return f;
}
const sum = (arr) => arr.reduce((s, x) => s + x, 0);
// half-up rounding robust to binary noise
function rd(x, d = 1) { const s = 10 ** d; const v = Math.abs(x) * s; const r = Math.floor(v + 0.5 + 1e-9) / s; return x < 0 ? -r : r; }
function pct(num, den, d = 1) { return den === 0 ? null : rd((num / den) * 100, d); }
function growth(cur, prev, d = 1) { return prev === 0 ? null : rd(((cur - prev) / prev) * 100, d); }
const fix = (x, d) => x.toFixed(d);

const TOWNS = ['城关镇', '东岭镇', '西河乡', '南山镇', '北坪镇', '石桥镇', '龙泉乡', '青山镇', '白沙镇', '柳溪乡', '桃源镇', '凤凰街道'];
const VILL1 = '红星 向阳 新民 和平 团结 光明 联合 胜利 前进 五星 建设 长丰 太平 兴隆 永安 金山 银河 杨柳 荷塘 梨园 枣林 桂花 高岭 石门 黄土 清水 大坪 小河 双桥 三合'.split(' ');
function villages(r, k) { return r.shuffle(VILL1).slice(0, k).map((x, i) => x + (i % 5 === 4 ? '社区' : '村')); }

function colName(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(c, r) { return colName(c) + r; }

// write 2D array into worksheet from row r0, col c0 (1-based). Values: number|string|null|{formula,result}|{v, fmt, ...}
function writeRows(ws, rows, r0 = 1, c0 = 1) {
  rows.forEach((row, i) => {
    (row || []).forEach((v, j) => {
      if (v === undefined || v === null) return;
      const cell = ws.getCell(r0 + i, c0 + j);
      if (v && typeof v === 'object' && 'v' in v) { cell.value = v.v; if (v.fmt) cell.numFmt = v.fmt; if (v.qp) cell.style = { ...cell.style, protection: undefined }; }
      else cell.value = v;
    });
  });
  return r0 + rows.length;
}
function border(ws, r1, r2, c1, c2) {
  const b = { style: 'thin' };
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: b, left: b, bottom: b, right: b };
}
function fmtRange(ws, r1, r2, c1, c2, fmt) { for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).numFmt = fmt; }

const plantsByGen = {};
// plant: {sheet, cell, planted, what} -> file copied with that one cell changed
async function save(wb, name, plant, gen) {
  const cp = path.join(CLEAN, name);
  await wb.xlsx.writeFile(cp);
  if (!plant) return;
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(cp);
  const ws = wb2.getWorksheet(plant.sheet);
  const cell = ws.getCell(plant.cell);
  const original = cell.value;
  let planted = plant.planted;
  if (typeof planted === 'function') planted = planted(original);
  cell.value = planted;
  await wb2.xlsx.writeFile(path.join(PLANTED, name));
  record(gen, { file: name, sheet: plant.sheet, cell: plant.cell, original, planted, what: plant.what });
}
function record(gen, p) {
  (plantsByGen[gen] = plantsByGen[gen] || []).push(p);
  fs.writeFileSync(path.join(MANI, gen + '.json'), JSON.stringify(plantsByGen[gen], null, 1));
}
function csvText(rows) {
  return rows.map((r) => r.map((v) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }).join(',')).join('\r\n') + '\r\n';
}
function encode(text, enc) {
  if (enc === 'gbk') return iconv.encode(text, 'gbk');
  if (enc === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return Buffer.from(text, 'utf8');
}
// plant: {r, c (0-based), planted, what}
function saveCsv(rows, name, enc, plant, gen) {
  fs.writeFileSync(path.join(CLEAN, name), encode(csvText(rows), enc));
  if (!plant) return;
  const rows2 = rows.map((r) => r.slice());
  const original = rows2[plant.r][plant.c];
  rows2[plant.r][plant.c] = plant.planted;
  fs.writeFileSync(path.join(PLANTED, name), encode(csvText(rows2), enc));
  record(gen, { file: name, sheet: path.basename(name, '.csv'), cell: addr(plant.c + 1, plant.r + 1), original, planted: plant.planted, what: plant.what });
}
// bump a count by +7% (at least +7)
const bump = (v) => { const n = typeof v === 'object' && v && 'result' in v ? v.result : v; return Number.isInteger(n) ? Math.max(n + 7, Math.round(n * 1.07)) : rd(n * 1.07, 2); };
const bumpRate = (v) => rd(Number(v) + 5, 1);

module.exports = { ExcelJS, rng, sum, rd, pct, growth, fix, TOWNS, villages, colName, addr, writeRows, border, fmtRange, save, saveCsv, record, bump, bumpRate, ROOT };

// A reporting-system form: meta block, 指标名称|代码|计量单位|本期|上年同期|增减% , 甲乙丙 row, footer.
// items: [{label, code, unit, cur, prev, d (decimals shown), nogrowth}] with precise cur/prev.
function formSheet(ws, o) {
  const ncol = o.header.length;
  let r = 1;
  ws.getCell(r, 1).value = o.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).alignment = { horizontal: 'center' }; ws.getCell(r, 1).font = { bold: true, size: 14 };
  r++;
  for (const [left, right] of o.meta) {
    if (left) ws.getCell(r, 1).value = left;
    if (right) { ws.getCell(r, ncol - 1).value = right; }
    r++;
  }
  const hr = r;
  o.header.forEach((h, j) => { ws.getCell(r, j + 1).value = h; ws.getCell(r, j + 1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; });
  r++;
  if (o.colnums !== false) { (o.colnums || ['甲', '乙', '丙', 1, 2, 3]).forEach((h, j) => { ws.getCell(r, j + 1).value = h; ws.getCell(r, j + 1).alignment = { horizontal: 'center' }; }); r++; }
  const first = r;
  const pos = {};
  for (const it of o.items) {
    const d = it.d ?? 1;
    const cur = it.cur == null ? null : rd(it.cur, d), prev = it.prev == null ? null : rd(it.prev, d);
    const cells = o.cols(it, cur, prev, d);
    cells.forEach((v, j) => { if (v !== null && v !== undefined) { const c = ws.getCell(r, j + 1); if (v && typeof v === 'object' && 'v' in v) { c.value = v.v; if (v.fmt) c.numFmt = v.fmt; } else c.value = v; } });
    pos[it.key || it.label.trim()] = r;
    r++;
  }
  border(ws, hr, r - 1, 1, ncol);
  r++;
  if (o.footer) { ws.getCell(r, 1).value = o.footer; r++; }
  if (o.note) { ws.getCell(r, 1).value = o.note; r++; }
  ws.getColumn(1).width = 30;
  for (let j = 2; j <= ncol; j++) ws.getColumn(j).width = 13;
  return { first, pos, hr };
}
module.exports.formSheet = formSheet;
