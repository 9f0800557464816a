// gen.js — generates test workbooks on party building among the new employment groups.
// usage: NODE_PATH=/work/main/node_modules node gen.js [set ...]   (default: cases probe)
// sets: cases (clean books + planted twins), probe (half clean, half one plant), hunt1..hunt4 (clean only, varied layouts)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const OUT = __dirname;

// ---------- rng ----------
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function hashStr(s) { let h = 2166136261; for (const ch of s) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const rf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(a, n) { return shuffle(a).slice(0, n); }

// ---------- cells ----------
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; this.maxCol = 1; }
  set(r, c, v, o = {}) { this.cells.set(A(r, c), { r, c, v, ...o }); if (c > this.maxCol) this.maxCol = c; }
  get(addr) { const x = this.cells.get(addr); return x ? x.v : null; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  ref(r, c) { return this.name + '!' + A(r, c); }
}
function splitRef(ref) { const i = ref.lastIndexOf('!'); return [ref.slice(0, i), ref.slice(i + 1)]; }

// ---------- vocabulary ----------
const GROUPS = [
  { k: 'kd', n: '快递员', n2: '快递员', share: [0.02, 0.05] },
  { k: 'wm', n: '外卖送餐员', n2: '外卖骑手', share: [0.012, 0.04] },
  { k: 'wy', n: '网约车司机', n2: '网约车驾驶员', share: [0.03, 0.07] },
  { k: 'hc', n: '货车司机', n2: '货车司机', share: [0.035, 0.08] },
  { k: 'zb', n: '网络主播', n2: '互联网营销师', share: [0.01, 0.05] },
];
const DISTRICTS = ['城关区', '东城区', '西城区', '南湖区', '北湖区', '新城区', '滨江区', '望江区', '河西区', '鼓楼区', '江北区', '临港区', '高新区', '经开区', '新区'];
const COUNTIES = ['安平县', '青山县', '白水县', '丰乐县', '长宁县', '永和县', '清河县', '石门县', '云溪县', '宜丰市', '龙泉市', '桃源县', '松阳县', '平川县', '溪口县'];
const CITIES = ['临江市', '青州市', '丰泽市', '安宁市', '宜和市', '长乐市', '永安市', '清溪市', '石城市', '云阳市', '桃江市', '龙川市', '白河市', '金川市', '宁远市', '南屏市', '北辰市'];
const TOWNS = ['城关镇', '城东街道', '城西街道', '新华街道', '河口镇', '白石镇', '柳林镇', '青龙镇', '双桥乡', '马坪镇', '杨湾乡', '黄土镇', '东岗街道', '工业园区', '三里镇'];
const PROVS = ['江南省', '中原省', '东海省', '西川省'];
const PLATFORMS = {
  '快递物流': ['顺丰速运', '京东物流', '中通快递', '圆通速递', '申通快递', '韵达快递', '极兔速递', '中国邮政', '德邦快递'],
  '外卖配送': ['美团', '饿了么', '达达快送', '闪送', 'UU跑腿'],
  '网约车': ['滴滴出行', 'T3出行', '曹操出行', '花小猪打车', '享道出行', '如祺出行'],
  '货运物流': ['货拉拉', '满帮集团', '快狗打车', '滴滴货运', '运满满'],
  '网络直播': ['抖音本地MCN机构', '快手本地服务商', '淘宝直播基地', '某电商直播产业园'],
};
const NAMES = ['张某某', '李某', '王某某', '刘某', '陈某某', '杨某', '赵某某', '周某'];

// ---------- entity structures ----------
// scope: {place, totalLabel, leaves:[{name, type}], kind:'city'|'prov'|'county'}
function makeScope(kind) {
  if (kind === 'prov') {
    const p = pick(PROVS); const n = ri(6, 14);
    const leaves = sample(CITIES, n).map((x) => ({ name: x, type: 'city' }));
    if (chance(0.3)) leaves.push({ name: pick(['省直单位', '省直属平台企业', '省本级']), type: 'direct' });
    return { kind, place: p, totalLabel: pick(['全省', '合计', '全省合计', '总计']), leaves };
  }
  if (kind === 'county') {
    const c = pick(COUNTIES); const n = ri(5, 12);
    const leaves = sample(TOWNS, n).map((x) => ({ name: x, type: 'town' }));
    return { kind, place: c, totalLabel: pick([c.endsWith('市') ? '全市' : '全县', '合计', '总计']), leaves };
  }
  const c = pick(CITIES); const nd = ri(2, 6), nc = ri(0, 6);
  const leaves = sample(DISTRICTS, nd).map((x) => ({ name: x, type: 'district' })).concat(sample(COUNTIES, nc).map((x) => ({ name: x, type: 'county' })));
  if (chance(0.2)) leaves.unshift({ name: pick(['市直', '市本级', '市直属']), type: 'direct' });
  return { kind, place: c, totalLabel: pick(['全市', '合计', '全市合计', '总计', '合  计', '全 市']), leaves };
}

// leaf data
function genLeafData(scale = 1) {
  const d = {};
  let wsum = 0, psum = 0;
  for (const g of GROUPS) {
    const base = { kd: [150, 4000], wm: [200, 6000], wy: [80, 7000], hc: [100, 5000], zb: [10, 1200] }[g.k];
    let w = Math.round(ri(base[0], base[1]) * scale);
    if (chance(0.04)) w = 0;
    const p = w ? Math.max(0, Math.round(w * rf(g.share[0], g.share[1]))) : 0;
    d['w_' + g.k] = w; d['p_' + g.k] = p; wsum += w; psum += p;
    d['wp_' + g.k] = Math.round(w / rf(0.95, 1.4)); d['pp_' + g.k] = Math.round(p / rf(0.9, 1.35));
  }
  d.w = wsum; d.p = psum;
  d.wPrev = Math.round(wsum / rf(0.9, 1.3)); d.pPrev = Math.max(0, Math.round(psum / rf(0.85, 1.4)));
  d.flow = Math.round(psum * rf(0.2, 0.6)); // 流动党员
  d.female = Math.round(wsum * rf(0.08, 0.3));
  d.kdwm = d.w_kd + d.w_wm;
  d.sites = ri(8, 260); d.covered = Math.min(d.sites, Math.round(d.sites * rf(0.55, 1))); d.orgs = Math.max(0, Math.round(d.covered * rf(0.3, 0.9)));
  if (chance(0.05)) { d.covered = 0; d.orgs = 0; }
  d.ownOrgs = Math.round(d.orgs * rf(0.2, 0.7));
  d.orgsPrev = Math.max(0, d.orgs - ri(-3, 12));
  d.cumPrev = ri(5, 200); d.newM = chance(0.2) ? 0 : ri(1, 25);
  d.pcumPrev = ri(10, 300); d.pnewM = chance(0.25) ? 0 : ri(1, 30);
  d.target = d.cumPrev + d.newM + ri(-10, 80); if (d.target < 1) d.target = d.cumPrev + d.newM + 5;
  d.devCur = ri(0, 40); d.devPrev = ri(0, 40);
  d.act = ri(0, 60); // 入党积极分子
  d.vol = Math.round(wsum * rf(0.01, 0.08)); // 志愿者
  return d;
}

// ---------- logical table ----------
// col kinds: base | sumcol{parts} | diff{cur,prev} | rate{num,den,k,dp} | growth{cur,prev,dp} | ppdiff{cur,prev,dp} | given
// base/sumcol may carry le:{whole} (其中 part of a whole column); lePartsOf:[keys] for group le.
// rows: {label, data} leaves or {label, parts:[idx]} totals.
function computeTable(t) {
  const byKey = {}; for (const c of t.cols) byKey[c.key] = c;
  const memo = t.rows.map(() => ({}));
  function val(i, key) {
    if (key in memo[i]) return memo[i][key];
    const c = byKey[key]; const row = t.rows[i]; let v;
    if (!c) throw new Error('no col ' + key);
    if (c.kind === 'base' || c.kind === 'given') {
      if (row.parts && c.kind === 'base') v = row.parts.reduce((s, j) => s + val(j, key), 0);
      else { v = row.data[c.src || key]; if (v === undefined) throw new Error('no data ' + (c.src || key)); }
    } else if (c.kind === 'sumcol') v = c.parts.reduce((s, k) => s + val(i, k), 0);
    else if (c.kind === 'diff') v = val(i, c.cur) - val(i, c.prev);
    else if (c.kind === 'rate') { const n = val(i, c.num), d = val(i, c.den); v = d ? rnd((n / d) * c.k, c.dp) : '—'; }
    else if (c.kind === 'growth') { const a = val(i, c.cur), b = val(i, c.prev); v = b ? rnd((a / b - 1) * 100, c.dp) : '—'; }
    else if (c.kind === 'ppdiff') { const a = val(i, c.cur), b = val(i, c.prev); v = typeof a === 'number' && typeof b === 'number' ? rnd(a - b, c.dp) : '—'; }
    memo[i][key] = v; return v;
  }
  t.vals = t.rows.map((_, i) => { const o = {}; for (const c of t.cols) o[c.key] = val(i, c.key); return o; });
  return t;
}

// relations + plant candidates for a laid-out logical table; ref(i,key) gives sheet-qualified cell
function tableRels(t, ref, book) {
  const byKey = {}; for (const c of t.cols) byKey[c.key] = c;
  const rels = book.rels;
  t.rows.forEach((row, i) => {
    for (const c of t.cols) {
      const cell = ref(i, c.key);
      const v = t.vals[i][c.key];
      if (row.parts && (c.kind === 'base' || c.kind === 'sumcol' || c.kind === 'diff'))
        rels.push({ t: 'sum', total: cell, parts: row.parts.map((j) => ref(j, c.key)), tol: 0 });
      if (c.kind === 'sumcol') rels.push({ t: 'sum', total: cell, parts: c.parts.map((k) => ref(i, k)), tol: 0 });
      if (c.kind === 'diff') rels.push({ t: 'pp', cell, cur: ref(i, c.cur), prev: ref(i, c.prev), tol: 1e-9 });
      if (c.kind === 'rate' && t.vals[i][c.den]) rels.push({ t: 'rate', cell, num: ref(i, c.num), den: ref(i, c.den), k: c.k, tol: 0.5 * Math.pow(10, -c.dp) + 1e-7 });
      if (c.kind === 'growth' && t.vals[i][c.prev]) rels.push({ t: 'growth', cell, cur: ref(i, c.cur), prev: ref(i, c.prev), tol: 0.5 * Math.pow(10, -c.dp) + 1e-7 });
      if (c.kind === 'ppdiff' && typeof v === 'number') rels.push({ t: 'pp', cell, cur: ref(i, c.cur), prev: ref(i, c.prev), tol: 0.5 * Math.pow(10, -c.dp) + 1e-7 });
      if (c.le) rels.push({ t: 'le', whole: ref(i, c.le), parts: [cell], tol: 0 });
      if (c.leGroup) rels.push({ t: 'le', whole: ref(i, c.leGroup.whole), parts: c.leGroup.parts.map((k) => ref(i, k)), tol: 0 });
      // plant candidates
      if (typeof v !== 'number' || v === 0) continue;
      let kind = null, ctx = { type: 'int' };
      if (c.kind === 'base') kind = c.running ? 'running' : row.parts ? 'total' : 'part';
      else if (c.kind === 'sumcol') kind = c.running ? 'running' : 'total';
      else if (c.kind === 'diff') { kind = 'change'; ctx = { type: 'diff', cur: t.vals[i][c.cur], prev: t.vals[i][c.prev] }; }
      else if (c.kind === 'rate') {
        kind = 'rate';
        const n = t.vals[i][c.num], d = t.vals[i][c.den];
        const alts = [];
        const ti = t.rows.findIndex((r) => r.parts && r.parts.length > 2);
        if (ti >= 0 && ti !== i) alts.push(t.vals[ti][c.den]);
        alts.push(d + n);
        if (c.altDen) for (const k of c.altDen) alts.push(t.vals[i][k]);
        const prates = row.parts ? row.parts.map((j) => t.vals[j][c.key]).filter((x) => typeof x === 'number') : null;
        ctx = { type: 'rate', dp: c.dp, k: c.k, n, d, alts, prates };
      } else if (c.kind === 'growth') { kind = 'change'; ctx = { type: 'growth', dp: c.dp, cur: t.vals[i][c.cur], prev: t.vals[i][c.prev] }; }
      else if (c.kind === 'ppdiff') { kind = 'change'; ctx = { type: 'ppdiff', dp: c.dp }; }
      else if (c.kind === 'given' && c.plantKind) { kind = c.plantKind; ctx = c.plantCtx ? c.plantCtx(i) : { type: 'int' }; }
      if (kind && kind === 'running' && c.kind === 'sumcol') ctx.stale = t.vals[i][c.parts[0]];
      if (kind === 'total' && row.parts) ctx.partVals = row.parts.map((j) => t.vals[j][c.key]);
      if (kind) book.cands.push({ ref: cell, kind, ctx });
    }
  });
}

// ---------- layout ----------
function zeroShow(v, zs) { if (v === 0 && zs !== '0') return zs; return v; }
function titleText(ctx, subject) {
  const ym = `${ctx.year}年${ctx.month}月`;
  return pick([
    `${ctx.place}${subject}统计表`,
    `${ctx.place}${subject}情况统计表（截至${ym}底）`,
    `${ctx.place}${ctx.year}年${subject}情况表`,
    `${subject}情况统计表`,
    `${ctx.place}新就业群体党建工作${subject}（${ym}）`,
  ]);
}
// writes logical table t on sheet sh from row r0; returns next free row
function layoutTable(sh, r0, t, o, book) {
  const wide = o.transpose ? t.rows.length : t.cols.length;
  let r = r0;
  const leftW = (o.seq ? 1 : 0) + (o.cat ? 1 : 0) + 1;
  const totalW = leftW + wide + (o.transpose && o.unitCol ? 1 : 0);
  if (o.preTitle) { sh.set(r, 1, o.preTitle); r++; }
  if (o.title) { sh.set(r, 1, o.title, { bold: true, size: 14, center: true }); sh.merge(r, 1, r, totalW); r++; }
  if (o.unitLine) {
    if (o.unitLine.left) { sh.set(r, 1, o.unitLine.left); if (o.unitLine.right) sh.set(r, totalW, o.unitLine.right, { right: true }); }
    else { sh.set(r, totalW, o.unitLine.right, { right: true }); }
    r++;
  }
  const refMap = {}; // i|key -> addr
  if (!o.transpose) {
    const hasGroups = t.cols.some((c) => c.group);
    const hr = hasGroups ? 2 : 1;
    let c = 1;
    const leftHeads = [];
    if (o.seq) leftHeads.push(o.seqHead || '序号');
    if (o.cat) leftHeads.push(o.catHead || '类别');
    leftHeads.push(o.labelHead || '地区');
    for (const h of leftHeads) { sh.set(r, c, h, { bold: true, center: true, hdr: true }); if (hr > 1) sh.merge(r, c, r + hr - 1, c); c++; }
    const firstDataCol = c;
    for (let j = 0; j < t.cols.length; j++) {
      const col = t.cols[j];
      if (hasGroups && col.group) {
        let k = j; while (k + 1 < t.cols.length && t.cols[k + 1].group === col.group) k++;
        if (j === 0 || t.cols[j - 1].group !== col.group) { sh.set(r, c, col.group, { bold: true, center: true, hdr: true }); sh.merge(r, c, r, c + (k - j)); }
        sh.set(r + 1, c, col.head, { bold: true, center: true, hdr: true });
      } else { sh.set(r, c, col.head, { bold: true, center: true, hdr: true }); if (hr > 1) sh.merge(r, c, r + 1, c); }
      c++;
    }
    r += hr;
    if (o.codeRow) { // 栏次 row
      let cc = 1; const labs = ['甲', '乙', '丙'];
      for (let q = 0; q < leftW; q++) sh.set(r, cc++, labs[q], { center: true });
      for (let j = 0; j < t.cols.length; j++) sh.set(r, cc++, o.codeRowText ? String(j + 1) : j + 1, { center: true });
      r++;
    }
    let seq = 1; let lastCat = null, catStart = null;
    for (let i = 0; i < t.rows.length; i++) {
      const row = t.rows[i]; let cc = 1;
      if (o.seq) { sh.set(r, cc, row.noSeq ? (o.seqBlankTotal ? '' : '') : (o.seqText ? String(seq) : seq), { center: true }); if (!row.noSeq) seq++; cc++; }
      if (o.cat) {
        if (row.cat !== lastCat || row.cat == null) { if (catStart !== null && lastCat != null) sh.merge(catStart, cc, r - 1, cc); if (row.cat != null) sh.set(r, cc, row.cat, { center: true }); lastCat = row.cat; catStart = r; }
        if (row.catSpan) { /* label spans category column */ }
        cc++;
      }
      if (o.cat && row.cat == null) { sh.set(r, cc - 1, row.label, { bold: !!row.parts && !o.noBoldTotal }); sh.merge(r, cc - 1, r, cc); }
      else sh.set(r, cc, row.label, { bold: !!row.parts && !o.noBoldTotal });
      cc++;
      for (let j = 0; j < t.cols.length; j++) {
        const col = t.cols[j]; let v = t.vals[i][col.key];
        if (col.kind === 'base') v = zeroShow(v, o.zero);
        sh.set(r, cc, v, { fmt: col.fmt });
        refMap[i + '|' + col.key] = A(r, cc);
        cc++;
      }
      r++;
    }
    if (o.cat && catStart !== null && lastCat != null) sh.merge(catStart, leftW - 1 + (o.seq ? 0 : 0), r - 1, leftW - 1);
    sh.firstDataCol = firstDataCol;
  } else {
    // transposed: logical rows -> columns, logical cols -> rows
    const hasGroups = t.cols.some((c) => c.group);
    let c = 1;
    const labCols = hasGroups ? 2 : 1;
    sh.set(r, 1, o.labelHead || '指标', { bold: true, center: true, hdr: true }); if (labCols === 2) sh.merge(r, 1, r, 2);
    c = labCols + 1;
    if (o.unitCol) { sh.set(r, c, '计量单位', { bold: true, center: true, hdr: true }); c++; }
    const firstCol = c;
    for (let i = 0; i < t.rows.length; i++) sh.set(r, firstCol + i, t.rows[i].label, { bold: true, center: true, hdr: true });
    r++;
    for (let j = 0; j < t.cols.length; j++) {
      const col = t.cols[j];
      if (hasGroups && col.group) {
        let k = j; while (k + 1 < t.cols.length && t.cols[k + 1].group === col.group) k++;
        if (j === 0 || t.cols[j - 1].group !== col.group) { sh.set(r, 1, col.group, { center: true }); sh.merge(r, 1, r + (k - j), 1); }
        sh.set(r, 2, col.head);
      } else { sh.set(r, 1, col.head); if (labCols === 2) sh.merge(r, 1, r, 2); }
      if (o.unitCol) sh.set(r, labCols + 1, col.unit || (col.kind === 'rate' || col.kind === 'growth' ? '%' : col.kind === 'ppdiff' ? '个百分点' : '人'), { center: true });
      for (let i = 0; i < t.rows.length; i++) {
        let v = t.vals[i][col.key]; if (col.kind === 'base') v = zeroShow(v, o.zero);
        sh.set(r, firstCol + i, v, { fmt: col.fmt });
        refMap[i + '|' + col.key] = A(r, firstCol + i);
      }
      r++;
    }
  }
  const ref = (i, key) => sh.name + '!' + refMap[i + '|' + key];
  tableRels(t, ref, book);
  t.ref = ref;
  for (const n of o.notes || []) { sh.set(r, 1, n); r++; }
  if (o.footer) { r += o.footerGap || 0; for (const f of o.footer) { if (Array.isArray(f)) { f.forEach((x, q) => sh.set(r, 1 + q * Math.max(2, Math.floor(totalW / f.length)), x)); } else sh.set(r, 1, f); r++; } }
  for (let cc = 1; cc <= totalW; cc++) sh.widths[cc] = cc <= leftW ? 14 : 11;
  return r;
}

// ---------- row builders ----------
// returns rows with totals/subtotals by style; leaves carry data
function regionRows(scope, dataOf, o) {
  const rows = [];
  const leaves = scope.leaves;
  const total = { label: scope.totalLabel, parts: [], noSeq: true };
  const sub = o.subtotals && scope.kind === 'city' && leaves.filter((l) => l.type === 'district').length >= 2 && leaves.filter((l) => l.type === 'county').length >= 2;
  const indent = o.indent ? pick(['　　', '  ', '　']) : '';
  const mk = (l) => ({ label: indent + l.name, data: dataOf(l) });
  if (!sub) {
    const body = leaves.map(mk);
    if (o.totalFirst) { rows.push(total); body.forEach((b) => { total.parts.push(rows.length); rows.push(b); }); }
    else { body.forEach((b) => { total.parts.push(rows.length); rows.push(b); }); rows.push(total); }
    return rows;
  }
  const groups = [];
  const direct = leaves.filter((l) => l.type === 'direct');
  const dists = leaves.filter((l) => l.type === 'district'), cnts = leaves.filter((l) => l.type === 'county');
  const style = o.subStyle || pick(['after', 'before', 'heading']);
  const subLab = (x) => style === 'after' ? pick([x + '小计', '小计']) : style === 'heading' ? (x === '市辖区' ? '一、市辖区' : '二、县（市）') : (x === '市辖区' ? pick(['市辖区', '市区']) : pick(['县（市）', '各县（市）', '县域']));
  groups.push({ lab: subLab('市辖区'), ls: dists });
  groups.push({ lab: subLab('县（市）'), ls: cnts });
  if (o.totalFirst) rows.push(total);
  for (const l of direct) { total.parts.push(rows.length); rows.push(mk(l)); }
  for (const g of groups) {
    const s = { label: g.lab, parts: [], noSeq: true };
    if (style !== 'after') { total.parts.push(rows.length); rows.push(s); }
    for (const l of g.ls) { s.parts.push(rows.length); rows.push(mk(l)); }
    if (style === 'after') { total.parts.push(rows.length); rows.push(s); }
  }
  if (!o.totalFirst) rows.push(total);
  return rows;
}

function groupRows(dataFor, o) {
  const rows = []; const total = { label: pick(['合计', '总计', '合  计', '新就业群体合计']), parts: [], noSeq: true };
  const gs = o.groupsSubset || GROUPS;
  const body = gs.map((g) => ({ label: o.altNames ? g.n2 : g.n, data: dataFor(g) }));
  if (o.withOther) body.push({ label: '其他', data: dataFor(null) });
  if (o.totalFirst) { rows.push(total); body.forEach((b) => { total.parts.push(rows.length); rows.push(b); }); }
  else { body.forEach((b) => { total.parts.push(rows.length); rows.push(b); }); rows.push(total); }
  return rows;
}

// ---------- templates ----------
const dp = () => pick([1, 1, 2]);
function rateFmt(d) { return d === 1 ? '0.0' : '0.00'; }

function T_share(ctx, book, sh, r0, opts = {}) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData(scope.kind === 'prov' ? 6 : scope.kind === 'county' ? 0.15 : 1));
  const d1 = dp();
  const wH = pick(['从业人员数', '从业人员数（人）', '新就业群体从业人员数', '从业人数', '从业人员总数']);
  const pH = pick(['其中：党员数', '党员数', '其中党员', '党员人数（人）', '其中：党员']);
  const rH = pick(['党员占比（%）', '党员占比(%)', '党员比例（%）', '占比%', '党员占从业人员比例（%）']);
  const cols = [{ key: 'w', head: wH, kind: 'base' }, { key: 'p', head: pH, kind: 'base', le: pH.includes('其中') ? 'w' : undefined }];
  if (opts.flow || chance(0.25)) cols.push({ key: 'flow', head: pick(['其中：流动党员', '其中流动党员数']), kind: 'base', le: 'p' });
  cols.push({ key: 'rate', head: rH, kind: 'rate', num: 'p', den: 'w', k: 100, dp: d1, fmt: rateFmt(d1) });
  const withOrg = opts.org !== undefined ? opts.org : chance(0.5);
  if (withOrg) {
    const d2 = dp();
    cols.push({ key: 'sites', head: pick(['企业（站点）数', '站点（网点）数', '企业和站点总数', '快递外卖站点数']), kind: 'base' });
    cols.push({ key: 'covered', head: pick(['覆盖企业（站点）数', '已覆盖站点数', '党组织覆盖站点数', '其中：已覆盖']), kind: 'base', le: 'sites' });
    if (chance(0.6)) cols.push({ key: 'orgs', head: pick(['建立党组织数', '党组织数（个）', '已建党组织数']), kind: 'base' });
    cols.push({ key: 'cov', head: pick(['覆盖率（%）', '党组织覆盖率(%)', '覆盖率%']), kind: 'rate', num: 'covered', den: 'sites', k: 100, dp: d2, fmt: rateFmt(d2) });
  }
  if (opts.avg || chance(0.12)) { if (!cols.some((c) => c.key === 'orgs')) cols.push({ key: 'orgs', head: '党组织数', kind: 'base' }); cols.push({ key: 'avg', head: pick(['平均每个党组织党员数', '党组织平均党员数（人）']), kind: 'rate', num: 'p', den: 'orgs', k: 1, dp: 1, fmt: '0.0' }); }
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals, indent: chance(0.3) });
  const t = computeTable({ cols, rows });
  const notes = [];
  if (chance(0.6)) notes.push(pick(['注：党员占比=党员数÷从业人员数×100%。', '注：1.党员占比=党员数/从业人员数×100%；2.数据截至' + ctx.month + '月底。', '说明：“—”表示无数据或为零。']));
  if (withOrg && chance(0.5)) notes.push('覆盖率=已覆盖企业（站点）数÷企业（站点）总数×100%。');
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, pick(['新就业群体党员分布', '新就业群体从业人员及党员', '新就业群体党组织覆盖'])), scope.kind === 'prov' ? '市（州）' : scope.kind === 'county' ? '乡镇（街道）' : pick(['县（市、区）', '地区', '单位', '县市区']), notes), book);
}

function T_matrix(ctx, book, sh, r0) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData(scope.kind === 'prov' ? 6 : scope.kind === 'county' ? 0.15 : 1));
  const gs = GROUPS; const alt = chance(0.4);
  const cols = [];
  const wg = pick(['从业人员数', '从业人员（人）', '新就业群体从业人员']);
  const totFirst = chance(0.7);
  const tw = { key: 'w', head: pick(['合计', '小计', '总数']), group: wg, kind: 'sumcol', parts: gs.map((g) => 'w_' + g.k) };
  const wcols = gs.map((g, q) => ({ key: 'w_' + g.k, head: (q === 0 && totFirst && chance(0.5) ? '其中：' : '') + (alt ? g.n2 : g.n), group: wg, kind: 'base' }));
  if (totFirst) cols.push(tw, ...wcols); else cols.push(...wcols, tw);
  if (chance(0.6)) {
    const pg = pick(['党员数', '其中党员（人）', '党员人数']);
    const tp = { key: 'p', head: pick(['合计', '小计']), group: pg, kind: 'sumcol', parts: gs.map((g) => 'p_' + g.k), le: 'w' };
    const pcols = gs.map((g) => ({ key: 'p_' + g.k, head: alt ? g.n2 : g.n, group: pg, kind: 'base', le: 'w_' + g.k }));
    if (totFirst) cols.push(tp, ...pcols); else cols.push(...pcols, tp);
    if (chance(0.5)) { const d = dp(); cols.push({ key: 'rate', head: pick(['党员占比（%）', '占比（%）']), kind: 'rate', num: 'p', den: 'w', k: 100, dp: d, fmt: rateFmt(d) }); }
  }
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals });
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, pick(['新就业群体从业人员构成', '各类新就业群体人数及党员'])), pick(['县（市、区）', '地区']), []), book);
}

function T_groups(ctx, book, sh, r0) {
  const d1 = dp();
  const dAll = genLeafData(ctx.scope.kind === 'prov' ? 40 : ctx.scope.kind === 'county' ? 0.5 : 5);
  const withOther = chance(0.25);
  const dataFor = (g) => {
    if (!g) { const w = ri(50, 900); const p = Math.round(w * 0.03); return { w, p, flow: Math.round(p * 0.4), orgs: ri(0, 6), sites: ri(5, 40), covered: ri(2, 5), dev: ri(0, 5), act: ri(0, 8), wPrev: Math.round(w * 0.9), pPrev: Math.max(1, Math.round(p * 0.85)) }; }
    const w = dAll['w_' + g.k] || ri(100, 2000), p = dAll['p_' + g.k];
    const sites = ri(10, 400); const covered = Math.round(sites * rf(0.5, 1));
    return { w, p, flow: Math.round(p * rf(0.2, 0.7)), orgs: Math.round(covered * rf(0.2, 0.8)), sites, covered, dev: ri(0, 30), act: ri(0, 50), wPrev: dAll['wp_' + g.k], pPrev: Math.max(1, dAll['pp_' + g.k]) };
  };
  const variant = pick(['share', 'yoy', 'cov']);
  let cols;
  if (variant === 'share') {
    cols = [{ key: 'w', head: pick(['从业人员数（人）', '从业人数', '人数']), kind: 'base' }, { key: 'p', head: pick(['党员数（人）', '其中：党员']), kind: 'base', le: 'w' }];
    if (chance(0.4)) cols.push({ key: 'flow', head: '其中：流动党员', kind: 'base', le: 'p' });
    cols.push({ key: 'rate', head: pick(['党员占比（%）', '党员比例(%)']), kind: 'rate', num: 'p', den: 'w', k: 100, dp: d1, fmt: rateFmt(d1) });
    if (chance(0.5)) cols.push({ key: 'dev', head: pick(['本年发展党员数', '今年以来发展党员']), kind: 'base' }, { key: 'act', head: '入党积极分子数', kind: 'base' });
  } else if (variant === 'yoy') {
    const cf = chance(0.5);
    const a = { key: 'pPrev', head: pick(['上年同期', `${ctx.year - 1}年`, '去年同期']), kind: 'base', group: '党员数（人）' };
    const b = { key: 'p', head: pick(['本期', `${ctx.year}年`, '本年']), kind: 'base', group: '党员数（人）' };
    cols = cf ? [b, a] : [a, b];
    cols.push({ key: 'diff', head: pick(['增减', '增减数', '比上年增减']), kind: 'diff', cur: 'p', prev: 'pPrev', group: '党员数（人）' });
    cols.push({ key: 'g', head: pick(['增长（%）', '增幅(%)', '同比增长%', '增长率（%）']), kind: 'growth', cur: 'p', prev: 'pPrev', dp: d1, fmt: rateFmt(d1), group: '党员数（人）' });
    if (chance(0.5)) cols.forEach((c) => delete c.group);
  } else {
    cols = [{ key: 'sites', head: pick(['企业（站点）数', '网点数']), kind: 'base' }, { key: 'covered', head: pick(['已建立党组织的站点数', '覆盖站点数']), kind: 'base', le: 'sites' }, { key: 'orgs', head: '党组织数', kind: 'base' },
      { key: 'cov', head: pick(['党组织覆盖率（%）', '覆盖率(%)']), kind: 'rate', num: 'covered', den: 'sites', k: 100, dp: d1, fmt: rateFmt(d1) }];
  }
  const rows = groupRows(dataFor, { totalFirst: ctx.totalFirst, altNames: chance(0.4), withOther });
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, pick(['分群体党员', '新就业群体分类别', '按群体类别分'])), pick(['群体类别', '类别', '从业类型', '群体']), variant === 'yoy' && chance(0.5) ? ['注：增长=（本期-上年同期）÷上年同期×100%。'] : []), book);
}

function T_platform(ctx, book, sh, r0) {
  const inds = sample(Object.keys(PLATFORMS), ri(2, 5));
  const rows = []; const total = { label: pick(['合计', '总计', '全市合计']), parts: [], noSeq: true };
  const bySub = chance(0.5);
  const useCat = !bySub && chance(0.6);
  if (ctx.totalFirst) rows.push(total);
  for (const ind of inds) {
    const ents = sample(PLATFORMS[ind], ri(1, Math.min(5, PLATFORMS[ind].length)));
    const sub = bySub ? { label: ind + (ctx.totalFirst ? pick(['小计', '', '行业']) : pick(['小计', '合计', '小计'])), parts: [], noSeq: true } : null;
    if (sub && ctx.totalFirst) { total.parts.push(rows.length); rows.push(sub); }
    for (const e of ents) {
      const sites = ri(3, 180); const covered = Math.round(sites * rf(0.4, 1)); const w = ri(40, 6000); const p = Math.round(w * rf(0.01, 0.07));
      const row = { label: (sub ? '  ' : '') + e + pick(['', '', ctx.scope.place.replace(/[市县省]$/, '') + '分公司', '（' + ctx.scope.place + '）']), data: { sites, covered, w, p, orgs: Math.round(covered * rf(0.1, 0.6)) + (chance(0.2) ? 1 : 0), ownOrgs: 0 }, cat: useCat ? ind : undefined };
      if (sub) sub.parts.push(rows.length); else total.parts.push(rows.length);
      rows.push(row);
    }
    if (sub && !ctx.totalFirst) { total.parts.push(rows.length); rows.push(sub); }
  }
  if (!ctx.totalFirst) rows.push(total);
  const d1 = dp(), d2 = dp();
  const cols = [
    { key: 'sites', head: pick(['站点（网点）数', '下属站点数（个）', '网点数']), kind: 'base' },
    { key: 'covered', head: pick(['已建党组织站点数', '覆盖站点数', '其中：党组织覆盖的']), kind: 'base', le: 'sites' },
    { key: 'cov', head: pick(['覆盖率（%）', '覆盖率(%)']), kind: 'rate', num: 'covered', den: 'sites', k: 100, dp: d1, fmt: rateFmt(d1) },
  ];
  if (chance(0.7)) cols.push({ key: 'w', head: pick(['从业人员数', '骑手（司机）数', '从业人员（人）']), kind: 'base' }, { key: 'p', head: pick(['党员数', '其中：党员']), kind: 'base', le: 'w' }, { key: 'rate', head: pick(['党员占比（%）', '占比（%）']), kind: 'rate', num: 'p', den: 'w', k: 100, dp: d2, fmt: rateFmt(d2) });
  const t = computeTable({ cols, rows });
  const o = layoutOpts(ctx, titleText(ctx, pick(['主要平台企业党建工作', '平台企业及站点党组织覆盖', '重点平台企业'])), pick(['企业名称', '平台企业', '企业（品牌）']), []);
  if (useCat) { o.cat = true; o.catHead = pick(['行业', '所属行业', '类别']); }
  return layoutTable(sh, r0, t, o, book);
}

function T_running(ctx, book, sh, r0) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData());
  const cols = [];
  const inds = sample([
    { pre: 'o', name: '新建党组织（个）', prev: 'cumPrev', nw: 'newM' },
    { pre: 'm', name: '纳入管理党员（人）', prev: 'pcumPrev', nw: 'pnewM' },
  ], ri(1, 2));
  const plain = chance(0.35);
  for (const ind of inds) {
    const g = plain && inds.length === 1 ? undefined : ind.name;
    const ord = pick(['pnc', 'npc', 'pcn']);
    const P = { key: ind.pre + 'P', src: ind.prev, head: pick(['上月累计', '截至上月累计', `1-${ctx.month - 1}月累计`]), group: g, kind: 'base', running: true };
    const N = { key: ind.pre + 'N', src: ind.nw, head: pick(['本月新增', '当月新增', `${ctx.month}月新增`]), group: g, kind: 'base' };
    const C = { key: ind.pre + 'C', head: pick(['本月累计', '累计', `1-${ctx.month}月累计`, '截至本月累计']), group: g, kind: 'sumcol', parts: [ind.pre + 'P', ind.pre + 'N'], running: true };
    cols.push(...(ord === 'pnc' ? [P, N, C] : ord === 'npc' ? [N, P, C] : [P, C, N]));
    if (ind.pre === 'o' && chance(0.5)) {
      const d = dp();
      cols.push({ key: 'tg', src: 'target', head: pick(['年度目标任务', '全年任务数']), group: g, kind: 'base' });
      cols.push({ key: 'tr', head: pick(['完成率（%）', '任务完成率(%)']), group: g, kind: 'rate', num: 'oC', den: 'tg', k: 100, dp: d, fmt: rateFmt(d) });
    }
  }
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals });
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, pick(['新就业群体党建工作进度月报', '新建党组织和纳入管理党员进度'])), pick(['县（市、区）', '地区', '单位']), chance(0.5) ? [pick(['说明：本月累计=上月累计+本月新增。', '注：累计数为本年1月1日以来数据。'])] : []), book);
}

function T_yoy(ctx, book, sh, r0) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) { const d = genLeafData(); if (chance(0.06)) d.orgsPrev = 0; data.set(l, d); }
  const ind = pick([{ c: 'orgs', p: 'orgsPrev', n: '党组织数（个）' }, { c: 'p', p: 'pPrev', n: '党员数（人）' }, { c: 'w', p: 'wPrev', n: '从业人员数（人）' }]);
  const d1 = dp();
  const two = chance(0.4);
  const inds = two ? [ind, pick([{ c: 'p', p: 'pPrev', n: '党员数（人）' }, { c: 'w', p: 'wPrev', n: '从业人员数（人）' }].filter((x) => x.c !== ind.c))] : [ind];
  const cols = [];
  inds.forEach((x, q) => {
    const g = two || chance(0.5) ? x.n : undefined;
    const cur = { key: 'c' + q, src: x.c, head: pick(['本年', `${ctx.year}年`, '本期数']), kind: 'base', group: g };
    const prev = { key: 'p' + q, src: x.p, head: pick(['上年', `${ctx.year - 1}年`, '上年同期']), kind: 'base', group: g };
    cols.push(...(chance(0.5) ? [prev, cur] : [cur, prev]));
    if (chance(0.8)) cols.push({ key: 'd' + q, head: pick(['增减', '增减量', '比上年增减（+、-）']), kind: 'diff', cur: 'c' + q, prev: 'p' + q, group: g });
    cols.push({ key: 'g' + q, head: pick(['增长（%）', '增幅（%）', '同比增长(%)', '增减率%']), kind: 'growth', cur: 'c' + q, prev: 'p' + q, dp: d1, fmt: rateFmt(d1), group: g });
  });
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals });
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, pick(['新就业群体党建工作同比情况', '与上年对比情况'])), pick(['县（市、区）', '地区']), chance(0.4) ? ['注：上年无数据的，增长率以“—”表示。'] : []), book);
}

function T_ratePP(ctx, book, sh, r0) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData());
  const d = dp();
  const cols = [
    { key: 'wPrev', head: '从业人员', group: pick(['上年', `${ctx.year - 1}年`]), kind: 'base' }, { key: 'pPrev', head: '党员', group: null, kind: 'base', le: 'wPrev' },
    { key: 'rPrev', head: '党员占比（%）', group: null, kind: 'rate', num: 'pPrev', den: 'wPrev', k: 100, dp: d, fmt: rateFmt(d) },
    { key: 'w', head: '从业人员', group: pick(['本年', `${ctx.year}年`]), kind: 'base' }, { key: 'p', head: '党员', group: null, kind: 'base', le: 'w' },
    { key: 'r', head: '党员占比（%）', group: null, kind: 'rate', num: 'p', den: 'w', k: 100, dp: d, fmt: rateFmt(d) },
    { key: 'pp', head: pick(['占比增减（个百分点）', '比上年提高（百分点）', '增减（百分点）']), kind: 'ppdiff', cur: 'r', prev: 'rPrev', dp: d, fmt: rateFmt(d) },
  ];
  cols[1].group = cols[2].group = cols[0].group; cols[4].group = cols[5].group = cols[3].group;
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals });
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, '新就业群体党员占比变化'), pick(['县（市、区）', '地区']), ['注：占比增减=本年占比-上年占比。']), book);
}

function T_indicatorsCols(ctx, book, sh, r0) { // regions as columns, indicators as rows (transposed)
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData());
  const d1 = dp();
  const cols = [];
  const full = chance(0.6);
  cols.push({ key: 'w', head: pick(['从业人员总数', '新就业群体从业人员数']), kind: full ? 'sumcol' : 'base', parts: full ? GROUPS.map((g) => 'w_' + g.k) : undefined, unit: '人' });
  if (full) GROUPS.forEach((g, q) => cols.push({ key: 'w_' + g.k, head: (q === 0 ? '其中：' : '　　　') + g.n, kind: 'base', unit: '人' }));
  else { cols.push({ key: 'kdwm', head: '其中：快递员、外卖送餐员', kind: 'base', le: 'w', unit: '人' }); }
  if (chance(0.4)) cols.push({ key: 'female', head: '其中：女性', kind: 'base', le: 'w', unit: '人' });
  cols.push({ key: 'p', head: pick(['党员数', '从业人员中党员数']), kind: 'base', unit: '人' });
  cols.push({ key: 'rate', head: pick(['党员占比', '党员占比（%）']), kind: 'rate', num: 'p', den: 'w', k: 100, dp: d1, fmt: rateFmt(d1), unit: '%' });
  if (chance(0.7)) {
    const d2 = dp();
    cols.push({ key: 'sites', head: '企业（站点）总数', kind: 'base', unit: '个' }, { key: 'covered', head: '其中：党组织覆盖数', kind: 'base', le: 'sites', unit: '个' },
      { key: 'cov', head: '党组织覆盖率', kind: 'rate', num: 'covered', den: 'sites', k: 100, dp: d2, fmt: rateFmt(d2), unit: '%' }, { key: 'orgs', head: '建立党组织数', kind: 'base', unit: '个' });
  }
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: false });
  const t = computeTable({ cols, rows });
  const o = layoutOpts(ctx, titleText(ctx, pick(['新就业群体党建主要指标', '新就业群体基本情况'])), pick(['指标', '指标名称', '项目']), []);
  o.transpose = true; o.unitCol = chance(0.6); o.seq = false;
  if (o.unitCol && o.unitLine) o.unitLine = null;
  return layoutTable(sh, r0, t, o, book);
}

function layoutOpts(ctx, title, labelHead, notes) {
  const o = { title: ctx.noTitle ? null : title, labelHead, notes, zero: ctx.zero, seq: ctx.seq, codeRow: ctx.codeRow };
  if (ctx.preTitle) o.preTitle = ctx.preTitle;
  const u = pick(['单位：人、个、%', '单位：人，个，%', '计量单位：人、个', null, '单位：人']);
  if (ctx.fillerTop) o.unitLine = { left: `填报单位：中共${ctx.scope.place}委组织部（盖章）`, right: u || `${ctx.year}年${ctx.month}月` };
  else if (u) o.unitLine = { right: u };
  if (ctx.footer) o.footer = [[`填表人：${pick(NAMES)}`, `审核人：${pick(NAMES)}`, `填表日期：${ctx.year}年${ctx.month + 1 > 12 ? 12 : ctx.month + 1}月${ri(1, 10)}日`]];
  if (ctx.footer && chance(0.3)) o.footer.unshift(`填报单位：中共${ctx.scope.place}委组织部`);
  return o;
}

// sheet per indicator: 从业人员数 / 党员数 / 党员占比 — cross-sheet rates
function B_perIndicator(ctx, book) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData());
  const alt = chance(0.4);
  const gcols = (pre) => GROUPS.map((g) => ({ key: pre + g.k, src: pre + g.k, head: alt ? g.n2 : g.n, kind: 'base' }));
  const mk = (pre, sumHead) => { const cs = gcols(pre); const tot = { key: pre.slice(0, 1), head: sumHead, kind: 'sumcol', parts: cs.map((c) => c.key) }; return ctx.totCol === 'first' ? [tot, ...cs] : [...cs, tot]; };
  const rowsOpt = { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals };
  const lab = pick(['县（市、区）', '地区']);
  const sW = new Sheet(pick(['从业人员数', '从业人员', '表1 从业人员'])); const tW = computeTable({ cols: mk('w_', pick(['合计', '小计'])), rows: regionRows(scope, (l) => data.get(l), rowsOpt) });
  layoutTable(sW, 1, tW, layoutOpts(ctx, titleText(ctx, '新就业群体从业人员数'), lab, []), book);
  // same row order for p (reseed-independent: reuse labels)
  const sP = new Sheet(pick(['党员数', '党员', '表2 党员'])); const tP = computeTable({ cols: mk('p_', pick(['合计', '小计'])), rows: tW.rows.map((r) => ({ ...r })) });
  layoutTable(sP, 1, tP, layoutOpts(ctx, titleText(ctx, '新就业群体中党员数'), lab, []), book);
  const d = dp();
  const keys = tW.cols.map((c) => c.key);
  const pkeys = tP.cols.map((c) => c.key);
  const rcols = keys.map((k, q) => ({ key: 'r' + q, head: tW.cols[q].head, kind: 'given', fmt: rateFmt(d), plantKind: 'rate' }));
  const rrows = tW.rows.map((r, i) => { const o = {}; keys.forEach((k, q) => { const w = tW.vals[i][k], p = tP.vals[i][pkeys[q]]; o['r' + q] = w ? rnd((p / w) * 100, d) : '—'; }); return { label: r.label, data: o, noSeq: r.noSeq }; });
  const tR = computeTable({ cols: rcols, rows: rrows });
  rcols.forEach((c, q) => { c.plantCtx = (i) => ({ type: 'rate', dp: d, k: 100, n: tP.vals[i][pkeys[q]], d: tW.vals[i][keys[q]], alts: [tW.vals[i][keys[q]] + tP.vals[i][pkeys[q]]], prates: null }); });
  const sR = new Sheet(pick(['党员占比', '占比', '表3 党员占比']));
  const o = layoutOpts(ctx, titleText(ctx, '新就业群体党员占比'), lab, ['注：党员占比=党员数/从业人员数×100%，单位：%。']);
  o.zero = '0';
  layoutTable(sR, 1, tR, o, book);
  tW.rows.forEach((_, i) => keys.forEach((k, q) => { if (tW.vals[i][k]) book.rels.push({ t: 'rate', cell: tR.ref(i, 'r' + q), num: tP.ref(i, pkeys[q]), den: tW.ref(i, k), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-7 }); }));
  // p <= w cross sheet
  tW.rows.forEach((_, i) => keys.forEach((k, q) => book.rels.push({ t: 'le', whole: tW.ref(i, k), parts: [tP.ref(i, pkeys[q])], tol: 0 })));
  book.sheets.push(sW, sP, sR);
}

// a sheet per group + 汇总 sheet summing them
function B_perGroup(ctx, book) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData());
  const gs = sample(GROUPS, ri(2, 5));
  const d = dp();
  const rowsOpt = { totalFirst: ctx.totalFirst, subtotals: false };
  const lab = pick(['县（市、区）', '地区']);
  const cols = (pre) => [{ key: 'w', src: pre ? 'w_' + pre : 'W', head: pick(['从业人员数', '人数']), kind: 'base' }, { key: 'p', src: pre ? 'p_' + pre : 'P', head: '其中：党员', kind: 'base', le: 'w' }, { key: 'r', head: '党员占比（%）', kind: 'rate', num: 'p', den: 'w', k: 100, dp: d, fmt: rateFmt(d) }];
  for (const l of scope.leaves) { const x = data.get(l); x.W = gs.reduce((s, g) => s + x['w_' + g.k], 0); x.P = gs.reduce((s, g) => s + x['p_' + g.k], 0); }
  const sumSheet = new Sheet(pick(['汇总', '汇总表', '合计']));
  const tS = computeTable({ cols: cols(null), rows: regionRows(scope, (l) => data.get(l), rowsOpt) });
  const gts = [];
  const first = chance(0.6);
  if (first) book.sheets.push(sumSheet);
  layoutTable(sumSheet, 1, tS, layoutOpts(ctx, titleText(ctx, gs.map((g) => g.n).join('、') + '党员情况汇总'), lab, []), book);
  for (const g of gs) {
    const sh = new Sheet(g.n);
    const t = computeTable({ cols: cols(g.k), rows: tS.rows.map((r) => ({ ...r })) });
    layoutTable(sh, 1, t, layoutOpts(ctx, titleText(ctx, g.n + '党员情况'), lab, []), book);
    book.sheets.push(sh); gts.push(t);
  }
  if (!first) book.sheets.push(sumSheet);
  tS.rows.forEach((_, i) => ['w', 'p'].forEach((k) => book.rels.push({ t: 'sum', total: tS.ref(i, k), parts: gts.map((t) => t.ref(i, k)), tol: 0 })));
}

// ---------- book ----------
function newCtx(opts = {}) {
  const kind = opts.scopeKind || pick(['city', 'city', 'city', 'prov', 'county']);
  const ctx = {
    scope: makeScope(kind), year: pick([2023, 2024, 2025]), month: ri(2, 11),
    totalFirst: chance(0.55), subtotals: chance(0.35), zero: pick(['0', '0', '—', '', '-']), seq: chance(0.35), codeRow: chance(0.12),
    fillerTop: chance(0.3), footer: chance(0.5), noTitle: chance(0.08), preTitle: chance(0.15) ? pick(['附件1', '附件2', '表1', '附表']) : null,
    totCol: pick(['first', 'last']),
  };
  ctx.place = ctx.scope.place;
  Object.assign(ctx, opts.ctx || {});
  return ctx;
}
const TEMPLATES = { share: T_share, matrix: T_matrix, groups: T_groups, platform: T_platform, running: T_running, yoy: T_yoy, ratePP: T_ratePP, indCols: T_indicatorsCols };
function makeBook(opts = {}) {
  const book = { sheets: [], rels: [], cands: [] };
  const ctx = newCtx(opts);
  const layout = opts.layout || pick(['share', 'share', 'matrix', 'groups', 'platform', 'running', 'running', 'yoy', 'yoy', 'ratePP', 'indCols', 'multi', 'perIndicator', 'perGroup', 'stacked']);
  book.layout = layout;
  if (layout === 'perIndicator') B_perIndicator(ctx, book);
  else if (layout === 'perGroup') B_perGroup(ctx, book);
  else if (layout === 'multi') {
    const ts = sample(['share', 'groups', 'platform', 'running', 'yoy', 'matrix', 'indCols'], ri(2, 3));
    ts.forEach((k, q) => { const sh = new Sheet(pick([`表${q + 1}`, `Sheet${q + 1}`, { share: '党员分布', groups: '分群体', platform: '平台企业', running: '月报', yoy: '同比', matrix: '从业人员', indCols: '主要指标' }[k]])); if (book.sheets.some((s) => s.name === sh.name)) sh.name += q + 1; TEMPLATES[k](newCtxShared(ctx), book, sh, 1); book.sheets.push(sh); });
  } else if (layout === 'stacked') {
    const sh = new Sheet(pick(['Sheet1', '统计表', '新就业群体']));
    const [a, b] = sample(['share', 'groups', 'platform', 'yoy', 'running'], 2);
    let r = TEMPLATES[a](ctx, book, sh, 1);
    r += ri(1, 3);
    TEMPLATES[b]({ ...ctx, preTitle: null, fillerTop: false }, book, sh, r);
    book.sheets.push(sh);
  } else {
    const sh = new Sheet(pick(['Sheet1', '统计表', '汇总', ctx.place, `${ctx.month}月`, '新就业群体']));
    TEMPLATES[layout](ctx, book, sh, 1);
    book.sheets.push(sh);
  }
  return book;
}
function newCtxShared(ctx) { return { ...ctx, totalFirst: chance(0.5) ? ctx.totalFirst : !ctx.totalFirst, preTitle: null }; }

// ---------- plants ----------
function getter(book) { const m = new Map(book.sheets.map((s) => [s.name, s])); return (ref) => { const [s, a] = splitRef(ref); return m.get(s).get(a); }; }
function setCell(book, ref, v) { const [s, a] = splitRef(ref); const sh = book.sheets.find((x) => x.name === s); const c = sh.cells.get(a); c.v = v; }
function swapDigits(v, dpN) {
  const s = dpN ? v.toFixed(dpN) : String(v); const idx = [];
  for (let i = 0; i + 1 < s.length; i++) { let j = i + 1; if (s[j] === '.') j++; if (/\d/.test(s[i]) && /\d/.test(s[j]) && s[i] !== s[j] && !(i === 0 && s[j] === '0')) idx.push([i, j]); }
  if (!idx.length) return null; const [i, j] = pick(idx); const a = s.split(''); [a[i], a[j]] = [a[j], a[i]]; return Number(a.join(''));
}
function dropDigit(v) { const s = String(v); if (s.length < 2) return null; const i = ri(0, s.length - 1); const t = s.slice(0, i) + s.slice(i + 1); if (t[0] === '0' && t.length > 1) return null; return Number(t); }
function dupDigit(v) { const s = String(v); const i = ri(0, s.length - 1); return Number(s.slice(0, i + 1) + s.slice(i)); }
function mutate(c) {
  const x = c.was; const ctx = c.ctx;
  const opts = [];
  if (ctx.type === 'int') {
    opts.push(['digits swapped', () => swapDigits(x)], ['lost digit', () => dropDigit(x)], ['stale value', () => Math.max(0, x > 30 ? Math.round(x * rf(0.9, 0.98)) : x - ri(1, Math.max(1, Math.floor(x / 2))))], ['extra digit', () => dupDigit(x)]);
    if (c.kind === 'total' && ctx.partVals) opts.push(['one part left out', () => x - pick(ctx.partVals.filter((v) => v > 0))]);
    if (c.kind === 'running' && ctx.stale !== undefined) opts.push(['not updated (last month)', () => ctx.stale]);
  } else if (ctx.type === 'rate') {
    opts.push(['digits swapped', () => swapDigits(x, ctx.dp)]);
    if (ctx.alts && ctx.alts.length) opts.push(['wrong base', () => { const d = pick(ctx.alts.filter((v) => v > 0)); return d ? rnd((ctx.n / d) * ctx.k, ctx.dp) : null; }]);
    if (ctx.prates && ctx.prates.length > 1) opts.push(['mean of part rates', () => rnd(ctx.prates.reduce((a, b) => a + b, 0) / ctx.prates.length, ctx.dp)]);
    opts.push(['stale value', () => rnd(x + pick([-1, 1]) * rf(0.3, 3) * (ctx.k === 1 && ctx.dp > 2 ? 0.01 : 1), ctx.dp)]);
    if (ctx.k === 100 && x < 10) opts.push(['decimal shifted', () => rnd(x * 10, ctx.dp)]);
  } else if (ctx.type === 'growth') {
    opts.push(['digits swapped', () => { const y = swapDigits(Math.abs(x), ctx.dp); return y === null ? null : y * Math.sign(x); }], ['ratio not growth', () => rnd((ctx.cur / ctx.prev) * 100, ctx.dp)], ['wrong base', () => (ctx.cur ? rnd(((ctx.cur - ctx.prev) / ctx.cur) * 100, ctx.dp) : null)], ['sign flipped', () => -x]);
  } else if (ctx.type === 'diff') {
    opts.push(['sign flipped', () => -x], ['digits swapped', () => { const y = swapDigits(Math.abs(x)); return y === null ? null : y * Math.sign(x); }]);
  } else if (ctx.type === 'ppdiff') {
    opts.push(['sign flipped', () => -x], ['digits swapped', () => { const y = swapDigits(Math.abs(x), ctx.dp); return y === null ? null : y * Math.sign(x); }]);
  }
  for (let tries = 0; tries < 12; tries++) {
    const [slip, f] = pick(opts); const v = f();
    if (v === null || v === undefined || !Number.isFinite(v) || v === x) continue;
    if (ctx.type === 'int' && v < 0) continue;
    return { slip, v };
  }
  return null;
}
function plantOne(book, kindWanted) {
  const get = getter(book);
  let cands = book.cands.filter((c) => !kindWanted || c.kind === kindWanted);
  if (!cands.length) return null;
  for (let tries = 0; tries < 40; tries++) {
    const c = pick(cands); const was = get(c.ref);
    if (typeof was !== 'number') continue;
    const m = mutate({ ...c, was }); if (!m) continue;
    setCell(book, c.ref, m.v);
    const g2 = getter(book);
    const touching = book.rels.filter((r) => relCells(r).includes(c.ref));
    const unit = c.ctx.dp ? Math.pow(10, -c.ctx.dp) : 1;
    const broken = touching.some((r) => { const e = evalRel(r, g2); return e !== null && e > (c.ctx.type === 'int' || c.ctx.type === 'diff' ? 0 : 0.5 * unit); });
    if (broken) { const [sheet, cell] = splitRef(c.ref); return { sheet, cell, was, now: m.v, kind: c.kind, slip: m.slip }; }
    setCell(book, c.ref, was);
  }
  return null;
}

// ---------- writing ----------
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '组织部'; wb.created = new Date(Date.UTC(2024, 0, 1)); wb.modified = new Date(Date.UTC(2024, 0, 1));
  const thin = { style: 'thin' };
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [, c] of s.cells) {
      if (c.v === '' || c.v === null || c.v === undefined) continue;
      const cell = ws.getCell(c.r, c.c); cell.value = c.v;
      if (c.fmt) cell.numFmt = c.fmt;
      if (c.bold || c.size) cell.font = { bold: !!c.bold, size: c.size || 11, name: '宋体' };
      if (c.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (c.right) cell.alignment = { horizontal: 'right' };
    }
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
    for (const k of Object.keys(s.widths)) ws.getColumn(Number(k)).width = s.widths[k];
  }
  await wb.xlsx.writeFile(file);
}

function checkClean(book) { const g = getter(book); for (const r of book.rels) { const e = evalRel(r, g); if (e !== null && e > 1e-9) throw new Error('clean book broken: ' + JSON.stringify(r) + ' ' + e); } }
function cloneBook(b) {
  return { layout: b.layout, rels: b.rels, cands: b.cands, sheets: b.sheets.map((s) => { const n = new Sheet(s.name); n.cells = new Map([...s.cells].map(([k, v]) => [k, { ...v }])); n.merges = s.merges; n.widths = s.widths; n.maxCol = s.maxCol; return n; }) };
}

// ---------- sets ----------
const KINDS = ['total', 'part', 'rate', 'change', 'running'];
async function genSet(set) {
  R = mulberry32(hashStr(set + '#98a'));
  const dir = path.join(OUT, set); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  const manifest = [], relOut = [];
  const emit = async (book, plants, prefix, n) => {
    const file = `${prefix}${String(n).padStart(3, '0')}.xlsx`;
    await writeBook(book, path.join(dir, file));
    manifest.push({ file, layout: book.layout, plants: plants.map(({ slip, ...p }) => ({ ...p, slip })) });
    relOut.push({ file, rels: book.rels });
  };
  let n = 1;
  if (set === 'cases') {
    // clean books, each with two planted twins of differing kinds
    const layouts = ['share', 'running', 'yoy', 'matrix', 'groups', 'platform', 'ratePP', 'indCols', 'perIndicator', 'perGroup', 'running', 'yoy', 'share', 'multi', 'stacked'];
    let ki = 0; const used = {};
    for (const layout of layouts) {
      const book = makeBook({ layout }); checkClean(book);
      await emit(book, [], 'c', n++);
      const kindsHere = KINDS.filter((k) => book.cands.some((c) => c.kind === k));
      for (let t = 0; t < 2; t++) {
        let p = null, twin;
        const order = kindsHere.slice().sort((a, b) => (used[a] || 0) - (used[b] || 0));
        for (let q = 0; q < order.length && !p; q++) { twin = cloneBook(book); p = plantOne(twin, order[q]); }
        ki++;
        if (!p) { twin = cloneBook(book); p = plantOne(twin, null); }
        used[p.kind] = (used[p.kind] || 0) + 1;
        await emit(twin, [p], 'c', n++);
      }
    }
  } else if (set === 'probe') {
    for (let i = 0; i < 100; i++) {
      const want0 = KINDS[(i >> 1) % 5];
      const lay = i % 2 && chance(0.7) ? (want0 === 'running' ? pick(['running', 'running', 'multi']) : want0 === 'change' ? pick(['yoy', 'ratePP', 'groups', 'yoy']) : undefined) : undefined;
      const book = makeBook(lay ? { layout: lay } : {}); checkClean(book);
      if (i % 2 === 0) await emit(book, [], 'p', n++);
      else {
        const kindsHere = KINDS.filter((k) => book.cands.some((c) => c.kind === k));
        const want = KINDS[(i >> 1) % 5];
        const p = plantOne(book, kindsHere.includes(want) ? want : pick(kindsHere));
        if (!p) throw new Error('no plant');
        await emit(book, [p], 'p', n++);
      }
    }
  } else if (/^hunt/.test(set)) {
    const HUNT = require('./hunt.js');
    for (let i = 0; i < 120; i++) { const book = HUNT.makeHuntBook(set, i); checkClean(book); await emit(book, [], 'h', n++); }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(OUT, 'rel', set + '.json'), JSON.stringify(relOut));
  console.log(set, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
}
module.exports = { GROUPS, genLeafData, makeScope, computeTable, layoutTable, Sheet, regionRows, groupRows, layoutOpts, newCtx, TEMPLATES, dp, rateFmt, makeBook, pick, chance, ri, rf, sample, shuffle, rnd, A, colL, splitRef, PLATFORMS, titleText, tableRels, zeroShow };

if (require.main === module) {
  (async () => { const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['cases', 'probe']; for (const s of sets) await genSet(s); })().catch((e) => { console.error(e); process.exit(1); });
}
