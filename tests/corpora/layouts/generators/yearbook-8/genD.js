// population
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y13() {
  const r = L.rng(913); const b = new Book('y13_户籍人口_性别比_人口密度.xlsx'); const s = b.sheet('户籍人口');
  const names = L.placeNames(r, 10, ['区', '区', '县', '县', '市']);
  const rows = names.map((n) => { const p = r.int(150000, 1200000); const m = Math.round(p * r.real(0.502, 0.52)); return { n, hh: Math.round(p / r.real(2.5, 3.1)), m, f: p - m, area: rnd(r.real(80, 2600), 2) }; });
  const tot = { n: '全　市' }; ['hh', 'm', 'f', 'area'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); }); tot.area = rnd(tot.area, 2);
  s.title(1, '表3-4  各区（县、市）户籍人口及人口密度（2025年末）', 8);
  s.header(2, 1, ['地　区', '户数（户）', '总人口（人）', '男（人）', '女（人）', '性别比（女=100）', '土地面积（平方公里）', '人口密度（人/平方公里）']);
  [tot, ...rows].forEach((x, i) => s.row(3 + i, 1, [x.n, x.hh, x.m + x.f, x.m, x.f, rnd(x.m / x.f * 100, 2), x.area, Math.round((x.m + x.f) / x.area)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '0.00', '#,##0.00', '#,##0'], i ? {} : { bold: true }));
  s.put(14, 1, '注：土地面积为行政区域面积。');
  s.width(1, 12);
  b.setPlant(s, 7, 5, 'one district 女 (breaks 总人口 = 男+女, 性别比, 全市 column sum)');
  await L.save(b, 'genD');
}

async function y14() {
  const r = L.rng(914); const b = new Book('y14_年龄结构_构成_抚养比.xlsx'); const s = b.sheet('年龄结构');
  const names = L.placeNames(r, 9, ['区', '县', '县']);
  const rows = names.map((n) => { const t = r.int(200000, 900000); const a = Math.round(t * r.real(0.11, 0.19)), c = Math.round(t * r.real(0.12, 0.22)); return { n, a, b: t - a - c, c }; });
  const tot = { n: '全　市', a: sum(rows.map((x) => x.a)), b: sum(rows.map((x) => x.b)), c: sum(rows.map((x) => x.c)) };
  s.title(1, '各区县常住人口年龄构成及抚养比（2025年）', 11);
  s.put(3, 1, '地　区', { center: true, border: true }); s.merge(3, 1, 4, 1);
  s.put(3, 2, '常住人口（人）', { center: true, border: true }); s.merge(3, 2, 3, 5);
  s.put(3, 6, '构成（%）', { center: true, border: true }); s.merge(3, 6, 3, 8);
  s.put(3, 9, '抚养比（%）', { center: true, border: true }); s.merge(3, 9, 3, 11);
  s.header(4, 2, ['合计', '0—14岁', '15—64岁', '65岁及以上', '0—14岁', '15—64岁', '65岁及以上', '总抚养比', '少儿抚养比', '老年抚养比']);
  [tot, ...rows].forEach((x, i) => { const t = x.a + x.b + x.c; s.row(5 + i, 1, [x.n, t, x.a, x.b, x.c, rnd(x.a / t * 100, 1), rnd(x.b / t * 100, 1), rnd(x.c / t * 100, 1), rnd((x.a + x.c) / x.b * 100, 1), rnd(x.a / x.b * 100, 1), rnd(x.c / x.b * 100, 1)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']); });
  s.put(16, 1, '注：总抚养比=（0—14岁人口+65岁及以上人口）/15—64岁人口×100%。构成因四舍五入，合计可能不等于100。');
  s.width(1, 12);
  b.setPlant(s, 9, 5, 'one district 65岁及以上 count (breaks 合计, its 构成 and 抚养比, 全市 sum)');
  await L.save(b, 'genD');
}

async function y15() {
  const r = L.rng(915); const b = new Book('y15_人口主要指标_年份行_出生死亡_城镇化.xlsx'); const s = b.sheet('人口变动');
  s.title(1, '人口主要指标（2015—2025年）', 8);
  s.header(3, 1, ['年　份', '年末常住人口（万人）', '#城镇人口（万人）', '城镇化率（%）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）', '常住人口比上年增长（%）']);
  let p = 612.3456, prev = 608.1234;
  for (let y = 2015; y <= 2025; y++) {
    const np = y === 2015 ? p : p * (1 + r.real(-0.004, 0.009)); const u = np * (0.55 + (y - 2015) * 0.012 + r.real(-0.003, 0.003));
    const br = r.real(5.5, 11.5) - (y - 2015) * 0.35, dr = r.real(6.2, 7.4);
    s.row(4 + y - 2015, 1, [String(y), rnd(np, 2), rnd(u, 2), rnd(u / np * 100, 2), rnd(br, 2), rnd(dr, 2), rnd(br - dr, 2), growth(np, prev, 2)], [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
    prev = np; p = np;
  }
  s.put(15, 1, '注：#表示其中项。2020年数据根据第七次全国人口普查结果修订。');
  s.width(2, 14); s.width(3, 14);
  b.setPlant(s, 10, 3, '2021 城镇人口 (breaks 城镇化率)');
  await L.save(b, 'genD');
}

async function y16() {
  const r = L.rng(916); const b = new Book('y16_户籍人口变动_年初年末平衡.xlsx'); const s = b.sheet('人口变动');
  const names = L.placeNames(r, 8, ['区', '县']);
  const rows = names.map((n) => ({ n, p0: r.int(200000, 1000000), bi: r.int(800, 9000), de: r.int(1500, 9000), mi: r.int(2000, 20000), mo: r.int(2000, 18000) }));
  const tot = { n: '合　计' }; ['p0', 'bi', 'de', 'mi', 'mo'].forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '各区（县）户籍人口变动情况（2025年）', 9);
  s.put(2, 9, '单位：人、‰', { right: true });
  s.header(3, 1, ['地　区', '年初户籍人口', '出生人口', '死亡人口', '迁入人口', '迁出人口', '年末户籍人口', '自然增长人数', '自然增长率（‰）']);
  rows.forEach((x, i) => { const p1 = x.p0 + x.bi - x.de + x.mi - x.mo; s.row(4 + i, 1, [x.n, x.p0, x.bi, x.de, x.mi, x.mo, p1, x.bi - x.de, rnd((x.bi - x.de) / ((x.p0 + p1) / 2) * 1000, 2)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.00']); });
  const x = tot; const p1 = x.p0 + x.bi - x.de + x.mi - x.mo;
  s.row(12, 1, [x.n, x.p0, x.bi, x.de, x.mi, x.mo, p1, x.bi - x.de, rnd((x.bi - x.de) / ((x.p0 + p1) / 2) * 1000, 2)], [null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0.00'], { bold: true });
  s.put(13, 1, '注：年末户籍人口=年初户籍人口+出生人口-死亡人口+迁入人口-迁出人口。自然增长率按年平均人口计算。');
  b.setPlant(s, 6, 5, 'one district 迁入人口 (breaks 年末 balance and 合计 column)');
  await L.save(b, 'genD');
}
(async () => { await y13(); await y14(); await y15(); await y16(); })().catch((e) => { console.error(e); process.exit(1); });
