const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const towns = ['城关镇', '东关街道', '西关街道', '南湖镇', '北山乡', '河口镇'];

// energy balance physical units, 减： rows positive
book('e03_能源平衡表_实物量.xlsx', wb => {
  const ws = wb.addWorksheet('实物量');
  const fu = [['原煤', '万吨'], ['焦炭', '万吨'], ['原油', '万吨'], ['天然气', '亿立方米'], ['电力', '亿千瓦时']];
  const v = fu.map(() => { const p = R(rf(0, 3000), 2), i = R(rf(100, 2000), 2), o = R(rf(0, 500), 2), s = R(rf(-30, 30), 2); return { p, i, o, s, a: R(p + i - o + s, 2) }; });
  const col = k => v.map(x => F(x[k], 2));
  const rows = [['可供本地区消费的能源量', ...col('a')], ['　一次能源生产量', ...col('p')], ['　外省调入量', ...col('i')], ['　减：本省调出量', ...col('o')], ['　库存增（-）、减（+）量', ...col('s')]];
  const t = table(ws, { title: '能源平衡表（实物量）', head: [['项目', ...fu.map(f => f[0])], ['', ...fu.map(f => '（' + f[1] + '）')]], rows });
  return mk('实物量', t.r0, 2, 'pct', 2);
});

// quintiles as rows with 全体居民平均 at bottom
book('h04_住户_五等份行式.xlsx', wb => {
  const ws = wb.addWorksheet('五等份');
  const g = ['低收入户', '中等偏下户', '中等收入户', '中等偏上户', '高收入户'].map((n, i) => { const inc = ri(8000, 12000) * (i + 1) + ri(0, 3000) * i * i, con = Math.round(inc * rf(0.55, 0.9)); const ly = Math.round(inc / rf(1.03, 1.07)); return [n, inc, con, ly]; });
  const L = (n, inc, con, ly) => [n, inc, gr(inc, ly), con, pct(con, inc)];
  const rows = g.map(x => L(...x));
  rows.push(L('全体居民平均', R(sum(g.map(x => x[1])) / 5), R(sum(g.map(x => x[2])) / 5), R(sum(g.map(x => x[3])) / 5)));
  rows[5][2] = gr(sum(g.map(x => x[1])), sum(g.map(x => x[3]))); rows[5][4] = pct(sum(g.map(x => x[2])), sum(g.map(x => x[1])));
  const t = table(ws, { title: '城镇居民按收入五等份分组的收支情况', head: [['组别', '人均可支配收入（元）', '比上年增长（%）', '人均消费支出（元）', '平均消费倾向（%）']], rows });
  return mk('五等份', t.r0 + 4, 2, 'count');
});

// fiscal with 为上年% index style
book('f04_财政_为上年百分比.xlsx', wb => {
  const ws = wb.addWorksheet('分县财政');
  const cs = ['市本级', '甲县', '乙县', '丙县', '丁县', '戊区'];
  const v = cs.map(n => { const a = ri(20000, 300000), ly = Math.round(a / rf(0.9, 1.15)), b = Math.round(a / rf(0.95, 1.06)); return [n, ly, b, a]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, ly, b, a) => [n, ly, b, a, pct(a, b), pct(a, ly)];
  const t = table(ws, { title: '各县（区）一般公共预算收入完成情况', unit: '单位：万元', head: [['地区', '上年决算数', '本年预算数', '本年决算数', '为预算%', '为上年%']], rows: [L('全市', ...S), ...v.map(x => L(...x))] });
  return mk('分县财政', t.r0, 4, 'count');
});

// 其中 rows under 合计 with all columns filled
book('d18_合计下其中行_全列.xlsx', wb => {
  const ws = wb.addWorksheet('党员数');
  const v = towns.map(n => { const e = [ri(20, 300), ri(2, 40), ri(2, 60)], s = [ri(5, 100), ri(1, 20), ri(1, 30)]; return [n, e, s]; });
  const add = (a, b) => a.map((x, i) => x + b[i]);
  const rows = [];
  const E = v.map(x => x[1]).reduce(add), S = v.map(x => x[2]).reduce(add);
  rows.push(['合计', ...add(E, S)], ['其中：非公有制企业', ...E], ['　　　社会组织', ...S], ...v.map(x => [x[0], ...add(x[1], x[2])]));
  const t = table(ws, { title: '两新组织党员基本情况', unit: '单位：名', head: [['单位', '党员数', '女党员', '35岁及以下']], rows });
  return mk('党员数', t.r0, 2, 'count');
});

// 学历 with 大专及以上 overlapping column at right
book('d19_党员_学历大专及以上列.xlsx', wb => {
  const ws = wb.addWorksheet('学历');
  const v = towns.map(n => [n, ri(0, 20), ri(20, 200), ri(20, 200), ri(5, 50), ri(10, 120)]);
  const L = (n, a, b, c, d, e) => [n, a + b + c + d + e, a, b, c, d, e, a + b + c, pct(a + b + c, a + b + c + d + e)];
  const S = [1, 2, 3, 4, 5].map(i => sum(v.map(x => x[i])));
  const t = table(ws, { title: '两新组织党员学历情况', head: [['乡镇', '党员总数', '研究生', '大学本科', '大学专科', '中专', '高中及以下', '大专及以上学历', '大专及以上占比（%）']], rows: [L('全县', ...S), ...v.map(x => L(...x))] });
  return mk('学历', t.r0, 8, 'count');
});

// text rates with % and counts with 名
book('d20_文本百分比与名.xlsx', wb => {
  const ws = wb.addWorksheet('Sheet1');
  const v = towns.map(n => { const s = ri(10, 60), a = ri(5, s); return [n, s, a]; });
  const S = [1, 2].map(i => sum(v.map(x => x[i])));
  const L = (n, s, a) => [n, s + '名', a + '名', R(a / s * 100, 1).toFixed(1) + '%'];
  const t = table(ws, { title: '党组织书记“一肩挑”情况', head: [['乡镇', '书记人数', '其中：兼任企业负责人', '占比']], rows: [L('合计', ...S), ...v.map(x => L(...x))] });
  return mk('Sheet1', t.r0, 2, 'count');
});

// social org monthly flows
book('s04_社会组织_月度登记变动.xlsx', wb => {
  const ws = wb.addWorksheet('登记变动');
  let stock = ri(800, 1200); const start = stock; const rows = []; let N = 0, C = 0;
  for (let m = 1; m <= 12; m++) { const n = ri(0, 15), c = ri(0, 8); const b = stock; stock = b + n - c; N += n; C += c; rows.push([m + '月', b, n, c, stock]); }
  rows.push(['全年', start, N, C, stock]);
  const t = table(ws, { title: '2025年社会组织登记变动情况', unit: '单位：个', head: [['月份', '期初数', '新成立登记', '注销登记', '期末数']], rows });
  return mk('登记变动', t.r0 + 12, 3, 'count');
});
