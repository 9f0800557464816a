// gen.js: deterministic generator of veterans' affairs workbooks. usage: node gen.js [set...]
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells } = require('./rel.js');
function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R;
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (xs) => xs[Math.floor(R() * xs.length)];
const shuffle = (xs) => { xs = xs.slice(); for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; } return xs; };
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + (r + 1);
const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '白沙镇', '桃源乡', '龙泉镇', '石桥镇', '新安乡', '马坊镇', '清水乡', '红旗街道', '长岭镇', '大营乡', '双河镇', '杨柳镇', '金山街道', '高桥乡', '望江镇', '临溪乡', '平安街道'];
const COUNTIES = ['临河区', '安平县', '永丰县', '宁远市', '清源县', '兴隆县'];
const CITY = ['江州市', '平阳市', '云川市', '武安市'];
const YEARS = [2021, 2022, 2023, 2024];

function baseTown(name) {
  const T = ri(600, 6000);
  const t = { name, T, s: Math.round(T * (0.6 + R() * 0.25)), c: Math.round(T * (0.02 + R() * 0.06)), m: R() < 0.25 ? 0 : ri(0, Math.round(T * 0.02)) };
  t.P = ri(80, 900); t.amtY = t.P * ri(2800, 9000) + ri(0, 9999);
  t.a = R() < 0.1 ? 0 : ri(4, 70); t.b = t.a ? ri(Math.round(t.a * 0.7), t.a) : 0; t.self = ri(0, t.b);
  t.v = ri(8, 42); t.w = ri(Math.round(t.v * 0.6), t.v); t.beds = R() < 0.6 ? 0 : ri(10, 80);
  t.Tp = Math.round(T * (0.9 + R() * 0.12)); t.Pp = Math.round(t.P * (0.88 + R() * 0.2)); t.amtYp = Math.round(t.amtY * (0.85 + R() * 0.25));
  return t;
}
const ADD = ['T', 's', 'c', 'm', 'P', 'amtY', 'a', 'b', 'self', 'v', 'w', 'beds', 'Tp', 'Pp', 'amtYp'];
function agg(name, xs) { const o = { name }; for (const k of ADD) o[k] = xs.reduce((s, x) => s + x[k], 0); return o; }

// columns: key, head, grp(optional group head), kind, dec
function colSets(opt) {
  const d = opt.dec;
  const sets = {
    basic: [{ k: 'T', h: '退役军人总数' }, { k: 's', h: '退役士兵', g: '其中' }, { k: 'c', h: '军队转业干部', g: '其中' }, { k: 'm', h: '军休干部', g: '其中' }, { k: 'P', h: '优抚对象人数' }, { k: 'amt', h: '抚恤补助金（万元）', dec: d }, { k: 'ph', h: pick(['人均（元）', '人均抚恤补助（元）']), dec: opt.phDec }],
    emp: [{ k: 'a', h: '应安置人数' }, { k: 'b', h: '已安置人数' }, { k: 'self', h: pick(['其中：自主就业', '其中：安排工作']) }, { k: 'rate_ab', h: '安置率（%）', dec: 1 }],
    station: [{ k: 'v', h: '行政村（社区）数' }, { k: 'w', h: '已建服务站数' }, { k: 'rate_vw', h: '覆盖率（%）', dec: 1 }, { k: 'beds', h: '光荣院床位（张）' }],
    yoyT: [{ k: 'T', h: '本年', g: '退役军人总数（人）' }, { k: 'Tp', h: '上年', g: '退役军人总数（人）' }, { k: 'dT', h: '增减', g: '退役军人总数（人）' }, { k: 'gT', h: '增长（%）', g: '退役军人总数（人）', dec: 1 }],
    yoyAmt: [{ k: 'amt', h: '本年', g: '抚恤补助金（万元）', dec: d }, { k: 'amtp', h: '上年', g: '抚恤补助金（万元）', dec: d }, { k: 'dA', h: '增减', g: '抚恤补助金（万元）', dec: d }, { k: 'gA', h: '增长（%）', g: '抚恤补助金（万元）', dec: 1 }],
    mixed: [{ k: 'T', h: '退役军人（人）' }, { k: 'P', h: '优抚对象（人）' }, { k: 'amt', h: '抚恤补助金（万元）', dec: d }, { k: 'ph', h: '人均（元）', dec: opt.phDec }, { k: 'a', h: '应安置（人）', g: '就业安置' }, { k: 'b', h: '已安置（人）', g: '就业安置' }, { k: 'rate_ab', h: '安置率（%）', g: '就业安置', dec: 1 }],
  };
  return sets;
}
function rowVals(t, opt) {
  const d = opt.dec, o = Object.assign({}, t);
  o.amt = rnd(t.amtY / 1e4, d); o.amtp = rnd(t.amtYp / 1e4, d);
  o.ph = t.P ? rnd(o.amt * 1e4 / t.P, opt.phDec) : null;
  o.rate_ab = t.a ? rnd(t.b / t.a * 100, 1) : null; o.rate_vw = t.v ? rnd(t.w / t.v * 100, 1) : null;
  o.dT = t.T - t.Tp; o.gT = rnd((t.T / t.Tp - 1) * 100, 1); o.dA = rnd(o.amt - o.amtp, d); o.gA = rnd((o.amt / o.amtp - 1) * 100, 1);
  return o;
}
function blankOf(v, opt) { if (v === 0 || v === null) return opt.zero; return v; }

// Sheet builder: grid with merges, relations, plant candidates
class Sheet {
  constructor(name) { this.name = name; this.g = []; this.merges = []; this.rels = []; this.cands = []; this.fmt = {}; }
  row(arr) { this.g.push(arr); return this.g.length - 1; }
}
function preamble(sh, title, opt, unit) {
  let w = opt.width;
  if (opt.title) { const r = sh.row([title]); if (w > 1) sh.merges.push([r, 0, r, w - 1]); }
  if (opt.tableNo) sh.row([opt.tableNo]);
  if (opt.unitRow && unit) { const a = []; a[opt.unitRight ? w - 1 : 0] = unit; if (opt.filler && !opt.unitRight) a[w - 1] = opt.filler; sh.row(a); }
  else if (opt.filler) sh.row([opt.filler]);
}
function footer(sh, opt) {
  if (opt.note) { sh.row([]); sh.row([opt.note]); }
  if (opt.filler2) sh.row([opt.filler2]);
}

function regionalSheet(name, setKey, opt) {
  const sh = new Sheet(name);
  const cols = colSets(opt)[setKey];
  const lead = opt.seq ? ['序号', opt.regionHead] : [opt.regionHead];
  const L = lead.length; opt.width = L + cols.length;
  const units = { basic: '单位：人、万元、元', emp: '单位：人、%', station: '单位：个、张、%', yoyT: '单位：人、%', yoyAmt: '单位：万元、%', mixed: '单位：人、万元、元、%' }[setKey];
  preamble(sh, opt.titleText, opt, units);
  const hasGrp = cols.some((c) => c.g) && opt.twoLevel;
  const h1 = lead.slice(), h2 = lead.map(() => null);
  cols.forEach((c) => { if (hasGrp) { h1.push(c.g || c.h); h2.push(c.g ? c.h : null); } else h1.push(c.g && c.g !== '其中' ? c.g + c.h : (c.g === '其中' ? '其中：' + c.h : c.h)); });
  const hr = sh.row(h1); let hr2 = hr;
  if (hasGrp) {
    hr2 = sh.row(h2.map((x, i) => x));
    // merges: lead and ungrouped vertical; groups horizontal
    for (let i = 0; i < h1.length; i++) {
      if (i < L || !cols[i - L].g) sh.merges.push([hr, i, hr2, i]);
    }
    let i = L; while (i < h1.length) { const g = cols[i - L].g; if (g) { let j = i; while (j + 1 < h1.length && cols[j + 1 - L].g === g) j++; if (j > i) sh.merges.push([hr, i, hr, j]); for (let q = i + 1; q <= j; q++) sh.g[hr][q] = null; i = j + 1; } else i++; }
  }
  if (opt.colNums) { sh.row(lead.map((_, i) => (i === 0 ? '甲' : '乙')).concat(cols.map((_, i) => i + 1))); }
  // structure: groups of towns
  const structure = opt.structure; // {top:{name, kids:[{name, kids:[towns]}]}} or flat
  const rowsOut = []; // {vals, kind:'town'|'sub'|'tot', members:[rowIdx...]}
  const place = (o, kind) => { const vals = rowVals(o, opt); const arr = opt.seq ? [kind === 'town' ? opt.seqN++ : null, (kind === 'town' && opt.indent ? '  ' : '') + o.name] : [(kind === 'town' && opt.indent ? '  ' : '') + o.name]; cols.forEach((c) => arr.push(blankOf(vals[c.k], opt))); const r = sh.row(arr); rowsOut.push({ r, kind, vals }); return r; };
  opt.seqN = 1;
  const sumRel = (totR, partRs, depth) => { cols.forEach((c, j) => { if (/^(rate|ph|g)/.test(c.k)) return; const cc = L + j; const dec = c.dec || 0; const tol = dec ? (partRs.length + 1) * 0.5 * Math.pow(10, -dec) * (depth || 1) + 1e-9 : 1e-9; sh.rels.push({ t: 'sum', total: A(totR, cc), parts: partRs.map((r) => A(r, cc)), tol }); }); };
  const doRow = (o, kind, r) => { // per-row relations
    cols.forEach((c, j) => {
      const cc = L + j, at = A(r, cc);
      const idx = (k) => { const q = cols.findIndex((x) => x.k === k); return q < 0 ? null : A(r, L + q); };
      if (c.k === 'ph' && idx('amt') && idx('P')) sh.rels.push({ t: 'rate', cell: at, num: idx('amt'), den: idx('P'), k: 1e4, tol: 0.5 * Math.pow(10, -(c.dec || 0)) + 0.5e4 * Math.pow(10, -opt.dec) / o.P + 1e-6, phx: true });
      if (c.k === 'rate_ab' && idx('a') && idx('b')) sh.rels.push({ t: 'rate', cell: at, num: idx('b'), den: idx('a'), k: 100, tol: 0.05 + 1e-9 });
      if (c.k === 'rate_vw') sh.rels.push({ t: 'rate', cell: at, num: idx('w'), den: idx('v'), k: 100, tol: 0.05 + 1e-9 });
      if (c.k === 'dT') sh.rels.push({ t: 'pp', cell: at, cur: idx('T'), prev: idx('Tp'), tol: 1e-9 });
      if (c.k === 'gT') sh.rels.push({ t: 'growth', cell: at, cur: idx('T'), prev: idx('Tp'), tol: 0.05 + 1e-9 });
      if (c.k === 'dA') sh.rels.push({ t: 'pp', cell: at, cur: idx('amt'), prev: idx('amtp'), tol: 1e-6 });
      if (c.k === 'gA') sh.rels.push({ t: 'growth', cell: at, cur: idx('amt'), prev: idx('amtp'), tol: 0.05 + 1e-9 });
      if (['s', 'c', 'm'].includes(c.k) && idx('T')) { /* collected below */ }
      if (c.k === 'self' && idx('b')) sh.rels.push({ t: 'le', whole: idx('b'), parts: [at], tol: 1e-9 });
      if (c.k === 'b' && idx('a')) sh.rels.push({ t: 'le', whole: idx('a'), parts: [at], tol: 1e-9 });
      if (c.k === 'w' && idx('v')) sh.rels.push({ t: 'le', whole: idx('v'), parts: [at], tol: 1e-9 });
      // candidates
      const v = o[c.k]; if (v === null || v === 0 || v === undefined) return;
      if (c.k === 'ph') sh.cands.push({ r, c: cc, kind: 'perhead', dec: c.dec || 0 });
      else if (/^rate/.test(c.k)) sh.cands.push({ r, c: cc, kind: 'rate', dec: 1 });
      else if (/^(d|g)[TA]$/.test(c.k)) sh.cands.push({ r, c: cc, kind: 'change', dec: c.dec || 0 });
      else sh.cands.push({ r, c: cc, kind: kind === 'town' ? 'part' : 'total', dec: c.dec || 0 });
    });
    const qi = ['s', 'c', 'm'].map((k) => cols.findIndex((x) => x.k === k)).filter((q) => q >= 0);
    const qt = cols.findIndex((x) => x.k === 'T');
    if (qi.length && qt >= 0) sh.rels.push({ t: 'le', whole: A(r, L + qt), parts: qi.map((q) => A(r, L + q)), tol: 1e-9 });
  };
  // emit rows
  const emit = (node, depth) => {
    if (!node.kids) { const r = place(node, 'town'); doRow(rowOf(r).vals, 'town', r); return r; }
    const first = opt.totalFirst; let tr = null; const kidRs = [];
    if (first) { tr = place(node, node.top ? 'tot' : 'sub'); }
    for (const k of node.kids) kidRs.push(emit(k, depth + 1));
    if (!first) tr = place(node, node.top ? 'tot' : 'sub');
    if (opt.blankAfterGroup && !node.top) sh.row([]);
    doRow(rowOf(tr).vals, 'tot', tr); sumRel(tr, kidRs, 1);
    return tr;
  };
  const rowOf = (r) => rowsOut.find((x) => x.r === r);
  emit(structure, 0);
  footer(sh, opt);
  sh.cols = cols; sh.L = L;
  return sh;
}

function indicatorSheet(name, t, opt) {
  const sh = new Sheet(name); opt.width = 6;
  const o = rowVals(t, opt);
  const o0 = { T: t.Tp, P: t.Pp, amt: o.amtp };
  // previous year full set: derive plausible prev for other keys
  const prev = { T: t.Tp, s: Math.round(t.s * t.Tp / t.T), c: Math.round(t.c * 0.97), m: t.m, P: t.Pp, amt: o.amtp, a: Math.max(t.a + ri(-8, 8), t.b ? 1 : 0), v: t.v, w: Math.max(0, t.w - ri(0, 5)), beds: t.beds ? t.beds - ri(0, 10) : ri(20, 60) };
  prev.b = Math.min(prev.a, Math.max(0, t.b + ri(-6, 4))); if (prev.s + prev.c + prev.m > prev.T) prev.s = prev.T - prev.c - prev.m - 5;
  const cur = { T: t.T, s: t.s, c: t.c, m: t.m, P: t.P, amt: o.amt, a: t.a || 5, b: t.a ? t.b : 4, v: t.v, w: t.w, beds: t.beds || ri(20, 60) };
  const ph = (x) => rnd(x.amt * 1e4 / x.P, opt.phDec); const rt = (x) => rnd(x.b / x.a * 100, 1); const cv = (x) => rnd(x.w / x.v * 100, 1);
  const inds = [
    ['退役军人总数', '人', 'T'], [opt.qi + '退役士兵', '人', 's'], [opt.qi2 + '军队转业干部', '人', 'c'], [opt.qi2 + '军休干部', '人', 'm'],
    ['优抚对象人数', '人', 'P'], ['抚恤补助金', '万元', 'amt'], ['人均抚恤补助', '元', 'ph'],
    ['应安置人数', '人', 'a'], ['已安置人数', '人', 'b'], ['安置率', '%', 'rt'],
    ['村（社区）退役军人服务站', '个', 'w'], ['服务站覆盖率', '%', 'cv'], ['光荣院床位', '张', 'beds']];
  preamble(sh, opt.titleText, opt, '');
  const hr = sh.row(['指标', '单位', opt.curH, opt.prevH, '增减', opt.growthH]);
  const rowIx = {}; const need = { v: true };
  for (const [lab, u, k] of inds) {
    let c, p, isRate = false, dec = 0;
    if (k === 'ph') { c = ph(cur); p = ph(prev); dec = opt.phDec; }
    else if (k === 'rt') { c = rt(cur); p = rt(prev); isRate = true; dec = 1; }
    else if (k === 'cv') { c = cv(cur); p = cv(prev); isRate = true; dec = 1; }
    else { c = cur[k]; p = prev[k]; dec = k === 'amt' ? opt.dec : 0; }
    const dif = rnd(c - p, Math.max(dec, 1) + 1);
    const gr = isRate ? opt.zero : (p ? rnd((c / p - 1) * 100, 1) : opt.zero);
    const r = sh.row([lab, u, blankOf(c, opt), blankOf(p, opt), dif, gr]);
    rowIx[k] = r;
    sh.rels.push({ t: 'pp', cell: A(r, 4), cur: A(r, 2), prev: A(r, 3), tol: 1e-6 });
    if (!isRate && p) sh.rels.push({ t: 'growth', cell: A(r, 5), cur: A(r, 2), prev: A(r, 3), tol: 0.05 + 1e-9 });
    if (c) sh.cands.push({ r, c: 2, kind: k === 'T' ? 'total' : k === 'ph' ? 'perhead' : isRate ? 'rate' : 'part', dec });
    if (dif) sh.cands.push({ r, c: 4, kind: 'change', dec: Math.max(dec, 1) + 1 >= 2 ? dec : 0 });
    if (!isRate && p && gr) sh.cands.push({ r, c: 5, kind: 'change', dec: 1 });
  }
  for (const col of [2, 3]) {
    const x = col === 2 ? cur : prev;
    sh.rels.push({ t: 'le', whole: A(rowIx.T, col), parts: ['s', 'c', 'm'].map((k) => A(rowIx[k], col)), tol: 1e-9 });
    sh.rels.push({ t: 'rate', cell: A(rowIx.ph, col), num: A(rowIx.amt, col), den: A(rowIx.P, col), k: 1e4, tol: 0.5 * Math.pow(10, -opt.phDec) + 1e-6 });
    sh.rels.push({ t: 'rate', cell: A(rowIx.rt, col), num: A(rowIx.b, col), den: A(rowIx.a, col), k: 100, tol: 0.05 + 1e-9 });
    sh.rels.push({ t: 'le', whole: A(rowIx.a, col), parts: [A(rowIx.b, col)], tol: 1e-9 });
  }
  footer(sh, opt);
  return sh;
}

function regionsAsColsSheet(name, node, opt) {
  // rows = indicators, columns = 合计 + regions
  const kids = node.kids; const L = 2; opt.width = L + 1 + kids.length;
  const sh = new Sheet(name);
  preamble(sh, opt.titleText, opt, '单位：人、万元、%');
  const tot = rowVals(node, opt); const ks = kids.map((k) => rowVals(k, opt));
  const cols = opt.totalFirst ? [tot, ...ks] : [...ks, tot];
  const totC = opt.totalFirst ? L : L + ks.length;
  sh.row(['指标', '单位'].concat(cols.map((x) => x === tot ? opt.totName : x.name)));
  const inds = [['退役军人总数', '人', 'T'], [opt.qi + '退役士兵', '人', 's'], [opt.qi2 + '军队转业干部', '人', 'c'], ['优抚对象人数', '人', 'P'], ['抚恤补助金', '万元', 'amt'], ['应安置人数', '人', 'a'], ['已安置人数', '人', 'b'], ['安置率', '%', 'rate_ab'], ['已建服务站', '个', 'w'], ['光荣院床位', '张', 'beds']];
  const rix = {};
  for (const [lab, u, k] of inds) {
    const r = sh.row([lab, u].concat(cols.map((x) => blankOf(x[k], opt)))); rix[k] = r;
    if (k !== 'rate_ab') {
      const partsC = cols.map((_, j) => L + j).filter((c) => c !== totC);
      const dec = k === 'amt' ? opt.dec : 0;
      sh.rels.push({ t: 'sum', total: A(r, totC), parts: partsC.map((c) => A(r, c)), tol: dec ? (partsC.length + 1) * 0.5 * Math.pow(10, -dec) + 1e-9 : 1e-9 });
    }
    cols.forEach((x, j) => { if (x[k]) sh.cands.push({ r, c: L + j, kind: k === 'rate_ab' ? 'rate' : (x === tot ? 'total' : 'part'), dec: k === 'rate_ab' ? 1 : k === 'amt' ? opt.dec : 0 }); });
  }
  cols.forEach((x, j) => {
    const c = L + j;
    sh.rels.push({ t: 'le', whole: A(rix.T, c), parts: [A(rix.s, c), A(rix.c, c)], tol: 1e-9 });
    sh.rels.push({ t: 'le', whole: A(rix.a, c), parts: [A(rix.b, c)], tol: 1e-9 });
    sh.rels.push({ t: 'rate', cell: A(rix.rate_ab, c), num: A(rix.b, c), den: A(rix.a, c), k: 100, tol: 0.05 + 1e-9 });
  });
  footer(sh, opt);
  return sh;
}

function makeOpt(hunt) {
  const y = pick(YEARS);
  return {
    dec: pick([1, 2, 2]), phDec: pick([0, 0, 1]), zero: pick(['—', '', 0, '-', '—']), title: R() < 0.85, tableNo: R() < 0.3 ? pick(['表1', '表2-3', '附表1']) : null,
    unitRow: R() < 0.7, unitRight: R() < 0.5, filler: R() < 0.35 ? pick(['填报单位：' + pick(COUNTIES) + '退役军人事务局', '填报单位（盖章）：']) : null,
    filler2: R() < 0.35 ? pick(['填表人：张某　审核人：李某　填表日期：' + (y + 1) + '年1月15日', '填表日期：' + (y + 1) + '年1月10日']) : null,
    note: R() < 0.5 ? pick(['注：1.本表数据截至' + y + '年12月31日；2.抚恤补助金含各类优抚对象定期抚恤补助。', '注：安置率=已安置人数÷应安置人数×100%。', '注：人均抚恤补助=抚恤补助金÷优抚对象人数。', '注：“—”表示无此项数据。']) : null,
    seq: R() < (hunt ? 0.35 : 0.2), indent: R() < 0.4, totalFirst: R() < 0.5, twoLevel: R() < 0.7, colNums: R() < (hunt ? 0.2 : 0.1), blankAfterGroup: hunt && R() < 0.15,
    regionHead: pick(['乡镇（街道）', '地区', '单位', '县（市、区）', '区域']), year: y,
    curH: pick(['本年', y + '年', '本期']), prevH: pick(['上年', (y - 1) + '年', '上年同期']), growthH: pick(['增长（%）', '增长%', '增幅（%）', '同比增长（%）']),
    qi: pick(['其中：', '  其中：', '#']), qi2: pick(['      ', '  ', '']), totName: pick(['合计', '总计', '全县', '全市']),
  };
}
function fixQi(o) { if (o.qi === '#') { o.qi = '其中：'; } return o; }

function makeStructure(opt, multi) {
  if (multi) {
    const city = pick(CITY); const cs = shuffle(COUNTIES).slice(0, ri(2, 4)); const ts = shuffle(TOWNS);
    const kids = cs.map((cn) => { const towns = ts.splice(0, ri(2, 5)).map(baseTown); return Object.assign(agg(cn, towns), { kids: towns }); });
    return Object.assign(agg(pick([city + '合计', '全市', '合计', '总计']), kids), { kids, top: true });
  }
  const towns = shuffle(TOWNS).slice(0, ri(4, 12)).map(baseTown);
  return Object.assign(agg(pick(['合计', '全县', '总计', pick(COUNTIES)]), towns), { kids: towns, top: true });
}

function makeBook(hunt) {
  const sheets = []; const n = ri(1, 3);
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const opt = fixQi(makeOpt(hunt));
    const typ = pick(['basic', 'basic', 'emp', 'station', 'yoyT', 'yoyAmt', 'mixed', 'ind', 'cols']);
    const multi = R() < 0.35;
    const st = makeStructure(opt, multi);
    let nm = { basic: '退役军人基本情况', emp: '就业安置', station: '服务站建设', yoyT: '退役军人增减', yoyAmt: '抚恤补助', mixed: '综合', ind: '主要指标', cols: '分地区' }[typ];
    while (used.has(nm)) nm += '2'; used.add(nm);
    const base = st.top && st.name.length < 5 ? pick(COUNTIES) : st.name.replace(/合计$/, '');
    opt.titleText = base + opt.year + '年' + { basic: '退役军人及优抚对象基本情况', emp: '退役士兵就业安置情况', station: '退役军人服务站建设情况', yoyT: '退役军人人数增减情况', yoyAmt: '抚恤补助金发放情况', mixed: '退役军人事务工作主要情况', ind: '退役军人事务主要指标', cols: '退役军人事务分地区情况' }[typ] + (R() < 0.3 ? '统计表' : '');
    let sh; opt.structure = st;
    if (typ === 'ind') sh = indicatorSheet(nm, st, opt);
    else if (typ === 'cols') sh = regionsAsColsSheet(nm, { kids: st.kids.slice(0, 6).map((k) => Object.assign({}, k, { kids: undefined })), name: st.name, ...agg(st.name, st.kids.slice(0, 6)) }, opt);
    else sh = regionalSheet(nm, typ, opt);
    sh.opt = opt; sheets.push(sh);
  }
  return sheets;
}

function get(sh, a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; const row = sh.g[+m[2] - 1]; return row ? row[c - 1] : undefined; }
function slip(v, dec) {
  const f = Math.pow(10, dec);
  const opts = [];
  const s = Math.round(Math.abs(v) * f).toString();
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) { const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); if (t[0] !== '0') opts.push(Math.sign(v || 1) * Number(t) / f); }
  const mag = Math.pow(10, Math.max(0, s.length - 2 - ri(0, 1))) / f;
  opts.push(rnd(v + mag * ri(1, 9), dec), rnd(v - mag * ri(1, 9), dec));
  if (dec === 0 && Math.abs(v) > 20) opts.push(v + pick([10, -10, 100, 1, -1, 9]));
  return pick(opts);
}
function brokenBy(sh, cell) { return sh.rels.filter((r) => relCells(r).includes(cell)).some((r) => { const e = evalRel(r, (a) => get(sh, a)); return e !== null && e > 1e-9; }); }
function plant(sheets, kind) {
  for (let tries = 0; tries < 200; tries++) {
    const sh = pick(sheets); const cs = sh.cands.filter((c) => c.kind === kind); if (!cs.length) continue;
    const c = pick(cs); const cell = A(c.r, c.c); const was = sh.g[c.r][c.c]; if (typeof was !== 'number') continue;
    const now = slip(was, c.dec); if (now === was || now < 0 || (kind === 'rate' && now > 100)) continue;
    sh.g[c.r][c.c] = now;
    // must break by a clear margin (the relation excess > 2x its tolerance or >= 1 unit)
    const ok = sh.rels.filter((r) => relCells(r).includes(cell)).some((r) => { const e = evalRel(r, (a) => get(sh, a)); return e !== null && e > Math.max(r.tol * 2, 0.2 * Math.abs(now - was)) && e > 0.05; });
    if (ok) return { sheet: sh.name, cell, was, now, kind };
    sh.g[c.r][c.c] = was;
  }
  return null;
}

async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.g.forEach((row, r) => row && row.forEach((v, c) => { if (v === null || v === undefined) return; const cell = ws.getCell(r + 1, c + 1); cell.value = v; if (typeof v === 'number' && !Number.isInteger(v)) cell.numFmt = '0.' + '0'.repeat(String(v).split('.')[1].length > 1 ? 2 : 1); }));
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    ws.getColumn(1).width = 18;
  }
  await wb.xlsx.writeFile(file);
}

async function genSet(set, count, plantShare, seed, hunt) {
  R = mulberry(seed);
  const dir = path.join(__dirname, set); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const manifest = [], rels = {};
  const kinds = ['total', 'part', 'rate', 'change', 'perhead'];
  let i = 0;
  while (manifest.length < count) {
    const sheets = makeBook(hunt);
    const bad = sheets.some((sh) => sh.rels.some((r) => { const e = evalRel(r, (a) => get(sh, a)); return e !== null && e > 1e-9; }));
    if (bad) { for (const sh of sheets) for (const r of sh.rels) { const e = evalRel(r, (a) => get(sh, a)); if (e !== null && e > 1e-9) console.error('inconsistent', sh.name, JSON.stringify(r), e); } continue; }
    const twin = !hunt && R() < plantShare;
    const books = [{ sheets, plants: [] }];
    if (twin) {
      const copy = sheets.map((sh) => Object.assign(Object.create(Object.getPrototypeOf(sh)), sh, { g: sh.g.map((r) => r && r.slice()) }));
      const p = plant(copy, kinds[i % kinds.length]) || plant(copy, 'part');
      if (p) books.push({ sheets: copy, plants: [p] });
    }
    for (const b of books) {
      if (manifest.length >= count) break;
      const file = `${set[0]}${String(manifest.length + 1).padStart(3, '0')}.xlsx`;
      // in probe sets, drop some clean originals so planted ones are not always twins
      await writeBook(b.sheets, path.join(dir, file));
      manifest.push({ file, plants: b.plants });
      rels[file] = b.sheets.map((sh) => ({ sheet: sh.name, rels: sh.rels }));
    }
    i++;
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(dir, 'rels.json'), JSON.stringify(rels));
  console.log(set, manifest.length, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
}

(async () => {
  const want = process.argv.slice(2);
  const all = [['cases', 30, 1, 1001, false], ['probe', 60, 1, 2002, false], ['hunt1', 120, 0, 3003, true], ['hunt2', 120, 0, 4004, true]];
  for (const s of all) if (!want.length || want.includes(s[0])) await genSet(...s);
})();
