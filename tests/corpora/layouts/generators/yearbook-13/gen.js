// Generator of clean yearbook-style workbooks + planted copies.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
let seed = 19;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return Math.floor(a + rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(x, d) { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function g(cur, prev, d = 1) { return r((cur / prev - 1) * 100, d); }
function F(v, d) { return { v, f: d === 0 ? '0' : '0.' + '0'.repeat(d) }; }
function comma(n) { return n.toLocaleString('en-US'); }
const DIST = ['城关区', '东城区', '西湖区', '南山县', '北岭县', '青河县', '白沙县', '云溪县'];
const TOWNS = ['城关镇', '河口镇', '石门乡', '柳林镇', '马坊乡', '桃源镇', '杨庄乡', '双河镇', '龙泉乡'];

const tables = [];
function T(file, build, plant) { tables.push({ file, build, plant }); }

// ---------- 1 population by district with 城镇/乡村 男/女, 高新区 not counted
T('01_户籍人口分区.xlsx', () => {
  const rows = [['表2-3  各区县年末户籍人口（2025年）'], ['单位：户、人'],
    ['地区', '年末户数', '户籍人口', '按性别分', '', '按城乡分', '', '性别比'],
    ['', '', '', '男', '女', '城镇', '乡村', '（女=100）']];
  const data = DIST.map(d => { const m = ri(80000, 400000), f = ri(78000, 390000); const u = ri(0.3 * (m + f), 0.8 * (m + f)) | 0; return [d, ri(0.3 * (m + f), 0.4 * (m + f)) | 0, m + f, m, f, u, m + f - u]; });
  const tot = ['全市']; for (let c = 1; c < 7; c++) tot.push(sum(data.map(x => x[c])));
  const all = [tot, ...data]; all.forEach(x => x.push(F(r(x[3] / x[4] * 100, 2), 2)));
  const gx = DIST.slice(0, 2); const hm = ri(20000, 40000), hf = ri(20000, 40000), hu = hm + hf - 3000;
  const hx = ['高新区①', ri(20000, 30000), hm + hf, hm, hf, hu, 3000, F(r(hm / hf * 100, 2), 2)];
  return [{ name: '2-3', rows: [...rows, ...all, hx, ['①高新区数据已包含在城关区、东城区中，不计入全市合计。']], merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3'] }];
}, ['全市', 2, 'x1.1']);

// ---------- 2 GDP by industry, 亿元 2 decimals, 构成, 增长 (nominal)
T('02_地区生产总值构成.xlsx', () => {
  const ind = { agri: rf(150, 300) * 1e4, indu: rf(800, 1500) * 1e4, cons: rf(150, 300) * 1e4, wh: rf(200, 300) * 1e4, tr: rf(80, 150) * 1e4, fin: rf(150, 250) * 1e4, re: rf(150, 250) * 1e4, oth: rf(500, 800) * 1e4 };
  const prev = {}; for (const k in ind) prev[k] = ind[k] / rf(0.95, 1.12);
  const mk = (o) => { const sec = o.indu + o.cons, ter = o.wh + o.tr + o.fin + o.re + o.oth; return { gdp: o.agri + sec + ter, agri: o.agri, sec, indu: o.indu, cons: o.cons, ter, wh: o.wh, tr: o.tr, fin: o.fin, re: o.re }; };
  const c = mk(ind), p = mk(prev);
  const lab = [['地区生产总值', 'gdp'], ['第一产业', 'agri'], ['第二产业', 'sec'], ['  其中：工业', 'indu'], ['        建筑业', 'cons'], ['第三产业', 'ter'], ['  其中：批发和零售业', 'wh'], ['        交通运输、仓储和邮政业', 'tr'], ['        金融业', 'fin'], ['        房地产业', 're']];
  const rows = [['3-1 地区生产总值及构成'], ['', '', '', '单位：亿元、%'], ['指标', '2024年', '2025年', '2025年构成', '比上年增长（现价）']];
  lab.forEach(([l, k]) => rows.push([l, F(r(p[k] / 1e4, 2), 2), F(r(c[k] / 1e4, 2), 2), F(r(c[k] / c.gdp * 100, 1), 1), F(g(c[k], p[k]), 1)]));
  return [{ name: '地区生产总值', rows }];
}, ['第一产业', 2, 'x1.1']);

// ---------- 3 GDP index 上年=100 (no sums)
T('03_地区生产总值指数.xlsx', () => {
  const rows = [['3-2 地区生产总值指数'], ['（上年=100）'], ['年份', '地区生产总值', '第一产业', '第二产业', '#工业', '第三产业', '人均地区生产总值']];
  for (let y = 2016; y <= 2025; y++) rows.push([y + '年', F(r(rf(103, 109), 1), 1), F(r(rf(101, 105), 1), 1), F(r(rf(102, 110), 1), 1), F(r(rf(102, 111), 1), 1), F(r(rf(104, 110), 1), 1), F(r(rf(103, 109), 1), 1)]);
  rows.push(['注：#号表示其中项。']);
  return [{ name: 'Sheet1', rows }];
});

// ---------- 4 education by level
T('04_各级各类学校.xlsx', () => {
  const lv = [['普通高等学校', 3, 30000, 1800], ['中等职业学校', 8, 15000, 900], ['普通高中', 18, 40000, 3000], ['初中', 60, 70000, 5600], ['小学', 150, 140000, 8200], ['特殊教育学校', 3, 600, 150], ['幼儿园', 260, 60000, 4100]];
  const data = lv.map(([n, s, st, t]) => { const S = ri(s * 0.8, s * 1.2), ST = ri(st * 0.8, st * 1.2), TT = ri(t * 0.8, t * 1.2); const gr = ri(ST * 0.25, ST * 0.33), en = ri(ST * 0.28, ST * 0.36); return [n, S, en, ST, gr, TT, F(r(ST / TT, 2), 2)]; });
  const tot = ['合计']; for (let c = 1; c < 6; c++) tot.push(sum(data.map(x => x[c]))); tot.push(F(r(tot[3] / tot[5], 2), 2));
  const rows = [['表14-1  各级各类学校基本情况（2025年）'], ['学校类别', '学校数（所）', '招生数（人）', '在校学生数（人）', '毕业生数（人）', '专任教师（人）', '生师比（教师=1）'], ...data, tot];
  return [{ name: '学校', rows }];
}, ['初中', 3, 'x1.1']);

// ---------- 5 health with 计量单位 column and 每千人口
T('05_卫生事业.xlsx', () => {
  const popP = rf(300, 500), popC = popP * rf(0.99, 1.01);
  const mk = (f) => { const hosp = ri(60, 90) * f | 0, base = ri(1500, 2500), pub = ri(30, 50); const bh = ri(15000, 25000) * f | 0, bo = ri(3000, 6000); const doc = ri(9000, 14000) * f | 0, nur = ri(10000, 16000) * f | 0, oth = ri(4000, 6000); return { inst: hosp + base + pub + ri(5, 20), hosp, base, pub, beds: bh + bo, bh, tech: doc + nur + oth, doc, nur }; };
  const p = mk(1), c = mk(1.05);
  const rows = [['18-1 卫生事业基本情况'], ['指标', '计量单位', '2024年', '2025年', '2025年比上年增长（%）']];
  const L = [['医疗卫生机构数', '个', 'inst'], ['  其中：医院', '个', 'hosp'], ['        基层医疗卫生机构', '个', 'base'], ['        专业公共卫生机构', '个', 'pub'], ['医疗卫生机构床位数', '张', 'beds'], ['  其中：医院', '张', 'bh'], ['卫生技术人员', '人', 'tech'], ['  其中：执业（助理）医师', '人', 'doc'], ['        注册护士', '人', 'nur']];
  L.forEach(([l, u, k]) => rows.push([l, u, p[k], c[k], F(g(c[k], p[k]), 1)]));
  const pp = r(popP, 2), pc = r(popC, 2);
  rows.push(['年末常住人口', '万人', F(pp, 2), F(pc, 2), F(g(pc, pp), 1)]);
  const kb = [r(p.beds / pp / 10, 2), r(c.beds / pc / 10, 2)], kd = [r(p.doc / pp / 10, 2), r(c.doc / pc / 10, 2)];
  rows.push(['每千人口医疗卫生机构床位数', '张', F(kb[0], 2), F(kb[1], 2), '—']);
  rows.push(['每千人口执业（助理）医师', '人', F(kd[0], 2), F(kd[1], 2), '—']);
  return [{ name: '卫生', rows }];
}, ['卫生技术人员', 3, 'x1.1']);

// ---------- 6 grain: two breakdowns of the same total, 万吨
T('06_主要农产品产量.xlsx', () => {
  const rice = rf(50, 80), wheat = rf(60, 90), corn = rf(40, 70), bean = rf(5, 10), tuber = rf(5, 12);
  const grain = rice + wheat + corn + bean + tuber; const summer = wheat + rf(2, 4), autumn = grain - summer;
  const pv = x => x / rf(0.96, 1.06);
  const it = [['粮食', grain], ['  按季节分：夏粮', summer], ['            秋粮', autumn], ['  按品种分：谷物', rice + wheat + corn], ['    其中：稻谷', rice], ['          小麦', wheat], ['          玉米', corn], ['        豆类', bean], ['        薯类', tuber], ['油料', rf(10, 20)], ['棉花', rf(0.5, 1.5)], ['蔬菜及食用菌', rf(200, 400)], ['水果', rf(50, 100)]];
  const rows = [['主要农产品产量'], ['产品名称', '计量单位', '2024年', '2025年', '增长（%）']];
  // prev computed consistently: scale each leaf
  const k = {}; ['rice', 'wheat', 'corn', 'bean', 'tuber'].forEach(n => k[n] = rf(0.96, 1.05));
  const P = { rice: rice / k.rice, wheat: wheat / k.wheat, corn: corn / k.corn, bean: bean / k.bean, tuber: tuber / k.tuber };
  const pg = P.rice + P.wheat + P.corn + P.bean + P.tuber, ps = P.wheat + (summer - wheat) / 1.02;
  const prevs = [pg, ps, pg - ps, P.rice + P.wheat + P.corn, P.rice, P.wheat, P.corn, P.bean, P.tuber];
  it.forEach(([n, v], i) => { const pvv = i < 9 ? prevs[i] : pv(v); rows.push([n, '万吨', F(r(pvv, 2), 2), F(r(v, 2), 2), F(g(v, pvv), 1)]); });
  return [{ name: '农业', rows }];
}, ['  按季节分：夏粮', 3, 'x1.1']);

// ---------- 7 industrial enterprises above scale, multiple breakdowns + 其中 国有控股
T('07_规上工业企业.xlsx', () => {
  const grp = (names) => names.map(n => { const u = ri(10, 400), v = r(rf(20, 800), 1), rev = r(v * rf(0.9, 1.05), 1), pf = r(rf(-15, 60), 1); return [n, u, v, rev, pf]; });
  const own = grp(['  国有企业', '  集体企业', '  股份合作企业', '  股份制企业', '  外商及港澳台商投资企业', '  其他企业']);
  const U = sum(own.map(x => x[1])), V = sum(own.map(x => x[2])), R = sum(own.map(x => x[3])), P = sum(own.map(x => x[4]));
  const split = (tot, n, d) => { const w = Array.from({ length: n }, () => rf(1, 5)); const s = sum(w); const a = w.map(x => r(tot * x / s, d)); a[n - 1] = r(tot - sum(a.slice(0, n - 1)), d); return a; };
  const mkSplit = (names) => { const a = split(U, names.length, 0), b = split(V, names.length, 1), c = split(R, names.length, 1), d = split(P, names.length, 1); return names.map((n, i) => [n, a[i], b[i], c[i], d[i]]); };
  const size = mkSplit(['  大型企业', '  中型企业', '  小型企业', '  微型企业']);
  const lh = mkSplit(['  轻工业', '  重工业']);
  const rows = [['规模以上工业企业主要经济指标（2025年）'], ['单位：个、亿元'], ['项目', '企业单位数', '工业总产值', '营业收入', '利润总额'],
    ['总计', U, F(r(V, 1), 1), F(r(R, 1), 1), F(r(P, 1), 1)], ['按登记注册类型分'], ...own.map(x => [x[0], x[1], F(x[2], 1), F(x[3], 1), F(x[4], 1)]),
    ['  #国有控股企业', ri(20, 60), F(r(V * 0.2, 1), 1), F(r(R * 0.21, 1), 1), F(r(P * 0.1, 1), 1)],
    ['按企业规模分'], ...size.map(x => [x[0], x[1], F(x[2], 1), F(x[3], 1), F(x[4], 1)]), ['按轻重工业分'], ...lh.map(x => [x[0], x[1], F(x[2], 1), F(x[3], 1), F(x[4], 1)])];
  return [{ name: '规上工业', rows }];
}, ['  中型企业', 1, 'x1.1']);

// ---------- 8 retail by month with 累计 and 同比
T('08_社会消费品零售总额月度.xlsx', () => {
  const ms = ['1—2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  const cur = ms.map((m, i) => r(i === 0 ? rf(180, 220) : rf(85, 120), 2)); const pre = cur.map(x => r(x / rf(0.97, 1.09), 2));
  const rows = [['2025年社会消费品零售总额（分月）'], ['', '', '', '', '单位：亿元、%'], ['月份', '当月', '同比增长', '累计', '累计同比增长']];
  let a = 0, b = 0; ms.forEach((m, i) => { a += cur[i]; b += pre[i]; rows.push([m, F(cur[i], 2), F(g(cur[i], pre[i]), 1), F(r(a, 2), 2), F(g(a, b), 1)]); });
  rows.push(['注：1—2月合并统计。']);
  return [{ name: '零售', rows }];
}, ['6月', 3, 'x1.1']);

// ---------- 9 long series with 年均增长 rows
T('09_国民经济主要指标历史.xlsx', () => {
  const ys = [1978, 2000, 2010, 2020, 2021, 2022, 2023, 2024, 2025];
  let gdp = { 1978: 8.52, 2000: 160.3, 2010: 780.6 }; let v = 2300; for (let y = 2020; y <= 2025; y++) { gdp[y] = r(v, 2); v *= rf(1.03, 1.09); }
  const pop = {}; ys.forEach((y, i) => pop[y] = r(260 + i * 6 + rf(0, 3), 2));
  const rows = [['1-1 国民经济和社会发展主要指标'], ['年份', '地区生产总值（亿元）', '年末常住人口（万人）', '人均地区生产总值（元）']];
  ys.forEach(y => rows.push([y, F(gdp[y], 2), F(pop[y], 2), ri(0, 0) + Math.round(gdp[y] * 1e4 / pop[y])]));
  const cagr = (a, b, n) => F(r((Math.pow(b / a, 1 / n) - 1) * 100, 1), 1);
  const pc = y => Math.round(gdp[y] * 1e4 / pop[y]);
  rows.push(['年均增长（%）']);
  rows.push(['1979—2025年', cagr(gdp[1978], gdp[2025], 47), cagr(pop[1978], pop[2025], 47), cagr(pc(1978), pc(2025), 47)]);
  rows.push(['2021—2025年', cagr(gdp[2020], gdp[2025], 5), cagr(pop[2020], pop[2025], 5), cagr(pc(2020), pc(2025), 5)]);
  rows.push(['注：年均增长按现价计算。']);
  return [{ name: '1-1', rows }];
}, [2023, 1, 'x1.1']);

// ---------- 10 income per capita by district with 城乡收入比
T('10_居民人均可支配收入.xlsx', () => {
  const rows = [['各区县居民人均可支配收入（2025年）'], ['单位：元'], ['地区', '全体居民', '比上年增长（%）', '城镇居民', '比上年增长（%）', '农村居民', '比上年增长（%）', '城乡收入比（农村=1）']];
  DIST.forEach(d => { const u = ri(38000, 52000), q = ri(18000, 26000), up = Math.round(u / rf(1.03, 1.07)), qp = Math.round(q / rf(1.05, 1.08)); const w = rf(0.4, 0.7); const a = Math.round(u * w + q * (1 - w)), ap = Math.round(up * w + qp * (1 - w)); rows.push([d, a, F(g(a, ap), 1), u, F(g(u, up), 1), q, F(g(q, qp), 1), F(r(u / q, 2), 2)]); });
  rows.push(['注：全体居民人均可支配收入为城乡加权平均数。']);
  return [{ name: '收入', rows }];
}, ['西湖区', 7, 'x1.1']);

// ---------- 11 rank columns
T('11_县区主要指标位次.xlsx', () => {
  const d = DIST.map(n => ({ n, v: r(rf(120, 600), 2), gr: r(rf(-2, 9), 1), inv: r(rf(-10, 15), 1) }));
  const rk = (k) => { const s = [...d].sort((a, b) => b[k] - a[k]); d.forEach(x => x[k + 'R'] = s.indexOf(x) + 1); };
  rk('v'); rk('gr'); rk('inv');
  const rows = [['各县区主要经济指标及位次（2025年）'], ['县区', '地区生产总值（亿元）', '位次', '增速（%）', '位次', '固定资产投资增速（%）', '位次']];
  d.forEach(x => rows.push([x.n, F(x.v, 2), x.vR, F(x.gr, 1), x.grR, F(x.inv, 1), x.invR]));
  return [{ name: '位次', rows }];
});

// ---------- 12 全省=100 index
T('12_各市人均GDP指数.xlsx', () => {
  const cities = ['省会市', '江城市', '山海市', '临川市', '云阳市', '石岭市'];
  const d = cities.map(c => { const gdp = rf(800, 6000) * 1e4, pop = rf(200, 900); return [c, gdp, pop]; });
  const G = sum(d.map(x => x[1])), P = sum(d.map(x => x[2])); const pcP = G / P;
  const rows = [['各市地区生产总值及人均水平（2025年）'], ['地区', '地区生产总值（亿元）', '常住人口（万人）', '人均地区生产总值（元）', '全省=100']];
  rows.push(['全省', F(r(G / 1e4, 2), 2), F(r(P, 2), 2), Math.round(pcP), F(r(100, 1), 1)]);
  d.forEach(([c, gg, p]) => { const pc = gg / p; rows.push([c, F(r(gg / 1e4, 2), 2), F(r(p, 2), 2), Math.round(pc), F(r(pc / pcP * 100, 1), 1)]); });
  return [{ name: '各市', rows }];
}, ['江城市', 3, 'x1.1']);

// ---------- 13 finance with 合计 at bottom and ①②
T('13_县区财政收支.xlsx', () => {
  const d = [...DIST, '市本级①'].map(n => { const tax = ri(50000, 300000), non = ri(10000, 80000); const ex = ri(200000, 700000); return [n, tax + non, tax, non, ex]; });
  const tot = ['合计']; for (let c = 1; c < 5; c++) tot.push(sum(d.map(x => x[c])));
  const rows = [['各县区一般公共预算收支（2025年）'], ['单位：万元'], ['地区', '一般公共预算收入', '其中：税收收入', '非税收入', '一般公共预算支出②'], ...d, tot,
    ['①市本级含高新区、经开区。'], ['②支出不含上解上级支出。']];
  return [{ name: '财政', rows }];
}, ['合计', 4, 'x1.1']);

// ---------- 14 bilingual headers
T('14_双语人口自然变动.xlsx', () => {
  const rows = [['4-2 人口自然变动'], ['Natural Change of Population'], ['年份\nYear', '年平均人口（万人）\nAverage Population (10 000 persons)', '出生人数（人）\nBirths (person)', '死亡人数（人）\nDeaths (person)', '自然增长人数（人）\nNatural Increase (person)', '出生率（‰）\nBirth Rate', '死亡率（‰）\nDeath Rate', '自然增长率（‰）\nNatural Growth Rate']];
  let pop = 450; for (let y = 2019; y <= 2025; y++) { const b = ri(26000, 45000) - (y - 2019) * 2500, dth = ri(30000, 34000); const ap = pop; rows.push([y, F(r(ap, 2), 2), b, dth, b - dth, F(r(b / ap / 10, 2), 2), F(r(dth / ap / 10, 2), 2), F(r((b - dth) / ap / 10, 2), 2)]); pop = ap + (b - dth) / 1e4 + rf(-0.5, 0.5); }
  return [{ name: 'Population', rows }];
}, [2022, 4, 'x1.1']);

// ---------- 15 续表 stacked on one sheet
T('15_续表城乡建设.xlsx', () => {
  const d = DIST.map(n => [n, ri(20, 120), ri(200, 900), r(rf(30, 95), 1), ri(1000, 9000), r(rf(10, 50), 2), ri(50, 300)]);
  const tot = ['全市', sum(d.map(x => x[1])), sum(d.map(x => x[2])), '…', sum(d.map(x => x[4])), r(sum(d.map(x => x[5])), 2), sum(d.map(x => x[6]))];
  const rows = [['表9-5  各县区城市建设情况'], ['地区', '城市道路长度（公里）', '供水管道长度（公里）', '燃气普及率（%）']];
  [tot, ...d].forEach(x => rows.push([x[0], x[1], x[2], typeof x[3] === 'number' ? F(x[3], 1) : x[3]]));
  rows.push([]); rows.push(['续表']); rows.push(['地区', '排水管道长度（公里）', '园林绿地面积（平方公里）', '公园个数（个）']);
  [tot, ...d].forEach(x => rows.push([x[0], x[4], F(x[5], 2), x[6]]));
  return [{ name: '9-5', rows }];
}, ['全市', 2, 'x1.1']);

// ---------- 16 平均 row
T('16_乡镇基本情况平均.xlsx', () => {
  const d = TOWNS.map(t => { const h = ri(3000, 12000), p = Math.round(h * rf(2.6, 3.4)), land = ri(15000, 60000); return [t, ri(8, 30), h, p, land, F(r(land / p, 2), 2)]; });
  const tot = ['合计', sum(d.map(x => x[1])), sum(d.map(x => x[2])), sum(d.map(x => x[3])), sum(d.map(x => x[4]))]; tot.push(F(r(tot[4] / tot[3], 2), 2));
  const avg = ['平均', F(r(tot[1] / 9, 1), 1), Math.round(tot[2] / 9), Math.round(tot[3] / 9), Math.round(tot[4] / 9), F(r(tot[4] / tot[3], 2), 2)];
  const rows = [['各乡镇基本情况（2025年）'], ['乡镇', '村民委员会（个）', '户数（户）', '户籍人口（人）', '耕地面积（亩）', '人均耕地（亩）'], ...d, tot, avg];
  return [{ name: '乡镇', rows }];
}, ['柳林镇', 3, 'x1.1']);

// ---------- 17 employment composition % sums to 100
T('17_从业人员构成.xlsx', () => {
  const rows = [['年末从业人员及构成'], ['年份', '从业人员（万人）', '第一产业', '第二产业', '第三产业', '构成（%）', '', ''], ['', '', '', '', '', '第一产业', '第二产业', '第三产业']];
  for (let y = 2018; y <= 2025; y++) { const a = rf(60, 90), b = rf(70, 90), c = rf(90, 130); const ra = r(a, 2), rb = r(b, 2), rc = r(c, 2), t = r(a + b + c, 2); rows.push([y, F(t, 2), F(ra, 2), F(rb, 2), F(rc, 2), F(r(a / (a + b + c) * 100, 1), 1), F(r(b / (a + b + c) * 100, 1), 1), F(r(c / (a + b + c) * 100, 1), 1)]); }
  return [{ name: '就业', rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:H2'] }];
}, [2021, 2, 'x1.1']);

// ---------- 18 fixed investment growth rates only, negative
T('18_固定资产投资增速.xlsx', () => {
  const L = ['固定资产投资（不含农户）', '  按产业分：第一产业', '            第二产业', '              #工业投资', '            第三产业', '  按领域分：基础设施投资', '            民间投资', '            房地产开发投资', '  #高技术产业投资'];
  const rows = [['2025年固定资产投资增长情况'], ['指标', '比上年增长（%）']];
  L.forEach(l => rows.push([l, F(r(rf(-18, 15), 1), 1)]));
  rows.push(['注：固定资产投资只公布增速。']);
  return [{ name: '投资', rows }];
});

// ---------- 19 missing "—" "…"
T('19_缺失值交通运输.xlsx', () => {
  const rows = [['交通运输主要指标'], ['指标', '单位', '2021', '2022', '2023', '2024', '2025']];
  const mode = ['公路', '铁路', '水运', '民航'];
  const pas = {}, fr = {}; const ys = [2021, 2022, 2023, 2024, 2025];
  mode.forEach((m, i) => { pas[m] = ys.map(() => i === 2 ? null : ri(100, 3000)); fr[m] = ys.map(() => i === 3 ? null : ri(500, 9000)); });
  pas['铁路'][0] = null;
  const tot = (o) => ys.map((_, j) => sum(mode.map(m => o[m][j] || 0)));
  const show = v => v === null ? '—' : v;
  rows.push(['旅客运输量', '万人', ...tot(pas)]); mode.forEach(m => rows.push(['  ' + m, '万人', ...pas[m].map(show)]));
  rows.push(['货物运输量', '万吨', ...tot(fr)]); mode.forEach(m => rows.push(['  ' + m, '万吨', ...fr[m].map((v, j) => v === null ? '…' : v)]));
  rows.push(['注：“—”表示无此项，“…”表示数据不足本表最小单位或未统计；铁路2021年数据缺失，合计不含。']);
  return [{ name: '交通', rows }];
}, ['货物运输量', 4, 'x1.1']);

// ---------- 20 numbers as text with commas
T('20_文本数字千分位.xlsx', () => {
  const d = DIST.map(n => [n, ri(100000, 900000), ri(50000, 400000)]);
  const tot = ['全市', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const rows = [['各区县社会保险参保人数（2025年末）'], ['单位：人'], ['地区', '城镇职工基本养老保险', '失业保险', '比重（%）']];
  [tot, ...d].forEach(x => rows.push([x[0], comma(x[1]), comma(x[2]), (r(x[1] / tot[1] * 100, 1)).toFixed(1)]));
  return [{ name: '社保', rows }];
}, ['南山县', 1, 'typo']);

// ---------- 21 urbanization
T('21_城镇化率.xlsx', () => {
  const rows = [['各区县常住人口及城镇化率（2025年末）'], ['地区', '常住人口（万人）', '城镇人口（万人）', '乡村人口（万人）', '城镇化率（%）']];
  const d = DIST.map(n => { const p = rf(20, 120), u = p * rf(0.35, 0.92); return [n, p, u]; });
  const P = sum(d.map(x => x[1])), U = sum(d.map(x => x[2]));
  [['全市', P, U], ...d].forEach(([n, p, u]) => rows.push([n, F(r(p, 2), 2), F(r(u, 2), 2), F(r(p - u, 2), 2), F(r(u / p * 100, 2), 2)]));
  return [{ name: '城镇化', rows }];
}, ['北岭县', 4, 'x1.1']);

// ---------- 22 foreign trade with 差额 negative, 万美元
T('22_进出口.xlsx', () => {
  const rows = [['对外贸易进出口（2025年）'], ['指标', '金额（万美元）', '比上年增长（%）']];
  const ex = ri(200000, 500000), im = ri(250000, 600000), exp = ri(200000, 500000), imp = ri(250000, 600000);
  const ge = ri(50000, 150000), gep = ri(50000, 150000), pe = ex - ge, pep = exp - gep;
  rows.push(['进出口总额', ex + im, F(g(ex + im, exp + imp), 1)]);
  rows.push(['  出口总额', ex, F(g(ex, exp), 1)]);
  rows.push(['    其中：一般贸易', ge, F(g(ge, gep), 1)]);
  rows.push(['          加工贸易', pe, F(g(pe, pep), 1)]);
  rows.push(['  进口总额', im, F(g(im, imp), 1)]);
  rows.push(['进出口差额（出口减进口）', ex - im, '—']);
  return [{ name: '外贸', rows }];
}, ['  进口总额', 1, 'typo']);

// ---------- 23 energy with 下降% column
T('23_能源消费.xlsx', () => {
  const rows = [['能源消费情况'], ['年份', '能源消费总量（万吨标准煤）', '地区生产总值（亿元，2020年价）', '单位地区生产总值能耗（吨标准煤/万元）', '单位GDP能耗比上年下降（%）']];
  let prevI = null; for (let y = 2020; y <= 2025; y++) { const e = r(rf(900, 1100), 2), gd = r(2300 * Math.pow(1.06, y - 2020), 2); const I = e / gd; rows.push([y, F(e, 2), F(gd, 2), F(r(I, 4), 4), prevI === null ? '—' : F(r((1 - I / prevI) * 100, 2), 2)]); prevI = I; }
  rows.push(['注：单位GDP能耗下降率为正表示下降，负表示上升。']);
  return [{ name: '能源', rows }];
});

// ---------- 24 financial deposits, 比年初增加 (difference)
T('24_金融存贷款.xlsx', () => {
  const dep = { h: rf(2000, 3000), c: rf(1000, 1800), g: rf(300, 500), o: rf(50, 100) }; const d0 = {}; for (const k in dep) d0[k] = dep[k] / rf(0.95, 1.12);
  const loan = { h: rf(1200, 1800), c: rf(1800, 2600) }; const l0 = { h: loan.h / 1.05, c: loan.c / 1.09 };
  const S = o => sum(Object.values(o));
  const rows = [['金融机构本外币存贷款余额（2025年末）'], ['单位：亿元'], ['指标', '年末余额', '比年初增加', '比上年末增长（%）']];
  const line = (l, a, b) => rows.push([l, F(r(a, 2), 2), F(r(a - b, 2), 2), F(g(a, b), 1)]);
  line('各项存款余额', S(dep), S(d0)); line('  住户存款', dep.h, d0.h); line('  非金融企业存款', dep.c, d0.c); line('  机关团体存款', dep.g, d0.g); line('  其他存款', dep.o, d0.o);
  line('各项贷款余额', S(loan), S(l0)); line('  住户贷款', loan.h, l0.h); line('  企（事）业单位贷款', loan.c, l0.c);
  return [{ name: '金融', rows }];
}, ['  住户存款', 1, 'x1.1']);

// ---------- 25 real estate
T('25_房地产开发.xlsx', () => {
  const rows = [['房地产开发主要指标'], ['指标', '计量单位', '2025年', '比上年增长（%）']];
  const L = [['房屋施工面积', '万平方米'], ['  #住宅', '万平方米'], ['房屋新开工面积', '万平方米'], ['  #住宅', '万平方米'], ['房屋竣工面积', '万平方米'], ['  #住宅', '万平方米'], ['商品房销售面积', '万平方米'], ['  #住宅', '万平方米'], ['商品房销售额', '亿元'], ['  #住宅', '亿元']];
  for (let i = 0; i < L.length; i += 2) { const a = rf(100, 2000), b = a * rf(0.6, 0.85), pa = a / rf(0.7, 1.1), pb = b / rf(0.7, 1.1); rows.push([...L[i], F(r(a, 2), 2), F(g(a, pa), 1)]); rows.push([...L[i + 1], F(r(b, 2), 2), F(g(b, pb), 1)]); }
  return [{ name: '房地产', rows }];
}, ['房屋施工面积', 2, 'typo']);

// ---------- 26 age composition with 其中65+ inside 60+
T('26_人口年龄构成.xlsx', () => {
  const a = ri(600000, 800000), b = ri(2200000, 2600000), c = ri(700000, 900000), c65 = Math.round(c * rf(0.62, 0.72)); const t = a + b + c;
  const rows = [['常住人口年龄构成（第七次人口普查）'], ['年龄组', '人口数（人）', '比重（%）'], ['总人口', t, F(100, 2)], ['0—14岁', a, F(r(a / t * 100, 2), 2)], ['15—59岁', b, F(r(b / t * 100, 2), 2)], ['60岁及以上', c, F(r(c / t * 100, 2), 2)], ['  其中：65岁及以上', c65, F(r(c65 / t * 100, 2), 2)]];
  return [{ name: '年龄', rows }];
}, ['60岁及以上', 1, 'x1.1']);

// ---------- 27 density
T('27_面积人口密度.xlsx', () => {
  const d = DIST.map(n => [n, r(rf(80, 2500), 2), ri(100000, 900000)]);
  const A = r(sum(d.map(x => x[1])), 2), P = sum(d.map(x => x[2]));
  const rows = [['各区县土地面积与人口密度'], ['地区', '土地面积（平方公里）', '常住人口（人）', '人口密度（人/平方公里）']];
  [['全市', A, P], ...d].forEach(x => rows.push([x[0], F(x[1], 2), x[2], Math.round(x[2] / x[1])]));
  return [{ name: '密度', rows }];
}, ['全市', 1, 'x1.1']);

// ---------- 28 wages: averages, 全市 is weighted average
T('28_在岗职工平均工资.xlsx', () => {
  const ins = ['农、林、牧、渔业', '制造业', '建筑业', '批发和零售业', '金融业', '教育', '卫生和社会工作', '公共管理、社会保障和社会组织'];
  const d = ins.map(n => { const p = ri(3000, 60000), w = ri(45000, 150000); return [n, p, Math.round(p * w / 1e4), w]; });
  const P = sum(d.map(x => x[1])), W = sum(d.map(x => x[2]));
  const rows = [['城镇非私营单位在岗职工人数和平均工资（2025年）'], ['行业', '在岗职工人数（人）', '工资总额（万元）', '平均工资（元）'], ['总计', P, W, Math.round(W * 1e4 / P)], ...d.map(x => [x[0], x[1], x[2], Math.round(x[2] * 1e4 / x[1])])];
  return [{ name: '工资', rows }];
}, ['制造业', 2, 'x1.1']);

// ---------- 29 transposed: districts as columns
T('29_转置区县指标.xlsx', () => {
  const ind = [['户籍人口', '人', 100000, 600000], ['出生人口', '人', 500, 5000], ['死亡人口', '人', 600, 5000], ['迁入人口', '人', 1000, 9000]];
  const rows = [['各区县人口变动（2025年）'], ['指标', '单位', '全市', ...DIST]];
  ind.forEach(([n, u, a, b]) => { const v = DIST.map(() => ri(a, b)); rows.push([n, u, sum(v), ...v]); });
  return [{ name: '人口变动', rows }];
}, ['出生人口', 5, 'x1.1']);

// ---------- 30 主要指标完成情况 bulletin
T('30_公报主要指标.xlsx', () => {
  const rows = [['2025年国民经济和社会发展主要指标'], ['指标名称', '单位', '绝对数', '比上年增长（%）']];
  const L = [['地区生产总值', '亿元', 2], ['规模以上工业增加值', '亿元', 2], ['社会消费品零售总额', '亿元', 2], ['一般公共预算收入', '亿元', 2], ['城镇新增就业', '万人', 2], ['居民消费价格指数', '上年=100', 1], ['城镇调查失业率', '%', 1], ['全体居民人均可支配收入', '元', 0]];
  L.forEach(([n, u, dd]) => { if (u === '上年=100') rows.push([n, u, F(r(rf(99.5, 102), 1), 1), '—']); else if (u === '%') rows.push([n, u, F(r(rf(4.5, 5.5), 1), 1), '—']); else rows.push([n, u, F(r(rf(10, 3000), dd), dd), F(r(rf(-3, 8), 1), 1)]); });
  return [{ name: '主要指标', rows }];
});

// ---------- 31 quarters cumulative
T('31_分季度累计.xlsx', () => {
  const q = [rf(500, 600), rf(550, 650), rf(580, 680), rf(650, 750)], qp = q.map(x => x / rf(1.02, 1.08));
  const rows = [['2025年分季度地区生产总值'], ['', '一季度', '上半年', '前三季度', '全年'], ['地区生产总值（亿元）'], ['上年同期（亿元）'], ['累计增长（%）']];
  let a = 0, b = 0; for (let i = 0; i < 4; i++) { a += q[i]; b += qp[i]; rows[2].push(F(r(a, 2), 2)); rows[3].push(F(r(b, 2), 2)); rows[4].push(F(g(a, b), 1)); }
  return [{ name: '季度', rows }];
}, ['上年同期（亿元）', 3, 'x1.1']);

// ---------- 32 CPI by category 上年=100
T('32_居民消费价格指数.xlsx', () => {
  const rows = [['居民消费价格分类指数（上年=100）'], ['类别', '全市', '城市', '农村']];
  ['居民消费价格总指数', '  食品烟酒', '    #粮食', '    #猪肉', '  衣着', '  居住', '  生活用品及服务', '  交通通信', '  教育文化娱乐', '  医疗保健', '  其他用品及服务'].forEach(n => rows.push([n, F(r(rf(96, 104), 1), 1), F(r(rf(96, 104), 1), 1), F(r(rf(96, 104), 1), 1)]));
  return [{ name: 'CPI', rows }];
});

// ---------- 33 grain yield by county: area 公顷, output 吨, yield 公斤/公顷
T('33_县区粮食单产.xlsx', () => {
  const d = DIST.slice(3).map(n => { const a = ri(20000, 80000), y = rf(5200, 7200); return [n, a, Math.round(a * y / 1000)]; });
  const A = sum(d.map(x => x[1])), O = sum(d.map(x => x[2]));
  const rows = [['各县粮食播种面积和产量（2025年）'], ['县', '播种面积（公顷）', '总产量（吨）', '单位面积产量（公斤/公顷）'], ['合计', A, O, Math.round(O * 1000 / A)], ...d.map(x => [x[0], x[1], x[2], Math.round(x[2] * 1000 / x[1])])];
  return [{ name: '粮食', rows }];
}, ['白沙县', 2, 'x1.1']);

// ---------- 34 agriculture output value by 农林牧渔 + 构成
T('34_农林牧渔业总产值.xlsx', () => {
  const v = { 农业: rf(150, 250), 林业: rf(10, 20), 牧业: rf(60, 120), 渔业: rf(20, 60), 农林牧渔专业及辅助性活动: rf(10, 20) };
  const t = sum(Object.values(v)); const pv = {}; for (const k in v) pv[k] = v[k] / rf(0.97, 1.08); const pt = sum(Object.values(pv));
  const rows = [['农林牧渔业总产值（现价）'], ['项目', '2024年（亿元）', '2025年（亿元）', '构成（%）', '增长（%）'], ['农林牧渔业总产值', F(r(pt, 2), 2), F(r(t, 2), 2), F(100, 1), F(g(t, pt), 1)]];
  for (const k in v) rows.push(['  ' + k, F(r(pv[k], 2), 2), F(r(v[k], 2), 2), F(r(v[k] / t * 100, 1), 1), F(g(v[k], pv[k]), 1)]);
  return [{ name: '农业产值', rows }];
}, ['  牧业', 2, 'x1.1']);

// ---------- 35 schools by district with 市直 row, 合计 bottom
T('35_区县学校在校生.xlsx', () => {
  const ds = ['市直', ...DIST];
  const d = ds.map(n => [n, ri(5, 80), ri(2000, 30000), ri(1000, 20000), ri(300, 3000)]);
  const tot = ['合计', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  const rows = [['各县区中小学基本情况'], ['地区', '学校数', '小学在校生', '初中在校生', '专任教师'], ['', '（所）', '（人）', '（人）', '（人）'], ...d, tot];
  return [{ name: '学校', rows }];
}, ['青河县', 2, 'typo']);

// ---------- 36 years as columns + 2025比2020增长
T('36_十四五时期指标.xlsx', () => {
  const rows = [['“十四五”时期主要指标'], ['指标', '计量单位', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年', '2025年比2020年增长（%）']];
  [['粮食产量', '万吨', 200, 2], ['工业增加值', '亿元', 800, 2], ['社会消费品零售总额', '亿元', 900, 2], ['普通高校在校生', '人', 30000, 0], ['公共图书馆', '个', 12, 0]].forEach(([n, u, b, dd]) => { const v = []; let x = b; for (let i = 0; i < 6; i++) { v.push(r(x, dd)); x *= rf(0.97, 1.08); } rows.push([n, u, ...v.map(y => F(y, dd)), F(g(v[5], v[0]), 1)]); });
  return [{ name: '十四五', rows }];
}, ['工业增加值', 7, 'x1.1']);

// ---------- 37 tourism
T('37_旅游.xlsx', () => {
  const dv = rf(3000, 6000), iv = rf(5, 30), dr = rf(300, 600), ir = rf(1, 5), pdv = dv / rf(1.05, 1.3), piv = iv / rf(0.8, 1.5), pdr = dr / rf(1.05, 1.3), pir = ir / rf(0.8, 1.5);
  const rows = [['旅游业主要指标'], ['指标', '单位', '2025年', '增长（%）'], ['接待游客总人次', '万人次', F(r(dv + iv, 2), 2), F(g(dv + iv, pdv + piv), 1)], ['  国内游客', '万人次', F(r(dv, 2), 2), F(g(dv, pdv), 1)], ['  入境游客', '万人次', F(r(iv, 2), 2), F(g(iv, piv), 1)], ['旅游总收入', '亿元', F(r(dr + ir * 7.1, 2), 2), F(g(dr + ir * 7.1, pdr + pir * 7.1), 1)], ['  国内旅游收入', '亿元', F(r(dr, 2), 2), F(g(dr, pdr), 1)], ['  旅游外汇收入', '亿美元', F(r(ir, 2), 2), F(g(ir, pir), 1)], ['注：旅游总收入中外汇收入按年平均汇率7.1折算。']];
  return [{ name: '旅游', rows }];
}, ['  国内游客', 2, 'x1.1']);

// ---------- 38 two tables side by side on one sheet (续表 to the right)
T('38_左右续表.xlsx', () => {
  const d = DIST.map(n => [n, ri(1000, 9000), ri(500, 4000), ri(100, 900), ri(50, 700)]);
  const tot = ['全市', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  const rows = [['各区县卫生机构与床位（2025年）', '', '', '', '续表'], ['地区', '卫生机构（个）', '床位（张）', '', '地区', '卫生技术人员（人）', '执业医师（人）']];
  [tot, ...d].forEach(x => rows.push([x[0], x[3], x[1], '', x[0], x[2], x[4]]));
  return [{ name: '卫生分区', rows }];
}, ['东城区', 5, 'x1.1']);

// ---------- 39 population by age & sex with 性别比 and 合计 bottom (census style)
T('39_分年龄性别人口.xlsx', () => {
  const ag = ['0—4岁', '5—9岁', '10—14岁', '15—19岁', '20—24岁', '25—29岁', '30—34岁', '35—39岁', '40—44岁', '45—49岁', '50—54岁', '55—59岁', '60—64岁', '65岁及以上'];
  const d = ag.map(a => { const m = ri(80000, 200000), f = ri(78000, 200000); return [a, m + f, m, f]; });
  const T2 = ['合计', ...[1, 2, 3].map(c => sum(d.map(x => x[c])))];
  const rows = [['按年龄和性别分人口'], ['年龄', '合计', '男', '女', '性别比（女=100）', '占总人口比重（%）'], ...[...d, T2].map(x => [...x, F(r(x[2] / x[3] * 100, 2), 2), F(r(x[1] / T2[1] * 100, 2), 2)])];
  return [{ name: '年龄性别', rows }];
}, ['30—34岁', 1, 'x1.1']);

// ---------- 40 units row under header 万元 with wide header merges and sub-totals per region group
T('40_分片区小计.xlsx', () => {
  const groups = [['东部片区', ['城关镇', '河口镇', '石门乡']], ['西部片区', ['柳林镇', '马坊乡', '桃源镇']], ['北部片区', ['杨庄乡', '双河镇', '龙泉乡']]];
  const body = []; let T1 = 0, T2 = 0;
  groups.forEach(([gname, ts]) => { const d = ts.map(t => { const a = ri(5000, 40000); return [t, a, Math.round(a * rf(0.2, 0.6))]; }); const s1 = sum(d.map(x => x[1])), s2 = sum(d.map(x => x[2])); T1 += s1; T2 += s2; body.push([gname + '小计', s1, s2]); d.forEach(x => body.push(['  ' + x[0], x[1], x[2]])); });
  const rows = [['各乡镇农村经济收入（2025年）'], ['单位：万元'], ['乡镇', '农村经济总收入', '其中：农业收入'], ['总计', T1, T2], ...body];
  return [{ name: '乡镇收入', rows }];
}, ['西部片区小计', 1, 'x1.1']);

// ---------- 41 month table with 本月/上年同月/增减% and 1—本月
T('41_工业用电量月度.xlsx', () => {
  const rows = [['全社会用电量（2025年12月）'], ['单位：万千瓦时'], ['项目', '本月', '上年同月', '增减（%）', '1—本月', '上年同期', '增减（%）']];
  const items = ['第一产业', '第二产业', '  #工业', '第三产业', '城乡居民生活用电'];
  const c = {}, p = {}, ca = {}, pa = {};
  items.forEach(n => { c[n] = ri(500, 50000); p[n] = Math.round(c[n] / rf(0.9, 1.12)); ca[n] = c[n] * ri(10, 12); pa[n] = Math.round(ca[n] / rf(0.92, 1.1)); });
  c['  #工业'] = Math.round(c['第二产业'] * 0.9); p['  #工业'] = Math.round(p['第二产业'] * 0.88); ca['  #工业'] = Math.round(ca['第二产业'] * 0.9); pa['  #工业'] = Math.round(pa['第二产业'] * 0.9);
  const S = o => items.filter(x => !x.includes('#')).reduce((s, k) => s + o[k], 0);
  const line = (n, a, b, e, f) => rows.push([n, a, b, F(g(a, b), 1), e, f, F(g(e, f), 1)]);
  line('全社会用电量', S(c), S(p), S(ca), S(pa)); items.forEach(n => line(n, c[n], p[n], ca[n], pa[n]));
  return [{ name: '用电', rows }];
}, ['第三产业', 4, 'typo']);

// ---------- 42 rates per 10万 (census education)
T('42_每十万人受教育程度.xlsx', () => {
  const rows = [['各区县每10万人口中拥有的各类受教育程度人数'], ['单位：人'], ['地区', '常住人口', '大学（大专及以上）人数', '每10万人口中大学文化程度人数', '高中（含中专）人数', '每10万人口中高中文化程度人数']];
  const d = DIST.map(n => { const p = ri(150000, 900000); return [n, p, Math.round(p * rf(0.08, 0.25)), Math.round(p * rf(0.12, 0.18))]; });
  const t = ['全市', ...[1, 2, 3].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], Math.round(x[2] / x[1] * 1e5), x[3], Math.round(x[3] / x[1] * 1e5)]));
  return [{ name: '受教育', rows }];
}, ['云溪县', 3, 'x1.1']);

// ---------- 43 household size (户均人口)
T('43_户均人口.xlsx', () => {
  const rows = [['各区县家庭户及户均人口（2025年）'], ['地区', '家庭户户数（户）', '家庭户人口（人）', '平均每户人口（人/户）', '集体户人口（人）', '总人口（人）']];
  const d = DIST.map(n => { const h = ri(30000, 200000), p = Math.round(h * rf(2.4, 3.2)), c = ri(1000, 20000); return [n, h, p, c]; });
  const t = ['全市', ...[1, 2, 3].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], F(r(x[2] / x[1], 2), 2), x[3], x[2] + x[3]]));
  return [{ name: '家庭户', rows }];
}, ['全市', 5, 'x1.1']);

// ---------- 44 social assistance with 元/人·月 and 户, 人, rate of coverage
T('44_城乡低保.xlsx', () => {
  const rows = [['城乡居民最低生活保障情况'], ['地区', '城市低保人数（人）', '农村低保人数（人）', '低保人数合计（人）', '低保资金支出（万元）', '人均月补助水平（元）']];
  const d = DIST.map(n => { const a = ri(500, 5000), b = ri(2000, 15000), f = Math.round((a + b) * rf(500, 700) * 12 / 1e4); return [n, a, b, a + b, f]; });
  const t = ['全市', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  [...d, t].forEach(x => rows.push([...x, Math.round(x[4] * 1e4 / x[3] / 12)]));
  return [{ name: '低保', rows }];
}, ['全市', 3, 'x1.1']);

// ---------- 45 water resources with negative & decimals 亿立方米 and 人均 立方米
T('45_水资源.xlsx', () => {
  const rows = [['水资源及用水情况'], ['年份', '水资源总量（亿立方米）', '用水总量（亿立方米）', '农业用水', '工业用水', '生活用水', '生态环境用水', '人均用水量（立方米）', '常住人口（万人）']];
  for (let y = 2021; y <= 2025; y++) { const a = rf(10, 14), b = rf(3, 5), c = rf(2, 3), e = rf(0.3, 0.8); const T3 = a + b + c + e, pop = rf(440, 460); rows.push([y, F(r(rf(30, 90), 2), 2), F(r(T3, 2), 2), F(r(a, 2), 2), F(r(b, 2), 2), F(r(c, 2), 2), F(r(e, 2), 2), F(r(T3 * 1e8 / (pop * 1e4), 1), 1), F(r(pop, 2), 2)]); }
  return [{ name: '水资源', rows }];
}, [2024, 2, 'x1.1']);

// ---------- 46 units per row with 计量单位 + 增减 absolute + 其中 from a different unit
T('46_科技创新.xlsx', () => {
  const pa = ri(8000, 12000), ia = ri(2000, 4000), ua = pa - ia - ri(100, 900); const p0 = Math.round(pa / 1.1), i0 = Math.round(ia / 1.15), u0 = Math.round(ua / 1.05);
  const rows = [['科技创新主要指标'], ['指标', '计量单位', '2024年', '2025年', '增减量', '增长（%）']];
  const L = (n, u, a, b) => rows.push([n, u, a, b, b - a, F(g(b, a), 1)]);
  L('专利授权量', '件', p0, pa); L('  其中：发明专利', '件', i0, ia); L('        实用新型专利', '件', u0, ua);
  L('高新技术企业', '家', ri(300, 500), ri(450, 600)); L('技术合同成交额', '万元', ri(100000, 200000), ri(90000, 260000));
  return [{ name: '科技', rows }];
}, ['专利授权量', 3, 'x1.1']);

// ---------- 47 市区 subtotal row directly after 全市, followed by its members and counties
T('47_市区小计行.xlsx', () => {
  const d = DIST.map(n => [n, ri(20000, 90000), ri(50000, 300000)]);
  const city = ['市区', ...[1, 2].map(c => sum(d.slice(0, 3).map(x => x[c])))];
  const tot = ['全市', ...[1, 2].map(c => sum(d.map(x => x[c])))];
  const rows = [['各区县年末户数和人口'], ['地区', '户数（户）', '人口（人）', '户均人口（人）'], ...[tot, city, ...d].map(x => [x[0], x[1], x[2], F(r(x[2] / x[1], 2), 2)])];
  return [{ name: '户数', rows }];
}, ['东城区', 2, 'x1.1']);

// ---------- 48 开发区/新区 rows after members, no marker, only a note
T('48_开发区无标记.xlsx', () => {
  const d = DIST.map(n => [n, r(rf(80, 500), 2), r(rf(20, 200), 2)]);
  const tot = ['全市', r(sum(d.map(x => x[1])), 2), r(sum(d.map(x => x[2])), 2)];
  const rows = [['各区县地区生产总值（2025年）'], ['单位：亿元'], ['地区', '地区生产总值', '第二产业增加值'], ...[tot, ...d].map(x => [x[0], F(x[1], 2), F(x[2], 2)]),
    ['经济技术开发区', F(r(rf(60, 120), 2), 2), F(r(rf(30, 50), 2), 2)], ['滨江新区', F(r(rf(40, 90), 2), 2), F(r(rf(10, 30), 2), 2)],
    ['注：经济技术开发区、滨江新区数据已分别包含在所在区县中。']];
  return [{ name: '分区GDP', rows }];
});

// ---------- 49 rounding drift: 12 members each just under .x5 at 1 decimal
T('49_四舍五入累积差.xlsx', () => {
  const d = TOWNS.concat(['高桥镇', '新集乡', '张湾镇']).map(n => { const base = ri(20, 300) + ri(0, 9) / 10 + 0.046; return [n, base]; });
  const tot = sum(d.map(x => x[1]));
  const rows = [['各乡镇规模以上工业总产值'], ['单位：亿元'], ['乡镇', '工业总产值'], ['总计', F(r(tot, 1), 1)], ...d.map(x => [x[0], F(r(x[1], 1), 1)]), ['注：本表数据经四舍五入，总计与分项之和可能略有出入。']];
  return [{ name: '工业产值', rows }];
});

// ---------- 50 tiny figures with large relative rounding in growth
T('50_小数值增长.xlsx', () => {
  const rows = [['入境旅游情况'], ['指标', '单位', '2024年', '2025年', '增长（%）']];
  const L = [['入境游客', '万人次', 0.0449, 0.0551], ['  外国人', '万人次', 0.0251, 0.0349], ['  港澳台同胞', '万人次', 0.0198, 0.0202], ['旅游外汇收入', '万美元', 12.349, 15.651]];
  L.forEach(([n, u, a, b]) => rows.push([n, u, F(r(a, 2), 2), F(r(b, 2), 2), F(g(b, a), 1)]));
  return [{ name: '入境', rows }];
});

// ---------- 51 shares summing to 99.9
T('51_构成合计非100.xlsx', () => {
  const a = 1000, b = 1000, c = 1000.4; const t = a + b + c;
  const rows = [['三次产业结构'], ['产业', '增加值（亿元）', '构成（%）'], ['合计', F(r(t, 1), 1), F(100, 1)], ['第一产业', F(a, 1), F(r(a / t * 100, 1), 1)], ['第二产业', F(b, 1), F(r(b / t * 100, 1), 1)], ['第三产业', F(r(c, 1), 1), F(r(c / t * 100, 1), 1)]];
  return [{ name: '结构', rows }];
});

// ---------- 52 percentage-point change column
T('52_百分点变化.xlsx', () => {
  const rows = [['各区县城镇化率'], ['单位：%'], ['地区', '2024年', '2025年', '比上年提高（百分点）']];
  DIST.forEach(n => { const a = r(rf(40, 85), 2), b = r(a + rf(-0.3, 1.5), 2); rows.push([n, F(a, 2), F(b, 2), F(r(b - a, 2), 2)]); });
  return [{ name: '城镇化', rows }];
}, ['南山县', 3, 'x1.1']);

// ---------- 53 profits with negative base, 扭亏 / 减亏
T('53_利润负基数.xlsx', () => {
  const rows = [['分行业规模以上工业企业利润'], ['单位：亿元'], ['行业', '企业数（个）', '亏损企业（个）', '亏损面（%）', '2025年利润总额', '2024年利润总额', '增长（%）']];
  const L = [['煤炭开采和洗选业', 12.4, 8.1], ['农副食品加工业', 5.2, -1.3], ['化学原料和化学制品制造业', -3.1, 4.6], ['黑色金属冶炼和压延加工业', -2.2, -6.8], ['汽车制造业', 9.9, 11.3], ['电力、热力生产和供应业', 7.6, 6.6]];
  let n = 0, l = 0, a = 0, b = 0;
  const body = L.map(([nm, c, p]) => { const N = ri(20, 200), Lo = ri(2, N / 3 | 0); n += N; l += Lo; a += c; b += p; return [nm, N, Lo, F(r(Lo / N * 100, 1), 1), F(c, 1), F(p, 1), p > 0 ? F(g(c, p), 1) : (c > 0 ? '扭亏' : '减亏')]; });
  rows.push(['合计', n, l, F(r(l / n * 100, 1), 1), F(r(a, 1), 1), F(r(b, 1), 1), F(g(a, b), 1)], ...body);
  return [{ name: '利润', rows }];
}, ['汽车制造业', 2, 'x1.1']);

// ---------- 54 current year column first, then previous
T('54_本年在前上年在后.xlsx', () => {
  const rows = [['邮电业务'], ['指标', '计量单位', '2025年', '2024年', '2025年比2024年增减（%）']];
  [['邮政业务总量', '亿元', 2], ['快递业务量', '万件', 0], ['移动电话用户', '万户', 2], ['固定互联网宽带接入用户', '万户', 2], ['固定电话用户', '万户', 2]].forEach(([n, u, dd], i) => { const p = rf(10, 3000), c = p * (i === 4 ? rf(0.85, 0.95) : rf(1.02, 1.2)); rows.push([n, u, F(r(c, dd), dd), F(r(p, dd), dd), F(g(c, p), 1)]); });
  return [{ name: '邮电', rows }];
}, ['快递业务量', 3, 'x1.1']);

// ---------- 55 level + 指数(上年=100)
T('55_增加值与指数.xlsx', () => {
  const rows = [['各县区规模以上工业增加值'], ['地区', '2024年（亿元）', '2025年（亿元）', '指数（上年=100）']];
  const d = DIST.map(n => { const p = rf(20, 200), c = p * rf(0.93, 1.15); return [n, p, c]; });
  const P = sum(d.map(x => x[1])), C = sum(d.map(x => x[2]));
  [['全市', P, C], ...d].forEach(([n, p, c]) => rows.push([n, F(r(p, 2), 2), F(r(c, 2), 2), F(r(c / p * 100, 1), 1)]));
  return [{ name: '工业指数', rows }];
}, ['青河县', 3, 'x1.1']);

// ---------- 56 占全市 and 占全省 shares
T('56_占全市全省比重.xlsx', () => {
  const d = DIST.map(n => [n, rf(100, 600)]); const C = sum(d.map(x => x[1])); const PROV = C / 0.0734;
  const rows = [['各县区地区生产总值占比'], ['地区', '地区生产总值（亿元）', '占全市比重（%）', '占全省比重（%）']];
  [['全市', C], ...d].forEach(([n, v]) => rows.push([n, F(r(v, 2), 2), F(r(v / C * 100, 1), 1), F(r(v / PROV * 100, 2), 2)]));
  return [{ name: '占比', rows }];
}, ['白沙县', 2, 'x1.1']);

// ---------- 57 合计 column at right (row sums), total row at bottom
T('57_右侧合计列.xlsx', () => {
  const rows = [['各县区各级学校专任教师数'], ['单位：人'], ['地区', '小学', '初中', '普通高中', '中职', '合计']];
  const d = DIST.map(n => { const v = [ri(500, 3000), ri(300, 2000), ri(100, 1200), ri(0, 400)]; return [n, ...v, sum(v)]; });
  const t = ['总计', ...[1, 2, 3, 4, 5].map(c => sum(d.map(x => x[c])))];
  rows.push(...d, t);
  return [{ name: '教师', rows }];
}, ['东城区', 5, 'x1.1']);

// ---------- 58 two year blocks stacked, each with 全市
T('58_两年分块.xlsx', () => {
  const rows = [['各区县医疗卫生机构床位数'], ['地区', '床位数（张）', '#医院', '每千人口床位（张）', '常住人口（万人）']];
  [2024, 2025].forEach(y => {
    rows.push([y + '年']);
    const d = DIST.map(n => { const b = ri(800, 6000), h = Math.round(b * rf(0.6, 0.85)), p = r(rf(15, 110), 2); return [n, b, h, p]; });
    const t = ['全市', sum(d.map(x => x[1])), sum(d.map(x => x[2])), r(sum(d.map(x => x[3])), 2)];
    [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], F(r(x[1] / x[3] / 10, 2), 2), F(x[3], 2)]));
  });
  return [{ name: '床位', rows }];
}, ['城关区', 1, 'x1.1']);

// ---------- 59 hierarchy only via cell indent (no leading spaces, no 其中)
T('59_缩进层级.xlsx', () => {
  const agri = rf(150, 300), indu = rf(800, 1500), cons = rf(150, 300), wh = rf(200, 300), fin = rf(150, 250), oth = rf(500, 800);
  const sec = indu + cons, ter = wh + fin + oth, gdp = agri + sec + ter;
  const I = (v, ind) => ({ v, ind });
  const rows = [['地区生产总值'], ['单位：亿元'], ['指标', '2025年'], [I('地区生产总值', 0), F(r(gdp, 2), 2)], [I('第一产业', 1), F(r(agri, 2), 2)], [I('第二产业', 1), F(r(sec, 2), 2)], [I('工业', 2), F(r(indu, 2), 2)], [I('建筑业', 2), F(r(cons, 2), 2)], [I('第三产业', 1), F(r(ter, 2), 2)], [I('批发和零售业', 2), F(r(wh, 2), 2)], [I('金融业', 2), F(r(fin, 2), 2)], [I('其他服务业', 2), F(r(oth, 2), 2)]];
  return [{ name: 'GDP', rows }];
}, ['第二产业', 1, 'x1.1']);

// ---------- 60 spaced total labels "全  市" / "总  计"
T('60_空格总计标签.xlsx', () => {
  const d = TOWNS.map(n => [n.split('').join(' '), ri(100, 900), ri(10, 90)]);
  const rows = [['各乡镇卫生院情况'], ['乡  镇', '床  位', '卫生技术人员'], ['总    计', sum(d.map(x => x[1])), sum(d.map(x => x[2]))], ...d];
  return [{ name: '卫生院', rows }];
}, ['总    计', 1, 'x1.1']);

// ---------- 61 retail by category, two breakdowns + 限额以上 其中
T('61_零售分类.xlsx', () => {
  const town = rf(900, 1200), rural = rf(200, 300), t = town + rural; const cater = t * rf(0.1, 0.15), goods = t - cater;
  const pt = town / rf(1.02, 1.08), pr = rural / rf(1.02, 1.08), ptt = pt + pr, pc = cater / rf(1.03, 1.1), pg = ptt - pc;
  const rows = [['社会消费品零售总额分类'], ['单位：亿元'], ['指标', '2025年', '比上年增长（%）']];
  const L = (n, a, b) => rows.push([n, F(r(a, 2), 2), F(g(a, b), 1)]);
  L('社会消费品零售总额', t, ptt); L('按经营地分', null, null); rows.pop(); rows.push(['按经营地分']); L('  城镇', town, pt); L('  乡村', rural, pr); rows.push(['按消费类型分']); L('  商品零售', goods, pg); L('  餐饮收入', cater, pc); L('#限额以上单位消费品零售额', t * 0.42, ptt * 0.41);
  return [{ name: '零售分类', rows }];
}, ['  乡村', 1, 'x1.1']);

// ---------- 62 vertical merged 县 label over towns with 小计
T('62_合并单元格县乡.xlsx', () => {
  const rows = [['各县乡镇人口'], ['县', '乡镇', '户籍人口（人）', '其中：女（人）']]; const merges = []; let T1 = 0, T2 = 0;
  const body = [];
  [['南山县', TOWNS.slice(0, 3)], ['北岭县', TOWNS.slice(3, 6)], ['青河县', TOWNS.slice(6, 9)]].forEach(([c, ts]) => {
    const d = ts.map(t => { const p = ri(10000, 60000); return [t, p, Math.round(p * rf(0.47, 0.51))]; });
    const s1 = sum(d.map(x => x[1])), s2 = sum(d.map(x => x[2])); T1 += s1; T2 += s2;
    const start = 4 + body.length; body.push([c, '小计', s1, s2]); d.forEach(x => body.push(['', ...x])); merges.push(`A${start + 1}:A${start + 1 + d.length}`);
  });
  rows.push(['合计', '', T1, T2], ...body); merges.push('A3:B3');
  return [{ name: '县乡', rows, merges }];
});

// ---------- 63 overlapping 其中 rows (sum of parts exceeds whole legitimately)
T('63_其中重叠行.xlsx', () => {
  const rows = [['专任教师基本情况（2025年）'], ['单位：人'], ['项目', '普通高中', '初中', '小学']];
  const t = [ri(2500, 3500), ri(5000, 6000), ri(8000, 9000)];
  rows.push(['专任教师', ...t], ['其中：']);
  rows.push(['  女', ...t.map(x => Math.round(x * rf(0.6, 0.8)))]);
  rows.push(['  本科及以上学历', ...t.map(x => Math.round(x * rf(0.85, 0.98)))]);
  rows.push(['  高级职称', ...t.map(x => Math.round(x * rf(0.2, 0.35)))]);
  rows.push(['  少数民族', ...t.map(x => Math.round(x * rf(0.02, 0.05)))]);
  return [{ name: '教师', rows }];
}, ['专任教师', 2, 'typo']);

// ---------- 64 overlapping 其中 columns
T('64_其中重叠列.xlsx', () => {
  const rows = [['各县区在校学生情况'], ['单位：人'], ['地区', '在校学生', '其中', '', ''], ['', '', '女生', '少数民族', '寄宿生']];
  const d = DIST.map(n => { const s = ri(20000, 90000); return [n, s, Math.round(s * rf(0.46, 0.5)), Math.round(s * rf(0.01, 0.05)), Math.round(s * rf(0.4, 0.6))]; });
  const t = ['全市', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  rows.push(t, ...d);
  return [{ name: '在校生', rows, merges: ['A3:A4', 'B3:B4', 'C3:E3'] }];
}, ['西湖区', 1, 'x1.1']);

// ---------- 65 population balance 年初 + 出生 - 死亡 + 迁入 - 迁出 = 年末
T('65_人口平衡.xlsx', () => {
  const rows = [['各区县户籍人口变动'], ['单位：人'], ['地区', '年初户籍人口', '出生', '死亡', '迁入', '迁出', '年末户籍人口', '比年初增减（%）']];
  const d = DIST.map(n => { const a = ri(100000, 800000), b = ri(500, 6000), c = ri(800, 7000), i = ri(1000, 9000), o = ri(1000, 9000); return [n, a, b, c, i, o, a + b - c + i - o]; });
  const t = ['全市', ...[1, 2, 3, 4, 5, 6].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([...x, F(g(x[6], x[1], 2), 2)]));
  return [{ name: '变动', rows }];
}, ['北岭县', 6, 'typo']);

// ---------- 66 stock-flow: 年初数 本年增加 本年减少 年末数
T('66_年初年末增减.xlsx', () => {
  const rows = [['各县区养老服务机构床位'], ['单位：张'], ['地区', '年初数', '本年增加', '本年减少', '年末数']];
  const d = DIST.map(n => { const a = ri(500, 4000), b = ri(0, 600), c = ri(0, 300); return [n, a, b, c, a + b - c]; });
  rows.push(['合计', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))], ...d);
  return [{ name: '养老床位', rows }];
}, ['云溪县', 4, 'x1.1']);

// ---------- 67 percent stored as fraction with % number format
T('67_百分比格式.xlsx', () => {
  const rows = [['各区县城镇化率及人口'], ['地区', '常住人口（人）', '城镇人口（人）', '城镇化率', '人口占全市比重']];
  const d = DIST.map(n => { const p = ri(150000, 900000); return [n, p, Math.round(p * rf(0.3, 0.95))]; });
  const t = ['全市', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], { v: r(x[2] / x[1], 4), f: '0.00%' }, { v: r(x[1] / t[1], 3), f: '0.0%' }]));
  return [{ name: '城镇化', rows }];
}, ['青河县', 3, 'x1.1']);

// ---------- 68 months across as columns with 全年
T('68_月份横排.xlsx', () => {
  const ms = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  const rows = [['2025年分月发电量'], ['单位：万千瓦时'], ['项目', '全年', ...ms]];
  const items = ['火电', '水电', '风电', '太阳能发电'];
  const v = items.map(() => ms.map(() => ri(1000, 30000)));
  rows.push(['发电量合计', sum(v.map(a => sum(a))), ...ms.map((_, j) => sum(v.map(a => a[j])))]);
  items.forEach((n, i) => rows.push(['  ' + n, sum(v[i]), ...v[i]]));
  return [{ name: '发电', rows }];
}, ['  风电', 6, 'x1.1']);

// ---------- 69 去年同期 label + 增减额 + 增减率
T('69_去年同期.xlsx', () => {
  const rows = [['一般公共预算收入完成情况（1—12月）'], ['单位：万元'], ['项目', '本年累计', '去年同期', '增减额', '增减率（%）']];
  const it = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '契税'].map(n => { const b = ri(5000, 90000), a = Math.round(b * rf(0.8, 1.15)); return [n, a, b]; });
  const tax = ['税收收入', sum(it.map(x => x[1])), sum(it.map(x => x[2]))]; const non = ['非税收入', ri(40000, 80000), ri(40000, 80000)];
  const tot = ['一般公共预算收入', tax[1] + non[1], tax[2] + non[2]];
  [tot, tax, ...it.map(x => ['  ' + x[0], x[1], x[2]]), non].forEach(x => rows.push([x[0], x[1], x[2], x[1] - x[2], F(g(x[1], x[2]), 1)]));
  return [{ name: '财政收入', rows }];
}, ['  契税', 3, 'typo']);

// ---------- 70 fixed base index 2020=100 and chain index
T('70_定基环比指数.xlsx', () => {
  const rows = [['居民消费价格指数'], ['年份', '上年=100', '2020年=100']];
  let fb = 100; rows.push([2020, F(102.3, 1), F(100, 1)]);
  for (let y = 2021; y <= 2025; y++) { const ch = r(rf(99.5, 102.5), 1); fb = fb * ch / 100; rows.push([y, F(ch, 1), F(r(fb, 1), 1)]); }
  return [{ name: '价格指数', rows }];
});

// ---------- 71 single column with one 高新区① row excluded by footnote
T('71_单列高新区脚注.xlsx', () => {
  const d = DIST.map(n => [n, ri(300, 3000)]);
  const rows = [['各区县规模以上工业企业数（2025年）'], ['单位：个'], ['地区', '企业单位数'], ['全市', sum(d.map(x => x[1]))], ...d, ['高新区①', ri(100, 250)], ['①高新区数据已包含在城关区、东城区中，不计入全市合计。']];
  return [{ name: '企业数', rows }];
});

// ---------- 72 其中：市区 after 合计 at bottom
T('72_合计后其中市区.xlsx', () => {
  const d = DIST.map(n => [n, ri(2000, 9000), ri(500, 3000)]);
  const t = ['合计', sum(d.map(x => x[1])), sum(d.map(x => x[2]))]; const c = ['  其中：市区', ...[1, 2].map(k => sum(d.slice(0, 3).map(x => x[k])))];
  const rows = [['各县区公路里程'], ['单位：公里'], ['地区', '公路里程', '#等级公路'], ...d.map(x => [x[0], x[1], Math.min(x[1], x[2] + 1500)]), ['合计', t[1], sum(d.map(x => Math.min(x[1], x[2] + 1500)))], [c[0], c[1], sum(d.slice(0, 3).map(x => Math.min(x[1], x[2] + 1500)))]];
  return [{ name: '公路', rows }];
}, ['合计', 1, 'x1.1']);

// ---------- 73 plan completion rate
T('73_计划完成率.xlsx', () => {
  const rows = [['2025年主要目标任务完成情况'], ['指标', '单位', '年度计划', '实际完成', '完成计划（%）']];
  [['地区生产总值', '亿元'], ['固定资产投资', '亿元'], ['招商引资到位资金', '亿元'], ['城镇新增就业', '人']].forEach(([n, u]) => { const p = u === '人' ? ri(8000, 12000) : r(rf(100, 1000), 2), a = u === '人' ? Math.round(p * rf(0.9, 1.2)) : r(p * rf(0.85, 1.15), 2); rows.push([n, u, u === '人' ? p : F(p, 2), u === '人' ? a : F(a, 2), F(r(a / p * 100, 1), 1)]); });
  return [{ name: '目标完成', rows }];
}, ['固定资产投资', 3, 'x1.1']);

// ---------- 74 child row in another unit (单产 under 粮食), 计量单位 column
T('74_异单位子行.xlsx', () => {
  const area = ri(150000, 250000), yieldKg = rf(380, 460), out = area * 15 * yieldKg / 1e7;
  const rows = [['粮食生产情况'], ['指标', '计量单位', '2025年'], ['粮食播种面积', '公顷', area], ['  折合', '万亩', F(r(area * 15 / 1e4, 2), 2)], ['粮食总产量', '万吨', F(r(out, 2), 2)], ['  单位面积产量', '公斤/亩', Math.round(yieldKg)], ['  单位面积产量', '公斤/公顷', Math.round(yieldKg * 15)]];
  return [{ name: '粮食生产', rows }];
});

// ---------- 75 续表 split: total in part 1 covers members in part 2
T('75_续表跨页合计.xlsx', () => {
  const d = DIST.map(n => [n, ri(100, 900), ri(1000, 9000)]);
  const t = ['全市', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const rows = [['表6-2  各县区农业机械总动力及化肥施用量'], ['地区', '农业机械总动力（万千瓦）', '化肥施用量（吨）'], t, ...d.slice(0, 4), [], ['表6-2  续表'], ['地区', '农业机械总动力（万千瓦）', '化肥施用量（吨）'], ...d.slice(4)];
  return [{ name: '6-2', rows }];
}, ['东城区', 2, 'x1.1']);

// ---------- 76 raw unrounded values stored, displayed rounded
T('76_未取整存储.xlsx', () => {
  const d = DIST.map(n => [n, rf(10, 90), rf(1, 10)]);
  const t = ['全市', sum(d.map(x => x[1])), sum(d.map(x => x[2]))];
  const rows = [['各区县常住人口与出生人口'], ['地区', '常住人口（万人）', '出生人口（千人）', '出生率（‰）']];
  [t, ...d].forEach(x => rows.push([x[0], { v: x[1], f: '0.00' }, { v: x[2], f: '0.0' }, { v: x[2] / x[1] * 100, f: '0.00' }]));
  return [{ name: '常住人口', rows }];
}, ['西湖区', 1, 'x1.1']);

// ---------- 77 year rows with 十四五合计 and 年均 rows
T('77_五年合计年均.xlsx', () => {
  const rows = [['“十四五”时期固定资产投资与新增就业'], ['年份', '固定资产投资（亿元）', '城镇新增就业（人）', '#高校毕业生就业（人）']];
  const d = [2021, 2022, 2023, 2024, 2025].map(y => { const j = ri(30000, 45000); return [y + '年', r(rf(1500, 2200), 2), j, Math.round(j * rf(0.2, 0.35))]; });
  d.forEach(x => rows.push([x[0], F(x[1], 2), x[2], x[3]]));
  const s = [1, 2, 3].map(c => sum(d.map(x => x[c])));
  rows.push(['五年合计', F(r(s[0], 2), 2), s[1], s[2]], ['年均', F(r(s[0] / 5, 2), 2), Math.round(s[1] / 5), Math.round(s[2] / 5)]);
  return [{ name: '十四五', rows }];
}, ['2023年', 2, 'x1.1']);

// ---------- 78 年均增长 column next to two endpoint years
T('78_年均增长列.xlsx', () => {
  const rows = [['各县区地区生产总值（“十四五”时期）'], ['地区', '2020年（亿元）', '2025年（亿元）', '2021—2025年年均增长（%）']];
  const d = DIST.map(n => { const a = rf(100, 500), b = a * rf(1.1, 1.5); return [n, a, b]; });
  const A = sum(d.map(x => x[1])), B = sum(d.map(x => x[2]));
  [['全市', A, B], ...d].forEach(([n, a, b]) => rows.push([n, F(r(a, 2), 2), F(r(b, 2), 2), F(r((Math.pow(b / a, 0.2) - 1) * 100, 1), 1)]));
  return [{ name: '年均', rows }];
}, ['全市', 2, 'x1.1']);

// ---------- 79 比2019年增长 after 2024/2025 columns
T('79_比2019年增长.xlsx', () => {
  const rows = [['旅游接待情况'], ['指标', '单位', '2019年', '2024年', '2025年', '比上年增长（%）', '比2019年增长（%）']];
  [['接待游客', '万人次'], ['旅游收入', '亿元'], ['星级饭店营业收入', '万元']].forEach(([n, u]) => { const a = rf(100, 5000), b = a * rf(0.6, 1.1), c = b * rf(1.05, 1.4); rows.push([n, u, F(r(a, 2), 2), F(r(b, 2), 2), F(r(c, 2), 2), F(g(c, b), 1), F(g(c, a), 1)]); });
  return [{ name: '旅游', rows }];
}, ['旅游收入', 4, 'x1.1']);

// ---------- 80 两年平均增长 next to 比上年增长
T('80_两年平均增长.xlsx', () => {
  const rows = [['主要经济指标'], ['指标', '2023年（亿元）', '2024年（亿元）', '2025年（亿元）', '比上年增长（%）', '两年平均增长（%）']];
  ['规模以上工业增加值', '社会消费品零售总额', '一般公共预算收入', '住户存款余额'].forEach(n => { const a = rf(100, 900), b = a * rf(0.85, 1.2), c = b * rf(0.9, 1.15); rows.push([n, F(r(a, 2), 2), F(r(b, 2), 2), F(r(c, 2), 2), F(g(c, b), 1), F(r((Math.sqrt(c / a) - 1) * 100, 1), 1)]); });
  return [{ name: '两年平均', rows }];
}, ['社会消费品零售总额', 3, 'x1.1']);

// ---------- 81 nominal levels with price index (上年=100) that is not their ratio
T('81_支出与价格指数.xlsx', () => {
  const rows = [['居民人均消费支出及价格指数'], ['类别', '2024年人均消费支出（元）', '2025年人均消费支出（元）', '名义增长（%）', '价格指数（上年=100）']];
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'].map(n => { const a = ri(800, 8000), b = Math.round(a * rf(0.95, 1.12)); return [n, a, b]; });
  const A = sum(cats.map(x => x[1])), B = sum(cats.map(x => x[2]));
  [['人均消费支出', A, B], ...cats.map(x => ['  ' + x[0], x[1], x[2]])].forEach(([n, a, b]) => rows.push([n, a, b, F(g(b, a), 1), F(r(rf(98.5, 103), 1), 1)]));
  return [{ name: '消费', rows }];
}, ['  居住', 2, 'x1.1']);

// ---------- 82 province > city > county hierarchy by leading spaces, no 小计 words
T('82_省市县层级空格.xlsx', () => {
  const cities = [['江城市', ['江城区', '湖滨区', '临江县']], ['山海市', ['山海区', '望海县']], ['云阳市', ['云阳区', '高坪县', '石桥县', '云中县']]];
  const body = []; let T1 = 0, T2 = 0;
  cities.forEach(([c, cs]) => { const d = cs.map(n => [n, ri(200000, 900000), ri(50000, 300000)]); const s1 = sum(d.map(x => x[1])), s2 = sum(d.map(x => x[2])); T1 += s1; T2 += s2; body.push(['  ' + c, s1, s2]); d.forEach(x => body.push(['    ' + x[0], x[1], x[2]])); });
  const rows = [['各市、县（区）户籍人口'], ['单位：人'], ['地区', '户籍人口', '60岁及以上人口'], ['全省', T1, T2], ...body];
  return [{ name: '省市县', rows }];
}, ['    望海县', 1, 'x1.1']);

// ---------- 83 same hierarchy by cell indent only
T('83_省市县层级缩进.xlsx', () => {
  const cities = [['江城市', ['江城区', '湖滨区', '临江县']], ['山海市', ['山海区', '望海县']], ['云阳市', ['云阳区', '高坪县', '石桥县', '云中县']]];
  const body = []; let T1 = 0, T2 = 0;
  cities.forEach(([c, cs]) => { const d = cs.map(n => [n, ri(200000, 900000), ri(50000, 300000)]); const s1 = sum(d.map(x => x[1])), s2 = sum(d.map(x => x[2])); T1 += s1; T2 += s2; body.push([{ v: c, ind: 1 }, s1, s2]); d.forEach(x => body.push([{ v: x[0], ind: 2 }, x[1], x[2]])); });
  const rows = [['各市、县（区）户籍人口'], ['单位：人'], ['地区', '户籍人口', '60岁及以上人口'], ['全省', T1, T2], ...body];
  return [{ name: '省市县', rows }];
});

// ---------- 84 per-capita only table with 全市 weighted average at bottom
T('84_人均收入全市在底.xlsx', () => {
  const rows = [['各县区居民人均可支配收入'], ['单位：元'], ['地区', '全体居民', '城镇居民', '农村居民']];
  const d = DIST.map(n => ({ n, p: rf(10, 90), w: rf(0.3, 0.9), u: ri(38000, 52000), q: ri(18000, 26000) }));
  d.forEach(x => { x.a = x.w * x.u + (1 - x.w) * x.q; rows.push([x.n, Math.round(x.a), x.u, x.q]); });
  const P = sum(d.map(x => x.p)), PU = sum(d.map(x => x.p * x.w)), PQ = P - PU;
  rows.push(['全市', Math.round(sum(d.map(x => x.p * x.a)) / P), Math.round(sum(d.map(x => x.p * x.w * x.u)) / PU), Math.round(sum(d.map(x => x.p * (1 - x.w) * x.q)) / PQ)]);
  return [{ name: '人均收入', rows }];
});

// ---------- 85 rates only by district with 全市 rate at top
T('85_仅比率全市.xlsx', () => {
  const rows = [['各县区主要社会指标'], ['单位：%'], ['地区', '城镇化率', '九年义务教育巩固率', '城乡居民医保参保率', '森林覆盖率']];
  const rr = () => [F(r(rf(40, 85), 2), 2), F(r(rf(95, 99.9), 2), 2), F(r(rf(95, 99.5), 2), 2), F(r(rf(20, 70), 2), 2)];
  rows.push(['全市', ...rr()]); DIST.forEach(n => rows.push([n, ...rr()]));
  return [{ name: '比率', rows }];
});

// ---------- 86 negative whole with positive 其中 part
T('86_负利润其中.xlsx', () => {
  const a = 2.36, b = -5.87, c = 1.12; const tot = r(a + b + c, 2);
  const rows = [['规模以上工业企业利润（按控股情况分）'], ['单位：亿元'], ['项目', '利润总额', '比上年增减（亿元）'], ['利润总额', F(tot, 2), F(r(tot - (-1.05), 2), 2)], ['  其中：国有控股企业', F(a, 2), F(0.88, 2)], ['        私人控股企业', F(b, 2), F(-3.1, 2)], ['        外商及港澳台商控股企业', F(c, 2), F(0.4, 2)]];
  return [{ name: '利润', rows }];
});

// ---------- 87 demand contributions with negative share, sum 100
T('87_三大需求贡献率.xlsx', () => {
  const rows = [['三大需求对地区生产总值增长的贡献率和拉动'], ['年份', '地区生产总值增长（%）', '贡献率（%）', '', '', '拉动（百分点）', '', ''], ['', '', '最终消费支出', '资本形成总额', '货物和服务净流出', '最终消费支出', '资本形成总额', '货物和服务净流出']];
  for (let y = 2021; y <= 2025; y++) { const gr = rf(4, 8); const c1 = rf(40, 80), c2 = rf(30, 70), c3 = 100 - c1 - c2; const s = [c1, c2, c3].map(x => r(x, 1)); rows.push([y, F(r(gr, 1), 1), ...s.map(x => F(x, 1)), ...[c1, c2, c3].map(x => F(r(gr * x / 100, 2), 2))]); }
  return [{ name: '贡献率', rows, merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:H2'] }];
});

// ---------- 88 rates legitimately above 100
T('88_超百分之百比率.xlsx', () => {
  const rows = [['各县区医院床位使用率与产销率'], ['地区', '实际占用总床日数（日）', '实际开放总床日数（日）', '病床使用率（%）', '工业销售产值（亿元）', '工业总产值（亿元）', '产销率（%）', '新能源汽车产量增长（%）']];
  const d = DIST.slice(0, 5).map(n => { const open = ri(200000, 900000), occ = Math.round(open * rf(0.85, 1.06)), out = rf(100, 500), sale = out * rf(0.96, 1.03); return [n, occ, open, sale, out]; });
  const t = ['全市', ...[1, 2, 3, 4].map(c => sum(d.map(x => x[c])))];
  [t, ...d].forEach(x => rows.push([x[0], x[1], x[2], F(r(x[1] / x[2] * 100, 1), 1), F(r(x[3], 2), 2), F(r(x[4], 2), 2), F(r(x[3] / x[4] * 100, 1), 1), F(r(rf(20, 180), 1), 1)]));
  return [{ name: '比率', rows }];
});

// ---------- 89 growth and shares of small rounded figures, computed from unrounded data
T('89_小额亿元增长构成.xlsx', () => {
  const rows = [['各乡镇一般公共预算收入'], ['单位：亿元、%'], ['乡镇', '2024年', '2025年', '增长', '占全县比重']];
  const d = [['城关镇', 0.8451, 0.9349], ['河口镇', 0.1249, 0.1351], ['石门乡', 0.0649, 0.0551], ['柳林镇', 0.2351, 0.2449], ['马坊乡', 0.0451, 0.0549]];
  const A = sum(d.map(x => x[1])), B = sum(d.map(x => x[2]));
  [['全县', A, B], ...d].forEach(([n, a, b]) => rows.push([n, F(r(a, 2), 2), F(r(b, 2), 2), F(g(b, a), 1), F(r(b / B * 100, 1), 1)]));
  return [{ name: '乡镇财政', rows }];
});

// ---------- 90 urbanisation with small populations (万人, 2 decimals), rate from unrounded
T('90_小人口城镇化率.xlsx', () => {
  const rows = [['各乡镇常住人口和城镇化率'], ['乡镇', '常住人口（万人）', '城镇人口（万人）', '城镇化率（%）']];
  const d = [['城关镇', 5.2349, 4.1151], ['河口镇', 1.3451, 0.4049], ['石门乡', 0.6549, 0.0751], ['柳林镇', 0.9951, 0.2149], ['马坊乡', 0.5449, 0.0551]];
  const P = sum(d.map(x => x[1])), U = sum(d.map(x => x[2]));
  [['全县', P, U], ...d].forEach(([n, p, u]) => rows.push([n, F(r(p, 2), 2), F(r(u, 2), 2), F(r(u / p * 100, 2), 2)]));
  return [{ name: '城镇化', rows }];
});

// ---------- 91 其中 rows of averages (part average above overall average)
T('91_平均工资其中.xlsx', () => {
  const g1 = [ri(20000, 40000), 105000], g2 = [ri(3000, 6000), 61000], g3 = [ri(40000, 80000), 83000];
  const P = g1[0] + g2[0] + g3[0], avg = Math.round((g1[0] * g1[1] + g2[0] * g2[1] + g3[0] * g3[1]) / P);
  const rows = [['城镇非私营单位在岗职工平均工资'], ['指标', '计量单位', '2025年'], ['在岗职工人数', '人', P], ['  其中：国有单位', '人', g1[0]], ['        城镇集体单位', '人', g2[0]], ['        其他单位', '人', g3[0]], ['在岗职工平均工资', '元', avg], ['  其中：国有单位', '元', g1[1]], ['        城镇集体单位', '元', g2[1]], ['        其他单位', '元', g3[1]]];
  return [{ name: '平均工资', rows }];
});

// ---------- 92 average-wage columns by ownership, 全市 row weighted
T('92_平均工资列其中.xlsx', () => {
  const rows = [['各县区城镇非私营单位在岗职工平均工资'], ['单位：元'], ['地区', '平均工资', '其中：国有单位', '城镇集体单位', '其他单位']];
  const d = DIST.map(n => { const n1 = ri(2000, 9000), n2 = ri(200, 900), n3 = ri(3000, 20000), w1 = ri(90000, 120000), w2 = ri(50000, 70000), w3 = ri(70000, 90000); return { n, n1, n2, n3, w1, w2, w3 }; });
  const agg = k => sum(d.map(x => x['n' + k] * x['w' + k])) / sum(d.map(x => x['n' + k]));
  const all = x => (x.n1 * x.w1 + x.n2 * x.w2 + x.n3 * x.w3) / (x.n1 + x.n2 + x.n3);
  const N = sum(d.map(x => x.n1 + x.n2 + x.n3)), tot = sum(d.map(x => x.n1 * x.w1 + x.n2 * x.w2 + x.n3 * x.w3)) / N;
  rows.push(['全市', Math.round(tot), Math.round(agg(1)), Math.round(agg(2)), Math.round(agg(3))]);
  d.forEach(x => rows.push([x.n, Math.round(all(x)), x.w1, x.w2, x.w3]));
  return [{ name: '平均工资', rows, merges: [] }];
});

function addr(r0, c0) { let s = '', c = c0 + 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s + (r0 + 1); }

async function write(file, sheets, plantInfo) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === '' || v === undefined || v === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (v && typeof v === 'object') { cell.value = v.v; if (v.f) cell.numFmt = v.f; if (v.ind) cell.alignment = { indent: v.ind }; } else cell.value = v;
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
    if (t.plant && manifest.length < 30) {
      const [label, col, mode] = t.plant; const sh = sheets[0];
      const ri0 = sh.rows.findIndex(rw => rw[0] === label || (rw[0] && rw[0].v === label));
      if (ri0 < 0) { console.error('plant label not found', t.file, label); continue; }
      const cellv = sh.rows[ri0][col]; const isObj = cellv && typeof cellv === 'object';
      let orig = isObj ? cellv.v : cellv; let txt = typeof orig === 'string';
      let num = txt ? Number(orig.replace(/,/g, '')) : orig; let nv;
      if (mode === 'x1.1') { const dec = isObj ? (cellv.f.split('.')[1] || '').length : 0; nv = r(num * 1.1, dec); }
      else { const s = String(num); const i = s.search(/[1-9]/); const ch = s[i + 1] && /\d/.test(s[i + 1]) ? i + 1 : i; nv = Number(s.slice(0, ch) + ((+s[ch] + 3) % 10) + s.slice(ch + 1)); }
      const planted = txt ? comma(nv) : nv;
      const copy = JSON.parse(JSON.stringify(sheets)); copy[0].rows[ri0][col] = isObj ? { v: planted, f: cellv.f } : planted;
      await write(path.join(OUT, 'planted', t.file), copy);
      manifest.push({ file: t.file, sheet: sh.name, cell: addr(ri0, col), original: orig, planted });
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', tables.length, 'planted', manifest.length);
})();
