// Generator of clean + planted yearbook balance/flow tables for statlint testing.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes clean/, planted/ and manifest.json under the folder given (default /tmp/round40-b); the corpus keeps the clean
// files that statlint checks.
const OUT = process.argv[2] || '/tmp/round40-b';
for (const sub of ['clean', 'planted']) fs.mkdirSync(path.join(OUT, sub), { recursive: true });

// ---------- helpers ----------
let seed = 40;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ru(a, b) { return a + (b - a) * rnd(); }
function R(x, d) { const f = Math.pow(10, d); const v = Math.round(Math.abs(x) * f + 1e-7) / f; return x < 0 ? -v : v; }
const N = (v, d) => ({ v: R(v, d), d });           // numeric cell
const sumv = (arr, d) => R(arr.reduce((s, x) => s + x, 0), d);
const g = (cur, prev, d = 1) => R((cur / prev - 1) * 100, d);
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const val = (c) => (c && typeof c === 'object') ? c.v : (typeof c === 'number' ? c : 0);

// spec: {title, unit, headers:[[..]], merges:[..], rows:[[label, cells...]], notes:[], dec, fmtThousands}
function writeSheet(ws, spec) {
  const rowNums = [];
  let r = 1;
  if (spec.title) { ws.getCell(r, 1).value = spec.title; if (spec.titleMerge) ws.mergeCells(r, 1, r, spec.titleMerge); r++; }
  if (spec.unit) { const uc = spec.unitCol || 1; ws.getCell(r, uc).value = spec.unit; r++; }
  const hdrStart = r;
  for (const h of spec.headers || []) { h.forEach((x, i) => { if (x !== null && x !== undefined) ws.getCell(r, i + 1).value = x; }); r++; }
  for (const m of spec.merges || []) ws.mergeCells(m[0] + hdrStart - 1, m[1], m[2] + hdrStart - 1, m[3]);
  for (const row of spec.rows) {
    rowNums.push(r);
    row.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      if (c === null || c === undefined) return;
      if (typeof c === 'object') {
        cell.value = c.v;
        const z = c.d > 0 ? '0.' + '0'.repeat(c.d) : '0';
        cell.numFmt = spec.thousands ? '#,##' + z : z;
      } else cell.value = c;
    });
    r++;
  }
  for (const n of spec.notes || []) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 34;
  return rowNums;
}
function csvText(spec) {
  const lines = [];
  const esc = (s) => /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  if (spec.title) lines.push(esc(spec.title));
  if (spec.unit) lines.push(esc(spec.unit));
  for (const h of spec.headers || []) lines.push(h.map((x) => esc(x == null ? '' : String(x))).join(','));
  for (const row of spec.rows) lines.push(row.map((c) => c == null ? '' : typeof c === 'object' ? c.v.toFixed(c.d) : esc(String(c))).join(','));
  for (const n of spec.notes || []) lines.push(esc(n));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
async function emit(dir, wbdef) {
  const file = path.join(dir, wbdef.name + (wbdef.csv ? '.csv' : '.xlsx'));
  const addr = {};
  if (wbdef.csv) {
    const spec = wbdef.sheets[0].spec;
    fs.writeFileSync(file, csvText(spec));
    // row numbers in CSV
    let r = 1 + (spec.title ? 1 : 0) + (spec.unit ? 1 : 0) + (spec.headers || []).length;
    addr[wbdef.sheets[0].name] = spec.rows.map((_, i) => r + i);
  } else {
    const wb = new ExcelJS.Workbook();
    for (const s of wbdef.sheets) { const ws = wb.addWorksheet(s.name); addr[s.name] = writeSheet(ws, s.spec); }
    await wb.xlsx.writeFile(file);
  }
  return { file, addr };
}

const PROV = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'];
const CITIES = ['成都市', '自贡市', '攀枝花市', '泸州市', '德阳市', '绵阳市', '广元市', '遂宁市', '内江市', '乐山市', '南充市', '眉山市', '宜宾市', '广安市', '达州市'];
const W = [];

// ---------- energy balance (standard coal) ----------
function energyStd(years, d, signedNeg) {
  const cols = years.map((y, i) => {
    const k = 1 + 0.04 * i;
    const prod = R(ru(8000, 9000) * k, d), inn = R(ru(3000, 4500) * k, d), imp = R(ru(500, 1200), d);
    const out = R(ru(2000, 3000), d), exp = R(ru(100, 300), d), stock = R(ru(-150, 150), d);
    const avail = R(prod + inn + imp - out - exp + stock, d);
    const diffT = ru(-40, 40);
    const shares = [0.02, 0.66, 0.02, 0.09, 0.04, 0.05, 0.12];
    const parts = shares.map((s) => R((avail - diffT) * s * ru(0.97, 1.03), d));
    const cons = sumv(parts, d);
    const raw = R(parts[1] * ru(0.1, 0.2), d);
    const diff = R(avail - cons, d);
    return { prod, inn, imp, out, exp, stock, avail, parts, cons, raw, diff };
  });
  const neg = (x) => signedNeg ? -x : x;
  const rows = [
    ['一、可供本地区消费的能源量', ...cols.map((c) => N(c.avail, d))],
    ['    1.一次能源生产量', ...cols.map((c) => N(c.prod, d))],
    ['    2.外省（区、市）调入量', ...cols.map((c) => N(c.inn, d))],
    ['    3.进口量', ...cols.map((c) => N(c.imp, d))],
    ['    4.本省（区、市）调出量(-)', ...cols.map((c) => N(neg(c.out), d))],
    ['    5.出口量(-)', ...cols.map((c) => N(neg(c.exp), d))],
    ['    6.年初年末库存增(-)减(+)量', ...cols.map((c) => N(c.stock, d))],
    ['二、能源消费总量', ...cols.map((c) => N(c.cons, d))],
    ['    1.农、林、牧、渔业', ...cols.map((c) => N(c.parts[0], d))],
    ['    2.工业', ...cols.map((c) => N(c.parts[1], d))],
    ['        其中：用作原料、材料', ...cols.map((c) => N(c.raw, d))],
    ['    3.建筑业', ...cols.map((c) => N(c.parts[2], d))],
    ['    4.交通运输、仓储和邮政业', ...cols.map((c) => N(c.parts[3], d))],
    ['    5.批发和零售业、住宿和餐饮业', ...cols.map((c) => N(c.parts[4], d))],
    ['    6.其他', ...cols.map((c) => N(c.parts[5], d))],
    ['    7.居民生活', ...cols.map((c) => N(c.parts[6], d))],
    ['三、平衡差额', ...cols.map((c) => N(c.diff, d))],
  ];
  return rows;
}
W.push({ name: 'w01_能源平衡表_标准量_负号', plant: { sheet: '3-1', r: 16, c: 3, f: (x) => R(x + 100, 2) }, sheets: [{ name: '3-1', spec: {
  title: '3-1  能源平衡表（标准量）', unit: '单位：万吨标准煤',
  headers: [['项    目', '2019年', '2020年', '2021年', '2022年', '2023年']],
  rows: energyStd([2019, 2020, 2021, 2022, 2023], 2, true), notes: ['注：平衡差额＝可供本地区消费的能源量－能源消费总量。'] } }] });
W.push({ name: 'w02_能源平衡表_标准量_正数减项', plant: { sheet: 'Sheet1', r: 0, c: 4, f: (x) => R(x + 50, 2) }, sheets: [{ name: 'Sheet1', spec: {
  title: '能源平衡表（标准量） Energy Balance Sheet (Standard Coal Equivalent)', unit: '单位：万吨标准煤 (10 000 tce)',
  headers: [['项    目  Item', '2019', '2020', '2021', '2022', '2023']],
  rows: energyStd([2019, 2020, 2021, 2022, 2023], 2, false) } }] });

// ---------- energy balance physical, transposed (kinds as columns) ----------
function energyPhys() {
  const kinds = [['原煤', '万吨'], ['洗精煤', '万吨'], ['焦炭', '万吨'], ['原油', '万吨'], ['汽油', '万吨'], ['煤油', '万吨'], ['柴油', '万吨'], ['燃料油', '万吨'], ['天然气', '亿立方米'], ['电力', '亿千瓦时']];
  const d = 2;
  const K = {};
  const base = { 原煤: 20000, 洗精煤: 1500, 焦炭: 800, 原油: 1200, 汽油: 300, 煤油: 60, 柴油: 400, 燃料油: 100, 天然气: 150, 电力: 600 };
  for (const [k] of kinds) {
    const b = base[k];
    const prod = ['原煤', '原油', '天然气', '电力'].includes(k) ? R(b * ru(0.6, 0.9), d) : 0;
    const inn = R(b * ru(0.2, 0.5), d), imp = ['原煤', '原油', '天然气'].includes(k) ? R(b * ru(0.05, 0.2), d) : 0;
    const out = R(b * ru(0.1, 0.3), d), exp = k === '焦炭' ? R(b * 0.05, d) : 0, stock = R(b * ru(-0.02, 0.02), d);
    const avail = R(prod + inn + imp - out - exp + stock, d);
    K[k] = { prod, inn, imp, out, exp, stock, avail, tr: [0, 0, 0, 0, 0, 0] };
  }
  // transformation subrows: 火力发电, 供热, 洗选煤, 炼焦, 炼油及煤制油, 制气
  const t = (k, i, v) => { K[k].tr[i] = R(v, d); };
  const rc = K['原煤'].avail;
  t('原煤', 0, -rc * 0.45); t('原煤', 1, -rc * 0.08); t('原煤', 2, -rc * 0.2); t('原煤', 3, -rc * 0.04);
  t('洗精煤', 2, rc * 0.2 * 0.7); t('洗精煤', 3, -(K['洗精煤'].avail + rc * 0.14) * 0.8);
  t('焦炭', 3, (K['洗精煤'].avail + rc * 0.14) * 0.8 * 0.75);
  const oil = K['原油'].avail; t('原油', 4, -oil * 0.97);
  t('汽油', 4, oil * 0.2); t('煤油', 4, oil * 0.05); t('柴油', 4, oil * 0.3); t('燃料油', 4, oil * 0.04); t('燃料油', 0, -K['燃料油'].avail * 0.1);
  t('天然气', 0, -K['天然气'].avail * 0.2); t('天然气', 1, -K['天然气'].avail * 0.05); t('天然气', 5, -K['天然气'].avail * 0.01);
  t('电力', 0, rc * 0.45 * 0.2);
  for (const [k] of kinds) {
    const o = K[k];
    o.trT = sumv(o.tr, d);
    o.loss = R(Math.max(0.5, (o.avail + o.trT) * ru(0.005, 0.02)), d);
    const left = o.avail + o.trT - o.loss;
    const diffT = left * ru(-0.01, 0.01);
    const sh = [0.02, 0.7, 0.02, 0.1, 0.04, 0.04, 0.08];
    o.parts = sh.map((s) => R((left - diffT) * s * ru(0.95, 1.05), d));
    o.fin = sumv(o.parts, d);
    o.raw = R(o.parts[1] * 0.12, d);
    o.diff = R(o.avail + o.trT - o.loss - o.fin, d);
  }
  const z = (x) => (x === 0 ? '-' : N(x, d));
  const row = (label, f) => [label, ...kinds.map(([k]) => z(f(K[k])))];
  return {
    kinds, rows: [
      row('一、可供本地区消费的能源量', (o) => o.avail),
      row('    1.一次能源生产量', (o) => o.prod),
      row('    2.外省（区、市）调入量', (o) => o.inn),
      row('    3.进口量', (o) => o.imp),
      row('    4.本省（区、市）调出量(-)', (o) => -o.out),
      row('    5.出口量(-)', (o) => -o.exp),
      row('    6.年初年末库存增(-)减(+)量', (o) => o.stock),
      row('二、加工转换投入(-)产出(+)量', (o) => o.trT),
      row('    1.火力发电', (o) => o.tr[0]),
      row('    2.供热', (o) => o.tr[1]),
      row('    3.洗选煤', (o) => o.tr[2]),
      row('    4.炼焦', (o) => o.tr[3]),
      row('    5.炼油及煤制油', (o) => o.tr[4]),
      row('    6.制气', (o) => o.tr[5]),
      row('三、损失量', (o) => o.loss),
      row('四、终端消费量', (o) => o.fin),
      row('    1.农、林、牧、渔业', (o) => o.parts[0]),
      row('    2.工业', (o) => o.parts[1]),
      row('        #用作原料、材料', (o) => o.raw),
      row('    3.建筑业', (o) => o.parts[2]),
      row('    4.交通运输、仓储和邮政业', (o) => o.parts[3]),
      row('    5.批发和零售业、住宿和餐饮业', (o) => o.parts[4]),
      row('    6.其他', (o) => o.parts[5]),
      row('    7.居民生活', (o) => o.parts[6]),
      row('五、平衡差额', (o) => o.diff),
    ],
  };
}
{
  const p = energyPhys();
  W.push({ name: 'w03_能源平衡表_实物量_品种列', plant: { sheet: '能源平衡表(实物量)', r: 7, c: 1, f: (x) => R(x - 300, 2) }, sheets: [{ name: '能源平衡表(实物量)', spec: {
    title: '3-2  能源平衡表（实物量）（2023年）', titleMerge: 11,
    headers: [['项    目', ...p.kinds.map((k) => k[0])], ['', ...p.kinds.map((k) => k[1])]], merges: [[1, 1, 2, 1]],
    rows: p.rows, notes: ['注：平衡差额＝可供本地区消费的能源量＋加工转换投入(-)产出(+)量－损失量－终端消费量。'] } }] });
}

// ---------- water resources by region ----------
function waterRegion(nprov, d) {
  const provs = PROV.slice(0, nprov);
  const data = provs.map((p) => {
    const s = R(ru(20, 2500), d), gw = R(ru(10, 600), d), dup = R(gw * ru(0.5, 0.95), d);
    const tot = R(s + gw - dup, d); const pop = R(ru(300, 10000), 0);
    return { p, s, gw, dup, tot, pop, pc: R(tot * 1e4 / pop, 2) };
  });
  const T = { p: '全  国', s: sumv(data.map((x) => x.s), d), gw: sumv(data.map((x) => x.gw), d), dup: sumv(data.map((x) => x.dup), d), pop: data.reduce((a, x) => a + x.pop, 0) };
  T.tot = sumv(data.map((x) => x.tot), d); T.pc = R(T.tot * 1e4 / T.pop, 2);
  return [T, ...data].map((x) => [x.p, N(x.tot, d), N(x.s, d), N(x.gw, d), N(x.dup, d), N(x.pc, 2)]);
}
W.push({ name: 'w04_水资源_分地区', plant: { sheet: '8-1', r: 5, c: 3, f: (x) => R(x + 12.3, 1) }, sheets: [{ name: '8-1', spec: {
  title: '8-1  分地区水资源情况（2023年）', unit: '单位：亿立方米',
  headers: [['地  区', '水资源总量', '地表水资源量', '地下水资源量', '地表水与地下水资源重复量', '人均水资源量（立方米/人）']],
  rows: waterRegion(31, 1), notes: ['资料来源：水利部。'] } }] });
W.push({ name: 'w29_水资源_分地区', csv: true, plant: { sheet: 'csv', r: 0, c: 1, f: (x) => R(x + 20, 1) }, sheets: [{ name: 'csv', spec: {
  title: '分地区水资源情况', unit: '单位：亿立方米',
  headers: [['地区', '水资源总量', '地表水资源量', '地下水资源量', '地表水与地下水资源重复量', '人均水资源量(立方米/人)']],
  rows: waterRegion(31, 1) } }] });

// ---------- water resources transposed with 减： ----------
{
  const yrs = [2018, 2019, 2020, 2021, 2022, 2023];
  const c = yrs.map(() => { const s = R(ru(26000, 30000), 1), gw = R(ru(7800, 8600), 1), dup = R(gw * ru(0.85, 0.9), 1); return { s, gw, dup, tot: R(s + gw - dup, 1), pr: R(ru(60000, 66000), 1) }; });
  W.push({ name: 'w05_水资源总量_减重复', sheets: [{ name: '水资源', spec: {
    title: '全国水资源总量', unit: '单位：亿立方米',
    headers: [['指  标', ...yrs.map((y) => y + '年')]],
    rows: [['降水量', ...c.map((x) => N(x.pr, 1))], ['地表水资源量', ...c.map((x) => N(x.s, 1))], ['地下水资源量', ...c.map((x) => N(x.gw, 1))],
      ['减：地表水与地下水资源重复量', ...c.map((x) => N(x.dup, 1))], ['水资源总量', ...c.map((x) => N(x.tot, 1))]] } }] });
}

// ---------- 供用水 by region, two-row header ----------
{
  const d = 1;
  const data = PROV.slice(0, 31).map((p) => {
    const uses = [ru(20, 400), ru(2, 150), ru(5, 80), ru(1, 30)].map((x) => R(x, d));
    const tot = sumv(uses, d);
    const gw = R(tot * ru(0.05, 0.4), d), oth = R(tot * ru(0.01, 0.05), d), sf = R(tot - gw - oth, d);
    const pop = ru(300, 10000);
    return { p, uses, tot, sf, gw, oth, pc: R(tot * 1e4 / pop, 1), pop };
  });
  const T = { p: '全国', uses: [0, 1, 2, 3].map((i) => sumv(data.map((x) => x.uses[i]), d)), tot: sumv(data.map((x) => x.tot), d), sf: sumv(data.map((x) => x.sf), d), gw: sumv(data.map((x) => x.gw), d), oth: sumv(data.map((x) => x.oth), d) };
  T.pc = R(T.tot * 1e4 / data.reduce((a, x) => a + x.pop, 0), 1);
  const rows = [T, ...data].map((x) => [x.p, N(x.tot, d), N(x.sf, d), N(x.gw, d), N(x.oth, d), ...x.uses.map((u) => N(u, d)), N(x.pc, 1)]);
  W.push({ name: 'w06_供用水_分地区_两行表头', plant: { sheet: '供水用水', r: 9, c: 5, f: (x) => R(x + 8.8, 1) }, sheets: [{ name: '供水用水', spec: {
    title: '各地区供水用水情况（2023年）', unit: '单位：亿立方米',
    headers: [['地  区', '供（用）水总量', '供水量', null, null, '用水量', null, null, null, '人均用水量'],
      [null, null, '地表水', '地下水', '其他', '农业', '工业', '生活', '人工生态环境补水', '（立方米）']],
    merges: [[1, 1, 2, 1], [1, 2, 2, 2], [1, 3, 1, 5], [1, 6, 1, 9]],
    rows } }] });
}
// ---------- 用水 by year with shares ----------
{
  const rows = [];
  for (let y = 2014; y <= 2023; y++) {
    const u = [R(ru(3600, 3800), 1), R(ru(950, 1350), 1), R(ru(760, 910), 1), R(ru(100, 320), 1)];
    const t = sumv(u, 1);
    rows.push([String(y), N(t, 1), ...u.map((x) => N(x, 1)), ...u.map((x) => N(x / t * 100, 1))]);
  }
  W.push({ name: 'w07_用水量_年度_构成', plant: { sheet: '用水', r: 4, c: 6, f: (x) => R(x + 3, 1) }, sheets: [{ name: '用水', spec: {
    title: '全国用水总量及构成', headers: [['年  份', '用水总量(亿立方米)', '农业用水', '工业用水', '生活用水', '人工生态环境补水', '农业用水占比(%)', '工业用水占比(%)', '生活用水占比(%)', '生态补水占比(%)']],
    rows, notes: ['注：占比为占用水总量的百分比。'] } }] });
}

// ---------- 入境游客 years ----------
function inbound(y0, y1) {
  const rows = []; let prev = null;
  for (let y = y0; y <= y1; y++) {
    const p = [R(ru(2500, 3200), 2), R(ru(7800, 8100), 2), R(ru(2000, 2600), 2), R(ru(500, 620), 2)];
    const t = sumv(p, 2);
    rows.push([String(y), N(t, 2), ...p.map((x) => N(x, 2)), prev == null ? '…' : N(g(t, prev), 1)]);
    prev = t;
  }
  return rows;
}
W.push({ name: 'w08_入境游客_年度', plant: { sheet: '17-2', r: 4, c: 3, f: (x) => R(x + 40, 2) }, sheets: [{ name: '17-2', spec: {
  title: '17-2  入境游客人数', unit: '单位：万人次',
  headers: [['年  份', '入境游客', '外国人', '香港同胞', '澳门同胞', '台湾同胞', '入境游客比上年增长(%)']],
  rows: inbound(2010, 2019) } }] });
W.push({ name: 'w30_入境游客_年度', csv: true, plant: { sheet: 'csv', r: 6, c: 6, f: (x) => R(x + 2.5, 1) }, sheets: [{ name: 'csv', spec: {
  title: '入境游客人数(万人次)',
  headers: [['年份', '入境游客', '外国人', '香港同胞', '澳门同胞', '台湾同胞', '入境游客增长(%)']],
  rows: inbound(2010, 2019) } }] });

// ---------- 入境 transposed with unit column, bilingual ----------
{
  const a = [0, 1].map(() => [R(ru(2500, 3200), 2), R(ru(7800, 8100), 2), R(ru(2000, 2600), 2), R(ru(500, 620), 2)]);
  const t = a.map((p) => sumv(p, 2));
  const on = t.map((x) => R(x * ru(0.4, 0.5), 2));
  const fx = [R(ru(300, 400), 2), R(ru(400, 500), 2)];
  const row = (lab, u, v0, v1, d) => [lab, u, N(v0, d), N(v1, d), N(g(v1, v0), 1)];
  W.push({ name: 'w09_入境旅游_转置_单位列_双语', plant: { sheet: 'Inbound', r: 2, c: 4, f: (x) => R(x + 4, 1) }, sheets: [{ name: 'Inbound', spec: {
    title: '入境旅游主要指标  Main Indicators of Inbound Tourism',
    headers: [['指  标  Item', '单位 Unit', '2022', '2023', '2023年比上年增长(%) Growth']],
    rows: [row('入境游客 Inbound Visitors', '万人次', t[0], t[1], 2),
      row('    其中：过夜游客 Overnight', '万人次', on[0], on[1], 2),
      row('    外国人 Foreigners', '万人次', a[0][0], a[1][0], 2),
      row('    香港同胞 Hong Kong Compatriots', '万人次', a[0][1], a[1][1], 2),
      row('    澳门同胞 Macao Compatriots', '万人次', a[0][2], a[1][2], 2),
      row('    台湾同胞 Taiwan Compatriots', '万人次', a[0][3], a[1][3], 2),
      row('国际旅游外汇收入 Foreign Exchange Earnings', '亿美元', fx[0], fx[1], 2)] } }] });
}

// ---------- foreigners by continent/country ----------
{
  const cont = [['亚洲', ['日本', '韩国', '蒙古', '菲律宾', '泰国', '马来西亚', '新加坡', '印度', '其他']], ['非洲', null], ['欧洲', ['英国', '法国', '德国', '俄罗斯', '其他']], ['美洲', ['#美国', '#加拿大']], ['大洋洲', ['澳大利亚', '新西兰', '其他']], ['其他', null]];
  const yrs = [0, 1];
  const rows = []; const tot = [0, 0]; const body = [];
  for (const [c, subs] of cont) {
    if (subs && subs[0].startsWith('#')) {
      const v = yrs.map(() => R(ru(200, 300), 2)); const s1 = v.map((x) => R(x * 0.6, 2)), s2 = v.map((x) => R(x * 0.25, 2));
      body.push([c, ...v.map((x) => N(x, 2)), N(g(v[1], v[0]), 1)]);
      body.push(['    其中：美国', ...s1.map((x) => N(x, 2)), N(g(s1[1], s1[0]), 1)]);
      body.push(['          加拿大', ...s2.map((x) => N(x, 2)), N(g(s2[1], s2[0]), 1)]);
      v.forEach((x, i) => { tot[i] += x; });
    } else if (subs) {
      const sv = subs.map(() => yrs.map(() => R(ru(10, 300), 2)));
      const v = yrs.map((i) => sumv(sv.map((s) => s[i]), 2));
      body.push([c, ...v.map((x) => N(x, 2)), N(g(v[1], v[0]), 1)]);
      subs.forEach((s, j) => body.push(['    ' + s, ...sv[j].map((x) => N(x, 2)), N(g(sv[j][1], sv[j][0]), 1)]));
      v.forEach((x, i) => { tot[i] += x; });
    } else {
      const v = yrs.map(() => R(ru(20, 80), 2)); body.push([c, ...v.map((x) => N(x, 2)), N(g(v[1], v[0]), 1)]); v.forEach((x, i) => { tot[i] += x; });
    }
  }
  const T = tot.map((x) => R(x, 2));
  rows.push(['总  计', ...T.map((x) => N(x, 2)), N(g(T[1], T[0]), 1)], ...body);
  W.push({ name: 'w10_入境外国人_分洲国别', plant: { sheet: '17-4', r: 19, c: 2, f: (x) => R(x * 1.9, 2) }, sheets: [{ name: '17-4', spec: {
    title: '17-4  入境外国游客人数（按国别分）', unit: '单位：万人次', headers: [['国  别', '2022年', '2023年', '2023年比上年增长(%)']], rows } }] });
}

// ---------- 旅游外汇收入 构成 ----------
{
  const items = ['长途交通', '    民航', '    铁路', '    汽车', '    轮船', '游览', '住宿', '餐饮', '商品销售', '娱乐', '邮电通讯', '市内交通', '其他服务'];
  const v = [0, 1].map(() => { const sub = [ru(3000, 5000), ru(500, 900), ru(300, 600), ru(50, 150)].map((x) => R(x, 2)); const rest = [ru(1000, 2000), ru(3000, 5000), ru(2000, 3000), ru(5000, 8000), ru(800, 1500), ru(300, 500), ru(300, 600), ru(1500, 3000)].map((x) => R(x, 2)); const lt = sumv(sub, 2); const all = [lt, ...sub, ...rest]; return { all, tot: sumv([lt, ...rest], 2) }; });
  const rows = [['总  计', N(v[0].tot, 2), N(v[1].tot, 2), N(100, 2), N(g(v[1].tot, v[0].tot), 2)]];
  items.forEach((it, i) => rows.push([it, N(v[0].all[i], 2), N(v[1].all[i], 2), N(v[1].all[i] / v[1].tot * 100, 2), N(g(v[1].all[i], v[0].all[i]), 2)]));
  W.push({ name: 'w11_旅游外汇收入_构成', plant: { sheet: '外汇收入', r: 7, c: 3, f: (x) => R(x + 2.5, 2) }, sheets: [{ name: '外汇收入', spec: {
    title: '国际旅游外汇收入构成', unit: '单位：百万美元',
    headers: [['项  目', '2022年', '2023年', '2023年构成(%)', '2023年比上年增长(%)']], rows } }] });
}

// ---------- 国内旅游 ----------
{
  const rows = [];
  for (let y = 2012; y <= 2019; y++) {
    const pu = R(ru(2000, 4000), 0), pr = R(ru(1000, 1800), 0), pt = pu + pr;
    const iu = R(ru(15000, 45000), 1), ir = R(ru(4000, 12000), 1), it = R(iu + ir, 1);
    rows.push([y + '年', N(pt, 0), N(pu, 0), N(pr, 0), N(it, 1), N(iu, 1), N(ir, 1), N(it * 100 / pt, 1), N(iu * 100 / pu, 1), N(ir * 100 / pr, 1)]);
  }
  W.push({ name: 'w12_国内旅游_人均花费', plant: { sheet: '国内旅游', r: 3, c: 8, f: (x) => R(x + 60, 1) }, sheets: [{ name: '国内旅游', spec: {
    title: '国内旅游情况',
    headers: [['年  份', '国内游客（百万人次）', null, null, '国内旅游收入（亿元）', null, null, '人均花费（元）', null, null], [null, '合计', '城镇居民', '农村居民', '合计', '城镇居民', '农村居民', '平均', '城镇居民', '农村居民']],
    merges: [[1, 1, 2, 1], [1, 2, 1, 4], [1, 5, 1, 7], [1, 8, 1, 10]], rows } }] });
}

// ---------- electricity balance ----------
{
  const yrs = [2021, 2022, 2023]; const d = 2;
  const c = yrs.map(() => {
    const gen = [ru(200, 400), ru(1500, 2000), ru(100, 200), ru(150, 300), ru(50, 150)].map((x) => R(x, d));
    const G = sumv(gen, d), buy = R(ru(300, 600), d), send = R(ru(200, 500), d), use = R(G + buy - send, d);
    const s1 = R(use * 0.02, d), s3 = R(use * 0.18, d), s4 = R(use * 0.15, d), s2 = R(use - s1 - s3 - s4, d), ind = R(s2 * 0.97, d);
    const supply = R(use * 0.9, d), loss = R(supply * ru(0.04, 0.06), d);
    return { gen, G, buy, send, use, s1, s2, ind, s3, s4, supply, loss, lr: R(loss / supply * 100, 2) };
  });
  const row = (l, f, dd = d) => [l, ...c.map((x) => N(f(x), dd))];
  W.push({ name: 'w13_电力平衡表', plant: { sheet: '电力平衡', r: 17, c: 2, f: (x) => R(x + 0.8, 2) }, sheets: [{ name: '电力平衡', spec: {
    title: '电力平衡表', unit: '单位：亿千瓦时',
    headers: [['项    目', '2021年', '2022年', '2023年']],
    rows: [row('一、发电量', (x) => x.G), row('    水电', (x) => x.gen[0]), row('    火电', (x) => x.gen[1]), row('    核电', (x) => x.gen[2]), row('    风电', (x) => x.gen[3]), row('    太阳能发电', (x) => x.gen[4]),
      row('二、外省调入电量', (x) => x.buy), row('三、向外省输出电量(-)', (x) => x.send), row('四、全社会用电量', (x) => x.use),
      row('    第一产业', (x) => x.s1), row('    第二产业', (x) => x.s2), row('        其中：工业', (x) => x.ind), row('    第三产业', (x) => x.s3), row('    城乡居民生活', (x) => x.s4),
      row('五、供电量', (x) => x.supply), row('六、线损电量', (x) => x.loss), row('七、售电量', (x) => R(x.supply - x.loss, d)), row('线损率(%)', (x) => x.lr)],
    notes: ['注：全社会用电量＝发电量＋外省调入电量－向外省输出电量；线损率＝线损电量÷供电量×100%。'] } }] });
}
// ---------- electricity by region ----------
{
  const regs = PROV.slice(0, 12); const d = 1;
  const data = regs.map((p) => { const k = [ru(10, 300), ru(200, 2500), ['辽宁', '江苏', '浙江', '福建'].includes(p) ? ru(100, 500) : 0, ru(20, 300), ru(10, 200)].map((x) => R(x, d)); const t = sumv(k, d); const prev = R(t / ru(1.0, 1.1), d); return [p, t, ...k, prev]; });
  const tot = [1, 2, 3, 4, 5, 6, 7].map((i) => sumv(data.map((x) => x[i]), d));
  const mk = (lab, a) => [lab, N(a[0], d), ...a.slice(1, 6).map((x) => x === 0 ? '-' : N(x, d)), N(a[6], d), N(g(a[0], a[6]), 1)];
  const rows = [...data.map((x) => mk(x[0], x.slice(1))), mk('合  计', tot)];
  W.push({ name: 'w14_分地区发电量_合计在下', plant: { sheet: '发电量', r: 6, c: 3, f: (x) => R(x + 55.5, 1) }, sheets: [{ name: '发电量', spec: {
    title: '分地区发电量（2023年）', unit: '单位：亿千瓦时',
    headers: [['地  区', '发电量', '#水电', '#火电', '#核电', '#风电', '#太阳能发电', '2022年发电量', '发电量比上年增长(%)']], rows } }] });
}

// ---------- grain balance (kinds as columns) ----------
{
  const kinds = ['稻谷', '小麦', '玉米', '大豆']; const d = 1;
  const K = kinds.map(() => { const st = R(ru(3000, 8000), d), pr = R(ru(1500, 26000), d), im = R(ru(50, 9000), d), ex = R(ru(5, 200), d); const parts = [ru(500, 15000), ru(100, 15000), ru(100, 7000), ru(50, 500), ru(50, 500)].map((x) => R(x, d)); const cons = sumv(parts, d); const sup = R(st + pr + im, d), dem = R(cons + ex, d); return [st, pr, im, sup, ex, cons, ...parts, dem, R(sup - dem, d)]; });
  const labs = ['期初库存', '产量', '进口量', '总供给', '出口量', '国内消费量', '    食用消费', '    饲料消费', '    工业消费', '    种子用量', '    损耗及其他', '总需求', '年度结余'];
  const rows = labs.map((l, i) => [l, ...K.map((k) => N(k[i], d)), N(sumv(K.map((k) => k[i]), d), d)]);
  W.push({ name: 'w15_粮食供需平衡表_品种列', plant: { sheet: '粮食平衡', r: 12, c: 3, f: (x) => R(x + 250, 1) }, sheets: [{ name: '粮食平衡', spec: {
    title: '主要粮食品种供需平衡表（2023/24年度）', unit: '单位：万吨', headers: [['项  目', ...kinds, '合计']], rows,
    notes: ['注：总供给＝期初库存＋产量＋进口量；总需求＝国内消费量＋出口量；年度结余＝总供给－总需求。'] } }] });
}
// ---------- agri products balance years, grouped columns ----------
{
  const rows = [];
  for (let y = 2016; y <= 2023; y++) {
    const r = [y + '年'];
    for (const b of [[1000, 1100, 300, 1500], [550, 600, 100, 800], [2600, 2800, 800, 3600]]) {
      const pr = R(ru(b[0], b[1]), 1), im = R(ru(b[2] * 0.5, b[2]), 1), co = R(ru(b[3] * 0.9, b[3] * 1.05), 1);
      r.push(N(pr, 1), N(im, 1), N(co, 1), N(R(pr + im - co, 1), 1));
    }
    rows.push(r);
  }
  W.push({ name: 'w16_农产品供需_分组列', sheets: [{ name: 'Sheet1', spec: {
    title: '主要农产品供需平衡', unit: '单位：万吨',
    headers: [['年份', '食糖', null, null, null, '棉花', null, null, null, '食用植物油', null, null, null], [null, '产量', '进口量', '消费量', '结余', '产量', '进口量', '消费量', '结余', '产量', '进口量', '消费量', '结余']],
    merges: [[1, 1, 2, 1], [1, 2, 1, 5], [1, 6, 1, 9], [1, 10, 1, 13]], rows, notes: ['注：结余＝产量＋进口量－消费量。'] } }] });
}
// ---------- additive region table with growth, total at bottom ----------
{
  const d = 2; const data = CITIES.map((c) => { const a = R(ru(50, 900), d), b = R(a / ru(0.95, 1.15), d); return [c, b, a]; });
  const tb = sumv(data.map((x) => x[1]), d), ta = sumv(data.map((x) => x[2]), d);
  const rows = [...data.map((x) => [x[0], N(x[1], d), N(x[2], d), N(g(x[2], x[1]), 1)]), ['全  省', N(tb, d), N(ta, d), N(g(ta, tb), 1)]];
  W.push({ name: 'w17_分市州用电量_增长', plant: { sheet: '用电量', r: 4, c: 3, f: (x) => R(x + 3.0, 1) }, sheets: [{ name: '用电量', spec: {
    title: '分市（州）全社会用电量', unit: '单位：亿千瓦时', headers: [['市（州）', '2022年', '2023年', '增长(%)']], rows } }] });
}
// ---------- energy consumption by sector x kind ----------
{
  const d = 2; const secs = ['农、林、牧、渔业', '工业', '    其中：制造业', '建筑业', '交通运输、仓储和邮政业', '批发和零售业、住宿和餐饮业', '其他行业', '生活消费'];
  const data = secs.map((s) => [ru(50, 200), ru(100, 900), ru(10, 120), ru(20, 200)].map((x) => R(x * (s.includes('工业') ? 20 : 1), d)));
  data[2] = data[1].map((x) => R(x * 0.8, d));
  const rowT = data.map((r) => sumv(r, d));
  const add = [0, 1, 3, 4, 5, 6, 7];
  const colT = [0, 1, 2, 3].map((j) => sumv(add.map((i) => data[i][j]), d)); const TT = sumv(add.map((i) => rowT[i]), d);
  const rows = [['总  计', N(TT, d), ...colT.map((x) => N(x, d)), N(100, 2)], ...secs.map((s, i) => [s, N(rowT[i], d), ...data[i].map((x) => N(x, d)), N(rowT[i] / TT * 100, 2)])];
  W.push({ name: 'w18_分行业能源消费_品种', plant: { sheet: '3-5', r: 2, c: 2, f: (x) => R(x + 120, 2) }, sheets: [{ name: '3-5', spec: {
    title: '3-5  分行业能源消费量（2023年）', unit: '单位：万吨标准煤',
    headers: [['行  业', '能源消费总量', '煤炭', '石油', '天然气', '一次电力及其他能源', '占能源消费总量比重(%)']], rows } }] });
}
// ---------- energy consumption structure (shares sum exactly to 100) ----------
{
  const rows = [];
  for (let y = 2014; y <= 2023; y++) {
    const t = R(ru(420000, 570000), 0); const c = R(ru(55, 66), 1), o = R(ru(17, 19), 1), gsh = R(ru(6, 9), 1);
    rows.push([String(y), N(t, 0), N(c, 1), N(o, 1), N(gsh, 1), N(R(100 - c - o - gsh, 1), 1)]);
  }
  W.push({ name: 'w19_能源消费构成', sheets: [{ name: '能源消费', spec: {
    title: '能源消费总量及构成', headers: [['年  份', '能源消费总量（万吨标准煤）', '占能源消费总量的比重（%）', null, null, null], [null, null, '煤炭', '石油', '天然气', '一次电力及其他能源']],
    merges: [[1, 1, 2, 1], [1, 2, 2, 2], [1, 3, 1, 6]], rows } }] });
}
// ---------- energy production with growth ----------
{
  const rows = []; let prev = null;
  for (let y = 2014; y <= 2023; y++) {
    const p = [ru(250000, 320000), ru(27000, 28500), ru(17000, 30000), ru(40000, 80000)].map((x) => R(x, 0)); const t = sumv(p, 0);
    rows.push([String(y), N(t, 0), ...p.map((x) => N(x, 0)), prev == null ? '' : N(g(t, prev), 1)]); prev = t;
  }
  W.push({ name: 'w20_能源生产总量_增长', plant: { sheet: '能源生产', r: 5, c: 1, f: (x) => R(x + 3000, 0) }, sheets: [{ name: '能源生产', spec: {
    title: '一次能源生产总量', unit: '单位：万吨标准煤', thousands: true,
    headers: [['年份', '一次能源生产总量', '原煤', '原油', '天然气', '一次电力及其他能源', '生产总量比上年增长(%)']], rows } }] });
}
// ---------- tourism revenue 亿元 rounded cell by cell from 万元 ----------
{
  const ex = CITIES.map((c) => { const dom = ru(500000, 9000000), inb = ru(2000, 300000), pdom = dom / ru(1.0, 1.3), pinb = inb / ru(0.8, 1.5); return { c, dom, inb, pdom, pinb }; });
  const yi = (x) => R(x / 1e4, 2);
  const S = (f) => ex.reduce((a, x) => a + f(x), 0);
  const mk = (lab, dom, inb, pdom, pinb) => [lab, N(yi(dom + inb), 2), N(yi(dom), 2), N(yi(inb), 2), N(yi(pdom + pinb), 2), N(g(dom + inb, pdom + pinb), 1)];
  const rows = [mk('全省', S((x) => x.dom), S((x) => x.inb), S((x) => x.pdom), S((x) => x.pinb)), ...ex.map((x) => mk(x.c, x.dom, x.inb, x.pdom, x.pinb))];
  W.push({ name: 'w21_旅游总收入_亿元分别舍入', plant: { sheet: '旅游收入', r: 6, c: 2, f: (x) => R(x + 5, 2) }, sheets: [{ name: '旅游收入', spec: {
    title: '各市（州）旅游总收入', unit: '单位：亿元',
    headers: [['地  区', '旅游总收入', '国内旅游收入', '入境旅游收入（折合人民币）', '上年旅游总收入', '旅游总收入比上年增长(%)']], rows,
    notes: ['注：本表数据按万元计算后换算为亿元，分项与合计因四舍五入可能存在微小差异。'] } }] });
}
// ---------- tourist arrivals by city with 其中 column ----------
{
  const ex = CITIES.map((c) => { const dom = ru(1e6, 3e7), inb = ru(1000, 5e5); return { c, dom, inb, on: (dom + inb) * ru(0.3, 0.6) }; });
  const w = (x) => R(x / 1e4, 2); const S = (f) => ex.reduce((a, x) => a + f(x), 0);
  const mk = (l, dom, inb, on) => [l, N(w(dom + inb), 2), N(w(on), 2), N(w(dom), 2), N(w(inb), 2)];
  const rows = [mk('全省合计', S((x) => x.dom), S((x) => x.inb), S((x) => x.on)), ...ex.map((x) => mk(x.c, x.dom, x.inb, x.on))];
  W.push({ name: 'w22_接待游客_其中过夜列', plant: { sheet: '接待游客', r: 3, c: 2, f: (x) => x }, sheets: [{ name: '接待游客', spec: {
    title: '各市（州）接待游客情况', unit: '单位：万人次',
    headers: [['地  区', '接待游客总人次', '其中：过夜游客', '国内游客', '入境游客']], rows } }] });
}
// ---------- energy with 加/减 labels + growth ----------
{
  const d = 2; const c = [0, 1].map(() => { const p = R(ru(8000, 9000), d), inn = R(ru(3000, 4000), d), im = R(ru(500, 900), d), out = R(ru(2000, 3000), d), ex = R(ru(100, 300), d), st = R(ru(-100, 100), d); const av = R(p + inn + im - out - ex + st, d); const cons = R(av - ru(-30, 30), d); return [p, inn, im, out, ex, st, av, cons, R(av - cons, d)]; });
  const labs = ['一次能源生产量', '加：外省（区、市）调入量', '加：进口量', '减：本省（区、市）调出量', '减：出口量', '加：库存减少量（增加为负）', '等于：可供本地区消费的能源量', '能源消费总量', '平衡差额'];
  const rows = labs.map((l, i) => [l, N(c[0][i], d), N(c[1][i], d), (i === 5 || i === 8) ? '—' : N(g(c[1][i], c[0][i]), 1)]);
  W.push({ name: 'w23_能源平衡_加减标注', plant: { sheet: '能源', r: 2, c: 2, f: (x) => R(x + 90, 2) }, sheets: [{ name: '能源', spec: {
    title: '能源供需平衡简表', unit: '单位：万吨标准煤', headers: [['项  目', '2022年', '2023年', '2023年比上年增长(%)']], rows } }] });
}
// ---------- electricity 加/减 + avg annual growth ----------
{
  const d = 2; const yrs = [2019, 2020, 2021, 2022, 2023];
  const c = yrs.map((y, i) => { const G = R(ru(2000, 2200) * (1 + 0.05 * i), d), b = R(ru(300, 500), d), s = R(ru(200, 400), d), u = R(G + b - s, d), l = R(u * ru(0.03, 0.05), d); return [G, b, s, u, l]; });
  const labs = ['本省发电量', '加：外省购入电量', '减：送出省外电量', '全社会用电量', '    其中：线损电量'];
  const rows = labs.map((l, i) => [l, ...c.map((x) => N(x[i], d)), N((Math.pow(c[4][i] / c[0][i], 1 / 4) - 1) * 100, 1)]);
  W.push({ name: 'w24_电力平衡_加减_年均增长', plant: { sheet: '电力', r: 0, c: 6, f: (x) => R(x + 1.5, 1) }, sheets: [{ name: '电力', spec: {
    title: '全省电力供需情况', unit: '单位：亿千瓦时', headers: [['项  目', ...yrs.map((y) => y + '年'), '2019—2023年年均增长(%)']], rows } }] });
}
// ---------- grain balance 减 + two 其中 + marketing-year header ----------
{
  const d = 1; const yrs = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'];
  const c = yrs.map(() => { const p = R(ru(66000, 70000), d), im = R(ru(10000, 16000), d), ex = R(ru(200, 400), d), co = R(ru(70000, 80000), d); return [p, im, ex, co, R(co * 0.35, d), R(co * 0.4, d), R(p + im - ex - co, d)]; });
  const labs = ['粮食产量', '加：进口量', '减：出口量', '减：国内消费量', '    其中：口粮', '    其中：饲料用粮', '结余量'];
  W.push({ name: 'w25_粮食平衡_减项_两个其中', plant: { sheet: '粮食', r: 4, c: 3, f: (x) => R(x * 3.1, 1) }, sheets: [{ name: '粮食', spec: {
    title: '全国粮食供需平衡', unit: '单位：万吨', headers: [['项  目', ...yrs]], rows: labs.map((l, i) => [l, ...c.map((x) => N(x[i], d))]) } }] });
}
// ---------- 2-sheet workbook: std balance + regional consumption ----------
{
  const d = 2; const kinds = ['煤炭', '石油', '天然气', '一次电力', '其他能源'];
  const data = CITIES.slice(0, 10).map((c) => [c, ...[ru(100, 900), ru(50, 300), ru(20, 150), ru(30, 200), ru(1, 20)].map((x) => R(x, d))]);
  const rows0 = data.map((r) => [r[0], sumv(r.slice(1), d), ...r.slice(1)]);
  const tot = [1, 2, 3, 4, 5, 6].map((j) => sumv(rows0.map((r) => r[j]), d));
  const rows = [['合计', ...tot.map((x) => N(x, d))], ...rows0.map((r) => [r[0], ...r.slice(1).map((x) => N(x, d))])];
  W.push({ name: 'w26_两表_平衡表与分地区', plant: { sheet: '分地区能源消费', r: 4, c: 3, f: (x) => R(x + 30, 2) }, sheets: [
    { name: '能源平衡表', spec: { title: '能源平衡表（标准量）', unit: '单位：万吨标准煤', headers: [['项目', '2021年', '2022年', '2023年']], rows: energyStd([1, 2, 3], 2, true) } },
    { name: '分地区能源消费', spec: { title: '分市能源消费量（2023年）', unit: '单位：万吨标准煤', headers: [['地区', '能源消费总量', ...kinds]], rows } }] });
}
// ---------- natural gas balance ----------
{
  const d = 2; const yrs = [2020, 2021, 2022, 2023];
  const c = yrs.map(() => { const p = R(ru(1900, 2300), d), im = R(ru(1300, 1700), d), ex = R(ru(50, 70), d), st = R(ru(-60, 20), d); const av = R(p + im - ex + st, d); const parts = [0.4, 0.18, 0.33, 0.09].map((s) => R((av - ru(-5, 5)) * s, d)); const co = sumv(parts, d); return [av, p, im, -ex, st, co, ...parts, R(av - co, d)]; });
  const labs = ['可供量', '    生产量', '    进口量', '    出口量(-)', '    库存增(-)减(+)', '消费量', '    工业燃料', '    发电供热', '    城市燃气', '    化工原料', '平衡差额'];
  W.push({ name: 'w27_天然气平衡表', plant: { sheet: '天然气', r: 5, c: 2, f: (x) => R(x - 40, 2) }, sheets: [{ name: '天然气', spec: {
    title: '天然气平衡表', unit: '单位：亿立方米', headers: [['项  目', ...yrs.map((y) => y + '年')]], rows: labs.map((l, i) => [l, ...c.map((x) => N(x[i], d))]) } }] });
}
W.push({ name: 'w28_能源平衡表_csv', csv: true, plant: { sheet: 'csv', r: 16, c: 2, f: (x) => R(x - 77.7, 2) }, sheets: [{ name: 'csv', spec: {
  title: '能源平衡表（标准量）', unit: '单位：万吨标准煤', headers: [['项目', '2021年', '2022年', '2023年']], rows: energyStd([1, 2, 3], 2, true) } }] });
// ---------- monthly inbound with cumulative ----------
{
  const ms = ['1-2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  let cc = 0, cp = 0; const rows = [];
  ms.forEach((m, i) => { const cur = R(ru(250, 450) * (i === 0 ? 2 : 1), 2), pre = R(cur / ru(0.9, 1.3), 2); cc = R(cc + cur, 2); cp = R(cp + pre, 2); rows.push([m, N(cur, 2), N(pre, 2), N(g(cur, pre), 1), N(cc, 2), N(cp, 2), N(g(cc, cp), 1)]); });
  W.push({ name: 'w31_入境游客_月度累计', plant: { sheet: '月度', r: 5, c: 4, f: (x) => R(x + 100, 2) }, sheets: [{ name: '月度', spec: {
    title: '2023年分月入境游客人数', unit: '单位：万人次',
    headers: [['月  份', '本月', null, null, '累计', null, null], [null, '本年', '上年同期', '增长(%)', '本年', '上年同期', '增长(%)']],
    merges: [[1, 1, 2, 1], [1, 2, 1, 4], [1, 5, 1, 7]], rows } }] });
}
// ---------- region x kind 2D energy consumption, total column last ----------
{
  const d = 1; const data = PROV.slice(0, 15).map((p) => [p, ...[ru(1000, 20000), ru(500, 5000), ru(100, 3000), ru(200, 4000)].map((x) => R(x, d))]);
  const rows0 = data.map((r) => [r[0], ...r.slice(1), sumv(r.slice(1), d)]);
  const tot = [1, 2, 3, 4, 5].map((j) => sumv(rows0.map((r) => r[j]), d));
  const rows = [['合  计', ...tot.map((x) => N(x, d))], ...rows0.map((r) => [r[0], ...r.slice(1).map((x) => N(x, d))])];
  W.push({ name: 'w32_分地区能源消费_合计列在右', plant: { sheet: '能源消费', r: 8, c: 2, f: (x) => R(x + 66.6, 1) }, sheets: [{ name: '能源消费', spec: {
    title: '分地区分品种能源消费量', unit: '单位：万吨标准煤',
    headers: [['地区 Region', '煤炭 Coal', '石油 Oil', '天然气 Natural Gas', '一次电力及其他 Primary Electricity & Others', '合计 Total']], rows } }] });
}
// ---------- water by basin, hierarchical, 降水深 non-additive ----------
{
  const d = 1;
  const mk = (n) => { const area = R(ru(30, 350), 2), dep = R(ru(150, 1700), 1), s = R(ru(100, 9000), d), nd = R(ru(5, 150), d); return { n, area, dep, s, nd, tot: R(s + nd, d) }; };
  const north = ['松花江区', '辽河区', '海河区', '黄河区', '淮河区', '西北诸河区'].map(mk), south = ['长江区', '东南诸河区', '珠江区', '西南诸河区'].map(mk);
  const agg = (n, arr) => { const area = sumv(arr.map((x) => x.area), 2); return { n, area, dep: R(arr.reduce((a, x) => a + x.area * x.dep, 0) / area, 1), s: sumv(arr.map((x) => x.s), d), nd: sumv(arr.map((x) => x.nd), d), tot: sumv(arr.map((x) => x.tot), d) }; };
  const A = agg('全  国', [...north, ...south]), Nn = agg('北方6区', north), Ss = agg('南方4区', south);
  const line = (x, ind) => [ind + x.n, N(x.area, 2), N(x.dep, 1), N(x.s, d), N(x.nd, d), N(x.tot, d)];
  const rows = [line(A, ''), line(Nn, ''), ...north.map((x) => line(x, '    ')), line(Ss, ''), ...south.map((x) => line(x, '    '))];
  W.push({ name: 'w33_水资源_流域分区_层级', plant: { sheet: '流域', r: 1, c: 5, f: (x) => R(x + 45, 1) }, sheets: [{ name: '流域', spec: {
    title: '2023年各水资源一级区水资源量',
    headers: [['水资源一级区', '计算面积（万平方公里）', '降水量（毫米）', '地表水资源量（亿立方米）', '地下水资源与地表水资源不重复量（亿立方米）', '水资源总量（亿立方米）']], rows,
    notes: ['注：水资源总量＝地表水资源量＋地下水资源与地表水资源不重复量。'] } }] });
}
// ---------- star hotels ----------
{
  const gr = ['五星级', '四星级', '三星级', '二星级', '一星级'];
  const data = gr.map((g0, i) => { const n = Math.round(ru(50, 2500) / (i === 4 ? 20 : 1)), rooms = R(n * ru(0.01, 0.04), 2), rev = R(rooms * ru(2, 15), 2), occ = ru(40, 65), price = ru(150, 800) / (i + 1) * 2; return { g0, n, rooms, rev, occ, price, nights: rooms * 365 * occ }; });
  const T = { g0: '合计', n: data.reduce((a, x) => a + x.n, 0), rooms: sumv(data.map((x) => x.rooms), 2), rev: sumv(data.map((x) => x.rev), 2) };
  const rn = data.reduce((a, x) => a + x.rooms * 365, 0), nn = data.reduce((a, x) => a + x.nights, 0);
  T.occ = nn / rn; T.price = data.reduce((a, x) => a + x.price * x.nights, 0) / nn;
  const rows = [T, ...data].map((x) => [x.g0, N(x.n, 0), N(x.rooms, 2), N(x.rev, 2), N(x.price, 2), N(x.occ, 2)]);
  W.push({ name: 'w34_星级饭店', sheets: [{ name: '星级饭店', spec: {
    title: '星级饭店基本情况', headers: [['星  级', '饭店数（座）', '客房数（万间）', '营业收入（亿元）', '平均房价（元/间夜）', '平均出租率(%)']], rows } }] });
}
// ---------- energy intensity ----------
{
  const rows = []; let pe = null;
  for (let y = 2016; y <= 2023; y++) {
    const G = R(ru(40000, 45000) * (1 + 0.07 * (y - 2016)), 2), E = R(ru(20000, 21000) * (1 + 0.02 * (y - 2016)), 2);
    const I = E / G;
    rows.push([String(y), N(G, 2), N(E, 2), N(I, 3), pe ? N((1 - I / pe) * 100, 2) : '-']); pe = I;
  }
  W.push({ name: 'w35_单位GDP能耗', plant: { sheet: '能耗', r: 3, c: 3, f: (x) => R(x + 0.05, 3) }, sheets: [{ name: '能耗', spec: {
    title: '地区生产总值能耗（当年价格）', headers: [['年  份', '地区生产总值（亿元）', '能源消费总量（万吨标准煤）', '单位地区生产总值能耗（吨标准煤/万元）', '单位GDP能耗比上年下降(%)']], rows,
    notes: ['注：单位地区生产总值能耗＝能源消费总量÷地区生产总值；下降率按当年价格计算。'] } }] });
}
// ---------- ordinary additive: 旅游 by type, transposed with 其中 rows, plain ----------
{
  const yrs = [2021, 2022, 2023]; const d = 0;
  const c = yrs.map(() => { const a = R(ru(200, 400), d), b = R(ru(500, 900), d), cc = R(ru(3000, 5000), d), dd = R(ru(200, 600), d); return [sumv([a, b, cc, dd], d), a, b, cc, dd, R(b * 0.6, d)]; });
  const labs = ['旅行社总数', '    中外合资经营旅行社', '    出境旅游组团社', '    国内旅行社', '    其他', '出境组团社中：开展赴台游业务'];
  W.push({ name: 'w36_旅行社_整数', plant: { sheet: 'Sheet1', r: 0, c: 2, f: (x) => x + 20 }, sheets: [{ name: 'Sheet1', spec: {
    title: '旅行社数量', unit: '单位：家', headers: [['项目', ...yrs.map((y) => y + '年')]], rows: labs.map((l, i) => [l, ...c.map((x) => N(x[i], d))]) } }] });
}

// ---------- emit ----------
(async () => {
  const manifest = [];
  for (const w of W) {
    await emit(path.join(OUT, 'clean'), w);
    if (!w.plant) continue;
    const p = w.plant; const clone = JSON.parse(JSON.stringify(w));
    const sh = clone.sheets.find((s) => s.name === p.sheet);
    const cell = sh.spec.rows[p.r][p.c];
    const old = cell.v;
    let nv = p.f(old);
    if (w.name.startsWith('w22')) nv = R(val(sh.spec.rows[p.r][1]) + 3.21, 2); // 其中 > total
    cell.v = nv;
    const { file, addr } = await emit(path.join(OUT, 'planted'), clone);
    manifest.push({ file: path.basename(file), sheet: p.sheet, cell: colL(p.c + 1) + addr[p.sheet][p.r], old, new: nv, label: sh.spec.rows[p.r][0].trim() });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('workbooks', W.length, 'planted', manifest.length);
})();
