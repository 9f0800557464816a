// gen7: rank tables with 位次, average rows, 最高/最低 rows
const L = require('./lib');
const { rnd, sum, Book } = L;

function ranks(vals) { const order = vals.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]); const rk = []; order.forEach(([, i], k) => { rk[i] = k + 1; }); return rk; }

async function g20() {
  const r = L.rng(720);
  const b = new Book('g20_位次_人均GDP_平均最高最低.xlsx');
  const s = b.sheet('县域人均GDP排序');
  const names = L.placeNames(r, 16, ['县', '市', '区']);
  const W = (x) => rnd(x / 1e4, 2);
  let rows = names.map((n) => { const pop = r.int(150000, 1300000); const gc = Math.round(pop * r.real(40000, 140000) / 1e6); /* cents of 亿元 */ return { n, g: rnd(gc / 100, 2), pop }; });
  rows.forEach((x) => { x.P = W(x.pop); x.pc = Math.round(x.g * 1e8 / (x.P * 1e4)); });
  rows.sort((a, c) => c.pc - a.pc);
  const G = rnd(sum(rows.map((x) => x.g)), 2), P = W(sum(rows.map((x) => x.pop)));
  const n = rows.length;
  const Ga = rnd(G / n, 2), Pa = rnd(P / n, 2);
  s.title(1, '表20-8  各县（市、区）人均地区生产总值位次（2024年）', 5);
  L.header(s, 2, 1, ['位次', '县（市、区）', '地区生产总值（亿元）', '年平均常住人口（万人）', '人均地区生产总值（元）']);
  const F = [null, null, '0.00', '0.00', '#,##0'];
  rows.forEach((x, i) => s.row(3 + i, 1, [i + 1, x.n, x.g, x.P, x.pc], ['0', null, '0.00', '0.00', '#,##0']));
  let y = 3 + n;
  s.row(y++, 1, [null, '全　省', G, P, Math.round(G * 1e8 / (P * 1e4))], F, { bold: true });
  s.row(y++, 1, [null, '全省平均', Ga, Pa, Math.round(Ga * 1e8 / (Pa * 1e4))], F);
  s.row(y++, 1, [null, '最　高', Math.max(...rows.map((x) => x.g)), Math.max(...rows.map((x) => x.P)), Math.max(...rows.map((x) => x.pc))], F);
  s.row(y++, 1, [null, '最　低', Math.min(...rows.map((x) => x.g)), Math.min(...rows.map((x) => x.P)), Math.min(...rows.map((x) => x.pc))], F);
  s.put(y + 1, 1, '注：全省平均为各县（市、区）的算术平均；最高、最低为各栏的最高值和最低值，不一定属于同一地区。');
  s.width(2, 14);
  b.setPlant(s, 5, 5, 'rate (人均地区生产总值 of the 3rd-ranked county; breaks GDP/人口 and the rank order)', '+7%');
  await L.save(b, 'gen7');
}

async function g21() {
  const r = L.rng(721);
  const b = new Book('g21_位次_增速位次.xlsx');
  const s = b.sheet('消费品零售');
  const names = L.placeNames(r, 12, ['区', '县', '县']);
  const rows = names.map((n) => { const cur = r.int(1500000, 9000000); const prev = Math.round(cur / r.real(1.01, 1.09)); return { n, cur, prev }; });
  const C = sum(rows.map((x) => x.cur)), Pv = sum(rows.map((x) => x.prev));
  const E = (c) => rnd(c / 1e4, 2); // 万元 -> 亿元 (values generated in 万元 integers)
  rows.forEach((x) => { x.v = E(x.cur); x.g = L.growth(x.cur, x.prev, 1); });
  const rk1 = ranks(rows.map((x) => x.v)), rk2 = ranks(rows.map((x) => x.g + (x.cur / 1e12)));
  s.title(1, '各县（区）社会消费品零售总额（2024年）', 5);
  L.header(s, 2, 1, ['地　区', '社会消费品零售总额（亿元）', '位次', '比上年增长（%）', '位次']);
  s.row(3, 1, ['全　市', E(C), null, L.growth(C, Pv, 1)], [null, '0.00', null, '0.0'], { bold: true });
  rows.forEach((x, i) => s.row(4 + i, 1, [x.n, x.v, rk1[i], x.g, rk2[i]], [null, '0.00', '0', '0.0', '0']));
  const y = 4 + rows.length;
  s.row(y, 1, ['各县（区）平均', rnd(sum(rows.map((x) => x.v)) / rows.length, 2), null, rnd(sum(rows.map((x) => x.g)) / rows.length, 1)], [null, '0.00', null, '0.0']);
  s.put(y + 2, 1, '注：全市合计数按未修约的万元数据汇总后折算为亿元；各县（区）平均为简单算术平均。');
  s.width(1, 16);
  b.setPlant(s, 8, 2, 'part (零售额 of one county; breaks 全市 column sum and its 位次 possibly)', '+7%');
  await L.save(b, 'gen7');
}

async function g22() {
  const r = L.rng(722);
  const b = new Book('g22_多指标位次_平均最高最低.xlsx');
  const s = b.sheet('Sheet1');
  const names = L.placeNames(r, 14, ['县', '县', '市', '区']);
  const rows = names.map((n) => ({ n, rev: r.int(80000, 1600000), ui: r.int(32000, 56000), ri: r.int(15000, 29000), up: r.int(50000, 400000), rp: r.int(100000, 500000) }));
  const U = Math.round(sum(rows.map((x) => x.ui * x.up)) / sum(rows.map((x) => x.up)));
  const R = Math.round(sum(rows.map((x) => x.ri * x.rp)) / sum(rows.map((x) => x.rp)));
  const rk = ['rev', 'ui', 'ri'].map((k) => ranks(rows.map((x) => x[k])));
  s.title(1, '表21-2  各县（市、区）主要指标及位次（2024年）', 7);
  L.header(s, 2, 1, ['地　区', '一般公共预算收入（万元）', '位次', '城镇常住居民人均可支配收入（元）', '位次', '农村常住居民人均可支配收入（元）', '位次']);
  s.row(3, 1, ['全　市', sum(rows.map((x) => x.rev)), null, U, null, R], [null, '#,##0', null, '#,##0', null, '#,##0'], { bold: true });
  rows.forEach((x, i) => s.row(4 + i, 1, [x.n, x.rev, rk[0][i], x.ui, rk[1][i], x.ri, rk[2][i]], [null, '#,##0', '0', '#,##0', '0', '#,##0', '0']));
  let y = 4 + rows.length;
  const mean = (k) => Math.round(sum(rows.map((x) => x[k])) / rows.length);
  const F = [null, '#,##0', null, '#,##0', null, '#,##0'];
  s.row(y++, 1, ['县（市、区）平均', mean('rev'), null, mean('ui'), null, mean('ri')], F);
  s.row(y++, 1, ['最高值', Math.max(...rows.map((x) => x.rev)), null, Math.max(...rows.map((x) => x.ui)), null, Math.max(...rows.map((x) => x.ri))], F);
  s.row(y++, 1, ['最低值', Math.min(...rows.map((x) => x.rev)), null, Math.min(...rows.map((x) => x.ui)), null, Math.min(...rows.map((x) => x.ri))], F);
  s.row(y++, 1, ['最高与最低之比', rnd(Math.max(...rows.map((x) => x.rev)) / Math.min(...rows.map((x) => x.rev)), 2), null, rnd(Math.max(...rows.map((x) => x.ui)) / Math.min(...rows.map((x) => x.ui)), 2), null, rnd(Math.max(...rows.map((x) => x.ri)) / Math.min(...rows.map((x) => x.ri)), 2)], [null, '0.00', null, '0.00', null, '0.00']);
  s.put(y + 1, 1, '注：全市城乡居民人均可支配收入按常住人口加权计算，不等于各县（市、区）的简单平均。');
  s.width(1, 18);
  b.setPlant(s, 9, 2, 'part (一般公共预算收入 of one county; breaks 全市 sum, the mean row and maybe 位次)', '+10%');
  await L.save(b, 'gen7');
}

(async () => { await g20(); await g21(); await g22(); })().catch((e) => { console.error(e); process.exit(1); });
