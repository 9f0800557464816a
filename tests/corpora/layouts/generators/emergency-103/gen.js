// node gen.js SET SEED N PLANTFRAC : writes /tmp/round103a/SET/*.xlsx + manifest.json, rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells, num } = require('./rel.js');
const [, , SET, SEED, NB, PF] = process.argv;
const ROOT = '/tmp/round103a';
const ALT = process.env.VAR === 'alt';
const outDir = path.join(ROOT, SET);
fs.mkdirSync(outDir, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(outDir)) fs.unlinkSync(path.join(outDir, f));

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const R = mulberry32(Number(SEED) || 1);
const U = (a, b) => a + (b - a) * R();
const ri = (a, b) => Math.floor(U(a, b + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd = (v, d) => { const f = Math.pow(10, d); return Math.round(v * f + 1e-9 * Math.sign(v)) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const tolOf = (d) => 0.5 * Math.pow(10, -d) + 1e-9;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const FW = '\u3000';

class SB {
  constructor(name, st) { this.name = name; this.st = st; this.cells = new Map(); this.merges = []; this.rels = []; this.widths = {}; }
  set(r, c, v, o = {}) { this.cells.set(r + ',' + c, Object.assign({ v }, o)); }
  addr(r, c) { return colL(c) + r; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(o) { o.sheet = this.name; this.rels.push(o); }
  // numeric value write; returns address or null
  num(r, c, v, d, derived) {
    const st = this.st;
    if (v === null || v === undefined) { this.set(r, c, st.na, { na: true }); return null; }
    if (v === 0 && st.zero !== 0 && !derived) { if (st.zero !== '') this.set(r, c, st.zero, { zero: true, dec: d }); return this.addr(r, c); }
    if (st.text) this.set(r, c, v.toFixed(d), { dec: d, text: true });
    else this.set(r, c, v, { dec: d, fmt: d ? '0.' + '0'.repeat(d) : (st.thousands ? '#,##0' : '0') });
    return this.addr(r, c);
  }
}

function sheetStyle() {
  return {
    zero: pick([0, 0, '—', '', '-']), na: pick(['—', '-', '', '…']), text: chance(ALT ? 0.4 : 0.15), thousands: chance(0.2),
    numbering: pick(['cn', 'none', 'indent', 'num']), totalPos: ALT ? pick(['top', 'bottom', 'bottom']) : pick(['top', 'top', 'bottom']),
    unitLine: chance(0.7), seqCol: chance(0.25), notes: chance(0.7), titleRows: pick([1, 1, 2]),
  };
}
const YEAR = pick([2021, 2022, 2023, 2024]);
function titleBlock(sb, title, width, unit) {
  const st = sb.st; let r = 1;
  sb.set(r, 1, title, { bold: true, center: true }); sb.merge(r, 1, r, width); r++;
  if (st.titleRows === 2) { sb.set(r, 1, pick(['（' + YEAR + '年）', '（' + YEAR + '年度）', '（截至' + YEAR + '年' + ri(6, 12) + '月底）']), { center: true }); sb.merge(r, 1, r, width); r++; }
  if (st.unitLine && unit) {
    if (chance(0.5)) { sb.set(r, width, unit, { right: true }); } else { sb.set(r, 1, '填报单位：' + pick(['市应急管理局', '县应急管理局', '区安委办']), {}); sb.set(r, width, unit, { right: true }); }
    r++;
  }
  if (chance(0.2)) r++; // blank spacer row
  return r;
}
function footer(sb, r, width) {
  if (!sb.st.notes) return;
  r++;
  const notes = [
    '注：1.本表数据来源于应急管理部门生产安全事故统计系统；2.' + pick(['道路交通事故数据由公安交警部门提供。', '火灾数据由消防救援机构提供。', '增减幅度按未取整数据计算。', '“—”表示无数据或无法计算。']),
    '说明：亿元GDP生产安全事故死亡率=生产安全事故死亡人数÷地区生产总值（亿元）。',
    '注：工矿商贸包括煤矿、金属非金属矿山、危险化学品、烟花爆竹、建筑施工及工贸行业。',
  ];
  sb.set(r++, 1, pick(notes));
  if (chance(0.7)) sb.set(r++, 1, '填报人：' + pick(['王芳', '李强', '张伟', '刘洋']) + FW + FW + '审核人：' + pick(['陈静', '赵磊', '周敏']) + FW + FW + '填报日期：' + (YEAR + 1) + '年1月' + ri(5, 20) + '日');
  if (chance(0.3)) sb.set(r++, 1, '联系电话：0' + ri(300, 999) + '-' + ri(2000000, 8999999));
}

// ---------- data tree ----------
// node: {label, kind:'sum'|'le'|null, children, relKind, lvl, isTotal, isSub}
function genData(node, metrics, periods) {
  node.vals = {};
  if (node.children && node.children.length) {
    for (const ch of node.children) genData(ch, metrics, periods);
    for (const m of metrics) if (m.primary) for (const p of periods) {
      let s = node.children.reduce((a, ch) => a + ch.vals[m.id + p], 0);
      if (node.kind === 'le') s += m.gen(node.scale || 1, true);
      node.vals[m.id + p] = rnd(s, m.dec);
    }
  } else {
    for (const m of metrics) if (m.primary) {
      const cur = m.gen(node.scale || 1, false, node);
      node.vals[m.id + 'cur'] = cur;
      node.vals[m.id + 'prev'] = chance(0.08) ? 0 : rnd(Math.max(0, cur * U(0.55, 1.5) + (m.dec ? 0 : ri(-1, 2))), m.dec);
      if (m.id === 'gdp') node.vals.gdpprev = rnd(cur / U(1.02, 1.09), m.dec);
    }
  }
  for (const m of metrics) if (!m.primary) for (const p of periods) {
    const n = node.vals[m.num + p], d = node.vals[m.den + p];
    node.vals[m.id + p] = d ? rnd(n / d * m.k, m.dec) : null;
  }
}
function flat(node, out = []) { out.push(node); for (const ch of node.children || []) flat(ch, out); return out; }
// display order: parent before children (top) or after (bottom)
function order(node, pos, st) {
  const kids = (node.children || []).flatMap((ch) => order(ch, pos, st));
  if (node.kind === 'le') return [node, ...kids]; // 其中 always follows
  // children-before-parent only for the grand total, or for 小计 rows in unnumbered region tables
  const after = pos === 'bottom' && (node.lvl === 0 || (node.region && st.numbering === 'none' && st.subBottomOk));
  return after ? [...kids, node] : [node, ...kids];
}

function labelOf(sb, node, idx) {
  const st = sb.st;
  if (node.lvl === 0) return node.label;
  if (node.qz) { // 其中 child
    const pre = st.numbering === 'indent' ? FW + FW : '';
    return idx === 0 ? pre + '其中：' + node.label : pre + FW + FW + FW + node.label;
  }
  if (node.lvl === 1) {
    if (st.numbering === 'cn') return CN[idx] + '、' + node.label;
    if (st.numbering === 'num') return (idx + 1) + '.' + node.label;
    if (st.numbering === 'indent') return FW + node.label;
    return node.label;
  }
  if (st.numbering === 'cn') return '（' + CN[idx] + '）' + node.label;
  if (st.numbering === 'num') return '(' + (idx + 1) + ')' + node.label;
  if (st.numbering === 'indent') return FW + FW + node.label;
  return node.region ? node.label : FW + FW + node.label;
}
function assignLabels(sb, node) {
  (node.children || []).forEach((ch, i) => { ch.disp = labelOf(sb, ch, i); assignLabels(sb, ch); });
  if (node.lvl === 0) node.disp = node.label;
}

// ---------- generic matrix sheet ----------
// spec: {title, unit, root, metrics:[], cols:[{m, p, sub}], transposed, superHead}
function matrixSheet(sb, spec) {
  const st = sb.st;
  const root = spec.root;
  assignLabels(sb, root);
  st.subBottomOk = root.children.filter((c) => c.children && c.children.length).every((c) => /小计|合计/.test(c.label));
  const rowsOrder = order(root, st.totalPos, st);
  const metricsById = Object.fromEntries(spec.metrics.map((m) => [m.id, m]));
  const cols = spec.cols;
  const addr = new Map(); // node idx + col key -> address
  const key = (n, m, p) => n.id + '|' + m + '|' + p;
  let r0;
  if (!spec.transposed) {
    const lead = st.seqCol ? 2 : 1;
    const width = lead + cols.length;
    r0 = titleBlock(sb, spec.title, width, spec.unit);
    const twoLevel = cols.some((c) => c.sub);
    const hasSuper = spec.superHead && chance(0.5);
    const hr = r0, nh = (twoLevel ? 2 : 1) + (hasSuper ? 1 : 0);
    if (st.seqCol) { sb.set(hr, 1, '序号'); sb.merge(hr, 1, hr + nh - 1, 1); }
    sb.set(hr, lead, spec.rowHead || pick(['项目', '行业类别', '类别', '指标']), {}); sb.merge(hr, lead, hr + nh - 1, lead);
    let c = lead + 1;
    if (hasSuper) { sb.set(hr, c, spec.superHead); sb.merge(hr, c, hr, width); }
    const mr = hr + (hasSuper ? 1 : 0);
    // group consecutive columns by metric
    let i = 0;
    while (i < cols.length) {
      let j = i; while (j + 1 < cols.length && cols[j + 1].m === cols[i].m && cols[j + 1].grp === cols[i].grp) j++;
      const m = metricsById[cols[i].m];
      const lab = cols[i].grpLabel || m.label;
      if (twoLevel && (j > i || cols[i].sub)) {
        sb.set(mr, c + (0), lab); sb.merge(mr, c, mr, c + (j - i));
        for (let k = i; k <= j; k++) sb.set(mr + 1, c + (k - i), cols[k].sub || '');
      } else { sb.set(mr, c, lab); if (twoLevel) sb.merge(mr, c, mr + 1, c); }
      c += j - i + 1; i = j + 1;
    }
    let r = hr + nh;
    if (chance(0.15)) { // column code row 甲 乙 1 2 3
      if (st.seqCol) sb.set(r, 1, '甲'); sb.set(r, lead, st.seqCol ? '乙' : '甲');
      cols.forEach((cc, k) => sb.set(r, lead + 1 + k, k + 1)); r++;
    }
    let seq = 0;
    for (const n of rowsOrder) {
      if (n.qzHeader) { sb.set(r++, lead, (st.numbering === 'indent' ? FW + FW : '') + '其中：'); }
      if (st.seqCol) sb.set(r, 1, n.lvl === 0 ? '' : ++seq);
      sb.set(r, lead, n.disp, { bold: n.lvl === 0 });
      cols.forEach((cc, k) => { const a = writeCell(sb, r, lead + 1 + k, n, cc, metricsById); addr.set(key(n, cc.m, cc.p), a); });
      r++;
    }
    footer(sb, r, width);
    sb.widths = { [lead]: 22 };
  } else {
    // items across columns, metrics down rows
    const width = 2 + rowsOrder.length;
    r0 = titleBlock(sb, spec.title, width, spec.unit);
    const hr = r0;
    sb.set(hr, 1, pick(['指标', '项目'])); sb.merge(hr, 1, hr, 2);
    rowsOrder.forEach((n, k) => sb.set(hr, 3 + k, n.disp.replace(/^[\u3000]+/, '').replace(/^其中：/, '其中:')));
    let r = hr + 1;
    let i = 0;
    while (i < cols.length) {
      let j = i; while (j + 1 < cols.length && cols[j + 1].m === cols[i].m && cols[j + 1].grp === cols[i].grp) j++;
      const m = metricsById[cols[i].m];
      const lab = cols[i].grpLabel || m.label;
      if (j > i || cols[i].sub) { sb.set(r, 1, lab); sb.merge(r, 1, r + (j - i), 1); for (let k = i; k <= j; k++) sb.set(r + k - i, 2, cols[k].sub || ''); }
      else { sb.set(r, 1, lab); sb.merge(r, 1, r, 2); }
      for (let k = i; k <= j; k++) rowsOrder.forEach((n, q) => { const a = writeCell(sb, r + k - i, 3 + q, n, cols[k], metricsById); addr.set(key(n, cols[k].m, cols[k].p), a); });
      r += j - i + 1; i = j + 1;
    }
    footer(sb, r, width);
    sb.widths = { 1: 18 };
  }
  // relations
  const nodes = flat(root);
  for (const cc of cols) {
    const m = metricsById[cc.m];
    if (['cur', 'prev'].includes(cc.p) && m.primary) {
      for (const n of nodes) if (n.children && n.children.length) {
        const tot = addr.get(key(n, cc.m, cc.p)); const parts = n.children.map((ch) => addr.get(key(ch, cc.m, cc.p)));
        if (!tot || parts.some((p) => !p)) continue;
        sb.rel({ t: n.kind === 'le' ? 'le' : 'sum', total: n.kind === 'le' ? undefined : tot, whole: n.kind === 'le' ? tot : undefined, parts, tol: m.dec ? 1e-6 : 1e-6, kind: n.kind === 'le' ? 'le' : (n.lvl === 0 ? 'total' : 'subtotal') });
      }
    }
    for (const n of nodes) {
      const a = addr.get(key(n, cc.m, cc.p)); if (!a) continue;
      if (['cur', 'prev'].includes(cc.p) && !m.primary) {
        const na = addr.get(key(n, m.num, cc.p)), da = addr.get(key(n, m.den, cc.p));
        if (na && da && n.vals[m.id + cc.p] !== null) sb.rel({ t: 'rate', cell: a, num: na, den: da, k: m.k, tol: tolOf(m.dec), kind: 'rate' });
      }
      if (cc.p === 'growth' || cc.p === 'pp') {
        const ca = addr.get(key(n, cc.m, cc.src || 'cur')), pa = addr.get(key(n, cc.m, cc.srcPrev || 'prev'));
        if (ca && pa && n.vals[cc.m + cc.p + (cc.src || '')] !== null) sb.rel({ t: cc.p, cell: a, cur: ca, prev: pa, tol: tolOf(cc.dec), kind: cc.p });
      }
      if (cc.p === 'share' || cc.p === 'shareprev') {
        const pp = cc.p === 'share' ? 'cur' : 'prev';
        const na = addr.get(key(n, cc.m, pp)), da = addr.get(key(root, cc.m, pp));
        if (na && da && root.vals[cc.m + pp]) sb.rel({ t: 'rate', cell: a, num: na, den: da, k: 100, tol: tolOf(cc.dec), kind: 'share' });
      }
    }
  }
}
function writeCell(sb, r, c, n, cc, mb) {
  const m = mb[cc.m];
  const v = n.vals;
  if (cc.p === 'cur' || cc.p === 'prev') return sb.num(r, c, v[cc.m + cc.p], m.dec, !m.primary);
  if (cc.p === 'growth') {
    const cur = stored(v, cc.m, cc.src || 'cur', m), prev = stored(v, cc.m, cc.srcPrev || 'prev', m);
    const g = prev ? rnd((cur / prev - 1) * 100, cc.dec) : null; v[cc.m + 'growth' + (cc.src || '')] = g;
    return sb.num(r, c, g, cc.dec, true);
  }
  if (cc.p === 'pp') {
    const cur = stored(v, cc.m, 'cur', m), prev = stored(v, cc.m, 'prev', m);
    const g = cur === null || prev === null ? null : rnd(cur - prev, cc.dec); v[cc.m + 'pp'] = g;
    return sb.num(r, c, g, cc.dec, true);
  }
  if (cc.p === 'share' || cc.p === 'shareprev') {
    const pp = cc.p === 'share' ? 'cur' : 'prev';
    const tot = cc.root.vals[cc.m + pp];
    const s = tot ? rnd(v[cc.m + pp] / tot * 100, cc.dec) : null; v[cc.m + cc.p] = s;
    return sb.num(r, c, s, cc.dec, true);
  }
}
function stored(v, m, p, md) { const x = v[m + p]; return x === null || x === undefined ? null : x; }

// ---------- metrics ----------
function M(id, label, dec, genf) { return { id, label, dec, primary: true, gen: genf }; }
function countMetrics(lossDec) {
  const acc = M('acc', pick(['事故起数（起）', '事故起数', '生产安全事故起数', '起数（起）']), 0, (s, extra) => extra ? ri(0, 3) : ri(0, Math.round(30 * s)));
  const dead = M('dead', pick(['死亡人数（人）', '死亡人数', '死亡（人）']), 0, (s, extra) => extra ? ri(0, 2) : ri(0, Math.round(20 * s)));
  const inj = M('inj', pick(['受伤人数（人）', '受伤人数', '受伤（人）']), 0, (s, extra) => extra ? ri(0, 3) : ri(0, Math.round(25 * s)));
  const loss = M('loss', pick(['直接经济损失（万元）', '直接经济损失', '经济损失（万元）']), lossDec, (s, extra) => rnd(extra ? U(0, 20) : U(0, 400 * s), lossDec));
  return { acc, dead, inj, loss };
}
function periodLabels() {
  return pick([['本年', '上年'], [YEAR + '年', (YEAR - 1) + '年'], ['本期', '上年同期'], ['1-' + ri(6, 12) + '月', '上年同期'], ['本年累计', '去年同期']]);
}
const GL = ['增减（%）', '比上年增减（%）', '同比增减（%）', '增长（%）', '±%', '增幅（%）'];
const PL = ['增减', '比上年增减', '增减数', '±', '同比增减'];
// build columns for a list of metrics under a period mode
function metricCols(ms, mode, pl, gl, gdec, root) {
  const cols = [];
  for (const m of ms) {
    if (mode === 'cur') cols.push({ m: m.id, p: 'cur' });
    else if (mode === 'cpg') { cols.push({ m: m.id, p: 'cur', sub: pl[0] }, { m: m.id, p: 'prev', sub: pl[1] }, { m: m.id, p: 'growth', sub: gl, dec: gdec }); }
    else if (mode === 'cpdg') { cols.push({ m: m.id, p: 'cur', sub: pl[0] }, { m: m.id, p: 'prev', sub: pl[1] }, { m: m.id, p: 'pp', sub: pick(PL), dec: m.dec }, { m: m.id, p: 'growth', sub: gl, dec: gdec }); }
    else if (mode === 'cs') { cols.push({ m: m.id, p: 'cur', sub: pick(['数量', pl[0], '本年']) }, { m: m.id, p: 'share', sub: pick(['占比（%）', '构成（%）', '比重（%）']), dec: gdec, root }); }
  }
  return cols;
}

// ---------- sheet builders ----------
function industrySheet(sb) {
  const st = sb.st;
  const lossDec = pick([0, 1, 2, 2]);
  const { acc, dead, inj, loss } = countMetrics(lossDec);
  const ms = [acc, dead].concat(chance(0.6) ? [inj] : []).concat(chance(0.6) ? [loss] : []);
  let id = 0;
  const N = (label, lvl, o = {}) => Object.assign({ id: id++, label, lvl, children: [] }, o);
  const root = N(pick(['总计', '合计', '全市合计', '全县合计', '全市总计']), 0, { kind: 'sum', scale: 1 });
  const gk = N('工矿商贸', 1, { scale: 0.6 });
  const subs = shuffle(['煤矿', '金属非金属矿山', '危险化学品', '烟花爆竹', '建筑施工', '冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸']).slice(0, ri(3, 6));
  const order0 = ['煤矿', '金属非金属矿山', '非煤矿山', '危险化学品', '烟花爆竹', '建筑施工', '冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸'];
  subs.sort((a, b) => order0.indexOf(a) - order0.indexOf(b));
  if (chance(0.5)) { // 其中 (le)
    gk.kind = 'le'; gk.children = subs.map((s) => N(s.replace('金属非金属矿山', pick(['金属非金属矿山', '非煤矿山'])), 2, { qz: true, scale: 0.15 }));
  } else { gk.kind = 'sum'; gk.children = subs.concat([pick(['其他', '工贸其他', '其他行业'])]).map((s) => N(s, 2, { scale: 0.15 })); }
  const lv1 = [gk, N(pick(['道路交通', '道路运输', '道路交通事故']), 1, { scale: 1 }), N('火灾', 1, { scale: 0.3 })]
    .concat(shuffle(['水上交通', '铁路交通', '农业机械', '渔业船舶']).slice(0, ri(0, 3)).map((s) => N(s, 1, { scale: 0.1 })));
  if (chance(0.3)) lv1.push(N('其他', 1, { scale: 0.1 }));
  root.children = lv1;
  genData(root, ms, ['cur', 'prev']);
  const mode = pick(['cur', 'cpg', 'cpg', 'cpdg', 'cs']);
  const cols = metricCols(ms, mode, periodLabels(), pick(GL), pick([1, 1, 2]), root);
  const transposed = false;
  matrixSheet(sb, {
    title: pick([YEAR + '年全市生产安全事故分行业统计表', YEAR + '年各行业（领域）生产安全事故情况', '生产安全事故分类统计表（' + YEAR + '年）', YEAR + '年XX县生产安全事故统计表']),
    unit: pick(['单位：起、人、万元', '单位：起，人，万元', '计量单位：起/人/万元']), root, metrics: ms, cols, transposed,
    superHead: '生产安全事故', rowHead: pick(['行业类别', '行业（领域）', '项目', '事故类别']),
  });
}

const PFX = ['东', '西', '南', '北', '青', '白', '安', '平', '永', '宁', '新', '长', '清', '兴', '丰', '云', '石', '金', '河', '桃', '柳', '龙', '凤', '山', '泉', '明', '阳', '华', '德', '和'];
function placeName(suf, used) { let n; do { n = pick(PFX) + pick(PFX) + suf; } while (used.has(n) || n[0] === n[1]); used.add(n); return n; }
function regionSheet(sb) {
  const used = new Set();
  const lossDec = pick([0, 1, 2]);
  const { acc, dead, inj, loss } = countMetrics(lossDec);
  const gdpDec = pick([1, 2]);
  const gdp = M('gdp', pick(['地区生产总值（亿元）', 'GDP（亿元）', '生产总值（亿元）']), gdpDec, (s) => rnd(U(80, 900) * s, gdpDec));
  const rdec = pick([3, 3, 4]);
  const rate = { id: 'rate', label: pick(['亿元GDP生产安全事故死亡率', '亿元GDP死亡率（人/亿元）', '亿元生产总值死亡率']), dec: rdec, primary: false, num: 'dead', den: 'gdp', k: 1 };
  let id = 0;
  const N = (label, lvl, o = {}) => Object.assign({ id: id++, label, lvl, children: [], region: true }, o);
  const variant = pick(['citysub', 'cityflat', 'countytown', 'province']);
  let root;
  if (variant === 'citysub') {
    root = N(pick(['全市', '全市合计', '合计', '全市总计']), 0, { kind: 'sum' });
    const xs = N(pick(['县（市）小计', '县小计', '各县（市）合计', '县（市）']), 1, { kind: 'sum' });
    const qs = N(pick(['区小计', '市辖区小计', '各区合计', '市辖区']), 1, { kind: 'sum' });
    xs.children = Array.from({ length: ri(2, 6) }, () => N(placeName(pick(['县', '县', '市']), used), 2, { scale: U(0.4, 1.2) }));
    qs.children = Array.from({ length: ri(2, 4) }, () => N(placeName('区', used), 2, { scale: U(0.4, 1.2) }));
    root.children = chance(0.5) ? [xs, qs] : [qs, xs];
    if (chance(0.3)) { root.children.push(N(pick(['高新区', '经济开发区', '市直']), 1, { scale: 0.3 })); for (const g of [xs, qs]) for (const ch of g.children) ch.region = false; }
    for (const g of [xs, qs]) if (!/小计|合计/.test(g.label)) for (const ch of g.children) ch.region = false;
  } else if (variant === 'cityflat') {
    root = N(pick(['全市', '合计', '全市合计']), 0, { kind: 'sum' });
    root.children = Array.from({ length: ri(4, 10) }, () => N(placeName(pick(['县', '区', '县', '市']), used), 1, { scale: U(0.3, 1.2) }));
  } else if (variant === 'countytown') {
    root = N(pick(['全县', '全县合计', '合计', '全区']), 0, { kind: 'sum' });
    if (chance(0.5)) {
      const a = N(pick(['乡镇小计', '各镇小计']), 1, { kind: 'sum' }), b = N(pick(['街道小计', '街道']), 1, { kind: 'sum' });
      a.children = Array.from({ length: ri(3, 8) }, () => N(placeName(pick(['镇', '镇', '乡']), used), 2, { scale: U(0.1, 0.4) }));
      b.children = Array.from({ length: ri(2, 4) }, () => N(placeName('街道', used), 2, { scale: U(0.1, 0.4) }));
      root.children = [b, a];
    } else root.children = Array.from({ length: ri(5, 14) }, () => N(placeName(pick(['镇', '镇', '乡', '街道']), used), 1, { scale: U(0.1, 0.4) }));
  } else {
    root = N(pick(['全省', '全省合计', '合计']), 0, { kind: 'sum' });
    root.children = Array.from({ length: ri(6, 13) }, () => N(placeName('市', used), 1, { scale: U(1.5, 5) }));
  }
  const withRate = chance(0.6);
  const ms = [acc, dead].concat(chance(0.5) ? [inj] : []).concat(chance(0.4) ? [loss] : []).concat(withRate ? [gdp, rate] : []);
  genData(root, ms, ['cur', 'prev']);
  const pl = periodLabels(), gl = pick(GL), gdec = pick([1, 2]);
  let cols = [];
  const mode = pick(['cur', 'cpg', 'cpdg', 'mix']);
  for (const m of ms) {
    if (m.id === 'gdp') { cols.push({ m: 'gdp', p: 'cur' }); continue; }
    if (m.id === 'rate') {
      if (chance(0.5)) cols.push({ m: 'rate', p: 'cur', sub: pl[0], grpLabel: m.label }, { m: 'rate', p: 'prev', sub: pl[1], grpLabel: m.label }, { m: 'rate', p: 'pp', sub: pick(['增减', '比上年增减']), dec: rdec, grpLabel: m.label });
      else cols.push({ m: 'rate', p: 'cur' });
      continue;
    }
    const mm = mode === 'mix' ? pick(['cur', 'cpg', 'cs']) : mode;
    cols.push(...metricCols([m], mm, pl, gl, gdec, root));
  }
  if (!cols.some((c) => c.sub)) cols.forEach((c) => delete c.sub);
  // rate needs gdp column: if rate prev shown, gdp prev not shown -> rate prev w/o relation (realistic)
  if (mode === 'cur' && chance(0.5)) cols.push({ m: 'dead', p: 'share', dec: gdec, root, grpLabel: '死亡人数占' + root.label.replace(/合计|总计/, '') + '比重（%）' });
  matrixSheet(sb, {
    title: pick([YEAR + '年各县（市、区）生产安全事故情况', YEAR + '年分地区生产安全事故统计表', '各地生产安全事故及死亡率情况表', YEAR + '年各乡镇（街道）安全生产事故统计']),
    unit: pick(['单位：起、人、万元、亿元', '单位：起，人', null]), root, metrics: ms, cols, transposed: chance(0.25), rowHead: pick(['地区', '县（市、区）', '单位', '乡镇（街道）']),
  });
}

function fireSheet(sb) {
  const lossDec = pick([1, 2]);
  const { acc, dead, inj, loss } = countMetrics(lossDec);
  acc.label = pick(['火灾起数（起）', '起数', '火灾起数']); loss.label = pick(['直接财产损失（万元）', '直接财产损失']);
  let id = 0;
  const N = (label, lvl, o = {}) => Object.assign({ id: id++, label, lvl, children: [] }, o);
  const root = N(pick(['合计', '总计', '全市']), 0, { kind: 'sum' });
  const causes = chance(0.5) ? ['电气', '生产作业', '用火不慎', '吸烟', '玩火', '自燃', '雷击', '放火', '不明确原因', '其他'] : ['住宅', '人员密集场所', '厂房', '仓库', '交通工具', '垃圾废弃物', '室外', '其他'];
  root.children = causes.slice(0, ri(5, causes.length - 1)).concat(['其他']).filter((v, i, a) => a.indexOf(v) === i).map((c) => N(c, 1, { scale: U(0.2, 2) }));
  const ms = [acc, dead, inj, loss];
  genData(root, ms, ['cur', 'prev']);
  const gdec = pick([1, 2]);
  const cols = [];
  for (const m of ms) {
    const mode = pick(['cur', 'cs', 'cs', 'cpg']);
    cols.push(...metricCols([m], mode, periodLabels(), pick(GL), gdec, root));
  }
  if (chance(0.3)) { // share this year / last year / 百分点
    cols.push({ m: 'acc', p: 'share', dec: gdec, root, grp: 2, grpLabel: '起数构成（%）', sub: '本年' }, { m: 'acc', p: 'shareprev', dec: gdec, root, grp: 2, grpLabel: '起数构成（%）', sub: '上年' });
  }
  if (!cols.some((c) => c.sub)) cols.forEach((c) => delete c.sub); else cols.forEach((c) => { if (c.p === 'cur' && !c.sub) c.sub = '数量'; });
  sb.st.numbering = pick(['none', 'cn', 'num']);
  matrixSheet(sb, { title: pick([YEAR + '年火灾情况分类统计', '火灾起数及损失按起火原因分类', YEAR + '年火灾按场所分类统计表']), unit: '单位：起、人、万元', root, metrics: ms, cols, rowHead: pick(['起火原因', '分类', '起火场所']) });
  // pp between share cols (百分点) handled below
  const sc = cols.findIndex((c) => c.p === 'shareprev');
  if (sc >= 0) addPPShare(sb, root, cols, sc, gdec);
}
function addPPShare(sb, root, cols, sc, gdec) {
  // add a 增减（百分点） column to the right of the share-prev column, using the same rows
  let maxC = 0, hr = 0; for (const k of sb.cells.keys()) { const [r, c] = k.split(',').map(Number); maxC = Math.max(maxC, c); }
  // find cells of share cur/prev via rels
  const shareRels = sb.rels.filter((r) => r.kind === 'share');
  const byRow = new Map();
  for (const r of shareRels) { const m = r.cell.match(/^([A-Z]+)(\d+)$/); const row = +m[2]; if (!byRow.has(row)) byRow.set(row, []); byRow.get(row).push(r.cell); }
  // share cols are last two columns of the table
  const lastC = colL(maxC), prevC = colL(maxC - 1);
  if (sb.st.notes) return; // footer may occupy col1 only; to keep simple only add when no notes
  const newC = maxC + 1;
  let headerRow = null;
  for (const [k, v] of sb.cells) { const [r, c] = k.split(',').map(Number); if (c === maxC && v.v === '上年') headerRow = r; }
  if (!headerRow) return;
  sb.set(headerRow - 1, newC, '增减（百分点）'); sb.merge(headerRow - 1, newC, headerRow, newC);
  for (const [row, cells] of byRow) {
    if (!cells.includes(lastC + row) || !cells.includes(prevC + row)) continue;
    const cur = num(sb.cells.get(row + ',' + (maxC - 1))?.v), prev = num(sb.cells.get(row + ',' + maxC)?.v);
    const a = sb.num(row, newC, rnd(cur - prev, gdec), gdec, true);
    sb.rel({ t: 'pp', cell: a, cur: prevC + row, prev: lastC + row, tol: tolOf(gdec), kind: 'pp' });
  }
}

function monthlySheet(sb) {
  const st = sb.st;
  const M_ = ri(5, 12);
  const lossDec = pick([1, 2]);
  const mets = [['acc', pick(['事故起数', '起数（起）']), 0, 12], ['dead', pick(['死亡人数', '死亡（人）']), 0, 8]]
    .concat(chance(0.5) ? [['inj', '受伤人数', 0, 10]] : []).concat(chance(0.4) ? [['loss', '直接经济损失（万元）', lossDec, 150]] : []);
  const withPrev = chance(0.7), withTotal = chance(0.3);
  const gdec = pick([1, 2]);
  const sub = withPrev ? ['本月', '累计', pick(['上年同期累计', '去年同期', '上年同期']), pick(['同比（%）', '同比增减（%）', '±%'])] : ['本月', pick(['累计', '本年累计'])];
  const lead = st.seqCol ? 2 : 1;
  const width = lead + mets.length * sub.length;
  let r = titleBlock(sb, pick([YEAR + '年1-' + M_ + '月生产安全事故月度统计', YEAR + '年各月生产安全事故情况', '生产安全事故月报汇总表']), width, pick(['单位：起、人', '单位：起、人、万元', null]));
  const hr = r;
  if (st.seqCol) { sb.set(hr, 1, '序号'); sb.merge(hr, 1, hr + 1, 1); }
  sb.set(hr, lead, pick(['月份', '时间', '月 份'])); sb.merge(hr, lead, hr + 1, lead);
  mets.forEach((m, i) => { const c = lead + 1 + i * sub.length; sb.set(hr, c, m[1]); sb.merge(hr, c, hr, c + sub.length - 1); sub.forEach((s, k) => sb.set(hr + 1, c + k, s)); });
  r = hr + 2;
  const first = r;
  const data = mets.map((m) => {
    const mon = Array.from({ length: M_ }, () => m[2] ? rnd(U(0, m[3]), m[2]) : ri(0, m[3]));
    const cum = []; mon.reduce((a, v, i) => (cum[i] = rnd(a + v, m[2])), 0);
    const pcum = []; let pa = 0; for (let i = 0; i < M_; i++) { pa = rnd(pa + (m[2] ? rnd(U(0, m[3]), m[2]) : ri(0, m[3])), m[2]); pcum[i] = pa; }
    return { mon, cum, pcum };
  });
  for (let i = 0; i < M_; i++) {
    if (st.seqCol) sb.set(r, 1, i + 1);
    sb.set(r, lead, (i + 1) + '月');
    mets.forEach((m, j) => {
      const c = lead + 1 + j * sub.length, d = data[j];
      const a0 = sb.num(r, c, d.mon[i], m[2]), a1 = sb.num(r, c + 1, d.cum[i], m[2]);
      if (i === 0) sb.rel({ t: 'sum', total: a1, parts: [a0], tol: 1e-6, kind: 'running' });
      else sb.rel({ t: 'sum', total: a1, parts: [sb.addr(r - 1, c + 1), a0], tol: 1e-6, kind: 'running' });
      if (withPrev) {
        const a2 = sb.num(r, c + 2, d.pcum[i], m[2]);
        const g = d.pcum[i] ? rnd((d.cum[i] / d.pcum[i] - 1) * 100, gdec) : null;
        const a3 = sb.num(r, c + 3, g, gdec, true);
        if (g !== null) sb.rel({ t: 'growth', cell: a3, cur: a1, prev: a2, tol: tolOf(gdec), kind: 'growth' });
      }
    });
    r++;
  }
  if (withTotal) {
    sb.set(r, lead, pick(['合计', '全年合计', '总计']));
    mets.forEach((m, j) => {
      const c = lead + 1 + j * sub.length, d = data[j];
      const a = sb.num(r, c, d.cum[M_ - 1], m[2]);
      sb.rel({ t: 'sum', total: a, parts: Array.from({ length: M_ }, (_, i) => sb.addr(first + i, c)), tol: 1e-6, kind: 'total' });
      sb.set(r, c + 1, chance(0.5) ? '—' : null);
      if (withPrev) { sb.set(r, c + 2, '—'); sb.set(r, c + 3, '—'); }
    });
    r++;
  }
  footer(sb, r, width);
  sb.widths = { [lead]: 10 };
}

function summarySheet(sb) {
  const st = sb.st;
  const lossDec = pick([1, 2]);
  const gdec = pick([1, 2]);
  const rdec = pick([3, 4]);
  const deadTot = ri(20, 260);
  const v = {};
  const mk = (cur, prevf) => ({ cur, prev: prevf });
  const gk = ri(2, Math.round(deadTot * 0.4)), road = ri(5, Math.round(deadTot * 0.5)), fire = ri(0, 10);
  const deadTot2 = Math.max(deadTot, gk + road + fire + ri(0, 15));
  const pdead0 = Math.round(deadTot * U(0.7, 1.3)), pgk = Math.round(gk * U(0.6, 1.4)), proad = Math.round(road * U(0.7, 1.3)), pfire = ri(0, 10);
  const pdead = Math.max(pdead0, pgk + proad + pfire + ri(0, 15));
  const acc = deadTot2 + ri(0, 40), pacc = pdead + ri(0, 40);
  const gdp = rnd(U(300, 9000), pick([1, 2])), pgdp = rnd(gdp / U(1.02, 1.08), 2);
  const emp = rnd(U(8, 120), 2), pemp = rnd(emp * U(0.95, 1.05), 2);
  const veh = rnd(U(10, 300), 2), pveh = rnd(veh / U(1.02, 1.1), 2);
  const rows = [];
  rows.push({ id: 'acc', lab: '生产安全事故起数', unit: '起', cur: acc, prev: pacc, dec: 0 });
  rows.push({ id: 'dead', lab: '生产安全事故死亡人数', unit: '人', cur: deadTot2, prev: pdead, dec: 0 });
  rows.push({ id: 'gk', lab: '其中：工矿商贸', unit: '人', cur: gk, prev: pgk, dec: 0, qz: 1 });
  rows.push({ id: 'road', lab: FW + FW + FW + '道路交通', unit: '人', cur: road, prev: proad, dec: 0, qz: 1 });
  rows.push({ id: 'fire', lab: FW + FW + FW + '火灾', unit: '人', cur: fire, prev: pfire, dec: 0, qz: 1 });
  if (chance(0.5)) rows.push({ id: 'loss', lab: '直接经济损失', unit: '万元', cur: rnd(U(100, 5000), lossDec), prev: rnd(U(100, 5000), lossDec), dec: lossDec });
  rows.push({ id: 'gdp', lab: '地区生产总值', unit: '亿元', cur: gdp, prev: pgdp, dec: 2 });
  rows.push({ id: 'r1', lab: '亿元GDP生产安全事故死亡率', unit: '人/亿元', rate: ['dead', 'gdp', 1], dec: rdec });
  if (chance(0.6)) { rows.push({ id: 'emp', lab: '工矿商贸从业人员', unit: '万人', cur: emp, prev: pemp, dec: 2 }); rows.push({ id: 'r2', lab: '工矿商贸就业人员十万人生产安全事故死亡率', unit: '人/十万人', rate: ['gk', 'emp', 10], dec: pick([2, 3]) }); }
  if (chance(0.6)) { rows.push({ id: 'veh', lab: '机动车保有量', unit: '万辆', cur: veh, prev: pveh, dec: 2 }); rows.push({ id: 'r3', lab: '道路交通事故万车死亡率', unit: '人/万车', rate: ['road', 'veh', 1], dec: pick([2, 3]) }); }
  const byId = Object.fromEntries(rows.map((x) => [x.id, x]));
  for (const x of rows) if (x.rate) { const [n, d, k] = x.rate; x.cur = rnd(byId[n].cur / byId[d].cur * k, x.dec); x.prev = rnd(byId[n].prev / byId[d].prev * k, x.dec); }
  const numbered = st.numbering === 'cn' || st.numbering === 'num';
  const unitCol = chance(0.7);
  const showPP = chance(0.6);
  const pl = periodLabels();
  const heads = [pl[0], pl[1]].concat(showPP ? [pick(PL)] : []).concat([pick(GL)]);
  const lead = (st.seqCol ? 1 : 0) + 1 + (unitCol ? 1 : 0);
  const width = lead + heads.length;
  let r = titleBlock(sb, pick([YEAR + '年安全生产主要指标完成情况', '安全生产控制指标情况表', YEAR + '年全市安全生产主要指标']), width, null);
  let c = 1;
  if (st.seqCol) sb.set(r, c++, '序号');
  const labC = c; sb.set(r, c++, pick(['指标名称', '指标', '项目']));
  if (unitCol) sb.set(r, c++, pick(['单位', '计量单位']));
  heads.forEach((h, k) => sb.set(r, lead + 1 + k, h));
  r++;
  const addr = {}; let seq = 0;
  for (const x of rows) {
    if (st.seqCol) sb.set(r, 1, x.qz ? '' : ++seq);
    sb.set(r, labC, (numbered && !x.qz ? (st.numbering === 'cn' ? CN[seq ? seq - 1 : rows.filter((y) => !y.qz).indexOf(x)] + '、' : (rows.filter((y) => !y.qz).indexOf(x) + 1) + '.') : '') + x.lab + (unitCol ? '' : '（' + x.unit + '）'));
    if (unitCol) sb.set(r, labC + 1, x.unit);
    const ac = sb.num(r, lead + 1, x.cur, x.dec), ap = sb.num(r, lead + 2, x.prev, x.dec);
    addr[x.id] = { cur: ac, prev: ap };
    let cc = lead + 3;
    if (showPP) { const a = sb.num(r, cc++, rnd(x.cur - x.prev, x.dec), x.dec, true); sb.rel({ t: 'pp', cell: a, cur: ac, prev: ap, tol: tolOf(x.dec), kind: 'pp' }); }
    const g = x.prev ? rnd((x.cur / x.prev - 1) * 100, gdec) : null;
    const a = sb.num(r, cc, g, gdec, true); if (g !== null) sb.rel({ t: 'growth', cell: a, cur: ac, prev: ap, tol: tolOf(gdec), kind: 'growth' });
    r++;
  }
  for (const x of rows) if (x.rate) for (const p of ['cur', 'prev']) { const [n, d, k] = x.rate; if (byId[n][p] && byId[d][p]) sb.rel({ t: 'rate', cell: addr[x.id][p], num: addr[n][p], den: addr[d][p], k, tol: tolOf(x.dec), kind: 'rate' }); }
  for (const p of ['cur', 'prev']) sb.rel({ t: 'le', whole: addr.dead[p], parts: [addr.gk[p], addr.road[p], addr.fire[p]], tol: 1e-6, kind: 'le' });
  footer(sb, r, width);
  sb.widths = { [labC]: 34 };
}

// ---------- book ----------
const BUILDERS = { industry: [industrySheet, ['分行业', '行业统计', '表1 分行业', '事故分类']], region: [regionSheet, ['分地区', '各县区', '表2 分地区', '乡镇街道']], fire: [fireSheet, ['火灾', '火灾分类']], monthly: [monthlySheet, ['月度', '分月', '月报']], summary: [summarySheet, ['主要指标', '指标完成', '汇总']] };
function buildBook() {
  const kinds = shuffle(Object.keys(BUILDERS)).slice(0, ri(1, 4));
  const sheets = [];
  const names = new Set();
  for (const k of kinds) {
    let nm = pick(BUILDERS[k][1]); if (names.has(nm)) nm += '2'; names.add(nm);
    const sb = new SB(nm, sheetStyle()); BUILDERS[k][0](sb); sheets.push(sb);
  }
  if (chance(0.15)) { const sb = new SB('填表说明', sheetStyle()); sb.set(1, 1, '填表说明'); sb.set(2, 1, '1.本表由各县（市、区）应急管理局于每月5日前报送。'); sb.set(3, 1, '2.死亡人数含失踪人数。'); sheets.push(sb); }
  return sheets;
}
function valOf(sb, a) { const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; const cell = sb.cells.get(+m[2] + ',' + c); return cell ? cell.v : null; }
function setVal(sb, a, v) { const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; const k = +m[2] + ',' + c; const cell = sb.cells.get(k); cell.v = cell.text ? v.toFixed(cell.dec) : v; if (!cell.text) cell.fmt = cell.dec ? '0.' + '0'.repeat(cell.dec) : '0'; delete cell.zero; return cell; }
function cellDec(sb, a) { const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return (sb.cells.get(+m[2] + ',' + c) || {}).dec || 0; }

function plant(sheets, kind) {
  const cands = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'part') { if (['total', 'subtotal', 'le'].includes(rel.kind)) for (const p of rel.parts) cands.push([sb, p, rel]); }
    else if (rel.kind === kind) cands.push([sb, rel.total || rel.cell, rel]);
  }
  for (const [sb, a] of shuffle(cands)) {
    const was = num(valOf(sb, a));
    if (!Number.isFinite(was) || was === 0) continue;
    const d = cellDec(sb, a);
    let now;
    const isPct = ['rate', 'share', 'growth', 'pp'].includes(kind);
    if (isPct && Math.abs(was) >= 2 && d <= 2) now = rnd(was + (chance(0.5) ? 1 : -1) * U(3, 9), d);
    else if (d === 0) { const del = Math.max(2, Math.round(Math.abs(was) * U(0.08, 0.3))); now = was - del >= 0 && chance(0.5) ? was - del : was + del; }
    else now = rnd(was * (chance(0.5) ? 1 + U(0.1, 0.3) : 1 - U(0.1, 0.3)), d);
    if (now === was) continue;
    if (kind === 'part') now = Math.max(now, was); // le parts: raise so sum exceeds whole
    if (now === was) now = d ? rnd(was * 1.2 + Math.pow(10, -d), d) : was + 2;
    const get = (x) => valOf(sb, x);
    const before = sb.rels.map((r) => evalRel(r, get));
    const saved = Object.assign({}, sb.cells.get(addrKey(a)));
    setVal(sb, a, now);
    const after = sb.rels.map((r) => evalRel(r, get));
    const blank = (x) => { const v = valOf(sb, x); return v === null || v === undefined || (typeof v === 'string' && !/\d/.test(v)); };
    const brokeRels = sb.rels.filter((r, i) => after[i] !== null && after[i] > Math.max(1e-6, r.tol) && !(before[i] > 0));
    const broke = brokeRels.some((r) => relCells(r).some(blank)) ? [] : brokeRels;
    if (broke.length === 0) { sb.cells.set(addrKey(a), saved); continue; }
    return { sheet: sb.name, cell: a, was, now, kind };
  }
  return null;
}
function addrKey(a) { const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return +m[2] + ',' + c; }

async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sb of sheets) {
    const ws = wb.addWorksheet(sb.name);
    for (const [k, cell] of sb.cells) {
      const [r, c] = k.split(',').map(Number);
      if (cell.v === null || cell.v === undefined) continue;
      const x = ws.getCell(r, c); x.value = cell.v;
      if (cell.fmt) x.numFmt = cell.fmt;
      if (cell.bold) x.font = { bold: true };
      if (cell.center) x.alignment = { horizontal: 'center' };
      if (cell.right) x.alignment = { horizontal: 'right' };
      if (typeof cell.v === 'number' || cell.text) x.alignment = { horizontal: 'right' };
    }
    for (const [r1, c1, r2, c2] of sb.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { } }
    for (const [c, w] of Object.entries(sb.widths || {})) ws.getColumn(+c).width = w;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const n = Number(NB) || 30, pf = Number(PF || 0.5);
  const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  const manifest = [];
  let ki = Math.floor(R() * KINDS.length);
  for (let i = 0; i < n; i++) {
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${pick(['安全生产统计', '生产安全事故统计', '应急管理统计报表', '事故月报'])}.xlsx`;
    let sheets, p = null;
    const wantPlant = i % 2 === 1 && R() < pf * 2 || (pf >= 1);
    for (let tries = 0; tries < 50; tries++) {
      sheets = buildBook();
      if (!wantPlant) break;
      const kind = KINDS[ki % KINDS.length];
      const snapshot = sheets.map((sb) => sb.rels.slice());
      p = plant(sheets, kind);
      if (p) { ki++; break; }
    }
    const rels = sheets.flatMap((sb) => sb.rels);
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(rels));
    await writeBook(sheets, path.join(outDir, file));
    manifest.push({ file, plants: p ? [p] : [] });
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, 'books', n, 'planted', manifest.filter((m) => m.plants.length).length);
})();
