// Round 66a of issue 9, by an outside helper: writes clean and planted books to /tmp/round66a; the corpus keeps the
// clean ones (tests/corpora/layouts/socialsecurity-66, copied from its cases folder).
// Table builders for civil-affairs / social-security yearbook tables. Every clean figure is
// derived from shown figures (sums of shown parts, rates from shown counts) except where
// rawRound is on: then totals in rounded units are rounded from unrounded sums (within rounding).
const ExcelJS = require('/work/main/node_modules/exceljs');

function rng(seed) {
  let a = seed >>> 0;
  const f = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  f.bool = (p = 0.5) => f() < p;
  f.range = (lo, hi) => lo + f() * (hi - lo);
  return f;
}
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };
const SP = '　'; // full-width space
const N = (v, dec = 0) => ({ v: rd(v, dec), dec });
const DASH = '—';

const PLACES = [
  { city: '临江市', urbanLabel: '市区', countyLabel: '县（市）', urban: ['江城区', '东湖区', '西山区', '高新区'], county: ['清河县', '安平县', '云台县', '白水市'] },
  { city: '南州市', urbanLabel: '市辖区', countyLabel: '县（市）', urban: ['鼓楼区', '秦淮区', '栖霞区'], county: ['溧水县', '高淳县', '江宁县', '六合县', '浦口市'] },
  { city: '青阳市', urbanLabel: '市区', countyLabel: '所辖县', urban: ['青山区', '阳明区', '经开区', '新城区', '滨湖区'], county: ['石门县', '桃源县', '临澧县'] },
  { city: '平阳县', urbanLabel: null, countyLabel: null, urban: [], county: ['城关镇', '水头镇', '萧江镇', '鳌江镇', '万全镇', '腾蛟镇', '山门镇', '顺溪镇', '南雁镇'] },
  { city: '安溪县', urbanLabel: null, countyLabel: null, urban: [], county: ['凤城镇', '蓬莱镇', '湖头镇', '官桥镇', '剑斗镇', '城厢镇'] },
];

// unit rows: [{label, kind:'leaf'|'sub'|'total', group, urbanArea}]
function unitRows(r, place, opts) {
  const totalLabel = opts.totalLabel || r.pick(place.urbanLabel ? ['全市', '全市合计', '合计', '总计'] : ['全县', '合计', '全县合计']);
  const ind = opts.indent === false ? '' : SP + SP;
  const rows = [];
  const subs = opts.subtotals && place.urbanLabel;
  if (subs) {
    rows.push({ label: place.urbanLabel, kind: 'sub', group: 'u' });
    place.urban.forEach((n) => rows.push({ label: ind + n, kind: 'leaf', group: 'u', urbanArea: true }));
    rows.push({ label: place.countyLabel, kind: 'sub', group: 'c' });
    place.county.forEach((n) => rows.push({ label: ind + n, kind: 'leaf', group: 'c' }));
  } else {
    place.urban.forEach((n) => rows.push({ label: n, kind: 'leaf', group: 'u', urbanArea: true }));
    place.county.forEach((n) => rows.push({ label: n, kind: 'leaf', group: 'c' }));
  }
  const tot = { label: totalLabel, kind: 'total' };
  if (opts.totalPos === 'last') rows.push(tot); else rows.unshift(tot);
  return rows;
}

// compute a summed column over unit rows. leafVals: map leaf index -> shown value | null (dash) ; rawVals for rawRound
function sumColumn(rows, leafShown, leafRaw, dec, rawRound) {
  const out = rows.map((u, i) => (u.kind === 'leaf' ? leafShown[i] : undefined));
  const agg = (pred) => {
    const idx = rows.map((u, i) => i).filter((i) => rows[i].kind === 'leaf' && pred(rows[i]) && leafShown[i] !== null);
    if (!idx.length) return null;
    if (rawRound) return rd(idx.reduce((s, i) => s + leafRaw[i], 0), dec);
    return rd(idx.reduce((s, i) => s + leafShown[i], 0), dec);
  };
  rows.forEach((u, i) => {
    if (u.kind === 'sub') out[i] = agg((x) => x.group === u.group);
    if (u.kind === 'total') out[i] = agg(() => true);
  });
  return out;
}

// ---------- Block: 城乡低保 by district, two-level header ----------
function dibaoDistrict(r, o) {
  const place = o.place;
  const rows = unitRows(r, place, o);
  const decAmt = o.decAmt ?? 1, decAvg = o.decAvg ?? 0;
  const parts = { u: {}, r: {} };
  for (const side of ['u', 'r']) {
    const hh = [], pp = [], amtS = [], amtR = [];
    rows.forEach((u, i) => {
      if (u.kind !== 'leaf') return;
      let persons;
      if (side === 'u') persons = u.urbanArea ? r.int(900, 9000) : r.int(400, 4000);
      else persons = u.urbanArea ? (r.bool(0.5) || !o.ruralDash ? r.int(150, 1500) : null) : r.int(3000, 18000);
      if (persons === null) { hh[i] = null; pp[i] = null; amtS[i] = null; amtR[i] = null; return; }
      pp[i] = persons; hh[i] = Math.round(persons / r.range(1.35, 2.1));
      const avg = side === 'u' ? r.range(430, 780) : r.range(260, 520);
      amtR[i] = persons * avg * 12 / 10000; amtS[i] = rd(amtR[i], decAmt);
    });
    const H = sumColumn(rows, hh, hh, 0, false), P = sumColumn(rows, pp, pp, 0, false), A = sumColumn(rows, amtS, amtR, decAmt, o.rawRound);
    const AV = rows.map((u, i) => (P[i] == null || A[i] == null ? null : rd(A[i] / P[i] / 12 * 10000, decAvg)));
    parts[side] = { H, P, A, AV };
  }
  const b = newBlock();
  const ncol = 9;
  b.title(o.title || `${place.city}城乡居民最低生活保障情况（${o.year || 2023}年）`, ncol);
  if (o.unitRow !== false) b.unit('单位：户、人、万元、元', ncol);
  const avgLab = o.avgLabel || r.pick(['月人均补助水平（元）', '月人均补助（元）', '人均月补助水平（元）']);
  if (o.flatHeader) {
    b.row(['地区', '城市低保户数（户）', '城市低保人数（人）', '城市低保支出（万元）', '城市' + avgLab, '农村低保户数（户）', '农村低保人数（人）', '农村低保支出（万元）', '农村' + avgLab]);
  } else {
    const h1 = b.row(['地区', '城市最低生活保障', null, null, null, '农村最低生活保障', null, null, null]);
    const h2 = b.row([null, '保障户数', '保障人数', '支出（万元）', avgLab, '保障户数', '保障人数', '支出（万元）', avgLab]);
    b.merge(h1, 1, h2, 1); b.merge(h1, 2, h1, 5); b.merge(h1, 6, h1, 9);
  }
  rows.forEach((u, i) => {
    const cells = [u.label];
    for (const s of ['u', 'r']) {
      const p = parts[s];
      cells.push(cellOr(p.H[i], 0), cellOr(p.P[i], 0), cellOr(p.A[i], decAmt), cellOr(p.AV[i], decAvg));
    }
    const ri = b.row(cells);
    const nLeaves = rows.filter((x) => x.kind === 'leaf').length;
    [2, 3, 4, 6, 7, 8].forEach((c) => {
      const dec = (c === 4 || c === 8) ? decAmt : 0;
      if (typeof cells[c - 1] !== 'object' || cells[c - 1] === null) return;
      const tol = (o.rawRound && dec > 0) ? (nLeaves + 1) * Math.pow(10, -dec) : Math.pow(10, -dec);
      if (u.kind === 'leaf' && (c === 2 || c === 6)) return; // 户数 leaf: in one sum only, not localizable
      b.cand(ri, c, u.kind === 'leaf' ? 'part' : 'total', dec, u.kind === 'leaf' ? Math.max(tol, 0.01 * cells[c - 1].v) : tol);
    });
    [5, 9].forEach((c) => { if (cells[c - 1] && typeof cells[c - 1] === 'object') b.cand(ri, c, 'rate', decAvg, Math.max(2 * Math.pow(10, -decAvg), 0.01 * cells[c - 1].v)); });
  });
  if (o.footnote !== false) b.note(`注：月人均补助水平＝支出÷保障人数÷12×10000。${o.ruralDash ? '“—”表示无此项。' : ''}`, ncol);
  return b;
}
const cellOr = (v, dec) => (v === null || v === undefined ? DASH : N(v, dec));

// ---------- Block: 特困人员供养 by district or by year ----------
function tekun(r, o) {
  const byYear = o.byYear;
  const labels = byYear ? yearsList(o.y0 || 2019, o.ny || 5).map((y) => `${y}年`) : null;
  const rows = byYear ? labels.map((l) => ({ label: l, kind: 'leaf' })) : unitRows(r, o.place, o);
  const J = [], F = [], AM = [], AMR = [];
  rows.forEach((u, i) => {
    if (u.kind !== 'leaf') return;
    J[i] = byYear ? r.int(600, 1200) : r.int(40, 600); F[i] = byYear ? r.int(2500, 5000) : r.int(100, 1500);
    AMR[i] = (J[i] * r.range(11000, 16000) + F[i] * r.range(8000, 11000)) / 10000; AM[i] = rd(AMR[i], 1);
  });
  const Jc = byYear ? J : sumColumn(rows, J, J, 0, false), Fc = byYear ? F : sumColumn(rows, F, F, 0, false);
  const Ac = byYear ? AM : sumColumn(rows, AM, AMR, 1, o.rawRound);
  const T = rows.map((u, i) => Jc[i] + Fc[i]);
  const rate = rows.map((u, i) => rd(Jc[i] / T[i] * 100, 1));
  const b = newBlock();
  const withRate = o.withRate !== false;
  const ncol = withRate ? 6 : 5;
  b.title(o.title || `${o.place.city}特困人员救助供养情况${byYear ? '' : `（${o.year || 2023}年）`}`, ncol);
  if (o.unitRow !== false) b.unit('单位：人、万元、%', ncol);
  const h1 = b.row([byYear ? '年份' : '地区', '特困人员供养人数', null, null, ...(withRate ? ['集中供养率（%）'] : []), '供养支出（万元）']);
  const h2 = b.row([null, '合计', '集中供养', '分散供养', ...(withRate ? [null] : []), null]);
  b.merge(h1, 1, h2, 1); b.merge(h1, 2, h1, 4); if (withRate) b.merge(h1, 5, h2, 5); b.merge(h1, ncol, h2, ncol);
  const nLeaves = rows.filter((x) => x.kind === 'leaf').length;
  rows.forEach((u, i) => {
    const cells = [u.label, N(T[i]), N(Jc[i]), N(Fc[i]), ...(withRate ? [N(rate[i], 1)] : []), N(Ac[i], 1)];
    const ri = b.row(cells);
    if (byYear && !withRate) return;
    b.cand(ri, 2, 'total', 0, 1); b.cand(ri, 3, 'part', 0, 1); b.cand(ri, 4, 'part', 0, 1);
    if (withRate) b.cand(ri, 5, 'rate', 1, 0.3);
    if (!byYear && u.kind !== 'leaf') b.cand(ri, ncol, 'total', 1, o.rawRound ? (nLeaves + 1) * 0.1 : 0.1);
  });
  if (withRate && o.footnote !== false) b.note('注：集中供养率＝集中供养人数÷特困人员供养人数×100%。', ncol);
  return b;
}
const yearsList = (y0, n) => Array.from({ length: n }, (_, k) => y0 + k);

// ---------- Block: 养老机构 with 按性质分 / 按地区分 ----------
function yanglao(r, o) {
  const place = o.place;
  const leaves = [...place.urban, ...place.county];
  const dist = leaves.map(() => { const beds = r.int(300, 3200); const inst = r.int(3, 30); const occ = Math.round(beds * r.range(0.42, 0.86)); const nurse = Math.round(beds * r.range(0.3, 0.7)); return { inst, beds, occ, nurse }; });
  const tot = ['inst', 'beds', 'occ', 'nurse'].reduce((m, k) => (m[k] = dist.reduce((s, d) => s + d[k], 0), m), {});
  // split total into 公办 / 民办
  const split = (k) => { const a = Math.round(tot[k] * r.range(0.35, 0.65)); return [a, tot[k] - a]; };
  const [gi, mi] = split('inst'), [gb, mb] = split('beds');
  const gn = Math.round(gb * tot.nurse / tot.beds), mn = tot.nurse - gn;
  const go = Math.round(tot.occ * gb / tot.beds * r.range(0.95, 1.05)), mo = tot.occ - go;
  if (go > gb || mo > mb || mn > mb) throw new Error('yanglao split');
  const withNurse = o.withNurse !== false;
  const rowsData = [
    { label: o.totalLabel || '总计', d: tot, kind: 'total' },
    { label: '按性质分', head: true },
    { label: SP + SP + '公办养老机构', d: { inst: gi, beds: gb, occ: go, nurse: gn }, kind: 'part' },
    { label: SP + SP + '民办养老机构', d: { inst: mi, beds: mb, occ: mo, nurse: mn }, kind: 'part' },
    { label: '按地区分', head: true },
    ...leaves.map((n, k) => ({ label: SP + SP + n, d: dist[k], kind: 'part' })),
  ];
  if (o.totalPos === 'last') { const t = rowsData.shift(); rowsData.push(t); }
  const b = newBlock();
  const ncol = withNurse ? 6 : 5;
  b.title(o.title || `${place.city}养老机构基本情况（${o.year || 2023}年末）`, ncol);
  const hdr = ['项目', '机构数（个）', '床位数（张）', ...(withNurse ? ['其中：护理型床位'] : []), '年末收养人数（人）', '床位利用率（%）'];
  b.row(hdr);
  rowsData.forEach((x) => {
    if (x.head) { b.row([x.label]); return; }
    const d = x.d; const util = rd(d.occ / d.beds * 100, 1);
    const ri = b.row([x.label, N(d.inst), N(d.beds), ...(withNurse ? [N(d.nurse)] : []), N(d.occ), N(util, 1)]);
    const pt = x.kind === 'part';
    if (!pt) { b.cand(ri, 2, 'total', 0, 1); if (withNurse) b.cand(ri, 4, 'total', 0, 1); }
    b.cand(ri, 3, x.kind, 0, pt ? Math.max(1, 0.01 * d.beds) : 1); b.cand(ri, withNurse ? 5 : 4, x.kind, 0, pt ? Math.max(1, 0.01 * d.occ) : 1); b.cand(ri, ncol, 'rate', 1, Math.max(0.3, 0.01 * util));
  });
  if (o.footnote !== false) b.note('注：床位利用率＝年末收养人数÷床位数×100%。', ncol);
  return b;
}

// ---------- Block: 社会保险 transposed (years as columns, 单位 column) ----------
function insurance(r, o) {
  const ys = yearsList(o.y0 || 2019, o.ny || 5);
  const dec = o.dec ?? 2; const ulp = Math.pow(10, -dec);
  const pop0 = r.range(180, 420);
  const ser = ys.map((y, k) => {
    const pop = pop0 * (1 + 0.004 * k);
    const zz = pop * r.range(0.17, 0.22) * (1 + 0.04 * k), lt = pop * r.range(0.07, 0.1) * (1 + 0.05 * k);
    const jm = pop * r.range(0.36, 0.42);
    const yz = pop * r.range(0.2, 0.26) * (1 + 0.03 * k), yj = pop * r.range(0.68, 0.72);
    const sy = zz * r.range(0.55, 0.75), gs = zz * r.range(0.7, 0.95);
    return { pop, zz, lt, jm, yz, yj, sy, gs };
  });
  const S = (x) => rd(x, dec);
  const cols = ser.map((s) => {
    const c = {};
    c.zz = S(s.zz); c.lt = S(s.lt); c.zg = o.rawRound ? S(s.zz + s.lt) : S(c.zz + c.lt); c.jm = S(s.jm);
    c.yl = o.rawRound ? S(s.zz + s.lt + s.jm) : S(c.zg + c.jm);
    c.yz = S(s.yz); c.yj = S(s.yj); c.yb = o.rawRound ? S(s.yz + s.yj) : S(c.yz + c.yj);
    c.pop = S(s.pop); c.rate = rd(c.yb / c.pop * 100, 1); c.sy = S(s.sy); c.gs = S(s.gs);
    return c;
  });
  const unit = o.unitWan === false ? '人' : '万人';
  const def = [
    ['一、基本养老保险参保人数', unit, 'yl', 'total'],
    [SP + '1.城镇职工基本养老保险', unit, 'zg', 'total'],
    [SP + SP + '其中：在职职工', unit, 'zz', null],
    [SP + SP + SP + SP + SP + '离退休人员', unit, 'lt', null],
    [SP + '2.城乡居民基本养老保险', unit, 'jm', null],
    ['二、基本医疗保险参保人数', unit, 'yb', 'total'],
    [SP + '1.职工基本医疗保险', unit, 'yz', null],
    [SP + '2.城乡居民基本医疗保险', unit, 'yj', null],
    ['三、失业保险参保人数', unit, 'sy', null],
    ['四、工伤保险参保人数', unit, 'gs', null],
    ['户籍人口', unit, 'pop', null],
    ['基本医疗保险参保率', '%', 'rate', 'rate'],
  ];
  const b = newBlock();
  const ncol = 2 + ys.length;
  b.title(o.title || `${o.place.city}社会保险参保情况（${ys[0]}—${ys[ys.length - 1]}年）`, ncol);
  b.row(['指标', '单位', ...ys.map((y) => `${y}年`)]);
  def.forEach(([lab, u, k, kind]) => {
    const ri = b.row([lab, u, ...cols.map((c) => (k === 'rate' ? N(c[k], 1) : N(c[k], dec)))]);
    if (!kind) return;
    cols.forEach((c, j) => {
      if (kind === 'rate') b.cand(ri, 3 + j, 'rate', 1, 0.3);
      else b.cand(ri, 3 + j, kind, dec, o.rawRound ? 4 * ulp : ulp);
    });
  });
  if (o.footnote !== false) b.note('注：参保率＝基本医疗保险参保人数÷户籍人口×100%。', ncol);
  return b;
}

// ---------- Block: two years side by side with 增长（%） (indicator rows) ----------
function twoYearSummary(r, o) {
  const y = o.year || 2023;
  const defs = o.kind === 'jobs' ? [
    ['城镇新增就业人数', '人', r.int(18000, 60000), 0],
    [SP + '其中：女性', '人', 'sub0', 0],
    ['失业人员再就业人数', '人', r.int(4000, 15000), 0],
    ['就业困难人员实现就业', '人', r.int(800, 3000), 0],
    ['城镇登记失业人数', '人', r.int(6000, 20000), 0],
    ['城镇登记失业率', '%', 'rate', 2],
    ['农村劳动力转移就业人数', '万人', r.range(20, 80), 2],
  ] : [
    ['城市低保人数', '人', r.int(8000, 30000), 0],
    ['农村低保人数', '人', r.int(20000, 80000), 0],
    ['低保资金支出', '万元', r.range(15000, 60000), 1],
    ['特困人员供养人数', '人', r.int(3000, 9000), 0],
    ['养老机构床位数', '张', r.int(8000, 25000), 0],
    ['结婚登记', '对', r.int(12000, 40000), 0],
    ['离婚登记', '对', r.int(4000, 12000), 0],
  ];
  const b = newBlock();
  const ncol = 5;
  b.title(o.title || (o.kind === 'jobs' ? `${o.place.city}就业主要指标` : `${o.place.city}民政事业主要指标`), ncol);
  b.row(['指标', '单位', `${y - 1}年`, `${y}年`, o.growLabel || r.pick(['增长（%）', '比上年增长（%）', '增减（%）'])]);
  let prev = null;
  defs.forEach(([lab, u, base, dec]) => {
    let a, bb;
    if (base === 'sub0') { a = Math.round(prev[0] * r.range(0.42, 0.55)); bb = Math.round(prev[1] * r.range(0.42, 0.55)); }
    else if (base === 'rate') { a = rd(r.range(2.2, 3.8), 2); bb = rd(a + r.range(-0.3, 0.3), 2); }
    else { a = rd(base, dec); bb = rd(base * r.range(0.86, 1.14), dec); }
    const g = base === 'rate' ? null : rd((bb / a - 1) * 100, 1);
    const ri = b.row([lab, u, N(a, dec), N(bb, dec), g === null ? DASH : N(g, 1)]);
    if (base !== 'rate') { b.cand(ri, 5, 'change', 1, 0.3); }
    if (base === 'sub0') { b.cand(ri, 3, 'sub', 0, 1, prev[0]); b.cand(ri, 4, 'sub', 0, 1, prev[1]); }
    prev = [a, bb];
  });
  if (o.kind === 'jobs' && o.footnote !== false) b.note('注：失业率一栏不计算增长。', ncol);
  return b;
}

// ---------- Block: two years by district with 增长（%） under merged parents ----------
function twoYearDistrict(r, o) {
  const place = o.place; const y = o.year || 2023;
  const rows = unitRows(r, place, o);
  const P1 = [], P2 = [], A1 = [], A2 = [];
  rows.forEach((u, i) => { if (u.kind !== 'leaf') return; P1[i] = r.int(1200, 16000); P2[i] = Math.round(P1[i] * r.range(0.85, 1.08)); A1[i] = rd(P1[i] * r.range(350, 650) * 12 / 10000, 1); A2[i] = rd(P2[i] * r.range(380, 700) * 12 / 10000, 1); });
  const c1 = sumColumn(rows, P1, P1, 0), c2 = sumColumn(rows, P2, P2, 0), c3 = sumColumn(rows, A1, A1, 1), c4 = sumColumn(rows, A2, A2, 1);
  const b = newBlock(); const ncol = 7;
  b.title(o.title || `${place.city}城乡低保保障人数和支出（${y - 1}—${y}年）`, ncol);
  const h1 = b.row(['地区', '保障人数（人）', null, null, '低保支出（万元）', null, null]);
  const h2 = b.row([null, `${y - 1}年`, `${y}年`, '增长（%）', `${y - 1}年`, `${y}年`, '增长（%）']);
  b.merge(h1, 1, h2, 1); b.merge(h1, 2, h1, 4); b.merge(h1, 5, h1, 7);
  rows.forEach((u, i) => {
    const g1 = rd((c2[i] / c1[i] - 1) * 100, 1), g2 = rd((c4[i] / c3[i] - 1) * 100, 1);
    const ri = b.row([u.label, N(c1[i]), N(c2[i]), N(g1, 1), N(c3[i], 1), N(c4[i], 1), N(g2, 1)]);
    const k = u.kind === 'leaf' ? 'part' : 'total';
    const md = (v, u) => (k === 'part' ? Math.max(u, 0.004 * v) : u); b.cand(ri, 2, k, 0, md(c1[i], 1)); b.cand(ri, 3, k, 0, md(c2[i], 1)); b.cand(ri, 5, k, 1, md(c3[i], 0.1)); b.cand(ri, 6, k, 1, md(c4[i], 0.1));
    b.cand(ri, 4, 'change', 1, 0.3); b.cand(ri, 7, 'change', 1, 0.3);
  });
  return b;
}

// ---------- Block: 低保 transposed with 其中 rows ----------
function dibaoTransposed(r, o) {
  const ys = yearsList(o.y0 || 2021, o.ny || 3);
  const b = newBlock(); const ncol = 2 + ys.length;
  b.title(o.title || `${o.place.city}城乡最低生活保障基本情况`, ncol);
  b.row(['项目', '单位', ...ys.map((y) => `${y}年`)]);
  const decAvg = o.decAvg ?? 1;
  const sideData = {};
  for (const side of ['城市', '农村']) {
    const base = side === '城市' ? r.int(6000, 25000) : r.int(20000, 70000);
    const data = ys.map((y, k) => {
      const P = Math.round(base * (1 - 0.04 * k) * r.range(0.97, 1.03)); const H = Math.round(P / r.range(1.4, 2));
      const fem = Math.round(P * r.range(0.45, 0.55)), old = Math.round(P * r.range(0.2, 0.45)), dis = Math.round(P * r.range(0.1, 0.25));
      const A = rd(P * (side === '城市' ? r.range(500, 800) : r.range(300, 520)) * 12 / 10000, 1);
      return { H, P, fem, old, dis, A, AV: rd(A / P / 12 * 10000, decAvg) };
    });
    sideData[side] = data;
    const rowsDef = [
      [`${side}低保户数`, '户', 'H', 0, 'x'], [`${side}低保人数`, '人', 'P', 0, 'x'],
      [SP + '其中：女性', '人', 'fem', 0, 'sub'], [SP + SP + SP + '60岁以上老年人', '人', 'old', 0, 'sub'], [SP + SP + SP + '残疾人', '人', 'dis', 0, 'sub'],
      [`${side}低保支出`, '万元', 'A', 1, 'x'], [`${side}低保月人均补助水平`, '元', 'AV', decAvg, 'rate'],
    ];
    rowsDef.forEach(([lab, u, k, dec, kind]) => {
      const ri = b.row([lab, u, ...data.map((d) => N(d[k], dec))]);
      data.forEach((d, j) => {
        if (kind === 'sub') b.cand(ri, 3 + j, 'sub', 0, 1, d.P);
        if (kind === 'rate') b.cand(ri, 3 + j, 'rate', decAvg, Math.max(2 * Math.pow(10, -decAvg), 0.01 * d.AV));
        if (k === 'P' && o.withTotal) b.cand(ri, 3 + j, 'part', dec, 0.01 * d[k]); // rate + 合计 row
      });
    });
  }
  if (o.withTotal) {
    const ri = b.row(['城乡低保人数合计', '人', ...ys.map((y, j) => N(sideData['城市'][j].P + sideData['农村'][j].P))]);
    ys.forEach((y, j) => b.cand(ri, 3 + j, 'total', 0, 1));
  }
  if (o.footnote !== false) b.note('注：月人均补助水平＝低保支出÷低保人数÷12×10000。', ncol);
  return b;
}

// ---------- Block: 婚姻登记 by year ----------
function marriage(r, o) {
  const ys = yearsList(o.y0 || 2016, o.ny || 8);
  const b = newBlock(); const ncol = o.withRatio ? 6 : 5;
  b.title(o.title || `${o.place.city}婚姻登记情况`, ncol);
  if (o.unitRow !== false) b.unit('单位：对', ncol);
  const h1 = b.row(['年份', '结婚登记', '离婚', null, null, ...(o.withRatio ? ['离结比（%）'] : [])]);
  const h2 = b.row([null, null, '合计', '民政部门登记', '法院判决、调解', ...(o.withRatio ? [null] : [])]);
  b.merge(h1, 1, h2, 1); b.merge(h1, 2, h2, 2); b.merge(h1, 3, h1, 5); if (o.withRatio) b.merge(h1, 6, h2, 6);
  let m = r.int(15000, 40000);
  ys.forEach((y) => {
    m = Math.round(m * r.range(0.85, 1.03)); const reg = Math.round(m * r.range(0.25, 0.4)), court = Math.round(reg * r.range(0.12, 0.3));
    const tot = reg + court;
    const ri = b.row([`${y}年`, N(m), N(tot), N(reg), N(court), ...(o.withRatio ? [N(tot / m * 100, 1)] : [])]);
    b.cand(ri, 3, 'total', 0, Math.max(1, tot * 0.01));
    if (o.withRatio) b.cand(ri, 6, 'rate', 1, 0.3);
  });
  if (o.withRatio && o.footnote !== false) b.note('注：离结比＝离婚对数÷结婚对数×100%。', ncol);
  return b;
}

// ---------- block primitives ----------
function newBlock() {
  const b = { rows: [], merges: [], cands: [], fmtComma: false };
  b.row = (cells) => { b.rows.push(cells); return b.rows.length - 1; };
  b.merge = (r1, c1, r2, c2) => b.merges.push([r1, c1, r2, c2]);
  b.title = (t, n) => { const ri = b.row([t]); b.merge(ri, 1, ri, n); b.titleRow = ri; };
  b.unit = (t, n) => { const cells = Array(n).fill(null); cells[n - 1] = t; b.row(cells); };
  b.note = (t, n) => { const ri = b.row([t]); b.merge(ri, 1, ri, n); };
  b.cand = (ri, c, kind, dec, minDelta, whole) => b.cands.push({ ri, c, kind, dec, minDelta, whole });
  return b;
}

// sheet = { name, blocks, gap }
function layout(sheet) {
  const grid = [], merges = [], cands = [];
  sheet.blocks.forEach((b, k) => {
    if (k > 0) for (let g = 0; g < (sheet.gap ?? 2); g++) grid.push([]);
    const off = grid.length;
    b.rows.forEach((row) => grid.push(row));
    b.merges.forEach(([r1, c1, r2, c2]) => merges.push([r1 + off, c1, r2 + off, c2]));
    b.cands.forEach((c) => cands.push({ ...c, r: c.ri + off, block: k }));
  });
  return { name: sheet.name, grid, merges, cands, comma: sheet.comma, textNums: sheet.textNums };
}
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => `${colL(c)}${r + 1}`;

async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.grid.forEach((row, ri) => row.forEach((cell, ci) => {
      if (cell === null || cell === undefined) return;
      const x = ws.getCell(ri + 1, ci + 1);
      if (typeof cell === 'object') {
        if (s.textNums) { x.value = cell.v.toFixed(cell.dec); x.alignment = { horizontal: 'right' }; }
        else { x.value = cell.v; x.numFmt = cell.dec ? '0.' + '0'.repeat(cell.dec) : (s.comma ? '#,##0' : '0'); }
      } else { x.value = cell; if (cell === DASH) x.alignment = { horizontal: 'center' }; }
    }));
    s.merges.forEach(([r1, c1, r2, c2]) => ws.mergeCells(r1 + 1, c1, r2 + 1, c2));
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

// ---------- planting ----------
function mutate(r, cell, nextVal, how) {
  const dec = cell.dec; const s = cell.v.toFixed(dec); const neg = s.startsWith('-');
  const digits = s.replace('-', '').replace('.', '').split('');
  const pointPos = dec ? digits.length - dec : -1;
  const rebuild = (ds) => { let t = ds.join(''); if (dec) t = t.slice(0, pointPos) + '.' + t.slice(pointPos); return Number((neg ? '-' : '') + t); };
  if (how === 'digit') {
    const i = r.int(0, digits.length - 1); const old = digits[i]; let d; do { d = String(r.int(i === 0 ? 1 : 0, 9)); } while (d === old);
    const ds = digits.slice(); ds[i] = d; return { v: rebuild(ds), note: `digit ${i + 1} ${old}->${d}` };
  }
  if (how === 'swap') {
    const idx = []; for (let i = 0; i + 1 < digits.length; i++) if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) idx.push(i);
    if (!idx.length) return null; const i = r.pick(idx); const ds = digits.slice(); [ds[i], ds[i + 1]] = [ds[i + 1], ds[i]];
    return { v: rebuild(ds), note: `swapped digits ${i + 1},${i + 2}` };
  }
  if (how === 'decimal') {
    if (dec === 0) return r.bool() ? { v: cell.v * 10, note: 'extra zero (x10)' } : { v: Math.trunc(cell.v / 10), note: 'dropped last digit (/10)' };
    return r.bool() ? { v: rd(cell.v * 10, dec), note: 'decimal point moved right' } : { v: rd(cell.v / 10, dec), note: 'decimal point moved left' };
  }
  if (how === 'copy') { if (nextVal === undefined || nextVal === null) return null; return { v: nextVal, note: 'copied from next row' }; }
  return null;
}

function plant(r, sheets, wantKind) {
  // sheets: laid out sheets; returns {sheet, cell, note} and mutates grid
  const all = [];
  sheets.forEach((s, si) => s.cands.forEach((c) => all.push({ si, c })));
  let pool = all.filter((x) => x.c.kind === wantKind);
  if (!pool.length) pool = all;
  for (let attempt = 0; attempt < 400; attempt++) {
    const { si, c } = r.pick(pool); const s = sheets[si];
    const cell = s.grid[c.r][c.c - 1]; if (!cell || typeof cell !== 'object') continue;
    // next data row in same column
    let nextVal;
    for (let rr = c.r + 1; rr < s.grid.length; rr++) { const x = s.grid[rr] && s.grid[rr][c.c - 1]; if (x && typeof x === 'object') { nextVal = x.v; break; } if (!s.grid[rr] || !s.grid[rr].length) break; }
    const how = r.pick(c.kind === 'sub' ? ['decimal', 'digit', 'copy'] : ['digit', 'digit', 'swap', 'decimal', 'copy']);
    const m = mutate(r, cell, nextVal, how); if (!m) continue;
    const delta = Math.abs(m.v - cell.v);
    if (!(delta >= c.minDelta - 1e-9) || m.v === cell.v || m.v < 0 && cell.v >= 0) continue;
    if (c.kind === 'sub' && !(m.v > c.whole)) continue;
    s.grid[c.r][c.c - 1] = { v: m.v, dec: cell.dec };
    return { sheet: s.name, cell: addr(c.r, c.c), note: `${c.kind}: ${cell.v.toFixed(cell.dec)} -> ${m.v.toFixed(cell.dec)} (${m.note})` };
  }
  throw new Error('could not plant');
}

module.exports = { rng, rd, SP, PLACES, dibaoDistrict, tekun, yanglao, insurance, twoYearSummary, twoYearDistrict, dibaoTransposed, marriage, layout, writeBook, plant, addr };

// ---------- probe extras ----------
// 低保 by district with overlapping 其中 columns (女性 / 60岁以上 / 残疾人 may sum above the whole)
function dibaoSubCols(r, o) {
  const rows = unitRows(r, o.place, o);
  const P = [], F = [], Old = [], D = [], A = [], AR = [];
  rows.forEach((u, i) => { if (u.kind !== 'leaf') return; P[i] = r.int(1500, 12000); F[i] = Math.round(P[i] * r.range(0.48, 0.56)); Old[i] = Math.round(P[i] * r.range(0.3, 0.48)); D[i] = Math.round(P[i] * r.range(0.12, 0.24)); AR[i] = P[i] * r.range(320, 700) * 12 / 10000; A[i] = rd(AR[i], 1); });
  const cP = sumColumn(rows, P, P, 0), cF = sumColumn(rows, F, F, 0), cO = sumColumn(rows, Old, Old, 0), cD = sumColumn(rows, D, D, 0), cA = sumColumn(rows, A, AR, 1, o.rawRound);
  const b = newBlock(); const ncol = 7;
  b.title(o.title || `${o.place.city}城乡低保对象构成情况（${o.year || 2023}年）`, ncol);
  const h1 = b.row(['地区', '保障人数（人）', null, null, null, '低保支出（万元）', '月人均补助水平（元）']);
  const h2 = b.row([null, '合计', '其中：女性', '其中：60岁以上', '其中：残疾人', null, null]);
  b.merge(h1, 1, h2, 1); b.merge(h1, 2, h1, 5); b.merge(h1, 6, h2, 6); b.merge(h1, 7, h2, 7);
  const n = rows.filter((x) => x.kind === 'leaf').length;
  rows.forEach((u, i) => {
    const av = rd(cA[i] / cP[i] / 12 * 10000, 0);
    const ri = b.row([u.label, N(cP[i]), N(cF[i]), N(cO[i]), N(cD[i]), N(cA[i], 1), N(av)]);
    const lf = u.kind === 'leaf';
    if (!lf) { b.cand(ri, 2, 'total', 0, 1); b.cand(ri, 3, 'total', 0, 1); b.cand(ri, 6, 'total', 1, o.rawRound ? (n + 1) * 0.1 : 0.1); }
    else { b.cand(ri, 3, 'sub', 0, 1, cP[i]); b.cand(ri, 4, 'sub', 0, 1, cP[i]); }
  });
  return b;
}
// two-year indicator table where rate rows change in 百分点 (label says so)
function jobsPoints(r, o) {
  const y = o.year || 2023; const b = newBlock(); const ncol = 5;
  b.title(o.title || `${o.place.city}就业和社会保障主要指标`, ncol);
  b.row(['指标', '单位', `${y - 1}年`, `${y}年`, '增长（%）']);
  const add = (lab, u, a, bb, dec) => { const g = rd((bb / a - 1) * 100, 1); const ri = b.row([lab, u, N(a, dec), N(bb, dec), N(g, 1)]); b.cand(ri, 5, 'change', 1, 0.3); return ri; };
  const ne = r.int(20000, 50000); add('城镇新增就业人数', '人', ne, Math.round(ne * r.range(0.9, 1.1)), 0);
  const un = r.int(5000, 15000); add('城镇登记失业人数', '人', un, Math.round(un * r.range(0.9, 1.1)), 0);
  const ra = rd(r.range(2.3, 3.6), 2), rb = rd(ra + r.range(-0.4, 0.4), 2);
  b.row(['城镇登记失业率', '%', N(ra, 2), N(rb, 2), N(rb - ra, 2)]);
  const wa = rd(r.range(60, 200), 2); add('城乡居民基本养老保险参保人数', '万人', wa, rd(wa * r.range(0.97, 1.04), 2), 2);
  const ca = rd(r.range(92, 97.5), 1), cb = rd(Math.min(99.5, ca + r.range(-1, 1.5)), 1);
  b.row(['基本医疗保险参保率', '%', N(ca, 1), N(cb, 1), N(cb - ca, 1)]);
  b.note('注：失业率、参保率的增长栏为增减百分点。', ncol);
  return b;
}
// district share of city total (构成 column sums to 100 within rounding) + 职工占比
function insureDistrict(r, o) {
  const rows = unitRows(r, o.place, { ...o, subtotals: false });
  const Z = [], J = [];
  rows.forEach((u, i) => { if (u.kind !== 'leaf') return; Z[i] = r.int(20000, 180000); J[i] = r.int(30000, 260000); });
  const cZ = sumColumn(rows, Z, Z, 0), cJ = sumColumn(rows, J, J, 0);
  const T = rows.map((u, i) => cZ[i] + cJ[i]); const ti = rows.findIndex((u) => u.kind === 'total');
  const b = newBlock(); const ncol = 6;
  b.title(o.title || `${o.place.city}各区县基本养老保险参保人数（${o.year || 2023}年末）`, ncol);
  b.unit('单位：人、%', ncol);
  b.row(['地区', '参保人数合计', '城镇职工', '城乡居民', '城镇职工占比', '占全市比重']);
  rows.forEach((u, i) => {
    const ri = b.row([u.label, N(T[i]), N(cZ[i]), N(cJ[i]), N(cZ[i] / T[i] * 100, 1), N(T[i] / T[ti] * 100, 1)]);
    b.cand(ri, 2, u.kind === 'leaf' ? 'total' : 'total', 0, 1); b.cand(ri, 3, 'part', 0, 1); b.cand(ri, 4, 'part', 0, 1); b.cand(ri, 5, 'rate', 1, 0.3);
  });
  return b;
}
// beds per 1000 elderly with mixed units
function bedsPer1000(r, o) {
  const ys = yearsList(o.y0 || 2019, o.ny || 5); const b = newBlock(); const ncol = 2 + ys.length;
  b.title(o.title || `${o.place.city}养老服务主要指标`, ncol);
  b.row(['指标', '单位', ...ys.map((y) => `${y}年`)]);
  const d = ys.map((y, k) => { const pop = rd(r.range(40, 90) * (1 + 0.03 * k), 2); const beds = r.int(12000, 30000); const inst = r.int(40, 120); const occ = Math.round(beds * r.range(0.45, 0.8)); return { pop, beds, inst, occ, per: rd(beds / (pop * 10000) * 1000, 1), util: rd(occ / beds * 100, 1) }; });
  const rowsDef = [['60岁及以上老年人口', '万人', 'pop', 2], ['养老机构数', '个', 'inst', 0], ['养老床位数', '张', 'beds', 0], ['每千名老年人拥有养老床位', '张', 'per', 1], ['年末在院老人', '人', 'occ', 0], ['床位利用率', '%', 'util', 1]];
  rowsDef.forEach(([lab, u, k, dec]) => { const ri = b.row([lab, u, ...d.map((x) => N(x[k], dec))]); if (k === 'util') d.forEach((x, j) => b.cand(ri, 3 + j, 'rate', 1, 0.3)); if (k === 'per') d.forEach((x, j) => b.cand(ri, 3 + j, 'rate', 1, Math.max(0.3, x.per * 0.02))); });
  b.note('注：每千名老年人拥有养老床位＝养老床位数÷60岁及以上老年人口×1000。', ncol);
  return b;
}
// vertical-merged two-column labels: A 城市/农村 merged, B item, C unit, years
function dibaoTwoLabel(r, o) {
  const ys = yearsList(o.y0 || 2020, o.ny || 4); const b = newBlock(); const ncol = 3 + ys.length;
  b.title(o.title || `${o.place.city}最低生活保障情况`, ncol);
  b.row(['类别', '项目', '单位', ...ys.map((y) => `${y}年`)]);
  for (const side of ['城市', '农村']) {
    const d = ys.map(() => { const P = side === '城市' ? r.int(5000, 20000) : r.int(15000, 60000); const H = Math.round(P / r.range(1.4, 2)); const A = rd(P * r.range(330, 720) * 12 / 10000, 1); return { H, P, A, AV: rd(A / P / 12 * 10000, 1) }; });
    const start = b.rows.length;
    [['保障户数', '户', 'H', 0], ['保障人数', '人', 'P', 0], ['低保支出', '万元', 'A', 1], ['月人均补助水平', '元', 'AV', 1]].forEach(([lab, u, k, dec], q) => {
      const ri = b.row([q === 0 ? side : null, lab, u, ...d.map((x) => N(x[k], dec))]);
      if (k === 'AV') d.forEach((x, j) => b.cand(ri, 4 + j, 'rate', 1, Math.max(0.3, x.AV * 0.01)));
    });
    b.merge(start, 1, start + 3, 1);
  }
  b.note('注：月人均补助水平＝低保支出÷保障人数÷12×10000。', ncol);
  return b;
}
// marriage by year with 增长 vs previous year
function marriageGrowth(r, o) {
  const ys = yearsList(o.y0 || 2015, o.ny || 9); const b = newBlock(); const ncol = 5;
  b.title(o.title || `${o.place.city}婚姻登记情况`, ncol);
  b.row(['年份', '结婚登记（对）', '比上年增长（%）', '离婚登记（对）', '比上年增长（%）']);
  let m = r.int(12000, 35000), d = r.int(3000, 9000), pm = null, pd = null;
  ys.forEach((y) => {
    m = Math.round(m * r.range(0.84, 1.05)); d = Math.round(d * r.range(0.9, 1.12));
    const ri = b.row([`${y}年`, N(m), pm === null ? DASH : N((m / pm - 1) * 100, 1), N(d), pd === null ? DASH : N((d / pd - 1) * 100, 1)]);
    if (pm !== null) { b.cand(ri, 3, 'change', 1, 0.3); b.cand(ri, 5, 'change', 1, 0.3); }
    pm = m; pd = d;
  });
  return b;
}
module.exports.dibaoSubCols = dibaoSubCols; module.exports.jobsPoints = jobsPoints; module.exports.insureDistrict = insureDistrict;
module.exports.bedsPer1000 = bedsPer1000; module.exports.dibaoTwoLabel = dibaoTwoLabel; module.exports.marriageGrowth = marriageGrowth;
