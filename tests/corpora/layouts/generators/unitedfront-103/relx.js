// extends rel.js with 'rateSum' (cell = sum(nums)/den*100), used for 大专及以上占比
const { evalRel, relCells, num } = require('./rel.js');
function ev(rel, get) {
  if (rel.t === 'rateSum') { const dn = num(get(rel.den)); if (!dn) return null; return Math.abs(num(get(rel.cell)) - rel.nums.reduce((a, p) => a + num(get(p)), 0) / dn * 100) - rel.tol; }
  return evalRel(rel, get);
}
function cellsOf(rel) { return rel.t === 'rateSum' ? [rel.cell, rel.den, ...rel.nums] : relCells(rel); }
module.exports = { ev, cellsOf };
