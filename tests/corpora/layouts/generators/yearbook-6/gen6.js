// gen6: three administrative levels 全省 -> 地级市 -> 市辖区/县级市/县
const L = require('./lib');
const { rnd, sum, rate, Book } = L;

function tree(r, nCities) {
  const cityNames = L.placeNames(r, nCities, '市');
  const used = new Set(cityNames);
  const uniq = (suf) => { for (;;) { const n = L.placeNames(r, 1, suf)[0]; if (!used.has(n)) { used.add(n); return n; } } };
  return cityNames.map((c, i) => ({
    name: c,
    only: i % 3 === 1, // some cities shown with their total only
    districts: Array.from({ length: r.int(2, 4) }, () => uniq('区')),
    ccities: Array.from({ length: r.int(0, 2) }, () => uniq('市')),
    counties: Array.from({ length: r.int(1, 4) }, () => uniq('县')),
  }));
}

async function g17() {
  const r = L.rng(617);
  const b = new Book('g17_三级行政区_缩进.xlsx');
  const s = b.sheet('表1-3');
  const T = tree(r, 6);
  const leaf = () => { const area = r.int(300, 3500); const reg = r.int(150000, 1200000); return { area, reg, res: Math.round(reg * r.real(0.85, 1.25)) }; };
  const agg = (xs) => ({ area: sum(xs.map((x) => x.area)), reg: sum(xs.map((x) => x.reg)), res: sum(xs.map((x) => x.res)) });
  const W = (x) => rnd(x / 1e4, 2);
  const out = [];
  const cities = T.map((c) => {
    const d = c.districts.map((n) => ({ n, ...leaf() }));
    const cc = c.ccities.map((n) => ({ n, ...leaf() }));
    const co = c.counties.map((n) => ({ n, ...leaf() }));
    const sub = agg(d); const tot = agg([...d, ...cc, ...co]);
    return { c, d, cc, co, sub, tot };
  });
  const prov = agg(cities.map((x) => x.tot));
  const line = (lab, x, ind) => ({ lab: '　'.repeat(ind) + lab, v: [x.area, W(x.reg), W(x.res), Math.round(W(x.res) * 1e4 / x.area)] });
  out.push(line('全　省', prov, 0));
  let plantIdx = -1;
  for (const x of cities) {
    out.push(line(x.c.name, x.tot, 0));
    if (x.c.only) continue;
    out.push(line('市辖区', x.sub, 1));
    x.d.forEach((d) => { out.push(line(d.n, d, 2)); if (plantIdx < 0 && out.length > 6) plantIdx = out.length - 1; });
    [...x.cc, ...x.co].forEach((d) => out.push(line(d.n, d, 1)));
  }
  s.title(1, '表1-3  各市、县（市、区）行政区域面积和人口（2024年）', 5);
  L.header(s, 2, 1, ['地　区', '行政区域土地面积（平方公里）', '年末户籍人口（万人）', '年末常住人口（万人）', '人口密度（人/平方公里）']);
  out.forEach((o, i) => s.row(3 + i, 1, [o.lab, ...o.v], [null, '#,##0', '0.00', '0.00', '#,##0']));
  s.put(4 + out.length, 1, '注：人口密度按常住人口计算；部分市仅列全市合计数。');
  s.width(1, 16);
  b.setPlant(s, 3 + plantIdx, 4, 'part (常住人口 of one 市辖区 district; breaks 市辖区 subtotal, city total and 人口密度)', '+7%');
  await L.save(b, 'gen6');
}

async function g18() {
  const r = L.rng(618);
  const b = new Book('g18_三级行政区_无缩进_GDP.xlsx');
  const s = b.sheet('分县GDP');
  const T = tree(r, 5);
  const leaf = () => { const pop = r.int(200000, 1200000); const g = pop * r.real(45000, 150000) / 1e6; /* cents of 亿元 */ const f1 = r.real(0.04, 0.15), f2 = r.real(0.3, 0.5); const p = [Math.round(g * f1), Math.round(g * f2), 0]; p[2] = Math.round(g) - p[0] - p[1]; return { p, pop }; };
  const agg = (xs) => ({ p: [0, 1, 2].map((k) => sum(xs.map((x) => x.p[k]))), pop: sum(xs.map((x) => x.pop)) });
  const E = (c) => rnd(c / 100, 2); // cents of 亿元
  const line = (lab, x) => { const g = sum(x.p); return [lab, E(g), ...x.p.map(E), x.pop, Math.round(E(g) * 1e8 / x.pop)]; };
  const rows = [];
  const cities = T.map((c) => { const d = c.districts.map((n) => ({ n, ...leaf() })); const o = [...c.ccities, ...c.counties].map((n) => ({ n, ...leaf() })); return { c, d, o, sub: agg(d), tot: agg([...d, ...o]) }; });
  rows.push(line('全省', agg(cities.map((x) => x.tot))));
  let plantRow = 0;
  for (const x of cities) {
    if (!plantRow && !x.c.only && x !== cities[0]) plantRow = 3 + rows.length;
    rows.push(line(x.c.name, x.tot));
    if (x.c.only) continue;
    rows.push(line('市辖区', x.sub));
    x.d.forEach((d) => rows.push(line(d.n, d)));
    x.o.forEach((d) => rows.push(line(d.n, d)));
  }
  s.title(1, '各市、县（市、区）地区生产总值（2024年）', 7);
  L.header(s, 2, 1, ['地区', '地区生产总值（亿元）', '第一产业', '第二产业', '第三产业', '常住人口（人）', '人均地区生产总值（元）']);
  rows.forEach((v, i) => s.row(3 + i, 1, v, [null, '0.00', '0.00', '0.00', '0.00', '#,##0', '#,##0']));
  s.width(1, 12);
  b.setPlant(s, plantRow, 2, 'total (地区生产总值 of a 地级市 row; breaks its 市辖区+县(市) sum, its 三次产业 sum, 全省 sum and 人均)', '+7%');
  await L.save(b, 'gen6');
}

async function g19() {
  const r = L.rng(619);
  const b = new Book('g19_三级行政区_小计在下.xlsx');
  const s = b.sheet('财政收支');
  const T = tree(r, 5);
  const leaf = () => { const rev = r.int(50000, 900000); return { rev, tax: Math.round(rev * r.real(0.55, 0.8)), exp: Math.round(rev * r.real(1.6, 3.2)) }; };
  const agg = (xs) => ({ rev: sum(xs.map((x) => x.rev)), tax: sum(xs.map((x) => x.tax)), exp: sum(xs.map((x) => x.exp)) });
  const rows = [];
  const line = (lab, x) => (x ? [lab, x.rev, x.tax, rate(x.tax, x.rev, 1), x.exp] : [lab]);
  const cities = T.map((c) => { const d = c.districts.map((n) => ({ n, ...leaf() })); const o = [...c.ccities, ...c.counties].map((n) => ({ n, ...leaf() })); return { c, d, o, sub: agg(d), tot: agg([...d, ...o]) }; });
  let plantRow = 0;
  for (const x of cities) {
    if (x.c.only) { rows.push(line(x.c.name + '合计', x.tot)); continue; }
    rows.push(line(x.c.name));
    x.d.forEach((d) => rows.push(line('　　' + d.n, d)));
    rows.push(line('　市辖区小计', x.sub));
    x.o.forEach((d) => { rows.push(line('　' + d.n, d)); if (!plantRow && d.n.endsWith('县')) plantRow = 3 + rows.length - 1; });
    rows.push(line(x.c.name + '合计', x.tot));
  }
  rows.push(line('全省总计', agg(cities.map((x) => x.tot))));
  s.title(1, '表7-4  各市、县（市、区）一般公共预算收支（2024年）', 5);
  L.header(s, 2, 1, ['地　区', '一般公共预算收入（万元）', '其中：税收收入（万元）', '税收收入占比（%）', '一般公共预算支出（万元）']);
  rows.forEach((v, i) => s.row(3 + i, 1, v, [null, '#,##0', '#,##0', '0.0', '#,##0']));
  s.width(1, 16);
  b.setPlant(s, plantRow, 3, 'part (税收收入 of one county; breaks city 合计, 全省总计 and 税收收入占比)', '+10%');
  await L.save(b, 'gen6');
}

(async () => { await g17(); await g18(); await g19(); })().catch((e) => { console.error(e); process.exit(1); });
