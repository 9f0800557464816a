// Generator: agriculture & rural-economy yearbook tables (round68b)
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round68b';

let seed = 68682;
function rand() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => Math.floor(a + rand() * (b - a + 1));
const rf = (a, b) => a + rand() * (b - a);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd = (x, d) => { const f = 10 ** d; return Math.round(x * f) / f; };
const colL = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + (r + 1);

const TOWNS = ['城关镇', '东坝镇', '西河乡', '南桥镇', '北山乡', '石门镇', '柳林乡', '马集镇', '高桥镇', '杨庄乡', '白塔镇', '青龙乡', '红星乡', '大王庄镇', '新集镇', '李家镇', '黄土岭乡', '清水镇'];
const COUNTIES = ['城区', '安平县', '临河县', '永宁县', '丰泽区', '长乐县', '清源县', '平山县', '新华区', '泰和县'];

// Sheet builder: grid of cells; each value cell {v, d, text}
class S {
  constructor(name) { this.name = name; this.g = []; this.merges = []; this.rels = []; this.fmt = {}; this.indent = {}; }
  row(vals) { this.g.push(vals || []); return this.g.length - 1; }
  blank() { return this.row([]); }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  // set numeric value at r,c with decimals d
  num(r, c, x, d, text) { const v = rnd(x, d); this.g[r][c] = { v, d, text: !!text }; return v; }
  val(r, c) { const x = this.g[r][c]; return x && typeof x === 'object' ? x.v : x; }
  rel(o) { this.rels.push(o); }
}
const ref = (s, r, c) => { const x = s.g[r][c]; return { a: A(r, c), d: x.d }; };

// title + unit + notes
function head(s, title, unit, ncol) { const r = s.row([title]); s.merge(r, 0, r, ncol - 1); if (unit) { const u = s.row([]); u[ncol - 1] = unit; if (rand() < 0.5) { u[0] = unit; u[ncol - 1] = undefined; } } }
function notes(s, arr) { s.blank(); for (const n of arr) s.row([n]); }

// honest split of a total into n positive parts
function split(total, n, skew = 1) { const w = Array.from({ length: n }, () => rf(0.3, 1) ** skew); const sw = w.reduce((a, b) => a + b, 0); return w.map((x) => total * x / sw); }

// ---------- table generators; opt: {text:bool, ...}; each returns S ----------

// G1: 农林牧渔业总产值 by town (现价)
function gOutputByTown(opt) {
  const s = new S(opt.sheet || '农林牧渔业总产值');
  const towns = shuffle(opt.county ? COUNTIES : TOWNS).slice(0, ri(6, 12));
  const d = pick([0, 1, 1, 2]);
  const cats = ['农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'];
  const nc = 2 + cats.length;
  head(s, `${opt.year || 2023}年各${opt.county ? '区县' : '乡镇'}农林牧渔业总产值（现价）`, '单位：万元', nc);
  const h1 = s.row([opt.county ? '区县' : '乡镇', '农林牧渔业总产值', '按行业分']); const h2 = s.row([]);
  cats.forEach((c, i) => { s.g[h2][2 + i] = c; });
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h2, 1); s.merge(h1, 2, h1, nc - 1);
  const data = towns.map(() => { const t = rf(8000, 90000); const sh = [rf(0.35, 0.6), rf(0.02, 0.1), rf(0.2, 0.4), rf(0.01, 0.15), rf(0.02, 0.06)]; const ss = sh.reduce((a, b) => a + b); return sh.map((x) => t * x / ss); });
  if (opt.noFish) data.forEach((r, i) => { if (i % 3 === 0) r[3] = 0; });
  const totRow = data[0].map((_, j) => data.reduce((a, r) => a + r[j], 0));
  const bottom = opt.totalBottom;
  const write = (label, vals) => { const r = s.row([label]); const tot = vals.reduce((a, b) => a + b, 0); s.num(r, 1, tot, d, opt.text); vals.forEach((v, j) => { if (v === 0) s.g[r][2 + j] = pick(['—', '-']); else s.num(r, 2 + j, v, d, opt.text); }); return r; };
  let tr; if (!bottom) tr = write(opt.county ? '全市' : '全县', totRow);
  if (opt.spacer) s.blank();
  const rows = data.map((v, i) => write(towns[i], v));
  if (bottom) tr = write('合计', totRow);
  // relations
  const n = data.length;
  for (const r of [tr, ...rows]) s.rel({ type: 'sum', total: ref(s, r, 1), parts: cats.map((_, j) => s.g[r][2 + j]).map((x, j) => (typeof x === 'object' ? ref(s, r, 2 + j) : null)).filter(Boolean) });
  for (let c = 1; c < nc; c++) s.rel({ type: 'sum', total: ref(s, tr, c), parts: rows.filter((r) => typeof s.g[r][c] === 'object').map((r) => ref(s, r, c)) });
  notes(s, ['注：本表按现行价格计算。', '资料来源：县统计局农村社会经济调查队。']);
  return s;
}

// G2: 总产值 by year with 增长% or 指数; optionally transposed or multi-year
function gOutputYears(opt) {
  const s = new S(opt.sheet || '农林牧渔业产值');
  const cats = ['农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'];
  const years = opt.years || [2022, 2023];
  const d = pick([0, 1]);
  const base = split(rf(200000, 900000), 5);
  const series = years.map((_, yi) => base.map((b) => b * (1 + rf(-0.08, 0.15)) ** yi));
  const idxMode = opt.idx ? 'idx' : 'growth';
  const gLabel = idxMode === 'idx' ? `${years[years.length - 1]}年指数（上年=100）` : '比上年增长（%）';
  if (!opt.transpose) {
    const nc = 1 + years.length + 1;
    head(s, opt.title || '农林牧渔业总产值', '单位：万元', nc);
    s.row(['指标', ...years.map((y) => `${y}年`), gLabel]);
    const rows = [];
    cats.forEach((c, i) => {
      const label = i === 0 ? c : (opt.indentStyle === 'space' ? '　　' + c : c);
      const r = s.row([label]); rows.push(r);
      years.forEach((y, yi) => { const v = i === 0 ? series[yi].reduce((a, b) => a + b) : series[yi][i - 1]; s.num(r, 1 + yi, v, d, opt.text); });
      const a = i === 0 ? series[years.length - 2].reduce((x, y) => x + y) : series[years.length - 2][i - 1];
      const b = i === 0 ? series[years.length - 1].reduce((x, y) => x + y) : series[years.length - 1][i - 1];
      if (idxMode === 'idx') { s.num(r, 1 + years.length, b / a * 100, 1); s.rel({ type: 'index', g: ref(s, r, 1 + years.length), a: ref(s, r, years.length - 1), b: ref(s, r, years.length) }); }
      else { s.num(r, 1 + years.length, (b / a - 1) * 100, 1); s.rel({ type: 'growth', g: ref(s, r, 1 + years.length), a: ref(s, r, years.length - 1), b: ref(s, r, years.length) }); }
      if (opt.indentStyle === 'align') s.indent[A(r, 0)] = i === 0 ? 0 : 1;
    });
    years.forEach((_, yi) => s.rel({ type: 'sum', total: ref(s, rows[0], 1 + yi), parts: rows.slice(1).map((r) => ref(s, r, 1 + yi)) }));
  } else {
    // years as rows? here: years as columns already; transpose = categories as columns, years as rows
    const nc = 1 + cats.length;
    head(s, opt.title || '历年农林牧渔业总产值', '单位：万元', nc);
    s.row(['年份', ...cats]);
    const rows = [];
    years.forEach((y, yi) => { const r = s.row([`${y}年`]); rows.push(r); s.num(r, 1, series[yi].reduce((a, b) => a + b), d, opt.text); series[yi].forEach((v, j) => s.num(r, 2 + j, v, d, opt.text)); s.rel({ type: 'sum', total: ref(s, r, 1), parts: series[yi].map((_, j) => ref(s, r, 2 + j)) }); });
    const gr = s.row([`${years[years.length - 1]}年比上年增长（%）`]);
    for (let c = 1; c < nc; c++) { const a = c === 1 ? series[years.length - 2].reduce((x, y) => x + y) : series[years.length - 2][c - 2]; const b = c === 1 ? series[years.length - 1].reduce((x, y) => x + y) : series[years.length - 1][c - 2]; s.num(gr, c, (b / a - 1) * 100, 1); s.rel({ type: 'growth', g: ref(s, gr, c), a: ref(s, rows[rows.length - 2], c), b: ref(s, rows[rows.length - 1], c) }); }
  }
  notes(s, ['注：总产值按当年价格计算' + (idxMode === 'idx' ? '，指数按当年价格计算。' : '，增长速度按当年价格计算。'), '资料来源：县统计局。']);
  return s;
}

// G2b (probe only): 现价 values with 可比价 index (index NOT derivable from current prices)
function gCmpIndex(opt) {
  const s = new S('总产值及指数');
  const cats = ['农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'];
  head(s, '农林牧渔业总产值及指数', null, 4);
  const h1 = s.row(['指标', '总产值（现价，万元）', null, '指数（上年=100，按可比价格计算）']); const h2 = s.row([null, '2022年', '2023年', '2023年']);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h1, 2);
  const a = split(rf(300000, 600000), 5), b = a.map((x) => x * rf(1.02, 1.12));
  const rows = [];
  cats.forEach((c, i) => { const r = s.row([c]); rows.push(r); const va = i ? a[i - 1] : a.reduce((x, y) => x + y); const vb = i ? b[i - 1] : b.reduce((x, y) => x + y); s.num(r, 1, va, 0); s.num(r, 2, vb, 0); s.num(r, 3, vb / va * 100 - rf(1.5, 4), 1); });
  for (const c of [1, 2]) s.rel({ type: 'sum', total: ref(s, rows[0], c), parts: rows.slice(1).map((r) => ref(s, r, c)) });
  notes(s, ['注：总产值按现行价格计算，指数按可比价格计算。']);
  return s;
}

// G3: 主要农作物播种面积、产量、单产
function gCrops(opt) {
  const s = new S(opt.sheet || '主要农作物');
  const mu = opt.unit === 'mu'; // area in 亩, yield 公斤/亩
  const muY = opt.unit === 'haMu'; // area 公顷, yield 公斤/亩
  const k = muY ? 1000 / 15 : 1000;
  const other = opt.otherCereal;
  const qz = opt.qizhong; // mark cereal children with 其中 / #
  const scale = mu ? 15 : 1;
  const yld = { 稻谷: rf(6500, 8500), 小麦: rf(5200, 6800), 玉米: rf(5800, 7800), 其他谷物: rf(2500, 4000), 豆类: rf(1800, 2900), 薯类: rf(3500, 5200), 花生: rf(3500, 4500), 油菜籽: rf(2200, 2800), 棉花: rf(1400, 1900), 蔬菜: rf(30000, 45000) };
  const area = { 稻谷: rf(3000, 20000), 小麦: rf(2000, 15000), 玉米: rf(3000, 20000), 其他谷物: rf(150, 900), 豆类: rf(600, 4000), 薯类: rf(500, 3000), 花生: rf(800, 3000), 油菜籽: rf(500, 2500), 棉花: rf(300, 2000), 蔬菜: rf(2000, 8000) };
  const out = {}; for (const kk in area) out[kk] = area[kk] * yld[kk] / 1000;
  const cer = ['稻谷', '小麦', '玉米', ...(other ? ['其他谷物'] : [])];
  const cerTrue = { a: cer.reduce((x, c) => x + area[c], 0) + (other ? 0 : rf(100, 500)), o: 0 };
  cerTrue.o = cer.reduce((x, c) => x + out[c], 0) + (other ? 0 : (cerTrue.a - cer.reduce((x, c) => x + area[c], 0)) * 3.2);
  const grain = { a: cerTrue.a + area.豆类 + area.薯类, o: cerTrue.o + out.豆类 + out.薯类 };
  const oil = { a: area.花生 + area.油菜籽 + rf(50, 300) }; oil.o = out.花生 + out.油菜籽 + (oil.a - area.花生 - area.油菜籽) * 2.0;
  const lines = [
    ['粮食作物', grain.a, grain.o, 0], ['谷物', cerTrue.a, cerTrue.o, 1],
    ...cer.map((c) => [c, area[c], out[c], 2]),
    ['豆类', area.豆类, out.豆类, 1], ['薯类', area.薯类, out.薯类, 1],
    ['油料', oil.a, oil.o, 0], ['花生', area.花生, out.花生, 1], ['油菜籽', area.油菜籽, out.油菜籽, 1],
    ['棉花', area.棉花, out.棉花, 0], ['蔬菜', area.蔬菜, out.蔬菜, 0],
  ];
  const aU = mu ? '亩' : '公顷', yU = (mu || muY) ? '公斤/亩' : '公斤/公顷';
  const nc = 4;
  head(s, `${opt.year || 2023}年主要农作物播种面积、产量及单产`, null, nc);
  const h1 = s.row(['作物名称', `播种面积（${aU}）`, '总产量（吨）', `单产（${yU}）`]);
  if (opt.twoRow) { const h2 = s.row([null, '本年', '本年', '本年']); s.merge(h1, 0, h2, 0); }
  const R = {};
  for (const [name, a, o, lvl] of lines) {
    let label = name;
    if (lvl > 0) {
      if (name === '花生') label = qz ? '　其中：花生' : '　　花生';
      else if (lvl === 2 && !other) label = (name === '稻谷' ? (opt.hash ? '　　#' : '　　其中：') : (opt.hash ? '　　#' : '　　　　')) + name;
      else label = (lvl === 1 ? '　　' : '　　　　') + name;
    }
    const r = s.row([label]); R[name] = r;
    s.num(r, 1, a * scale, 0, opt.text); s.num(r, 2, o, 0, opt.text);
    s.num(r, 3, o * k / (a * scale) * (muY ? 1 : 1), 0);
    s.rel({ type: 'ratio', r: ref(s, r, 3), num: ref(s, r, 2), den: ref(s, r, 1), k: muY ? 1000 / 15 : 1000 });
  }
  for (const c of [1, 2]) {
    s.rel({ type: 'sum', total: ref(s, R.粮食作物, c), parts: ['谷物', '豆类', '薯类'].map((x) => ref(s, R[x], c)) });
    if (other) s.rel({ type: 'sum', total: ref(s, R.谷物, c), parts: cer.map((x) => ref(s, R[x], c)) });
    else s.rel({ type: 'le', whole: ref(s, R.谷物, c), parts: cer.map((x) => ref(s, R[x], c)) });
    s.rel({ type: 'le', whole: ref(s, R.油料, c), parts: ['花生', '油菜籽'].map((x) => ref(s, R[x], c)) });
  }
  notes(s, ['注：薯类产量按5公斤鲜薯折1公斤粮食计算。', muY ? '单产按公斤/亩计算（1公顷=15亩）。' : '资料来源：县农业农村局、县统计局。']);
  return s;
}

// G3b: crop area by year side by side with growth (transposed layout, years as columns)
function gCropYears(opt) {
  const s = new S(opt.sheet || '粮食生产');
  const years = [2019, 2020, 2021, 2022, 2023].slice(-(opt.ny || 3));
  head(s, '历年粮食生产情况', null, 1 + years.length + 1);
  s.row(['指标', ...years.map((y) => y + '年'), '2023年比上年增长（%）']);
  const ar = years.map(() => ({ 稻谷: rf(8000, 12000), 小麦: rf(5000, 8000), 玉米: rf(9000, 14000), 豆类: rf(1000, 2000), 薯类: rf(800, 1500) }));
  const yl = years.map(() => ({ 稻谷: rf(7, 8), 小麦: rf(5.5, 6.5), 玉米: rf(6, 7.5), 豆类: rf(2, 2.6), 薯类: rf(4, 5) }));
  const items = [['粮食播种面积（公顷）', 'a', null], ['　其中：稻谷', 'a', '稻谷'], ['　　　　小麦', 'a', '小麦'], ['　　　　玉米', 'a', '玉米'], ['粮食总产量（吨）', 'o', null], ['　其中：稻谷', 'o', '稻谷'], ['　　　　小麦', 'o', '小麦'], ['　　　　玉米', 'o', '玉米'], ['粮食单产（公斤/公顷）', 'y', null]];
  const rows = {};
  for (const [label, kind, crop] of items) {
    const r = s.row([label]); rows[kind + (crop || '')] = r;
    years.forEach((y, yi) => {
      const A_ = Object.values(ar[yi]).reduce((a, b) => a + b), O_ = Object.keys(ar[yi]).reduce((a, c) => a + ar[yi][c] * yl[yi][c], 0);
      let v; if (kind === 'a') v = crop ? ar[yi][crop] : A_; else if (kind === 'o') v = crop ? ar[yi][crop] * yl[yi][crop] : O_; else v = O_ * 1000 / A_;
      s.num(r, 1 + yi, v, 0, opt.text);
    });
    const n = years.length; s.num(r, 1 + n, (s.val(r, n) / s.val(r, n - 1) - 1) * 100, 1);
    s.rel({ type: 'growth', g: ref(s, r, 1 + n), a: ref(s, r, n - 1), b: ref(s, r, n) });
  }
  years.forEach((_, yi) => {
    s.rel({ type: 'ratio', r: ref(s, rows.y, 1 + yi), num: ref(s, rows.o, 1 + yi), den: ref(s, rows.a, 1 + yi), k: 1000 });
    for (const k of ['a', 'o']) s.rel({ type: 'le', whole: ref(s, rows[k], 1 + yi), parts: ['稻谷', '小麦', '玉米'].map((c) => ref(s, rows[k + c], 1 + yi)) });
  });
  notes(s, ['注：粮食包括谷物、豆类和薯类。']);
  return s;
}

// G4: 畜牧业 by year, 肉类 with 其中
function gLivestock(opt) {
  const s = new S(opt.sheet || '畜牧业生产');
  head(s, '主要畜产品产量及牲畜存栏出栏', null, 5);
  s.row(['指标', '单位', '2022年', '2023年', '比上年增长（%）']);
  const m = { 猪肉: rf(20000, 60000), 牛肉: rf(2000, 8000), 羊肉: rf(1000, 5000), 禽肉: rf(5000, 20000) };
  const items = [
    ['猪年末存栏', '万头', rf(20, 60), 2], ['猪出栏', '万头', rf(30, 90), 2], ['牛年末存栏', '万头', rf(2, 8), 2], ['羊年末存栏', '万只', rf(5, 30), 2], ['家禽出栏', '万只', rf(300, 1500), 1],
    ['肉类总产量', '吨', Object.values(m).reduce((a, b) => a + b) + rf(200, 900), 0], ['其中：猪肉', '吨', m.猪肉, 0], ['　　　牛肉', '吨', m.牛肉, 0], ['　　　羊肉', '吨', m.羊肉, 0],
    ['禽蛋产量', '吨', rf(5000, 20000), 0], ['牛奶产量', '吨', rf(1000, 10000), 0],
  ];
  const R = {};
  for (const [label, u, v0, d] of items) {
    const r = s.row([label, u]); R[label] = r;
    const v1 = v0 * rf(0.92, 1.1);
    s.num(r, 2, v0, d, opt.text); s.num(r, 3, v1, d, opt.text); s.num(r, 4, (v1 / v0 - 1) * 100, 1);
    s.rel({ type: 'growth', g: ref(s, r, 4), a: ref(s, r, 2), b: ref(s, r, 3) });
  }
  for (const c of [2, 3]) { s.rel({ type: 'le', whole: ref(s, R.肉类总产量, c), parts: ['其中：猪肉', '　　　牛肉', '　　　羊肉'].map((x) => ref(s, R[x], c)) }); }
  notes(s, ['注：肉类总产量包括猪牛羊禽兔肉。']);
  return s;
}

// G4b: livestock by town
function gLivestockTown(opt) {
  const s = new S(opt.sheet || '分乡镇畜牧业');
  const towns = shuffle(TOWNS).slice(0, ri(6, 10));
  const cols = ['乡镇', '生猪存栏（万头）', '生猪出栏（万头）', '牛存栏（万头）', '羊存栏（万只）', '肉类总产量（吨）', '其中：猪肉（吨）'];
  head(s, '2023年分乡镇畜牧业生产情况', null, cols.length);
  s.row(cols);
  const data = towns.map(() => { const pig = rf(0.5, 6); const out = pig * rf(1.3, 1.8); const pork = out * 10000 * rf(0.075, 0.09); return [pig, out, rf(0.05, 0.8), rf(0.1, 3), pork * rf(1.2, 1.5), pork]; });
  const tot = data[0].map((_, j) => data.reduce((a, r) => a + r[j], 0));
  const ds = [2, 2, 2, 2, 0, 0];
  const tr = s.row(['全县']); tot.forEach((v, j) => s.num(tr, 1 + j, v, ds[j], opt.text));
  const rows = data.map((v, i) => { const r = s.row([towns[i]]); v.forEach((x, j) => s.num(r, 1 + j, x, ds[j], opt.text)); return r; });
  for (let c = 1; c <= 6; c++) s.rel({ type: 'sum', total: ref(s, tr, c), parts: rows.map((r) => ref(s, r, c)) });
  for (const r of [tr, ...rows]) s.rel({ type: 'le', whole: ref(s, r, 5), parts: [ref(s, r, 6)] });
  notes(s, ['资料来源：县畜牧兽医局。']);
  return s;
}

// G5: 农村居民人均可支配收入 by source with 构成
function gIncome(opt) {
  const s = new S(opt.sheet || '农村居民收入');
  const src = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
  const v0 = [rf(6000, 9000), rf(5000, 7000), rf(300, 700), rf(2500, 4500)];
  const v1 = v0.map((x) => x * rf(1.03, 1.11));
  const t0 = v0.reduce((a, b) => a + b), t1 = v1.reduce((a, b) => a + b);
  const prim = [v0[1] * rf(0.5, 0.7), 0]; prim[1] = prim[0] * rf(1.0, 1.08);
  head(s, '农村常住居民人均可支配收入', '单位：元', 5);
  const h1 = s.row(['指标', '2022年', '2023年', '比上年增长（%）', '构成（%）']);
  const h2 = s.row([null, null, null, null, '2023年']);
  [0, 1, 2, 3].forEach((c) => s.merge(h1, c, h2, c));
  const put = (label, a, b, share) => { const r = s.row([label]); s.num(r, 1, a, 0, opt.text); s.num(r, 2, b, 0, opt.text); s.num(r, 3, (b / a - 1) * 100, 1); s.rel({ type: 'growth', g: ref(s, r, 3), a: ref(s, r, 1), b: ref(s, r, 2) }); if (share != null) s.num(r, 4, share, 1); return r; };
  const tr = put('人均可支配收入', t0, t1, 100);
  const rows = [];
  src.forEach((n, i) => { rows.push(put('　' + n, v0[i], v1[i], v1[i] / t1 * 100)); if (i === 1 && opt.primary) { const r = put('　　其中：第一产业净收入', prim[0], prim[1], null); s.g[r][4] = '—'; s.rel({ type: 'le', whole: ref(s, rows[1], 2), parts: [ref(s, r, 2)] }); } });
  for (const c of [1, 2]) s.rel({ type: 'sum', total: ref(s, tr, c), parts: rows.map((r) => ref(s, r, c)) });
  rows.forEach((r) => s.rel({ type: 'share', s: ref(s, r, 4), part: ref(s, r, 2), total: ref(s, tr, 2) }));
  if (opt.consumption) { s.blank(); const c0 = t0 * rf(0.7, 0.85), c1 = c0 * rf(1.02, 1.09); put('人均消费支出', c0, c1, null); }
  notes(s, ['注：构成按2023年数据计算，因四舍五入，分项构成之和可能不等于100。', '资料来源：国家统计局县调查队城乡住户调查。']);
  return s;
}

// G5b: income by county, current year, with shares per row
function gIncomeCounty(opt) {
  const s = new S(opt.sheet || '分区县农村居民收入');
  const cs = shuffle(COUNTIES).slice(0, ri(5, 8));
  head(s, '2023年各区县农村居民人均可支配收入', '单位：元', 7);
  s.row(['区县', '人均可支配收入', '工资性收入', '经营净收入', '财产净收入', '转移净收入', '工资性收入占比（%）']);
  for (const c of ['全市', ...cs]) {
    const v = [rf(6000, 12000), rf(4000, 8000), rf(200, 1200), rf(2000, 5000)]; const t = v.reduce((a, b) => a + b);
    const r = s.row([c]); s.num(r, 1, t, 0, opt.text); v.forEach((x, j) => s.num(r, 2 + j, x, 0, opt.text)); s.num(r, 6, v[0] / t * 100, 1);
    s.rel({ type: 'sum', total: ref(s, r, 1), parts: [2, 3, 4, 5].map((j) => ref(s, r, j)) });
    s.rel({ type: 'share', s: ref(s, r, 6), part: ref(s, r, 2), total: ref(s, r, 1) });
  }
  notes(s, ['注：全市数据为抽样调查推算数，不等于各区县简单加总。']);
  return s;
}

// G6: 农机总动力 & 化肥 by town
function gMachFert(opt) {
  const s = new S(opt.sheet || '农业生产条件');
  const towns = shuffle(TOWNS).slice(0, ri(6, 12));
  head(s, '2023年各乡镇农业生产条件', null, 8);
  const h1 = s.row(['乡镇', '农业机械总动力（万千瓦）', '有效灌溉面积（公顷）', '化肥施用量（折纯，吨）']); const h2 = s.row([null, null, null, '合计', '氮肥', '磷肥', '钾肥', '复合肥']);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h2, 1); s.merge(h1, 2, h2, 2); s.merge(h1, 3, h1, 7);
  const data = towns.map(() => { const f = split(rf(800, 5000), 4); return [rf(1.5, 9), rf(500, 5000), f.reduce((a, b) => a + b), ...f]; });
  const tot = data[0].map((_, j) => data.reduce((a, r) => a + r[j], 0));
  const ds = [2, 0, 0, 0, 0, 0, 0];
  const tr = s.row(['全县']); tot.forEach((v, j) => s.num(tr, 1 + j, v, ds[j], opt.text));
  if (opt.spacer) s.blank();
  const rows = data.map((v, i) => { const r = s.row([towns[i]]); v.forEach((x, j) => s.num(r, 1 + j, x, ds[j], opt.text)); if (opt.partial && i % 4 === 1) { s.g[r][2] = '…'; } return r; });
  for (let c = 1; c <= 7; c++) { const ps = rows.filter((r) => typeof s.g[r][c] === 'object'); if (ps.length === rows.length) s.rel({ type: 'sum', total: ref(s, tr, c), parts: ps.map((r) => ref(s, r, c)) }); else s.rel({ type: 'le', whole: ref(s, tr, c), parts: ps.map((r) => ref(s, r, c)) }); }
  for (const r of [tr, ...rows]) s.rel({ type: 'sum', total: ref(s, r, 3), parts: [4, 5, 6, 7].map((j) => ref(s, r, j)) });
  notes(s, ['注：化肥施用量按折纯量计算；“…”表示数据暂缺。']);
  return s;
}

// G7: grain by season AND by variety (two non-additive-with-each-other 其中 groups)
function gGrainTwoWays(opt) {
  const s = new S(opt.sheet || '粮食产量');
  head(s, '粮食产量（按季节和品种分）', '单位：吨', 4);
  s.row(['指标', '2022年', '2023年', '比上年增长（%）']);
  const b0 = { 稻谷: rf(50000, 90000), 小麦: rf(30000, 60000), 玉米: rf(40000, 80000), 豆类: rf(3000, 8000), 薯类: rf(2000, 6000) }; const mk = () => { const v = {}; for (const k in b0) v[k] = b0[k] * rf(0.93, 1.08); const summer = v.小麦 + v.豆类 * 0.3 + v.薯类 * 0.2; const early = v.稻谷 * 0.3; return { v, summer, early, autumn: Object.values(v).reduce((a, b) => a + b) - summer - early }; };
  const y0 = mk(), y1 = mk();
  const T = (y) => Object.values(y.v).reduce((a, b) => a + b);
  const lines = [['粮食总产量', T], ['　按季节分：', null], ['　　夏粮', (y) => y.summer], ['　　早稻', (y) => y.early], ['　　秋粮', (y) => y.autumn], ['　按品种分：', null], ['　　谷物', (y) => y.v.稻谷 + y.v.小麦 + y.v.玉米], ['　　　#稻谷', (y) => y.v.稻谷], ['　　　#小麦', (y) => y.v.小麦], ['　　　#玉米', (y) => y.v.玉米], ['　　豆类', (y) => y.v.豆类], ['　　薯类', (y) => y.v.薯类]];
  const R = {};
  for (const [l, f] of lines) { const r = s.row([l]); R[l.trim()] = r; if (!f) continue; s.num(r, 1, f(y0), 0, opt.text); s.num(r, 2, f(y1), 0, opt.text); s.num(r, 3, (f(y1) / f(y0) - 1) * 100, 1); s.rel({ type: 'growth', g: ref(s, r, 3), a: ref(s, r, 1), b: ref(s, r, 2) }); }
  for (const c of [1, 2]) { s.rel({ type: 'sum', total: ref(s, R.粮食总产量, c), parts: ['夏粮', '早稻', '秋粮'].map((x) => ref(s, R[x], c)) }); s.rel({ type: 'sum', total: ref(s, R.粮食总产量, c), parts: ['谷物', '豆类', '薯类'].map((x) => ref(s, R[x], c)) }); s.rel({ type: 'sum', total: ref(s, R.谷物, c), parts: ['#稻谷', '#小麦', '#玉米'].map((x) => ref(s, R[x], c)) }); }
  notes(s, ['注：夏粮、早稻、秋粮与谷物、豆类、薯类为两种分类，均合计为粮食总产量。']);
  return s;
}

// G8: per-capita lines mixed with totals (non-additive rows)
function gPerCapita(opt) {
  const s = new S(opt.sheet || '农业主要指标');
  const years = [2021, 2022, 2023];
  head(s, '农业农村主要指标', null, 5);
  s.row(['指标', '单位', ...years.map((y) => y + '年')]);
  const pop = years.map(() => rf(30, 60));
  const out = years.map(() => rf(300000, 600000));
  const grain = years.map(() => rf(150000, 300000));
  const R = {};
  const put = (l, u, arr, d) => { const r = s.row([l, u]); arr.forEach((v, i) => s.num(r, 2 + i, v, d, opt.text)); R[l] = r; return r; };
  put('乡村人口', '万人', pop, 2);
  put('农林牧渔业总产值', '万元', out, 0);
  put('人均农林牧渔业产值', '元', out.map((o, i) => o / pop[i]), 0);
  put('粮食总产量', '吨', grain, 0);
  put('人均粮食产量', '公斤', grain.map((g, i) => g * 1000 / (pop[i] * 10000)), 1);
  years.forEach((_, i) => { s.rel({ type: 'ratio', r: ref(s, R.人均农林牧渔业产值, 2 + i), num: ref(s, R.农林牧渔业总产值, 2 + i), den: ref(s, R.乡村人口, 2 + i), k: 1 }); s.rel({ type: 'ratio', r: ref(s, R.人均粮食产量, 2 + i), num: ref(s, R.粮食总产量, 2 + i), den: ref(s, R.乡村人口, 2 + i), k: 0.1 }); });
  notes(s, ['注：人均指标按乡村常住人口计算。']);
  return s;
}

// ---------- planting ----------
function plant(s, kind) {
  const cand = s.rels.filter((r) => ({ total: r.type === 'sum', part: r.type === 'sum', yield: r.type === 'ratio', growth: r.type === 'growth' || r.type === 'index', whole: r.type === 'le', share: r.type === 'share', swap: r.type === 'sum' })[kind]);
  if (!cand.length) return null;
  const rel = pick(cand);
  const get = (a) => { const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return [Number(m[2]) - 1, c - 1]; };
  const cellOf = (rf_) => { const [r, c] = get(rf_.a); return s.g[r][c]; };
  let tgt, note;
  if (kind === 'total') { tgt = rel.total; const x = cellOf(tgt); const dv = Math.max(Math.abs(x.v) * rf(0.03, 0.08), 30 / 10 ** x.d); x.v = rnd(x.v + (rand() < 0.5 ? -1 : 1) * dv, x.d); note = 'total changed by ~' + rnd(dv, x.d); }
  else if (kind === 'part') { tgt = pick(rel.parts); const x = cellOf(tgt); const dv = Math.max(Math.abs(x.v) * rf(0.1, 0.25), 30 / 10 ** x.d); x.v = rnd(x.v + dv, x.d); note = 'part increased by ' + rnd(dv, x.d); }
  else if (kind === 'swap') {
    tgt = pick(rel.parts); const x = cellOf(tgt); const str = x.v.toFixed(x.d); const digs = [...str];
    const idx = []; for (let i = 0; i + 1 < digs.length; i++) if (/\d/.test(digs[i]) && /\d/.test(digs[i + 1]) && digs[i] !== digs[i + 1] && i + 1 < digs.length - x.d - (x.d ? 1 : 0) - 0) idx.push(i);
    const good = idx.filter((i) => Math.abs(digs[i] - digs[i + 1]) * 10 ** (digs.length - (x.d ? x.d + 1 : 0) - i - 2) >= 9);
    if (!good.length) return null; const i = good[0]; [digs[i], digs[i + 1]] = [digs[i + 1], digs[i]]; const nv = Number(digs.join('')); note = `transposed digits ${str} -> ${digs.join('')}`; x.v = nv;
  }
  else if (kind === 'yield') { tgt = rel.r; const x = cellOf(tgt); x.v = rnd(x.v * pick([1.08, 0.9, 1.12]), x.d); note = 'yield not output/area'; }
  else if (kind === 'growth') { tgt = rel.g; const x = cellOf(tgt); x.v = rnd(x.v + pick([-1, 1]) * rf(1.5, 4), 1); note = 'growth/index does not match two years'; }
  else if (kind === 'whole') { tgt = pick(rel.parts); const x = cellOf(tgt); const w = cellOf(rel.whole); x.v = rnd(w.v * rf(1.08, 1.2), x.d); note = '其中 part larger than whole'; }
  else if (kind === 'share') { tgt = rel.s; const x = cellOf(tgt); x.v = rnd(x.v + pick([-1, 1]) * rf(1.5, 3.5), 1); note = '构成 share does not match'; }
  return { sheet: s.name, cell: tgt.a, note };
}

// ---------- write ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.g.forEach((row, r) => row.forEach((x, c) => {
      if (x === undefined || x === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof x === 'object') { if (x.text) cell.value = x.v.toFixed(x.d); else { cell.value = x.v; cell.numFmt = x.d ? '0.' + '0'.repeat(x.d) : '0'; } cell.alignment = { horizontal: 'right' }; }
      else cell.value = x;
    }));
    for (const [a, ind] of Object.entries(s.indent)) ws.getCell(a).alignment = { indent: ind };
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    ws.getColumn(1).width = 28;
    if (ws.getRow(1).getCell(1).value) ws.getRow(1).getCell(1).font = { bold: true, size: 14 };
  }
  await wb.xlsx.writeFile(file);
}

const GENS = {
  townOut: (o) => gOutputByTown(o), countyOut: (o) => gOutputByTown({ ...o, county: true }), years: (o) => gOutputYears(o), idx: (o) => gOutputYears({ ...o, idx: true }),
  transp: (o) => gOutputYears({ ...o, transpose: true, years: [2019, 2020, 2021, 2022, 2023] }), crops: (o) => gCrops(o), cropYears: (o) => gCropYears(o),
  live: (o) => gLivestock(o), liveTown: (o) => gLivestockTown(o), income: (o) => gIncome(o), incomeCounty: (o) => gIncomeCounty(o), mach: (o) => gMachFert(o),
  grain2: (o) => gGrainTwoWays(o), percap: (o) => gPerCapita(o),
};
const PLANT_FOR = { townOut: ['total', 'part', 'swap'], countyOut: ['total', 'swap'], years: ['growth', 'total'], idx: ['growth'], transp: ['growth', 'part'], crops: ['yield', 'total', 'whole'], cropYears: ['yield', 'growth', 'whole'], live: ['whole', 'growth'], liveTown: ['total', 'whole', 'swap'], income: ['share', 'growth', 'total'], incomeCounty: ['share', 'total'], mach: ['total', 'swap', 'part'], grain2: ['total', 'growth'], percap: ['yield'] };
const randOpt = () => ({ text: rand() < 0.15, spacer: rand() < 0.4, totalBottom: rand() < 0.2, indentStyle: pick(['space', 'align', 'none']), unit: pick(['ha', 'ha', 'mu', 'haMu']), otherCereal: rand() < 0.5, qizhong: rand() < 0.5, hash: rand() < 0.4, twoRow: rand() < 0.3, primary: rand() < 0.5, consumption: rand() < 0.5, partial: rand() < 0.4, noFish: rand() < 0.3, ny: ri(2, 5) });

(async () => {
  const relsOut = {};
  fs.mkdirSync(OUT + '/cases', { recursive: true }); fs.mkdirSync(OUT + '/probe', { recursive: true });
  const man = [];
  const keys = Object.keys(GENS);
  for (let i = 0; i < 46; i++) {
    const k = keys[i % keys.length]; const o = randOpt(); o.text = false;
    const s = GENS[k](o); let p = null;
    if (i % 2 === 1) { for (let t = 0; t < 5 && !p; t++) p = plant(s, pick(PLANT_FOR[k])); }
    const file = `cases/c${String(i).padStart(2, '0')}_${k}.xlsx`;
    await writeBook(path.join(OUT, file), [s]);
    man.push({ file, planted: p ? { sheet: p.sheet, cell: p.cell } : null, note: p ? p.note : 'clean' });
    relsOut[file] = [{ sheet: s.name, rels: s.rels }];
  }
  fs.writeFileSync(OUT + '/manifest.json', JSON.stringify(man, null, 1));
  const pm = [];
  for (let i = 0; i < 100; i++) {
    const o = randOpt(); let sheets, tag;
    if (i < 4) { sheets = [gCmpIndex(o)]; tag = 'cmpidx'; }
    else if (i % 7 === 0) { // multi-sheet
      const ks = shuffle(keys).slice(0, ri(2, 4)); sheets = ks.map((k, j) => { const s = GENS[k]({ ...o, sheet: `表${j + 1}` }); return s; }); tag = 'multi_' + ks.join('-');
    } else { const k = keys[i % keys.length]; sheets = [GENS[k](o)]; tag = k + (o.text ? '_text' : ''); }
    const file = `p${String(i).padStart(3, '0')}_${tag}.xlsx`;
    await writeBook(path.join(OUT, 'probe', file), sheets);
    pm.push({ file, planted: null, note: tag });
    relsOut['probe/' + file] = sheets.map((s) => ({ sheet: s.name, rels: s.rels }));
  }
  fs.writeFileSync(OUT + '/probe/manifest.json', JSON.stringify(pm, null, 1));
  fs.writeFileSync(OUT + '/rels.json', JSON.stringify(relsOut));
  console.log('cases', man.length, 'planted', man.filter((m) => m.planted).length, 'probe', pm.length);
})();
