// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Yearbook-style 水利/水资源 workbooks into /tmp/round116a/SET, relations into rel/<file>.json, manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round116a';
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
const variant = Number(VARIANT || 0);

function mulberry(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R;
const U = (a, b) => a + (b - a) * R();
const I = (a, b) => Math.floor(U(a, b + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const rare = (p) => chance(variant ? Math.min(0.9, p * 2.2) : p); // less common layout features
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const half = (d) => 0.5 * Math.pow(10, -d);
const EPS = 1e-6;

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function countyNames(n, used) {
  const s = new Set(); while (s.size < n) { const x = pick(CH1) + pick(CH2) + pick(['县', '县', '区', '市']); if (!used || !used.has(x)) s.add(x); }
  if (used) for (const x of s) used.add(x);
  return [...s];
}
const cityName = () => pick(CH1) + pick(CH2) + '市';
const PROV = ['江西省', '湖南省', '安徽省', '广西壮族自治区', '四川省', '云南省', '贵州省', '福建省'];

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zero) {
    const cell = this.ws.getCell(r, c);
    if (typeof v === 'number' && v === 0 && zero !== undefined && zero !== 0) {
      if (zero !== '') { cell.value = zero; this.vals[cell.address] = zero; }
      cell.alignment = { horizontal: 'right' };
      return cell.address;
    }
    if (typeof v === 'number') {
      v = rnd(v, d); if (Object.is(v, -0)) v = 0;
      const asText = chance(this.ctx.textP);
      const val = asText ? (this.ctx.textComma && Math.abs(v) >= 1000 ? v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : v.toFixed(d)) : v;
      cell.value = val;
      if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : (this.ctx.thousands ? '#,##0.' : '0.') + '0'.repeat(d);
      cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d, text: asText };
      this.vals[cell.address] = val;
    } else {
      cell.value = v; if (v !== null && v !== undefined) this.vals[cell.address] = v;
    }
    return cell.address;
  }
  v(addr) { return num(this.vals[addr]); }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, unit) {
    let r = this.r0 || 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '', '表' + I(1, 9) + '-']) + I(1, 20)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit) {
      if (chance(0.5)) this.txt(r, ncol, unit); else this.txt(r, 1, unit);
      r++;
    }
    return r;
  }
  notes(r, extra) {
    r++;
    if (chance(variant ? 0.85 : 0.6)) {
      this.txt(r, 1, pick(['注：', '说明：', '填表说明：']) + pick(extra || ['本表数据来源于水利统计年报。', '部分数据因四舍五入，分项之和与合计略有出入。', '小型水库指总库容10万至1000万立方米的水库。', '节水灌溉面积包括喷灌、微灌、低压管灌和渠道防渗等。', '有效灌溉面积1千公顷=1.5万亩。']));
      r++;
    }
    if (chance(variant ? 0.6 : 0.35)) { this.txt(r, 1, '1.大型水库指总库容1亿立方米及以上；2.中型水库指总库容1000万～1亿立方米；3.本表不含塘坝、窖池。'); r++; }
    if (chance(0.5)) { this.txt(r, 1, '填报单位：' + this.ctx.city + '水利局    负责人：' + pick(['张伟', '李娜', '王芳']) + '    填表人：' + pick(['陈静', '赵磊', '孙丽']) + '    报出日期：' + (this.ctx.year + 1) + '年' + I(1, 4) + '月' + I(1, 28) + '日'); r++; }
    if (chance(0.2)) { this.txt(r, 1, '资料来源：' + this.ctx.city + '水利局、' + this.ctx.city + '统计局'); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 22; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}
const gTol = (cv, pv, dv, gd, fromRaw) => half(gd) + (fromRaw ? 100 * (half(dv) / cv + half(dv) / pv) * (cv / pv) : 0) + EPS;

// ---------- regions ----------
// returns list of nodes {name, level, kids[]} (flat list in display order) and the root
function regions(ctx, allowHier) {
  const used = new Set();
  if (allowHier && rare(0.25)) {
    const nc = I(2, 4);
    const root = { name: pick(['全省', '全省合计', '总计']), level: 0, kids: [] };
    const ind = pick(['  ', '    ', '\u3000\u3000', '  ']);
    const list = [root];
    for (let i = 0; i < nc; i++) {
      const city = { name: cityName(), level: 1, kids: [] };
      root.kids.push(city); list.push(city);
      const cs = countyNames(I(2, 4), used);
      for (const c of cs) { const k = { name: c, level: 2, kids: [], ind }; city.kids.push(k); list.push(k); }
    }
    return { list, root, hier: true };
  }
  if (allowHier && rare(0.15)) {
    const root = { name: pick(['全市', '全市合计', ctx.city]), level: 0, kids: [] };
    const ind = pick(['  ', '    ', '\u3000\u3000']);
    const city = { name: pick(['市区', '市辖区', '市区小计']), level: 1, kids: [] };
    const list = [root, city]; root.kids.push(city);
    const ds = new Set(); while (ds.size < I(2, 4)) ds.add(pick(CH1) + pick(CH2) + '区');
    [...ds].forEach((x, i) => { const k = { name: x, level: 2, kids: [], ind: (i === 0 && chance(0.5) ? '其中：' : ind) }; city.kids.push(k); list.push(k); });
    for (const c of countyNames(I(2, 6), ds)) { const k = { name: c.replace(/区$/, '县'), level: 1, kids: [] }; root.kids.push(k); list.push(k); }
    return { list, root, hier: true };
  }
  const n = I(4, 12);
  const root = { name: pick(['合计', '全市', '全市合计', '总计', ctx.city]), level: 0, kids: [] };
  const list = [root];
  for (const c of countyNames(n, used)) { const k = { name: c, level: 1, kids: [] }; root.kids.push(k); list.push(k); }
  if (chance(variant ? 0.5 : 0.3)) { list.push(list.shift()); root.bottom = true; }
  return { list, root, hier: false };
}
function labelOf(node, hier) {
  if (node.level === 0) return node.name;
  if (hier && node.level === 2) return node.ind + node.name;
  return node.name;
}

// Generic region table. cols: [{key, grp, head, d, type:'add'|'rate', parts:[keys] (row sum), le:[keys], rate:{num,den,k}, zero}]
function regionTable(sb, ctx, spec) {
  const { list, root, hier } = regions(ctx, true);
  const cols = spec.cols;
  const nc = 1 + cols.length;
  const rawMode = !spec.exact && chance(0.3);
  // raw values
  const leaves = list.filter((x) => !x.kids.length);
  for (const l of leaves) {
    l.raw = spec.leaf(U(0.5, 1.6));
    for (let pass = 0; pass < 3; pass++) for (const c of cols) if (c.parts && c.parts.length) l.raw[c.key] = c.parts.reduce((a, p) => a + l.raw[p], 0);
  }
  const agg = (node) => { if (!node.kids.length) return node.raw; node.raw = {}; const rs = node.kids.map(agg); for (const c of cols) if (c.type === 'add') node.raw[c.key] = rs.reduce((a, x) => a + x[c.key], 0); return node.raw; };
  agg(root);
  // displayed values
  const isTot = (c) => c.parts && c.parts.length;
  const disp = (node) => {
    node.kids.forEach(disp);
    node.dv = {};
    for (const c of cols) if (c.type === 'add' && !isTot(c)) node.dv[c.key] = (!node.kids.length || rawMode) ? rnd(node.raw[c.key], c.d) : rnd(node.kids.reduce((a, k) => a + k.dv[c.key], 0), c.d);
    const pend = cols.filter((c) => c.type === 'add' && isTot(c));
    while (pend.length) { const i = pend.findIndex((c) => c.parts.every((p) => p in node.dv)); const c = pend.splice(i, 1)[0]; node.dv[c.key] = rawMode ? rnd(node.raw[c.key], c.d) : (node.kids.length ? rnd(node.kids.reduce((a, k) => a + k.dv[c.key], 0), c.d) : rnd(c.parts.reduce((a, p) => a + node.dv[p], 0), c.d)); }
  };
  disp(root);
  // header
  let r = sb.title(nc, spec.title, spec.unit);
  const two = cols.some((c) => c.grp);
  const hr = r;
  sb.merge(r, 1, two ? r + 1 : r, 1, spec.first || pick(['地区', '县（市、区）', '单位', '地  区']));
  if (two) {
    let c = 0;
    while (c < cols.length) {
      const g = cols[c].grp;
      if (!g) { sb.merge(r, 2 + c, r + 1, 2 + c, cols[c].head); c++; continue; }
      let e = c; while (e + 1 < cols.length && cols[e + 1].grp === g) e++;
      sb.merge(r, 2 + c, r, 2 + e, g);
      for (let k = c; k <= e; k++) sb.txt(r + 1, 2 + k, cols[k].head);
      c = e + 1;
    }
    r += 2;
  } else { cols.forEach((c, i) => sb.txt(r, 2 + i, c.head)); r++; }
  if (spec.unitRow) { sb.txt(r, 1, '甲'); cols.forEach((c, i) => sb.txt(r, 2 + i, c.unitRow || '')); r++; }
  if (rare(0.15)) { sb.txt(r, 1, '栏次'); cols.forEach((c, i) => sb.txt(r, 2 + i, i + 1)); r++; }
  // rows
  for (const node of list) {
    sb.txt(r, 1, labelOf(node, hier));
    node.addr = {};
    cols.forEach((c, i) => {
      if (c.type === 'add') node.addr[c.key] = sb.put(r, 2 + i, node.dv[c.key], c.d, c.zero);
    });
    cols.forEach((c, i) => {
      if (c.type === 'rate') {
        const n_ = node.dv[c.rate.num], d_ = node.dv[c.rate.den];
        if (!d_) { sb.txt(r, 2 + i, pick(['-', '—', ''])); return; }
        node.addr[c.key] = sb.put(r, 2 + i, rnd(n_ / d_ * c.rate.k, c.d), c.d);
        sb.rel(c.rel || 'rate', { t: 'rate', cell: node.addr[c.key], num: node.addr[c.rate.num], den: node.addr[c.rate.den], k: c.rate.k, tol: half(c.d) + EPS });
      }
    });
    for (const c of cols) {
      if (isTot(c)) sb.rel('sum', { t: 'sum', total: node.addr[c.key], parts: c.parts.map((p) => node.addr[p]), tol: rawMode ? (c.parts.length + 1) * half(c.d) + EPS : EPS });
      if (c.le) sb.rel('le', { t: 'le', whole: node.addr[c.key], parts: c.le.map((p) => node.addr[p]), tol: c.le.length * half(c.d) + EPS });
    }
    r++;
  }
  for (const node of list) if (node.kids.length) for (const c of cols) if (c.type === 'add')
    sb.rel('sum', { t: 'sum', total: node.addr[c.key], parts: node.kids.map((k) => k.addr[c.key]), tol: rawMode ? (node.kids.length + 1) * half(c.d) + EPS : EPS });
  sb.widths(nc); sb.notes(r, spec.notes);
  return { hr };
}

// ---------- sheet types ----------
// A: reservoirs by region: counts and 总库容 by size
function sheetA(sb, ctx) {
  const yi = chance(0.35); // 亿立方米
  const cd = yi ? pick([2, 3, 4]) : pick([0, 0, 1, 2]);
  const f = yi ? 1e-4 : 1;
  const zero = pick([0, '-', '', '—']);
  const withSmall12 = rare(0.25);
  const cu = yi ? '亿立方米' : '万立方米';
  const unitMode = pick(['head', 'line', 'row']);
  const gCnt = '水库数量' + (unitMode === 'head' ? '（座）' : ''), gCap = '总库容' + (unitMode === 'head' ? '（' + cu + '）' : '');
  const cols = [
    { key: 'n', grp: gCnt, head: '合计', d: 0, type: 'add', parts: ['nL', 'nM', 'nS'], unitRow: '座' },
    { key: 'nL', grp: gCnt, head: '大型', d: 0, type: 'add', zero, unitRow: '座' },
    { key: 'nM', grp: gCnt, head: '中型', d: 0, type: 'add', zero, unitRow: '座' },
    { key: 'nS', grp: gCnt, head: '小型', d: 0, type: 'add', zero, unitRow: '座' },
    { key: 'c', grp: gCap, head: '合计', d: cd, type: 'add', parts: ['cL', 'cM', 'cS'], unitRow: cu },
    { key: 'cL', grp: gCap, head: '大型', d: cd, type: 'add', zero, unitRow: cu },
    { key: 'cM', grp: gCap, head: '中型', d: cd, type: 'add', zero, unitRow: cu },
    { key: 'cS', grp: gCap, head: '小型', d: cd, type: 'add', zero, unitRow: cu },
  ];
  if (withSmall12) {
    cols[3].parts = ['nS1', 'nS2']; cols[3].zero = undefined;
    cols.splice(4, 0, { key: 'nS1', grp: gCnt, head: '小(1)型', d: 0, type: 'add', zero, unitRow: '座' }, { key: 'nS2', grp: gCnt, head: '小(2)型', d: 0, type: 'add', zero, unitRow: '座' });
  }
  if (!withSmall12 && rare(0.3)) {
    // interleaved: each size group has 座数 and 总库容 side by side
    const byKey = Object.fromEntries(cols.map((c) => [c.key, c]));
    const grpN = { '': pick(['合计', '水库合计']), L: '大型水库', M: '中型水库', S: '小型水库' };
    const order = [];
    for (const g of ['', 'L', 'M', 'S']) {
      const a = byKey['n' + g], b = byKey['c' + g];
      a.grp = grpN[g]; b.grp = grpN[g];
      a.head = pick(['座数', '数量（座）']); b.head = unitMode === 'head' ? '总库容（' + cu + '）' : '总库容';
      order.push(a, b);
    }
    cols.splice(0, cols.length, ...order);
  }
  regionTable(sb, ctx, {
    title: (ctx.year) + '年' + pick(['各县（市、区）水库基本情况', '分地区水库数量及库容', ctx.city + '水库工程情况']),
    unit: unitMode === 'line' ? '单位：座、' + cu : null, unitRow: unitMode === 'row',
    cols,
    leaf: (s) => {
      const nL = chance(0.25) ? I(1, 2) : 0, nM = chance(0.8) ? I(1, 9) : 0, nS1 = I(3, 30), nS2 = I(15, 160);
      return { nL, nM, nS: nS1 + nS2, nS1, nS2, cL: nL * U(12000, 40000) * f, cM: nM * U(1500, 5500) * f, cS: (nS1 * U(150, 600) + nS2 * U(15, 70)) * f };
    },
  });
}

// C: irrigation by region: 有效灌溉面积, 节水灌溉 with 其中 喷灌/微灌/低压管灌, share
function sheetC(sb, ctx) {
  const mu = chance(0.35); // 万亩 vs 千公顷
  const d = mu ? pick([1, 2]) : pick([1, 2, 2]);
  const f = mu ? 1.5 : 1;
  const u = mu ? '万亩' : '千公顷';
  const withOther = chance(0.4);
  const zero = pick([0, '-', '', '—']);
  const unitMode = pick(['head', 'line']);
  const H = (s) => s + (unitMode === 'head' ? '（' + u + '）' : '');
  const cols = [
    { key: 'e', head: H('有效灌溉面积'), d, type: 'add' },
    { key: 'j', grp: H('节水灌溉面积'), head: '合计', d, type: 'add', ...(withOther ? { parts: ['p', 'w', 'g', 'o'] } : { le: ['p', 'w', 'g'] }) },
    { key: 'p', grp: H('节水灌溉面积'), head: pick(['其中：喷灌', '喷灌']), d, type: 'add', zero },
    { key: 'w', grp: H('节水灌溉面积'), head: '微灌', d, type: 'add', zero },
    { key: 'g', grp: H('节水灌溉面积'), head: '低压管灌', d, type: 'add', zero },
  ];
  if (withOther) cols.push({ key: 'o', grp: H('节水灌溉面积'), head: pick(['渠道防渗', '其他']), d, type: 'add' });
  if (!mu && rare(0.2)) cols.splice(1, 0, { key: 'emu', head: '有效灌溉面积（万亩）', d: 1, type: 'add' });
  if (chance(0.6)) cols.push({ key: 'sh', head: pick(['节水灌溉面积占有效灌溉面积比重（%）', '节水灌溉率（%）', '占比(%)']), d: pick([1, 2]), type: 'rate', rate: { num: 'j', den: 'e', k: 100 } });
  if (chance(0.35)) {
    cols.push({ key: 'pop', head: '旱涝保收面积' + (unitMode === 'head' ? '（' + u + '）' : ''), d, type: 'add' });
    cols[cols.length - 1].le = null;
  }
  regionTable(sb, ctx, {
    title: ctx.year + '年' + pick(['各县（市、区）农田水利建设情况', '分地区有效灌溉面积及节水灌溉面积', '灌溉面积情况']),
    unit: unitMode === 'line' ? '单位：' + u + (cols.some((c) => c.type === 'rate') ? '、%' : '') : null,
    cols,
    leaf: (s) => {
      const e = U(8, 45) * s * f;
      const j = e * U(0.2, 0.6);
      const p = chance(0.85) ? j * U(0.05, 0.2) : 0, w = chance(0.8) ? j * U(0.02, 0.12) : 0, g = j * U(0.1, 0.35);
      const o = j - p - w - g;
      return { e, emu: e * 1.5, j, p, w, g, o, pop: e * U(0.5, 0.8) };
    },
  });
}

// E: water resources by region: 地表水, 地下水, 重复计算量, 总量, 人口, 人均
function sheetE(sb, ctx) {
  const d = pick([2, 2, 3]);
  const unitMode = pick(['head', 'line']);
  const H = (s) => s + (unitMode === 'head' ? '（亿立方米）' : '');
  const cols = [
    { key: 'pr', head: H('年降水量'), d, type: 'add' },
    { key: 'sw', head: H('地表水资源量'), d, type: 'add' },
    { key: 'gw', head: H('地下水资源量'), d, type: 'add' },
    { key: 'dup', head: H(pick(['重复计算量', '地表水与地下水资源重复量'])), d, type: 'add' },
    { key: 't', head: H('水资源总量'), d, type: 'add' },
  ];
  const withPc = chance(0.7);
  if (withPc) cols.push({ key: 'pop', head: '常住人口（万人）', d: pick([1, 2]), type: 'add' }, { key: 'pc', head: '人均水资源量（立方米/人）', d: pick([0, 0, 1]), type: 'rate', rate: { num: 't', den: 'pop', k: 10000 } });
  if (chance(0.3)) cols.shift();
  // total must be exactly sw+gw-dup of displayed values: make t an aggregate of rounded leaf values; leaf t = sw+gw-dup exactly
  regionTable(sb, ctx, {
    title: ctx.year + '年' + pick(['各县（市、区）水资源量', '分区水资源总量', '水资源量统计表']),
    unit: unitMode === 'line' ? '单位：亿立方米' : null,
    cols,
    exact: true,
    notes: ['水资源总量＝地表水资源量＋地下水资源量－重复计算量。', '人均水资源量按年末常住人口计算。', '本表数据来源于水资源公报。'],
    leaf: (s) => {
      const sw = rnd(U(3, 25) * s, d), gw = rnd(sw * U(0.18, 0.32), d), dup = rnd(gw * U(0.8, 0.97), d);
      return { pr: rnd(sw * U(1.7, 2.3), d), sw, gw, dup, t: rnd(sw + gw - dup, d), pop: U(15, 110) * s };
    },
  });
}

// G: 水土流失治理 by region: 累计 = 上年末 + 本年新增; 新增 by measure
function sheetG(sb, ctx) {
  const d = pick([0, 1, 2]);
  const u = pick(['平方公里', '公顷', '千公顷']);
  const dd = u === '千公顷' ? 2 : d;
  const f = u === '平方公里' ? 1 : u === '公顷' ? 100 : 0.1;
  const cols = [
    { key: 'cum', grp: '累计治理面积', head: '本年末', d: dd, type: 'add', parts: ['prev', 'nw'] },
    { key: 'prev', grp: '累计治理面积', head: '上年末', d: dd, type: 'add' },
    { key: 'nw', grp: '本年新增治理面积', head: '合计', d: dd, type: 'add', parts: ['tt', 'sb', 'jj', 'cz', 'fj'] },
    { key: 'tt', grp: '本年新增治理面积', head: '梯田', d: dd, type: 'add', zero: pick([0, '-', '']) },
    { key: 'sb', grp: '本年新增治理面积', head: '水土保持林', d: dd, type: 'add' },
    { key: 'jj', grp: '本年新增治理面积', head: '经济林', d: dd, type: 'add' },
    { key: 'cz', grp: '本年新增治理面积', head: '种草', d: dd, type: 'add', zero: pick([0, '-', '']) },
    { key: 'fj', grp: '本年新增治理面积', head: '封禁治理', d: dd, type: 'add' },
  ];
  regionTable(sb, ctx, {
    title: ctx.year + '年' + pick(['各县（市、区）水土流失治理情况', '水土保持治理面积']),
    unit: '单位：' + u,
    cols,
    leaf: (s) => {
      const tt = chance(0.6) ? U(0.5, 6) * s * f : 0, sb_ = U(2, 15) * s * f, jj = U(1, 8) * s * f, cz = chance(0.5) ? U(0.2, 3) * s * f : 0, fj = U(3, 20) * s * f;
      const nw = tt + sb_ + jj + cz + fj, prev = U(150, 900) * s * f;
      return { tt, sb: sb_, jj, cz, fj, nw, prev, cum: prev + nw };
    },
  });
}

// B: reservoirs by size as rows, this year vs last year (count change in 座, capacity growth %)
function sheetB(sb, ctx) {
  const yi = chance(0.6); const cd = yi ? pick([2, 3]) : pick([0, 1]); const f = yi ? 1e-4 : 1;
  const cu = yi ? '亿立方米' : '万立方米';
  const gd = pick([1, 2]);
  const y = ctx.year;
  const nc = 7;
  let r = sb.title(nc, ctx.city + pick(['水库工程基本情况', '水库数量及库容', '水库分类情况']), chance(0.4) ? '单位：座、' + cu + '、%' : null);
  sb.merge(r, 1, r + 1, 1, pick(['项目', '指标', '水库规模']));
  sb.merge(r, 2, r, 4, '水库数量（座）'); sb.merge(r, 5, r, 7, '总库容（' + cu + '）');
  const h = [pick([y + '年', '本年']), pick([(y - 1) + '年', '上年']), pick(['增减（座）', '比上年增减', '增减数'])];
  const h2 = [h[0], h[1], pick(['比上年增长(%)', '增长（%）', '增减(%)'])];
  h.forEach((s, i) => sb.txt(r + 1, 2 + i, s)); h2.forEach((s, i) => sb.txt(r + 1, 5 + i, s));
  r += 2;
  const withS12 = chance(0.6);
  const nL = I(1, 5), nM = I(6, 40), nS1 = I(40, 200), nS2 = I(200, 1200);
  const mk = (n, a, b) => { let s = 0; for (let i = 0; i < n; i++) s += U(a, b); return s; };
  const cap = { L: mk(nL, 12000, 60000) * f, M: mk(nM, 1200, 8000) * f, S1: mk(nS1, 120, 900) * f, S2: mk(nS2, 12, 90) * f };
  const cur = { L: nL, M: nM, S1: nS1, S2: nS2 };
  const prv = { L: nL - (chance(0.15) ? 1 : 0), M: nM - (chance(0.3) ? I(1, 2) : 0), S1: nS1 - I(0, 4) + I(0, 2), S2: nS2 + I(-6, 3) };
  const capP = {}; for (const k in cap) capP[k] = cap[k] * (prv[k] / cur[k]) * U(0.985, 1.0);
  const items = [['T', pick(['水库合计', '合计', '全市水库'])], ['L', pick(['其中：大型水库', '大型', '一、大型水库'])], ['M', pick(['中型水库', '中型', '二、中型水库'])], ['S', pick(['小型水库', '小型', '三、小型水库'])]];
  if (withS12) items.push(['S1', pick(['其中：小(1)型', '  小（一）型', '小(1)型'])], ['S2', pick(['小(2)型', '  小（二）型', '      小(2)型'])]);
  const cv = {}, pv = {}, cc = {}, pc = {};
  for (const k of ['L', 'M', 'S1', 'S2']) { cc[k] = rnd(cap[k], cd); pc[k] = rnd(capP[k], cd); }
  cc.S = rnd(cc.S1 + cc.S2, cd); pc.S = rnd(pc.S1 + pc.S2, cd);
  cc.T = rnd(cc.L + cc.M + cc.S, cd); pc.T = rnd(pc.L + pc.M + pc.S, cd);
  Object.assign(cv, cur); cv.S = cur.S1 + cur.S2; cv.T = cv.L + cv.M + cv.S;
  Object.assign(pv, prv); pv.S = prv.S1 + prv.S2; pv.T = pv.L + pv.M + pv.S;
  const A = {};
  for (const [k, lab] of items) {
    sb.txt(r, 1, lab);
    const a1 = sb.put(r, 2, cv[k], 0), a2 = sb.put(r, 3, pv[k], 0), a3 = sb.put(r, 4, cv[k] - pv[k], 0, pick([0, '-']));
    sb.rel('pp', { t: 'pp', cell: a3, cur: a1, prev: a2, tol: EPS });
    const b1 = sb.put(r, 5, cc[k], cd), b2 = sb.put(r, 6, pc[k], cd), b3 = sb.put(r, 7, rnd((cc[k] / pc[k] - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: b3, cur: b1, prev: b2, tol: gTol(cc[k], pc[k], cd, gd, false) });
    A[k] = [a1, a2, b1, b2];
    r++;
  }
  for (const i of [0, 1, 2, 3]) {
    const tol = i < 2 ? EPS : EPS;
    sb.rel('sum', { t: 'sum', total: A.T[i], parts: [A.L[i], A.M[i], A.S[i]], tol });
    if (withS12) sb.rel('sum', { t: 'sum', total: A.S[i], parts: [A.S1[i], A.S2[i]], tol });
  }
  sb.widths(nc); sb.notes(r);
}

// D: 用水总量 by use: 本年 上年 增长 构成 构成 百分点
function sheetD(sb, ctx) {
  const yi = chance(0.65); const d = yi ? pick([2, 2, 3]) : pick([0, 1]); const f = yi ? 1 : 10000;
  const u = yi ? '亿立方米' : '万立方米';
  const sd = pick([1, 1, 2]), gd = pick([1, 2]);
  const y = ctx.year;
  const full = chance(0.65);
  const hdr = [pick(['指标', '用水类别', '项目']), y + '年', (y - 1) + '年', pick(['比上年增长(%)', '增减(%)', '增长%'])];
  if (full) hdr.push(y + '年构成(%)', (y - 1) + '年构成(%)', pick(['增减（百分点）', '构成变动(百分点)', '±百分点']));
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + pick(['用水总量及构成', '分行业用水情况', y + '年用水量']), pick(['单位：' + u, '单位：' + u + '、%', null]));
  if (full && chance(0.5)) {
    sb.merge(r, 1, r + 1, 1, hdr[0]); sb.merge(r, 2, r, 4, '用水量（' + u + '）'); sb.merge(r, 5, r, 7, '构成');
    ['本年', '上年', hdr[3], y + '年', (y - 1) + '年', hdr[6]].forEach((s, i) => sb.txt(r + 1, 2 + i, i === 0 ? y + '年' : i === 1 ? (y - 1) + '年' : s));
    r += 2;
  } else { hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++; }
  const T = U(4, 30) * f * (yi ? 1 : 0.1);
  const mkU = (t) => { const w = [U(.5, .68), U(.12, .22), U(.1, .17), U(.02, .06)]; const s = w.reduce((a, b) => a + b, 0); return w.map((x) => t * x / s); };
  const cur = mkU(T), prev = cur.map((x) => x / (1 + U(-0.06, 0.05)));
  const subsC = [cur[0] * U(.8, .9), cur[2] * U(.6, .75)], subsP = [prev[0] * U(.8, .9), prev[2] * U(.6, .75)];
  const c = cur.map((x) => rnd(x, d)), p = prev.map((x) => rnd(x, d));
  const tc = rnd(c.reduce((a, b) => a + b, 0), d), tp = rnd(p.reduce((a, b) => a + b, 0), d);
  const names = [pick(['农业用水', '农业']), pick(['工业用水', '工业']), pick(['生活用水', '生活']), pick(['人工生态环境补水', '生态环境用水', '生态'])];
  const row = (lab, a, b, share, shareLast) => {
    sb.txt(r, 1, lab);
    const x1 = sb.put(r, 2, a, d), x2 = sb.put(r, 3, b, d);
    const g = sb.put(r, 4, rnd((a / b - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: g, cur: x1, prev: x2, tol: gTol(a, b, d, gd, false) });
    const o = { x1, x2 };
    if (full && share) {
      o.s1 = sb.put(r, 5, rnd(a / tc * 100, sd), sd); o.s2 = sb.put(r, 6, rnd(b / tp * 100, sd), sd);
      sb.rel('share', { t: 'rate', cell: o.s1, num: x1, den: TT.x1, k: 100, tol: half(sd) + EPS });
      sb.rel('share', { t: 'rate', cell: o.s2, num: x2, den: TT.x2, k: 100, tol: half(sd) + EPS });
      const pp = sb.put(r, 7, rnd(sb.v(o.s1) - sb.v(o.s2), sd), sd);
      sb.rel('pp', { t: 'pp', cell: pp, cur: o.s1, prev: o.s2, tol: EPS + 1e-9 });
    } else if (full && shareLast === 'tot') {
      o.s1 = sb.put(r, 5, 100, sd); o.s2 = sb.put(r, 6, 100, sd); sb.txt(r, 7, pick(['—', '-', '']));
    } else if (full) { for (let k = 5; k <= 7; k++) sb.txt(r, k, pick(['', '—'])); }
    r++; return o;
  };
  let TT = { x1: null, x2: null };
  if (rare(0.3)) {
    const mkS = (t, raw) => { const w = [U(.7, .85), U(.1, .25), U(.01, .05)]; const sm = w.reduce((a, b) => a + b, 0); const q = w.map((x) => rnd(t * x / sm, d)); q[0] = rnd(t - q[1] - q[2], d); return q; };
    const sc = mkS(tc), sp = mkS(tp);
    const ST = row(pick(['供水总量', '一、供水总量']), tc, tp, false);
    const SP = [pick(['  地表水源', '地表水源供水量']), pick(['  地下水源', '地下水源供水量']), pick(['  其他水源', '其他水源供水量'])].map((l, i) => row(l, sc[i], sp[i], false));
    for (const k of ['x1', 'x2']) sb.rel('sum', { t: 'sum', total: ST[k], parts: SP.map((q) => q[k]), tol: EPS });
  }
  TT = row(pick(['用水总量', '总用水量', '合计']), tc, tp, false, 'tot');
  const parts = [];
  names.forEach((nm, i) => {
    parts.push(row(nm, c[i], p[i], true));
    if (i === 0 && chance(0.5)) {
      const q = row(pick(['  其中：农田灌溉', '其中：农田灌溉用水', '    农田灌溉']), rnd(subsC[0], d), rnd(subsP[0], d), false);
      sb.rel('le', { t: 'le', whole: parts[0].x1, parts: [q.x1], tol: EPS }); sb.rel('le', { t: 'le', whole: parts[0].x2, parts: [q.x2], tol: EPS });
    }
    if (i === 2 && chance(0.4)) {
      const q = row(pick(['  其中：城镇生活', '其中：城镇居民生活', '    城镇生活']), rnd(subsC[1], d), rnd(subsP[1], d), false);
      sb.rel('le', { t: 'le', whole: parts[2].x1, parts: [q.x1], tol: EPS }); sb.rel('le', { t: 'le', whole: parts[2].x2, parts: [q.x2], tol: EPS });
    }
  });
  sb.rel('sum', { t: 'sum', total: TT.x1, parts: parts.map((q) => q.x1), tol: EPS });
  sb.rel('sum', { t: 'sum', total: TT.x2, parts: parts.map((q) => q.x2), tol: EPS });
  if (full) {
    sb.rel('sum', { t: 'sum', total: TT.s1, parts: parts.map((q) => q.s1), tol: 4 * half(sd) * 2 + EPS });
    sb.rel('sum', { t: 'sum', total: TT.s2, parts: parts.map((q) => q.s2), tol: 4 * half(sd) * 2 + EPS });
  }
  sb.widths(nc); sb.notes(r, ['用水总量包括农业、工业、生活和人工生态环境补水。', '构成按用水总量计算。', '数据来源于水资源公报。']);
}

// F: years as rows
function sheetF(sb, ctx) {
  const n = I(5, 11); const y1 = ctx.year - n + 1;
  const gd = pick([1, 2]);
  const cols = [pick(['年份', '年  份', '年度']), '水库（座）', '总库容（亿立方米）', '有效灌溉面积（千公顷）', '节水灌溉面积（千公顷）', '节水灌溉面积占比（%）', '用水总量（亿立方米）', '用水总量比上年增长（%）'];
  const withWu = chance(0.7), withShare = chance(0.7);
  const keep = cols.map((_, i) => i === 0 || i <= 4 || (i === 5 && withShare) || (i >= 6 && withWu));
  const cidx = {}; let k = 1; cols.forEach((c, i) => { if (keep[i]) cidx[i] = k++; });
  const nc = k - 1;
  let r = sb.title(nc, ctx.city + pick(['历年水利基本情况', '主要年份水利建设情况', '水利发展主要指标（' + y1 + '—' + ctx.year + '年）']));
  cols.forEach((c, i) => { if (keep[i]) sb.txt(r, cidx[i], c); }); r++;
  let nres = I(80, 900), cap = U(3, 40), eff = U(40, 300), js = eff * U(.15, .3), wu = U(5, 40);
  let prevWu = null, first = null, last = null;
  for (let t = 0; t < n; t++) {
    const yr = y1 + t;
    sb.txt(r, cidx[0], chance(0.7) ? yr : yr + '年');
    sb.put(r, cidx[1], nres, 0); sb.put(r, cidx[2], cap, 2);
    const e = sb.put(r, cidx[3], eff, 2), j = sb.put(r, cidx[4], js, 2);
    sb.rel('le', { t: 'le', whole: e, parts: [j], tol: EPS });
    if (withShare) { const s = sb.put(r, cidx[5], rnd(sb.v(j) / sb.v(e) * 100, 1), 1); sb.rel('rate', { t: 'rate', cell: s, num: j, den: e, k: 100, tol: half(1) + EPS }); }
    if (withWu) {
      const w = sb.put(r, cidx[6], wu, 2);
      if (prevWu) { const g = sb.put(r, cidx[7], rnd((sb.v(w) / sb.v(prevWu) - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: w, prev: prevWu, tol: gTol(sb.v(w), sb.v(prevWu), 2, gd, false) }); }
      else sb.txt(r, cidx[7], pick(['', '—', '-']));
      prevWu = w; if (!first) first = w; last = w;
    }
    r++;
    nres += I(-3, 12); cap *= U(1.0, 1.06); eff *= U(1.0, 1.025); js = Math.min(js * U(1.03, 1.12), eff * 0.9); wu *= U(0.96, 1.03);
  }
  if (withWu && n >= 5 && rare(0.3)) {
    sb.txt(r, 1, y1 + '—' + ctx.year + '年年均增长（%）');
    const cg = sb.put(r, cidx[7], rnd((Math.pow(sb.v(last) / sb.v(first), 1 / (n - 1)) - 1) * 100, 2), 2);
    sb.rel('cagr', { t: 'cagr', cell: cg, end: last, start: first, n: n - 1, tol: half(2) + EPS });
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// H: indicator list with unit column: 本年 上年 增减
function sheetH(sb, ctx) {
  const y = ctx.year, gd = pick([1, 2]);
  const unitCol = chance(0.7);
  const hdr = [pick(['指标', '指标名称']), ...(unitCol ? ['计量单位'] : []), pick([y + '年', '本年']), pick([(y - 1) + '年', '上年']), pick(['比上年增减(%)', '增长(%)', '增减%'])];
  const o = unitCol ? 1 : 0, nc = hdr.length;
  let r = sb.title(nc, ctx.city + y + '年水利主要指标');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const row = (lab, unit, a, b, d, pp) => {
    sb.txt(r, 1, unitCol ? lab : lab + '（' + unit + '）'); if (unitCol) sb.txt(r, 2, unit);
    const x1 = sb.put(r, 2 + o, a, d), x2 = sb.put(r, 3 + o, b, d);
    if (pp) { const p = sb.put(r, 4 + o, rnd(sb.v(x1) - sb.v(x2), d), d); sb.rel('pp', { t: 'pp', cell: p, cur: x1, prev: x2, tol: EPS }); sb.ws.getCell(r, 1).value = sb.ws.getCell(r, 1).value + pick(['［百分点］', '（增减百分点）']); }
    else if (sb.v(x2)) { const g = sb.put(r, 4 + o, rnd((sb.v(x1) / sb.v(x2) - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: x1, prev: x2, tol: gTol(sb.v(x1), sb.v(x2), d, gd, false) }); }
    r++; return { x1, x2 };
  };
  const secs = chance(0.5);
  const sec = (t) => { if (secs) { sb.txt(r, 1, t); r++; } };
  sec('一、水利工程');
  const nres = I(100, 1200), nres0 = nres - I(0, 8);
  const lm = I(3, 40), lm0 = lm - I(0, 2);
  const A = row('水库', '座', nres, nres0, 0);
  const B = row(pick(['其中：大中型水库', '  其中：大中型']), '座', lm, lm0, 0);
  for (const k of ['x1', 'x2']) sb.rel('le', { t: 'le', whole: A[k], parts: [B[k]], tol: EPS });
  const cap = U(3, 50); row('水库总库容', '亿立方米', cap, cap * U(0.97, 1), 2);
  sec('二、农田水利');
  const e = U(30, 350), e0 = e * U(0.97, 1.0);
  const E = row('有效灌溉面积', '千公顷', e, e0, 2);
  const j = e * U(.25, .5), j0 = j * U(.9, .99);
  const J = row('节水灌溉面积', '千公顷', j, j0, 2);
  const withHe = chance(0.6);
  let HE;
  if (withHe) HE = row(pick(['其中：高效节水灌溉面积', '  其中：高效节水灌溉']), '千公顷', j * U(.4, .7), j0 * U(.4, .7), 2);
  for (const k of ['x1', 'x2']) { sb.rel('le', { t: 'le', whole: E[k], parts: [J[k]], tol: EPS }); if (withHe) sb.rel('le', { t: 'le', whole: J[k], parts: [HE[k]], tol: EPS }); }
  if (chance(0.7)) {
    const s1 = rnd(sb.v(J.x1) / sb.v(E.x1) * 100, 1), s2 = rnd(sb.v(J.x2) / sb.v(E.x2) * 100, 1);
    const S = row('节水灌溉面积占有效灌溉面积比重', '%', s1, s2, 1, true);
    sb.rel('rate', { t: 'rate', cell: S.x1, num: J.x1, den: E.x1, k: 100, tol: half(1) + EPS });
    sb.rel('rate', { t: 'rate', cell: S.x2, num: J.x2, den: E.x2, k: 100, tol: half(1) + EPS });
  }
  sec('三、水资源利用');
  const w = U(5, 40), w0 = w * U(0.95, 1.04);
  const W = row('用水总量', '亿立方米', w, w0, 2);
  if (chance(0.6)) {
    const pop = U(80, 600), pop0 = pop * U(0.99, 1.005);
    const P = row('年末常住人口', '万人', pop, pop0, 2);
    const pc1 = rnd(sb.v(W.x1) / sb.v(P.x1) * 10000, 0), pc2 = rnd(sb.v(W.x2) / sb.v(P.x2) * 10000, 0);
    const PC = row('人均综合用水量', '立方米/人', pc1, pc2, 0);
    sb.rel('rate', { t: 'rate', cell: PC.x1, num: W.x1, den: P.x1, k: 10000, tol: half(0) + EPS });
    sb.rel('rate', { t: 'rate', cell: PC.x2, num: W.x2, den: P.x2, k: 10000, tol: half(0) + EPS });
  }
  const st = U(20, 300); row('新增水土流失治理面积', '平方公里', st, st * U(0.8, 1.2), 2);
  sb.widths(nc); sb.notes(r);
}


// I: 水资源公报 style: items as rows, 本年 / 上年 / 多年平均 / 比上年增减% / 比多年平均增减%
function sheetI(sb, ctx) {
  const d = pick([2, 2, 1]); const gd = pick([1, 2]);
  const withAvg = chance(0.6);
  const hdr = [pick(['项目', '指标']), pick([ctx.year + '年', '本年']), pick([(ctx.year - 1) + '年', '上年'])];
  if (withAvg) hdr.push('多年平均');
  hdr.push(pick(['比上年增减(%)', '较上年增减（%）']));
  if (withAvg) hdr.push(pick(['比多年平均增减(%)', '较多年平均增减（%）']));
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年水资源量', pick(['单位：亿立方米', '单位：亿立方米、%', null]));
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const base = U(20, 200);
  const mk = (f) => { const pr = base * f * U(0.8, 1.2); const sw = pr * U(0.4, 0.55); const gw = sw * U(0.2, 0.3); const dup = gw * U(0.8, 0.95); return { pr, sw, gw, dup }; };
  const P = [mk(1), mk(1), mk(1)].map((m) => { const o = {}; for (const k in m) o[k] = rnd(m[k], d); o.t = rnd(o.sw + o.gw - o.dup, d); return o; });
  const items = [['pr', pick(['降水量', '年降水总量'])], ['sw', '地表水资源量'], ['gw', '地下水资源量'], ['dup', pick(['其中：与地表水资源重复量', '  其中：与地表水重复计算量', '地表水与地下水重复计算量'])], ['t', '水资源总量']];
  if (chance(0.4)) items.push(items.splice(4, 1)[0]) && items.unshift(items.pop());
  const A = {};
  for (const [k, lab] of items) {
    sb.txt(r, 1, lab);
    const cells = [sb.put(r, 2, P[0][k], d), sb.put(r, 3, P[1][k], d)];
    if (withAvg) cells.push(sb.put(r, 4, P[2][k], d));
    const g = sb.put(r, withAvg ? 5 : 4, rnd((sb.v(cells[0]) / sb.v(cells[1]) - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: g, cur: cells[0], prev: cells[1], tol: gTol(1, 1, 0, gd, false) });
    if (withAvg) { const g2 = sb.put(r, 6, rnd((sb.v(cells[0]) / sb.v(cells[2]) - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g2, cur: cells[0], prev: cells[2], tol: gTol(1, 1, 0, gd, false) }); }
    A[k] = cells; r++;
  }
  A.gw.forEach((c, i) => { if (/其中/.test(items.find((x) => x[0] === 'dup')[1])) sb.rel('le', { t: 'le', whole: c, parts: [A.dup[i]], tol: EPS }); sb.rel('le', { t: 'le', whole: A.pr[i], parts: [A.t[i]], tol: EPS }); });
  if (chance(0.6)) {
    sb.txt(r, 1, pick(['人均水资源量（立方米/人）', '人均水资源量(m³/人)']));
    const pop = U(80, 700), pops = [pop, pop * U(0.99, 1.0), pop];
    const cs = [0, 1].map((i) => sb.put(r, 2 + i, rnd(sb.v(A.t[i]) / pops[i] * 10000, 0), 0));
    if (withAvg) sb.txt(r, 4, pick(['—', '']));
    const g = sb.put(r, withAvg ? 5 : 4, rnd((sb.v(cs[0]) / sb.v(cs[1]) - 1) * 100, gd), gd);
    sb.rel('growth', { t: 'growth', cell: g, cur: cs[0], prev: cs[1], tol: gTol(1, 1, 0, gd, false) });
    if (withAvg) sb.txt(r, 6, pick(['—', '']));
    r++;
  }
  sb.widths(nc); sb.notes(r, ['水资源总量＝地表水资源量＋地下水资源量－重复计算量。', '多年平均为1956—2016年系列。']);
}

// J: regions, two periods side by side: 有效灌溉面积 / 节水灌溉面积 本年 上年 增减 增长%
function sheetJ(sb, ctx) {
  const { list, root, hier } = regions(ctx, false);
  const d = pick([1, 2]), gd = pick([1, 2]);
  const mu = chance(0.3); const u = mu ? '万亩' : '千公顷';
  const withDiff = chance(0.6);
  const per = withDiff ? 4 : 3;
  const blocks = chance(0.6) ? ['有效灌溉面积', '节水灌溉面积'] : ['有效灌溉面积'];
  const nc = 1 + per * blocks.length;
  let r = sb.title(nc, ctx.year + '年' + pick(['各县（市、区）灌溉面积变化情况', '分地区有效灌溉面积']), '单位：' + u + '、%');
  sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）']));
  blocks.forEach((b, i) => {
    const c0 = 2 + i * per; sb.merge(r, c0, r, c0 + per - 1, b);
    const sub = [pick([ctx.year + '年', '本年']), pick([(ctx.year - 1) + '年', '上年'])];
    if (withDiff) sub.push(pick(['增减', '增减量', '比上年增减']));
    sub.push(pick(['增长(%)', '增减(%)', '增幅(%)']));
    sub.forEach((s, k) => sb.txt(r + 1, c0 + k, s));
  });
  r += 2;
  const leaves = list.filter((x) => x !== root);
  const f = mu ? 1.5 : 1;
  for (const l of leaves) { const e = U(8, 45) * f; l.v = [[e, e / (1 + U(-0.01, 0.03))]]; const j = e * U(.2, .6); l.v.push([j, j / (1 + U(0, 0.12))]); l.v = l.v.map((p) => p.map((x) => rnd(x, d))); }
  root.v = [0, 1].map((b) => [0, 1].map((t) => rnd(leaves.reduce((a, l) => a + l.v[b][t], 0), d)));
  const addr = new Map();
  for (const node of list) {
    sb.txt(r, 1, node.name);
    const cs = [];
    blocks.forEach((b, i) => {
      const c0 = 2 + i * per;
      const [cv, pv] = node.v[i];
      const a1 = sb.put(r, c0, cv, d), a2 = sb.put(r, c0 + 1, pv, d);
      if (withDiff) { const a3 = sb.put(r, c0 + 2, rnd(cv - pv, d), d, pick([0, '-'])); sb.rel('pp', { t: 'pp', cell: a3, cur: a1, prev: a2, tol: EPS }); }
      const g = sb.put(r, c0 + per - 1, rnd((cv / pv - 1) * 100, gd), gd);
      sb.rel('growth', { t: 'growth', cell: g, cur: a1, prev: a2, tol: gTol(1, 1, 0, gd, false) });
      cs.push([a1, a2]);
    });
    addr.set(node, cs); r++;
  }
  blocks.forEach((b, i) => [0, 1].forEach((t) => sb.rel('sum', { t: 'sum', total: addr.get(root)[i][t], parts: leaves.map((l) => addr.get(l)[i][t]), tol: EPS })));
  if (blocks.length === 2) for (const node of list) [0, 1].forEach((t) => sb.rel('le', { t: 'le', whole: addr.get(node)[0][t], parts: [addr.get(node)[1][t]], tol: EPS }));
  sb.widths(nc); sb.notes(r);
}

// K: regions, 用水量 by use (万立方米), 常住人口, 人均用水量, 农业用水占比
function sheetK(sb, ctx) {
  const yi = chance(0.4); const d = yi ? pick([2, 3]) : pick([0, 1]); const f = yi ? 1e-4 : 1;
  const u = yi ? '亿立方米' : '万立方米';
  const withPc = chance(0.7), withSh = chance(0.5);
  const cols = [
    { key: 't', head: '用水总量', d, type: 'add', parts: ['ag', 'in', 'li', 'ec'] },
    { key: 'ag', head: '农业用水', d, type: 'add' },
    { key: 'in', head: '工业用水', d, type: 'add' },
    { key: 'li', head: '生活用水', d, type: 'add' },
    { key: 'ec', head: pick(['人工生态环境补水', '生态环境用水']), d, type: 'add', zero: pick([0, '-', '']) },
  ];
  if (chance(0.5)) cols.forEach((c) => { c.grp = '用水量（' + u + '）'; c.head = c.head === '用水总量' ? '合计' : c.head.replace('用水', ''); });
  else cols.forEach((c) => { c.head += '（' + u + '）'; });
  if (withSh) cols.push({ key: 'sh', head: '农业用水占比（%）', d: 1, type: 'rate', rate: { num: 'ag', den: 't', k: 100 }, rel: 'share' });
  if (withPc) cols.push({ key: 'pop', head: '常住人口（万人）', d: 2, type: 'add' }, { key: 'pc', head: '人均综合用水量（立方米/人）', d: 0, type: 'rate', rate: { num: 't', den: 'pop', k: yi ? 10000 : 1 } });
  regionTable(sb, ctx, {
    title: ctx.year + '年' + pick(['各县（市、区）用水量', '分地区用水情况', '用水总量分区统计']),
    cols,
    notes: ['人均综合用水量＝用水总量/常住人口。', '生态环境用水仅统计人工补水。'],
    leaf: (s) => { const pop = U(15, 110) * s; const t = pop * U(250, 600) * f; const w = [U(.5, .7), U(.1, .25), U(.1, .18), chance(0.7) ? U(.01, .05) : 0]; const sm = w.reduce((a, b) => a + b, 0); return { ag: t * w[0] / sm, in: t * w[1] / sm, li: t * w[2] / sm, ec: t * w[3] / sm, pop }; },
  });
}

// L: 用水效率指标: 本年 上年 比上年下降(%) (positive = decline) or 增减(%)
function sheetL(sb, ctx) {
  const dec = chance(0.6);
  const hdr = [pick(['指标', '指标名称']), '单位', pick([ctx.year + '年', '本年']), pick([(ctx.year - 1) + '年', '上年']), dec ? pick(['比上年下降(%)', '下降率（%）', '降幅(%)']) : '比上年增减(%)'];
  const nc = hdr.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年用水效率主要指标');
  hdr.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const rows = [['万元地区生产总值用水量', '立方米', U(25, 90), U(0.02, 0.08), 1], ['万元工业增加值用水量', '立方米', U(10, 40), U(0.02, 0.1), 1], ['农田灌溉亩均用水量', '立方米', U(300, 650), U(-0.02, 0.04), 0], ['人均综合用水量', '立方米', U(250, 500), U(-0.02, 0.03), 0]];
  for (const [lab, un, cur, dr, dd] of shuffle(rows).slice(0, I(2, 4))) {
    sb.txt(r, 1, lab); sb.txt(r, 2, un);
    const a = sb.put(r, 3, cur, dd), b = sb.put(r, 4, cur / (1 - dr), dd);
    const g = (sb.v(a) / sb.v(b) - 1) * 100;
    if (dec) sb.put(r, 5, rnd(-g, 1), 1);
    else { const c = sb.put(r, 5, rnd(g, 1), 1); sb.rel('growth', { t: 'growth', cell: c, cur: a, prev: b, tol: half(1) + EPS }); }
    r++;
  }
  if (chance(0.7)) {
    sb.txt(r, 1, '农田灌溉水有效利用系数'); sb.txt(r, 2, '—');
    const c = rnd(U(0.5, 0.6), 3); const p0 = rnd(c - U(0.002, 0.008), 3);
    const a = sb.put(r, 3, c, 3), b = sb.put(r, 4, p0, 3);
    sb.txt(r, 5, dec ? pick(['—', '提高' + rnd(c - p0, 3)]) : rnd((c / p0 - 1) * 100, 1));
    if (!dec) sb.rel('growth', { t: 'growth', cell: sb.a(r, 5), cur: a, prev: b, tol: half(1) + EPS });
    r++;
  }
  sb.widths(nc); sb.notes(r, ['万元地区生产总值用水量按当年价计算。', '下降率为正值表示用水效率提高。']);
}

// M: items as rows, years as columns (水利发展 time series, wide)
function sheetM(sb, ctx) {
  const n = I(3, 6); const years = Array.from({ length: n }, (_, i) => ctx.year - n + 1 + i);
  const withG = chance(0.5);
  const nc = 1 + (rare(0.3) ? 1 : 0) + n + (withG ? 1 : 0);
  const unitCol = nc === 2 + n + (withG ? 1 : 0);
  const o = unitCol ? 1 : 0;
  let r = sb.title(nc, ctx.city + pick(['水利建设主要指标', '主要年份水利统计', '水资源开发利用情况']) + '（' + years[0] + '—' + years[n - 1] + '年）');
  sb.txt(r, 1, pick(['指标', '项目'])); if (unitCol) sb.txt(r, 2, '单位');
  years.forEach((y, i) => sb.txt(r, 2 + o + i, chance(0.5) ? y + '年' : y));
  if (withG) sb.txt(r, 2 + o + n, pick([years[n - 1] + '年比上年增长(%)', '比上年增长(%)']));
  r++;
  const gd = 1;
  const series = (v0, g1, g2, d) => { const a = [v0]; for (let i = 1; i < n; i++) a.push(a[i - 1] * U(g1, g2)); return a.map((x) => rnd(x, d)); };
  const put = (lab, unit, arr, d) => {
    sb.txt(r, 1, unitCol ? lab : lab + (unit ? '（' + unit + '）' : '')); if (unitCol) sb.txt(r, 2, unit);
    const cs = arr.map((v, i) => sb.put(r, 2 + o + i, v, d));
    if (withG) { const g = sb.put(r, 2 + o + n, rnd((arr[n - 1] / arr[n - 2] - 1) * 100, gd), gd); sb.rel('growth', { t: 'growth', cell: g, cur: cs[n - 1], prev: cs[n - 2], tol: half(gd) + EPS }); }
    r++; return cs;
  };
  const secOn = chance(0.5), secNum = chance(0.6);
  const sec = (t) => { if (secOn) { sb.txt(r, 1, secNum ? t : t.replace(/^.、/, '')); r++; } };
  sec('一、水利工程');
  const nr = series(I(150, 900), 1.0, 1.015, 0);
  const b0 = U(0.04, 0.08); const big = nr.map((x, i) => Math.round(nr[0] * b0) + Math.floor(i / 2));
  const A = put('水库', '座', nr, 0); const B = put(pick(['其中：大中型水库', '  其中：大中型']), '座', big, 0);
  A.forEach((c, i) => sb.rel('le', { t: 'le', whole: c, parts: [B[i]], tol: EPS }));
  put('水库总库容', '亿立方米', series(U(3, 40), 1.0, 1.04, 2), 2);
  sec('二、农田水利');
  const e = series(U(40, 300), 1.0, 1.02, 2); const j0 = U(0.2, 0.35); const j = e.map((x, i) => rnd(x * (j0 + i * U(0.005, 0.02)), 2));
  const E = put('有效灌溉面积', '千公顷', e, 2); const J = put(pick(['其中：节水灌溉面积', '节水灌溉面积']), '千公顷', j, 2);
  E.forEach((c, i) => sb.rel('le', { t: 'le', whole: c, parts: [J[i]], tol: EPS }));
  if (chance(0.6)) {
    sec('三、用水量');
    const T0 = U(5, 30); const parts = [U(.5, .65), U(.12, .2), U(.1, .16), U(.02, .05)].map((w) => series(T0 * w, 0.97, 1.03, 2));
    const tot = years.map((_, i) => rnd(parts.reduce((a, p) => a + p[i], 0), 2));
    const T = put('用水总量', '亿立方米', tot, 2);
    const P = ['  农业用水', '  工业用水', '  生活用水', '  生态环境用水'].map((l, k) => put(k === 0 && chance(0.5) ? '其中：农业用水' : l, '亿立方米', parts[k], 2));
    T.forEach((c, i) => sb.rel('sum', { t: 'sum', total: c, parts: P.map((p) => p[i]), tol: EPS }));
  }
  sb.widths(nc); sb.notes(r);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH, I: sheetI, J: sheetJ, K: sheetK, L: sheetL, M: sheetM };
const SHEETNAMES = { A: ['水库', '分县水库', '表1', '水库情况'], B: ['水库分类', '表2', '水库规模'], C: ['灌溉面积', '农田水利', '表3', 'Sheet1'], D: ['用水量', '用水结构', '表4'], E: ['水资源', '水资源量', '表5'], F: ['历年', '主要年份', '表6'], G: ['水土保持', '水土流失治理', '表7'], H: ['主要指标', '综合', '表8', 'Sheet2'], I: ['水资源公报', '表9', '水资源总量'], J: ['灌溉面积变化', '表10', '分县灌溉'], K: ['分县用水', '用水量分区', '表11'], L: ['用水效率', '表12', '节水指标'], M: ['历年指标', '表13', '发展情况'] };
const RARE = new Set(['F', 'G', 'E', 'B', 'I', 'L', 'J']);

// ---------- plants ----------
const PLANT_KINDS = ['total', 'part', 'rate', 'share', 'growth', 'pp'];
function candidates(sheets, kind) {
  const out = [];
  for (const sb of sheets) for (const rel of sb.rels) {
    if (kind === 'total' && rel.t === 'sum') out.push([sb, rel, rel.total]);
    if (kind === 'part' && rel.t === 'sum') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'part' && rel.t === 'le') for (const p of rel.parts) out.push([sb, rel, p]);
    if (kind === 'rate' && rel.kind === 'rate') out.push([sb, rel, rel.cell]);
    if (kind === 'share' && rel.kind === 'share') out.push([sb, rel, rel.cell]);
    if (kind === 'growth' && (rel.kind === 'growth' || rel.kind === 'cagr')) out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.kind === 'pp') out.push([sb, rel, rel.cell]);
  }
  return out.filter(([sb, rel]) => !(rel.t === 'sum' && Math.abs(num(sb.vals[rel.total]) - 100) < 1e-9));
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 30; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta) continue;
    const was = num(sb.vals[addr]);
    if (!was && kind !== 'pp' && kind !== 'growth') continue;
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(.08, .3)), meta.d);
    else if (kind === 'rate') now = rel.k === 100 ? rnd(was + sgn * U(3, 8), meta.d) : rnd(was * (1 + sgn * U(.1, .3)), meta.d);
    else if (kind === 'share') now = rnd(Math.max(0.3, was + sgn * U(2, 5)), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(2, 6), meta.d);
    else if (kind === 'pp') now = meta.d === 0 ? was + sgn * I(3, 12) : rnd(was + sgn * U(1, 3), meta.d);
    if (now === was || now < 0 && kind !== 'growth' && kind !== 'pp') continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    // the planted cell must break only by a clear margin, and must not break anything else it belongs to? (other rels may break too; that is fine)
    if (ex === null || ex < Math.max(3 * rel.tol, 4 * half(meta.d), 1e-3)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
    return { sheet: sb.name, cell: addr, was, now, kind };
  }
  return null;
}

(async () => {
  const N = Number(NBOOKS), pf = Number(PFRAC);
  const manifest = [];
  for (let b = 0; b < N; b++) {
    const planted = b < Math.round(N * pf);
    let done = false;
    for (let attempt = 0; attempt < 15 && !done; attempt++) {
      R = mulberry(Number(SEED0) * 7919 + b * 104729 + variant * 31 + attempt * 7);
      const ctx = { year: I(2016, 2024), city: cityName(), textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.3), textComma: rare(0.2) };
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      let keys = Object.keys(TYPES);
      if (variant) keys = [...keys, ...[...RARE]];
      const tkeys = [...new Set(shuffle(keys))].slice(0, nS);
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sheets.push(sb);
        if ('ACEGK'.includes(t) && rare(0.12)) { sb.r0 = sb.ws.rowCount + 3; TYPES[pick(['A', 'C', 'E', 'G', 'K'].filter((x) => x !== t))](sb, ctx); }
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex !== null && !(ex <= 1e-9)) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
        if (ex === null && rel.t !== 'rate' && rel.t !== 'growth') throw new Error('unevaluable ' + JSON.stringify(rel));
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 12 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
        for (const k of kinds) { const p = doPlant(sheets, k); if (p) { plants.push(p); break; } }
        if (!plants.length) continue;
      }
      fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels)));
      await wb.xlsx.writeFile(path.join(OUT, file));
      manifest.push({ file, plants });
      done = true;
    }
    if (!done) throw new Error('could not build book ' + b);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const np = manifest.filter((m) => m.plants.length).length;
  console.log(`${SET}: ${manifest.length} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
