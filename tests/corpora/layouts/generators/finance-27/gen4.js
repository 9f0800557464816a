const { u, ui, rd, g, sum } = require('./lib');
const T = [];
const CT = ['临河区', '东山区', '青阳县', '石门县', '安平县', '龙泉市', '清溪县', '白水县'];
const SP = '　';
const Y = '2023年', P = '2022年';
// 41 可比口径增长
T.push(() => {
  const d = ['市本级', ...CT].map((a, i) => { const p = u(60000, 300000); const c = p * (1 + u(-.06, .12)); const adj = i === 2 || i === 5 ? u(.12, .2) * p : 0; return { a, p, c, pc: p - adj }; });
  const t = { a: '全　市' }; ['p', 'c', 'pc'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, rd(x.c), rd(x.p), g(x.c, x.pc)];
  return { file: '41_可比口径增长.xlsx', sheets: [{ name: '收入', title: '2023年各县（市、区）一般公共预算收入', unit: '单位：万元',
    head: [['地　区', '本年', '上年', '增长（%）']], dec: [null, 0, 0, 1], rows: [R(t), ...d.map(R)],
    notes: ['注：增长速度按可比口径计算。东山区、安平县上年数含已划转市本级的收入，按划转后口径计算增长。'] }] };
});
// 42 亿元一位小数 小项
T.push(() => {
  const fn = [['一般公共服务支出', 18], ['国防支出', .3], ['公共安全支出', 9.5], ['教育支出', 42], ['科学技术支出', 5.2], ['文化旅游体育与传媒支出', 3.1], ['社会保障和就业支出', 33], ['卫生健康支出', 21],
    ['节能环保支出', 4.8], ['城乡社区支出', 26], ['农林水支出', 24], ['交通运输支出', 8.8], ['资源勘探工业信息等支出', 2.1], ['商业服务业等支出', .9], ['金融支出', .2], ['自然资源海洋气象等支出', 1.7],
    ['住房保障支出', 7.2], ['粮油物资储备支出', .6], ['灾害防治及应急管理支出', 1.4], ['其他支出', 1.2], ['债务付息支出', 6.1], ['债务发行费用支出', .05]];
  const d = fn.map(([n, b]) => { const p = b * u(.8, 1.2); return { n, p, c: p * (1 + u(-.3, .3)) }; });
  const c = sum(d.map(x => x.c)), p = sum(d.map(x => x.p));
  const R = (n, c, p) => [n, rd(c, 1), rd(p, 1), g(c, p)];
  return { file: '42_支出亿元一位小数.xlsx', plant: [0, 0, 1], sheets: [{ name: '支出', title: '一般公共预算支出', unit: '单位：亿元', unitRight: true,
    head: [['项　目', Y, P, '增长（%）']], dec: [null, 1, 1, 1], rows: [R('一般公共预算支出', c, p), ...d.map(x => R(SP + x.n, x.c, x.p))],
    notes: ['注：增长速度按未经四舍五入的数据计算。'] }] };
});
// 43 县GDP与全市不衔接
T.push(() => {
  const cd = CT.map(a => { const gdp = u(180, 900); return { a, gdp, rd: gdp * 10000 * u(.008, .035) }; });
  const t = { a: '全　市', gdp: sum(cd.map(x => x.gdp)) * 0.962, rd: sum(cd.map(x => x.rd)) };
  const R2 = x => [x.a, rd(x.rd), rd(x.gdp, 2), rd(x.rd / (x.gdp * 10000) * 100, 2)];
  return { file: '43_RD强度分县GDP不衔接.xlsx', sheets: [{ name: '分县区', title: '各县（市、区）R&D经费投入强度', unit: null,
    head: [['地　区', 'R&D经费内部支出（万元）', '地区生产总值（亿元）', 'R&D经费投入强度（%）']], dec: [null, 0, 2, 2],
    rows: [R2(t), ...cd.map(R2)], notes: ['注：各县（市、区）地区生产总值为县级核算数，与全市核算数不衔接，各县之和不等于全市。'] }] };
});
// 44 文本数字：全角负号、千分位
T.push(() => {
  const d = CT.map(a => { const p = u(20000, 200000); return { a, p, c: p * (1 + u(-.15, .15)) }; });
  const t = { a: '全　市' }; ['p', 'c'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const fm = v => Math.round(v).toLocaleString('en-US');
  const gs = (c, p) => { const x = g(c, p); return x < 0 ? '－' + Math.abs(x).toFixed(1) : x.toFixed(1); };
  const R = x => [x.a, fm(x.c), fm(x.p), gs(x.c, x.p)];
  return { file: '44_文本数字全角负号.xlsx', plant: [0, 0, 1], sheets: [{ name: '税收', title: '各县（市、区）税收收入', unit: '单位：万元',
    head: [['地　区', '本年', '上年', '增长（%）']], rows: [R(t), ...d.map(R)] }] };
});
// 45 百分比格式存小数
T.push(() => {
  const d = CT.map(a => { const p = u(50, 400); return { a, p, c: p * (1 + u(-.05, .2)), l: p * u(.6, 1.1) }; });
  d.forEach(x => x.lc = x.l * (1 + u(-.05, .25)));
  const t = { a: '全　市' }; ['p', 'c', 'l', 'lc'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, rd(x.c, 2), rd(x.c / x.p - 1, 3), rd(x.lc, 2), rd(x.lc / x.l - 1, 3), rd(x.lc / x.c, 3)];
  return { file: '45_百分比格式.xlsx', plant: [0, 0, 2], sheets: [{ name: '存贷', title: '各县（市、区）存贷款余额及增速', unit: '单位：亿元',
    head: [['地　区', '存款余额', '存款增速', '贷款余额', '贷款增速', '存贷比']], dec: [null, 2, null, 2, null, null], pct: [0, 0, 1, 0, 1, 1], rows: [R(t), ...d.map(R)] }] };
});
// 46 小基数增长（件数）
T.push(() => {
  const d = CT.map(a => { const p = ui(2, 30); return { a, p, c: Math.max(1, p + ui(-3, 8)) }; });
  const t = { a: '全　市', p: sum(d.map(x => x.p)), c: sum(d.map(x => x.c)) };
  const R = x => [x.a, x.c, x.p, x.c - x.p, g(x.c, x.p)];
  return { file: '46_新型研发机构小基数.xlsx', plant: [0, 0, 4], sheets: [{ name: '研发机构', title: '各县（市、区）新型研发机构数量', unit: '单位：家、%', unitRight: true,
    head: [['地　区', Y, P, '增减', '增长']], dec: [null, 0, 0, 0, 1], rows: [R(t), ...d.map(R)] }] };
});
module.exports = T;
