// Generator for round43c: averages, per-capita figures, rates per thousand.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round43c); the
// corpus keeps the clean files that statlint checks. Round 43 (per-capita tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round43c';
const OUT = path.join(ROOT, 'files');
fs.mkdirSync(OUT, { recursive: true });

let seed = 43;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function r(x, d) { const f = Math.pow(10, d); return Math.round((x + Math.sign(x) * 1e-9) * f) / f; }
function fmt(d) { return d === 0 ? '0' : '0.' + '0'.repeat(d); }
const sum = a => a.reduce((s, x) => s + x, 0);

const DISTRICTS = ['城关区', '东城区', '西城区', '南湖区', '北山区', '高新区', '临江县', '青石县', '白河县', '安平县'];
const TOWNS = ['城关镇', '河口镇', '柳林镇', '石桥乡', '杨庄乡', '马坊镇', '双井乡', '龙泉镇'];

// Each spec: {name, sheet, title, unit, headers:[...], rows:[[...]], fmts:[...per column], note}
// Cells: first col labels; later numbers or strings.
const specs = [];
function add(s) { specs.push(s); }

// 1 人均可支配收入 (weighted)
(function () {
  const ds = DISTRICTS.slice(0, 7);
  const rows = ds.map(d => { const pop = r(ri(180, 950) / 10, 1); const pc = ri(28000, 56000); const tot = r(pop * pc / 10000, 2); return [d, pop, tot]; });
  rows.forEach(x => x.push(r(x[2] * 1e8 / (x[1] * 1e4), 0)));
  const P = r(sum(rows.map(x => x[1])), 1), T = r(sum(rows.map(x => x[2])), 2);
  rows.unshift(['全市', P, T, r(T * 1e8 / (P * 1e4), 0)]);
  add({ name: 'c01_income_per_capita', sheet: '表1', title: '2023年各区县居民人均可支配收入', unit: '',
    headers: ['地区', '常住人口(万人)', '可支配收入总额(亿元)', '人均可支配收入(元)'], rows, fmts: [null, 1, 2, 0] });
})();

// 2 户均人口
(function () {
  const rows = DISTRICTS.slice(0, 8).map(d => { const h = ri(40000, 160000); const p = Math.round(h * (2.4 + rnd() * 0.8)); return [d, h, p, r(p / h, 2)]; });
  const H = sum(rows.map(x => x[1])), P = sum(rows.map(x => x[2]));
  rows.push(['合计', H, P, r(P / H, 2)]);
  add({ name: 'c02_household_size', sheet: '户籍', title: '2023年末各区县户籍户数和人口', unit: '',
    headers: ['区县', '户数(户)', '户籍人口(人)', '户均人口(人/户)'], rows, fmts: [null, 0, 0, 2] });
})();

// 3 平均工资 by industry with 合计
(function () {
  const inds = ['农、林、牧、渔业', '制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '金融业', '教育', '卫生和社会工作', '公共管理、社会保障和社会组织'];
  const rows = inds.map(n => { const e = ri(800, 42000); const w = ri(52000, 160000); const tot = r(e * w / 10000, 1); return [n, e, tot]; });
  rows.forEach(x => x.push(r(x[2] * 10000 / x[1], 0)));
  const E = sum(rows.map(x => x[1])), T = r(sum(rows.map(x => x[2])), 1);
  rows.unshift(['合计', E, T, r(T * 10000 / E, 0)]);
  add({ name: 'c03_avg_wage_industry', sheet: 'Sheet1', title: '2023年城镇非私营单位分行业就业人员平均工资', unit: '',
    headers: ['行业', '平均职工人数(人)', '工资总额(万元)', '平均工资(元)'], rows, fmts: [null, 0, 1, 0] });
})();

// 4 每千人口床位数
(function () {
  const rows = DISTRICTS.slice(0, 6).map(d => { const p = r(ri(150, 900) / 10, 1); const b = Math.round(p * 10 * (4 + rnd() * 5)); return [d, p, b]; });
  rows.forEach(x => x.push(r(x[2] / (x[1] * 10), 2)));
  const P = r(sum(rows.map(x => x[1])), 1), B = sum(rows.map(x => x[2]));
  rows.push(['全市', P, B, r(B / (P * 10), 2)]);
  add({ name: 'c04_beds_per_1000', sheet: '卫生', title: '2023年各区县医疗卫生机构床位数', unit: '',
    headers: ['地区', '常住人口(万人)', '医疗卫生机构床位数(张)', '每千人口医疗卫生机构床位数(张)'], rows, fmts: [null, 1, 0, 2] });
})();

// 5 每万人口执业医师 + 注册护士
(function () {
  const rows = DISTRICTS.slice(2, 10).map(d => { const p = r(ri(120, 700) / 10, 1); const doc = Math.round(p * (20 + rnd() * 15)); const nur = Math.round(p * (25 + rnd() * 20)); return [d, p, doc, nur]; });
  rows.forEach(x => { x.push(r(x[2] / x[1], 1)); x.push(r(x[3] / x[1], 1)); });
  const P = r(sum(rows.map(x => x[1])), 1), D = sum(rows.map(x => x[2])), N = sum(rows.map(x => x[3]));
  rows.unshift(['全市', P, D, N, r(D / P, 1), r(N / P, 1)]);
  add({ name: 'c05_doctors_per_10000', sheet: '表5', title: '各区县卫生技术人员情况(2023年)', unit: '',
    headers: ['地区', '常住人口(万人)', '执业(助理)医师(人)', '注册护士(人)', '每万人口执业(助理)医师(人)', '每万人口注册护士(人)'], rows, fmts: [null, 1, 0, 0, 1, 1] });
})();

// 6 出生率 死亡率 自然增长率
(function () {
  const rows = DISTRICTS.slice(0, 7).map(d => { const p = ri(150000, 900000); const b = Math.round(p * (0.005 + rnd() * 0.006)); const de = Math.round(p * (0.006 + rnd() * 0.004)); return [d, p, b, de]; });
  rows.forEach(x => { x.push(r(x[2] / x[1] * 1000, 2)); x.push(r(x[3] / x[1] * 1000, 2)); x.push(r((x[2] - x[3]) / x[1] * 1000, 2)); });
  const P = sum(rows.map(x => x[1])), B = sum(rows.map(x => x[2])), D = sum(rows.map(x => x[3]));
  rows.unshift(['全市', P, B, D, r(B / P * 1000, 2), r(D / P * 1000, 2), r((B - D) / P * 1000, 2)]);
  add({ name: 'c06_birth_death_rates', sheet: '人口变动', title: '2023年各区县人口出生、死亡和自然增长情况', unit: '',
    headers: ['地区', '年平均人口(人)', '出生人数(人)', '死亡人数(人)', '出生率(‰)', '死亡率(‰)', '自然增长率(‰)'], rows, fmts: [null, 0, 0, 0, 2, 2, 2] });
})();

// 7 师生比 text
(function () {
  const levels = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校', '特殊教育学校'];
  const rows = levels.map(l => { const t = ri(300, 5000); const s = Math.round(t * (6 + rnd() * 12)); return [l, ri(5, 180), s, t]; });
  rows.forEach(x => x.push('1:' + r(x[2] / x[3], 1).toFixed(1)));
  const Sc = sum(rows.map(x => x[1])), S = sum(rows.map(x => x[2])), T = sum(rows.map(x => x[3]));
  rows.unshift(['总计', Sc, S, T, '1:' + r(S / T, 1).toFixed(1)]);
  add({ name: 'c07_teacher_student_ratio', sheet: '教育', title: '2023年各级各类学校基本情况', unit: '',
    headers: ['学段', '学校数(所)', '在校学生数(人)', '专任教师数(人)', '师生比'], rows, fmts: [null, 0, 0, 0, null] });
})();

// 8 人口密度
(function () {
  const rows = DISTRICTS.slice(0, 9).map(d => { const a = r(ri(3000, 250000) / 100, 2); const p = Math.round(a * (80 + rnd() * 2500)); return [d, a, p]; });
  rows.forEach(x => x.push(r(x[2] / x[1], 0)));
  const A = r(sum(rows.map(x => x[1])), 2), P = sum(rows.map(x => x[2]));
  rows.push(['全市', A, P, r(P / A, 0)]);
  add({ name: 'c08_population_density', sheet: 'Sheet1', title: '各区县土地面积和人口密度', unit: '',
    headers: ['区县', '土地面积(平方公里)', '常住人口(人)', '人口密度(人/平方公里)'], rows, fmts: [null, 2, 0, 0] });
})();

// 9 平均每个党组织党员数
(function () {
  const units = ['机关', '事业单位', '国有企业', '非公有制企业', '社会组织', '农村', '城市社区'];
  const rows = units.map(u => { const o = ri(40, 900); const m = Math.round(o * (6 + rnd() * 30)); return [u, o, m]; });
  rows.forEach(x => x.push(r(x[2] / x[1], 1)));
  const O = sum(rows.map(x => x[1])), M = sum(rows.map(x => x[2]));
  rows.unshift(['合计', O, M, r(M / O, 1)]);
  add({ name: 'c09_members_per_org', sheet: '党组织', title: '党的基层组织和党员分布情况', unit: '',
    headers: ['领域', '基层党组织数(个)', '党员数(名)', '平均每个党组织党员数(名)'], rows, fmts: [null, 0, 0, 1] });
})();

// 10 党员占从业人员比重
(function () {
  const rows = ['城关街道', '新华街道', '解放街道', '河西街道', '开发区', '工业园区'].map(u => { const w = ri(2000, 40000); const m = Math.round(w * (0.01 + rnd() * 0.06)); return [u, ri(20, 600), w, m]; });
  rows.forEach(x => x.push(r(x[3] / x[2] * 100, 1)));
  const E = sum(rows.map(x => x[1])), W = sum(rows.map(x => x[2])), M = sum(rows.map(x => x[3]));
  rows.push(['合计', E, W, M, r(M / W * 100, 1)]);
  add({ name: 'c10_member_share_of_workers', sheet: '非公企业', title: '非公有制企业从业人员和党员情况', unit: '',
    headers: ['街道(园区)', '企业数(户)', '从业人员(人)', '党员(名)', '党员占从业人员比重(%)'], rows, fmts: [null, 0, 0, 0, 1] });
})();

// 11 乡镇 with 合计 and 平均 rows
(function () {
  const rows = TOWNS.map(t => { const a = ri(12000, 68000); const y = ri(380, 520); const out = r(a * y / 1000, 1); return [t, a, out]; });
  const A = sum(rows.map(x => x[1])), O = r(sum(rows.map(x => x[2])), 1), n = rows.length;
  rows.push(['合计', A, O]);
  rows.push(['平均', r(A / n, 0), r(O / n, 1)]);
  add({ name: 'c11_town_total_and_mean', sheet: '粮食', title: '2023年各乡镇粮食播种面积和产量', unit: '',
    headers: ['乡镇', '粮食播种面积(亩)', '粮食产量(吨)'], rows, fmts: [null, 0, 1] });
})();

// 12 全市平均 row in per-capita table (weighted), averages only
(function () {
  const rows = DISTRICTS.slice(0, 6).map(d => { const h = ri(30000, 150000); const area = r(h * (28 + rnd() * 20), 0); return [d, h, area]; });
  rows.forEach(x => x.push(r(x[2] / x[1], 1)));
  const H = sum(rows.map(x => x[1])), AR = sum(rows.map(x => x[2]));
  rows.push(['全市平均', H, AR, r(AR / H, 1)]);
  add({ name: 'c12_housing_area_avg', sheet: '住房', title: '各区城镇居民住房情况', unit: '',
    headers: ['区', '常住人口(人)', '住房建筑面积(平方米)', '人均住房建筑面积(平方米)'], rows, fmts: [null, 0, 0, 1] });
})();

// 13 median row
(function () {
  const rows = DISTRICTS.slice(0, 9).map(d => { const g = r(ri(800, 9000) / 10, 1); const p = r(ri(150, 900) / 10, 1); return [d, g, p]; });
  rows.forEach(x => x.push(r(x[1] * 1e8 / (x[2] * 1e4), 0)));
  const sorted = rows.map(x => x[3]).slice().sort((a, b) => a - b);
  const gp = rows.map(x => x[1]).slice().sort((a, b) => a - b);
  const pp = rows.map(x => x[2]).slice().sort((a, b) => a - b);
  rows.push(['中位数', gp[4], pp[4], sorted[4]]);
  add({ name: 'c13_gdp_per_capita_median', sheet: '人均GDP', title: '2023年各区县地区生产总值和人均地区生产总值', unit: '',
    headers: ['区县', '地区生产总值(亿元)', '常住人口(万人)', '人均地区生产总值(元)'], rows, fmts: [null, 1, 1, 0] });
})();

// 14 平均工资 two years + 增长
(function () {
  const rows = DISTRICTS.slice(0, 8).map(d => { const a = ri(62000, 110000); const b = Math.round(a * (1 + (rnd() * 0.12 - 0.02))); return [d, a, b]; });
  rows.forEach(x => x.push(r((x[2] / x[1] - 1) * 100, 1)));
  // city: weighted by employment — give employment and wage bill columns to make weighting explicit
  const emp = rows.map(() => ri(20000, 90000));
  const bill22 = rows.map((x, i) => x[1] * emp[i]), bill23 = rows.map((x, i) => x[2] * emp[i]);
  const a = Math.round(sum(bill22) / sum(emp)), b = Math.round(sum(bill23) / sum(emp));
  rows.unshift(['全市', a, b, r((b / a - 1) * 100, 1)]);
  add({ name: 'c14_avg_wage_growth', sheet: '工资', title: '各区县城镇非私营单位在岗职工平均工资', unit: '单位：元、%',
    headers: ['地区', '2022年', '2023年', '比上年增长(%)'], rows, fmts: [null, 0, 0, 1] });
})();

// 15 全体/城镇/农村 居民收入 (其中 structure with averages)
(function () {
  const pu = r(ri(2500, 4500) / 10, 1), pr = r(ri(1500, 3000) / 10, 1);
  const iu = ri(42000, 52000), ir = ri(19000, 26000);
  const P = r(pu + pr, 1);
  const all = Math.round((pu * iu + pr * ir) / P);
  const rows = [['全体居民', P, all, null], ['  其中：城镇居民', pu, iu, null], ['        农村居民', pr, ir, null]];
  const prev = [Math.round(all / 1.058), Math.round(iu / 1.049), Math.round(ir / 1.071)];
  rows.forEach((x, i) => { x[3] = prev[i]; x.push(r((x[2] / prev[i] - 1) * 100, 1)); });
  add({ name: 'c15_urban_rural_income', sheet: '收入', title: '2023年全市居民人均可支配收入', unit: '',
    headers: ['指标', '常住人口(万人)', '2023年(元)', '2022年(元)', '增长(%)'], rows, fmts: [null, 1, 0, 0, 1] });
})();

// 16 人均GDP with 合计 total row mixing
(function () {
  const rows = DISTRICTS.slice(3, 10).map(d => { const g = r(ri(900, 7000) / 10, 1); const p = r(ri(200, 1000) / 10, 2); return [d, g, p]; });
  rows.forEach(x => x.push(r(x[1] * 1e8 / (x[2] * 1e4), 0)));
  const G = r(sum(rows.map(x => x[1])), 1), P = r(sum(rows.map(x => x[2])), 2);
  rows.push(['合计', G, P, r(G * 1e8 / (P * 1e4), 0)]);
  add({ name: 'c16_gdp_per_capita_total', sheet: 'GDP', title: '2023年各县区经济总量', unit: '',
    headers: ['县区', '地区生产总值(亿元)', '年平均常住人口(万人)', '人均地区生产总值(元)'], rows, fmts: [null, 1, 2, 0] });
})();

// 17 医院 病床使用率 平均住院日
(function () {
  const hs = ['市人民医院', '市中医院', '市妇幼保健院', '城关区人民医院', '临江县人民医院', '青石县人民医院'];
  const rows = hs.map(h => { const beds = ri(200, 1500); const open = beds * 365; const used = Math.round(open * (0.65 + rnd() * 0.3)); const dis = Math.round(used / (6 + rnd() * 5)); return [h, beds, open, used, dis]; });
  rows.forEach(x => { x.push(r(x[3] / x[2] * 100, 2)); x.push(r(x[3] / x[4], 1)); });
  const B = sum(rows.map(x => x[1])), O = sum(rows.map(x => x[2])), U = sum(rows.map(x => x[3])), D = sum(rows.map(x => x[4]));
  rows.push(['合计', B, O, U, D, r(U / O * 100, 2), r(U / D, 1)]);
  add({ name: 'c17_hospital_bed_use', sheet: '医院', title: '2023年主要医院医疗服务情况', unit: '',
    headers: ['医院', '编制床位(张)', '实际开放总床日数', '实际占用总床日数', '出院人数(人)', '病床使用率(%)', '平均住院日(日)'], rows, fmts: [null, 0, 0, 0, 0, 2, 1] });
})();

// 18 每万人口拥有公共交通车辆, 每百人公共图书馆藏书
(function () {
  const rows = DISTRICTS.slice(0, 6).map(d => { const p = r(ri(200, 900) / 10, 1); const bus = Math.round(p * (8 + rnd() * 8)); const books = Math.round(p * 10000 * (0.6 + rnd() * 1.2)); return [d, p, bus, books]; });
  rows.forEach(x => { x.push(r(x[2] / x[1], 2)); x.push(r(x[3] / (x[1] * 100), 1)); });
  const P = r(sum(rows.map(x => x[1])), 1), Bu = sum(rows.map(x => x[2])), Bo = sum(rows.map(x => x[3]));
  rows.unshift(['全市', P, Bu, Bo, r(Bu / P, 2), r(Bo / (P * 100), 1)]);
  add({ name: 'c18_per_10000_bus_books', sheet: '公共服务', title: '各区公共服务设施情况(2023年)', unit: '',
    headers: ['地区', '常住人口(万人)', '公共交通车辆(标台)', '公共图书馆藏书(册)', '每万人口拥有公共交通车辆(标台)', '每百人公共图书馆藏书(册)'], rows, fmts: [null, 1, 0, 0, 2, 1] });
})();

// 19 每千名老年人养老床位
(function () {
  const rows = TOWNS.slice(0, 7).map(t => { const old = ri(3000, 18000); const beds = Math.round(old / 1000 * (15 + rnd() * 30)); return [t, old, beds]; });
  rows.forEach(x => x.push(r(x[2] / x[1] * 1000, 1)));
  const O = sum(rows.map(x => x[1])), B = sum(rows.map(x => x[2]));
  rows.unshift(['全县', O, B, r(B / O * 1000, 1)]);
  add({ name: 'c19_elderly_beds_per_1000', sheet: '养老', title: '各乡镇养老服务床位情况', unit: '',
    headers: ['乡镇', '60岁及以上老年人口(人)', '养老服务床位(张)', '每千名老年人拥有养老床位(张)'], rows, fmts: [null, 0, 0, 1] });
})();

// 20 劳动生产率
(function () {
  const rows = ['第一产业', '第二产业', '  其中：工业', '第三产业'];
  const a1 = r(ri(800, 1500) / 10, 1), w1 = ri(90000, 160000);
  const a2i = r(ri(3000, 6000) / 10, 1), w2i = ri(60000, 120000);
  const a2c = r(ri(500, 1200) / 10, 1), w2c = ri(30000, 60000);
  const a3 = r(ri(4000, 9000) / 10, 1), w3 = ri(150000, 300000);
  const a2 = r(a2i + a2c, 1), w2 = w2i + w2c;
  const data = [[rows[0], a1, w1], [rows[1], a2, w2], [rows[2], a2i, w2i], [rows[3], a3, w3]];
  data.forEach(x => x.push(r(x[1] * 1e8 / x[2], 0)));
  const A = r(a1 + a2 + a3, 1), W = w1 + w2 + w3;
  data.unshift(['全市', A, W, r(A * 1e8 / W, 0)]);
  add({ name: 'c20_labour_productivity', sheet: '劳动生产率', title: '2023年分产业全员劳动生产率', unit: '',
    headers: ['产业', '增加值(亿元)', '从业人员(人)', '全员劳动生产率(元/人)'], rows: data, fmts: [null, 1, 0, 0] });
})();

// 21 生均经费
(function () {
  const sch = ['第一中学', '第二中学', '实验中学', '城关小学', '东关小学', '育才小学', '实验幼儿园'];
  const rows = sch.map(s => { const st = ri(400, 3500); const fund = r(st * (9000 + rnd() * 12000) / 10000, 2); return [s, st, fund]; });
  rows.forEach(x => x.push(r(x[2] * 10000 / x[1], 0)));
  const S = sum(rows.map(x => x[1])), F = r(sum(rows.map(x => x[2])), 2);
  rows.push(['合计', S, F, r(F * 10000 / S, 0)]);
  add({ name: 'c21_per_student_funding', sheet: '经费', title: '2023年直属学校教育经费支出', unit: '',
    headers: ['学校', '在校学生数(人)', '教育经费支出(万元)', '生均教育经费支出(元)'], rows, fmts: [null, 0, 2, 0] });
})();

// 22 恩格尔系数 & 人均消费支出 by group, plus 平均 row
(function () {
  const grp = ['低收入户', '中等偏下户', '中等收入户', '中等偏上户', '高收入户'];
  const rows = grp.map((g, i) => { const c = ri(12000 + i * 6000, 15000 + i * 7000); const f = Math.round(c * (0.38 - i * 0.035 + rnd() * 0.03)); return [g, c, f]; });
  rows.forEach(x => x.push(r(x[2] / x[1] * 100, 1)));
  // quintiles equal-sized so 平均 is simple mean of consumption, Engel = food/consumption
  const C = Math.round(sum(rows.map(x => x[1])) / 5), F = Math.round(sum(rows.map(x => x[2])) / 5);
  rows.unshift(['平均每人', C, F, r(F / C * 100, 1)]);
  add({ name: 'c22_engel_quintiles', sheet: '消费', title: '按收入五等份分组的城镇居民人均消费支出', unit: '单位：元',
    headers: ['组别', '人均消费支出(元)', '其中：食品烟酒(元)', '恩格尔系数(%)'], rows, fmts: [null, 0, 0, 1] });
})();

// 23 平均工资 district rows, total row mixing sums and averages, 2-row header
(function () {
  const rows = DISTRICTS.slice(0, 7).map(d => { const e = ri(15000, 120000); const w = ri(70000, 130000); const bill = r(e * w / 10000, 0); return [d, ri(200, 2500), e, bill]; });
  rows.forEach(x => x.push(r(x[3] * 10000 / x[2], 0)));
  const U = sum(rows.map(x => x[1])), E = sum(rows.map(x => x[2])), B = sum(rows.map(x => x[3]));
  rows.push(['全市合计', U, E, B, r(B * 10000 / E, 0)]);
  add({ name: 'c23_wage_by_district', sheet: '劳动工资', title: '2023年各区县城镇非私营单位劳动工资情况', unit: '',
    headers: ['区县', '法人单位数(个)', '平均职工人数(人)', '工资总额(万元)', '平均工资(元)'], rows, fmts: [null, 0, 0, 0, 0] });
})();

// 24 结婚率 离婚率 per 1000
(function () {
  const rows = DISTRICTS.slice(0, 8).map(d => { const p = ri(100000, 800000); const m = Math.round(p * (0.004 + rnd() * 0.004)); const dv = Math.round(p * (0.0015 + rnd() * 0.0015)); return [d, p, m, dv]; });
  rows.forEach(x => { x.push(r(x[2] / x[1] * 1000, 2)); x.push(r(x[3] * 2 / x[1] * 1000, 2)); });
  const P = sum(rows.map(x => x[1])), M = sum(rows.map(x => x[2])), D = sum(rows.map(x => x[3]));
  rows.push(['全市', P, M, D, r(M / P * 1000, 2), r(D * 2 / P * 1000, 2)]);
  add({ name: 'c24_marriage_divorce', sheet: '婚姻', title: '2023年各区县婚姻登记情况', unit: '',
    headers: ['地区', '年平均人口(人)', '结婚登记(对)', '离婚登记(对)', '结婚率(‰)', '粗离婚率(‰)'], rows, fmts: [null, 0, 0, 0, 2, 2] });
})();


// 25 每千人口床位 with 其中 rows (urban part has higher density)
(function () {
  const pu = r(ri(800, 1500) / 10, 1), pr = r(ri(1500, 2600) / 10, 1);
  const bu = Math.round(pu * 10 * (8 + rnd() * 3)), br = Math.round(pr * 10 * (3 + rnd() * 2));
  const P = r(pu + pr, 1), B = bu + br;
  const rows = [['全市', P, B, r(B / (P * 10), 2)], ['其中：市辖区', pu, bu, r(bu / (pu * 10), 2)], ['      县(市)', pr, br, r(br / (pr * 10), 2)]];
  const prev = rows.map(x => Math.round(x[2] / (1.03 + rnd() * 0.04)));
  rows.forEach((x, i) => x.push(prev[i]));
  add({ name: 'c25_beds_with_qizhong', sheet: '床位', title: '2023年医疗卫生机构床位数', unit: '',
    headers: ['地区', '常住人口(万人)', '床位数(张)', '每千人口床位数(张)', '上年床位数(张)'], rows, fmts: [null, 1, 0, 2, 0] });
})();

// 26 平均工资 全部 / 其中 国有 with employees and bill
(function () {
  const e1 = ri(40000, 90000), e2 = ri(60000, 150000), e3 = ri(5000, 15000);
  const w1 = ri(110000, 135000), w2 = ri(65000, 80000), w3 = ri(70000, 90000);
  const b1 = r(e1 * w1 / 10000, 0), b2 = r(e2 * w2 / 10000, 0), b3 = r(e3 * w3 / 10000, 0);
  const E = e1 + e2 + e3, B = b1 + b2 + b3;
  const rows = [['城镇非私营单位', E, B, r(B * 10000 / E, 0)], ['  其中：国有单位', e1, b1, r(b1 * 10000 / e1, 0)], ['        城镇集体单位', e3, b3, r(b3 * 10000 / e3, 0)], ['        其他单位', e2, b2, r(b2 * 10000 / e2, 0)]];
  add({ name: 'c26_wage_by_ownership', sheet: '按登记注册类型', title: '2023年按登记注册类型分城镇非私营单位工资', unit: '',
    headers: ['登记注册类型', '平均职工人数(人)', '工资总额(万元)', '平均工资(元)'], rows, fmts: [null, 0, 0, 0] });
})();

// 27 出生率 with 其中 城镇/乡村
(function () {
  const pu = ri(400000, 700000), pr = ri(300000, 500000);
  const bu = Math.round(pu * 0.0052), br = Math.round(pr * 0.0081), du = Math.round(pu * 0.0055), dr = Math.round(pr * 0.0092);
  const mk = (n, p, b, d) => [n, p, b, d, r(b / p * 1000, 2), r(d / p * 1000, 2), r((b - d) / p * 1000, 2)];
  const rows = [mk('全县', pu + pr, bu + br, du + dr), mk('其中：城镇', pu, bu, du), mk('      乡村', pr, br, dr)];
  add({ name: 'c27_birth_rate_qizhong', sheet: '人口', title: '2023年人口出生死亡情况', unit: '',
    headers: ['指标', '年平均人口(人)', '出生人数(人)', '死亡人数(人)', '出生率(‰)', '死亡率(‰)', '自然增长率(‰)'], rows, fmts: [null, 0, 0, 0, 2, 2, 2] });
})();

// ---------- write ----------
async function write(spec, file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet);
  const ncol = spec.headers.length;
  ws.addRow([spec.title]);
  ws.mergeCells(1, 1, 1, ncol);
  let headerRow = 2;
  if (spec.unit) { const rr = ws.addRow([]); rr.getCell(ncol).value = spec.unit; headerRow = 3; }
  ws.addRow(spec.headers);
  spec.rows.forEach(row => ws.addRow(row));
  spec.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      const f = spec.fmts[j];
      if (f !== null && f !== undefined && typeof v === 'number') ws.getCell(headerRow + 1 + i, j + 1).numFmt = f === 0 ? '#,##0' : '0.' + '0'.repeat(f);
    });
  });
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 18 : 16; });
  await wb.xlsx.writeFile(file);
  return headerRow;
}

// planted: [specName, rowLabel, colIndex(0-based), newValue function]
const plants = [
  ['c01_income_per_capita', '全市', 3, v => v + 1800],            // weighted average wrong
  ['c02_household_size', '南湖区', 3, v => r(v + 0.31, 2)],        // 户均 wrong
  ['c03_avg_wage_industry', '制造业', 3, v => v - 6400],           // avg wage wrong
  ['c04_beds_per_1000', '全市', 2, v => v + 900],                  // total beds not sum
  ['c06_birth_death_rates', '东城区', 6, v => r(v + 1.2, 2)],      // natural growth != counts
  ['c07_teacher_student_ratio', '初中', 4, v => '1:' + (parseFloat(v.split(':')[1]) + 2.4).toFixed(1)],
  ['c08_population_density', '北山区', 3, v => v + 160],
  ['c09_members_per_org', '合计', 3, v => r(v + 3.5, 1)],
  ['c10_member_share_of_workers', '开发区', 4, v => r(v + 4.2, 1)],
  ['c11_town_total_and_mean', '平均', 2, v => r(v + 850.5, 1)],
  ['c14_avg_wage_growth', '西城区', 3, v => r(v + 3.0, 1)],
  ['c17_hospital_bed_use', '市中医院', 5, v => r(v - 9.5, 2)],
  ['c23_wage_by_district', '全市合计', 2, v => v + 3200],          // total employees not sum
  ['c15_urban_rural_income', '全体居民', 4, v => r(v + 2.6, 1)],   // growth wrong
  ['c12_housing_area_avg', '全市平均', 3, v => r(v + 2.4, 1)],
  ['c25_beds_with_qizhong', '其中：市辖区', 2, v => v + 450],
];

(async () => {
  const manifest = {};
  const colL = i => String.fromCharCode(65 + i);
  for (const s of specs) {
    await write(s, path.join(OUT, s.name + '.xlsx'));
    manifest[s.name + '.xlsx'] = { planted: null };
  }
  for (const [name, label, col, fn] of plants) {
    const s = specs.find(x => x.name === name);
    const copy = JSON.parse(JSON.stringify(s));
    const ri_ = copy.rows.findIndex(x => x[0] === label);
    const old = copy.rows[ri_][col];
    copy.rows[ri_][col] = fn(old);
    copy.name = 'p_' + name.slice(1);
    const hr = await write(copy, path.join(OUT, copy.name + '.xlsx'));
    const cell = `${copy.sheet}!${colL(col)}${hr + 1 + ri_}`;
    manifest[copy.name + '.xlsx'] = { planted: cell, was: old, now: copy.rows[ri_][col] };
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
