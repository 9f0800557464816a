// Category 3: three levels 全省 → 市 → 县（市、区）
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

function makeHier(r, id, nCities, cMin, cMax, countyPool) {
  const cities = L.names(id).cities.slice(0, nCities);
  const pool = countyPool || L.names(id).counties;
  let k = 0;
  return cities.map((c) => ({ name: c, counties: Array.from({ length: r.int(cMin, cMax) }, () => pool[k++]) }));
}
const addUp = (rows, n) => Array.from({ length: n }, (_, i) => sum(rows.map((x) => x[i])));

async function w09() {
  // one sheet: 全省 first, each city row (= subtotal) followed by its indented counties
  const r = L.rng(309);
  const b = new L.Book();
  const s = b.sheet('全省', { widths: [16, 12, 16, 16, 12, 12] });
  s.row(['全省非公有制企业党的组织覆盖情况（分市、县）']); s.merge('A1:F1');
  s.row(['单位：家、%', null, null, null, null, '截至2024年12月底']);
  const h = s.row(['地区', '非公企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）']);
  const H = makeHier(r, 9, 4, 3, 5);
  const gen = () => { const n = r.int(300, 2600); const own = Math.floor(n * (0.2 + r() * 0.25)); const j = Math.floor(n * (0.15 + r() * 0.25)); return [n, own, j, own + j]; };
  for (const c of H) { c.rows = c.counties.map(() => gen()); c.tot = addUp(c.rows, 4); }
  const P = addUp(H.map((c) => c.tot), 4);
  const line = (nm, d, o) => s.row([nm, ...d, { v: rate(d[3], d[0]), z: '0.0' }], o);
  line('全省', P, { bold: true });
  const cityRows = [];
  for (const c of H) {
    cityRows.push(line(c.name, c.tot, { bold: true }));
    c.counties.forEach((nm, i) => line('　　' + nm, c.rows[i]));
  }
  const last = s.rows.length;
  s.row(['注：各市数据为所辖县（市、区）之和；覆盖企业数=单独建立党组织企业数+联合党组织覆盖企业数。']);
  s.table(h, last);
  await L.emit('w09_三级_市行在前含县', b, { sheet: '全省', cell: addr(2, cityRows[1]), kind: 'total', how: 'pct7', note: 'city subtotal row 非公企业数' });
}

async function w10() {
  // city heading rows without figures, counties, 小计 after each city, 总计 at bottom
  const r = L.rng(310);
  const b = new L.Book();
  const s = b.sheet('社会组织', { widths: [18, 12, 14, 12, 12] });
  s.row(['社会组织党组织覆盖情况统计表']); s.merge('A1:E1');
  s.row(['单位：个、%、名']);
  const h = s.row(['单位', '社会组织数', '已建立党组织的社会组织', '覆盖率(%)', '党员数']);
  const H = makeHier(r, 10, 3, 3, 4);
  const gen = () => { const n = r.int(90, 700); const c = Math.floor(n * (0.25 + r() * 0.45)); return [n, c, c * r.int(3, 7) + r.int(0, 20)]; };
  const line = (nm, d, o) => s.row([nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }, d[2]], o);
  const numer = ['一、', '二、', '三、', '四、'];
  const subs = []; const countyRows = [];
  H.forEach((c, ci) => {
    s.row([numer[ci] + c.name], { bold: true });
    c.rows = c.counties.map(() => gen());
    c.counties.forEach((nm, i) => countyRows.push(line(nm, c.rows[i])));
    c.tot = addUp(c.rows, 3);
    subs.push(line('小计', c.tot, { bold: true }));
  });
  const T = addUp(H.map((c) => c.tot), 3);
  const tr = line('总计', T, { bold: true });
  s.row(['说明：总计为各市小计之和。']);
  s.table(h, tr);
  await L.emit('w10_三级_市标题行县小计', b, { sheet: '社会组织', cell: addr(4, countyRows[4]), kind: 'rate', how: 'pct10', note: 'county 覆盖率' });
}

async function w11() {
  // one sheet per city + 全省汇总 sheet
  const r = L.rng(311);
  const b = new L.Book();
  const H = makeHier(r, 11, 4, 3, 6);
  const hdr = (s, title) => {
    s.row([title]); s.merge('A1:I1');
    s.row(['单位：家、个、%', null, null, null, null, null, null, '2024年底']);
    const h1 = s.row(['地区', '企业数', '单独建立党组织', null, null, '联合党组织', null, '覆盖企业数', '覆盖率（%）']);
    const h2 = s.row([null, null, '党委', '党总支', '党支部', '个数', '覆盖企业数', null, null]);
    s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:E${h1}`); s.merge(`F${h1}:G${h1}`); s.merge(`H${h1}:H${h2}`); s.merge(`I${h1}:I${h2}`);
    return h1;
  };
  const gen = () => {
    const n = r.int(200, 1900); const com = r.int(2, 20); const gb = r.int(3, 30); const br = Math.floor(n * (0.15 + r() * 0.2));
    const avail = n - com - gb - br; const jo = r.int(10, Math.min(60, Math.floor(avail / 2))); const jc = Math.min(avail, jo * r.int(2, 6));
    return [n, com, gb, br, jo, jc, com + gb + br + jc];
  };
  const line = (s, nm, d, o) => s.row([nm, ...d, { v: rate(d[6], d[0]), z: '0.0' }], o);
  const sum0 = b.sheet('全省汇总', { widths: [14, 10, 8, 8, 8, 8, 12, 12, 12] });
  for (const c of H) {
    const s = b.sheet(c.name, { widths: [14, 10, 8, 8, 8, 8, 12, 12, 12] });
    const h1 = hdr(s, c.name + '非公有制企业党组织覆盖情况');
    c.rows = c.counties.map(() => gen());
    c.counties.forEach((nm, i) => line(s, nm, c.rows[i]));
    c.tot = addUp(c.rows, 7);
    const tr = line(s, '合计', c.tot, { bold: true });
    s.table(h1, tr);
  }
  const h1 = hdr(sum0, '全省非公有制企业党组织覆盖情况汇总表');
  const P = addUp(H.map((c) => c.tot), 7);
  line(sum0, '全省', P, { bold: true });
  const cr = H.map((c) => line(sum0, c.name, c.tot));
  sum0.row(['注：各市数据取自分表合计行。']);
  sum0.table(h1, cr[cr.length - 1]);
  await L.emit('w11_三级_分市工作表加全省汇总', b, { sheet: '全省汇总', cell: addr(7, cr[2]), kind: 'total', how: 'pct10', note: 'city row 联合覆盖企业数 on summary sheet (also a repeated figure)' });
}

async function w12() {
  // 全省 first; each city row first as subtotal; counties numbered "1." including county-level cities (…市)
  const r = L.rng(312);
  const b = new L.Book();
  const s = b.sheet('两新党员', { widths: [18, 12, 12, 12, 12, 16] });
  s.row(['两新组织党员队伍情况统计表']); s.merge('A1:F1');
  s.row(['单位：名、%']);
  const h = s.row(['地区', '两新组织党员总数', '非公企业党员', '社会组织党员', '本年发展党员', '发展党员占党员总数比例（%）']);
  const countyPool = L.names(12).counties.map((x, i) => (i % 3 === 1 ? x.replace(/[县区]$/, '市') : x));
  const H = makeHier(r, 12, 3, 3, 4, countyPool);
  const gen = () => { const a = r.int(800, 6000); const c = r.int(150, 1500); const d = Math.floor((a + c) * (0.02 + r() * 0.03)); return [a + c, a, c, d]; };
  const line = (nm, d, o) => s.row([nm, ...d, { v: rate(d[3], d[0]), z: '0.0' }], o);
  for (const c of H) { c.rows = c.counties.map(() => gen()); c.tot = addUp(c.rows, 4); }
  line('全省', addUp(H.map((c) => c.tot), 4), { bold: true });
  const countyRows = [];
  for (const c of H) {
    line(c.name, c.tot, { bold: true });
    c.counties.forEach((nm, i) => countyRows.push(line(`${i + 1}.${nm}`, c.rows[i])));
  }
  const last = s.rows.length;
  s.row([`注：市行为所辖县（市、区）合计；${countyPool[1]}、${countyPool[4]}等为县级市。`]);
  s.table(h, last);
  await L.emit('w12_三级_县级市编号', b, { sheet: '两新党员', cell: addr(4, countyRows[5]), kind: 'part', how: 'plus7', note: '社会组织党员 in a county row' });
}

(async () => { await w09(); await w10(); await w11(); await w12(); L.saveManifest('gen3'); })().catch((e) => { console.error(e); process.exit(1); });
