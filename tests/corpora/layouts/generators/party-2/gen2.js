const { book, rnd, r, rate, sumCol, towns, towns2, counties, cities } = require('./lib.js');
(async () => {
// 11 本期/上年同期 in rows
{
  const rows = [];
  for (const c of counties.slice(0, 5)) {
    const e1 = rnd(300, 900), c1 = rnd(Math.floor(e1 * .5), Math.floor(e1 * .8)); const e0 = e1 - rnd(10, 60), c0 = c1 - rnd(5, 40);
    rows.push([c, '本期', e1, c1, rate(c1, e1)], [null, '上年同期', e0, c0, rate(c0, e0)], [null, '增减', e1 - e0, c1 - c0, r(rate(c1, e1) - rate(c0, e0), 1)]);
  }
  await book('s11_periods_in_rows.xlsx', [{ title: '各县区非公企业党组织覆盖情况同比表', headers: [['县区', '时期', '企业数', '覆盖企业数', '覆盖率（%）']], rows, fmt: { 4: '0.0' } }]);
}
// 12 合计 at top, districts each with 小计 then streets
{
  const dist = { '长安区': ['建北街道', '青园街道', '广安街道', '育才街道'], '桥西区': ['东里街道', '中山路街道', '南长街街道'], '新华区': ['革新街街道', '宁安街道', '东焦街道', '西苑街道'] };
  const body = []; const subs = [];
  for (const [d, ss] of Object.entries(dist)) {
    const rs = ss.map(s => { const own = rnd(5, 40), jo = rnd(1, 5), jc = jo * rnd(2, 5), e = own + jc + rnd(5, 60); return [s, e, own + jc, own, jo, jc, rate(own + jc, e)]; });
    const sub = [d + '小计', sumCol(rs, 1), sumCol(rs, 2), sumCol(rs, 3), sumCol(rs, 4), sumCol(rs, 5), 0]; sub[6] = rate(sub[2], sub[1]);
    body.push(sub, ...rs); subs.push(sub);
  }
  const t = ['全市合计', sumCol(subs, 1), sumCol(subs, 2), sumCol(subs, 3), sumCol(subs, 4), sumCol(subs, 5), 0]; t[6] = rate(t[2], t[1]);
  await book('s12_total_top_subtotal_first.xlsx', [{ title: '石家庄市主城区非公企业党组织覆盖情况统计表', headers: [['单位', '企业数', '覆盖企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '覆盖率（%）']], rows: [t, ...body], fmt: { 6: '0.0' } }]);
}
// 13 units row under header
{
  const rows = towns2.map(t => { const own = rnd(3, 25), jc = rnd(0, 20), e = own + jc + rnd(3, 40), m = rnd(own * 3, own * 8 + 10); return [t, e, own + jc, own, jc, m, rate(own + jc, e)]; });
  const tot = ['合计', ...[1, 2, 3, 4, 5].map(i => sumCol(rows, i)), 0]; tot[6] = rate(tot[2], tot[1]); rows.push(tot);
  await book('s13_unit_row.xlsx', [{ title: '河西区非公有制企业党建工作情况统计表', headers: [['街道', '企业数', '覆盖企业数', '单独建立党组织数', '联合党组织覆盖企业数', '党员数', '覆盖率'], [null, '家', '家', '个', '家', '名', '%']], merges: [[0, 0, 1, 0]], rows, fmt: { 6: '0.0' } }]);
}
// 14 enterprise ledger with 合计 at bottom
{
  const names = ['河北恒信机械制造有限公司', '安平县丝网制品有限公司', '石家庄华美食品有限公司', '冀中物流有限公司', '鑫源建材有限公司', '明德电子科技有限公司', '新宇纺织有限公司', '金盾安防设备有限公司', '瑞丰农业开发有限公司', '天诚建筑劳务有限公司', '博远信息技术有限公司', '中兴汽配有限公司'];
  const types = ['党支部', '党支部', '联合党支部', '党总支', '党支部', '联合党支部', '党支部', '无', '联合党支部', '党支部', '党委', '无'];
  const rows = names.map((n, i) => { const w = rnd(30, 900), m = types[i] === '无' ? 0 : rnd(3, 60); return [i + 1, n, towns[i % 6], w, m, types[i], types[i] === '无' ? null : `${rnd(2010, 2023)}年${rnd(1, 12)}月`]; });
  rows.push(['合计', null, null, sumCol(rows, 3), sumCol(rows, 4), null, null]);
  await book('s14_enterprise_ledger.xlsx', [{ title: '安平县非公有制企业党组织建设台账', headers: [['序号', '企业名称', '所在乡镇', '职工人数', '党员数', '党组织类型', '党组织成立时间']], rows }]);
}
// 15 percent as text with %
{
  const rows = counties.slice(0, 6).map(c => { const e = rnd(100, 600), cv = rnd(Math.floor(e * .5), e); return [c, e, cv, rate(cv, e).toFixed(1) + '%']; });
  const E = sumCol(rows, 1), C = sumCol(rows, 2); rows.push(['合计', E, C, rate(C, E).toFixed(1) + '%']);
  await book('s15_percent_text.xlsx', [{ title: '丰源市社会组织党组织覆盖情况表', headers: [['县（市、区）', '社会组织数', '覆盖社会组织数', '覆盖率']], rows }]);
}
// 16 组织覆盖 + 工作覆盖
{
  const rows = towns.slice(0, 8).map(t => { const e = rnd(60, 250), org = rnd(Math.floor(e * .3), Math.floor(e * .6)), wk = rnd(Math.floor((e - org) * .5), e - org); return [t, e, org, rate(org, e), wk, org + wk, rate(org + wk, e)]; });
  const t = ['全县', sumCol(rows, 1), sumCol(rows, 2), 0, sumCol(rows, 4), sumCol(rows, 5), 0]; t[3] = rate(t[2], t[1]); t[6] = rate(t[5], t[1]); rows.push(t);
  await book('s16_org_and_work_coverage.xlsx', [{ title: '永宁县非公企业党的组织和工作覆盖情况统计表', headers: [['乡镇', '非公企业数', '党的组织覆盖', null, '党的工作覆盖', null, null], [null, null, '覆盖企业数', '党的组织覆盖率（%）', '选派党建指导员覆盖企业数', '两个覆盖企业合计', '党的工作覆盖率（%）']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 6]], rows, fmt: { 3: '0.0', 6: '0.0' } }]);
}
// 17 quarterly with 全年
{
  const rows = counties.slice(0, 6).map(c => { const q = [1, 2, 3, 4].map(() => rnd(2, 20)); return [c, ...q, q.reduce((a, b) => a + b)]; });
  rows.push(['合计', ...[1, 2, 3, 4, 5].map(i => sumCol(rows, i))]);
  await book('s17_quarterly.xlsx', [{ title: '2024年各县区新建非公企业党组织情况（按季度）', headers: [['县区', '一季度', '二季度', '三季度', '四季度', '全年']], rows }]);
}
// 18 目标 vs 完成 rate
{
  const rows = counties.map(c => { const g = rnd(10, 60), d = rnd(Math.floor(g * .6), g + 5); return [c, g, d, rate(d, g)]; });
  const G = sumCol(rows, 1), D = sumCol(rows, 2); rows.push(['合计', G, D, rate(D, G)]);
  await book('s18_target_completion.xlsx', [{ title: '2024年非公企业党组织组建任务完成情况表', headers: [['县（市、区）', '年度组建目标任务数', '已完成数', '完成率（%）']], rows, fmt: { 3: '0.0' } }]);
}
// 19 流动党员
{
  const rows = towns.slice(0, 9).map(t => { const o = rnd(5, 60), i = rnd(3, 40), m = rnd(Math.floor((o + i) * .8), o + i); return [t, o + i, o, i, m, rate(m, o + i)]; });
  const T = ['合计', ...[1, 2, 3, 4].map(i => sumCol(rows, i)), 0]; T[5] = rate(T[4], T[1]); rows.push(T);
  await book('s19_mobile_members.xlsx', [{ title: '非公企业流动党员管理情况统计表', headers: [['乡镇（街道）', '流动党员总数', '其中', null, '已纳入管理人数', '管理率（%）'], [null, null, '流出党员', '流入党员', null, null]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 1, 4], [0, 5, 1, 5]], rows, fmt: { 5: '0.0' } }]);
}
// 20 三会一课 开展率
{
  const rows = towns2.slice(0, 8).map(t => { const n = rnd(10, 50), k = rnd(Math.floor(n * .8), n); return [t, n, k, rate(k, n, 2)]; });
  const N = sumCol(rows, 1), K = sumCol(rows, 2); rows.push(['合计', N, K, rate(K, N, 2)]);
  await book('s20_three_meetings.xlsx', [{ title: '非公企业党组织“三会一课”开展情况统计表', headers: [['街道', '党组织数', '按期开展“三会一课”党组织数', '开展率（%）']], rows, fmt: { 3: '0.00' } }]);
}
})();
