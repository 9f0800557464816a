// More variants: a 其中 column followed by a non-part column; 年初/新增/减少/年末 as rows; 上半年合计 between quarters; repeated 占比 columns
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

async function w46() {
  // 社会组织数 | 其中：行业协会商会 | 已建党组织 | 其中：行业协会商会 | 党员数 | 其中：女
  const r = L.rng(1246);
  const N = L.names(45);
  const b = new L.Book();
  const s = b.sheet('社会组织', { widths: [12, 12, 18, 12, 18, 10, 10] });
  s.row([`${N.cities[0]}社会组织党建情况统计表`]); s.merge('A1:G1');
  s.row(['单位：个、名']);
  const h = s.row(['县（市、区）', '社会组织数', '其中：行业协会商会', '已建党组织的社会组织数', '其中：行业协会商会', '党员数', '其中：女']);
  const data = N.counties.slice(0, 8).map((nm) => {
    const n = r.int(90, 500); const a = Math.floor(n * (0.15 + r() * 0.15)); const bl = Math.floor(n * (0.3 + r() * 0.3)); const ba = Math.min(a, Math.floor(bl * (0.2 + r() * 0.2)));
    const m = bl * r.int(3, 7); const f = Math.floor(m * (0.3 + r() * 0.2));
    return [nm, n, a, bl, ba, m, f];
  });
  const rows = data.map((d) => s.row(d));
  const T = ['合计', ...[1, 2, 3, 4, 5, 6].map((k) => sum(data.map((d) => d[k])))];
  const tr = s.row(T, { bold: true });
  s.table(h, tr);
  await L.emit('w46_其中列后接非分项列', b, { sheet: '社会组织', cell: addr(5, rows[2]), kind: 'part', how: 'plus7', note: '已建党组织 其中：行业协会商会 in a county row' });
}

async function w47() {
  // 年初数 / 本年新增 / 本年减少 / 年末数 as ROWS; org types as columns; 合计 column on the right
  const r = L.rng(1247);
  const N = L.names(45);
  const b = new L.Book();
  const s = b.sheet('变动', { widths: [14, 10, 10, 10, 12, 10] });
  s.row([`${N.counties[10]}非公企业党组织数量变动表`]); s.merge('A1:F1');
  s.row(['单位：个', null, null, null, null, '2024年']);
  const h = s.row(['项目', '党委', '党总支', '党支部', '联合党支部', '合计']);
  const cols = [[4, 12], [6, 20], [80, 200], [15, 50]].map(([lo, hi]) => { const a = r.int(lo, hi); const add = r.int(0, Math.ceil(a * 0.2)); const del = r.int(0, Math.ceil(a * 0.15)); return [a, add, del, a + add - del]; });
  const all = [...cols, [0, 1, 2, 3].map((k) => sum(cols.map((c) => c[k])))];
  const rA = s.row(['年初数', ...all.map((c) => c[0])]);
  const rAdd = s.row(['本年新增', ...all.map((c) => c[1])]);
  const rDel = s.row(['本年减少', ...all.map((c) => c[2])]);
  const rE = s.row(['年末数', ...all.map((c) => c[3])]);
  s.row(['比年初增减', ...all.map((c) => c[3] - c[0])]);
  s.row(['注：年末数=年初数+本年新增−本年减少。']);
  s.table(h, rE + 1);
  await L.emit('w47_年初新增减少年末为行', b, { sheet: '变动', cell: addr(4, rDel), kind: 'change', how: 'plus7', note: '本年减少 党支部' });
}

async function w48() {
  // 一季度 | 二季度 | 上半年合计 | 三季度 | 四季度 | 全年 (全年 = 上半年合计 + 三季度 + 四季度)
  const r = L.rng(1248);
  const N = L.names(46);
  const b = new L.Book();
  const s = b.sheet('发展党员', { widths: [12, 9, 9, 12, 9, 9, 9] });
  s.row(['非公企业和社会组织发展党员分季度情况']); s.merge('A1:G1');
  s.row(['单位：名']);
  const h = s.row(['乡镇（街道）', '一季度', '二季度', '上半年合计', '三季度', '四季度', '全年']);
  const towns = L.names(46).towns.slice(0, 10);
  const data = towns.map((t) => { const q = [r.int(0, 9), r.int(0, 12), r.int(0, 9), r.int(0, 14)]; return [t, q[0], q[1], q[0] + q[1], q[2], q[3], sum(q)]; });
  const T = ['全县', ...[1, 2, 3, 4, 5, 6].map((k) => sum(data.map((d) => d[k])))];
  s.row(T, { bold: true });
  const rows = data.map((d) => s.row(d));
  s.table(h, rows[rows.length - 1]);
  await L.emit('w48_上半年合计夹在季度中', b, { sheet: '发展党员', cell: addr(5, rows[3]), kind: 'part', how: 'plus7', note: '三季度 in a town row' });
}

async function w49() {
  // 党员数 | 其中：女 | 占比（%） | 35岁及以下 | 占比（%） | 大专及以上 | 占比（%）
  const r = L.rng(1249);
  const N = L.names(47);
  const b = new L.Book();
  const s = b.sheet('结构', { widths: [12, 10, 10, 10, 12, 10, 12, 10] });
  s.row(['两新组织党员结构情况']); s.merge('A1:H1');
  s.row(['单位：名、%']);
  const h = s.row(['县（市、区）', '党员数', '其中：女', '占比（%）', '35岁及以下', '占比（%）', '大专及以上学历', '占比（%）']);
  const data = N.counties.slice(0, 8).map((nm) => { const m = r.int(300, 2800); return [nm, m, Math.floor(m * (0.25 + r() * 0.2)), Math.floor(m * (0.28 + r() * 0.2)), Math.floor(m * (0.5 + r() * 0.3))]; });
  const line = (d, o) => s.row([d[0], d[1], d[2], { v: rate(d[2], d[1]), z: '0.0' }, d[3], { v: rate(d[3], d[1]), z: '0.0' }, d[4], { v: rate(d[4], d[1]), z: '0.0' }], o);
  const T = ['全市', ...[1, 2, 3, 4].map((k) => sum(data.map((d) => d[k])))];
  const tr = line(T, { bold: true });
  const rows = data.map((d) => line(d));
  s.row(['注：各占比均为占党员数的比例。']);
  s.table(h, rows[rows.length - 1]);
  await L.emit('w49_多个占比列', b, { sheet: '结构', cell: addr(6, rows[2]), kind: 'rate', how: 'pct10', note: '35岁及以下 占比 in a county row' });
}

(async () => { await w46(); await w47(); await w48(); await w49(); L.saveManifest('gen12'); })().catch((e) => { console.error(e); process.exit(1); });
