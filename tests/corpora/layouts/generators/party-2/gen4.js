const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
(async () => {
// 31 rate base = 应建, with 企业数 column present
{
  const rows = towns.slice(0, 8).map(t => { const e = rnd(200, 800), need = rnd(20, 60), built = rnd(Math.floor(need * .7), need); return [t, e, need, built, rate(built, need)]; });
  const t = ['合计', sumCol(rows, 1), sumCol(rows, 2), sumCol(rows, 3), 0]; t[4] = rate(t[3], t[2]); rows.push(t);
  await book('s31_rate_over_need_with_total_col.xlsx', [{ title: '永宁县应建党组织非公企业覆盖情况表', headers: [['乡镇', '非公企业数', '其中：应建党组织企业数（有3名以上正式党员）', '建立党组织企业数', '应建企业党组织覆盖率（%）']], rows, fmt: { 4: '0.0' } }]);
}
// 32 raw unrounded values with numFmt (amounts in 万元, rates)
{
  const rows = towns2.slice(0, 9).map(t => { const due = rnd(100000, 999999) / 10000 * 1.2345, paid = due * rnd(900, 1000) / 1000; return [t, due, paid, paid / due * 100]; });
  const D = rows.reduce((s, x) => s + x[1], 0), P = rows.reduce((s, x) => s + x[2], 0); rows.push(['合计', D, P, P / D * 100]);
  await book('s32_unrounded_values.xlsx', [{ title: '非公企业党费收缴情况（万元）', headers: [['街道', '应缴党费（万元）', '实缴党费（万元）', '收缴率（%）']], rows, fmt: { 1: '0.00', 2: '0.00', 3: '0.0' } }]);
}
// 33 unrounded coverage rates with numFmt
{
  const rows = towns.slice(0, 9).map(t => { const own = rnd(3, 30), jc = rnd(0, 20), e = own + jc + rnd(3, 60); return [t, e, own + jc, own, jc, (own + jc) / e * 100]; });
  const T = ['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i)), 0]; T[5] = T[2] / T[1] * 100; rows.push(T);
  await book('s33_unrounded_rates.xlsx', [{ title: '石桥县非公企业党组织覆盖情况', headers: [['乡镇', '企业数', '覆盖企业数', '单独建立党组织数', '联合党组织覆盖企业数', '党组织覆盖率（%）']], rows, fmt: { 5: '0.0' } }]);
}
// 34 rows 本期/上年同期/同比增长(%)
{
  const rows = [];
  for (const c of counties.slice(0, 4)) {
    const e1 = rnd(300, 900), m1 = rnd(800, 3000), o1 = rnd(50, 200); const e0 = e1 - rnd(10, 60), m0 = m1 - rnd(20, 200), o0 = o1 - rnd(1, 15);
    rows.push([c, '本期', e1, o1, m1], [null, '上年同期', e0, o0, m0], [null, '同比增长（%）', rate(e1 - e0, e0), rate(o1 - o0, o0), rate(m1 - m0, m0)]);
  }
  await book('s34_growth_rows.xlsx', [{ title: '非公企业党建主要指标同比情况', headers: [['县区', '指标期别', '企业数', '党组织数', '党员数']], rows, fmt: { 2: '0', 3: '0', 4: '0' } }]);
}
// 35 months in rows: 本月新建 + 累计 (running)
{
  let cum = 0, cumE = 0; const rows = [];
  for (let m = 1; m <= 12; m++) { const n = rnd(1, 9), e = n + rnd(0, 6); cum += n; cumE += e; rows.push([`${m}月`, n, cum, e, cumE]); }
  rows.push(['全年合计', sumCol(rows, 1), cum, sumCol(rows, 3), cumE]);
  await book('s35_monthly_running_total.xlsx', [{ title: '2024年安平县非公企业党组织组建进度表', headers: [['月份', '本月新建党组织数', '累计新建党组织数', '本月新覆盖企业数', '累计新覆盖企业数']], rows }]);
}
// 36 county groups each with 序号 restart and 小计, total at bottom
{
  const groups = { '安平县': ['城关镇', '大何庄乡', '程油子乡', '西两洼乡'], '饶阳县': ['饶阳镇', '大尹村镇', '五公镇'], '武强县': ['武强镇', '街关镇', '周窝镇', '豆村乡'] };
  const rows = []; const subs = [];
  for (const [g, ts] of Object.entries(groups)) {
    rows.push([null, g]);
    const rs = ts.map((t, i) => { const own = rnd(2, 20), jc = rnd(0, 15), e = own + jc + rnd(3, 40); return [i + 1, t, e, own + jc, rate(own + jc, e)]; });
    const s = [null, '小计', sumCol(rs, 2), sumCol(rs, 3), 0]; s[4] = rate(s[3], s[2]); rows.push(...rs, s); subs.push(s);
  }
  const T = [null, '合计', sumCol(subs, 2), sumCol(subs, 3), 0]; T[4] = rate(T[3], T[2]); rows.push(T);
  await book('s36_groups_seq_restart.xlsx', [{ title: '衡水市部分县非公企业党组织覆盖情况', headers: [['序号', '县/乡镇', '企业数', '覆盖企业数', '覆盖率（%）']], rows, fmt: { 4: '0.0' } }]);
}
// 37 zero enterprises town with blank rate
{
  const rows = towns.slice(0, 8).map(t => { const own = rnd(2, 20), jc = rnd(0, 15), e = own + jc + rnd(3, 40); return [t, e, own + jc, own, jc, rate(own + jc, e)]; });
  rows.push(['综合保税区', 0, 0, 0, 0, null]);
  const T = ['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i)), 0]; T[5] = rate(T[2], T[1]); rows.push(T);
  await book('s37_zero_town_blank_rate.xlsx', [{ title: '丰源市非公企业党组织覆盖情况', headers: [['乡镇（街道）', '企业数', '覆盖企业数', '单独建立党组织数', '联合党组织覆盖企业数', '覆盖率（%）']], rows, fmt: { 5: '0.0' } }]);
}
// 38 text numbers with thousands separators (exported)
{
  const rows = cities.slice(0, 8).map(c => { const e = rnd(8000, 40000), cv = rnd(Math.floor(e * .3), Math.floor(e * .6)), m = rnd(20000, 90000); return [c, e, cv, m, rate(cv, e)]; });
  const E = sumCol(rows, 1), C = sumCol(rows, 2), M = sumCol(rows, 3); rows.push(['全省', E, C, M, rate(C, E)]);
  const fmtN = n => n.toLocaleString('en-US');
  const rowsT = rows.map(x => [x[0], fmtN(x[1]), fmtN(x[2]), fmtN(x[3]), x[4].toFixed(1)]);
  await book('s38_text_thousands.xlsx', [{ title: '河北省非公有制企业党建工作情况统计表', headers: [['市', '非公有制企业数', '党组织覆盖企业数', '党员数', '党组织覆盖率（%）']], rows: rowsT }]);
}
// 39 joint organisation ledger
{
  const names = ['城关镇商贸企业联合党支部', '经开区小微企业联合党支部', '电商产业园联合党总支', '北山镇建材企业联合党支部', '柳泉镇物流企业联合党支部', '金融大厦楼宇联合党支部', '步行街商圈联合党支部'];
  const rows = names.map((n, i) => { const cov = rnd(3, 15), m = rnd(3, 30); return [i + 1, n, cov, m, rnd(1, 3), null]; });
  rows[2][5] = '2024年升格为党总支';
  rows.push(['合计', null, sumCol(rows, 2), sumCol(rows, 3), sumCol(rows, 4), null]);
  await book('s39_joint_org_ledger.xlsx', [{ title: '东岭县非公企业联合党组织台账', headers: [['序号', '联合党组织名称', '覆盖企业数', '党员数', '党建指导员数', '备注']], rows }]);
}
// 40 rounding boundaries (half-up)
{
  const spec = [[40, 9], [40, 21], [16, 7], [16, 5], [80, 33], [200, 57], [160, 1], [160, 99], [8, 3], [400, 123]];
  const rows = spec.map(([e, c], i) => [towns2[i], e, c, rate(c, e)]);
  const E = sumCol(rows, 1), C = sumCol(rows, 2); rows.push(['合计', E, C, rate(C, E)]);
  // 2dp variant in another column
  rows.forEach(x => x.push(rate(x[2], x[1], 2)));
  await book('s40_rounding_boundaries.xlsx', [{ title: '社会组织党组织覆盖情况表', headers: [['街道', '社会组织数', '覆盖社会组织数', '覆盖率（%）', '覆盖率（%，两位小数）']], rows, fmt: { 3: '0.0', 4: '0.00' } }]);
}
})();
