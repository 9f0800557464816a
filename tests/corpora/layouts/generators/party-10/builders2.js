'use strict';
const { rnd, rate, sum, Book, put, row, title, merge, widths, CITY_A, CITY_B, CITY_C, TOWNS } = require('./lib');
const B = [];

// 11 村（社区）under 乡镇 with 小计
B.push(function b11(R) {
  const bk = new Book('11-社区社会组织党建统计（村社区级）.xlsx');
  const ws = bk.sheet('村社区明细');
  title(ws, 1, '城乡社区社会组织党的组织覆盖情况统计表', 7);
  ws.getCell(2, 1).value = '填报单位：长乐县民政局社会组织党委'; ws.getCell(2, 7).value = '单位：个、名、%';
  row(ws, 3, 1, ['乡镇（街道）', '村（社区）', '社区社会组织数', '已建立党组织数', '覆盖率（%）', '党员数', '其中：在职党员']);
  const towns = { 长乐镇: ['东街社区', '西街社区', '南门村', '北岭村', '河口村'], 潭头镇: ['潭头村', '下洋村', '文山村'], 航城街道: ['洋屿社区', '琴江社区', '岱边社区', '首占社区'] };
  const fm = [null, null, '0', '0', '0.0', '0', '0'];
  let r = 4; const subs = [];
  for (const [t, vs] of Object.entries(towns)) {
    const start = r;
    const data = vs.map((v) => { const n = R.int(3, 22); const c = R.part(n, 0.1, 0.5); const p = c * R.int(3, 6) + R.int(0, 12); const w = R.part(p, 0.2, 0.6); return [v, n, c, p, w]; });
    data.forEach((x) => { row(ws, r, 1, [t, x[0], x[1], x[2], rate(x[2], x[1], 1), x[3], x[4]], fm); r++; });
    const s = [1, 2, 3, 4].map((i) => sum(data.map((x) => x[i])));
    row(ws, r, 1, [t, '小计', s[0], s[1], rate(s[1], s[0], 1), s[2], s[3]], fm);
    ws.mergeCells(start, 1, r, 1); ws.getCell(start, 1).alignment = { vertical: 'middle' };
    subs.push([r, s]); r++;
  }
  const tot = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x[1][i])));
  row(ws, r, 1, ['合计', '', tot[0], tot[1], rate(tot[1], tot[0], 1), tot[2], tot[3]], fm); ws.mergeCells(r, 1, r, 2);
  bk.agg(ws, subs[1][0], 3, 'subtotal'); bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, subs[0][0], 5, 'rate', 1);
  widths(ws, [14, 12, 14, 14, 10, 10, 12]);
  return bk;
});

// 12 province → city → county, indented with full-width spaces, two blocks
B.push(function b12(R) {
  const bk = new Book('12-全省两新组织覆盖情况（省市县三级）.xlsx');
  const ws = bk.sheet('三级汇总');
  title(ws, 1, '全省两新组织党的组织覆盖情况统计表', 7);
  ws.getCell(2, 1).value = '（截至2025年6月30日）';
  merge(ws, 3, 1, 4, 1, '地区');
  merge(ws, 3, 2, 3, 4, '非公有制企业'); row(ws, 4, 2, ['企业数（户）', '已建立党组织企业数（户）', '覆盖率（%）']);
  merge(ws, 3, 5, 3, 7, '社会组织'); row(ws, 4, 5, ['社会组织数（个）', '已建立党组织数（个）', '覆盖率（%）']);
  const cities = { 临江市: CITY_A.slice(0, 4), 宁远市: ['东湖区', '西塘区', '宁远县'], 凤台市: ['城关区', '凤台县', '金沙县', '南山县', '长乐县'] };
  const fm = [null, '#,##0', '#,##0', '0.0', '#,##0', '#,##0', '0.0'];
  const vals = (v) => [v[0], v[1], rate(v[1], v[0], 1), v[2], v[3], rate(v[3], v[2], 1)];
  const cityRows = [];
  for (const [c, cs] of Object.entries(cities)) {
    const d = cs.map((n) => { const e = R.int(1800, 16000); const s = R.int(120, 1300); return [n, e, Math.round(e * R.frac(0.08, 0.3)), s, Math.round(s * R.frac(0.2, 0.6))]; });
    cityRows.push([c, [1, 2, 3, 4].map((i) => sum(d.map((x) => x[i]))), d]);
  }
  const tot = [0, 1, 2, 3].map((i) => sum(cityRows.map((x) => x[1][i])));
  let r = 5; row(ws, r, 1, ['全省', ...vals(tot)], fm); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 7, 'rate', 1); r++;
  cityRows.forEach(([c, t, d], ci) => {
    row(ws, r, 1, ['　' + c, ...vals(t)], fm); if (ci === 1) bk.agg(ws, r, 3, 'subtotal'); r++;
    d.forEach((x) => { row(ws, r, 1, ['　　' + x[0], ...vals(x.slice(1))], fm); r++; });
  });
  widths(ws, [16, 12, 14, 10, 12, 14, 10]);
  return bk;
});

// 13 multi-year: 党组织数 by year with 年均增长; 覆盖 blocks per year
B.push(function b13(R) {
  const bk = new Book('13-2021-2025年非公企业党建发展情况.xlsx');
  const ws = bk.sheet('党组织数');
  title(ws, 1, '2021—2025年非公有制企业党组织数变化情况', 7);
  ws.getCell(2, 7).value = '单位：个、%';
  row(ws, 3, 1, ['地区', '2021年', '2022年', '2023年', '2024年', '2025年', '年均增长（%）']);
  const data = CITY_C.map((n) => { let v = R.int(60, 520); const ys = [v]; for (let i = 0; i < 4; i++) { v = Math.round(v * R.frac(1.0, 1.14)); ys.push(v); } return [n, ys]; });
  const cagr = (a, b) => rnd((Math.pow(b / a, 1 / 4) - 1) * 100, 1);
  let r = 4; const tot = [0, 1, 2, 3, 4].map((i) => sum(data.map((x) => x[1][i])));
  row(ws, r, 1, ['全市', ...tot, cagr(tot[0], tot[4])], [null, '0', '0', '0', '0', '0', '0.0']); bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 6, 'total'); r++;
  data.forEach(([n, ys]) => { row(ws, r, 1, [n, ...ys, cagr(ys[0], ys[4])], [null, '0', '0', '0', '0', '0', '0.0']); r++; });

  const ws2 = bk.sheet('覆盖情况');
  title(ws2, 1, '2021—2025年非公有制企业党组织覆盖情况', 17);
  merge(ws2, 2, 1, 3, 1, '地区');
  const years = [2021, 2022, 2023, 2024, 2025];
  years.forEach((y, i) => { merge(ws2, 2, 2 + 3 * i, 2, 4 + 3 * i, y + '年'); row(ws2, 3, 2 + 3 * i, ['企业数', '已建党组织企业数', '覆盖率（%）']); });
  merge(ws2, 2, 17, 3, 17, '覆盖率2025年比2021年提高（百分点）');
  const fm = [null]; years.forEach(() => fm.push('#,##0', '#,##0', '0.0')); fm.push('0.0');
  const d2 = CITY_C.map((n) => { let e = R.int(1500, 9000); let cv = R.frac(0.05, 0.2); const ys = []; for (let i = 0; i < 5; i++) { ys.push([e, Math.round(e * cv)]); e = Math.round(e * R.frac(1.02, 1.12)); cv += R.frac(0.005, 0.03); } return [n, ys]; });
  const line = (rr, n, ys) => { const v = [n]; ys.forEach(([e, c]) => v.push(e, c, rate(c, e, 1))); v.push(rnd(rate(ys[4][1], ys[4][0], 1) - rate(ys[0][1], ys[0][0], 1), 1)); row(ws2, rr, 1, v, fm); };
  let r2 = 4;
  d2.forEach(([n, ys]) => { line(r2, n, ys); r2++; });
  const t2 = years.map((_, i) => [sum(d2.map((x) => x[1][i][0])), sum(d2.map((x) => x[1][i][1]))]);
  line(r2, '合计', t2); bk.agg(ws2, r2, 5, 'total'); bk.agg(ws2, r2, 13, 'rate', 1); bk.agg(ws2, r2, 17, 'change', 1);
  return bk;
});

// 14 quarter sheets + 全年
B.push(function b14(R) {
  const bk = new Book('14-两新组织党员队伍变动季报.xlsx');
  const names = ['城关区', '新华区', '桥西区', '长乐县', '凤台县', '金沙县'];
  let start = names.map(() => R.int(1200, 5200));
  const qs = ['一季度', '二季度', '三季度', '四季度'];
  const flows = names.map(() => [0, 0, 0, 0]); const year0 = start.slice();
  const heads = ['地区', '期初党员数', '发展党员', '组织关系转入', '组织关系转出', '死亡及其他减少', '期末党员数'];
  const fm = [null, '#,##0', '0', '0', '0', '0', '#,##0'];
  qs.forEach((q, qi) => {
    const ws = bk.sheet(q);
    title(ws, 1, `2025年${q}两新组织党员队伍变动情况`, 7);
    ws.getCell(2, 7).value = '单位：名';
    row(ws, 3, 1, heads);
    const d = names.map((n, i) => { const s = start[i]; const f = [R.int(2, 40), R.int(10, 90), R.int(5, 80), R.int(0, 9)]; f.forEach((x, k) => (flows[i][k] += x)); return [n, s, ...f, s + f[0] + f[1] - f[2] - f[3]]; });
    d.forEach((x, i) => row(ws, 4 + i, 1, x, fm));
    const t = [1, 2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
    row(ws, 4 + d.length, 1, ['合计', ...t], fm);
    if (qi === 2) { bk.agg(ws, 4 + d.length, 3, 'total'); bk.agg(ws, 4 + d.length, 7, 'total'); }
    start = d.map((x) => x[6]);
  });
  const ws = bk.sheet('全年');
  title(ws, 1, '2025年全年两新组织党员队伍变动情况', 7);
  ws.getCell(2, 7).value = '单位：名';
  row(ws, 3, 1, ['地区', '年初党员数', '发展党员', '组织关系转入', '组织关系转出', '死亡及其他减少', '年末党员数']);
  const d = names.map((n, i) => [n, year0[i], ...flows[i], start[i]]);
  d.forEach((x, i) => row(ws, 4 + i, 1, x, fm));
  const t = [1, 2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, 4 + d.length, 1, ['合计', ...t], fm);
  bk.agg(ws, 4 + d.length, 4, 'total'); bk.agg(ws, 4 + d.length, 7, 'total');
  return bk;
});

// 15 WPS formulas
B.push(function b15(R) {
  const bk = new Book('15-两新组织覆盖情况（WPS导出含公式）.xlsx');
  const ws = bk.sheet('汇总表');
  title(ws, 1, '两新组织党的组织覆盖情况汇总表', 10);
  merge(ws, 2, 1, 3, 1, '县（市、区）');
  merge(ws, 2, 2, 2, 4, '非公企业'); merge(ws, 2, 5, 2, 7, '社会组织'); merge(ws, 2, 8, 2, 10, '两新组织合计');
  for (const c of [2, 5, 8]) row(ws, 3, c, ['总数', '已建党组织数', '覆盖率（%）']);
  const names = CITY_B.slice(0, 9);
  const d = names.map((n) => { const e = R.int(700, 6000), s = R.int(80, 600); return [n, e, Math.round(e * R.frac(0.1, 0.35)), s, Math.round(s * R.frac(0.2, 0.7))]; });
  const fm = [null, '0', '0', '0.00', '0', '0', '0.00', '0', '0', '0.00'];
  const r0 = 4;
  d.forEach((x, i) => {
    const r = r0 + i;
    row(ws, r, 1, [x[0], x[1], x[2], { f: `ROUND(C${r}/B${r}*100,2)`, v: rate(x[2], x[1], 2) }, x[3], x[4], { f: `ROUND(F${r}/E${r}*100,2)`, v: rate(x[4], x[3], 2) },
      { f: `B${r}+E${r}`, v: x[1] + x[3] }, { f: `C${r}+F${r}`, v: x[2] + x[4] }, { f: `ROUND(I${r}/H${r}*100,2)`, v: rate(x[2] + x[4], x[1] + x[3], 2) }], fm);
  });
  const r = r0 + d.length; const last = r - 1;
  const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', { f: `SUM(B${r0}:B${last})`, v: T[0] }, { f: `SUM(C${r0}:C${last})`, v: T[1] }, { f: `ROUND(C${r}/B${r}*100,2)`, v: rate(T[1], T[0], 2) },
    { f: `SUM(E${r0}:E${last})`, v: T[2] }, { f: `SUM(F${r0}:F${last})`, v: T[3] }, { f: `ROUND(F${r}/E${r}*100,2)`, v: rate(T[3], T[2], 2) },
    { f: `SUM(H${r0}:H${last})`, v: T[0] + T[2] }, { f: `SUM(I${r0}:I${last})`, v: T[1] + T[3] }, { f: `ROUND(I${r}/H${r}*100,2)`, v: rate(T[1] + T[3], T[0] + T[2], 2) }], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 10, 'rate', 2); bk.agg(ws, r - 3, 8, 'total');
  return bk;
});

// 16 rates typed as text '85.3%'
B.push(function b16(R) {
  const bk = new Book('16-覆盖率文本格式.xlsx');
  const ws = bk.sheet('Sheet1');
  title(ws, 1, '各县区两新组织党组织覆盖率统计', 7);
  row(ws, 2, 1, ['县区', '非公企业数', '已建党组织非公企业数', '非公企业党组织覆盖率', '社会组织数', '已建党组织社会组织数', '社会组织党组织覆盖率']);
  const d = CITY_A.map((n) => { const e = R.int(500, 4200), s = R.int(60, 420); return [n, e, Math.round(e * R.frac(0.2, 0.6)), s, Math.round(s * R.frac(0.3, 0.9))]; });
  const pct = (a, b) => rate(a, b, 1).toFixed(1) + '%';
  d.forEach((x, i) => row(ws, 3 + i, 1, [x[0], x[1], x[2], pct(x[2], x[1]), x[3], x[4], pct(x[4], x[3])]));
  const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k]))); const r = 3 + d.length;
  row(ws, r, 1, ['总计', T[0], T[1], pct(T[1], T[0]), T[2], T[3], pct(T[3], T[2])]);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'textrate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 17 fraction rates formatted as percent
B.push(function b17(R) {
  const bk = new Book('17-覆盖率小数百分比格式.xlsx');
  const ws = bk.sheet('覆盖率');
  title(ws, 1, '非公有制企业党组织覆盖率（按企业类型）', 6);
  ws.getCell(2, 1).value = '填报单位：西塘区非公企业党委';
  row(ws, 3, 1, ['企业类型', '企业数（户）', '有党员的企业数（户）', '已建立党组织企业数（户）', '党组织覆盖率', '党员覆盖率']);
  const types = ['私营企业', '港澳台商投资企业', '外商投资企业', '个人独资企业', '合伙企业', '其他非公有制企业'];
  const d = types.map((n) => { const e = R.int(60, 5800); const m = Math.round(e * R.frac(0.15, 0.45)); const c = Math.round(m * R.frac(0.4, 0.85)); return [n, e, m, c]; });
  const fr = (a, b) => rnd(a / b, 4);
  const fm = [null, '#,##0', '#,##0', '#,##0', '0.00%', '0.00%'];
  const T = [1, 2, 3].map((k) => sum(d.map((x) => x[k])));
  row(ws, 4, 1, ['合计', ...T, fr(T[2], T[0]), fr(T[1], T[0])], fm);
  bk.agg(ws, 4, 2, 'total'); bk.agg(ws, 4, 5, 'fracrate', 4); bk.agg(ws, 4, 4, 'total');
  d.forEach((x, i) => row(ws, 5 + i, 1, [...x, fr(x[3], x[1]), fr(x[2], x[1])], fm));
  return bk;
});

// 18 unit row 单位：个、人、%
B.push(function b18(R) {
  const bk = new Book('18-两新组织基本情况（单位行）.xlsx');
  const ws = bk.sheet('基本情况');
  title(ws, 1, '全区两新组织党建基本情况统计表', 8);
  ws.getCell(2, 1).value = '填报单位：江北区委组织部'; ws.getCell(2, 8).value = '单位：个、人、%';
  row(ws, 3, 1, ['街道（园区）', '非公企业数', '有党员企业数', '党员数', '已建立党组织企业数', '覆盖率', '党组织书记参加培训人数', '党务工作者人数']);
  const names = ['江北街道', '北岸街道', '观音桥街道', '石马河街道', '大石坝街道', '寸滩街道', '北部新区园区'];
  const d = names.map((n) => { const e = R.int(300, 2600); const m = Math.round(e * R.frac(0.12, 0.3)); const p = m * R.int(2, 5) + R.int(0, 50); const c = Math.round(m * R.frac(0.4, 0.8)); return [n, e, m, p, c, rate(c, e, 1), Math.round(c * R.frac(0.5, 0.95)), c + R.int(3, 30)]; });
  const fm = [null, '0', '0', '0', '0', '0.0', '0', '0'];
  d.forEach((x, i) => row(ws, 4 + i, 1, x, fm));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], T[2], T[3], rate(T[3], T[0], 1), T[4], T[5]], fm);
  bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 6, 'rate', 1); bk.agg(ws, r, 8, 'total');
  return bk;
});

// 19 notes 填报说明 below the table, with numbers in the notes
B.push(function b19(R) {
  const bk = new Book('19-规上企业党建统计（含填报说明）.xlsx');
  const ws = bk.sheet('规上企业');
  title(ws, 1, '规模以上非公企业党建工作情况统计表', 7);
  row(ws, 2, 1, ['县（市、区）', '规上企业数（户）', '有3名以上正式党员的企业数（户）', '已单独建立党组织的企业数（户）', '单独建立率（%）', '通过联合组建覆盖企业数（户）', '党组织覆盖率（%）']);
  const d = CITY_C.map((n) => { const e = R.int(80, 520); const m3 = Math.round(e * R.frac(0.3, 0.6)); const own = Math.round(m3 * R.frac(0.7, 0.98)); const j = Math.round((e - own) * R.frac(0.3, 0.8)); return [n, e, m3, own, j]; });
  const fm = [null, '0', '0', '0', '0.0', '0', '0.0'];
  d.forEach((x, i) => row(ws, 3 + i, 1, [x[0], x[1], x[2], x[3], rate(x[3], x[2], 1), x[4], rate(x[3] + x[4], x[1], 1)], fm));
  const r = 3 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], T[2], rate(T[2], T[1], 1), T[3], rate(T[2] + T[3], T[0], 1)], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'rate', 1); bk.agg(ws, r, 7, 'rate', 1);
  const notes = ['填报说明：', '1. 本表统计时点为2025年6月30日，规上企业指年主营业务收入2000万元及以上的工业企业、年营业收入5000万元及以上的批发业企业等。',
    '2. 单独建立率=已单独建立党组织的企业数÷有3名以上正式党员的企业数×100%。', '3. 党组织覆盖率=（已单独建立党组织的企业数+通过联合组建覆盖企业数）÷规上企业数×100%。',
    '4. 本表于7月10日前报送，联系电话：0554-6621378。'];
  notes.forEach((t, i) => { ws.getCell(r + 2 + i, 1).value = t; ws.mergeCells(r + 2 + i, 1, r + 2 + i, 7); });
  return bk;
});

// 20 blank vs 0 vs '/'
B.push(function b20(R) {
  const bk = new Book('20-社会组织分类型覆盖（含不适用）.xlsx');
  const ws = bk.sheet('分类型');
  title(ws, 1, '社会组织党的组织覆盖情况（分类型）', 10);
  merge(ws, 2, 1, 3, 1, '地区');
  const types = ['社会团体', '民办非企业单位', '基金会'];
  types.forEach((t, i) => { merge(ws, 2, 2 + 3 * i, 2, 4 + 3 * i, t); row(ws, 3, 2 + 3 * i, ['数量（个）', '已建党组织（个）', '覆盖率（%）']); });
  const names = ['市本级', ...CITY_A];
  const fm = [null, '0', '0', '0.0', '0', '0', '0.0', '0', '0', '0.0'];
  const d = names.map((n, i) => {
    const st = R.int(20, 160), sc = Math.round(st * R.frac(0.2, 0.6));
    const isPark = n.includes('高新');
    const mf = isPark ? null : R.int(10, 120), mc = isPark ? null : Math.round(mf * R.frac(0.2, 0.6));
    const fd = i === 0 ? R.int(8, 20) : (isPark ? null : R.int(0, 2)), fc = fd == null ? null : (fd ? R.int(0, fd) : 0);
    return [n, st, sc, mf, mc, fd, fc];
  });
  const cellr = (c, b) => (b == null ? '/' : b === 0 ? '/' : rate(c, b, 1));
  d.forEach((x, i) => row(ws, 4 + i, 1, [x[0], x[1], x[2], cellr(x[2], x[1]), x[3] == null ? '/' : x[3], x[4] == null ? '/' : x[4], cellr(x[4], x[3]), x[5] == null ? null : x[5], x[6] == null ? null : x[6], cellr(x[6], x[5])], fm));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], rate(T[1], T[0], 1), T[2], T[3], rate(T[3], T[2], 1), T[4], T[5], rate(T[5], T[4], 1)], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 8, 'total'); bk.agg(ws, r, 7, 'rate', 1);
  ws.getCell(r + 1, 1).value = '注：“/”表示不适用（高新区不受理民办非企业单位、基金会登记；无基金会的地区覆盖率不计算）。';
  return bk;
});

module.exports = B;
