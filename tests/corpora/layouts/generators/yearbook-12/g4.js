const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// v01 air quality by year: good days / monitored days (leap years 366)
book('v01_环境_空气优良天数_闰年.xlsx', wb => {
  const ws = wb.addWorksheet('空气质量');
  const rows = [];
  for (let y = 2019; y <= 2025; y++) { const n = (y % 4 === 0) ? 366 : 365; const g = ri(250, 330); const ex = ri(0, 12); rows.push([y, n, g, ri(0, 30), ex, F(g / n * 100, 1), ri(28, 48)]); }
  const t = table(ws, { title: '城区环境空气质量', head: [['年份', '有效监测天数（天）', '优良天数（天）', '轻度污染天数（天）', '重度及以上污染天数（天）', '优良天数比例（%）', 'PM2.5年均浓度（微克/立方米）']], rows });
  return mk('空气质量', t.r0 + 2, 6, 'r', 1);
});

// v02 water resources: total = surface + ground - overlap; years as rows
book('v02_环境_水资源总量_重复量.xlsx', wb => {
  const ws = wb.addWorksheet('水资源');
  const rows = [];
  for (let y = 2021; y <= 2025; y++) { const s = rf(3, 9), g = rf(1, 3), o = g * rf(.5, .8); rows.push([y, F(s + g - o, 2), F(s, 2), F(g, 2), F(o, 2), F(rf(600, 1100), 1)]); }
  const t = table(ws, { title: '水资源情况', unit: '单位：亿立方米', head: [['年份', '水资源总量', '地表水资源量', '地下水资源量', '地表水与地下水重复计算量', '年降水量（毫米）']], rows, notes: ['注：水资源总量＝地表水资源量＋地下水资源量－重复计算量。'] });
  return mk('水资源', t.r0 + 2, 2, 'r', 2);
});

// v03 energy consumption by industry, 吨标准煤, with 比重 and 单位增加值能耗
book('v03_能源_分行业能耗_比重.xlsx', wb => {
  const ws = wb.addWorksheet('能耗');
  const ind = ['农、林、牧、渔业', '工业', '建筑业', '交通运输、仓储和邮政业', '批发零售和住宿餐饮业', '其他行业', '生活消费'];
  const d = ind.map(n => [n, ri(5000, 600000)]); const T = sum(d.map(x => x[1]));
  const t = table(ws, { title: '分行业能源消费量（2025年）', head: [['行　业', '能源消费量（吨标准煤）', '比重（%）']], rows: [['能源消费总量', T, { v: 100, d: 1 }], ...d.map(x => [I(1, x[0]), x[1], F(x[1] / T * 100, 1)])], notes: ['资料来源：县统计局能源统计。'] });
  return mk('能耗', t.r0, 2, 'count');
});

// pr01 price indices 上年=100 with 涨跌幅 column
book('pr01_价格_分类指数_涨跌幅.xlsx', wb => {
  const ws = wb.addWorksheet('价格指数');
  const c = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const rows = [['居民消费价格总指数', ...(() => { const v = rf(99, 102.5); return [F(v, 1), F(R(v, 1) - 100, 1)]; })()], ...c.map(n => { const v = rf(96, 104); return [I(1, n), F(v, 1), F(R(v, 1) - 100, 1)]; })];
  const t = table(ws, { title: '居民消费价格指数', head: [['类　别', '指数（上年=100）', '涨跌幅（%）']], rows });
  return mk('价格指数', t.r0, 2, 'r', 1);
});

// pr02 commodity prices: 本期 上期 环比% 上年同期 同比%
book('pr02_价格_主要商品价格_环比同比.xlsx', wb => {
  const ws = wb.addWorksheet('集贸市场');
  const g = [['大米', '元/公斤'], ['面粉', '元/公斤'], ['猪肉（后腿肉）', '元/公斤'], ['鸡蛋', '元/公斤'], ['大白菜', '元/公斤'], ['花生油', '元/升'], ['液化石油气', '元/15公斤']];
  const rows = g.map(([n, u]) => { const a = R(rf(2, 40), 2), b = R(a / rf(.9, 1.1), 2), c = R(a / rf(.85, 1.2), 2); return [n, u, a, b, F((a / b - 1) * 100, 1), c, F((a / c - 1) * 100, 1)].map(v => typeof v === 'number' ? { v, d: 2 } : v); });
  const t = table(ws, { title: '12月份主要商品集贸市场价格', head: [['商品名称', '规格等级', '本月', '上月', '环比（%）', '上年同月', '同比（%）']], rows });
  return mk('集贸市场', t.r0 + 2, 5, 'r', 1);
});

// x01 same-sheet 续表 with repeated header mid sheet; 全县 row on top of first part
book('x01_续表_同表重复表头.xlsx', wb => {
  const ws = wb.addWorksheet('3-1');
  const vill = [...TOWNS, '南湖镇', '北坡镇', '九里乡', '大营乡', '孙集乡', '高庙乡', '黄河乡', '清水乡'].map(n => { const v = ri(8, 40), g = v * ri(4, 9), hh = ri(3000, 14000), p = Math.round(hh * rf(2.6, 3.4)); return [n, v, g, hh, p]; });
  const T = ['全　县', ...[1, 2, 3, 4].map(i => sum(vill.map(x => x[i])))];
  const head = ['乡镇（街道）', '村（居）委会（个）', '村（居）民小组（个）', '户数（户）', '人口（人）'];
  let r = 1; const put2 = (row) => { row.forEach((v, i) => put(ws, r, i + 1, v)); r++; };
  put2(['3-1  各乡镇（街道）基层组织和户籍人口']); ws.mergeCells(1, 1, 1, 5); put2(head); const r0 = r; put2(T); vill.slice(0, 10).forEach(put2);
  r += 1; put2(['续表']); put2(head); vill.slice(10).forEach(put2); put2(['注：本表数据来源于县民政局、公安局。']);
  ws.getColumn(1).width = 20;
  return mk('3-1', r0, 4, 'count');
});

// x02 city yearbook: 全市, 市区 subtotal (indented districts), counties direct; plus 比重
book('x02_全市_市区小计_县直列.xlsx', wb => {
  const ws = wb.addWorksheet('分区县');
  const ds = ['城中区', '城东区', '城西区'], cs = ['平原县', '临河县', '丰山县', '安泽县'];
  const v = n => { const g = ri(800000, 4000000); return [n, g, Math.round(g * rf(.05, .2)), Math.round(g * rf(.3, .5))]; };
  const D = ds.map(v), C = cs.map(v);
  const fill = x => { x[3] = x[3]; x.push(x[1] - x[2] - x[3]); return x; };
  D.forEach(fill); C.forEach(fill);
  const A = (n, a) => [n, ...[1, 2, 3, 4].map(i => sum(a.map(x => x[i])))];
  const Q = A('市　区', D), T = A('全　市', [...D, ...C]);
  const rows = [T, Q, ...D.map(x => [I(1, x[0]), ...x.slice(1)]), ...C];
  const t = table(ws, { title: '各区县地区生产总值（2025年）', unit: '单位：万元', head: [['地　区', '地区生产总值', '第一产业', '第二产业', '第三产业']], rows });
  return mk('分区县', t.r0 + 1, 2, 'count');
});

// x03 population by age rows, column groups 按性别分 / 按城乡分 both summing to 合计
book('x03_列分组_性别与城乡_年龄行.xlsx', wb => {
  const ws = wb.addWorksheet('年龄');
  const ag = ['0－14岁', '15－64岁', '65岁及以上'].map(n => { const m = ri(20000, 90000), f = ri(20000, 90000); const u = Math.round((m + f) * rf(.5, .7)); return [n, m + f, m, f, u, m + f - u]; });
  const T = ['合　计', ...[1, 2, 3, 4, 5].map(i => sum(ag.map(x => x[i])))];
  const t = table(ws, { title: '常住人口年龄构成', unit: '单位：人', head: [['年龄组', '合计', '按性别分', '', '按城乡分', ''], ['', '', '男', '女', '城镇', '乡村']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 6]], rows: [T, ...ag] });
  return mk('年龄', t.r0, 2, 'count');
});

// x04 GDP by county with rank, share and per capita by average population (not shown)
book('x04_区县GDP_位次_人均按平均人口.xlsx', wb => {
  const ws = wb.addWorksheet('GDP');
  const cs = ['平原县', '临河县', '丰山县', '安泽县', '石岭县', '高台县'];
  const d = cs.map(n => { const g = rf(80, 400); const pe = rf(20, 60); const ps = pe * rf(1.0, 1.02); return [n, g, pe, ps]; });
  const G = sum(d.map(x => x[1])), PE = sum(d.map(x => x[2])), PS = sum(d.map(x => x[3]));
  const rank = d.map(x => x[1]).slice().sort((a, b) => b - a);
  const ln = (n, g, pe, ps, rk) => [n, F(g, 2), F(g / G * 100, 1), rk, F(pe, 2), Math.round(g * 1e8 / ((pe + ps) / 2 * 1e4))];
  const rows = [ln('全　市', G, PE, PS, ''), ...d.map(x => ln(x[0], x[1], x[2], x[3], rank.indexOf(x[1]) + 1))];
  const t = table(ws, { title: '各县地区生产总值', head: [['地区', '地区生产总值（亿元）', '占全市比重（%）', '位次', '年末常住人口（万人）', '人均地区生产总值（元）']], rows, notes: ['注：人均地区生产总值按年平均常住人口计算。'] });
  return mk('GDP', t.r0, 2, 'r', 2);
});

// x05 social insurance: 参保人数 with 在职/离退休 columns and 城乡居民, 比上年增减（人）
book('x05_社保_参保_比上年增减人数.xlsx', wb => {
  const ws = wb.addWorksheet('社会保险');
  const L = (n) => { const a = ri(5000, 90000), b = ri(2000, 40000); const a0 = a - ri(-800, 2000), b0 = b - ri(-300, 1500); return [n, a, b, a0, b0]; };
  const items = [L('城镇职工基本养老保险'), L('城镇职工基本医疗保险'), L('失业保险'), L('工伤保险')];
  const ln = x => [x[0], x[1] + x[2], x[1], x[2], (x[1] + x[2]) - (x[3] + x[4])];
  const cr = ri(200000, 300000), cr0 = cr + ri(-3000, 3000);
  const rows = [...items.map(ln), ['城乡居民基本养老保险', cr, '-', '-', cr - cr0]];
  const t = table(ws, { title: '社会保险参保情况（2025年末）', unit: '单位：人', head: [['险　种', '参保人数', '其中', '', '比上年增减'], ['', '', '在职职工', '离退休人员', '']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 1, 5]], rows });
  return mk('社会保险', t.r0, 2, 'count');
});

// x06 fixed asset investment growth-only table with 其中 工业投资 under 第二产业, negative growth
book('x06_投资_仅增速_其中工业.xlsx', wb => {
  const ws = wb.addWorksheet('投资');
  const s = [rf(1, 5), rf(20, 60), rf(30, 70)].map(x => x * 1e4); const s0 = s.map(x => x / rf(.8, 1.2)); const ind = s[1] * .9, ind0 = s0[1] * .88;
  const T = sum(s), T0 = sum(s0);
  const ln = (n, a, b) => [n, F(a, 0), F((a / b - 1) * 100, 1)];
  const rows = [ln('固定资产投资（不含农户）', T, T0), ln(I(1, '第一产业'), s[0], s0[0]), ln(I(1, '第二产业'), s[1], s0[1]), ln(I(2, '#工业投资'), ind, ind0), ln(I(1, '第三产业'), s[2], s0[2])];
  const t = table(ws, { title: '固定资产投资', head: [['指　标', '投资额（万元）', '比上年增长（%）']], rows });
  return mk('投资', t.r0, 2, 'count');
});

// x07 table starting at B2 with left margin column, title row + date right + unit left
book('x07_左侧空列_单位与时间同行.xlsx', wb => {
  const ws = wb.addWorksheet('Sheet1');
  const items = ['公共图书馆', '文化馆', '乡镇综合文化站', '村级综合文化服务中心', '博物馆'].map(n => [n, ri(1, 300), ri(2, 900)]);
  const T = ['合计', sum(items.map(x => x[1])), sum(items.map(x => x[2]))];
  ws.getCell('B2').value = '文化设施及从业人员'; ws.mergeCells('B2:D2');
  ws.getCell('B3').value = '单位：个、人'; ws.getCell('D3').value = '2025年';
  ws.getCell('B4').value = '项目'; ws.getCell('C4').value = '机构数'; ws.getCell('D4').value = '从业人员';
  [T, ...items].forEach((x, i) => x.forEach((v, j) => put(ws, 5 + i, 2 + j, v)));
  ws.getCell('B' + (6 + items.length)).value = '资料来源：县文化和旅游局';
  return mk('Sheet1', 5, 4, 'count');
});

// x08 mixed decimals: parts integer 万元, total 1 decimal; growth in a separate 上年 row block
book('x08_上年行块_增长行.xlsx', wb => {
  const ws = wb.addWorksheet('商品房');
  const a = [ri(1000, 9000), ri(300, 3000), ri(100, 800)], b = a.map(x => Math.round(x / rf(.8, 1.2)));
  const rows = [['2025年', sum(a), ...a], ['2024年', sum(b), ...b], ['增长（%）', F((sum(a) / sum(b) - 1) * 100, 1), ...a.map((x, i) => F((x / b[i] - 1) * 100, 1))]];
  const t = table(ws, { title: '商品房销售面积', unit: '单位：百平方米', head: [['年份', '合计', '住宅', '办公楼', '商业营业用房']], rows });
  return mk('商品房', t.r0, 2, 'count');
});
