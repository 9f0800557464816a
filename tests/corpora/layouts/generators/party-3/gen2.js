const L = require('./lib.js');
const { ri, rate, rd, growth, colSum, sum, emit, col } = L;
L.setSeed(202);
const F1 = '0.0';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
(async () => {
// r10: secretary backgrounds (complete), share of one source, weighted mean age column
{
  const rs = L.counties2.map(c => { const s = [ri(20, 90), ri(15, 60), ri(10, 50), ri(3, 20)]; const n = sum(s); const ages = n * ri(420, 520) / 10; const agesum = Math.round(ages); return { row: [c, n, ...s, rate(s[0], n), rd(agesum / n, 1)], agesum }; });
  const N = sum(rs.map(x => x.row[1])), A = sum(rs.map(x => x.agesum));
  const T = ['全市', ...[1, 2, 3, 4, 5].map(i => colSum(rs.map(x => x.row), i)), 0, rd(A / N, 1)]; T[6] = rate(T[2], T[1]);
  const data = [...rs.map(x => x.row), T].map(r => fm(r, [6, 7]));
  const rows = [['嘉兴市非公企业党组织书记来源情况统计表'], ['县（市、区）', '党组织书记总数', '出资人（主要负责人）担任', '企业管理层担任', '职工党员担任', '上级党组织选派', '出资人担任书记比例（%）', '书记平均年龄（岁）'], ...data];
  await emit('r10-secretary-source-mean-age.xlsx', [{ rows, merges: ['A1:H1'] }], { row: '海宁市', col: 5, kind: 'part (上级选派) in complete breakdown' });
}
// r11: two years side by side, rates as unrounded fraction formulas with 0.0% format, point change formula
{
  const rs = L.towns.slice(0, 9).map(t => { const e0 = ri(80, 300), c0 = ri(Math.floor(e0 * .3), Math.floor(e0 * .6)), e1 = e0 + ri(-5, 25), c1 = Math.min(e1, c0 + ri(0, 20)); return [t, e0, c0, e1, c1]; });
  const T = ['合计', ...[1, 2, 3, 4].map(i => colSum(rs, i))];
  const rows = [['磐安县非公企业党组织覆盖情况对比表'], ['乡镇（街道）', '2023年', null, null, '2024年', null, null, '覆盖率提高（百分点）'], [null, '企业数', '覆盖企业数', '覆盖率', '企业数', '覆盖企业数', '覆盖率', null]];
  [...rs, T].forEach((x, k) => { const r = k + 4; const f0 = x[2] / x[1], f1 = x[4] / x[3]; rows.push([x[0], x[1], x[2], { v: f0, f: `C${r}/B${r}`, fmt: '0.0%' }, x[3], x[4], { v: f1, f: `F${r}/E${r}`, fmt: '0.0%' }, { v: (f1 - f0) * 100, f: `(G${r}-D${r})*100`, fmt: '0.0' }]); });
  await emit('r11-fraction-formulas-points.xlsx', [{ rows, merges: ['A1:H1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3'] }], { row: '新市镇', col: 5, kind: 'count under a fraction-formula rate (2024 覆盖企业数)' });
}
// r12: per-mille rates (党员占从业人员比重 ‰), unit row naming several units
{
  const rs = L.towns2.slice(0, 9).map(t => { const w = ri(3000, 20000), m = ri(Math.floor(w * .01), Math.floor(w * .04)), y = ri(Math.floor(w * .3), Math.floor(w * .5)), ym = ri(Math.floor(y * .005), Math.floor(y * .02)); return [t, w, m, rate(m, w, 1, 1000), y, ym, rate(ym, y, 1, 1000)]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), colSum(rs, 5), 0]; T[3] = rate(T[2], T[1], 1, 1000); T[6] = rate(T[5], T[4], 1, 1000);
  const rows = [['泰顺县非公企业从业人员中党员情况统计表'], ['单位：人、‰'], ['乡镇（街道）', '从业人员数', '党员数', '党员占从业人员比重', '35岁及以下青年职工数', '其中：党员数', '青年职工中党员比重'], ...[...rs, T].map(r => fm(r, [3, 6]))];
  await emit('r12-per-mille-member-share.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '南坂镇', col: 3, kind: 'rate in ‰' });
}
// r13: '0%' percent format, fractions stored rounded to whole per cent
{
  const rs = L.towns.slice(0, 10).map(t => { const n = ri(20, 90), c = ri(Math.floor(n * .4), n); return [t, n, c, rate(c, n, 0) / 100]; });
  const N = colSum(rs, 1), C = colSum(rs, 2); rs.push(['合计', N, C, rate(C, N, 0) / 100]);
  const rows = [['兰溪市社会组织党组织覆盖情况'], ['乡镇（街道）', '社会组织数', '党组织覆盖社会组织数', '覆盖率'], ...rs.map(r => fm(r, [3], '0%'))];
  await emit('r13-percent-format-whole.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '洛舍镇', col: 2, kind: 'count under a whole-% rate' });
}
// r14: 汇总 sheet (counties as rows) + one sheet per county (towns, 合计 at bottom)
{
  const struct = { '柯城区': ['府山街道', '荷花街道', '花园街道', '信安街道', '白云街道', '双港街道'], '衢江区': ['樟潭街道', '浮石街道', '廿里镇', '高家镇', '莲花镇'], '江山市': ['虎山街道', '双塔街道', '清湖街道', '贺村镇', '峡口镇'] };
  const H = ['乡镇（街道）', '非公企业数', '覆盖企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '党组织覆盖率（%）'];
  const mk = t => { const own = ri(5, 40), jo = ri(1, 6), jc = jo * ri(2, 5), e = own + jc + ri(20, 120); return [t, e, own + jc, own, jo, jc, rate(own + jc, e)]; };
  const tot = (rs, l) => { const x = [l, ...[1, 2, 3, 4, 5].map(i => colSum(rs, i)), 0]; x[6] = rate(x[2], x[1]); return x; };
  const sheets = [], sums = [];
  for (const [c, ts] of Object.entries(struct)) { const rs = ts.map(mk); const t = tot(rs, '合计'); sums.push([c, ...t.slice(1)]); sheets.push({ name: c, rows: [[`${c}非公企业党组织覆盖情况`], H, ...[...rs, t].map(r => fm(r, [6]))], merges: ['A1:G1'] }); }
  const S = tot(sums, '全市合计');
  sheets.unshift({ name: '汇总', rows: [['衢州市非公企业党组织覆盖情况汇总表'], ['县（市、区）', ...H.slice(1)], ...[...sums, S].map(r => fm(r, [6]))], merges: ['A1:G1'] });
  await emit('r14-summary-plus-county-sheets.xlsx', sheets, { sheet: '汇总', row: '衢江区', col: 1, kind: 'summary row = county sheet total (企业数)' });
}
// r15: monthly sheets 1月/2月/3月 and 一季度 = their sum cell by cell
{
  const ts = L.towns2.slice(0, 8); const H = ['街道（乡镇）', '新建党组织数', '新增覆盖企业数', '新发展党员数'];
  const months = ['1月', '2月', '3月'].map(m => { const rs = ts.map(t => { const o = ri(0, 4); return [t, o, o + ri(0, 5), ri(0, 6)]; }); rs.push(['合计', colSum(rs, 1), colSum(rs, 2), colSum(rs, 3)]); return { m, rs }; });
  const q = ts.map((t, i) => [t, ...[1, 2, 3].map(k => sum(months.map(x => x.rs[i][k])))]); q.push(['合计', colSum(q, 1), colSum(q, 2), colSum(q, 3)]);
  const sheets = months.map(x => ({ name: x.m, rows: [[`2025年${x.m}非公企业党建工作进度表`], H, ...x.rs] }));
  sheets.push({ name: '一季度', rows: [['2025年一季度非公企业党建工作进度汇总表'], H, ...q] });
  await emit('r15-month-sheets-quarter-sum.xlsx', sheets, { sheet: '一季度', row: '太平街道', col: 2, kind: 'quarter sheet cell = sum of month sheets' });
}
// r16: CSV (UTF-8 BOM) with title, unit row, 序号, 合计 at top, text % rates, notes
{
  const rs = ['椒江区', '黄岩区', '路桥区', '临海市', '温岭市', '玉环市', '天台县'].map((c, i) => { const own = ri(20, 120), jo = ri(3, 15), jc = jo * ri(2, 4), e = own + jc + ri(100, 500); return [i + 1, c, e, own, jo, jc, own + jc, L.pct(rate(own + jc, e))]; });
  const T = [null, '全市合计', ...[2, 3, 4, 5, 6].map(i => colSum(rs, i)), null]; T[7] = L.pct(rate(T[6], T[2]));
  const rows = [['台州市社会组织党组织覆盖情况统计表'], ['单位：个、%'], ['序号', '县（市、区）', '社会组织数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖社会组织数', '覆盖社会组织数', '覆盖率'], T, ...rs, [], ['注：覆盖社会组织数=单独建立党组织数+联合党组织覆盖社会组织数。'], ['填报人：钱晓燕　审核人：朱伟　联系电话：0573-82123456']];
  await emit('r16-csv-bom-title-notes-top-total.csv', [{ rows }], { row: '全市合计', col: 6, kind: 'total row 覆盖数 (CSV)' });
}
// r17: CSV machine export with 行政区划代码 column, quoted thousands, 2-dp rates, 合计 bottom
{
  const codes = ['330402', '330411', '330421', '330424', '330481', '330482', '330483'];
  const rs = L.counties2.map((c, i) => { const e = ri(2000, 9000), cv = ri(Math.floor(e * .3), Math.floor(e * .55)), m = ri(3000, 15000); return [codes[i], c, e, cv, m, rate(cv, e, 2)]; });
  const T = ['', '合计', colSum(rs, 2), colSum(rs, 3), colSum(rs, 4), 0]; T[5] = rate(T[3], T[2], 2);
  const rows = [['行政区划代码', '行政区划名称', '非公企业数', '党组织覆盖企业数', '党员数', '党组织覆盖率(%)'], ...[...rs, T].map(r => [r[0], r[1], r[2].toLocaleString('en-US'), r[3].toLocaleString('en-US'), r[4].toLocaleString('en-US'), r[5].toFixed(2)])];
  await emit('r17-csv-export-area-codes.csv', [{ rows }], { row: '海盐县', col: 5, kind: 'rate (2 dp text, CSV)' });
}
// r18: section label rows (no figures) + blank separator rows, 合计 at top, no subtotals
{
  const secs = { '城区街道': L.towns.slice(0, 3).concat(['下渚湖街道']), '农村乡镇': ['新市镇', '乾元镇', '洛舍镇', '钟管镇', '禹越镇', '新安镇', '莫干山镇'] };
  const mk = t => { const own = ri(3, 30), jo = ri(1, 5), jc = jo * ri(2, 4), e = own + jc + ri(10, 90); return [t, e, own + jc, own, jo, jc, rate(own + jc, e)]; };
  const all = [], body = [];
  for (const [s, ts] of Object.entries(secs)) { body.push([], [s]); const rs = ts.map(mk); all.push(...rs); body.push(...rs); }
  const T = ['合计', ...[1, 2, 3, 4, 5].map(i => colSum(all, i)), 0]; T[6] = rate(T[2], T[1]);
  const rows = [['缙云县非公企业党组织组建情况统计表'], ['乡镇（街道）', '非公企业数', '覆盖企业数', '单独建立党组织企业数', '联合党组织数', '联合党组织覆盖企业数', '覆盖率（%）'], T, ...body].map((r, i) => i >= 2 ? fm(r, [6]) : r);
  await emit('r18-section-label-rows-blank-rows.xlsx', [{ rows, merges: ['A1:G1'] }], { row: '钟管镇', col: 3, kind: 'part (单独建立) of covered' });
}
// r19: parent header = measure, children = periods; growth % for counts and points for the rate
{
  const rs = L.towns2.slice(0, 9).map(t => { const e0 = ri(60, 260), c0 = ri(Math.floor(e0 * .3), Math.floor(e0 * .6)), e1 = e0 + ri(1, 30), c1 = c0 + ri(1, 20); return [t, e0, e1, e0, c0, c1, c0, rate(c0, e0), rate(c1, e1)]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), 0, colSum(rs, 4), colSum(rs, 5), 0, 0, 0]; T[7] = rate(T[4], T[1]); T[8] = rate(T[5], T[2]);
  const out = [...rs, T].map(x => [x[0], x[1], x[2], growth(x[2], x[1]), x[4], x[5], growth(x[5], x[4]), x[7], x[8], rd(x[8] - x[7], 1)]);
  const rows = [['平阳县非公企业党组织覆盖情况年度对比'], ['乡镇（街道）', '非公企业数（家）', null, null, '覆盖企业数（家）', null, null, '党组织覆盖率（%）', null, null], [null, '2023年', '2024年', '增长（%）', '2023年', '2024年', '增长（%）', '2023年', '2024年', '增减（百分点）'], ...out.map(r => fm(r, [3, 6, 7, 8, 9]))];
  await emit('r19-measure-parent-period-children.xlsx', [{ rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }], { row: '盐湖镇', col: 8, kind: 'rate (2024 覆盖率) under period child' });
}
L.savePlants('2');
})();
