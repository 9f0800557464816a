const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const towns = ['城关镇', '东关街道', '西关街道', '南湖镇', '北山乡', '河口镇', '青石镇'];

// trade by continent with indented partial country lists (no 其中)
book('t04_外贸_分洲别国别.xlsx', wb => {
  const ws = wb.addWorksheet('洲别');
  const cont = [['亚洲', ['日本', '韩国', '越南', '印度尼西亚', '马来西亚']], ['非洲', ['南非', '尼日利亚', '埃及']], ['欧洲', ['德国', '荷兰', '法国', '俄罗斯']], ['拉丁美洲', ['巴西', '墨西哥', '智利']], ['北美洲', ['美国', '加拿大']], ['大洋洲', ['澳大利亚', '新西兰']]];
  const rows = []; let T = [0, 0];
  const blocks = cont.map(([c, ks]) => { const v = ks.map(k => [k, ri(5000, 90000), ri(2000, 60000)]); const other = [ri(3000, 40000), ri(1000, 20000)]; const s = [0, 1].map(j => sum(v.map(x => x[j + 1])) + other[j]); return [c, v, s]; });
  T = [0, 1].map(j => sum(blocks.map(b => b[2][j])));
  rows.push(['总计', T[0] + T[1], T[0], T[1], T[0] - T[1]]);
  for (const [c, v, s] of blocks) { rows.push([c, s[0] + s[1], s[0], s[1], s[0] - s[1]]); v.forEach(x => rows.push(['　' + x[0], x[1] + x[2], x[1], x[2], x[1] - x[2]])); }
  const t = table(ws, { title: '按洲别、国别（地区）分的进出口', unit: '单位：万美元', head: [['洲别、国别（地区）', '进出口总额', '出口额', '进口额', '进出口差额']], rows, notes: ['注：各洲下仅列主要国家（地区）。'] });
  return mk('洲别', t.r0, 3, 'count');
});

// quarter + 本年累计 per town in columns
book('d21_发展党员_本季与累计.xlsx', wb => {
  const ws = wb.addWorksheet('三季度');
  const v = towns.map(n => { const q = ri(0, 8), c = q + ri(0, 20), l = ri(3, 30); return [n, q, c, l]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, q, c, l) => [n, q, c, l, c - l, gr(c, l)];
  const t = table(ws, { title: '2025年三季度两新组织发展党员进度', head: [['乡镇（街道）', '本季度发展（名）', '本年累计（名）', '上年同期累计（名）', '同比增减（名）', '同比增长（%）']], rows: [L('全县合计', ...S), ...v.map(x => L(...x))] });
  return mk('三季度', t.r0, 3, 'count');
});

// dues with 补交, completion >100
book('d22_党费_含补交.xlsx', wb => {
  const ws = wb.addWorksheet('党费');
  const v = towns.map(n => { const due = ri(3000, 30000), cur = due - ri(0, 800), back = ri(0, 1500); return [n, due, cur, back]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, due, cur, back) => [n, due, cur + back, cur, back, pct(cur + back, due, 2)];
  const t = table(ws, { title: '2025年度党费收缴情况（含补交）', unit: '单位：元', head: [['单位', '应交党费', '实交党费', '其中：当年交纳', '补交以前年度', '完成率（%）']], rows: [L('合计', ...S), ...v.map(x => L(...x))] });
  return mk('党费', t.r0, 3, 'count');
});

// age groups as columns with 其中 65+ column and sex ratio
book('c07_普查_分区县年龄结构列式.xlsx', wb => {
  const ws = wb.addWorksheet('年龄结构');
  const ds = ['甲区', '乙区', '丙县', '丁县', '戊县'];
  const v = ds.map(n => { const a = ri(20000, 90000), b = ri(100000, 400000), c = ri(30000, 120000); const o = ri(Math.floor(c * 0.5), Math.floor(c * 0.8)); return [n, a, b, c, o]; });
  const S = [1, 2, 3, 4].map(i => sum(v.map(x => x[i])));
  const L = (n, a, b, c, o) => [n, a + b + c, a, b, c, o, pct(a, a + b + c, 2), pct(c, a + b + c, 2), pct(o, a + b + c, 2)];
  const t = table(ws, { title: '各区县常住人口年龄构成', head: [['地区', '常住人口（人）', '0-14岁（人）', '15-59岁（人）', '60岁及以上（人）', '其中：65岁及以上（人）', '0-14岁占比（%）', '60岁及以上占比（%）', '65岁及以上占比（%）']], rows: [L('全市', ...S), ...v.map(x => L(...x))] });
  return mk('年龄结构', t.r0, 5, 'count');
});

// yield with hectares: 单产 公斤/亩 from 公顷 and 吨
book('a04_农业_公顷与公斤每亩.xlsx', wb => {
  const ws = wb.addWorksheet('粮食');
  const cs = ['东平县', '宁阳县', '肥城市', '新泰市', '岱岳区', '泰山区'];
  const v = cs.map(n => { const h = ri(2000, 80000), y = rf(380, 520); return [n, h, Math.round(h * 15 * y / 1000)]; });
  const H = sum(v.map(x => x[1])), O = sum(v.map(x => x[2]));
  const L = (n, h, o) => [n, h, o, F(o * 1000 / (h * 15), 0), F(o / h, 2)];
  const t = table(ws, { title: '各县（市、区）粮食生产情况', head: [['县（市、区）', '播种面积（公顷）', '总产量（吨）', '单产（公斤/亩）', '单产（吨/公顷）']], rows: [L('全市', H, O), ...v.map(x => L(...x))] });
  return mk('粮食', t.r0, 3, 'count');
});

// energy intensity decline
book('e04_能源_单位GDP能耗下降.xlsx', wb => {
  const ws = wb.addWorksheet('能耗');
  const cs = ['市区', '甲县', '乙县', '丙县', '丁县'];
  const v = cs.map(n => { const e = rf(50, 400), el = e / rf(0.97, 1.05), g = rf(300, 2000), gl = g / rf(1.03, 1.08); return [n, e, el, g, gl]; });
  const S = [1, 2, 3, 4].map(i => sum(v.map(x => x[i])));
  const L = (n, e, el, g, gl) => [n, F(e, 2), gr(e, el, 2), F(g, 1), F((1 - (e / g) / (el / gl)) * 100, 2)];
  const t = table(ws, { title: '各县（区）能源消费总量及单位GDP能耗', head: [['地区', '能源消费总量（万吨标准煤）', '能源消费总量增长（%）', '地区生产总值（亿元，可比价）', '单位GDP能耗下降率（%）']], rows: [L('全市', ...S), ...v.map(x => L(...x))], notes: ['注：下降率为正表示能耗下降。'] });
  return mk('能耗', t.r0, 2, 'pct', 2);
});

// ethnic population census with 少数民族 subtotal after 汉族 and members below
book('c08_普查_分民族人口.xlsx', wb => {
  const ws = wb.addWorksheet('分民族');
  const mins = ['蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '满族', '其他民族'];
  const mv = mins.map(() => { const m = ri(50, 9000), w = ri(50, 9000); return [m, w]; });
  const han = [ri(2000000, 3000000), ri(2000000, 3000000)];
  const MS = [0, 1].map(j => sum(mv.map(x => x[j])));
  const TT = [han[0] + MS[0], han[1] + MS[1]];
  const L = (n, m, w) => [n, m + w, m, w, pct(m + w, TT[0] + TT[1], 2)];
  const t = table(ws, { title: '全市分民族、性别的人口', head: [['民族', '合计（人）', '男（人）', '女（人）', '占总人口比重（%）']], rows: [L('总计', ...TT), L('汉族', ...han), L('少数民族', ...MS), ...mins.map((n, i) => L('　' + n, ...mv[i]))] });
  return mk('分民族', t.r0 + 2, 2, 'count');
});

// IO direct consumption coefficients (no sums) + a total-check column
book('e05_投入产出_直接消耗系数.xlsx', wb => {
  const ws = wb.addWorksheet('直接消耗系数');
  const sec = ['农业', '工业', '建筑业', '服务业'];
  const A = sec.map(() => sec.map(() => rf(0.01, 0.25)));
  const rows = sec.map((s, i) => [s, ...A[i].map(x => F(x, 4))]);
  rows.push(['合计', ...sec.map((_, j) => F(sum(A.map(r => R(r[j], 4))), 4))]);
  const t = table(ws, { title: '直接消耗系数表', head: [['投入＼产出', ...sec]], rows });
  return mk('直接消耗系数', t.r0 + 4, 3, 'pct', 4);
});
