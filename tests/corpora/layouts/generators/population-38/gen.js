// Generates internally consistent population-movement / household-registration workbooks.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 38001;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];
const r2 = v => Math.round((v + (v >= 0 ? 1 : -1) * 1e-9) * 100) / 100;
const colL = n => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const sum = a => a.reduce((x, y) => x + y, 0);

const TOWNS = ['城关镇', '东城街道', '西城街道', '南关街道', '北关街道', '河口镇', '石桥镇', '白沙镇', '青山乡', '柳树乡', '杨庄镇', '高坪乡', '新安镇', '龙泉镇', '三合乡', '双河镇', '黄土岭乡', '马家镇', '清水镇', '太平乡', '红星镇', '金鸡乡', '大坝镇', '长岭乡'];
const COUNTIES = ['临川县', '安平县', '长宁区', '永丰县', '清河区', '宁远县', '西湖区', '凤台县', '会同县', '平山县'];
const TOTAL_LABELS = ['合计', '总计', '全县', '全区合计', '总  计', '全市', '合 计', '全县合计', '总计'];

function towns(n) { const a = TOWNS.slice(); const r = []; while (r.length < n) r.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return r; }

// Population flow record for a unit
function flow(base) {
  const y0 = base || ri(12000, 90000);
  const birth = Math.round(y0 * (0.005 + rnd() * 0.006));
  const inn = Math.round(y0 * (0.006 + rnd() * 0.025));
  const oth1 = ri(0, Math.round(y0 * 0.002));
  const death = Math.round(y0 * (0.005 + rnd() * 0.004));
  const out = Math.round(y0 * (0.008 + rnd() * 0.03));
  const oth2 = ri(0, Math.round(y0 * 0.002));
  const inc = birth + inn + oth1, dec = death + out + oth2;
  return { y0, birth, inn, oth1, death, out, oth2, inc, dec, y1: y0 + inc - dec };
}
function addFlows(list) {
  const t = {}; for (const k of ['y0', 'birth', 'inn', 'oth1', 'death', 'out', 'oth2', 'inc', 'dec', 'y1']) t[k] = sum(list.map(x => x[k])); return t;
}
function hh(pop) {
  const male = Math.round(pop * (0.495 + rnd() * 0.03)); const female = pop - male;
  const hhs = Math.round(pop / (2.5 + rnd() * 0.9));
  const urban = Math.round(pop * (0.2 + rnd() * 0.6));
  const u18 = Math.round(pop * (0.15 + rnd() * 0.08));
  const o60 = Math.round(pop * (0.17 + rnd() * 0.1));
  const o65 = Math.round(o60 * (0.6 + rnd() * 0.15));
  return { pop, male, female, hhs, urban, rural: pop - urban, u18, a1859: pop - u18 - o60, o60, o65 };
}
const rate = (n, avg) => r2(n / avg * 1000);

// ---------- sheet writer ----------
function writeSheet(ws, spec) {
  let r = 1;
  const ncol = spec.header[0].length;
  if (spec.title) { ws.getCell(r, 1).value = spec.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' }; r++; }
  if (spec.subtitle) { ws.getCell(r, 1).value = spec.subtitle; ws.mergeCells(r, 1, r, ncol); r++; }
  if (spec.unit) { ws.getCell(r, spec.unitRight ? ncol : 1).value = spec.unit; r++; }
  const h0 = r;
  spec.header.forEach((row, i) => row.forEach((v, j) => { if (v != null) ws.getCell(h0 + i, j + 1).value = v; }));
  for (const m of spec.merges || []) ws.mergeCells(h0 + m[0], m[1] + 1, h0 + m[2], m[3] + 1);
  r = h0 + spec.header.length;
  const b0 = r;
  spec.body.forEach((row, i) => row.forEach((v, j) => {
    if (v == null) return;
    const c = ws.getCell(b0 + i, j + 1); c.value = v;
    if (typeof v === 'number' && spec.fmt && spec.fmt[j]) c.numFmt = spec.fmt[j];
  }));
  r = b0 + spec.body.length;
  if (spec.notes) { r++; for (const n of spec.notes) { ws.getCell(r, 1).value = n; r++; } }
  ws.columns.forEach((c, j) => { c.width = j === 0 ? 14 : 11; });
  return { addr: (i, j) => colL(j + 1) + (b0 + i), b0 };
}

const files = [];
const meta = {};
function addCand(fname, sheet, addr, kind, extra) { (meta[fname] = meta[fname] || []).push(Object.assign({ sheet, cell: addr, kind }, extra || {})); }

// total row ordering helper: returns rows array with total at top or bottom, plus index of total and map idx->unit
function orderRows(units, total, top) { return top ? [total, ...units] : [...units, total]; }

// ---------- table builders ----------
// A. 户籍人口变动 table with two-level header
function sheetFlow(wb, fname, o) {
  const sheet = o.sheet || '户籍人口变动';
  const ws = wb.addWorksheet(sheet);
  const names = towns(o.n || ri(6, 14));
  const data = names.map(n => Object.assign({ name: n }, flow()));
  let groups = null;
  let rowsObj;
  const tl = o.totalLabel || pick(TOTAL_LABELS);
  if (o.subtotals) {
    const k = Math.floor(names.length / 2);
    const g1 = data.slice(0, k), g2 = data.slice(k);
    const s1 = Object.assign({ name: '街道小计' }, addFlows(g1)), s2 = Object.assign({ name: '乡镇小计' }, addFlows(g2));
    const t = Object.assign({ name: tl }, addFlows(data));
    rowsObj = [t, s1, ...g1, s2, ...g2];
    groups = true;
  } else {
    const t = Object.assign({ name: tl }, addFlows(data));
    rowsObj = orderRows(data, t, o.top !== false);
  }
  const withSubTotals = o.incTotals !== false;
  let header, merges, cols;
  if (withSubTotals) {
    header = [['地区', '年初人口', '本年增加', null, null, null, '本年减少', null, null, null, '年末人口'],
      [null, null, '合计', '出生', '迁入', '其他', '合计', '死亡', '迁出', '其他', null]];
    merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 0, 9], [0, 10, 1, 10]];
    cols = ['name', 'y0', 'inc', 'birth', 'inn', 'oth1', 'dec', 'death', 'out', 'oth2', 'y1'];
  } else {
    header = [['单位', '年初户籍人口', '本年增加', null, null, '本年减少', null, null, '年末户籍人口'],
      [null, null, '出生', '迁入', '其他增加', '死亡', '迁出', '其他减少', null]];
    merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 1, 8]];
    cols = ['name', 'y0', 'birth', 'inn', 'oth1', 'death', 'out', 'oth2', 'y1'];
  }
  if (o.mech) { header[0].push('机械增长'); header[1].push(null); merges.push([0, cols.length, 1, cols.length]); cols.push('mech'); rowsObj.forEach(x => x.mech = x.inn - x.out); }
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const county = pick(COUNTIES);
  const w = writeSheet(ws, { title: o.title || `${county}${o.year || 2023}年户籍人口变动情况`, unit: o.unit === false ? null : (o.unit || '单位：人'), unitRight: rnd() < 0.5, header, merges, body,
    notes: o.notes || ['注：本表数据来源于公安机关户籍管理系统。', '“其他”包括恢复户口、注销重复户口等。'] });
  // candidates
  const ti = rowsObj.findIndex(x => x.name === tl);
  const ui = rowsObj.findIndex((x, i) => i !== ti && !/小计/.test(x.name));
  const ui2 = rowsObj.length - 2 > ui ? rowsObj.length - 2 : ui;
  addCand(fname, sheet, w.addr(ui, cols.indexOf('y1')), 'add', { delta: pick([-130, 240, 57, -1000]) });
  addCand(fname, sheet, w.addr(ti, cols.indexOf('y0')), 'add', { delta: pick([100, -300, 1000]) });
  addCand(fname, sheet, w.addr(ui2, cols.indexOf('birth')), 'add', { delta: pick([45, -23, 90]) });
  addCand(fname, sheet, w.addr(ui2, cols.indexOf('out')), 'swap');
  if (withSubTotals) addCand(fname, sheet, w.addr(ui, cols.indexOf('inn')), 'partover', { whole: rowsObj[ui].inc });
  if (o.mech) addCand(fname, sheet, w.addr(ui, cols.indexOf('mech')), 'neg');
  return { rowsObj, tl };
}

// B. rates table
function sheetRates(wb, fname, o) {
  const sheet = o.sheet || '人口自然变动';
  const ws = wb.addWorksheet(sheet);
  const names = towns(o.n || ri(5, 12));
  const data = names.map(n => Object.assign({ name: n }, flow()));
  const tl = pick(TOTAL_LABELS);
  const t = Object.assign({ name: tl }, addFlows(data));
  const rowsObj = orderRows(data, t, o.top !== false);
  for (const x of rowsObj) {
    x.avg = (x.y0 + x.y1) / 2;
    x.br = rate(x.birth, x.avg); x.dr = rate(x.death, x.avg);
    x.nr = o.nrFromRounded ? r2(x.br - x.dr) : rate(x.birth - x.death, x.avg);
    x.nat = x.birth - x.death;
  }
  let cols, header, fmt;
  if (o.showAvg) {
    cols = ['name', 'y0', 'y1', 'avg', 'birth', 'death', 'nat', 'br', 'dr', 'nr'];
    header = [['地区', '年初人口（人）', '年末人口（人）', '年平均人口（人）', '出生人数（人）', '死亡人数（人）', '自然增长人数（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）']];
  } else {
    cols = ['name', 'y0', 'y1', 'birth', 'death', 'br', 'dr', 'nr'];
    header = [['地区', '人口数', null, '出生', '死亡', '出生率', '死亡率', '自然增长率'], [null, '年初', '年末', '（人）', '（人）', '（‰）', '（‰）', '（‰）']];
  }
  fmt = cols.map(c => ['br', 'dr', 'nr'].includes(c) ? '0.00' : c === 'avg' ? '0.0' : null);
  const merges = o.showAvg ? [] : [[0, 0, 1, 0], [0, 1, 0, 2]];
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}2023年人口出生、死亡情况`, unit: o.showAvg ? null : '单位：人、‰', header, merges, body, fmt,
    notes: ['注：出生率、死亡率、自然增长率按年平均人口计算，年平均人口=（年初人口+年末人口）/2。'] });
  const ti = rowsObj.indexOf(t); const ui = ti === 0 ? 2 : 1;
  addCand(fname, sheet, w.addr(ui, cols.indexOf('nr')), 'radd', { delta: pick([0.8, -1.2, 2.5]) });
  addCand(fname, sheet, w.addr(ui + 1, cols.indexOf('br')), 'radd', { delta: pick([1.5, -2.1]) });
  addCand(fname, sheet, w.addr(ti, cols.indexOf('death')), 'add', { delta: pick([60, -80, 200]) });
  addCand(fname, sheet, w.addr(ui, cols.indexOf('birth')), 'swap');
}

// C. 户数 人口 男 女 性别比
function sheetHouse(wb, fname, o) {
  const sheet = o.sheet || '分乡镇户数和人口';
  const ws = wb.addWorksheet(sheet);
  const names = towns(o.n || ri(6, 15));
  const data = names.map(n => Object.assign({ name: n }, hh(ri(8000, 70000))));
  const tl = pick(TOTAL_LABELS);
  const t = { name: tl }; for (const k of ['pop', 'male', 'female', 'hhs', 'urban', 'rural', 'u18', 'a1859', 'o60', 'o65']) t[k] = sum(data.map(x => x[k]));
  const rowsObj = orderRows(data, t, o.top !== false);
  for (const x of rowsObj) { x.sr = r2(x.male / x.female * 100); x.size = r2(x.pop / x.hhs); x.urate = r2(x.urban / x.pop * 100); }
  const cols = ['name', 'hhs', 'pop', 'male', 'female', 'sr'];
  const header = [['乡镇（街道）', '户数（户）', '总人口（人）', '男', '女', '性别比（女=100）']];
  if (o.size) { cols.push('size'); header[0].push('平均每户人口（人）'); }
  if (o.urban) { cols.push('urban'); header[0].push('其中：城镇人口'); cols.push('urate'); header[0].push('城镇化率（%）'); }
  if (o.age) { cols.push('o60'); header[0].push('60岁及以上'); cols.push('o65'); header[0].push('其中：65岁及以上'); }
  const fmt = cols.map(c => ['sr', 'size', 'urate'].includes(c) ? '0.00' : '#,##0');
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: o.title || `2023年末${pick(COUNTIES)}户籍户数、人口及性别构成`, unit: '单位：户、人', unitRight: true, header, body, fmt, notes: o.notes });
  const ti = rowsObj.indexOf(t); const ui = ti === 0 ? 3 : 2;
  addCand(fname, sheet, w.addr(ui, cols.indexOf('female')), 'add', { delta: pick([300, -150, 1000]) });
  addCand(fname, sheet, w.addr(ui, cols.indexOf('sr')), 'radd', { delta: pick([4.2, -6.5]) });
  addCand(fname, sheet, w.addr(ti, cols.indexOf('pop')), 'add', { delta: pick([10, 1000, -500]) });
  if (o.urban) addCand(fname, sheet, w.addr(ui, cols.indexOf('urban')), 'partover', { whole: rowsObj[ui].pop });
  if (o.age) addCand(fname, sheet, w.addr(ui, cols.indexOf('o65')), 'partover', { whole: rowsObj[ui].o60 });
  addCand(fname, sheet, w.addr(ui + 1, cols.indexOf('hhs')), 'swap');
}

// D. 迁移 table with 其中 and 机械增长
function sheetMig(wb, fname, o) {
  const sheet = o.sheet || '人口迁移';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(6, 12));
  const data = names.map(n => { const f = flow(); const inProv = Math.round(f.inn * (0.5 + rnd() * 0.4)); const outProv = Math.round(f.out * (0.2 + rnd() * 0.5)); return { name: n, inn: f.inn, inProv, out: f.out, outProv, mech: f.inn - f.out }; });
  const tl = pick(TOTAL_LABELS);
  const t = { name: tl }; for (const k of ['inn', 'inProv', 'out', 'outProv', 'mech']) t[k] = sum(data.map(x => x[k]));
  const rowsObj = orderRows(data, t, o.top !== false);
  const cols = ['name', 'inn', 'inProv', 'out', 'outProv', 'mech'];
  const header = [['地区', '迁入人口', null, '迁出人口', null, '机械增长人口'], [null, '计', '其中：省内迁入', '计', '其中：迁往省外', '（迁入-迁出）']];
  const merges = [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4]];
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}2023年户籍人口迁移情况`, unit: '单位：人', header, merges, body, notes: ['注：机械增长为负数表示净迁出。'] });
  const ti = rowsObj.indexOf(t); const ui = ti === 0 ? 1 : 0;
  addCand(fname, sheet, w.addr(ui, 2), 'partover', { whole: rowsObj[ui].inn });
  addCand(fname, sheet, w.addr(ui + 2, 5), 'add', { delta: 100 });
  addCand(fname, sheet, w.addr(ti, 3), 'add', { delta: -250 });
}

// E. honest 常住 vs 户籍 table (no balance promised)
function sheetResident(wb, fname, o) {
  const sheet = o.sheet || '常住与户籍人口';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(6, 12));
  const data = names.map(n => { const f = flow(); const res1 = Math.round(f.y1 * (0.8 + rnd() * 0.4)); const res0 = res1 + ri(-900, 900); return { name: n, hk0: f.y0, birth: f.birth, death: f.death, inn: f.inn, out: f.out, hk1: f.y1, res0, res1 }; });
  const tl = pick(TOTAL_LABELS);
  const t = { name: tl }; for (const k of ['hk0', 'birth', 'death', 'inn', 'out', 'hk1', 'res0', 'res1']) t[k] = sum(data.map(x => x[k]));
  const rowsObj = orderRows(data, t, true);
  let cols, header;
  if (o.variant === 1) {
    // 年初户籍, flows, 年末常住 — no balance between them
    cols = ['name', 'hk0', 'birth', 'death', 'inn', 'out', 'res1'];
    header = [['地区', '年初户籍人口', '户籍出生', '户籍死亡', '户籍迁入', '户籍迁出', '年末常住人口']];
  } else {
    cols = ['name', 'res0', 'res1', 'hk1', 'birth', 'death'];
    header = [['地区', '常住人口', null, '年末户籍人口', '户籍人口变动', null], [null, '上年末', '本年末', null, '出生', '死亡']];
  }
  const merges = o.variant === 1 ? [] : [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 1, 3], [0, 4, 0, 5]];
  for (const x of rowsObj) x.diff = x.res1 - x.hk1;
  if (o.variant !== 1) { cols.push('diff'); header[0].push('常住与户籍之差'); header[1].push(null); merges.push([0, 6, 1, 6]); }
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}常住人口与户籍人口情况（2023年）`, unit: '单位：人', header, merges, body,
    notes: ['注：常住人口为统计部门根据人口抽样调查推算数，户籍人口为公安部门登记数，二者口径不同，不能直接相加减。'] });
  const ui = 2;
  if (o.variant !== 1) addCand(fname, sheet, w.addr(ui, cols.indexOf('diff')), 'add', { delta: 300 });
  addCand(fname, sheet, w.addr(0, cols.indexOf('birth')), 'add', { delta: 77 });
}

// F. 比上年 table
function sheetYoY(wb, fname, o) {
  const sheet = o.sheet || '主要指标';
  const ws = wb.addWorksheet(sheet);
  const f22 = flow(ri(300000, 900000)); const f23 = flow(f22.y1);
  const hh22 = Math.round(f22.y1 / 2.9), hh23 = hh22 + ri(-800, 3000);
  const avg22 = (f22.y0 + f22.y1) / 2, avg23 = (f23.y0 + f23.y1) / 2;
  const items = [
    ['年末户数（户）', hh23, hh22, 'n'], ['年末户籍人口（人）', f23.y1, f22.y1, 'n'], ['出生人口（人）', f23.birth, f22.birth, 'n'],
    ['死亡人口（人）', f23.death, f22.death, 'n'], ['迁入人口（人）', f23.inn, f22.inn, 'n'], ['迁出人口（人）', f23.out, f22.out, 'n'],
    ['出生率（‰）', rate(f23.birth, avg23), rate(f22.birth, avg22), 'r'], ['死亡率（‰）', rate(f23.death, avg23), rate(f22.death, avg22), 'r'],
    ['自然增长率（‰）', rate(f23.birth - f23.death, avg23), rate(f22.birth - f22.death, avg22), 'r']];
  const body = items.map(([k, a, b, t]) => t === 'n' ? [k, a, b, a - b, r2((a / b - 1) * 100)] : [k, a, b, r2(a - b), null]);
  const header = o.pctOnly ? [['指标', '2023年', '2022年', '增减量', '比上年增长（%）']] : [['指标', '2023年', '2022年', '比上年增加', '增长（%）']];
  const fmt = [null, null, null, null, '0.00'];
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}人口主要指标`, header, body, fmt, notes: ['注：比率指标的增减为百分点（千分点）差。'] });
  addCand(fname, sheet, w.addr(1, 3), 'add', { delta: 500 });
  addCand(fname, sheet, w.addr(2, 4), 'radd', { delta: 3.1 });
  addCand(fname, sheet, w.addr(8, 1), 'radd', { delta: 0.9 });
  addCand(fname, sheet, w.addr(3, 1), 'swap');
}

// G. time series with average population shown
function sheetSeries(wb, fname, o) {
  const sheet = o.sheet || '历年人口变动';
  const ws = wb.addWorksheet(sheet);
  let y = ri(200000, 600000); const rows = [];
  for (let yr = 2014; yr <= 2023; yr++) {
    const f = flow(y); f.oth1 = 0; f.oth2 = 0; f.inc = f.birth + f.inn; f.dec = f.death + f.out; f.y1 = f.y0 + f.inc - f.dec;
    const h = hh(f.y1); const avg = (f.y0 + f.y1) / 2;
    rows.push({ yr: String(yr) + '年', hhs: h.hhs, y1: f.y1, male: h.male, female: h.female, birth: f.birth, death: f.death, avg, br: rate(f.birth, avg), dr: rate(f.death, avg), nr: rate(f.birth - f.death, avg), y0: f.y0 });
    y = f.y1;
  }
  const cols = ['yr', 'hhs', 'y1', 'male', 'female', 'avg', 'birth', 'death', 'br', 'dr', 'nr'];
  const header = [['年份', '年末户数', '年末总人口', '男', '女', '年平均人口', '出生人口', '死亡人口', '出生率', '死亡率', '自然增长率'],
    [null, '（户）', '（人）', '（人）', '（人）', '（人）', '（人）', '（人）', '（‰）', '（‰）', '（‰）']];
  const fmt = cols.map(c => ['br', 'dr', 'nr'].includes(c) ? '0.00' : c === 'avg' ? '0.0' : null);
  const body = rows.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}历年户籍人口变动（2014—2023年）`, header, body, fmt, notes: ['注：年平均人口为上年末与本年末人口的算术平均数。'] });
  addCand(fname, sheet, w.addr(4, 3), 'add', { delta: 1000 });
  addCand(fname, sheet, w.addr(6, 10), 'radd', { delta: 1.1 });
  addCand(fname, sheet, w.addr(7, 8), 'radd', { delta: -0.7 });
}

// H. transposed flow sheet (indicators in rows, units in columns)
function sheetTransposed(wb, fname, o) {
  const sheet = o.sheet || '分街道（转置）';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(4, 7));
  const data = names.map(n => Object.assign({ name: n }, flow()));
  const tl = pick(TOTAL_LABELS);
  const t = Object.assign({ name: tl }, addFlows(data));
  const units = [t, ...data];
  for (const x of units) { x.avg = (x.y0 + x.y1) / 2; x.br = rate(x.birth, x.avg); x.dr = rate(x.death, x.avg); x.nr = rate(x.birth - x.death, x.avg); }
  const items = [['年初人口', 'y0'], ['本年增加人口', 'inc'], ['  出生', 'birth'], ['  迁入', 'inn'], ['  其他增加', 'oth1'], ['本年减少人口', 'dec'], ['  死亡', 'death'], ['  迁出', 'out'], ['  其他减少', 'oth2'], ['年末人口', 'y1'], ['出生率（‰）', 'br'], ['死亡率（‰）', 'dr'], ['自然增长率（‰）', 'nr']];
  const header = [['指标', ...units.map(u => u.name)]];
  const body = items.map(([lab, k]) => [lab, ...units.map(u => u[k])]);
  const fmt = null;
  const w = writeSheet(ws, { title: '2023年分街道户籍人口变动情况', unit: '单位：人、‰', header, body, fmt });
  for (let i = 10; i < 13; i++) for (let j = 1; j <= units.length; j++) ws.getCell(w.addr(i, j)).numFmt = '0.00';
  addCand(fname, sheet, w.addr(9, 2), 'add', { delta: 150 });
  addCand(fname, sheet, w.addr(3, 0 + 1), 'add', { delta: -40 });
  addCand(fname, sheet, w.addr(12, 3), 'radd', { delta: 1.4 });
}

function sheetText(wb, o) {
  const ws = wb.addWorksheet(o.sheet || '说明');
  const lines = ['指标解释', '1. 户籍人口：指在公安机关按国家户籍管理法规登记了常住户口的人口。', '2. 出生率：指一定时期内出生人数与同期年平均人口之比，用千分数表示。',
    '3. 年平均人口 =（年初人口 + 年末人口）÷ 2。', '4. 自然增长率 = 出生率 − 死亡率。', '5. 机械增长 = 迁入人口 − 迁出人口，负数表示净迁出。', '6. 常住人口与户籍人口统计口径不同，年末常住人口不等于年初户籍人口加减户籍变动。',
    '资料来源：县公安局、县统计局。'];
  lines.forEach((l, i) => { ws.getCell(i + 1, 1).value = l; });
  ws.getColumn(1).width = 80;
}

// 出生性别 table: 出生 = 男 + 女, 出生性别比
function sheetBirthSex(wb, fname, o) {
  const sheet = o.sheet || '出生人口性别';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(5, 10));
  const data = names.map(n => { const b = ri(80, 700); const m = Math.round(b * (0.5 + rnd() * 0.05)); const b2 = ri(0, Math.round(b * 0.4)); return { name: n, b, m, f: b - m, second: b2 }; });
  const tl = pick(TOTAL_LABELS);
  const t = { name: tl }; for (const k of ['b', 'm', 'f', 'second']) t[k] = sum(data.map(x => x[k]));
  const rowsObj = orderRows(data, t, false);
  for (const x of rowsObj) x.sr = r2(x.m / x.f * 100);
  const cols = ['name', 'b', 'm', 'f', 'second', 'sr'];
  const header = [['地区', '出生人口', '男', '女', '其中：二孩及以上', '出生人口性别比']];
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: '2023年出生人口性别构成', unit: '单位：人；女=100', header, body, fmt: [null, null, null, null, null, '0.00'] });
  addCand(fname, sheet, w.addr(1, 4), 'partover', { whole: rowsObj[1].b });
  addCand(fname, sheet, w.addr(2, 2), 'add', { delta: 20 });
  addCand(fname, sheet, w.addr(rowsObj.length - 1, 1), 'add', { delta: -100 });
}


// I. 户籍 flow table with 其中 breakdown (parts do not exhaust 合计) + "其中：" row under total + 增减 column
function sheetFlowQizhong(wb, fname, o) {
  const sheet = o.sheet || '户籍人口增减';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(6, 10));
  const data = names.map(n => Object.assign({ name: n }, flow()));
  const tl = pick(TOTAL_LABELS);
  const t = Object.assign({ name: tl }, addFlows(data));
  // "其中：城区" row = sum of first 2 towns, placed right under total, not part of the sum
  const cq = Object.assign({ name: '其中：城区' }, addFlows(data.slice(0, 2)));
  const rowsObj = [t, cq, ...data];
  for (const x of rowsObj) x.chg = x.y1 - x.y0;
  const cols = ['name', 'y0', 'inc', 'birth', 'inn', 'dec', 'death', 'out', 'y1', 'chg'];
  const header = [['地区', '年初人口', '本年增加', null, null, '本年减少', null, null, '年末人口', '比年初增减'],
    [null, null, '合计', '其中：出生', '迁入', '合计', '其中：死亡', '迁出', null, null]];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 1, 8], [0, 9, 1, 9]];
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}2023年户籍人口增减变动`, unit: '单位：人', header, merges, body,
    notes: ['注：本年增加合计含出生、迁入及其他增加；本年减少合计含死亡、迁出及其他减少。', '城区包括前两个街道。'] });
  addCand(fname, sheet, w.addr(4, 8), 'add', { delta: 321 });
  addCand(fname, sheet, w.addr(3, 3), 'partover', { whole: rowsObj[3].inc });
  addCand(fname, sheet, w.addr(5, 9), 'add', { delta: -60 });
  addCand(fname, sheet, w.addr(1, 1), 'add', { delta: 500 });
}

// J. population structure with shares (%), rounded shares may not total exactly 100
function sheetShares(wb, fname, o) {
  const sheet = o.sheet || '人口构成';
  const ws = wb.addWorksheet(sheet);
  const h = hh(ri(300000, 800000));
  const pc = v => r2(v / h.pop * 100);
  const rows = [['总人口', h.pop, 100], ['按性别分', null, null], ['  男', h.male, pc(h.male)], ['  女', h.female, pc(h.female)],
    ['按年龄分', null, null], ['  0-17岁', h.u18, pc(h.u18)], ['  18-59岁', h.a1859, pc(h.a1859)], ['  60岁及以上', h.o60, pc(h.o60)], ['    其中：65岁及以上', h.o65, pc(h.o65)],
    ['按城乡分', null, null], ['  城镇', h.urban, pc(h.urban)], ['  乡村', h.rural, pc(h.rural)]];
  const header = [['指标', '年末数（人）', '比重（%）']];
  const w = writeSheet(ws, { title: '2023年末户籍人口构成', header, body: rows, fmt: [null, '#,##0', '0.00'], notes: ['注：比重按四舍五入计算，分项之和与合计可能略有出入。'] });
  addCand(fname, sheet, w.addr(3, 1), 'add', { delta: 2000 });
  addCand(fname, sheet, w.addr(8, 1), 'partover', { whole: h.o60 });
  addCand(fname, sheet, w.addr(10, 2), 'radd', { delta: 5 });
}

// K. two-year comparison by township with 增减 and 增长%
function sheetTwoYear(wb, fname, o) {
  const sheet = o.sheet || '分乡镇户籍人口';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(7, 14));
  const data = names.map(n => { const f = flow(); const h0 = Math.round(f.y0 / 2.8), h1 = h0 + ri(-100, 400); return { name: n, p0: f.y0, p1: f.y1, h0, h1 }; });
  const tl = pick(TOTAL_LABELS);
  const t = { name: tl }; for (const k of ['p0', 'p1', 'h0', 'h1']) t[k] = sum(data.map(x => x[k]));
  const rowsObj = orderRows(data, t, o.top !== false);
  for (const x of rowsObj) { x.hd = x.h1 - x.h0; x.pd = x.p1 - x.p0; x.pg = r2((x.p1 / x.p0 - 1) * 100); }
  const cols = ['name', 'h1', 'h0', 'hd', 'p1', 'p0', 'pd', 'pg'];
  const header = [['乡镇', '户数（户）', null, null, '人口（人）', null, null, null], [null, '2023年末', '2022年末', '增减', '2023年末', '2022年末', '增减', '增长（%）']];
  const merges = [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 7]];
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: `${pick(COUNTIES)}分乡镇户数、人口（2022—2023年）`, header, merges, body, fmt: cols.map(c => c === 'pg' ? '0.00' : null) });
  const ti = rowsObj.indexOf(t); const ui = ti === 0 ? 2 : 1;
  addCand(fname, sheet, w.addr(ui, 4), 'swap');
  addCand(fname, sheet, w.addr(ui, 7), 'radd', { delta: 1.2 });
  addCand(fname, sheet, w.addr(ti, 3), 'add', { delta: 100 });
}

// L. quarterly: births flow summed to 全年, stock at quarter end (no sum)
function sheetQuarter(wb, fname, o) {
  const sheet = o.sheet || '分季度';
  const ws = wb.addWorksheet(sheet);
  let y = ri(200000, 500000); const y0 = y; const q = [];
  for (let i = 0; i < 4; i++) { const f = flow(y); const g = { birth: Math.round(f.birth / 4), death: Math.round(f.death / 4), inn: Math.round(f.inn / 4), out: Math.round(f.out / 4) }; g.y0 = y; g.y1 = y + g.birth + g.inn - g.death - g.out; q.push(g); y = g.y1; }
  const tot = { birth: sum(q.map(x => x.birth)), death: sum(q.map(x => x.death)), inn: sum(q.map(x => x.inn)), out: sum(q.map(x => x.out)), y0, y1: y };
  const items = [['期初人口', 'y0'], ['出生', 'birth'], ['死亡', 'death'], ['迁入', 'inn'], ['迁出', 'out'], ['期末人口', 'y1']];
  const header = [['项目', '一季度', '二季度', '三季度', '四季度', '全年']];
  const body = items.map(([lab, k]) => [lab, ...q.map(g => g[k]), tot[k]]);
  const w = writeSheet(ws, { title: '2023年分季度户籍人口变动', unit: '单位：人', header, body, notes: ['注：全年期初人口为一季度期初人口，全年期末人口为四季度期末人口。'] });
  addCand(fname, sheet, w.addr(1, 2), 'add', { delta: 50 });
  addCand(fname, sheet, w.addr(5, 3), 'add', { delta: 200 });
  addCand(fname, sheet, w.addr(3, 5), 'add', { delta: -90 });
}

// M. density table: area, population, density; 年中人口 shown and used for rates
function sheetDensity(wb, fname, o) {
  const sheet = o.sheet || '人口密度';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(6, 11));
  const data = names.map(n => { const f = flow(); const mid = Math.round((f.y0 + f.y1) / 2) + ri(-150, 150); return { name: n, area: r2(50 + rnd() * 300), y1: f.y1, mid, birth: f.birth, death: f.death }; });
  const tl = pick(TOTAL_LABELS);
  const t = { name: tl, area: r2(sum(data.map(x => x.area))) }; for (const k of ['y1', 'mid', 'birth', 'death']) t[k] = sum(data.map(x => x[k]));
  const rowsObj = orderRows(data, t, true);
  for (const x of rowsObj) { x.den = r2(x.y1 / x.area); x.br = rate(x.birth, x.mid); x.dr = rate(x.death, x.mid); }
  const cols = ['name', 'area', 'y1', 'den', 'mid', 'birth', 'death', 'br', 'dr'];
  const header = [['地区', '土地面积（平方公里）', '年末户籍人口（人）', '人口密度（人/平方公里）', '年中人口（人）', '出生（人）', '死亡（人）', '出生率（‰）', '死亡率（‰）']];
  const body = rowsObj.map(x => cols.map(c => x[c]));
  const w = writeSheet(ws, { title: '2023年各乡镇面积、人口及密度', header, body, fmt: cols.map(c => ['area', 'den', 'br', 'dr'].includes(c) ? '0.00' : null), notes: ['注：出生率、死亡率按年中（6月30日）登记人口计算。'] });
  addCand(fname, sheet, w.addr(2, 3), 'radd', { delta: 40 });
  addCand(fname, sheet, w.addr(3, 7), 'radd', { delta: 1.6 });
  addCand(fname, sheet, w.addr(0, 2), 'add', { delta: 1000 });
}

// N. flow table using "-" for zero 其他 and text notes in cells
function sheetDash(wb, fname, o) {
  const sheet = o.sheet || '户口登记变动';
  const ws = wb.addWorksheet(sheet);
  const names = towns(ri(6, 10));
  const data = names.map(n => { const f = flow(); if (rnd() < 0.5) { f.y1 -= f.oth1; f.inc -= f.oth1; f.oth1 = 0; } if (rnd() < 0.5) { f.y1 += f.oth2; f.dec -= f.oth2; f.oth2 = 0; } return Object.assign({ name: n }, f); });
  const tl = pick(TOTAL_LABELS);
  const t = Object.assign({ name: tl }, addFlows(data));
  const rowsObj = orderRows(data, t, false);
  const cols = ['name', 'y0', 'birth', 'inn', 'oth1', 'death', 'out', 'oth2', 'y1'];
  const header = [['派出所', '上年末户籍人口', '出生登记', '迁入', '其他增加', '死亡注销', '迁出', '其他减少', '本年末户籍人口']];
  const body = rowsObj.map(x => cols.map(c => (x[c] === 0 ? '-' : x[c])));
  const w = writeSheet(ws, { title: '2023年各派出所户口登记变动统计', unit: '单位：人', header, body, notes: ['注：“-”表示无此项数据或为零。'] });
  addCand(fname, sheet, w.addr(2, 8), 'add', { delta: -45 });
  addCand(fname, sheet, w.addr(rowsObj.length - 1, 2), 'add', { delta: 100 });
}

// ---------- file list ----------
const plan = [];
let k = 0;
const mk = (builders) => plan.push(builders);
mk(wb => f => { sheetFlow(wb, f, {}); });
mk(wb => f => { sheetFlow(wb, f, { top: false }); sheetText(wb, {}); });
mk(wb => f => { sheetFlow(wb, f, { incTotals: false }); });
mk(wb => f => { sheetFlow(wb, f, { mech: true, incTotals: false, top: false }); });
mk(wb => f => { sheetFlow(wb, f, { subtotals: true }); });
mk(wb => f => { sheetFlow(wb, f, { mech: true }); sheetRates(wb, f, {}); });
mk(wb => f => { sheetRates(wb, f, { showAvg: true }); });
mk(wb => f => { sheetRates(wb, f, { top: false }); });
mk(wb => f => { sheetRates(wb, f, { nrFromRounded: true, showAvg: true, top: false }); });
mk(wb => f => { sheetHouse(wb, f, {}); });
mk(wb => f => { sheetHouse(wb, f, { size: true, top: false }); });
mk(wb => f => { sheetHouse(wb, f, { urban: true }); });
mk(wb => f => { sheetHouse(wb, f, { age: true, size: true, notes: ['注：人口按户籍所在地统计。'] }); });
mk(wb => f => { sheetMig(wb, f, {}); });
mk(wb => f => { sheetMig(wb, f, { top: false }); sheetText(wb, { sheet: '指标解释' }); });
mk(wb => f => { sheetResident(wb, f, { variant: 1 }); });
mk(wb => f => { sheetResident(wb, f, { variant: 2 }); });
mk(wb => f => { sheetFlow(wb, f, {}); sheetResident(wb, f, { variant: 1 }); });
mk(wb => f => { sheetYoY(wb, f, {}); });
mk(wb => f => { sheetYoY(wb, f, { pctOnly: true }); sheetText(wb, {}); });
mk(wb => f => { sheetSeries(wb, f, {}); });
mk(wb => f => { sheetSeries(wb, f, {}); sheetYoY(wb, f, { sheet: '比上年' }); });
mk(wb => f => { sheetTransposed(wb, f, {}); });
mk(wb => f => { sheetTransposed(wb, f, {}); sheetText(wb, {}); });
mk(wb => f => { sheetBirthSex(wb, f, {}); });
mk(wb => f => { sheetBirthSex(wb, f, {}); sheetHouse(wb, f, { urban: true, top: false }); });
mk(wb => f => { sheetFlow(wb, f, { unit: false, top: false, sheet: 'Sheet1' }); });
mk(wb => f => { sheetFlow(wb, f, { subtotals: true, mech: true }); sheetHouse(wb, f, { sheet: '户数人口' }); });
mk(wb => f => { sheetText(wb, { sheet: '封面' }); sheetFlow(wb, f, { incTotals: false }); sheetRates(wb, f, { showAvg: true }); });
mk(wb => f => { sheetMig(wb, f, {}); sheetResident(wb, f, { variant: 2 }); });
mk(wb => f => { sheetRates(wb, f, {}); sheetBirthSex(wb, f, {}); });
mk(wb => f => { sheetHouse(wb, f, { age: true, urban: true, top: false }); });
mk(wb => f => { sheetSeries(wb, f, {}); });
mk(wb => f => { sheetTransposed(wb, f, {}); sheetMig(wb, f, { top: false }); });
mk(wb => f => { sheetResident(wb, f, { variant: 1 }); sheetText(wb, {}); });
mk(wb => f => { sheetFlowQizhong(wb, f, {}); });
mk(wb => f => { sheetFlowQizhong(wb, f, {}); sheetShares(wb, f, {}); });
mk(wb => f => { sheetShares(wb, f, {}); });
mk(wb => f => { sheetTwoYear(wb, f, {}); });
mk(wb => f => { sheetTwoYear(wb, f, { top: false }); });
mk(wb => f => { sheetQuarter(wb, f, {}); });
mk(wb => f => { sheetQuarter(wb, f, {}); sheetText(wb, {}); });
mk(wb => f => { sheetDensity(wb, f, {}); });
mk(wb => f => { sheetDensity(wb, f, {}); sheetTwoYear(wb, f, {sheet: '两年对比'}); });
mk(wb => f => { sheetDash(wb, f, {}); });
mk(wb => f => { sheetDash(wb, f, {}); sheetFlowQizhong(wb, f, {}); });
mk(wb => f => { sheetText(wb, {}); });

(async () => {
  for (let i = 0; i < plan.length; i++) {
    const wb = new ExcelJS.Workbook();
    const fname = `pop${String(i + 1).padStart(2, '0')}.xlsx`;
    plan[i](wb)(fname);
    await wb.xlsx.writeFile(path.join(OUT, fname));
    files.push(fname);
  }
  fs.writeFileSync(path.join(__dirname, 'meta.json'), JSON.stringify(meta, null, 1));
  console.log('wrote', files.length, 'files');
})();
