'use strict';
const { rng, rd, N, T, P, growth, sum } = require('./lib');
const S = '\u3000';
const tables = [];

// T31 CSV GBK: 各区中小学
tables.push(() => {
  const R = rng(131);
  const ds = ['城东区', '城西区', '南湖区', '北苑区', '高新区', '经开区', '滨江新区'];
  const d = ds.map((n) => { const ps = R.int(8, 34), pst = R.int(6000, 32000), pt = Math.round(pst / R.real(14, 19)); const js = R.int(3, 14), jst = R.int(2500, 15000), jt = Math.round(jst / R.real(10, 13.5)); return { n, ps, pst, pt, js, jst, jt }; });
  const t = { n: '合计' }; for (const k of ['ps', 'pst', 'pt', 'js', 'jst', 'jt']) t[k] = sum(d.map((x) => x[k]));
  const line = (x, pl) => [x.n, x.ps, pl ? P(x.pst) : x.pst, x.pt, N(x.pst / x.pt, 2), x.js, x.jst, x.jt, N(x.jst / x.jt, 2)];
  const rows = [
    ['2024年各区普通中小学基本情况'],
    ['地区', '小学学校数（所）', '小学在校生（人）', '小学专任教师（人）', '小学生师比', '初中学校数（所）', '初中在校生（人）', '初中专任教师（人）', '初中生师比'],
    ...d.map((x) => line(x)), line(t, true),
  ];
  return { file: 't31_中小学_GBK', csv: 'gbk', sheets: [{ name: 'csv', rows }], plantWhat: '合计 小学在校生' };
});

// T32 CSV UTF-8 BOM: 邮电通信 indicator table with 单位 column
tables.push(() => {
  const R = rng(132);
  const L = [
    ['邮政业务总量', '亿元', 38.62, 33.1], ['快递业务量', '万件', 41230.5, 35220.8], ['电信业务总量', '亿元', 72.41, 63.88],
    ['移动电话用户', '万户', 1123.6, 1098.2], [S + '其中：5G移动电话用户', '万户', 612.3, 455.9], ['固定电话用户', '万户', 96.4, 103.7],
    ['固定互联网宽带接入用户', '万户', 498.2, 471.6], [S + '其中：1000Mbps及以上接入速率用户', '万户', 121.7, 70.4],
  ];
  const rows = [['2024年邮电通信主要指标'], ['指标', '单位', '2024年', '2023年', '比上年增长（%）']];
  L.forEach(([n, u, c, p]) => rows.push([n, u, n === '移动电话用户' ? P(N(c, 1)) : N(c, c > 1000 ? 1 : 2), N(p, p > 1000 ? 1 : 2), N(growth(c, p), 1)]));
  rows.push(['移动电话普及率', '部/百人', N(118.6, 1), N(116.1, 1), '—']);
  return { file: 't32_邮电通信_UTF8', csv: 'bom', sheets: [{ name: 'csv', rows }], plantWhat: '移动电话用户 2024' };
});

// T33 保险 by 险种 with 赔付率
tables.push(() => {
  const R = rng(133);
  const mk = (n, prem, pay) => ({ n, prem, pay, premp: prem / (1 + R.real(-6, 14) / 100), payp: pay / (1 + R.real(-10, 20) / 100) });
  const car = mk('机动车辆保险', 182340, 121880), propOther = mk('', 96020, 41220);
  const prop = { n: '一、财产险', prem: car.prem + propOther.prem, pay: car.pay + propOther.pay, premp: car.premp + propOther.premp, payp: car.payp + propOther.payp };
  const life = [mk('寿险', 521300, 88410), mk('健康险', 168220, 61870), mk('人身意外伤害险', 20410, 5230)];
  const pers = { n: '二、人身险' }; for (const k of ['prem', 'pay', 'premp', 'payp']) pers[k] = sum(life.map((x) => x[k]));
  const tot = { n: '合计' }; for (const k of ['prem', 'pay', 'premp', 'payp']) tot[k] = prop[k] + pers[k];
  const line = (x, label, pl) => [label || x.n, pl ? P(N(x.prem, 0)) : N(x.prem, 0), N(growth(x.prem, x.premp), 1), N(x.pay, 0), N(growth(x.pay, x.payp), 1), N(x.pay / x.prem * 100, 1)];
  const rows = [
    ['2024年保险业保费收入和赔付支出'],
    ['险种', '原保险保费收入（万元）', '比上年增长（%）', '赔付支出（万元）', '比上年增长（%）', '简单赔付率（%）'],
    line(tot), line(prop), line(car, S + S + '其中：机动车辆保险'), line(pers, null, true), ...life.map((x) => line(x, S + S + x.n)),
  ];
  return { file: 't33_保险_赔付率', sheets: [{ name: '保险', rows }], plantWhat: '二、人身险 保费' };
});

// T34 人口 公报 with 比重 and several 其中 breakdowns
tables.push(() => {
  const urb = 512.37, rur = 270.11, tot = urb + rur;
  const m = tot * 0.5081, f = tot - m;
  const a0 = tot * 0.1512, a1 = tot * 0.6234, a2 = tot - a0 - a1, a65 = tot * 0.1608;
  const line = (n, v, pl) => [n, pl ? P(N(v, 2)) : N(v, 2), N(v / tot * 100, 1)];
  const rows = [
    ['表1  2024年末常住人口数及其构成'],
    ['指标', '年末数（万人）', '比重（%）'],
    line('常住人口', tot, true),
    line(S + '其中：城镇', urb), line(S + S + S + '乡村', rur),
    line(S + '其中：男性', m), line(S + S + S + '女性', f),
    line(S + '其中：0—15岁（含不满16周岁）', a0), line(S + S + S + '16—59岁（含不满60周岁）', a1), line(S + S + S + '60周岁及以上', a2),
    line(S + S + S + S + '其中：65周岁及以上', a65),
  ];
  return { file: 't34_公报_人口构成', sheets: [{ name: '人口', rows }], plantWhat: '常住人口 total' };
});

// T35 农林牧渔业总产值 现价 + 可比价增长 + 构成
tables.push(() => {
  const v = [['农业', 3123456], ['林业', 188231], ['牧业', 1620987], ['渔业', 402115], ['农林牧渔专业及辅助性活动', 231077]];
  const g = [3.8, 5.1, 2.4, 4.6, 7.2];
  const tot = sum(v.map((x) => x[1]));
  const totG = sum(v.map((x, i) => x[1] / (1 + g[i] / 100) * (g[i] / 100))) / sum(v.map((x, i) => x[1] / (1 + g[i] / 100))) * 100;
  const rows = [['2024年农林牧渔业总产值'], ['指标', '总产值（万元）', '比上年增长（%）', '构成（%）'], ['农林牧渔业总产值', tot, N(totG, 1), N(100, 1)]];
  v.forEach(([n, x], i) => rows.push([S + n, x, N(g[i], 1), n === '牧业' ? P(N(x / tot * 100, 1)) : N(x / tot * 100, 1)]));
  rows.push(['注：总产值按当年价格计算，增长速度按可比价格计算。']);
  return { file: 't35_农林牧渔总产值_构成', sheets: [{ name: '总产值', rows }], plantWhat: '牧业 构成' };
});

// T36 建筑业 by 地区, 其中 columns
tables.push(() => {
  const R = rng(136);
  const cs = ['市直', '城东区', '城西区', '临江县', '安平县', '石桥县', '青山县', '河口市'];
  const d = cs.map((n) => { const k = R.int(12, 160), out = k * R.real(3000, 21000), area = R.real(40, 900), nw = area * R.real(0.2, 0.45), fin = area * R.real(0.15, 0.35), res = fin * R.real(0.6, 0.82); return { n, k, out, area, nw, fin, res }; });
  const t = { n: '全市' }; for (const k of ['k', 'out', 'area', 'nw', 'fin', 'res']) t[k] = sum(d.map((x) => x[k]));
  const line = (x, pl) => [x.n, x.k, N(x.out, 0), N(x.area, 2), N(x.nw, 2), pl ? P(N(x.fin, 2)) : N(x.fin, 2), N(x.res, 2)];
  const rows = [
    ['2024年各县（市、区）资质内建筑业企业主要指标'],
    ['地区', '企业个数（个）', '建筑业总产值（万元）', '房屋施工面积（万平方米）', '', '房屋竣工面积（万平方米）', ''],
    ['', '', '', '计', '其中：本年新开工', '计', '其中：住宅'],
    line(t, true), ...d.map((x) => line(x)),
  ];
  return { file: 't36_建筑业_分地区', sheets: [{ name: '建筑业', rows, merges: ['D2:E2', 'F2:G2', 'A2:A3', 'B2:B3', 'C2:C3'] }], plantWhat: '全市 竣工面积' };
});

// T37 R&D intensity, base (GDP) not present; 比上年增加（家）
tables.push(() => {
  const R = rng(137);
  const cs = ['河口市', '临江县', '安平县', '石桥县', '青山县', '东湖区', '西湖区', '高新区'];
  const d = cs.map((n) => { const gdp = R.real(150, 700), rd_ = gdp * R.real(0.008, 0.041), rdp = rd_ / (1 + R.real(-5, 22) / 100), hi = R.int(30, 420), hip = hi - R.int(-12, 60); return { n, gdp, rd: rd_, rdp, hi, hip }; });
  const t = { n: '全市' }; for (const k of ['gdp', 'rd', 'rdp', 'hi', 'hip']) t[k] = sum(d.map((x) => x[k]));
  const line = (x, pl) => [x.n, N(x.rd, 2), N(growth(x.rd, x.rdp), 1), N(x.rd / x.gdp * 100, 2), pl ? P(x.hi) : x.hi, x.hi - x.hip];
  const rows = [
    ['2024年各县（市、区）研究与试验发展（R&D）经费及高新技术企业'],
    ['地区', 'R&D经费内部支出（亿元）', '比上年增长（%）', 'R&D经费投入强度（%）', '高新技术企业（家）', '比上年增加（家）'],
    line(t, true), ...d.map((x) => line(x)),
    ['注：R&D经费投入强度为R&D经费内部支出与地区生产总值之比。'],
  ];
  return { file: 't37_研发强度_无基数', sheets: [{ name: 'R&D', rows }], plantWhat: '全市 高新技术企业' };
});

// T38 公路里程 by 等级 with 公路密度 (per 百平方公里), total at bottom
tables.push(() => {
  const R = rng(138);
  const cs = ['城东区', '城西区', '临江县', '安平县', '石桥县', '青山县', '河口市', '白水县'];
  const d = cs.map((n) => { const area = R.int(180, 2600); const tot = area * R.real(0.9, 1.7); const g = [R.real(0, 0.06), R.real(0.02, 0.08), R.real(0.06, 0.14), R.real(0.05, 0.12), 0, R.real(0, 0.03)]; g[4] = 1 - sum(g); return { n, area, lv: g.map((s) => tot * s) }; });
  const line = (n, area, lv, pl) => { const tt = sum(lv); return [n, area, pl ? P(N(tt, 1)) : N(tt, 1), ...lv.map((v) => (v < 0.05 ? '-' : N(v, 1))), N(tt / area * 100, 1)]; };
  const TA = sum(d.map((x) => x.area)), TL = [0, 1, 2, 3, 4, 5].map((i) => sum(d.map((x) => x.lv[i])));
  const rows = [
    ['2024年末各县（市、区）公路里程'],
    ['地区', '土地面积（平方公里）', '公路里程（公里）', '', '', '', '', '', '', '公路密度（公里/百平方公里）'],
    ['', '', '合计', '高速公路', '一级公路', '二级公路', '三级公路', '四级公路', '等外公路', ''],
    ...d.map((x) => line(x.n, x.area, x.lv)),
    line('合计', TA, TL, true),
  ];
  return { file: 't38_公路里程_密度', sheets: [{ name: '公路', rows, merges: ['C2:I2', 'A2:A3', 'B2:B3', 'J2:J3'] }], plantWhat: '合计 里程' };
});

// T39 发电量 本月 | 1-6月累计 with 构成 and 其中：清洁能源 overlapping
tables.push(() => {
  const R = rng(139);
  const src = [['火电', 42.1], ['水电', 11.3], ['风电', 6.8], ['太阳能发电', 3.9], ['核电', 9.6]];
  const d = src.map(([n, m]) => { const mon = m * R.real(0.95, 1.05), monp = mon / (1 + R.real(-8, 30) / 100), cum = mon * R.real(5.4, 6.4), cump = cum / (1 + R.real(-6, 26) / 100); return { n, mon, monp, cum, cump }; });
  const agg = (n, xs) => { const o = { n }; for (const k of ['mon', 'monp', 'cum', 'cump']) o[k] = sum(xs.map((x) => x[k])); return o; };
  const tot = agg('发电量合计', d), clean = agg('其中：清洁能源发电', d.slice(1));
  const line = (x, label, pl) => [label || x.n, N(x.mon, 2), N(growth(x.mon, x.monp), 1), pl ? P(N(x.cum, 2)) : N(x.cum, 2), N(growth(x.cum, x.cump), 1), N(x.cum / tot.cum * 100, 1)];
  const rows = [
    ['2024年6月规模以上工业发电量'],
    ['', '', '', '', '', '单位：亿千瓦时'],
    ['指标', '6月', '', '1-6月', '', ''],
    ['', '发电量', '同比增长（%）', '发电量', '同比增长（%）', '构成（%）'],
    line(tot, null, true), ...d.map((x) => line(x, S + x.n)), line(clean, S + clean.n),
  ];
  return { file: 't39_发电量_本月累计', sheets: [{ name: '发电量', rows, merges: ['B3:C3', 'D3:F3', 'A3:A4'] }], plantWhat: '1-6月 合计' };
});

// T40 养老机构 by 乡镇 with '-' for none and 床位利用率
tables.push(() => {
  const R = rng(140);
  const ts = ['城关街道', '东坝镇', '西河镇', '南桥镇', '北岭乡', '杨庄乡', '李集镇', '马店镇', '石门乡', '双河镇'];
  const d = ts.map((n, i) => { if (i === 4 || i === 8) return { n, k: 0, bed: 0, occ: 0 }; const k = R.int(1, 6), bed = k * R.int(40, 180), occ = Math.round(bed * R.real(0.42, 0.86)); return { n, k, bed, occ }; });
  const t = { n: '合计', k: sum(d.map((x) => x.k)), bed: sum(d.map((x) => x.bed)), occ: sum(d.map((x) => x.occ)) };
  const line = (x, pl) => x.k === 0 ? [x.n, '-', '-', '-', '—'] : [x.n, x.k, x.bed, x.occ, pl ? P(N(x.occ / x.bed * 100, 1)) : N(x.occ / x.bed * 100, 1)];
  const rows = [
    ['2024年各乡镇（街道）养老机构情况'],
    ['乡镇（街道）', '养老机构数（个）', '床位数（张）', '年末在院人数（人）', '床位利用率（%）'],
    ...d.map((x) => line(x)), line(t, true),
    ['注：“-”表示无养老机构。'],
  ];
  return { file: 't40_养老机构_床位利用率', sheets: [{ name: '养老', rows }], plantWhat: '合计 床位利用率' };
});

// T41 经济普查 行业门类 with letter codes
tables.push(() => {
  const R = rng(141);
  const secs = [['A', '农、林、牧、渔业'], ['B', '采矿业'], ['C', '制造业'], ['D', '电力、热力、燃气及水生产和供应业'], ['E', '建筑业'], ['F', '批发和零售业'], ['G', '交通运输、仓储和邮政业'], ['H', '住宿和餐饮业'], ['I', '信息传输、软件和信息技术服务业'], ['J', '金融业'], ['K', '房地产业'], ['L', '租赁和商务服务业'], ['M', '科学研究和技术服务业'], ['N', '水利、环境和公共设施管理业'], ['O', '居民服务、修理和其他服务业'], ['P', '教育'], ['Q', '卫生和社会工作'], ['R', '文化、体育和娱乐业'], ['S', '公共管理、社会保障和社会组织']];
  const d = secs.map(([c, n]) => { const le = R.int(120, 9800), ue = le + R.int(10, Math.round(le * 0.4)), emp = Math.round(le * R.real(6, 40)); return { c, n, le, ue, emp, f: Math.round(emp * R.real(0.25, 0.6)) }; });
  const t = { le: sum(d.map((x) => x.le)), ue: sum(d.map((x) => x.ue)), emp: sum(d.map((x) => x.emp)), f: sum(d.map((x) => x.f)) };
  const rows = [
    ['按行业门类分组的法人单位、产业活动单位和从业人员'],
    ['行业代码', '行业门类', '法人单位（个）', '产业活动单位（个）', '从业人员（人）', '其中：女性（人）'],
    ['', '合计', t.le, t.ue, P(t.emp), t.f],
    ...d.map((x) => [x.c, x.n, x.le, x.ue, x.emp, x.f]),
  ];
  return { file: 't41_经济普查_行业代码', sheets: [{ name: '行业门类', rows }], plantWhat: '合计 从业人员' };
});

// T42 CSV UTF-8 (no BOM): 城乡收入比 per county
tables.push(() => {
  const R = rng(142);
  const cs = ['河口市', '临江县', '安平县', '石桥县', '青山县', '东湖区', '西湖区', '白水县'];
  const d = cs.map((n) => { const u = R.real(38000, 56000), r = R.real(19000, 31000), up = u / (1 + R.real(3.5, 5.5) / 100), rp = r / (1 + R.real(5, 7.5) / 100), pu = R.real(10, 60), pr = R.real(8, 40); return { n, u, r, up, rp, pu, pr }; });
  const w = (k, p) => sum(d.map((x) => x[k] * x[p])) / sum(d.map((x) => x[p]));
  const t = { n: '全市', u: w('u', 'pu'), r: w('r', 'pr'), up: w('up', 'pu'), rp: w('rp', 'pr') };
  const line = (x, pl) => [x.n, N(x.u, 0), N(growth(x.u, x.up), 1), N(x.r, 0), N(growth(x.r, x.rp), 1), pl ? P(N(x.u / x.r, 2)) : N(x.u / x.r, 2)];
  const rows = [
    ['2024年各县（市、区）城乡居民人均可支配收入'],
    ['地区', '城镇居民人均可支配收入（元）', '比上年增长（%）', '农村居民人均可支配收入（元）', '比上年增长（%）', '城乡居民收入比（农村=1）'],
    line(t), ...d.map((x, i) => line(x, i === 3)),
  ];
  return { file: 't42_城乡收入比_CSV', csv: 'utf8', sheets: [{ name: 'csv', rows }], plantWhat: '石桥县 城乡收入比' };
});

module.exports = tables;
