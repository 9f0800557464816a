// gen5: monthly cumulative tables (running totals that must not be summed)
const L = require('./lib');
const { rnd, sum, growth, Book } = L;
const PER = ['1-2月', '1-3月', '1-4月', '1-5月', '1-6月', '1-7月', '1-8月', '1-9月', '1-10月', '1-11月', '1-12月'];
const cum = (a) => { let s = 0; return a.map((v) => (s += v)); };
const c2 = (x) => rnd(x / 100, 2); // cents -> 亿元 with 2 decimals

async function g14() {
  const r = L.rng(514);
  const b = new Book('g14_月度累计_列.xlsx');
  const s = b.sheet('月度数据');
  // monthly values in cents of 亿元 (integers) so cumulative sums are exact; Jan+Feb come as one period
  const mk = (lo, hi) => { const m = Array.from({ length: 12 }, () => r.int(lo, hi)); return cum([m[0] + m[1], ...m.slice(2)]); };
  const urb = mk(60000, 75000), rur = mk(9000, 12000);
  const tot = urb.map((v, i) => v + rur[i]);
  const prevTot = mk(62000, 82000);
  const above = tot.map((v) => Math.round(v * 0.41));
  const prevAbove = prevTot.map((v) => Math.round(v * 0.40));
  const fis = mk(25000, 40000), prevFis = fis.map((v) => Math.round(v / r.real(1.01, 1.06)));
  s.title(1, '2024年全市主要经济指标（月度累计）', 13);
  L.header(s, 2, 1, ['指　标', '单位', ...PER]);
  const rows = [
    ['社会消费品零售总额', '亿元', tot.map(c2), '0.00'],
    ['　上年同期', '亿元', prevTot.map(c2), '0.00'],
    ['　同比增长', '%', tot.map((v, i) => growth(c2(v), c2(prevTot[i]), 1)), '0.0'],
    ['　按经营地分：城镇', '亿元', urb.map(c2), '0.00'],
    ['　　　　　　　乡村', '亿元', rur.map(c2), '0.00'],
    ['　其中：限额以上单位消费品零售额', '亿元', above.map(c2), '0.00'],
    ['　　　　上年同期', '亿元', prevAbove.map(c2), '0.00'],
    ['　　　　同比增长', '%', above.map((v, i) => growth(c2(v), c2(prevAbove[i]), 1)), '0.0'],
    ['规模以上工业增加值同比增长', '%', PER.map(() => rnd(r.real(4, 8), 1)), '0.0'],
    ['一般公共预算收入', '亿元', fis.map(c2), '0.00'],
    ['　上年同期', '亿元', prevFis.map(c2), '0.00'],
    ['　同比增长', '%', fis.map((v, i) => growth(c2(v), c2(prevFis[i]), 1)), '0.0'],
  ];
  rows.forEach(([n, u, v, f], i) => s.row(3 + i, 1, [n, u, ...v], f));
  s.put(16, 1, '注：各栏均为自年初起的累计数；规模以上工业增加值增速按可比价格计算。');
  s.width(1, 34);
  b.setPlant(s, 6, 7, 'part (城镇 零售额 1-6月; breaks 城镇+乡村 = 社会消费品零售总额)', '+7%');
  await L.save(b, 'gen5');
}

async function g15() {
  const r = L.rng(515);
  const b = new Book('g15_月度累计_行_当月.xlsx');
  const s = b.sheet('固定资产投资');
  const mk = (lo, hi) => { const m = Array.from({ length: 12 }, () => r.int(lo, hi)); return [m[0] + m[1], ...m.slice(2)]; };
  const cur = mk(30000, 60000), prev = mk(30000, 58000);
  const cc = cum(cur), pc = cum(prev);
  s.title(1, '表6-2  2024年分月固定资产投资（不含农户）', 7);
  s.put(2, 7, '单位：亿元、%', { right: true });
  L.header(s, 3, 1, ['月　份', '本年累计', '上年同期累计', '累计同比增长（%）', '当月', '上年同月', '当月同比增长（%）']);
  PER.forEach((p, i) => {
    const C = c2(cc[i]), P = c2(pc[i]), M = c2(cur[i]), PM = c2(prev[i]);
    s.row(4 + i, 1, [p, C, P, growth(C, P, 1), M, PM, growth(M, PM, 1)], [null, '0.00', '0.00', '0.0', '0.00', '0.00', '0.0']);
  });
  s.put(16, 1, '注：1-2月合并统计，“当月”栏1-2月为1-2月合计。');
  s.width(1, 10);
  b.setPlant(s, 11, 4, 'change (累计同比增长 1-8月; contradicts 本年累计 / 上年同期累计)', '+10%');
  await L.save(b, 'gen5');
}

async function g16() {
  const r = L.rng(516);
  const b = new Book('g16_分地区分季累计.xlsx');
  const s = b.sheet('分县区');
  const names = L.placeNames(r, 10, ['区', '县', '县', '市']);
  const periods = ['1-3月', '1-6月', '1-9月', '1-12月'];
  const rows = names.map((n) => {
    const q = [0, 1, 2, 3].map(() => r.int(50000, 300000)), pq = q.map((v) => Math.round(v / r.real(0.92, 1.12)));
    return { n, c: cum(q), p: cum(pq) };
  });
  const tot = { n: '全　市', c: [0, 1, 2, 3].map((k) => sum(rows.map((x) => x.c[k]))), p: [0, 1, 2, 3].map((k) => sum(rows.map((x) => x.p[k]))) };
  s.title(1, '表6-5  2024年各县（市、区）固定资产投资完成额（分季累计）', 13);
  s.put(2, 13, '单位：万元', { right: true });
  s.put(3, 1, '地　区', { center: true, border: true }); s.merge(3, 1, 4, 1);
  periods.forEach((p, k) => { s.put(3, 2 + 3 * k, p, { center: true, border: true }); s.merge(3, 2 + 3 * k, 3, 4 + 3 * k); L.header(s, 4, 2 + 3 * k, ['本期', '上年同期', '增长（%）']); });
  [tot, ...rows].forEach((x, i) => s.row(5 + i, 1, [x.n, ...[0, 1, 2, 3].flatMap((k) => [x.c[k], x.p[k], growth(x.c[k], x.p[k], 1)])], [null, ...Array(4).fill(['#,##0', '#,##0', '0.0']).flat()]));
  s.width(1, 12);
  b.setPlant(s, 5, 9, 'total (全市 上年同期 1-9月; breaks column sum and 全市 增长)', '+7%');
  await L.save(b, 'gen5');
}

(async () => { await g14(); await g15(); await g16(); })().catch((e) => { console.error(e); process.exit(1); });
