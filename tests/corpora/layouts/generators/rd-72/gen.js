// node gen.js OUTDIR COUNT SEED PREFIX  -> OUTDIR/<prefix>NNN.xlsx + .meta.json + manifest.json
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, rnd } = require('./rel.js');
const [outDir, countS, seedS, prefix] = process.argv.slice(2);
const COUNT = +countS, SEED = +seedS;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(SEED);
const U = (a, b) => a + (b - a) * R();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sumInt = (xs) => xs.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0);
const sumDec = (xs, d) => rnd(xs.reduce((s, x) => s + (typeof x === 'number' ? Math.round(x * 10 ** d) : 0), 0) / 10 ** d, d);
const growth = (cur, prev, d = 1) => (typeof cur === 'number' && typeof prev === 'number' && prev > 0) ? rnd((cur / prev - 1) * 100, d) : '—';
const rate = (num, den, k, d) => (typeof num === 'number' && typeof den === 'number' && den > 0) ? rnd(num / den * k, d) : '—';

const DISTRICTS = ['城关区', '高新区', '经开区', '东城区', '西城区', '滨江区', '临安区', '桐庐县', '淳安县', '建德市', '江北区', '南岸区', '北碚区', '长寿区', '永川区', '新都区', '温江区', '双流区', '郫都区', '金堂县', '大邑县', '蒲江县', '都江堰市', '彭州市', '邛崃市', '崇州市', '简阳市', '龙泉驿区', '青白江区', '新津区'];
const CITIES = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];
const INDUSTRIES = ['农副食品加工业', '食品制造业', '纺织业', '化学原料和化学制品制造业', '医药制造业', '橡胶和塑料制品业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '有色金属冶炼和压延加工业', '金属制品业', '通用设备制造业', '专用设备制造业', '汽车制造业', '铁路、船舶、航空航天和其他运输设备制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业', '仪器仪表制造业', '电力、热力生产和供应业'];
const EN = { 'R&D人员（人）': 'R&D Personnel (person)', 'R&D人员折合全时当量（人年）': 'Full-time Equivalent of R&D Personnel (man-year)', 'R&D经费内部支出（万元）': 'Intramural Expenditure on R&D (10000 yuan)', '政府资金': 'Government Funds', '企业资金': 'Enterprise Funds', '其他资金': 'Other Funds', '地区生产总值（亿元）': 'GDP (100 million yuan)', '研发经费投入强度（%）': 'R&D Intensity (%)', '企业数（个）': 'Number of Enterprises', '有R&D活动的企业数（个）': 'Enterprises with R&D Activities', '占比（%）': 'Share (%)', '专利申请数（件）': 'Patent Applications', '其中：发明专利': 'Inventions' };

let YEAR;
// column def: {h, g, fmt, en}; row: {label, indent, vals:[...], group:bool}
function regionTable(level) {
  const names = level === 'prov' ? shuffle(CITIES).slice(0, ri(6, 11)) : shuffle(DISTRICTS).slice(0, ri(4, 12));
  const totLabel = level === 'prov' ? '全省' : pick(['全市', '全市合计', '合计', '总计']);
  const withSrc = chance(0.7), withGdp = chance(0.65), withInt = chance(0.85);
  const rows = names.map((n) => {
    const P = ri(600, 30000), F = Math.round(P * U(0.5, 0.82)), E = ri(15000, 900000);
    const gov = Math.round(E * U(0.04, 0.25)), oth = chance(0.25) ? 0 : Math.round(E * U(0.002, 0.05)), ent = E - gov - oth;
    const gdp = rnd(E / 10000 / (U(0.8, 4.8) / 100), 2);
    return { label: n, P, F, E, gov, ent, oth, gdp };
  });
  const cols = [{ h: level === 'prov' ? '地区' : pick(['地区', '区县', '县（市、区）']) }, { h: 'R&D人员（人）' }, { h: 'R&D人员折合全时当量（人年）' }, { h: withSrc ? '合计' : 'R&D经费内部支出（万元）', g: withSrc ? 'R&D经费内部支出（万元）' : null }];
  if (withSrc) cols.push({ h: '政府资金', g: 'R&D经费内部支出（万元）' }, { h: '企业资金', g: 'R&D经费内部支出（万元）' }, { h: '其他资金', g: 'R&D经费内部支出（万元）' });
  if (withGdp) cols.push({ h: '地区生产总值（亿元）', fmt: '0.00' });
  if (withInt) cols.push({ h: '研发经费投入强度（%）', fmt: '0.00' });
  const ix = {}; cols.forEach((c, i) => { ix[c.h === '合计' ? 'R&D经费内部支出（万元）' : c.h] = i; });
  const mk = (r) => {
    const v = [r.label, r.P, r.F, r.E]; if (withSrc) v.push(r.gov, r.ent, r.oth || '—');
    if (withGdp) v.push(r.gdp); if (withInt) v.push(rate(r.E, r.gdp * 10000, 100, 2)); return v;
  };
  const sub = level !== 'prov' && chance(0.3) ? names.filter((n) => n.endsWith('区')) : null;
  const agg = (rs, label) => ({ label, P: sumInt(rs.map((r) => r.P)), F: sumInt(rs.map((r) => r.F)), E: sumInt(rs.map((r) => r.E)), gov: sumInt(rs.map((r) => r.gov)), ent: sumInt(rs.map((r) => r.ent)), oth: sumInt(rs.map((r) => r.oth)), gdp: sumDec(rs.map((r) => r.gdp), 2) });
  const body = [];
  const tot = agg(rows, totLabel);
  const totFirst = chance(0.7);
  if (totFirst) body.push({ vals: mk(tot), total: true });
  let subIdx = -1;
  if (sub && sub.length >= 2 && sub.length < names.length) { subIdx = body.length; body.push({ vals: mk(agg(rows.filter((r) => sub.includes(r.label)), pick(['市辖区', '市区', '其中：市辖区']))), sub: true, indent: 1 }); }
  const start = body.length;
  // order: districts (sub) first then others
  const ordered = sub ? rows.filter((r) => sub.includes(r.label)).concat(rows.filter((r) => !sub.includes(r.label))) : rows;
  ordered.forEach((r) => body.push({ vals: mk(r), indent: subIdx >= 0 && sub.includes(r.label) ? 2 : (totFirst ? 1 : 0) }));
  if (!totFirst) body.push({ vals: mk(tot), total: true });
  const totIdx = totFirst ? 0 : body.length - 1;
  const leaf = []; for (let i = start; i < start + ordered.length; i++) leaf.push(i);
  const subLeaf = sub ? leaf.filter((i) => sub.includes(body[i].vals[0])) : [];
  const rels = [];
  const addCols = [1, 2, 3]; if (withSrc) addCols.push(4, 5, 6); if (withGdp) addCols.push(ix['地区生产总值（亿元）']);
  for (const c of addCols) {
    rels.push({ t: 'sum', tot: [totIdx, c], parts: leaf.map((r) => [r, c]) });
    if (subIdx >= 0) rels.push({ t: 'sum', tot: [subIdx, c], parts: subLeaf.map((r) => [r, c]) });
  }
  body.forEach((b, r) => {
    rels.push({ t: 'le', part: [r, 2], whole: [r, 1] });
    if (withSrc) rels.push({ t: 'sum', tot: [r, 3], parts: [[r, 4], [r, 5], [r, 6]] });
    if (withGdp && withInt) rels.push({ t: 'rate', out: [r, ix['研发经费投入强度（%）']], num: [r, 3], den: [r, ix['地区生产总值（亿元）']], k: 0.01, d: 2 });
  });
  const title = level === 'prov' ? `各市研究与试验发展（R&D）经费情况（${YEAR}年）` : `各县（市、区）R&D人员及经费情况（${YEAR}年）`;
  const notes = [];
  if (withInt) notes.push('注：研发经费投入强度为R&D经费内部支出与地区生产总值之比。');
  if (chance(0.4)) notes.push('资料来源：' + pick(['市统计局、市科技局', '省统计局社会科技处', '第五次全国经济普查及年度R&D统计']));
  return { title, cols, body, rels, notes, split: withSrc && (withGdp || withInt) && chance(0.25) ? 4 + 3 : 0 };
}

function activityTable() {
  const y1 = YEAR - 1, y2 = YEAR;
  const gen = (base) => { const b = Math.round(base * U(0.03, 0.12)), a = Math.round(base * U(0.08, 0.2)), e = base - a - b; const gov = Math.round(base * U(0.06, 0.22)), abr = chance(0.4) ? Math.round(base * U(0, 0.01)) : 0, oth = Math.round(base * U(0.005, 0.04)), ent = base - gov - abr - oth; return { base, b, a, e, gov, ent, abr, oth }; };
  const t1 = ri(200000, 9000000); const v1 = gen(t1), v2 = gen(Math.round(t1 * U(0.95, 1.25)));
  const withAbr = v1.abr > 0 || v2.abr > 0;
  const withShare = chance(0.45), withUnit = chance(0.4);
  const cols = [{ h: pick(['指标', '项目']) }];
  if (withUnit) cols.push({ h: '单位' });
  const o = cols.length;
  cols.push({ h: `${y1}年` }, { h: `${y2}年` }, { h: pick(['增长（%）', '比上年增长（%）', '增速（%）']), fmt: '0.0' });
  if (withShare) cols.push({ h: `${y2}年构成（%）`, fmt: '0.0' });
  const body = [], rels = [];
  const addRow = (label, k, indent, unit) => {
    const a = v1[k], b = v2[k];
    const vals = [label]; if (withUnit) vals.push(unit || '万元');
    vals.push(a === 0 ? '—' : a, b === 0 ? '—' : b, growth(b, a));
    if (withShare) vals.push(rate(b, v2.base, 100, 1));
    body.push({ vals, indent }); const r = body.length - 1;
    rels.push({ t: 'chg', out: [r, o + 2], cur: [r, o + 1], prev: [r, o] });
    if (withShare && r > 0) rels.push({ t: 'rate', out: [r, o + 3], num: [r, o + 1], den: [0, o + 1], k: 100, d: 1 });
    return r;
  };
  const grp = (label) => { const vals = [label]; while (vals.length < cols.length) vals.push(''); body.push({ vals, group: true }); };
  addRow(pick(['R&D经费内部支出', 'R&D经费内部支出合计', '研究与试验发展（R&D）经费支出']), 'base', 0);
  grp(pick(['按活动类型分', '按活动类型分：']));
  const A = [addRow('基础研究', 'b', 1), addRow('应用研究', 'a', 1), addRow('试验发展', 'e', 1)];
  grp(pick(['按资金来源分', '按经费来源分：']));
  const S = [addRow('政府资金', 'gov', 1), addRow('企业资金', 'ent', 1)]; if (withAbr) S.push(addRow('境外资金', 'abr', 1)); S.push(addRow('其他资金', 'oth', 1));
  for (const c of [o, o + 1]) { rels.push({ t: 'sum', tot: [0, c], parts: A.map((r) => [r, c]) }); rels.push({ t: 'sum', tot: [0, c], parts: S.map((r) => [r, c]) }); }
  if (chance(0.6)) {
    const p1 = ri(3000, 90000), p2 = Math.round(p1 * U(0.95, 1.2)), f1 = Math.round(p1 * U(0.5, 0.8)), f2 = Math.round(p2 * U(0.5, 0.8)), q1 = Math.round(f1 * U(0.3, 0.6)), q2 = Math.round(f2 * U(0.3, 0.6));
    v1.P = p1; v2.P = p2; v1.F = f1; v2.F = f2; v1.Q = q1; v2.Q = q2;
    const rp = addRow('R&D人员（人）', 'P', 0, '人'), rf = addRow('R&D人员折合全时当量（人年）', 'F', 0, '人年'), rq = addRow(pick(['其中：研究人员', '　其中：研究人员']), 'Q', 1, '人年');
    if (withShare) { for (const r of [rp, rf, rq]) { body[r].vals[o + 3] = ''; } for (let i = rels.length - 1; i >= 0; i--) if (rels[i].t === 'rate' && [rp, rf, rq].includes(rels[i].out[0])) rels.splice(i, 1); }
    for (const c of [o, o + 1]) { rels.push({ t: 'le', part: [rq, c], whole: [rf, c] }); rels.push({ t: 'le', part: [rf, c], whole: [rp, c] }); }
    if (!withUnit) { body[rp].vals[0] = 'R&D人员（人）'; }
  }
  if (!withUnit) body[0].vals[0] += '（万元）';
  if (withShare) body[0].vals[o + 3] = 100.0;
  return { title: `研究与试验发展（R&D）经费内部支出情况`, cols, body, rels, notes: chance(0.5) ? ['注：增长速度按现价计算。'] : [] };
}

function sizeOrIndustry(kind) {
  const labels = kind === 'size' ? (chance(0.7) ? ['大型企业', '中型企业', '小型企业', '微型企业'] : ['大型企业', '中型企业', '小型企业']) : shuffle(INDUSTRIES).slice(0, ri(6, 14));
  const withPat = chance(0.7), withP = chance(0.6);
  const rows = labels.map((l) => { const n = ri(8, 1800), h = Math.round(n * U(0.15, 0.75)); const P = ri(100, 20000), E = ri(2000, 600000), pa = ri(5, 3000), inv = Math.round(pa * U(0.1, 0.6)); return { l, n, h, P, E, pa, inv }; });
  const tot = { l: kind === 'size' ? pick(['合计', '总计']) : pick(['总计', '合计', '规模以上工业合计']), n: sumInt(rows.map((r) => r.n)), h: sumInt(rows.map((r) => r.h)), P: sumInt(rows.map((r) => r.P)), E: sumInt(rows.map((r) => r.E)), pa: sumInt(rows.map((r) => r.pa)), inv: sumInt(rows.map((r) => r.inv)) };
  const cols = [{ h: kind === 'size' ? pick(['企业规模', '按企业规模分']) : pick(['行业', '行业名称']) }, { h: '企业数（个）' }, { h: '有R&D活动的企业数（个）' }, { h: pick(['占比（%）', '有R&D活动企业占比（%）']), fmt: '0.0' }];
  if (withP) cols.push({ h: 'R&D人员（人）' });
  cols.push({ h: 'R&D经费内部支出（万元）' });
  if (withPat) cols.push({ h: '专利申请数（件）' }, { h: '其中：发明专利' });
  const mk = (r) => { const v = [r.l, r.n, r.h, rate(r.h, r.n, 100, 1)]; if (withP) v.push(r.P); v.push(r.E); if (withPat) v.push(r.pa, r.inv); return v; };
  const body = [{ vals: mk(tot), total: true }].concat(rows.map((r) => ({ vals: mk(r), indent: 1 })));
  const rels = []; const nc = cols.length;
  for (let c = 1; c < nc; c++) if (c !== 3) rels.push({ t: 'sum', tot: [0, c], parts: rows.map((_, i) => [i + 1, c]) });
  body.forEach((b, r) => { rels.push({ t: 'rate', out: [r, 3], num: [r, 2], den: [r, 1], k: 100, d: 1 }); rels.push({ t: 'le', part: [r, 2], whole: [r, 1] }); if (withPat) rels.push({ t: 'le', part: [r, nc - 1], whole: [r, nc - 2] }); });
  const title = kind === 'size' ? `规模以上工业企业R&D活动情况（按企业规模分）（${YEAR}年）` : `分行业规模以上工业企业R&D活动情况（${YEAR}年）`;
  return { title, cols, body, rels, notes: chance(0.5) ? ['注：企业规模按《统计上大中小微型企业划分办法（2017）》划分。'] : [] };
}

function patentTable() {
  const y1 = YEAR - 1, y2 = YEAR;
  const withUnit = chance(0.5), composed = chance(0.4);
  const cols = [{ h: '指标' }]; if (withUnit) cols.push({ h: '计量单位' });
  const o = cols.length;
  cols.push({ h: `${y1}年` }, { h: `${y2}年` }, { h: pick(['比上年增长（%）', '增长（%）']), fmt: '0.0' });
  const body = [], rels = [];
  const add = (label, unit, a, b, indent, fmt) => { const vals = [label]; if (withUnit) vals.push(unit); vals.push(a, b, growth(b, a)); body.push({ vals, indent, fmt }); const r = body.length - 1; rels.push({ t: 'chg', out: [r, o + 2], cur: [r, o + 1], prev: [r, o] }); return r; };
  const lab = (l, u) => withUnit ? l : `${l}（${u}）`;
  const ap1 = ri(800, 90000), ap2 = Math.round(ap1 * U(0.85, 1.3));
  const inv = [Math.round(ap1 * U(0.2, 0.45)), Math.round(ap2 * U(0.2, 0.45))];
  const ra = add(lab('专利申请量', '件'), '件', ap1, ap2, 0);
  const ri1 = add(pick(['其中：发明专利', '　其中：发明专利', '#发明专利']), '件', inv[0], inv[1], 1);
  if (composed) {
    const um = [Math.round((ap1 - inv[0]) * U(0.6, 0.85)), Math.round((ap2 - inv[1]) * U(0.6, 0.85))];
    const rm = add('　　实用新型', '件', um[0], um[1], 2), rd = add('　　外观设计', '件', ap1 - inv[0] - um[0], ap2 - inv[1] - um[1], 2);
    body[ri1].vals[0] = '发明专利'; body[ri1].indent = 1; body[rm].indent = 1; body[rm].vals[0] = '实用新型'; body[rd].indent = 1; body[rd].vals[0] = '外观设计';
    for (const c of [o, o + 1]) rels.push({ t: 'sum', tot: [ra, c], parts: [[ri1, c], [rm, c], [rd, c]] });
  }
  for (const c of [o, o + 1]) rels.push({ t: 'le', part: [ri1, c], whole: [ra, c] });
  const g1 = Math.round(ap1 * U(0.5, 0.8)), g2 = Math.round(ap2 * U(0.5, 0.8));
  const rg = add(lab('专利授权量', '件'), '件', g1, g2, 0);
  const gi = add(pick(['其中：发明专利', '　其中：发明专利']), '件', Math.round(g1 * U(0.08, 0.25)), Math.round(g2 * U(0.08, 0.25)), 1);
  for (const c of [o, o + 1]) rels.push({ t: 'le', part: [gi, c], whole: [rg, c] });
  if (chance(0.75)) {
    const e1 = ri(2000, 120000), e2 = Math.round(e1 * U(1.05, 1.3)); const pop1 = rnd(U(40, 1300), 2), pop2 = rnd(pop1 * U(0.99, 1.02), 2);
    const re = add(lab('有效发明专利', '件'), '件', e1, e2, 0);
    const rp = add(lab('年末常住人口', '万人'), '万人', pop1, pop2, 0, '0.00');
    const pw1 = rnd(e1 / pop1, 2), pw2 = rnd(e2 / pop2, 2);
    const rw = add(lab('每万人口发明专利拥有量', '件'), '件', pw1, pw2, 0, '0.00');
    for (const c of [o, o + 1]) rels.push({ t: 'rate', out: [rw, c], num: [re, c], den: [rp, c], k: 1, d: 2 });
  }
  if (chance(0.6)) { const t1 = rnd(U(5, 900), 2); add(lab('技术合同成交额', '亿元'), '亿元', t1, rnd(t1 * U(0.9, 1.5), 2), 0, '0.00'); }
  if (chance(0.6)) { const h1 = ri(40, 9000); add(lab('高新技术企业数', '家'), '家', h1, Math.round(h1 * U(1.0, 1.3)), 0); }
  return { title: pick(['专利及科技成果主要指标', '科技创新主要指标']), cols, body, rels, notes: chance(0.4) ? ['注：每万人口发明专利拥有量按年末常住人口计算。'] : [] };
}

function regionColsTable() {
  const names = shuffle(DISTRICTS).slice(0, ri(3, 8));
  const tl = pick(['全市', '合计']);
  const cols = [{ h: '指标' }, { h: tl }].concat(names.map((n) => ({ h: n })));
  const n = names.length;
  const d = names.map(() => { const P = ri(300, 20000), E = ri(8000, 600000), gdp = rnd(E / 10000 / (U(0.8, 4.8) / 100), 2), g = ri(50, 5000), gi = Math.round(g * U(0.08, 0.3)), hi = ri(10, 900), eff = ri(200, 30000), pop = rnd(U(15, 180), 2); return { P, E, gdp, g, gi, hi, eff, pop }; });
  const T = {}; for (const k of ['P', 'E', 'g', 'gi', 'hi', 'eff']) T[k] = sumInt(d.map((x) => x[k])); T.gdp = sumDec(d.map((x) => x.gdp), 2); T.pop = sumDec(d.map((x) => x.pop), 2);
  const all = [T].concat(d);
  const body = [], rels = [];
  const add = (label, k, fmt, indent) => { body.push({ vals: [label].concat(all.map((x) => x[k])), fmt, indent }); const r = body.length - 1; rels.push({ t: 'sum', tot: [r, 1], parts: names.map((_, i) => [r, i + 2]) }); return r; };
  const rP = add('R&D人员（人）', 'P');
  const rE = add('R&D经费内部支出（万元）', 'E');
  let rG = -1; if (chance(0.7)) rG = add('地区生产总值（亿元）', 'gdp', '0.00');
  const rI = body.length; body.push({ vals: ['研发经费投入强度（%）'].concat(all.map((x) => rate(x.E, x.gdp * 10000, 100, 2))), fmt: '0.00' });
  if (rG >= 0) for (let c = 1; c <= n + 1; c++) rels.push({ t: 'rate', out: [rI, c], num: [rE, c], den: [rG, c], k: 0.01, d: 2 });
  const rg = add('专利授权量（件）', 'g'); const rgi = add(pick(['其中：发明专利', '　　其中：发明专利']), 'gi', null, 1);
  for (let c = 1; c <= n + 1; c++) rels.push({ t: 'le', part: [rgi, c], whole: [rg, c] });
  add('高新技术企业数（家）', 'hi');
  if (chance(0.6)) {
    const re = add('有效发明专利（件）', 'eff'), rp = add('常住人口（万人）', 'pop', '0.00');
    const rw = body.length; body.push({ vals: ['每万人口发明专利拥有量（件）'].concat(all.map((x) => rate(x.eff, x.pop, 1, 2))), fmt: '0.00' });
    for (let c = 1; c <= n + 1; c++) rels.push({ t: 'rate', out: [rw, c], num: [re, c], den: [rp, c], k: 1, d: 2 });
  }
  return { title: `分区县科技活动主要指标（${YEAR}年）`, cols, body, rels, notes: chance(0.5) ? ['注：研发经费投入强度按各区县地区生产总值计算。'] : [] };
}

function contractTable() {
  const y1 = YEAR - 1, y2 = YEAR;
  const types = ['技术开发', '技术转让', '技术咨询', '技术服务'].concat(chance(0.3) ? ['技术许可'] : []);
  const d = types.map(() => { const n1 = ri(20, 4000), a1 = ri(500, 900000); return { n1, n2: Math.round(n1 * U(0.8, 1.4)), a1, a2: Math.round(a1 * U(0.7, 1.6)) }; });
  const T = {}; for (const k of ['n1', 'n2', 'a1', 'a2']) T[k] = sumInt(d.map((x) => x[k]));
  const G1 = '合同数（项）', G2 = '成交额（万元）';
  const cols = [{ h: '合同类别' }, { h: `${y1}年`, g: G1 }, { h: `${y2}年`, g: G1 }, { h: '增长（%）', g: G1, fmt: '0.0' }, { h: `${y1}年`, g: G2 }, { h: `${y2}年`, g: G2 }, { h: '增长（%）', g: G2, fmt: '0.0' }];
  const all = [T].concat(d);
  const body = all.map((x, i) => ({ vals: [i ? types[i - 1] : pick(['合计', '总计']), x.n1, x.n2, growth(x.n2, x.n1), x.a1, x.a2, growth(x.a2, x.a1)], indent: i ? 1 : 0 }));
  const rels = [];
  for (const c of [1, 2, 4, 5]) rels.push({ t: 'sum', tot: [0, c], parts: types.map((_, i) => [i + 1, c]) });
  body.forEach((_, r) => { rels.push({ t: 'chg', out: [r, 3], cur: [r, 2], prev: [r, 1] }); rels.push({ t: 'chg', out: [r, 6], cur: [r, 5], prev: [r, 4] }); });
  return { title: '技术合同登记情况', cols, body, rels, notes: chance(0.4) ? ['注：按卖方所在地统计。'] : [] };
}

// ---------- layout ----------
const colL = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
function layout(ws, t, opt) {
  // returns map from (r,c) -> address
  const addr = {};
  const bilingual = opt.bilingual, enRow = opt.enRow;
  const blocks = t.split ? [[0].concat(range(1, t.split)), [0].concat(range(t.split, t.cols.length))] : [range(0, t.cols.length)];
  let row = 1;
  blocks.forEach((bc, bi) => {
    const w = bc.length;
    const title = bi === 0 ? (opt.tno ? `${opt.tno}  ${t.title}` : t.title) : `${t.title}（续表）`;
    ws.getCell(row, 1).value = bi === 0 ? title : (chance(0.5) ? '续表' : title);
    ws.getCell(row, 1).font = { bold: true, size: 14 }; ws.getCell(row, 1).alignment = { horizontal: 'center' };
    if (w > 1) ws.mergeCells(row, 1, row, w);
    row++;
    if (opt.unitRow) { ws.getCell(row, w).value = opt.unitRow; ws.getCell(row, w).alignment = { horizontal: 'right' }; row++; }
    const hasG = bc.some((c) => t.cols[c].g);
    const h0 = row;
    bc.forEach((c, j) => {
      const cd = t.cols[c];
      let h = cd.h; if (bilingual && EN[h]) h = h + '\n' + EN[h];
      if (hasG && cd.g) { ws.getCell(row, j + 1).value = bilingual && EN[cd.g] ? cd.g + '\n' + EN[cd.g] : cd.g; ws.getCell(row + 1, j + 1).value = h; }
      else { ws.getCell(row, j + 1).value = h; if (hasG) ws.mergeCells(row, j + 1, row + 1, j + 1); }
    });
    if (hasG) { let j = 0; while (j < w) { const g = t.cols[bc[j]].g; if (g) { let k = j; while (k + 1 < w && t.cols[bc[k + 1]].g === g) k++; if (k > j) ws.mergeCells(row, j + 1, row, k + 1); j = k + 1; } else j++; } }
    row += hasG ? 2 : 1;
    if (enRow) { bc.forEach((c, j) => { const h = t.cols[c].h; ws.getCell(row, j + 1).value = EN[h] || (j === 0 ? 'Item' : ''); }); row++; }
    for (let r = h0; r < row; r++) for (let j = 1; j <= w; j++) { const cl = ws.getCell(r, j); cl.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cl.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; }
    if (opt.colNums) { bc.forEach((c, j) => { ws.getCell(row, j + 1).value = j === 0 ? '甲' : `（${j}）`; }); row++; }
    t.body.forEach((b, r) => {
      bc.forEach((c, j) => {
        let v = b.vals[c];
        const cell = ws.getCell(row, j + 1);
        if (j === 0) {
          if (b.indent && opt.indentMode === 'space' && !/^[　\s]/.test(v)) v = '　'.repeat(b.indent) + v;
          cell.value = v;
          if (b.indent && opt.indentMode === 'align') cell.alignment = { indent: b.indent };
        } else {
          if (typeof v === 'number' && opt.textNums) v = String(v);
          cell.value = v === '' ? null : v;
          const fmt = t.cols[c].fmt || b.fmt;
          if (typeof v === 'number') cell.numFmt = fmt || (opt.thousands ? '#,##0' : '0');
          if (typeof v === 'string') cell.alignment = { horizontal: 'right' };
        }
        addr[`${r},${c}`] = { a: colL(j) + row, bi };
      });
      row++;
    });
    if (bi < blocks.length - 1) row += 1;
  });
  for (const n of t.notes) { ws.getCell(row, 1).value = n; row++; }
  if (opt.noteNumber) { ws.getCell(row, 1).value = `注：${YEAR}年全市R&D经费内部支出比上年增长${rnd(U(3, 20), 1)}%，高于全省平均水平。`; row++; }
  ws.getColumn(1).width = 28; for (let j = 2; j <= 12; j++) ws.getColumn(j).width = 14;
  return addr;
}
function range(a, b) { const o = []; for (let i = a; i < b; i++) o.push(i); return o; }

const G = { region: () => regionTable(chance(0.25) ? 'prov' : 'city'), activity: activityTable, size: () => sizeOrIndustry('size'), industry: () => sizeOrIndustry('industry'), patent: patentTable, regioncols: regionColsTable, contract: contractTable };

function getVal(t, rc) { return t.body[rc[0]].vals[rc[1]]; }
function relCells(rel) { return rel.t === 'sum' ? [rel.tot, ...rel.parts] : rel.t === 'rate' ? [rel.out, rel.num, rel.den] : rel.t === 'chg' ? [rel.out, rel.cur, rel.prev] : [rel.part, rel.whole]; }
function relVals(t, rel) { const m = (rc) => getVal(t, rc); return rel.t === 'sum' ? { t: 'sum', tot: m(rel.tot), parts: rel.parts.map(m) } : rel.t === 'rate' ? { t: 'rate', out: m(rel.out), num: m(rel.num), den: m(rel.den), k: rel.k, d: rel.d } : rel.t === 'chg' ? { t: 'chg', out: m(rel.out), cur: m(rel.cur), prev: m(rel.prev), d: 1 } : { t: 'le', part: m(rel.part), whole: m(rel.whole) }; }

function mutate(t, rel, rc) {
  const v = getVal(t, rc);
  const dec = (String(v).split('.')[1] || '').length;
  const fmt = t.body[rc[0]].fmt || t.cols[rc[1]].fmt;
  const isRate = (rel.t === 'rate' && rc === rel.out) || (rel.t === 'chg' && rc === rel.out);
  if (rel.t === 'le' && rc === rel.part && chance(0.6)) { const w = getVal(t, rel.whole); return w + Math.max(1, Math.round(w * U(0.05, 0.4))); }
  if (isRate) { const d = rel.d || 1; let nv = rnd(v + (chance(0.5) ? 1 : -1) * U(0.8, Math.max(1.5, Math.abs(v) * 0.3)), d); if (rel.t === 'rate' && nv <= 0) nv = rnd(v * 1.3 + 0.5, d); return nv; }
  const m = R();
  if (fmt === '0.00' || dec > 0) return rnd(v * (chance(0.5) ? U(1.06, 1.5) : U(0.55, 0.94)), 2);
  if (m < 0.25 && rel.t === 'sum') return v + (chance(0.5) ? 1 : -1) * ri(1, 9) * (chance(0.5) ? 1 : 10);
  if (m < 0.45) { const s = String(v); if (s.length >= 3) { const i = ri(0, s.length - 2); if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) return +(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); } }
  return Math.max(1, Math.round(v * (chance(0.5) ? U(1.08, 1.6) : U(0.45, 0.92))));
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = [];
  for (let i = 1; i <= COUNT; i++) {
    YEAR = pick([2021, 2022, 2023, 2024]);
    const nS = ri(1, 4);
    const kinds = shuffle(Object.keys(G)).slice(0, nS);
    const tables = kinds.map((k) => { const t = G[k](); t.kind = k; return t; });
    const planted = chance(0.5);
    const wb = new ExcelJS.Workbook();
    const meta = { sheets: [] };
    let plantInfo = null;
    let target = null;
    if (planted) {
      for (let tries = 0; tries < 200 && !target; tries++) {
        const ti = ri(0, tables.length - 1), t = tables[ti];
        const rel = pick(t.rels); const cells = relCells(rel);
        const rc = pick(cells); const v = getVal(t, rc);
        if (typeof v !== 'number') continue;
        // all cells of the relation should be in one block
        if (t.split) { const side = (c) => c === 0 ? -1 : (c < t.split ? 0 : 1); const sides = new Set(cells.map((x) => side(x[1])).filter((s) => s >= 0)); if (sides.size > 1) continue; }
        if (cells.some((x) => getVal(t, x) === '…')) continue;
        const nv = mutate(t, rel, rc);
        if (nv === v || !(nv > 0)) continue;
        t.body[rc[0]].vals[rc[1]] = nv;
        if (evalRel(relVals(t, rel)) === false) target = { ti, rc, old: v, nv, rel: rel.t };
        else t.body[rc[0]].vals[rc[1]] = v;
      }
    }
    const sheetNames = [];
    const style = pick(['表N', 'desc', 'num']);
    for (let ti = 0; ti < tables.length; ti++) {
      const t = tables[ti];
      const name = style === '表N' ? `表${ti + 1}` : style === 'num' ? `${ti + 1}-${ri(1, 9)}` : ({ region: '分地区R&D', activity: 'R&D经费', size: '按规模分', industry: '分行业', patent: '专利', regioncols: '分区县指标', contract: '技术合同' })[t.kind];
      sheetNames.push(name);
      const ws = wb.addWorksheet(name);
      const opt = { bilingual: chance(0.15), enRow: chance(0.1), unitRow: chance(0.3) ? pick(['单位：万元', '计量单位：万元、人、件', '']) || null : null, indentMode: pick(['space', 'space', 'align', 'none']), thousands: chance(0.3), colNums: chance(0.1), tno: chance(0.5) ? `表${ti + 1}` : null, noteNumber: chance(0.1), textNums: false };
      if (t.kind !== 'region' && t.kind !== 'activity' && opt.unitRow === '单位：万元') opt.unitRow = null;
      if (t.kind === 'activity' || t.kind === 'region') { if (opt.unitRow === '单位：万元') opt.unitRow = null; }
      const addr = layout(ws, t, opt);
      const A = (rc) => addr[`${rc[0]},${rc[1]}`].a;
      const rels = t.rels.map((rel) => { const o = { t: rel.t }; if (rel.t === 'sum') { o.tot = A(rel.tot); o.parts = rel.parts.map(A); } else if (rel.t === 'rate') { o.out = A(rel.out); o.num = A(rel.num); o.den = A(rel.den); o.k = rel.k; o.d = rel.d; } else if (rel.t === 'chg') { o.out = A(rel.out); o.cur = A(rel.cur); o.prev = A(rel.prev); o.d = 1; } else { o.part = A(rel.part); o.whole = A(rel.whole); } return o; });
      meta.sheets.push({ name, kind: t.kind, opt, rels });
      if (target && target.ti === ti) plantInfo = { sheet: name, cell: A(target.rc), note: `${t.kind} ${t.body[target.rc[0]].vals[0]} / ${t.cols[target.rc[1]].g || ''}${t.cols[target.rc[1]].h} (${target.rel}): ${target.old} -> ${target.nv}` };
    }
    const file = `${outDir}/${prefix}${String(i).padStart(3, '0')}.xlsx`;
    await wb.xlsx.writeFile(file);
    meta.planted = plantInfo ? { sheet: plantInfo.sheet, cell: plantInfo.cell } : null;
    fs.writeFileSync(file.replace(/\.xlsx$/, '.meta.json'), JSON.stringify(meta));
    manifest.push(plantInfo ? { file, planted: { sheet: plantInfo.sheet, cell: plantInfo.cell }, note: plantInfo.note } : { file, planted: null });
  }
  fs.writeFileSync(outDir === 'cases' ? 'manifest.json' : `${outDir}/manifest.json`, JSON.stringify(manifest, null, 1));
})();
