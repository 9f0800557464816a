// Generator: energy / environment / public budget workbooks. node gen.js
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const { evalCon, refsOf, same } = require('./common');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rnd;
const U = (a, b) => a + (b - a) * rnd();
const I = (a, b) => Math.floor(U(a, b + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
function R(x, d) { const k = 10 ** d; const m = Math.abs(x) * k; const r = Math.floor(m + 0.5 + 1e-7) / k; return x < 0 ? -r : r; }
const sum = (a) => a.reduce((x, y) => x + y, 0);
function col(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const ndays = (y) => (leap(y) ? 366 : 365);

class Book {
  constructor() { this.sheets = []; this.cons = []; this.plants = []; }
  sheet(name) { const s = { name, cells: {}, merges: [], bold: new Set(), wrap: new Set() }; this.sheets.push(s); return s; }
  put(s, r, c, v, d) { const a = col(c) + r; s.cells[a] = { v: d === undefined ? v : R(v, d), d }; return { s: s.name, a }; }
  txt(s, r, c, t, bold) { const a = col(c) + r; s.cells[a] = { v: t }; if (bold) s.bold.add(a); if (String(t).includes('\n')) s.wrap.add(a); return { s: s.name, a }; }
  merge(s, r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) s.merges.push([r1, c1, r2, c2]); }
  hdr(s, r1, c1, r2, c2, t) { this.txt(s, r1, c1, t, true); this.merge(s, r1, c1, r2, c2); }
  title(s, r, t, n) { this.txt(s, r, 1, t, true); this.merge(s, r, 1, r, n); }
  cell(ref) { return this.sheets.find((x) => x.name === ref.s).cells[ref.a]; }
  get(ref) { const c = this.cell(ref); return c && typeof c.v === 'number' ? c.v : NaN; }
  con(c) { this.cons.push(c); }
  plant(ref, kind, note, extra = {}) { this.plants.push({ ref, kind, note, ...extra }); }
  sumCon(target, parts, tol = 0) { this.con({ t: 'sum', target, parts, tol }); }
  growth(s, r, c, cur, prev, d = 1) { const ref = this.put(s, r, c, (this.get(cur) / this.get(prev) - 1) * 100, d); this.con({ t: 'growth', target: ref, cur, prev, d }); return ref; }
  ratio(s, r, c, num, den, scale = 100, d = 1) { const dv = typeof den === 'number' ? den : this.get(den); const ref = this.put(s, r, c, this.get(num) / dv * scale, d); this.con({ t: 'ratio', target: ref, num, den, scale, d }); return ref; }
}
const fmtOf = (d) => (d ? '0.' + '0'.repeat(d) : '0');
const CITIES = ['江州市', '临海市', '云阳市', '华阳市', '安平市', '青川市', '宁远市', '丰泽市'];
const DISTRICTS = ['城关区', '东城区', '西湖区', '新华区', '河东区', '江北区', '南山区', '北塘区'];
const COUNTIES = ['平安县', '永宁县', '临川县', '青山县', '石门县', '安远县', '丰城市', '瑞安市', '宁化县', '清源县', '长乐县', '白水县', '桃源县', '龙泉市'];
const foot = (b, s, r, n, t) => { b.title(s, r, t, n); s.bold.delete('A' + r); };

// ---------- T1 energy mix by kind
function tEnergyMix(b) {
  const city = pick(CITIES), Y = pick([2024, 2023, 2022]), n = I(4, 7), years = [];
  for (let y = Y - n + 1; y <= Y; y++) years.push(y);
  const d = pick([1, 2]), indep = chance(0.35), bi = chance(0.4), lay = pick(['A', 'B', 'C', 'C']);
  const kinds = ['煤炭', '石油', '天然气', '一次电力及其他能源'], en = ['Coal', 'Petroleum', 'Natural Gas', 'Primary Electricity & Other'];
  let T = U(600, 5000);
  const data = years.map((y) => { T *= U(0.99, 1.06); const w = [U(45, 70), U(10, 22), U(4, 14), U(5, 25)]; const raw = w.map((x) => T * x / sum(w)); const parts = raw.map((x) => R(x, d)); const tot = indep ? R(sum(raw), d) : R(sum(parts), d); return { y, raw, parts, tot }; });
  const s = b.sheet(pick(['表8-1', '能源消费总量及构成', '8-2', 'Sheet1']));
  const fn = chance(0.5);
  const k4 = kinds.map((k, i) => (fn && i === 3 ? k + '①' : k) + (bi ? '\n' + en[i] : ''));
  let r = 1;
  if (lay === 'A') {
    const gcol = chance(0.6), nc = 6 + (gcol ? 1 : 0);
    b.title(s, r++, `${city}能源消费总量及构成`, nc); if (bi) b.title(s, r++, 'Total Energy Consumption and Its Composition', nc);
    r++;
    b.hdr(s, r, 1, r + 1, 1, bi ? '年份\nYear' : '年 份'); b.hdr(s, r, 2, r + 1, 2, '能源消费总量\n（万吨标准煤）' + (bi ? '\nTotal Energy Consumption' : ''));
    let c0 = 3; if (gcol) { b.hdr(s, r, 3, r + 1, 3, '比上年增长\n（%）'); c0 = 4; }
    b.hdr(s, r, c0, r, c0 + 3, '占能源消费总量的比重（%）'); kinds.forEach((k, i) => b.txt(s, r + 1, c0 + i, k4[i], true));
    r += 2; let prev = null;
    data.forEach((x, i) => {
      b.put(s, r, 1, x.y); const tr = b.put(s, r, 2, x.tot, d);
      if (gcol) { if (prev) { const g = b.growth(s, r, 3, tr, prev); b.plant(g, pick(['sign', 'decimal']), '总量增长率错'); b.plant(tr, 'off', '能源消费总量偏离(增长率对不上)', { minFail: i < data.length - 1 ? 2 : 1 }); } else b.txt(s, r, 3, '…'); }
      const sh = x.raw.map((v) => R(v / sum(x.raw) * 100, 1)); const refs = sh.map((v, j) => b.put(s, r, c0 + j, v, 1));
      b.con({ t: 'const', parts: refs, k: 100, tol: 0.2 });
      prev = tr; r++;
    });
    if (fn) { r++; foot(b, s, r, nc, '注：①一次电力及其他能源包括水电、核电、风电、太阳能发电等。'); }
    return;
  }
  if (lay === 'B') {
    const nc = 11;
    b.title(s, r++, `${city}能源消费总量及构成（${years[0]}—${Y}年）`, nc); if (bi) b.title(s, r++, 'Total Energy Consumption and Its Composition', nc);
    b.txt(s, r++, nc, '单位：万吨标准煤、%');
    b.hdr(s, r, 1, r + 1, 1, '年份'); b.hdr(s, r, 2, r, 6, '能源消费量（万吨标准煤）'); b.hdr(s, r, 7, r, 11, '构成（%）');
    ['能源消费总量', ...k4].forEach((k, i) => { b.txt(s, r + 1, 2 + i, i ? k : '总量', true); b.txt(s, r + 1, 7 + i, i ? k : '合计', true); });
    r += 2;
    data.forEach((x) => {
      b.put(s, r, 1, x.y); const tr = b.put(s, r, 2, x.tot, d); const pr = x.parts.map((v, j) => b.put(s, r, 3 + j, v, d));
      b.sumCon(tr, pr, indep ? 4 * 0.5 * 10 ** -d : 0);
      b.put(s, r, 7, 100, 1); const sr = pr.map((p, j) => b.ratio(s, r, 8 + j, p, tr));
      b.con({ t: 'const', parts: sr, k: 100, tol: 0.2 });
      if (x.y === Y || chance(0.3)) { b.plant(tr, 'off', '总量与分品种之和不符'); b.plant(pick(pr), 'transpose', '分品种数字颠倒', { minFail: 2 }); b.plant(pick(sr), 'shift', '构成比重不符', { minFail: 2 }); }
      r++;
      if (chance(0.15)) r++; // blank separator
    });
    if (fn) { r++; foot(b, s, r, nc, '注：①含外调电力。能源消费总量按等价值计算。'); }
    return;
  }
  // C: items as rows, two years
  const x1 = data[data.length - 1], x0 = data[data.length - 2];
  const nc = 6;
  b.title(s, r++, `${city}${Y}年能源消费总量及构成`, nc); if (bi) b.title(s, r++, `Total Energy Consumption by Kind, ${Y}`, nc);
  b.txt(s, r++, nc, '单位：万吨标准煤');
  const two = chance(0.5);
  if (two) { b.hdr(s, r, 1, r + 1, 1, bi ? '指标\nItem' : '指 标'); b.hdr(s, r, 2, r, 3, '消费量'); b.txt(s, r + 1, 2, `${Y}年`, true); b.txt(s, r + 1, 3, `${Y - 1}年`, true); b.hdr(s, r, 4, r + 1, 4, '比上年增长\n（%）'); b.hdr(s, r, 5, r, 6, '构成（%）'); b.txt(s, r + 1, 5, `${Y}年`, true); b.txt(s, r + 1, 6, `${Y - 1}年`, true); r += 2; }
  else { ['指标', `${Y}年`, `${Y - 1}年`, '增长(%)', `${Y}年构成(%)`, `${Y - 1}年构成(%)`].forEach((t, i) => b.txt(s, r, 1 + i, t, true)); r++; }
  const labels = [bi ? '能源消费总量 Total Energy Consumption' : '能源消费总量', ...k4.map((k) => '  ' + k.replace('\n', ' '))];
  const rows = [];
  labels.forEach((l, i) => {
    b.txt(s, r, 1, l);
    const v1 = b.put(s, r, 2, i ? x1.parts[i - 1] : x1.tot, d), v0 = b.put(s, r, 3, i ? x0.parts[i - 1] : x0.tot, d);
    const g = b.growth(s, r, 4, v1, v0); rows.push({ v1, v0, g, r }); r++;
  });
  const tol = indep ? 4 * 0.5 * 10 ** -d : 0;
  b.sumCon(rows[0].v1, rows.slice(1).map((x) => x.v1), tol); b.sumCon(rows[0].v0, rows.slice(1).map((x) => x.v0), tol);
  const sh1 = [], sh0 = [];
  rows.forEach((x, i) => { if (!i) { b.put(s, x.r, 5, 100, 1); b.put(s, x.r, 6, 100, 1); return; } sh1.push(b.ratio(s, x.r, 5, x.v1, rows[0].v1)); sh0.push(b.ratio(s, x.r, 6, x.v0, rows[0].v0)); });
  b.con({ t: 'const', parts: sh1, k: 100, tol: 0.2 }); b.con({ t: 'const', parts: sh0, k: 100, tol: 0.2 });
  b.plant(rows[0].v1, 'off', '总量偏离'); b.plant(rows[I(1, 4)].v1, 'transpose', '分品种数字颠倒', { minFail: 2 }); b.plant(rows[I(1, 4)].g, pick(['sign', 'decimal']), '增长率符号/小数点错'); b.plant(pick(sh1), 'shift', '构成不符', { minFail: 2 });
  if (fn) { r++; foot(b, s, r, nc, '注：①一次电力及其他能源包括水电、核电、风电、太阳能发电等。'); }
}

// ---------- T11 energy by sector, years as columns
function tEnergySector(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), n = I(3, 5), years = []; for (let y = Y - n + 1; y <= Y; y++) years.push(y);
  const d = pick([1, 2]), share = chance(0.6), grow = chance(0.5);
  const secs = ['农、林、牧、渔业', '工业', '建筑业', '交通运输、仓储和邮政业', '批发和零售业、住宿和餐饮业', '其他行业', '生活消费'];
  const s = b.sheet(pick(['8-3', '分行业能源消费', '表2']));
  const nc = 1 + n + (grow ? 1 : 0) + (share ? 1 : 0);
  let r = 1; b.title(s, r++, `${city}分行业能源消费量`, nc); b.txt(s, r++, nc, '单位：万吨标准煤');
  b.txt(s, r, 1, '行    业', true); years.forEach((y, i) => b.txt(s, r, 2 + i, `${y}年`, true));
  let c = 2 + n; const gc = grow ? c++ : 0, sc = share ? c++ : 0;
  if (gc) b.txt(s, r, gc, `${Y}年比上年增长(%)`, true); if (sc) b.txt(s, r, sc, `${Y}年构成(%)`, true);
  r++; if (chance(0.4)) r++;
  const base = secs.map((_, i) => [U(10, 40), U(400, 1500), U(10, 40), U(60, 250), U(20, 80), U(30, 120), U(80, 300)][i]);
  const rowsR = {}; const labels = ['能源消费总量', ...secs, '  城  镇', '  乡  村'];
  labels.forEach((l, i) => { b.txt(s, r + i, 1, i === 0 ? l : (i <= 7 ? '  ' + l : '    ' + l.trim())); });
  const refs = years.map((y, k) => {
    const f = 0.9 + 0.04 * k; const p = base.map((v) => R(v * f * U(0.97, 1.03), d));
    const u = R(p[6] * U(0.55, 0.7), d), q = R(p[6] - u, d);
    const col_ = 2 + k; const tr = b.put(s, r, col_, sum(p), d); const pr = p.map((v, i) => b.put(s, r + 1 + i, col_, v, d));
    const ur = b.put(s, r + 8, col_, u, d), qr = b.put(s, r + 9, col_, q, d);
    b.sumCon(tr, pr); b.sumCon(pr[6], [ur, qr]);
    return { tr, pr, ur, qr };
  });
  const last = refs[n - 1], prv = refs[n - 2];
  if (gc) { const all = [last.tr, ...last.pr, last.ur, last.qr], allp = [prv.tr, ...prv.pr, prv.ur, prv.qr]; all.forEach((x, i) => { const g = b.growth(s, r + i, gc, x, allp[i]); if (i === 2 || i === 4) b.plant(g, pick(['sign', 'decimal']), '增长率错'); }); }
  if (sc) { b.put(s, r, sc, 100, 1); const sh = last.pr.map((x, i) => b.ratio(s, r + 1 + i, sc, x, last.tr)); b.ratio(s, r + 8, sc, last.ur, last.tr); b.ratio(s, r + 9, sc, last.qr, last.tr); b.con({ t: 'const', parts: sh, k: 100, tol: 0.35 }); b.plant(sh[I(0, 6)], 'shift', '构成不符', { minFail: 2 }); }
  b.plant(last.tr, 'off', '总量与分行业之和不符');
  if (gc || sc) { b.plant(last.ur, 'transpose', '城镇生活消费数字颠倒', { minFail: 2 }); b.plant(last.pr[I(0, 5)], 'transpose', '行业数字颠倒', { minFail: 2 }); }
  b.plant(refs[0].tr, 'off', '早年总量不符');
  r += 10; if (chance(0.5)) { r++; foot(b, s, r, nc, '注：能源消费量按等价值计算；生活消费分城镇和乡村。'); }
}

// ---------- T2 industrial energy with 六大高耗能
function tIndustry(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), d = pick([1, 2]), share = chance(0.6), sepRow = chance(0.35), bi = chance(0.3);
  const six = ['石油、煤炭及其他燃料加工业', '化学原料和化学制品制造业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '有色金属冶炼和压延加工业', '电力、热力生产和供应业'];
  const s = b.sheet(pick(['规上工业能耗', '8-5', '表5', 'Sheet1']));
  const nc = share ? 5 : 4; let r = 1;
  b.title(s, r++, `${Y}年${city}规模以上工业分行业综合能源消费量`, nc); if (bi) b.title(s, r++, 'Energy Consumption of Industrial Enterprises above Designated Size', nc);
  b.txt(s, r++, nc, '单位：万吨标准煤');
  ['行    业' + (bi ? '\nIndustry' : ''), `${Y}年`, `${Y - 1}年`, '比上年增长\n(%)', `占规上工业比重\n(%)`].slice(0, nc).forEach((t, i) => b.txt(s, r, 1 + i, t, true)); r++;
  const v1 = six.map(() => U(20, 400)), v0 = v1.map((v) => v / U(0.92, 1.1));
  const p1 = v1.map((v) => R(v, d)), p0 = v0.map((v) => R(v, d));
  const s1 = R(sum(p1), d), s0 = R(sum(p0), d);
  const t1 = R(s1 / U(0.6, 0.85), d), t0 = R(s0 / U(0.6, 0.85), d);
  const rows = [];
  const addRow = (label, a1, a0) => { b.txt(s, r, 1, label); const x1 = b.put(s, r, 2, a1, d), x0 = b.put(s, r, 3, a0, d); const g = b.growth(s, r, 4, x1, x0); const row = { x1, x0, g, r }; rows.push(row); r++; return row; };
  const tot = addRow(bi ? '规模以上工业综合能源消费量 Total' : '规模以上工业综合能源消费量', t1, t0);
  let six_;
  if (sepRow) { b.txt(s, r++, 1, '  其中：'); six_ = addRow('    六大高耗能行业', s1, s0); }
  else six_ = addRow('  其中：六大高耗能行业', s1, s0);
  const kids = six.map((l, i) => addRow('      ' + l, p1[i], p0[i]));
  b.sumCon(six_.x1, kids.map((k) => k.x1)); b.sumCon(six_.x0, kids.map((k) => k.x0));
  b.con({ t: 'le', part: six_.x1, whole: tot.x1 }); b.con({ t: 'le', part: six_.x0, whole: tot.x0 });
  if (share) { b.put(s, tot.r, 5, 100, 1); [six_, ...kids].forEach((k) => { k.sh = b.ratio(s, k.r, 5, k.x1, tot.x1); }); }
  b.plant(six_.x1, 'gt', '其中六大高耗能大于规上工业合计', { whole: tot.x1 });
  b.plant(kids[I(0, 5)].x1, 'transpose', '行业数字颠倒', { minFail: 2 });
  b.plant(kids[I(0, 5)].g, pick(['sign', 'decimal']), '增长率错');
  b.plant(six_.x1, 'off', '六大合计与分行业之和不符', { minFail: 2 });
  if (share) b.plant(kids[I(0, 5)].sh, 'shift', '比重不符');
  if (chance(0.6)) { r++; foot(b, s, r, nc, '注：六大高耗能行业为左列所列六个行业；综合能源消费量按等价值计算。'); }
}

// ---------- T3 indicator table 指标|单位|Y|Y-1|增长%
function tIndicators(b) {
  const city = pick(CITIES), Y = pick([2024, 2023, 2020, 2021]), bi = chance(0.4), rev = chance(0.2);
  const s = b.sheet(pick(['主要指标', '表1', '能源环境主要指标', '1-1']));
  const nc = 5; let r = 1;
  b.title(s, r++, `${city}能源与环境主要指标（${Y}年）`, nc); if (bi) b.title(s, r++, `Main Indicators of Energy and Environment (${Y})`, nc);
  r++;
  const cY = rev ? 4 : 3, cP = rev ? 3 : 4;
  b.txt(s, r, 1, bi ? '指  标\nIndicator' : '指  标', true); b.txt(s, r, 2, bi ? '单位\nUnit' : '单 位', true); b.txt(s, r, cY, `${Y}年`, true); b.txt(s, r, cP, `${Y - 1}年`, true); b.txt(s, r, 5, bi ? '比上年增长(%)\nGrowth' : '比上年增长\n（%）', true); r++;
  let gdp1, gdp0, e1, e0, i1, i0, dec;
  for (let k = 0; k < 500; k++) {
    gdp1 = R(U(800, 8000), 2); gdp0 = R(gdp1 / U(1.03, 1.08), 2); const it1 = U(0.3, 0.8); e1 = R(gdp1 * it1, 2); e0 = R(gdp0 * it1 / U(0.95, 1.0), 2);
    i1 = R(e1 / gdp1, 4); i0 = R(e0 / gdp0, 4);
    const a = R((1 - i1 / i0) * 100, 1), bb = R((1 - (e1 / gdp1) / (e0 / gdp0)) * 100, 1);
    if (a === bb && a > 0.2 && Math.abs(((1 - i1 / i0) * 1000) % 1 - 0.5) > 0.1) { dec = a; break; }
  }
  const row = (label, unit, v1, v0, d, g = 'g') => {
    b.txt(s, r, 1, label); b.txt(s, r, 2, unit);
    const x1 = typeof v1 === 'number' ? b.put(s, r, cY, v1, d) : b.txt(s, r, cY, v1); const x0 = typeof v0 === 'number' ? b.put(s, r, cP, v0, d) : b.txt(s, r, cP, v0);
    let gr = null; if (g === 'g') gr = b.growth(s, r, 5, x1, x0); else b.txt(s, r, 5, g);
    const o = { x1, x0, gr, r }; r++; return o;
  };
  const G = row(bi ? '地区生产总值 GDP' : '地区生产总值', '亿元', gdp1, gdp0, 2);
  const EN = row(bi ? '能源消费总量 Total Energy Consumption' : '能源消费总量', '万吨标准煤', e1, e0, 2);
  const IN = row('单位地区生产总值能耗', '吨标准煤/万元', i1, i0, 4, chance(0.5) ? 'g' : '—');
  b.con({ t: 'ratio', target: IN.x1, num: EN.x1, den: G.x1, scale: 1, d: 4 }); b.con({ t: 'ratio', target: IN.x0, num: EN.x0, den: G.x0, scale: 1, d: 4 });
  b.txt(s, r, 1, '单位地区生产总值能耗下降率' + (chance(0.5) ? '①' : '')); b.txt(s, r, 2, '%');
  const DR = b.put(s, r, cY, dec, 1); b.con({ t: 'decline', target: DR, cur: IN.x1, prev: IN.x0, d: 1 }); b.put(s, r, cP, R(U(1, 5), 1), 1); b.txt(s, r, 5, '—'); r++;
  b.plant(DR, 'sign', '能耗下降率符号反了(写成增长率)'); b.plant(IN.x1, 'transpose', '单位能耗数字颠倒', { minFail: 2 }); b.plant(EN.x1, 'off', '能源消费总量偏离', { minFail: 2 });
  if (chance(0.3)) r++;
  const ind1 = R(e1 * U(0.45, 0.7), 2), ind0 = R(e0 * U(0.45, 0.7), 2);
  const IND = row('规模以上工业综合能源消费量', '万吨标准煤', ind1, ind0, 2); const SIX = row('  其中：六大高耗能行业', '万吨标准煤', R(ind1 * 0.75, 2), R(ind1 * 0.75 / U(0.95, 1.08), 2), 2);
  b.con({ t: 'le', part: SIX.x1, whole: IND.x1 }); b.con({ t: 'le', part: IND.x1, whole: EN.x1 }); b.con({ t: 'le', part: IND.x0, whole: EN.x0 }); b.con({ t: 'le', part: SIX.x0, whole: IND.x0 });
  b.plant(SIX.x1, 'gt', '其中六大高耗能大于规上工业', { whole: IND.x1 });
  const el1 = R(gdp1 * U(0.08, 0.15), 2), el0 = R(el1 / U(1.02, 1.09), 2);
  const EL = row('全社会用电量', '亿千瓦时', el1, el0, 2); const EI = row('  其中：工业用电量', '亿千瓦时', R(el1 * 0.6, 2), R(el1 * 0.6 / U(0.97, 1.1), 2), 2); const ER = row('        城乡居民生活用电量', '亿千瓦时', R(el1 * 0.15, 2), R(el1 * 0.15 / U(0.97, 1.1), 2), 2);
  [EI, ER].forEach((x) => { b.con({ t: 'le', part: x.x1, whole: EL.x1 }); b.con({ t: 'le', part: x.x0, whole: EL.x0 }); });
  b.plant(EI.gr, 'decimal', '增长率小数点错'); b.plant(ER.x1, 'gt', '居民用电大于全社会', { whole: EL.x1 });
  if (chance(0.3)) r++;
  const dy1 = I(250, 340), dy0 = I(240, 340);
  const DY = row('空气质量优良天数', '天', dy1, dy0, 0, chance(0.5) ? 'g' : '—');
  const RT = row('空气质量优良天数比例', '%', R(dy1 / ndays(Y) * 100, 1), R(dy0 / ndays(Y - 1) * 100, 1), 1, '—');
  b.con({ t: 'ratio', target: RT.x1, num: DY.x1, den: ndays(Y), scale: 100, d: 1 }); b.con({ t: 'ratio', target: RT.x0, num: DY.x0, den: ndays(Y - 1), scale: 100, d: 1 });
  if (leap(Y)) b.plant(RT.x1, 'set', '优良天数比例按365天算(闰年)', { value: R(dy1 / 365 * 100, 1) }); else b.plant(RT.x1, 'shift', '优良天数比例不符');
  const pd = pick([0, 1]); const pm1 = R(U(20, 50), pd), pm0 = R(pm1 / U(0.85, 1.05), pd);
  const PM = row('PM2.5年均浓度', '微克/立方米', pm1, pm0, pd); b.plant(PM.gr, 'sign', 'PM2.5增长率符号错');
  if (chance(0.5)) {
    const rv1 = R(gdp1 * U(0.06, 0.1), 2), rv0 = R(rv1 / U(0.95, 1.1), 2);
    const RV = row('一般公共预算收入', '亿元', rv1, rv0, 2); const TX = row('  其中：税收收入', '亿元', R(rv1 * 0.7, 2), R(rv1 * 0.7 / U(0.95, 1.1), 2), 2);
    b.con({ t: 'le', part: TX.x1, whole: RV.x1 }); b.con({ t: 'le', part: TX.x0, whole: RV.x0 }); b.plant(TX.x1, 'gt', '税收大于一般公共预算收入', { whole: RV.x1 });
  }
  r++; foot(b, s, r++, nc, '注：①单位地区生产总值能耗下降率为正值表示下降。'); if (chance(0.5)) foot(b, s, r++, nc, '    “—”表示无此项或不适用。');
}

// ---------- T4 electricity by sector
function tElectricity(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), unit = pick(['万千瓦时', '亿千瓦时']), d = unit === '万千瓦时' ? pick([0, 0, 2]) : 2;
  const indep = unit === '亿千瓦时' && chance(0.5), share = chance(0.5), numbered = chance(0.5), bi = chance(0.3);
  const s = b.sheet(pick(['全社会用电量', '表4-2', '用电', 'Sheet1'])); const nc = share ? 5 : 4; let r = 1;
  b.title(s, r++, `${city}${Y}年全社会用电量`, nc); if (bi) b.title(s, r++, 'Electricity Consumption', nc);
  b.txt(s, r++, nc, `单位：${unit}`);
  const two = chance(0.5);
  if (two) { b.hdr(s, r, 1, r + 1, 1, bi ? '项目 Item' : '项  目'); b.hdr(s, r, 2, r, 3, '用电量'); b.txt(s, r + 1, 2, `${Y}年`, true); b.txt(s, r + 1, 3, `${Y - 1}年`, true); b.hdr(s, r, 4, r + 1, 4, '增长\n(%)'); if (share) b.hdr(s, r, 5, r + 1, 5, `${Y}年占比\n(%)`); r += 2; }
  else { ['项目', `${Y}年`, `${Y - 1}年`, '同比增长(%)', '比重(%)'].slice(0, nc).forEach((t, i) => b.txt(s, r, 1 + i, t, true)); r++; }
  const scale = unit === '亿千瓦时' ? U(50, 600) * 1e4 : U(20, 600) * 1e4; // in 万千瓦时
  const gen = (f) => { const a = scale * 0.012 * f * U(0.9, 1.1), sec = scale * 0.62 * f * U(0.95, 1.05), ter = scale * 0.18 * f * U(0.95, 1.05), urb = scale * 0.11 * f * U(0.95, 1.05), rur = scale * 0.07 * f * U(0.9, 1.1); const ind = sec * U(0.85, 0.97); return { a, sec, ind, ter, urb, rur }; };
  const conv = (x) => (unit === '亿千瓦时' ? x / 1e4 : x);
  const mk = (g) => { const p = {}; for (const k in g) p[k] = R(conv(g[k]), d); p.res = indep ? R(conv(g.urb + g.rur), d) : R(p.urb + p.rur, d); p.tot = indep ? R(conv(g.a + g.sec + g.ter + g.urb + g.rur), d) : R(p.a + p.sec + p.ter + p.res, d); return p; };
  const A = mk(gen(1)), B = mk(gen(1 / U(1.02, 1.1)));
  const L = numbered ? ['全社会用电量', '一、第一产业', '二、第二产业', '    其中：工业', '三、第三产业', '四、城乡居民生活用电', '    城镇居民', '    乡村居民'] : ['全社会用电量合计', '  第一产业', '  第二产业', '    #工业', '  第三产业', '  城乡居民生活用电', '    城镇居民', '    乡村居民'];
  const keys = ['tot', 'a', 'sec', 'ind', 'ter', 'res', 'urb', 'rur']; const rows = {};
  keys.forEach((k, i) => { b.txt(s, r, 1, L[i]); const x1 = b.put(s, r, 2, A[k], d), x0 = b.put(s, r, 3, B[k], d); const g = b.growth(s, r, 4, x1, x0); rows[k] = { x1, x0, g, r }; r++; if (k === 'tot' && chance(0.3)) r++; });
  const tol4 = indep ? 4 * 0.5 * 10 ** -d : 0, tol2 = indep ? 0.5 * 10 ** -d * 2 : 0;
  for (const y of ['x1', 'x0']) { b.sumCon(rows.tot[y], ['a', 'sec', 'ter', 'res'].map((k) => rows[k][y]), tol4); b.sumCon(rows.res[y], [rows.urb[y], rows.rur[y]], tol2); b.con({ t: 'le', part: rows.ind[y], whole: rows.sec[y] }); }
  if (share) { b.put(s, rows.tot.r, 5, 100, 1); keys.slice(1).forEach((k) => { rows[k].sh = b.ratio(s, rows[k].r, 5, rows[k].x1, rows.tot.x1); }); b.plant(rows[pick(['a', 'sec', 'ter'])].sh, 'shift', '比重不符'); }
  b.plant(rows.tot.x1, 'off', '全社会用电量与分项之和不符', { minFail: 2 }); b.plant(rows.ind.x1, 'gt', '其中工业大于第二产业', { whole: rows.sec.x1 });
  b.plant(rows[pick(['a', 'ter', 'urb'])].g, pick(['decimal', 'sign']), '增长率错'); b.plant(rows.rur.x1, 'transpose', '乡村居民用电数字颠倒', { minFail: 2 });
  if (chance(0.5)) { r++; foot(b, s, r, nc, '注：数据来源于市供电公司；城乡居民生活用电含城镇居民和乡村居民。'); }
}

// ---------- region helper
function regions() {
  const nd = I(2, 4), nco = I(3, 8); return { districts: shuffle(DISTRICTS).slice(0, nd), counties: shuffle(COUNTIES).slice(0, nco), sub: chance(0.7) };
}

// ---------- T5 county electricity (optionally 续表)
function tCountyElec(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), d = pick([0, 2]), reg = regions(), cont = chance(0.4);
  const sname = pick(['4-5', '各县区用电', '表6']); const s1 = b.sheet(sname); const s2 = cont ? b.sheet(pick([sname + '(续)', '续表', sname + '续'])) : null;
  const nc = 6;
  const header = (s, r, t) => { b.title(s, r++, t, nc); b.txt(s, r++, nc, '单位：万千瓦时'); b.hdr(s, r, 1, r + 1, 1, '地  区'); b.hdr(s, r, 2, r, 4, '全社会用电量'); b.txt(s, r + 1, 2, `${Y}年`, true); b.txt(s, r + 1, 3, `${Y - 1}年`, true); b.txt(s, r + 1, 4, '增长(%)', true); b.hdr(s, r, 5, r + 1, 5, `其中：工业用电\n（${Y}年）`); b.hdr(s, r, 6, r + 1, 6, `城乡居民生活用电\n（${Y}年）`); return r + 2; };
  const title = `${Y}年各县（市、区）全社会用电量`;
  let r = header(s1, 1, title);
  const leafVals = () => { const t1 = U(5e4, 9e5), t0 = t1 / U(0.96, 1.12); const in1 = t1 * U(0.3, 0.75), re1 = t1 * U(0.08, 0.25); return [t1, t0, in1, re1].map((v) => R(v, d)); };
  const dv = reg.districts.map(leafVals), cv = reg.counties.map(leafVals);
  const sumv = (arr) => [0, 1, 2, 3].map((j) => R(sum(arr.map((x) => x[j])), d));
  const sub = sumv(dv); const all = sumv([...dv, ...cv]);
  const order = [['全市', all], ...(reg.sub ? [['  市辖区', sub]] : []), ...reg.districts.map((n, i) => [(reg.sub ? '    ' : '  ') + n, dv[i]]), ...reg.counties.map((n, i) => ['  ' + n, cv[i]])];
  const split = cont ? Math.max(3, Math.floor(order.length * U(0.5, 0.7))) : order.length;
  let s = s1; const rows = [];
  order.forEach(([name, v], i) => {
    if (i === split) { s = s2; r = header(s2, 1, title + '（续表）'); }
    b.txt(s, r, 1, name); const x = [2, 3, 5, 6].map((c, j) => b.put(s, r, c, v[j], d)); const g = b.growth(s, r, 4, x[0], x[1]);
    b.con({ t: 'le', part: x[2], whole: x[0] }); b.con({ t: 'le', part: x[3], whole: x[0] });
    rows.push({ name, x, g }); r++; if (i === 0 && chance(0.4)) r++;
  });
  const top = rows[0], subr = reg.sub ? rows[1] : null, dr = rows.slice(reg.sub ? 2 : 1, (reg.sub ? 2 : 1) + reg.districts.length), cr = rows.slice((reg.sub ? 2 : 1) + reg.districts.length);
  for (let j = 0; j < 4; j++) { if (subr) { b.sumCon(subr.x[j], dr.map((x) => x.x[j])); b.sumCon(top.x[j], [subr, ...cr].map((x) => x.x[j])); } else b.sumCon(top.x[j], [...dr, ...cr].map((x) => x.x[j])); }
  b.plant(top.x[0], 'off', '全市合计不符', { minFail: 2 }); if (subr) b.plant(subr.x[0], 'off', '市辖区小计不符', { minFail: 2 });
  b.plant(cr[cr.length - 1].x[0], 'transpose', '续表/末行县数字颠倒', { minFail: 2 }); b.plant(pick(cr).x[2], 'gt', '其中工业大于全社会用电', { whole: null });
  b.plant(pick(cr).g, 'sign', '县增长率符号错');
  if (chance(0.5)) { r++; foot(b, s, r, nc, '注：全市含市辖区和各县（市）；“市辖区”为各区合计。'); }
}

// ---------- T6 air quality by county
function tAir(b) {
  const city = pick(CITIES), Y = pick([2024, 2024, 2023, 2020]), reg = regions(), pd = pick([0, 1]), bi = chance(0.3);
  const names = ['全市', ...reg.districts.slice(0, 2), ...reg.counties];
  const s = b.sheet(pick(['空气质量', '10-3', '表7', '环境'])); const nc = 9; let r = 1;
  b.title(s, r++, `${Y}年各县（市、区）环境空气质量状况`, nc); if (bi) b.title(s, r++, 'Ambient Air Quality by County', nc);
  b.hdr(s, r, 1, r + 1, 1, '地  区'); b.hdr(s, r, 2, r, 3, '优良天数（天）' + (bi ? '\nGood Days' : '')); b.hdr(s, r, 4, r, 6, '优良天数比例（%）'); b.hdr(s, r, 7, r, 9, 'PM2.5年均浓度（微克/立方米）');
  [`${Y}年`, `${Y - 1}年`, `${Y}年`, `${Y - 1}年`, '比上年增减\n(百分点)', `${Y}年`, `${Y - 1}年`, '比上年增长\n(%)'].forEach((t, i) => b.txt(s, r + 1, 2 + i, t, true)); r += 2;
  const cd1 = reg.counties.map(() => I(260, 345)); const mean = (a) => sum(a) / a.length;
  const rows = names.map((n, i) => {
    const d1 = i === 0 ? Math.round(mean(cd1) - U(5, 20)) : I(255, 345), d0 = Math.max(200, Math.min(ndays(Y - 1), d1 + I(-25, 20)));
    const p1 = R(U(18, 48), pd), p0 = R(p1 / U(0.85, 1.08), pd);
    b.txt(s, r, 1, i ? '  ' + n : n);
    const D1 = b.put(s, r, 2, d1, 0), D0 = b.put(s, r, 3, d0, 0);
    const R1 = b.ratio(s, r, 4, D1, ndays(Y), 100, 1), R0 = b.ratio(s, r, 5, D0, ndays(Y - 1), 100, 1);
    const PP = b.put(s, r, 6, b.get(R1) - b.get(R0), 1); b.con({ t: 'diff', target: PP, a: R1, b: R0, tol: 0 });
    const P1 = b.put(s, r, 7, p1, pd), P0 = b.put(s, r, 8, p0, pd); const G = b.growth(s, r, 9, P1, P0);
    r++; if (i === 0 && chance(0.4)) r++;
    return { D1, R1, PP, G, d1 };
  });
  const x = pick(rows);
  if (leap(Y) && Math.abs(R(x.d1 / 365 * 100, 1) - b.get(x.R1)) >= 0.15) b.plant(x.R1, 'set', '闰年优良比例按365天算', { value: R(x.d1 / 365 * 100, 1), minFail: 2 });
  else b.plant(x.R1, 'shift', '优良天数比例不符', { minFail: 2 });
  b.plant(pick(rows).D1, 'transpose', '优良天数数字颠倒'); b.plant(pick(rows).PP, 'sign', '百分点增减符号错'); b.plant(pick(rows).G, pick(['sign', 'decimal']), 'PM2.5增长率错');
  r++; foot(b, s, r++, nc, `注：${Y}年全年${ndays(Y)}天。全市数据为市区国控站点均值，不是各县（市、区）之和或平均。`);
}

// ---------- T7 pollutants by source
function tPollut(b) {
  const city = pick(CITIES), Y = pick([2024, 2023, 2022]), d = pick([0, 2]), trans = chance(0.4), prevCol = chance(0.5), bi = chance(0.4);
  const pol = ['化学需氧量', '氨氮', '总氮', '总磷', '二氧化硫', '氮氧化物', '颗粒物'], polEn = ['COD', 'Ammonia Nitrogen', 'Total Nitrogen', 'Total Phosphorus', 'SO2', 'NOx', 'Particulate Matter'];
  const src = ['工业源', '农业源', '生活源', '集中式污染治理设施', '移动源'];
  const water = (i) => i < 4;
  const has = (i, j) => (j === 1 ? water(i) : j === 4 ? (i === 5 || i === 6) : true);
  const mag = [U(5000, 40000), U(500, 3000), U(1000, 8000), U(80, 600), U(2000, 20000), U(3000, 30000), U(2000, 20000)];
  const V = pol.map((_, i) => src.map((_, j) => (has(i, j) ? R(mag[i] * U(0.02, 0.6), d) : null)));
  const s = b.sheet(pick(['主要污染物排放', '10-1', '表9'])); let r = 1;
  const nc = trans ? 1 + pol.length : 2 + src.length + (prevCol ? 2 : 0);
  b.title(s, r++, `${city}${Y}年主要污染物排放情况`, nc); if (bi) b.title(s, r++, 'Emission of Major Pollutants', nc); b.txt(s, r++, nc, '单位：吨');
  if (!trans) {
    const hd = ['污染物' + (bi ? '\nPollutant' : ''), '排放总量' + (bi ? '\nTotal' : ''), ...src]; if (prevCol) hd.push(`${Y - 1}年排放总量`, '比上年增长(%)');
    if (chance(0.5)) { b.hdr(s, r, 1, r + 1, 1, hd[0]); b.hdr(s, r, 2, r + 1, 2, hd[1]); b.hdr(s, r, 3, r, 7, '按来源分'); src.forEach((t, j) => b.txt(s, r + 1, 3 + j, t, true)); if (prevCol) { b.hdr(s, r, 8, r + 1, 8, hd[7]); b.hdr(s, r, 9, r + 1, 9, hd[8]); } r += 2; }
    else { hd.forEach((t, i) => b.txt(s, r, 1 + i, t, true)); r++; }
    pol.forEach((p, i) => {
      b.txt(s, r, 1, bi ? `${p} ${polEn[i]}` : p);
      const parts = []; V[i].forEach((v, j) => { if (v === null) b.txt(s, r, 3 + j, '—'); else parts.push(b.put(s, r, 3 + j, v, d)); });
      const T = b.put(s, r, 2, sum(V[i].filter((v) => v !== null)), d); b.sumCon(T, parts);
      if (prevCol) { const P = b.put(s, r, 8, b.get(T) / U(0.9, 1.08), d); const g = b.growth(s, r, 9, T, P); b.plant(T, pick(['off', 'transpose']), '排放总量与分源之和不符', { minFail: 2 }); if (i % 3 === 0) b.plant(g, pick(['sign', 'decimal']), '增长率错'); }
      else b.plant(T, pick(['off', 'transpose']), '排放总量与分源之和不符');
      r++; if (i === 3 && chance(0.5)) r++;
    });
  } else {
    b.txt(s, r, 1, '来  源', true); pol.forEach((p, i) => b.txt(s, r, 2 + i, bi ? `${p}\n${polEn[i]}` : p, true)); r++;
    const tr = r; b.txt(s, r++, 1, '合  计'); const partRefs = pol.map(() => []);
    src.forEach((sn, j) => { b.txt(s, r, 1, '  ' + sn); pol.forEach((p, i) => { if (V[i][j] === null) b.txt(s, r, 2 + i, '—'); else partRefs[i].push(b.put(s, r, 2 + i, V[i][j], d)); }); r++; });
    pol.forEach((p, i) => { const T = b.put(s, tr, 2 + i, sum(V[i].filter((v) => v !== null)), d); b.sumCon(T, partRefs[i]); b.plant(T, pick(['off', 'transpose']), '合计与分源之和不符'); });
  }
  r++; foot(b, s, r, nc, '注：“—”表示该来源无此项污染物排放；移动源仅统计氮氧化物和颗粒物。');
}

// ---------- T8 budget revenue
function tBudgetRev(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), yi = chance(0.4), d = yi ? 2 : 0, unit = yi ? '亿元' : '万元', prev = chance(0.65), cd = pick([1, 1, 2]);
  const taxes = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税'];
  const tl = [...taxes.slice(0, I(8, 13)), '其他税收收入'], nt = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他非税收入'];
  const base = yi ? U(50, 400) : U(3e5, 4e6);
  const s = b.sheet(pick(['一般公共预算收入', '表1', '收入执行', 'Sheet1'])); const nc = prev ? 6 : 5; let r = 1;
  b.title(s, r++, `${city}${Y}年一般公共预算收入执行情况表`, nc); b.txt(s, r++, nc, `单位：${unit}`);
  const hd = ['项    目', `${Y}年预算数`, `${Y}年执行数`, '完成预算\n(%)', ...(prev ? [`${Y - 1}年执行数`] : []), '比上年增长\n(%)']; hd.forEach((t, i) => b.txt(s, r, 1 + i, t, true)); r++;
  const cE = 3, cB = 2, cP = prev ? 5 : 0, cC = 4, cG = prev ? 6 : 5;
  const w = tl.map((t, i) => (i === 0 ? 0.35 : i === 1 ? 0.15 : U(0.005, 0.08))), wn = nt.map(() => U(0.02, 0.1));
  const leaf = (f) => { const e = R(base * f, d); const bu = R(e / U(0.9, 1.08), d); const p = R(e / U(0.92, 1.12), d); return [bu, e, p]; };
  const TL = w.map(leaf), NT = wn.map(leaf);
  const sumC = (arr) => [0, 1, 2].map((j) => R(sum(arr.map((x) => x[j])), d));
  const tax = sumC(TL), non = sumC(NT), tot = sumC([tax, non]);
  const rows = [];
  const add = (label, v, bold) => { b.txt(s, r, 1, label, bold); const Bu = b.put(s, r, cB, v[0], d), Ex = b.put(s, r, cE, v[1], d); const C = b.ratio(s, r, cC, Ex, Bu, 100, cd); let P = null, G = null; if (prev) { P = b.put(s, r, cP, v[2], d); G = b.growth(s, r, cG, Ex, P); } else b.put(s, r, cG, (v[1] / v[2] - 1) * 100, 1); const o = { Bu, Ex, C, P, G, x: [Bu, Ex, P] }; rows.push(o); r++; return o; };
  const T = add('一般公共预算收入', tot, true); if (chance(0.3)) r++;
  const TX = add(pick(['一、税收收入', '  税收收入', '  其中：税收收入']), tax); const tr = TL.map((v, i) => add('    ' + tl[i], v));
  const NX = add(pick(['二、非税收入', '  非税收入']), non); const nr = NT.map((v, i) => add('    ' + nt[i], v));
  const ncols = prev ? [0, 1, 2] : [0, 1];
  ncols.forEach((j) => { b.sumCon(T.x[j], [TX.x[j], NX.x[j]]); b.sumCon(TX.x[j], tr.map((x) => x.x[j])); b.sumCon(NX.x[j], nr.map((x) => x.x[j])); });
  b.plant(pick(rows).C, 'shift', '完成预算%不符'); if (prev) b.plant(pick(rows).G, pick(['sign', 'decimal']), '增长率错');
  b.plant(tr[I(0, 3)].Ex, 'transpose', '税种执行数颠倒', { minFail: 2 }); b.plant(T.Ex, 'off', '收入合计与分项不符', { minFail: 2 }); b.plant(TX.Ex, 'gt', '税收收入大于一般公共预算收入', { whole: T.Ex });
  if (chance(0.6)) { r++; foot(b, s, r, nc, '注：执行数为快报数；比上年增长按同口径计算。'); }
}

// ---------- T9 budget expenditure (其中 items, non-exhaustive)
function tBudgetExp(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), yi = chance(0.5), d = yi ? 2 : 0, unit = yi ? '亿元' : '万元', exh = chance(0.4), prev = chance(0.6);
  const items = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出'];
  const base = yi ? U(80, 700) : U(5e5, 7e6);
  const s = b.sheet(pick(['一般公共预算支出', '表2', '支出'])); const nc = prev ? 6 : 5; let r = 1;
  b.title(s, r++, `${city}${Y}年一般公共预算支出执行情况`, nc); b.txt(s, r++, nc, `单位：${unit}`);
  if (chance(0.5)) { b.hdr(s, r, 1, r + 1, 1, '项  目'); b.hdr(s, r, 2, r + 1, 2, '预算数'); b.hdr(s, r, 3, r + 1, 3, '执行数'); b.hdr(s, r, 4, r, 5, '执行数为'); b.txt(s, r + 1, 4, '预算数%', true); b.txt(s, r + 1, 5, '上年数%', true); if (prev) b.hdr(s, r, 6, r + 1, 6, '上年执行数'); r += 2; }
  else { ['项  目', '预算数', '执行数', '完成预算%', '比上年增长%', ...(prev ? ['上年执行数'] : [])].forEach((t, i) => b.txt(s, r, 1 + i, t, true)); r++; }
  // "上年数%" = 执行/上年*100 in two-row header variant? keep it as growth% to be consistent: label says 为上年数% only in two-row variant
  const twoRow = b.cell({ s: s.name, a: 'E' + (r - 1) }).v === '上年数%';
  const chosen = exh ? items : shuffle(items).slice(0, I(5, 8));
  const ws = chosen.map(() => U(0.02, 0.18)); const tw = sum(ws); const cover = exh ? 1 : U(0.6, 0.85);
  const leaf = (f) => { const e = R(base * f, d); return [R(e / U(0.88, 1.05), d), e, R(e / U(0.93, 1.12), d)]; };
  const L = chosen.map((_, i) => leaf(ws[i] / tw * cover * (exh ? 0.95 : 1)));
  let O = exh ? leaf(0.05) : null;
  const tot = exh ? [0, 1, 2].map((j) => R(sum([...L, O].map((x) => x[j])), d)) : leaf(1);
  const rows = [];
  const add = (label, v) => { b.txt(s, r, 1, label); const Bu = b.put(s, r, 2, v[0], d), Ex = b.put(s, r, 3, v[1], d); const C = b.ratio(s, r, 4, Ex, Bu, 100, 1); let G, P = null; if (prev) { P = b.put(s, r, 6, v[2], d); G = twoRow ? b.ratio(s, r, 5, Ex, P, 100, 1) : b.growth(s, r, 5, Ex, P); } else { G = b.put(s, r, 5, twoRow ? v[1] / v[2] * 100 : (v[1] / v[2] - 1) * 100, 1); } const o = { Bu, Ex, C, G, P, x: [Bu, Ex, P] }; rows.push(o); r++; return o; };
  const T = add('一般公共预算支出', tot); if (!exh) b.txt(s, r++, 1, '  其中：');
  const ir = chosen.map((n, i) => add((exh ? '  ' : '    ') + n, L[i])); const orow = exh ? add('  其他支出', O) : null;
  const cols = prev ? [0, 1, 2] : [0, 1];
  cols.forEach((j) => { if (exh) b.sumCon(T.x[j], [...ir, orow].map((x) => x.x[j])); ir.forEach((x) => b.con({ t: 'le', part: x.x[j], whole: T.x[j] })); });
  b.plant(pick(rows).C, 'shift', '完成预算%不符'); if (prev) b.plant(pick(rows).G, twoRow ? 'shift' : pick(['sign', 'decimal']), '增长率/上年%错');
  b.plant(pick(ir).Ex, 'transpose', '支出项目执行数颠倒', { minFail: 2 }); if (exh) b.plant(T.Ex, 'off', '支出合计与分项不符', { minFail: 2 });
  b.plant(ir[0].Ex, 'gt', '其中项大于支出合计', { whole: T.Ex });
  if (chance(0.5)) { r++; foot(b, s, r, nc, exh ? '注：按功能分类。' : '注：本表仅列示主要支出科目，其他科目未列出。'); }
}

// ---------- T10 county budget (市本级 + 市辖区 + 县), optional 续表
function tCountyBudget(b) {
  const city = pick(CITIES), Y = pick([2024, 2023]), reg = regions(), cont = chance(0.45), d = pick([0, 2]), unit = d ? '亿元' : '万元', kai = chance(0.3);
  const sname = pick(['县区财政', '13-4', '表11']); const s1 = b.sheet(sname); const s2 = cont ? b.sheet(pick([sname + '(续)', '续表'])) : null; const nc = 7;
  const header = (s, r, t) => { b.title(s, r++, t, nc); b.txt(s, r++, nc, `单位：${unit}`); b.hdr(s, r, 1, r + 1, 1, '地  区'); b.hdr(s, r, 2, r, 6, '一般公共预算收入'); [`${Y}年`, `${Y - 1}年`, '增长(%)', '其中：税收收入', '税收占比(%)'].forEach((x, i) => b.txt(s, r + 1, 2 + i, x, true)); b.hdr(s, r, 7, r + 1, 7, '一般公共预算支出'); return r + 2; };
  const title = `${Y}年各县（市、区）一般公共预算收支情况`;
  let r = header(s1, 1, title);
  const f = d ? 1e-4 : 1;
  const leaf = (m) => { const a = U(2e4, 3e5) * m * f; const p = a / U(0.9, 1.15); const t = a * U(0.55, 0.85); const e = a * U(1.5, 4); return [a, p, t, e].map((v) => R(v, d)); };
  const benji = leaf(2), dv = reg.districts.map(() => leaf(1)), cv = reg.counties.map(() => leaf(0.7)), kv = kai ? leaf(0.8) : null;
  const sumv = (arr) => [0, 1, 2, 3].map((j) => R(sum(arr.map((x) => x[j])), d));
  const sub = sumv(dv); const all = sumv([benji, ...dv, ...cv, ...(kai ? [kv] : [])]);
  const order = [['全市', all, 'all'], ['  市本级', benji, 'b'], ...(reg.sub ? [['  市辖区', sub, 'sub']] : []), ...reg.districts.map((n, i) => [(reg.sub ? '    ' : '  ') + n, dv[i], 'd']), ...(kai ? [['  经济技术开发区', kv, 'k']] : []), ...reg.counties.map((n, i) => ['  ' + n, cv[i], 'c'])];
  const split = cont ? Math.max(4, Math.floor(order.length * U(0.45, 0.7))) : order.length;
  let s = s1; const rows = [];
  order.forEach(([name, v, kind], i) => {
    if (i === split) { s = s2; r = header(s2, 1, '续表'); }
    b.txt(s, r, 1, name); const A = b.put(s, r, 2, v[0], d), P = b.put(s, r, 3, v[1], d), G = b.growth(s, r, 4, A, P), Tx = b.put(s, r, 5, v[2], d), Sh = b.ratio(s, r, 6, Tx, A, 100, 1), E = b.put(s, r, 7, v[3], d);
    b.con({ t: 'le', part: Tx, whole: A }); rows.push({ kind, x: [A, P, Tx, E], G, Sh, A, Tx }); r++;
  });
  const top = rows[0], subr = rows.find((x) => x.kind === 'sub'), dr = rows.filter((x) => x.kind === 'd'), kids = rows.filter((x) => x.kind === 'b' || x.kind === 'c' || x.kind === 'k' || (x.kind === 'sub') || (!subr && x.kind === 'd'));
  for (let j = 0; j < 4; j++) { b.sumCon(top.x[j], kids.map((x) => x.x[j])); if (subr) b.sumCon(subr.x[j], dr.map((x) => x.x[j])); }
  b.plant(top.A, 'off', '全市收入合计不符', { minFail: 2 }); if (subr) b.plant(subr.A, 'transpose', '市辖区小计数字颠倒', { minFail: 2 });
  const c = pick(rows.filter((x) => x.kind === 'c')); b.plant(c.Tx, 'gt', '其中税收大于一般公共预算收入', { whole: c.A }); b.plant(pick(rows).Sh, 'shift', '税收占比不符'); b.plant(pick(rows).G, pick(['sign', 'decimal']), '增长率错');
  b.plant(rows[rows.length - 1].A, 'off', '续表末行县收入不符', { minFail: 2 });
  if (chance(0.5)) { r++; foot(b, s, r, nc, '注：全市=市本级+市辖区+各县（市）' + (kai ? '+经济技术开发区' : '') + '；市辖区为各区合计。'); }
}

const TEMPLATES = [tEnergyMix, tEnergySector, tIndustry, tIndicators, tElectricity, tCountyElec, tAir, tPollut, tBudgetRev, tBudgetExp, tCountyBudget];

function transposeNum(v, d) {
  const str = Math.abs(v).toFixed(d); const idx = [];
  for (let i = 0; i < str.length - 1; i++) if (/\d/.test(str[i]) && /\d/.test(str[i + 1]) && str[i] !== str[i + 1] && !(i === 0 && str[1] === '0')) idx.push(i);
  if (!idx.length) return null; const i = pick(idx); const t = str.slice(0, i) + str[i + 1] + str[i] + str.slice(i + 2); return Math.sign(v) * parseFloat(t);
}
function mutate(b, p) {
  const c = b.cell(p.ref), v = c.v, d = c.d || 0;
  switch (p.kind) {
    case 'off': { let dl = R(Math.abs(v) * U(0.006, 0.035), d); if (dl < 3 * 10 ** -d) dl = I(3, 9) * 10 ** -d; return R(v + (chance(0.5) ? dl : -dl), d); }
    case 'transpose': return transposeNum(v, d);
    case 'sign': return Math.abs(v) >= 0.3 ? -v : null;
    case 'decimal': return Math.abs(v) < 0.3 ? null : Math.abs(v) < 10 ? R(v * 10, d) : R(v / 10, d);
    case 'shift': return R(v + (chance(0.5) ? 1 : -1) * U(0.6, 2.8), d);
    case 'gt': { const w = p.whole ? b.get(p.whole) : null; if (w === null) { const rowWhole = 'B' + p.ref.a.replace(/[A-Z]+/, ''); return R(b.get({ s: p.ref.s, a: rowWhole }) * U(1.04, 1.25), d); } return R(w * U(1.04, 1.25), d); }
    case 'set': return p.value;
  }
}
function failing(b) { const g = (ref) => b.get(ref); return b.cons.filter((c) => !evalCon(c, g)); }

async function write(b, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of b.sheets) {
    const ws = wb.addWorksheet(s.name);
    let maxc = 1;
    for (const [a, c] of Object.entries(s.cells)) {
      const cell = ws.getCell(a); cell.value = c.v; maxc = Math.max(maxc, cell.col);
      if (typeof c.v === 'number' && c.d !== undefined) cell.numFmt = fmtOf(c.d);
      if (s.bold.has(a)) cell.font = { bold: true };
      if (s.wrap.has(a) || s.bold.has(a)) cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    }
    for (const m of s.merges) ws.mergeCells(...m);
    ws.getColumn(1).width = 30; for (let c = 2; c <= maxc; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(file);
}

async function makeSet(dir, prefix, n, seed) {
  rnd = mulberry32(seed);
  fs.mkdirSync(path.join(__dirname, dir), { recursive: true }); fs.mkdirSync(path.join(__dirname, 'cons', dir), { recursive: true });
  const man = []; const order = shuffle(Array.from({ length: n }, (_, i) => i % 2 === 0));
  for (let i = 0; i < n; i++) {
    const wantPlant = order[i]; const tmpl = TEMPLATES[i % TEMPLATES.length];
    let b, plant = null;
    for (let tries = 0; tries < 50; tries++) {
      b = new Book(); tmpl(b);
      const f0 = failing(b); if (f0.length) { if (tries === 49) throw new Error(tmpl.name + ' clean fails: ' + JSON.stringify(f0[0])); continue; }
      if (!wantPlant) break;
      plant = null;
      for (const p of shuffle(b.plants)) {
        const c = b.cell(p.ref), old = c.v; const nv = mutate(b, p);
        if (nv === null || nv === undefined || !isFinite(nv) || nv === old || nv < 0 && !['sign', 'decimal', 'shift'].includes(p.kind)) continue;
        c.v = nv; const f = failing(b);
        if (f.length >= (p.minFail || 1) && f.every((x) => refsOf(x).some((q) => same(q, p.ref)))) { plant = { ...p, old, nv }; break; }
        c.v = old;
      }
      if (plant) break;
    }
    if (wantPlant && !plant) throw new Error('no plant ' + tmpl.name);
    const name = `${prefix}${String(i + 1).padStart(3, '0')}`; const file = `${dir}/${name}.xlsx`;
    await write(b, path.join(__dirname, file));
    fs.writeFileSync(path.join(__dirname, 'cons', dir, name + '.json'), JSON.stringify(b.cons));
    man.push({ file, planted: plant ? { sheet: plant.ref.s, cell: plant.ref.a } : null, note: plant ? `${tmpl.name}: ${plant.note} (${plant.kind} ${plant.old} -> ${plant.nv})` : `${tmpl.name}: clean` });
  }
  return man;
}
(async () => {
  const m1 = await makeSet('cases', 'c', 45, 78021); fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(m1, null, 1));
  const m2 = await makeSet('probe', 'p', 100, 78022); fs.writeFileSync(path.join(__dirname, 'probe/manifest.json'), JSON.stringify(m2, null, 1));
  console.log('done', m1.length, m2.length, m1.filter((x) => x.planted).length, m2.filter((x) => x.planted).length);
})();
