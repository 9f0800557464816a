// gen.js — generates cases/ and probe/ workbooks (forestry, water, ecology statistics)
'use strict';
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { parseVal, evalRel, relCells } = require('./rellib');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
function mkR(seed) {
  const f = mulberry32(seed);
  const R = {
    r: f, u: (a, b) => a + (b - a) * f(), i: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)], ch: (p) => f() < p,
    shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
    sample(arr, n) { return R.shuffle(arr).slice(0, n); },
  };
  return R;
}
const rnd = (x, d) => { const p = Math.pow(10, d); return Math.round(x * p + (x >= 0 ? 1e-9 : -1e-9)) / p; };
const yearsList = (end, n) => Array.from({ length: n }, (_, i) => end - n + 1 + i);
const daysIn = (y) => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 366 : 365;
const LV = { county: 0.2, city: 1, prov: 9 };
const DISTRICTS = ['城关区', '东湖区', '西山区', '南岗区', '北塔区', '新城区', '河西区', '江南区', '龙湖区'];
const COUNTIES = ['安宁县', '永和县', '清水县', '青山县', '长乐县', '平川县', '石门县', '桃源县', '龙泉市', '凤城市', '白河县', '云溪县', '松林县', '柏树县', '金沙县', '宁远县', '望江县', '太和县', '丰林县', '临河县', '华亭市', '兴隆县'];
const CITIES = ['江城市', '山阳市', '云州市', '林州市', '河源市', '海东市', '明水市', '鹤岭市', '松原市', '金川市', '昌平市', '安顺市', '兰陵市', '青州市'];
const TOWNS = ['城关镇', '新华镇', '河口镇', '石桥镇', '龙潭乡', '白沙乡', '青松乡', '东坪镇', '西岭乡', '南山镇', '北湖乡', '大河镇', '马场乡', '柳林镇'];
const PLACES = { county: ['永和县', '清水县', '桃源县', '松林县', '宁远县'], city: ['江城市', '云州市', '林州市', '鹤岭市', '明水市'], prov: ['江南省', '北岭省', '云岭省', '西川省'] };
const IND = '　';
const ENG = { 林业总产值: 'Gross Output Value of Forestry', 林业产业总产值: 'Gross Output Value of Forestry', 林业产值合计: 'Gross Output Value of Forestry', 第一产业: 'Primary Industry', 第二产业: 'Secondary Industry', 第三产业: 'Tertiary Industry', 供水总量: 'Total Water Supply', 地表水: 'Surface Water', 地下水: 'Groundwater', 其他: 'Others', 其他水源: 'Other Sources', 非常规水源: 'Unconventional Water', 用水总量: 'Total Water Use', 农业用水: 'Agricultural Use', 农田灌溉用水: 'Farmland Irrigation', 工业用水: 'Industrial Use', 生活用水: 'Domestic Use', 居民生活用水: 'Domestic Use', 生态环境补水: 'Eco-environmental Use', 人工生态环境补水: 'Eco-environmental Use', 生态用水: 'Eco-environmental Use', '常住人口（万人）': 'Resident Population (10 000 persons)', '人均用水量（立方米）': 'Water Use per Capita (cu.m)', 水资源总量: 'Total Water Resources', 地表水资源量: 'Surface Water Resources', 地下水资源量: 'Groundwater Resources', 地表水与地下水资源重复量: 'Duplicated Measurement', 重复计算量: 'Duplicated Measurement', 年降水量: 'Precipitation', '人均水资源量（立方米）': 'Water Resources per Capita (cu.m)', 造林总面积: 'Total Area of Afforestation', 本年造林面积: 'Area of Afforestation', 合计: 'Total', 人工造林: 'Planting', 飞播造林: 'Aerial Seeding', '封山（沙）育林': 'Closing Hillsides for Afforestation', 退化林修复: 'Restoration of Degraded Forest', 防护林: 'Protection Forest', 用材林: 'Timber Forest', 经济林: 'Economic Forest', 特种用途林: 'Special-purpose Forest', 能源林: 'Energy Forest', '城市污水排放量（万立方米）': 'Urban Waste Water Discharged (10 000 cu.m)', '城市污水处理量（万立方米）': 'Urban Waste Water Treated (10 000 cu.m)', '城市污水处理率（%）': 'Treatment Rate of Urban Waste Water (%)', '生活垃圾清运量（万吨）': 'Garbage Collected (10 000 tons)', '生活垃圾无害化处理量（万吨）': 'Garbage Harmlessly Treated (10 000 tons)', '生活垃圾无害化处理率（%）': 'Harmless Treatment Rate of Garbage (%)', '空气质量优良天数（天）': 'Days with Good Air Quality', '空气质量优良天数比例（%）': 'Proportion of Days with Good Air Quality (%)', 林木育种和育苗: 'Tree Breeding and Seedlings', 经济林产品的种植与采集: 'Economic Forest Products', 林业旅游与休闲服务: 'Forestry Tourism and Leisure' };

// ---------- regions ----------
function regionRows(R, level, indentChildren, o = {}) {
  let totalLabel, children;
  if (level === 'prov') { totalLabel = R.pick(['全省', '全省合计', '合计', '总计']); children = R.sample(CITIES, R.i(6, 12)).map((n) => ({ label: n })); }
  else if (level === 'county') { totalLabel = R.pick(['全县', '全县合计', '合计']); children = R.sample(TOWNS, R.i(6, 12)).map((n) => ({ label: n })); }
  else {
    totalLabel = R.pick(['全市', '全市合计', '合计', '总计']);
    const mode = R.pick(['flat', 'flat', 'dist', 'two']);
    const ds = R.sample(DISTRICTS, R.i(2, 4)).map((n) => ({ label: n })), cs = R.sample(COUNTIES, R.i(3, 8)).map((n) => ({ label: n }));
    if (mode === 'flat') children = [...ds, ...cs];
    else if (mode === 'dist') children = [{ label: R.pick(['市辖区', '市区']), children: ds }, ...cs];
    else children = [{ label: R.pick(['市区', '市辖区']), children: ds }, { label: R.pick(['县（市）', '所辖县（市）']), children: cs }];
  }
  if (o.totalLabel) totalLabel = o.totalLabel;
  if (!o.noDirect && R.ch(0.25)) children.unshift({ label: level === 'prov' ? R.pick(['省直属单位', '省直']) : level === 'city' ? R.pick(['市本级', '市直属']) : '县直属' });
  const bottom = R.ch(0.2);
  const rows = [];
  function flat(node, depth, isRoot) {
    if (!node.children) { const i = rows.length; rows.push({ label: node.label, type: 'data', indent: depth, scale: R.u(0.3, 1.6) }); return i; }
    if (isRoot && bottom) { const idx = node.children.map((ch) => flat(ch, depth, false)); const i = rows.length; rows.push({ label: node.label, type: 'total', parts: idx, indent: 0 }); return i; }
    const i = rows.length; rows.push({ label: node.label, type: 'total', indent: isRoot ? 0 : depth, parts: null });
    rows[i].parts = node.children.map((ch) => flat(ch, isRoot ? depth : depth + 1, false));
    return i;
  }
  const ti = flat({ label: totalLabel, children }, indentChildren ? 1 : 0, true);
  // region codes for an optional code column
  const pre = R.pick(['33', '36', '43', '51', '52', '62']) + String(R.i(1, 9)).padStart(2, '0');
  let k = 1; rows.forEach((r) => { r.code = r.type === 'data' ? Number(pre + String(k++).padStart(2, '0')) : (r === rows[ti] ? Number(pre + '00') : null); });
  // blank separator row after a top total row
  if (ti === 0 && R.ch(0.2)) { rows.splice(1, 0, { type: 'blank', label: '' }); rows.forEach((r) => { if (r.parts) r.parts = r.parts.map((p) => (p >= 1 ? p + 1 : p)); }); }
  return { rows, totalIdx: rows.findIndex((r) => r.label === totalLabel && r.type === 'total') };
}

// ---------- templates ----------
// each returns spec {topics, title, unit, stub, cols, rows, notes, customRels(fn), pctOK, textCols}
const T = {};

T.afforestYears = (R, ctx) => {
  const n = R.i(4, 8); let ys = yearsList(ctx.year, n);
  const un = R.pick([{ u: '公顷', dec: 0, m: 1 }, { u: '公顷', dec: 0, m: 1 }, { u: '千公顷', dec: 2, m: 0.001 }, { u: '万亩', dec: 2, m: 0.0015 }]);
  const lv = LV[ctx.level] * un.m;
  let tr = 1; const rows = [];
  const withFb = R.ch(0.7);
  const thStart = R.pick([0, ys[0] + 1, ys[0] + 2]);
  const ylab = R.pick(['num', 'str', 'nian']);
  for (const y of ys) { rows.push({ label: ylab === 'num' ? y : ylab === 'str' ? `${y}` : `${y}年`, type: 'data', scale: tr, y, zero: [...(y < thStart ? ['th'] : []), ...(withFb && R.ch(0.3) ? ['fb'] : [])] }); tr *= R.u(0.82, 1.22); }
  const twoMode = R.pick(['one', 'grp', 'qz']); const two = twoMode !== 'one';
  const parts = ['rg', ...(withFb ? ['fb'] : []), 'fs', 'th'];
  const H = (x) => twoMode === 'grp' ? ['造林面积', x] : twoMode === 'qz' ? ['其中', x] : [x];
  const cols = [
    { key: 'tot', h: twoMode === 'grp' ? ['造林面积', '合计'] : [R.pick(['造林面积合计', '造林总面积', '合计'])], type: 'sum', parts, dec: un.dec },
    { key: 'rg', h: H('人工造林'), type: 'base', mag: R.u(2000, 8000) * lv, dec: un.dec },
    ...(withFb ? [{ key: 'fb', h: H('飞播造林'), type: 'base', mag: R.u(300, 2000) * lv, dec: un.dec }] : []),
    { key: 'fs', h: H(R.pick(['封山（沙）育林', '封山育林'])), type: 'base', mag: R.u(1000, 6000) * lv, dec: un.dec },
    { key: 'th', h: H('退化林修复'), type: 'base', mag: R.u(500, 3000) * lv, dec: un.dec },
  ];
  let unitLine = true;
  if (R.ch(0.45)) { cols.push({ key: 'g', h: [R.pick(['合计比上年增长（%）', '比上年增长（%）', '造林面积增速（%）'])], type: 'growthrow', of: 'tot', dec: 1 }); unitLine = R.ch(0.5); }
  if (R.ch(0.35)) { cols.push({ key: 'sh', h: ['人工造林占比（%）'], type: 'ratio', num: 'rg', den: 'tot', scale: 100, dec: R.pick([1, 2]) }); unitLine = R.ch(0.5); }
  if (!unitLine) cols.forEach((c) => { if (['sum', 'base'].includes(c.type)) c.h[c.h.length - 1] += `（${un.u}）`; });
  // "十三五" subtotal row
  if (ys.includes(2016) && ys.includes(2020) && R.ch(0.5)) {
    const idx = rows.map((r, i) => i).filter((i) => rows[i].y >= 2016 && rows[i].y <= 2020);
    rows.splice(idx[idx.length - 1] + 1, 0, { label: '“十三五”时期合计', type: 'total', parts: idx });
  }
  if (!rows.some((r) => r.type === 'total') && R.ch(0.3)) rows.push({ type: 'grow', label: `${ys[n - 1]}年比上年增长（%）`, cur: rows.length - 1, prev: rows.length - 2, dec: 1 });
  const notes = [];
  if (R.ch(0.5)) notes.push('注：' + R.pick(['退化林修复自2018年起纳入造林面积统计。', '造林面积合计=人工造林+飞播造林+封山（沙）育林+退化林修复。', '数据来源：市林业局。']));
  return { topics: ['afforest'], title: R.pick([`${ctx.place}历年造林面积`, `主要年份造林情况`, `${ys[0]}—${ys[n - 1]}年造林面积`]), unit: unitLine ? `单位：${un.u}` : null, stub: R.pick(['年份', '年 份', '指标']), cols, rows, notes, pctOK: true };
};

T.afforestCounty = (R, ctx) => {
  const lvl = ctx.level; const { rows } = regionRows(R, lvl, R.ch(0.5));
  const un = R.pick([{ u: '公顷', dec: 0, m: 1 }, { u: '公顷', dec: 1, m: 1 }, { u: '亩', dec: 0, m: 15 }]);
  const lv = (lvl === 'prov' ? 1 : lvl === 'city' ? 0.15 : 0.02) * un.m;
  const withFb = R.ch(0.5), withXf = R.ch(0.4), withSp = R.ch(0.35), withCov = R.ch(0.3);
  const parts = ['rg', ...(withFb ? ['fb'] : []), 'fs', 'th'];
  const cols = [
    { key: 'tot', h: [R.pick(['造林面积合计', '合计', '本年造林面积'])], type: 'sum', parts, dec: un.dec },
    { key: 'rg', h: ['人工造林'], type: 'base', mag: R.u(2000, 8000) * lv, dec: un.dec },
    ...(withFb ? [{ key: 'fb', h: ['飞播造林'], type: 'base', mag: R.u(1000, 3000) * lv, dec: un.dec, zeroProb: 0.7 }] : []),
    { key: 'fs', h: [R.pick(['封山（沙）育林', '封山育林'])], type: 'base', mag: R.u(1000, 5000) * lv, dec: un.dec, zeroProb: 0.1 },
    ...(withXf ? [{ key: 'xf', h: [R.pick(['其中：新封山育林', '#新封山（沙）育林'])], type: 'qzc', parent: 'fs', frac: [0.2, 0.7], dec: un.dec }] : []),
    { key: 'th', h: ['退化林修复'], type: 'base', mag: R.u(800, 4000) * lv, dec: un.dec, zeroProb: 0.15 },
    ...(withSp ? [{ key: 'sp', h: ['四旁（零星）植树（万株）'], type: 'base', mag: R.u(5, 60) * (lvl === 'prov' ? 8 : lvl === 'city' ? 1 : 0.2), dec: 1 }] : []),
    ...(withCov ? [{ key: 'cov', h: ['森林覆盖率（%）'], type: 'nonadd', mag: R.u(25, 65), spread: 0.3, dec: 2 }] : []),
  ];
  if (R.ch(0.25)) { const [t] = cols.splice(0, 1); cols.splice(cols.findIndex((c) => c.key === 'th') + 1, 0, t); t.h = ['合计']; }
  else if (R.ch(0.3)) cols.forEach((c) => { if (parts.includes(c.key)) c.h = ['其中', c.h[0]]; });
  const unitLine = !withSp && !withCov ? true : R.ch(0.3);
  if (!unitLine) cols.forEach((c) => { if (['sum', 'base', 'qzc'].includes(c.type) && c.key !== 'sp') c.h[0] += `（${un.u}）`; });
  const notes = [];
  if (withCov) notes.push('注：森林覆盖率为年末数，' + (lvl === 'prov' ? '全省' : '全市') + '森林覆盖率按全域面积计算。');
  if (R.ch(0.4)) notes.push(R.pick(['资料来源：林业局。', '注：“—”表示无此项。', '注：造林面积不含四旁植树。']));
  return { topics: ['afforest'], title: R.pick([`各${lvl === 'prov' ? '市' : lvl === 'city' ? '县（市、区）' : '乡镇'}造林面积（${ctx.year}年）`, `${ctx.year}年分地区造林情况`, `${ctx.place}${ctx.year}年造林完成情况`]), unit: unitLine ? `单位：${un.u}` : null, stub: R.pick(['地区', '地 区', '单位', '县（市、区）']), cols, rows, notes, pctOK: false, regionTable: true };
};

T.forestCounty = (R, ctx) => {
  const lvl = ctx.level; const { rows } = regionRows(R, lvl, R.ch(0.5), { noDirect: true });
  const km = R.ch(0.25);
  const lv = lvl === 'prov' ? 1 : lvl === 'city' ? 0.15 : 0.02;
  const stockDec = R.pick([1, 2]);
  const cols = [];
  if (!km) {
    cols.push({ key: 'land', h: [R.pick(['土地总面积（公顷）', '国土面积（公顷）'])], type: 'base', mag: R.u(400000, 1200000) * lv, dec: 0 });
    cols.push({ key: 'fl', h: ['林地面积（公顷）'], type: 'qzc', parent: 'land', frac: [0.35, 0.72], dec: 0 });
    cols.push({ key: 'fo', h: ['森林面积（公顷）'], type: 'qzc', parent: 'fl', frac: [0.78, 0.97], dec: 0 });
    cols.push({ key: 'cov', h: ['森林覆盖率（%）'], type: 'ratio', num: 'fo', den: 'land', scale: 100, dec: 2 });
  } else {
    cols.push({ key: 'land', h: ['土地总面积（平方公里）'], type: 'base', mag: R.u(4000, 12000) * lv, dec: 0 });
    cols.push({ key: 'fo', h: ['森林面积（公顷）'], type: 'base', deps: ['land'], gen: (rw, R2) => rw.land * 100 * R2.u(0.3, 0.68), dec: 0, noLe: true });
    cols.push({ key: 'cov', h: ['森林覆盖率（%）'], type: 'ratio', num: 'fo', den: 'land', scale: 1, dec: 2 });
  }
  cols.push({ key: 'st', h: [R.pick(['活立木总蓄积量（万立方米）', '活立木蓄积量（万立方米）'])], type: 'base', deps: ['fo'], gen: (rw, R2) => rw.fo * R2.u(45, 120) / 10000, dec: stockDec });
  if (R.ch(0.6)) cols.push({ key: 'fst', h: [R.pick(['其中：森林蓄积量', '#森林蓄积量'])], type: 'qzc', parent: 'st', frac: [0.86, 0.97], dec: stockDec });
  const notes = [R.pick(['注：森林覆盖率=森林面积÷土地总面积×100%。', '注：本表为森林资源年度监测结果。', '注：' + (km ? '土地面积单位为平方公里，1平方公里=100公顷。' : '森林面积含国家特别规定的灌木林地面积。')])];
  return { topics: ['forest'], title: R.pick([`各地区森林资源情况（${ctx.year}年）`, `${ctx.place}森林资源主要指标（${ctx.year}年末）`]), unit: null, stub: R.pick(['地区', '县（市、区）', '单位名称']), cols, rows, notes, pctOK: true };
};

T.outputYears = (R, ctx) => {
  const n = R.i(2, 5); const ys = yearsList(ctx.year, n);
  const un = R.pick([{ u: '万元', dec: 0, m: 1 }, { u: '万元', dec: 0, m: 1 }, { u: '亿元', dec: 2, m: 1e-4 }]);
  const lv = LV[ctx.level] * un.m;
  let tr = 1; const cols = ys.map((y) => { const c = { key: 'y' + y, h: [y + '年'], type: 'base', scale: tr }; tr *= R.u(0.95, 1.15); return c; });
  const rows = [{ label: R.pick(['林业总产值', '林业产业总产值', '林业产值合计']), type: 'total', parts: [], dec: un.dec }];
  const ind = R.ch(0.6) ? 1 : 0;
  const addQ = (parent, labels, fr) => labels.forEach((lb, j) => rows.push({ label: (j === 0 ? '其中：' : (R.ch(0.5) ? IND + IND + IND : '')) + lb, type: 'qz', parent, frac: fr[j], dec: un.dec, indent: ind + 1 }));
  const i1 = rows.length; rows.push({ label: '第一产业', type: 'data', mag: R.u(30000, 90000) * lv, dec: un.dec, indent: ind, sh: true });
  if (R.ch(0.5)) addQ(i1, ['林木育种和育苗', '经济林产品的种植与采集'], [[0.08, 0.2], [0.35, 0.6]]);
  const i2 = rows.length; rows.push({ label: '第二产业', type: 'data', mag: R.u(20000, 120000) * lv, dec: un.dec, indent: ind, sh: true });
  if (R.ch(0.4)) addQ(i2, ['木材加工和木、竹、藤、棕、苇制品制造'], [[0.3, 0.7]]);
  const i3 = rows.length; rows.push({ label: '第三产业', type: 'data', mag: R.u(8000, 50000) * lv, dec: un.dec, indent: ind, sh: true });
  if (R.ch(0.4)) addQ(i3, ['林业旅游与休闲服务'], [[0.4, 0.8]]);
  rows[0].parts = [i1, i2, i3];
  if (n >= 2 && R.ch(0.7)) {
    if (R.ch(0.3)) cols.push({ key: 'g', h: [R.pick(['发展速度（上年=100）', `${ys[n - 1]}年指数（上年=100）`])], type: 'ratio', num: 'y' + ys[n - 1], den: 'y' + ys[n - 2], scale: 100, dec: 1 });
    else cols.push({ key: 'g', h: [R.pick([`${ys[n - 1]}年比上年增长（%）`, '比上年增长（%）', '增长（%）'])], type: 'growth', cur: 'y' + ys[n - 1], prev: 'y' + ys[n - 2], dec: R.pick([1, 1, 2]) });
  }
  if (R.ch(0.4)) { cols.push({ key: 's', h: [`${ys[n - 1]}年构成（%）`], type: 'share', of: 'y' + ys[n - 1], dec: R.pick([1, 2]) }); rows.forEach((r, i) => { if (i === 0 || r.sh) r.shareRef = 0; }); }
  const notes = R.ch(0.6) ? [R.pick(['注：林业产值按当年价格计算，增长速度按现价计算。', '注：本表按现价计算。'])] : [];
  maybeReverseYears(R, cols);
  return { topics: ['output'], title: R.pick(['林业产业总产值', `${ctx.place}林业产值（按三次产业分）`, '林业产值构成']), unit: `单位：${un.u}`, stub: R.pick(['指标', '项目', '指 标']), cols, rows, notes, spread: 0.08 };
};

T.reservoirCounty = (R, ctx) => {
  const lvl = ctx.level; const { rows } = regionRows(R, lvl, R.ch(0.4));
  const f = lvl === 'prov' ? 4 : lvl === 'city' ? 1 : 0.3;
  const dec = R.pick([0, 0, 1, 2]);
  const cnt = (p, lo, hi) => (rw, R2, row) => (R2.ch(p) ? R2.i(lo, Math.max(lo, Math.round(hi * f * (row.scale || 1)))) : 0);
  const cols = [
    { key: 'nt', h: ['水库座数（座）', '合计'], type: 'sum', parts: ['nl', 'nm', 'ns'], dec: 0 },
    { key: 'nl', h: ['水库座数（座）', '大型'], type: 'base', gen: cnt(lvl === 'prov' ? 0.8 : 0.25, 1, 1.2), count: true, dec: 0 },
    { key: 'nm', h: ['水库座数（座）', '中型'], type: 'base', gen: cnt(0.75, 1, 4), count: true, dec: 0 },
    { key: 'ns', h: ['水库座数（座）', '小型'], type: 'base', gen: cnt(0.97, 3, 45), count: true, dec: 0 },
    { key: 'ct', h: ['总库容（万立方米）', '合计'], type: 'sum', parts: ['cl', 'cm', 'cs'], dec },
    { key: 'cl', h: ['总库容（万立方米）', '大型'], type: 'base', deps: ['nl'], gen: (rw, R2) => rw.nl * R2.u(10500, 42000), dec },
    { key: 'cm', h: ['总库容（万立方米）', '中型'], type: 'base', deps: ['nm'], gen: (rw, R2) => rw.nm * R2.u(1100, 8000), dec },
    { key: 'cs', h: ['总库容（万立方米）', '小型'], type: 'base', deps: ['ns'], gen: (rw, R2) => rw.ns * R2.u(15, 700), dec },
  ];
  if (R.ch(0.5)) { const a = cols.slice(0, 4), b = cols.slice(4); a.forEach((c) => { c.h[0] = '数量（座）'; }); const hb = R.pick(['总库容（万立方米）', '库容（万立方米）']); b.forEach((c) => { c.h[0] = hb; }); }
  if (R.ch(0.3)) cols.push({ key: 'avg', h: ['平均每座库容（万立方米）'], type: 'ratio', num: 'ct', den: 'nt', scale: 1, dec: R.pick([1, 2]) });
  const notes = R.ch(0.7) ? [R.pick(['注：大型水库指总库容1亿立方米及以上，中型水库指总库容1000万立方米至1亿立方米，小型水库指总库容10万立方米至1000万立方米。', '注：本表为已建成水库。', '资料来源：水利局。'])] : [];
  return { topics: ['reservoir'], title: R.pick([`各地区水库情况（${ctx.year}年）`, `${ctx.place}水库数量及库容`, '已建成水库']), unit: null, stub: R.pick(['地区', '地 区', '县（市、区）']), cols, rows, notes, zeroPref: R.pick(['—', '—', '-', 0, '']) };
};

T.irrigationYears = (R, ctx) => {
  const n = R.i(4, 8); const ys = yearsList(ctx.year, n);
  const un = R.pick([{ u: '千公顷', dec: 2, m: 0.001 }, { u: '公顷', dec: 0, m: 1 }, { u: '万亩', dec: 2, m: 0.0015 }]);
  const lv = LV[ctx.level] * un.m;
  const ylab = R.pick(['num', 'str', 'nian']);
  let tr = 1; const rows = ys.map((y) => { const r = { label: ylab === 'num' ? y : ylab === 'nian' ? `${y}年` : `${y}`, type: 'data', scale: tr }; tr *= R.u(1.0, 1.04); return r; });
  const two = R.ch(0.5);
  const cols = [
    { key: 'eff', h: two ? [`有效灌溉面积（${un.u}）`, '合计'] : [`有效灌溉面积（${un.u}）`], type: 'base', mag: R.u(60000, 200000) * lv, dec: un.dec, spread: 0.01 },
    { key: 'sav', h: two ? [`有效灌溉面积（${un.u}）`, '其中：节水灌溉'] : [R.pick([`其中：节水灌溉面积（${un.u}）`, `节水灌溉面积（${un.u}）`])], type: 'qzc', parent: 'eff', frac: [0.3, 0.75], dec: un.dec },
    { key: 'rt', h: [R.pick(['节水灌溉面积占比（%）', '节水灌溉率（%）', '节水灌溉面积占有效灌溉面积比重（%）'])], type: 'ratio', num: 'sav', den: 'eff', scale: 100, dec: R.pick([1, 2]) },
  ];
  if (R.ch(0.4)) cols.push({ key: 'dl', h: [`旱涝保收面积（${un.u}）`], type: 'qzc', parent: 'eff', frac: [0.5, 0.85], dec: un.dec, noLe: true });
  if (R.ch(0.4)) cols.push({ key: 'g', h: ['有效灌溉面积比上年增长（%）'], type: 'growthrow', of: 'eff', dec: 2 });
  if (R.ch(0.3)) rows.push({ type: 'grow', label: R.pick([`${ys[n - 1]}年比上年增长（%）`, '比上年增长（%）']), cur: rows.length - 1, prev: rows.length - 2, dec: R.pick([1, 2]) });
  const rateGrowth = R.pick(['dash', 'diff']);
  const notes = R.ch(0.3) ? ['注：节水灌溉面积包括喷灌、微灌、低压管灌和渠道防渗面积。'] : [];
  if (rateGrowth === 'diff' && rows.some((r) => r.type === 'grow')) notes.push('注：比重指标的增长栏为增减百分点。');
  return { rateGrowth, topics: ['irrigation'], title: R.pick(['农田灌溉情况', `${ctx.place}有效灌溉面积和节水灌溉面积`, '主要年份灌溉面积']), unit: null, stub: R.pick(['年份', '年 份']), cols, rows, notes, pctOK: true };
};

T.irrigationCounty = (R, ctx) => {
  const lvl = ctx.level; const { rows } = regionRows(R, lvl, R.ch(0.5));
  const un = R.pick([{ u: '公顷', dec: 0, m: 1 }, { u: '千公顷', dec: 2, m: 0.001 }, { u: '亩', dec: 0, m: 15 }]);
  const lv = (lvl === 'prov' ? 1 : lvl === 'city' ? 0.15 : 0.02) * un.m;
  const hs = R.ch(0.6);
  const cols = [
    { key: 'eff', h: ['有效灌溉面积'], type: 'base', mag: R.u(100000, 300000) * lv, dec: un.dec },
    { key: 'sav', h: [R.pick(['其中：节水灌溉面积', '节水灌溉面积'])], type: 'qzc', parent: 'eff', frac: [0.25, 0.8], dec: un.dec },
    ...(hs ? [{ key: 'hs', h: [R.pick(['#高效节水灌溉面积', '其中：高效节水灌溉'])], type: 'qzc', parent: 'sav', frac: [0.2, 0.6], dec: un.dec }] : []),
    { key: 'rt', h: [R.pick(['节水灌溉率（%）', '节水灌溉面积占比（%）'])], type: 'ratio', num: 'sav', den: 'eff', scale: 100, dec: R.pick([1, 2]), fromRaw: R.ch(0.25) },
  ];
  const unitLine = R.ch(0.5);
  if (!unitLine) cols.forEach((c) => { if (c.type !== 'ratio') c.h[0] += `（${un.u}）`; });
  return { topics: ['irrigation'], title: R.pick([`各地区有效灌溉面积（${ctx.year}年）`, `${ctx.year}年分县（市、区）农田灌溉情况`]), unit: unitLine ? `单位：${un.u}` : null, stub: R.pick(['地区', '县（市、区）']), cols, rows, notes: [], pctOK: true };
};

T.waterSupplyUse = (R, ctx) => {
  const n = R.i(3, 6); const ys = yearsList(ctx.year, n);
  const big = ctx.level !== 'county' && R.ch(0.7);
  const un = big ? { u: '亿立方米', dec: 2, m: 1 } : { u: '万立方米', dec: R.pick([0, 1]), m: 1 };
  const tot0 = (big ? R.u(15, 60) : R.u(8000, 40000)) * (ctx.level === 'prov' ? (big ? 6 : 5) : 1);
  const cols = ys.map((y) => ({ key: 'y' + y, h: [y + '年'], type: 'base' }));
  const use = { ag: R.u(0.45, 0.65), in: R.u(0.1, 0.25), li: R.u(0.1, 0.18), ec: R.u(0.02, 0.08) };
  const sup = { sf: R.u(0.6, 0.85), gw: R.u(0.1, 0.35), ot: R.u(0.01, 0.05) };
  const V = {}; ['ag', 'in', 'li', 'ec', 'sf', 'gw', 'ot', 'irr', 'pop'].forEach((k) => { V[k] = {}; });
  let tr = 1; let pop = (ctx.level === 'prov' ? R.u(3000, 8000) : ctx.level === 'city' ? R.u(300, 900) : R.u(30, 90));
  for (const y of ys) {
    const uw = {}; let s = 0; for (const k in use) { uw[k] = use[k] * R.u(0.9, 1.1); s += uw[k]; }
    const T0 = tot0 * tr; for (const k in use) V[k]['y' + y] = T0 * uw[k] / s;
    const sw = {}; let s2 = 0; for (const k in sup) { sw[k] = sup[k] * R.u(0.9, 1.1); s2 += sw[k]; }
    let acc = 0; const ks = Object.keys(sup); ks.forEach((k, j) => { if (j < ks.length - 1) { V[k]['y' + y] = T0 * sw[k] / s2; acc += V[k]['y' + y]; } else V[k]['y' + y] = T0 - acc; });
    // use total = sum of use parts exactly T0 (floating); make supply parts sum to same
    V.irr['y' + y] = V.ag['y' + y] * R.u(0.7, 0.9);
    V.pop['y' + y] = pop; pop *= R.u(0.995, 1.01);
    tr *= R.u(0.96, 1.04);
  }
  const ind = R.ch(0.6) ? 1 : 0;
  const rows = [];
  const r0 = rows.length; rows.push({ label: '供水总量', type: 'total', parts: [], dec: un.dec });
  const sp = ['sf', 'gw', 'ot'].map((k, j) => { rows.push({ label: ['地表水', '地下水', R.pick(['其他', '其他水源', '非常规水源'])][j], type: 'data', values: V[k], dec: un.dec, indent: ind }); return rows.length - 1; });
  rows[r0].parts = sp;
  const r1 = rows.length; rows.push({ label: '用水总量', type: 'total', parts: [], dec: un.dec });
  const up = [];
  ['ag', 'in', 'li', 'ec'].forEach((k, j) => {
    rows.push({ label: ['农业用水', '工业用水', R.pick(['生活用水', '居民生活用水']), R.pick(['生态环境补水', '人工生态环境补水', '生态用水'])][j], type: 'data', values: V[k], dec: un.dec, indent: ind }); up.push(rows.length - 1);
    if (k === 'ag' && R.ch(0.35)) rows.push({ label: (ind ? IND : '') + '其中：农田灌溉用水', type: 'qz', parent: rows.length - 1, values: V.irr, dec: un.dec, indent: ind });
  });
  rows[r1].parts = up;
  if (R.ch(0.3)) { const gi = rows.length; rows.splice(r1, 0, { type: 'group', label: '按用途分' }); /* shift indices */ rows.forEach((r) => { if (r.parts) r.parts = r.parts.map((p) => (p >= r1 ? p + 1 : p)); if (r.type === 'qz' && r.parent >= r1) r.parent++; }); void gi; }
  const R1 = rows.findIndex((r) => r.label === '用水总量');
  let customRels = (ref) => ys.map((y) => ({ type: 'eq', a: ref(r0, 'y' + y), b: ref(R1, 'y' + y) }));
  const notes = [];
  if (R.ch(0.5)) {
    const pi = rows.length; rows.push({ label: '常住人口（万人）', type: 'data', values: V.pop, dec: 2 });
    rows.push({ label: '人均用水量（立方米）', type: 'ratio', num: R1, den: pi, scale: big ? 10000 : 1, dec: R.pick([0, 1]) });
  }
  if (R.ch(0.5)) cols.push({ key: 'g', h: ['比上年增长（%）'], type: 'growth', cur: 'y' + ys[n - 1], prev: 'y' + ys[n - 2], dec: 1 });
  if (R.ch(0.5)) notes.push('注：供水总量与用水总量相等。');
  maybeReverseYears(R, cols);
  return { topics: ['water'], title: R.pick(['供水总量和用水总量', `${ctx.place}水资源开发利用情况`, '供用水情况']), unit: `单位：${un.u}`, stub: R.pick(['指标', '项目']), cols, rows, notes, customRels, spread: 0 };
};

T.waterResources = (R, ctx) => {
  const n = R.i(3, 5); const ys = yearsList(ctx.year, n);
  const big = ctx.level !== 'county';
  const un = big ? { u: '亿立方米', dec: 2 } : { u: '万立方米', dec: 0 };
  const m = big ? (ctx.level === 'prov' ? R.u(200, 800) : R.u(20, 90)) : R.u(20000, 90000);
  const cols = ys.map((y) => ({ key: 'y' + y, h: [y + '年'], type: 'base' }));
  const V = { pr: {}, tot: {}, sf: {}, gw: {}, dup: {}, pop: {} };
  let pop = ctx.level === 'prov' ? R.u(3000, 8000) : ctx.level === 'city' ? R.u(300, 900) : R.u(30, 90);
  for (const y of ys) { const k = 'y' + y; const sf = m * R.u(0.7, 1.3); const gw = sf * R.u(0.2, 0.45); const dup = gw * R.u(0.6, 0.92); V.sf[k] = sf; V.gw[k] = gw; V.dup[k] = dup; V.tot[k] = sf + gw - dup; V.pr[k] = V.tot[k] * R.u(2.2, 3.5); V.pop[k] = pop; pop *= R.u(0.995, 1.01); }
  // publish: components rounded, total = rounded raw total (relation checked with tolerance)
  const rows = [];
  const withPr = R.ch(0.5);
  if (withPr) rows.push({ label: '年降水量', type: 'data', values: V.pr, dec: un.dec });
  const it = rows.length; rows.push({ label: '水资源总量', type: 'data', values: V.tot, dec: un.dec });
  const ind = R.ch(0.7) ? 1 : 0;
  rows.push({ label: '地表水资源量', type: 'data', values: V.sf, dec: un.dec, indent: ind });
  rows.push({ label: '地下水资源量', type: 'data', values: V.gw, dec: un.dec, indent: ind });
  rows.push({ label: R.pick(['地表水与地下水资源重复量', '重复计算量', '地表水与地下水重复计算量']), type: 'data', values: V.dup, dec: un.dec, indent: ind });
  if (R.ch(0.5)) { const pi = rows.length; rows.push({ label: '常住人口（万人）', type: 'data', values: V.pop, dec: 2 }); rows.push({ label: '人均水资源量（立方米）', type: 'ratio', num: it, den: pi, scale: big ? 10000 : 1, dec: R.pick([0, 1]) }); }
  const customRels = (ref) => ys.map((y) => ({ type: 'lin', t: ref(it, 'y' + y), terms: [[1, ref(it + 1, 'y' + y)], [1, ref(it + 2, 'y' + y)], [-1, ref(it + 3, 'y' + y)]] }));
  const notes = R.ch(0.6) ? ['注：水资源总量=地表水资源量+地下水资源量-地表水与地下水资源重复量。'] : [];
  if (R.ch(0.4)) cols.push({ key: 'g', h: ['比上年增减（%）'], type: 'growth', cur: 'y' + ys[n - 1], prev: 'y' + ys[n - 2], dec: 1 });
  maybeReverseYears(R, cols);
  return { topics: ['waterres'], title: R.pick(['水资源情况', `${ctx.place}水资源总量`, '水资源量']), unit: `单位：${un.u}`, stub: R.pick(['指标', '项目']), cols, rows, notes, customRels, spread: 0 };
};

T.envCityYears = (R, ctx) => {
  const n = R.i(2, 5); const ys = yearsList(ctx.year, n);
  const cols = ys.map((y) => ({ key: 'y' + y, h: [y + '年'], type: 'base' }));
  const lv = LV[ctx.level];
  const V = (fn) => { const o = {}; ys.forEach((y, j) => { o['y' + y] = fn(y, j); }); return o; };
  const rows = [];
  const withSew = R.ch(0.8), withGar = R.ch(0.7), withAir = R.ch(0.8) || (!withSew && !withGar);
  const rateDec = R.pick([1, 2]);
  if (withSew) {
    const e0 = R.u(8000, 20000) * lv; const e = V((y, j) => e0 * Math.pow(1.03, j) * R.u(0.97, 1.03));
    const i0 = rows.length; rows.push({ label: '城市污水排放量（万立方米）', type: 'data', values: e, dec: R.pick([0, 1]) });
    const hi = R.ch(0.3);
    const i1 = rows.length; rows.push({ label: '城市污水处理量（万立方米）', type: 'qz', parent: i0, values: V((y) => e['y' + y] * R.u(hi ? 0.97 : 0.88, 0.995)), dec: rows[i0].dec });
    rows.push({ label: '城市污水处理率（%）', type: 'ratio', num: i1, den: i0, scale: 100, dec: rateDec });
  }
  if (withGar) {
    const c0 = R.u(30, 120) * lv; const c = V((y, j) => c0 * Math.pow(1.02, j) * R.u(0.97, 1.03));
    const i0 = rows.length; rows.push({ label: '生活垃圾清运量（万吨）', type: 'data', values: c, dec: 2 });
    const full = R.ch(0.6);
    const i1 = rows.length; rows.push({ label: '生活垃圾无害化处理量（万吨）', type: 'qz', parent: i0, values: V((y) => c['y' + y] * (full ? 1 : R.u(0.95, 1))), dec: 2 });
    rows.push({ label: '生活垃圾无害化处理率（%）', type: 'ratio', num: i1, den: i0, scale: 100, dec: rateDec });
  }
  if (withAir) {
    const withMon = R.ch(0.3);
    const d0 = R.i(250, 320);
    const di = rows.length; rows.push({ label: '空气质量优良天数（天）', type: 'data', values: V((y) => Math.min(daysIn(y) - 5, d0 + R.i(-15, 25))), dec: 0, count: true });
    let mi = null;
    if (withMon) { mi = rows.length; rows.push({ label: '有效监测天数（天）', type: 'data', values: V((y) => daysIn(y) - R.i(0, 4)), dec: 0, count: true }); }
    if (withMon) rows.push({ label: '空气质量优良天数比例（%）', type: 'ratio', num: di, den: mi, scale: 100, dec: 1 });
    else rows.push({ label: R.pick(['空气质量优良天数比例（%）', '环境空气质量优良率（%）']), type: 'ratio', num: di, denConst: V((y) => daysIn(y)), scale: 100, dec: 1 });
    const p0 = R.u(28, 55); const pdec = R.pick([0, 1]);
    rows.push({ label: R.pick(['PM2.5年均浓度（微克/立方米）', '细颗粒物（PM2.5）平均浓度（微克/立方米）']), type: 'data', values: V((y, j) => p0 * Math.pow(0.95, j) * R.u(0.95, 1.05)), dec: pdec, rate: false });
  }
  const notes = [];
  const mode = R.pick(['growth', 'diff', 'none']);
  let rateGrowth = 'dash';
  if (mode === 'growth') { rateGrowth = R.pick(['dash', 'diff']); cols.push({ key: 'g', h: ['比上年增长（%）'], type: 'growth', cur: 'y' + ys[n - 1], prev: 'y' + ys[n - 2], dec: 1 }); if (rateGrowth === 'diff') notes.push('注：比率指标“比上年增长”栏为增减百分点。'); }
  else if (mode === 'diff') cols.push({ key: 'd', h: [R.pick(['比上年增减', '比上年增减（±）'])], type: 'diff', cur: 'y' + ys[n - 1], prev: 'y' + ys[n - 2] });
  const topics = []; if (withSew || withGar) topics.push('sewage'); if (withAir) topics.push('air');
  maybeReverseYears(R, cols);
  return { topics, title: R.pick(['主要生态环境指标', `${ctx.place}城市环境状况`, '环境保护主要指标']), unit: null, stub: R.pick(['指标', '项目']), cols, rows, notes, rateGrowth, spread: 0 };
};

T.reserve = (R, ctx) => {
  const lvl = ctx.level;
  const areaUn = R.pick([{ u: '公顷', dec: 0, m: 1 }, { u: '万公顷', dec: 2, m: 1e-4 }]);
  const land = Math.round((lvl === 'prov' ? R.u(1.2e7, 4e7) : lvl === 'city' ? R.u(8e5, 2.5e6) : R.u(1.5e5, 4e5)));
  const f = lvl === 'prov' ? 1 : lvl === 'city' ? 0.25 : 0.08;
  const lev = [['国家级', R.i(1, 6) * (lvl === 'prov' ? 3 : 1), R.u(0.02, 0.05)], ['省级', R.i(2, 8) * (lvl === 'prov' ? 4 : 1), R.u(0.01, 0.04)], [R.pick(['市县级', '市、县级']), R.i(2, 12) * (lvl === 'prov' ? 5 : 1), R.u(0.005, 0.02)]];
  if (lvl === 'county') lev[0][1] = R.i(0, 1);
  const rows = [{ label: R.pick(['合计', '总计', '自然保护区合计']), type: 'total', parts: [], dec: null }];
  const groups = R.ch(0.6);
  if (groups) rows.push({ type: 'group', label: '按级别分' });
  const g1 = [];
  lev.forEach(([lb, c, s]) => { rows.push({ label: lb, type: 'data', values: { cnt: c, area: c === 0 ? 0 : land * s * areaUn.m }, indent: 1 }); g1.push(rows.length - 1); });
  rows[0].parts = g1;
  const two = R.ch(0.5);
  const totC = lev.reduce((a, x) => a + x[1], 0), totA = lev.reduce((a, x) => a + (x[1] === 0 ? 0 : land * x[2] * areaUn.m), 0);
  if (two) {
    if (groups) rows.push({ type: 'group', label: '按类型分' });
    const types = ['森林生态系统类型', '内陆湿地类型', '野生动物类型', '野生植物类型'];
    const w = types.map(() => R.u(0.3, 1)); const sw = w.reduce((a, b) => a + b, 0);
    let cLeft = totC, aLeft = totA; const g2 = [];
    types.forEach((t, j) => {
      let c, a;
      if (j < types.length - 1) { c = Math.min(cLeft, Math.round(totC * w[j] / sw)); a = totA * w[j] / sw; cLeft -= c; aLeft -= a; } else { c = cLeft; a = aLeft; }
      if (c === 0) a = 0;
      rows.push({ label: t, type: 'data', values: { cnt: c, area: a }, indent: 1 }); g2.push(rows.length - 1);
    });
    // if some zero-count type got area 0, rebalance to last nonzero
    const zA = g2.filter((i) => rows[i].values.cnt === 0).length;
    if (zA) { const sumA = g2.reduce((s, i) => s + rows[i].values.area, 0); const last = g2.filter((i) => rows[i].values.cnt > 0).pop(); rows[last].values.area += totA - sumA; }
    rows[0].partsSets = [g2];
  }
  const cols = [
    { key: 'cnt', h: [R.pick(['数量（个）', '个数（个）', '自然保护区数（个）'])], type: 'base', count: true, dec: 0 },
    { key: 'area', h: [`面积（${areaUn.u}）`], type: 'base', dec: areaUn.dec },
  ];
  const withSh = R.ch(0.7);
  if (withSh) cols.push({ key: 'sh', h: [R.pick(['占辖区面积比重（%）', '占国土面积比重（%）'])], type: 'ratio', num: 'area', denConst: land * areaUn.m, scale: 100, dec: 2 });
  const notes = [];
  if (withSh) notes.push(`注：占国土面积比重按国土面积${land}公顷计算。`);
  if (R.ch(0.3)) notes.push('注：不含风景名胜区、森林公园等其他类型保护地。');
  return { topics: ['reserve'], title: R.pick([`自然保护区情况（${ctx.year}年）`, `${ctx.place}自然保护区基本情况`]), unit: null, stub: R.pick(['项目', '级别', '指标']), cols, rows, notes, pctOK: false, spread: 0 };
};

T.airCounty = (R, ctx) => {
  const lvl = ctx.level; const { rows } = regionRows(R, lvl === 'county' ? 'city' : lvl, R.ch(0.4), { totalLabel: R.ch(0.4) ? R.pick(['全市平均', '全市（平均）']) : null, noDirect: true });
  const y = ctx.year; const pdec = R.pick([0, 1]);
  const cols = [
    { key: 'days', h: [R.pick(['空气质量优良天数（天）', '优良天数（天）'])], type: 'nonadd', count: true, gen: (rw, R2) => R2.i(250, daysIn(y) - 8), dec: 0 },
    { key: 'rt', h: [R.pick(['优良天数比例（%）', '空气质量优良率（%）'])], type: 'ratio', num: 'days', denConst: daysIn(y), scale: 100, dec: 1 },
  ];
  const pmMode = R.pick(['diff', 'decl', 'none']);
  const pmH = R.pick(['PM2.5平均浓度（微克/立方米）', 'PM2.5浓度（微克/立方米）']);
  const two = pmMode !== 'none';
  cols.push({ key: 'pm', h: two ? [pmH, `${y}年`] : [pmH], type: 'nonadd', gen: (rw, R2) => R2.u(22, 52), dec: pdec });
  if (two) {
    cols.push({ key: 'pp', h: [pmH, `${y - 1}年`], type: 'nonadd', deps: ['pm'], gen: (rw, R2) => rw.pm * R2.u(0.95, 1.25), dec: pdec });
    if (pmMode === 'diff') cols.push({ key: 'pd', h: [pmH, R.pick(['增减', '比上年增减'])], type: 'diff', cur: 'pm', prev: 'pp', dec: pdec });
    else cols.push({ key: 'pd', h: [pmH, '比上年下降（%）'], type: 'growth', neg: true, cur: 'pm', prev: 'pp', dec: 1 });
  }
  if (R.ch(0.3)) cols.push({ key: 'hp', h: ['重污染天数（天）'], type: 'nonadd', count: true, gen: (rw, R2) => R2.i(0, 8), dec: 0 });
  if (R.ch(0.35)) cols.push({ key: 'rk', h: [R.pick(['优良天数排名', '排名', '位次'])], type: 'rank', of: 'days' });
  const notes = R.ch(0.6) ? [R.pick(['注：全市数据为市区及各县（市）国控、省控站点监测数据的平均结果，非各地区数据之和。', '注：优良天数比例=优良天数÷当年日历天数×100%。', '注：合计行为各站点平均值。'])] : [];
  return { topics: ['air'], title: R.pick([`各地区环境空气质量（${y}年）`, `${y}年县（市、区）空气质量状况`]), unit: null, stub: R.pick(['地区', '县（市、区）', '监测点位']), cols, rows, notes, pctOK: true };
};

T.sewageCounty = (R, ctx) => {
  const lvl = ctx.level === 'county' ? 'city' : ctx.level; const { rows } = regionRows(R, lvl, R.ch(0.4));
  const lv = lvl === 'prov' ? 1 : 0.15;
  const sdec = R.pick([0, 1, 2]);
  const full = R.ch(0.5);
  const two = R.ch(0.6);
  const cols = [
    { key: 'se', h: two ? ['城市污水', '排放量（万立方米）'] : ['污水排放量（万立方米）'], type: 'base', mag: R.u(20000, 80000) * lv, dec: sdec },
    { key: 'st', h: two ? ['城市污水', '处理量（万立方米）'] : ['污水处理量（万立方米）'], type: 'qzc', parent: 'se', frac: [0.9, 0.995], dec: sdec },
    { key: 'sr', h: two ? ['城市污水', '处理率（%）'] : ['污水处理率（%）'], type: 'ratio', num: 'st', den: 'se', scale: 100, dec: R.pick([1, 2]), fromRaw: R.ch(0.3) },
    { key: 'gc', h: two ? ['生活垃圾', '清运量（万吨）'] : ['生活垃圾清运量（万吨）'], type: 'base', mag: R.u(60, 300) * lv, dec: 2 },
    { key: 'gh', h: two ? ['生活垃圾', '无害化处理量（万吨）'] : ['生活垃圾无害化处理量（万吨）'], type: 'qzc', parent: 'gc', frac: full ? [1, 1] : [0.96, 1], dec: 2 },
    { key: 'gr', h: two ? ['生活垃圾', '无害化处理率（%）'] : ['生活垃圾无害化处理率（%）'], type: 'ratio', num: 'gh', den: 'gc', scale: 100, dec: R.pick([1, 2]) },
  ];
  return { topics: ['sewage'], title: R.pick([`各地区城市污水和生活垃圾处理情况（${ctx.year}年）`, '城市环境基础设施运行情况']), unit: null, stub: R.pick(['地区', '城市']), cols, rows, notes: R.ch(0.4) ? ['注：城市污水处理率=污水处理量÷污水排放量×100%。'] : [], pctOK: true };
};

T.outputCounty = (R, ctx) => {
  const lvl = ctx.level; const { rows } = regionRows(R, lvl, R.ch(0.4));
  const lv = lvl === 'prov' ? 1 : lvl === 'city' ? 0.15 : 0.02;
  const dec = R.pick([0, 0, 1]);
  const cols = [
    { key: 'tot', h: R.ch(0.5) ? ['林业总产值（万元）', '合计'] : ['林业总产值（万元）'], type: 'sum', parts: ['p1', 'p2', 'p3'], dec },
    { key: 'p1', h: ['第一产业（万元）'], type: 'base', mag: R.u(100000, 400000) * lv, dec },
    { key: 'p2', h: ['第二产业（万元）'], type: 'base', mag: R.u(50000, 600000) * lv, dec, zeroProb: 0.05 },
    { key: 'p3', h: ['第三产业（万元）'], type: 'base', mag: R.u(30000, 200000) * lv, dec },
  ];
  if (cols[0].h.length === 2) { cols[1].h = ['林业总产值（万元）', '第一产业']; cols[2].h = ['林业总产值（万元）', '第二产业']; cols[3].h = ['林业总产值（万元）', '第三产业']; }
  const cdec = R.pick([1, 2]);
  if (R.ch(0.6)) ['p1', 'p2', 'p3'].forEach((p, j) => cols.push({ key: 's' + j, h: ['三次产业构成（%）', ['第一产业', '第二产业', '第三产业'][j]], type: 'ratio', num: p, den: 'tot', scale: 100, dec: cdec }));
  if (R.ch(0.5)) { cols.push({ key: 'prev', h: [`上年林业总产值（万元）`], type: 'base', deps: ['p1', 'p2', 'p3'], gen: (rw, R2) => rw.p1 * R2.u(0.85, 1.05) + rw.p2 * R2.u(0.8, 1.1) + rw.p3 * R2.u(0.8, 1.1), dec }); cols.push({ key: 'g', h: ['总产值比上年增长（%）'], type: 'growth', cur: 'tot', prev: 'prev', dec: 1 }); }
  return { topics: ['output'], title: R.pick([`各地区林业产值（${ctx.year}年）`, `${ctx.year}年分县（市、区）林业总产值`]), unit: null, stub: R.pick(['地区', '县（市、区）']), cols, rows, notes: R.ch(0.4) ? ['注：按当年价格计算。'] : [], pctOK: true };
};

T.keyIndicators = (R, ctx) => {
  const ys = [ctx.year - 1, ctx.year];
  const lv = LV[ctx.level];
  const cols = ys.map((y) => ({ key: 'y' + y, h: [y + '年'], type: 'base' }));
  const rows = []; const V = (a, b) => ({ ['y' + ys[0]]: a, ['y' + ys[1]]: b });
  const gr = (x, lo, hi) => V(x, x * R.u(lo, hi));
  const units = [];
  // afforestation
  const a = ['rg', 'fs', 'th'].map(() => R.u(800, 5000) * lv);
  const ti = rows.length; rows.push({ label: '造林面积', unit: '公顷', type: 'total', parts: [], dec: 0 });
  const qz = R.ch(0.5);
  ['人工造林', '封山（沙）育林', '退化林修复'].forEach((lb, j) => { rows.push({ label: (qz && j === 0 ? '其中：' : (qz ? IND + IND + IND : IND)) + lb, unit: '公顷', type: 'data', values: gr(a[j], 0.75, 1.3), dec: 0 }); rows[ti].parts.push(rows.length - 1); });
  const land = R.u(150, 400) * lv; const fo = land * R.u(0.3, 0.6);
  const li = rows.length; rows.push({ label: '国土面积', unit: '万公顷', type: 'data', values: V(land, land), dec: 2 });
  const fi = rows.length; rows.push({ label: '森林面积', unit: '万公顷', type: 'data', values: gr(fo, 1.002, 1.01), dec: 2 });
  rows.push({ label: '森林覆盖率', unit: '%', type: 'ratio', num: fi, den: li, scale: 100, dec: 2 });
  const st = fo * R.u(40, 100) / 100;
  const si = rows.length; rows.push({ label: '活立木蓄积量', unit: '万立方米', type: 'data', values: gr(st, 1.01, 1.04), dec: 1 });
  rows.push({ label: R.pick(['其中：森林蓄积量', IND + '其中：森林蓄积量']), unit: '万立方米', type: 'qz', parent: si, frac: [0.86, 0.96], dec: 1 });
  if (R.ch(0.7)) rows.push({ label: '林业总产值', unit: '亿元', type: 'data', values: gr(R.u(50, 300) * lv, 0.95, 1.12), dec: 2 });
  if (R.ch(0.6)) { const e = R.u(100, 300) * lv; const ei = rows.length; rows.push({ label: '有效灌溉面积', unit: '千公顷', type: 'data', values: gr(e, 1.0, 1.02), dec: 2 }); rows.push({ label: '其中：节水灌溉面积', unit: '千公顷', type: 'qz', parent: ei, frac: [0.4, 0.7], dec: 2 }); }
  if (R.ch(0.5)) rows.push({ label: '自然保护区个数', unit: '个', type: 'data', values: (() => { const c = R.i(5, 40); return V(c, c + R.i(0, 2)); })(), dec: 0, count: true });
  void units;
  cols.push({ key: 'g', h: [R.pick(['比上年增长（%）', `${ys[1]}年比上年增长（%）`])], type: 'growth', cur: 'y' + ys[1], prev: 'y' + ys[0], dec: R.pick([1, 2]) });
  const rateGrowth = R.pick(['dash', 'diff']);
  const notes = rateGrowth === 'diff' ? ['注：森林覆盖率的增长栏为比上年增减百分点。'] : [];
  return { topics: ['afforest', 'forest', 'output', 'irrigation', 'reserve'], title: R.pick(['林业和生态建设主要指标', `${ctx.place}林业主要指标`]), unit: null, stub: '指标', textCols: [{ h: R.pick(['计量单位', '单位']), key: 'unit' }], cols, rows, notes, rateGrowth, spread: 0 };
};

T.afforestTwoGroups = (R, ctx) => {
  const n = R.i(1, 4); const ys = yearsList(ctx.year, n);
  const lv = LV[ctx.level];
  const dec = R.pick([0, 0, 1]);
  const cols = ys.map((y) => ({ key: 'y' + y, h: [y + '年'], type: 'base' }));
  const M = ['人工造林', '飞播造林', '封山（沙）育林', '退化林修复'];
  const F = R.ch(0.5) ? ['防护林', '用材林', '经济林', '特种用途林', '能源林'] : ['防护林', '用材林', '经济林', '其他'];
  const mBase = M.map((_, j) => (j === 1 && R.ch(0.4) ? 0 : R.u(500, 5000) * lv));
  const fW = F.map((_, j) => (j === F.length - 1 ? R.u(0.01, 0.06) : R.u(0.1, 1)));
  const vals = { m: M.map(() => ({})), f: F.map(() => ({})) };
  ys.forEach((y) => {
    const k = 'y' + y; let tot = 0;
    M.forEach((_, j) => { const v = mBase[j] * R.u(0.8, 1.25); vals.m[j][k] = v; tot += v; });
    const w = fW.map((x) => x * R.u(0.85, 1.15)); const sw = w.reduce((a, b) => a + b, 0);
    let acc = 0; F.forEach((_, j) => { if (j < F.length - 1) { vals.f[j][k] = tot * w[j] / sw; acc += vals.f[j][k]; } else vals.f[j][k] = tot - acc; });
  });
  const rows = [{ label: R.pick(['造林总面积', '合计', '本年造林面积']), type: 'total', parts: [], dec }];
  const grpLabels = R.ch(0.8);
  if (grpLabels) rows.push({ type: 'group', label: R.pick(['按造林方式分', '按造林方式分：']) });
  M.forEach((lb, j) => { rows.push({ label: lb, type: 'data', values: vals.m[j], dec, indent: 1 }); rows[0].parts.push(rows.length - 1); });
  if (grpLabels) rows.push({ type: 'group', label: R.pick(['按林种分', '按林种用途分']) });
  const g2 = []; F.forEach((lb, j) => { rows.push({ label: lb, type: 'data', values: vals.f[j], dec, indent: 1 }); g2.push(rows.length - 1); });
  rows[0].partsSets = [g2];
  if (n >= 2 && R.ch(0.5)) cols.push({ key: 'g', h: ['比上年增长（%）'], type: 'growth', cur: 'y' + ys[n - 1], prev: 'y' + ys[n - 2], dec: 1 });
  maybeReverseYears(R, cols);
  return { topics: ['afforest'], title: R.pick(['造林面积（按造林方式和林种分）', `${ctx.place}造林情况`]), unit: `单位：${dec === 0 ? '公顷' : '公顷'}`, stub: R.pick(['指标', '项目']), cols, rows, notes: R.ch(0.3) ? ['注：按林种分的合计与按造林方式分的合计相等。'] : [], spread: 0 };
};

T.soilYears = (R, ctx) => {
  const n = R.i(4, 7); const ys = yearsList(ctx.year, n);
  const lv = LV[ctx.level];
  const dec = R.pick([0, 2]);
  const rows = ys.map((y) => ({ label: `${y}年`, type: 'data', scale: 1 }));
  const H = '水土流失治理面积（平方公里）';
  const meas = R.ch(0.5) ? ['坡改梯', '水土保持林', '经济林', '种草', '封禁治理'] : ['坡改梯', '水保林', '种草', '封禁治理', '其他'];
  const ms = meas.map((m) => ({ key: 'm_' + m, h: [H, '当年新增', m], type: 'base', mag: R.u(20, 200) * lv, dec, zeroProb: m === '其他' ? 0.3 : 0.05 }));
  const cols = [
    { key: 'er', h: [R.pick(['水土流失面积（平方公里）', '年末水土流失面积（平方公里）'])], type: 'nonadd', gen: (() => { let a = R.u(3000, 9000) * lv; return () => { a *= R.u(0.96, 0.995); return a; }; })(), dec },
    { key: 'cum', h: [H, R.pick(['累计', '累计治理面积'])], type: 'cum', of: 'new', start: R.u(2000, 6000) * lv, dec },
    { key: 'new', h: [H, '当年新增', '合计'], type: 'sum', parts: ms.map((c) => c.key), dec },
    ...ms,
  ];
  if (R.ch(0.4)) { cols.splice(2, 1); cols.splice(1, 0, { key: 'new', h: [H, '当年新增', R.pick(['小计', '合计'])], type: 'sum', parts: ms.map((c) => c.key), dec }); const cu = cols.findIndex((c) => c.key === 'cum'); const [c] = cols.splice(cu, 1); cols.push(c); }
  return { topics: ['soil'], title: R.pick(['水土保持情况', `${ctx.place}水土流失治理情况`]), unit: null, stub: R.pick(['年份', '年 份']), cols, rows, notes: R.ch(0.5) ? ['注：累计治理面积为截至当年年末的保存面积。'] : [], pctOK: false };
};

T.regionTransposed = (R, ctx) => {
  const lvl = ctx.level === 'county' ? 'city' : ctx.level;
  const names = lvl === 'prov' ? R.sample(CITIES, R.i(4, 8)) : R.sample([...DISTRICTS.slice(0, 3), ...COUNTIES], R.i(4, 8));
  const f = lvl === 'prov' ? 6 : 1;
  const totC = { key: 'tot', h: [lvl === 'prov' ? R.pick(['全省', '全省合计']) : R.pick(['全市', '全市合计'])], type: 'sum', parts: names.map((_, j) => 'r' + j) };
  const cols = names.map((n, j) => ({ key: 'r' + j, h: [n], type: 'base', scale: R.u(0.3, 1.6) }));
  if (R.ch(0.25)) { totC.h = ['合计']; cols.push(totC); } else cols.unshift(totC);
  const rows = []; const topics = [];
  const withUnitCol = R.ch(0.5);
  const L = (lb, u) => (withUnitCol ? lb : `${lb}（${u}）`);
  if (R.ch(0.7)) {
    topics.push('afforest');
    const t = rows.length; rows.push({ label: L('造林面积', '公顷'), unit: '公顷', type: 'total', parts: [], dec: 0 });
    ['人工造林', '封山（沙）育林', '退化林修复'].forEach((lb, j) => { rows.push({ label: IND + lb, unit: '公顷', type: 'data', mag: [600, 900, 400][j] * f * R.u(0.6, 1.4), dec: 0, zeroProb: 0.1 }); rows[t].parts.push(rows.length - 1); });
  }
  if (R.ch(0.7)) {
    topics.push('irrigation');
    const d = R.pick([0, 2]); const m = d === 0 ? 1 : 0.001;
    const e = rows.length; rows.push({ label: L('有效灌溉面积', d ? '千公顷' : '公顷'), unit: d ? '千公顷' : '公顷', type: 'data', mag: 30000 * f * m * R.u(0.7, 1.3), dec: d });
    rows.push({ label: L(R.pick(['其中：节水灌溉面积', '　其中：节水灌溉']), d ? '千公顷' : '公顷'), unit: d ? '千公顷' : '公顷', type: 'qz', parent: e, frac: [0.3, 0.75], dec: d });
    if (R.ch(0.7)) rows.push({ label: withUnitCol ? '节水灌溉率' : '节水灌溉率（%）', unit: '%', type: 'ratio', num: e + 1, den: e, scale: 100, dec: R.pick([1, 2]) });
  }
  if (R.ch(0.5)) {
    topics.push('reservoir');
    const t = rows.length; rows.push({ label: L('水库', '座'), unit: '座', type: 'total', parts: [], dec: 0 });
    ['大型', '中型', '小型'].forEach((lb, j) => { rows.push({ label: IND + lb, unit: '座', type: 'data', count: true, mag: [0.4, 2, 25][j] * f, zeroProb: [0.7, 0.2, 0][j], dec: 0 }); rows[t].parts.push(rows.length - 1); });
  }
  if (R.ch(0.6) || !rows.length) {
    topics.push('sewage');
    const e = rows.length; rows.push({ label: L('城市污水排放量', '万立方米'), unit: '万立方米', type: 'data', mag: 3000 * f * R.u(0.7, 1.3), dec: R.pick([0, 1]) });
    rows.push({ label: L('城市污水处理量', '万立方米'), unit: '万立方米', type: 'qz', parent: e, frac: [0.9, 0.995], dec: rows[e].dec });
    rows.push({ label: withUnitCol ? '城市污水处理率' : '城市污水处理率（%）', unit: '%', type: 'ratio', num: e + 1, den: e, scale: 100, dec: R.pick([1, 2]) });
  }
  return { topics, title: R.pick([`${ctx.year}年各地区主要生态指标`, `${ctx.place}分地区林业和水利主要指标（${ctx.year}年）`]), unit: null, stub: R.pick(['指标', '项目']), textCols: withUnitCol ? [{ h: R.pick(['计量单位', '单位']), key: 'unit' }] : [], cols, rows, notes: [], spread: 0.25 };
};

function maybeReverseYears(R, cols) {
  if (!R.ch(0.2)) return;
  const ys = cols.filter((c) => c.type === 'base'); const rest = cols.filter((c) => c.type !== 'base');
  cols.splice(0, cols.length, ...ys.reverse(), ...rest);
}

const TEMPLATES = Object.keys(T);

// ---------- engine ----------
const DERIVED = ['ratio', 'share', 'growth', 'diff', 'growthrow', 'rank'];
const ADD = ['base', 'sum', 'qzc', 'cum'];
function computeSheet(spec, R, opt) {
  const rows = spec.rows, cols = spec.cols; const K = {}; cols.forEach((c) => { K[c.key] = c; });
  const raw = rows.map(() => ({})), pub = rows.map(() => ({})), kind = rows.map(() => ({})), formula = rows.map(() => ({}));
  const decOf = (r, k) => { const c = K[k], row = rows[r]; if (row.type === 'grow') return row.dec; if (c.type === 'diff') return c.dec ?? Math.max(decOf(r, c.cur), decOf(r, c.prev)); if (DERIVED.includes(c.type)) return c.dec; if (row.type === 'ratio') return row.dec; return row.dec ?? c.dec ?? 0; };
  const cnt = (r, k) => !!(rows[r].count || K[k].count);
  const sp0 = spec.spread ?? 0.25;
  const gen1 = (r, c) => {
    const row = rows[r];
    if (row.values && c.key in row.values) return row.values[c.key];
    if ((row.zero && row.zero.includes(c.key)) || (c.zeroProb && R.ch(c.zeroProb))) return 0;
    if (c.gen) return c.gen(raw[r], R, row, r);
    const sp = c.spread ?? sp0;
    return (row.mag ?? 1) * (c.mag ?? 1) * (row.scale ?? 1) * (c.scale ?? 1) * R.u(1 - sp, 1 + sp);
  };
  let prevData = null;
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].type !== 'data') continue;
    const ensure = (k) => {
      if (k in raw[r]) return; const c = K[k];
      if (c.type === 'base' || c.type === 'nonadd') { (c.deps || []).forEach(ensure); let v = gen1(r, c); if (cnt(r, c.key)) v = Math.round(v); raw[r][c.key] = Math.max(0, v); }
      else if (c.type === 'sum') { c.parts.forEach(ensure); raw[r][c.key] = c.parts.reduce((s, p) => s + raw[r][p], 0); }
      else if (c.type === 'qzc') { ensure(c.parent); let v = rows[r].values && c.key in rows[r].values ? rows[r].values[c.key] : raw[r][c.parent] * R.u(c.frac[0], c.frac[1]); if (cnt(r, c.key)) v = Math.floor(v); raw[r][c.key] = v; }
      else if (c.type === 'cum') { ensure(c.of); raw[r][c.key] = (prevData == null ? c.start : raw[prevData][c.key]) + raw[r][c.of]; }
    };
    for (const c of cols) if (ADD.includes(c.type) || c.type === 'nonadd') ensure(c.key);
    rows[r]._prevData = prevData; prevData = r;
  }
  const done = new Set();
  const tot = (r) => {
    if (done.has(r)) return; const row = rows[r];
    for (const p of row.parts) if (rows[p].type === 'total') tot(p);
    for (const c of cols) {
      if (ADD.includes(c.type)) raw[r][c.key] = row.parts.reduce((s, p) => s + raw[p][c.key], 0);
      else if (c.type === 'nonadd') { let v = row.values && c.key in row.values ? row.values[c.key] : row.parts.reduce((s, p) => s + raw[p][c.key] * (rows[p].scale || 1), 0) / row.parts.reduce((s, p) => s + (rows[p].scale || 1), 0); if (cnt(r, c.key)) v = Math.round(v); raw[r][c.key] = v; }
    }
    done.add(r);
  };
  rows.forEach((row, r) => { if (row.type === 'total') tot(r); });
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]; if (row.type !== 'qz') continue; const P = row.parent;
    for (const c of cols) if (c.type === 'base') {
      let v = row.values && c.key in row.values ? row.values[c.key] : raw[P][c.key] * R.u(row.frac[0], row.frac[1]);
      if (cnt(r, c.key)) v = Math.floor(v); raw[r][c.key] = Math.min(v, raw[P][c.key]);
    } else if (c.type === 'nonadd') { raw[r][c.key] = gen1(r, c); }
    for (const c of cols) if (c.type === 'sum') raw[r][c.key] = c.parts.reduce((s, p) => s + raw[r][p], 0);
    for (const c of cols) if (c.type === 'qzc') { const base = raw[P][c.parent] ? raw[r][c.parent] / raw[P][c.parent] : 0; let v = raw[P][c.key] * base * R.u(0.8, 1); if (cnt(r, c.key)) v = Math.floor(v); raw[r][c.key] = v; }
  }
  // publish
  const valueRow = (row) => ['data', 'total', 'qz'].includes(row.type);
  rows.forEach((row, r) => {
    if (!valueRow(row)) return;
    for (const c of cols) if (ADD.includes(c.type) || c.type === 'nonadd') {
      const v = raw[r][c.key]; const d = decOf(r, c.key); const p = rnd(v, d);
      pub[r][c.key] = p;
      if (v === 0) kind[r][c.key] = 'zero'; else if (p === 0) kind[r][c.key] = 'tiny'; else kind[r][c.key] = 'num';
    }
  });
  // formula mode (clean books only): sum columns with contiguous parts
  if (opt.formula && !cols.some((c) => c.type === 'cum')) {
    const order = cols.map((c) => c.key);
    for (const c of cols) if (c.type === 'sum') {
      const idx = c.parts.map((p) => order.indexOf(p)); const contiguous = idx.every((x, j) => j === 0 || x === idx[j - 1] + 1);
      if (!contiguous) continue;
      rows.forEach((row, r) => { if (row.type !== 'data') return; pub[r][c.key] = rnd(c.parts.reduce((s, p) => s + pub[r][p], 0), decOf(r, c.key)); formula[r][c.key] = { from: c.parts[0], to: c.parts[c.parts.length - 1] }; kind[r][c.key] = pub[r][c.key] === 0 ? 'zero' : 'num'; });
    }
  }
  const rels = []; const ref = (r, k) => [r, k];
  const numOK = (r, k) => pub[r][k] != null;
  // ratio rows
  const valCols = cols.filter((c) => c.type === 'base' || c.type === 'sum');
  rows.forEach((row, r) => {
    if (row.type !== 'ratio') return;
    for (const c of valCols) {
      const n = pub[row.num][c.key]; const d = row.denConst ? row.denConst[c.key] : pub[row.den][c.key];
      if (n == null || !d) { kind[r][c.key] = 'na'; continue; }
      pub[r][c.key] = rnd(n / d * row.scale, row.dec); kind[r][c.key] = 'num';
      rels.push({ type: 'ratio', t: ref(r, c.key), n: ref(row.num, c.key), ...(row.denConst ? { dConst: d } : { d: ref(row.den, c.key) }), scale: row.scale });
    }
  });
  const isRate = (row) => row.type === 'ratio' || row.rate;
  // derived cols
  for (const c of cols) {
    if (!DERIVED.includes(c.type)) continue;
    rows.forEach((row, r) => {
      if (!(valueRow(row) || row.type === 'ratio')) return;
      const set = (v, rel) => { pub[r][c.key] = rnd(v, decOf(r, c.key)); kind[r][c.key] = 'num'; if (rel) rels.push(rel); };
      if (c.type === 'ratio') {
        if (row.type === 'ratio') return;
        const src = c.fromRaw ? raw : pub;
        const n = src[r][c.num]; const d = c.denConst != null ? c.denConst : src[r][c.den];
        if (n == null || !d) { kind[r][c.key] = 'na'; return; }
        set(n / d * c.scale, { type: 'ratio', t: ref(r, c.key), n: ref(r, c.num), ...(c.denConst != null ? { dConst: c.denConst } : { d: ref(r, c.den) }), scale: c.scale });
      } else if (c.type === 'share') {
        if (row.shareRef == null) return; const d = pub[row.shareRef][c.of];
        if (!d) { kind[r][c.key] = 'na'; return; }
        set(pub[r][c.of] / d * 100, { type: 'ratio', t: ref(r, c.key), n: ref(r, c.of), d: ref(row.shareRef, c.of), scale: 100 });
      } else if (c.type === 'growth' || c.type === 'diff') {
        const cu = pub[r][c.cur], pv = pub[r][c.prev];
        if (cu == null || pv == null) { kind[r][c.key] = 'na'; return; }
        if (c.type === 'growth' && isRate(row)) {
          if ((spec.rateGrowth || 'dash') === 'diff') { pub[r][c.key] = rnd(cu - pv, c.dec); kind[r][c.key] = 'num'; rels.push({ type: 'diff', t: ref(r, c.key), cur: ref(r, c.cur), prev: ref(r, c.prev) }); }
          else kind[r][c.key] = 'na';
          return;
        }
        if (c.type === 'growth') { if (!pv) { kind[r][c.key] = 'na'; return; } set(c.neg ? (pv - cu) / pv * 100 : (cu / pv - 1) * 100, { type: 'growth', t: ref(r, c.key), cur: ref(r, c.cur), prev: ref(r, c.prev), ...(c.neg ? { neg: true } : {}) }); }
        else set(c.neg ? pv - cu : cu - pv, { type: 'diff', t: ref(r, c.key), cur: ref(r, c.cur), prev: ref(r, c.prev) });
      } else if (c.type === 'growthrow') {
        if (row.type !== 'data') return;
        const p = row._prevData; if (p == null) { kind[r][c.key] = 'na'; return; }
        const cu = pub[r][c.of], pv = pub[p][c.of]; if (!pv) { kind[r][c.key] = 'na'; return; }
        set((cu / pv - 1) * 100, { type: 'growth', t: ref(r, c.key), cur: ref(r, c.of), prev: ref(p, c.of) });
      }
    });
  }
  // rank columns
  for (const c of cols) if (c.type === 'rank') {
    const ds = rows.map((row, r) => r).filter((r) => rows[r].type === 'data');
    ds.forEach((r) => { pub[r][c.key] = 1 + ds.filter((q) => pub[q][c.of] > pub[r][c.of]).length; kind[r][c.key] = 'num'; });
  }
  // growth rows (years-as-rows tables): last year vs previous year
  rows.forEach((row, r) => {
    if (row.type !== 'grow') return;
    for (const c of cols) {
      const cu = pub[row.cur][c.key], pv = pub[row.prev][c.key];
      if (cu == null || pv == null || c.type === 'growthrow' || c.type === 'rank') { kind[r][c.key] = 'na'; continue; }
      if (c.type === 'ratio' || c.type === 'share' || c.type === 'growth' || c.type === 'diff') {
        if (c.type === 'ratio' && (spec.rateGrowth || 'dash') === 'diff') { pub[r][c.key] = rnd(cu - pv, row.dec); kind[r][c.key] = 'num'; rels.push({ type: 'diff', t: ref(r, c.key), cur: ref(row.cur, c.key), prev: ref(row.prev, c.key) }); }
        else kind[r][c.key] = 'na';
        continue;
      }
      if (!pv) { kind[r][c.key] = 'na'; continue; }
      pub[r][c.key] = rnd((cu / pv - 1) * 100, row.dec); kind[r][c.key] = 'num';
      rels.push({ type: 'growth', t: ref(r, c.key), cur: ref(row.cur, c.key), prev: ref(row.prev, c.key) });
    }
  });
  // structural relations
  rows.forEach((row, r) => {
    if (!valueRow(row)) return;
    for (const c of cols) {
      if (c.type === 'sum') rels.push({ type: 'sum', t: ref(r, c.key), parts: c.parts.map((p) => ref(r, p)) });
      if (c.type === 'qzc' && !c.noLe) rels.push({ type: 'le', whole: ref(r, c.parent), parts: [ref(r, c.key)] });
      if (c.type === 'cum' && row.type === 'data' && row._prevData != null) rels.push({ type: 'sum', t: ref(r, c.key), parts: [ref(row._prevData, c.key), ref(r, c.of)] });
    }
    if (row.type === 'total') {
      const sets = [row.parts, ...(row.partsSets || [])];
      for (const ps of sets) for (const c of cols) {
        if (ADD.includes(c.type)) rels.push({ type: 'sum', t: ref(r, c.key), parts: ps.map((p) => ref(p, c.key)) });
        if (c.type === 'ratio' && c.denConst != null && ADD.includes(K[c.num].type) && pub[r][c.key] != null) {
          const sumRound = ps.length * 0.5 * Math.pow(10, -decOf(r, c.num)) + 0.5 * Math.pow(10, -decOf(r, c.num));
          rels.push({ type: 'sum', t: ref(r, c.key), parts: ps.map((p) => ref(p, c.key)), extraTol: sumRound / c.denConst * c.scale });
        }
        if (c.type === 'share' && row.shareRef === r) {
          const d = pub[r][c.of]; const sumRound = (ps.length + 1) * 0.5 * Math.pow(10, -decOf(r, c.of));
          if (d) rels.push({ type: 'sum', t: ref(r, c.key), parts: ps.filter((p) => rows[p].shareRef === r).map((p) => ref(p, c.key)), extraTol: sumRound / d * 100 });
        }
      }
    }
  });
  // 其中 rows
  const qzBy = {};
  rows.forEach((row, r) => { if (row.type === 'qz') (qzBy[row.parent] = qzBy[row.parent] || []).push(r); });
  for (const P in qzBy) {
    const qs = qzBy[P];
    for (const c of cols) if (ADD.includes(c.type)) { for (const q of qs) rels.push({ type: 'le', whole: ref(+P, c.key), parts: [ref(q, c.key)] }); if (qs.length > 1) rels.push({ type: 'le', whole: ref(+P, c.key), parts: qs.map((q) => ref(q, c.key)) }); }
    // layout B: base columns are years -> also covered above (base in ADD)
  }
  if (spec.customRels) rels.push(...spec.customRels(ref));
  return { raw, pub, kind, formula, rels, decOf };
}

// ---------- layout ----------
const colL = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A1 = (r, c) => colL(c) + (r + 1);
// blk: {start, keys, rowIdx, title, cont}
function layoutBlock(spec, comp, R, opt, blk, cells, merges, decs, pct) {
  const rowsAll = spec.rows; const { pub, kind, formula, decOf } = comp;
  const cols = spec.cols.filter((c) => blk.keys.includes(c.key)).map((c) => ({ ...c }));
  const set = (r, c, v, fmt) => cells.set(r + ',' + c, { r, c, v, fmt });
  const tcols = spec.textCols || [];
  const off = opt.lead ? 1 : 0; const eng = opt.english ? 1 : 0;
  const two = opt.twoStub ? 1 : 0;
  const nC = off + 1 + two + tcols.length + cols.length + eng;
  const colIdx = {}; cols.forEach((c, i) => { colIdx[c.key] = off + 1 + two + tcols.length + i; });
  const engC = nC - 1;
  let unitsRow = null;
  if (opt.unitsRow && !spec.unit) {
    const us = cols.map((c) => { const m = /（([^（）]+)）$/.exec(c.h[c.h.length - 1]); return m ? m[1] : null; });
    if (us.filter(Boolean).length >= 2) { unitsRow = us; cols.forEach((c, i) => { if (us[i]) { c.h = c.h.slice(); c.h[c.h.length - 1] = c.h[c.h.length - 1].replace(/（[^（）]+）$/, ''); } }); }
  }
  let rp = blk.start;
  const title = blk.title;
  if (title) { set(rp, 0, title); if (opt.mergeTitle) merges.push([rp, 0, rp, nC - 1]); rp++; }
  if (spec.unit && (!blk.cont || R.ch(0.5))) { if (opt.unitRight) set(rp, nC - 1, spec.unit); else set(rp, 0, spec.unit); rp++; }
  else if (!spec.unit && opt.yearLine && !blk.cont) { set(rp, nC - 1, `${opt.year}年`); rp++; }
  const L = Math.max(1, ...cols.map((c) => c.h.length));
  const h0 = rp; const HL = L + (unitsRow ? 1 : 0);
  const vmerge = (c) => { if (HL > 1) merges.push([h0, c, h0 + HL - 1, c]); };
  if (off) { set(h0, 0, opt.lead === 'serial' ? '序号' : '行政区划代码'); vmerge(0); }
  set(h0, off, spec.stub);
  if (two) merges.push([h0, off, h0 + HL - 1, off + 1]); else vmerge(off);
  tcols.forEach((t, j) => { set(h0, off + 1 + two + j, t.h); vmerge(off + 1 + two + j); });
  if (eng) { set(h0, engC, 'Item'); vmerge(engC); }
  for (let lvl = 0; lvl < L; lvl++) {
    let i = 0;
    while (i < cols.length) {
      const c = cols[i];
      if (c.h.length <= lvl) { i++; continue; }
      const leaf = lvl === c.h.length - 1;
      if (leaf) { set(h0 + lvl, colIdx[c.key], c.h[lvl]); if (c.h.length < L) merges.push([h0 + lvl, colIdx[c.key], h0 + L - 1, colIdx[c.key]]); i++; continue; }
      let j = i; const pre = JSON.stringify(c.h.slice(0, lvl + 1));
      while (j + 1 < cols.length && cols[j + 1].h.length > lvl + 1 && JSON.stringify(cols[j + 1].h.slice(0, lvl + 1)) === pre) j++;
      set(h0 + lvl, colIdx[c.key], c.h[lvl]); if (j > i) merges.push([h0 + lvl, colIdx[c.key], h0 + lvl, colIdx[cols[j].key]]);
      i = j + 1;
    }
  }
  rp = h0 + L;
  if (unitsRow) { cols.forEach((c, i) => { if (unitsRow[i]) set(rp, colIdx[c.key], unitsRow[i]); }); rp++; }
  if (opt.colNums) { set(rp, off, '甲'); tcols.forEach((t, j) => set(rp, off + 1 + two + j, '乙')); cols.forEach((c, i) => set(rp, colIdx[c.key], opt.colNums === 'num' ? i + 1 : String(i + 1))); rp++; }
  if (opt.blankAfterHeader) rp++;
  const zeroStyle = spec.zeroPref !== undefined ? spec.zeroPref : opt.zeroStyle;
  const indentUnit = opt.indentUnit;
  const pos = {}; let serial = blk.serialStart || 0;
  let grpStart = null, grpLabel = null;
  const closeGroup = (endRow) => { if (grpStart != null && endRow >= grpStart) { set(grpStart, off, grpLabel); if (endRow > grpStart) merges.push([grpStart, off, endRow, off]); } grpStart = null; };
  for (const r of blk.rowIdx) {
    const row = rowsAll[r];
    if (two && row.type === 'group') { closeGroup(rp - 1); grpStart = rp; grpLabel = row.label; continue; }
    const gr = rp++; pos[r] = gr;
    if (row.type === 'blank') { closeGroup(gr - 1); continue; }
    let label = row.label;
    if (two) {
      if (grpStart != null && (row.type === 'total')) closeGroup(gr - 1);
      label = String(label).replace(/^[　 ]+/, '');
      if (grpStart != null) set(gr, off + 1, label); else { set(gr, off, label); merges.push([gr, off, gr, off + 1]); }
    } else {
      if (row.indent && !/^[　 ]/.test(String(label))) label = indentUnit.repeat(row.indent) + label;
      if (opt.footMark && r === rowsAll.length - 1 && row.type === 'data') label += '①';
      set(gr, off, label);
    }
    if (opt.lead === 'serial' && (row.type === 'data' || (row.type === 'total' && row.indent))) set(gr, 0, ++serial);
    if (opt.lead === 'code' && row.code) set(gr, 0, row.code);
    if (eng) { const key = String(row.label).replace(/^[　 ]+/, '').replace(/^其中：/, '').replace(/^#/, ''); if (ENG[key]) set(gr, engC, (/其中/.test(row.label) ? 'Of which: ' : '') + ENG[key]); }
    tcols.forEach((t, j) => set(gr, off + 1 + two + j, row[t.key] || ''));
    if (row.type === 'group') { if (opt.mergeGroup) merges.push([gr, off, gr, nC - 1 - eng]); continue; }
    for (const c of cols) {
      const ci = colIdx[c.key]; const k = kind[r][c.key]; const addr = A1(gr, ci);
      if (k == null) continue;
      const d = decOf(r, c.key);
      decs[addr] = d ?? 0;
      if (k === 'na') { set(gr, ci, opt.naStyle); continue; }
      if (k === 'zero') { set(gr, ci, zeroStyle === '' ? null : zeroStyle, d ? '0.' + '0'.repeat(d) : '0'); continue; }
      if (k === 'tiny') { set(gr, ci, opt.tinyStyle === '…' ? '…' : 0, d ? '0.' + '0'.repeat(d) : '0'); continue; }
      const v = pub[r][c.key];
      const isPct = opt.pctFmt && spec.pctOK && c.type === 'ratio' && c.scale === 100;
      if (isPct) { set(gr, ci, rnd(v / 100, d + 2), '0.' + '0'.repeat(d) + '%'); pct[addr] = 1; continue; }
      const fmt = d ? (opt.thousands ? '#,##0.' : '0.') + '0'.repeat(d) : (opt.thousands ? '#,##0' : '0');
      if (formula[r][c.key] && colIdx[formula[r][c.key].from] != null && colIdx[formula[r][c.key].to] != null) { set(gr, ci, { formula: `SUM(${A1(gr, colIdx[formula[r][c.key].from])}:${A1(gr, colIdx[formula[r][c.key].to])})`, result: v }, fmt); continue; }
      const asText = opt.textMode === 'all' || opt.textMode === 'comma' || (opt.textMode === 'some' && R.ch(0.1));
      const txt = opt.textMode === 'comma' ? v.toLocaleString('en-US', { minimumFractionDigits: d ?? 0, maximumFractionDigits: d ?? 0 }) : v.toFixed(d ?? 0);
      set(gr, ci, asText ? txt : v, fmt);
    }
  }
  closeGroup(rp - 1);
  if (blk.notes && spec.notes && spec.notes.length) { if (opt.blankBeforeNotes) rp++; for (const n of spec.notes) { set(rp, off && R.ch(0.5) ? off : 0, n); if (opt.mergeNotes) merges.push([rp, 0, rp, nC - 1]); rp++; } }
  const addr = (r, k) => (colIdx[k] != null && pos[r] != null ? A1(pos[r], colIdx[k]) : null);
  return { end: rp, nC, addr, serial };
}

// lays out one or two specs on a sheet, possibly split into 续表 blocks
function layoutSheet(items, R, opt) {
  const cells = new Map(); const merges = []; const decs = {}; const pct = {};
  let start = opt.leadBlank ? 1 : 0; let nC = 1; const rels = [];
  for (const { spec, comp } of items) {
    const allKeys = spec.cols.map((c) => c.key); const allRows = spec.rows.map((_, i) => i);
    let blocks = [{ keys: allKeys, rowIdx: allRows, title: spec.title, notes: true }];
    if (opt.split === 'cols' && allKeys.length >= 5) {
      const cands = []; for (let i = 2; i <= allKeys.length - 2; i++) { const a = spec.cols[i - 1], b = spec.cols[i]; if (a.h.length === 1 || b.h.length === 1 || a.h[0] !== b.h[0]) cands.push(i); }
      if (cands.length) { const i = R.pick(cands); blocks = [{ keys: allKeys.slice(0, i), rowIdx: allRows, title: spec.title, notes: false }, { keys: allKeys.slice(i), rowIdx: allRows, title: R.pick(['续表', `续表  ${spec.title || ''}`]), cont: true, notes: true }]; }
    } else if (opt.split === 'rows' && allRows.length >= 8) {
      const cands = []; for (let i = 3; i <= allRows.length - 3; i++) { const prev = spec.rows[i - 1], nx = spec.rows[i]; if (prev.type === 'data' && nx.type === 'data') cands.push(i); }
      if (cands.length) { const i = R.pick(cands); blocks = [{ keys: allKeys, rowIdx: allRows.slice(0, i), title: spec.title, notes: false }, { keys: allKeys, rowIdx: allRows.slice(i), title: R.pick(['续表', `续表  ${spec.title || ''}`]), cont: true, notes: true }]; }
    }
    const lays = []; let serial = 0;
    for (const b of blocks) { const l = layoutBlock(spec, comp, R, opt, { ...b, start, serialStart: opt.split === 'rows' ? serial : 0 }, cells, merges, decs, pct); serial = l.serial; lays.push(l); start = l.end + R.i(1, 2); nC = Math.max(nC, l.nC); }
    const addrOf = (rf) => { for (const l of lays) { const a = l.addr(rf[0], rf[1]); if (a) return a; } throw new Error('unplaced ref ' + rf); };
    for (const rl of comp.rels) {
      const o = { ...rl };
      for (const k of ['t', 'n', 'd', 'cur', 'prev', 'whole', 'a', 'b']) if (Array.isArray(rl[k])) o[k] = addrOf(rl[k]);
      if (rl.parts) o.parts = rl.parts.map(addrOf);
      if (rl.terms) o.terms = rl.terms.map(([k, x]) => [k, addrOf(x)]);
      rels.push(o);
    }
  }
  return { cells, merges, rels, decs, pct, nC };
}

// ---------- grid helpers ----------
function getter(sheet) {
  return (addr) => {
    const m = /^([A-Z]+)(\d+)$/.exec(addr); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; c -= 1; const r = +m[2] - 1;
    const cell = sheet.cells.get(r + ',' + c); const pv = parseVal(cell ? cell.v : null);
    let num = pv.num; if (sheet.pct[addr] && pv.kind === 'num') num = num * 100;
    return { num, kind: pv.kind, dec: sheet.decs[addr] ?? 0 };
  };
}
function cellAt(sheet, addr) { const m = /^([A-Z]+)(\d+)$/.exec(addr); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return sheet.cells.get((+m[2] - 1) + ',' + (c - 1)); }

// ---------- plants ----------
function choosePlant(R, sheets, usedRels) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const sh = R.pick(sheets); const get = getter(sh);
    const role = R.pick(['part', 'part', 'part', 'total', 'rate', 'rate', 'growth', 'qz', 'qz', 'digits']);
    let cands = [];
    for (const rl of sh.rels) {
      if (role === 'part' && (rl.type === 'sum' || rl.type === 'lin')) cands.push(...(rl.parts || rl.terms.map((x) => x[1])));
      if ((role === 'total') && rl.type === 'sum') cands.push(rl.t);
      if (role === 'digits' && (rl.type === 'sum')) cands.push(rl.t, ...rl.parts);
      if (role === 'rate' && rl.type === 'ratio') cands.push(rl.t);
      if (role === 'growth' && (rl.type === 'growth' || rl.type === 'diff')) cands.push(rl.t);
      if (role === 'qz' && rl.type === 'le' && rl.parts.length === 1) cands.push(rl.parts[0]);
    }
    cands = [...new Set(cands)];
    if (!cands.length) continue;
    const addr = R.pick(cands); const cell = cellAt(sh, addr);
    if (!cell || cell.v == null || typeof cell.v === 'object') continue;
    const pv = parseVal(cell.v); if (pv.kind !== 'num' || pv.num === 0) continue;
    const isPct = !!sh.pct[addr]; const d = sh.decs[addr] ?? 0; const v = isPct ? pv.num * 100 : pv.num;
    const involved = sh.rels.filter((rl) => relCells(rl).includes(addr));
    if (involved.some((rl) => usedRels.has(rl))) continue;
    let nv;
    if (role === 'part' || role === 'total') {
      if (Number.isInteger(v) && Math.abs(v) < 20 && d === 0) nv = v + R.pick([1, 2, 3, -1]);
      else nv = rnd(v * (1 + R.pick([-1, 1]) * R.u(0.06, 0.3)), d);
    } else if (role === 'digits') {
      const s = v.toFixed(d); const digs = s.split(''); const idx = [];
      for (let i = 0; i + 1 < digs.length; i++) if (/\d/.test(digs[i]) && /\d/.test(digs[i + 1]) && digs[i] !== digs[i + 1] && !(i === 0 && digs[i + 1] === '0')) idx.push(i);
      if (!idx.length) continue; const i = R.pick(idx); [digs[i], digs[i + 1]] = [digs[i + 1], digs[i]]; nv = Number(digs.join(''));
    } else if (role === 'rate') {
      const rl = involved.find((x) => x.type === 'ratio' && x.t === addr);
      if (rl && rl.scale === 100) { let delta = R.u(1.5, 6); if (v + delta > 100 || R.ch(0.5)) delta = -delta; nv = rnd(v + delta, d); if (nv < 0) continue; }
      else nv = rnd(v * (1 + R.pick([-1, 1]) * R.u(0.08, 0.25)), d);
    } else if (role === 'growth') {
      nv = Math.abs(v) > 2 && R.ch(0.3) ? -v : rnd(v + R.pick([-1, 1]) * R.u(2, 8), d);
    } else if (role === 'qz') {
      const rl = involved.find((x) => x.type === 'le' && x.parts.length === 1 && x.parts[0] === addr);
      const w = get(rl.whole); if (!(w.num > 0)) continue;
      nv = w.kind === 'num' ? (d === 0 && Number.isInteger(w.num) && w.num < 20 ? w.num + R.i(1, 3) : rnd(w.num * R.u(1.05, 1.35), d)) : null;
      if (nv == null) continue;
    }
    if (nv == null || !isFinite(nv) || nv < 0 || nv === v) continue;
    const stored = isPct ? rnd(nv / 100, d + 2) : nv;
    const old = cell.v;
    cell.v = typeof old === 'string' ? (old.includes(',') ? stored.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : stored.toFixed(isPct ? d + 2 : d)) : stored;
    // must break at least one relation clearly
    const res = involved.map((rl) => evalRel(rl, get));
    const broken = res.filter((x) => !x.skip && x.dev > 2 * x.tol && x.dev > 1.5 * Math.pow(10, -d));
    if (!broken.length) { cell.v = old; continue; }
    involved.forEach((rl) => usedRels.add(rl));
    return { sheet: sh.name, cell: addr, was: parseVal(old).num, now: parseVal(cell.v).num, role };
  }
  return null;
}

// ---------- book ----------
async function makeBook(R, file, clean, outDir) {
  const level = R.pick(['county', 'city', 'city', 'prov']);
  const ctx = { level, year: R.pick([2021, 2022, 2023, 2024]), place: R.pick(PLACES[level]) };
  const nS = R.pick([1, 1, 1, 2, 2, 3]);
  const used = new Set(); const specs = [];
  for (let tries = 0; specs.length < nS && tries < 40; tries++) {
    const tn = R.pick(TEMPLATES); const sp = T[tn](R, ctx);
    if (sp.topics.some((t) => used.has(t))) continue;
    sp.topics.forEach((t) => used.add(t)); sp.tname = tn; specs.push(sp);
  }
  if (specs.length >= 2 && R.ch(0.25)) { specs[0].stackWith = specs[1]; specs.splice(1, 1); }
  const nameStyle = R.pick(['表', 'num', 'sheet', 'topic']);
  const topicName = { afforestYears: '造林', afforestCounty: '分县造林', forestCounty: '森林资源', outputYears: '林业产值', reservoirCounty: '水库', irrigationYears: '灌溉', irrigationCounty: '分县灌溉', waterSupplyUse: '供用水', waterResources: '水资源', envCityYears: '环境', reserve: '自然保护区', airCounty: '空气质量', sewageCounty: '污水垃圾', outputCounty: '分县林业产值', keyIndicators: '主要指标', afforestTwoGroups: '造林分类', soilYears: '水土保持', regionTransposed: '分地区指标' };
  const sheets = [];
  const chap = R.i(7, 14);
  specs.forEach((sp, i) => {
    const name = nameStyle === '表' ? `表${i + 1}` : nameStyle === 'num' ? `${chap}-${i + 1}` : nameStyle === 'sheet' ? `Sheet${i + 1}` : topicName[sp.tname];
    if (R.ch(0.5) && sp.title) sp.title = (nameStyle === 'num' ? `${chap}-${i + 1}  ` : R.ch(0.5) ? `表${i + 1}  ` : '') + sp.title;
    const regionTable = sp.rows.some((r) => r.code != null);
    const layoutB = ['指标', '项目', '指 标'].includes(sp.stub) && sp.cols.some((c) => /^\d{4}年$/.test(c.h[0]));
    const opt = {
      lead: regionTable && R.ch(0.3) ? R.pick(['serial', 'code']) : null, english: layoutB && R.ch(0.25), unitsRow: R.ch(0.3), mergeGroup: R.ch(0.5),
      year: ctx.year, formula: clean && R.ch(0.08), zeroStyle: R.pick(['—', '—', '-', 0, '']), naStyle: R.pick(['—', '—', '', '…']),
      tinyStyle: R.pick(['…', 0]), indentUnit: R.pick(['　', '　　', '  ']), pctFmt: R.ch(0.15), textMode: R.pick(['none', 'none', 'none', 'none', 'none', 'all', 'some', 'comma']),
      thousands: R.ch(0.15), colNums: R.ch(0.08) ? R.pick(['num', 'str']) : null, footMark: R.ch(0.05),
      mergeTitle: R.ch(0.7), unitRight: R.ch(0.6), yearLine: R.ch(0.15), blankAfterHeader: R.ch(0.15), blankBeforeNotes: R.ch(0.5), mergeNotes: R.ch(0.3), leadBlank: R.ch(0.1),
      twoStub: sp.rows.some((r) => r.type === 'group') && !regionTable && R.ch(0.4),
      split: sp.stackWith ? null : R.ch(0.1) ? 'cols' : R.ch(0.08) ? 'rows' : null,
    };
    if (opt.twoStub) { opt.lead = null; opt.colNums = null; }
    if (opt.naStyle === '…') opt.naStyle = '—';
    const items = [{ spec: sp, comp: computeSheet(sp, R, opt) }];
    if (sp.stackWith) items.push({ spec: sp.stackWith, comp: computeSheet(sp.stackWith, R, opt) });
    const lay = layoutSheet(items, R, opt);
    sheets.push({ name, ...lay, tname: sp.tname + (sp.stackWith ? '+' + sp.stackWith.tname : ''), opt });
  });
  const plants = [];
  if (!clean) {
    const np = R.ch(0.3) ? 2 : 1; const usedRels = new Set();
    for (let k = 0; k < np; k++) { const p = choosePlant(R, sheets, usedRels); if (p) plants.push(p); }
    if (!plants.length) return null;
  }
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const cell of sh.cells.values()) { const c = ws.getCell(cell.r + 1, cell.c + 1); c.value = cell.v; if (cell.fmt) c.numFmt = cell.fmt; }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    ws.getColumn(1).width = 22; for (let c = 2; c <= sh.nC; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(path.join(outDir, file));
  return { entry: { file, clean, plants: plants.map(({ sheet, cell, was, now }) => ({ sheet, cell, was, now })) }, rel: { templates: sheets.map((s) => s.tname), roles: plants.map((p) => p.role), sheets: Object.fromEntries(sheets.map((s) => [s.name, { rels: s.rels, decs: s.decs, pct: s.pct }])) } };
}

async function makeSet(dir, prefix, nClean, nPlant, seed) {
  const out = path.join(__dirname, dir); fs.rmSync(out, { recursive: true, force: true }); fs.mkdirSync(out, { recursive: true });
  const R = mkR(seed);
  const total = nClean + nPlant; const flags = R.shuffle([...Array(nClean).fill(true), ...Array(nPlant).fill(false)]);
  const manifest = []; const rel = {};
  for (let i = 0; i < total; i++) {
    const file = `${prefix}${String(i + 1).padStart(3, '0')}.xlsx`;
    let res = null; let k = 0;
    while (!res) { res = await makeBook(mkR(seed * 1000 + i * 7 + k * 100003), file, flags[i], out); k++; }
    manifest.push(res.entry); rel[file] = res.rel;
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', dir + '.json'), JSON.stringify(rel));
  console.log(dir, total, 'books', manifest.filter((m) => !m.clean).length, 'planted');
}

(async () => {
  if (process.argv[2] === 'extra') { await makeSet('extra', 'x', +(process.argv[3] || 200), 0, +(process.argv[4] || 7777)); return; }
  await makeSet('cases', 'c', 30, 15, 8501);
  await makeSet('probe', 'p', 70, 30, 8599);
})().catch((e) => { console.error(e); process.exit(1); });
