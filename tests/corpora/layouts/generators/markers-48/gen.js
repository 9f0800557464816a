// Generator for round48a: rounding notes, markers, negatives, footnote marks.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.argv[2] ?? '/tmp/round48a/cases';
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 48001;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const U = (a, b) => a + (b - a) * rnd();
const r = (x, d) => { const m = 10 ** d; return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; };
const sum = (a) => a.reduce((s, x) => s + x, 0);
const colL = (i) => { let s = ''; i += 1; while (i) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; };
const clone = (o) => JSON.parse(JSON.stringify(o));
const ROUND_NOTE = '注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。';
const PRIV_NOTE = '注：“×”表示为保护调查对象隐私，部分数据不公布。';

// spec: { sheet, title, unit, headers: [[...],[...]], rows: [[label, ...cells]], fmts: [per column numFmt], notes: [] , merges: []}
// a cell may be a number, a string, null, or {v, f} (value + numFmt override)
function layout(spec) {
  const hdrStart = spec.unit ? 3 : 2;
  const dataStart = hdrStart + spec.headers.length;
  return { hdrStart, dataStart };
}
function addr(spec, rowLabelOrIdx, colIdx) {
  const { dataStart } = layout(spec);
  const ri = typeof rowLabelOrIdx === 'number' ? rowLabelOrIdx : spec.rows.findIndex((row) => String(row[0]).trim() === rowLabelOrIdx);
  if (ri < 0) throw new Error('no row ' + rowLabelOrIdx);
  return `${spec.sheet}!${colL(colIdx)}${dataStart + ri}`;
}
function setCell(spec, rowLabel, colIdx, v) {
  const ri = spec.rows.findIndex((row) => String(row[0]).trim() === rowLabel);
  if (ri < 0) throw new Error('no row ' + rowLabel);
  const old = spec.rows[ri][colIdx];
  spec.rows[ri][colIdx] = v;
  return { cell: addr(spec, ri, colIdx), old };
}
function getCell(spec, rowLabel, colIdx) {
  const ri = spec.rows.findIndex((row) => String(row[0]).trim() === rowLabel);
  return spec.rows[ri][colIdx];
}

async function write(file, specs) {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.sheet);
    const ncol = Math.max(...spec.headers.map((h) => h.length));
    ws.getCell(1, 1).value = spec.title;
    ws.mergeCells(1, 1, 1, ncol);
    ws.getCell(1, 1).alignment = { horizontal: 'center' };
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    const { hdrStart, dataStart } = layout(spec);
    if (spec.unit) { ws.getCell(2, ncol).value = spec.unit; ws.getCell(2, ncol).alignment = { horizontal: 'right' }; }
    spec.headers.forEach((h, i) => h.forEach((t, j) => { if (t !== null && t !== undefined) ws.getCell(hdrStart + i, j + 1).value = t; }));
    for (const m of spec.merges || []) ws.mergeCells(m);
    spec.rows.forEach((row, i) => row.forEach((v, j) => {
      const c = ws.getCell(dataStart + i, j + 1);
      if (v === null || v === undefined) return;
      if (typeof v === 'object') { c.value = v.v; if (v.f) c.numFmt = v.f; }
      else { c.value = v; if (typeof v === 'number' && spec.fmts && spec.fmts[j]) c.numFmt = spec.fmts[j]; }
    }));
    let nr = dataStart + spec.rows.length;
    for (const n of spec.notes || []) { ws.getCell(nr, 1).value = n; nr++; }
    ws.getColumn(1).width = 24;
    for (let j = 2; j <= ncol; j++) ws.getColumn(j).width = 14;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

const manifest = {};
const jobs = [];
function clean(file, specs) { manifest[file] = null; jobs.push([file, specs]); }
function planted(file, specs, cell, note) { manifest[file] = { cell, note }; jobs.push([file, specs]); }

// ---------------------------------------------------------------- C01 GDP by district (亿元, rounded)
const jinan = ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'];
function c01() {
  const rows = []; const u = [];
  for (const d of jinan) {
    const big = U(300, 2600);
    const a = big * U(0.003, 0.09), b = big * U(0.2, 0.5), c = big - a - b;
    u.push([a, b, c]);
  }
  const tot = [0, 1, 2].map((k) => sum(u.map((x) => x[k])));
  rows.push(['全市', r(sum(tot), 2), r(tot[0], 2), r(tot[1], 2), r(tot[2], 2), 6.1]);
  jinan.forEach((d, i) => { const [a, b, c] = u[i]; rows.push([d, r(a + b + c, 2), r(a, 2), r(b, 2), r(c, 2), r(U(3.5, 8.5), 1)]); });
  return { sheet: '地区生产总值', title: '2023年各区县地区生产总值', unit: '单位：亿元', headers: [['地  区', '地区生产总值', '第一产业', '第二产业', '第三产业', '比上年增长（%）']], rows, fmts: [null, '0.00', '0.00', '0.00', '0.00', '0.0'], notes: [ROUND_NOTE, '注：增长速度按不变价格计算。'] };
}
const C01 = c01();
clean('c01_gdp_districts_rounded.xlsx', [C01]);
{ const s = clone(C01); const v = getCell(s, '全市', 3); const p = setCell(s, '全市', 3, r(v + 38.6, 2)); planted('p01_gdp_districts_total_secondary.xlsx', [s], p.cell, `全市第二产业 ${v} → ${r(v + 38.6, 2)} (+38.6, beyond rounding; row and column sums both break)`); }

// ---------------------------------------------------------------- C02 户籍人口 by district, sex, 合计 at bottom (万人, 2 dp)
const wenzhou = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '瑞安市', '乐清市', '龙港市'];
function c02() {
  const u = wenzhou.map(() => { const t = U(9, 135); const m = t * U(0.505, 0.53); return [m, t - m]; });
  const rows = wenzhou.map((d, i) => [d, r(u[i][0] + u[i][1], 2), r(u[i][0], 2), r(u[i][1], 2)]);
  const M = sum(u.map((x) => x[0])), F = sum(u.map((x) => x[1]));
  rows.push(['合  计', r(M + F, 2), r(M, 2), r(F, 2)]);
  return { sheet: '户籍人口', title: '2023年末各县（市、区）户籍人口', unit: '单位：万人', headers: [['地区', '户籍人口', '男', '女']], rows, fmts: [null, '0.00', '0.00', '0.00'], notes: [ROUND_NOTE, '资料来源：市公安局。'] };
}
const C02 = c02();
clean('c02_population_sex_total_bottom.xlsx', [C02]);
{ const s = clone(C02); const v = getCell(s, '瑞安市', 2); const p = setCell(s, '瑞安市', 2, r(v + 3.2, 2)); planted('p02_population_sex_part_changed.xlsx', [s], p.cell, `瑞安市 男 ${v} → ${r(v + 3.2, 2)} (row 男+女≠户籍人口 and column sum ≠ 合计)`); }

// ---------------------------------------------------------------- C03 grain year series (万吨, 1 dp) incl 其他谷物
function c03() {
  const rows = [];
  for (let y = 2010; y <= 2023; y++) {
    const rice = U(140, 160), wheat = U(420, 470), corn = U(300, 380), oth = U(20, 45);
    rows.push([String(y), r(rice + wheat + corn + oth, 1), r(rice, 1), r(wheat, 1), r(corn, 1), r(oth, 1)]);
  }
  return { sheet: '粮食产量', title: '历年粮食产量', unit: '单位：万吨', headers: [['年份', '粮食总产量', '稻谷', '小麦', '玉米', '其他']], rows, fmts: [null, '0.0', '0.0', '0.0', '0.0', '0.0'], notes: [ROUND_NOTE] };
}
const C03 = c03();
clean('c03_grain_year_series.xlsx', [C03]);
{ const s = clone(C03); const v = getCell(s, '2019', 1); const p = setCell(s, '2019', 1, r(v + 15.0, 1)); planted('p03_grain_year_total_wrong.xlsx', [s], p.cell, `2019 粮食总产量 ${v} → ${r(v + 15, 1)} (+15 万吨)`); }

// ---------------------------------------------------------------- C04 三次产业构成 (%) with 合计 100.0, parts 99.9/100.1
function c04() {
  const rows = []; const sums = [];
  const targets = [100.1, 99.9, 100.0, 100.1, 100.0, 99.9, 100.0, 100.0, 100.1];
  let y = 2015;
  while (rows.length < 9) {
    const a = U(3.5, 6.5), b = U(33, 42), c = 100 - a - b;
    const s = r(r(a, 1) + r(b, 1) + r(c, 1), 1);
    if (s !== targets[rows.length]) continue;
    rows.push([String(y++), 100.0, r(a, 1), r(b, 1), r(c, 1)]); sums.push(s);
  }
  return { sheet: '三次产业构成', title: '历年地区生产总值构成（以地区生产总值为100）', unit: '单位：%', headers: [['年份', '地区生产总值', '第一产业', '第二产业', '第三产业']], rows, fmts: [null, '0.0', '0.0', '0.0', '0.0'], notes: ['注：本表按当年价格计算；因四舍五入，各产业构成之和可能不等于100。'] };
}
const C04 = c04();
clean('c04_industry_structure_shares.xlsx', [C04]);
{ const s = clone(C04); const v = getCell(s, '2020', 3); const p = setCell(s, '2020', 3, r(v + 2.0, 1)); planted('p04_structure_share_wrong.xlsx', [s], p.cell, `2020 第二产业构成 ${v} → ${r(v + 2, 1)} (shares sum to ~102)`); }

// ---------------------------------------------------------------- C05 industry table with × confidential cells
const inds = ['煤炭开采和洗选业', '石油和天然气开采业', '黑色金属矿采选业', '农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业', '烟草制品业', '纺织业', '化学原料和化学制品制造业', '医药制造业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '通用设备制造业', '汽车制造业', '计算机、通信和其他电子设备制造业', '电力、热力生产和供应业'];
const hidden = new Set(['石油和天然气开采业', '烟草制品业']);
function c05() {
  const u = inds.map((n) => { const cnt = hidden.has(n) ? (n === '烟草制品业' ? 2 : 1) : Math.round(U(40, 900)); const rev = cnt * U(0.8, 3.5) + (hidden.has(n) ? U(80, 300) : 0); const prof = n === '黑色金属冶炼和压延加工业' ? -U(5, 20) : rev * U(0.02, 0.1); const emp = cnt * U(0.01, 0.04); return [cnt, rev, prof, emp]; });
  const T = [0, 1, 2, 3].map((k) => sum(u.map((x) => x[k])));
  const rows = [['总计', T[0], r(T[1], 1), r(T[2], 1), r(T[3], 2)]];
  inds.forEach((n, i) => {
    const [cnt, rev, prof, emp] = u[i];
    if (hidden.has(n)) rows.push([n, cnt, '×', '×', '×']);
    else rows.push([n, cnt, r(rev, 1), r(prof, 1), r(emp, 2)]);
  });
  return { sheet: '规上工业', title: '2023年规模以上工业企业主要指标（按行业分）', unit: null, headers: [['行业', '企业单位数（个）', '营业收入（亿元）', '利润总额（亿元）', '平均用工人数（万人）']], rows, fmts: [null, '0', '0.0', '0.0', '0.00'], notes: [PRIV_NOTE, ROUND_NOTE] };
}
const C05 = c05();
clean('c05_industry_confidential_x.xlsx', [C05]);
{ const s = clone(C05); const v = getCell(s, '总计', 2); const vis = r(sum(s.rows.slice(1).map((x) => (typeof x[2] === 'number' ? x[2] : 0))), 1); const nv = r(vis - 600, 1); const p = setCell(s, '总计', 2, nv); planted('p05_confidential_total_below_visible.xlsx', [s], p.cell, `总计 营业收入 ${v} → ${nv}: now 600 亿元 below the sum of the published industries (${vis}) although hidden parts are positive`); }

// ---------------------------------------------------------------- C06 population year series with … — - markers and 城镇化率
function c06() {
  const years = ['1990', '2000', '2005', '2010', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'];
  const rows = []; let pop = 560;
  years.forEach((y, i) => {
    pop += U(3, 12); const urb = pop * (0.32 + i * 0.028); const rur = pop - urb;
    const birth = r(U(8, 13), 2), death = r(U(6, 7.5), 2);
    if (y === '1990') rows.push([y, r(pop, 2), '…', '…', '…', birth, death]);
    else if (y === '2000') rows.push([y, r(pop, 2), r(urb, 2), r(rur, 2), r(urb / pop * 100, 2), '—', '—']);
    else if (y === '2005') rows.push([y, r(pop, 2), r(urb, 2), r(rur, 2), r(urb / pop * 100, 2), '-', death]);
    else rows.push([y, r(pop, 2), r(urb, 2), r(rur, 2), r(urb / pop * 100, 2), birth, death]);
  });
  return { sheet: '人口', title: '历年年末常住人口及城镇化率', unit: null, headers: [['年份', '年末常住人口（万人）', '城镇人口（万人）', '乡村人口（万人）', '城镇化率（%）', '出生率（‰）', '死亡率（‰）']], rows, fmts: [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'], notes: ['注：“…”表示数据不详，“—”“-”表示无该项统计。', ROUND_NOTE] };
}
const C06 = c06();
clean('c06_population_series_missing_markers.xlsx', [C06]);
{ const s = clone(C06); const v = getCell(s, '2018', 4); const p = setCell(s, '2018', 4, r(v + 3.0, 2)); planted('p06_urbanisation_rate_wrong.xlsx', [s], p.cell, `2018 城镇化率 ${v} → ${r(v + 3, 2)} (城镇人口/常住人口 gives ${v})`); }

// ---------------------------------------------------------------- C07 state enterprise groups, losses in parentheses as text
const groups = ['城投集团', '交通投资集团', '文旅集团', '水务集团', '公交集团', '农业发展集团', '国有资本运营公司', '产业投资集团'];
const fmtParen = (x) => (x < 0 ? `(${Math.abs(x).toFixed(2)})` : x);
function c07() {
  const u = groups.map((g, i) => { const rev = U(8, 120); const prof = (i === 4 || i === 2) ? -U(1.5, 9) : rev * U(0.01, 0.08); const net = prof < 0 ? prof * 1.0 : prof * U(0.7, 0.8); return [rev, prof, net]; });
  const rows = groups.map((g, i) => [g, r(u[i][0], 2), fmtParen(r(u[i][1], 2)), fmtParen(r(u[i][2], 2))]);
  const T = [0, 1, 2].map((k) => r(sum(u.map((x) => r(x[k], 2))), 2));
  rows.push(['合计', T[0], fmtParen(T[1]), fmtParen(T[2])]);
  return { sheet: '市属国企', title: '2023年市属国有企业主要财务指标', unit: '单位：亿元', headers: [['企业', '营业总收入', '利润总额', '净利润']], rows, fmts: [null, '0.00', '0.00', '0.00'], notes: ['注：括号内数字为负数（亏损）。'] };
}
const C07 = c07();
clean('c07_soe_losses_parentheses.xlsx', [C07]);
{
  const s = clone(C07);
  const v = getCell(s, '合计', 2);
  const parts = s.rows.slice(0, -1).map((x) => x[2]);
  const wrong = r(sum(parts.map((p) => (typeof p === 'string' ? Number(p.replace(/[()]/g, '')) : p))), 2);
  const p = setCell(s, '合计', 2, wrong);
  planted('p07_soe_total_losses_added_as_profit.xlsx', [s], p.cell, `合计 利润总额 ${v} → ${wrong} (losses added as if positive)`);
}

// ---------------------------------------------------------------- C08 farm output 2023 vs 2022, △ = decrease
const farm = [['粮食', 1], ['  稻谷', 0], ['  小麦', 0], ['  玉米', 0], ['油料', 0], ['棉花', 0], ['蔬菜及食用菌', 0], ['水果', 0], ['肉类', 0], ['禽蛋', 0], ['牛奶', 0], ['水产品', 0]];
const tri = (x, d) => (x < 0 ? `△${Math.abs(r(x, d)).toFixed(d)}` : r(x, d));
function c08() {
  const base = { '  稻谷': 152, '  小麦': 470, '  玉米': 390, '油料': 85, '棉花': 1.9, '蔬菜及食用菌': 1210, '水果': 290, '肉类': 160, '禽蛋': 118, '牛奶': 66, '水产品': 74 };
  const chg = { '  稻谷': 0.018, '  小麦': -0.021, '  玉米': 0.034, '油料': -0.046, '棉花': -0.12, '蔬菜及食用菌': 0.026, '水果': 0.041, '肉类': 0.031, '禽蛋': -0.008, '牛奶': 0.052, '水产品': 0.017 };
  const u = {};
  for (const k of Object.keys(base)) { const y22 = base[k] * U(0.97, 1.03); u[k] = [y22 * (1 + chg[k] + U(-0.002, 0.002)), y22]; }
  u['粮食'] = [u['  稻谷'][0] + u['  小麦'][0] + u['  玉米'][0] + 38.3, u['  稻谷'][1] + u['  小麦'][1] + u['  玉米'][1] + 37.9];
  const rows = farm.map(([k]) => { const [a, b] = u[k]; return [k, r(a, 1), r(b, 1), tri(a - b, 1), tri((a / b - 1) * 100, 1)]; });
  return { sheet: '农产品产量', title: '2023年主要农产品产量', unit: '单位：万吨', headers: [['产品', '2023年', '2022年', '增减量', '增长（%）']], rows, fmts: [null, '0.0', '0.0', '0.0', '0.0'], notes: ['注：“△”表示减少。粮食产量含其他谷物、豆类和薯类。'] };
}
const C08 = c08();
clean('c08_farm_output_triangle_decrease.xlsx', [C08]);
{ const s = clone(C08); const v = getCell(s, '小麦', 4); const nv = String(v).replace('△', ''); const p = setCell(s, '小麦', 4, Number(nv)); planted('p08_farm_growth_sign_dropped.xlsx', [s], p.cell, `小麦 增长 ${v} → ${nv} (△ dropped: 2023 < 2022 but growth positive)`); }

// ---------------------------------------------------------------- C09 education by county with footnote marks
function c09() {
  const rows = []; const counties = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'];
  const u = counties.map(() => [Math.round(U(20, 160)), Math.round(U(15000, 140000)), Math.round(U(1200, 9800))]);
  counties.forEach((c, i) => rows.push([c, u[i][0], u[i][1], u[i][2]]));
  const T = [0, 1, 2].map((k) => sum(u.map((x) => x[k])));
  rows.push(['合计', T[0], T[1], T[2]]);
  rows[0][2] = `${rows[0][2]}①`; rows[3][1] = `${rows[3][1]}*`; rows[8][3] = `${rows[8][3]}②`;
  return { sheet: '教育', title: '2023年各县区普通中小学基本情况', unit: null, headers: [['县区', '学校数（所）', '在校学生数（人）', '专任教师数（人）']], rows, fmts: [null, '0', '0', '0'], notes: ['注：①含随迁子女在校生。②含兰州新区代管学校教师。*含教学点。'] };
}
const C09 = c09();
clean('c09_education_footnote_marks.xlsx', [C09]);
{ const s = clone(C09); const v = getCell(s, '西固区', 2); const nv = v + 10000; const p = setCell(s, '西固区', 2, nv); planted('p09_education_part_changed.xlsx', [s], p.cell, `西固区 在校学生数 ${v} → ${nv} (column sum ≠ 合计; marks ① on 城关区, * on 安宁区 学校数, ② on 合计 教师)`); }

// ---------------------------------------------------------------- C10 retail sales, stored unrounded, shown rounded via numFmt
function c10() {
  const ds = ['越秀区', '海珠区', '荔湾区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'];
  const u = ds.map(() => U(180, 1900));
  const rows = [['全市', { v: sum(u), f: '0.0' }, { v: 2.7213, f: '0.0' }]];
  ds.forEach((d, i) => rows.push([d, { v: u[i], f: '0.0' }, { v: U(-3, 8), f: '0.0' }]));
  return { sheet: '社零', title: '2023年各区社会消费品零售总额', unit: null, headers: [['地区', '社会消费品零售总额（亿元）', '比上年增长（%）']], rows, notes: [ROUND_NOTE] };
}
const C10 = c10();
clean('c10_retail_stored_unrounded.xlsx', [C10]);

// ---------------------------------------------------------------- C11 合计 includes unlisted 其他 (note says so)
function c11() {
  const names = ['电子信息制造业', '汽车制造业', '装备制造业', '食品饮料业', '石油化工业', '生物医药业'];
  const u = names.map(() => U(120, 900));
  const other = U(500, 800);
  const rows = [['合计', r(sum(u) + other, 1), 5.8]];
  names.forEach((n, i) => rows.push([n, r(u[i], 1), r(U(-4, 14), 1)]));
  return { sheet: '重点产业', title: '2023年规模以上工业重点产业增加值', unit: null, headers: [['产业', '增加值（亿元）', '比上年增长（%）']], rows, fmts: [null, '0.0', '0.0'], notes: ['注：合计含其他行业，表中未单列。'] };
}
clean('c11_total_includes_unlisted_other.xlsx', [c11()]);

// ---------------------------------------------------------------- C12 normal exact counts: health institutions
function c12() {
  const ds = ['鼓楼区', '台江区', '仓山区', '马尾区', '晋安区', '长乐区', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县', '福清市'];
  const u = ds.map(() => [Math.round(U(120, 900)), Math.round(U(800, 9000)), Math.round(U(1500, 15000))]);
  const T = [0, 1, 2].map((k) => sum(u.map((x) => x[k])));
  const rows = [['全市', ...T]]; ds.forEach((d, i) => rows.push([d, ...u[i]]));
  return { sheet: '卫生', title: '2023年各县（市、区）医疗卫生机构、床位和人员', unit: null, headers: [['地区', '医疗卫生机构（个）', '床位（张）', '卫生技术人员（人）']], rows, fmts: [null, '0', '0', '0'], notes: [] };
}
const C12 = c12();
clean('c12_health_exact_counts.xlsx', [C12]);
{ const s = clone(C12); const v = getCell(s, '全市', 2); const p = setCell(s, '全市', 2, v + 30); planted('p10_health_total_beds_off.xlsx', [s], p.cell, `全市 床位 ${v} → ${v + 30}`); }

// ---------------------------------------------------------------- C13 fiscal year series; growth from unrounded (county level: small amounts)
function c13() {
  const rows = []; let rev = U(9, 11), tax = rev * 0.72; let prevR = null, prevT = null;
  for (let y = 2012; y <= 2023; y++) {
    if (prevR !== null) { rev = prevR * (1 + U(-0.06, 0.12)); tax = prevT * (1 + U(-0.08, 0.12)); }
    rows.push([String(y), r(rev, 1), prevR === null ? '—' : r((rev / prevR - 1) * 100, 1), r(tax, 1), prevT === null ? '—' : r((tax / prevT - 1) * 100, 1)]);
    prevR = rev; prevT = tax;
  }
  return { sheet: '财政', title: '历年一般公共预算收入', unit: null, headers: [['年份', '一般公共预算收入（亿元）', '比上年增长（%）', '税收收入（亿元）', '比上年增长（%）']], rows, fmts: [null, '0.0', '0.0', '0.0', '0.0'], notes: ['注：增长速度按未经四舍五入的数据计算。'] };
}
const C13 = c13();
clean('c13_fiscal_growth_from_unrounded.xlsx', [C13]);
{ const s = clone(C13); const v = getCell(s, '2019', 2); const p = setCell(s, '2019', 2, r(v + 6.0, 1)); planted('p11_fiscal_growth_wrong.xlsx', [s], p.cell, `2019 收入增长 ${v} → ${r(v + 6, 1)}`); }

// ---------------------------------------------------------------- C14 agriculture by county with 空白 / 不详 / blank / slash
function c14() {
  const cs = ['城区', '郊区', '平定县', '盂县', '昔阳县', '和顺县', '左权县', '寿阳县'];
  const rows = [];
  const u = cs.map((c) => { const tot = c === '城区' ? U(0.2, 0.5) : U(20, 70); const grain = tot * U(0.6, 0.85); const veg = tot * U(0.03, 0.08); return [tot, grain, veg, U(5, 40)]; });
  const T = [0, 1, 2, 3].map((k) => sum(u.map((x) => x[k])));
  rows.push(['全市', r(T[0], 2), r(T[1], 2), r(T[2], 2), r(T[3], 2)]);
  cs.forEach((c, i) => rows.push([c, r(u[i][0], 2), r(u[i][1], 2), r(u[i][2], 2), r(u[i][3], 2)]));
  rows[1][3] = '空白'; rows[1][4] = '不详'; rows[2][4] = '/'; rows[5][3] = null;
  return { sheet: '农业', title: '2023年各县（区）农作物播种面积', unit: '单位：千公顷', headers: [['地区', '农作物总播种面积', '粮食作物', '蔬菜', '耕地面积']], rows, fmts: [null, '0.00', '0.00', '0.00', '0.00'], notes: ['注：城区无统计或数据不详；“/”表示不适用。', ROUND_NOTE] };
}
clean('c14_farm_area_blank_unknown.xlsx', [c14()]);

// ---------------------------------------------------------------- C15 R&D with 注1, x and superscript marks
function c15() {
  const ds = ['滨湖区', '梁溪区', '新吴区', '锡山区', '惠山区', '江阴市', '宜兴市', '经开区'];
  const u = ds.map(() => { const exp = U(8, 180); const gdp = exp / U(0.015, 0.045); return [exp, gdp, Math.round(U(300, 4000))]; });
  const E = sum(u.map((x) => x[0])), G = sum(u.map((x) => x[1])), N = sum(u.map((x) => x[2]));
  const rows = [['全市', r(E, 2), r(E / G * 100, 2), N]];
  ds.forEach((d, i) => rows.push([d, r(u[i][0], 2), r(u[i][0] / u[i][1] * 100, 2), u[i][2]]));
  rows[8][2] = '注1'; rows[3][1] = `${r(u[2][0], 2)}ᵃ`; rows[6][3] = 'x'; rows[0][3] = N;
  return { sheet: '研发', title: '2023年各地区研究与试验发展（R&D）经费', unit: null, headers: [['地区', 'R&D经费内部支出（亿元）', 'R&D经费投入强度（%）', '有R&D活动的单位数（个）']], rows, fmts: [null, '0.00', '0.00', '0'], notes: ['注1：经开区地区生产总值不单独核算，投入强度不计算。', 'ᵃ 含市属科研院所。x 为保护调查对象隐私，数据不公布。', ROUND_NOTE] };
}
clean('c15_rd_note_marks.xlsx', [c15()]);

// ---------------------------------------------------------------- C16 population share by district, sums 100.1
function c16() {
  for (let tries = 0; tries < 500; tries++) {
    const u = jinan.map(() => U(15, 160)); const T = sum(u);
    const sh = u.map((x) => r(x / T * 100, 1));
    if (r(sum(sh), 1) !== 100.1) continue;
    const rows = [['全市', r(T, 2), 100.0]]; jinan.forEach((d, i) => rows.push([d, r(u[i], 2), sh[i]]));
    return { sheet: '常住人口', title: '2023年末各区县常住人口', unit: null, headers: [['地区', '常住人口（万人）', '占全市比重（%）']], rows, fmts: [null, '0.00', '0.0'], notes: [ROUND_NOTE] };
  }
  throw new Error('c16');
}
const C16 = c16();
clean('c16_population_share_100_1.xlsx', [C16]);
{ const s = clone(C16); const v = getCell(s, '章丘区', 2); const p = setCell(s, '章丘区', 2, r(v + 3.0, 1)); planted('p12_population_share_wrong.xlsx', [s], p.cell, `章丘区 占全市比重 ${v} → ${r(v + 3, 1)}`); }

// ---------------------------------------------------------------- C17 户籍人口 year series: two partitions
function c17() {
  const rows = [];
  for (let y = 2014; y <= 2023; y++) {
    const t = U(860, 900); const urb = t * (0.45 + (y - 2014) * 0.015); const m = t * U(0.505, 0.512);
    rows.push([String(y), r(t, 2), r(urb, 2), r(t - urb, 2), r(m, 2), r(t - m, 2)]);
  }
  return { sheet: '户籍人口', title: '历年户籍人口', unit: '单位：万人', headers: [['年份', '户籍总人口', '按城乡分', null, '按性别分', null], [null, null, '城镇人口', '乡村人口', '男', '女']], merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'], rows, fmts: [null, '0.00', '0.00', '0.00', '0.00', '0.00'], notes: [ROUND_NOTE] };
}
const C17 = c17();
clean('c17_population_two_partitions.xlsx', [C17]);
{ const s = clone(C17); const t = getCell(s, '2017', 1); const v = getCell(s, '2017', 2); const nv = r(t + 12.5, 2); const p = setCell(s, '2017', 2, nv); planted('p13_urban_above_total.xlsx', [s], p.cell, `2017 城镇人口 ${v} → ${nv} (larger than 户籍总人口 ${t})`); }

// ---------------------------------------------------------------- C18 GDP by industry with hierarchy (indented), rounded, 构成
function c18() {
  const I = U(300, 400), ind = U(3000, 3600), con = U(700, 900);
  const svc = { '批发和零售业': U(900, 1200), '交通运输、仓储和邮政业': U(400, 600), '住宿和餐饮业': U(150, 250), '金融业': U(900, 1300), '房地产业': U(700, 900), '其他服务业': U(2500, 3200) };
  const II = ind + con, III = sum(Object.values(svc)), G = I + II + III;
  const row = (n, x) => [n, r(x, 2), r(U(2, 9), 1), r(x / G * 100, 1)];
  const rows = [row('地区生产总值', G), row('第一产业', I), row('第二产业', II), row('  工业', ind), row('  建筑业', con), row('第三产业', III)];
  for (const [k, v] of Object.entries(svc)) rows.push(row('  ' + k, v));
  rows[0][2] = 5.6; rows[0][3] = 100.0;
  return { sheet: '分行业GDP', title: '2023年地区生产总值（按行业分）', unit: null, headers: [['行业', '增加值（亿元）', '比上年增长（%）', '构成（%）']], rows, fmts: [null, '0.00', '0.0', '0.0'], notes: [ROUND_NOTE, '注：增长速度按不变价格计算。'] };
}
const C18 = c18();
clean('c18_gdp_by_industry_hierarchy.xlsx', [C18]);
{ const s = clone(C18); const v = getCell(s, '工业', 1); const p = setCell(s, '工业', 1, r(v + 40.0, 2)); planted('p14_industry_hierarchy_part_wrong.xlsx', [s], p.cell, `工业 增加值 ${v} → ${r(v + 40, 2)} (第二产业 ≠ 工业+建筑业)`); }

// ---------------------------------------------------------------- C19 migration with negative net figures (numeric, accounting format)
function c19() {
  const ds = ['南明区', '云岩区', '花溪区', '乌当区', '白云区', '观山湖区', '清镇市', '开阳县', '息烽县', '修文县'];
  const u = ds.map(() => { const i = Math.round(U(3000, 40000)); const o = Math.round(i * U(0.7, 1.3)); return [i, o]; });
  const rows = ds.map((d, k) => [d, u[k][0], u[k][1], { v: u[k][0] - u[k][1], f: '#,##0;(#,##0)' }]);
  const I = sum(u.map((x) => x[0])), O = sum(u.map((x) => x[1]));
  rows.push(['合计', I, O, { v: I - O, f: '#,##0;(#,##0)' }]);
  return { sheet: '迁移', title: '2023年各区（市、县）户籍人口迁移情况', unit: '单位：人', headers: [['地区', '迁入人口', '迁出人口', '净迁入人口']], rows, fmts: [null, '#,##0', '#,##0', null], notes: ['注：净迁入人口为负表示净迁出，以括号表示。'] };
}
clean('c19_migration_negative_accounting_fmt.xlsx', [c19()]);

// ---------------------------------------------------------------- C20 income bulletin: sources sum to total (元), growth
function c20() {
  const src = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
  const a = [U(22000, 26000), U(6000, 7000), U(3000, 3800), U(5000, 6000)];
  const b = a.map((x) => x / (1 + U(0.02, 0.09)));
  const rA = a.map((x) => Math.round(x)), rB = b.map((x) => Math.round(x));
  const rows = [['全体居民人均可支配收入', Math.round(sum(a)), Math.round(sum(b)), r((sum(a) / sum(b) - 1) * 100, 1)]];
  src.forEach((s, i) => rows.push(['  ' + s, rA[i], rB[i], r((a[i] / b[i] - 1) * 100, 1)]));
  return { sheet: '居民收入', title: '2023年全体居民人均可支配收入及构成', unit: '单位：元', headers: [['指标', '2023年', '2022年', '比上年增长（%）']], rows, fmts: [null, '0', '0', '0.0'], notes: ['注：分项之和与总数因四舍五入可能略有差异。'] };
}
const C20 = c20();
clean('c20_income_sources_bulletin.xlsx', [C20]);

// ---------------------------------------------------------------- C21 overlapping 其中 groups (by ownership) whose sum exceeds the total
function c21() {
  const T = U(4200, 4800);
  const rows = [
    ['规模以上工业', r(T, 1), 6.4],
    ['按经济类型分', null, null],
    ['  其中：国有控股企业', r(T * 0.27, 1), 4.1],
    ['        股份制企业', r(T * 0.83, 1), 6.9],
    ['        外商及港澳台商投资企业', r(T * 0.14, 1), 3.2],
    ['        私营企业', r(T * 0.36, 1), 7.8],
    ['按门类分', null, null],
    ['  采矿业', r(T * 0.06, 1), 2.5],
    ['  制造业', r(T * 0.86, 1), 6.9],
    ['  电力、热力、燃气及水生产和供应业', r(T * 0.08, 1), 5.0],
  ];
  return { sheet: '工业增加值', title: '2023年规模以上工业增加值主要分类情况', unit: null, headers: [['指标', '增加值（亿元）', '比上年增长（%）']], rows, fmts: [null, '0.0', '0.0'], notes: ['注：按经济类型分组存在交叉（股份制企业含部分国有控股企业和私营企业），各组之和不等于总计。'] };
}
const C21 = c21();
clean('c21_overlapping_ownership_groups.xlsx', [C21]);
{ const s = clone(C21); const t = getCell(s, '规模以上工业', 1); const v = s.rows[3][1]; s.rows[3][1] = r(t * 1.09, 1); planted('p15_ownership_part_above_total.xlsx', [s], addr(s, 3, 1), `股份制企业 ${v} → ${r(t * 1.09, 1)} (larger than 规模以上工业 ${t})`); }

(async () => {
  for (const [f, specs] of jobs) await write(f, specs);
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2));
  console.log(Object.keys(manifest).length, 'files;', Object.values(manifest).filter((x) => x).length, 'planted');
})();
