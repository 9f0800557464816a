const { rng, rd, sum, gr, table } = require('./lib');
const T = []; const S = '　';

// 42. 商品房销售 by 用途 (rows): 面积, 销售额 sum; 均价 not
T.push(() => {
  const R = rng(61);
  const u = ['住宅', '办公楼', '商业营业用房', '其他'].map((n, i) => { const a = [900, 40, 80, 60][i] * (0.9 + R() * 0.2); const pr = [8500, 11000, 12000, 3000][i] * (0.9 + R() * 0.2); const ap = a / (0.85 + R() * 0.3); const pp = pr * (0.95 + R() * 0.1); return { n, a, s: a * pr / 10000, ap, sp: ap * pp / 10000 }; });
  const tot = { n: '商品房', a: sum(u.map(x => x.a)), s: sum(u.map(x => x.s)), ap: sum(u.map(x => x.ap)), sp: sum(u.map(x => x.sp)) };
  const line = (x, n) => [n, rd(x.a, 2), rd(gr(x.a, x.ap), 1), rd(x.s, 2), rd(gr(x.s, x.sp), 1), Math.round(x.s / x.a * 10000), rd(gr(x.s / x.a, x.sp / x.ap), 1)];
  const t = table({ title: '商品房销售情况（按用途分）', unit: '', head: [['用　途', '销售面积', null, '销售额', null, '平均销售价格', null], [null, '绝对数（万平方米）', '增长（%）', '绝对数（亿元）', '增长（%）', '绝对数（元/平方米）', '增长（%）']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]], body: [line(tot, '商品房'), ...u.map(x => line(x, S + x.n))], fmts: { 5: '#,##0' } });
  return { file: 're_price_by_use.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 3, what: '办公楼 销售额 +7% (sum, price)' } };
});

// 43. 区县 GDP 常住人口 人均GDP (total row = ratio of totals)
T.push(() => {
  const R = rng(62);
  const regs = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '桐庐县', '淳安县', '建德市'];
  const d = regs.map(n => { const pop = 30 + R() * 170; const pc = 60000 + R() * 140000; return { n, pop, g: pop * pc / 10000 }; });
  const tot = { n: '全　市', pop: sum(d.map(x => x.pop)), g: sum(d.map(x => x.g)) };
  const line = x => [x.n, rd(x.g, 2), rd(x.pop, 2), Math.round(x.g / x.pop * 10000)];
  const t = table({ title: '各区、县（市）地区生产总值和人均地区生产总值', unit: '', head: [['地　区', '地区生产总值（亿元）', '年平均常住人口（万人）', '人均地区生产总值（元）']], body: [line(tot), ...d.map(line)], fmts: { 3: '#,##0' } });
  return { file: 'gdp_per_capita_county.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 1, what: '萧山区 GDP +7%' } };
});

// 44. 劳动力: rates with 比上年增减（百分点）
T.push(() => {
  const R = rng(63);
  const regs = ['全　市', '城区', '东县', '西县', '南县', '北县'];
  const body = regs.map(n => { const c = 2.5 + R() * 2, p = 2.5 + R() * 2; const lc = 60 + R() * 10, lp = 60 + R() * 10; const a = rd(c, 2), b = rd(p, 2), e = rd(lc, 1), f = rd(lp, 1); return [n, a, b, rd(a - b, 2), e, f, rd(e - f, 1)]; });
  const t = table({ title: '城镇调查失业率和劳动参与率', unit: '单位：%', head: [['地　区', '城镇调查失业率', null, null, '劳动参与率', null, null], [null, '2023年', '2022年', '比上年增减（百分点）', '2023年', '2022年', '比上年增减（百分点）']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], body });
  return { file: 'emp_rates_pp.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 1, what: '东县 失业率 2023 +7% (pp difference)' } };
});
module.exports = T;
