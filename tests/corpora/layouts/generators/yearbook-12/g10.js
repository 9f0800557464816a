const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;

// o01 decimal outline numbers in 序号 column (1 / 1.1 / 1.1.1), names unindented
book('o01_序号小数点层级.xlsx', wb => {
  const ws = wb.addWorksheet('资产');
  const l = () => ri(100, 9000);
  const a = [l(), l()], b = [l(), l(), l()], c = l();
  const rows = [['', '资产总计', sum(a) + sum(b) + c], ['1', '流动资产', sum(a) + sum(b)], ['1.1', '货币资金', sum(a)], ['1.1.1', '库存现金', a[0]], ['1.1.2', '银行存款', a[1]], ['1.2', '应收及预付款项', sum(b)], ['1.2.1', '应收账款', b[0]], ['1.2.2', '预付账款', b[1]], ['1.2.3', '其他应收款', b[2]], ['2', '非流动资产', c]];
  const t = table(ws, { title: '行政事业单位资产汇总', unit: '单位：万元', head: [['序号', '项　目', '年末数']], rows });
  return mk('资产', t.r0, 3, 'count');
});

// o02 each county followed by an indented 其中：县城 row
book('o02_各县下其中县城行.xlsx', wb => {
  const ws = wb.addWorksheet('分县人口');
  const cs = ['平原县', '临河县', '丰山县', '安泽县'].map(n => { const p = ri(200000, 600000), h = ri(60000, 200000); return [n, p, h]; });
  const T = ['全　市', sum(cs.map(x => x[1])), sum(cs.map(x => x[2]))];
  const rows = [T]; cs.forEach(x => { rows.push(x, [I(1, '其中：县城'), Math.round(x[1] * rf(.3, .5)), Math.round(x[2] * rf(.3, .5))]); });
  const t = table(ws, { title: '各县户籍人口', head: [['地　区', '人口（人）', '户数（户）']], rows });
  return mk('分县人口', t.r0, 2, 'count');
});

// o03 year rows with a "十四五" cumulative row
book('o03_年份行_十四五累计行.xlsx', wb => {
  const ws = wb.addWorksheet('投资');
  const d = [2021, 2022, 2023, 2024, 2025].map(y => { const a = ri(100000, 400000), b = ri(50000, 200000); return [y + '年', a + b, a, b]; });
  const T = ['“十四五”时期累计', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const t = table(ws, { title: '“十四五”时期固定资产投资', unit: '单位：万元', head: [['年　份', '投资总额', '项目投资', '房地产开发投资']], rows: [...d, T] });
  return mk('投资', t.r0 + 5, 2, 'count');
});

// f05 = f01 layout, but 比年初增加 written as (rounded year-end − rounded year-start), a common way tables are filled
book('f05_金融_比年初增加_舍入后相减.xlsx', wb => {
  const ws = wb.addWorksheet('存贷款');
  const L = n => { const s = rf(10, 300); const e = s * rf(.95, 1.18); return { n, s, e }; };
  const dep = ['住户存款', '非金融企业存款', '机关团体存款', '财政性存款', '非银行业金融机构存款'].map(L);
  const hs = L('短期贷款'), hl = L('中长期贷款'); const ent = ['短期贷款', '中长期贷款', '票据融资'].map(L);
  const agg = (n, a) => ({ n, s: sum(a.map(x => x.s)), e: sum(a.map(x => x.e)) });
  const D = agg('各项存款', dep), H = agg('住户贷款', [hs, hl]), En = agg('企（事）业单位贷款', ent), Ln = agg('各项贷款', [H, En]);
  const ln = (x, k) => { const e = R(x.e, 2), s = R(x.s, 2); return [I(k, x.n), F(x.e, 2), F(e - s, 2), F((x.e / x.s - 1) * 100, 1)]; };
  const rows = [ln(D, 0), ...dep.map(x => ln(x, 1)), ln(Ln, 0), ln(H, 1), ln(hs, 2), ln(hl, 2), ln(En, 1), ...ent.map(x => ln(x, 2))];
  const t = table(ws, { title: '金融机构本外币存贷款（2025年末）', unit: '单位：亿元', head: [['项　目', '年末余额', '比年初增加', '比上年末增长（%）']], rows });
  return mk('存贷款', t.r0, 2, 'r', 2);
});

// f06 = f05, but draws are repeated (deterministically) until the 各项贷款 比年初增加 differs from the sum of its two subtotals by 0.02,
// which (rounded − rounded) differences allow: each of the three cells carries up to ±0.01
book('f06_金融_比年初增加_舍入差0.02.xlsx', wb => {
  const ws = wb.addWorksheet('存贷款');
  const L = n => { const s = rf(10, 300); const e = s * rf(.95, 1.18); return { n, s, e }; };
  const agg = (n, a) => ({ n, s: sum(a.map(x => x.s)), e: sum(a.map(x => x.e)) });
  const inc = x => R(R(x.e, 2) - R(x.s, 2), 2);
  let hs, hl, ent, H, En, Ln, k = 0;
  do { hs = L('短期贷款'); hl = L('中长期贷款'); ent = ['短期贷款', '中长期贷款', '票据融资'].map(L); H = agg('住户贷款', [hs, hl]); En = agg('企（事）业单位贷款', ent); Ln = agg('各项贷款', [H, En]); k++; }
  while (Math.abs(R(inc(Ln) - inc(H) - inc(En), 2)) < 0.02 || Math.abs(R(inc(H) - inc(hs) - inc(hl), 2)) > 0.01 || Math.abs(R(inc(En) - sum(ent.map(inc)), 2)) > 0.01);
  const ln = (x, k) => [I(k, x.n), F(x.e, 2), F(inc(x), 2), F((x.e / x.s - 1) * 100, 1)];
  const rows = [ln(Ln, 0), ln(H, 1), ln(hs, 2), ln(hl, 2), ln(En, 1), ...ent.map(x => ln(x, 2))];
  const t = table(ws, { title: '金融机构本外币贷款（2025年末）', unit: '单位：亿元', head: [['项　目', '年末余额', '比年初增加', '比上年末增长（%）']], rows });
  return mk('存贷款', t.r0, 2, 'r', 2);
});
