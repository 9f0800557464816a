// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDS, NS, FRS, VARS] = process.argv;
const SEED = +SEEDS, N = +NS, FR = +FRS, VARIANT = +(VARS || 0);
const ROOT = '/tmp/round120b', OUT = path.join(ROOT, SET), REL = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(REL, { recursive: true });
function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rng;
const ri = (a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = (a) => a[Math.floor(rng() * a.length)];
const chance = (p) => rng() < p;
const rd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const COUNTIES = ['城关区', '东城区', '西城区', '南湖区', '北山区', '新华区', '高新区', '经开区', '临江县', '青山县', '白河县', '石门县', '安平县', '永和县', '长宁县', '清河县', '丰乐县', '宁远市', '平阳市', '云溪县'];
const CITIES = ['省会市', '江城市', '河口市', '山阳市', '平原市', '东海市', '西岭市', '南川市', '北屯市', '金城市', '云台市', '安顺市'];
const UNITLAB = (u, br) => br === 0 ? `（${u}）` : `(${u})`;

// ---------- table models ----------
// table: { title, cols:[{key, head, group, unit, dec}], rows:[{id,label,indent,kind, unit}], vals:{id:{key:v}}, rels:[], rowUnits?:bool, firstHead }
function addSumCols(t, totalId, partIds, keys, tolOf) { for (const k of keys) t.rels.push({ type: 'sum', total: [totalId, k], parts: partIds.map((p) => [p, k]), tol: tolOf(k, partIds.length) }); }
function regionsWithGroups(n, cityLevel) {
  const names = shuffle(cityLevel ? CITIES : COUNTIES).slice(0, n);
  let groups = null;
  if (!cityLevel && n >= 6 && chance(0.35)) { const k = ri(2, n - 3); groups = [{ name: '市辖区', members: names.slice(0, k) }, { name: pick(['县（市）', '各县', '县市合计']), members: names.slice(k) }]; }
  return { names, groups };
}
// builds rows for a region table; returns {rows, leafIds, sums:[[total, parts]]}
function regionRows(t, names, groups, totalLabel, totalTop) {
  const rows = []; const sums = []; const leafIds = names.map((_, i) => 'r' + i);
  const tot = { id: 'T', label: totalLabel, kind: 'total' };
  const body = [];
  if (groups) {
    const gids = [];
    groups.forEach((g, gi) => { const gid = 'g' + gi; gids.push(gid); const mids = g.members.map((m) => 'r' + names.indexOf(m)); body.push({ id: gid, label: g.name, kind: 'sub', indent: 1 }); for (const m of g.members) body.push({ id: 'r' + names.indexOf(m), label: m, kind: 'leaf', indent: 2 }); sums.push([gid, mids]); });
    sums.push(['T', gids]);
  } else { names.forEach((m, i) => body.push({ id: 'r' + i, label: m, kind: 'leaf', indent: 1 })); sums.push(['T', leafIds]); }
  if (totalTop) rows.push(tot, ...body); else rows.push(...body, tot);
  return { rows, leafIds, sums };
}
function aggregate(vals, sums, key, dec) { // compute sums bottom-up (sums listed children before parents)
  for (const [tid, parts] of sums) vals[tid][key] = rd(parts.reduce((s, p) => s + (vals[p][key] || 0), 0), dec);
}
function initVals(rows) { const v = {}; for (const r of rows) v[r.id] = {}; return v; }

function T_rdCounty(year) {
  const cityLevel = chance(0.3); const n = ri(5, cityLevel ? 11 : 13);
  const { names, groups } = regionsWithGroups(n, cityLevel);
  const totalTop = VARIANT === 1 ? chance(0.3) : chance(0.6);
  const t = { title: `${year}年${cityLevel ? '各市' : '各县（市、区）'}R&D经费内部支出情况`, rels: [], cols: [] };
  const { rows, leafIds, sums } = regionRows(t, names, groups, cityLevel ? pick(['全省', '全省合计']) : pick(['全市', '合计', '全市合计']), totalTop);
  t.rows = rows; const vals = initVals(rows);
  const hasJc = chance(0.4), hasGdp = chance(0.7), hasGr = chance(0.5), hasQt = chance(0.6);
  const G = 'R&D经费内部支出';
  t.cols.push({ key: 'tot', head: '合计', group: G, unit: '万元', dec: 0 });
  if (hasJc) t.cols.push({ key: 'jc', head: '其中：基础研究', group: G, unit: '万元', dec: 0 });
  t.cols.push({ key: 'qy', head: '企业', group: G, unit: '万元', dec: 0 }, { key: 'yj', head: '研究与开发机构', group: G, unit: '万元', dec: 0 }, { key: 'gx', head: '高等学校', group: G, unit: '万元', dec: 0 });
  if (hasQt) t.cols.push({ key: 'qt', head: '其他', group: G, unit: '万元', dec: 0 });
  if (hasGr) t.cols.push({ key: 'prev', head: `${year - 1}年`, group: '上年R&D经费', unit: '万元', dec: 0 }, { key: 'gr', head: '比上年增长', unit: '%', dec: 1 });
  if (hasGdp) t.cols.push({ key: 'gdp', head: '地区生产总值', unit: '亿元', dec: 2 }, { key: 'int', head: 'R&D经费投入强度', unit: '%', dec: 2 });
  const parts = ['qy', 'yj', 'gx'].concat(hasQt ? ['qt'] : []);
  for (const id of leafIds) {
    const v = vals[id]; const scale = cityLevel ? 10 : 1;
    v.qy = ri(2000, 90000) * scale; v.yj = chance(0.3) ? 0 : ri(50, 9000) * scale; v.gx = chance(0.4) ? 0 : ri(20, 6000) * scale; if (hasQt) v.qt = chance(0.5) ? 0 : ri(5, 800) * scale;
    v.tot = parts.reduce((s, k) => s + v[k], 0);
    if (hasJc) v.jc = Math.floor(v.tot * (0.01 + rng() * 0.08));
    if (hasGr) v.prev = Math.round(v.tot / (0.85 + rng() * 0.4));
    if (hasGdp) v.gdp = rd(v.tot / 10000 / (0.004 + rng() * 0.03), 2);
  }
  for (const k of ['tot', 'qy', 'yj', 'gx', 'qt', 'jc', 'prev', 'gdp']) if (vals[leafIds[0]][k] !== undefined) aggregate(vals, sums, k, k === 'gdp' ? 2 : 0);
  for (const r of rows) {
    const v = vals[r.id];
    t.rels.push({ type: 'sum', total: [r.id, 'tot'], parts: parts.map((k) => [r.id, k]), tol: 0.5 });
    if (hasJc) t.rels.push({ type: 'le', part: [r.id, 'jc'], whole: [r.id, 'tot'], tol: 0 });
    if (hasGr) { v.gr = rd((v.tot / v.prev - 1) * 100, 1); t.rels.push({ type: 'growth', cell: [r.id, 'gr'], cur: [r.id, 'tot'], prev: [r.id, 'prev'], tol: 0.05 }); }
    if (hasGdp) { v.int = rd(v.tot / (v.gdp * 10000) * 100, 2); t.rels.push({ type: 'rate', cell: [r.id, 'int'], num: [r.id, 'tot'], den: [r.id, 'gdp'], k: 0.01, tol: 0.005 }); }
  }
  for (const [tid, ps] of sums) addSumCols(t, tid, ps, ['tot', 'qy', 'yj', 'gx'].concat(hasQt ? ['qt'] : [], hasJc ? ['jc'] : [], hasGr ? ['prev'] : []), () => 0.5);
  if (hasGdp) for (const [tid, ps] of sums) t.rels.push({ type: 'sum', total: [tid, 'gdp'], parts: ps.map((p) => [p, 'gdp']), tol: 0.005 });
  t.vals = vals; t.lineUnit = '万元'; t.firstHead = cityLevel ? '地  区' : pick(['地区', '县（市、区）', '地 区']);
  t.note = pick(['注：R&D经费投入强度为R&D经费内部支出与地区生产总值之比。', '注：本表统计范围为全社会R&D活动单位。', null]);
  return t;
}

function T_patent(year) {
  const t = { title: pick([`${year - 1}—${year}年专利申请和授权情况`, '专利申请、授权情况', `主要年份专利情况（${year}年）`]), rels: [], cols: [] };
  const y0 = year - 1;
  t.cols.push({ key: 'a', head: `${y0}年` }, { key: 'b', head: `${year}年` }, { key: 'gr', head: '比上年增长', unit: '%', dec: 1, rowless: true });
  const hasShare = chance(0.6); if (hasShare) t.cols.push({ key: 'sh', head: `${year}年构成`, unit: '%', dec: 1, rowless: true });
  const rows = [];
  const types = [['fm', '发明'], ['sy', '实用新型'], ['wg', '外观设计']];
  const lab = (x) => pick([x, x + '专利']);
  rows.push({ id: 'app', label: '专利申请量', unit: '件', dec: 0 }); types.forEach(([k, l]) => rows.push({ id: 'app_' + k, label: l + '专利', unit: '件', dec: 0, indent: 1 }));
  rows.push({ id: 'gra', label: '专利授权量', unit: '件', dec: 0 }); types.forEach(([k, l]) => rows.push({ id: 'gra_' + k, label: l + '专利', unit: '件', dec: 0, indent: 1 }));
  const hasPer = chance(0.7);
  if (hasPer) rows.push({ id: 'own', label: '有效发明专利拥有量', unit: '件', dec: 0 }, { id: 'pop', label: '年末常住人口', unit: '万人', dec: 2 }, { id: 'per', label: '每万人口发明专利拥有量', unit: '件', dec: 2 });
  const vals = initVals(rows); const sc = pick([1, 10, 50]);
  for (const c of ['a', 'b']) {
    for (const p of ['app', 'gra']) { const f = p === 'app' ? 1 : 0.6; vals[p + '_fm'][c] = ri(100, 2000) * sc; vals[p + '_sy'][c] = Math.round(ri(300, 5000) * sc * f); vals[p + '_wg'][c] = Math.round(ri(30, 900) * sc * f); if (p === 'gra') vals.gra_fm[c] = Math.round(vals.app_fm[c] * (0.2 + rng() * 0.3)); vals[p][c] = types.reduce((s, [k]) => s + vals[p + '_' + k][c], 0); }
    if (hasPer) { vals.own[c] = ri(500, 9000) * sc; vals.pop[c] = rd(ri(3000, 9000) * sc / 100 * (c === 'a' ? 1 : 1.003), 2); vals.per[c] = rd(vals.own[c] / vals.pop[c], 2); t.rels.push({ type: 'rate', cell: ['per', c], num: ['own', c], den: ['pop', c], k: 1, tol: 0.005 }); }
    for (const p of ['app', 'gra']) t.rels.push({ type: 'sum', total: [p, c], parts: types.map(([k]) => [p + '_' + k, c]), tol: 0.5 });
  }
  for (const r of rows) { const v = vals[r.id]; v.gr = rd((v.b / v.a - 1) * 100, 1); t.rels.push({ type: 'growth', cell: [r.id, 'gr'], cur: [r.id, 'b'], prev: [r.id, 'a'], tol: 0.05 }); }
  if (hasShare) for (const p of ['app', 'gra']) { vals[p].sh = 100; for (const [k] of types) { vals[p + '_' + k].sh = rd(vals[p + '_' + k].b / vals[p].b * 100, 1); t.rels.push({ type: 'rate', cell: [p + '_' + k, 'sh'], num: [p + '_' + k, 'b'], den: [p, 'b'], k: 100, tol: 0.05 }); } }
  t.rows = rows; t.vals = vals; t.rowUnits = true; t.firstHead = pick(['指标', '项目', '指  标']);
  t.note = pick(['注：有效发明专利拥有量为年末数。', null, '注：每万人口发明专利拥有量按年末常住人口计算。']);
  return t;
}

function T_years(year) {
  const ny = ri(5, 10); const t = { title: pick(['历年R&D经费投入情况', `${year - ny + 1}—${year}年研究与试验发展经费`, '主要年份R&D经费及投入强度']), rels: [], cols: [] };
  const dec = pick([1, 2]);
  t.cols.push({ key: 'rd', head: 'R&D经费', unit: '亿元', dec: 2 }, { key: 'gr', head: '比上年增长', unit: '%', dec: 1 });
  const hasGdp = chance(0.75);
  if (hasGdp) t.cols.push({ key: 'gdp', head: '地区生产总值', unit: '亿元', dec }, { key: 'int', head: 'R&D经费投入强度', unit: '%', dec: 2 }, { key: 'df', head: '比上年增减', unit: '百分点', dec: 2 });
  const rows = []; for (let i = 0; i < ny; i++) rows.push({ id: 'y' + i, label: `${year - ny + 1 + i}${pick(['', '年'])}`, indent: 0 });
  if (chance(0.5)) for (const r of rows) r.label = r.label.replace(/年$/, '');
  const vals = initVals(rows);
  let rdv = ri(500, 30000) / 100 * pick([1, 10]), gdp = rdv / (0.008 + rng() * 0.02);
  const prevRd = rd(rdv / (1.05 + rng() * 0.1), 2), prevGdp = rd(gdp / 1.06, dec);
  rows.forEach((r, i) => {
    const v = vals[r.id]; v.rd = rd(rdv, 2); v.gdp = rd(gdp, dec);
    rdv *= 0.95 + rng() * 0.25; gdp *= 1.0 + rng() * 0.1;
    const pv = i ? vals[rows[i - 1].id] : { rd: prevRd, gdp: prevGdp };
    v.gr = rd((v.rd / pv.rd - 1) * 100, 1);
    if (i) t.rels.push({ type: 'growth', cell: [r.id, 'gr'], cur: [r.id, 'rd'], prev: [rows[i - 1].id, 'rd'], tol: 0.05 });
    if (hasGdp) {
      v.int = rd(v.rd / v.gdp * 100, 2); t.rels.push({ type: 'rate', cell: [r.id, 'int'], num: [r.id, 'rd'], den: [r.id, 'gdp'], k: 100, tol: 0.005 });
      const pint = i ? pv.int : rd(prevRd / prevGdp * 100, 2);
      v.df = rd(v.int - pint, 2); if (i) t.rels.push({ type: 'diff', cell: [r.id, 'df'], a: [r.id, 'int'], b: [rows[i - 1].id, 'int'], tol: 0.005 });
    }
  });
  t.rows = rows; t.vals = vals; t.firstHead = '年份'; t.note = pick([null, '注：R&D经费按当年价格计算，增长速度按现价计算。']);
  return t;
}

function T_staff(year) {
  const t = { title: pick([`${year}年R&D人员情况`, '按执行部门分R&D人员', `${year}年分执行部门R&D人员及全时当量`]), rels: [], cols: [] };
  const G1 = 'R&D人员', G2 = 'R&D人员全时当量';
  const hasF = chance(0.5), hasSh = chance(0.5);
  t.cols.push({ key: 'p', head: '合计', group: G1, unit: '人', dec: 0 });
  if (hasF) t.cols.push({ key: 'f', head: '其中：女性', group: G1, unit: '人', dec: 0 });
  t.cols.push({ key: 'res', head: hasF ? '研究人员' : '其中：研究人员', group: G1, unit: '人', dec: 0 }, { key: 'fte', head: '合计', group: G2, unit: '人年', dec: 0 }, { key: 'fres', head: '其中：研究人员', group: G2, unit: '人年', dec: 0 });
  if (hasSh) t.cols.push({ key: 'sh', head: '研究人员占比', unit: '%', dec: 1 });
  const totalTop = VARIANT === 1 ? chance(0.4) : chance(0.8);
  const body = [{ id: 'qy', label: '企业', indent: 1 }, { id: 'gs', label: pick(['#规模以上工业企业', '其中：规模以上工业企业', '  #规上工业企业']), indent: 2, kind: 'qz' }, { id: 'yj', label: '研究与开发机构', indent: 1 }, { id: 'gx', label: '高等学校', indent: 1 }, { id: 'qt', label: '其他', indent: 1 }];
  const tot = { id: 'T', label: pick(['合计', '总计', '全市']), kind: 'total' };
  const rows = totalTop ? [tot, ...body] : [...body, tot];
  const vals = initVals(rows); const sc = pick([1, 5, 20]);
  for (const id of ['qy', 'yj', 'gx', 'qt', 'gs']) {
    const v = vals[id];
    v.p = id === 'qt' ? ri(0, 300) * sc : ri(300, 9000) * sc; if (id === 'gs') v.p = Math.round(vals.qy.p * (0.6 + rng() * 0.35));
    v.f = Math.round(v.p * (0.15 + rng() * 0.3)); v.res = Math.round(v.p * (0.3 + rng() * 0.5)); v.fte = Math.round(v.p * (0.5 + rng() * 0.4)); v.fres = Math.min(v.res, Math.round(v.fte * (0.3 + rng() * 0.5)));
    if (id === 'gs') { const rr0 = v.p / vals.qy.p; for (const k of ['f', 'res', 'fte', 'fres']) v[k] = Math.min(vals.qy[k], Math.round(vals.qy[k] * Math.min(1, rr0 * (0.92 + rng() * 0.1)))); v.fres = Math.min(v.fres, v.res, v.fte); }
  }
  const leaves = ['qy', 'yj', 'gx', 'qt'];
  for (const k of ['p', 'f', 'res', 'fte', 'fres']) vals.T[k] = leaves.reduce((s, id) => s + vals[id][k], 0);
  const ks = ['p', 'res', 'fte', 'fres'].concat(hasF ? ['f'] : []);
  addSumCols(t, 'T', leaves, ks, () => 0.5);
  for (const r of rows) {
    const v = vals[r.id];
    if (hasF) t.rels.push({ type: 'le', part: [r.id, 'f'], whole: [r.id, 'p'], tol: 0 });
    t.rels.push({ type: 'le', part: [r.id, 'res'], whole: [r.id, 'p'], tol: 0 }, { type: 'le', part: [r.id, 'fres'], whole: [r.id, 'fte'], tol: 0 }, { type: 'le', part: [r.id, 'fte'], whole: [r.id, 'p'], tol: 0 });
    if (hasSh) { if (v.p) { v.sh = rd(v.res / v.p * 100, 1); t.rels.push({ type: 'rate', cell: [r.id, 'sh'], num: [r.id, 'res'], den: [r.id, 'p'], k: 100, tol: 0.05 }); } else v.sh = null; }
  }
  for (const k of ks) t.rels.push({ type: 'le', part: ['gs', k], whole: ['qy', k], tol: 0 });
  t.rows = rows; t.vals = vals; t.firstHead = pick(['执行部门', '项目', '']); t.note = pick([null, '注：全时当量指全时人员数加非全时人员按工作量折算为全时人员数的总和。']);
  return t;
}

function T_firms(year) {
  const byInd = chance(0.4); const two = chance(0.5);
  const t = { title: two ? `规模以上工业企业R&D活动情况（${year - 1}—${year}年）` : `${year}年规模以上工业企业开展R&D活动情况`, rels: [], cols: [] };
  let rows, leafIds, sums;
  if (byInd) {
    const inds = shuffle(['农副食品加工业', '纺织业', '化学原料和化学制品制造业', '医药制造业', '非金属矿物制品业', '金属制品业', '通用设备制造业', '专用设备制造业', '汽车制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业', '仪器仪表制造业']).slice(0, ri(5, 10));
    const rr = regionRows(t, inds, null, pick(['总计', '合计']), VARIANT === 1 ? chance(0.3) : true); rows = rr.rows; leafIds = rr.leafIds; sums = rr.sums;
  } else { const { names, groups } = regionsWithGroups(ri(5, 12), false); const rr = regionRows(t, names, groups, pick(['全市', '合计']), VARIANT === 1 ? chance(0.3) : chance(0.6)); rows = rr.rows; leafIds = rr.leafIds; sums = rr.sums; }
  const vals = initVals(rows); const hasJg = chance(0.5); const rdec = pick([1, 1, 2]);
  const periods = two ? [`${year - 1}年`, `${year}年`] : [null];
  periods.forEach((P, pi) => {
    const s = pi ? '2' : '';
    t.cols.push({ key: 'n' + s, head: '企业数', group: P, unit: '个', dec: 0 }, { key: 'h' + s, head: '有R&D活动的企业', group: P, unit: '个', dec: 0 }, { key: 'r' + s, head: '占比', group: P, unit: '%', dec: rdec });
    if (hasJg && pi === periods.length - 1) t.cols.push({ key: 'j' + s, head: '有研发机构的企业', group: P, unit: '个', dec: 0 });
    for (const id of leafIds) { const v = vals[id]; v['n' + s] = pi ? Math.max(5, v.n + ri(-8, 25)) : ri(12, 400); v['h' + s] = pi ? Math.min(v['n' + s], Math.round(v['n' + s] * (v.h / v.n + (rng() - 0.4) * 0.08))) : Math.round(v['n' + s] * (0.15 + rng() * 0.6)); v['j' + s] = Math.round(v['h' + s] * (0.2 + rng() * 0.6)); }
    for (const k of ['n', 'h', 'j']) aggregate(vals, sums, k + s, 0);
    for (const [tid, ps] of sums) addSumCols(t, tid, ps, ['n' + s, 'h' + s].concat(hasJg && pi === periods.length - 1 ? ['j' + s] : []), () => 0.5);
    for (const r of rows) { const v = vals[r.id]; v['r' + s] = rd(v['h' + s] / v['n' + s] * 100, rdec); t.rels.push({ type: 'rate', cell: [r.id, 'r' + s], num: [r.id, 'h' + s], den: [r.id, 'n' + s], k: 100, tol: 0.5 * Math.pow(10, -rdec) }); t.rels.push({ type: 'le', part: [r.id, 'h' + s], whole: [r.id, 'n' + s], tol: 0 }); if (hasJg && pi === periods.length - 1) t.rels.push({ type: 'le', part: [r.id, 'j' + s], whole: [r.id, 'h' + s], tol: 0 }); }
  });
  if (two) { t.cols.push({ key: 'df', head: '占比增减', unit: '百分点', dec: rdec }); for (const r of rows) { const v = vals[r.id]; v.df = rd(v.r2 - v.r, rdec); t.rels.push({ type: 'diff', cell: [r.id, 'df'], a: [r.id, 'r2'], b: [r.id, 'r'], tol: 0.5 * Math.pow(10, -rdec) }); } }
  t.rows = rows; t.vals = vals; t.firstHead = byInd ? '行业' : '地区'; t.lineUnit = '个';
  t.note = pick([null, '注：占比指有R&D活动的企业占规模以上工业企业的比重。']);
  return t;
}

function T_hitech(year) {
  const { names, groups } = regionsWithGroups(ri(5, 12), false);
  const t = { title: pick([`${year}年高新技术企业和技术合同成交情况`, '各县（市、区）高新技术企业及技术市场']), rels: [], cols: [] };
  const rr = regionRows(t, names, groups, pick(['全市', '合计', '全市合计']), VARIANT === 1 ? chance(0.3) : chance(0.6));
  const rows = rr.rows, vals = initVals(rows);
  t.cols.push({ key: 'n', head: '高新技术企业数', unit: '家', dec: 0 }, { key: 'x', head: pick(['#新认定', '其中：新认定']), unit: '家', dec: 0 });
  const G = '技术合同成交额';
  t.cols.push({ key: 'a', head: `${year - 1}年`, group: G, unit: '亿元', dec: 2 }, { key: 'b', head: `${year}年`, group: G, unit: '亿元', dec: 2 }, { key: 'gr', head: '增长', group: G, unit: '%', dec: 1 });
  const raw = {};
  for (const id of rr.leafIds) { const v = vals[id]; v.n = ri(8, 300); v.x = ri(0, Math.floor(v.n * 0.4)); raw[id] = { a: ri(300, 90000), b: 0 }; raw[id].b = Math.round(raw[id].a * (0.7 + rng() * 0.9)); v.a = rd(raw[id].a / 10000, 2); v.b = rd(raw[id].b / 10000, 2); if (v.a === 0) { raw[id].a = 100; v.a = 0.01; } }
  aggregate(vals, rr.sums, 'n', 0); aggregate(vals, rr.sums, 'x', 0);
  for (const [tid, ps] of rr.sums) { // money from raw
    const leafOf = (id) => { const f = rr.sums.find((s) => s[0] === id); return f ? f[1].flatMap(leafOf) : [id]; };
    const ls = leafOf(tid);
    for (const k of ['a', 'b']) vals[tid][k] = rd(ls.reduce((s, id) => s + raw[id][k], 0) / 10000, 2);
    addSumCols(t, tid, ps, ['n', 'x'], () => 0.5);
    for (const k of ['a', 'b']) t.rels.push({ type: 'sum', total: [tid, k], parts: ps.map((p) => [p, k]), tol: rd(0.005 * (ls.length + 1), 3) });
  }
  for (const r of rows) { const v = vals[r.id]; v.gr = rd((v.b / v.a - 1) * 100, 1); t.rels.push({ type: 'growth', cell: [r.id, 'gr'], cur: [r.id, 'b'], prev: [r.id, 'a'], tol: 0.05 }); t.rels.push({ type: 'le', part: [r.id, 'x'], whole: [r.id, 'n'], tol: 0 }); }
  t.rows = rows; t.vals = vals; t.firstHead = pick(['地区', '县（市、区）']);
  t.note = pick([null, '注：技术合同成交额按合同登记地统计。', '注：高新技术企业数为有效期内企业数。']);
  return t;
}
const TEMPLATES = [T_rdCounty, T_patent, T_years, T_staff, T_firms, T_hitech];

// ---------- plant ----------
function doPlant(t) {
  const count = new Map(); const key = (c) => c[0] + '|' + c[1];
  const cellsOf = (r) => r.type === 'sum' ? [r.total, ...r.parts] : r.type === 'le' ? [r.part, r.whole] : r.type === 'rate' ? [r.cell, r.num, r.den] : r.type === 'growth' ? [r.cell, r.cur, r.prev] : [r.cell, r.a, r.b];
  for (const r of t.rels) for (const c of cellsOf(r)) count.set(key(c), (count.get(key(c)) || 0) + 1);
  const cands = [];
  for (const r of t.rels) {
    const targets = r.type === 'sum' ? [['total', r.total], ...r.parts.map((p) => ['part', p])] : r.type === 'le' ? [['qizhong', r.part]] : [[r.type === 'diff' ? 'points' : r.type, r.cell]];
    for (const [kind, c] of targets) { const v = t.vals[c[0]][c[1]]; if (typeof v !== 'number') continue; cands.push({ r, kind, c, single: count.get(key(c)) === 1 }); }
  }
  const singles = cands.filter((x) => x.single); const pool = singles.length && chance(0.7) ? singles : cands;
  const ch = pick(pool); const { r, kind, c } = ch; const v = t.vals[c[0]][c[1]]; const dec = decOf(t, c);
  const unit = Math.pow(10, -dec); let now;
  if (kind === 'qizhong') { const w = t.vals[r.whole[0]][r.whole[1]]; now = rd(w + Math.max(unit * 3, w * (0.05 + rng() * 0.15)), dec); }
  else {
    const tol = r.tol; let delta = Math.max(rd(3 * tol + unit * 2, dec), rd(Math.abs(v) * (0.04 + rng() * 0.2), dec));
    if (kind === 'growth' || kind === 'rate' || kind === 'points') delta = Math.max(rd(3 * tol + unit * 2, dec), rd(0.3 + rng() * 4, dec));
    if (dec === 0) delta = Math.max(2, Math.round(delta));
    now = rd(v + (chance(0.5) || v - delta < 0 ? delta : -delta), dec);
    if (v - delta < 0) now = rd(v + delta, dec);
  }
  t.vals[c[0]][c[1]] = now;
  return { c, was: v, now, kind, r };
}
function decOf(t, c) { const col = t.cols.find((x) => x.key === c[1]); if (col.dec !== undefined) return col.dec; return t.rows.find((x) => x.id === c[0]).dec; }

// ---------- writer ----------
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
function writeTable(ws, t, st) {
  const A = (r, c) => colL(c) + r;
  const unitMode = t.rowUnits ? pick(['col', 'label']) : (VARIANT === 1 ? pick(['header', 'unitrow', 'line', 'unitrow']) : pick(['header', 'header', 'unitrow', 'line']));
  const hasUnitCol = unitMode === 'col';
  const c0 = 1 + (hasUnitCol ? 1 : 0); // data starts at column c0+1
  const ncols = c0 + t.cols.length;
  let row = 1;
  const bold = { bold: true };
  ws.getCell(row, 1).value = (st.num ? `表${st.num}  ` : '') + t.title; ws.getCell(row, 1).font = { bold: true, size: 14 }; ws.getCell(row, 1).alignment = { horizontal: 'center' };
  if (chance(0.7)) ws.mergeCells(row, 1, row, ncols); row++;
  const lineUnit = unitMode === 'line' && t.lineUnit;
  if (lineUnit) { const c = chance(0.6) ? ncols : 1; ws.getCell(row, c).value = `单位：${t.lineUnit}`; ws.getCell(row, c).alignment = { horizontal: c === 1 ? 'left' : 'right' }; row++; }
  else if (chance(0.2)) row++; // blank line
  const br = ri(0, 1);
  const headText = (col) => { let h = col.head; if (col.unit && (unitMode === 'header' || (unitMode === 'line' && col.unit !== t.lineUnit) || (t.rowUnits && col.unit))) h += UNITLAB(col.unit, br); return h; };
  const hasGroups = t.cols.some((c) => c.group);
  const hr0 = row;
  if (hasGroups) {
    // two header rows; cols without group merged vertically
    ws.getCell(row, 1).value = t.firstHead; ws.mergeCells(row, 1, row + 1, 1);
    if (hasUnitCol) { ws.getCell(row, 2).value = '计量单位'; ws.mergeCells(row, 2, row + 1, 2); }
    let i = 0;
    while (i < t.cols.length) {
      const g = t.cols[i].group; let j = i; while (j + 1 < t.cols.length && g && t.cols[j + 1].group === g) j++;
      const cc = c0 + 1 + i;
      if (!g) { ws.getCell(row, cc).value = headText(t.cols[i]); ws.mergeCells(row, cc, row + 1, cc); }
      else { ws.getCell(row, cc).value = g; if (j > i) ws.mergeCells(row, cc, row, c0 + 1 + j); for (let k = i; k <= j; k++) ws.getCell(row + 1, c0 + 1 + k).value = headText(t.cols[k]); }
      i = j + 1;
    }
    row += 2;
  } else {
    ws.getCell(row, 1).value = t.firstHead; if (hasUnitCol) ws.getCell(row, 2).value = '计量单位';
    t.cols.forEach((col, i) => { ws.getCell(row, c0 + 1 + i).value = headText(col); }); row++;
  }
  if (unitMode === 'unitrow') { t.cols.forEach((col, i) => { ws.getCell(row, c0 + 1 + i).value = col.unit ? col.unit : ''; }); ws.getCell(row, 1).value = ''; row++; }
  if (chance(VARIANT === 1 ? 0.35 : 0.15)) { ws.getCell(row, 1).value = '甲'; if (hasUnitCol) ws.getCell(row, 2).value = '乙'; t.cols.forEach((col, i) => { ws.getCell(row, c0 + 1 + i).value = i + 1; }); row++; }
  for (let r = hr0; r < row; r++) for (let c = 1; c <= ncols; c++) { const cl = ws.getCell(r, c); cl.font = bold; cl.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cl.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; }
  const dash = pick(['—', '-', 0, 0]); const indentMode = pick(['space', 'excel', 'none', 'space']);
  const addr = {};
  for (const rw of t.rows) {
    let lab = rw.label; const ind = rw.indent || 0;
    if (unitMode === 'label' && rw.unit) lab += UNITLAB(rw.unit, br);
    if (indentMode === 'space' && ind) lab = '  '.repeat(ind) + lab.trimStart();
    const lc = ws.getCell(row, 1); lc.value = lab; if (indentMode === 'excel' && ind) lc.alignment = { indent: ind };
    if (rw.kind === 'total') lc.font = bold;
    if (hasUnitCol) ws.getCell(row, 2).value = rw.unit || '';
    t.cols.forEach((col, i) => {
      const cl = ws.getCell(row, c0 + 1 + i); addr[rw.id + '|' + col.key] = A(row, c0 + 1 + i);
      const v = t.vals[rw.id][col.key]; const dec = col.dec !== undefined ? col.dec : rw.dec;
      if (v === undefined || v === null) { cl.value = chance(0.5) ? null : '—'; return; }
      if (v === 0 && dash !== 0 && !(col.unit === '%' || col.unit === '百分点')) { cl.value = dash; cl.alignment = { horizontal: 'right' }; return; }
      if (chance(0.03)) { cl.value = v.toFixed(dec); cl.alignment = { horizontal: 'right' }; return; }
      cl.value = v; cl.numFmt = dec ? '0.' + '0'.repeat(dec) : pick(['0', '#,##0']);
    });
    row++;
  }
  if (t.note) { row += chance(0.5) ? 1 : 0; ws.getCell(row, 1).value = t.note; }
  ws.getColumn(1).width = 24; for (let c = 2; c <= ncols; c++) ws.getColumn(c).width = 13;
  return addr;
}
function resolveRel(r, addr) {
  const m = (c) => addr[c[0] + '|' + c[1]];
  const o = { type: r.type, tol: r.tol };
  if (r.type === 'sum') { o.total = m(r.total); o.parts = r.parts.map(m); }
  else if (r.type === 'le') { o.part = m(r.part); o.whole = m(r.whole); }
  else if (r.type === 'rate') { o.cell = m(r.cell); o.num = m(r.num); o.den = m(r.den); o.k = r.k; }
  else if (r.type === 'growth') { o.cell = m(r.cell); o.cur = m(r.cur); o.prev = m(r.prev); }
  else { o.cell = m(r.cell); o.a = m(r.a); o.b = m(r.b); }
  return o;
}

(async () => {
  const manifest = [];
  for (let i = 0; i < N; i++) {
    rng = mulberry(SEED * 1000 + i * 7919 + VARIANT * 31);
    const planted = Math.floor((i + 1) * FR) > Math.floor(i * FR);
    const year = ri(2018, 2024);
    const wb = new ExcelJS.Workbook(); const ns = ri(1, 4); const tpls = shuffle(TEMPLATES).slice(0, ns);
    const file = `${SET}_${String(i).padStart(3, '0')}.xlsx`; const rels = {}; const plants = [];
    const plantSheet = planted ? ri(0, ns - 1) : -1; const numbered = chance(0.6);
    for (let s = 0; s < ns; s++) {
      const t = tpls[s](year);
      const name = numbered ? `表${s + 1}` : t.title.replace(/[\\/?*\[\]:]/g, '').slice(0, 28) || `Sheet${s + 1}`;
      const sname = Object.keys(rels).includes(name) ? name + s : name;
      const ws = wb.addWorksheet(sname);
      let pl = null; if (s === plantSheet) pl = doPlant(t);
      const addr = writeTable(ws, t, { num: numbered ? s + 1 : (chance(0.3) ? ri(1, 30) : 0) });
      rels[sname] = t.rels.map((r) => resolveRel(r, addr));
      if (pl) plants.push({ sheet: sname, cell: addr[pl.c[0] + '|' + pl.c[1]], was: pl.was, now: pl.now, kind: pl.kind, rel: resolveRel(pl.r, addr) });
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join(REL, file + '.json'), JSON.stringify(rels, null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
})();
