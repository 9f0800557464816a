'use strict';
// Independently re-reads every written workbook and recomputes every recorded relation.
// Clean books: every relation must hold. Planted books: at least one relation touching the planted cell
// must fail, and every relation not touching it must hold.
// Usage: node verify.js            (cases + probe)
const fs = require('fs'), path = require('path');
const EPS = 1e-7;
const num = (v) => {
  if (typeof v === 'number' && isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/.test(v)) return Number(v.replace(/[,\s]/g, ''));
  return null;
};

function check(get, rel) {
  const T = rel.target ? num(get(rel.target)) : null;
  switch (rel.t) {
    case 'sum': {
      if (T == null) return { ok: true };
      const s = rel.parts.reduce((a, p) => a + (num(get(p)) || 0), 0);
      if (rel.naOk && rel.parts.some((p) => num(get(p)) == null)) return { ok: T >= s - rel.tol - EPS, why: `total ${T} below visible parts ${s}` };
      return { ok: Math.abs(T - s) <= rel.tol + EPS, why: `total ${T} vs sum ${+s.toFixed(6)} tol ${rel.tol}` };
    }
    case 'lin': {
      if (T == null) return { ok: true };
      const s = rel.terms.reduce((a, [p, sg]) => a + sg * (num(get(p)) || 0), 0);
      return { ok: Math.abs(T - s) <= rel.tol + EPS, why: `${T} vs ${+s.toFixed(6)} tol ${rel.tol}` };
    }
    case 'le': {
      const p = num(get(rel.part)), w = num(get(rel.whole));
      if (p == null || w == null) return { ok: true };
      return { ok: p <= w + EPS, why: `part ${p} > whole ${w}` };
    }
    case 'rate': {
      if (T == null) return { ok: true };
      const a = num(get(rel.num)); const ds = rel.den.map((d) => num(get(d)));
      if (a == null || ds.some((d) => d == null)) return { ok: false, why: 'rate without numeric inputs' };
      const b = ds.reduce((x, y) => x + y, 0);
      const lo = ((a - rel.numTol) / (b + rel.denTol)) * rel.mult, hi = ((a + rel.numTol) / (b - rel.denTol)) * rel.mult;
      const h = 0.5 * Math.pow(10, -rel.dec);
      return { ok: T >= lo - h - EPS && T <= hi + h + EPS, why: `rate ${T} vs [${lo.toFixed(4)},${hi.toFixed(4)}]` };
    }
    case 'growth': {
      if (T == null) return { ok: true };
      const c = num(get(rel.cur)), p = num(get(rel.prev));
      if (c == null || p == null || p <= 0) return { ok: false, why: 'growth without numeric inputs' };
      const sc = rel.scale || 100;
      const e1 = ((c - rel.curTol) / (p + rel.prevTol) - 1) * sc, e2 = ((c + rel.curTol) / (p - rel.prevTol) - 1) * sc;
      const lo = Math.min(e1, e2), hi = Math.max(e1, e2);
      const h = 0.5 * Math.pow(10, -rel.dec);
      return { ok: T >= lo - h - EPS && T <= hi + h + EPS, why: `growth ${T} vs [${lo.toFixed(4)},${hi.toFixed(4)}]` };
    }
  }
  return { ok: false, why: 'unknown relation ' + rel.t };
}
const cellsOf = (rel) => {
  const out = [];
  const add = (x) => x && out.push(x);
  add(rel.target); (rel.parts || []).forEach(add); (rel.terms || []).forEach((t) => add(t[0]));
  add(rel.part); add(rel.whole); add(rel.num); (rel.den || []).forEach(add); add(rel.cur); add(rel.prev);
  return out;
};
const same = (a, b) => a.sheet === b.sheet && a.cell === b.cell;

async function loadBook(file) {
  const ExcelJS = require('/work/main/node_modules/exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return (ref) => {
    const ws = wb.getWorksheet(ref.sheet);
    if (!ws) return undefined;
    let v = ws.getCell(ref.cell).value;
    if (v && typeof v === 'object' && 'result' in v) v = v.result;
    return v;
  };
}

async function main() {
  const dir = __dirname;
  let bad = 0, n = 0, nrel = 0;
  for (const m of ['manifest.json', 'probe/manifest.json']) {
    const mf = path.join(dir, m);
    if (!fs.existsSync(mf)) continue;
    for (const e of JSON.parse(fs.readFileSync(mf, 'utf8'))) {
      n++;
      const relFile = path.join(dir, 'rel', e.file + '.json');
      const { rels } = JSON.parse(fs.readFileSync(relFile, 'utf8'));
      const get = await loadBook(path.join(dir, e.file));
      const fails = [];
      for (const rel of rels) { nrel++; const r = check(get, rel); if (!r.ok) fails.push({ rel, why: r.why }); }
      if (!e.planted) {
        if (fails.length) { bad++; console.log(`NOTCLEAN ${e.file}: ${fails.slice(0, 3).map((f) => `${f.rel.t} ${f.rel.target ? f.rel.target.sheet + '!' + f.rel.target.cell : f.rel.part.cell} ${f.why}`).join(' | ')}`); }
      } else {
        const p = e.planted;
        const touching = fails.filter((f) => cellsOf(f.rel).some((x) => same(x, p)));
        const other = fails.filter((f) => !cellsOf(f.rel).some((x) => same(x, p)));
        if (!touching.length) { bad++; console.log(`PLANT-INERT ${e.file} ${p.sheet}!${p.cell}`); }
        if (other.length) { bad++; console.log(`PLANT-OTHER ${e.file}: ${other.map((f) => f.rel.t + ' ' + f.why).join(' | ')}`); }
        const relCount = rels.filter((r) => cellsOf(r).some((x) => same(x, p))).length;
        if (process.argv.includes('-v')) console.log(`plant ${e.file} ${p.sheet}!${p.cell} breaks ${touching.length}/${relCount}`);
      }
    }
  }
  console.log(`verify: ${n} books, ${nrel} relations checked, ${bad} problems`);
  process.exitCode = bad ? 1 : 0;
}
module.exports = { check, cellsOf };
if (require.main === module) main();
