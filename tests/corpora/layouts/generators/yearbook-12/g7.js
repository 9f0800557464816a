const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// w01 bulletin: 2025 | 2024 | 比上年增长(%) where rate rows give percentage-point change (note)
book('w01_增长列_比率行为百分点_注.xlsx', wb => {
  const ws = wb.addWorksheet('人口');
  const p = ri(480000, 520000), p0 = p + ri(-3000, 1000), u = Math.round(p * .612), u0 = Math.round(p0 * .598);
  const ur = R(u / p * 100, 2), ur0 = R(u0 / p0 * 100, 2);
  const rows = [['年末常住人口（人）', p, p0, F((p / p0 - 1) * 100, 1)], ['#城镇人口（人）', u, u0, F((u / u0 - 1) * 100, 1)], ['城镇化率（%）', { v: ur, d: 2 }, { v: ur0, d: 2 }, F(ur - ur0, 2)]];
  const t = table(ws, { title: '常住人口及城镇化率', head: [['指　标', '2025年', '2024年', '比上年增长（%）']], rows, notes: ['注：城镇化率一行的增长栏为比上年提高的百分点。'] });
  return mk('人口', t.r0, 2, 'count');
});

// w02 two tables side by side separated by blank column
book('w02_左右两表_空列分隔.xlsx', wb => {
  const ws = wb.addWorksheet('两表');
  const a = TOWNS.slice(3).map(n => [n, ri(10, 60), ri(1000, 5000)]), b = TOWNS.slice(3).map(n => [n, ri(1, 9), ri(100, 900)]);
  put(ws, 1, 1, '各乡镇村级组织与农业合作社'); ws.mergeCells(1, 1, 1, 7);
  ['乡　镇', '行政村（个）', '村民小组（个）', '', '乡　镇', '合作社（个）', '社员（户）'].forEach((v, i) => put(ws, 2, i + 1, v || null));
  const A = ['合计', sum(a.map(x => x[1])), sum(a.map(x => x[2]))], B = ['合计', sum(b.map(x => x[1])), sum(b.map(x => x[2]))];
  [A, ...a].forEach((x, i) => x.forEach((v, j) => put(ws, 3 + i, 1 + j, v)));
  [B, ...b].forEach((x, i) => x.forEach((v, j) => put(ws, 3 + i, 5 + j, v)));
  return mk('两表', 3, 7, 'count');
});

// w03 total at bottom and 平均 row under it
book('w03_合计在下_平均行.xlsx', wb => {
  const ws = wb.addWorksheet('土地');
  const d = TOWNS.slice(3).map(n => [n, ri(20000, 90000), ri(3000, 20000)]);
  const T = ['合　计', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const ln = x => [...x, F(x[1] / x[2], 2)];
  const av = ['平　均', Math.round(T[1] / d.length), Math.round(T[2] / d.length), F(T[1] / T[2], 2)];
  const t = table(ws, { title: '各乡镇耕地与农户', head: [['乡　镇', '耕地面积（亩）', '农户数（户）', '户均耕地（亩）']], rows: [...d.map(ln), ln(T), av] });
  return mk('土地', t.r0 + d.length, 2, 'count');
});

// w04 share relative to subgroup (占税收收入比重), total row '-'
book('w04_比重相对子类_占税收.xlsx', wb => {
  const ws = wb.addWorksheet('税收');
  const tx = ['增值税', '企业所得税', '个人所得税', '城市维护建设税', '契税', '其他税收'].map(n => [n, ri(2000, 90000)]); const TX = sum(tx.map(x => x[1])); const nt = ri(20000, 90000);
  const rows = [['一般公共预算收入', TX + nt, '-'], [I(1, '税收收入'), TX, { v: 100, d: 1 }], ...tx.map(x => [I(2, x[0]), x[1], F(x[1] / TX * 100, 1)]), [I(1, '非税收入'), nt, '-']];
  const t = table(ws, { title: '税收收入构成', unit: '单位：万元', head: [['项　目', '2025年', '占税收收入比重（%）']], rows });
  return mk('税收', t.r0, 2, 'count');
});

// w05 bilingual row labels in one cell with line break
book('w05_双语行标签_换行.xlsx', wb => {
  const ws = wb.addWorksheet('学校');
  const lv = [['小学\nPrimary Schools'], ['初中\nJunior Middle Schools'], ['高中\nSenior Middle Schools']].map(([n]) => [n, ri(5, 80), ri(2000, 30000), ri(200, 2000)]);
  const T = ['合计\nTotal', ...[1, 2, 3].map(i => sum(lv.map(x => x[i])))];
  const t = table(ws, { title: '学校、学生和教师\nSchools, Students and Teachers', head: [['项目\nItem', '学校（所）\nSchools', '在校生（人）\nStudents', '专任教师（人）\nTeachers']], rows: [T, ...lv] });
  return mk('学校', t.r0, 3, 'count');
});

// w06 hierarchy only in 序号 column (一 /（一）/ 1), names unindented
book('w06_序号列表达层级_名称不缩进.xlsx', wb => {
  const ws = wb.addWorksheet('支出');
  const l3 = () => ri(100, 9000);
  const a1 = ['行政运行', '一般行政管理事务', '机关服务'].map(n => [n, l3()]), a2 = ['行政运行', '教育管理事务'].map(n => [n, l3()]);
  const b1 = ['小学教育', '初中教育', '高中教育'].map(n => [n, l3()]);
  const A1 = sum(a1.map(x => x[1])), A2 = sum(a2.map(x => x[1])), B1 = sum(b1.map(x => x[1]));
  const rows = [['', '合计', A1 + A2 + B1], ['一', '一般公共服务支出', A1 + A2], ['（一）', '政府办公厅（室）及相关机构事务', A1], ...a1.map((x, i) => [String(i + 1), x[0], x[1]]), ['（二）', '教育事务', A2], ...a2.map((x, i) => [String(i + 1), x[0], x[1]]), ['二', '教育支出', B1], ['（一）', '普通教育', B1], ...b1.map((x, i) => [String(i + 1), x[0], x[1]])];
  const t = table(ws, { title: '一般公共预算支出决算明细', unit: '单位：万元', head: [['序号', '科目名称', '决算数']], rows });
  return mk('支出', t.r0, 3, 'count');
});

// w07 partial list of main scenic spots with 全县 total including others (note)
book('w07_主要景区_合计含其他_注.xlsx', wb => {
  const ws = wb.addWorksheet('主要景区');
  const d = ['龙山景区', '白云湖', '古城墙', '温泉度假区'].map(n => [n, ri(50000, 900000), ri(500, 9000)]);
  const oth = [ri(50000, 300000), ri(500, 3000)];
  const T = ['全县A级景区合计', sum(d.map(x => x[1])) + oth[0], sum(d.map(x => x[2])) + oth[1]];
  const t = table(ws, { title: '主要A级景区接待情况', head: [['景　区', '接待游客（人次）', '门票收入（万元）']], rows: [T, ...d], notes: ['注：合计含其他A级景区，本表仅列主要景区。'] });
  return mk('主要景区', t.r0, 2, 'count');
});

// w08 quarterly cumulative columns with 同比 growth per period and annual row
book('w08_行业增加值_三产_绝对额_构成_两年.xlsx', wb => {
  const ws = wb.addWorksheet('GDP');
  const ind = [['第一产业', []], ['第二产业', ['工业', '建筑业']], ['第三产业', ['批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '金融业', '房地产业', '其他服务业']]];
  const mkv = () => { const a = rf(5, 80); return [a, a / rf(.95, 1.1)]; };
  const rows = []; const tops = [];
  const lines = [];
  ind.forEach(([n, kids]) => { if (!kids.length) { const v = mkv(); tops.push(v); lines.push([1, n, v]); } else { const kv = kids.map(mkv); const v = [sum(kv.map(x => x[0])), sum(kv.map(x => x[1]))]; tops.push(v); lines.push([1, n, v]); kids.forEach((k, i) => lines.push([2, k, kv[i]])); } });
  const G = [sum(tops.map(x => x[0])), sum(tops.map(x => x[1]))];
  const ln = (k, n, v) => [I(k, n), F(v[0], 2), F(v[0] / G[0] * 100, 1), F(v[1], 2), F(v[1] / G[1] * 100, 1)];
  const t = table(ws, { title: '地区生产总值及构成', head: [['项　目', '2025年', '', '2024年', ''], ['', '绝对额（亿元）', '构成（%）', '绝对额（亿元）', '构成（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5]], rows: [ln(0, '地区生产总值', G), ...lines.map(x => ln(...x))] });
  return mk('GDP', t.r0, 2, 'r', 2);
});
