// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDS, NS, PFS, VARS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VARS || 0);
const ROOT = '/tmp/round123b', OUT = path.join(ROOT, SET), RELD = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELD, { recursive: true });
function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
function G(seed) { const r = mulberry(seed); const g = { r, real: (a, b) => a + (b - a) * r(), int: (a, b) => Math.floor(a + (b - a + 1) * r()), pick: (a) => a[Math.floor(r() * a.length)], chance: (p) => r() < p,
  shuffle: (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; } }; return g; }
const rd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const half = (d) => 0.5 * Math.pow(10, -d) + 1e-9;
const gr = (cur, prev) => rd((cur / prev - 1) * 100, 1);
const DIST = ['城关区', '东城区', '西城区', '南湖区', '北山区', '高新区', '经开区', '新区'];
const CNTY = ['临江县', '青山县', '白水县', '石门县', '安平县', '永宁县', '长乐县', '清河县', '云台县', '平川县', '龙泉市', '凤阳县'];
const TOWNS = ['城关镇', '河口镇', '新集镇', '马场乡', '柳林镇', '王庄乡', '石桥镇', '大营镇', '东关镇', '杨集乡'];
const CITIES = ['江源市', '北川市', '南陵市', '西岭市', '东海市', '宁远市', '安江市', '平阳市', '青川市', '云城市', '华亭市'];
const PORTS = ['中心港区', '东港区', '西港区', '北港区', '新港区', '河口港区', '临港作业区', '老港区'];
// ---------- table generators: return spec ----------
function ctxRegions(g, lvl) {
  if (lvl === 'province') return { all: '全省', units: g.shuffle(CITIES).slice(0, g.int(5, 9)) };
  if (lvl === 'city') return { all: g.pick(['全市', '合计', '总计']), units: g.shuffle(DIST).slice(0, g.int(1, 3)).concat(g.shuffle(CNTY).slice(0, g.int(3, 7))) };
  return { all: g.pick(['全县', '合计', '总计']), units: g.shuffle(TOWNS).slice(0, g.int(5, 9)) };
}
function tPassenger(g, c) {
  const dec = c.lvl === 'county' ? 2 : 1, tdec = g.pick([0, 1]);
  const modes = [['公路', 40, 90], ['铁路', 150, 450], ['水路', 8, 60], ['民航', 900, 1800]];
  const scale = c.lvl === 'province' ? 20000 : c.lvl === 'city' ? 3000 : 300;
  const rows = []; const tot = { key: 'T', label: g.pick(['合计', '总计', '客运总量']), vals: {} };
  const parts = [];
  for (const [m, a, b] of modes) {
    const miss = (m === '民航' && c.lvl !== 'province' && g.chance(0.6)) || (m === '水路' && g.chance(0.25));
    const row = { key: m, label: m, level: 1, vals: {} };
    if (miss) { row.vals = { pc: null, pp: null, pg: null, tc: null, tp: null, tg: null }; parts.push(row); continue; }
    const share = m === '公路' ? 0.6 : m === '铁路' ? 0.25 : 0.08;
    const pc = rd(scale * share * g.real(0.5, 1.5), dec), pp = rd(pc / g.real(0.75, 1.3), dec);
    const tc = rd(pc * g.real(a, b), tdec), tp = rd(pp * g.real(a, b), tdec);
    Object.assign(row.vals, { pc, pp, pg: gr(pc, pp), tc, tp, tg: gr(tc, tp) }); parts.push(row);
  }
  for (const k of ['pc', 'pp', 'tc', 'tp']) tot.vals[k] = rd(parts.reduce((s, r) => s + (r.vals[k] || 0), 0), k[0] === 'p' ? dec : tdec);
  tot.vals.pg = gr(tot.vals.pc, tot.vals.pp); tot.vals.tg = gr(tot.vals.tc, tot.vals.tp);
  let sub = null;
  if (g.chance(0.5) && parts[0].vals.pc) { sub = { key: 'S', label: g.pick(['班线客运', '城乡公交']), sub: true, level: 2, vals: {} }; const v = rd(parts[0].vals.pc * g.real(0.3, 0.8), dec); sub.vals.pc = v; }
  rows.push(...(c.totalBottom ? [] : [tot]), parts[0], ...(sub ? [sub] : []), ...parts.slice(1), ...(c.totalBottom ? [tot] : []));
  const cols = [{ key: 'pc', hdr: ['客运量', '本年'], unit: '万人', dec }, { key: 'pp', hdr: ['客运量', '上年'], unit: '万人', dec }, { key: 'pg', hdr: ['客运量', '增长'], unit: '%', dec: 1 },
    { key: 'tc', hdr: ['旅客周转量', '本年'], unit: '万人公里', dec: tdec }, { key: 'tp', hdr: ['旅客周转量', '上年'], unit: '万人公里', dec: tdec }, { key: 'tg', hdr: ['旅客周转量', '增长'], unit: '%', dec: 1 }];
  const rels = [];
  for (const k of ['pc', 'pp', 'tc', 'tp']) rels.push({ type: 'sum', total: ['T', k], parts: parts.map((r) => [r.key, k]), tol: half(k[0] === 'p' ? dec : tdec) });
  for (const r of [tot, ...parts]) for (const [g1, a, b] of [['pg', 'pc', 'pp'], ['tg', 'tc', 'tp']]) if (r.vals[a]) rels.push({ type: 'growth', cell: [r.key, g1], cur: [r.key, a], prev: [r.key, b], tol: half(1) });
  if (sub) rels.push({ type: 'le', part: ['S', 'pc'], whole: ['公路', 'pc'], tol: 1e-9 });
  return { title: `${c.year}年${c.place}分运输方式旅客运输量`, stub: '运输方式', cols, rows, rels, notes: g.chance(0.5) ? ['注：铁路、民航为在本地发送旅客数。'] : [] };
}
function tFreightMonth(g, c) {
  const M = g.int(2, 12), dec = g.pick([1, 2]), scale = c.lvl === 'province' ? 300000 : c.lvl === 'city' ? 40000 : 4000;
  const modes = [['公路', 0.75, 60, 180], ['铁路', 0.15, 200, 600], ['水路', 0.1, 100, 900], ['民航', 0.0005, 1000, 2000]];
  const showPrev = g.chance(0.7); const rows = [], rels = [];
  for (const [blk, bl, lbl, unit] of [['F', '一、', '货运量', '万吨'], ['W', '二、', '货物周转量', '万吨公里']]) {
    const tot = { key: blk + 'T', label: bl + lbl, unit, vals: {} }; const parts = [];
    for (const [m, sh, a, b] of modes) {
      if (m === '民航' && c.lvl === 'county') continue;
      const miss = m === '水路' && g.chance(0.3);
      const r = { key: blk + m, label: m, level: 1, unit, vals: {} }; parts.push(r);
      if (miss) { r.vals = { m: null, cum: null, prev: null, g: null }; continue; }
      let cum = scale * sh * g.real(0.6, 1.4) * M / 12; if (blk === 'W') cum *= g.real(a, b);
      const d = m === '民航' && blk === 'F' ? 3 : dec;
      const cu = rd(cum, d), mo = rd(cum / M * g.real(0.8, 1.2), d), pv = rd(cum / g.real(0.8, 1.25), d);
      Object.assign(r.vals, { m: M === 1 ? cu : mo, cum: cu, prev: pv, g: gr(cu, pv) }); r.dec = d;
    }
    const d3 = parts.some((r) => r.dec === 3) ? 3 : dec;
    for (const k of ['m', 'cum', 'prev']) { tot.vals[k] = rd(parts.reduce((s, r) => s + (r.vals[k] || 0), 0), d3); rels.push({ type: 'sum', total: [tot.key, k], parts: parts.map((r) => [r.key, k]), tol: half(d3) }); }
    tot.dec = d3; tot.vals.g = gr(tot.vals.cum, tot.vals.prev);
    for (const r of [tot, ...parts]) { if (r.vals.cum) { rels.push({ type: 'le', part: [r.key, 'm'], whole: [r.key, 'cum'], tol: 1e-9 }); if (showPrev) rels.push({ type: 'growth', cell: [r.key, 'g'], cur: [r.key, 'cum'], prev: [r.key, 'prev'], tol: half(1) }); } }
    rows.push(tot, ...parts);
  }
  const cols = [{ key: 'm', hdr: ['本月'], dec }, { key: 'cum', hdr: [`1-${M}月`] , dec}, ...(showPrev ? [{ key: 'prev', hdr: ['上年同期'], dec }] : []), { key: 'g', hdr: ['累计比上年同期增长'], unit: '%', dec: 1 }];
  if (!showPrev) for (const r of rows) delete r.vals.prev;
  const rr = showPrev ? rels : rels.filter((x) => !(x.type === 'sum' && x.total[1] === 'prev'));
  return { title: `${c.year}年${M}月${c.place}货物运输量`, stub: '指标', rowUnits: true, cols, rows, rels: rr, notes: g.chance(0.4) ? ['注：本表增长速度按可比口径计算。'] : [] };
}
function tPort(g, c) {
  const ports = g.shuffle(PORTS).slice(0, g.int(3, 6)), dec = g.pick([0, 1, 2]), sdec = 1, cont = g.chance(0.5);
  const rows = [], rels = [], parts = [];
  for (const p of ports) {
    const r = { key: p, label: p, level: 1, vals: {} }; parts.push(r);
    const tc = rd(g.real(200, 8000), dec), tp = rd(tc / g.real(0.8, 1.25), dec);
    Object.assign(r.vals, { tc, tp, tg: gr(tc, tp) });
    if (parts.length > 1 && g.chance(0.2)) Object.assign(r.vals, { fc: null, fp: null, fg: null, sc: null, sp: null, sd: null });
    else { const fc = rd(tc * g.real(0.05, 0.6), dec), fp = rd(tp * g.real(0.05, 0.6), dec); const sc = rd(fc / tc * 100, sdec), sp = rd(fp / tp * 100, sdec); Object.assign(r.vals, { fc, fp, fg: gr(fc, fp), sc, sp, sd: rd(sc - sp, 1) }); }
    if (cont) r.vals.ct = g.chance(0.3) ? 0 : rd(g.real(1, 60), 2);
  }
  const tot = { key: 'T', label: c.all, vals: {} };
  for (const k of ['tc', 'tp', 'fc', 'fp', ...(cont ? ['ct'] : [])]) { tot.vals[k] = rd(parts.reduce((s, r) => s + (r.vals[k] || 0), 0), k === 'ct' ? 2 : dec); rels.push({ type: 'sum', total: ['T', k], parts: parts.map((r) => [r.key, k]), tol: half(k === 'ct' ? 2 : dec) }); }
  const v = tot.vals; Object.assign(v, { tg: gr(v.tc, v.tp), fg: gr(v.fc, v.fp), sc: rd(v.fc / v.tc * 100, 1), sp: rd(v.fp / v.tp * 100, 1) }); v.sd = rd(v.sc - v.sp, 1);
  for (const r of [tot, ...parts]) {
    rels.push({ type: 'growth', cell: [r.key, 'tg'], cur: [r.key, 'tc'], prev: [r.key, 'tp'], tol: half(1) });
    if (r.vals.fc != null) {
      rels.push({ type: 'growth', cell: [r.key, 'fg'], cur: [r.key, 'fc'], prev: [r.key, 'fp'], tol: half(1) });
      rels.push({ type: 'le', part: [r.key, 'fc'], whole: [r.key, 'tc'], tol: 1e-9 }, { type: 'le', part: [r.key, 'fp'], whole: [r.key, 'tp'], tol: 1e-9 });
      rels.push({ type: 'rate', cell: [r.key, 'sc'], num: [r.key, 'fc'], den: [r.key, 'tc'], k: 100, tol: half(1) }, { type: 'rate', cell: [r.key, 'sp'], num: [r.key, 'fp'], den: [r.key, 'tp'], k: 100, tol: half(1) });
      rels.push({ type: 'diff', cell: [r.key, 'sd'], a: [r.key, 'sc'], b: [r.key, 'sp'], tol: half(1) });
    }
  }
  rows.push(...(c.totalBottom ? [...parts, tot] : [tot, ...parts]));
  const cols = [{ key: 'tc', hdr: ['货物吞吐量', '本年'], unit: '万吨', dec }, { key: 'tp', hdr: ['货物吞吐量', '上年'], unit: '万吨', dec }, { key: 'tg', hdr: ['货物吞吐量', '增长'], unit: '%', dec: 1 },
    { key: 'fc', hdr: ['其中：外贸', '本年'], unit: '万吨', dec }, { key: 'fp', hdr: ['其中：外贸', '上年'], unit: '万吨', dec }, { key: 'fg', hdr: ['其中：外贸', '增长'], unit: '%', dec: 1 },
    { key: 'sc', hdr: ['外贸占吞吐量比重', '本年'], unit: '%', dec: 1 }, { key: 'sp', hdr: ['外贸占吞吐量比重', '上年'], unit: '%', dec: 1 }, { key: 'sd', hdr: ['外贸占吞吐量比重', '增减'], unit: '百分点', dec: 1 },
    ...(cont ? [{ key: 'ct', hdr: ['集装箱吞吐量'], unit: '万标箱', dec: 2 }] : [])];
  return { title: `${c.year}年${c.place}港口货物吞吐量`, stub: '港区', cols, rows, rels, notes: ['注：外贸比重为外贸货物吞吐量占货物吞吐量的比重。'] };
}
function tExpress(g, c) {
  const R = ctxRegions(g, c.lvl), dec = 2, money = c.lvl === 'province' ? ['亿元', 2, 1e4] : ['万元', g.pick([0, 1]), 1];
  const units = R.units; const urows = [];
  for (const u of units) {
    const vc = rd(g.real(50, 3000) * (c.lvl === 'province' ? 20 : 1), dec), vp = rd(vc / g.real(0.8, 1.4), dec);
    const rawc = vc * g.real(6, 14), rawp = vp * g.real(6, 14); // 万元
    const mc = rd(rawc / money[2], money[1]), mp = rd(rawp / money[2], money[1]);
    urows.push({ key: u, label: u, level: 1, raw: [rawc / money[2], rawp / money[2]], vals: { vc, vp, vg: gr(vc, vp), qz: rd(vc * g.real(0.1, 0.5), dec), mc, mp, mg: gr(mc, mp) } });
  }
  const rels = []; const tot = { key: 'T', label: R.all, vals: {} };
  const dists = urows.filter((r) => /区$/.test(r.key)); const subtot = c.lvl === 'city' && dists.length >= 2 && g.chance(0.6);
  const mk = (row, parts) => {
    for (const k of ['vc', 'vp', 'qz']) row.vals[k] = rd(parts.reduce((s, r) => s + r.vals[k], 0), dec);
    row.raw = [0, 1].map((i) => parts.reduce((s, r) => s + r.raw[i], 0));
    row.vals.mc = rd(row.raw[0], money[1]); row.vals.mp = rd(row.raw[1], money[1]);
    row.vals.vg = gr(row.vals.vc, row.vals.vp); row.vals.mg = gr(row.vals.mc, row.vals.mp);
    for (const k of ['vc', 'vp', 'qz']) rels.push({ type: 'sum', total: [row.key, k], parts: parts.map((r) => [r.key, k]), tol: half(dec) });
    for (const k of ['mc', 'mp']) rels.push({ type: 'sum', total: [row.key, k], parts: parts.map((r) => [r.key, k]), tol: 0.5 * Math.pow(10, -money[1]) * (parts.length + 1) + 1e-9 });
  };
  let order;
  if (subtot) { const st = { key: 'SUB', label: '市辖区', vals: {} }; for (const d of dists) d.level = 2; mk(st, dists); const cn = urows.filter((r) => !/区$/.test(r.key)); mk(tot, [st, ...cn]); order = [st, ...dists, ...cn]; urows.push(st); }
  else { mk(tot, urows); order = urows; }
  for (const r of [tot, ...urows]) { rels.push({ type: 'growth', cell: [r.key, 'vg'], cur: [r.key, 'vc'], prev: [r.key, 'vp'], tol: half(1) }, { type: 'growth', cell: [r.key, 'mg'], cur: [r.key, 'mc'], prev: [r.key, 'mp'], tol: half(1) }, { type: 'le', part: [r.key, 'qz'], whole: [r.key, 'vc'], tol: 1e-9 }); }
  const rows = c.totalBottom ? [...order, tot] : [tot, ...order];
  const cols = [{ key: 'vc', hdr: ['快递业务量', '本年'], unit: '万件', dec }, { key: 'qz', hdr: ['快递业务量', '其中：同城'], unit: '万件', dec }, { key: 'vp', hdr: ['快递业务量', '上年'], unit: '万件', dec }, { key: 'vg', hdr: ['快递业务量', '增长'], unit: '%', dec: 1 },
    { key: 'mc', hdr: ['快递业务收入', '本年'], unit: money[0], dec: money[1] }, { key: 'mp', hdr: ['快递业务收入', '上年'], unit: money[0], dec: money[1] }, { key: 'mg', hdr: ['快递业务收入', '增长'], unit: '%', dec: 1 }];
  return { title: `${c.year}年${c.place}快递业务量及业务收入`, stub: g.pick(['地区', '县（市、区）', '单位']), cols, rows, rels, notes: g.chance(0.5) ? ['注：业务收入合计与分项之和因四舍五入略有差异。'] : [] };
}
function tRoads(g, c) {
  const R = ctxRegions(g, c.lvl), dec = g.pick([0, 1, 2]), ddec = g.pick([1, 2]); const rels = []; const parts = [];
  const grades = [['gs', '高速'], ['g1', '一级'], ['g2', '二级'], ['g3', '三级'], ['g4', '四级']];
  const sc = c.lvl === 'province' ? 8 : 1;
  for (const u of R.units) {
    const v = {}; const area = g.int(300, 3000) * sc;
    for (const [k] of grades) v[k] = k === 'gs' && g.chance(0.3) ? null : k === 'g1' && g.chance(0.2) ? 0 : rd(area * g.real(k === 'g4' ? 0.5 : 0.01, k === 'g4' ? 1.2 : 0.12), dec);
    v.gw = g.chance(0.2) ? null : rd(area * g.real(0, 0.2), dec);
    v.gt = rd(grades.reduce((s, [k]) => s + (v[k] || 0), 0), dec); v.tot = rd(v.gt + (v.gw || 0), dec); v.area = area; v.den = rd(v.tot / area * 100, ddec);
    parts.push({ key: u, label: u, level: 1, vals: v });
  }
  const tot = { key: 'T', label: R.all, vals: {} };
  for (const k of ['gs', 'g1', 'g2', 'g3', 'g4', 'gw', 'gt', 'tot', 'area']) { tot.vals[k] = rd(parts.reduce((s, r) => s + (r.vals[k] || 0), 0), k === 'area' ? 0 : dec); rels.push({ type: 'sum', total: ['T', k], parts: parts.map((r) => [r.key, k]), tol: half(k === 'area' ? 0 : dec) }); }
  tot.vals.den = rd(tot.vals.tot / tot.vals.area * 100, ddec);
  for (const r of [tot, ...parts]) {
    rels.push({ type: 'sum', total: [r.key, 'gt'], parts: grades.map(([k]) => [r.key, k]), tol: half(dec) }, { type: 'sum', total: [r.key, 'tot'], parts: [[r.key, 'gt'], [r.key, 'gw']], tol: half(dec) });
    rels.push({ type: 'rate', cell: [r.key, 'den'], num: [r.key, 'tot'], den: [r.key, 'area'], k: 100, tol: half(ddec) });
  }
  const L = '公路里程';
  const cols = [{ key: 'tot', hdr: [L, '合计'], unit: '公里', dec }, { key: 'gt', hdr: [L, '等级公路', '小计'], unit: '公里', dec }, ...grades.map(([k, n]) => ({ key: k, hdr: [L, '等级公路', n], unit: '公里', dec })),
    { key: 'gw', hdr: [L, '等外公路'], unit: '公里', dec }, { key: 'area', hdr: ['国土面积'], unit: '平方公里', dec: 0 }, { key: 'den', hdr: ['公路密度'], unit: '公里/百平方公里', dec: ddec }];
  return { title: `${c.year}年末${c.place}公路里程`, stub: g.pick(['地区', '县（市、区）', '乡镇']), cols, rows: c.totalBottom ? [...parts, tot] : [tot, ...parts], rels, notes: ['注：公路密度=公路里程/国土面积×100。'] };
}
function tVehicles(g, c) {
  const Y = c.year, n = g.int(5, 9), big = c.lvl !== 'county'; const unit = big ? '万辆' : '辆', dec = big ? 2 : 0;
  const permil = g.chance(0.4); const rows = [], rels = [];
  let base = big ? g.real(20, 300) * (c.lvl === 'province' ? 10 : 1) : g.real(8000, 60000);
  for (let i = 0; i < n; i++) {
    const y = Y - n + 1 + i; base *= g.real(1.03, 1.15);
    const ke = rd(base * g.real(0.8, 0.9), dec), huo = rd(base * g.real(0.08, 0.15), dec), qt = rd(base * g.real(0.002, 0.02), dec);
    const tot = rd(ke + huo + qt, dec); const sr = rd(tot * g.real(0.75, 0.92), dec), xny = rd(tot * Math.min(0.3, 0.005 * Math.pow(1.45, i)), dec);
    const share = rd(xny / tot * (permil ? 1000 : 100), permil ? 1 : 2);
    rows.push({ key: 'y' + y, label: `${y}年`, vals: { tot, ke, huo, qt, sr, xny, share } });
  }
  for (let i = 0; i < n; i++) { const r = rows[i]; if (i === 0) r.vals.g = null; else { r.vals.g = gr(r.vals.tot, rows[i - 1].vals.tot); rels.push({ type: 'growth', cell: [r.key, 'g'], cur: [r.key, 'tot'], prev: [rows[i - 1].key, 'tot'], tol: half(1) }); }
    rels.push({ type: 'sum', total: [r.key, 'tot'], parts: [[r.key, 'ke'], [r.key, 'huo'], [r.key, 'qt']], tol: half(dec) }, { type: 'le', part: [r.key, 'sr'], whole: [r.key, 'tot'], tol: 1e-9 }, { type: 'le', part: [r.key, 'xny'], whole: [r.key, 'tot'], tol: 1e-9 });
    rels.push({ type: 'rate', cell: [r.key, 'share'], num: [r.key, 'xny'], den: [r.key, 'tot'], k: permil ? 1000 : 100, tol: half(permil ? 1 : 2) }); }
  const cols = [{ key: 'tot', hdr: ['民用汽车拥有量'], unit, dec }, { key: 'ke', hdr: ['按用途分', '载客汽车'], unit, dec }, { key: 'huo', hdr: ['按用途分', '载货汽车'], unit, dec }, { key: 'qt', hdr: ['按用途分', '其他汽车'], unit, dec },
    { key: 'sr', hdr: ['其中', '私人汽车'], unit, dec }, { key: 'xny', hdr: ['其中', '新能源汽车'], unit, dec }, { key: 'share', hdr: ['新能源汽车占比'], unit: permil ? '‰' : '%', dec: permil ? 1 : 2 }, { key: 'g', hdr: ['汽车拥有量比上年增长'], unit: '%', dec: 1 }];
  return { title: `${c.place}民用汽车拥有量（${Y - n + 1}-${Y}年）`, stub: '年份', cols, rows: c.yearsDesc ? rows.slice().reverse() : rows, rels, notes: g.chance(0.5) ? ['注：本表为年末数。'] : [] };
}
function tIndicators(g, c) {
  const Y = c.year, ny = g.int(3, 5), years = []; for (let i = ny - 1; i >= 0; i--) years.push(Y - i);
  const sc = c.lvl === 'province' ? 50 : c.lvl === 'city' ? 8 : 1; const rows = [], rels = [];
  const cols = years.map((y) => ({ key: 'y' + y, hdr: [`${y}年`] })); cols.push({ key: 'g', hdr: [`${Y}年比上年增长`], unit: '%', dec: 1 });
  const blocks = [['P', '客运量', '万人', 1, [['公路', 600], ['铁路', 200], ['水路', 20]]], ['F', '货运量', '万吨', 0, [['公路', 5000], ['铁路', 1500], ['水路', 800]]], ['X', '快递业务量', '万件', 2, null], ['Y', '邮政业务总量', '万元', 1, null]];
  for (const [bk, lbl, unit, dec, parts] of blocks) {
    const tot = { key: bk, label: lbl, unit, dec, vals: {} }; rows.push(tot); const hb = g.chance(0.4);
    if (parts) {
      const prs = parts.map(([p, b]) => ({ key: bk + p, label: p, level: 1, hash: hb, unit, dec, vals: {}, b: b * sc * g.real(0.5, 1.5) }));
      for (const y of years) { for (const p of prs) { p.b *= g.real(0.85, 1.15); p.vals['y' + y] = rd(p.b, dec); } tot.vals['y' + y] = rd(prs.reduce((s, p) => s + p.vals['y' + y], 0), dec);
        rels.push({ type: 'sum', total: [bk, 'y' + y], parts: prs.map((p) => [p.key, 'y' + y]), tol: half(dec) }); }
      rows.push(...prs);
    } else { let b = (bk === 'X' ? 300 : 2000) * sc * g.real(0.5, 1.5); for (const y of years) { b *= g.real(0.95, 1.3); tot.vals['y' + y] = rd(b, dec); } }
  }
  for (const r of rows) { r.vals.g = gr(r.vals['y' + Y], r.vals['y' + (Y - 1)]); rels.push({ type: 'growth', cell: [r.key, 'g'], cur: [r.key, 'y' + Y], prev: [r.key, 'y' + (Y - 1)], tol: half(1) }); }
  return { title: `${c.place}交通运输和邮电主要指标`, stub: '指标', rowUnits: true, cols, rows, rels, notes: [] };
}
function tExpressMonth(g, c) {
  const M = g.int(4, 12), rows = [], rels = [], sc = c.lvl === 'province' ? 30 : c.lvl === 'city' ? 4 : 0.5, mdec = g.pick([0, 1]);
  let cv = 0, cm = 0;
  for (let i = 1; i <= M; i++) {
    const v = rd(g.real(200, 600) * sc, 2), p = rd(v / g.real(0.8, 1.4), 2), m = rd(v * g.real(6, 12), mdec);
    cv = rd(cv + v, 2); cm = rd(cm + m, mdec);
    rows.push({ key: 'm' + i, label: `${i}月`, vals: { v, cv, p, gv: gr(v, p), m, cm } });
    const k = 'm' + i, pk = 'm' + (i - 1);
    rels.push({ type: 'sum', total: [k, 'cv'], parts: i === 1 ? [[k, 'v']] : [[pk, 'cv'], [k, 'v']], tol: half(2) }, { type: 'sum', total: [k, 'cm'], parts: i === 1 ? [[k, 'm']] : [[pk, 'cm'], [k, 'm']], tol: half(mdec) });
    rels.push({ type: 'growth', cell: [k, 'gv'], cur: [k, 'v'], prev: [k, 'p'], tol: half(1) }, { type: 'le', part: [k, 'v'], whole: [k, 'cv'], tol: 1e-9 });
  }
  const cols = [{ key: 'v', hdr: ['快递业务量', '本月'], unit: '万件', dec: 2 }, { key: 'cv', hdr: ['快递业务量', '累计'], unit: '万件', dec: 2 }, { key: 'p', hdr: ['快递业务量', '上年同月'], unit: '万件', dec: 2 }, { key: 'gv', hdr: ['快递业务量', '同比增长'], unit: '%', dec: 1 },
    { key: 'm', hdr: ['快递业务收入', '本月'], unit: '万元', dec: mdec }, { key: 'cm', hdr: ['快递业务收入', '累计'], unit: '万元', dec: mdec }];
  return { title: `${c.year}年${c.place}快递业务分月情况`, stub: '月份', cols, rows, rels, notes: g.chance(0.5) ? ['注：累计为1月至本月合计。'] : [] };
}
const TYPES = { passenger: tPassenger, freight: tFreightMonth, port: tPort, express: tExpress, roads: tRoads, vehicles: tVehicles, indicators: tIndicators, expmonth: tExpressMonth };
const SHEETNAMES = { passenger: ['客运量', '旅客运输', '表1'], freight: ['货运', '货物运输量', '表2'], port: ['港口吞吐量', '港口', '表3'], express: ['快递', '快递业务', '表4'], roads: ['公路里程', '公路', '表5'], vehicles: ['汽车拥有量', '民用汽车', '表6'], indicators: ['主要指标', '交通邮电', '表7'], expmonth: ['快递分月', '邮政快递', '表8'] };
// ---------- layout ----------
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
function layout(spec, g, V) {
  const cells = new Map(), merges = []; const A = (r, c) => colL(c) + r;
  const put = (r, c, v, o = {}) => cells.set(A(r, c), { v, ...o });
  const units = [...new Set(spec.cols.map((c) => c.unit).filter(Boolean))];
  let unitMode;
  if (spec.rowUnits) unitMode = g.pick(['label', 'unitcol']);
  else if (units.length === 1 && spec.cols.every((c) => c.unit === units[0])) unitMode = g.pick(['line', 'header', 'unitrow']);
  else unitMode = V === 1 ? g.pick(['unitrow', 'unitrow', 'header']) : g.pick(['header', 'header', 'unitrow']);
  const paren = g.chance(0.7) ? (u) => `（${u}）` : (u) => `(${u})`;
  const indentMode = V === 1 ? g.pick(['excel', 'excel', 'spaces']) : g.pick(['spaces', 'excel', 'none']);
  const dash = g.pick(['—', '-', '…', '']); const textP = V === 1 ? 0.08 : 0.03;
  const stubCols = unitMode === 'unitcol' ? 2 : 1; const ncol = stubCols + spec.cols.length;
  let r = 1;
  put(r, 1, spec.title, { bold: true, center: true }); merges.push([r, 1, r, ncol]); r++;
  if (unitMode === 'line') { put(r, g.chance(0.5) ? 1 : ncol, `单位：${units[0]}`); r++; } else if (g.chance(0.3)) r++;
  const D = Math.max(...spec.cols.map((c) => c.hdr.length)); const h0 = r;
  const hdrs = spec.cols.map((c) => { const h = c.hdr.slice(); if (unitMode === 'header' && c.unit) h[h.length - 1] += paren(c.unit); return h; });
  put(h0, 1, spec.stub, { center: true }); merges.push([h0, 1, h0 + D - 1 + (unitMode === 'unitrow' ? 1 : 0), 1]);
  if (stubCols === 2) { put(h0, 2, '计量单位', { center: true }); merges.push([h0, 2, h0 + D - 1, 2]); }
  for (let l = 0; l < D; l++) {
    let i = 0;
    while (i < spec.cols.length) {
      const h = hdrs[i]; if (l >= h.length) { i++; continue; }
      if (l === h.length - 1 && h.length < D) { put(h0 + l, stubCols + 1 + i, h[l], { center: true }); merges.push([h0 + l, stubCols + 1 + i, h0 + D - 1, stubCols + 1 + i]); i++; continue; }
      let j = i; const key = h.slice(0, l + 1).join('|');
      while (j + 1 < spec.cols.length && hdrs[j + 1].length > l && hdrs[j + 1].slice(0, l + 1).join('|') === key && !(l === hdrs[j + 1].length - 1 && hdrs[j + 1].length < D) && l < h.length - 1) j++;
      put(h0 + l, stubCols + 1 + i, h[l], { center: true }); if (j > i) merges.push([h0 + l, stubCols + 1 + i, h0 + l, stubCols + 1 + j]); i = j + 1;
    }
  }
  r = h0 + D;
  if (unitMode === 'unitrow') { spec.cols.forEach((c, i) => put(r, stubCols + 1 + i, c.unit || '', { center: true })); r++; }
  const addr = {}; const subStyle = g.pick(['hash', 'qz']);
  let firstSub = true;
  for (const row of spec.rows) {
    let label = row.label; const lvl = row.level || 0;
    if (row.sub) { label = subStyle === 'hash' ? '#' + label : (firstSub ? '其中：' + label : label); firstSub = false; }
    if (row.hash) label = '#' + label;
    let indent = 0;
    if (lvl && indentMode === 'spaces') label = '  '.repeat(lvl) + label; else if (lvl && indentMode === 'excel') indent = lvl;
    if (spec.rowUnits && unitMode === 'label') label += paren(row.unit);
    put(r, 1, label, { indent });
    if (stubCols === 2) put(r, 2, row.unit, { center: true });
    spec.cols.forEach((c, i) => {
      const cc = stubCols + 1 + i; addr[row.key + '|' + c.key] = A(r, cc);
      if (!(c.key in row.vals)) return;
      const v = row.vals[c.key]; const dec = c.dec != null && c.unit === '%' ? c.dec : (row.dec != null ? row.dec : c.dec);
      if (v == null) { if (dash) put(r, cc, dash, { center: true }); return; }
      put(r, cc, v, { dec, text: g.chance(textP) });
    });
    r++;
  }
  if (spec.notes.length) { r++; for (const n of spec.notes) { put(r, 1, n); r++; } }
  const res = (x) => { const a = addr[x[0] + '|' + x[1]]; if (!a) throw new Error('no addr ' + x); return a; };
  const rels = spec.rels.map((q) => { const o = { type: q.type, tol: q.tol }; for (const k of ['total', 'part', 'whole', 'cell', 'num', 'den', 'cur', 'prev', 'a', 'b']) if (q[k]) o[k] = res(q[k]); if (q.parts) o.parts = q.parts.map(res); if (q.k) o.k = q.k; return o; });
  return { cells, merges, rels, ncol };
}
// ---------- relation eval (shared with verify) ----------
const num = (v) => { if (v == null || v === '') return 0; if (typeof v === 'number') return v; const s = String(v).replace(/[,\s]/g, ''); return /^-?\d+(\.\d+)?$/.test(s) ? +s : 0; };
function dev(q, get) {
  const x = (a) => num(get(a));
  switch (q.type) {
    case 'sum': return Math.abs(x(q.total) - q.parts.reduce((s, a) => s + x(a), 0));
    case 'le': return Math.max(0, x(q.part) - x(q.whole));
    case 'rate': return Math.abs(x(q.cell) - x(q.num) / x(q.den) * q.k);
    case 'growth': return Math.abs(x(q.cell) - (x(q.cur) / x(q.prev) - 1) * 100);
    case 'diff': return Math.abs(x(q.cell) - (x(q.a) - x(q.b)));
  }
}
const cellsOf = (q) => [q.total, q.part, q.whole, q.cell, q.num, q.den, q.cur, q.prev, q.a, q.b, ...(q.parts || [])].filter(Boolean);
module.exports = { dev, num, cellsOf };
// ---------- plant ----------
function plant(sheet, g) {
  const cnt = {}; for (const q of sheet.rels) for (const a of new Set(cellsOf(q))) cnt[a] = (cnt[a] || 0) + 1;
  const cands = [];
  sheet.rels.forEach((q, i) => {
    const roles = q.type === 'sum' ? [['total', q.total], ...q.parts.map((p) => ['part', p])] : q.type === 'le' ? [['qizhong', q.part]] : [[q.type === 'diff' ? 'points' : q.type, q.cell]];
    for (const [kind, a] of roles) { const c = sheet.cells.get(a); if (c && typeof c.v === 'number' && c.v !== 0 && cnt[a] === 1) cands.push({ i, kind, a }); }
  });
  if (!cands.length) return null;
  // prefer variety of kinds
  const kinds = [...new Set(cands.map((c) => c.kind))]; const kd = g.pick(kinds); const cd = g.pick(cands.filter((c) => c.kind === kd));
  const q = sheet.rels[cd.i], cell = sheet.cells.get(cd.a), was = cell.v, dec = cell.dec || 0, u = Math.pow(10, -dec);
  const get = (a) => { const c = sheet.cells.get(a); return c ? c.v : null; };
  for (let t = 0; t < 50; t++) {
    let now;
    if (kd === 'qizhong') now = rd(num(get(q.whole)) * g.real(1.05, 1.4) + u * g.int(1, 5), dec);
    else if (kd === 'rate' || kd === 'growth' || kd === 'points') now = rd(was + (g.chance(0.5) ? 1 : -1) * g.real(0.8, 6) * (q.k === 1000 ? 3 : 1) * Math.max(1, Math.abs(was) * 0.1), dec);
    else now = rd(was * (1 + (g.chance(0.5) ? 1 : -1) * g.real(0.03, 0.15)) + (g.chance(0.5) ? 1 : -1) * u * g.int(3, 30), dec);
    if (now < 0 && kd !== 'growth' && kd !== 'points') continue;
    cell.v = now; if (dev(q, get) >= 3 * q.tol + u && now !== was) return { cell: cd.a, was, now, kind: kd, rel: q };
    cell.v = was;
  }
  return null;
}
// ---------- main ----------
async function main() {
  const manifest = [];
  for (let b = 0; b < N; b++) {
    const g = G(SEED * 100003 + b * 7919 + 17);
    const lvl = g.pick(['county', 'city', 'city', 'province']); const place = lvl === 'province' ? g.pick(['某省', '本省', '全省']) : lvl === 'city' ? g.pick(CITIES) : g.pick(CNTY);
    const nsh = g.pick([1, 1, 2, 2, 3, 4]); const types = g.shuffle(Object.keys(TYPES)).slice(0, nsh);
    const sheets = [];
    for (const t of types) {
      const c = { lvl, place, year: g.int(2019, 2024), totalBottom: VARIANT === 1 ? g.chance(0.6) : g.chance(0.25), yearsDesc: g.chance(0.3), all: lvl === 'province' ? '全省' : lvl === 'city' ? g.pick(['全市', '合计']) : g.pick(['全县', '合计']) };
      const spec = TYPES[t](g, c); const L = layout(spec, g, VARIANT);
      let name = g.pick(SHEETNAMES[t]); while (sheets.some((s) => s.name === name)) name += '2';
      sheets.push({ name, ...L });
    }
    const file = `${SET}-${String(b).padStart(3, '0')}.xlsx`; const plants = [];
    if (b < Math.round(N * PF)) { for (const s of g.shuffle(sheets)) { const p = plant(s, g); if (p) { plants.push({ sheet: s.name, ...p }); break; } } }
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      for (const [a, c] of s.cells) {
        const cell = ws.getCell(a);
        if (typeof c.v === 'number') { if (c.text) { cell.value = c.v.toFixed(c.dec || 0); cell.alignment = { horizontal: 'right' }; } else { cell.value = c.v; cell.numFmt = c.dec ? '0.' + '0'.repeat(c.dec) : (Math.abs(c.v) >= 10000 && g.chance(0.5) ? '#,##0' : '0'); } }
        else cell.value = c.v;
        if (c.bold) cell.font = { bold: true, size: 14 };
        if (c.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        if (c.indent) cell.alignment = { indent: c.indent };
      }
      for (const m of s.merges) ws.mergeCells(...m);
      ws.getColumn(1).width = 18; for (let i = 2; i <= s.ncol; i++) ws.getColumn(i).width = 12;
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join(RELD, file + '.json'), JSON.stringify(Object.fromEntries(sheets.map((s) => [s.name, s.rels])), null, 0));
    manifest.push({ file, plants: plants.map(({ sheet, cell, was, now, kind, rel }) => ({ sheet, cell, was, now, kind, rel })) });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, N, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
