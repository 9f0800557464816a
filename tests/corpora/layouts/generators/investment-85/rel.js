// Shared relation checker (used by gen.js in memory and verify.js on files read back).
// V(key) -> number | null ; M[key] -> {dec, exact, pct, nul}
const EPS = 1e-7;
function half(m) { return !m || m.exact ? 0 : 0.5 * Math.pow(10, -m.dec); }
function getv(k, V, M) {
  const v = V(k);
  if (v == null) return M[k] && M[k].nul === 'zero' ? 0 : null;
  return v;
}
function cellsOf(r) {
  switch (r.type) {
    case 'sum': case 'lesum': return [r.total, ...r.parts];
    case 'sumc': return [...r.parts];
    case 'le': case 'mono': return [r.part, r.whole];
    case 'growth': return [r.rate, r.cur, r.prev];
    case 'gsum': return [r.total.c, r.total.r, ...r.parts.flatMap((p) => [p.c, p.r])];
    case 'share': return [r.share, r.part, r.whole];
    case 'ratio': return [r.cell, r.num, r.den];
    case 'diff': return [r.a, r.b, r.c];
    case 'eq': return [r.a, r.b];
  }
  throw new Error('type ' + r.type);
}
// returns {skip} or {ok, excess, tol}
function check(r, V, M) {
  const g = (k) => getv(k, V, M), h = (k) => half(M[k]);
  const vals = cellsOf(r).map(g);
  if (vals.some((x) => x == null)) return { skip: true };
  let dev, tol;
  switch (r.type) {
    case 'sum': {
      const T = g(r.total), S = r.parts.reduce((a, k) => a + g(k), 0);
      dev = Math.abs(T - S); tol = h(r.total) + r.parts.reduce((a, k) => a + h(k), 0) + EPS * Math.max(1, Math.abs(T));
      return { ok: dev <= tol, excess: dev - tol, tol };
    }
    case 'sumc': {
      const S = r.parts.reduce((a, k) => a + g(k), 0);
      dev = Math.abs(r.value - S); tol = r.parts.reduce((a, k) => a + h(k), 0) + EPS * 100;
      return { ok: dev <= tol, excess: dev - tol, tol };
    }
    case 'lesum': {
      const T = g(r.total), S = r.parts.reduce((a, k) => a + g(k), 0);
      tol = h(r.total) + r.parts.reduce((a, k) => a + h(k), 0) + EPS * Math.max(1, Math.abs(T));
      return { ok: S <= T + tol, excess: S - T - tol, tol };
    }
    case 'le': case 'mono': {
      const p = g(r.part), w = g(r.whole); tol = h(r.part) + h(r.whole) + EPS * Math.max(1, Math.abs(w));
      return { ok: p <= w + tol, excess: p - w - tol, tol };
    }
    case 'eq': case 'diff': {
      const a = g(r.a), b = r.type === 'eq' ? g(r.b) : g(r.b) - g(r.c);
      tol = h(r.a) + h(r.b) + (r.type === 'diff' ? h(r.c) : 0) + EPS * Math.max(1, Math.abs(a));
      dev = Math.abs(a - b);
      return { ok: dev <= tol, excess: dev - tol, tol };
    }
    case 'growth': {
      const rt = g(r.rate), c = g(r.cur), p = g(r.prev);
      const hc = h(r.cur), hp = h(r.prev), hr = h(r.rate);
      if (p - hp <= 0) return { skip: true };
      const lo = (Math.max(0, c - hc) / (p + hp) - 1) * 100, hi = ((c + hc) / (p - hp) - 1) * 100;
      return interval(rt, lo, hi, hr);
    }
    case 'share': case 'ratio': {
      const k = r.type === 'share' ? 100 : r.k;
      const s = g(r.type === 'share' ? r.share : r.cell), a = g(r.type === 'share' ? r.part : r.num), b = g(r.type === 'share' ? r.whole : r.den);
      const ha = h(r.type === 'share' ? r.part : r.num), hb = h(r.type === 'share' ? r.whole : r.den), hs = h(r.type === 'share' ? r.share : r.cell);
      if (b - hb <= 0) return { skip: true };
      const lo = k * Math.max(0, a - ha) / (b + hb), hi = k * (a + ha) / (b - hb);
      return interval(s, lo, hi, hs);
    }
    case 'gsum': {
      const imp = (it) => {
        const c = g(it.c), rt = g(it.r), hc = h(it.c), hr = h(it.r);
        const dlo = 1 + (rt - hr) / 100, dhi = 1 + (rt + hr) / 100;
        if (dlo <= 0) return null;
        return [Math.max(0, c - hc) / dhi, (c + hc) / dlo];
      };
      const T = imp(r.total); if (!T) return { skip: true };
      let slo = 0, shi = 0;
      for (const p of r.parts) { const x = imp(p); if (!x) return { skip: true }; slo += x[0]; shi += x[1]; }
      const excess = Math.max(slo - T[1], T[0] - shi) - EPS * Math.max(1, T[1]);
      tol = ((T[1] - T[0]) + (shi - slo)) / 2;
      return { ok: excess <= 0, excess, tol };
    }
  }
}
function interval(v, lo, hi, hv) {
  const e = 1e-7 * Math.max(1, Math.abs(v));
  const excess = Math.max(lo - hv - v, v - hi - hv) - e;
  const tol = (hi - lo) / 2 + hv;
  return { ok: excess <= 0, excess, tol };
}
module.exports = { check, cellsOf, half };
