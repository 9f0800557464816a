// Shared relation evaluation (used by gen.js for plant checks and by verify.js on read-back files)
'use strict';
function parseVal(v) {
  if (v == null) return { num: 0, kind: 'blank' };
  if (typeof v === 'object') {
    if (v instanceof Date) return { num: NaN, kind: 'text' };
    if ('result' in v) return parseVal(v.result);
    if (v.richText) return parseVal(v.richText.map((t) => t.text).join(''));
    return { num: NaN, kind: 'text' };
  }
  if (typeof v === 'number') return { num: v, kind: 'num' };
  const s = String(v).trim();
  if (s === '') return { num: 0, kind: 'blank' };
  if (['—', '-', '－', '——', '–'].includes(s)) return { num: 0, kind: 'zero' };
  if (['…', '...', '……'].includes(s)) return { num: 0, kind: 'tiny' };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { num: Number(s), kind: 'num' };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { num: Number(s.replace(/,/g, '')), kind: 'num' };
  return { num: NaN, kind: 'text' };
}
// get(addr) -> {num, kind, dec}
function half(c) { return 0.5 * Math.pow(10, -(c.dec || 0)); }
const EPS = 1e-7;
function evalRel(rel, get) {
  const g = (a) => get(a);
  const usable = (c) => c.kind === 'num' || c.kind === 'zero' || c.kind === 'blank' || c.kind === 'tiny';
  const isNum = (c) => c.kind === 'num' || c.kind === 'tiny' || c.kind === 'zero';
  let dev = 0, tol = 0, cells = [];
  switch (rel.type) {
    case 'sum': {
      const t = g(rel.t), ps = rel.parts.map(g);
      cells = [rel.t, ...rel.parts];
      if (![t, ...ps].every(usable)) return { skip: true, cells };
      if (!isNum(t)) return { skip: true, cells };
      dev = Math.abs(t.num - ps.reduce((s, c) => s + c.num, 0));
      tol = half(t) + ps.reduce((s, c) => s + half(c), 0) + (rel.extraTol || 0);
      break;
    }
    case 'lin': {
      const t = g(rel.t), ts = rel.terms.map(([k, a]) => [k, g(a)]);
      cells = [rel.t, ...rel.terms.map((x) => x[1])];
      if (![t, ...ts.map((x) => x[1])].every(usable)) return { skip: true, cells };
      dev = Math.abs(t.num - ts.reduce((s, [k, c]) => s + k * c.num, 0));
      tol = half(t) + ts.reduce((s, [k, c]) => s + Math.abs(k) * half(c), 0);
      break;
    }
    case 'le': {
      const w = g(rel.whole), ps = rel.parts.map(g);
      cells = [rel.whole, ...rel.parts];
      if (![w, ...ps].every(usable)) return { skip: true, cells };
      const s = ps.reduce((a, c) => a + c.num, 0);
      dev = Math.max(0, s - w.num);
      tol = half(w) + ps.reduce((a, c) => a + half(c), 0);
      break;
    }
    case 'eq': {
      const a = g(rel.a), b = g(rel.b);
      cells = [rel.a, rel.b];
      if (!usable(a) || !usable(b)) return { skip: true, cells };
      dev = Math.abs(a.num - b.num); tol = half(a) + half(b);
      break;
    }
    case 'ratio': {
      const t = g(rel.t), n = g(rel.n);
      const d = rel.dConst != null ? { num: rel.dConst, kind: 'num', dec: 20 } : g(rel.d);
      cells = [rel.t, rel.n].concat(rel.d ? [rel.d] : []);
      if (!isNum(t) || !usable(n) || !isNum(d) || d.num === 0) return { skip: true, cells };
      const s = rel.scale;
      const exp = n.num / d.num * s;
      dev = Math.abs(t.num - exp);
      const hn = half(n), hd = rel.dConst != null ? 0 : half(d);
      tol = half(t) + Math.abs(s) * (hn / Math.abs(d.num) + Math.abs(n.num) * hd / (d.num * d.num)) * 1.02 + (rel.extraTol || 0);
      break;
    }
    case 'growth': {
      const t = g(rel.t), c = g(rel.cur), p = g(rel.prev);
      cells = [rel.t, rel.cur, rel.prev];
      if (!isNum(t) || !isNum(c) || !isNum(p) || p.num === 0) return { skip: true, cells };
      const exp = rel.neg ? (p.num - c.num) / p.num * 100 : (c.num / p.num - 1) * 100;
      dev = Math.abs(t.num - exp);
      tol = half(t) + 100 * (half(c) / Math.abs(p.num) + Math.abs(c.num) * half(p) / (p.num * p.num)) * 1.02;
      break;
    }
    case 'diff': {
      const t = g(rel.t), c = g(rel.cur), p = g(rel.prev);
      cells = [rel.t, rel.cur, rel.prev];
      if (!isNum(t) || !isNum(c) || !isNum(p)) return { skip: true, cells };
      dev = Math.abs(t.num - (rel.neg ? p.num - c.num : c.num - p.num));
      tol = half(t) + half(c) + half(p);
      break;
    }
    default: throw new Error('rel type ' + rel.type);
  }
  tol += EPS;
  return { dev, tol, ok: dev <= tol, cells };
}
function relCells(rel) {
  switch (rel.type) {
    case 'sum': return [rel.t, ...rel.parts];
    case 'lin': return [rel.t, ...rel.terms.map((x) => x[1])];
    case 'le': return [rel.whole, ...rel.parts];
    case 'eq': return [rel.a, rel.b];
    case 'ratio': return [rel.t, rel.n].concat(rel.d ? [rel.d] : []);
    case 'growth': case 'diff': return [rel.t, rel.cur, rel.prev];
  }
  return [];
}
module.exports = { parseVal, evalRel, relCells };
