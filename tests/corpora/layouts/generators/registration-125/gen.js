// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VAR = +(VS || 0);
const ROOT = '/tmp/round125b', OUT = path.join(ROOT, SET); fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
let s = SEED >>> 0; const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)]; const P = (p) => rnd() < p;
const R = (x, d) => { const f = 10 ** d; return Math.round(x * f) / f; };
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const CITIES = ['临川市', '青州市', '安平市', '云溪市', '江宁市', '白沙市', '梧桐市', '南屏市'];
const CNTY = ['东城区', '西城区', '河口区', '高新区', '永宁县', '清河县', '安远县', '石门县', '丰乐县', '平山县', '龙泉县', '新化县', '长乐县', '桃源县', '金溪县', '双峰县', '宜阳县', '泰和县'];
const PROVC = ['省会市', '北江市', '南江市', '东岭市', '西岭市', '中原市', '海滨市', '山阳市', '河西市', '湖东市'];
// grid helper
function Grid() { const g = { rows: [], merges: [], rels: [], notes: [] };
  g.push = (arr) => { g.rows.push(arr); return g.rows.length - 1; };
  g.merge = (r1, c1, r2, c2) => g.merges.push([r1, c1, r2, c2]);
  g.rel = (o) => g.rels.push(o); return g; }
const num = (v, d = 0, extra = {}) => ({ v, d, ...extra });
const totName = (lvl) => lvl === 'prov' ? pick(['全省', '合计', '总计']) : lvl === 'city' ? pick(['全市', '合计', '总计']) : pick(['全县', '合计']);
const indentName = (name, mode) => mode === 'sp' ? { s: '  ' + name } : mode === 'xl' ? { s: name, indent: 1 } : { s: name };
function regions() { const lvl = pick(['city', 'prov', 'city']); const pool = lvl === 'prov' ? PROVC : CNTY; const n = ri(5, Math.min(12, pool.length)); const names = pool.slice().sort(() => rnd() - 0.5).slice(0, n); return { lvl, names, place: lvl === 'prov' ? pick(['江南省', '河东省']) : pick(CITIES) }; }
const titleRows = (g, title, unit, ncol) => { const r = g.push([{ s: title, title: 1 }]); if (ncol > 1) g.merge(r, 0, r, ncol - 1); if (unit) g.push(Array(Math.max(ncol - 1, 0)).fill(null).concat([{ s: unit }])); };
const zeroCell = (v) => v === 0 ? (P(0.5) ? { s: pick(['—', '-']) } : num(0)) : null;
const year = () => ri(2019, 2024);

// L1: 实有市场主体 by region and type, totals by row and column, 其中 column
function L1() { const g = Grid(); const { lvl, names, place } = regions(); const Y = year();
  const data = names.map((n) => { const ent = ri(800, 40000); const pri = Math.floor(ent * (0.8 + rnd() * 0.15)); const ind = ri(2000, 120000); const coop = /区$/.test(n) && P(0.5) ? 0 : ri(0, 900); const cap = ri(50000, 9000000); return { n, ent, pri, ind, coop, cap }; });
  const withCap = P(0.6); const capUnit = pick(['亿元', '万元']); const capD = capUnit === '亿元' ? 2 : 0;
  const ncol = withCap ? 7 : 6; const unitStyle = pick(['header', 'line', 'row']);
  titleRows(g, `${Y}年${place}各${lvl === 'prov' ? '市' : '县（市、区）'}实有市场主体情况`, unitStyle === 'line' ? (withCap ? `单位：户、${capUnit}` : '单位：户') : null, ncol);
  const u = (x) => unitStyle === 'header' ? x : ''; const hstyle = ri(1, 3);
  const H = ['地区', '市场主体合计' + u('（户）'), '企业' + u('（户）'), '其中：私营企业' + u('（户）'), '个体工商户' + u('（户）'), '农民专业合作社' + u('（户）')]; if (withCap) H.push('注册资本' + u(`（${capUnit}）`));
  if (hstyle === 1) g.push(H.map((x) => ({ s: x, h: 1 })));
  else { const r1 = g.push([{ s: '地区', h: 1 }, { s: '实有市场主体' + u('（户）'), h: 1 }, null, null, null, null].concat(withCap ? [{ s: '注册资本' + u(`（${capUnit}）`), h: 1 }] : []));
    const r2 = g.push([null, { s: '合计', h: 1 }, { s: '企业', h: 1 }, null, { s: '个体工商户', h: 1 }, { s: '农民专业合作社', h: 1 }].concat(withCap ? [null] : []));
    g.merge(r1, 1, r1, 5); if (withCap) g.merge(r1, 6, hstyle === 3 ? r1 + 2 : r2, 6);
    if (hstyle === 3) { const r3 = g.push([null, null, { s: '小计', h: 1 }, { s: '#私营企业', h: 1 }, null, null].concat(withCap ? [null] : [])); g.merge(r2, 2, r2, 3); g.merge(r2, 1, r3, 1); g.merge(r2, 4, r3, 4); g.merge(r2, 5, r3, 5); g.merge(r1, 0, r3, 0); }
    else { g.rows[r2][3] = { s: '其中：私营企业', h: 1 }; g.merge(r1, 0, r2, 0); } }
  if (unitStyle === 'row') g.push([null, { s: '户' }, { s: '户' }, { s: '户' }, { s: '户' }, { s: '户' }].concat(withCap ? [{ s: capUnit }] : []));
  const capv = (raw) => capUnit === '亿元' ? R(raw / 10000, 2) : raw; const top = P(VAR ? 0.3 : 0.6); const tn = totName(lvl);
  const indentMode = pick(['none', 'sp', 'xl']); const rowsIdx = [];
  const putTot = () => { const t = { ent: 0, pri: 0, ind: 0, coop: 0, cap: 0 }; data.forEach((d) => { for (const k in t) t[k] += d[k]; }); const r = g.push([{ s: tn }, num(t.ent + t.ind + t.coop), num(t.ent), num(t.pri), num(t.ind), num(t.coop)].concat(withCap ? [num(capv(t.cap), capD)] : [])); return r; };
  let tr; if (top) tr = putTot();
  for (const d of data) { const r = g.push([indentName(d.n, indentMode), num(d.ent + d.ind + d.coop), num(d.ent, 0, P(0.05) ? { text: 1 } : {}), num(d.pri), num(d.ind), zeroCell(d.coop) || num(d.coop)].concat(withCap ? [num(capv(d.cap), capD)] : [])); rowsIdx.push(r); }
  if (!top) tr = putTot();
  for (const r of [tr, ...rowsIdx]) { g.rel({ type: 'sum', total: [r, 1], parts: [[r, 2], [r, 4], [r, 5]], tol: 0.5 }); g.rel({ type: 'le', part: [r, 3], whole: [r, 2], tol: 0 }); }
  for (let c = 1; c < ncol; c++) g.rel({ type: 'sum', total: [tr, c], parts: rowsIdx.map((r) => [r, c]), tol: c === 6 && capD ? 0.005 * (rowsIdx.length + 1) + 1e-9 : 0.5 });
  if (P(0.7)) g.notes.push(pick(['注：市场主体包括企业、个体工商户和农民专业合作社。', '注：本表数据来源于市场监督管理局登记系统。', `注：私营企业包含在企业中；注册资本单位为${capUnit}。`]));
  return { g, name: pick(['实有主体', '分地区', `${Y}年`, '表1']) }; }

// L2: categories x two periods with growth
function L2() { const g = Grid(); const Y = year(); const place = pick(CITIES.concat(['江南省', '河东省', '永宁县'])); const M = ri(3, 12);
  const cats = []; const mk = (a, b) => ({ cur: ri(a, b), prev: 0 });
  const ent = mk(3000, 60000), ind = mk(8000, 200000), coop = mk(20, 900); const pri = { cur: Math.floor(ent.cur * (0.85 + rnd() * 0.12)) }; const fdi = { cur: ri(0, Math.floor(ent.cur * 0.03)) };
  for (const x of [ent, ind, coop]) x.prev = Math.max(1, Math.round(x.cur / (0.8 + rnd() * 0.45)));
  pri.prev = Math.floor(ent.prev * (0.85 + rnd() * 0.12)); fdi.prev = ri(0, Math.floor(ent.prev * 0.03)) || 1;
  const tot = { cur: ent.cur + ind.cur + coop.cur, prev: ent.prev + ind.prev + coop.prev };
  const kind = pick(['新设', '实有', '注销']); const cum = M === 12 ? '全年' : `1-${M}月`;
  const diffCol = P(0.3); const ncol = diffCol ? 5 : 4;
  titleRows(g, `${place}${Y}年${cum}${kind}市场主体情况`, P(0.5) ? '单位：户' : null, ncol);
  const hs = ri(1, 2);
  if (hs === 1) g.push([{ s: '项目', h: 1 }, { s: kind === '实有' ? `${M}月末` : cum, h: 1 }, { s: '上年同期', h: 1 }].concat(diffCol ? [{ s: '增减（户）', h: 1 }] : []).concat([{ s: pick(['增长（%）', '同比增长(%)', '比上年同期增长%']), h: 1 }]));
  else { const r1 = g.push([{ s: '指标', h: 1 }, { s: `${kind}户数`, h: 1 }, null].concat(diffCol ? [{ s: '增减', h: 1 }] : []).concat([{ s: '同比增长', h: 1 }])); g.push([null, { s: '本期', h: 1 }, { s: '上年同期', h: 1 }].concat(diffCol ? [{ s: '（户）', h: 1 }] : []).concat([{ s: '（%）', h: 1 }])); g.merge(r1, 1, r1, 2); g.merge(r1, 0, r1 + 1, 0); }
  const ind2 = pick(['sp', 'xl', 'none']); const priName = pick(['其中：私营企业', '#私营企业', '  其中：私营企业']); const fdiName = pick(['外商投资企业', '#外商投资企业']);
  const order = P(VAR ? 0.4 : 0.75) ? 'top' : 'bottom'; const rows = {};
  const line = (label, x) => { const gr = R((x.cur / x.prev - 1) * 100, 1); const arr = [label, num(x.cur), num(x.prev)]; if (diffCol) arr.push(num(x.cur - x.prev)); arr.push(num(gr, 1, P(0.04) ? { text: 1 } : {})); return g.push(arr); };
  if (order === 'top') rows.tot = line({ s: pick(['市场主体总计', '合计', '市场主体']) }, tot);
  rows.ent = line(indentName(pick(['一、企业', '企业']), order === 'top' ? ind2 : 'none'), ent);
  rows.pri = line({ s: priName, indent: ind2 === 'xl' ? 2 : 0 }, pri); rows.fdi = P(0.5) ? line({ s: fdiName, indent: ind2 === 'xl' ? 2 : 0 }, fdi) : null;
  rows.ind = line(indentName(pick(['二、个体工商户', '个体工商户']), order === 'top' ? ind2 : 'none'), ind);
  rows.coop = line(indentName(pick(['三、农民专业合作社', '农民专业合作社']), order === 'top' ? ind2 : 'none'), coop);
  if (order === 'bottom') rows.tot = line({ s: '合计' }, tot);
  const gc = diffCol ? 4 : 3;
  for (const c of [1, 2]) g.rel({ type: 'sum', total: [rows.tot, c], parts: [[rows.ent, c], [rows.ind, c], [rows.coop, c]], tol: 0.5 });
  if (diffCol) g.rel({ type: 'sum', total: [rows.tot, 3], parts: [[rows.ent, 3], [rows.ind, 3], [rows.coop, 3]], tol: 0.5 });
  for (const c of [1, 2]) { g.rel({ type: 'le', part: [rows.pri, c], whole: [rows.ent, c], tol: 0 }); if (rows.fdi != null) g.rel({ type: 'le', part: [rows.fdi, c], whole: [rows.ent, c], tol: 0 }); }
  for (const k in rows) { if (rows[k] == null) continue; const r = rows[k]; g.rel({ type: 'growth', cell: [r, gc], cur: [r, 1], prev: [r, 2], tol: 0.051 }); if (diffCol) g.rel({ type: 'diffv', cell: [r, 3], a: [r, 1], b: [r, 2], tol: 0.5 }); }
  if (P(0.6)) g.notes.push(pick(['注：企业含私营企业和外商投资企业。', '注：增长速度按可比口径计算。', '注：个体工商户含农村个体户。']));
  return { g, name: pick([`${cum}`, kind, '登记情况', '表2']) }; }

// L3: monthly 当月 and 1-N月累计 新设/注销
function L3() { const g = Grid(); const Y = year(); const place = pick(CITIES.concat(['永宁县', '清河县'])); const M = ri(4, 12);
  const withCan = P(0.6); const ncol = withCan ? 5 : 3;
  titleRows(g, `${place}${Y}年1-${M}月新设${withCan ? '和注销' : ''}市场主体月度情况`, '单位：户', ncol);
  const r1 = g.push([{ s: '月份', h: 1 }, { s: '新设市场主体', h: 1 }, null].concat(withCan ? [{ s: '注销市场主体', h: 1 }, null] : []));
  g.push([null, { s: '当月', h: 1 }, { s: '累计', h: 1 }].concat(withCan ? [{ s: '当月', h: 1 }, { s: '累计', h: 1 }] : [])); g.merge(r1, 1, r1, 2); if (withCan) g.merge(r1, 3, r1, 4); g.merge(r1, 0, r1 + 1, 0);
  let cn = 0, cc = 0; let prevR = null;
  for (let m = 1; m <= M; m++) { const a = ri(300, 6000), b = ri(50, 2500); cn += a; cc += b; const r = g.push([{ s: m === 1 ? '1月' : pick([`${m}月`, `1-${m}月`]) === `${m}月` ? `${m}月` : `${m}月` }, num(a), num(cn)].concat(withCan ? [num(b), num(cc)] : []));
    if (prevR == null) { g.rel({ type: 'eq', a: [r, 2], b: [r, 1], tol: 0.5 }); if (withCan) g.rel({ type: 'eq', a: [r, 4], b: [r, 3], tol: 0.5 }); }
    else { g.rel({ type: 'sum', total: [r, 2], parts: [[prevR, 2], [r, 1]], tol: 0.5 }); if (withCan) g.rel({ type: 'sum', total: [r, 4], parts: [[prevR, 4], [r, 3]], tol: 0.5 }); }
    prevR = r; }
  if (P(0.5)) g.notes.push('注：累计数为1月至当月合计。');
  return { g, name: pick(['月报', '月度', `1-${M}月`]) }; }

// L4: density per 千人 / 万人
function L4() { const g = Grid(); const { lvl, names, place } = regions(); const Y = year(); const per = pick(['千人', '万人']); const k = per === '千人' ? 0.1 : 1; // count / (pop 万人) * k
  const withEnt = P(0.6); const ncol = withEnt ? 6 : 4; const rd = per === '千人' ? 1 : pick([0, 1]);
  titleRows(g, `${Y}年末${place}市场主体密度`, null, ncol);
  const H = [{ s: '地区', h: 1 }, { s: '实有市场主体（户）', h: 1 }, { s: '常住人口（万人）', h: 1 }, { s: `每${per}拥有市场主体（户）`, h: 1 }].concat(withEnt ? [{ s: '其中：企业（户）', h: 1 }, { s: `每${per}拥有企业（户）`, h: 1 }] : []);
  g.push(H); const data = names.map((n) => { const pop = R(ri(1500, 250000) / 100, 2); const mk = Math.round(pop * 10000 * (0.05 + rnd() * 0.12)); const ent = Math.floor(mk * (0.15 + rnd() * 0.25)); return { n, pop, mk, ent }; });
  const top = P(0.5); const tn = totName(lvl); const rows = []; let tr;
  const line = (lab, d, popTol) => { const arr = [lab, num(d.mk), num(d.pop, 2), num(R(d.mk / d.pop * k, rd), rd)]; if (withEnt) arr.push(num(d.ent), num(R(d.ent / d.pop * k, rd), rd)); return g.push(arr); };
  const tot = { mk: 0, pop: 0, ent: 0 }; data.forEach((d) => { tot.mk += d.mk; tot.pop += d.pop; tot.ent += d.ent; }); tot.pop = R(tot.pop, 2);
  if (top) tr = line({ s: tn }, tot); for (const d of data) rows.push(line({ s: d.n }, d)); if (!top) tr = line({ s: tn }, tot);
  for (const c of [1, 2].concat(withEnt ? [4] : [])) g.rel({ type: 'sum', total: [tr, c], parts: rows.map((r) => [r, c]), tol: c === 2 ? 0.005 : 0.5 });
  const rt = 0.5 * 10 ** -rd + 1e-9;
  for (const r of [tr, ...rows]) { g.rel({ type: 'rate', cell: [r, 3], num: [r, 1], den: [r, 2], k, tol: rt }); if (withEnt) { g.rel({ type: 'rate', cell: [r, 5], num: [r, 4], den: [r, 2], k, tol: rt }); g.rel({ type: 'le', part: [r, 4], whole: [r, 1], tol: 0 }); } }
  g.notes.push(pick([`注：每${per}拥有市场主体数=实有市场主体户数/常住人口。`, '注：常住人口为年末数。', '注：数据来源：市场监管局、统计局。']));
  return { g, name: pick(['密度', '人均', '表4']) }; }

// L5: years as rows, growth vs previous year row, share
function L5() { const g = Grid(); const place = pick(CITIES.concat(['江南省'])); const y0 = ri(2012, 2018); const ny = ri(5, 7);
  const withShare = P(0.6); const ncol = withShare ? 7 : 5;
  titleRows(g, `${place}历年市场主体发展情况`, P(0.5) ? '单位：户、%' : null, ncol);
  const H = [{ s: '年份', h: 1 }, { s: '新设市场主体', h: 1 }, { s: '注销市场主体', h: 1 }, { s: '年末实有市场主体', h: 1 }, { s: '比上年增长(%)', h: 1 }].concat(withShare ? [{ s: '其中：企业', h: 1 }, { s: '企业占比(%)', h: 1 }] : []);
  g.push(H); let have = ri(50000, 400000); let prev = null;
  for (let i = 0; i < ny; i++) { const nw = Math.round(have * (0.1 + rnd() * 0.12)); const cx = Math.round(nw * (0.3 + rnd() * 0.5)); const old = have; have = have + nw - cx - ri(0, 300); const ent = Math.round(have * (0.2 + rnd() * 0.15));
    const gr = prev == null ? null : R((have / prev.have - 1) * 100, 1);
    const r = g.push([{ s: `${y0 + i}${P(0.5) ? '年' : ''}` }, num(nw), num(cx), num(have), gr == null ? { s: pick(['—', '', '-']) } : num(gr, 1)].concat(withShare ? [num(ent), num(R(ent / have * 100, 1), 1)] : []));
    if (gr != null) g.rel({ type: 'growth', cell: [r, 4], cur: [r, 3], prev: [prev.r, 3], tol: 0.051 });
    if (withShare) { g.rel({ type: 'rate', cell: [r, 6], num: [r, 5], den: [r, 3], k: 100, tol: 0.051 }); g.rel({ type: 'le', part: [r, 5], whole: [r, 3], tol: 0 }); }
    prev = { r, have }; }
  if (P(0.6)) g.notes.push('注：年末实有数含迁入迁出等因素，不等于上年末实有数加新设减注销。');
  return { g, name: pick(['历年', '时间序列', '表5']) }; }

// L7: shares by region two years, 增减(百分点)
function L7() { const g = Grid(); const { lvl, names, place } = regions(); const Y = year();
  const data = names.map((n) => { const a = ri(500, 30000); return { n, a, b: Math.max(1, Math.round(a / (0.85 + rnd() * 0.35))) }; });
  const TA = data.reduce((s, d) => s + d.a, 0), TB = data.reduce((s, d) => s + d.b, 0);
  titleRows(g, `${place}各地新设企业及占比`, null, 6);
  const r1 = g.push([{ s: '地区', h: 1 }, { s: `${Y}年`, h: 1 }, null, { s: `${Y - 1}年`, h: 1 }, null, { s: '占比增减（百分点）', h: 1 }]);
  g.push([null, { s: '新设企业（户）', h: 1 }, { s: '占比（%）', h: 1 }, { s: '新设企业（户）', h: 1 }, { s: '占比（%）', h: 1 }, null]);
  g.merge(r1, 1, r1, 2); g.merge(r1, 3, r1, 4); g.merge(r1, 0, r1 + 1, 0); g.merge(r1, 5, r1 + 1, 5);
  const top = P(0.5); const rows = []; let tr;
  const tl = () => g.push([{ s: totName(lvl) }, num(TA), num(100, 1), num(TB), num(100, 1), num(0, 2)]);
  if (top) tr = tl();
  for (const d of data) { const sa = R(d.a / TA * 100, 1), sb = R(d.b / TB * 100, 1); const r = g.push([{ s: d.n }, num(d.a), num(sa, 1), num(d.b), num(sb, 1), num(R(sa - sb, 1), 1)]); rows.push(r);
    g.rel({ type: 'rate', cell: [r, 2], num: [r, 1], den: [null, 1], k: 100, tol: 0.051 }); g.rel({ type: 'rate', cell: [r, 4], num: [r, 3], den: [null, 3], k: 100, tol: 0.051 }); g.rel({ type: 'diff', cell: [r, 5], a: [r, 2], b: [r, 4], tol: 0.051 }); }
  if (!top) tr = tl(); g.rows[tr][5] = zeroCell(0) || num(0, 1);
  for (const rel of g.rels) if (rel.den && rel.den[0] == null) rel.den[0] = tr;
  g.rel({ type: 'sum', total: [tr, 1], parts: rows.map((r) => [r, 1]), tol: 0.5 }); g.rel({ type: 'sum', total: [tr, 3], parts: rows.map((r) => [r, 3]), tol: 0.5 });
  g.notes.push('注：占比为各地新设企业占全' + (lvl === 'prov' ? '省' : '市') + '的比重。');
  return { g, name: pick(['占比', '新设企业', '表3']) }; }

const LAYS = [L1, L2, L3, L4, L5, L7];
function writeSheet(ws, g, off) { const addr = (rc) => colL(rc[1] + off.c) + (rc[0] + off.r + 1);
  g.rows.forEach((row, ri_) => row.forEach((cv, ci) => { if (cv == null) return; const cell = ws.getCell(ri_ + off.r + 1, ci + off.c + 1);
    if (cv.s !== undefined) { cell.value = cv.s; if (cv.indent) cell.alignment = { indent: cv.indent }; if (cv.h) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; if (cv.title) cell.font = { bold: true, size: 14 }; }
    else { if (cv.text) cell.value = cv.d ? cv.v.toFixed(cv.d) : String(cv.v); else { cell.value = cv.v; cell.numFmt = cv.d ? '0.' + '0'.repeat(cv.d) : '0'; } } }));
  for (const m of g.merges) ws.mergeCells(m[0] + off.r + 1, m[1] + off.c + 1, m[2] + off.r + 1, m[3] + off.c + 1);
  let last = g.rows.length + off.r; for (const n of g.notes) { last++; ws.getCell(last + 1, off.c + 1).value = n; }
  ws.getColumn(off.c + 1).width = 18; for (let c = 2; c < 9; c++) ws.getColumn(c + off.c).width = 13;
  const conv = (o) => { if (Array.isArray(o) && o.length === 2 && typeof o[0] === 'number') return addr(o); if (Array.isArray(o)) return o.map(conv); if (o && typeof o === 'object') { const r = {}; for (const k in o) r[k] = conv(o[k]); return r; } return o; };
  return g.rels.map(conv); }
(async () => { const manifest = [];
  for (let i = 0; i < N; i++) { const wb = new ExcelJS.Workbook(); const ns = ri(1, 4); const rels = {}; const used = new Set();
    for (let k = 0; k < ns; k++) { const L = pick(LAYS); const { g, name } = L(); let nm = name; let j = 2; while (used.has(nm)) nm = name + j++; used.add(nm);
      const ws = wb.addWorksheet(nm); const off = { r: P(0.2) ? 1 : 0, c: P(0.15) ? 1 : 0 }; rels[nm] = writeSheet(ws, g, off); }
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`; const plants = [];
    if (rnd() < PF) { // choose a relation and a cell
      const cands = []; for (const sh in rels) rels[sh].forEach((rel, idx) => { const cells = rel.type === 'sum' ? [rel.total, ...rel.parts] : rel.type === 'le' ? [rel.part] : rel.type === 'eq' ? [rel.a] : [rel.cell]; for (const c of cells) cands.push({ sh, rel, c }); });
      for (let t = 0; t < 50 && !plants.length; t++) { const { sh, rel, c } = pick(cands); const cell = wb.getWorksheet(sh).getCell(c); const v = typeof cell.value === 'number' ? cell.value : null; if (v == null) continue;
        let nv; const d = (cell.numFmt || '0').includes('.') ? cell.numFmt.split('.')[1].length : 0;
        if (rel.type === 'le') nv = rd(numv(wb.getWorksheet(sh).getCell(rel.whole).value) + Math.max(1, Math.round(v * (0.05 + rnd() * 0.2))), d);
        else { const delta = Math.max(rel.tol * 8, Math.abs(v) * (0.03 + rnd() * 0.12), d ? 0.3 : 3); nv = rd(v + (P(0.5) || v - delta < 0 ? delta : -delta), d); }
        if (nv === v) continue; cell.value = nv; plants.push({ sheet: sh, cell: c, was: v, now: nv, kind: kindOf(rel, c), rel }); } }
    await wb.xlsx.writeFile(path.join(OUT, file)); fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify({ set: SET, sheets: rels }, null, 0)); manifest.push({ file, plants }); }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1)); })();
function rd(x, d) { return R(x, d); } function numv(v) { if (typeof v === 'number') return v; if (typeof v === 'string') { const n = parseFloat(v); return isNaN(n) ? 0 : n; } return 0; }
function kindOf(rel, c) { if (rel.type === 'sum') return rel.total === c ? 'total' : 'part'; if (rel.type === 'le') return 'part-above-whole'; if (rel.type === 'growth') return 'growth'; if (rel.type === 'diff') return 'points'; if (rel.type === 'diffv') return 'difference'; if (rel.type === 'rate') return 'rate'; return rel.type; }
