'use strict';
const { rng, rd, N, T, P, growth, sum } = require('./lib');
const S = '\u3000';
const tables = [];

// T01 统计公报：社会消费品零售总额 绝对数 | 比上年增长 with 其中 breakdown
tables.push(() => {
  const R = rng(101);
  const town = R.real(820, 900), rural = R.real(140, 170);
  const tg = R.real(3.5, 6.5), rg = R.real(4.5, 8);
  const goods = (town + rural) * 0.885, cater = town + rural - goods;
  const gg = ((town + rural) - (town / (1 + tg / 100) + rural / (1 + rg / 100))) ; // not used
  const prevTown = town / (1 + tg / 100), prevRural = rural / (1 + rg / 100);
  const prevTot = prevTown + prevRural; const cur = town + rural;
  const prevGoods = prevTot * 0.888, prevCater = prevTot - prevGoods;
  const lim = cur * 0.41, prevLim = lim / 1.052;
  const limItems = [['粮油、食品类', 0.19, 6.1], ['饮料类', 0.03, 3.2], ['烟酒类', 0.05, 7.9], ['服装、鞋帽、针纺织品类', 0.08, 1.4], ['家用电器和音像器材类', 0.07, 12.6], ['石油及制品类', 0.14, -3.7], ['汽车类', 0.21, -1.9]];
  const rows = [
    ['表4  2024年社会消费品零售总额主要指标'],
    [],
    ['指    标', '绝对数（亿元）', '比上年增长（%）'],
    ['社会消费品零售总额', P(N(cur, 2)), N(growth(cur, prevTot), 1)],
    [S + '按经营地分'],
    [S + S + '城镇', N(town, 2), N(tg, 1)],
    [S + S + '乡村', N(rural, 2), N(rg, 1)],
    [S + '按消费类型分'],
    [S + S + '商品零售', N(goods, 2), N(growth(goods, prevGoods), 1)],
    [S + S + '餐饮收入', N(cater, 2), N(growth(cater, prevCater), 1)],
    ['其中：限额以上单位消费品零售额', N(lim, 2), N(growth(lim, prevLim), 1)],
  ];
  limItems.forEach(([n, sh, g], i) => rows.push([(i === 0 ? S + '其中：' : S + S + S) + n, N(lim * sh, 2), N(g, 1)]));
  rows.push([]);
  rows.push(['注：比上年增长按可比口径计算。']);
  return { file: 't01_公报_社会消费品零售总额', sheets: [{ name: '社零', rows }], plantWhat: 'total 绝对数' };
});

// T02 GDP by 三次产业 with 构成, 贡献率, 拉动
tables.push(() => {
  const R = rng(102);
  // [name, prev nominal, real growth %, deflator %]
  const prim = { n: '第一产业', p: 265.3, g: 3.6, df: -1.2 };
  const ind = { n: '工业', p: 1210.4, g: 6.8, df: -0.8 };
  const con = { n: '建筑业', p: 188.9, g: 2.1, df: 1.0 };
  const tert = [['批发和零售业', 260.1, 5.9, 0.3], ['交通运输、仓储和邮政业', 118.2, 7.4, -0.5], ['住宿和餐饮业', 45.8, 6.6, 1.1], ['金融业', 170.5, 5.0, 1.6], ['房地产业', 190.7, -2.3, -2.0], ['其他服务业', 655.9, 5.1, 2.2]].map(([n, p, g, df]) => ({ n, p, g, df }));
  const all = [prim, ind, con, ...tert];
  for (const x of all) { x.real = x.p * (1 + x.g / 100); x.cur = x.real * (1 + x.df / 100); x.inc = x.p * x.g / 100; }
  const grp = (xs, n) => ({ n, p: sum(xs.map((x) => x.p)), cur: sum(xs.map((x) => x.cur)), inc: sum(xs.map((x) => x.inc)) });
  const sec = grp([ind, con], '第二产业'); const ter = grp(tert, '第三产业'); const gdp = grp(all, '地区生产总值');
  const line = (label, x, pl = {}) => [label, pl.cur ? P(N(x.cur, 2)) : N(x.cur, 2), N(x.inc / x.p * 100, 1), pl.share ? P(N(x.cur / gdp.cur * 100, 1)) : N(x.cur / gdp.cur * 100, 1), N(x.inc / gdp.inc * 100, 1), N(x.inc / gdp.p * 100, 2)];
  const rows = [
    ['2024年地区生产总值及其构成'],
    ['指标', '增加值（亿元）', '比上年增长（%）', '构成（%）', '贡献率（%）', '拉动（百分点）'],
    line('地区生产总值', gdp),
    line('第一产业', prim),
    line('第二产业', sec),
    line(S + '其中：工业', ind),
    line(S + S + S + '建筑业', con),
    line('第三产业', ter, { cur: true }),
    ...tert.map((x, i) => line(S + (i === 0 ? '其中：' : S + S + S) + x.n, x)),
    [],
    ['注：绝对数按现价计算，增长速度按不变价格计算；贡献率指各产业增加值增量与地区生产总值增量之比。'],
  ];
  return { file: 't02_GDP三次产业_贡献率拉动', sheets: [{ name: 'GDP', rows }], plantWhat: '第三产业 增加值 subtotal' };
});

// T03 城乡居民收支 with 中位数 and 平均数
tables.push(() => {
  const R = rng(103);
  const pu = 0.64, pr = 0.36;
  const U = 48231.6, Rr = 22316.2; const Up = U / 1.046, Rp = Rr / 1.066;
  const X = U * pu + Rr * pr, Xp = Up * pu + Rp * pr;
  const src = [['工资性收入', 0.566, 5.1], ['经营净收入', 0.168, 4.4], ['财产净收入', 0.082, 2.2], ['转移净收入', 0.184, 7.3]];
  const srcV = src.map(([n, s]) => X * s);
  const srcP = src.map(([n, s, g], i) => srcV[i] / (1 + g / 100));
  const sumP = sum(srcP); const adjP = srcP.map((v) => v * Xp / sumP);
  const M = X * 0.874, Mp = Xp * 0.874 / 1.004, MU = U * 0.905, MUp = Up * 0.905 / 0.998, MR = Rr * 0.902, MRp = Rp * 0.9;
  const C = X * 0.668; const Cp = C / 1.058;
  const cat = [['食品烟酒', 0.292], ['衣着', 0.058], ['居住', 0.226], ['生活用品及服务', 0.057], ['交通通信', 0.139], ['教育文化娱乐', 0.107], ['医疗保健', 0.094], ['其他用品及服务', 0.027]];
  const cg = [4.1, 2.2, 3.9, 1.5, 9.8, 12.4, 6.0, 11.2];
  const catV = cat.map(([n, s]) => C * s); const catP0 = catV.map((v, i) => v / (1 + cg[i] / 100)); const k = Cp / sum(catP0); const catP = catP0.map((v) => v * k);
  const CU = U * 0.646, CR = Rr * 0.79;
  const Y = (a, b) => N(a, 0);
  const rows = [
    ['表8  2024年城乡居民收支情况'],
    ['', '', '单位：元'],
    ['指标', '绝对数', '比上年增长（%）'],
    ['全体居民人均可支配收入', N(X, 0), N(growth(X, Xp), 1)],
    [S + '按常住地分：'],
    [S + S + '城镇居民人均可支配收入', N(U, 0), N(growth(U, Up), 1)],
    [S + S + '农村居民人均可支配收入', N(Rr, 0), N(growth(Rr, Rp), 1)],
    [S + '按收入来源分：'],
    ...src.map(([n], i) => [S + S + n, N(srcV[i], 0), N(growth(srcV[i], adjP[i]), 1)]),
    ['全体居民人均可支配收入中位数', N(M, 0), N(growth(M, Mp), 1)],
    [S + S + '城镇居民人均可支配收入中位数', N(MU, 0), N(growth(MU, MUp), 1)],
    [S + S + '农村居民人均可支配收入中位数', N(MR, 0), N(growth(MR, MRp), 1)],
    ['全体居民人均消费支出', P(N(C, 0)), N(growth(C, Cp), 1)],
    [S + '按消费类别分：'],
    ...cat.map(([n], i) => [S + S + n, N(catV[i], 0), N(growth(catV[i], catP[i]), 1)]),
    [S + '按常住地分：'],
    [S + S + '城镇居民人均消费支出', N(CU, 0), N(5.2, 1)],
    [S + S + '农村居民人均消费支出', N(CR, 0), N(7.9, 1)],
    ['全体居民恩格尔系数（%）', N(catV[0] / C * 100, 1), '—'],
  ];
  return { file: 't03_城乡居民收支_中位数', sheets: [{ name: '居民收支', rows }], plantWhat: '人均消费支出 total' };
});

// T04 education 学校数 在校生 专任教师 生师比
tables.push(() => {
  const R = rng(104);
  const cats = [['普通高等学校', 6, 0.38], ['中等职业教育', 14, 0.11], ['普通高中', 31, 0.13], ['初中', 118, 0.22], ['普通小学', 246, 0.44], ['特殊教育学校', 5, 0.004], ['幼儿园', 512, 0.21]];
  const ratio = [17.8, 18.9, 12.6, 11.3, 15.7, 3.9, 13.2];
  const data = cats.map(([n, sch, s], i) => { const st = Math.round(400000 * s * R.real(0.9, 1.1)); const grad = Math.round(st * R.real(0.24, 0.33)); const enr = Math.round(st * R.real(0.26, 0.35)); const tch = Math.round(st / ratio[i] * R.real(0.97, 1.03)); return { n, sch, grad, enr, st, tch }; });
  const tot = { n: '总计', sch: sum(data.map((d) => d.sch)), grad: sum(data.map((d) => d.grad)), enr: sum(data.map((d) => d.enr)), st: sum(data.map((d) => d.st)), tch: sum(data.map((d) => d.tch)) };
  const line = (d, pl) => [d.n, d.sch, d.grad, d.enr, pl ? P(d.st) : d.st, d.tch, N(d.st / d.tch, 2)];
  const priv = { n: '其中：民办学校', sch: 188, grad: 9120, enr: 10433, st: 35870, tch: 2544 };
  const rows = [
    ['2024年各级各类学校基本情况'],
    ['学校类别', '学校数（所）', '毕业生数（人）', '招生数（人）', '在校学生数（人）', '专任教师数（人）', '生师比（教师=1）'],
    line(tot, true), ...data.map((d) => line(d)), line(priv),
  ];
  return { file: 't04_教育_生师比', sheets: [{ name: '教育', rows }], plantWhat: '总计 在校学生数' };
});

// T05 health: 机构 table (其中 rows) + per-thousand by district
tables.push(() => {
  const R = rng(105);
  const mk = (n, org, bed, staff) => { const doc = Math.round(staff * R.real(0.36, 0.42)); const nurse = Math.round(staff * R.real(0.4, 0.47)); return { n, org, bed, staff, doc, nurse }; };
  const pubH = mk('公立医院', 38, 14210, 18920), priH = mk('民营医院', 71, 5480, 4310);
  const hosp = { n: '一、医院', org: pubH.org + priH.org, bed: pubH.bed + priH.bed, staff: pubH.staff + priH.staff, doc: pubH.doc + priH.doc, nurse: pubH.nurse + priH.nurse };
  const lvl3 = mk('其中：三级医院', 9, 8130, 11200);
  const base = [mk('社区卫生服务中心（站）', 96, 910, 2440), mk('乡镇卫生院', 84, 4120, 3980), mk('村卫生室', 1630, 0, 1710), mk('门诊部（所）', 905, 60, 3660)];
  const baseAll = mk('二、基层医疗卫生机构', 2812, 5190, 12610);
  const pub = [mk('疾病预防控制中心', 12, 0, 610), mk('妇幼保健院（所、站）', 12, 860, 1480), mk('卫生监督所（中心）', 11, 0, 230)];
  const pubAll = mk('三、专业公共卫生机构', 49, 880, 2590);
  const other = mk('四、其他卫生机构', 23, 150, 420);
  const secs = [hosp, baseAll, pubAll, other];
  const tot = { n: '总计' }; for (const k of ['org', 'bed', 'staff', 'doc', 'nurse']) tot[k] = sum(secs.map((s) => s[k]));
  // ensure parts <= wholes for doc/nurse of base/pub
  for (const k of ['doc', 'nurse']) { baseAll[k] = Math.max(baseAll[k], sum(base.map((b) => b[k])) + 300); pubAll[k] = Math.max(pubAll[k], sum(pub.map((b) => b[k])) + 50); tot[k] = sum(secs.map((s) => s[k])); }
  const line = (d, label) => [label || d.n, d.org, d.bed === 0 ? '-' : d.bed, d.staff, d.doc, d.nurse];
  const rows1 = [
    ['表9-1  卫生机构、床位及人员数（2024年末）'],
    ['机构类别', '机构数（个）', '床位数（张）', '卫生技术人员（人）', '其中', ''],
    ['', '', '', '', '执业（助理）医师', '注册护士'],
    line(tot),
    line(hosp), line(pubH, S + S + '公立医院'), line(priH, S + S + '民营医院'), line(lvl3, S + lvl3.n),
    line(baseAll), ...base.map((b, i) => line(b, S + (i === 0 ? '其中：' : S + S + S) + b.n)),
    line(pubAll), ...pub.map((b, i) => line(b, S + (i === 0 ? '其中：' : S + S + S) + b.n)),
    line(other),
  ];
  const dists = ['城东区', '城西区', '高新区', '临江县', '安平县', '石桥县', '青山县', '河口市'];
  const dd = dists.map((n) => { const pop = R.real(28, 96); const bed = Math.round(pop * 10 * R.real(4.8, 8.6)); const doc = Math.round(pop * 10 * R.real(2.4, 3.6)); return { n, pop, bed, doc }; });
  const tp = sum(dd.map((d) => d.pop)), tb = sum(dd.map((d) => d.bed)), td = sum(dd.map((d) => d.doc));
  const rows2 = [
    ['表9-2  各县（市、区）每千人口床位数和执业（助理）医师数'],
    ['地区', '常住人口（万人）', '床位数（张）', '每千人口床位数（张）', '执业（助理）医师（人）', '每千人口执业（助理）医师（人）'],
    ['全市', N(tp, 2), P(tb), N(tb / tp / 10, 2), td, N(td / tp / 10, 2)],
    ...dd.map((d) => [d.n, N(d.pop, 2), d.bed, N(d.bed / d.pop / 10, 2), d.doc, N(d.doc / d.pop / 10, 2)]),
  ];
  return { file: 't05_卫生机构_每千人口', sheets: [{ name: '卫生机构', rows: rows1, merges: ['E2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'] }, { name: '每千人口', rows: rows2 }], plantWhat: '全市 床位数' };
});

// T06 transport with 单位 column
tables.push(() => {
  const R = rng(106);
  const blocks = [
    ['客运量', '万人', [['铁路', 1820.37], ['公路', 6214.8], ['水运', 96.42], ['民航', 312.55]]],
    ['旅客周转量', '万人公里', [['铁路', 512834.6], ['公路', 341220.9], ['水运', 1830.2], ['民航', 498120.4]]],
    ['货运量', '万吨', [['铁路', 3120.44], ['公路', 18933.7], ['水运', 2611.3], ['民航', 2.18]]],
    ['货物周转量', '万吨公里', [['铁路', 1288730.5], ['公路', 2419880.1], ['水运', 893310.8], ['民航', 1990.6]]],
  ];
  const rows = [['2024年各种运输方式完成客货运输量'], ['指标', '单位', '2024年', '2023年', '比上年增长（%）']];
  blocks.forEach(([n, u, parts]) => {
    const cur = parts.map(([, v]) => v), prev = parts.map(([, v]) => v / (1 + R.real(-8, 12) / 100));
    rows.push([n, u, n === '货运量' ? P(N(sum(cur), 1)) : N(sum(cur), 1), N(sum(prev), 1), N(growth(sum(cur), sum(prev)), 1)]);
    parts.forEach(([pn], i) => rows.push([S + pn, u, N(cur[i], 1), N(prev[i], 1), N(growth(cur[i], prev[i]), 1)]));
  });
  return { file: 't06_交通运输_客货运量', sheets: [{ name: '运输', rows }], plantWhat: '货运量 2024 total' };
});

// T07 finance 存贷款 年末余额 | 比年初增加 | 同比增长
tables.push(() => {
  const R = rng(107);
  const line = (label, end, beg, pl) => [label, pl ? P(N(end, 2)) : N(end, 2), N(end - beg, 2), N(growth(end, beg), 1)];
  const dep = [['住户存款', 4120.77, 3688.12], ['非金融企业存款', 1311.05, 1290.4], ['机关团体存款', 722.6, 745.3], ['财政性存款', 98.31, 85.12], ['非银行业金融机构存款', 41.2, 52.9]];
  const DE = sum(dep.map((d) => d[1])), DB = sum(dep.map((d) => d[2]));
  const hhS = [812.4, 790.05], hhL = [1890.66, 1850.2], entS = [1120.33, 1011.9], entL = [2855.1, 2490.72], bill = [301.7, 355.4];
  const hh = [hhS[0] + hhL[0], hhS[1] + hhL[1]], ent = [entS[0] + entL[0] + bill[0], entS[1] + entL[1] + bill[1]];
  const LE = hh[0] + ent[0] + 12.3, LB = hh[1] + ent[1] + 10.8;
  const rows = [
    ['2024年末金融机构本外币存贷款情况'],
    ['指标', '年末余额（亿元）', '比年初增加（亿元）', '比上年末增长（%）'],
    line('各项存款余额', DE, DB),
    ...dep.slice(0, 2).map(([n, e, b], i) => line(S + (i ? S + S + S : '其中：') + n, e, b)),
    line('各项贷款余额', LE, LB, true),
    line(S + '其中：住户贷款', hh[0], hh[1]),
    line(S + S + S + S + '其中：短期贷款', hhS[0], hhS[1]),
    line(S + S + S + S + S + S + '中长期贷款', hhL[0], hhL[1]),
    line(S + S + S + '企（事）业单位贷款', ent[0], ent[1]),
    line(S + S + S + S + '其中：短期贷款', entS[0], entS[1]),
    line(S + S + S + S + S + S + '中长期贷款', entL[0], entL[1]),
    line(S + S + S + S + S + S + '票据融资', bill[0], bill[1]),
  ];
  return { file: 't07_金融_存贷款余额', sheets: [{ name: '存贷款', rows }], plantWhat: '各项贷款余额' };
});

// T08 air quality (全市 days NOT sum of counties) + water section 达标率 second sheet
tables.push(() => {
  const R = rng(108);
  const cs = ['市区', '临江县', '安平县', '石桥县', '青山县', '河口市', '东湖区'];
  const rows = [['2024年各县（市、区）环境空气质量状况'], ['地区', '有效监测天数（天）', '优良天数（天）', '优良天数比例（%）', 'PM2.5平均浓度（微克/立方米）', 'PM2.5浓度同比变化（%）']];
  const data = cs.map((n) => { const days = 366 - R.int(0, 3); const good = R.int(270, 335); const pm = R.int(24, 41); const pmp = pm / (1 + R.real(-12, 4) / 100); return { n, days, good, pm, pmp }; });
  const cityDays = 366, cityGood = 301, cityPm = 33, cityPmp = 35;
  rows.push(['全市', cityDays, cityGood, N(cityGood / cityDays * 100, 1), cityPm, N(growth(cityPm, cityPmp), 1)]);
  data.forEach((d, i) => rows.push([d.n, d.days, d.good, i === 2 ? P(N(d.good / d.days * 100, 1)) : N(d.good / d.days * 100, 1), d.pm, N(growth(d.pm, Math.round(d.pmp)), 1)]));
  rows.push(['注：全市数据为市区国控点位统计结果，不是各县（市、区）之和。']);
  const basins = [['长江流域', 41], ['淮河流域', 18], ['沂沭泗水系', 12], ['太湖流域', 9]];
  const w = basins.map(([n, k]) => { const g = Math.round(k * R.real(0.72, 0.95)); const bad = R.int(0, 1); return { n, k, g, bad }; });
  const wt = { n: '全市', k: sum(w.map((x) => x.k)), g: sum(w.map((x) => x.g)), bad: sum(w.map((x) => x.bad)) };
  const wl = (x) => [x.n, x.k, x.g, N(x.g / x.k * 100, 1), x.bad, x.bad ? N(x.bad / x.k * 100, 1) : '-'];
  const rows2 = [['2024年地表水监测断面水质状况'], ['流域', '监测断面数（个）', 'Ⅰ～Ⅲ类断面数（个）', 'Ⅰ～Ⅲ类比例（%）', '劣Ⅴ类断面数（个）', '劣Ⅴ类比例（%）'], wl(wt), ...w.map(wl)];
  return { file: 't08_空气质量_水质达标率', sheets: [{ name: '空气', rows }, { name: '水质', rows: rows2 }], plantWhat: 'county 优良天数比例' };
});

// T09 agriculture by 乡镇 with 单产 = 产量/面积, two-level header
tables.push(() => {
  const R = rng(109);
  const towns = ['城关镇', '东坝镇', '西河镇', '南桥镇', '北岭乡', '杨庄乡', '李集镇', '马店镇', '石门乡', '双河镇', '桃园乡', '新集镇'];
  const d = towns.map((n) => { const wa = R.int(8000, 42000), ca = R.int(6000, 38000), oa = R.int(200, 3500); const wy = R.real(380, 470), cy = R.real(480, 610), oy = R.real(150, 260); const wo = wa * wy / 1000, co = ca * cy / 1000, oo = oa * oy / 1000; return { n, ga: wa + ca + oa, go: wo + co + oo, wa, wo, ca, co }; });
  const t = { n: '合计' }; for (const k of ['ga', 'go', 'wa', 'wo', 'ca', 'co']) t[k] = sum(d.map((x) => x[k]));
  const blk = (a, o, pl) => [a, N(o * 1000 / a, 0), pl ? P(N(o, 0)) : N(o, 0)];
  const line = (x, pl) => [x.n, ...blk(x.ga, x.go, pl), ...blk(x.wa, x.wo), ...blk(x.ca, x.co)];
  const rows = [
    ['2024年各乡镇粮食生产情况'],
    ['', '', '', '', '', '', '', '', '', '单位：亩、公斤/亩、吨'],
    ['乡镇', '粮食作物', '', '', '其中：小麦', '', '', '玉米', '', ''],
    ['', '播种面积', '单产', '总产量', '播种面积', '单产', '总产量', '播种面积', '单产', '总产量'],
    ...d.map((x) => line(x)), line(t, true),
  ];
  return { file: 't09_乡镇粮食_单产', sheets: [{ name: '粮食生产', rows, merges: ['B3:D3', 'E3:G3', 'H3:J3', 'A3:A4'] }], plantWhat: '合计 粮食总产量' };
});

// T10 县域 indicators with 位次
tables.push(() => {
  const R = rng(110);
  const cs = ['河口市', '临江县', '安平县', '石桥县', '青山县', '东湖区', '西湖区', '高新区', '白水县'];
  const d = cs.map((n) => ({ n, gdp: R.real(180, 720), gg: R.real(2.1, 7.8), rev: R.real(9, 48), rg: R.real(-6, 11), inc: R.real(36000, 52000), pop: R.real(20, 90) }));
  const rank = (k) => { const s = d.slice().sort((a, b) => rd(b[k], k === 'inc' ? 0 : (k === 'gg' || k === 'rg' ? 1 : 2)) - rd(a[k], k === 'inc' ? 0 : (k === 'gg' || k === 'rg' ? 1 : 2))); d.forEach((x) => { x['r_' + k] = s.indexOf(x) + 1; }); };
  ['gdp', 'gg', 'rev', 'rg', 'inc'].forEach(rank);
  const tg = sum(d.map((x) => x.gdp)), tr = sum(d.map((x) => x.rev));
  const tinc = sum(d.map((x) => x.inc * x.pop)) / sum(d.map((x) => x.pop));
  const rows = [
    ['2024年县域经济主要指标及位次'],
    ['县（市、区）', '地区生产总值', '', '', '', '一般公共预算收入', '', '', '', '城镇常住居民人均可支配收入', ''],
    ['', '总量（亿元）', '位次', '增长（%）', '位次', '总量（亿元）', '位次', '增长（%）', '位次', '绝对数（元）', '位次'],
    ['全市', P(N(tg, 2)), '—', N(5.2, 1), '—', N(tr, 2), '—', N(3.4, 1), '—', N(tinc, 0), '—'],
    ...d.map((x) => [x.n, N(x.gdp, 2), x.r_gdp, N(x.gg, 1), x.r_gg, N(x.rev, 2), x.r_rev, N(x.rg, 1), x.r_rg, N(x.inc, 0), x.r_inc]),
  ];
  return { file: 't10_县域经济_位次', sheets: [{ name: '县域', rows, merges: ['B2:E2', 'F2:I2', 'J2:K2', 'A2:A3'] }], plantWhat: '全市 GDP' };
});

module.exports = tables;
