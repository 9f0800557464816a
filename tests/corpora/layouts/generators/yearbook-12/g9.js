const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// q01 a label-only "其中：" row followed by items
book('q01_其中独占一行.xlsx', wb => {
  const ws = wb.addWorksheet('医院');
  const T = ri(3000, 6000); const a = Math.round(T * .4), b = Math.round(T * .2), c = Math.round(T * .1);
  const V = ri(600000, 900000); const va = Math.round(V * .45), vb = Math.round(V * .2), vc = Math.round(V * .08);
  const rows = [['全县医院合计', T, V], ['其中：', '', ''], [I(1, '县人民医院'), a, va], [I(1, '县中医院'), b, vb], [I(1, '县妇幼保健院'), c, vc]];
  const t = table(ws, { title: '医院床位和诊疗人次', head: [['医　院', '床位数（张）', '诊疗人次（人次）']], rows });
  return mk('医院', t.r0, 2, 'count');
});

// q02 interleaved share columns: 合计 | 一产 | 构成 | 二产 | 构成 | 三产 | 构成
book('q02_交错构成列_分县三产.xlsx', wb => {
  const ws = wb.addWorksheet('三产');
  const d = ['平原县', '临河县', '丰山县', '安泽县', '石岭县'].map(n => { const v = [ri(100000, 400000), ri(300000, 1500000), ri(400000, 1800000)]; return [n, v]; });
  const T = ['全　市', [0, 1, 2].map(i => sum(d.map(x => x[1][i])))];
  const ln = ([n, v]) => { const s = sum(v); return [n, s, ...v.flatMap(x => [x, F(x / s * 100, 1)])]; };
  const t = table(ws, { title: '各县地区生产总值及构成', head: [['地区', '地区生产总值（万元）', '第一产业', '', '第二产业', '', '第三产业', ''], ['', '', '增加值（万元）', '构成（%）', '增加值（万元）', '构成（%）', '增加值（万元）', '构成（%）']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 6], [0, 7, 0, 8]], rows: [ln(T), ...d.map(ln)] });
  return mk('三产', t.r0, 2, 'count');
});

// q03 small 亿元 values with 1 decimal; growth and shares from unrounded values (within rounding)
book('q03_小数值_增长构成按未舍入计算.xlsx', wb => {
  const ws = wb.addWorksheet('小额');
  const n = ['科学技术支出', '文化旅游体育与传媒支出', '节能环保支出', '商业服务业等支出', '金融支出', '自然资源海洋气象等支出', '粮油物资储备支出'];
  const d = n.map(x => { const a = rf(0.6, 4), b = a / rf(.75, 1.3); return [x, a, b]; });
  const A = sum(d.map(x => x[1])), B = sum(d.map(x => x[2]));
  const ln = (x, a, b) => [x, F(a, 1), F(b, 1), F((a / b - 1) * 100, 1), F(a / A * 100, 1)];
  const t = table(ws, { title: '部分一般公共预算支出项目', unit: '单位：亿元', head: [['项　目', '2025年', '2024年', '增长（%）', '构成（%）']], rows: [ln('合　计', A, B), ...d.map(x => ln(...x))], notes: ['注：增长速度和构成按未经四舍五入的原始数据计算。'] });
  return mk('小额', t.r0, 2, 'r', 1);
});

// q04 两个合计行：全市 和 全市（不含开发区）, then districts and 开发区
book('q04_两个合计行_含不含开发区.xlsx', wb => {
  const ws = wb.addWorksheet('分区');
  const d = ['城中区', '城东区', '城西区', '平原县', '临河县'].map(n => [n, ri(20, 200), ri(1000, 20000)]); const kf = ['经济技术开发区', ri(20, 100), ri(1000, 8000)];
  const S = a => [1, 2].map(i => sum(a.map(x => x[i])));
  const t = table(ws, { title: '各区县规模以上工业企业', head: [['地　区', '企业数（个）', '从业人员（人）']], rows: [['全　市', ...S([...d, kf])], ['全市（不含开发区）', ...S(d)], ...d, kf] });
  return mk('分区', t.r0, 3, 'count');
});

// q05 header wording 本年比上年增减（±%）and 本年/上年 order
book('q05_表头增减正负百分比.xlsx', wb => {
  const ws = wb.addWorksheet('邮政');
  const it = ['函件（万件）', '包裹（万件）', '快递（万件）', '报纸期发数（万份）', '杂志期发数（万份）'].map(n => { const a = rf(10, 900), b = a / rf(.8, 1.2); return [n, F(a, 1), F(b, 1), F((R(a, 1) / R(b, 1) - 1) * 100, 1)]; });
  const t = table(ws, { title: '邮政业务量', head: [['指　标', '本年', '上年', '本年比上年增减（±%）']], rows: it });
  return mk('邮政', t.r0 + 2, 4, 'r', 1);
});

// q06 population per mille with 万人 2-decimal denominators
book('q06_千分率_人口万人两位小数.xlsx', wb => {
  const ws = wb.addWorksheet('出生');
  const d = ['城区', '平原县', '临河县', '丰山县'].map(n => { const p = rf(8, 60); const b = Math.round(p * 1e4 * rf(.006, .011)); return [n, p, b]; });
  const P = sum(d.map(x => x[1])), B = sum(d.map(x => x[2]));
  const ln = (n, p, b) => [n, F(p, 2), b, F(b / (p * 1e4) * 1000, 2)];
  const t = table(ws, { title: '分区县出生人口', head: [['地　区', '年平均人口（万人）', '出生人口（人）', '出生率（‰）']], rows: [ln('全　市', P, B), ...d.map(x => ln(...x))] });
  return mk('出生', t.r0, 3, 'count');
});
