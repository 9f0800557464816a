// Generates clean census workbooks + planted twins. NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
fs.mkdirSync(OUT + '/clean', { recursive: true });
fs.mkdirSync(OUT + '/planted', { recursive: true });

let seed = 20240611;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return Math.floor(a + rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
const r2 = x => Math.round(x * 100 + 1e-9) / 100;
const r1 = x => Math.round(x * 10 + 1e-9) / 10;
const sum = a => a.reduce((s, x) => s + x, 0);

const REGIONS = [
  { name: '武汉市', tot: '全市', units: ['江岸区', '江汉区', '硚口区', '汉阳区', '武昌区', '青山区', '洪山区', '东西湖区', '汉南区', '蔡甸区', '江夏区', '黄陂区', '新洲区'], big: [600000, 1500000] },
  { name: '成都市', tot: '全市', units: ['锦江区', '青羊区', '金牛区', '武侯区', '成华区', '龙泉驿区', '青白江区', '新都区', '温江区', '双流区', '郫都区', '新津区', '简阳市', '都江堰市', '彭州市', '邛崃市', '崇州市', '金堂县', '大邑县', '蒲江县'], big: [250000, 1400000] },
  { name: '湖南省', tot: '全省', units: ['长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市', '永州市', '怀化市', '娄底市', '湘西土家族苗族自治州'], big: [1500000, 10000000] },
  { name: '赣州市', tot: '全市', units: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市'], big: [100000, 900000] },
  { name: '浏阳市', tot: '全市', units: ['淮川街道', '集里街道', '荷花街道', '关口街道', '大瑶镇', '金刚镇', '文家市镇', '枨冲镇', '永安镇', '沙市镇', '官渡镇', '古港镇'], big: [30000, 150000] },
  { name: '甘肃省', tot: '全省', units: ['兰州市', '嘉峪关市', '金昌市', '白银市', '天水市', '武威市', '张掖市', '平凉市', '酒泉市', '庆阳市', '定西市', '陇南市', '临夏回族自治州', '甘南藏族自治州'], big: [300000, 4500000] },
  { name: '苏州市', tot: '全市', units: ['姑苏区', '虎丘区', '吴中区', '相城区', '吴江区', '苏州工业园区', '常熟市', '张家港市', '昆山市', '太仓市'], big: [700000, 2100000] },
  { name: '黔东南苗族侗族自治州', tot: '全州', units: ['凯里市', '黄平县', '施秉县', '三穗县', '镇远县', '岑巩县', '天柱县', '锦屏县', '剑河县', '台江县', '黎平县', '榕江县', '从江县', '雷山县', '麻江县', '丹寨县'], big: [60000, 550000] },
  { name: '宜宾市', tot: '全市', units: ['翠屏区', '南溪区', '叙州区', '江安县', '长宁县', '高县', '珙县', '筠连县', '兴文县', '屏山县'], big: [200000, 900000] },
  { name: '山东省', tot: '全省', units: ['济南市', '青岛市', '淄博市', '枣庄市', '东营市', '烟台市', '潍坊市', '济宁市', '泰安市', '威海市', '日照市', '临沂市', '德州市', '聊城市', '滨州市', '菏泽市'], big: [2000000, 11000000] },
];

function pops(reg) { return reg.units.map(() => ri(reg.big[0], reg.big[1])); }
function indentName(n, i, style) {
  if (style === 'space') return '  ' + n;
  if (style === 'fw') return '　　' + n;
  if (style === 'num') return (i + 1) + '.' + n;
  if (style === 'paren') return '（' + (i + 1) + '）' + n;
  return n;
}

// ---------- sheet builders: each returns {name,title,unit,headers,merges,rows,fmt,notes,plant:[{r,c,what}]}
// rows: arrays [label, v1, v2,...]; r/c in plant are 0-based into rows / columns.

function shPopDist(reg, o) {
  const p20 = pops(reg);
  const p10 = p20.map(p => Math.round(p / Math.pow(1 + rf(-0.02, 0.045), 10)));
  const T20 = sum(p20), T10 = sum(p10);
  const mk = (n, a, b) => {
    const r = [n, a, r2(a / T20 * 100)];
    if (o.with2010) r.splice(2, 0, b);
    r.push(a - b, r2((Math.pow(a / b, 0.1) - 1) * 100));
    return r;
  };
  const rows = [mk(reg.tot, T20, T10)];
  reg.units.forEach((u, i) => rows.push(mk(indentName(u, i, o.indent), p20[i], p10[i])));
  const hdr = ['地区', '常住人口（人）', '占' + reg.tot + '比重（%）', '比2010年增减（人）', '年均增长率（%）'];
  if (o.with2010) hdr.splice(2, 0, '2010年常住人口（人）');
  if (o.bilingual) { for (let i = 0; i < hdr.length; i++) hdr[i] += '\n' + ['Region', 'Population', 'Percentage', 'Change', 'Growth'][Math.min(i, 4)]; }
  if (o.totalLast) rows.push(rows.shift());
  const ti = o.totalLast ? rows.length - 1 : 0;
  const shareCol = o.with2010 ? 3 : 2;
  const fmt = {}; fmt[shareCol] = '0.00'; fmt[hdr.length - 1] = '0.00';
  const pu = o.totalLast ? 2 : 3;
  return {
    name: '常住人口', title: (o.census ? reg.name + '第七次全国人口普查' : reg.name) + '各区县常住人口', unit: o.unitLine ? '单位：人、%' : null,
    headers: [hdr], rows, fmt,
    notes: o.notes ? ['注：①常住人口包括居住在本乡镇街道且户口在本乡镇街道或户口待定的人；②比重合计因四舍五入可能不等于100%。'] : [],
    plant: [{ r: ti, c: 1, what: 'total population' }, { r: pu, c: 1, what: 'part population' }, { r: pu, c: shareCol, what: 'share' }, { r: pu, c: shareCol + 1, what: 'change vs 2010' }],
  };
}

function shSex(reg, o) {
  const rows = [];
  const M = [], F = [];
  reg.units.forEach(() => { const t = ri(reg.big[0], reg.big[1]); const sr = rf(97, 112); const f = Math.round(t / (1 + sr / 100)); M.push(t - f); F.push(f); });
  const mk = (n, m, f) => o.order === 'tmf' ? [n, m + f, m, f, r2(m / f * 100)] : [n, m + f, m, f, r2(m / f * 100)];
  rows.push(mk(reg.tot, sum(M), sum(F)));
  reg.units.forEach((u, i) => rows.push(mk(indentName(u, i, o.indent), M[i], F[i])));
  if (o.totalLast) rows.push(rows.shift());
  const ti = o.totalLast ? rows.length - 1 : 0;
  const pu = o.totalLast ? 3 : 4;
  return {
    name: '性别构成', title: reg.name + '各地区人口性别构成', unit: '单位：人',
    headers: [['地区', '合计', '男', '女', '性别比（女=100）']], rows, fmt: { 4: '0.00' },
    notes: o.notes ? ['注：性别比为男性人口与女性人口之比（以女性为100）。'] : [],
    plant: [{ r: ti, c: 1, what: 'total' }, { r: ti, c: 2, what: 'total male' }, { r: pu, c: 3, what: 'female part' }, { r: pu, c: 4, what: 'sex ratio' }],
  };
}

function ageData(reg) {
  return reg.units.map(() => {
    const t = ri(reg.big[0], reg.big[1]);
    const a0 = Math.round(t * rf(0.1, 0.22)), a60 = Math.round(t * rf(0.13, 0.28));
    const a65 = Math.round(a60 * rf(0.62, 0.75));
    return { t, a0, a15: t - a0 - a60, a60, a65 };
  });
}

function shAgeCounts(reg, o, D) {
  const T = { t: sum(D.map(d => d.t)), a0: sum(D.map(d => d.a0)), a15: sum(D.map(d => d.a15)), a60: sum(D.map(d => d.a60)), a65: sum(D.map(d => d.a65)) };
  const mk = (n, d) => [n, d.t, d.a0, d.a15, d.a60, d.a65];
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), D[i])));
  return {
    name: '年龄构成', title: reg.name + '各地区人口年龄构成', unit: '单位：人',
    headers: [['地区', '总人口', '0—14岁', '15—59岁', '60岁及以上', '其中：65岁及以上']], rows, fmt: {},
    notes: [],
    plant: [{ r: 0, c: 3, what: 'total 15-59' }, { r: 2, c: 1, what: 'part total pop' }, { r: 3, c: 5, what: 'of-which 65+' }],
  };
}

function shAgeShares(reg, o, D) {
  const T = { t: sum(D.map(d => d.t)), a0: sum(D.map(d => d.a0)), a15: sum(D.map(d => d.a15)), a60: sum(D.map(d => d.a60)), a65: sum(D.map(d => d.a65)) };
  const mk = (n, d) => [n, r2(d.a0 / d.t * 100), r2(d.a15 / d.t * 100), r2(d.a60 / d.t * 100), r2(d.a65 / d.t * 100)];
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), D[i])));
  if (o.withTotalCol) rows.forEach(r => r.splice(1, 0, 100));
  const hdr = ['地区', '0—14岁', '15—59岁', '60岁及以上', '其中：65岁及以上'];
  if (o.withTotalCol) hdr.splice(1, 0, '合计');
  const fmt = {}; for (let c = 1; c < hdr.length; c++) fmt[c] = '0.00';
  const off = o.withTotalCol ? 1 : 0;
  return {
    name: '年龄构成比重', title: reg.name + '各地区人口年龄构成（%）', unit: o.unitLine ? '单位：%' : null,
    headers: o.twoLevel ? [['地区'].concat(hdr.slice(1).map(() => '比重（%）')), hdr] : [hdr.map((h, i) => i ? h + '（%）' : h)], twoLevelMerge: o.twoLevel,
    rows, fmt, notes: [],
    plant: [{ r: 3, c: 1 + off, what: 'age share 0-14' }, { r: 4, c: 3 + off, what: 'age share 60+' }],
  };
}

function shDependency(reg, o) {
  const rows = [];
  const D = reg.units.map(() => { const t = ri(reg.big[0], reg.big[1]); const a0 = Math.round(t * rf(0.1, 0.22)); const a65 = Math.round(t * rf(0.08, 0.2)); return { a0, a15: t - a0 - a65, a65 }; });
  const T = { a0: sum(D.map(d => d.a0)), a15: sum(D.map(d => d.a15)), a65: sum(D.map(d => d.a65)) };
  const mk = (n, d) => o.counts ? [n, d.a0 + d.a15 + d.a65, d.a0, d.a15, d.a65, r2((d.a0 + d.a65) / d.a15 * 100), r2(d.a0 / d.a15 * 100), r2(d.a65 / d.a15 * 100)]
    : [n, r2((d.a0 + d.a65) / d.a15 * 100), r2(d.a0 / d.a15 * 100), r2(d.a65 / d.a15 * 100)];
  rows.push(mk(reg.tot, T)); reg.units.forEach((u, i) => rows.push(mk(indentName(u, i, o.indent), D[i])));
  const hdr = o.counts ? ['地区', '常住人口（人）', '0—14岁（人）', '15—64岁（人）', '65岁及以上（人）', '总抚养比（%）', '少儿抚养比（%）', '老年抚养比（%）'] : ['地区', '总抚养比（%）', '少儿抚养比（%）', '老年抚养比（%）'];
  const fmt = {}; for (let c = o.counts ? 5 : 1; c < hdr.length; c++) fmt[c] = '0.00';
  return {
    name: '抚养比', title: reg.name + '各地区人口抚养比', unit: null, headers: [hdr], rows, fmt,
    notes: ['注：总抚养比=（0—14岁人口+65岁及以上人口）/15—64岁人口×100%。'],
    plant: o.counts ? [{ r: 2, c: 6, what: 'child dependency ratio' }, { r: 0, c: 2, what: 'total 0-14' }] : [{ r: 2, c: 1, what: 'total dependency ratio' }],
  };
}

function shEducation(reg, o) {
  const rows = [];
  const mkU = () => { const pop = ri(reg.big[0], reg.big[1]); const rate = [rf(8000, 35000), rf(11000, 20000), rf(28000, 40000), rf(18000, 32000)].map(Math.round); return { pop, cnt: rate.map(x => Math.round(pop * x / 100000)), yrs: r2(rf(8.6, 12.5)), ill: r2(rf(0.8, 6)) }; };
  const U = reg.units.map(mkU);
  const tp = sum(U.map(u => u.pop)); const tc = [0, 1, 2, 3].map(k => sum(U.map(u => u.cnt[k])));
  const Tt = { pop: tp, cnt: tc, yrs: r2(rf(9.5, 11)), ill: r2(rf(1, 3)) };
  const mk = (n, u) => {
    const rates = u.cnt.map(c => Math.round(c / u.pop * 100000));
    const r = [n];
    if (o.counts) r.push(u.pop, ...u.cnt);
    r.push(...rates);
    if (o.years) r.push(u.yrs);
    if (o.illit) r.push(u.ill);
    return r;
  };
  rows.push(mk(reg.tot, Tt)); reg.units.forEach((u, i) => rows.push(mk(indentName(u, i, o.indent), U[i])));
  const lv = ['大学（大专及以上）', '高中（含中专）', '初中', '小学'];
  let headers, merges = [];
  const h2 = ['地区'];
  if (o.counts) h2.push('常住人口（人）', ...lv);
  h2.push(...lv);
  if (o.years) h2.push('15岁及以上人口平均受教育年限（年）');
  if (o.illit) h2.push('文盲率（%）');
  const h1 = h2.map(() => null); h1[0] = '地区';
  let c0 = 1;
  if (o.counts) { h1[1] = '常住人口（人）'; h1[2] = '各类受教育程度人口（人）'; for (let k = 3; k < 6; k++) h1[k] = '各类受教育程度人口（人）'; c0 = 6; }
  for (let k = c0; k < c0 + 4; k++) h1[k] = '每10万人口中拥有的各类受教育程度人数（人）';
  for (let k = c0 + 4; k < h2.length; k++) h1[k] = h2[k];
  headers = [h1, h2];
  const fmt = {}; for (let k = c0 + 4; k < h2.length; k++) fmt[k] = '0.00';
  return {
    name: '受教育程度', title: reg.name + '各地区每10万人口中拥有的各类受教育程度人数', unit: null, headers, rows, fmt, autoMerge: true,
    notes: ['注：①各类受教育程度包括各类学校的毕业生、肄业生和在校生；②文盲率指15岁及以上不识字人口占总人口的比重。'],
    plant: o.counts ? [{ r: 0, c: 2, what: 'total university count' }, { r: 3, c: c0 + 1, what: 'per-100k rate' }] : [{ r: 3, c: c0, what: 'per-100k rate (unverifiable)' }],
  };
}

function shUrban(reg, o) {
  const U = reg.units.map(() => { const t = ri(reg.big[0], reg.big[1]); const u = Math.round(t * rf(0.3, 0.95)); return { t, u }; });
  const T = { t: sum(U.map(x => x.t)), u: sum(U.map(x => x.u)) };
  const mk = (n, d) => o.noTotalCol ? [n, d.u, d.t - d.u, r2(d.u / d.t * 100)] : [n, d.t, d.u, d.t - d.u, r2(d.u / d.t * 100)];
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), U[i])));
  const hdr = o.noTotalCol ? ['地区', '城镇人口（人）', '乡村人口（人）', '城镇化率（%）'] : ['地区', '常住人口（人）', '城镇人口（人）', '乡村人口（人）', '城镇人口比重（%）'];
  const rc = hdr.length - 1; const fmt = {}; fmt[rc] = '0.00';
  return {
    name: '城乡构成', title: reg.name + '各地区城乡人口', unit: null, headers: [hdr], rows, fmt, notes: [],
    plant: o.noTotalCol ? [{ r: 0, c: 1, what: 'total urban' }, { r: 2, c: 3, what: 'urbanisation rate (no base col)' }] : [{ r: 2, c: 2, what: 'urban part' }, { r: 3, c: rc, what: 'urbanisation rate' }, { r: 0, c: 3, what: 'total rural' }],
  };
}

function shHousehold(reg, o) {
  const U = reg.units.map(() => { const hp = ri(reg.big[0], reg.big[1]); const avg = rf(2.3, 3.3); const hh = Math.round(hp / avg); const cp = Math.round(hp * rf(0.02, 0.12)); const ch = Math.round(cp / rf(8, 40)); return { hh, hp, ch, cp }; });
  const T = { hh: sum(U.map(x => x.hh)), hp: sum(U.map(x => x.hp)), ch: sum(U.map(x => x.ch)), cp: sum(U.map(x => x.cp)) };
  const mk = (n, d) => [n, d.hh, d.ch, d.hp, d.cp, r2(d.hp / d.hh)];
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), U[i])));
  const h1 = ['地区', '户数（户）', '户数（户）', '人口（人）', '人口（人）', '平均每个家庭户人口（人）'];
  const h2 = ['地区', '家庭户', '集体户', '家庭户', '集体户', '平均每个家庭户人口（人）'];
  return {
    name: '家庭户', title: reg.name + '各地区户数、人口数', unit: null, headers: [h1, h2], autoMerge: true, rows, fmt: { 5: '0.00' }, notes: [],
    plant: [{ r: 0, c: 1, what: 'total households' }, { r: 2, c: 5, what: 'avg household size' }, { r: 3, c: 3, what: 'household population part' }],
  };
}

function shEthnic(reg, o) {
  const U = reg.units.map(() => { const t = ri(reg.big[0], reg.big[1]); const m = Math.round(t * (o.minorityRich ? rf(0.3, 0.85) : rf(0.002, 0.05))); return { t, m }; });
  const T = { t: sum(U.map(x => x.t)), m: sum(U.map(x => x.m)) };
  const mk = (n, d) => [n, d.t, d.t - d.m, r2((d.t - d.m) / d.t * 100), d.m, r2(d.m / d.t * 100)];
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), U[i])));
  const h1 = ['地区', '常住人口（人）', '汉族', '汉族', '各少数民族', '各少数民族'];
  const h2 = ['地区', '常住人口（人）', '人口数（人）', '比重（%）', '人口数（人）', '比重（%）'];
  return {
    name: '民族构成', title: reg.name + '各地区民族构成', unit: null, headers: [h1, h2], autoMerge: true, rows, fmt: { 3: '0.00', 5: '0.00' }, notes: [],
    plant: [{ r: 0, c: 4, what: 'total minority' }, { r: 2, c: 5, what: 'minority share' }, { r: 4, c: 2, what: 'han part' }],
  };
}

function shTwoCensus(reg, o) {
  // urbanisation rates 2010 vs 2020 and change in percentage points
  const ind = o.ind || 'urban';
  const rows = [];
  const all = [reg.tot].concat(reg.units.map((u, i) => indentName(u, i, o.indent)));
  all.forEach(n => {
    const a = r2(ind === 'urban' ? rf(30, 75) : rf(10, 20));
    const b = r2(a + (ind === 'urban' ? rf(3, 15) : rf(1, 8)));
    rows.push([n, a, b, r2(b - a)]);
  });
  const lab = ind === 'urban' ? '城镇化率（%）' : '60岁及以上人口比重（%）';
  return {
    name: ind === 'urban' ? '城镇化率' : '老龄化', title: reg.name + '第六次、第七次人口普查' + lab.replace('（%）', '') + '比较', unit: null,
    headers: [['地区', lab, lab, lab], ['地区', '2010年', '2020年', '增减（百分点）']], autoMerge: true, rows, fmt: { 1: '0.00', 2: '0.00', 3: '0.00' }, notes: [],
    plant: [{ r: 2, c: 3, what: 'pp change' }, { r: 3, c: 2, what: '2020 rate' }],
  };
}

function shTwoCensusCounts(reg, o) {
  const U = reg.units.map(() => { const b = ri(reg.big[0], reg.big[1]); const a = Math.round(b / rf(0.85, 1.35)); return { a, b }; });
  const T = { a: sum(U.map(x => x.a)), b: sum(U.map(x => x.b)) };
  const mk = (n, d) => [n, d.a, d.b, d.b - d.a, r2((d.b - d.a) / d.a * 100)];
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), U[i])));
  return {
    name: '两次普查', title: reg.name + '第六次、第七次全国人口普查常住人口', unit: '单位：人',
    headers: [['地区', '第六次人口普查（2010年）', '第七次人口普查（2020年）', '增减', '增长（%）']], rows, fmt: { 4: '0.00' }, notes: [],
    plant: [{ r: 0, c: 2, what: 'total 2020' }, { r: 2, c: 3, what: 'change' }, { r: 3, c: 4, what: 'growth %' }],
  };
}

function shMainIndicators(reg, o) {
  // Indicator rows: 指标 | 2020年 | 2010年 | 增减
  const T20 = ri(reg.big[0] * reg.units.length, reg.big[1] * reg.units.length), T10 = Math.round(T20 / rf(0.9, 1.25));
  const f20 = Math.round(T20 / (1 + rf(0.98, 1.08))), f10 = Math.round(T10 / (1 + rf(0.98, 1.08)));
  const m20 = T20 - f20, m10 = T10 - f10;
  const w = x => r2(x / 10000);
  const rows = [];
  const add = (n, a, b, d) => rows.push([n, a, b, d === undefined ? r2(a - b) : d]);
  // in 万人, total written from raw then males/females rounded — keep consistent: derive total as sum of rounded
  const M20 = w(m20), F20 = w(f20), M10 = w(m10), F10 = w(f10);
  add('常住人口（万人）', r2(M20 + F20), r2(M10 + F10));
  add('  男性（万人）', M20, M10);
  add('  女性（万人）', F20, F10);
  add('性别比（女=100）', r2(m20 / f20 * 100), r2(m10 / f10 * 100));
  const u20 = r2(rf(50, 80)), u10 = r2(u20 - rf(5, 12));
  add('城镇化率（%）', u20, u10);
  const a0 = r2(rf(13, 20)), a60 = r2(rf(16, 25)); const a15 = r2(100 - a0 - a60);
  const b0 = r2(rf(13, 20)), b60 = r2(rf(11, 16)); const b15 = r2(100 - b0 - b60);
  add('0—14岁人口比重（%）', a0, b0);
  add('15—59岁人口比重（%）', a15, b15);
  add('60岁及以上人口比重（%）', a60, b60);
  add('  其中：65岁及以上人口比重（%）', r2(a60 * 0.72), r2(b60 * 0.7));
  add('平均每个家庭户人口（人）', r2(rf(2.4, 2.9)), r2(rf(2.9, 3.3)));
  add('每10万人中具有大学文化程度人数（人）', ri(12000, 25000), ri(7000, 11000));
  add('文盲率（%）', r2(rf(1, 3)), r2(rf(2.5, 5)));
  const fmt = { 1: '0.00', 2: '0.00', 3: '0.00' };
  return {
    name: '主要数据', title: reg.name + '第七次全国人口普查主要数据', unit: null,
    headers: [['指标', '2020年', '2010年', '增减']], rows, fmt, notes: ['注：增减栏中比重、比率指标为增减百分点。'],
    plant: [{ r: 0, c: 1, what: 'total pop (万人) 2020' }, { r: 2, c: 3, what: 'change female' }, { r: 3, c: 1, what: 'sex ratio' }],
  };
}

function shAgeGroups(reg, o) {
  const groups = ['0—4岁', '5—9岁', '10—14岁', '15—19岁', '20—24岁', '25—29岁', '30—34岁', '35—39岁', '40—44岁', '45—49岁', '50—54岁', '55—59岁', '60—64岁', '65—69岁', '70—74岁', '75—79岁', '80—84岁', '85岁及以上'];
  const base = ri(reg.big[0], reg.big[1]) / 10;
  const G = groups.map((g, i) => { const t = Math.round(base * rf(0.5, 1.2) * (i > 13 ? 0.5 : 1)); const m = Math.round(t * rf(0.47, 0.53)); return { m, f: t - m }; });
  const TM = sum(G.map(g => g.m)), TF = sum(G.map(g => g.f)), TT = TM + TF;
  const mk = (n, m, f) => [n, m + f, m, f, r2((m + f) / TT * 100), r2(m / TT * 100), r2(f / TT * 100), r2(m / f * 100)];
  const rows = [mk('总计', TM, TF)].concat(G.map((g, i) => mk(groups[i], g.m, g.f)));
  // yearbook style: share of total split by sex -> 男+女 share may differ from 合计 share by 0.01
  return {
    name: '分年龄', title: reg.name + '按年龄和性别分的人口', unit: null,
    headers: [['年龄', '人口数（人）', '人口数（人）', '人口数（人）', '比重（%）', '比重（%）', '比重（%）', '性别比（女=100）'], ['年龄', '合计', '男', '女', '合计', '男', '女', '性别比（女=100）']], autoMerge: true,
    rows, fmt: { 4: '0.00', 5: '0.00', 6: '0.00', 7: '0.00' }, notes: [],
    plant: [{ r: 0, c: 1, what: 'grand total' }, { r: 5, c: 2, what: 'male in age group' }, { r: 7, c: 7, what: 'sex ratio' }],
  };
}

function shSexShares(reg, o) {
  // 地区 | 男 人数 比重 | 女 人数 比重 | 性别比
  const U = reg.units.map(() => { const t = ri(reg.big[0], reg.big[1]); const f = Math.round(t / (1 + rf(0.97, 1.1))); return { m: t - f, f }; });
  const T = { m: sum(U.map(x => x.m)), f: sum(U.map(x => x.f)) };
  const mk = (n, d) => { const t = d.m + d.f; return [n, t, d.m, r2(d.m / t * 100), d.f, r2(d.f / t * 100), r2(d.m / d.f * 100)]; };
  const rows = [mk(reg.tot, T)].concat(reg.units.map((u, i) => mk(indentName(u, i, o.indent), U[i])));
  return {
    name: '性别', title: reg.name + '常住人口性别构成', unit: null,
    headers: [['地区', '常住人口（人）', '男', '男', '女', '女', '性别比（女=100）'], ['地区', '常住人口（人）', '人口数（人）', '比重（%）', '人口数（人）', '比重（%）', '性别比（女=100）']], autoMerge: true,
    rows, fmt: { 3: '0.00', 5: '0.00', 6: '0.00' }, notes: [],
    plant: [{ r: 2, c: 3, what: 'male share' }, { r: 0, c: 4, what: 'total female' }, { r: 4, c: 6, what: 'sex ratio' }],
  };
}

function shHier(reg, o) {
  // province with cities, and counties under two cities (indented); hierarchical totals
  const cities = reg.units.slice(0, 5);
  const rows = [];
  const cityRows = [];
  let cityCounties = {};
  cities.forEach((c, i) => {
    if (i < 2) {
      const ks = ['市辖区', pick(['长兴县', '安吉县', '德清县']), pick(['桐乡市', '海宁市', '平湖市'])].map((k, j) => k + (j ? '' : ''));
      const vals = ks.map(() => { const t = ri(100000, 800000); const u = Math.round(t * rf(0.4, 0.9)); return { t, u }; });
      cityCounties[c] = { ks, vals };
      cityRows.push({ n: c, t: sum(vals.map(v => v.t)), u: sum(vals.map(v => v.u)), kids: ks.map((k, j) => ({ n: k, ...vals[j] })) });
    } else { const t = ri(reg.big[0], reg.big[1]); const u = Math.round(t * rf(0.4, 0.9)); cityRows.push({ n: c, t, u, kids: [] }); }
  });
  const T = { t: sum(cityRows.map(c => c.t)), u: sum(cityRows.map(c => c.u)) };
  const mk = (n, d) => [n, d.t, d.u, d.t - d.u, r2(d.u / d.t * 100)];
  rows.push(mk(reg.tot, T));
  const plant = [];
  cityRows.forEach(c => { rows.push(mk(c.n, c)); c.kids.forEach(k => rows.push(mk('    ' + k.n, k))); });
  plant.push({ r: 1, c: 1, what: 'city total over counties' }, { r: 2, c: 2, what: 'county urban' }, { r: 0, c: 3, what: 'province rural' });
  return {
    name: '分市县', title: reg.name + '各市、县城乡人口', unit: '单位：人、%', headers: [['地区', '常住人口', '城镇人口', '乡村人口', '城镇化率（%）']], rows, fmt: { 4: '0.00' }, notes: [], plant,
  };
}

// ---------- writer
function addSheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name);
  const ncol = spec.headers[0].length;
  let r = 1;
  ws.getCell(r, 1).value = spec.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' }; r++;
  if (spec.unit) { ws.getCell(r, ncol).value = spec.unit; ws.getCell(r, ncol).alignment = { horizontal: 'right' }; r++; }
  const h0 = r;
  spec.headers.forEach(h => { h.forEach((v, c) => { if (v !== null) ws.getCell(r, c + 1).value = v; ws.getCell(r, c + 1).alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' }; }); r++; });
  if (spec.headers.length === 2) {
    // merge equal adjacent in top row, vertical merge where top == bottom
    const [a, b] = spec.headers;
    for (let c = 0; c < ncol; c++) {
      if (a[c] === b[c]) { ws.unMergeCells(h0, c + 1, h0 + 1, c + 1); ws.getCell(h0 + 1, c + 1).value = null; ws.mergeCells(h0, c + 1, h0 + 1, c + 1); }
    }
    let c = 0;
    while (c < ncol) {
      let e = c; while (e + 1 < ncol && a[e + 1] === a[c] && a[c] !== b[c] && a[e + 1] !== b[e + 1]) e++;
      if (e > c) { for (let k = c + 1; k <= e; k++) ws.getCell(h0, k + 1).value = null; ws.mergeCells(h0, c + 1, h0, e + 1); }
      c = e + 1;
    }
  }
  const d0 = r;
  spec.rows.forEach(row => { row.forEach((v, c) => { const cell = ws.getCell(r, c + 1); cell.value = v; if (c && spec.fmt[c]) cell.numFmt = spec.fmt[c]; }); r++; });
  spec.notes.forEach(n => { ws.getCell(r, 1).value = n; r++; });
  ws.getColumn(1).width = 22; for (let c = 2; c <= ncol; c++) ws.getColumn(c).width = 14;
  return { ws, d0 };
}

function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }

const workbooks = [];
const V = ['', 'space', 'fw', 'num', 'paren'];
let k = 0;
function W(name, builders) { workbooks.push({ name, builders }); }
REGIONS.forEach((reg, i) => {
  const ind = V[i % V.length];
  W(`${String(++k).padStart(2, '0')}_${reg.name}_常住人口.xlsx`, [() => shPopDist(reg, { indent: ind, with2010: i % 2 === 0, unitLine: i % 3 === 0, notes: i % 2 === 1, census: i % 2 === 0, totalLast: i === 4 || i === 8, bilingual: i === 5 })]);
  W(`${String(++k).padStart(2, '0')}_${reg.name}_性别.xlsx`, [() => shSex(reg, { indent: V[(i + 1) % 5], totalLast: i === 3 || i === 7, notes: i % 2 === 0 })]);
  const D = ageData(reg);
  W(`${String(++k).padStart(2, '0')}_${reg.name}_年龄.xlsx`, [() => shAgeCounts(reg, { indent: V[(i + 2) % 5] }, D), () => shAgeShares(reg, { indent: V[(i + 2) % 5], twoLevel: i % 2 === 0, withTotalCol: i % 3 === 1, unitLine: i % 3 === 2 }, D), ...(i % 2 ? [() => shDependency(reg, { counts: i % 4 === 1, indent: V[(i + 2) % 5] })] : [])]);
  if (i % 2 === 0) W(`${String(++k).padStart(2, '0')}_${reg.name}_抚养比.xlsx`, [() => shDependency(reg, { counts: i % 4 === 0, indent: ind })]);
  W(`${String(++k).padStart(2, '0')}_${reg.name}_受教育.xlsx`, [() => shEducation(reg, { counts: i % 3 === 0, years: i % 2 === 0, illit: i % 3 !== 2, indent: ind })]);
  W(`${String(++k).padStart(2, '0')}_${reg.name}_城乡户别民族.xlsx`, [() => shUrban(reg, { noTotalCol: i % 3 === 2, indent: ind }), () => shHousehold(reg, { indent: ind }), () => shEthnic(reg, { indent: ind, minorityRich: /自治|甘肃|黔/.test(reg.name) })]);
  if (i % 2 === 1) W(`${String(++k).padStart(2, '0')}_${reg.name}_两次普查.xlsx`, [() => shTwoCensus(reg, { ind: i % 4 === 1 ? 'urban' : 'aging', indent: ind }), () => shTwoCensusCounts(reg, { indent: ind })]);
  if (i % 3 === 0) W(`${String(++k).padStart(2, '0')}_${reg.name}_主要数据.xlsx`, [() => shMainIndicators(reg, {})]);
  if (i % 3 === 1) W(`${String(++k).padStart(2, '0')}_${reg.name}_分年龄性别.xlsx`, [() => shAgeGroups(reg, {}), () => shSexShares(reg, { indent: ind })]);
  if (i === 2 || i === 5 || i === 9) W(`${String(++k).padStart(2, '0')}_${reg.name}_分市县.xlsx`, [() => shHier(reg, {})]);
});

(async () => {
  const manifest = [];
  let planted = 0;
  for (const [wi, w] of workbooks.entries()) {
    const specs = w.builders.map(b => b());
    const wb = new ExcelJS.Workbook();
    const info = specs.map(s => addSheet(wb, s));
    await wb.xlsx.writeFile(path.join(OUT, 'clean', w.name));
    if (wi % 2 === 0) {
      // planted twin: one change
      const si = wi % specs.length; const s = specs[si];
      const p = s.plant[wi % s.plant.length];
      const old = s.rows[p.r][p.c];
      let nv;
      if (Number.isInteger(old) && Math.abs(old) >= 1000) nv = old + (wi % 2 ? 1000 : -100) * (1 + (wi % 3));
      else if (Number.isInteger(old)) nv = old + 37;
      else nv = r2(old + (wi % 2 ? 0.6 : -1.3));
      const wb2 = new ExcelJS.Workbook();
      const specs2 = specs.map((x, j) => j === si ? { ...x, rows: x.rows.map((row, rr) => rr === p.r ? row.map((v, cc) => cc === p.c ? nv : v) : row) } : x);
      const info2 = specs2.map(x => addSheet(wb2, x));
      const addr = colL(p.c) + (info2[si].d0 + p.r);
      await wb2.xlsx.writeFile(path.join(OUT, 'planted', w.name));
      manifest.push({ file: 'planted/' + w.name, sheet: s.name, cell: addr, old, new: nv, what: p.what });
      planted++;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', workbooks.length, 'planted', planted);
})();
