// shared helpers for gen.js: seeded rng, sheet/book builders, relation recording
const ExcelJS = require('exceljs');

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function mkR(seed) {
  const f = mulberry32(seed);
  const R = {
    f,
    float: (a, b) => a + (b - a) * f(),
    int: (a, b) => Math.floor(a + (b - a + 1) * f()),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    chance: (p) => f() < p,
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
    sample: (arr, n) => R.shuffle(arr).slice(0, n),
  };
  return R;
}
function rd(x, dp) { const k = 10 ** dp; return Math.round(x * k + (x >= 0 ? 1e-9 : -1e-9)) / k; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colL(c) + r; }
function fmtFor(dp, sep) { const base = sep ? '#,##0' : '0'; return dp > 0 ? base + '.' + '0'.repeat(dp) : base; }

class Sheet {
  constructor(book, name) { this.book = book; this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; this.maxC = 1; }
  put(r, c, v, o = {}) {
    this.cells.set(addr(r, c), { r, c, v, o });
    if (c > this.maxC) this.maxC = c;
    return this.ref(r, c);
  }
  num(r, c, v, dp = 0, o = {}) { return this.put(r, c, rd(v, dp), Object.assign({ dp }, o)); }
  ref(r, c) { return this.name + '!' + addr(r, c); }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  get(r, c) { const x = this.cells.get(addr(r, c)); return x ? x.v : undefined; }
  title(r, text, ncol) { this.put(r, 1, text, { bold: true, h: 'center', size: 13 }); if (ncol > 1) this.merge(r, 1, r, ncol); }
}
class Book {
  constructor(file) { this.file = file; this.sheets = []; this.rels = []; this.cands = []; }
  sheet(name) { const s = new Sheet(this, name); this.sheets.push(s); return s; }
  rel(o) { this.rels.push(o); }
  cand(kind, sh, r, c, extra = {}) { this.cands.push(Object.assign({ kind, sheet: sh.name, r, c, cell: addr(r, c) }, extra)); }
  findCell(sheet, cell) { const s = this.sheets.find((x) => x.name === sheet); return s.cells.get(cell); }
  async write(path) {
    const wb = new ExcelJS.Workbook();
    const pctSet = new Set(), fml = new Map();
    const loc = (ref) => { const i = ref.lastIndexOf('!'); return [ref.slice(0, i), ref.slice(i + 1)]; };
    const q = (sheet, ref) => { const [s2, a] = loc(ref); return s2 === sheet ? a : null; };
    if (this.pct) for (const r of this.rels) if (r.t === 'growth' || (r.t === 'ratio' && r.k === 100)) pctSet.add(r.y);
    // formulas (raw, unrounded results computed from the cells they refer to), like a spreadsheet would hold
    const cellOf = (ref) => { const [sn, a] = loc(ref); const sh = this.sheets.find((x) => x.name === sn); return sh && sh.cells.get(a); };
    const isNum = (ref) => { const c = cellOf(ref); return c && typeof c.v === 'number'; };
    if (this.formulas) for (const r of this.rels) {
      if (!r.y || !isNum(r.y)) continue;
      const [sn] = loc(r.y);
      if (r.t === 'sum') { const xs = r.x.map((x) => q(sn, x)); if (xs.every(Boolean)) fml.set(r.y, { f: () => xs.join('+'), ev: (E) => r.x.reduce((a, x) => a + (isNum(x) ? E(x) : 0), 0) }); }
      if (r.t === 'growth') { const c = q(sn, r.cur), p = q(sn, r.prev); if (c && p && isNum(r.cur) && isNum(r.prev)) fml.set(r.y, { f: (pct) => (pct ? `${c}/${p}-1` : `(${c}/${p}-1)*100`), ev: (E) => (E(r.cur) / E(r.prev) - 1) * 100 }); }
      if (r.t === 'ratio' && r.num.length === 1) { const a = q(sn, r.num[0]), b = q(sn, r.den[0]); if (a && b && isNum(r.num[0]) && isNum(r.den[0])) fml.set(r.y, { f: (pct) => (pct ? `${a}/${b}` : `${a}/${b}*${r.k}`), ev: (E) => (r.k * E(r.num[0])) / E(r.den[0]) }); }
    }
    const memo = new Map();
    const E = (ref) => {
      if (memo.has(ref)) return memo.get(ref);
      const c = cellOf(ref);
      const v = fml.has(ref) ? fml.get(ref).ev(E) : c.v;
      memo.set(ref, v); return v;
    };
    for (const s of this.sheets) {
      const ws = wb.addWorksheet(s.name);
      for (const { r, c, v, o } of s.cells.values()) {
        const cell = ws.getCell(r, c);
        if (v === null || v === undefined) continue;
        const ref = s.name + '!' + addr(r, c);
        if (typeof v === 'number' && (pctSet.has(ref) || fml.has(ref)) && !this.textNums) {
          const pct = pctSet.has(ref);
          const dp = o.dp || 0;
          const raw = fml.has(ref) ? E(ref) : v;
          const val = pct ? (fml.has(ref) ? raw / 100 : Math.round(v * 10 ** dp) / 10 ** (dp + 2)) : raw;
          cell.value = fml.has(ref) ? { formula: fml.get(ref).f(pct), result: val } : val;
          cell.numFmt = pct ? (dp ? '0.' + '0'.repeat(dp) + '%' : '0%') : fmtFor(dp, o.sep);
          continue;
        }
        if (typeof v === 'number' && (o.asText || this.textNums)) {
          let t = v.toFixed(o.dp || 0);
          if (this.textNums === 'comma' || o.sep) { const [i, f] = t.replace('-', '').split('.'); t = (v < 0 ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : ''); }
          if (this.textNums === 'uminus') t = t.replace('-', '\u2212');
          cell.value = t; cell.alignment = { horizontal: 'right' }; continue;
        }
        cell.value = v;
        if (typeof v === 'number') cell.numFmt = fmtFor(o.dp || 0, o.sep);
        const al = {};
        if (o.h) al.horizontal = o.h;
        if (o.indent) al.indent = o.indent;
        if (o.wrap) { al.wrapText = true; al.vertical = 'middle'; }
        if (o.hdr) { al.horizontal = al.horizontal || 'center'; al.vertical = 'middle'; al.wrapText = true; }
        if (Object.keys(al).length) cell.alignment = al;
        if (o.bold || o.size) cell.font = { bold: !!o.bold, size: o.size || 11 };
        if (o.hdr || o.border) cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      }
      for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
      ws.getColumn(1).width = 24;
      for (let c = 2; c <= s.maxC; c++) ws.getColumn(c).width = s.widths[c] || 13;
    }
    await wb.xlsx.writeFile(path);
  }
}
module.exports = { mkR, rd, colL, addr, Sheet, Book };
