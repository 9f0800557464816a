const { book, rnd, r, rate, sumCol, towns2 } = require('./lib.js');
(async () => {
{ const rows = towns2.slice(0, 8).map(t => { const e = rnd(80, 300), c = rnd(Math.floor(e * .4), Math.floor(e * .7)), ne = rnd(1, 6), nc = rnd(ne, ne + 6); return [t, e, c, rate(c, e), ne, nc]; });
  const T = ['合计', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5)]; T[3] = rate(T[2], T[1]); rows.push(T);
  await book('s77_new_this_year_flat_headers.xlsx', [{ title: '非公企业党组织覆盖情况统计表', headers: [['街道', '企业数', '覆盖企业数', '覆盖率（%）', '本年新增企业数', '本年新增覆盖企业数']], rows, fmt: { 3: '0.0' } }]); }
})();
