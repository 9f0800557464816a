// Round 22: wide report forms (年报 / provincial system exports). Seeded, all figures consistent.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rnd = mulberry32(22);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const frac = (n, lo, hi) => Math.round(n * (lo + rnd() * (hi - lo)));
function round1(x) { return Math.round(x * 10 + 1e-9) / 10; } // half-up for positive
function round2(x) { return Math.round(x * 100 + 1e-9) / 100; }
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function split(total, k, minEach = 0) { // random split into k parts summing to total
  const w = Array.from({ length: k }, () => rnd() + 0.05); const s = w.reduce((a, b) => a + b, 0);
  const parts = w.map(x => Math.max(minEach, Math.floor(total * x / s)));
  let diff = total - parts.reduce((a, b) => a + b, 0); let i = 0;
  while (diff !== 0) { const j = i % k; if (diff > 0) { parts[j]++; diff--; } else if (parts[j] > minEach) { parts[j]--; diff++; } i++; if (i > 100000) break; }
  return parts;
}

const CITIES = [
  { city: '临江市', units: ['市本级', '东城区', '西城区', '临江县', '青山县', '白水县', '高新技术产业开发区'] },
  { city: '宁川市', units: ['市本级', '宁川区', '北湖区', '南溪县', '石门县', '永和县', '经济技术开发区', '临港新区'] },
  { city: '安平市', units: ['市本级', '城关区', '新华区', '安平县', '和顺县', '开发区'] },
  { city: '云岭市', units: ['市本级', '云中区', '岭南区', '凤凰县', '桃源县', '清河县', '松溪县', '云岭高新区', '综合保税区'] },
];
const PROVINCE = { prov: '江北省', units: ['省本级', '临江市', '宁川市', '安平市', '云岭市', '长丰市', '嘉禾市', '平湖市'] };
const INDUSTRIES = [
  ['A', '农、林、牧、渔业'], ['B', '采矿业'], ['C', '制造业'], ['D', '电力、热力、燃气及水生产和供应业'], ['E', '建筑业'],
  ['F', '批发和零售业'], ['G', '交通运输、仓储和邮政业'], ['H', '住宿和餐饮业'], ['I', '信息传输、软件和信息技术服务业'],
  ['J', '金融业'], ['K', '房地产业'], ['L', '租赁和商务服务业'], ['M', '科学研究和技术服务业'], ['N', '水利、环境和公共设施管理业'],
  ['O', '居民服务、修理和其他服务业'], ['P', '教育'], ['Q', '卫生和社会工作'], ['R', '文化、体育和娱乐业'], ['S', '公共管理、社会保障和社会组织'], ['T', '国际组织'],
];

// ---------- column model ----------
// col: {path:[...], key, gen?(row)->value computed from row object, kind:'count'|'rate'|'text'}
// Each form: { cols, makeRow(unitName)->obj, totalRow(rows)->obj }
function sumRows(rows, keys) { const o = {}; for (const k of keys) o[k] = rows.reduce((a, r) => a + (typeof r[k] === 'number' ? r[k] : 0), 0); return o; }

// Form A: 非公有制企业党建工作基本情况 (wide)
function formA(opt) {
  const cols = [
    { path: ['企业总数（户）'], key: 'n' },
    { path: ['其中：规模以上企业'], key: 'big' },
    { path: ['有党员的企业'], key: 'withM' },
    { path: ['已建立党组织的企业', '小计'], key: 'cov' },
    { path: ['已建立党组织的企业', '单独建立'], key: 'own' },
    { path: ['已建立党组织的企业', '联合建立'], key: 'jointE' },
    { path: ['党组织数（个）', '合计'], key: 'orgs' },
    { path: ['党组织数（个）', '党委'], key: 'pc' },
    { path: ['党组织数（个）', '党总支'], key: 'gb' },
    { path: ['党组织数（个）', '党支部'], key: 'pb' },
    { path: ['党员数（名）', '合计'], key: 'mem' },
    { path: ['党员数（名）', '其中：女'], key: 'memF' },
    { path: ['党员数（名）', '其中：35岁及以下'], key: 'memY' },
    { path: ['党员数（名）', '其中：大专及以上'], key: 'memE' },
    { path: ['党组织覆盖率（%）'], key: 'rate', kind: 'rate' },
    { path: ['有出资人党员的企业'], key: 'investor' },
    { path: ['选派党建工作指导员（名）'], key: 'instr' },
    { path: ['群团组织', '建立工会的企业'], key: 'union' },
    { path: ['群团组织', '建立共青团的企业'], key: 'youth' },
    { path: ['群团组织', '建立妇联的企业'], key: 'women' },
  ];
  if (opt.joint) cols.splice(10, 0, { path: ['党组织数（个）', '其中：联合党组织'], key: 'jointO' });
  if (opt.noMember) cols.splice(3, 0, { path: ['无党员的企业'], key: 'noM' });
  const make = () => {
    const n = ri(150, 3500); const big = frac(n, 0.1, 0.35); const withM = frac(n, 0.3, 0.6);
    const cov = Math.min(n, frac(n, 0.4, 0.9)); const own = Math.min(cov, frac(withM, 0.4, 0.8)); const jointE = cov - own;
    const jointO = Math.max(jointE > 1 ? 1 : 0, Math.floor(jointE / ri(2, 6)));
    const pc = frac(own, 0.02, 0.08), gb = frac(own, 0.02, 0.06); const pb = own - pc - gb + jointO + ri(0, 10);
    const mem = ri(Math.max(withM * 2, 50), withM * 6 + 60);
    return { n, big, withM, noM: n - withM, cov, own, jointE, jointO, orgs: pc + gb + pb, pc, gb, pb, mem, memF: frac(mem, 0.25, 0.45), memY: frac(mem, 0.3, 0.5), memE: frac(mem, 0.5, 0.8),
      investor: frac(withM, 0.1, 0.3), instr: ri(5, 120), union: frac(n, 0.4, 0.8), youth: frac(n, 0.1, 0.3), women: frac(n, 0.05, 0.2) };
  };
  const fin = (r) => { r.rate = round1(r.cov / r.n * 100); r._rateNum = r.cov; r._rateDen = r.n; return r; };
  return { cols, make, fin, note: '栏间关系：1≥2，4=5+6，7=8+9+10，11≥12，11≥13，11≥14，15=4÷1×100', title: '非公有制企业党建工作基本情况统计表' };
}

// Form B: 社会组织党建 by 类型 and 登记层级
function formB(opt) {
  const cols = [
    { path: ['社会组织总数', '合计'], key: 'n' },
    { path: ['社会组织总数', '按类型分', '社会团体'], key: 'st' },
    { path: ['社会组织总数', '按类型分', '民办非企业单位'], key: 'mf' },
    { path: ['社会组织总数', '按类型分', '基金会'], key: 'jj' },
    { path: ['社会组织总数', '按登记层级分', '省级'], key: 'l1' },
    { path: ['社会组织总数', '按登记层级分', '市级'], key: 'l2' },
    { path: ['社会组织总数', '按登记层级分', '县级'], key: 'l3' },
    { path: ['已建立党组织的社会组织', '小计'], key: 'cov' },
    { path: ['已建立党组织的社会组织', '单独建立'], key: 'own' },
    { path: ['已建立党组织的社会组织', '联合建立'], key: 'jointE' },
    { path: ['党组织数', '合计'], key: 'orgs' },
    { path: ['党组织数', '党委'], key: 'pc' },
    { path: ['党组织数', '党总支'], key: 'gb' },
    { path: ['党组织数', '党支部'], key: 'pb' },
    { path: ['党员数', '合计'], key: 'mem' },
    { path: ['党员数', '其中：女'], key: 'memF' },
    { path: ['覆盖率（%）'], key: 'rate', kind: 'rate' },
    { path: ['党建工作指导员'], key: 'instr' },
  ];
  const make = (unit) => {
    const n = ri(40, 900); const [st, mf, jj] = split(n, 3); const prov = unit === '省本级' || unit === '市本级';
    const [l1, l2, l3] = prov ? [ri(0, Math.floor(n / 3)), 0, 0].map((x, i, a) => i === 1 ? n - a[0] : x) : split(n, 3);
    const cov = frac(n, 0.3, 0.8); const own = frac(cov, 0.3, 0.7); const jointE = cov - own;
    const pc = frac(own, 0, 0.05), gb = frac(own, 0.02, 0.06); const pb = own - pc - gb + Math.floor(jointE / 3);
    const mem = ri(cov * 2, cov * 7 + 10);
    return { n, st, mf, jj, l1, l2, l3, cov, own, jointE, orgs: pc + gb + pb, pc, gb, pb, mem, memF: frac(mem, 0.3, 0.6), instr: ri(3, 60) };
  };
  const fin = (r) => { r.rate = round1(r.cov / r.n * 100); return r; };
  return { cols, make, fin, note: '栏间关系：1=2+3+4=5+6+7，8=9+10，11=12+13+14，15≥16', title: '社会组织党建工作情况统计表' };
}

// Form C: 流动党员
function formC() {
  const cols = [
    { path: ['流动党员总数'], key: 'n' },
    { path: ['流出党员', '小计'], key: 'out' },
    { path: ['流出党员', '其中：省外'], key: 'outP' },
    { path: ['流出党员', '已与党组织取得联系'], key: 'outC' },
    { path: ['流入党员', '小计'], key: 'in' },
    { path: ['流入党员', '其中：在非公企业'], key: 'inE' },
    { path: ['流入党员', '其中：在社会组织'], key: 'inS' },
    { path: ['流入党员', '已编入党支部'], key: 'inB' },
    { path: ['流动党员党组织数', '合计'], key: 'orgs' },
    { path: ['流动党员党组织数', '党委'], key: 'pc' },
    { path: ['流动党员党组织数', '党总支'], key: 'gb' },
    { path: ['流动党员党组织数', '党支部'], key: 'pb' },
    { path: ['失联党员'], key: 'lost' },
    { path: ['流动党员活动证发放数'], key: 'cards' },
  ];
  const make = () => {
    const out = ri(100, 2500), inn = ri(80, 2000); const inE = frac(inn, 0.3, 0.5), inS = frac(inn, 0.05, 0.2);
    const pc = ri(0, 2), gb = ri(0, 5), pb = ri(5, 60);
    return { n: out + inn, out, outP: frac(out, 0.2, 0.6), outC: frac(out, 0.85, 0.99), in: inn, inE, inS, inB: frac(inn, 0.6, 0.95), orgs: pc + gb + pb, pc, gb, pb, lost: ri(0, 12), cards: frac(out, 0.5, 0.9) };
  };
  return { cols, make, fin: r => r, note: '栏间关系：1=2+5，2≥3，2≥4，5≥6+7，9=10+11+12', title: '流动党员情况统计表' };
}

// Form D: 党组织书记
function formD() {
  const cols = [
    { path: ['书记总数'], key: 'n' },
    { path: ['性别', '男'], key: 'm' }, { path: ['性别', '女'], key: 'f' },
    { path: ['年龄', '35岁及以下'], key: 'a1' }, { path: ['年龄', '36-45岁'], key: 'a2' }, { path: ['年龄', '46-55岁'], key: 'a3' }, { path: ['年龄', '56岁及以上'], key: 'a4' },
    { path: ['学历', '研究生'], key: 'e1' }, { path: ['学历', '大学本科'], key: 'e2' }, { path: ['学历', '大专'], key: 'e3' }, { path: ['学历', '中专及以下'], key: 'e4' },
    { path: ['任职情况', '出资人兼任'], key: 'j1' }, { path: ['任职情况', '企业管理层兼任'], key: 'j2' }, { path: ['任职情况', '专职'], key: 'j3' }, { path: ['任职情况', '上级选派'], key: 'j4' },
    { path: ['本年新任'], key: 'newly' },
    { path: ['参加培训', '人数'], key: 'tr' }, { path: ['参加培训', '培训率（%）'], key: 'trRate', kind: 'rate' },
  ];
  const make = () => {
    const n = ri(60, 1200); const [m, f] = split(n, 2); const [a1, a2, a3, a4] = split(n, 4); const [e1, e2, e3, e4] = split(n, 4); const [j1, j2, j3, j4] = split(n, 4);
    return { n, m, f, a1, a2, a3, a4, e1, e2, e3, e4, j1, j2, j3, j4, newly: frac(n, 0.05, 0.2), tr: frac(n, 0.6, 1) };
  };
  const fin = r => { r.trRate = round1(r.tr / r.n * 100); return r; };
  return { cols, make, fin, note: '栏间关系：1=2+3=4+5+6+7=8+9+10+11=12+13+14+15，1≥16，1≥17', title: '非公有制企业党组织书记情况统计表' };
}

// Form E: 发展党员 (with periods)
function formE(opt) {
  const cols = [
    { path: ['入党申请人'], key: 'app' }, { path: ['入党积极分子'], key: 'act' }, { path: ['发展对象'], key: 'cand' },
    { path: ['发展党员', '合计'], key: 'dev' }, { path: ['发展党员', '其中：女'], key: 'devF' }, { path: ['发展党员', '其中：35岁及以下'], key: 'devY' }, { path: ['发展党员', '其中：生产经营一线'], key: 'devL' },
    { path: ['预备党员转正'], key: 'conv' },
  ];
  if (opt.periods) {
    cols.push({ path: ['发展党员同比', '上年'], key: 'devLast' }, { path: ['发展党员同比', '本年'], key: 'dev2' }, { path: ['发展党员同比', '增长（%）'], key: 'g', kind: 'rate' });
  }
  const make = () => {
    const app = ri(80, 1500), act = frac(app, 0.4, 0.8), cand = frac(act, 0.3, 0.6), dev = frac(cand, 0.6, 0.95);
    return { app, act, cand, dev, devF: frac(dev, 0.2, 0.5), devY: frac(dev, 0.6, 0.9), devL: frac(dev, 0.3, 0.7), conv: ri(Math.floor(dev * 0.7), dev + 10), devLast: Math.max(1, frac(dev, 0.7, 1.3)) };
  };
  const fin = r => { r.dev2 = r.dev; r.g = round1((r.dev2 - r.devLast) / r.devLast * 100); return r; };
  return { cols, make, fin, note: opt.periods ? '栏间关系：1≥2≥3，4≥5，4≥6，4≥7，10=4，11=(10-9)÷9×100' : '栏间关系：1≥2≥3，4≥5，4≥6，4≥7', title: '非公有制企业和社会组织发展党员情况统计表' };
}

// ---------- writer ----------
const allPlanted = [];
const manifest = [];

async function writeForm(file, sheets, planted) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) writeSheet(wb, sh);
  await wb.xlsx.writeFile(path.join(__dirname, 'clean', file));
  if (planted) {
    const sh = wb.getWorksheet(planted.sheet);
    const cell = sh.getCell(planted.cell);
    const old = cell.value; cell.value = planted.nv;
    await wb.xlsx.writeFile(path.join(__dirname, 'planted', file));
    manifest.push({ file, sheet: planted.sheet, cell: planted.cell, old: typeof old === 'object' && old ? (old.result ?? JSON.stringify(old)) : old, new: planted.nv, what: planted.what });
  }
}

function writeSheet(wb, sh) {
  const ws = wb.addWorksheet(sh.name);
  const { form, rows, opt } = sh;
  const lead = opt.leadCols; // [{head:'单位名称', code:'甲', val:r=>...}]
  const cols = form.cols;
  const depth = Math.max(...cols.map(c => c.path.length));
  const ncol = lead.length + cols.length;
  let r = 1;
  if (opt.formNo) {
    ws.getCell(r, ncol - 2).value = '表    号：' + opt.formNo; r++;
    ws.getCell(r, ncol - 2).value = '制表机关：中共江北省委组织部'; r++;
    ws.getCell(r, ncol - 2).value = '批准文号：组统字〔2024〕3号'; r++;
  }
  ws.getCell(r, 1).value = opt.title || form.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).alignment = { horizontal: 'center' }; r++;
  ws.getCell(r, 1).value = '填报单位：' + (opt.unit || '中共临江市委组织部');
  ws.getCell(r, Math.max(2, ncol - 3)).value = opt.dateLine || '2024年12月31日';
  if (opt.unitLine) ws.getCell(r, ncol).value = opt.unitLine;
  r++;
  const h0 = r;
  // lead columns span all header rows
  lead.forEach((lc, i) => { ws.getCell(h0, i + 1).value = lc.head; if (depth > 1) ws.mergeCells(h0, i + 1, h0 + depth - 1, i + 1); });
  // data headers
  for (let d = 0; d < depth; d++) {
    let c = 0;
    while (c < cols.length) {
      const p = cols[c].path;
      if (d >= p.length) { c++; continue; }
      const prefix = p.slice(0, d + 1).join('/');
      const leaf = d === p.length - 1;
      let e = c; if (!leaf) while (e + 1 < cols.length && cols[e + 1].path.length > d + 1 && cols[e + 1].path.slice(0, d + 1).join('/') === prefix) e++;
      const col = lead.length + c + 1;
      ws.getCell(h0 + d, col).value = p[d];
      if (leaf) { if (d < depth - 1) ws.mergeCells(h0 + d, col, h0 + depth - 1, col); c++; }
      else { if (e > c) ws.mergeCells(h0 + d, col, h0 + d, lead.length + e + 1); c = e + 1; }
    }
  }
  r = h0 + depth;
  if (opt.codeRow) { // 甲 乙 1 2 3 ...
    lead.forEach((lc, i) => ws.getCell(r, i + 1).value = lc.code);
    cols.forEach((c, i) => ws.getCell(r, lead.length + i + 1).value = opt.codeAsText ? String(i + 1) : i + 1);
    r++;
  }
  const firstData = r;
  const cellMap = {};
  for (const row of rows) {
    lead.forEach((lc, i) => { ws.getCell(r, i + 1).value = lc.val(row); });
    cols.forEach((c, i) => {
      const v = row[c.key]; const cell = ws.getCell(r, lead.length + i + 1);
      if (c.kind === 'rate') {
        if (v === undefined || v === null) cell.value = '—';
        else if (opt.rateStyle === 'text') cell.value = v.toFixed(1) + '%';
        else if (opt.rateStyle === 'frac') { cell.value = Math.round(v * 10) / 1000; cell.numFmt = '0.0%'; }
        else { cell.value = v; cell.numFmt = '0.0'; }
      } else if (opt.zeroDash && v === 0) cell.value = '—';
      else cell.value = v;
      cellMap[row._label + '|' + c.key] = { addr: colL(lead.length + i + 1) + r, v, kind: c.kind };
    });
    r++;
  }
  const lastData = r - 1;
  for (const nl of (opt.notes || [])) { ws.getCell(r, 1).value = nl; r++; }
  if (opt.footer) {
    ws.getCell(r, 1).value = '单位负责人：王建国'; ws.getCell(r, 4).value = '统计负责人：李明'; ws.getCell(r, 8).value = '填表人：张丽'; ws.getCell(r, 12).value = '联系电话：0571-87654321'; ws.getCell(r, 16).value = '报出日期：2025年1月15日'; r++;
  }
  ws.columns.forEach(c => c.width = 11);
  sh._cellMap = cellMap;
  return ws;
}

// Build region rows for a form; returns array with total row first or last.
function buildRows(form, units, opt) {
  const data = units.map(u => { const o = form.make(u); o._label = u; return o; });
  const keys = form.cols.filter(c => c.kind !== 'rate').map(c => c.key);
  const extraKeys = ['devLast', 'dev2', 'noM'];
  const tot = sumRows(data, [...new Set([...keys, ...extraKeys, 'n', 'cov', 'tr', 'devLast', 'dev'])]);
  tot._label = opt.totalLabel || '合计';
  form.fin(tot); data.forEach(form.fin);
  const out = [];
  if (opt.subPart) { // insert 其中：row after a unit, a part of it (not in total)
    const idx = data.findIndex(d => d._label === opt.subPart.after);
    const base = data[idx]; const sub = {}; for (const k of keys) sub[k] = typeof base[k] === 'number' ? Math.floor(base[k] * 0.4) : base[k];
    // keep internal relations: recompute dependent sums
    fixRelations(sub, form); sub._label = opt.subPart.label; form.fin(sub);
    data.splice(idx + 1, 0, sub); sub._isSub = true;
  }
  if (opt.totalTop === false) return [...data, tot];
  return [tot, ...data];
}
function fixRelations(o, form) {
  // recompute sums that must hold after scaling
  if ('own' in o && 'jointE' in o) o.cov = o.own + o.jointE;
  if ('pc' in o && 'pb' in o) o.orgs = o.pc + o.gb + o.pb;
  if ('st' in o) { o.n = o.st + o.mf + o.jj; const t = o.l1 + o.l2 + o.l3; o.l3 += o.n - t; if (o.l3 < 0) { o.l2 += o.l3; o.l3 = 0; } }
  if ('out' in o && 'in' in o) o.n = o.out + o.in;
  if ('withM' in o && 'noM' in o) o.noM = o.n - o.withM;
  if ('a1' in o) { o.n = o.m + o.f; o.a4 = o.n - o.a1 - o.a2 - o.a3; o.e4 = o.n - o.e1 - o.e2 - o.e3; o.j4 = o.n - o.j1 - o.j2 - o.j3; if (o.tr > o.n) o.tr = o.n; if (o.newly > o.n) o.newly = o.n; }
}

const lead1 = (label = '单位名称') => [{ head: label, code: '甲', val: r => r._label }];
const leadRowNo = [{ head: '单位名称', code: '甲', val: r => r._label }, { head: '行次', code: '乙', val: r => r._rowNo }];

function withRowNo(rows) { rows.forEach((r, i) => r._rowNo = i + 1); return rows; }

// pick planted cell: change one count cell of a region row (or a rate)
function plant(sh, kind) {
  const m = sh._cellMap; const rows = sh.rows.filter(r => !r._isSub);
  const region = rows[1 + Math.floor(rnd() * (rows.length - 2))]; // not total (top)
  const cols = sh.form.cols;
  if (kind === 'rate') {
    const c = cols.find(c => c.kind === 'rate'); if (!c) return plant(sh, 'count');
    const e = m[region._label + '|' + c.key]; const delta = pick([1.5, -2.3, 3.1]);
    let nv = round1(e.v + delta); if (nv > 100) nv = round1(e.v - 3.1);
    if (sh.opt.rateStyle === 'text') nv = nv.toFixed(1) + '%'; else if (sh.opt.rateStyle === 'frac') nv = Math.round(nv * 10) / 1000;
    return { sheet: sh.name, cell: e.addr, nv, what: 'rate ' + c.path.join('/') + ' @' + region._label };
  }
  if (kind === 'total') {
    const tr = sh.rows.find(r => r._label === sh.totalLabel);
    const c = pick(cols.filter(c => c.kind !== 'rate')); const e = m[tr._label + '|' + c.key];
    return { sheet: sh.name, cell: e.addr, nv: e.v + pick([10, -7, 1, 100]), what: 'total ' + c.path.join('/') };
  }
  const c = pick(cols.filter(c => c.kind !== 'rate' && (c.path.length > 1 || /总数|合计/.test(c.path[0])))); const e = m[region._label + '|' + c.key];
  return { sheet: sh.name, cell: e.addr, nv: e.v + pick([1, 3, 10, -2, 25]), what: 'count ' + c.path.join('/') + ' @' + region._label };
}

function industryRows(form, opt) {
  const data = INDUSTRIES.filter((x, i) => opt.allInd || i !== 19).map(([code, name]) => { const o = form.make(name); o._label = name; o._code = code; return o; });
  const keys = form.cols.filter(c => c.kind !== 'rate').map(c => c.key);
  const tot = sumRows(data, [...keys, 'n', 'cov', 'noM']); tot._label = '合计'; tot._code = '';
  form.fin(tot); data.forEach(form.fin);
  return [tot, ...data];
}

async function main() {
  fs.mkdirSync(path.join(__dirname, 'clean'), { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'planted'), { recursive: true });
  const jobs = [];
  let k = 0;
  const formMakers = [
    ['A', () => formA({})], ['Aj', () => formA({ joint: true })], ['An', () => formA({ noMember: true })],
    ['B', () => formB({})], ['C', () => formC()], ['D', () => formD()], ['E', () => formE({})], ['Ep', () => formE({ periods: true })],
  ];
  const variants = [
    { codeRow: true, formNo: '组统1表', footer: true, totalTop: true },
    { codeRow: true, footer: true, totalTop: true, rowNo: true },
    { codeRow: false, totalTop: true, rateStyle: 'text' },
    { codeRow: true, codeAsText: true, formNo: '两新统2表', footer: true, totalTop: false, totalLabel: '总计' },
    { codeRow: true, footer: true, totalTop: true, rateStyle: 'frac', subPart: true },
    { codeRow: false, footer: true, totalTop: true, province: true, totalLabel: '全省', zeroDash: true },
  ];
  for (const [fname, fm] of formMakers) {
    for (let vi = 0; vi < variants.length; vi++) {
      const v = variants[vi];
      if ((fname === 'E' || fname === 'An') && vi >= 4) continue;
      const form = fm();
      const C = CITIES[k % CITIES.length];
      const units = v.province ? PROVINCE.units : C.units;
      const opt = { ...v, totalLabel: v.totalLabel || '合计' };
      if (v.subPart && !v.province) opt.subPart = { after: units[1], label: '其中：' + pick(['经济开发区', '工业园区', '科技园']) };
      else delete opt.subPart;
      let rows = buildRows(form, units, opt);
      if (v.rowNo) withRowNo(rows);
      const notes = ['注：' + form.note + '。', '说明：本表统计截至2024年12月31日，含已注销未满一年的单位。'];
      const sh = { name: '表一', form, rows, totalLabel: opt.totalLabel, opt: { ...opt, leadCols: v.rowNo ? leadRowNo : lead1(), notes, unit: v.province ? '中共江北省委组织部' : '中共' + C.city + '委组织部', unitLine: pick(['单位：个、名、%', '计量单位：户、个、名', '']) } };
      const file = `f${String(++k).padStart(2, '0')}_${fname}_v${vi}.xlsx`;
      jobs.push({ file, sheets: [sh], plantKind: pick(['count', 'count', 'rate', 'total']), doPlant: k % 2 === 1 });
    }
  }
  // industry rows (行业门类)
  for (const [fname, fm] of [['A', () => formA({})], ['An', () => formA({ noMember: true })], ['B', () => formB({})]]) {
    for (const vi of [0, 1]) {
      const form = fm(); const rows = industryRows(form, { allInd: vi === 1 });
      const lead = [{ head: '国民经济行业分类', code: '甲', val: r => r._label }, { head: '代码', code: '乙', val: r => r._code }];
      const sh = { name: vi ? '按行业分' : '表一', form, rows, totalLabel: '合计', opt: { codeRow: true, formNo: '组统3表', footer: vi === 0, leadCols: lead, notes: ['注：' + form.note + '。'], title: form.title + '（按行业分）' } };
      const file = `f${String(++k).padStart(2, '0')}_${fname}_ind${vi}.xlsx`;
      jobs.push({ file, sheets: [sh], plantKind: 'count', doPlant: true });
    }
  }
  // two-sheet reports 表一 (企业) 表二 (社会组织)
  for (let i = 0; i < 5; i++) {
    const C = CITIES[i % CITIES.length];
    const fa = formA({ joint: i % 2 === 0 }); const fb = formB({});
    const ra = buildRows(fa, C.units, { totalTop: i !== 3 }); const rb = buildRows(fb, C.units, { totalTop: i !== 3 });
    const base = { codeRow: i !== 2, formNo: null, footer: true, leadCols: lead1(), rateStyle: i === 4 ? 'text' : undefined };
    const s1 = { name: '表一', form: fa, rows: ra, totalLabel: '合计', opt: { ...base, formNo: '组统1表', notes: ['注：' + fa.note + '。'], title: '表一  ' + fa.title } };
    const s2 = { name: '表二', form: fb, rows: rb, totalLabel: '合计', opt: { ...base, formNo: '组统2表', notes: ['注：' + fb.note + '。'], title: '表二  ' + fb.title } };
    const file = `f${String(++k).padStart(2, '0')}_two_sheets_${i}.xlsx`;
    jobs.push({ file, sheets: [s1, s2], plantKind: pick(['count', 'total']), doPlant: i % 2 === 0 });
  }
  // Form D + E combined province forms with periods and 40 columns: wide combo
  for (let i = 0; i < 3; i++) {
    const C = CITIES[(i + 1) % CITIES.length];
    const fa = formA({ joint: true, noMember: true });
    const fd = formD();
    const combo = { cols: [...fa.cols, ...fd.cols.map(c => ({ ...c, key: 'd_' + c.key, path: ['党组织书记', ...c.path] }))], title: '非公有制企业党建工作情况综合统计表' };
    combo.make = (u) => { const a = fa.make(u); const d = fd.make(u); for (const kk in d) a['d_' + kk] = d[kk]; return a; };
    combo.fin = (r) => { fa.fin(r); if (r.d_n) r.d_trRate = round1(r.d_tr / r.d_n * 100); return r; };
    combo.note = fa.note;
    const rows = buildRows(combo, C.units, { totalTop: true });
    // fix: totals of d_ keys
    const sh = { name: '综合表', form: combo, rows, totalLabel: '合计', opt: { codeRow: true, formNo: '组统综1表', footer: true, leadCols: lead1(), notes: ['注：' + fa.note + '。'], rateStyle: i === 1 ? 'frac' : undefined } };
    const file = `f${String(++k).padStart(2, '0')}_wide_combo_${i}.xlsx`;
    jobs.push({ file, sheets: [sh], plantKind: 'count', doPlant: true });
  }
  for (const j of jobs) {
    // write clean first to fill cellMap, then choose planted
    const wb0 = new ExcelJS.Workbook(); j.sheets.forEach(s => writeSheet(wb0, s));
    let planted = null;
    if (j.doPlant) { const s = j.sheets[j.sheets.length - 1]; planted = plant(s, j.plantKind); }
    await writeForm(j.file, j.sheets, planted);
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(jobs.length, 'clean;', manifest.length, 'planted');
}
main().catch(e => { console.error(e); process.exit(1); });
