// round 72B generator: culture, broadcasting and sport statistics
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const L = require('./lib');
let R;
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const rf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rd = (x, d) => { const f = Math.pow(10, d); return Number((Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f).toFixed(d)); };
const num = (v) => (typeof v === 'number' ? v : 0);

const CITIES = [
  ['临江市', ['江城区', '东湖区', '西山区', '南平县', '北川县', '青溪县', '石门县', '高新区']],
  ['安和市', ['安和区', '新城区', '望江区', '河口区', '永宁县', '福田县', '马坪县']],
  ['清源县', ['城关镇', '东坝镇', '西河镇', '南岭乡', '北塘镇', '石桥乡', '白沙镇', '龙潭乡', '黄土镇']],
  ['云岭省', ['昆岭市', '曲川市', '玉溪河市', '保安市', '昭平市', '丽江源市', '普洱山市', '临沧原市', '楚阳州', '红河源州']],
  ['宁西市', ['兴庆区', '金凤区', '西夏区', '永宁县', '贺兰县', '灵武市']],
];
const TOT = { '市': ['全市', '合计', '全 市'], '县': ['全县', '合计', '总计'], '省': ['全省', '合计'] };

// ---------- model ----------
// model: {title, sub, stub, rows:[{label, unit?, indent, total?}], cols:[{label, group?, unit?}], v[i][j], d[i][j], rels, notes, unitLine}
function mk(rows, cols) { return { rows, cols, v: rows.map(() => cols.map(() => null)), d: rows.map(() => cols.map(() => 0)), rels: [], notes: [] }; }
const C = (i, j) => [i, j];

function regionSet() {
  const [city, regs] = pick(CITIES);
  const n = Math.min(regs.length, ri(4, regs.length));
  const rs = regs.slice(0, n);
  const kind = city.slice(-1);
  return { city, regs: rs, tot: pick(TOT[kind]), kind };
}
function addRegionRows(m0cols, rs, totTop) {
  const rows = rs.regs.map((r) => ({ label: r }));
  const t = { label: rs.tot, total: true };
  const nd = rs.regs.filter((r) => /区$/.test(r)).length;
  if (totTop && nd >= 2 && nd < rs.regs.length && chance(0.5)) { rs.sub = true; return [t, { label: '其中：市辖区', indent: 1 }, ...rows]; }
  rs.sub = false;
  return totTop ? [t, ...rows] : [...rows, t];
}
function subSums(m, rs, rows, js) {
  if (!rs.sub) return;
  const didx = rows.map((r, i) => i).filter((i) => /区$/.test(rows[i].label) && !/^其中/.test(rows[i].label));
  colSums(m, 1, didx, js);
  for (const j of js) le(m, C(1, j), C(0, j));
  return didx;
}
function colSums(m, ti, idxs, js) {
  for (const j of js) {
    let s = 0, dd = 0; for (const i of idxs) { s += num(m.v[i][j]); dd = Math.max(dd, m.d[i][j]); }
    m.v[ti][j] = rd(s, dd); m.d[ti][j] = dd;
    m.rels.push({ t: 'sum', tgt: C(ti, j), parts: idxs.map((i) => C(i, j)) });
  }
}
function ratio(m, i, j, ni, nj, di, dj, k, d) {
  const n = num(m.v[ni][nj]), den = num(m.v[di][dj]);
  m.d[i][j] = d;
  if (den === 0) { m.v[i][j] = '—'; return; }
  m.v[i][j] = rd((n / den) * k, d);
  m.rels.push({ t: 'ratio', tgt: C(i, j), num: C(ni, nj), den: C(di, dj), k, d });
}
function chg(m, i, j, ci, cj, pi, pj, d) {
  const c = m.v[ci][cj], p = m.v[pi][pj]; m.d[i][j] = d;
  if (typeof c !== 'number' || typeof p !== 'number' || p === 0) { m.v[i][j] = '—'; return; }
  m.v[i][j] = rd(((c - p) / p) * 100, d);
  m.rels.push({ t: 'chg', tgt: C(i, j), num: C(ci, cj), den: C(pi, pj), d });
}
function diff(m, i, j, ai, aj, bi, bj, d) {
  m.d[i][j] = d; m.v[i][j] = rd(num(m.v[ai][aj]) - num(m.v[bi][bj]), d);
  m.rels.push({ t: 'diff', tgt: C(i, j), a: C(ai, aj), b: C(bi, bj) });
}
const le = (m, a, b) => m.rels.push({ t: 'le', a, b });

// T1 libraries by region
function tLib(year) {
  const rs = regionSet(); const totTop = chance(0.6);
  const withKid = chance(0.5), withPop = chance(0.75);
  const cols = [{ label: '机构数', group: '公共图书馆', unit: '个' }, { label: '总藏量', group: '公共图书馆', unit: '万册' }];
  if (withKid) cols.push({ label: '其中：少儿文献', group: '公共图书馆', unit: '万册' });
  cols.push({ label: '流通人次', group: '公共图书馆', unit: '万人次' });
  if (withPop) cols.push({ label: '年末常住人口', unit: '万人' }, { label: '人均藏书', unit: '册' });
  const rows = addRegionRows(cols, rs, totTop); const m = mk(rows, cols);
  const ti = totTop ? 0 : rows.length - 1; const idx = rows.map((_, i) => i).filter((i) => i !== ti && !(rs.sub && i === 1));
  const big = rs.kind === '省' ? 5 : 1;
  const J = (l) => cols.findIndex((c) => c.label === l);
  for (const i of idx) {
    const pop = rd(rf(8, 120) * big, 2); const lib = ri(1, 3) * (big > 1 ? ri(3, 12) : 1);
    const bk = rd(pop * rf(0.5, 1.6), 2);
    m.v[i][0] = lib; m.v[i][1] = bk; m.d[i][1] = 2;
    if (withKid) { m.v[i][J('其中：少儿文献')] = rs.regs[idx.indexOf(i)] === '高新区' ? '—' : rd(bk * rf(0.1, 0.3), 2); m.d[i][J('其中：少儿文献')] = 2; }
    m.v[i][J('流通人次')] = rd(pop * rf(0.3, 1.5), 2); m.d[i][J('流通人次')] = 2;
    if (withPop) { m.v[i][J('年末常住人口')] = pop; m.d[i][J('年末常住人口')] = 2; }
  }
  colSums(m, ti, idx, cols.map((c, j) => j).filter((j) => cols[j].label !== '人均藏书'));
  subSums(m, rs, rows, cols.map((c, j) => j).filter((j) => cols[j].label !== '人均藏书'));
  for (let i = 0; i < rows.length; i++) {
    if (withKid) le(m, C(i, J('其中：少儿文献')), C(i, 1));
    if (withPop) ratio(m, i, J('人均藏书'), i, 1, i, J('年末常住人口'), 1, 2);
  }
  m.title = `${rs.city}${year}年公共图书馆基本情况`; m.stub = '地区';
  m.notes.push(pick(['资料来源：市文化广电旅游局。', '资料来源：县文化和旅游局。', '注：人均藏书按年末常住人口计算。']));
  return m;
}
// T2 venues by type
function tVenue(year) {
  const rows = [{ label: '合计', total: true }, { label: '文化馆' }, { label: '文化站' }, { label: '博物馆' }, { label: '其中：国有博物馆', indent: 1 }, { label: '美术馆' }];
  const cols = [{ label: '机构数', unit: '个' }, { label: '从业人员', unit: '人' }, { label: '参观人次', unit: '万人次' }, { label: '其中：未成年人', unit: '万人次' }];
  const m = mk(rows, cols);
  const base = pick([1, 1, 8]);
  const spec = { 1: [1, 2, 20, 60], 2: [8, 25, 15, 200], 3: [2, 12, 30, 300], 5: [1, 3, 20, 80] };
  for (const i of [1, 2, 3, 5]) {
    const [a, b, c, d] = spec[i]; const n = ri(a, b) * base;
    m.v[i][0] = n; m.v[i][1] = n * ri(c > 20 ? 8 : 3, c);
    const v = rd(rf(5, d) * base, 2); m.v[i][2] = v; m.d[i][2] = 2; m.v[i][3] = rd(v * rf(0.1, 0.45), 2); m.d[i][3] = 2;
  }
  m.v[4][0] = Math.max(1, Math.round(m.v[3][0] * rf(0.4, 0.9))); m.v[4][1] = Math.round(m.v[3][1] * rf(0.5, 0.95));
  m.v[4][2] = rd(m.v[3][2] * rf(0.5, 0.95), 2); m.v[4][3] = rd(Math.min(m.v[4][2], m.v[3][3]) * rf(0.5, 0.99), 2); m.d[4][2] = m.d[4][3] = 2;
  if (chance(0.4)) { m.v[2][2] = '…'; m.v[2][3] = '…'; }
  colSums(m, 0, [1, 2, 3, 5], [0, 1, 2, 3]);
  for (let j = 0; j < 4; j++) le(m, C(4, j), C(3, j));
  for (let i = 0; i < rows.length; i++) if (typeof m.v[i][2] === 'number') le(m, C(i, 3), C(i, 2));
  m.title = `${pick(CITIES)[0]}${year}年群众文化机构和博物馆情况`; m.stub = '项目';
  if (m.v[2][2] === '…') m.notes.push('注：文化站参观人次未统计。');
  m.notes.push('资料来源：文化和旅游部门统计年报。');
  return m;
}
// indicator blocks for year tables; each returns list of rows specs with generator over "year index" and rels
function indicatorBlocks(ny, withPop) {
  const rows = []; const gens = []; // gens: fn(m, rowBase) fill
  const g = (start, rate, d) => { const a = []; let x = start; for (let y = 0; y < ny; y++) { a.push(rd(x, d)); x *= 1 + rf(-0.03, rate); } return a; };
  const popA = g(rf(40, 300), 0.02, 2);
  const add = (label, unit, vals, d, indent) => { rows.push({ label, unit, indent, vals, d }); return rows.length - 1; };
  const rel = [];
  let pop = -1;
  if (withPop) pop = add('年末常住人口', '万人', popA, 2);
  const blocks = shuffle(['lib', 'perf', 'mus', 'cov', 'sport', 'fee', 'mass']).slice(0, ri(3, 6));
  for (const b of blocks) {
    if (b === 'lib') {
      add('公共图书馆', '个', g(ri(3, 15), 0.05, 0).map(Math.round), 0);
      const bk = add('总藏量', '万册', popA.map((p) => rd(p * rf(0.7, 1.1), 2)), 2);
      add('流通人次', '万人次', g(rf(30, 200), 0.2, 2), 2);
      const pc = add('人均藏书', '册', popA.map((p, y) => rd(rows[bk].vals[y] / p, 2)), 2);
      if (withPop) rel.push({ t: 'ratio', row: pc, num: bk, den: pop, k: 1, d: 2 });
    }
    if (b === 'perf') {
      add('艺术表演团体', '个', g(ri(5, 60), 0.08, 0), 0);
      const s = add('演出场次', '万场', g(rf(0.5, 5), 0.1, 2), 2);
      const s1 = add('其中：赴农村演出', '万场', rows[s].vals.map((x) => rd(x * rf(0.3, 0.7), 2)), 2, 1);
      rel.push({ t: 'le', row: s1, whole: s });
      const a = add('观众人次', '万人次', g(rf(50, 800), 0.15, 2), 2);
      const a1 = add('其中：农村观众', '万人次', rows[a].vals.map((x) => rd(x * rf(0.3, 0.7), 2)), 2, 1);
      rel.push({ t: 'le', row: a1, whole: a });
    }
    if (b === 'mus') {
      add('博物馆', '个', g(ri(2, 30), 0.06, 0), 0);
      const v = add('参观人次', '万人次', g(rf(20, 600), 0.3, 2), 2);
      const v1 = add('其中：未成年人', '万人次', rows[v].vals.map((x) => rd(x * rf(0.15, 0.4), 2)), 2, 1);
      rel.push({ t: 'le', row: v1, whole: v });
    }
    if (b === 'cov') {
      let x = rf(98.2, 99.5); add('广播节目人口综合覆盖率', '%', Array.from({ length: ny }, () => { x = Math.min(100, x + rf(0, 0.2)); return rd(x, 2); }), 2);
      let y = rf(98.6, 99.6); add('电视节目人口综合覆盖率', '%', Array.from({ length: ny }, () => { y = Math.min(100, y + rf(0, 0.15)); return rd(y, 2); }), 2);
    }
    if (b === 'sport') {
      add('体育场地', '个', g(ri(500, 8000), 0.12, 0), 0);
      const ar = add('体育场地面积', '万平方米', popA.map((p, y) => rd(p * (rf(1.9, 2.4) + 0.08 * y), 2)), 2);
      const pc = add('人均体育场地面积', '平方米', popA.map((p, y) => rd(rows[ar].vals[y] / p, 2)), 2);
      if (withPop) rel.push({ t: 'ratio', row: pc, num: ar, den: pop, k: 1, d: 2 });
      let x = rf(33, 40); add('经常参加体育锻炼人数比例', '%', Array.from({ length: ny }, () => { x += rf(0, 0.8); return rd(x, 1); }), 1);
    }
    if (b === 'fee') {
      const f = add('文化事业费', '万元', popA.map((p, y) => rd(p * (rf(50, 80) + 4 * y), 1)), 1);
      const pc = add('人均文化事业费', '元', popA.map((p, y) => rd(rows[f].vals[y] / p, 2)), 2);
      if (withPop) rel.push({ t: 'ratio', row: pc, num: f, den: pop, k: 1, d: 2 });
    }
    if (b === 'mass') {
      const a = g(ri(1, 12), 0.02, 0), b2 = g(ri(8, 150), 0.02, 0);
      const t = add('群众文化机构', '个', a.map((x, y) => x + b2[y]), 0);
      const p1 = add('文化馆', '个', a, 0, 1); const p2 = add('文化站', '个', b2, 0, 1);
      rel.push({ t: 'sum', row: t, parts: [p1, p2] });
    }
  }
  return { rows, rel };
}
// T3 years as columns (or rows when transposed)
function tYears(year) {
  const ny = ri(3, 6); const withPop = chance(0.6);
  const { rows: ir, rel } = indicatorBlocks(ny, withPop);
  const years = Array.from({ length: ny }, (_, y) => year - ny + 1 + y);
  const rev = chance(0.2); const yidx = rev ? years.map((_, k) => ny - 1 - k) : years.map((_, k) => k);
  const rows = ir.map((r) => ({ label: r.label, unit: r.unit, indent: r.indent }));
  const cols = yidx.map((k) => ({ label: years[k] + '年' }));
  const m = mk(rows, cols);
  ir.forEach((r, i) => yidx.forEach((k, j) => { m.v[i][j] = r.vals[k]; m.d[i][j] = r.d; }));
  for (const x of rel) for (let j = 0; j < ny; j++) {
    if (x.t === 'ratio') m.rels.push({ t: 'ratio', tgt: C(x.row, j), num: C(x.num, j), den: C(x.den, j), k: x.k, d: x.d });
    if (x.t === 'le') le(m, C(x.row, j), C(x.whole, j));
    if (x.t === 'sum') m.rels.push({ t: 'sum', tgt: C(x.row, j), parts: x.parts.map((p) => C(p, j)) });
  }
  m.title = `${pick(CITIES)[0]}文化体育事业主要指标（${years[0]}—${years[ny - 1]}年）`; m.stub = '指标'; m.unitCol = true;
  if (chance(0.3)) { m.v[rows.length - 1][0] = '…'; if (m.rels.some((r) => L_has(r, rows.length - 1, 0))) m.v[rows.length - 1][0] = ir[rows.length - 1].vals[yidx[0]]; }
  m.notes.push(pick(['注：人均指标按年末常住人口计算。', '资料来源：市文化广电旅游局、市体育局。', '注：“…”表示数据不详。']));
  return m;
}
const L_has = (r, i, j) => JSON.stringify(r).includes(`[${i},${j}]`);
// T4 two years side by side with growth
function tTwoYear(year) {
  const withPop = chance(0.5);
  const { rows: ir, rel } = indicatorBlocks(2, withPop);
  const mode = pick(['pct', 'pct', 'diff']); const ppMode = pick(['dash', 'pp', 'pp']);
  const prevFirst = chance(0.3);
  const rows = ir.map((r) => ({ label: r.label, unit: r.unit, indent: r.indent }));
  const cols = prevFirst ? [{ label: `${year - 1}年` }, { label: `${year}年` }] : [{ label: `${year}年` }, { label: `${year - 1}年` }];
  cols.push({ label: mode === 'pct' ? '比上年增长（%）' : '增减' });
  const m = mk(rows, cols); const cj = prevFirst ? 1 : 0, pj = prevFirst ? 0 : 1;
  ir.forEach((r, i) => { m.v[i][cj] = r.vals[1]; m.v[i][pj] = r.vals[0]; m.d[i][0] = m.d[i][1] = r.d; });
  ir.forEach((r, i) => {
    if (mode === 'diff') return diff(m, i, 2, i, cj, i, pj, r.d);
    if (r.unit === '%') { if (ppMode === 'dash') { m.v[i][2] = '—'; } else diff(m, i, 2, i, cj, i, pj, r.d); return; }
    chg(m, i, 2, i, cj, i, pj, 1);
  });
  for (const x of rel) for (const j of [0, 1]) {
    if (x.t === 'ratio') m.rels.push({ t: 'ratio', tgt: C(x.row, j), num: C(x.num, j), den: C(x.den, j), k: x.k, d: x.d });
    if (x.t === 'le') le(m, C(x.row, j), C(x.whole, j));
    if (x.t === 'sum') m.rels.push({ t: 'sum', tgt: C(x.row, j), parts: x.parts.map((p) => C(p, j)) });
  }
  m.title = `${pick(CITIES)[0]}${year}年文化体育主要指标`; m.stub = '指标'; m.unitCol = true;
  if (mode === 'pct' && ppMode === 'pp' && ir.some((r) => r.unit === '%')) m.notes.push('注：覆盖率、比例类指标增长栏为增减百分点。');
  m.notes.push('资料来源：市文化广电旅游局、市体育局。');
  return m;
}
// T5 sports by region
function tSport(year) {
  const rs = regionSet(); const totTop = chance(0.6); const withCnt = chance(0.5);
  const cols = [{ label: '个数', group: '体育场地', unit: '个' }, { label: '面积', group: '体育场地', unit: '万平方米' }, { label: '年末常住人口', unit: '万人' }, { label: '人均体育场地面积', unit: '平方米' }];
  if (withCnt) cols.push({ label: '经常参加体育锻炼人数', unit: '万人' });
  cols.push({ label: '经常参加体育锻炼人数比例', unit: '%' });
  const rows = addRegionRows(cols, rs, totTop); const m = mk(rows, cols);
  const ti = totTop ? 0 : rows.length - 1; const idx = rows.map((_, i) => i).filter((i) => i !== ti && !(rs.sub && i === 1));
  const big = rs.kind === '省' ? 5 : 1; const hidden = {};
  for (const i of idx) {
    const pop = rd(rf(8, 120) * big, 2);
    m.v[i][0] = Math.round(pop * rf(15, 40)); m.v[i][1] = rd(pop * rf(1.6, 3.2), 2); m.d[i][1] = 2; m.v[i][2] = pop; m.d[i][2] = 2;
    hidden[i] = rd(pop * rf(0.33, 0.45), 2);
    if (withCnt) { m.v[i][4] = hidden[i]; m.d[i][4] = 2; }
  }
  colSums(m, ti, idx, withCnt ? [0, 1, 2, 4] : [0, 1, 2]);
  hidden[ti] = rd(idx.reduce((a, i) => a + hidden[i], 0), 2);
  const dd = subSums(m, rs, rows, withCnt ? [0, 1, 2, 4] : [0, 1, 2]); if (dd) hidden[1] = rd(dd.reduce((a, i) => a + hidden[i], 0), 2);
  const rj = cols.length - 1;
  for (let i = 0; i < rows.length; i++) {
    ratio(m, i, 3, i, 1, i, 2, 1, 2);
    if (withCnt) ratio(m, i, rj, i, 4, i, 2, 100, 1); else { m.v[i][rj] = rd(hidden[i] / m.v[i][2] * 100, 1); m.d[i][rj] = 1; }
  }
  m.title = `${rs.city}${year}年体育场地及群众体育情况`; m.stub = '地区';
  m.notes.push('注：体育场地数据来源于全国体育场地统计调查；人均体育场地面积按年末常住人口计算。');
  return m;
}
// T6 party building in cultural & sports social organisations by type
function tParty(year) {
  const rows = [{ label: '合计', total: true }, { label: '社会团体' }, { label: '其中：文化类', indent: 1 }, { label: '体育类', indent: 2 }, { label: '民办非企业单位' }, { label: '其中：文化类', indent: 1 }, { label: '体育类', indent: 2 }, { label: '基金会' }];
  const withMem = chance(0.5); const cd = pick([1, 2]);
  const cols = [{ label: '单位数', unit: '个' }, { label: '已建党组织数', unit: '个' }, { label: '党组织覆盖率', unit: '%' }];
  if (withMem) cols.push({ label: '党员人数', unit: '人' });
  const m = mk(rows, cols);
  const fill = (i, n, cov) => { m.v[i][0] = n; m.v[i][1] = Math.floor(n * cov); if (withMem) m.v[i][3] = Math.round(m.v[i][1] * rf(3, 12)); };
  for (const [p, s1, s2] of [[1, 2, 3], [4, 5, 6]]) {
    const n = ri(60, 900); fill(p, n, rf(0.3, 0.9));
    const a = Math.round(n * rf(0.15, 0.4)), b = Math.round(n * rf(0.1, 0.3));
    m.v[s1][0] = a; m.v[s2][0] = b; m.v[s1][1] = Math.min(a, Math.floor(m.v[p][1] * rf(0.15, 0.4))); m.v[s2][1] = Math.min(b, Math.floor(m.v[p][1] * rf(0.1, 0.3)));
    if (withMem) { m.v[s1][3] = Math.round(m.v[p][3] * rf(0.15, 0.4)); m.v[s2][3] = Math.round(m.v[p][3] * rf(0.1, 0.3)); }
    for (const j of withMem ? [0, 1, 3] : [0, 1]) { le(m, C(s1, j), C(p, j)); le(m, C(s2, j), C(p, j)); }
  }
  fill(7, ri(2, 25), rf(0.2, 0.8));
  colSums(m, 0, [1, 4, 7], withMem ? [0, 1, 3] : [0, 1]);
  for (let i = 0; i < rows.length; i++) { ratio(m, i, 2, i, 1, i, 0, 100, cd); le(m, C(i, 1), C(i, 0)); }
  m.title = `${pick(CITIES)[0]}文化体育类社会组织党建工作情况（${year}年底）`; m.stub = '类型';
  m.notes.push('注：党组织覆盖率＝已建党组织单位数÷单位数×100%。');
  return m;
}
// T7 party building by region, types in column groups
function tPartyReg(year) {
  const rs = regionSet(); const totTop = chance(0.6); const cd = pick([1, 2]);
  const types = ['合计', '社会团体', '民办非企业单位', '基金会'];
  const cols = []; for (const t of types) for (const [l, u] of [['单位数', '个'], ['已建党组织', '个'], ['覆盖率', '%']]) cols.push({ label: l, group: t, unit: u });
  const rows = addRegionRows(cols, rs, totTop); const m = mk(rows, cols);
  const ti = totTop ? 0 : rows.length - 1; const idx = rows.map((_, i) => i).filter((i) => i !== ti);
  for (const i of idx) for (let t = 1; t < 4; t++) {
    const n = t === 3 ? ri(0, 3) : ri(5, 120); m.v[i][t * 3] = n; m.v[i][t * 3 + 1] = Math.floor(n * rf(0.2, 0.9));
    if (n === 0) { m.v[i][t * 3] = '—'; m.v[i][t * 3 + 1] = '—'; }
  }
  for (const i of idx) for (const k of [0, 1]) { m.v[i][k] = [1, 2, 3].reduce((a, t) => a + num(m.v[i][t * 3 + k]), 0); m.rels.push({ t: 'sum', tgt: C(i, k), parts: [1, 2, 3].map((t) => C(i, t * 3 + k)) }); }
  colSums(m, ti, idx, [0, 1, 3, 4, 6, 7, 9, 10]);
  for (let i = 0; i < rows.length; i++) for (let t = 0; t < 4; t++) { ratio(m, i, t * 3 + 2, i, t * 3 + 1, i, t * 3, 100, cd); le(m, C(i, t * 3 + 1), C(i, t * 3)); }
  m.title = `${rs.city}文化体育类社会组织党组织覆盖情况（${year}年）`; m.stub = '地区';
  m.notes.push('注：“—”表示无该类组织。');
  return m;
}
// T8 culture expenditure by region, two years
function tFee(year) {
  const rs = regionSet(); const totTop = chance(0.6); const d = pick([0, 1]);
  const cols = [{ label: `${year}年`, group: '文化事业费（万元）' }, { label: `${year - 1}年`, group: '文化事业费（万元）' }, { label: '增长（%）', group: '文化事业费（万元）' }, { label: '年末常住人口（万人）', group: '' }, { label: `人均文化事业费（元）`, group: '' }];
  const rows = addRegionRows(cols, rs, totTop); const m = mk(rows, cols);
  const ti = totTop ? 0 : rows.length - 1; const idx = rows.map((_, i) => i).filter((i) => i !== ti);
  for (const i of idx) { const pop = rd(rf(8, 120), 2); m.v[i][3] = pop; m.d[i][3] = 2; m.v[i][1] = rd(pop * rf(40, 90), d); m.v[i][0] = rd(m.v[i][1] * rf(0.9, 1.25), d); m.d[i][0] = m.d[i][1] = d; }
  colSums(m, ti, idx, [0, 1, 3]);
  for (let i = 0; i < rows.length; i++) { chg(m, i, 2, i, 0, i, 1, 1); ratio(m, i, 4, i, 0, i, 3, 1, 2); }
  m.title = `${rs.city}分地区文化事业费情况`; m.stub = '地区';
  m.notes.push('资料来源：财政部门决算数据。');
  return m;
}
const TYPES = { lib: tLib, venue: tVenue, years: tYears, two: tTwoYear, sport: tSport, party: tParty, partyReg: tPartyReg, fee: tFee };

// ---------- render ----------
function fmtOf(d) { return d === 0 ? '0' : '0.' + '0'.repeat(d); }
function render(wb, name, m, opt) {
  const ws = wb.addWorksheet(name);
  const T = opt.transpose;
  const nR = T ? m.cols.length : m.rows.length, nC = T ? m.rows.length : m.cols.length;
  const rowItem = (a) => (T ? m.cols[a] : m.rows[a]); const colItem = (b) => (T ? m.rows[b] : m.cols[b]);
  const unitCol = m.unitCol && !T;
  const c0 = unitCol ? 3 : 2; const width = c0 - 1 + nC;
  let r = 1;
  ws.getCell(r, 1).value = m.title; ws.mergeCells(r, 1, r, width); ws.getCell(r, 1).alignment = { horizontal: 'center' }; ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
  const unitsInHeader = !!opt.unitsInHeader;
  if (opt.unitLine && !unitCol) {
    const us = [...new Set((T ? m.rows : m.cols).concat(T ? m.cols : []).map((x) => x.unit).filter(Boolean))];
    if (us.length) { ws.getCell(r, width).value = '单位：' + us.join('、'); ws.getCell(r, width).alignment = { horizontal: 'right' }; r++; }
  }
  const lab = (x) => (x.unit && (unitsInHeader || T) && (T || !m.unitCol) ? `${x.label}（${x.unit}）` : x.label);
  // header
  const hasGroup = !T && m.cols.some((c) => c.group != null);
  const h0 = r;
  if (hasGroup) {
    ws.getCell(r, 1).value = m.stub; ws.mergeCells(r, 1, r + 1, 1);
    let b = 0;
    while (b < nC) {
      const g = m.cols[b].group; let e = b; while (e + 1 < nC && m.cols[e + 1].group === g) e++;
      if (g) { ws.getCell(r, c0 + b).value = g; if (e > b) ws.mergeCells(r, c0 + b, r, c0 + e); for (let k = b; k <= e; k++) ws.getCell(r + 1, c0 + k).value = lab(m.cols[k]); }
      else { for (let k = b; k <= e; k++) { ws.getCell(r, c0 + k).value = lab(m.cols[k]); ws.mergeCells(r, c0 + k, r + 1, c0 + k); } }
      b = e + 1;
    }
    r += 2;
  } else {
    ws.getCell(r, 1).value = T ? (m.stub === '地区' ? '指标' : '项目') : m.stub;
    if (unitCol) ws.getCell(r, 2).value = '单位';
    for (let b = 0; b < nC; b++) ws.getCell(r, c0 + b).value = lab(colItem(b));
    r++;
  }
  if (!T && !unitCol && !unitsInHeader && !opt.unitLine && m.cols.some((c) => c.unit)) { // units row
    for (let b = 0; b < nC; b++) ws.getCell(r, c0 + b).value = m.cols[b].unit || '';
    r++;
  } else if (!T && !unitCol && opt.unitLine === false && !unitsInHeader) { /* none */ }
  for (let rr = h0; rr < r; rr++) for (let cc = 1; cc <= width; cc++) { ws.getCell(rr, cc).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; ws.getCell(rr, cc).border = { top: { style: 'thin' }, bottom: { style: 'thin' } }; }
  const body = r; const pos = {};
  for (let a = 0; a < nR; a++) {
    const it = rowItem(a);
    const ind = it.indent || 0;
    const labTxt = T ? (it.group && !/^其中/.test(it.label) ? (it.group.replace(/（.*）/, '') + (/^\d/.test(it.label) ? '' : '') + lab(it)).replace(/^(.*?)(\d{4}年)$/, '$1$2') : lab(it)) : it.label;
    if (opt.indentStyle === 'space') ws.getCell(r, 1).value = '　'.repeat(ind) + labTxt;
    else { ws.getCell(r, 1).value = labTxt; if (ind) ws.getCell(r, 1).alignment = { indent: ind }; }
    if (unitCol) ws.getCell(r, 2).value = it.unit || '';
    for (let b = 0; b < nC; b++) {
      const [i, j] = T ? [b, a] : [a, b];
      const cell = ws.getCell(r, c0 + b); const v = m.v[i][j];
      pos[i + ',' + j] = L.addr(r, c0 + b);
      if (v == null) continue;
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = fmtOf(m.d[i][j]); else cell.alignment = { horizontal: 'center' };
    }
    r++;
  }
  r++;
  for (const n of m.notes) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 22; for (let c = 2; c <= width; c++) ws.getColumn(c).width = 12;
  return pos;
}

// ---------- plant ----------
function relBroken(m, rel) { const get = (p) => { const v = m.v[p[0]][p[1]]; return typeof v === 'number' ? v : v == null ? null : (/^[—…]$/.test(v) ? null : NaN); }; return L.broken(rel, get); }
function plant(m) {
  for (let tries = 0; tries < 50; tries++) {
    const rel = pick(m.rels);
    let cell, nv;
    const V = (p) => m.v[p[0]][p[1]];
    if (rel.t === 'sum') cell = chance(0.5) ? rel.tgt : pick(rel.parts);
    else if (rel.t === 'le') cell = rel.a;
    else if (rel.t === 'diff') cell = chance(0.8) ? rel.tgt : rel.a;
    else cell = chance(0.8) ? rel.tgt : rel.num;
    const old = V(cell); if (typeof old !== 'number') continue;
    const d = m.d[cell[0]][cell[1]];
    if (rel.t === 'le') nv = rd(V(rel.b) * rf(1.05, 1.4) + Math.pow(10, -d), d);
    else if ((rel.t === 'chg' || rel.t === 'diff') && cell === rel.tgt) nv = chance(0.4) ? -old || 5.3 : rd(old + pick([-1, 1]) * rf(2, 9), d);
    else {
      const s = String(old);
      if (chance(0.3) && s.replace(/\D/g, '').length >= 3) { // transpose two adjacent digits
        const ds = s.split(''); const idx = ds.map((c, k) => k).filter((k) => /\d/.test(ds[k]) && /\d/.test(ds[k + 1] || '') && ds[k] !== ds[k + 1]);
        if (!idx.length) continue; const k = pick(idx); [ds[k], ds[k + 1]] = [ds[k + 1], ds[k]]; nv = Number(ds.join(''));
      } else nv = rd(old * (1 + pick([-1, 1]) * rf(0.06, 0.3)) + pick([-1, 1]) * Math.pow(10, -d) * ri(1, 9), d);
    }
    if (nv === old || (nv < 0 && !(cell === rel.tgt && (rel.t === 'chg' || rel.t === 'diff')))) continue;
    m.v[cell[0]][cell[1]] = nv;
    const nb = m.rels.filter((x) => relBroken(m, x)).length;
    if (nb === 0) { m.v[cell[0]][cell[1]] = old; continue; }
    return { cell, old, nv, kind: rel.t };
  }
  return null;
}

async function book(file, seed, planted, specDir) {
  R = mulberry32(seed);
  const year = pick([2020, 2021, 2022, 2023, 2024]);
  const ns = chance(0.6) ? 1 : ri(2, 3);
  const keys = shuffle(Object.keys(TYPES)).slice(0, ns);
  const models = keys.map((k) => ({ k, m: TYPES[k](year) }));
  const wb = new ExcelJS.Workbook();
  const names = ns === 1 ? [pick(['表1', 'Sheet1', '文化体育'])] : models.map((_, i) => `表${i + 1}`);
  let pl = null; const pi = planted ? ri(0, ns - 1) : -1;
  if (planted) { pl = plant(models[pi].m); if (!pl) throw new Error('plant failed ' + file); }
  const rels = [];
  models.forEach(({ k, m }, s) => {
    const canT = ['lib', 'sport', 'venue', 'years', 'party', 'fee'].includes(k);
    const opt = { transpose: canT && chance(0.2), unitsInHeader: chance(0.4), unitLine: chance(0.3), indentStyle: chance(0.6) ? 'space' : 'align' };
    const pos = render(wb, names[s], m, opt);
    const cv = (p) => ({ s: names[s], a: pos[p[0] + ',' + p[1]] });
    for (const r of m.rels) {
      const o = { ...r };
      for (const f of ['tgt', 'num', 'den', 'a', 'b']) if (o[f]) o[f] = cv(o[f]);
      if (o.parts) o.parts = o.parts.map(cv);
      rels.push(o);
    }
    if (s === pi) pl.ref = cv(pl.cell);
    m.type = k;
  });
  await wb.xlsx.writeFile(file);
  fs.writeFileSync(specDir, JSON.stringify({ types: keys, rels }));
  return pl ? { planted: { sheet: pl.ref.s, cell: pl.ref.a }, note: `${keys[pi]} ${pl.kind}: ${pl.old} -> ${pl.nv}` } : { planted: null };
}
(async () => {
  for (const [dir, pre, n, base] of [['cases', 'c', 46, 7200], ['probe', 'p', 100, 17200]]) {
    const man = [];
    for (let k = 1; k <= n; k++) {
      const f = `${dir}/${pre}${String(k).padStart(3, '0')}.xlsx`;
      const res = await book(f, base + k, k % 2 === 0, `specs/${f}.json`);
      man.push({ file: f, ...res });
    }
    fs.writeFileSync(dir === 'cases' ? 'manifest.json' : 'probe/manifest.json', JSON.stringify(man, null, 1));
  }
})();
