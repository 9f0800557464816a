// Category 5: quarterly reports; 年初数 | 本年新增 | 本年减少 | 年末数
'use strict';
const L = require('./lib');
const { addr, sum, rate, growth } = L;

async function w17() {
  const r = L.rng(517);
  const N = L.names(17);
  const b = new L.Book();
  const s = b.sheet('2025年二季度', { widths: [12, 10, 12, 12, 12, 10, 12, 12, 12] });
  s.row([`${N.cities[0]}两新组织党组织组建工作季度统计表`]); s.merge('A1:I1');
  s.row(['（2025年第二季度）']); s.merge('A2:I2');
  s.row(['单位：个、%']);
  const h1 = s.row(['县（市、区）', '非公企业新建党组织', null, null, null, '社会组织新建党组织', null, null, null]);
  const h2 = s.row([null, '本季度新建', '本年累计新建', '上年同期累计', '同比增长（%）', '本季度新建', '本年累计新建', '上年同期累计', '同比增长（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:E${h1}`); s.merge(`F${h1}:I${h1}`);
  const regions = N.counties.slice(0, 9);
  const mk = (lo, hi) => { const q1 = r.int(0, hi); const q2 = r.int(lo, hi); const ly = r.int(Math.max(1, Math.floor((q1 + q2) * 0.6)), (q1 + q2) + 8); return [q2, q1 + q2, ly]; };
  const data = regions.map((nm) => [nm, ...mk(2, 24), ...mk(0, 9)]);
  const g = (cur, prev) => { const v = growth(cur, prev); return v === null ? '—' : { v, z: '0.0' }; };
  const line = (d, o) => s.row([d[0], d[1], d[2], d[3], g(d[2], d[3]), d[4], d[5], d[6], g(d[5], d[6])], o);
  const rows = data.map((d) => line(d));
  const T = ['合计', ...[1, 2, 3, 4, 5, 6].map((c) => sum(data.map((d) => d[c])))];
  const tr = line(T, { bold: true });
  s.row(['注：同比增长=（本年累计新建−上年同期累计）÷上年同期累计×100。']);
  s.table(h1, tr);
  await L.emit('w17_季报_新建党组织同比', b, { sheet: '2025年二季度', cell: addr(5, rows[3]), kind: 'change', how: 'pct10', note: '非公 同比增长 in a county row' });
}

async function w18() {
  const r = L.rng(518);
  const N = L.names(18);
  const b = new L.Book();
  const s = b.sheet('党组织增减', { widths: [22, 10, 10, 10, 10, 12] });
  s.row([`${N.counties[0]}非公企业党组织数量变动情况`]); s.merge('A1:F1');
  s.row(['单位：个', null, null, null, null, '2024年度']);
  const h = s.row(['党组织类别', '年初数', '本年新增', '本年减少', '年末数', '比年初增减']);
  const types = ['党委', '党总支', '党支部', '联合党支部', '临时党支部'];
  const data = types.map((t) => {
    const a = t === '党支部' ? r.int(120, 260) : t === '联合党支部' ? r.int(20, 60) : r.int(3, 25);
    const add = r.int(0, Math.max(2, Math.floor(a * 0.2))); const del = r.int(0, Math.min(a, Math.max(2, Math.floor(a * 0.25))));
    return [t, a, add, del, a + add - del];
  });
  const line = (d, o) => s.row([d[0], d[1], d[2], d[3], d[4], d[4] - d[1]], o);
  const T = ['合计', ...[1, 2, 3, 4].map((c) => sum(data.map((d) => d[c])))];
  const tr = line(T, { bold: true });
  const rows = data.map((d) => line(d));
  s.row(['说明：年末数=年初数+本年新增−本年减少；本年减少主要为企业注销、迁出及撤并。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w18_年初新增减少年末', b, { sheet: '党组织增减', cell: addr(3, rows[2]), kind: 'part', how: 'plus7', note: '本年新增 党支部' });
}

async function w19() {
  const r = L.rng(519);
  const N = L.names(19);
  const b = new L.Book();
  const s = b.sheet('分季度', { widths: [26, 8, 8, 8, 8, 10, 10, 12] });
  s.row([`${N.counties[0]}2024年两新党建重点工作分季度完成情况`]); s.merge('A1:H1');
  const h = s.row(['指标', '一季度', '二季度', '三季度', '四季度', '全年合计', '上年', '同比增长（%）']);
  const inds = [['新建非公企业党组织（个）', 2, 20], ['新建社会组织党组织（个）', 0, 8], ['发展党员（名）', 3, 40], ['新选派党建工作指导员（名）', 0, 15],
    ['新增党组织覆盖企业（家）', 5, 60], ['开展“双强六好”创建（家）', 1, 12]];
  const rows = inds.map(([nm, lo, hi]) => {
    const q = [r.int(lo, hi), r.int(lo, hi), r.int(lo, hi), r.int(lo, hi)]; const t = sum(q);
    const ly = r.int(Math.max(1, Math.floor(t * 0.7)), Math.floor(t * 1.3) + 3);
    return s.row([nm, ...q, t, ly, { v: growth(t, ly), z: '0.0' }]);
  });
  s.row(['注：同比增长=（全年合计−上年）÷上年×100。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w19_季度列加全年合计右', b, { sheet: '分季度', cell: addr(3, rows[2]), kind: 'part', how: 'pct10', note: '二季度 发展党员 (part of 全年合计 column)' });
}

async function w20() {
  const r = L.rng(520);
  const N = L.names(20);
  const b = new L.Book();
  const s = b.sheet('csv');
  s.row(['县（市、区）', '年初党员数', '本年增加', '其中：发展党员', '组织关系转入', '本年减少', '其中：组织关系转出', '死亡', '出党', '年末党员数']);
  const regions = N.counties.slice(0, 8);
  const data = regions.map((nm) => {
    const a = r.int(400, 3000); const dev = r.int(5, 60); const tin = r.int(10, 150); const tout = r.int(5, 120); const die = r.int(0, 12); const exp = r.int(0, 3);
    return [nm, a, dev + tin, dev, tin, tout + die + exp, tout, die, exp, a + dev + tin - tout - die - exp];
  });
  const T = ['全市', ...Array.from({ length: 9 }, (_, i) => sum(data.map((d) => d[i + 1])))];
  s.row(T);
  const rows = data.map((d) => s.row(d));
  await L.emit('w20_党员年初增减年末', b, { sheet: 'csv', cell: addr(6, rows[4]), kind: 'change', how: 'plus7', note: '本年减少 in a county row' }, { csv: true });
}

(async () => { await w17(); await w18(); await w19(); await w20(); L.saveManifest('gen5'); })().catch((e) => { console.error(e); process.exit(1); });
