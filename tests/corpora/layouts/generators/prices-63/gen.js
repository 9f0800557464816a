// Round 63a of issue 9, by an outside helper: writes clean and planted books to /tmp/round63a; the corpus keeps the
// clean ones (tests/corpora/layouts/prices-63, copied from its cases folder).
// Round 63A: prices (CPI / RPI / commodity prices) and household income/expenditure survey tables.
// node gen.js            -> cases/ + manifest.json (half clean, half one planted error)
// PROBE=1 node gen.js    -> probe/ + probe/manifest.json (~100 clean)
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const PROBE = !!process.env.PROBE;
const OUT = path.join(__dirname, PROBE ? 'probe' : 'cases');
fs.rmSync(OUT, { recursive: true, force: true }); fs.mkdirSync(OUT, { recursive: true });
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry32(+(process.env.SEED || (PROBE ? 6307 : 63)));
const U = (a, b) => a + (b - a) * rng();
const I = (a, b) => Math.floor(U(a, b + 1));
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const gr = (a, b) => (b / a - 1) * 100;
const pick = (a) => a[Math.floor(rng() * a.length)];
const col = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1);
const CITIES = ['临川市', '安阳市', '江陵市', '平阳市', '青州市', '云溪市', '德安市', '永宁市'];
const DIST = ['城关区', '东城区', '西城区', '南湖区', '北山区', '高新区', '临江县', '青山县', '白水县', '安平县', '河口县', '龙泉市', '凤台县'];
const CATS8 = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
const CPIW = [0.285, 0.065, 0.225, 0.055, 0.13, 0.11, 0.1, 0.03];
const EXPSH = [0.30, 0.058, 0.235, 0.058, 0.135, 0.105, 0.087, 0.022];
const SRC = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
const SRC_U = [0.60, 0.11, 0.10, 0.19], SRC_R = [0.42, 0.33, 0.025, 0.225], SRC_A = [0.56, 0.16, 0.08, 0.20];

function Table(name) { return { name, grid: [], dec: {}, merges: [], targets: [] }; }
function put(t, r, c, v, d) { while (t.grid.length <= r) t.grid.push([]); t.grid[r][c] = v; if (d !== undefined) t.dec[r + ',' + c] = d; }
function tgt(t, kind, r, c, fn) { t.targets.push({ kind, r, c, fn }); }
function titleRows(t, text, ncol, unit) {
  put(t, 0, 0, text); t.merges.push(`A1:${col(ncol - 1)}1`);
  if (unit) put(t, 1, rng() < 0.5 ? 0 : ncol - 1, unit);
}
const ind = (s, mode, lvl = 1) => mode === 'space' ? '　'.repeat(2 * lvl) + s : mode === 'num' ? s : s;
// planting helpers
const swapDigits = (v) => { const s = String(v); const ds = []; for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) ds.push(i); if (!ds.length) return null; const i = ds[ds.length > 1 ? 1 : 0]; return +(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); };
const offBy = (v, dec) => { const m = Math.abs(v); const d = m > 10000 ? pick([100, 200, 300, 1000, 50, 120]) : m > 1000 ? pick([10, 20, 50, 100, 30]) : pick([10, 5, 20]); return R(v + (rng() < 0.5 ? -d : d), dec); };
const grOff = (v) => R(v + pick([-2.1, -1.5, 1.2, 1.8, 2.5, 3.0]), 1);

// ---------- income by source (two years + growth, optional real growth / share) ----------
function tIncome(v) {
  const t = Table(v.sheet || '收入来源');
  const groups = v.groups; // e.g. ['全体居民','城镇居民','农村居民'] or one
  const cols = ['指标', `${v.y - 1}年`, `${v.y}年`, '增长（%）'];
  if (v.newFirst) { cols[1] = `${v.y}年`; cols[2] = `${v.y - 1}年`; }
  if (v.real) cols.push('实际增长（%）');
  if (v.share) cols.push(`${v.y}年构成（%）`);
  titleRows(t, `${v.city}${groups.length === 1 ? groups[0] : '居民'}人均可支配收入（按收入来源分）`, cols.length, '单位：元');
  const h = 2; cols.forEach((s, c) => put(t, h, c, s));
  if (v.twoRow) { // 2-row header: 金额(元) above the two years
    for (let c = 0; c < cols.length; c++) put(t, h + 1, c, null);
    put(t, h, 1, '绝对额（元）'); put(t, h + 1, 1, cols[1]); put(t, h + 1, 2, cols[2]); put(t, h, 2, null); t.merges.push(`${addr(h, 1)}:${addr(h, 2)}`);
    for (const c of [0, 3, 4, 5]) if (c < cols.length) { put(t, h, c, cols[c]); t.merges.push(`${addr(h, c)}:${addr(h + 1, c)}`); }
  }
  let r = h + (v.twoRow ? 2 : 1);
  const dec = v.dec1 ? 1 : 0;
  for (const g of groups) {
    const lvl = g === '城镇居民' ? U(42000, 62000) : g === '农村居民' ? U(18000, 30000) : U(30000, 48000);
    const sh = g === '城镇居民' ? SRC_U : g === '农村居民' ? SRC_R : SRC_A;
    const p0 = sh.map((s) => lvl * s * U(0.85, 1.15));
    const p1 = p0.map((x, i) => x * (1 + U(i === 2 ? -0.03 : 0.02, i === 3 ? 0.1 : 0.085)));
    const T0 = p0.reduce((a, b) => a + b), T1 = p1.reduce((a, b) => a + b);
    const pen = p1[3] * U(0.45, 0.7), pen0 = pen / (1 + U(0.03, 0.09));
    const rows = [{ n: `${groups.length > 1 ? g : ''}人均可支配收入`, a: T0, b: T1, tot: true }, ...SRC.map((n, i) => ({ n, a: p0[i], b: p1[i] }))];
    if (v.pension) rows.push({ n: '其中：养老金或离退休金', a: pen0, b: pen, sub: true });
    const cpi = U(0.3, 2.5);
    const tr = {};
    for (const d of rows) {
      const label = d.tot ? d.n : d.sub ? ind(d.n, v.indent, 2) : ind((v.numbered ? (['1.', '2.', '3.', '4.'][SRC.indexOf(d.n)]) : '') + d.n, v.indent);
      put(t, r, 0, label);
      let A = R(d.a, dec), B = R(d.b, dec);
      d.A = A; d.B = B;
      const [ca, cb] = v.newFirst ? [2, 1] : [1, 2];
      put(t, r, ca, A, dec); put(t, r, cb, B, dec);
      put(t, r, 3, R(gr(d.a, d.b), 1), 1);
      let c = 4;
      if (v.real) { put(t, r, c, R(((1 + gr(d.a, d.b) / 100) / (1 + cpi / 100) - 1) * 100, 1), 1); c++; }
      if (v.share) { put(t, r, c, d.sub ? null : d.tot ? 100 : R(d.b / T1 * 100, 1), 1); tr.share = c; c++; }
      d.r = r; r++;
    }
    if (v.sumExact) { // office forced total = sum of rounded parts
      const s1 = rows.slice(1, 5).reduce((a, d) => a + d.B, 0), s0 = rows.slice(1, 5).reduce((a, d) => a + d.A, 0);
      const [ca, cb] = v.newFirst ? [2, 1] : [1, 2];
      put(t, rows[0].r, ca, R(s0, dec), dec); put(t, rows[0].r, cb, R(s1, dec), dec); rows[0].B = R(s1, dec);
    }
    const cb = v.newFirst ? 1 : 2;
    tgt(t, 'total_off', rows[0].r, cb, (x) => offBy(x, dec));
    tgt(t, 'growth', rows[I(1, 4)].r, 3, grOff);
    tgt(t, 'growth_sign', rows[I(1, 2)].r, 3, (x) => x > 0.5 ? -x : null);
    tgt(t, 'decimal', rows[I(1, 4)].r, cb, (x) => dec ? R(x * 10, 1) : R(x / 10, 1));
    tgt(t, 'transpose', rows[1].r, cb, swapDigits);
    tgt(t, 'transpose', rows[0].r, cb, swapDigits);
    if (v.pension) tgt(t, 'part_gt_whole', rows[5].r, cb, (x) => { const w = rows[4].B; const y = swapDigits(x); return y && y > w ? y : R(w * U(1.1, 1.4), dec); });
    if (v.share) tgt(t, 'share', rows[I(1, 4)].r, tr.share, (x) => R(x + pick([-3.2, 2.4, 4.1, -1.8]), 1));
  }
  if (v.note) put(t, r + 1, 0, pick(['注：实际增长扣除价格因素。', '注：1.数据来源于城乡住户一体化调查；2.增长速度按现价计算。', '注：收入来源分项之和与合计因四舍五入可能略有出入。', '资料来源：国家统计局' + v.city.slice(0, 2) + '调查队']));
  return t;
}

// ---------- consumption expenditure by 8 categories ----------
function tExpend(v) {
  const t = Table(v.sheet || '消费支出');
  const g = v.group;
  const cols = ['项目', `${v.y}年`, `${v.y - 1}年`, '比上年增长（%）'];
  if (v.oldFirst) { cols[1] = `${v.y - 1}年`; cols[2] = `${v.y}年`; }
  if (v.share) cols.push('构成（%）');
  titleRows(t, `${v.city}${g}人均消费支出`, cols.length, v.unitInTitle ? null : '单位：元');
  if (v.unitInTitle) put(t, 0, 0, `${v.city}${g}人均消费支出（单位：元）`);
  const h = 2; cols.forEach((s, c) => put(t, h, c, s));
  const lvl = g === '城镇居民' ? U(28000, 40000) : g === '农村居民' ? U(14000, 22000) : U(22000, 32000);
  const sh = EXPSH.map((s, i) => s * U(0.85, 1.15) * (g === '农村居民' && i === 0 ? 1.05 : 1));
  const a = sh.map((s) => s * lvl), b = a.map((x, i) => x * (1 + U(i === 1 ? -0.04 : -0.01, 0.13)));
  const T0 = a.reduce((x, y) => x + y), T1 = b.reduce((x, y) => x + y);
  const dec = v.dec1 ? 1 : 0;
  const [c0, c1] = v.oldFirst ? [1, 2] : [2, 1];
  let r = h + 1;
  const rows = [];
  const all = [{ n: v.totalLabel || '人均消费支出', a: T0, b: T1, tot: true }];
  if (v.service) { const s = T1 * U(0.4, 0.48); all.push({ n: '其中：服务性消费支出', a: s / (1 + U(0.05, 0.12)), b: s, sub: true }); }
  CATS8.forEach((n, i) => all.push({ n, a: a[i], b: b[i] }));
  for (const d of all) {
    put(t, r, 0, d.tot ? d.n : ind((v.numbered && !d.sub ? `${CATS8.indexOf(d.n) + 1}.` : '') + d.n, v.indent));
    d.A = R(d.a, dec); d.B = R(d.b, dec);
    put(t, r, c0, d.A, dec); put(t, r, c1, d.B, dec); put(t, r, 3, R(gr(d.a, d.b), 1), 1);
    if (v.share) put(t, r, 4, d.sub ? null : d.tot ? 100 : R(d.B / R(T1, dec) * 100, 1), 1);
    d.r = r; rows.push(d); r++;
  }
  const food = rows.find((d) => d.n.includes('食品烟酒'));
  if (v.engel) {
    put(t, r, 0, '恩格尔系数（%）'); put(t, r, c1, R(food.B / rows[0].B * 100, 1), 1); put(t, r, c0, R(food.A / rows[0].A * 100, 1), 1);
    tgt(t, 'engel', r, c1, (x) => R(x + pick([-2.3, 1.7, 3.1, -4.0]), 1)); r++;
  }
  tgt(t, 'total_off', rows[0].r, c1, (x) => offBy(x, dec));
  tgt(t, 'growth', food.r + I(1, 6), 3, grOff);
  tgt(t, 'transpose', rows[0].r, c1, swapDigits);
  tgt(t, 'decimal', food.r + I(1, 7), c1, (x) => dec ? R(x * 10, 1) : R(x / 10, 1));
  if (v.service) tgt(t, 'part_gt_whole', rows[1].r, c1, (x) => { const y = R(rows[0].B + pick([1200, 3100, 560]), dec); return y; });
  if (v.share) tgt(t, 'share', food.r, 4, (x) => R(x + pick([2.5, -3.1, 4.0]), 1));
  if (v.note) put(t, r + 1, 0, pick(['注：恩格尔系数=食品烟酒支出÷消费支出×100%。', '注：分项之和与合计数因四舍五入略有差异。', '注：本表数据来自住户收支与生活状况调查。']));
  return t;
}

// ---------- classic 公报 table: 全体/城镇/农村 column groups, amount + growth ----------
function tBulletin(v) {
  const t = Table(v.sheet || '居民收支');
  const G = ['全体居民', '城镇居民', '农村居民'];
  const nc = 1 + G.length * 2;
  titleRows(t, `${v.y}年${v.city}居民人均收支主要指标`, nc, null);
  put(t, 1, 0, '指标'); t.merges.push('A2:A3');
  G.forEach((g, i) => { put(t, 1, 1 + 2 * i, g); t.merges.push(`${addr(1, 1 + 2 * i)}:${addr(1, 2 + 2 * i)}`); put(t, 2, 1 + 2 * i, '绝对数（元）'); put(t, 2, 2 + 2 * i, '比上年增长（%）'); });
  const lbl = ['人均可支配收入', ...SRC.map((s) => ind(s, v.indent)), '人均消费支出', ...CATS8.map((s) => ind(s, v.indent)), '恩格尔系数（%）'];
  if (v.roman) { lbl[0] = '一、人均可支配收入'; lbl[5] = '二、人均消费支出'; }
  lbl.forEach((s, i) => put(t, 3 + i, 0, s));
  const rU = U(0.62, 0.68); // urbanisation
  const byG = {};
  const uInc = SRC_U.map((s) => s * U(45000, 58000) * U(0.9, 1.1)), rInc = SRC_R.map((s) => s * U(19000, 28000) * U(0.9, 1.1));
  const uExp = EXPSH.map((s) => s * U(28000, 36000) * U(0.88, 1.12)), rExp = EXPSH.map((s, i) => s * U(15000, 20000) * U(0.88, 1.12) * (i === 0 ? 1.08 : 1));
  const uG = SRC.map(() => U(2, 8)), rG = SRC.map(() => U(4, 10)), uGE = CATS8.map(() => U(-3, 14)), rGE = CATS8.map(() => U(-2, 15));
  const aInc = uInc.map((x, i) => x * rU + rInc[i] * (1 - rU)), aExp = uExp.map((x, i) => x * rU + rExp[i] * (1 - rU));
  // previous-year weights for all-residents growth
  const prev = (arr, g) => arr.map((x, i) => x / (1 + g[i] / 100));
  const rU0 = rU - 0.012;
  const aInc0 = prev(uInc, uG).map((x, i) => x * rU0 + prev(rInc, rG)[i] * (1 - rU0)), aExp0 = prev(uExp, uGE).map((x, i) => x * rU0 + prev(rExp, rGE)[i] * (1 - rU0));
  const sets = [[aInc, aInc0, aExp, aExp0], [uInc, prev(uInc, uG), uExp, prev(uExp, uGE)], [rInc, prev(rInc, rG), rExp, prev(rExp, rGE)]];
  sets.forEach(([inc, inc0, ex, ex0], gi) => {
    const c = 1 + 2 * gi; const TI = inc.reduce((a, b) => a + b), TI0 = inc0.reduce((a, b) => a + b), TE = ex.reduce((a, b) => a + b), TE0 = ex0.reduce((a, b) => a + b);
    const vals = [[TI, TI0], ...inc.map((x, i) => [x, inc0[i]]), [TE, TE0], ...ex.map((x, i) => [x, ex0[i]])];
    vals.forEach(([x, x0], i) => { put(t, 3 + i, c, R(x, 0), 0); put(t, 3 + i, c + 1, R(gr(x0, x), 1), 1); });
    const er = 3 + vals.length; put(t, er, c, R(R(ex[0], 0) / R(TE, 0) * 100, 1), 1); put(t, er, c + 1, v.engelDelta ? R(R(ex[0], 0) / R(TE, 0) * 100 - R(ex0[0], 0) / R(TE0, 0) * 100, 1) : null, 1);
    tgt(t, 'total_off', 3, c, (x) => offBy(x, 0)); tgt(t, 'total_off', 8, c, (x) => offBy(x, 0)); tgt(t, 'engel', er, c, (x) => R(x + pick([2.2, -1.9, 3.4]), 1));
    tgt(t, 'transpose', 3 + I(1, 4), c, swapDigits);
  });
  const last = 3 + lbl.length;
  if (v.ratioRow) { put(t, last, 0, '城乡居民收入比（农村=1）'); put(t, last, 3, R(t.grid[3][3] / t.grid[3][5], 2), 2); tgt(t, 'ratio', last, 3, (x) => R(x + pick([0.15, -0.21, 0.3]), 2)); }
  put(t, last + 2, 0, '注：' + pick(['全体居民收支数据按城乡人口加权计算。', '恩格尔系数增长栏为比上年增减百分点。', '城乡居民收入比以农村居民收入为1。']));
  return t;
}

// ---------- by district/county ----------
function tDistrict(v) {
  const t = Table(v.sheet || '分县区');
  const n = I(6, 11); const ds = DIST.slice(0, n);
  const cols = ['地区', '城镇居民人均可支配收入（元）', '增长（%）', '农村居民人均可支配收入（元）', '增长（%）'];
  if (v.ratio) cols.push('城乡收入比');
  if (v.engel) cols.push('农村居民恩格尔系数（%）');
  titleRows(t, `${v.y}年${v.city}分县（市、区）城乡居民人均可支配收入`, cols.length, null);
  let h = 1;
  if (v.twoRow) {
    put(t, 1, 0, '地区'); t.merges.push('A2:A3');
    put(t, 1, 1, '城镇常住居民'); t.merges.push('B2:C2'); put(t, 1, 3, '农村常住居民'); t.merges.push('D2:E2');
    put(t, 2, 1, '人均可支配收入（元）'); put(t, 2, 2, '比上年增长（%）'); put(t, 2, 3, '人均可支配收入（元）'); put(t, 2, 4, '比上年增长（%）');
    for (let c = 5; c < cols.length; c++) { put(t, 1, c, cols[c]); t.merges.push(`${addr(1, c)}:${addr(2, c)}`); }
    h = 3;
  } else { cols.forEach((s, c) => put(t, 1, c, s)); h = 2; }
  const rows = [];
  let wu = 0, wr = 0, su = 0, sr = 0, su0 = 0, sr0 = 0;
  for (const d of ds) {
    const urbanOnly = /区$/.test(d) && rng() < 0.3;
    const u = U(38000, 60000), g1 = U(3.5, 7), ru = urbanOnly ? null : U(17000, 32000), g2 = U(5, 9);
    const pu = U(5, 40), pr = urbanOnly ? 0 : U(5, 30);
    wu += pu; wr += pr; su += pu * u; sr += pr * (ru || 0); su0 += pu * u / (1 + g1 / 100); sr0 += pr * (ru ? ru / (1 + g2 / 100) : 0);
    rows.push({ n: d, u, g1, ru, g2 });
  }
  const tot = { n: v.totalLabel, u: su / wu, g1: gr(su0 / wu, su / wu), ru: sr / wr, g2: gr(sr0 / wr, sr / wr), tot: true };
  const all = v.totalLast ? [...rows, tot] : [tot, ...rows];
  let r = h;
  for (const d of all) {
    put(t, r, 0, d.tot ? d.n : ind(d.n, v.indent));
    const U1 = R(d.u, 0), R1 = d.ru == null ? null : R(d.ru, 0);
    put(t, r, 1, U1, 0); put(t, r, 2, R(d.g1, 1), 1); put(t, r, 3, R1 == null ? v.dash : R1, 0); put(t, r, 4, R1 == null ? v.dash : R(d.g2, 1), 1);
    let c = 5;
    if (v.ratio) { put(t, r, c, R1 == null ? v.dash : R(U1 / R1, 2), 2); if (R1 != null) tgt(t, 'ratio', r, c, (x) => R(x + pick([0.12, -0.18, 0.25, 0.4]), 2)); c++; }
    if (v.engel) { put(t, r, c, R1 == null ? v.dash : R(U(27, 36), 1), 1); c++; }
    d.r = r; r++;
  }
  const ru0 = rows.find((d) => d.ru != null);
  tgt(t, 'transpose', ru0.r, 3, swapDigits);
  if (v.note) put(t, r + 1, 0, pick(['注：全市数据为全市范围汇总，不等于各县（市、区）简单相加。', '注：“—”表示该区无农村常住居民。', '注：城乡收入比以农村居民为1。']));
  return t;
}

// ---------- district × income sources (parts add across) ----------
function tDistSrc(v) {
  const t = Table(v.sheet || '分区收入来源');
  const g = v.group; const n = I(5, 10); const ds = DIST.slice(13 - n);
  const cols = ['地区', '人均可支配收入', ...SRC];
  titleRows(t, `${v.y}年${v.city}各县（市、区）${g}人均可支配收入及构成`, cols.length, '单位：元');
  cols.forEach((s, c) => put(t, 2, c, s));
  const sh = g === '农村居民' ? SRC_R : SRC_U;
  const lvl = g === '农村居民' ? [16000, 30000] : [38000, 60000];
  const rows = ds.map((d) => { const p = sh.map((s) => s * U(...lvl) * U(0.8, 1.2)); return { n: d, p, w: U(5, 40) }; });
  const W = rows.reduce((a, d) => a + d.w, 0);
  const tot = { n: v.totalLabel, p: [0, 1, 2, 3].map((i) => rows.reduce((a, d) => a + d.p[i] * d.w, 0) / W), tot: true };
  let r = 3;
  for (const d of [tot, ...rows]) {
    put(t, r, 0, d.n);
    const P = d.p.map((x) => R(x, 0));
    const T = v.sumExact ? P.reduce((a, b) => a + b) : R(d.p.reduce((a, b) => a + b), 0);
    put(t, r, 1, T, 0); P.forEach((x, i) => put(t, r, 2 + i, x, 0));
    d.r = r; r++;
  }
  const k = rows[I(0, rows.length - 1)];
  tgt(t, 'total_off', k.r, 1, (x) => offBy(x, 0)); tgt(t, 'total_off', 3, 1, (x) => offBy(x, 0)); tgt(t, 'transpose', k.r, 1, swapDigits);
  return t;
}

// ---------- CPI by category (indices) ----------
function cpiVals(yoyRange) { const c = CATS8.map((_, i) => i === 0 ? U(97, 106) : i === 6 ? U(100, 102.5) : U(...yoyRange)); const w = CPIW; const T = c.reduce((a, x, i) => a + x * w[i], 0) / w.reduce((a, b) => a + b); return { c, T }; }
function tCPI(v) {
  const t = Table(v.sheet || 'CPI');
  const cols = ['类别', '上年同月=100', '上月=100', '上年同期=100'];
  const subs = v.subs ? [['粮食', 98, 103], ['食用油', 94, 102], ['鲜菜', 88, 115], ['畜肉类', 85, 112], ['其中：猪肉', 75, 125], ['水产品', 96, 104], ['蛋类', 90, 110], ['鲜果', 92, 108]] : [];
  const m = I(1, 12);
  const titleText = `${v.city}${v.y}年${m}月${v.rural ? '农村' : ''}居民消费价格${v.pct ? '涨跌幅' : '指数'}`;
  if (v.pct) { cols[1] = '同比（%）'; cols[2] = '环比（%）'; cols[3] = `1-${m}月累计（%）`; }
  if (v.twoRowCols) { // 城市 / 农村 column groups
    titleRows(t, titleText, 5, v.pct ? null : '（上年同月=100）');
    put(t, 2, 0, '项目'); t.merges.push('A3:A4'); put(t, 2, 1, '全市'); put(t, 2, 2, '城市'); put(t, 2, 3, '农村'); put(t, 2, 4, '上月=100');
    put(t, 3, 1, '上年同月=100'); put(t, 3, 2, '上年同月=100'); put(t, 3, 3, '上年同月=100'); put(t, 3, 4, '全市');
  } else { titleRows(t, titleText, cols.length, null); cols.forEach((s, c) => put(t, 2, c, s)); }
  let r = v.twoRowCols ? 4 : 3;
  const gen = () => { const y = cpiVals([97.5, 104]); const mm = CATS8.map(() => U(98.8, 101.3)); const cu = y.c.map((x) => x + U(-1, 1)); const M = mm.reduce((a, x, i) => a + x * CPIW[i], 0) / CPIW.reduce((a, b) => a + b); const CU = cu.reduce((a, x, i) => a + x * CPIW[i], 0) / CPIW.reduce((a, b) => a + b); return { y, mm, cu, M, CU }; };
  const A = gen();
  const lines = [{ n: v.totalLabel || '居民消费价格总指数', y: A.y.T, m: A.M, cu: A.CU, tot: true }];
  CATS8.forEach((n, i) => { lines.push({ n, y: A.y.c[i], m: A.mm[i], cu: A.cu[i] }); if (i === 0) for (const [s, lo, hi] of subs) lines.push({ n: s, y: U(lo, hi), m: U(97, 104), cu: U(lo, hi), sub: true }); });
  const fmt = (x) => v.pct ? R(x - 100, 1) : R(x, 1);
  for (const d of lines) {
    put(t, r, 0, d.tot ? d.n : ind(d.n, v.indent, d.sub ? 2 : 1));
    if (v.twoRowCols) { const cityY = d.y + U(-0.3, 0.3); const rurY = d.y + (d.y - cityY) * 1.8; put(t, r, 1, fmt(d.y), 1); put(t, r, 2, fmt(cityY), 1); put(t, r, 3, fmt(rurY), 1); put(t, r, 4, fmt(d.m), 1); }
    else { put(t, r, 1, fmt(d.y), 1); put(t, r, 2, fmt(d.m), 1); put(t, r, 3, fmt(d.cu), 1); }
    d.r = r; r++;
  }
  if (!v.pct) {
    tgt(t, 'index_decimal', lines[I(2, lines.length - 1)].r, 1, (x) => R(x * 10, 0));
    const comp = lines.filter((d) => !d.tot && !d.sub).map((d) => R(d.y, 1));
    tgt(t, 'index_total_out_of_range', lines[0].r, 1, () => R(Math.max(...comp) + 1.5, 1));
  }
  if (v.note) put(t, r + 1, 0, pick(['注：价格指数以上年同月价格为100。', '注：涨跌幅为与上年同期相比。', '注：居民消费价格总指数为各类别指数按权数加权平均计算，不等于各类别相加。']));
  return t;
}

// ---------- CPI by month (当月 / 累计 / 环比) ----------
function tCPIMonth(v) {
  const t = Table(v.sheet || '分月');
  const nm = v.full ? 12 : I(4, 12);
  titleRows(t, `${v.city}${v.y}年各月居民消费价格指数`, v.wide ? 1 + 1 + CATS8.length : 4, null);
  let r = 2;
  const mon = []; let base = U(99, 102.5);
  for (let i = 0; i < nm; i++) { base += U(-0.6, 0.6); mon.push({ yoy: base, mom: U(99.3, 100.9) }); }
  if (v.wide) {
    put(t, r, 0, '月份'); put(t, r, 1, '总指数'); CATS8.forEach((c, i) => put(t, r, 2 + i, c)); r++;
    put(t, r, 0, '（上年同月=100）'); r++;
    mon.forEach((m, i) => { put(t, r, 0, `${i + 1}月`); const cs = CATS8.map((_, k) => k === 0 ? U(96, 106) : U(97.5, 103.5)); const tot = cs.reduce((a, x, k) => a + x * CPIW[k], 0) / CPIW.reduce((a, b) => a + b); put(t, r, 1, R(tot, 1), 1); cs.forEach((x, k) => put(t, r, 2 + k, R(x, 1), 1)); r++; });
    if (rng() < 0.6) { put(t, r, 0, `1-${nm}月`); for (let c = 1; c < 10; c++) { let s = 0; for (let k = r - nm; k < r; k++) s += t.grid[k][c]; put(t, r, c, R(s / nm, 1), 1); } r++; }
  } else {
    ['月份', v.pct ? '当月同比（%）' : '当月（上年同月=100）', v.pct ? '环比（%）' : '环比（上月=100）', v.pct ? '累计同比（%）' : '累计（上年同期=100）'].forEach((s, c) => put(t, r, c, s)); r++;
    let cum = 0;
    mon.forEach((m, i) => { cum += m.yoy; const f = (x) => v.pct ? R(x - 100, 1) : R(x, 1); put(t, r, 0, v.monthLabel === 'range' ? (i === 0 ? '1月' : `1-${i + 1}月`) : `${i + 1}月`); put(t, r, 1, f(m.yoy), 1); put(t, r, 2, f(m.mom), 1); put(t, r, 3, f(cum / (i + 1)), 1); r++; });
  }
  if (v.note) put(t, r + 1, 0, '注：累计指数为本年1月至当月平均价格与上年同期相比。');
  return t;
}

// ---------- retail price index ----------
const RPI = ['食品', '饮料、烟酒', '服装、鞋帽', '纺织品', '家用电器及音像器材', '文化办公用品', '日用品', '体育娱乐用品', '交通、通信用品', '家具', '化妆品', '金银珠宝', '中西药品及医疗保健用品', '书报杂志及电子出版物', '燃料', '建筑材料及五金电料'];
function tRPI(v) {
  const t = Table(v.sheet || '零售价格');
  const years = v.years ? [v.y - 2, v.y - 1, v.y] : [v.y];
  const cols = ['类别', ...years.map((y) => `${y}年`)];
  titleRows(t, `${v.city}商品零售价格分类指数（上年=100）`, cols.length, null);
  cols.forEach((s, c) => put(t, 2, c, s));
  let r = 3;
  const W = RPI.map(() => U(0.5, 10));
  const data = years.map(() => RPI.map((n) => n === '金银珠宝' ? U(95, 118) : n === '燃料' ? U(90, 112) : n === '交通、通信用品' ? U(96, 100.5) : U(97, 104)));
  put(t, r, 0, '商品零售价格总指数'); data.forEach((d, k) => put(t, r, 1 + k, R(d.reduce((a, x, i) => a + x * W[i], 0) / W.reduce((a, b) => a + b), 1), 1)); r++;
  RPI.forEach((n, i) => { put(t, r, 0, ind(n, v.indent)); data.forEach((d, k) => put(t, r, 1 + k, R(d[i], 1), 1)); r++; });
  return t;
}

// ---------- commodity average prices ----------
const GOODS = [['粳米', '元/公斤', 5.6], ['面粉', '元/公斤', 4.8], ['花生油', '元/5升', 128], ['大豆油', '元/5升', 62], ['猪肉（精瘦肉）', '元/公斤', 28], ['牛肉', '元/公斤', 78], ['鸡蛋', '元/公斤', 10.5], ['白条鸡', '元/公斤', 22], ['大白菜', '元/公斤', 2.4], ['西红柿', '元/公斤', 6.2], ['苹果', '元/公斤', 9.5], ['带鱼', '元/公斤', 42], ['92号汽油', '元/升', 7.8], ['液化石油气', '元/15公斤', 118]];
function tGoods(v) {
  const t = Table(v.sheet || '主要商品价格');
  const cols = ['品名', '单位', '本期价格', '上期价格', '环比（%）'];
  if (v.yoy) cols.push('上年同期价格', '同比（%）');
  titleRows(t, `${v.city}${v.y}年${I(1, 12)}月主要商品平均价格`, cols.length, null);
  cols.forEach((s, c) => put(t, 2, c, s));
  let r = 3;
  const pr = [];
  for (const [n, u, p] of GOODS) {
    const now = R(p * U(0.85, 1.2), 2), last = R(now / (1 + U(-0.05, 0.05)), 2), ly = R(now / (1 + U(-0.15, 0.15)), 2);
    put(t, r, 0, n); put(t, r, 1, u); put(t, r, 2, now, 2); put(t, r, 3, last, 2); put(t, r, 4, R(gr(last, now), 1), 1);
    if (v.yoy) { put(t, r, 5, ly, 2); put(t, r, 6, R(gr(ly, now), 1), 1); }
    pr.push(r); r++;
  }
  tgt(t, 'growth', pick(pr), 4, grOff); tgt(t, 'decimal', pick(pr), 2, (x) => R(x * 10, 2));
  return t;
}

// ---------- durable goods per 100 households (non-additive) ----------
function tDurable(v) {
  const t = Table(v.sheet || '耐用消费品');
  const items = [['家用汽车', '辆', 45, 28], ['摩托车', '辆', 15, 45], ['洗衣机', '台', 98, 92], ['电冰箱（柜）', '台', 102, 100], ['彩色电视机', '台', 118, 115], ['空调', '台', 150, 90], ['热水器', '台', 100, 85], ['排油烟机', '台', 85, 50], ['移动电话', '部', 255, 265], ['计算机', '台', 65, 28]];
  titleRows(t, `${v.y}年${v.city}居民平均每百户年末主要耐用消费品拥有量`, 5, null);
  ['品名', '计量单位', '全体居民', '城镇居民', '农村居民'].forEach((s, c) => put(t, 2, c, s));
  let r = 3; const wU = U(0.55, 0.7);
  for (const [n, u, a, b] of items) { const x = a * U(0.85, 1.15), y = b * U(0.85, 1.15); put(t, r, 0, n); put(t, r, 1, u); put(t, r, 2, R(x * wU + y * (1 - wU), 1), 1); put(t, r, 3, R(x, 1), 1); put(t, r, 4, R(y, 1), 1); r++; }
  return t;
}

// ---------- quarterly cumulative income ----------
function tQuarter(v) {
  const t = Table(v.sheet || '分季度');
  titleRows(t, `${v.city}${v.y}年分季度${v.group}人均可支配收入`, 5, '单位：元');
  ['时间', '当季', '累计', '上年同期累计', '累计增长（%）'].forEach((s, c) => put(t, 2, c, s));
  const lvl = v.group === '农村居民' ? U(18000, 28000) : U(40000, 56000);
  const qs = [0.27, 0.23, 0.24, 0.26].map((s) => s * lvl * U(0.95, 1.05));
  const g = qs.map(() => U(4, 8));
  let cum = 0, cum0 = 0, r = 3;
  const lab = v.labels === 'm' ? ['1-3月', '4-6月', '7-9月', '10-12月'] : ['一季度', '二季度', '三季度', '四季度'];
  const nq = I(2, 4);
  const rs = [];
  for (let i = 0; i < nq; i++) {
    const q = R(qs[i], 0), q0 = R(qs[i] / (1 + g[i] / 100), 0); cum += q; cum0 += q0;
    put(t, r, 0, lab[i]); put(t, r, 1, q, 0); put(t, r, 2, cum, 0); put(t, r, 3, cum0, 0); put(t, r, 4, R(gr(cum0, cum), 1), 1); rs.push(r); r++;
  }
  tgt(t, 'cumulative', rs[rs.length - 1], 2, (x) => offBy(x, 0));
  if (rs.length > 2) tgt(t, 'cumulative', rs[1], 2, (x) => swapDigits(x));
  return t;
}

// ---------- household basic info ----------
function tHH(v) {
  const t = Table(v.sheet || '调查户基本情况');
  titleRows(t, `${v.y}年${v.city}住户调查样本基本情况`, 3, null);
  ['指标', '城镇', '农村'].forEach((s, c) => put(t, 2, c, s));
  const hh = [I(400, 900), I(300, 800)], pop = [U(2.6, 3.0), U(3.0, 3.6)], emp = [U(1.3, 1.6), U(1.6, 2.0)];
  const rows = [['调查户数（户）', hh, 0], ['平均每户常住人口（人）', pop.map((x) => R(x, 2)), 2], ['平均每户就业人口（人）', emp.map((x) => R(x, 2)), 2]];
  rows.push(['平均每一就业者负担人口（人）', [0, 1].map((i) => R(R(pop[i], 2) / R(emp[i], 2), 2)), 2]);
  rows.push(['就业面（%）', [0, 1].map((i) => R(R(emp[i], 2) / R(pop[i], 2) * 100, 1)), 1]);
  let r = 3; for (const [n, vals, d] of rows) { put(t, r, 0, n); put(t, r, 1, vals[0], d); put(t, r, 2, vals[1], d); r++; }
  return t;
}

// ---------- writing ----------
async function writeBook(file, tables, csv) {
  const fp = path.join(OUT, file);
  if (csv) {
    const t = tables[0]; const w = Math.max(...t.grid.map((r) => (r || []).length));
    const lines = t.grid.map((row) => { const a = []; for (let c = 0; c < w; c++) { const x = row ? row[c] : null; const d = t.dec[t.grid.indexOf(row) + ',' + c]; a.push(x == null ? '' : typeof x === 'number' ? (d !== undefined ? x.toFixed(d) : String(x)) : /[",]/.test(x) ? '"' + x.replace(/"/g, '""') + '"' : x); } return a.join(','); });
    fs.writeFileSync(fp, '\ufeff' + lines.join('\r\n') + '\r\n'); return;
  }
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.name);
    t.grid.forEach((row, r) => (row || []).forEach((x, c) => { if (x === undefined) return; const cell = ws.getCell(r + 1, c + 1); cell.value = x; const d = t.dec[r + ',' + c]; if (typeof x === 'number' && d !== undefined) cell.numFmt = d === 0 ? '0' : '0.' + '0'.repeat(d); }));
    for (const m of t.merges) { try { ws.mergeCells(m); } catch (e) { } }
    ws.getColumn(1).width = 26;
  }
  await wb.xlsx.writeFile(fp);
}
function variant(kind) {
  const city = pick(CITIES), y = pick([2021, 2022, 2023, 2024]);
  const b = { city, y, indent: pick(['space', 'none', 'space']), note: rng() < 0.6 };
  switch (kind) {
    case 'income': return Object.assign(b, { groups: pick([['全体居民'], ['城镇居民'], ['农村居民'], ['全体居民', '城镇居民', '农村居民'], ['城镇居民', '农村居民']]), newFirst: rng() < 0.4, real: rng() < 0.35, share: rng() < 0.35, twoRow: rng() < 0.3, dec1: rng() < 0.2, pension: rng() < 0.4, numbered: rng() < 0.3, sumExact: rng() < 0.4 });
    case 'expend': return Object.assign(b, { group: pick(['全体居民', '城镇居民', '农村居民']), oldFirst: rng() < 0.4, share: rng() < 0.4, engel: rng() < 0.6, service: rng() < 0.35, dec1: rng() < 0.2, numbered: rng() < 0.3, unitInTitle: rng() < 0.2 });
    case 'bulletin': return Object.assign(b, { roman: rng() < 0.5, ratioRow: rng() < 0.5, engelDelta: rng() < 0.3 });
    case 'district': return Object.assign(b, { ratio: rng() < 0.7, engel: rng() < 0.3, twoRow: rng() < 0.4, totalLabel: pick(['全市', '全市合计', '全  市']), totalLast: rng() < 0.2, dash: pick(['—', '-', '…', null]) });
    case 'distsrc': return Object.assign(b, { group: pick(['城镇居民', '农村居民']), totalLabel: pick(['全市', '全市平均']), sumExact: rng() < 0.5 });
    case 'cpi': return Object.assign(b, { subs: rng() < 0.5, pct: rng() < 0.25, twoRowCols: rng() < 0.25, rural: rng() < 0.15, totalLabel: pick(['居民消费价格总指数', '总指数', '居民消费价格指数']) });
    case 'cpimonth': return Object.assign(b, { wide: rng() < 0.4, pct: rng() < 0.25, full: rng() < 0.5, monthLabel: pick(['m', 'range']) });
    case 'rpi': return Object.assign(b, { years: rng() < 0.5 });
    case 'goods': return Object.assign(b, { yoy: rng() < 0.5 });
    case 'durable': return b;
    case 'quarter': return Object.assign(b, { group: pick(['全体居民', '城镇居民', '农村居民']), labels: pick(['q', 'm']) });
    case 'hh': return b;
  }
}
const BUILD = { income: tIncome, expend: tExpend, bulletin: tBulletin, district: tDistrict, distsrc: tDistSrc, cpi: tCPI, cpimonth: tCPIMonth, rpi: tRPI, goods: tGoods, durable: tDurable, quarter: tQuarter, hh: tHH };
(async () => {
  const manifest = [];
  if (PROBE) {
    const kinds = ['income', 'income', 'expend', 'expend', 'bulletin', 'district', 'distsrc', 'cpi', 'cpi', 'cpimonth', 'cpimonth', 'rpi', 'goods', 'durable', 'quarter', 'hh'];
    for (let i = 0; i < 100; i++) {
      const k = kinds[i % kinds.length];
      const tables = [BUILD[k](variant(k))];
      if (rng() < 0.25) { const k2 = pick(Object.keys(BUILD)); const t2 = BUILD[k2](variant(k2)); if (t2.name === tables[0].name) t2.name += '2'; tables.push(t2); }
      const csv = tables.length === 1 && rng() < 0.12;
      const file = `p${String(i + 1).padStart(3, '0')}_${k}.${csv ? 'csv' : 'xlsx'}`;
      await writeBook(file, tables, csv); manifest.push({ file, clean: true });
    }
    fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  } else {
    // clean: 22 ; planted: 23
    const cleanKinds = ['income', 'income', 'income', 'expend', 'expend', 'expend', 'bulletin', 'bulletin', 'district', 'district', 'distsrc', 'cpi', 'cpi', 'cpi', 'cpimonth', 'cpimonth', 'rpi', 'goods', 'durable', 'quarter', 'hh', 'expend'];
    const plan = [['income', 'total_off'], ['income', 'growth'], ['income', 'decimal'], ['income', 'transpose'], ['income', 'part_gt_whole'], ['income', 'share'], ['income', 'growth_sign'],
      ['expend', 'total_off'], ['expend', 'engel'], ['expend', 'growth'], ['expend', 'part_gt_whole'], ['expend', 'share'], ['expend', 'decimal'],
      ['bulletin', 'total_off'], ['bulletin', 'engel'], ['bulletin', 'ratio'], ['district', 'ratio'], ['district', 'ratio'], ['distsrc', 'total_off'], ['quarter', 'cumulative'], ['goods', 'growth'], ['cpi', 'index_total_out_of_range'], ['cpi', 'index_decimal']];
    let n = 0;
    for (const k of cleanKinds) { n++; const file = `c${String(n).padStart(2, '0')}_${k}.${n === 5 || n === 16 ? 'csv' : 'xlsx'}`; await writeBook(file, [BUILD[k](variant(k))], file.endsWith('csv')); manifest.push({ file, clean: true }); }
    for (const [k, kind] of plan) {
      n++;
      let t, tg, orig, pl, tries = 0;
      do {
        const v = variant(k);
        if (kind === 'part_gt_whole' && k === 'income') v.pension = true;
        if (kind === 'part_gt_whole' && k === 'expend') v.service = true;
        if (kind === 'share') v.share = true;
        if (kind === 'engel') { v.engel = true; }
        if (kind === 'ratio') { v.ratio = true; v.ratioRow = true; }
        if (k === 'cpi') { v.pct = false; v.twoRowCols = false; }
        if (k === 'quarter') v.labels = 'q';
        t = BUILD[k](v);
        const cand = t.targets.filter((x) => x.kind === kind);
        tg = cand.length ? pick(cand) : null;
        if (tg) { orig = t.grid[tg.r][tg.c]; pl = typeof orig === 'number' ? tg.fn(orig) : null; }
      } while ((!tg || pl == null || pl === orig) && ++tries < 50);
      t.grid[tg.r][tg.c] = pl;
      const csv = n === 30 || n === 40;
      const file = `c${String(n).padStart(2, '0')}_${k}_${kind}.${csv ? 'csv' : 'xlsx'}`;
      await writeBook(file, [t], csv);
      manifest.push({ file, clean: false, cell: addr(tg.r, tg.c), original: orig, planted: pl, kind });
    }
    // shuffle names? keep order; write manifest
    fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  }
  console.log('wrote', manifest.length, 'books to', OUT);
})();
