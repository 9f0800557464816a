// shared helpers for round18 generators
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs'); const path = require('path');
let seed = 17;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function setSeed(s) { seed = s; }
const r1 = x => Math.round(x * 10 + 1e-9) / 10;
const r2 = x => Math.round(x * 100 + 1e-9) / 100;
// one unit (town/county): consistent figures
function unit(name, scale = 1) {
  const E = Math.max(8, Math.round(ri(30, 160) * scale));
  const c = ri(0, 2) * Math.max(1, Math.floor(scale / 3));
  const g = ri(0, 4) * Math.max(1, Math.floor(scale / 3));
  const b = ri(Math.floor(E * 0.15), Math.floor(E * 0.35));
  const own = c + g + b;
  const J = ri(1, Math.max(1, Math.floor(E * 0.06)));
  const JC = J * 2 + ri(0, J * 3);
  const cov = own + JC;
  const members = own * ri(4, 9) + JC * ri(1, 2);
  return fin({ name, E: Math.max(E, cov + 2), c, g, b, own, J, JC, cov, members }); // E >= covered (small units)
}
function fin(u) { u.rate = r1(u.cov / u.E * 100); u.rate2 = r2(u.cov / u.E * 100); return u; }
function sum(name, us) {
  const s = { name };
  for (const k of ['E', 'c', 'g', 'b', 'own', 'J', 'JC', 'cov', 'members']) s[k] = us.reduce((a, u) => a + u[k], 0);
  return fin(s);
}
// column sets
const ENT_FULL = [
  { h: ['非公有制企业数（家）'], k: 'E' },
  { h: ['党组织覆盖企业数（家）'], k: 'cov' },
  { h: ['单独建立党组织', '小计'], k: 'own' },
  { h: ['单独建立党组织', '党委'], k: 'c' },
  { h: ['单独建立党组织', '党总支'], k: 'g' },
  { h: ['单独建立党组织', '党支部'], k: 'b' },
  { h: ['联合党组织', '个数'], k: 'J' },
  { h: ['联合党组织', '覆盖企业数'], k: 'JC' },
  { h: ['党组织覆盖率（%）'], k: 'rate' },
  { h: ['党员数（名）'], k: 'members' },
];
const ENT_SIMPLE = [
  { h: ['企业数'], k: 'E' }, { h: ['覆盖企业数'], k: 'cov' }, { h: ['单独建立党组织数'], k: 'own' },
  { h: ['联合党组织数'], k: 'J' }, { h: ['联合党组织覆盖企业数'], k: 'JC' }, { h: ['覆盖率（%）'], k: 'rate' },
];
const SOC_FULL = [
  { h: ['社会组织数（个）'], k: 'E' },
  { h: ['已建立党组织的社会组织数'], k: 'cov' },
  { h: ['单独建立党组织', '小计'], k: 'own' },
  { h: ['单独建立党组织', '党委'], k: 'c' },
  { h: ['单独建立党组织', '党总支'], k: 'g' },
  { h: ['单独建立党组织', '党支部'], k: 'b' },
  { h: ['联合党组织', '个数'], k: 'J' },
  { h: ['联合党组织', '覆盖社会组织数'], k: 'JC' },
  { h: ['党组织覆盖率（%）'], k: 'rate' },
];
// write a table into ws. o: {title, unit, date, label, cols, rows:[{label,u}], total:{label,u,pos:'top'|'bottom'}, notes:[], extra:[{h, f(u)}], seq, startRow, filer}
function table(ws, o) {
  let r = o.startRow || 1;
  const cols = o.cols; const extra = o.extra || [];
  const off = o.seq ? 2 : 1; // first data col index (1-based) of label
  const ncol = off + cols.length + extra.length;
  if (o.title) { ws.getCell(r, 1).value = o.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r,1).font={bold:true,size:14}; ws.getCell(r,1).alignment={horizontal:'center'}; r++; }
  if (o.filer || o.date || o.unit) {
    if (o.filer) ws.getCell(r, 1).value = o.filer;
    if (o.date) ws.getCell(r, Math.max(2, Math.floor(ncol / 2))).value = o.date;
    if (o.unit) ws.getCell(r, ncol).value = o.unit;
    r++;
  }
  const two = cols.some(c => c.h.length > 1);
  const h1 = r, h2 = two ? r + 1 : r;
  if (o.seq) { ws.getCell(h1, 1).value = '序号'; if (two) ws.mergeCells(h1, 1, h2, 1); }
  ws.getCell(h1, off).value = o.label || '地区'; if (two) ws.mergeCells(h1, off, h2, off);
  let i = 0;
  while (i < cols.length) {
    const c = cols[i]; const col = off + 1 + i;
    if (c.h.length === 1) { ws.getCell(h1, col).value = c.h[0]; if (two) ws.mergeCells(h1, col, h2, col); i++; }
    else { let j = i; while (j < cols.length && cols[j].h.length > 1 && cols[j].h[0] === c.h[0]) { ws.getCell(h2, off + 1 + j).value = cols[j].h[1]; j++; }
      ws.getCell(h1, col).value = c.h[0]; if (j - i > 1) ws.mergeCells(h1, col, h1, off + j); i = j; }
  }
  extra.forEach((e, k) => { const col = off + 1 + cols.length + k; ws.getCell(h1, col).value = e.h; if (two) ws.mergeCells(h1, col, h2, col); });
  r = h2 + 1;
  const cellMap = {};
  const put = (row, seqv) => {
    if (o.seq && seqv != null) ws.getCell(r, 1).value = seqv;
    ws.getCell(r, off).value = row.label;
    cols.forEach((c, k) => { const v = row.u[c.k]; const cell = ws.getCell(r, off + 1 + k);
      cell.value = (c.fmt ? c.fmt(v, row.u) : v); if (c.k === 'rate' && typeof cell.value === 'number') cell.numFmt = '0.0'; });
    extra.forEach((e, k) => { const v = e.f(row); if (v != null) ws.getCell(r, off + 1 + cols.length + k).value = v; });
    cellMap[row.label] = r; r++;
  };
  if (o.total && o.total.pos === 'top') put({ label: o.total.label, u: o.total.u }, null);
  o.rows.forEach((row, k) => put(row, row.seq !== undefined ? row.seq : k + 1));
  if (o.total && o.total.pos !== 'top') put({ label: o.total.label, u: o.total.u }, null);
  for (const n of (o.notes || [])) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(off).width = 18;
  return { cellMap, colOf: k => { const idx = cols.findIndex(c => c.k === k); return idx < 0 ? null : colLetter(off + 1 + idx); }, endRow: r };
}
function colLetter(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function wb() { const w = new ExcelJS.Workbook(); w.creator = 'WPS'; return w; }
async function save(w, dir, name) { fs.mkdirSync(dir, { recursive: true }); await w.xlsx.writeFile(path.join(dir, name)); }
// ledger rows for a town unit: E rows, own 单独组建, JC 联合组建, rest 未建立; members sum = u.members
function ledgerRows(u, town, prefix) {
  const rows = []; const kinds = [];
  for (let i = 0; i < u.own; i++) kinds.push('单独组建');
  for (let i = 0; i < u.JC; i++) kinds.push('联合组建');
  while (kinds.length < u.E) kinds.push('未建立');
  // shuffle deterministically
  for (let i = kinds.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [kinds[i], kinds[j]] = [kinds[j], kinds[i]]; }
  // members distribution
  const covIdx = kinds.map((k, i) => k !== '未建立' ? i : -1).filter(i => i >= 0);
  const mem = kinds.map(() => 0); let left = u.members;
  covIdx.forEach((i, n) => { const m = n === covIdx.length - 1 ? left : Math.min(left, ri(1, Math.max(1, Math.floor(2 * u.members / covIdx.length)))); mem[i] = m; left -= m; });
  const suffix = ['有限公司', '科技有限公司', '商贸有限责任公司', '实业有限公司', '建材厂', '食品有限公司', '物流有限公司'];
  kinds.forEach((k, i) => rows.push({ name: `${prefix}${town.replace(/(镇|乡|街道)$/, '')}${['华','鑫','盛','达','丰','源','泰','隆'][i % 8]}${['业','通','远','宇','润','邦'][Math.floor(i / 8) % 6]}${i + 1}号${suffix[i % suffix.length]}`, town, kind: k, built: k !== '未建立', members: mem[i] }));
  return rows;
}
function csv(rows, enc) { const s = rows.map(r => r.map(v => { v = v == null ? '' : String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }).join(',')).join('\r\n') + '\r\n';
  return enc === 'gbk' ? iconv.encode(s, 'gbk') : Buffer.from('\ufeff' + s, 'utf8'); }
module.exports = { ExcelJS, iconv, fs, path, rnd, ri, setSeed, r1, r2, unit, sum, fin, ENT_FULL, ENT_SIMPLE, SOC_FULL, table, colLetter, wb, save, ledgerRows, csv };
