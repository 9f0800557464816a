// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Generates yearbook-style 教育事业 workbooks into /tmp/round118b/SET, relations into rel/<file>.json,
// and manifest.json with plants.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, num } = require('./rel.js');

const [, , SET, SEED0, NBOOKS, PFRAC, VARIANT] = process.argv;
const ROOT = '/tmp/round118b';
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
const rare = (p) => chance(variant ? Math.min(0.9, p * 2.2) : p); // less common layouts more often in VARIANT 1
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sum = (a) => a.reduce((x, y) => x + y, 0);
const rtol = (d) => 0.5 * Math.pow(10, -d) + 1e-6;

const CH1 = '安平永福宁清长兴新丰临云德吉泰华顺和阳江河山东西南北桂梅松柏';
const CH2 = '乐远定安化阳城源州川江宁昌山溪林水泉';
function names(n, suffixes) { const s = new Set(); while (s.size < n) s.add(pick(CH1) + pick(CH2) + pick(suffixes)); return [...s]; }
const cityName = () => pick(CH1) + pick(CH2) + '市';

// ---------- education model ----------
const LV = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校', '特殊教育'];
const LVS = { 幼儿园: '学前教育', 小学: '小学', 初中: '初中', 普通高中: '普通高中', 中等职业学校: '中职', 特殊教育: '特殊教育' };
const P = { // students per 10k pop, student/teacher, class size, students/school, years, private share, female stu, female teacher
  幼儿园: [350, [11, 17], [24, 31], [150, 260], 3, [0.25, 0.6], [0.46, 0.48], [0.95, 0.99]],
  小学: [850, [15, 19], [36, 45], [450, 900], 6, [0.02, 0.1], [0.46, 0.48], [0.62, 0.8]],
  初中: [420, [11, 14], [40, 50], [700, 1400], 3, [0.04, 0.15], [0.46, 0.48], [0.5, 0.62]],
  普通高中: [300, [12, 15], [45, 55], [1500, 3000], 3, [0.05, 0.2], [0.48, 0.53], [0.45, 0.56]],
  中等职业学校: [130, [16, 23], [36, 45], [1200, 3000], 3, [0.1, 0.35], [0.38, 0.46], [0.45, 0.55]],
  特殊教育: [5, [3, 5], [8, 12], [80, 200], 9, [0, 0], [0.33, 0.4], [0.65, 0.8]],
};
function levelModel(lv, pop, district) {
  const p = P[lv];
  let stu = Math.round(pop * p[0] * U(0.8, 1.2) * (district && lv === '中等职业学校' ? U(0.5, 1.5) : 1));
  if (lv === '特殊教育' && chance(0.25)) stu = 0;
  if (lv === '中等职业学校' && chance(0.15)) stu = 0;
  if (!stu) return { schools: 0, classes: 0, enroll: 0, stu: 0, grad: 0, teach: 0, privSchools: 0, privStu: 0, privTeach: 0, femStu: 0, femTeach: 0 };
  const schools = Math.max(1, Math.round(stu / U(p[3][0], p[3][1])));
  const classes = Math.max(schools, Math.round(stu / U(p[2][0], p[2][1])));
  const teach = Math.max(schools * 2, Math.round(stu / U(p[1][0], p[1][1])));
  const enroll = Math.round((stu / p[4]) * U(0.92, 1.1));
  const grad = Math.round((stu / p[4]) * U(0.88, 1.08));
  const ps = U(p[5][0], p[5][1]);
  const privStu = Math.round(stu * ps);
  const privSchools = privStu ? Math.min(schools, Math.max(1, Math.round(schools * ps * U(0.9, 1.4)))) : 0;
  const privTeach = privStu ? Math.round(teach * ps * U(0.85, 1.15)) : 0;
  return { schools, classes, enroll, stu, grad, teach, privSchools, privStu, privTeach, femStu: Math.round(stu * U(p[6][0], p[6][1])), femTeach: Math.round(teach * U(p[7][0], p[7][1])) };
}
function regionModel(pop, district) { const m = {}; for (const lv of LV) m[lv] = levelModel(lv, pop, district); return m; }
function addModels(ms) {
  const o = {};
  for (const lv of LV) { o[lv] = {}; for (const k of Object.keys(ms[0][lv])) o[lv][k] = sum(ms.map((m) => m[lv][k])); }
  return o;
}
// a city: optional 市辖区 subtotal of districts, plus counties
function cityModel(ctx) {
  const withDist = chance(0.55);
  const dn = withDist ? names(I(2, 4), ['区']) : [];
  const cn = names(I(4, 9), ['县', '县', '县', '市']).filter((x) => !dn.includes(x));
  const regs = [];
  for (const nm of dn) regs.push({ nm, m: regionModel(U(25, 70), true), district: true });
  for (const nm of cn) regs.push({ nm, m: regionModel(U(18, 90), false) });
  const dist = withDist ? { nm: '市辖区', m: addModels(regs.filter((x) => x.district).map((x) => x.m)), sub: true } : null;
  const tot = { nm: pick(['全市', '全市合计', '合计', '总计', ctx.city]), m: addModels(regs.map((x) => x.m)), tot: true };
  return { regs, dist, tot };
}
const stuAll = (m) => sum(LV.map((lv) => m[lv].stu));

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, ctx) { this.ws = wb.addWorksheet(name); this.name = name; this.ctx = ctx; this.rels = []; this.meta = {}; this.vals = {}; }
  a(r, c) { return this.ws.getCell(r, c).address; }
  put(r, c, v, d, zero) {
    const cell = this.ws.getCell(r, c);
    if (v === 0 && zero !== undefined) { // published as "-" or blank
      if (zero !== '') cell.value = zero; cell.alignment = { horizontal: 'right' };
      this.meta[cell.address] = { d, zero: true }; if (zero !== '') this.vals[cell.address] = zero;
      return cell.address;
    }
    const asText = chance(this.ctx.textP);
    const val = asText ? v.toFixed(d) : v;
    cell.value = val;
    if (!asText) cell.numFmt = d === 0 ? (this.ctx.thousands ? '#,##0' : '0') : '0.' + '0'.repeat(d);
    cell.alignment = { horizontal: 'right' };
    this.meta[cell.address] = { d, text: asText };
    this.vals[cell.address] = val;
    return cell.address;
  }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; this.vals[this.a(r, c)] = s; }
  merge(r1, c1, r2, c2, s) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.txt(r1, c1, s); this.ws.getCell(r1, c1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  rel(kind, o) { this.rels.push({ sheet: this.name, kind, ...o }); }
  title(ncol, text, unit) {
    let r = 1;
    if (chance(0.4)) { this.txt(r, 1, pick(['表', '附表', '']) + I(1, 20) + '-' + I(1, 30)); r++; }
    this.merge(r, 1, r, ncol, text); this.ws.getCell(r, 1).font = { bold: true, size: 14 }; r++;
    if (unit && chance(0.8)) {
      const u = unit === 'none' ? pick(['', '']) : pick(['单位：', '计量单位：']) + unit;
      if (u) { if (chance(0.5)) this.txt(r, ncol, u); else this.txt(r, 1, u); r++; }
    }
    return r;
  }
  notes(r) {
    r++;
    if (chance(0.7)) {
      this.txt(r, 1, pick(['注：', '说明：']) + pick(['1.本表数据来源于教育事业统计年报。2.中等职业学校不含技工学校。',
        '生师比=在校生数÷专任教师数；平均班额=在校生数÷班数。', '“-”表示无此项数据或数据为零。', '民办学校数据包含在合计中。',
        '特殊教育在校生含随班就读和送教上门学生。', '毕业生数为上一学年毕业生。'])); r++;
    }
    if (chance(0.35)) { this.txt(r, 1, '填表说明：' + pick(['统计时点为当年9月1日。', '本表由各县（市、区）教育局填报，市教育局汇总。', '学校数含教学点。'])); r++; }
    if (chance(0.4)) { this.txt(r, 1, '填报单位：' + this.ctx.city + '教育局    填报人：' + pick(['张伟', '李娜', '王芳']) + '    审核人：' + pick(['陈静', '赵磊']) + '    填报日期：' + (this.ctx.year + 1) + '年' + I(1, 3) + '月' + I(1, 28) + '日'); r++; }
    if (chance(0.2)) { this.txt(r, 1, '资料来源：' + this.ctx.city + '教育局'); r++; }
  }
  widths(n) { this.ws.getColumn(1).width = 22; for (let c = 2; c <= n; c++) this.ws.getColumn(c).width = 12; }
}
const zeroMark = () => pick(['-', '-', '—', '']);

// order rows of a city: total top/bottom, 市辖区 subtotal before its districts
function cityRows(cm, totTop) {
  CHILDIND = pick(['  ', '    ', '　　']);
  const rows = [];
  if (cm.dist) { rows.push(cm.dist); for (const x of cm.regs.filter((x) => x.district)) rows.push({ ...x, child: true }); }
  for (const x of cm.regs.filter((x) => !x.district)) rows.push(x);
  return totTop ? [cm.tot, ...rows] : [...rows, cm.tot];
}
let CHILDIND = '  ';
const rowLabel = (x) => (x.child ? CHILDIND + x.nm : x.nm);
// column relations: total = 市辖区 + counties (or all regions), 市辖区 = districts
function colRels(sb, rowsAddr, kind = 'sum', tol = 0) {
  // rowsAddr: array of {x, addr}
  const tot = rowsAddr.find((y) => y.x.tot), sub = rowsAddr.find((y) => y.x.sub);
  const top = rowsAddr.filter((y) => !y.x.tot && !y.x.child);
  sb.rel(kind, { t: 'sum', total: tot.addr, parts: top.map((y) => y.addr), tol });
  if (sub) sb.rel(kind, { t: 'sum', total: sub.addr, parts: rowsAddr.filter((y) => y.x.child).map((y) => y.addr), tol });
}

// A: regions rows x levels columns: 在校生 (or 招生 / 毕业生 / 学校数)
function sheetA(sb, ctx) {
  const cm = cityModel(ctx);
  const meas = pick(['stu', 'stu', 'enroll', 'grad', 'schools', 'teach']);
  const MN = { stu: '在校生', enroll: '招生', grad: '毕业生', schools: '学校数', teach: '专任教师' }[meas];
  const lvs = chance(0.3) ? LV.slice(0, 5) : LV;
  const withTot = chance(0.85);
  const nc = 1 + lvs.length + (withTot ? 1 : 0);
  const unit = meas === 'schools' ? '所' : '人';
  let r = sb.title(nc, ctx.city + ctx.year + '年各县（市、区）各级各类学校' + MN + (meas === 'schools' ? '' : '数'), unit);
  const two = chance(0.5);
  if (two) {
    sb.merge(r, 1, r + 1, 1, pick(['地区', '县（市、区）', '单位']));
    let c = 2;
    if (withTot) { sb.merge(r, 2, r + 1, 2, '合计'); c = 3; }
    sb.merge(r, c, r, nc, pick(['按学段分', '其中', '分学段']));
    lvs.forEach((lv, i) => sb.txt(r + 1, c + i, pick([lv, LVS[lv]])));
    r += 2;
  } else {
    const h = [pick(['地区', '县（市、区）']), ...(withTot ? [MN + '合计'] : []), ...lvs.map((lv) => lv + (chance(0.3) ? '(' + unit + ')' : ''))];
    h.forEach((x, i) => sb.txt(r, i + 1, x)); r++;
  }
  const rows = cityRows(cm, chance(0.65));
  const zm = zeroMark();
  const colAddr = lvs.map(() => []); const totAddr = [];
  for (const x of rows) {
    sb.txt(r, 1, rowLabel(x));
    let c = 2;
    const vals = lvs.map((lv) => x.m[lv][meas]);
    if (withTot) { const a = sb.put(r, 2, sum(vals), 0); totAddr.push({ x, addr: a }); c = 3; }
    const pa = vals.map((v, i) => { const a = sb.put(r, c + i, v, 0, zm); colAddr[i].push({ x, addr: a }); return a; });
    if (withTot) sb.rel('sum', { t: 'sum', total: totAddr[totAddr.length - 1].addr, parts: pa, tol: 0 });
    r++;
  }
  if (withTot) colRels(sb, totAddr);
  colAddr.forEach((ca) => colRels(sb, ca));
  sb.widths(nc); sb.notes(r);
}

// B: levels rows x measures columns, merged headers, 其中民办 rows, 其中女 columns
function sheetB(sb, ctx) {
  const m = regionModel(U(200, 700), false);
  const privRows = chance(0.5);
  const femCols = chance(0.6);
  const measures = [['schools', '学校数', '所'], ['classes', '班数', '个'], ['enroll', '招生数', '人'], ['stu', '在校生数', '人'], ['grad', '毕业生数', '人'], ['teach', '专任教师', '人']].filter((x) => x[0] !== 'classes' || chance(0.6));
  const cols = []; // {key, fem}
  for (const ms of measures) { cols.push({ key: ms[0], h: ms[1], u: ms[2] }); if (femCols && (ms[0] === 'stu' || ms[0] === 'teach')) cols.push({ key: ms[0] === 'stu' ? 'femStu' : 'femTeach', fem: ms[0], h: ms[1] }); }
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年各级各类学校基本情况', chance(0.5) ? '所、个、人' : null);
  // header: two rows
  sb.merge(r, 1, r + 1, 1, pick(['项目', '学校类别', '指标']));
  let c = 2;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    if (col.fem) continue;
    const hasFem = cols[i + 1] && cols[i + 1].fem;
    const hd = col.h + (chance(0.5) ? '（' + col.u + '）' : '');
    if (hasFem) { sb.merge(r, c, r, c + 1, hd); sb.txt(r + 1, c, pick(['合计', '计', '总数'])); sb.txt(r + 1, c + 1, pick(['其中：女', '其中女', '#女'])); c += 2; }
    else { sb.merge(r, c, r + 1, c, hd); c++; }
  }
  r += 2;
  const lvs = LV.filter((lv) => m[lv].stu > 0);
  const totRow = r; sb.txt(r, 1, pick(['合计', '总计', '各级各类学校合计'])); r++;
  const lvRows = {};
  const privRowsAddr = {};
  const zm = zeroMark();
  const lvInd = pick(['  ', '']), privLab = pick(['    其中：民办', '  #民办', '   其中:民办', '  其中：民办']);
  for (const lv of lvs) {
    lvRows[lv] = r; sb.txt(r, 1, lvInd + lv); r++;
    if (privRows && m[lv].privStu > 0) { privRowsAddr[lv] = r; sb.txt(r, 1, privLab); r++; }
  }
  cols.forEach((col, i) => {
    const cc = 2 + i;
    const parts = lvs.map((lv) => sb.put(lvRows[lv], cc, m[lv][col.key], 0, zm));
    const t = sb.put(totRow, cc, sum(lvs.map((lv) => m[lv][col.key])), 0);
    sb.rel('sum', { t: 'sum', total: t, parts, tol: 0 });
    if (col.fem) sb.rel('le', { t: 'le', whole: sb.a(totRow, cc - 1), parts: [t], tol: 0 });
    for (const lv of lvs) {
      if (col.fem) sb.rel('le', { t: 'le', whole: sb.a(lvRows[lv], cc - 1), parts: [sb.a(lvRows[lv], cc)], tol: 0 });
      if (privRowsAddr[lv]) {
        const pk = { schools: 'privSchools', stu: 'privStu', teach: 'privTeach' }[col.key];
        let v;
        if (pk) v = m[lv][pk];
        else if (col.key === 'femStu') v = Math.round(m[lv].privStu * m[lv].femStu / m[lv].stu);
        else if (col.key === 'femTeach') v = Math.round(m[lv].privTeach * m[lv].femTeach / m[lv].teach);
        else if (col.key === 'classes') v = Math.round(m[lv].classes * m[lv].privStu / m[lv].stu);
        else v = Math.round(m[lv][col.key] * m[lv].privStu / m[lv].stu * U(0.95, 1.05));
        const a = sb.put(privRowsAddr[lv], cc, v, 0, zm);
        sb.rel('le', { t: 'le', whole: sb.a(lvRows[lv], cc), parts: [a], tol: 0 });
        if (col.fem) sb.rel('le', { t: 'le', whole: sb.a(privRowsAddr[lv], cc - 1), parts: [a], tol: 0 });
      }
    }
  });
  sb.widths(nc); sb.notes(r);
}

// C: regions rows, one level: 在校生, 专任教师, 生师比, 班数, 平均班额
function sheetC(sb, ctx) {
  const cm = cityModel(ctx);
  const lv = pick(['小学', '初中', '普通高中', '幼儿园']);
  const withClass = chance(0.7), withRatio = true;
  const cols = ['在校生数（人）', '专任教师数（人）', pick(['生师比', '生师比（教师=1）', '生师比（以教师为1）'])];
  if (withClass) cols.push('班数（个）', pick(['平均班额（人）', '平均班额(人/班)', '班额']));
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年各县（市、区）' + lv + '生师比及班额情况');
  sb.txt(r, 1, pick(['地区', '县（市、区）'])); cols.forEach((h, i) => sb.txt(r, 2 + i, h)); r++;
  const d = pick([1, 1, 2]), d2 = pick([0, 1, 1]);
  const rows = cityRows(cm, chance(0.6));
  const A = { s: [], t: [], c: [] };
  for (const x of rows) {
    const q = x.m[lv];
    sb.txt(r, 1, rowLabel(x));
    const s = sb.put(r, 2, q.stu, 0), t = sb.put(r, 3, q.teach, 0);
    A.s.push({ x, addr: s }); A.t.push({ x, addr: t });
    const rc = sb.put(r, 4, rnd(q.stu / q.teach, d), d);
    sb.rel('rate', { t: 'rate', cell: rc, num: s, den: t, k: 1, tol: rtol(d) });
    if (withClass) {
      const cl = sb.put(r, 5, q.classes, 0); A.c.push({ x, addr: cl });
      const bc = sb.put(r, 6, rnd(q.stu / q.classes, d2), d2);
      sb.rel('rate', { t: 'rate', cell: bc, num: s, den: cl, k: 1, tol: rtol(d2) });
    }
    r++;
  }
  colRels(sb, A.s); colRels(sb, A.t); if (withClass) colRels(sb, A.c);
  sb.widths(nc); sb.notes(r);
}

// D: years as rows with growth
function sheetD(sb, ctx) {
  const ny = I(6, 11);
  const y0 = ctx.year - ny + 1;
  const lvs = shuffle(LV.slice(0, 5)).slice(0, I(2, 4)).sort((a, b) => LV.indexOf(a) - LV.indexOf(b));
  const base = regionModel(U(150, 600), false);
  const trend = lvs.map((lv) => (lv === '幼儿园' ? U(-0.06, 0.03) : U(-0.02, 0.04)));
  const series = []; // per year: {lv: stu}
  let cur = lvs.map((lv) => base[lv].stu);
  for (let y = 0; y < ny; y++) { series.push(cur.slice()); cur = cur.map((v, i) => Math.round(v * (1 + trend[i] + U(-0.03, 0.03)))); }
  const teach0 = sum(lvs.map((lv) => base[lv].teach));
  const gd = pick([1, 1, 2]);
  const withTeach = chance(0.6);
  const cols = ['年份', pick(['合计', '在校生合计', '小计']), ...lvs.map((lv) => lv), pick(['在校生比上年增长(%)', '增长(%)', '比上年增减(%)'])];
  if (withTeach) cols.push('专任教师（人）', '生师比');
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + '历年各级学校在校生情况', '人');
  cols.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const desc = rare(0.3);
  const yrs = [...Array(ny).keys()];
  if (desc) yrs.reverse();
  const totAddr = {};
  const rowOf = {};
  yrs.forEach((k, i) => { rowOf[k] = r + i; });
  let teach = teach0;
  const teachByYear = yrs.slice().sort((a, b) => a - b).map(() => { const t = teach; teach = Math.round(teach * U(0.99, 1.04)); return t; });
  const ysty = pick(['s', 'n', 'y']);
  for (const k of yrs) {
    const rr = rowOf[k];
    sb.txt(rr, 1, ysty === 's' ? String(y0 + k) : ysty === 'y' ? (y0 + k) + '年' : y0 + k);
    const pa = series[k].map((v, i) => sb.put(rr, 3 + i, v, 0));
    const tot = sum(series[k]);
    totAddr[k] = sb.put(rr, 2, tot, 0);
    sb.rel('sum', { t: 'sum', total: totAddr[k], parts: pa, tol: 0 });
    if (withTeach) {
      const tc = sb.put(rr, 4 + lvs.length, teachByYear[k], 0);
      const rc = sb.put(rr, 5 + lvs.length, rnd(tot / teachByYear[k], 1), 1);
      sb.rel('rate', { t: 'rate', cell: rc, num: totAddr[k], den: tc, k: 1, tol: rtol(1) });
    }
  }
  for (const k of yrs) {
    const rr = rowOf[k];
    if (k === 0) { sb.txt(rr, 3 + lvs.length, pick(['', '—', '…'])); continue; }
    const g = rnd((sum(series[k]) / sum(series[k - 1]) - 1) * 100, gd);
    const gc = sb.put(rr, 3 + lvs.length, g, gd);
    sb.rel('growth', { t: 'growth', cell: gc, cur: totAddr[k], prev: totAddr[k - 1], tol: rtol(gd) + 0.001 });
  }
  r += ny;
  sb.widths(nc); sb.notes(r);
}

// E: main indicators, two periods side by side with 增长% / 增减百分点
function sheetE(sb, ctx) {
  const m = regionModel(U(150, 600), false);
  const y = ctx.year;
  const sep = chance(0.5); // separate columns for % and 百分点
  const unitCol = chance(0.6);
  const cols = ['指标', ...(unitCol ? ['单位'] : []), y + '年', (y - 1) + '年'];
  if (sep) cols.push('增长（%）', '增减（百分点）'); else cols.push(pick(['比上年增减（%、百分点）', '增长(%)/增减(百分点)', '比上年±%']));
  if (rare(0.3)) { cols[2 + (unitCol ? 1 : 0)] = '本年'; cols[3 + (unitCol ? 1 : 0)] = '上年'; }
  const nc = cols.length;
  let r = sb.title(nc, ctx.city + y + '年教育事业发展主要指标');
  cols.forEach((h, i) => sb.txt(r, i + 1, h)); r++;
  const c0 = unitCol ? 3 : 2;
  const gd = pick([1, 1, 2]);
  const items = [];
  const pickL = shuffle(LV.slice(0, 5).filter((lv) => m[lv].stu > 0)).slice(0, I(2, 4));
  for (const lv of pickL) {
    const k = pick(['stu', 'enroll', 'schools', 'teach']);
    items.push({ nm: lv + { stu: '在校生', enroll: '招生', schools: '学校数', teach: '专任教师' }[k], u: k === 'schools' ? '所' : '人', cur: m[lv][k], count: true });
  }
  const rates = shuffle([['学前三年毛入园率', 85, 98], ['小学学龄儿童净入学率', 99.8, 100], ['九年义务教育巩固率', 94, 99.5], ['高中阶段毛入学率', 88, 97], ['初中毛入学率', 100, 108], ['残疾儿童少年入学率', 92, 99]]).slice(0, I(2, 4));
  for (const [nm, a, b] of rates) items.push({ nm, u: '%', cur: rnd(U(a, b), pick([1, 2])), rate: true });
  if (chance(0.5)) { const lv = pick(['小学', '初中']); items.push({ nm: lv + '生师比', u: chance(0.5) ? '' : '教师=1', cur: rnd(m[lv].stu / m[lv].teach, 1), ratio: true }); }
  for (const it of items) {
    sb.txt(r, 1, it.nm + (unitCol ? '' : '（' + (it.u || '') + '）').replace('（）', ''));
    if (unitCol) sb.txt(r, 2, it.u);
    if (it.count) {
      const prev = Math.round(it.cur / (1 + U(-0.06, 0.08)));
      const ca = sb.put(r, c0, it.cur, 0), pa = sb.put(r, c0 + 1, prev, 0);
      const g = sb.put(r, c0 + 2, rnd((it.cur / prev - 1) * 100, gd), gd);
      sb.rel('growth', { t: 'growth', cell: g, cur: ca, prev: pa, tol: rtol(gd) + 0.001 });
    } else {
      const d = it.ratio ? 1 : (String(it.cur).split('.')[1] || '').length || 1;
      let prev = rnd(it.cur - U(-0.8, 1.5) * (it.ratio ? 0.3 : 1), d);
      if (it.nm.includes('净入学率')) prev = Math.min(100, prev);
      const ca = sb.put(r, c0, it.cur, d), pa = sb.put(r, c0 + 1, prev, d);
      const g = sb.put(r, c0 + (sep ? 3 : 2), rnd(it.cur - prev, d), d);
      if (sep) sb.txt(r, c0 + 2, pick(['', '—']));
      sb.rel('pp', { t: 'pp', cell: g, cur: ca, prev: pa, tol: rtol(d) });
      if (sep && it.ratio) {} // ratio change shown as difference
    }
    if (sep && it.count) sb.txt(r, c0 + 3, pick(['', '—']));
    r++;
  }
  sb.widths(nc); sb.notes(r);
}

// F: regions rows, 入学率/巩固率 with counts
function sheetF(sb, ctx) {
  const cm = cityModel(ctx);
  const what = pick(['入学', '巩固', '入园']);
  const d = pick([1, 2]);
  let heads, mk;
  if (what === '入学') { heads = ['适龄儿童数（人）', '已入学人数（人）', '入学率（%）']; mk = (pop) => { const a = Math.round(pop * U(90, 130)); return [a, a - I(0, Math.max(1, Math.round(a * 0.004)))]; }; }
  else if (what === '入园') { heads = ['学前三年适龄幼儿（人）', '在园幼儿数（人）', '毛入园率（%）']; mk = (pop) => { const a = Math.round(pop * U(250, 350)); return [a, Math.round(a * U(0.86, 0.99))]; }; }
  else { heads = ['入学时学生数（人）', '本届毕业生数（人）', '九年义务教育巩固率（%）']; mk = (pop) => { const a = Math.round(pop * U(90, 130)); return [a, Math.round(a * U(0.94, 0.995))]; }; }
  const withPrev = chance(0.4);
  const cols = [...heads];
  if (withPrev) cols.push('上年' + heads[2].replace(/（%）/, '') + '（%）', '增减（百分点）');
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年各县（市、区）' + heads[2].replace(/（%）/, '') + '情况');
  sb.txt(r, 1, '地区'); cols.forEach((h, i) => sb.txt(r, 2 + i, h)); r++;
  const rows = cityRows(cm, chance(0.6));
  // counts for leaves, sum for totals
  const cnt = new Map();
  for (const x of cm.regs) cnt.set(x, mk(stuAll(x.m) / 1000));
  const agg = (xs) => [sum(xs.map((x) => cnt.get(x)[0])), sum(xs.map((x) => cnt.get(x)[1]))];
  if (cm.dist) cnt.set(cm.dist, agg(cm.regs.filter((x) => x.district)));
  cnt.set(cm.tot, agg(cm.regs));
  const A = [[], []];
  for (const x of rows) {
    const key = x.child ? cm.regs.find((y) => y.nm === x.nm) : x;
    const [den, nu] = cnt.get(key);
    sb.txt(r, 1, rowLabel(x));
    const da = sb.put(r, 2, den, 0), na = sb.put(r, 3, nu, 0);
    A[0].push({ x, addr: da }); A[1].push({ x, addr: na });
    const v = rnd(nu / den * 100, d);
    const ra = sb.put(r, 4, v, d);
    sb.rel('rate', { t: 'rate', cell: ra, num: na, den: da, k: 100, tol: rtol(d) });
    if (withPrev) {
      const pv = rnd(Math.min(what === '入学' ? 100 : 99.9, v - U(-0.6, 1.2)), d);
      const pa = sb.put(r, 5, pv, d);
      const g = sb.put(r, 6, rnd(v - pv, d), d);
      sb.rel('pp', { t: 'pp', cell: g, cur: ra, prev: pa, tol: rtol(d) });
    }
    r++;
  }
  colRels(sb, A[0]); colRels(sb, A[1]);
  sb.widths(nc); sb.notes(r);
}

// G: regions rows, 专任教师 with 其中女 / 女教师占比 / 其中民办
function sheetG(sb, ctx) {
  const cm = cityModel(ctx);
  const lv = pick(['小学', '初中', '普通高中', '幼儿园', 'all']);
  const get = (m, k) => (lv === 'all' ? sum(LV.map((l) => m[l][k])) : m[lv][k]);
  const withShare = chance(0.7), withPriv = chance(0.5);
  const d = pick([1, 1, 2]);
  const cols = ['专任教师（人）', pick(['其中：女', '其中女教师', '#女'])];
  if (withShare) cols.push(pick(['女教师占比（%）', '女性比重(%)']));
  if (withPriv) cols.push(pick(['其中：民办', '民办学校专任教师']), '民办占比（%）');
  const nc = 1 + cols.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年各县（市、区）' + (lv === 'all' ? '各级各类学校' : lv) + '专任教师情况');
  sb.txt(r, 1, '地区'); cols.forEach((h, i) => sb.txt(r, 2 + i, h)); r++;
  const rows = cityRows(cm, chance(0.6));
  const A = [[], [], []];
  for (const x of rows) {
    sb.txt(r, 1, rowLabel(x));
    const T = get(x.m, 'teach'), F = get(x.m, 'femTeach'), Pv = get(x.m, 'privTeach');
    const ta = sb.put(r, 2, T, 0), fa = sb.put(r, 3, F, 0);
    A[0].push({ x, addr: ta }); A[1].push({ x, addr: fa });
    sb.rel('le', { t: 'le', whole: ta, parts: [fa], tol: 0 });
    let c = 4;
    if (withShare) { const s = sb.put(r, 4, rnd(F / T * 100, d), d); sb.rel('share', { t: 'rate', cell: s, num: fa, den: ta, k: 100, tol: rtol(d) }); c = 5; }
    if (withPriv) {
      const pa = sb.put(r, c, Pv, 0, '-'); A[2].push({ x, addr: pa });
      sb.rel('le', { t: 'le', whole: ta, parts: [pa], tol: 0 });
      const s = Pv ? sb.put(r, c + 1, rnd(Pv / T * 100, d), d) : sb.put(r, c + 1, 0, d, '-');
      sb.rel('share', { t: 'rate', cell: s, num: pa, den: ta, k: 100, tol: rtol(d) });
    }
    r++;
  }
  colRels(sb, A[0]); colRels(sb, A[1]); if (withPriv) colRels(sb, A[2]);
  sb.widths(nc); sb.notes(r);
}

// H: regions as columns, indicators as rows (level blocks)
function sheetH(sb, ctx) {
  const cm = cityModel(ctx);
  const regs = [cm.tot, ...(cm.dist ? [cm.dist] : []), ...cm.regs.filter((x) => !x.district)].slice(0, 8);
  if (chance(0.25)) regs.push(regs.shift());
  const nc = 1 + regs.length;
  let r = sb.title(nc, ctx.city + ctx.year + '年分县（市、区）基础教育主要指标');
  sb.txt(r, 1, pick(['指标', '项目'])); regs.forEach((x, i) => sb.txt(r, 2 + i, x.nm)); r++;
  const lvs = shuffle(['幼儿园', '小学', '初中', '普通高中']).slice(0, I(2, 3)).sort((a, b) => LV.indexOf(a) - LV.indexOf(b));
  const ks = [['schools', '学校数（所）'], ['stu', '在校生（人）'], ['femStu', '#女'], ['teach', '专任教师（人）'], ['ratio', '生师比']];
  const CN = '一二三四五';
  const addr = {}; // addr[lv][k][j]
  lvs.forEach((lv, li) => {
    sb.txt(r, 1, CN[li] + '、' + lv); r++;
    addr[lv] = {};
    for (const [k, h] of ks) {
      sb.txt(r, 1, (k === 'femStu' ? '    其中：女' : '  ' + h));
      addr[lv][k] = regs.map((x, j) => {
        const q = x.m[lv];
        if (k === 'ratio') { const a = sb.put(r, 2 + j, rnd(q.stu / q.teach, 1), 1); sb.rel('rate', { t: 'rate', cell: a, num: addr[lv].stu[j], den: addr[lv].teach[j], k: 1, tol: rtol(1) }); return a; }
        return sb.put(r, 2 + j, q[k], 0);
      });
      r++;
    }
    regs.forEach((_, j) => sb.rel('le', { t: 'le', whole: addr[lv].stu[j], parts: [addr[lv].femStu[j]], tol: 0 }));
    // row sums: 全市 = 市辖区 + counties (only if all top-level regions shown)
    const shown = regs.filter((x) => !x.tot);
    if (shown.length === cm.regs.filter((x) => !x.district).length + (cm.dist ? 1 : 0)) {
      const ti = regs.indexOf(cm.tot);
      for (const k of ['schools', 'stu', 'femStu', 'teach']) sb.rel('sum', { t: 'sum', total: addr[lv][k][ti], parts: regs.map((x, j) => (x.tot ? null : addr[lv][k][j])).filter(Boolean), tol: 0 });
    }
  });
  sb.widths(nc); sb.notes(r);
}

// I: 民办教育 by level: 全部 vs 民办, 占比
function sheetI(sb, ctx) {
  const m = regionModel(U(200, 700), false);
  const lvs = LV.filter((lv) => m[lv].privStu > 0);
  const d = pick([1, 1, 2]);
  const nc = 8;
  let r = sb.title(nc, ctx.city + ctx.year + '年民办教育基本情况');
  sb.merge(r, 1, r + 1, 1, '学段');
  sb.merge(r, 2, r, 4, '学校数（所）'); sb.merge(r, 5, r, 7, '在校生数（人）'); sb.merge(r, 8, r + 1, 8, '民办专任教师（人）');
  for (const c of [2, 5]) { sb.txt(r + 1, c, '全部'); sb.txt(r + 1, c + 1, pick(['民办', '其中：民办'])); sb.txt(r + 1, c + 2, pick(['民办占比（%）', '民办比重(%)'])); }
  r += 2;
  const totRow = r; sb.txt(r, 1, '合计'); r++;
  const rowOf = {}; lvs.forEach((lv) => { rowOf[lv] = r; sb.txt(r, 1, lv); r++; });
  const put3 = (row, all, pr) => {
    const out = [];
    [['schools', 'privSchools', 2], ['stu', 'privStu', 5]].forEach(([a, b, c]) => {
      const aa = sb.put(row, c, all[a], 0), ba = sb.put(row, c + 1, all[b], 0);
      const s = sb.put(row, c + 2, rnd(all[b] / all[a] * 100, d), d);
      sb.rel('share', { t: 'rate', cell: s, num: ba, den: aa, k: 100, tol: rtol(d) });
      sb.rel('le', { t: 'le', whole: aa, parts: [ba], tol: 0 });
      out.push(aa, ba);
    });
    out.push(sb.put(row, 8, all.privTeach, 0));
    return out;
  };
  const tot = {}; for (const k of ['schools', 'privSchools', 'stu', 'privStu', 'privTeach']) tot[k] = sum(lvs.map((lv) => m[lv][k]));
  const ta = put3(totRow, tot);
  const la = lvs.map((lv) => put3(rowOf[lv], m[lv]));
  ta.forEach((a, i) => sb.rel('sum', { t: 'sum', total: a, parts: la.map((x) => x[i]), tol: 0 }));
  sb.widths(nc); sb.notes(r);
}

const TYPES = { A: sheetA, B: sheetB, C: sheetC, D: sheetD, E: sheetE, F: sheetF, G: sheetG, H: sheetH, I: sheetI };
const RAREW = { D: 1, H: 1.5, I: 1.3, E: 1.2 };
const SHEETNAMES = { A: ['分县在校生', '表1', '各县区学生数'], B: ['学校基本情况', '表2', '分级情况'], C: ['生师比', '班额', '表3'], D: ['历年', '主要年份', '表4'], E: ['主要指标', '表5', 'Sheet1'], F: ['入学率', '巩固率', '表6'], G: ['专任教师', '教师', '表7'], H: ['分县指标', '县区对比', '表8'], I: ['民办教育', '表9'] };

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
    if (kind === 'growth' && rel.kind === 'growth') out.push([sb, rel, rel.cell]);
    if (kind === 'pp' && rel.kind === 'pp') out.push([sb, rel, rel.cell]);
  }
  return out;
}
function doPlant(sheets, kind) {
  const cands = candidates(sheets, kind);
  if (!cands.length) return null;
  for (let tries = 0; tries < 20; tries++) {
    const [sb, rel, addr] = pick(cands);
    const meta = sb.meta[addr]; if (!meta || meta.zero) continue;
    const was = num(sb.vals[addr]);
    if (!was) continue;
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part') now = rnd(was * (1 + sgn * U(.05, .3)), meta.d);
    else if (kind === 'rate') now = rel.k === 1 ? rnd(was * (1 + sgn * U(.12, .3)), meta.d) : rnd(was + sgn * U(2.5, 6), meta.d);
    else if (kind === 'share') now = rnd(Math.max(0.3, was + sgn * U(2, 5)), meta.d);
    else if (kind === 'growth') now = rnd(was + sgn * U(2, 6), meta.d);
    else if (kind === 'pp') now = rnd(was + sgn * U(1, 3), meta.d);
    if (rel.kind === 'le' && kind === 'part') now = Math.round(num(sb.vals[rel.whole]) * U(1.05, 1.3));
    if (now === was || (kind === 'rate' && rel.k === 100 && now > 100 && was <= 100 && chance(0.5))) continue;
    const val = meta.text ? now.toFixed(meta.d) : now;
    sb.vals[addr] = val; sb.ws.getCell(addr).value = val;
    const ex = evalRel(rel, (a) => sb.vals[a]);
    if (ex === null || ex < Math.max(3 * rel.tol, 0.5 * Math.pow(10, -meta.d) * 4, kind === 'total' || kind === 'part' ? 3 : 0)) { sb.vals[addr] = meta.text ? was.toFixed(meta.d) : was; sb.ws.getCell(addr).value = sb.vals[addr]; continue; }
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
      const ctx = { year: I(2016, 2024), city: cityName(), textP: chance(variant ? 0.5 : 0.25) ? U(0.05, 0.4) : 0, thousands: chance(0.3) };
      const wb = new ExcelJS.Workbook();
      const nS = I(1, 4);
      let keys = Object.keys(TYPES);
      if (variant) keys = keys.flatMap((k) => Array(Math.round((RAREW[k] || 0.6) * 2)).fill(k));
      const tkeys = [...new Set(shuffle(keys))].slice(0, nS);
      const sheets = []; const used = new Set();
      for (const t of tkeys) {
        let nm = pick(SHEETNAMES[t]); while (used.has(nm)) nm = nm + '1'; used.add(nm);
        const sb = new SB(wb, nm, ctx); TYPES[t](sb, ctx); sheets.push(sb);
      }
      const file = `${SET}_${String(b).padStart(3, '0')}_${ctx.city}${ctx.year}.xlsx`;
      for (const sb of sheets) for (const rel of sb.rels) {
        const ex = evalRel(rel, (a) => sb.vals[a]);
        if (ex === null && rel.t !== 'rate') throw new Error(`gen unevaluable ${file} ${sb.name} ${JSON.stringify(rel)}`);
        if (ex !== null && (ex > 1e-9 || Number.isNaN(ex))) throw new Error(`gen broken ${file} ${sb.name} ${JSON.stringify(rel)} ex=${ex}`);
      }
      const plants = [];
      if (planted) {
        const kinds = attempt < 14 ? [PLANT_KINDS[b % 6]] : shuffle(PLANT_KINDS);
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
  console.log(`${SET}: ${N} books, ${np} planted`, Object.entries(manifest.flatMap((m) => m.plants).reduce((a, p) => ((a[p.kind] = (a[p.kind] || 0) + 1), a), {})).join(' '));
})().catch((e) => { console.error(e); process.exit(1); });
