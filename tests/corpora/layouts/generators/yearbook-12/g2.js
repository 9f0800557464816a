const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;

// i01 above-size industry: 总计 + several breakdowns (轻重, 规模, 登记注册类型) each summing to total
book('i01_工业_规上_多种分组.xlsx', wb => {
  const ws = wb.addWorksheet('6-2');
  const leaf = () => { const n = ri(5, 120); const l = Math.round(n * rf(.05, .25)); const rev = ri(50000, 2000000); const pr = Math.round(rev * rf(.02, .09)); return [n, l, rev, pr]; };
  const split = (T, k) => { const parts = []; let rest = T.slice(); for (let i = 0; i < k - 1; i++) { const p = rest.map(x => Math.floor(x * rf(.15, .45))); parts.push(p); rest = rest.map((x, j) => x - p[j]); } parts.push(rest); return parts; };
  const base = Array.from({ length: 6 }, leaf); const T = [0, 1, 2, 3].map(i => sum(base.map(b => b[i])));
  const fmt = (n, v) => [n, v[0], v[1], v[2], v[3], F(v[3] / v[2] * 100, 2)];
  const rows = [fmt('总　计', T), ['按轻重工业分', '', '', '', '', '']];
  const lh = split(T, 2); rows.push(fmt(I(1, '轻工业'), lh[0]), fmt(I(1, '重工业'), lh[1]));
  rows.push(['按企业规模分', '', '', '', '', '']); const sz = split(T, 4); ['大型企业', '中型企业', '小型企业', '微型企业'].forEach((n, i) => rows.push(fmt(I(1, n), sz[i])));
  rows.push(['按登记注册类型分', '', '', '', '', '']); const ty = split(T, 4); ['国有企业', '股份制企业', '外商及港澳台商投资企业', '其他'].forEach((n, i) => rows.push(fmt(I(1, n), ty[i])));
  const t = table(ws, { title: '6-2  规模以上工业企业主要经济指标', head: [['项　目', '企业单位数（个）', '亏损企业（个）', '营业收入（万元）', '利润总额（万元）', '营业收入利润率（%）']], rows });
  return mk('6-2', t.r0, 4, 'count');
});

// i02 industry by 行业大类 with codes, 增长 columns each (本年, 上年, 增长)
book('i02_工业_分行业大类_代码_增长.xlsx', wb => {
  const ws = wb.addWorksheet('分行业');
  const ind = [['06', '煤炭开采和洗选业'], ['13', '农副食品加工业'], ['15', '酒、饮料和精制茶制造业'], ['17', '纺织业'], ['26', '化学原料和化学制品制造业'], ['30', '非金属矿物制品业'], ['31', '黑色金属冶炼和压延加工业'], ['34', '通用设备制造业'], ['38', '电气机械和器材制造业'], ['44', '电力、热力生产和供应业']];
  const d = ind.map(([c, n]) => { const a = ri(20000, 900000), b = Math.round(a / rf(.85, 1.2)); return [c, n, a, b]; });
  const A = sum(d.map(x => x[2])), B = sum(d.map(x => x[3]));
  const ln = (c, n, a, b) => [c, n, a, b, F((a / b - 1) * 100, 1)];
  const rows = [ln('', '全部规模以上工业', A, B), ...d.map(x => ln(...x))];
  const t = table(ws, { title: '规模以上工业分行业营业收入', unit: '单位：万元', head: [['行业代码', '行　业', '2025年', '2024年', '比上年增长（%）']], rows, notes: ['注：比上年增长按可比口径计算。'] });
  return mk('分行业', t.r0, 3, 'count');
});

// i03 main products output, partial list, 其中 same unit; no total
book('i03_工业_主要产品产量_其中同单位.xlsx', wb => {
  const ws = wb.addWorksheet('主要产品');
  const L = (n, u, a, d = 0) => { const b = a / rf(.88, 1.15); return [n, u, F(a, d), F(b, d), F((R(a, d) / R(b, d) - 1) * 100, 1)]; };
  const e = rf(300000, 600000), e1 = e * .7, e2 = e * .18, e3 = e - e1 - e2; const eb = [e, e1, e2, e3].map(x => x / rf(.95, 1.05));
  const ebT = eb[1] + eb[2] + eb[3];
  const P = (n, a, b) => [n, '万千瓦时', F(a, 0), F(b, 0), F((R(a, 0) / R(b, 0) - 1) * 100, 1)];
  const rows = [L('原煤', '万吨', rf(200, 900), 1), L('水泥', '万吨', rf(300, 900), 1), L('商品混凝土', '万立方米', rf(80, 200), 1), L('钢材', '万吨', rf(100, 500), 1), P('发电量', e1 + e2 + e3, ebT), P(I(1, '其中：火力发电'), e1, eb[1]), P(I(1, '　　　水力发电'), e2, eb[2]), P(I(1, '　　　风力发电'), e3, eb[3]), L('饮料酒', '千升', rf(5000, 30000), 0), L('服装', '万件', rf(300, 2000), 1)];
  const t = table(ws, { title: '规模以上工业主要产品产量', head: [['产品名称', '计量单位', '2025年', '2024年', '增长（%）']], rows });
  return mk('主要产品', t.r0 + 4, 3, 'count');
});

// c01 construction by qualification grade with 其中 新开工 area, 万平方米 2 decimals
book('c01_建筑业_资质等级_施工面积.xlsx', wb => {
  const ws = wb.addWorksheet('建筑业');
  const g = ['特级', '一级', '二级', '三级', '其他'].map(n => { const e = ri(1, 40), p = ri(500, 20000), o = ri(20000, 900000); const a = rf(20, 300), nw = a * rf(.2, .5), c = a * rf(.2, .6); return [n, e, p, o, a, nw, c]; });
  const T = [1, 2, 3, 4, 5, 6].map(i => sum(g.map(x => x[i])));
  const f = (n, v) => [n, v[0], v[1], v[2], F(v[3], 2), F(v[4], 2), F(v[5], 2)];
  const rows = [f('合　计', T), ...g.map(x => f(I(1, x[0]), x.slice(1)))];
  const t = table(ws, { title: '按资质等级分建筑业企业主要指标', head: [['资质等级', '企业个数\n（个）', '从业人员\n（人）', '建筑业总产值\n（万元）', '房屋建筑施工面积\n（万平方米）', '#新开工面积\n（万平方米）', '房屋建筑竣工面积\n（万平方米）']], rows });
  return mk('建筑业', t.r0, 4, 'count');
});

// r01 real estate: investment by use, sales, with merged two-level header (本年/上年/增长) per indicator side by side
book('r01_房地产_开发投资_销售_分用途.xlsx', wb => {
  const ws = wb.addWorksheet('房地产');
  const uses = ['住宅', '办公楼', '商业营业用房', '其他'];
  const d = uses.map(n => { const inv = ri(5000, 400000), inv0 = Math.round(inv / rf(.7, 1.2)); const ar = rf(1, 80), ar0 = ar / rf(.6, 1.3); return [n, inv, inv0, ar, ar0]; });
  const S = i => sum(d.map(x => x[i]));
  const ln = (n, a, b, c, e) => [n, a, b, F((a / b - 1) * 100, 1), F(c, 2), F(e, 2), F((R(c, 2) / R(e, 2) - 1) * 100, 1)];
  const rows = [ln('总　计', S(1), S(2), S(3), S(4)), ...d.map(x => ln(I(1, x[0]), ...x.slice(1)))];
  const t = table(ws, { title: '房地产开发投资和商品房销售面积', head: [['按用途分', '开发投资（万元）', '', '', '商品房销售面积（万平方米）', '', ''], ['', '2025年', '2024年', '增长（%）', '2025年', '2024年', '增长（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7]], rows });
  return mk('房地产', t.r0, 2, 'count');
});

// t01 retail: two breakdowns (城乡, 消费形态) + 限额以上 partial 其中 list
book('t01_贸易_社零_两种分组_限上类值.xlsx', wb => {
  const ws = wb.addWorksheet('社零');
  const T = ri(800000, 1500000), T0 = Math.round(T / rf(1.02, 1.08));
  const sp = (a, f) => [Math.round(a * f), a - Math.round(a * f)];
  const [u, r] = sp(T, .72), [u0, r0] = sp(T0, .71); const [g, c] = sp(T, .88), [g0, c0] = sp(T0, .885);
  const ln = (n, a, b) => [n, a, F((a / b - 1) * 100, 1)];
  const L = ri(300000, 500000), L0 = Math.round(L / 1.05); const cats = ['粮油、食品类', '服装、鞋帽、针纺织品类', '日用品类', '家用电器和音像器材类', '石油及制品类', '汽车类'].map(n => { const a = Math.round(L * rf(.05, .15)); return [n, a, Math.round(a / rf(.9, 1.15))]; });
  const rows = [ln('社会消费品零售总额', T, T0), ['按经营地分', '', ''], ln(I(1, '城镇'), u, u0), ln(I(1, '乡村'), r, r0), ['按消费类型分', '', ''], ln(I(1, '商品零售'), g, g0), ln(I(1, '餐饮收入'), c, c0), ln('限额以上单位商品零售额', L, L0), ...cats.map(x => ln(I(1, '#' + x[0]), x[1], x[2]))];
  const t = table(ws, { title: '社会消费品零售总额', unit: '单位：万元', head: [['指　标', '2025年', '比上年增长（%）']], rows, notes: ['注：限额以上单位商品零售额仅列主要商品类别。'] });
  return mk('社零', t.r0, 2, 'count');
});

// t02 foreign trade monthly-less: by enterprise type, import/export/balance, 万美元 and growth
book('t02_外贸_企业性质_差额.xlsx', wb => {
  const ws = wb.addWorksheet('进出口');
  const d = ['国有企业', '外商投资企业', '民营企业', '其他'].map(n => { const e = ri(1000, 90000), i = ri(500, 60000); return [n, e, i, Math.round(e / rf(.8, 1.2)), Math.round(i / rf(.8, 1.2))]; });
  const S = k => sum(d.map(x => x[k]));
  const ln = (n, e, i, e0, i0) => [n, e + i, F(((e + i) / (e0 + i0) - 1) * 100, 1), e, F((e / e0 - 1) * 100, 1), i, F((i / i0 - 1) * 100, 1), e - i];
  const rows = [ln('总　值', S(1), S(2), S(3), S(4)), ...d.map(x => ln(I(1, x[0]), ...x.slice(1)))];
  const t = table(ws, { title: '按企业性质分进出口总值', unit: '单位：万美元', head: [['企业性质', '进出口', '', '出口', '', '进口', '', '贸易差额'], ['', '金额', '增长（%）', '金额', '增长（%）', '金额', '增长（%）', '']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5], [0, 6, 0, 7], [0, 8, 1, 8]], rows, notes: ['资料来源：海关。'] });
  return mk('进出口', t.r0, 2, 'count');
});

// f01 deposits & loans: 年末余额, 比年初增加, 比上年末增长; 亿元 2 decimals
book('f01_金融_存贷款_比年初增加.xlsx', wb => {
  const ws = wb.addWorksheet('存贷款');
  const L = n => { const s = rf(10, 300); const e = s * rf(.95, 1.18); return { n, s, e }; };
  const dep = ['住户存款', '非金融企业存款', '机关团体存款', '财政性存款', '非银行业金融机构存款'].map(L);
  const hs = L('短期贷款'), hl = L('中长期贷款'); const ent = ['短期贷款', '中长期贷款', '票据融资'].map(L);
  const agg = (n, a) => ({ n, s: sum(a.map(x => x.s)), e: sum(a.map(x => x.e)) });
  const D = agg('各项存款', dep), H = agg('住户贷款', [hs, hl]), En = agg('企（事）业单位贷款', ent), Ln = agg('各项贷款', [H, En]);
  const ln = (x, k) => { const e = R(x.e, 2), s = R(x.s, 2); return [I(k, x.n), F(x.e, 2), F(x.e - x.s, 2), F((x.e / x.s - 1) * 100, 1)]; };
  const rows = [ln(D, 0), ...dep.map(x => ln(x, 1)), ln(Ln, 0), ln(H, 1), ln(hs, 2), ln(hl, 2), ln(En, 1), ...ent.map(x => ln(x, 2))];
  const t = table(ws, { title: '金融机构本外币存贷款（2025年末）', unit: '单位：亿元', head: [['项　目', '年末余额', '比年初增加', '比上年末增长（%）']], rows });
  return mk('存贷款', t.r0, 2, 'r', 2);
});

// f02 budget revenue: 预算数, 决算数, 完成预算%, 上年决算数, 增长%
book('f02_财政_预算收入决算_完成预算.xlsx', wb => {
  const ws = wb.addWorksheet('收入决算');
  const tax = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'].map(n => [n, ri(100, 60000)]);
  const non = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'].map(n => [n, ri(500, 30000)]);
  const ext = ([n, v]) => [n, Math.round(v / rf(.9, 1.1)), v, Math.round(v / rf(.85, 1.15))];
  const tx = tax.map(ext), nt = non.map(ext);
  const A = (n, a) => [n, ...[1, 2, 3].map(i => sum(a.map(x => x[i])))];
  const TX = A('税收收入', tx), NT = A('非税收入', nt), T = A('一般公共预算收入', [TX, NT]);
  const ln = (x, k) => [I(k, x[0]), x[1], x[2], F(x[2] / x[1] * 100, 1), x[3], F((x[2] / x[3] - 1) * 100, 1)];
  const rows = [ln(T, 0), ln(TX, 1), ...tx.map(x => ln(x, 2)), ln(NT, 1), ...nt.map(x => ln(x, 2))];
  const t = table(ws, { title: '一般公共预算收入决算表', unit: '单位：万元', head: [['项　目', '预算数', '决算数', '决算数为预算数的%', '上年决算数', '决算数比上年增长（%）']], rows });
  return mk('收入决算', t.r0 + 1, 3, 'count');
});

// f03 expenditure by function, years as columns 2021-2025 with 合计 bottom
book('f03_财政_支出功能分类_年份列_合计在下.xlsx', wb => {
  const ws = wb.addWorksheet('支出');
  const fn = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '其他支出'];
  const ys = [2021, 2022, 2023, 2024, 2025]; const d = fn.map(n => [n, ...ys.map(() => ri(3000, 90000))]);
  const tot = ['支出合计', ...ys.map((_, i) => sum(d.map(x => x[i + 1])))];
  const t = table(ws, { title: '一般公共预算支出（按功能分类）', unit: '单位：万元', head: [['项　目', ...ys.map(String)]], rows: [...d, tot] });
  return mk('支出', t.r0 + d.length, 6, 'count');
});

// f04 insurance premiums & claims 财产险/人身险 with 其中 sub lines, 亿元 with rounding
book('f04_金融_保险保费赔付.xlsx', wb => {
  const ws = wb.addWorksheet('保险');
  const mkv = () => rf(0.5, 9);
  const pc = [mkv(), mkv(), mkv()], ps = [mkv(), mkv(), mkv()]; const cc = pc.map(x => x * rf(.3, .7)), cs = ps.map(x => x * rf(.1, .3));
  const ln = (n, a, b) => [n, F(a, 2), F(b, 2)];
  const rows = [ln('合　计', sum(pc) + sum(ps), sum(cc) + sum(cs)), ln('财产险', sum(pc), sum(cc)), ...['机动车辆保险', '企业财产保险', '农业保险'].map((n, i) => ln(I(1, n), pc[i], cc[i])), ln('人身险', sum(ps), sum(cs)), ...['寿险', '健康险', '意外伤害险'].map((n, i) => ln(I(1, n), ps[i], cs[i]))];
  const t = table(ws, { title: '保险业务情况', unit: '单位：亿元', head: [['险　种', '保费收入', '赔付支出']], rows });
  return mk('保险', t.r0 + 1, 2, 'r', 2);
});
