const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
const T = (rows, label, idxSum) => { const t = [label]; for (let i = 1; i < rows[0].length; i++) t[i] = idxSum.includes(i) ? sumCol(rows, i) : null; return t; };
(async () => {
// 01 两新组织: 新经济组织 / 新社会组织 each 应建/已建/覆盖率
{
  const rows = towns.slice(0, 9).map(t => { const a = rnd(40, 220), b = rnd(Math.floor(a * .6), a), c = rnd(5, 40), d = rnd(Math.floor(c * .5), c); return [t, a, b, rate(b, a), c, d, rate(d, c)]; });
  const tot = ['合计', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5), 0]; tot[3] = rate(tot[2], tot[1]); tot[6] = rate(tot[5], tot[4]);
  rows.push(tot);
  await book('s01_two_new_groups.xlsx', [{ title: '安平县“两新”组织党组织组建情况统计表', headers: [['乡镇（街道）', '新经济组织', null, null, '新社会组织', null, null], [null, '应建数', '已建数', '覆盖率（%）', '应建数', '已建数', '覆盖率（%）']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], rows, fmt: { 3: '0.0', 6: '0.0' } }]);
}
// 02 书记 age/education overlapping
{
  const rows = towns2.slice(0, 8).map(t => { const a1 = rnd(2, 15), a2 = rnd(5, 25), a3 = rnd(5, 25), a4 = rnd(1, 10); const n = a1 + a2 + a3 + a4; const dz = rnd(Math.floor(n * .6), n); const bk = rnd(Math.floor(dz * .5), dz); const nv = rnd(2, Math.floor(n / 2)); return [t, n, a1, a2, a3, a4, dz, bk, nv]; });
  rows.push(['合计', ...[1, 2, 3, 4, 5, 6, 7, 8].map(i => sumCol(rows, i))]);
  await book('s02_secretary_age_edu.xlsx', [{ title: '青山区非公企业党组织书记基本情况统计表', headers: [['街道', '书记总数', '其中', null, null, null, null, null, null], [null, null, '35岁及以下', '36-45岁', '46-55岁', '56岁及以上', '大专及以上学历', '其中：本科及以上', '女性']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 8]], rows }]);
}
// 03 发展党员 pipeline
{
  const rows = towns.slice(0, 10).map(t => { const a = rnd(20, 80), b = rnd(8, a), c = rnd(3, b), d = rnd(1, c); return [t, a, b, c, d]; });
  rows.push(['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i))]);
  await book('s03_member_development.xlsx', [{ title: '永宁县非公有制企业发展党员情况统计表', subtitle: '截至2024年12月31日', headers: [['乡镇（街道）', '递交入党申请书人数', '确定入党积极分子', '列为发展对象', '新发展党员']], rows }]);
}
// 04 换届
{
  const rows = counties.map(t => { const a = rnd(30, 150), b = rnd(Math.floor(a * .7), a); return [t, a, b, a - b, rate(b, a, 2)]; });
  const tot = ['全市合计', sumCol(rows, 1), sumCol(rows, 2), sumCol(rows, 3), 0]; tot[4] = rate(tot[2], tot[1], 2); rows.unshift(tot);
  await book('s04_reelection.xlsx', [{ title: '丰源市非公企业和社会组织党组织换届情况统计表', headers: [['县（市、区）', '应换届党组织数', '已按期换届数', '未按期换届数', '按期换届率（%）']], rows, fmt: { 4: '0.00' } }]);
}
// 05 党费 元 decimals
{
  const rows = towns2.slice(0, 9).map(t => { const m = rnd(20, 300); const due = r(m * rnd(1500, 9000) / 100, 2); const paid = r(due * rnd(900, 1000) / 1000, 2); return [t, m, due, paid, rate(paid, due, 2)]; });
  const tot = ['合计', sumCol(rows, 1), r(sumCol(rows, 2), 2), r(sumCol(rows, 3), 2), 0]; tot[4] = rate(tot[3], tot[2], 2); rows.push(tot);
  await book('s05_party_dues.xlsx', [{ title: '河西区非公企业党员党费收缴情况统计表', headers: [['街道', '党员数（人）', '应缴党费（元）', '实缴党费（元）', '收缴率（%）']], rows, fmt: { 2: '#,##0.00', 3: '#,##0.00', 4: '0.00' } }]);
}
// 06 规模以上/以下 row blocks
{
  const mk = () => towns.slice(0, 6).map(t => { const own = rnd(3, 30), jc = rnd(2, 25), e = own + jc + rnd(2, 40); return [t, e, own + jc, own, jc, rate(own + jc, e)]; });
  const b1 = mk(), b2 = mk();
  const sub = (rs, l) => { const x = [l, sumCol(rs, 1), sumCol(rs, 2), sumCol(rs, 3), sumCol(rs, 4), 0]; x[5] = rate(x[2], x[1]); return x; };
  const s1 = sub(b1, '小计'), s2 = sub(b2, '小计'); const all = sub([s1, s2], '合计');
  const rows = [['一、规模以上企业'], ...b1, s1, ['二、规模以下企业'], ...b2, s2, all];
  await book('s06_above_below_scale.xlsx', [{ title: '石桥县非公有制企业党组织覆盖情况统计表（分规模）', headers: [['乡镇', '企业数', '覆盖企业数', '单独建立党组织数', '联合党组织覆盖企业数', '覆盖率（%）']], rows, fmt: { 5: '0.0' } }]);
}
// 07 备注 column
{
  const notes = ['', '含2家新迁入企业', '', '1家企业注销', '', '', '园区企业统一联建', ''];
  const rows = towns.slice(0, 8).map((t, i) => { const own = rnd(3, 20), jc = rnd(0, 15), e = own + jc + rnd(0, 20); return [t, e, own + jc, own, jc, rate(own + jc, e), notes[i] || null]; });
  const tot = ['合计', sumCol(rows, 1), sumCol(rows, 2), sumCol(rows, 3), sumCol(rows, 4), 0, null]; tot[5] = rate(tot[2], tot[1]); rows.push(tot);
  await book('s07_remarks_column.xlsx', [{ title: '东岭县非公企业党组织覆盖情况汇总表', headers: [['乡镇（街道）', '非公企业数', '覆盖企业数', '单独建立党组织', '联合覆盖企业数', '覆盖率（%）', '备注']], rows, fmt: { 5: '0.0' } }]);
}
// 08 园区/楼宇/商圈 with groups and 小计
{
  const groups = { '园区': ['高新技术产业园', '经开区物流园', '电商产业园'], '楼宇': ['金融大厦', '国贸中心', '万达写字楼', '科创大厦'], '商圈': ['步行街商圈', '万象城商圈'] };
  const rows = []; const subs = [];
  for (const [g, names] of Object.entries(groups)) {
    const rs = names.map(n => { const e = rnd(20, 180), m = rnd(10, 150), org = rnd(1, 6), cov = Math.min(e, rnd(org * 3, org * 3 + 40)); return [g, n, e, m, org, cov, rate(cov, e)]; });
    const s = [g, '小计', sumCol(rs, 2), sumCol(rs, 3), sumCol(rs, 4), sumCol(rs, 5), 0]; s[6] = rate(s[5], s[2]); rows.push(...rs, s); subs.push(s);
  }
  const t = ['合计', null, sumCol(subs, 2), sumCol(subs, 3), sumCol(subs, 4), sumCol(subs, 5), 0]; t[6] = rate(t[5], t[2]); rows.push(t);
  await book('s08_park_building.xlsx', [{ title: '临河区园区楼宇商圈党建工作情况统计表', headers: [['类别', '名称', '入驻企业数', '党员数', '建立党组织数', '覆盖企业数', '覆盖率（%）']], rows, fmt: { 6: '0.0' } }]);
}
// 09 组建率 base 应建数
{
  const rows = counties.slice(0, 7).map(c => { const need = rnd(40, 200), built = rnd(Math.floor(need * .7), need); return [c, need, built, need - built, rate(built, need)]; });
  const t = ['合计', sumCol(rows, 1), sumCol(rows, 2), sumCol(rows, 3), 0]; t[4] = rate(t[2], t[1]); rows.push(t);
  await book('s09_build_rate_need.xlsx', [{ title: '丰源市应建党组织非公企业组建情况表', headers: [['县（市、区）', '应建党组织企业数', '已建党组织企业数', '未建企业数', '组建率（%）']], rows, fmt: { 4: '0.0' } }]);
}
// 10 monthly with 累计
{
  const rows = towns.slice(0, 8).map(t => { const m = Array.from({ length: 12 }, () => rnd(0, 4)); return [t, ...m, m.reduce((a, b) => a + b, 0)]; });
  rows.push(['合计', ...Array.from({ length: 13 }, (_, i) => sumCol(rows, i + 1))]);
  await book('s10_monthly.xlsx', [{ title: '2024年东岭县非公企业新建党组织进度表', headers: [['乡镇', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '累计']], rows }]);
}
})();
