// shared helpers for gen.js
const ExcelJS = require('exceljs');
let SEED = 12345;
function rng() { SEED = (SEED * 1103515245 + 12345) & 0x7fffffff; return SEED / 0x7fffffff; }
function setSeed(s) { SEED = s; }
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; };
const U = (a, b) => a + (b - a) * rng();
const pick = a => a[Math.floor(rng() * a.length)];
const fmt = (d, comma) => (comma ? '#,##0' : '0') + (d ? '.' + '0'.repeat(d) : '');
const colL = c => { let s = ''; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };

class Book {
  constructor(file) { this.wb = new ExcelJS.Workbook(); this.file = file; this.cands = []; }
  sheet(name) { return new Sht(this, name); }
  async save(dir) { await this.wb.xlsx.writeFile(dir + '/' + this.file); }
}
class Sht {
  constructor(book, name) { this.book = book; this.name = name; this.ws = book.wb.addWorksheet(name); this.r = 1; }
  put(r, c, v, f) { const cell = this.ws.getCell(r, c); cell.value = v; if (f && typeof v === 'number') cell.numFmt = f; return cell; }
  line(text, ncol, opts = {}) { this.put(this.r, 1, text); if (opts.merge && ncol > 1) this.ws.mergeCells(this.r, 1, this.r, ncol); if (opts.right) this.ws.getCell(this.r, 1).alignment = { horizontal: 'right' }; this.r++; }
  cand(r, c, kind, v, extra = {}) { this.book.cands.push(Object.assign({ file: this.book.file, sheet: this.name, cell: colL(c) + r, kind, v }, extra)); }
  widths(ws) { ws.forEach((w, i) => this.ws.getColumn(i + 1).width = w); }
}

/* Generic table.
 cols: [{h:[h1,h2?], key, dec, sum:true|false, fn:(o,ctx)=>value, kind:'rate'|'growth'|'share'|'percap'|'sumd'|'base', comma, marker}]
 rows: [{label, level(0/1), parent(index), o:{...}, total:true}]
 opts: {firstHdr:'地区', totalLabel, totalPos:'top'|'bottom'|null, childStyle:'qizhong'|'indent'|'plain', sumKeys:[...extra keys to sum]}
*/
function table(S, cols, rows, opts) {
  const nc = cols.length + 1;
  // header
  const two = cols.some(c => c.h.length > 1);
  const hr = S.r;
  S.put(hr, 1, opts.firstHdr || '地区');
  if (two) S.ws.mergeCells(hr, 1, hr + 1, 1);
  let i = 0;
  while (i < cols.length) {
    const c = cols[i];
    if (c.h.length === 1) { S.put(hr, i + 2, c.h[0]); if (two) S.ws.mergeCells(hr, i + 2, hr + 1, i + 2); i++; continue; }
    let j = i; while (j + 1 < cols.length && cols[j + 1].h.length > 1 && cols[j + 1].h[0] === c.h[0]) j++;
    S.put(hr, i + 2, c.h[0]); if (j > i) S.ws.mergeCells(hr, i + 2, hr, j + 2);
    for (let k = i; k <= j; k++) S.put(hr + 1, k + 2, cols[k].h[1]);
    i = j + 1;
  }
  S.r = hr + (two ? 2 : 1);
  if (opts.colNums) { S.put(S.r, 1, '甲'); cols.forEach((c, k) => S.put(S.r, k + 2, k + 1)); S.r++; }
  // compute
  const sumKeys = new Set(cols.filter(c => c.sum).map(c => c.key).concat(opts.sumKeys || []));
  let tot = null;
  if (opts.totalPos) {
    tot = { label: opts.totalLabel || '合计', level: -1, o: {}, total: true };
    for (const k of sumKeys) {
      const dec = (cols.find(c => c.key === k) || { dec: opts.keyDec && opts.keyDec[k] || 0 }).dec;
      tot.o[k] = rd(rows.filter(r => r.level === 0).reduce((a, r) => a + (r.o[k] || 0), 0), dec);
    }
  }
  const all = opts.totalPos === 'top' ? [tot, ...rows] : opts.totalPos === 'bottom' ? [...rows, tot] : rows;
  const ctx = { tot: tot ? tot.o : null, rows };
  all.forEach((r, idx) => {
    ctx.prev = idx > 0 && !opts.totalPos ? all[idx - 1].o : null;
    ctx.row = r;
    for (let pass = 0; pass < 2; pass++) for (const c of cols) if (c.fn) { const v = c.fn(r.o, ctx); r.o[c.key] = (typeof v === 'number' && isFinite(v)) ? rd(v, c.dec) : v; }
  });
  // write
  all.forEach((r, ri) => {
    const rr = S.r;
    let lab = r.label;
    if (r.level === 1) {
      if (opts.childStyle === 'qizhong') lab = (r.first ? '  其中：' : '        ') + r.label;
      else if (opts.childStyle === 'qz2') lab = '　其中：' + r.label;
      else if (opts.childStyle === 'indent') { S.put(rr, 1, r.label).alignment = { indent: 2 }; lab = null; }
      else lab = '  ' + r.label;
    }
    if (lab !== null) S.put(rr, 1, lab);
    cols.forEach((c, k) => {
      let v = r.o[c.key];
      if (v === undefined || v === null || (typeof v === 'number' && !isFinite(v))) v = c.marker || null;
      if (r.blank && r.blank.includes(c.key)) v = c.marker || null;
      const cell = S.put(rr, k + 2, v, fmt(c.dec, c.comma));
      if (typeof v !== 'number') return;
      // candidates
      if (r.total && c.sum) S.cand(rr, k + 2, 'total', v, { dec: c.dec });
      else if (c.kind === 'sumd' && !r.total) S.cand(rr, k + 2, 'total', v, { dec: c.dec });
      else if (r.level === 1 && c.sum && r.parentRow) { const pv = r.parentRow.o[c.key]; if (typeof pv === 'number' && pv > 0) S.cand(rr, k + 2, 'part', v, { dec: c.dec, parent: pv }); }
      else if (c.kind === 'rate' || c.kind === 'growth' || c.kind === 'share' || c.kind === 'percap' || c.kind === 'pp') S.cand(rr, k + 2, c.kind, v, { dec: c.dec });
      else if (c.kind === 'partcol' && c.of) { const pv = r.o[c.of]; if (pv > 0) S.cand(rr, k + 2, 'part', v, { dec: c.dec, parent: pv }); }
    });
    S.r++;
  });
  return all;
}
function mkRows(labels, gen) { return labels.map(l => ({ label: l, level: 0, o: gen(l) })); }

// indicator-rows / two-period table: rows [{label, unit, a, b, dec, rate:bool, level, parentIdx}]
function twoPeriod(S, hdrs, rows, opts = {}) {
  const hr = S.r;
  hdrs.forEach((h, k) => S.put(hr, k + 1, h));
  S.r++;
  const hasUnit = opts.unit !== false;
  rows.forEach((x, i) => {
    const rr = S.r; let c = 1;
    let lab = x.label;
    if (x.level === 1) lab = (x.first ? (opts.qz || '  其中：') : '        ') + x.label;
    if (x.level === 2) lab = '    ' + x.label;
    S.put(rr, c++, lab);
    if (hasUnit) S.put(rr, c++, x.unit);
    const ca = c, cb = c + 1, cg = c + 2;
    S.put(rr, ca, x.a, fmt(x.dec)); S.put(rr, cb, x.b, fmt(x.dec));
    let g;
    if (x.rate) {
      if (opts.ratePP) { g = rd(x.b - x.a, opts.gdec ?? 1); S.put(rr, cg, g, fmt(opts.gdec ?? 1)); S.cand(rr, cg, 'pp', g, { dec: opts.gdec ?? 1 }); }
      else S.put(rr, cg, opts.rateMark || '—');
    } else if (x.a > 0) { g = rd((x.b / x.a - 1) * 100, opts.gdec ?? 1); S.put(rr, cg, g, fmt(opts.gdec ?? 1)); S.cand(rr, cg, 'growth', g, { dec: opts.gdec ?? 1 }); }
    if (x.level >= 1 && x.parent) { S.cand(rr, cb, 'part', x.b, { dec: x.dec, parent: x.parent.b }); }
    if (x.isTotal) S.cand(rr, cb, 'total', x.b, { dec: x.dec });
    if (x.rateOf) S.cand(rr, cb, 'rate', x.b, { dec: x.dec });
    x.row = rr; S.r++;
  });
}

module.exports = { ExcelJS, rng, setSeed, rd, U, pick, fmt, colL, Book, table, mkRows, twoPeriod };
