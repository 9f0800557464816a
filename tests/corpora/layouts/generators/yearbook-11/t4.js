'use strict';
// Water/environment, fiscal, industry, prices, population, GDP
const { ri, rf, r, sum, pct, gr, S, districts, counties, towns } = require('./lib');
const T = [];
const colSum = (rows, j) => sum(rows.map((x) => x[j]));

T.push({ file: 'env01_water_resources_minus.xlsx', what: '全市 水资源总量', build() {
  const s = new S('水资源');
  s.add(['水资源情况']); s.add(['单位：亿立方米']);
  s.add(['流域分区', '降水量', '地表水资源量', '地下水资源量', '地下水与地表水资源重复量', '水资源总量']);
  const zones = ['长江流域', '  #汉江水系', '淮河流域', '黄河流域'];
  const mk = () => { const p = rf(20, 120), sw = p * rf(.3, .5), gw = sw * rf(.2, .4), cf = gw * rf(.7, .9); return [p, sw, gw, cf]; };
  const Z = [mk(), null, mk(), mk()]; const h = Z[0].map((x) => x * rf(.3, .6)); Z[1] = h;
  const line = (n, v) => { const q = v.map((x) => r(x, 2)); return s.add([n, ...v, q[1] + q[2] - q[3]], 2); };
  const main = [Z[0], Z[2], Z[3]]; const t = [0, 1, 2, 3].map((j) => sum(main.map((v) => r(v[j], 2))));
  const tr = line('全市', t); Z.forEach((v, i) => line(zones[i], v));
  s.add(['注：水资源总量=地表水资源量+地下水资源量-重复量。']);
  s.setPlant(tr, 6); return [s];
} });

T.push({ file: 'env02_water_use_years_shares.xlsx', what: '2023 用水总量', build() {
  const s = new S('用水');
  s.add(['用水总量及构成']);
  s.add(['年份', '用水总量（亿立方米）', '农业用水', '工业用水', '生活用水', '人工生态环境补水', '农业用水占比（%）', '工业用水占比（%）']);
  let tr;
  for (let y = 2019; y <= 2023; y++) {
    const v = [rf(8, 12), rf(3, 5), rf(2, 3), rf(.2, .6)].map((x) => r(x, 2)); const t = sum(v);
    const x = s.add([String(y), t, ...v, pct(v[0], t), pct(v[1], t)], [0, 2, 2, 2, 2, 2, 1, 1]); if (y === 2023) tr = x;
  }
  s.setPlant(tr, 2); return [s];
} });

T.push({ file: 'env03_air_quality_average.xlsx', what: '全市 优良天数? no: 全市平均 PM2.5', build() {
  const s = new S('空气质量');
  s.add(['各区县环境空气质量']);
  s.add(['地区', '有效监测天数（天）', '优良天数（天）', '优良天数比例（%）', 'PM2.5年均浓度（微克/立方米）', 'PM10年均浓度（微克/立方米）']);
  const names = [...districts, ...counties.slice(0, 3)];
  const rows = names.map(() => { const d = ri(360, 365); return [d, ri(260, 340), ri(25, 45), ri(45, 80)]; });
  const line = (n, v) => s.add([n, v[0], v[1], pct(v[1], v[0]), v[2], v[3]], [0, 0, 0, 1, 0, 0]);
  const avg = [365, r(colSum(rows, 1) / rows.length), r(colSum(rows, 2) / rows.length), r(colSum(rows, 3) / rows.length)];
  const tr = line('全市平均', avg); rows.forEach((v, i) => line(names[i], v));
  s.add(['注：全市数据为各区县算术平均值。']);
  s.setPlant(tr, 5); return [s];
} });

T.push({ file: 'fi01_revenue_tax_nontax.xlsx', what: '税收收入 本年', build() {
  const s = new S('财政收入');
  s.add(['一般公共预算收入完成情况']); s.add(['单位：万元']);
  s.add(['项目', '2023年', '上年同期', '增减额', '增长（%）']);
  const tax = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
  const nt = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const mk = (a) => { const x = r(rf(a * .1, a)), l = r(x / rf(.8, 1.25)); return [x, l]; };
  const TX = tax.map((n, i) => mk(i < 3 ? 200000 : 40000)), NT = nt.map(() => mk(60000));
  const t1 = [colSum(TX, 0), colSum(TX, 1)], t2 = [colSum(NT, 0), colSum(NT, 1)], tt = [t1[0] + t2[0], t1[1] + t2[1]];
  const line = (n, v) => s.add([n, v[0], v[1], v[0] - v[1], gr(v[0], v[1])], [0, 0, 0, 0, 1]);
  line('一般公共预算收入', tt); const tr = line('  一、税收收入', t1); TX.forEach((v, i) => line('      ' + tax[i], v));
  line('  二、非税收入', t2); NT.forEach((v, i) => line('      ' + nt[i], v));
  s.add(['  税收收入占一般公共预算收入比重（%）', pct(t1[0], tt[0]), pct(t1[1], tt[1])], 1);
  s.setPlant(tr, 2); return [s];
} });

T.push({ file: 'fi02_expenditure_month_cum_share.xlsx', what: '合计 累计数', build() {
  const s = new S('财政支出');
  s.add(['2023年12月一般公共预算支出月报']); s.add([null, null, null, null, null, '单位：万元']);
  s.add(['科目', '本月数', '累计数', '上年同期累计', '累计增长（%）', '占支出比重（%）']);
  const names = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出', '其他支出'];
  const rows = names.map(() => { const c = ri(10000, 300000); return [r(c * rf(.08, .2)), c, r(c / rf(.85, 1.2))]; });
  const t = [0, 1, 2].map((j) => colSum(rows, j));
  const line = (n, v) => s.add([n, ...v, gr(v[1], v[2]), pct(v[1], t[1])], [0, 0, 0, 0, 1, 1]);
  const tr = line('一般公共预算支出合计', t); rows.forEach((v, i) => line(names[i], v));
  s.rows[tr - 1][5] = 100;
  s.add(['  其中：民生支出', r(sum([2, 5, 6, 11].map((i) => rows[i][0]))), sum([2, 5, 6, 11].map((i) => rows[i][1])), sum([2, 5, 6, 11].map((i) => rows[i][2])), gr(sum([2, 5, 6, 11].map((i) => rows[i][1])), sum([2, 5, 6, 11].map((i) => rows[i][2]))), pct(sum([2, 5, 6, 11].map((i) => rows[i][1])), t[1])], [0, 0, 0, 0, 1, 1]);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'fi03_county_fiscal_years_yi.xlsx', what: '全市 2023 亿元', build() {
  const s = new S('分区县财政');
  s.add(['各区县一般公共预算收入']); s.add(['单位：亿元']);
  s.add(['地区', '2021年', '2022年', '2023年', '#税收收入', '税收占比（%）', '2023年比上年增长（%）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const a = rf(5, 40); const b = a * rf(.9, 1.1), c = b * rf(.92, 1.12); return [a, b, c, c * rf(.6, .85)]; });
  const line = (n, v) => { const q = v.map((x) => r(x, 2)); return s.add([n, ...v, pct(q[3], q[2]), gr(q[2], q[1])], [0, 2, 2, 2, 2, 1, 1]); };
  const tr = line('全市', [0, 1, 2, 3].map((j) => colSum(rows, j)));
  line('市本级', [rf(10, 20), rf(10, 20), rf(10, 20), rf(6, 9)].map((x, j) => x));
  rows.forEach((v, i) => line(names[i], v));
  // 市本级 must be part of 全市: rebuild total including it
  const city = s.rows[tr].slice(1, 5); // displayed values of 市本级
  const exact = [0, 1, 2, 3].map((j) => colSum(rows, j) + city[j]);
  const q = exact.map((x) => r(x, 2));
  s.rows[tr - 1] = ['全市', ...q, pct(q[3], q[2]), gr(q[2], q[1])];
  s.setPlant(tr, 4); return [s];
} });

T.push({ file: 'ind01_industry_profit_loss.xlsx', what: '总计 利润总额', build() {
  const s = new S('规上工业');
  s.add(['规模以上工业企业主要经济指标（按行业分）']);
  s.add(['行业', '企业单位数（个）', '#亏损企业', '亏损面（%）', '营业收入（亿元）', '利润总额（亿元）', '利润总额比上年增长（%）']);
  const mk = (n) => { const e = ri(n * .5, n); const rev = rf(10, 300); const p = rev * rf(-.03, .1); const pl = p >= 0 ? p / rf(.7, 1.3) : rf(.5, 3); return [e, r(e * rf(.08, .3)), rev, p, pl]; };
  const ck = mk(20), dl = mk(15);
  const mf = ['农副食品加工业', '纺织业', '化学原料和化学制品制造业', '非金属矿物制品业', '通用设备制造业', '汽车制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业'];
  const MF = mf.map(() => mk(80)); const oth = mk(150);
  const mfg = [0, 1, 2, 3, 4].map((j) => colSum(MF, j) + oth[j]);
  const all = [ck, mfg, dl]; const t = [0, 1, 2, 3, 4].map((j) => colSum(all, j));
  const line = (n, v) => { const p = r(v[3], 2), pl = r(v[4], 2); return s.add([n, v[0], v[1], pct(v[1], v[0]), v[2], v[3], pl > 0 ? gr(p, pl) : '—'], [0, 0, 0, 1, 2, 2, 1]); };
  const tr = line('总计', t); line('采矿业', ck); line('制造业', mfg); mf.forEach((n, i) => line('  #' + n, MF[i])); line('电力、热力、燃气及水生产和供应业', dl);
  s.add(['注：“—”表示上年同期为亏损，增长速度无意义。']);
  s.setPlant(tr, 6); return [s];
} });

T.push({ file: 'ind02_econ_type_overlap.xlsx', what: '总计 营业收入', build() {
  const s = new S('按经济类型');
  s.add(['规模以上工业企业主要指标（按登记注册类型和控股情况分）']);
  s.add(['分组', '企业单位数（个）', '营业收入（亿元）', '利润总额（亿元）', '从业人员平均人数（人）']);
  const mk = (k) => [ri(20 * k, 60 * k), rf(50 * k, 200 * k), rf(3 * k, 12 * k), ri(3000 * k, 9000 * k)];
  const nei = mk(8), gat = mk(1), wai = mk(1);
  const all = [nei, gat, wai]; const t = [0, 1, 2, 3].map((j) => colSum(all, j));
  const dec = [0, 0, 2, 2, 0];
  const tr = s.add(['总计', ...t], dec);
  s.add(['  内资企业', ...nei], dec); s.add(['  港澳台商投资企业', ...gat], dec); s.add(['  外商投资企业', ...wai], dec);
  s.add(['  #国有控股企业', ...t.map((x, j) => (j === 0 ? r(x * .08) : x * [0, .31, .27, .35][j]))], dec);
  s.add(['  #私营企业', ...t.map((x, j) => (j === 0 ? r(x * .7) : x * .45))], dec);
  s.add(['  #股份制企业', ...t.map((x, j) => (j === 0 ? r(x * .85) : x * [0, .66, .72, .61][j]))], dec);
  s.add(['注：国有控股、私营、股份制企业与按登记注册类型分组存在交叉。']);
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'ind03_products_power_mix.xlsx', what: '发电量 合计', build() {
  const s = new S('主要产品');
  s.add(['规模以上工业主要产品产量']);
  s.add(['产品名称', '计量单位', '2023年', '2022年', '增长（%）']);
  const line = (n, u, a, b, d = 2) => s.add([n, u, a, b, gr(r(a, d), r(b, d))], [0, 0, d, d, 1]);
  line('原煤', '万吨', rf(100, 900), rf(100, 900)); line('水泥', '万吨', rf(300, 900), rf(300, 900)); line('钢材', '万吨', rf(50, 300), rf(50, 300));
  const p = [[rf(50, 90), rf(50, 90)], [rf(10, 30), rf(10, 30)], [rf(3, 15), rf(3, 15)], [rf(1, 8), rf(1, 8)]];
  const tr = line('发电量', '亿千瓦时', colSum(p, 0), colSum(p, 1));
  ['  #火力发电', '  #水力发电', '  #风力发电', '  #太阳能发电'].forEach((n, i) => line(n, '亿千瓦时', p[i][0], p[i][1]));
  line('汽车', '辆', ri(20000, 90000), ri(20000, 90000), 0); line('  #新能源汽车', '辆', ri(5000, 19000), ri(3000, 15000), 0);
  line('集成电路', '亿块', rf(1, 20), rf(1, 20));
  s.setPlant(tr, 3); return [s];
} });

T.push({ file: 'ind04_cumulative_periods.xlsx', what: '1-12月 合计', build() {
  const s = new S('累计');
  s.add(['分行业规模以上工业营业收入（累计）']); s.add(['单位：亿元']);
  s.add(['行业', '1-3月', '1-6月', '1-9月', '1-12月', '1-12月增长（%）']);
  const names = ['采矿业', '制造业', '电力、热力、燃气及水生产和供应业'];
  const rows = names.map(() => { const q = [rf(20, 200)]; for (let k = 0; k < 3; k++) q.push(q[k] + rf(20, 200)); return [...q, q[3] / rf(.85, 1.15)]; });
  const line = (n, v) => { const a = r(v[3], 2), b = r(v[4], 2); return s.add([n, v[0], v[1], v[2], v[3], gr(a, b)], [0, 2, 2, 2, 2, 1]); };
  const tr = line('合计', [0, 1, 2, 3, 4].map((j) => colSum(rows, j))); rows.forEach((v, i) => line(names[i], v));
  s.setPlant(tr, 5); return [s];
} });

T.push({ file: 'pr01_cpi_indices.xlsx', what: '总指数 全市', build() {
  const s = new S('CPI');
  s.add(['居民消费价格指数（上年=100）']);
  s.add(['类别', '全市', '城市', '农村']);
  const cats = ['食品烟酒', '  #粮食', '  #鲜菜', '  #畜肉类', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const rows = cats.map(() => { const c = rf(97, 104); return [c + rf(-.3, .3), c + rf(-.3, .3)]; });
  const w = cats.map((n) => (n.startsWith('  ') ? 0 : rf(.05, .3)));
  const W = sum(w); const city = sum(rows.map((v, i) => v[0] * w[i])) / W, rur = sum(rows.map((v, i) => v[1] * w[i])) / W;
  const line = (n, v) => s.add([n, (v[0] * .7 + v[1] * .3), v[0], v[1]], 1);
  const tr = line('居民消费价格总指数', [city, rur]); rows.forEach((v, i) => line(cats[i], v));
  s.setPlant(tr, 2); return [s];
} });

T.push({ file: 'pr02_price_monitor_mom_yoy.xlsx', what: '粳米 本期', build() {
  const s = new S('价格监测');
  s.add(['主要食品零售价格监测']);
  s.add(['品名', '规格等级', '单位', '本期价格', '上期价格', '环比（%）', '上年同期价格', '同比（%）']);
  const items = [['粳米', '标一', '元/500克'], ['面粉', '富强粉', '元/500克'], ['豆油', '桶装', '元/5升'], ['猪肉', '鲜后腿肉', '元/500克'], ['鸡蛋', '新鲜完整', '元/500克'], ['大白菜', '新鲜一级', '元/500克'], ['西红柿', '新鲜一级', '元/500克'], ['苹果', '富士', '元/500克']];
  let tr;
  items.forEach((it, i) => { const p = r(rf(1, 40), 2), q = r(p * rf(.9, 1.1), 2), y = r(p * rf(.8, 1.2), 2); const x = s.add([...it, p, q, gr(p, q, 2), y, gr(p, y, 2)], [0, 0, 0, 2, 2, 2, 2, 2]); if (!i) tr = x; });
  s.setPlant(tr, 4); return [s];
} });

T.push({ file: 'pop01_bulletin_composition.xlsx', what: '年末常住人口', build() {
  const s = new S('人口构成');
  s.add(['表1  2023年末常住人口及其构成']);
  s.add(['指标', '年末数（万人）', '比重（%）']);
  const tot = rf(300, 600); const u = tot * rf(.5, .7), m = tot * rf(.5, .52);
  const a0 = tot * rf(.15, .2), a60 = tot * rf(.18, .24), a65 = a60 * rf(.7, .8);
  const T2 = r(tot, 2);
  const line = (n, v) => s.add([n, v, pct(r(v, 2), T2, 2)], [0, 2, 2]);
  const tr = s.add(['年末常住人口', tot, 100], [0, 2, 2]);
  line('  其中：城镇', u); line('        乡村', tot - u); line('  其中：男性', m); line('        女性', tot - m);
  line('  其中：0－15岁（含不满16周岁）', a0); line('        16－59岁（含不满60周岁）', tot - a0 - a60); line('        60周岁及以上', a60); line('          #65周岁及以上', a65);
  s.setPlant(tr, 2); return [s];
} });

T.push({ file: 'gdp01_three_sectors_comparable.xlsx', what: '地区生产总值 亿元', build() {
  const s = new S('GDP');
  s.add(['地区生产总值']);
  s.add(['指标', '绝对额（亿元）', '比上年增长（%）', '构成（%）']);
  const p1 = rf(150, 300), p2 = rf(800, 1600), p3 = rf(900, 1900), ind = p2 * rf(.75, .85);
  const t = p1 + p2 + p3; const T2 = r(t, 2);
  const tr = s.add(['地区生产总值', t, rf(4, 7), 100], [0, 2, 1, 1]);
  s.add(['  第一产业', p1, rf(2, 4), pct(r(p1, 2), T2)], [0, 2, 1, 1]); s.add(['  第二产业', p2, rf(4, 8), pct(r(p2, 2), T2)], [0, 2, 1, 1]);
  s.add(['    #工业', ind, rf(4, 8), pct(r(ind, 2), T2)], [0, 2, 1, 1]);
  s.add(['  第三产业', p3, rf(4, 8), pct(r(p3, 2), T2)], [0, 2, 1, 1]);
  s.add(['人均地区生产总值（元）', t * 1e8 / (rf(300, 400) * 1e4), rf(4, 7), '…'], [0, 0, 1, 0]);
  s.add(['注：绝对额按现价计算，增长速度按不变价格计算。']);
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;
