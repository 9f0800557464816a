'use strict';
// Relation arithmetic shared by gen.js (in memory) and verify.js (re-read xlsx).
// Cells are referenced as "Sheet!A1".
// Kinds: lin  {t:'lin', k:'sum'|'bal'|'diff', lhs, rhs:[[ref,coef],...]}   lhs = sum(coef*ref)
//        pct  {t:'pct', cell, num:[[ref,coef]], den:ref, tol, f}          cell ~ f*num/den within tol
//        le   {t:'le', part, whole}
const EPS = 1e-7;
function refsOf(r) {
  if (r.t === 'lin') return [r.lhs, ...r.rhs.map((x) => x[0])];
  if (r.t === 'pct') return [r.cell, ...r.num.map((x) => x[0]), r.den];
  if (r.t === 'le') return [r.part, r.whole];
  throw new Error('bad rel ' + r.t);
}
function cellNum(v, numFmt) {
  if (v == null) return 0;
  if (typeof v === 'object' && v.richText) v = v.richText.map((t) => t.text).join('');
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '' || s === '—' || s === '-' || s === '－' || s === '——') return 0;
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  }
  return NaN;
}
// true holds / false broken
function evalRel(r, get) {
  if (r.t === 'lin') {
    const l = get(r.lhs); const s = r.rhs.reduce((a, [ref, c]) => a + c * get(ref), 0);
    return Math.abs(l - s) < EPS;
  }
  if (r.t === 'pct') {
    const v = get(r.cell); const n = r.num.reduce((a, [ref, c]) => a + c * get(ref), 0); const d = get(r.den);
    if (!d) return v === 0;
    return Math.abs(v - r.f * n / d) <= r.tol + 1e-9;
  }
  if (r.t === 'le') return get(r.part) <= get(r.whole) + EPS;
}
module.exports = { refsOf, evalRel, cellNum };
