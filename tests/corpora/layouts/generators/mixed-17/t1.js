const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });

// 1 census single years 0-100+
book('c01_普查_分年龄性别人口.xlsx', wb => {
  const ws = wb.addWorksheet('表3-1');
  const rows = []; let M = 0, W = 0; const body = [];
  for (let a = 0; a <= 100; a++) {
    const base = a < 60 ? ri(9000, 14000) : Math.max(30, Math.round(14000 * Math.exp(-(a - 60) / 9)));
    const m = Math.round(base * rf(0.48, 0.53)), w = base - m + (a > 70 ? ri(0, Math.round(base * 0.15)) : 0);
    M += m; W += w; body.push([a === 100 ? '100岁及以上' : a + '岁', m + w, m, w, F(m / w * 100, 2)]);
  }
  rows.push(['总　计', M + W, M, W, F(M / W * 100, 2)], ...body);
  const t = table(ws, { title: '表3-1 全市分年龄、性别的人口', unit: '单位：人', head: [['年　龄', '合　计', '男', '女', '性别比（女=100）']], rows });
  return mk('表3-1', t.r0, 2, 'count');
});

// 2 census with 5-year group rows interleaved
book('c02_普查_五岁组与单岁.xlsx', wb => {
  const ws = wb.addWorksheet('Sheet1');
  const grp = []; let M = 0, W = 0;
  for (let g = 0; g < 20; g++) {
    const kids = []; let gm = 0, gw = 0;
    for (let a = g * 5; a < g * 5 + 5; a++) { const m = ri(800, 1600) >> (g > 14 ? g - 14 : 0), w = ri(800, 1600) >> (g > 14 ? g - 14 : 0); gm += m; gw += w; kids.push(['　　' + a + '岁', m + w, m, w]); }
    M += gm; W += gw; grp.push(['　' + (g * 5) + '－' + (g * 5 + 4) + '岁', gm + gw, gm, gw], ...kids);
  }
  const om = ri(3, 9), ow = ri(8, 20); M += om; W += ow;
  grp.push(['　100岁及以上', om + ow, om, ow]);
  const t = table(ws, { title: '第七次人口普查 按年龄和性别分的人口', head: [['年龄', '人口数（人）', '', ''], ['', '合计', '男', '女']], merges: [[0, 1, 1, 1], [0, 2, 0, 4]], rows: [['总计', M + W, M, W], ...grp], notes: ['资料来源：第七次全国人口普查汇总资料。'] });
  return mk('Sheet1', t.r0 + 1, 2, 'count');
});

// 3 household size
book('c03_普查_家庭户规模.xlsx', wb => {
  const ws = wb.addWorksheet('户规模');
  const ds = ['城关区', '东城区', '西湖区', '临江县', '青山县', '石门县', '白水县'];
  const data = ds.map(n => { const k = Array.from({ length: 10 }, (_, i) => ri(200, 9000) >> Math.max(0, i - 3)); const pop = sum(k.map((x, i) => x * (i + 1))) + k[9] * ri(0, 2); return [n, k, pop]; });
  const tot = data[0][1].map((_, i) => sum(data.map(d => d[1][i]))), tp = sum(data.map(d => d[2]));
  const line = (n, k, p) => [n, sum(k), ...k, p, F(p / sum(k), 2)];
  const t = table(ws, { title: '各区县按户规模分的家庭户', unit: '单位：户、人', head: [['地区', '家庭户户数', '一人户', '二人户', '三人户', '四人户', '五人户', '六人户', '七人户', '八人户', '九人户', '十人及以上户', '家庭户人口', '平均家庭户规模（人/户）']], rows: [line('全市', tot, tp), ...data.map(d => line(...d))] });
  return mk('户规模', t.r0, 2, 'count');
});

// 4 census education by district + by sex rows
book('c04_普查_受教育程度.xlsx', wb => {
  const ws = wb.addWorksheet('受教育程度');
  const ds = ['甲区', '乙区', '丙县', '丁县', '戊市'];
  const mkv = () => [ri(2000, 9000), ri(20000, 60000), ri(30000, 90000), ri(15000, 40000), ri(5000, 20000), ri(4000, 18000), ri(300, 3000), ri(20, 400)];
  const rows = []; const all = [];
  for (const d of ds) { const m = mkv(), w = mkv(); all.push([m, w]); }
  const add = (a, b) => a.map((x, i) => x + b[i]);
  const Tm = all.map(x => x[0]).reduce(add), Tw = all.map(x => x[1]).reduce(add);
  const L = (n, v) => [n, sum(v), ...v];
  rows.push(L('全　市', add(Tm, Tw)), L('　男', Tm), L('　女', Tw));
  ds.forEach((d, i) => { rows.push(L(d, add(all[i][0], all[i][1])), L('　男', all[i][0]), L('　女', all[i][1])); });
  const t = table(ws, { title: '分地区、性别的6岁及以上人口受教育程度', unit: '单位：人', head: [['地区', '6岁及以上人口', '未上过学', '小学', '初中', '高中', '大学专科', '大学本科', '硕士研究生', '博士研究生']], rows });
  return mk('受教育程度', t.r0 + 3, 2, 'count');
});

// 5 census growth compound
book('c05_普查_两次普查人口比较.xlsx', wb => {
  const ws = wb.addWorksheet('常住人口');
  const ds = ['中心城区', '高新区', '北山县', '南河县', '西岭县', '东港市', '新安县'];
  const d = ds.map(n => [n, ri(150000, 900000), ri(150000, 900000)]);
  const P1 = sum(d.map(x => x[1])), P0 = sum(d.map(x => x[2]));
  const L = (n, p1, p0) => [n, p1, p0, p1 - p0, F((Math.pow(p1 / p0, 0.1) - 1) * 100, 2), pct(p1, P1, 2), pct(p0, P0, 2)];
  const t = table(ws, { title: '各区县常住人口（第七次与第六次人口普查比较）', head: [['地区', '2020年（人）', '2010年（人）', '十年增减（人）', '年平均增长率（%）', '2020年比重（%）', '2010年比重（%）']], rows: [L('全市', P1, P0), ...d.map(x => L(...x))], notes: ['注：年平均增长率按几何平均法计算。'] });
  return mk('常住人口', t.r0, 2, 'count');
});

// 6 per 100k rates
book('c06_普查_每十万人口受教育.xlsx', wb => {
  const ws = wb.addWorksheet('每十万人');
  const ds = ['城区', '开发区', '甲县', '乙县', '丙县', '丁县'];
  const d = ds.map(n => { const p = ri(100000, 800000); const v = [ri(8000, 30000), ri(12000, 20000), ri(28000, 40000), ri(20000, 30000)].map(x => Math.round(x * p / 100000)); return [n, p, v]; });
  const P = sum(d.map(x => x[1])), V = [0, 1, 2, 3].map(i => sum(d.map(x => x[2][i])));
  const L = (n, p, v) => [n, ...v.map(x => Math.round(x / p * 100000))];
  const t = table(ws, { title: '各地区每十万人口中拥有的各类受教育程度人数', unit: '单位：人/10万人', head: [['地区', '大学（大专及以上）', '高中（含中专）', '初中', '小学']], rows: [L('全市', P, V), ...d.map(x => L(...x))] });
  return mk('每十万人', t.r0 + 2, 2, 'count');
});

// 7 quintile income
book('h01_住户_五等份收入.xlsx', wb => {
  const ws = wb.addWorksheet('表6-5');
  const gs = [[0.3, 8000], [0.6, 16000], [1, 24000], [1.5, 33000], [2.6, 55000]].map(([f, b]) => { const w = Math.round(b * rf(0.55, 0.62)), o = Math.round(b * rf(0.1, 0.18)), p = Math.round(b * rf(0.04, 0.1)); const tr = Math.round(b * rf(0.15, 0.22)); return [w, o, p, tr]; });
  const all = [0, 1, 2, 3].map(i => sum(gs.map(g => g[i])) / 5);
  const tAll = sum(all);
  const cols = [[R(tAll), ...all.map(x => R(x))], ...gs.map(g => [sum(g), ...g])];
  const labels = ['人均可支配收入', '　1.工资性收入', '　2.经营净收入', '　3.财产净收入', '　4.转移净收入'];
  const rows = labels.map((l, i) => [l, ...cols.map(c => c[i])]);
  const t = table(ws, { title: '6-5 全市居民按收入五等份分组的人均可支配收入（2025年）', unit: '单位：元', head: [['指　标', '全体居民', '低收入组（20%）', '中等偏下收入组（20%）', '中等收入组（20%）', '中等偏上收入组（20%）', '高收入组（20%）']], rows, notes: ['注：五等份分组按全体居民人均可支配收入由低到高排序。'] });
  return mk('表6-5', t.r0, 7, 'pct', 0);
});

// 8 consumption structure with empty col between groups
book('h02_住户_消费支出构成.xlsx', wb => {
  const ws = wb.addWorksheet('消费构成');
  const items = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const u = items.map(() => ri(1200, 9000)), v = items.map(() => ri(500, 5000));
  const U = sum(u), V = sum(v);
  const rows = [['人均消费支出', U, F(100, 1), null, V, F(100, 1)], ...items.map((n, i) => ['　' + n, u[i], pct(u[i], U), null, v[i], pct(v[i], V)])];
  const t = table(ws, { title: '城乡居民人均消费支出及构成', head: [['项目', '城镇居民', '', '', '农村居民', ''], ['', '金额（元）', '构成（%）', '', '金额（元）', '构成（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 5, 0, 6]], rows });
  return mk('消费构成', t.r0, 5, 'count');
});

// 9 quarterly cumulative household
book('h03_住户_分季度累计.xlsx', wb => {
  const ws = wb.addWorksheet('分季');
  const q = [0, 1, 2, 3].map(() => [ri(500, 700), ri(100, 200)]);
  const cum = (k, j) => sum(q.slice(0, k + 1).map(x => x[j]));
  const ly = [0, 1].map(j => Math.round(cum(3, j) / rf(1.04, 1.07)));
  const rows = [['社会消费品零售总额', ...[0, 1, 2, 3].map(k => cum(k, 0) + cum(k, 1)), gr(cum(3, 0) + cum(3, 1), ly[0] + ly[1])],
  ['　城镇', ...[0, 1, 2, 3].map(k => cum(k, 0)), gr(cum(3, 0), ly[0])], ['　乡村', ...[0, 1, 2, 3].map(k => cum(k, 1)), gr(cum(3, 1), ly[1])]];
  const t = table(ws, { title: '2025年社会消费品零售总额分季度累计情况', head: [['指标', '一季度', '上半年', '前三季度', '全年', '全年比上年增长（%）']], rows, unit: '单位：亿元', notes: ['注：按经营单位所在地分。'] });
  return mk('分季', t.r0 + 1, 5, 'count');
});

// 10 energy balance (standard coal)
book('e01_能源平衡表_标准量.xlsx', wb => {
  const ws = wb.addWorksheet('能源平衡表');
  const fu = ['煤炭', '石油', '天然气', '一次电力及其他'];
  const prod = [ri(3000, 5000), 0, ri(100, 300), ri(200, 600)], imp = [ri(1000, 2000), ri(800, 1500), ri(300, 600), ri(100, 300)], exp = [ri(300, 800), ri(0, 100), 0, ri(0, 100)], stk = [ri(-50, 50), ri(-20, 20), 0, 0];
  const avail = fu.map((_, i) => prod[i] + imp[i] - exp[i] + stk[i]);
  const sect = ['农、林、牧、渔业', '工业', '建筑业', '交通运输、仓储和邮政业', '批发零售业和住宿餐饮业', '其他行业', '居民生活'];
  const cons = fu.map((_, i) => { const s = sect.map(() => rf(0.02, 0.3)); const S = sum(s); const c = s.map(x => Math.floor(x / S * avail[i])); c[1] += avail[i] - sum(c); return c; });
  const row = (n, v) => [n, sum(v), ...v];
  const rows = [row('一、可供本地区消费的能源量', avail), row('　1.一次能源生产量', prod), row('　2.外省（区、市）调入量及进口量', imp), row('　3.本省（区、市）调出量及出口量（-）', exp.map(x => -x)), row('　4.库存增（-）、减（+）量', stk),
  row('二、终端消费量', avail), ...sect.map((s, j) => row('　' + s, cons.map(c => c[j])))];
  const t = table(ws, { title: '全省能源平衡表（标准量）', unit: '单位：万吨标准煤', head: [['项目', '合计', ...fu]], rows, notes: ['注：加工转换损失已计入终端消费。'] });
  return mk('能源平衡表', t.r0 + 5, 2, 'count');
});

// 11 input-output
book('e02_投入产出简表.xlsx', wb => {
  const ws = wb.addWorksheet('投入产出表');
  const n = 3, sec = ['第一产业', '第二产业', '第三产业'];
  const Z = sec.map(() => sec.map(() => ri(50, 900)));
  const va = sec.map(() => [ri(200, 900), ri(30, 200), ri(50, 300), ri(100, 600)]);
  const X = sec.map((_, j) => sum(Z.map(r => r[j])) + sum(va[j]));
  const fin = sec.map((_, i) => X[i] - sum(Z[i]));
  const cons = fin.map(f => Math.round(f * rf(0.3, 0.5))), cap = fin.map((f, i) => Math.round(f * rf(0.2, 0.4))), nx = fin.map((f, i) => f - cons[i] - cap[i]);
  const rows = sec.map((s, i) => [s, ...Z[i], sum(Z[i]), cons[i], cap[i], nx[i], fin[i], X[i]]);
  const colsum = k => sum(Z.map(r => r[k]));
  rows.push(['中间投入合计', ...sec.map((_, j) => colsum(j)), sum(sec.map((_, j) => colsum(j)))]);
  const vl = ['劳动者报酬', '生产税净额', '固定资产折旧', '营业盈余'];
  vl.forEach((l, k) => rows.push([l, ...va.map(v => v[k]), sum(va.map(v => v[k]))]));
  rows.push(['增加值合计', ...va.map(v => sum(v)), sum(va.map(v => sum(v)))]);
  rows.push(['总投入', ...X, sum(X)]);
  const t = table(ws, { title: '2022年投入产出简表（3部门）', unit: '单位：亿元', head: [['投入＼产出', '中间使用', '', '', '', '最终使用', '', '', '', '总产出'], ['', '第一产业', '第二产业', '第三产业', '中间使用合计', '最终消费支出', '资本形成总额', '净流出', '最终使用合计', '']], merges: [[0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 0, 9], [0, 10, 1, 10]], rows });
  return mk('投入产出表', t.r0 + 3, 5, 'count');
});

// 12 CPI categories indices
book('p01_价格_居民消费价格分类指数.xlsx', wb => {
  const ws = wb.addWorksheet('CPI');
  const it = ['居民消费价格总指数', '　食品烟酒', '　　其中：粮食', '　　　　　畜肉类', '　　　　　鲜菜', '　衣着', '　居住', '　生活用品及服务', '　交通通信', '　教育文化娱乐', '　医疗保健', '　其他用品及服务', '按商品和服务分', '　消费品', '　服务'];
  const rows = it.map(n => n === '按商品和服务分' ? [n] : [n, F(rf(97, 104), 1), F(rf(99, 101.5), 1), F(rf(97.5, 103), 1)]);
  const t = table(ws, { title: '2025年12月居民消费价格分类指数', head: [['项目', '上年同月=100', '上月=100', '1-12月 上年同期=100']], rows });
  return mk('CPI', t.r0, 2, 'pct', 1);
});

// 13 market prices with 环比 同比 (% change)
book('p02_价格_农产品集贸市场价格.xlsx', wb => {
  const ws = wb.addWorksheet('集贸市场价格');
  const it = [['粳米', '标准一等', '元/公斤'], ['面粉', '富强粉', '元/公斤'], ['猪肉', '后腿肉', '元/公斤'], ['牛肉', '去骨', '元/公斤'], ['鸡蛋', '新鲜完整', '元/公斤'], ['大白菜', '一级', '元/公斤'], ['黄瓜', '一级', '元/公斤'], ['活鲤鱼', '一斤左右', '元/公斤'], ['苹果', '富士', '元/公斤'], ['豆油', '桶装', '元/5升']];
  const rows = it.map(([a, b, c]) => { const p = R(rf(3, 80), 2), q = R(p * rf(0.9, 1.1), 2), y = R(p * rf(0.8, 1.2), 2); return [a, b, c, F(p, 2), F(q, 2), gr(p, q, 1), F(y, 2), gr(p, y, 1)]; });
  const t = table(ws, { title: '主要农产品集贸市场价格（12月下旬）', head: [['品名', '规格等级', '计量单位', '本期价格', '上期价格', '环比（±%）', '上年同期价格', '同比（±%）']], rows });
  return mk('集贸市场价格', t.r0 + 2, 4, 'pct', 2);
});

// 14 PPI monthly
book('p03_价格_工业生产者价格月度.xlsx', wb => {
  const ws = wb.addWorksheet('PPI');
  let lvl = 100, prev = [];
  const rows = [];
  for (let m = 1; m <= 12; m++) { rows.push([m + '月', F(rf(97, 101), 1), F(rf(99.3, 100.6), 1), F(rf(97.5, 100.5), 1), F(rf(96, 101), 1)]); }
  const t = table(ws, { title: '2025年工业生产者出厂价格、购进价格指数', head: [['月份', '出厂价格', '', '购进价格', ''], ['', '上年同月=100', '上月=100', '1-本月 上年同期=100', '上年同月=100']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5]], rows });
  return mk('PPI', t.r0 + 11, 2, 'pct', 1);
});

// 15 house prices 70-city style with 定基
book('p04_价格_新建商品住宅价格指数.xlsx', wb => {
  const ws = wb.addWorksheet('房价指数');
  const cs = ['省会市', '甲市', '乙市', '丙市', '丁市', '戊市'];
  const rows = cs.map(c => { const base = rf(95, 112), ly = rf(97, 104); const mom = rf(99.2, 100.6); const yoy = rf(95, 101); return [c, F(mom, 1), F(yoy, 1), F(base, 1)]; });
  const t = table(ws, { title: '2025年12月新建商品住宅销售价格指数', head: [['城市', '环比（上月=100）', '同比（上年同月=100）', '定基（2020=100）']], rows });
  return mk('房价指数', t.r0, 2, 'pct', 1);
});
