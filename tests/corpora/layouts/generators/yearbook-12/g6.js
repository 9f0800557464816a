const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// z01 each region two rows (2025 / 2024) with region name merged over both rows
book('z01_地区两行_本年上年_合并地区名.xlsx', wb => {
  const ws = wb.addWorksheet('分乡镇财政');
  const d = TOWNS.slice(3).map(n => { const a = [ri(500, 9000), ri(300, 6000)], b = a.map(x => Math.round(x / rf(.85, 1.15))); return [n, a, b]; });
  const A = [0, 1].map(i => sum(d.map(x => x[1][i]))), B = [0, 1].map(i => sum(d.map(x => x[2][i])));
  const all = [['全　县', A, B], ...d];
  put(ws, 1, 1, '各乡镇财政收支情况'); ws.mergeCells(1, 1, 1, 4); put(ws, 2, 4, '单位：万元');
  ['乡　镇', '年份', '财政收入', '财政支出'].forEach((v, i) => put(ws, 3, i + 1, v));
  let r = 4; for (const [n, a, b] of all) { put(ws, r, 1, n); ws.mergeCells(r, 1, r + 1, 1); put(ws, r, 2, '2025'); put(ws, r, 3, a[0]); put(ws, r, 4, a[1]); put(ws, r + 1, 2, '2024'); put(ws, r + 1, 3, b[0]); put(ws, r + 1, 4, b[1]); r += 2; }
  return mk('分乡镇财政', 4, 3, 'count');
});

// z02 2025 | 增长 | 2024 | 增长 (second growth against 2023, not shown)
book('z02_两年各带增长_上年增长对前年.xlsx', wb => {
  const ws = wb.addWorksheet('主要指标');
  const it = ['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入'].map(n => { const c = ri(20000, 900000); const b = Math.round(c / rf(.9, 1.12)); const a = Math.round(b / rf(.9, 1.12)); return [n, b, F((b / a - 1) * 100, 1), c, F((c / b - 1) * 100, 1)]; });
  const rows = it.map(x => [x[0], x[3], x[4], x[1], x[2]]);
  const t = table(ws, { title: '主要经济指标', unit: '单位：万元', head: [['指　标', '2025年', '', '2024年', ''], ['', '绝对数', '比上年增长（%）', '绝对数', '比上年增长（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5]], rows });
  return mk('主要指标', t.r0, 3, 'r', 1);
});

// z03 开发区 listed after towns as #-row (overlaps towns), with note
book('z03_开发区在末尾_重叠_注.xlsx', wb => {
  const ws = wb.addWorksheet('规上企业');
  const d = TOWNS.map(n => { const e = ri(3, 40); return [n, e, ri(e * 3000, e * 30000), ri(e * 50, e * 400)]; });
  const T = ['全　县', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const kf = ['#经济开发区', Math.round(T[1] * .35), Math.round(T[2] * .45), Math.round(T[3] * .4)];
  const t = table(ws, { title: '各乡镇（街道）规模以上工业企业情况', head: [['乡镇（街道）', '企业数（个）', '营业收入（万元）', '从业人员（人）']], rows: [T, ...d, kf], notes: ['注：经济开发区数据已含在相关乡镇（街道）中。'] });
  return mk('规上企业', t.r0, 3, 'count');
});

// z04 开发区 as 其中 right under 全县, full columns, then towns
book('z04_全县下其中开发区_全列.xlsx', wb => {
  const ws = wb.addWorksheet('投资');
  const d = TOWNS.map(n => [n, ri(5, 60), ri(20000, 300000)]);
  const T = ['全　县', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const kf = [I(1, '其中：高新区'), Math.round(T[1] * .3), Math.round(T[2] * .4)];
  const t = table(ws, { title: '各乡镇（街道）固定资产投资项目', head: [['地　区', '施工项目（个）', '完成投资（万元）']], rows: [T, kf, ...d] });
  return mk('投资', t.r0, 3, 'count');
});

// z05 '…' unknown part with known total
book('z05_分项不详_合计已知.xlsx', wb => {
  const ws = wb.addWorksheet('养殖');
  const d = TOWNS.slice(3).map(n => [n, ri(2000, 30000), ri(100, 3000), ri(1000, 50000)]);
  const T = ['合　计', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  d[2][2] = '…';
  const t = table(ws, { title: '各乡镇畜禽存栏', unit: '单位：头、只', head: [['乡　镇', '生猪', '牛', '家禽']], rows: [T, ...d], notes: ['注：“…”表示数据不详，合计含该乡镇。'] });
  return mk('养殖', t.r0, 2, 'count');
});

// z06 total at bottom with 其中 row after the total
book('z06_总计在下_其后其中行.xlsx', wb => {
  const ws = wb.addWorksheet('卫生院');
  const d = TOWNS.slice(3).map(n => [n, ri(20, 120), ri(30, 150), ri(8000, 60000)]);
  const T = ['总　计', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const q = ['其中：中心卫生院', sum(d.slice(0, 3).map(x => x[1])), sum(d.slice(0, 3).map(x => x[2])), sum(d.slice(0, 3).map(x => x[3]))];
  const t = table(ws, { title: '乡镇卫生院情况', head: [['卫生院', '床位（张）', '卫生人员（人）', '诊疗人次（人次）']], rows: [...d, T, q] });
  return mk('卫生院', t.r0 + d.length, 2, 'count');
});

// z07 English header as a separate row
book('z07_英文表头独立行.xlsx', wb => {
  const ws = wb.addWorksheet('Table 5-1');
  const d = [['Agriculture', '农业'], ['Industry', '工业'], ['Construction', '建筑业'], ['Services', '服务业']].map(([e, c]) => [c + ' ' + e, ri(200, 9000), ri(50, 2000)]);
  const T = ['总计 Total', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const t = table(ws, { title: '5-1  法人单位数 Number of Legal Entities', head: [['行　业', '法人单位（个）', '其中：企业法人（个）'], ['Sector', 'Legal Entities', 'Enterprises']], rows: [T, ...d].map(x => [x[0], x[1], Math.min(x[2], x[1])]) });
  return mk('Table 5-1', t.r0, 2, 'count');
});

// z08 thousand separators as text
book('z08_千分位文本数字.xlsx', wb => {
  const ws = wb.addWorksheet('用电');
  const d = ['第一产业', '第二产业', '　#工业', '第三产业', '城乡居民生活'].map(n => [n, ri(5000, 900000)]);
  d[2][1] = Math.round(d[1][1] * .93);
  const T = d[0][1] + d[1][1] + d[3][1] + d[4][1];
  const fmt = v => v.toLocaleString('en-US');
  const t = table(ws, { title: '全社会用电量', head: [['分　类', '用电量（万千瓦时）', '比重（%）']], rows: [['全社会用电量', fmt(T), '100.0'], ...d.map(x => [x[0], fmt(x[1]), (x[1] / T * 100).toFixed(1)])] });
  return mk('用电', t.r0, 2, 'count');
});

// z09 profit growth with loss base: growth '-' when base negative
book('z09_利润_上年亏损_增长为横杠.xlsx', wb => {
  const ws = wb.addWorksheet('利润');
  const d = ['采矿业', '制造业', '电力热力燃气及水', '建筑业', '批发零售业', '房地产业'].map(n => { const a = ri(-5000, 60000), b = ri(-8000, 60000); return [n, a, b]; });
  const A = sum(d.map(x => x[1])), B = sum(d.map(x => x[2]));
  const g = (a, b) => b <= 0 ? '-' : F((a / b - 1) * 100, 1);
  const t = table(ws, { title: '分行业企业利润总额', unit: '单位：万元', head: [['行　业', '2025年', '2024年', '增长（%）']], rows: [['合　计', A, B, g(A, B)], ...d.map(x => [I(1, x[0]), x[1], x[2], g(x[1], x[2])])], notes: ['注：上年为亏损的，增长率不计算，以“-”表示。'] });
  return mk('利润', t.r0, 2, 'count');
});

// z10 single-member groups with 小计 equal to member; 3 groups; total on top
book('z10_单成员小计.xlsx', wb => {
  const ws = wb.addWorksheet('学校');
  const gs = [['公办', ['县一中', '县二中', '实验中学']], ['民办', ['育才中学']], ['职业', ['职教中心']]];
  const rows = []; let all = [];
  gs.forEach(([g, m]) => { const mm = m.map(n => [I(1, n), ri(20, 80), ri(800, 4000), ri(60, 300)]); all.push(...mm); rows.push([g + '小计', ...[1, 2, 3].map(i => sum(mm.map(x => x[i])))], ...mm); });
  rows.unshift(['合　计', ...[1, 2, 3].map(i => sum(all.map(x => x[i])))]);
  const t = table(ws, { title: '普通中学基本情况', head: [['学　校', '班数（个）', '在校生（人）', '教职工（人）']], rows });
  return mk('学校', t.r0, 3, 'count');
});

// z11 repeated labels 城镇/乡村 in consecutive blocks with unit column
book('z11_重复标签块_单位列.xlsx', wb => {
  const ws = wb.addWorksheet('城乡');
  const pu = ri(200000, 300000), pr = ri(150000, 250000); const iu = ri(40000, 55000), ir = ri(18000, 26000); const cu = Math.round(iu * .65), cr = Math.round(ir * .8);
  const ip = Math.round((iu * pu + ir * pr) / (pu + pr)), cp = Math.round((cu * pu + cr * pr) / (pu + pr));
  const rows = [['年末常住人口', '人', pu + pr], [I(1, '城镇'), '人', pu], [I(1, '乡村'), '人', pr], ['居民人均可支配收入', '元', ip], [I(1, '城镇'), '元', iu], [I(1, '乡村'), '元', ir], ['居民人均消费支出', '元', cp], [I(1, '城镇'), '元', cu], [I(1, '乡村'), '元', cr]];
  const t = table(ws, { title: '城乡居民基本情况', head: [['指　标', '单位', '2025年']], rows, notes: ['注：全体居民人均指标按城乡人口加权平均。'] });
  return mk('城乡', t.r0, 3, 'count');
});

// z12 share column of a 其中 list where shares of 其中 parts relative to total
book('z12_三层表头_合计男女_城乡.xlsx', wb => {
  const ws = wb.addWorksheet('就业人员');
  const d = ['国有单位', '城镇集体单位', '股份合作单位', '有限责任公司', '股份有限公司', '私营企业', '其他'].map(n => { const um = ri(100, 5000), uf = ri(100, 5000), rm = ri(0, 2000), rf_ = ri(0, 2000); return [n, um + uf + rm + rf_, um + uf, um, uf, rm + rf_, rm, rf_]; });
  const T = ['合　计', ...[1, 2, 3, 4, 5, 6, 7].map(i => sum(d.map(x => x[i])))];
  const t = table(ws, { title: '按登记注册类型分的就业人员', unit: '单位：人', head: [['登记注册类型', '总计', '城镇', '', '', '乡村', '', ''], ['', '', '小计', '男', '女', '小计', '男', '女']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 6, 0, 8]], rows: [T, ...d.map(x => [I(1, x[0]), ...x.slice(1)])] });
  return mk('就业人员', t.r0, 3, 'count');
});
