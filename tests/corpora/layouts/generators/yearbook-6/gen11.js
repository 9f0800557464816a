// gen11: more layouts real yearbooks use
const L = require('./lib');
const { rnd, sum, rate, growth, Book } = L;
const fmtText = (v, d = 0) => { const [i, f] = v.toFixed(d).split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : ''); };

async function g33() {
  const r = L.rng(1133);
  const b = new Book('g33_文本数字_千分位.xlsx');
  const s = b.sheet('导出数据');
  const names = L.placeNames(r, 12, ['街道', '镇', '镇', '乡']);
  const rows = names.map((n) => { const hh = r.int(3000, 40000); const pop = Math.round(hh * r.real(2.5, 3.2)); const area = r.int(1500, 30000) / 100; return { n, hh, pop, area }; });
  const tot = { n: '全区', hh: sum(rows.map((x) => x.hh)), pop: sum(rows.map((x) => x.pop)), area: rnd(sum(rows.map((x) => x.area)), 2) };
  s.put(1, 1, '各街道（乡镇）户数、人口及面积（2024年末）', { bold: true });
  L.header(s, 2, 1, ['街道（乡镇）', '户数（户）', '户籍人口（人）', '面积（平方公里）', '人口密度（人/平方公里）']);
  [tot, ...rows].forEach((x, i) => {
    s.put(3 + i, 1, x.n);
    [fmtText(x.hh), fmtText(x.pop), fmtText(x.area, 2), fmtText(Math.round(x.pop / x.area))].forEach((t, k) => s.put(3 + i, 2 + k, t, { right: true }));
  });
  s.put(17, 1, '资料来源：区公安分局、区自然资源局（系统导出，数字为文本格式）。');
  s.width(1, 14);
  b.setPlant(s, 3, 3, 'total (全区 户籍人口 typed as text "1,234,567"; breaks column sum)', '+7%');
  await L.save(b, 'gen11');
}

async function g34() {
  const r = L.rng(1134);
  const b = new Book('g34_主要年份_不连续年份_增长.xlsx');
  const s = b.sheet('2-2');
  const all = {}; // every year 1977..2024 in cents of 亿元
  let p = [8000, 12000, 6000];
  for (let y = 1977; y <= 2024; y++) {
    p = p.map((v, k) => Math.round(v * r.real(1.04, [1.10, 1.16, 1.17][k])));
    all[y] = p.slice();
  }
  const years = [1978, 1990, 2000, 2010, 2015, 2019, 2020, 2021, 2022, 2023, 2024];
  s.title(1, '2-2  主要年份地区生产总值', 6);
  s.put(2, 6, '单位：亿元', { right: true });
  L.header(s, 3, 1, ['年　份', '地区生产总值', '第一产业', '第二产业', '第三产业', '地区生产总值比上年增长（%）']);
  const E = (c) => rnd(c / 100, 2);
  years.forEach((y, i) => {
    const g = sum(all[y]), g0 = sum(all[y - 1]);
    s.row(4 + i, 1, [String(y), E(g), ...all[y].map(E), growth(g, g0, 1)], [null, '0.00', '0.00', '0.00', '0.00', '0.0']);
  });
  s.put(16, 1, '注：本表按当年价格计算；“比上年增长”为与上一年度（而非表中上一行年份）相比的名义增长速度。');
  s.width(1, 10);
  b.setPlant(s, 13, 2, 'total (地区生产总值 2023年; breaks 三次产业之和 and 2024 比上年增长, 2023 growth vs 2022)', '+7%');
  await L.save(b, 'gen11');
}

async function g35() {
  const r = L.rng(1135);
  const b = new Book('g35_全体城镇农村_人均收支.xlsx');
  const s = b.sheet('居民收支');
  const share = [0.64, 0.652]; // urban population share (weights), 2023, 2024
  const comp = (base) => [0.6, 0.17, 0.09, 0.14].map((f) => Math.round(base * f * r.real(0.96, 1.04)));
  const cons = (base) => [0.29, 0.06, 0.23, 0.06, 0.13, 0.11, 0.09, 0.03].map((f) => Math.round(base * f * r.real(0.95, 1.05)));
  const U = [comp(48000), null], R = [comp(21000), null];
  U[1] = U[0].map((v) => Math.round(v * r.real(1.03, 1.07))); R[1] = R[0].map((v) => Math.round(v * r.real(1.05, 1.09)));
  const UC = [cons(31000), null], RC = [cons(17000), null];
  UC[1] = UC[0].map((v) => Math.round(v * r.real(1.02, 1.07))); RC[1] = RC[0].map((v) => Math.round(v * r.real(1.04, 1.09)));
  const mix = (u, rr, k) => u.map((v, i) => Math.round(v * share[k] + rr[i] * (1 - share[k])));
  const A = [mix(U[0], R[0], 0), mix(U[1], R[1], 1)], AC = [mix(UC[0], RC[0], 0), mix(UC[1], RC[1], 1)];
  const labs = ['人均可支配收入', '　工资性收入', '　经营净收入', '　财产净收入', '　转移净收入', '人均消费支出', '　食品烟酒', '　衣着', '　居住', '　生活用品及服务', '　交通通信', '　教育文化娱乐', '　医疗保健', '　其他用品及服务'];
  const col = (inc, con) => [sum(inc), ...inc, sum(con), ...con];
  const groups = [[A, AC], [U, UC], [R, RC]].map(([i, c]) => [col(i[0], c[0]), col(i[1], c[1])]);
  s.title(1, '表10-1  全体、城镇和农村居民人均收支', 10);
  s.put(2, 10, '单位：元', { right: true });
  L.header(s, 3, 1, ['指　标', '全体居民', null, null, '城镇居民', null, null, '农村居民', null, null]);
  s.merge(3, 1, 4, 1); [2, 5, 8].forEach((c) => s.merge(3, c, 3, c + 2));
  L.header(s, 4, 2, ['2023年', '2024年', '增长（%）', '2023年', '2024年', '增长（%）', '2023年', '2024年', '增长（%）']);
  labs.forEach((t, i) => {
    const v = groups.flatMap(([a, c]) => [a[i], c[i], growth(c[i], a[i], 1)]);
    s.row(5 + i, 1, [t, ...v], [null, '#,##0', '#,##0', '0.0', '#,##0', '#,##0', '0.0', '#,##0', '#,##0', '0.0']);
  });
  const y = 5 + labs.length;
  s.row(y, 1, ['恩格尔系数（%）', ...groups.flatMap(([a, c]) => [rate(a[6], a[5], 1), rate(c[6], c[5], 1), null])], [null, '0.0', '0.0', null, '0.0', '0.0', null, '0.0', '0.0', null]);
  s.put(y + 2, 1, '注：全体居民数据按城乡常住人口加权计算，不等于城镇与农村之和；恩格尔系数为食品烟酒支出占消费支出的比重。');
  s.width(1, 20);
  b.setPlant(s, 6, 6, 'part (城镇 工资性收入 2024年; breaks 城镇 人均可支配收入 = 四项之和 and its 增长)', '+7%');
  await L.save(b, 'gen11');
}

async function g36() {
  const r = L.rng(1136);
  const b = new Book('g36_年初增减年末_耕地.xlsx');
  const s = b.sheet('耕地变动');
  const names = L.placeNames(r, 10, ['县', '县', '区', '市']);
  const rows = names.map((n) => { const a = r.int(15000, 90000); const inc = r.int(50, 900); const build = r.int(30, 600); const dec = build + r.int(10, 400); return [n, a, inc, dec, build, a + inc - dec]; });
  const tot = ['全　市', ...[1, 2, 3, 4, 5].map((k) => sum(rows.map((x) => x[k])))];
  s.title(1, '各县（市、区）耕地面积变动情况（2024年）', 6);
  s.put(2, 6, '单位：公顷', { right: true });
  L.header(s, 3, 1, ['地　区', '年初耕地面积', '本年增加', '本年减少', '其中：建设占用', '年末耕地面积']);
  [tot, ...rows].forEach((x, i) => s.row(4 + i, 1, x, '#,##0'));
  s.put(16, 1, '注：年末耕地面积=年初耕地面积+本年增加-本年减少。');
  s.width(1, 12);
  b.setPlant(s, 9, 4, 'part (本年减少 of one county; breaks 年初+增加-减少=年末 and 全市 sum)', '+10%');
  await L.save(b, 'gen11');
}

async function g37() {
  const r = L.rng(1137);
  const b = new Book('g37_右侧合计列_占全市比重.xlsx');
  const s = b.sheet('三次产业');
  let rows, T;
  for (let seed = 1137; ; seed++) {
    const rr = L.rng(seed);
    const names = L.placeNames(rr, 11, ['县', '区', '市', '县']);
    rows = names.map((n) => ({ n, p: [rr.int(2000, 40000), rr.int(10000, 300000), rr.int(15000, 320000)] }));
    rows.forEach((x) => { x.t = sum(x.p); });
    T = sum(rows.map((x) => x.t));
    const ss = rnd(sum(rows.map((x) => rate(x.t, T, 1))), 1);
    if (ss !== 100 && ss >= 99.9 && ss <= 100.1) break;
  }
  void r;
  const E = (c) => rnd(c / 100, 2);
  const tp = [0, 1, 2].map((k) => sum(rows.map((x) => x.p[k])));
  s.title(1, '各县（市、区）三次产业增加值（2024年）', 6);
  s.put(2, 6, '单位：亿元、%', { right: true });
  L.header(s, 3, 1, ['地　区', '第一产业', '第二产业', '第三产业', '合　计', '占全市比重（%）']);
  rows.forEach((x, i) => s.row(4 + i, 1, [x.n, ...x.p.map(E), E(x.t), rate(x.t, T, 1)], [null, '0.00', '0.00', '0.00', '0.00', '0.0']));
  s.row(4 + rows.length, 1, ['总　计', ...tp.map(E), E(T), 100], [null, '0.00', '0.00', '0.00', '0.00', '0.0'], { bold: true });
  s.put(6 + rows.length, 1, '注：比重按未修约数计算，分项之和因四舍五入可能不等于100。');
  s.width(1, 12);
  b.setPlant(s, 7, 6, 'rate (占全市比重 of one county; contradicts 合计/总计)', '+10%');
  await L.save(b, 'gen11');
}

async function g38() {
  const r = L.rng(1138);
  const b = new Book('g38_续表在另一工作表.xlsx');
  const names = L.placeNames(r, 18, ['县', '区', '市', '县']);
  const rows = names.map((n) => { const units = r.int(30, 600); const emp = units * r.int(60, 400); const rev = Math.round(emp * r.real(50, 120)); return [n, units, emp, rev, Math.round(rev * r.real(0.03, 0.09))]; });
  const tot = ['全　省', ...[1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])))];
  const hdr = ['地　区', '企业单位数（个）', '从业人员平均人数（人）', '营业收入（万元）', '利润总额（万元）'];
  const s1 = b.sheet('表4-1');
  s1.title(1, '表4-1  各县（市、区）规模以上工业企业主要指标（2024年）', 5);
  L.header(s1, 2, 1, hdr);
  s1.row(3, 1, tot, '#,##0', { bold: true });
  rows.slice(0, 10).forEach((x, i) => s1.row(4 + i, 1, x, '#,##0'));
  s1.put(15, 1, '（接下表）');
  const s2 = b.sheet('表4-1（续）');
  s2.title(1, '表4-1  续', 5);
  L.header(s2, 2, 1, hdr);
  rows.slice(10).forEach((x, i) => s2.row(3 + i, 1, x, '#,##0'));
  s1.width(1, 12); s2.width(1, 12);
  b.setPlant(s2, 6, 4, 'part (营业收入 of one county on the continuation sheet; only 表4-1 全省 total would catch it)', '+7%');
  await L.save(b, 'gen11');
}

async function g39() {
  const r = L.rng(1139);
  const b = new Book('g39_当年价与可比价增速.xlsx');
  const s = b.sheet('GDP历年');
  s.title(1, '地区生产总值（2015-2024年）', 6);
  L.header(s, 2, 1, ['年　份', '地区生产总值（亿元，当年价格）', '第一产业', '第二产业', '第三产业', '地区生产总值比上年增长（%，按可比价格计算）']);
  let p = [r.int(150000, 200000), r.int(600000, 700000), r.int(500000, 600000)];
  for (let y = 2015; y <= 2024; y++) {
    if (y > 2015) p = p.map((v) => Math.round(v * r.real(1.03, 1.11)));
    s.row(3 + y - 2015, 1, [String(y), rnd(sum(p) / 100, 2), ...p.map((v) => rnd(v / 100, 2)), rnd(r.real(4.5, 8.5), 1)], [null, '0.00', '0.00', '0.00', '0.00', '0.0']);
  }
  s.put(14, 1, '注：绝对数按当年价格计算，增长速度按可比价格计算（扣除价格因素）。');
  s.width(1, 10);
  b.setPlant(s, 8, 4, 'part (第二产业 2020年; breaks 地区生产总值 = 三次产业之和)', '+7%');
  await L.save(b, 'gen11');
}

(async () => { await g33(); await g34(); await g35(); await g36(); await g37(); await g38(); await g39(); })().catch((e) => { console.error(e); process.exit(1); });
