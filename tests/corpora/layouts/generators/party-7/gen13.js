// More variants: city row after its counties; 其中 row right under the top total; 合计 merged over 序号+名称; nested 其中 rows; 大专及以上 subtotal column
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

async function w50() {
  // counties first, then their city row (subtotal, named by the city), repeated; 全省 at the bottom
  const r = L.rng(1350);
  const N = L.names(48);
  const b = new L.Book();
  const s = b.sheet('Sheet1', { widths: [14, 12, 14, 12] });
  s.row(['非公企业党组织覆盖情况（分县）']); s.merge('A1:D1');
  s.row(['单位：家、%']);
  const h = s.row(['地区', '企业数', '建立党组织企业数', '覆盖率（%）']);
  const cities = N.cities.slice(0, 3);
  let k = 0;
  const line = (nm, d, o) => s.row([nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }], o);
  const tots = []; const cityRows = []; const countyRows = [];
  for (const c of cities) {
    const rows = Array.from({ length: r.int(3, 4) }, () => { const n = r.int(200, 1500); return [n, Math.floor(n * (0.25 + r() * 0.35))]; });
    rows.forEach((d) => countyRows.push(line(N.counties[k++], d)));
    const t = [0, 1].map((i) => sum(rows.map((d) => d[i])));
    tots.push(t); cityRows.push(line(c, t, { bold: true }));
  }
  const P = [0, 1].map((i) => sum(tots.map((d) => d[i])));
  const tr = line('全省', P, { bold: true });
  s.row(['注：各市行为其上所列县（市、区）之和。']);
  s.table(h, tr);
  await L.emit('w50_市行在所辖县之后', b, { sheet: 'Sheet1', cell: addr(3, countyRows[4]), kind: 'part', how: 'pct10', note: 'county 建立党组织企业数' });
}

async function w51() {
  // 全市 first, then "其中：高新区" (part of the total, managed by the city), then counties (which with 高新区 make up 全市)
  const r = L.rng(1351);
  const N = L.names(48);
  const b = new L.Book();
  const s = b.sheet('指导员', { widths: [18, 14, 14, 14] });
  s.row([`${N.cities[5]}党建工作指导员选派情况`]); s.merge('A1:D1');
  s.row(['单位：名、家']);
  const h = s.row(['地区', '党建工作指导员', '联系企业数', '联系社会组织数']);
  const gen = () => { const g = r.int(20, 120); return [g, g * r.int(3, 7), r.int(3, 40)]; };
  const counties = N.counties.slice(15, 21).map(gen);
  const park = gen();
  const T = [0, 1, 2].map((i) => sum(counties.map((d) => d[i])) + park[i]);
  const tr = s.row(['全市', ...T], { bold: true });
  const pr = s.row([`其中：${N.cities[5].slice(0, 2)}高新区`, ...park]);
  const rows = counties.map((d, i) => s.row([N.counties[15 + i], ...d]));
  s.row(['注：高新区由市直接管理，不含在各县（市、区）数据中。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w51_其中高新区紧随全市行', b, { sheet: '指导员', cell: addr(3, rows[2]), kind: 'part', how: 'pct10', note: 'county 联系企业数' });
}

async function w52() {
  // 序号 column; total label 合  计 merged across 序号 and 名称 columns at the bottom
  const r = L.rng(1352);
  const N = L.names(48); // towns of pool 48
  const towns = N.towns.slice(0, 12);
  const b = new L.Book();
  const s = b.sheet('乡镇', { widths: [6, 14, 12, 14, 12, 12] });
  s.row([`${N.counties[22]}两新组织党员情况`]); s.merge('A1:F1');
  const h = s.row(['序号', '乡镇（街道）', '非公企业党员', '社会组织党员', '党员合计', '本年发展']);
  const data = towns.map(() => { const a = r.int(20, 300); const c = r.int(5, 90); return [a, c, a + c, r.int(0, 12)]; });
  data.forEach((d, i) => s.row([i + 1, towns[i], ...d]));
  const rows = data.map((_, i) => h + 1 + i);
  const T = [0, 1, 2, 3].map((i) => sum(data.map((d) => d[i])));
  const tr = s.row(['合  计', null, ...T], { bold: true });
  s.merge(`A${tr}:B${tr}`);
  s.table(h, tr);
  await L.emit('w52_合计跨序号名称合并', b, { sheet: '乡镇', cell: addr(4, rows[7]), kind: 'part', how: 'plus7', note: '社会组织党员 in a town row' });
}

async function w53() {
  // social organisations by type with nested 其中 rows two deep; 合计 at bottom
  const r = L.rng(1353);
  const N = L.names(49);
  const b = new L.Book();
  const s = b.sheet('分类型', { widths: [30, 12, 16, 12, 10] });
  s.row([`${N.cities[0]}社会组织党组织覆盖情况（按类型）`]); s.merge('A1:E1');
  s.row(['单位：个、%、名']);
  const h = s.row(['类型', '社会组织数', '已建立党组织的社会组织数', '覆盖率（%）', '党员数']);
  const mk = (n, f) => { const c = Math.floor(n * f); return [n, c, c * r.int(3, 7)]; };
  const st = mk(r.int(300, 600), 0.45); const stA = [Math.floor(st[0] * 0.3), Math.floor(st[1] * 0.4), Math.floor(st[2] * 0.4)];
  const mf = mk(r.int(500, 900), 0.35); const mfE = [Math.floor(mf[0] * 0.4), Math.floor(mf[1] * 0.5), Math.floor(mf[2] * 0.5)];
  const mfK = [Math.floor(mfE[0] * 0.6), Math.floor(mfE[1] * 0.5), Math.floor(mfE[2] * 0.5)];
  const mfH = [Math.floor(mf[0] * 0.08), Math.floor(mf[1] * 0.1), Math.floor(mf[2] * 0.1)];
  const fd = mk(r.int(6, 15), 0.5);
  const line = (nm, d, o) => s.row([nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }, d[2]], o);
  const rows = [];
  rows.push(line('社会团体', st));
  rows.push(line('  其中：行业协会商会', stA));
  rows.push(line('民办非企业单位', mf));
  rows.push(line('  其中：民办学校', mfE));
  rows.push(line('    其中：民办幼儿园', mfK));
  rows.push(line('  民办医疗机构', mfH));
  rows.push(line('基金会', fd));
  const T = [0, 1, 2].map((i) => st[i] + mf[i] + fd[i]);
  const tr = line('合计', T, { bold: true });
  s.table(h, tr);
  await L.emit('w53_两层其中行', b, { sheet: '分类型', cell: addr(3, rows[2]), kind: 'part', how: 'pct7', note: '民办非企业单位 已建立党组织的社会组织数' });
}

async function w54() {
  // 学历 group with a 大专及以上 subtotal column inside: 研究生 | 大学本科 | 大学专科 | 大专及以上小计 | 中专 | 高中及以下
  const r = L.rng(1354);
  const N = L.names(49);
  const b = new L.Book();
  const s = b.sheet('学历', { widths: [12, 10, 8, 10, 10, 14, 8, 12] });
  s.row(['非公企业党员学历情况']); s.merge('A1:H1');
  s.row(['单位：名']);
  const h1 = s.row(['县（市、区）', '党员总数', '大专及以上', null, null, null, '中专', '高中及以下']);
  const h2 = s.row([null, null, '研究生', '大学本科', '大学专科', '小计', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:F${h1}`); s.merge(`G${h1}:G${h2}`); s.merge(`H${h1}:H${h2}`);
  const data = N.counties.slice(5, 13).map(() => { const p = r.split(r.int(400, 3000), 5, 1); return [sum(p), p[0], p[1], p[2], p[0] + p[1] + p[2], p[3], p[4]]; });
  const T = Array.from({ length: 7 }, (_, i) => sum(data.map((d) => d[i])));
  const tr = s.row(['全市', ...T], { bold: true });
  const rows = data.map((d, i) => s.row([N.counties[5 + i], ...d]));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('w54_学历组内含大专及以上小计', b, { sheet: '学历', cell: addr(6, rows[3]), kind: 'total', how: 'pct7', note: '大专及以上 小计 in a county row' });
}

(async () => { await w50(); await w51(); await w52(); await w53(); await w54(); L.saveManifest('gen13'); })().catch((e) => { console.error(e); process.exit(1); });
