const L = require('./lib.js');
const { ri, rate, rd, sum, col, fw, thou, uname, towns, covRec, totRec, emit, rnd } = L;
L.setSeed(60601);
const H7 = ['乡镇（街道）', '非公有制企业数（家）', '单独建立党组织企业数（家）', '联合党组织数（个）', '联合党组织覆盖企业数（家）', '党组织覆盖企业数（家）', '党组织覆盖率（%）'];
const row7 = r => [r.name, r.ent, r.own, r.jn, r.jc, r.cov, r.r];
const sp = v => { const k = ri(0, 2); return k === 0 ? ' ' + v : k === 1 ? v + ' ' : ' ' + v + '  '; };
(async () => {
// h01 numbers typed as text with leading/trailing spaces
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('合计', rs);
  const body = rs.map(r => row7(r).map((v, i) => i > 0 && rnd() < 0.4 ? sp(String(v)) : v));
  const rows = [[cty + '非公有制企业党组织覆盖情况统计表'], H7, ...body, row7(T)];
  await emit('h01-text-numbers-spaces.xlsx', [{ rows }], { row: '合计', col: 1, kind: 'total 企业数 (base of rate)', habit: 'text numbers with spaces' });
}
// h02 '0' typed in some rows, blank in others (党委/党总支 zero)
{
  const cty = uname('县'); const rs = towns(10).map(n => { const r = covRec(n, 20, 200); if (rnd() < 0.6) { r.zb += r.dw; r.dw = 0; } if (rnd() < 0.5) { r.zb += r.dzz; r.dzz = 0; } return r; });
  const T = totRec('合计', rs);
  const z = v => v === 0 ? (rnd() < 0.5 ? 0 : null) : v;
  const rows = [[cty + '非公企业党组织建设情况'], ['乡镇', '企业数', '党组织数', null, null, null, '覆盖率（%）'], [null, null, '合计', '党委', '党总支', '党支部', null],
    ...rs.map(r => [r.name, r.ent, r.own, z(r.dw), z(r.dzz), r.zb, rate(r.own, r.ent)]), [T.name, T.ent, T.own, T.dw, T.dzz, T.zb, rate(T.own, T.ent)]];
  await emit('h02-zero-typed-or-blank.xlsx', [{ rows, merges: ['A2:A3', 'B2:B3', 'C2:F2', 'G2:G3'] }], { row: rs[4].name, col: 2, kind: 'subtotal 党组织合计 of a town (=党委+党总支+党支部)', habit: '0 vs blank' });
}
// h03 合计 row typed as =SUM formulas
{
  const cty = uname('区'); const rs = towns(8).map(n => covRec(n)); const T = totRec('合计', rs);
  const first = 3, last = 3 + rs.length - 1;
  const trow = ['合计', ...[1, 2, 3, 4, 5].map(i => ({ f: `SUM(${col(i)}${first}:${col(i)}${last})`, v: row7(T)[i] })), T.r];
  const rows = [[cty + '两新组织党建统计'], H7, ...rs.map(row7), trow];
  await emit('h03-sum-formula-total.xlsx', [{ rows }], { row: '合计', col: 5, kind: 'total 覆盖企业数 (SUM overtyped)', habit: 'SUM formula total' });
}
// h04 rate as =F/B with 0.0% format
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('全县', rs);
  const rows = [[cty + '非公企业党组织覆盖率'], ['单位', '企业总数', '单独建', '联合建覆盖', '已覆盖企业', '覆盖率']];
  [...rs, T].forEach((r, i) => { const R = rows.length + 1; rows.push([r.name, r.ent, r.own, r.jc, r.cov, { f: `E${R}/B${R}`, v: r.cov / r.ent, fmt: '0.0%' }]); });
  await emit('h04-rate-formula-percent-format.xlsx', [{ rows }], { row: rs[3].name, col: 5, kind: 'rate overtyped (fraction)', habit: 'rate formula =E/B 0.0%' });
}
// h05 rate as =ROUND(F/B*100,1)
{
  const cty = uname('县'); const rs = towns(11).map(n => covRec(n)); const T = totRec('合计', rs);
  const rows = [[cty + '非公有制企业党建工作情况表'], H7];
  [...rs, T].forEach(r => { const R = rows.length + 1; rows.push([r.name, r.ent, r.own, r.jn, r.jc, r.cov, { f: `ROUND(F${R}/B${R}*100,1)`, v: r.r }]); });
  await emit('h05-round-formula-rate.xlsx', [{ rows }], { row: '合计', col: 1, kind: 'total 企业数 typed over', habit: 'ROUND formula rate' });
}
// h06 '100%' typed as text in some rows of a numeric rate column
{
  const cty = uname('县'); const rs = towns(10).map((n, i) => { const r = covRec(n, 15, 80); if (i % 3 === 1) { r.jc = r.ent - r.own; r.jn = Math.max(1, Math.floor(r.jc / 3)); r.cov = r.ent; r.r = 100; } return r; });
  const T = totRec('合计', rs);
  const rows = [[cty + '社会组织党组织覆盖情况'], ['乡镇（街道）', '社会组织数', '单独建立党组织数', '联合党组织覆盖数', '覆盖数', '覆盖率（%）'],
    ...[...rs, T].map(r => [r.name, r.ent, r.own, r.jc, r.cov, r.r === 100 ? '100%' : r.r])];
  const pi = rs.findIndex(r => r.r !== 100);
  await emit('h06-text-100-percent.xlsx', [{ rows }], { row: rs[pi].name, col: 5, kind: 'rate', habit: "'100%' text in numeric rate col" });
}
// h07 county name merged over two rows (非公企业 / 社会组织)
{
  const city = uname('市'); const cs = Array.from({ length: 6 }, () => uname(rnd() < 0.5 ? '县' : '区'));
  const E = cs.map(c => covRec(c, 300, 2000)), S = cs.map(c => covRec(c, 60, 400));
  const TE = totRec('全市', E), TS = totRec('全市', S);
  const rows = [[city + '“两新”组织党组织覆盖情况统计表'], ['县（市、区）', '类别', '总数', '单独建立党组织数', '联合党组织覆盖数', '覆盖总数', '覆盖率（%）']];
  const merges = ['A1:G1'];
  [...cs.map((c, i) => [c, E[i], S[i]]), ['全市', TE, TS]].forEach(([c, e, s]) => { const R = rows.length + 1; rows.push([c, '非公企业', e.ent, e.own, e.jc, e.cov, e.r], [null, '社会组织', s.ent, s.own, s.jc, s.cov, s.r]); merges.push(`A${R}:A${R + 1}`); });
  await emit('h07-merged-county-two-rows.xlsx', [{ rows, merges }], { cell: 'C' + rows.length, kind: 'total 全市 社会组织数', habit: 'merged county over two rows' });
}
// h08 备注 column with free text and numbers
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('合计', rs);
  const notes = ['新建3个', '', '较上年增加2家', '含园区企业12家', '', '2家注销', '联合支部1个待批', '', '已完成'];
  const rows = [[cty + '非公企业党组织覆盖情况'], [...H7, '备注'], ...rs.map((r, i) => [...row7(r), notes[i] || null]), [...row7(T), '']];
  await emit('h08-remarks-free-text.xlsx', [{ rows }], { row: rs[2].name, col: 5, kind: 'count 覆盖企业数 under rate', habit: '备注 with numbers' });
}
// h09 其中：开发区 row under a county
{
  const city = uname('市'); const cs = Array.from({ length: 7 }, () => uname('县')); const E = cs.map(c => covRec(c, 400, 2500)); const T = totRec('全市合计', E);
  const zone = covRec('其中：' + uname('经济开发区'), 60, 200); // part of county 2
  const c2 = E[1]; zone.ent = Math.min(zone.ent, Math.floor(c2.ent * 0.4)); zone.own = Math.min(Math.floor(zone.ent * .2), c2.own); zone.jn = 1; zone.jc = Math.min(2, c2.jc); zone.cov = zone.own + zone.jc; zone.r = rate(zone.cov, zone.ent);
  const rows = [[city + '非公企业党建工作统计表'], ['地区', '企业数', '单独建立', '联合覆盖', '覆盖企业数', '覆盖率（%）']];
  E.forEach((e, i) => { rows.push([e.name, e.ent, e.own, e.jc, e.cov, e.r]); if (i === 1) rows.push([zone.name, zone.ent, zone.own, zone.jc, zone.cov, zone.r]); });
  rows.push([T.name, T.ent, T.own, T.jc, T.cov, T.r]);
  await emit('h09-ofwhich-zone-row.xlsx', [{ rows }], { row: cs[1], col: 4, kind: 'count 覆盖企业数 of county with 其中 row', habit: '其中：开发区 row' });
}
// h10 '合 计'
{
  const cty = uname('县'); const rs = towns(8).map(n => covRec(n, 10, 90)); const T = totRec('合 计', rs);
  const rows = [[cty + '社会组织党建工作情况'], ['乡镇', '社会组织数（个）', '单独建立党组织（个）', '联合党组织覆盖（个）', '覆盖率（%）'], ...[...rs, T].map(r => [r.name, r.ent, r.own, r.jc, r.r])];
  await emit('h10-label-he-space-ji.xlsx', [{ rows }], { row: '合 计', col: 2, kind: 'total 单独建立', habit: "'合 计' label" });
}
// h11 '总 计' at top; instructors
{
  const cty = uname('县'); const rs = towns(9).map(n => { const a = ri(3, 25), b = ri(0, a); return { name: n, a, b, c: a - b, ent: ri(a * 4, a * 12) }; });
  const T = { name: '总 计', a: sum(rs.map(r => r.a)), b: sum(rs.map(r => r.b)), c: sum(rs.map(r => r.c)), ent: sum(rs.map(r => r.ent)) };
  const rows = [[cty + '党建工作指导员选派情况'], ['乡镇', '选派指导员（名）', '其中：专职', '兼职', '联系企业数（家）'], ...[T, ...rs].map(r => [r.name, r.a, r.b, r.c, r.ent])];
  await emit('h11-label-zong-space-ji-top.xlsx', [{ rows }], { row: rs[5].name, col: 2, kind: 'part 专职 (其中)', habit: "'总 计' at top" });
}
// h12 '合计：' decline of no-member enterprises
{
  const cty = uname('县'); const rs = towns(9).map(n => { const a = ri(30, 300), b = ri(Math.floor(a * .3), a - 1); return { name: n, a, b }; });
  const A = sum(rs.map(r => r.a)), B = sum(rs.map(r => r.b));
  const rows = [[cty + '无党员企业“清零”工作进度'], ['乡镇（街道）', '年初无党员企业数（家）', '目前无党员企业数（家）', '减少（家）', '降幅（%）'],
    ...rs.map(r => [r.name, r.a, r.b, r.a - r.b, rate(r.a - r.b, r.a)]), ['合计：', A, B, A - B, rate(A - B, A)]];
  await emit('h12-label-heji-colon-decline.xlsx', [{ rows }], { row: rs[3].name, col: 4, kind: 'rate 降幅', habit: "'合计：' label" });
}
// h13 '全县合计' 党委/党总支/党支部/小计
{
  const cty = uname('县'); const rs = towns(10).map(n => covRec(n, 30, 300)); const T = totRec('全县合计', rs);
  const rows = [[cty + '非公企业党组织数统计'], ['乡镇', '党组织数', null, null, null], [null, '小计', '党委', '党总支', '党支部'], ...[...rs, T].map(r => [r.name, r.own, r.dw, r.dzz, r.zb])];
  await emit('h13-label-quanxian-heji.xlsx', [{ rows, merges: ['A2:A3', 'B2:E2'] }], { row: '全县合计', col: 4, kind: 'total 党支部', habit: "'全县合计' label" });
}
// h14 empty column between the enterprise and social-organisation blocks
{
  const cty = uname('县'); const ts = towns(8); const E = ts.map(n => covRec(n, 40, 400)), S = ts.map(n => covRec(n, 5, 60)); const TE = totRec('合计', E), TS = totRec('合计', S);
  const rows = [[cty + '两新组织党组织覆盖统计'], ['乡镇', '非公企业', null, null, null, null, '社会组织', null, null, null], [null, '企业数', '单独建', '联合覆盖', '覆盖率（%）', null, '组织数', '单独建', '联合覆盖', '覆盖率（%）'],
    ...[...E.map((e, i) => [e, S[i]]), [TE, TS]].map(([e, s]) => [e.name, e.ent, e.own, e.jc, e.r, null, s.ent, s.own, s.jc, s.r])];
  await emit('h14-empty-column-between-blocks.xlsx', [{ rows, merges: ['A2:A3', 'B2:E2', 'G2:J2'] }], { row: ts[6], col: 7, kind: 'count 社会组织单独建 under rate (second block)', habit: 'empty column between blocks' });
}
// h15 second header row with column numbers 1 2 3 …
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('合计', rs);
  const rows = [[cty + '非公有制企业党组织覆盖情况表'], H7, ['', 1, 2, 3, 4, 5, 6], ...[...rs, T].map(row7)];
  await emit('h15-column-numbers-row.xlsx', [{ rows }], { row: rs[1].name, col: 6, kind: 'rate', habit: 'column numbers 1 2 3 row' });
}
// h16 甲 乙 1 2 3 with a code column
{
  const cty = uname('县'); const base = 330000000 + ri(100, 999) * 1000; const rs = towns(8).map(n => covRec(n));
  const T = totRec('合计', rs);
  const rows = [[cty + '非公企业党组织覆盖情况'], ['乡镇名称', '区划代码', '企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'], ['甲', '乙', 1, 2, 3, 4, 5],
    ...rs.map((r, i) => [r.name, String(base + 101 + i), r.ent, r.own, r.jc, r.cov, r.r]), ['合计', '', T.ent, T.own, T.jc, T.cov, T.r]];
  await emit('h16-jia-yi-code-column.xlsx', [{ rows }], { row: '合计', col: 5, kind: 'total 覆盖企业数', habit: '甲 乙 1 2 3 + code col' });
}
// h17 footer: 填表人 / 联系电话 number / 审核人 / 日期
{
  const cty = uname('县'); const rs = towns(9).map(n => covRec(n)); const T = totRec('合计', rs);
  const rows = [[cty + '非公有制企业党组织覆盖情况统计表'], H7, ...[...rs, T].map(row7), [], ['填表人：张三', null, '联系电话：', 13812345678, '审核人：李四', null, '日期：2025年1月5日']];
  await emit('h17-filer-footer-phone.xlsx', [{ rows }], { row: rs[7].name, col: 1, kind: 'count 企业数 (base of rate)', habit: 'filer footer with phone' });
}
L.savePlants('1');
})();
