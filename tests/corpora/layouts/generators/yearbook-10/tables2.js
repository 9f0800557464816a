'use strict';
const { rng, rd, N, T, P, growth, sum } = require('./lib');
const S = '\u3000';
const tables = [];

// T11 quarterly cumulative 1-3月 1-6月 ... with 同比
tables.push(() => {
  const R = rng(111);
  const items = [['第一产业', 2.1], ['第二产业', 61.0], ['第三产业', 19.5], ['城乡居民生活用电', 17.4]];
  const q = items.map(([, s]) => [0, 1, 2, 3].map((i) => s * 1000 * R.real(0.85, 1.2)));
  const qp = q.map((qs) => qs.map((v) => v / (1 + R.real(-3, 12) / 100)));
  const ind = q[1].map((v) => v * 0.93), indp = qp[1].map((v) => v * 0.925);
  const cum = (qs, k) => sum(qs.slice(0, k + 1));
  const rowFor = (label, qs, qps, pl) => { const r = [label]; for (let k = 0; k < 4; k++) { const c = cum(qs, k), cp = cum(qps, k); r.push(pl && k === 1 ? P(N(c, 1)) : N(c, 1), N(growth(c, cp), 1)); } return r; };
  const totQ = [0, 1, 2, 3].map((i) => sum(q.map((x) => x[i]))), totP = [0, 1, 2, 3].map((i) => sum(qp.map((x) => x[i])));
  const rows = [
    ['2024年全社会用电量（累计）'],
    ['', '', '', '', '', '', '', '', '单位：万千瓦时、%'],
    ['指标', '1-3月', '', '1-6月', '', '1-9月', '', '1-12月', ''],
    ['', '用电量', '同比增长', '用电量', '同比增长', '用电量', '同比增长', '用电量', '同比增长'],
    rowFor('全社会用电量', totQ, totP, true),
    rowFor(S + '第一产业', q[0], qp[0]),
    rowFor(S + '第二产业', q[1], qp[1]),
    rowFor(S + S + '其中：工业', ind, indp),
    rowFor(S + '第三产业', q[2], qp[2]),
    rowFor(S + '城乡居民生活用电', q[3], qp[3]),
  ];
  return { file: 't11_季度累计_用电量', sheets: [{ name: '用电量', rows, merges: ['B3:C3', 'D3:E3', 'F3:G3', 'H3:I3', 'A3:A4'] }], plantWhat: '1-6月 total' };
});

// T12 industries with X (confidential), '-', '…'
tables.push(() => {
  const R = rng(112);
  const inds = ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业', '纺织业', '木材加工和木、竹、藤、棕、草制品业', '造纸和纸制品业', '化学原料和化学制品制造业', '医药制造业', '橡胶和塑料制品业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '通用设备制造业', '专用设备制造业', '汽车制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业', '电力、热力生产和供应业'];
  const d = inds.map((n, i) => { const k = i === 10 ? 0 : (i === 5 || i === 13 ? R.int(1, 2) : R.int(6, 58)); const rev = k * R.real(9000, 52000); const prof = rev * R.real(-0.02, 0.09); const emp = Math.round(k * R.real(60, 260)); return { n, k, rev, prof, emp }; });
  d[3].prof = -Math.abs(d[3].prof) - 300;
  const t = { k: sum(d.map((x) => x.k)), rev: sum(d.map((x) => x.rev)), prof: sum(d.map((x) => x.prof)), emp: sum(d.map((x) => x.emp)) };
  const rows = [
    ['2024年规模以上工业企业主要经济指标（按行业大类分）'],
    ['行业', '企业单位数（个）', '营业收入（万元）', '利润总额（万元）', '平均用工人数（人）'],
    ['总计', P(t.k), N(t.rev, 0), N(t.prof, 0), t.emp],
    ...d.map((x) => x.k === 0 ? [x.n, '-', '-', '-', '-'] : x.k < 3 ? [x.n, x.k, 'X', 'X', 'X'] : [x.n, x.k, N(x.rev, 0), N(x.prof, 0), x.emp]),
    [],
    ['注：1.“X”表示按统计法规定不予公布的数据；2.“-”表示无此项数据。'],
  ];
  return { file: 't12_工业分行业_X保密', sheets: [{ name: '分行业', rows }], plantWhat: '总计 企业单位数' };
});

// T13 real estate with text percentages & negative growth
tables.push(() => {
  const R = rng(113);
  const pc = (cur, prev) => { const g = growth(cur, prev); return T(rd(g, 1).toFixed(1) + '%'); };
  const inv = [['住宅', 182.37, 211.6], ['办公楼', 8.12, 9.9], ['商业营业用房', 21.55, 27.3], ['其他', 30.2, 29.4]];
  const I = sum(inv.map((x) => x[1])), Ip = sum(inv.map((x) => x[2]));
  const lines = [
    ['房地产开发投资', '亿元', I, Ip],
    ...inv.slice(0, 3).map(([n, c, p], i) => [S + (i ? S + S + S : '其中：') + n, '亿元', c, p]),
    ['房屋施工面积', '万平方米', 2311.8, 2580.2], [S + '其中：住宅', '万平方米', 1702.4, 1899.1],
    ['房屋新开工面积', '万平方米', 301.2, 412.8], [S + '其中：住宅', '万平方米', 232.9, 330.1],
    ['房屋竣工面积', '万平方米', 288.4, 261.5], [S + '其中：住宅', '万平方米', 221.3, 198.0],
    ['商品房销售面积', '万平方米', 356.77, 389.2], [S + '其中：住宅', '万平方米', 318.5, 350.3],
    ['商品房销售额', '亿元', 301.66, 342.1], [S + '其中：住宅', '亿元', 279.4, 318.3],
  ];
  const rows = [['2024年房地产开发和销售主要指标'], ['指标', '单位', '绝对数', '比上年增长']];
  lines.forEach(([n, u, c, p]) => rows.push([n, u, n === '商品房销售面积' ? P(N(c, 2)) : N(c, 2), pc(c, p)]));
  return { file: 't13_房地产_文本百分比', sheets: [{ name: '房地产', rows }], plantWhat: '商品房销售面积' };
});

// T14 总计 above 合计 groups + footnote
tables.push(() => {
  const R = rng(114);
  const dist = ['城东区', '城西区', '经开区'], cnty = ['临江县', '安平县', '石桥县', '青山县', '河口市'];
  const mk = (n) => { const lab = R.int(21000, 168000); const tr = Math.round(lab * R.real(0.42, 0.71)); const out = Math.round(tr * R.real(0.2, 0.46)); return { n, lab, tr, out }; };
  const D = dist.map(mk), C = cnty.map(mk);
  const agg = (n, xs) => ({ n, lab: sum(xs.map((x) => x.lab)), tr: sum(xs.map((x) => x.tr)), out: sum(xs.map((x) => x.out)) });
  const dt = agg('市辖区合计', D), ct = agg('县（市）合计', C), tt = agg('总计', [...D, ...C]);
  const line = (x, label, pl) => [label || x.n, x.lab, pl ? P(x.tr) : x.tr, N(x.tr / x.lab * 100, 1), x.out];
  const rows = [
    ['2024年各县（市、区）农村劳动力转移就业情况'],
    ['地区', '农村劳动力（人）', '转移就业人数（人）', '转移就业率（%）', '其中：转移到省外（人）'],
    line(tt), line(dt), ...D.map((x) => line(x, S + x.n)), line(ct, null, true), ...C.map((x) => line(x, S + x.n)),
    [],
    ['注：转移就业率＝转移就业人数÷农村劳动力×100%。'],
  ];
  return { file: 't14_劳动力转移_总计合计', sheets: [{ name: '劳动力转移', rows }], plantWhat: '县（市）合计 转移就业人数' };
});

// T15 two tables stacked on one sheet
tables.push(() => {
  const R = rng(115);
  const ds = ['东城街道', '西城街道', '南湖街道', '北苑街道', '新华镇', '永安镇', '太平镇'];
  const a = ds.map((n) => { const m = R.int(18000, 52000), f = R.int(17000, 51000); return { n, hh: Math.round((m + f) / R.real(2.6, 3.1)), m, f }; });
  const b = ds.map((n) => { const br = R.int(90, 420), de = R.int(150, 520), im = R.int(300, 2600), em = R.int(260, 2100); return { n, br, de, im, em }; });
  const ta = { hh: sum(a.map((x) => x.hh)), m: sum(a.map((x) => x.m)), f: sum(a.map((x) => x.f)) };
  const tb = { br: sum(b.map((x) => x.br)), de: sum(b.map((x) => x.de)), im: sum(b.map((x) => x.im)), em: sum(b.map((x) => x.em)) };
  const rows = [
    ['表1  2024年末各街道（镇）户籍户数和人口'],
    ['街道（镇）', '户数（户）', '户籍人口（人）', '男（人）', '女（人）'],
    ...a.map((x) => [x.n, x.hh, x.m + x.f, x.m, x.f]),
    ['合计', ta.hh, ta.m + ta.f, ta.m, ta.f],
    [],
    ['表2  2024年各街道（镇）户籍人口变动情况'],
    ['街道（镇）', '出生人数（人）', '死亡人数（人）', '自然增长人数（人）', '迁入人数（人）', '迁出人数（人）', '机械增长人数（人）'],
    ...b.map((x) => [x.n, x.br, x.de, x.br - x.de, x.im, x.em, x.im - x.em]),
    ['合计', P(tb.br), tb.de, tb.br - tb.de, tb.im, tb.em, tb.im - tb.em],
  ];
  return { file: 't15_两表同页_户籍人口变动', sheets: [{ name: '人口', rows }], plantWhat: '表2 合计 出生人数' };
});

// T16 wide years 2019..2025 with 年均增长
tables.push(() => {
  const R = rng(116);
  const yrs = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const ser = (v0, gs) => { const o = [v0]; for (let i = 1; i < yrs.length; i++) o.push(o[i - 1] * (1 + gs[i - 1] / 100)); return o; };
  const p1 = ser(212.4, [3.1, 9.8, 5.2, 2.9, 3.4, 3.0]), p2 = ser(1188.3, [-1.4, 12.6, 4.1, 3.3, 5.6, 4.9]), p3 = ser(1402.7, [1.8, 10.4, 2.2, 6.1, 5.9, 5.5]);
  const gdp = yrs.map((_, i) => p1[i] + p2[i] + p3[i]);
  const pop = ser(312.5, [0.3, 0.1, -0.2, -0.1, 0.2, 0.1]);
  const pc = yrs.map((_, i) => gdp[i] / pop[i] * 10000);
  const rev = ser(201.6, [-4.4, 11.2, -6.8, 8.1, 3.7, 2.9]), tax = rev.map((v, i) => v * [0.74, 0.71, 0.72, 0.66, 0.69, 0.70, 0.71][i]);
  const urb = [58.21, 59.44, 60.12, 60.85, 61.73, 62.41, 63.05];
  const cagr = (s) => (Math.pow(s[6] / s[0], 1 / 6) - 1) * 100;
  const row = (n, s, d, pl) => [n, ...s.map((v, i) => (pl && i === 4 ? P(N(v, d)) : N(v, d))), N(cagr(s), 1)];
  const rows = [
    ['主要经济指标（2019—2025年）'],
    ['指标', ...yrs, '年均增长（%）'],
    row('地区生产总值（亿元）', gdp, 2, true),
    row(S + '第一产业', p1, 2), row(S + '第二产业', p2, 2), row(S + '第三产业', p3, 2),
    row('人均地区生产总值（元）', pc, 0),
    row('一般公共预算收入（亿元）', rev, 2), row(S + '其中：税收收入', tax, 2),
    ['常住人口城镇化率（%）', ...urb.map((v) => N(v, 2)), '—'],
    [],
    ['注：年均增长按现价计算。'],
  ];
  return { file: 't16_宽表年份_年均增长', sheets: [{ name: '历年', rows }], plantWhat: '2023 GDP' };
});

// T17 市本级 + 县（市、区）小计; 万元 and 亿元 in one table
tables.push(() => {
  const R = rng(117);
  const cs = ['临江县', '安平县', '石桥县', '青山县', '河口市', '东湖区', '西湖区'];
  const mk = (n) => { const rev = R.real(52000, 318000), revp = rev / (1 + R.real(-7, 12) / 100), tax = rev * R.real(0.55, 0.78), exp = R.real(18, 62), expp = exp / (1 + R.real(-4, 9) / 100); return { n, rev, revp, tax, exp, expp }; };
  const C = cs.map(mk), city = mk('市本级');
  const agg = (n, xs) => { const o = { n }; for (const k of ['rev', 'revp', 'tax', 'exp', 'expp']) o[k] = sum(xs.map((x) => x[k])); return o; };
  const sub = agg('县（市、区）小计', C), all = agg('全市', [city, ...C]);
  const line = (x, pl) => [x.n, pl ? P(N(x.rev, 0)) : N(x.rev, 0), N(growth(x.rev, x.revp), 1), N(x.tax, 0), N(x.exp, 2), N(growth(x.exp, x.expp), 1)];
  const rows = [
    ['2024年各县（市、区）一般公共预算收支'],
    ['地区', '一般公共预算收入（万元）', '比上年增长（%）', '其中：税收收入（万元）', '一般公共预算支出（亿元）', '比上年增长（%）'],
    line(all), line(city), line(sub, true), ...C.map((x) => line(x)),
  ];
  return { file: 't17_市本级_万元亿元', sheets: [{ name: '财政收支', rows }], plantWhat: '县（市、区）小计 收入' };
});

// T18 rates whose base is in another table + 比上年提高（百分点）
tables.push(() => {
  const R = rng(118);
  const cs = ['河口市', '临江县', '安平县', '石桥县', '青山县', '东湖区', '西湖区', '高新区'];
  const d = cs.map((n) => { const pop = R.real(18, 95); const r = R.real(38, 88); const rp = r - R.real(0.3, 1.6); return { n, pop, up: pop * r / 100, r, rp, hr: r - R.real(8, 22) }; });
  const tp = sum(d.map((x) => x.pop)), tu = sum(d.map((x) => x.up));
  const tr = tu / tp * 100, trp = sum(d.map((x) => x.pop * x.rp / 100)) / tp * 100;
  const rows = [
    ['2024年末各县（市、区）城镇化水平'],
    ['地区', '城镇常住人口（万人）', '常住人口城镇化率（%）', '比上年提高（百分点）', '户籍人口城镇化率（%）'],
    ['全市', P(N(tu, 2)), N(tr, 2), N(tr - trp, 2), N(sum(d.map((x) => x.pop * x.hr)) / tp, 2)],
    ...d.map((x) => [x.n, N(x.up, 2), N(x.r, 2), N(x.r - x.rp, 2), N(x.hr, 2)]),
    ['注：常住人口见表2-1。'],
  ];
  return { file: 't18_城镇化率_基数在他表', sheets: [{ name: '城镇化', rows }], plantWhat: '全市 城镇常住人口' };
});

// T19 elasticity ratios by year
tables.push(() => {
  const R = rng(119);
  const yrs = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
  const gg = [6.8, 6.3, 2.6, 8.4, 3.1, 5.3, 5.0];
  const eg = [3.1, 2.4, -1.3, 5.9, 1.2, 4.4, 3.0], pg = [6.6, 4.9, 2.1, 11.6, 2.7, 6.8, 7.9];
  let e = 6120.4 / (1 + eg[0] / 100), p = 421.3 / (1 + pg[0] / 100);
  const rows = [['能源消费弹性系数'], ['年份', '地区生产总值增长（%）', '能源消费总量（万吨标准煤）', '能源消费比上年增长（%）', '电力消费量（亿千瓦时）', '电力消费比上年增长（%）', '能源消费弹性系数', '电力消费弹性系数']];
  yrs.forEach((y, i) => { const ep = e, pp = p; e = e * (1 + eg[i] / 100); p = p * (1 + pg[i] / 100); const ge = growth(e, ep), gp = growth(p, pp); rows.push([y, N(gg[i], 1), N(e, 1), y === 2022 ? P(N(ge, 1)) : N(ge, 1), N(p, 2), N(gp, 1), N(ge / gg[i], 2), N(gp / gg[i], 2)]); });
  rows.push(['注：弹性系数＝能源（电力）消费增长速度÷地区生产总值增长速度；地区生产总值增长速度按可比价格计算。']);
  return { file: 't19_能源弹性系数', sheets: [{ name: '弹性系数', rows }], plantWhat: '2022 能源消费增长' };
});

// T20 price table 元/公斤 with 环比 同比
tables.push(() => {
  const R = rng(120);
  const items = [['粳米', '标一', 6.12], ['面粉', '富强粉', 5.08], ['大豆油', '5L桶装', 14.6], ['猪肉', '精瘦肉', 31.4], ['牛肉', '鲜', 78.2], ['羊肉', '鲜', 82.5], ['鸡蛋', '散装', 9.86], ['白条鸡', '开膛', 22.3], ['草鱼', '活', 19.7], ['大白菜', '一级', 2.36], ['土豆', '一级', 3.84], ['西红柿', '一级', 7.92], ['黄瓜', '一级', 6.48], ['苹果', '富士', 10.9], ['香蕉', '国产', 7.3]];
  const rows = [['2024年12月主要食品零售价格'], ['', '', '', '', '', '', '', '单位：元/公斤、%'], ['品名', '规格等级', '本月', '上月', '环比', '上年同月', '同比']];
  items.forEach(([n, g, v], i) => { const cur = v * R.real(0.995, 1.005), last = cur / (1 + R.real(-6, 6) / 100), ly = cur / (1 + R.real(-15, 15) / 100); rows.push([n, g, N(cur, 2), N(last, 2), N(growth(cur, last), 1), N(ly, 2), i === 3 ? P(N(growth(cur, ly), 1)) : N(growth(cur, ly), 1)]); });
  rows.push(['注：价格为各监测点平均价格，环比、同比按未经修约的平均价格计算。']);
  return { file: 't20_食品价格_环比同比', sheets: [{ name: '价格', rows }], plantWhat: '猪肉 同比' };
});

module.exports = tables;
