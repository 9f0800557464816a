// Generator for round53b: agriculture / forestry / husbandry / fishery workbooks
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round53b/cases';

// symmetric half-up rounding
function R(x, d = 0) {
  const p = Math.pow(10, d);
  const s = x < 0 ? -1 : 1;
  return s * Math.round(Math.abs(x) * p + 1e-9) / p;
}
// numeric cell with display decimals
function N(x, d = 0) { return { v: R(x, d), d }; }
function G(cur, prev, d = 1) { return N((cur / prev - 1) * 100, d); } // growth %
const IND = '  '; // indentation for townships / sub items
const TOWNS = ['城关镇', '新华镇', '石桥镇', '白沙乡', '龙泉乡', '红旗乡', '桃源镇', '青山乡'];
const sum = a => a.reduce((s, x) => s + x, 0);

// A sheet: {name, rows: [[cell...]], merges: ['A1:F1'], widths}
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }

async function write(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((row, i) => {
      if (!row) return;
      row.forEach((cell, j) => {
        if (cell === null || cell === undefined) return;
        const c = ws.getCell(i + 1, j + 1);
        if (typeof cell === 'object') {
          c.value = cell.v;
          c.numFmt = cell.d > 0 ? '0.' + '0'.repeat(cell.d) : '0';
        } else c.value = cell;
      });
    });
    for (const m of sh.merges || []) ws.mergeCells(m);
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

function clone(x) { return JSON.parse(JSON.stringify(x)); }
// find cell by row label (col A trimmed startsWith) and column letter
function addr(sheet, label, colLetter, nth = 0) {
  let k = 0;
  for (let i = 0; i < sheet.rows.length; i++) {
    const a = sheet.rows[i] && sheet.rows[i][0];
    if (typeof a === 'string' && a.trim() === label.trim()) { if (k++ === nth) return { r: i, c: colLetter.charCodeAt(0) - 65, a: colLetter + (i + 1) }; }
  }
  throw new Error('label not found ' + label);
}

const tables = {};

// ---------- c01: 各乡镇农作物播种面积 (公顷), 全县 at top, two-row merged header, 其中 subparts
(() => {
  const data = [
    // 稻谷,小麦,玉米,其他粮(豆薯), 油料,蔬菜,其他经济, 其他作物
    [1820, 640, 1105, 386, 512, 1460, 233, 118],
    [2650, 980, 1433, 502, 704, 1122, 310, 96],
    [1975, 455, 1890, 611, 388, 845, 150, 75],
    [1340, 1210, 760, 298, 455, 610, 221, 64],
    [2210, 320, 1540, 430, 820, 935, 176, 102],
    [990, 1455, 1180, 365, 267, 502, 98, 58],
  ];
  const rows = [
    ['表2-3  2024年各乡镇农作物播种面积'],
    [null, null, null, null, null, null, null, null, '单位：公顷'],
    ['乡  镇', '农作物总播种面积', '粮食作物', null, null, null, '经济作物', null, null, '其他作物'],
    [null, null, '合计', '其中：稻谷', '小麦', '玉米', '合计', '其中：油料', '蔬菜', null],
  ];
  const body = data.map(d => {
    const grain = d[0] + d[1] + d[2] + d[3];
    const econ = d[4] + d[5] + d[6];
    return [grain + econ + d[7], grain, d[0], d[1], d[2], econ, d[4], d[5], d[7]];
  });
  const tot = body[0].map((_, j) => sum(body.map(b => b[j])));
  rows.push(['全县', ...tot]);
  body.forEach((b, i) => rows.push([IND + TOWNS[i], ...b]));
  rows[1] = [null, null, null, null, null, null, null, null, null, '单位：公顷'];
  tables.c01 = [{ name: '播种面积', rows, merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:I3', 'J3:J4'] }];
})();

// ---------- c02: 粮食作物播种面积、产量、单产 (亩, 吨, 公斤/亩)
(() => {
  const items = { 稻谷: [186500, 101842.6], 小麦: [75300, 30572.4], 玉米: [122800, 64347.2], 其他谷物: [8400, 2352.0], 豆类: [31600, 5372.0], 薯类: [22700, 6628.4] };
  const mk = (lab, a, p) => [lab, a, N(p, 1), N(p * 1000 / a, 1)];
  const cereal = ['稻谷', '小麦', '玉米', '其他谷物'];
  const ca = sum(cereal.map(k => items[k][0])), cp = sum(cereal.map(k => items[k][1]));
  const ga = ca + items.豆类[0] + items.薯类[0], gp = cp + items.豆类[1] + items.薯类[1];
  const rows = [
    ['2024年粮食作物播种面积、产量及单产'],
    ['作物名称', '播种面积（亩）', '总产量（吨）', '单产（公斤/亩）'],
    mk('粮食作物', ga, gp),
    mk('  一、谷物', ca, cp),
    ...cereal.map(k => mk('    ' + k, ...items[k])),
    mk('  二、豆类', ...items.豆类),
    mk('  三、薯类', ...items.薯类),
    ['注：薯类产量按5公斤鲜薯折1公斤粮食计算。'],
  ];
  tables.c02 = [{ name: '粮食', rows, merges: ['A1:D1'] }];
})();

// ---------- c03: 主要农作物面积产量 two years, 万亩/万吨 with exact underlying 亩/吨
(() => {
  const crops = [
    ['粮食', [986400, 508912.3], [1002300, 521406.8]],
    ['油料', [213500, 40779.1], [208700, 40510.2]],
    ['蔬菜', [310200, 905442.0], [322600, 958934.5]],
  ];
  const rows = [
    ['主要农作物播种面积和产量'],
    ['指标', '单位', '2023年', '2024年', '增减', '增长（%）'],
  ];
  for (const [nm, y0, y1] of crops) {
    const a0 = R(y0[0] / 1e4, 2), a1 = R(y1[0] / 1e4, 2);
    rows.push([nm + '播种面积', '万亩', N(a0, 2), N(a1, 2), N(a1 - a0, 2), G(y1[0], y0[0])]);
    const p0 = R(y0[1] / 1e4, 2), p1 = R(y1[1] / 1e4, 2);
    rows.push([nm + '产量', '万吨', N(p0, 2), N(p1, 2), N(p1 - p0, 2), G(y1[1], y0[1])]);
    const u0 = R(y0[1] * 1000 / y0[0], 1), u1 = R(y1[1] * 1000 / y1[0], 1);
    rows.push([nm + '单产', '公斤/亩', N(u0, 1), N(u1, 1), N(u1 - u0, 1), G(y1[1] / y1[0], y0[1] / y0[0])]);
  }
  tables.c03 = [{ name: 'Sheet1', rows, merges: ['A1:F1'] }];
})();

// ---------- c04: 畜牧业生产情况 two years (2024 first), 肉类 = 猪牛羊禽
(() => {
  const L = [
    ['生猪存栏', '万头', 38.62, 41.05],
    ['  其中：能繁母猪', '万头', 3.71, 4.02],
    ['生猪出栏', '万头', 62.48, 64.93],
    ['牛存栏', '万头', 2.35, 2.21],
    ['羊存栏', '万只', 11.84, 10.96],
    ['家禽存栏', '万只', 512.6, 498.3],
  ];
  const meat = { 猪肉: [48210, 50166], 牛肉: [3120, 2985], 羊肉: [1388, 1402], 禽肉: [9764, 9251] };
  const rows = [
    ['2024年畜牧业生产情况'],
    ['指  标', '计量单位', '2024年', '2023年', '比上年增长（%）'],
  ];
  for (const [n, u, a, b] of L) rows.push([n, u, N(a, 2), N(b, 2), G(a, b)]);
  const mt = [sum(Object.values(meat).map(x => x[0])), sum(Object.values(meat).map(x => x[1]))];
  rows.push(['肉类总产量', '吨', mt[0], mt[1], G(mt[0], mt[1])]);
  for (const k of Object.keys(meat)) rows.push(['  ' + k, '吨', meat[k][0], meat[k][1], G(meat[k][0], meat[k][1])]);
  rows.push(['禽蛋产量', '吨', 15420, 14876, G(15420, 14876)]);
  rows.push(['牛奶产量', '吨', 6230, 6588, G(6230, 6588)]);
  tables.c04 = [{ name: '畜牧业', rows, merges: ['A1:E1'] }];
})();

// ---------- c05: 农林牧渔业总产值 current year, 占比, 增长 comparable prices (not derivable)
(() => {
  const v = { 农业: 412365, 林业: 28740, 牧业: 236518, 渔业: 54392, '农林牧渔专业及辅助性活动': 31867 };
  const gr = { 农业: 3.8, 林业: 5.2, 牧业: -1.6, 渔业: 4.4, '农林牧渔专业及辅助性活动': 6.1 };
  const t = sum(Object.values(v));
  const rows = [
    ['2024年农林牧渔业总产值'],
    ['单位：万元'],
    ['指  标', '总产值', '占比（%）', '比上年增长（%）'],
    ['农林牧渔业总产值', t, N(100, 1), N(2.3, 1)],
  ];
  for (const k of Object.keys(v)) rows.push(['  ' + k, v[k], N(v[k] / t * 100, 1), N(gr[k], 1)]);
  rows.push(['注：总产值按当年价格计算，增速按可比价格计算。']);
  tables.c05 = [{ name: '总产值', rows, merges: ['A1:D1'] }];
})();

// ---------- c06: 总产值 two years current prices, growth at comparable prices (differs from ratio)
(() => {
  const v23 = [398210, 27455, 251603, 51270, 29884];
  const v24 = [412365, 28740, 236518, 54392, 31867];
  const gr = [3.8, 5.2, -1.6, 4.4, 6.1];
  const names = ['农业', '林业', '牧业', '渔业', '服务业'];
  const rows = [
    ['农林牧渔业总产值（按当年价格计算）'],
    ['项  目', '2023年（万元）', '2024年（万元）', '2024年比2023年增长（%）（可比价）'],
    ['总产值', sum(v23), sum(v24), N(2.3, 1)],
  ];
  names.forEach((n, i) => rows.push(['  ' + n, v23[i], v24[i], N(gr[i], 1)]));
  rows.push(['注：总产值按当年价格计算，增速按可比价格计算。']);
  tables.c06 = [{ name: '表1', rows, merges: ['A1:D1'] }];
})();

// ---------- c07: per capita by township (人, 亩, 亩/人, 吨, 公斤), 全县 at bottom
(() => {
  const pop = [52340, 38715, 41206, 27830, 33651, 24908];
  const land = [61250, 58430, 72880, 49120, 55370, 46210];
  const grain = [24860, 27315, 35902, 23418, 26105, 22871];
  const rows = [
    ['各乡镇人均耕地和人均粮食占有量'],
    ['乡镇', '年末户籍人口（人）', '耕地面积（亩）', '人均耕地（亩/人）', '粮食产量（吨）', '人均粮食（公斤）'],
  ];
  const f = (n, p, l, g) => [n, p, l, N(l / p, 2), g, N(g * 1000 / p, 0)];
  TOWNS.slice(0, 6).forEach((t, i) => rows.push(f(t, pop[i], land[i], grain[i])));
  rows.push(null);
  rows.push(f('全县', sum(pop), sum(land), sum(grain)));
  tables.c07 = [{ name: '人均', rows, merges: ['A1:F1'] }];
})();

// ---------- c08: 每百户 by township
(() => {
  const hh = [12430, 9815, 10562, 7204, 8631, 6377, 9120];
  const tr = [1865, 1722, 2013, 1188, 1540, 1096, 1671];
  const hv = [402, 376, 455, 231, 318, 207, 344];
  const rows = [
    ['各乡镇农户主要农业机械拥有量'],
    [null, null, null, null, null, '单位：户、台'],
    ['乡镇', '农户数', '拖拉机', '每百户拥有拖拉机', '联合收割机', '每百户拥有联合收割机'],
  ];
  rows.push(['全县', sum(hh), sum(tr), N(sum(tr) / sum(hh) * 100, 1), sum(hv), N(sum(hv) / sum(hh) * 100, 1)]);
  TOWNS.slice(0, 7).forEach((t, i) => rows.push([IND + t, hh[i], tr[i], N(tr[i] / hh[i] * 100, 1), hv[i], N(hv[i] / hh[i] * 100, 1)]));
  tables.c08 = [{ name: '农机', rows, merges: ['A1:F1'] }];
})();

// ---------- c09: years as rows (time series), 万亩 万吨 公斤/亩 增长
(() => {
  const yrs = [2019, 2020, 2021, 2022, 2023, 2024];
  const area = [968300, 975100, 981600, 979900, 986400, 1002300]; // 亩
  const prod = [486250.4, 491820.7, 503311.2, 497605.9, 508912.3, 521406.8]; // 吨
  const rows = [
    ['历年粮食生产情况'],
    ['年份', '播种面积（万亩）', '总产量（万吨）', '单产（公斤/亩）', '总产量比上年增长（%）'],
  ];
  yrs.forEach((y, i) => rows.push([String(y), N(area[i] / 1e4, 2), N(prod[i] / 1e4, 2), N(prod[i] * 1000 / area[i], 1), i ? G(prod[i], prod[i - 1]) : '—']));
  tables.c09 = [{ name: '历年', rows, merges: ['A1:E1'] }];
})();

// ---------- c10: transposed: indicators as rows, townships as columns, 全县 first
(() => {
  const T = TOWNS.slice(0, 5);
  const grain = [42150, 51820, 38470, 29660, 45210];
  const econ = [18230, 12950, 21340, 9870, 15620];
  const oth = [2100, 1650, 3020, 880, 1470];
  const prod = [21760.5, 27018.3, 19542.8, 14681.7, 23780.5];
  const rows = [
    ['2024年分乡镇农作物生产情况（亩、吨）'],
    ['指标', '全县', ...T],
  ];
  const tot = (a) => sum(a);
  const sw = grain.map((g, i) => g + econ[i] + oth[i]);
  rows.push(['农作物播种面积', tot(sw), ...sw]);
  rows.push(['  粮食作物', tot(grain), ...grain]);
  rows.push(['  经济作物', tot(econ), ...econ]);
  rows.push(['  其他作物', tot(oth), ...oth]);
  rows.push(['粮食产量', N(tot(prod), 1), ...prod.map(p => N(p, 1))]);
  rows.push(['粮食单产（公斤/亩）', N(tot(prod) * 1000 / tot(grain), 1), ...prod.map((p, i) => N(p * 1000 / grain[i], 1))]);
  tables.c10 = [{ name: '分乡镇', rows, merges: ['A1:G1'] }];
})();

// ---------- c11: 万亩 one decimal, parts rounded individually, total 0.1 off
(() => {
  const a = [63580, 58240, 71460, 49350, 55440, 46230, 52160]; // 亩
  const rows = [
    ['各乡镇粮食播种面积'],
    ['单位：万亩'],
    ['乡镇', '2023年', '2024年', '增长（%）'],
  ];
  const b = [62110, 58930, 70880, 50210, 54020, 47150, 51940];
  TOWNS.slice(0, 7).forEach((t, i) => rows.push([t, N(b[i] / 1e4, 1), N(a[i] / 1e4, 1), G(a[i], b[i])]));
  rows.push(['合计', N(sum(b) / 1e4, 1), N(sum(a) / 1e4, 1), G(sum(a), sum(b))]);
  // check rounding offset exists
  const rs = R(sum(a.map(x => R(x / 1e4, 1))), 1), rt = R(sum(a) / 1e4, 1);
  rows.push(['注：合计数与分项之和因四舍五入存在尾差。']);
  tables.c11 = [{ name: '粮食面积', rows, merges: ['A1:D1'], _chk: [rs, rt] }];
})();

// ---------- c12: fishery two years
(() => {
  const y24 = { 鱼类: 18650, 虾蟹类: 3240, 贝类: 412, 其他: 286, 捕捞: 1530 };
  const y23 = { 鱼类: 17820, 虾蟹类: 3415, 贝类: 398, 其他: 301, 捕捞: 1688 };
  const yang = y => y.鱼类 + y.虾蟹类 + y.贝类 + y.其他;
  const rows = [
    ['水产品产量'],
    ['单位：吨'],
    ['指  标', '2024年', '2023年', '增减', '增长（%）'],
  ];
  const line = (n, a, b) => [n, a, b, a - b, G(a, b)];
  rows.push(line('水产品总产量', yang(y24) + y24.捕捞, yang(y23) + y23.捕捞));
  rows.push(line('  1.养殖产量', yang(y24), yang(y23)));
  for (const k of ['鱼类', '虾蟹类', '贝类', '其他']) rows.push(line('    ' + k, y24[k], y23[k]));
  rows.push(line('  2.捕捞产量', y24.捕捞, y23.捕捞));
  rows.push([]);
  rows.push(['水产养殖面积（公顷）', 3870, 3795, 75, G(3870, 3795)]);
  rows.push(['单位面积产量（公斤/亩）', N(yang(y24) * 1000 / (3870 * 15), 1), N(yang(y23) * 1000 / (3795 * 15), 1), N(R(yang(y24) * 1000 / (3870 * 15), 1) - R(yang(y23) * 1000 / (3795 * 15), 1), 1), G(yang(y24) / 3870, yang(y23) / 3795)]);
  tables.c12 = [{ name: '渔业', rows, merges: ['A1:E1'] }];
})();

// ---------- c13: 公顷 & 吨 -> 公斤/亩 and 公斤/公顷
(() => {
  const c = [['水稻', 12460, 101842.6], ['小麦', 5020, 30572.4], ['玉米', 8187, 64347.2], ['大豆', 2107, 5372.0], ['油菜籽', 6340, 14388.5], ['花生', 1870, 6281.3]];
  const rows = [
    ['主要农作物单位面积产量'],
    ['作物', '播种面积（公顷）', '产量（吨）', '单产（公斤/公顷）', '单产（公斤/亩）'],
  ];
  c.forEach(([n, a, p]) => rows.push([n, a, N(p, 1), N(p * 1000 / a, 0), N(p * 1000 / (a * 15), 1)]));
  rows.push(['注：1公顷=15亩。']);
  tables.c13 = [{ name: '单产', rows, merges: ['A1:E1'] }];
})();

// ---------- c14: township fishery with "—", spacer rows, 合计 at bottom
(() => {
  const area = [420, null, 615, 1088, null, 352, 907, 488];
  const prod = [1865, null, 2730, 5120, null, 1402, 4015, 2095];
  const rows = [
    ['各乡镇水产养殖情况'],
    ['乡镇', '养殖面积（公顷）', '水产品产量（吨）', '单产（公斤/亩）'],
    [],
  ];
  TOWNS.forEach((t, i) => rows.push([t, area[i] ?? '—', prod[i] ?? '—', area[i] ? N(prod[i] * 1000 / (area[i] * 15), 1) : '—']));
  rows.push([]);
  const ta = sum(area.filter(x => x)), tp = sum(prod.filter(x => x));
  rows.push(['合  计', ta, tp, N(tp * 1000 / (ta * 15), 1)]);
  tables.c14 = [{ name: '水产', rows, merges: ['A1:D1'] }];
})();

// ---------- c15: 生猪出栏 by township, negative growth, 增减
(() => {
  const a23 = [86420, 102315, 75680, 64210, 91870, 55230];
  const a24 = [82150, 108740, 77205, 60980, 93415, 52860];
  const rows = [
    ['各乡镇生猪出栏情况'],
    ['单位：头'],
    ['乡镇', '2023年', '2024年', '增减', '增长（%）'],
    ['总计', sum(a23), sum(a24), sum(a24) - sum(a23), G(sum(a24), sum(a23))],
  ];
  TOWNS.slice(0, 6).forEach((t, i) => rows.push([IND + t, a23[i], a24[i], a24[i] - a23[i], G(a24[i], a23[i])]));
  tables.c15 = [{ name: '生猪', rows, merges: ['A1:E1'] }];
})();

// ---------- c16: 主要农产品产量 mixed units, 其中 rows (parts not exhaustive)
(() => {
  const L = [
    ['粮食', '吨', 521407, 508912],
    ['  其中：稻谷', '吨', 288420, 281305],
    ['        玉米', '吨', 151260, 149870],
    ['油料', '吨', 40510, 40779],
    ['  其中：油菜籽', '吨', 31240, 32015],
    ['蔬菜', '万吨', 95.89, 90.54],
    ['水果', '吨', 62315, 58740],
    ['茶叶', '吨', 1842, 1765],
    ['猪牛羊禽肉', '吨', 63804, 63588],
  ];
  const rows = [
    ['2024年主要农产品产量'],
    ['产品名称', '单位', '2024年', '2023年', '增长（%）'],
  ];
  for (const [n, u, a, b] of L) rows.push([n, u, u === '万吨' ? N(a, 2) : a, u === '万吨' ? N(b, 2) : b, G(a, b)]);
  tables.c16 = [{ name: '主要产品', rows, merges: ['A1:E1'] }];
})();

// ---------- c17: 播种面积构成 %, shares rounded, sum of shares 100.1
(() => {
  const v = { 粮食作物: 100.23, 油料: 20.87, 蔬菜: 32.26, 棉花: 0.58, 中草药材: 1.86, 其他作物: 4.39 };
  const t = R(sum(Object.values(v)), 2);
  const rows = [
    ['农作物播种面积构成'],
    ['项目', '播种面积（万亩）', '构成（%）'],
    ['农作物总播种面积', N(t, 2), N(100, 1)],
  ];
  for (const k in v) rows.push(['  ' + k, N(v[k], 2), N(v[k] / t * 100, 1)]);
  tables.c17 = [{ name: '构成', rows, merges: ['A1:C1'] }];
})();

// ---------- c18: multi-sheet: 总产值 by township + 林业
(() => {
  const d = [
    [68420, 4120, 38650, 9240, 5130],
    [82310, 5830, 45120, 7815, 6240],
    [59870, 3390, 41270, 12050, 4980],
    [47650, 6210, 29880, 5320, 3875],
    [71280, 4470, 36410, 8860, 5620],
  ];
  const rows = [
    ['各乡镇农林牧渔业总产值（当年价）'],
    [null, null, null, null, null, null, '单位：万元'],
    ['乡镇', '总产值', '农业', '林业', '牧业', '渔业', '农林牧渔服务业'],
  ];
  d.forEach((x, i) => rows.push([TOWNS[i], sum(x), ...x]));
  const tot = [0, 1, 2, 3, 4].map(j => sum(d.map(x => x[j])));
  rows.push(['全县合计', sum(tot), ...tot]);
  const f = { 人工造林: 1260, 封山育林: 2840, 退化林修复: 615 };
  const rows2 = [
    ['林业生产情况'],
    ['指标', '单位', '2024年', '2023年', '增长（%）'],
    ['造林面积', '公顷', sum(Object.values(f)), 4380, G(sum(Object.values(f)), 4380)],
    ['  人工造林', '公顷', 1260, 1410, G(1260, 1410)],
    ['  封山育林', '公顷', 2840, 2520, G(2840, 2520)],
    ['  退化林修复', '公顷', 615, 450, G(615, 450)],
    ['森林覆盖率', '%', N(62.8, 1), N(62.3, 1), '—'],
    ['木材产量', '立方米', 18450, 19620, G(18450, 19620)],
  ];
  tables.c18 = [
    { name: '总产值', rows, merges: ['A1:G1'] },
    { name: '林业', rows: rows2, merges: ['A1:E1'] },
  ];
})();

// ---------- c19: bulletin-style with text and small table, growth only (no prior)
(() => {
  const rows = [
    ['XX县2024年国民经济和社会发展统计公报（节选）'],
    ['二、农业'],
    ['全年粮食播种面积100.23万亩，比上年增加1.59万亩；粮食总产量52.14万吨，增长2.5%。'],
    [],
    ['表4  2024年主要农产品产量及其增长速度'],
    ['产品名称', '产量（万吨）', '比上年增长（%）'],
    ['粮食', N(52.14, 2), N(2.5, 1)],
    ['  其中：夏粮', N(4.86, 2), N(-3.2, 1)],
    ['        秋粮', N(47.28, 2), N(3.1, 1)],
    ['油料', N(4.05, 2), N(-0.7, 1)],
    ['蔬菜', N(95.89, 2), N(5.9, 1)],
    ['肉类', N(6.38, 2), N(0.3, 1)],
    ['  其中：猪肉', N(4.82, 2), N(-3.9, 1)],
    ['水产品', N(2.41, 2), N(2.6, 1)],
  ];
  tables.c19 = [{ name: '公报', rows, merges: [] }];
})();

// ---------- c20: township 增长 with "—" where prior zero / new
(() => {
  const a23 = [1250, 0, 860, 2430, 415, 0];
  const a24 = [1385, 320, 795, 2610, 402, 185];
  const rows = [
    ['各乡镇设施农业（蔬菜大棚）面积'],
    ['单位：亩'],
    ['乡镇', '2023年', '2024年', '增减', '增长（%）'],
  ];
  TOWNS.slice(0, 6).forEach((t, i) => rows.push([t, a23[i] || '—', a24[i], a24[i] - a23[i], a23[i] ? G(a24[i], a23[i]) : '—']));
  rows.push(['全县', sum(a23), sum(a24), sum(a24) - sum(a23), G(sum(a24), sum(a23))]);
  tables.c20 = [{ name: '设施农业', rows, merges: ['A1:E1'] }];
})();

// ---------- c21: 单产 two years, growth of each from exact values, merged year headers
(() => {
  const c = [['稻谷', [184200, 99583.2], [186500, 101842.6]], ['小麦', [77100, 31146.3], [75300, 30572.4]], ['玉米', [119600, 61832.9], [122800, 64347.2]]];
  const rows = [
    ['主要粮食作物单产情况'],
    ['作物', '2023年', null, null, '2024年', null, null, '单产增长（%）'],
    [null, '面积（亩）', '产量（吨）', '单产（公斤/亩）', '面积（亩）', '产量（吨）', '单产（公斤/亩）', null],
  ];
  for (const [n, a, b] of c) rows.push([n, a[0], N(a[1], 1), N(a[1] * 1000 / a[0], 1), b[0], N(b[1], 1), N(b[1] * 1000 / b[0], 1), G(b[1] / b[0], a[1] / a[0])]);
  tables.c21 = [{ name: '单产', rows, merges: ['A1:H1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3'] }];
})();

// ---------- c22: 人均 with 万人 / 万吨 / 万亩
(() => {
  const L = [['2020', 58.62, 49.18, 71.35], ['2021', 58.31, 50.33, 71.02], ['2022', 57.96, 49.76, 70.88], ['2023', 57.54, 50.89, 70.61], ['2024', 57.12, 52.14, 70.47]];
  const rows = [
    ['人均粮食和耕地'],
    ['年份', '常住人口（万人）', '粮食产量（万吨）', '人均粮食（公斤）', '耕地面积（万亩）', '人均耕地（亩）'],
  ];
  for (const [y, p, g, l] of L) rows.push([y, N(p, 2), N(g, 2), N(g / p * 1000, 0), N(l, 2), N(l / p, 2)]);
  tables.c22 = [{ name: '人均', rows, merges: ['A1:F1'] }];
})();


// ---------- c23: 指数 (上年=100) at comparable prices next to current-price values
(() => {
  const v23 = [398210, 27455, 251603, 51270, 29884];
  const v24 = [412365, 28740, 236518, 54392, 31867];
  const idx = [103.8, 105.2, 98.4, 104.4, 106.1];
  const names = ['农业产值', '林业产值', '牧业产值', '渔业产值', '农林牧渔专业及辅助性活动产值'];
  const rows = [
    ['农林牧渔业总产值及指数'],
    ['指标', '2023年（万元）', '2024年（万元）', '2024年指数（上年=100）'],
    ['农林牧渔业总产值', sum(v23), sum(v24), N(102.3, 1)],
  ];
  names.forEach((n, i) => rows.push(['  ' + n, v23[i], v24[i], N(idx[i], 1)]));
  rows.push(['注：总产值按当年价格计算，指数按可比价格计算。']);
  tables.c23 = [{ name: '指数', rows, merges: ['A1:D1'] }];
})();

// ---------- c24: 亿元, parts rounded one by one (sum 0.01 off total), shares from exact
(() => {
  const v = { 农业: 412345, 林业: 28744, 牧业: 236544, 渔业: 54394, 服务业: 31867 };
  const t = sum(Object.values(v));
  const rows = [
    ['农林牧渔业总产值构成'],
    ['项目', '总产值（亿元）', '比重（%）'],
  ];
  for (const k in v) rows.push([k, N(v[k] / 1e4, 2), N(v[k] / t * 100, 1)]);
  rows.push(['合计', N(t / 1e4, 2), N(100, 1)]);
  tables.c24 = [{ name: '构成', rows, merges: ['A1:C1'], _chk: [R(sum(Object.values(v).map(x => R(x / 1e4, 2))), 2), R(t / 1e4, 2)] }];
})();

// ---------- c25: two indicators x two years merged header, 万头 from exact 头
(() => {
  const c23 = [52140, 68930, 41275, 38610, 57224, 28455], c24 = [54310, 66820, 43905, 39150, 59986, 27104];
  const o23 = [88420, 103560, 71290, 64470, 95215, 48330], o24 = [90135, 101244, 76890, 63012, 99450, 46275];
  const row = (n, a, b, c, d) => [n, N(a / 1e4, 2), N(b / 1e4, 2), G(b, a), N(c / 1e4, 2), N(d / 1e4, 2), G(d, c)];
  const rows = [
    ['各乡镇生猪生产情况'],
    ['乡镇', '生猪年末存栏（万头）', null, null, '生猪出栏（万头）', null, null],
    [null, '2023年', '2024年', '增长（%）', '2023年', '2024年', '增长（%）'],
    row('全县', sum(c23), sum(c24), sum(o23), sum(o24)),
  ];
  TOWNS.slice(0, 6).forEach((t, i) => rows.push(row(IND + t, c23[i], c24[i], o23[i], o24[i])));
  tables.c25 = [{ name: '生猪', rows, merges: ['A1:G1', 'A2:A3', 'B2:D2', 'E2:G2'] }];
})();

// ---------- c26: rates with 增减（百分点）
(() => {
  const L = [['森林覆盖率', 62.3, 62.8], ['农作物耕种收综合机械化率', 78.6, 81.2], ['有效灌溉面积占耕地比重', 54.7, 55.9], ['粮食作物占农作物播种面积比重', 62.1, 62.6], ['农村土地流转率', 41.8, 40.9]];
  const rows = [
    ['农业现代化主要指标'],
    ['单位：%'],
    ['指标', '2023年', '2024年', '增减（百分点）'],
  ];
  for (const [n, a, b] of L) rows.push([n, N(a, 1), N(b, 1), N(b - a, 1)]);
  tables.c26 = [{ name: '指标', rows, merges: ['A1:D1'] }];
})();

// ---------- c27: 耕地 = 水田 + 旱地, then 高标准农田 (overlapping, not a part) and its share
(() => {
  const sd = [32150, 28410, 41320, 18650, 30470, 15280], hd = [29100, 30020, 31560, 30470, 24900, 30930];
  const gb = [40210, 36580, 52400, 28150, 39630, 27010];
  const rows = [
    ['各乡镇耕地及高标准农田面积'],
    [null, null, null, null, null, '单位：亩、%'],
    ['乡镇', '耕地面积', '其中：水田', '旱地', '高标准农田面积', '高标准农田占耕地比重'],
  ];
  const line = (n, s, h, g) => [n, s + h, s, h, g, N(g / (s + h) * 100, 1)];
  TOWNS.slice(0, 6).forEach((t, i) => rows.push(line(t, sd[i], hd[i], gb[i])));
  rows.push(line('合计', sum(sd), sum(hd), sum(gb)));
  tables.c27 = [{ name: '耕地', rows, merges: ['A1:F1'] }];
})();

// ---------- planted copies
const plants = [];
function plant(id, base, sheetIdx, label, col, newVal, note, nth = 0) {
  const t = clone(tables[base]);
  const sh = t[sheetIdx];
  const a = addr(sh, label, col, nth);
  const old = sh.rows[a.r][a.c];
  const oldV = typeof old === 'object' && old ? old.v : old;
  sh.rows[a.r][a.c] = typeof old === 'object' && old ? { v: newVal, d: old.d } : newVal;
  plants.push({ id, sheets: t, cell: sh.name + '!' + a.a, note: note + ` (from ${oldV} to ${newVal})` });
}
const T = (n) => IND + n;

plant('p01_sowing_town_part', 'c01', 0, T('石桥镇'), 'C', 5231, '石桥镇 粮食作物合计 inflated by 300 so 总播种 != 粮食+经济+其他 and column total off');
plant('p02_grain_yield', 'c02', 0, '小麦', 'D', 436.0, '小麦 单产 changed; 30572.4吨/75300亩 = 406.0');
plant('p03_unit_area_wanmu', 'c03', 0, '粮食产量', 'F', 5.5, '粮食产量 growth changed; 52.14/50.89 gives 2.5');
plant('p04_meat_part', 'c04', 0, '  猪肉', 'C', 46210, '2024 猪肉 lowered by 2000, meat total no longer sum');
plant('p05_share', 'c05', 0, '  牧业', 'C', 33.4, '牧业 占比 changed; 236518/763882 = 31.0%');
plant('p06_percapita', 'c07', 0, '新华镇', 'F', 806, '新华镇 人均粮食 changed; 27315t/38715 = 706 公斤');
plant('p07_per100', 'c08', 0, T('白沙乡'), 'D', 19.5, '白沙乡 每百户拖拉机 changed; 1188/7204*100 = 16.5');
plant('p08_series_yield', 'c09', 0, '2022', 'D', 537.8, '2022 单产 changed; 497605.9/979900 = 507.8');
plant('p09_transposed_total', 'c10', 0, '  经济作物', 'B', 79010, '全县 经济作物 changed; sum of towns = 78010');
plant('p10_fish_sub', 'c12', 0, '    虾蟹类', 'B', 4240, '2024 虾蟹类 raised by 1000; 养殖 no longer sum');
plant('p11_hectare_yield', 'c13', 0, '玉米', 'E', 554.0, '玉米 公斤/亩 changed; 64347.2/(8187*15)*1000 = 524.0');
plant('p12_pig_growth_sign', 'c15', 0, T('城关镇'), 'E', 4.9, '城关镇 growth sign flipped; 82150/86420 gives -4.9');
plant('p13_qizhong_exceeds', 'c16', 0, '  其中：油菜籽', 'C', 43240, '2024 油菜籽 43240 > 油料 40510');
plant('p14_yield_growth', 'c21', 0, '玉米', 'H', 5.1, '玉米 单产增长 changed; 524.0/517.0 = +1.4');
plant('p15_percapita_land', 'c22', 0, '2023', 'F', 1.33, '2023 人均耕地 changed; 70.61/57.54 = 1.23');
plant('p16_town_output_total', 'c18', 0, '全县合计', 'D', 25020, '全县 林业 raised by 1000 over sum of towns');

plant('p17_pig_out_town', 'c25', 0, T('石桥镇'), 'F', 8.69, '石桥镇 2024出栏 万头 raised; 76890头 = 7.69万头, growth 7.9 no longer fits');
plant('p18_pct_points', 'c26', 0, '有效灌溉面积占耕地比重', 'D', 2.2, '增减（百分点） changed; 55.9-54.7 = 1.2');
plant('p19_paddy_part', 'c27', 0, '白沙乡', 'C', 19650, '白沙乡 水田 raised by 1000; 水田+旱地 != 耕地');
plant('p20_output_index', 'c24', 0, '牧业', 'C', 34.0, '牧业 比重 changed; 236544/763894 = 31.0');

(async () => {
  for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
  const names = {
    c01: 'sowing_town', c02: 'grain_crops', c03: 'wanmu_two_year', c04: 'livestock', c05: 'output_share', c06: 'output_comparable',
    c07: 'percapita_town', c08: 'per100hh', c09: 'series', c10: 'transposed', c11: 'rounding_wanmu', c12: 'fishery', c13: 'hectare_yield',
    c14: 'fish_town_dash', c15: 'pig_town', c16: 'products', c17: 'composition', c18: 'multisheet', c19: 'bulletin', c20: 'facility_dash',
    c21: 'yield_two_year', c22: 'percapita_series', c23: 'output_index', c24: 'yiyuan_rounding', c25: 'pig_two_indicators', c26: 'pct_points', c27: 'farmland_highstd',
  };
  const manifest = {};
  for (const k of Object.keys(tables)) {
    const f = `${k}_${names[k]}.xlsx`;
    await write(f, tables[k]);
    manifest[f] = null;
  }
  for (const p of plants) {
    const f = p.id + '.xlsx';
    await write(f, p.sheets);
    manifest[f] = { cell: p.cell, note: p.note };
  }
  fs.writeFileSync('/tmp/round53b/manifest.json', JSON.stringify(manifest, null, 2));
  console.error('c11 rounding check', tables.c11[0]._chk, 'c24', tables.c24[0]._chk);
  console.error('written', Object.keys(manifest).length);
})();
