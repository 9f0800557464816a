const L = require('./lib.js');
const { ri, rate, rd, growth, colSum, sum, emit, col } = L;
L.setSeed(303);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
(async () => {
// r20: instructors: total column then 专职/兼职 without 其中, work coverage of unbuilt enterprises, per-head average, 全县 bottom
{
  const rs = L.towns.slice(0, 9).map(t => { const a = ri(1, 6), b = ri(3, 15), u = ri(30, 150), s = ri(Math.floor(u * .5), u); return [t, a + b, a, b, u, s, rate(s, u), rd(s / (a + b), 1)]; });
  const T = ['全县', ...[1, 2, 3, 4, 5].map(i => colSum(rs, i)), 0, 0]; T[6] = rate(T[5], T[4]); T[7] = rd(T[5] / T[1], 1);
  const rows = [['遂昌县非公企业党建工作指导员选派情况统计表'], ['乡镇（街道）', '党建工作指导员（名）', '专职', '兼职', '未建党组织企业数（家）', '已选派指导员的未建党组织企业数（家）', '党的工作覆盖率（%）', '人均联系企业数（家）'], ...[...rs, T].map(r => fm(r, [6, 7]))];
  await emit('r20-instructors-total-first-average.xlsx', [{ rows, merges: ['A1:H1'] }], { row: '新安镇', col: 3, kind: 'part (兼职) of total column' });
}
// r21: no-member enterprises: 年初 + 新增 − 消除 = 年末, 消除 broken down by route, 消除率
{
  const rs = L.towns2.slice(0, 9).map(t => { const s = ri(30, 160), n = ri(2, 20), a = ri(3, 30), b = ri(1, 15), c = ri(0, 10); const el = a + b + c; return [t, s, n, el, a, b, c, s + n - el, rate(el, s)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5, 6, 7].map(i => colSum(rs, i)), 0]; T[8] = rate(T[3], T[1]);
  const rows = [['苍南县无党员非公企业“清零”工作进展统计表'], ['乡镇（街道）', '年初无党员企业数', '本年新增无党员企业数', '本年消除无党员企业数', null, null, null, '年末无党员企业数', '消除率（%）'], [null, null, null, '小计', '发展党员', '招聘引进党员', '选派党员', null, null], ...[...rs, T].map(r => fm(r, [8]))];
  await emit('r21-no-member-balance-routes.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:G2', 'H2:H3', 'I2:I3'] }], { row: '樟树镇', col: 7, kind: 'balance (年末 = 年初+新增−消除)' });
}
// r22: enterprise registration types, 合计 top, one group with children, other groups leaves
{
  const mk = n => { const e = ri(100, 900), c = ri(Math.floor(e * .2), Math.floor(e * .5)), m = ri(c * 2, c * 5); return [n, e, c, rate(c, e), m]; };
  const kids = ['　　私营有限责任公司', '　　私营股份有限公司', '　　个人独资企业', '　　合伙企业'].map(mk);
  const g1 = ['一、内资企业', colSum(kids, 1), colSum(kids, 2), 0, colSum(kids, 4)]; g1[3] = rate(g1[2], g1[1]);
  const g2 = mk('二、港澳台商投资企业'), g3 = mk('三、外商投资企业');
  const T = ['合计', ...[1, 2].map(i => colSum([g1, g2, g3], i)), 0, colSum([g1, g2, g3], 4)]; T[3] = rate(T[2], T[1]);
  const rows = [['金华市非公有制企业党组织覆盖情况（按登记注册类型）'], ['登记注册类型', '企业数（家）', '党组织覆盖企业数（家）', '覆盖率（%）', '党员数（名）'], ...[T, g1, ...kids, g2, g3].map(r => fm(r, [3]))];
  await emit('r22-registration-types-mixed-depth.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '一、内资企业', col: 2, kind: 'group subtotal (覆盖企业数)' });
}
// r23: transposed, 单位 column, counties as columns, 合计 column last, rate row
{
  const cs = ['越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县']; const v = cs.map(() => { const own = ri(100, 400), jc = ri(50, 250), e = own + jc + ri(300, 1200), m = ri(own * 4, own * 9), nm = ri(Math.floor((e - own - jc) * .4), e - own - jc); return { e, c: own + jc, own, jc, m, nm }; });
  const S = k => sum(v.map(x => x[k]));
  const line = (lab, u, k) => [lab, u, ...v.map(x => x[k]), S(k)];
  const rr = line('党组织覆盖率', '%', 'e'); rr.splice(2, 6, ...v.map(x => ({ v: rate(x.c, x.e), fmt: F1 })), { v: rate(S('c'), S('e')), fmt: F1 });
  const rows = [['绍兴市各县区非公企业党建主要指标'], ['指标', '单位', ...cs, '合计'], line('非公企业数', '家', 'e'), line('党组织覆盖企业数', '家', 'c'), line('其中：单独建立党组织企业数', '家', 'own'), line('联合党组织覆盖企业数', '家', 'jc'), rr, line('党员数', '名', 'm'), line('无党员企业数', '家', 'nm')];
  await emit('r23-transposed-unit-col-total-last.xlsx', [{ rows, merges: ['A1:I1'] }], { row: '联合党组织覆盖企业数', col: 4, kind: 'count (联合覆盖) in transposed table' });
}
// r24: indicator list with 单位 column, 本年/上年/增减/增长（%）, 其中 indicator rows, rate row with points
{
  const e1 = 5284, se1 = 612, own1 = 1206, jc1 = 1477, m1 = 9862, nm1 = 1893; const e0 = 5031, se0 = 588, own0 = 1134, jc0 = 1302, m0 = 9310, nm0 = 2210;
  const c1 = own1 + jc1, c0 = own0 + jc0;
  const ln = (lab, u, a, b) => [lab, u, a, b, a - b, { v: growth(a, b), fmt: F1 }];
  const rows = [['庆元县非公有制企业党建工作主要指标'], ['指标名称', '计量单位', '2024年', '2023年', '增减', '增长（%）'],
    ln('非公企业数', '家', e1, e0), ln('　其中：规模以上企业', '家', se1, se0), ln('党组织覆盖企业数', '家', c1, c0), ln('　其中：单独建立党组织', '家', own1, own0), ln('　　　　联合党组织覆盖', '家', jc1, jc0),
    ['党组织覆盖率', '%', { v: rate(c1, e1), fmt: F1 }, { v: rate(c0, e0), fmt: F1 }, { v: rd(rate(c1, e1) - rate(c0, e0), 1), fmt: F1 }, '—'],
    ln('党员数', '名', m1, m0), ln('无党员企业数', '家', nm1, nm0)];
  await emit('r24-indicator-list-unit-col-growth.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '党员数', col: 5, kind: 'growth % of an indicator' });
}
// r25: two tables side by side on one sheet, each with its own label column, header and 合计
{
  const mk = (ts, lo, hi) => ts.map(t => { const own = ri(lo, hi), jc = ri(lo, hi), e = own + jc + ri(lo * 3, hi * 3); return [t, e, own + jc, own, jc, rate(own + jc, e)]; });
  const A = mk(L.towns.slice(0, 8), 5, 30), B = mk(L.towns.slice(0, 3).concat(['下渚湖街道', '高新区']), 1, 8);
  const tt = rs => { const x = ['合计', ...[1, 2, 3, 4].map(i => colSum(rs, i)), 0]; x[5] = rate(x[2], x[1]); return [...rs, x]; };
  const a = tt(A).map(r => fm(r, [5])), b = tt(B).map(r => fm(r, [5]));
  const rows = [['松阳县“两新”组织党组织覆盖情况'], ['一、非公有制企业', null, null, null, null, null, null, '二、社会组织'],
    ['乡镇（街道）', '企业数', '覆盖企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖率（%）', null, '乡镇（街道）', '社会组织数', '覆盖社会组织数', '单独建立党组织数', '联合党组织覆盖社会组织数', '覆盖率（%）']];
  for (let i = 0; i < Math.max(a.length, b.length); i++) rows.push([...(a[i] || Array(6).fill(null)), null, ...(b[i] || [])]);
  await emit('r25-side-by-side-own-label-cols.xlsx', [{ rows, merges: ['A1:M1', 'A2:F2', 'H2:M2'] }], { cell: 'J9', kind: 'right table 合计 (覆盖社会组织数)' });
}
// r26: party + trade union + youth league + women's federation coverage, same base
{
  const rs = L.towns2.slice(0, 9).map(t => { const e = ri(60, 300), p = ri(Math.floor(e * .3), Math.floor(e * .6)), u = ri(Math.floor(e * .5), Math.floor(e * .85)), y = ri(Math.floor(e * .1), Math.floor(e * .3)), w = ri(Math.floor(e * .1), Math.floor(e * .25)); return [t, e, p, rate(p, e), u, rate(u, e), y, rate(y, e), w]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), 0, colSum(rs, 6), 0, colSum(rs, 8)]; T[3] = rate(T[2], T[1]); T[5] = rate(T[4], T[1]); T[7] = rate(T[6], T[1]);
  const rows = [['洞头区非公企业党群组织覆盖情况统计表'], ['乡镇（街道）', '非公企业数', '党组织', null, '工会', null, '共青团', null, '妇联'], [null, null, '建立企业数', '覆盖率（%）', '建立企业数', '覆盖率（%）', '建立企业数', '覆盖率（%）', '建立企业数'], ...[...rs, T].map(r => fm(r, [3, 5, 7]))];
  await emit('r26-party-union-league-coverage.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2', 'I2:I3'] }], { row: '太平街道', col: 5, kind: 'rate (工会覆盖率)' });
}
// r27: funds in 万元, each figure rounded on its own from yuan (row and column totals may differ by 0.01)
{
  const raw = L.towns.slice(0, 10).map(t => [t, ri(50000, 400000), ri(5000, 80000), ri(20000, 600000)]);
  const w = y => rd(y / 10000, 2);
  const rs = raw.map(x => [x[0], w(x[1]), w(x[2]), w(x[3]), w(x[1] + x[2] + x[3])]);
  const T = ['合计', ...[1, 2, 3].map(i => w(sum(raw.map(x => x[i])))), w(sum(raw.map(x => x[1] + x[2] + x[3])))];
  const rows = [['云和县非公企业党建工作经费保障情况'], ['单位：万元'], ['乡镇（街道）', '财政专项经费', '党费返还', '企业管理费列支', '合计'], ...[...rs, T].map(r => fm(r, [1, 2, 3, 4], '0.00'))];
  await emit('r27-funds-wan-rounded-each.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '钟管镇', col: 3, kind: 'amount (企业列支) +7%' });
}
// r28: cumulative period columns 1-3月 … 1-12月 (running), two groups, 合计 bottom
{
  const rs = L.counties2.map(c => { const q = [ri(1, 8), ri(1, 8), ri(0, 6), ri(0, 6)], m = [ri(5, 30), ri(5, 30), ri(5, 30), ri(10, 40)]; const cq = q.map((_, i) => sum(q.slice(0, i + 1))), cm = m.map((_, i) => sum(m.slice(0, i + 1))); return [c, ...cq, ...cm]; });
  const T = ['合计', ...Array.from({ length: 8 }, (_, i) => colSum(rs, i + 1))];
  const P = ['1-3月', '1-6月', '1-9月', '1-12月'];
  const rows = [['2024年嘉兴市非公企业党建工作累计进度'], ['县（市、区）', '新建党组织数（累计）', null, null, null, '发展党员数（累计）', null, null, null], [null, ...P, ...P], ...rs, T];
  await emit('r28-cumulative-period-columns.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:E2', 'F2:I2'] }], { row: '海宁市', col: 7, kind: 'cumulative cell (1-9月 发展党员)' });
}
L.savePlants('3');
})();
