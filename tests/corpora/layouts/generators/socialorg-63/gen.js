// Round 63b of issue 9, by an outside helper: writes clean and planted books to /tmp/round63b; the corpus keeps the
// clean ones (tests/corpora/layouts/socialorg-63, copied from its cases folder).
// Round 63B: party building in social organisations (社会组织党建). Clean + one planted error each.
// env: SEED, OUTDIR, MANIFEST, PROBE=N (N clean books per builder, no planted)
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.env.OUTDIR || path.join(__dirname, 'cases');
const PROBE = +(process.env.PROBE || 0);
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry32(+(process.env.SEED || 63));
const U = (a, b) => a + (b - a) * rng();
const I = (a, b) => Math.floor(U(a, b + 1));
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const col = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1);
const pick = (a) => a[Math.floor(rng() * a.length)];
const shuffle = (a) => a.map((x) => [rng(), x]).sort((p, q) => p[0] - q[0]).map((p) => p[1]);
const sumk = (a, k) => a.reduce((s, d) => s + (d[k] || 0), 0);
const pct = (a, b, d) => (b ? R(a / b * 100, d) : '—');

const COUNTIES = ['城关区', '东城区', '西城区', '南湖区', '北山区', '经开区', '高新区', '临江县', '青山县', '白水县', '安平县', '河口县', '石门县', '桃源县'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '南门街道', '北苑街道', '新华街道', '桥头镇', '石桥镇', '柳林镇', '河西乡', '马庄镇', '杨集镇', '官庄乡', '龙泉镇'];
const CITIES = ['宁安市', '江阳市', '青州市', '武陵市', '安丰市', '清河县', '平原县', '石门县'];
const TYPE_NAMES = [['社会团体', '民办非企业单位', '基金会'], ['社会团体', '社会服务机构', '基金会'], ['社会团体', '民办非企业单位（社会服务机构）', '基金会']];

// One unit's figures (a county, a type, a town ...). kind: 0 社团, 1 民非, 2 基金会
function unit(n, kind) {
  const o = { n };
  const p3r = kind === 2 ? U(0.2, 0.5) : kind === 0 ? U(0.1, 0.3) : U(0.06, 0.22);
  o.p3 = Math.round(n * p3r);
  o.dj = Math.round(o.p3 * U(0.8, 1.0));
  const rest = n - o.dj;
  o.lhCov = Math.min(rest, Math.round(rest * U(0.25, 0.7)));
  o.lhOrg = o.lhCov ? Math.max(1, Math.round(o.lhCov / U(2.5, 6))) : 0;
  o.cov = o.dj + o.lhCov;
  o.none = n - o.cov;
  o.zdCov = Math.round(o.none * U(0.6, 1.0)); // orgs covered only by instructor
  o.zd = o.zdCov ? Math.max(1, Math.round(o.zdCov / U(1.2, 3))) : 0; // instructors (persons)
  o.work = o.cov + o.zdCov;
  o.pm = 3 * o.p3 + Math.round((n - o.p3) * U(0.3, 1.2)) + (o.p3 ? Math.round(o.dj * U(0, 4)) : 0);
  o.fem = Math.round(o.pm * U(0.3, 0.62));
  o.y35 = Math.round(o.pm * U(0.12, 0.38));
  o.edu = Math.round(o.pm * U(0.5, 0.9));
  return o;
}
const KEYS = ['n', 'p3', 'dj', 'lhCov', 'lhOrg', 'cov', 'none', 'zdCov', 'zd', 'work', 'pm', 'fem', 'y35', 'edu'];
const addUnits = (arr) => { const o = {}; for (const k of KEYS) o[k] = sumk(arr, k); return o; };
function typeUnits(total) { // split an org count into 社团/民非/基金会
  const st = Math.round(total * U(0.35, 0.5)); const jj = total > 150 ? I(1, Math.max(2, Math.round(total * 0.03))) : (rng() < 0.5 ? 0 : I(1, 3));
  return [unit(st, 0), unit(total - st - jj, 1), unit(jj, 2)];
}

function Sheet(name) { return { name, grid: [], dec: {}, merges: [], targets: {}, indent: {} }; }
function put(t, r, c, v, d) { while (t.grid.length <= r) t.grid.push([]); t.grid[r][c] = v; if (d !== undefined) t.dec[r + ',' + c] = d; }
function tgt(t, kind, r, c, extra) { (t.targets[kind] = t.targets[kind] || []).push(Object.assign({ r, c }, extra || {})); }
function label(t, r, text, mode, level) {
  if (!level) { put(t, r, 0, text); return; }
  if (mode === 'space') put(t, r, 0, '　　'.repeat(level) + text);
  else { put(t, r, 0, text); if (mode === 'align') t.indent[r] = level; }
}
function title(t, text, ncol) { put(t, 0, 0, text); t.merges.push(`A1:${col(ncol - 1)}1`); }
// two-row header. spec: array of {h, sub:[...]} or string. returns column count
function header2(t, r, first, spec) {
  put(t, r, 0, first); t.merges.push(`A${r + 1}:A${r + 2}`);
  let c = 1;
  for (const s of spec) {
    if (typeof s === 'string') { put(t, r, c, s); t.merges.push(`${addr(r, c)}:${addr(r + 1, c)}`); c++; }
    else { put(t, r, c, s.h); if (s.sub.length > 1) t.merges.push(`${addr(r, c)}:${addr(r, c + s.sub.length - 1)}`); s.sub.forEach((x, i) => put(t, r + 1, c + i, x)); c += s.sub.length; }
  }
  return c;
}
const COVNOTE = ['注：党组织覆盖率＝（单独建立党组织的社会组织数＋联合建立党组织覆盖的社会组织数）÷社会组织数×100%。', '注：覆盖率 = 已建党组织覆盖社会组织数 / 社会组织总数 × 100%。', '注：党组织覆盖率按单独建立和联合建立党组织覆盖的社会组织数计算。'];
const WORKNOTE = '注：党的工作覆盖率＝（党组织覆盖社会组织数＋选派党建工作指导员覆盖社会组织数）÷社会组织数×100%。';

// 1. by type, rich columns, two-row header
function bType(v) {
  const t = Sheet(pick(['按类型', '分类型统计', 'Sheet1']));
  const tn = pick(TYPE_NAMES);
  const types = typeUnits(I(180, 1400));
  const rows = types.map((u, i) => Object.assign({ name: tn[i] }, u));
  let hy = null;
  if (v.sub) { hy = unit(Math.round(types[0].n * U(0.25, 0.45)), 0); hy.name = '其中：行业协会商会'; }
  const tot = Object.assign({ name: v.totLabel, total: true }, addUnits(types));
  title(t, `${v.year}年${v.city}社会组织党建工作基本情况统计表（按类型）`, 11);
  put(t, 1, 0, v.unitRow ? '单位：个、名、%' : `填报单位：${v.city}委社会工作部`); if (v.unitRow) put(t, 1, 9, `统计截至：${v.year}年12月31日`);
  const nc = header2(t, 2, '类别', ['社会组织数', '有3名以上正式党员的社会组织数', { h: '已建立党组织', sub: ['单独建立党组织数', '联合建立党组织数', '联合建立覆盖社会组织数'] }, '党组织覆盖率（%）', { h: '党员数', sub: ['合计', '其中：女党员', '35岁及以下'] }, '选派党建工作指导员数']);
  let list = [];
  for (const r of rows) { list.push(r); if (hy && r === rows[0]) list.push(hy); }
  list = v.totTop ? [tot, ...list] : [...list, tot];
  let r = 4; const rowOf = {};
  for (const d of list) {
    label(t, r, d.name, v.indent, d.total ? 0 : d.name.startsWith('其中') ? 2 : 1);
    const vals = [d.n, d.p3, d.dj, d.lhOrg, d.lhCov, pct(d.cov, d.n, v.rd), d.pm, d.fem, d.y35, d.zd];
    vals.forEach((x, i) => put(t, r, i + 1, x, i === 5 ? v.rd : 0));
    rowOf[d.name] = r; r++;
  }
  put(t, r + (v.gap ? 1 : 0), 0, pick(COVNOTE));
  const T = rowOf[v.totLabel], S = rowOf[tn[0]], M = rowOf[tn[1]];
  tgt(t, 'wrong_total', T, pick([1, 3, 7])); tgt(t, 'part_changed', M, pick([1, 7, 10]));
  tgt(t, 'rate_mismatch', pick([S, M]), 6); tgt(t, 'subpart_exceeds', M, 8, { whole: [M, 7] });
  tgt(t, 'digit_swap', M, 1); tgt(t, 'decimal_shift', T, 6);
  if (hy) tgt(t, 'subpart_exceeds', rowOf['其中：行业协会商会'], 1, { whole: [S, 1] });
  return [t];
}

// 2. by county: party-org coverage and party-work coverage
function bCounty(v) {
  const t = Sheet(pick(['分县区', '各县（市、区）', '覆盖情况']));
  const names = shuffle(COUNTIES).slice(0, I(5, 11));
  const rows = names.map((name) => { const tu = typeUnits(I(120, 900)); return Object.assign({ name }, addUnits(tu)); });
  const tot = Object.assign({ name: v.totLabel === '合计' ? '全市合计' : v.totLabel, total: true }, addUnits(rows));
  title(t, `${v.city}社会组织党的组织和党的工作覆盖情况（${v.year}年${pick(['6月', '12月', '第三季度'])}）`, 8);
  if (v.unitRow) put(t, 1, 0, '单位：个、%');
  const hr = 2;
  const nc = header2(t, hr, '县（市、区）', ['社会组织数', { h: '党组织覆盖', sub: ['覆盖社会组织数', '覆盖率'] }, { h: '选派党建指导员覆盖', sub: ['指导员人数', '覆盖社会组织数'] }, { h: '党的工作覆盖', sub: ['覆盖社会组织数', '覆盖率'] }]);
  const list = v.totTop ? [tot, ...rows] : [...rows, tot];
  let r = 4; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.name);
    [d.n, d.cov, pct(d.cov, d.n, v.rd), d.zd, d.zdCov, d.work, pct(d.work, d.n, v.rd)].forEach((x, i) => put(t, r, i + 1, x, (i === 2 || i === 6) ? v.rd : 0));
    rowOf[d.name] = r; r++;
  }
  put(t, r, 0, WORKNOTE);
  const T = rowOf[tot.name], P = rowOf[names[2]];
  tgt(t, 'wrong_total', T, pick([1, 2, 5])); tgt(t, 'rate_mismatch', P, pick([3, 7])); tgt(t, 'part_sum_mismatch', P, 6);
  tgt(t, 'digit_swap', rowOf[names[1]], 1); tgt(t, 'subpart_exceeds', P, 2, { whole: [P, 1] }); tgt(t, 'decimal_shift', rowOf[names[0]], 3);
  return [t];
}

// 3. by registering level, hierarchical, dashes
function bLevel(v) {
  const t = Sheet(pick(['按登记层级', '市县两级']));
  const tn = pick(TYPE_NAMES);
  const city = typeUnits(I(200, 700));
  const cnty = typeUnits(I(300, 1500)); cnty[2] = unit(0, 2); // 县级无基金会
  const grp = [['市级登记', city], [pick(['县级登记', '县（市、区）级登记']), cnty]];
  title(t, `${v.city}市县两级登记社会组织党组织覆盖情况`, 7);
  put(t, 1, 0, '单位：个、%');
  put(t, 2, 0, '项目'); ['社会组织数', '单独建立党组织的', '联合建立党组织覆盖的', '尚未建立党组织的', '党组织覆盖率', '其中：有3名以上正式党员'].forEach((h, i) => put(t, 2, i + 1, h));
  let r = 3; const rowOf = {};
  const emit = (name, d, lvl, key) => {
    label(t, r, name, v.indent || 'space', lvl);
    if (d.n === 0 && v.dash) [1, 2, 3, 4, 5, 6].forEach((c) => put(t, r, c, '—'));
    else [d.n, d.dj, d.lhCov, d.none, pct(d.cov, d.n, v.rd), d.p3].forEach((x, i) => put(t, r, i + 1, x, i === 4 ? v.rd : 0));
    rowOf[key || name] = r; r++;
  };
  const all = addUnits([...city, ...cnty]);
  if (v.totTop) emit(v.totLabel, all, 0);
  for (const [gn, tu] of grp) { emit(gn, addUnits(tu), v.totTop ? 1 : 0); tu.forEach((u, i) => emit(tn[i], u, v.totTop ? 2 : 1, gn === grp[1][0] ? tn[i] + '#c' : tn[i])); }
  if (!v.totTop) emit(v.totLabel, all, 0);
  put(t, r, 0, '注：“—”表示无此类社会组织。县级无登记的基金会。');
  const C = rowOf['市级登记'], S = rowOf[tn[0]];
  tgt(t, 'wrong_total', C, pick([1, 2])); tgt(t, 'wrong_total', rowOf[v.totLabel], 1); tgt(t, 'rate_mismatch', S, 5);
  tgt(t, 'part_sum_mismatch', S, 4); tgt(t, 'digit_swap', rowOf[tn[1] + '#c'], 1); tgt(t, 'subpart_exceeds', S, 2, { whole: [S, 1] });
  return [t];
}

// 4. two years side by side with 增减（百分点）
function bTwoYear(v) {
  const t = Sheet(pick(['两年对比', `${v.year - 1}-${v.year}`, '对比']));
  const byType = v.sub; const tn = pick(TYPE_NAMES);
  const names = byType ? tn : shuffle(COUNTIES).slice(0, I(5, 10));
  const r0 = names.map((name, i) => Object.assign({ name }, byType ? unit(i === 2 ? I(4, 30) : I(150, 700), i) : addUnits(typeUnits(I(120, 800)))));
  const r1 = r0.map((d, i) => { const n = d.n + I(-Math.round(d.n * 0.04), Math.round(d.n * 0.09)); const cov = Math.min(n, d.cov + I(0, Math.round(d.n * 0.08))); return { name: d.name, n, cov }; });
  const t0 = { name: v.totLabel, n: sumk(r0, 'n'), cov: sumk(r0, 'cov') }, t1 = { n: sumk(r1, 'n'), cov: sumk(r1, 'cov') };
  title(t, `${v.city}社会组织党组织覆盖情况对比表`, 8);
  if (v.unitRow) put(t, 1, 7, '单位：个、%、百分点');
  header2(t, 2, byType ? '类型' : '地区', [{ h: `${v.year - 1}年`, sub: ['社会组织数', '党组织覆盖数', '覆盖率（%）'] }, { h: `${v.year}年`, sub: ['社会组织数', '党组织覆盖数', '覆盖率（%）'] }, '覆盖率增减（百分点）']);
  const list = names.map((n, i) => [r0[i], r1[i]]); const tl = [t0, t1];
  const all = v.totTop ? [tl, ...list] : [...list, tl];
  let r = 4; const rowOf = {};
  for (const [a, b] of all) {
    put(t, r, 0, a.name);
    const ra = a.cov / a.n * 100, rb = b.cov / b.n * 100;
    [a.n, a.cov, R(ra, v.rd), b.n, b.cov, R(rb, v.rd), v.chgDisp ? R(R(rb, v.rd) - R(ra, v.rd), v.rd) : R(rb - ra, v.rd)].forEach((x, i) => put(t, r, i + 1, x, (i === 2 || i === 5 || i === 6) ? v.rd : 0));
    rowOf[a.name] = r; r++;
  }
  if (v.gap) put(t, r, 0, '注：增减＝本年覆盖率－上年覆盖率。');
  const T = rowOf[v.totLabel], P = rowOf[names[1]];
  tgt(t, 'change_mismatch', P, 7); tgt(t, 'change_mismatch', T, 7); tgt(t, 'rate_mismatch', P, 6); tgt(t, 'wrong_total', T, 4);
  tgt(t, 'digit_swap', rowOf[names[0]], 5); tgt(t, 'subpart_exceeds', P, 2, { whole: [P, 1] });
  return [t];
}

// 5. indicator list, two years, 增减 (absolute / 百分点)
function bIndic(v) {
  const t = Sheet(pick(['主要指标', '基本情况', '指标']));
  const tn = pick(TYPE_NAMES);
  const y0 = typeUnits(I(300, 1500)); const y1 = y0.map((u, i) => unit(Math.max(0, u.n + I(-10, 40)), i));
  const A = addUnits(y0), B = addUnits(y1);
  title(t, `${v.city}社会组织党建工作主要指标`, 5);
  put(t, 2, 0, '指标'); put(t, 2, 1, '计量单位'); put(t, 2, 2, `${v.year - 1}年`); put(t, 2, 3, `${v.year}年`); put(t, 2, 4, pick(['增减', '比上年增减']));
  const ind = [
    ['社会组织总数', '个', (x, u) => x.n, 0],
    ['其中：' + tn[0], '个', (x, u) => u[0].n, 1], [tn[1], '个', (x, u) => u[1].n, 1], [tn[2], '个', (x, u) => u[2].n, 1],
    ['有3名以上正式党员的社会组织数', '个', (x) => x.p3, 0],
    ['党组织数', '个', (x) => x.dj + x.lhOrg, 0], ['其中：单独建立', '个', (x) => x.dj, 1], ['联合建立', '个', (x) => x.lhOrg, 1],
    ['党组织覆盖社会组织数', '个', (x) => x.cov, 0],
    ['党组织覆盖率', '%', (x) => R(x.cov / x.n * 100, v.rd), 0, true],
    ['党员总数', '名', (x) => x.pm, 0], ['其中：女党员', '名', (x) => x.fem, 1], ['35岁及以下党员', '名', (x) => x.y35, 1],
    ['选派党建工作指导员', '名', (x) => x.zd, 0],
    ['党的工作覆盖率', '%', (x) => R(x.work / x.n * 100, v.rd), 0, true],
  ];
  let r = 3; const rowOf = {};
  for (const [name, un, f, lvl, isRate] of ind) {
    label(t, r, name, v.indent || 'space', lvl); put(t, r, 1, un);
    const a = f(A, y0), b = f(B, y1);
    put(t, r, 2, a, isRate ? v.rd : 0); put(t, r, 3, b, isRate ? v.rd : 0); put(t, r, 4, R(b - a, isRate ? v.rd : 0), isRate ? v.rd : 0);
    rowOf[name] = r; r++;
  }
  put(t, r, 0, '注：覆盖率增减单位为百分点。');
  tgt(t, 'change_mismatch', rowOf['党员总数'], 4); tgt(t, 'change_mismatch', rowOf['党组织覆盖率'], 4); tgt(t, 'wrong_total', rowOf['社会组织总数'], 3);
  tgt(t, 'part_changed', rowOf['其中：单独建立'], 3); tgt(t, 'rate_mismatch', rowOf['党组织覆盖率'], 3); tgt(t, 'subpart_exceeds', rowOf['其中：女党员'], 2, { whole: [rowOf['党员总数'], 2] });
  tgt(t, 'digit_swap', rowOf['党组织覆盖社会组织数'], 2);
  return [t];
}

// 6. quarterly / monthly 台账 of newly registered organisations with running totals
function bLedger(v) {
  const t = Sheet(pick(['新登记台账', '同步建设台账', '台账']));
  const monthly = v.sub; const periods = monthly ? Array.from({ length: I(6, 12) }, (_, i) => `${i + 1}月`) : ['第一季度', '第二季度', '第三季度', '第四季度'].slice(0, I(2, 4));
  const tn = pick(TYPE_NAMES);
  const rows = periods.map((p) => { const st = I(monthly ? 0 : 3, monthly ? 8 : 25), mf = I(monthly ? 1 : 5, monthly ? 12 : 40), jj = rng() < 0.15 ? 1 : 0; const n = st + mf + jj; const djOrLh = Math.round(n * U(0.1, 0.4)); const zdC = Math.round((n - djOrLh) * U(0.5, 1)); return { p, n, st, mf, jj, dz: djOrLh, zdC }; });
  let cn = 0, cw = 0; rows.forEach((d) => { cn += d.n; cw += d.dz + d.zdC; d.cn = cn; d.cw = cw; });
  title(t, `${v.city}${v.year}年新登记社会组织党建工作同步推进台账`, 10);
  put(t, 1, 0, '单位：个、%');
  header2(t, 2, monthly ? '月份' : '季度', [{ h: '新登记社会组织', sub: ['合计', tn[0], tn[1], tn[2]] }, '同步建立党组织数', '同步选派指导员覆盖数', '同步覆盖率（%）', { h: '累计', sub: ['新登记数', '党的工作覆盖数', '覆盖率（%）'] }]);
  let r = 4; const rowOf = {};
  for (const d of rows) {
    put(t, r, 0, d.p);
    [d.n, d.st, d.mf, v.dash && !d.jj ? '—' : d.jj, d.dz, d.zdC, pct(d.dz + d.zdC, d.n, 1), d.cn, d.cw, pct(d.cw, d.cn, 1)].forEach((x, i) => put(t, r, i + 1, x, (i === 6 || i === 9) ? 1 : 0));
    rowOf[d.p] = r; r++;
  }
  const T = { n: sumk(rows, 'n'), st: sumk(rows, 'st'), mf: sumk(rows, 'mf'), jj: sumk(rows, 'jj'), dz: sumk(rows, 'dz'), zdC: sumk(rows, 'zdC') };
  put(t, r, 0, '合计'); [T.n, T.st, T.mf, v.dash && !T.jj ? '—' : T.jj, T.dz, T.zdC, pct(T.dz + T.zdC, T.n, 1), '', '', ''].forEach((x, i) => { if (x !== '') put(t, r, i + 1, x, i === 6 ? 1 : 0); });
  const Tr = r; r++;
  put(t, r, 0, '填表说明：同步覆盖率＝（同步建立党组织数＋同步选派指导员覆盖数）÷新登记社会组织数×100%；累计为年初至本期末。');
  const mid = rowOf[periods[Math.min(2, periods.length - 1)]], second = rowOf[periods[1]];
  tgt(t, 'running_total', mid, 8); tgt(t, 'running_total', second, 9); tgt(t, 'wrong_total', Tr, 1); tgt(t, 'part_changed', second, 3);
  tgt(t, 'rate_mismatch', second, 7); tgt(t, 'digit_swap', Tr, 3);
  return [t];
}

// 7. 汇总 + per-town 明细 sheets
function bSummary(v) {
  const towns = shuffle(TOWNS).slice(0, I(3, 6));
  const tn = pick(TYPE_NAMES);
  const sheets = []; const tt = [];
  const county = pick(COUNTIES.filter((c) => c.endsWith('县')));
  const cols = ['社会组织数', '单独建立党组织数', '联合建立覆盖数', '党组织覆盖率（%）', '党员数', '选派指导员数'];
  const vals = (d) => [d.n, d.dj, d.lhCov, pct(d.cov, d.n, v.rd), d.pm, d.zd];
  const detTargets = [];
  for (const tw of towns) {
    const s = Sheet(tw); const st = I(8, 50), mf = I(12, 80);
    const us = [unit(st, 0), unit(mf, 1)]; if (rng() < 0.2) us.push(unit(1, 2));
    const tot = addUnits(us); tt.push(Object.assign({ name: tw }, tot));
    title(s, `${tw}社会组织党建工作明细表`, 7);
    put(s, 1, 0, '类型'); cols.forEach((h, i) => put(s, 1, i + 1, h));
    let r = 2; const rows = us.map((u, i) => [tn[i], u]); const totRow = ['合计', tot];
    const list = v.totTop ? [totRow, ...rows] : [...rows, totRow];
    const ro = {};
    for (const [nm, d] of list) { put(s, r, 0, nm); vals(d).forEach((x, i) => put(s, r, i + 1, x, i === 3 ? v.rd : 0)); ro[nm] = r; r++; }
    detTargets.push({ s, totR: ro['合计'], partR: ro[tn[1]] });
    sheets.push(s);
  }
  const S = Sheet(pick(['汇总', '汇总表', '全县汇总']));
  title(S, `${county}社会组织党建工作汇总表（${v.year}年）`, 7);
  if (v.unitRow) put(S, 1, 0, '单位：个、名、%');
  put(S, 2, 0, '乡镇（街道）'); cols.forEach((h, i) => put(S, 2, i + 1, h));
  const total = Object.assign({ name: pick(['全县合计', '合计', '总计']) }, addUnits(tt));
  const list = v.totTop ? [total, ...tt] : [...tt, total];
  let r = 3; const ro = {};
  for (const d of list) { put(S, r, 0, d.name); vals(d).forEach((x, i) => put(S, r, i + 1, x, i === 3 ? v.rd : 0)); ro[d.name] = r; r++; }
  put(S, r, 0, pick(COVNOTE));
  tgt(S, 'summary_detail', ro[towns[1]], 5, { sheetIdx: 0 }); tgt(S, 'summary_detail', ro[towns[0]], 6, { sheetIdx: 0 }); tgt(S, 'wrong_total', ro[total.name], 1, { sheetIdx: 0 });
  tgt(S, 'digit_swap', ro[towns[2]], 5, { sheetIdx: 0 });
  const dt = detTargets[1];
  tgt(S, 'detail_changed', dt.totR, 5, { sheetIdx: 2 }); tgt(S, 'detail_changed', dt.partR, 1, { sheetIdx: 2 });
  // targets live on S but may point to a detail sheet; sheetIdx: index within book (0 = 汇总)
  S.targets.detail_changed.forEach((x) => { x.sheetObj = dt.s; });
  return v.summaryFirst ? [S, ...sheets] : [...sheets, S];
}

// 8. party-member structure by county
function bMembers(v) {
  const t = Sheet(pick(['党员结构', '党员队伍']));
  const names = shuffle(v.sub ? TOWNS : COUNTIES).slice(0, I(5, 10));
  const rows = names.map((name) => Object.assign({ name }, addUnits(typeUnits(I(80, 600)))));
  const tot = Object.assign({ name: v.totLabel }, addUnits(rows));
  title(t, `${v.city}社会组织党员队伍结构情况`, 8);
  if (v.unitRow) put(t, 1, 0, '单位：名、%');
  header2(t, 2, v.sub ? '乡镇（街道）' : '县（市、区）', ['党员总数', { h: '女党员', sub: ['人数', '占比'] }, { h: '35岁及以下', sub: ['人数', '占比'] }, { h: '大专及以上学历', sub: ['人数', '占比'] }]);
  const list = v.totTop ? [tot, ...rows] : [...rows, tot];
  let r = 4; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.name);
    [d.pm, d.fem, pct(d.fem, d.pm, 1), d.y35, pct(d.y35, d.pm, 1), d.edu, pct(d.edu, d.pm, 1)].forEach((x, i) => put(t, r, i + 1, x, [2, 4, 6].includes(i) ? 1 : 0));
    rowOf[d.name] = r; r++;
  }
  const T = rowOf[v.totLabel], P = rowOf[names[3]];
  tgt(t, 'subpart_exceeds', P, 6, { whole: [P, 1] }); tgt(t, 'rate_mismatch', P, 3); tgt(t, 'wrong_total', T, 4); tgt(t, 'decimal_shift', P, 5); tgt(t, 'digit_swap', rowOf[names[1]], 1);
  return [t];
}

const BUILDERS = { type: bType, county: bCounty, level: bLevel, twoyear: bTwoYear, indic: bIndic, ledger: bLedger, summary: bSummary, members: bMembers };
function variant() {
  return { year: pick([2024, 2025, 2025]), city: pick(CITIES), totTop: rng() < 0.5, totLabel: pick(['合计', '总计', '全市', '全县合计', '合计']), indent: pick(['space', 'align', null]), rd: pick([1, 1, 2]), unitRow: rng() < 0.6, sub: rng() < 0.5, gap: rng() < 0.5, dash: rng() < 0.7, chgDisp: rng() < 0.6, summaryFirst: rng() < 0.6, csv: rng() < 0.15 };
}
function swapDigits(x) {
  const s = String(x); const idx = [];
  for (let i = 0; i < s.length - 1; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null; const i = idx[Math.floor(idx.length / 2)];
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function plant(book, kind) {
  const all = []; book.forEach((s) => (s.targets[kind] || []).forEach((x) => all.push([s, x])));
  if (!all.length) return null;
  const [s0, tg] = pick(all); const t = tg.sheetObj || s0;
  const orig = t.grid[tg.r][tg.c]; const d = t.dec[tg.r + ',' + tg.c] || 0;
  if (typeof orig !== 'number') return null; let nv;
  switch (kind) {
    case 'wrong_total': case 'summary_detail': case 'detail_changed': nv = R(orig + pick([-1, 1]) * Math.max(Math.pow(10, -d) * 6, Math.abs(orig) * U(0.02, 0.06)), d); break;
    case 'part_changed': case 'part_sum_mismatch': case 'running_total': nv = R(orig + pick([-1, 1]) * Math.max(d === 0 ? I(3, 9) : 0.6, Math.abs(orig) * U(0.04, 0.12)), d); break;
    case 'change_mismatch': nv = R(orig + pick([-1, 1]) * (Math.abs(orig) > 20 ? Math.max(5, Math.abs(orig) * U(0.2, 0.4)) : U(1.5, 4)), d); break;
    case 'rate_mismatch': nv = R(orig + pick([-1, 1]) * U(3, 8), d); if (nv > 100) nv = R(orig - U(3, 8), d); break;
    case 'digit_swap': nv = swapDigits(orig); break;
    case 'decimal_shift': nv = d === 0 ? R(orig / 10, 1) : R(orig * 10, d); break;
    case 'subpart_exceeds': { const w = t.grid[tg.whole[0]][tg.whole[1]]; if (typeof w !== 'number' || w < 2) return null; nv = R(w * U(1.05, 1.2) + 1, d); break; }
  }
  if (nv === null || nv === undefined || !isFinite(nv) || nv === orig || nv < 0) return null;
  t.grid[tg.r][tg.c] = nv;
  return { sheet: t.name, cell: addr(tg.r, tg.c), original: orig, planted: nv, kind };
}
function csvEsc(x) { const s = x === undefined || x === null ? '' : String(x); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
async function write(book, file, v) {
  if (book.length === 1 && v.csv) {
    const t = book[0]; const w = Math.max(...t.grid.map((r) => (r || []).length));
    const lines = t.grid.map((row, r) => Array.from({ length: w }, (_, c) => { const x = (row || [])[c]; const d = t.dec[r + ',' + c]; return csvEsc(typeof x === 'number' && d ? x.toFixed(d) : x); }).join(','));
    file = file.replace(/\.xlsx$/, '.csv'); fs.writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n'); return path.basename(file);
  }
  const wb = new ExcelJS.Workbook();
  for (const t of book) {
    const ws = wb.addWorksheet(t.name);
    t.grid.forEach((row, r) => (row || []).forEach((x, c) => {
      if (x === undefined || x === null) return;
      const cell = ws.getCell(r + 1, c + 1); cell.value = x; const d = t.dec[r + ',' + c];
      if (typeof x === 'number') cell.numFmt = d ? '0.' + '0'.repeat(d) : (d === 0 ? '0' : 'General');
      if (c === 0 && t.indent[r]) cell.alignment = { indent: t.indent[r] };
      if (typeof x === 'string' && x === '—') cell.alignment = { horizontal: 'center' };
    }));
    for (const m of t.merges) { try { ws.mergeCells(m); } catch (e) { } }
    ws.getColumn(1).width = 26;
  }
  await wb.xlsx.writeFile(file);
  return path.basename(file);
}
(async () => {
  const manifest = []; let n = 0;
  for (const [name, fn] of Object.entries(BUILDERS)) {
    const nClean = PROBE || 3;
    for (let i = 0; i < nClean; i++) { const v = variant(); const b = fn(v); const file = await write(b, path.join(OUT, `${name}_clean${i + 1}.xlsx`), v); manifest.push({ file, clean: true, variant: v }); n++; }
    if (PROBE) continue;
    const ks = shuffle(Object.keys(fn(variant()).reduce((o, s) => Object.assign(o, s.targets), {})));
    let j = 0;
    for (const k of ks.slice(0, 3)) {
      let rec = null, b, v;
      for (let tries = 0; tries < 10 && !rec; tries++) { v = variant(); b = fn(v); rec = plant(b, k); }
      if (!rec) continue;
      const file = await write(b, path.join(OUT, `${name}_${k}${++j}.xlsx`), v); manifest.push({ file, clean: false, ...rec, variant: v }); n++;
    }
  }
  fs.writeFileSync(process.env.MANIFEST || path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', n, 'workbooks;', manifest.filter((m) => m.clean).length, 'clean,', manifest.filter((m) => !m.clean).length, 'planted');
})();
