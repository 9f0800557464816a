const L = require('./lib.js');
const { ri, rate, colSum, sum, emit, col } = L;
L.setSeed(101);
const F1 = '0.0';
(async () => {
// r01: city → county → town, 序号 一/二 for counties and 1.. for towns, 市直 row, 全市合计 at top
{
  const struct = { '德清县': ['武康街道', '舞阳街道', '阜溪街道', '新市镇', '乾元镇'], '长兴县': ['雉城街道', '画溪街道', '太湖街道', '林城镇', '泗安镇', '和平镇'], '安吉县': ['递铺街道', '昌硕街道', '孝丰镇', '天荒坪镇'] };
  const mk = name => { const own = ri(6, 40), jc = ri(4, 30), e = own + jc + ri(10, 90); return [name, e, own + jc, own, jc, rate(own + jc, e)]; };
  const sub = (name, rs) => { const x = [name, colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), colSum(rs, 4), 0]; x[5] = rate(x[2], x[1]); return x; };
  const body = [], tops = []; const num = ['一', '二', '三', '四'];
  Object.entries(struct).forEach(([c, ts], k) => { const rs = ts.map(mk); const s = sub(c, rs); tops.push(s); body.push([num[k], ...s]); rs.forEach((r, i) => body.push([i + 1, ...r])); });
  const sz = mk('市直'); tops.push(sz); body.push(['四', ...sz]);
  const tot = sub('全市合计', tops);
  const rows = [['湖州市非公有制企业党组织覆盖情况统计表'], ['截至2024年12月31日'], ['序号', '单位', '非公企业数', '覆盖企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖率（%）'], [null, ...tot], ...body];
  rows.forEach((r, i) => { if (i >= 3) r[6] = { v: r[6], fmt: F1 }; });
  await emit('r01-city-county-town-numbered.xlsx', [{ name: '覆盖情况', rows, merges: ['A1:G1', 'A2:G2'] }], { row: '长兴县', col: 2, kind: 'county subtotal 企业数' });
}
// r02: two label columns (县 | 乡镇), 小计 after each county's towns, blank separator rows, 市直 row, 合计 bottom
{
  const struct = { '桐乡市': ['梧桐街道', '凤鸣街道', '濮院镇', '乌镇镇', '崇福镇'], '海宁市': ['海洲街道', '硖石街道', '许村镇', '长安镇'], '平湖市': ['当湖街道', '钟埭街道', '新埭镇', '独山港镇', '乍浦镇'] };
  const mk = t => { const e = ri(60, 260), b = ri(Math.floor(e * .25), Math.floor(e * .55)), m = ri(b * 3, b * 7), nm = ri(Math.floor((e - b) * .3), e - b); return [t, e, b, m, nm, rate(b, e)]; };
  const rows = [['嘉兴市非公企业党建基本情况统计表'], ['县（市、区）', '乡镇（街道）', '非公企业数（家）', '建立党组织企业数（家）', '党员数（名）', '无党员企业数（家）', '党组织覆盖率（%）']];
  const subs = [];
  for (const [c, ts] of Object.entries(struct)) {
    const rs = ts.map(mk); rs.forEach((r, i) => rows.push([i === 0 ? c : null, ...r]));
    const s = ['小计', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3), colSum(rs, 4), 0]; s[5] = rate(s[2], s[1]); subs.push(s); rows.push([null, ...s]); rows.push([]);
  }
  const sz = mk('市直'); subs.push(sz); rows.push([sz[0], null, ...sz.slice(1)]); rows.push([]);
  const t = ['合计', colSum(subs, 1), colSum(subs, 2), colSum(subs, 3), colSum(subs, 4), 0]; t[5] = rate(t[2], t[1]); rows.push([t[0], null, ...t.slice(1)]);
  rows.forEach((r, i) => { if (i >= 2 && typeof r[6] === 'number') r[6] = { v: r[6], fmt: F1 }; });
  await emit('r02-two-label-cols-blank-separators.xlsx', [{ rows, merges: ['A1:G1'] }], { cell: 'D5', kind: 'town count under a rate (建立党组织企业数)' });
}
// r03: 附件 row, 填报单位 line, 序号, 其中 columns with two rates, filer/checker/phone line, numbered 说明 with figures
{
  const rs = L.towns.slice(0, 9).map((t, i) => { const e = ri(80, 320), se = ri(8, 30), c = ri(Math.floor(e * .3), Math.floor(e * .6)), sc = ri(Math.floor(se * .6), se); return [i + 1, t, e, se, c, sc, rate(c, e), rate(sc, se)]; });
  const T = [null, '合计', colSum(rs, 2), colSum(rs, 3), colSum(rs, 4), colSum(rs, 5), 0, 0]; T[6] = rate(T[4], T[2]); T[7] = rate(T[5], T[3]);
  const data = [...rs, T].map(r => r.map((v, i) => i >= 6 ? { v, fmt: F1 } : v));
  const rows = [['附件2'], ['武义县非公有制企业党组织覆盖情况统计表'], ['填报单位（盖章）：中共武义县委组织部', null, null, null, null, '单位：家、%', null, '2025年1月10日'],
    ['序号', '乡镇（街道）', '非公企业数', '其中：规模以上企业数', '建立党组织企业数', '其中：规模以上企业', '党组织覆盖率（%）', '规模以上企业党组织覆盖率（%）'], ...data,
    ['填报人：沈建国', null, '审核人：王丽华', null, '联系电话：0572-8012345', null, '填报日期：2025年1月8日'],
    ['说明：1.本表统计口径为辖区内登记注册且正常经营的非公有制企业；'], [`2.全县非公企业共${T[2]}家，其中规模以上企业${T[3]}家；`], ['3.覆盖率=建立党组织企业数÷非公企业数×100%，保留一位小数；'], ['4.本表于每年1月15日前报送县委两新工委。']];
  await emit('r03-form-filer-notes-figures.xlsx', [{ rows, merges: ['A2:H2'] }], { row: '合计', col: 2, kind: 'total row 企业数' });
}
// r04: 应建未建 with reasons broken down (complete), rate base 应建
{
  const rs = L.towns2.slice(0, 8).map(t => { const e = ri(150, 500), need = ri(15, 50), built = ri(Math.floor(need * .7), need), un = need - built; const a = ri(0, un), b = ri(0, un - a), c = un - a - b; return [t, e, need, built, un, a, b, c, rate(built, need)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5, 6, 7].map(i => colSum(rs, i)), 0]; T[8] = rate(T[3], T[2]);
  const data = [...rs, T].map(r => r.map((v, i) => i === 8 ? { v, fmt: F1 } : v));
  const rows = [['青田县应建党组织非公企业组建情况统计表'], ['乡镇（街道）', '非公企业数', '应建立党组织企业数（有3名以上正式党员）', '已建立党组织企业数', '应建未建企业数', '未建原因', null, null, '应建已建率（%）'], [null, null, null, null, null, '正在筹备组建', '党员流动性大', '其他原因', null], ...data];
  await emit('r04-need-unbuilt-reasons.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:H2', 'I2:I3'] }], { row: '溪口镇', col: 8, kind: 'rate (应建已建率)' });
}
// r05: members by gender / age / education, each group complete, 合计 at top
{
  const rs = L.towns.slice(0, 10).map(t => { const n = ri(80, 600); const f = ri(Math.floor(n * .2), Math.floor(n * .45)); const a1 = ri(Math.floor(n * .15), Math.floor(n * .35)), a2 = ri(Math.floor(n * .2), Math.floor(n * .3)), a3 = ri(Math.floor(n * .15), Math.floor(n * .25)), a4 = n - a1 - a2 - a3; const e1 = ri(0, Math.floor(n * .05)), e2 = ri(Math.floor(n * .2), Math.floor(n * .35)), e3 = ri(Math.floor(n * .2), Math.floor(n * .3)), e4 = n - e1 - e2 - e3; return [t, n, n - f, f, a1, a2, a3, a4, e1, e2, e3, e4]; });
  const T = ['合计', ...Array.from({ length: 11 }, (_, i) => colSum(rs, i + 1))];
  const rows = [['浦江县非公有制企业党员基本情况统计表'], ['单位：名'], ['乡镇（街道）', '党员总数', '性别', null, '年龄', null, null, null, '学历', null, null, null], [null, null, '男', '女', '35岁及以下', '36至45岁', '46至60岁', '61岁及以上', '研究生', '大学本科', '大学专科', '中专及以下'], T, ...rs];
  await emit('r05-members-gender-age-edu.xlsx', [{ rows, merges: ['A1:L1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:H3', 'I3:L3'] }], { row: '新市镇', col: 3, kind: 'part (女) in complete breakdown' });
}
// r06: 发展党员 by quarter, two measures per quarter, 全年 group, 全市 bottom
{
  const rs = L.counties2.map(c => { const q = [0, 1, 2, 3].map(() => [ri(5, 40), ri(2, 20)]); return [c, ...q.flat(), sum(q.map(x => x[0])), sum(q.map(x => x[1]))]; });
  const T = ['全市', ...Array.from({ length: 10 }, (_, i) => colSum(rs, i + 1))];
  const rows = [['2024年嘉兴市非公企业和社会组织发展党员情况（分季度）'], ['县（市、区）', '一季度', null, '二季度', null, '三季度', null, '四季度', null, '全年', null], [null, ...Array(5).fill(['确定入党积极分子', '发展党员']).flat()], ...rs, T];
  await emit('r06-quarters-two-measures-year.xlsx', [{ rows, merges: ['A1:K1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2', 'H2:I2', 'J2:K2'] }], { row: '平湖市', col: 10, kind: 'row total (全年 发展党员)' });
}
// r07: 流动党员 in/out with 其中 and signed net, 合计 at top, management rate of inflow
{
  const rs = L.towns2.slice(0, 9).map(t => { const i = ri(10, 120), ip = ri(Math.floor(i * .2), Math.floor(i * .6)), o = ri(5, 110), op = ri(Math.floor(o * .1), Math.floor(o * .5)), m = ri(Math.floor(i * .75), i); return [t, i, ip, o, op, i - o, m, rate(m, i)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5, 6].map(k => colSum(rs, k)), 0]; T[7] = rate(T[6], T[1]);
  const data = [T, ...rs].map(r => r.map((v, i) => i === 7 ? { v, fmt: F1 } : v));
  const rows = [['文成县“两新”组织流动党员情况统计表'], ['乡镇（街道）', '流入党员数', '其中：省外流入', '流出党员数', '其中：流出省外', '净流入党员数（负数为净流出）', '流入党员已纳入组织管理数', '纳入管理率（%）'], ...data];
  await emit('r07-mobile-in-out-net.xlsx', [{ rows, merges: ['A1:H1'] }], { row: '石牌镇', col: 5, kind: 'signed difference (净流入)' });
}
// r08: 两个覆盖 by organisation type, grouped with indented children, 合计 at top
{
  const grp = { '一、社会中介组织': ['律师事务所', '会计师事务所', '税务师事务所', '资产评估机构'], '二、社会组织': ['行业协会商会', '民办非企业单位', '基金会', '社会团体（其他）'] };
  const mk = n => { const u = ri(12, 160), o = ri(Math.floor(u * .2), Math.floor(u * .5)), w = ri(Math.floor((u - o) * .5), u - o); return [n, u, o, rate(o, u), w, o + w, rate(o + w, u)]; };
  const body = [], subs = [];
  for (const [g, ks] of Object.entries(grp)) { const rs = ks.map(k => mk('　　' + k)); const s = [g, colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), colSum(rs, 5), 0]; s[3] = rate(s[2], s[1]); s[6] = rate(s[5], s[1]); subs.push(s); body.push(s, ...rs); }
  const T = ['合计', colSum(subs, 1), colSum(subs, 2), 0, colSum(subs, 4), colSum(subs, 5), 0]; T[3] = rate(T[2], T[1]); T[6] = rate(T[5], T[1]);
  const data = [T, ...body].map(r => r.map((v, i) => (i === 3 || i === 6) ? { v, fmt: F1 } : v));
  const rows = [['瓯海区社会组织“两个覆盖”情况统计表'], ['类别', '单位数', '党的组织覆盖', null, '党的工作覆盖', null, null], [null, null, '建立党组织单位数', '组织覆盖率（%）', '选派党建指导员单位数', '两个覆盖单位数', '两个覆盖率（%）'], ...data];
  await emit('r08-two-coverages-by-org-type.xlsx', [{ rows, merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:G2'] }], { row: '会计师事务所', col: 3, kind: 'rate (组织覆盖率) of indented child' });
}
// r09: star ratings with 四星及以上 subtotal column and its share
{
  const rs = L.counties2.map(c => { const s = [ri(2, 12), ri(8, 30), ri(15, 60), ri(5, 30), ri(0, 10)]; const n = sum(s); return [c, n, ...s, s[0] + s[1], rate(s[0] + s[1], n)]; });
  const T = ['全市', ...[1, 2, 3, 4, 5, 6, 7].map(i => colSum(rs, i)), 0]; T[8] = rate(T[7], T[1]);
  const data = [...rs, T].map(r => r.map((v, i) => i === 8 ? { v, fmt: F1 } : v));
  const rows = [['嘉兴市非公企业党组织星级评定结果统计表'], ['县（市、区）', '参评党组织数', '五星级', '四星级', '三星级', '二星级', '一星级', '四星级及以上', '四星级及以上占比（%）'], ...data];
  await emit('r09-star-ratings-share.xlsx', [{ rows, merges: ['A1:I1'] }], { row: '海盐县', col: 4, kind: 'part (三星级) in complete breakdown' });
}
L.savePlants('1');
})();
