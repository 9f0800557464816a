// node gen.js SET SEED N PLANTFRACTION [VARIANT]  -> /tmp/round127b/SET/*.xlsx, manifest.json; rel/<file>.json
const ExcelJS = require('exceljs'); const fs = require('fs'), path = require('path');
const [, , SET, SEEDs, Ns, PFs, VARs] = process.argv;
const SEED = +SEEDs, N = +Ns, PF = +PFs, VAR = +(VARs || 0);
const ROOT = '/tmp/round127b', OUT = path.join(ROOT, SET), RELD = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELD, { recursive: true });
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED * 7919 + 13);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)]; const chance = (p) => rnd() < p;
const rd = (x, d) => { const f = 10 ** d; return Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f; };
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (rc) => colL(rc[1]) + (rc[0] + 1);
const DASH = ['—', '-', '－', '—'];

class Sh {
  constructor(name) { this.name = name; this.g = []; this.m = {}; this.merges = []; this.rels = []; this.nums = {}; this.r = 0; this.ncol = 1; this.textLeft = VAR ? 3 : 2; }
  put(r, c, v, o) { (this.g[r] ||= [])[c] = v; if (o) this.m[r + ',' + c] = o; this.ncol = Math.max(this.ncol, c + 1); }
  num(r, c, v, d, o = {}) { // writes a figure; returns displayed value
    v = rd(v, d);
    if (v === 0 && !o.noDash && chance(0.5)) { this.put(r, c, pick(DASH), { dash: true }); this.nums[r + ',' + c] = { v: 0, d, dash: true }; return 0; }
    let text = false;
    if (d === 0 && this.textLeft > 0 && chance(VAR ? 0.06 : 0.04)) { text = true; this.textLeft--; }
    this.put(r, c, text ? String(v) : v, { d, text, fmt: o.fmt });
    this.nums[r + ',' + c] = { v, d, text };
    return v;
  }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(x) { this.rels.push(x); }
  title(t, ncol) { this.put(this.r, 0, t, { title: true }); this.merge(this.r, 0, this.r, ncol - 1); this.r++; }
}
const TOPS = { city: ['全市', '合计', '总计', '全市合计'], prov: ['全省', '合计', '总计', '全省合计'], county: ['全县', '合计', '总计'] };
const DIST = ['城关区', '东城区', '西湖区', '高新区', '经开区', '临江县', '青山县', '河口县', '白马县', '安平县', '东阳市', '南溪县', '北岭县', '石门县', '长乐县', '永和县', '兴隆县', '新安县', '云台区', '清河区'];
const CITIES = ['南阳市', '安阳市', '新乡市', '洛州市', '开平市', '许州市', '信阳市', '周口市', '江陵市', '汉阳市', '宁远市', '平川市', '宜安市', '瑞丰市'];
const CITY = () => pick(['临川市', '东平市', '南岭市', '江州市', '北海市', '云阳市']), COUNTY = () => pick(['长丰县', '肥西县', '宁乡县', '安化县', '桃源县', '宜丰县']), PROV = () => pick(['江南省', '河西省', '云岭省', '海东省']);
const sample = (arr, n) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a.slice(0, n); };
const indentName = (s, name, r, c, lvl = 1) => { if (VAR ? chance(0.6) : chance(0.4)) s.put(r, c, name, { indent: lvl }); else s.put(r, c, '　'.repeat(lvl) + name); };
const year = () => ri(2018, 2024);
const note = (s, ncol, extra) => {
  if (!chance(0.6)) return;
  if (chance(0.4)) s.r++;
  const t = pick(['注：', '说明：']) + (extra || pick(['本表数据来源于各级审计机关统计年报。', '“—”表示无此项数据。', '审计项目数含审计调查项目。', '整改率＝已整改金额÷应整改金额×100%。']));
  s.put(s.r, 0, t, { note: true }); s.merge(s.r, 0, s.r, ncol - 1); s.r++;
};
const unitLine = (s, u, ncol) => { const t = pick(['单位：', '计量单位：']) + u; const c = chance(0.5) ? ncol - 1 : 0; s.put(s.r, c, t); s.r++; };

// ---- Template A: audit projects by region / type
function tplA(s, scope) {
  const top = pick(TOPS[scope === 'prov' ? 'prov' : 'city']);
  const names = scope === 'prov' ? sample(CITIES, ri(5, 11)) : sample(DIST, ri(4, 10));
  const withSub = scope === 'city' && chance(0.4);
  const withQz = chance(0.5), withShare = chance(0.5), permil = withShare && chance(0.3);
  const hdrRows = ri(1, 3), unitMode = pick(['line', 'header', 'unitrow']);
  const types = ['预算执行', '经济责任', '专项资金', '政府投资'];
  const cols = ['name', 'tot', ...types.map((t, i) => 't' + i)]; if (withQz) cols.push('qz'); cols.push('units'); if (withShare) cols.push('share');
  const ci = (k) => cols.indexOf(k); const ncol = cols.length;
  const Y = year();
  s.title(pick([`${Y}年${scope === 'prov' ? '全省' : '全市'}审计项目完成情况`, `各地区审计项目情况（${Y}年）`, `${Y}年审计机关审计项目统计表`]), ncol);
  if (unitMode === 'line') unitLine(s, '个', ncol);
  const u = unitMode === 'header' ? pick(['（个）', '(个)']) : '';
  const lbl = { name: scope === 'prov' ? pick(['地区', '市别', '地  区']) : pick(['地区', '县（市、区）', '单位']), tot: '合计', units: '审计单位数' + u, qz: pick(['其中：重大投资项目', '#重大项目']), share: permil ? '占全市比重(‰)' : '占比(%)' };
  types.forEach((t, i) => lbl['t' + i] = t + pick(['', '审计']));
  const h0 = s.r;
  if (hdrRows === 1) { cols.forEach((k, c) => s.put(h0, c, k === 'tot' ? '审计项目数合计' + u : (k.startsWith('t') ? lbl[k] + u : lbl[k]))); }
  else {
    const last = h0 + hdrRows - 1;
    for (const k of ['name', 'units', 'share']) if (ci(k) >= 0) { s.put(h0, ci(k), lbl[k]); s.merge(h0, ci(k), last, ci(k)); }
    const end = withQz ? ci('qz') : ci('t3');
    s.put(h0, 1, '审计项目数' + u); s.merge(h0, 1, h0, end);
    if (hdrRows === 2) { s.put(last, 1, '合计'); types.forEach((t, i) => s.put(last, ci('t' + i), lbl['t' + i])); if (withQz) s.put(last, ci('qz'), lbl.qz); }
    else { s.put(h0 + 1, 1, '小计'); s.merge(h0 + 1, 1, last, 1); s.put(h0 + 1, 2, '按审计类型分'); s.merge(h0 + 1, 2, h0 + 1, end); types.forEach((t, i) => s.put(last, ci('t' + i), lbl['t' + i])); if (withQz) s.put(last, ci('qz'), lbl.qz); }
  }
  s.r = h0 + hdrRows;
  if (unitMode === 'unitrow') { s.put(s.r, 0, pick(['单位', '甲', ''])); for (let c = 1; c < ncol; c++) s.put(s.r, c, cols[c] === 'share' ? (permil ? '‰' : '%') : '个'); s.r++; }
  // data
  const mk = () => { const t = [ri(2, 30), ri(3, 40), ri(0, 25), chance(0.2) ? 0 : ri(1, 20)]; return { t, qz: ri(0, t[3]), units: 0 }; };
  const leaves = names.map((n) => ({ n, ...mk() }));
  let groups;
  if (withSub) { const k = ri(2, leaves.length - 1); groups = [{ n: '市本级', leaves: [leaves[0]], single: true }, { n: pick(['县（市、区）小计', '县（市、区）']), leaves: leaves.slice(1, k + 1) }, ...leaves.slice(k + 1).map((l) => ({ n: l.n, leaves: [l], single: true }))]; }
  else groups = leaves.map((l) => ({ n: l.n, leaves: [l], single: true }));
  const topAtTop = VAR ? chance(0.4) : chance(0.6);
  const rows = []; // {name, kind, members, indent}
  for (const g of groups) { if (g.single) rows.push({ name: g.single && g.leaves[0].n === g.n ? g.n : g.n, leaf: g.leaves[0] }); else { const sub = { name: g.n, sub: true, kids: [] }; rows.push(sub); for (const l of g.leaves) { const kr = { name: l.n, leaf: l, indent: 1 }; rows.push(kr); sub.kids.push(kr); } } }
  const topRow = { name: top, top: true };
  const order = topAtTop ? [topRow, ...rows] : [...rows, topRow];
  order.forEach((o, i) => o.r = s.r + i);
  const vals = (leafs) => { const t = [0, 1, 2, 3].map((i) => leafs.reduce((a, l) => a + l.t[i], 0)); return { t, qz: leafs.reduce((a, l) => a + l.qz, 0) }; };
  const unitsOf = new Map(); for (const l of leaves) l.units = l.t.reduce((a, b) => a + b, 0) + ri(0, 12);
  const grandTot = leaves.reduce((a, l) => a + l.t.reduce((x, y) => x + y, 0), 0);
  for (const o of order) {
    const leafs = o.top ? leaves : o.sub ? o.kids.map((k) => k.leaf) : [o.leaf];
    const v = vals(leafs); const tot = v.t.reduce((a, b) => a + b, 0);
    if (o.indent) indentName(s, o.name, o.r, 0); else s.put(o.r, 0, o.name);
    s.num(o.r, 1, tot, 0, { noDash: true });
    v.t.forEach((x, i) => s.num(o.r, ci('t' + i), x, 0));
    if (withQz) s.num(o.r, ci('qz'), v.qz, 0);
    s.num(o.r, ci('units'), leafs.reduce((a, l) => a + l.units, 0), 0, { noDash: true });
    s.rel({ type: 'sum', total: [o.r, 1], parts: types.map((t, i) => [o.r, ci('t' + i)]), tol: 0 });
    if (withQz) s.rel({ type: 'le', part: [o.r, ci('qz')], whole: [o.r, ci('t3')], tol: 0 });
    if (withShare) {
      const k = permil ? 1000 : 100;
      if (o.top) s.num(o.r, ci('share'), k, 1, { noDash: true });
      else { s.num(o.r, ci('share'), tot / grandTot * k, 1, { noDash: true }); s.rel({ type: 'rate', cell: [o.r, ci('share')], num: [o.r, 1], den: [topRow.r, 1], k, tol: 0.05 }); }
    }
  }
  const sumCols = cols.filter((k) => k !== 'name' && k !== 'share');
  const topLevel = order.filter((o) => !o.top && !o.indent);
  for (const k of sumCols) {
    s.rel({ type: 'sum', total: [topRow.r, ci(k)], parts: topLevel.map((o) => [o.r, ci(k)]), tol: 0 });
    for (const o of order) if (o.sub) s.rel({ type: 'sum', total: [o.r, ci(k)], parts: o.kids.map((x) => [x.r, ci(k)]), tol: 0 });
  }
  s.r += order.length;
  note(s, ncol);
}

// ---- Template B: problem amounts by region
function tplB(s, scope) {
  const top = pick(TOPS[scope === 'prov' ? 'prov' : 'city']);
  const names = scope === 'prov' ? sample(CITIES, ri(5, 11)) : sample(DIST, ri(4, 10));
  const yi = chance(scope === 'prov' ? 0.6 : 0.25); const unit = yi ? '亿元' : '万元'; const d = yi ? 2 : pick([0, 1, 1, 2]);
  const allKinds = chance(0.7), withHandle = chance(0.6), withRate = chance(0.8);
  const kinds = allKinds ? ['违规金额', '损失浪费金额', '管理不规范金额'] : ['违规金额', '损失浪费金额'];
  const cols = ['name', 'tot', 'k0', 'k1']; if (allKinds) cols.push('k2'); if (withHandle) cols.push('h0', 'h1', 'h2'); cols.push('fix'); if (withRate) cols.push('rate');
  const ci = (k) => cols.indexOf(k); const ncol = cols.length; const Y = year();
  s.title(pick([`${Y}年各地审计查出问题及整改情况`, `审计查出主要问题金额及整改情况（${Y}年）`]), ncol);
  const unitMode = pick(['line', 'header']); if (unitMode === 'line') unitLine(s, unit, ncol);
  const u = unitMode === 'header' ? `（${unit}）` : '';
  const hdrRows = ri(1, 2); const h0 = s.r;
  const hl = ['应上缴财政', '应归还原渠道', '应调账处理'];
  if (hdrRows === 1) {
    s.put(h0, 0, '地区'); s.put(h0, 1, '查出主要问题金额' + u);
    kinds.forEach((k, i) => s.put(h0, ci('k' + i), (allKinds ? '' : (i === 0 ? '其中：' : '')) + k + u));
    if (withHandle) hl.forEach((h, i) => s.put(h0, ci('h' + i), h + u));
    s.put(h0, ci('fix'), '已整改金额' + u); if (withRate) s.put(h0, ci('rate'), pick(['整改率(%)', '整改率（%）']));
  } else {
    const l = h0 + 1; s.put(h0, 0, '地区'); s.merge(h0, 0, l, 0);
    s.put(h0, 1, '查出主要问题金额' + u); s.merge(h0, 1, h0, ci('k' + (kinds.length - 1)));
    s.put(l, 1, '合计'); kinds.forEach((k, i) => s.put(l, ci('k' + i), (!allKinds && i === 0 ? '其中：' : '') + k));
    if (withHandle) { s.put(h0, ci('h0'), '处理处罚' + u); s.merge(h0, ci('h0'), h0, ci('h2')); hl.forEach((h, i) => s.put(l, ci('h' + i), h)); }
    s.put(h0, ci('fix'), '已整改金额' + u); s.merge(h0, ci('fix'), l, ci('fix'));
    if (withRate) { s.put(h0, ci('rate'), '整改率(%)'); s.merge(h0, ci('rate'), l, ci('rate')); }
  }
  s.r = h0 + hdrRows;
  const topAtTop = VAR ? chance(0.4) : chance(0.6);
  const base = scope === 'prov' ? 50000 : 5000;
  const leaves = names.map((n) => { const k = [rnd() * base, rnd() * base * 0.3, rnd() * base * 0.8].map((x) => rd(x, 2)); if (chance(0.15)) k[1] = 0; const t = k[0] + k[1] + k[2]; const h = [k[0] * rnd() * 0.3, k[0] * rnd() * 0.2, k[2] * rnd() * 0.5].map((x) => rd(x, 2)); return { n, k, t, h, fix: rd(t * (0.55 + rnd() * 0.45), 2) }; });
  const order = topAtTop ? [{ top: true }, ...leaves] : [...leaves, { top: true }];
  order.forEach((o, i) => o.r = s.r + i);
  const topRow = order.find((o) => o.top);
  const conv = (x) => yi ? x / 10000 : x;
  const agg = (f) => leaves.reduce((a, l) => a + f(l), 0);
  const disp = (x) => rd(conv(x), d);
  // displayed values of leaves; totals: for 亿元 rounded from true totals, for 万元 sums of displayed
  for (const o of order) {
    let k, h, fix, tot;
    if (o.top) {
      if (yi) { k = [0, 1, 2].map((i) => disp(agg((l) => l.k[i]))); h = [0, 1, 2].map((i) => disp(agg((l) => l.h[i]))); fix = disp(agg((l) => l.fix)); }
      else { k = [0, 1, 2].map((i) => rd(leaves.reduce((a, l) => a + disp(l.k[i]), 0), d)); h = [0, 1, 2].map((i) => rd(leaves.reduce((a, l) => a + disp(l.h[i]), 0), d)); fix = rd(leaves.reduce((a, l) => a + disp(l.fix), 0), d); }
      s.put(o.r, 0, top);
    } else { k = o.k.map(disp); h = o.h.map(disp); fix = disp(o.fix); s.put(o.r, 0, o.n); }
    if (yi) tot = o.top ? disp(agg((l) => l.t)) : disp(o.t);
    else tot = rd(allKinds ? k[0] + k[1] + k[2] : (o.top ? leaves.reduce((a, l) => a + rd(disp(l.k[0]) + disp(l.k[1]) + disp(l.k[2]), d), 0) : k[0] + k[1] + k[2]), d);
    if (fix > tot) fix = tot;
    s.num(o.r, 1, tot, d, { noDash: true });
    kinds.forEach((_, i) => s.num(o.r, ci('k' + i), k[i], d));
    if (withHandle) h.forEach((x, i) => s.num(o.r, ci('h' + i), x, d));
    s.num(o.r, ci('fix'), fix, d, { noDash: true });
    if (withRate) { s.num(o.r, ci('rate'), fix / tot * 100, 1, { noDash: true }); s.rel({ type: 'rate', cell: [o.r, ci('rate')], num: [o.r, ci('fix')], den: [o.r, 1], k: 100, tol: 0.05 }); }
    if (allKinds) s.rel({ type: 'sum', total: [o.r, 1], parts: kinds.map((_, i) => [o.r, ci('k' + i)]), tol: yi ? 0.005 * 4 + 1e-9 : 1e-9 });
    else kinds.forEach((_, i) => s.rel({ type: 'le', part: [o.r, ci('k' + i)], whole: [o.r, 1], tol: 0 }));
    s.rel({ type: 'le', part: [o.r, ci('fix')], whole: [o.r, 1], tol: 0 });
  }
  const sumCols = cols.filter((k) => k !== 'name' && k !== 'rate');
  for (const k of sumCols) s.rel({ type: 'sum', total: [topRow.r, ci(k)], parts: leaves.map((o) => [o.r, ci(k)]), tol: yi ? 0.005 * (leaves.length + 1) + 1e-9 : 1e-9 });
  s.r += order.length;
  note(s, ncol, yi ? '各地数据经四舍五入，合计数与分项之和可能略有差异。' : undefined);
}

// ---- Template C: indicators as rows, two periods
function tplC(s, scope) {
  const Y = year(); const yi = scope === 'prov' && chance(0.5); const unit = yi ? '亿元' : '万元'; const d = yi ? 2 : pick([0, 1, 2]);
  const unitCol = chance(0.6); const allTypes = chance(0.6); const hash = chance(0.5);
  const place = scope === 'county' ? COUNTY() : scope === 'prov' ? PROV() : CITY();
  const grow = chance(0.8);
  const cols = unitCol ? ['name', 'unit', 'p', 'c', 'g'] : ['name', 'p', 'c', 'g']; const ci = (k) => cols.indexOf(k); const ncol = cols.length;
  s.title(`${place}${Y}年审计工作主要指标`, ncol);
  if (chance(0.3)) { s.put(s.r, 0, '填报单位：' + place + '审计局'); s.r++; }
  const h0 = s.r; const two = chance(0.5);
  if (!two) { s.put(h0, 0, '指标'); if (unitCol) s.put(h0, 1, '计量单位'); s.put(h0, ci('p'), `${Y - 1}年`); s.put(h0, ci('c'), `${Y}年`); s.put(h0, ci('g'), grow ? '比上年增长(%)' : '增减(%)'); s.r++; }
  else { s.put(h0, 0, '指标名称'); s.merge(h0, 0, h0 + 1, 0); if (unitCol) { s.put(h0, 1, '单位'); s.merge(h0, 1, h0 + 1, 1); } s.put(h0, ci('p'), '本期与上年同期'); s.merge(h0, ci('p'), h0, ci('c')); s.put(h0 + 1, ci('p'), '上年'); s.put(h0 + 1, ci('c'), '本年'); s.put(h0, ci('g'), '增长(%)'); s.merge(h0, ci('g'), h0 + 1, ci('g')); s.r += 2; }
  const per = [0, 1].map(() => { const t = [ri(5, 60), ri(5, 50), ri(0, 30), ri(1, 25)]; const m = yi ? [rnd() * 40000, rnd() * 10000, rnd() * 30000] : [rnd() * 8000, rnd() * 2000, rnd() * 5000]; return { t, lead: ri(0, t[1]), units: t.reduce((a, b) => a + b, 0) + ri(5, 40), m, h: [m[0] * rnd() * 0.3, m[0] * rnd() * 0.2, m[2] * rnd() * 0.4], fixf: 0.5 + rnd() * 0.5 }; });
  const rows = []; const R = (name, unit, key, o = {}) => rows.push({ name, unit, key, ...o });
  const sec = chance(0.5);
  R((sec ? '一、' : '') + '审计项目数', '个', 'tot');
  const tl = ['预算执行审计', '经济责任审计', '专项资金审计', '政府投资审计'];
  (allTypes ? [0, 1, 2, 3] : [0, 1]).forEach((i, j) => { R((j === 0 ? '其中：' : '') + tl[i], '个', 't' + i, { ind: 1 }); if (i === 1 && hash) R('#党政主要领导干部经济责任审计', '个', 'lead', { ind: 2 }); });
  R((sec ? '二、' : '') + '审计（调查）单位数', '个', 'units');
  R((sec ? '三、' : '') + '查出主要问题金额', unit, 'mt');
  ['违规金额', '损失浪费金额', '管理不规范金额'].forEach((n, i) => R((i === 0 ? '其中：' : '') + n, unit, 'm' + i, { ind: 1 }));
  if (chance(0.6)) ['应上缴财政', '应归还原渠道', '应调账处理'].forEach((n, i) => R((i === 0 ? (sec ? '四、' : '') + '审计处理：' : '') + n, unit, 'h' + i, { ind: i ? 1 : 0 }));
  R((sec ? '五、' : '') + '已整改金额', unit, 'fix');
  R('整改率', '%', 'rate');
  rows.forEach((o, i) => o.r = s.r + i);
  const rowOf = (k) => rows.find((o) => o.key === k);
  const V = [{}, {}];
  for (let p = 0; p < 2; p++) {
    const q = per[p], v = V[p];
    q.t.forEach((x, i) => v['t' + i] = x); v.tot = q.t.reduce((a, b) => a + b, 0); v.lead = q.lead; v.units = q.units;
    const conv = (x) => yi ? x / 10000 : x;
    q.m.forEach((x, i) => v['m' + i] = rd(conv(x), d)); q.h.forEach((x, i) => v['h' + i] = rd(conv(x), d));
    v.mt = yi ? rd(conv(q.m[0] + q.m[1] + q.m[2]), d) : rd(v.m0 + v.m1 + v.m2, d);
    v.fix = rd(v.mt * q.fixf, d); v.rate = rd(v.fix / v.mt * 100, 1);
  }
  for (const o of rows) {
    if (o.ind) indentName(s, o.name, o.r, 0, o.ind); else s.put(o.r, 0, o.name + (unitCol ? '' : `（${o.unit}）`));
    if (unitCol) s.put(o.r, 1, o.unit);
    const d2 = o.unit === '个' ? 0 : o.unit === '%' ? 1 : d;
    const pv = s.num(o.r, ci('p'), V[0][o.key], d2), cv = s.num(o.r, ci('c'), V[1][o.key], d2);
    if (o.key === 'rate') { s.num(o.r, ci('g'), cv - pv, 1, { noDash: true }); s.rel({ type: 'diff', cell: [o.r, ci('g')], a: [o.r, ci('c')], b: [o.r, ci('p')], tol: 0.05 }); }
    else if (pv === 0) s.put(o.r, ci('g'), pick(['—', '', '-']));
    else { s.num(o.r, ci('g'), (cv / pv - 1) * 100, 1, { noDash: true }); s.rel({ type: 'growth', cell: [o.r, ci('g')], cur: [o.r, ci('c')], prev: [o.r, ci('p')], tol: 0.05 }); }
  }
  for (const p of ['p', 'c']) {
    const c = ci(p); const at = (k) => [rowOf(k).r, c];
    if (allTypes) s.rel({ type: 'sum', total: at('tot'), parts: [0, 1, 2, 3].map((i) => at('t' + i)), tol: 0 });
    else [0, 1].forEach((i) => s.rel({ type: 'le', part: at('t' + i), whole: at('tot'), tol: 0 }));
    if (hash) s.rel({ type: 'le', part: at('lead'), whole: at('t1'), tol: 0 });
    s.rel({ type: 'sum', total: at('mt'), parts: [0, 1, 2].map((i) => at('m' + i)), tol: yi ? 0.02 + 1e-9 : 1e-9 });
    s.rel({ type: 'le', part: at('fix'), whole: at('mt'), tol: 0 });
    s.rel({ type: 'rate', cell: at('rate'), num: at('fix'), den: at('mt'), k: 100, tol: 0.05 });
  }
  s.r += rows.length;
  note(s, ncol, !grow ? '整改率增减为百分点。' : undefined);
}

// ---- Template D: years as rows
function tplD(s, scope) {
  const place = scope === 'county' ? COUNTY() : scope === 'prov' ? PROV() : CITY();
  const n = ri(5, 10), y0 = ri(2010, 2024 - n);
  const yi = scope !== 'county' && chance(0.6); const unit = yi ? '亿元' : '万元'; const d = yi ? 2 : pick([0, 1]);
  const withQz = chance(0.6), withG = chance(0.7);
  const cols = ['year', 'proj']; if (withQz) cols.push('qz'); cols.push('units', 'amt', 'fix', 'rate'); if (withG) cols.push('g');
  const ci = (k) => cols.indexOf(k); const ncol = cols.length;
  s.title(`${place}历年审计工作情况（${y0}—${y0 + n - 1}年）`, ncol);
  const hu = chance(0.5);
  const lbl = { year: '年份', proj: '审计项目数' + (hu ? '（个）' : ''), qz: '其中：经济责任审计', units: '审计单位数' + (hu ? '（个）' : ''), amt: '查出主要问题金额' + (hu ? `（${unit}）` : ''), fix: '已整改金额' + (hu ? `（${unit}）` : ''), rate: '整改率（%）', g: '审计项目数增长（%）' };
  if (!hu) unitLine(s, `个、${unit}、%`, ncol);
  cols.forEach((k, c) => s.put(s.r, c, lbl[k])); s.r++;
  const desc = chance(0.3);
  let ys = []; let proj = ri(40, 200);
  for (let i = 0; i < n; i++) { proj = Math.max(10, Math.round(proj * (0.85 + rnd() * 0.35))); const amt = rd((yi ? rnd() * 30 : rnd() * 50000) + (yi ? 1 : 100), d); const fix = rd(amt * (0.5 + rnd() * 0.5), d); ys.push({ y: y0 + i, proj, qz: ri(1, Math.floor(proj / 2)), units: proj + ri(0, 60), amt, fix }); }
  const order = desc ? ys.slice().reverse() : ys;
  order.forEach((o, i) => o.r = s.r + i);
  for (const o of order) {
    s.put(o.r, 0, chance(0.5) ? `${o.y}年` : o.y, {});
    s.num(o.r, ci('proj'), o.proj, 0, { noDash: true }); if (withQz) { s.num(o.r, ci('qz'), o.qz, 0); s.rel({ type: 'le', part: [o.r, ci('qz')], whole: [o.r, ci('proj')], tol: 0 }); }
    s.num(o.r, ci('units'), o.units, 0, { noDash: true }); s.num(o.r, ci('amt'), o.amt, d, { noDash: true }); s.num(o.r, ci('fix'), o.fix, d, { noDash: true });
    s.rel({ type: 'le', part: [o.r, ci('fix')], whole: [o.r, ci('amt')], tol: 0 });
    s.num(o.r, ci('rate'), o.fix / o.amt * 100, 1, { noDash: true }); s.rel({ type: 'rate', cell: [o.r, ci('rate')], num: [o.r, ci('fix')], den: [o.r, ci('amt')], k: 100, tol: 0.05 });
    if (withG) { const prev = ys.find((x) => x.y === o.y - 1); if (!prev) s.put(o.r, ci('g'), pick(['—', ''])); else { s.num(o.r, ci('g'), (o.proj / prev.proj - 1) * 100, 1, { noDash: true }); s.rel({ type: 'growth', cell: [o.r, ci('g')], cur: [o.r, ci('proj')], prev: [prev.r, ci('proj')], tol: 0.05 }); } }
  }
  s.r += n; note(s, ncol);
}

// ---- Template E: regions x two periods
function tplE(s, scope) {
  const top = pick(TOPS[scope === 'prov' ? 'prov' : 'city']);
  const names = scope === 'prov' ? sample(CITIES, ri(5, 10)) : sample(DIST, ri(4, 9));
  const Y = year(); const d = pick([0, 1]);
  const cols = ['name', 'pp', 'pc', 'pg', 'ap', 'ac', 'ag']; const ncol = 7;
  s.title(`各地区审计项目及查出问题金额增长情况（${Y}年）`, ncol);
  const h0 = s.r; const three = chance(0.5);
  s.put(h0, 0, '地区'); s.merge(h0, 0, h0 + (three ? 2 : 1), 0);
  s.put(h0, 1, '审计项目数（个）'); s.merge(h0, 1, h0, 3); s.put(h0, 4, '查出主要问题金额（万元）'); s.merge(h0, 4, h0, 6);
  if (three) { for (const c of [1, 4]) { s.put(h0 + 1, c, '数量'); s.merge(h0 + 1, c, h0 + 1, c + 1); s.put(h0 + 1, c + 2, '增长(%)'); s.merge(h0 + 1, c + 2, h0 + 2, c + 2); s.put(h0 + 2, c, `${Y - 1}年`); s.put(h0 + 2, c + 1, `${Y}年`); } s.r = h0 + 3; }
  else { for (const c of [1, 4]) { s.put(h0 + 1, c, `${Y - 1}年`); s.put(h0 + 1, c + 1, `${Y}年`); s.put(h0 + 1, c + 2, pick(['增长(%)', '同比±%'])); } s.r = h0 + 2; }
  const leaves = names.map((n) => { const pp = ri(8, 90); return { n, pp, pc: Math.max(1, Math.round(pp * (0.7 + rnd() * 0.6))), ap: rd(rnd() * 20000 + 50, d), ac: rd(rnd() * 20000 + 50, d) }; });
  const topAtTop = VAR ? chance(0.4) : chance(0.6);
  const T = { top: true, n: top, pp: leaves.reduce((a, l) => a + l.pp, 0), pc: leaves.reduce((a, l) => a + l.pc, 0), ap: rd(leaves.reduce((a, l) => a + l.ap, 0), d), ac: rd(leaves.reduce((a, l) => a + l.ac, 0), d) };
  const order = topAtTop ? [T, ...leaves] : [...leaves, T]; order.forEach((o, i) => o.r = s.r + i);
  for (const o of order) {
    s.put(o.r, 0, o.n);
    for (const [p, c, g, dd] of [['pp', 'pc', 'pg', 0], ['ap', 'ac', 'ag', d]]) {
      const pv = s.num(o.r, cols.indexOf(p), o[p], dd, { noDash: true }), cv = s.num(o.r, cols.indexOf(c), o[c], dd, { noDash: true });
      s.num(o.r, cols.indexOf(g), (cv / pv - 1) * 100, 1, { noDash: true });
      s.rel({ type: 'growth', cell: [o.r, cols.indexOf(g)], cur: [o.r, cols.indexOf(c)], prev: [o.r, cols.indexOf(p)], tol: 0.05 });
    }
  }
  for (const k of ['pp', 'pc', 'ap', 'ac']) s.rel({ type: 'sum', total: [T.r, cols.indexOf(k)], parts: leaves.map((l) => [l.r, cols.indexOf(k)]), tol: 1e-9 });
  s.r += order.length; note(s, ncol);
}

// ---- evaluation
const valAt = (nums, rc) => { const x = nums[rc[0] + ',' + rc[1]]; return x ? x.v : 0; };
function viol(rel, get) { // amount by which relation is broken beyond exact (>=0)
  switch (rel.type) {
    case 'sum': return Math.abs(get(rel.total) - rel.parts.reduce((a, p) => a + get(p), 0));
    case 'le': return Math.max(0, get(rel.part) - get(rel.whole));
    case 'rate': { const den = get(rel.den); if (!den) return 0; return Math.abs(get(rel.cell) - get(rel.num) / den * rel.k); }
    case 'growth': { const p = get(rel.prev); if (!p) return 0; return Math.abs(get(rel.cell) - (get(rel.cur) / p - 1) * 100); }
    case 'diff': return Math.abs(get(rel.cell) - (get(rel.a) - get(rel.b)));
  }
}
const cellsOf = (rel) => { const o = []; for (const k of ['total', 'part', 'whole', 'cell', 'num', 'den', 'cur', 'prev', 'a', 'b']) if (rel[k]) o.push(rel[k]); if (rel.parts) o.push(...rel.parts); return o; };
const toAddr = (rel) => { const o = {}; for (const [k, v] of Object.entries(rel)) o[k] = k === 'parts' ? v.map(A) : Array.isArray(v) ? A(v) : v; return o; };

function plant(s) {
  for (let tries = 0; tries < 60; tries++) {
    const rel = pick(s.rels); let target, kind;
    if (rel.type === 'sum') { if (chance(0.5)) { target = rel.total; kind = 'total'; } else { target = pick(rel.parts); kind = 'part'; } }
    else if (rel.type === 'le') { target = rel.part; kind = 'qizhong'; }
    else if (rel.type === 'rate') { target = rel.cell; kind = 'rate'; }
    else if (rel.type === 'growth') { target = rel.cell; kind = 'growth'; }
    else { target = rel.cell; kind = 'diff'; }
    const key = target[0] + ',' + target[1]; const cell = s.nums[key];
    if (!cell || cell.dash || cell.text) continue;
    const was = cell.v, d = cell.d; let now;
    const minD = Math.max(3 * rel.tol, 10 ** -d * 2) * 1.5;
    if (kind === 'qizhong') { const w = valAt(s.nums, rel.whole); now = rd(w + Math.max(minD, Math.abs(w) * (0.05 + rnd() * 0.2), d === 0 ? ri(1, 6) : 0), d); }
    else if (kind === 'rate' || kind === 'growth' || kind === 'diff') { now = rd(was + (chance(0.5) ? 1 : -1) * (3 + rnd() * 12), d); if (kind === 'rate' && now < 0) now = rd(was + 5 + rnd() * 10, d); }
    else { let delta = Math.max(minD, Math.abs(was) * (0.04 + rnd() * 0.25)); if (d === 0) delta = Math.max(2, Math.round(delta)); now = rd(chance(0.5) || was - delta < 0 ? was + delta : was - delta, d); }
    const old = cell.v; cell.v = now;
    const get = (rc) => valAt(s.nums, rc);
    if (viol(rel, get) < 3 * Math.max(rel.tol, 10 ** -d / 2)) { cell.v = old; continue; }
    s.put(target[0], target[1], now, s.m[key]);
    return { sheet: s.name, cell: A(target), was, now, kind, rel: toAddr(rel) };
  }
  return null;
}

async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.g.forEach((row, r) => row && row.forEach((v, c) => {
      if (v === undefined) return; const cell = ws.getCell(r + 1, c + 1); cell.value = v; const m = s.m[r + ',' + c] || {};
      if (typeof v === 'number' && m.d !== undefined) cell.numFmt = m.d === 0 ? (Math.abs(v) >= 10000 && chance(0.5) ? '#,##0' : '0') : '0.' + '0'.repeat(m.d);
      if (m.indent) cell.alignment = { indent: m.indent };
      if (m.title) cell.alignment = { horizontal: 'center' };
    }));
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    ws.getColumn(1).width = 24;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  const TPL = [tplA, tplB, tplC, tplD, tplE];
  for (let i = 0; i < N; i++) {
    const scope = pick(['county', 'city', 'city', 'prov']);
    const ns = ri(1, 4); const sheets = [];
    for (let j = 0; j < ns; j++) {
      let t = pick(TPL); if (scope === 'county' && (t === tplA || t === tplB || t === tplE) && chance(0.5)) t = pick([tplC, tplD]);
      const nm = chance(0.5) ? `表${j + 1}` : chance(0.5) ? `Sheet${j + 1}` : ['审计项目', '问题金额', '主要指标', '历年情况', '增长情况'][TPL.indexOf(t)] + (j + 1);
      const s = new Sh(nm); t(s, scope); sheets.push(s);
    }
    const planted = i < Math.round(N * PF);
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${scope}.xlsx`;
    const plants = [];
    if (planted) { for (let k = 0; k < 20 && !plants.length; k++) { const p = plant(pick(sheets)); if (p) plants.push(p); } }
    await writeBook(path.join(OUT, file), sheets);
    const rel = {}; for (const s of sheets) rel[s.name] = s.rels.map(toAddr);
    fs.writeFileSync(path.join(RELD, file + '.json'), JSON.stringify(rel));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
})();
