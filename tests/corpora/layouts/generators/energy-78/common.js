// shared constraint evaluator for gen.js and verify.js
const E = 1e-6;
function refsOf(c) {
  const out = [];
  for (const k of ['target', 'part', 'whole', 'num', 'den', 'cur', 'prev', 'a', 'b']) if (c[k] && typeof c[k] === 'object') out.push(c[k]);
  if (c.parts) out.push(...c.parts);
  return out;
}
function evalCon(c, g) {
  switch (c.t) {
    case 'sum': { const s = c.parts.reduce((a, p) => a + g(p), 0); return Math.abs(g(c.target) - s) <= c.tol + E; }
    case 'const': { const s = c.parts.reduce((a, p) => a + g(p), 0); return Math.abs(s - c.k) <= c.tol + E; }
    case 'le': return g(c.part) <= g(c.whole) + E;
    case 'ratio': { const den = typeof c.den === 'number' ? c.den : g(c.den); const x = g(c.num) / den * c.scale; return Math.abs(g(c.target) - x) <= 0.5 * 10 ** -c.d + E; }
    case 'growth': { const x = (g(c.cur) / g(c.prev) - 1) * 100; return Math.abs(g(c.target) - x) <= 0.5 * 10 ** -c.d + E; }
    case 'decline': { const x = (1 - g(c.cur) / g(c.prev)) * 100; return Math.abs(g(c.target) - x) <= 0.5 * 10 ** -c.d + E; }
    case 'diff': return Math.abs(g(c.target) - (g(c.a) - g(c.b))) <= c.tol + E;
  }
  throw new Error('bad con ' + c.t);
}
const same = (x, y) => x.s === y.s && x.a === y.a;
module.exports = { evalCon, refsOf, same };
