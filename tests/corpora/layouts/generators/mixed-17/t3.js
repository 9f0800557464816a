const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });

// fiscal budget vs actual, 万元 integers
book('f01_财政_一般公共预算收入决算.xlsx', wb => {
  const ws = wb.addWorksheet('收入决算');
  const tx = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税'];
  const nt = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const mkI = n => { const a = ri(500, 90000); return { n, b: Math.round(a / rf(0.9, 1.1)), adj: Math.round(a / rf(0.93, 1.05)), a, ly: Math.round(a / rf(0.9, 1.12)) }; };
  const T = tx.map(mkI), N = nt.map(mkI);
  const ag = (n, xs) => ({ n, b: sum(xs.map(x => x.b)), adj: sum(xs.map(x => x.adj)), a: sum(xs.map(x => x.a)), ly: sum(xs.map(x => x.ly)) });
  const tt = ag('税收收入', T), nn = ag('非税收入', N), all = ag('一般公共预算收入合计', [...T, ...N]);
  const L = (p, o) => [p + o.n, o.b, o.adj, o.a, pct(o.a, o.adj), gr(o.a, o.ly)];
  const rows = [L('', all), L('一、', tt), ...T.map(o => L('　　', o)), L('二、', nn), ...N.map(o => L('　　', o))];
  const t = table(ws, { title: '2025年一般公共预算收入决算表', unit: '单位：万元', head: [['项　目', '年初预算数', '调整预算数', '决算数', '决算数为调整预算数的%', '决算数比上年增长%']], rows });
  return mk('收入决算', t.r0 + 1, 4, 'pct', 0);
});

// fiscal balance side by side
book('f02_财政_收支决算总表.xlsx', wb => {
  const ws = wb.addWorksheet('收支决算总表');
  const inc = [['一般公共预算收入', ri(300000, 500000)], ['上级补助收入', ri(200000, 400000)], ['　返还性收入', 0], ['　一般性转移支付收入', 0], ['　专项转移支付收入', 0], ['债务转贷收入', ri(20000, 90000)], ['上年结余收入', ri(5000, 20000)], ['调入资金', ri(10000, 60000)], ['动用预算稳定调节基金', ri(0, 20000)]];
  const sb = [ri(10000, 30000), ri(100000, 200000)]; sb.push(inc[1][1] - sb[0] - sb[1]); inc[2][1] = sb[0]; inc[3][1] = sb[1]; inc[4][1] = sb[2];
  const TI = sum(inc.filter(x => !x[0].startsWith('　')).map(x => x[1]));
  const exp = [['一般公共预算支出', 0], ['上解上级支出', ri(5000, 20000)], ['债务还本支出', ri(10000, 50000)], ['安排预算稳定调节基金', ri(1000, 10000)], ['年终结余', ri(2000, 15000)], ['　结转下年支出', 0], ['　净结余', ri(0, 500)]];
  exp[5][1] = exp[4][1] - exp[6][1]; exp[0][1] = TI - exp[1][1] - exp[2][1] - exp[3][1] - exp[4][1];
  const rows = []; for (let i = 0; i < 9; i++) rows.push([inc[i][0], inc[i][1], null, exp[i] ? exp[i][0] : null, exp[i] ? exp[i][1] : null]);
  rows.push(['收入总计', TI, null, '支出总计', TI]);
  const t = table(ws, { title: '2025年一般公共预算收支决算总表', unit: '单位：万元', head: [['收　入', '', '', '支　出', ''], ['项目', '决算数', '', '项目', '决算数']], merges: [[0, 1, 0, 2], [0, 4, 0, 5]], rows });
  return mk('收支决算总表', t.r0 + 9, 2, 'count');
});

// fiscal function class with numbered hierarchy
book('f03_财政_支出功能分类.xlsx', wb => {
  const ws = wb.addWorksheet('支出');
  const cats = [['一般公共服务支出', ['人大事务', '政协事务', '政府办公厅（室）及相关机构事务', '发展与改革事务', '统计信息事务']], ['教育支出', ['教育管理事务', '普通教育', '职业教育', '教师进修及干部继续教育']], ['社会保障和就业支出', ['人力资源和社会保障管理事务', '民政管理事务', '行政事业单位养老支出', '就业补助', '抚恤']], ['卫生健康支出', ['卫生健康管理事务', '公立医院', '基层医疗卫生机构', '公共卫生']]];
  const cn = ['（一）', '（二）', '（三）', '（四）', '（五）'], big = ['一、', '二、', '三、', '四、'];
  const rows = []; let T = [0, 0];
  const blocks = cats.map(([c, ks]) => { const v = ks.map(() => { const b = ri(500, 30000); return [b, Math.round(b * rf(0.85, 1.05))]; }); return [c, ks, v]; });
  T = [0, 1].map(j => sum(blocks.map(b => sum(b[2].map(x => x[j])))));
  rows.push(['支出合计', T[0], T[1], pct(T[1], T[0])]);
  blocks.forEach(([c, ks, v], i) => { const s = [0, 1].map(j => sum(v.map(x => x[j]))); rows.push([big[i] + c, s[0], s[1], pct(s[1], s[0])]); ks.forEach((k, m) => rows.push([cn[m] + k, v[m][0], v[m][1], pct(v[m][1], v[m][0])])); });
  const t = table(ws, { title: '2025年一般公共预算支出执行情况（按功能分类）', unit: '单位：万元', head: [['科目名称', '预算数', '执行数', '完成预算%']], rows });
  return mk('支出', t.r0 + 7, 3, 'count');
});

// deposits/loans with 比年初增减 (亿元 2 dec, independently rounded)
book('m01_金融_存贷款比年初增减.xlsx', wb => {
  const ws = wb.addWorksheet('存贷款');
  const lv = () => { const e = rf(100, 3000); const b = e - rf(-50, 300); const ly = e / rf(1.02, 1.15); return { e, b, ly }; };
  const dep = { 住户存款: lv(), 非金融企业存款: lv(), 机关团体存款: lv(), 财政性存款: lv(), 非银行业金融机构存款: lv() };
  const loan = { 住户贷款: lv(), '企（事）业单位贷款': lv(), 非银行业金融机构贷款: lv() };
  const hs = { 短期贷款: null, 中长期贷款: null };
  const ag = o => ['e', 'b', 'ly'].reduce((a, f) => (a[f] = sum(Object.values(o).map(q => q[f])), a), {});
  const L = (n, q) => [n, F(q.e, 2), F(q.b, 2), F(q.e - q.b, 2), gr(q.e, q.ly)];
  const s1 = loan.住户贷款.e * rf(0.2, 0.4), s1b = loan.住户贷款.b * rf(0.2, 0.4);
  const rows = [L('各项存款余额', ag(dep)), ...Object.entries(dep).map(([k, q]) => L('　' + k, q)), L('各项贷款余额', ag(loan)), ...Object.entries(loan).map(([k, q]) => L('　' + k, q))];
  const t = table(ws, { title: '2025年末金融机构本外币存贷款', unit: '单位：亿元', head: [['项目', '年末余额', '年初余额', '比年初增减', '比上年末增长（%）']], rows });
  return mk('存贷款', t.r0, 2, 'pct', 2);
});

// banks by institution with 其中 under 合计, 存贷比
book('m02_金融_分机构存贷款.xlsx', wb => {
  const ws = wb.addWorksheet('分机构');
  const ins = ['政策性银行', '国有大型商业银行', '股份制商业银行', '城市商业银行', '农村商业银行', '村镇银行', '外资银行'];
  const v = ins.map(n => [n, ri(5000, 900000), ri(5000, 800000)]);
  const D = sum(v.map(x => x[1])), Lo = sum(v.map(x => x[2]));
  const L = (n, d, l) => [n, d, l, pct(l, d, 2)];
  const big = v[1], rur = v[4];
  const rows = [L('全市合计', D, Lo), L('　其中：国有大型商业银行', big[1], big[2]), L('　　　　农村商业银行', rur[1], rur[2]), ...v.map(x => L('　' + x[0], x[1], x[2]))];
  const t = table(ws, { title: '分机构人民币存贷款余额', unit: '单位：万元', head: [['机构类别', '各项存款', '各项贷款', '存贷比（%）']], rows });
  return mk('分机构', t.r0, 3, 'count');
});

// insurance
book('m03_金融_保险业务.xlsx', wb => {
  const ws = wb.addWorksheet('保险');
  const car = ri(200000, 400000), oth = ri(50000, 150000), life = ri(400000, 900000), hl = ri(100000, 300000), acc = ri(10000, 40000);
  const cc = Math.round(car * rf(0.5, 0.7)), oc = Math.round(oth * rf(0.3, 0.6)), lc = Math.round(life * rf(0.1, 0.3)), hc = Math.round(hl * rf(0.3, 0.5)), ac = Math.round(acc * rf(0.2, 0.4));
  const L = (n, a, b) => [n, a, b, pct(b, a)];
  const rows = [L('合计', car + oth + life + hl + acc, cc + oc + lc + hc + ac), L('一、财产险', car + oth, cc + oc), L('　其中：机动车辆险', car, cc), L('二、人身险', life + hl + acc, lc + hc + ac), L('　寿险', life, lc), L('　健康险', hl, hc), L('　意外伤害险', acc, ac)];
  const t = table(ws, { title: '2025年保险业务情况', unit: '单位：万元', head: [['险种', '原保险保费收入', '赔付支出', '赔付率（%）']], rows });
  return mk('保险', t.r0 + 3, 2, 'count');
});
