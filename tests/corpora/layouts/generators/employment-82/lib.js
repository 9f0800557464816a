'use strict';
// Model + table engine + writer for the employment / social-insurance test books.
const ExcelJS = require('/work/main/node_modules/exceljs');

function mkRng(seed) {
  let a = seed >>> 0;
  const f = () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.u = (lo, hi) => lo + f() * (hi - lo);
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.chance = (p) => f() < p;
  f.shuffle = (arr) => { const b = arr.slice(); for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; } return b; };
  f.sample = (arr, n) => f.shuffle(arr).slice(0, n);
  return f;
}

function colName(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const A = (r, c) => colName(c) + r;

class Retry extends Error {}
// round half away from zero; throws Retry on (near) ties so no book depends on tie-breaking
function rnd(x, d) {
  const f = Math.pow(10, d);
  const y = Math.abs(x) * f;
  const fr = y - Math.floor(y);
  if (Math.abs(fr - 0.5) < 1e-6) throw new Retry('tie');
  const r = Math.floor(y + 0.5);
  const v = (Math.sign(x) * r) / f;
  return Object.is(v, -0) ? 0 : v;
}
const fmtDec = (d) => (d > 0 ? '0.' + '0'.repeat(d) : '0');

class SheetM {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; }
  set(r, c, v, o = {}) { if (v === undefined || v === null || v === '') return; this.cells.set(A(r, c), { r, c, v, ...o }); }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  width(c, w) { this.widths[c] = Math.max(this.widths[c] || 0, w); }
}
class Book {
  constructor() { this.sheets = []; this.rels = []; this.planted = null; this.note = ''; }
  sheet(name) { let s = this.sheets.find((x) => x.name === name); if (!s) { s = new SheetM(name); this.sheets.push(s); } return s; }
  get(ref) { const s = this.sheets.find((x) => x.name === ref.sheet); const c = s && s.cells.get(ref.cell); return c ? c.v : undefined; }
  clone() {
    const b = new Book();
    b.rels = this.rels; b.note = this.note;
    for (const s of this.sheets) { const t = b.sheet(s.name); for (const [k, v] of s.cells) t.cells.set(k, { ...v }); t.merges = s.merges.slice(); t.widths = { ...s.widths }; }
    return b;
  }
}

const HDR = { bold: true, align: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: true };

// ---------- table engine ----------
// spec: { title, subtitle, unitLine, unitRight, rowHead, rowHeadT, unitCol, lineNoCol, colNoRow, nodes, cols, gen, derive,
//         transpose, notes, splitAt, sheet2, title2, shareBase }
// node: { kind: leaf|agg|qzsum|part|blank, label, children, parent, frac, scale, na:[keys], unit, div, dec, gen }
// col:  { kind: val|rate|growth|share, key, path:[..], tlabel, unit, div, dec, naText, rowrel:[[key,sign]], le:key, num, den, denPlus, cur, prev, mode, mult, noLe }
function computeRaw(n, spec, rng) {
  if (n._raw) return n._raw;
  let v;
  if (n.kind === 'leaf') {
    v = (n.gen || spec.gen)(rng, n);
    if (spec.derive) spec.derive(v, n);
    for (const k of n.na || []) v[k] = null;
  } else if (n.kind === 'agg' || n.kind === 'qzsum') {
    const chs = n.children.map((c) => computeRaw(c, spec, rng));
    const keys = new Set(chs.flatMap((o) => Object.keys(o)));
    v = {};
    for (const k of keys) { const xs = chs.map((o) => o[k]).filter((x) => x != null); v[k] = xs.length ? xs.reduce((a, b) => a + b, 0) : null; }
  } else if (n.kind === 'part') {
    const p = computeRaw(n.parent, spec, rng);
    v = {};
    for (const k in p) v[k] = p[k] == null ? null : Math.floor(p[k] * (n.fracs && n.fracs[k] != null ? n.fracs[k] : n.frac));
    if (spec.derive) spec.derive(v, n);
  } else v = {};
  n._raw = v;
  return v;
}

function buildTable(book, sheetName, spec, rng, r0 = 1, c0 = 1) {
  const nodes = spec.nodes, cols = spec.cols;
  nodes.forEach((n, i) => { n.idx = i; });
  for (const n of nodes) computeRaw(n, spec, rng);
  const colByKey = {};
  cols.forEach((c, j) => { c.j = j; if ((c.kind || 'val') === 'val') { c.kind = 'val'; if (!colByKey[c.key]) colByKey[c.key] = c; } });
  const colById = {};
  cols.forEach((c) => { colById[c.id || c.key] = c; });
  const divOf = (n, c) => (n.div != null ? n.div : c.div || 1);
  const decOf = (n, c) => (n.dec != null ? n.dec : c.dec || 0);
  const disp = new Map();
  const numv = (x) => (typeof x === 'number' ? x : null);
  function rawScaled(n, key) {
    const c = colByKey[key]; const x = n._raw[key];
    if (x == null) return null;
    return c ? x / divOf(n, c) : x;
  }
  function shownOrRaw(n, key, mode) {
    const c = colByKey[key];
    if (!c || mode === 'raw') return rawScaled(n, key);
    return numv(D(n, c));
  }
  function D(n, c) {
    const id = n.idx + '|' + c.j;
    if (disp.has(id)) return disp.get(id);
    let out;
    const na = c.naText || n.naText || '—';
    if (n.kind === 'blank') out = null;
    else if (c.kind === 'rank') {
      if (n.kind !== 'leaf') out = c.naText || '—';
      else { const me = numv(D(n, colById[c.of])); const all = nodes.filter((m) => m.kind === 'leaf').map((m) => numv(D(m, colById[c.of]))); out = me == null ? '—' : 1 + all.filter((x) => x != null && x > me).length; }
    } else if (c.kind === 'dlin') {
      const xs = c.terms.map(([id, sg]) => [numv(D(n, colById[id])), sg]);
      out = xs.some(([x]) => x == null) ? na : rnd(xs.reduce((a, [x, sg]) => a + sg * x, 0), c.dec || 0);
    } else if (c.kind === 'const') {
      out = n.kind === 'blank' ? null : c.value;
    } else if (c.kind === 'val') {
      const x = (n.hide || []).includes(c.key) ? null : n._raw[c.key];
      out = x == null ? na : (divOf(n, c) === 1 && decOf(n, c) === 0 ? x : rnd(x / divOf(n, c), decOf(n, c)));
    } else {
      let a, b;
      if (c.kind === 'rate') { a = shownOrRaw(n, c.num, c.mode); b = shownOrRaw(n, c.den, c.mode); if (c.denPlus && b != null) { const e = shownOrRaw(n, c.denPlus, c.mode); b = e == null ? null : b + e; } }
      else if (c.kind === 'share') { a = shownOrRaw(n, c.num, c.mode); b = shownOrRaw(spec.shareBase, c.num, c.mode); }
      else { a = shownOrRaw(n, c.cur, c.mode); b = shownOrRaw(n, c.prev, c.mode); }
      if (a == null || b == null || b <= 0) out = na;
      else if (c.kind === 'growth' && c.decline) out = rnd((1 - a / b) * 100, c.dec == null ? 1 : c.dec);
      else if (c.kind === 'growth') out = c.pct ? rnd(a / b - 1, (c.dec == null ? 1 : c.dec) + 2) : rnd((a / b - 1) * 100, c.dec == null ? 1 : c.dec);
      else out = c.pct ? rnd((a / b) * (c.mult || 100) / 100, (c.dec == null ? 1 : c.dec) + 2) : rnd((a / b) * (c.mult || 100), c.dec == null ? 1 : c.dec);
    }
    disp.set(id, out);
    return out;
  }
  // ---- relations (logical) ----
  const rels = [];
  const L = (n, c) => ({ n, c });
  const halfU = (n, c) => (divOf(n, c) === 1 && decOf(n, c) === 0 ? 0 : 0.5 * Math.pow(10, -decOf(n, c)));
  for (const c of cols) {
    for (const n of nodes) {
      if (n.kind === 'blank') continue;
      if (c.kind === 'val') {
        if ((n.kind === 'agg' || n.kind === 'qzsum') && !c.noSum) {
          const tol = n.children.reduce((s, ch) => s + halfU(ch, c), 0);
          rels.push({ t: 'sum', qzsum: n.kind === 'qzsum', target: L(n, c), parts: n.children.map((ch) => L(ch, c)), tol, naOk: n.children.some((ch) => (ch.hide || []).includes(c.key)) });
        }
        if ((n.kind === 'qzsum' || n.kind === 'part') && !c.noLe && !n.noLe) rels.push({ t: 'le', part: L(n, c), whole: L(n.parent, c) });
        if (c.rowrel && c.rowrel.every(([k]) => colByKey[k])) {
          const tol = c.rowrel.reduce((s, [k]) => s + halfU(n, colByKey[k]), 0);
          rels.push({ t: 'lin', target: L(n, c), terms: c.rowrel.map(([k, s]) => [L(n, colByKey[k]), s]), tol });
        }
        if (c.le && colByKey[c.le]) rels.push({ t: 'le', part: L(n, c), whole: L(n, colByKey[c.le]) });
      } else if (c.kind === 'rate' || c.kind === 'share') {
        const cn = colByKey[c.num], cd = c.kind === 'share' ? colByKey[c.num] : colByKey[c.den];
        const dn = c.kind === 'share' ? spec.shareBase : n;
        if (!cn || !cd) continue;
        const raw = c.mode === 'raw';
        const r = { t: 'rate', target: L(n, c), num: L(n, cn), den: [L(dn, cd)], dec: (c.dec == null ? 1 : c.dec) + (c.pct ? 2 : 0), mult: (c.mult || 100) / (c.pct ? 100 : 1), numTol: raw ? halfU(n, cn) : 0, denTol: raw ? halfU(dn, cd) : 0 };
        if (c.denPlus) { const ce = colByKey[c.denPlus]; if (!ce) continue; r.den.push(L(n, ce)); if (raw) r.denTol += halfU(n, ce); }
        rels.push(r);
      } else if (c.kind === 'dlin') {
        rels.push({ t: 'lin', target: L(n, c), terms: c.terms.map(([id, sg]) => [L(n, colById[id]), sg]), tol: 0 });
      } else if (c.kind === 'growth') {
        const cc = colByKey[c.cur], cp = colByKey[c.prev];
        if (!cc || !cp) continue;
        const raw = c.mode === 'raw';
        rels.push({ t: 'growth', target: L(n, c), cur: L(n, cc), prev: L(n, cp), dec: (c.dec == null ? 1 : c.dec) + (c.pct ? 2 : 0), scale: c.decline ? -100 : c.pct ? 1 : 100, curTol: raw ? halfU(n, cc) : 0, prevTol: raw ? halfU(n, cp) : 0 });
      }
    }
  }
  // ---- layout ----
  let sh = book.sheet(sheetName);
  const xb = (spec.extraCols || []).filter((x) => x.pos === 'before'), xa = (spec.extraCols || []).filter((x) => x.pos !== 'before');
  const extra = 1 + (spec.unitCol ? 1 : 0) + (spec.lineNoCol ? 1 : 0) + xb.length + xa.length;
  const width = extra + (spec.transpose ? nodes.length : cols.length);
  let r = r0;
  const pos = new Map(); // logical id -> {sheet, cell}
  const numFmtOf = (n, c) => {
    if (c.fmt) return c.fmt;
    if (c.kind === 'val') return fmtDec(decOf(n, c));
    if (c.kind === 'rank') return '0';
    if (c.kind === 'dlin') return fmtDec(c.dec || 0);
    return fmtDec(c.dec == null ? 1 : c.dec) + (c.pct ? '%' : '');
  };
  const put = (rr, cc, n, c) => {
    const v = D(n, c);
    if (v == null) return;
    sh.set(rr, cc, v, { fmt: typeof v === 'number' ? numFmtOf(n, c) : undefined, asText: spec.textNums && typeof v === 'number' ? (c.kind === 'val' ? decOf(n, c) : c.dec == null ? 1 : c.dec) : undefined, border: true, align: typeof v === 'number' ? undefined : { horizontal: 'center' } });
    pos.set(n.idx + '|' + c.j, { sheet: sh.name, cell: A(rr, cc) });
  };
  const writeTitle = (title) => {
    if (title) { sh.set(r, c0, title, { bold: true, size: 14, align: { horizontal: 'center' } }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    if (spec.subtitle) { sh.set(r, c0, spec.subtitle, { align: { horizontal: 'center' } }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    if (spec.unitLine) {
      if (spec.unitRight) sh.set(r, c0 + width - 1, spec.unitLine, { align: { horizontal: 'right' } });
      else sh.set(r, c0, spec.unitLine);
      r++;
    }
  };
  const labelOf = (c) => c.tlabel || c.path.join('');
  const H = spec.transpose ? 1 : Math.max(...cols.map((c) => c.path.length));
  const writeHeader = () => {
    let cc = c0;
    const hr = r;
    if (!spec.transpose) {
      for (const x of xb) { sh.set(hr, cc, x.head, HDR); sh.merge(hr, cc, hr + H - 1, cc); cc++; }
      sh.set(hr, cc, spec.rowHead || '地区', HDR); sh.merge(hr, cc, hr + H - 1, cc); sh.width(cc, 16); cc++;
      for (const x of xa) { sh.set(hr, cc, x.head, HDR); sh.merge(hr, cc, hr + H - 1, cc); cc++; }
      if (spec.unitCol) { sh.set(hr, cc, spec.unitColHead || '计量单位', HDR); sh.merge(hr, cc, hr + H - 1, cc); cc++; }
      if (spec.lineNoCol) { sh.set(hr, cc, '行次', HDR); sh.merge(hr, cc, hr + H - 1, cc); cc++; }
      const fc = cc;
      for (let l = 0; l < H; l++) {
        let j = 0;
        while (j < cols.length) {
          const p = cols[j].path;
          if (p.length <= l) { j++; continue; }
          if (p.length === l + 1) { sh.set(hr + l, fc + j, p[l], HDR); sh.merge(hr + l, fc + j, hr + H - 1, fc + j); sh.width(fc + j, 12); j++; continue; }
          let k = j + 1;
          const pre = p.slice(0, l + 1).join('\u0001');
          while (k < cols.length && cols[k].path.length > l + 1 && cols[k].path.slice(0, l + 1).join('\u0001') === pre) k++;
          sh.set(hr + l, fc + j, p[l], HDR); sh.merge(hr + l, fc + j, hr + l, fc + k - 1);
          j = k;
        }
      }
      r += H;
      if (spec.unitsRow) { cols.forEach((c, j) => sh.set(r, fc + j, c.unitTxt || '人', HDR)); r++; }
      if (spec.colNoRow) {
        let x = c0 + xb.length + 1 + xa.length; sh.set(r, c0 + xb.length, '甲', HDR);
        if (spec.unitCol) sh.set(r, x++, '乙', HDR);
        if (spec.lineNoCol) sh.set(r, x++, spec.unitCol ? '丙' : '乙', HDR);
        cols.forEach((c, j) => sh.set(r, fc + j, j + 1, HDR));
        r++;
      }
      return fc;
    } else {
      sh.set(hr, cc, spec.rowHeadT || '指标', HDR); sh.width(cc, 24); cc++;
      if (spec.unitCol) { sh.set(hr, cc, spec.unitColHead || '单位', HDR); cc++; }
      const fc = cc;
      nodes.forEach((n, i) => { if (n.kind !== 'blank') sh.set(hr, fc + i, n.label, HDR); sh.width(fc + i, 11); });
      r++;
      return fc;
    }
  };
  writeTitle(spec.title);
  let fc = writeHeader();
  if (!spec.transpose) {
    let lineNo = 1;
    nodes.forEach((n, i) => {
      if (spec.splitAt && i === spec.splitAt) {
        r++;
        sh = book.sheet(spec.sheet2);
        r = 1;
        writeTitle(spec.title2);
        fc = writeHeader();
      }
      if (n.kind !== 'blank') {
        let cc = c0;
        for (const x of xb) { const v = x.get(n, i); sh.set(r, cc++, v, { border: true, align: { horizontal: 'center' }, fmt: typeof v === 'number' ? '0' : undefined }); }
        sh.set(r, cc++, n.label, { border: true, align: n.center ? { horizontal: 'center' } : undefined, bold: n.bold });
        for (const x of xa) { const v = x.get(n, i); sh.set(r, cc++, v, { border: true, align: { horizontal: 'center' }, fmt: typeof v === 'number' ? '0' : undefined }); }
        if (spec.unitCol) sh.set(r, cc++, n.unit || '人', { border: true, align: { horizontal: 'center' } });
        if (spec.lineNoCol) sh.set(r, cc++, lineNo++, { border: true, align: { horizontal: 'center' } });
        cols.forEach((c, j) => put(r, fc + j, n, c));
      }
      r++;
    });
  } else {
    cols.forEach((c) => {
      let cc = c0;
      sh.set(r, cc++, labelOf(c), { border: true });
      if (spec.unitCol) sh.set(r, cc++, c.unit || '人', { border: true, align: { horizontal: 'center' } });
      nodes.forEach((n, i) => { if (n.kind !== 'blank') put(r, fc + i, n, c); });
      r++;
    });
  }
  for (const note of spec.notes || []) { sh.set(r, c0, note); sh.merge(r, c0, r, c0 + width - 1); r++; }
  // map relations to addresses
  const P = (x) => pos.get(x.n.idx + '|' + x.c.j);
  if (spec.formulas) {
    const cellOf = (ref) => book.sheet(ref.sheet).cells.get(ref.cell);
    for (const rel of rels) {
      if (!rel.target) continue; const t = P(rel.target); if (!t) continue;
      const tc = cellOf(t); if (!tc || typeof tc.v !== 'number') continue;
      if (rel.t === 'sum') {
        const ps = rel.parts.map(P); if (ps.some((p) => !p || p.sheet !== t.sheet)) continue;
        const addrs = ps.map((p) => p.cell);
        const rows = ps.map((p) => +p.cell.replace(/^[A-Z]+/, '')), colL = ps[0].cell.replace(/[0-9]+$/, '');
        const contiguous = ps.every((p) => p.cell.replace(/[0-9]+$/, '') === colL) && rows.every((x, i) => i === 0 || x === rows[i - 1] + 1);
        tc.formula = contiguous ? `SUM(${addrs[0]}:${addrs[addrs.length - 1]})` : addrs.join('+');
      } else if (rel.t === 'rate' && rel.den.length === 1) {
        const a = P(rel.num), d = P(rel.den[0]); if (!a || !d || a.sheet !== t.sheet || d.sheet !== t.sheet) continue;
        const dd = rel.target.c.dec == null ? 1 : rel.target.c.dec;
        tc.formula = rel.target.c.pct ? `ROUND(${a.cell}/${d.cell},${dd + 2})` : `ROUND(${a.cell}/${d.cell}*${rel.target.c.mult || 100},${dd})`;
      } else if (rel.t === 'growth') {
        const a = P(rel.cur), d = P(rel.prev); if (!a || !d) continue;
        const dd = rel.target.c.dec == null ? 1 : rel.target.c.dec;
        tc.formula = rel.target.c.pct ? `ROUND(${a.cell}/${d.cell}-1,${dd + 2})` : `ROUND((${a.cell}/${d.cell}-1)*100,${dd})`;
      } else if (rel.t === 'lin') {
        const ts = rel.terms.map(([x, sg]) => [P(x), sg]); if (ts.some(([p]) => !p || p.sheet !== t.sheet)) continue;
        tc.formula = ts.map(([p, sg], i) => (sg < 0 ? '-' : i ? '+' : '') + p.cell).join('');
      }
    }
  }
  for (const rel of rels) {
    const m = { t: rel.t };
    if (rel.t === 'sum') { m.target = P(rel.target); m.parts = rel.parts.map(P); m.tol = rel.tol; if (rel.naOk) m.naOk = true; if (rel.qzsum) m.qzsum = true; if (!m.target || m.parts.some((p) => !p)) continue; }
    else if (rel.t === 'lin') { m.target = P(rel.target); m.terms = rel.terms.map(([x, s]) => [P(x), s]); m.tol = rel.tol; if (!m.target || m.terms.some((p) => !p[0])) continue; }
    else if (rel.t === 'le') { m.part = P(rel.part); m.whole = P(rel.whole); if (!m.part || !m.whole) continue; }
    else if (rel.t === 'rate') { Object.assign(m, { target: P(rel.target), num: P(rel.num), den: rel.den.map(P), dec: rel.dec, mult: rel.mult, numTol: rel.numTol, denTol: rel.denTol }); if (!m.target || !m.num || m.den.some((p) => !p)) continue; }
    else if (rel.t === 'growth') { Object.assign(m, { target: P(rel.target), cur: P(rel.cur), prev: P(rel.prev), dec: rel.dec, scale: rel.scale, curTol: rel.curTol, prevTol: rel.prevTol }); if (!m.target || !m.cur || !m.prev) continue; }
    book.rels.push(m);
  }
  const addr = (n, key) => { const c = typeof key === 'object' ? key : cols.find((x) => (x.key || x.id) === key || x.id === key); return pos.get(n.idx + '|' + c.j); };
  return { end: r, addr, sheet: sh };
}

// ---------- writer ----------
const thin = { style: 'thin' };
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '统计科';
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a, x] of s.cells) {
      const cell = ws.getCell(a);
      cell.value = x.formula ? { formula: x.formula, result: x.v } : x.asText != null ? (x.asText === 0 ? Number(x.v).toLocaleString('en-US') : Number(x.v).toFixed(x.asText)) : x.v;
      if (x.asText != null) { cell.numFmt = '@'; cell.alignment = { horizontal: 'right' }; }
      if (x.fmt) cell.numFmt = x.fmt;
      if (x.bold || x.size) cell.font = { name: '宋体', bold: !!x.bold, size: x.size || 11 };
      if (x.align) cell.alignment = x.align;
      if (x.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    for (const m of s.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    for (const [c, w] of Object.entries(s.widths)) ws.getColumn(+c).width = w;
  }
  await wb.xlsx.writeFile(file);
}

module.exports = { mkRng, colName, A, Retry, rnd, fmtDec, SheetM, Book, buildTable, writeBook, HDR };
