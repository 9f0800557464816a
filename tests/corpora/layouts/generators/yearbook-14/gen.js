// Round 21 generator: yearbook / bulletin tables on 民政, 司法公安, 文化体育, 邮电, 交通, 水利, 环境, 科技, 气象, 人大, 工会, 县公报.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
let seed = 2121;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return Math.floor(a + rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(x, d) { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-7 : -1e-7)) / m; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function g(cur, prev, d = 1) { return r((cur / prev - 1) * 100, d); }
function F(v, d) { return { v, f: d === 0 ? '0' : '0.' + '0'.repeat(d) }; }
function P(v, d) { return F(r(v, d), d); }
function comma(n) { return n.toLocaleString('en-US'); }
function fx(v, d) { return r(v, d).toFixed(d); }
const CO = ['城关区', '东湖区', '西山区', '高新区', '临河县', '青阳县', '石门县', '柳江县', '云台县'];
const CO6 = ['城关区', '东湖区', '西山区', '临河县', '青阳县', '石门县'];
const TOWNS = ['城关镇', '河口镇', '石桥乡', '柳林镇', '马坊乡', '桃源镇', '杨庄乡', '双河镇'];
const tables = [];
function T(file, build, plant) { tables.push({ file, build, plant }); }
const colsum = (rows, c) => sum(rows.map(x => (typeof x[c] === 'object' ? x[c].v : x[c])));

// ============ 民政 ============
// 1 社会组织 by 登记管理机关, merged 2-row header, 全市 at top
T('01_社会组织登记.xlsx', () => {
  const rows = [['表21-1  各级民政部门登记的社会组织（2025年末）'], ['单位：个'],
    ['登记管理机关', '社会组织合计', '社会团体', '', '民办非企业单位', '', '基金会'],
    ['', '', '计', '其中：行业协会商会', '计', '其中：教育类', '']];
  const lv = ['市本级', ...CO6];
  const d = lv.map(n => { const st = ri(80, 600), hy = ri(5, Math.min(st, 60)), mf = ri(100, 900), ed = ri(20, mf * 0.6 | 0), jj = n === '市本级' ? ri(10, 30) : ri(0, 4); return [n, st + mf + jj, st, hy, mf, ed, jj]; });
  const tot = ['全市', ...[1, 2, 3, 4, 5, 6].map(c => colsum(d, c))];
  rows.push(tot, ...d);
  rows.push(['注：基金会均在市级及以上民政部门登记，县级为0的以“-”表示。']);
  rows.forEach(x => { if (x.length === 7 && x[6] === 0) x[6] = '-'; });
  return [{ name: '社会组织', rows, merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:G4'] }];
}, ['东湖区', 1, '+7']);

// 2 养老服务 with 计量单位 column and per-1000-elderly rate
T('02_养老服务.xlsx', () => {
  const inst = ri(90, 160), pub = ri(30, inst - 40), pri = inst - pub;
  const bedsPub = ri(6000, 9000), bedsPri = ri(8000, 14000), beds = bedsPub + bedsPri;
  const comm = ri(300, 700), commBeds = ri(3000, 6000);
  const old = rf(80, 120) * 1e4; // 60岁以上老年人口
  const totBeds = beds + commBeds;
  const rows = [['21-2 养老服务机构和设施'], ['指标', '计量单位', '2025年'],
    ['养老机构', '个', inst], ['  其中：公办养老机构', '个', pub], ['        民办养老机构', '个', pri],
    ['养老机构床位', '张', beds], ['  其中：公办', '张', bedsPub], ['        护理型床位', '张', ri(beds * 0.4, beds * 0.6) | 0],
    ['社区养老服务机构和设施', '个', comm], ['社区养老服务床位', '张', commBeds],
    ['养老服务床位合计', '张', totBeds],
    ['60岁及以上老年人口', '万人', P(old / 1e4, 2)],
    ['每千名老年人拥有养老床位', '张', P(totBeds / old * 1000, 1)],
    ['注：养老服务床位合计包括养老机构床位和社区养老服务床位。']];
  return [{ name: '养老', rows }];
}, ['  其中：公办养老机构', 2, 'x1.5']);

// 3 低保 城市/农村 by county, 人数 and 金额 and 月人均
function dibao(totalBottom, totalName, textNums) {
  const rows = [['各县（区）最低生活保障情况（2025年）'],
    ['地区', '城市最低生活保障', '', '', '农村最低生活保障', '', ''],
    ['', '保障人数（人）', '全年支出（万元）', '月人均补助水平（元）', '保障人数（人）', '全年支出（万元）', '月人均补助水平（元）']];
  const d = CO6.map(n => { const up = ri(2000, 12000), rp = ri(5000, 30000); const ua = up * rf(520, 700) * 12 / 1e4, ra = rp * rf(330, 480) * 12 / 1e4; return { n, up, rp, ua, ra }; });
  const T0 = { n: totalName, up: sum(d.map(x => x.up)), rp: sum(d.map(x => x.rp)), ua: sum(d.map(x => x.ua)), ra: sum(d.map(x => x.ra)) };
  const line = x => [x.n, textNums ? comma(x.up) : x.up, P(x.ua, 1), Math.round(x.ua * 1e4 / x.up / 12), textNums ? comma(x.rp) : x.rp, P(x.ra, 1), Math.round(x.ra * 1e4 / x.rp / 12)];
  if (!totalBottom) rows.push(line(T0));
  d.forEach(x => rows.push(line(x)));
  if (totalBottom) rows.push(line(T0));
  rows.push(['说明：月人均补助水平=全年支出÷保障人数÷12。']);
  return [{ name: '低保', rows, merges: ['A2:A3', 'B2:D2', 'E2:G2'] }];
}
T('03_低保分县.xlsx', () => dibao(false, '全市', false), ['青阳县', 4, '+7']);
T('04_低保分县_合计在下_文本.xlsx', () => dibao(true, '合  计', true));

// 5 特困人员 集中/分散 供养 years as columns
T('05_特困人员供养.xlsx', () => {
  const rows = [['特困人员救助供养情况'], ['单位：人、万元'], ['项目', '2021年', '2022年', '2023年', '2024年', '2025年']];
  const ys = [0, 1, 2, 3, 4].map(() => { const c1 = ri(3000, 5000), c2 = ri(8000, 14000); return { t: c1 + c2, c1, c2, u: ri(800, 1500), m: c1 * rf(1.2, 1.6) + c2 * rf(0.6, 0.9) }; });
  rows.push(['特困人员供养人数', ...ys.map(y => y.t)], ['  集中供养', ...ys.map(y => y.c1)], ['  分散供养', ...ys.map(y => y.c2)], ['  #城市特困人员', ...ys.map(y => y.u)], ['救助供养资金支出', ...ys.map(y => P(y.m, 1))]);
  return [{ name: '特困', rows }];
}, ['  集中供养', 3, '+7']);

// 6 婚姻登记 with 粗离婚率 ‰
T('06_婚姻登记.xlsx', () => {
  const rows = [['婚姻登记情况'], ['年份', '结婚登记（对）', '#涉外及港澳台', '离婚登记（对）', '年平均人口（万人）', '粗结婚率（‰）', '粗离婚率（‰）']];
  for (let y = 2019; y <= 2025; y++) { const pop = rf(360, 380), m = ri(18000, 32000), dv = ri(6000, 10000), fr = ri(20, 90); rows.push([y, m, fr, dv, P(pop, 2), P(m * 2 / (pop * 1e4) * 1000, 2), P(dv * 2 / (pop * 1e4) * 1000, 2)]); }
  rows.push(['注：粗结婚（离婚）率=结婚（离婚）登记对数×2÷年平均人口×1000‰。']);
  return [{ name: '婚姻', rows }];
});

// 7 殡葬 火化率 by county, 合计 at bottom
T('07_殡葬火化率.xlsx', () => {
  const rows = [['各县区殡葬服务'], ['地区', '殡仪馆（个）', '死亡人数（人）', '火化遗体（具）', '火化率（%）', '公益性公墓（个）']];
  const d = CO6.map(n => { const dd = ri(2000, 9000); return [n, ri(1, 2), dd, Math.round(dd * rf(0.55, 0.99)), 0, ri(2, 40)]; });
  const t = ['全市合计', colsum(d, 1), colsum(d, 2), colsum(d, 3), 0, colsum(d, 5)];
  [...d, t].forEach(x => { x[4] = P(x[3] / x[2] * 100, 1); rows.push(x); });
  return [{ name: '殡葬', rows }];
}, ['石门县', 4, 'x1.1']);

// ============ 司法/公安 ============
// 8 刑事案件 立案/破案 by type
T('08_刑事案件.xlsx', () => {
  const rows = [['公安机关立案的刑事案件'], ['单位：起'], ['案件类别', '立案数', '', '破案数', '', '破案率（%）'], ['', '2024年', '2025年', '2024年', '2025年', '2025年']];
  const ty = ['杀人', '伤害', '抢劫', '强奸', '拐卖妇女儿童', '盗窃', '诈骗', '走私', '假币', '其他'];
  const d = ty.map(n => { const a = ri(5, 6000), b = ri(5, 6000); return [n, a, b, Math.round(a * rf(0.3, 1)), Math.round(b * rf(0.3, 1))]; });
  d[4][1] = 0; d[4][3] = 0; d[8][2] = 3; d[8][4] = 3;
  const t = ['总计', ...[1, 2, 3, 4].map(c => colsum(d, c))];
  [t, ...d].forEach(x => { x.push(x[2] ? P(x[4] / x[2] * 100, 1) : '-'); x[1] = x[1] === 0 ? '-' : x[1]; x[3] = x[3] === 0 ? '-' : x[3]; rows.push(x); });
  return [{ name: '刑事案件', rows, merges: ['A3:A4', 'B3:C3', 'D3:E3'] }];
}, ['盗窃', 4, 'x1.1']);

// 9 法院 收案/结案 by case type, 结案率
T('09_法院案件.xlsx', () => {
  const rows = [['人民法院审理案件情况'], ['单位：件、%'], ['案件类型', '收案', '', '', '结案', '结案率'], ['', '合计', '旧存', '新收', '', '']];
  const ty = ['刑事', '民事', '  #婚姻家庭', '行政', '执行', '国家赔偿', '其他'];
  const d = ty.map(n => { const old = ri(50, 3000), nw = ri(100, 30000); return [n, old + nw, old, nw, Math.round((old + nw) * rf(0.8, 0.98))]; });
  // 婚姻家庭 is part of 民事
  const mi = d[1]; const hj = d[2]; hj[2] = ri(10, mi[2] / 3 | 0); hj[3] = ri(10, mi[3] / 3 | 0); hj[1] = hj[2] + hj[3]; hj[4] = Math.round(hj[1] * 0.9);
  const top = d.filter((_, i) => i !== 2);
  const t = ['总计', ...[1, 2, 3, 4].map(c => colsum(top, c))];
  [t, ...d].forEach(x => { x.push(P(x[4] / x[1] * 100, 2)); rows.push(x); });
  return [{ name: '法院', rows, merges: ['A3:A4', 'B3:D3', 'E3:E4', 'F3:F4'] }];
}, ['行政', 2, '+7']);

// 10 律师公证 with 计量单位, 其中 overlapping
T('10_律师公证法律援助.xlsx', () => {
  const law = ri(3000, 5000), full = law - ri(200, 600), part = law - full;
  const cases = ri(8000, 15000), crim = ri(2000, cases / 2 | 0);
  const rows = [['律师、公证和法律援助'], ['项目', '单位', '2024年', '2025年', '增长（%）']];
  const prev = [ri(150, 200), Math.round(law * 0.93), Math.round(full * 0.93), ri(90000, 120000), ri(40, 60), ri(100000, 140000), Math.round(cases * 0.9), Math.round(crim * 0.9)];
  const curr = [ri(200, 260), law, full, ri(100000, 140000), ri(40, 60), ri(120000, 160000), cases, crim];
  const lab = [['律师事务所', '个'], ['律师', '人'], ['  其中：专职律师', '人'], ['律师办理各类法律事务', '件'], ['公证机构', '个'], ['办理公证文书', '件'], ['法律援助案件', '件'], ['  #刑事案件', '件']];
  lab.forEach(([l, u], i) => rows.push([l, u, prev[i], curr[i], P((curr[i] / prev[i] - 1) * 100, 1)]));
  return [{ name: '司法行政', rows }];
}, ['  其中：专职律师', 3, 'x1.2']);

// 11 道路交通事故 by month with 合计
T('11_交通事故分月.xlsx', () => {
  const rows = [['道路交通事故情况（2025年）'], ['月份', '事故起数（起）', '死亡人数（人）', '受伤人数（人）', '直接财产损失（万元）']];
  const d = []; for (let m = 1; m <= 12; m++) d.push([m + '月', ri(30, 90), ri(5, 25), ri(30, 100), P(rf(5, 40), 2)]);
  const t = ['全年', colsum(d, 1), colsum(d, 2), colsum(d, 3), F(r(sum(d.map(x => x[4].v)), 2), 2)];
  rows.push(t, ...d);
  return [{ name: '交通事故', rows }];
}, ['7月', 2, '+7']);

// 12 人民调解 by county with 调解成功率 and rank
T('12_人民调解.xlsx', () => {
  const rows = [['各县区人民调解工作情况'], ['地区', '调解组织（个）', '人民调解员（人）', '调解案件（件）', '调解成功（件）', '调解成功率（%）', '成功率位次']];
  const d = CO6.map(n => { const c = ri(1500, 9000); return [n, ri(120, 400), ri(600, 2500), c, Math.round(c * rf(0.9, 0.995))]; });
  d.forEach(x => x.push(r(x[4] / x[3] * 100, 1)));
  const ord = [...d].sort((a, b) => b[5] - a[5]); d.forEach(x => x.push(ord.indexOf(x) + 1));
  const t = ['全市', colsum(d, 1), colsum(d, 2), colsum(d, 3), colsum(d, 4)]; t.push(r(t[4] / t[3] * 100, 1)); t.push('');
  [t, ...d].forEach(x => { x[5] = F(x[5], 1); rows.push(x); });
  return [{ name: '人民调解', rows }];
}, ['全市', 3, '+7']);

// ============ 文化体育 ============
// 13 公共图书馆 by county, 万册 & 万人次 rounded per cell
T('13_公共图书馆.xlsx', () => {
  const rows = [['各县区公共图书馆情况'], ['地区', '机构数（个）', '从业人员（人）', '总藏量（万册）', '#图书', '总流通人次（万人次）', '书刊文献外借册次（万册次）', '人均藏书量（册）']];
  const d = CO6.map(n => ({ n, k: ri(1, 3), e: ri(20, 150), c: rf(20, 200) * 1e4, pop: rf(30, 90) * 1e4 }));
  d.forEach(x => { x.b = x.c * rf(0.8, 0.95); x.f = rf(10, 120) * 1e4; x.l = rf(5, 60) * 1e4; });
  const t = { n: '全市', k: sum(d.map(x => x.k)), e: sum(d.map(x => x.e)), c: sum(d.map(x => x.c)), b: sum(d.map(x => x.b)), f: sum(d.map(x => x.f)), l: sum(d.map(x => x.l)), pop: sum(d.map(x => x.pop)) };
  [t, ...d].forEach(x => rows.push([x.n, x.k, x.e, P(x.c / 1e4, 2), P(x.b / 1e4, 2), P(x.f / 1e4, 2), P(x.l / 1e4, 2), P(x.c / x.pop, 2)]));
  rows.push(['注：全市数据含市图书馆。'.replace('含市图书馆', '为各县区合计')]);
  return [{ name: '图书馆', rows }];
}, ['西山区', 3, 'x1.1']);

// 14 博物馆 by 类型 with 其中 未成年人
T('14_博物馆.xlsx', () => {
  const rows = [['博物馆基本情况'], ['', '', '', '', '', '单位：个、件/套、万人次'], ['类型', '机构数', '文物藏品', '#一级文物', '参观人次', '#未成年人', '基本陈列（个）']];
  const ty = ['文物系统国有博物馆', '其他行业国有博物馆', '非国有博物馆'];
  const d = ty.map(n => { const a = ri(2, 20), c = ri(2000, 90000), v = rf(10, 300); return [n, a, c, ri(0, c / 200 | 0), v, v * rf(0.15, 0.35), ri(a, a * 3)]; });
  const t = ['合计', colsum(d, 1), colsum(d, 2), colsum(d, 3), sum(d.map(x => x[4])), sum(d.map(x => x[5])), colsum(d, 6)];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], x[3], P(x[4], 2), P(x[5], 2), x[6]]));
  return [{ name: '博物馆', rows }];
}, ['非国有博物馆', 3, { set: 99999 }]);

// 15 体育场地 by 类型, 面积 万平方米, 人均
T('15_体育场地.xlsx', () => {
  const rows = [['体育场地基本情况（2025年末）'], ['场地类型', '数量（个）', '场地面积（万平方米）', '构成（%）']];
  const ty = ['田径场地', '游泳场地', '球类运动场地', '  #篮球场地', '  #足球场地', '冰雪运动场地', '体育健身场地', '  #全民健身路径', '其他体育场地'];
  const top = { '田径场地': [200, 600, 50, 150], '游泳场地': [50, 200, 5, 30], '球类运动场地': [3000, 8000, 200, 500], '冰雪运动场地': [0, 5, 0, 2], '体育健身场地': [4000, 9000, 100, 300], '其他体育场地': [500, 2000, 30, 120] };
  const data = {}; for (const k in top) { const [a, b, c, e] = top[k]; data[k] = [ri(a, b), rf(c, e) * 1e4]; }
  const bb = data['球类运动场地']; data['  #篮球场地'] = [Math.round(bb[0] * 0.55), bb[1] * 0.4]; data['  #足球场地'] = [Math.round(bb[0] * 0.08), bb[1] * 0.3];
  const hs = data['体育健身场地']; data['  #全民健身路径'] = [Math.round(hs[0] * 0.7), hs[1] * 0.35];
  const N = sum(Object.keys(top).map(k => data[k][0])), A = sum(Object.keys(top).map(k => data[k][1]));
  rows.push(['总计', N, P(A / 1e4, 2), F(100, 1)]);
  ty.forEach(k => rows.push([k, data[k][0], P(data[k][1] / 1e4, 2), P(data[k][1] / A * 100, 1)]));
  const pop = rf(350, 380) * 1e4;
  rows.push(['年末常住人口（万人）', '', P(pop / 1e4, 2), ''], ['人均体育场地面积（平方米）', '', P(A / pop, 2), '']);
  return [{ name: '体育场地', rows }];
}, ['游泳场地', 2, 'x1.3']);

// 16 文物保护单位 by 级别 by county, 合计 column at right
T('16_文物保护单位.xlsx', () => {
  const rows = [['各县区文物保护单位数量'], ['单位：处'], ['地区', '全国重点', '省级', '市级', '县级', '合计']];
  const d = CO6.map(n => { const x = [n, ri(0, 3), ri(1, 12), ri(5, 30), ri(20, 120)]; x.push(x[1] + x[2] + x[3] + x[4]); return x; });
  d.forEach(x => rows.push(x.map((v, i) => (i > 0 && v === 0 ? '-' : v))));
  const t = ['总  计', ...[1, 2, 3, 4, 5].map(c => colsum(d, c))]; rows.push(t);
  return [{ name: '文保', rows }];
}, ['临河县', 5, '+7']);

// 17 艺术表演 场次/观众 with 农村 其中
T('17_艺术表演团体.xlsx', () => {
  const rows = [['艺术表演团体和艺术表演场馆'], ['指标', '计量单位', '2024年', '2025年', '比上年增减（%）']];
  const mk = () => { const t = ri(2000, 5000), rur = Math.round(t * rf(0.4, 0.7)), aud = rf(150, 400); return { g: ri(20, 40), e: ri(800, 1500), t, rur, aud, ra: aud * rf(0.4, 0.7), inc: rf(800, 3000) }; };
  const a = mk(), b = mk();
  [['艺术表演团体', '个', 'g', 0], ['从业人员', '人', 'e', 0], ['演出场次', '场', 't', 0], ['  其中：赴农村演出', '场', 'rur', 0], ['国内观众人次', '万人次', 'aud', 2], ['  其中：农村观众', '万人次', 'ra', 2], ['演出收入', '万元', 'inc', 1]].forEach(([l, u, k, d]) => rows.push([l, u, d ? P(a[k], d) : a[k], d ? P(b[k], d) : b[k], P((r(b[k], d) / r(a[k], d) - 1) * 100, 1)]));
  return [{ name: '艺术表演', rows }];
}, ['演出场次', 3, 'x1.1']);

// 18 运动会 medals by 代表队, rank
T('18_运动会奖牌.xlsx', () => {
  const rows = [['第十届市运动会奖牌榜'], ['名次', '代表团', '金牌', '银牌', '铜牌', '奖牌总数']];
  const d = CO6.map(n => { const a = ri(5, 60), b = ri(5, 60), c = ri(5, 60); return [n, a, b, c, a + b + c]; }).sort((x, y) => y[1] - x[1] || y[2] - x[2]);
  d.forEach((x, i) => rows.push([i + 1, ...x]));
  rows.push(['', '合计', colsum(d, 1), colsum(d, 2), colsum(d, 3), colsum(d, 4)]);
  return [{ name: '奖牌榜', rows }];
}, ['', 0, 'skip']);

// 19 广播电视覆盖率 years as columns
T('19_广播电视覆盖.xlsx', () => {
  const rows = [['广播电视基本情况'], ['指标', '2021', '2022', '2023', '2024', '2025']];
  const tv = [0, 1, 2, 3, 4].map(() => P(rf(99.1, 99.95), 2)), rd = [0, 1, 2, 3, 4].map(() => P(rf(98.5, 99.9), 2));
  const cab = [0, 1, 2, 3, 4].map(() => rf(40, 70)), iptv = cab.map(x => x * rf(0.3, 0.5));
  rows.push(['广播节目综合人口覆盖率（%）', ...rd], ['电视节目综合人口覆盖率（%）', ...tv], ['有线广播电视实际用户（万户）', ...cab.map(x => P(x, 2))], ['  #高清电视用户', ...iptv.map(x => P(x, 2))], ['公共广播电视节目（套）', ...[0, 1, 2, 3, 4].map(() => ri(6, 9))]);
  return [{ name: '广电', rows }];
});

// ============ 邮政电信 ============
// 20 邮政业务, 快递 其中 同城/异地/国际
T('20_邮政快递.xlsx', () => {
  const rows = [['邮政业务主要指标'], ['指标', '计量单位', '2025年', '比上年增长（%）']];
  const tc = rf(5000, 9000), yd = rf(30000, 60000), gj = rf(100, 600), kd = tc + yd + gj;
  const pv = [tc / rf(1.02, 1.2), yd / rf(1.02, 1.2), gj / rf(0.9, 1.3)]; const pkd = sum(pv);
  rows.push(['邮政业务总量', '亿元', P(rf(60, 90), 2), P(rf(8, 20), 1)], ['邮政业务收入', '亿元', P(rf(40, 60), 2), P(rf(5, 15), 1)],
    ['快递业务量', '万件', P(kd, 1), P((kd / pkd - 1) * 100, 1)], ['  同城', '万件', P(tc, 1), P((tc / pv[0] - 1) * 100, 1)], ['  异地', '万件', P(yd, 1), P((yd / pv[1] - 1) * 100, 1)], ['  国际及港澳台', '万件', P(gj, 1), P((gj / pv[2] - 1) * 100, 1)],
    ['邮政营业网点', '处', ri(300, 500), P(rf(-3, 5), 1)], ['  #村邮站', '处', ri(100, 290), P(rf(-3, 5), 1)]);
  return [{ name: '邮政', rows }];
}, ['  异地', 2, 'x1.1']);

// 21 电信用户 万户, years columns, 普及率 per 100
T('21_电信用户.xlsx', () => {
  const rows = [['电信主要指标'], ['', '', '', '', '', '单位：万户'], ['指标', '2021年', '2022年', '2023年', '2024年', '2025年']];
  const Y = [0, 1, 2, 3, 4].map(i => { const pop = rf(360, 372); const fix = rf(60, 80) - i * 3, mob = rf(420, 460) + i * 5, g5 = i === 0 ? rf(40, 60) : rf(60 * i, 90 * i); const bb = rf(140, 170) + i * 6; return { pop, fix, mob, g5, bb, all: fix + mob }; });
  rows.push(['电话用户', ...Y.map(y => P(y.all, 2))], ['  固定电话用户', ...Y.map(y => P(y.fix, 2))], ['  移动电话用户', ...Y.map(y => P(y.mob, 2))], ['    #5G用户', ...Y.map(y => P(y.g5, 2))],
    ['互联网宽带接入用户', ...Y.map(y => P(y.bb, 2))], ['电话普及率（部/百人）', ...Y.map(y => P(y.all / y.pop * 100, 1))], ['  #移动电话普及率（部/百人）', ...Y.map(y => P(y.mob / y.pop * 100, 1))]);
  rows.push(['注：普及率按年末常住人口计算。']);
  return [{ name: '电信', rows }];
}, ['  固定电话用户', 4, '+7']);

// 22 电信用户 by county, 万户 2 decimals, 全市 sum of unrounded
T('22_分县电信用户.xlsx', () => {
  const rows = [['各县区通信用户（2025年末）'], ['单位：万户'], ['地区', '固定电话', '移动电话', '#5G', '宽带接入', '比上年增减', ''], ['', '', '', '', '', '移动电话', '宽带接入']];
  const d = CO.map(n => { const m = rf(15, 90); return { n, f: rf(2, 15), m, g: m * rf(0.5, 0.8), b: rf(6, 35), dm: rf(-1, 3), db: rf(-0.5, 2) }; });
  const t = { n: '全市' }; ['f', 'm', 'g', 'b', 'dm', 'db'].forEach(k => t[k] = sum(d.map(x => x[k])));
  [t, ...d].forEach(x => rows.push([x.n, P(x.f, 2), P(x.m, 2), P(x.g, 2), P(x.b, 2), P(x.dm, 2), P(x.db, 2)]));
  return [{ name: '通信', rows, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:G3'] }];
}, ['石门县', 3, { set: 95.12 }]);

// ============ 交通运输 ============
// 23 客运量 by mode, 周转量 亿人公里
function transport(freight) {
  const modes = ['铁路', '公路', '水路', '民航'];
  const q = modes.map(() => rf(50, 5000)), z = modes.map((_, i) => q[i] * rf(0.005, 0.2));
  const pq = q.map(x => x / rf(0.9, 1.2)), pz = z.map(x => x / rf(0.9, 1.2));
  const Q = sum(q), Z = sum(z), PQ = sum(pq), PZ = sum(pz);
  const u = freight ? ['货运量（万吨）', '货物周转量（亿吨公里）'] : ['旅客运输量（万人）', '旅客周转量（亿人公里）'];
  const rows = [[freight ? '各种运输方式完成货物运输量' : '各种运输方式完成旅客运输量'], ['运输方式', u[0], '', '', u[1], '', ''], ['', '2025年', '比上年增长（%）', '构成（%）', '2025年', '比上年增长（%）', '构成（%）']];
  rows.push(['总计', P(Q, 1), P((Q / PQ - 1) * 100, 1), F(100, 1), P(Z, 2), P((Z / PZ - 1) * 100, 1), F(100, 1)]);
  modes.forEach((m, i) => rows.push([m, P(q[i], 1), P((q[i] / pq[i] - 1) * 100, 1), P(q[i] / Q * 100, 1), P(z[i], 2), P((z[i] / pz[i] - 1) * 100, 1), P(z[i] / Z * 100, 1)]));
  return [{ name: freight ? '货运' : '客运', rows, merges: ['A2:A3', 'B2:D2', 'E2:G2'] }];
}
T('23_客运量.xlsx', () => transport(false), ['公路', 4, 'x1.2']);
T('24_货运量.xlsx', () => transport(true), ['水路', 1, 'x1.2']);

// 25 公路里程 two breakdowns of same total
T('25_公路里程.xlsx', () => {
  const rows = [['公路通车里程（2025年末）'], ['单位：公里'], ['按技术等级分', '里程', '按行政等级分', '里程']];
  const tech = [['高速公路', rf(300, 600)], ['一级公路', rf(300, 900)], ['二级公路', rf(1000, 2000)], ['三级公路', rf(1000, 3000)], ['四级公路', rf(8000, 15000)], ['等外公路', rf(100, 900)]].map(([n, v]) => [n, r(v, 1)]);
  const T0 = r(sum(tech.map(x => x[1])), 1);
  const adm = [['国道', r(rf(500, 900), 1)], ['省道', r(rf(900, 1800), 1)], ['县道', r(rf(1500, 3000), 1)], ['乡道', r(rf(3000, 6000), 1)], ['专用公路', r(rf(50, 200), 1)]];
  adm.push(['村道', r(T0 - sum(adm.map(x => x[1])), 1)]);
  rows.push(['总  计', F(T0, 1), '总  计', F(T0, 1)]);
  for (let i = 0; i < 6; i++) rows.push([tech[i][0], F(tech[i][1], 1), adm[i][0], F(adm[i][1], 1)]);
  rows.push(['公路密度（公里/百平方公里）', P(T0 / rf(8000, 9000) * 100, 2), '', '']);
  return [{ name: '公路里程', rows }];
}, ['三级公路', 1, '+7']);

// 26 民用汽车 nested 其中, 万辆
T('26_民用汽车.xlsx', () => {
  const rows = [['民用汽车拥有量'], ['单位：万辆'], ['指标', '2024年末', '2025年末', '比上年末增长（%）']];
  const mk = () => { const car = rf(60, 80), tr = rf(8, 12), oth = rf(0.2, 0.5); const pv = car * rf(0.85, 0.92), jc = pv * rf(0.6, 0.7), ne = rf(3, 9); return { all: car + tr + oth, car, tr, oth, pv, jc, ne }; };
  const a = mk(), b = mk(); b.all = a.all * 1.06; const s = b.all / (b.car + b.tr + b.oth); ['car', 'tr', 'oth', 'pv', 'jc'].forEach(k => b[k] *= s); b.ne = a.ne * 1.4;
  [['民用汽车拥有量', 'all'], ['  载客汽车', 'car'], ['  载货汽车', 'tr'], ['  其他汽车', 'oth'], ['#私人汽车', 'pv'], ['  #轿车', 'jc'], ['#新能源汽车', 'ne']].forEach(([l, k]) => rows.push([l, P(a[k], 2), P(b[k], 2), P((b[k] / a[k] - 1) * 100, 1)]));
  return [{ name: '汽车', rows }];
}, ['  载货汽车', 2, 'x1.3']);

// 27 港口吞吐量 with 集装箱 (万标箱, not a part)
T('27_港口吞吐量.xlsx', () => {
  const rows = [['港口货物吞吐量'], ['港区', '货物吞吐量（万吨）', '#外贸', '集装箱吞吐量（万标箱）', '旅客吞吐量（万人次）']];
  const d = ['北港区', '南港区', '东港区', '内河港区'].map(n => { const t = rf(500, 8000); return [n, t, t * rf(0.05, 0.5), rf(0.5, 60), rf(0, 30)]; });
  d[3][2] = 0; d[3][4] = 0;
  const t = ['全港', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], P(x[1], 1), x[2] ? P(x[2], 1) : '-', P(x[3], 2), x[4] ? P(x[4], 1) : '-']));
  return [{ name: '港口', rows }];
}, ['南港区', 2, { set: 99999.9 }]);

// 28 城市公共交通 by city area, 续表 on second sheet
T('28_城市公交.xlsx', () => {
  const d = CO.slice(0, 5).map(n => ({ n, l: ri(20, 120), len: rf(300, 2000), v: ri(200, 1500), q: rf(1000, 9000), tx: ri(300, 3000), tq: rf(500, 4000) }));
  const t = { n: '合计' }; ['l', 'len', 'v', 'q', 'tx', 'tq'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const r1 = [['城市公共交通（一）'], ['区域', '公交运营线路（条）', '线路长度（公里）', '运营车辆（辆）', '客运总量（万人次）']];
  const r2 = [['城市公共交通（续表）'], ['区域', '出租汽车（辆）', '出租汽车客运量（万人次）', '每万人拥有公交车辆（标台）']];
  const pops = d.map(() => rf(20, 90)); const PP = sum(pops);
  [t, ...d].forEach((x, i) => { r1.push([x.n, x.l, P(x.len, 1), x.v, P(x.q, 1)]); r2.push([x.n, x.tx, P(x.tq, 1), P(x.v / (i ? pops[i - 1] : PP), 2)]); });
  return [{ name: '公交', rows: r1 }, { name: '公交(续)', rows: r2 }];
}, ['东湖区', 3, '+7']);

// ============ 水利 ============
// 29 水库 by 规模, 库容 亿立方米
T('29_水库.xlsx', () => {
  const rows = [['水库数量和库容（2025年）'], ['水库规模', '数量（座）', '总库容（亿立方米）', '兴利库容（亿立方米）', '病险水库（座）']];
  const sz = [['大型', 2, 5, 1, 20], ['中型', 8, 25, 0.1, 1], ['小（1）型', 60, 150, 0.01, 0.1], ['小（2）型', 200, 600, 0.001, 0.01]];
  const d = sz.map(([n, a, b, lo, hi]) => { const k = ri(a, b); const cap = k * rf(lo, hi); return [n, k, cap, cap * rf(0.4, 0.7), ri(0, k / 10 | 0)]; });
  const sm = ['  #小型', d[2][1] + d[3][1], d[2][2] + d[3][2], d[2][3] + d[3][3], d[2][4] + d[3][4]];
  const t = ['合计', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  [t, ...d.slice(0, 2), sm, ...d.slice(2)].forEach(x => rows.push([x[0], x[1], P(x[2], 2), P(x[3], 2), x[4] || '-']));
  return [{ name: '水库', rows }];
}, ['中型', 1, '+7']);

// 30 水资源 总量 = 地表 + 地下 - 重复
T('30_水资源.xlsx', () => {
  const rows = [['水资源情况'], ['单位：亿立方米'], ['年份', '降水总量', '地表水资源量', '地下水资源量', '重复计算量', '水资源总量', '人均水资源量（立方米）']];
  for (let y = 2019; y <= 2025; y++) { const s = r(rf(20, 50), 2), gw = r(rf(8, 15), 2), rp = r(gw * rf(0.6, 0.85), 2), pop = rf(360, 380); const tot = r(s + gw - rp, 2); rows.push([y + '年', F(r(rf(80, 140), 2), 2), F(s, 2), F(gw, 2), F(rp, 2), F(tot, 2), P(tot * 1e8 / (pop * 1e4), 1)]); }
  rows.push(['注：水资源总量=地表水资源量+地下水资源量-重复计算量。']);
  return [{ name: '水资源', rows }];
});

// 31 用水量 by 用途 by county, 万立方米, 构成
T('31_用水量.xlsx', () => {
  const rows = [['各县区用水总量及构成'], ['单位：万立方米'], ['地区', '用水总量', '农业用水', '工业用水', '生活用水', '生态环境用水', '万元地区生产总值用水量（立方米）']];
  const d = CO6.map(n => { const a = rf(3000, 20000), b = rf(1000, 8000), c = rf(1000, 6000), e = rf(50, 800), gdp = rf(200, 900); return [n, a, b, c, e, gdp]; });
  const t = ['全市', ...[1, 2, 3, 4, 5].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], P(x[1] + x[2] + x[3] + x[4], 0), P(x[1], 0), P(x[2], 0), P(x[3], 0), P(x[4], 0), P((x[1] + x[2] + x[3] + x[4]) * 1e4 / (x[5] * 1e4), 1)]));
  return [{ name: '用水', rows }];
}, ['临河县', 1, '+7']);

// 32 水利工程 计量单位 with 千公顷 and 公里
T('32_水利工程.xlsx', () => {
  const ir = rf(200, 300), eff = ir * rf(0.7, 0.85);
  const rows = [['水利建设主要指标'], ['指标', '计量单位', '2025年'], ['有效灌溉面积', '千公顷', P(ir, 2)], ['  #节水灌溉面积', '千公顷', P(eff, 2)], ['    #高效节水灌溉面积', '千公顷', P(eff * 0.5, 2)],
    ['除涝面积', '千公顷', P(rf(20, 60), 2)], ['水土流失治理面积', '平方公里', P(rf(3000, 5000), 1)], ['  #当年新增', '平方公里', P(rf(100, 300), 1)],
    ['堤防长度', '公里', P(rf(800, 1500), 1)], ['  #达标堤防', '公里', P(rf(400, 790), 1)], ['农村自来水普及率', '%', P(rf(90, 99), 1)]];
  return [{ name: '水利', rows }];
}, ['  #节水灌溉面积', 2, { set: 999.99 }]);

// ============ 环境 ============
// 33 污染物排放 by source, 吨
T('33_污染物排放.xlsx', () => {
  const rows = [['主要污染物排放量（2025年）'], ['单位：吨'], ['排放源', '化学需氧量', '氨氮', '总氮', '总磷', '二氧化硫', '氮氧化物', '颗粒物']];
  const src = ['工业源', '农业源', '生活源', '集中式污染治理设施'];
  const d = src.map(n => [n, ...[0, 1, 2, 3, 4, 5, 6].map(() => rf(10, 30000))]);
  d[1][5] = 0; d[1][6] = 0; d[1][7] = 0;
  const t = ['合计', ...[1, 2, 3, 4, 5, 6, 7].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], ...x.slice(1).map(v => (v === 0 ? '…' : P(v, 2)))]));
  rows.push(['注：“…”表示该排放源不统计此项污染物。']);
  return [{ name: '排放', rows }];
}, ['生活源', 2, 'x1.1']);

// 34 空气质量 by county: 优良天数/达标率, PM2.5 avg
T('34_空气质量.xlsx', () => {
  const rows = [['各县区环境空气质量'], ['地区', '有效监测天数（天）', '优良天数（天）', '优良天数比例（%）', 'PM2.5年均浓度（微克/立方米）', 'PM10年均浓度（微克/立方米）', '重污染天数（天）']];
  const d = CO6.map(n => { const v = 365 - ri(0, 3), good = ri(260, 340); return [n, v, good, P(good / v * 100, 1), ri(25, 45), ri(45, 75), ri(0, 6)]; });
  const v = colsum(d, 1) / 6, gd = colsum(d, 2) / 6; // 全市 = 城区站点 average, not sum
  const cv = 365, cg = ri(280, 330);
  rows.push(['全市', cv, cg, P(cg / cv * 100, 1), ri(30, 40), ri(50, 70), ri(0, 4)], ...d);
  rows.push(['注：全市数据按国控站点计算，不是各县区之和。']);
  return [{ name: '空气', rows }];
}, ['西山区', 3, { set: 101.2 }]);

// 35 工业固体废物 利用率
T('35_工业固废.xlsx', () => {
  const rows = [['一般工业固体废物产生及利用'], ['单位：万吨、%'], ['年份', '产生量', '综合利用量', '#利用往年贮存量', '处置量', '综合利用率']];
  for (let y = 2020; y <= 2025; y++) { const p = rf(300, 600), u = p * rf(0.6, 0.9), old = rf(2, 20), dz = (p - u) * rf(0.3, 0.9); rows.push([y, P(p, 2), P(u, 2), P(old, 2), P(dz, 2), P(u / (p + old) * 100, 2)]); }
  rows.push(['注：综合利用率=综合利用量÷（产生量+综合利用往年贮存量）×100%。']);
  return [{ name: '固废', rows }];
});

// 36 地表水断面水质类别 counts and shares
T('36_地表水断面.xlsx', () => {
  const rows = [['地表水国省控断面水质状况'], ['流域', '断面数（个）', 'Ⅰ类', 'Ⅱ类', 'Ⅲ类', 'Ⅳ类', 'Ⅴ类', '劣Ⅴ类', 'Ⅰ~Ⅲ类比例（%）']];
  const d = ['长河流域', '清水河流域', '白龙江流域', '湖库'].map(n => { const c = [ri(0, 3), ri(2, 10), ri(2, 12), ri(0, 4), ri(0, 2), ri(0, 1)]; return [n, sum(c), ...c]; });
  const t = ['全市', ...[1, 2, 3, 4, 5, 6, 7].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push([...x.map((v, i) => (i > 1 && v === 0 ? '-' : v)), P((x[2] + x[3] + x[4]) / x[1] * 100, 1)]));
  return [{ name: '断面', rows }];
}, ['清水河流域', 1, '+7']);

// 37 污水 垃圾 处理率 by county
T('37_污水垃圾处理.xlsx', () => {
  const rows = [['各县区城市污水和生活垃圾处理'], ['地区', '污水排放量（万立方米）', '污水处理量（万立方米）', '污水处理率（%）', '生活垃圾清运量（万吨）', '无害化处理量（万吨）', '无害化处理率（%）']];
  const d = CO6.map(n => { const w = rf(800, 9000), g2 = rf(5, 60); return [n, w, w * rf(0.93, 0.99), g2, g2 * (rnd() < 0.5 ? 1 : rf(0.97, 1))]; });
  const t = ['全市', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], P(x[1], 1), P(x[2], 1), P(x[2] / x[1] * 100, 2), P(x[3], 2), P(x[4], 2), P(x[4] / x[3] * 100, 2)]));
  return [{ name: '污水垃圾', rows }];
}, ['东湖区', 2, 'x1.1']);

// 38 造林 公顷 with 其中 and 森林覆盖率
T('38_造林绿化.xlsx', () => {
  const rows = [['造林绿化情况'], ['单位：公顷'], ['地区', '造林面积合计', '人工造林', '封山育林', '退化林修复', '#人工更新', '森林覆盖率（%）']];
  const d = CO6.slice(3).concat(['西山区']).map(n => { const a = ri(100, 900), b = ri(50, 600), c = ri(100, 800); return [n, a + b + c, a, b, c, ri(0, a)]; });
  const t = ['全市', ...[1, 2, 3, 4, 5].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push([...x, P(rf(30, 70), 2)]));
  return [{ name: '造林', rows }];
}, ['青阳县', 5, { set: 99999 }]);

// ============ 科技 ============
// 39 专利 申请/授权 by county, two-level header
function patents(name, textNums) {
  const rows = [['各县区专利申请和授权情况（2025年）'], ['单位：件'], ['地区', '专利申请量', '', '', '', '专利授权量', '', '', ''], ['', '合计', '发明', '实用新型', '外观设计', '合计', '发明', '实用新型', '外观设计']];
  const d = CO.map(n => { const a = [ri(50, 3000), ri(200, 8000), ri(50, 2000)]; const b = a.map(x => Math.round(x * rf(0.3, 0.9))); return [n, sum(a), ...a, sum(b), ...b]; });
  const t = [name, ...[1, 2, 3, 4, 5, 6, 7, 8].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push(textNums ? x.map((v, i) => (i ? comma(v) : v)) : x));
  rows.push(['资料来源：市市场监督管理局（知识产权局）。']);
  return [{ name: '专利', rows, merges: ['A3:A4', 'B3:E3', 'F3:I3'] }];
}
T('39_专利分县.xlsx', () => patents('全市', false), ['柳江县', 2, '+7']);
T('40_专利分县_文本.xlsx', () => patents('全  市', true), ['高新区', 5, '+7']);

// 41 专利 years as columns with 每万人发明专利拥有量
T('41_专利历年.xlsx', () => {
  const rows = [['专利主要指标'], ['指标', '单位', '2021年', '2022年', '2023年', '2024年', '2025年']];
  const Y = [0, 1, 2, 3, 4].map(i => { const f = ri(1000, 3000), u = ri(4000, 9000), w = ri(1000, 3000), own = ri(6000, 9000) + i * 1200, pop = rf(360, 372); return { f, u, w, t: f + u + w, own, pop }; });
  rows.push(['专利授权量', '件', ...Y.map(y => y.t)], ['  发明专利', '件', ...Y.map(y => y.f)], ['  实用新型专利', '件', ...Y.map(y => y.u)], ['  外观设计专利', '件', ...Y.map(y => y.w)],
    ['有效发明专利拥有量', '件', ...Y.map(y => y.own)], ['每万人口发明专利拥有量', '件', ...Y.map(y => P(y.own / y.pop, 2))]);
  return [{ name: '专利历年', rows }];
}, ['  实用新型专利', 5, '+7']);

// 42 R&D by 执行部门, 经费 万元, 强度
T('42_研发投入.xlsx', () => {
  const rows = [['研究与试验发展（R&D）经费'], ['执行部门', 'R&D人员（人）', '#研究人员', 'R&D经费内部支出（万元）', '#基础研究', '构成（%）']];
  const d = ['企业', '研究与开发机构', '高等学校', '其他'].map(n => { const p = ri(500, 30000), m = rf(5000, 800000); return [n, p, Math.round(p * rf(0.2, 0.5)), m, m * rf(0.005, 0.2)]; });
  const t = ['合计', colsum(d, 1), colsum(d, 2), sum(d.map(x => x[3])), sum(d.map(x => x[4]))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], P(x[3], 1), P(x[4], 1), P(x[3] / t[3] * 100, 1)]));
  const gdp = rf(3000, 4000) * 1e4;
  rows.push(['R&D经费投入强度（%）', '', '', P(t[3] / gdp * 100, 2), '', '']);
  rows.push(['注：R&D经费投入强度为R&D经费内部支出与地区生产总值之比。']);
  return [{ name: 'RD', rows }];
}, ['高等学校', 2, { set: 999999 }]);

// 43 高新技术企业 by 领域, 构成 and rank
T('43_高新技术企业.xlsx', () => {
  const rows = [['高新技术企业（按技术领域分）'], ['技术领域', '企业数（家）', '占比（%）', '营业收入（亿元）', '位次']];
  const f = ['电子信息', '生物与新医药', '航空航天', '新材料', '高技术服务', '新能源与节能', '资源与环境', '先进制造与自动化'];
  const d = f.map(n => [n, ri(10, 400), 0, rf(5, 500)]);
  const N = colsum(d, 1); const ord = [...d].sort((a, b) => b[3] - a[3]);
  rows.push(['总计', N, F(100, 1), P(sum(d.map(x => x[3])), 2), '']);
  d.forEach(x => rows.push([x[0], x[1], P(x[1] / N * 100, 1), P(x[3], 2), ord.indexOf(x) + 1]));
  return [{ name: '高企', rows }];
}, ['新材料', 1, '+7']);

// 44 技术合同 by type, 亿元 with 技术交易额 其中
T('44_技术合同.xlsx', () => {
  const rows = [['技术合同成交情况'], ['合同类别', '合同数（项）', '成交额（亿元）', '#技术交易额（亿元）', '平均每项成交额（万元）']];
  const d = ['技术开发', '技术转让', '技术许可', '技术咨询', '技术服务'].map(n => { const k = ri(100, 3000), a = rf(0.5, 60); return [n, k, a, a * rf(0.6, 0.95)]; });
  const t = ['合计', colsum(d, 1), sum(d.map(x => x[2])), sum(d.map(x => x[3]))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], P(x[2], 2), P(x[3], 2), P(x[2] * 1e4 / x[1], 1)]));
  return [{ name: '技术合同', rows }];
}, ['技术咨询', 4, 'x1.5']);

// ============ 气象 ============
// 45 monthly temperature by station; 全年 = mean, not sum
T('45_月平均气温.xlsx', () => {
  const st = ['市区站', '临河站', '青阳站', '石门站', '柳江站'];
  const rows = [['各气象站逐月平均气温（2025年）'], ['单位：℃'], ['站名', ...Array.from({ length: 12 }, (_, i) => (i + 1) + '月'), '全年']];
  st.forEach(s => { const base = rf(13, 18); const m = Array.from({ length: 12 }, (_, i) => r(base - 12 * Math.cos((i + 0.5) / 12 * 2 * Math.PI) + rf(-1, 1), 1)); rows.push([s, ...m.map(v => F(v, 1)), P(sum(m) / 12, 1)]); });
  return [{ name: '气温', rows }];
});

// 46 monthly precipitation; 全年 IS a sum; plus max/min columns
T('46_月降水量.xlsx', () => {
  const rows = [['市区站逐月气象要素（2025年）'], ['月份', '平均气温（℃）', '极端最高气温（℃）', '极端最低气温（℃）', '降水量（毫米）', '日照时数（小时）', '平均相对湿度（%）']];
  const d = []; for (let i = 0; i < 12; i++) { const t = r(15 - 13 * Math.cos((i + 0.5) / 6 * Math.PI) + rf(-1, 1), 1); d.push([(i + 1) + '月', t, r(t + rf(5, 12), 1), r(t - rf(6, 14), 1), r(rf(5, 250), 1), r(rf(80, 250), 1), ri(55, 85)]); }
  d.forEach(x => rows.push([x[0], F(x[1], 1), F(x[2], 1), F(x[3], 1), F(x[4], 1), F(x[5], 1), x[6]]));
  rows.push(['全年', P(sum(d.map(x => x[1])) / 12, 1), F(Math.max(...d.map(x => x[2])), 1), F(Math.min(...d.map(x => x[3])), 1), P(sum(d.map(x => x[4])), 1), P(sum(d.map(x => x[5])), 1), Math.round(sum(d.map(x => x[6])) / 12)]);
  rows.push(['注：全年平均气温、相对湿度为各月平均值，降水量、日照时数为各月合计，极端气温为全年极值。']);
  return [{ name: '气象要素', rows }];
}, ['6月', 4, 'x1.1']);

// 47 stations × annual elements (no totals) with 全市 average row at top
T('47_各站年气象要素.xlsx', () => {
  const rows = [['各气象站主要气象要素（2025年）'], ['站名', '年平均气温（℃）', '年极端最高气温（℃）', '年极端最低气温（℃）', '年降水量（毫米）', '年日照时数（小时）', '无霜期（天）', '降水日数（天）']];
  const d = ['市区站', '临河站', '青阳站', '石门站', '柳江站', '云台站'].map(n => { const t = rf(14, 17); return [n, r(t, 1), r(t + rf(22, 26), 1), r(t - rf(20, 26), 1), r(rf(700, 1400), 1), r(rf(1600, 2200), 1), ri(210, 260), ri(90, 140)]; });
  const av = c => r(sum(d.map(x => x[c])) / d.length, 1);
  rows.push(['全市平均', F(av(1), 1), F(Math.max(...d.map(x => x[2])), 1), F(Math.min(...d.map(x => x[3])), 1), F(av(4), 1), F(av(5), 1), Math.round(sum(d.map(x => x[6])) / 6), Math.round(sum(d.map(x => x[7])) / 6)]);
  d.forEach(x => rows.push([x[0], ...x.slice(1, 6).map(v => F(v, 1)), x[6], x[7]]));
  return [{ name: '年气象', rows }];
});

// 48 years as rows climate with 距平
T('48_历年气候.xlsx', () => {
  const rows = [['历年主要气候指标'], ['年份', '年平均气温（℃）', '气温距平（℃）', '年降水量（毫米）', '降水距平百分率（%）', '年日照时数（小时）']];
  const normT = 15.6, normP = 1021.4;
  for (let y = 2016; y <= 2025; y++) { const t = r(rf(15, 17), 1), p = r(rf(700, 1400), 1); rows.push([y, F(t, 1), F(r(t - normT, 1), 1), F(p, 1), P((p - normP) / normP * 100, 0), F(r(rf(1600, 2100), 1), 1)]); }
  rows.push(['注：距平以1991—2020年平均值为基准：年平均气温15.6℃，年降水量1021.4毫米。']);
  return [{ name: '气候', rows }];
});

// ============ 人大 / 选举 ============
// 49 人大代表 structure with overlapping 其中 and 构成
T('49_人大代表构成.xlsx', () => {
  const N = ri(400, 550); const items = [['女性代表', 0.25, 0.35], ['少数民族代表', 0.02, 0.08], ['中共党员', 0.6, 0.72], ['一线工人、农民代表', 0.12, 0.2], ['专业技术人员代表', 0.15, 0.25], ['党政领导干部代表', 0.28, 0.33], ['连任代表', 0.3, 0.5]];
  const rows = [['市第十七届人民代表大会代表构成'], ['项目', '人数（人）', '占代表总数（%）'], ['代表总数', N, F(100, 2)]];
  items.forEach(([n, a, b]) => { const k = Math.round(N * rf(a, b)); rows.push(['  其中：' + n, k, P(k / N * 100, 2)]); });
  rows.push(['注：各项有交叉，不能相加。']);
  return [{ name: '代表构成', rows }];
}, ['  其中：中共党员', 2, 'x1.1']);

// 50 各级人大代表 by county and level
T('50_各级人大代表.xlsx', () => {
  const rows = [['各县区各级人大代表人数'], ['单位：人'], ['地区', '合计', '全国人大代表', '省人大代表', '市人大代表', '县（区）人大代表', '乡（镇）人大代表']];
  const d = CO6.map((n, i) => { const x = [n, 0, ri(0, 2), ri(2, 10), ri(30, 80), ri(180, 300), i < 2 ? 0 : ri(600, 1500)]; x[1] = x[2] + x[3] + x[4] + x[5] + x[6]; return x; });
  const t = ['全市', ...[1, 2, 3, 4, 5, 6].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push(x.map((v, i) => (i && v === 0 ? '-' : v))));
  rows.push(['注：城关区、东湖区无乡镇建制。']);
  return [{ name: '人大代表', rows }];
}, ['西山区', 4, '+7']);

// 51 政协委员 by 界别
T('51_政协委员界别.xlsx', () => {
  const jb = ['中国共产党', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '无党派人士', '共青团', '工会', '妇联', '科技界', '经济界', '农业界', '教育界', '文化艺术界', '医药卫生界', '体育界', '新闻出版界', '社会福利和社会保障界', '少数民族界', '宗教界', '特邀人士'];
  const rows = [['市政协第十四届委员会委员（按界别分）'], ['界别', '委员数（人）', '#女委员', '#中共党员']];
  const d = jb.map(n => { const k = ri(5, 40); return [n, k, ri(0, k / 2 | 0), n === '中国共产党' ? k : ri(0, k / 3 | 0)]; });
  rows.push(['合  计', colsum(d, 1), colsum(d, 2), colsum(d, 3)]); d.forEach(x => rows.push(x));
  return [{ name: '界别', rows }];
}, ['教育界', 1, '+7']);

// 52 选民登记 参选率 by county
T('52_选民登记参选率.xlsx', () => {
  const rows = [['县乡两级人大换届选举选民登记和参选情况'], ['地区', '登记选民数（人）', '参加投票选民数（人）', '参选率（%）', '应选代表（名）', '选出代表（名）']];
  const d = CO6.map(n => { const v = ri(150000, 600000), y = ri(140, 300); return [n, v, Math.round(v * rf(0.93, 0.99)), 0, y, y]; });
  const t = ['全市', colsum(d, 1), colsum(d, 2), 0, colsum(d, 4), colsum(d, 5)];
  [t, ...d].forEach(x => { x[3] = P(x[2] / x[1] * 100, 2); rows.push([x[0], comma(x[1]), comma(x[2]), x[3], x[4], x[5]]); });
  return [{ name: '选举', rows }];
}, ['临河县', 3, { set: 85.12 }]);

// ============ 工会 ============
// 53 工会 by county, 入会率
T('53_工会组织会员.xlsx', () => {
  const rows = [['各县区工会组织和会员情况（2025年末）'], ['地区', '基层工会组织（个）', '覆盖单位（个）', '职工人数（人）', '会员人数（人）', '', '', '职工入会率（%）'], ['', '', '', '', '合计', '#女会员', '#农民工会员', '']];
  const d = CO6.map(n => { const o = ri(300, 2000), w = ri(30000, 200000), m = Math.round(w * rf(0.8, 0.95)); return [n, o, Math.round(o * rf(1.2, 2.5)), w, m, Math.round(m * rf(0.35, 0.48)), Math.round(m * rf(0.1, 0.35))]; });
  const t = ['全市', ...[1, 2, 3, 4, 5, 6].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push([...x, P(x[4] / x[3] * 100, 1)]));
  return [{ name: '工会', rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:H3'] }];
}, ['石门县', 5, { set: 250000 }]);

// 54 工会 by 行业, bottom total named 总计
T('54_工会按行业.xlsx', () => {
  const ind = ['农林牧渔业', '制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '金融业', '教育', '卫生和社会工作', '公共管理、社会保障和社会组织', '其他行业'];
  const rows = [['基层工会会员按行业分'], ['单位：人'], ['行业', '会员', '', ''], ['', '人数', '#女性', '构成（%）']];
  const d = ind.map(n => { const k = ri(3000, 90000); return [n, k, Math.round(k * rf(0.2, 0.7))]; });
  const N = colsum(d, 1);
  d.forEach(x => rows.push([x[0], x[1], x[2], P(x[1] / N * 100, 1)]));
  rows.push(['总计', N, colsum(d, 2), F(100, 1)]);
  return [{ name: '行业', rows, merges: ['A3:A4', 'B3:D3'] }];
}, ['教育', 2, { set: 999999 }]);

// 55 工会 years: 困难职工帮扶, 金额
T('55_工会帮扶.xlsx', () => {
  const rows = [['工会困难职工帮扶和送温暖'], ['年份', '帮扶困难职工（人次）', '帮扶资金（万元）', '#送温暖资金（万元）', '人均帮扶（元）']];
  for (let y = 2019; y <= 2025; y++) { const p = ri(5000, 20000), m = rf(500, 3000); rows.push([y + '年', p, P(m, 2), P(m * rf(0.3, 0.7), 2), Math.round(m * 1e4 / p)]); }
  return [{ name: '帮扶', rows }];
});

// ============ 县级统计公报 ============
// 56 公报: 邮电交通 block, 指标/单位/绝对数/增长
T('56_县公报_交通邮电.xlsx', () => {
  const rows = [['2025年青阳县国民经济和社会发展统计公报 附表5'], ['交通运输和邮电通信主要指标'], ['指  标', '单  位', '绝对数', '比上年增长（%）']];
  const kq = rf(300, 900), hq = rf(800, 3000); const kqp = kq / rf(0.9, 1.15), hqp = hq / rf(0.9, 1.15);
  rows.push(['公路客运量', '万人', P(kq, 1), P((kq / kqp - 1) * 100, 1)], ['公路旅客周转量', '万人公里', P(kq * rf(30, 60), 0), P(rf(-5, 10), 1)], ['公路货运量', '万吨', P(hq, 1), P((hq / hqp - 1) * 100, 1)], ['公路货物周转量', '万吨公里', P(hq * rf(40, 90), 0), P(rf(-5, 10), 1)],
    ['年末民用汽车保有量', '辆', ri(80000, 150000), P(rf(3, 9), 1)], ['  #私人汽车', '辆', ri(70000, 79000), P(rf(3, 9), 1)],
    ['邮政业务总量', '万元', P(rf(9000, 20000), 0), P(rf(5, 15), 1)], ['电信业务总量', '万元', P(rf(30000, 60000), 0), P(rf(5, 15), 1)], ['年末移动电话用户', '万户', P(rf(40, 60), 2), P(rf(1, 4), 1)], ['年末固定互联网宽带接入用户', '万户', P(rf(15, 25), 2), P(rf(2, 8), 1)]);
  return [{ name: '附表5', rows }];
}, ['  #私人汽车', 2, { set: 999999 }]);

// 57 公报: 城乡建设 with rates
T('57_县公报_城乡建设.xlsx', () => {
  const area = rf(20, 40), green = area * rf(0.38, 0.45), pop = rf(20, 30), park = rf(200, 400);
  const rows = [['附表7  城乡建设主要指标'], ['指  标', '单  位', '2025年'], ['建成区面积', '平方公里', P(area, 2)], ['建成区绿化覆盖面积', '平方公里', P(green, 2)], ['建成区绿化覆盖率', '%', P(green / area * 100, 2)],
    ['公园绿地面积', '公顷', P(park, 1)], ['城区人口', '万人', P(pop, 2)], ['人均公园绿地面积', '平方米', P(park * 1e4 / (pop * 1e4), 2)], ['城市燃气普及率', '%', P(rf(95, 99.9), 2)], ['城市用水普及率', '%', F(100, 2)]];
  return [{ name: '附表7', rows }];
}, ['建成区绿化覆盖面积', 2, { set: 45.5 }]);

// 58 公报: 安全生产
T('58_县公报_安全生产.xlsx', () => {
  const gdp = rf(250, 400); const acc = ri(8, 30), dead = ri(5, 20); const pacc = ri(10, 35), pdead = ri(6, 25);
  const rows = [['附表9  安全生产情况'], ['指  标', '单  位', '2025年', '2024年', '增减'], ['生产安全事故起数', '起', acc, pacc, acc - pacc], ['生产安全事故死亡人数', '人', dead, pdead, dead - pdead], ['  #道路运输事故死亡', '人', ri(1, dead), ri(1, pdead), ''],
    ['亿元地区生产总值生产安全事故死亡率', '人/亿元', P(dead / gdp, 3), P(pdead / (gdp / 1.05), 3), ''], ['地区生产总值', '亿元', P(gdp, 2), P(gdp / 1.05, 2), '']];
  rows[4][4] = rows[4][2] - rows[4][3];
  rows[5][4] = P(rows[5][2].v - rows[5][3].v, 3);
  return [{ name: '附表9', rows }];
}, ['生产安全事故起数', 4, '+7']);

// 59 公报: 乡镇 文化设施 by town with 全县 at bottom
T('59_县公报_乡镇文化站.xlsx', () => {
  const rows = [['附表10  各乡镇文化设施'], ['乡镇', '综合文化站（个）', '村（社区）综合性文化服务中心（个）', '农家书屋（个）', '藏书（册）', '文化广场（个）']];
  const d = TOWNS.map(n => { const c = ri(8, 30); return [n, 1, c, c, c * ri(1500, 2500), ri(c - 5, c)]; });
  d.forEach(x => rows.push(x));
  rows.push(['全县', ...[1, 2, 3, 4, 5].map(c => colsum(d, c))]);
  return [{ name: '附表10', rows }];
}, ['柳林镇', 4, '+7']);

// 60 公报: 主要指标 mixed (人大/民政/卫生) with 比上年增减 counts
T('60_县公报_社会事业.xlsx', () => {
  const rows = [['附表11  社会事业主要指标'], ['指  标', '单  位', '2025年', '比上年增减'], ['社会组织', '个', ri(300, 500), ri(-10, 20)], ['  社会团体', '个', 0, 0], ['  民办非企业单位', '个', 0, 0],
    ['城乡低保对象', '人', 0, 0], ['  城市', '人', ri(1000, 3000), ri(-200, 50)], ['  农村', '人', ri(6000, 12000), ri(-500, 100)], ['公共图书馆藏书', '万册', P(rf(30, 60), 1), P(rf(0.5, 3), 1)], ['博物馆', '个', ri(2, 5), ri(0, 1)]];
  const so = rows[2][2]; rows[3][2] = ri(100, so - 100); rows[4][2] = so - rows[3][2]; const dd = rows[2][3]; rows[3][3] = ri(-5, 5); rows[4][3] = dd - rows[3][3];
  rows[5][2] = rows[6][2] + rows[7][2]; rows[5][3] = rows[6][3] + rows[7][3];
  return [{ name: '附表11', rows }];
}, ['  农村', 2, '+7']);

// ============ misc layouts ============
// 61 消防 火灾 by 场所 with 构成 and "…"
T('61_火灾分场所.xlsx', () => {
  const rows = [['火灾情况（按起火场所分）'], ['起火场所', '火灾起数（起）', '构成（%）', '死亡（人）', '受伤（人）', '直接财产损失（万元）']];
  const pl = ['住宅', '人员密集场所', '厂房', '仓库', '交通工具', '垃圾废弃物', '其他'];
  const d = pl.map(n => [n, ri(10, 600), 0, ri(0, 6), ri(0, 10), rf(1, 300)]);
  const N = colsum(d, 1);
  rows.push(['合计', N, F(100, 1), colsum(d, 3), colsum(d, 4), P(sum(d.map(x => x[5])), 1)]);
  d.forEach(x => rows.push([x[0], x[1], P(x[1] / N * 100, 1), x[3] || '-', x[4] || '-', P(x[5], 1)]));
  return [{ name: '火灾', rows }];
}, ['厂房', 1, '+7']);

// 62 档案馆 with 卷/件, 万卷
T('62_档案馆.xlsx', () => {
  const rows = [['各级综合档案馆'], ['地区', '档案馆（个）', '馆藏档案（万卷、件）', '#数字化（万卷、件）', '馆藏资料（册）', '全年利用人次（人次）']];
  const d = ['市档案馆', ...CO6].map(n => { const a = rf(5, 80); return [n, 1, a, a * rf(0.3, 0.9), ri(2000, 40000), ri(500, 9000)]; });
  const t = ['合计', ...[1, 2, 3, 4, 5].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], P(x[2], 2), P(x[3], 2), x[4], x[5]]));
  return [{ name: '档案', rows }];
}, ['市档案馆', 5, '+7']);

// 63 气象灾害 损失 by 灾种 with blank cells
T('63_自然灾害损失.xlsx', () => {
  const rows = [['自然灾害损失情况'], ['灾种', '受灾人口（万人次）', '农作物受灾面积（千公顷）', '#绝收面积', '倒塌房屋（间）', '直接经济损失（亿元）']];
  const d = ['洪涝', '干旱', '风雹', '低温冷冻和雪灾', '地质灾害'].map(n => { const a = rf(1, 50); return [n, rf(0.5, 40), a, a * rf(0, 0.15), ri(0, 200), rf(0.01, 5)]; });
  d[1][4] = null; d[4][2] = null; d[4][3] = null;
  const t = ['合计', ...[1, 2, 3, 4, 5].map(c => sum(d.map(x => x[c] || 0)))];
  [t, ...d].forEach(x => rows.push([x[0], P(x[1], 2), x[2] == null ? '' : P(x[2], 2), x[3] == null ? '' : P(x[3], 2), x[4] == null ? '…' : x[4], P(x[5], 2)]));
  return [{ name: '灾害', rows }];
}, ['风雹', 2, 'x1.5']);

// 64 社会组织 years as columns with growth and 构成 in one
T('64_社会组织历年.xlsx', () => {
  const rows = [['社会组织发展情况'], ['单位：个'], ['年份', '社会组织', '社会团体', '民办非企业单位', '基金会', '社会团体占比（%）', '社会组织比上年增长（%）']];
  let prev = null;
  for (let y = 2018; y <= 2025; y++) { const a = ri(1200, 1700) + (y - 2018) * 60, b = ri(1500, 2300) + (y - 2018) * 90, c = ri(20, 40); const t = a + b + c; rows.push([y, t, a, b, c, P(a / t * 100, 1), prev ? P((t / prev - 1) * 100, 1) : '…']); prev = t; }
  return [{ name: '历年', rows }];
}, ['', 0, 'skip']);

// 65 区县对比 with 市区 and 县 subtotals
T('65_低保市区县小计.xlsx', () => {
  const rows = [['城乡低保对象分布（2025年末）'], ['单位：户、人'], ['地区', '低保户数', '低保人数', '#城市', '#农村']];
  const mk = n => { const u = ri(500, 4000), v = ri(1000, 9000); return [n, Math.round((u + v) / rf(1.6, 2.2)), u + v, u, v]; };
  const urban = ['城关区', '东湖区', '西山区'].map(mk), cnty = ['临河县', '青阳县', '石门县', '柳江县'].map(mk);
  const st = (n, a) => [n, ...[1, 2, 3, 4].map(c => colsum(a, c))];
  const su = st('市区', urban), sc = st('县', cnty), all = st('全市', [...urban, ...cnty]);
  rows.push(all, su, ...urban, sc, ...cnty);
  return [{ name: '低保分布', rows }];
}, ['县', 2, '+7']);

// 66 养老 by county with 每千名老年人 床位 and rank
T('66_分县养老床位.xlsx', () => {
  const rows = [['各县区养老服务床位'], ['地区', '老年人口（万人）', '养老床位（张）', '每千名老年人拥有养老床位（张）', '位次']];
  const d = CO6.map(n => { const o = rf(5, 25); return [n, o, Math.round(o * 10 * rf(25, 45))]; });
  d.forEach(x => x.push(r(x[2] / (x[1] * 10), 1)));
  const ord = [...d].sort((a, b) => b[3] - a[3]);
  const O = sum(d.map(x => x[1])), B = colsum(d, 2);
  rows.push(['全市', P(O, 2), B, P(B / (O * 10), 1), '—']);
  d.forEach(x => rows.push([x[0], P(x[1], 2), x[2], F(x[3], 1), ord.indexOf(x) + 1]));
  return [{ name: '养老床位', rows }];
}, ['东湖区', 2, 'x1.2']);

// 67 体育 by county 人均面积 with 全市 weighted (万平方米)
T('67_分县体育场地.xlsx', () => {
  const rows = [['各县区体育场地'], ['地区', '体育场地（个）', '场地面积（万平方米）', '常住人口（万人）', '人均体育场地面积（平方米）']];
  const d = CO6.map(n => [n, ri(1000, 5000), rf(50, 300), rf(30, 90)]);
  const t = ['全市', colsum(d, 1), sum(d.map(x => x[2])), sum(d.map(x => x[3]))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], P(x[2], 2), P(x[3], 2), P(x[2] / x[3], 2)]));
  return [{ name: '体育', rows }];
}, ['青阳县', 4, 'x1.3']);

// 68 快递 by county with 占全市比重 and growth, 万件 rounded
T('68_分县快递业务量.xlsx', () => {
  const rows = [['各县区快递业务量'], ['地区', '快递业务量（万件）', '比上年增长（%）', '占全市比重（%）', '快递业务收入（万元）']];
  const d = CO.map(n => { const q = rf(50, 9000); return [n, q, q / rf(0.95, 1.3), q * rf(6, 10)]; });
  const Q = sum(d.map(x => x[1])), PQ = sum(d.map(x => x[2])), R = sum(d.map(x => x[3]));
  rows.push(['全市', P(Q, 2), P((Q / PQ - 1) * 100, 1), F(100, 1), P(R, 1)]);
  d.forEach(x => rows.push([x[0], P(x[1], 2), P((x[1] / x[2] - 1) * 100, 1), P(x[1] / Q * 100, 1), P(x[3], 1)]));
  return [{ name: '快递', rows }];
}, ['云台县', 3, { set: 45.6 }]);

// 69 交通 years as columns, 周转量 亿吨公里 and growth col
T('69_交通历年.xlsx', () => {
  const rows = [['交通运输主要指标'], ['指标', '计量单位', '2021年', '2022年', '2023年', '2024年', '2025年']];
  const Y = [0, 1, 2, 3, 4].map(() => { const rq = rf(800, 1500), gq = rf(9000, 16000), wq = rf(500, 1500); const rz = rf(100, 300), gz = rf(150, 300), wz = rf(50, 200); return { rq, gq, wq, tq: rq + gq + wq, rz, gz, wz, tz: rz + gz + wz }; });
  [['货运量', '万吨', 'tq', 0], ['  铁路', '万吨', 'rq', 0], ['  公路', '万吨', 'gq', 0], ['  水运', '万吨', 'wq', 0], ['货物周转量', '亿吨公里', 'tz', 2], ['  铁路', '亿吨公里', 'rz', 2], ['  公路', '亿吨公里', 'gz', 2], ['  水运', '亿吨公里', 'wz', 2]].forEach(([l, u, k, d]) => rows.push([l, u, ...Y.map(y => P(y[k], d))]));
  return [{ name: '交通历年', rows }];
}, ['  公路', 4, '+7']);

// 70 环境 达标率 multiple rates from counts, with 计量单位 column
T('70_环境监测达标.xlsx', () => {
  const a = ri(8, 20), a1 = ri(a - 4, a), b = ri(10, 30), b1 = ri(b - 3, b), c = ri(100, 300), c1 = ri(c - 10, c);
  const rows = [['环境监测主要指标'], ['指标', '计量单位', '2025年'], ['集中式饮用水水源地', '个', a], ['  #水质达标', '个', a1], ['饮用水水源地水质达标率', '%', P(a1 / a * 100, 1)],
    ['国省控地表水断面', '个', b], ['  #优良（Ⅰ~Ⅲ类）', '个', b1], ['地表水优良比例', '%', P(b1 / b * 100, 1)],
    ['重点排污单位', '家', c], ['  #稳定达标排放', '家', c1], ['重点排污单位达标排放率', '%', P(c1 / c * 100, 1)],
    ['城市区域环境噪声平均值', '分贝', P(rf(52, 56), 1)]];
  return [{ name: '环境监测', rows }];
}, ['  #优良（Ⅰ~Ⅲ类）', 2, { set: 99 }]);

// 71 公安 户籍业务 / 出入境 证件 by county with text numbers and '…'
T('71_出入境证件.xlsx', () => {
  const rows = [['各县区出入境证件签发'], ['单位：本（件）'], ['地区', '合计', '普通护照', '往来港澳通行证', '往来台湾通行证', '外国人签证证件']];
  const d = CO6.map(n => { const x = [n, 0, ri(2000, 20000), ri(3000, 30000), ri(100, 2000), ri(0, 300)]; x[1] = x[2] + x[3] + x[4] + x[5]; return x; });
  const t = ['全市', ...[1, 2, 3, 4, 5].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push([x[0], ...x.slice(1).map(v => (v === 0 ? '…' : comma(v)))]));
  return [{ name: '出入境', rows }];
}, ['石门县', 3, '+7']);

// 72 气象 monthly by station precipitation, 全年 sum column, 全市平均 row
T('72_各站月降水.xlsx', () => {
  const st = ['市区站', '临河站', '青阳站', '石门站'];
  const rows = [['各气象站逐月降水量（2025年）'], ['单位：毫米'], ['月份', ...st, '全市平均']];
  const M = []; for (let i = 0; i < 12; i++) { const v = st.map(() => r(rf(5, 260), 1)); M.push(v); rows.push([(i + 1) + '月', ...v.map(x => F(x, 1)), P(sum(v) / st.length, 1)]); }
  const yr = st.map((_, j) => r(sum(M.map(m => m[j])), 1));
  rows.push(['全年', ...yr.map(x => F(x, 1)), P(sum(yr) / st.length, 1)]);
  return [{ name: '降水', rows }];
}, ['5月', 2, 'x1.3']);


// ============ round-2 layouts ============
// 73 社会组织 by category with 小计 blocks and level rows
T('73_社会组织小计分级.xlsx', () => {
  const rows = [['社会组织按登记层级分'], ['单位：个'], ['类别', '2024年', '2025年', '增减']];
  const blk = (n) => { const lv = ['市级', '县级'].map(l => { const a = ri(100, 900), b = a + ri(-20, 40); return ['    ' + l, a, b, b - a]; }); return [['  ' + n + '小计', ...[1, 2, 3].map(c => colsum(lv, c))], ...lv]; };
  const B1 = blk('社会团体'), B2 = blk('民办非企业单位'), B3 = [['  基金会小计', 18, 21, 3], ['    市级', 18, 21, 3]];
  const all = [B1[0], B2[0], B3[0]];
  rows.push(['合计', ...[1, 2, 3].map(c => colsum(all, c))], ...B1, ...B2, ...B3);
  return [{ name: '分级', rows }];
});

// 74 续表 within one sheet: second block repeats the region column
T('74_图书馆续表同页.xlsx', () => {
  const d = CO6.map(n => { const k = ri(1, 3), e = ri(20, 100), c = rf(20, 200), f = rf(10, 90), a = rf(500, 3000), cp = ri(50, 300); return { n, k, e, c, f, a, cp }; });
  const t = { n: '全市' }; ['k', 'e', 'c', 'f', 'a', 'cp'].forEach(x => t[x] = sum(d.map(y => y[x])));
  const rows = [['表15-2  公共图书馆'], ['地区', '机构数（个）', '从业人员（人）', '总藏量（万册）']];
  [t, ...d].forEach(x => rows.push([x.n, x.k, x.e, P(x.c, 2)]));
  rows.push([], ['表15-2  公共图书馆（续表）'], ['地区', '总流通人次（万人次）', '总支出（万元）', '阅览室座席（个）']);
  [t, ...d].forEach(x => rows.push([x.n, P(x.f, 2), P(x.a, 1), x.cp]));
  return [{ name: '图书馆', rows }];
});

// 75 月度 快递 本月 and 累计 columns (累计 is running sum)
T('75_快递月度累计.xlsx', () => {
  const rows = [['2025年快递业务量月度情况'], ['单位：万件、%'], ['月份', '本月', '1至本月累计', '累计同比增长']];
  let cum = 0, pcum = 0;
  for (let m = 1; m <= 12; m++) { const v = rf(3000, 6000), pv = v / rf(1.05, 1.25); cum += v; pcum += pv; rows.push([m === 1 ? '1月' : m + '月', P(v, 1), P(cum, 1), P((cum / pcum - 1) * 100, 1)]); }
  return [{ name: '月度', rows }];
});

// 76 工会 by 行业 with total at bottom followed by 其中 of the total
T('76_工会总计后其中.xlsx', () => {
  const rows = [['基层工会组织按单位类型分'], ['单位类型', '基层工会（个）', '会员（人）']];
  const d = ['企业', '事业单位', '机关', '社会组织', '其他'].map(n => [n, ri(200, 3000), ri(5000, 90000)]);
  d.forEach(x => rows.push(x));
  rows.push(['合计', colsum(d, 1), colsum(d, 2)]);
  const a = ri(100, d[0][1] - 10), b = ri(1000, d[0][2] - 100);
  rows.push(['  其中：非公有制企业', a, b], ['        百人以上企业', ri(10, a), ri(500, b)]);
  return [{ name: '工会类型', rows }];
});

// 77 county bulletin where the total row is named after the county itself
T('77_县公报_以县名为合计.xlsx', () => {
  const rows = [['青阳县各乡镇低保和特困供养'], ['乡镇', '低保人数（人）', '特困供养人数（人）', '临时救助（人次）']];
  const d = TOWNS.map(n => [n, ri(300, 2000), ri(50, 300), ri(20, 400)]);
  rows.push(['青阳县', colsum(d, 1), colsum(d, 2), colsum(d, 3)], ...d);
  return [{ name: '乡镇救助', rows }];
});

// 78 平均运距 from 周转量/运量 with total weighted
T('78_平均运距.xlsx', () => {
  const rows = [['各运输方式平均运距'], ['运输方式', '货运量（万吨）', '货物周转量（亿吨公里）', '平均运距（公里）']];
  const d = ['铁路', '公路', '水路'].map(n => { const q = rf(500, 15000); return [n, q, q * rf(100, 900) / 1e4]; });
  const t = ['合计', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  [t, ...d].forEach(x => rows.push([x[0], P(x[1], 1), P(x[2], 2), P(x[2] * 1e8 / (x[1] * 1e4), 0)]));
  return [{ name: '运距', rows }];
});

// 79 提高（百分点） column and rates by county
T('79_达标率百分点.xlsx', () => {
  const rows = [['各县区城市生活污水集中收集率'], ['地区', '2024年（%）', '2025年（%）', '提高（百分点）']];
  const d = CO6.map(n => { const a = r(rf(60, 80), 1), b = r(a + rf(-1, 6), 1); return [n, a, b]; });
  const a = r(rf(65, 75), 1), b = r(a + 2.3, 1);
  [['全市', a, b], ...d].forEach(x => rows.push([x[0], F(x[1], 1), F(x[2], 1), F(r(x[2] - x[1], 1), 1)]));
  return [{ name: '收集率', rows }];
});

// 80 气温 stations as rows, 1月/7月/年平均, 极端最高/最低, with 全市 mean row at bottom
T('80_气温极值分站.xlsx', () => {
  const rows = [['各站气温特征值（2025年）'], ['单位：℃'], ['站名', '1月平均', '7月平均', '年平均', '极端最高', '极端最低', '年较差']];
  const d = ['市区站', '临河站', '青阳站', '石门站', '柳江站', '云台站', '高新站', '东湖站'].map(n => { const j = r(rf(-4, 4), 1), y = r(rf(26, 30), 1); return [n, j, y, r(rf(14, 17), 1), r(y + rf(8, 12), 1), r(j - rf(6, 12), 1), r(y - j, 1)]; });
  d.forEach(x => rows.push([x[0], ...x.slice(1).map(v => F(v, 1))]));
  const m = c => r(sum(d.map(x => x[c])) / d.length, 1);
  rows.push(['全市平均', F(m(1), 1), F(m(2), 1), F(m(3), 1), F(Math.max(...d.map(x => x[4])), 1), F(Math.min(...d.map(x => x[5])), 1), F(r(m(2) - m(1), 1), 1)]);
  return [{ name: '气温', rows }];
});

// 81 差额选举 with 候选人/应选 and 差额比例
T('81_差额选举.xlsx', () => {
  const rows = [['乡镇人大代表差额选举情况'], ['乡镇', '应选代表（名）', '正式代表候选人（名）', '差额数（名）', '差额比例（%）']];
  const d = TOWNS.map(n => { const a = ri(40, 70), c = a + Math.ceil(a * rf(0.34, 0.99)); return [n, a, c]; });
  const t = ['合计', colsum(d, 1), colsum(d, 2)];
  [...d, t].forEach(x => rows.push([x[0], x[1], x[2], x[2] - x[1], P((x[2] - x[1]) / x[1] * 100, 1)]));
  return [{ name: '差额', rows }];
});

// 82 性别 columns and 性别比 in 工会/人大 style with years
T('82_公务员性别结构.xlsx', () => {
  const rows = [['人民调解员性别和学历结构'], ['年份', '调解员（人）', '男', '女', '女性占比（%）', '#大专及以上', '大专及以上占比（%）']];
  for (let y = 2019; y <= 2025; y++) { const m = ri(3000, 5000), f = ri(1500, 3500), t = m + f, h = ri(t * 0.3, t * 0.6) | 0; rows.push([y, t, m, f, P(f / t * 100, 1), h, P(h / t * 100, 1)]); }
  return [{ name: '结构', rows }];
});

// 83 数值以文本存储 with trailing spaces / full-width parentheses negative
T('83_文本数字空格.xlsx', () => {
  const rows = [['各县区法律援助案件'], ['地区', '合计', '刑事', '民事', '行政', '比上年增减（件）']];
  const d = CO6.map(n => { const a = ri(100, 900), b = ri(300, 2000), c = ri(0, 30); return [n, a + b + c, a, b, c, ri(-80, 120)]; });
  const t = ['全市', ...[1, 2, 3, 4, 5].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push([x[0], ...x.slice(1).map(v => (v === 0 ? '-' : comma(v) + ' '))]));
  return [{ name: '法律援助', rows }];
});

// 84 邮政 网点 by county where a county has 0 and rows 合计 at bottom with '—' rank
T('84_体育赛事多层表头.xlsx', () => {
  const rows = [['举办体育赛事活动情况'], ['地区', '赛事活动', '', '', '参与人次（万人次）', ''], ['', '合计（项）', '国际级', '全国级', '', '#青少年'], ['', '', '', '', '', '']];
  const d = CO6.map(n => { const a = ri(0, 3), b = ri(1, 10), o = ri(20, 200); return [n, a + b + o, a, b, rf(5, 80)]; });
  const t = ['全市', colsum(d, 1), colsum(d, 2), colsum(d, 3), sum(d.map(x => x[4]))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2] || '-', x[3], P(x[4], 2), P(x[4] * 0.3, 2)]));
  rows.push(['注：赛事活动合计包括国际级、全国级以及省级以下赛事活动。']);
  return [{ name: '赛事', rows, merges: ['A2:A4', 'B2:D2', 'E2:F2', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4'] }];
});

// 85 专利 by county with 发明占比 and 每万人 columns, 全市 weighted
T('85_分县专利密度.xlsx', () => {
  const rows = [['各县区有效发明专利'], ['地区', '有效发明专利（件）', '常住人口（万人）', '每万人口发明专利拥有量（件）', '高价值发明专利（件）', '每万人口高价值发明专利拥有量（件）']];
  const d = CO.map(n => { const o = ri(300, 9000), p = rf(20, 80); return [n, o, p, Math.round(o * rf(0.3, 0.5))]; });
  const t = ['全市', colsum(d, 1), sum(d.map(x => x[2])), colsum(d, 3)];
  [t, ...d].forEach(x => rows.push([x[0], x[1], P(x[2], 2), P(x[1] / x[2], 2), x[3], P(x[3] / x[2], 2)]));
  return [{ name: '专利密度', rows }];
});

// 86 水库 蓄水 年初/年末/增减 by 规模, 亿立方米
T('86_水库蓄水变化.xlsx', () => {
  const rows = [['大中型水库蓄水情况'], ['单位：亿立方米'], ['水库', '年初蓄水量', '年末蓄水量', '比年初增减']];
  const d = ['青龙水库', '白石水库', '柳河水库', '双溪水库', '黄泥坝水库'].map(n => { const a = r(rf(0.3, 6), 2), b = r(a * rf(0.8, 1.2), 2); return [n, a, b]; });
  const t = ['合计', r(sum(d.map(x => x[1])), 2), r(sum(d.map(x => x[2])), 2)];
  [t, ...d].forEach(x => rows.push([x[0], F(x[1], 2), F(x[2], 2), F(r(x[2] - x[1], 2), 2)]));
  return [{ name: '蓄水', rows }];
});

// 87 station precipitation with a missing station-month; average over available stations
T('87_各站降水缺测.xlsx', () => {
  const st = ['市区站', '临河站', '青阳站', '石门站', '柳江站'];
  const rows = [['各气象站逐月降水量（2025年）'], ['单位：毫米'], ['月份', ...st, '全市平均']];
  for (let i = 0; i < 12; i++) { const v = st.map(() => r(rf(5, 260), 1)); if (i === 6) v[3] = null; const av = v.filter(x => x != null); rows.push([(i + 1) + '月', ...v.map(x => (x == null ? '…' : F(x, 1))), P(sum(av) / av.length, 1)]); }
  rows.push(['注：7月石门站仪器故障缺测，全市平均按其余站点计算。']);
  return [{ name: '降水', rows }];
});

// 88 交通事故 monthly with 全年 at top and 月均 at bottom
T('88_交通事故全年月均.xlsx', () => {
  const rows = [['道路交通事故分月情况（2025年）'], ['月份', '事故起数（起）', '死亡人数（人）', '受伤人数（人）']];
  const d = []; for (let m = 1; m <= 12; m++) d.push([m + '月', ri(30, 90), ri(5, 25), ri(30, 100)]);
  rows.push(['全年', colsum(d, 1), colsum(d, 2), colsum(d, 3)], ...d, ['月均', P(colsum(d, 1) / 12, 1), P(colsum(d, 2) / 12, 1), P(colsum(d, 3) / 12, 1)]);
  return [{ name: '分月', rows }];
});

// 89 电信 by service, total at top, supplementary rows below
T('89_电信用户补充行.xlsx', () => {
  const fix = rf(50, 70), mob = rf(400, 460), pop = rf(360, 372);
  const rows = [['电话用户（2025年末）'], ['类别', '用户数（万户）', '比上年末增长（%）'], ['电话用户合计', P(fix + mob, 2), P(rf(1, 3), 1)], ['固定电话', P(fix, 2), P(rf(-6, -1), 1)], ['移动电话', P(mob, 2), P(rf(1, 4), 1)],
    ['年末常住人口（万人）', P(pop, 2), P(rf(-0.5, 0.5), 1)], ['电话普及率（部/百人）', P((fix + mob) / pop * 100, 1), '']];
  return [{ name: '电话用户', rows }];
});

// 90 人大代表 by county with count and share pairs
T('90_分县代表构成占比.xlsx', () => {
  const rows = [['各县（区）人大代表构成'], ['地区', '代表总数（名）', '女性', '', '中共党员', '', '一线工人农民', ''], ['', '', '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）']];
  const d = CO6.map(n => { const N = ri(150, 300); return [n, N, Math.round(N * rf(0.25, 0.35)), Math.round(N * rf(0.6, 0.72)), Math.round(N * rf(0.12, 0.2))]; });
  const t = ['全市', ...[1, 2, 3, 4].map(c => colsum(d, c))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], P(x[2] / x[1] * 100, 1), x[3], P(x[3] / x[1] * 100, 1), x[4], P(x[4] / x[1] * 100, 1)]));
  return [{ name: '代表构成', rows, merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2'] }];
});

// 91 各乡镇 派出所/司法所 each 1, 警务室 = 村数
T('91_乡镇政法机构.xlsx', () => {
  const rows = [['各乡镇基层政法机构'], ['乡镇', '派出所（个）', '司法所（个）', '行政村（个）', '警务室（个）', '人民调解委员会（个）']];
  const d = TOWNS.map(n => { const v = ri(8, 30); return [n, 1, 1, v, v, v + 1]; });
  d.forEach(x => rows.push(x));
  rows.push(['全县', ...[1, 2, 3, 4, 5].map(c => colsum(d, c))]);
  return [{ name: '政法机构', rows }];
});

function addr(r0, c0) { let s = '', c = c0 + 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s + (r0 + 1); }

async function write(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === '' || v === undefined || v === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (v && typeof v === 'object') { cell.value = v.v; if (v.f) cell.numFmt = v.f; } else cell.value = v;
    }));
    (sh.merges || []).forEach(m => ws.mergeCells(m));
    ws.getColumn(1).width = 28;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  for (const d of ['clean', 'planted']) { fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(OUT, d)); }
  const manifest = [];
  for (const t of tables) {
    const sheets = t.build();
    await write(path.join(OUT, 'clean', t.file), sheets);
    if (!t.plant || t.plant[2] === 'skip') continue;
    const [label, col, mode] = t.plant; const sh = sheets[0];
    const ri0 = sh.rows.findIndex(rw => rw[0] === label || (rw[0] && rw[0].v === label));
    if (ri0 < 0) { console.error('plant label not found', t.file, label); continue; }
    const cellv = sh.rows[ri0][col]; const isObj = cellv && typeof cellv === 'object';
    const orig = isObj ? cellv.v : cellv; const txt = typeof orig === 'string';
    const num = txt ? Number(orig.replace(/,/g, '')) : orig;
    const dec = isObj ? ((cellv.f || '').split('.')[1] || '').length : 0;
    let nv;
    if (mode === '+7') nv = r(num + 7, dec);
    else if (typeof mode === 'string' && mode[0] === 'x') nv = r(num * Number(mode.slice(1)), dec);
    else nv = mode.set;
    const planted = txt ? comma(nv) : nv;
    const copy = JSON.parse(JSON.stringify(sheets)); copy[0].rows[ri0][col] = isObj ? { v: planted, f: cellv.f } : planted;
    await write(path.join(OUT, 'planted', t.file), copy);
    manifest.push({ file: t.file, sheet: sh.name, cell: addr(ri0, col), label, original: orig, planted, mode });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', tables.length, 'planted', manifest.length);
})();
