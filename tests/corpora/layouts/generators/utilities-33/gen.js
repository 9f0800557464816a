// generator of clean workbooks: node gen.js
const fs = require('fs'), path = require('path');
const { rng, setSeed, rd, U, pick, Book, table, twoPeriod } = require('./lib');
const DIR = __dirname;

const REGIONS = [
  ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市'],
  ['临川区', '东乡区', '南城县', '黎川县', '南丰县', '崇仁县', '乐安县', '宜黄县', '金溪县', '资溪县', '广昌县'],
  ['市辖区', '安宁市', '晋宁区', '富民县', '宜良县', '石林县', '嵩明县'],
  ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'],
  ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市'],
  ['鼓楼区', '台江区', '仓山区', '马尾区', '晋安区', '长乐区', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县', '福清市'],
  ['南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '连云港市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '宿迁市'],
];
const TOT = ['合计', '全市', '总计', '全省', '全县', '合  计'];
const Y = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];

function header(S, title, unit, ncol, o = {}) {
  S.line(title, ncol, { merge: o.merge !== false });
  if (o.blank) S.r++;
  if (unit) S.line(unit, ncol, { right: true });
}
function notes(S, arr) { S.r++; for (const n of arr) S.line(n, 1); }
const totLabel = v => v.totalLabel || pick(TOT);

// ---------- urban construction ----------
function waterRegion(S, v) {
  const d = v.dec ?? 0;
  const cols = [
    { h: ['综合生产能力（万立方米/日）'], key: 'cap', dec: 1, sum: true },
    { h: ['供水管道长度（公里）'], key: 'pipe', dec: 1, sum: true },
    { h: ['供水总量（万立方米）'], key: 'tot', dec: d, sum: true, kind: 'sumd', fn: o => o.sold + o.free + o.loss },
    { h: ['售水量（万立方米）', '小计'], key: 'sold', dec: d, sum: true, kind: 'sumd', fn: o => o.prod + o.pub + o.home + o.oth },
    { h: ['售水量（万立方米）', '生产运营用水'], key: 'prod', dec: d, sum: true },
    { h: ['售水量（万立方米）', '公共服务用水'], key: 'pub', dec: d, sum: true },
    { h: ['售水量（万立方米）', '居民家庭用水'], key: 'home', dec: d, sum: true },
    { h: ['售水量（万立方米）', '其他用水'], key: 'oth', dec: d, sum: true },
    { h: ['免费供水量（万立方米）'], key: 'free', dec: d, sum: true },
    { h: ['漏损水量（万立方米）'], key: 'loss', dec: d, sum: true },
  ];
  if (v.pop) cols.push({ h: ['城区人口（万人）'], key: 'pop', dec: 2, sum: true });
  cols.push({ h: ['用水人口（万人）'], key: 'upop', dec: 2, sum: true });
  if (v.pop) cols.push({ h: ['用水普及率（%）'], key: 'rate', dec: 2, kind: 'rate', fn: o => o.upop / o.pop * 100 });
  cols.push({ h: ['人均日生活用水量（升）'], key: 'pc', dec: 2, kind: 'percap', fn: o => (o.pub + o.home) * 1e7 / (o.upop * 1e4) / 365 });
  const rows = v.regions.map(l => {
    const pop = rd(U(8, 120), 2), upop = rd(pop * U(0.93, 1), 2);
    const home = rd(upop * U(45, 70), d);
    return { label: l, level: 0, o: { cap: rd(upop * U(0.3, 0.6), 1), pipe: rd(upop * U(8, 20), 1), prod: rd(home * U(0.3, 1.1), d), pub: rd(home * U(0.2, 0.5), d), home, oth: rd(home * U(0.01, 0.1), d), free: rd(home * U(0.005, 0.03), d), loss: rd(home * U(0.1, 0.25), d), pop, upop } };
  });
  header(S, v.title || '城市供水情况（' + (v.year || '2024') + '年）', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: v.first || '地  区', totalPos: v.totalPos || 'top', totalLabel: totLabel(v), sumKeys: ['pop'], keyDec: { pop: 2 } });
  notes(S, ['注：供水总量=售水量+免费供水量+漏损水量。', '资料来源：市住房和城乡建设局。']);
}

function gasRegion(S, v) {
  const cols = [
    { h: ['天然气', '供气总量（万立方米）'], key: 'ng', dec: 1, sum: true },
    { h: ['天然气', '#居民家庭'], key: 'ngh', dec: 1, sum: true, kind: 'partcol', of: 'ng' },
    { h: ['天然气', '用气人口（万人）'], key: 'ngp', dec: 2, sum: true },
    { h: ['液化石油气', '供气总量（吨）'], key: 'lpg', dec: 0, sum: true, marker: '—' },
    { h: ['液化石油气', '#居民家庭'], key: 'lpgh', dec: 0, sum: true, kind: 'partcol', of: 'lpg', marker: '—' },
    { h: ['液化石油气', '用气人口（万人）'], key: 'lpgp', dec: 2, sum: true, marker: '—' },
    { h: ['城区人口（万人）'], key: 'pop', dec: 2, sum: true },
    { h: ['燃气普及率（%）'], key: 'rate', dec: v.rdec ?? 2, kind: 'rate', fn: o => ((o.ngp || 0) + (o.lpgp || 0)) / o.pop * 100 },
  ];
  const rows = v.regions.map((l, i) => {
    const pop = rd(U(6, 90), 2), ngp = rd(pop * U(0.6, 0.9), 2);
    const none = i === 1 && v.gap;
    const lpgp = none ? null : rd((pop - ngp) * U(0.5, 0.95), 2);
    const ng = rd(ngp * U(60, 300), 1), lpg = none ? null : rd(lpgp * U(50, 200), 0);
    return { label: l, level: 0, o: { ng, ngh: rd(ng * U(0.15, 0.45), 1), ngp, lpg, lpgh: none ? null : rd(lpg * U(0.5, 0.9), 0), lpgp, pop } };
  });
  header(S, v.title || '城市燃气情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'bottom', totalLabel: totLabel(v) });
  notes(S, ['注：“#”表示其中的主要项。燃气普及率=（天然气用气人口+液化石油气用气人口）/城区人口×100%。']);
}

function heatRegion(S, v) {
  const cols = [
    { h: ['供热能力', '蒸汽（吨/小时）'], key: 'st', dec: 0, sum: true, marker: '—' },
    { h: ['供热能力', '热水（兆瓦）'], key: 'hw', dec: 0, sum: true },
    { h: ['管道长度（公里）'], key: 'pipe', dec: 1, sum: true },
    { h: ['集中供热面积（万平方米）', '合计'], key: 'area', dec: 1, sum: true, kind: 'sumd', fn: o => o.res + o.pubb + o.oth },
    { h: ['集中供热面积（万平方米）', '住宅'], key: 'res', dec: 1, sum: true },
    { h: ['集中供热面积（万平方米）', '公共建筑'], key: 'pubb', dec: 1, sum: true },
    { h: ['集中供热面积（万平方米）', '其他'], key: 'oth', dec: 1, sum: true },
  ];
  if (v.share) cols.push({ h: ['住宅占比（%）'], key: 'sh', dec: 1, kind: 'share', fn: o => o.res / o.area * 100 });
  const rows = v.regions.map((l, i) => {
    const res = rd(U(80, 2500), 1);
    return { label: l, level: 0, o: { st: i % 3 === 2 ? null : rd(U(20, 400), 0), hw: rd(res * U(0.4, 0.8), 0), pipe: rd(res * U(0.2, 0.5), 1), res, pubb: rd(res * U(0.2, 0.5), 1), oth: rd(res * U(0.01, 0.08), 1) } };
  });
  header(S, v.title || '城市集中供热情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'top', totalLabel: totLabel(v) });
}

function roadRegion(S, v) {
  const cols = [
    { h: ['道路长度（公里）'], key: 'len', dec: 1, sum: true },
    { h: ['道路面积（万平方米）'], key: 'area', dec: 1, sum: true },
    { h: ['其中：人行道面积'], key: 'walk', dec: 1, sum: true, kind: 'partcol', of: 'area' },
    { h: ['桥梁（座）'], key: 'br', dec: 0, sum: true },
    { h: ['其中：立交桥'], key: 'ibr', dec: 0, sum: true, kind: 'partcol', of: 'br' },
    { h: ['道路照明灯（盏）'], key: 'lamp', dec: 0, sum: true, comma: true },
    { h: ['城区人口（万人）'], key: 'pop', dec: 2, sum: true },
    { h: ['人均城市道路面积（平方米）'], key: 'pc', dec: 2, kind: 'percap', fn: o => o.area / o.pop },
  ];
  const rows = v.regions.map(l => {
    const pop = rd(U(5, 100), 2), area = rd(pop * U(12, 28), 1), len = rd(area * U(0.05, 0.09), 1);
    const br = Math.round(U(5, 160));
    return { label: l, level: 0, o: { len, area, walk: rd(area * U(0.15, 0.3), 1), br, ibr: Math.round(br * U(0.03, 0.2)), lamp: Math.round(len * U(30, 80)), pop } };
  });
  header(S, v.title || '城市道路和桥梁', v.unitLine, cols.length + 1);
  table(S, cols, rows, { firstHdr: v.first || '县（市、区）', totalPos: v.totalPos || 'top', totalLabel: totLabel(v), colNums: v.colNums });
  notes(S, ['注：人均城市道路面积按城区人口计算。']);
}

function greenRegion(S, v) {
  const cols = [
    { h: ['建成区面积（平方公里）'], key: 'bu', dec: 2, sum: true },
    { h: ['绿化覆盖面积（公顷）'], key: 'cov', dec: 0, sum: true },
    { h: ['#建成区'], key: 'bcov', dec: 0, sum: true, kind: 'partcol', of: 'cov' },
    { h: ['绿地面积（公顷）'], key: 'gr', dec: 0, sum: true },
    { h: ['#公园绿地'], key: 'park', dec: 0, sum: true, kind: 'partcol', of: 'gr' },
    { h: ['公园个数（个）'], key: 'np', dec: 0, sum: true },
    { h: ['建成区绿化覆盖率（%）'], key: 'crate', dec: v.rdec ?? 2, kind: 'rate', fn: o => o.bcov / (o.bu * 100) * 100 },
  ];
  if (v.pc) { cols.splice(6, 0, { h: ['城区人口（万人）'], key: 'pop', dec: 2, sum: true }); cols.push({ h: ['人均公园绿地面积（平方米）'], key: 'pc', dec: 2, kind: 'percap', fn: o => o.park / o.pop }); }
  const rows = v.regions.map(l => {
    const bu = rd(U(10, 180), 2), bcov = Math.round(bu * 100 * U(0.36, 0.45));
    const gr = Math.round(bcov * U(0.85, 0.95)), pop = rd(bu * U(0.6, 1.1), 2);
    return { label: l, level: 0, o: { bu, cov: Math.round(bcov * U(1.05, 1.4)), bcov, gr, park: Math.round(Math.min(gr * 0.6, pop * U(10, 16))), np: Math.round(U(3, 60)), pop } };
  });
  header(S, v.title || '城市园林绿化情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'top', totalLabel: totLabel(v) });
  notes(S, ['注：建成区绿化覆盖率=建成区绿化覆盖面积/建成区面积×100%；“#”为其中项。']);
}

function sewageRegion(S, v) {
  const cols = [
    { h: ['污水排放量（万立方米）'], key: 'dis', dec: v.dec ?? 0, sum: true },
    { h: ['污水处理厂', '座数（座）'], key: 'n', dec: 0, sum: true, marker: v.marker || '—' },
    { h: ['污水处理厂', '处理能力（万立方米/日）'], key: 'cap', dec: 1, sum: true, marker: v.marker || '—' },
    { h: ['污水处理总量（万立方米）'], key: 'tr', dec: v.dec ?? 0, sum: true },
    { h: ['#污水处理厂集中处理量'], key: 'plant', dec: v.dec ?? 0, sum: true, kind: 'partcol', of: 'tr' },
    { h: ['污水处理率（%）'], key: 'rate', dec: v.rdec ?? 2, kind: 'rate', fn: o => o.tr / o.dis * 100 },
    { h: ['污泥处置量（吨）'], key: 'sl', dec: 0, sum: true, comma: true },
  ];
  const d = v.dec ?? 0;
  const rows = v.regions.map((l, i) => {
    const dis = rd(U(600, 30000), d), tr = rd(dis * U(0.9, 0.99), d);
    const noPlant = v.gap && i === v.regions.length - 1;
    return { label: l, level: 0, o: { dis, n: noPlant ? null : Math.round(U(1, 8)), cap: noPlant ? null : rd(dis / 365 * U(1.05, 1.4), 1), tr, plant: noPlant ? 0 : rd(tr * U(0.85, 0.99), d), sl: Math.round(tr * U(0.5, 1.5)) } };
  });
  header(S, v.title || '城市污水处理情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'bottom', totalLabel: totLabel(v) });
}

function garbageRegion(S, v) {
  const cols = [
    { h: ['生活垃圾清运量（万吨）'], key: 'cl', dec: 2, sum: true },
    { h: ['无害化处理厂（座）'], key: 'n', dec: 0, sum: true },
    { h: ['无害化处理能力（吨/日）'], key: 'cap', dec: 0, sum: true },
    { h: ['无害化处理量（万吨）', '合计'], key: 'hm', dec: 2, sum: true, kind: 'sumd', fn: o => o.lf + o.inc + o.oth },
    { h: ['无害化处理量（万吨）', '卫生填埋'], key: 'lf', dec: 2, sum: true },
    { h: ['无害化处理量（万吨）', '焚烧'], key: 'inc', dec: 2, sum: true },
    { h: ['无害化处理量（万吨）', '其他'], key: 'oth', dec: 2, sum: true },
    { h: ['生活垃圾无害化处理率（%）'], key: 'rate', dec: v.rdec ?? 2, kind: 'rate', fn: o => o.hm / o.cl * 100 },
  ];
  if (v.share) cols.push({ h: ['焚烧处理占比（%）'], key: 'sh', dec: 1, kind: 'share', fn: o => o.inc / o.hm * 100 });
  const rows = v.regions.map(l => {
    const cl = rd(U(3, 120), 2), hm = cl * (rng() < 0.4 ? 1 : U(0.95, 1));
    const inc = rd(hm * U(0.3, 0.8), 2), oth = rd(hm * U(0, 0.05), 2), lf = rd(Math.max(0, hm - inc - oth), 2);
    return { label: l, level: 0, o: { cl, n: Math.round(U(1, 5)), cap: Math.round(cl * 1e4 / 365 * U(1.1, 1.6)), lf, inc, oth } };
  });
  header(S, v.title || '城市市容环境卫生情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'top', totalLabel: totLabel(v) });
}

// year series: urban utilities
function urbanSeries(S, v) {
  const yrs = Y.slice(10 - (v.n || 10));
  let pop = U(60, 300), wt = U(8000, 40000), ng = U(5000, 30000), dis = U(6000, 30000);
  let wr = U(0.9, 0.96), gr = U(0.82, 0.92), sr = U(0.85, 0.92);
  const rows = yrs.map(y => {
    pop *= U(1.0, 1.04); wt *= U(0.98, 1.07); ng *= U(1.02, 1.15); dis *= U(1, 1.05);
    wr = Math.min(0.9995, wr + U(0, 0.01)); gr = Math.min(0.999, gr + U(0, 0.015)); sr = Math.min(0.995, sr + U(0, 0.012));
    const P = rd(pop, 2), D = rd(dis, 0);
    return { label: y + (v.ysuf ?? '年'), level: 0, o: { pop: P, upop: rd(P * wr, 2), wt: rd(wt, 0), home: rd(wt * U(0.35, 0.5), 0), gpop: rd(P * gr, 2), dis: D, tr: rd(D * sr, 0) } };
  });
  const cols = [
    { h: ['城区人口（万人）'], key: 'pop', dec: 2 },
    { h: ['用水人口（万人）'], key: 'upop', dec: 2 },
    { h: ['用水普及率（%）'], key: 'wr', dec: 2, kind: 'rate', fn: o => o.upop / o.pop * 100 },
    { h: ['供水总量（万立方米）'], key: 'wt', dec: 0 },
    { h: ['#居民家庭用水'], key: 'home', dec: 0, kind: 'partcol', of: 'wt' },
    { h: ['供水总量比上年增长（%）'], key: 'wg', dec: 1, kind: 'growth', fn: (o, c) => c.prev ? (o.wt / c.prev.wt - 1) * 100 : null, marker: '—' },
    { h: ['用气人口（万人）'], key: 'gpop', dec: 2 },
    { h: ['燃气普及率（%）'], key: 'grate', dec: 2, kind: 'rate', fn: o => o.gpop / o.pop * 100 },
    { h: ['污水排放量（万立方米）'], key: 'dis', dec: 0 },
    { h: ['污水处理量（万立方米）'], key: 'tr', dec: 0 },
    { h: ['污水处理率（%）'], key: 'srate', dec: v.rdec ?? 2, kind: 'rate', fn: o => o.tr / o.dis * 100 },
  ];
  header(S, v.title || '城市公用事业主要指标（' + yrs[0] + '—' + yrs[yrs.length - 1] + '年）', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '年份', totalPos: null });
}

function greenSeries(S, v) {
  const yrs = Y.slice(10 - (v.n || 10));
  let bu = U(80, 400), cr = U(0.36, 0.4), pop = U(50, 200), pk = U(9, 12);
  const rows = yrs.map(y => {
    bu *= U(1.0, 1.05); cr = Math.min(0.46, cr + U(0, 0.008)); pop *= U(1, 1.03); pk += U(0, 0.5);
    const B = rd(bu, 2), P = rd(pop, 2);
    return { label: y, level: 0, o: { bu: B, bcov: Math.round(B * 100 * cr), pop: P, park: Math.round(P * pk), len: rd(B * U(2.5, 3), 1) } };
  });
  const cols = [
    { h: ['建成区面积（平方公里）'], key: 'bu', dec: 2 },
    { h: ['建成区绿化覆盖面积（公顷）'], key: 'bcov', dec: 0 },
    { h: ['建成区绿化覆盖率（%）'], key: 'cr', dec: v.rdec ?? 2, kind: 'rate', fn: o => o.bcov / o.bu },
    { h: ['公园绿地面积（公顷）'], key: 'park', dec: 0 },
    { h: ['城区人口（万人）'], key: 'pop', dec: 2 },
    { h: ['人均公园绿地面积（平方米）'], key: 'pc', dec: 2, kind: 'percap', fn: o => o.park / o.pop },
    { h: ['道路长度（公里）'], key: 'len', dec: 1 },
    { h: ['道路长度增长（%）'], key: 'lg', dec: 1, kind: 'growth', fn: (o, c) => c.prev ? (o.len / c.prev.len - 1) * 100 : null, marker: '…' },
  ];
  header(S, v.title || '城市建设历年主要指标', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '年  份', totalPos: null });
}

// two-period indicator table for urban construction
function urbanTwo(S, v) {
  const mk = (a, gmin, gmax, d) => { const A = rd(a, d); return { a: A, b: rd(A * U(gmin, gmax), d), dec: d }; };
  const wt = mk(U(10000, 60000), 0.97, 1.08, v.dec ?? 0);
  const home = { a: rd(wt.a * U(0.35, 0.45), wt.dec), b: rd(wt.b * U(0.35, 0.45), wt.dec), dec: wt.dec };
  const prod = { a: rd(wt.a * U(0.2, 0.3), wt.dec), b: rd(wt.b * U(0.2, 0.3), wt.dec), dec: wt.dec };
  const pop = mk(U(50, 300), 1.0, 1.03, 2), upop = { a: rd(pop.a * U(0.95, 0.99), 2), b: rd(pop.b * U(0.96, 0.995), 2), dec: 2 };
  const ur = { a: rd(upop.a / pop.a * 100, 2), b: rd(upop.b / pop.b * 100, 2), dec: 2, rate: true, rateOf: 1 };
  const dis = mk(U(8000, 50000), 0.98, 1.06, 0), tr = { a: rd(dis.a * U(0.9, 0.96), 0), b: rd(dis.b * U(0.93, 0.98), 0), dec: 0 };
  const sr = { a: rd(tr.a / dis.a * 100, 2), b: rd(tr.b / dis.b * 100, 2), dec: 2, rate: true, rateOf: 1 };
  const cl = mk(U(20, 200), 0.98, 1.06, 2), hm = { a: cl.a, b: cl.b, dec: 2 };
  const hr = { a: 100, b: 100, dec: 2, rate: true };
  const rows = [
    Object.assign({ label: '城区人口', unit: '万人' }, pop),
    Object.assign({ label: '用水人口', unit: '万人' }, upop),
    Object.assign({ label: '用水普及率', unit: '%' }, ur),
    Object.assign({ label: '综合生产能力', unit: '万立方米/日' }, mk(U(30, 200), 1, 1.1, 1)),
    Object.assign({ label: '供水总量', unit: '万立方米' }, wt),
    Object.assign({ label: '生产运营用水', unit: '万立方米', level: 1, first: true }, prod),
    Object.assign({ label: '居民家庭用水', unit: '万立方米', level: 1 }, home),
    Object.assign({ label: '道路长度', unit: '公里' }, mk(U(300, 3000), 1, 1.06, 1)),
    Object.assign({ label: '道路面积', unit: '万平方米' }, mk(U(600, 6000), 1, 1.06, 1)),
    Object.assign({ label: '桥梁', unit: '座' }, mk(U(50, 500), 1, 1.05, 0)),
    Object.assign({ label: '污水排放量', unit: '万立方米' }, dis),
    Object.assign({ label: '污水处理量', unit: '万立方米' }, tr),
    Object.assign({ label: '污水处理率', unit: '%' }, sr),
    Object.assign({ label: '生活垃圾清运量', unit: '万吨' }, cl),
    Object.assign({ label: '无害化处理量', unit: '万吨', level: 1, first: true }, hm),
    Object.assign({ label: '生活垃圾无害化处理率', unit: '%' }, hr),
  ];
  rows[5].parent = rows[4]; rows[6].parent = rows[4]; rows[14].parent = rows[13];
  if (rows[9].a === rows[9].b) rows[9].b += 3;
  header(S, v.title || '城市建设主要指标', null, 5);
  twoPeriod(S, ['指  标', '计量单位', '2023年', '2024年', v.ratePP ? '增长（%）/增减（百分点）' : '比上年增长（%）'], rows, { ratePP: v.ratePP, gdec: v.gdec ?? 1, qz: v.qz });
  notes(S, [v.ratePP ? '注：普及率、处理率栏为增减百分点。' : '注：比率指标不计算增长速度，以“—”表示。']);
}

// ---------- public security & justice ----------
const CRIME = [['杀人', 0.002], ['伤害', 0.02], ['抢劫', 0.004], ['强奸', 0.006], ['拐卖妇女儿童', 0.001], ['盗窃', 0.45, [['入室盗窃', 0.15], ['盗窃机动车', 0.03]]], ['诈骗', 0.35, [['电信网络诈骗', 0.8]]], ['其他', 0.17]];
function crimeCat(S, v) {
  const T = U(3000, 60000);
  const rows = [];
  for (const [lab, f, kids] of CRIME) {
    const a = Math.max(1, Math.round(T * f * U(0.8, 1.2))), b = Math.max(1, Math.round(a * U(0.75, 1.1)));
    const p = { label: lab, level: 0, o: { a, b, s: Math.round(b * (lab === '诈骗' ? U(0.3, 0.5) : U(0.6, 0.98))) } };
    rows.push(p);
    if (kids) kids.forEach(([kl, kf], i) => {
      const ka = Math.round(a * kf * U(0.8, 1.05)), kb = Math.round(b * kf * U(0.8, 1.05));
      rows.push({ label: kl, level: 1, first: i === 0, parentRow: p, o: { a: ka, b: kb, s: Math.round(Math.min(kb, p.o.s) * U(0.3, 0.8)) } });
    });
  }
  const cols = [
    { h: ['立案数（起）', '2023年'], key: 'a', dec: 0, sum: true },
    { h: ['立案数（起）', '2024年'], key: 'b', dec: 0, sum: true },
    { h: ['立案数（起）', '增长（%）'], key: 'g', dec: 1, kind: 'growth', fn: o => (o.b / o.a - 1) * 100 },
    { h: ['2024年破案数（起）'], key: 's', dec: 0, sum: true },
    { h: ['破案率（%）'], key: 'r', dec: v.rdec ?? 1, kind: 'rate', fn: o => o.s / o.b * 100 },
    { h: ['构成（%）'], key: 'sh', dec: v.sdec ?? 1, kind: 'share', fn: (o, c) => o.b / c.tot.b * 100 },
  ];
  header(S, v.title || '公安机关刑事案件立案、破案情况', '单位：起、%', cols.length + 1);
  table(S, cols, rows, { firstHdr: '案件类别', totalPos: 'top', totalLabel: v.totalLabel || '刑事案件总数', childStyle: v.childStyle || 'qizhong' });
  notes(S, ['注：破案数含破获以前年度积案。']);
}

function zhianRegion(S, v) {
  const cols = [
    { h: ['受理治安案件（起）'], key: 'acc', dec: 0, sum: true, comma: v.comma },
    { h: ['查处治安案件（起）'], key: 'done', dec: 0, sum: true, comma: v.comma },
    { h: ['查处率（%）'], key: 'r', dec: v.rdec ?? 1, kind: 'rate', fn: o => o.done / o.acc * 100 },
    { h: ['查处违法人员（人）'], key: 'ppl', dec: 0, sum: true },
    { h: ['#行政拘留'], key: 'det', dec: 0, sum: true, kind: 'partcol', of: 'ppl' },
    { h: ['刑事案件立案（起）'], key: 'cr', dec: 0, sum: true },
    { h: ['刑事案件破案（起）'], key: 'cs', dec: 0, sum: true },
    { h: ['破案率（%）'], key: 'cr2', dec: v.rdec ?? 1, kind: 'rate', fn: o => o.cs / o.cr * 100 },
  ];
  const rows = v.regions.map(l => {
    const acc = Math.round(U(300, 9000)), done = Math.round(acc * U(0.85, 0.99)), ppl = Math.round(done * U(0.9, 1.4)), cr = Math.round(U(200, 5000));
    return { label: l, level: 0, o: { acc, done, ppl, det: Math.round(ppl * U(0.3, 0.6)), cr, cs: Math.round(cr * U(0.4, 0.9)) } };
  });
  header(S, v.title || '各县（市、区）治安、刑事案件情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'top', totalLabel: totLabel(v) });
}

const CASES = [['刑事', 0.08], ['民事', 0.55, [['婚姻家庭、继承纠纷', 0.12], ['合同纠纷', 0.6]]], ['行政', 0.02], ['执行', 0.33], ['其他', 0.02]];
function courtCat(S, v) {
  const T = U(8000, 150000);
  const rows = [];
  for (const [lab, f, kids] of CASES) {
    const old = Math.round(T * f * U(0.05, 0.15)), nw = Math.round(T * f * U(0.85, 1.15));
    const p = { label: lab, level: 0, o: { old, nw, fin: Math.round((old + nw) * U(0.85, 0.97)) } };
    rows.push(p);
    if (kids) kids.forEach(([kl, kf], i) => {
      const o2 = Math.round(old * kf * U(0.85, 1.1)), n2 = Math.round(nw * kf * U(0.85, 1.1));
      rows.push({ label: kl, level: 1, first: i === 0, parentRow: p, o: { old: o2, nw: n2, fin: Math.round((o2 + n2) * U(0.85, 0.97)) } });
    });
  }
  const cols = [
    { h: ['收案（件）', '合计'], key: 'all', dec: 0, sum: true, kind: 'sumd', fn: o => o.old + o.nw, comma: v.comma },
    { h: ['收案（件）', '旧存'], key: 'old', dec: 0, sum: true, comma: v.comma },
    { h: ['收案（件）', '新收'], key: 'nw', dec: 0, sum: true, comma: v.comma },
    { h: ['结案（件）'], key: 'fin', dec: 0, sum: true, comma: v.comma },
    { h: ['未结（件）'], key: 'un', dec: 0, sum: true, kind: 'sumd', fn: o => o.all - o.fin, comma: v.comma },
    { h: ['结案率（%）'], key: 'r', dec: v.rdec ?? 2, kind: 'rate', fn: o => o.fin / o.all * 100 },
  ];
  if (v.share) cols.push({ h: ['新收案件构成（%）'], key: 'sh', dec: 2, kind: 'share', fn: (o, c) => o.nw / c.tot.nw * 100 });
  header(S, v.title || '人民法院审理各类案件情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '案件类别', totalPos: 'top', totalLabel: v.totalLabel || '总计', childStyle: v.childStyle || 'qz2' });
  notes(S, ['注：收案合计=旧存+新收；未结=收案合计-结案。']);
}

function courtRegion(S, v) {
  const cols = [
    { h: ['受理案件（件）', '2023年'], key: 'a', dec: 0, sum: true },
    { h: ['受理案件（件）', '2024年'], key: 'b', dec: 0, sum: true },
    { h: ['受理案件（件）', '增长%'], key: 'g', dec: 1, kind: 'growth', fn: o => (o.b / o.a - 1) * 100 },
    { h: ['审结案件（件）', '2024年'], key: 'f', dec: 0, sum: true },
    { h: ['结案率（%）'], key: 'r', dec: v.rdec ?? 1, kind: 'rate', fn: o => o.f / o.b * 100 },
  ];
  const rows = (v.courts || ['市中级人民法院'].concat(v.regions.map(r => r + '人民法院'))).map(l => {
    const a = Math.round(U(2000, 30000));
    const b = Math.round(a * U(0.85, 1.2));
    return { label: l, level: 0, o: { a, b, f: Math.round(b * U(0.88, 0.99)) } };
  });
  header(S, v.title || '全市法院受理、审结案件情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '法院', totalPos: v.totalPos || 'top', totalLabel: totLabel(v) });
}

function lawyerRegion(S, v) {
  const cols = [
    { h: ['律师事务所（个）'], key: 'firm', dec: 0, sum: true },
    { h: ['律师（人）', '合计'], key: 'law', dec: 0, sum: true, kind: 'sumd', fn: o => o.ft + o.pt + o.gov + o.co },
    { h: ['律师（人）', '专职'], key: 'ft', dec: 0, sum: true },
    { h: ['律师（人）', '兼职'], key: 'pt', dec: 0, sum: true, marker: '—' },
    { h: ['律师（人）', '公职'], key: 'gov', dec: 0, sum: true },
    { h: ['律师（人）', '公司'], key: 'co', dec: 0, sum: true },
    { h: ['每万人拥有律师（人）'], key: 'pc', dec: 2, kind: 'percap', fn: o => o.law / o.pop },
    { h: ['常住人口（万人）'], key: 'pop', dec: 2, sum: true },
    { h: ['法律援助案件（件）'], key: 'aid', dec: 0, sum: true },
  ];
  const rows = v.regions.map((l, i) => {
    const pop = rd(U(20, 200), 2), ft = Math.round(pop * U(1, 6));
    return { label: l, level: 0, o: { firm: Math.max(1, Math.round(ft / U(6, 15))), ft, pt: i % 4 === 3 ? 0 : Math.round(U(0, 8)), gov: Math.round(U(2, 40)), co: Math.round(U(0, 20)), pop, aid: Math.round(pop * U(5, 20)) } };
  });
  for (const r of rows) if (r.o.pt === 0) r.o.pt = null;
  header(S, v.title || '律师工作情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'top', totalLabel: totLabel(v) });
}

function mediationRegion(S, v) {
  const cols = [
    { h: ['人民调解委员会（个）'], key: 'com', dec: 0, sum: true },
    { h: ['人民调解员（人）'], key: 'med', dec: 0, sum: true, comma: v.comma },
    { h: ['调解纠纷（件）'], key: 'cas', dec: 0, sum: true, comma: v.comma },
    { h: ['#婚姻家庭纠纷'], key: 'fam', dec: 0, sum: true, kind: 'partcol', of: 'cas' },
    { h: ['#邻里纠纷'], key: 'nb', dec: 0, sum: true, kind: 'partcol', of: 'cas' },
    { h: ['调解成功（件）'], key: 'ok', dec: 0, sum: true, comma: v.comma },
    { h: ['调解成功率（%）'], key: 'r', dec: v.rdec ?? 1, kind: 'rate', fn: o => o.ok / o.cas * 100 },
  ];
  const rows = v.regions.map(l => {
    const cas = Math.round(U(500, 12000));
    return { label: l, level: 0, o: { com: Math.round(U(40, 400)), med: Math.round(U(200, 3000)), cas, fam: Math.round(cas * U(0.15, 0.3)), nb: Math.round(cas * U(0.15, 0.3)), ok: Math.round(cas * U(0.95, 0.995)) } };
  });
  header(S, v.title || '人民调解工作情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: v.totalPos || 'bottom', totalLabel: totLabel(v) });
}

function crimeSeries(S, v) {
  const yrs = Y.slice(10 - (v.n || 10));
  let c = U(5000, 40000), z = U(10000, 60000);
  const rows = yrs.map(y => { c *= U(0.85, 1.05); z *= U(0.85, 1.08); const C = Math.round(c), Z = Math.round(z); return { label: y + '年', level: 0, o: { c: C, s: Math.round(C * U(0.35, 0.7)), z: Z, zd: Math.round(Z * U(0.85, 0.98)) } }; });
  const cols = [
    { h: ['刑事案件', '立案数（起）'], key: 'c', dec: 0 },
    { h: ['刑事案件', '比上年增长（%）'], key: 'cg', dec: 1, kind: 'growth', fn: (o, x) => x.prev ? (o.c / x.prev.c - 1) * 100 : null, marker: '—' },
    { h: ['刑事案件', '破案数（起）'], key: 's', dec: 0 },
    { h: ['刑事案件', '破案率（%）'], key: 'sr', dec: 1, kind: 'rate', fn: o => o.s / o.c * 100 },
    { h: ['治安案件', '受理（起）'], key: 'z', dec: 0 },
    { h: ['治安案件', '查处（起）'], key: 'zd', dec: 0 },
    { h: ['治安案件', '查处率（%）'], key: 'zr', dec: 1, kind: 'rate', fn: o => o.zd / o.z * 100 },
  ];
  header(S, v.title || '历年公安机关受理案件情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '年份', totalPos: null });
}

function justiceTwo(S, v) {
  const mk = (a, lo, hi) => { const A = Math.round(a); return { a: A, b: Math.round(A * U(lo, hi)), dec: 0 }; };
  const cr = mk(U(5000, 40000), 0.85, 1.05), th = { a: Math.round(cr.a * U(0.4, 0.5)), b: Math.round(cr.b * U(0.4, 0.5)), dec: 0 }, fr = { a: Math.round(cr.a * U(0.25, 0.35)), b: Math.round(cr.b * U(0.25, 0.35)), dec: 0 };
  const sv = { a: Math.round(cr.a * U(0.4, 0.6)), b: Math.round(cr.b * U(0.45, 0.65)), dec: 0 };
  const srt = { a: rd(sv.a / cr.a * 100, 1), b: rd(sv.b / cr.b * 100, 1), dec: 1, rate: true, rateOf: 1 };
  const ca = mk(U(20000, 150000), 0.9, 1.1), cf = { a: Math.round(ca.a * U(0.88, 0.97)), b: Math.round(ca.b * U(0.88, 0.97)), dec: 0 };
  const cfr = { a: rd(cf.a / ca.a * 100, 2), b: rd(cf.b / ca.b * 100, 2), dec: 2, rate: true, rateOf: 1 };
  const md = mk(U(5000, 50000), 0.9, 1.1), mok = { a: Math.round(md.a * U(0.96, 0.99)), b: Math.round(md.b * U(0.96, 0.99)), dec: 0 };
  const rows = [
    Object.assign({ label: '刑事案件立案数', unit: '起' }, cr),
    Object.assign({ label: '盗窃案件', unit: '起', level: 1, first: true }, th),
    Object.assign({ label: '诈骗案件', unit: '起', level: 1 }, fr),
    Object.assign({ label: '刑事案件破案数', unit: '起' }, sv),
    Object.assign({ label: '刑事案件破案率', unit: '%' }, srt),
    Object.assign({ label: '法院受理案件', unit: '件' }, ca),
    Object.assign({ label: '法院审结案件', unit: '件' }, cf),
    Object.assign({ label: '结案率', unit: '%' }, cfr),
    Object.assign({ label: '律师事务所', unit: '个' }, mk(U(20, 300), 1.0, 1.12)),
    Object.assign({ label: '执业律师', unit: '人' }, mk(U(200, 4000), 1.03, 1.15)),
    Object.assign({ label: '人民调解纠纷', unit: '件' }, md),
    Object.assign({ label: '调解成功', unit: '件' }, mok),
  ];
  rows[1].parent = rows[0]; rows[2].parent = rows[0];
  header(S, v.title || '公共安全与司法主要指标', null, 5);
  twoPeriod(S, ['指标名称', '单位', '2023年', '2024年', v.ratePP ? '增减（%、百分点）' : '增长（%）'], rows, { ratePP: v.ratePP, gdec: v.gdec ?? 1, qz: v.qz });
}

// vertical single-column summary with 其中
function urbanSummary(S, v) {
  header(S, v.title || '城市建设基本情况（2024年）', null, 3);
  S.put(S.r, 1, '指标'); S.put(S.r, 2, '单位'); S.put(S.r, 3, '数量'); S.r++;
  const pipes = [rd(U(200, 900), 1), rd(U(100, 500), 1), rd(U(50, 300), 1)];
  const pipe = rd(pipes[0] + pipes[1] + pipes[2], 1);
  const plants = [Math.round(U(2, 8)), Math.round(U(1, 4))];
  const br = Math.round(U(60, 300)), ibr = Math.round(br * U(0.05, 0.15));
  const items = [
    ['排水管道长度', '公里', pipe, 1, 0], ['污水管道', '公里', pipes[0], 1, 1], ['雨水管道', '公里', pipes[1], 1, 1], ['雨污合流管道', '公里', pipes[2], 1, 1],
    ['污水处理厂', '座', plants[0] + plants[1], 0, 0], ['二级以上', '座', plants[0], 0, 1], ['其他', '座', plants[1], 0, 1],
    ['桥梁', '座', br, 0, 0], ['立交桥', '座', ibr, 0, 1],
    ['公共厕所', '座', Math.round(U(100, 900)), 0, 0], ['市容环卫专用车辆设备', '台', Math.round(U(100, 900)), 0, 0],
  ];
  let parentRow = null, first = false;
  for (const [l, u, val, d, lv] of items) {
    const rr = S.r;
    if (lv === 0) { parentRow = { rr, val }; first = true; }
    S.put(rr, 1, lv ? (first ? '  其中：' : '        ') + l : l); S.put(rr, 2, u); S.put(rr, 3, val, d ? '0.0' : '0');
    if (lv) { S.cand(rr, 3, 'part', val, { dec: d, parent: parentRow.val }); first = false; }
    else if (l === '排水管道长度' || l === '污水处理厂') S.cand(rr, 3, 'total', val, { dec: d });
    S.r++;
  }
}

function garbageShare(S, v) {
  header(S, v.title || '生活垃圾无害化处理方式构成', '单位：万吨、%', 5);
  S.put(S.r, 1, '处理方式'); S.put(S.r, 2, '2023年'); S.put(S.r, 4, '2024年'); S.ws.mergeCells(S.r, 2, S.r, 3); S.ws.mergeCells(S.r, 4, S.r, 5); S.r++;
  S.put(S.r, 1, null); S.put(S.r, 2, '处理量'); S.put(S.r, 3, '构成'); S.put(S.r, 4, '处理量'); S.put(S.r, 5, '构成'); S.r++;
  const names = ['卫生填埋', '焚烧', '堆肥', '其他'];
  const A = names.map(() => rd(U(1, 60), 2)), B = A.map(x => rd(x * U(0.7, 1.4), 2));
  if (v.zero) { A[2] = 0; B[2] = 0; }
  const ta = rd(A.reduce((a, b) => a + b, 0), 2), tb = rd(B.reduce((a, b) => a + b, 0), 2);
  const rows = [['合计', ta, tb]].concat(names.map((n, i) => [n, A[i], B[i]]));
  rows.forEach(([n, a, b], i) => {
    const rr = S.r;
    S.put(rr, 1, n); S.put(rr, 2, a, '0.00'); S.put(rr, 3, rd(a / ta * 100, 1), '0.0'); S.put(rr, 4, b, '0.00'); S.put(rr, 5, rd(b / tb * 100, 1), '0.0');
    if (i === 0) { S.cand(rr, 4, 'total', b, { dec: 2 }); S.cand(rr, 2, 'total', a, { dec: 2 }); }
    else { S.cand(rr, 5, 'share', rd(b / tb * 100, 1), { dec: 1 }); }
    S.r++;
  });
}


// transposed: indicators as rows, regions as columns, 全市 column first
function transposed(S, v) {
  const regs = v.regions;
  const data = regs.map(() => { const pop = rd(U(5, 80), 2), upop = rd(pop * U(0.94, 1), 2), wt = Math.round(upop * U(60, 110)), dis = Math.round(wt * U(0.7, 0.85)), tr = Math.round(dis * U(0.9, 0.99)), cl = rd(upop * U(0.25, 0.4), 2); return { pop, upop, wt, home: Math.round(wt * U(0.35, 0.5)), dis, tr, cl, hm: cl }; });
  const T = {}; for (const k of Object.keys(data[0])) T[k] = rd(data.reduce((a, o) => a + o[k], 0), 2);
  const all = [T, ...data];
  const items = [['城区人口', '万人', 'pop', 2], ['用水人口', '万人', 'upop', 2], ['用水普及率', '%', o => o.upop / o.pop * 100, 2, 'rate'], ['供水总量', '万立方米', 'wt', 0], ['#居民家庭用水', '万立方米', 'home', 0, 'part', 'wt'], ['污水排放量', '万立方米', 'dis', 0], ['污水处理量', '万立方米', 'tr', 0], ['污水处理率', '%', o => o.tr / o.dis * 100, 1, 'rate'], ['生活垃圾清运量', '万吨', 'cl', 2], ['无害化处理量', '万吨', 'hm', 2], ['无害化处理率', '%', o => o.hm / o.cl * 100, 1, 'rate']];
  header(S, v.title || '各县（市、区）城市公用设施主要指标', null, regs.length + 3);
  S.put(S.r, 1, '指标'); S.put(S.r, 2, '单位'); S.put(S.r, 3, v.totLabel || '全市'); regs.forEach((r, i) => S.put(S.r, 4 + i, r)); S.r++;
  for (const [lab, unit, key, d, kind, of] of items) {
    const rr = S.r; S.put(rr, 1, lab); S.put(rr, 2, unit);
    all.forEach((o, i) => {
      const val = typeof key === 'function' ? rd(key(o), d) : rd(o[key], d);
      S.put(rr, 3 + i, val, d ? '0.' + '0'.repeat(d) : '0');
      if (kind === 'rate') S.cand(rr, 3 + i, 'rate', val, { dec: d });
      else if (i === 0) S.cand(rr, 3, 'total', val, { dec: d });
      else if (kind === 'part') S.cand(rr, 3 + i, 'part', val, { dec: d, parent: rd(o[of], d) });
    });
    S.r++;
  }
  notes(S, ['注：全市数据为各县（市、区）合计，比率指标按合计数计算。']);
}

// region rate change: 2023 / 2024 rates with 增减百分点, counts beside
function rateChange(S, v) {
  const cols = [
    { h: ['2023年', '清运量（万吨）'], key: 'a1', dec: 2, sum: true },
    { h: ['2023年', '无害化处理量（万吨）'], key: 'a2', dec: 2, sum: true },
    { h: ['2023年', '无害化处理率（%）'], key: 'ar', dec: 1, kind: 'rate', fn: o => o.a2 / o.a1 * 100 },
    { h: ['2024年', '清运量（万吨）'], key: 'b1', dec: 2, sum: true },
    { h: ['2024年', '无害化处理量（万吨）'], key: 'b2', dec: 2, sum: true },
    { h: ['2024年', '无害化处理率（%）'], key: 'br', dec: 1, kind: 'rate', fn: o => o.b2 / o.b1 * 100 },
    { h: ['处理率增减（百分点）'], key: 'pp', dec: 1, kind: 'pp', fn: o => o.br - o.ar },
    { h: ['清运量增长（%）'], key: 'g', dec: 1, kind: 'growth', fn: o => (o.b1 / o.a1 - 1) * 100 },
  ];
  const rows = v.regions.map(l => { const a1 = rd(U(2, 60), 2), b1 = rd(a1 * U(0.95, 1.1), 2); return { label: l, level: 0, o: { a1, a2: rd(a1 * U(0.88, 1), 2), b1, b2: rd(b1 * U(0.93, 1), 2) } }; });
  header(S, v.title || '各地生活垃圾无害化处理情况', null, cols.length + 1);
  table(S, cols, rows, { firstHdr: '地区', totalPos: 'top', totalLabel: v.totalLabel || '全市' });
}

// two stacked tables in one sheet
function stacked(S, v) {
  crimeSeries(S, { n: 5, title: '表1  刑事案件' });
  S.r += 2;
  courtRegion(S, { regions: v.regions, title: '表2  法院受理、审结案件', totalLabel: '全市' });
}

// court table with merged category column A and subcategory in B
function courtMerged(S, v) {
  header(S, '各类案件审结情况', '单位：件', 6);
  const hr = S.r;
  ['类别', '', '受理', '审结', '结案率（%）', '审结案件构成（%）'].forEach((h, i) => S.put(hr, i + 1, h));
  S.ws.mergeCells(hr, 1, hr, 2); S.r++;
  const groups = [['刑事案件', ['一审', '二审', '再审']], ['民事案件', ['一审', '二审', '再审']], ['行政案件', ['一审', '二审']]];
  const rows = [];
  for (const [g, subs] of groups) {
    const parts = subs.map((s, i) => { const a = Math.round(U(100, 9000) / (i + 1) ** 2); return { s, a, f: Math.round(a * U(0.85, 0.99)) }; });
    rows.push({ g, parts, a: parts.reduce((x, p) => x + p.a, 0), f: parts.reduce((x, p) => x + p.f, 0) });
  }
  const TA = rows.reduce((x, r) => x + r.a, 0), TF = rows.reduce((x, r) => x + r.f, 0);
  const put = (lab1, lab2, a, f, kindTot) => {
    const rr = S.r; S.put(rr, 1, lab1); S.put(rr, 2, lab2); S.put(rr, 3, a, '0'); S.put(rr, 4, f, '0');
    S.put(rr, 5, rd(f / a * 100, 2), '0.00'); S.put(rr, 6, rd(f / TF * 100, 1), '0.0');
    if (kindTot) S.cand(rr, 3, 'total', a, { dec: 0 }); S.cand(rr, 5, 'rate', rd(f / a * 100, 2), { dec: 2 });
    S.r++; return rr;
  };
  const t = put('总计', null, TA, TF, true); S.ws.mergeCells(t, 1, t, 2);
  for (const r of rows) {
    const start = S.r;
    put(r.g, '小计', r.a, r.f, true);
    for (const p of r.parts) put(null, p.s, p.a, p.f);
    S.ws.mergeCells(start, 1, S.r - 1, 1);
  }
}

// ---------- assemble books ----------
const BOOKS = [];
const R = i => REGIONS[i % REGIONS.length];
const add = (file, sheets) => BOOKS.push({ file, sheets });
add('01_供水_区县.xlsx', [['供水', waterRegion, { regions: R(0), pop: true, dec: 0, totalLabel: '全市' }]]);
add('02_供水_省.xlsx', [['表1', waterRegion, { regions: R(6), pop: true, dec: 2, totalLabel: '全省', year: '2023' }]]);
add('03_燃气.xlsx', [['燃气', gasRegion, { regions: R(1), gap: true, totalLabel: '合计' }]]);
add('04_供热.xlsx', [['集中供热', heatRegion, { regions: R(3), share: true, totalLabel: '全市' }]]);
add('05_道路桥梁.xlsx', [['道路', roadRegion, { regions: R(5), colNums: true, totalLabel: '全市' }]]);
add('06_园林绿化.xlsx', [['绿化', greenRegion, { regions: R(2), pc: true, totalLabel: '全市' }]]);
add('07_污水处理.xlsx', [['污水', sewageRegion, { regions: R(1), gap: true, totalLabel: '合计' }]]);
add('08_垃圾处理.xlsx', [['环卫', garbageRegion, { regions: R(4), share: true, totalLabel: '全市' }]]);
add('09_公用事业历年.xlsx', [['历年', urbanSeries, { n: 10 }]]);
add('10_绿化历年.xlsx', [['历年绿化', greenSeries, { n: 10 }]]);
add('11_城建主要指标.xlsx', [['主要指标', urbanTwo, { ratePP: false }]]);
add('12_城建主要指标_百分点.xlsx', [['主要指标', urbanTwo, { ratePP: true, dec: 1 }]]);
add('13_刑事案件分类.xlsx', [['刑事案件', crimeCat, {}]]);
add('14_治安刑事_区县.xlsx', [['治安', zhianRegion, { regions: R(0), totalLabel: '全市', comma: true }]]);
add('15_法院案件分类.xlsx', [['法院', courtCat, { share: true }]]);
add('16_法院_区县.xlsx', [['法院', courtRegion, { regions: R(3), totalLabel: '全市' }]]);
add('17_律师.xlsx', [['律师', lawyerRegion, { regions: R(5), totalLabel: '全市' }]]);
add('18_人民调解.xlsx', [['调解', mediationRegion, { regions: R(1), totalLabel: '全市', comma: true }]]);
add('19_刑事治安历年.xlsx', [['历年', crimeSeries, { n: 10 }]]);
add('20_司法主要指标.xlsx', [['主要指标', justiceTwo, {}]]);
add('21_司法主要指标_百分点.xlsx', [['指标', justiceTwo, { ratePP: true, qz: '　#' }]]);
add('22_城建基本情况.xlsx', [['基本情况', urbanSummary, {}]]);
add('23_垃圾处理方式构成.xlsx', [['构成', garbageShare, { zero: true }]]);
add('24_城建综合.xlsx', [['供水', waterRegion, { regions: R(4), pop: false, dec: 1, totalLabel: '合计', totalPos: 'bottom' }], ['燃气', gasRegion, { regions: R(4), totalLabel: '合计', rdec: 1 }], ['污水', sewageRegion, { regions: R(4), totalLabel: '合计', dec: 1, rdec: 1, marker: '…' }]]);
add('25_市政设施.xlsx', [['道路桥梁', roadRegion, { regions: R(2), totalPos: 'bottom', totalLabel: '总计', first: '地区', unitLine: '' }], ['园林', greenRegion, { regions: R(2), totalLabel: '总计', rdec: 1 }], ['供热', heatRegion, { regions: R(2), totalLabel: '总计' }]]);
add('26_政法综合.xlsx', [['刑事', crimeCat, { childStyle: 'indent', rdec: 2, sdec: 2, totalLabel: '合计' }], ['法院', courtCat, { childStyle: 'qizhong', comma: true, totalLabel: '合计' }], ['调解', mediationRegion, { regions: R(0), totalLabel: '全市', totalPos: 'top' }]]);
add('27_县域公安.xlsx', [['公安', zhianRegion, { regions: R(6), totalLabel: '全省', rdec: 2 }], ['历年', crimeSeries, { n: 6 }]]);
add('28_环卫_县.xlsx', [['环卫', garbageRegion, { regions: R(5), totalLabel: '全市', totalPos: 'bottom', rdec: 1 }], ['构成', garbageShare, {}]]);
add('29_省城建.xlsx', [['道路', roadRegion, { regions: R(6), totalLabel: '全省' }], ['绿化', greenRegion, { regions: R(6), totalLabel: '全省', pc: true }]]);
add('30_供水燃气历年.xlsx', [['历年', urbanSeries, { n: 8, ysuf: '', rdec: 1 }], ['绿化', greenSeries, { n: 7, rdec: 1 }]]);
add('31_律师调解.xlsx', [['律师', lawyerRegion, { regions: R(3), totalLabel: '合计', totalPos: 'bottom' }], ['调解', mediationRegion, { regions: R(3), totalLabel: '合计', rdec: 2 }]]);
add('32_法院_基层.xlsx', [['审判', courtRegion, { regions: R(2), totalLabel: '总计', rdec: 2, totalPos: 'bottom' }], ['分类', courtCat, { rdec: 1 }]]);
add('33_城建指标_县.xlsx', [['指标', urbanTwo, { gdec: 2, qz: '#' }], ['设施', urbanSummary, { title: '县城市政设施（2024年）' }]]);
add('34_供热污水.xlsx', [['供热', heatRegion, { regions: R(3), totalLabel: '全市', totalPos: 'bottom' }], ['污水', sewageRegion, { regions: R(3), totalLabel: '全市', totalPos: 'top', rdec: 1 }]]);
add('35_刑事分类_县.xlsx', [['刑事', crimeCat, { totalLabel: '总计', childStyle: 'qz2', rdec: 1 }]]);
add('37_公用设施_转置.xlsx', [['分县', transposed, { regions: R(0) }]]);
add('38_垃圾处理率增减.xlsx', [['处理率', rateChange, { regions: R(5) }]]);
add('39_公安法院_叠表.xlsx', [['综合', stacked, { regions: R(4) }]]);
add('40_法院审级.xlsx', [['审级', courtMerged, {}]]);
add('41_转置_省.xlsx', [['分市', transposed, { regions: R(6), totLabel: '全省', title: '各市城市公用设施（2024年）' }], ['增减', rateChange, { regions: R(6), totalLabel: '全省' }]]);
add('36_司法综合.xlsx', [['指标', justiceTwo, { gdec: 1 }], ['律师', lawyerRegion, { regions: R(0), totalLabel: '全市' }], ['法院', courtRegion, { regions: R(0), totalLabel: '全市' }]]);

(async () => {
  const out = path.join(DIR, 'clean');
  for (const f of fs.readdirSync(out)) fs.unlinkSync(path.join(out, f));
  const meta = [];
  let seed = 1000;
  for (const b of BOOKS) {
    const bk = new Book(b.file);
    for (const [name, fn, v] of b.sheets) { setSeed(seed += 7919); fn(bk.sheet(name), v); }
    await bk.save(out);
    meta.push(...bk.cands);
  }
  fs.writeFileSync(path.join(DIR, 'gen_meta.json'), JSON.stringify(meta, null, 1));
  console.log(BOOKS.length, 'books', meta.length, 'candidates');
})();
