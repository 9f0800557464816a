const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
(async () => {
// s54: 单独组建率 and 覆盖率
{ const rows = towns.slice(0, 8).map(t => { const own = rnd(3, 30), jc = rnd(2, 20), e = own + jc + rnd(5, 50); return [t, e, own, jc, own + jc, rate(own, e), rate(own + jc, e)]; });
  const T = ['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i)), 0, 0]; T[5] = rate(T[2], T[1]); T[6] = rate(T[4], T[1]); rows.push(T);
  await book('s54_own_rate_and_cover_rate.xlsx', [{ title: '非公企业党组织组建情况统计表', headers: [['乡镇', '企业数', '单独建立党组织数', '联合党组织覆盖企业数', '覆盖企业数', '单独组建率（%）', '党组织覆盖率（%）']], rows, fmt: { 5: '0.0', 6: '0.0' } }]); }
// s55: rate column first
{ const rows = towns2.slice(0, 8).map(t => { const e = rnd(40, 200), c = rnd(Math.floor(e * .4), e); return [t, rate(c, e), e, c, e - c]; });
  const E = sumCol(rows, 2), C = sumCol(rows, 3); rows.push(['合计', rate(C, E), E, C, E - C]);
  await book('s55_rate_first.xlsx', [{ title: '非公企业党组织覆盖率排序表', headers: [['街道', '覆盖率（%）', '企业数', '覆盖企业数', '未覆盖企业数']], rows, fmt: { 1: '0.0' } }]); }
// s58: nested 其中 规上 with its own rate
{ const rows = towns.slice(0, 8).map(t => { const e = rnd(80, 300), c = rnd(Math.floor(e * .3), Math.floor(e * .6)), se = rnd(8, 30), sc = rnd(Math.floor(se * .6), se); return [t, e, c, rate(c, e), se, sc, rate(sc, se)]; });
  const T = ['合计', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5), 0]; T[3] = rate(T[2], T[1]); T[6] = rate(T[5], T[4]); rows.push(T);
  await book('s58_nested_above_scale_rate.xlsx', [{ title: '非公企业党组织覆盖情况统计表', headers: [['乡镇', '非公企业数', '覆盖企业数', '覆盖率（%）', '其中：规模以上企业', null, null], [null, null, null, null, '企业数', '覆盖企业数', '覆盖率（%）']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 6]], rows, fmt: { 3: '0.0', 6: '0.0' } }]); }
// s62: full-width percent sign text
{ const rows = counties.slice(0, 6).map(c => { const e = rnd(100, 600), cv = rnd(Math.floor(e * .5), e); return [c, e, cv, rate(cv, e).toFixed(1) + '％']; });
  const E = sumCol(rows, 1), C = sumCol(rows, 2); rows.push(['合计', E, C, rate(C, E).toFixed(1) + '％']);
  await book('s62_fullwidth_percent_text.xlsx', [{ title: '社会组织党组织覆盖情况表', headers: [['县（市、区）', '社会组织数', '覆盖社会组织数', '覆盖率']], rows }]); }
// s63: 100% and 0 rows, text "100%" "0%"
{ const rows = towns.slice(0, 6).map((t, i) => { const e = rnd(5, 40), c = i === 1 ? e : i === 3 ? 0 : rnd(1, e); return [t, e, c, (c === e || c === 0) ? rate(c, e).toFixed(0) + '%' : rate(c, e).toFixed(1) + '%']; });
  const E = sumCol(rows, 1), C = sumCol(rows, 2); rows.push(['合计', E, C, rate(C, E).toFixed(1) + '%']);
  await book('s63_text_percent_100_0.xlsx', [{ title: '社会组织党组织覆盖情况表', headers: [['乡镇（街道）', '社会组织数', '覆盖社会组织数', '覆盖率']], rows }]); }
// s64: counties with 占全市比重 column (share of total)
{ const rows = counties.map(c => { const e = rnd(200, 900), cv = rnd(80, Math.floor(e * .6)); return [c, e, cv]; });
  const E = sumCol(rows, 1), C = sumCol(rows, 2); rows.forEach(x => { x.push(rate(x[2], x[1]), rate(x[2], C)); }); rows.push(['全市', E, C, rate(C, E), 100]);
  await book('s64_share_of_city_total.xlsx', [{ title: '丰源市非公企业党组织覆盖情况', headers: [['县（市、区）', '企业数', '覆盖企业数', '覆盖率（%）', '覆盖企业数占全市比重（%）']], rows, fmt: { 3: '0.0', 4: '0.0' } }]); }
})();
