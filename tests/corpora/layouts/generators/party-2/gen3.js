const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
(async () => {
// 21 星级评定
{
  const rows = towns.slice(0, 8).map(t => { const a = [rnd(0, 4), rnd(2, 8), rnd(3, 12), rnd(1, 6)]; return [t, a.reduce((x, y) => x + y), ...a]; });
  rows.push(['合计', ...[1, 2, 3, 4, 5].map(i => sumCol(rows, i))]);
  await book('s21_star_rating.xlsx', [{ title: '非公企业党组织星级评定情况统计表', headers: [['乡镇（街道）', '参评党组织数', '五星级', '四星级', '三星级', '二星级及以下']], rows }]);
}
// 22 multi-sheet: 非公, 社会组织, 汇总
{
  const mk = (lo, hi) => towns2.slice(0, 7).map(t => { const own = rnd(lo, hi), jo = rnd(1, 4), jc = jo * rnd(2, 4), e = own + jc + rnd(lo, hi * 2); return [t, e, own + jc, own, jo, jc, rate(own + jc, e)]; });
  const a = mk(5, 30), b = mk(1, 8);
  const fin = rs => { const x = ['合计', ...[1, 2, 3, 4, 5].map(i => sumCol(rs, i)), 0]; x[6] = rate(x[2], x[1]); rs.push(x); return rs; };
  fin(a); fin(b);
  const c = a.map((row, i) => { const x = [row[0], ...[1, 2, 3, 4, 5].map(j => row[j] + b[i][j]), 0]; x[6] = rate(x[2], x[1]); return x; });
  const H = k => [['街道', k === '社' ? '社会组织数' : (k === '非' ? '非公企业数' : '两新组织数'), '覆盖数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖数', '覆盖率（%）']];
  const H2 = [['街道', '非公企业数', '覆盖企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '覆盖率（%）']];
  const H3 = [['街道', '社会组织数', '覆盖社会组织数', '单独建立党组织数', '联合党组织数', '联合党组织/覆盖社会组织数', '覆盖率（%）']];
  await book('s22_multisheet_summary.xlsx', [
    { name: '非公企业', title: '河西区非公企业党组织覆盖情况', headers: H2, rows: a, fmt: { 6: '0.0' } },
    { name: '社会组织', title: '河西区社会组织党组织覆盖情况', headers: H3, rows: b, fmt: { 6: '0.0' } },
    { name: '汇总', title: '河西区“两新”组织党组织覆盖情况汇总', headers: [['街道', '两新组织总数', '覆盖总数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖数', '覆盖率（%）']], rows: c, fmt: { 6: '0.0' } }]);
}
// 23 ledger of large enterprises with 万元 and 是/否
{
  const names = ['唐山德龙钢铁有限公司', '冀东水泥销售有限公司', '开滦物流有限公司', '唐山三友化工配套有限公司', '遵化市建龙特钢有限公司', '迁安市九江线材有限公司', '滦州市金马工业有限公司', '玉田县鸿达纸业有限公司', '唐山惠达陶瓷有限公司', '乐亭县京唐港务有限公司'];
  const rows = names.map((n, i) => { const rev = r(rnd(50000, 3000000) / 10, 1), w = rnd(300, 8000), m = rnd(10, 400); const has = i % 4 !== 3; return [i + 1, n, rev, w, m, has ? '是' : '否', has ? (m >= 100 ? '党委' : m >= 50 ? '党总支' : '党支部') : null]; });
  rows.push([null, '合计', r(sumCol(rows, 2), 1), sumCol(rows, 3), sumCol(rows, 4), null, null]);
  await book('s23_large_enterprise_ledger.xlsx', [{ title: '唐山市规模以上非公企业党建工作明细表', headers: [['序号', '企业名称', '营业收入（万元）', '职工人数（人）', '党员数（名）', '是否建立党组织', '党组织类别']], rows, fmt: { 2: '#,##0.0' } }]);
}
// 24 企业数, 应建, 已建, 组建率 (base 应建), 覆盖, 覆盖率 (base 企业数)
{
  const rows = counties.slice(0, 7).map(c => { const e = rnd(500, 2000), need = rnd(Math.floor(e * .1), Math.floor(e * .25)), built = rnd(Math.floor(need * .8), need), cov = built + rnd(50, 300); return [c, e, need, built, rate(built, need), cov, rate(cov, e)]; });
  const t = ['合计', ...[1, 2, 3].map(i => sumCol(rows, i)), 0, sumCol(rows, 5), 0]; t[4] = rate(t[3], t[2]); t[6] = rate(t[5], t[1]); rows.push(t);
  await book('s24_build_and_cover.xlsx', [{ title: '丰源市非公企业党组织组建和覆盖情况表', headers: [['县（市、区）', '企业总数', '应单独建立党组织企业数', '已单独建立党组织企业数', '单独组建率（%）', '覆盖企业数', '党组织覆盖率（%）']], rows, fmt: { 4: '0.0', 6: '0.0' } }]);
}
// 25 年初/年末/净增 (signed)
{
  const rows = counties.map(c => { const a = rnd(50, 300), b = a + rnd(-8, 25); return [c, a, b, b - a]; });
  rows.push(['合计', sumCol(rows, 1), sumCol(rows, 2), sumCol(rows, 3)]);
  await book('s25_start_end_net.xlsx', [{ title: '2024年非公企业党组织数量变化情况', headers: [['县（市、区）', '年初党组织数', '年末党组织数', '净增']], rows }]);
}
// 26 党员 by 岗位 complete breakdown
{
  const rows = towns.slice(0, 8).map(t => { const a = rnd(5, 40), b = rnd(5, 60), c = rnd(10, 120); return [t, a + b + c, a, b, c]; });
  rows.push(['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i))]);
  await book('s26_members_by_post.xlsx', [{ title: '非公企业党员岗位分布情况表', headers: [['乡镇', '党员总数', '其中', null, null], [null, null, '经营管理人员', '专业技术人员', '生产一线职工']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4]], rows }]);
}
// 27 own committees/branches with 小计 first in group, social orgs by street
{
  const rows = towns2.map(t => { const a = rnd(0, 2), b = rnd(0, 3), c = rnd(3, 20), own = a + b + c, jo = rnd(1, 4), jc = jo * rnd(2, 5), e = own + jc + rnd(3, 30); return [t, e, own + jc, own, a, b, c, jo, jc, rate(own + jc, e)]; });
  const t = ['全区', ...[1, 2, 3, 4, 5, 6, 7, 8].map(i => sumCol(rows, i)), 0]; t[9] = rate(t[2], t[1]); rows.push(t);
  await book('s27_own_subtotal_first.xlsx', [{ title: '青山区社会组织党组织建设情况统计表', headers: [['街道', '社会组织数', '覆盖社会组织数', '单独建立党组织', null, null, null, '联合党组织', null, '覆盖率（%）'], [null, null, null, '小计', '党委', '党总支', '党支部', '个数', '覆盖社会组织数', null]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 6], [0, 7, 0, 8], [0, 9, 1, 9]], rows, fmt: { 9: '0.0' } }]);
}
// 28 序号 + 乡镇, 合计 in B with A blank
{
  const rows = towns.slice(0, 10).map((t, i) => { const own = rnd(2, 25), jc = rnd(0, 18), e = own + jc + rnd(2, 50); return [i + 1, t, e, own + jc, rate(own + jc, e, 2)]; });
  const E = sumCol(rows, 2), C = sumCol(rows, 3); rows.push([null, '合计', E, C, rate(C, E, 2)]);
  await book('s28_seq_total_in_name.xlsx', [{ title: '东岭县非公企业党组织覆盖情况一览表', headers: [['序号', '乡镇', '非公企业数', '已建立党组织企业数', '覆盖率（%）']], rows, fmt: { 4: '0.00' } }]);
}
// 29 书记 来源 complete (出资人/管理层/职工/选派)
{
  const rows = towns.slice(0, 8).map(t => { const a = rnd(2, 10), b = rnd(3, 15), c = rnd(1, 8), d = rnd(0, 4); return [t, a + b + c + d, a, b, c, d, rate(a + b, a + b + c + d)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5].map(i => sumCol(rows, i)), 0]; T[6] = rate(T[2] + T[3], T[1]); rows.push(T);
  await book('s29_secretary_source.xlsx', [{ title: '非公企业党组织书记来源情况统计表', headers: [['乡镇（街道）', '党组织书记数', '出资人担任', '企业管理层担任', '一线职工担任', '上级选派', '出资人或管理层担任比例（%）']], rows, fmt: { 6: '0.0' } }]);
}
// 30 horizontal total column: 非公企业党员 + 社会组织党员 = 合计
{
  const rows = counties.map(c => { const a = rnd(800, 5000), b = rnd(100, 900); return [c, a + b, a, b]; });
  rows.push(['全市', sumCol(rows, 1), sumCol(rows, 2), sumCol(rows, 3)]);
  await book('s30_members_two_kinds.xlsx', [{ title: '丰源市“两新”组织党员分布情况', headers: [['县（市、区）', '党员合计', '非公企业党员数', '社会组织党员数']], rows }]);
}
})();
