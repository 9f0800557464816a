// tourism
const L = require('./lib'); const { rnd, sum, growth, Book } = L;

async function y20() {
  const r = L.rng(920); const b = new Book('y20_旅游_分县_人次收入_占比.xlsx'); const s = b.sheet('旅游');
  const names = L.placeNames(r, 9, ['县', '区', '市']);
  const rows = names.map((n) => { const d = r.int(1800000, 24000000), i = r.int(2000, 90000); const inc = (d + i) * r.real(700, 1300); return { n, d, i, inc, inc0: inc / (1 + r.real(-0.05, 0.25)) }; });
  const tot = { n: '全　市', d: sum(rows.map((x) => x.d)), i: sum(rows.map((x) => x.i)), inc: sum(rows.map((x) => x.inc)), inc0: sum(rows.map((x) => x.inc0)) };
  s.title(1, '各县（市、区）旅游接待情况（2025年）', 7);
  s.header(3, 1, ['地　区', '接待游客总人次（万人次）', '国内游客（万人次）', '入境游客（万人次）', '旅游总收入（亿元）', '占全市比重（%）', '旅游总收入比上年增长（%）']);
  [tot, ...rows].forEach((x, k) => s.row(4 + k, 1, [x.n, rnd((x.d + x.i) / 1e4, 2), rnd(x.d / 1e4, 2), rnd(x.i / 1e4, 2), rnd(x.inc / 1e8, 2), rnd(x.inc / tot.inc * 100, 1), growth(x.inc, x.inc0)], [null, '#,##0.00', '#,##0.00', '0.00', '#,##0.00', '0.0', '0.0'], k ? {} : { bold: true }));
  s.put(15, 1, '注：旅游总收入包括国内旅游收入和国际旅游外汇收入（按当年平均汇率折算）。');
  s.width(1, 12);
  b.setPlant(s, 7, 5, 'one county 旅游总收入 (breaks 全市 sum and its 占全市比重)');
  await L.save(b, 'genF');
}

async function y21() {
  const r = L.rng(921); const b = new Book('y21_旅游_年份行_增长_人均花费.xlsx'); const s = b.sheet('旅游发展');
  s.title(1, '旅游业主要指标（2015—2025年）', 6);
  s.header(3, 1, ['年　份', '接待游客（万人次）', '比上年增长（%）', '旅游总收入（亿元）', '比上年增长（%）', '人均花费（元）']);
  let v = 3456.789e4, inc = 312.3456e8, v0 = v / 1.12, i0 = inc / 1.15;
  for (let y = 2015; y <= 2025; y++) {
    const gv = y === 2015 ? 0 : y === 2020 ? r.real(-0.45, -0.35) : y === 2021 ? r.real(0.15, 0.3) : y === 2023 ? r.real(0.4, 0.6) : r.real(0.05, 0.14);
    const gi = y === 2015 ? 0 : gv + r.real(-0.05, 0.05);
    const nv = y === 2015 ? v : v * (1 + gv), ni = y === 2015 ? inc : inc * (1 + gi);
    const pv = y === 2015 ? v0 : v, pi = y === 2015 ? i0 : inc;
    s.row(4 + y - 2015, 1, [y + '年', rnd(nv / 1e4, 2), growth(nv, pv), rnd(ni / 1e8, 2), growth(ni, pi), Math.round(ni / nv)], [null, '#,##0.00', '0.0', '#,##0.00', '0.0', '#,##0']);
    v = nv; inc = ni;
  }
  s.put(15, 1, '注：2020年受新冠疫情影响大幅下降。');
  b.setPlant(s, 12, 4, '2023 旅游总收入 (breaks 2023/2024 增长 and 人均花费)');
  await L.save(b, 'genF');
}

async function y22() {
  const r = L.rng(922); const b = new Book('y22_入境游客_分国别_港澳台.xlsx'); const s = b.sheet('入境游客');
  const mk = (n, lo, hi, ind) => { const v = r.int(lo, hi); return { n, ind, v, v0: Math.round(v / (1 + r.real(-0.1, 0.6))), fx: rnd(v * r.real(0.09, 0.16), 2) }; };
  const fg = ['日本', '韩国', '新加坡', '马来西亚', '美国', '英国', '德国', '澳大利亚'].map((n, i) => mk(i ? n : '其中：' + n, 3000, 40000, i ? 4 : 1));
  const foreign = mk('外国人', 0, 0, 0); foreign.v = sum(fg.map((x) => x.v)) + r.int(30000, 60000); foreign.v0 = sum(fg.map((x) => x.v0)) + r.int(25000, 50000); foreign.fx = rnd(foreign.v * 0.12, 2);
  const hk = mk('香港同胞', 40000, 90000, 0), mo = mk('澳门同胞', 5000, 15000, 0), tw = mk('台湾同胞', 20000, 60000, 0);
  const tot = { n: '总　计', ind: 0, v: foreign.v + hk.v + mo.v + tw.v, v0: foreign.v0 + hk.v0 + mo.v0 + tw.v0, fx: rnd(foreign.fx + hk.fx + mo.fx + tw.fx, 2) };
  s.title(1, '入境过夜游客及国际旅游外汇收入（2025年）', 6);
  s.header(3, 1, ['国家或地区', '2024年（人次）', '2025年（人次）', '比上年增长（%）', '国际旅游外汇收入（万美元）']);
  [tot, foreign, ...fg, hk, mo, tw].forEach((x, i) => { s.row(4 + i, 1, [x.n, x.v0, x.v, growth(x.v, x.v0), x.fx], [null, '#,##0', '#,##0', '0.0', '#,##0.00']); if (x.ind) s.put(4 + i, 1, x.n, { indent: x.ind }); });
  s.put(17, 1, '注：外国人中仅列出主要客源国。');
  s.width(1, 16);
  b.setPlant(s, 7, 3, '韩国 2025 人次 (breaks its 增长%)');
  await L.save(b, 'genF');
}
(async () => { await y20(); await y21(); await y22(); })().catch((e) => { console.error(e); process.exit(1); });
