const { setSeed, u, ui, rd, g, sum, writeBook } = require('./lib');
const fs = require('fs');
const T = [];
const CT = ['临河区', '东山区', '青阳县', '石门县', '安平县', '龙泉市', '清溪县', '白水县'];
const SP = '　'; // full-width space
function item(s0, gr) { return { s: s0, e: s0 * (1 + gr) }; }
function addItems(...xs) { return { s: sum(xs.map(x => x.s)), e: sum(xs.map(x => x.e)) }; }
const Y = '2023年', P = '2022年';

// 1 金融机构本外币存贷款
T.push(() => {
  const hh = item(u(2600, 3000), u(.08, .14)), ent = item(u(900, 1200), u(-.04, .09)), gov = item(u(500, 700), u(.02, .1)),
    fis = item(u(80, 140), u(-.25, -.05)), nb = item(u(60, 120), u(-.1, .2)), fo = item(u(5, 15), u(0, .3));
  const dep = addItems(hh, ent, gov, fis, nb, fo);
  const hs = item(u(500, 700), u(.03, .1)), hm = item(u(1500, 1900), u(.01, .06)), es = item(u(900, 1200), u(.05, .12)),
    em = item(u(1800, 2300), u(.1, .18)), bill = item(u(150, 260), u(-.3, -.05)), oth = item(u(20, 40), u(0, .2)), nbl = item(u(5, 15), u(0, .2));
  const hl = addItems(hs, hm), el = addItems(es, em, bill, oth), loan = addItems(hl, el, nbl);
  const R = (l, x) => [l, rd(x.e, 2), rd(x.e - x.s, 2), g(x.e, x.s)];
  return { file: '01_金融机构本外币存贷款.xlsx', plant: [0, 0, 1], sheets: [{ name: '存贷款', title: '2023年末金融机构本外币存贷款余额', unit: '单位：亿元、%', unitRight: true,
    head: [['项　目', '年末余额', '比年初增加', '比年初增长']], dec: [null, 2, 2, 1],
    rows: [R('各项存款', dep), R(SP + '其中：住户存款', hh), R(SP.repeat(4) + '非金融企业存款', ent), R(SP.repeat(4) + '机关团体存款', gov), R(SP.repeat(4) + '财政性存款', fis),
      R('各项贷款', loan), R(SP + '其中：住户贷款', hl), R(SP.repeat(6) + '短期贷款', hs), R(SP.repeat(6) + '中长期贷款', hm),
      R(SP.repeat(4) + '企（事）业单位贷款', el), R(SP.repeat(6) + '短期贷款', es), R(SP.repeat(6) + '中长期贷款', em), R(SP.repeat(6) + '票据融资', bill)],
    notes: ['注：本表为本外币口径，含外资银行。'] }] };
});

// 2 存贷款分县区
T.push(() => {
  const areas = ['市直', ...CT];
  const d = areas.map((a, i) => ({ a, dep: item(u(150, i ? 700 : 1400), u(.04, .15)), loan: item(u(100, i ? 550 : 1600), u(-.02, .16)) }));
  const tot = { a: '全　市', dep: addItems(...d.map(x => x.dep)), loan: addItems(...d.map(x => x.loan)) };
  const R = x => [x.a, rd(x.dep.e, 2), rd(x.dep.e - x.dep.s, 2), rd(x.loan.e, 2), rd(x.loan.e - x.loan.s, 2), rd(x.loan.e / x.dep.e * 100, 1)];
  return { file: '02_分县区存贷款.xlsx', plant: [0, 0, 3], sheets: [{ name: '分县区', title: '各县（市、区）金融机构本外币存贷款情况（2023年末）', unit: '单位：亿元',
    head: [['地　区', '各项存款', null, '各项贷款', null, '存贷比（%）'], [null, '余额', '比年初增加', '余额', '比年初增加', null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 1, 5]], dec: [null, 2, 2, 2, 2, 1],
    rows: [R(tot), ...d.map(R)] }] };
});

// 3 保险分险种
T.push(() => {
  const blk = (k) => { const pr = item(u(60, 90) * k, u(.02, .12)), life = item(u(120, 180) * k, u(-.03, .15)), hl = item(u(40, 70) * k, u(.05, .2)), acc = item(u(5, 9) * k, u(-.15, .05));
    const pers = addItems(life, hl, acc); return { tot: addItems(pr, pers), pr, pers, life, hl, acc }; };
  const a = blk(1), b = blk(.38);
  const R = (l, x) => [l, rd(x.e, 2), rd(x.s, 2), g(x.e, x.s)];
  const B = (h, x) => [R(h, x.tot), R(SP + '财产险', x.pr), R(SP + '人身险', x.pers), R(SP + SP + '寿险', x.life), R(SP + SP + '健康险', x.hl), R(SP + SP + '人身意外伤害险', x.acc)];
  return { file: '03_保险保费收入与赔付.xlsx', plant: [0, 6, 1], sheets: [{ name: '保险', title: '保险业务主要指标', unit: '单位：亿元',
    head: [['项　目', Y, P, '比上年增长（%）']], dec: [null, 2, 2, 1], rows: [...B('一、保费收入', a), ...B('二、赔付支出', b)] }] };
});

// 4 一般公共预算收入分县
T.push(() => {
  const areas = ['市本级', ...CT];
  const d = areas.map((a, i) => { const prev = u(80000, i ? 260000 : 900000); const cur = prev * (1 + u(-.08, .14)); const ts = u(.6, .82); return { a, cur, prev, tax: cur * ts, taxp: prev * u(.6, .82) }; });
  const t = { a: '全　市', cur: sum(d.map(x => x.cur)), prev: sum(d.map(x => x.prev)), tax: sum(d.map(x => x.tax)), taxp: sum(d.map(x => x.taxp)) };
  const R = x => [x.a, rd(x.cur), rd(x.prev), g(x.cur, x.prev), rd(x.tax), g(x.tax, x.taxp), rd(x.tax / x.cur * 100, 1)];
  return { file: '04_一般公共预算收入分县.xlsx', plant: [0, 0, 4], sheets: [{ name: '分县收入', title: '2023年各县（市、区）一般公共预算收入', unit: '单位：万元、%', unitRight: true,
    head: [['地　区', '一般公共预算收入', null, null, '其中：税收收入', null, '税收占比'], [null, '本年', '上年', '增长', '本年', '增长', null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 5], [0, 6, 1, 6]], dec: [null, 0, 0, 1, 0, 1, 1],
    rows: [R(t), ...d.map(R)], notes: ['注：全市数据包含市本级和各县（市、区）。'] }] };
});

// 5 一般公共预算支出按功能
T.push(() => {
  const fn = [['一般公共服务支出', 180000], ['国防支出', 3000], ['公共安全支出', 95000], ['教育支出', 420000], ['科学技术支出', 52000], ['文化旅游体育与传媒支出', 31000],
    ['社会保障和就业支出', 330000], ['卫生健康支出', 210000], ['节能环保支出', 48000], ['城乡社区支出', 260000], ['农林水支出', 240000], ['交通运输支出', 88000],
    ['资源勘探工业信息等支出', 21000], ['商业服务业等支出', 9000], ['自然资源海洋气象等支出', 17000], ['住房保障支出', 72000], ['粮油物资储备支出', 6000],
    ['灾害防治及应急管理支出', 14000], ['债务付息支出', 61000], ['其他支出', 12000]];
  const d = fn.map(([n, b]) => { const p = b * u(.8, 1.2); return { n, p, c: p * (1 + u(-.2, .2)) }; });
  const c = sum(d.map(x => x.c)), p = sum(d.map(x => x.p));
  const R = (n, c, p) => [n, rd(c), rd(p), g(c, p)];
  return { file: '05_一般公共预算支出按功能.xlsx', plant: [0, 0, 3], sheets: [{ name: '支出', title: '一般公共预算支出（按功能分类）', unit: '单位：万元',
    head: [['项　目', Y, P, '增长（%）']], dec: [null, 0, 0, 1], rows: [R('一般公共预算支出', c, p), ...d.map(x => R(SP + x.n, x.c, x.p))] }] };
});

// 6 R&D经费 by sector + by county
T.push(() => {
  const sec = [['企业', u(90, 120), u(.08, .16)], ['研究与开发机构', u(12, 20), u(-.05, .1)], ['高等学校', u(8, 14), u(.02, .15)], ['其他', u(1, 3), u(-.2, .3)]].map(([n, p, r]) => ({ n, p, c: p * (1 + r) }));
  const tc = sum(sec.map(x => x.c)), tp = sum(sec.map(x => x.p));
  const bs = [.062, .11], act = [['基础研究', tc * bs[0], tp * .058], ['应用研究', tc * bs[1], tp * .118]];
  act.push(['试验发展', tc - act[0][1] - act[1][1], tp - act[0][2] - act[1][2]]);
  const gdpc = tc / 0.0235 * u(.95, 1.05), gdpp = tp / 0.0224 * u(.95, 1.05);
  const R = (n, c, p) => [n, rd(c, 2), rd(p, 2), g(c, p), rd(c / tc * 100, 1)];
  const s1 = { name: 'R&D经费', title: '研究与试验发展（R&D）经费内部支出', unit: '单位：亿元',
    head: [['项　目', Y, P, '比上年增长（%）', '构成（%）']], dec: [null, 2, 2, 1, 1],
    rows: [R('R&D经费内部支出合计', tc, tp), ['按执行部门分', null, null, null, null], ...sec.map(x => R(SP + x.n, x.c, x.p)), ['按活动类型分', null, null, null, null], ...act.map(x => R(SP + x[0], x[1], x[2])),
      ['R&D经费投入强度（%）', rd(tc / gdpc * 100, 2), rd(tp / gdpp * 100, 2), '—', '—']],
    notes: ['注：R&D经费投入强度为R&D经费内部支出与地区生产总值之比。'] };
  const cd = CT.map(a => { const gdp = u(180, 900); return { a, gdp, rd: gdp * 10000 * u(.008, .035) }; });
  const t = { a: '全　市', gdp: sum(cd.map(x => x.gdp)) * 1.18, rd: 0 }; t.rd = sum(cd.map(x => x.rd)) + t.gdp * 0.18 / 1.18 * 10000 * 0.03;
  // 全市 includes 市直 not listed -> note
  const R2 = x => [x.a, rd(x.rd), rd(x.gdp, 2), rd(x.rd / (x.gdp * 10000) * 100, 2)];
  const s2 = { name: '分县区', title: '各县（市、区）R&D经费投入情况', unit: null,
    head: [['地　区', 'R&D经费内部支出（万元）', '地区生产总值（亿元）', 'R&D经费投入强度（%）']], dec: [null, 0, 2, 2],
    rows: cd.map(R2), notes: ['注：投入强度=R&D经费内部支出/地区生产总值×100%。'] };
  return { file: '06_RD经费.xlsx', plant: [0, 0, 3], sheets: [s1, s2] };
});

// 7 专利申请与授权
T.push(() => {
  const ty = [['发明专利', 3500, .12, 900, -.05], ['实用新型专利', 14000, -.06, 11000, -.1], ['外观设计专利', 4200, .08, 3100, .15]].map(([n, ap, ag, gp, gg]) => {
    const app = Math.round(ap * u(.9, 1.1)), gpp = Math.round(gp * u(.9, 1.1)); return { n, ac: Math.round(app * (1 + ag + u(-.03, .03))), ap: app, gc: Math.round(gpp * (1 + gg + u(-.03, .03))), gp: gpp }; });
  const t = { n: '合　计', ac: sum(ty.map(x => x.ac)), ap: sum(ty.map(x => x.ap)), gc: sum(ty.map(x => x.gc)), gp: sum(ty.map(x => x.gp)) };
  const R = x => [x.n, x.ac, x.ap, g(x.ac, x.ap), x.gc, x.gp, g(x.gc, x.gp)];
  return { file: '07_专利申请与授权.xlsx', plant: [0, 0, 4], sheets: [{ name: '专利', title: '专利申请量和授权量', unit: '单位：件',
    head: [['专利类型', '申请量', null, null, '授权量', null, null], [null, Y, P, '增长（%）', Y, P, '增长（%）']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], dec: [null, 0, 0, 1, 0, 0, 1], rows: [R(t), ...ty.map(R)] }] };
});

// 8 高新技术企业分县
T.push(() => {
  const d = ['市直', ...CT].map(a => { const p = ui(25, 180); const c = Math.max(8, p + ui(-12, 40)); const iva = u(60, 320); return { a, c, p, hv: iva * u(.25, .6), iva }; });
  const t = { a: '全　市', c: sum(d.map(x => x.c)), p: sum(d.map(x => x.p)), hv: sum(d.map(x => x.hv)), iva: sum(d.map(x => x.iva)) };
  const R = x => [x.a, x.c, x.p, x.c - x.p, g(x.c, x.p), rd(x.hv, 2), rd(x.hv / x.iva * 100, 1)];
  return { file: '08_高新技术企业分县.xlsx', plant: [0, 0, 1], sheets: [{ name: '高企', title: '各县（市、区）高新技术企业情况', unit: null,
    head: [['地　区', '高新技术企业数（家）', null, null, null, '高新技术产业增加值（亿元）', '占规模以上工业增加值比重（%）'], [null, Y, P, '净增', '增长（%）', null, null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 4], [0, 5, 1, 5], [0, 6, 1, 6]], dec: [null, 0, 0, 0, 1, 2, 1], rows: [R(t), ...d.map(R)] }] };
});

// 9 历年存贷款
T.push(() => {
  let dep = u(2800, 3200), hh = dep * .52, loan = dep * .7; const rows = [];
  let prev = null;
  for (let y = 2014; y <= 2023; y++) {
    if (prev) { dep = prev.dep * (1 + u(.05, .14)); hh = prev.hh * (1 + u(.07, .16)); loan = prev.loan * (1 + u(.06, .17)); }
    rows.push([String(y), rd(dep, 2), rd(hh, 2), rd(loan, 2), prev ? g(dep, prev.dep) : '—', prev ? g(loan, prev.loan) : '—', rd(loan / dep * 100, 1)]);
    prev = { dep, hh, loan };
  }
  return { file: '09_历年存贷款.xlsx', plant: [0, 6, 4], sheets: [{ name: '历年', title: '历年金融机构本外币存贷款余额', unit: null,
    head: [['年份', '各项存款余额（亿元）', '其中：住户存款（亿元）', '各项贷款余额（亿元）', '存款增长（%）', '贷款增长（%）', '存贷比（%）']], dec: [null, 2, 2, 2, 1, 1, 1], rows }] };
});

// 10 保险分县
T.push(() => {
  const d = CT.map(a => { const pop = u(28, 95); const pr = pop * u(1800, 3600); const ps = u(.25, .4); return { a, pop, pr, pp: pr * ps, pl: pr * (1 - ps), cl: pr * u(.28, .4) }; });
  const t = { a: '全　市', pop: sum(d.map(x => x.pop)), pr: sum(d.map(x => x.pr)), pp: sum(d.map(x => x.pp)), pl: sum(d.map(x => x.pl)), cl: sum(d.map(x => x.cl)) };
  const R = x => [x.a, rd(x.pr), rd(x.pp), rd(x.pl), rd(x.cl), rd(x.pop, 2), rd(x.pr / x.pop)];
  return { file: '10_保险分县.xlsx', plant: [0, 0, 1], sheets: [{ name: '保险分县', title: '各县（市、区）保险业务情况（2023年）', unit: null,
    head: [['地　区', '保费收入（万元）', null, null, '赔付支出（万元）', '年末常住人口（万人）', '保险密度（元/人）'], [null, '合计', '财产险', '人身险', null, null, null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 1, 4], [0, 5, 1, 5], [0, 6, 1, 6]], dec: [null, 0, 0, 0, 0, 2, 0], rows: [R(t), ...d.map(R)] }] };
});

// 11 税收分税种
T.push(() => {
  const tx = [['增值税', 310000, .08], ['企业所得税', 120000, -.06], ['个人所得税', 36000, .04], ['资源税', 22000, -.18], ['城市维护建设税', 41000, .05], ['房产税', 30000, .11],
    ['印花税', 14000, .09], ['城镇土地使用税', 26000, -.03], ['土地增值税', 52000, -.27], ['车船税', 9000, .06], ['耕地占用税', 17000, -.35], ['契税', 48000, -.22], ['环境保护税', 3100, .02], ['其他税收收入', 0, 0]];
  const nt = [['专项收入', 62000, .03], ['行政事业性收费收入', 41000, -.05], ['罚没收入', 28000, .15], ['国有资源（资产）有偿使用收入', 95000, .31], ['政府住房基金收入', 4000, -.1], ['其他收入', 11000, .4]];
  const mk = a => a.map(([n, b, r]) => { const p = b * u(.9, 1.1); return { n, p, c: p * (1 + r + u(-.03, .03)) }; });
  const a = mk(tx), b = mk(nt); a[13].c = 410; a[13].p = 0;
  const A = { p: sum(a.map(x => x.p)), c: sum(a.map(x => x.c)) }, B = { p: sum(b.map(x => x.p)), c: sum(b.map(x => x.c)) };
  const R = (n, x) => [n, rd(x.c), rd(x.p), g(x.c, x.p)];
  return { file: '11_一般公共预算收入分税种.xlsx', plant: [0, 1, 1], sheets: [{ name: '收入', title: '一般公共预算收入情况', unit: '单位：万元',
    head: [['项　目', Y, P, '增长（%）']], dec: [null, 0, 0, 1],
    rows: [R('一般公共预算收入', { p: A.p + B.p, c: A.c + B.c }), R('一、税收收入', A), ...a.map(x => R(SP + x.n, x)), R('二、非税收入', B), ...b.map(x => R(SP + x.n, x))] }] };
});

// 12 财政收支差额分县
T.push(() => {
  const d = ['市本级', ...CT].map(a => { const inc = u(60000, 400000); return { a, inc, exp: inc * u(1.4, 3.6) }; });
  const t = { a: '全　市', inc: sum(d.map(x => x.inc)), exp: sum(d.map(x => x.exp)) };
  const R = x => [x.a, rd(x.inc), rd(x.exp), rd(x.inc) - rd(x.exp), rd(x.inc / x.exp * 100, 1)];
  const Rt = x => [x.a, rd(x.inc), rd(x.exp), rd(x.inc - x.exp), rd(x.inc / x.exp * 100, 1)];
  return { file: '12_财政收支差额分县.xlsx', plant: [0, 0, 2], sheets: [{ name: '收支', title: '各县（市、区）一般公共预算收支情况', unit: '单位：万元',
    head: [['地　区', '一般公共预算收入', '一般公共预算支出', '收支差额', '财政自给率（%）']], dec: [null, 0, 0, 0, 1], rows: [Rt(t), ...d.map(R)],
    notes: ['注：收支差额=收入-支出；财政自给率=收入/支出×100%。'] }] };
});

// 13 技术合同
T.push(() => {
  const ty = ['技术开发', '技术转让', '技术许可', '技术咨询', '技术服务'].map((n, i) => { const n0 = ui([400, 30, 0, 150, 900][i], [700, 80, 0, 300, 1500][i]); const amt = n0 * u(30, 120); return { n, cnt: n0, amt, tr: amt * u(.75, .95) }; });
  const t = { n: '合　计', cnt: sum(ty.map(x => x.cnt)), amt: sum(ty.map(x => x.amt)), tr: sum(ty.map(x => x.tr)) };
  const R = x => [x.n, x.cnt || '—', x.amt ? rd(x.amt) : '—', x.tr ? rd(x.tr) : '—', x.amt ? rd(x.amt / t.amt * 100, 1) : '—'];
  return { file: '13_技术合同成交.xlsx', plant: [0, 0, 2], sheets: [{ name: '技术合同', title: '技术合同成交情况（按合同类型分）', unit: null,
    head: [['合同类型', '合同数（项）', '成交额（万元）', '其中：技术交易额（万元）', '成交额占比（%）']], dec: [null, 0, 0, 0, 1], rows: [R(t), ...ty.map(R)],
    notes: ['注：“—”表示无此类合同。'] }] };
});

// 14 规上工业企业科技活动分行业
T.push(() => {
  const ind = ['农副食品加工业', '纺织业', '化学原料和化学制品制造业', '医药制造业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '通用设备制造业', '专用设备制造业', '汽车制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业'];
  const d = ind.map(n => { const e = ui(40, 260); const ar = ui(Math.round(e * .2), Math.round(e * .65)); const rev = u(60, 900); return { n, e, ar, pp: ar * u(8, 40), rdx: rev * 10000 * u(.004, .03), rev }; });
  const o = { e: 380, ar: 96, pp: 2100, rdx: 185000, rev: 1240 }; // 未列出的其他行业
  const t = { n: '总　计', e: o.e + sum(d.map(x => x.e)), ar: o.ar + sum(d.map(x => x.ar)), pp: o.pp + sum(d.map(x => x.pp)), rdx: o.rdx + sum(d.map(x => x.rdx)), rev: o.rev + sum(d.map(x => x.rev)) };
  const R = x => [x.n, x.e, x.ar, rd(x.ar / x.e * 100, 1), rd(x.pp), rd(x.rdx), rd(x.rev, 2), rd(x.rdx / x.rev / 100, 2)];
  return { file: '14_规上工业科技活动.xlsx', plant: [0, 0, 5], sheets: [{ name: '分行业', title: '规模以上工业企业科技活动情况（按行业分）', unit: null,
    head: [['行　业', '企业数（个）', '有R&D活动的企业（个）', '有R&D活动企业占比（%）', 'R&D人员（人）', 'R&D经费内部支出（万元）', '营业收入（亿元）', 'R&D经费与营业收入之比（%）']],
    dec: [null, 0, 0, 1, 0, 0, 2, 2], rows: [R(t), ...d.map(R)], notes: ['注：本表仅列出主要行业，总计包括全部行业。'] }] };
});

module.exports = T;
