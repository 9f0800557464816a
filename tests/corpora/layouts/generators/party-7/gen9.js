// Category 10: total row first labelled with the area's own name; 合计 as a right-hand column with indicator rows
'use strict';
const L = require('./lib');
const { addr, sum, rate } = L;

async function w33() {
  // first row = county name (the total), towns below unindented
  const r = L.rng(933);
  const N = L.names(33);
  const county = N.counties[0];
  const b = new L.Book();
  const s = b.sheet(county, { widths: [14, 12, 14, 12, 12, 12, 12] });
  s.row([`${county}非公企业党组织“两个覆盖”情况统计表`]); s.merge('A1:G1');
  s.row(['单位：家、个、%']);
  const h1 = s.row(['单位', '非公企业数', '单独建立党组织', '联合党组织', null, '覆盖企业数', '党组织覆盖率（%）']);
  const h2 = s.row([null, null, null, '个数', '覆盖企业数', null, null]);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:B${h2}`); s.merge(`C${h1}:C${h2}`); s.merge(`D${h1}:E${h1}`); s.merge(`F${h1}:F${h2}`); s.merge(`G${h1}:G${h2}`);
  const towns = N.towns.slice(0, 11);
  const data = towns.map(() => { const n = r.int(25, 300); const own = Math.floor(n * (0.08 + r() * 0.2)); const jo = r.int(1, 6); const jc = Math.min(n - own, jo * r.int(2, 6)); return [n, own, jo, jc, own + jc]; });
  const line = (nm, d, o) => s.row([nm, ...d, { v: rate(d[4], d[0]), z: '0.0' }], o);
  const T = [0, 1, 2, 3, 4].map((k) => sum(data.map((d) => d[k])));
  const tr = line(county, T, { bold: true });
  const rows = data.map((d, i) => line(towns[i], d));
  s.table(h1, rows[rows.length - 1]);
  await L.emit('w33_县名作合计行在上', b, { sheet: county, cell: addr(4, rows[6]), kind: 'part', how: 'plus7', note: '联合党组织个数 in a town row (breaks total and jc>=2*jo)' });
}

async function w34() {
  // indicators as rows, towns as columns, 合计 column on the right
  const r = L.rng(934);
  const N = L.names(34);
  const b = new L.Book();
  const towns = N.towns.slice(0, 7);
  const s = b.sheet('分乡镇', { widths: [26, ...towns.map(() => 10), 10] });
  s.row([`${N.counties[0]}非公企业党建工作情况（分乡镇）`]); s.merge(`A1:${addr(towns.length + 2, 1).replace(/\d+/, '')}1`);
  const h = s.row(['指标', ...towns, '合计']);
  const cols = towns.map(() => {
    const n = r.int(30, 260); const own = Math.floor(n * (0.08 + r() * 0.2)); const jc = Math.floor(n * (0.1 + r() * 0.25));
    return { n, own, jc, cov: own + jc, mem: own * r.int(4, 8) + jc, ins: r.int(1, 12) };
  });
  const T = {}; for (const k of ['n', 'own', 'jc', 'cov', 'mem', 'ins']) T[k] = sum(cols.map((c) => c[k]));
  const all = [...cols, T];
  const rr = {};
  rr.n = s.row(['非公企业数（家）', ...all.map((c) => c.n)]);
  rr.cov = s.row(['党组织覆盖企业数（家）', ...all.map((c) => c.cov)]);
  rr.own = s.row(['  其中：单独建立党组织企业数', ...all.map((c) => c.own)]);
  rr.jc = s.row(['        联合党组织覆盖企业数', ...all.map((c) => c.jc)]);
  rr.rate = s.row(['党组织覆盖率（%）', ...all.map((c) => ({ v: rate(c.cov, c.n), z: '0.0' }))]);
  rr.mem = s.row(['党员数（名）', ...all.map((c) => c.mem)]);
  rr.ins = s.row(['党建工作指导员（名）', ...all.map((c) => c.ins)]);
  s.table(h, rr.ins);
  await L.emit('w34_指标行乡镇列合计在右', b, { sheet: '分乡镇', cell: addr(towns.length + 2, rr.rate), kind: 'rate', how: 'pct7', note: '合计 column 覆盖率 (recomputed from totals)' });
}

async function w35() {
  // first row = city name (total), then its districts and county-level cities; 2 periods side by side with change
  const r = L.rng(935);
  const N = L.names(35);
  const city = N.cities[0];
  const b = new L.Book();
  const s = b.sheet('Sheet1', { widths: [14, 10, 10, 10, 10, 10, 10] });
  s.row([`${city}社会组织党组织覆盖率变化情况`]); s.merge('A1:G1');
  const h1 = s.row(['地区', '2023年底', null, null, '2024年底', null, null]);
  const h2 = s.row([null, '社会组织数', '覆盖数', '覆盖率（%）', '社会组织数', '覆盖数', '覆盖率（%）']);
  s.merge(`A${h1}:A${h2}`); s.merge(`B${h1}:D${h1}`); s.merge(`E${h1}:G${h1}`);
  const areas = N.counties.slice(0, 7).map((x, i) => (i === 2 || i === 5 ? x.replace(/[县区]$/, '市') : x));
  const data = areas.map(() => { const a = r.int(80, 500); const ac = Math.floor(a * (0.3 + r() * 0.3)); const b2 = a + r.int(-10, 40); const bc = Math.min(b2, ac + r.int(0, 40)); return [a, ac, b2, bc]; });
  const line = (nm, d, o) => s.row([nm, d[0], d[1], { v: rate(d[1], d[0]), z: '0.0' }, d[2], d[3], { v: rate(d[3], d[2]), z: '0.0' }], o);
  const T = [0, 1, 2, 3].map((k) => sum(data.map((d) => d[k])));
  const tr = line(city, T, { bold: true });
  const rows = data.map((d, i) => line(areas[i], d));
  s.row([`注：${areas[2]}、${areas[5]}为县级市。`]);
  s.table(h1, rows[rows.length - 1]);
  await L.emit('w35_市名作合计行两期', b, { sheet: 'Sheet1', cell: addr(5, tr), kind: 'total', how: 'pct7', note: 'city-name total row 2024 社会组织数' });
}

async function w36() {
  // indicators with 其中 rows, 社会组织类型 columns, 合计 column on the right
  const r = L.rng(936);
  const N = L.names(36);
  const b = new L.Book();
  const s = b.sheet('分类型', { widths: [24, 12, 16, 10, 10] });
  s.row([`${N.counties[0]}社会组织党的建设基本情况（按类型分）`]); s.merge('A1:E1');
  s.row(['单位：个、名、%']);
  const h = s.row(['项目', '社会团体', '民办非企业单位', '基金会', '合计']);
  const types = [0, 1, 2].map((i) => {
    const n = i === 2 ? r.int(3, 9) : r.int(60, 300);
    const com = i === 2 ? 0 : r.int(0, 3); const gen = i === 2 ? 0 : r.int(0, 4); const br = i === 2 ? r.int(1, 2) : r.int(10, 50);
    const built = br - com - gen; // each 党委/党总支 has two of the 党支部 beneath it; the rest are stand-alone
    const mem = br * r.int(4, 8);
    return { n, com, gen, br, orgs: com + gen + br, built: Math.min(built, n), mem };
  });
  const T = {}; for (const k of ['n', 'com', 'gen', 'br', 'orgs', 'built', 'mem']) T[k] = sum(types.map((c) => c[k]));
  const all = [...types, T];
  const rr = {};
  rr.n = s.row(['社会组织数', ...all.map((c) => c.n)]);
  rr.built = s.row(['已建立党组织的社会组织数', ...all.map((c) => c.built)]);
  rr.rate = s.row(['党组织覆盖率（%）', ...all.map((c) => ({ v: rate(c.built, c.n), z: '0.0' }))]);
  rr.orgs = s.row(['党组织数', ...all.map((c) => c.orgs)]);
  rr.com = s.row(['  其中：党委', ...all.map((c) => c.com)]);
  rr.gen = s.row(['        党总支', ...all.map((c) => c.gen)]);
  rr.br = s.row(['        党支部', ...all.map((c) => c.br)]);
  rr.mem = s.row(['党员数', ...all.map((c) => c.mem)]);
  s.row(['注：党组织数含党委下设党支部。']);
  s.table(h, rr.mem);
  await L.emit('w36_其中行类型列合计在右', b, { sheet: '分类型', cell: addr(3, rr.br), kind: 'part', how: 'pct10', note: '民办非企业单位 党支部 (breaks 党组织数=党委+总支+支部 and 合计 column)' });
}

(async () => { await w33(); await w34(); await w35(); await w36(); L.saveManifest('gen9'); })().catch((e) => { console.error(e); process.exit(1); });
