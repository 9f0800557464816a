const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col } = L;
L.setSeed(4303);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = colSum(rs, i); rates.forEach(([k, a, b]) => { T[k] = rate(T[a], T[b]); }); return T; };
(async () => {
// t19 社会组织 by type as column groups (数量|已建|覆盖率) x3 + 合计 group
{
  const cs = ['万州区', '涪陵区', '黔江区', '长寿区', '江津区', '合川区', '永川区', '南川区'];
  const rs = cs.map(c => { const r = [c]; let n = 0, b = 0; for (let k = 0; k < 3; k++) { const x = ri(k === 2 ? 1 : 20, k === 2 ? 12 : 200), y = ri(0, x); r.push(x, y, rate(y, x)); n += x; b += y; } r.push(n, b, rate(b, n)); return r; });
  const T = tot('合计', rs, 13, [[3, 2, 1], [6, 5, 4], [9, 8, 7], [12, 11, 10]]);
  const rows = [['重庆市部分区社会组织党组织建设情况（按类型）'], ['区', '社会团体', null, null, '民办非企业单位', null, null, '基金会', null, null, '合计', null, null], [null, ...Array(4).fill(['数量', '已建党组织数', '覆盖率（%）']).flat()], ...[...rs, T].map(r => fm(r, [3, 6, 9, 12]))];
  await emit('t19-socialorg-type-column-groups.xlsx', [{ rows, merges: ['A1:M1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2', 'K2:M2'] }], { row: '江津区', col: 10, kind: 'row-group total 数量 (sum of three groups)' });
}
// t20 行业党委 rows: units, orgs = 党委+总支+支部, members, covered, rate
{
  const ks = ['物流行业党委', '律师行业党委', '注册会计师行业党委', '民办教育行业党委', '民营医疗行业党委', '餐饮行业党委', '互联网行业党委', '商贸流通行业党委', '建筑业行业党委'];
  const rs = ks.map(k => { const u = ri(80, 900), a = ri(0, 4), b = ri(1, 12), c = ri(10, 80), cv = ri(Math.floor(u * .2), Math.floor(u * .7)); return [k, u, a + b + c, a, b, c, ri(c * 4, c * 12), cv, rate(cv, u)]; });
  const T = tot('合计', rs, 9, [[8, 7, 1]]);
  const rows = [['兰州市行业党委工作情况统计表'], ['行业党委', '行业企业（单位）数', '所属党组织数', '其中', null, null, '党员数', '党组织覆盖单位数', '覆盖率（%）'], [null, null, null, '党委', '党总支', '党支部', null, null, null], ...[...rs, T].map(r => fm(r, [8]))];
  await emit('t20-industry-party-committees.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3', 'H2:H3', 'I2:I3'] }], { row: '餐饮行业党委', col: 2, kind: 'sum 所属党组织数 (党委+总支+支部)' });
}
// t21 指导员 by source + 人均联系企业数 (average, not additive)
{
  const cs = ['萨尔图区', '龙凤区', '让胡路区', '红岗区', '大同区', '肇州县', '肇源县', '林甸县', '杜尔伯特蒙古族自治县'];
  const rs = cs.map(c => { const a = ri(5, 30), b = ri(2, 20), d = ri(0, 10), n = a + b + d, lk = ri(n * 2, n * 8); return [c, n, a, b, d, lk, rd(lk / n, 1)]; });
  const T = tot('全市', rs, 7, []); T[6] = rd(T[5] / T[1], 1);
  const rows = [['大庆市非公企业党建工作指导员队伍情况'], ['县（区）', '指导员总数（名）', '机关在职干部', '退休干部', '社会化招聘', '联系企业数（家）', '人均联系企业数（家）'], ...[...rs, T].map(r => fm(r, [6]))];
  await emit('t21-instructor-source-average.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '龙凤区', col: 3, kind: 'part 退休干部 (complete breakdown)' });
}
// t22 by enterprise size rows, two rates on different bases, 合计 bottom
{
  const ks = ['大型企业', '中型企业', '小型企业', '微型企业'];
  const rs = ks.map((k, i) => { const e = [ri(30, 90), ri(300, 900), ri(3000, 9000), ri(9000, 30000)][i], hm = ri(Math.floor(e * [.7, .4, .15, .05][i]), Math.floor(e * [.95, .7, .35, .15][i])), cv = ri(Math.floor(hm * .5), hm); return [k, e, hm, rate(hm, e), cv, rate(cv, e), rate(cv, hm)]; });
  const T = tot('合计', rs, 7, [[3, 2, 1], [5, 4, 1], [6, 4, 2]]);
  const rows = [['福州市非公企业党建情况（按企业规模）'], ['企业规模', '企业数（家）', '有党员企业数（家）', '有党员企业占比（%）', '党组织覆盖企业数（家）', '党组织覆盖率（%）', '有党员企业覆盖率（%）'], ...[...rs, T].map(r => fm(r, [3, 5, 6]))];
  await emit('t22-by-enterprise-size.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '中型企业', col: 4, kind: 'count under two rates' });
}
// t23 by registration type: count + 占企业总数比重 (column shares sum to 100) + coverage
{
  const ks = ['私营有限责任公司', '私营股份有限公司', '私营独资企业', '私营合伙企业', '港澳台商投资企业', '外商投资企业', '其他非公有制企业'];
  const rs = ks.map(k => { const e = ri(200, 20000), cv = ri(Math.floor(e * .1), Math.floor(e * .4)); return [k, e, 0, cv, rate(cv, e)]; });
  const E = colSum(rs, 1); rs.forEach(r => { r[2] = rate(r[1], E); });
  const T = ['合计', E, 100, colSum(rs, 3), 0]; T[4] = rate(T[3], T[1]);
  const rows = [['厦门市非公有制企业党组织覆盖情况（按登记注册类型）'], ['登记注册类型', '企业数（家）', '占比（%）', '党组织覆盖企业数（家）', '覆盖率（%）'], ...[T, ...rs].map(r => fm(r, [2, 4]))];
  await emit('t23-by-registration-type-share.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '私营独资企业', col: 1, kind: 'count with column share and rate' });
}
// t24 two years + 同比增长（%）, '/' where last year 0
{
  const cs = ['东湖区', '西湖区', '青云谱区', '青山湖区', '新建区', '红谷滩区', '南昌县', '进贤县', '安义县', '南昌高新区', '南昌经开区', '湾里管理局'];
  const rs = cs.map(c => { const a = c === '湾里管理局' ? 0 : ri(20, 200), b = c === '湾里管理局' ? ri(1, 5) : ri(Math.floor(a * .8), Math.floor(a * 1.4)), m1 = ri(300, 3000), m2 = ri(Math.floor(m1 * .9), Math.floor(m1 * 1.2)); return [c, a, b, a ? rate(b - a, a) : '/', m1, m2, rate(m2 - m1, m1)]; });
  const T = tot('全市', rs, 7, []); T[3] = rate(T[2] - T[1], T[1]); T[6] = rate(T[5] - T[4], T[4]);
  const rows = [['南昌市“两新”组织党组织和党员数量变化'], ['县（区）', '党组织数（个）', null, null, '党员数（名）', null, null], [null, '2023年', '2024年', '同比增长（%）', '2023年', '2024年', '同比增长（%）'], ...[T, ...rs].map(r => fm(r, [3, 6]))];
  await emit('t24-two-years-growth-slash.xlsx', [{ rows, merges: ['A1:G1', 'A2:A3', 'B2:D2', 'E2:G2'] }], { row: '青山湖区', col: 6, kind: 'growth rate' });
}
// t25 covered enterprises balance: 年初 + 新增 − 减少 = 年末, rates at both ends
{
  const cs = ['瑶海区', '庐阳区', '蜀山区', '包河区', '长丰县', '肥东县', '肥西县', '庐江县', '巢湖市'];
  const rs = cs.map(c => { const e0 = ri(3000, 15000), e1 = e0 + ri(-200, 1500), c0 = ri(Math.floor(e0 * .2), Math.floor(e0 * .35)), nw = ri(50, 400), ls = ri(10, 150), c1 = c0 + nw - ls; return [c, e0, c0, rate(c0, e0), nw, ls, e1, c1, rate(c1, e1)]; });
  const T = tot('合计', rs, 9, [[3, 2, 1], [8, 7, 6]]);
  const rows = [['合肥市非公企业党组织覆盖企业数变动情况'], ['县（市、区）', '年初', null, null, '本年变动', null, '年末', null, null], [null, '企业数', '覆盖企业数', '覆盖率（%）', '新增覆盖企业', '减少覆盖企业（注销、迁出等）', '企业数', '覆盖企业数', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [3, 8]))];
  await emit('t25-covered-balance-two-ends.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:D2', 'E2:F2', 'G2:I2'] }], { row: '肥东县', col: 4, kind: 'flow 新增覆盖 in balance' });
}
// t26 law-firm ledger with text 组建方式 and 合计 counts
{
  const fs_ = ['广西万益律师事务所', '广西桂三力律师事务所', '广西欣和律师事务所', '广西华尚律师事务所', '广西南国雄鹰律师事务所', '广西国海律师事务所', '广西瑞天律师事务所', '广西和胜律师事务所', '广西联达律师事务所', '广西嘉日律师事务所'];
  const rs = fs_.map((f, i) => { const l = ri(8, 120), p = ri(Math.floor(l * .1), Math.floor(l * .45)); const way = p >= 3 ? '单独组建' : '联合组建'; return [i + 1, f, l, p, rate(p, l), way, p >= 3 ? ri(1, 3) : 0]; });
  const T = [null, '合计', colSum(rs, 2), colSum(rs, 3), 0, `单独${rs.filter(r => r[5] === '单独组建').length}家、联合${rs.filter(r => r[5] === '联合组建').length}家`, colSum(rs, 6)]; T[4] = rate(T[3], T[2]);
  const rows = [['南宁市律师事务所党建工作台账'], ['序号', '律师事务所名称', '执业律师数（名）', '党员律师数（名）', '党员律师占比（%）', '党组织组建方式', '党员律师发展对象（名）'], ...[...rs, T].map(r => fm(r, [4]))];
  await emit('t26-law-firm-ledger-text-way.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '合计', col: 3, labelCols: 2, kind: 'total 党员律师' });
}
// t27 share of city total as fraction 0.0%, column shares sum 100%, with 市直属 and 高新区 rows
{
  const cs = ['五华区', '盘龙区', '官渡区', '西山区', '呈贡区', '晋宁区', '安宁市', '宜良县', '嵩明县', '市直属', '昆明高新区', '滇中新区'];
  const rs = cs.map(c => [c, ri(50, 900), 0, ri(300, 5000), 0]);
  const A = colSum(rs, 1), B = colSum(rs, 3); rs.forEach(r => { r[2] = rate(r[1], A, 3, 1); r[4] = rate(r[3], B, 3, 1); });
  const T = ['全市', A, 1, B, 1];
  const rows = [['昆明市“两新”组织党组织、党员分布'], ['县（市、区）', '党组织数（个）', '占全市比重', '党员数（名）', '占全市比重'], ...[T, ...rs].map(r => r.map((v, i) => (i === 2 || i === 4) ? { v, fmt: '0.0%' } : v))];
  await emit('t27-share-of-city-fraction.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '官渡区', col: 1, kind: 'count with share of total' });
}
// t28 序号 col, 合计 merged A:B at top, 片区 subtotal rows
{
  const grp = { '主城片区': ['长安区', '桥西区', '新华区', '裕华区'], '县域片区': ['正定县', '行唐县', '灵寿县', '高邑县', '深泽县'], '开发区片区': ['石家庄高新区', '循环化工园区'] };
  const mk = n => { const e = ri(200, 2000), cv = ri(Math.floor(e * .2), Math.floor(e * .5)); return [n, e, cv, rate(cv, e), ri(cv, cv * 5)]; };
  const body = [], subs = []; let k = 0; const cn = ['一', '二', '三'];
  Object.entries(grp).forEach(([g, ks], gi) => { const rs = ks.map(mk); const s = tot(g + '小计', rs, 5, [[3, 2, 1]]); subs.push(s); body.push([cn[gi], ...s]); rs.forEach(r => body.push([++k, ...r])); });
  const T = tot('合计', subs, 5, [[3, 2, 1]]);
  const rows = [['石家庄市非公企业党组织覆盖情况（分片区）'], ['序号', '县（市、区）', '非公企业数', '覆盖企业数', '覆盖率（%）', '党员数'], ['合计', null, ...T.slice(1)], ...body].map((r, i) => i >= 2 ? fm(r, [4]) : r);
  await emit('t28-seq-merged-total-zone-subtotals.xlsx', [{ rows, merges: ['A1:F1', 'A3:B3'] }], { row: '县域片区小计', col: 3, kind: 'subtotal covered' });
}
L.savePlants('3');
})();
