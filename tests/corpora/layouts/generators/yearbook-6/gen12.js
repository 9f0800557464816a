// gen12: overlapping 其中 rows after an age table, quarters + 全年 + cumulative rows, transposed mixed-unit table,
// 发展速度 (上年=100 style %) with negative profits
const L = require('./lib');
const { rnd, sum, rate, Book } = L;
const AGES = ['0-4岁', '5-9岁', '10-14岁', '15-19岁', '20-24岁', '25-29岁', '30-34岁', '35-39岁', '40-44岁', '45-49岁', '50-54岁', '55-59岁', '60-64岁', '65-69岁', '70-74岁', '75-79岁', '80-84岁', '85岁及以上'];
const PROFILE = [5.0, 5.6, 5.9, 5.4, 4.9, 5.6, 7.9, 7.2, 6.6, 7.8, 8.4, 7.0, 5.6, 5.2, 3.8, 2.4, 1.6, 1.1];

async function g40() {
  const r = L.rng(1240);
  const b = new Book('g40_年龄组_总计下其中重叠行.xlsx');
  const s = b.sheet('分年龄人口');
  const rows = PROFILE.map((p) => { const t = Math.round(p * 9000 * r.real(0.93, 1.07)); const f = Math.round(t * r.real(0.47, 0.53)); return [t - f, f]; });
  const agg = (a, z) => { const xs = rows.slice(a, z); const m = sum(xs.map((x) => x[0])), f = sum(xs.map((x) => x[1])); return [m + f, m, f]; };
  s.title(1, '表2-9  分年龄、性别的户籍人口（2024年末）', 4);
  s.put(2, 4, '单位：人', { right: true });
  L.header(s, 3, 1, ['年　龄', '合　计', '男', '女']);
  s.row(4, 1, ['总　计', ...agg(0, 18)], '#,##0', { bold: true });
  rows.forEach((x, i) => s.row(5 + i, 1, [AGES[i], x[0] + x[1], x[0], x[1]], '#,##0'));
  let y = 23;
  s.row(y++, 1, ['其中：0-14岁', ...agg(0, 3)], '#,##0');
  s.row(y++, 1, ['　　　15-59岁', ...agg(3, 12)], '#,##0');
  s.row(y++, 1, ['　　　60岁及以上', ...agg(12, 18)], '#,##0');
  s.row(y++, 1, ['　　　　其中：65岁及以上', ...agg(13, 18)], '#,##0');
  s.row(y++, 1, ['　　　　　　　80岁及以上', ...agg(16, 18)], '#,##0');
  s.put(y + 1, 1, '注：“其中”各行为上列年龄组的归并，不再与上列相加。');
  s.width(1, 24);
  b.setPlant(s, 11, 3, 'part (男 of 30-34岁; breaks 合计 = 男+女, 总计 男 and the 15-59岁 其中 row)', '+7%');
  await L.save(b, 'gen12');
}

async function g41() {
  const r = L.rng(1241);
  const b = new Book('g41_季度_全年_累计行_地区列.xlsx');
  const s = b.sheet('分季度');
  const names = L.placeNames(r, 7, ['区', '县', '县']);
  const q = names.map(() => [0, 1, 2, 3].map(() => r.int(20000, 160000))); // 万元
  s.title(1, '2024年分季度规模以上服务业营业收入', 9);
  s.put(2, 9, '单位：万元', { right: true });
  L.header(s, 3, 1, ['时　期', '全　市', ...names]);
  const line = (lab, f) => { const d = q.map(f); return [lab, sum(d), ...d]; };
  const rows = [
    line('一季度', (x) => x[0]), line('二季度', (x) => x[1]), line('三季度', (x) => x[2]), line('四季度', (x) => x[3]),
    line('全　年', (x) => sum(x)),
    line('累计：上半年', (x) => x[0] + x[1]), line('　　　前三季度', (x) => x[0] + x[1] + x[2]),
  ];
  rows.forEach((v, i) => s.row(4 + i, 1, v, '#,##0'));
  s.put(12, 1, '注：全年为四个季度之和；“累计”各行为自年初起的累计数。');
  s.width(1, 14);
  b.setPlant(s, 6, 5, 'part (三季度 of one county; breaks 全市 = 各县区之和 in that row, the 全年 column sum and 前三季度)', '+7%');
  await L.save(b, 'gen12');
}

async function g42() {
  const r = L.rng(1242);
  const b = new Book('g42_转置_指标行_全市列_比率行.xlsx');
  const s = b.sheet('人口概况');
  const names = L.placeNames(r, 6, ['区', '区', '县']);
  const d = names.map(() => { const m = r.int(90000, 400000); const f = Math.round(m * r.real(0.94, 1.04)); const p = m + f; const hh = Math.round(p / r.real(2.5, 3.2)); return { hh, p, m, f, bi: Math.round(p * r.real(0.006, 0.011)), urb: Math.round(p * r.real(0.35, 0.9)) }; });
  const T = {}; ['hh', 'p', 'm', 'f', 'bi', 'urb'].forEach((k) => { T[k] = sum(d.map((x) => x[k])); });
  const all = [T, ...d];
  s.title(1, '各县（区）人口概况（2024年）', 9);
  L.header(s, 2, 1, ['指　标', '单　位', '全　市', ...names]);
  const rows = [
    ['年末户数', '户', (x) => x.hh, '#,##0'], ['年末户籍人口', '人', (x) => x.p, '#,##0'], ['　男', '人', (x) => x.m, '#,##0'], ['　女', '人', (x) => x.f, '#,##0'],
    ['户均人口', '人/户', (x) => rnd(x.p / x.hh, 2), '0.00'], ['性别比', '女=100', (x) => rate(x.m, x.f, 2), '0.00'],
    ['出生人口', '人', (x) => x.bi, '#,##0'], ['出生率（按年末人口计算）', '‰', (x) => rate(x.bi, x.p, 2, 1000), '0.00'],
    ['城镇人口', '人', (x) => x.urb, '#,##0'], ['城镇人口比重', '%', (x) => rate(x.urb, x.p, 1), '0.0'],
  ];
  rows.forEach(([n, u, f, fm], i) => s.row(3 + i, 1, [n, u, ...all.map(f)], [null, null, ...all.map(() => fm)]));
  s.width(1, 24);
  b.setPlant(s, 7, 5, 'rate (户均人口 of one district; contradicts 户籍人口/户数)', '+7%');
  await L.save(b, 'gen12');
}

async function g43() {
  const r = L.rng(1243);
  const b = new Book('g43_发展速度_负利润.xlsx');
  const s = b.sheet('利润');
  const inds = ['煤炭开采和洗选业', '农副食品加工业', '纺织业', '造纸和纸制品业', '石油、煤炭及其他燃料加工业', '化学原料和化学制品制造业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '通用设备制造业', '汽车制造业', '计算机、通信和其他电子设备制造业', '电力、热力生产和供应业'];
  const rows = inds.map((n, i) => {
    let a = r.int(-30000, 600000), c = Math.round(a * r.real(0.8, 1.3));
    if (i === 4) { a = -r.int(10000, 50000); c = r.int(5000, 60000); }
    if (i === 7) { a = r.int(20000, 80000); c = -r.int(5000, 40000); }
    if (i === 2) { a = -r.int(10000, 30000); c = -r.int(5000, 20000); }
    return { n, a, c, loss: r.int(2000, 60000) };
  });
  const tot = { n: '总　计', a: sum(rows.map((x) => x.a)), c: sum(rows.map((x) => x.c)), loss: sum(rows.map((x) => x.loss)) };
  const sp = (x) => (x.a > 0 && x.c > 0 ? rnd(x.c / x.a * 100, 1) : '—');
  s.title(1, '表13-7  规模以上工业分行业利润总额', 5);
  s.put(2, 5, '单位：万元', { right: true });
  L.header(s, 3, 1, ['行　业', '2023年', '2024年', '2024年为上年的%', '亏损企业亏损额（2024年）']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, [x.n, x.a, x.c, sp(x), x.loss], [null, '#,##0', '#,##0', '0.0', '#,##0']));
  s.put(18, 1, '注：负数为亏损；上年或本年为亏损的行业不计算发展速度，以“—”表示。');
  s.width(1, 34);
  const pi = rows.findIndex((x, i) => i > 8 && x.a > 0 && x.c > 0);
  b.setPlant(s, 5 + pi, 3, 'part (2024年 利润总额 of one industry; breaks 总计 and 为上年的%)', '+10%');
  await L.save(b, 'gen12');
}

(async () => { await g40(); await g41(); await g42(); await g43(); })().catch((e) => { console.error(e); process.exit(1); });
