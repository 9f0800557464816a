const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// u01 其中 merged over 3 overlapping columns (女, 少数民族, 35岁及以下)
book('u01_其中合并三列_重叠.xlsx', wb => {
  const ws = wb.addWorksheet('公务员');
  const d = ['县直机关', '乡镇机关', '街道机关', '事业单位（参公）'].map(n => { const t = ri(100, 900); return [n, t, Math.round(t * rf(.35, .55)), Math.round(t * rf(.3, .6)), Math.round(t * rf(.3, .5))]; });
  const T = ['合　计', ...[1, 2, 3, 4].map(i => sum(d.map(x => x[i])))];
  const t = table(ws, { title: '公务员队伍情况', unit: '单位：人', head: [['单位类别', '总人数', '其中', '', ''], ['', '', '女性', '少数民族', '35岁及以下']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5]], rows: [T, ...d] });
  return mk('公务员', t.r0, 2, 'count');
});

// u02 flat header with two breakdowns: 合计 | 城镇 | 乡村 | 男 | 女
book('u02_平铺表头_两种分组.xlsx', wb => {
  const ws = wb.addWorksheet('人口');
  const d = TOWNS.map(n => { const u = ri(2000, 40000), r = ri(2000, 40000); const m = Math.round((u + r) * rf(.49, .52)); return [n, u + r, u, r, m, u + r - m]; });
  const T = ['全　县', ...[1, 2, 3, 4, 5].map(i => sum(d.map(x => x[i])))];
  const t = table(ws, { title: '各乡镇（街道）常住人口', unit: '单位：人', head: [['乡镇（街道）', '合计', '城镇', '乡村', '男', '女']], rows: [T, ...d] });
  return mk('人口', t.r0, 2, 'count');
});

// u03 bulletin list with units in labels, blocks 面积 / 产量 each with 夏粮 秋粮
book('u03_单位在标签_面积产量块_夏秋粮.xlsx', wb => {
  const ws = wb.addWorksheet('粮食');
  const a = [ri(20000, 40000), ri(25000, 45000)], y = [rf(5500, 6500), rf(6000, 7500)]; const o = [Math.round(a[0] * y[0] / 1000), Math.round(a[1] * y[1] / 1000)];
  const a0 = a.map(x => Math.round(x / rf(.97, 1.03))), o0 = o.map(x => Math.round(x / rf(.95, 1.06)));
  const ln = (n, v, v0, d = 0) => [n, F(v, d), F((R(v, d) / R(v0, d) - 1) * 100, 1)];
  const A = sum(a), O = sum(o), A0 = sum(a0), O0 = sum(o0);
  const rows = [ln('粮食播种面积（公顷）', A, A0), ln(I(1, '夏粮'), a[0], a0[0]), ln(I(1, '秋粮'), a[1], a0[1]), ln('粮食总产量（吨）', O, O0), ln(I(1, '夏粮'), o[0], o0[0]), ln(I(1, '秋粮'), o[1], o0[1]), ln('粮食单产（公斤/公顷）', O * 1000 / A, O0 * 1000 / A0, 0)];
  const t = table(ws, { title: '粮食生产情况', head: [['指　标', '2025年', '比上年增长（%）']], rows });
  return mk('粮食', t.r0 + 3, 2, 'count');
});

// u04 region merged over 3 rows: 2025 / 2024 / 增长
book('u04_地区三行_本年上年增长.xlsx', wb => {
  const ws = wb.addWorksheet('零售');
  const d = ['城区', '北片', '南片', '东片'].map(n => { const a = ri(50000, 300000), b = Math.round(a / rf(.9, 1.15)); return [n, a, b]; });
  const all = [['全　县', sum(d.map(x => x[1])), sum(d.map(x => x[2]))], ...d];
  put(ws, 1, 1, '分片区社会消费品零售额'); ws.mergeCells(1, 1, 1, 3); put(ws, 2, 3, '单位：万元');
  ['片　区', '项　目', '零售额'].forEach((v, i) => put(ws, 3, i + 1, v));
  let r = 4; for (const [n, a, b] of all) { put(ws, r, 1, n); ws.mergeCells(r, 1, r + 2, 1); put(ws, r, 2, '2025年'); put(ws, r, 3, a); put(ws, r + 1, 2, '2024年'); put(ws, r + 1, 3, b); put(ws, r + 2, 2, '增长（%）'); put(ws, r + 2, 3, F((a / b - 1) * 100, 1)); r += 3; }
  return mk('零售', 4, 3, 'count');
});

// u05 months rows with 全年 and 月平均 rows at bottom
book('u05_月份行_全年_月平均.xlsx', wb => {
  const ws = wb.addWorksheet('用水');
  const d = Array.from({ length: 12 }, (_, i) => [(i + 1) + '月', ri(20000, 60000), ri(5000, 20000)]).map(x => [x[0], x[1] + x[2], x[1], x[2]]);
  const T = ['全　年', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const av = ['月平均', ...[1, 2, 3].map(i => Math.round(T[i] / 12))];
  const t = table(ws, { title: '城区自来水供水量', unit: '单位：立方米', head: [['月　份', '供水总量', '生活用水', '生产用水']], rows: [...d, T, av] });
  return mk('用水', t.r0 + 12, 2, 'count');
});

// u06 enterprise registration flows: 期初 + 新登记 - 注销 = 期末
book('u06_市场主体_期初新增注销期末.xlsx', wb => {
  const ws = wb.addWorksheet('市场主体');
  const d = ['企业', '　#私营企业', '个体工商户', '农民专业合作社'].map(n => { const s = ri(2000, 40000), a = ri(300, 6000), c = ri(100, 3000); return [n, s, a, c, s + a - c]; });
  d[1] = ['　#私营企业', ...[1, 2, 3].map(i => Math.round(d[0][i] * .9))]; d[1].push(d[1][1] + d[1][2] - d[1][3]);
  const top = [d[0], d[2], d[3]];
  const T = ['市场主体合计', ...[1, 2, 3, 4].map(i => sum(top.map(x => x[i])))];
  const t = table(ws, { title: '市场主体登记情况', unit: '单位：户', head: [['类　型', '期初实有', '本期新登记', '本期注销', '期末实有']], rows: [T, ...d] });
  return mk('市场主体', t.r0, 5, 'count');
});

// u07 buses with 其中 新能源 column and share
book('u07_公交_其中新能源_占比.xlsx', wb => {
  const ws = wb.addWorksheet('公交');
  const d = ['县公交公司', '城乡客运公司', '旅游专线公司'].map(n => { const v = ri(20, 300); const e = Math.round(v * rf(.4, 1)); return [n, ri(3, 40), v, e, ri(100000, 900000)]; });
  const T = ['合　计', ...[1, 2, 3, 4].map(i => sum(d.map(x => x[i])))];
  const ln = x => [...x.slice(0, 4), F(x[3] / x[2] * 100, 1), x[4]];
  const t = table(ws, { title: '城市公共交通', head: [['单　位', '运营线路（条）', '运营车辆（辆）', '#新能源车辆（辆）', '新能源车辆占比（%）', '客运量（万人次）']], rows: [ln(T), ...d.map(ln)] });
  return mk('公交', t.r0, 3, 'count');
});
