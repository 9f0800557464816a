// node gen.js SET COUNT SEED [VARIANT]  -> /tmp/round108b/SET/*.xlsx + manifest.json, /tmp/round108b/rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const ROOT = '/tmp/round108b';
const [SET, COUNT, SEED, VARIANT] = [process.argv[2], +process.argv[3] || 30, +process.argv[4] || 1, process.argv[5] || 'a'];
const CLEANFRAC = process.argv[6] !== undefined ? +process.argv[6] : 0.5;

let seed = SEED >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const r2 = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

const CITIES = ['赣州市', '吉安市', '上饶市', '宜春市', '抚州市', '九江市', '南平市', '三明市', '邵阳市', '常德市', '衡阳市', '曲靖市'];
const COUNTIES = ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '龙南市', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '吉州区', '青原区', '井冈山市', '永丰县', '泰和县', '遂川县', '万安县', '安福县', '永新县', '峡江县', '新干县', '吉水县'];
const TOWNS = ['城东街道', '城西街道', '新华街道', '解放街道', '东门街道', '梅林镇', '长洛乡', '黄坑镇', '江口镇', '罗珊乡', '大坪乡', '蟠龙镇', '沙石镇', '高陂镇', '湖江镇', '水西镇', '龙口镇', '白石乡', '经开区管委会', '高新区'];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周婷', '吴刚'];
const STAGES = [
  { k: 'app', name: '入党申请人', next: '确定为入党积极分子', big: [80, 900] },
  { k: 'act', name: '入党积极分子', next: '确定为发展对象', big: [40, 500] },
  { k: 'obj', name: '发展对象', next: '发展为预备党员', big: [10, 150] },
  { k: 'pre', name: '预备党员', next: '按期转正', big: [15, 200] },
];

// ---------- sheet model ----------
class Sheet {
  constructor(name, opt) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.roles = new Map(); this.fmt = new Map(); this.opt = opt; this.maxCol = 1; }
  set(r, c, v, role, fmt) {
    this.cells.set(A(r, c), v); if (role) this.roles.set(A(r, c), role); if (fmt) this.fmt.set(A(r, c), fmt);
    if (c > this.maxCol) this.maxCol = c;
  }
  // numeric value with display rules (dash for zero, text numbers)
  num(r, c, v, role, dec) {
    let out = v;
    if (v === 0 && this.opt.dash && role !== 'rate') out = this.opt.dashChar;
    else if (this.opt.textNum && chance(this.opt.textNum)) out = dec ? v.toFixed(dec) : String(v);
    this.set(r, c, out, role, dec ? (dec === 1 ? '0.0' : '0.00') : '0');
  }
  merge(r1, c1, r2_, c2) { if (r1 === r2_ && c1 === c2) return; this.merges.push([r1, c1, r2_, c2]); }
  rel(x) { this.rels.push(x); }
}

function unitNames(n, kind) {
  const pool = kind === 'town' ? TOWNS : COUNTIES;
  return shuffle(pool).slice(0, n);
}
function decorate(name, i, style) {
  if (style === 'indent') return '　　' + name;
  if (style === 'num') return (i + 1) + '.' + name;
  if (style === 'paren') return '（' + '一二三四五六七八九十'[i] + '）' + name;
  return name;
}
// row layout: returns [{label, kind:'total'|'sub'|'unit', members:[idx of rows], group}]
function rowPlan(opt) {
  const kind = opt.unitKind;
  const grouped = chance(opt.groupP);
  let rows = [];
  if (grouped) {
    const ng = ri(2, 3); const names = unitNames(ng * 5, kind); let k = 0;
    const gnames = kind === 'town' ? ['街道', '乡镇', '园区'] : pick([['市直', '县（市）', '区'], ['东片', '西片', '南片'], ['一片区', '二片区', '三片区']]);
    // consistent per-sheet convention: subtotal rows after members are labelled "…小计"; rows before members are headings "一、…"
    const after = opt.subAfter; const headStyle = pick(['cn', 'cn', 'plain']);
    const ms = !after && headStyle === 'plain' && opt.nameStyle === 'plain' ? 'indent' : opt.nameStyle;
    for (let g = 0; g < ng; g++) {
      let label;
      if (after) label = pick([gnames[g] + '小计', gnames[g] + '小计', '小计']);
      else label = headStyle === 'cn' ? '一二三'[g] + '、' + gnames[g] : gnames[g];
      const sub = { label, kind: 'sub', members: [] };
      const mem = [];
      const nu = ri(2, 4);
      for (let u = 0; u < nu; u++) mem.push({ label: decorate(names[k++], u, ms), kind: 'unit' });
      sub.members = mem;
      if (after) rows.push(...mem, sub); else rows.push(sub, ...mem);
    }
  } else {
    const names = unitNames(ri(4, 10), kind);
    names.forEach((n, i) => rows.push({ label: decorate(n, i, opt.nameStyle === 'paren' ? 'num' : opt.nameStyle), kind: 'unit' }));
  }
  const tot = { label: pick(['合计', '总计', '全市', '合　计', opt.city + '合计']), kind: 'total', members: rows.filter((r) => r.kind === (grouped ? 'sub' : 'unit')) };
  if (opt.totalTop && !(grouped && opt.subAfter)) rows.unshift(tot); else rows.push(tot);
  return rows;
}

function titleBlock(sh, title, ncol, opt) {
  let r = 1;
  if (opt.tableNo) { sh.set(r, 1, opt.tableNo); r++; }
  sh.set(r, 1, title); sh.merge(r, 1, r, ncol); r++;
  if (opt.unitLine) {
    const u = pick(['单位：人', '单位：人、%', '计量单位：名', '单位：人；%']);
    if (chance(0.5)) { sh.set(r, 1, '填报单位：' + opt.city + '委组织部（盖章）'); sh.set(r, ncol, u); }
    else { sh.set(r, ncol, u); }
    r++;
  }
  return r;
}
function notes(sh, r, ncol, lines) {
  r++;
  for (const l of lines) { sh.set(r, 1, l); sh.merge(r, 1, r, ncol); r++; }
  if (chance(0.7)) { sh.set(r, 1, '填报人：' + pick(NAMES)); sh.set(r, Math.max(3, ncol - 2), '联系电话：0797-' + ri(8000000, 8999999)); r++; }
  if (chance(0.5)) { sh.set(r, 1, '审核人：' + pick(NAMES) + '　　填报日期：2024年' + ri(1, 12) + '月' + ri(1, 28) + '日'); }
}
// headers: cols [{h1, h2|null}] ; grouped h1 consecutive equal -> merged
function header(sh, r0, first, cols, twoRow) {
  sh.set(r0, 1, first); if (twoRow) sh.merge(r0, 1, r0 + 1, 1);
  let c = 2;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    if (!twoRow) { sh.set(r0, c, col.h2 ? (col.h1g ? col.h2 : col.h1 + col.h2) : col.h1); c++; continue; }
    if (!col.h2) { sh.set(r0, c, col.h1); sh.merge(r0, c, r0 + 1, c); c++; continue; }
    let j = i; while (j + 1 < cols.length && cols[j + 1].h1 === col.h1 && cols[j + 1].h2) j++;
    sh.set(r0, c, col.h1); sh.merge(r0, c, r0, c + (j - i));
    for (let k = i; k <= j; k++) sh.set(r0 + 1, c + (k - i), cols[k].h2);
    c += j - i + 1; i = j;
  }
  return r0 + (twoRow ? 2 : 1);
}
// write a units-as-rows table; data[rowObj][key] numbers for count keys; computed columns by spec
function writeRowsTable(sh, r, rows, cols, opt) {
  const rowOf = new Map();
  rows.forEach((ro, i) => rowOf.set(ro, r + i));
  rows.forEach((ro) => {
    const rr = rowOf.get(ro);
    sh.set(rr, 1, ro.label);
    cols.forEach((col, ci) => {
      const c = ci + 2; const v = ro.v[col.key];
      if (v === undefined || v === null) { sh.set(rr, c, opt.dashChar); return; }
      const role = col.type === 'count' ? (ro.kind === 'total' ? 'total' : ro.kind === 'sub' ? 'subtotal' : 'part') : col.type;
      sh.num(rr, c, v, role, col.dec || 0);
    });
  });
  // column sums
  cols.forEach((col, ci) => {
    if (col.type !== 'count') return; const c = ci + 2;
    for (const ro of rows) if (ro.members) sh.rel({ t: 'sum', total: A(rowOf.get(ro), c), parts: ro.members.map((m) => A(rowOf.get(m), c)), tol: 0, kind: ro.kind === 'total' ? 'total' : 'subtotal' });
  });
  return { rowOf, end: r + rows.length };
}
function colIdx(cols, key) { return cols.findIndex((c) => c.key === key) + 2; }
function aggregate(rows, keys) {
  const agg = (ro) => { if (!ro.members) return; ro.members.forEach(agg); ro.v = {}; for (const k of keys) ro.v[k] = ro.members.reduce((a, m) => a + m.v[k], 0); };
  rows.filter((r) => r.kind === 'total').forEach(agg);
}

// ---------- sheet type 1: stage balance ----------
function sheetBalance(name, opt) {
  const sh = new Sheet(name, opt); const st = pick(STAGES);
  const rows = rowPlan(opt);
  const hasDecSplit = chance(0.6), hasIncSplit = chance(0.8), hasTwoNew = chance(0.7);
  for (const ro of rows) if (ro.kind === 'unit') {
    const start = ri(st.big[0], st.big[1]) >> (opt.unitKind === 'town' ? 2 : 0);
    const inc = ri(Math.floor(start * 0.05), Math.floor(start * 0.35) + 2), dec = ri(0, Math.floor((start + inc) * 0.3));
    const end = start + inc - dec;
    const decNext = ri(Math.floor(dec * 0.6), dec);
    const ng = ri(0, Math.floor(end * 0.3)), so = chance(0.2) ? 0 : ri(0, Math.floor(end * 0.1));
    ro.v = { start, inc, incF: ri(Math.floor(inc * 0.2), Math.floor(inc * 0.55)), incY: ri(Math.floor(inc * 0.4), Math.floor(inc * 0.85)), dec, decNext, decOther: dec - decNext, end, ng, so };
  }
  const keys = ['start', 'inc', 'incF', 'incY', 'dec', 'decNext', 'decOther', 'end', 'ng', 'so'];
  aggregate(rows, keys);
  const cols = [{ key: 'start', h1: pick(['期初数', '上期末数', '期初人数']), type: 'count' }];
  if (hasIncSplit) { cols.push({ key: 'inc', h1: '本期增加', h2: pick(['小计', '计', '人数']), type: 'count', h1g: 1 }, { key: 'incF', h1: '本期增加', h2: '其中：女', type: 'count', h1g: 1 }, { key: 'incY', h1: '本期增加', h2: '35岁及以下', type: 'count', h1g: 1 }); }
  else cols.push({ key: 'inc', h1: '本期增加', type: 'count' });
  if (hasDecSplit) cols.push({ key: 'dec', h1: '本期减少', h2: '小计', type: 'count', h1g: 1 }, { key: 'decNext', h1: '本期减少', h2: st.next, type: 'count', h1g: 1 }, { key: 'decOther', h1: '本期减少', h2: '其他原因减少', type: 'count', h1g: 1 });
  else cols.push({ key: 'dec', h1: '本期减少', type: 'count' });
  cols.push({ key: 'end', h1: pick(['期末数', '期末人数', '本期末数']), type: 'count' });
  if (hasTwoNew) cols.push({ key: 'ng', h1: '期末数中', h2: '非公企业', type: 'count', h1g: 1 }, { key: 'so', h1: '期末数中', h2: '社会组织', type: 'count', h1g: 1 });
  const ncol = cols.length + 1;
  let r = titleBlock(sh, `${opt.city}${opt.year}年${opt.qname}${st.name}队伍变化情况统计表`, ncol, opt);
  r = header(sh, r, pick(['单位', '县（市、区）', '地区', '单位名称']), cols, true);
  if (chance(0.25)) { sh.set(r, 1, '甲'); cols.forEach((c, i) => sh.set(r, i + 2, i + 1)); r++; }
  const { rowOf, end } = writeRowsTable(sh, r, rows, cols, opt);
  for (const ro of rows) {
    const rr = rowOf.get(ro), C = (k) => A(rr, colIdx(cols, k));
    sh.rel({ t: 'bal', end: C('end'), plus: [C('start'), C('inc')], minus: [C('dec')], tol: 0, kind: 'balance' });
    if (hasIncSplit) { sh.rel({ t: 'le', whole: C('inc'), parts: [C('incF')], tol: 0 }); sh.rel({ t: 'le', whole: C('inc'), parts: [C('incY')], tol: 0 }); }
    if (hasDecSplit) sh.rel({ t: 'sum', total: C('dec'), parts: [C('decNext'), C('decOther')], tol: 0, kind: 'part' });
    if (hasTwoNew) sh.rel({ t: 'le', whole: C('end'), parts: [C('ng'), C('so')], tol: 0 });
  }
  notes(sh, end, ncol, pick([['注：期末数=期初数+本期增加-本期减少。'], ['说明：本表统计口径为' + opt.year + '年' + opt.qname + '。', '“非公企业”“社会组织”指两新组织中的' + st.name + '。'], []]));
  return sh;
}

// ---------- sheet type 2: plan completion ----------
function sheetPlan(name, opt) {
  const sh = new Sheet(name, opt); const rows = rowPlan(opt);
  const d = opt.rateDec, hasY = chance(0.7), hasG = chance(0.7), hasTwoNew = chance(0.6), hasQ = chance(0.6);
  for (const ro of rows) if (ro.kind === 'unit') {
    const plan = ri(20, 260) >> (opt.unitKind === 'town' ? 2 : 0) || 5;
    const cum = Math.max(0, Math.round(plan * (opt.qn / 4) * (0.6 + rnd() * 0.7)));
    const q = ri(Math.floor(cum * 0.2), cum);
    const f = ri(Math.floor(cum * 0.25), Math.floor(cum * 0.55)), y = ri(Math.floor(cum * 0.5), Math.floor(cum * 0.9));
    const ng = ri(0, Math.floor(cum * 0.25)), so = chance(0.3) ? 0 : ri(0, Math.floor(cum * 0.1));
    const prev = Math.max(1, Math.round(cum * (0.75 + rnd() * 0.5)));
    ro.v = { plan, q, cum, f, y, ng, so, prev };
  }
  aggregate(rows, ['plan', 'q', 'cum', 'f', 'y', 'ng', 'so', 'prev']);
  for (const ro of rows) { const v = ro.v; v.rate = r2(v.cum / v.plan * 100, d); v.fs = v.cum ? r2(v.f / v.cum * 100, d) : null; v.ys = v.cum ? r2(v.y / v.cum * 100, d) : null; v.g = r2((v.cum / v.prev - 1) * 100, opt.gDec); }
  const cols = [{ key: 'plan', h1: pick(['年度计划', '全年计划数', '年度发展计划']), type: 'count' }];
  if (hasQ) cols.push({ key: 'q', h1: '发展党员数', h2: opt.qname.replace('第', '') === opt.qname ? '本季' : '本季度', type: 'count', h1g: 1 });
  cols.push({ key: 'cum', h1: '发展党员数', h2: pick(['累计', '1-' + opt.qn + '季度累计', '年初至本季末']), type: 'count', h1g: 1 });
  cols.push({ key: 'rate', h1: pick(['完成率(%)', '发展党员完成率（%）', '计划完成率%']), type: 'rate', dec: d });
  cols.push({ key: 'f', h1: '其中：女', h2: '人数', type: 'count', h1g: 1 }, { key: 'fs', h1: '其中：女', h2: '占比(%)', type: 'share', dec: d, h1g: 1 });
  if (hasY) cols.push({ key: 'y', h1: '35岁及以下', h2: '人数', type: 'count', h1g: 1 }, { key: 'ys', h1: '35岁及以下', h2: '占比(%)', type: 'share', dec: d, h1g: 1 });
  if (hasTwoNew) cols.push({ key: 'ng', h1: '两新组织', h2: '非公企业', type: 'count', h1g: 1 }, { key: 'so', h1: '两新组织', h2: '社会组织', type: 'count', h1g: 1 });
  if (hasG) cols.push({ key: 'prev', h1: pick(['上年同期', '上年同期累计']), type: 'count' }, { key: 'g', h1: pick(['比上年增长(%)', '同比增长（%）', '增长%']), type: 'growth', dec: opt.gDec });
  const ncol = cols.length + 1;
  let r = titleBlock(sh, `${opt.year}年${opt.qname}发展党员计划完成情况`, ncol, opt);
  r = header(sh, r, pick(['县（市、区）', '单位', '乡镇（街道）']), cols, true);
  const { rowOf, end } = writeRowsTable(sh, r, rows, cols, opt);
  for (const ro of rows) {
    const rr = rowOf.get(ro), C = (k) => A(rr, colIdx(cols, k)); const tol = 0.5 * Math.pow(10, -d) + 1e-6;
    sh.rel({ t: 'rate', cell: C('rate'), num: C('cum'), den: C('plan'), k: 100, tol, kind: 'rate' });
    if (ro.v.cum) sh.rel({ t: 'rate', cell: C('fs'), num: C('f'), den: C('cum'), k: 100, tol, kind: 'share' });
    if (hasY && ro.v.cum) sh.rel({ t: 'rate', cell: C('ys'), num: C('y'), den: C('cum'), k: 100, tol, kind: 'share' });
    if (hasQ) sh.rel({ t: 'le', whole: C('cum'), parts: [C('q')], tol: 0 });
    if (hasTwoNew) sh.rel({ t: 'le', whole: C('cum'), parts: [C('ng'), C('so')], tol: 0 });
    if (hasG) sh.rel({ t: 'growth', cell: C('g'), cur: C('cum'), prev: C('prev'), tol: 0.5 * Math.pow(10, -opt.gDec) + 1e-6, kind: 'growth' });
  }
  notes(sh, end, ncol, pick([['注：完成率=累计发展党员数÷年度计划数×100%。'], ['注：1.占比为占累计发展党员数的比重；', '2.两新组织含非公有制企业和社会组织。'], []]));
  return sh;
}

// ---------- sheet type 3: quarterly running ----------
function sheetRunning(name, opt) {
  const sh = new Sheet(name, opt);
  if (chance(0.5)) { // units as rows, quarters as columns
    const rows = rowPlan(opt); const qn = Math.max(2, opt.qn);
    const ind = pick(['发展党员', '确定入党积极分子', '列为发展对象', '预备党员转正']);
    const hasPrev = chance(0.6);
    for (const ro of rows) if (ro.kind === 'unit') { ro.v = {}; let s = 0; for (let q = 1; q <= qn; q++) { ro.v['q' + q] = ri(0, 40) >> (opt.unitKind === 'town' ? 1 : 0); s += ro.v['q' + q]; } ro.v.cum = s; ro.v.prev = Math.max(1, Math.round(s * (0.7 + rnd() * 0.6))); }
    const keys = []; for (let q = 1; q <= qn; q++) keys.push('q' + q); keys.push('cum', 'prev');
    aggregate(rows, keys);
    for (const ro of rows) ro.v.g = r2((ro.v.cum / ro.v.prev - 1) * 100, opt.gDec);
    const cols = []; for (let q = 1; q <= qn; q++) cols.push({ key: 'q' + q, h1: ind + '数', h2: '一二三四'[q - 1] + '季度', type: 'count', h1g: 1 });
    cols.push({ key: 'cum', h1: ind + '数', h2: pick(['累计', '合计', '1-' + qn + '季度']), type: 'count', h1g: 1 });
    if (hasPrev) cols.push({ key: 'prev', h1: '上年同期', type: 'count' }, { key: 'g', h1: pick(['比上年增长(%)', '增减(%)', '同比±%']), type: 'growth', dec: opt.gDec });
    const ncol = cols.length + 1;
    let r = titleBlock(sh, `${opt.year}年分季度${ind}情况`, ncol, opt);
    r = header(sh, r, pick(['单位', '县区', '地区']), cols, true);
    const { rowOf, end } = writeRowsTable(sh, r, rows, cols, opt);
    for (const ro of rows) {
      const rr = rowOf.get(ro), C = (k) => A(rr, colIdx(cols, k));
      sh.rel({ t: 'sum', total: C('cum'), parts: keys.filter((k) => k[0] === 'q').map(C), tol: 0, kind: 'running' });
      if (hasPrev) sh.rel({ t: 'growth', cell: C('g'), cur: C('cum'), prev: C('prev'), tol: 0.5 * Math.pow(10, -opt.gDec) + 1e-6, kind: 'growth' });
    }
    // mark cum cells role running
    for (const ro of rows) sh.roles.set(A(rowOf.get(ro), colIdx(cols, 'cum')), 'running');
    notes(sh, end, ncol, [pick(['注：累计数为年初至本季度末数。', '注：' + ind + '数按党组织审批时间统计。'])]);
    return sh;
  }
  // quarters as rows, indicators as columns, running subtotals
  const inds = shuffle([['app', '递交入党申请书'], ['act', '确定入党积极分子'], ['obj', '列为发展对象'], ['dev', '发展党员'], ['conf', '预备党员转正']]).slice(0, ri(3, 5));
  const hasPrev = chance(0.5);
  const q = [1, 2, 3, 4].map(() => { const o = {}; for (const [k] of inds) o[k] = ri(15, 400); return o; });
  const rowsSpec = [];
  const add = (o, label, role) => rowsSpec.push({ label, v: o, role });
  const sumQ = (n) => { const o = {}; for (const [k] of inds) o[k] = q.slice(0, n).reduce((a, x) => a + x[k], 0); return o; };
  const style = pick(['halfyear', 'cum']);
  if (style === 'halfyear') {
    add(q[0], '一季度'); add(q[1], '二季度'); add(sumQ(2), '上半年', 'running'); add(q[2], '三季度'); add(sumQ(3), '前三季度', 'running'); add(q[3], '四季度'); add(sumQ(4), '全年', 'running');
  } else {
    for (let i = 0; i < 4; i++) { add(q[i], '一二三四'[i] + '季度'); add(sumQ(i + 1), i === 0 ? '累计' : '1-' + (i + 1) + '季度累计', 'running'); }
    if (chance(0.5)) { rowsSpec.splice(1, 1); }
  }
  const cols = inds.map(([k, h]) => ({ key: k, h1: h + (chance(0.5) ? '（人）' : ''), type: 'count' }));
  const ncol = cols.length + 1;
  let r = titleBlock(sh, `${opt.city}${opt.year}年发展党员工作进度表`, ncol, opt);
  r = header(sh, r, pick(['时间', '季度', '期别']), cols, false);
  const r0 = r;
  rowsSpec.forEach((ro, i) => { sh.set(r0 + i, 1, ro.label); cols.forEach((c, ci) => sh.num(r0 + i, ci + 2, ro.v[c.key], ro.role === 'running' ? 'running' : 'part', 0)); });
  // relations
  rowsSpec.forEach((ro, i) => {
    if (ro.role !== 'running') return;
    cols.forEach((c, ci) => {
      let parts;
      if (style === 'halfyear') { const qi = []; for (let j = 0; j < i; j++) if (rowsSpec[j].role !== 'running') qi.push(j); parts = qi; }
      else { // prev running + this quarter, or quarters
        let pr = -1; for (let j = i - 1; j >= 0; j--) if (rowsSpec[j].role === 'running') { pr = j; break; }
        parts = pr >= 0 ? [pr, i - 1] : []; if (pr < 0) for (let j = 0; j < i; j++) parts.push(j);
      }
      if (parts.length < 1) return;
      sh.rel({ t: 'sum', total: A(r0 + i, ci + 2), parts: parts.map((j) => A(r0 + j, ci + 2)), tol: 0, kind: 'running' });
    });
  });
  notes(sh, r0 + rowsSpec.length, ncol, [pick(['注：“发展党员”指接收的预备党员。', '数据来源：全国党员管理信息系统。'])]);
  return sh;
}

// ---------- sheet type 4: regions as columns, indicators as rows ----------
function sheetColumns(name, opt) {
  const sh = new Sheet(name, opt);
  const n = ri(3, 7); const names = unitNames(n, opt.unitKind);
  const d = opt.rateDec;
  const stages = STAGES.slice(0, ri(2, 4));
  const U = names.map(() => ({}));
  for (const u of U) for (const st of stages) { const s = ri(st.big[0], st.big[1]) >> 1, inc = ri(2, Math.floor(s * 0.3) + 2), dec = ri(0, Math.floor((s + inc) * 0.3)); u[st.k] = { s, inc, dec, e: s + inc - dec, f: ri(0, Math.floor((s + inc - dec) * 0.5)) }; }
  for (const u of U) { u.plan = ri(30, 200); u.dev = Math.round(u.plan * (0.4 + rnd() * 0.8)); u.devF = ri(Math.floor(u.dev * 0.2), Math.floor(u.dev * 0.5)); }
  const T = {}; for (const st of stages) { T[st.k] = {}; for (const k of ['s', 'inc', 'dec', 'e', 'f']) T[st.k][k] = U.reduce((a, u) => a + u[st.k][k], 0); }
  T.plan = U.reduce((a, u) => a + u.plan, 0); T.dev = U.reduce((a, u) => a + u.dev, 0); T.devF = U.reduce((a, u) => a + u.devF, 0);
  const totFirst = chance(0.75);
  const colsOrder = totFirst ? ['T', ...names.map((_, i) => i)] : [...names.map((_, i) => i), 'T'];
  const ncol = colsOrder.length + (opt.unitCol ? 2 : 1);
  let r = titleBlock(sh, `${opt.city}${opt.year}年${opt.qname}党员发展工作情况（分县区）`, ncol, opt);
  const c0 = opt.unitCol ? 3 : 2;
  sh.set(r, 1, '指标'); if (opt.unitCol) sh.set(r, 2, '计量单位');
  colsOrder.forEach((x, i) => sh.set(r, c0 + i, x === 'T' ? pick(['全市', '合计', '全市合计']) : names[x]));
  r++;
  const line = (label, get, role, dec, unit) => {
    sh.set(r, 1, label); if (opt.unitCol) sh.set(r, 2, unit || '人');
    colsOrder.forEach((x, i) => { const v = get(x === 'T' ? T : U[x]); if (v === null) sh.set(r, c0 + i, opt.dashChar); else sh.num(r, c0 + i, v, x === 'T' && role === 'part' ? 'total' : role, dec); });
    const rr = r; r++; return rr;
  };
  const CN = '一二三四五六七八';
  const rowIdx = {};
  stages.forEach((st, si) => {
    sh.set(r, 1, CN[si] + '、' + st.name); r++;
    const k = st.k;
    rowIdx[k] = { s: line('　　期初数', (o) => o[k].s, 'part'), inc: line('　　本期增加', (o) => o[k].inc, 'part'), dec: line('　　本期减少', (o) => o[k].dec, 'part'), e: line('　　期末数', (o) => o[k].e, 'part'), f: line('　　　其中：女', (o) => o[k].f, 'part') };
  });
  sh.set(r, 1, CN[stages.length] + '、发展党员'); r++;
  const rp = line('　　年度计划', (o) => o.plan, 'part'), rd = line('　　累计发展', (o) => o.dev, 'part'), rf = line('　　　其中：女', (o) => o.devF, 'part');
  const rr = line('　　完成率（%）', (o) => r2(o.dev / o.plan * 100, d), 'rate', d, '%');
  const tolR = 0.5 * Math.pow(10, -d) + 1e-6;
  colsOrder.forEach((x, i) => {
    const c = c0 + i;
    for (const st of stages) { const ix = rowIdx[st.k]; sh.rel({ t: 'bal', end: A(ix.e, c), plus: [A(ix.s, c), A(ix.inc, c)], minus: [A(ix.dec, c)], tol: 0, kind: 'balance' }); sh.rel({ t: 'le', whole: A(ix.e, c), parts: [A(ix.f, c)], tol: 0 }); }
    sh.rel({ t: 'rate', cell: A(rr, c), num: A(rd, c), den: A(rp, c), k: 100, tol: tolR, kind: 'rate' });
    sh.rel({ t: 'le', whole: A(rd, c), parts: [A(rf, c)], tol: 0 });
  });
  const tc = c0 + colsOrder.indexOf('T');
  const uc = colsOrder.map((x, i) => x === 'T' ? null : c0 + i).filter((x) => x);
  const countRows = [...Object.values(rowIdx).flatMap((o) => Object.values(o)), rp, rd, rf];
  for (const row of countRows) sh.rel({ t: 'sum', total: A(row, tc), parts: uc.map((c) => A(row, c)), tol: 0, kind: 'total' });
  notes(sh, r, ncol, [pick(['注：完成率=累计发展数/年度计划×100。', '说明：期末数=期初数+本期增加-本期减少。'])]);
  return sh;
}

// ---------- sheet type 5: structure vs last year ----------
function sheetCompare(name, opt) {
  const sh = new Sheet(name, opt); const d = opt.rateDec, gd = opt.gDec;
  const base = ri(300, 4000); const prevBase = Math.round(base * (0.8 + rnd() * 0.4));
  const parts = [['女', 0.3, 0.5], ['35岁及以下', 0.6, 0.85], ['大专及以上学历', 0.4, 0.7], ['生产、工作一线', 0.4, 0.6], ['非公企业', 0.05, 0.2], ['社会组织', 0.01, 0.05], ['少数民族', 0, 0.03]];
  const chosen = parts.filter((p) => p[0] === '女' || chance(0.7));
  const items = [{ label: pick(['发展党员总数', '发展党员', '本年累计发展党员']), cur: base, prev: prevBase, tot: true }];
  for (const [lab, a, b] of chosen) items.push({ label: (items.length === 1 ? '其中：' : (opt.nameStyle === 'indent' ? '　　　' : '')) + lab, cur: Math.round(base * (a + rnd() * (b - a))), prev: Math.round(prevBase * (a + rnd() * (b - a))) });
  const hasDiff = chance(0.6), hasShare = chance(0.8), hasPP = hasShare && chance(0.8);
  const cols = [{ key: 'cur', h1: pick(['本年累计', '本期', opt.year + '年1-' + opt.qn + '季度']) }, { key: 'prev', h1: pick(['上年同期', (opt.year - 1) + '年同期']) }];
  if (hasDiff) cols.push({ key: 'diff', h1: '增减数' });
  cols.push({ key: 'g', h1: pick(['增长(%)', '比上年增长%', '增减幅度(%)']) });
  if (hasShare) cols.push({ key: 'sh', h1: '占发展总数比重(%)', h2: '本年' }, { key: 'shp', h1: '占发展总数比重(%)', h2: '上年同期' });
  if (hasPP) cols.push({ key: 'pp', h1: '占发展总数比重(%)', h2: '增减(百分点)' });
  const ncol = cols.length + 1;
  let r = titleBlock(sh, `${opt.city}${opt.year}年${opt.qname}发展党员结构情况`, ncol, opt);
  r = header(sh, r, '项目', cols, hasShare);
  const r0 = r; const ci = (k) => cols.findIndex((c) => c.key === k) + 2;
  items.forEach((it, i) => {
    const rr = r0 + i; sh.set(rr, 1, it.label);
    sh.num(rr, ci('cur'), it.cur, it.tot ? 'total' : 'part'); sh.num(rr, ci('prev'), it.prev, it.tot ? 'total' : 'part');
    if (hasDiff) { sh.set(rr, ci('diff'), it.cur - it.prev, 'balance'); sh.rel({ t: 'bal', end: A(rr, ci('diff')), plus: [A(rr, ci('cur'))], minus: [A(rr, ci('prev'))], tol: 0, kind: 'balance' }); }
    if (it.prev) { sh.num(rr, ci('g'), r2((it.cur / it.prev - 1) * 100, gd), 'growth', gd); sh.rel({ t: 'growth', cell: A(rr, ci('g')), cur: A(rr, ci('cur')), prev: A(rr, ci('prev')), tol: 0.5 * Math.pow(10, -gd) + 1e-6, kind: 'growth' }); }
    else sh.set(rr, ci('g'), opt.dashChar);
    if (hasShare) {
      if (it.tot) { if (chance(0.5)) { sh.set(rr, ci('sh'), 100); sh.set(rr, ci('shp'), 100); } else { sh.set(rr, ci('sh'), opt.dashChar); sh.set(rr, ci('shp'), opt.dashChar); } if (hasPP) sh.set(rr, ci('pp'), opt.dashChar); }
      else {
        const s1 = r2(it.cur / base * 100, d), s0 = r2(it.prev / prevBase * 100, d);
        sh.num(rr, ci('sh'), s1, 'share', d); sh.num(rr, ci('shp'), s0, 'share', d);
        const tol = 0.5 * Math.pow(10, -d) + 1e-6;
        sh.rel({ t: 'rate', cell: A(rr, ci('sh')), num: A(rr, ci('cur')), den: A(r0, ci('cur')), k: 100, tol, kind: 'share' });
        sh.rel({ t: 'rate', cell: A(rr, ci('shp')), num: A(rr, ci('prev')), den: A(r0, ci('prev')), k: 100, tol, kind: 'share' });
        if (hasPP) { sh.num(rr, ci('pp'), r2(s1 - s0, d), 'pp', d); sh.rel({ t: 'pp', cell: A(rr, ci('pp')), cur: A(rr, ci('sh')), prev: A(rr, ci('shp')), tol: 1e-6, kind: 'pp' }); }
      }
    }
    if (!it.tot) { sh.rel({ t: 'le', whole: A(r0, ci('cur')), parts: [A(rr, ci('cur'))], tol: 0 }); sh.rel({ t: 'le', whole: A(r0, ci('prev')), parts: [A(rr, ci('prev'))], tol: 0 }); }
  });
  const ix = (lab) => items.findIndex((it) => it.label.endsWith(lab));
  if (ix('非公企业') > 0 && ix('社会组织') > 0) for (const k of ['cur', 'prev']) sh.rel({ t: 'le', whole: A(r0, ci(k)), parts: [A(r0 + ix('非公企业'), ci(k)), A(r0 + ix('社会组织'), ci(k))], tol: 0 });
  notes(sh, r0 + items.length, ncol, [pick(['注：比重=该项人数÷发展党员总数×100%。', '注：增减（百分点）=本年比重-上年同期比重。', '注：“两新组织”含非公有制经济组织和社会组织。'])]);
  return sh;
}

// ---------- workbook ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, v] of sh.cells) { const c = ws.getCell(a); c.value = v; const f = sh.fmt.get(a); if (f && typeof v === 'number') c.numFmt = f; }
    for (const [r1, c1, r2_, c2] of sh.merges) ws.mergeCells(r1, c1, r2_, c2);
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}
function bookOpt() {
  const qn = ri(1, 4);
  return {
    city: pick(CITIES), year: pick([2022, 2023, 2024]), qn, qname: '第' + '一二三四'[qn - 1] + '季度',
    unitKind: chance(VARIANT === 'b' ? 0.5 : 0.3) ? 'town' : 'county', groupP: VARIANT === 'b' ? 0.6 : 0.4, subAfter: chance(0.5), totalTop: chance(0.5),
    nameStyle: pick(['plain', 'plain', 'indent', 'num', 'paren']), cnNum: chance(0.5),
    dash: chance(0.5), dashChar: pick(['—', '-', '']), textNum: chance(VARIANT === 'b' ? 0.4 : 0.25) ? 0.06 : 0,
    rateDec: chance(0.6) ? 1 : 2, gDec: chance(0.7) ? 1 : 2, tableNo: chance(0.4) ? '表' + ri(1, 6) : null, unitLine: chance(0.8), unitCol: chance(0.4),
  };
}
function getter(sh) { return (a) => sh.cells.get(a); }
function broken(sh) { const g = getter(sh); return sh.rels.filter((x) => { const e = evalRel(x, g); return e !== null && e > 1e-9; }); }

function plant(sheets) {
  const kinds = shuffle(['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running', 'balance']);
  for (const kind of kinds) {
    const cands = [];
    for (const sh of sheets) for (const [a, role] of sh.roles) {
      if (role !== kind) continue; const v = sh.cells.get(a); const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(n) || typeof v === 'string' && v.trim() === '') continue;
      if (['total', 'part', 'subtotal', 'running', 'balance'].includes(kind) && Math.abs(n) < 12) continue;
      if (!sh.rels.some((x) => relCells(x).includes(a))) continue;
      cands.push({ sh, a, v, n });
    }
    if (!cands.length) continue;
    let best = null;
    for (const cd of shuffle(cands).slice(0, 25)) {
      let now;
      if (['rate', 'share', 'growth', 'pp'].includes(kind)) { const d = (String(cd.n).split('.')[1] || '').length || 1; now = r2(cd.n + (chance(0.5) ? 1 : -1) * (3 + rnd() * 9), Math.min(2, d)); if (kind !== 'growth' && kind !== 'pp' && now < 0) now = r2(cd.n + 4.3, 1); }
      else { const f = (0.05 + rnd() * 0.25) * (chance(0.5) ? 1 : -1); now = Math.round(cd.n * (1 + f)); if (now === cd.n) now = cd.n + 3; }
      const old = cd.sh.cells.get(cd.a); cd.sh.cells.set(cd.a, typeof old === 'string' ? String(now) : now);
      const nb = broken(cd.sh).length; cd.sh.cells.set(cd.a, old);
      if (nb >= 1 && (!best || nb < best.nb)) best = { ...cd, now, nb };
    }
    if (!best) continue;
    const old = best.sh.cells.get(best.a); best.sh.cells.set(best.a, typeof old === 'string' ? String(best.now) : best.now);
    return { sheet: best.sh.name, cell: best.a, was: best.n, now: best.now, kind, nbroken: best.nb };
  }
  return null;
}

(async () => {
  const dir = path.join(ROOT, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  const types = [sheetBalance, sheetPlan, sheetRunning, sheetColumns, sheetCompare];
  const SN = { sheetBalance: ['队伍变化', '积极分子', '表1', '申请人情况', '发展对象'], sheetPlan: ['计划完成', '完成情况', '表2', '发展党员'], sheetRunning: ['分季度', '进度', '表3'], sheetColumns: ['分县区', '汇总', '全市'], sheetCompare: ['结构', '同比', '构成情况'] };
  for (let i = 0; i < COUNT; i++) {
    const opt = bookOpt(); const ns = ri(1, 4); const used = new Set(); const sheets = [];
    for (let s = 0; s < ns; s++) {
      const fn = pick(types); let nm = pick(SN[fn.name]); while (used.has(nm)) nm = nm + (s + 1); used.add(nm);
      sheets.push(fn(nm, opt));
    }
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    for (const sh of sheets) { const b = broken(sh); if (b.length) throw new Error(`generator broke ${file} ${sh.name}: ${JSON.stringify(b[0])}`); }
    const plants = [];
    if (rnd() >= CLEANFRAC) { const p = plant(sheets); if (p) plants.push(p); }
    await writeBook(path.join(dir, file), sheets);
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.map((sh) => ({ sheet: sh.name, rels: sh.rels })), null, 0));
    manifest.push({ file, plants: plants.map(({ nbroken, ...p }) => p) });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})().catch((e) => { console.error(e); process.exit(1); });
