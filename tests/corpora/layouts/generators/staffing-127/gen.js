// node gen.js SET SEED N PLANTFRACTION [VARIANT]  -> /tmp/round127a/SET/*.xlsx, manifest.json, /tmp/round127a/rel/<file>.json
// Topic: 机构编制 (行政/事业/工勤编制, 核定编制数, 实有人数, 空编/超编, 领导职数, 编制使用率)
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VARS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VARS || 0);
const ROOT = '/tmp/round127a', OUT = path.join(ROOT, SET), REL = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(REL, { recursive: true });

function mulberry(a) { return () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mulberry(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const sumv = (a) => a.reduce((x, y) => x + y, 0);
const tolD = (d) => 0.5 * Math.pow(10, -d) + 1e-9;

const PLACES = { city: ['江州市', '临川市', '永安市', '青阳市', '东川市', '南平市', '安宁市', '清河市'], county: ['平安县', '长乐县', '永和县', '新丰县', '石门县', '龙泉县', '宁远县', '大田县', '和平县', '云溪县'] };
const COUNTIES = ['城关区', '东城区', '西湖区', '平安县', '长乐县', '永和县', '新丰县', '石门县', '龙泉县', '宁远县', '大田县', '和平县', '云溪县', '高新区', '经开区'];
const TOWNS = ['城关镇', '河口镇', '青山镇', '白沙镇', '太平镇', '龙潭乡', '新安乡', '石桥镇', '马坪乡', '大屋乡', '桃源镇', '沙溪镇', '黄土乡', '柳林镇'];
const DEPTS = {
  '党委机构': ['县委办公室', '组织部', '宣传部', '统战部', '政法委员会', '机构编制委员会办公室', '县委巡察办', '县委党校'],
  '政府机构': ['政府办公室', '发展和改革局', '教育局', '科技和工业信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境分局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化旅游体育局', '卫生健康局', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局'],
  '人大政协机关': ['人大常委会机关', '政协机关'],
  '群团机关': ['总工会', '团县委', '妇联', '科协', '工商联', '残联'],
  '法检两院': ['人民法院', '人民检察院'],
};
const DASH = () => pick(['—', '-', '－', '—']);

class SB {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.widths = {}; }
  set(r, c, v, o = {}) { this.cells[A(r, c)] = Object.assign({ v, r, c }, o); }
  num(r, c, v, d = 0, o = {}) { this.set(r, c, rnd(v, d), Object.assign({ d, num: true }, o)); return A(r, c); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(o) { this.rels.push(o); }
}

// header: cols = [{label, children:[{label}]}]; depth 1 or 2; returns {leafCols, next}
function header(sb, r0, c0, cols, opts = {}) {
  const deep = cols.some((x) => x.children);
  let c = c0; const leaves = [];
  for (const col of cols) {
    if (col.children) {
      sb.set(r0, c, col.label, { hdr: true }); sb.merge(r0, c, r0, c + col.children.length - 1);
      for (const ch of col.children) { sb.set(r0 + 1, c, ch.label, { hdr: true }); leaves.push(c); c++; }
    } else {
      sb.set(r0, c, col.label, { hdr: true }); if (deep) sb.merge(r0, c, r0 + 1, c); leaves.push(c); c++;
    }
  }
  let next = r0 + (deep ? 2 : 1);
  if (opts.colNums) { // 栏次 row
    let k = 1; for (let i = c0; i < c; i++) sb.set(next, i, i === c0 ? '甲' : (opts.colNums === 'paren' ? `(${k++})` : k++), { hdr: true });
    next++;
  }
  return { leaves, next, last: c - 1 };
}
function titleBlock(sb, title, unitText, ncols) {
  sb.set(1, 1, title, { title: true }); sb.merge(1, 1, 1, Math.max(ncols, 2));
  let r = 2;
  if (unitText) { const uc = chance(0.5) ? ncols : 1; sb.set(2, uc, unitText); r = 3; }
  if (chance(0.3)) r++; // blank row
  return r;
}
function notes(sb, r, arr) { if (!arr.length) return; r++; arr.forEach((t, i) => sb.set(r + i, 1, t)); }
const indentLabel = (mode, s, lvl = 1) => mode === 'sp' ? '　'.repeat(lvl) + s : mode === 'asp' ? '  '.repeat(lvl) + s : s;

function genEntity(size) { // size factor
  const bz = { xz: ri(3, 40) * size, sy: chance(0.8) ? ri(0, 70) * size : 0, gq: chance(0.7) ? ri(0, 6) : 0 };
  const sy = {};
  for (const k of ['xz', 'sy', 'gq']) sy[k] = Math.max(0, bz[k] - ri(-2, Math.max(1, Math.round(bz[k] * 0.15))));
  return { bz, sy };
}
const fixNoOver = (e) => { for (const k of ['xz', 'sy', 'gq']) if (e.sy[k] > e.bz[k]) e.sy[k] = e.bz[k]; return e; };
const addE = (list) => { const o = { bz: { xz: 0, sy: 0, gq: 0 }, sy: { xz: 0, sy: 0, gq: 0 } }; for (const e of list) for (const a of ['bz', 'sy']) for (const k of ['xz', 'sy', 'gq']) o[a][k] += e[a][k]; return o; };
const T = (x) => x.xz + x.sy + x.gq;

// ---------- L1: 按部门 编制与实有人数
function L1(sb, place, year) {
  const withChao = chance(0.5), withGq = chance(0.7), grouped = chance(0.6), totTop = chance(0.6);
  const ind = pick(['sp', 'xl', 'none', 'asp']);
  const qizhongRow = chance(0.5);
  const groups = [];
  for (const g of shuffle(Object.keys(DEPTS)).slice(0, ri(2, 4))) groups.push({ name: g, items: shuffle(DEPTS[g]).slice(0, ri(2, Math.min(6, DEPTS[g].length))).map((n) => ({ name: n, e: withChao ? genEntity(1) : fixNoOver(genEntity(1)), cg: chance(0.35) })) });
  const u = pick(['（名）', '(名)', '', '']);
  const ratePct = pick(['编制使用率(%)', '编制使用率（%）', '使用率\n(%)']);
  const cols = [{ label: pick(['单位名称', '单位', '部门']) },
    { label: '核定编制数' + u, children: [{ label: '合计' }, { label: withGq ? '行政编制' : '其中：行政编制' }, { label: '事业编制' }].concat(withGq ? [{ label: '工勤编制' }] : []) },
    { label: '实有人数' + u, children: [{ label: '合计' }, { label: withGq ? '行政' : '其中：行政' }, { label: '事业' }].concat(withGq ? [{ label: '工勤' }] : []) },
    { label: '空编数' + u }].concat(withChao ? [{ label: '超编数' + u }] : []).concat([{ label: ratePct }]);
  const ncols = 1 + (withGq ? 8 : 6) + 1 + (withChao ? 1 : 0) + 1;
  let r = titleBlock(sb, `${year}年${place}党政群机关机构编制情况统计表`, u ? null : pick(['单位：名、%', '单位：人，%', '计量单位：名']), ncols);
  const h = header(sb, r, 1, cols, { colNums: chance(0.2) ? pick(['num', 'paren']) : null });
  r = h.next; const L = h.leaves;
  const cK = { bzT: L[1], bzX: L[2], bzS: L[3] }; let i = 4; if (withGq) cK.bzG = L[i++]; cK.syT = L[i++]; cK.syX = L[i++]; cK.syS = L[i++]; if (withGq) cK.syG = L[i++]; cK.kong = L[i++]; if (withChao) cK.chao = L[i++]; cK.rate = L[i++];
  const countKeys = Object.keys(cK).filter((k) => k !== 'rate');
  const writeRow = (rr, label, e, o = {}) => {
    const v = { bzX: e.bz.xz, bzS: e.bz.sy, bzG: e.bz.gq, syX: e.sy.xz, syS: e.sy.sy, syG: e.sy.gq };
    v.bzT = T(e.bz); v.syT = T(e.sy);
    v.kong = o.kong != null ? o.kong : Math.max(0, v.bzT - v.syT); v.chao = o.chao != null ? o.chao : Math.max(0, v.syT - v.bzT);
    sb.set(rr, 1, o.indent && ind !== 'xl' ? indentLabel(ind, label) : label, o.indent && ind === 'xl' ? { indent: 1 } : {});
    for (const k of countKeys) { const z = v[k] === 0 && chance(0.4); sb.num(rr, cK[k], z ? 0 : v[k], 0, z ? { dash: DASH() } : {}); }
    const ad = (k) => A(rr, cK[k]);
    sb.rel({ type: withGq ? 'sum' : 'le_sum', total: ad('bzT'), parts: [ad('bzX'), ad('bzS')].concat(withGq ? [ad('bzG')] : []), tol: 0.5 });
    sb.rel({ type: withGq ? 'sum' : 'le_sum', total: ad('syT'), parts: [ad('syX'), ad('syS')].concat(withGq ? [ad('syG')] : []), tol: 0.5 });
    if (withChao) sb.rel({ type: 'diff', cell: ad('kong'), minus: [ad('chao')], a: ad('bzT'), b: ad('syT'), tol: 0.5 });
    else sb.rel({ type: 'diff', cell: ad('kong'), a: ad('bzT'), b: ad('syT'), tol: 0.5 });
    if (v.bzT > 0) { sb.num(rr, cK.rate, v.syT / v.bzT * 100, 1, { fmt: '0.0' }); sb.rel({ type: 'rate', cell: ad('rate'), num: ad('syT'), den: ad('bzT'), k: 100, tol: tolD(1) }); }
    else sb.set(rr, cK.rate, DASH());
    return v;
  };
  const rowsOf = {}; // key -> row
  const plan = [];
  const all = groups.flatMap((g) => g.items);
  const tot = addE(all.map((x) => x.e));
  const kongOf = (items) => sumv(items.map((x) => Math.max(0, T(x.e.bz) - T(x.e.sy)))), chaoOf = (items) => sumv(items.map((x) => Math.max(0, T(x.e.sy) - T(x.e.bz))));
  const totLabel = pick(['合计', '总计', `全${place.slice(-1)}`, '合　计', '合计']);
  if (totTop) plan.push({ k: 'tot' });
  if (totTop && qizhongRow) plan.push({ k: 'qz' });
  for (const g of groups) { if (grouped) plan.push({ k: 'g', g }); for (const it of g.items) plan.push({ k: 'i', it, g }); if (grouped && chance(0.15)) plan.push({ k: 'blank' }); }
  if (!totTop) plan.push({ k: 'tot' });
  if (!totTop && qizhongRow) plan.push({ k: 'qz' });
  const qzItems = all.filter((x) => x.cg); if (!qzItems.length) qzItems.push(all[0]);
  const gi = [], ii = {};
  for (const p of plan) {
    if (p.k === 'blank') { r++; continue; }
    if (p.k === 'tot') { rowsOf.tot = r; writeRow(r, totLabel, tot, { kong: kongOf(all), chao: chaoOf(all) }); }
    else if (p.k === 'qz') { rowsOf.qz = r; writeRow(r, pick(['其中：参照公务员法管理单位', '  其中：参公单位', '#参公管理单位']), addE(qzItems.map((x) => x.e)), { kong: kongOf(qzItems), chao: chaoOf(qzItems) }); }
    else if (p.k === 'g') { p.g.row = r; writeRow(r, pick(['', '一、', '']) + p.g.name, addE(p.g.items.map((x) => x.e)), { kong: kongOf(p.g.items), chao: chaoOf(p.g.items) }); }
    else { p.it.row = r; writeRow(r, p.it.name, p.it.e, { indent: grouped }); }
    r++;
  }
  for (const k of countKeys) {
    const c = cK[k];
    if (grouped) { sb.rel({ type: 'sum', total: A(rowsOf.tot, c), parts: groups.map((g) => A(g.row, c)), tol: 0.5 }); for (const g of groups) sb.rel({ type: 'sum', total: A(g.row, c), parts: g.items.map((x) => A(x.row, c)), tol: 0.5 }); }
    else sb.rel({ type: 'sum', total: A(rowsOf.tot, c), parts: all.map((x) => A(x.row, c)), tol: 0.5 });
    if (rowsOf.qz) sb.rel({ type: 'le', part: A(rowsOf.qz, c), whole: A(rowsOf.tot, c), tol: 0 });
  }
  const ns = [];
  if (chance(0.6)) ns.push('注：编制使用率＝实有人数÷核定编制数×100%。');
  if (chance(0.4)) ns.push(`${ns.length ? '　　' : '注：'}统计时点为${year}年12月31日，实有人数不含离退休人员。`);
  notes(sb, r, ns);
}

// ---------- L2: 按地区 (县市区 或 乡镇)
function L2(sb, place, year) {
  const isCity = place.endsWith('市') ? chance(0.8) : false;
  const units = pick(['hdr', 'row', 'line']);
  const withPop = chance(0.4), withLead = chance(0.6), withOrg = chance(0.6);
  const regs = [];
  let structure;
  if (isCity) { structure = 'city'; regs.push({ name: '市本级', s: 6 }); for (const n of shuffle(COUNTIES).slice(0, ri(4, 10))) regs.push({ name: n, s: ri(2, 5) }); }
  else { structure = 'county'; }
  const mk = (s) => { const bz = ri(40, 200) * s; const xz = Math.round(bz * (0.2 + R() * 0.3)); const sy = Math.round((bz - xz) * (0.85 + R() * 0.13)); const act = bz - ri(0, Math.round(bz * 0.08)); const ld = ri(8, 30) * Math.max(1, Math.round(s / 2)); return { org: ri(8, 40) * Math.max(1, Math.round(s / 2)), bz, xz, sy, act, ld, ldAct: ld - ri(0, Math.round(ld * 0.15)), pop: 0 }; };
  const U = (t) => units === 'hdr' ? t : '';
  const cols = [{ label: pick(['地区', '县（市、区）', '单位']) }];
  const keys = [];
  if (withOrg) { cols.push({ label: '机构数' + U('（个）') }); keys.push('org'); }
  cols.push({ label: '核定编制数' + U('（名）'), children: [{ label: '合计' }, { label: '其中：行政编制' }, { label: '事业编制' }] }); keys.push('bz', 'xz', 'sy');
  cols.push({ label: '实有人数' + U('（人）') }); keys.push('act');
  cols.push({ label: pick(['空编数', '空余编制']) + U('（名）') }); keys.push('kong');
  cols.push({ label: '编制使用率' + U('（%）') }); keys.push('rate');
  if (withLead) { cols.push({ label: '领导职数' + U('（名）'), children: [{ label: '核定' }, { label: '实配' }] }); keys.push('ld', 'ldAct'); cols.push({ label: '领导职数配备率' + U('(%)') }); keys.push('ldRate'); }
  if (withPop) { cols.push({ label: '户籍人口' + U('（人）') }); keys.push('pop'); cols.push({ label: '每千人口编制数' + U('（‰）') }); keys.push('perK'); }
  const ncols = 1 + keys.length;
  let r = titleBlock(sb, isCity ? `${year}年${place}各县（市、区）机构编制情况` : `${place}${year}年县乡机构编制统计`, units === 'line' ? '单位：个、名、%' : null, ncols);
  const h = header(sb, r, 1, cols); r = h.next;
  const cK = {}; keys.forEach((k, i) => { cK[k] = h.leaves[i + 1]; });
  if (units === 'row') { sb.set(r, 1, '计量单位'); const uu = { org: '个', bz: '名', xz: '名', sy: '名', act: '人', kong: '名', rate: '%', ld: '名', ldAct: '名', ldRate: '%', pop: '人', perK: '‰' }; for (const k of keys) sb.set(r, cK[k], uu[k]); r++; }
  const countKeys = keys.filter((k) => !['rate', 'ldRate', 'perK'].includes(k));
  const writeRow = (rr, label, v, o = {}) => {
    v.kong = v.bz - v.act;
    sb.set(rr, 1, o.lab !== undefined ? o.lab : label, o.xl ? { indent: 1 } : {});
    for (const k of countKeys) sb.num(rr, cK[k], v[k], 0, v[k] === 0 && chance(0.5) ? { dash: DASH() } : {});
    const ad = (k) => A(rr, cK[k]);
    sb.rel({ type: 'le', part: ad('xz'), whole: ad('bz'), tol: 0 }); sb.rel({ type: 'le', part: ad('sy'), whole: ad('bz'), tol: 0 });
    sb.rel({ type: 'diff', cell: ad('kong'), a: ad('bz'), b: ad('act'), tol: 0.5 });
    sb.num(rr, cK.rate, v.act / v.bz * 100, 1, { fmt: '0.0' }); sb.rel({ type: 'rate', cell: ad('rate'), num: ad('act'), den: ad('bz'), k: 100, tol: tolD(1) });
    if (withLead) { sb.num(rr, cK.ldRate, v.ldAct / v.ld * 100, 1, { fmt: '0.0' }); sb.rel({ type: 'rate', cell: ad('ldRate'), num: ad('ldAct'), den: ad('ld'), k: 100, tol: tolD(1) }); }
    if (withPop) { sb.num(rr, cK.perK, v.bz / v.pop * 1000, 2, { fmt: '0.00' }); sb.rel({ type: 'rate', cell: ad('perK'), num: ad('bz'), den: ad('pop'), k: 1000, tol: tolD(2) }); }
  };
  const setPop = (v) => { if (!v.pop) v.pop = Math.round(v.bz * (90 + R() * 220)); };
  const add = (list) => { const o = {}; for (const k of ['org', 'bz', 'xz', 'sy', 'act', 'ld', 'ldAct', 'pop']) o[k] = sumv(list.map((x) => x[k])); return o; };
  const colSum = (tr, rows) => { for (const k of countKeys) sb.rel({ type: 'sum', total: A(tr, cK[k]), parts: rows.map((x) => A(x, cK[k])), tol: 0.5 }); };
  const totTop = chance(0.7);
  if (structure === 'city') {
    for (const g of regs) { g.v = mk(g.s); setPop(g.v); }
    const tv = add(regs.map((g) => g.v)); const totLab = pick(['全市', '合计', '全　市', '总计']);
    let tr; if (totTop) { tr = r++; writeRow(tr, totLab, tv); }
    const rows = []; for (const g of regs) { rows.push(r); writeRow(r, g.name, g.v); r++; }
    if (!totTop) { tr = r++; writeRow(tr, totLab, tv); }
    colSum(tr, rows);
  } else {
    const ind = pick(['sp', 'xl', 'hash', 'none']);
    const xian = mk(4); const towns = shuffle(TOWNS).slice(0, ri(4, 9)).map((n) => ({ name: n, v: mk(1) }));
    for (const t of towns) { t.v.bz = ri(25, 90); t.v.xz = ri(10, Math.round(t.v.bz * 0.5)); t.v.sy = t.v.bz - t.v.xz - ri(0, 2); t.v.act = t.v.bz - ri(0, 6); t.v.ld = ri(8, 14); t.v.ldAct = t.v.ld - ri(0, 2); t.v.org = ri(6, 12); setPop(t.v); }
    setPop(xian); const tv = add(towns.map((t) => t.v)); const all = add([xian, tv]);
    const totLab = pick(['全县', '合计', '全县合计']);
    let tr, xr, sr; const trs = [];
    if (totTop) { tr = r++; writeRow(tr, totLab, all); }
    xr = r++; writeRow(xr, pick(['县直机关', '县直单位', '（一）县直']), xian);
    sr = r++; writeRow(sr, pick(['乡镇小计', '乡镇', '（二）乡镇']), tv);
    for (const t of towns) { trs.push(r); writeRow(r, t.name, t.v, { lab: ind === 'sp' ? '　　' + t.name : ind === 'hash' ? '#' + t.name : t.name, xl: ind === 'xl' }); r++; }
    if (!totTop) { tr = r++; writeRow(tr, totLab, all); }
    colSum(tr, [xr, sr]); colSum(sr, trs);
  }
  const ns = [];
  if (chance(0.5)) ns.push('注：1.空编数＝核定编制数－实有人数；2.编制使用率＝实有人数÷核定编制数×100%。');
  if (withPop && chance(0.5)) ns.push('　　3.每千人口编制数按户籍人口计算。');
  notes(sb, r, ns);
}

// ---------- L3: 两期对比 指标表
function L3(sb, place, year) {
  const y0 = year - 1;
  const e0 = fixNoOver(genEntity(12)); const e1 = { bz: {}, sy: {} };
  for (const k of ['xz', 'sy', 'gq']) { e1.bz[k] = Math.max(0, e0.bz[k] + ri(-Math.round(e0.bz[k] * 0.06) - 1, Math.round(e0.bz[k] * 0.05) + 1)); e1.sy[k] = Math.max(0, Math.min(e1.bz[k], e0.sy[k] + ri(-8, 8))); }
  if (e0.bz.gq === 0) e0.bz.gq = 3, e0.sy.gq = Math.min(e0.sy.gq, 3); if (e1.bz.gq === 0) e1.bz.gq = 2, e1.sy.gq = Math.min(e1.sy.gq, 2);
  for (const e of [e0, e1]) { e.cg = Math.round(e.bz.sy * (0.1 + R() * 0.2)); e.cgA = Math.min(e.cg, Math.round(e.sy.sy * 0.15)); e.ld = ri(300, 500); e.ldA = e.ld - ri(0, 30); }
  const unitCol = chance(0.6), diffCol = chance(0.7), growCol = chance(0.85) || !diffCol;
  const gl = pick(['增长(%)', '增长（%）', '比上年增长(%)', '增减(%)']);
  const dl = pick(['增减', '增减量', '比上年增减']);
  const cols = [{ label: '指标' }].concat(unitCol ? [{ label: '计量单位' }] : []).concat([{ label: `${y0}年` }, { label: `${year}年` }]).concat(diffCol ? [{ label: dl }] : []).concat(growCol ? [{ label: gl }] : []);
  let r = titleBlock(sb, `${place}机构编制主要指标（${y0}—${year}年）`, unitCol ? null : '单位：名、%', cols.length);
  const h = header(sb, r, 1, cols); r = h.next;
  const L = h.leaves; let j = 1; const cU = unitCol ? L[j++] : null, c0 = L[j++], c1 = L[j++], cD = diffCol ? L[j++] : null, cG = growCol ? L[j++] : null;
  const ind = pick(['sp', 'xl', 'none']);
  const rows = {};
  const line = (key, label, lvl, v0, v1, unit, o = {}) => {
    rows[key] = r;
    sb.set(r, 1, ind === 'sp' ? '　'.repeat(lvl) + label : label, ind === 'xl' && lvl ? { indent: lvl } : {});
    if (cU) sb.set(r, cU, unit);
    const d = o.d || 0;
    sb.num(r, c0, v0, d, d ? { fmt: '0.0' } : {}); sb.num(r, c1, v1, d, d ? { fmt: '0.0' } : {});
    if (o.rate) {
      if (cD) { sb.num(r, cD, rnd(v1, 1) - rnd(v0, 1), 1, { fmt: '0.0' }); sb.rel({ type: 'points', cell: A(r, cD), a: A(r, c1), b: A(r, c0), tol: tolD(1) }); }
      if (cG) sb.set(r, cG, cD ? DASH() : null);
      if (cG && !cD) { sb.num(r, cG, rnd(v1, 1) - rnd(v0, 1), 1, { fmt: '0.0' }); sb.set(r, 1, (ind === 'sp' ? '　'.repeat(lvl) : '') + label + '（增减为百分点）', ind === 'xl' && lvl ? { indent: lvl } : {}); sb.rel({ type: 'points', cell: A(r, cG), a: A(r, c1), b: A(r, c0), tol: tolD(1) }); }
    } else {
      if (cD) { sb.num(r, cD, v1 - v0, 0); sb.rel({ type: 'diff', cell: A(r, cD), a: A(r, c1), b: A(r, c0), tol: 0.5 }); }
      if (cG) { if (v0 > 0) { sb.num(r, cG, (v1 / v0 - 1) * 100, 1, { fmt: '0.0' }); sb.rel({ type: 'growth', cell: A(r, cG), cur: A(r, c1), prev: A(r, c0), tol: tolD(1) }); } else sb.set(r, cG, DASH()); }
    }
    r++;
  };
  const u = pick(['名', '人']);
  line('bz', pick(['一、核定编制数', '核定编制总数', '编制总数']), 0, T(e0.bz), T(e1.bz), '名');
  line('bzX', '行政编制', 1, e0.bz.xz, e1.bz.xz, '名');
  line('bzS', '事业编制', 1, e0.bz.sy, e1.bz.sy, '名');
  line('cg', pick(['其中：参公事业编制', '#参照公务员法管理', '其中：参公管理']), 2, e0.cg, e1.cg, '名');
  line('bzG', '工勤编制', 1, e0.bz.gq, e1.bz.gq, '名');
  line('sy', pick(['二、实有人数', '实有人员总数', '实有人数']), 0, T(e0.sy), T(e1.sy), u);
  line('syX', '行政', 1, e0.sy.xz, e1.sy.xz, u);
  line('syS', '事业', 1, e0.sy.sy, e1.sy.sy, u);
  line('syG', '工勤', 1, e0.sy.gq, e1.sy.gq, u);
  line('kong', pick(['三、空编数', '空编数']), 0, T(e0.bz) - T(e0.sy), T(e1.bz) - T(e1.sy), '名');
  line('rate', pick(['四、编制使用率', '编制使用率']), 0, T(e0.sy) / T(e0.bz) * 100, T(e1.sy) / T(e1.bz) * 100, '%', { rate: true, d: 1 });
  const withLd = chance(0.6);
  if (withLd) { line('ld', '领导职数核定数', 0, e0.ld, e1.ld, '名'); line('ldA', '领导职数实配数', 0, e0.ldA, e1.ldA, '名'); }
  for (const c of [c0, c1]) {
    sb.rel({ type: 'sum', total: A(rows.bz, c), parts: [A(rows.bzX, c), A(rows.bzS, c), A(rows.bzG, c)], tol: 0.5 });
    sb.rel({ type: 'sum', total: A(rows.sy, c), parts: [A(rows.syX, c), A(rows.syS, c), A(rows.syG, c)], tol: 0.5 });
    sb.rel({ type: 'le', part: A(rows.cg, c), whole: A(rows.bzS, c), tol: 0 });
    sb.rel({ type: 'diff', cell: A(rows.kong, c), a: A(rows.bz, c), b: A(rows.sy, c), tol: 0.5 });
    sb.rel({ type: 'rate', cell: A(rows.rate, c), num: A(rows.sy, c), den: A(rows.bz, c), k: 100, tol: tolD(1) });
    if (withLd) sb.rel({ type: 'le', part: A(rows.ldA, c), whole: A(rows.ld, c), tol: 0 });
  }
  if (diffCol) { // diff column is additive too
    for (const [t, ps] of [['bz', ['bzX', 'bzS', 'bzG']], ['sy', ['syX', 'syS', 'syG']]]) sb.rel({ type: 'sum', total: A(rows[t], cD), parts: ps.map((p) => A(rows[p], cD)), tol: 0.5 });
  }
  const ns = [];
  if (chance(0.5)) ns.push(`注：${diffCol ? '编制使用率的增减单位为百分点；' : ''}数据来源于机构编制实名制管理系统。`);
  notes(sb, r, ns);
}

// ---------- L4: 年份为行
function L4(sb, place, year) {
  const n = ri(5, 10); const y1 = year - n + 1;
  let e = fixNoOver(genEntity(10)); if (!e.bz.gq) e.bz.gq = 4;
  const seq = [];
  for (let i = 0; i < n; i++) { seq.push(JSON.parse(JSON.stringify(e))); const ne = { bz: {}, sy: {} }; for (const k of ['xz', 'sy', 'gq']) { ne.bz[k] = Math.max(1, e.bz[k] + ri(-Math.round(e.bz[k] * 0.05) - 1, Math.round(e.bz[k] * 0.04) + 1)); ne.sy[k] = Math.max(0, Math.min(ne.bz[k], e.sy[k] + ri(-6, 6))); } e = ne; }
  const gLab = pick(['编制总数比上年增长(%)', '比上年增长（%）', '编制增长率(%)']);
  const totLast = chance(0.3);
  const bzCh = totLast ? [{ label: '行政编制' }, { label: '事业编制' }, { label: '工勤编制' }, { label: '合计' }] : [{ label: '合计' }, { label: '行政编制' }, { label: '事业编制' }, { label: '工勤编制' }];
  const cols = [{ label: '年份' }, { label: '核定编制数' + pick(['（名）', '', '(名)']), children: bzCh }, { label: '实有人数' + pick(['（人）', '']) }, { label: '编制使用率(%)' }, { label: gLab }];
  let r = titleBlock(sb, `${place}历年机构编制情况（${y1}—${year}年）`, chance(0.4) ? '单位：名' : null, cols.length + 3);
  const h = header(sb, r, 1, cols); r = h.next; const L = h.leaves;
  const cT = totLast ? L[4] : L[1], cX = totLast ? L[1] : L[2], cS = totLast ? L[2] : L[3], cG = totLast ? L[3] : L[4], cA = L[5], cR = L[6], cGr = L[7];
  const yFmt = pick(['num', 'nian', 'str']);
  let prevR = null;
  const order = chance(0.8) ? seq.map((_, i) => i) : seq.map((_, i) => n - 1 - i);
  const rowOf = {};
  for (const i of order) {
    const x = seq[i]; const y = y1 + i; rowOf[i] = r;
    sb.set(r, 1, yFmt === 'num' ? y : yFmt === 'nian' ? `${y}年` : String(y));
    sb.num(r, cT, T(x.bz)); sb.num(r, cX, x.bz.xz); sb.num(r, cS, x.bz.sy); sb.num(r, cG, x.bz.gq); sb.num(r, cA, T(x.sy));
    sb.rel({ type: 'sum', total: A(r, cT), parts: [A(r, cX), A(r, cS), A(r, cG)], tol: 0.5 });
    sb.num(r, cR, T(x.sy) / T(x.bz) * 100, 1, { fmt: '0.0' }); sb.rel({ type: 'rate', cell: A(r, cR), num: A(r, cA), den: A(r, cT), k: 100, tol: tolD(1) });
    r++;
  }
  for (const i of order) {
    const rr = rowOf[i];
    if (i === 0) { sb.set(rr, cGr, chance(0.5) ? DASH() : null); continue; }
    const prev = seq[i - 1], cur = seq[i];
    sb.num(rr, cGr, (T(cur.bz) / T(prev.bz) - 1) * 100, 1, { fmt: '0.0' });
    sb.rel({ type: 'growth', cell: A(rr, cGr), cur: A(rr, cT), prev: A(rowOf[i - 1], cT), tol: tolD(1) });
  }
  if (chance(0.5)) notes(sb, r, ['注：本表数据为各年末数。']);
}

// ---------- L5: 实有人员结构
function L5(sb, place, year) {
  const cats = shuffle(['党委部门', '政府部门', '人大政协机关', '群团机关', '法检两院', '乡镇（街道）', '事业单位']).slice(0, ri(3, 6));
  const totTop = chance(0.6), withShare = chance(0.7), pm = chance(0.3);
  const cols = [{ label: pick(['类别', '单位类别', '项目']) }, { label: '实有人数' }, { label: '其中', children: [{ label: '女性' }, { label: '少数民族' }, { label: '中共党员' }] },
    { label: '按年龄分', children: [{ label: '35岁及以下' }, { label: '36—45岁' }, { label: '46—54岁' }, { label: '55岁及以上' }] },
    { label: '按学历分', children: [{ label: '研究生' }, { label: '大学本科' }, { label: '大专及以下' }] }];
  if (withShare) cols.push({ label: pm ? '女性占比(‰)' : '女性占比(%)' }, { label: pm ? '本科以上占比(‰)' : '本科及以上占比（%）' });
  let r = titleBlock(sb, `${year}年${place}机关事业单位实有人员结构`, pick(['单位：人', '单位：人、%', null]), cols.length + 8);
  const h = header(sb, r, 1, cols, { colNums: chance(0.25) ? 'num' : null }); r = h.next; const L = h.leaves;
  const mk = () => { const t = ri(80, 2500); const parts = (k) => { const w = Array.from({ length: k }, () => 0.3 + R()); const s = sumv(w); const o = w.map((x) => Math.floor(t * x / s)); o[k - 1] = t - sumv(o.slice(0, k - 1)); return o; }; return { t, f: Math.round(t * (0.2 + R() * 0.3)), mz: Math.round(t * R() * 0.08), dy: Math.round(t * (0.5 + R() * 0.4)), age: parts(4), edu: parts(3) }; };
  const data = cats.map((c) => ({ name: c, v: mk() }));
  const tot = { t: 0, f: 0, mz: 0, dy: 0, age: [0, 0, 0, 0], edu: [0, 0, 0] };
  for (const d of data) { for (const k of ['t', 'f', 'mz', 'dy']) tot[k] += d.v[k]; d.v.age.forEach((x, i) => tot.age[i] += x); d.v.edu.forEach((x, i) => tot.edu[i] += x); }
  const write = (rr, label, v) => {
    sb.set(rr, 1, label);
    const vals = [v.t, v.f, v.mz, v.dy, ...v.age, ...v.edu];
    vals.forEach((x, i) => sb.num(rr, L[1 + i], x, 0, x === 0 && chance(0.5) ? { dash: DASH() } : {}));
    for (let i = 2; i <= 4; i++) sb.rel({ type: 'le', part: A(rr, L[i]), whole: A(rr, L[1]), tol: 0 });
    sb.rel({ type: 'sum', total: A(rr, L[1]), parts: [5, 6, 7, 8].map((i) => A(rr, L[i])), tol: 0.5 });
    sb.rel({ type: 'sum', total: A(rr, L[1]), parts: [9, 10, 11].map((i) => A(rr, L[i])), tol: 0.5 });
    if (withShare) {
      const k = pm ? 1000 : 100, d = pm ? 0 : 1;
      sb.num(rr, L[12], v.f / v.t * k, d, d ? { fmt: '0.0' } : {}); sb.rel({ type: 'rate', cell: A(rr, L[12]), num: A(rr, L[2]), den: A(rr, L[1]), k, tol: tolD(d) });
      sb.num(rr, L[13], (v.edu[0] + v.edu[1]) / v.t * k, d, d ? { fmt: '0.0' } : {}); sb.rel({ type: 'rate', cell: A(rr, L[13]), num: [A(rr, L[9]), A(rr, L[10])], den: A(rr, L[1]), k, tol: tolD(d) });
    }
  };
  const totLab = pick(['合计', '总计', place.endsWith('市') ? '全市' : '全县']);
  let tr; const rows = [];
  if (totTop) { tr = r++; write(tr, totLab, tot); }
  for (const d of data) { rows.push(r); write(r, d.name, d.v); r++; }
  if (!totTop) { tr = r++; write(tr, totLab, tot); }
  for (let i = 1; i <= 11; i++) sb.rel({ type: 'sum', total: A(tr, L[i]), parts: rows.map((x) => A(x, L[i])), tol: 0.5 });
  if (chance(0.5)) notes(sb, r, ['注：年龄按统计时点周岁计算，学历为最高学历。']);
}

const LAYOUTS = { L1, L2, L3, L4, L5 };
const SHEETNAMES = { L1: ['按部门', '部门编制', '表1'], L2: ['分地区', '县乡编制', '表2'], L3: ['主要指标', '两年对比', '表3'], L4: ['历年', '历年情况', '表4'], L5: ['人员结构', '表5', '结构'] };

// relation value check (shared with verify)
const val = (cells, a) => { const c = cells[a]; if (!c) return NaN; if (c.dash) return 0; return typeof c.v === 'number' ? c.v : NaN; };

function plantOne(sb) {
  const cand = shuffle(sb.rels);
  for (const rel of cand) {
    let cell, kind;
    if (rel.type === 'sum' || rel.type === 'le_sum') { if (chance(0.5)) { cell = rel.total; kind = 'total'; } else { cell = pick(rel.parts); kind = 'part'; } }
    else if (rel.type === 'le') { cell = rel.part; kind = 'le'; }
    else if (rel.type === 'rate') { cell = rel.cell; kind = 'rate'; }
    else if (rel.type === 'growth') { cell = rel.cell; kind = 'growth'; }
    else if (rel.type === 'points') { cell = rel.cell; kind = 'points'; }
    else if (rel.type === 'diff') { cell = rel.cell; kind = 'diff'; }
    const c = sb.cells[cell]; if (!c || !c.num || c.dash) continue;
    if (rel.type === 'le_sum' && kind === 'part') continue; // lowering/raising a part of a ≤-sum may keep it
    const was = c.v; let now;
    if (kind === 'le') { const w = val(sb.cells, rel.whole); if (!(w > 0)) continue; now = w + Math.max(2, Math.round(w * (0.05 + R() * 0.2))); }
    else if (c.d > 0) { const dlt = rnd(Math.max(6 * rel.tol, (0.3 + R() * 3) * Math.pow(10, 1 - c.d)), c.d); now = rnd(chance(0.5) || was - dlt < 0 ? was + dlt : was - dlt, c.d); }
    else { const dlt = Math.max(2, Math.round(Math.abs(was) * (0.05 + R() * 0.2))); now = chance(0.5) || was - dlt < 0 ? was + dlt : was - dlt; if (rel.type === 'le_sum' && kind === 'total') now = was - dlt >= 0 && was - dlt < sumv(rel.parts.map((p) => val(sb.cells, p))) ? was - dlt : null; if (now == null) continue; }
    if (rel.type === 'le_sum' && kind === 'total' && now >= sumv(rel.parts.map((p) => val(sb.cells, p)))) continue;
    c.v = now; c.planted = true;
    return { sheet: sb.name, cell, was, now, kind, rel };
  }
  return null;
}

async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sb of sheets) {
    const ws = wb.addWorksheet(sb.name);
    for (const a of Object.keys(sb.cells)) {
      const c = sb.cells[a]; const cell = ws.getCell(a);
      let v = c.dash ? c.dash : c.v;
      if (c.asText && typeof v === 'number') v = String(v);
      if (v === null || v === undefined) continue;
      cell.value = v;
      if (c.fmt && typeof v === 'number') cell.numFmt = c.fmt;
      if (c.indent) cell.alignment = { indent: c.indent };
      if (c.hdr) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (c.title) cell.font = { bold: true, size: 14 };
    }
    for (const [r1, c1, r2, c2] of sb.merges) ws.mergeCells(r1, c1, r2, c2);
    ws.getColumn(1).width = 24;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  for (let b = 1; b <= N; b++) {
    R = mulberry(SEED * 1000 + b);
    const nSheets = VARIANT === 1 ? ri(2, 4) : ri(1, 3);
    const kinds = shuffle(Object.keys(LAYOUTS)).slice(0, nSheets);
    const place = chance(0.5) ? pick(PLACES.city) : pick(PLACES.county);
    const year = ri(2016, 2024);
    const sheets = []; const used = new Set();
    for (const k of kinds) {
      let nm = pick(SHEETNAMES[k]); if (used.has(nm)) nm += '_' + k; used.add(nm);
      const sb = new SB(nm); LAYOUTS[k](sb, place, year); sheets.push(sb);
    }
    const planted = b <= Math.round(N * PF);
    const plants = [];
    if (planted) { const sb = pick(sheets); const p = plantOne(sb) || plantOne(sheets[0]); if (p) plants.push(p); }
    // a few numbers typed as text (not the planted cell)
    for (const sb of sheets) { const nc = Object.values(sb.cells).filter((c) => c.num && !c.dash && !c.planted && !c.d && c.v >= 0); for (let i = 0; i < ri(0, 2); i++) if (nc.length && chance(0.5)) pick(nc).asText = true; }
    const file = `${SET}_${String(b).padStart(3, '0')}.xlsx`;
    await writeBook(path.join(OUT, file), sheets);
    fs.writeFileSync(path.join(REL, `${file}.json`), JSON.stringify({ file, set: SET, sheets: Object.fromEntries(sheets.map((s) => [s.name, s.rels])) }, null, 0));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${N} books, ${manifest.filter((m) => m.plants.length).length} planted`);
})();
