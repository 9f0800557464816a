const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
(async () => {
// s74: 年末 group + 比上年末增减 group, counts only
{ const rows = towns.slice(0, 8).map(t => { const e = rnd(50, 250), c = rnd(Math.floor(e * .4), Math.floor(e * .8)), de = rnd(-4, 3), dc = rnd(1, 6); return [t, e, c, de, dc]; });
  rows.push(['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i))]);
  await book('s74_change_group_counts.xlsx', [{ title: '2024年末非公企业党组织覆盖情况', headers: [['乡镇', '2024年末', null, '比上年末增减', null], [null, '企业数', '覆盖企业数', '企业数', '覆盖企业数']], merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4]], rows }]); }
// s75: 本年新增 group
{ const rows = towns2.slice(0, 8).map(t => { const e = rnd(80, 300), c = rnd(Math.floor(e * .4), Math.floor(e * .7)), ne = rnd(1, 6), nc = rnd(ne, ne + 6); return [t, e, c, rate(c, e), ne, nc]; });
  const T = ['合计', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5)]; T[3] = rate(T[2], T[1]); rows.push(T);
  await book('s75_new_this_year_group.xlsx', [{ title: '非公企业党组织覆盖情况统计表', headers: [['街道', '现有', null, null, '本年新增', null], [null, '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 5]], rows, fmt: { 3: '0.0' } }]); }
// s76: 未覆盖 group
{ const rows = towns.slice(0, 8).map(t => { const e = rnd(80, 300), c = rnd(Math.floor(e * .4), Math.floor(e * .7)), u = e - c, um = rnd(0, Math.floor(u * .2)); return [t, e, c, rate(c, e), u, um]; });
  const T = ['合计', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5)]; T[3] = rate(T[2], T[1]); rows.push(T);
  await book('s76_uncovered_group.xlsx', [{ title: '非公企业党组织覆盖情况统计表', headers: [['乡镇', '企业数', '覆盖企业数', '覆盖率（%）', '未覆盖企业', null], [null, null, null, null, '企业数', '其中：有党员企业数']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 5]], rows, fmt: { 3: '0.0' } }]); }
})();
