// Generates cases/ and probe/ workbooks (fixed-asset investment & real-estate statistics).
// node gen.js   (NODE_PATH=/work/main/node_modules)
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { check, cellsOf } = require('./rel.js');

// ---------- rng ----------
let seedState = 1;
function setSeed(s) { seedState = s >>> 0; }
function R() { seedState = (seedState + 0x6D2B79F5) >>> 0; let t = seedState; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const rand = (a, b) => a + R() * (b - a), ri = (a, b) => Math.floor(rand(a, b + 1)), pick = (a) => a[Math.floor(R() * a.length)], chance = (p) => R() < p;
function normal() { let u = 0, v = 0; while (!u) u = R(); while (!v) v = R(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function round(v, d) { const f = Math.pow(10, d); const r = Math.round(Math.abs(v) * f + 1e-9) / f; return r === 0 ? 0 : (v < 0 ? -r : r); }
function fmtNum(v, dec, th) {
  let s = Math.abs(v).toFixed(dec);
  if (th) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f != null ? '.' + f : ''); }
  return (v < 0 && Number(s.replace(/,/g, '')) !== 0 ? '-' : '') + s;
}
function colName(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colName(c) + r;

// ---------- model helpers ----------
const pc = (prev, cur) => ({ prev, cur });
const addPC = (xs) => ({ prev: xs.reduce((a, x) => a + x.prev, 0), cur: xs.reduce((a, x) => a + x.cur, 0) });
function splitPC(t, w, sd) {
  const W = w.reduce((a, b) => a + b, 0);
  const prev = w.map((x) => t.prev * x / W);
  const raw = prev.map((p) => p * Math.exp(sd * normal()));
  const RS = raw.reduce((a, b) => a + b, 0);
  return prev.map((p, i) => ({ prev: p, cur: RS > 0 ? raw[i] * t.cur / RS : 0 }));
}
const subPC = (t, lo, hi) => ({ prev: t.prev * rand(lo, hi), cur: t.cur * rand(lo, hi) });
const gr = (x) => (x && x.prev > 0 ? (x.cur / x.prev - 1) * 100 : null);
function intSplit(N, w) {
  const W = w.reduce((a, b) => a + b, 0); const raw = w.map((x) => N * x / W); const fl = raw.map(Math.floor);
  let rem = N - fl.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < rem; k++) fl[order[k % order.length][1]]++;
  return fl;
}
function intCapped(T, caps) {
  const a = intSplit(T, caps.map((c) => c * rand(0.7, 1.3))).map((x, i) => Math.min(x, caps[i]));
  let d = T - a.reduce((x, y) => x + y, 0), guard = 0;
  while (d > 0 && guard++ < 1e5) { const i = Math.floor(R() * a.length); if (a[i] < caps[i]) { a[i]++; d--; } }
  while (d < 0 && guard++ < 2e5) { const i = Math.floor(R() * a.length); if (a[i] > 0) { a[i]--; d++; } }
  return a;
}

const PRE = ['平安', '永丰', '长宁', '安远', '清河', '石泉', '临江', '白水', '龙门', '凤台', '青田', '宁远', '云溪', '柳林', '桃源', '金沙', '东阳', '南丰', '新化', '宜川', '双峰', '高平', '武宁', '兴隆', '福安', '泰和', '丰城', '崇义', '通山', '安化', '隆回', '永新', '会昌', '大余', '寻乌', '瑞金', '广昌', '乐安', '黎川', '资溪'];
const DIST = ['城东区', '城西区', '城南区', '城北区', '江滨区', '河西区', '新华区', '桥东区', '桥西区', '城中区', '湖滨区', '开元区'];
const PROV = ['江西省', '湖南省', '安徽省', '河南省', '四川省', '贵州省', '云南省', '甘肃省', '湖北省', '山西省'];
const IND = [['A', '农、林、牧、渔业'], ['B', '采矿业'], ['C', '制造业'], ['D', '电力、热力、燃气及水生产和供应业'], ['E', '建筑业'], ['F', '批发和零售业'], ['G', '交通运输、仓储和邮政业'], ['H', '住宿和餐饮业'], ['I', '信息传输、软件和信息技术服务业'], ['J', '金融业'], ['K', '房地产业'], ['L', '租赁和商务服务业'], ['M', '科学研究和技术服务业'], ['N', '水利、环境和公共设施管理业'], ['O', '居民服务、修理和其他服务业'], ['P', '教育'], ['Q', '卫生和社会工作'], ['R', '文化、体育和娱乐业'], ['S', '公共管理、社会保障和社会组织']];

let semCounter = 0;
const N = (sem, v, extra) => Object.assign({ sem, v }, extra || {});

function makeModel() {
  const level = pick(['county', 'city', 'city', 'province']);
  const Y = ri(2015, 2023);
  const pre = shuffle(PRE);
  let pi = 0;
  const M = { level, Y };
  M.name = level === 'county' ? pre[pi++] + '县' : level === 'city' ? pre[pi++] + '市' : pick(PROV);
  M.totName = level === 'county' ? '全县' : level === 'city' ? '全市' : '全省';
  const gMean = rand(-6, 14);
  const mkReg = (name, lo, hi, kind) => {
    const prev = rand(lo, hi); const cur = prev * Math.max(0.35, 1 + (gMean + 12 * normal()) / 100);
    const fai = pc(prev, cur);
    const rei = { prev: prev * rand(0.06, 0.5), cur: cur * rand(0.06, 0.5) };
    const sold = { prev: rei.prev * rand(0.5, 1.5), cur: rei.cur * rand(0.5, 1.5) };
    return { sem: 'reg.' + name, name, kind, fai, rei, sold };
  };
  const regs = [];
  if (level === 'province') { const n = ri(8, 14); for (let i = 0; i < n; i++) regs.push(mkReg(pre[pi++] + '市', 300, 3500, 'city')); if (chance(0.4)) regs.push(mkReg(pre[pi++] + '自治州', 150, 600, 'city')); }
  else if (level === 'city') { const d = shuffle(DIST).slice(0, ri(2, 4)); for (const x of d) regs.push(mkReg(x, 60, 500, 'district')); const n = ri(3, 8); for (let i = 0; i < n; i++) regs.push(mkReg(pre[pi++] + pick(['县', '县', '县', '市']), 25, 260, 'county')); }
  else { const n = ri(6, 12); for (let i = 0; i < n; i++) regs.push(mkReg(pre[pi++] + pick(['镇', '镇', '乡', '街道']), 0.8, 25, 'town')); }
  M.regs = regs;
  const agg = (sem, name, list) => ({ sem, name, fai: addPC(list.map((x) => x.fai)), rei: addPC(list.map((x) => x.rei)), sold: addPC(list.map((x) => x.sold)) });
  M.tot = agg('tot', M.totName, regs);
  if (level === 'city') M.distSub = agg('distsub', '市辖区', regs.filter((x) => x.kind === 'district'));
  M.devz = [];
  const nz = level === 'county' ? 1 : ri(1, 3);
  const zn = shuffle(['经济技术开发区', '高新技术产业开发区', '工业园区', '综合保税区', '产业园']);
  for (let i = 0; i < nz; i++) { const f = rand(0.04, 0.18); M.devz.push({ sem: 'devz' + i, name: (level === 'county' ? M.name.replace('县', '') : pre[pi++]) + zn[i], fai: { prev: M.tot.fai.prev * f, cur: M.tot.fai.cur * f * rand(0.8, 1.25) }, rei: null, sold: null }); const z = M.devz[M.devz.length - 1]; z.rei = { prev: z.fai.prev * rand(0.05, 0.4), cur: z.fai.cur * rand(0.05, 0.4) }; z.sold = { prev: z.rei.prev * rand(0.5, 1.5), cur: z.rei.cur * rand(0.5, 1.5) }; }
  const fai = M.tot.fai;
  M.fai = N('fai', fai);
  const [s1, s2, s3] = splitPC(fai, [rand(0.01, 0.06), rand(0.25, 0.45), rand(0.5, 0.7)], 0.15);
  M.s1 = N('s1', s1); M.s2 = N('s2', s2); M.s3 = N('s3', s3);
  const [ind, cons] = splitPC(s2, [rand(0.85, 0.97), rand(0.03, 0.15)], 0.3);
  M.ind = N('ind', ind);
  const [mining, mfg, util] = splitPC(ind, [rand(0.01, 0.08), rand(0.55, 0.8), rand(0.15, 0.35)], 0.25);
  M.mfg = N('mfg', mfg);
  M.techre = N('techre', subPC(ind, 0.2, 0.5));
  const tw = { Asvc: rand(0.002, 0.01), F: rand(0.01, 0.05), G: rand(0.08, 0.2), H: rand(0.005, 0.03), I: rand(0.01, 0.04), J: rand(0.0005, 0.005), K: rand(0.3, 0.5), L: rand(0.02, 0.06), M: rand(0.005, 0.03), N: rand(0.12, 0.25), O: rand(0.002, 0.01), P: rand(0.01, 0.04), Q: rand(0.01, 0.03), R: rand(0.005, 0.03), S: rand(0.01, 0.04) };
  const tk = Object.keys(tw); const tp = splitPC(s3, tk.map((k) => tw[k]), 0.3); const T3 = {}; tk.forEach((k, i) => (T3[k] = tp[i]));
  const indv = { A: addPC([s1, T3.Asvc]), B: mining, C: mfg, D: util, E: cons };
  for (const k of tk) if (k !== 'Asvc') indv[k] = T3[k];
  M.industries = IND.map(([code, name]) => N('in.' + code, indv[code], { code, name }));
  M.priv = N('priv', subPC(fai, 0.35, 0.6));
  M.infra = N('infra', subPC(fai, 0.15, 0.35));
  M.rei = N('rei', M.tot.rei);
  const [central, local] = splitPC(fai, [rand(0.02, 0.15), 1], 0.3);
  M.central = N('central', central); M.local = N('local', local);
  const comp = splitPC(fai, [rand(0.6, 0.75), rand(0.1, 0.25), rand(0.08, 0.2)], 0.15);
  M.comp = ['建筑安装工程', '设备工器具购置', '其他费用'].map((n, i) => N('comp' + i, comp[i], { name: n }));
  const [dom, hmt, frn] = splitPC(fai, [rand(0.9, 0.98), rand(0.005, 0.04), rand(0.005, 0.04)], 0.4);
  M.dom = N('dom', dom); M.hmt = N('hmt', hmt); M.frn = N('frn', frn);
  const dn = ['国有企业', '集体企业', '股份合作企业', '联营企业', '有限责任公司', '股份有限公司', '私营企业', '其他企业'];
  const dw = [rand(0.1, 0.3), rand(0.005, 0.02), chance(0.5) ? 0 : rand(0.001, 0.004), chance(0.6) ? 0 : rand(0.001, 0.003), rand(0.3, 0.5), rand(0.05, 0.15), rand(0.15, 0.35), rand(0.01, 0.05)];
  const dp = splitPC(dom, dw, 0.3);
  M.domKids = dn.map((n, i) => N('dom' + i, dp[i], { name: n }));
  // real estate
  const rei = M.tot.rei;
  const uses = ['住宅', '办公楼', '商业营业用房', '其他'];
  const ru = splitPC(rei, [rand(0.6, 0.8), rand(0.02, 0.08), rand(0.08, 0.2), rand(0.05, 0.15)], 0.2);
  M.reUse = uses.map((n, i) => N('reuse' + i, ru[i], { name: n }));
  M.small90 = N('small90', subPC(ru[0], 0.3, 0.6));
  const priceBase = [rand(3500, 16000), rand(6000, 20000), rand(6000, 18000), rand(1500, 5000)];
  const constr = [], newst = [], done = [], sold = [], amt = [];
  ru.forEach((x, i) => {
    const k = rand(4, 9); const c = { prev: x.prev * k, cur: x.cur * k * rand(0.9, 1.15) };
    constr.push(c); newst.push(subPC(c, 0.12, 0.4)); done.push(subPC(c, 0.06, 0.3));
    const s = subPC(c, 0.08, 0.35); sold.push(s);
    const p0 = priceBase[i], p1 = p0 * rand(0.9, 1.15);
    amt.push({ prev: s.prev * p0 / 1e4, cur: s.cur * p1 / 1e4 });
  });
  const mk = (sem, arr) => ({ tot: N(sem, addPC(arr)), kids: arr.map((x, i) => N(sem + i, x, { name: uses[i] })) });
  M.constr = mk('constr', constr); M.newst = mk('newst', newst); M.done = mk('done', done); M.soldA = mk('solda', sold); M.amt = mk('amt', amt);
  M.unsold = N('unsold', { prev: M.soldA.tot.v.prev * rand(0.3, 1), cur: M.soldA.tot.v.cur * rand(0.3, 1.2) });
  const sp = splitPC(M.soldA.tot.v, [rand(0.1, 0.3), 1], 0.2), sa = splitPC(M.amt.tot.v, [rand(0.1, 0.3), 1], 0.2);
  M.spot = N('spot', null, { area: sp[0], amt: sa[0] }); M.fut = N('fut', null, { area: sp[1], amt: sa[1] });
  // sales nodes with area & amount fields
  M.salesTot = N('salestot', null, { area: M.soldA.tot.v, amt: M.amt.tot.v });
  M.salesUse = uses.map((n, i) => N('sales' + i, null, { name: n, area: sold[i], amt: amt[i] }));
  M.spot.name = '现房'; M.fut.name = '期房';
  // funds
  const ft = { prev: rei.prev * rand(1.2, 1.7), cur: rei.cur * rand(1.2, 1.7) };
  const fdiZero = chance(0.35);
  const fw = [rand(0.1, 0.2), fdiZero ? 0 : rand(0.001, 0.01), rand(0.3, 0.45), rand(0.35, 0.55)];
  const fp = splitPC(ft, fw, 0.2);
  if (fdiZero && chance(0.4)) { const x = ft.cur * rand(0.001, 0.005); fp[1] = { prev: 0, cur: x }; fp[2].cur -= x; }
  M.funds = N('funds', ft);
  M.fundParts = ['国内贷款', '利用外资', '自筹资金', '其他资金'].map((n, i) => N('fund' + i, fp[i], { name: n }));
  const [bank, nonbank] = splitPC(fp[0], [rand(0.8, 0.95), rand(0.05, 0.2)], 0.3);
  M.bank = N('bank', bank); M.nonbank = N('nonbank', nonbank);
  M.deposit = N('deposit', subPC(fp[3], 0.5, 0.65)); M.mortgage = N('mortgage', subPC(fp[3], 0.2, 0.33));
  M.land = N('landarea', { prev: rand(5, 200) * (level === 'province' ? 20 : level === 'city' ? 3 : 0.3), cur: 0 }); M.land.v.cur = M.land.v.prev * rand(0.5, 1.5);
  // projects
  const NT = level === 'county' ? ri(120, 600) : level === 'city' ? ri(700, 3000) : ri(5000, 18000);
  const NTp = Math.round(NT * rand(0.8, 1.15));
  const proj = { n: pc(NTp, NT) };
  proj.nNew = pc(Math.round(NTp * rand(0.4, 0.65)), Math.round(NT * rand(0.4, 0.65)));
  proj.nDone = pc(Math.round(NTp * rand(0.3, 0.5)), Math.round(NT * rand(0.3, 0.5)));
  proj.big = pc(Math.round(NTp * rand(0.1, 0.3)), Math.round(NT * rand(0.1, 0.3)));
  proj.inv = { prev: fai.prev * rand(0.7, 0.85), cur: fai.cur * rand(0.7, 0.85) };
  proj.plan = { prev: proj.inv.prev * rand(2.5, 5), cur: proj.inv.cur * rand(2.5, 5) };
  proj.newFA = { prev: proj.inv.prev * rand(0.45, 1.15), cur: proj.inv.cur * rand(0.45, 1.15) };
  const splitProj = (names, sems, w) => {
    const out = names.map((n, i) => ({ sem: sems[i], name: n }));
    for (const f of ['n', 'nNew', 'nDone', 'big']) {
      for (const per of ['prev', 'cur']) {
        let vals;
        if (f === 'n') vals = intSplit(proj.n[per], w.map((x) => x * rand(0.8, 1.2)));
        else vals = intCapped(proj[f][per], out.map((o) => o.n[per]));
        out.forEach((o, i) => { o[f] = o[f] || {}; o[f][per] = vals[i]; });
      }
    }
    for (const f of ['inv', 'plan', 'newFA']) { const parts = splitPC(proj[f], w, 0.25); out.forEach((o, i) => (o[f] = parts[i])); }
    return out;
  };
  M.projTot = Object.assign({ sem: 'projtot', name: '总计' }, proj);
  M.projSec = splitProj(['第一产业', '第二产业', '第三产业'], ['ps1', 'ps2', 'ps3'], [s1.cur, s2.cur, s3.cur]);
  M.projReg = splitProj(regs.map((r) => r.name), regs.map((r) => 'pr.' + r.name), regs.map((r) => r.fai.cur));
  if (M.distSub) { const ds = M.projReg.filter((_, i) => regs[i].kind === 'district'); M.projDist = { sem: 'prdist', name: '市辖区' }; for (const f of ['n', 'nNew', 'nDone', 'big', 'inv', 'plan', 'newFA']) M.projDist[f] = addPC(ds.map((x) => x[f])); }
  // monthly cumulative
  const seas = [0.035, 0.05, 0.085, 0.085, 0.09, 0.115, 0.08, 0.08, 0.095, 0.085, 0.09, 0.115];
  const monthly = (t) => {
    const wp = seas.map((x) => x * Math.exp(0.12 * normal())), wc = wp.map((x) => x * Math.exp(0.15 * normal()));
    const sp = wp.reduce((a, b) => a + b, 0), sc = wc.reduce((a, b) => a + b, 0);
    const cp = [], cc = []; let ap = 0, ac = 0;
    for (let m = 0; m < 12; m++) { ap += t.prev * wp[m] / sp; ac += t.cur * wc[m] / sc; cp.push(ap); cc.push(ac); }
    cp[11] = t.prev; cc[11] = t.cur;
    return cc.map((c, m) => ({ prev: cp[m], cur: c }));
  };
  M.monthly = { fai: monthly(fai), rei: monthly(rei), sold: monthly(M.soldA.tot.v) };
  // years
  const k = ri(5, 8); const years = []; for (let y = Y - k; y <= Y; y++) years.push(y);
  const yv = {}; yv[Y] = { fai: fai.cur, s1: s1.cur, s2: s2.cur, s3: s3.cur, rei: rei.cur, res: ru[0].cur, solda: M.soldA.tot.v.cur };
  yv[Y - 1] = { fai: fai.prev, s1: s1.prev, s2: s2.prev, s3: s3.prev, rei: rei.prev, res: ru[0].prev, solda: M.soldA.tot.v.prev };
  for (let y = Y - 2; y >= Y - k - 1; y--) {
    const nx = yv[y + 1]; const f = nx.fai / (1 + rand(-4, 22) / 100);
    const w = [nx.s1 / nx.fai * rand(0.85, 1.15), nx.s2 / nx.fai * rand(0.9, 1.1), nx.s3 / nx.fai * rand(0.95, 1.05)]; const W = w[0] + w[1] + w[2];
    const rei2 = nx.rei / (1 + rand(-8, 25) / 100);
    yv[y] = { fai: f, s1: f * w[0] / W, s2: f * w[1] / W, s3: f * w[2] / W, rei: rei2, res: rei2 * rand(0.6, 0.8), solda: nx.solda / (1 + rand(-15, 25) / 100) };
  }
  M.years = years; M.yv = yv;
  return M;
}

// ---------- workbook builder ----------
class Book {
  constructor(file) {
    this.file = file; this.wb = new ExcelJS.Workbook(); this.meta = {}; this.vals = {}; this.rels = []; this.sheets = {};
    this.text = chance(0.12); this.precise = !this.text && chance(0.12); this.pctFmt = chance(0.1); this.thousands = chance(0.3);
    this.someText = !this.text && chance(0.15);
    this.ind = pick(['　　', '  ', 'align', '　', 'align']);
    this.wan = chance(0.25);
    this.dec = pick([1, 2, 2]);
    this.gdec = pick([1, 1, 1, 2]);
  }
  sheet(name) { const ws = this.wb.addWorksheet(name); const s = new Sheet(this, ws, name); this.sheets[name] = s; return s; }
  rel(r) { this.rels.push(r); }
}
class Sheet {
  constructor(b, ws, name) { this.book = b; this.ws = ws; this.name = name; }
  key(r, c) { return this.name + '!' + A(r, c); }
  txt(r, c, t, o = {}) { const cell = this.ws.getCell(r, c); let lvl = 0; if (typeof t === 'string') { while (t[lvl] === '\u0001') lvl++; t = t.slice(lvl); } cell.value = t; if (lvl) cell.alignment = { indent: lvl * 2 }; if (o.bold) cell.font = { bold: true }; if (o.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; if (o.right) cell.alignment = { horizontal: 'right' }; }
  merge(r1, c1, r2, c2, t, o = { center: true }) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, t, o); }
  num(r, c, v, dec, o = {}) {
    const b = this.book, key = this.key(r, c), cell = this.ws.getCell(r, c);
    const m = { dec, exact: !!o.exact };
    if (o.sem) m.sem = o.sem;
    if (v == null || Number.isNaN(v)) { cell.value = o.sym || '—'; m.nul = o.nul || 'na'; b.meta[key] = m; b.vals[key] = null; cell.alignment = { horizontal: 'right' }; return key; }
    m.text = b.text || (b.someText && chance(0.12));
    m.pct = !!(o.pct && b.pctFmt && !m.text);
    m.precise = b.precise && !o.exact;
    m.th = b.thousands && (m.text ? chance(0.5) : true);
    b.meta[key] = m;
    writeVal(b, key, v, false);
    return key;
  }
}
function writeVal(b, key, v, rounded) {
  const m = b.meta[key]; const [sn, addr] = key.split('!');
  const cell = b.wb.getWorksheet(sn).getCell(addr);
  const disp = round(v, m.dec);
  const raw = m.precise && !rounded ? v : disp;
  if (m.text) { cell.value = fmtNum(disp, m.dec, m.th); cell.alignment = { horizontal: 'right' }; }
  else if (m.pct) { cell.value = raw / 100; cell.numFmt = (m.dec ? '0.' + '0'.repeat(m.dec) : '0') + '%'; }
  else { cell.value = raw; cell.numFmt = (m.th ? '#,##0' : '0') + (m.dec ? '.' + '0'.repeat(m.dec) : ''); }
  b.vals[key] = raw;
}
function header(s, r0, c0, rows) {
  const occ = new Set(); let maxc = c0;
  rows.forEach((row, i) => {
    let c = c0;
    for (const h of row) {
      while (occ.has((r0 + i) + ',' + c)) c++;
      const cs = h.cs || 1, rs = h.rs || 1;
      for (let a = 0; a < rs; a++) for (let bb = 0; bb < cs; bb++) occ.add((r0 + i + a) + ',' + (c + bb));
      s.merge(r0 + i, c, r0 + i + rs - 1, c + cs - 1, h.t);
      for (let a = 0; a < rs; a++) for (let bb = 0; bb < cs; bb++) s.ws.getCell(r0 + i + a, c + bb).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      c += cs; maxc = Math.max(maxc, c - 1);
    }
  });
  return r0 + rows.length;
}

// generic table: rows [{id,label,node,field,dec,scale,heading,code,unit}] cols [{kind,field,dec,scale,base,num,den,k,le,text}]
function table(s, r, c0, spec) {
  const b = s.book; const cellOf = {}; const rowOf = {};
  const byId = {}; spec.rows.forEach((x) => { if (x.id) byId[x.id] = x; });
  for (const row of spec.rows) {
    s.txt(r, c0, row.label);
    if (spec.codeCol && row.code) s.txt(r, spec.codeCol, row.code, { center: true });
    if (row.heading) { r++; continue; }
    rowOf[row.id] = r;
    spec.cols.forEach((col, j) => {
      const c = spec.colStart + j;
      if (col.kind === 'text') { s.txt(r, c, row[col.prop] || '', { center: true }); return; }
      const f = col.field || row.field || 'v';
      const x = row.node[f];
      const scale = col.scale != null ? col.scale : (row.scale != null ? row.scale : 1);
      const ex = !!(row.exact || col.exact);
      let v = null, dec = col.dec, nul = 'na', sem = null;
      if (col.kind === 'cur' || col.kind === 'prev') {
        dec = row.dec != null ? row.dec : col.dec;
        const val = x ? x[col.kind] : null;
        if (val == null) v = null; else if (x.prev === 0 && x.cur === 0) { v = null; nul = 'zero'; } else v = val * scale;
        if (row.suppress) { v = null; nul = 'na'; }
        if (v === 0 && !ex) { v = null; nul = 'zero'; }
        sem = row.node.sem + '|' + f + '|' + col.kind + '|' + scale;
      } else if (col.kind === 'g') {
        v = gr(x); if (x && x.prev === 0 && x.cur === 0) v = null; if (row.suppress) v = null;
        sem = row.node.sem + '|' + f + '|g';
      } else if (col.kind === 'share') {
        const base = byId[col.base || spec.shareBase].node[f].cur;
        v = x && x.cur > 0 ? 100 * x.cur / base : null; if (v == null) nul = 'zero'; if (row.suppress) { v = null; nul = 'na'; }
      } else if (col.kind === 'ratio') {
        const nu = row.node[col.num], de = row.node[col.den];
        v = nu && de && de.cur > 0 ? col.k * nu.cur / de.cur : null;
      }
      const key = s.num(r, c, v, dec, { sym: row.suppress ? '…' : undefined, exact: ex && (col.kind === 'cur' || col.kind === 'prev'), nul, sem: sem && !spec.noSem ? sem + '|' + (col.kind === 'g' ? '' : '') : undefined, pct: col.kind === 'g' || col.kind === 'share' });
      cellOf[row.id + '|' + j] = key;
    });
    r++;
  }
  const cols = spec.cols;
  const K = (id, j) => cellOf[id + '|' + j];
  const fieldOf = (col) => col.field || '';
  cols.forEach((col, j) => {
    if (!['cur', 'prev', 'share'].includes(col.kind)) return;
    for (const g of spec.groups || []) b.rel({ type: 'sum', total: K(g.total, j), parts: g.parts.map((p) => K(p, j)) });
    if (col.kind !== 'share' || spec.subShare !== false) for (const [p, w] of spec.subs || []) b.rel({ type: 'le', part: K(p, j), whole: K(w, j) });
    for (const ls of spec.lesums || []) b.rel({ type: 'lesum', total: K(ls.total, j), parts: ls.parts.map((p) => K(p, j)) });
    if (col.le) { const jj = cols.findIndex((cc) => cc.kind === col.kind && fieldOf(cc) === col.le); for (const id of Object.keys(rowOf)) b.rel({ type: 'le', part: K(id, j), whole: K(id, jj) }); }
  });
  cols.forEach((col, j) => {
    if (col.kind === 'g') {
      const jc = cols.findIndex((cc) => cc.kind === 'cur' && fieldOf(cc) === fieldOf(col));
      const jp = cols.findIndex((cc) => cc.kind === 'prev' && fieldOf(cc) === fieldOf(col));
      if (jc >= 0 && jp >= 0) for (const id of Object.keys(rowOf)) b.rel({ type: 'growth', rate: K(id, j), cur: K(id, jc), prev: K(id, jp) });
      else if (jc >= 0) for (const g of spec.groups || []) b.rel({ type: 'gsum', total: { c: K(g.total, jc), r: K(g.total, j) }, parts: g.parts.map((p) => ({ c: K(p, jc), r: K(p, j) })) });
    }
    if (col.kind === 'share') {
      const jc = cols.findIndex((cc) => cc.kind === 'cur' && fieldOf(cc) === fieldOf(col));
      const base = col.base || spec.shareBase;
      if (jc >= 0 && rowOf[base]) for (const id of Object.keys(rowOf)) b.rel({ type: 'share', share: K(id, j), part: K(id, jc), whole: K(base, jc) });
      else if (rowOf[base]) for (const id of Object.keys(rowOf)) if (id !== base) b.rel({ type: 'le', part: K(id, j), whole: K(base, j) });
    }
    if (col.kind === 'ratio') {
      const jn = cols.findIndex((cc) => cc.kind === 'cur' && cc.field === col.num), jd = cols.findIndex((cc) => cc.kind === 'cur' && cc.field === col.den);
      const scale = (cols[jn] && cols[jn].scale || 1) / (cols[jd] && cols[jd].scale || 1);
      if (jn >= 0 && jd >= 0) for (const id of Object.keys(rowOf)) b.rel({ type: 'ratio', cell: K(id, j), num: K(id, jn), den: K(id, jd), k: col.k / scale });
    }
  });
  return { end: r, rowOf, cellOf };
}

// ---------- text helpers ----------
const G_HDR = () => pick(['比上年增长（%）', '比上年增长(%)', '增长（%）', '同比增长（%）', '增速（%）', '比上年±%', '比上年增减（%）']);
const S_HDR = () => pick(['占比（%）', '比重（%）', '构成（%）', '所占比重（%）']);
function money(b) { return b.wan ? { scale: 1e4, dec: 0, name: '万元' } : { scale: 1, dec: b.dec, name: '亿元' }; }
function title(s, r, c0, width, t, unit) {
  s.merge(r, c0, r, c0 + width - 1, t, { center: true, bold: true });
  s.ws.getCell(r, c0).font = { bold: true, size: 14 };
  r++;
  if (unit) { if (chance(0.6)) s.txt(r, c0 + width - 1, unit, { right: true }); else s.txt(r, c0, unit); r++; }
  return r;
}
function notes(s, r, c0, list) { if (list.some((x) => x.includes('可比口径'))) s.comparable = true; if (!list.length) return r; r += chance(0.5) ? 0 : 1; const one = chance(0.5); if (one) { s.txt(r++, c0, '注：' + list.map((x, i) => (list.length > 1 ? (i + 1) + '.' : '') + x).join('')); } else { s.txt(r++, c0, '注：' + list[0]); for (let i = 1; i < list.length; i++) s.txt(r++, c0, '　　' + list[i]); } return r; }
const NOTE_POOL = ['本表数据不含农户投资。', '部分数据因四舍五入的原因，存在总计与分项合计不等的情况。', '增长速度按可比口径计算。', '“—”表示无此项或数据为零。', '固定资产投资统计起点为计划总投资500万元及以上。', '房地产开发投资包含在固定资产投资中。', '“…”表示数据不宜公开。'];
const someNotes = () => shuffle(NOTE_POOL).slice(0, ri(0, 3));
function widths(s, c0, labelW, n, w) { s.ws.getColumn(c0).width = labelW; for (let i = 1; i <= n; i++) s.ws.getColumn(c0 + i).width = w || 13; }
const ind = (b, k = 1) => (b.ind === 'align' ? '\u0001' : b.ind).repeat(k);
const SIB = '　　　'; // siblings of a 其中 row align with the text after 其中：

// period header text
function curHdr(M) { return pick([M.Y + '年', '本年', '绝对额', '1—12月', M.Y + '年完成']); }
function prevHdr(M) { return pick([(M.Y - 1) + '年', '上年', '上年同期']); }

// column variants for simple [value] tables; returns {cols, hdr2 (two-row?)}
function valueCols(b, M, U, opts = {}) {
  const v = opts.variants || ['cg', 'cpg', 'cgs', 'cs', 'pcg', 'cg'];
  const which = pick(v);
  const cols = []; const hdr = [];
  for (const ch of which) {
    if (ch === 'c') { cols.push({ kind: 'cur', dec: U.dec, scale: U.scale }); hdr.push(opts.curH || curHdr(M)); }
    if (ch === 'p') { cols.push({ kind: 'prev', dec: U.dec, scale: U.scale }); hdr.push(prevHdr(M)); }
    if (ch === 'g') { cols.push({ kind: 'g', dec: b.gdec }); hdr.push(G_HDR()); }
    if (ch === 's') { cols.push({ kind: 'share', dec: 1 }); hdr.push(S_HDR()); }
  }
  return { cols, hdr, which };
}
function writeHdr(s, r, c0, labelH, hdr, U, extra) {
  const two = chance(0.5);
  if (two && hdr.length > 1) {
    const top = [{ t: labelH, rs: 2 }, { t: extra || pick(['本期', '投资完成情况', '全年', '完成情况']), cs: hdr.length }];
    return header(s, r, c0, [top, hdr.map((t, i) => ({ t: U && i === 0 && !/（/.test(t) ? t + '（' + U.name + '）' : t }))]);
  }
  const h = hdr.map((t, i) => ({ t: U && i === 0 && !/（/.test(t) && chance(0.5) ? t + '（' + U.name + '）' : t }));
  return header(s, r, c0, [[{ t: labelH }, ...h]]);
}

// ---------- templates ----------
function T_sector(b, s, r, M) {
  const U = money(b); const c0 = 1; const { cols, hdr } = valueCols(b, M, U);
  r = title(s, r, c0, cols.length + 1, pick([`${M.name}${M.Y}年固定资产投资主要情况`, `${M.Y}年${M.name}固定资产投资（不含农户）`, '按三次产业分固定资产投资', `${M.name}固定资产投资情况`]), chance(0.7) ? '单位：' + U.name + (cols.some((c) => c.kind === 'g' || c.kind === 'share') ? '、%' : '') : null);
  r = writeHdr(s, r, c0, pick(['指标', '项目', '指 标']), hdr, U);
  const rows = [{ id: 'T', label: pick(['固定资产投资（不含农户）', '全社会固定资产投资', '固定资产投资', '全部投资', '500万元以上项目投资']), node: M.fai }];
  const subs = []; const mode = pick(['A', 'B', 'none', 'A']);
  if (mode === 'A') { rows.push({ id: 'priv', label: ind(b) + '其中：民间投资', node: M.priv }); subs.push(['priv', 'T']); if (chance(0.5)) { rows.push({ id: 'inf', label: ind(b) + SIB + '基础设施投资', node: M.infra }); subs.push(['inf', 'T']); } }
  if (chance(0.5)) rows.push({ heading: true, label: pick(['按产业分', '分产业', '按三次产业分：', '三次产业']) });
  rows.push({ id: 's1', label: ind(b) + '第一产业', node: M.s1 }, { id: 's2', label: ind(b) + '第二产业', node: M.s2 }, { id: 'ind', label: ind(b, 2) + '其中：工业', node: M.ind });
  subs.push(['ind', 's2']);
  const deep = pick(['mfg', 'tr', 'none', 'mfg']);
  if (deep === 'mfg') { rows.push({ id: 'mfg', label: ind(b, 2) + SIB + '　　' + pick(['其中：制造业', '#制造业']), node: M.mfg }); subs.push(['mfg', 'ind']); }
  if (deep === 'tr') { rows.push({ id: 'tr', label: ind(b, 2) + SIB + '　　' + pick(['其中：工业技术改造投资', '#技术改造投资']), node: M.techre }); subs.push(['tr', 'ind']); }
  rows.push({ id: 's3', label: ind(b) + '第三产业', node: M.s3 });
  if (mode === 'B') {
    rows.push({ heading: true, label: pick(['分领域', '主要领域', '按主要领域分：']) });
    const qz = chance(0.5); let first = true;
    for (const [id, lab, node] of [['iw', '工业投资', M.ind], ['inf', '基础设施投资', M.infra], ['priv', '民间投资', M.priv], ['re', '房地产开发投资', M.rei]]) { if (id === 'iw' && chance(0.5)) continue; rows.push({ id, label: ind(b) + (qz ? (first ? '其中：' : SIB) : '') + lab, node }); subs.push([id, 'T']); first = false; }
  }
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups: [{ total: 'T', parts: ['s1', 's2', 's3'] }], subs, shareBase: 'T' });
  widths(s, c0, 30, cols.length);
  return notes(s, t.end, c0, someNotes());
}

function T_industry(b, s, r, M) {
  const U = money(b); const code = chance(0.35); const c0 = 1; const cs = code ? 3 : 2;
  const { cols, hdr } = valueCols(b, M, U, { variants: ['cg', 'cgs', 'cpg', 'cg', 'g', 'cs'] });
  r = title(s, r, c0, cols.length + cs - 1, pick([`${M.Y}年${M.name}分行业固定资产投资`, '按行业分固定资产投资（不含农户）', '分行业投资完成情况']), chance(0.7) ? '单位：' + U.name + '，%' : null);
  if (code) r = header(s, r, c0, [[{ t: '行业' }, { t: '代码' }, ...hdr.map((t) => ({ t }))]]); else r = writeHdr(s, r, c0, '行业', hdr, U);
  const rows = [{ id: 'T', label: pick(['总计', '合计', '固定资产投资']), node: M.fai }];
  const groups = []; const subs = [];
  if (chance(0.5)) {
    rows.push({ heading: true, label: pick(['按三次产业分', '三次产业']) });
    rows.push({ id: 's1', label: ind(b) + '第一产业', node: M.s1 }, { id: 's2', label: ind(b) + '第二产业', node: M.s2 }, { id: 's3', label: ind(b) + '第三产业', node: M.s3 });
    groups.push({ total: 'T', parts: ['s1', 's2', 's3'] });
  }
  rows.push({ heading: true, label: pick(['按行业分', '分行业', '按国民经济行业分']) });
  const ids = [];
  M.industries.forEach((x) => { const id = 'i' + x.code; ids.push(id); rows.push({ id, label: ind(b) + x.name, node: x, code: x.code }); });
  groups.push({ total: 'T', parts: ids });
  if (groups.length === 2 && chance(0.6)) groups.push({ total: 's2', parts: ['iB', 'iC', 'iD', 'iE'] });
  const t = table(s, r, c0, { rows, cols, colStart: c0 + cs - 1, codeCol: code ? c0 + 1 : null, groups, subs, shareBase: 'T' });
  widths(s, c0, 34, cols.length + cs - 1);
  return notes(s, t.end, c0, someNotes());
}

function T_multi(b, s, r, M) {
  const U = money(b); const c0 = 1; const { cols, hdr } = valueCols(b, M, U, { variants: ['cg', 'cpg', 'cgs', 'cg'] });
  r = title(s, r, c0, cols.length + 1, pick(['固定资产投资（不含农户）构成', `${M.name}固定资产投资分类情况`, `${M.Y}年固定资产投资（按隶属关系、构成、登记注册类型分）`]), chance(0.6) ? '单位：' + U.name : null);
  r = writeHdr(s, r, c0, '指标', hdr, U);
  const rows = [{ id: 'T', label: pick(['总计', '固定资产投资（不含农户）', '合计']), node: M.fai }];
  const groups = []; const subs = []; const order = shuffle(['aff', 'comp', 'reg']);
  for (const g of order) {
    if (g === 'aff') { rows.push({ heading: true, label: '按隶属关系分' }, { id: 'cen', label: ind(b) + '中央项目', node: M.central }, { id: 'loc', label: ind(b) + '地方项目', node: M.local }); groups.push({ total: 'T', parts: ['cen', 'loc'] }); }
    if (g === 'comp') { rows.push({ heading: true, label: '按构成分' }); M.comp.forEach((x, i) => rows.push({ id: 'cp' + i, label: ind(b) + x.name, node: x })); groups.push({ total: 'T', parts: ['cp0', 'cp1', 'cp2'] }); }
    if (g === 'reg') {
      rows.push({ heading: true, label: pick(['按登记注册类型分', '按经济类型分']) }, { id: 'dom', label: ind(b) + '内资企业', node: M.dom });
      const kids = chance(0.7) ? M.domKids : M.domKids.slice(0, 0);
      kids.forEach((x, i) => rows.push({ id: 'dk' + i, label: ind(b, 2) + x.name, node: x }));
      if (kids.length) groups.push({ total: 'dom', parts: kids.map((_, i) => 'dk' + i) });
      rows.push({ id: 'hmt', label: ind(b) + '港澳台商投资企业', node: M.hmt }, { id: 'frn', label: ind(b) + '外商投资企业', node: M.frn });
      groups.push({ total: 'T', parts: ['dom', 'hmt', 'frn'] });
    }
  }
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups, subs, shareBase: 'T' });
  widths(s, c0, 26, cols.length);
  return notes(s, t.end, c0, someNotes());
}

function regionRows(b, M, projMode) {
  const rows = []; const groups = []; const subs = [];
  const node = (x, i) => (projMode ? M.projReg[i] : x);
  rows.push({ id: 'T', label: projMode ? M.totName : pick([M.totName, M.totName + '合计', '总计']), node: projMode ? M.projTot : M.tot });
  if (M.level === 'city') {
    const dIdx = M.regs.map((x, i) => [x, i]).filter(([x]) => x.kind === 'district');
    const cIdx = M.regs.map((x, i) => [x, i]).filter(([x]) => x.kind !== 'district');
    const after = chance(0.3);
    const dsub = { id: 'D', label: ind(b) + (after ? '小计' : pick(['市辖区', '市区', '中心城区'])), node: projMode ? M.projDist : M.distSub };
    if (!after) rows.push(dsub);
    dIdx.forEach(([x, i]) => rows.push({ id: 'r' + i, label: ind(b, after ? 1 : 2) + x.name, node: node(x, i) }));
    if (after) rows.push(dsub);
    cIdx.forEach(([x, i]) => rows.push({ id: 'r' + i, label: ind(b) + x.name, node: node(x, i) }));
    groups.push({ total: 'T', parts: ['D', ...cIdx.map(([, i]) => 'r' + i)] }, { total: 'D', parts: dIdx.map(([, i]) => 'r' + i) });
  } else {
    M.regs.forEach((x, i) => rows.push({ id: 'r' + i, label: ind(b) + x.name, node: node(x, i) }));
    groups.push({ total: 'T', parts: M.regs.map((_, i) => 'r' + i) });
  }
  if (!projMode && chance(0.6)) {
    if (chance(0.5)) {
      const zr = M.devz.map((z, i) => ({ id: 'z' + i, label: ind(b) + (i === 0 ? '其中：' : SIB) + z.name, node: z }));
      rows.splice(1, 0, ...zr);
    } else {
      rows.push({ heading: true, label: pick(['开发区（园区）', '各类开发区', '附：开发区']) });
      M.devz.forEach((z, i) => rows.push({ id: 'z' + i, label: ind(b) + z.name, node: z }));
      rows.devzNote = true;
    }
    M.devz.forEach((z, i) => subs.push(['z' + i, 'T']));
  }
  return { rows, groups, subs };
}

function T_region(b, s, r, M) {
  const U = money(b); const c0 = 1;
  const v = pick(['fg', 'fgs', 'fgrg', 'pfg', 'fgrgs', 'frg', 'fs']);
  const cols = []; const top = []; const sub = [];
  const lbl = M.level === 'province' ? '地区' : M.level === 'city' ? pick(['县（市、区）', '地区', '区县']) : pick(['乡镇（街道）', '乡镇']);
  const addGroup = (field, name, parts) => { top.push({ t: name, cs: parts.length }); for (const p of parts) { cols.push(Object.assign({ field }, p.col)); sub.push({ t: p.h }); } };
  const C = { kind: 'cur', dec: U.dec, scale: U.scale }, P = { kind: 'prev', dec: U.dec, scale: U.scale }, Gc = { kind: 'g', dec: b.gdec }, Sc = { kind: 'share', dec: 1 };
  const fparts = v.startsWith('p') ? [{ col: P, h: prevHdr(M) }, { col: C, h: curHdr(M) }, { col: Gc, h: G_HDR() }] : v.startsWith('fs') ? [{ col: C, h: '投资额' }, { col: Sc, h: pick(['占全市比重（%）', '比重（%）', '占比（%）']) }] : [{ col: C, h: pick(['投资额', '绝对额', '完成投资']) }, { col: Gc, h: G_HDR() }];
  if (v === 'fgs' || v === 'fgrgs') fparts.push({ col: Sc, h: pick(['占' + M.totName.replace('全', '') + '比重（%）', '比重（%）']) });
  fparts[fparts.findIndex((p) => p.col.kind === 'cur')].h += '（' + U.name + '）';
  addGroup('fai', '固定资产投资', fparts);
  if (v.includes('r')) { const rp = [{ col: Object.assign({}, C, { le: 'fai' }), h: pick(['投资额', '绝对额']) }]; if (v.includes('rg')) rp.push({ col: Gc, h: G_HDR() }); addGroup('rei', '房地产开发投资', rp); }
  r = title(s, r, c0, cols.length + 1, pick([`${M.Y}年分${M.level === 'province' ? '市州' : M.level === 'city' ? '县（市、区）' : '乡镇'}固定资产投资`, `${M.name}各地固定资产投资完成情况`, '分地区投资情况']), chance(0.7) ? '单位：' + U.name + '、%' : null);
  r = header(s, r, c0, [[{ t: lbl, rs: 2 }, ...top], sub]);
  const { rows, groups, subs } = regionRows(b, M, false);
  let supp = false; if (chance(0.2)) { const cand = rows.filter((x) => x.id && /^r/.test(x.id)); if (cand.length) { pick(cand).suppress = true; supp = true; } }
  // occasionally suppress one small region's value
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups, subs, shareBase: 'T' });
  widths(s, c0, 22, cols.length);
  const nl = someNotes(); if (rows.devzNote || (subs.length && chance(0.5))) nl.push('开发区数据已包含在所在县（市、区）中，不参与合计。'); if (supp && !nl.some((x) => x.includes('…'))) nl.push('“…”表示数据不宜公开。');
  return notes(s, t.end, c0, nl);
}

function T_proj(b, s, r, M) {
  const U = money(b); const c0 = 1; const byReg = chance(0.5);
  const cols = [{ kind: 'cur', field: 'n', dec: 0, exact: true }, { kind: 'cur', field: 'nNew', dec: 0, exact: true, le: 'n' }];
  const top = [{ t: '施工项目（个）', cs: 2 }]; const sub = [{ t: pick(['合计', '个数', '施工项目']) }, { t: pick(['其中：新开工', '#新开工项目', '其中新开工项目']) }];
  if (chance(0.6)) { cols.push({ kind: 'cur', field: 'nDone', dec: 0, exact: true, le: 'n' }); top.push({ t: '投产项目（个）', rs: 2 }); }
  if (chance(0.3)) { cols.push({ kind: 'cur', field: 'big', dec: 0, exact: true, le: 'n' }); top.push({ t: '亿元以上项目（个）', rs: 2 }); }
  if (chance(0.5)) { cols.push({ kind: 'cur', field: 'plan', dec: U.dec, scale: U.scale }); top.push({ t: '计划总投资（' + U.name + '）', rs: 2 }); }
  cols.push({ kind: 'cur', field: 'inv', dec: U.dec, scale: U.scale }); top.push({ t: '本年完成投资（' + U.name + '）', rs: 2 });
  const hasFA = chance(0.7);
  if (hasFA) { cols.push({ kind: 'cur', field: 'newFA', dec: U.dec, scale: U.scale }); top.push({ t: '新增固定资产（' + U.name + '）', rs: 2 }); if (chance(0.6)) { cols.push({ kind: 'ratio', num: 'newFA', den: 'inv', k: 100, dec: 1 }); top.push({ t: '固定资产交付使用率（%）', rs: 2 }); } }
  r = title(s, r, c0, cols.length + 1, pick([`${M.Y}年${M.name}固定资产投资项目建设情况`, '施工项目及新增固定资产', '项目建设进度']), null);
  r = header(s, r, c0, [[{ t: byReg ? '地区' : '指标', rs: 2 }, ...top], sub]);
  let rows, groups, subs = [];
  if (byReg) ({ rows, groups } = regionRows(b, M, true));
  else { rows = [{ id: 'T', label: '总计', node: M.projTot }, { id: 'p1', label: ind(b) + '第一产业', node: M.projSec[0] }, { id: 'p2', label: ind(b) + '第二产业', node: M.projSec[1] }, { id: 'p3', label: ind(b) + '第三产业', node: M.projSec[2] }]; groups = [{ total: 'T', parts: ['p1', 'p2', 'p3'] }]; }
  rows.forEach((x) => (x.exact = false));
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups, subs });
  widths(s, c0, 20, cols.length);
  const nl = someNotes(); if (hasFA && chance(0.6)) nl.push('新增固定资产包括以前年度投资在本年形成的固定资产，交付使用率可能超过100%。');
  return notes(s, t.end, c0, nl);
}

function T_re(b, s, r, M) {
  const c0 = 1; const U = money(b); const adec = pick([1, 2]);
  const variant = pick(['cg', 'cpg', 'cg']);
  const cols = [{ kind: 'text', prop: 'unit' }]; const hdr = ['计量单位'];
  for (const ch of variant) { if (ch === 'c') { cols.push({ kind: 'cur', dec: 2 }); hdr.push(curHdr(M)); } if (ch === 'p') { cols.push({ kind: 'prev', dec: 2 }); hdr.push(prevHdr(M)); } if (ch === 'g') { cols.push({ kind: 'g', dec: b.gdec }); hdr.push(G_HDR()); } }
  r = title(s, r, c0, cols.length + 1, pick([`${M.Y}年${M.name}房地产开发和销售情况`, '房地产开发主要指标', `${M.name}房地产开发情况`]), null);
  r = header(s, r, c0, [[{ t: '指标' }, ...hdr.map((t) => ({ t }))]]);
  const mrow = (id, label, node) => ({ id, label, node, unit: U.name, dec: U.dec, scale: U.scale });
  const arow = (id, label, node) => ({ id, label, node, unit: '万平方米', dec: adec, scale: 1 });
  const rows = [mrow('inv', '房地产开发投资', M.rei)]; const groups = [], subs = [], lesums = [];
  const full = chance(0.5);
  const uses = full ? [0, 1, 2, 3] : [0, 1, 2];
  uses.forEach((i, k) => rows.push(mrow('u' + i, (full ? ind(b) : ind(b) + (k === 0 ? '其中：' : SIB)) + M.reUse[i].name, M.reUse[i])));
  if (chance(0.4)) { rows.splice(2, 0, mrow('s90', (full ? ind(b, 2) : ind(b) + SIB + '　　') + pick(['其中：90平方米及以下住房', '#90平方米及以下']), M.small90)); subs.push(['s90', 'u0']); }
  if (full) groups.push({ total: 'inv', parts: uses.map((i) => 'u' + i) }); else lesums.push({ total: 'inv', parts: uses.map((i) => 'u' + i) });
  uses.forEach((i) => subs.push(['u' + i, 'inv']));
  for (const [k, lab] of [['constr', '施工面积'], ['newst', '新开工面积'], ['done', '竣工面积']]) { if (k !== 'constr' && chance(0.2)) continue; rows.push(arow(k, pick(['房屋', '商品房', '']) + lab, M[k].tot)); rows.push(arow(k + 'r', ind(b) + '其中：住宅', M[k].kids[0])); subs.push([k + 'r', k]); if (k !== 'constr') { subs.push([k, 'constr']); subs.push([k + 'r', 'constrr']); } }
  rows.push(arow('sold', '商品房销售面积', M.soldA.tot), arow('soldr', ind(b) + '其中：住宅', M.soldA.kids[0])); subs.push(['soldr', 'sold']);
  rows.push(mrow('amt', '商品房销售额', M.amt.tot), mrow('amtr', ind(b) + '其中：住宅', M.amt.kids[0])); subs.push(['amtr', 'amt']);
  if (chance(0.5)) rows.push(arow('unsold', '商品房待售面积', M.unsold));
  if (chance(0.4)) rows.push(arow('land', '本年购置土地面积', M.land));
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups, subs, lesums });
  widths(s, c0, 30, cols.length);
  return notes(s, t.end, c0, someNotes());
}

function T_sales(b, s, r, M) {
  const c0 = 1; const U = money(b); const adec = pick([1, 2]);
  const withP = chance(0.3), withG = chance(0.7), price = chance(0.7);
  const cols = [], top = [], sub = [];
  for (const [f, nm, unit, dec, scale] of [['area', '销售面积', '万平方米', adec, 1], ['amt', '销售额', U.name, U.dec, U.scale]]) {
    const parts = [{ kind: 'cur', field: f, dec, scale, h: curHdr(M) }];
    if (withP) parts.push({ kind: 'prev', field: f, dec, scale, h: prevHdr(M) });
    if (withG) parts.push({ kind: 'g', field: f, dec: b.gdec, h: G_HDR() });
    if (parts.length === 1) { top.push({ t: nm + '（' + unit + '）', rs: 2 }); cols.push(parts[0]); }
    else { top.push({ t: nm + '（' + unit + '）', cs: parts.length }); parts.forEach((p) => { cols.push(p); sub.push({ t: p.h }); }); }
  }
  if (price) { cols.push({ kind: 'ratio', num: 'amt', den: 'area', k: 1e4, dec: 0 }); top.push({ t: '平均销售价格（元/平方米）', rs: 2 }); }
  r = title(s, r, c0, cols.length + 1, pick([`${M.Y}年${M.name}商品房销售情况`, '商品房销售面积和销售额', '商品房销售']), null);
  r = header(s, r, c0, sub.length ? [[{ t: '指标', rs: 2 }, ...top], sub] : [[{ t: '指标' }, ...top.map((x) => ({ t: x.t }))]]);
  const rows = [{ id: 'T', label: pick(['商品房', '合计', '总计']), node: M.salesTot }]; const groups = [];
  if (chance(0.5)) rows.push({ heading: true, label: '按用途分' });
  M.salesUse.forEach((x, i) => rows.push({ id: 'u' + i, label: ind(b) + x.name, node: x })); groups.push({ total: 'T', parts: ['u0', 'u1', 'u2', 'u3'] });
  if (chance(0.5)) { rows.push({ heading: true, label: '按销售方式分' }, { id: 'sp', label: ind(b) + '现房', node: M.spot }, { id: 'fu', label: ind(b) + '期房', node: M.fut }); groups.push({ total: 'T', parts: ['sp', 'fu'] }); }
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups });
  widths(s, c0, 18, cols.length);
  return notes(s, t.end, c0, someNotes());
}

function T_funds(b, s, r, M) {
  const c0 = 1; const U = money(b); const { cols, hdr } = valueCols(b, M, U, { variants: ['cgs', 'cpg', 'cs', 'cg', 'cpgs'] });
  r = title(s, r, c0, cols.length + 1, pick(['房地产开发企业本年资金来源', `${M.Y}年房地产开发资金来源`, '房地产开发企业到位资金']), chance(0.7) ? '单位：' + U.name : null);
  r = writeHdr(s, r, c0, '指标', hdr, U, '本年资金来源');
  const rows = [{ id: 'T', label: pick(['本年资金来源小计', '本年到位资金', '本年实际到位资金合计']), node: M.funds }];
  const fp = M.fundParts; const groups = [{ total: 'T', parts: ['f0', 'f1', 'f2', 'f3'] }], subs = [], lesums = [];
  rows.push({ id: 'f0', label: ind(b) + fp[0].name, node: fp[0] });
  if (chance(0.6)) { rows.push({ id: 'bk', label: ind(b, 2) + '其中：银行贷款', node: M.bank }, { id: 'nb', label: ind(b, 2) + SIB + '非银行金融机构贷款', node: M.nonbank }); groups.push({ total: 'f0', parts: ['bk', 'nb'] }); subs.push(['bk', 'f0'], ['nb', 'f0']); }
  rows.push({ id: 'f1', label: ind(b) + fp[1].name, node: fp[1] }, { id: 'f2', label: ind(b) + fp[2].name, node: fp[2] }, { id: 'f3', label: ind(b) + pick(['其他资金', '其他资金来源']), node: fp[3] });
  rows.push({ id: 'dp', label: ind(b, 2) + '其中：定金及预收款', node: M.deposit }, { id: 'mg', label: ind(b, 2) + SIB + '个人按揭贷款', node: M.mortgage });
  subs.push(['dp', 'f3'], ['mg', 'f3']); lesums.push({ total: 'f3', parts: ['dp', 'mg'] });
  const t = table(s, r, c0, { rows, cols, colStart: c0 + 1, groups, subs, lesums, shareBase: 'T' });
  widths(s, c0, 28, cols.length);
  return notes(s, t.end, c0, someNotes());
}

const MONTHS = ['1—2月', '1—3月', '1—4月', '1—5月', '1—6月', '1—7月', '1—8月', '1—9月', '1—10月', '1—11月', '1—12月'];
function T_monthly(b, s, r, M) {
  const c0 = 1; const U = money(b); const last = chance(0.5) ? 12 : ri(6, 11);
  const inds = [['fai', '固定资产投资', U, M.monthly.fai, 'fai|v'], ['rei', '房地产开发投资', U, M.monthly.rei, 'rei|v'], ['sold', '商品房销售面积', { scale: 1, dec: pick([1, 2]), name: '万平方米' }, M.monthly.sold, 'solda|v']].filter((x, i) => i === 0 || chance(0.55));
  const variant = pick(['cg', 'cpg', 'cmg', 'cg']);
  const cols = [], top = [], sub = [];
  const rowsData = [];
  for (let m = 2; m <= last; m++) rowsData.push({ id: 'm' + m, label: MONTHS[m - 2].replace('—', pick(['—', '—', '-', '～'])), node: {} });
  inds.forEach(([f, nm, u, arr, sem]) => {
    rowsData.forEach((rw, i) => { const m = i + 2; rw.node[f] = arr[m - 1]; rw.node[f + 'M'] = m === 2 ? null : { prev: arr[m - 1].prev - arr[m - 2].prev, cur: arr[m - 1].cur - arr[m - 2].cur }; rw.node.sem = m === 12 ? sem.split('|')[0] : 'mon' + m; });
    const parts = [{ kind: 'cur', field: f, dec: u.dec, scale: u.scale, h: pick(['累计', '1—N月累计', '累计完成']) }];
    if (variant === 'cpg') parts.push({ kind: 'prev', field: f, dec: u.dec, scale: u.scale, h: '上年同期' });
    if (variant === 'cmg') parts.push({ kind: 'cur', field: f + 'M', dec: u.dec, scale: u.scale, h: '当月' });
    parts.push({ kind: 'g', field: f, dec: b.gdec, h: pick(['累计增长（%）', '同比增长（%）', '增速（%）']) });
    top.push({ t: nm + '（' + u.name + '）', cs: parts.length }); parts.forEach((p) => { cols.push(p); sub.push({ t: p.h }); });
  });
  r = title(s, r, c0, cols.length + 1, pick([`${M.Y}年${M.name}固定资产投资月度进度`, `${M.Y}年1—${last}月主要指标`, '月度累计完成情况']), null);
  r = header(s, r, c0, [[{ t: '月份', rs: 2 }, ...top], sub]);
  // sem for monthly nodes: only 1—12月 should match annual
  rowsData.forEach((rw) => { const m = Number(rw.id.slice(1)); rw.node.sem = m === 12 ? 'fai' : 'mon' + m; });
  const t = table(s, r, c0, { rows: rowsData, cols, colStart: c0 + 1, noSem: true });
  // relations: monotone cumulative, diff for 当月
  cols.forEach((col, j) => {
    if (col.kind !== 'cur' && col.kind !== 'prev') return;
    if (col.field.endsWith('M')) return;
    for (let m = 3; m <= last; m++) b.rel({ type: 'mono', part: t.cellOf['m' + (m - 1) + '|' + j], whole: t.cellOf['m' + m + '|' + j] });
    const jm = cols.findIndex((cc) => cc.field === col.field + 'M');
    if (col.kind === 'cur' && jm >= 0) for (let m = 3; m <= last; m++) b.rel({ type: 'diff', a: t.cellOf['m' + m + '|' + jm], b: t.cellOf['m' + m + '|' + j], c: t.cellOf['m' + (m - 1) + '|' + j] });
    // annual equality: 1—12月 cumulative equals annual figure elsewhere
    if (last === 12 && col.kind === 'cur') { const key = t.cellOf['m12|' + j]; const semMap = { fai: 'fai|v', rei: 'rei|v', sold: 'solda|v' }; b.meta[key].sem = semMap[col.field] + '|cur|' + col.scale; }
  });
  widths(s, c0, 12, cols.length);
  return notes(s, t.end, c0, someNotes().filter((x) => !x.includes('…')).concat(variant === 'cmg' ? ['1—2月为合并数据。'] : []));
}

function T_years(b, s, r, M) {
  const c0 = 1; const U = money(b); const ys = M.years; const yv = M.yv;
  const asCols = chance(0.6);
  const items = [['fai', '固定资产投资', true], ['s1', '第一产业'], ['s2', '第二产业'], ['s3', '第三产业'], ['rei', '房地产开发投资', true], ['res', '其中：住宅'], ['solda', '商品房销售面积（万平方米）']];
  const useItems = items.filter(([k]) => k === 'fai' || k === 's1' || k === 's2' || k === 's3' || chance(0.6));
  if (useItems.some(([k]) => k === 'res') && !useItems.some(([k]) => k === 'rei')) useItems.splice(useItems.findIndex(([k]) => k === 'res'), 1);
  const gRow = chance(0.75);
  r = title(s, r, c0, asCols ? ys.length + 1 : useItems.length + 2, pick([`${M.name}历年固定资产投资`, `${ys[0]}—${M.Y}年固定资产投资和房地产开发`, '历年主要指标']), '单位：' + U.name);
  const dec = (k) => (k === 'solda' ? 2 : U.dec), sc = (k) => (k === 'solda' ? 1 : U.scale);
  const semOf = (k, y) => { const base = { fai: 'fai', s1: 's1', s2: 's2', s3: 's3', rei: 'rei', res: 'reuse0', solda: 'solda' }[k]; if (y === M.Y) return base + '|v|cur|' + sc(k); if (y === M.Y - 1) return base + '|v|prev|' + sc(k); return undefined; };
  const cell = {};
  if (asCols) {
    const ynum = chance(0.3);
    r = header(s, r, c0, [[{ t: '指标' }, ...ys.map((y) => ({ t: ynum ? y : chance(0.5) ? y + '年' : String(y) }))]]);
    for (const [k, lab] of useItems) {
      s.txt(r, c0, (['s1', 's2', 's3'].includes(k) ? ind(b) : k === 'res' ? ind(b) : '') + lab);
      ys.forEach((y, j) => { cell[k + y] = s.num(r, c0 + 1 + j, yv[y][k] * sc(k), dec(k), { sem: semOf(k, y) }); });
      r++;
      if (k === 'fai' && gRow) { s.txt(r, c0, ind(b) + '比上年增长（%）'); ys.forEach((y, j) => { cell['g' + y] = s.num(r, c0 + 1 + j, (yv[y].fai / yv[y - 1].fai - 1) * 100, b.gdec, { pct: true }); }); r++; }
    }
  } else {
    const hs = useItems.map(([k, lab]) => ({ t: lab.replace('其中：', '#') }));
    if (gRow) hs.splice(1, 0, { t: '比上年增长（%）' });
    r = header(s, r, c0, [[{ t: '年份' }, ...hs]]);
    for (const y of ys) {
      s.txt(r, c0, String(y) + (chance(0.3) ? '年' : '')); let c = c0 + 1;
      for (const [k] of useItems) { cell[k + y] = s.num(r, c++, yv[y][k] * sc(k), dec(k), { sem: semOf(k, y) }); if (k === 'fai' && gRow) cell['g' + y] = s.num(r, c++, (yv[y].fai / yv[y - 1].fai - 1) * 100, b.gdec, { pct: true }); }
      r++;
    }
  }
  ys.forEach((y, j) => {
    b.rel({ type: 'sum', total: cell['fai' + y], parts: [cell['s1' + y], cell['s2' + y], cell['s3' + y]] });
    if (cell['res' + y]) b.rel({ type: 'le', part: cell['res' + y], whole: cell['rei' + y] });
    if (cell['rei' + y]) b.rel({ type: 'le', part: cell['rei' + y], whole: cell['fai' + y] });
    if (gRow && j > 0) b.rel({ type: 'growth', rate: cell['g' + y], cur: cell['fai' + y], prev: cell['fai' + ys[j - 1]] });
  });
  widths(s, c0, 24, Math.max(ys.length, useItems.length + 1));
  return notes(s, r, c0, chance(0.5) ? ['增长速度按可比口径计算。'] : []);
}

function T_comp(b, s, r, M) {
  const c0 = 1; const ys = M.years.slice(-ri(3, M.years.length)); const yv = M.yv; const tot = chance(0.6);
  r = title(s, r, c0, ys.length + 1, pick(['固定资产投资产业构成', '三次产业投资结构', '投资构成']), '单位：%');
  r = header(s, r, c0, [[{ t: '指标' }, ...ys.map((y) => ({ t: y + '年' }))]]);
  const cell = {};
  const rowsK = tot ? ['t', 's1', 's2', 's3'] : ['s1', 's2', 's3'];
  const lab = { t: pick(['合计', '总计', '固定资产投资']), s1: '第一产业', s2: '第二产业', s3: '第三产业' };
  for (const k of rowsK) { s.txt(r, c0, (k === 't' ? '' : ind(b)) + lab[k]); ys.forEach((y, j) => { cell[k + y] = s.num(r, c0 + 1 + j, k === 't' ? 100 : 100 * yv[y][k] / yv[y].fai, 1, { pct: true, exact: k === 't' }); }); r++; }
  for (const y of ys) { if (tot) b.rel({ type: 'sum', total: cell['t' + y], parts: ['s1', 's2', 's3'].map((k) => cell[k + y]) }); else b.rel({ type: 'sumc', value: 100, parts: ['s1', 's2', 's3'].map((k) => cell[k + y]) }); }
  widths(s, c0, 18, ys.length);
  return notes(s, r, c0, chance(0.5) ? ['构成按当年价格计算。'] : []);
}

const TEMPLATES = { sector: T_sector, industry: T_industry, multi: T_multi, region: T_region, proj: T_proj, re: T_re, sales: T_sales, funds: T_funds, monthly: T_monthly, years: T_years, comp: T_comp };
const SHEETNAMES = { sector: ['三次产业', '固定资产投资', '投资'], industry: ['分行业', '行业投资'], multi: ['投资构成', '分类型'], region: ['分县区', '分地区', '各地'], proj: ['项目', '施工项目'], re: ['房地产', '房地产开发'], sales: ['商品房销售', '销售'], funds: ['资金来源', '到位资金'], monthly: ['月度', '进度'], years: ['历年', '历年数据'], comp: ['构成', '结构'] };

function addEq(b) {
  const groups = {};
  for (const [k, m] of Object.entries(b.meta)) if (m.sem && b.vals[k] != null) (groups[m.sem] = groups[m.sem] || []).push(k);
  for (const ks of Object.values(groups)) for (let i = 1; i < ks.length; i++) b.rel({ type: 'eq', a: ks[0], b: ks[i] });
}

function buildBook(file) {
  const M = makeModel(); const b = new Book(file);
  const kinds = shuffle(Object.keys(TEMPLATES)).slice(0, pick([1, 1, 2, 2, 3, 4]));
  const stack = kinds.length > 1 && chance(0.15);
  let sh = null, r = 1, tn = 1;
  for (const k of kinds) {
    if (!sh || !stack) { const nm = chance(0.4) ? '表' + tn : pick(SHEETNAMES[k]); let name = nm; let q = 2; while (b.sheets[name]) name = nm + q++; sh = b.sheet(name); r = chance(0.2) ? 2 : 1; }
    else r += 2;
    tn++;
    r = TEMPLATES[k](b, sh, r, M);
  }
  addEq(b);
  b.kinds = kinds;
  return b;
}

// ---------- plants ----------
function evalAll(b) { const V = (k) => b.vals[k]; return b.rels.map((r) => check(r, V, b.meta)); }
function mutateDigits(v, dec) {
  const s = Math.abs(v).toFixed(dec); const digits = s.replace('.', ''); const sig = digits.search(/[1-9]/); if (sig < 0) return null;
  const opts = [];
  for (let i = sig; i < Math.min(digits.length - 1, sig + 3); i++) if (digits[i] !== digits[i + 1]) opts.push(['swap', i]);
  for (let i = sig; i < Math.min(digits.length, sig + 2); i++) opts.push(['chg', i]);
  if (!opts.length) return null;
  const [op, i] = pick(opts); const d = digits.split('');
  if (op === 'swap') [d[i], d[i + 1]] = [d[i + 1], d[i]]; else { const nd = (Number(d[i]) + pick([1, 2, 3, -1, -2, 4])) % 10; d[i] = String((nd + 10) % 10); }
  let ns = d.join(''); if (dec) ns = ns.slice(0, ns.length - dec) + '.' + ns.slice(ns.length - dec);
  return (v < 0 ? -1 : 1) * Number(ns);
}
function plantOne(b, avoid) {
  const kinds = ['sumPart', 'sumPart', 'sumTotal', 'growth', 'growth', 'share', 'sub', 'sub', 'mono', 'ratio', 'diff', 'gsum'];
  for (let attempt = 0; attempt < 400; attempt++) {
    const kind = pick(kinds);
    const cands = b.rels.filter((r) => ({ sumPart: ['sum', 'sumc'], sumTotal: ['sum'], growth: ['growth'], share: ['share'], sub: ['le'], mono: ['mono'], ratio: ['ratio'], diff: ['diff'], gsum: ['gsum'] }[kind].includes(r.type)));
    if (!cands.length) continue;
    const rel = pick(cands);
    let key;
    if (kind === 'sumPart') key = pick(rel.parts); else if (kind === 'sumTotal') key = rel.total; else if (kind === 'growth') key = rel.rate; else if (kind === 'share') key = rel.share; else if (kind === 'sub') key = rel.part; else if (kind === 'mono') key = rel.whole; else if (kind === 'ratio') key = rel.cell; else if (kind === 'diff') key = rel.a; else key = pick(rel.parts).r;
    if (!key || avoid.has(key) || b.vals[key] == null) continue;
    if ((kind === 'growth' || kind === 'gsum') && b.sheets[key.split('!')[0]].comparable) continue;
    const m = b.meta[key]; if (m.exact && kind === 'share') continue;
    const was = round(b.vals[key], m.dec); let now;
    if (kind === 'sub') { const w = b.vals[rel.whole]; if (w == null) continue; now = round(w * rand(1.04, 1.6), m.dec); }
    else if (kind === 'mono') { const p = b.vals[rel.part]; if (p == null) continue; now = round(p * rand(0.82, 0.97), m.dec); }
    else if (kind === 'growth' || kind === 'gsum') { const o = chance(0.35) && Math.abs(was) > 1.5 ? -was : chance(0.5) ? mutateDigits(was, m.dec) : round(was + pick([-1, 1]) * rand(3, 12), m.dec); now = o; }
    else if (kind === 'share') now = chance(0.5) ? mutateDigits(was, m.dec) : round(was + pick([-1, 1]) * rand(2, 8), m.dec);
    else now = chance(0.6) ? mutateDigits(was, m.dec) : round(was * (1 + pick([-1, 1]) * rand(0.06, 0.3)), m.dec);
    if (now == null || now === was || (kind !== 'growth' && kind !== 'gsum' && now < 0)) continue;
    if (kind !== 'growth' && kind !== 'gsum' && kind !== 'share' && Math.abs(now - was) < 0.03 * Math.abs(was)) continue;
    if ((kind === 'growth' || kind === 'gsum' || kind === 'share') && Math.abs(now - was) < 1.5) continue;
    const oldRaw = b.vals[key], oldMeta = Object.assign({}, m);
    b.vals[key] = now;
    const res = b.rels.map((r) => (cellsOf(r).includes(key) ? check(r, (k) => b.vals[k], b.meta) : null));
    const strong = res.some((x) => x && !x.skip && !x.ok && x.excess >= 2 * Math.max(x.tol, 1e-9));
    if (!strong) { b.vals[key] = oldRaw; continue; }
    m.precise = false; writeVal(b, key, now, true);
    const [sheet, cell] = key.split('!');
    return { sheet, cell, was, now, key, kind };
  }
  return null;
}

async function genFolder(dir, nClean, nPlant, seed) {
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  setSeed(seed);
  const total = nClean + nPlant; const plantIdx = new Set(shuffle([...Array(total).keys()]).slice(0, nPlant));
  const manifest = [], relations = {};
  const prefix = path.basename(dir) === 'cases' ? 'c' : 'p';
  for (let i = 0; i < total; i++) {
    const file = prefix + String(i + 1).padStart(3, '0') + '.xlsx';
    let b, plants = [];
    for (let tries = 0; tries < 50; tries++) {
      b = buildBook(file); plants = [];
      if (!plantIdx.has(i)) break;
      const n = chance(0.3) ? 2 : 1; const avoid = new Set();
      for (let k = 0; k < n; k++) { const p = plantOne(b, avoid); if (!p) break; plants.push(p); for (const r of b.rels) if (cellsOf(r).includes(p.key)) cellsOf(r).forEach((c) => avoid.add(c)); }
      if (plants.length) break;
    }
    if (plantIdx.has(i) && !plants.length) throw new Error('no plant for ' + file);
    await b.wb.xlsx.writeFile(path.join(dir, file));
    manifest.push({ file, clean: !plants.length, plants: plants.map(({ sheet, cell, was, now }) => ({ sheet, cell, was, now })) });
    relations[file] = { kinds: b.kinds, meta: b.meta, rels: b.rels, plants: plants.map((p) => ({ key: p.key, kind: p.kind, now: p.now })), style: { text: b.text, precise: b.precise, pctFmt: b.pctFmt, someText: b.someText } };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, path.basename(dir) + '.relations.json'), JSON.stringify(relations));
}

(async () => {
  await genFolder(path.join(__dirname, 'cases'), 30, 15, 8501);
  await genFolder(path.join(__dirname, 'probe'), 70, 30, 8502);
  console.log('done');
})().catch((e) => { console.error(e); process.exit(1); });
