// Generates clean + planted-twin workbooks: cases/ (fixed designs) and probe/ (random variety).
// node gen.js            -> both sets
const fs = require('fs'), path = require('path');
const L = require('./lib');
const { seed, U, ri, pick, chance, round, rateVal, growthVal, agg, genUnit, stRec, countyRec, twoYears, fN, fP, catalog, Table, build, Book, layout, render, choosePlant } = L;

const CITIES = [
  { city: '济南市', units: ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'] },
  { city: '合肥市', units: ['瑶海区', '庐阳区', '蜀山区', '包河区', '长丰县', '肥东县', '肥西县', '庐江县', '巢湖市'] },
  { city: '洛阳市', units: ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区', '新安县', '栾川县', '嵩县', '汝阳县', '宜阳县', '洛宁县', '伊川县'] },
  { city: '绍兴市', units: ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市'] },
  { city: '赣州市', units: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市'] },
  { city: '宜昌市', units: ['西陵区', '伍家岗区', '点军区', '猇亭区', '夷陵区', '远安县', '兴山县', '秭归县', '长阳土家族自治县', '五峰土家族自治县', '宜都市', '当阳市', '枝江市'] },
  { city: '嘉兴市', units: ['南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市'] },
  { city: '柳州市', units: ['城中区', '鱼峰区', '柳南区', '柳北区', '柳江区', '柳城县', '鹿寨县', '融安县', '融水苗族自治县', '三江侗族自治县'] },
];
const PROVS = [
  { city: '四川省', prov: true, units: ['成都市', '自贡市', '攀枝花市', '泸州市', '德阳市', '绵阳市', '广元市', '遂宁市', '内江市', '乐山市', '南充市', '眉山市', '宜宾市', '广安市', '达州市', '雅安市', '巴中市', '资阳市', '阿坝州', '甘孜州', '凉山州'] },
  { city: '湖南省', prov: true, units: ['长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市', '永州市', '怀化市', '娄底市', '湘西州'] },
];
const YEARS = [['2024年', '2025年'], ['2023年', '2024年'], ['2024年末', '2025年末']];
const UNITS = ['单位：个、人、%', '单位：个，人，%', '计量单位：个、人', '单位：个/人/%'];
const noteSets = (zero) => [
  ['注：1.党组织覆盖率=已建立党组织的社会组织数÷社会组织总数×100%；', '　　2.党的工作覆盖率=实现党的工作覆盖的社会组织数÷社会组织总数×100%；', zero ? `　　3.“${zero}”表示无此项或数据为零。` : '　　3.数据截至2025年12月31日。'],
  ['填报说明：本表由各县（市、区）社会组织综合党委填报，数据截至2025年12月31日，覆盖率保留一位小数。'],
  ['注：社会组织数含在本级民政部门登记的社会团体、民办非企业单位和基金会。', '填报单位（盖章）：　　　　　填表人：　　　　审核人：　　　　填报日期：2026年1月10日'],
  [],
];
const pickCity = () => pick(CITIES);
const stubFor = (pl) => (pl.prov ? pick(['市（州）', '地区']) : pick(['县（市、区）', '地区', '区县', '县（市、区）']));

function randomKeys(o = {}) {
  const k = [];
  const mode = o.mode || pick(['cov', 'cov', 'cov', 'mem', 'types', 'assoc', 'mix']);
  if (mode === 'cov' || mode === 'mix') {
    k.push('N'); if (chance(0.6)) k.push('H');
    k.push('P'); if (chance(0.6)) k.push('PS', 'PL');
    k.push('RP'); if (chance(0.5)) k.push('W', 'RW'); else if (chance(0.2)) k.push('RW');
    if (mode === 'mix') { k.push('M'); if (chance(0.6)) k.push('MF', 'MY', 'MC'); if (chance(0.5)) k.push('FT'); if (chance(0.5)) k.push('GD'); }
    if (chance(0.25)) k.push('FUND');
  } else if (mode === 'mem') {
    if (chance(0.5)) k.push('N', 'P');
    k.push('M'); const s = ['MF', 'MY', 'MC'].filter(() => chance(0.8)); k.push(...(s.length ? s : ['MF']));
    k.push('FT', 'GD'); if (chance(0.3)) k.push('FUND');
  } else if (mode === 'types') {
    k.push('N', 'ST', 'MN', 'JJ'); if (chance(0.5)) k.push('H'); k.push('P'); if (chance(0.4)) k.push('PS', 'PL'); k.push('RP');
  } else if (mode === 'assoc') {
    k.push('N', 'H', 'PH', 'RH'); if (chance(0.6)) k.push('P', 'RP');
  }
  return k;
}
const zeroPick = () => pick([0, 0, '—', '-', '']);
function commonLayout(o, extra = {}) {
  const zero = extra.zero !== undefined ? extra.zero : o.zero !== undefined ? o.zero : zeroPick();
  return {
    seq: o.seq ?? chance(0.4), zero, rateRaw: o.rateRaw ?? chance(0.12), colNums: o.colNums ?? chance(0.12),
    indent: o.indent ?? pick(['space', 'align', 'none']), unit: o.unit ?? (chance(0.8) ? pick(UNITS) : undefined),
    notes: o.notes ?? pick(noteSets(zero === 0 ? null : zero || '空白')), noFmt: chance(0.2), thousands: chance(0.15),
    pctFmt: o.pctFmt ?? chance(0.1), textNums: o.textNums ?? chance(0.08), mergeTotal: o.mergeTotal ?? chance(0.5), ...extra,
  };
}

// ---------- 1. county table (also province 市州 table)
function tCounty(o = {}) {
  const pl = o.place || (chance(0.15) ? pick(PROVS) : pickCity());
  const nU = o.n ?? ri(Math.min(4, pl.units.length), pl.units.length);
  const units = pl.units.slice(0, nU);
  const scale = o.scale ?? (pl.prov ? ri(800, 3500) : ri(60, 600));
  const leaves = [];
  const assocRow = o.assocRow ?? chance(0.12);
  const assocs = [];
  const mk = (sc) => { if (!assocRow) return countyRec(sc); const st = stRec(sc); assocs.push(st.assoc); return agg([st.all, genUnit('MN', sc), genUnit('JJ', sc)]); };
  if (o.cityLevel ?? chance(0.3)) leaves.push({ key: 'u0', label: pl.prov ? '省本级' : pick(['市本级', '市直']), kind: 'leaf', rec: mk(scale * U(1, 2.5)) });
  units.forEach((u, i) => leaves.push({ key: 'u' + (i + 1), label: u, kind: 'leaf', rec: mk(scale * U(0.4, 1.6)) }));
  if (o.zones ?? chance(0.15)) ['高新区', '经开区'].forEach((z, i) => leaves.push({ key: 'z' + i, label: z, kind: 'leaf', rec: mk(scale * U(0.1, 0.3)) }));
  const tot = { key: 'T', label: o.totalLabel ?? (pl.prov ? pick(['全省', '合计', '总计']) : pick(['合计', '全市', '总计', '全市合计'])), kind: 'total', parts: leaves.map((r) => r.key) };
  const top = (o.totalPos ?? pick(['top', 'bottom'])) === 'top';
  const sub = assocRow ? [{ key: 'TH', label: pick(['其中：行业协会商会', '　其中：行业协会商会']), kind: 'sub', parent: 'T', lvl: 1, rec: agg(assocs) }] : [];
  const rows = top ? [tot, ...sub, ...leaves] : [...leaves, tot, ...sub];
  const keys = o.keys ?? randomKeys();
  const dec = o.dec ?? pick([1, 1, 1, 2, 2, 0]);
  const cols = catalog(keys, { dec, groupNH: o.groupNH ?? chance(0.4), grp3: o.grp3 ?? chance(0.12), memberGroup: o.memberGroup ?? chance(0.3), wanDec: o.wanDec ?? pick([1, 2]) });
  const tb = build(rows, cols);
  const book = new Book();
  const lay = commonLayout(o, {
    title: o.title ?? `${pl.city}${pick(['社会组织党建“两个覆盖”情况统计表', '社会组织党组织和党的工作覆盖情况统计表', '行业协会商会和社会组织党建工作统计表', '社会组织党员队伍情况统计表'])}`,
    subtitle: chance(0.3) ? '（截至2025年12月31日）' : undefined, stub: o.stub ?? stubFor(pl), transpose: o.transpose ?? chance(0.12),
    groupLabel: chance(0.5) ? pick(['分县（市、区）', '其中：', '各地情况']) : undefined, unitCol: o.unitCol ?? chance(0.3),
    blankBefore: o.blank ?? (chance(0.2) ? [pick(leaves).key] : undefined),
  });
  if (o.split) { lay.unitCol = false; return { book, tb, lay, pl, leaves, tot, rows }; }
  const sh = book.sheet(o.sheet ?? pick(['两个覆盖', 'Sheet1', '表1', '汇总表', `${pl.city}`]));
  if (lay.transpose) lay.unitCol = chance(0.5);
  layout(book, sh, tb, { ...lay, unitCol: lay.transpose ? lay.unitCol : false });
  return book;
}

// ---------- 2. counties grouped into 市辖区 / 县（市） with subtotals
function tGrouped(o = {}) {
  const pl = o.place || pick(CITIES.filter((c) => c.units.filter((u) => u.endsWith('区')).length >= 2 && c.units.filter((u) => !u.endsWith('区')).length >= 2));
  const scale = ri(60, 500);
  const dist = pl.units.filter((u) => u.endsWith('区')), cnty = pl.units.filter((u) => !u.endsWith('区'));
  const style = o.style ?? ri(0, 2);
  const gl = [['一、市辖区', '二、县（市）'], ['（一）城区', '（二）县（市）'], ['市区小计', '县（市）小计']][style];
  const num = chance(0.5);
  const mk = (arr, g) => arr.map((u, i) => ({ key: g + i, label: (num ? `${i + 1}.` : '') + u, kind: 'leaf', lvl: 2, rec: countyRec(scale * U(0.4, 1.6)) }));
  const d = mk(dist, 'd'), c = mk(cnty, 'c');
  const g1 = { key: 'G1', label: gl[0], kind: 'total', lvl: 1, parts: d.map((x) => x.key) }, g2 = { key: 'G2', label: gl[1], kind: 'total', lvl: 1, parts: c.map((x) => x.key) };
  const lead = [];
  if (chance(0.4)) lead.push({ key: 'u0', label: style === 2 ? '市本级' : '三、市本级', kind: 'leaf', lvl: 1, rec: countyRec(scale * 2) });
  const T = { key: 'T', label: pick(['全市', '合计', '全市总计']), kind: 'total', parts: ['G1', 'G2', ...lead.map((x) => x.key)] };
  const after = style === 2; // subtotal after its members
  const body = after ? [...d, g1, ...c, g2, ...lead] : [g1, ...d, g2, ...c, ...lead];
  const rows = (o.totalPos ?? pick(['top', 'bottom'])) === 'top' ? [T, ...body] : [...body, T];
  const dec = o.dec ?? pick([1, 2]);
  const keys = o.keys ?? randomKeys({ mode: pick(['cov', 'mix', 'types']) });
  const tb = build(rows, catalog(keys, { dec, groupNH: chance(0.4) }));
  const book = new Book(); const sh = book.sheet(o.sheet ?? '分地区');
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}社会组织党建工作情况统计表（分地区）`, stub: '地区', indent: o.indent ?? pick(['space', 'align']), seq: false }));
  return book;
}

// ---------- 3. registration level x type hierarchy
function tLevelType(o = {}) {
  const prov = o.prov ?? chance(0.4);
  const levels = prov ? [['S', '省级登记'], ['C', '市级登记'], ['X', '县级登记']] : [['C', '市级登记'], ['X', '县（市、区）级登记']];
  const nums = ['一、', '二、', '三、'], sub = ['（一）', '（二）', '（三）'];
  const rows = [];
  const T = { key: 'T', label: pick(['总计', '合计', prov ? '全省' : '全市']), kind: 'total', parts: levels.map((l) => l[0]) };
  const body = [];
  levels.forEach(([k, name], i) => {
    const s = (prov ? [2500, 1800, 1200] : [900, 1500])[i] * U(0.6, 1.4);
    const st = stRec(s), mn = genUnit('MN', s), jj = o.jjZero === i ? L.zeroRec() : genUnit('JJ', s * 3);
    body.push({ key: k, label: nums[i] + name, kind: 'total', lvl: 1, parts: [k + 'st', k + 'mn', k + 'jj'] });
    body.push({ key: k + 'st', label: sub[0] + '社会团体', kind: 'leaf', lvl: 2, rec: st.all });
    body.push({ key: k + 'h', label: '其中：行业协会商会', kind: 'sub', parent: k + 'st', lvl: 3, rec: st.assoc });
    body.push({ key: k + 'mn', label: sub[1] + pick(['民办非企业单位', '社会服务机构']), kind: 'leaf', lvl: 2, rec: mn });
    body.push({ key: k + 'jj', label: sub[2] + '基金会', kind: 'leaf', lvl: 2, rec: jj });
  });
  rows.push(...((o.totalPos ?? pick(['top', 'top', 'bottom'])) === 'top' ? [T, ...body] : [...body, T]));
  const keys = o.keys ?? pick([['N', 'P', 'PS', 'PL', 'RP', 'W', 'RW'], ['N', 'P', 'RP', 'M', 'FT', 'GD'], ['N', 'P', 'RP', 'W', 'RW', 'M']]);
  const tb = build(rows, catalog(keys, { dec: o.dec ?? pick([1, 2]) }));
  const book = new Book(); const sh = book.sheet(o.sheet ?? '按登记层级');
  layout(book, sh, tb, commonLayout(o, { title: `${prov ? pick(PROVS).city : pickCity().city}社会组织党建工作情况统计表（按登记管理层级）`, stub: '项目', seq: false, indent: o.indent ?? pick(['space', 'align', 'none']) }));
  return book;
}

// ---------- 4. by type with 其中 rows
function tTypeRows(o = {}) {
  const pl = pickCity(); const s = ri(1500, 5000);
  const a1 = genUnit('ST', s * 0.8, 'all'), a2 = genUnit('ST', s * 0.3, 'all'), oth = genUnit('ST', s, 'none');
  const st = { assoc: agg([a1, a2]), all: agg([a1, a2, oth]) };
  const mn = genUnit('MN', s), jj = genUnit('JJ', s * 2);
  const n = o.numbered ?? chance(0.5);
  const split = o.hSplit ?? chance(0.4);
  const rows = [
    { key: 'st', label: (n ? '一、' : '') + '社会团体', kind: 'leaf', rec: st.all },
    { key: 'h', label: '其中：行业协会商会', kind: 'sub', parent: 'st', lvl: 1, rec: st.assoc, parts: split ? ['h1', 'h2'] : undefined },
    ...(split ? [{ key: 'h1', label: '1.已脱钩', kind: 'leaf', lvl: 2, rec: a1 }, { key: 'h2', label: '2.未脱钩', kind: 'leaf', lvl: 2, rec: a2 }] : []),
    { key: 'mn', label: (n ? '二、' : '') + '民办非企业单位', kind: 'leaf', rec: mn },
    { key: 'jj', label: (n ? '三、' : '') + '基金会', kind: 'leaf', rec: jj },
  ];
  const T = { key: 'T', label: pick(['合计', '总计', '全市']), kind: 'total', parts: ['st', 'mn', 'jj'] };
  const all = (o.totalPos ?? pick(['top', 'bottom'])) === 'top' ? [T, ...rows] : [...rows, T];
  const keys = o.keys ?? pick([['N', 'P', 'PS', 'PL', 'RP', 'W', 'RW'], ['N', 'P', 'RP', 'M', 'MF', 'MY', 'MC', 'FT', 'GD'], ['N', 'P', 'RP', 'FUND']]);
  const tb = build(all, catalog(keys, { dec: o.dec ?? pick([1, 2]), memberGroup: chance(0.3) }));
  const book = new Book(); const sh = book.sheet(o.sheet ?? '按类型');
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}各类社会组织党建工作情况表`, stub: pick(['类别', '组织类型', '项目']) }));
  return book;
}

// ---------- 5. level x type matrix
function tMatrix(o = {}) {
  const prov = chance(0.4);
  const levels = prov ? [['S', '省级'], ['C', '市级'], ['X', '县级']] : [['C', '市级'], ['X', '县（市、区）级']];
  const rows = levels.map(([k, l], i) => ({ key: k, label: l + (chance(0.5) ? '登记' : ''), kind: 'leaf', rec: countyRec((prov ? [900, 2000, 5000] : [800, 3000])[i] * U(0.7, 1.3)) }));
  const T = { key: 'T', label: pick(['合计', '总计']), kind: 'total', parts: levels.map((l) => l[0]) };
  const all = chance(0.6) ? [T, ...rows] : [...rows, T];
  const g1 = '社会组织数', g2 = pick(['已建党组织的社会组织数', '已建立党组织数']);
  const dec = pick([1, 2]);
  const cols = [
    { key: 'N', path: [g1, '合计'], kind: 'count', f: fN },
    { key: 'ST', path: [g1, '社会团体'], kind: 'count', f: (r) => r.ST },
    { key: 'MN', path: [g1, '民办非企业单位'], kind: 'count', f: (r) => r.MN },
    { key: 'JJ', path: [g1, '基金会'], kind: 'count', f: (r) => r.JJ },
    { key: 'P', path: [g2, '合计'], kind: 'count', f: fP },
    { key: 'PST', path: [g2, '社会团体'], kind: 'count', f: (r) => r.PST, sub: 'ST' },
    { key: 'PMN', path: [g2, '民办非企业单位'], kind: 'count', f: (r) => r.PMN, sub: 'MN' },
    { key: 'PJJ', path: [g2, '基金会'], kind: 'count', f: (r) => r.PJJ, sub: 'JJ' },
    { key: 'RP', path: ['党组织覆盖率（%）'], kind: 'rate', num: 'P', den: 'N', numF: fP, denF: fN, dec },
  ];
  const tb = build(all, cols, { rowLin: [{ y: 'N', xs: [['ST', 1], ['MN', 1], ['JJ', 1]] }, { y: 'P', xs: [['PST', 1], ['PMN', 1], ['PJJ', 1]] }] });
  const book = new Book(); const sh = book.sheet('分层级分类型');
  layout(book, sh, tb, commonLayout(o, { title: `${prov ? pick(PROVS).city : pickCity().city}社会组织及党组织建设情况（按登记层级和类型）`, stub: '登记层级', seq: false, colNums: false }));
  return book;
}

// ---------- 6. several small tables stacked on one sheet
function tStacked(o = {}) {
  const pl = pickCity(); const dec = pick([1, 2]);
  const sC = ri(600, 1500), sX = ri(1500, 4000);
  const cst = stRec(sC), cmn = genUnit('MN', sC), cjj = genUnit('JJ', sC * 3), xst = stRec(sX), xmn = genUnit('MN', sX), xjj = genUnit('JJ', sX);
  const lvRows = () => { const T = { key: 'T', label: '合计', kind: 'total', parts: ['C', 'X'] }; return [T, { key: 'C', label: '市级登记', kind: 'leaf', rec: agg([cst.all, cmn, cjj]) }, { key: 'X', label: '县级登记', kind: 'leaf', rec: agg([xst.all, xmn, xjj]) }]; };
  const t1 = build(lvRows(), catalog(['N', 'H', 'P', 'RP'], { dec }));
  const t2 = build([{ key: 'T', label: '合计', kind: 'total', parts: ['st', 'mn', 'jj'] }, { key: 'st', label: '社会团体', kind: 'leaf', rec: agg([cst.all, xst.all]) }, { key: 'h', label: '　其中：行业协会商会', kind: 'sub', parent: 'st', rec: agg([cst.assoc, xst.assoc]) }, { key: 'mn', label: '民办非企业单位', kind: 'leaf', rec: agg([cmn, xmn]) }, { key: 'jj', label: '基金会', kind: 'leaf', rec: agg([cjj, xjj]) }], catalog(['N', 'P', 'RP', 'W', 'RW'], { dec }));
  const t3 = build(lvRows(), catalog(['M', 'MF', 'MY', 'MC', 'FT'], { memberGroup: chance(0.5) }));
  const book = new Book(); const sh = book.sheet(o.sheet ?? '综合');
  const zero = zeroPick();
  sh.set(1, 1, `${pl.city}社会组织党建工作基本情况`, { title: true }); sh.merge(1, 1, 1, 7); sh.nextRow = 3;
  const gap = ri(1, 3);
  layout(book, sh, t1, { title: '表1　社会组织党组织覆盖情况（按登记层级）', unit: '单位：个、%', stub: '登记层级', zero, gapAfter: gap });
  layout(book, sh, t2, { title: '表2　社会组织党建“两个覆盖”情况（按类型）', unit: '单位：个、%', stub: '类型', zero, gapAfter: gap });
  layout(book, sh, t3, { title: '表3　社会组织党员队伍情况', unit: '单位：人', stub: '登记层级', zero, notes: chance(0.6) ? ['注：表1、表2合计数应一致。'] : [] });
  for (const c of ['N', 'P']) book.xrels.push({ t: 'lin', y: { tb: t2, rk: 'T', ck: c }, xs: [[{ tb: t1, rk: 'T', ck: c }, 1]], tol: 0 });
  return book;
}

// ---------- 7/8. 续表 (columns continued / rows continued)
function tContCols(o = {}) {
  const x = tCounty({ ...o, split: true, keys: ['N', 'H', 'P', 'PS', 'PL', 'RP', 'W', 'RW', 'M', 'MF', 'MY', 'MC', 'FT', 'GD'], transpose: false, colNums: false });
  const { book, tb, lay, pl } = x;
  const s1 = book.sheet(o.sheet ?? '表2'), s2 = book.sheet(o.sheet2 ?? pick(['表2（续）', '续表', '表2续']));
  layout(book, s1, tb, { ...lay, colKeys: ['N', 'H', 'P', 'PS', 'PL', 'RP'], notes: [], title: `表2　${pl.city}社会组织党建“两个覆盖”情况` });
  layout(book, s2, tb, { ...lay, colKeys: ['W', 'RW', 'M', 'MF', 'MY', 'MC', 'FT', 'GD'], title: '续表' });
  return book;
}
function tContRows(o = {}) {
  const pl = o.place || pick([...CITIES.filter((c) => c.units.length >= 10), ...PROVS]);
  const x = tCounty({ ...o, place: pl, split: true, n: pl.units.length, totalPos: 'bottom', transpose: false, colNums: false, blank: [] });
  const { book, tb, lay, leaves, tot } = x;
  const k = Math.ceil(leaves.length / 2) + ri(-1, 1);
  const s1 = book.sheet(o.sheet ?? pick(['表3', 'Sheet1', '分地区'])), s2 = book.sheet(o.sheet2 ?? pick(['表3（续）', '续表', 'Sheet2']));
  layout(book, s1, tb, { ...lay, rowKeys: leaves.slice(0, k).map((r) => r.key), notes: [] });
  layout(book, s2, tb, { ...lay, rowKeys: [...leaves.slice(k).map((r) => r.key), tot.key], title: lay.title ? '续表' : undefined, subtitle: undefined });
  return book;
}

// ---------- 9. quarterly ledger by county
function tLedgerCounty(o = {}) {
  const pl = pickCity(); const units = pl.units.slice(0, ri(4, pl.units.length));
  const leaves = units.map((u, i) => {
    const S0 = ri(60, 900); const A = ri(0, Math.ceil(S0 * 0.04)); const D = ri(0, Math.ceil(S0 * 0.02)) * (chance(0.3) ? 0 : 1);
    const PS0 = Math.round(S0 * U(0.2, 0.5)); const PA = chance(0.4) ? 0 : ri(0, Math.min(A + 2, 6)); const PD = chance(0.6) ? 0 : ri(0, 2);
    return { key: 'u' + i, label: u, kind: 'leaf', rec: { S0, A, D, PS0, PA, PD } };
  });
  const T = { key: 'T', label: pick(['合计', '全市']), kind: 'total', parts: leaves.map((r) => r.key) };
  const rows = chance(0.5) ? [T, ...leaves] : [...leaves, T];
  const g1 = '社会组织数', g2 = '已建党组织的社会组织数'; const dec = pick([1, 2]);
  const q = pick(['第三季度', '第二季度', '第四季度']);
  const cols = [
    { key: 'S0', path: [g1, '上季度末'], kind: 'count', f: (r) => r.S0 }, { key: 'A', path: [g1, '本季度新增'], kind: 'count', f: (r) => r.A },
    { key: 'D', path: [g1, pick(['本季度注销', '本季度撤销'])], kind: 'count', f: (r) => r.D }, { key: 'E', path: [g1, '本季度末'], kind: 'count', f: (r) => r.S0 + r.A - r.D },
    { key: 'PS0', path: [g2, '上季度末'], kind: 'count', f: (r) => r.PS0 }, { key: 'PA', path: [g2, '本季度新建'], kind: 'count', f: (r) => r.PA },
    { key: 'PD', path: [g2, '本季度撤销'], kind: 'count', f: (r) => r.PD }, { key: 'PE', path: [g2, '本季度末'], kind: 'count', f: (r) => r.PS0 + r.PA - r.PD, sub: 'E' },
    { key: 'R', path: ['本季度末党组织覆盖率（%）'], kind: 'rate', num: 'PE', den: 'E', numF: (r) => r.PS0 + r.PA - r.PD, denF: (r) => r.S0 + r.A - r.D, dec },
  ];
  const tb = build(rows, cols, { rowLin: [{ y: 'E', xs: [['S0', 1], ['A', 1], ['D', -1]] }, { y: 'PE', xs: [['PS0', 1], ['PA', 1], ['PD', -1]] }] });
  const book = new Book(); const sh = book.sheet(o.sheet ?? `2025年${q}`);
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}社会组织及党组织增减变动情况台账（2025年${q}）`, stub: '县（市、区）', zero: o.zero ?? pick(['—', '-', 0, '']), rateRaw: false, colNums: false, unitCol: false, notes: pick([['注：本季度末数=上季度末数+本季度新增-本季度注销（撤销）。'], ['填报说明：本表按季度填报，于季度结束后10日内报送。', '填表人：　　　　审核人：　　　　联系电话：'], []]) }));
  return book;
}

// ---------- 10. quarterly ledger by quarter, with cumulative row
function tLedgerQuarter(o = {}) {
  const pl = pickCity(); const k = o.k ?? pick([3, 4]); const dec = pick([1, 2]);
  const qn = ['第一季度', '第二季度', '第三季度', '第四季度'];
  const tb = new Table([], []);
  const cols = [['S0', '期初数'], ['A', '本期新增'], ['D', '本期减少'], ['E', '期末数'], ['P0', '期初数'], ['PA', '本期新建'], ['PD', '本期撤销'], ['PE', '期末数'], ['R', '期末党组织覆盖率（%）']];
  tb.cols = cols.map(([key, l]) => ({ key, path: key === 'R' ? [l] : [key.startsWith('P') ? '已建党组织的社会组织' : '社会组织', l] }));
  let S = ri(1500, 6000), P = Math.round(S * U(0.25, 0.45));
  const qs = [];
  for (let i = 0; i < k; i++) {
    const A = ri(5, Math.ceil(S * 0.03)), D = ri(0, Math.ceil(S * 0.015)), PA = ri(0, 25), PD = ri(0, 6);
    qs.push({ key: 'q' + i, label: qn[i], kind: 'leaf', S0: S, A, D, E: S + A - D, P0: P, PA, PD, PE: P + PA - PD });
    S = S + A - D; P = P + PA - PD;
  }
  const cum = { key: 'Y', label: k === 4 ? pick(['全年', '全年合计']) : pick(['1-3季度累计', '前三季度合计']), kind: 'total', S0: qs[0].S0, A: qs.reduce((a, q) => a + q.A, 0), D: qs.reduce((a, q) => a + q.D, 0), E: qs[k - 1].E, P0: qs[0].P0, PA: qs.reduce((a, q) => a + q.PA, 0), PD: qs.reduce((a, q) => a + q.PD, 0), PE: qs[k - 1].PE };
  tb.rows = [...qs, cum];
  for (const r of tb.rows) {
    for (const c of ['S0', 'A', 'D', 'E', 'P0', 'PA', 'PD', 'PE']) tb.set(r.key, c, { k: 'count', v: r[c] });
    tb.set(r.key, 'R', { k: 'rate', v: rateVal(r.PE, r.E, dec), dec, raw: r.PE / r.E * 100 });
    tb.rels.push({ t: 'lin', y: [r.key, 'E'], xs: [[[r.key, 'S0'], 1], [[r.key, 'A'], 1], [[r.key, 'D'], -1]] });
    tb.rels.push({ t: 'lin', y: [r.key, 'PE'], xs: [[[r.key, 'P0'], 1], [[r.key, 'PA'], 1], [[r.key, 'PD'], -1]] });
    tb.rels.push({ t: 'rate', y: [r.key, 'R'], num: [[r.key, 'PE']], den: [[r.key, 'E']], dec });
  }
  for (let i = 1; i < k; i++) for (const [a, b] of [['S0', 'E'], ['P0', 'PE']]) tb.rels.push({ t: 'lin', y: ['q' + i, a], xs: [[['q' + (i - 1), b], 1]] });
  for (const c of ['A', 'D', 'PA', 'PD']) tb.rels.push({ t: 'lin', y: ['Y', c], xs: qs.map((q) => [[q.key, c], 1]) });
  tb.rels.push({ t: 'lin', y: ['Y', 'S0'], xs: [[['q0', 'S0'], 1]] }, { t: 'lin', y: ['Y', 'E'], xs: [[['q' + (k - 1), 'E'], 1]] });
  tb.rels.push({ t: 'lin', y: ['Y', 'P0'], xs: [[['q0', 'P0'], 1]] }, { t: 'lin', y: ['Y', 'PE'], xs: [[['q' + (k - 1), 'PE'], 1]] });
  const book = new Book(); const sh = book.sheet(o.sheet ?? '季度台账');
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}社会组织党建工作季度统计台账（2025年）`, stub: '季度', seq: false, rateRaw: false, colNums: false, notes: ['注：期末数=期初数+本期新增-本期减少；下季度期初数为上季度期末数。'] }));
  return book;
}

// ---------- 11. two-year comparison, indicators as rows
function tTwoYearInd(o = {}) {
  const pl = chance(0.3) ? pick(PROVS) : pickCity();
  const { y1, y2 } = twoYears(ri(2000, 9000)); const dec = o.dec ?? pick([1, 2]); const gdec = o.gdec ?? pick([1, 2]);
  const [Y1, Y2] = pick(YEARS);
  const ind = [
    ['N', '社会组织总数', '个', fN], ['H', '　其中：行业协会商会', '个', (r) => r.H], ['P', '已建立党组织的社会组织数', '个', fP], ['PS', '　其中：单独建立', '个', (r) => r.PS], ['PL', '　　　　联合建立', '个', (r) => fP(r) - r.PS],
    ['RP', '党组织覆盖率', '%', null, 'P', 'N'], ['W', '实现党的工作覆盖数', '个', (r) => r.W], ['RW', '党的工作覆盖率', '%', null, 'W', 'N'],
    ['M', '党员总数', '人', (r) => r.M], ['MF', '　其中：女党员', '人', (r) => r.MF], ['MY', '　　　　35岁及以下', '人', (r) => r.MY], ['FT', '专职党务工作者', '人', (r) => r.FT], ['GD', '党建工作指导员', '人', (r) => r.GD],
  ].filter((x) => !['PS', 'PL', 'W', 'RW', 'MY', 'H'].includes(x[0]) || chance(0.6));
  const have = new Set(ind.map((x) => x[0]));
  const rows = ind.filter((x) => !(x[0] === 'PS' && !have.has('PL')) && !(x[0] === 'PL' && !have.has('PS')) && !(x[0] === 'RW' && !have.has('W')) && !(x[0] === 'W' && !have.has('RW')));
  const tb = new Table(rows.map(([key, label, unit]) => ({ key, label, unit, kind: 'leaf' })), [
    { key: 'Y1', path: [Y1] }, { key: 'Y2', path: [Y2] }, { key: 'D', path: [pick(['增减', '比上年增减', '增减数'])], diff: true }, { key: 'G', path: [pick(['增长（%）', '增幅（%）', '增长率（%）'])] }]);
  const byKey = Object.fromEntries(rows.map((x) => [x[0], x]));
  const pctNone = pick(['—', '', '-']);
  for (const [key, , , f, nk, dk] of rows) {
    if (f) {
      const a = f(y1), b = f(y2);
      tb.set(key, 'Y1', { k: 'count', v: a }); tb.set(key, 'Y2', { k: 'count', v: b }); tb.set(key, 'D', { k: 'count', v: b - a });
      tb.set(key, 'G', { k: 'growth', v: growthVal(b, a, gdec), dec: gdec });
      tb.rels.push({ t: 'lin', y: [key, 'D'], xs: [[[key, 'Y2'], 1], [[key, 'Y1'], -1]] }, { t: 'growth', y: [key, 'G'], cur: [key, 'Y2'], prev: [key, 'Y1'], dec: gdec });
    } else {
      const nf = byKey[nk][3], df = byKey[dk][3];
      const a = rateVal(nf(y1), df(y1), dec), b = rateVal(nf(y2), df(y2), dec);
      tb.set(key, 'Y1', { k: 'rate', v: a, dec }); tb.set(key, 'Y2', { k: 'rate', v: b, dec }); tb.set(key, 'D', { k: 'pdiff', v: round(b - a, dec), dec }); tb.set(key, 'G', { k: 'text', v: pctNone });
      for (const y of ['Y1', 'Y2']) tb.rels.push({ t: 'rate', y: [key, y], num: [[nk, y]], den: [[dk, y]], dec });
      tb.rels.push({ t: 'lin', y: [key, 'D'], xs: [[[key, 'Y2'], 1], [[key, 'Y1'], -1]], tol: 1e-6 });
    }
  }
  if (have.has('PS') && have.has('PL')) for (const y of ['Y1', 'Y2', 'D']) tb.rels.push({ t: 'lin', y: ['P', y], xs: [[['PS', y], 1], [['PL', y], 1]] });
  for (const [s, w] of [['H', 'N'], ['MF', 'M'], ['MY', 'M']]) if (have.has(s)) for (const y of ['Y1', 'Y2']) tb.rels.push({ t: 'le', a: [s, y], b: [w, y] });
  const book = new Book(); const sh = book.sheet(o.sheet ?? '两年对比');
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}社会组织党建工作主要指标对比表`, stub: '指标', unitCol: o.unitCol ?? chance(0.7), seq: false, rateRaw: false, colNums: false, unit: chance(0.5) ? '单位：个、人、%' : undefined, notes: chance(0.7) ? ['注：覆盖率的增减为百分点。'] : [] }));
  return book;
}

// ---------- 12. two-year comparison by county, column groups
function tTwoYearCounty(o = {}) {
  const pl = o.place || (chance(0.2) ? pick(PROVS) : pickCity()); const units = pl.units.slice(0, ri(4, pl.units.length));
  const scale = pl.prov ? ri(800, 3000) : ri(60, 600);
  const leaves = units.map((u, i) => { const { y1, y2 } = twoYears(scale * U(0.4, 1.6)); return { key: 'u' + i, label: u, kind: 'leaf', rec: { N1: fN(y1), P1: fP(y1), N2: fN(y2), P2: fP(y2), M1: y1.M, M2: y2.M } }; });
  if (o.newZone ?? chance(0.3)) { const y2 = countyRec(scale * U(0.05, 0.2)); leaves.push({ key: 'nz', label: pick(['新区', '高新区', '临空经济区']), kind: 'leaf', rec: { N1: 0, P1: 0, N2: fN(y2), P2: fP(y2), M1: 0, M2: y2.M } }); }
  const T = { key: 'T', label: pl.prov ? '全省' : pick(['全市', '合计']), kind: 'total', parts: leaves.map((r) => r.key) };
  const rows = (o.totalPos ?? pick(['top', 'bottom'])) === 'top' ? [T, ...leaves] : [...leaves, T];
  const [Y1, Y2] = pick(YEARS); const dec = o.dec ?? pick([1, 2]); const gdec = o.gdec ?? pick([1, 2]);
  const withM = chance(0.35);
  const cols = [
    { key: 'N1', path: [Y1, '社会组织数'], kind: 'count', f: (r) => r.N1 }, { key: 'P1', path: [Y1, '已建党组织数'], kind: 'count', f: (r) => r.P1, sub: 'N1' },
    { key: 'RP1', path: [Y1, '覆盖率（%）'], kind: 'rate', num: 'P1', den: 'N1', numF: (r) => r.P1, denF: (r) => r.N1, dec },
    { key: 'N2', path: [Y2, '社会组织数'], kind: 'count', f: (r) => r.N2 }, { key: 'P2', path: [Y2, '已建党组织数'], kind: 'count', f: (r) => r.P2, sub: 'N2' },
    { key: 'RP2', path: [Y2, '覆盖率（%）'], kind: 'rate', num: 'P2', den: 'N2', numF: (r) => r.P2, denF: (r) => r.N2, dec },
  ];
  if (withM) cols.splice(3, 0, { key: 'M1', path: [Y1, '党员数'], kind: 'count', f: (r) => r.M1 }), cols.push({ key: 'M2', path: [Y2, '党员数'], kind: 'count', f: (r) => r.M2 });
  const dl = pick(['增减', '增减情况', '比上年增减']);
  cols.push({ key: 'dN', path: [dl, '社会组织数'], kind: 'count', diff: true, f: (r) => r.N2 - r.N1 }, { key: 'dP', path: [dl, '已建党组织数'], kind: 'count', diff: true, f: (r) => r.P2 - r.P1 });
  if (chance(0.7)) cols.push({ key: 'dR', path: [dl, '覆盖率（百分点）'], kind: 'pdiff', a: 'RP2', b: 'RP1', dec });
  const gl = pick(['增长（%）', '增幅（%）']);
  cols.push({ key: 'gN', path: [gl, '社会组织数'], kind: 'growth', cur: 'N2', prev: 'N1', curF: (r) => r.N2, prevF: (r) => r.N1, dec: gdec });
  if (chance(0.6)) cols.push({ key: 'gP', path: [gl, '已建党组织数'], kind: 'growth', cur: 'P2', prev: 'P1', curF: (r) => r.P2, prevF: (r) => r.P1, dec: gdec });
  if (withM && chance(0.5)) cols.push({ key: 'gM', path: [gl, '党员数'], kind: 'growth', cur: 'M2', prev: 'M1', curF: (r) => r.M2, prevF: (r) => r.M1, dec: gdec });
  const tb = build(rows, cols, { rowLin: [{ y: 'dN', xs: [['N2', 1], ['N1', -1]] }, { y: 'dP', xs: [['P2', 1], ['P1', -1]] }] });
  const book = new Book(); const sh = book.sheet(o.sheet ?? '两年对比');
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}社会组织党组织覆盖情况对比（${Y1.slice(0, 4)}—${Y2.slice(0, 4)}年）`, stub: stubFor(pl), colNums: false, unitCol: false }));
  return book;
}

// ---------- 13. two-year blocks stacked + change block
function tTwoYearBlocks(o = {}) {
  const pl = pickCity(); const units = pl.units.slice(0, ri(4, pl.units.length)); const scale = ri(60, 600);
  const ys = units.map(() => twoYears(scale * U(0.4, 1.6)));
  const [Y1, Y2] = pick(YEARS); const dec = pick([1, 2]); const gdec = pick([1, 2]);
  const totLabel = pick(['全市', '合计']); const top = chance(0.5);
  const mkRows = (sel) => { const leaves = units.map((u, i) => ({ key: 'u' + i, label: u, kind: 'leaf', rec: sel(ys[i]) })); const T = { key: 'T', label: totLabel, kind: 'total', parts: leaves.map((r) => r.key) }; return top ? [T, ...leaves] : [...leaves, T]; };
  const keys = ['N', 'H', 'P', 'RP'];
  const cat = catalog(keys, { dec, pGroup: '已建党组织的社会组织数', nLabel: '社会组织数' });
  const tA = build(mkRows((y) => y.y1), cat), tB = build(mkRows((y) => y.y2), cat);
  const tC = build(mkRows((y) => ({ N1: fN(y.y1), N2: fN(y.y2), P1: fP(y.y1), P2: fP(y.y2) })), [
    { key: 'dN', path: ['社会组织数增减'], kind: 'count', diff: true, f: (r) => r.N2 - r.N1 },
    { key: 'gN', path: ['社会组织数增长（%）'], kind: 'growth', curF: (r) => r.N2, prevF: (r) => r.N1, dec: gdec },
    { key: 'dP', path: ['已建党组织数增减'], kind: 'count', diff: true, f: (r) => r.P2 - r.P1 },
    { key: 'dR', path: ['覆盖率增减（百分点）'], kind: 'pdiffx' },
  ]);
  for (const r of tC.rows) {
    const a = tA.get(r.key, 'RP').v, b = tB.get(r.key, 'RP').v;
    tC.set(r.key, 'dR', { k: 'pdiff', v: round(b - a, dec), dec });
    const X = (t, c) => ({ tb: t, rk: r.key, ck: c });
    const book0 = null; void book0;
    tC.rels.push({ t: 'lin', y: [r.key, 'dR'], xs: [[X(tB, 'RP'), 1], [X(tA, 'RP'), -1]], tol: 1e-6, cross: true });
    tC.rels.push({ t: 'lin', y: [r.key, 'dN'], xs: [[X(tB, 'N'), 1], [X(tA, 'N'), -1]], cross: true });
    tC.rels.push({ t: 'lin', y: [r.key, 'dP'], xs: [[X(tB, 'P'), 1], [X(tA, 'P'), -1]], cross: true });
    tC.rels.push({ t: 'growth', y: [r.key, 'gN'], cur: X(tB, 'N'), prev: X(tA, 'N'), dec: gdec, cross: true });
  }
  const book = new Book(); const sh = book.sheet(o.sheet ?? '年度对比');
  const zero = zeroPick();
  sh.set(1, 1, `${pl.city}社会组织党组织覆盖情况年度对比`, { title: true }); sh.merge(1, 1, 1, 6); sh.nextRow = 3;
  layout(book, sh, tA, { title: `（一）${Y1}`, unit: '单位：个、%', stub: '县（市、区）', zero, gapAfter: 1 });
  layout(book, sh, tB, { title: `（二）${Y2}`, unit: '单位：个、%', stub: '县（市、区）', zero, gapAfter: 1 });
  layout(book, sh, tC, { title: '（三）增减情况', unit: '单位：个、%、百分点', stub: '县（市、区）', zero: 0 });
  return book;
}

// ---------- 14. 脱钩 associations
function tDecouple(o = {}) {
  const pl = chance(0.3) ? pick(PROVS) : pickCity();
  let leaves;
  const byLevel = o.byLevel ?? chance(0.5);
  if (byLevel) leaves = (pl.prov ? [['S', '省级'], ['C', '市级'], ['X', '县级']] : [['C', '市级'], ['X', '县（市、区）级']]).map(([k, l]) => ({ key: k, label: l, kind: 'leaf', rec: genUnit('ST', ri(300, 2500)) }));
  else leaves = pl.units.slice(0, ri(4, pl.units.length)).map((u, i) => ({ key: 'u' + i, label: u, kind: 'leaf', rec: genUnit('ST', pl.prov ? ri(300, 1500) : ri(40, 300)) }));
  const T = { key: 'T', label: pick(['合计', '总计']), kind: 'total', parts: leaves.map((r) => r.key) };
  const rows = chance(0.5) ? [T, ...leaves] : [...leaves, T];
  const keys = pick([['H', 'YG', 'TG', 'RTG', 'PTG', 'RPTG'], ['H', 'YG', 'TG', 'RTG'], ['H', 'PH', 'RH', 'YG', 'TG', 'RTG']]);
  const cols = catalog(keys, { dec: pick([1, 2]) });
  cols.find((c) => c.key === 'H').path = ['行业协会商会数'];
  const tb = build(rows, cols);
  const book = new Book(); const sh = book.sheet(o.sheet ?? '脱钩');
  layout(book, sh, tb, commonLayout(o, { title: `${pl.city}行业协会商会与行政机关脱钩及党建工作情况统计表`, stub: byLevel ? '登记层级' : stubFor(pl), unitCol: false, transpose: false }));
  return book;
}

// ---------- 15. multi-sheet: summary + detail sheets
function tSummaryDetail(o = {}) {
  const pl = pickCity(); const units = pl.units.slice(0, ri(4, pl.units.length)); const scale = ri(60, 500);
  const cs = ri(800, 2000); const st = stRec(cs), mn = genUnit('MN', cs), jj = genUnit('JJ', cs * 3);
  const cRec = agg([st.all, mn, jj]);
  const uRows = units.map((u, i) => ({ key: 'u' + i, label: u, kind: 'leaf', rec: countyRec(scale * U(0.4, 1.6)) }));
  const xRec = agg(uRows.map((r) => r.rec));
  const keys = o.keys ?? pick([['N', 'P', 'PS', 'PL', 'RP', 'M'], ['N', 'P', 'RP', 'W', 'RW'], ['N', 'P', 'RP', 'M', 'FT', 'GD']]);
  const dec = pick([1, 2]); const cat = () => catalog(keys, { dec, pGroup: '已建立党组织的社会组织数', nLabel: '社会组织数' });
  const t1 = build([{ key: 'T', label: '全市合计', kind: 'total', parts: ['C', 'X'] }, { key: 'C', label: '市级登记', kind: 'leaf', rec: cRec }, { key: 'X', label: '县级登记', kind: 'leaf', rec: xRec }], cat());
  const T2 = { key: 'T', label: '合计', kind: 'total', parts: uRows.map((r) => r.key) };
  const t2 = build(chance(0.5) ? [T2, ...uRows] : [...uRows, T2], cat());
  const t3 = build([{ key: 'T', label: '合计', kind: 'total', parts: ['st', 'mn', 'jj'] }, { key: 'st', label: '社会团体', kind: 'leaf', rec: st.all }, { key: 'h', label: '　其中：行业协会商会', kind: 'sub', parent: 'st', rec: st.assoc }, { key: 'mn', label: '民办非企业单位', kind: 'leaf', rec: mn }, { key: 'jj', label: '基金会', kind: 'leaf', rec: jj }], cat());
  const book = new Book();
  const zero = zeroPick(); const unit = pick(UNITS);
  layout(book, book.sheet('汇总'), t1, { title: `${pl.city}社会组织党建工作情况汇总表`, unit, stub: '项目', zero });
  layout(book, book.sheet(pick(['分县（市、区）', '县级登记'])), t2, { title: '县级登记社会组织党建情况（分县市区）', unit, stub: '县（市、区）', zero, seq: chance(0.5) });
  layout(book, book.sheet(pick(['市级登记分类型', '市级登记'])), t3, { title: '市级登记社会组织党建情况（分类型）', unit, stub: '类型', zero });
  for (const c of t1.cols) if (c.kind === 'count') {
    book.xrels.push({ t: 'lin', y: { tb: t1, rk: 'X', ck: c.key }, xs: [[{ tb: t2, rk: 'T', ck: c.key }, 1]] });
    book.xrels.push({ t: 'lin', y: { tb: t1, rk: 'C', ck: c.key }, xs: [[{ tb: t3, rk: 'T', ck: c.key }, 1]] });
  }
  return book;
}

// cross refs inside table rels: objects {tb,rk,ck} are handled by Book.finalize via conv(); arrays refer to own table.

const TEMPLATES = { tCounty, tGrouped, tLevelType, tTypeRows, tMatrix, tStacked, tContCols, tContRows, tLedgerCounty, tLedgerQuarter, tTwoYearInd, tTwoYearCounty, tTwoYearBlocks, tDecouple, tSummaryDetail };

// fixed designs for cases/: [name, seed, template, options, preferred plant kind]
const CASES = [
  ['county_std', 11, 'tCounty', { keys: ['N', 'H', 'P', 'PS', 'PL', 'RP', 'W', 'RW'], totalPos: 'bottom', seq: true, dec: 1, transpose: false, rateRaw: false }, 'total'],
  ['county_assocrow_pct', 12, 'tCounty', { keys: ['N', 'H', 'P', 'RP', 'W', 'RW'], totalPos: 'top', cityLevel: true, dec: 2, transpose: false, totalLabel: '全市', assocRow: true, pctFmt: true, textNums: false, rateRaw: false }, 'rate'],
  ['county_members_avg', 13, 'tCounty', { keys: ['P', 'M', 'MF', 'MY', 'MC', 'FT', 'GD', 'AVG'], totalPos: 'top', transpose: false, memberGroup: false, pctFmt: false }, 'sub'],
  ['county_fund', 14, 'tCounty', { keys: ['N', 'P', 'RP', 'FUND'], transpose: false, wanDec: 1, n: 12 }, 'wan'],
  ['county_transposed', 15, 'tCounty', { keys: ['N', 'H', 'P', 'PS', 'PL', 'RP', 'M'], transpose: true }, 'part'],
  ['county_types_dash', 16, 'tCounty', { keys: ['N', 'ST', 'MN', 'JJ', 'P', 'RP'], zero: '—', transpose: false, scale: 70 }, 'part'],
  ['county_grp3', 17, 'tCounty', { keys: ['N', 'H', 'P', 'PS', 'PL', 'RP', 'W', 'RW', 'M', 'MF', 'MY', 'MC'], grp3: true, transpose: false }, 'total'],
  ['county_rawrate_share', 18, 'tCounty', { keys: ['N', 'SHARE', 'P', 'RP', 'W', 'RW'], rateRaw: true, transpose: false, dec: 1, pctFmt: false, textNums: false }, 'rate'],
  ['province_textnums', 19, 'tCounty', { place: PROVS[0], keys: ['N', 'H', 'PH', 'RH', 'P', 'RP', 'M', 'GD'], transpose: false, cityLevel: true, textNums: true }, 'part'],
  ['county_colnums', 20, 'tCounty', { keys: ['N', 'H', 'P', 'PS', 'PL', 'RP'], colNums: true, seq: true, transpose: false }, 'part'],
  ['grouped', 21, 'tGrouped', { style: 0 }, 'total'],
  ['grouped_after', 22, 'tGrouped', { style: 2 }, 'part'],
  ['level_type_blankzero', 23, 'tLevelType', { prov: true, zero: '', jjZero: 1, indent: 'space' }, 'sub'],
  ['type_rows_hsplit', 24, 'tTypeRows', { hSplit: true, seq: true, indent: 'none', numbered: false }, 'rate'],
  ['matrix', 25, 'tMatrix', {}, 'part'],
  ['stacked', 26, 'tStacked', {}, 'total'],
  ['cont_cols', 27, 'tContCols', {}, 'rate'],
  ['cont_rows', 28, 'tContRows', {}, 'part'],
  ['ledger_county', 29, 'tLedgerCounty', {}, 'part'],
  ['ledger_county_sparse', 29, 'tLedgerCounty', {}, 'part', { cell: '2025年第四季度!G7', v: 2 }],
  ['county_transposed_small', 15, 'tCounty', { keys: ['N', 'H', 'P', 'PS', 'PL', 'RP', 'M'], transpose: true }, 'part', { cell: '赣州市!G9', delta: -1 }],
  ['ledger_quarter', 30, 'tLedgerQuarter', { k: 3 }, 'total'],
  ['twoyear_ind', 31, 'tTwoYearInd', {}, 'growth'],
  ['twoyear_county_newzone', 32, 'tTwoYearCounty', { newZone: true }, 'diff'],
  ['twoyear_blocks', 33, 'tTwoYearBlocks', {}, 'growth'],
  ['decouple', 34, 'tDecouple', {}, 'sub'],
  ['summary_detail', 35, 'tSummaryDetail', {}, 'total'],
];

async function emit(dir, name, book, prefer, list, note, forced) {
  book.finalize();
  const clean = `${dir}/${name}.xlsx`, planted = `${dir}/${name}_p.xlsx`;
  await render(book, clean);
  const plant = choosePlant(book, prefer, forced);
  await render(book, planted, plant);
  fs.mkdirSync(`rels/${dir}`, { recursive: true });
  fs.writeFileSync(`rels/${dir}/${name}.xlsx.json`, JSON.stringify({ rels: book.rels, plant: null }));
  fs.writeFileSync(`rels/${dir}/${name}_p.xlsx.json`, JSON.stringify({ rels: book.rels, plant }));
  list.push({ file: clean, planted: null, note });
  list.push({ file: planted, planted: { sheet: plant.sheet, cell: plant.cell }, twin: clean, note: `${note}; ${plant.kind} ${JSON.stringify(plant.old)}->${plant.v}` });
}

async function main() {
  process.chdir(__dirname);
  const which = process.argv[2];
  if (!which || which === 'cases') {
    fs.rmSync('cases', { recursive: true, force: true }); fs.mkdirSync('cases');
    const list = [];
    for (const [name, s, t, opt, prefer, forced] of CASES) {
      seed(s * 7919);
      const book = TEMPLATES[t](opt);
      await emit('cases', name, book, prefer, list, t, forced);
    }
    fs.writeFileSync('manifest.json', JSON.stringify(list, null, 1));
    console.log('cases', list.length);
  }
  if (!which || which === 'probe') {
    fs.rmSync('probe', { recursive: true, force: true }); fs.mkdirSync('probe');
    const list = [];
    const weights = [['tCounty', 14], ['tGrouped', 3], ['tLevelType', 3], ['tTypeRows', 3], ['tMatrix', 2], ['tStacked', 2], ['tContCols', 2], ['tContRows', 2], ['tLedgerCounty', 3], ['tLedgerQuarter', 2], ['tTwoYearInd', 3], ['tTwoYearCounty', 4], ['tTwoYearBlocks', 2], ['tDecouple', 3], ['tSummaryDetail', 2]];
    const bag = weights.flatMap(([t, w]) => Array(w).fill(t));
    const kinds = ['total', 'part', 'rate', 'sub', 'growth', 'diff', 'wan', 'part', 'total', 'rate'];
    for (let i = 0; i < 50; i++) {
      seed(424242 + i * 31);
      const t = pick(bag);
      const book = TEMPLATES[t]({});
      await emit('probe', `p${String(i).padStart(2, '0')}_${t}`, book, pick(kinds), list, t);
    }
    fs.writeFileSync('probe/manifest.json', JSON.stringify(list, null, 1));
    console.log('probe', list.length);
  }
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { TEMPLATES, CITIES, PROVS };
