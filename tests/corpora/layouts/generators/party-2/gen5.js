const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
const cov = (names, lo, hi) => names.map(t => { const own = rnd(lo, hi), jo = rnd(1, 6), jc = jo * rnd(2, 5), e = own + jc + rnd(lo, hi * 3); return [t, e, own + jc, own, jo, jc, rate(own + jc, e)]; });
const tot = (rows, l) => { const x = [l, ...[1, 2, 3, 4, 5].map(i => sumCol(rows, i)), 0]; x[6] = rate(x[2], x[1]); return x; };
const H = [['地区', '非公企业数', '覆盖企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '党组织覆盖率（%）']];
(async () => {
// 41 党组织 complete set + 联合党支部 subset of 党支部
{
  const rows = towns.slice(0, 8).map(t => { const a = rnd(0, 2), b = rnd(0, 4), c = rnd(5, 30), j = rnd(1, Math.min(c, 8)); return [t, a + b + c, a, b, c, j]; });
  rows.push(['合计', ...[1, 2, 3, 4, 5].map(i => sumCol(rows, i))]);
  await book('s41_org_types_joint_subset.xlsx', [{ title: '非公企业党组织设置情况统计表', headers: [['乡镇（街道）', '党组织总数', '其中', null, null, null], [null, null, '党委', '党总支', '党支部', '联合党支部']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5]], rows }]);
}
// 42 滁州 with 全椒县
{
  const rows = cov(['琅琊区', '南谯区', '天长市', '明光市', '来安县', '全椒县', '定远县', '凤阳县'], 20, 120);
  rows.push(tot(rows, '合计'));
  await book('s42_quanjiao_county.xlsx', [{ title: '滁州市非公企业党组织覆盖情况统计表', headers: H, rows, fmt: { 6: '0.0' } }]);
}
// 43 辽宁 with 本溪市 (and 全椒-like)
{
  const rows = cov(['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'], 200, 900);
  rows.push(tot(rows, '全省合计'));
  await book('s43_benxi_city.xlsx', [{ title: '辽宁省非公有制企业党组织覆盖情况统计表', headers: [['市', '非公企业数', '覆盖企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '党组织覆盖率（%）']], rows, fmt: { 6: '0.0' } }]);
}
// 44 市本级 row + districts
{
  const rows = cov(['市本级', '长安区', '桥西区', '新华区', '裕华区', '藁城区', '鹿泉区', '栾城区'], 10, 80);
  rows.push(tot(rows, '全市合计'));
  await book('s44_city_own_level.xlsx', [{ title: '石家庄市非公企业党组织覆盖情况统计表', headers: H, rows, fmt: { 6: '0.0' } }]);
}
// 45 column groups 规上/规下/合计
{
  const rows = towns.slice(0, 8).map(t => { const e1 = rnd(10, 60), c1 = rnd(Math.floor(e1 * .6), e1), e2 = rnd(50, 300), c2 = rnd(Math.floor(e2 * .2), Math.floor(e2 * .5)); return [t, e1, c1, rate(c1, e1), e2, c2, rate(c2, e2), e1 + e2, c1 + c2, rate(c1 + c2, e1 + e2)]; });
  const T = ['合计']; for (let i = 1; i < 10; i++) T[i] = sumCol(rows, i); T[3] = rate(T[2], T[1]); T[6] = rate(T[5], T[4]); T[9] = rate(T[8], T[7]); rows.push(T);
  await book('s45_scale_column_groups.xlsx', [{ title: '石桥县非公企业党组织覆盖情况（按企业规模）', headers: [['乡镇', '规模以上企业', null, null, '规模以下企业', null, null, '合计', null, null], [null, '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6], [0, 7, 0, 9]], rows, fmt: { 3: '0.0', 6: '0.0', 9: '0.0' } }]);
}
// 46 category rows
{
  const a = ['非公有制企业', 2860, 0, 0, 0, 0, 0], b = ['社会组织', 412, 0, 0, 0, 0, 0];
  for (const x of [a, b]) { const own = Math.floor(x[1] * .12), jo = Math.floor(x[1] * .05), jc = jo * 4; x[2] = own + jc; x[3] = own; x[4] = jo; x[5] = jc; x[6] = rate(own + jc, x[1]); }
  const rows = [a, b, tot([a, b], '合计')];
  await book('s46_category_rows.xlsx', [{ title: '永宁县“两新”组织党组织覆盖情况', headers: [['类别', '总数', '覆盖数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖数', '覆盖率（%）']], rows, fmt: { 6: '0.0' } }]);
}
// 47 towns beginning with 总/共/合: 总铺镇, 合山镇, 共和镇
{
  const rows = cov(['总铺镇', '合山镇', '共和镇', '全胜乡', '本庄镇', '城关镇', '小计村乡'.slice(0, 0) || '新集镇'], 3, 30);
  rows.push(tot(rows, '合计'));
  await book('s47_tricky_town_names.xlsx', [{ title: '某县非公企业党组织覆盖情况统计表', headers: [['乡镇', '非公企业数', '覆盖企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '党组织覆盖率（%）']], rows, fmt: { 6: '0.0' } }]);
}
})();
