const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
(async () => {
// s71: organisations counted (including branches under committees) vs enterprises with organisations
{ const rows = towns.slice(0, 8).map(t => { const com = rnd(0, 2), gen = rnd(0, 3), br = rnd(8, 30); const ent = com + gen + (br - com * 3 - gen * 2); const e = ent + rnd(20, 120); return [t, e, ent, com + gen + br, com, gen, br, rate(ent, e)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5, 6].map(i => sumCol(rows, i)), 0]; T[7] = rate(T[2], T[1]); rows.push(T);
  await book('s71_orgs_vs_enterprises.xlsx', [{ title: '非公企业党组织建设情况统计表', headers: [['乡镇', '企业数', '已建立党组织企业数', '党组织数', '其中', null, null, '覆盖率（%）'], [null, null, null, null, '党委', '党总支', '党支部', null]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 6], [0, 7, 1, 7]], rows, fmt: { 7: '0.0' } }]); }
// s72: target row under total
{ const rows = towns2.slice(0, 7).map(t => { const e = rnd(40, 200), c = rnd(Math.floor(e * .5), e); return [t, e, c, rate(c, e)]; });
  const E = sumCol(rows, 1), C = sumCol(rows, 2); rows.push(['合计', E, C, rate(C, E)]); rows.push(['年度目标', null, null, 85]);
  await book('s72_target_row.xlsx', [{ title: '非公企业党组织覆盖情况', headers: [['街道', '企业数', '覆盖企业数', '覆盖率（%）']], rows, fmt: { 3: '0.0' } }]); }
// s73: monthly report: rows towns, 本月 columns and 较上月增减 columns for counts only
{ const rows = towns.slice(0, 8).map(t => { const e = rnd(50, 250), c = rnd(Math.floor(e * .4), Math.floor(e * .8)), de = rnd(-3, 6), dc = rnd(0, 5); return [t, e, c, rate(c, e), de, dc, r(rate(c, e) - rate(c - dc, e - de), 1)]; });
  const T = ['合计', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5), 0]; T[3] = rate(T[2], T[1]); T[6] = r(T[3] - rate(T[2] - T[5], T[1] - T[4]), 1); rows.push(T);
  await book('s73_month_on_month_change_cols.xlsx', [{ title: '11月份非公企业党组织覆盖情况月报', headers: [['乡镇', '本月末', null, null, '较上月增减', null, null], [null, '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（百分点）']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], rows, fmt: { 3: '0.0', 6: '0.0' } }]); }
})();
