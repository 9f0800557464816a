// province / city hierarchies with 省直/市本级, 党员 structure tables with 占比
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;
const colSums = (rows, from, to) => { const t = []; for (let c = from; c <= to; c++) t.push(sum(rows.map((x) => x[c]))); return t; };
function cov(r, eLo, eHi, oLo, oHi) { const e = r.int(eLo, eHi), ec = r.frac(e, 0.5, 0.9), o = r.int(oLo, oHi), oc = r.frac(o, 0.3, 0.85); return { e, ec, o, oc }; }
const mk2 = (x, d = 1) => [x.e, x.ec, rate(x.ec, x.e, d), x.o, x.oc, rate(x.oc, x.o, d)];
const tot = (arr) => ({ e: sum(arr.map((x) => x.e)), ec: sum(arr.map((x) => x.ec)), o: sum(arr.map((x) => x.o)), oc: sum(arr.map((x) => x.oc)) });
function hdr2(s, first) {
  const h1 = s.row([first, '非公有制企业', null, null, '社会组织', null, null]);
  const h2 = s.row([null, '企业数', '建立党组织企业数', '覆盖率（%）', '社会组织数', '建立党组织数', '覆盖率（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`); return [h1, h2];
}

async function p21() {
  // 全省 top, cities, then 省直机关 / 省属企业 rows
  const r = L.rng(921); const b = new L.Book(); const s = b.sheet('全省');
  s.row(['全省两新组织党组织覆盖情况（分市）']); s.merge('A1:G1');
  s.row(['单位：个、%']);
  const [h1] = hdr2(s, '地  区');
  const cities = L.names(21).cities.slice(0, 8).map((c) => ({ c, ...cov(r, 3000, 16000, 400, 2500) }));
  const zs = [{ c: '省直机关工委', ...cov(r, 40, 120, 300, 700) }, { c: '省国资委（省属企业）', ...cov(r, 60, 180, 10, 40) }];
  const T = tot([...cities, ...zs]);
  const tr = s.row(['全省', ...mk2(T)], { bold: true });
  const rows = [...cities, ...zs].map((x) => s.row([x.c, ...mk2(x)]));
  s.row(['注：省直机关工委、省国资委栏为其直接管理的两新组织，不含各市数据。']);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p21_全省在上_分市_省直省属行', b, { sheet: s.name, cell: addr(5, rows[8]), kind: 'count', what: '社会组织数 in 省直机关工委 row' });
}

async function p22() {
  // social orgs by 登记机关 level: 全省, 省本级（省级登记）, cities; 2-decimal
  const r = L.rng(922); const b = new L.Book(); const s = b.sheet('社会组织分级');
  s.row(['全省社会组织党建工作基本情况']); s.merge('A1:H1');
  const h = s.row(['登记管理机关', '社会组织数', '社会团体', '社会服务机构', '基金会', '已建立党组织数', '党组织覆盖率（%）', '党员数']);
  const units = ['省本级', ...L.names(22).cities.slice(0, 9)].map((c) => { const p = [r.int(200, 900), r.int(300, 1600), r.int(0, 60)]; const n = sum(p), cc = r.frac(n, 0.35, 0.75); return [c, n, ...p, cc, rate(cc, n, 2), cc * r.int(5, 12)]; });
  const T = colSums(units, 1, 7);
  const tr = s.row(['全省合计', T[0], T[1], T[2], T[3], T[4], rate(T[4], T[0], 2), T[6]], { bold: true });
  const rows = units.map((x) => s.row(x));
  s.table(h, rows[rows.length - 1]);
  await L.emit('p22_全省_省本级加各市_登记层级', b, { sheet: s.name, cell: addr(7, rows[0]), kind: 'rate', sign: 1, what: '省本级 覆盖率 +5' });
}

async function p23() {
  // city: 全市 top, 市本级, counties
  const r = L.rng(923); const b = new L.Book(); const s = b.sheet('全市');
  s.row(['全市两新组织党建工作统计表']); s.merge('A1:G1');
  s.row(['填报单位：中共江陵市委两新工委', null, null, null, '单位：个、%']);
  const [h1] = hdr2(s, '县（市、区）');
  const units = [{ c: '市本级', ...cov(r, 200, 600, 150, 400) }, ...L.names(23).counties.slice(0, 8).map((c) => ({ c, ...cov(r, 300, 2500, 50, 300) }))];
  const tr = s.row(['全市', ...mk2(tot(units))], { bold: true });
  const rows = units.map((x) => s.row([x.c, ...mk2(x)]));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p23_全市在上_市本级加县', b, { sheet: s.name, cell: addr(3, rows[0]), kind: 'count', what: '市本级 建立党组织企业数' });
}

async function p24() {
  // three levels: 全省, each city (subtotal) followed by 市本级 and its counties (indented)
  const r = L.rng(924); const b = new L.Book(); const s = b.sheet('分市县');
  s.row(['全省非公有制企业和社会组织党组织覆盖情况（分市县）']); s.merge('A1:G1');
  s.row(['单位：个、%']);
  const [h1] = hdr2(s, '地区');
  const nm = L.names(24); const cnt = nm.counties.slice(0, 12);
  const cities = nm.cities.slice(0, 3).map((c, i) => { const kids = [{ c: '市本级', ...cov(r, 100, 400, 40, 200) }, ...cnt.slice(i * 4, i * 4 + 4).map((k) => ({ c: k, ...cov(r, 200, 1500, 30, 200) }))]; return { c, kids, ...tot(kids) }; });
  const tr = s.row(['全省', ...mk2(tot(cities))], { bold: true });
  const kidRows = [];
  for (const ci of cities) { s.row([ci.c, ...mk2(ci)], { bold: true }); for (const k of ci.kids) kidRows.push(s.row(['　　' + k.c, ...mk2(k)])); }
  s.table(h1, s.rows.length);
  await L.emit('p24_三级_市小计加市本级加县_缩进', b, { sheet: s.name, cell: addr(2, kidRows[7]), kind: 'count', what: '企业数 in a county row of the 2nd city' });
}

async function p25() {
  // 党员 table: 其中 女/少数民族/35岁及以下/大专及以上 with 占比 columns (two-row header)
  const r = L.rng(925); const b = new L.Book(); const s = b.sheet('党员结构');
  s.row(['非公有制企业党员队伍结构情况']); s.merge('A1:J1');
  s.row(['单位：名、%']);
  const h1 = s.row(['县（市、区）', '党员总数', '其中：女', null, '少数民族', null, '35岁及以下', null, '大专及以上学历', null]);
  const h2 = s.row([null, null, '人数', '占比', '人数', '占比', '人数', '占比', '人数', '占比']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); for (const c of ['C', 'E', 'G', 'I']) s.merge(`${c}${h1}:${String.fromCharCode(c.charCodeAt(0) + 1)}${h1}`);
  const cs = L.names(25).counties.slice(0, 9);
  const raw = cs.map((t) => { const n = r.int(800, 6000), f = r.frac(n, 0.25, 0.42), m = r.frac(n, 0.01, 0.08), y = r.frac(n, 0.25, 0.45), e = r.frac(n, 0.45, 0.75); return [t, n, f, rate(f, n), m, rate(m, n), y, rate(y, n), e, rate(e, n)]; });
  const T = colSums(raw, 1, 9);
  const tr = s.row(['全市', T[0], T[1], rate(T[1], T[0]), T[3], rate(T[3], T[0]), T[5], rate(T[5], T[0]), T[7], rate(T[7], T[0])], { bold: true });
  const rows = raw.map((x) => s.row(x));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('p25_党员结构_其中女等_人数占比成对', b, { sheet: s.name, cell: addr(3, rows[3]), kind: 'count', what: '女 党员 count (占比 and total break)' });
}

async function p26() {
  // 党员 table: single header row with named shares
  const r = L.rng(926); const b = new L.Book(); const s = b.sheet('社会组织党员');
  s.row(['社会组织党员基本情况统计表']); s.merge('A1:I1');
  const h = s.row(['乡镇（街道）', '党员总数', '女党员', '女党员占比（%）', '少数民族党员', '少数民族党员占比（%）', '35岁及以下党员', '35岁及以下党员占比（%）', '大专及以上学历党员']);
  const towns = L.names(26).towns.slice(0, 11);
  const raw = towns.map((t) => { const n = r.int(30, 400), f = r.frac(n, 0.3, 0.55), m = r.frac(n, 0, 0.06), y = r.frac(n, 0.2, 0.4), e = r.frac(n, 0.5, 0.85); return [t, n, f, rate(f, n), m, rate(m, n), y, rate(y, n), e]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 8);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], rate(T[3], T[0]), T[5], rate(T[5], T[0]), T[7]], { bold: true });
  s.table(h, tr);
  await L.emit('p26_社会组织党员_命名占比列', b, { sheet: s.name, cell: addr(2, tr), kind: 'count', what: '党员总数 in 合计 row' });
}

async function p27() {
  // 党员 by social-org type rows, shares stored as fractions with percent format
  const r = L.rng(927); const b = new L.Book(); const s = b.sheet('按类型');
  s.row(['社会组织党员情况（按类型）']); s.merge('A1:G1');
  const h = s.row(['类型', '从业人员数', '党员数', '党员占从业人员比例', '35岁及以下党员', '35岁及以下党员占比', '流动党员']);
  const types = ['社会团体', '社会服务机构', '基金会'];
  const raw = types.map((t) => { const w = r.int(3000, 40000), pm = r.frac(w, 0.04, 0.12), y = r.frac(pm, 0.2, 0.45); return [t, w, pm, Math.round(rate(pm, w, 1) * 10) / 1000, y, Math.round(rate(y, pm, 1) * 10) / 1000, r.frac(pm, 0.05, 0.2)]; });
  const T = colSums(raw, 1, 6);
  const tr = s.row(['合计', T[0], T[1], Math.round(rate(T[1], T[0], 1) * 10) / 1000, T[3], Math.round(rate(T[3], T[1], 1) * 10) / 1000, T[5]], { bold: true });
  const rows = raw.map((x) => s.row(x));
  for (let rr = tr; rr <= rows[rows.length - 1]; rr++) { s.fmt(addr(4, rr), '0.0%'); s.fmt(addr(6, rr), '0.0%'); }
  s.table(h, rows[rows.length - 1]);
  // mark the rate cells so planting knows the percent format
  for (let rr = tr; rr <= rows[rows.length - 1]; rr++) for (const c of [4, 6]) s.set(addr(c, rr), { v: s.get(addr(c, rr)), z: '0.0%' });
  await L.emit('p27_党员按社会组织类型_百分比格式小数', b, { sheet: s.name, cell: addr(6, rows[1]), kind: 'rate', sign: 1, what: '35岁及以下党员占比 +5 points (0.xxx with 0.0%)' });
}

async function p28() {
  // 发展党员 with 其中 columns and shares
  const r = L.rng(928); const b = new L.Book(); const s = b.sheet('发展党员');
  s.row(['2024年两新组织发展党员情况']); s.merge('A1:J1');
  s.row(['单位：名、%']);
  const h1 = s.row(['县（市、区）', '年初党员数', '本年发展党员数', '发展党员占年初党员比例（%）', '其中：女', null, '35岁及以下', null, '生产经营一线', null]);
  const h2 = s.row([null, null, null, null, '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）']);
  for (const c of 'ABCD') s.merge(`${c}${h1}:${c}${h2}`); s.merge(`E${h1}:F${h1}`); s.merge(`G${h1}:H${h1}`); s.merge(`I${h1}:J${h1}`);
  const cs = L.names(28).counties.slice(0, 8);
  const raw = cs.map((t) => { const s0 = r.int(600, 4000), d = r.frac(s0, 0.02, 0.06), f = r.frac(d, 0.3, 0.5), y = r.frac(d, 0.6, 0.85), l = r.frac(d, 0.4, 0.7); return [t, s0, d, rate(d, s0), f, rate(f, d), y, rate(y, d), l, rate(l, d)]; });
  const rows = raw.map((x) => s.row(x));
  const T = colSums(raw, 1, 9);
  const tr = s.row(['合计', T[0], T[1], rate(T[1], T[0]), T[3], rate(T[3], T[1]), T[5], rate(T[5], T[1]), T[7], rate(T[7], T[1])], { bold: true });
  s.table(h1, tr);
  await L.emit('p28_发展党员_其中女青年一线_占比', b, { sheet: s.name, cell: addr(7, rows[4]), kind: 'count', what: '35岁及以下 发展党员 count' });
}

async function p29() {
  // CSV province: 全省 first, cities, 省属企业 row
  const r = L.rng(929); const b = new L.Book(); const s = b.sheet('p29');
  s.row(['地区', '非公有制企业数', '建立党组织企业数', '覆盖率(%)', '党员数', '无党员企业数', '选派党建指导员数']);
  const units = [...L.names(29).cities.slice(0, 7), '省属企业'].map((c) => { const e = r.int(2000, 20000), ec = r.frac(e, 0.5, 0.8), nm = r.frac(e - ec, 0.3, 0.7); return [c, e, ec, rate(ec, e), ec * r.int(6, 14), nm, r.frac(nm, 0.3, 0.6)]; });
  units[7][1] = r.int(90, 160); units[7][2] = units[7][1] - r.int(0, 5); units[7][3] = rate(units[7][2], units[7][1]); units[7][4] = units[7][2] * 30; units[7][5] = 0; units[7][6] = 0;
  const T = colSums(units, 1, 6);
  s.row(['全省', T[0], T[1], rate(T[1], T[0]), T[3], T[4], T[5]]);
  units.forEach((x) => s.row(x));
  await L.emit('p29_全省分市_省属企业_csv', b, { sheet: 'p29', cell: addr(6, 5), kind: 'count', what: '无党员企业数 in a city row' }, { csv: true });
}

async function p30() {
  // city table, 市本级 first, counties, 全市 at bottom; 单独/联合 columns
  const r = L.rng(930); const b = new L.Book(); const s = b.sheet('非公企业');
  s.row(['全市非公有制企业党组织覆盖情况']); s.merge('A1:H1');
  s.row(['单位：家、个、%']);
  const h1 = s.row(['地区', '企业数', '单独建立党组织', null, '联合建立党组织', null, '覆盖企业数', '覆盖率（%）']);
  const h2 = s.row([null, null, '党组织数', '覆盖企业数', '党组织数', '覆盖企业数', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:D${h1}`); s.merge(`E${h1}:F${h1}`); s.merge(`G${h1}:G${h2}`); s.merge(`H${h1}:H${h2}`);
  const units = ['市本级', ...L.names(30).counties.slice(0, 7)].map((c) => { const e = r.int(300, 2500), so = r.frac(e, 0.15, 0.3), jo = r.int(5, 40), jc = Math.min(e - so, jo * r.int(2, 6)); return [c, e, so, so, jo, jc, so + jc, rate(so + jc, e)]; });
  const rows = units.map((x) => s.row(x));
  const T = colSums(units, 1, 6);
  const tr = s.row(['全市', ...T, rate(T[5], T[0])], { bold: true });
  s.table(h1, tr);
  await L.emit('p30_市本级在前_全市在底_单独联合', b, { sheet: s.name, cell: addr(8, rows[5]), kind: 'rate', sign: 1, what: '覆盖率 +5 in a county row' });
}

(async () => { for (const f of [p21, p22, p23, p24, p25, p26, p27, p28, p29, p30]) await f(); L.saveManifest('gen3'); })();
