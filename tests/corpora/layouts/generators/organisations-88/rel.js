'use strict';
// Shared relation arithmetic for gen.js (in memory) and verify.js (from the written xlsx).
// A relation refers to cells as "Sheet!A1".
const EPS = 1e-6;

function refsOf(r) {
  return [r.target, r.num, r.den, r.a, r.b, r.part, r.whole, ...(r.parts || [])].filter(Boolean);
}

// returns true (holds), false (broken), null (cannot evaluate: a cell is empty / not numeric)
function evalRel(r, get) {
  const vals = {};
  for (const f of ['target', 'num', 'den', 'a', 'b', 'part', 'whole']) {
    if (r[f] !== undefined) { vals[f] = get(r[f]); if (vals[f] == null) return null; }
  }
  let parts;
  if (r.parts) { parts = r.parts.map(get); if (parts.some((x) => x == null)) return null; }
  const half = (d) => 0.5 * Math.pow(10, -d) + 1e-9;
  switch (r.t) {
    case 'sum': return Math.abs(vals.target - parts.reduce((a, b) => a + b, 0)) < EPS;
    case 'eq': return Math.abs(vals.target - vals.a) < EPS;
    case 'diff': return Math.abs(vals.target - (vals.a - vals.b)) < EPS;
    case 'pp': return Math.abs(vals.target - (vals.a - vals.b)) < 1e-6;
    case 'rate': if (vals.den === 0) return null; return Math.abs(vals.target - vals.num / vals.den * 100) <= half(r.d);
    case 'growth': if (vals.b === 0) return null; return Math.abs(vals.target - (vals.a - vals.b) / vals.b * 100) <= half(r.d);
    case 'le': return vals.part <= vals.whole + EPS;
    default: throw new Error('unknown relation ' + r.t);
  }
}

// parse a cell the way a reader of the sheet would: numbers, numeric text, full-width digits, percent formats
function parseCell(cell) {
  if (!cell) return null;
  let v = cell.value;
  if (v == null) return null;
  if (typeof v === 'object' && v.richText) v = v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) v = v.result;
  if (typeof v === 'number') return /%/.test(cell.numFmt || '') ? v * 100 : v;
  if (typeof v !== 'string') return null;
  let s = v.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xFEE0))
    .replace(/．/g, '.').replace(/－/g, '-').replace(/％/g, '%').replace(/[,\s\u3000]/g, '');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

module.exports = { evalRel, refsOf, parseCell };
