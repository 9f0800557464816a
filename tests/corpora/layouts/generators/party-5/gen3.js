const L = require('./lib.js');
const { ri, rate, rd, colSum, sum, emit, col, pct, growth } = L;
L.setSeed(5303);
const F1 = '0.0', F2 = '0.00';
const fm = (r, idx, fmt = F1) => r.map((v, i) => idx.includes(i) && typeof v === 'number' ? { v, fmt } : v);
const tot = (label, rs, n, rates, skip = []) => { const T = [label]; for (let i = 1; i < n; i++) T[i] = skip.includes(i) ? null : colSum(rs, i); rates.forEach(([k, a, b, d]) => { T[k] = rate(T[a], T[b], d || 1); }); return T; };
(async () => {
// u25 province by city, 从业人员 in 万人 each rounded on its own, 党员 exact, share from exact counts
{
  const cs = ['锦官市', '蓉西市', '涪江市', '嘉陵市', '岷江市', '沱江市', '雅安市', '巴山市', '剑门市'];
  const ex = cs.map(c => { const w = ri(20000, 260000), p = ri(Math.floor(w * .01), Math.floor(w * .03)), o = ri(30, 400); return [c, w, p, o]; });
  const W = sum(ex.map(e => e[1])), P = sum(ex.map(e => e[2])), O = sum(ex.map(e => e[3]));
  const rs = ex.map(([c, w, p, o]) => [c, rd(w / 1e4, 1), p, rate(p, w), o]);
  const T = ['全省', rd(W / 1e4, 1), P, rate(P, W), O];
  const rows = [['蜀川省新就业群体党建工作情况（按市）'], ['市（州）', '新就业群体从业人员（万人）', '党员数（名）', '党员占比（%）', '建立党组织数（个）'], ...[T, ...rs].map(r => fm(fm(r, [3]), [1]))];
  await emit('u25-province-wan-rounded-each.xlsx', [{ rows, merges: ['A1:E1'] }], { row: '涪江市', col: 4, kind: 'count 建立党组织数 under total' });
}
// u26 formulas: rates =ROUND(x/y*100,2) with cached value, column-number row with (3)=(2)/(1)
{
  const cs = ['翠湖区', '滇池区', '盘龙区', '官渡区', '西山区', '呈贡区', '晋宁区'];
  const rs = cs.map(c => { const n = ri(100, 800), k = ri(Math.floor(n * .3), n); return [c, n, k, rate(k, n, 2)]; });
  const T = tot('合计', rs, 4, [[3, 2, 1, 2]]);
  const body = [...rs, T].map((r, k) => { const R = k + 4; const tail = k === rs.length ? [{ v: r[1], f: `SUM(B4:B${R - 1})` }, { v: r[2], f: `SUM(C4:C${R - 1})` }] : [r[1], r[2]]; return [r[0], ...tail, { v: r[3], f: `ROUND(C${R}/B${R}*100,2)`, fmt: F2 }]; });
  const rows = [['滇中市快递外卖网点党的工作覆盖情况'], ['县（区）', '网点数（个）', '党的工作覆盖网点数（个）', '覆盖率（%）'], ['甲', '(1)', '(2)', '(3)=(2)/(1)'], ...body];
  await emit('u26-formula-rates-colnumbers.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '官渡区', col: 2, kind: 'count under formula rate' });
}
// u27 member development pipeline among new groups by industry (not additive across columns), 合计 top
{
  const ks = ['快递行业', '外卖配送行业', '网约车行业', '货运行业', '互联网营销行业', '家政服务行业'];
  const rs = ks.map(k => { const a = ri(20, 200), b = ri(Math.floor(a * .3), Math.floor(a * .7)), c = ri(Math.floor(b * .2), Math.floor(b * .6)), d = ri(0, c); return [k, a, b, c, d, rate(d, a)]; });
  const T = tot('合计', rs, 6, [[5, 4, 1]]);
  const rows = [['黔灵市新就业群体发展党员情况'], ['单位：名、%'], ['行业', '递交入党申请书人数', '确定入党积极分子', '列为发展对象', '发展党员', '发展党员占申请人数比例（%）'], ...[T, ...rs].map(r => fm(r, [5]))];
  await emit('u27-member-development-pipeline.xlsx', [{ rows, merges: ['A1:F1', 'A2:F2'] }], { row: '网约车行业', col: 4, kind: 'count 发展党员 under share' });
}
// u28 兼职网格员 with per-mille 每千名从业人员
{
  const cs = ['集贤镇', '福利镇', '升昌镇', '丰乐镇', '太平镇', '腰屯乡', '兴安乡', '永安乡'];
  const rs = cs.map(c => { const w = ri(300, 2500), g = ri(2, 40); return [c, w, g, rate(g, w, 1, 1000)]; });
  const T = tot('全县', rs, 4, []); T[3] = rate(T[2], T[1], 1, 1000);
  const rows = [['佳集县吸纳新就业群体担任兼职网格员情况'], ['乡镇', '新就业群体人数（名）', '担任兼职网格员（名）', '每千名从业人员中网格员数（‰）'], ...[...rs, T].map(r => fm(r, [3]))];
  await emit('u28-grid-workers-per-mille.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '丰乐镇', col: 2, kind: 'count 网格员 under ‰' });
}
// u29 quarters Q1..Q4 and 全年 for 新建党组织 by county
{
  const cs = ['石鼓区', '蒸湘区', '珠晖区', '雁峰区', '南岳区', '衡阳县', '衡南县', '祁东县'];
  const rs = cs.map(c => { const q = [0, 1, 2, 3].map(() => ri(0, 12)); return [c, ...q, sum(q)]; });
  const T = tot('合计', rs, 6, []);
  const rows = [['衡岳市2025年新就业群体新建党组织情况（分季度）'], ['单位：个'], ['县（区）', '一季度', '二季度', '三季度', '四季度', '全年'], ...rs, T];
  await emit('u29-quarters-and-year.xlsx', [{ rows, merges: ['A1:F1', 'A2:F2'] }], { row: '雁峰区', col: 5, kind: '全年 (sum of quarters)' });
}
// u30 community ledger with two 是/否 columns, 合计 counting each, then a 覆盖率 row
{
  const cm = ['幸福里小区', '阳光花园', '锦绣家园', '滨河湾', '书香苑', '金桂园', '翡翠城', '紫薇苑', '望江楼小区', '明珠花园', '龙湖春江'];
  const rs = cm.map((c, i) => { const h = ri(300, 3000), a = ri(0, 1) ? '是' : '否', b = a === '是' && ri(0, 1) ? '是' : '否'; return [i + 1, c, '伊春物业服务有限公司'.slice(0, 2) + ['华', '安', '宁', '康'][i % 4] + '物业', h, a, b]; });
  const ya = rs.filter(r => r[4] === '是').length, yb = rs.filter(r => r[5] === '是').length;
  const T = [null, '合计', null, colSum(rs, 3), ya, yb];
  const R = [null, '覆盖率（%）', null, null, { v: rate(ya, rs.length), fmt: F1 }, { v: rate(yb, rs.length), fmt: F1 }];
  const rows = [['伊春区红色物业小区台账'], ['序号', '小区名称', '物业服务企业', '住户数（户）', '物业企业是否建立党组织', '是否实现交叉任职'], ...rs, T, R];
  await emit('u30-community-ledger-two-yesno-rate-row.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '合计', col: 3, labelCols: 2, kind: 'total 住户数' });
}
// u31 CSV UTF-8 BOM, new groups by county, text percents, 合计 last
{
  const cs = ['碧江区', '万山区', '松桃县', '玉屏县', '石阡县', '思南县', '印江县'];
  const rs = cs.map(c => { const w = ri(500, 4000), p = ri(10, Math.floor(w * .04)), o = ri(1, 10), s = ri(1, 8); return [c, w, p, pct(rate(p, w)), o, s]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), pct(rate(colSum(rs, 2), colSum(rs, 1))), colSum(rs, 4), colSum(rs, 5)];
  const rows = [['铜仁市新就业群体党建情况'], ['县（区）', '从业人员数', '党员数', '党员占比', '建立党组织数', '建成服务站点数'], ...rs, T];
  await emit('u31-csv-newgroups.csv', [{ rows }], { row: '合计', col: 2, kind: 'total 党员数 (numerator of text share)' });
}
// u32 rate stored as fraction with 0.00% format
{
  const cs = ['湄潭县', '凤冈县', '余庆县', '正安县', '道真县', '务川县', '习水县', '赤水市'];
  const rs = cs.map(c => { const n = ri(200, 1500), k = ri(Math.floor(n * .3), Math.floor(n * .9)); return [c, n, k, { v: rate(k, n, 4, 1), fmt: '0.00%' }]; });
  const T = ['合计', colSum(rs, 1), colSum(rs, 2), { v: rate(colSum(rs, 2), colSum(rs, 1), 4, 1), fmt: '0.00%' }];
  const rows = [['遵义北部县非公企业党的工作覆盖率'], ['县（市）', '非公企业数（家）', '党的工作覆盖企业数（家）', '党的工作覆盖率'], ...rs, T];
  await emit('u32-fraction-percent-2dp-format.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '余庆县', col: 2, kind: 'count under fraction rate' });
}
// u33 专业市场 ledger with 是/否, 合计 row with count of 是 and 覆盖率 in the same row
{
  const ms = ['义乌小商品城二区', '福田市场', '国际商贸城五区', '宾王市场', '篁园服装市场', '副食品市场', '农贸城', '木材市场', '二手车交易市场'];
  const rs = ms.map((m, i) => { const s = ri(200, 5000), p = ri(2, Math.floor(s * .02) + 3); return [i + 1, m, s, p, p >= 3 ? '是' : '否', p >= 3 ? ri(1, 3) : 0]; });
  const y = rs.filter(r => r[4] === '是').length;
  const T = [null, '合计', colSum(rs, 2), colSum(rs, 3), y, colSum(rs, 5)];
  const rows = [['稠州市专业市场党建台账'], ['序号', '市场名称', '经营户数（户）', '党员经营户数（户）', '是否建立党组织', '党组织数（个）'], ...rs, T, ['注：合计行“是否建立党组织”栏填已建立党组织的市场数。']];
  await emit('u33-market-ledger-yes-count.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '合计', col: 5, labelCols: 2, kind: 'total 党组织数' });
}
// u34 province: 设区市小计 + 省直管县小计 groups, 全省 top
{
  const g1 = ['汴梁市', '洛邑市', '宛城市', '商丘市', '许昌市'], g2 = ['巩义市', '兰考县', '汝州市', '滑县'];
  const mk = c => { const n = ri(1000, 20000), o = ri(Math.floor(n * .05), Math.floor(n * .15)), j = ri(Math.floor(n * .1), Math.floor(n * .3)); return ['  ' + c, n, o, j, o + j, rate(o + j, n)]; };
  const a = g1.map(mk), b = g2.map(mk); const A = tot('设区市小计', a, 6, [[5, 4, 1]]), B = tot('省直管县（市）小计', b, 6, [[5, 4, 1]]); const T = tot('全省', [A, B], 6, [[5, 4, 1]]);
  const rows = [['中原省非公企业党组织覆盖情况'], ['地区', '非公企业数（家）', '单独建立党组织企业数', '联合党组织覆盖企业数', '党组织覆盖企业数', '覆盖率（%）'], ...[T, A, ...a, B, ...b].map(r => fm(r, [5]))];
  await emit('u34-province-two-group-subtotals.xlsx', [{ rows, merges: ['A1:F1'] }], { row: '省直管县（市）小计', col: 3, kind: 'subtotal 联合覆盖' });
}
// u35 counts with signed 比上年增减 and rate with 增减（百分点） and 增长（%）
{
  const cs = ['沅陵县', '辰溪县', '溆浦县', '麻阳县', '新晃县', '芷江县', '靖州县', '通道县'];
  const rs = cs.map(c => { const n0 = ri(300, 1500), n1 = n0 + ri(-40, 60), k0 = ri(Math.floor(n0 * .4), Math.floor(n0 * .7)), k1 = Math.min(n1, k0 + ri(-20, 40)); return [c, n1, n1 - n0, growth(n1, n0), k1, k1 - k0, rate(k1, n1), rd(rate(k1, n1) - rate(k0, n0), 1), n0, k0]; });
  const S = i => colSum(rs, i); const n1 = S(1), n0 = S(8), k1 = S(4), k0 = S(9);
  const T = ['合计', n1, n1 - n0, growth(n1, n0), k1, k1 - k0, rate(k1, n1), rd(rate(k1, n1) - rate(k0, n0), 1)];
  const rows = [['辰州市非公企业党组织覆盖情况（与上年比较）'], ['县', '企业数（家）', '比上年增减（家）', '增长（%）', '覆盖企业数（家）', '比上年增减（家）', '覆盖率（%）', '比上年增减（百分点）'], ...[...rs, T].map(r => fm(r.slice(0, 8), [3, 6, 7]))];
  await emit('u35-signed-changes-points-growth.xlsx', [{ rows, merges: ['A1:H1'] }], { row: '合计', col: 4, kind: 'total 覆盖企业数 (with change and rate)' });
}
// u36 mixed number / text-with-unit cells in the same columns
{
  const ts = ['碧水街道', '青山街道', '白云镇', '黄土镇', '红岩镇', '紫荆乡', '绿柳乡'];
  const rs = ts.map(t => { const s = ri(1, 9), p = ri(5, 60), v = ri(s * 100, s * 800); return [t, s, p, v]; });
  const T = tot('合计', rs, 4, []);
  const mix = (r, k) => k % 2 ? [r[0], r[1] + '个', r[2], r[3] + '人次'] : [r[0], r[1], r[2] + '名', r[3]];
  const rows = [['赤岩县“暖新驿站”运行情况'], ['乡镇（街道）', '驿站数', '志愿服务党员', '服务新就业群体'], ...[...rs, T].map(mix)];
  await emit('u36-mixed-number-text-units.xlsx', [{ rows, merges: ['A1:D1'] }], { row: '合计', col: 3, how: v => typeof v === 'number' ? Math.round(v * 1.07) : Math.round(parseInt(v) * 1.07) + '人次', kind: 'total 服务人次 (mixed text/number column)' });
}
L.savePlants('3');
})();
