// Generator of clean workbooks for township / education / sports tables.
const ExcelJS = require('exceljs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');

let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function r1(x) { return Math.round(x * 10) / 10; }
function r2(x) { return Math.round(x * 100) / 100; }
const sum = a => a.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0);
const gr = (a, b) => r1((b / a - 1) * 100); // growth %, 1 decimal

const STREETS = ['城关街道', '东城街道', '西城街道'];
const TOWNS = ['青山镇', '石桥镇', '柳林镇', '大河镇', '新安镇', '白沙镇'];
const XIANG = ['高岭乡', '双峰乡', '龙潭乡'];

// write a sheet. spec: {name, title, unit, headers:[[...]], merges:[...], rows:[[label,...vals]], fmts:[per col numFmt], notes:[...], startCol}
function sheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name);
  let r = 1;
  const ncol = Math.max(...spec.headers.map(h => h.length));
  if (spec.title) { ws.getCell(r, 1).value = spec.title; if (spec.mergeTitle !== false) ws.mergeCells(r, 1, r, ncol); r++; }
  if (spec.unit) { ws.getCell(r, spec.unitCol || ncol).value = spec.unit; r++; }
  const hr0 = r;
  for (const h of spec.headers) { h.forEach((v, i) => { if (v !== null && v !== undefined) ws.getCell(r, i + 1).value = v; }); r++; }
  for (const m of (spec.merges || [])) ws.mergeCells(hr0 + m[0], m[1] + 1, hr0 + m[2], m[3] + 1);
  const dr0 = r;
  for (const row of spec.rows) {
    row.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const c = ws.getCell(r, i + 1);
      c.value = v;
      if (i > 0 && typeof v === 'number' && spec.fmts && spec.fmts[i]) c.numFmt = spec.fmts[i];
      if (i === 0 && spec.indent && /^(其中|\s)/.test(v) === false && spec.indent[r - dr0]) c.alignment = { indent: spec.indent[r - dr0] };
    });
    r++;
  }
  for (const n of (spec.notes || [])) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 22;
  return ws;
}

async function save(wb, f) { await wb.xlsx.writeFile(path.join(OUT, f)); }

// ---------- township data ----------
function township(name, big) {
  const vil = ri(big ? 3 : 8, big ? 12 : 25);
  const grp = vil * ri(5, 12);
  const hh = ri(big ? 15000 : 3000, big ? 40000 : 12000);
  const pop = Math.round(hh * (2.6 + rnd()));
  const land = r1(ri(8000, 60000) / 10);
  const inc = ri(15000, 26000);
  return { name, vil, grp, hh, pop, land, inc };
}
function agg(name, list) {
  const pop = sum(list.map(t => t.pop));
  return {
    name, vil: sum(list.map(t => t.vil)), grp: sum(list.map(t => t.grp)), hh: sum(list.map(t => t.hh)), pop,
    land: r1(sum(list.map(t => t.land))),
    inc: Math.round(sum(list.map(t => t.inc * t.pop)) / pop),
  };
}
const trow = t => [t.name, t.vil, t.grp, t.hh, t.pop, t.land, t.inc];

async function townshipGrouped(file, opts = {}) {
  const st = STREETS.map(n => township(n, true));
  const tw = TOWNS.map(n => township(n));
  const xi = XIANG.map(n => township(n));
  // economic development zone inside 青山镇
  const q = tw[0];
  const kfq = { name: '其中：经济开发区', vil: 2, grp: 14, hh: Math.round(q.hh * 0.3), pop: Math.round(q.pop * 0.28), land: r1(q.land * 0.1), inc: q.inc + 1200 };
  const S = agg('街道', st), T = agg('镇', tw), X = agg('乡', xi), ALL = agg('全县', [...st, ...tw, ...xi]);
  const rows = [trow(ALL), trow(S), ...st.map(trow), trow(T), trow(tw[0]), trow(kfq), ...tw.slice(1).map(trow), trow(X), ...xi.map(trow)];
  if (opts.indentLabels) rows.forEach(r => { if (![ALL.name, S.name, T.name, X.name].includes(r[0]) && !r[0].startsWith('其中')) r[0] = '  ' + r[0]; });
  if (opts.kfqIndent) rows.forEach(r => { if (r[0].startsWith('其中')) r[0] = '    ' + r[0]; });
  if (opts.dashStreets) rows.forEach(r => { if (/街道$/.test(r[0].trim()) && r[0].trim() !== '街道') { r[5] = '—'; r[6] = '—'; } if (r[0] === '街道') { r[5] = '—'; r[6] = '—'; } });
  if (opts.dashStreets) { const land = r1(sum([...tw, ...xi].map(t => t.land))); const inc = Math.round(sum([...tw, ...xi].map(t => t.inc * t.pop)) / sum([...tw, ...xi].map(t => t.pop))); rows[0][5] = land; rows[0][6] = inc; }
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: opts.sheetName || '乡镇基本情况', title: opts.title || '各乡镇基本情况（2023年）', unit: opts.unit === undefined ? null : opts.unit,
    headers: opts.bilingual ? [
      ['乡镇', '行政村数（个）', '村民小组（个）', '户数（户）', '人口（人）', '耕地面积（公顷）', '农村居民人均可支配收入（元）'],
      ['Township', 'Administrative Villages', 'Villager Groups', 'Households', 'Population', 'Cultivated Land (ha)', 'Per Capita Disposable Income of Rural Residents (yuan)'],
    ] : [['乡镇', '行政村数（个）', '村民小组（个）', '户数（户）', '人口（人）', '耕地面积（公顷）', '农村居民人均可支配收入（元）']],
    rows, fmts: [null, '0', '0', '0', '0', '0.0', '0'],
    notes: ['注：1.经济开发区数据包含在青山镇内。', '2.农村居民人均可支配收入为住户抽样调查推算数。'],
  });
  await save(wb, file);
}

async function townshipFlat(file, opts = {}) {
  const all = [...STREETS, ...TOWNS, ...XIANG].map(n => township(n, n.endsWith('街道')));
  const tot = agg(opts.totalLabel || '全县', all);
  const rows = opts.totalLast ? [...all.map(trow), trow(tot)] : [trow(tot), ...all.map(trow)];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '各乡镇', title: '各乡镇（街道）基本情况', unit: null,
    headers: [['乡镇（街道）', '行政村数', '村民小组', '户数', '户籍人口', '耕地面积', '农村居民人均可支配收入'],
    ['', '（个）', '（个）', '（户）', '（人）', '（公顷）', '（元）']],
    rows, fmts: [null, '0', '0', '0', '0', '0.0', '0'], notes: ['资料来源：县民政局、县自然资源局、国家统计局某某调查队。'],
  });
  await save(wb, file);
}

async function townshipTransposed(file) {
  const all = [...STREETS.slice(0, 2), ...TOWNS.slice(0, 4), ...XIANG.slice(0, 2)].map(n => township(n, n.endsWith('街道')));
  const tot = agg('全县', all);
  const cols = [tot, ...all];
  const ind = [['行政村数（个）', 'vil'], ['村民小组（个）', 'grp'], ['户数（户）', 'hh'], ['人口（人）', 'pop'], ['耕地面积（公顷）', 'land'], ['农村居民人均可支配收入（元）', 'inc']];
  const rows = ind.map(([l, k]) => [l, ...cols.map(c => c[k])]);
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '分乡镇主要指标', title: '2023年分乡镇主要指标', headers: [['指标', ...cols.map(c => c.name)]],
    rows, fmts: [null, ...cols.map(() => null)],
  });
  // set decimal fmt for land row
  const ws = wb.getWorksheet('分乡镇主要指标');
  for (let c = 2; c <= cols.length + 1; c++) ws.getCell(7, c).numFmt = '0.0';
  await save(wb, file);
}

async function townshipTwoYear(file, opts = {}) {
  const names = [...STREETS, ...TOWNS];
  const a = names.map(n => ({ n, p: ri(20000, 90000), h: ri(6000, 30000) }));
  const b = a.map(x => ({ n: x.n, p: Math.round(x.p * (0.97 + rnd() * 0.06)), h: Math.round(x.h * (0.98 + rnd() * 0.05)) }));
  const A = { p: sum(a.map(x => x.p)), h: sum(a.map(x => x.h)) }, B = { p: sum(b.map(x => x.p)), h: sum(b.map(x => x.h)) };
  const rows = [['合计', A.h, B.h, gr(A.h, B.h), A.p, B.p, gr(A.p, B.p)],
  ...a.map((x, i) => [x.n, x.h, b[i].h, gr(x.h, b[i].h), x.p, b[i].p, gr(x.p, b[i].p)])];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '户数人口', title: '各乡镇户数和人口', unit: '单位：户、人、%',
    headers: [['乡镇', '户数', null, null, '户籍人口', null, null], [null, '2022年', '2023年', '增长%', '2022年', '2023年', '增长%']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], rows, fmts: [null, '0', '0', '0.0', '0', '0', '0.0'],
  });
  await save(wb, file);
}

async function villages(file, opts = {}) {
  const vn = ['东风村', '红星村', '向阳村', '和平村', '团结村', '光明村', '胜利村', '前进村', '新农村', '社区居委会'];
  const rows0 = vn.map(n => { const m = ri(600, 2200), f = ri(550, 2100); const hh = Math.round((m + f) / (2.8 + rnd())); return [n, ri(4, 15), hh, m + f, m, f, opts.dash && n === '社区居委会' ? '—' : r1(ri(800, 5000) / 10)]; });
  const tot = ['全镇', sum(rows0.map(r => r[1])), sum(rows0.map(r => r[2])), sum(rows0.map(r => r[3])), sum(rows0.map(r => r[4])), sum(rows0.map(r => r[5])), r1(sum(rows0.map(r => r[6])))];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '青山镇各村', title: '青山镇各行政村（社区）基本情况', unit: '2023年末',
    headers: [['村（社区）', '村民小组（个）', '户数（户）', '总人口（人）', '#男', '#女', '耕地面积（亩）']],
    rows: [tot, ...rows0], fmts: [null, '0', '0', '0', '0', '0', '0.0'],
    notes: ['注：社区居委会无耕地，以“—”表示。'],
  });
  await save(wb, file);
}

// ---------- education ----------
function schoolType(name, n) {
  const sch = n;
  const enr = ri(n * 80, n * 300);
  const grad = Math.round(enr * (0.8 + rnd() * 0.3));
  const stu = Math.round(enr * (2.6 + rnd() * 0.8));
  const tch = Math.round(stu / (11 + rnd() * 8));
  return { name, sch, grad, enr, stu, tch };
}
function eduData() {
  const types = [schoolType('普通高中', ri(3, 6)), schoolType('初中', ri(12, 25)), schoolType('小学', ri(40, 90)), schoolType('幼儿园', ri(50, 120)), schoolType('特殊教育', 1)];
  // special education tiny
  types[4] = { name: '特殊教育', sch: 1, grad: ri(10, 25), enr: ri(12, 30), stu: ri(80, 160), tch: ri(15, 30) };
  // 幼儿园 graduates = 离园
  const priv = types.map(t => ({ name: '其中：民办', sch: Math.max(0, Math.floor(t.sch * 0.3)), grad: Math.floor(t.grad * 0.15), enr: Math.floor(t.enr * 0.15), stu: Math.floor(t.stu * 0.14), tch: Math.floor(t.tch * 0.13) }));
  priv[4] = null;
  const tot = { name: '总计', sch: sum(types.map(t => t.sch)), grad: sum(types.map(t => t.grad)), enr: sum(types.map(t => t.enr)), stu: sum(types.map(t => t.stu)), tch: sum(types.map(t => t.tch)) };
  return { types, priv, tot };
}
const erow = t => [t.name, t.sch, t.grad, t.enr, t.stu, t.tch];

async function eduBasic(file, opts = {}) {
  const d = eduData();
  const rows = [erow(d.tot)];
  d.types.forEach((t, i) => { rows.push(erow(t)); if (d.priv[i] && opts.withPriv !== false) rows.push(erow(d.priv[i])); });
  if (opts.ratio) rows.forEach(r => r.push(r[0].startsWith('其中') ? null : r1(r[4] / r[5])));
  const h = ['项目', '学校数（所）', '毕业生数（人）', '招生数（人）', '在校学生数（人）', '专任教师数（人）'];
  if (opts.ratio) h.push('生师比（教师=1）');
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '各级各类学校', title: '各级各类学校基本情况（2023/2024学年）', headers: opts.bilingual ? [h, ['Item', 'Schools', 'Graduates', 'New Enrollment', 'Enrollment', 'Full-time Teachers', 'Student-Teacher Ratio'].slice(0, h.length)] : [h],
    rows, fmts: [null, '0', '0', '0', '0', '0', '0.0'],
    notes: ['注：幼儿园毕业生数为离园幼儿数；特殊教育含随班就读学生。'],
  });
  await save(wb, file);
}

async function eduFemale(file, opts = {}) {
  const d = eduData();
  // columns: 在校学生数, 其中女, 女生比重%, 专任教师, 其中女, 生师比
  const rows = [];
  const mk = t => { const fs = Math.round(t.stu * (0.45 + rnd() * 0.06)); const ft = Math.round(t.tch * (0.55 + rnd() * 0.3)); return [t.name, t.stu, fs, r1(fs / t.stu * 100), t.tch, ft, r1(t.stu / t.tch)]; };
  const tr = d.types.map(mk);
  const tot = ['合计', sum(tr.map(r => r[1])), sum(tr.map(r => r[2])), 0, sum(tr.map(r => r[4])), sum(tr.map(r => r[5])), 0];
  tot[3] = r1(tot[2] / tot[1] * 100); tot[6] = r1(tot[1] / tot[4]);
  rows.push(tot, ...tr);
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '学生与教师', title: '各级学校在校学生和专任教师', unit: '单位：人、%',
    headers: [['学校类别', '在校学生数', null, null, '专任教师数', null, '生师比'], [null, '计', '其中：女', '女生比重', '计', '其中：女', null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 5], [0, 6, 1, 6]], rows, fmts: [null, '0', '0', '0.0', '0', '0', '0.0'],
  });
  await save(wb, file);
}

async function eduTwoYear(file, opts = {}) {
  const d = eduData();
  const items = [];
  d.types.slice(0, 4).forEach(t => {
    const prev = Math.round(t.stu * (0.93 + rnd() * 0.12));
    items.push([t.name, prev, t.stu, gr(prev, t.stu)]);
  });
  const tp = sum(items.map(r => r[1])), tc = sum(items.map(r => r[2]));
  const rows = [['在校学生数合计', tp, tc, gr(tp, tc)], ...items.map(r => ['  ' + r[0], ...r.slice(1)])];
  const tchA = d.types.slice(0, 4).map(t => { const p = Math.round(t.tch * (0.95 + rnd() * 0.1)); return [t.name, p, t.tch, gr(p, t.tch)]; });
  const a = sum(tchA.map(r => r[1])), b = sum(tchA.map(r => r[2]));
  rows.push(['专任教师数合计', a, b, gr(a, b)], ...tchA.map(r => ['  ' + r[0], ...r.slice(1)]));
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '教育发展', title: '教育事业发展情况', unit: '单位：人',
    headers: [['指标', '2022年', '2023年', '2023年比2022年增长（%）']], rows, fmts: [null, '0', '0', '0.0'],
  });
  await save(wb, file);
}

async function eduRates(file, opts = {}) {
  // 入学率, 巩固率
  const sch = ri(5000, 9000), schIn = sch - ri(0, 5);
  const jun = ri(4000, 8000), junIn = jun - ri(5, 60);
  const coh = ri(4000, 7000), cohNow = coh - ri(30, 200);
  const hs = ri(3000, 6000), hsIn = Math.round(hs * (0.88 + rnd() * 0.1));
  const rows = [
    ['小学学龄儿童数（人）', sch], ['  已入学人数（人）', schIn], ['小学学龄儿童入学率（%）', r2(schIn / sch * 100)],
    ['初中阶段适龄人口（人）', jun], ['  初中在校生（人）', junIn], ['初中阶段毛入学率（%）', r2(junIn / jun * 100)],
    ['九年义务教育入学年级学生数（人）', coh], ['  现有在校生数（人）', cohNow], ['九年义务教育巩固率（%）', r1(cohNow / coh * 100)],
    ['高中阶段适龄人口（人）', hs], ['  高中阶段在校生（人）', hsIn], ['高中阶段毛入学率（%）', r1(hsIn / hs * 100)],
  ];
  const wb = new ExcelJS.Workbook();
  sheet(wb, { name: '入学率', title: '2023年义务教育和高中阶段入学情况', headers: [['指标', '2023年']], rows, fmts: [null, null] });
  const ws = wb.getWorksheet('入学率');
  [5, 8].forEach(r => ws.getCell(r, 2).numFmt = '0.00'); [11, 14].forEach(r => ws.getCell(r, 2).numFmt = '0.0');
  await save(wb, file);
}

async function eduByTownship(file, opts = {}) {
  const names = [...STREETS.slice(0, 2), ...TOWNS.slice(0, 5), ...XIANG.slice(0, 2)];
  const rows0 = names.map(n => { const big = n.endsWith('街道'); return [n, ri(0, 1) + (big ? 1 : 0), ri(1, 3), ri(big ? 3 : 1, big ? 8 : 6), ri(1, 8)]; });
  rows0.forEach(r => { if (r[1] === 0 && opts.dash) r[1] = '—'; });
  const stu = names.map(n => [ri(0, 3000), ri(200, 3000), ri(500, 6000), ri(150, 2000)]);
  const rows = rows0.map((r, i) => { const s = stu[i]; if (r[1] === '—' || r[1] === 0) s[0] = r[1]; const ss = s.filter(x => typeof x === 'number'); return [r[0], sum(r.slice(1)), ...r.slice(1), sum(ss), ...s]; });
  const tot = ['全县'];
  for (let c = 1; c < rows[0].length; c++) tot.push(sum(rows.map(r => r[c])));
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '分乡镇学校', title: '各乡镇学校数和在校学生数', unit: '单位：所、人',
    headers: [['乡镇', '学校数', null, null, null, null, '在校学生数', null, null, null, null], [null, '合计', '高中', '初中', '小学', '幼儿园', '合计', '高中', '初中', '小学', '幼儿园']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 5], [0, 6, 0, 10]], rows: [tot, ...rows], fmts: [],
    notes: opts.dash ? ['注：“—”表示该乡镇无此类学校。'] : [],
  });
  await save(wb, file);
}

// ---------- sports ----------
async function sportsVenues(file, opts = {}) {
  const types = ['体育场', '体育馆', '游泳池（馆）', '全民健身路径', '篮球场', '足球场', '其他'];
  const rows0 = types.map(t => [t, ri(2, 400), r2(ri(50, 30000) / 100)]);
  const n = sum(rows0.map(r => r[1])), area = r2(sum(rows0.map(r => r[2])));
  const pop = r2(ri(3000, 9000) / 100); // 万人
  const rows = [['体育场地总计', n, area], ...rows0.map(r => ['  ' + r[0], r[1], r[2]])];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '体育场地', title: '体育场地情况', headers: [['场地类型', '场地数（个）', '场地面积（万平方米）']], rows, fmts: [null, '0', '0.00'],
    notes: [`注：年末常住人口${pop}万人，人均体育场地面积${r2(area / pop)}平方米。`],
  });
  // a second table: summary indicators
  const ws2 = wb.addWorksheet('主要指标');
  const regular = ri(150000, 400000); const popn = Math.round(pop * 10000);
  const data = [['体育主要指标'], ['指标', '单位', '2023年'], ['体育场地数', '个', n], ['体育场地面积', '万平方米', area], ['年末常住人口', '万人', pop], ['人均体育场地面积', '平方米', r2(area / pop)],
  ['经常参加体育锻炼人数', '人', regular], ['经常参加体育锻炼人数比例', '%', r1(regular / popn * 100)]];
  data.forEach((r, i) => r.forEach((v, j) => { ws2.getCell(i + 1, j + 1).value = v; }));
  ws2.getCell(4, 3).numFmt = '0.00'; ws2.getCell(5, 3).numFmt = '0.00'; ws2.getCell(6, 3).numFmt = '0.00'; ws2.getCell(8, 3).numFmt = '0.0';
  await save(wb, file);
}

async function sportsTownship(file, opts = {}) {
  const names = [...STREETS, ...TOWNS.slice(0, 4), ...XIANG.slice(0, 2)];
  const rows0 = names.map(n => { const cnt = ri(20, 300); const area = r1(ri(20, 600) / 10); const pop = r2(ri(150, 900) / 100); return [n, cnt, area, pop]; });
  const tc = sum(rows0.map(r => r[1])), ta = r1(sum(rows0.map(r => r[2]))), tp = r2(sum(rows0.map(r => r[3])));
  const rows = [['全县', tc, ta, tp, r2(ta / tp)], ...rows0.map(r => [...r, r2(r[2] / r[3])])];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '分乡镇体育场地', title: '各乡镇（街道）体育场地', headers: [['乡镇（街道）', '场地数（个）', '场地面积（万平方米）', '常住人口（万人）', '人均场地面积（平方米）']],
    rows, fmts: [null, '0', '0.0', '0.00', '0.00'],
  });
  await save(wb, file);
}

async function sportsMedals(file, opts = {}) {
  const ev = ['田径', '游泳', '举重', '武术', '射击', '乒乓球', '羽毛球'];
  const rows0 = ev.map(e => { const g = ri(0, 6), s = ri(0, 6), b = ri(0, 8); return [e, g + s + b, g, s, b]; });
  const tot = ['合计', ...[1, 2, 3, 4].map(c => sum(rows0.map(r => r[c])))];
  const rows = opts.totalLast ? [...rows0, tot] : [tot, ...rows0];
  if (opts.dash) rows.forEach(r => { for (let i = 2; i < 5; i++) if (r[i] === 0) r[i] = '—'; });
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '运动员获奖', title: '2023年运动员在省级以上比赛获奖情况', unit: '单位：枚',
    headers: [['项目', '奖牌总数', '金牌', '银牌', '铜牌'], ['Event', 'Total', 'Gold', 'Silver', 'Bronze']], rows, fmts: [],
  });
  await save(wb, file);
}

async function sportsMedalsYears(file) {
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const rows = yrs.map(y => { const g = ri(2, 15), s = ri(2, 15), b = ri(2, 20); return [String(y) + '年', g, s, b, g + s + b]; });
  const wb = new ExcelJS.Workbook();
  sheet(wb, { name: '历年获奖', title: '历年运动员获奖情况', unit: '单位：枚', headers: [['年份', '金牌', '银牌', '铜牌', '合计']], rows, fmts: [] });
  await save(wb, file);
}

async function sportsRegular(file) {
  // 经常参加体育锻炼人数比例 by township, plus 国民体质合格率
  const names = [...STREETS.slice(0, 2), ...TOWNS.slice(0, 4)];
  const rows0 = names.map(n => { const pop = ri(20000, 80000); const reg = Math.round(pop * (0.3 + rnd() * 0.2)); const tested = ri(300, 900); const pass = Math.round(tested * (0.88 + rnd() * 0.1)); return [n, pop, reg, r1(reg / pop * 100), tested, pass, r1(pass / tested * 100)]; });
  const t = [1, 2, 4, 5].map(c => sum(rows0.map(r => r[c])));
  const tot = ['合计', t[0], t[1], r1(t[1] / t[0] * 100), t[2], t[3], r1(t[3] / t[2] * 100)];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '群众体育', title: '群众体育开展情况', headers: [['乡镇', '常住人口（人）', '经常参加体育锻炼人数（人）', '经常参加体育锻炼人数比例（%）', '国民体质监测人数（人）', '达到合格以上人数（人）', '合格率（%）']],
    rows: [tot, ...rows0], fmts: [null, '0', '0', '0.0', '0', '0', '0.0'],
  });
  await save(wb, file);
}

async function eduPrivate(file) {
  // 民办教育: total and 其中 by level in columns
  const types = ['幼儿园', '小学', '初中', '普通高中'];
  const rows0 = types.map(t => { const s = ri(1, 40), st = ri(300, 8000), tc = Math.round(st / ri(10, 18)); return [t, s, st, tc]; });
  const tot = ['民办学校合计', ...[1, 2, 3].map(c => sum(rows0.map(r => r[c])))];
  const all = ['全县各类学校', tot[1] + ri(50, 150), tot[2] + ri(50000, 90000), tot[3] + ri(3000, 6000)];
  const share = ['民办占比（%）', r1(tot[1] / all[1] * 100), r1(tot[2] / all[2] * 100), r1(tot[3] / all[3] * 100)];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '民办教育', title: '民办教育基本情况', headers: [['项目', '学校数（所）', '在校学生数（人）', '专任教师数（人）']],
    rows: [all, tot, ...rows0.map(r => ['  ' + r[0], ...r.slice(1)]), share], fmts: [null, null, null, null],
  });
  const ws = wb.getWorksheet('民办教育'); for (let c = 2; c <= 4; c++) ws.getCell(9, c).numFmt = '0.0';
  await save(wb, file);
}

async function eduTransposedYears(file) {
  // indicators rows, years columns, with growth column
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const base = { sch: ri(150, 220), stu: ri(60000, 90000), tch: ri(4000, 6000), kin: ri(12000, 20000) };
  const series = k => yrs.map((_, i) => Math.round(base[k] * (1 + (rnd() - 0.5) * 0.08 * i)));
  const s = { sch: series('sch'), stu: series('stu'), tch: series('tch'), kin: series('kin') };
  const rows = [
    ['学校数（所）', ...s.sch, gr(s.sch[3], s.sch[4])],
    ['在校学生数（人）', ...s.stu, gr(s.stu[3], s.stu[4])],
    ['  #在园幼儿', ...s.kin, gr(s.kin[3], s.kin[4])],
    ['专任教师数（人）', ...s.tch, gr(s.tch[3], s.tch[4])],
    ['生师比', ...yrs.map((_, i) => r1(s.stu[i] / s.tch[i])), null],
  ];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '教育历年', title: '教育基本情况（2019—2023年）', headers: [['指标', '2019年', '2020年', '2021年', '2022年', '2023年', '2023年比上年增长%']],
    rows, fmts: [null, '0', '0', '0', '0', '0', '0.0'], notes: ['注：生师比为在校学生数与专任教师数之比（教师=1），在校学生数含在园幼儿。'],
  });
  const ws = wb.getWorksheet('教育历年'); for (let c = 2; c <= 6; c++) ws.getCell(7, c).numFmt = '0.0';
  await save(wb, file);
}

async function townshipLand(file) {
  // 耕地 with 其中 水田 旱地 columns, grouped 镇/乡
  const names = [...TOWNS, ...XIANG];
  const rows0 = names.map(n => { const w = r1(ri(500, 20000) / 10), d = r1(ri(500, 20000) / 10); return [n, r1(w + d), w, d]; });
  const tw = rows0.slice(0, 6), xi = rows0.slice(6);
  const sub = (l, rs) => [l, r1(sum(rs.map(r => r[1]))), r1(sum(rs.map(r => r[2]))), r1(sum(rs.map(r => r[3])))];
  const T = sub('一、镇', tw), X = sub('二、乡', xi), A = sub('合计', rows0);
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '耕地', title: '各乡镇耕地面积', unit: '单位：公顷', headers: [['乡镇', '耕地面积', '#水田', '#旱地']],
    rows: [A, T, ...tw, X, ...xi], fmts: [null, '0.0', '0.0', '0.0'],
  });
  await save(wb, file);
}

async function multiSheet(file) {
  // 2 sheets: township basic & school counts, with the same 全县 numbers appearing in both
  const all = [...STREETS.slice(0, 2), ...TOWNS.slice(0, 3)].map(n => township(n, n.endsWith('街道')));
  const tot = agg('全县', all);
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '表1 人口', title: '表1 各乡镇户数人口', headers: [['乡镇', '户数（户）', '人口（人）', '户均人口（人）']],
    rows: [[tot.name, tot.hh, tot.pop, r2(tot.pop / tot.hh)], ...all.map(t => [t.name, t.hh, t.pop, r2(t.pop / t.hh)])], fmts: [null, '0', '0', '0.00'],
  });
  const sch = all.map(t => [t.name, ri(1, 4), ri(3, 10), ri(2, 12)]);
  const st = ['全县', ...[1, 2, 3].map(c => sum(sch.map(r => r[c])))];
  sheet(wb, {
    name: '表2 学校', title: '表2 各乡镇学校数', unit: '单位：所', headers: [['乡镇', '初中', '小学', '幼儿园', '合计']],
    rows: [[...st, st[1] + st[2] + st[3]], ...sch.map(r => [...r, r[1] + r[2] + r[3]])], fmts: [],
  });
  await save(wb, file);
}

async function kindergarten(file) {
  // 幼儿园: 公办/民办 split, 普惠性
  const rows0 = [['公办幼儿园'], ['民办幼儿园']].map(r => { const n = ri(20, 80), k = ri(3000, 9000), t = Math.round(k / ri(12, 18)); return [r[0], n, k, t]; });
  const pu = ['其中：普惠性民办', Math.floor(rows0[1][1] * 0.6), Math.floor(rows0[1][2] * 0.6), Math.floor(rows0[1][3] * 0.6)];
  const tot = ['幼儿园合计', rows0[0][1] + rows0[1][1], rows0[0][2] + rows0[1][2], rows0[0][3] + rows0[1][3]];
  const cov = ['普惠性幼儿园覆盖率（%）', null, r1((rows0[0][2] + pu[2]) / tot[2] * 100), null];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '学前教育', title: '学前教育基本情况', headers: [['项目', '园数（所）', '在园幼儿（人）', '专任教师（人）']],
    rows: [tot, rows0[0], rows0[1], pu, cov], fmts: [null, null, '0', null],
    notes: ['注：普惠性幼儿园覆盖率=（公办园在园幼儿+普惠性民办园在园幼儿）/在园幼儿总数。'],
  });
  wb.getWorksheet('学前教育').getCell(7, 3).numFmt = '0.0';
  await save(wb, file);
}

async function twoLabelCols(file) {
  // column A: category (merged vertically), column B: township
  const groups = [['街道', STREETS], ['镇', TOWNS.slice(0, 4)], ['乡', XIANG]];
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('分类');
  ws.getCell('A1').value = '各乡镇户数、人口和耕地'; ws.mergeCells('A1:E1');
  ['类别', '乡镇', '户数（户）', '人口（人）', '耕地面积（公顷）'].forEach((v, i) => ws.getCell(2, i + 1).value = v);
  const data = groups.map(([g, ns]) => [g, ns.map(n => township(n, g === '街道'))]);
  const all = data.flatMap(d => d[1]);
  let r = 3;
  ws.getCell(r, 1).value = '全县合计'; ws.mergeCells(r, 1, r, 2);
  ws.getCell(r, 3).value = sum(all.map(t => t.hh)); ws.getCell(r, 4).value = sum(all.map(t => t.pop)); ws.getCell(r, 5).value = r1(sum(all.map(t => t.land))); ws.getCell(r, 5).numFmt = '0.0'; r++;
  for (const [g, ts] of data) {
    const r0 = r;
    ws.getCell(r, 1).value = g; ws.getCell(r, 2).value = '小计';
    ws.getCell(r, 3).value = sum(ts.map(t => t.hh)); ws.getCell(r, 4).value = sum(ts.map(t => t.pop)); ws.getCell(r, 5).value = r1(sum(ts.map(t => t.land))); ws.getCell(r, 5).numFmt = '0.0'; r++;
    for (const t of ts) { ws.getCell(r, 2).value = t.name; ws.getCell(r, 3).value = t.hh; ws.getCell(r, 4).value = t.pop; ws.getCell(r, 5).value = t.land; ws.getCell(r, 5).numFmt = '0.0'; r++; }
    ws.mergeCells(r0, 1, r - 1, 1);
  }
  await save(wb, file);
}

async function ratioString(file) {
  // 生师比 written as "13.5:1" text, 入学率/巩固率 per township as columns
  const names = [...TOWNS, ...XIANG];
  const rows0 = names.map(n => { const age = ri(400, 2000), ent = age - ri(0, 3); const coh = ri(300, 1800), now = coh - ri(0, 20); const stu = ri(800, 5000), t = Math.round(stu / ri(12, 18)); return [n, age, ent, r2(ent / age * 100), coh, now, r2(now / coh * 100), stu, t, r1(stu / t).toFixed(1) + ':1']; });
  const c = [1, 2, 4, 5, 7, 8].map(i => sum(rows0.map(r => r[i])));
  const tot = ['全县', c[0], c[1], r2(c[1] / c[0] * 100), c[2], c[3], r2(c[3] / c[2] * 100), c[4], c[5], r1(c[4] / c[5]).toFixed(1) + ':1'];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '义务教育', title: '各乡镇义务教育入学率、巩固率和生师比', headers: [['乡镇', '小学适龄儿童（人）', '已入学（人）', '入学率（%）', '入学年级学生数（人）', '现有学生数（人）', '巩固率（%）', '在校学生（人）', '专任教师（人）', '生师比']],
    rows: [tot, ...rows0], fmts: [null, '0', '0', '0.00', '0', '0', '0.00', '0', '0', null],
  });
  await save(wb, file);
}

async function eduTypesAsCols(file) {
  // transposed: indicators rows, school types columns, 合计 first column
  const d = eduData();
  const ks = [['学校数（所）', 'sch'], ['毕业生数（人）', 'grad'], ['招生数（人）', 'enr'], ['在校学生数（人）', 'stu'], ['专任教师数（人）', 'tch']];
  const rows = ks.map(([l, k]) => [l, d.tot[k], ...d.types.map(t => t[k])]);
  const wb = new ExcelJS.Workbook();
  sheet(wb, { name: '学校（横排）', title: '各级各类学校基本情况', unit: '2023年', headers: [['指标', '合计', '普通高中', '初中', '小学', '幼儿园', '特殊教育']], rows, fmts: [] });
  await save(wb, file);
}

async function roundedWan(file) {
  // 万人 / 万亩 with 1-2 decimals; totals and shares computed from unrounded underlying figures (yearbook practice)
  const names = [...STREETS, ...TOWNS, ...XIANG];
  const u = names.map(n => ({ n, pop: ri(12000, 95000), land: ri(8000, 90000), inc: ri(15000, 26000) }));
  const P = sum(u.map(x => x.pop)), L = sum(u.map(x => x.land));
  const rows = [['全县', r2(P / 1e4), 100.0, r1(L / 1e4), 100.0], ...u.map(x => [x.n, r2(x.pop / 1e4), r1(x.pop / P * 100), r1(x.land / 1e4), r1(x.land / L * 100)])];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '人口耕地', title: '各乡镇人口和耕地', headers: [['乡镇', '年末户籍人口（万人）', '占全县比重（%）', '耕地面积（万亩）', '占全县比重（%）']],
    rows, fmts: [null, '0.00', '0.0', '0.0', '0.0'], notes: ['注：合计数与分项之和因四舍五入略有出入。'],
  });
  await save(wb, file);
}

async function eduTwoYearWan(file) {
  // 在校学生 in 万人 two years, growth from unrounded
  const items = ['普通高中', '初中', '小学', '幼儿园'];
  const a = items.map(() => ri(3000, 40000)), b = a.map(x => Math.round(x * (0.9 + rnd() * 0.2)));
  const A = sum(a), B = sum(b);
  const rows = [['在校学生合计', r2(A / 1e4), r2(B / 1e4), gr(A, B)], ...items.map((n, i) => ['  ' + n, r2(a[i] / 1e4), r2(b[i] / 1e4), gr(a[i], b[i])])];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '在校学生', title: '各级学校在校学生数', unit: '单位：万人',
    headers: [['学校类别', '2022年', '2023年', '增长（%）']], rows, fmts: [null, '0.00', '0.00', '0.0'],
  });
  await save(wb, file);
}

async function venuesTwoYear(file) {
  const types = ['田径场', '篮球场', '足球场', '游泳池', '全民健身路径', '健身步道'];
  const a = types.map(() => ri(3, 300)), b = a.map(x => x + ri(0, 20));
  const aa = types.map(() => ri(500, 90000)), bb = aa.map(x => Math.round(x * (1 + rnd() * 0.2)));
  const rows = [['总计', sum(a), sum(b), gr(sum(a), sum(b)), r2(sum(aa) / 1e4), r2(sum(bb) / 1e4), gr(sum(aa), sum(bb))],
  ...types.map((t, i) => [t, a[i], b[i], gr(a[i], b[i]), r2(aa[i] / 1e4), r2(bb[i] / 1e4), gr(aa[i], bb[i])])];
  const wb = new ExcelJS.Workbook();
  sheet(wb, {
    name: '场地两年', title: '体育场地数量和面积', headers: [['类别', '场地数（个）', null, null, '场地面积（万平方米）', null, null], [null, '2022年', '2023年', '增长%', '2022年', '2023年', '增长%']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], rows, fmts: [null, '0', '0', '0.0', '0.00', '0.00', '0.0'],
  });
  await save(wb, file);
}

(async () => {
  seed = 1; await townshipGrouped('t01_grouped.xlsx');
  seed = 2; await townshipGrouped('t02_grouped_bilingual.xlsx', { bilingual: true, indentLabels: true, title: '各乡镇（街道）基本情况 Basic Statistics by Township' });
  seed = 3; await townshipGrouped('t03_grouped_unit.xlsx', { unit: '2023年末', sheetName: 'Sheet1' });
  seed = 4; await townshipFlat('t04_flat_first.xlsx');
  seed = 5; await townshipFlat('t05_flat_last.xlsx', { totalLast: true, totalLabel: '合计' });
  seed = 6; await townshipTransposed('t06_transposed.xlsx');
  seed = 7; await townshipTransposed('t07_transposed.xlsx');
  seed = 8; await townshipTwoYear('t08_twoyear.xlsx');
  seed = 9; await townshipTwoYear('t09_twoyear.xlsx');
  seed = 10; await villages('t10_villages.xlsx', { dash: true });
  seed = 11; await villages('t11_villages.xlsx');
  seed = 12; await townshipLand('t12_land.xlsx');
  seed = 13; await multiSheet('t13_multisheet.xlsx');
  seed = 21; await eduBasic('e01_basic.xlsx');
  seed = 22; await eduBasic('e02_basic_ratio.xlsx', { ratio: true });
  seed = 23; await eduBasic('e03_basic_bilingual.xlsx', { ratio: true, bilingual: true });
  seed = 24; await eduBasic('e04_basic_nopriv.xlsx', { withPriv: false });
  seed = 25; await eduFemale('e05_female.xlsx');
  seed = 26; await eduFemale('e06_female.xlsx');
  seed = 27; await eduTwoYear('e07_twoyear.xlsx');
  seed = 28; await eduRates('e08_rates.xlsx');
  seed = 29; await eduByTownship('e09_bytown.xlsx', { dash: true });
  seed = 30; await eduByTownship('e10_bytown.xlsx');
  seed = 31; await eduPrivate('e11_private.xlsx');
  seed = 32; await eduTransposedYears('e12_years.xlsx');
  seed = 33; await kindergarten('e13_kinder.xlsx');
  seed = 34; await eduRates('e14_rates.xlsx');
  seed = 41; await sportsVenues('s01_venues.xlsx');
  seed = 42; await sportsVenues('s02_venues.xlsx');
  seed = 43; await sportsTownship('s03_town.xlsx');
  seed = 44; await sportsMedals('s04_medals.xlsx');
  seed = 45; await sportsMedals('s05_medals_last.xlsx', { totalLast: true, dash: true });
  seed = 46; await sportsMedalsYears('s06_medal_years.xlsx');
  seed = 47; await sportsRegular('s07_regular.xlsx');
  seed = 48; await sportsTownship('s08_town.xlsx');
  seed = 51; await townshipGrouped('t14_bilingual_noindent.xlsx', { bilingual: true });
  seed = 52; await townshipGrouped('t15_indent_cn.xlsx', { indentLabels: true });
  seed = 53; await townshipGrouped('t16_indent_kfqdeeper.xlsx', { indentLabels: true, kfqIndent: true });
  seed = 54; await townshipGrouped('t17_dash_streets.xlsx', { dashStreets: true });
  seed = 55; await twoLabelCols('t18_twolabel.xlsx');
  seed = 56; await ratioString('e15_ratio_string.xlsx');
  seed = 57; await eduTypesAsCols('e16_types_cols.xlsx');
  seed = 61; await roundedWan('t19_wan_shares.xlsx');
  seed = 62; await roundedWan('t20_wan_shares.xlsx');
  seed = 63; await eduTwoYearWan('e17_twoyear_wan.xlsx');
  seed = 64; await eduTwoYearWan('e18_twoyear_wan.xlsx');
  seed = 65; await venuesTwoYear('s09_venues_twoyear.xlsx');
  console.log('done');
})();
