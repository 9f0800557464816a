// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Culture/sport/tourism statistics workbooks with recorded relations and optional plants.
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDs, Ns, FRACs, VARs] = process.argv;
const SEED = +SEEDs, N = +Ns, FRAC = +FRACs, VARIANT = +(VARs || 0);
const ROOT = '/tmp/round121b';
const OUT = path.join(ROOT, SET), RELDIR = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELDIR, { recursive: true });

function mulberry(a) { return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry(SEED);
const R = () => rng();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd = (x, dp) => { const f = Math.pow(10, dp); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const half = (dp) => 0.5 * Math.pow(10, -dp);

const COUNTIES = ['城关区', '东湖区', '西山区', '南江县', '北川县', '青山区', '白水县', '金川区', '安宁县', '永和县', '清河县', '临江市', '凤凰县', '石门县', '宁远县', '长乐县', '龙泉市', '桃源县', '平江县', '新化县', '高新区', '经开区', '柳林县', '云溪区'];
const CITIES = ['江州市', '云川市', '临海市', '泉阳市', '安平市', '青州市', '南屏市', '北塘市', '丰城市', '宁川市'];
const TOWNS = ['城关镇', '东关街道', '西城街道', '河口镇', '白沙镇', '马坪乡', '双河镇', '新店乡', '石桥镇', '大坪乡', '柳树镇', '高桥乡', '龙岗镇', '青龙乡'];
const YEAR = ri(2019, 2024);

// ---------- sheet model ----------
class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.widths = {}; }
  txt(r, c, s, o = {}) { this.cells[A(r, c)] = { t: 's', v: s, ...o }; }
  num(r, c, v, dp, o = {}) { // v null => blank; o.dash => dash string
    if (v === null || v === undefined) { this.cells[A(r, c)] = { t: 'blank' }; return A(r, c); }
    this.cells[A(r, c)] = { t: 'n', v: rnd(v, dp), dp, asText: o.asText || chance(0.025), ...o };
    return A(r, c);
  }
  dash(r, c, d) { this.cells[A(r, c)] = { t: 'd', v: d || pick(['—', '-', '—']) }; return A(r, c); }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(x) { this.rels.push(x); }
}
const valOf = (cells, a) => { const x = cells[a]; if (!x) return null; if (x.t === 'n') return x.v; if (x.t === 'd') return 0; return null; };

// relation evaluation: returns violation magnitude minus tolerance (>0 broken)
function excess(rel, get) {
  const g = (a) => { const v = get(a); return v === null ? 0 : v; };
  switch (rel.type) {
    case 'sum': { const s = rel.parts.reduce((t, a) => t + g(a), 0); return Math.abs(g(rel.total) - s) - rel.tol; }
    case 'le': return g(rel.part) - g(rel.whole) - rel.tol;
    case 'rate': { const num = [].concat(rel.num).reduce((t, a) => t + g(a), 0); const d = g(rel.den); if (!d) return -1; return Math.abs(g(rel.cell) - num / d * rel.k) - rel.tol; }
    case 'growth': { const p = g(rel.prev); if (!p) return -1; return Math.abs(g(rel.cell) - (g(rel.cur) / p - 1) * 100) - rel.tol; }
    case 'diff': return Math.abs(g(rel.cell) - (g(rel.a) - g(rel.b))) - rel.tol;
  }
  throw new Error('bad rel ' + rel.type);
}

// ---------- common layout pieces ----------
function titleBlock(s, title, unit, ncol) {
  let r = 1;
  if (chance(0.1)) { s.txt(r, 1, pick(['表', '附表', '']) + ri(1, 12) + (chance(0.5) ? '-' + ri(1, 9) : '')); r++; }
  s.txt(r, 1, title, { bold: true, center: true }); s.merge(r, 1, r, ncol); r++;
  if (unit) {
    if (chance(0.7)) { s.txt(r, ncol, unit, { right: true }); if (chance(0.3)) s.txt(r, 1, YEAR + '年'); }
    else s.txt(r, 1, unit);
    r++;
  } else if (chance(0.3)) r++;
  return r;
}
function notes(s, r, list) {
  if (!chance(0.6)) return;
  r += chance(0.5) ? 1 : 0;
  const n = pick(list);
  s.txt(r, 1, n);
  if (chance(0.3)) s.txt(r + 1, 1, '资料来源：' + pick(['市文化和旅游局', '县文广旅体局', '省体育局', '市统计局']));
}
const indentLabel = (s, r, c, label, level) => {
  if (level <= 0) { s.txt(r, c, label); return; }
  if (s.indStyle === undefined) s.indStyle = VARIANT === 1 ? chance(0.7) : chance(0.4);
  if (s.indStyle) s.txt(r, c, label, { indent: level });
  else s.txt(r, c, '  '.repeat(level) + label);
};
const totalName = (scope) => scope === 'county' ? pick(['全县', '合计', '总计']) : scope === 'city' ? pick(['全市', '合计', '总计']) : pick(['全省', '合计', '总计']);

// header writer: cols = [{name, unit, group}] ; style selects rows
function header(s, r, firstName, cols, opts = {}) {
  const style = opts.style != null ? opts.style : pick(VARIANT === 1 ? [1, 2, 2, 3] : [0, 1, 2, 3]);
  // 0: one row, unit in parentheses; 1: two rows, groups merged; 2: one/two rows + unit row; 3: three rows group/name/unit
  const hasGroups = cols.some((c) => c.group);
  const lab = (c) => c.unit && (style === 0 || style === 1) ? c.name + pick(['（' + c.unit + '）', '(' + c.unit + ')', '\n（' + c.unit + '）']) : c.name;
  let rows = 1;
  if (style === 0 && !hasGroups) {
    s.txt(r, 1, firstName); cols.forEach((c, i) => s.txt(r, i + 2, lab(c)));
    rows = 1;
  } else {
    const nameRow = r + 1;
    // group row
    let i = 0;
    while (i < cols.length) {
      const g = cols[i].group; let j = i;
      while (j + 1 < cols.length && g && cols[j + 1].group === g) j++;
      if (g) { s.txt(r, i + 2, g); s.merge(r, i + 2, r, j + 2); for (let k = i; k <= j; k++) s.txt(nameRow, k + 2, lab(cols[k])); }
      else { s.txt(r, i + 2, lab(cols[i])); s.merge(r, i + 2, nameRow, i + 2); }
      i = j + 1;
    }
    rows = 2;
    if (style === 2 || style === 3) {
      const ur = r + 2; cols.forEach((c, k) => { if (c.unit) s.txt(ur, k + 2, c.unit); });
      s.txt(ur, 1, pick(['', '计量单位', '单位']) || null);
      if (!s.cells[A(ur, 1)] || s.cells[A(ur, 1)].v === null) delete s.cells[A(ur, 1)];
      rows = 3;
    }
    s.txt(r, 1, firstName); s.merge(r, 1, r + (rows === 3 && !s.cells[A(r + 2, 1)] ? 2 : 1), 1);
  }
  if (opts.colnums && chance(0.3)) { // 甲 1 2 3 row
    const cr = r + rows; s.txt(cr, 1, '甲'); cols.forEach((c, k) => s.txt(cr, k + 2, String(k + 1))); rows++;
  }
  return r + rows;
}

// ---------- generators of values ----------
function splitInt(total, n, minEach = 0) { // random nonneg ints summing to total
  const w = Array.from({ length: n }, () => R() + 0.15); const sw = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.max(minEach, Math.floor(total * x / sw)));
  let d = total - out.reduce((a, b) => a + b, 0); let i = 0;
  while (d !== 0) { const k = i % n; if (d > 0) { out[k]++; d--; } else if (out[k] > minEach) { out[k]--; d++; } i++; if (i > 100000) break; }
  return out;
}

// T1 public culture facilities by region, column sums (with optional subtotals)
function tFacilities(scope) {
  const s = new Sheet(pick(['文化设施', '公共文化', '文化机构', '表1']));
  const cols = [
    { key: 'lib', name: '公共图书馆', unit: '个', dp: 0, group: '公共图书馆' },
    { key: 'books', name: '藏书量', unit: '万册', dp: pick([1, 2]), group: '公共图书馆' },
    { key: 'circ', name: '总流通人次', unit: '万人次', dp: pick([1, 2]), group: '公共图书馆' },
    { key: 'cult', name: '文化馆', unit: '个', dp: 0 },
    { key: 'mus', name: '博物馆', unit: '个', dp: 0, group: '博物馆' },
    { key: 'musState', name: '其中：国有', unit: '个', dp: 0, group: '博物馆', le: 'mus' },
  ];
  if (chance(0.4)) { cols[0].name = '机构数'; }
  if (chance(0.3)) { cols.splice(5, 1); cols[4].group = undefined; }
  const nReg = ri(4, 11);
  const regs = shuffle(scope === 'province' ? CITIES : COUNTIES).slice(0, nReg);
  const gen = () => { const lib = ri(1, 4), mus = ri(0, 6); return { lib, books: R() * 80 + 5 * lib, circ: R() * 120 + 8, cult: ri(1, 3), mus, musState: ri(0, mus) }; };
  const data = regs.map(gen);
  const useSub = nReg >= 6 && chance(0.45);
  let r = titleBlock(s, pick([YEAR + '年各区县公共文化设施情况', '公共图书馆、文化馆、博物馆基本情况（' + YEAR + '年）', YEAR + '年分地区文化机构情况']), null, cols.length + 1);
  r = header(s, r, pick(['地区', '区县', '地  区', '单位']), cols, { colnums: true });
  const totalTop = chance(0.6);
  // rows plan: [{label, level, idx | members}]
  let plan = [];
  if (useSub) {
    const k = ri(2, nReg - 2);
    const g1 = data.slice(0, k).map((_, i) => i), g2 = data.slice(k).map((_, i) => i + k);
    const mark = chance(0.5) ? '#' : '';
    plan.push({ label: pick(['市辖区', '城区', '市区']), sub: g1 }); g1.forEach((i) => plan.push({ label: mark + regs[i], level: 1, idx: i }));
    plan.push({ label: pick(['县（市）', '各县', '县域']), sub: g2 }); g2.forEach((i) => plan.push({ label: mark + regs[i], level: 1, idx: i }));
  } else plan = data.map((_, i) => ({ label: regs[i], level: 0, idx: i }));
  const tot = { label: totalName(scope), total: true };
  plan = totalTop ? [tot, ...plan] : [...plan, tot];
  // values (scaled to dp exactly)
  const rowOf = {};
  plan.forEach((p, k) => { rowOf[k] = r + k; });
  const shown = data.map((d) => { const o = {}; cols.forEach((c) => o[c.key] = rnd(d[c.key], c.dp)); return o; });
  const agg = (idx) => { const o = {}; cols.forEach((c) => o[c.key] = rnd(idx.reduce((t, i) => t + shown[i][c.key], 0), c.dp)); return o; };
  plan.forEach((p, k) => {
    const rr = r + k;
    const v = p.total ? agg(data.map((_, i) => i)) : p.sub ? agg(p.sub) : shown[p.idx];
    indentLabel(s, rr, 1, p.label, p.level || 0);
    cols.forEach((c, j) => {
      if (v[c.key] === 0 && chance(0.35) && !p.total) s.dash(rr, j + 2); else s.num(rr, j + 2, v[c.key], c.dp);
    });
  });
  // relations
  cols.forEach((c, j) => {
    const cc = j + 2, tol = half(c.dp);
    const totalRow = plan.findIndex((p) => p.total);
    if (useSub) {
      const subs = plan.map((p, k) => p.sub ? k : -1).filter((k) => k >= 0);
      s.rel({ type: 'sum', total: A(r + totalRow, cc), parts: subs.map((k) => A(r + k, cc)), tol });
      subs.forEach((k) => s.rel({ type: 'sum', total: A(r + k, cc), parts: plan[k].sub.map((i) => A(r + plan.findIndex((p) => p.idx === i), cc)), tol }));
    } else s.rel({ type: 'sum', total: A(r + totalRow, cc), parts: plan.map((p, k) => p.total ? -1 : k).filter((k) => k >= 0).map((k) => A(r + k, cc)), tol });
    if (c.le) { const wc = cols.findIndex((x) => x.key === c.le) + 2; plan.forEach((p, k) => s.rel({ type: 'le', part: A(r + k, cc), whole: A(r + k, wc), tol: 0 })); }
  });
  notes(s, r + plan.length, ['注：博物馆含行业和非国有博物馆。', '注：藏书量含电子图书折算。', '注：本表数据来源于文化和旅游统计年报。']);
  return s;
}

// T2 heritage protection units by level: row sums + total row
function tHeritage(scope) {
  const s = new Sheet(pick(['文物保护单位', '文保单位', '表2']));
  const levels = [{ key: 'nat', name: '全国重点' }, { key: 'prov', name: '省级' }, { key: 'city', name: scope === 'province' ? '市（州）级' : '市级' }, { key: 'cty', name: '县级' }];
  const nReg = ri(4, 10);
  const regs = shuffle(scope === 'province' ? CITIES : COUNTIES).slice(0, nReg);
  const data = regs.map(() => ({ nat: ri(0, 3) * (chance(0.6) ? 1 : 0), prov: ri(0, 12), city: ri(1, 25), cty: ri(3, 60) }));
  const withTotalCol = chance(0.8);
  const cols = [];
  if (withTotalCol) cols.push({ key: 'tot', name: pick(['合计', '总计', '文物保护单位总数']), unit: '处' });
  const hg = withTotalCol && chance(0.6) ? pick(['其中', '按级别分']) : undefined;
  levels.forEach((l) => cols.push({ key: l.key, name: l.name, unit: '处', group: hg }));
  const totFirstRow = chance(0.6);
  let r = titleBlock(s, pick(['各级文物保护单位情况', YEAR + '年文物保护单位分级情况', '分地区文物保护单位数']), chance(0.6) ? '单位：处' : null, cols.length + 1);
  const unitsInHeader = !s.cells[A(r - 1, cols.length + 1)] && !String((s.cells[A(r - 1, 1)] || {}).v || '').startsWith('单位');
  if (!unitsInHeader) cols.forEach((c) => c.unit = undefined);
  r = header(s, r, pick(['地区', '区（县）', '地 区']), cols);
  const lines = regs.map((g, i) => ({ label: g, v: { ...data[i], tot: levels.reduce((t, l) => t + data[i][l.key], 0) } }));
  const tv = {}; cols.forEach((c) => tv[c.key] = lines.reduce((t, x) => t + x.v[c.key], 0));
  const rows = totFirstRow ? [{ label: totalName(scope), v: tv, total: true }, ...lines] : [...lines, { label: totalName(scope), v: tv, total: true }];
  rows.forEach((x, k) => {
    s.txt(r + k, 1, x.label);
    cols.forEach((c, j) => { if (x.v[c.key] === 0 && !x.total && chance(0.6)) s.dash(r + k, j + 2); else s.num(r + k, j + 2, x.v[c.key], 0); });
  });
  const ti = rows.findIndex((x) => x.total);
  cols.forEach((c, j) => s.rel({ type: 'sum', total: A(r + ti, j + 2), parts: rows.map((x, k) => x.total ? null : A(r + k, j + 2)).filter(Boolean), tol: 0.5 }));
  if (withTotalCol) rows.forEach((x, k) => s.rel({ type: 'sum', total: A(r + k, 2), parts: levels.map((_, j) => A(r + k, j + 3)), tol: 0.5 }));
  notes(s, r + rows.length, ['注：“—”表示无。', '注：全国重点文物保护单位按所在地统计。']);
  return s;
}

// T3 tourism, years as columns, indicator rows, optional 计量单位 column and growth column
function tTourismYears(scope) {
  const s = new Sheet(pick(['旅游', '旅游业', '接待游客', '表3']));
  const ny = ri(3, 5); const years = Array.from({ length: ny }, (_, i) => YEAR - ny + 1 + i);
  const unitCol = chance(0.5);
  const growth = chance(0.6);
  const vdp = pick([1, 2]), mdp = pick([1, 2]);
  // series
  let dom = R() * 800 + 200, inb = R() * 20 + 1, rdom = dom * (R() * 0.06 + 0.08), usd = R() * 5000 + 300;
  const Y = years.map(() => { dom *= 0.85 + R() * 0.35; inb *= 0.6 + R() * 0.8; rdom *= 0.85 + R() * 0.35; usd *= 0.6 + R() * 0.8; return { dom: rnd(dom, vdp), inb: rnd(inb, vdp), rdom, usd: rnd(usd, 0), rint: usd * 7 / 10000 }; });
  Y.forEach((y) => { y.vis = rnd(y.dom + y.inb, vdp); y.rtot = rnd(y.rdom + y.rint, mdp); y.rdomS = rnd(y.rdom, mdp); });
  const items = [
    { key: 'vis', name: '接待游客总人次', unit: '万人次', dp: vdp, level: 0 },
    { key: 'dom', name: pick(['其中：国内游客', '#国内游客', '国内游客']), unit: '万人次', dp: vdp, level: 1 },
    { key: 'inb', name: pick(['入境游客', '#入境游客', '海外游客']), unit: '万人次', dp: vdp, level: 1 },
    { key: 'rtot', name: '旅游总收入', unit: '亿元', dp: mdp, level: 0 },
    { key: 'rdomS', name: pick(['其中：国内旅游收入', '#国内旅游收入']), unit: '亿元', dp: mdp, level: 1 },
    { key: 'usd', name: '国际旅游外汇收入', unit: '万美元', dp: 0, level: 1 },
  ];
  if (items[2].name.startsWith('#') !== items[1].name.startsWith('#')) items[2].name = items[1].name.startsWith('#') ? '#' + items[2].name.replace('#', '') : items[2].name.replace('#', '');
  const ncol = 1 + (unitCol ? 1 : 0) + ny + (growth ? 1 : 0);
  let r = titleBlock(s, pick(['旅游业发展情况', (scope === 'county' ? '全县' : scope === 'city' ? '全市' : '全省') + '旅游主要指标', '历年旅游接待情况']), null, ncol);
  const hdrRows = chance(0.4) ? 2 : 1;
  s.txt(r, 1, pick(['指标', '项目', '指 标'])); if (unitCol) s.txt(r, 2, pick(['计量单位', '单位']));
  const c0 = unitCol ? 3 : 2;
  if (hdrRows === 2) { s.txt(r, c0, '年份'); s.merge(r, c0, r, c0 + ny - 1); years.forEach((y, i) => s.txt(r + 1, c0 + i, String(y))); s.merge(r, 1, r + 1, 1); if (unitCol) s.merge(r, 2, r + 1, 2); }
  else years.forEach((y, i) => s.txt(r, c0 + i, y + '年'));
  const gc = c0 + ny;
  if (growth) { s.txt(r, gc, pick([YEAR + '年比上年增长(%)', '增长（%）', '比上年增长%'])); if (hdrRows === 2) s.merge(r, gc, r + 1, gc); }
  r += hdrRows;
  items.forEach((it, k) => {
    const rr = r + k;
    const lab = unitCol ? it.name : it.name + '（' + it.unit + '）';
    indentLabel(s, rr, 1, lab, it.level && !it.name.startsWith('#') ? it.level : 0);
    if (unitCol) s.txt(rr, 2, it.unit);
    Y.forEach((y, i) => s.num(rr, c0 + i, y[it.key], it.dp));
    if (growth) {
      const cur = Y[ny - 1][it.key], prev = Y[ny - 2][it.key];
      s.num(rr, gc, (rnd(cur, it.dp) / rnd(prev, it.dp) - 1) * 100, 1);
      s.rel({ type: 'growth', cell: A(rr, gc), cur: A(rr, c0 + ny - 1), prev: A(rr, c0 + ny - 2), tol: 0.05 });
    }
  });
  years.forEach((_, i) => {
    const c = c0 + i;
    s.rel({ type: 'sum', total: A(r, c), parts: [A(r + 1, c), A(r + 2, c)], tol: half(vdp) });
    s.rel({ type: 'le', part: A(r + 4, c), whole: A(r + 3, c), tol: 0 });
  });
  notes(s, r + items.length, ['注：国际旅游外汇收入按当年平均汇率折算计入旅游总收入。', '注：' + (YEAR - 2) + '年起接待人次按新口径统计。']);
  return s;
}

// T4 two periods side by side: indicators with 增长(%) and 增减(百分点)
function tTwoPeriod(scope) {
  const s = new Sheet(pick(['主要指标', '文化体育旅游', '综合', '表4']));
  const pop0 = R() * 300 + 30; const pop1 = pop0 * (0.99 + R() * 0.02);
  const P = [{}, {}]; // 0 = current, 1 = previous
  const base = { lib: ri(3, 15), books: R() * 200 + 50, circ: R() * 300 + 20, venues: ri(1500, 9000), area: R() * 600 + 100, spots: ri(20, 70), a45: ri(4, 18), inbs: R() * 0.03 + 0.002, vis: R() * 2000 + 500 };
  [pop1, pop0].forEach((pop, i) => {
    const q = P[i]; const f = () => i === 0 ? 1 : 0.82 + R() * 0.22;
    q.pop = rnd(pop, 2);
    q.lib = Math.max(1, Math.round(base.lib * (i ? 0.9 + R() * 0.1 : 1))); q.books = rnd(base.books * f(), 1); q.circ = rnd(base.circ * f(), 1);
    q.venues = Math.round(base.venues * f()); q.area = rnd(base.area * f(), 2);
    q.per = rnd(q.area / q.pop, 2);
    q.spots = Math.round(base.spots * (i ? 0.85 + R() * 0.15 : 1)); q.a45 = Math.min(q.spots, Math.max(1, Math.round(base.a45 * (i ? 0.8 + R() * 0.2 : 1))));
    q.vis = rnd(base.vis * f(), 1); q.inb = rnd(q.vis * base.inbs * (i ? 0.8 + R() * 0.3 : 1), 1);
  });
  const sameDen = chance(0.3); if (sameDen) { P[1].spots = P[0].spots; }
  P.forEach((q) => { q.share = rnd(q.a45 / q.spots * 100, 1); });
  const items = [
    { key: 'lib', name: '公共图书馆', unit: '个', dp: 0 },
    { key: 'books', name: '  公共图书馆藏书量', unit: '万册', dp: 1 },
    { key: 'circ', name: '  总流通人次', unit: '万人次', dp: 1 },
    { key: 'pop', name: '年末常住人口', unit: '万人', dp: 2 },
    { key: 'venues', name: '体育场地', unit: '个', dp: 0 },
    { key: 'area', name: '体育场地面积', unit: '万平方米', dp: 2 },
    { key: 'per', name: '人均体育场地面积', unit: '平方米', dp: 2, rate: ['area', 'pop', 1] },
    { key: 'spots', name: 'A级旅游景区', unit: '个', dp: 0 },
    { key: 'a45', name: pick(['其中：4A级及以上', '#4A级及以上']), unit: '个', dp: 0, le: 'spots' },
    { key: 'share', name: '4A级及以上景区占比', unit: '%', dp: 1, rate: ['a45', 'spots', 100], pts: true },
    { key: 'vis', name: '接待游客', unit: '万人次', dp: 1 },
    { key: 'inb', name: pick(['其中：入境游客', '#入境游客']), unit: '万人次', dp: 1, le: 'vis' },
  ];
  const sepPts = chance(0.5);
  const unitCol = chance(0.6);
  const order = chance(0.5) ? [0, 1] : [1, 0]; // current first or previous first
  const ncol = 1 + (unitCol ? 1 : 0) + 2 + 1 + (sepPts ? 1 : 0);
  let r = titleBlock(s, pick(['文化、体育和旅游主要指标', YEAR + '年文体旅主要指标完成情况', '文化体育旅游基本情况']), null, ncol);
  let c = 1; s.txt(r, c++, pick(['指标', '指标名称', '项目']));
  if (unitCol) s.txt(r, c++, pick(['计量单位', '单位']));
  const pc = c; order.forEach((o, i) => s.txt(r, pc + i, (YEAR - o) + '年'));
  const gcol = pc + 2; s.txt(r, gcol, pick(['增长（%）', '比上年增长(%)', '增减%']));
  const ptcol = sepPts ? gcol + 1 : gcol; if (sepPts) s.txt(r, ptcol, pick(['增减（百分点）', '增减(百分点)']));
  r++;
  const rowOf = {};
  items.forEach((it, k) => { rowOf[it.key] = r + k; });
  items.forEach((it, k) => {
    const rr = r + k;
    let lab = it.name;
    if (!unitCol) lab = lab + '（' + it.unit + '）';
    if (lab.startsWith('  ')) indentLabel(s, rr, 1, lab.trim(), 1); else s.txt(rr, 1, lab);
    if (unitCol) s.txt(rr, 2, it.unit);
    order.forEach((o, i) => s.num(rr, pc + i, P[o][it.key], it.dp));
    const cur = A(rr, pc + order.indexOf(0)), prev = A(rr, pc + order.indexOf(1));
    if (it.pts) {
      const v = rnd(P[0][it.key] - P[1][it.key], 1);
      s.num(rr, ptcol, v, 1); s.rel({ type: 'diff', cell: A(rr, ptcol), a: cur, b: prev, tol: 0.05 });
      if (sepPts) s.dash(rr, gcol, pick(['', '—'])) ;
      if (sepPts && s.cells[A(rr, gcol)].v === '') delete s.cells[A(rr, gcol)];
    } else {
      s.num(rr, gcol, (P[0][it.key] / P[1][it.key] - 1) * 100, 1);
      s.rel({ type: 'growth', cell: A(rr, gcol), cur, prev, tol: 0.05 });
    }
    if (it.rate) order.forEach((o, i) => s.rel({ type: 'rate', cell: A(rr, pc + i), num: A(rowOf[it.rate[0]], pc + i), den: A(rowOf[it.rate[1]], pc + i), k: it.rate[2], tol: half(it.dp) }));
    if (it.le) order.forEach((o, i) => s.rel({ type: 'le', part: A(rr, pc + i), whole: A(rowOf[it.le], pc + i), tol: 0 }));
  });
  notes(s, r + items.length, sepPts ? ['注：人均体育场地面积按年末常住人口计算。'] : ['注：占比指标增长栏为增减百分点。', '注：人均体育场地面积按年末常住人口计算。']);
  return s;
}

// T5 A-grade scenic spots by region: 合计 + grade columns (full or 其中)
function tScenic(scope) {
  const s = new Sheet(pick(['A级景区', '旅游景区', '表5']));
  const full = chance(0.55);
  const grades = full ? ['5A', '4A', '3A', '2A', '1A'] : ['5A', '4A'];
  const nReg = ri(4, 10);
  const regs = shuffle(scope === 'province' ? CITIES : COUNTIES).slice(0, nReg);
  const data = regs.map(() => { const o = { '5A': chance(0.3) ? ri(1, 2) : 0, '4A': ri(0, 6), '3A': ri(1, 12), '2A': ri(0, 8), '1A': ri(0, 3) }; o.tot = o['5A'] + o['4A'] + o['3A'] + o['2A'] + o['1A']; return o; });
  const shareCol = chance(0.5);
  const sg = full ? pick(['按等级分', '其中']) : '其中';
  const cols = [{ key: 'tot', name: pick(['合计', 'A级景区总数', '景区数']), unit: '个' }, ...grades.map((g) => ({ key: g, name: (full ? '' : '') + g + '级', unit: '个', group: sg }))];
  if (shareCol) cols.push({ key: 'share', name: '4A级及以上占比', unit: '%' });
  let r = titleBlock(s, pick([YEAR + '年A级旅游景区分布', '分地区A级旅游景区情况', 'A级景区数量']), chance(0.4) ? '单位：个' : null, cols.length + 1);
  r = header(s, r, pick(['地区', '区县', '县（市、区）']), cols);
  const tv = { tot: 0 }; ['5A', '4A', '3A', '2A', '1A'].forEach((g) => tv[g] = data.reduce((t, d) => t + d[g], 0)); tv.tot = data.reduce((t, d) => t + d.tot, 0);
  const totTop = chance(0.5);
  const rows = data.map((d, i) => ({ label: regs[i], v: d }));
  if (totTop) rows.unshift({ label: totalName(scope), v: tv, total: true }); else rows.push({ label: totalName(scope), v: tv, total: true });
  rows.forEach((x, k) => {
    const rr = r + k; s.txt(rr, 1, x.label);
    cols.forEach((c, j) => {
      if (c.key === 'share') { if (x.v.tot) s.num(rr, j + 2, (x.v['5A'] + x.v['4A']) / x.v.tot * 100, 1); else s.dash(rr, j + 2); return; }
      if (x.v[c.key] === 0 && !x.total && chance(0.5)) s.dash(rr, j + 2); else s.num(rr, j + 2, x.v[c.key], 0);
    });
    if (full) s.rel({ type: 'sum', total: A(rr, 2), parts: grades.map((_, j) => A(rr, j + 3)), tol: 0.5 });
    else grades.forEach((_, j) => s.rel({ type: 'le', part: A(rr, j + 3), whole: A(rr, 2), tol: 0 }));
    if (shareCol && x.v.tot) s.rel({ type: 'rate', cell: A(rr, cols.length + 1), num: [A(rr, 3), A(rr, 4)], den: A(rr, 2), k: 100, tol: 0.05 });
  });
  const ti = rows.findIndex((x) => x.total);
  cols.forEach((c, j) => { if (c.key !== 'share') s.rel({ type: 'sum', total: A(r + ti, j + 2), parts: rows.map((x, k) => x.total ? null : A(r + k, j + 2)).filter(Boolean), tol: 0.5 }); });
  notes(s, r + rows.length, ['注：占比为4A级及以上景区占A级景区总数的比重。', '注：截至' + YEAR + '年末。']);
  return s;
}

// T6 sports venues by region with per-capita rate
function tSports(scope) {
  const s = new Sheet(pick(['体育场地', '体育', '表6']));
  const nReg = ri(4, 10);
  const regs = shuffle(scope === 'province' ? CITIES : COUNTIES).slice(0, nReg);
  const adp = pick([1, 2]);
  const data = regs.map(() => { const pop = rnd(R() * 80 + 8, 2); return { n: ri(200, 3000), area: rnd(pop * (1.6 + R() * 1.6), adp), pop }; });
  const cols = [{ key: 'n', name: '体育场地数量', unit: '个' }, { key: 'area', name: '体育场地面积', unit: '万平方米' }, { key: 'pop', name: '常住人口', unit: '万人' }, { key: 'per', name: '人均体育场地面积', unit: '平方米' }];
  const dpOf = { n: 0, area: adp, pop: 2, per: 2 };
  let r = titleBlock(s, pick([YEAR + '年体育场地情况', '分地区体育场地面积', '体育场地基本情况']), null, 5);
  r = header(s, r, pick(['地区', '区县']), cols);
  const tv = { n: data.reduce((t, d) => t + d.n, 0), area: rnd(data.reduce((t, d) => t + d.area, 0), adp), pop: rnd(data.reduce((t, d) => t + d.pop, 0), 2) };
  const rows = data.map((d, i) => ({ label: regs[i], v: d }));
  const totTop = chance(0.5);
  if (totTop) rows.unshift({ label: totalName(scope), v: tv, total: true }); else rows.push({ label: totalName(scope), v: tv, total: true });
  rows.forEach((x, k) => {
    const rr = r + k; s.txt(rr, 1, x.label);
    x.v.per = x.v.area / x.v.pop;
    cols.forEach((c, j) => s.num(rr, j + 2, x.v[c.key], dpOf[c.key]));
    s.rel({ type: 'rate', cell: A(rr, 5), num: A(rr, 3), den: A(rr, 4), k: 1, tol: 0.005 });
  });
  const ti = rows.findIndex((x) => x.total);
  [2, 3, 4].forEach((cc) => s.rel({ type: 'sum', total: A(r + ti, cc), parts: rows.map((x, k) => x.total ? null : A(r + k, cc)).filter(Boolean), tol: half(dpOf[cols[cc - 2].key]) }));
  notes(s, r + rows.length, ['注：人均体育场地面积=体育场地面积/常住人口。', '注：数据来源于全国体育场地统计调查。']);
  return s;
}

// T7 years as rows with growth columns; money in 亿元 with 其中 part
function tYearsRows(scope) {
  const s = new Sheet(pick(['历年旅游', '旅游（历年）', '表7']));
  const ny = ri(5, 9); const years = Array.from({ length: ny }, (_, i) => YEAR - ny + 1 + i);
  let vis = R() * 1500 + 200, rev = vis * (R() * 0.08 + 0.06);
  const rows = years.map(() => { vis *= 0.8 + R() * 0.4; rev *= 0.8 + R() * 0.45; return { vis: rnd(vis, 1), rev: rnd(rev, 2) }; });
  const prevVis = rnd(rows[0].vis / (0.8 + R() * 0.4), 1), prevRev = rnd(rows[0].rev / (0.8 + R() * 0.4), 2);
  const withDom = chance(0.5);
  rows.forEach((x) => { x.domRev = rnd(x.rev * (0.85 + R() * 0.12), 2); });
  const cols = [{ name: '接待游客', unit: '万人次', group: '接待游客' }, { name: '比上年增长', unit: '%', group: '接待游客' }, { name: '旅游总收入', unit: '亿元', group: '旅游收入' }, { name: '比上年增长', unit: '%', group: '旅游收入' }];
  if (withDom) cols.push({ name: '其中：国内旅游收入', unit: '亿元', group: '旅游收入' });
  if (chance(0.5)) cols.forEach((c) => c.group = undefined), cols[0].name = '接待游客人次', cols[2].name = '旅游总收入', cols[1].name = cols[3].name = '增长';
  let r = titleBlock(s, pick(['历年旅游业主要指标', '旅游接待人次和旅游收入', (YEAR - ny + 1) + '-' + YEAR + '年旅游情况']), null, cols.length + 1);
  r = header(s, r, pick(['年份', '年 份', '年度']), cols, { style: pick([0, 1, 2]) });
  const desc = chance(0.3);
  const yl = pick([0, 1]);
  const order = desc ? rows.map((_, i) => ny - 1 - i) : rows.map((_, i) => i);
  const rowAt = {}; order.forEach((i, k) => rowAt[i] = r + k);
  order.forEach((i, k) => {
    const rr = r + k, x = rows[i];
    s.txt(rr, 1, yl === 0 ? String(years[i]) : years[i] + '年');
    s.num(rr, 2, x.vis, 1); s.num(rr, 4, x.rev, 2);
    const pv = i ? rows[i - 1].vis : prevVis, pr = i ? rows[i - 1].rev : prevRev;
    s.num(rr, 3, (x.vis / pv - 1) * 100, 1); s.num(rr, 5, (x.rev / pr - 1) * 100, 1);
    if (withDom) s.num(rr, 6, x.domRev, 2);
    if (i) { s.rel({ type: 'growth', cell: A(rr, 3), cur: A(rr, 2), prev: A(rowAt[i - 1], 2), tol: 0.05 }); s.rel({ type: 'growth', cell: A(rr, 5), cur: A(rr, 4), prev: A(rowAt[i - 1], 4), tol: 0.05 }); }
    if (withDom) s.rel({ type: 'le', part: A(rr, 6), whole: A(rr, 4), tol: 0 });
  });
  notes(s, r + ny, ['注：增长速度按本表数据计算。', '注：' + years[0] + '年增长按上年数据计算。']);
  return s;
}

// T8 township table: 合计 with 其中 columns and full split
function tTowns(scope) {
  const s = new Sheet(pick(['乡镇文体设施', '基层文化', '表8']));
  const nT = ri(5, 12); const towns = shuffle(TOWNS).slice(0, nT);
  const data = towns.map(() => { const a = ri(0, 6), b = ri(0, 9), c = ri(1, 12); return { station: 1, books: ri(5, 30), sp: a + b + c, fit: a, bb: b, other: c, ppl: ri(0, 3) }; });
  const cols = [{ key: 'station', name: '综合文化站', unit: '个' }, { key: 'books', name: '农家书屋', unit: '个' }, { key: 'sp', name: '合计', unit: '个', group: '体育场地' }, { key: 'fit', name: '全民健身路径', unit: '个', group: '体育场地' }, { key: 'bb', name: '篮球场', unit: '个', group: '体育场地' }, { key: 'other', name: '其他', unit: '个', group: '体育场地' }];
  const partial = chance(0.5); if (partial) { cols.splice(5, 1); cols[3].name = '其中：' + cols[3].name; }
  let r = titleBlock(s, pick([YEAR + '年各乡镇（街道）文化体育设施', '乡镇文化站和体育场地情况']), chance(0.5) ? '单位：个' : null, cols.length + 1);
  r = header(s, r, pick(['乡镇（街道）', '乡 镇']), cols);
  const tv = {}; cols.forEach((c) => tv[c.key] = data.reduce((t, d) => t + d[c.key], 0));
  const rows = data.map((d, i) => ({ label: towns[i], v: d, level: chance(0.3) ? 1 : 0 }));
  const lvl = rows[0].level; rows.forEach((x) => x.level = lvl);
  const totTop = chance(0.7);
  const T = { label: totalName('county'), v: tv, total: true, level: 0 };
  if (totTop) rows.unshift(T); else rows.push(T);
  rows.forEach((x, k) => {
    const rr = r + k; indentLabel(s, rr, 1, x.label, x.level);
    cols.forEach((c, j) => { if (x.v[c.key] === 0 && !x.total && chance(0.5)) s.dash(rr, j + 2); else s.num(rr, j + 2, x.v[c.key], 0); });
    if (partial) { s.rel({ type: 'le', part: A(rr, 5), whole: A(rr, 4), tol: 0 }); s.rel({ type: 'le', part: A(rr, 6), whole: A(rr, 4), tol: 0 }); }
    else s.rel({ type: 'sum', total: A(rr, 4), parts: [A(rr, 5), A(rr, 6), A(rr, 7)], tol: 0.5 });
  });
  const ti = rows.findIndex((x) => x.total);
  cols.forEach((c, j) => s.rel({ type: 'sum', total: A(r + ti, j + 2), parts: rows.map((x, k) => x.total ? null : A(r + k, j + 2)).filter(Boolean), tol: 0.5 }));
  notes(s, r + rows.length, ['注：“—”表示无此项。', '注：农家书屋含社区书屋。']);
  return s;
}


// T9 regions x two periods: visitors and revenue with growth; revenue totals in 亿元 with rounding slack; per-visitor spend
function tRegionTwoPeriod(scope) {
  const s = new Sheet(pick(['分地区旅游', '各区县旅游', '表9']));
  const nReg = ri(4, 10);
  const regs = shuffle(scope === 'province' ? CITIES : COUNTIES).slice(0, nReg);
  const mdp = pick([1, 2]);
  const data = regs.map(() => { const vis = rnd(R() * 900 + 40, 1); const pvis = rnd(vis / (0.85 + R() * 0.3), 1); const rev = vis * (R() * 0.06 + 0.04); const prev = rev / (0.85 + R() * 0.3); return { vis, pvis, rev, prev }; });
  const T = { vis: rnd(data.reduce((t, d) => t + d.vis, 0), 1), pvis: rnd(data.reduce((t, d) => t + d.pvis, 0), 1), rev: data.reduce((t, d) => t + d.rev, 0), prev: data.reduce((t, d) => t + d.prev, 0) };
  const spend = chance(0.5);
  const cur = YEAR, pre = YEAR - 1;
  const cols = [
    { key: 'vis', name: cur + '年', unit: '万人次', group: '接待游客（万人次）', dp: 1 },
    { key: 'pvis', name: pre + '年', unit: '万人次', group: '接待游客（万人次）', dp: 1 },
    { key: 'gv', name: '增长（%）', group: '接待游客（万人次）', dp: 1 },
    { key: 'rev', name: cur + '年', unit: '亿元', group: '旅游收入（亿元）', dp: mdp },
    { key: 'prev', name: pre + '年', unit: '亿元', group: '旅游收入（亿元）', dp: mdp },
    { key: 'gr', name: '增长（%）', group: '旅游收入（亿元）', dp: 1 },
  ];
  if (spend) cols.push({ key: 'sp', name: '人均花费（元）', dp: 0 });
  cols.forEach((c) => c.unit = undefined);
  let r = titleBlock(s, pick([YEAR + '年分地区旅游接待情况', '各县（市、区）旅游接待和收入']), null, cols.length + 1);
  r = header(s, r, pick(['地区', '县（市、区）']), cols, { style: 1 });
  const rows = data.map((d, i) => ({ label: regs[i], v: d }));
  const totTop = chance(0.6);
  if (totTop) rows.unshift({ label: totalName(scope), v: T, total: true }); else rows.push({ label: totalName(scope), v: T, total: true });
  rows.forEach((x, k) => {
    const rr = r + k; s.txt(rr, 1, x.label);
    const v = x.v; const sv = { vis: v.vis, pvis: v.pvis, rev: rnd(v.rev, mdp), prev: rnd(v.prev, mdp) };
    sv.gv = (sv.vis / sv.pvis - 1) * 100; sv.gr = (sv.rev / sv.prev - 1) * 100; sv.sp = sv.rev / sv.vis * 10000;
    cols.forEach((c, j) => s.num(rr, j + 2, sv[c.key], c.dp));
    s.rel({ type: 'growth', cell: A(rr, 4), cur: A(rr, 2), prev: A(rr, 3), tol: 0.05 });
    s.rel({ type: 'growth', cell: A(rr, 7), cur: A(rr, 5), prev: A(rr, 6), tol: 0.05 });
    if (spend) s.rel({ type: 'rate', cell: A(rr, 8), num: A(rr, 5), den: A(rr, 2), k: 10000, tol: 0.5 });
  });
  const ti = rows.findIndex((x) => x.total); const parts = (cc) => rows.map((x, k) => x.total ? null : A(r + k, cc)).filter(Boolean);
  [2, 3].forEach((cc) => s.rel({ type: 'sum', total: A(r + ti, cc), parts: parts(cc), tol: 0.05 }));
  [5, 6].forEach((cc) => s.rel({ type: 'sum', total: A(r + ti, cc), parts: parts(cc), tol: half(mdp) * (nReg + 1) }));
  notes(s, r + rows.length, ['注：因四舍五入，合计与分项之和可能略有出入。', '注：旅游收入按现价计算。']);
  return s;
}

const TEMPLATES = [tRegionTwoPeriod, tFacilities, tHeritage, tTourismYears, tTwoPeriod, tScenic, tSports, tYearsRows, tTowns];

// ---------- plants ----------
function relCells(rel) { const o = []; const w = (v) => { if (typeof v === 'string' && /^[A-Z]+\d+$/.test(v)) o.push(v); else if (Array.isArray(v)) v.forEach(w); }; Object.values(rel).forEach(w); return o; }
function tryPlant(sheets) {
  const cands = [];
  sheets.forEach((s, si) => s.rels.forEach((rel, ri_) => {
    const add = (cell, kind) => { const x = s.cells[cell]; if (x && x.t === 'n') cands.push({ si, ri: ri_, cell, kind }); };
    if (rel.type === 'sum') { add(rel.total, 'total'); rel.parts.forEach((p) => add(p, 'part')); }
    else if (rel.type === 'le') add(rel.part, 'part_above_whole');
    else if (rel.type === 'rate') add(rel.cell, 'rate');
    else if (rel.type === 'growth') add(rel.cell, 'growth');
    else if (rel.type === 'diff') add(rel.cell, 'points');
  }));
  // choose by kind first for variety
  const kinds = shuffle([...new Set(cands.map((c) => c.kind))]);
  for (let attempt = 0; attempt < 300; attempt++) {
    const kind = kinds[attempt % kinds.length];
    const pool = cands.filter((c) => c.kind === kind); const c = pick(pool);
    const s = sheets[c.si], rel = s.rels[c.ri], x = s.cells[c.cell];
    const was = x.v; const dp = x.dp; const u = Math.pow(10, -dp);
    let now;
    const get0 = (a) => valOf(s.cells, a);
    if (kind === 'part_above_whole') { const w = get0(rel.whole); now = rnd(w + Math.max(u * ri(1, 5), Math.abs(w) * (0.05 + R() * 0.3)), dp); if (now <= w) continue; }
    else {
      const minD = Math.max(3.5 * rel.tol, u);
      let d = Math.max(minD, Math.abs(was) * (0.03 + R() * 0.25));
      if (kind === 'growth' || kind === 'points' || kind === 'rate') d = Math.max(minD, Math.abs(was) * (0.1 + R() * 0.5), ri(1, 6) * (dp ? u * 10 : 1));
      d = rnd(d, dp); if (d < minD) d = rnd(minD + u, dp);
      now = rnd(was + (chance(0.5) ? d : -d), dp);
      if (now < 0 && kind !== 'growth' && kind !== 'points') now = rnd(was + d, dp);
    }
    if (now === was) continue;
    const get = (a) => a === c.cell ? now : get0(a);
    const ex = excess(rel, get);
    if (ex < 2 * rel.tol + 1e-9 || ex <= 0) continue; // broken by at least 3x tol
    const broken = s.rels.map((q, k) => excess(q, get) > 1e-9 ? k : -1).filter((k) => k >= 0);
    if (!broken.includes(c.ri)) continue;
    if (broken.length > 1 && !chance(0.25)) continue;
    x.v = now;
    const relOut = broken.length === 1 ? rel : { type: 'multi', rels: broken.map((k) => s.rels[k]) };
    return { sheet: s.name, cell: c.cell, was, now, kind, rel: relOut, relIdx: broken };
  }
  return null;
}

// ---------- writing ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a, x] of Object.entries(s.cells)) {
      const cell = ws.getCell(a);
      if (x.t === 's') { cell.value = x.v; if (x.indent) cell.alignment = { indent: x.indent }; if (x.center) cell.alignment = { horizontal: 'center' }; if (x.right) cell.alignment = { horizontal: 'right' }; if (x.bold) cell.font = { bold: true }; }
      else if (x.t === 'd') { cell.value = x.v; cell.alignment = { horizontal: 'right' }; }
      else if (x.t === 'n') {
        if (x.asText) { cell.value = x.v.toFixed(x.dp); }
        else { cell.value = x.v; cell.numFmt = x.dp ? '0.' + '0'.repeat(x.dp) : (chance(0.5) ? '0' : 'General'); if (x.dp === 0 && Math.abs(x.v) >= 1000 && chance(0.4)) cell.numFmt = '#,##0'; }
      }
    }
    for (const [r1, c1, r2, c2] of s.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { } }
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  for (let i = 0; i < N; i++) {
    rng = mulberry(SEED * 1000 + i * 7919 + VARIANT * 13);
    const scope = pick(['county', 'city', 'province']);
    const nSheets = pick([1, 1, 2, 2, 3, 4]);
    const tpls = shuffle(TEMPLATES).slice(0, nSheets);
    const sheets = tpls.map((t) => t(scope));
    const names = new Set(); sheets.forEach((s, k) => { let n = s.name; while (names.has(n)) n = n + (k + 1); names.add(n); s.name = n; });
    const planted = Math.floor((i + 1) * FRAC) > Math.floor(i * FRAC);
    const plants = [];
    const relSnapshot = sheets.map((s) => ({ sheet: s.name, rels: JSON.parse(JSON.stringify(s.rels)) }));
    if (planted) { const p = tryPlant(sheets); if (p) plants.push(p); }
    const prefix = { county: pick(['县', '区']), city: '市', province: '省' }[scope];
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${prefix}${pick(['文化旅游', '文体旅', '旅游统计', '文化体育', '统计年鉴'])}.xlsx`;
    await writeBook(path.join(OUT, file), sheets);
    fs.writeFileSync(path.join(RELDIR, file + '.json'), JSON.stringify({ file, set: SET, sheets: relSnapshot }, null, 1));
    manifest.push({ file, plants: plants.map((p) => ({ sheet: p.sheet, cell: p.cell, was: p.was, now: p.now, kind: p.kind, rel: p.rel, relIdx: p.relIdx })) });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, N, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})();
