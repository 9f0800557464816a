// More variants: quarterly with zero bases, three levels without indentation, indicator rows with averages, 0-base rates
'use strict';
const L = require('./lib');
const { addr, sum, rate, growth, avg, ratio } = L;

async function w42() {
  // quarterly 社会组织 report: 上年同期累计 = 0 in some rows → growth '—'; negative growth; 其中 column
  const r = L.rng(1142);
  const N = L.names(41);
  const b = new L.Book();
  const s = b.sheet('一季度', { widths: [12, 12, 12, 18, 12, 12] });
  s.row([`${N.cities[0]}社会组织党组织组建季度报表（2025年第一季度）`]); s.merge('A1:F1');
  s.row(['单位：个、%']);
  const h = s.row(['县（市、区）', '本季度新建', '其中：行业协会商会', '本年累计新建', '上年同期累计', '同比增长（%）']);
  const data = N.counties.slice(0, 9).map((nm, i) => {
    const q = r.int(0, 9); const qa = r.int(0, q); const ly = i % 3 === 1 ? 0 : r.int(1, 12);
    return [nm, q, qa, q, ly];
  });
  const g = (c, p) => { const v = growth(c, p); return v === null ? '—' : { v, z: '0.0' }; };
  const line = (d, o) => s.row([...d, g(d[3], d[4])], o);
  const T = ['全市', ...[1, 2, 3, 4].map((k) => sum(data.map((d) => d[k])))];
  const tr = line(T, { bold: true });
  const rows = data.map((d) => line(d));
  s.row(['注：一季度本季度新建即本年累计新建；上年同期为0的不计算增长率，以“—”表示。']);
  s.table(h, rows[rows.length - 1]);
  const target = rows.find((rr) => typeof s.get(addr(6, rr)) === 'object');
  await L.emit('w42_季报上年同期为零', b, { sheet: '一季度', cell: addr(5, tr), kind: 'total', how: 'pct10', note: '全市 上年同期累计 (breaks total and 全市 growth)' });
}

async function w43() {
  // 全省 → city (row first, subtotal) → counties, NO indentation/numbering/bold; county-level cities end in 市
  const r = L.rng(1143);
  const N = L.names(42);
  const b = new L.Book();
  const s = b.sheet('分市县', { widths: [12, 12, 14, 14, 12] });
  s.row(['全省非公企业党建工作指导员选派情况']); s.merge('A1:E1');
  s.row(['单位：名、家']);
  const h = s.row(['地区', '党建工作指导员', '其中：专职', '联系企业数', '联系社会组织数']);
  const cities = N.cities.slice(0, 4);
  const pool = N.counties.map((x, i) => (i % 4 === 1 ? x.replace(/[县区]$/, '市') : x));
  let k = 0;
  const H = cities.map((c) => ({ c, cs: Array.from({ length: r.int(3, 5) }, () => pool[k++]) }));
  const gen = () => { const g = r.int(20, 160); const f = r.int(2, Math.floor(g / 3)); return [g, f, g * r.int(3, 6), r.int(5, 60)]; };
  for (const x of H) { x.rows = x.cs.map(gen); x.tot = [0, 1, 2, 3].map((i) => sum(x.rows.map((d) => d[i]))); }
  const P = [0, 1, 2, 3].map((i) => sum(H.map((x) => x.tot[i])));
  s.row(['全省', ...P]);
  const cr = []; const cor = [];
  for (const x of H) { cr.push(s.row([x.c, ...x.tot])); x.cs.forEach((nm, i) => cor.push(s.row([nm, ...x.rows[i]]))); }
  s.row([`注：市行为所辖县（市、区）合计；${pool[1]}、${pool[5]}、${pool[9]}为县级市。`]);
  s.table(h, s.rows.length - 1);
  await L.emit('w43_三级无缩进县级市', b, { sheet: '分市县', cell: addr(2, cor[6]), kind: 'part', how: 'pct10', note: 'county 党建工作指导员' });
}

async function w44() {
  // indicators as rows incl. averages and per-100 ratios; columns = districts + 全区 on the right
  const r = L.rng(1144);
  const N = L.names(43);
  const b = new L.Book();
  const towns = N.towns.slice(0, 6);
  const s = b.sheet('街道', { widths: [30, ...towns.map(() => 10), 10] });
  s.row([`${N.counties[3]}各街道（镇）两新组织党建指标`]); s.merge('A1:H1');
  const h = s.row(['指标', ...towns, '全区']);
  const cols = towns.map(() => { const n = r.int(80, 500); const org = Math.floor(n * (0.15 + r() * 0.2)); const mem = org * r.int(4, 10) + r.int(0, 30); return { n, org, mem }; });
  const T = { n: sum(cols.map((c) => c.n)), org: sum(cols.map((c) => c.org)), mem: sum(cols.map((c) => c.mem)) };
  const all = [...cols, T];
  const rr = {};
  rr.n = s.row(['两新组织数（个）', ...all.map((c) => c.n)]);
  rr.org = s.row(['党组织数（个）', ...all.map((c) => c.org)]);
  rr.mem = s.row(['党员数（名）', ...all.map((c) => c.mem)]);
  rr.avg = s.row(['平均每个党组织党员数（名）', ...all.map((c) => ({ v: avg(c.mem, c.org, 1), z: '0.0' }))]);
  rr.p100 = s.row(['每百个两新组织党员数（名）', ...all.map((c) => ({ v: ratio(c.mem, c.n, 1, 100), z: '0.0' }))]);
  s.table(h, rr.p100);
  await L.emit('w44_指标行含平均全区列在右', b, { sheet: '街道', cell: addr(5, rr.mem), kind: 'part', how: 'pct7', note: '党员数 of one 街道 (breaks 全区 sum and that column\'s average/per-100)' });
}

async function w45() {
  // 应建未建 with zero 未建 in some counties → rate shown '/', 选派 coverage
  const r = L.rng(1145);
  const N = L.names(44);
  const b = new L.Book();
  const s = b.sheet('选派覆盖', { widths: [12, 14, 12, 18, 16] });
  s.row([`${N.cities[0]}应建未建企业选派党建指导员情况`]); s.merge('A1:E1');
  s.row(['单位：家、%']);
  const h = s.row(['县（市、区）', '应建未建企业数', '已选派指导员', '选派覆盖率（%）', '其中：已派驻满一年']);
  const data = N.counties.slice(0, 9).map((nm, i) => { const u = i % 4 === 2 ? 0 : r.int(3, 40); const sel = r.int(0, u); return [nm, u, sel, r.int(0, sel)]; });
  const line = (d, o) => s.row([d[0], d[1], d[2], d[1] === 0 ? '/' : { v: rate(d[2], d[1]), z: '0.0' }, d[3]], o);
  const rows = data.map((d) => line(d));
  const T = ['合计', ...[1, 2, 3].map((k) => sum(data.map((d) => d[k])))];
  const tr = line(T, { bold: true });
  s.row(['注：无应建未建企业的县以“/”表示。']);
  s.table(h, tr);
  await L.emit('w45_未建为零比率斜杠', b, { sheet: '选派覆盖', cell: addr(3, rows[4]), kind: 'part', how: 'plus7', note: '已选派指导员 in a county row' });
}

(async () => { await w42(); await w43(); await w44(); await w45(); L.saveManifest('gen11'); })().catch((e) => { console.error(e); process.exit(1); });
