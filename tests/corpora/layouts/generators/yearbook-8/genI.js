// ratio-only tables with a 全市 row; years-as-rows decline rates
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y37() {
  const r = L.rng(937); const b = new Book('y37_分县居民消费价格指数_全市行在上.xlsx'); const s = b.sheet('分县CPI');
  const names = L.placeNames(r, 9, ['县', '区', '市']);
  const w = names.map(() => r.real(0.5, 2)); const W = sum(w);
  const rows = names.map((n) => ({ n, v: [100 + r.real(-1, 2.5), 100 + r.real(-3, 5), 100 + r.real(-1, 2), 100 + r.real(-0.5, 1.8)] }));
  const tot = { n: '全　市', v: [0, 1, 2, 3].map((k) => sum(rows.map((x, i) => x.v[k] * w[i])) / W) };
  s.title(1, '各县（市、区）居民消费价格指数（2025年）', 5);
  s.put(2, 5, '上年=100', { right: true });
  s.header(3, 1, ['地　区', '居民消费价格总指数', '食品烟酒', '居住', '服务项目']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, ...x.v.map((v) => rnd(v, 1))], '0.0', i ? {} : { bold: true }));
  s.put(14, 1, '注：全市指数按各县（市、区）消费权重加权计算，不等于各县指数之和或简单平均。');
  s.width(1, 12);
  b.setPlant(s, 7, 2, 'one county 总指数 (inconsistent only with the weights; detectable at most as an outlier)');
  await L.save(b, 'genI');
}

async function y38() {
  const r = L.rng(938); const b = new Book('y38_分县人均与密度指标_全市行.xlsx'); const s = b.sheet('人均指标');
  const names = L.placeNames(r, 10, ['县', '区', '市']);
  const rows = names.map((n) => { const pop = r.int(150000, 1200000); const m = Math.round(pop * r.real(0.5, 0.52)); return { n, pop, m, area: r.real(90, 2400), gdp: pop * r.real(45000, 160000), bed: Math.round(pop * r.real(0.004, 0.009)) }; });
  const tot = { n: '全　市' }; ['pop', 'm', 'area', 'gdp', 'bed'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '各县（市、区）主要人均指标（2025年）', 7);
  s.header(3, 1, ['地　区', '常住人口（万人）', '人口密度（人/平方公里）', '性别比（女=100）', '人均地区生产总值（元）', '每千人口医疗卫生机构床位（张）', '土地面积（平方公里）']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, rnd(x.pop / 1e4, 2), Math.round(x.pop / x.area), rnd(x.m / (x.pop - x.m) * 100, 2), Math.round(x.gdp / x.pop), rnd(x.bed / x.pop * 1000, 2), rnd(x.area, 1)], [null, '0.00', '#,##0', '0.00', '#,##0', '0.00', '#,##0.0'], i ? {} : { bold: true }));
  s.put(16, 1, '注：人均地区生产总值按常住人口计算。');
  s.width(1, 12);
  b.setPlant(s, 8, 3, 'one county 人口密度 (breaks 人口密度 = 常住人口×10000/土地面积)');
  await L.save(b, 'genI');
}

async function y39() {
  const r = L.rng(939); const b = new Book('y39_能耗强度_年份行_比上年下降.xlsx'); const s = b.sheet('能耗强度');
  s.title(1, '能源消费与万元地区生产总值能耗（2018—2025年）', 6);
  s.header(3, 1, ['年　份', '能源消费总量（万吨标准煤）', '比上年增长（%）', '地区生产总值（亿元，2020年价格）', '万元地区生产总值能耗（吨标准煤/万元）', '比上年下降（%）']);
  let e0 = 1876.54 / 1.03, g0 = 3456.78 / 1.07;
  for (let y = 2018; y <= 2025; y++) {
    const e = e0 * (1 + r.real(-0.01, 0.05)), g = g0 * (1 + (y === 2020 ? r.real(0.005, 0.03) : r.real(0.04, 0.08)));
    s.row(4 + y - 2018, 1, [y + '年', rnd(e, 2), growth(e, e0, 1), rnd(g, 2), rnd(e / g, 4), rnd((1 - (e / g) / (e0 / g0)) * 100, 2)], [null, '#,##0.00', '0.0', '#,##0.00', '0.0000', '0.00']);
    e0 = e; g0 = g;
  }
  s.put(13, 1, '注：地区生产总值按2020年不变价格计算；下降率为正表示能耗强度下降。');
  b.setPlant(s, 9, 2, '2023 能源消费总量 (breaks 2023/2024 增长, 2023 能耗强度, 下降率)');
  await L.save(b, 'genI');
}
(async () => { await y37(); await y38(); await y39(); })().catch((e) => { console.error(e); process.exit(1); });
