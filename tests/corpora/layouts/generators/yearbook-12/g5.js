const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// y01 months as columns with 全年 at right (tourist arrivals by scenic spot)
book('y01_月份列_全年在右_景区.xlsx', wb => {
  const ws = wb.addWorksheet('景区接待');
  const sp = ['龙山景区', '白云湖', '古城墙', '温泉度假区', '森林公园'].map(n => [n, ...Array.from({ length: 12 }, () => ri(3000, 60000))]);
  const ln = x => [...x, sum(x.slice(1))];
  const T = ['合计', ...Array.from({ length: 12 }, (_, i) => sum(sp.map(x => x[i + 1])))];
  const t = table(ws, { title: 'A级景区分月接待游客人次', unit: '单位：人次', head: [['景区', ...Array.from({ length: 12 }, (_, i) => (i + 1) + '月'), '全年']], rows: [...sp.map(ln), ln(T)] });
  return mk('景区接待', t.r0 + 5, 14, 'count');
});

// y02 teachers by education with cumulative 本科及以上 column and share
book('y02_教师学历_及以上累计列.xlsx', wb => {
  const ws = wb.addWorksheet('教师学历');
  const d = ['普通高中', '初中', '小学', '幼儿园'].map(n => { const g = ri(5, 120), b = ri(200, 1500), z = ri(50, 900), h = ri(0, 200); return [n, g + b + z + h, g, b, z, h, g + b, F((g + b) / (g + b + z + h) * 100, 1)]; });
  const T = ['合计', ...[1, 2, 3, 4, 5, 6].map(i => sum(d.map(x => x[i])))]; T.push(F(T[6] / T[1] * 100, 1));
  const t = table(ws, { title: '专任教师学历情况', head: [['学段', '专任教师（人）', '研究生', '本科', '专科', '高中及以下', '本科及以上', '本科及以上比例（%）']], rows: [T, ...d] });
  return mk('教师学历', t.r0, 2, 'count');
});

// y03 infectious diseases per 100k
book('y03_卫生_传染病_每十万.xlsx', wb => {
  const ws = wb.addWorksheet('传染病');
  const pop = ri(480000, 620000);
  const d = ['病毒性肝炎', '肺结核', '梅毒', '淋病', '细菌性和阿米巴性痢疾', '猩红热'].map(n => { const c = ri(5, 600), x = ri(0, 3); return [n, c, x]; });
  const T = ['甲乙类合计', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const ln = x => [...x, F(x[1] / pop * 1e5, 2), F(x[2] / pop * 1e5, 2)];
  const t = table(ws, { title: '甲乙类法定报告传染病发病和死亡情况', head: [['病　名', '发病数（例）', '死亡数（人）', '发病率（1/10万）', '死亡率（1/10万）']], rows: [ln(T), ...d.map(ln)], notes: ['注：发病率、死亡率按年平均常住人口 ' + pop + ' 人计算。'] });
  return mk('传染病', t.r0, 2, 'count');
});

// y04 deposits 本外币 (亿元) = 人民币 (亿元) + 外币 converted; 外币 shown in 万美元
book('y04_金融_本外币_外币万美元列.xlsx', wb => {
  const ws = wb.addWorksheet('存款');
  const bk = ['工商银行', '农业银行', '中国银行', '建设银行', '农村商业银行', '邮储银行'];
  const rate = 7.1;
  const d = bk.map(n => { const rmb = rf(20, 200), fx = rf(100, 3000); return [n, rmb + fx * rate / 1e4, rmb, fx]; });
  const T = ['合　计', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const f = x => [x[0], F(x[1], 2), F(x[2], 2), F(x[3], 0)];
  const t = table(ws, { title: '各银行业金融机构存款余额（2025年末）', head: [['机　构', '本外币存款（亿元）', '人民币存款（亿元）', '外币存款（万美元）']], rows: [f(T), ...d.map(f)], notes: ['注：外币按年末汇率折算计入本外币。'] });
  return mk('存款', t.r0, 2, 'r', 2);
});

// y05 户籍 vs 常住 with 净流出 = 户籍 - 常住 (negative for inflow)
book('y05_户籍常住_净流出差额.xlsx', wb => {
  const ws = wb.addWorksheet('人口流动');
  const d = TOWNS.map(n => { const h = ri(15000, 80000); const c = Math.round(h * (n.includes('街道') ? rf(1.05, 1.4) : rf(.7, .95))); return [n, h, c, h - c]; });
  const T = ['全　县', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const t = table(ws, { title: '各乡镇（街道）户籍人口与常住人口', unit: '单位：人', head: [['乡镇（街道）', '户籍人口', '常住人口', '人口净流出（“-”为净流入）']], rows: [T, ...d] });
  return mk('人口流动', t.r0, 3, 'count');
});

// y06 export goods quantity/value pairs, quantity units vary, aggregate rows have no quantity
book('y06_外贸_商品数量金额对_其中.xlsx', wb => {
  const ws = wb.addWorksheet('出口商品');
  const ph = [rf(50, 300), rf(5000, 40000)], pc = [rf(10, 90), rf(3000, 20000)], cl = [rf(100, 900), rf(2000, 9000)], sh = [rf(20, 300), rf(1000, 6000)];
  const mech = ph[1] + pc[1] + rf(5000, 20000); const lab = cl[1] + sh[1] + rf(1000, 5000); const tot = mech + lab + rf(5000, 20000);
  const g = x => x / rf(.85, 1.2);
  const ln = (n, u, q, v) => { const v0 = g(v); return [n, u, q == null ? '' : F(q, 1), F(v, 0), F((R(v, 0) / R(v0, 0) - 1) * 100, 1)]; };
  const rows = [ln('出口总值', '', null, tot), ln('机电产品', '', null, mech), ln(I(1, '其中：手机'), '万台', ph[0], ph[1]), ln(I(1, '　　　笔记本电脑'), '万台', pc[0], pc[1]), ln('劳动密集型产品', '', null, lab), ln(I(1, '其中：服装及衣着附件'), '万件', cl[0], cl[1]), ln(I(1, '　　　鞋靴'), '万双', sh[0], sh[1])];
  const t = table(ws, { title: '主要出口商品数量和金额', head: [['商品名称', '计量单位', '数量', '金额（万美元）', '金额比上年增长（%）']], rows });
  return mk('出口商品', t.r0 + 1, 4, 'count');
});

// y07 cinema: 场次, 观众(万人次), 票房(万元), 平均票价(元)
book('y07_电影_平均票价_单位换算.xlsx', wb => {
  const ws = wb.addWorksheet('电影');
  const d = ['万达影城', '星美国际影城', '县影剧院', '红星影城'].map(n => { const s = ri(3000, 20000), a = rf(5, 60), p = a * rf(30, 45); return [n, s, a, p]; });
  const T = ['合计', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const f = x => [x[0], x[1], F(x[2], 2), F(x[3], 1), F(R(x[3], 1) / R(x[2], 2), 1)];
  const t = table(ws, { title: '城市影院经营情况', head: [['影　院', '放映场次（场）', '观影人次（万人次）', '票房收入（万元）', '平均票价（元）']], rows: [f(T), ...d.map(f)] });
  return mk('电影', t.r0, 2, 'count');
});

// y08 quarters as columns (flow) with 全年; rows are indicators with different units
book('y08_季度列_全年_指标行.xlsx', wb => {
  const ws = wb.addWorksheet('分季度');
  const it = [['规模以上工业增加值', '万元', 0], ['社会消费品零售总额', '万元', 0], ['城镇新增就业', '人', 0], ['用电量', '万千瓦时', 1]].map(([n, u, d]) => { const q = [0, 1, 2, 3].map(() => d ? rf(1000, 9000) : ri(10000, 900000)); return [n, u, ...q.map(x => F(x, d)), F(d ? sum(q.map(x => R(x, d))) : sum(q), d)]; });
  const t = table(ws, { title: '主要指标分季度情况', head: [['指　标', '单位', '一季度', '二季度', '三季度', '四季度', '全年']], rows: it });
  return mk('分季度', t.r0 + 1, 7, 'count');
});

// y09 fiscal 收入总计 = 一般公共预算收入 + 转移性收入 (with children), 收支 in one column
book('y09_财政_收入总计_转移性收入.xlsx', wb => {
  const ws = wb.addWorksheet('收入总计');
  const gp = ri(200000, 500000); const tr = ['返还性收入', '一般性转移支付收入', '专项转移支付收入'].map(n => [n, ri(20000, 600000)]); const db = ri(50000, 200000), tiao = ri(5000, 50000), last = ri(1000, 30000);
  const TR = sum(tr.map(x => x[1]));
  const rows = [['收入总计', gp + TR + db + tiao + last], [I(1, '一般公共预算收入'), gp], [I(1, '转移性收入'), TR], ...tr.map(x => [I(2, x[0]), x[1]]), [I(1, '债务转贷收入'), db], [I(1, '调入资金'), tiao], [I(1, '上年结转'), last]];
  const t = table(ws, { title: '一般公共预算收入总计', unit: '单位：万元', head: [['项　目', '决算数']], rows });
  return mk('收入总计', t.r0, 2, 'count');
});

// y10 budget units by group with 一、二、 header rows, 小计 at each group's bottom, 合计 at table bottom
book('y10_序号分组_小计在下_合计在下.xlsx', wb => {
  const ws = wb.addWorksheet('部门支出');
  const gs = [['一、县直部门', ['县教育局', '县卫健委', '县农业农村局', '县交通运输局']], ['二、乡镇（街道）', ['城关街道', '河口镇', '白沙镇']]];
  const rows = []; const subs = [];
  gs.forEach(([g, m], gi) => { rows.push([g, '', '', '']); const mm = m.map((n, i) => { const b = ri(800, 90000), p = ri(100, 30000); return [I(1, n), b + p, b, p]; }); rows.push(...mm); const s = ['小计', ...[1, 2, 3].map(i => sum(mm.map(x => x[i])))]; subs.push(s); rows.push(s); });
  rows.push(['合　计', ...[1, 2, 3].map(i => sum(subs.map(x => x[i])))]);
  const t = table(ws, { title: '部门支出决算汇总', unit: '单位：万元', head: [['单　位', '支出合计', '基本支出', '项目支出']], rows });
  return mk('部门支出', t.r0 + rows.length - 1, 2, 'count');
});

// y11 hotels by star: rooms, beds, occupancy %
book('y11_旅游_星级饭店_出租率.xlsx', wb => {
  const ws = wb.addWorksheet('星级饭店');
  const d = ['五星级', '四星级', '三星级', '二星级及以下'].map(n => { const h = ri(1, 8), r = h * ri(80, 250); const ro = Math.round(r * 365 * rf(.4, .75)); return [n, h, r, r * 2 - ri(0, 50), ro]; });
  const T = ['合　计', ...[1, 2, 3, 4].map(i => sum(d.map(x => x[i])))];
  const ln = x => [x[0], x[1], x[2], x[3], F(x[4] / (x[2] * 365) * 100, 1)];
  const t = table(ws, { title: '星级饭店基本情况', head: [['星　级', '饭店数（家）', '客房数（间）', '床位数（张）', '平均客房出租率（%）']], rows: [ln(T), ...d.map(ln)] });
  return mk('星级饭店', t.r0, 3, 'count');
});

// y12 population census comparison by township: 2020 | 2010 | 增减 | 年均增长率 (compound, 10 years)
book('y12_普查_年均增长率_复利.xlsx', wb => {
  const ws = wb.addWorksheet('人口变化');
  const d = TOWNS.map(n => { const a = ri(15000, 70000), b = Math.round(a * rf(.75, 1.3)); return [n, b, a]; });
  const T = ['全　县', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const ln = x => [x[0], x[1], x[2], x[1] - x[2], F((Math.pow(x[1] / x[2], 1 / 10) - 1) * 100, 2)];
  const t = table(ws, { title: '第七次人口普查与第六次人口普查常住人口比较', head: [['乡镇（街道）', '2020年（人）', '2010年（人）', '增减（人）', '年平均增长率（%）']], rows: [ln(T), ...d.map(ln)] });
  return mk('人口变化', t.r0, 2, 'count');
});
