// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VS || 0);
const ROOT = '/tmp/round119a';
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });

function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const half = (d) => 0.5 * Math.pow(10, -d) + 1e-9;

const TOWNS = ['城关镇', '东关镇', '西河镇', '南湖乡', '北山乡', '石桥镇', '柳林镇', '桃园乡', '新庄镇', '马集镇', '白沙乡', '青山镇', '杨柳乡', '龙泉镇', '河口镇', '大王庄乡', '黄土坡乡', '双庙镇'];
const COUNTIES = ['东城区', '西山县', '南河县', '北岭县', '清水县', '永安县', '平阳县', '丰乐县', '安宁区', '长乐县', '高桥县', '云溪县'];
const CITIES = ['临江市', '云山市', '河阳市', '白水市', '金川市', '泰和市', '丹江市', '青原市', '石门市', '凤城市'];
const PLACE_C = ['江北', '岭南', '河西', '湖东', '山阳'];

// ---------- logical tables ----------
// table: {title, unitLine, cols:[{name, unit, group, dec}], rows:[{label, indent, vals:[...], total}], rels:[], notes:[], labelHead}
// rel refs: [rowIdx, colIdx]
function regions(level) {
  if (level === 'county') return { totalName: pick(['合计', '全县', '总计']), names: shuffle(TOWNS).slice(0, ri(5, 12)) };
  if (level === 'city') return { totalName: pick(['全市', '合计', '总计']), names: shuffle(COUNTIES).slice(0, ri(4, 9)) };
  return { totalName: pick(['全省', '合计', '总计']), names: shuffle(CITIES).slice(0, ri(5, 10)) };
}
function sumRels(t, totalRow, partRows, cols, tolFn) {
  for (const c of cols) t.rels.push({ type: 'sum', target: [totalRow, c], parts: partRows.map((r) => [r, c]), tol: tolFn ? tolFn(c, partRows.length) : half(t.cols[c].dec || 0) });
}
function addTotalRow(t, label, partRows, cols, where) {
  const row = { label, vals: [], total: true };
  for (const c of cols) { let s = 0; for (const r of partRows) s += t.rows[r].vals[c] || 0; row.vals[c] = rnd(s, t.cols[c].dec || 0); }
  return row;
}

function tCoopRegion(level, yr) {
  const reg = regions(level);
  const money = level === 'province' ? { u: '亿元', d: 2, f: 1e4 } : { u: '万元', d: pick([0, 1, 2]), f: 1 };
  const scale = level === 'county' ? 1 : level === 'city' ? 6 : 40;
  const cols = [
    { name: '合作社数', unit: '个', dec: 0 }, { name: '示范社', unit: '个', dec: 0, group: '其中' }, { name: '农机合作社', unit: '个', dec: 0, group: '其中' },
    { name: '成员数', unit: '户', dec: 0 }, { name: '带动农户', unit: '户', dec: 0 },
    { name: '经营收入', unit: money.u, dec: money.d }, { name: '可分配盈余', unit: money.u, dec: money.d }, { name: '盈余返还', unit: money.u, dec: money.d },
    { name: '返还比例', unit: '%', dec: 1 },
  ];
  const t = { title: `${yr}年${pick(['各乡镇', '分地区', '各县（市、区）', ''])}农民专业合作社发展情况`, cols, rows: [], rels: [], notes: [] };
  if (level !== 'county') t.title = t.title.replace('各乡镇', '分地区');
  const roundedTotals = money.u === '亿元' || chance(0.3);
  const raw = [];
  for (const nm of reg.names) {
    const n = ri(20, 260) * scale; const demo = ri(0, Math.floor(n * 0.15)); const nj = ri(0, Math.floor(n * 0.1));
    const mem = n * ri(8, 60); const dd = mem * ri(2, 6) + ri(0, 999);
    const inc = n * (30 + R() * 200) / money.f; const sur = inc * (0.05 + R() * 0.15); const ret = sur * (0.6 + R() * 0.3);
    raw.push([n, demo, nj, mem, dd, inc, sur, ret]);
  }
  const mk = (label, v) => {
    const vals = [v[0], v[1], v[2], v[3], v[4], rnd(v[5], money.d), rnd(v[6], money.d), rnd(v[7], money.d)];
    vals[8] = vals[6] > 0 ? rnd(vals[7] / vals[6] * 100, 1) : null;
    return { label, vals };
  };
  const parts = raw.map((v, i) => mk(reg.names[i], v));
  let tot;
  if (roundedTotals) { const s = raw[0].map((_, j) => raw.reduce((a, v) => a + v[j], 0)); tot = mk(reg.totalName, s); }
  else { const s = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => rnd(parts.reduce((a, p) => a + p.vals[j], 0), j >= 5 ? money.d : 0)); tot = mk(reg.totalName, s); }
  tot.total = true;
  const top = chance(VARIANT ? 0.5 : 0.7);
  if (level === 'city' && parts.length >= 5 && !roundedTotals && chance(0.5)) {
    // 市辖区 subtotal over the first k districts
    const k = ri(2, 3); const ds = parts.slice(0, k); ds.forEach((p, i) => { p.label = ['中心区', '开发区', '新城区'][i]; p.indent = 1; });
    const sv = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => rnd(ds.reduce((a, p) => a + p.vals[j], 0), j >= 5 ? money.d : 0));
    const sub = mk(pick(['市辖区', '市区小计', '城区']), sv); sub.subtotal = true;
    const rest = parts.slice(k);
    t.rows = top ? [tot, sub, ...ds, ...rest] : [sub, ...ds, ...rest, tot];
    const ix = (o) => t.rows.indexOf(o);
    const S = ix(sub), T = ix(tot);
    sumRels(t, S, ds.map(ix), [0, 1, 2, 3, 4, 5, 6, 7]);
    sumRels(t, T, [S, ...rest.map(ix)], [0, 1, 2, 3, 4, 5, 6, 7]);
  } else {
  t.rows = top ? [tot, ...parts] : [...parts, tot];
  const T = top ? 0 : parts.length, P = parts.map((_, i) => top ? i + 1 : i);
  sumRels(t, T, P, [0, 1, 2, 3, 4]);
  sumRels(t, T, P, [5, 6, 7], (c, n) => roundedTotals ? half(money.d) * (n + 1) : half(money.d));
  }
  t.rows.forEach((row, r) => {
    t.rels.push({ type: 'le', part: [r, 1], whole: [r, 0], tol: 0 });
    t.rels.push({ type: 'le', part: [r, 2], whole: [r, 0], tol: 0 });
    t.rels.push({ type: 'le', part: [r, 7], whole: [r, 6], tol: 0 });
    if (row.vals[8] != null) t.rels.push({ type: 'rate', cell: [r, 8], num: [r, 7], den: [r, 6], k: 100, tol: half(1) });
  });
  if (chance(0.5)) t.notes.push('注：返还比例=盈余返还÷可分配盈余×100%。');
  if (roundedTotals && chance(0.6)) t.notes.push('注：部分合计数因四舍五入与分项之和略有出入。');
  t.labelHead = pick(['地区', '乡镇', '单位', '项目']);
  return t;
}

function tIndustry(level, y1, y2) {
  const cats = [
    { label: '种植业', subs: ['粮食', '蔬菜', '水果', '茶叶'] }, { label: '养殖业', subs: ['生猪', '家禽', '水产'] },
    { label: '农机服务' }, { label: '植保服务' }, { label: '休闲农业' }, { label: '其他' }];
  const scale = level === 'county' ? 1 : level === 'city' ? 5 : 30;
  const withMem = chance(0.5);
  const cols = [];
  cols.push({ name: '合作社数', unit: '个', dec: 0, group: `${y1}年`, yr: 1 }, ...(withMem ? [{ name: '成员数', unit: '户', dec: 0, group: `${y1}年`, yr: 1 }] : []));
  cols.push({ name: '合作社数', unit: '个', dec: 0, group: `${y2}年`, yr: 2 }, ...(withMem ? [{ name: '成员数', unit: '户', dec: 0, group: `${y2}年`, yr: 2 }] : []));
  const gName = pick(['增长(%)', '比上年增长（%）', '增速（%）']);
  cols.push({ name: withMem ? '合作社数' : gName, unit: '', dec: 1, group: withMem ? gName : undefined, growth: 0 });
  if (withMem) cols.push({ name: '成员数', unit: '', dec: 1, group: gName, growth: 1 });
  const nv = withMem ? 2 : 1;
  const t = { title: `${pick(['农民专业合作社按行业分类情况', '分行业农民合作社数量', '农民合作社行业分布'])}`, cols, rows: [], rels: [], notes: [] };
  const gen = () => { const a = ri(3, 120) * scale; const b = Math.max(0, a + ri(-Math.floor(a * 0.2), Math.floor(a * 0.3))); return [a, b]; };
  const rowsRaw = [];
  const qizhongStyle = pick(['qizhong', 'hash', 'indent']);
  for (const c of cats) {
    const cnt = gen(); const mem = [cnt[0] * ri(10, 40), cnt[1] * ri(10, 40)];
    const top = { label: c.label, v: [cnt, mem], lvl: 0 };
    rowsRaw.push(top);
    if (c.subs) {
      const subs = c.subs.slice(0, ri(2, c.subs.length));
      subs.forEach((s, k) => {
        const f = () => (0.15 + R() * 0.75) / subs.length;
        const sc = [Math.floor(cnt[0] * f()), Math.floor(cnt[1] * f())]; const sm = [Math.floor(mem[0] * f()), Math.floor(mem[1] * f())];
        let label = s;
        if (qizhongStyle === 'qizhong') label = (k === 0 ? '其中：' : '      ') + s; else if (qizhongStyle === 'hash') label = '#' + s; else label = s;
        rowsRaw.push({ label, v: [sc, sm], lvl: 1, parent: top });
      });
    }
  }
  const mkVals = (v) => { const vals = []; for (let yi = 0; yi < 2; yi++) { vals.push(v[0][yi]); if (withMem) vals.push(v[1][yi]); } for (let k = 0; k < nv; k++) { const p = v[k][0], c = v[k][1]; vals.push(p > 0 ? rnd((c / p - 1) * 100, 1) : null); } return vals; };
  const tot = { label: pick(['总计', '合计', '全部']), total: true, v: [[0, 0], [0, 0]] };
  for (const r of rowsRaw) if (r.lvl === 0) for (let k = 0; k < 2; k++) for (let y = 0; y < 2; y++) tot.v[k][y] += r.v[k][y];
  const top = chance(0.75);
  const all = top ? [tot, ...rowsRaw] : [...rowsRaw, tot];
  t.rows = all.map((r) => ({ label: r.label, vals: mkVals(r.v), total: r.total, indent: r.lvl === 1 && qizhongStyle === 'indent' ? 1 : 0, _r: r }));
  const idx = new Map(all.map((r, i) => [r, i]));
  const T = idx.get(tot), P = rowsRaw.filter((r) => r.lvl === 0).map((r) => idx.get(r));
  sumRels(t, T, P, [...Array(2 * nv).keys()]);
  for (const r of rowsRaw) if (r.lvl === 1) for (let c = 0; c < 2 * nv; c++) t.rels.push({ type: 'le', part: [idx.get(r), c], whole: [idx.get(r.parent), c], tol: 0 });
  for (const p of rowsRaw) { const subs = rowsRaw.filter((r) => r.parent === p); if (subs.length > 1) for (let c = 0; c < 2 * nv; c++) t.rels.push({ type: 'lesum', parts: subs.map((r) => [idx.get(r), c]), whole: [idx.get(p), c], tol: 0 }); }
  t.rows.forEach((row, i) => { for (let k = 0; k < nv; k++) { const gc = 2 * nv + k; if (row.vals[gc] != null) t.rels.push({ type: 'growth', cell: [i, gc], cur: [i, nv + k], prev: [i, k], tol: half(1) }); } });
  // zero/dash
  t.labelHead = pick(['行业', '项目', '类别']);
  t.unitLine = '单位：个、户、%';
  if (chance(0.5)) t.notes.push('注：按合作社主营业务划分。');
  return t;
}

function tDemo(y1, y2, level) {
  const lv = ['国家级', '省级', '市级', '县级'];
  const scale = level === 'county' ? 1 : level === 'city' ? 4 : 25;
  if (chance(0.5)) {
    // years as rows
    const ys = []; for (let y = y2 - ri(2, 5); y <= y2; y++) ys.push(y);
    const grp = chance(0.5) ? pick(['按级别分', '其中']) : undefined;
    const cols = [{ name: '合计', unit: '个', dec: 0 }, ...lv.map((l) => ({ name: l, unit: '个', dec: 0, group: grp }))];
    const t = { title: `历年农民合作社示范社数量`, cols, rows: [], rels: [], notes: [], labelHead: '年份' };
    let base = lv.map((_, i) => ri(1, 5) * scale * (i + 1));
    for (const y of ys) { base = base.map((b) => b + ri(0, Math.ceil(b * 0.2))); t.rows.push({ label: `${y}${chance(0.5) ? '年' : ''}`, vals: [base.reduce((a, b) => a + b, 0), ...base] }); }
    const last = chance(0.4);
    if (last) { cols.push(cols.shift()); t.rows.forEach((r) => r.vals.push(r.vals.shift())); }
    t.rows.forEach((r, i) => t.rels.push({ type: 'sum', target: [i, last ? 4 : 0], parts: (last ? [0, 1, 2, 3] : [1, 2, 3, 4]).map((c) => [i, c]), tol: half(0) }));
    t.unitLine = '单位：个';
    return t;
  }
  const cols = [{ name: `${y1}年`, unit: '个', dec: 0 }, { name: `${y2}年`, unit: '个', dec: 0 }, { name: '增减', unit: '个', dec: 0 }, { name: '增长', unit: '%', dec: 1 }];
  const t = { title: `${y2}年农民合作社示范社分级情况`, cols, rows: [], rels: [], notes: [], labelHead: '级别' };
  const parts = lv.map((l, i) => { const a = ri(1, 8) * scale * (i + 1); const b = a + ri(-1, Math.ceil(a * 0.25)); return { label: l, a: Math.max(a, 0), b: Math.max(b, 1) }; });
  const tot = { label: '合计', a: parts.reduce((s, p) => s + p.a, 0), b: parts.reduce((s, p) => s + p.b, 0) };
  const top = chance(0.5);
  const all = top ? [tot, ...parts] : [...parts, tot];
  t.rows = all.map((p) => ({ label: p.label, total: p === tot, vals: [p.a, p.b, p.b - p.a, p.a > 0 ? rnd((p.b / p.a - 1) * 100, 1) : null] }));
  const T = all.indexOf(tot), P = parts.map((p) => all.indexOf(p));
  sumRels(t, T, P, [0, 1, 2]);
  t.rows.forEach((r, i) => { t.rels.push({ type: 'diff', cell: [i, 2], a: [i, 1], b: [i, 0], tol: half(0) }); if (r.vals[3] != null) t.rels.push({ type: 'growth', cell: [i, 3], cur: [i, 1], prev: [i, 0], tol: half(1) }); });
  return t;
}

function tFarm(level, yr) {
  const scale = level === 'county' ? 1 : level === 'city' ? 6 : 40;
  const inc = level === 'province' ? { u: '亿元', d: 2, f: 1e4 } : { u: '万元', d: pick([0, 1]), f: 1 };
  const cols = [{ name: '家庭农场数', unit: '个', dec: 0 }, { name: '占比', unit: '%', dec: 1 }, { name: '经营土地面积', unit: '亩', dec: 0 },
    { name: '流转土地', unit: '亩', dec: 0, group: '其中' }, { name: '平均经营规模', unit: '亩/个', dec: 1 }, { name: '年销售收入', unit: inc.u, dec: inc.d }];
  const t = { title: `${yr}年家庭农场${pick(['分类型', '按经营类型分', '基本'])}情况`, cols, rows: [], rels: [], notes: [], labelHead: pick(['类型', '项目', '经营类型']) };
  const types = [{ label: '种植类', sub: '粮食类' }, { label: '养殖类' }, { label: '种养结合类' }, { label: '其他' }];
  const raw = [];
  for (const ty of types) {
    const n = ri(5, 300) * scale; const area = n * ri(50, 400); const lz = Math.floor(area * (0.3 + R() * 0.6)); const s = n * (20 + R() * 60);
    raw.push({ label: ty.label, n, area, lz, s, lvl: 0 });
    if (ty.sub) { const f = 0.3 + R() * 0.6; const sn = Math.floor(n * f); const sa = Math.floor(area * f * (0.8 + R() * 0.2)); raw.push({ label: ty.sub, n: sn, area: sa, lz: Math.min(Math.floor(sa * 0.5), Math.floor(raw[raw.length - 1].lz * f)), s: s * f * 0.9, lvl: 1, parent: raw[raw.length - 1] }); }
  }
  const tops = raw.filter((r) => r.lvl === 0);
  const tot = { label: pick(['合计', '总计']), n: 0, area: 0, lz: 0, s: 0, total: true };
  const roundedTot = inc.u === '亿元';
  for (const r of tops) { tot.n += r.n; tot.area += r.area; tot.lz += r.lz; tot.s += roundedTot ? r.s : rnd(r.s / inc.f, inc.d) * inc.f; }
  const top = chance(0.6);
  const all = top ? [tot, ...raw] : [...raw, tot];
  const subStyle = pick(['qz', 'hash', 'indent']);
  t.rows = all.map((r) => ({ label: r.lvl === 1 ? (subStyle === 'qz' ? '其中：' + r.label : subStyle === 'hash' ? '#' + r.label : r.label) : r.label, indent: r.lvl === 1 && subStyle === 'indent' ? 1 : 0, total: r.total,
    vals: [r.n, rnd(r.n / tot.n * 100, 1), r.area, r.lz, r.n ? rnd(r.area / r.n, 1) : null, rnd(r.s / inc.f, inc.d)] }));
  const T = all.indexOf(tot), P = tops.map((r) => all.indexOf(r));
  sumRels(t, T, P, [0, 2, 3]);
  sumRels(t, T, P, [5], () => roundedTot ? half(inc.d) * (P.length + 1) : half(inc.d));
  all.forEach((r, i) => {
    t.rels.push({ type: 'rate', cell: [i, 1], num: [i, 0], den: [T, 0], k: 100, tol: half(1) });
    t.rels.push({ type: 'le', part: [i, 3], whole: [i, 2], tol: 0 });
    if (t.rows[i].vals[4] != null) t.rels.push({ type: 'rate', cell: [i, 4], num: [i, 2], den: [i, 0], k: 1, tol: half(1) });
    if (r.lvl === 1) for (const c of [0, 2, 3, 5]) t.rels.push({ type: 'le', part: [i, c], whole: [all.indexOf(r.parent), c], tol: 0 });
  });
  if (chance(0.5)) t.notes.push('注：平均经营规模=经营土地面积÷家庭农场数。');
  return t;
}

function tParty(level, y1, y2) {
  const reg = regions(level);
  const scale = level === 'county' ? 1 : level === 'city' ? 5 : 30;
  const permille = chance(VARIANT ? 0.6 : 0.35); const pfmt = chance(0.3);
  const cols = [{ name: '合作社数', unit: '个', dec: 0 }, { name: '应建党组织', unit: '个', dec: 0, group: '党组织' }, { name: '已建党组织', unit: '个', dec: 0, group: '党组织' },
    { name: '单独建', unit: '个', dec: 0, group: '已建中' }, { name: '联合建', unit: '个', dec: 0, group: '已建中' },
    { name: `${y2}年覆盖率`, unit: '%', dec: 1, group: '覆盖率' }, { name: `${y1}年覆盖率`, unit: '%', dec: 1, group: '覆盖率' }, { name: '增减', unit: '百分点', dec: 1, group: '覆盖率' },
    { name: '成员数', unit: '人', dec: 0 }, { name: '其中党员', unit: '人', dec: 0 }, { name: '党员占成员比重', unit: permille ? '‰' : '%', dec: permille ? 1 : 2 }];
  const t = { title: `${y2}年${pick(['农民专业合作社党建工作情况', '合作社党组织覆盖情况统计', '农民合作社党的组织建设情况'])}`, cols, rows: [], rels: [], notes: [], labelHead: pick(['地区', '单位', '乡镇（街道）']) };
  const raw = reg.names.map((nm) => {
    const n = ri(10, 200) * scale; const yj = Math.floor(n * (0.1 + R() * 0.3)); const ij = Math.floor(yj * (0.6 + R() * 0.4)); const dd = Math.floor(ij * (0.2 + R() * 0.6));
    const yjp = Math.max(1, yj - ri(0, Math.ceil(yj * 0.2))); const ijp = Math.floor(yjp * (0.4 + R() * 0.5)); const mem = n * ri(10, 50); const pm = Math.floor(mem * (0.005 + R() * 0.04));
    return { label: nm, n, yj, ij, dd, lh: ij - dd, yjp, ijp, mem, pm };
  });
  const tot = { label: reg.totalName, total: true }; for (const k of ['n', 'yj', 'ij', 'dd', 'lh', 'yjp', 'ijp', 'mem', 'pm']) tot[k] = raw.reduce((a, r) => a + r[k], 0);
  const top = chance(0.6);
  const all = top ? [tot, ...raw] : [...raw, tot];
  t.rows = all.map((r) => { const c2 = r.yj ? rnd(r.ij / r.yj * 100, 1) : null, c1 = r.yjp ? rnd(r.ijp / r.yjp * 100, 1) : null;
    if (pfmt) { const f2 = c2 == null ? null : rnd(c2 / 100, 3), f1 = c1 == null ? null : rnd(c1 / 100, 3); return { label: r.label, total: r.total, pct: [5, 6], vals: [r.n, r.yj, r.ij, r.dd, r.lh, f2, f1, f1 != null && f2 != null ? rnd((f2 - f1) * 100, 1) : null, r.mem, r.pm, rnd(r.pm / r.mem * (permille ? 1000 : 100), permille ? 1 : 2)] }; }
    return { label: r.label, total: r.total, vals: [r.n, r.yj, r.ij, r.dd, r.lh, c2, c1, c1 != null && c2 != null ? rnd(c2 - c1, 1) : null, r.mem, r.pm, rnd(r.pm / r.mem * (permille ? 1000 : 100), permille ? 1 : 2)] }; });
  if (pfmt) { cols[5].unit = ''; cols[6].unit = ''; cols[5].dec = 3; cols[6].dec = 3; cols[5].pct = true; cols[6].pct = true; }
  const T = all.indexOf(tot), P = raw.map((r) => all.indexOf(r));
  sumRels(t, T, P, [0, 1, 2, 3, 4, 8, 9]);
  all.forEach((r, i) => {
    t.rels.push({ type: 'sum', target: [i, 2], parts: [[i, 3], [i, 4]], tol: half(0) });
    t.rels.push({ type: 'le', part: [i, 2], whole: [i, 1], tol: 0 });
    t.rels.push({ type: 'le', part: [i, 1], whole: [i, 0], tol: 0 });
    t.rels.push({ type: 'le', part: [i, 9], whole: [i, 8], tol: 0 });
    if (t.rows[i].vals[5] != null) t.rels.push({ type: 'rate', cell: [i, 5], num: [i, 2], den: [i, 1], k: pfmt ? 1 : 100, tol: half(pfmt ? 3 : 1) });
    if (t.rows[i].vals[7] != null) t.rels.push({ type: 'diff', cell: [i, 7], a: [i, 5], b: [i, 6], k: pfmt ? 100 : 1, tol: half(1) });
    t.rels.push({ type: 'rate', cell: [i, 10], num: [i, 9], den: [i, 8], k: permille ? 1000 : 100, tol: half(permille ? 1 : 2) });
  });
  if (chance(0.6)) t.notes.push(`注：覆盖率=已建党组织数÷应建党组织数×100%；${y1}年覆盖率为上年同口径数。`);
  return t;
}

function tIndicators(level, y1, y2) {
  const scale = level === 'county' ? 1 : level === 'city' ? 6 : 40;
  const bigMoney = level === 'province';
  const n1 = ri(300, 1500) * scale, n2 = Math.round(n1 * (0.95 + R() * 0.2));
  const items = [];
  const add = (label, unit, a, b, dec, parent) => { items.push({ label, unit, a, b, dec, parent }); return items.length - 1; };
  const coop = add('农民专业合作社', '个', n1, n2, 0);
  add('#国家级示范社', '个', ri(1, 4) * Math.ceil(scale / 2), ri(2, 6) * Math.ceil(scale / 2), 0, coop);
  add('#省级示范社', '个', ri(5, 20) * scale, ri(8, 25) * scale, 0, coop);
  const m1 = n1 * ri(20, 40), m2 = n2 * ri(20, 40); add('合作社成员', '户', m1, m2, 0);
  add('带动农户', bigMoney ? '万户' : '户', bigMoney ? rnd(m1 * 3 / 1e4, 2) : m1 * 3, bigMoney ? rnd(m2 * 3.2 / 1e4, 2) : m2 * 3 + ri(0, 99), bigMoney ? 2 : 0);
  const u = bigMoney ? '亿元' : '万元', d = bigMoney ? 2 : 1, f = bigMoney ? 1e4 : 1;
  const i1 = rnd(n1 * (50 + R() * 100) / f, d), i2 = rnd(n2 * (50 + R() * 100) / f, d);
  const inc = add('经营收入', u, i1, i2, d);
  add('盈余返还', u, rnd(i1 * 0.07, d), rnd(i2 * 0.075, d), d);
  const ff1 = ri(200, 900) * scale, ff2 = Math.round(ff1 * (1 + R() * 0.3));
  const ff = add('家庭农场', '个', ff1, ff2, 0);
  add(pick(['#县级以上示范家庭农场', '其中：示范家庭农场']), '个', Math.floor(ff1 * 0.12), Math.floor(ff2 * 0.14), 0, ff);
  add('家庭农场经营土地面积', bigMoney ? '万亩' : '亩', bigMoney ? rnd(ff1 * 180 / 1e4, 1) : ff1 * 180, bigMoney ? rnd(ff2 * 175 / 1e4, 1) : ff2 * 175, bigMoney ? 1 : 0);
  const po = add('合作社党组织', '个', Math.floor(n1 * 0.15), Math.floor(n2 * 0.18), 0);
  add(pick(['#单独组建', '其中：单独组建']), '个', Math.floor(n1 * 0.06), Math.floor(n2 * 0.07), 0, po);
  const unitCol = chance(0.6);
  const cols = [{ name: `${y1}年`, unit: unitCol ? '' : null, dec: 0 }, { name: `${y2}年`, dec: 0 }, { name: pick(['增长(%)', '增减(%)', '比上年增长%']), dec: 1 }];
  const t = { title: `${pick(['新型农业经营主体主要指标', '农民合作社和家庭农场主要指标'])}`, cols, rows: [], rels: [], notes: [], labelHead: '指标', unitCol };
  items.forEach((it, i) => {
    t.rows.push({ label: unitCol ? it.label : `${it.label}（${it.unit}）`, unit: it.unit, vals: [it.a, it.b, it.a ? rnd((it.b / it.a - 1) * 100, 1) : null], dec: it.dec, indent: it.label.startsWith('#') || it.label.startsWith('其中') ? 1 : 0 });
    t.rels.push({ type: 'growth', cell: [i, 2], cur: [i, 1], prev: [i, 0], tol: half(1) });
    if (it.parent != null) for (const c of [0, 1]) t.rels.push({ type: 'le', part: [i, c], whole: [it.parent, c], tol: 0 });
  });
  if (chance(0.5)) t.notes.push('注：经营收入、盈余返还为当年数。');
  return t;
}

function transpose(t) {
  const cols = t.rows.map((r) => ({ name: r.label.trim(), dec: 0 }));
  const rows = t.cols.map((c, ci) => ({ label: (c.group === '其中' ? (ci > 0 && t.cols[ci - 1].group === '其中' ? '  ' : '其中：') : '') + c.name, unit: c.unit || '', decAll: c.dec, indent: 0, vals: t.rows.map((r) => r.vals[ci]) }));
  const sw = (v) => Array.isArray(v) && typeof v[0] === 'number' ? [v[1], v[0]] : Array.isArray(v) ? v.map((x) => [x[1], x[0]]) : v;
  const rels = t.rels.map((x) => { const o = {}; for (const [k, v] of Object.entries(x)) o[k] = sw(v); return o; });
  return { title: t.title, cols, rows, rels, notes: t.notes, labelHead: '指标', unitCol: true };
}
// ---------- writer ----------
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function A(r, c) { return colL(c) + (r + 1); }
function layout(ws, t, opts) {
  const c0 = opts.c0, hasUnitCol = !!t.unitCol;
  let r = 0;
  const nC = t.cols.length + 1 + (hasUnitCol ? 1 : 0);
  ws.getCell(A(r, c0)).value = t.title; ws.mergeCells(A(r, c0) + ':' + A(r, c0 + nC - 1)); ws.getCell(A(r, c0)).alignment = { horizontal: 'center' }; ws.getCell(A(r, c0)).font = { bold: true, size: 14 }; r++;
  const unitRow = !t.unitLine && !hasUnitCol && chance(VARIANT ? 0.45 : 0.25);
  if (t.unitLine && chance(0.7)) { ws.getCell(A(r, c0 + nC - 1)).value = t.unitLine; ws.getCell(A(r, c0 + nC - 1)).alignment = { horizontal: 'right' }; r++; }
  else if (chance(0.2)) r++; // blank row
  const hasGroup = t.cols.some((c) => c.group);
  const hRows = (hasGroup ? 2 : 1) + (unitRow ? 1 : 0);
  const h0 = r;
  const dc = c0 + 1 + (hasUnitCol ? 1 : 0);
  ws.getCell(A(h0, c0)).value = t.labelHead || '项目';
  if (hRows > 1) ws.mergeCells(A(h0, c0) + ':' + A(h0 + hRows - 1, c0));
  if (hasUnitCol) { ws.getCell(A(h0, c0 + 1)).value = pick(['计量单位', '单位']); if (hRows > 1) ws.mergeCells(A(h0, c0 + 1) + ':' + A(h0 + hRows - 1, c0 + 1)); }
  const nameH = (c) => { if (t.unitLine || c.unit == null || c.unit === '' || unitRow) return c.name; return c.name + pick(['（', '('])[0] === '（' ? `${c.name}（${c.unit}）` : `${c.name}(${c.unit})`; };
  const unitStyle = pick(['（', '(']);
  const nm = (c) => (t.unitLine || !c.unit || unitRow) ? c.name : unitStyle === '（' ? `${c.name}（${c.unit}）` : `${c.name}(${c.unit})`;
  for (let i = 0; i < t.cols.length; i++) {
    const c = t.cols[i], cc = dc + i;
    if (hasGroup) {
      if (c.group) {
        if (i === 0 || t.cols[i - 1].group !== c.group) { let j = i; while (j + 1 < t.cols.length && t.cols[j + 1].group === c.group) j++; ws.getCell(A(h0, cc)).value = c.group; if (j > i) ws.mergeCells(A(h0, cc) + ':' + A(h0, dc + j)); }
        ws.getCell(A(h0 + 1, cc)).value = nm(c);
      } else { ws.getCell(A(h0, cc)).value = nm(c); ws.mergeCells(A(h0, cc) + ':' + A(h0 + 1, cc)); }
    } else ws.getCell(A(h0, cc)).value = nm(c);
    if (unitRow) ws.getCell(A(h0 + hRows - 1, cc)).value = c.unit || '';
  }
  r = h0 + hRows;
  const useExcelIndent = chance(VARIANT ? 0.6 : 0.4);
  const map = (ri_, ci) => A(r + ri_, dc + ci);
  const textCells = new Set();
  t.rows.forEach((row, i) => {
    const lc = ws.getCell(A(r + i, c0));
    if (row.indent) { if (useExcelIndent) { lc.value = row.label; lc.alignment = { indent: 1 }; } else lc.value = '  ' + row.label; } else lc.value = row.label;
    if (hasUnitCol) ws.getCell(A(r + i, c0 + 1)).value = row.unit;
    row.vals.forEach((v, ci) => {
      const cell = ws.getCell(map(i, ci));
      if (v == null) { cell.value = pick(['—', '-', '…']); return; }
      if (v === 0 && chance(0.5)) { cell.value = pick(['—', '-']); return; }
      if (chance(0.02) && !row.total && !row.subtotal && !(t.cols[ci] && t.cols[ci].pct)) { cell.value = String(v); textCells.add(map(i, ci)); return; }
      cell.value = v;
      const d = row.decAll != null ? row.decAll : row.dec != null && ci < 2 ? row.dec : t.cols[ci].dec;
      cell.numFmt = d ? '0.' + '0'.repeat(d) : '0';
      if (t.cols[ci] && t.cols[ci].pct) cell.numFmt = '0.0%';
    });
  });
  let nr = r + t.rows.length;
  for (const n of t.notes) { nr++; ws.getCell(A(nr, c0)).value = n; }
  return { map, textCells };
}
function mapRel(rel, map) {
  const o = {};
  for (const [k, v] of Object.entries(rel)) o[k] = Array.isArray(v) && typeof v[0] === 'number' ? map(v[0], v[1]) : Array.isArray(v) ? v.map((x) => map(x[0], x[1])) : v;
  return o;
}

// ---------- plants ----------
function cellNum(ws, a) { const v = ws.getCell(a).value; if (typeof v === 'number') return v; if (typeof v === 'string' && /^-?[\d.]+$/.test(v.trim())) return +v; if (v == null || v === '' || /^[—\-…]$/.test(String(v).trim())) return 0; return NaN; }
function decOf(a, ws) { if (ws.getCell(a).numFmt === '0.0%') return 3; const v0 = ws.getCell(a).value; if (typeof v0 === 'string') { const m0 = /\.(\d+)/.exec(v0); return m0 ? m0[1].length : 0; } const f = ws.getCell(a).numFmt || '0'; const m = /\.(0+)/.exec(f); return m ? m[1].length : 0; }
function plant(ws, rels, sheetName) {
  rels = rels.filter((x) => x.type !== 'lesum'); const types = shuffle([...new Set(rels.map((x) => x.type))]); const cand = []; for (const ty of types) cand.push(...shuffle(rels.filter((x) => x.type === ty)));
  for (const rel of cand) {
    let cell, kind, now;
    const tol = rel.tol;
    if (rel.type === 'sum') {
      const usePart = chance(0.4); cell = usePart ? pick(rel.parts) : rel.target; kind = usePart ? 'part' : 'total';
    } else if (rel.type === 'le') { cell = rel.part; kind = 'qizhong'; }
    else { cell = rel.cell; kind = rel.type === 'diff' ? (rel.tol < 0.5 ? 'points' : 'difference') : rel.type; }
    const was = cellNum(ws, cell);
    if (!isFinite(was)) continue;
    const d = decOf(cell, ws);
    if (rel.type === 'le') {
      const whole = cellNum(ws, rel.whole); if (!(whole > 0)) continue;
      now = rnd(whole + Math.max(1, Math.ceil(whole * (0.05 + R() * 0.2))), d);
    } else {
      const min = Math.max(3.5 * (tol + 1e-6), Math.pow(10, -d) * 3);
      let delta = Math.max(min, Math.abs(was) * (0.04 + R() * 0.2));
      if (rel.type === 'growth' || rel.type === 'diff' || rel.type === 'rate') delta = Math.max(min, Math.abs(was) * 0.2, rel.k === 1000 || rel.k === 1 ? 0 : 1.5);
      delta = rnd(delta, d); if (delta < min) delta = rnd(delta + Math.pow(10, -d) * Math.ceil(min * Math.pow(10, d)), d);
      const sign = (was - delta < 0 || chance(0.6)) ? 1 : -1;
      now = rnd(was + sign * delta, d);
      if (now === 0) now = rnd(was + delta, d);
    }
    if (now === was) continue;
    const pf = ws.getCell(cell).numFmt === '0.0%'; ws.getCell(cell).value = now; ws.getCell(cell).numFmt = pf ? '0.0%' : d ? '0.' + '0'.repeat(d) : '0';
    return { sheet: sheetName, cell, was, now, kind, rel };
  }
  return null;
}

// ---------- books ----------
const SHEETNAMES = { region: ['合作社分地区', '表1 合作社', '各乡镇合作社'], industry: ['分行业', '行业分布', '表2'], demo: ['示范社', '示范社分级'], farm: ['家庭农场', '表3 家庭农场'], party: ['党建', '合作社党建', '党组织覆盖'], ind: ['主要指标', '综合'] };
async function main() {
  const manifest = [];
  for (let b = 0; b < N; b++) {
    R = mulberry(SEED * 1000 + b * 7919 + VARIANT * 31);
    const level = pick(['county', 'city', 'province']);
    const y2 = ri(2019, 2024), y1 = y2 - 1;
    const wb = new ExcelJS.Workbook();
    const kinds = shuffle(['region', 'industry', 'demo', 'farm', 'party', 'ind']).slice(0, ri(1, 4));
    const relOut = {}; const relsBySheet = {}; const used = new Set();
    for (const k of kinds) {
      let t;
      if (k === 'region') { t = tCoopRegion(level, y2); if (chance(VARIANT ? 0.45 : 0.3)) t = transpose(t); } else if (k === 'industry') t = tIndustry(level, y1, y2); else if (k === 'demo') t = tDemo(y1, y2, level);
      else if (k === 'farm') t = tFarm(level, y2); else if (k === 'party') t = tParty(level, y1, y2); else t = tIndicators(level, y1, y2);
      let sn = pick(SHEETNAMES[k]); while (used.has(sn)) sn += '1'; used.add(sn);
      if (chance(0.3)) { const pre = level === 'county' ? pick(PLACE_C) + '县' : level === 'city' ? pick(PLACE_C) + '市' : pick(PLACE_C) + '省'; t.title = pre + t.title; }
      const ws = wb.addWorksheet(sn);
      const { map } = layout(ws, t, { c0: chance(0.15) ? 1 : 0 });
      ws.getColumn(1).width = 18;
      const rels = t.rels.map((x) => mapRel(x, map));
      relOut[sn] = rels; relsBySheet[sn] = { ws, rels };
    }
    const file = `${SET}_${String(b + 1).padStart(3, '0')}.xlsx`;
    const plants = [];
    if (b < Math.round(N * PF)) {
      const sn = pick(Object.keys(relsBySheet));
      const p = plant(relsBySheet[sn].ws, relsBySheet[sn].rels, sn); if (p) plants.push(p);
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(relOut, null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
}
main();
