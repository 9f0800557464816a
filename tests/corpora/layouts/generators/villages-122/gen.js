// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv;
const ROOT = '/tmp/round122a', OUT = path.join(ROOT, SET), RELD = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELD, { recursive: true });
const VARIANT = +(VS || 0);
let seed = (+SEEDS) >>> 0 || 1;
const rnd = () => { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd2 = (x, d) => { const f = 10 ** d; return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const split = (tot, n, minEach = 0) => { // integer split
  const w = Array.from({ length: n }, () => 0.3 + rnd()); const s = w.reduce((a, b) => a + b, 0);
  const r = w.map((x) => Math.max(minEach, Math.floor(tot * x / s))); let d = tot - r.reduce((a, b) => a + b, 0);
  let i = 0; while (d > 0) { r[i % n]++; d--; i++; } while (d < 0) { const k = r.findIndex((x) => x > minEach); r[k]--; d++; } return r;
};
const COUNTY = ['城关镇', '东关镇', '西河乡', '南山镇', '北坪乡', '石桥镇', '柳林乡', '河口镇', '青龙乡', '白马镇', '双塔乡', '金沙镇', '桃园乡', '马坊镇', '杨家岭乡', '红旗镇'];
const COUNTIES = ['安平县', '临河县', '清水县', '丰宁县', '永和县', '石门县', '宁远县', '通渭县', '西吉县', '会宁县', '秦安县', '礼县', '岷县', '宕昌县'];
const CITIES = ['兰州市', '天水市', '白银市', '定西市', '陇南市', '平凉市', '庆阳市', '武威市', '张掖市', '酒泉市', '临夏州', '甘南州'];
const tpl = (() => { const a = []; return a; })();

// ---------- a table: rows of cells; columns spec ----------
// col: {h:[...levels], unit:'个', d:decimals, key}
// each table produces data[r][c] (display values: number|string|null), rel in (r,c) coordinates
function regionSet() {
  const lvl = pick(['county', 'city', 'prov']);
  if (lvl === 'county') return { names: shuffle(COUNTY).slice(0, ri(4, 10)), total: pick(['全县', '合计', '总计']), unitName: pick(['乡镇', '地区', '乡（镇）']), scale: 1, lvl };
  if (lvl === 'city') return { names: shuffle(COUNTIES).slice(0, ri(4, 9)), total: pick(['全市', '合计', '总计']), unitName: pick(['县（区）', '地区', '县区']), scale: 4, lvl };
  return { names: shuffle(CITIES).slice(0, ri(5, 12)), total: pick(['全省', '合计', '总计']), unitName: pick(['市（州）', '地区', '市州']), scale: 25, lvl };
}
const YEAR = () => ri(2019, 2024);

function T_teams() {
  const R = regionSet(); const y = YEAR();
  const withLevel = chance(0.5), withHash = chance(0.4);
  const cols = [{ h: ['工作队'], unit: '个' }, { h: ['队员'], unit: '人' }];
  if (withLevel) for (const l of ['中央单位', '省级单位', '市级单位', '县级单位']) cols.push({ h: ['按派出单位分', l], unit: '人' });
  const qi = [];
  for (const q of ['女性', '35岁以下', '党员']) if (chance(0.75) || q === '党员') { qi.push(cols.length); cols.push({ h: ['其中', q], unit: '人' }); }
  cols.push({ h: ['第一书记'], unit: '人' });
  const rows = R.names.map((n) => {
    const teams = ri(3, 12) * R.scale; const mem = teams * ri(2, 4) + ri(0, teams);
    const v = [teams, mem];
    if (withLevel) { const lv = split(mem, 4); if (R.lvl === 'county') { lv[0] = Math.min(lv[0], ri(0, 2)); } lv[3] = mem - lv[0] - lv[1] - lv[2]; v.push(...lv); }
    for (const i of qi) { const h = cols[i].h[1]; v.push(Math.floor(mem * (h === '党员' ? 0.6 + rnd() * 0.35 : h === '女性' ? 0.1 + rnd() * 0.3 : 0.2 + rnd() * 0.4))); }
    v.push(Math.min(teams, ri(Math.floor(teams * 0.8), teams)));
    return { label: n, v, kind: 'part' };
  });
  return finishRegionTable(R, rows, cols, withHash, { title: `${y}年各${R.unitName}驻村工作队及队员情况`, qi, memCol: 1, levelCols: withLevel ? [2, 3, 4, 5] : null });
}
function finishRegionTable(R, rows, cols, withHash, o) {
  const nC = cols.length; const tot = { label: R.total, v: cols.map((c, j) => rows.reduce((a, r) => a + r.v[j], 0)), kind: 'total' };
  const rels = []; const top = chance(VARIANT ? 0.3 : 0.6);
  let all = top ? [tot, ...rows] : [...rows, tot];
  const ti = all.indexOf(tot); const partIdx = all.map((r, i) => (r.kind === 'part' ? i : -1)).filter((i) => i >= 0);
  for (let j = 0; j < nC; j++) if (!cols[j].noSum) rels.push({ type: 'sum', total: [ti, j], parts: partIdx.map((i) => [i, j]), tol: 0.5 });
  // # rows: subset
  if (withHash) {
    const sub = partIdx.filter(() => chance(0.5)); if (sub.length >= 2) {
      const hr = { label: R.lvl === 'county' ? pick(['#重点帮扶乡镇', '#脱贫乡镇']) : pick(['#脱贫县', '#重点帮扶县', '#革命老区县']), v: cols.map((c, j) => sub.reduce((a, i) => a + all[i].v[j], 0)), kind: 'hash' };
      if (o.hashNote !== false) {
        const pos = top ? ti + 1 : all.length; all.splice(pos, 0, hr);
        const sub2 = sub.map((i) => (i >= pos ? i + 1 : i)); const tiN = all.indexOf(tot);
        for (const r of rels) { r.parts = r.parts.map(([i, j]) => [i >= pos ? i + 1 : i, j]); r.total = [r.total[0] >= pos ? r.total[0] + 1 : r.total[0], r.total[1]]; }
        for (let j = 0; j < nC; j++) if (!cols[j].noSum) { rels.push({ type: 'sum', total: [pos, j], parts: sub2.map((i) => [i, j]), tol: 0.5 }); rels.push({ type: 'le', part: [pos, j], whole: [tiN, j], tol: 0 }); }
      }
    }
  }
  // row relations
  all.forEach((r, i) => {
    if (o.qi) for (const q of o.qi) rels.push({ type: 'le', part: [i, q], whole: [i, o.memCol], tol: 0 });
    if (o.levelCols) rels.push({ type: 'sum', total: [i, o.memCol], parts: o.levelCols.map((c) => [i, c]), tol: 0.5 });
    if (o.rowRel) o.rowRel(r, i, rels);
  });
  return { title: o.title, labelHead: R.unitName, cols, rows: all, rels, unitLine: o.unitLine };
}

function T_villages() {
  const R = regionSet(); const y = YEAR(); const k = chance(0.85) ? 100 : 1000; const d = k === 100 ? pick([1, 2]) : 1;
  const cols = [{ h: ['覆盖村数', '合计'], unit: '个' }, { h: ['覆盖村数', '脱贫村'], unit: '个' }, { h: ['覆盖村数', '重点帮扶村'], unit: '个' }, { h: ['覆盖村数', '其他村'], unit: '个' }];
  const share = chance(0.7);
  if (share) cols.push({ h: ['脱贫村占比'], unit: k === 100 ? '%' : '‰', d, noSum: true, rate: true });
  const rows = R.names.map((n) => { const t = ri(8, 40) * R.scale; const p = split(t, 3); if (chance(0.1)) { p[2] += p[1]; p[1] = 0; } return { label: n, v: [t, ...p], kind: 'part' }; });
  const fill = (r) => { if (share) r.v[4] = r.v[0] ? rnd2(r.v[1] / r.v[0] * k, d) : null; };
  rows.forEach(fill);
  const t = finishRegionTable(R, rows, cols, chance(0.3), { title: `${y}年驻村帮扶覆盖村情况`, rowRel: (r, i, rels) => { fill(r); rels.push({ type: 'sum', total: [i, 0], parts: [[i, 1], [i, 2], [i, 3]], tol: 0.5 }); if (share) rels.push({ type: 'rate', cell: [i, 4], num: [i, 1], den: [i, 0], k, tol: 0.5 / 10 ** d + 1e-9 }); } });
  return t;
}

function T_funds() {
  const R = regionSet(); const y = YEAR(); const big = R.lvl === 'prov' && chance(0.5);
  const unit = big ? '亿元' : '万元'; const d = big ? 2 : pick([0, 1, 2]); const tolS = (n) => 0.5 / 10 ** d * (n + 1) + 1e-9;
  const inHead = chance(0.6);
  const cols = [{ h: ['帮扶项目'], unit: '个' }, { h: ['筹集资金', '合计'], unit, d }, { h: ['筹集资金', '其中：财政资金'], unit, d }, { h: ['筹集资金', '社会资金'], unit, d }];
  const rows = R.names.map((n) => { const p = ri(5, 40) * R.scale; const f = (30 + rnd() * 400) * R.scale / (big ? 10000 : 1); const g = f * (0.4 + rnd() * 0.5); return { label: n, v: [p, f, g, f - g], kind: 'part', raw: [p, f, g, f - g] }; });
  const totRaw = [0, 1, 2, 3].map((j) => rows.reduce((a, r) => a + r.raw[j], 0));
  const disp = (x) => rnd2(x, d);
  const t = finishRegionTable(R, rows, cols, false, { title: `${y}年驻村工作队帮扶项目及资金情况`, unitLine: inHead ? null : `单位：个、${unit}` });
  // recompute displays: rounded from raw
  for (const r of t.rows) { if (r.kind === 'total') r.raw = totRaw; r.v = [r.raw[0], disp(r.raw[1]), disp(r.raw[2]), disp(r.raw[3])]; }
  // ensure total row of money = round(sum raw); part sum tolerance
  for (const rel of t.rels) if (rel.type === 'sum' && rel.total[1] > 0) rel.tol = tolS(rel.parts.length);
  t.rows.forEach((r, i) => { t.rels.push({ type: 'sum', total: [i, 1], parts: [[i, 2], [i, 3]], tol: tolS(2) }); t.rels.push({ type: 'le', part: [i, 2], whole: [i, 1], tol: 0.5 / 10 ** d }); });
  if (!inHead) t.cols.forEach((c) => { c.unitHidden = true; });
  return t;
}

function T_level() {
  const y = YEAR(); const y0 = y - 1; const labels = ['中央单位', '省级单位', '市级单位', '县级单位'];
  const cur = split(ri(300, 3000), 4, 3), prev = cur.map((x) => Math.max(1, Math.round(x * (0.8 + rnd() * 0.35))));
  const withFirst = chance(0.5);
  const cols = [{ h: ['派出队员', `${y0}年`], unit: '人' }, { h: ['派出队员', `${y}年`], unit: '人' }, { h: ['派出队员', '增长'], unit: '%', d: 1, noSum: true }];
  let fc, fp; if (withFirst) { fc = cur.map((x) => Math.floor(x * (0.15 + rnd() * 0.2))); fp = fc.map((x) => Math.max(1, x + ri(-5, 8))); cols.push({ h: ['其中：第一书记', `${y0}年`], unit: '人' }, { h: ['其中：第一书记', `${y}年`], unit: '人' }, { h: ['其中：第一书记', '增长'], unit: '%', d: 1, noSum: true }); }
  const mk = (label, i, kind) => { const v = [prev[i], cur[i], rnd2((cur[i] / prev[i] - 1) * 100, 1)]; if (withFirst) v.push(fp[i], fc[i], rnd2((fc[i] / fp[i] - 1) * 100, 1)); return { label, v, kind }; };
  const rows = labels.map((l, i) => mk(l, i, 'part'));
  const S = (a) => a.reduce((x, y2) => x + y2, 0);
  const tv = [S(prev), S(cur), rnd2((S(cur) / S(prev) - 1) * 100, 1)]; if (withFirst) tv.push(S(fp), S(fc), rnd2((S(fc) / S(fp) - 1) * 100, 1));
  const tot = { label: pick(['合计', '总计', '全省']), v: tv, kind: 'total' };
  const top = chance(0.7); const all = top ? [tot, ...rows] : [...rows, tot]; const ti = all.indexOf(tot);
  const rels = []; const pi = all.map((r, i) => (r.kind === 'part' ? i : -1)).filter((i) => i >= 0);
  const sumCols = withFirst ? [0, 1, 3, 4] : [0, 1];
  for (const j of sumCols) rels.push({ type: 'sum', total: [ti, j], parts: pi.map((i) => [i, j]), tol: 0.5 });
  all.forEach((r, i) => { rels.push({ type: 'growth', cell: [i, 2], cur: [i, 1], prev: [i, 0], tol: 0.05 + 1e-9 }); if (withFirst) { rels.push({ type: 'growth', cell: [i, 5], cur: [i, 4], prev: [i, 3], tol: 0.05 + 1e-9 }); rels.push({ type: 'le', part: [i, 4], whole: [i, 1], tol: 0 }); rels.push({ type: 'le', part: [i, 3], whole: [i, 0], tol: 0 }); } });
  if (top) all.forEach((r) => { if (r.kind === 'part') r.indent = true; });
  return { title: `按派出单位层级分驻村队员情况`, labelHead: pick(['派出单位', '项目', '单位层级']), cols, rows: all, rels };
}

function T_rotation() {
  const R = regionSet(); const y = YEAR();
  const cols = [{ h: ['年初在岗'], unit: '人' }, { h: ['本年新派'], unit: '人' }, { h: ['轮换'], unit: '人' }, { h: ['召回'], unit: '人' }, { h: ['年末在岗'], unit: '人' }];
  const rows = R.names.map((n) => { const a = ri(20, 80) * R.scale; const nw = ri(0, a >> 2); const rot = ri(0, a >> 1); const rec = ri(0, 4); return { label: n, v: [a, nw, rot, rec, a + nw - rec], kind: 'part' }; });
  return finishRegionTable(R, rows, cols, chance(0.3), { title: `${y}年驻村干部选派轮换情况`, rowRel: (r, i, rels) => { rels.push({ type: 'lin', cell: [i, 4], terms: [[[i, 0], 1], [[i, 1], 1], [[i, 3], -1]], tol: 0.5 }); rels.push({ type: 'le', part: [i, 2], whole: [i, 0], tol: 0 }); } });
}

function T_quarter() {
  const y = YEAR(); const inds = [['选派第一书记', '人'], ['派驻工作队', '个'], ['实施帮扶项目', '个'], ['落实帮扶资金', '万元'], ['培训村干部', '人次'], ['发展村集体经济项目', '个'], ['化解矛盾纠纷', '件']];
  const list = shuffle(inds).slice(0, ri(4, 7)); const nq = ri(2, 4); const d = pick([1, 2]);
  const cols = [{ h: ['年度目标'] }]; for (let q = 0; q < nq; q++) cols.push({ h: ['完成情况', ['一季度', '二季度', '三季度', '四季度'][q]] });
  cols.push({ h: ['完成情况', '累计'] }, { h: ['完成率'], unit: '%', d, rate: true });
  const rows = []; const rels = [];
  list.forEach(([n, u], i) => {
    const money = u === '万元'; const tgt = money ? rnd2(200 + rnd() * 3000, 1) : ri(20, 600);
    const qs = Array.from({ length: nq }, () => (money ? rnd2(tgt * (0.1 + rnd() * 0.25), 1) : Math.floor(tgt * (0.1 + rnd() * 0.25))));
    const cum = money ? rnd2(qs.reduce((a, b) => a + b, 0), 1) : qs.reduce((a, b) => a + b, 0);
    rows.push({ label: n, unit: u, v: [tgt, ...qs, cum, rnd2(cum / tgt * 100, d)], kind: 'ind', dec: money ? 1 : 0 });
    rels.push({ type: 'sum', total: [i, nq + 1], parts: qs.map((_, q) => [i, q + 1]), tol: money ? 0.05 * (nq + 1) + 1e-9 : 0.5 });
    rels.push({ type: 'rate', cell: [i, nq + 2], num: [i, nq + 1], den: [i, 0], k: 100, tol: 0.5 / 10 ** d + (money ? 0.5 * 0.05 * 100 / tgt * 1.2 : 0) + 1e-9 });
  });
  return { title: `${y}年驻村帮扶工作${['一', '二', '三', '四'][nq - 1]}季度进展情况`, labelHead: '指标', cols, rows, rels, unitCol: true };
}

function T_income() {
  const R = regionSet(); const y = YEAR(); const k = 100; const d = pick([1, 1, 2]);
  const cols = [{ h: ['村数'], unit: '个' }];
  for (const b of ['5万元以下', '5-10万元', '10万元以上']) cols.push({ h: [b, '村数'], unit: '个' }, { h: [b, '占比'], unit: '%', d, noSum: true, rate: true });
  const rows = R.names.map((n) => { const t = ri(10, 60) * R.scale; const p = split(t, 3); return { label: n, v: [t, p[0], 0, p[1], 0, p[2], 0], kind: 'part' }; });
  const fill = (r) => { for (const j of [2, 4, 6]) r.v[j] = rnd2(r.v[j - 1] / r.v[0] * k, d); };
  rows.forEach(fill);
  return finishRegionTable(R, rows, cols, chance(0.3), { title: `${y}年村级集体经济收入分组情况`, rowRel: (r, i, rels) => { fill(r); rels.push({ type: 'sum', total: [i, 0], parts: [[i, 1], [i, 3], [i, 5]], tol: 0.5 }); for (const j of [2, 4, 6]) rels.push({ type: 'rate', cell: [i, j], num: [i, j - 1], den: [i, 0], k, tol: 0.5 / 10 ** d + 1e-9 }); } });
}

function T_years() {
  const y1 = ri(2020, 2024); const n = ri(4, 7); const years = Array.from({ length: n }, (_, i) => y1 - n + 1 + i);
  const cols = [{ h: ['第一书记'], unit: '人' }, { h: ['比上年增长'], unit: '%', d: 1 }, { h: ['工作队队员'], unit: '人' }, { h: ['其中：党员'], unit: '人' }, { h: ['党员占比'], unit: '%', d: 1 }];
  let fs1 = ri(200, 2000), mem = ri(1000, 6000); const rows = []; const rels = []; let prev = null;
  years.forEach((yy, i) => {
    if (i) { fs1 = Math.round(fs1 * (0.9 + rnd() * 0.25)); mem = Math.round(mem * (0.9 + rnd() * 0.25)); }
    const pm = Math.floor(mem * (0.6 + rnd() * 0.35));
    rows.push({ label: `${yy}年`, v: [fs1, prev == null ? null : rnd2((fs1 / prev - 1) * 100, 1), mem, pm, rnd2(pm / mem * 100, 1)], kind: 'year' });
    if (i) rels.push({ type: 'growth', cell: [i, 1], cur: [i, 0], prev: [i - 1, 0], tol: 0.05 + 1e-9 });
    rels.push({ type: 'le', part: [i, 3], whole: [i, 2], tol: 0 }); rels.push({ type: 'rate', cell: [i, 4], num: [i, 3], den: [i, 2], k: 100, tol: 0.05 + 1e-9 });
    prev = fs1;
  });
  return { title: `历年驻村第一书记和工作队队员情况`, labelHead: '年份', cols, rows, rels };
}

function T_twoPeriods() {
  const R = regionSet(); const y = YEAR();
  const cols = [{ h: ['驻村队员（人）', `${y - 1}年`] }, { h: ['驻村队员（人）', `${y}年`] }, { h: ['驻村队员（人）', '增长(%)'], d: 1, noSum: true },
    { h: ['35岁以下队员（人）', `${y - 1}年`] }, { h: ['35岁以下队员（人）', `${y}年`] }, { h: ['35岁以下占比(%)', `${y - 1}年`], d: 1, noSum: true }, { h: ['35岁以下占比(%)', `${y}年`], d: 1, noSum: true }, { h: ['35岁以下占比(%)', '增减（百分点）'], d: 1, noSum: true }];
  const rows = R.names.map((n) => { const a = ri(30, 150) * R.scale, b = Math.round(a * (0.85 + rnd() * 0.35)); return { label: n, v: [a, b, 0, Math.floor(a * (0.2 + rnd() * 0.3)), Math.floor(b * (0.2 + rnd() * 0.3)), 0, 0, 0], kind: 'part' }; });
  const fill = (r) => { const v = r.v; v[2] = rnd2((v[1] / v[0] - 1) * 100, 1); v[5] = rnd2(v[3] / v[0] * 100, 1); v[6] = rnd2(v[4] / v[1] * 100, 1); v[7] = rnd2(v[6] - v[5], 1); };
  rows.forEach(fill);
  return finishRegionTable(R, rows, cols, false, { title: `${y}年驻村队员年龄结构变化情况`, rowRel: (r, i, rels) => { fill(r); rels.push({ type: 'growth', cell: [i, 2], cur: [i, 1], prev: [i, 0], tol: 0.05 + 1e-9 }); rels.push({ type: 'le', part: [i, 3], whole: [i, 0], tol: 0 }); rels.push({ type: 'le', part: [i, 4], whole: [i, 1], tol: 0 });
    rels.push({ type: 'rate', cell: [i, 5], num: [i, 3], den: [i, 0], k: 100, tol: 0.05 + 1e-9 }); rels.push({ type: 'rate', cell: [i, 6], num: [i, 4], den: [i, 1], k: 100, tol: 0.05 + 1e-9 }); rels.push({ type: 'diff', cell: [i, 7], a: [i, 6], b: [i, 5], tol: 0.05 + 1e-9 }); } });
}


function T_indYears() {
  const y1 = ri(2021, 2024); const n = ri(3, 5); const years = Array.from({ length: n }, (_, i) => y1 - n + 1 + i);
  const cols = years.map((yy) => ({ h: [`${yy}年`] })); const gcol = chance(0.7); if (gcol) cols.push({ h: [`${y1}年比上年增长(%)`], d: 1, noSum: true });
  const unitCol = chance(0.6); const rows = []; const rels = [];
  const base = (lo, hi) => { let x = ri(lo, hi); return years.map(() => (x = Math.max(1, Math.round(x * (0.9 + rnd() * 0.25))))); };
  const push = (label, unit, v, kind) => { const i = rows.length; const row = { label, unit, v: v.slice(), kind, indent: kind === 'sub' }; if (gcol) row.v.push(rnd2((v[n - 1] / v[n - 2] - 1) * 100, 1)); rows.push(row); if (gcol) rels.push({ type: 'growth', cell: [i, n], cur: [i, n - 1], prev: [i, n - 2], tol: 0.05 + 1e-9 }); return i; };
  const lab = (x, u) => (unitCol ? x : `${x}（${u}）`);
  const teams = base(100, 900); push(lab('驻村工作队', '个'), '个', teams, 'ind');
  const mem = teams.map((t) => t * ri(3, 4)); const mi = push(lab('驻村队员', '人'), '人', mem, 'ind');
  const style = pick(['prefix', 'headrow', 'hash']);
  if (style === 'headrow') rows.push({ label: '其中：', unit: '', v: cols.map(() => null), kind: 'blank', blankRow: true });
  ['女性', '35岁以下', '党员'].forEach((q, k) => { const v = mem.map((m) => Math.floor(m * (q === '党员' ? 0.6 + rnd() * 0.3 : 0.15 + rnd() * 0.3))); const l = style === 'prefix' && k === 0 ? `其中：${q}` : style === 'hash' ? `#${q}` : q; const i = push(l, '人', v, 'sub'); years.forEach((_, j) => rels.push({ type: 'le', part: [i, j], whole: [mi, j], tol: 0 })); });
  const vil = teams.map((t) => t + ri(0, 20)); const vi = push(lab('覆盖村', '个'), '个', vil, 'ind');
  const pv = vil.map((x) => Math.floor(x * (0.3 + rnd() * 0.3))); const kv = vil.map((x, j) => Math.floor((x - pv[j]) * (0.2 + rnd() * 0.4)));
  const a = push(style === 'hash' ? '#脱贫村' : '其中：脱贫村', '个', pv, 'sub'); const b = push(style === 'hash' ? '#重点帮扶村' : '重点帮扶村', '个', kv, 'sub');
  years.forEach((_, j) => { rels.push({ type: 'le', part: [a, j], whole: [vi, j], tol: 0 }); rels.push({ type: 'le', part: [b, j], whole: [vi, j], tol: 0 }); rels.push({ type: 'lin', cell: [vi, j], terms: [[[a, j], 1], [[b, j], 1]], tol: 0, geq: true }); });
  const pm = push(lab('每百村驻村队员', '人'), '人', mem.map((m, j) => rnd2(m / vil[j] * 100, 1)), 'ind'); rows[pm].dec = 1;
  years.forEach((_, j) => rels.push({ type: 'rate', cell: [pm, j], num: [mi, j], den: [vi, j], k: 100, tol: 0.05 + 1e-9 }));
  // drop the geq pseudo relation (not an equation)
  for (let i = rels.length - 1; i >= 0; i--) if (rels[i].geq) rels.splice(i, 1);
  rows.forEach((r) => { if (r.blankRow) r.v = r.v.map(() => null); });
  return { title: `驻村帮扶主要指标（${years[0]}—${y1}年）`, labelHead: '指标', cols, rows, rels, unitCol };
}

function T_subtotal() {
  const cities = shuffle(CITIES).slice(0, ri(2, 4)); const k = chance(0.6) ? 100 : 1000; const d = 1;
  const cols = [{ h: ['驻村第一书记'], unit: '人' }, { h: ['驻村队员'], unit: '人' }, { h: ['其中：党员'], unit: '人' }, { h: [k === 100 ? '党员比重' : '党员比重'], unit: k === 100 ? '%' : '‰', d, noSum: true, rate: true }];
  const rows = []; const rels = []; const mk = (label, v, kind) => ({ label, v: [...v, v[1] ? rnd2(v[2] / v[1] * k, d) : null], kind });
  const tot = mk(pick(['全省', '总计']), [0, 0, 0], 'total'); rows.push(tot); const subIdx = [];
  const cn = shuffle(COUNTIES);
  for (const c of cities) {
    const si = rows.length; rows.push(null); subIdx.push(si); const parts = [];
    for (let q = 0; q < ri(2, 4); q++) { const m = ri(40, 300); const v = [ri(10, 60), m, Math.floor(m * (0.5 + rnd() * 0.45))]; parts.push(rows.length); rows.push(Object.assign(mk(cn.pop(), v, 'part'), { indent: true })); }
    const sv = [0, 1, 2].map((j) => parts.reduce((a, i) => a + rows[i].v[j], 0)); rows[si] = mk(chance(0.5) ? c : `${c}小计`, sv, 'sub');
    for (const j of [0, 1, 2]) rels.push({ type: 'sum', total: [si, j], parts: parts.map((i) => [i, j]), tol: 0.5 });
  }
  const tv = [0, 1, 2].map((j) => subIdx.reduce((a, i) => a + rows[i].v[j], 0)); rows[0] = mk(tot.label, tv, 'total');
  for (const j of [0, 1, 2]) rels.push({ type: 'sum', total: [0, j], parts: subIdx.map((i) => [i, j]), tol: 0.5 });
  rows.forEach((r, i) => { rels.push({ type: 'le', part: [i, 2], whole: [i, 1], tol: 0 }); rels.push({ type: 'rate', cell: [i, 3], num: [i, 2], den: [i, 1], k, tol: 0.05 + 1e-9 }); });
  return { title: `各县（区）驻村第一书记和队员情况`, labelHead: '地区', cols, rows, rels };
}

const TYPES = [T_indYears, T_subtotal, T_teams, T_villages, T_funds, T_level, T_rotation, T_quarter, T_income, T_years, T_twoPeriods];

// ---------- layout ----------
const colL = (n) => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
function layout(ws, t) {
  let unitStyle = VARIANT ? pick(['row', 'unitcol', 'head']) : pick(['head', 'head', 'paren', 'row', 'line']);
  if (unitStyle === 'unitcol' && !t.unitCol) unitStyle = pick(['line', 'row']);
  const useUnitCol = !!t.unitCol; // a 计量单位 column only where each row has one unit
  let r = 1; const nC = t.cols.length; const off = useUnitCol ? 2 : 1; const width = nC + off;
  if (chance(0.9)) { ws.getCell(r, 1).value = (chance(0.3) ? `表${ri(1, 12)}-${ri(1, 20)}  ` : '') + t.title; ws.mergeCells(r, 1, r, width); ws.getCell(r, 1).alignment = { horizontal: 'center' }; r++; }
  let unitsInHead = unitStyle === 'head' || unitStyle === 'paren';
  if (t.unitLine) { ws.getCell(r, width).value = t.unitLine; r++; unitsInHead = false; }
  else if (unitStyle === 'line' && !useUnitCol) { const us = [...new Set(t.cols.map((c) => c.unit).filter(Boolean))]; ws.getCell(r, chance(0.5) ? 1 : width).value = '单位：' + us.join('、'); r++; }
  const fmtU = (u) => (u ? (unitStyle === 'paren' || chance(0.3) ? `(${u})` : `（${u}）`) : '');
  const yn = chance(0.4); const yearNum = (x) => (yn && /^\d{4}年$/.test(x) ? +x.slice(0, 4) : x);
  const depth = Math.max(...t.cols.map((c) => c.h.length)); const hr0 = r;
  const heads = t.cols.map((c) => { const h = c.h.slice(); if (unitsInHead && c.unit && !useUnitCol && !c.unitHidden) h[h.length - 1] += fmtU(c.unit); else if (c.unit && (c.unit === '%' || c.unit === '‰') && !h[h.length - 1].includes('(')) h[h.length - 1] += `(${c.unit})`; return h; });
  ws.getCell(r, 1).value = t.labelHead; if (depth > 1) ws.mergeCells(r, 1, r + depth - 1, 1);
  if (useUnitCol) { ws.getCell(r, 2).value = '计量单位'; if (depth > 1) ws.mergeCells(r, 2, r + depth - 1, 2); }
  for (let lv = 0; lv < depth; lv++) {
    let j = 0; while (j < nC) {
      const h = heads[j]; if (lv >= h.length) { j++; continue; }
      if (lv === h.length - 1 && h.length < depth) { ws.getCell(r + lv, j + off + 1).value = yearNum(h[lv]); ws.mergeCells(r + lv, j + off + 1, r + depth - 1, j + off + 1); j++; continue; }
      let k = j; while (lv < h.length - 1 && k + 1 < nC && heads[k + 1].length > lv + 1 && heads[k + 1].slice(0, lv + 1).join('|') === h.slice(0, lv + 1).join('|')) k++;
      ws.getCell(r + lv, j + off + 1).value = yearNum(h[lv]); if (k > j) ws.mergeCells(r + lv, j + off + 1, r + lv, k + off + 1); j = k + 1;
    }
  }
  r += depth;
  if (unitStyle === 'row' && !useUnitCol && !t.unitLine) { ws.getCell(r, 1).value = '计量单位'; t.cols.forEach((c, j) => { ws.getCell(r, j + off + 1).value = c.unit || ''; }); r++; }
  if (chance(0.15) && !VARIANT) { ws.getCell(r, 1).value = '甲'; t.cols.forEach((c, j) => { ws.getCell(r, j + off + 1).value = j + 1; }); r++; }
  const addr = {}; const excelIndent = VARIANT ? true : chance(0.5);
  t.rows.forEach((row, i) => {
    let lab = row.label; const ind = row.indent || (row.kind === 'part' && t.rows.some((x) => x.kind === 'total') && chance(0.0));
    if (row.indent) { if (excelIndent) ws.getCell(r, 1).alignment = { indent: 1 }; else lab = '  ' + lab; }
    if (row.kind === 'hash' && chance(0.3)) lab = '  ' + lab;
    ws.getCell(r, 1).value = lab;
    if (useUnitCol) ws.getCell(r, 2).value = row.unit || t.cols.find((c) => c.unit)?.unit || '';
    if (row.blankRow) { r++; return; }
    row.v.forEach((v, j) => {
      const c = ws.getCell(r, j + off + 1); addr[`${i},${j}`] = colL(j + off) + r;
      const col = t.cols[j]; const d = col.d != null ? col.d : (row.dec || 0);
      if (v == null) { c.value = chance(0.5) ? '—' : null; return; }
      if (v === 0 && !col.rate && chance(0.4)) { c.value = pick(['—', '-']); return; }
      if (chance(VARIANT ? 0.06 : 0.03)) { c.value = Math.abs(v) >= 1000 && chance(0.5) ? v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : v.toFixed(d); return; }
      c.value = v; c.numFmt = d ? '0.' + '0'.repeat(d) : '0';
    });
    r++;
  });
  const notes = [];
  if (chance(0.6)) notes.push(pick(['注：本表数据来源于各地组织部门统计。', '注：驻村工作队员含第一书记。', '注：资金数据为当年实际到位数。', '注：“—”表示无此项数据。', '资料来源：省乡村振兴局。', `注：${ri(2018, 2023)}年起按新口径统计，调整${ri(3, 40)}个村。`, `注：另有${ri(2, 30)}名队员因病召回，未计入本表。`]));
  if (chance(0.5)) { r++; }
  for (const n of notes) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 16;
  return addr;
}

// ---------- relation evaluation ----------
function evalRel(rel, get) {
  const g = (a) => get(a);
  switch (rel.type) {
    case 'sum': { const s = rel.parts.reduce((a, p) => a + g(p), 0); return Math.abs(g(rel.total) - s) <= rel.tol + 1e-9; }
    case 'le': return g(rel.part) <= g(rel.whole) + (rel.tol || 0) + 1e-9;
    case 'rate': { const den = g(rel.den); if (!den) return true; return Math.abs(g(rel.cell) - g(rel.num) / den * rel.k) <= rel.tol + 1e-9; }
    case 'growth': { const p = g(rel.prev); if (!p) return true; return Math.abs(g(rel.cell) - (g(rel.cur) / p - 1) * 100) <= rel.tol + 1e-9; }
    case 'diff': return Math.abs(g(rel.cell) - (g(rel.a) - g(rel.b))) <= rel.tol + 1e-9;
    case 'lin': return Math.abs(g(rel.cell) - rel.terms.reduce((a, [c, w]) => a + w * g(c), 0)) <= rel.tol + 1e-9;
  }
}
const relCells = (rel) => { const o = []; const w = (v) => { if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number') o.push(v); else if (Array.isArray(v)) v.forEach(w); else if (v && typeof v === 'object') Object.values(v).forEach(w); }; w(Object.fromEntries(Object.entries(rel).filter(([k]) => k !== 'tol' && k !== 'k'))); return o; };
module.exports = { evalRel };

function plant(t) {
  // choose a relation and a cell; returns plant info, modifies t.rows
  const get = ([i, j]) => { const v = t.rows[i].v[j]; return typeof v === 'number' ? v : 0; };
  for (let tries = 0; tries < 200; tries++) {
    const rel = pick(t.rels); let cell, kind;
    if (rel.type === 'sum') { if (chance(0.5)) { cell = rel.total; kind = 'total'; } else { cell = pick(rel.parts); kind = 'part'; } }
    else if (rel.type === 'le') { cell = rel.part; kind = 'part>whole'; }
    else if (rel.type === 'rate') { cell = rel.cell; kind = 'rate'; }
    else if (rel.type === 'growth') { cell = rel.cell; kind = 'growth'; }
    else if (rel.type === 'diff') { cell = rel.cell; kind = 'points'; }
    else { cell = rel.cell; kind = 'total'; }
    const v = t.rows[cell[0]].v[cell[1]]; if (typeof v !== 'number') continue;
    const col = t.cols[cell[1]]; const d = col.d != null ? col.d : (t.rows[cell[0]].dec || 0);
    let nv;
    if (kind === 'part>whole') { const w = get(rel.whole); nv = rnd2(w + Math.max(3, Math.round(w * (0.05 + rnd() * 0.2))), d); }
    else { const step = Math.max(rel.tol * 4, Math.abs(v) * (0.04 + rnd() * 0.15), d ? 1 : 3); nv = rnd2(v + (chance(0.5) ? 1 : -1) * step, d); if (nv < 0 && kind !== 'growth' && kind !== 'points') nv = rnd2(v + step, d); }
    if (nv === v) continue;
    // make sure the relation breaks; other broken relations must contain the cell
    const old = v; t.rows[cell[0]].v[cell[1]] = nv;
    if (evalRel(rel, get)) { t.rows[cell[0]].v[cell[1]] = old; continue; }
    // avoid breaking le where plant is a whole: fine, all broken rels contain the cell
    return { cell, was: old, now: nv, kind, rel };
  }
  return null;
}

async function main() {
  const N = +NS, PF = +PFS; const manifest = [];
  const nPl = Math.round(N * PF); const planted = new Set(shuffle([...Array(N).keys()]).slice(0, nPl));
  for (let b = 0; b < N; b++) {
    const wb = new ExcelJS.Workbook(); const nS = ri(1, 4); const fileRels = {}; const file = `${SET}_${String(b + 1).padStart(3, '0')}.xlsx`;
    const plants = []; const sheets = [];
    for (let s = 0; s < nS; s++) sheets.push(pick(TYPES)());
    const ps = planted.has(b) ? ri(0, nS - 1) : -1;
    const names = new Set();
    for (let s = 0; s < nS; s++) {
      const t = sheets[s]; let nm = pick(['表', 'Sheet', '']) + (s + 1); if (nm.length < 2) nm = `表${s + 1}`; if (chance(0.3)) nm = t.title.replace(/^\d+年/, '').slice(0, 12); while (names.has(nm)) nm += 'a'; names.add(nm);
      let pl = null; if (s === ps) pl = plant(t);
      const ws = wb.addWorksheet(nm); const addr = layout(ws, t);
      const A = (c) => addr[`${c[0]},${c[1]}`];
      const conv = (rel) => { const o = {}; for (const [k, v] of Object.entries(rel)) { if (k === 'tol' || k === 'k' || k === 'type') o[k] = v; else if (k === 'parts') o[k] = v.map(A); else if (k === 'terms') o[k] = v.map(([c, w]) => [A(c), w]); else o[k] = A(v); } return o; };
      fileRels[nm] = t.rels.map(conv);
      if (pl) plants.push({ sheet: nm, cell: A(pl.cell), was: pl.was, now: pl.now, kind: pl.kind, rel: conv(pl.rel) });
    }
    if (ps >= 0 && !plants.length) throw new Error('no plant ' + file);
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join(RELD, file + '.json'), JSON.stringify(fileRels));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
