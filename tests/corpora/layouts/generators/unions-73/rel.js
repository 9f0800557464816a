const rnd = (x, d) => { const p = 10 ** d; return Math.round(Number((x * p).toPrecision(12))) / p; };
const z = (v) => typeof v === 'number' ? v : (v === '—' || v === '-' || v === '' || v == null) ? 0 : (typeof v === 'string' && /^-?[\d.]+$/.test(v)) ? +v : null;
const n = (v) => typeof v === 'number' ? v : (typeof v === 'string' && /^-?[\d.]+$/.test(v)) ? +v : null;
// values-level relation: true holds, false broken, null uncheckable
function evalRel(r) {
  if (r.t === 'sum') { const t = z(r.tot), ps = r.parts.map(z); if (t == null || ps.some((x) => x == null)) return null; return Math.abs(t - ps.reduce((a, b) => a + b, 0)) < 1e-6; }
  if (r.t === 'lin') { const t = z(r.tot), p = r.plus.map(z), m = r.minus.map(z); if ([t, ...p, ...m].some((x) => x == null)) return null; return Math.abs(t - p.reduce((a, b) => a + b, 0) + m.reduce((a, b) => a + b, 0)) < 1e-6; }
  if (r.t === 'diff') { const o = z(r.out), a = z(r.a), b = z(r.b); if (o == null || a == null || b == null) return null; return Math.abs(o - (a - b)) < 1e-6; }
  if (r.t === 'rate') { const o = n(r.out), a = n(r.num), b = n(r.den); if (o == null || a == null || !b) return null; return Math.abs(rnd(a / b * r.k, r.d) - o) < 1e-9; }
  if (r.t === 'chg') { const o = n(r.out), a = n(r.cur), b = n(r.prev); if (o == null || a == null || !b) return null; return Math.abs(rnd((a / b - 1) * 100, r.d) - o) < 1e-9; }
  if (r.t === 'le') { const a = z(r.part), b = z(r.whole); if (a == null || b == null) return null; return a <= b + 1e-9; }
}
const isRC = (x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number';
const mapRel = (rel, f) => { const o = {}; for (const [k, v] of Object.entries(rel)) o[k] = isRC(v) ? f(v) : (Array.isArray(v) ? v.map((x) => isRC(x) ? f(x) : x) : v); return o; };
const relCells = (rel) => { const out = []; for (const [k, v] of Object.entries(rel)) { if (isRC(v)) out.push(v); else if (Array.isArray(v)) v.forEach((x) => isRC(x) && out.push(x)); } return out; };
module.exports = { rnd, evalRel, mapRel, relCells, isRC };
