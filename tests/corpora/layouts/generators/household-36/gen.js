// Generates internally consistent household-survey / population-structure workbooks.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 36036;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const U = (a, b) => a + (b - a) * rnd();
const RI = (a, b) => Math.floor(U(a, b + 1));
const r0 = x => Math.round(x);
const r1 = x => Math.round(x * 10 + 1e-9 * Math.sign(x)) / 10;
const r2 = x => Math.round(x * 100 + 1e-9 * Math.sign(x)) / 100;
const pct = (cur, prev) => r1((cur / prev - 1) * 100);

const META = {}; // file -> [{sheet, cell, kind}]
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

// ---------- sheet writer ----------
class W {
  constructor(wb, name, file, startCol = 1) { this.ws = wb.addWorksheet(name); this.name = name; this.file = file; this.r = 1; this.c0 = startCol; }
  row(vals, opt = {}) {
    const r = this.r++;
    vals.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const cell = this.ws.getCell(r, this.c0 + i);
      let val = v, fmt = null, kind = null;
      if (typeof v === 'object' && !(v instanceof Date)) { val = v.v; fmt = v.f; kind = v.k; }
      cell.value = val;
      if (fmt) cell.numFmt = fmt;
      if (opt.indent && i === 0 && opt.indent > 0) cell.alignment = { indent: opt.indent };
      if (opt.bold) cell.font = { bold: true };
      if (kind && typeof val === 'number') (META[this.file] = META[this.file] || []).push({ sheet: this.name, cell: colL(this.c0 + i) + r, kind, value: val, fmt });
    });
    return r;
  }
  title(t, width) { const r = this.row([t], { bold: true }); if (width > 1) this.ws.mergeCells(r, this.c0, r, this.c0 + width - 1); this.ws.getCell(r, this.c0).alignment = { horizontal: 'center' }; }
  unit(t, width) { const vals = new Array(width).fill(null); vals[width - 1] = t; this.row(vals); }
  merge(r1_, c1, r2_, c2) { this.ws.mergeCells(r1_, this.c0 + c1, r2_, this.c0 + c2); }
  blank() { this.r++; }
  widths(ws) { ws.forEach((w, i) => { this.ws.getColumn(this.c0 + i).width = w; }); }
}
const N0 = (v, k) => ({ v, f: '0', k });
const N1 = (v, k) => ({ v, f: '0.0', k });
const N2 = (v, k) => ({ v, f: '0.00', k });

// ---------- data models ----------
const INC = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
const CON = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
function incomeModel(base, kindUR, rounding) {
  // returns floats for cur & prev per part
  const sh = kindUR === 'rural' ? [0.42, 0.34, 0.025, 0.215] : kindUR === 'urban' ? [0.60, 0.11, 0.10, 0.19] : [0.56, 0.17, 0.08, 0.19];
  const parts = sh.map(s => base * s * U(0.93, 1.07));
  const gr = [U(0.04, 0.08), U(0.03, 0.09), U(-0.02, 0.06), U(0.04, 0.10)];
  const prev = parts.map((p, i) => p / (1 + gr[i]));
  return build(parts, prev, rounding);
}
function consModel(base, kindUR, rounding) {
  const sh = kindUR === 'rural' ? [0.32, 0.055, 0.21, 0.06, 0.14, 0.10, 0.10, 0.015] : [0.29, 0.065, 0.24, 0.06, 0.13, 0.11, 0.085, 0.025];
  const parts = sh.map(s => base * s * U(0.92, 1.08));
  const prev = parts.map(p => p / (1 + U(-0.03, 0.12)));
  return build(parts, prev, rounding);
}
function build(parts, prev, rounding) {
  const cur = parts.map(r0), pr = prev.map(r0);
  let tc, tp;
  if (rounding) { tc = r0(parts.reduce((a, b) => a + b)); tp = r0(prev.reduce((a, b) => a + b)); }
  else { tc = cur.reduce((a, b) => a + b); tp = pr.reduce((a, b) => a + b); }
  return { cur, prev: pr, tc, tp, curF: parts, prevF: prev };
}
function weighted(a, b, wa) { // a,b models (urban, rural) -> all (rounded parts, total exact sum of floats rounded)
  const parts = a.curF.map((x, i) => x * wa + b.curF[i] * (1 - wa));
  const prev = a.prevF.map((x, i) => x * (wa - 0.012) + b.prevF[i] * (1 - wa + 0.012));
  return build(parts, prev, false);
}

// ---------- builders ----------
const indentStyles = [
  { pre: '　　', ind: 0 }, { pre: '  ', ind: 0 }, { pre: '', ind: 2 }, { pre: '#', ind: 0 }, { pre: '其中：', first: true },
];
function label(style, name, i) {
  if (style.first) return i === 0 ? '其中：' + name : '　　　' + name;
  return style.pre + name;
}

// A: 全体居民收支 two years + growth
async function fileA(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '居民收支', fn, o.startCol || 1);
  const base = o.base || U(28000, 52000);
  const inc = incomeModel(base, o.ur || 'all', o.rounding), con = consModel(base * U(0.62, 0.72), o.ur || 'all', o.rounding);
  const y = o.year || 2023;
  if (o.title !== false) w.title(o.titleText || `${y}年全体居民人均收支情况`, 4);
  if (o.unit !== false) w.unit('单位：元', 4);
  w.row(['指标', `${y}年`, `${y - 1}年`, '增长（%）'], { bold: true });
  const st = indentStyles[o.ind || 0];
  const incName = o.ur === 'urban' ? '城镇居民人均可支配收入' : o.ur === 'rural' ? '农村居民人均可支配收入' : '居民人均可支配收入';
  w.row([incName, N0(inc.tc, 'total'), N0(inc.tp, 'total'), N1(pct(inc.tc, inc.tp), 'growth')]);
  INC.forEach((n, i) => w.row([label(st, n, i), N0(inc.cur[i], 'part'), N0(inc.prev[i], 'part'), N1(pct(inc.cur[i], inc.prev[i]), 'growth')], { indent: st.ind }));
  const conName = o.ur === 'urban' ? '城镇居民人均消费支出' : o.ur === 'rural' ? '农村居民人均消费支出' : '居民人均消费支出';
  w.row([conName, N0(con.tc, 'total'), N0(con.tp, 'total'), N1(pct(con.tc, con.tp), 'growth')]);
  CON.forEach((n, i) => w.row([label(st, n, i), N0(con.cur[i], 'part'), N0(con.prev[i], 'part'), N1(pct(con.cur[i], con.prev[i]), 'growth')], { indent: st.ind }));
  if (o.engel !== false) w.row(['恩格尔系数（%）', N1(r1(con.cur[0] / con.tc * 100), 'rate'), N1(r1(con.prev[0] / con.tp * 100), 'rate'), null]);
  if (o.notes) { w.blank(); w.row(['注：1.居民人均可支配收入包括工资性收入、经营净收入、财产净收入和转移净收入。']); w.row(['2.恩格尔系数指食品烟酒支出占消费支出的比重。']); if (o.rounding) w.row(['3.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。']); }
  w.widths([26, 12, 12, 12]);
  if (o.textSheet) addTextSheet(wb);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

function addTextSheet(wb) {
  const ws = wb.addWorksheet('指标解释');
  const lines = ['主要统计指标解释', '居民人均可支配收入：指居民可用于最终消费支出和储蓄的总和，即居民可用于自由支配的收入。',
    '按照收入的来源，可支配收入包含四项，分别为工资性收入、经营净收入、财产净收入和转移净收入。',
    '居民人均消费支出：指居民用于满足家庭日常生活消费需要的全部支出，包括食品烟酒、衣着、居住、生活用品及服务、交通通信、教育文化娱乐、医疗保健、其他用品及服务八大类。',
    '恩格尔系数：指食品烟酒支出总额占个人消费支出总额的比重，计算公式为：恩格尔系数=食品烟酒支出/消费支出×100%。',
    '性别比：以女性为100，男性对女性的比例。城镇化率：城镇常住人口占常住人口的比重。',
    '本资料2023年样本为3200户，其中城镇1800户，农村1400户；调查覆盖12个县（市、区）120个调查小区。'];
  lines.forEach((l, i) => { ws.getCell(i + 1, 1).value = l; });
  ws.getColumn(1).width = 100;
}

// B: 城乡对比 side by side (全体 weighted, not sum)
async function fileB(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '城乡居民收支', fn);
  const ub = U(45000, 70000), rb = ub / U(1.8, 2.5), wu = U(0.55, 0.75);
  const ui = incomeModel(ub, 'urban'), ri = incomeModel(rb, 'rural'), ai = weighted(ui, ri, wu);
  const uc = consModel(ub * 0.63, 'urban'), rc = consModel(rb * 0.8, 'rural'), ac = weighted(uc, rc, wu);
  w.title('2023年城乡居民人均收支主要指标', 7);
  w.unit('单位：元、%', 7);
  const h1 = w.row(['指标', '全体居民', null, '城镇居民', null, '农村居民', null], { bold: true });
  const h2 = w.row([null, '绝对额', '比上年增长', '绝对额', '比上年增长', '绝对额', '比上年增长'], { bold: true });
  w.merge(h1, 0, h2, 0); w.merge(h1, 1, h1, 2); w.merge(h1, 3, h1, 4); w.merge(h1, 5, h1, 6);
  const st = indentStyles[o.ind || 0];
  const line = (nm, m, idx, k1, ind) => {
    const vals = [nm];
    for (const x of [ai, ui, ri].concat(m)) { }
    return vals;
  };
  const trip = (sets, idx) => sets.flatMap(s => idx < 0 ? [N0(s.tc, 'total'), N1(pct(s.tc, s.tp), 'growth')] : [N0(s.cur[idx], 'part'), N1(pct(s.cur[idx], s.prev[idx]), 'growth')]);
  w.row(['人均可支配收入', ...trip([ai, ui, ri], -1)]);
  INC.forEach((n, i) => w.row([label(st, n, i), ...trip([ai, ui, ri], i)], { indent: st.ind }));
  w.row(['人均消费支出', ...trip([ac, uc, rc], -1)]);
  CON.forEach((n, i) => w.row([label(st, n, i), ...trip([ac, uc, rc], i)], { indent: st.ind }));
  // engel with pp change
  const eng = s => [N1(r1(s.cur[0] / s.tc * 100), 'rate'), null];
  w.row(['恩格尔系数（%）', ...eng(ac), ...eng(uc), ...eng(rc)]);
  w.row(['城乡居民收入比（农村=1）', N2(r2(ui.tc / ri.tc), 'ratio'), null, null, null, null, null]);
  w.blank();
  w.row(['注：全体居民数据按城乡常住人口加权计算；增长速度按可比口径计算。']);
  w.widths([26, 11, 11, 11, 11, 11, 11]);
  if (o.textSheet) addTextSheet(wb);
  await wb.xlsx.writeFile(path.join(OUT, fn));
  return { ui, ri };
}

// C: county table (全市 weighted)
const COUNTIES = [['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'],
['雁塔区', '碑林区', '新城区', '莲湖区', '灞桥区', '未央区', '阎良区', '临潼区', '长安区', '蓝田县', '周至县'],
['东湖区', '西湖区', '青云谱区', '新建区', '南昌县', '安义县', '进贤县'],
['梅江区', '梅县区', '大埔县', '丰顺县', '五华县', '平远县', '蕉岭县', '兴宁市']];
async function fileC(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '分县区收入', fn, o.startCol || 1);
  const names = COUNTIES[o.set || 0];
  const rows = names.map((n, i) => {
    const up = RI(20000, 300000), rp = RI(10000, 400000);
    const ui = U(38000, 62000), ri = U(15000, 28000), ugr = U(0.035, 0.07), rgr = U(0.05, 0.09);
    const isUrbanDistrict = /区$/.test(n) && i < 4;
    return { n, up, rp: isUrbanDistrict && o.noRural ? 0 : rp, u: r0(ui), r: r0(ri), uP: r0(ui / (1 + ugr)), rP: r0(ri / (1 + rgr)) };
  });
  const rural = rows.filter(x => x.rp > 0);
  const wsum = (arr, key, wk) => r0(arr.reduce((a, x) => a + x[key] * x[wk], 0) / arr.reduce((a, x) => a + x[wk], 0));
  const city = { n: o.cityName || '全市', u: wsum(rows, 'u', 'up'), uP: wsum(rows, 'uP', 'up'), r: wsum(rural, 'r', 'rp'), rP: wsum(rural, 'rP', 'rp') };
  const y = 2023;
  if (o.twoYears) {
    w.title(`${y}年各县（区）城乡居民人均可支配收入`, 7); w.unit('单位：元', 7);
    const h1 = w.row(['地区', '城镇居民人均可支配收入', null, null, '农村居民人均可支配收入', null, null], { bold: true });
    const h2 = w.row([null, `${y}年`, `${y - 1}年`, '增长（%）', `${y}年`, `${y - 1}年`, '增长（%）'], { bold: true });
    w.merge(h1, 0, h2, 0); w.merge(h1, 1, h1, 3); w.merge(h1, 4, h1, 6);
    const line = x => [x.n, N0(x.u, 'cty'), N0(x.uP, 'cty'), N1(pct(x.u, x.uP), 'growth'), x.rp === 0 && x !== city ? '—' : N0(x.r, 'cty'), x.rp === 0 && x !== city ? '—' : N0(x.rP, 'cty'), x.rp === 0 && x !== city ? '—' : N1(pct(x.r, x.rP), 'growth')];
    w.row(line(city), { bold: true }); rows.forEach(x => w.row(line(x)));
  } else {
    w.title(`${y}年分县（市、区）居民人均可支配收入`, 5);
    const h1 = w.row(['县（市、区）', '城镇居民', null, '农村居民', null], { bold: true });
    const h2 = w.row([null, '人均可支配收入（元）', '比上年增长（%）', '人均可支配收入（元）', '比上年增长（%）'], { bold: true });
    w.merge(h1, 0, h2, 0); w.merge(h1, 1, h1, 2); w.merge(h1, 3, h1, 4);
    const line = x => [x.n, N0(x.u, 'cty'), N1(pct(x.u, x.uP), 'growthH'), x.rp === 0 && x !== city ? '—' : N0(x.r, 'cty'), x.rp === 0 && x !== city ? '—' : N1(pct(x.r, x.rP), 'growthH')];
    if (o.cityLast) { rows.forEach(x => w.row(line(x))); w.row(line(city), { bold: true }); }
    else { w.row(line(city), { bold: true }); rows.forEach(x => w.row(line(x))); }
  }
  w.blank(); w.row(['注：全市数据为按常住人口加权的平均数，不等于各县（区）数据之和。']);
  if (o.noRural) w.row(['“—”表示该区无农村住户调查样本。']);
  w.widths([16, 14, 12, 14, 12, 12, 12]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// D: 公报 population structure table
function popModel(total) {
  const a0 = r0(total * U(0.13, 0.2)), a60 = r0(total * U(0.16, 0.27)), a15 = total - a0 - a60;
  const a65 = r0(a60 * U(0.62, 0.75));
  const male = r0(total * U(0.498, 0.52)), female = total - male;
  const urban = r0(total * U(0.48, 0.78)), rural = total - urban;
  return { total, a0, a15, a60, a65, male, female, urban, rural };
}
async function fileD(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '人口构成', fn);
  const wan = o.wan; // 万人 with 2 decimals
  const totP = RI(800000, 12000000);
  const p = popModel(totP);
  const shown = k => wan ? r2(p[k] / 10000) : p[k];
  const NN = (v, k) => wan ? N2(v, k) : N0(v, k);
  const tot = wan ? r2(p.total / 10000) : p.total;
  // shares from shown figures (in 万 rounding hardly matters at 2dp share)
  const share = k => N1(r1(shown(k) / tot * 100), 'share');
  w.title(o.titleText || '2023年末常住人口数及其构成', 3);
  const hdr = w.row(['指标', wan ? '年末数（万人）' : '年末数（人）', '比重（%）'], { bold: true });
  w.row(['常住人口', NN(tot, 'poptotal'), N1(100.0, null)], { bold: true });
  const sec = (t, items) => { if (o.sections) w.row([t]); items.forEach(([n, k, ind]) => w.row([ind ? '　　' + n : (o.sections ? '　' + n : n), NN(shown(k), ind ? 'sub' : 'popcount'), share(k)])); };
  // parts must sum: for 万人 rounding, fix residual so shown parts sum exactly? real tables allow ±0.01; keep computed.
  sec('按城乡分', [['城镇', 'urban'], ['乡村', 'rural']]);
  sec('按性别分', [['男性', 'male'], ['女性', 'female']]);
  sec('按年龄分', [['0-14岁', 'a0'], ['15-59岁', 'a15'], ['60岁及以上', 'a60'], ['其中：65岁及以上', 'a65', true]]);
  w.blank();
  w.row(['注：城镇化率为' + r1(shown('urban') / tot * 100).toFixed(1) + '%；总人口性别比（以女性为100）为' + r2(p.male / p.female * 100).toFixed(2) + '。']);
  w.widths([22, 16, 12]);
  if (o.extra) {
    const w2 = new W(wb, '主要比率', fn);
    w2.title('人口主要比率', 2);
    w2.row(['指标', '数值'], { bold: true });
    w2.row(['城镇化率（%）', N2(r2(p.urban / p.total * 100), 'rate')]);
    w2.row(['性别比（女=100）', N2(r2(p.male / p.female * 100), 'rate')]);
    w2.row(['少儿抚养比（%）', N2(r2(p.a0 / p.a15 * 100), 'rate')]);
    w2.row(['老年抚养比（%）', N2(r2(p.a65 / (p.total - p.a0 - p.a65) * 100), 'rate')]);
    w2.widths([22, 12]);
  }
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// E: per-county age structure (census style), counts + shares
async function fileE(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '分地区年龄构成', fn);
  const names = COUNTIES[o.set || 1];
  const rows = names.map(n => ({ n, ...popModel(RI(60000, 1400000)) }));
  const sum = k => rows.reduce((a, x) => a + x[k], 0);
  const city = { n: '全市', total: sum('total'), a0: sum('a0'), a15: sum('a15'), a60: sum('a60'), a65: sum('a65') };
  w.title('各县（市、区）分年龄段人口', 9);
  w.unit('单位：人、%', 9);
  const h1 = w.row(['地区', '总人口', '人口数', null, null, null, '占总人口比重', null, null, null], { bold: true });
  const h2 = w.row([null, null, '0-14岁', '15-59岁', '60岁及以上', '其中：65岁及以上', '0-14岁', '15-59岁', '60岁及以上', '其中：65岁及以上'], { bold: true });
  w.merge(h1, 0, h2, 0); w.merge(h1, 1, h2, 1); w.merge(h1, 2, h1, 5); w.merge(h1, 6, h1, 9);
  const line = x => [x.n, N0(x.total, 'poptotal'), N0(x.a0, 'popcount'), N0(x.a15, 'popcount'), N0(x.a60, 'popcount'), N0(x.a65, 'sub'),
    ...['a0', 'a15', 'a60', 'a65'].map(k => N2(r2(x[k] / x.total * 100), 'share'))];
  w.row(line(city), { bold: true }); rows.forEach(x => w.row(line(x)));
  w.blank(); w.row(['资料来源：第七次全国人口普查。']);
  w.widths([14, 12, 10, 10, 10, 12, 9, 9, 10, 12]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// F: household & sex ratio per county
async function fileF(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '户数和人口', fn);
  const names = COUNTIES[o.set || 2];
  const rows = names.map(n => { const pop = RI(80000, 1200000); const hh = r0(pop / U(2.4, 3.3)); const male = r0(pop * U(0.5, 0.525)); return { n, hh, pop, male, female: pop - male }; });
  const sum = k => rows.reduce((a, x) => a + x[k], 0);
  const city = { n: o.cityName || '全市', hh: sum('hh'), pop: sum('pop'), male: sum('male'), female: sum('female') };
  w.title('2023年各县（区）户数、人口及性别比', 7);
  w.row(['地区', '户数（户）', '人口（人）', '男（人）', '女（人）', '户均人口（人/户）', '性别比（女=100）'], { bold: true });
  const line = x => [x.n, N0(x.hh, 'hh'), N0(x.pop, 'poptotal'), N0(x.male, 'popcount'), N0(x.female, 'popcount'), N2(r2(x.pop / x.hh), 'avg'), N2(r2(x.male / x.female * 100), 'sexratio')];
  if (o.cityLast) { rows.forEach(x => w.row(line(x))); w.row(line(city), { bold: true }); } else { w.row(line(city), { bold: true }); rows.forEach(x => w.row(line(x))); }
  w.blank(); w.row(['注：户数、人口为户籍统计数。户均人口=人口/户数。']);
  w.widths([14, 12, 12, 12, 12, 16, 16]);
  if (o.textSheet) addTextSheet(wb);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// G: transposed time series (years as rows)
async function fileG(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '历年居民收支', fn);
  const yrs = []; let base = U(20000, 30000);
  const y0 = 2015, n = o.n || 9;
  const recs = [];
  for (let i = 0; i < n; i++) {
    const inc = incomeModel(base, o.ur || 'all', false), con = consModel(base * U(0.64, 0.7), o.ur || 'all', false);
    recs.push({ y: y0 + i, inc, con }); base *= U(1.04, 1.09);
  }
  const cols = ['年份', '人均可支配收入', ...INC, '人均消费支出', '食品烟酒', '恩格尔系数（%）'];
  w.title(o.ur === 'rural' ? '历年农村居民人均收支' : '历年全体居民人均收支', cols.length);
  w.unit('单位：元', cols.length);
  w.row(cols, { bold: true });
  for (const r of recs) w.row([`${r.y}年`, N0(r.inc.tc, 'total'), ...r.inc.cur.map(v => N0(v, 'part')), N0(r.con.tc, 'ctotal'), N0(r.con.cur[0], 'food'), N1(r1(r.con.cur[0] / r.con.tc * 100), 'rate')]);
  w.widths([10, 14, 12, 12, 12, 12, 14, 12, 14]);
  if (o.growthSheet) {
    const w2 = new W(wb, '增长速度', fn);
    w2.title('历年人均可支配收入及增长', 3);
    w2.row(['年份', '人均可支配收入（元）', '比上年增长（%）'], { bold: true });
    recs.forEach((r, i) => w2.row([r.y, N0(r.inc.tc, 'series'), i === 0 ? null : N1(pct(r.inc.tc, recs[i - 1].inc.tc), 'growth')]));
    w2.widths([10, 20, 16]);
  }
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// H: urban/rural series with ratio
async function fileH(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '城乡收入', fn);
  let u = U(30000, 45000), r = u / U(2.2, 2.7);
  let pu = r0(u), pr = r0(r);
  w.title('历年城乡居民人均可支配收入', 6);
  w.row(['年份', '城镇居民（元）', '增长（%）', '农村居民（元）', '增长（%）', '城乡收入比（农村=1）'], { bold: true });
  for (let y = 2014; y <= 2023; y++) {
    const nu = r0(u *= U(1.04, 1.08)), nr = r0(r *= U(1.06, 1.1));
    w.row([y, N0(nu, 'series'), N1(pct(nu, pu), 'growth'), N0(nr, 'series'), N1(pct(nr, pr), 'growth'), N2(r2(nu / nr), 'ratio')]);
    pu = nu; pr = nr;
  }
  w.blank(); w.row(['注：2014年起为城乡一体化住户调查数据。']);
  w.widths([10, 14, 10, 14, 10, 18]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// J: consumption composition (amount + 构成%)
async function fileJ(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '消费构成', fn);
  const c = consModel(U(20000, 35000), o.ur || 'all', false);
  const c2 = consModel(c.tc / 1.07 * 1.0, o.ur || 'all', false);
  w.title('居民人均消费支出及构成', 5);
  const h1 = w.row(['项目', '2023年', null, '2022年', null], { bold: true });
  const h2 = w.row([null, '金额（元）', '构成（%）', '金额（元）', '构成（%）'], { bold: true });
  w.merge(h1, 0, h2, 0); w.merge(h1, 1, h1, 2); w.merge(h1, 3, h1, 4);
  w.row(['人均消费支出', N0(c.tc, 'total'), N1(100, null), N0(c2.tc, 'total'), N1(100, null)]);
  const st = indentStyles[o.ind || 0];
  CON.forEach((n, i) => w.row([label(st, n, i), N0(c.cur[i], 'part'), N1(r1(c.cur[i] / c.tc * 100), 'share'), N0(c2.cur[i], 'part'), N1(r1(c2.cur[i] / c2.tc * 100), 'share')], { indent: st.ind }));
  w.blank(); w.row(['注：构成因四舍五入，合计可能不等于100。']);
  w.widths([20, 12, 10, 12, 10]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// K: 五等份收入分组 (全体 = mean of quintiles, not sum)
async function fileK(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '收入五等份', fn);
  const mult = [0.3, 0.6, 0.88, 1.25, 2.2].map(m => m * U(0.95, 1.05));
  const base = U(30000, 50000);
  const q = mult.map(m => r0(base * m)), qp = q.map(v => r0(v / U(1.04, 1.08)));
  // mean of 5 equal-size groups, rounded
  const all = r0(q.reduce((a, b) => a + b) / 5), allP = r0(qp.reduce((a, b) => a + b) / 5);
  w.title('按收入五等份分组的居民人均可支配收入', 4); w.unit('单位：元', 4);
  w.row(['组别', '2023年', '2022年', '增长（%）'], { bold: true });
  w.row(['全体居民', N0(all, 'mean'), N0(allP, 'mean'), N1(pct(all, allP), 'growth')]);
  ['低收入组', '中间偏下收入组', '中间收入组', '中间偏上收入组', '高收入组'].forEach((n, i) => w.row(['　' + n, N0(q[i], 'cty'), N0(qp[i], 'cty'), N1(pct(q[i], qp[i]), 'growth')]));
  w.blank(); w.row(['注：全体居民为各组平均，五等份分组按户人均可支配收入由低到高排序，各组户数相等。']);
  w.widths([20, 12, 12, 12]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// L: census comparison of shares 2020 vs 2010, change in percentage points
async function fileL(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '年龄构成变化', fn);
  const p1 = popModel(RI(2000000, 9000000)), p0 = popModel(RI(2000000, 9000000));
  w.title('常住人口年龄构成变化', 6);
  w.row(['年龄组', '2020年（人）', '比重（%）', '2010年（人）', '比重（%）', '比重变化（百分点）'], { bold: true });
  const sh = (p, k) => r2(p[k] / p.total * 100);
  w.row(['合计', N0(p1.total, 'poptotal'), N2(100, null), N0(p0.total, 'poptotal'), N2(100, null), null]);
  for (const [n, k] of [['0-14岁', 'a0'], ['15-59岁', 'a15'], ['60岁及以上', 'a60'], ['　其中：65岁及以上', 'a65']])
    w.row([n, N0(p1[k], k === 'a65' ? 'sub' : 'popcount'), N2(sh(p1, k), 'share'), N0(p0[k], k === 'a65' ? 'sub' : 'popcount'), N2(sh(p0, k), 'share'), N2(r2(sh(p1, k) - sh(p0, k)), 'ppchange')]);
  w.blank(); w.row(['性别比（女=100）', N2(r2(p1.male / p1.female * 100), 'sexratio'), null, N2(r2(p0.male / p0.female * 100), 'sexratio')]);
  w.row(['注：性别比行为当年男性人口与女性人口之比（女=100）。']);
  w.widths([20, 14, 10, 14, 10, 18]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// M: transposed main indicators (indicators across columns for 全市/城镇/农村 rows)
async function fileM(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '收入来源', fn);
  const ub = U(42000, 65000), rb = ub / U(1.9, 2.4), wu = U(0.55, 0.72);
  const ui = incomeModel(ub, 'urban'), ri = incomeModel(rb, 'rural'), ai = weighted(ui, ri, wu);
  w.title('2023年居民人均可支配收入及其来源', 6); w.unit('单位：元', 6);
  w.row(['类别', '人均可支配收入', ...INC], { bold: true });
  for (const [n, s] of [['全体居民', ai], ['城镇居民', ui], ['农村居民', ri]]) w.row([n, N0(s.tc, 'total'), ...s.cur.map(v => N0(v, 'part'))]);
  w.blank();
  w.row(['构成（%）']);
  w.row(['类别', '人均可支配收入', ...INC], { bold: true });
  for (const [n, s] of [['全体居民', ai], ['城镇居民', ui], ['农村居民', ri]]) w.row([n, N1(100, null), ...s.cur.map(v => N1(r1(v / s.tc * 100), 'share'))]);
  w.widths([12, 16, 12, 12, 12, 12]);
  if (o.textSheet) addTextSheet(wb);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}


// N: nominal + real growth + 增减额
async function fileN(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '收支增长', fn);
  const inc = incomeModel(U(30000, 50000), o.ur || 'all', false), con = consModel(U(20000, 32000), o.ur || 'all', false);
  const cpi = U(0.002, 0.025);
  w.title('2023年居民人均收支及增长', 6); w.unit('单位：元、%', 6);
  w.row(['指标', '2023年', '2022年', '增减额', '名义增长（%）', '实际增长（%）'], { bold: true });
  const line = (n, c, p, ind) => w.row([n, N0(c, 'part'), N0(p, 'part'), N0(c - p, 'diff'), N1(pct(c, p), 'growth'), N1(r1(((c / p) / (1 + cpi) - 1) * 100), 'real')], { indent: ind });
  line('人均可支配收入', inc.tc, inc.tp, 0); INC.forEach((n, i) => line(n, inc.cur[i], inc.prev[i], 1));
  line('人均消费支出', con.tc, con.tp, 0); CON.forEach((n, i) => line(n, con.cur[i], con.prev[i], 1));
  w.blank(); w.row([`注：实际增长扣除价格因素，居民消费价格指数为${(100 + cpi * 100).toFixed(1)}（上年=100）。`]);
  w.widths([20, 12, 12, 10, 14, 14]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// O: age structure variants: '#'/indent-only 65+, 0-14/15-64/65+ with dependency ratios, 万人 rounding with 合计 row
async function fileO(fn, o) {
  const wb = new ExcelJS.Workbook();
  const p = popModel(RI(1500000, 9000000));
  const a1564 = p.total - p.a0 - p.a65;
  const w = new W(wb, '年龄结构', fn);
  w.title('常住人口年龄结构', 3);
  w.row(['年龄组', o.wan ? '人口（万人）' : '人口（人）', '比重（%）'], { bold: true });
  const sv = v => o.wan ? r2(v / 10000) : v; const NN = (v, k) => o.wan ? N2(v, k) : N0(v, k);
  const tot = sv(p.total);
  w.row(['合计', NN(tot, 'poptotal'), N1(100, null)], { bold: true });
  w.row(['0-14岁', NN(sv(p.a0), 'popcount'), N1(r1(sv(p.a0) / tot * 100), 'share')]);
  w.row(['15-59岁', NN(sv(p.a15), 'popcount'), N1(r1(sv(p.a15) / tot * 100), 'share')]);
  w.row(['60岁及以上', NN(sv(p.a60), 'popcount'), N1(r1(sv(p.a60) / tot * 100), 'share')]);
  const lab65 = o.sub65 === 'hash' ? '#65岁及以上' : o.sub65 === 'indent' ? '65岁及以上' : '　　其中：65岁及以上';
  w.row([lab65, NN(sv(p.a65), 'sub'), N1(r1(sv(p.a65) / tot * 100), 'share')], { indent: o.sub65 === 'indent' ? 2 : 0 });
  w.blank(); w.row(['注：#表示其中项。']);
  w.widths([20, 14, 12]);
  const w2 = new W(wb, '抚养比', fn);
  w2.title('按0-14岁、15-64岁、65岁及以上分组的人口及抚养比', 4);
  w2.row(['指标', '人数（人）', '比重（%）', '抚养比（%）'], { bold: true });
  w2.row(['总人口', N0(p.total, 'poptotal'), N2(100, null), N2(r2((p.a0 + p.a65) / a1564 * 100), 'rate')]);
  w2.row(['0-14岁', N0(p.a0, 'popcount'), N2(r2(p.a0 / p.total * 100), 'share'), N2(r2(p.a0 / a1564 * 100), 'rate')]);
  w2.row(['15-64岁', N0(a1564, 'popcount'), N2(r2(a1564 / p.total * 100), 'share'), null]);
  w2.row(['65岁及以上', N0(p.a65, 'popcount'), N2(r2(p.a65 / p.total * 100), 'share'), N2(r2(p.a65 / a1564 * 100), 'rate')]);
  w2.blank(); w2.row(['注：总抚养比=（0-14岁人口+65岁及以上人口）/15-64岁人口×100；少儿、老年抚养比分别列于对应行。']);
  w2.widths([16, 14, 10, 12]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// P: summary sheet + county sheet (全市 row equals summary), county has 常住人口 (sums), 城镇化率 (rate), income (weighted)
async function fileP(fn, o) {
  const wb = new ExcelJS.Workbook();
  const names = COUNTIES[o.set || 0];
  const rows = names.map(n => { const pop = RI(150000, 1300000); const urb = r0(pop * U(0.35, 0.95)); return { n, pop, urb, ui: r0(U(38000, 60000)), ri: r0(U(15000, 27000)), rur: pop - urb }; });
  const S = k => rows.reduce((a, x) => a + x[k], 0);
  const city = { n: '全市', pop: S('pop'), urb: S('urb'), rur: S('rur') };
  city.ui = r0(rows.reduce((a, x) => a + x.ui * x.urb, 0) / city.urb);
  city.ri = r0(rows.reduce((a, x) => a + x.ri * x.rur, 0) / city.rur);
  const all = r0((city.ui * city.urb + city.ri * city.rur) / city.pop);
  const w = new W(wb, '主要指标', fn);
  w.title('2023年全市人口和居民收入主要指标', 3);
  w.row(['指标', '单位', '2023年'], { bold: true });
  w.row(['年末常住人口', '万人', N2(r2(city.pop / 10000), 'x')]);
  w.row(['　城镇人口', '万人', N2(r2(city.urb / 10000), 'x')]);
  w.row(['　乡村人口', '万人', N2(r2(city.rur / 10000), 'x')]);
  w.row(['城镇化率', '%', N2(r2(city.urb / city.pop * 100), 'rate')]);
  w.row(['全体居民人均可支配收入', '元', N0(all, 'x')]);
  w.row(['城镇居民人均可支配收入', '元', N0(city.ui, 'x')]);
  w.row(['农村居民人均可支配收入', '元', N0(city.ri, 'x')]);
  w.row(['城乡居民收入比', '农村=1', N2(r2(city.ui / city.ri), 'ratio')]);
  w.widths([26, 8, 12]);
  const w2 = new W(wb, '分县区', fn);
  w2.title('2023年各县（区）常住人口、城镇化率及居民收入', 7);
  w2.row(['地区', '常住人口（人）', '城镇人口（人）', '乡村人口（人）', '城镇化率（%）', '城镇居民人均可支配收入（元）', '农村居民人均可支配收入（元）'], { bold: true });
  const line = x => [x.n, N0(x.pop, 'poptotal'), N0(x.urb, 'popcount'), N0(x.rur, 'popcount'), N2(r2(x.urb / x.pop * 100), 'rate'), N0(x.ui, 'cty'), N0(x.ri, 'cty')];
  w2.row(line(city), { bold: true }); rows.forEach(x => w2.row(line(x)));
  w2.blank(); w2.row(['注：全市城镇、农村居民人均可支配收入为按城镇、乡村常住人口加权的平均数。']);
  w2.widths([12, 14, 14, 14, 12, 18, 18]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// Q: indicators down, years across (5 years), with sections
async function fileQ(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, o.sheet || '历年主要指标', fn);
  let base = U(24000, 34000); const recs = [];
  for (let y = 2019; y <= 2023; y++) { recs.push({ y, inc: incomeModel(base, 'all', false), con: consModel(base * 0.66, 'all', false) }); base *= U(1.03, 1.09); }
  w.title('2019-2023年居民人均收支', 6); w.unit('单位：元', 6);
  w.row(['指标', ...recs.map(r => `${r.y}年`)], { bold: true });
  w.row(['一、人均可支配收入', ...recs.map(r => N0(r.inc.tc, 'total'))]);
  INC.forEach((n, i) => w.row([`（${'一二三四'[i]}）${n}`, ...recs.map(r => N0(r.inc.cur[i], 'part'))]));
  w.row(['二、人均消费支出', ...recs.map(r => N0(r.con.tc, 'total'))]);
  CON.forEach((n, i) => w.row([`（${'一二三四五六七八'[i]}）${n}`, ...recs.map(r => N0(r.con.cur[i], 'part'))]));
  w.row(['三、恩格尔系数（%）', ...recs.map(r => N1(r1(r.con.cur[0] / r.con.tc * 100), 'rate'))]);
  w.row(['四、人均可支配收入比上年增长（%）', null, ...recs.slice(1).map((r, i) => N1(pct(r.inc.tc, recs[i].inc.tc), 'growthrow'))]);
  w.widths([34, 10, 10, 10, 10, 10]);
  if (o.textSheet) addTextSheet(wb);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// R: survey sample table: counts (sum over 城镇+农村) and per-capita figures (weighted) side by side
async function fileR(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, '调查户基本情况', fn);
  const hhU = RI(900, 2500), hhR = RI(700, 2000);
  const szU = U(2.6, 3.0), szR = U(3.0, 3.6);
  const popU = r0(hhU * szU), popR = r0(hhR * szR);
  const empU = r0(popU * U(0.5, 0.6)), empR = r0(popR * U(0.55, 0.65));
  const ub = U(42000, 60000), rb = ub / U(2.0, 2.5);
  const ui = incomeModel(ub, 'urban'), ri = incomeModel(rb, 'rural');
  const wu = popU / (popU + popR);
  const ai = weighted(ui, ri, wu);
  w.title('住户调查样本基本情况及人均可支配收入', 4);
  w.row(['指标', '全体居民', '城镇居民', '农村居民'], { bold: true });
  w.row(['调查户数（户）', N0(hhU + hhR, 'hh'), N0(hhU, 'hh'), N0(hhR, 'hh')]);
  w.row(['调查户人口（人）', N0(popU + popR, 'popcount'), N0(popU, 'popcount'), N0(popR, 'popcount')]);
  w.row(['#就业人口（人）', N0(empU + empR, 'sub'), N0(empU, 'sub'), N0(empR, 'sub')]);
  w.row(['户均人口（人/户）', N2(r2((popU + popR) / (hhU + hhR)), 'avg'), N2(r2(popU / hhU), 'avg'), N2(r2(popR / hhR), 'avg')]);
  w.row(['户均就业人口（人/户）', N2(r2((empU + empR) / (hhU + hhR)), 'avg'), N2(r2(empU / hhU), 'avg'), N2(r2(empR / hhR), 'avg')]);
  w.row(['人均可支配收入（元）', N0(ai.tc, 'total'), N0(ui.tc, 'total'), N0(ri.tc, 'total')]);
  INC.forEach((n, i) => w.row(['　' + n, N0(ai.cur[i], 'part'), N0(ui.cur[i], 'part'), N0(ri.cur[i], 'part')]));
  w.blank(); w.row(['注：全体居民人均指标按调查户人口加权。']);
  w.widths([24, 12, 12, 12]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

// S: population change, 万人 2dp, 增减 and 增长 computed from unrounded persons (as NBS does)
async function fileS(fn, o) {
  const wb = new ExcelJS.Workbook(); const w = new W(wb, '人口变动', fn);
  const p1 = popModel(RI(1500000, 9000000));
  const f = () => U(0.985, 1.012);
  const p0 = {}; for (const k of ['urban', 'rural', 'male', 'female', 'a0', 'a15', 'a60', 'a65']) p0[k] = r0(p1[k] / f());
  p0.total = p0.urban + p0.rural; p0.female = p0.total - p0.male; p0.a60 = Math.min(p0.a60, p0.total - p0.a0 - 1000); p0.a15 = p0.total - p0.a0 - p0.a60; p0.a65 = Math.min(p0.a65, p0.a60 - 1000);
  const sw = v => r2(v / 10000);
  w.title('2023年末常住人口及其变动', 5);
  w.row(['指标', '2023年末（万人）', '2022年末（万人）', '比上年末增减（万人）', '增长（%）'], { bold: true });
  const line = (n, k, kind) => w.row([n, N2(sw(p1[k]), kind), N2(sw(p0[k]), kind), N2(sw(p1[k] - p0[k]), 'diff'), N2(r2((p1[k] / p0[k] - 1) * 100), 'growth')]);
  line('年末常住人口', 'total', 'poptotal');
  line('　城镇', 'urban', 'popcount'); line('　乡村', 'rural', 'popcount');
  line('　男性', 'male', 'popcount'); line('　女性', 'female', 'popcount');
  line('　0-14岁', 'a0', 'popcount'); line('　15-59岁', 'a15', 'popcount'); line('　60岁及以上', 'a60', 'popcount'); line('　　其中：65岁及以上', 'a65', 'sub');
  w.blank(); w.row(['注：增减量和增长速度按未经修约的人口数计算，与表中修约后数据计算的结果可能略有差异。']);
  w.widths([22, 16, 16, 20, 10]);
  await wb.xlsx.writeFile(path.join(OUT, fn));
}

(async () => {
  const jobs = [
    ['A01_全体居民收支.xlsx', fileA, {}],
    ['A02_城镇居民收支.xlsx', fileA, { ur: 'urban', ind: 2, notes: true }],
    ['A03_农村居民收支.xlsx', fileA, { ur: 'rural', ind: 1, textSheet: true }],
    ['A04_收支_四舍五入.xlsx', fileA, { rounding: true, notes: true, ind: 0 }],
    ['A05_收支_无标题.xlsx', fileA, { title: false, unit: false, ind: 3, startCol: 2 }],
    ['A06_收支_其中.xlsx', fileA, { ind: 4, notes: true, year: 2022 }],
    ['A07_农村_四舍五入.xlsx', fileA, { ur: 'rural', rounding: true, ind: 2 }],
    ['B01_城乡收支.xlsx', fileB, {}],
    ['B02_城乡收支_缩进.xlsx', fileB, { ind: 2, textSheet: true }],
    ['B03_城乡收支_其中.xlsx', fileB, { ind: 4 }],
    ['C01_分县收入.xlsx', fileC, { set: 0 }],
    ['C02_分县收入_两年.xlsx', fileC, { set: 1, twoYears: true }],
    ['C03_分县收入_全市在后.xlsx', fileC, { set: 2, cityLast: true, cityName: '合计' }],
    ['C04_分县收入_无农村.xlsx', fileC, { set: 3, noRural: true, twoYears: true }],
    ['C05_分县收入_B列.xlsx', fileC, { set: 1, startCol: 2, cityName: '全市平均' }],
    ['D01_人口构成.xlsx', fileD, {}],
    ['D02_人口构成_万人.xlsx', fileD, { wan: true, sections: true }],
    ['D03_人口构成_分组.xlsx', fileD, { sections: true, extra: true }],
    ['D04_人口构成_比率.xlsx', fileD, { extra: true, wan: true }],
    ['E01_分县年龄.xlsx', fileE, { set: 1 }],
    ['E02_分县年龄.xlsx', fileE, { set: 3 }],
    ['F01_户数人口.xlsx', fileF, { set: 2 }],
    ['F02_户数人口_合计在后.xlsx', fileF, { set: 0, cityLast: true, cityName: '合计' }],
    ['F03_户数人口.xlsx', fileF, { set: 3, textSheet: true }],
    ['G01_历年收支.xlsx', fileG, { growthSheet: true }],
    ['G02_历年农村收支.xlsx', fileG, { ur: 'rural', n: 7 }],
    ['H01_城乡收入比.xlsx', fileH, {}],
    ['H02_城乡收入比.xlsx', fileH, {}],
    ['J01_消费构成.xlsx', fileJ, {}],
    ['J02_消费构成_缩进.xlsx', fileJ, { ind: 2, ur: 'rural' }],
    ['K01_五等份.xlsx', fileK, {}],
    ['K02_五等份.xlsx', fileK, {}],
    ['L01_年龄构成变化.xlsx', fileL, {}],
    ['M01_收入来源.xlsx', fileM, {}],
    ['M02_收入来源.xlsx', fileM, { textSheet: true }],
    ['N01_名义实际增长.xlsx', fileN, {}],
    ['N02_名义实际增长_城镇.xlsx', fileN, { ur: 'urban' }],
    ['O01_年龄结构_井号.xlsx', fileO, { sub65: 'hash' }],
    ['O02_年龄结构_缩进.xlsx', fileO, { sub65: 'indent', wan: true }],
    ['O03_年龄结构_其中.xlsx', fileO, { wan: true }],
    ['P01_主要指标和分县.xlsx', fileP, { set: 0 }],
    ['P02_主要指标和分县.xlsx', fileP, { set: 1 }],
    ['Q01_历年横排.xlsx', fileQ, {}],
    ['Q02_历年横排.xlsx', fileQ, { textSheet: true }],
    ['R01_调查户基本情况.xlsx', fileR, {}],
    ['R02_调查户基本情况.xlsx', fileR, {}],
    ['S01_人口变动.xlsx', fileS, {}],
    ['S02_人口变动.xlsx', fileS, {}],
    ['S03_人口变动.xlsx', fileS, {}],
  ];
  for (const [fn, f, o] of jobs) await f(fn, o);
  fs.writeFileSync(path.join(__dirname, 'meta.json'), JSON.stringify(META, null, 1));
  console.log('wrote', jobs.length);
})();
