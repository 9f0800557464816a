const { rng, rd, sum, gr, table } = require('./lib');
const T = []; const S = '　';

// 11. 金融机构本外币存贷款
T.push(() => {
  const R = rng(21);
  const dep = [['住户存款', 5200], ['非金融企业存款', 2100], ['机关团体存款', 900], ['财政性存款', 160], ['非银行业金融机构存款', 75], ['境外存款', 12]];
  const mk = ([n, v]) => { const bal = v * (0.95 + R() * 0.1); const inc = n === '财政性存款' || n === '境外存款' ? -bal * (0.02 + R() * 0.06) : bal * (0.03 + R() * 0.1); const prevY = bal - inc * (1.1 + R() * 0.3); return { n, bal, inc, prevY }; };
  const D = dep.map(mk);
  const hhS = { n: '住户贷款', kids: [{ n: '短期贷款', bal: 900 + R() * 100 }, { n: '中长期贷款', bal: 2400 + R() * 200 }] };
  const L = [...hhS.kids, { n: '企（事）业单位贷款', bal: 4100 }, { n: '非银行业金融机构贷款', bal: 8.5 }, { n: '境外贷款', bal: 3.2 }].map(x => { const inc = x.n.includes('境外') ? -0.7 : x.bal * (0.04 + R() * 0.08); return { ...x, inc, prevY: x.bal - inc * (1.15 + R() * 0.2) }; });
  const agg = (arr, n) => ({ n, bal: sum(arr.map(x => x.bal)), inc: sum(arr.map(x => x.inc)), prevY: sum(arr.map(x => x.prevY)) });
  const line = (x, n) => [n, rd(x.bal, 2), rd(x.inc, 2), rd(gr(x.bal, x.prevY), 1)];
  const td = agg(D, '各项存款'), tl = agg(L, '各项贷款'), hh = agg(L.slice(0, 2), '住户贷款');
  const body = [line(td, '各项存款余额'), ...D.map(x => line(x, S + x.n)), line(tl, '各项贷款余额'), line(hh, S + '住户贷款'), line(L[0], S + S + '短期贷款'), line(L[1], S + S + '中长期贷款'), ...L.slice(2).map(x => line(x, S + x.n)), ['存贷比（%）', rd(tl.bal / td.bal * 100, 2), null, null]];
  const t = table({ title: '金融机构本外币存贷款情况（2023年末）', unit: '单位：亿元', head: [['项　目', '年末余额', '比年初增加', '比上年末增长（%）']], body, fmts: { 1: '#,##0.00', 2: '#,##0.00;-#,##0.00' }, notes: ['注：比年初增加为负数表示比年初减少。'] });
  return { file: 'fin_deposits_loans.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 1, what: '非金融企业存款 余额 +7%' } };
});

// 12. 存贷款 by 金融机构类型, 存贷比
T.push(() => {
  const R = rng(22);
  const inst = ['国家开发银行和政策性银行', '国有大型商业银行', '股份制商业银行', '城市商业银行', '农村商业银行', '村镇银行', '外资银行', '财务公司'];
  const d = inst.map(n => { const dp = 50 + R() * 3000; const ln = dp * (0.5 + R() * 0.8); return { n, dp, ln }; });
  const tot = { n: '合　计', dp: sum(d.map(x => x.dp)), ln: sum(d.map(x => x.ln)) };
  const line = x => [x.n, rd(x.dp, 2), rd(x.ln, 2), rd(x.ln / x.dp * 100, 2)];
  const t = table({ title: '分机构类型本外币存贷款余额', unit: '单位：亿元、%', head: [['机构类型', '各项存款余额', '各项贷款余额', '存贷比']], body: [line(tot), ...d.map(line)] });
  return { file: 'fin_by_institution.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 4, c: 2, what: '城市商业银行 贷款 +7% (sum & 存贷比)' } };
});

// 13. 保险保费收入/赔付 by 险种
T.push(() => {
  const R = rng(23);
  const p = { car: 95 + R() * 10, oth: 40 + R() * 10, life: 220 + R() * 20, health: 80 + R() * 10, acc: 6 + R() };
  const c = { car: p.car * 0.6, oth: p.oth * 0.45, life: p.life * 0.18, health: p.health * 0.35, acc: p.acc * 0.3 };
  const P = (k) => [rd(k(p), 2), rd(k(c), 2)];
  const body = [['合　计', ...P(x => x.car + x.oth + x.life + x.health + x.acc)], ['财产险', ...P(x => x.car + x.oth)], [S + '其中：机动车辆保险', ...P(x => x.car)], ['人身险', ...P(x => x.life + x.health + x.acc)], [S + '寿险', ...P(x => x.life)], [S + '健康险', ...P(x => x.health)], [S + '意外伤害险', ...P(x => x.acc)]];
  const t = table({ title: '保险业务情况', unit: '单位：亿元', head: [['险　种', '原保险保费收入', '赔款和给付支出']], body });
  return { file: 'fin_insurance.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 1, what: '健康险 保费 +7%' } };
});

// 14. 参保人数 by 险种 (overlapping), with 在职/离退休 split
T.push(() => {
  const R = rng(24);
  const mk = (v) => { const c = v * (0.98 + R() * 0.04); const p = c / (1 + R() * 0.05); return [c, p]; };
  const zz = mk(180), lt = mk(62);
  const rows = [['城镇职工基本养老保险', [zz[0] + lt[0], zz[1] + lt[1]]], [S + '在职职工', zz], [S + '离退休人员', lt], ['城乡居民基本养老保险', mk(310)], ['职工基本医疗保险', mk(230)], ['城乡居民基本医疗保险', mk(560)], ['失业保险', mk(140)], ['工伤保险', mk(165)], ['生育保险', mk(150)]];
  const body = rows.map(([n, [c, p]]) => [n, rd(c, 2), rd(p, 2), rd(gr(c, p), 1)]);
  const t = table({ title: '社会保险参保情况', unit: '单位：万人', head: [['项　目', '2023年末', '2022年末', '增长（%）']], body, notes: ['注：同一人员可同时参加多项保险。'] });
  return { file: 'ss_insured.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 1, c: 1, what: '在职职工 2023 +7%' } };
});

// 15. 社保基金收支 结余 = 上年结余 + 收入 - 支出
T.push(() => {
  const R = rng(25);
  const kinds = ['城镇职工基本养老保险', '城乡居民基本养老保险', '职工基本医疗保险（含生育保险）', '城乡居民基本医疗保险', '失业保险', '工伤保险'];
  const d = kinds.map(n => { const inc = 10 + R() * 400; const exp = inc * (0.85 + R() * 0.25); const prev = inc * (0.5 + R() * 1.2); return { n, prev: rd(prev, 2), inc: rd(inc, 2), exp: rd(exp, 2) }; });
  const line = x => [x.n, x.prev, x.inc, x.exp, rd(x.inc - x.exp, 2), rd(x.prev + x.inc - x.exp, 2)];
  const tot = { n: '合　计', prev: rd(sum(d.map(x => x.prev)), 2), inc: rd(sum(d.map(x => x.inc)), 2), exp: rd(sum(d.map(x => x.exp)), 2) };
  const t = table({ title: '社会保险基金收支情况', unit: '单位：亿元', head: [['险　种', '上年末累计结余', '基金收入', '基金支出', '本年收支结余', '年末累计结余']], body: [line(tot), ...d.map(line)], fmts: { 4: '#,##0.00;[Red]-#,##0.00' } });
  return { file: 'ss_fund.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 3, what: '职工医保 基金支出 +7% (sum, 结余)' } };
});

// 16. 低保 by 区县, 月人均补助 = 支出/人数/12
T.push(() => {
  const R = rng(26);
  const regs = ['城区', '郊区', '北山县', '南湖县', '东坪县', '西坡县', '中和县'];
  const d = regs.map(n => { const h = 500 + Math.floor(R() * 4000); const p = Math.floor(h * (1.4 + R() * 0.5)); const lvl = 500 + R() * 200; const exp = p * lvl * 12 / 10000; return { n, h, p, exp }; });
  const tot = { n: '全　市', h: sum(d.map(x => x.h)), p: sum(d.map(x => x.p)), exp: sum(d.map(x => x.exp)) };
  const line = x => [x.n, x.h, x.p, rd(x.exp, 1), rd(x.exp * 10000 / x.p / 12, 0)];
  const t = table({ title: '城乡最低生活保障情况', unit: '', head: [['地　区', '保障户数（户）', '保障人数（人）', '全年支出（万元）', '月人均补助水平（元）']], body: [line(tot), ...d.map(line)] });
  return { file: 'ss_dibao.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 2, what: '南湖县 保障人数 +7%' } };
});

// 17. 一般公共预算收入构成
T.push(() => {
  const R = rng(27);
  const tax = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
  const w = [35, 12, 4, 3, 6, 4, 2, 3, 8, 1.2, 2, 9, 0.6, 0.2];
  const nt = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const w2 = [12, 6, 5, 18, 3];
  const mk = (n, v) => { const c = v * (0.9 + R() * 0.2) * 2; const p = c / (0.85 + R() * 0.3); return { n, c, p }; };
  const TX = tax.map((n, i) => mk(n, w[i])), NT = nt.map((n, i) => mk(n, w2[i]));
  const agg = a => ({ c: sum(a.map(x => x.c)), p: sum(a.map(x => x.p)) });
  const ttx = agg(TX), tnt = agg(NT), tot = agg([...TX, ...NT]);
  const line = (n, x) => [n, rd(x.c, 2), rd(x.p, 2), rd(gr(x.c, x.p), 1), rd(x.c / tot.c * 100, 1)];
  const body = [line('一般公共预算收入', tot), line(S + '税收收入', ttx), ...TX.map(x => line(S + S + x.n, x)), line(S + '非税收入', tnt), ...NT.map(x => line(S + S + x.n, x))];
  const t = table({ title: '一般公共预算收入', unit: '单位：亿元、%', head: [['项　目', '2023年', '2022年', '增长', '占一般公共预算收入比重']], body });
  return { file: 'fiscal_revenue_comp.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 1, what: '企业所得税 2023 +7%' } };
});

// 18. 区县一般公共预算收支, 其中税收, 税收占比
T.push(() => {
  const R = rng(28);
  const regs = ['市本级', '海城区', '银海区', '铁山港区', '合浦县'];
  const d = regs.map(n => { const rv = 10 + R() * 60; const tx = rv * (0.55 + R() * 0.25); const ex = rv * (1.3 + R() * 1.5); return { n, rv, tx, ex }; });
  const tot = { n: '全　市', rv: sum(d.map(x => x.rv)), tx: sum(d.map(x => x.tx)), ex: sum(d.map(x => x.ex)) };
  const line = x => [x.n, rd(x.rv, 2), rd(x.tx, 2), rd(x.tx / x.rv * 100, 1), rd(x.ex, 2), rd(x.rv - x.ex, 2)];
  const t = table({ title: '各县（区）一般公共预算收支', unit: '单位：亿元', head: [['地　区', '一般公共预算收入', '其中：税收收入', '税收占比（%）', '一般公共预算支出', '收支差额']], body: [line(tot), ...d.map(line)], fmts: { 5: '0.00;[Red]-0.00' } });
  return { file: 'fiscal_by_county.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 2, what: '海城区 税收 +7% (sum, 占比)' } };
});

// 19. 一般公共预算支出 by 功能: 预算数/决算数/完成预算%
T.push(() => {
  const R = rng(29);
  const items = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出', '债务付息支出', '其他支出'];
  const d = items.map(n => { const b = 2 + R() * 40; const a = b * (0.85 + R() * 0.3); return { n, b, a }; });
  const tot = { n: '一般公共预算支出合计', b: sum(d.map(x => x.b)), a: sum(d.map(x => x.a)) };
  const line = x => [x.n, rd(x.b, 2), rd(x.a, 2), rd(x.a / x.b * 100, 1), rd(x.a / tot.a * 100, 1)];
  const t = table({ title: '2023年一般公共预算支出决算表', unit: '单位：亿元', head: [['项　目', '调整预算数', '决算数', '决算数为调整预算数的%', '占总支出比重（%）']], body: [line(tot), ...d.map(line)] });
  return { file: 'fiscal_exp_function.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 2, what: '教育支出 决算数 +7%' } };
});

// 20. 存贷款 years as columns
T.push(() => {
  const R = rng(30);
  const yrs = [2019, 2020, 2021, 2022, 2023];
  let hh = 3000, en = 1500, ln = 3200; const rows = { a: [], h: [], e: [], o: [], l: [], r: [] };
  for (const y of yrs) { hh *= 1.08 + R() * 0.05; en *= 1.03 + R() * 0.06; ln *= 1.07 + R() * 0.06; const o = 600 + R() * 80; const tot = hh + en + o; rows.a.push(rd(tot, 1)); rows.h.push(rd(hh, 1)); rows.e.push(rd(en, 1)); rows.o.push(rd(o, 1)); rows.l.push(rd(ln, 1)); rows.r.push(rd(ln / tot * 100, 1)); }
  const body = [['各项存款余额', ...rows.a], [S + '住户存款', ...rows.h], [S + '非金融企业存款', ...rows.e], [S + '其他存款', ...rows.o], ['各项贷款余额', ...rows.l], ['存贷比（%）', ...rows.r]];
  const t = table({ title: '历年金融机构存贷款余额', unit: '单位：亿元', head: [['指　标', ...yrs.map(y => y + '年')]], body });
  return { file: 'fin_years_columns.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 4, what: '2022 非金融企业存款 +7%' } };
});
module.exports = T;
