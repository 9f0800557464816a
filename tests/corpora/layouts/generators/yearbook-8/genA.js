// agriculture: 播种面积/产量/单产, 畜牧, years rows, 市区/县 subtotals
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y01() {
  const r = L.rng(901); const b = new Book('y01_农作物面积产量单产_多行表头.xlsx'); const s = b.sheet('农作物');
  const names = L.placeNames(r, 8, ['县', '县', '市', '区']);
  const crops = [['粮食作物', 20000, 60000, 5200, 7200], ['油料', 1500, 9000, 2300, 3100], ['蔬菜', 3000, 15000, 28000, 42000]];
  const rows = names.map((n) => ({ n, v: crops.map(([_, a0, a1, y0, y1]) => { const a = r.int(a0, a1); return { a, p: Math.round(a * r.real(y0, y1) / 1000) }; }) }));
  const tot = { n: '全　市', v: crops.map((_, k) => ({ a: sum(rows.map((x) => x.v[k].a)), p: sum(rows.map((x) => x.v[k].p)) })) };
  s.title(1, '表12-6  各县（市、区）主要农作物播种面积、产量及单产（2025年）', 10);
  s.put(3, 1, '地　区', { center: true, border: true }); s.merge(3, 1, 4, 1);
  crops.forEach(([c], k) => { s.put(3, 2 + 3 * k, c, { center: true, border: true }); s.merge(3, 2 + 3 * k, 3, 4 + 3 * k); s.header(4, 2 + 3 * k, ['播种面积（公顷）', '产量（吨）', '单产（公斤/公顷）']); });
  const line = (x) => [x.n, ...x.v.flatMap((c) => [c.a, c.p, Math.round(c.p * 1000 / c.a)])];
  [tot, ...rows].forEach((x, i) => s.row(5 + i, 1, line(x), '#,##0', i === 0 ? { bold: true } : {}));
  s.put(14, 1, '注：单产按播种面积计算。');
  s.width(1, 12);
  b.setPlant(s, 8, 3, 'one county 粮食 产量 (breaks 全市 column sum and its 单产)');
  await L.save(b, 'genA');
}

async function y02() {
  const r = L.rng(902); const b = new Book('y02_畜牧存栏出栏_肉类构成_合计在下.xlsx'); const s = b.sheet('畜牧业');
  const names = L.placeNames(r, 9, ['县', '县', '区']);
  const rows = names.map((n) => { const pig = r.int(60000, 420000); return { n, pig, sow: Math.round(pig * r.real(0.08, 0.12)), pigOut: Math.round(pig * r.real(1.4, 1.8)), cattle: r.int(3000, 40000), sheep: r.int(10000, 160000), poultry: r.int(400000, 6000000), pork: 0, beef: r.int(300, 5000), mutton: r.int(100, 2500), fowl: r.int(600, 12000) }; });
  rows.forEach((x) => { x.pork = Math.round(x.pigOut * r.real(0.075, 0.09)); });
  const K = ['pig', 'sow', 'pigOut', 'cattle', 'sheep', 'poultry', 'pork', 'beef', 'mutton', 'fowl'];
  const tot = { n: '全市合计' }; K.forEach((k) => { tot[k] = sum(rows.map((x) => x[k])); });
  s.title(1, '各县（区）主要畜禽生产情况（2025年）', 12);
  s.put(2, 12, '单位：万头、万只、吨', { right: true });
  s.header(3, 1, ['地　区', '生猪存栏（万头）', '其中：能繁母猪（万头）', '生猪出栏（万头）', '牛存栏（万头）', '羊存栏（万只）', '家禽出栏（万只）', '肉类总产量（吨）', '猪肉', '牛肉', '羊肉', '禽肉']);
  const W = (v) => rnd(v / 1e4, 2);
  const line = (x) => [x.n, W(x.pig), W(x.sow), W(x.pigOut), W(x.cattle), W(x.sheep), W(x.poultry), x.pork + x.beef + x.mutton + x.fowl, x.pork, x.beef, x.mutton, x.fowl];
  const F = [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0'];
  rows.forEach((x, i) => s.row(4 + i, 1, line(x), F));
  s.row(4 + rows.length, 1, line(tot), F, { bold: true });
  s.put(15, 1, '注：肉类总产量包括猪肉、牛肉、羊肉和禽肉。');
  s.width(1, 12);
  b.setPlant(s, 9, 11, 'one county 羊肉 (breaks 肉类总产量 = parts and the 全市合计 column sum)');
  await L.save(b, 'genA');
}

async function y03() {
  const r = L.rng(903); const b = new Book('y03_主要农产品产量_年份行_增长.xlsx'); const s = b.sheet('农产品产量');
  const years = []; for (let y = 2014; y <= 2025; y++) years.push(y);
  const ser = (v0, lo, hi) => { const out = [v0]; for (let i = 1; i < years.length; i++) out.push(out[i - 1] * (1 + r.real(lo, hi))); return out; };
  const S = [ser(186.4321, -0.04, 0.05), ser(12.8765, -0.06, 0.08), ser(42.123, -0.12, 0.09), ser(23.4567, -0.02, 0.06)];
  s.title(1, '主要农产品产量（2015—2025年）', 9);
  s.put(2, 9, '单位：万吨、%', { right: true });
  s.header(3, 1, ['年　份', '粮食', '比上年增长', '油料', '比上年增长', '肉类', '比上年增长', '水产品', '比上年增长']);
  for (let i = 1; i < years.length; i++) {
    s.row(3 + i, 1, [String(years[i]), ...S.flatMap((x) => [rnd(x[i], 2), growth(x[i], x[i - 1], 1)])], [null, '0.00', '0.0', '0.00', '0.0', '0.00', '0.0', '0.00', '0.0']);
  }
  s.put(16, 1, '资料来源：国家统计局××调查总队。');
  b.setPlant(s, 10, 4, '油料 2021 value (breaks 2021 and 2022 growth)');
  await L.save(b, 'genA');
}

async function y04() {
  const r = L.rng(904); const b = new Book('y04_农林牧渔产值_市区县小计.xlsx'); const s = b.sheet('总产值');
  const dis = L.placeNames(r, 3, '区'), cos = L.placeNames(r, 5, ['县', '县', '市']);
  const mk = (n) => ({ n, v: [r.int(50000, 600000), r.int(2000, 40000), r.int(20000, 300000), r.int(3000, 90000), r.int(3000, 30000)] });
  const D = dis.map(mk), C = cos.map(mk);
  const agg = (n, arr) => ({ n, v: [0, 1, 2, 3, 4].map((k) => sum(arr.map((x) => x.v[k]))) });
  const sd = agg('市　区', D), sc = agg('县（市）', C), tot = agg('全　市', [...D, ...C]);
  s.title(1, '表12-2  各县（市、区）农林牧渔业总产值（2025年）', 7);
  s.put(2, 7, '单位：万元', { right: true });
  s.header(3, 1, ['地　区', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动']);
  let y = 4;
  const put = (x, ind, bold) => { s.row(y, 1, [x.n, sum(x.v), ...x.v], '#,##0', bold ? { bold: true } : {}); if (ind) s.put(y, 1, x.n, { indent: ind }); y++; };
  put(tot, 0, true); put(sd, 0, true); D.forEach((x) => put(x, 1)); put(sc, 0, true); C.forEach((x) => put(x, 1));
  s.put(y + 1, 1, '注：按当年价格计算。');
  s.width(1, 14);
  b.setPlant(s, 9, 5, '县（市） subtotal 牧业 (breaks subtotal = its counties, 全市 = subtotals, row total)');
  await L.save(b, 'genA');
}
(async () => { await y01(); await y02(); await y03(); await y04(); })().catch((e) => { console.error(e); process.exit(1); });
