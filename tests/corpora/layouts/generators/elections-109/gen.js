// node gen.js SET N PLANTED_FRACTION SEED [VARIANT]
// Writes /tmp/round109a/SET/*.xlsx + manifest.json, relations to /tmp/round109a/rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel } = require('./rel.js');

const [SET, NS, PF, SEEDS, VARIANT] = process.argv.slice(2);
const N = +NS, PLANTED = +PF, variant = +(VARIANT || 0);
let seed = (+SEEDS) >>> 0;
function rnd() { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const round = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

const CITIES = ['江州市', '临川市', '安阳市', '青州市', '平原市', '云台市', '鹤山市'];
const COUNTIES = ['城关区', '东湖区', '西山区', '南岗区', '北林区', '青山县', '白水县', '临河县', '安平县', '永和县', '高新区', '经开区', '新城区', '龙泉县', '石门县', '宁远县'];
const TOWNS = ['城关街道', '东关街道', '西关街道', '北关街道', '南湖街道', '新华街道', '红旗镇', '柳林镇', '石桥镇', '杨庄乡', '李集镇', '王店乡', '河口镇', '马坊镇', '三里镇', '双庙乡', '黄岗镇', '兴隆镇', '太平乡', '朝阳街道', '解放街道', '龙山镇'];

// ---------- records ----------
function batch() {
  const e = ri(2, 40), s = ri(0, 18), n = e + s;
  const a = n - ri(0, Math.max(1, Math.floor(n * 0.18)));
  const m = a * ri(3, 5) + ri(0, a);
  const f = Math.round(m * (0.15 + rnd() * 0.25)), y = Math.round(m * (0.08 + rnd() * 0.22));
  const n0 = Math.max(1, Math.round(n * (0.8 + rnd() * 0.35)));
  const a0 = n0 - ri(0, Math.max(1, Math.floor(n0 * 0.25)));
  const m0 = Math.max(a0 * 3, Math.round(m * (0.85 + rnd() * 0.25)));
  return { n, e, s, a, d: n - a, m, f, y, n0, a0, d0: n0 - a0, m0 };
}
const FIELDS = ['n', 'e', 's', 'a', 'd', 'm', 'f', 'y', 'n0', 'a0', 'd0', 'm0'];
function addRec(list) { const r = {}; for (const k of FIELDS) r[k] = list.reduce((x, y) => x + y[k], 0); return r; }
function leafRec() { const bs = []; for (let i = ri(1, 4); i > 0; i--) bs.push(batch()); return { rec: addRec(bs), batches: bs }; }

// ---------- column sets ----------
// add: {kind:'add', field}, rate {num,den,d,frac}, growth {cur,prev,d}, diff {cur,prev}, pp {cur,prev,d}, colshare {of,d}
function colSets(opts) {
  const d = opts.d;
  const cs = [];
  const nm = pick(['应换届党组织数', '应换届数', '应换届党组织']);
  const A = [];
  if (opts.split) {
    A.push({ key: 'n', name: '合计', group: nm, kind: 'add', field: 'n' });
    A.push({ key: 'e', name: pick(['非公企业', '非公有制企业']), group: nm, kind: 'add', field: 'e' });
    if (!opts.qzOnly) A.push({ key: 's', name: '社会组织', group: nm, kind: 'add', field: 's' });
  } else A.push({ key: 'n', name: nm, kind: 'add', field: 'n' });
  A.push({ key: 'a', name: pick(['已按期换届数', '按期完成换届数', '已按期换届']), kind: 'add', field: 'a' });
  const frac = opts.frac;
  A.push({ key: 'r', name: frac ? '按期换届率' : '按期换届率(%)', kind: 'rate', num: 'a', den: 'n', d, frac, tag: 'rate' });
  if (opts.delay) A.push({ key: 'd', name: pick(['延期换届数', '延期换届', '未按期换届数']), kind: 'add', field: 'd' });
  cs.push(A);
  return A;
}

function buildRegionCols(opts) {
  const d = opts.d;
  const style = opts.colStyle;
  let cols = [];
  const rowRels = []; // in col keys
  if (style === 'basic' || style === 'mixed') {
    cols = cols.concat(colSets(opts));
    if (opts.split && !opts.qzOnly) rowRels.push({ t: 'sum', total: 'n', parts: ['e', 's'], tag: 'total' });
    if (opts.split && opts.qzOnly) rowRels.push({ t: 'le', whole: 'n', parts: ['e'], tag: 'qz' });
    if (opts.delay) rowRels.push({ t: 'sum', total: 'n', parts: ['a', 'd'], tag: 'total' });
    if (opts.share) cols.push({ key: 'sh', name: pick(['占全部比重(%)', '占比(%)', '应换届数占比(%)']), kind: 'colshare', of: 'n', d, tag: 'share' });
  }
  if (style === 'year' || style === 'mixed') {
    const g1 = pick(['应换届数', '应换届党组织数(个)']);
    const pre = style === 'mixed' ? 'y' : '';
    if (style === 'year') {
      cols.push({ key: 'n', name: '本年', group: g1, kind: 'add', field: 'n' });
      cols.push({ key: 'n0', name: '上年', group: g1, kind: 'add', field: 'n0' });
      if (chance(0.5)) { cols.push({ key: 'nd', name: '增减', group: g1, kind: 'diff', cur: 'n', prev: 'n0' }); rowRels.push({ t: 'sum', total: 'n', parts: ['n0', 'nd'], tag: 'diff' }); }
      cols.push({ key: 'ng', name: pick(['比上年增长(%)', '增长(%)', '增幅(%)']), group: g1, kind: 'growth', cur: 'n', prev: 'n0', d, tag: 'growth' });
      cols.push({ key: 'a', name: '本年', group: '已按期换届数', kind: 'add', field: 'a' });
      cols.push({ key: 'a0', name: '上年', group: '已按期换届数', kind: 'add', field: 'a0' });
    } else {
      cols.push({ key: 'n0', name: '上年应换届数', kind: 'add', field: 'n0' });
      cols.push({ key: 'a0', name: '上年按期换届数', kind: 'add', field: 'a0' });
      cols.push({ key: 'ng', name: '应换届数比上年增长(%)', kind: 'growth', cur: 'n', prev: 'n0', d, tag: 'growth' });
    }
    const g2 = '按期换届率(%)';
    if (style === 'year') cols.push({ key: 'r', name: '本年', group: g2, kind: 'rate', num: 'a', den: 'n', d, tag: 'rate' });
    cols.push({ key: 'r0', name: style === 'year' ? '上年' : '上年按期换届率(%)', group: style === 'year' ? g2 : undefined, kind: 'rate', num: 'a0', den: 'n0', d, tag: 'rate' });
    cols.push({ key: 'rp', name: style === 'year' ? pick(['增减(百分点)', '比上年增减(个百分点)']) : '换届率比上年增减(百分点)', group: style === 'year' ? g2 : undefined, kind: 'pp', cur: 'r', prev: 'r0', d, tag: 'pp' });
  }
  if (style === 'team') {
    const g = pick(['班子成员', '党组织班子成员情况', '新一届班子成员']);
    cols.push({ key: 'a', name: '完成换届党组织数', kind: 'add', field: 'a' });
    cols.push({ key: 'm', name: '班子成员数', group: g, kind: 'add', field: 'm' });
    cols.push({ key: 'f', name: '其中：女性', group: g, kind: 'add', field: 'f' });
    cols.push({ key: 'fs', name: '女性占比(%)', group: g, kind: 'rate', num: 'f', den: 'm', d, tag: 'share' });
    cols.push({ key: 'y', name: pick(['35岁及以下', '35岁以下']), group: g, kind: 'add', field: 'y' });
    cols.push({ key: 'ys', name: '占比(%)', group: g, kind: 'rate', num: 'y', den: 'm', d, tag: 'share' });
    if (chance(0.5)) { cols.push({ key: 'avg', name: '平均每个班子人数', kind: 'rate', num: 'm', den: 'a', d: 1, k: 1, tag: 'rate' }); }
    rowRels.push({ t: 'le', whole: 'm', parts: ['f'], tag: 'qz' });
    rowRels.push({ t: 'le', whole: 'm', parts: ['y'], tag: 'qz' });
  }
  return { cols, rowRels };
}

// ---------- row trees ----------
function regionTree(level) {
  // returns {label, role, children, qz}
  const unit = level === 'prov' ? pick(['全省', '全省合计', '总计']) : level === 'city' ? pick(['全市', '合计', '全市合计', '总计']) : pick(['全县', '合计', '全区', '总计']);
  const root = { label: unit, role: 'total', children: [] };
  if (level === 'county') {
    if (chance(0.4)) { // 街道 / 乡镇 subtotals
      const ts = shuffle(TOWNS);
      const st = ts.filter((x) => x.endsWith('街道')).slice(0, ri(2, 4)), tw = ts.filter((x) => !x.endsWith('街道')).slice(0, ri(3, 7));
      const numbered = chance(0.5);
      root.children.push({ label: (numbered ? '一、' : '') + '街道', role: 'sub', children: st.map((t) => ({ label: t, role: 'leaf' })) });
      root.children.push({ label: (numbered ? '二、' : '') + '乡镇', role: 'sub', children: tw.map((t) => ({ label: t, role: 'leaf' })) });
    } else root.children = shuffle(TOWNS).slice(0, ri(5, 12)).map((t) => ({ label: t, role: 'leaf' }));
  } else if (level === 'city') {
    const cs = shuffle(COUNTIES).slice(0, ri(4, 9));
    if (chance(0.35)) {
      for (const c of cs.slice(0, ri(2, 3))) root.children.push({ label: c, role: 'sub', children: shuffle(TOWNS).slice(0, ri(2, 5)).map((t) => ({ label: t, role: 'leaf' })) });
    } else root.children = cs.map((c) => ({ label: c, role: 'leaf' }));
  } else {
    root.children = shuffle(CITIES).slice(0, ri(4, 7)).map((c) => ({ label: c, role: 'leaf' }));
  }
  return root;
}
function typeTree() {
  const root = { label: pick(['总计', '合计', '全市合计']), role: 'total', children: [] };
  const ent = { label: '一、非公有制企业', role: 'sub', children: [
    { label: '(一)私营企业', role: 'leaf' }, { label: '(二)外商投资企业', role: 'leaf' }, { label: '(三)港澳台商投资企业', role: 'leaf' } ] };
  if (chance(0.4)) ent.children.push({ label: '(四)其他非公企业', role: 'leaf' });
  const soc = { label: '二、社会组织', role: 'sub', children: [
    { label: '(一)社会团体', role: 'leaf' }, { label: '(二)社会服务机构', role: 'leaf' }, { label: '(三)基金会', role: 'leaf' } ] };
  if (chance(0.3)) { for (const c of ent.children.concat(soc.children)) c.label = c.label.replace(/^\(.\)/, ''); ent.label = ent.label.replace(/^一、/, ''); soc.label = soc.label.replace(/^二、/, ''); }
  if (chance(0.5)) ent.qz = pick(['其中：规模以上企业', '其中：上市公司', '  其中：高新技术企业']);
  if (chance(0.3)) soc.qz = pick(['其中：行业协会商会', '其中：律师事务所']);
  root.children = [ent, soc];
  return root;
}

// build logical table from tree + columns
function buildTable(tree, cols, rowRels, opts) {
  // flatten with records
  function fill(node) {
    if (node.role === 'leaf') { const L = leafRec(); node.rec = L.rec; node.batches = L.batches; }
    else { node.children.forEach(fill); node.rec = addRec(node.children.map((c) => c.rec)); }
    if (node.qz) { // 其中 row: subset of parent batches / children
      let sub;
      if (node.children && node.children.length) sub = addRec(node.children.map((c) => (c.batches ? addRec(c.batches.slice(0, Math.max(1, c.batches.length - 1))) : scaleDown(c.rec))));
      else sub = addRec(node.batches.slice(0, Math.max(1, node.batches.length - 1)));
      node.qzRec = sub;
    }
  }
  function scaleDown(r) { return r; }
  fill(tree);
  // order rows
  const rows = [];
  const top = opts.totalTop;
  function emit(node, depth) {
    const r = { label: node.label, role: node.role, depth, rec: node.rec, node };
    if (node.role === 'leaf') { rows.push(r); if (node.qz) rows.push({ label: node.qz, role: 'qz', depth: depth + 1, rec: node.qzRec, parentRow: r }); return; }
    if (top) { rows.push(r); if (node.qz) rows.push({ label: node.qz, role: 'qz', depth: depth + 1, rec: node.qzRec, parentRow: r }); }
    node.childRows = [];
    for (const c of node.children) { const before = rows.length; emit(c, depth + 1); node.childRows.push(c._row); }
    if (!top) { rows.push(r); if (node.qz) rows.push({ label: node.qz, role: 'qz', depth: depth + 1, rec: node.qzRec, parentRow: r }); }
    if (!top && node.role === 'sub' && opts.subLabel) r.label = node.label.replace(/^(一、|二、)/, '') + '小计';
  }
  // record row reference on node
  const origEmit = emit;
  (function mark(node) { if (node.children) node.children.forEach(mark); })(tree);
  function emit2(node, depth) {
    const r = { label: node.label, role: node.role, depth, rec: node.rec, origLabel: node.label, parentLabel: node._parent };
    node._row = r;
    if (node.children) node.children.forEach((c) => (c._parent = node.label));
    const qzr = node.qz ? { label: node.qz, role: 'qz', depth: depth + 1, rec: node.qzRec, parentRow: r } : null;
    if (node.role === 'leaf') { rows.push(r); if (qzr) rows.push(qzr); return; }
    if (top) { rows.push(r); if (qzr) rows.push(qzr); }
    for (const c of node.children) emit2(c, depth + 1);
    r.childRows = node.children.map((c) => c._row);
    if (!top) { rows.push(r); if (qzr) rows.push(qzr); if (node.role === 'sub' && opts.subLabel) r.label = node.label.replace(/^(一、|二、)/, '') + '小计'; }
  }
  emit2(tree, 0);
  // values
  const colIdx = {}; cols.forEach((c, i) => (colIdx[c.key] = i));
  const total = tree._row;
  const vals = rows.map(() => new Array(cols.length).fill(null));
  const rels = [];
  rows.forEach((row, ri_) => {
    const R = row.rec;
    cols.forEach((c, ci) => {
      let v = null;
      if (c.kind === 'add') v = R[c.field];
      else if (c.kind === 'diff') v = vals[ri_][colIdx[c.cur]] - vals[ri_][colIdx[c.prev]];
      else if (c.kind === 'rate') {
        const nu = vals[ri_][colIdx[c.num]], de = vals[ri_][colIdx[c.den]];
        const k = c.k || (c.frac ? 1 : 100);
        v = de ? round((nu / de) * k, c.frac ? c.d + 2 : c.d) : '—';
        if (de) rels.push({ t: 'rate', cell: [ri_, ci], num: [ri_, colIdx[c.num]], den: [ri_, colIdx[c.den]], k, tol: 0.5 * Math.pow(10, -(c.frac ? c.d + 2 : c.d)) + 1e-7, tag: c.tag });
      } else if (c.kind === 'growth') {
        const cu = vals[ri_][colIdx[c.cur]], pr = vals[ri_][colIdx[c.prev]];
        v = pr ? round((cu / pr - 1) * 100, c.d) : '—';
        if (pr) rels.push({ t: 'growth', cell: [ri_, ci], cur: [ri_, colIdx[c.cur]], prev: [ri_, colIdx[c.prev]], tol: 0.5 * Math.pow(10, -c.d) + 1e-7, tag: 'growth' });
      } else if (c.kind === 'pp') {
        const cu = vals[ri_][colIdx[c.cur]], pr = vals[ri_][colIdx[c.prev]];
        v = typeof cu === 'number' && typeof pr === 'number' ? round(cu - pr, c.d) : '—';
        if (typeof v === 'number') rels.push({ t: 'pp', cell: [ri_, ci], cur: [ri_, colIdx[c.cur]], prev: [ri_, colIdx[c.prev]], tol: Math.pow(10, -c.d) * 0.51, tag: 'pp' });
      } else if (c.kind === 'colshare') {
        const nu = R[cols[colIdx[c.of]].field], de = total.rec[cols[colIdx[c.of]].field];
        v = round((nu / de) * 100, c.d);
        if (row.role !== 'total') rels.push({ t: 'rate', cell: [ri_, ci], num: [ri_, colIdx[c.of]], den: [rows.indexOf(total), colIdx[c.of]], k: 100, tol: 0.5 * Math.pow(10, -c.d) + 1e-7, tag: 'share' });
      }
      vals[ri_][ci] = v;
    });
    for (const rr of rowRels) {
      if (rr.t === 'sum') rels.push({ t: 'sum', total: [ri_, colIdx[rr.total]], parts: rr.parts.map((p) => [ri_, colIdx[p]]), tol: 0, tag: rr.tag + (row.role === 'total' ? '' : '') });
      else rels.push({ t: 'le', whole: [ri_, colIdx[rr.whole]], parts: rr.parts.map((p) => [ri_, colIdx[p]]), tol: 0, tag: 'qz' });
    }
  });
  rows.forEach((row, r) => {
    if (row.childRows) cols.forEach((c, ci) => {
      if (c.kind === 'add' || c.kind === 'diff') rels.push({ t: 'sum', total: [r, ci], parts: row.childRows.map((x) => [rows.indexOf(x), ci]), tol: 0, tag: row.role === 'total' ? 'total' : 'subtotal' });
    });
    if (row.role === 'qz') cols.forEach((c, ci) => {
      if (c.kind === 'add') rels.push({ t: 'le', whole: [rows.indexOf(row.parentRow), ci], parts: [[r, ci]], tol: 0, tag: 'qz' });
    });
  });
  return { rows: rows.map((r) => ({ label: r.label, role: r.role, depth: r.depth, origLabel: r.origLabel, parentLabel: r.parentLabel })), cols, vals, rels };
}

// monthly running table
function monthTable(opts) {
  const months = ri(4, 12);
  const target = ri(120, 900);
  let left = target, cum = 0;
  const rows = [], vals = [], rels = [];
  const cols = [{ key: 'm', name: pick(['本月换届数', '当月完成换届数', '本月完成']), kind: 'add' }, { key: 'c', name: pick(['累计换届数', '累计完成数', '本年累计']), kind: 'add' }];
  const withRate = chance(0.7), withTarget = withRate && chance(0.6);
  if (withTarget) cols.unshift({ key: 't', name: '年度应换届数', kind: 'add' });
  if (withRate) cols.push({ key: 'r', name: '累计完成率(%)', kind: 'rate', d: opts.d });
  const weights = []; for (let i = 0; i < months; i++) weights.push(0.3 + rnd());
  const W = weights.reduce((a, b) => a + b, 0);
  const frac = 0.55 + rnd() * 0.45;
  for (let i = 0; i < months; i++) {
    let m = Math.round((target * frac * weights[i]) / W);
    if (cum + m > target) m = target - cum;
    cum += m;
    rows.push({ label: `${i + 1}月`, role: 'leaf', depth: 0 });
    const row = {};
    row.t = target; row.m = m; row.c = cum; row.r = round((cum / target) * 100, opts.d);
    vals.push(cols.map((c) => row[c.key]));
  }
  const ci = {}; cols.forEach((c, i) => (ci[c.key] = i));
  for (let i = 0; i < months; i++) {
    if (i === 0) rels.push({ t: 'sum', total: [0, ci.c], parts: [[0, ci.m]], tol: 0, tag: 'running' });
    else rels.push({ t: 'sum', total: [i, ci.c], parts: [[i - 1, ci.c], [i, ci.m]], tol: 0, tag: 'running' });
    if (withRate && withTarget) rels.push({ t: 'rate', cell: [i, ci.r], num: [i, ci.c], den: [i, ci.t], k: 100, tol: 0.5 * Math.pow(10, -opts.d) + 1e-7, tag: 'rate' });
  }
  if (chance(0.6)) { // total row at bottom
    rows.push({ label: pick(['合计', '全年合计', '累计']), role: 'total', depth: 0 });
    const v = cols.map((c) => (c.key === 'm' ? cum : c.key === 'c' ? cum : c.key === 't' ? target : c.key === 'r' ? round((cum / target) * 100, opts.d) : null));
    vals.push(v);
    rels.push({ t: 'sum', total: [months, ci.m], parts: rows.slice(0, months).map((_, i) => [i, ci.m]), tol: 0, tag: 'total' });
  }
  return { rows, cols, vals, rels, target, withTarget, withRate };
}

// region x month table: 应换届数, 上月累计, 本月, 累计, 累计完成率
function regionMonthTable(opts) {
  const tree = regionTree(opts.level);
  const cols = [
    { key: 'n', name: '应换届数', kind: 'add', field: 'n' },
    { key: 'p', name: pick(['截至上月累计', '上月累计']), group: '已完成换届数', kind: 'add', field: 'p' },
    { key: 'b', name: '本月', group: '已完成换届数', kind: 'add', field: 'b' },
    { key: 'c', name: pick(['累计', '本年累计']), group: '已完成换届数', kind: 'add', field: 'c' },
    { key: 'r', name: '完成率(%)', kind: 'rate', num: 'c', den: 'n', d: opts.d, tag: 'rate' },
  ];
  const month = ri(3, 11);
  function fill(node) {
    if (node.children && node.children.length) { node.children.forEach(fill); const r = {}; for (const k of ['n', 'p', 'b', 'c']) r[k] = node.children.reduce((a, c) => a + c.rec[k], 0); node.rec = r; }
    else { const n = ri(8, 120); const c = Math.round(n * (0.3 + rnd() * 0.7)); const b = Math.min(c, ri(0, Math.max(1, Math.round(c * 0.3)))); node.rec = { n, c, b, p: c - b }; }
  }
  fill(tree);
  // reuse buildTable with fixed records: hack via leafRec override
  const rows = [], top = opts.totalTop;
  function emit(node, depth) {
    const r = { label: node.label, role: node.role, depth, rec: node.rec }; node._row = r;
    if (!node.children || !node.children.length) { rows.push(r); return; }
    if (top) rows.push(r);
    node.children.forEach((c) => emit(c, depth + 1));
    r.childRows = node.children.map((c) => c._row);
    if (!top) rows.push(r);
  }
  emit(tree, 0);
  const vals = [], rels = [];
  rows.forEach((row, i) => {
    vals.push(cols.map((c) => (c.kind === 'add' ? row.rec[c.field] : round((row.rec.c / row.rec.n) * 100, opts.d))));
    rels.push({ t: 'sum', total: [i, 3], parts: [[i, 1], [i, 2]], tol: 0, tag: 'running' });
    rels.push({ t: 'rate', cell: [i, 4], num: [i, 3], den: [i, 0], k: 100, tol: 0.5 * Math.pow(10, -opts.d) + 1e-7, tag: 'rate' });
    rels.push({ t: 'le', whole: [i, 0], parts: [[i, 3]], tol: 0, tag: 'qz' });
  });
  rows.forEach((row, i) => { if (row.childRows) for (let c = 0; c < 4; c++) rels.push({ t: 'sum', total: [i, c], parts: row.childRows.map((x) => [rows.indexOf(x), c]), tol: 0, tag: row.role === 'total' ? 'total' : 'subtotal' }); });
  return { rows: rows.map((r) => ({ label: r.label, role: r.role, depth: r.depth })), cols, vals, rels, month };
}

// ---------- transpose ----------
function transpose(T) {
  const rows = T.cols.map((c, i) => {
    let label = c.name;
    if (c.group) {
      const same = T.cols.filter((x) => x.group === c.group);
      const first = same[0] === c;
      if (same[0].name === '合计' || same[0].name === '本年' && false) label = first ? c.group : (same[1] === c ? '其中：' : '      ') + c.name;
      else label = `${c.group}（${c.name.replace(/^其中：/, '')}）`;
      if (/^其中：/.test(c.name)) label = '  ' + c.name;
    }
    return { label, role: 'ind', depth: 0, fmt: c };
  });
  // columns from rows; group = parent label for depth 2
  const cols = [];
  let curParent = null;
  T.rows.forEach((r, i) => {
    const c = { key: 'r' + i, name: r.label.trim(), kind: 'x', rowRole: r.role };
    if (r.role === 'sub') { c.group = r.origLabel; c.name = '小计'; }
    else if (r.depth === 2 && r.role === 'leaf') c.group = r.parentLabel;
    cols.push(c);
  });
  const vals = T.cols.map((_, ci) => T.rows.map((_, ri_) => T.vals[ri_][ci]));
  const sw = (p) => [p[1], p[0]];
  const rels = T.rels.map((r) => { const o = { ...r }; for (const k of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev']) if (o[k]) o[k] = sw(o[k]); if (o.parts) o.parts = o.parts.map(sw); return o; });
  return { rows, cols, vals, rels, transposed: true, origCols: T.cols };
}

// ---------- writer ----------
const colL = (n) => { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

function writeSheet(ws, T, st) {
  // st: {title, sub, unit, firstHeader, seq, codeRow, notes, indent, textProb, zeroDash, fmtOf(ci)}
  let r = 1;
  const lab0 = st.seq ? 1 : 0; // label col index
  const c0 = lab0 + 1; // first data col
  const ncol = c0 + T.cols.length;
  if (st.blankTop) r++;
  if (st.title) { ws.getCell(r, 1).value = st.title; if (st.mergeTitle) ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; r++; }
  if (st.sub) { ws.getCell(r, 1).value = st.sub; if (st.mergeTitle) ws.mergeCells(r, 1, r, ncol); r++; }
  if (st.unit) { const uc = st.unitRight ? ncol : 1; ws.getCell(r, uc).value = st.unit; if (st.fillUnit) ws.getCell(r, 1).value = st.fillUnit; r++; }
  const hasGroup = T.cols.some((c) => c.group);
  const h1 = r, h2 = hasGroup ? r + 1 : r;
  if (st.seq) { ws.getCell(h1, 1).value = '序号'; if (hasGroup) ws.mergeCells(h1, 1, h2, 1); }
  ws.getCell(h1, lab0 + 1).value = st.firstHeader; if (hasGroup) ws.mergeCells(h1, lab0 + 1, h2, lab0 + 1);
  for (let i = 0; i < T.cols.length; i++) {
    const c = T.cols[i], col = c0 + i + 1;
    if (!c.group) { ws.getCell(h1, col).value = c.name; if (hasGroup) ws.mergeCells(h1, col, h2, col); continue; }
    let j = i; while (j + 1 < T.cols.length && T.cols[j + 1].group === c.group) j++;
    if (i === 0 || T.cols[i - 1].group !== c.group) { ws.getCell(h1, col).value = c.group; if (j > i) ws.mergeCells(h1, col, h1, c0 + j + 1); }
    ws.getCell(h2, col).value = c.name;
  }
  r = h2 + 1;
  if (st.codeRow) {
    if (st.seq) ws.getCell(r, 1).value = '甲';
    ws.getCell(r, lab0 + 1).value = st.seq ? '乙' : '甲';
    for (let i = 0; i < T.cols.length; i++) ws.getCell(r, c0 + i + 1).value = st.codeAsText ? String(i + 1) : i + 1;
    r++;
  }
  const addr = [];
  let seqN = 0;
  T.rows.forEach((row, i) => {
    const rr = r + i;
    let label = row.label;
    if (!T.transposed && st.indent && row.depth > 0 && row.role !== 'qz') label = '  '.repeat(row.depth - (st.indentFrom || 0) > 0 ? row.depth - (st.indentFrom || 0) : 0) + label;
    if (row.role === 'qz' && !/^\s/.test(label) && st.indent) label = '  ' + label;
    if (st.seq) { if (row.role === 'leaf' || row.role === 'ind') ws.getCell(rr, 1).value = ++seqN; }
    ws.getCell(rr, lab0 + 1).value = label;
    addr.push([]);
    T.cols.forEach((c, ci) => {
      const cell = ws.getCell(rr, c0 + ci + 1);
      addr[i][ci] = colL(c0 + ci);
      const f = T.transposed ? row.fmt : c;
      let v = T.vals[i][ci];
      const isInt = f.kind === 'add' || f.kind === 'diff';
      if (v === 0 && isInt && st.zeroDash && f.kind !== 'diff') v = st.zeroDash === 'blank' ? null : st.zeroDash;
      if (v === '—' && st.naBlank) v = null;
      if (typeof v === 'number' && isInt && chance(st.textProb)) v = String(v);
      cell.value = v;
      if (typeof v === 'number') {
        if (isInt) cell.numFmt = st.thousands ? '#,##0' : '0';
        else if (f.frac) cell.numFmt = f.d === 1 ? '0.0%' : '0.00%';
        else cell.numFmt = f.d === 2 ? '0.00' : f.d === 1 ? '0.0' : '0';
      }
    });
  });
  const last = r + T.rows.length - 1;
  let nr = last + 1 + (st.gapNotes ? 1 : 0);
  for (const n of st.notes || []) { ws.getCell(nr, 1).value = n; nr++; }
  ws.getColumn(lab0 + 1).width = 18;
  return (p) => addr[p[0]][p[1]] + (r + p[0]);
}

// ---------- book ----------
function sheetStyle(kind, T, place, year) {
  const st = {};
  st.title = chance(0.9) ? `${place}${year}年${pick(['非公有制企业和社会组织党组织换届选举情况统计表', '“两新”组织党组织换届情况统计表', '非公企业和社会组织党组织按期换届情况表', '党组织换届选举工作进展情况表'])}` : null;
  st.mergeTitle = chance(0.7);
  st.sub = chance(0.25) ? pick([`（截至${year}年${ri(1, 12)}月底）`, `（${year}年度）`, '表一']) : null;
  st.unit = chance(0.7) ? pick(['单位：个、人、%', '单位：个', '单位：个，%', '计量单位：个']) : null;
  st.unitRight = chance(0.5);
  st.fillUnit = st.unit && !st.unitRight && false ? null : (chance(0.3) && st.unitRight ? `填报单位：${place}委组织部` : null);
  st.seq = chance(0.25);
  st.codeRow = chance(0.2);
  st.codeAsText = chance(0.5);
  st.indent = chance(0.6);
  st.textProb = chance(0.25 + variant * 0.1) ? (chance(0.5) ? 0.05 : 1) : 0;
  st.zeroDash = chance(0.3) ? pick(['—', 'blank', '-']) : null;
  st.naBlank = chance(0.3);
  st.thousands = chance(0.2);
  st.blankTop = chance(0.1);
  st.gapNotes = chance(0.5);
  const notes = [];
  if (chance(0.5)) notes.push(pick(['注：按期换届率=已按期换届数÷应换届数×100%。', '注：1.本表统计范围为已建立党组织的非公有制企业和社会组织；2.延期换届须经上级党组织批准。', '说明：数据来源于全国党员管理信息系统。']));
  if (chance(0.6)) notes.push(`填报人：${pick(['张伟', '李娜', '王芳', '刘洋'])}    审核人：${pick(['陈军', '赵敏', '孙磊'])}    联系电话：${ri(130, 189)}${ri(10000000, 99999999)}`);
  if (chance(0.4)) notes.push(`填报日期：${year + (chance(0.5) ? 1 : 0)}年${ri(1, 12)}月${ri(1, 28)}日`);
  st.notes = notes;
  return st;
}

async function makeBook(file) {
  const wb = new ExcelJS.Workbook();
  const level = pick(['county', 'city', 'city', 'prov']);
  const place = level === 'prov' ? pick(['江南省', '河西省', '山北省']) : level === 'city' ? pick(CITIES) : pick(COUNTIES.filter((c) => c.endsWith('县')));
  const year = ri(2019, 2024);
  const nSheets = ri(1, 4);
  const kinds = shuffle(variant === 1 ? ['regionT', 'regionT', 'type', 'team', 'region', 'month'] : ['region', 'region', 'type', 'month', 'regionMonth', 'team', 'regionT']).slice(0, nSheets);
  const sheetsOut = [];
  const usedNames = new Set();
  for (const kind of kinds) {
    const d = chance(0.6) ? 1 : 2;
    let T, first;
    const opts = { d, totalTop: chance(0.65), subLabel: chance(0.5), level };
    let name;
    if (kind === 'region' || kind === 'regionT' || kind === 'team') {
      const colStyle = kind === 'team' ? 'team' : pick(['basic', 'basic', 'year', 'mixed']);
      Object.assign(opts, { colStyle, split: chance(0.6), qzOnly: chance(0.3), delay: chance(0.6), share: chance(0.35), frac: colStyle === 'basic' && chance(0.2) });
      const { cols, rowRels } = buildRegionCols(opts);
      const tree = regionTree(level);
      T = buildTable(tree, cols, rowRels, opts);
      first = level === 'county' ? pick(['乡镇(街道)', '单位', '地区']) : pick(['县(市、区)', '地区', '单位名称', '地 区']);
      name = kind === 'team' ? pick(['班子成员', '表3 班子结构', '班子情况']) : pick(['按地区', '分县区', '表1', '汇总', '换届情况']);
      if (kind === 'regionT') {
        // attach parent labels for group headers
        T = transpose(T); first = pick(['指标', '项目', '指 标']); name = pick(['分地区(横表)', '表2', '县区对比']);
        // group header: parent of depth-2 rows, use 'sub' row labels
      }
    } else if (kind === 'type') {
      Object.assign(opts, { colStyle: pick(['basic', 'year', 'mixed']), split: false, delay: chance(0.6), share: chance(0.5) });
      const { cols, rowRels } = buildRegionCols(opts);
      T = buildTable(typeTree(), cols, rowRels, opts);
      first = pick(['组织类型', '类别', '项目', '单位类型']);
      name = pick(['按类型', '分类型', '表2 分类']);
    } else if (kind === 'month') {
      T = monthTable(opts); first = pick(['月份', '时间']); name = pick(['月度进度', '分月', '进度表']);
    } else {
      T = regionMonthTable(opts); first = level === 'county' ? '乡镇(街道)' : '县(市、区)'; name = pick(['本月进展', '进度通报', '月报']);
    }
    while (usedNames.has(name)) name = name + '2';
    usedNames.add(name);
    const ws = wb.addWorksheet(name);
    const st = sheetStyle(kind, T, place, year);
    st.firstHeader = first;
    if (kind === 'month' && T.withTarget === false && T.withRate) st.notes.unshift(`全年应换届${T.target}个。`);
    const A = writeSheet(ws, T, st);
    const rels = T.rels.map((r) => { const o = { ...r }; for (const k of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev']) if (o[k]) o[k] = A(o[k]); if (o.parts) o.parts = o.parts.map(A); return o; });
    if (variant >= 2 && chance(0.5)) for (const r of rels) if (r.t === 'sum' && (r.tag === 'total' || r.tag === 'subtotal') && r.parts.length <= 15) {
      const c = ws.getCell(r.total);
      if (typeof c.value === 'number' && r.parts.every((p) => typeof ws.getCell(p).value === 'number')) c.value = { formula: r.parts.join('+'), result: c.value };
    }
    sheetsOut.push({ sheet: name, rels });
  }
  return { wb, sheets: sheetsOut };
}

function cellGetter(wb, sheet) { const ws = wb.getWorksheet(sheet); return (a) => ws.getCell(a).value; }

const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
function plant(book, kind) {
  const cands = [];
  for (const s of book.sheets) for (const r of s.rels) {
    if (kind === 'part' && r.t === 'sum' && (r.tag === 'total' || r.tag === 'subtotal')) {
      for (const p of r.parts) if (!s.rels.some((x) => x.t === 'sum' && x.total === p && x !== r)) cands.push({ s, r, cell: p });
    } else if (r.tag === kind && ['total', 'subtotal', 'running'].includes(kind) && r.t === 'sum') cands.push({ s, r, cell: r.total });
    else if (r.tag === kind && r.cell) cands.push({ s, r, cell: r.cell });
  }
  if (!cands.length) return null;
  const c = pick(cands);
  const ws = book.wb.getWorksheet(c.s.sheet);
  const cell = ws.getCell(c.cell);
  const was = cell.value;
  const w = typeof was === 'string' ? Number(was.replace(/,/g, '')) : typeof was === 'number' ? was : 0;
  if (!Number.isFinite(w)) return null;
  let now;
  if (['rate', 'share', 'growth', 'pp'].includes(kind)) {
    const frac = cell.numFmt && cell.numFmt.includes('%');
    const dd = kind === 'pp' ? 1.5 + rnd() * 4 : 3 + rnd() * 9;
    const dec = /0\.00/.test(cell.numFmt || '') ? 2 : 1;
    now = round(w + (chance(0.5) ? 1 : -1) * (frac ? dd / 100 : dd), frac ? dec + 2 : dec);
    if (kind !== 'pp' && kind !== 'growth' && now < 0) now = round(w + (frac ? dd / 100 : dd), frac ? dec + 2 : dec);
  } else {
    const f = 0.05 + rnd() * 0.25;
    now = Math.round(w * (1 + (chance(0.5) ? f : -f)));
    if (Math.abs(now - w) < 2) now = w + ri(2, 5);
  }
  cell.value = typeof was === 'string' ? String(now) : now;
  const get = cellGetter(book.wb, c.s.sheet);
  if (!(evalRel(c.r, get) > 0)) { cell.value = was; return null; }
  return { sheet: c.s.sheet, cell: c.cell, was, now, kind };
}

(async () => {
  const out = path.join(__dirname, SET);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [];
  for (let i = 0; i < N; i++) {
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    const book = await makeBook(file);
    const plants = [];
    if (i % 2 === 1 && rnd() < PLANTED * 2) {
      let k = KINDS[Math.floor(i / 2) % KINDS.length];
      for (let t = 0; t < 20 && !plants.length; t++) { const p = plant(book, k); if (p) plants.push(p); else k = pick(KINDS); }
    }
    await book.wb.xlsx.writeFile(path.join(out, file));
    fs.writeFileSync(path.join(__dirname, 'rel', file + '.json'), JSON.stringify({ set: SET, sheets: book.sheets, plants }, null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, N, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})();
