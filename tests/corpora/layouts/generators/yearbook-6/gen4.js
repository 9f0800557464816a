// gen4: index numbers beside absolute values; price indices by category (not additive)
const L = require('./lib');
const { rnd, sum, rate, growth, Book } = L;

async function g10() {
  const r = L.rng(410);
  const b = new Book('g10_绝对值与指数_地区生产总值.xlsx');
  const s = b.sheet('2-1');
  // current-price values; indices here are value ratios (当年价格), so they follow from the values shown
  const p1 = [r.int(280000, 320000) / 100], p2 = [r.int(1300000, 1500000) / 100], ind = [], p3 = [r.int(1700000, 1900000) / 100];
  const v20 = { p1: r.int(230000, 260000) / 100, p2: r.int(1000000, 1200000) / 100, ind: 0, p3: r.int(1300000, 1500000) / 100 };
  v20.ind = rnd(v20.p2 * 0.82, 2);
  ind[0] = rnd(p2[0] * 0.81, 2);
  p1[1] = rnd(p1[0] * r.real(1.02, 1.05), 2); p2[1] = rnd(p2[0] * r.real(1.03, 1.07), 2); ind[1] = rnd(p2[1] * 0.815, 2); p3[1] = rnd(p3[0] * r.real(1.04, 1.08), 2);
  const gdp = (k) => rnd(p1[k] + p2[k] + p3[k], 2);
  v20.gdp = rnd(v20.p1 + v20.p2 + v20.p3, 2);
  const pop = [r.int(23_100_000, 23_300_000), 0]; pop[1] = pop[0] + r.int(-50000, 50000);
  const avgPop = (k) => pop[k]; // simplified: average population given
  const rows = [
    ['地区生产总值（亿元）', gdp(0), gdp(1), v20.gdp],
    ['　第一产业', p1[0], p1[1], v20.p1],
    ['　第二产业', p2[0], p2[1], v20.p2],
    ['　　其中：工业', ind[0], ind[1], v20.ind],
    ['　第三产业', p3[0], p3[1], v20.p3],
  ];
  s.title(1, '2-1  地区生产总值及指数', 6);
  L.header(s, 2, 1, ['指　标', '2023年', '2024年', '2024年指数', null, '2024年构成（%）']);
  s.merge(2, 4, 2, 5); s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 3, 3); s.merge(2, 6, 3, 6);
  L.header(s, 3, 4, ['上年=100', '2020年=100']);
  rows.forEach(([n, a, c, base], i) => {
    s.row(4 + i, 1, [n, a, c, rate(c, a, 1), rate(c, base, 1), rate(c, rows[0][2], 1)], [null, '0.00', '0.00', '0.0', '0.0', '0.0']);
  });
  // per capita row
  const pcA = Math.round(gdp(0) * 1e8 / avgPop(0)), pcB = Math.round(gdp(1) * 1e8 / avgPop(1));
  s.row(9, 1, ['人均地区生产总值（元）', pcA, pcB, rate(pcB, pcA, 1)], [null, '#,##0', '#,##0', '0.0']);
  s.put(11, 1, '注：本表绝对数按当年价格计算，指数按当年价格计算的发展速度（2020年数据见上年年鉴）；人均地区生产总值按年平均人口计算。');
  s.width(1, 24);
  b.setPlant(s, 6, 3, 'part (第二产业 2024年; breaks 地区生产总值 = 三次产业之和, its 指数, 构成, and 其中：工业 stays smaller)', '+7%');
  await L.save(b, 'gen4');
}

async function g11() {
  const r = L.rng(411);
  const b = new Book('g11_居民消费价格指数_分类.xlsx');
  const s = b.sheet('价格指数');
  const cats = ['居民消费价格总指数', '　食品烟酒', '　　其中：食品', '　　　　　粮食', '　　　　　畜肉类', '　　　　　鲜菜', '　衣着', '　居住', '　生活用品及服务', '　交通通信', '　教育文化娱乐', '　医疗保健', '　其他用品及服务'];
  s.title(1, '9-1  居民消费价格指数', 8);
  L.header(s, 2, 1, ['类　别', '2024年（上年=100）', null, null, '2023年（2020年=100）', '2024年（2020年=100）', '2024年比2020年涨幅（%）']);
  s.merge(2, 2, 2, 4); s.merge(2, 1, 3, 1); s.merge(2, 5, 3, 5); s.merge(2, 6, 3, 6); s.merge(2, 7, 3, 7);
  L.header(s, 3, 2, ['全省', '城市', '农村']);
  let plantRow = 0;
  cats.forEach((c, i) => {
    const pv = rnd(r.real(98.2, 103.5), 1), urb = rnd(pv + r.real(-0.4, 0.4), 1), rur = rnd(pv + r.real(-0.5, 0.5), 1);
    const b23 = rnd(r.real(102, 110), 1); const b24 = rnd(b23 * pv / 100, 1);
    s.row(4 + i, 1, [c, pv, urb, rur, b23, b24, rnd(b24 - 100, 1)], [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
    if (c.includes('衣着')) plantRow = 4 + i;
  });
  s.put(18, 1, '注：2024年（2020年=100）= 2023年（2020年=100）× 2024年（上年=100）÷ 100。');
  s.width(1, 24);
  b.setPlant(s, plantRow, 6, 'index (衣着 2024年 2020=100 chained index; breaks 2023(2020=100)×上年=100/100 and the 涨幅 column)', '+7%');
  await L.save(b, 'gen4');
}

async function g12() {
  const r = L.rng(412);
  const b = new Book('g12_工业指数与利润率.xlsx');
  const s = b.sheet('规上工业');
  const mk = () => { const rev = r.int(200000, 900000) / 100; const prof = rnd(rev * r.real(0.04, 0.09), 2); return { va: r.int(30000, 150000) / 100, rev, prof, idx: rnd(r.real(99, 112), 1) }; };
  const light = mk(), heavy = mk();
  const own = [mk(), mk(), mk(), mk()];
  // ownership groups: 国有控股, 股份制, 外商及港澳台, 私营 -- partial 其中 list; make the total consistent
  const tot = { va: rnd(light.va + heavy.va, 2), rev: rnd(light.rev + heavy.rev, 2), prof: rnd(light.prof + heavy.prof, 2), idx: rnd(r.real(104, 108), 1) };
  // scale ownership partial figures so each is below total and their sum exceeds nothing (股份制 overlaps 国有控股, as in real yearbooks)
  own.forEach((o, k) => { const f = [0.28, 0.55, 0.18, 0.3][k]; o.va = rnd(tot.va * f, 2); o.rev = rnd(tot.rev * f * r.real(0.95, 1.05), 2); o.prof = rnd(o.rev * r.real(0.04, 0.09), 2); });
  s.title(1, '表13-3  规模以上工业主要指标（2024年）', 6);
  L.header(s, 2, 1, ['项　目', '工业增加值（亿元）', '增加值指数（上年=100）', '营业收入（亿元）', '利润总额（亿元）', '营业收入利润率（%）']);
  const F = [null, '0.00', '0.0', '0.00', '0.00', '0.00'];
  const line = (n, o) => [n, o.va, o.idx, o.rev, o.prof, rate(o.prof, o.rev, 2)];
  s.row(3, 1, line('总　计', tot), F, { bold: true });
  s.put(4, 1, '按轻重工业分');
  s.row(5, 1, line('　轻工业', light), F);
  s.row(6, 1, line('　重工业', heavy), F);
  s.put(7, 1, '按经济类型分');
  ['　其中：国有控股企业', '　　　　股份制企业', '　　　　外商及港澳台商投资企业', '　　　　私营企业'].forEach((n, k) => s.row(8 + k, 1, line(n, own[k]), F));
  s.put(13, 1, '注：增加值指数按可比价格计算；股份制企业中含部分国有控股企业，按经济类型分各项不能相加。');
  s.width(1, 30);
  b.setPlant(s, 6, 5, 'part (重工业 利润总额; breaks 总计 = 轻工业+重工业 and 营业收入利润率)', '+10%');
  await L.save(b, 'gen4');
}

async function g13() {
  const r = L.rng(413);
  const b = new Book('g13_分月价格指数_全年平均.xlsx');
  const s = b.sheet('商品零售价格');
  const cats = ['商品零售价格总指数', '食品', '饮料、烟酒', '服装、鞋帽', '纺织品', '家用电器及音像器材', '文化办公用品', '日用品', '中西药品及医疗保健用品', '燃料', '建筑材料及五金电料'];
  s.title(1, '9-5  分月商品零售价格指数（2024年，上年同月=100）', 14);
  L.header(s, 2, 1, ['类　别', ...Array.from({ length: 12 }, (_, i) => (i + 1) + '月'), '全年']);
  let plantRow = 0;
  cats.forEach((c, i) => {
    const base = r.real(98.5, 103);
    const m = Array.from({ length: 12 }, () => rnd(base + r.real(-1.2, 1.2), 1));
    s.row(3 + i, 1, [c, ...m, rnd(sum(m) / 12, 1)], '0.0');
    if (c === '燃料') plantRow = 3 + i;
  });
  s.put(15, 1, '注：全年指数为各月指数的简单算术平均。');
  s.width(1, 22);
  b.setPlant(s, plantRow, 14, 'index (全年 = mean of 12 monthly indices, 燃料)', '+7%');
  await L.save(b, 'gen4');
}

(async () => { await g10(); await g11(); await g12(); await g13(); })().catch((e) => { console.error(e); process.exit(1); });
