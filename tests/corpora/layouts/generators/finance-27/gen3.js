const { u, ui, rd, g, sum } = require('./lib');
const T = [];
const CT = ['临河区', '东山区', '青阳县', '石门县', '安平县', '龙泉市', '清溪县', '白水县'];
const SP = '　';
function item(s0, gr) { return { s: s0, e: s0 * (1 + gr) }; }
function addItems(...xs) { return { s: sum(xs.map(x => x.s)), e: sum(xs.map(x => x.e)) }; }
const Y = '2023年', P = '2022年';
// 36 存贷比>100 时序
T.push(() => {
  let prev = null; const rows = [];
  for (let y = 2016; y <= 2023; y++) {
    const dep = prev ? prev.dep * (1 + u(.06, .12)) : u(9000, 10000), hh = prev ? prev.hh * (1 + u(.08, .15)) : 4100, loan = prev ? prev.loan * (1 + u(.09, .14)) : 10400;
    rows.push([String(y), rd(dep, 2), rd(hh, 2), rd(loan, 2), prev ? g(dep, prev.dep) : '—', prev ? g(loan, prev.loan) : '—', rd(loan / dep * 100, 1)]);
    prev = { dep, hh, loan };
  }
  return { file: '36_历年存贷款存贷比超百.xlsx', plant: [0, 7, 3], sheets: [{ name: '历年', title: '历年金融机构本外币存贷款余额', unit: null,
    head: [['年份', '各项存款余额（亿元）', '其中：住户存款（亿元）', '各项贷款余额（亿元）', '存款增长（%）', '贷款增长（%）', '存贷比（%）']], dec: [null, 2, 2, 2, 1, 1, 1], rows }] };
});
// 37 小计分组
T.push(() => {
  const mk = a => { const p = u(50000, 300000); return { a, p, c: p * (1 + u(-.1, .15)) }; };
  const A = ['市本级', '临河区', '东山区'].map(mk), B = CT.slice(2).map(mk);
  const S = (a, xs) => ({ a, p: sum(xs.map(x => x.p)), c: sum(xs.map(x => x.c)) });
  const R = x => [x.a, rd(x.c), rd(x.p), rd(x.c - x.p), g(x.c, x.p)];
  return { file: '37_收入分组小计.xlsx', plant: [0, 5, 1], sheets: [{ name: '分组', title: '2023年各县（市、区）一般公共预算收入', unit: '单位：万元',
    head: [['地　区', '本年', '上年', '增减额', '增长（%）']], dec: [null, 0, 0, 0, 1],
    rows: [R(S('全　市', [...A, ...B])), R(S('市区小计', A)), ...A.map(x => R({ ...x, a: SP + x.a })), R(S('县（市）小计', B)), ...B.map(x => R({ ...x, a: SP + x.a }))] }] };
});
// 38 税收占比 百分点
T.push(() => {
  const d = CT.map(a => { const c = u(60000, 300000), p = c / (1 + u(-.08, .12)); return { a, c, p, tc: c * u(.55, .85), tp: p * u(.55, .85) }; });
  const t = { a: '全　市' }; ['c', 'p', 'tc', 'tp'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => { const s1 = x.tc / x.c * 100, s0 = x.tp / x.p * 100; return [x.a, rd(x.c), rd(x.tc), rd(s1, 1), rd(s0, 1), rd(s1 - s0, 1)]; };
  return { file: '38_税收占比百分点.xlsx', plant: [0, 0, 3], sheets: [{ name: '税收占比', title: '各县（市、区）税收收入占一般公共预算收入比重', unit: null,
    head: [['地　区', '一般公共预算收入（万元）', '税收收入（万元）', '税收占比（%）', null, null], [null, null, null, Y, P, '比上年提高（百分点）']],
    merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5]], dec: [null, 0, 0, 1, 1, 1], rows: [R(t), ...d.map(R)],
    notes: ['注：比上年提高为负值表示下降。'] }] };
});
// 39 本外币 人民币 外币（亿美元）
T.push(() => {
  const rmb = item(u(6000, 7000), u(.07, .12)), fxU = item(u(9, 14), u(-.2, .1)); const rs = 6.9646, re = 7.0827;
  const tot = { s: rmb.s + fxU.s * rs, e: rmb.e + fxU.e * re };
  const rl = item(u(5200, 6100), u(.08, .14)), flU = item(u(4, 8), u(-.3, .05)); const totl = { s: rl.s + flU.s * rs, e: rl.e + flU.e * re };
  const R = (n, un, x) => [n, un, rd(x.e, 2), rd(x.e - x.s, 2), g(x.e, x.s)];
  return { file: '39_本外币人民币外币.xlsx', plant: [0, 0, 2], sheets: [{ name: '本外币', title: '金融机构本外币存贷款', unit: null,
    head: [['指　标', '单位', '年末余额', '比年初增加', '比年初增长（%）']], dec: [null, null, 2, 2, 1],
    rows: [R('本外币各项存款余额', '亿元', tot), R(SP + '人民币各项存款余额', '亿元', rmb), R(SP + '外币各项存款余额', '亿美元', fxU), R('本外币各项贷款余额', '亿元', totl), R(SP + '人民币各项贷款余额', '亿元', rl), R(SP + '外币各项贷款余额', '亿美元', flU)],
    notes: ['注：外币存贷款以美元计价，本外币合计按期末汇率折算。'] }] };
});
// 40 Excel缩进层级 保险
T.push(() => {
  const pr = item(u(60, 90), u(.02, .12)), car = { s: pr.s * .62, e: pr.e * .6 }, life = item(u(120, 180), u(-.03, .15)), hl = item(u(40, 70), u(.05, .2)), acc = item(u(5, 9), u(-.15, .05));
  const pers = addItems(life, hl, acc), tot = addItems(pr, pers);
  const R = (n, x) => [n, rd(x.e, 2), rd(x.s, 2), g(x.e, x.s)];
  return { file: '40_保险缩进层级.xlsx', plant: [0, 3, 1], sheets: [{ name: '保费', title: '保险公司原保险保费收入', unit: '单位：亿元',
    head: [['项　目', Y, P, '增长（%）']], dec: [null, 2, 2, 1], indent: [0, 1, 2, 1, 2, 2, 2],
    rows: [R('原保险保费收入', tot), R('财产险', pr), R('其中：机动车辆保险', car), R('人身险', pers), R('寿险', life), R('健康险', hl), R('人身意外伤害险', acc)] }] };
});
module.exports = T;
