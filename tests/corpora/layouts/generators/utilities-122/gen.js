// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VS || 0);
const ROOT = '/tmp/round122b', OUT = path.join(ROOT, SET), RELDIR = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELDIR, { recursive: true });

let s = SEED >>> 0 || 1;
const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const rd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const half = (d) => 0.5 * Math.pow(10, -d);
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;

const CITIES = ['临川', '安平', '云溪', '清河', '长宁', '凤城', '南屏', '白水', '永丰', '石门', '嘉禾', '桐柏'];
const DISTR = ['城关区', '新华区', '东城区', '西城区', '高新区', '经开区', '河西区', '北湖区', '南山区', '滨江区'];
const COUNTY = ['青山县', '平川县', '柳林县', '金沙县', '宁远县', '大石县', '安乐县', '双河县', '红岩市', '龙泉市', '桃源县', '望江县'];

// ------------- sheet builder -------------
function Sheet(ws, opt) {
  const vals = {}; const rels = [];
  const o = { ws, vals, rels, opt };
  o.put = (r, c, v, d, extra = {}) => {
    const cell = ws.getCell(r, c); const a = A(r, c);
    if (typeof v === 'number') {
      vals[a] = v;
      if (extra.text || (opt.textNums && chance(0.03))) { cell.value = v.toFixed(d); cell.alignment = { horizontal: 'right' }; }
      else { cell.value = v; cell.numFmt = d > 0 ? '0.' + '0'.repeat(d) : '0'; }
    } else if (v !== null && v !== undefined) { cell.value = v; if (v === '—' || v === '-') vals[a] = 0; }
    if (extra.indent) cell.alignment = Object.assign({}, cell.alignment || {}, { indent: extra.indent });
    if (extra.bold) cell.font = { bold: true };
    return a;
  };
  o.merge = (r1, c1, r2, c2) => { if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2); };
  o.rel = (r) => { rels.push(r); };
  return o;
}

function regionList() {
  const nd = ri(2, 5), nc = ri(2, 6);
  const ds = [...DISTR].sort(() => rnd() - 0.5).slice(0, nd);
  const cs = [...COUNTY].sort(() => rnd() - 0.5).slice(0, nc);
  return { ds, cs };
}
const label = (name, depth, S, style) => {
  if (depth === 0) return { text: name };
  if (style === 'space') return { text: '  '.repeat(depth) + name };
  if (style === 'ideo') return { text: '\u3000'.repeat(depth) + name };
  return { text: name, indent: depth };
};

// Region table generic: cols = [{head, unit, d, gen(ctx) | kind}], rows with district/county subtotal
// columns kinds: 'base' (random per leaf, summed), 'rate' (num/den*k), 'per' (num/den), 'le' handled via base with upper bound
function regionTable(S, spec) {
  const { ws } = S; const opt = S.opt;
  const { ds, cs } = regionList();
  const cityName = opt.city;
  let r = 1;
  S.put(r, 1, spec.title, 0, { bold: true }); S.merge(r, 1, r, Math.min(spec.cols.length + 1, 8)); r++;
  if (spec.unitLine) { S.put(r, spec.cols.length + 1, spec.unitLine); r++; }
  if (chance(0.3)) { S.put(r, 1, `${opt.year}年`); r++; }
  // header
  const unitMode = opt.unitMode; // 'head' | 'row'
  const h0 = r;
  const groups = spec.groups || [];
  const hasGroups = groups.length > 0;
  const hdrRows = hasGroups ? 2 : 1;
  S.put(h0, 1, spec.regionHead || pick(['地区', '地 区', '区域', '县(市、区)'])); S.merge(h0, 1, h0 + hdrRows - 1 + (unitMode === 'row' ? 1 : 0), 1);
  spec.cols.forEach((c, i) => {
    const col = i + 2; const hd = unitMode === 'head' && c.unit ? `${c.head}${pick(['（', '('])}${c.unit}${'）'}`.replace('(' + c.unit + '）', '(' + c.unit + ')') : c.head;
    const g = groups.find((g) => i >= g.from && i <= g.to);
    if (hasGroups && g) { if (i === g.from) { S.put(h0, col, g.name); S.merge(h0, col, h0, g.to + 2); } S.put(h0 + 1, col, hd); }
    else { S.put(h0, col, hd); if (hasGroups) S.merge(h0, col, h0 + 1, col); }
    if (unitMode === 'row') S.put(h0 + hdrRows, col, c.unit || '');
  });
  r = h0 + hdrRows + (unitMode === 'row' ? 1 : 0);
  if (opt.numRow) { S.put(r, 1, '甲'); spec.cols.forEach((c, i) => S.put(r, i + 2, String(i + 1))); r++; }
  // data generation: leaves
  const leaves = [...ds.map((n) => ({ n, g: 'd' })), ...cs.map((n) => ({ n, g: 'c' }))];
  const data = leaves.map((l) => ({ ...l, v: spec.leaf(l.g) }));
  const sumOf = (arr, key) => arr.reduce((a, x) => a + x.v[key], 0);
  const aggr = (arr) => { const v = {}; spec.cols.forEach((c) => { if (c.sum) v[c.key] = rd(sumOf(arr, c.key), c.d); }); spec.derive(v); return v; };
  leaves.length; data.forEach((x) => spec.derive(x.v));
  const totalName = pick([`全市`, `合计`, `总计`, `${cityName}市`]);
  const sub = opt.subtotals;
  const rowsOut = [];
  const tot = { n: totalName, v: aggr(data), kind: 'total', depth: 0 };
  const dsub = { n: pick(['市区', '市辖区']), v: aggr(data.filter((x) => x.g === 'd')), kind: 'sub', depth: 0 };
  const csub = { n: pick(['县城', '县(市)']), v: aggr(data.filter((x) => x.g === 'c')), kind: 'sub', depth: 0 };
  const dl = data.filter((x) => x.g === 'd').map((x) => ({ ...x, kind: 'leaf', depth: sub ? 1 : 0 }));
  const cl = data.filter((x) => x.g === 'c').map((x) => ({ ...x, kind: 'leaf', depth: sub ? 1 : 0 }));
  const body = sub ? [dsub, ...dl, csub, ...cl] : [...dl, ...cl];
  const ordered = opt.totalBottom ? [...body, tot] : [tot, ...body];
  const rowOf = new Map();
  for (const x of ordered) {
    const lb = label(x.n, x.depth, S, opt.indentStyle);
    S.put(r, 1, lb.text, 0, { indent: lb.indent, bold: x.kind !== 'leaf' });
    spec.cols.forEach((c, i) => {
      const v = x.v[c.key];
      if (v === null || v === undefined) S.put(r, i + 2, pick(['—', '-', '']));
      else if (c.dashZero && v === 0) S.put(r, i + 2, pick(['—', '-']));
      else S.put(r, i + 2, v, c.d);
    });
    rowOf.set(x, r); r++;
  }
  // relations
  const colOf = (key) => spec.cols.findIndex((c) => c.key === key) + 2;
  const sumRel = (totRow, partRows) => spec.cols.forEach((c) => {
    if (!c.sum) return; const col = colOf(c.key);
    S.rel({ type: 'sum', total: A(rowOf.get(totRow), col), parts: partRows.map((p) => A(rowOf.get(p), col)), tol: half(c.d) * 1.01 });
  });
  if (sub) { sumRel(tot, [dsub, csub]); sumRel(dsub, dl); sumRel(csub, cl); } else sumRel(tot, [...dl, ...cl]);
  for (const x of ordered) {
    const row = rowOf.get(x);
    for (const rr of spec.rels) {
      const c = spec.cols.find((c) => c.key === rr.cell);
      if (x.v[rr.cell] === null || x.v[rr.cell] === undefined) continue;
      if (rr.type === 'rate') { if (!x.v[rr.den]) continue; S.rel({ type: 'rate', cell: A(row, colOf(rr.cell)), num: A(row, colOf(rr.num)), den: A(row, colOf(rr.den)), k: rr.k, tol: half(c.d) * 1.01 }); }
      if (rr.type === 'le') S.rel({ type: 'le', part: A(row, colOf(rr.cell)), whole: A(row, colOf(rr.whole)), tol: 0 });
      if (rr.type === 'sumcols') S.rel({ type: 'sum', total: A(row, colOf(rr.cell)), parts: rr.parts.map((p) => A(row, colOf(p))), tol: half(c.d) * 1.01 });
    }
  }
  if (spec.note) { r++; S.put(r, 1, spec.note); }
}

const ctxU = () => ({});
// ---- Layout 1: water supply by region
function L1(S) {
  const full = S.opt.variant === 1 ? chance(0.6) : chance(0.4);
  const cols = [
    { key: 'cap', head: '供水综合生产能力', unit: '万立方米/日', d: 1, sum: true },
    { key: 'tot', head: '供水总量', unit: '万立方米', d: 1, sum: true },
    { key: 'prod', head: '生产运营', unit: '万立方米', d: 1, sum: true },
    { key: 'pub', head: '公共服务', unit: '万立方米', d: 1, sum: true },
    { key: 'home', head: '居民家庭', unit: '万立方米', d: 1, sum: true },
  ];
  if (full) cols.push({ key: 'oth', head: '其他及漏损', unit: '万立方米', d: 1, sum: true });
  cols.push({ key: 'pop', head: '城区人口', unit: '万人', d: 2, sum: true }, { key: 'upop', head: '用水人口', unit: '万人', d: 2, sum: true }, { key: 'rate', head: '用水普及率', unit: '%', d: pick([1, 2]), sum: false });
  const rels = [{ type: 'le', cell: 'prod', whole: 'tot' }, { type: 'le', cell: 'pub', whole: 'tot' }, { type: 'le', cell: 'home', whole: 'tot' }, { type: 'le', cell: 'upop', whole: 'pop' }, { type: 'rate', cell: 'rate', num: 'upop', den: 'pop', k: 100 }];
  if (full) rels.push({ type: 'sumcols', cell: 'tot', parts: ['prod', 'pub', 'home', 'oth'] });
  const rc = cols.find((c) => c.key === 'rate');
  regionTable(S, {
    title: `${S.opt.city}市${S.opt.year}年城市供水情况`, cols, rels,
    groups: [{ name: full ? '供水总量构成' : '其中', from: 2, to: full ? 5 : 4 }],
    leaf: (g) => {
      const prod = rd(ri(50, 3000) + rnd(), 1), pub = rd(ri(30, 1500) + rnd(), 1), home = rd(ri(100, 4000) + rnd(), 1), oth = rd(ri(10, 800) + rnd(), 1);
      const tot = full ? rd(prod + pub + home + oth, 1) : rd(prod + pub + home + ri(5, 900) + rnd(), 1);
      const pop = rd((g === 'd' ? ri(15, 90) : ri(4, 30)) + rnd(), 2); const upop = rd(pop * (0.9 + rnd() * 0.1), 2);
      return { cap: rd(ri(5, 60) + rnd(), 1), tot, prod, pub, home, oth: full ? oth : undefined, pop, upop };
    },
    derive: (v) => { v.rate = rd(v.upop / v.pop * 100, rc.d); },
    note: pick(['注：用水普及率=用水人口/城区人口×100%。', '注：供水总量包括售水量和免费供水量、漏损水量。', null]),
  });
}
// ---- Layout 4: gas
function L4(S) {
  const cols = [
    { key: 'art', head: '人工煤气', unit: '万人', d: 2, sum: true, dashZero: true },
    { key: 'ng', head: '天然气', unit: '万人', d: 2, sum: true },
    { key: 'lpg', head: '液化石油气', unit: '万人', d: 2, sum: true, dashZero: true },
    { key: 'gpop', head: '用气人口合计', unit: '万人', d: 2, sum: true },
    { key: 'pop', head: '城区人口', unit: '万人', d: 2, sum: true },
    { key: 'rate', head: '燃气普及率', unit: '%', d: pick([1, 2]), sum: false },
    { key: 'ngv', head: '天然气供气总量', unit: '万立方米', d: 0, sum: true },
  ];
  if (S.opt.variant === 1) { const g = cols.splice(3, 1)[0]; g.head = '合计'; cols.splice(0, 0, g); }
  const rc = cols.find((c) => c.key === 'rate');
  const pos = (k) => cols.findIndex((c) => c.key === k);
  const ps = [pos('art'), pos('ng'), pos('lpg')];
  regionTable(S, {
    title: `${S.opt.city}市城市燃气普及情况（${S.opt.year}年）`, cols,
    groups: [{ name: '用气人口', from: Math.min(...ps, pos('gpop')), to: Math.max(...ps, pos('gpop')) }],
    rels: [{ type: 'sumcols', cell: 'gpop', parts: ['art', 'ng', 'lpg'] }, { type: 'rate', cell: 'rate', num: 'gpop', den: 'pop', k: 100 }, { type: 'le', cell: 'gpop', whole: 'pop' }],
    leaf: (g) => {
      const pop = rd((g === 'd' ? ri(15, 90) : ri(4, 30)) + rnd(), 2);
      const gp = pop * (0.85 + rnd() * 0.15);
      const art = g === 'd' && chance(0.3) ? rd(gp * 0.05, 2) : 0; const lpg = chance(0.7) ? rd(gp * (0.05 + rnd() * 0.2), 2) : 0;
      const ng = rd(gp - art - lpg, 2);
      return { art, ng, lpg, gpop: rd(art + ng + lpg, 2), pop, ngv: ri(300, 30000) };
    },
    derive: (v) => { v.rate = rd(v.gpop / v.pop * 100, rc.d); },
    note: pick(['注：燃气普及率=用气人口/城区人口×100%。', '注：“—”表示无此项。', null]),
  });
}
// ---- Layout 5: roads & green by region
function L5(S) {
  const cols = [
    { key: 'len', head: '道路长度', unit: '公里', d: 1, sum: true },
    { key: 'area', head: '道路面积', unit: '万平方米', d: 1, sum: true },
    { key: 'pop', head: '城区人口', unit: '万人', d: 2, sum: true },
    { key: 'perroad', head: '人均道路面积', unit: '平方米', d: 2, sum: false },
    { key: 'park', head: '公园绿地面积', unit: '公顷', d: 1, sum: true },
    { key: 'perpark', head: '人均公园绿地面积', unit: '平方米', d: 2, sum: false },
    { key: 'built', head: '建成区面积', unit: '平方公里', d: 2, sum: true },
    { key: 'cover', head: '建成区绿化覆盖面积', unit: '公顷', d: 1, sum: true },
    { key: 'crate', head: '建成区绿化覆盖率', unit: '%', d: pick([1, 2]), sum: false },
  ];
  const g = (k) => cols.find((c) => c.key === k);
  regionTable(S, {
    title: `${S.opt.city}市城市道路和园林绿化（${S.opt.year}年）`, cols,
    groups: S.opt.variant === 1 ? [{ name: '城市道路', from: 0, to: 1 }, { name: '园林绿化', from: 4, to: 5 }] : [],
    rels: [{ type: 'rate', cell: 'perroad', num: 'area', den: 'pop', k: 1 }, { type: 'rate', cell: 'perpark', num: 'park', den: 'pop', k: 0.01 }, { type: 'rate', cell: 'crate', num: 'cover', den: 'built', k: 1 }],
    leaf: (gg) => {
      const pop = rd((gg === 'd' ? ri(15, 90) : ri(4, 30)) + rnd(), 2);
      const built = rd(pop * (0.8 + rnd() * 0.6), 2);
      return { len: rd(pop * (4 + rnd() * 6), 1), area: rd(pop * (12 + rnd() * 10), 1), pop, park: rd(pop * (8 + rnd() * 10), 1), built, cover: rd(built * 100 * (0.3 + rnd() * 0.15), 1) };
    },
    derive: (v) => { v.perroad = rd(v.area / v.pop, g('perroad').d); v.perpark = rd(v.park * 0.01 / v.pop * 100 / 1, 2); v.perpark = rd(v.park / v.pop, 2); v.crate = rd(v.cover / v.built, g('crate').d); },
    note: pick(['注：人均指标按城区人口计算。', '注：建成区绿化覆盖率=绿化覆盖面积/建成区面积。', null]),
  });
  // fix: perpark = park(公顷)*10000/(pop万人*10000) = park/pop m2 -> k 1; crate = cover(公顷)/ (built km2 *100) *100 = cover/built
  S.rels.forEach((r) => { if (r.type === 'rate' && r.k === 0.01) r.k = 1; });
}
// ---- Layout 2: indicators x years with growth / points
function L2(S) {
  const opt = S.opt; const y1 = opt.year - 1, y2 = opt.year;
  const ind = [];
  const P = (d) => d; // helper
  const pop1 = rd(ri(40, 300) + rnd(), 2), pop2 = rd(pop1 * (1 + (rnd() * 0.06 - 0.01)), 2);
  const q = (base, gr, d) => { const a = rd(base, d); return [a, rd(a * (1 + gr), d)]; };
  const gr = () => rnd() * 0.2 - 0.05;
  const cap = q(ri(30, 200) + rnd(), gr(), 1);
  const wt = q(ri(5000, 60000) + rnd(), gr(), 1);
  const home = [rd(wt[0] * (0.3 + rnd() * 0.2), 1), rd(wt[1] * (0.3 + rnd() * 0.2), 1)];
  const upop = [rd(pop1 * (0.95 + rnd() * 0.05), 2), rd(pop2 * (0.95 + rnd() * 0.05), 2)];
  const gpop = [rd(pop1 * (0.9 + rnd() * 0.1), 2), rd(pop2 * (0.9 + rnd() * 0.1), 2)];
  const heat = q(ri(500, 8000) + rnd(), gr(), 1);
  const swg = q(ri(3000, 40000) + rnd(), gr(), 1); const swt = [rd(swg[0] * (0.9 + rnd() * 0.1), 1), rd(swg[1] * (0.92 + rnd() * 0.08), 1)];
  const plant = q(ri(2, 30), 0, 0); plant[1] = plant[0] + ri(0, 2);
  const garb = q(ri(20, 300) + rnd(), gr(), 2); const harm = [rd(garb[0] * (0.95 + rnd() * 0.05), 2), rd(garb[1] * (0.97 + rnd() * 0.03), 2)];
  const rlen = q(ri(300, 3000) + rnd(), gr(), 1), rarea = q(ri(800, 9000) + rnd(), gr(), 1);
  const dr = pick([1, 2]);
  // rows: [name, unit, v1, v2, d, type('q'|'r'), depth, relspec]
  const rows = [
    ['供水综合生产能力', '万立方米/日', cap, 1, 'q', 0],
    ['供水总量', '万立方米', wt, 1, 'q', 0, 'wt'],
    ['居民家庭用水量', '万立方米', home, 1, 'q', 1, 'home'],
    ['城区人口', '万人', [pop1, pop2], 2, 'q', 0, 'pop'],
    ['用水人口', '万人', upop, 2, 'q', 0, 'upop'],
    ['用水普及率', '%', upop.map((u, i) => rd(u / [pop1, pop2][i] * 100, dr)), dr, 'r', 0, 'urate'],
    ['用气人口', '万人', gpop, 2, 'q', 0, 'gpop'],
    ['燃气普及率', '%', gpop.map((u, i) => rd(u / [pop1, pop2][i] * 100, dr)), dr, 'r', 0, 'grate'],
    ['集中供热面积', '万平方米', heat, 1, 'q', 0],
    ['污水处理厂', '座', plant, 0, 'q', 0],
    ['污水排放量', '万立方米', swg, 1, 'q', 0, 'swg'],
    ['污水处理量', '万立方米', swt, 1, 'q', 0, 'swt'],
    ['污水处理率', '%', swt.map((u, i) => rd(u / swg[i] * 100, dr)), dr, 'r', 0, 'srate'],
    ['生活垃圾清运量', '万吨', garb, 2, 'q', 0, 'garb'],
    ['无害化处理量', '万吨', harm, 2, 'q', 1, 'harm'],
    ['生活垃圾无害化处理率', '%', harm.map((u, i) => rd(u / garb[i] * 100, dr)), dr, 'r', 0, 'hrate'],
    ['道路长度', '公里', rlen, 1, 'q', 0],
    ['道路面积', '万平方米', rarea, 1, 'q', 0, 'rarea'],
    ['人均道路面积', '平方米', rarea.map((u, i) => rd(u / [pop1, pop2][i], 2)), 2, 'q', 0, 'prd'],
  ];
  let r = 1;
  S.put(r, 1, `${opt.city}市城市市政公用设施主要指标`, 0, { bold: true }); S.merge(r, 1, r, 5); r++;
  const ucol = opt.unitCol; // bool: separate 计量单位 column
  const c0 = ucol ? 3 : 2;
  S.put(r, 1, '指标'); if (ucol) S.put(r, 2, pick(['计量单位', '单位']));
  S.put(r, c0, `${y1}年`); S.put(r, c0 + 1, `${y2}年`); S.put(r, c0 + 2, opt.pointsCol ? '增长(%)' : pick(['比上年增长(%)', '增长(%)', '增减(%)']));
  const sepPts = opt.pointsCol; if (sepPts) S.put(r, c0 + 3, '增减(百分点)');
  r++;
  const addr = {};
  for (const row of rows) {
    const [name, unit, v, d, t, depth, key] = row;
    let nm = name;
    if (depth) nm = opt.qiStyle === 'hash' ? '#' + name : opt.qiStyle === 'qz' ? '  其中：' + name : name;
    const lbl = ucol ? nm : `${nm}（${unit}）`;
    S.put(r, 1, lbl, 0, { indent: depth && opt.qiStyle === 'indent' ? 1 : 0 });
    if (ucol) S.put(r, 2, unit);
    S.put(r, c0, v[0], d); S.put(r, c0 + 1, v[1], d);
    const isRate = unit === '%';
    if (isRate) {
      const pts = rd(v[1] - v[0], d); const pc = sepPts ? c0 + 3 : c0 + 2;
      S.put(r, pc, pts, d); S.rel({ type: 'points', cell: A(r, pc), cur: A(r, c0 + 1), prev: A(r, c0), tol: half(d) * 1.01 });
      if (!sepPts) { /* mixed column: points in growth column (yearbook habit, note says so) */ }
    } else if (v[0] !== 0) {
      const g = rd((v[1] / v[0] - 1) * 100, 1); S.put(r, c0 + 2, g, 1);
      S.rel({ type: 'growth', cell: A(r, c0 + 2), cur: A(r, c0 + 1), prev: A(r, c0), tol: half(1) * 1.01 });
    }
    if (key) addr[key] = r;
    r++;
  }
  for (const c of [c0, c0 + 1]) {
    const a = (k) => A(addr[k], c);
    S.rel({ type: 'le', part: a('home'), whole: a('wt'), tol: 0 });
    S.rel({ type: 'le', part: a('harm'), whole: a('garb'), tol: 0 });
    for (const [cell, num, den] of [['urate', 'upop', 'pop'], ['grate', 'gpop', 'pop'], ['srate', 'swt', 'swg'], ['hrate', 'harm', 'garb']]) S.rel({ type: 'rate', cell: a(cell), num: a(num), den: a(den), k: 100, tol: half(dr) * 1.01 });
    S.rel({ type: 'rate', cell: a('prd'), num: a('rarea'), den: a('pop'), k: 1, tol: half(2) * 1.01 });
  }
  r++;
  if (!sepPts) S.put(r, 1, '注：普及率、处理率的增长栏为增减百分点。'); else if (chance(0.5)) S.put(r, 1, '注：人均道路面积按城区人口计算。');
}
// ---- Layout 3: years as rows, garbage & sewage
function L3(S) {
  const opt = S.opt; const ny = ri(4, 7); const y0 = opt.year - ny + 1;
  const dr = pick([1, 2]);
  let r = 1;
  S.put(r, 1, `${opt.city}市${pick(['城市污水和生活垃圾处理情况', '市容环境卫生'])}`, 0, { bold: true }); S.merge(r, 1, r, 7); r++;
  const unitRow = opt.unitMode === 'row';
  if (!unitRow && chance(0.5)) { S.put(r, 7, '单位：万立方米、万吨、%'); r++; }
  const heads = [['年份', ''], ['污水排放量', '万立方米'], ['污水处理量', '万立方米'], ['污水处理率', '%'], ['生活垃圾清运量', '万吨'], ['无害化处理量', '万吨'], ['无害化处理率', '%'], ['无害化处理率比上年增减', '百分点']];
  const twoRow = chance(0.5);
  if (twoRow) {
    S.put(r, 1, '年份'); S.merge(r, 1, r + 1, 1);
    S.put(r, 2, '城市污水'); S.merge(r, 2, r, 4); S.put(r, 5, '生活垃圾'); S.merge(r, 5, r, 8);
    r++;
  }
  heads.forEach((h, i) => { if (i === 0 && twoRow) return; S.put(r, i + 1, unitRow || !h[1] ? h[0] : `${h[0]}(${h[1]})`); });
  r++;
  if (unitRow) { heads.forEach((h, i) => { if (i) S.put(r, i + 1, h[1]); }); r++; }
  let sg = ri(3000, 30000) + rnd(), gb = ri(20, 200) + rnd(); let prevRate = null, prevRow = null;
  for (let k = 0; k < ny; k++) {
    sg *= 1 + rnd() * 0.08; gb *= 1 + rnd() * 0.06;
    const a = rd(sg, 1), b = rd(sg * (0.85 + rnd() * 0.14), 1), g = rd(gb, 2), h = rd(gb * (0.9 + rnd() * 0.1), 2);
    const sr = rd(b / a * 100, dr), hr = rd(h / g * 100, dr);
    S.put(r, 1, opt.yearStyle ? `${y0 + k}年` : y0 + k);
    S.put(r, 2, a, 1); S.put(r, 3, b, 1); S.put(r, 4, sr, dr); S.put(r, 5, g, 2); S.put(r, 6, h, 2); S.put(r, 7, hr, dr);
    S.rel({ type: 'rate', cell: A(r, 4), num: A(r, 3), den: A(r, 2), k: 100, tol: half(dr) * 1.01 });
    S.rel({ type: 'rate', cell: A(r, 7), num: A(r, 6), den: A(r, 5), k: 100, tol: half(dr) * 1.01 });
    S.rel({ type: 'le', part: A(r, 3), whole: A(r, 2), tol: 0 }); S.rel({ type: 'le', part: A(r, 6), whole: A(r, 5), tol: 0 });
    if (prevRow) { S.put(r, 8, rd(hr - prevRate, dr), dr); S.rel({ type: 'points', cell: A(r, 8), cur: A(r, 7), prev: A(prevRow, 7), tol: half(dr) * 1.01 }); }
    else S.put(r, 8, '—');
    prevRate = hr; prevRow = r; r++;
  }
  r++; if (chance(0.6)) S.put(r, 1, '注：污水处理率=污水处理量/污水排放量×100%；无害化处理率=无害化处理量/生活垃圾清运量×100%。');
}
// ---- Layout 6: two periods side by side by region (heating area / garbage)
function L6(S) {
  const opt = S.opt; const { ds, cs } = regionList(); const y1 = opt.year - 1, y2 = opt.year;
  const item = pick([['集中供热面积', '万平方米', 1], ['生活垃圾清运量', '万吨', 2], ['道路长度', '公里', 1]]);
  let r = 1;
  S.put(r, 1, `${opt.city}市分县（市、区）${item[0]}`, 0, { bold: true }); S.merge(r, 1, r, 4); r++;
  S.put(r, 4, `单位：${item[1]}`); r++;
  S.put(r, 1, '地区'); S.put(r, 2, `${y1}年`); S.put(r, 3, `${y2}年`); S.put(r, 4, '增长(%)'); r++;
  const d = item[2];
  const leaves = [...ds, ...cs].map((n) => { const a = rd(ri(50, 3000) + rnd(), d); return { n, v: [a, rd(a * (0.95 + rnd() * 0.25), d)] }; });
  const tv = [0, 1].map((i) => rd(leaves.reduce((s, x) => s + x.v[i], 0), d));
  const tn = pick(['全市', '合计', '总计']);
  const list = opt.totalBottom ? [...leaves, { n: tn, v: tv }] : [{ n: tn, v: tv }, ...leaves];
  const rows = {};
  for (const x of list) {
    S.put(r, 1, x.n === tn ? x.n : (opt.indentStyle === 'space' ? '  ' + x.n : x.n)); S.put(r, 2, x.v[0], d); S.put(r, 3, x.v[1], d);
    S.put(r, 4, rd((x.v[1] / x.v[0] - 1) * 100, 1), 1);
    S.rel({ type: 'growth', cell: A(r, 4), cur: A(r, 3), prev: A(r, 2), tol: half(1) * 1.01 });
    rows[x.n] = r; r++;
  }
  for (const c of [2, 3]) S.rel({ type: 'sum', total: A(rows[tn], c), parts: leaves.map((x) => A(rows[x.n], c)), tol: half(d) * 1.01 });
}


// ---- Layout 7: investment by category, money rounded (亿元) or exact (万元), growth and shares
function L7(S) {
  const opt = S.opt; const y1 = opt.year - 1, y2 = opt.year;
  const yi = chance(0.6); const d = yi ? 2 : 0; const f = yi ? 1e-4 : 1; // true values in 万元
  const cats = [['供水', 0], ['燃气', 0], ['集中供热', 0], ['道路桥梁', 0], ['桥梁', 1], ['排水', 0], ['污水处理', 1], ['园林绿化', 0], ['市容环境卫生', 0], ['垃圾处理', 1], ['其他', 0]];
  const tv = cats.map(() => [0, 0]);
  cats.forEach((c, i) => { if (c[1]) return; tv[i] = [ri(2000, 200000) + rnd(), ri(2000, 200000) + rnd()]; if (chance(0.1)) tv[i] = [ri(2000, 90000) + rnd(), 0]; });
  cats.forEach((c, i) => { if (c[1]) { tv[i] = tv[i - 1].map((v) => v * (0.2 + rnd() * 0.6)); } });
  const shown = tv.map((p) => p.map((v) => rd(v * f, d)));
  const top = cats.map((c, i) => i).filter((i) => !cats[i][1]);
  const tot = [0, 1].map((k) => yi ? rd(top.reduce((s, i) => s + tv[i][k], 0) * f, d) : rd(top.reduce((s, i) => s + shown[i][k], 0), d));
  let r = 1;
  S.put(r, 1, `${opt.city}市${y2}年城市市政公用设施建设固定资产投资`, 0, { bold: true }); S.merge(r, 1, r, 5); r++;
  S.put(r, 5, yi ? '单位：亿元' : '单位：万元'); r++;
  const two = chance(0.5);
  if (two) { S.put(r, 1, '项目'); S.merge(r, 1, r + 1, 1); S.put(r, 2, '投资额'); S.merge(r, 2, r, 3); S.put(r, 4, `${y2}年比${y1}年增长(%)`); S.merge(r, 4, r + 1, 4); S.put(r, 5, `${y2}年构成(%)`); S.merge(r, 5, r + 1, 5); r++; S.put(r, 2, `${y1}年`); S.put(r, 3, `${y2}年`); r++; }
  else { S.put(r, 1, '项目'); S.put(r, 2, `${y1}年`); S.put(r, 3, `${y2}年`); S.put(r, 4, '增长(%)'); S.put(r, 5, '构成(%)'); r++; }
  const tn = pick(['合计', '总计', '投资总额']);
  const rowsIdx = {}; const shareDigits = 1;
  const emit = (name, v, depth, key) => {
    const lab = depth ? (opt.qiStyle === 'hash' ? '#' + name : opt.qiStyle === 'qz' ? '  其中：' + name : name) : (opt.indentStyle === 'space' && key !== 'T' ? '  ' + name : name);
    S.put(r, 1, lab, 0, { indent: depth && opt.qiStyle === 'indent' ? 2 : 0 });
    v.forEach((x, k) => { if (x === 0) S.put(r, 2 + k, pick(['—', '-'])); else S.put(r, 2 + k, x, d); });
    if (v[0] > 0 && v[1] > 0) { S.put(r, 4, rd((v[1] / v[0] - 1) * 100, 1), 1); S.rel({ type: 'growth', cell: A(r, 4), cur: A(r, 3), prev: A(r, 2), tol: half(1) * 1.01 }); }
    else S.put(r, 4, '—');
    if (key === 'T') S.put(r, 5, 100, shareDigits); else { S.put(r, 5, v[1] > 0 ? rd(v[1] / tot[1] * 100, shareDigits) : 0, shareDigits); S.rel({ type: 'rate', cell: A(r, 5), num: A(r, 3), den: A(rowsIdx.T, 3), k: 100, tol: half(shareDigits) * 1.01 }); }
    rowsIdx[key] = r; r++;
  };
  const bottom = opt.totalBottom;
  if (!bottom) emit(tn, tot, 0, 'T'); else rowsIdx.T = r + cats.length;
  const startR = r;
  cats.forEach((c, i) => emit(c[0], shown[i], c[1], i));
  if (bottom) { if (r !== rowsIdx.T) { S.rels.length = 0; throw new Error('row calc'); } emit(tn, tot, 0, 'T'); }
  const n = top.length;
  for (const k of [2, 3]) S.rel({ type: 'sum', total: A(rowsIdx.T, k), parts: top.map((i) => A(rowsIdx[i], k)), tol: yi ? (n + 1) * half(d) * 1.01 : half(d) * 1.01 });
  S.rel({ type: 'sum', total: A(rowsIdx.T, 5), parts: top.map((i) => A(rowsIdx[i], 5)), tol: (n + 1) * half(shareDigits) * 1.01 });
  cats.forEach((c, i) => { if (c[1]) for (const k of [2, 3, 5]) S.rel({ type: 'le', part: A(rowsIdx[i], k), whole: A(rowsIdx[i - 1], k), tol: 0 }); });
  r++; S.put(r, 1, pick(['注：构成按当年投资额计算。', '注：“#”项为其中数。', '注：本表不含轨道交通投资。']));
}
const LAYOUTS = { L1, L2, L3, L4, L5, L6, L7 };
const SHEETNAMES = { L1: ['供水', '城市供水', '表1'], L2: ['主要指标', '市政公用设施'], L3: ['污水垃圾', '环卫'], L4: ['燃气', '城市燃气'], L5: ['道路绿化', '园林绿化'], L6: ['分县', '分地区'], L7: ['投资', '固定资产投资'] };

// ------- relation evaluation -------
const num = (v) => (v === undefined || v === null ? null : v);
function check(rel, get) {
  const g = (a) => get(a);
  if (rel.type === 'sum') { const t = g(rel.total); const s = rel.parts.reduce((x, p) => x + (g(p) || 0), 0); return Math.abs(t - s) <= rel.tol + 1e-9; }
  if (rel.type === 'le') return g(rel.part) <= g(rel.whole) + rel.tol + 1e-9;
  if (rel.type === 'rate') return Math.abs(g(rel.cell) - g(rel.num) / g(rel.den) * rel.k) <= rel.tol + 1e-9;
  if (rel.type === 'growth') return Math.abs(g(rel.cell) - (g(rel.cur) / g(rel.prev) - 1) * 100) <= rel.tol + 1e-9;
  if (rel.type === 'points') return Math.abs(g(rel.cell) - (g(rel.cur) - g(rel.prev))) <= rel.tol + 1e-9;
  throw new Error('rel ' + rel.type);
}
module.exports = { check };

async function main() {
  const manifest = [];
  for (let i = 0; i < N; i++) {
    const wb = new ExcelJS.Workbook();
    const nsh = ri(1, 4); const keys = Object.keys(LAYOUTS).sort(() => rnd() - 0.5).slice(0, nsh);
    const city = pick(CITIES); const year = ri(2018, 2024);
    const sheets = [];
    for (const k of keys) {
      const name = pick(SHEETNAMES[k]);
      const ws = wb.addWorksheet(sheets.some((x) => x.name === name) ? name + '2' : name);
      const opt = {
        city, year, variant: VARIANT, textNums: chance(0.4), unitMode: chance(VARIANT === 1 ? 0.6 : 0.35) ? 'row' : 'head',
        totalBottom: chance(VARIANT === 1 ? 0.6 : 0.3), subtotals: chance(0.6), indentStyle: pick(['space', 'excel', 'ideo']),
        numRow: chance(0.15), unitCol: chance(0.6), pointsCol: chance(0.5), qiStyle: pick(['hash', 'qz', 'indent']), yearStyle: chance(0.5),
      };
      const S = Sheet(ws, opt); LAYOUTS[k](S);
      ws.columns.forEach((c, j) => { c.width = j === 0 ? 22 : 14; });
      sheets.push({ name: ws.name, S });
    }
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${city}.xlsx`;
    const plants = [];
    if (Math.floor((i + 1) * PF) > Math.floor(i * PF)) {
      for (let tries = 0; tries < 200 && !plants.length; tries++) {
        const sh = pick(sheets); const rels = sh.S.rels; if (!rels.length) continue;
        const rel = pick(rels); let cell, kind;
        if (rel.type === 'sum') { if (chance(0.6)) { cell = rel.total; kind = 'total'; } else { cell = pick(rel.parts); kind = 'part'; } }
        else if (rel.type === 'le') { cell = rel.part; kind = 'part>whole'; }
        else { cell = rel.cell; kind = rel.type; }
        const vals = sh.S.vals; const was = vals[cell]; if (typeof was !== 'number') continue;
        const c = sh.S.ws.getCell(cell); const d = typeof c.value === 'string' ? (c.value.split('.')[1] || '').length : (c.numFmt && c.numFmt.includes('.') ? c.numFmt.split('.')[1].length : 0);
        const unit = Math.pow(10, -d); const tolish = Math.max(rel.tol, unit * 0.5);
        let now;
        if (kind === 'part>whole') now = rd(vals[rel.whole] * (1.03 + rnd() * 0.1) + 5 * unit, d);
        else if (kind === 'rate' || kind === 'points') now = rd(was + (chance(0.5) ? 1 : -1) * Math.max(10 * tolish, (0.8 + rnd() * 2)), d);
        else if (kind === 'growth') now = rd(was + (chance(0.5) ? 1 : -1) * (2 + rnd() * 6), d);
        else now = rd(was * (chance(0.5) ? 1 + 0.04 + rnd() * 0.1 : 1 - 0.04 - rnd() * 0.1) + (was === 0 ? 10 * unit : 0), d);
        if (Math.abs(now - was) < 3 * rel.tol || now < 0) continue;
        const test = Object.assign({}, vals, { [cell]: now });
        const broken = rels.filter((r) => !check(r, (a) => num(test[a])));
        if (broken.length !== 1 || broken[0] !== rel) continue;
        vals[cell] = now;
        if (typeof c.value === 'string') c.value = now.toFixed(d); else c.value = now;
        plants.push({ sheet: sh.name, cell, was, now, kind, rel });
      }
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
    const relOut = {}; for (const sh of sheets) relOut[sh.name] = sh.S.rels;
    fs.writeFileSync(path.join(RELDIR, file + '.json'), JSON.stringify(relOut));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
