// Generator for round49a: energy, resources and environment tables.
// Generator: energy / resources / environment statistics workbooks (clean + planted)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.argv[2] ?? '/tmp/round49a/cases';
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 1;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function U(a, b) { return a + (b - a) * rnd(); }
function r(x, d) { const m = Math.pow(10, d); return Math.round((x + Math.sign(x) * 1e-9) * m) / m; }
const sum = (a) => a.reduce((s, x) => s + x, 0);
const growth = (cur, base) => (cur / base - 1) * 100;
const IND = '\u3000\u3000'; // full-width indentation
const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '临江县', '青山县', '白水县', '安平县', '龙泉市'];
const CITIES = ['江州市', '南阳湖市', '清河市', '云岭市', '石门市', '丰城市', '滨海市', '北川市', '洛安市', '宁远市'];
function colL(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }

// table spec: {sheet,title,unit,headers:[[...]],merges:[[r1,c1,r2,c2] relative to header block],rows:[[label,...vals]],dec:[per col decimals],note}
function writeTable(ws, t, startRow = 1) {
  const ncol = t.headers[0].length;
  let R = startRow;
  ws.getCell(R, 1).value = t.title;
  ws.mergeCells(R, 1, R, ncol);
  ws.getCell(R, 1).font = { bold: true, size: 14 };
  ws.getCell(R, 1).alignment = { horizontal: 'center' };
  R++;
  if (t.unit) {
    ws.getCell(R, ncol).value = t.unit;
    ws.getCell(R, ncol).alignment = { horizontal: 'right' };
    R++;
  }
  const h0 = R;
  t.headers.forEach((hr, i) => hr.forEach((v, j) => { if (v !== null && v !== undefined) ws.getCell(h0 + i, j + 1).value = v; }));
  (t.merges || []).forEach(([a, b, c, d]) => ws.mergeCells(h0 + a, b + 1, h0 + c, d + 1));
  R = h0 + t.headers.length;
  const rowAddr = {};
  t.rows.forEach((row) => {
    row.forEach((v, j) => {
      const cell = ws.getCell(R, j + 1);
      cell.value = v;
      if (typeof v === 'number' && j > 0) {
        const d = Array.isArray(t.dec) ? t.dec[j] : t.dec;
        cell.numFmt = d > 0 ? '0.' + '0'.repeat(d) : '0';
      }
    });
    rowAddr[String(row[0]).trim()] = R;
    R++;
  });
  if (t.note) { ws.getCell(R, 1).value = t.note; R++; }
  ws.getColumn(1).width = 30;
  for (let j = 2; j <= ncol; j++) ws.getColumn(j).width = 14;
  return { rowAddr, next: R + 1 };
}

const manifest = {};
async function emit(file, tables, plant) {
  const wb = new ExcelJS.Workbook();
  const placed = {};
  const bySheet = {};
  for (const t of tables) {
    const sn = t.sheet;
    if (!bySheet[sn]) bySheet[sn] = { ws: wb.addWorksheet(sn), next: 1 };
    const s = bySheet[sn];
    if (plant && plant.table === (t.id || t.sheet)) {
      const row = t.rows.find((rw) => String(rw[0]).trim() === plant.row);
      if (!row) throw new Error('no row ' + plant.row + ' in ' + file);
      const old = row[plant.col];
      row[plant.col] = typeof plant.value === 'function' ? plant.value(old, t) : plant.value;
      plant._old = old;
      plant._new = row[plant.col];
    }
    const res = writeTable(s.ws, t, s.next);
    s.next = res.next;
    if (plant && plant.table === (t.id || t.sheet)) placed.addr = `${sn}!${colL(plant.col)}${res.rowAddr[plant.row]}`;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
  manifest[file] = plant ? { cell: placed.addr, note: `${plant.note} (was ${plant._old}, now ${plant._new})` } : null;
}

// ---------------- table builders ----------------
function tEnergyIndustry() {
  const y = [2023, 2024];
  const base = { a: U(30, 60), ind: U(600, 900), con: U(20, 40), c: U(200, 320), d: U(150, 220) };
  const g = () => U(0.96, 1.08);
  const cur = { a: base.a * g(), ind: base.ind * g(), con: base.con * g(), c: base.c * U(1.02, 1.09), d: base.d * U(1.01, 1.06) };
  const mk = (v) => { const sec = v.ind + v.con; const sz = v.ind * 0.86; return { tot: v.a + sec + v.c + v.d, a: v.a, sec, ind: v.ind, sz, c: v.c, d: v.d }; };
  const B = mk(base), C = mk(cur);
  C.sz = cur.ind * 0.855;
  const line = (lab, k) => [lab, r(B[k], 2), r(C[k], 2), r(growth(C[k], B[k]), 1)];
  return {
    sheet: '能源消费', title: '全市能源消费总量及构成', unit: '单位：万吨标准煤',
    headers: [['指标', `${y[0]}年`, `${y[1]}年`, '比上年增长(%)']],
    rows: [line('能源消费总量', 'tot'), line(IND + '第一产业', 'a'), line(IND + '第二产业', 'sec'), line(IND + IND + '其中：工业', 'ind'), line(IND + IND + IND + '其中：规模以上工业', 'sz'), line(IND + '第三产业', 'c'), line(IND + '居民生活', 'd')],
    dec: [0, 2, 2, 1],
    note: '注：1.能源消费总量按等价值计算；2.增长速度按可比口径计算。',
  };
}

function tIntensity(dec = 4) {
  const names = COUNTIES.slice(0, 8);
  const rows = [];
  const mk = (nm) => { const a = U(0.35, 1.2); const b = a * U(0.93, 1.01); return [nm, r(a, dec), r(b, dec), r((1 - b / a) * 100, 2)]; };
  rows.push(mk('全市'));
  names.forEach((n) => rows.push(mk(IND + n)));
  return {
    sheet: '单位GDP能耗', title: '各县（市、区）单位地区生产总值能耗', unit: '单位：吨标准煤/万元',
    headers: [['地区', '单位GDP能耗', null, '下降率(%)'], [null, '2023年', '2024年', null]],
    merges: [[0, 1, 0, 2], [0, 0, 1, 0], [0, 3, 1, 3]],
    rows, dec: [0, dec, dec, 2],
    note: '注：单位GDP能耗按2020年可比价计算；下降率为正表示能耗强度下降。',
  };
}

function tElecSector(unit = '万千瓦时', scale = 1) {
  const v = (a, b) => [U(a, b) * scale, 0];
  const B = { p: U(8000, 12000), ind: U(300000, 450000), con: U(5000, 9000), t: U(80000, 120000), urb: U(60000, 80000), rur: U(30000, 45000) };
  const C = {}; for (const k in B) C[k] = B[k] * U(0.97, 1.12);
  for (const X of [B, C]) { X.sec = X.ind + X.con; X.res = X.urb + X.rur; X.tot = X.p + X.sec + X.t + X.res; }
  const d = unit === '亿千瓦时' ? 2 : 0; const sc = unit === '亿千瓦时' ? 1e-4 : 1;
  const line = (lab, k) => [lab, r(B[k] * sc, d), r(C[k] * sc, d), r(growth(C[k], B[k]), 1)];
  return {
    sheet: '分行业用电', title: '全社会用电量分行业情况', unit: '单位：' + unit,
    headers: [['指标', '2023年', '2024年', '增长(%)']],
    rows: [line('全社会用电量', 'tot'), line(IND + '第一产业', 'p'), line(IND + '第二产业', 'sec'), line(IND + IND + '其中：工业', 'ind'), line(IND + '第三产业', 't'), line(IND + '城乡居民生活用电', 'res'), line(IND + IND + '城镇居民', 'urb'), line(IND + IND + '乡村居民', 'rur')],
    dec: [0, d, d, 1],
  };
}

function tElecRegion() {
  const rows = [];
  const ds = COUNTIES.slice(0, 7).map((n) => { const cur = U(8, 60); const base = cur / U(0.95, 1.12); const res = cur * U(0.1, 0.25); const ind = cur * U(0.4, 0.7); return { n, cur, base, res, ind }; });
  const T = { n: '全市', cur: sum(ds.map((x) => x.cur)), base: sum(ds.map((x) => x.base)), res: sum(ds.map((x) => x.res)), ind: sum(ds.map((x) => x.ind)) };
  const line = (x, lab) => [lab, r(x.cur, 2), r(x.base, 2), r(growth(x.cur, x.base), 1), r(x.ind, 2), r(x.res, 2)];
  rows.push(line(T, '全市'));
  ds.forEach((x) => rows.push(line(x, IND + x.n)));
  return {
    sheet: '分地区用电', title: '2024年各县（市、区）全社会用电量', unit: '单位：亿千瓦时',
    headers: [['地区', '全社会用电量', null, '增长(%)', '其中', null], [null, '2024年', '2023年', null, '工业用电', '城乡居民生活用电']],
    merges: [[0, 1, 0, 2], [0, 0, 1, 0], [0, 3, 1, 3], [0, 4, 0, 5]],
    rows, dec: [0, 2, 2, 1, 2, 2],
    note: '注：全市数据为各县（市、区）数据之和。',
  };
}

function tWater() {
  const ds = COUNTIES.slice(0, 8).map((n) => {
    const sw = U(3000, 20000), gw = U(500, 5000), ot = U(50, 800); const tot = sw + gw + ot;
    const sh = [U(0.3, 0.6), U(0.1, 0.3), U(0.1, 0.2)]; sh.push(Math.max(0.02, 1 - sum(sh)));
    const s2 = sum(sh); const use = sh.map((x) => (tot * x) / s2);
    return { n, v: [tot, sw, gw, ot, tot, ...use] };
  });
  const T = ds[0].v.map((_, j) => sum(ds.map((d) => d.v[j])));
  const rows = [['全市', ...T.map((x) => r(x, 0))], ...ds.map((d) => [IND + d.n, ...d.v.map((x) => r(x, 0))])];
  // rounding: parts rounded individually, totals of each row from unrounded
  return {
    sheet: '供用水', title: '2024年各县（市、区）供水量和用水量', unit: '单位：万立方米',
    headers: [['地区', '供水量', null, null, null, '用水量', null, null, null, null], [null, '合计', '地表水', '地下水', '其他水源', '合计', '农业用水', '工业用水', '生活用水', '生态环境用水']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 4], [0, 5, 0, 9]],
    rows, dec: 0,
    note: '注：其他水源包括再生水、雨水集蓄利用等。',
  };
}

function tForest() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const land = U(30000, 260000); const forest = land * U(0.2, 0.72); const lin = forest * U(1.05, 1.3); return { n, land, lin, forest }; });
  const T = { n: '全市', land: sum(ds.map((d) => d.land)), lin: sum(ds.map((d) => d.lin)), forest: sum(ds.map((d) => d.forest)) };
  const line = (d, lab) => [lab, r(d.land, 0), r(d.lin, 0), r(d.forest, 0), r((d.forest / d.land) * 100, 2)];
  return {
    sheet: '森林资源', title: '各县（市、区）森林资源情况', unit: null,
    headers: [['地区', '土地总面积(公顷)', '林地面积(公顷)', '森林面积(公顷)', '森林覆盖率(%)']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 0, 0, 0, 2],
    note: '注：森林覆盖率=森林面积/土地总面积×100%。',
  };
}

function tAir() {
  const days = 366;
  const ds = COUNTIES.slice(0, 8).map((n) => { const eff = days - Math.floor(U(0, 4)); const good = Math.round(eff * U(0.72, 0.93)); const pm = Math.round(U(24, 45)); const pm10 = Math.round(pm * U(1.5, 1.9)); const heavy = Math.floor(U(0, 5)); return { n, eff, good, pm, pm10, heavy }; });
  const ratio = sum(ds.map((d) => d.good / d.eff)) / ds.length; const cityGood = Math.round(ratio * days);
  const T = { eff: days, good: cityGood, pm: Math.round(sum(ds.map((d) => d.pm)) / ds.length), pm10: Math.round(sum(ds.map((d) => d.pm10)) / ds.length), heavy: Math.round(sum(ds.map((d) => d.heavy)) / ds.length) };
  const line = (d, lab) => [lab, d.eff, d.good, r((d.good / d.eff) * 100, 1), d.pm, d.pm10, d.heavy];
  return {
    sheet: '空气质量', title: '2024年各县（市、区）环境空气质量状况', unit: null,
    headers: [['地区', '有效监测天数(天)', '优良天数(天)', '优良天数比例(%)', 'PM2.5年均浓度(微克/立方米)', 'PM10年均浓度(微克/立方米)', '重污染天数(天)']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 0, 0, 1, 0, 0, 0],
    note: '注：全市数据为各县（市、区）平均值；PM2.5、PM10为年均浓度。',
  };
}

function tSewage() {
  const ds = COUNTIES.slice(0, 7).map((n) => { const dis = U(800, 9000); const tr = dis * U(0.93, 0.995); const cap = (tr / 365) * U(1.1, 1.4); return { n, dis, tr, cap }; });
  const T = { dis: sum(ds.map((d) => d.dis)), tr: sum(ds.map((d) => d.tr)), cap: sum(ds.map((d) => d.cap)) };
  const line = (d, lab) => [lab, r(d.dis, 1), r(d.tr, 1), r((d.tr / d.dis) * 100, 2), r(d.cap, 2)];
  return {
    sheet: '污水处理', title: '2024年城镇污水处理情况', unit: null,
    headers: [['地区', '污水排放量(万立方米)', '污水处理量(万立方米)', '污水处理率(%)', '污水处理能力(万立方米/日)']],
    rows: [...ds.map((d) => line(d, d.n)), line(T, '合计')], dec: [0, 1, 1, 2, 2],
  };
}

function tGarbage() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const col = U(3, 40); const harm = col * (rnd() < 0.6 ? 1 : U(0.96, 0.999)); return { n, col, harm }; });
  const T = { col: sum(ds.map((d) => d.col)), harm: sum(ds.map((d) => d.harm)) };
  const line = (d, lab) => [lab, r(d.col, 2), r(d.harm, 2), r((d.harm / d.col) * 100, 1)];
  return {
    sheet: '生活垃圾', title: '生活垃圾清运和无害化处理情况', unit: null,
    headers: [['地区', '生活垃圾清运量(万吨)', '无害化处理量(万吨)', '无害化处理率(%)']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 2, 2, 1],
  };
}

function tGreen() {
  const ds = COUNTIES.slice(0, 6).map((n) => { const built = U(12, 90); const green = built * 100 * U(0.36, 0.46); const pop = built * U(0.7, 1.1); const park = pop * U(11, 17); return { n, built, green, park, pop }; });
  const T = { built: sum(ds.map((d) => d.built)), green: sum(ds.map((d) => d.green)), park: sum(ds.map((d) => d.park)), pop: sum(ds.map((d) => d.pop)) };
  const line = (d, lab) => [lab, r(d.built, 2), r(d.green, 0), r((d.green / (d.built * 100)) * 100, 2), r(d.park, 0), r(d.pop, 2), r(d.park / d.pop, 2)];
  return {
    sheet: '城市绿化', title: '城市建成区绿化情况', unit: null,
    headers: [['地区', '建成区面积(平方公里)', '建成区绿化覆盖面积(公顷)', '建成区绿化覆盖率(%)', '公园绿地面积(公顷)', '城区人口(万人)', '人均公园绿地面积(平方米)']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 2, 0, 2, 0, 2, 2],
  };
}

function tElecMonthly() {
  const rows = []; let cum = 0, cumB = 0;
  for (let m = 1; m <= 12; m++) {
    const b = U(90000, 130000) * (m === 2 ? 0.8 : 1); const c = b * U(0.98, 1.1);
    cum += c; cumB += b;
    rows.push([`${m}月`, r(c, 0), r(cum, 0), r(cumB, 0), r(growth(cum, cumB), 1)]);
  }
  return {
    sheet: '分月用电', title: '2024年分月全社会用电量', unit: '单位：万千瓦时',
    headers: [['月份', '本月', '1-本月累计', '上年同期累计', '累计增长(%)']],
    rows, dec: [0, 0, 0, 0, 1],
  };
}

function tAirMonthly() {
  const md = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const ms = md.map((d, i) => { const good = Math.round(d * (i < 2 || i > 9 ? U(0.55, 0.8) : U(0.85, 1))); const pm = Math.round(i < 2 || i > 9 ? U(45, 70) : U(15, 30)); return { lab: `${i + 1}月`, d, good, pm, pm10: Math.round(pm * U(1.4, 1.8)) }; });
  const D = sum(md), G = sum(ms.map((m) => m.good));
  const wm = (k) => Math.round(sum(ms.map((m) => m[k] * m.d)) / D);
  const line = (m) => [m.lab, m.d, m.good, r((m.good / m.d) * 100, 1), m.pm, m.pm10];
  return {
    sheet: '分月空气质量', title: '2024年中心城区分月空气质量', unit: null,
    headers: [['月份', '监测天数(天)', '优良天数(天)', '优良天数比例(%)', 'PM2.5(微克/立方米)', 'PM10(微克/立方米)']],
    rows: [...ms.map(line), line({ lab: '全年', d: D, good: G, pm: wm('pm'), pm10: wm('pm10') })], dec: [0, 0, 0, 1, 0, 0],
    note: '注：全年PM2.5、PM10为年均浓度。',
  };
}

function tPollutants() {
  const items = [['化学需氧量', '吨', 20000, 40000], ['氨氮', '吨', 800, 2500], ['二氧化硫', '吨', 5000, 15000], ['氮氧化物', '吨', 12000, 30000], ['挥发性有机物', '吨', 6000, 14000]];
  const rows = items.map(([n, u, a, b]) => { const x = U(a, b); const y = x * U(0.9, 1.02); return [IND + n, u, r(x, 0), r(y, 0), r((1 - y / x) * 100, 1)]; });
  return {
    sheet: '主要污染物', title: '主要污染物排放量', unit: null,
    headers: [['指标', '计量单位', '2023年', '2024年', '比上年下降(%)']],
    rows: [['主要污染物排放量', null, null, null, null], ...rows], dec: [0, 0, 0, 0, 1],
    note: '注：下降率为负值表示排放量增加。',
  };
}

function tIndustryEnergy() {
  const six = ['化学原料和化学制品制造业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '有色金属冶炼和压延加工业', '石油、煤炭及其他燃料加工业', '电力、热力生产和供应业'];
  const B = six.map(() => U(20, 160)); const C = B.map((x) => x * U(0.92, 1.1));
  const oB = U(80, 150), oC = oB * U(1, 1.08);
  const sB = sum(B), sC = sum(C);
  const rows = [['规模以上工业综合能源消费量', r(sB + oB, 2), r(sC + oC, 2), r(growth(sC + oC, sB + oB), 1)], [IND + '其中：六大高耗能行业', r(sB, 2), r(sC, 2), r(growth(sC, sB), 1)], ...six.map((n, i) => [IND + IND + n, r(B[i], 2), r(C[i], 2), r(growth(C[i], B[i]), 1)])];
  return {
    sheet: '规上工业能耗', title: '规模以上工业分行业综合能源消费量', unit: '单位：万吨标准煤',
    headers: [['行业', '2023年', '2024年', '增长(%)']],
    rows, dec: [0, 2, 2, 1],
  };
}

function tEnergyVarieties() {
  const items = [['综合能源消费量', '万吨标准煤', 300, 600, 2], ['原煤', '万吨', 200, 500, 2], ['焦炭', '万吨', 20, 80, 2], ['天然气', '万立方米', 20000, 60000, 0], ['电力', '万千瓦时', 300000, 600000, 0], ['汽油', '吨', 5000, 20000, 0], ['柴油', '吨', 10000, 40000, 0]];
  const rows = items.map(([n, u, a, b, d], i) => { const x = U(a, b), y = x * U(0.9, 1.1); return [i ? IND + n : n, u, r(x, d), r(y, d), r(growth(y, x), 1)]; });
  return {
    sheet: '主要能源品种', title: '规模以上工业主要能源品种消费量', unit: null,
    headers: [['能源品种', '计量单位', '2023年', '2024年', '增长(%)']],
    rows, dec: [0, 0, 2, 2, 1],
  };
}

function tProvince() {
  const ds = CITIES.map((n) => { const e = U(600, 3500); const eb = e / U(0.98, 1.07); const sz = e * U(0.5, 0.75); const szb = sz / U(0.96, 1.08); return { n, e, eb, sz, szb, dr: U(-1.5, 5) }; });
  const T = { e: sum(ds.map((d) => d.e)), eb: sum(ds.map((d) => d.eb)), sz: sum(ds.map((d) => d.sz)), szb: sum(ds.map((d) => d.szb)), dr: 3.12 };
  const line = (d, lab) => [lab, r(d.e, 1), r(growth(d.e, d.eb), 1), r(d.dr, 2), r(d.sz, 1), r(growth(d.sz, d.szb), 1)];
  return {
    sheet: '各市能耗', title: '2024年各市能源消费情况', unit: null,
    headers: [['地区', '能源消费总量', null, '单位GDP能耗下降率(%)', '其中：规模以上工业能耗', null], [null, '总量(万吨标准煤)', '增长(%)', null, '总量(万吨标准煤)', '增长(%)']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 1, 3], [0, 4, 0, 5]],
    rows: [line(T, '全省'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 1, 1, 2, 1, 1],
    note: '注：全省能源消费总量为各市之和；单位GDP能耗下降率按可比价计算，全省数据单独核算。',
  };
}

function tWaterResources() {
  const ds = COUNTIES.slice(0, 7).map((n) => { const area = U(500, 3000); const pr = U(900, 1600); const sw = (area * pr * U(0.35, 0.55)) / 1e5; const gw = sw * U(0.2, 0.35); const rep = gw * U(0.7, 0.9); const pop = U(20, 90); return { n, area, pr, sw, gw, rep, pop }; });
  const T = { area: sum(ds.map((d) => d.area)), sw: sum(ds.map((d) => d.sw)), gw: sum(ds.map((d) => d.gw)), rep: sum(ds.map((d) => d.rep)), pop: sum(ds.map((d) => d.pop)) };
  T.pr = sum(ds.map((d) => d.pr * d.area)) / T.area;
  const line = (d, lab) => { const tot = d.sw + d.gw - d.rep; return [lab, r(d.pr, 1), r(d.sw, 2), r(d.gw, 2), r(d.rep, 2), r(tot, 2), r((tot * 1e8) / (d.pop * 1e4), 0)]; };
  return {
    sheet: '水资源', title: '2024年各县（市、区）水资源量', unit: null,
    headers: [['地区', '年降水量(毫米)', '地表水资源量(亿立方米)', '地下水资源量(亿立方米)', '地表水与地下水重复计算量(亿立方米)', '水资源总量(亿立方米)', '人均水资源量(立方米)']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 1, 2, 2, 2, 2, 0],
    note: '注：水资源总量=地表水资源量+地下水资源量-重复计算量；全市降水量为面积加权平均值。',
  };
}

function tCountyEnergy() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const e = U(40, 400); const eb = e / U(0.97, 1.08); const sz = e * U(0.35, 0.8); return { n, e, eb, sz, dr: U(-2, 6) }; });
  const T = { e: sum(ds.map((d) => d.e)), eb: sum(ds.map((d) => d.eb)), sz: sum(ds.map((d) => d.sz)), dr: 3.46 };
  const line = (d, lab) => [lab, r(d.eb, 2), r(d.e, 2), r(growth(d.e, d.eb), 1), r(d.sz, 2), r(d.dr, 2)];
  return {
    sheet: '分县能耗', title: '各县（市、区）能源消费总量和强度', unit: '单位：万吨标准煤、%',
    headers: [['地区', '能源消费总量', null, null, '其中：规模以上工业', '单位GDP能耗'], [null, '2023年', '2024年', '增长', '2024年', '下降率']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3]],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 2, 2, 1, 2, 2],
  };
}

function tElecResidentRegion() {
  // two-period, region rows, 其中 城乡居民生活用电 as a row-per-region block
  const ds = COUNTIES.slice(0, 6).map((n) => { const tot = U(150000, 600000); const res = tot * U(0.12, 0.22); const totB = tot / U(0.97, 1.1); const resB = res / U(0.99, 1.09); return { n, tot, res, totB, resB }; });
  const rows = [];
  const T = { tot: sum(ds.map((d) => d.tot)), res: sum(ds.map((d) => d.res)), totB: sum(ds.map((d) => d.totB)), resB: sum(ds.map((d) => d.resB)) };
  const blk = (d, lab) => { rows.push([lab, r(d.totB, 0), r(d.tot, 0), r(growth(d.tot, d.totB), 1)]); rows.push([IND + '其中：城乡居民生活用电', r(d.resB, 0), r(d.res, 0), r(growth(d.res, d.resB), 1)]); };
  blk(T, '全市');
  ds.forEach((d) => blk(d, d.n));
  return {
    sheet: '居民用电', title: '各县（市、区）全社会用电量及城乡居民生活用电', unit: '单位：万千瓦时',
    headers: [['地区', '2023年', '2024年', '增长(%)']],
    rows, dec: [0, 0, 0, 1],
  };
}


function tIntensityNoNote() {
  const t = tIntensity(4); t.note = null; t.sheet = '能耗强度';
  t.headers = [['地区', '2023年', '2024年', '下降(%)']]; t.merges = []; t.title = '各县（市、区）单位GDP能耗（吨标准煤/万元）'; t.unit = null;
  return t;
}
function tCoveragePP() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const f23 = U(20, 70); const f24 = f23 + U(0, 0.9); const a23 = U(70, 92); const a24 = a23 + U(-3, 4); return { n, f23, f24, a23, a24 }; });
  const avg = (k) => sum(ds.map((d) => d[k])) / ds.length;
  const T = { f23: avg('f23'), f24: avg('f24'), a23: avg('a23'), a24: avg('a24') };
  const line = (d, lab) => { const f23 = r(d.f23, 2), f24 = r(d.f24, 2), a23 = r(d.a23, 1), a24 = r(d.a24, 1); return [lab, f23, f24, r(f24 - f23, 2), a23, a24, r(a24 - a23, 1)]; };
  return {
    sheet: '覆盖率和优良率', title: '各县（市、区）森林覆盖率和空气质量优良天数比例', unit: '单位：%、百分点',
    headers: [['地区', '森林覆盖率(%)', null, null, '优良天数比例(%)', null, null], [null, '2023年', '2024年', '提高(百分点)', '2023年', '2024年', '增减(百分点)']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 2, 2, 2, 1, 1, 1],
    note: '注：全市为各县（市、区）算术平均值。',
  };
}
function tEnergyGdp() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const e = U(-3, 8); const g = U(3, 8); return { n, e, g }; });
  const line = (d, lab) => [lab, r(d.e, 1), r(d.g, 1), r((1 - (1 + d.e / 100) / (1 + d.g / 100)) * 100, 2)];
  return {
    sheet: '能耗强度测算', title: '各县（市、区）能源消费增速与单位GDP能耗下降率', unit: '单位：%',
    headers: [['地区', '能源消费总量增长', '地区生产总值增长', '单位GDP能耗下降率']],
    rows: [line({ e: 2.6, g: 5.8 }, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 1, 1, 2],
    note: '注：地区生产总值增长按可比价格计算；单位GDP能耗下降率=[1-(1+能源消费增速)/(1+GDP增速)]×100%。',
  };
}
function tElecShare() {
  const P = { p: U(8000, 12000), ind: U(300000, 450000), t: U(80000, 120000), res: U(90000, 130000) };
  P.sec = P.ind * U(1.01, 1.03); const tot = P.p + P.sec + P.t + P.res;
  const line = (lab, v) => [lab, r(v, 0), r((v / tot) * 100, 1)];
  return {
    sheet: '用电构成', title: '2024年全社会用电量构成', unit: null,
    headers: [['指标', '用电量(万千瓦时)', '占全社会用电量比重(%)']],
    rows: [line('全社会用电量', tot), line(IND + '第一产业', P.p), line(IND + '第二产业', P.sec), line(IND + IND + '其中：工业', P.ind), line(IND + '第三产业', P.t), line(IND + '城乡居民生活用电', P.res)], dec: [0, 0, 1],
  };
}
function tUrbanSubtotal() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const c = U(30, 200); const b = c / U(0.96, 1.1); return { n, c, b }; });
  const agg = (xs) => ({ c: sum(xs.map((x) => x.c)), b: sum(xs.map((x) => x.b)) });
  const T = agg(ds), M = agg(ds.slice(0, 4));
  const line = (d, lab) => [lab, r(d.b, 2), r(d.c, 2), r(growth(d.c, d.b), 1)];
  return {
    sheet: '分区县能耗', title: '各县（市、区）能源消费总量', unit: '单位：万吨标准煤',
    headers: [['地区', '2023年', '2024年', '增长(%)']],
    rows: [line(T, '全市'), line(M, IND + '其中：市区'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 2, 2, 1],
    note: '注：市区包括城关区、东城区、西湖区、高新区。',
  };
}
function tAirYoY() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const p23 = U(28, 48); const p24 = p23 * U(0.85, 1.05); const g23 = Math.round(U(260, 330)); const g24 = Math.round(g23 * U(0.97, 1.06)); return { n, p23: Math.round(p23 * 10) / 10, p24: Math.round(p24 * 10) / 10, g23, g24 }; });
  const avg = (k) => sum(ds.map((d) => d[k])) / ds.length;
  const T = { p23: r(avg('p23'), 1), p24: r(avg('p24'), 1), g23: Math.round(avg('g23')), g24: Math.round(avg('g24')) };
  const line = (d, lab) => [lab, d.g23, d.g24, d.g24 - d.g23, d.p23, d.p24, r((1 - d.p24 / d.p23) * 100, 1)];
  return {
    sheet: '空气质量同比', title: '各县（市、区）空气质量同比情况', unit: null,
    headers: [['地区', '优良天数(天)', null, null, 'PM2.5平均浓度(微克/立方米)', null, null], [null, '2023年', '2024年', '增减(天)', '2023年', '2024年', '下降(%)']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 0, 0, 0, 1, 1, 1],
    note: '注：全市数据为各县（市、区）平均值。',
  };
}
async function writeFormulaBook(file) {
  // electricity by district with SUM formulas in the total row (cached results present)
  const t = tElecRegion(); t.sheet = '公式表';
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet(t.sheet);
  const res = writeTable(ws, t, 1);
  const r0 = res.rowAddr['全市'];
  for (const c of [2, 3, 5, 6]) { const L = colL(c - 1 + 0); const col = String.fromCharCode(64 + c); const v = ws.getCell(r0, c).value; ws.getCell(r0, c).value = { formula: `SUM(${col}${r0 + 1}:${col}${r0 + 7})`, result: v }; }
  await wb.xlsx.writeFile(path.join(OUT, file)); manifest[file] = null;
}


function tElecResidentPrefixed() { const t = tElecResidentRegion(); t.sheet = '居民用电2'; let last = ''; t.rows.forEach((rw) => { if (!String(rw[0]).includes('其中')) last = rw[0].trim(); else rw[0] = IND + last + '其中：城乡居民生活用电'; }); return t; }
function tAirCityOwn() {
  const ds = COUNTIES.slice(4, 8).map((n) => { const good = Math.round(U(300, 345)); const pm = Math.round(U(26, 38)); return { n, eff: 366, good, pm, pm10: Math.round(pm * 1.6) }; });
  const T = { eff: 366, good: 352, pm: 41, pm10: 70 };
  const line = (d, lab) => [lab, d.eff, d.good, r((d.good / d.eff) * 100, 1), d.pm, d.pm10];
  return {
    sheet: '空气质量2', title: '2024年全市及各县环境空气质量', unit: null,
    headers: [['地区', '有效监测天数(天)', '优良天数(天)', '优良天数比例(%)', 'PM2.5(微克/立方米)', 'PM10(微克/立方米)']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 0, 0, 1, 0, 0],
    note: '注：全市数据为市区国控监测点位数据，不含所辖县。',
  };
}
function tElecNewDistrict() {
  const t = tElecRegion(); t.sheet = '分地区用电2';
  const row = t.rows.find((x) => x[0].trim() === '高新区');
  // new district established 2024: no 2023 figure. Recompute 全市 growth on comparable (existing districts) basis is what offices do; here keep total of all, base total excluding new district
  const T = t.rows[0];
  T[2] = r(T[2] - row[2], 2); // base excludes new district
  row[2] = '—'; row[3] = '—';
  T[3] = r(growth(T[1], T[2]), 1);
  t.note = '注：高新区2024年新设立，无上年数据。';
  return t;
}
function tForestShrub() {
  const ds = COUNTIES.slice(0, 7).map((n) => { const land = U(30000, 200000); const lin = land * U(0.2, 0.6); const shrub = land * U(0.02, 0.08); return { n, land, lin, shrub }; });
  const T = { land: sum(ds.map((d) => d.land)), lin: sum(ds.map((d) => d.lin)), shrub: sum(ds.map((d) => d.shrub)) };
  const line = (d, lab) => [lab, r(d.land, 0), r(d.lin, 0), r(d.shrub, 0), r(((d.lin + d.shrub) / d.land) * 100, 2)];
  return {
    sheet: '森林覆盖', title: '各县（市、区）森林覆盖率', unit: '单位：公顷、%',
    headers: [['地区', '土地总面积', '乔木林地面积', '国家特别规定灌木林地面积', '森林覆盖率']],
    rows: [line(T, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 0, 0, 0, 2],
    note: '注：森林覆盖率=（乔木林地面积+国家特别规定灌木林地面积）/土地总面积×100%。',
  };
}
function tElecSmallYi() {
  const items = [['农、林、牧、渔业', 0.3, 2.5], ['采矿业', 0.5, 3], ['制造业', 30, 80], ['电力、热力、燃气及水生产和供应业', 3, 9], ['建筑业', 0.4, 1.6], ['交通运输、仓储和邮政业', 1, 4], ['信息传输、软件和信息技术服务业', 0.6, 2.4], ['批发和零售业', 2, 6], ['住宿和餐饮业', 0.8, 3], ['城乡居民生活用电', 12, 30]];
  const V = items.map(([n, a, b]) => { const x = U(a, b); return [n, x, x * U(0.9, 1.2)]; });
  const TB = sum(V.map((v) => v[1])), TC = sum(V.map((v) => v[2]));
  return {
    sheet: '分行业用电亿', title: '全社会分行业用电量', unit: '单位：亿千瓦时',
    headers: [['行业', '2023年', '2024年', '同比增长(%)']],
    rows: [['全社会用电量合计', r(TB, 2), r(TC, 2), r(growth(TC, TB), 1)], ...V.map(([n, x, y]) => [IND + n, r(x, 2), r(y, 2), r(growth(y, x), 1)])], dec: [0, 2, 2, 1],
  };
}
function tPmInteger() {
  const ds = COUNTIES.slice(0, 8).map((n) => { const a = U(24, 40); const b = a * U(0.85, 1.04); return { n, a, b }; });
  const A = sum(ds.map((d) => d.a)) / ds.length, B2 = sum(ds.map((d) => d.b)) / ds.length;
  const line = (d, lab) => [lab, Math.round(d.a), Math.round(d.b), r((1 - d.b / d.a) * 100, 1)];
  return {
    sheet: 'PM2.5', title: '各县（市、区）细颗粒物（PM2.5）平均浓度', unit: '单位：微克/立方米',
    headers: [['地区', '2023年', '2024年', '同比下降(%)']],
    rows: [line({ a: A, b: B2 }, '全市'), ...ds.map((d) => line(d, IND + d.n))], dec: [0, 0, 0, 1],
  };
}

// ---------------- cases ----------------
async function main() {
  const B = {
    energyIndustry: tEnergyIndustry, intensity: () => tIntensity(4), intensity3: () => tIntensity(3), elecSector: () => tElecSector('万千瓦时'), elecSectorYi: () => tElecSector('亿千瓦时'),
    elecRegion: tElecRegion, water: tWater, forest: tForest, air: tAir, sewage: tSewage, garbage: tGarbage, green: tGreen, elecMonthly: tElecMonthly,
    airMonthly: tAirMonthly, pollutants: tPollutants, industryEnergy: tIndustryEnergy, energyVarieties: tEnergyVarieties, province: tProvince, waterRes: tWaterResources,
    countyEnergy: tCountyEnergy, elecResident: tElecResidentRegion, intensityNoNote: tIntensityNoNote, coveragePP: tCoveragePP, energyGdp: tEnergyGdp, elecShare: tElecShare, urbanSub: tUrbanSubtotal, airYoY: tAirYoY,
  };
  // clean
  let n = 0;
  const cleanList = ['energyIndustry', 'intensity', 'intensity3', 'elecSector', 'elecSectorYi', 'elecRegion', 'water', 'forest', 'air', 'sewage', 'garbage', 'green', 'elecMonthly', 'airMonthly', 'pollutants', 'industryEnergy', 'energyVarieties', 'province', 'waterRes', 'countyEnergy', 'elecResident', 'intensityNoNote', 'coveragePP', 'energyGdp', 'elecShare', 'urbanSub', 'airYoY'];
  for (const k of cleanList) { seed = 1000 + ++n * 77; await emit(`clean_${String(n).padStart(2, '0')}_${k}.xlsx`, [B[k]()]); }
  // a combined multi-table "年鉴" workbook (clean)
  seed = 4242; await emit('clean_28_yearbook_combined.xlsx', [{ ...tEnergyIndustry(), sheet: '能源环境' }, { ...tAir(), sheet: '能源环境', id: 'air2' }, { ...tSewage(), sheet: '能源环境', id: 'sew2' }]);

  seed = 5151; await writeFormulaBook('clean_29_formulas.xlsx');
  const X = { elecResidentPrefixed: tElecResidentPrefixed, airCityOwn: tAirCityOwn, elecNewDistrict: tElecNewDistrict, forestShrub: tForestShrub, elecSmallYi: tElecSmallYi, pmInteger: tPmInteger };
  let q = 29; for (const k in X) { seed = 7000 + ++q * 53; await emit(`clean_${q}_${k}.xlsx`, [X[k]()]); }
  // planted
  const P = [
    ['energyIndustry', { table: '能源消费', row: '能源消费总量', col: 2, value: (v) => r(v + 12.5, 2), note: '2024 energy total raised by 12.5, no longer sum of 一产+二产+三产+生活' }],
    ['energyIndustry', { table: '能源消费', row: '其中：规模以上工业', col: 2, value: (v, t) => r(t.rows[3][2] + 35.2, 2), note: '其中规模以上工业 2024 exceeds 其中工业 (its whole)' }],
    ['intensity', { table: '单位GDP能耗', row: '青山县', col: 3, value: (v) => r(v + 2.4, 2), note: '下降率 contradicts the two intensity periods' }],
    ['elecSector', { table: '分行业用电', row: '第三产业', col: 3, value: (v) => r(v + 4.0, 1), note: '第三产业 growth rate contradicts 2023/2024 figures' }],
    ['forest', { table: '森林资源', row: '临江县', col: 4, value: (v) => r(v + 5.3, 2), note: '森林覆盖率 not 森林面积/土地面积' }],
    ['air', { table: '空气质量', row: '西湖区', col: 3, value: (v) => r(v - 6.2, 1), note: '优良天数比例 not 优良天数/有效天数' }],
    ['sewage', { table: '污水处理', row: '东城区', col: 3, value: (v) => r(v - 3.1, 2), note: '污水处理率 not 处理量/排放量' }],
    ['water', { table: '供用水', row: '全市', col: 5, value: (v) => v + 300, note: '全市用水合计 no longer sum of districts (and != 供水合计)' }],
    ['elecRegion', { table: '分地区用电', row: '白水县', col: 1, value: (v) => r(Math.floor(v) / 10 + (v % 1), 2), note: 'lost a digit in 白水县 2024 用电量 (growth and total then contradict)' }],
    ['elecRegion', { table: '分地区用电', row: '临江县', col: 5, value: (v, t) => r(t.rows.find((x) => x[0].trim() === '临江县')[1] + 1.3, 2), note: '其中城乡居民生活用电 larger than 全社会用电量 in the same row' }],
    ['garbage', { table: '生活垃圾', row: '安平县', col: 3, value: (v) => r(v - 4.5, 1), note: '无害化处理率 contradicts 处理量/清运量' }],
    ['elecMonthly', { table: '分月用电', row: '7月', col: 2, value: (v) => v + 5000, note: '7月累计 not previous cumulative + this month' }],
    ['airMonthly', { table: '分月空气质量', row: '全年', col: 2, value: (v) => v + 9, note: '全年优良天数 not sum of months' }],
    ['industryEnergy', { table: '规上工业能耗', row: '其中：六大高耗能行业', col: 2, value: (v) => r(v - 40, 2), note: '六大高耗能 2024 not sum of six industries' }],
    ['pollutants', { table: '主要污染物', row: '二氧化硫', col: 4, value: (v) => r(-v - 1, 1), note: '下降率 sign/size contradicts 2023/2024 emissions' }],
    ['green', { table: '城市绿化', row: '全市', col: 3, value: (v) => r(v + 3.7, 2), note: '全市建成区绿化覆盖率 not 绿化覆盖面积/建成区面积' }],
    ['province', { table: '各市能耗', row: '全省', col: 1, value: (v) => r(v - 250, 1), note: '全省能源消费总量 not sum of cities (note says it is)' }],
    ['countyEnergy', { table: '分县能耗', row: '龙泉市', col: 4, value: (v, t) => 0, note: 'dummy' }],
  ];
  P.pop(); // drop dummy (龙泉市 not in county list for this table)
  P.push(['countyEnergy', { table: '分县能耗', row: '高新区', col: 4, value: (v, t) => r(t.rows.find((x) => x[0].trim() === '高新区')[2] * 1.15, 2), note: '其中规模以上工业 2024 larger than 能源消费总量 2024 in the same row' }]);
  P.push(['intensityNoNote', { table: '能耗强度', row: '东城区', col: 3, value: (v) => r(v + 3.0, 2), note: '下降率 contradicts the two intensities' }]);
  P.push(['coveragePP', { table: '覆盖率和优良率', row: '白水县', col: 3, value: (v) => r(v + 1.5, 2), note: '提高(百分点) not 2024-2023 森林覆盖率' }]);
  P.push(['energyGdp', { table: '能耗强度测算', row: '安平县', col: 3, value: (v) => r(v + 2.2, 2), note: '下降率 contradicts energy growth and GDP growth' }]);
  let m = 0;
  for (const [k, pl] of P) { seed = 9000 + ++m * 131; await emit(`plant_${String(m).padStart(2, '0')}_${k}.xlsx`, [B[k]()], pl); }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', Object.keys(manifest).length, 'workbooks');
}
main().catch((e) => { console.error(e); process.exit(1); });
