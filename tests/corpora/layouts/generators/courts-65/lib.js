// Round 65a of issue 9, by an outside helper: writes clean and planted books to /tmp/round65a; the corpus keeps the
// clean ones (tests/corpora/layouts/courts-65, copied from its cases folder).
// Table builders for courts / procuratorate / petitions / mediation / lawyers / legal aid.
const ExcelJS = require('/work/main/node_modules/exceljs');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
class Rng {
  constructor(s) { this.r = mulberry32(s * 7919 + 13); }
  f() { return this.r(); }
  int(a, b) { return a + Math.floor(this.r() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.r() * a.length)]; }
  bool(p = 0.5) { return this.r() < p; }
  sample(a, k) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(this.r() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b.slice(0, k); }
}
function rnd(x, d) { const m = 10 ** d; const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * m + 1e-7) / m; }
const rate = (a, b, d) => (b ? rnd(a / b * 100, d) : '—');
const chg = (c, p, d) => (p ? rnd((c - p) / p * 100, d) : '—');
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const sumArr = (a) => a.reduce((x, y) => x + y, 0);

const CITIES = ['江州市', '临川市', '青阳市', '宁安市', '平湖市'];
const COUNTIES = ['东湖区', '西城区', '南山区', '北岸区', '高新区', '清河县', '云岭县', '石门县', '临江市', '安平县', '凤台县'];
const FW = '　'; // full-width space

class Tab {
  constructor(ncol) { this.g = []; this.m = []; this.cons = []; this.pl = []; this.fmt = {}; this.ncol = ncol; }
  add(row, fmts) { const r = this.g.length; this.g.push(row); if (fmts) fmts.forEach((f, c) => { if (f) this.fmt[r + ',' + c] = f; }); return r; }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.m.push([r1, c1, r2, c2]); }
  title(t) { const r = this.add([t]); this.merge(r, 0, r, this.ncol - 1); return r; }
  v(p) { return this.g[p[0]][p[1]]; }
  sum(t, parts) { this.cons.push({ t: 'sum', tgt: t, parts }); }
  rate(t, num, den, d) { this.cons.push({ t: 'rate', tgt: t, num, den, d }); }
  diff(t, a, b, d = 0) { this.cons.push({ t: 'diff', tgt: t, a, b, d }); }
  chg(t, cur, prev, d) { this.cons.push({ t: 'chg', tgt: t, cur, prev, d }); }
  le(part, whole) { this.cons.push({ t: 'le', tgt: part, whole }); }
  plant(r, c, kind, dec = 0) { this.pl.push({ r, c, kind, dec }); }
  // evaluate constraints; returns list of violated ones
  check() {
    const bad = [];
    const num = (p) => { const x = this.v(p); return typeof x === 'number' ? x : null; };
    for (const k of this.cons) {
      const t = num(k.tgt);
      if (k.t === 'sum') { const ps = k.parts.map(num); if (t === null || ps.some((x) => x === null)) continue; if (Math.abs(t - sumArr(ps)) > 1e-6) bad.push(k); }
      else if (k.t === 'rate') { const a = num(k.num), b = num(k.den); if (t === null || a === null || !b) continue; const e = rnd(a / b * 100, k.d); if (Math.abs(t - e) > 1e-6) bad.push(k); }
      else if (k.t === 'chg') { const a = num(k.cur), b = num(k.prev); if (t === null || a === null || !b) continue; const e = rnd((a - b) / b * 100, k.d); if (Math.abs(t - e) > 1e-6) bad.push(k); }
      else if (k.t === 'diff') { const a = num(k.a), b = num(k.b); if (t === null || a === null || b === null) continue; if (Math.abs(t - rnd(a - b, k.d)) > 1e-6) bad.push(k); }
      else if (k.t === 'le') { const w = num(k.whole); if (t === null || w === null) continue; if (t > w) bad.push(k); }
    }
    return bad;
  }
}

// stack tables vertically (gap blank rows)
function stack(tabs, gap = 2) {
  const out = new Tab(Math.max(...tabs.map((t) => t.ncol)));
  for (let i = 0; i < tabs.length; i++) {
    const t = tabs[i]; const off = out.g.length;
    const sh = (p) => [p[0] + off, p[1]];
    t.g.forEach((row) => out.g.push(row));
    for (const k in t.fmt) { const [r, c] = k.split(',').map(Number); out.fmt[(r + off) + ',' + c] = t.fmt[k]; }
    t.m.forEach(([a, b, c, d]) => out.m.push([a + off, b, c + off, d]));
    t.cons.forEach((k) => { const n = { ...k }; for (const f of ['tgt', 'num', 'den', 'cur', 'prev', 'a', 'b', 'whole']) if (n[f]) n[f] = sh(n[f]); if (n.parts) n.parts = n.parts.map(sh); out.cons.push(n); });
    t.pl.forEach((p) => out.pl.push({ ...p, r: p.r + off }));
    if (i < tabs.length - 1) for (let j = 0; j < gap; j++) out.g.push([]);
  }
  return out;
}

const INT = (R) => R.pick(['#,##0', '0', 'General', '#,##0']);
const DEC = (d) => (d === 1 ? '0.0' : '0.00');

// generic helper: header rows for "label + (parent,[children])" column spec
// spec: array of either string (single column, spans both header rows) or [parent, [child...]]
function headers(T, spec, twoRows) {
  if (!twoRows) { T.add(spec.flat(2).map((x) => x)); return 1; }
  const r1 = [], r2 = []; let c = 0; const ms = [];
  for (const s of spec) {
    if (typeof s === 'string') { r1.push(s); r2.push(null); ms.push([0, c, 1, c]); c++; }
    else { const [p, ch] = s; ms.push([0, c, 0, c + ch.length - 1]); ch.forEach((x, i) => { r1.push(i === 0 ? p : null); r2.push(x); }); c += ch.length; }
  }
  const a = T.add(r1); T.add(r2);
  ms.forEach(([x1, y1, x2, y2]) => T.merge(a + x1, y1, a + x2, y2));
  return 2;
}
function unitRow(T, R, text) {
  const pos = R.pick(['left', 'right', 'right']);
  const row = new Array(T.ncol).fill(null);
  if (pos === 'left') row[0] = text; else row[T.ncol - 1] = text;
  T.add(row);
}
function notes(T, R, lines) { for (const l of lines) if (R.bool(0.7)) { const r = T.add([l]); if (R.bool(0.5)) T.merge(r, 0, r, T.ncol - 1); } }
const isNum = (x) => typeof x === 'number';

module.exports = { Rng, rnd, rate, chg, colL, sumArr, CITIES, COUNTIES, FW, Tab, stack, INT, DEC, headers, unitRow, notes, isNum, ExcelJS };
