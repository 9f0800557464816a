const L = require('./lib.js');
const { ri, rate, rd, sum, col, fw, thou, uname, towns, covRec, totRec, emit, rnd } = L;
L.setSeed(60602);
const H7 = ['乡镇（街道）', '非公有制企业数（家）', '单独建立党组织企业数（家）', '联合党组织数（个）', '联合党组织覆盖企业数（家）', '党组织覆盖企业数（家）', '党组织覆盖率（%）'];
const row7 = r => [r.name, r.ent, r.own, r.jn, r.jc, r.cov, r.r];
const recalc = r => { r.own = r.dw + r.dzz + r.zb; r.cov = r.own + r.jc; r.r = rate(r.cov, r.ent); return r; };
(async () => {
// h18 same table twice: 上报 and 修改后
{
  const cty = uname('县'); const ts = towns(8); const A = ts.map(n => covRec(n)); const B = A.map(r => ({ ...r }));
  [1, 5].forEach(i => { B[i].zb += 2; B[i].jc += 3; recalc(B[i]); });
  const TA = totRec('合计', A), TB = totRec('合计', B);
  const rows = [[cty + '非公企业党组织覆盖情况（上报）'], H7, ...[...A, TA].map(row7), [], [], [cty + '非公企业党组织覆盖情况（修改后）'], H7, ...[...B, TB].map(row7)];
  await emit('h18-same-table-reported-and-revised.xlsx', [{ rows }], { cell: 'F' + rows.length, kind: 'total 覆盖企业数 (revised table)', habit: '上报 + 修改后 twice' });
}
// h19 sheet names Sheet1 and Sheet1 (2) (a copy made for the next quarter)
{
  const cty = uname('县'); const ts = towns(9); const A = ts.map(n => covRec(n)); const B = A.map(r => { const b = { ...r }; b.ent += ri(0, 6); b.zb += ri(0, 2); b.jc += ri(0, 3); b.jc = Math.min(b.jc, b.ent - b.dw - b.dzz - b.zb); return recalc(b); });
  const TA = totRec('合计', A), TB = totRec('合计', B);
  await emit('h19-sheet1-copy-names.xlsx', [{ name: 'Sheet1', rows: [[cty + '2024年一季度非公企业党组织覆盖情况'], H7, ...[...A, TA].map(row7)] }, { name: 'Sheet1 (2)', rows: [[cty + '2024年二季度非公企业党组织覆盖情况'], H7, ...[...B, TB].map(row7)] }],
    { sheet: 'Sheet1 (2)', row: ts[4], col: 6, kind: 'rate', habit: 'Sheet1 (2) copy' });
}
// h20 hidden helper column with the unrounded ratio and a hidden own+joint column
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('合计', rs);
  const rows = [[cty + '非公企业党组织覆盖率统计'], ['乡镇', '企业数', '单独建立', '联合覆盖', '覆盖数', '辅助', '覆盖率（%）']];
  [...rs, T].forEach(r => { const R = rows.length + 1; rows.push([r.name, r.ent, r.own, r.jc, r.cov, { f: `E${R}/B${R}`, v: r.cov / r.ent }, r.r]); });
  await emit('h20-hidden-helper-column.xlsx', [{ rows, hidden: [5] }], { row: rs[6].name, col: 6, kind: 'rate (visible typed, helper hidden)', habit: 'hidden helper col' });
}
// h21 total at top and 合计 at bottom
{
  const cty = uname('县'); const rs = towns(8).map(n => covRec(n)); const T = totRec('全县', rs), B = totRec('合计', rs);
  const rows = [[cty + '非公有制企业党组织覆盖情况'], H7, row7(T), ...rs.map(row7), row7(B)];
  await emit('h21-total-top-and-bottom.xlsx', [{ rows }], { row: '合计', col: 2, kind: 'total 单独建立 (bottom copy)', habit: 'total top and bottom' });
}
// h22 thousands separators in some cells only (city level)
{
  const city = uname('市'); const rs = Array.from({ length: 8 }, () => covRec(uname(rnd() < .5 ? '区' : '县'), 1200, 9000)); const T = totRec('全市', rs);
  const tx = v => v >= 1000 && rnd() < 0.5 ? thou(v) : v;
  const rows = [[city + '非公有制企业党组织覆盖情况'], ['县（市、区）', '企业数', '单独建立党组织企业数', '联合党组织数', '联合覆盖企业数', '覆盖企业数', '覆盖率（%）'], ...rs.map(r => row7(r).map((v, i) => i > 0 && i < 6 ? tx(v) : v)), row7(T).map((v, i) => i > 0 && i < 6 ? { v, fmt: '#,##0' } : v)];
  const pi = rows.findIndex(r => r && typeof r[1] === 'string' && r[1].includes(','));
  await emit('h22-some-thousands-separators.xlsx', [{ rows }], { cell: 'B' + (pi + 1), kind: 'count 企业数 (text with comma) base of rate', habit: 'thousands separators in some cells' });
}
// h23 full-width digits in some cells
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n, 20, 300)); const T = totRec('合计', rs);
  const rows = [[cty + '非公企业党组织覆盖情况'], H7, ...rs.map(r => row7(r).map((v, i) => i > 0 && i < 6 && rnd() < .35 ? fw(v) : v)), row7(T)];
  let pr = -1, pc = -1; rows.forEach((r, i) => r && r.forEach((v, j) => { if (pr < 0 && typeof v === 'string' && /[０-９]/.test(v) && j >= 1 && i > 3) { pr = i; pc = j; } }));
  await emit('h23-fullwidth-digits.xlsx', [{ rows }], { cell: col(pc) + (pr + 1), kind: 'count (full-width)', habit: 'full-width digits' });
}
// h24 stray spaces in labels
{
  const cty = uname('县'); const names = towns(9).map((n, i) => i === 0 ? n.slice(0, 2) + ' ' + n.slice(2) : i === 3 ? ' ' + n : i === 5 ? n + ' ' : i === 7 ? n.replace(/(.)/, '$1 ') : n);
  const rs = names.map(n => covRec(n)); const T = totRec('合  计', rs);
  const rows = [[cty + '非公企业党组织覆盖统计表'], ['乡 镇', '企业数', '单独建立党组织', '联合党组织', '联合覆盖企业', '覆盖企业数', '覆盖率（%）'], ...[...rs, T].map(row7)];
  await emit('h24-stray-space-labels.xlsx', [{ rows }], { cell: 'G3', kind: 'rate', habit: 'stray space in labels' });
}
// h25 one rate typed 85.5, another 0.855 with % format
{
  const cty = uname('县'); const rs = towns(9).map(n => { const r = covRec(n); r.work = ri(r.cov, r.ent); return r; }); const T = totRec('合计', rs); T.work = sum(rs.map(r => r.work));
  const rows = [[cty + '非公企业党的组织和工作覆盖情况'], ['乡镇', '企业数', '党组织覆盖企业数', '党组织覆盖率（%）', '党的工作覆盖企业数', '党的工作覆盖率'],
    ...[...rs, T].map(r => [r.name, r.ent, r.cov, r.r, r.work, { v: rate(r.work, r.ent, 3, 1), fmt: '0.0%' }])];
  await emit('h25-rate-85-and-0855-percent.xlsx', [{ rows }], { row: rs[2].name, col: 5, kind: 'rate (fraction, % format)', habit: '85.5 vs 0.855%' });
}
// h26 title merged across whole width + unit + date rows
{
  const cty = uname('县'); const rs = towns(10).map(n => covRec(n)); const T = totRec('合计', rs);
  const rows = [[cty + '非公有制企业党组织覆盖情况统计表'], ['填报单位：' + cty + '委组织部', null, null, null, '单位：家、个、%'], ['截至2024年12月31日'], H7, ...[...rs, T].map(row7)];
  await emit('h26-merged-title-unit-date.xlsx', [{ rows, merges: ['A1:G1', 'A3:G3', 'A2:D2', 'E2:G2'] }], { row: '合计', col: 3, kind: 'total 联合党组织数', habit: 'merged title whole width' });
}
// h27 frozen panes; growth this year vs last year
{
  const cty = uname('县'); const rs = towns(9).map(n => { const a = ri(5, 60), b = ri(Math.max(1, a - 10), a + 25); return { name: n, a, b }; });
  const A = sum(rs.map(r => r.a)), B = sum(rs.map(r => r.b));
  const rows = [[cty + '非公企业党组织数增长情况'], ['乡镇', '2023年党组织数（个）', '2024年党组织数（个）', '增加（个）', '增长（%）'], ...rs.map(r => [r.name, r.a, r.b, r.b - r.a, rate(r.b - r.a, r.a)]), ['合计', A, B, B - A, rate(B - A, A)]];
  await emit('h27-frozen-growth.xlsx', [{ rows, freeze: [1, 2] }], { row: rs[1].name, col: 4, kind: 'rate growth', habit: 'frozen panes' });
}
// h28 cell comments
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('合计', rs);
  const rows = [[cty + '非公企业党组织覆盖情况'], H7.map((h, i) => i === 6 ? { v: h, comment: '覆盖企业数÷企业数' } : h), ...[...rs, T].map(row7)];
  rows[4][1] = { v: rows[4][1], comment: '含新登记企业12家' }; rows[7][4] = { v: rows[7][4], comment: '张三:\n联合支部覆盖' };
  await emit('h28-cell-comments.xlsx', [{ rows }], { cell: 'B5', kind: 'count 企业数 with a comment (base of rate)', habit: 'cell comments' });
}
// h29 social orgs: text numbers + SUM total + ROUND rate
{
  const cty = uname('区'); const rs = towns(8).map(n => covRec(n, 8, 70)); const T = totRec('合计', rs); const f = 3, l = 3 + rs.length - 1;
  const rows = [[cty + '社会组织党建统计'], ['街道（乡镇）', '社会组织数', '已建党组织', '联合覆盖', '覆盖数', '覆盖率（%）']];
  rs.forEach(r => { const R = rows.length + 1; rows.push([r.name, String(r.ent), r.own, String(r.jc), { f: `C${R}+D${R}`, v: r.cov }, { f: `ROUND(E${R}/B${R}*100,1)`, v: r.r }]); });
  const R = rows.length + 1; rows.push(['合计', T.ent, { f: `SUM(C${f}:C${l})`, v: T.own }, T.jc, { f: `SUM(E${f}:E${l})`, v: T.cov }, { f: `ROUND(E${R}/B${R}*100,1)`, v: T.r }]);
  await emit('h29-text-numbers-under-sum-formula.xlsx', [{ rows }], { row: '合计', col: 2, kind: 'total 已建 (SUM overtyped)', habit: 'text numbers + SUM + ROUND formulas' });
}
// h30 0 vs blank with growth: new orgs this year / last year
{
  const cty = uname('县'); const rs = towns(10).map((n, i) => { const a = i % 4 === 2 ? 0 : ri(1, 12), b = i % 5 === 3 ? 0 : ri(0, 15); return { name: n, a, b }; });
  const A = sum(rs.map(r => r.a)), B = sum(rs.map(r => r.b)); const z = v => v === 0 ? (rnd() < .5 ? 0 : null) : v;
  const rows = [[cty + '新建党组织情况'], ['乡镇', '上年新建（个）', '本年新建（个）', '增减（个）', '增长（%）'], ...rs.map(r => [r.name, z(r.a), z(r.b), r.b - r.a, r.a ? rate(r.b - r.a, r.a) : '—']), ['合计', A, B, B - A, rate(B - A, A)]];
  await emit('h30-zero-blank-growth.xlsx', [{ rows }], { row: '合计', col: 2, kind: 'total 本年新建', habit: '0 vs blank, growth' });
}
// h31 no-member decline with text cells with spaces
{
  const cty = uname('县'); const rs = towns(9).map(n => { const a = ri(40, 400), b = ri(5, a - 5); return { name: n, a, b }; });
  const A = sum(rs.map(r => r.a)), B = sum(rs.map(r => r.b)); const t = v => rnd() < .5 ? v + ' ' : v;
  const rows = [[cty + '无党员企业动态清零情况'], ['乡镇', '年初数', '现有数', '下降（%）'], ...rs.map(r => [r.name, t(r.a), t(r.b), t(rate(r.a - r.b, r.a))]), ['全县', A, B, rate(A - B, A)]];
  await emit('h31-decline-text-spaces.xlsx', [{ rows }], { row: rs[5].name, col: 2, kind: 'count 现有数 under decline', habit: 'text with spaces (decline)' });
}
// h32 党委+党总支+党支部 = 小计 with row formula =SUM(C:E) and column SUM totals
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n, 40, 400)); const T = totRec('合计', rs); const f = 4, l = f + rs.length - 1;
  const rows = [[cty + '非公企业党组织情况'], ['乡镇', '企业数', '党组织', null, null, null], [null, null, '党委', '党总支', '党支部', '小计']];
  rs.forEach(r => { const R = rows.length + 1; rows.push([r.name, r.ent, r.dw, r.dzz, r.zb, { f: `SUM(C${R}:E${R})`, v: r.own }]); });
  rows.push(['合计', ...[1, 2, 3, 4, 5].map(i => ({ f: `SUM(${col(i)}${f}:${col(i)}${l})`, v: [0, T.ent, T.dw, T.dzz, T.zb, T.own][i] }))]);
  await emit('h32-row-sum-formula-subtotal.xlsx', [{ rows, merges: ['A2:A3', 'B2:B3', 'C2:F2'] }], { row: rs[3].name, col: 5, kind: 'subtotal 小计 (formula overtyped)', habit: 'row SUM subtotal formula' });
}
// h33 instructors with 其中 column, full-width digits
{
  const cty = uname('县'); const rs = towns(9).map(n => { const a = ri(4, 30), b = ri(0, a); return { name: n, a, b, e: ri(a * 3, a * 10) }; });
  const A = sum(rs.map(r => r.a)), Bb = sum(rs.map(r => r.b)), E = sum(rs.map(r => r.e)); const f = v => rnd() < .4 ? fw(v) : v;
  const rows = [[cty + '党建指导员情况统计'], ['乡镇', '指导员人数', '其中：退休干部', '联系企业（家）'], ...rs.map(r => [r.name, f(r.a), f(r.b), f(r.e)]), ['合计', A, Bb, E]];
  await emit('h33-instructors-fullwidth-ofwhich.xlsx', [{ rows }], { row: '合计', col: 1, kind: 'total 指导员人数', habit: 'full-width digits, 其中 col' });
}
// h34 county merged over its towns + 小计 rows + 全市合计
{
  const city = uname('市'); const groups = [0, 1, 2].map(() => ({ c: uname('县'), ts: towns(ri(3, 4)).map(n => covRec(n)) }));
  const rows = [[city + '非公企业党组织覆盖情况'], ['县区', '乡镇', '企业数', '单独建立', '联合覆盖', '覆盖企业数', '覆盖率（%）']]; const merges = []; const subs = [];
  groups.forEach(g => { const s0 = rows.length + 1; g.ts.forEach(r => rows.push([g.c, r.name, r.ent, r.own, r.jc, r.cov, r.r])); const S = totRec('小计', g.ts); subs.push(S); rows.push([g.c, '小计', S.ent, S.own, S.jc, S.cov, S.r]); merges.push(`A${s0}:A${rows.length}`); });
  const T = totRec('全市合计', subs); rows.push(['全市合计', null, T.ent, T.own, T.jc, T.cov, T.r]); merges.push(`A${rows.length}:B${rows.length}`);
  const si = rows.findIndex((r, i) => i > 5 && r[1] === '小计');
  await emit('h34-merged-county-subtotals.xlsx', [{ rows, merges }], { cell: 'C' + (si + 1), kind: 'subtotal 企业数 of second county', habit: 'merged county over towns + 小计' });
}
// h35 CSV typed by hand: spaces, '合 计', '100%' text
{
  const cty = uname('县'); const rs = towns(8).map((n, i) => { const r = covRec(n, 10, 60); if (i === 2) { r.jc = r.ent - r.own; r.cov = r.ent; r.r = 100; } return r; }); const T = totRec('合 计', rs);
  const rows = [[cty + '社会组织党组织覆盖情况'], ['乡镇', '社会组织数', '单独建', '联合覆盖', '覆盖数', '覆盖率'], ...[...rs, T].map(r => [r.name, ' ' + r.ent, r.own, r.jc + ' ', r.cov, r.r === 100 ? '100%' : r.r + '%'])];
  await emit('h35-handtyped.csv', [{ rows }], { row: '合 计', col: 4, kind: 'total 覆盖数', habit: 'CSV typed by hand' });
}
// h36 members with 其中 女 and share typed; merged title; frozen; 合计 with SUM
{
  const cty = uname('县'); const rs = towns(9).map(n => { const a = ri(60, 900), b = ri(Math.floor(a * .15), Math.floor(a * .45)), y = ri(Math.floor(a * .1), Math.floor(a * .4)); return { name: n, a, b, y }; });
  const A = sum(rs.map(r => r.a)), Bb = sum(rs.map(r => r.b)), Y = sum(rs.map(r => r.y)); const f = 3, l = f + rs.length - 1;
  const rows = [[cty + '非公企业党员情况'], ['乡镇', '党员总数', '其中：女党员', '女党员占比（%）', '35岁及以下', '占比（%）'], ...rs.map(r => [r.name, r.a, r.b, rate(r.b, r.a), r.y, rate(r.y, r.a)]),
    ['总计', { f: `SUM(B${f}:B${l})`, v: A }, { f: `SUM(C${f}:C${l})`, v: Bb }, rate(Bb, A), { f: `SUM(E${f}:E${l})`, v: Y }, rate(Y, A)]];
  await emit('h36-members-ofwhich-shares.xlsx', [{ rows, merges: ['A1:F1'], freeze: [1, 2] }], { row: rs[6].name, col: 4, kind: 'count 35岁及以下 under share', habit: '其中 women share + frozen' });
}
L.savePlants('2');
})();
