'use strict';
// Relation checker shared by gen.js (self-check while planting) and verify.js (re-read from xlsx).
// A relation names cells as "Sheet!A1".
function lin(terms, get) {
  let s = 0;
  for (const [k, r] of terms) { const v = get(r); if (typeof v !== 'number') return NaN; s += k * v; }
  return s;
}
function refsOf(x) {
  switch (x.t) {
    case 'sum': return [x.total, ...x.parts];
    case 'ratio': return [x.cell, ...x.num.map((t) => t[1]), ...x.den.map((t) => t[1])];
    case 'lin': return [x.cell, ...x.terms.map((t) => t[1])];
    case 'le': return [x.part, x.whole];
  }
  throw new Error('bad relation ' + x.t);
}
// returns {viol, tol, u}; holds when viol <= tol
function evalRel(x, get) {
  switch (x.t) {
    case 'sum': {
      const T = get(x.total); const s = lin(x.parts.map((p) => [1, p]), get);
      const tol = x.exact ? 1e-6 : (x.parts.length + 1) * 0.5 * x.u + 1e-6;
      return { viol: Math.abs(T - s), tol, u: x.u };
    }
    case 'ratio': {
      const v = get(x.cell); const N = lin(x.num, get), D = lin(x.den, get);
      const u = 10 ** -x.dp;
      return { viol: Math.abs(v - x.k * N / D), tol: 0.5 * u + 1e-6, u };
    }
    case 'lin': {
      const v = get(x.cell); const w = (x.c0 || 0) + lin(x.terms, get);
      return { viol: Math.abs(v - w), tol: (x.tol || 0) + 1e-6, u: x.u };
    }
    case 'le': return { viol: Math.max(0, get(x.part) - get(x.whole)), tol: 1e-6, u: x.u };
  }
  throw new Error('bad relation ' + x.t);
}
const holds = (e) => Number.isFinite(e.viol) && e.viol <= e.tol;
module.exports = { evalRel, refsOf, holds };
