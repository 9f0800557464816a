// Generates cases/ (curated mix) and probe/ (random mix) of education-statistics workbooks.
// usage: node gen.js            -> both sets
//        node gen.js cases|probe
'use strict';
const fs = require('fs'), path = require('path');
const L = require('./lib.js');
const { build } = require('./builders.js');
const { Rng, CITIES, COUNTIES, newSheet, placeTable, transpose, addFormulas, writeBook, evalRel, relCells, parseNum } = L;

const SHEETNAMES = { twoStub: ['分举办者', '公办民办'], levelWan: ['学生教师', '表2'],  level: ['各级学校', '学校基本情况', '表1 基本情况'], areaLevels: ['分县区', '分区域义务教育', '分乡镇'], balance: ['学生变动', '在校生变动'], compare: ['主要指标', '发展概况'], rates: ['普及指标', '升学巩固'], teachers: ['专任教师', '教师'], funding: ['教育经费', '经费收入'], area: ['校舍面积', '办学条件'], areaSummary: ['分区域', '县区汇总'] };

function makeCtx(r) {
  const isCounty = r.chance(0.4);
  const src = r.pick(isCounty ? COUNTIES : CITIES);
  const totalLabel = isCounty ? r.pick(['全县', '合计', '总计']) : r.pick(['全市', '合计', '总计']);
  const units = r.chance(0.3) ? r.shuffle(src.units) : src.units.slice();
  return { isCounty, name: src.name, units, totalLabel: src.name.endsWith('市') && isCounty && totalLabel === '全县' ? '全市' : totalLabel, year: r.pick([2023, 2024]) };
}
function randOpts(r, wild) {
  const unitMode = r.pick(['line', 'line', 'title', 'header']);
  return {
    row: r.pick(wild ? [0, 0, 1, 2, 3] : [0, 0, 0, 1]), col: r.pick(wild ? [0, 0, 1, 2] : [0, 0, 0, 1]),
    seq: r.chance(0.25) ? r.pick(['all', 'parts']) : null,
    titleMerge: r.chance(0.7), blankAfterTitle: r.chance(0.15),
    unitMode, unitsInHeader: unitMode === 'header', unitLeft: r.chance(0.3),
    indent: r.pick(['full', 'full', 'ascii', 'attr', 'none']),
    qzPrefix: r.pick(['其中：', '其中：', '其中:', '#']),
    blankRows: r.chance(wild ? 0.4 : 0.3),
    intFmt: r.pick(['#,##0', '#,##0', '0', undefined]),
    dashZero: r.pick(['—', '—', '-', null, 'empty']),
    colNumbers: r.chance(wild ? 0.15 : 0.08),
    blankBeforeNotes: r.chance(0.5), mergeNotes: r.chance(0.5),
    rawRates: r.chance(wild ? 0.2 : 0.12),
    textNums: r.chance(wild ? 0.08 : 0.04) ? r.pick(['comma', 'plain']) : null,
    totalTop: r.chance(0.6), subTop: r.chance(0.6), gapAfterTotal: r.chance(0.15),
    numYears: r.chance(0.2), pctText: r.chance(wild ? 0.12 : 0.06), seqMergeTotal: r.chance(0.5),
    precise: !!wild,
  };
}
function sheetName(r, kind, used) {
  let n = r.chance(0.2) ? 'Sheet' + (used.size + 1) : r.pick(SHEETNAMES[kind]);
  while (used.has(n)) n += '2';
  used.add(n); return n;
}

// spec: {layout: single|multi|stack|split|transpose, kinds:[...], formulas}
function makeBook(r, spec, wild) {
  const ctx = makeCtx(r);
  if (spec.totalLabel) ctx.totalLabel = spec.totalLabel;
  const book = { sheets: [], rels: [], ctx, kinds: spec.kinds, layout: spec.layout };
  const used = new Set();
  const tabs = spec.kinds.map((k) => {
    const o = Object.assign(randOpts(r, wild), spec.force || {});
    if (r.chance(0.15)) o.meta = [`填报单位：${ctx.name}教育局`, `填报日期：${ctx.year}年${r.i(9, 12)}月${r.i(1, 28)}日`];
    if (r.chance(0.12)) o.footer = `单位负责人：　　　统计负责人：　　　填表人：　　　报出日期：${ctx.year}年10月${r.i(10, 31)}日`;
    const t = build(k, r, ctx, o); return { t, o, k };
  });
  const numbered = r.chance(0.4);
  if (numbered) tabs.forEach((x, i) => { x.t.title = `表${i + 1}　${x.t.title}`; });
  if (spec.layout === 'stack') {
    const sh = newSheet(sheetName(r, tabs[0].k, used)); book.sheets.push(sh);
    let row = tabs[0].o.row;
    for (const x of tabs) { x.o.row = row; x.o.col = tabs[0].o.col; const [p] = placeTable(book, x.t, [{ sh, o: x.o }]); row = p.next + r.i(1, 3); }
  } else if (spec.layout === 'split') {
    const x = tabs[0];
    const n = x.t.rows.length;
    const k = Math.max(3, Math.min(n - 2, Math.floor(n * r.u(0.45, 0.65))));
    const n1 = sheetName(r, x.k, used);
    const n2 = spec.sheet2 || r.pick(['续表', n1 + '（续）', n1 + '续', 'Sheet2']); used.add(n2);
    const s1 = newSheet(n1), s2 = newSheet(n2); book.sheets.push(s1, s2);
    const o2 = { ...x.o, row: x.o.row };
    placeTable(book, x.t, [{ sh: s1, o: x.o, from: 0, to: k, noNotes: true }, { sh: s2, o: o2, from: k, to: n, title: spec.title2 ? spec.title2.replace('T', x.t.title) : r.pick(['续表', '续表：' + x.t.title, x.t.title + '（续）', '续上表', x.t.title + '（续一）']) }]);
    for (const y of tabs.slice(1)) { const sh = newSheet(sheetName(r, y.k, used)); book.sheets.push(sh); placeTable(book, y.t, [{ sh, o: y.o }]); }
  } else {
    for (const x of tabs) {
      let t = x.t;
      if (spec.layout === 'transpose' && x === tabs[0]) { t = transpose(t, r.pick(['指标', '项目', ''])); x.o.seq = null; x.o.indent = 'none'; }
      const sh = newSheet(sheetName(r, x.k, used)); book.sheets.push(sh);
      placeTable(book, t, [{ sh, o: x.o }]);
    }
  }
  if (spec.formulas && !tabs.some((x) => x.o.textNums)) addFormulas(book);
  return book;
}

const getter = (book) => (ref) => { const [s, a] = ref.split('!'); const c = book.sheets.find((x) => x.name === s).cells[a]; return c ? c.v : null; };
function failing(book) { const g = getter(book); return book.rels.filter((rel) => !evalRel(rel, g).ok); }

function dpOf(cell) {
  if (typeof cell.v === 'string') { const m = /\.(\d+)/.exec(cell.v); return m ? m[1].length : 0; }
  if (cell.numFmt) { const m = /0\.(0+)(%?)/.exec(cell.numFmt); if (m) return m[1].length + (m[2] ? 2 : 0); }
  return Number.isInteger(cell.v) ? 0 : 2;
}
function fmtLike(cell, x, dp) {
  if (typeof cell.v === 'number') return +x.toFixed(dp);
  if (cell.v.endsWith(':1')) return x.toFixed(dp) + ':1';
  if (cell.v.endsWith('%')) return x.toFixed(dp) + '%';
  if (cell.v.includes(',')) return Math.round(x).toLocaleString('en-US');
  return x.toFixed(dp);
}
function newValue(r, x, dp, cat, whole) {
  const pct = dp === 4 && Math.abs(x) <= 1.5;
  if (cat === 'qz' && whole != null) return dp ? whole * r.u(1.05, 1.3) : Math.ceil(whole * r.u(1.02, 1.3)) + 1;
  if ((cat === 'change') && Math.abs(x) >= 0.3 && r.chance(0.5)) return -x;
  const s = String(Math.abs(dp ? Math.round(x * 10 ** dp) : x));
  const mode = r.i(0, 2);
  if (mode === 0 && s.length >= 2) { // swap adjacent digits
    const idx = []; for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) idx.push(i);
    if (idx.length) { const i = r.pick(idx); const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); const v = +t / (dp ? 10 ** dp : 1); return x < 0 ? -v : v; }
  }
  if (dp === 0) { const k = r.i(0, Math.max(0, s.length - 2)); return x + (r.chance(0.5) ? 1 : -1) * r.i(1, 9) * 10 ** k; }
  const unit = pct ? 0.001 : 0.01;
  return x + (r.chance(0.5) ? 1 : -1) * r.pick([10, 20, 30, 50, 100, 150, 250, 400]) * unit * (cat === 'change' && !pct ? 5 : 1);
}
function plantBook(r, book, want) {
  const by = { total: new Set(), part: new Set(), rate: new Set(), qz: new Set(), change: new Set(), balance: new Set() };
  const wholeOf = {};
  for (const rel of book.rels) {
    if (rel.type === 'sum') { by.total.add(rel.t); rel.parts.forEach((p) => by.part.add(p)); }
    if (rel.type === 'ratio' || rel.type === 'ratioI') by.rate.add(rel.t);
    if (rel.type === 'le') { by.qz.add(rel.part); wholeOf[rel.part] = rel.whole; }
    if (rel.type === 'growth' || rel.type === 'growthI' || rel.type === 'diff') by.change.add(rel.t);
    if (rel.type === 'balance') { by.balance.add(rel.t); rel.plus.concat(rel.minus).forEach((p) => by.balance.add(p)); }
  }
  for (const x of by.total) by.part.delete(x);
  const order = [want, ...r.shuffle(Object.keys(by).filter((k) => k !== want))];
  const g = getter(book);
  for (const cat of order) {
    for (const ref of r.shuffle([...by[cat]]).slice(0, 40)) {
      const [s, a] = ref.split('!');
      const sh = book.sheets.find((x) => x.name === s);
      const cell = sh.cells[a];
      const x = parseNum(cell && cell.v);
      if (!x || typeof x !== 'number') continue;
      const dp = dpOf(cell);
      for (let k = 0; k < 12; k++) {
        const whole = wholeOf[ref] ? parseNum(g(wholeOf[ref])) : null;
        let nv = newValue(r, x, dp, cat, whole);
        nv = +nv.toFixed(dp);
        if (nv === x || (nv <= 0 && cat !== 'change')) continue;
        const saved = { ...cell };
        cell.v = fmtLike(saved, nv, dp); delete cell.formula;
        const f = failing(book);
        if (f.length && f.every((rel) => relCells(rel).includes(ref))) return { sheet: s, cell: a, cat, old: saved.v, now: cell.v, broken: f.length };
        sh.cells[a] = saved;
      }
    }
  }
  return null;
}
const clone = (book) => ({ ...book, sheets: book.sheets.map((s) => ({ ...s, cells: JSON.parse(JSON.stringify(s.cells)) })) });

const CASE_SPECS = [
  { layout: 'single', kinds: ['level'] }, { layout: 'single', kinds: ['twoStub'] }, { layout: 'single', kinds: ['areaLevels'] },
  { layout: 'split', kinds: ['areaLevels'] }, { layout: 'single', kinds: ['balance'] }, { layout: 'single', kinds: ['balance'] },
  { layout: 'single', kinds: ['compare'] }, { layout: 'single', kinds: ['compare'] }, { layout: 'single', kinds: ['rates'] },
  { layout: 'split', kinds: ['areaSummary'], totalLabel: '合计', sheet2: '续表', title2: '续表：T' }, { layout: 'single', kinds: ['teachers'] }, { layout: 'single', kinds: ['funding'] },
  { layout: 'single', kinds: ['funding'] }, { layout: 'single', kinds: ['area'] }, { layout: 'transpose', kinds: ['areaSummary'] },
  { layout: 'transpose', kinds: ['areaSummary'] }, { layout: 'stack', kinds: ['teachers', 'funding'], force: { numYears: true } }, { layout: 'stack', kinds: ['level', 'balance'] },
  { layout: 'multi', kinds: ['level', 'teachers', 'area'] }, { layout: 'multi', kinds: ['compare', 'funding'] }, { layout: 'split', kinds: ['rates'] },
  { layout: 'single', kinds: ['level'], formulas: true }, { layout: 'multi', kinds: ['balance', 'areaSummary'], formulas: true },
];
const KINDS = ['twoStub', 'levelWan', 'level', 'areaLevels', 'balance', 'compare', 'rates', 'teachers', 'funding', 'area', 'areaSummary'];
function randomSpec(r) {
  const layout = r.pick(['single', 'single', 'single', 'multi', 'stack', 'split', 'transpose']);
  const other = (k) => (r.chance(0.3) ? [r.pick(KINDS.filter((x) => x !== k))] : []);
  if (layout === 'split') { const k = r.pick(['areaLevels', 'rates', 'teachers', 'areaSummary']); return { layout, kinds: [k].concat(other(k)), formulas: r.chance(0.1) }; }
  if (layout === 'transpose') return { layout, kinds: ['areaSummary'].concat(other('areaSummary')), formulas: r.chance(0.1) };
  const n = layout === 'single' ? 1 : r.i(2, 3);
  const pool = KINDS.concat(['level', 'balance', 'compare']);
  const kinds = [];
  while (kinds.length < n) { const k = r.pick(pool); if (!kinds.includes(k)) kinds.push(k); }
  return { layout, kinds, formulas: r.chance(0.12) };
}

async function genSet(dir, manifestPath, specs, seed, plantAll, wild) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (/\.(xlsx|json)$/.test(f)) fs.unlinkSync(path.join(dir, f));
  const r = new Rng(seed);
  const cats = ['total', 'part', 'rate', 'qz', 'change', 'balance'];
  const manifest = [];
  const pfx = path.basename(dir) === 'cases' ? 'edu' : 'pr';
  for (let i = 0; i < specs.length; i++) {
    let spec = specs[i];
    if (spec.layout === 'split' || spec.layout === 'transpose') {
      // a split needs a long table, transposition a one-level header
    }
    const book = makeBook(r, spec, wild);
    const bad = failing(book);
    if (bad.length) throw new Error('generator produced inconsistent book ' + i + ': ' + JSON.stringify(bad[0]));
    const id = `${pfx}${String(i + 1).padStart(3, '0')}`;
    const planted = plantAll || i < specs.length - 1 ? clone(book) : null;
    let pinfo = null;
    if (planted) {
      const want = cats[i % cats.length];
      pinfo = plantBook(r, planted, want);
      if (!pinfo) console.error('could not plant', id);
    }
    const cleanFirst = r.chance(0.5);
    const cf = `${dir}/${id}${cleanFirst ? 'a' : 'b'}.xlsx`, pf = `${dir}/${id}${cleanFirst ? 'b' : 'a'}.xlsx`;
    const rel = (f) => path.relative(__dirname, f);
    await writeBook(book, cf);
    fs.writeFileSync(cf.replace(/\.xlsx$/, '.rel.json'), JSON.stringify({ kinds: spec.kinds, layout: spec.layout, ctx: book.ctx.name, planted: null, rels: book.rels }));
    manifest.push({ file: rel(cf), planted: null, note: `${spec.layout}:${spec.kinds.join('+')}` });
    if (planted && pinfo) {
      await writeBook(planted, pf);
      fs.writeFileSync(pf.replace(/\.xlsx$/, '.rel.json'), JSON.stringify({ kinds: spec.kinds, layout: spec.layout, ctx: book.ctx.name, planted: pinfo, rels: book.rels }));
      manifest.push({ file: rel(pf), planted: { sheet: pinfo.sheet, cell: pinfo.cell }, note: `${pinfo.cat} ${spec.layout}:${spec.kinds.join('+')} ${pinfo.old}->${pinfo.now}` });
    }
  }
  manifest.sort((a, b) => a.file.localeCompare(b.file));
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  console.log(`${manifestPath}: ${manifest.length} books (${manifest.filter((m) => !m.planted).length} clean)`);
}

module.exports = { makeBook, failing, plantBook, randOpts };
if (require.main === module) (async () => {
  const which = process.argv[2];
  const root = __dirname;
  if (!which || which === 'cases') await genSet(path.join(root, 'cases'), path.join(root, 'manifest.json'), CASE_SPECS, 8301, false, false);
  if (!which || which === 'probe') {
    const r = new Rng(8399);
    const specs = Array.from({ length: 50 }, () => randomSpec(r));
    await genSet(path.join(root, 'probe'), path.join(root, 'probe', 'manifest.json'), specs, 8377, true, true);
  }
})().catch((e) => { console.error(e); process.exit(1); });
