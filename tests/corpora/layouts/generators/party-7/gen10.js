// Extras: 工作覆盖, multi-year with 年均增长, 书记 average age (weighted), 环比 quarterly CSV, two flow blocks
'use strict';
const L = require('./lib');
const { addr, sum, rate, growth, avg } = L;

async function w37() {
  // 组织覆盖 + 选派指导员实现的工作覆盖 = 工作覆盖
  const r = L.rng(1037);
  const N = L.names(37);
  const b = new L.Book();
  const s = b.sheet('两个覆盖', { widths: [12, 10, 14, 14, 20, 14, 14] });
  s.row([`${N.cities[0]}非公企业党的组织覆盖和工作覆盖情况`]); s.merge('A1:G1');
  s.row(['单位：家、%', null, null, null, null, null, '截至2025年6月30日']);
  const h = s.row(['县（市、区）', '企业数', '党组织覆盖企业数', '党的组织覆盖率（%）', '未建党组织但选派党建指导员的企业数', '党的工作覆盖企业数', '党的工作覆盖率（%）']);
  const data = N.counties.slice(0, 8).map(() => { const n = r.int(300, 2500); const c = Math.floor(n * (0.3 + r() * 0.3)); const g = Math.floor((n - c) * (0.5 + r() * 0.45)); return [n, c, g]; });
  const line = (nm, d, o) => s.row([nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }, d[2], d[1] + d[2], { v: rate(d[1] + d[2], d[0]), z: '0.0' }], o);
  const T = [0, 1, 2].map((k) => sum(data.map((d) => d[k])));
  const tr = line('全市', T, { bold: true });
  const rows = data.map((d, i) => line(N.counties[i], d));
  s.row(['注：党的工作覆盖企业数=党组织覆盖企业数+未建党组织但选派党建指导员的企业数。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w37_组织覆盖加工作覆盖', b, { sheet: '两个覆盖', cell: addr(7, rows[5]), kind: 'rate', how: 'pct7', note: '党的工作覆盖率 in a county row' });
}

async function w38() {
  // indicators × years 2020..2024 with 年均增长（%）(compound), and 2024比2023增长
  const r = L.rng(1038);
  const N = L.names(38);
  const b = new L.Book();
  const s = b.sheet('历年', { widths: [28, 9, 9, 9, 9, 9, 14, 16] });
  s.row([`${N.counties[0]}两新组织党建主要指标（2020—2024年）`]); s.merge('A1:H1');
  const h = s.row(['指标', '2020年', '2021年', '2022年', '2023年', '2024年', '2024年比上年增长（%）', '2020—2024年年均增长（%）']);
  const inds = [['非公企业数（家）', 1800, 60, 180], ['非公企业党组织数（个）', 260, 5, 30], ['社会组织数（个）', 300, 5, 25], ['社会组织党组织数（个）', 70, 2, 12], ['两新组织党员数（名）', 2600, 50, 260]];
  const rows = inds.map(([nm, base, lo, hi]) => {
    const v = [base + r.int(-50, 50)]; for (let i = 1; i < 5; i++) v.push(v[i - 1] + r.int(lo, hi));
    const cagr = Math.round((Math.pow(v[4] / v[0], 1 / 4) - 1) * 1000) / 10;
    return s.row([nm, ...v, { v: growth(v[4], v[3]), z: '0.0' }, { v: cagr, z: '0.0' }]);
  });
  s.row(['注：年均增长为2020—2024年几何平均增长速度。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w38_历年列与年均增长', b, { sheet: '历年', cell: addr(7, rows[1]), kind: 'change', how: 'pct10', note: '2024年比上年增长 for 非公企业党组织数' });
}

async function w39() {
  // CSV: 书记 counts with 其中 parts and 平均年龄 (weighted average in the total row)
  const r = L.rng(1039);
  const N = L.names(39);
  const b = new L.Book();
  const s = b.sheet('csv');
  s.row(['县（市、区）', '党组织书记数（名）', '其中：女', '35岁及以下', '大专及以上学历', '出资人兼任', '平均年龄（岁）']);
  const data = N.counties.slice(0, 7).map(() => {
    const n = r.int(60, 400); const ages = n * r.int(41, 50) + r.int(0, n - 1);
    return [n, Math.floor(n * (0.15 + r() * 0.15)), Math.floor(n * (0.1 + r() * 0.15)), Math.floor(n * (0.5 + r() * 0.3)), Math.floor(n * (0.2 + r() * 0.2)), ages];
  });
  const line = (nm, d) => s.row([nm, d[0], d[1], d[2], d[3], d[4], { v: avg(d[5], d[0], 1), z: '0.0' }]);
  const rows = data.map((d, i) => line(N.counties[i], d));
  const T = [0, 1, 2, 3, 4, 5].map((k) => sum(data.map((d) => d[k])));
  const tr = line('合计', T);
  await L.emit('w39_书记其中与平均年龄', b, { sheet: 'csv', cell: addr(5, rows[2]), kind: 'part', how: 'pct10', note: '大专及以上学历 in a county row' }, { csv: true });
}

async function w40() {
  // CSV: quarter-on-quarter (环比) for towns
  const r = L.rng(1040);
  const towns = L.names(40).towns.slice(0, 11);
  const b = new L.Book();
  const s = b.sheet('csv');
  s.row(['乡镇（街道）', '上季度末党组织数', '本季度末党组织数', '环比增减', '环比增长(%)', '上季度末党员数', '本季度末党员数', '环比增减', '环比增长(%)']);
  const data = towns.map(() => { const a = r.int(8, 60); const b2 = Math.max(1, a + r.int(-3, 5)); const m = a * r.int(5, 9); const m2 = m + r.int(-15, 30); return [a, b2, m, m2]; });
  const line = (nm, d) => s.row([nm, d[0], d[1], d[1] - d[0], { v: growth(d[1], d[0]), z: '0.0' }, d[2], d[3], d[3] - d[2], { v: growth(d[3], d[2]), z: '0.0' }]);
  const T = [0, 1, 2, 3].map((k) => sum(data.map((d) => d[k])));
  line('全县', T);
  const rows = data.map((d, i) => line(towns[i], d));
  await L.emit('w40_环比季度乡镇', b, { sheet: 'csv', cell: addr(7, rows[4]), kind: 'total', how: 'pct7', note: '本季度末党员数 in a town row (this period; breaks 环比增减, 环比增长 and the 全县 sum)' }, { csv: true });
}

async function w41() {
  // two measures each with 年初数 | 本年新增 | 本年减少 | 年末数 | 比年初增长（%）, counties, 合计 at bottom
  const r = L.rng(1041);
  const N = L.names(38); // counties 1..8 of pool 38 (pool 38 uses only county 0 elsewhere)
  const counties = N.counties.slice(5, 13);
  const b = new L.Book();
  const s = b.sheet('增减变动', { widths: [12, 8, 8, 8, 8, 12, 8, 8, 8, 8, 12] });
  s.row(['非公企业和社会组织党组织、党员增减变动情况']); s.merge('A1:K1');
  s.row(['单位：个、名、%', null, null, null, null, null, null, null, null, '2024年度']);
  const h1 = s.row(['地区', '党组织', null, null, null, null, '党员', null, null, null, null]);
  const h2 = s.row([null, '年初数', '本年新增', '本年减少', '年末数', '比年初增长（%）', '年初数', '本年新增', '本年减少', '年末数', '比年初增长（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:F${h1}`); s.merge(`G${h1}:K${h1}`);
  const data = counties.map(() => {
    const a = r.int(60, 400); const ad = r.int(2, 40); const de = r.int(0, 25);
    const m = r.int(500, 3000); const mad = r.int(20, 200); const mde = r.int(5, 120);
    return [a, ad, de, a + ad - de, m, mad, mde, m + mad - mde];
  });
  const line = (nm, d, o) => s.row([nm, d[0], d[1], d[2], d[3], { v: growth(d[3], d[0]), z: '0.0' }, d[4], d[5], d[6], d[7], { v: growth(d[7], d[4]), z: '0.0' }], o);
  const rows = data.map((d, i) => line(counties[i], d));
  const T = Array.from({ length: 8 }, (_, k) => sum(data.map((d) => d[k])));
  const tr = line('合计', T, { bold: true });
  s.row(['注：年末数=年初数+本年新增−本年减少；比年初增长=（年末数−年初数）÷年初数×100。']);
  s.table(h1, tr);
  await L.emit('w41_两组年初新增减少年末增长', b, { sheet: '增减变动', cell: addr(10, rows[3]), kind: 'total', how: 'pct7', note: '党员 年末数 in a county row' });
}

(async () => { await w37(); await w38(); await w39(); await w40(); await w41(); L.saveManifest('gen10'); })().catch((e) => { console.error(e); process.exit(1); });
