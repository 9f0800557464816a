// shared relation checks for gen.js / verify.js
function numGet(v, pct) {
  if (v === '-') return 0;
  if (typeof v === 'number') return pct ? v * 100 : v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return null;
}
const EPS = 1e-6;
function holds(r, get) {
  const g = (a) => get(a);
  if (r.type === 'sum') {
    const t = g(r.t), ps = r.parts.map(g);
    if (t == null || ps.some((x) => x == null)) return false;
    return Math.abs(t - ps.reduce((s, x) => s + x, 0)) <= r.tol + EPS;
  }
  if (r.type === 'rate') {
    const v = g(r.c), n = g(r.num), d = g(r.den);
    if (v == null || n == null || d == null || d === 0) return false;
    return Math.abs(v - (n / d) * r.scale) <= 0.5 * 10 ** -r.dec + EPS;
  }
  if (r.type === 'growth') {
    const v = g(r.c), c = g(r.cur), p = g(r.prev);
    if (v == null || c == null || p == null || p === 0) return false;
    return Math.abs(v - ((c - p) / p) * 100) <= 0.5 * 10 ** -r.dec + EPS;
  }
  if (r.type === 'index') {
    const v = g(r.c), c = g(r.cur), p = g(r.prev);
    if (v == null || c == null || p == null || p === 0) return false;
    return Math.abs(v - (c / p) * 100) <= 0.5 * 10 ** -r.dec + EPS;
  }
  if (r.type === 'pp') {
    const v = g(r.c), c = g(r.cur), p = g(r.prev);
    if (v == null || c == null || p == null) return false;
    return Math.abs(v - (c - p)) <= 0.5 * 10 ** -r.dec + EPS;
  }
  if (r.type === 'le') {
    const a = g(r.part), b = g(r.whole);
    if (a == null || b == null) return false;
    return a <= b + EPS;
  }
  return false;
}
module.exports = { holds, numGet };
