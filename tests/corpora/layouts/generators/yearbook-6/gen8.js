// gen8: same figure in two units (万元 / 亿元) and per-capita columns
const L = require('./lib');
const { rnd, sum, rate, growth, Book } = L;

async function g23() {
  const r = L.rng(823);
  const b = new Book('g23_万元亿元_人均.xlsx');
  const s = b.sheet('GDP');
  const names = L.placeNames(r, 10, ['区', '县', '县', '市']);
  const rows = names.map((n) => { const pop = r.int(180000, 1100000); return { n, pop, v: Math.round(pop * r.real(4, 14)) }; }); // v in 万元
  const tot = { n: '合　计', pop: sum(rows.map((x) => x.pop)), v: sum(rows.map((x) => x.v)) };
  s.title(1, '各县（市、区）地区生产总值（2024年）', 5);
  L.header(s, 2, 1, ['地　区', '地区生产总值（万元）', '地区生产总值（亿元）', '常住人口（人）', '人均地区生产总值（元/人）']);
  [...rows, tot].forEach((x, i) => s.row(3 + i, 1, [x.n, x.v, rnd(x.v / 1e4, 2), x.pop, Math.round(x.v * 1e4 / x.pop)], [null, '#,##0', '0.00', '#,##0', '#,##0'], x === tot ? { bold: true } : {}));
  s.width(1, 12);
  b.setPlant(s, 6, 3, 'part (亿元 column of one county, same figure as the 万元 column; breaks 万元/10000 and the 合计 sum)', '+7%');
  await L.save(b, 'gen8');
}

async function g24() {
  const r = L.rng(824);
  const b = new Book('g24_两年万元_亿元_人均_增长.xlsx');
  const s = b.sheet('一般公共预算收入');
  const names = L.placeNames(r, 9, ['县', '区', '市']);
  const rows = names.map((n) => { const a = r.int(60000, 900000); return { n, a, c: Math.round(a * r.real(0.96, 1.12)), pop: r.int(150000, 1200000) }; });
  const tot = { n: '全　市', a: sum(rows.map((x) => x.a)), c: sum(rows.map((x) => x.c)), pop: sum(rows.map((x) => x.pop)) };
  s.title(1, '表7-2  各县（市、区）一般公共预算收入', 7);
  L.header(s, 2, 1, ['地　区', '2023年（万元）', '2024年（万元）', '比上年增长（%）', '2024年（亿元）', '常住人口（万人）', '人均一般公共预算收入（元/人）']);
  [tot, ...rows].forEach((x, i) => { const P = rnd(x.pop / 1e4, 2); s.row(3 + i, 1, [x.n, x.a, x.c, growth(x.c, x.a, 1), rnd(x.c / 1e4, 2), P, Math.round(x.c / P)], [null, '#,##0', '#,##0', '0.0', '0.00', '0.00', '#,##0']); });
  s.put(14, 1, '注：人均一般公共预算收入按常住人口计算。');
  s.width(1, 12);
  b.setPlant(s, 7, 4, 'change (比上年增长 of one county; contradicts 2023年 and 2024年)', '+10%');
  await L.save(b, 'gen8');
}

async function g25() {
  const r = L.rng(825);
  const b = new Book('g25_存贷款_人均_存贷比.xlsx');
  const s = b.sheet('金融');
  const names = L.placeNames(r, 11, ['县', '区', '县']);
  const rows = names.map((n) => { const dep = r.int(20000, 120000); const loan = Math.round(dep * r.real(0.6, 1.3)); return { n, dep, loan, house: Math.round(loan * r.real(0.2, 0.45)), pop: r.int(150000, 900000) }; }); // cents of 亿元 for money
  const tot = { n: '全　市' }; ['dep', 'loan', 'house', 'pop'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  const E = (c) => rnd(c / 100, 2);
  s.title(1, '表15-3  各县（区）金融机构存贷款（2024年末）', 7);
  L.header(s, 2, 1, ['地　区', '住户存款余额（亿元）', '各项贷款余额（亿元）', '其中：个人住房贷款（亿元）', '存贷比（%）', '常住人口（万人）', '人均住户存款（元）']);
  [tot, ...rows].forEach((x, i) => { const D = E(x.dep), Lo = E(x.loan), P = rnd(x.pop / 1e4, 2); s.row(3 + i, 1, [x.n, D, Lo, E(x.house), rate(Lo, D, 1), P, Math.round(D * 1e8 / (P * 1e4))], [null, '0.00', '0.00', '0.00', '0.0', '0.00', '#,##0']); });
  s.put(16, 1, '注：存贷比为各项贷款余额与住户存款余额之比。');
  s.width(1, 12);
  b.setPlant(s, 10, 2, 'part (住户存款余额 of one county; breaks 全市 sum, 存贷比 and 人均住户存款)', '+7%');
  await L.save(b, 'gen8');
}

(async () => { await g23(); await g24(); await g25(); })().catch((e) => { console.error(e); process.exit(1); });
