const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// p01 population by township, street/town subtotals, sex ratio, urbanization rate
book('p01_人口_乡镇街道小计_城镇化率.xlsx', wb => {
  const ws = wb.addWorksheet('2-3');
  const mkT = n => { const hh = ri(4000, 16000); const m = ri(9000, 30000), w = ri(9000, 30000); const u = n.includes('街道') ? Math.round((m + w) * rf(.85, .98)) : Math.round((m + w) * rf(.15, .4)); return [n, hh, m + w, m, w, u]; };
  const st = TOWNS.slice(0, 3).map(mkT), tw = TOWNS.slice(3).map(mkT);
  const agg = (n, a) => [n, ...[1, 2, 3, 4, 5].map(i => sum(a.map(x => x[i])))];
  const fin = r => [...r, F(r[3] / r[4] * 100, 2), F(r[5] / r[2] * 100, 2)];
  const rows = [fin(agg('全　县', [...st, ...tw])), fin(agg('街道小计', st)), ...st.map(x => fin([I(1, x[0]), ...x.slice(1)])), fin(agg('乡镇小计', tw)), ...tw.map(x => fin([I(1, x[0]), ...x.slice(1)]))];
  const t = table(ws, { title: '2-3  各乡镇（街道）户数、人口及城镇化率（2025年末）', head: [['乡镇（街道）', '户数\n（户）', '总人口\n（人）', '男\n（人）', '女\n（人）', '城镇人口\n（人）', '性别比\n（女=100）', '城镇化率\n（%）']], rows, notes: ['注：本表为户籍人口。', '资料来源：县公安局。'] });
  return mk('2-3', t.r0 + 1, 3, 'count');
});

// p02 vital statistics year series rows, births/deaths per mille
book('p02_人口_出生死亡年序列.xlsx', wb => {
  const ws = wb.addWorksheet('人口变动');
  let pop = 512340; const rows = [];
  for (let y = 2019; y <= 2025; y++) {
    const b = ri(3200, 5200), d = ri(3300, 4300), mig = ri(-1500, 600); const start = pop; const end = pop + b - d + mig; const avg = (start + end) / 2;
    rows.push([String(y), end, b, d, b - d, F(b / avg * 1000, 2), F(d / avg * 1000, 2), F((b - d) / avg * 1000, 2)]); pop = end;
  }
  const t = table(ws, { title: '全县人口自然变动情况', head: [['年份\nYear', '年末户籍人口（人）\nPopulation', '出生人口（人）\nBirths', '死亡人口（人）\nDeaths', '自然增长人口（人）\nNatural Increase', '出生率（‰）\nBirth Rate', '死亡率（‰）\nDeath Rate', '自然增长率（‰）\nNatural Growth Rate']], rows, notes: ['注：出生率、死亡率、自然增长率按年平均人口计算。'] });
  return mk('人口变动', t.r0 + 3, 5, 'count');
});

// p03 age composition bulletin with shares summing ~100 rounding and 其中 65+
book('p03_人口_年龄构成_公报_比重舍入.xlsx', wb => {
  const ws = wb.addWorksheet('表1');
  const a = ri(60000, 90000), b = ri(250000, 330000), c = ri(90000, 130000); const c65 = Math.round(c * rf(.6, .75));
  const T = a + b + c; const sh = x => F(x / T * 100, 2);
  const rows = [['常住人口', T, '100.00'], ['其中：城镇', Math.round(T * .61), sh(Math.round(T * .61))], ['　　　乡村', T - Math.round(T * .61), sh(T - Math.round(T * .61))], ['其中：男性', Math.round(T * .507), sh(Math.round(T * .507))], ['　　　女性', T - Math.round(T * .507), sh(T - Math.round(T * .507))], ['其中：0－15岁', a, sh(a)], ['　　　16－59岁', b, sh(b)], ['　　　60周岁及以上', c, sh(c)], ['　　　　其中：65周岁及以上', c65, sh(c65)]];
  rows[0][2] = { v: 100, d: 2 };
  const t = table(ws, { title: '表1  2025年末常住人口数及其构成', head: [['指　标', '年末数（人）', '比重（%）']], rows });
  return mk('表1', t.r0, 2, 'count');
});

// p04 households by district, transposed? -> employment by three sectors, years as columns with shares
book('p04_就业_三次产业_年份列_构成.xlsx', wb => {
  const ws = wb.addWorksheet('就业');
  const ys = [2021, 2022, 2023, 2024, 2025]; const d = ys.map(() => [ri(8, 12) * 1000 + ri(0, 999), ri(5, 8) * 1000 + ri(0, 999), ri(9, 14) * 1000 + ri(0, 999)]);
  const tot = d.map(x => sum(x));
  const rows = [['年末从业人员（人）', ...tot], [I(1, '第一产业'), ...d.map(x => x[0])], [I(1, '第二产业'), ...d.map(x => x[1])], [I(1, '第三产业'), ...d.map(x => x[2])], ['构成（%）', ...tot.map(() => ({ v: 100, d: 1 }))], [I(1, '第一产业'), ...d.map((x, i) => F(x[0] / tot[i] * 100, 1))], [I(1, '第二产业'), ...d.map((x, i) => F(x[1] / tot[i] * 100, 1))], [I(1, '第三产业'), ...d.map((x, i) => F(x[2] / tot[i] * 100, 1))]];
  const t = table(ws, { title: '按三次产业分的从业人员', head: [['项　目', ...ys.map(y => y + '年')]], rows });
  return mk('就业', t.r0, 4, 'count');
});

// p05 wages by industry with codes, 2 years + growth; employees 其中 female col
book('p05_工资_行业门类代码_增长.xlsx', wb => {
  const ws = wb.addWorksheet('4-5');
  const inds = [['A', '农、林、牧、渔业'], ['B', '采矿业'], ['C', '制造业'], ['D', '电力、热力、燃气及水生产和供应业'], ['E', '建筑业'], ['F', '批发和零售业'], ['G', '交通运输、仓储和邮政业'], ['H', '住宿和餐饮业'], ['I', '信息传输、软件和信息技术服务业'], ['J', '金融业'], ['K', '房地产业'], ['L', '租赁和商务服务业'], ['M', '科学研究和技术服务业'], ['N', '水利、环境和公共设施管理业'], ['O', '居民服务、修理和其他服务业'], ['P', '教育'], ['Q', '卫生和社会工作'], ['R', '文化、体育和娱乐业'], ['S', '公共管理、社会保障和社会组织']];
  const d = inds.map(([c, n]) => { const e = ri(300, 9000); const f = Math.round(e * rf(.2, .7)); const w1 = ri(55000, 150000); const tw1 = e * w1; const e0 = Math.round(e * rf(.9, 1.05)); const w0 = Math.round(w1 / rf(1.02, 1.09)); return { c, n, e, f, tw1, e0, tw0: e0 * w0 }; });
  const E = sum(d.map(x => x.e)), Fm = sum(d.map(x => x.f)), TW1 = sum(d.map(x => x.tw1)), E0 = sum(d.map(x => x.e0)), TW0 = sum(d.map(x => x.tw0));
  const line = (c, n, e, f, tw1, e0, tw0) => { const a1 = Math.round(tw1 / e), a0 = Math.round(tw0 / e0); return [c, n, e, f, Math.round(tw1 / 10000), a0, a1, F((a1 / a0 - 1) * 100, 1)]; };
  const rows = [['', '总　计', E, Fm, Math.round(TW1 / 10000), Math.round(TW0 / E0), Math.round(TW1 / E), F((Math.round(TW1 / E) / Math.round(TW0 / E0) - 1) * 100, 1)], ...d.map(x => line(x.c, x.n, x.e, x.f, x.tw1, x.e0, x.tw0))];
  rows[0][4] = sum(d.map(x => Math.round(x.tw1 / 10000))); // keep wage total exact sum of shown
  const t = table(ws, { title: '4-5  城镇非私营单位分行业就业人员和工资', head: [['代码', '行　业', '年末就业人员（人）', '其中：女性（人）', '工资总额（万元）', '平均工资（元）', '', '平均工资比上年增长（%）'], ['', '', '', '', '', '2024年', '2025年', '']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 1, 4], [0, 5, 1, 5], [0, 6, 0, 7], [0, 8, 1, 8]], rows, notes: ['注：平均工资按平均人数计算。'] });
  return mk('4-5', t.r0, 3, 'count');
});

// a01 sown area hierarchy two years + growth, 公顷
book('a01_农业_播种面积_层级_两年增长.xlsx', wb => {
  const ws = wb.addWorksheet('农作物');
  const leaf = n => { const b = ri(300, 9000); const a = Math.round(b * rf(.9, 1.1)); return [n, a, b]; };
  const rice = leaf('稻谷'), wheat = leaf('小麦'), corn = leaf('玉米'), oth = leaf('其他谷物');
  const S = (n, xs) => [n, sum(xs.map(x => x[1])), sum(xs.map(x => x[2]))];
  const gu = S('谷物', [rice, wheat, corn, oth]), dou = leaf('豆类'), shu = leaf('薯类');
  const grain = S('粮食作物', [gu, dou, shu]);
  const pea = leaf('花生'), rap = leaf('油菜籽'); const oil = S('油料', [pea, rap]);
  const veg = leaf('蔬菜'), cot = leaf('棉花'), to = leaf('烟叶'), oth2 = leaf('其他农作物');
  const total = S('农作物总播种面积', [grain, oil, veg, cot, to, oth2]);
  const g = r => [r[0], r[1], r[2], r[2] - r[1], F((r[2] / r[1] - 1) * 100, 1)];
  const rows = [g(total), g([I(1, grain[0]), grain[1], grain[2]]), g([I(2, gu[0]), gu[1], gu[2]]), ...[rice, wheat, corn, oth].map(x => g([I(3, x[0]), x[1], x[2]])), g([I(2, dou[0]), dou[1], dou[2]]), g([I(2, shu[0]), shu[1], shu[2]]), g([I(1, oil[0]), oil[1], oil[2]]), g([I(2, pea[0]), pea[1], pea[2]]), g([I(2, rap[0]), rap[1], rap[2]]), ...[veg, cot, to, oth2].map(x => g([I(1, x[0]), x[1], x[2]]))];
  const t = table(ws, { title: '主要农作物播种面积', unit: '单位：公顷', head: [['指　标', '2024年', '2025年', '增减量', '增长（%）']], rows });
  return mk('农作物', t.r0 + 1, 3, 'count');
});

// a02 grain by county: area(亩), yield(公斤/亩), output(吨) rank
book('a02_农业_分乡镇粮食单产_位次.xlsx', wb => {
  const ws = wb.addWorksheet('粮食');
  const d = TOWNS.slice(3).map(n => { const a = ri(20000, 90000); const y = rf(380, 520); const o = Math.round(a * y / 1000); return [n, a, o]; });
  const A = sum(d.map(x => x[1])), O = sum(d.map(x => x[2]));
  const ranks = d.map(x => x[2]).slice().sort((a, b) => b - a);
  const rows = [['全县', A, F(O * 1000 / A, 1), O, ''], ...d.map(x => [x[0], x[1], F(x[2] * 1000 / x[1], 1), x[2], ranks.indexOf(x[2]) + 1])];
  const t = table(ws, { title: '各乡镇粮食生产情况', head: [['乡　镇', '播种面积（亩）', '单产（公斤/亩）', '总产量（吨）', '总产量位次']], rows });
  return mk('粮食', t.r0, 4, 'count');
});

// a03 livestock 万头 with one decimal, 存栏/出栏, 其中能繁母猪
book('a03_畜牧_存栏出栏_万头.xlsx', wb => {
  const ws = wb.addWorksheet('畜牧业');
  const L = (n, u, d) => { const b = rf(5, 80), a = b * rf(.9, 1.12); return { n, u, a, b, d }; };
  const pig = L('生猪出栏', '万头', 1), cattle = L('牛出栏', '万头', 2), sheep = L('羊出栏', '万只', 1), poultry = L('家禽出笼', '万只', 1);
  const mp = { n: '肉类总产量', u: '万吨' }; const pm = L('猪肉', '万吨', 2), bm = L('牛肉', '万吨', 2), sm = L('羊肉', '万吨', 2), qm = L('禽肉', '万吨', 2);
  [pm, bm, sm, qm].forEach(x => { x.a /= 10; x.b /= 10; });
  mp.a = sum([pm, bm, sm, qm].map(x => x.a)); mp.b = sum([pm, bm, sm, qm].map(x => x.b)); mp.d = 2;
  const ps = L('年末生猪存栏', '万头', 1); const sow = { n: '其中：能繁母猪', u: '万头', a: ps.a * .1, b: ps.b * .105, d: 1 };
  const ln = (x, ind = 0) => [I(ind, x.n), x.u, F(x.a, x.d), F(x.b, x.d), F((x.a / x.b - 1) * 100, 1)];
  const rows = [ln(pig), ln(cattle), ln(sheep), ln(poultry), ln(mp), ln(pm, 1), ln(bm, 1), ln(sm, 1), ln(qm, 1), ln(ps), ln(sow, 1), ['禽蛋产量', '万吨', '…', '…', '…']];
  const t = table(ws, { title: '主要畜产品产量及存栏', head: [['指　标', '计量单位', '2025年', '2024年', '比上年增长（%）']], rows });
  return mk('畜牧业', t.r0 + 4, 3, 'r', 2);
});

// a04 agri output value by sector 当年价 + 构成 + growth comparable -- keep growth nominal
book('a04_农业_农林牧渔总产值_构成.xlsx', wb => {
  const ws = wb.addWorksheet('总产值');
  const n = ['农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动']; const v = n.map(() => ri(20000, 400000)); const v0 = v.map(x => Math.round(x / rf(1.01, 1.08)));
  const T = sum(v), T0 = sum(v0);
  const rows = [['农林牧渔业总产值', T, { v: 100, d: 1 }, T0, F((T / T0 - 1) * 100, 1)], ...n.map((x, i) => [I(1, x), v[i], F(v[i] / T * 100, 1), v0[i], F((v[i] / v0[i] - 1) * 100, 1)])];
  const t = table(ws, { title: '农林牧渔业总产值（当年价格）', unit: '单位：万元', head: [['项　目', '2025年', '构成（%）', '2024年', '增长（%）']], rows });
  return mk('总产值', t.r0, 2, 'count');
});

// a05 agri machinery & irrigation - mixed units with unit column, 其中 rows same units
book('a05_农业_农机与水利_单位列.xlsx', wb => {
  const ws = wb.addWorksheet('农业生产条件');
  const kw = ri(400000, 700000); const k1 = Math.round(kw * .45), k2 = Math.round(kw * .3); const big = ri(1200, 3000), sm = ri(5000, 12000);
  const ir = ri(30000, 60000), ef = Math.round(ir * .7); const fert = ri(15000, 30000); const fN = Math.round(fert * .4), fP = Math.round(fert * .15), fK = Math.round(fert * .1), fC = fert - fN - fP - fK;
  const rows = [['农业机械总动力', '千瓦', kw], [I(1, '其中：柴油发动机动力'), '千瓦', k1], [I(1, '　　　电动机动力'), '千瓦', k2], ['大中型拖拉机', '台', big], ['小型拖拉机', '台', sm], ['有效灌溉面积', '公顷', ir], [I(1, '其中：节水灌溉面积'), '公顷', ef], ['化肥施用量（折纯）', '吨', fert], [I(1, '氮肥'), '吨', fN], [I(1, '磷肥'), '吨', fP], [I(1, '钾肥'), '吨', fK], [I(1, '复合肥'), '吨', fC], ['农村用电量', '万千瓦时', F(rf(20000, 50000), 0)]];
  const t = table(ws, { title: '农业生产条件', head: [['指　标', '单位', '2025年']], rows });
  return mk('农业生产条件', t.r0 + 7, 3, 'count');
});

// a06 crop output by township wide with merged group headers 粮食/油料/蔬菜 each 面积 产量
book('a06_农业_分乡镇作物_双层表头.xlsx', wb => {
  const ws = wb.addWorksheet('分乡镇');
  const d = TOWNS.slice(3).map(n => [n, ...[0, 1, 2].flatMap(k => { const a = ri(2000, 40000); return [a, Math.round(a * [0.45, 0.18, 2.6][k])]; })]);
  const tot = ['合　计', ...[1, 2, 3, 4, 5, 6].map(i => sum(d.map(x => x[i])))];
  const t = table(ws, { title: '各乡镇主要农作物播种面积和产量', head: [['乡镇', '粮　食', '', '油　料', '', '蔬　菜', ''], ['', '播种面积\n（亩）', '产量\n（吨）', '播种面积\n（亩）', '产量\n（吨）', '播种面积\n（亩）', '产量\n（吨）']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5], [0, 6, 0, 7]], rows: [...d, tot], notes: ['注：蔬菜含食用菌。'] });
  return mk('分乡镇', t.r0 + d.length, 5, 'count');
});

// p06 household survey urban rural income structure with 构成 and 增长
book('p06_住户_城乡收入来源_构成.xlsx', wb => {
  const ws = wb.addWorksheet('收入');
  const mkv = () => { const p = [ri(20000, 30000), ri(3000, 8000), ri(1500, 4000), ri(4000, 9000)]; const p0 = p.map(x => Math.round(x / rf(1.02, 1.09))); return [p, p0]; };
  const [u, u0] = mkv(), [r, r0] = mkv(); r.forEach((x, i) => { r[i] = Math.round(x / 2.2); r0[i] = Math.round(r0[i] / 2.2); });
  const lab = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
  const rows = [];
  for (const [nm, a, b] of [['城镇居民人均可支配收入', u, u0], ['农村居民人均可支配收入', r, r0]]) {
    const A = sum(a), B = sum(b);
    rows.push([nm, A, B, F((A / B - 1) * 100, 1), { v: 100, d: 1 }]);
    lab.forEach((l, i) => rows.push([I(1, l), a[i], b[i], F((a[i] / b[i] - 1) * 100, 1), F(a[i] / A * 100, 1)]));
  }
  const t = table(ws, { title: '城乡居民人均可支配收入及构成', unit: '单位：元', head: [['指　标', '2025年', '2024年', '比上年增长（%）', '构成（%）']], rows });
  return mk('收入', t.r0 + 5, 2, 'count');
});

// p07 registered unemployment & employment flows, bulletin style sentences not; year rows with 新增就业 and 其中 下岗失业再就业
book('p07_就业_新增就业_其中列_年份行.xlsx', wb => {
  const ws = wb.addWorksheet('就业再就业');
  const rows = [];
  for (let y = 2020; y <= 2025; y++) { const n = ri(5000, 9000); const a = Math.round(n * rf(.1, .2)), b = Math.round(n * rf(.05, .1)); const un = ri(2000, 3500); const lf = ri(120000, 140000); rows.push([y, n, a, b, un, F(un / lf * 100, 2), lf]); }
  const t = table(ws, { title: '城镇就业与登记失业情况', head: [['年份', '城镇新增就业（人）', '其中', '', '城镇登记失业人员（人）', '城镇登记失业率（%）', '城镇劳动力（人）'], ['', '', '失业人员再就业', '就业困难人员就业', '', '', '']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 1, 5], [0, 6, 1, 6], [0, 7, 1, 7]], rows });
  return mk('就业再就业', t.r0 + 2, 6, 'r', 2);
});
