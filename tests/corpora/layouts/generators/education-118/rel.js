// Shared arithmetic for gen.js / verify.js: evaluates one relation against cell values.
// Returns the excess of the discrepancy over the tolerance (>0 means the relation is broken), or null if not evaluable.
function num(v) {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v && typeof v.result === 'number') return v.result;
  const s = String(v).trim();
  if (s === '' || s === '-' || s === '—' || s === '…' || s === '...') return 0;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : NaN;
}
function evalRel(rel, get) {
  const g = (a) => num(get(a));
  switch (rel.t) {
    case 'sum': {
      const s = rel.parts.reduce((a, p) => a + g(p), 0);
      return Math.abs(g(rel.total) - s) - rel.tol;
    }
    case 'le': {
      const s = rel.parts.reduce((a, p) => a + g(p), 0);
      return s - g(rel.whole) - rel.tol;
    }
    case 'rate': {
      const d = g(rel.den);
      if (!d) return null;
      return Math.abs(g(rel.cell) - (g(rel.num) / d) * rel.k) - rel.tol;
    }
    case 'growth': {
      const p = g(rel.prev);
      if (!p) return null;
      return Math.abs(g(rel.cell) - (g(rel.cur) / p - 1) * 100) - rel.tol;
    }
    case 'pp':
      return Math.abs(g(rel.cell) - (g(rel.cur) - g(rel.prev))) - rel.tol;
    case 'cagr': {
      const s = g(rel.start);
      if (!s) return null;
      return Math.abs(g(rel.cell) - (Math.pow(g(rel.end) / s, 1 / rel.n) - 1) * 100) - rel.tol;
    }
  }
  throw new Error('unknown rel ' + rel.t);
}
function relCells(rel) {
  switch (rel.t) {
    case 'sum': return [rel.total, ...rel.parts];
    case 'le': return [rel.whole, ...rel.parts];
    case 'rate': return [rel.cell, rel.num, rel.den];
    case 'growth': case 'pp': return [rel.cell, rel.cur, rel.prev];
    case 'cagr': return [rel.cell, rel.end, rel.start];
  }
  return [];
}
module.exports = { evalRel, relCells, num };
