// Round 64a of issue 9, by an outside helper: writes clean and planted books to /tmp/round64a; the corpus keeps the
// clean ones (tests/corpora/layouts/urban-64, copied from its cases folder).
// Generator for round64a: urban construction / culture / S&T yearbook tables.
// node gen.js            -> cases/ + manifest.json
// node gen.js --probe    -> probe/ + probe/manifest.json
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const PROBE = process.argv.includes('--probe');

function mkRng(seed) { let s = seed >>> 0 || 1; return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; }; }
const R = (d, x) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };

const CITIES = [
  { city: '嘉兴市', urban: ['南湖区', '秀洲区'], county: ['嘉善县', '平湖市', '海盐县', '海宁市', '桐乡市'] },
  { city: '扬州市', urban: ['广陵区', '邗江区', '江都区'], county: ['宝应县', '仪征市', '高邮市'] },
  { city: '绍兴市', urban: ['越城区', '柯桥区', '上虞区'], county: ['新昌县', '诸暨市', '嵊州市'] },
  { city: '洛阳市', urban: ['老城区', '西工区', '瀍河回族区', '涧西区', '洛龙区', '偃师区', '孟津区'], county: ['新安县', '宜阳县', '洛宁县', '伊川县', '嵩县', '汝阳县', '栾川县'] },
  { city: '芜湖市', urban: ['镜湖区', '鸠江区', '弋江区', '湾沚区', '繁昌区'], county: ['南陵县', '无为市'] },
  { city: '赣州市', urban: ['章贡区', '南康区', '赣县区'], county: ['信丰县', '大余县', '上犹县', '崇义县', '安远县', '龙南市', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市'] },
];
const FW = '\u3000';

// ---------------- column-table data model ----------------
// cols: {key, h (header), en, group, kind:'sum'|'qz'|'ratio'|'growth'|'wavg', dec, gen(rng,i)->raw, of, num, den, scale, cur, prev, mode:'exact'|'raw', dashZero}
function buildRows(rng, city, opts) {
  const rows = [];
  const leaves = (names) => names.map((n) => ({ label: n, kind: 'leaf' }));
  if (opts.flat) {
    const ls = leaves([...city.urban, ...city.county]);
    return { rows: ls, total: { label: opts.totalLabel || '全市', kind: 'total' } };
  }
  const u = { label: '市区', kind: 'sub', children: leaves(city.urban) };
  const c = { label: '县市', kind: 'sub', children: leaves(city.county) };
  return { rows: [u, c], total: { label: opts.totalLabel || '全市', kind: 'total' } };
}

function computeTable(rng, city, cols, opts) {
  // returns ordered list of row objects {label, indent, kind, vals:{key:value|'—'}, raw:{}}
  const tree = buildRows(rng, city, opts);
  const allLeaves = [];
  const walk = (n) => { if (n.kind === 'leaf') allLeaves.push(n); (n.children || []).forEach(walk); };
  tree.rows.forEach(walk);
  if (opts.newLeaf) { const sub = tree.rows[0].children || tree.rows; const nl = { label: opts.newLeaf, kind: 'leaf', dashCols: opts.newLeafCols }; sub.push(nl); allLeaves.length = 0; tree.rows.forEach(walk); }
  allLeaves.forEach((l, i) => {
    l.raw = {}; l.vals = {};
    const scale = 0.5 + rng() * 1.5;
    for (const c of cols) {
      if (c.kind === 'sum' || c.kind === 'wavg') {
        let x = c.gen(rng, scale, l);
        if (c.zeroProb && rng() < c.zeroProb) x = 0;
        l.raw[c.key] = x; l.vals[c.key] = R(c.dec, x);
      }
      if (c.kind === 'wavg') l.w = l.w || {}, l.w[c.key] = 1 + rng() * 5 * scale;
    }
    if (l.dashCols) for (const k of l.dashCols) { l.raw[k] = 0; l.vals[k] = 0; }
    for (const c of cols) if (c.kind === 'qz') {
      const base = l.vals[c.of];
      const x = base * (c.lo + rng() * (c.hi - c.lo));
      l.raw[c.key] = x; l.vals[c.key] = R(c.dec, x);
      if (l.vals[c.key] > base) l.vals[c.key] = base;
    }
  });
  const RS = opts.rawStore;
  allLeaves.forEach((l) => { l.rv = {}; for (const c of cols) if (c.kind === 'sum' || c.kind === 'qz' || c.kind === 'wavg') l.rv[c.key] = RS && c.dec > 0 ? l.raw[c.key] : l.vals[c.key]; });
  const agg = (node, leaves) => {
    node.vals = {}; node.raw = {}; node.rv = {};
    for (const c of cols) {
      if (c.kind === 'sum' || c.kind === 'qz') {
        const rawMode = (c.mode || opts.mode) === 'raw' && c.dec > 0;
        const s = leaves.reduce((a, l) => a + (rawMode ? l.raw[c.key] : l.vals[c.key]), 0);
        node.vals[c.key] = R(c.dec, s); node.raw[c.key] = s; node.rv[c.key] = RS && c.dec > 0 ? leaves.reduce((a, l) => a + l.rv[c.key], 0) : node.vals[c.key];
      }
      if (c.kind === 'wavg') {
        let sw = 0, sx = 0; leaves.forEach((l) => { sw += l.w[c.key]; sx += l.w[c.key] * l.raw[c.key]; });
        node.vals[c.key] = R(c.dec, sx / sw); node.rv[c.key] = RS ? sx / sw : node.vals[c.key];
      }
    }
  };
  const ordered = [];
  const nodesOf = (n) => { const out = []; const w = (m) => { if (m.kind === 'leaf') out.push(m); (m.children || []).forEach(w); }; w(n); return out; };
  for (const n of tree.rows) if (n.kind === 'sub') agg(n, nodesOf(n));
  agg(tree.total, allLeaves);
  const derive = (node) => {
    const src = RS ? node.rv : node.vals;
    const setv = (k, x, d) => { if (x === '—') { node.vals[k] = '—'; node.rv[k] = '—'; } else { node.vals[k] = R(d, x); node.rv[k] = RS ? x : R(d, x); } };
    for (const c of cols) {
      if (c.kind === 'ratio') {
        const a = src[c.num], b = src[c.den];
        setv(c.key, (typeof a === 'number' && typeof b === 'number' && b) ? a / b * c.scale : '—', c.dec);
      }
      if (c.kind === 'growth') {
        const a = src[c.cur], b = src[c.prev];
        setv(c.key, (typeof a === 'number' && typeof b === 'number' && b) ? (a / b - 1) * 100 : '—', c.dec);
      }
      if (c.kind === 'share') {
        const a = src[c.of], b = (RS ? tree.total.rv : tree.total.vals)[c.of];
        setv(c.key, node === tree.total ? 100 : a / b * 100, c.dec);
      }
    }
    if (node.dashCols) for (const k of node.dashCols) { node.vals[k] = '—'; node.rv[k] = '—'; }
  };
  const push = (n, indent) => { derive(n); ordered.push({ label: n.label, indent, kind: n.kind, vals: n.vals, rv: n.rv }); };
  if (!opts.totalLast) push(tree.total, 0);
  for (const n of tree.rows) {
    if (n.kind === 'sub') { push(n, opts.indentSub ? 1 : 0); n.children.forEach((ch) => push(ch, opts.indentSub ? 2 : 1)); }
    else push(n, 1);
  }
  if (opts.totalLast) push(tree.total, 0);
  // dashes for zero in sum columns with dashZero
  for (const r of ordered) for (const c of cols) if (c.dashZero && r.vals[c.key] === 0) { r.vals[c.key] = '—'; r.rv[c.key] = '—'; }
  return ordered;
}

// ---------------- sheet grid ----------------
class Grid {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.plants = []; this.widths = {}; }
  set(r, c, v, st = {}) { this.cells.set(r + ',' + c, { v, ...st }); }
  get(r, c) { return this.cells.get(r + ',' + c); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
}
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const fmtOf = (d, thou) => (thou ? '#,##0' : '0') + (d > 0 ? '.' + '0'.repeat(d) : '');

function hdrText(c, bi) { return bi && c.en ? `${c.h}\n${c.en}` : c.h; }

// write a column table at row r0; returns next free row
function writeColTable(g, r0, rng, spec) {
  let { title, unitRow, cols, rows, opts } = spec;
  if (opts.colOrder) { cols = opts.colOrder.map((k) => cols.find((c) => c.key === k)).filter(Boolean); opts = { ...opts, colOrder: null }; }
  let r = r0;
  const ncol = cols.length + 1;
  if (title) { g.set(r, 1, title, { bold: true, center: true }); g.merge(r, 1, r, ncol); r++; }
  if (unitRow) { g.set(r, ncol, unitRow, { right: true }); r++; }
  const hasGroup = cols.some((c) => c.group);
  const lab = opts.bilingual ? '地区\nRegion' : (opts.rowHead || '地区');
  if (hasGroup) {
    g.set(r, 1, lab); g.merge(r, 1, r + 1, 1);
    let i = 0;
    while (i < cols.length) {
      const c = cols[i];
      if (!c.group) { g.set(r, i + 2, hdrText(c, opts.bilingual)); g.merge(r, i + 2, r + 1, i + 2); i++; continue; }
      let j = i; while (j + 1 < cols.length && cols[j + 1].group === c.group) j++;
      g.set(r, i + 2, c.group); g.merge(r, i + 2, r, j + 2);
      for (let k = i; k <= j; k++) g.set(r + 1, k + 2, hdrText(cols[k], opts.bilingual));
      i = j + 1;
    }
    r += 2;
  } else {
    g.set(r, 1, lab); cols.forEach((c, i) => g.set(r, i + 2, hdrText(c, opts.bilingual))); r++;
  }
  if (opts.codeRow) { g.set(r, 1, '甲'); cols.forEach((c, i) => g.set(r, i + 2, i + 1)); r++; }
  const first = r;
  rows.forEach((row, k) => {
    const lbl = (opts.indentChar || FW).repeat(row.indent) + row.label;
    g.set(r, 1, lbl, { bold: row.kind !== 'leaf' });
    cols.forEach((c, i) => {
      const v = row.vals[c.key];
      const st = { fmt: fmtOf(c.dec, c.thou), rv: row.rv ? row.rv[c.key] : v, pct: c.pct };
      if (opts.formula && row.kind === 'total' && opts.flat && (c.kind === 'sum' || c.kind === 'qz')) {
        const L = colL(i + 2); st.formula = opts.totalLast ? `SUM(${L}${first}:${L}${r - 1})` : `SUM(${L}${r + 1}:${L}${r + rows.length - 1})`;
      }
      if (opts.formula && c.kind === 'ratio') { const ni = cols.findIndex((x) => x.key === c.num), di = cols.findIndex((x) => x.key === c.den); if (ni >= 0 && di >= 0 && typeof v === 'number') st.formula = opts.rawStore ? `${colL(ni + 2)}${r}/${colL(di + 2)}${r}*${c.scale}` : `ROUND(${colL(ni + 2)}${r}/${colL(di + 2)}${r}*${c.scale},${c.dec})`; }
      g.set(r, i + 2, v, st);
      if (typeof v === 'number' && !c.noPlant) {
        const kind = c.kind === 'ratio' ? 'rate' : c.kind === 'growth' ? 'change' : c.kind === 'wavg' ? null : (row.kind === 'leaf' ? (c.kind === 'qz' ? 'qzpart' : 'part') : 'total');
        if (kind) g.plants.push({ r, c: i + 2, kind, dec: c.dec, rows: rows.length, nextR: k + 1 < rows.length && rows[k + 1].kind === row.kind ? r + 1 : null });
      }
    });
    r++;
  });
  if (spec.notes) { spec.notes.forEach((n) => { g.set(r, 1, n); g.merge(r, 1, r, ncol); r++; }); }
  return r;
}

// transposed: indicators as rows, regions as columns (flat: total + leaves)
function writeTransposed(g, r0, rng, spec) {
  const { title, cols, rows, opts } = spec;
  let r = r0;
  const ncol = rows.length + (opts.unitCol ? 2 : 1);
  if (title) { g.set(r, 1, title, { bold: true }); g.merge(r, 1, r, ncol); r++; }
  g.set(r, 1, '指标'); let c0 = 2;
  if (opts.unitCol) { g.set(r, 2, '单位'); c0 = 3; }
  rows.forEach((row, j) => g.set(r, c0 + j, row.label));
  r++;
  cols.forEach((c) => {
    const h = opts.unitCol ? c.h.replace(/（[^）]*）$/, '') : c.h;
    g.set(r, 1, (c.kind === 'qz' ? FW + '其中：' : '') + (c.group ? c.h.replace(/（%）/, '') + c.group.replace(/（[^）]*）/, '') : '') + h.replace(/^其中：/, ''));
    if (opts.unitCol) g.set(r, 2, (c.h.match(/（([^）]*)）$/) || [, ''])[1]);
    rows.forEach((row, j) => {
      const v = row.vals[c.key];
      g.set(r, c0 + j, v, { fmt: fmtOf(c.dec) });
      if (typeof v === 'number') {
        const kind = c.kind === 'ratio' ? 'rate' : c.kind === 'growth' ? 'change' : c.kind === 'wavg' ? null : (row.kind === 'leaf' ? 'part' : 'total');
        if (kind) g.plants.push({ r, c: c0 + j, kind, dec: c.dec, rows: rows.length, nextC: j + 1 < rows.length && rows[j + 1].kind === row.kind ? c0 + j + 1 : null });
      }
    });
    r++;
  });
  if (spec.notes) spec.notes.forEach((n) => { g.set(r, 1, n); r++; });
  return r;
}

// ---------------- column sets ----------------
function constructionCols(rng, v) {
  const builtHa = v.builtHa; // 建成区面积 in 公顷 or 平方公里
  const cols = [
    { key: 'road', h: '城市道路长度（公里）', en: 'Length of Roads (km)', kind: 'sum', dec: 1, gen: (g, s) => 80 + g() * 700 * s },
    { key: 'roadA', h: '道路面积（万平方米）', en: 'Area of Roads (10 000 sq.m)', kind: 'sum', dec: v.roadDec ?? 1, gen: (g, s) => 150 + g() * 1500 * s },
    { key: 'water', h: '供水总量（万立方米）', en: 'Total Water Supply (10 000 cu.m)', kind: 'sum', dec: v.waterDec ?? 0, gen: (g, s) => 2000 + g() * 15000 * s },
    { key: 'wpen', h: '用水普及率（%）', en: 'Water Coverage Rate (%)', kind: 'wavg', dec: 2, gen: (g) => 97 + g() * 3 },
    { key: 'gpen', h: '燃气普及率（%）', en: 'Gas Coverage Rate (%)', kind: 'wavg', dec: 2, gen: (g) => 93 + g() * 7 },
    builtHa
      ? { key: 'built', h: '建成区面积（公顷）', en: 'Built-up Area (ha)', kind: 'sum', dec: 0, gen: (g, s) => 1500 + g() * 9000 * s }
      : { key: 'built', h: '建成区面积（平方公里）', en: 'Built-up Area (sq.km)', kind: 'sum', dec: 2, gen: (g, s) => 15 + g() * 90 * s },
    { key: 'green', h: '建成区绿化覆盖面积（公顷）', en: 'Green Covered Area (ha)', kind: 'sum', dec: 0, gen: null },
    { key: 'grate', h: '建成区绿化覆盖率（%）', en: 'Green Coverage Rate (%)', kind: 'ratio', num: 'green', den: 'built', scale: builtHa ? 100 : 1, dec: v.rateDec ?? 2 },
    { key: 'park', h: '人均公园绿地面积（平方米）', en: 'Public Green Area per Capita (sq.m)', kind: 'wavg', dec: 2, gen: (g) => 9 + g() * 8 },
  ];
  // green depends on built: make gen reading built raw
  cols.find((c) => c.key === 'green').gen = (g, s, l) => (builtHa ? l.raw.built : l.raw.built * 100) * (0.36 + g() * 0.1);
  if (v.percap) {
    const i = cols.findIndex((c) => c.key === 'park');
    cols.splice(i, 1,
      { key: 'pop', h: '城区人口（万人）', en: 'Urban Population (10 000)', kind: 'sum', dec: 2, gen: (g, s) => 10 + g() * 60 * s },
      { key: 'parkA', h: '公园绿地面积（公顷）', en: 'Park Green Area (ha)', kind: 'sum', dec: 0, gen: (g, s, l) => l.raw.pop * (9 + g() * 8) },
      { key: 'park', h: '人均公园绿地面积（平方米）', en: 'Park Green Area per Capita (sq.m)', kind: 'ratio', num: 'parkA', den: 'pop', scale: 1, dec: 2 });
  }
  if (v.pct) cols.find((c) => c.key === 'grate').pct = true;
  return cols.filter((c) => !v.drop || !v.drop.includes(c.key));
}
function cultureCols(rng, v) {
  const cols = [
    { key: 'lib', h: '公共图书馆（个）', en: 'Public Libraries', kind: 'sum', dec: 0, gen: (g) => 1 + Math.floor(g() * 2) },
    { key: 'b24', h: '2024年', group: '藏书量（万册）', kind: 'sum', dec: 1, gen: (g, s) => 30 + g() * 150 * s },
    { key: 'b25', h: '2025年', group: '藏书量（万册）', kind: 'sum', dec: 1, gen: null },
    { key: 'bg', h: '增长（%）', group: '藏书量（万册）', kind: 'growth', cur: 'b25', prev: 'b24', dec: 1 },
    { key: 'mus', h: '博物馆（个）', en: 'Museums', kind: 'sum', dec: 0, gen: (g) => Math.floor(g() * 7), dashZero: v.dash },
    { key: 'st', h: '文化站（个）', en: 'Cultural Stations', kind: 'sum', dec: 0, gen: (g) => 5 + Math.floor(g() * 20) },
    { key: 'sp', h: '体育场地（个）', en: 'Sports Venues', kind: 'sum', dec: 0, gen: (g, s) => 800 + Math.floor(g() * 4000 * s) },
    ...(v.share ? [{ key: 'sps', h: '占全市比重（%）', kind: 'share', of: 'sp', dec: 1 }] : []),
    { key: 'spa', h: '体育场地面积（万平方米）', en: 'Area of Sports Venues (10 000 sq.m)', kind: 'sum', dec: 2, gen: (g, s) => 60 + g() * 400 * s },
    { key: 'radio', h: '广播人口覆盖率（%）', en: 'Radio Coverage (%)', kind: 'wavg', dec: 2, gen: (g) => 99 + g() * 1 },
    { key: 'tv', h: '电视人口覆盖率（%）', en: 'TV Coverage (%)', kind: 'wavg', dec: 2, gen: (g) => 99.2 + g() * 0.8 },
  ];
  cols.find((c) => c.key === 'b25').gen = (g, s, l) => l.raw.b24 * (0.97 + g() * 0.15);
  return cols.filter((c) => !v.drop || !v.drop.includes(c.key));
}
function sciCols(rng, v) {
  const cols = [
    { key: 'rd24', h: '2024年', group: 'R&D经费内部支出（亿元）', kind: 'sum', dec: 2, gen: (g, s) => 3 + g() * 60 * s },
    { key: 'rd25', h: '2025年', group: 'R&D经费内部支出（亿元）', kind: 'sum', dec: 2, gen: null },
    { key: 'rdg', h: '增长（%）', group: 'R&D经费内部支出（亿元）', kind: 'growth', cur: 'rd25', prev: 'rd24', dec: 1 },
    { key: 'gdp', h: '地区生产总值（亿元）', en: 'GDP (100 million yuan)', kind: 'sum', dec: 2, gen: null },
    { key: 'int', h: '研发投入强度（%）', en: 'R&D Intensity (%)', kind: 'ratio', num: 'rd25', den: 'gdp', scale: 100, dec: 2 },
    { key: 'pa', h: '专利申请量（件）', en: 'Patent Applications', kind: 'sum', dec: 0, gen: (g, s) => 800 + Math.floor(g() * 9000 * s) },
    { key: 'pai', h: '其中：发明专利', en: 'Inventions', kind: 'qz', of: 'pa', lo: 0.15, hi: 0.4, dec: 0 },
    { key: 'pg', h: '专利授权量（件）', en: 'Patents Granted', kind: 'sum', dec: 0, gen: null },
    { key: 'pgi', h: '其中：发明专利', en: 'Inventions', kind: 'qz', of: 'pg', lo: 0.08, hi: 0.25, dec: 0 },
    { key: 'ht', h: '高新技术企业数（家）', en: 'High-tech Enterprises', kind: 'sum', dec: 0, gen: (g, s) => 40 + Math.floor(g() * 600 * s) },
  ];
  if (v.wan) {
    for (const k of ['rd24', 'rd25']) { const c = cols.find((x) => x.key === k); c.group = 'R&D经费内部支出（万元）'; c.dec = 0; }
    cols.find((c) => c.key === 'rdg').group = 'R&D经费内部支出（万元）';
    cols.find((c) => c.key === 'rd24').gen = (g, s) => (3 + g() * 60 * s) * 10000;
    cols.find((c) => c.key === 'int').scale = 0.01;
    cols.find((c) => c.key === 'rd25').gen = (g, s, l) => l.raw.rd24 * (0.95 + g() * 0.25);
    cols.find((c) => c.key === 'gdp').gen = (g, s, l) => l.raw.rd25 / 10000 / (0.012 + g() * 0.03);
    cols.find((c) => c.key === 'pg').gen = (g, s, l) => Math.floor(l.vals.pa * (0.45 + g() * 0.2));
    return cols.filter((c) => !v.drop || !v.drop.includes(c.key));
  }
  cols.find((c) => c.key === 'rd25').gen = (g, s, l) => (l.raw.rd24 ?? (3 + g() * 60 * s)) * (0.95 + g() * 0.25);
  cols.find((c) => c.key === 'gdp').gen = (g, s, l) => l.raw.rd25 / (0.012 + g() * 0.03);
  cols.find((c) => c.key === 'pg').gen = (g, s, l) => Math.floor(l.vals.pa * (0.45 + g() * 0.2));
  return cols.filter((c) => !v.drop || !v.drop.includes(c.key));
}

// indicator list (rows = indicators, cols = 2024/2025/增长)
function writeIndicator(g, r0, rng, spec) {
  const { title, opts } = spec;
  let r = r0;
  const yrs = opts.years || ['2024年', '2025年'];
  // build indicators
  const rd24 = R(2, 80 + rng() * 400), rd25 = R(2, rd24 * (1.02 + rng() * 0.15));
  const gdp24 = R(2, rd24 / (0.018 + rng() * 0.012)), gdp25 = R(2, gdp24 * (1.03 + rng() * 0.05));
  const inv24 = 2000 + Math.floor(rng() * 8000), um24 = 8000 + Math.floor(rng() * 20000), ds24 = 1000 + Math.floor(rng() * 6000);
  const inv25 = Math.floor(inv24 * (0.9 + rng() * 0.3)), um25 = Math.floor(um24 * (0.85 + rng() * 0.3)), ds25 = Math.floor(ds24 * (0.8 + rng() * 0.4));
  const gr24 = Math.floor((inv24 * 0.3 + um24 * 0.7 + ds24 * 0.6)), gr25 = Math.floor((inv25 * 0.3 + um25 * 0.7 + ds25 * 0.6));
  const gi24 = Math.floor(inv24 * 0.3), gi25 = Math.floor(inv25 * 0.33);
  const ht24 = 300 + Math.floor(rng() * 3000), ht25 = Math.floor(ht24 * (1 + rng() * 0.2));
  const tc24 = R(2, 50 + rng() * 300), tc25 = R(2, tc24 * (1 + rng() * 0.4));
  const ind = [
    { l: 'R&D经费内部支出', u: '亿元', a: rd24, b: rd25, dec: 2, k: 'sum' },
    { l: '地区生产总值', u: '亿元', a: gdp24, b: gdp25, dec: 2, k: 'sum' },
    { l: '研发投入强度', u: '%', a: R(2, rd24 / gdp24 * 100), b: R(2, rd25 / gdp25 * 100), dec: 2, k: 'rate', noGrowth: true },
    { l: '专利申请量', u: '件', a: inv24 + um24 + ds24, b: inv25 + um25 + ds25, dec: 0, k: 'total' },
    { l: FW + '发明', u: '件', a: inv24, b: inv25, dec: 0, k: 'part' },
    { l: FW + '实用新型', u: '件', a: um24, b: um25, dec: 0, k: 'part' },
    { l: FW + '外观设计', u: '件', a: ds24, b: ds25, dec: 0, k: 'part' },
    { l: '专利授权量', u: '件', a: gr24, b: gr25, dec: 0, k: 'sum' },
    { l: FW + '其中：发明专利', u: '件', a: gi24, b: gi25, dec: 0, k: 'qzpart' },
    { l: '高新技术企业数', u: '家', a: ht24, b: ht25, dec: 0, k: 'sum' },
    { l: '技术合同成交额', u: '亿元', a: tc24, b: tc25, dec: 2, k: 'sum' },
  ];
  const ncol = 5;
  if (title) { g.set(r, 1, title, { bold: true }); g.merge(r, 1, r, ncol); r++; }
  g.set(r, 1, opts.bilingual ? '指标\nItem' : '指标'); g.set(r, 2, '单位'); g.set(r, 3, yrs[0]); g.set(r, 4, yrs[1]); g.set(r, 5, opts.growthHead || '增长（%）'); r++;
  const rowOf = {};
  ind.forEach((x, i) => {
    g.set(r, 1, x.l); g.set(r, 2, x.u);
    g.set(r, 3, x.a, { fmt: fmtOf(x.dec) }); g.set(r, 4, x.b, { fmt: fmtOf(x.dec) });
    if (x.noGrowth) g.set(r, 5, opts.rateDiff ? R(2, x.b - x.a) : '—', { fmt: '0.00' });
    else g.set(r, 5, R(1, (x.b / x.a - 1) * 100), { fmt: '0.0' });
    const kind = x.k === 'rate' ? 'rate' : x.k === 'total' ? 'total' : x.k === 'part' ? 'part' : x.k === 'qzpart' ? 'qzpart' : 'total';
    if (x.k !== 'sum') { g.plants.push({ r, c: 3, kind, dec: x.dec, nextR: null }); g.plants.push({ r, c: 4, kind, dec: x.dec, nextR: null }); }
    if (!x.noGrowth) g.plants.push({ r, c: 5, kind: 'change', dec: 1, nextR: null });
    r++;
  });
  if (spec.notes) spec.notes.forEach((n) => { g.set(r, 1, n); g.merge(r, 1, r, ncol); r++; });
  return r;
}

// time series: years rows, growth vs previous row
function writeSeries(g, r0, rng, spec) {
  const { title, opts } = spec;
  let r = r0;
  if (title) { g.set(r, 1, title, { bold: true }); g.merge(r, 1, r, 6); r++; }
  g.set(r, 1, '年份'); g.set(r, 2, 'R&D经费内部支出（亿元）'); g.set(r, 3, '比上年增长（%）'); g.set(r, 4, '地区生产总值（亿元）'); g.set(r, 5, '研发投入强度（%）'); g.set(r, 6, '专利授权量（件）'); r++;
  let rd = 40 + rng() * 100, gdp = rd / (0.015 + rng() * 0.01), pg = 5000 + rng() * 10000;
  let prev = null;
  for (let y = opts.from || 2019; y <= 2025; y++) {
    const v = R(2, rd), G = R(2, gdp);
    g.set(r, 1, y + '年'); g.set(r, 2, v, { fmt: '0.00' });
    if (prev === null) g.set(r, 3, '—'); else { g.set(r, 3, R(1, (v / prev - 1) * 100), { fmt: '0.0' }); g.plants.push({ r, c: 3, kind: 'change', dec: 1 }); }
    g.set(r, 4, G, { fmt: '0.00' }); g.set(r, 5, R(2, v / G * 100), { fmt: '0.00' }); g.plants.push({ r, c: 5, kind: 'rate', dec: 2 });
    g.set(r, 6, Math.floor(pg));
    if (prev !== null) g.plants.push({ r, c: 2, kind: 'part', dec: 2, seriesMid: y < 2025 });
    prev = v; rd *= 1.03 + rng() * 0.15; gdp *= 1.02 + rng() * 0.07; pg *= 0.95 + rng() * 0.2;
    r++;
  }
  if (spec.notes) spec.notes.forEach((n) => { g.set(r, 1, n); r++; });
  return r;
}

// ---------------- book builders ----------------
const NOTES_C = ['注：1. 用水普及率、燃气普及率按城区人口计算。', '　　2. 建成区绿化覆盖率＝建成区绿化覆盖面积÷建成区面积×100%。'];
const NOTES_S = ['注：研发投入强度为R&D经费内部支出与地区生产总值之比。', '资料来源：市科技局、市统计局。'];
const NOTES_K = ['注：“—”表示无此项。'];

function pick(rng, a) { return a[Math.floor(rng() * a.length)]; }

function makeBook(seed, layout) {
  const rng = mkRng(seed * 7919 + 17);
  const city = pick(rng, CITIES);
  const grids = [];
  const topt = () => ({
    mode: rng() < 0.5 ? 'raw' : 'exact', totalLast: rng() < 0.3, indentSub: rng() < 0.5, bilingual: rng() < 0.3,
    flat: rng() < 0.25, totalLabel: null, codeRow: rng() < 0.1,
    rawStore: rng() < 0.3, formula: rng() < 0.4,
  });
  const yb = city.city + '统计年鉴';
  if (layout === 'constr') {
    const o = topt(); if (o.totalLast) o.totalLabel = '合计';
    const v = { builtHa: rng() < 0.5, drop: rng() < 0.3 ? ['gpen'] : [], rateDec: rng() < 0.3 ? 1 : 2, percap: rng() < 0.5, pct: rng() < 0.25 };
    const cols = constructionCols(rng, v);
    const rows = computeTable(rng, city, cols, o);
    const g = new Grid(pick(rng, ['城市建设', '13-1', 'Sheet1', '表13-2']));
    writeColTable(g, 1, rng, { title: `${city.city}各区县城市建设主要指标（2025年）`, cols, rows, opts: o, notes: rng() < 0.6 ? NOTES_C : null });
    grids.push(g);
  } else if (layout === 'culture') {
    const o = topt();
    const v = { dash: rng() < 0.6, drop: rng() < 0.3 ? ['radio'] : [], share: rng() < 0.5 };
    if (rng() < 0.3) { o.newLeaf = '　经济技术开发区'.trim(); o.newLeafCols = ['b24']; }
    const cols = cultureCols(rng, v);
    const rows = computeTable(rng, city, cols, o);
    const g = new Grid(pick(rng, ['文化体育', '18-3', 'Sheet1']));
    writeColTable(g, 1, rng, { title: `${city.city}各区县文化体育基本情况`, cols, rows, opts: o, notes: v.dash ? NOTES_K : null });
    grids.push(g);
  } else if (layout === 'sci') {
    const o = topt();
    const v = { drop: rng() < 0.3 ? ['ht'] : [], wan: rng() < 0.35 };
    if (rng() < 0.3) { o.newLeaf = '高新技术产业开发区'; o.newLeafCols = ['rd24']; }
    if (rng() < 0.25) o.colOrder = ['rd25', 'rd24', 'rdg', 'gdp', 'int', 'pa', 'pai', 'pg', 'pgi', 'ht'];
    const cols = sciCols(rng, v);
    const rows = computeTable(rng, city, cols, o);
    const g = new Grid(pick(rng, ['科技', '17-1', 'Sheet1']));
    writeColTable(g, 1, rng, { title: `${city.city}各区县科技活动主要指标`, cols, rows, opts: o, notes: rng() < 0.5 ? NOTES_S : null });
    grids.push(g);
  } else if (layout === 'trans') {
    const o = { ...topt(), flat: true, totalLast: false, unitCol: rng() < 0.5 };
    const which = rng();
    const cols = which < 0.5 ? constructionCols(rng, { builtHa: rng() < 0.5, drop: ['wpen', 'gpen', 'park'] }) : sciCols(rng, { drop: ['rd24', 'rdg', 'pai', 'pgi'] });
    const rows = computeTable(rng, city, cols, o);
    const g = new Grid(pick(rng, ['分区指标', 'Sheet1']));
    writeTransposed(g, 1, rng, { title: `${city.city}分区县${which < 0.5 ? '城市建设' : '科技'}主要指标`, cols, rows, opts: o });
    grids.push(g);
  } else if (layout === 'ind') {
    const g = new Grid(pick(rng, ['科技综合', '17-2']));
    writeIndicator(g, 1, rng, { title: `${city.city}科技活动主要指标`, opts: { bilingual: rng() < 0.3, rateDiff: rng() < 0.4, growthHead: pick(rng, ['增长（%）', '2025年比2024年增长（%）', '增减（%）']) }, notes: rng() < 0.5 ? NOTES_S : null });
    grids.push(g);
  } else if (layout === 'series') {
    const g = new Grid(pick(rng, ['历年R&D', '17-3']));
    writeSeries(g, 1, rng, { title: `${city.city}历年研究与试验发展经费`, opts: { from: 2017 + Math.floor(rng() * 4) } });
    grids.push(g);
  } else if (layout === 'multi') {
    // several tables in one sheet
    const g = new Grid('文化科技');
    const o1 = { ...topt(), flat: true };
    const c1 = cultureCols(rng, { dash: true, drop: ['b24', 'b25', 'bg', 'radio', 'tv'] });
    let r = writeColTable(g, 1, rng, { title: `表1　${city.city}文化体育设施`, cols: c1, rows: computeTable(rng, city, c1, o1), opts: o1 });
    r += 2;
    if (rng() < 0.5) {
      const o2 = { ...topt(), flat: true };
      const c2 = sciCols(rng, { drop: ['ht', 'pa', 'pai'] });
      r = writeColTable(g, r, rng, { title: `表2　${city.city}分区县科技指标`, cols: c2, rows: computeTable(rng, city, c2, o2), opts: o2, notes: NOTES_S });
    } else {
      r = writeIndicator(g, r, rng, { title: `表2　${city.city}科技活动主要指标`, opts: {} });
    }
    grids.push(g);
  } else if (layout === 'twosheet') {
    const o = topt();
    const cols = constructionCols(rng, { builtHa: false, drop: ['gpen'] });
    const g1 = new Grid('城市建设'); writeColTable(g1, 1, rng, { title: `${city.city}城市建设`, cols, rows: computeTable(rng, city, cols, o), opts: o, notes: NOTES_C });
    const g2 = new Grid('历年科技'); writeSeries(g2, 1, rng, { title: '历年R&D经费', opts: {} });
    grids.push(g1, g2);
  }
  return grids;
}

// ---------------- mutation ----------------
function mutate(rng, v, dec, how, nextVal) {
  const s = v.toFixed(dec);
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const digitIdx = [...body].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  const back = (b) => parseFloat((neg ? '-' : '') + b);
  if (how === 'decimal') return R(dec, rng() < 0.5 || v < 1 ? v * 10 : v / 10);
  if (how === 'copy') return nextVal;
  if (how === 'swap') {
    const pairs = [];
    for (let k = 0; k + 1 < digitIdx.length; k++) {
      let a = digitIdx[k], b = digitIdx[k + 1];
      if (body[a] !== body[b] && !(a === 0 && body[b] === '0')) pairs.push([a, b]);
    }
    if (!pairs.length) return null;
    const [a, b] = pick(rng, pairs);
    const arr = [...body]; [arr[a], arr[b]] = [arr[b], arr[a]]; return back(arr.join(''));
  }
  // digit
  const i = pick(rng, digitIdx.slice(0, Math.max(1, Math.min(3, digitIdx.length))));
  const arr = [...body];
  let d; do { d = String(Math.floor(rng() * 10)); } while (d === arr[i] || (i === 0 && d === '0' && digitIdx.length > 1 && body[1] !== '.'));
  arr[i] = d; return back(arr.join(''));
}
function minDelta(p, v) {
  const u = Math.pow(10, -p.dec);
  if (p.kind === 'rate') return Math.max(3 * u, Math.abs(v) * 0.01);
  if (p.kind === 'change') return 0.5;
  return Math.max(u * (p.dec > 0 ? 6 : 1), Math.abs(v) * 0.002);
}

async function writeBook(file, grids) {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    let maxC = 1;
    for (const [k, cell] of g.cells) {
      const [r, c] = k.split(',').map(Number); maxC = Math.max(maxC, c);
      const x = ws.getCell(r, c);
      let val = cell.v;
      if (typeof val === 'number' && !cell.mutated && typeof cell.rv === 'number') val = cell.rv;
      if (typeof val === 'number' && cell.pct) val = val / 100;
      x.value = (cell.formula && !cell.mutated && typeof val === 'number') ? { formula: cell.formula, result: val } : val;
      if (cell.fmt && typeof cell.v === 'number') x.numFmt = cell.pct ? cell.fmt + '%' : cell.fmt;
      if (cell.bold) x.font = { bold: true };
      if (typeof cell.v === 'string' && cell.v.includes('\n')) x.alignment = { wrapText: true };
      if (cell.center) x.alignment = { horizontal: 'center' };
      if (typeof cell.v === 'string' && cell.v === '—') x.alignment = { horizontal: 'center' };
    }
    for (const m of g.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getColumn(1).width = 16; for (let c = 2; c <= maxC; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(file);
}

async function main() {
  const outDir = PROBE ? 'probe' : 'cases';
  const layouts = ['constr', 'culture', 'sci', 'trans', 'ind', 'series', 'multi', 'twosheet'];
  const kinds = ['part', 'total', 'rate', 'change', 'qzpart'];
  const hows = ['digit', 'swap', 'decimal', 'copy'];
  const manifest = [];
  const N = PROBE ? 100 : 46;
  const base = PROBE ? 5000 : 100;
  for (let i = 0; i < N; i++) {
    const seed = base + i;
    const layout = layouts[i % layouts.length];
    const planted = PROBE ? (i % 2 === 1) : (i >= 20);
    const name = PROBE ? `p${String(i + 1).padStart(3, '0')}` : `${String(i + 1).padStart(2, '0')}_${layout}${planted ? '_bad' : ''}`;
    const file = `${outDir}/${name}.xlsx`;
    const grids = makeBook(seed, layout);
    if (!planted) { await writeBook(file, grids); manifest.push({ file, planted: null, layout }); continue; }
    const prng = mkRng(seed * 31 + 5);
    let done = null;
    for (let attempt = 0; attempt < 200 && !done; attempt++) {
      const g = pick(prng, grids);
      const wantKind = kinds[(i + Math.floor(attempt / 20)) % kinds.length];
      const how = hows[(Math.floor(i / kinds.length) + attempt) % hows.length];
      const cands = g.plants.filter((p) => p.kind === wantKind || (attempt > 100));
      if (!cands.length) continue;
      const p = pick(prng, cands);
      const cell = g.get(p.r, p.c); const v = cell.v;
      let nextVal = null;
      if (how === 'copy') {
        const nr = p.nextR ? g.get(p.nextR, p.c) : p.nextC ? g.get(p.r, p.nextC) : null;
        if (!nr || typeof nr.v !== 'number') continue; nextVal = nr.v;
      }
      const nv = mutate(prng, v, p.dec, how, nextVal);
      if (nv === null || !isFinite(nv) || Math.abs(nv - v) < minDelta(p, v)) continue;
      if (p.kind !== 'change' && nv < 0) continue;
      cell.v = nv; cell.mutated = true;
      done = { sheet: g.name, cell: colL(p.c) + p.r, note: `${p.kind} ${how}: ${v} -> ${nv}` };
    }
    if (!done) throw new Error('no plant for ' + name);
    await writeBook(file, grids);
    manifest.push({ file, planted: { sheet: done.sheet, cell: done.cell }, note: done.note + ` [${layout}]` });
  }
  fs.writeFileSync(PROBE ? 'probe/manifest.json' : 'manifest.json', JSON.stringify(manifest, null, 1));
  console.log('wrote', manifest.length);
}
main().catch((e) => { console.error(e); process.exit(1); });
