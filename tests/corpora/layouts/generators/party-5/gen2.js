const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col, pct, growth } = L;
L.setSeed(5202);
const F1 = '0.0', F2 = '0.00';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates, skip = []) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = skip.includes(i) ? null : colSum(rs, i); rates.forEach(([k, a, b, d]) => { T[k] = rate(T[a], T[b], d || 1); }); return T; };
(async () => {
// u13 覆盖率 numbers with 2 decimals
{
  const cs = ['黛山县', '碧波县', '青鸾区', '赤水区', '紫阳县', '金坛县', '银川镇片区'];
  const rs = cs.map(c => { const n = ri(300, 3000), o = ri(Math.floor(n * .05), Math.floor(n * .2)), j = ri(Math.floor(n * .1), Math.floor(n * .4)); return [c, n, o, j, o + j, rate(o + j, n, 2)]; });
  const T = tot('合计', rs, 6, [[5, 4, 1, 2]]);
  const rows = [['苍梧市非公企业党组织覆盖率统计（保留两位小数）'], ['县（区）', '非公企业数（家）', '单独建立党组织企业数（家）', '联合党组织覆盖企业数（家）', '党组织覆盖企业数（家）', '覆盖率（%）'], ...[...rs, T].map(r => fm(r, [5], F2))];
  await emit('u13-rate-two-decimals.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '紫阳县', col: 5, how: v => rd(v * 1.07, 2), kind: 'rate 2dp' });
}
// u14 unit row per column under header, 合计 row repeats unit in text
{
  const cs = ['望海街道', '听涛街道', '观澜街道', '揽月镇', '摘星镇', '追风镇'];
  const rs = cs.map(c => { const s = ri(40, 300), o = ri(5, Math.floor(s * .3)), j = ri(0, Math.floor(s * .3)); return [c, s, o, j, o + j, rate(o + j, s)]; });
  const T = tot('合计', rs, 6, [[5, 4, 1]]);
  const Tt = [T[0], T[1] + '个', T[2] + '个', T[3] + '个', T[4] + '个', T[5].toFixed(1) + '%'];
  const rows = [['海晏区社会组织党组织覆盖情况'], ['街道（镇）', '社会组织数', '单独建立党组织数', '联合党组织覆盖数', '党组织覆盖数', '覆盖率'], ['', '个', '个', '个', '个', '%'], ...rs.map(r => fm(r, [5])), Tt];
  await emit('u14-unit-row-total-with-units.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '揽月镇', col: 2, kind: 'part 单独建立 under 覆盖数 and total' });
}
// u15 percentages as text '85.50%' two decimals
{
  const cs = ['麟州区', '凤州区', '龟山县', '蛇口县', '龙首县', '虎跳县', '豹林县', '鹤岗县'];
  const rs = cs.map(c => { const n = ri(100, 900), c2 = ri(Math.floor(n * .5), n); return [c, n, c2, rate(c2, n, 2)]; });
  const T = tot('合计', rs, 4, [[3, 2, 1, 2]]);
  const rows = [['瑞州市社会组织党的工作覆盖情况'], ['县（区）', '社会组织总数（个）', '党的工作覆盖数（个）', '党的工作覆盖率'], ...[...rs, T].map(r => [r[0], r[1], r[2], r[3].toFixed(2) + '%'])];
  await emit('u15-text-percent-2dp.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '龙首县', col: 2, kind: 'count 工作覆盖数 under text rate' });
}
// u16 this-year and last-year rates with 同比增减（百分点）; counts for both years
{
  const cs = ['晴川区', '汉阳区', '江岸县', '硚口县', '洪山县', '青山区', '蔡甸县', '新洲县'];
  const rs = cs.map(c => { const n1 = ri(300, 2000), c1 = ri(Math.floor(n1 * .4), Math.floor(n1 * .8)), n2 = n1 + ri(-30, 150), c2 = Math.min(n2, c1 + ri(-10, 120)); const r1 = rate(c1, n1), r2 = rate(c2, n2); return [c, n2, c2, r2, n1, c1, r1, rd(r2 - r1, 1)]; });
  const T = tot('合计', rs, 8, [[3, 2, 1], [6, 5, 4]]); T[7] = rd(T[3] - T[6], 1);
  const rows = [['楚江市非公企业党组织覆盖率同比情况'], ['县（区）', '2025年', null, null, '2024年', null, null, '覆盖率同比增减（百分点）'], [null, '企业数（家）', '覆盖企业数（家）', '覆盖率（%）', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）', null], ...[...rs, T].map(r => fm(r, [3, 6, 7]))];
  await emit('u16-rates-yoy-points.xlsx', [{ rows, merges: ['A1:H1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3'] }], { row: '洪山县', col: 3, kind: 'rate 2025 (points column beside)' });
}
// u17 transposed: 指标 rows, counties as columns, 全市 column last; new-group indicators
{
  const cs = ['北辰区', '南开区', '河西区', '河东区', '红桥区'];
  const data = cs.map(() => { const w = ri(2000, 9000), k = ri(Math.floor(w * .3), Math.floor(w * .45)), m = ri(Math.floor(w * .3), Math.floor(w * .45)); const d = w - k - m; const p = ri(Math.floor(w * .01), Math.floor(w * .04)), o = ri(2, 15); return [w, k, m, d, p, rate(p, w), o]; });
  const tt = [0, 1, 2, 3, 4, 6].reduce((a, i) => { a[i] = sum(data.map(d => d[i])); return a; }, []); tt[5] = rate(tt[4], tt[0]);
  const ind = [['新就业群体从业人员（名）'], ['  其中：快递员'], ['        外卖配送员'], ['        网约车司机'], ['党员数（名）'], ['党员占比（%）'], ['建立党组织数（个）']];
  const rows = [['津门市新就业群体党建工作基本情况'], ['指标', ...cs, '全市'], ...ind.map((x, i) => [x[0], ...data.map(d => i === 5 ? { v: d[i], fmt: F1 } : d[i]), i === 5 ? { v: tt[i], fmt: F1 } : tt[i]])];
  await emit('u17-transposed-newgroups.xlsx', [{ rows, merges: ['A1:G1'] }], { cell: 'D4', kind: 'part 快递员 in 河西区 (transposed)' });
}
// u18 quarterly report: 本季度 / 上季度 / 环比增长（%）
{
  const cs = ['江陵区', '荆门县', '石首县', '监利县', '洪湖县', '松滋县', '公安县'];
  const rs = cs.map(c => { const w0 = ri(800, 4000), w1 = w0 + ri(-50, 300), p0 = ri(20, 120), p1 = p0 + ri(0, 15), o0 = ri(3, 20), o1 = o0 + ri(0, 4); return [c, w1, w0, growth(w1, w0), p1, p0, growth(p1, p0), o1, o0, growth(o1, o0)]; });
  const T = tot('合计', rs, 10, [], [3, 6, 9]); T[3] = growth(T[1], T[2]); T[6] = growth(T[4], T[5]); T[9] = growth(T[7], T[8]);
  const rows = [['荆楚市2025年第二季度新就业群体党建工作季报'], ['县（市、区）', '从业人员数（名）', null, null, '党员数（名）', null, null, '党组织数（个）', null, null], [null, '本季度', '上季度', '环比增长（%）', '本季度', '上季度', '环比增长（%）', '本季度', '上季度', '环比增长（%）'], ...[...rs, T].map(r => fm(r, [3, 6, 9]))];
  await emit('u18-quarter-qoq.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '石首县', col: 4, kind: 'this-quarter 党员 (growth beside)' });
}
// u19 年中 / 年末 side by side with rates and 增减 (count) and 增减（百分点）
{
  const cs = ['白沙县', '黑水县', '红原县', '绿洲县', '金川县', '壤塘县'];
  const rs = cs.map(c => { const n1 = ri(200, 1500), c1 = ri(Math.floor(n1 * .4), Math.floor(n1 * .7)), n2 = n1 + ri(0, 80), c2 = c1 + ri(0, 60); return [c, n1, c1, rate(c1, n1), n2, c2, rate(c2, n2), c2 - c1, rd(rate(c2, n2) - rate(c1, n1), 1)]; });
  const T = tot('合计', rs, 9, [[3, 2, 1], [6, 5, 4]]); T[8] = rd(T[6] - T[3], 1);
  const rows = [['阿坝州非公企业党组织覆盖情况（年中、年末对比）'], ['县', '6月底', null, null, '12月底', null, null, '年末比年中', null], [null, '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）', '覆盖企业增减（家）', '覆盖率增减（百分点）'], ...[...rs, T].map(r => fm(r, [3, 6, 8]))];
  await emit('u19-midyear-yearend.xlsx', [{ rows, merges: ['A1:I1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:I2'] }], { row: '合计', col: 5, kind: 'total 12月底覆盖企业' });
}
// u20 汇总 sheet with formulas referencing county sheets
{
  const cs = ['清河县', '沧浪县', '平江县'];
  const tw = { '清河县': ['清河镇', '柳溪镇', '桃坞镇', '东坝乡'], '沧浪县': ['沧浪街道', '双塔街道', '葑门镇'], '平江县': ['平江街道', '娄门镇', '齐门镇', '相城乡', '阊门镇'] };
  const sheets = [], sums = [];
  for (const c of cs) {
    const rs = tw[c].map(t => { const n = ri(50, 400), o = ri(5, Math.floor(n * .2)), j = ri(5, Math.floor(n * .3)); return [t, n, o, j, o + j, rate(o + j, n)]; });
    const T = tot('合计', rs, 6, [[5, 4, 1]]); sums.push(T);
    const last = 2 + rs.length + 1;
    const Tf = ['合计', ...[1, 2, 3, 4].map(i => ({ v: T[i], f: `SUM(${col(i)}3:${col(i)}${last - 1})` })), { v: T[5], f: `ROUND(E${last}/B${last}*100,1)`, fmt: F1 }];
    sheets.push({ name: c, rows: [[c + '非公企业党组织覆盖情况'], ['乡镇（街道）', '企业数', '单独建立', '联合覆盖', '覆盖企业数', '覆盖率（%）'], ...rs.map(r => fm(r, [5])), Tf], merges: ['A1:F1'], last });
  }
  const hrows = cs.map((c, k) => [c, ...[1, 2, 3, 4].map(i => ({ v: sums[k][i], f: `'${c}'!${col(i)}${sheets[k].last}` })), { v: sums[k][5], f: `ROUND(E${k + 3}/B${k + 3}*100,1)`, fmt: F1 }]);
  const GT = tot('全市', sums, 6, [[5, 4, 1]]);
  const Gf = ['全市', ...[1, 2, 3, 4].map(i => ({ v: GT[i], f: `SUM(${col(i)}3:${col(i)}5)` })), { v: GT[5], f: 'ROUND(E6/B6*100,1)', fmt: F1 }];
  const H = { name: '汇总', rows: [['姑苏市非公企业党组织覆盖情况汇总'], ['县', '企业数', '单独建立', '联合覆盖', '覆盖企业数', '覆盖率（%）'], ...hrows, Gf], merges: ['A1:F1'] };
  await emit('u20-summary-formulas-county-sheets.xlsx', [H, ...sheets.map(s => ({ name: s.name, rows: s.rows, merges: s.merges }))], { sheet: '汇总', cell: 'B4', kind: 'summary value of 沧浪县 (refs county sheet)' });
}
// u21 delivery-station ledger: 站点, 平台, 骑手, 党员骑手, 是否建立党组织, 合计 counts 是; 站点数 in 序号 column
{
  const st = [['城东站', '美团'], ['城西站', '美团'], ['高铁站', '美团'], ['大学城站', '饿了么'], ['新区站', '饿了么'], ['老城站', '饿了么'], ['滨江站', '美团'], ['工业园站', '闪送'], ['商贸城站', '达达'], ['南湖站', '美团']];
  const rs = st.map(([s, p], i) => { const r = ri(20, 180), m = ri(0, Math.floor(r * .06)); return [i + 1, '锦绣区' + s, p, r, m, m >= 3 ? '是' : '否', m >= 3 ? rate(m, r) : { v: rate(m, r), fmt: F1 }]; });
  rs.forEach(r => { if (typeof r[6] === 'number') r[6] = { v: r[6], fmt: F1 }; });
  const yes = rs.filter(r => r[5] === '是').length;
  const T = [null, '合计', null, colSum(rs, 3), colSum(rs, 4), yes, { v: rate(colSum(rs, 4), colSum(rs, 3)), fmt: F1 }];
  const rows = [['锦绣区外卖配送站点党建台账'], ['序号', '站点名称', '所属平台', '骑手数（名）', '党员骑手数（名）', '是否建立党组织', '党员占比（%）'], ...rs, T];
  await emit('u21-station-ledger-platform.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '合计', col: 4, labelCols: 2, kind: 'total 党员骑手 (numerator of rate)' });
}
// u22 网约车/货运 company ledger with 党组织类型 counts in 合计 columns (one-hot columns 党委/党总支/党支部/联合)
{
  const cos = ['飞驰网约车服务有限公司', '顺途汽车租赁有限公司', '快的出行科技有限公司', '畅行货运有限公司', '远航物流有限公司', '安达运输有限公司', '捷运汽车服务有限公司', '鹏程货运代理有限公司', '中联运力有限公司'];
  const rs = cos.map((c, i) => { const d = ri(50, 1200), p = ri(1, Math.floor(d * .04) + 1); const t = p >= 50 ? 0 : p >= 30 ? 1 : p >= 3 ? 2 : 3; const oh = [0, 0, 0, 0]; oh[t] = 1; return [i + 1, c, d, p, ...oh]; });
  const T = [null, '合计', colSum(rs, 2), colSum(rs, 3), colSum(rs, 4), colSum(rs, 5), colSum(rs, 6), colSum(rs, 7)];
  const rows = [['渝北区网约车及货运企业党组织建设情况'], ['序号', '企业名称', '司机数（名）', '党员司机数（名）', '党组织类型', null, null, null], [null, null, null, null, '党委', '党总支', '党支部', '纳入联合党支部'], ...rs, T];
  await emit('u22-company-ledger-org-type-onehot.xlsx', [{ rows, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:H2'] }], { row: '合计', col: 2, labelCols: 2, kind: 'total 司机数' });
}
// u23 货车司机 by 物流园: 司机数, 党员, 其中流动党员, 纳入管理, 管理率
{
  const ps = ['陆港物流园', '东站货运中心', '北环物流港', '西郊冷链园', '南疆快运基地', '临空物流园'];
  const rs = ps.map(p => { const d = ri(300, 3000), m = ri(10, Math.floor(d * .05)), f = ri(0, m), g = ri(Math.floor(f * .5), f); return [p, d, m, f, g, f ? rate(g, f) : '—']; });
  const T = tot('合计', rs, 6, [[5, 4, 3]]);
  const rows = [['昆仑市物流园区货车司机党员情况统计表'], ['物流园区', '入驻货车司机（名）', '党员司机（名）', '其中：流动党员', '流动党员纳入管理数（名）', '流动党员纳入管理率（%）'], ...[...rs, T].map(r => fm(r, [5]))];
  await emit('u23-truckers-logistics-parks.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '北环物流港', col: 4, kind: 'count 纳入管理 under rate' });
}
// u24 新就业群体 党员 by where their membership is: 本地 / 外地 / 未转接 — complete, with shares
{
  const cs = ['玄武区', '秦淮区', '建邺区', '鼓楼区', '栖霞区', '雨花台区', '江宁区'];
  const rs = cs.map(c => { const a = ri(10, 120), b = ri(5, 80), d = ri(0, 30); const n = a + b + d; return [c, n, a, rate(a, n), b, rate(b, n), d, rate(d, n)]; });
  const T = tot('合计', rs, 8, [[3, 2, 1], [5, 4, 1], [7, 6, 1]]);
  const rows = [['金陵市新就业群体党员组织关系所在情况'], ['区', '党员总数（名）', '组织关系在本地', null, '组织关系在外地', null, '组织关系未转接（口袋党员）', null], [null, null, '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）'], ...[...rs, T].map(r => fm(r, [3, 5, 7]))];
  await emit('u24-members-by-membership-location.xlsx', [{ rows, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'] }], { row: '建邺区', col: 4, kind: 'part 外地 (complete breakdown + share)' });
}
L.savePlants('2');
})();
