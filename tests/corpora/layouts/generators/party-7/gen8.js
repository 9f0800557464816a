// Category 9: ratio tables: ‰, 每百家企业, 平均每个党组织党员数 in the total row
'use strict';
const L = require('./lib');
const { addr, sum, ratio, permille, avg } = L;

async function w30() {
  const r = L.rng(830);
  const N = L.names(30);
  const b = new L.Book();
  const s = b.sheet('党员密度', { widths: [12, 10, 12, 10, 10, 16, 18, 18] });
  s.row([`${N.cities[0]}非公企业党员分布及密度情况`]); s.merge('A1:H1');
  s.row(['单位：家、人、个、名、‰']);
  const h = s.row(['县（市、区）', '企业数', '从业人员数', '党组织数', '党员数', '每百家企业党员数', '党员占从业人员比例（‰）', '平均每个党组织党员数']);
  const data = N.counties.slice(0, 8).map(() => {
    const n = r.int(300, 2400); const emp = n * r.int(18, 60); const org = Math.floor(n * (0.15 + r() * 0.2)); const mem = org * r.int(5, 11) + r.int(0, 50);
    return [n, emp, org, mem];
  });
  const line = (nm, d, o) => s.row([nm, ...d, { v: ratio(d[3], d[0], 1, 100), z: '0.0' }, { v: permille(d[3], d[1], 2), z: '0.00' }, { v: avg(d[3], d[2], 1), z: '0.0' }], o);
  const rows = data.map((d, i) => line(N.counties[i], d));
  const T = [0, 1, 2, 3].map((k) => sum(data.map((d) => d[k])));
  const tr = line('合计', T, { bold: true });
  s.row(['注：每百家企业党员数=党员数÷企业数×100；党员占从业人员比例=党员数÷从业人员数×1000；合计行比率按合计数计算。']);
  s.table(h, tr);
  await L.emit('w30_每百家企业与千分比与平均', b, { sheet: '党员密度', cell: addr(7, rows[3]), kind: 'rate', how: 'pct10', note: '党员占从业人员比例（‰） in a county row' });
}

async function w31() {
  const r = L.rng(831);
  const N = L.names(31);
  const b = new L.Book();
  const s = b.sheet('社会组织', { widths: [12, 12, 10, 10, 10, 20, 18] });
  s.row(['社会组织党组织和党员情况（每百个）']); s.merge('A1:G1');
  const h1 = s.row(['地区', '社会组织数（个）', '党组织数（个）', '其中：党支部', '党员数（名）', '每百个社会组织党组织数（个）', '平均每个党支部党员数（名）']);
  const data = N.counties.slice(0, 7).map(() => {
    const n = r.int(100, 900); const org = Math.floor(n * (0.2 + r() * 0.3)); const br = org - r.int(0, Math.floor(org / 10)); const mem = br * r.int(4, 9) + r.int(0, 20);
    return [n, org, br, mem];
  });
  const line = (nm, d, o) => s.row([nm, ...d, { v: ratio(d[1], d[0], 1, 100), z: '0.0' }, { v: avg(d[3], d[2], 1), z: '0.0' }], o);
  const T = [0, 1, 2, 3].map((k) => sum(data.map((d) => d[k])));
  const tr = line('全市', T, { bold: true });
  const rows = data.map((d, i) => line(N.counties[i], d));
  s.row(['注：平均每个党支部党员数=党员数÷党支部数。']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('w31_每百个社会组织与平均每支部', b, { sheet: '社会组织', cell: addr(7, tr), kind: 'rate', how: 'pct7', note: '全市 平均每个党支部党员数 (an average in the total row)' });
}

async function w32() {
  const r = L.rng(832);
  const N = L.names(32);
  const b = new L.Book();
  const s = b.sheet('Sheet1', { widths: [12, 14, 10, 10, 20, 14] });
  s.row(['各县（区）非公企业党建主要比率指标']); s.merge('A1:F1');
  s.row(['单位：人、名、个']);
  const h = s.row(['县（区）', '从业人员（人）', '党员（名）', '党组织（个）', '每万名从业人员中党员数（名）', '党组织平均规模（名）']);
  const data = N.counties.slice(0, 6).map(() => { const emp = r.int(20000, 180000); const mem = Math.floor(emp * (0.008 + r() * 0.02)); const org = Math.floor(mem / r.int(6, 12)); return [emp, mem, org]; });
  const line = (nm, d, o) => s.row([nm, ...d, { v: ratio(d[1], d[0], 1, 10000), z: '0.0' }, { v: avg(d[1], d[2], 1), z: '0.0' }], o);
  const rows = data.map((d, i) => line(N.counties[i], d));
  const T = [0, 1, 2].map((k) => sum(data.map((d) => d[k])));
  const tr = line('合计', T, { bold: true });
  // 县均 row: each count averaged over the counties; ratios recomputed from the averages' underlying totals (same as 合计)
  const n = data.length;
  s.row(['县均', { v: avg(T[0], n, 1), z: '0.0' }, { v: avg(T[1], n, 1), z: '0.0' }, { v: avg(T[2], n, 1), z: '0.0' }, { v: ratio(T[1], T[0], 1, 10000), z: '0.0' }, { v: avg(T[1], T[2], 1), z: '0.0' }]);
  s.row(['注：县均=合计÷县（区）个数；比率按合计数计算。']);
  s.table(h, tr + 1);
  await L.emit('w32_每万名从业人员与县均行', b, { sheet: 'Sheet1', cell: addr(3, rows[2]), kind: 'part', how: 'pct7', note: '党员 in a county row' });
}

(async () => { await w30(); await w31(); await w32(); L.saveManifest('gen8'); })().catch((e) => { console.error(e); process.exit(1); });
