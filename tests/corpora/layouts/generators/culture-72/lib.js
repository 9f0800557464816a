function colName(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colName(c) + r; }
function toNum(v) {
  if (v == null) return null;
  if (typeof v === 'object') { if ('result' in v) return toNum(v.result); if (v.richText) v = v.richText.map((x) => x.text).join(''); else return NaN; }
  if (typeof v === 'number') return v;
  const s = String(v).trim().replace(/,/g, '');
  if (s === '' || /^[-—–－…]+$/.test(s)) return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return parseFloat(s);
  return NaN;
}
const key = (ref) => ref.s + '!' + ref.a;
// sum: tgt = sum(parts); le: a <= b; ratio: tgt = round(num/den*k, d); chg: tgt = round((cur-prev)/prev*100,d); diff: tgt = a - b
function broken(rel, get) {
  const z = (x) => (x == null ? 0 : x);
  if (rel.t === 'sum') { const t = z(get(rel.tgt)); const s = rel.parts.reduce((a, p) => a + z(get(p)), 0); return Number.isNaN(t + s) || Math.abs(t - s) > 1e-6; }
  if (rel.t === 'le') { const a = z(get(rel.a)), b = z(get(rel.b)); return !(a <= b + 1e-9); }
  if (rel.t === 'diff') { const t = z(get(rel.tgt)), a = z(get(rel.a)), b = z(get(rel.b)); return Number.isNaN(t + a + b) || Math.abs(t - (a - b)) > 1e-6; }
  if (rel.t === 'ratio' || rel.t === 'chg') {
    const t = get(rel.tgt), n = z(get(rel.num)), d = z(get(rel.den));
    if (d === 0) return t != null;
    if (t == null || Number.isNaN(t)) return true;
    const exact = rel.t === 'ratio' ? (n / d) * rel.k : ((n - d) / d) * 100;
    return Math.abs(t - exact) > 0.5 * Math.pow(10, -rel.d) + 1e-7;
  }
  throw new Error('bad rel ' + rel.t);
}
function cellsOf(rel) {
  if (rel.t === 'sum') return [rel.tgt, ...rel.parts];
  if (rel.t === 'le') return [rel.a, rel.b];
  if (rel.t === 'diff') return [rel.tgt, rel.a, rel.b];
  return [rel.tgt, rel.num, rel.den];
}
module.exports = { colName, addr, toNum, broken, cellsOf, key };
