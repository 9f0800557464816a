const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col } = L;
L.setSeed(4101);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = colSum(rs, i); rates.forEach(([k, a, b]) => { T[k] = rate(T[a], T[b]); }); return T; };
(async () => {
// t01 商务楼宇 coverage, 序号, area in 万平方米 2dp, 其中 non-public, own + joint = covered, 合计 bottom
{
  const bs = ['时代1号大厦', '航天科技大厦', '睿东中心', '新华之星', '环球贸易广场', '红星国际广场', '东原中心', '华润大厦', '春熙金融港'];
  const rs = bs.map((b, i) => { const n = ri(40, 260), np = ri(Math.floor(n * .7), n), hm = ri(Math.floor(np * .2), Math.floor(np * .5)), own = ri(2, Math.floor(hm * .4) + 2), jc = ri(0, hm - own); return [i + 1, b, rd(ri(300, 1500) / 100, 2), n, np, hm, ri(hm, hm * 4), own, jc, own + jc, rate(own + jc, np)]; });
  const T = [null, '合计', rd(sum(rs.map(r => r[2])), 2)]; for (let i = 3; i <= 9; i++) T[i] = colSum(rs, i); T[10] = rate(T[9], T[4]);
  const rows = [['成都市锦江区商务楼宇党建工作情况统计表'], ['单位：万平方米、家、名、%'], ['序号', '楼宇名称', '建筑面积（万平方米）', '入驻企业数', '其中：非公企业', '有党员企业数', '党员数', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖企业数', '覆盖率（%）'], ...[...rs, T].map(r => fm(fm(r, [10]), [2], '0.00'))];
  await emit('t01-business-buildings.xlsx', [{ rows, merges: ['A1:K1', 'A2:K2'] }], { row: '合计', col: 4, labelCols: 2, kind: 'total 非公企业 (base of rate)' });
}
// t02 产业园区 with level text column, two-row header, 全市合计 at top, 是/否 column
{
  const ps = [['长沙经济技术开发区', '国家级'], ['浏阳经济技术开发区', '国家级'], ['宁乡经济技术开发区', '国家级'], ['望城经济技术开发区', '国家级'], ['金霞经济开发区', '省级'], ['长沙天心经济开发区', '省级'], ['岳麓科技产业园', '省级']];
  const rs = ps.map(([p, l]) => { const n = ri(200, 1500), g = ri(Math.floor(n * .2), Math.floor(n * .5)), own = ri(Math.floor(n * .1), Math.floor(n * .25)), jc = ri(Math.floor(n * .1), Math.floor(n * .3)); return [p, l, n, g, own, jc, own + jc, rate(own + jc, n), ri(own * 3, own * 9), ri(0, 1) ? '是' : '否']; });
  const T = ['全市合计', null, colSum(rs, 2), colSum(rs, 3), colSum(rs, 4), colSum(rs, 5), colSum(rs, 6), 0, colSum(rs, 8), null]; T[7] = rate(T[6], T[2]);
  const rows = [['长沙市产业园区非公企业党组织覆盖情况'], ['园区名称', '园区级别', '入园企业数（家）', '其中：规模以上企业', '党组织覆盖情况', null, null, null, '党员数（名）', '是否成立园区党委'], [null, null, null, null, '单独建立党组织企业数', '联合党组织覆盖企业数', '合计', '覆盖率（%）', null, null], ...[T, ...rs].map(r => fm(r, [7]))];
  await emit('t02-industrial-parks.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:H2', 'I2:I3', 'J2:J3'] }], { row: '金霞经济开发区', col: 5, kind: 'part 联合覆盖 under 合计 and rate' });
}
// t03 商圈市场: 商户数, 其中个体, 党员经营户 + share, 党组织数, 覆盖商户数, 覆盖率
{
  const ms = ['夷陵广场商圈', '万达广场商圈', '二马路商业街', '宜昌三峡物流园', '伍家岗农贸批发市场', '白洋工业园商圈', '东山大道建材市场', '小溪塔商圈'];
  const rs = ms.map(m => { const n = ri(150, 1200), g = ri(Math.floor(n * .6), Math.floor(n * .9)), p = ri(5, Math.floor(n * .08)), o = ri(1, 4), c = ri(Math.floor(n * .3), n); return [m, n, g, p, rate(p, n), ri(p, p * 2), o, c, rate(c, n)]; });
  const T = tot('合计', rs, 9, [[4, 3, 1], [8, 7, 1]]);
  const rows = [['宜昌市商圈市场党建工作统计表'], ['商圈（市场）名称', '商户数（户）', '其中：个体工商户', '党员经营户数（户）', '党员经营户占比（%）', '党员数（名）', '建立党组织数（个）', '党组织覆盖商户数（户）', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [4, 8]))];
  await emit('t03-business-districts-markets.xlsx', [{ rows, merges: ['A1:I1'] }], { row: '二马路商业街', col: 8, kind: 'rate 覆盖率' });
}
// t04 行业协会商会 by level groups with 小计 rows and indented children, 合计 at top
{
  const grp = { '一、市级': ['行业协会', '商会', '异地商会', '联合会'], '二、县（区）级': ['行业协会', '商会', '异地商会'] };
  const mk = n => { const u = ri(15, 90), dg = ri(Math.floor(u * .6), u), own = ri(Math.floor(u * .2), Math.floor(u * .5)), jc = ri(0, Math.floor((u - own) * .5)), ins = ri(2, 20); return [n, u, dg, own, jc, own + jc, rate(own + jc, u), ins]; };
  const body = [], subs = [];
  for (const [g, ks] of Object.entries(grp)) { const rs = ks.map(k => mk('  ' + k)); const s = tot(g, rs, 8, [[6, 5, 1]]); subs.push(s); body.push(s, ...rs); }
  const T = tot('合计', subs, 8, [[6, 5, 1]]);
  const rows = [['柳州市行业协会商会党建工作情况统计表'], ['单位：个、%、名'], ['类别', '协会商会数', '已与行政机关脱钩数', '单独建立党组织数', '联合党组织覆盖数', '党组织覆盖数', '覆盖率（%）', '选派党建工作指导员'], ...[T, ...body].map(r => fm(r, [6]))];
  await emit('t04-trade-associations.xlsx', [{ rows, merges: ['A1:H1', 'A2:H2'] }], { row: '二、县（区）级', col: 1, kind: 'subtotal 协会商会数' });
}
// t05 institution-type rows (民办学校/民办医院/律所/会计所...) each with own rates, 合计 bottom, rates from totals
{
  const ks = ['民办学校', '民办医院', '律师事务所', '会计师事务所', '税务师事务所', '社会工作服务机构', '其他社会组织'];
  const rs = ks.map(k => { const u = ri(20, 300), emp = ri(u * 8, u * 40), pm = ri(Math.floor(emp * .03), Math.floor(emp * .12)), own = ri(Math.floor(u * .1), Math.floor(u * .4)), jc = ri(0, Math.floor((u - own) * .6)); return [k, u, emp, pm, rate(pm, emp), own, jc, rate(own + jc, u)]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), 0, colSum(rs, 5), colSum(rs, 6), 0]; T[4] = rate(T[3], T[2]); T[7] = rate(T[5] + T[6], T[1]);
  const rows = [['曲靖市社会组织党组织覆盖情况（分类型）'], ['类型', '单位数（家）', '从业人员数（名）', '党员数（名）', '党员占从业人员比例（%）', '单独建立党组织单位数', '联合党组织覆盖单位数', '党组织覆盖率（%）'], ...[...rs, T].map(r => fm(r, [4, 7]))];
  await emit('t05-institution-types-own-rates.xlsx', [{ rows, merges: ['A1:H1'] }], { row: '律师事务所', col: 5, kind: 'count (单独建立) under coverage rate' });
}
// t06 书记 by source: complete breakdown with 出资人兼任 share
{
  const cs = ['秦州区', '麦积区', '清水县', '秦安县', '甘谷县', '武山县', '张家川回族自治县'];
  const rs = cs.map(c => { const a = ri(5, 40), b = ri(10, 60), d = ri(3, 30), e = ri(0, 12); const n = a + b + d + e; return [c, n, a, b, d, e, rate(a, n)]; });
  const T = tot('全市', rs, 7, [[6, 2, 1]]);
  const rows = [['天水市非公企业党组织书记来源情况'], ['县（区）', '党组织书记数（名）', '其中', null, null, null, '出资人兼任书记占比（%）'], [null, null, '出资人（主要经营管理者）兼任', '中高层管理人员兼任', '普通职工党员担任', '上级选派', null], ...[...rs, T].map(r => fm(r, [6]))];
  await emit('t06-secretaries-investor-concurrent.xlsx', [{ rows, merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:F2', 'G2:G3'] }], { row: '甘谷县', col: 2, kind: 'part 出资人兼任 (complete breakdown + share)' });
}
// t07 党建指导员 per 100 units
{
  const cs = ['榆次区', '太谷区', '介休市', '灵石县', '平遥县', '祁县', '寿阳县', '昔阳县'];
  const rs = cs.map(c => { const e = ri(300, 2500), s = ri(40, 300), n = ri(10, 80), g = ri(Math.floor(n * .4), n), lk = ri(Math.floor((e + s) * .3), Math.floor((e + s) * .8)); return [c, e, s, n, g, n - g, lk, rate(n, e + s), rate(lk, e + s)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5, 6].map(i => colSum(rs, i)), 0, 0]; T[7] = rate(T[3], T[1] + T[2]); T[8] = rate(T[6], T[1] + T[2]);
  const rows = [['晋中市党建工作指导员选派情况统计表'], ['县（市、区）', '非公企业数（家）', '社会组织数（个）', '选派党建工作指导员（名）', '其中：机关干部', '其中：退休干部及其他', '指导员联系单位数', '每百家单位配备指导员数（名）', '指导员联系覆盖率（%）'], ...[...rs, T].map(r => fm(r, [7, 8]))];
  await emit('t07-instructors-per-100.xlsx', [{ rows, merges: ['A1:I1'] }], { row: '合计', col: 3, kind: 'total 指导员 (numerator of per-100)' });
}
// t08 应建/已建/未建/建成率 with 市直属/经济开发区/高新区 rows, a zero-base row with '/'
{
  const cs = ['东安区', '阳明区', '爱民区', '西安区', '绥芬河市', '海林市', '宁安市', '穆棱市', '东宁市', '林口县', '市直属', '牡丹江经济技术开发区', '牡丹江高新技术产业开发区', '综合保税区'];
  const rs = cs.map(c => { if (c === '综合保税区') return [c, 0, 0, 0, '/', '/']; const need = ri(10, 90), b = ri(Math.floor(need * .75), need); return [c, need, b, need - b, rate(b, need), rate(need - b, need)]; });
  const T = ['全市', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), 0, 0]; T[4] = rate(T[2], T[1]); T[5] = rate(T[3], T[1]);
  const rows = [['牡丹江市非公企业应建党组织组建情况'], ['填报单位：中共牡丹江市委两新工委', null, null, null, '单位：家、%'], ['地区', '应建立党组织企业数', '已建立党组织企业数', '未建立党组织企业数', '建成率（%）', '未建占比（%）'], ...[...rs, T].map(r => fm(r, [4, 5]))];
  await emit('t08-need-built-unbuilt-zones.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '海林市', col: 3, kind: 'count 未建 (need − built)' });
}
// t09 组织关系 转入/转出 balance with two-row header groups
{
  const cs = ['鲤城区', '丰泽区', '洛江区', '泉港区', '石狮市', '晋江市', '南安市', '惠安县', '安溪县'];
  const rs = cs.map(c => { const s = ri(800, 6000), ti = ri(20, 300), dv = ri(10, 120), oi = ri(0, 20), to = ri(20, 280), de = ri(0, 30), oo = ri(0, 15); const inc = ti + dv + oi, dec = to + de + oo; return [c, s, inc, ti, dv, oi, dec, to, de, oo, s + inc - dec, inc - dec]; });
  const T = tot('合计', rs, 12, []);
  const rows = [['泉州市非公企业党员组织关系变动情况统计表'], ['单位：名'], ['县（市、区）', '年初党员数', '本年增加', null, null, null, '本年减少', null, null, null, '年末党员数', '净增减'], [null, null, '小计', '组织关系转入', '发展党员', '其他', '小计', '组织关系转出', '死亡', '其他', null, null], ...[...rs, T]];
  await emit('t09-member-transfers-balance.xlsx', [{ rows, merges: ['A1:L1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:J3', 'K3:K4', 'L3:L4'] }], { row: '晋江市', col: 7, kind: 'part 组织关系转出 within 减少小计' });
}
L.savePlants('1');
})();
