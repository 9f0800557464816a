// Generator for round 70B: public-safety statistics tables.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');

// ---------- rng ----------
let seed = 70270;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd2 = (x, d) => { const p = 10 ** d; const s = Math.sign(x); return s * Math.round(Math.abs(x) * p + 1e-7) / p; };

// ---------- model ----------
class Model {
  constructor() { this.v = {}; this.der = []; this.checks = []; this.n = 0; this.dec = {}; }
  id() { return 'c' + (this.n++); }
  input(val, dec = 0) { const id = this.id(); this.v[id] = val == null ? null : rnd2(val, dec); this.dec[id] = dec; return id; }
  derive(kind, args, dec = 0, k = 1) { const id = this.id(); this.dec[id] = dec; this.der.push({ kind, target: id, args, dec, k }); return id; }
  check(kind, args, dec = 0, k = 1) { this.checks.push({ kind, target: null, args, dec, k }); }
}
const num = (x) => (x == null ? 0 : x);
function evalRel(r, v) {
  const a = r.args.map((x) => v[x]);
  switch (r.kind) {
    case 'sum': return rnd2(a.reduce((s, x) => s + num(x), 0), r.dec);
    case 'diff': return (a[0] == null && a[1] == null) ? null : rnd2(num(a[0]) - num(a[1]), r.dec);
    case 'pct': return (!a[1]) ? null : rnd2((num(a[0]) - a[1]) / a[1] * 100, r.dec);
    case 'ratio': return (!a[1]) ? null : rnd2(num(a[0]) / a[1] * r.k, r.dec);
    case 'rank': return 1 + a.slice(1).filter((x) => num(x) > num(a[0])).length;
  }
  throw new Error(r.kind);
}
function relOk(r, v) {
  if (r.kind === 'le') return num(v[r.args[0]]) <= num(v[r.args[1]]) + 1e-9;
  if (r.kind === 'eq') return Math.abs(num(v[r.args[0]]) - num(v[r.args[1]])) < 1e-7;
  const e = evalRel(r, v), t = v[r.target];
  if (e == null || t == null) return e == null && (t == null || t === 0);
  return Math.abs(e - t) < 1e-7;
}
function computeAll(m) { for (const d of m.der) m.v[d.target] = evalRel(d, m.v); }

// planting: type in total|part|rate|qizhong|pct|diff
function plant(m, types) {
  const clean = { ...m.v };
  const rels = m.der.concat(m.checks);
  for (let attempt = 0; attempt < 200; attempt++) {
    const type = pick(types);
    let R, X, wrong;
    if (type === 'total' || type === 'part') {
      const cands = m.der.filter((d) => d.kind === 'sum' && d.args.length >= 2);
      if (!cands.length) continue; R = pick(cands);
      X = type === 'total' ? R.target : pick(R.args);
      const v = num(clean[X]), dec = m.dec[X];
      let delta = Math.max(2 * 10 ** -dec * 10, Math.abs(v) * (0.08 + rnd() * 0.2)); if (dec === 0) delta = Math.max(3, Math.round(delta));
      delta = rnd2(delta, dec);
      wrong = rnd2(v + (chance(0.5) || v - delta < 0 ? delta : -delta), dec);
    } else if (type === 'rate') {
      const cands = m.der.filter((d) => d.kind === 'ratio'); if (!cands.length) continue;
      R = pick(cands); X = R.target; const v = clean[X]; if (v == null) continue;
      const dec = R.dec; let w = v * (chance(0.5) ? 1.25 + rnd() * 0.4 : 0.55 + rnd() * 0.2);
      if (Math.abs(w - v) < 5 * 10 ** -dec) w = v + 8 * 10 ** -dec;
      wrong = rnd2(w, dec);
    } else if (type === 'qizhong') {
      const cands = m.checks.filter((d) => d.kind === 'le'); if (!cands.length) continue;
      R = pick(cands); X = R.args[0]; const whole = num(clean[R.args[1]]); if (!whole) continue;
      const dec = m.dec[X]; wrong = rnd2(whole + Math.max(dec ? 1 : 2, whole * (0.05 + rnd() * 0.2)), dec);
    } else if (type === 'pct' || type === 'diff') {
      const cands = m.der.filter((d) => d.kind === type && clean[d.target] != null); if (!cands.length) continue;
      R = pick(cands); X = R.target; const v = clean[X], dec = R.dec;
      if (type === 'pct') wrong = Math.abs(v) > 4 && chance(0.6) ? -v : rnd2(v + (chance(0.5) ? 1 : -1) * (8 + rnd() * 15), dec);
      else wrong = Math.abs(v) > 3 && chance(0.5) ? -v : rnd2(v + (chance(0.5) ? 1 : -1) * Math.max(3, Math.abs(v) * 0.3), dec);
    }
    if (wrong == null || wrong === clean[X] || (m.dec[X] === 0 && wrong < 0 && type !== 'pct' && type !== 'diff')) continue;
    const v = { ...clean }; v[X] = wrong;
    for (const d of m.der) { if (d.target === X || d === R) continue; v[d.target] = evalRel(d, v); }
    const broken = rels.filter((r) => !relOk(r, v));
    if (broken.length === 1 && broken[0] === R && (R.target === X || R.args.includes(X))) {
      m.v = v; return { X, type, from: clean[X], to: wrong };
    }
  }
  return null;
}

// ---------- grid / sheet writing ----------
class Grid {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.pos = {}; this.maxc = 0; this.maxr = 0; }
  set(r, c, val, fmt) {
    this.cells[r + ',' + c] = { val, fmt }; if (val && typeof val === 'object' && val.id) this.pos[val.id] = [r, c];
    this.maxc = Math.max(this.maxc, c); this.maxr = Math.max(this.maxr, r);
  }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
}
const colName = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (g, id) => { const p = g.pos[id]; return p ? `${colName(p[1])}${p[0] + 1}` : null; };

// style knobs per book
function display(val, fmt, dec, knobs) {
  fmt = fmt || {};
  if (val == null) return { v: fmt.nullAs != null ? fmt.nullAs : knobs.nullAs };
  if (fmt.word) { // 增长/下降 words
    if (val === 0) return { v: '持平' };
    return { v: (val < 0 ? (fmt.word === 'jian' ? '减少' : '下降') : (fmt.word === 'jian' ? '增加' : '增长')) + Math.abs(val).toFixed(dec) };
  }
  if (fmt.text || (knobs.textP && chance(knobs.textP))) return { v: val.toFixed(dec) };
  return { v: val, numFmt: dec ? '0.' + '0'.repeat(dec) : (Math.abs(val) >= 10000 && knobs.thousands ? '#,##0' : '0') };
}
function writeGrid(wb, g, m, knobs) {
  const ws = wb.addWorksheet(g.name);
  for (const key of Object.keys(g.cells)) {
    const [r, c] = key.split(',').map(Number); const { val, fmt } = g.cells[key];
    const cell = ws.getCell(r + 1, c + 1);
    if (val && typeof val === 'object' && val.id) {
      const d = display(m.v[val.id], fmt, m.dec[val.id], knobs); cell.value = d.v; if (d.numFmt) cell.numFmt = d.numFmt;
      cell.alignment = { horizontal: 'right' };
    } else if (val != null) cell.value = val;
  }
  for (const [r1, c1, r2, c2] of g.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  for (let c = 0; c <= g.maxc; c++) ws.getColumn(c + 1).width = c === 0 ? 22 : 12;
  return ws;
}

// ---------- vocab ----------
const COUNTIES = ['城关区', '东城区', '西城区', '南湖区', '北山县', '青河县', '临江县', '白云县', '高新区', '经开区', '平安县', '永宁县', '安远县', '石门县', '红旗区', '金川县'];
const YEARS = [[2024, 2023], [2023, 2022], [2022, 2021]];
const treeRoad = () => [{ l: '高速公路' }, { l: '国道' }, { l: '省道' }, { l: '县道' }, { l: '乡道' }, { l: '城市道路' }, { l: '其他道路' }];
const treeCause = () => [{ l: '机动车原因', qz: [{ l: '超速行驶' }, { l: '酒后驾驶' }, { l: '未按规定让行' }] }, { l: '非机动车原因' }, { l: '行人乘车人原因' }, { l: '道路及其他原因' }];
const treeFire = () => shuffle([{ l: '电气火灾', qz: chance(0.4) ? [{ l: '电气线路故障' }] : null }, { l: '用火不慎' }, { l: '吸烟' }, { l: '玩火' }, { l: '自燃' }, { l: '生产作业' }, { l: '放火' }]).concat([{ l: '其他原因' }]);
const treeWork = () => [{ l: '工矿商贸', qz: [{ l: '煤矿' }, { l: '非煤矿山' }, { l: '危险化学品' }, { l: '建筑业' }] }, { l: '道路运输' }, { l: '水上交通' }, { l: '铁路交通' }, { l: '农业机械' }, { l: '火灾（非工矿商贸）' }];
const treeRoadNested = () => [{ l: '公路', kids: [{ l: '高速公路' }, { l: '一级公路' }, { l: '二级公路' }, { l: '三级及以下公路' }] }, { l: '城市道路' }, { l: '其他道路' }];
const TOPICS = {
  road: { title: '道路交通事故情况', dim: '道路类型', trees: [treeRoad, treeCause, treeRoadNested], metrics: [['事故起数', '起', 0, 40], ['死亡人数', '人', 0, 15], ['受伤人数', '人', 0, 45], ['直接财产损失', '万元', 1, 30]] },
  fire: { title: '火灾情况', dim: '起火原因', trees: [treeFire], metrics: [['火灾起数', '起', 0, 80], ['死亡', '人', 0, 2], ['受伤', '人', 0, 3], ['直接财产损失', '万元', 2, 40]] },
  work: { title: '生产安全事故情况', dim: '行业（领域）', trees: [treeWork], metrics: [['事故起数', '起', 0, 12], ['死亡人数', '人', 0, 10], ['受伤人数', '人', 0, 8], ['直接经济损失', '万元', 1, 90]] },
};
const fireLossYuan = ['直接财产损失', '元', 0, 300000];

function genVal(scale, dec, allowZero) {
  if (allowZero && chance(0.12)) return 0;
  const x = scale * (0.2 + rnd() * 1.6); return dec ? rnd2(x, dec) : Math.max(allowZero ? 0 : 1, Math.round(x));
}

// ---------- builder: category tree table ----------
// returns { grid, rowsUsed }
function catTable(m, g, o) {
  // o: topic, tree, metrics[[name,unit,dec,scale]], changes: 'none'|'pct'|'diffpct', share, rank, totalPos, totalLabel, r0, unitPlace, periods [cur,prev], pctStyle, blankAfterTotal, leafSrc(mi,pk,path)
  const periods = o.changes === 'none' && !o.withPrev ? ['cur'] : ['cur', 'prev'];
  const mets = o.metrics;
  // value generation over tree
  const nodes = []; // {label, depth, qzFirst, val:{mi:{cur,prev}}, path}
  const mkVals = (path, node, depth, kind) => {
    const ent = { label: node.l, depth, kind, vals: {}, path: path.concat(node.l), node };
    nodes.push(ent);
    const kidEnts = [];
    if (node.kids) node.kids.forEach((k) => kidEnts.push(mkVals(ent.path, k, depth + 1, 'kid')));
    ent.kidEnts = kidEnts;
    ent.qzEnts = [];
    mets.forEach((mt, mi) => {
      ent.vals[mi] = {};
      for (const pk of periods) {
        let id;
        const src = o.leafSrc && !node.kids ? o.leafSrc(mi, pk, ent.path) : null;
        if (node.kids) id = m.derive('sum', kidEnts.map((k) => k.vals[mi][pk]), mt[2]);
        else if (src) id = m.derive('sum', src, mt[2]);
        else if (pk === 'prev' && m.v[ent.vals[mi].cur] != null) { const cv = m.v[ent.vals[mi].cur]; id = m.input(cv === 0 ? (chance(0.5) ? 0 : ri(1, 3)) : Math.max(0, cv * (0.6 + rnd() * 0.8) + (mt[2] ? 0 : ri(-1, 2))), mt[2]); }
        else id = m.input(genVal(mt[3] * (o.scaleMul || 1), mt[2], true), mt[2]);
        ent.vals[mi][pk] = id;
      }
    });
    if (node.qz) {
      let first = true;
      for (const q of node.qz) {
        const qe = { label: q.l, depth: depth + 1, kind: first ? 'qzfirst' : 'qz', vals: {}, path: ent.path.concat(q.l) }; first = false;
        nodes.push(qe); ent.qzEnts.push(qe);
        mets.forEach((mt, mi) => {
          qe.vals[mi] = {};
          for (const pk of periods) {
            const whole = ent.vals[mi][pk];
            const src = o.leafSrc ? o.leafSrc(mi, pk, qe.path) : null;
            let id;
            if (src) id = m.derive('sum', src, mt[2]);
            else {
              const wv = m.v[whole];
              id = m.input(wv == null ? 0 : (mt[2] ? rnd2(wv * rnd() * 0.4, mt[2]) : Math.floor(wv * rnd() * 0.4)), mt[2]);
            }
            qe.vals[mi][pk] = id; m.check('le', [id, whole]);
          }
        });
      }
    }
    return ent;
  };
  const tops = o.tree.map((n) => mkVals([], n, 1, 'top'));
  const total = { label: o.totalLabel, depth: 0, kind: 'total', vals: {} };
  mets.forEach((mt, mi) => {
    total.vals[mi] = {};
    for (const pk of periods) {
      total.vals[mi][pk] = m.derive('sum', tops.map((t) => t.vals[mi][pk]), mt[2]);
      if (o.leafSrc && o.totalSrc) m.checks.push({ kind: 'sum', target: total.vals[mi][pk], args: o.totalSrc(mi, pk), dec: mt[2], k: 1 });
    }
  });
  // we need derive order: kids before parents. mkVals derives parents after kids (recursion) – ok. But 'sum' derived in leafSrc refer to other sheets (derived earlier) – ok.
  computeAll(m);
  // re-generate qz inputs is not needed (they were generated from input values at time; for derived wholes m.v may be undefined) -> fix up
  for (const n of nodes) if (n.kind === 'qz' || n.kind === 'qzfirst') for (const mi in n.vals) for (const pk in n.vals[mi]) {
    const id = n.vals[mi][pk]; if (m.der.find((d) => d.target === id)) continue;
    const chk = m.checks.find((c) => c.kind === 'le' && c.args[0] === id); const wv = num(m.v[chk.args[1]]);
    if (m.v[id] > wv) m.v[id] = mets[mi][2] ? rnd2(wv * 0.3, mets[mi][2]) : Math.floor(wv * 0.3);
  }
  // columns
  const cols = []; // {mi, pk|'diff'|'pct'|'share'|'rank'}
  mets.forEach((mt, mi) => {
    cols.push({ mi, t: 'cur' });
    if (o.share === mi) cols.push({ mi, t: 'share' });
    if (o.rank === mi) cols.push({ mi, t: 'rank' });
    if (periods.includes('prev')) cols.push({ mi, t: 'prev' });
    if (o.changes === 'diffpct') cols.push({ mi, t: 'diff' });
    if (o.changes === 'pct' || o.changes === 'diffpct') cols.push({ mi, t: 'pct' });
  });
  // derived change columns
  const rowsOrder = [];
  if (o.totalPos === 'top') rowsOrder.push(total);
  for (const n of nodes) rowsOrder.push(n);
  if (o.totalPos !== 'top') rowsOrder.push(total);
  const topLeafEnts = tops; // share/rank among top-level entries
  for (const n of rowsOrder) {
    n.extra = {};
    cols.forEach((c, ci) => {
      const mt = mets[c.mi];
      if (c.t === 'diff') n.extra[ci] = m.derive('diff', [n.vals[c.mi].cur, n.vals[c.mi].prev], mt[2]);
      if (c.t === 'pct') n.extra[ci] = m.derive('pct', [n.vals[c.mi].cur, n.vals[c.mi].prev], o.pctDec);
      if (c.t === 'share') n.extra[ci] = m.derive('ratio', [n.vals[c.mi].cur, total.vals[c.mi].cur], o.shareDec, 100);
      if (c.t === 'rank' && n.kind === 'top') n.extra[ci] = m.derive('rank', [n.vals[c.mi].cur, ...topLeafEnts.filter((t) => t !== n).map((t) => t.vals[c.mi].cur)]);
    });
  }
  computeAll(m);
  // layout
  let r = o.r0;
  const C0 = 1; // first value column
  const unitTxt = (mt) => (o.unitPlace === 'header' ? `（${mt[1]}）` : '');
  const per = o.periodLabels;
  const colLabel = (c) => ({ cur: per[0], prev: per[1], diff: '增减', pct: o.pctLabel, share: '占比（%）', rank: '位次' }[c.t]);
  if (o.header === 'two') {
    g.set(r, 0, o.dimLabel); g.merge(r, 0, r + 1, 0);
    let ci = 0;
    mets.forEach((mt, mi) => {
      const span = cols.filter((c) => c.mi === mi).length;
      g.set(r, C0 + ci, mt[0] + unitTxt(mt)); if (span > 1) g.merge(r, C0 + ci, r, C0 + ci + span - 1);
      cols.filter((c) => c.mi === mi).forEach((c, k) => g.set(r + 1, C0 + ci + k, colLabel(c)));
      ci += span;
    });
    r += 2;
  } else {
    g.set(r, 0, o.dimLabel);
    cols.forEach((c, ci) => {
      const mt = mets[c.mi];
      const lab = c.t === 'cur' ? (periods.length > 1 ? per[0] + mt[0] : mt[0]) + unitTxt(mt) : c.t === 'prev' ? per[1] + mt[0] + unitTxt(mt) : mt[0] + colLabel(c);
      g.set(r, C0 + ci, lab);
    });
    r += 1;
  }
  const fw = '　';
  for (const n of rowsOrder) {
    let lab = n.label;
    if (n.kind === 'total') lab = o.totalLabel;
    else if (n.kind === 'qzfirst') lab = fw.repeat(n.depth - 1) + '其中：' + n.label;
    else if (n.kind === 'qz') lab = fw.repeat(n.depth - 1) + (o.qzAlign ? fw.repeat(3) : '') + n.label;
    else lab = fw.repeat(n.depth - 1) + lab;
    if (o.marker && n.kind === 'top' && chance(0.15)) lab += pick(['①', '*', '②']);
    g.set(r, 0, lab);
    cols.forEach((c, ci) => {
      let id = c.t === 'cur' || c.t === 'prev' ? n.vals[c.mi][c.t] : n.extra[ci];
      if (id == null) return; // rank on non-top rows
      const fmt = {};
      if (c.t === 'pct' && o.pctStyle === 'word') fmt.word = 'pct';
      if (c.t === 'pct' && o.pctStyle === 'text') fmt.text = true;
      if (c.t === 'diff' && o.diffStyle === 'word') fmt.word = 'jian';
      if (c.t === 'pct' || c.t === 'share') fmt.nullAs = o.pctNull;
      g.set(r, C0 + ci, { id }, fmt);
    });
    r++;
    if (n.kind === 'total' && o.blankAfterTotal && o.totalPos === 'top') r++;
    if (n.kind === 'total' && o.blankAfterTotal && o.totalPos !== 'top') {/* none */}
  }
  return { r, total, tops, nodes, cols };
}

// ---------- book-level wrappers ----------
function titleBlock(g, o, width) {
  let r = 0;
  if (o.tableNo) { g.set(r, 0, o.tableNo); r++; }
  g.set(r, 0, o.title); if (width > 1) g.merge(r, 0, r, width); r++;
  if (o.filler) { g.set(r, 0, `填报单位：${o.org}`); g.set(r, Math.max(2, width - 1), `填报日期：${o.date}`); r++; }
  if (o.unitLine) { g.set(r, Math.max(1, width), o.unitLine); r++; }
  return r;
}
function footBlock(g, r, o) {
  r++;
  if (o.notes) for (const n of o.notes) { g.set(r, 0, n); r++; }
  if (o.footFiller) { g.set(r, 0, `填表人：${pick(['张伟', '李娜', '王强'])}　　审核人：${pick(['刘洋', '陈静'])}　　填报日期：${o.date}`); r++; }
  return r;
}

function bookCat(m, knobs, messy) {
  const topicKey = pick(Object.keys(TOPICS)); const topic = TOPICS[topicKey];
  const tree = pick(topic.trees)();
  let metrics = topic.metrics.slice(0, ri(2, 4));
  if (topicKey === 'fire' && chance(0.4)) metrics = metrics.map((x) => (x[0] === '直接财产损失' ? fireLossYuan : x));
  if (chance(0.3)) metrics = [metrics[0], metrics[1]];
  const [y1, y0] = pick(YEARS);
  const changes = pick(['pct', 'pct', 'diffpct', 'none']);
  const periodLabels = pick([['本年', '上年'], [`${y1}年`, `${y0}年`], ['本期', '上年同期'], ['本期', '同期']]);
  const unitPlace = pick(['header', 'header', 'title']);
  const o = {
    tree, metrics, changes, withPrev: chance(0.3), periodLabels, unitPlace,
    share: changes === 'none' || chance(0.25) ? (chance(0.6) ? 0 : undefined) : undefined,
    rank: chance(0.2) ? 0 : undefined, shareDec: pick([1, 1, 2]), pctDec: pick([1, 1, 2]),
    totalPos: pick(['top', 'top', 'bottom']), totalLabel: pick(['合计', '全市', '总计', '全县合计', '合　计']),
    header: pick(['two', 'two', 'one']), dimLabel: pick([topic.dim, '项目', '类别', '分类']),
    pctLabel: pick(['增减（%）', '同比增减（%）', '增减%', '同比±%', '比上年增减（%）']),
    pctStyle: messy && chance(0.15) ? 'word' : (messy && chance(0.2) ? 'text' : 'num'),
    diffStyle: messy && chance(0.1) ? 'word' : 'num', pctNull: pick(['—', '-', '']),
    blankAfterTotal: messy && chance(0.3), marker: messy && chance(0.3), qzAlign: chance(0.5),
  };
  if (o.rank === 0 && o.share === undefined && chance(0.5)) o.share = 0;
  const sheetName = pick(['Sheet1', topic.title.slice(0, 6), '表1', '统计表']);
  const g = new Grid(sheetName);
  const ncols = metrics.length * (1 + (changes === 'none' ? (o.withPrev ? 1 : 0) : changes === 'pct' ? 2 : 3)) + (o.share != null ? 1 : 0) + (o.rank != null ? 1 : 0);
  const region = pick(['××市', '××县', 'A市', '某区']);
  const unitLine = unitPlace === 'title' ? '单位：' + metrics.map((x) => x[1]).filter((v, i, a) => a.indexOf(v) === i).join('、') : (chance(0.3) ? '' : null);
  const r0 = titleBlock(g, { title: `${region}${y1}年${pick(['', '1-' + ri(3, 11) + '月'])}${topic.title}${pick(['统计表', '（按' + topic.dim + '分）', '表'])}`, filler: chance(messy ? 0.5 : 0.25), org: region + pick(['公安局交通管理大队', '消防救援大队', '应急管理局']), date: `${y1 + 1}年${ri(1, 3)}月${ri(1, 28)}日`, unitLine: unitLine || null, tableNo: chance(0.2) ? `表${ri(1, 9)}` : null }, ncols);
  o.r0 = r0;
  const res = catTable(m, g, o);
  const notes = [];
  if (chance(messy ? 0.6 : 0.3)) notes.push(pick(['注：1.本表数据来源于公安交通管理综合应用平台；2.增减（%）为与上年同期相比。', '注：“—”表示无数据或不可比。', '注：直接财产损失为初步统计数。', '说明：①含未结案事故。']));
  if (notes.length && chance(0.3)) notes.push(`　　　${pick(['2.', '②'])}${pick(['机动车保有量截至年底', '数据截至12月31日', '其中项不含重复统计'])}。`);
  footBlock(g, res.r, { notes, footFiller: messy && chance(0.2), date: `${y1 + 1}年1月5日` });
  return [g];
}

// ---------- region rate table ----------
function bookRegion(m, knobs, messy) {
  const kinds = [
    { t: '道路交通事故死亡人数及万车死亡率', a: ['死亡人数', '人', 0, 30], b: chance(0.6) ? ['机动车保有量', '万辆', 2, 12] : ['机动车保有量', '辆', 0, 120000], rate: '万车死亡率', rdec: 2 },
    { t: '火灾起数及每十万人口火灾发生率', a: ['火灾起数', '起', 0, 120], b: ['常住人口', '万人', 2, 40], rate: '每十万人口火灾起数', rdec: 2, k: 10 },
    { t: '生产安全事故死亡人数及亿元GDP死亡率', a: ['生产安全事故死亡人数', '人', 0, 12], b: ['地区生产总值', '亿元', 1, 300], rate: '亿元GDP生产安全事故死亡率', rdec: 3 },
  ];
  const K = pick(kinds);
  let k = K.k || 1; if (K.b[1] === '辆') k = 10000;
  const n = ri(4, 10); const regs = shuffle(COUNTIES).slice(0, n);
  const withPrev = chance(0.45); const transpose = chance(messy ? 0.3 : 0.15);
  const totalLabel = pick(['全市', '合计', '全市合计', '总计']); const totalTop = chance(0.6);
  const rows = regs.map((r) => ({ l: r })); const tot = { l: totalLabel, total: true };
  const rateUnit = K.rate === '万车死亡率' ? '（人/万车）' : K.rate.startsWith('亿元') ? '（人/亿元）' : '（起/十万人）';
  const cols = [];
  const mkcol = (lab, key) => cols.push({ lab, key });
  mkcol(K.a[0] + '（' + K.a[1] + '）', 'a');
  if (withPrev) mkcol('上年' + K.a[0], 'a0');
  mkcol(K.b[0] + '（' + K.b[1] + '）', 'b');
  if (withPrev) mkcol('上年' + K.b[0], 'b0');
  mkcol(K.rate + rateUnit, 'rate');
  if (withPrev) { mkcol('上年' + K.rate, 'rate0'); mkcol(pick(['比上年增减', K.rate + '比上年增减', K.rate + '增减（±）']), 'rdiff'); }
  const rank = chance(0.25);
  if (rank) mkcol('死亡人数位次'.replace('死亡人数', K.a[0].slice(-4)), 'rank');
  const share = chance(0.3); if (share) mkcol(K.a[0].slice(-4) + '占比（%）', 'share');
  for (const row of rows) {
    row.a = m.input(genVal(K.a[3], 0, false)); row.b = m.input(genVal(K.b[3], K.b[2]), K.b[2]);
    if (withPrev) { row.a0 = m.input(genVal(K.a[3], 0, false)); row.b0 = m.input(m.v[row.b] * (0.9 + rnd() * 0.08), K.b[2]); }
  }
  tot.a = m.derive('sum', rows.map((x) => x.a)); tot.b = m.derive('sum', rows.map((x) => x.b), K.b[2]);
  if (withPrev) { tot.a0 = m.derive('sum', rows.map((x) => x.a0)); tot.b0 = m.derive('sum', rows.map((x) => x.b0), K.b[2]); }
  for (const row of rows.concat([tot])) {
    row.rate = m.derive('ratio', [row.a, row.b], K.rdec, k);
    if (withPrev) { row.rate0 = m.derive('ratio', [row.a0, row.b0], K.rdec, k); row.rdiff = m.derive('diff', [row.rate, row.rate0], K.rdec); }
    if (share) row.share = m.derive('ratio', [row.a, tot.a], 1, 100);
  }
  if (rank) {
    computeAll(m);
    // make counts distinct
    const seen = new Set(); for (const row of rows) { while (seen.has(m.v[row.a])) m.v[row.a]++; seen.add(m.v[row.a]); }
    for (const row of rows) row.rank = m.derive('rank', [row.a, ...rows.filter((x) => x !== row).map((x) => x.a)]);
  }
  computeAll(m);
  const g = new Grid(pick(['Sheet1', '分地区', '各县区']));
  const [y1] = pick(YEARS);
  const r0 = titleBlock(g, { title: `${y1}年各县（市、区）${K.t}`, filler: chance(0.3), org: pick(['市应急管理局', '市公安局交警支队', '市消防救援支队']), date: `${y1 + 1}年2月${ri(1, 28)}日`, unitLine: null }, transpose ? n + 1 : cols.length);
  const put = (r, c, v, f) => (transpose ? g.set(r0 + c, r - r0 + 0, v, f) : g.set(r, c, v, f));
  // header: label cell
  const order = totalTop ? [tot, ...rows] : [...rows, tot];
  put(r0, 0, transpose ? '指标' : pick(['地区', '县（市、区）', '单位']));
  cols.forEach((c, ci) => put(r0, ci + 1, c.lab));
  order.forEach((row, ri2) => {
    put(r0 + 1 + ri2, 0, row.l + (messy && chance(0.1) ? '*' : ''));
    cols.forEach((c, ci) => { if (row[c.key] != null) put(r0 + 1 + ri2, ci + 1, { id: row[c.key] }); else if (c.key === 'rank') put(r0 + 1 + ri2, ci + 1, '—'); });
  });
  const end = transpose ? r0 + cols.length + 1 : r0 + order.length + 1;
  footBlock(g, end, { notes: chance(0.5) ? [pick([`注：${K.rate}＝${K.a[0]}÷${K.b[0]}${k === 10 ? '×10' : k === 10000 ? '×10000' : ''}。`, '注：常住人口为年末数。', '注：机动车保有量为年末数。', '注：*含功能区数据。'])] : null });
  return [g];
}

// ---------- disasters ----------
function bookDisaster(m, knobs, messy) {
  const n = ri(4, 9); const regs = shuffle(COUNTIES).slice(0, n);
  const totalLabel = pick(['全市', '合计', '总计']); const totalTop = chance(0.6);
  const lossUnit = pick(['亿元', '万元']);
  const cols = [
    ['受灾人口', '万人次', 2, 3], ['紧急转移安置人口', '人次', 0, 600], ['农作物受灾面积', '千公顷', 2, 4],
    ['其中：成灾面积', '千公顷', 2, 0], ['其中：绝收面积', '千公顷', 2, 0], ['倒塌房屋', '间', 0, 40],
    ['直接经济损失', lossUnit, 2, lossUnit === '亿元' ? 0.8 : 8000],
  ];
  const withPrev = chance(0.35);
  const rows = regs.map((l) => ({ l })); const tot = { l: totalLabel };
  for (const row of rows) {
    row.v = [];
    cols.forEach((c, i) => {
      if (i === 3) row.v.push(m.input(m.v[row.v[2]] * (0.3 + rnd() * 0.5), 2));
      else if (i === 4) row.v.push(m.input(m.v[row.v[3]] * (0.05 + rnd() * 0.4), 2));
      else row.v.push(m.input(genVal(c[3], c[2], i === 5 || i === 1), c[2]));
    });
    if (withPrev) row.prev = m.input(genVal(cols[6][3], 2), 2);
  }
  tot.v = cols.map((c, i) => m.derive('sum', rows.map((x) => x.v[i]), c[2]));
  if (withPrev) tot.prev = m.derive('sum', rows.map((x) => x.prev), 2);
  for (const row of rows.concat([tot])) {
    m.check('le', [row.v[3], row.v[2]]); m.check('le', [row.v[4], row.v[3]]);
    if (withPrev) row.pct = m.derive('pct', [row.v[6], row.prev], 1);
  }
  computeAll(m);
  // ensure le holds after rounding
  for (const row of rows) { if (m.v[row.v[3]] > m.v[row.v[2]]) m.v[row.v[3]] = m.v[row.v[2]]; if (m.v[row.v[4]] > m.v[row.v[3]]) m.v[row.v[4]] = m.v[row.v[3]]; }
  computeAll(m);
  const g = new Grid(pick(['Sheet1', '自然灾害', '灾情统计']));
  const [y1] = pick(YEARS);
  const unitRow = chance(0.35); // units in a separate header row
  const ncols = cols.length + (withPrev ? 2 : 0);
  let r = titleBlock(g, { title: `${y1}年${pick(['全市自然灾害灾情统计表', '各县（市、区）自然灾害损失情况', '汛期灾情汇总表'])}`, filler: chance(0.4), org: '市应急管理局', date: `${y1}年${ri(6, 12)}月${ri(1, 28)}日`, unitLine: null, tableNo: chance(0.3) ? '表' + ri(1, 5) : null }, ncols);
  const twoRow = chance(0.5);
  g.set(r, 0, pick(['地区', '县（市、区）']));
  const hdr = cols.map((c, i) => c);
  let c0 = 1;
  if (twoRow) {
    g.merge(r, 0, r + 1 + (unitRow ? 1 : 0), 0);
    g.set(r, 1, '受灾人口'); g.set(r, 2, '紧急转移安置人口'); g.set(r, 3, '农作物受灾面积'); g.merge(r, 3, r, 5);
    g.set(r, 6, '倒塌房屋'); g.set(r, 7, '直接经济损失');
    g.set(r + 1, 3, '小计'); g.set(r + 1, 4, '其中：成灾'); g.set(r + 1, 5, '其中：绝收');
    for (const c of [1, 2, 6, 7]) g.merge(r, c, r + 1, c);
    if (withPrev) { g.set(r, 8, '上年直接经济损失'); g.merge(r, 8, r + 1, 8); g.set(r, 9, '增减（%）'); g.merge(r, 9, r + 1, 9); }
    if (unitRow) { cols.forEach((c, i) => g.set(r + 2, 1 + i, c[1])); if (withPrev) { g.set(r + 2, 8, lossUnit); g.set(r + 2, 9, '%'); } r += 3; }
    else { // units into header
      g.set(r, 1, '受灾人口（万人次）'); g.set(r, 2, '紧急转移安置人口（人次）'); g.set(r, 3, '农作物受灾面积（千公顷）'); g.set(r, 6, '倒塌房屋（间）'); g.set(r, 7, `直接经济损失（${lossUnit}）`); r += 2;
    }
  } else {
    cols.forEach((c, i) => g.set(r, 1 + i, unitRow ? c[0] : `${c[0]}（${c[1]}）`));
    if (withPrev) { g.set(r, 8, `上年直接经济损失（${lossUnit}）`); g.set(r, 9, '增减（%）'); }
    if (unitRow) { g.set(r + 1, 0, '单位'); cols.forEach((c, i) => g.set(r + 1, 1 + i, c[1])); if (withPrev) { g.set(r + 1, 8, lossUnit); g.set(r + 1, 9, '%'); } r++; }
    r++;
  }
  const order = totalTop ? [tot, ...rows] : [...rows, tot];
  for (const row of order) {
    g.set(r, 0, row.l);
    row.v.forEach((id, i) => g.set(r, 1 + i, { id }));
    if (withPrev) { g.set(r, 8, { id: row.prev }); g.set(r, 9, { id: row.pct }); }
    r++;
    if (row === tot && totalTop && messy && chance(0.4)) r++;
  }
  footBlock(g, r, { notes: chance(0.6) ? [pick(['注：灾情数据为核定数。', '注：受灾人口为人次数，不作去重处理。', '注：成灾面积指减产三成以上的面积，绝收面积指减产八成以上的面积。'])] : null });
  return [g];
}

// ---------- monthly ----------
function bookMonthly(m, knobs, messy) {
  const topicKey = pick(Object.keys(TOPICS)); const topic = TOPICS[topicKey];
  const mets = topic.metrics.slice(0, ri(2, 4));
  const N = chance(0.5) ? 12 : ri(3, 11);
  const variant = pick(['plain', 'cum', 'yoy']);
  const [y1, y0] = pick(YEARS);
  const monthLab = (i) => pick([`${i}月`, `${i}月`, `${y1}年${i}月`]);
  const ml = chance(0.2) ? (i) => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i - 1] + '月' : (i) => `${i}月`;
  const months = []; for (let i = 1; i <= N; i++) months.push({ l: ml(i), vals: mets.map((mt) => m.input(genVal(mt[3] / 8 + (mt[2] ? 0 : 1), mt[2], true), mt[2])) });
  const totalLabel = pick([`1-${N}月累计`, '合计', '全年合计', `1～${N}月`]);
  const tot = { l: N === 12 ? totalLabel.replace(`1-${N}月累计`, '全年') : totalLabel, vals: mets.map((mt, i) => m.derive('sum', months.map((x) => x.vals[i]), mt[2])) };
  const g = new Grid(pick(['月报', 'Sheet1', `${y1}年`]));
  let cols = [];
  if (variant === 'cum') {
    mets.forEach((mt, i) => {
      months.forEach((mo, j) => { mo.cum = mo.cum || []; mo.cum[i] = m.derive('sum', months.slice(0, j + 1).map((x) => x.vals[i]), mt[2]); });
      m.check('eq', [months[N - 1].cum[i], tot.vals[i]]);
    });
  }
  if (variant === 'yoy') {
    months.forEach((mo) => { mo.prev = mets.map((mt, i) => m.input(Math.max(mt[2] ? 0.1 : 1, num(m.v[mo.vals[i]]) * (0.6 + rnd() * 0.8) + (mt[2] ? 0 : ri(0, 2))), mt[2])); });
    tot.prev = mets.map((mt, i) => m.derive('sum', months.map((x) => x.prev[i]), mt[2]));
    for (const mo of months.concat([tot])) mo.pct = mets.map((mt, i) => m.derive('pct', [mo.vals[i], mo.prev[i]], 1));
  }
  computeAll(m);
  let r = titleBlock(g, { title: `${y1}年${N === 12 ? '' : '1-' + N + '月'}${topic.title}月度统计`, filler: chance(0.3), org: '××县' + pick(['公安局', '消防救援大队', '应急管理局']), date: `${y1}年${Math.min(12, N + 1)}月5日`, unitLine: chance(0.4) ? '单位：' + mets.map((x) => x[1]).filter((v, i, a) => a.indexOf(v) === i).join('、') : null }, mets.length * 3);
  const totalTop = chance(0.25);
  if (variant === 'plain') {
    g.set(r, 0, '月份'); mets.forEach((mt, i) => g.set(r, 1 + i, `${mt[0]}（${mt[1]}）`)); r++;
    const order = totalTop ? [tot, ...months] : [...months, tot];
    for (const mo of order) { g.set(r, 0, mo.l); mo.vals.forEach((id, i) => g.set(r, 1 + i, { id })); r++; }
  } else {
    const w = variant === 'cum' ? 2 : 3;
    g.set(r, 0, '月份'); g.merge(r, 0, r + 1, 0);
    mets.forEach((mt, i) => {
      g.set(r, 1 + i * w, `${mt[0]}（${mt[1]}）`); g.merge(r, 1 + i * w, r, w + i * w);
      const labs = variant === 'cum' ? ['当月', pick(['累计', '1-本月累计', '本年累计'])] : [pick(['本月', `${y1}年`]), pick(['上年同月', `${y0}年`]), pick(['增减（%）', '同比（%）'])];
      labs.forEach((lab, k) => g.set(r + 1, 1 + i * w + k, lab));
    });
    r += 2;
    const order = variant === 'cum' ? months : (totalTop ? [tot, ...months] : [...months, tot]);
    for (const mo of order) {
      g.set(r, 0, mo.l);
      mets.forEach((mt, i) => {
        if (variant === 'cum') { g.set(r, 1 + i * 2, { id: mo.vals[i] }); g.set(r, 2 + i * 2, { id: mo.cum[i] }); }
        else { g.set(r, 1 + i * 3, { id: mo.vals[i] }); g.set(r, 2 + i * 3, { id: mo.prev[i] }); g.set(r, 3 + i * 3, { id: mo.pct[i] }, { nullAs: '—' }); }
      });
      r++;
    }
    if (variant === 'cum') { // total row below: 合计 with only 当月 column filled
      g.set(r, 0, tot.l); mets.forEach((mt, i) => g.set(r, 1 + i * 2, { id: tot.vals[i] })); r++;
    }
  }
  footBlock(g, r, { notes: chance(0.5) ? [pick(['注：本表为快报数，以年报为准。', '注：累计数含当月。', '注：“—”表示上年同期为零，不计算增幅。'])] : null });
  return [g];
}

// ---------- indicator list ----------
function bookIndicator(m, knobs, messy) {
  const kind = pick(['road', 'fire', 'work']);
  const [y1, y0] = pick(YEARS);
  const rows = []; // {l, unit, cur, prev, dec, rateOf?}
  const add = (l, unit, dec, scale, extra = {}) => { const r = { l, unit, dec, ...extra }; rows.push(r); if (!extra.rate && !extra.sumOf) { r.cur = m.input(genVal(scale, dec), dec); r.prev = m.input(m.v[r.cur] * (0.75 + rnd() * 0.5), dec); } return r; };
  if (kind === 'road') {
    const a = add('道路交通事故起数', '起', 0, 400);
    const q = add('其中：死亡事故', '起', 0, 0, { qzOf: a });
    const d = add('死亡人数', '人', 0, 90); add('受伤人数', '人', 0, 450); add('直接财产损失', '万元', 1, 220);
    const v = add('机动车保有量', '万辆', 2, 60);
    add('万车死亡率', '人/万车', 2, 0, { rate: [d, v, 1] });
    if (chance(0.5)) { const p = add('常住人口', '万人', 2, 120); add('十万人口死亡率', '人/十万人', 2, 0, { rate: [d, p, 10] }); }
  } else if (kind === 'fire') {
    const a = add('火灾起数', '起', 0, 800);
    add('其中：电气火灾', '起', 0, 0, { qzOf: a }); add('　　　用火不慎', '起', 0, 0, { qzOf: a, qzShare: 0.25 });
    add('死亡人数', '人', 0, 6); add('受伤人数', '人', 0, 8); add('直接财产损失', pick(['万元', '元']), 0, 900);
  } else {
    const d = add('生产安全事故死亡人数', '人', 0, 80);
    const g1 = add('其中：工矿商贸', '人', 0, 0, { qzOf: d, qzShare: 0.5 });
    add('　　　其中：煤矿', '人', 0, 0, { qzOf: g1, qzShare: 0.3 }); add('　　　　　　建筑业', '人', 0, 0, { qzOf: g1, qzShare: 0.4 });
    add('事故起数', '起', 0, 70);
    const gdp = add('地区生产总值', '亿元', 1, 3000);
    add('亿元GDP生产安全事故死亡率', '人/亿元', 3, 0, { rate: [d, gdp, 1] });
  }
  for (const r of rows) if (r.qzOf) {
    for (const pk of ['cur', 'prev']) { r[pk] = m.input(Math.floor(m.v[r.qzOf[pk]] * (r.qzShare || 0.3) * (0.5 + rnd())), 0); m.check('le', [r[pk], r.qzOf[pk]]); if (m.v[r[pk]] > m.v[r.qzOf[pk]]) m.v[r[pk]] = m.v[r.qzOf[pk]]; }
  }
  for (const r of rows) if (r.rate) { const [a, b, k] = r.rate; r.cur = m.derive('ratio', [a.cur, b.cur], r.dec, k); r.prev = m.derive('ratio', [a.prev, b.prev], r.dec, k); }
  const withDiff = chance(0.5);
  const pdec = pick([1, 1, 2]);
  for (const r of rows) { if (withDiff) r.diff = m.derive('diff', [r.cur, r.prev], r.dec); r.pct = m.derive('pct', [r.cur, r.prev], pdec); }
  computeAll(m);
  const unitCol = chance(0.7);
  const g = new Grid(pick(['Sheet1', '主要指标', '综合']));
  const width = 2 + (unitCol ? 1 : 0) + (withDiff ? 1 : 0) + 1;
  let r = titleBlock(g, { title: `${pick(['××市', '××县'])}${y1}年${{ road: '道路交通安全', fire: '消防安全', work: '安全生产' }[kind]}主要指标`, filler: chance(0.4), org: pick(['市应急管理局', '县公安局']), date: `${y1 + 1}年1月${ri(5, 25)}日`, unitLine: null }, width);
  let c = 0; g.set(r, c++, pick(['指标', '指标名称', '项目'])); if (unitCol) g.set(r, c++, pick(['单位', '计量单位']));
  const lab = pick([['本年', '上年'], [`${y1}年`, `${y0}年`], ['本期', '上年同期']]);
  g.set(r, c++, lab[0]); g.set(r, c++, lab[1]); if (withDiff) g.set(r, c++, pick(['增减', '增减量', '比上年增减'])); g.set(r, c++, pick(['增减（%）', '增长（%）', '同比（%）']));
  r++;
  const pw = messy && chance(0.25) ? 'word' : null;
  for (const row of rows) {
    c = 0; g.set(r, c++, unitCol ? row.l : `${row.l}（${row.unit}）`); if (unitCol) g.set(r, c++, row.unit);
    g.set(r, c++, { id: row.cur }); g.set(r, c++, { id: row.prev }); if (withDiff) g.set(r, c++, { id: row.diff }); g.set(r, c++, { id: row.pct }, pw ? { word: 'pct' } : {});
    r++;
  }
  footBlock(g, r, { notes: chance(0.6) ? [pick(['注：万车死亡率＝死亡人数/机动车保有量。', '注：亿元GDP生产安全事故死亡率按现价GDP计算。', '注：其中项为不完全分类。'])] : null });
  return [g];
}

// ---------- multi-county book ----------
function bookMulti(m, knobs, messy) {
  const topicKey = pick(['road', 'fire', 'work']); const topic = TOPICS[topicKey];
  const treeF = pick(topic.trees);
  const tree = treeF();
  const metrics = topic.metrics.slice(0, ri(2, 3));
  const regs = shuffle(COUNTIES).slice(0, ri(2, 4));
  const changes = pick(['pct', 'none', 'pct']);
  const base = {
    metrics, changes, withPrev: false, periodLabels: ['本年', '上年'], unitPlace: 'header', pctDec: 1, shareDec: 1,
    totalPos: pick(['top', 'bottom']), header: 'two', dimLabel: topic.dim, pctLabel: '增减（%）', pctStyle: 'num', pctNull: '—', qzAlign: true,
  };
  const grids = []; const results = [];
  const [y1] = pick(YEARS);
  for (const reg of regs) {
    const g = new Grid(reg);
    const r0 = titleBlock(g, { title: `${reg}${y1}年${topic.title}`, unitLine: null }, 6);
    const res = catTable(m, g, { ...base, tree: JSON.parse(JSON.stringify(tree)), totalLabel: '合计', r0, scaleMul: 0.4 });
    grids.push(g); results.push(res);
  }
  // 汇总 sheet: leaves = cross-sheet sums
  const find = (res, p) => res.nodes.find((n) => n.path.join('/') === p.join('/'));
  const g = new Grid(pick(['汇总', '全市汇总', '合计']));
  const r0 = titleBlock(g, { title: `全市${y1}年${topic.title}汇总表`, unitLine: null }, 6);
  const res = catTable(m, g, {
    ...base, tree: JSON.parse(JSON.stringify(tree)), totalLabel: '全市', r0,
    leafSrc: (mi, pk, p) => results.map((rs) => find(rs, p).vals[mi][pk]),
    totalSrc: (mi, pk) => results.map((rs) => rs.total.vals[mi][pk]),
  });
  computeAll(m);
  return chance(0.5) ? [g, ...grids] : [...grids, g];
}

// ---------- book assembly ----------
const builders = { cat: bookCat, region: bookRegion, disaster: bookDisaster, monthly: bookMonthly, indicator: bookIndicator, multi: bookMulti };
function plantTypesFor(kind) {
  return { cat: ['total', 'part', 'pct', 'qizhong', 'pct'], region: ['total', 'part', 'rate', 'rate'], disaster: ['total', 'part', 'qizhong', 'pct'], monthly: ['total', 'part', 'pct'], indicator: ['rate', 'pct', 'qizhong', 'diff'], multi: ['total', 'part', 'pct'] }[kind];
}
async function makeBook(file, kind, messy, doPlant, relsOut) {
  for (let attempt = 0; attempt < 30; attempt++) {
    const m = new Model();
    const knobs = { nullAs: pick(['—', '-', '—', '']), textP: messy ? pick([0, 0, 0.05, 0.15]) : (chance(0.15) ? 0.05 : 0), thousands: chance(0.5) };
    const grids = builders[kind](m, knobs, messy);
    // clean sanity
    const rels = m.der.concat(m.checks);
    const bad = rels.filter((r) => !relOk(r, m.v));
    if (bad.length) throw new Error('unclean model ' + file + JSON.stringify(bad[0]));
    let pl = null;
    if (doPlant) { pl = plant(m, plantTypesFor(kind)); if (!pl) continue; }
    // ids must all be placed
    const where = (id) => { for (const g of grids) { const a = addr(g, id); if (a) return { sheet: g.name, cell: a }; } return null; };
    const ser = (id) => { const w = where(id); return w ? `${w.sheet}!${w.cell}` : null; };
    const relsSer = [];
    let ok = true;
    for (const r of rels) {
      const t = r.target ? ser(r.target) : null; const a = r.args.map(ser);
      if ((r.target && !t) || a.some((x) => !x)) { ok = false; break; }
      relsSer.push({ kind: r.kind, target: t, args: a, dec: r.dec, k: r.k });
    }
    if (!ok) throw new Error('unplaced cell in ' + file);
    const wb = new ExcelJS.Workbook();
    for (const g of grids) writeGrid(wb, g, m, knobs);
    await wb.xlsx.writeFile(file);
    relsOut[path.relative(__dirname, file)] = relsSer;
    if (pl) { const w = where(pl.X); return { planted: w, note: `${pl.type}: ${pl.from} -> ${pl.to}` }; }
    return { planted: null };
  }
  throw new Error('could not plant ' + file);
}

(async () => {
  const root = __dirname;
  for (const d of ['cases', 'probe']) { fs.rmSync(path.join(root, d), { recursive: true, force: true }); fs.mkdirSync(path.join(root, d)); }
  const rels = {};
  const kinds = ['cat', 'cat', 'region', 'disaster', 'monthly', 'indicator', 'multi'];
  const man = [];
  for (let i = 0; i < 46; i++) {
    const kind = kinds[i % kinds.length]; const plantIt = i % 2 === 1;
    const file = path.join(root, 'cases', `c${String(i + 1).padStart(2, '0')}_${kind}.xlsx`);
    const res = await makeBook(file, kind, false, plantIt, rels);
    man.push({ file: path.relative(root, file), planted: res.planted, ...(res.note ? { note: res.note } : {}) });
  }
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(man, null, 1));
  const pman = [];
  for (let i = 0; i < 100; i++) {
    const kind = pick(kinds); const plantIt = i % 5 === 2;
    const file = path.join(root, 'probe', `p${String(i + 1).padStart(3, '0')}_${kind}.xlsx`);
    const res = await makeBook(file, kind, true, plantIt, rels);
    pman.push({ file: path.relative(root, file), planted: res.planted, ...(res.note ? { note: res.note } : {}) });
  }
  fs.writeFileSync(path.join(root, 'probe', 'manifest.json'), JSON.stringify(pman, null, 1));
  fs.writeFileSync(path.join(root, 'relations.json'), JSON.stringify(rels));
  console.log('cases', man.length, 'planted', man.filter((x) => x.planted).length, '; probe', pman.length, 'planted', pman.filter((x) => x.planted).length);
})();
