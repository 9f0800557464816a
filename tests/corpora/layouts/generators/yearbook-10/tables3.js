'use strict';
const { rng, rd, N, T, P, growth, sum } = require('./lib');
const S = '\u3000';
const tables = [];

// T21 三次产业比重 rows summing to 99.9/100.1
tables.push(() => {
  const R = rng(121);
  const cs = ['市区', '河口市', '临江县', '安平县', '石桥县', '青山县', '白水县', '东湖区', '西湖区'];
  let d;
  for (let tries = 0; ; tries++) {
    d = cs.map((n) => { const a = R.real(8, 80), b = R.real(90, 420), c = R.real(110, 520); return { n, a, b, c }; });
    const off = d.filter((x) => { const t = x.a + x.b + x.c; const s = rd(x.a / t * 100, 1) + rd(x.b / t * 100, 1) + rd(x.c / t * 100, 1); return Math.abs(s - 100) > 0.05; }).length;
    if (off >= 2) break;
  }
  const t = { n: '全市', a: sum(d.map((x) => x.a)), b: sum(d.map((x) => x.b)), c: sum(d.map((x) => x.c)) };
  const line = (x, pl) => { const g = x.a + x.b + x.c; return [x.n, N(g, 2), N(x.a, 2), pl ? P(N(x.b, 2)) : N(x.b, 2), N(x.c, 2), N(x.a / g * 100, 1), N(x.b / g * 100, 1), N(x.c / g * 100, 1)]; };
  const rows = [
    ['2024年各县（市、区）地区生产总值及三次产业结构'],
    ['地区', '地区生产总值（亿元）', '第一产业（亿元）', '第二产业（亿元）', '第三产业（亿元）', '三次产业结构（%）', '', ''],
    ['', '', '', '', '', '第一产业', '第二产业', '第三产业'],
    line(t, true), ...d.map((x) => line(x)),
  ];
  return { file: 't21_三次产业比重_和非100', sheets: [{ name: '产业结构', rows, merges: ['F2:H2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3'] }], plantWhat: '全市 第二产业' };
});

// T22 低保 with standard (per-head, weighted average in 全市)
tables.push(() => {
  const R = rng(122);
  const cs = ['城东区', '城西区', '临江县', '安平县', '石桥县', '青山县', '河口市'];
  const d = cs.map((n) => { const up = R.int(800, 6200), uf = up * R.real(0.95, 1.35) * 12 * R.real(0.5, 0.6) / 10000 * 10, us = R.int(780, 960); const rp = R.int(3000, 16000), rs = R.int(560, 760); const rf = rp * rs * 12 * R.real(0.55, 0.62) / 10000; return { n, up, uf: up * us * 12 * R.real(0.5, 0.6) / 10000, us, rp, rf, rs }; });
  const t = { n: '全市', up: sum(d.map((x) => x.up)), uf: sum(d.map((x) => x.uf)), rp: sum(d.map((x) => x.rp)), rf: sum(d.map((x) => x.rf)) };
  t.us = sum(d.map((x) => x.us * x.up)) / t.up; t.rs = sum(d.map((x) => x.rs * x.rp)) / t.rp;
  const line = (x, pl) => [x.n, x.up, N(x.uf, 1), N(x.us, 0), pl ? P(x.rp) : x.rp, N(x.rf, 1), N(x.rs, 0)];
  const rows = [
    ['2024年城乡居民最低生活保障情况'],
    ['地区', '城市最低生活保障', '', '', '农村最低生活保障', '', ''],
    ['', '保障人数（人）', '支出资金（万元）', '保障标准（元/人·月）', '保障人数（人）', '支出资金（万元）', '保障标准（元/人·月）'],
    line(t, true), ...d.map((x) => line(x)),
    ['注：全市保障标准为按保障人数加权的平均标准。'],
  ];
  return { file: 't22_低保_保障标准', sheets: [{ name: '低保', rows, merges: ['B2:D2', 'E2:G2', 'A2:A3'] }], plantWhat: '全市 农村低保人数' };
});

// T23 人口变动 rates on average population (base not shown)
tables.push(() => {
  const R = rng(123);
  const cs = ['河口市', '临江县', '安平县', '石桥县', '青山县', '东湖区', '西湖区', '高新区', '白水县'];
  const d = cs.map((n) => { const p0 = R.real(160000, 900000), p1 = p0 * (1 + R.real(-0.01, 0.015)); const avg = (p0 + p1) / 2; const br = Math.round(avg * R.real(0.0055, 0.0092)); const de = Math.round(avg * R.real(0.0062, 0.0098)); return { n, p0, p1, br, de }; });
  const t = { n: '全市', p0: sum(d.map((x) => x.p0)), p1: sum(d.map((x) => x.p1)), br: sum(d.map((x) => x.br)), de: sum(d.map((x) => x.de)) };
  const line = (x, pl) => { const avg = (x.p0 + x.p1) / 2; const b = x.br / avg * 1000, m = x.de / avg * 1000; return [x.n, N(x.p1 / 10000, 2), pl ? P(x.br) : x.br, N(b, 2), x.de, N(m, 2), N(b - m, 2)]; };
  const rows = [
    ['2024年各县（市、区）人口出生、死亡和自然增长情况'],
    ['地区', '年末常住人口（万人）', '出生人口（人）', '出生率（‰）', '死亡人口（人）', '死亡率（‰）', '自然增长率（‰）'],
    line(t, true), ...d.map((x) => line(x)),
    ['注：出生率、死亡率按年平均人口计算。'],
  ];
  return { file: 't23_人口出生率_平均人口', sheets: [{ name: '人口变动', rows }], plantWhat: '全市 出生人口' };
});

// T24 财政 预算 决算 完成预算% 比上年增长%
tables.push(() => {
  const R = rng(124);
  const tax = [['增值税', 412300], ['企业所得税', 138700], ['个人所得税', 41200], ['资源税', 12400], ['城市维护建设税', 38800], ['房产税', 29700], ['印花税', 14100], ['城镇土地使用税', 22800], ['土地增值税', 61200], ['车船税', 9300], ['耕地占用税', 18600], ['契税', 57400], ['环境保护税', 3100], ['其他税收收入', 120]];
  const non = [['专项收入', 88400], ['行政事业性收费收入', 41600], ['罚没收入', 27300], ['国有资源（资产）有偿使用收入', 96100], ['其他收入', 12800]];
  const mk = ([n, v]) => ({ n, act: v, bud: Math.round(v / R.real(0.88, 1.12) / 100) * 100, prev: Math.round(v / (1 + R.real(-0.15, 0.18))) });
  const TX = tax.map(mk), NX = non.map(mk);
  const agg = (n, xs) => ({ n, act: sum(xs.map((x) => x.act)), bud: sum(xs.map((x) => x.bud)), prev: sum(xs.map((x) => x.prev)) });
  const tt = agg('一、税收收入', TX), nt = agg('二、非税收入', NX), all = agg('一般公共预算收入合计', [...TX, ...NX]);
  const line = (x, label, pl) => [label || x.n, x.bud, pl ? P(x.act) : x.act, N(x.act / x.bud * 100, 1), x.prev, N(growth(x.act, x.prev), 1)];
  const rows = [
    ['2024年一般公共预算收入决算表'],
    ['', '', '', '', '', '单位：万元'],
    ['项目', '预算数', '决算数', '完成预算（%）', '上年决算数', '决算数比上年决算数增长（%）'],
    line(all), line(tt), ...TX.map((x) => line(x, S + S + x.n)), line(nt, null, true), ...NX.map((x) => line(x, S + S + x.n)),
  ];
  return { file: 't24_财政决算_完成预算', sheets: [{ name: '收入决算', rows }], plantWhat: '非税收入 决算数' };
});

// T25 外贸 by 贸易方式 and 企业性质: 进出口 = 出口 + 进口
tables.push(() => {
  const R = rng(125);
  const mk = (n, ex, im) => ({ n, ex, im, exp: ex / (1 + R.real(-12, 18) / 100), imp: im / (1 + R.real(-15, 10) / 100) });
  const mode = [mk('一般贸易', 612.37, 288.41), mk('加工贸易', 155.2, 97.66), mk('其他贸易', 71.05, 40.12)];
  const ex = sum(mode.map((x) => x.ex)), im = sum(mode.map((x) => x.im)), exp = sum(mode.map((x) => x.exp)), imp = sum(mode.map((x) => x.imp));
  const sh = [[0.06, 0.11], [0.27, 0.38], [0.64, 0.48], [0.03, 0.03]];
  const own = ['国有企业', '外商投资企业', '民营企业', '其他'].map((n, i) => ({ n, ex: ex * sh[i][0], im: im * sh[i][1], exp: exp * sh[i][0] * R.real(0.93, 1.02), imp: imp * sh[i][1] * R.real(0.95, 1.06) }));
  // keep own prevs summing to total prev
  const kE = exp / sum(own.map((x) => x.exp)), kI = imp / sum(own.map((x) => x.imp)); own.forEach((x) => { x.exp *= kE; x.imp *= kI; });
  const mech = { n: '机电产品', ex: ex * 0.47, exp: exp * 0.45 }, hi = { n: '高新技术产品', ex: ex * 0.19, exp: exp * 0.2 };
  const line = (x, label, pl) => [label || x.n, N(x.ex + x.im, 2), N(growth(x.ex + x.im, x.exp + x.imp), 1), pl ? P(N(x.ex, 2)) : N(x.ex, 2), N(growth(x.ex, x.exp), 1), N(x.im, 2), N(growth(x.im, x.imp), 1)];
  const exOnly = (x, label) => [label, '—', '—', N(x.ex, 2), N(growth(x.ex, x.exp), 1), '—', '—'];
  const rows = [
    ['2024年进出口商品总值'],
    ['', '', '', '', '', '', '单位：亿元'],
    ['指标', '进出口', '', '出口', '', '进口', ''],
    ['', '金额', '比上年增长（%）', '金额', '比上年增长（%）', '金额', '比上年增长（%）'],
    line({ n: '总值', ex, im, exp, imp }, null, true),
    [S + '按贸易方式分'], ...mode.map((x) => line(x, S + S + x.n)),
    [S + '按企业性质分'], ...own.map((x) => line(x, S + S + x.n)),
    [S + '其中：' + mech.n], exOnly(mech, S + S + S + '出口'), exOnly(hi, S + '其中：高新技术产品出口'),
  ];
  rows.splice(rows.length - 3, 3, exOnly(mech, S + '其中：机电产品出口'), exOnly(hi, S + S + S + '高新技术产品出口'));
  return { file: 't25_外贸_贸易方式', sheets: [{ name: '进出口', rows, merges: ['B3:C3', 'D3:E3', 'F3:G3', 'A3:A4'] }], plantWhat: '总值 出口' };
});

// T26 就业 by 三次产业 with 构成 two years
tables.push(() => {
  const R = rng(126);
  const cur = [41.37, 88.92, 121.55], prev = [44.81, 90.13, 116.02];
  const tc = sum(cur), tp = sum(prev);
  const line = (n, c, p, pl) => [n, N(c, 2), pl ? P(N(c / tc * 100, 1)) : N(c / tc * 100, 1), N(p, 2), N(p / tp * 100, 1)];
  const rows = [
    ['全社会从业人员及构成'],
    ['指标', '2024年', '', '2023年', ''],
    ['', '从业人员（万人）', '构成（%）', '从业人员（万人）', '构成（%）'],
    line('全社会从业人员', tc, tp), line(S + '第一产业', cur[0], prev[0]), line(S + '第二产业', cur[1], prev[1]), line(S + '第三产业', cur[2], prev[2], true),
    [],
    ['注：2024年城镇新增就业5.62万人，城镇登记失业率2.8%。'],
  ];
  return { file: 't26_从业人员构成', sheets: [{ name: '就业', rows, merges: ['B2:C2', 'D2:E2', 'A2:A3'] }], plantWhat: '2024 第三产业 构成' };
});

// T27 存贷比 by bank group with numbered subtotals
tables.push(() => {
  const R = rng(127);
  const groups = [['一、政策性银行', ['国家开发银行', '中国农业发展银行']], ['二、国有商业银行', ['工商银行', '农业银行', '中国银行', '建设银行', '交通银行', '邮政储蓄银行']], ['三、股份制商业银行', ['招商银行', '兴业银行', '中信银行', '浦发银行']], ['四、城市商业银行', ['本市商业银行', '省城市商业银行']], ['五、农村合作金融机构', ['农村商业银行']], ['六、村镇银行', ['临江村镇银行', '安平村镇银行']]];
  const rows = [['2024年末各金融机构存贷款情况'], ['', '', '', '', '', '单位：亿元'], ['机构', '各项存款余额', '各项贷款余额', '存贷比（%）', '存款比年初增减', '贷款比年初增减']];
  const G = groups.map(([g, bs]) => ({ g, bs: bs.map((n) => { const dep = R.real(20, 900), loan = dep * R.real(0.45, 1.35); return { n, dep, loan, dd: dep * R.real(-0.06, 0.12), ld: loan * R.real(-0.04, 0.15) }; }) }));
  const agg = (xs) => ({ dep: sum(xs.map((x) => x.dep)), loan: sum(xs.map((x) => x.loan)), dd: sum(xs.map((x) => x.dd)), ld: sum(xs.map((x) => x.ld)) });
  const line = (n, x, pl) => [n, N(x.dep, 2), pl ? P(N(x.loan, 2)) : N(x.loan, 2), N(x.loan / x.dep * 100, 1), N(x.dd, 2), N(x.ld, 2)];
  rows.push(line('全市金融机构合计', agg(G.flatMap((g) => g.bs))));
  G.forEach(({ g, bs }, gi) => { if (bs.length === 1) { rows.push(line(g, agg(bs))); return; } rows.push(line(g, agg(bs), gi === 1)); bs.forEach((b) => rows.push(line(S + S + b.n, b))); });
  return { file: 't27_存贷比_分机构', sheets: [{ name: '分机构', rows }], plantWhat: '二、国有商业银行 贷款余额' };
});

// T28 商品房 均价 = 销售额(亿元)*10000/面积(万平方米)
tables.push(() => {
  const R = rng(128);
  const ty = [['住宅', 318.52, 0.98], ['办公楼', 9.41, 1.22], ['商业营业用房', 21.77, 1.08], ['其他', 7.07, 0.31]];
  const d = ty.map(([n, a, k]) => { const amt = a * 9450 * k / 10000; return { n, a, amt, ap: a / (1 + R.real(-18, 5) / 100), amtp: amt / (1 + R.real(-22, 4) / 100) }; });
  const t = { n: '商品房', a: sum(d.map((x) => x.a)), amt: sum(d.map((x) => x.amt)), ap: sum(d.map((x) => x.ap)), amtp: sum(d.map((x) => x.amtp)) };
  const line = (x, label, pl) => [label || x.n, N(x.a, 2), N(growth(x.a, x.ap), 1), pl ? P(N(x.amt, 2)) : N(x.amt, 2), N(growth(x.amt, x.amtp), 1), N(x.amt * 10000 / x.a, 0)];
  const rows = [
    ['2024年商品房销售情况'],
    ['类型', '销售面积（万平方米）', '比上年增长（%）', '销售额（亿元）', '比上年增长（%）', '平均销售价格（元/平方米）'],
    line(t, null, true), ...d.map((x, i) => line(x, S + (i === 0 ? '其中：' : S + S + S) + x.n)),
  ];
  return { file: 't28_商品房均价_万倍', sheets: [{ name: '销售', rows }], plantWhat: '商品房 销售额' };
});

// T29 水资源 总量 = 地表 + 地下 - 重复; 产水系数
tables.push(() => {
  const R = rng(129);
  const cs = ['甲市', '乙市', '丙市', '丁市', '戊市', '己市', '庚市', '辛市'];
  const d = cs.map((n) => { const pr = R.real(40, 180); const sw = pr * R.real(0.22, 0.48); const gw = pr * R.real(0.08, 0.16); const dup = gw * R.real(0.55, 0.85); return { n, pr, sw, gw, dup }; });
  const t = { n: '全省' }; for (const k of ['pr', 'sw', 'gw', 'dup']) t[k] = sum(d.map((x) => x[k]));
  const line = (x, pl) => { const tot = x.sw + x.gw - x.dup; return [x.n, N(x.pr, 2), N(x.sw, 2), N(x.gw, 2), N(x.dup, 2), pl ? P(N(tot, 2)) : N(tot, 2), N(tot / x.pr, 2)]; };
  const rows = [
    ['2024年各市水资源量'],
    ['', '', '', '', '', '', '单位：亿立方米'],
    ['行政分区', '年降水量', '地表水资源量', '地下水资源量', '地表水与地下水资源重复量', '水资源总量', '产水系数'],
    line(t, true), ...d.map((x) => line(x)),
  ];
  return { file: 't29_水资源_重复量', sheets: [{ name: '水资源', rows }], plantWhat: '全省 水资源总量' };
});

// T30 industrial enterprises with two breakdowns: overlapping 登记注册类型 and complete 规模
tables.push(() => {
  const R = rng(130);
  const mk = (n, k) => { const rev = k * R.real(2.8, 6.5), cost = rev * R.real(0.8, 0.88), prof = rev * R.real(0.03, 0.08), loss = Math.round(k * R.real(0.12, 0.3)); return { n, k, rev, cost, prof, loss }; };
  const size = [mk('大型企业', 41), mk('中型企业', 262), mk('小型企业', 1580), mk('微型企业', 117)];
  const agg = (n, xs) => { const o = { n }; for (const kk of ['k', 'rev', 'cost', 'prof', 'loss']) o[kk] = sum(xs.map((x) => x[kk])); return o; };
  const tot = agg('总计', size);
  const reg = [['国有控股企业', 88], ['股份制企业', 1712], ['外商及港澳台商投资企业', 143], ['私营企业', 1366]].map(([n, k]) => { const o = { n, k }; for (const kk of ['rev', 'cost', 'prof']) o[kk] = Math.min(tot[kk] * k / tot.k * R.real(0.9, 1.05), tot[kk] * 0.95); o.loss = Math.min(Math.round(tot.loss * k / tot.k * R.real(0.9, 1.05)), tot.loss - 5); return o; });
  const line = (x, label, pl) => [label || x.n, x.k, N(x.rev, 2), N(x.cost, 2), pl ? P(N(x.prof, 2)) : N(x.prof, 2), N(x.prof / x.rev * 100, 2), x.loss, N(x.loss / x.k * 100, 1)];
  const rows = [
    ['2024年规模以上工业企业主要指标（按登记注册类型和企业规模分）'],
    ['分组', '企业单位数（个）', '营业收入（亿元）', '营业成本（亿元）', '利润总额（亿元）', '营业收入利润率（%）', '亏损企业（个）', '亏损面（%）'],
    line(tot, null, true),
    ['按登记注册类型分'], ...reg.map((x) => line(x, S + x.n)),
    ['按企业规模分'], ...size.map((x) => line(x, S + x.n)),
    ['注：国有控股企业与股份制企业等分组有交叉，各项之和不等于总计。'],
  ];
  return { file: 't30_规上工业_交叉分组', sheets: [{ name: '分组', rows }], plantWhat: '总计 利润总额' };
});

module.exports = tables;
