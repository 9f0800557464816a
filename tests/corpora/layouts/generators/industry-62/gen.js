// Round 62b of issue 9, by an outside helper: writes clean and planted books to /tmp/round62b; the corpus keeps the
// clean ones (tests/corpora/layouts/industry-62, copied from its cases folder).
// Round 62B: industry, construction, real estate, foreign trade tables (clean + one planted error each).
// SEED / OUTDIR / MANIFEST / PROBE env vars. PROBE=N -> N clean books per builder, no planted.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.env.OUTDIR || path.join(__dirname, 'cases');
const PROBE = +(process.env.PROBE || 0);
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry32(+(process.env.SEED || 62));
const U = (a, b) => a + (b - a) * rng();
const I = (a, b) => Math.floor(U(a, b + 1));
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const gr = (a, b) => (b / a - 1) * 100;
const col = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1);
const pick = (a) => a[Math.floor(rng() * a.length)];
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sum = (a, k) => a.reduce((s, d) => s + d[k], 0);
const DASH = () => pick(['—', '-', '…', '—']);

function Table(sheetName) { return { sheetName, grid: [], dec: {}, merges: [], targets: {}, indent: {} }; }
function put(t, r, c, v, d) { while (t.grid.length <= r) t.grid.push([]); t.grid[r][c] = v; if (d !== undefined) t.dec[r + ',' + c] = d; }
function tgt(t, kind, r, c, extra) { if (r === undefined) return; (t.targets[kind] = t.targets[kind] || []).push(Object.assign({ r, c }, extra || {})); }
function label(t, r, text, mode, level) {
  level = level || 1;
  if (mode === 'space') put(t, r, 0, '　　'.repeat(level) + text);
  else if (mode === 'ascii') put(t, r, 0, '  '.repeat(level) + text);
  else { put(t, r, 0, text); if (mode === 'align') t.indent[r] = level; }
}
function title(t, text, ncol, unit, unitInA) {
  put(t, 0, 0, text); t.merges.push(`A1:${col(ncol - 1)}1`);
  if (unit) { if (unitInA) put(t, 1, 0, unit); else put(t, 1, ncol - 1, unit); }
}
// money display: raw value in 万元
const money = (v) => v.yi ? { f: (x) => R(x / 10000, 2), d: 2, u: '亿元' } : { f: (x) => R(x, v.wd), d: v.wd, u: '万元' };

const MFG = ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业', '纺织业', '纺织服装、服饰业', '木材加工和木、竹、藤、棕、草制品业', '造纸和纸制品业', '化学原料和化学制品制造业', '医药制造业', '橡胶和塑料制品业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '金属制品业', '通用设备制造业', '专用设备制造业', '汽车制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业'];
const MINE = ['煤炭开采和洗选业', '黑色金属矿采选业', '非金属矿采选业'];
const UTIL = ['电力、热力生产和供应业', '燃气生产和供应业', '水的生产和供应业'];
const DISTRICTS = ['城关区', '东城区', '西湖区', '南山区', '北湖区', '经开区', '高新区', '临江县', '青山县', '白水县', '安平县', '河口县', '石桥镇', '工业园区'];

function firm(scale) { // one industry aggregate
  const n = (I(3, 60) * scale | 0) || 3;
  const rev = n * U(8000, 60000);
  const margin = rng() < 0.12 ? U(-0.06, 0) : U(0.01, 0.11);
  const loss = Math.min(n, Math.round(n * U(0.05, 0.35)));
  const out = rev * U(0.9, 1.08);
  return { cnt: n, loss, rev, prof: rev * margin, out, tax: rev * U(0.015, 0.05) };
}

// 1. 规模以上工业分行业主要指标 (一、二、三、 groups)
function tIndByIndustry(v) {
  const t = Table('分行业主要指标');
  const m = money(v);
  const groups = [['一、采矿业', MINE.filter(() => rng() < 0.8)], ['二、制造业', MFG.filter(() => rng() < 0.7)], ['三、电力、热力、燃气及水生产和供应业', UTIL.filter(() => rng() < 0.85)]];
  for (const g of groups) if (!g[1].length) g[1].push(g === groups[1] ? MFG[0] : g === groups[0] ? MINE[0] : UTIL[0]);
  const cols = ['企业单位数（个）', '亏损企业（个）', '亏损面（%）', `营业收入（${m.u}）`, `利润总额（${m.u}）`, '营业收入利润率（%）'];
  title(t, `${v.year}年${v.city}规模以上工业企业分行业主要经济指标`, 7);
  put(t, 1, 0, '行业'); cols.forEach((c, j) => put(t, 1, 1 + j, c));
  const gs = groups.map(([gn, items]) => { const rows = items.map((n) => Object.assign({ n }, firm(1))); const g = { n: gn, rows }; for (const k of ['cnt', 'loss', 'rev', 'prof']) g[k] = sum(rows, k); return g; });
  const tot = { n: v.totalLabel, cnt: sum(gs, 'cnt'), loss: sum(gs, 'loss'), rev: sum(gs, 'rev'), prof: sum(gs, 'prof') };
  let r = 2; const rowOf = {};
  const emit = (d, name, lvl) => {
    if (lvl) label(t, r, name, v.indent || 'space', lvl); else put(t, r, 0, name);
    put(t, r, 1, d.cnt, 0); put(t, r, 2, d.loss, 0);
    put(t, r, 3, R(d.loss / d.cnt * 100, 1), 1);
    put(t, r, 4, m.f(d.rev), m.d); put(t, r, 5, m.f(d.prof), m.d); put(t, r, 6, R(d.prof / d.rev * 100, 2), 2);
    rowOf[name] = r; r++;
  };
  if (v.totalTop) emit(tot, tot.n, 0);
  for (const g of gs) { emit(g, g.n, 0); for (const d of g.rows) emit(d, d.n, 1); }
  if (!v.totalTop) emit(tot, tot.n, 0);
  put(t, r + 1, 0, '注：亏损面=亏损企业数÷企业单位数×100%；营业收入利润率=利润总额÷营业收入×100%。');
  const mf = gs[1].rows;
  tgt(t, 'wrong_total', rowOf[tot.n], 4); tgt(t, 'part_changed', rowOf[mf[0].n], 4);
  tgt(t, 'rate_mismatch', rowOf[mf[mf.length - 1].n], 3); tgt(t, 'rate_mismatch', rowOf['二、制造业'], 6);
  tgt(t, 'subpart_exceeds', rowOf[mf[Math.floor(mf.length / 2)].n], 2, { whole: [rowOf[mf[Math.floor(mf.length / 2)].n], 1] });
  tgt(t, 'digit_swap', rowOf[mf[Math.min(1, mf.length - 1)].n], 5); tgt(t, 'decimal_shift', rowOf[gs[2].rows[0].n], 4);
  return t;
}

// 2. 规模以上工业 按控股情况/规模/轻重 分组, with 上年 and 增长
function tIndOwnership(v) {
  const t = Table('规上工业分类型');
  const m = money(v);
  const mk = (n, sc) => { const d = { n, cnt: I(5, 80) * sc | 0 || 2 }; d.out0 = d.cnt * U(15000, 90000); d.out1 = d.out0 * (1 + U(-0.08, 0.18)); d.rev = d.out1 * U(0.92, 1.05); d.prof = d.rev * U(-0.01, 0.09); d.lishui = d.prof + d.rev * U(0.02, 0.05); return d; };
  const size = [mk('大型企业', 0.15), mk('中型企业', 0.6), mk('小型企业', 3), mk('微型企业', 0.4)];
  const agg = (n, parts) => { const d = { n }; for (const k of ['cnt', 'out0', 'out1', 'rev', 'prof', 'lishui']) d[k] = sum(parts, k); return d; };
  const tot = agg(v.totalLabel, size);
  const light = {}; for (const k of ['cnt', 'out0', 'out1', 'rev', 'prof', 'lishui']) light[k] = tot[k] * U(0.3, 0.45);
  light.cnt = Math.round(light.cnt); light.n = '轻工业';
  const heavy = { n: '重工业' }; for (const k of ['cnt', 'out0', 'out1', 'rev', 'prof', 'lishui']) heavy[k] = tot[k] - light[k];
  const frac = (n, f) => { const d = { n }; for (const k of ['cnt', 'out0', 'out1', 'rev', 'prof', 'lishui']) d[k] = tot[k] * f * U(0.85, 1.15); d.cnt = Math.max(1, Math.round(d.cnt)); return d; };
  const soe = frac('国有控股企业', U(0.05, 0.2)), priv = frac('私营企业', U(0.35, 0.6)), fdi = frac('外商及港澳台商投资企业', U(0.05, 0.2));
  title(t, `${v.city}规模以上工业企业主要经济指标（${v.year}年）`, 8, `单位：个、${m.u}`, v.unitInA);
  const h = 2;
  put(t, h, 0, '指标'); put(t, h, 1, '企业单位数'); put(t, h, 2, '工业总产值'); put(t, h, 5, '营业收入'); put(t, h, 6, '利润总额'); put(t, h, 7, '利税总额');
  put(t, h + 1, 2, `${v.year - 1}年`); put(t, h + 1, 3, `${v.year}年`); put(t, h + 1, 4, '增长（%）');
  t.merges.push(`A${h + 1}:A${h + 2}`, `B${h + 1}:B${h + 2}`, `C${h + 1}:E${h + 1}`, `F${h + 1}:F${h + 2}`, `G${h + 1}:G${h + 2}`, `H${h + 1}:H${h + 2}`);
  let r = h + 2; const rowOf = {};
  const emit = (d, name, lvl) => {
    if (lvl) label(t, r, name, v.indent || 'space', lvl); else put(t, r, 0, name);
    put(t, r, 1, Math.round(d.cnt), 0); put(t, r, 2, m.f(d.out0), m.d); put(t, r, 3, m.f(d.out1), m.d); put(t, r, 4, R(gr(d.out0, d.out1), 1), 1);
    put(t, r, 5, m.f(d.rev), m.d); put(t, r, 6, m.f(d.prof), m.d); put(t, r, 7, m.f(d.lishui), m.d); rowOf[d.n] = r; r++;
  };
  emit(tot, tot.n, 0);
  if (v.qizhong) { emit(soe, '其中：国有控股企业', 1); rowOf[soe.n] = r - 1; emit(priv, '私营企业', 1); rowOf[priv.n] = r - 1; emit(fdi, '外商及港澳台商投资企业', 1); rowOf[fdi.n] = r - 1; }
  put(t, r, 0, '按企业规模分'); r++;
  for (const d of size) emit(d, d.n, 1);
  put(t, r, 0, '按轻重工业分'); r++;
  emit(light, '轻工业', 1); emit(heavy, '重工业', 1);
  put(t, r, 0, '注：增长速度按现价计算。');
  tgt(t, 'wrong_total', rowOf[tot.n], 5); tgt(t, 'part_changed', rowOf['中型企业'], 3); tgt(t, 'growth_mismatch', rowOf['小型企业'], 4);
  if (v.qizhong) tgt(t, 'subpart_exceeds', rowOf['私营企业'], 5, { whole: [rowOf[tot.n], 5] });
  tgt(t, 'digit_swap', rowOf['重工业'], 2);
  return t;
}

// 3. 分县区 规上工业: 企业数, 亏损企业, 亏损面, 营业收入, 增长, 利润, 利润率
function tIndDistrict(v) {
  const t = Table('分县区工业');
  const m = money(v);
  const ds = shuffle(DISTRICTS).slice(0, v.n);
  const rows = ds.map((n) => Object.assign({ name: n }, firm(1.5)));
  const tot = { name: v.totalLabel, cnt: sum(rows, 'cnt'), loss: sum(rows, 'loss'), rev: sum(rows, 'rev'), prof: sum(rows, 'prof') };
  title(t, `${v.year}年各县（市、区）规模以上工业企业主要指标`, 8);
  put(t, 1, 0, '地区'); put(t, 1, 1, '企业单位数（个）'); put(t, 1, 2, '其中：亏损企业（个）'); put(t, 1, 3, '亏损面（%）'); put(t, 1, 4, `营业收入（${m.u}）`); put(t, 1, 5, '营业收入比上年增长（%）'); put(t, 1, 6, `利润总额（${m.u}）`); put(t, 1, 7, '营业收入利润率（%）');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 2; const rowOf = {};
  for (const d of all) {
    if (d === tot) put(t, r, 0, d.name); else label(t, r, d.name, v.indent, 1);
    put(t, r, 1, d.cnt, 0); put(t, r, 2, d.loss, 0); put(t, r, 3, d.cnt ? R(d.loss / d.cnt * 100, 1) : DASH(), 1);
    put(t, r, 4, m.f(d.rev), m.d); put(t, r, 5, R(U(-12, 20), 1), 1); put(t, r, 6, m.f(d.prof), m.d); put(t, r, 7, R(d.prof / d.rev * 100, 2), 2);
    rowOf[d.name] = r; r++;
  }
  put(t, r, 0, '注：营业收入增速按可比口径计算。');
  tgt(t, 'wrong_total', rowOf[tot.name], 1); tgt(t, 'rate_mismatch', rowOf[ds[1]], 3); tgt(t, 'part_changed', rowOf[ds[2]], 6);
  tgt(t, 'subpart_exceeds', rowOf[ds[0]], 2, { whole: [rowOf[ds[0]], 1] }); tgt(t, 'rate_mismatch', rowOf[ds[3]], 7); tgt(t, 'decimal_shift', rowOf[ds[4]], 4);
  return t;
}

// 4. 建筑业主要指标 (indicator rows with unit column)
function tConstruction(v) {
  const t = Table('建筑业');
  const scale = U(0.5, 4);
  const bld = 300000 * scale * U(0.8, 1.2), ins = bld * U(0.06, 0.14), oth = bld * U(0.02, 0.06);
  const out0 = bld + ins + oth;
  const g = () => 1 + U(-0.12, 0.15);
  const cur = { bld: bld * g(), ins: ins * g(), oth: oth * g() }; cur.out = cur.bld + cur.ins + cur.oth;
  const area0 = 400 * scale * U(0.7, 1.3), area1 = area0 * g(); const new0 = area0 * U(0.25, 0.45), new1 = new0 * g();
  const comp0 = area0 * U(0.2, 0.4), comp1 = comp0 * g();
  const ct0 = out0 * U(1.8, 2.6), ct1 = ct0 * g(), nc0 = ct0 * U(0.4, 0.55), nc1 = nc0 * g();
  const ent0 = I(40, 300), ent1 = Math.round(ent0 * g()), emp0 = ent0 * I(60, 200), emp1 = Math.round(emp0 * g());
  const yi = v.yi, mf = (x) => yi ? R(x / 10000, 2) : R(x, v.wd), md = yi ? 2 : v.wd, mu = yi ? '亿元' : '万元';
  title(t, `${v.city}建筑业主要指标`, 5);
  put(t, 1, 0, '指标'); put(t, 1, 1, '计量单位'); put(t, 1, 2, `${v.year - 1}年`); put(t, 1, 3, `${v.year}年`); put(t, 1, 4, `${v.year}年比上年增长（%）`);
  const items = [
    ['企业单位数', '个', ent0, ent1, 0, 0], ['从业人员', '人', emp0, emp1, 0, 0],
    ['建筑业总产值', mu, out0, cur.out, 1, 0], ['建筑工程产值', mu, bld, cur.bld, 1, 1], ['安装工程产值', mu, ins, cur.ins, 1, 1], ['其他产值', mu, oth, cur.oth, 1, 1],
    ['签订合同额', mu, ct0, ct1, 1, 0], ['本年新签合同额', mu, nc0, nc1, 1, 1],
    ['房屋建筑施工面积', '万平方米', area0, area1, 2, 0], ['新开工面积', '万平方米', new0, new1, 2, 1], ['房屋建筑竣工面积', '万平方米', comp0, comp1, 2, 0],
  ];
  let r = 2; const rowOf = {}; let prevLvl = 0;
  for (const [n, u, a, b, kind, lvl] of items) {
    const name = lvl && prevLvl === 0 && v.qizhong ? '其中：' + n : n; prevLvl = lvl;
    if (lvl) label(t, r, name, v.indent || 'space', 1); else put(t, r, 0, name);
    put(t, r, 1, u);
    const f = kind === 1 ? mf : kind === 2 ? (x) => R(x, 2) : (x) => Math.round(x); const d = kind === 1 ? md : kind === 2 ? 2 : 0;
    put(t, r, 2, f(a), d); put(t, r, 3, f(b), d); put(t, r, 4, R(gr(a, b), 1), 1); rowOf[n] = r; r++;
  }
  put(t, r, 0, '注：资质等级以上建筑业企业。');
  tgt(t, 'wrong_total', rowOf['建筑业总产值'], 3); tgt(t, 'subpart_exceeds', rowOf['新开工面积'], 3, { whole: [rowOf['房屋建筑施工面积'], 3] });
  tgt(t, 'growth_mismatch', rowOf['房屋建筑竣工面积'], 4); tgt(t, 'decimal_shift', rowOf['安装工程产值'], 2); tgt(t, 'growth_mismatch', rowOf['企业单位数'], 4);
  return t;
}

// 5. 房地产开发 月度累计 (two-row header, 1-N月)
function tREMonthly(v) {
  const t = Table('房地产月度');
  const ms = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const inv = U(8, 60) * (v.yi ? 1 : 1); // 亿元 full year
  const w = ms.map((mo) => mo === 2 ? U(1.2, 1.8) : mo === 12 ? U(1.2, 1.8) : U(0.8, 1.2));
  const W = w.reduce((a, b) => a + b, 0); let ci = 0, cs = 0, cv = 0; const rows = [];
  const resShare = U(0.62, 0.8); const area = inv * U(6, 12); const price = U(5000, 11000);
  const gI = U(-15, 10), gR = gI + U(-3, 3), gA = U(-20, 8), gV = gA + U(-5, 5);
  for (let i = 0; i < ms.length; i++) {
    ci += inv * w[i] / W; cs += area * w[i] / W * U(0.8, 1.2); cv = cs * price * U(0.97, 1.03) / 10000;
    rows.push({ n: `1-${ms[i]}月`, inv: ci, res: ci * resShare * U(0.97, 1.03), area: cs, val: cv, gI: gI + U(-4, 4), gR: gR + U(-4, 4), gA: gA + U(-4, 4), gV: gV + U(-4, 4) });
  }
  const f = v.yi ? (x) => R(x, 2) : (x) => R(x * 10000, 0), d = v.yi ? 2 : 0, u = v.yi ? '亿元' : '万元';
  title(t, `${v.year}年${v.city}房地产开发和销售情况`, 9);
  put(t, 1, 0, '月份'); put(t, 1, 1, `房地产开发投资（${u}）`); put(t, 1, 3, `其中：住宅（${u}）`); put(t, 1, 5, '商品房销售面积（万平方米）'); put(t, 1, 7, `商品房销售额（${u}）`);
  for (let j = 0; j < 4; j++) { put(t, 2, 1 + 2 * j, '累计'); put(t, 2, 2 + 2 * j, '同比增长（%）'); }
  t.merges.push('A2:A3', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:I2');
  let r = 3; const rowOf = {};
  for (const d0 of rows) {
    put(t, r, 0, d0.n); put(t, r, 1, f(d0.inv), d); put(t, r, 2, R(d0.gI, 1), 1); put(t, r, 3, f(d0.res), d); put(t, r, 4, R(d0.gR, 1), 1);
    put(t, r, 5, R(d0.area, 2), 2); put(t, r, 6, R(d0.gA, 1), 1); put(t, r, 7, f(d0.val), d); put(t, r, 8, R(d0.gV, 1), 1); rowOf[d0.n] = r; r++;
  }
  put(t, r, 0, '注：1月与2月合并统计；同比增速按可比口径计算。');
  tgt(t, 'subpart_exceeds', rowOf['1-6月'], 3, { whole: [rowOf['1-6月'], 1] }); tgt(t, 'decimal_shift', rowOf['1-8月'], 1); tgt(t, 'digit_swap', rowOf['1-10月'], 5);
  return t;
}

// 6. 进出口 年度序列 with 贸易差额
function tTradeSeries(v) {
  const t = Table('进出口');
  const y0 = v.year - v.n + 1; let ex = U(20000, 400000), im = ex * U(0.5, 1.3); const rows = [];
  for (let y = y0; y <= v.year; y++) { ex *= 1 + U(-0.12, 0.2); im *= 1 + U(-0.15, 0.2); rows.push({ n: v.yearSuffix ? `${y}年` : y, ex, im, tt: ex + im }); }
  const yi = v.yi, f = (x) => yi ? R(x / 10000, 2) : Math.round(x), d = yi ? 2 : 0, u = yi ? '亿美元' : '万美元';
  title(t, `${v.city}历年对外贸易进出口情况`, 7, `单位：${u}`, v.unitInA);
  put(t, 2, 0, '年份'); put(t, 2, 1, '进出口总额'); put(t, 2, 2, '出口'); put(t, 2, 3, '进口'); put(t, 2, 4, '贸易差额'); put(t, 2, 5, '进出口比上年增长（%）'); put(t, 2, 6, '出口比上年增长（%）');
  let r = 3; const rowOf = {};
  rows.forEach((x, i) => {
    put(t, r, 0, x.n); put(t, r, 1, f(x.tt), d); put(t, r, 2, f(x.ex), d); put(t, r, 3, f(x.im), d); put(t, r, 4, f(x.ex - x.im), d);
    if (i === 0) { put(t, r, 5, DASH()); put(t, r, 6, DASH()); } else { put(t, r, 5, R(gr(rows[i - 1].tt, x.tt), 1), 1); put(t, r, 6, R(gr(rows[i - 1].ex, x.ex), 1), 1); }
    rowOf[i] = r; r++;
  });
  put(t, r, 0, '注：贸易差额=出口-进口，负数为逆差。');
  const neg = rows.map((x, i) => i).filter((i) => Math.abs(rows[i].ex - rows[i].im) > 0.05 * rows[i].tt);
  if (neg.length) tgt(t, 'balance_sign', rowOf[pick(neg)], 4);
  tgt(t, 'wrong_total', rowOf[rows.length - 2], 1); tgt(t, 'growth_mismatch', rowOf[rows.length - 1], 5); tgt(t, 'digit_swap', rowOf[2], 2);
  return t;
}

// 7. 进出口 按国别（地区）: 洲 sums to 总计; countries 其中 under continents
function tTradeCountry(v) {
  const t = Table('按国别地区');
  const cont = [['亚洲', ['日本', '韩国', '东盟', '中国香港', '中国台湾']], ['非洲', ['南非', '尼日利亚']], ['欧洲', ['欧盟', '俄罗斯', '英国']], ['拉丁美洲', ['巴西', '墨西哥']], ['北美洲', ['美国', '加拿大']], ['大洋洲', ['澳大利亚', '新西兰']]];
  const w = { 亚洲: 45, 非洲: 5, 欧洲: 20, 拉丁美洲: 7, 北美洲: 18, 大洋洲: 5 };
  const base = U(50000, 800000);
  const mk = (n, tt) => { const ex = tt * U(0.35, 0.8); const d = { n, ex, im: tt - ex }; d.ex0 = d.ex / (1 + U(-0.2, 0.3)); d.im0 = d.im / (1 + U(-0.2, 0.3)); return d; };
  const C = cont.map(([n, cs]) => { const tt = base * w[n] / 100 * U(0.7, 1.3); const c = mk(n, tt); const rem = U(0.2, 0.6); const sub = cs.slice(0, I(1, cs.length)); const shares = sub.map(() => U(0.5, 1.5)); const S = shares.reduce((a, b) => a + b, 0); c.sub = sub.map((sn, i) => { const x = { n: sn }; const f = (1 - rem) * shares[i] / S; x.ex = c.ex * f * U(0.85, 1.1); x.im = c.im * f * U(0.85, 1.1); x.ex0 = x.ex / (1 + U(-0.25, 0.3)); x.im0 = x.im / (1 + U(-0.25, 0.3)); return x; }); return c; });
  const tot = { n: v.totalLabel, ex: sum(C, 'ex'), im: sum(C, 'im'), ex0: sum(C, 'ex0'), im0: sum(C, 'im0') };
  const yi = v.yi, f = (x) => yi ? R(x / 10000, 2) : Math.round(x), d = yi ? 2 : 0, u = yi ? '亿美元' : '万美元';
  title(t, `${v.year}年${v.city}对主要国家（地区）进出口`, 7, `单位：${u}`, v.unitInA);
  put(t, 2, 0, '国家（地区）'); put(t, 2, 1, '进出口总额'); put(t, 2, 2, '出口'); put(t, 2, 3, '进口'); put(t, 2, 4, '进出口比上年增长（%）'); put(t, 2, 5, '出口比上年增长（%）'); put(t, 2, 6, '占进出口总额比重（%）');
  let r = 3; const rowOf = {};
  const emit = (x, name, lvl) => {
    const tt = x.ex + x.im, tt0 = x.ex0 + x.im0;
    if (lvl) label(t, r, name, v.indent || 'space', lvl); else put(t, r, 0, name);
    put(t, r, 1, f(tt), d); put(t, r, 2, f(x.ex), d); put(t, r, 3, f(x.im), d); put(t, r, 4, R(gr(tt0, tt), 1), 1); put(t, r, 5, R(gr(x.ex0, x.ex), 1), 1);
    put(t, r, 6, R(tt / (tot.ex + tot.im) * 100, 1), 1); rowOf[x.n] = r; r++;
  };
  emit(tot, tot.n, 0);
  for (const c of C) { emit(c, c.n, v.indent ? 1 : 0); c.sub.forEach((s, i) => emit(s, (i === 0 ? '其中：' : '') + s.n, v.indent ? 2 : 1)); }
  put(t, r, 0, '注：东盟、欧盟按现有成员国统计；增长速度按美元计价计算。');
  tgt(t, 'wrong_total', rowOf['欧洲'], 1); tgt(t, 'rate_mismatch', rowOf['亚洲'], 6); tgt(t, 'part_changed', rowOf['北美洲'], 2);
  tgt(t, 'subpart_exceeds', rowOf[C[0].sub[0].n], 1, { whole: [rowOf['亚洲'], 1] }); tgt(t, 'balance_mismatch', rowOf['非洲'], 3);
  return t;
}

// 8. 主要商品出口 (overlapping 其中 categories), 本年 上年 增长 占比
function tExportCommodity(v) {
  const t = Table('主要出口商品');
  const tot1 = U(30000, 600000), tot0 = tot1 / (1 + U(-0.1, 0.2));
  const items = [['机电产品', U(0.45, 0.65)], ['高新技术产品', U(0.2, 0.35)], ['劳动密集型产品', U(0.15, 0.3)], ['农产品', U(0.03, 0.1)], ['服装及衣着附件', U(0.05, 0.12)], ['纺织纱线、织物及其制品', U(0.04, 0.1)], ['钢材', U(0.01, 0.05)], ['汽车零配件', U(0.02, 0.06)], ['灯具、照明装置及其零件', U(0.01, 0.04)], ['医药材及药品', U(0.005, 0.03)]];
  const sel = items.filter((x, i) => i < 3 || rng() < 0.7);
  const rows = sel.map(([n, s]) => { const x1 = tot1 * s; return { n, x1, x0: x1 / (1 + U(-0.25, 0.35)) }; });
  const yi = v.yi, f = (x) => yi ? R(x / 10000, 2) : Math.round(x), d = yi ? 2 : 0, u = yi ? '亿美元' : '万美元';
  title(t, `${v.year}年${v.city}主要商品出口情况`, 5, `单位：${u}`, v.unitInA);
  put(t, 2, 0, '商品名称'); put(t, 2, 1, `${v.year}年`); put(t, 2, 2, `${v.year - 1}年`); put(t, 2, 3, '比上年增长（%）'); put(t, 2, 4, '占出口总额比重（%）');
  let r = 3; const rowOf = {};
  put(t, r, 0, '出口总额'); put(t, r, 1, f(tot1), d); put(t, r, 2, f(tot0), d); put(t, r, 3, R(gr(tot0, tot1), 1), 1); put(t, r, 4, 100, 1); rowOf.tot = r; r++;
  rows.forEach((x, i) => { label(t, r, (i === 0 ? '其中：' : '') + x.n, v.indent || 'space', 1); put(t, r, 1, f(x.x1), d); put(t, r, 2, f(x.x0), d); put(t, r, 3, R(gr(x.x0, x.x1), 1), 1); put(t, r, 4, R(x.x1 / tot1 * 100, 1), 1); rowOf[x.n] = r; r++; });
  put(t, r, 0, '注：机电产品、高新技术产品、劳动密集型产品有交叉，不能相加。');
  tgt(t, 'growth_mismatch', rowOf['劳动密集型产品'], 3); tgt(t, 'rate_mismatch', rowOf['高新技术产品'], 4);
  tgt(t, 'subpart_exceeds', rowOf['机电产品'], 1, { whole: [rowOf.tot, 1] }); tgt(t, 'digit_swap', rowOf['农产品'], 1);
  return t;
}

// 9. 商品房销售 by type with 均价
function tSalesByType(v) {
  const t = Table('商品房销售');
  const types = [['住宅', U(0.75, 0.9), U(0.9, 1.1)], ['办公楼', U(0.01, 0.04), U(0.9, 1.4)], ['商业营业用房', U(0.04, 0.12), U(1.1, 1.8)]];
  if (v.withOther) types.push(['其他', U(0.02, 0.08), U(0.2, 0.5)]);
  else { const S = types.reduce((a, b) => a + b[1], 0), k = U(0.9, 0.97) / S; if (S > 0.97) types.forEach((x) => (x[1] *= k)); }
  const A1 = U(30, 400), P = U(5000, 14000);
  const rows = types.map(([n, s, pm]) => { const a1 = A1 * s; const a0 = a1 / (1 + U(-0.3, 0.15)); const p1 = P * pm * U(0.95, 1.05); return { n, a1, a0, v1: a1 * p1 / 10000, v0: a0 * p1 * U(0.95, 1.08) / 10000 }; });
  const tot = { n: '商品房', a1: v.withOther ? sum(rows, 'a1') : A1, a0: v.withOther ? sum(rows, 'a0') : sum(rows, 'a0') / U(0.85, 0.95), v1: v.withOther ? sum(rows, 'v1') : sum(rows, 'v1') / U(0.9, 0.96), v0: 0 };
  tot.v0 = v.withOther ? sum(rows, 'v0') : sum(rows, 'v0') / U(0.9, 0.96);
  title(t, `${v.year}年${v.city}商品房销售情况`, 7);
  put(t, 1, 0, '类别'); put(t, 1, 1, '销售面积（万平方米）'); put(t, 1, 4, '销售额（亿元）'); put(t, 1, 6, '平均销售价格（元/平方米）');
  put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, '增长（%）'); put(t, 2, 4, `${v.year}年`); put(t, 2, 5, '增长（%）');
  t.merges.push('A2:A3', 'B2:D2', 'E2:F2', 'G2:G3');
  let r = 3; const rowOf = {};
  const emit = (x, name, lvl) => {
    if (lvl) label(t, r, name, v.indent || 'space', lvl); else put(t, r, 0, name);
    put(t, r, 1, R(x.a0, 2), 2); put(t, r, 2, R(x.a1, 2), 2); put(t, r, 3, R(gr(x.a0, x.a1), 1), 1); put(t, r, 4, R(x.v1, 2), 2); put(t, r, 5, R(gr(x.v0, x.v1), 1), 1);
    put(t, r, 6, Math.round(x.v1 * 10000 / x.a1), 0); rowOf[x.n] = r; r++;
  };
  emit(tot, '商品房', 0); rows.forEach((x, i) => emit(x, (i === 0 ? '其中：' : '') + x.n, 1));
  put(t, r, 0, '注：平均销售价格=销售额÷销售面积。');
  if (v.withOther) tgt(t, 'wrong_total', rowOf['商品房'], 2);
  tgt(t, 'growth_mismatch', rowOf['住宅'], 3); tgt(t, 'avg_mismatch', rowOf['办公楼'], 6); tgt(t, 'decimal_shift', rowOf['商业营业用房'], 2); tgt(t, 'subpart_exceeds', rowOf['住宅'], 4, { whole: [rowOf['商品房'], 4] });
  return t;
}

// 10. 规上工业 月度 当月/累计
function tIndMonthly(v) {
  const t = Table('工业月度');
  const ms = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const base = U(20000, 300000); let cum = 0, cum0 = 0; const rows = [];
  for (const mo of ms) { const cur = base * (mo === 2 ? U(1.6, 1.9) : U(0.9, 1.15)); const cur0 = cur / (1 + U(-0.05, 0.15)); cum += cur; cum0 += cur0; rows.push({ n: mo === 2 ? '1-2月' : `${mo}月`, cur, cum, g: gr(cum0, cum), gc: gr(cur0, cur) }); }
  const yi = v.yi, f = (x) => yi ? R(x / 10000, 2) : Math.round(x), d = yi ? 2 : 0, u = yi ? '亿元' : '万元';
  title(t, `${v.year}年${v.city}规模以上工业总产值（分月）`, 5, `单位：${u}`, v.unitInA);
  put(t, 2, 0, '月份'); put(t, 2, 1, '当月'); put(t, 2, 2, '当月同比增长（%）'); put(t, 2, 3, '1-本月累计'); put(t, 2, 4, '累计同比增长（%）');
  let r = 3; const rowOf = {};
  for (const x of rows) { put(t, r, 0, x.n); put(t, r, 1, f(x.cur), d); put(t, r, 2, R(x.gc, 1), 1); put(t, r, 3, f(x.cum), d); put(t, r, 4, R(x.g, 1), 1); rowOf[x.n] = r; r++; }
  put(t, r, 0, '注：1、2月合并。');
  tgt(t, 'cum_mismatch', rowOf['7月'], 3); tgt(t, 'digit_swap', rowOf['9月'], 1); tgt(t, 'decimal_shift', rowOf['5月'], 3);
  return t;
}

// 11. 主要工业产品产量
function tProducts(v) {
  const t = Table('主要产品产量');
  const P = [['原煤', '万吨'], ['水泥', '万吨'], ['商品混凝土', '万立方米'], ['钢材', '万吨'], ['发电量', '亿千瓦时'], ['饲料', '吨'], ['精制食用植物油', '吨'], ['鲜、冷藏肉', '吨'], ['服装', '万件'], ['纱', '吨'], ['化学农药原药', '吨'], ['中成药', '吨'], ['塑料制品', '吨'], ['汽车', '辆'], ['电子元件', '万只'], ['家具', '件'], ['机制纸及纸板', '吨'], ['平板玻璃', '万重量箱']];
  const sel = P.filter(() => rng() < 0.6);
  title(t, `${v.year}年${v.city}规模以上工业主要产品产量`, 5);
  put(t, 1, 0, '产品名称'); put(t, 1, 1, '计量单位'); put(t, 1, 2, `${v.year}年`); put(t, 1, 3, `${v.year - 1}年`); put(t, 1, 4, '增长（%）');
  let r = 2; const rowOf = {}; const names = [];
  for (const [n, u] of sel) {
    const big = u === '吨' || u === '辆' || u === '件';
    const x1 = big ? U(500, 200000) : U(1, 800), x0 = x1 / (1 + U(-0.3, 0.4));
    const dd = big ? 0 : 2; put(t, r, 0, n); put(t, r, 1, u); put(t, r, 2, R(x1, dd), dd);
    if (rng() < 0.08) { put(t, r, 3, DASH()); put(t, r, 4, DASH()); } else { put(t, r, 3, R(x0, dd), dd); put(t, r, 4, R(gr(x0, x1), 1), 1); names.push(n); }
    rowOf[n] = r; r++;
  }
  put(t, r, 0, '注：“—”表示上年无产量。');
  if (names.length) { tgt(t, 'growth_mismatch', rowOf[names[0]], 4); tgt(t, 'digit_swap', rowOf[names[names.length - 1]], 2); }
  return t;
}

// 12. 分县区 建筑业: 总产值, 施工面积 其中 新开工, 竣工
function tConstrDistrict(v) {
  const t = Table('分县区建筑业');
  const m = money(v);
  const ds = shuffle(DISTRICTS).slice(0, v.n);
  const rows = ds.map((n) => { const cnt = I(3, 60); const a = cnt * U(2, 10); return { n, cnt, out: cnt * U(3000, 15000), a, na: a * U(0.2, 0.55), ca: a * U(0.1, 0.4) }; });
  const tot = { n: v.totalLabel, cnt: sum(rows, 'cnt'), out: sum(rows, 'out'), a: sum(rows, 'a'), na: sum(rows, 'na'), ca: sum(rows, 'ca') };
  title(t, `${v.year}年各县（市、区）建筑业主要指标`, 6);
  put(t, 1, 0, '地区'); put(t, 1, 1, '企业单位数（个）'); put(t, 1, 2, `建筑业总产值（${m.u}）`); put(t, 1, 3, '房屋施工面积（万平方米）'); put(t, 1, 5, '房屋竣工面积（万平方米）');
  put(t, 2, 3, '合计'); put(t, 2, 4, '其中：新开工'); t.merges.push('A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const x of all) {
    if (x === tot) put(t, r, 0, x.n); else label(t, r, x.n, v.indent, 1);
    put(t, r, 1, x.cnt, 0); put(t, r, 2, m.f(x.out), m.d); put(t, r, 3, R(x.a, 2), 2); put(t, r, 4, R(x.na, 2), 2); put(t, r, 5, R(x.ca, 2), 2); rowOf[x.n] = r; r++;
  }
  tgt(t, 'wrong_total', rowOf[tot.n], 2); tgt(t, 'subpart_exceeds', rowOf[ds[1]], 4, { whole: [rowOf[ds[1]], 3] }); tgt(t, 'part_changed', rowOf[ds[0]], 5); tgt(t, 'digit_swap', rowOf[ds[2]], 3);
  return t;
}

// 13. 房地产开发投资 按用途 / 按构成, 其中 土地购置费
function tREInvest(v) {
  const t = Table('房地产开发投资');
  const T1 = U(50000, 800000);
  const use = [['住宅', U(0.65, 0.8)], ['办公楼', U(0.01, 0.05)], ['商业营业用房', U(0.05, 0.12)]]; let s = use.reduce((a, b) => a + b[1], 0); use.push(['其他', 1 - s]);
  const cons = [['建筑工程', U(0.4, 0.55)], ['安装工程', U(0.03, 0.08)], ['设备工器具购置', U(0.005, 0.02)]]; s = cons.reduce((a, b) => a + b[1], 0); cons.push(['其他费用', 1 - s]);
  const mk = ([n, sh]) => { const x1 = T1 * sh; return { n, x1, x0: x1 / (1 + U(-0.3, 0.2)) }; };
  const U_ = use.map(mk), C_ = cons.map(mk);
  const land = { n: '土地购置费', x1: C_[3].x1 * U(0.6, 0.9) }; land.x0 = land.x1 / (1 + U(-0.35, 0.2));
  const tot = { n: '房地产开发投资', x1: T1, x0: sum(U_, 'x0') };
  // make construction breakdown consistent with the same previous-year total
  const sc = tot.x0 / sum(C_, 'x0'); C_.forEach((c) => (c.x0 *= sc)); if (land.x0 > C_[3].x0) land.x0 = C_[3].x0 * 0.8;
  const m = money(v);
  title(t, `${v.year}年${v.city}房地产开发投资情况`, 5, `单位：${m.u}`, v.unitInA);
  put(t, 2, 0, '指标'); put(t, 2, 1, `${v.year}年`); put(t, 2, 2, `${v.year - 1}年`); put(t, 2, 3, '比上年增长（%）'); put(t, 2, 4, '占投资比重（%）');
  let r = 3; const rowOf = {};
  const emit = (x, name, lvl, key) => { if (lvl) label(t, r, name, v.indent || 'space', lvl); else put(t, r, 0, name); put(t, r, 1, m.f(x.x1), m.d); put(t, r, 2, m.f(x.x0), m.d); put(t, r, 3, R(gr(x.x0, x.x1), 1), 1); put(t, r, 4, R(x.x1 / T1 * 100, 1), 1); rowOf[key || x.n] = r; r++; };
  emit(tot, tot.n, 0);
  put(t, r, 0, '按工程用途分'); r++; U_.forEach((x) => emit(x, x.n, 1, 'u' + x.n));
  put(t, r, 0, '按构成分'); r++; C_.forEach((x) => emit(x, x.n, 1, 'c' + x.n));
  emit(land, '其中：土地购置费', 2, 'land');
  tgt(t, 'wrong_total', rowOf[tot.n], 2); tgt(t, 'subpart_exceeds', rowOf.land, 1, { whole: [rowOf['c其他费用'], 1] }); tgt(t, 'rate_mismatch', rowOf['u商业营业用房'], 4);
  tgt(t, 'growth_mismatch', rowOf['c建筑工程'], 3); tgt(t, 'part_changed', rowOf['u住宅'], 1);
  return t;
}

const BUILDERS = { indbyind: tIndByIndustry, indown: tIndOwnership, inddist: tIndDistrict, constr: tConstruction, remonthly: tREMonthly, tradeseries: tTradeSeries, tradecountry: tTradeCountry, exportcomm: tExportCommodity, salestype: tSalesByType, indmonthly: tIndMonthly, products: tProducts, constrdist: tConstrDistrict, reinvest: tREInvest };
const CITIES = ['宁安市', '清河县', '江阳市', '青州市', '平原县', '武陵市', '安丰县', '永济市', '长兴县'];
function variant() {
  return { year: pick([2021, 2022, 2023, 2024]), city: pick(CITIES), totalTop: rng() < 0.65, totalLabel: pick(['合计', '总计', '全市', '全县']), indent: pick(['space', 'align', null, 'ascii']), n: 5 + Math.floor(rng() * 8), yi: rng() < 0.4, wd: pick([0, 0, 1]), qizhong: rng() < 0.6, unitInA: rng() < 0.5, yearSuffix: rng() < 0.5, withOther: rng() < 0.5 };
}
function swapDigits(x) {
  const s = String(x); const idx = [];
  for (let i = 0; i < s.length - 1; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null; const i = idx[Math.floor(idx.length / 2)];
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function plant(t, kind) {
  const cands = t.targets[kind]; if (!cands || !cands.length) return null;
  const tg = pick(cands); const orig = t.grid[tg.r][tg.c]; const d = t.dec[tg.r + ',' + tg.c] || 0;
  if (typeof orig !== 'number') return null; let nv;
  switch (kind) {
    case 'wrong_total': nv = R(orig + pick([-1, 1]) * Math.max(Math.pow(10, -d) * 7, Math.abs(orig) * U(0.015, 0.05)), d); break;
    case 'part_changed': nv = R(orig + Math.max(Math.abs(orig) * U(0.05, 0.15), Math.pow(10, -d) * 9), d); break;
    case 'growth_mismatch': nv = R(orig + pick([-1, 1]) * U(2.5, 6), d); break;
    case 'rate_mismatch': nv = R(orig + pick([-1, 1]) * U(2, 6), d); break;
    case 'avg_mismatch': nv = Math.round(orig * (1 + pick([-1, 1]) * U(0.05, 0.1))); break;
    case 'balance_mismatch': nv = R(orig + pick([-1, 1]) * Math.max(Math.abs(orig) * U(0.04, 0.1), Math.pow(10, -d) * 50), d); break;
    case 'balance_sign': nv = -orig; break;
    case 'cum_mismatch': nv = R(orig * (1 + U(0.02, 0.04)), d); break;
    case 'digit_swap': nv = swapDigits(orig); break;
    case 'decimal_shift': nv = R(orig * (rng() < 0.5 ? 10 : 0.1), d + 1); break;
    case 'subpart_exceeds': { const w = t.grid[tg.whole[0]][tg.whole[1]]; nv = R(w * U(1.05, 1.2), d); break; }
  }
  if (nv === null || nv === undefined || !isFinite(nv) || nv === orig) return null;
  t.grid[tg.r][tg.c] = nv;
  return { cell: addr(tg.r, tg.c), original: orig, planted: nv, kind };
}
async function write(t, file) {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet(t.sheetName);
  t.grid.forEach((row, r) => (row || []).forEach((v, c) => {
    if (v === undefined || v === null) return;
    const cell = ws.getCell(r + 1, c + 1); cell.value = v; const d = t.dec[r + ',' + c];
    if (typeof v === 'number') cell.numFmt = d ? '0.' + '0'.repeat(d) : (d === 0 ? '0' : 'General');
    if (c === 0 && t.indent[r]) cell.alignment = { indent: t.indent[r] };
  }));
  for (const m of t.merges) { try { ws.mergeCells(m); } catch (e) { } }
  ws.getColumn(1).width = 30;
  await wb.xlsx.writeFile(file);
}
(async () => {
  const manifest = []; let n = 0;
  for (const [name, fn] of Object.entries(BUILDERS)) {
    const nClean = PROBE || (['indbyind', 'indown', 'tradecountry', 'exportcomm', 'reinvest', 'constr'].includes(name) ? 2 : 1);
    for (let i = 0; i < nClean; i++) { const v = variant(); const t = fn(v); const file = `${name}_clean${i + 1}.xlsx`; await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: true, variant: v }); n++; }
    if (PROBE) continue;
    const ks = shuffle(Object.keys(fn(variant()).targets));
    const PRI = ['balance_sign', 'cum_mismatch', 'avg_mismatch'];
    ks.sort((a, b) => PRI.includes(b) - PRI.includes(a));
    const avail = ks.slice(0, 2);
    let j = 0;
    for (const k of avail) {
      let rec = null, t, v;
      for (let tries = 0; tries < 10 && !rec; tries++) { v = variant(); t = fn(v); rec = plant(t, k); }
      if (!rec) continue;
      const file = `${name}_${k}${++j}.xlsx`; await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: false, ...rec, variant: v }); n++;
    }
  }
  fs.writeFileSync(process.env.MANIFEST || path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', n, 'workbooks;', manifest.filter((m) => m.clean).length, 'clean,', manifest.filter((m) => !m.clean).length, 'planted');
})();
