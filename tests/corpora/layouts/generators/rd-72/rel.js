const rnd = (x, d) => { const p = 10 ** d; return Math.round(Number((x * p).toPrecision(12))) / p; };
const num = (v) => typeof v === 'number' ? v : (v === '—' || v === '-' || v === '' || v == null) ? 0 : (typeof v === 'string' && /^-?[\d.]+$/.test(v)) ? +v : null;
// returns true (holds), false (broken), null (not checkable)
function evalRel(r) {
  if (r.t === 'sum') { const t = num(r.tot), ps = r.parts.map(num); if (t == null || ps.some((x) => x == null)) return null; return Math.abs(t - ps.reduce((a, b) => a + b, 0)) < 1e-6; }
  const n = (v) => typeof v === 'number' ? v : (typeof v === 'string' && /^-?[\d.]+$/.test(v)) ? +v : null;
  if (r.t === 'rate') { const o = n(r.out), a = n(r.num), b = n(r.den); if (o == null || a == null || !b) return null; return Math.abs(rnd(a / b * r.k, r.d) - o) < 1e-9; }
  if (r.t === 'chg') { const o = n(r.out), a = n(r.cur), b = n(r.prev); if (o == null || a == null || !b) return null; return Math.abs(rnd((a / b - 1) * 100, r.d) - o) < 1e-9; }
  if (r.t === 'le') { const a = n(r.part), b = n(r.whole); if (a == null || b == null) return null; return a <= b; }
}
module.exports = { rnd, evalRel };
