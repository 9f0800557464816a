const L = require('./lib.js');
const { ri, rate, rd, growth, colSum, sum, emit, col } = L;
L.setSeed(404);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
(async () => {
// r29: new members with overlapping 其中 parts, each followed by its share of the whole (not of the previous column)
{
  const cs = ['张家港市', '常熟市', '太仓市', '昆山市', '吴江区', '吴中区', '相城区', '姑苏区'];
  const rs = cs.map(c => { const n = ri(40, 260), f = ri(Math.floor(n * .3), Math.floor(n * .55)), y = ri(Math.floor(n * .5), Math.floor(n * .8)), d = ri(Math.floor(n * .5), Math.floor(n * .9)), p = ri(Math.floor(n * .4), Math.floor(n * .7)); return [c, n, f, rate(f, n), y, rate(y, n), d, rate(d, n), p, rate(p, n)]; });
  const T = ['全市', colSum(rs, 1)]; [2, 4, 6, 8].forEach(i => { T[i] = colSum(rs, i); T[i + 1] = rate(T[i], T[1]); });
  const rows = [['2024年苏州市“两新”组织发展党员结构情况'], ['县（市、区）', '发展党员数（名）', '其中：女性', '占比（%）', '其中：35岁及以下', '占比（%）', '其中：大专及以上学历', '占比（%）', '其中：生产经营一线', '占比（%）'], ...[...rs, T].map(r => fm(r, [3, 5, 7, 9]))];
  await emit('r29-new-members-parts-with-shares.xlsx', [{ rows, merges: ['A1:J1'] }], { row: '太仓市', col: 5, kind: 'share of whole after a part (35岁及以下占比)' });
}
// r30: secretary training: 应参训/实际参训/参训率, plus 班次 and 人次 (人次 exceed persons)
{
  const cs = ['江阴市', '宜兴市', '梁溪区', '锡山区', '惠山区', '滨湖区', '新吴区'];
  const rs = cs.map(c => { const n = ri(150, 600), a = ri(Math.floor(n * .8), n), k = ri(3, 12), t = a + ri(Math.floor(a * .3), a * 2); return [c, n, a, rate(a, n), k, t]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), colSum(rs, 5)]; T[3] = rate(T[2], T[1]);
  const rows = [['无锡市非公企业和社会组织党组织书记培训情况统计表'], ['县（市、区）', '应参训书记数（名）', '实际参训书记数（名）', '参训率（%）', '举办培训班（期）', '培训人次'], ...[...rs, T].map(r => fm(r, [3]))];
  await emit('r30-secretary-training.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '惠山区', col: 2, kind: 'count under a rate (实际参训)' });
}
// r31: province table mixing exact counts with members in 万名 rounded each on its own
{
  const cs = ['南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '连云港市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '宿迁市'];
  const raw = cs.map(c => { const e = ri(20000, 90000), cv = ri(Math.floor(e * .25), Math.floor(e * .45)), m = ri(20000, 160000), mv = ri(2000, 15000); return [c, e, cv, m, mv]; });
  const rs = raw.map(x => [x[0], x[1], x[2], rate(x[2], x[1]), rd(x[3] / 10000, 1), rd(x[4] / 10000, 2)]);
  const E = sum(raw.map(x => x[1])), C = sum(raw.map(x => x[2]));
  const T = ['全省', E, C, rate(C, E), rd(sum(raw.map(x => x[3])) / 10000, 1), rd(sum(raw.map(x => x[4])) / 10000, 2)];
  const rows = [['江苏省非公有制企业党建工作基本情况'], ['设区市', '非公企业数（家）', '党组织覆盖企业数（家）', '覆盖率（%）', '党员数（万名）', '流动党员数（万名）'], T, ...rs].map((r, i) => i >= 2 ? r.map((v, j) => typeof v === 'number' && j >= 3 ? { v, fmt: j === 5 ? '0.00' : F1 } : v) : r);
  await emit('r31-province-wan-rounded-members.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '盐城市', col: 2, kind: 'count under a rate (覆盖企业数)' });
}
// r32: balance 年初 + 新建 − 撤销 = 年末, signed 净增 column, 合计 at top
{
  const cs = ['天宁区', '钟楼区', '新北区', '武进区', '金坛区', '溧阳市'];
  const rs = cs.map(c => { const s = ri(120, 600), n = ri(5, 40), d = ri(2, 45); return [c, s, n, d, s + n - d, n - d]; });
  const T = ['合计', ...[1, 2, 3, 4, 5].map(i => colSum(rs, i))];
  const rows = [['常州市非公企业党组织数量变化情况'], ['单位：个'], ['县（市、区）', '年初党组织数', '本年新建', '本年撤销（含企业注销）', '年末党组织数', '净增（减）'], T, ...rs];
  await emit('r32-orgs-balance-signed-net.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '新北区', col: 3, kind: 'flow (本年撤销) in balance' });
}
// r33: five year columns with 年均增长（%）(compound annual growth)
{
  const cs = ['海安市', '如皋市', '启东市', '如东县', '崇川区', '通州区', '海门区'];
  const rs = cs.map(c => { const v = [ri(80, 300)]; for (let k = 0; k < 4; k++) v.push(v[k] + ri(2, 30)); return [c, ...v]; });
  const T = ['合计', ...[1, 2, 3, 4, 5].map(i => colSum(rs, i))];
  const out = [...rs, T].map(x => [...x, rd((Math.pow(x[5] / x[1], 1 / 4) - 1) * 100, 1)]);
  const rows = [['南通市非公企业党组织数（2020—2024年）'], ['县（市、区）', '2020年', '2021年', '2022年', '2023年', '2024年', '年均增长（%）'], ...out.map(r => fm(r, [6]))];
  await emit('r33-five-years-cagr.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '如东县', col: 3, kind: 'year value (2022年)' });
}
// r34: streets with their communities below them, hierarchy by cell indent (alignment), 全区合计 top
{
  const st = { '东关街道': ['东关社区', '渡江社区', '皮市社区'], '汶河街道': ['汶河社区', '大东门社区', '荷花池社区', '文昌社区'], '曲江街道': ['曲江社区', '文峰社区', '解放桥社区'] };
  const rows = [['扬州市广陵区社区社会组织党组织覆盖情况'], ['街道（社区）', '社会组织数', '覆盖社会组织数', '覆盖率（%）']];
  const subs = [], body = [];
  for (const [s, cs] of Object.entries(st)) { const rs = cs.map(c => { const n = ri(8, 40), v = ri(Math.floor(n * .3), n); return [c, n, v, rate(v, n)]; }); const S = [s, colSum(rs, 1), colSum(rs, 2), 0]; S[3] = rate(S[2], S[1]); subs.push(S); body.push(fm(S, [3]), ...rs.map(r => { const x = fm(r, [3]); x[0] = { v: r[0], indent: 2 }; return x; })); }
  const T = ['全区合计', colSum(subs, 1), colSum(subs, 2), 0]; T[3] = rate(T[2], T[1]);
  rows.push(fm(T, [3]), ...body);
  await emit('r34-alignment-indent-communities.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '汶河街道', col: 1, labelCols: 1, kind: 'street subtotal (社会组织数)' });
}
// r35: 总计 = 市本级 + 县（市、区）小计, subtotal row precedes its counties
{
  const cs = ['靖江市', '泰兴市', '兴化市', '海陵区', '高港区', '姜堰区'];
  const mk = c => { const own = ri(10, 60), jo = ri(2, 10), jc = jo * ri(2, 4), n = own + jc + ri(40, 200); return [c, n, own, jo, jc, own + jc, rate(own + jc, n)]; };
  const rs = cs.map(mk), sj = mk('市本级');
  const S = ['县（市、区）小计', ...[1, 2, 3, 4, 5].map(i => colSum(rs, i)), 0]; S[6] = rate(S[5], S[1]);
  const T = ['总计', ...[1, 2, 3, 4, 5].map(i => colSum([sj, S], i)), 0]; T[6] = rate(T[5], T[1]);
  const rows = [['泰州市社会组织党组织覆盖情况统计表'], ['单位', '社会组织数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖社会组织数', '覆盖社会组织数', '覆盖率（%）'], ...[T, sj, S, ...rs].map(r => fm(r, [6]))];
  await emit('r35-total-city-level-county-subtotal.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '县（市、区）小计', col: 5, kind: 'subtotal (覆盖社会组织数)' });
}
// r36: rates typed as numbers with custom format 0.0"%" (shows 85.5% without scaling)
{
  const cs = ['亭湖区', '盐都区', '大丰区', '东台市', '建湖县', '射阳县', '阜宁县', '滨海县', '响水县'];
  const rs = cs.map(c => { const e = ri(300, 1500), v = ri(Math.floor(e * .3), Math.floor(e * .6)); return [c, e, v, rate(v, e)]; });
  const E = colSum(rs, 1), V = colSum(rs, 2); rs.push(['合计', E, V, rate(V, E)]);
  const rows = [['盐城市非公企业党组织覆盖情况'], ['县（市、区）', '非公企业数', '党组织覆盖企业数', '党组织覆盖率'], ...rs.map(r => fm(r, [3], '0.0"%"'))];
  await emit('r36-custom-format-percent-sign.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '阜宁县', col: 3, kind: 'rate with 0.0"%" format' });
}
// r37: categories as rows, column groups with the 合计 group FIRST, then 市级/县级 registration
{
  const cats = ['社会团体', '民办非企业单位', '基金会'];
  const rs = cats.map(c => { const a = ri(30, 200), av = ri(Math.floor(a * .2), Math.floor(a * .6)), b = ri(100, 600), bv = ri(Math.floor(b * .1), Math.floor(b * .4)); return [c, a + b, av + bv, rate(av + bv, a + b), a, av, rate(av, a), b, bv, rate(bv, b)]; });
  const T = ['合计']; for (let i = 1; i < 10; i++) T[i] = colSum(rs, i); T[3] = rate(T[2], T[1]); T[6] = rate(T[5], T[4]); T[9] = rate(T[8], T[7]);
  const rows = [['宿迁市社会组织党组织覆盖情况（按登记管理机关）'], ['类别', '合计', null, null, '市级登记', null, null, '县级登记', null, null], [null, '社会组织数', '覆盖数', '覆盖率（%）', '社会组织数', '覆盖数', '覆盖率（%）', '社会组织数', '覆盖数', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [3, 6, 9]))];
  await emit('r37-total-group-first-column-groups.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '民办非企业单位', col: 2, kind: 'total-group cell (合计/覆盖数)' });
}
// r38: three sheets: 本年, 上年, 比上年增减 (signed, rate in points)
{
  const cs = ['清江浦区', '淮安区', '淮阴区', '洪泽区', '涟水县', '盱眙县', '金湖县'];
  const H = ['县（区）', '非公企业数', '覆盖企业数', '单独建立党组织数', '联合党组织覆盖企业数', '覆盖率（%）'];
  const now = cs.map(c => { const own = ri(30, 150), jc = ri(20, 120), e = own + jc + ri(200, 800); return [c, e, own + jc, own, jc]; });
  const last = now.map(x => { const own = x[3] - ri(-3, 12), jc = x[4] - ri(-5, 15), e = x[1] - ri(-20, 60); return [x[0], e, own + jc, own, jc]; });
  const fin = rs => { const T = ['合计', ...[1, 2, 3, 4].map(i => colSum(rs, i))]; return [...rs, T].map(r => [...r, rate(r[2], r[1])]); };
  const A = fin(now), B = fin(last); const D = A.map((r, i) => [r[0], ...[1, 2, 3, 4].map(k => r[k] - B[i][k]), rd(r[5] - B[i][5], 1)]);
  const mk = (t, rs, h) => ({ name: t, rows: [[`淮安市非公企业党组织覆盖情况（${t}）`], h, ...rs.map(r => fm(r, [5]))], merges: ['A1:F1'] });
  await emit('r38-this-last-change-sheets.xlsx', [mk('2024年', A, H), mk('2023年', B, H), mk('比上年增减', D, [...H.slice(0, 5), '覆盖率（百分点）'])], { sheet: '2024年', row: '涟水县', col: 4, kind: 'count (联合覆盖) with change sheet' });
}
// r39: each county row followed by 规模以上/规模以下 rows that sum to it, 合计 at top, rates on every row
{
  const cs = ['京口区', '润州区', '丹徒区', '丹阳市', '扬中市', '句容市'];
  const rows = [['镇江市非公企业党组织覆盖情况（分规模）'], ['地区', '企业数', '覆盖企业数', '覆盖率（%）']];
  const tops = [], body = [];
  for (const c of cs) { const a = ri(30, 120), av = ri(Math.floor(a * .6), a), b = ri(300, 1200), bv = ri(Math.floor(b * .2), Math.floor(b * .45)); const C = [c, a + b, av + bv, rate(av + bv, a + b)]; tops.push(C); body.push(C, ['　规模以上企业', a, av, rate(av, a)], ['　规模以下企业', b, bv, rate(bv, b)]); }
  const T = ['合计', colSum(tops, 1), colSum(tops, 2), 0]; T[3] = rate(T[2], T[1]);
  rows.push(...[T, ...body].map(r => fm(r, [3])));
  await emit('r39-county-rows-with-scale-rows.xlsx', [{ rows, merges: ['A1:D1'] }], { cell: 'D12', kind: 'rate of a 规模以下 row' });
}
L.savePlants('4');
})();
