'use strict';
// Round 89A: 党内统计年报 style workbooks of a county organisation department.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { refsOf, evalRel, cellNum } = require('./rel');

// ------------------------------------------------------------ random
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(1);
const seed = (s) => { R = mulberry32(s); };
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const rf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { const s = pairs.reduce((a, p) => a + p[1], 0); let x = R() * s; for (const [v, w] of pairs) { x -= w; if (x < 0) return v; } return pairs[pairs.length - 1][0]; }

// ------------------------------------------------------------ arithmetic
// round half away from zero of num/den*100 to d decimals, exact integer arithmetic; returns integer q (value = q/10^d)
function rq(num, den, d) {
  const s = 10 ** d, sg = num < 0 ? -1 : 1, a = Math.abs(num);
  return sg * Math.floor((2 * a * 100 * s + den) / (2 * den));
}
const pctVal = (num, den, d, frac) => frac ? Number((rq(num, den, d) / 10 ** (d + 2)).toFixed(d + 2)) : Number((rq(num, den, d) / 10 ** d).toFixed(d));

function split(total, w) {
  const s = w.reduce((a, b) => a + b, 0);
  if (s <= 0) { const r = w.map(() => 0); r[0] = total; return r; }
  const raw = w.map((x) => total * x / s); const fl = raw.map(Math.floor);
  const rem = total - fl.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - fl[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < rem; k++) fl[order[k][1]]++;
  return fl;
}
function splitCapped(total, w, caps) {
  const res = w.map(() => 0); let rem = total; let guard = 0;
  while (rem > 0 && guard++ < 50) {
    const ww = w.map((x, i) => (res[i] < caps[i] ? Math.max(x, 1e-6) : 0));
    const add = split(rem, ww);
    for (let i = 0; i < w.length; i++) { const a = Math.min(add[i], caps[i] - res[i]); res[i] += a; rem -= a; }
  }
  if (rem > 0) throw new Error('splitCapped');
  return res;
}
const jit = (w, a = 0.35) => w.map((x) => x * (1 - a + 2 * a * R()));

// ------------------------------------------------------------ labels
const AGE = ['30岁及以下', '31—35岁', '36—40岁', '41—45岁', '46—50岁', '51—55岁', '56—60岁', '61岁及以上'];
const AGE_B = ['30岁以下', '31至35岁', '36至40岁', '41至45岁', '46至50岁', '51至55岁', '56至60岁', '61岁以上'];
const EDU = ['研究生', '大学本科', '大专', '中专', '高中', '初中及以下'];
const EDU_B = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'];
const OCC = ['工人', '农牧渔民', '专业技术人员', '企业管理人员', '党政机关工作人员', '学生', '离退休人员', '其他'];
const OCC_B = ['工人', '农牧渔民', '专业技术人员', '企事业单位管理人员', '党政机关工作人员', '学生', '离退休人员', '其他职业人员'];
const JOIN = ['1949年9月及以前', '1949年10月—1966年4月', '1966年5月—1976年10月', '1976年11月—1978年12月', '1979年1月—2002年10月', '2002年11月—2012年10月', '2012年11月及以后'];
const JOIN_B = ['建国前', '1949.10—1966.4', '1966.5—1976.10', '1976.11—1978.12', '1979.1—2002.10', '2002.11—2012.10', '2012.11以来'];
const FIELD = ['机关', '事业单位', '企业', '社会组织', '农村', '城市社区'];
const MINN = [['回族', '满族', '蒙古族'], ['苗族', '侗族', '土家族'], ['彝族', '藏族', '羌族'], ['壮族', '瑶族', '仫佬族']];
const TOWNS = ['城关镇', '新华镇', '石桥镇', '柳河乡', '白沙镇', '马坊乡', '龙泉镇', '黄土坡乡', '杨家庄乡', '高家堡镇', '河口镇', '太平乡', '双河镇', '红旗乡', '金山镇', '三合乡', '青龙镇', '永安乡', '大营镇', '小寨乡', '清水镇', '五里铺镇', '沙坪乡', '官庄镇'];
const STREETS = ['城东街道', '城西街道', '南关街道', '北城街道', '东湖街道'];
const SYS = [['县直机关工委', 'gov'], ['教育系统', 'edu'], ['卫生系统', 'health'], ['国资系统', 'soe'], ['非公企业和社会组织', 'np'], ['公安系统', 'gov'], ['交通运输系统', 'soe']];
const SYS_B = { 县直机关工委: '县直机关工委', 教育系统: '教育工委', 卫生系统: '卫生健康局党委', 国资系统: '国资委党委', 非公企业和社会组织: '两新组织党工委', 公安系统: '公安局党委', 交通运输系统: '交通运输局党委' };
const COUNTY = ['平川县', '临河县', '安远县', '青山县', '东平县', '永宁县', '石门县', '长乐县', '阳泉县', '宁远县', '富平县', '南屏县', '西华县', '江源县', '泉山县', '凤鸣县'];
const SURN = '王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林';

const PROF = {
  town: { f: [0.16, 0.28], age: [3, 4, 6, 8, 10, 12, 13, 44], edu: [0.15, 5, 12, 10, 22, 50], occ: [3, 52, 4, 2, 6, 0.1, 20, 13], join: [0.03, 2, 8, 2, 38, 22, 28], n: [300, 2200] },
  street: { f: [0.32, 0.46], age: [7, 8, 10, 10, 11, 12, 12, 30], edu: [2, 24, 22, 12, 18, 22], occ: [12, 3, 12, 8, 10, 0.3, 32, 23], join: [0.02, 2, 6, 2, 36, 24, 30], n: [400, 1800] },
  gov: { f: [0.3, 0.45], age: [10, 12, 14, 14, 14, 13, 10, 13], edu: [9, 62, 19, 4, 3, 3], occ: [1, 0, 10, 2, 58, 0, 26, 3], join: [0, 0.3, 1.5, 1, 30, 32, 35], n: [900, 3500] },
  edu: { f: [0.5, 0.62], age: [12, 14, 13, 13, 14, 14, 10, 10], edu: [6, 70, 18, 4, 1, 1], occ: [0.5, 0, 70, 1, 4, 0.5, 23, 1], join: [0, 0.3, 1.5, 1, 30, 30, 37], n: [500, 2500] },
  health: { f: [0.5, 0.65], age: [12, 14, 14, 13, 13, 12, 10, 12], edu: [6, 48, 32, 11, 2, 1], occ: [1, 0, 68, 2, 4, 0, 23, 2], join: [0, 0.3, 1.5, 1, 30, 30, 37], n: [300, 1200] },
  soe: { f: [0.22, 0.35], age: [10, 11, 12, 13, 14, 15, 12, 13], edu: [2, 30, 30, 15, 15, 8], occ: [35, 0, 15, 25, 2, 0, 20, 3], join: [0, 0.5, 2, 1, 34, 30, 32], n: [200, 900] },
  np: { f: [0.3, 0.45], age: [18, 18, 16, 14, 12, 10, 7, 5], edu: [2, 35, 30, 12, 12, 9], occ: [30, 1, 20, 30, 2, 0, 2, 15], join: [0, 0, 0.5, 0.5, 20, 35, 44], n: [150, 800] },
};
const FW = [1.8, 1.6, 1.4, 1.2, 1.0, 0.9, 0.8, 0.6]; // female propensity by age band

// ------------------------------------------------------------ data
function fillPeople(o, total, p, cty, minR) {
  o.N = total;
  o.F = Math.round(total * rf(p.f[0], p.f[1])); o.M = total - o.F;
  o.MIN = Math.min(total, Math.round(total * minR)); o.HAN = total - o.MIN;
  const mn = split(o.MIN, jit([5, 3, 2, 1], 0.5)); mn.forEach((x, i) => { o['MN' + (i + 1)] = x; });
  const A = split(total, jit(p.age)); A.forEach((x, i) => { o['A' + (i + 1)] = x; });
  const AF = splitCapped(o.F, A.map((x, i) => x * FW[i]), A); AF.forEach((x, i) => { o['AF' + (i + 1)] = x; o['AM' + (i + 1)] = A[i] - x; });
  const E = split(total, jit(p.edu)); E.forEach((x, i) => { o['E' + (i + 1)] = x; });
  const EF = splitCapped(o.F, E.map((x, i) => x * [1.2, 1.2, 1.1, 1, 0.9, 0.7][i]), E); EF.forEach((x, i) => { o['EF' + (i + 1)] = x; o['EM' + (i + 1)] = E[i] - x; });
  const O = split(total, jit(p.occ)); O.forEach((x, i) => { o['O' + (i + 1)] = x; });
  const J = split(total, jit(p.join)); J.forEach((x, i) => { o['J' + (i + 1)] = x; });
  o.Y35 = o.A1 + o.A2; o.A60 = o.A8; o.COL = o.E1 + o.E2 + o.E3; o.MID = o.E4 + o.E5 + o.E6;
}
function genUnit(name, type, cty) {
  const p = PROF[type]; const u = { name, type };
  const S = ri(p.n[0], p.n[1]) * cty.scale | 0;
  const minR = Math.min(0.95, cty.minR * rf(0.4, 1.6));
  u.S = S;
  u.DEV = Math.round(S * rf(0.008, 0.028));
  u.TIN = Math.round(S * rf(0.006, 0.04)); u.REC = chance(0.07) ? 1 : 0;
  u.TOUT = Math.round(S * rf(0.006, 0.04));
  u.DTH = Math.round(S * (type === 'town' ? rf(0.008, 0.02) : rf(0.001, 0.008)));
  u.X1 = chance(0.25) ? ri(1, 2) : 0; u.X2 = chance(0.3) ? ri(1, 3) : 0; u.X = u.X1 + u.X2;
  u.INC = u.DEV + u.TIN + u.REC; u.DEC = u.TOUT + u.DTH + u.X;
  u.N = S + u.INC - u.DEC; u.NET = u.N - u.S;
  fillPeople(u, u.N, p, cty, minR);
  u.PROB = Math.min(u.N, u.DEV + ri(0, Math.floor(u.DEV / 3))); u.FORMAL = u.N - u.PROB;
  u.DEV_F = Math.round(u.DEV * rf(0.28, 0.55)); u.DEV_MIN = Math.min(u.DEV, Math.round(u.DEV * minR * rf(0.6, 1.4)));
  u.DEV_Y35 = Math.round(u.DEV * rf(0.6, 0.9)); u.DEV_COL = Math.round(u.DEV * (type === 'town' ? rf(0.3, 0.7) : rf(0.7, 1)));
  const dw = p.occ.slice(); dw[6] = 0; dw[5] = type === 'edu' ? 2 : 0.2;
  split(u.DEV, jit(dw)).forEach((x, i) => { u['DO' + (i + 1)] = x; });
  // organisations
  const f = [0, 0, 0, 0, 0, 0];
  if (type === 'town') {
    u.VIL = ri(6, 28); u.VILO = u.VIL - (chance(0.12) ? 1 : 0); u.COMM = chance(0.4) ? ri(1, 3) : 0; u.COMMO = u.COMM;
    f[4] = u.VILO; f[5] = u.COMMO; f[0] = ri(2, 4); f[1] = ri(1, 6); f[2] = ri(0, 5); f[3] = ri(0, 2);
    u.W = 1; u.Z = ri(0, 3);
  } else if (type === 'street') {
    u.VIL = ri(0, 4); u.VILO = u.VIL; u.COMM = ri(3, 12); u.COMMO = u.COMM;
    f[4] = u.VILO; f[5] = u.COMMO; f[0] = ri(1, 3); f[1] = ri(0, 3); f[2] = ri(1, 8); f[3] = ri(1, 4);
    u.W = 1; u.Z = ri(0, 3);
  } else {
    u.VIL = 0; u.VILO = 0; u.COMM = 0; u.COMMO = 0;
    if (type === 'gov') { f[0] = ri(25, 70); f[1] = ri(5, 25); f[2] = ri(0, 3); }
    else if (type === 'edu') { f[0] = ri(1, 3); f[1] = ri(25, 80); }
    else if (type === 'health') { f[0] = ri(1, 2); f[1] = ri(10, 35); f[3] = ri(0, 2); }
    else if (type === 'soe') { f[2] = ri(8, 30); f[0] = ri(0, 2); }
    else { f[2] = ri(25, 110); f[3] = ri(6, 30); }
    u.W = ri(1, 6); u.Z = ri(2, 12);
  }
  f.forEach((x, i) => { u['FD' + (i + 1)] = x; });
  u.ORG = f.reduce((a, b) => a + b, 0); u.B = u.ORG - u.W - u.Z;
  if (u.B < 1) { u.Z = Math.max(0, u.ORG - u.W - 1); u.B = u.ORG - u.W - u.Z; }
  u.SEC = u.VILO + u.COMMO; u.SEC_F = Math.round(u.SEC * rf(0.05, 0.3)); u.SEC_COL = Math.round(u.SEC * rf(0.3, 0.8));
  u.SEC_Y35 = Math.round(u.SEC * rf(0.05, 0.25)); u.SEC_HEAD = Math.max(0, u.SEC - ri(0, 2));
  u.VC = u.VIL + u.COMM; u.VCO = u.VILO + u.COMMO;
  // previous year (year-end = this year's 年初数)
  const pv = {};
  fillPeople(pv, S, p, cty, minR);
  pv.PROB = Math.min(S, Math.round(S * rf(0.01, 0.03))); pv.FORMAL = S - pv.PROB;
  pv.DEV = Math.round(S * rf(0.008, 0.03));
  pv.W = u.W; pv.Z = Math.max(0, u.Z - ri(-1, 1)); pv.B = Math.max(1, u.B - ri(-2, 4)); pv.ORG = pv.W + pv.Z + pv.B;
  u.prev = pv;
  return u;
}
function agg(list) {
  const o = {}; const pv = {};
  for (const u of list) {
    for (const [k, v] of Object.entries(u)) if (typeof v === 'number') o[k] = (o[k] || 0) + v;
    if (u.prev) for (const [k, v] of Object.entries(u.prev)) if (typeof v === 'number') pv[k] = (pv[k] || 0) + v;
  }
  o.prev = pv; return o;
}
function makeCounty(nTown, nStreet, nSys) {
  const cty = { name: pick(COUNTY), year: pick([2021, 2022, 2023, 2024]) };
  cty.minR = wpick([[rf(0.002, 0.02), 5], [rf(0.04, 0.15), 3], [rf(0.3, 0.7), 2]]);
  cty.minNames = pick(MINN);
  cty.scale = rf(0.6, 1.3);
  const towns = shuffle(TOWNS).slice(0, nTown); const streets = shuffle(STREETS).slice(0, nStreet);
  const ordT = [...streets.map((n) => [n, 'street']), ...towns.map((n) => [n, n.endsWith('乡') ? 'town' : 'town'])];
  // 城关镇 first if present
  ordT.sort((a, b) => (b[0] === '城关镇') - (a[0] === '城关镇'));
  const sys = shuffle(SYS).slice(0, nSys);
  cty.towns = ordT.map(([n, t]) => genUnit(n, t, cty));
  cty.sys = sys.map(([n, t]) => genUnit(n, t, cty));
  cty.units = [...cty.towns, ...cty.sys];
  cty.tot = agg(cty.units);
  cty.townTot = agg(cty.towns); cty.sysTot = agg(cty.sys);
  return cty;
}

// ------------------------------------------------------------ sheet helpers
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const AD = (r, c) => colL(c) + r;
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
function setc(ws, r, c, v, st = {}) {
  const cell = ws.getCell(r, c); cell.value = v;
  cell.font = { name: st.font || '宋体', size: st.size || 10, bold: !!st.bold };
  if (st.fmt) cell.numFmt = st.fmt;
  cell.alignment = { horizontal: st.h || (typeof v === 'number' ? 'right' : 'left'), vertical: 'middle', wrapText: !!st.wrap };
  if (st.border) cell.border = BORDER;
  return cell;
}
function merge(ws, r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2); }

class Book {
  constructor() { this.wb = new ExcelJS.Workbook(); this.rels = []; }
  add(name) { const ws = this.wb.addWorksheet(name); return ws; }
  q(ws, r, c) { return `${ws.name}!${AD(r, c)}`; }
  rel(x) { this.rels.push(x); }
}

// zero rendering
function zval(v, z) { if (v !== 0) return v; return z === '0' ? 0 : z === 'blank' ? null : z; }

// table options drawn at random
function tableOpts(over = {}) {
  const d = pick([1, 1, 2]);
  return Object.assign({
    zero: wpick([['0', 6], ['blank', 2], ['—', 2], ['-', 1]]),
    frac: chance(0.2), d,
    lanci: chance(0.3), lanciText: chance(0.5), seq: chance(0.2),
    totalPos: chance(0.65) ? 'top' : 'bottom',
    totalLabel: pick(['合计', '总计', '全县', '全县合计', '全县总计']),
    unitLine: wpick([['单位：名', 3], ['单位：人', 2], ['单位：名、个', 2], ['计量单位：人、%', 1], [null, 2]]),
    title: true,
  }, over);
}
function pctFmt(o) { return o.frac ? (o.d === 1 ? '0.0%' : '0.00%') : (o.d === 1 ? '0.0' : '0.00'); }

function writeTitle(ws, r, c0, c1, title, o, cty) {
  if (o.tableNo) { setc(ws, r, c0, o.tableNo, { bold: true }); r++; }
  setc(ws, r, c0, title, { bold: true, size: 16, h: 'center', font: '方正小标宋简体' }); merge(ws, r, c0, r, c1); r++;
  const sub = pick([null, `（${cty.year}年度）`, `截至${cty.year}年12月31日`, `${cty.year}年`]);
  const left = pick([null, `填报单位：中共${cty.name}委组织部`, `填报单位（盖章）：${cty.name}委组织部`]);
  if (sub && !left) { setc(ws, r, c0, sub, { h: 'center' }); merge(ws, r, c0, r, c1); r++; }
  if (left || o.unitLine) {
    if (left) setc(ws, r, c0, left);
    const sc = c0 + Math.max(2, Math.floor((c1 - c0) / 2)); if (sub && left && sc < c1) setc(ws, r, sc, sub, { h: 'center' });
    if (o.unitLine) setc(ws, r, c1, o.unitLine, { h: 'right' });
    r++;
  }
  return r;
}
function writeFoot(ws, r, c0, c1, cty, o) {
  const notes = [];
  if (chance(0.5)) notes.push(`注：1.本表统计时点为${cty.year}年12月31日；2.年龄按统计时点计算；3.比例保留${o.d === 1 ? '一' : '两'}位小数。`);
  if (chance(0.3)) notes.push('注：“其中”项不计入合计。');
  if (chance(0.2)) notes.push('说明：党员人数含预备党员。');
  for (const n of notes) { setc(ws, r, c0, n); merge(ws, r, c0, r, c1); r++; }
  if (chance(0.55)) {
    const nm = () => SURN[ri(0, SURN.length - 1)] + pick(['建国', '红梅', '志强', '丽', '伟', '海燕', '军', '静']);
    r++;
    setc(ws, r, c0, `单位负责人：${nm()}`);
    setc(ws, r, c0 + Math.max(1, Math.floor((c1 - c0) / 3)), `审核人：${nm()}`);
    setc(ws, r, c0 + Math.max(2, Math.floor(2 * (c1 - c0) / 3)), `填表人：${nm()}`);
    if (chance(0.5)) setc(ws, r, c1, `报出日期：${cty.year + 1}年1月${ri(5, 25)}日`);
    r++;
  }
  return r;
}

// ------------------------------------------------------------ unit-row table
// cols: {key, h, h1, kind:'n'|'pct'|'rate', sums:[[keys]], le:key, bal:{start,plus,minus}, diff:[a,b], num, den, of:'row'|'total'}
function buildRows(cty, o) {
  const rows = [];
  const unitLabel = (u) => (o.longNames && u.type !== 'town' && u.type !== 'street' ? SYS_B[u.name] || u.name : u.name);
  const tot = { label: o.totalLabel, data: cty.tot, kind: 'total' };
  const units = o.unitsOnly ? o.unitsOnly : null;
  if (units) {
    const t = { label: o.totalLabel, data: agg(units), kind: 'total' };
    const ur = units.map((u) => ({ label: unitLabel(u), data: u, kind: 'unit' }));
    t.parts = ur;
    return o.totalPos === 'top' ? [t, ...ur] : [...ur, t];
  }
  if (!o.grouped || !cty.sys.length) {
    const ur = cty.units.map((u) => ({ label: (o.indent ? '  ' : '') + unitLabel(u), data: u, kind: 'unit' }));
    tot.parts = ur;
    return o.totalPos === 'top' ? [tot, ...ur] : [...ur, tot];
  }
  const gs = pick(['head', 'after', 'before']);
  const g1 = { label: gs === 'head' ? '一、乡镇（街道）' : gs === 'after' ? pick(['乡镇小计', '小计']) : '乡镇（街道）小计', data: cty.townTot, kind: 'sub' };
  const g2 = { label: gs === 'head' ? '二、县直单位及系统' : gs === 'after' ? (g1.label === '小计' ? '小计' : '县直小计') : '县直及系统小计', data: cty.sysTot, kind: 'sub' };
  const before = gs !== 'after';
  const ur1 = cty.towns.map((u) => ({ label: (o.indent ? '  ' : '') + unitLabel(u), data: u, kind: 'unit' }));
  const ur2 = cty.sys.map((u) => ({ label: (o.indent ? '  ' : '') + unitLabel(u), data: u, kind: 'unit' }));
  g1.parts = ur1; g2.parts = ur2; tot.parts = [g1, g2];
  const body = before ? [g1, ...ur1, g2, ...ur2] : [...ur1, g1, ...ur2, g2];
  return o.totalPos === 'top' ? [tot, ...body] : [...body, tot];
}

function unitTable(bk, ws, cty, o) {
  let r = o.r0; const c0 = o.c0;
  let c = c0; const seqC = o.seq ? c++ : null; const labC = c++;
  const cols = o.cols; const colOf = {};
  for (const col of cols) { col.c = c++; if (col.key && col.kind === 'n' && !(col.key in colOf)) colOf[col.key] = col.c; }
  const lastC = c - 1;
  if (o.title) r = writeTitle(ws, r, c0, lastC, o.title, o, cty);
  const two = cols.some((x) => x.h1);
  const hr1 = r, hr2 = two ? r + 1 : r;
  const hs = { bold: true, h: 'center', wrap: true, border: true };
  if (seqC) { setc(ws, hr1, seqC, '序号', hs); merge(ws, hr1, seqC, hr2, seqC); }
  setc(ws, hr1, labC, o.labelHead || pick(['单位', '单位名称', '乡镇（街道）、系统', '项目']), hs); merge(ws, hr1, labC, hr2, labC);
  for (let i = 0; i < cols.length;) {
    const col = cols[i];
    if (!col.h1) { setc(ws, hr1, col.c, col.h, hs); merge(ws, hr1, col.c, hr2, col.c); i++; continue; }
    let j = i; while (j + 1 < cols.length && cols[j + 1].h1 === col.h1) j++;
    setc(ws, hr1, col.c, col.h1, hs); merge(ws, hr1, col.c, hr1, cols[j].c);
    for (let k = i; k <= j; k++) setc(ws, hr2, cols[k].c, cols[k].h, hs);
    i = j + 1;
  }
  r = hr2 + 1;
  if (o.lanci) {
    if (seqC) setc(ws, r, seqC, '甲', { h: 'center', border: true });
    setc(ws, r, labC, seqC ? '乙' : (chance(0.5) ? '甲' : '栏次'), { h: 'center', border: true });
    cols.forEach((col, i) => setc(ws, r, col.c, o.lanciText ? String(i + 1) : i + 1, { h: 'center', border: true }));
    r++;
  }
  const rows = buildRows(cty, o);
  const fmtP = pctFmt(o);
  let seqN = 0;
  for (const row of rows) {
    row.r = r;
    const bold = row.kind !== 'unit';
    if (seqC) {
      if (row.kind === 'unit') { setc(ws, r, seqC, ++seqN, { h: 'center', border: true }); setc(ws, r, labC, row.label, { border: true }); }
      else { setc(ws, r, seqC, row.label, { bold, h: 'center', border: true }); merge(ws, r, seqC, r, labC); }
    } else setc(ws, r, labC, row.label, { bold, border: true, h: row.kind === 'total' && chance(0.5) ? 'center' : 'left' });
    for (const col of cols) {
      const D = row.data;
      if (col.kind === 'n') {
        const v = D[col.key]; if (v == null) throw new Error('no key ' + col.key);
        setc(ws, r, col.c, zval(v, o.zero), { border: true, bold, h: 'right' });
      } else if (col.kind === 'pct') {
        const den = col.of === 'total' ? cty.tot[col.den] : D[col.den]; const num = D[col.num];
        if (col.of === 'total' && o.unitsOnly) throw new Error('pct total with unitsOnly');
        if (!den) { setc(ws, r, col.c, '—', { border: true, h: 'center' }); continue; }
        const v = pctVal(num, den, o.d, o.frac);
        setc(ws, r, col.c, num === 0 ? zval(0, o.zero) : v, { border: true, bold, fmt: fmtP, h: 'right' });
      } else if (col.kind === 'rate') {
        const a = D[col.a], b = D[col.b];
        const v = pctVal(a - b, b, o.d, o.frac);
        setc(ws, r, col.c, v, { border: true, bold, fmt: fmtP, h: 'right' });
      }
    }
    r++;
  }
  // relations
  const Q = (rr, cc) => bk.q(ws, rr, cc);
  const totRow = rows.find((x) => x.kind === 'total');
  for (const row of rows) {
    for (const col of cols) {
      const me = Q(row.r, col.c);
      if (col.kind === 'n') {
        if (row.parts) bk.rel({ t: 'lin', k: 'sum', lhs: me, rhs: row.parts.map((p) => [Q(p.r, col.c), 1]) });
        for (const s of col.sums || []) bk.rel({ t: 'lin', k: 'sum', lhs: me, rhs: s.map((k) => [Q(row.r, colOf[k]), 1]) });
        if (col.le) bk.rel({ t: 'le', part: me, whole: Q(row.r, colOf[col.le]) });
        if (col.bal) bk.rel({ t: 'lin', k: 'bal', lhs: me, rhs: [[Q(row.r, colOf[col.bal.start]), 1], ...col.bal.plus.map((k) => [Q(row.r, colOf[k]), 1]), ...col.bal.minus.map((k) => [Q(row.r, colOf[k]), -1])] });
        if (col.diff) bk.rel({ t: 'lin', k: 'diff', lhs: me, rhs: [[Q(row.r, colOf[col.diff[0]]), 1], [Q(row.r, colOf[col.diff[1]]), -1]] });
      } else if (col.kind === 'pct') {
        const denRef = col.of === 'total' ? Q(totRow.r, colOf[col.den]) : Q(row.r, colOf[col.den]);
        if (!(col.of === 'total' ? cty.tot[col.den] : row.data[col.den])) continue;
        bk.rel({ t: 'pct', cell: me, num: [[Q(row.r, colOf[col.num]), 1]], den: denRef, f: o.frac ? 1 : 100, tol: 0.5 * 10 ** -(o.d + (o.frac ? 2 : 0)) });
      } else if (col.kind === 'rate') {
        bk.rel({ t: 'pct', cell: me, num: [[Q(row.r, colOf[col.a]), 1], [Q(row.r, colOf[col.b]), -1]], den: Q(row.r, colOf[col.b]), f: o.frac ? 1 : 100, tol: 0.5 * 10 ** -(o.d + (o.frac ? 2 : 0)) });
      }
    }
  }
  ws.getColumn(labC).width = 22; if (seqC) ws.getColumn(seqC).width = 6;
  for (const col of cols) ws.getColumn(col.c).width = Math.max(ws.getColumn(col.c).width || 0, 9);
  return { r, lastC, rows };
}

// ------------------------------------------------------------ item (indicator) table
// items: {label, key, sum:[keys], le:key, head:true}; cols: {h, h1, kind:'v'|'pct'|'diff'|'rate', data, src, den, a, b}
function itemTable(bk, ws, cty, o) {
  let r = o.r0; const c0 = o.c0;
  let c = c0; const lineC = o.lineNo ? c++ : null; const labC = c++; const unitC = o.unitCol ? c++ : null;
  const cols = o.cols; cols.forEach((col) => { col.c = c++; });
  const lastC = c - 1;
  if (o.title) r = writeTitle(ws, r, c0, lastC, o.title, o, cty);
  const hs = { bold: true, h: 'center', wrap: true, border: true };
  const two = cols.some((x) => x.h1);
  const hr1 = r, hr2 = two ? r + 1 : r;
  if (lineC) { setc(ws, hr1, lineC, '行次', hs); merge(ws, hr1, lineC, hr2, lineC); }
  setc(ws, hr1, labC, o.labelHead || pick(['项目', '指标名称', '指  标', '类别']), hs); merge(ws, hr1, labC, hr2, labC);
  if (unitC) { setc(ws, hr1, unitC, '计量单位', hs); merge(ws, hr1, unitC, hr2, unitC); }
  for (let i = 0; i < cols.length;) {
    const col = cols[i];
    if (!col.h1) { setc(ws, hr1, col.c, col.h, hs); merge(ws, hr1, col.c, hr2, col.c); i++; continue; }
    let j = i; while (j + 1 < cols.length && cols[j + 1].h1 === col.h1) j++;
    setc(ws, hr1, col.c, col.h1, hs); merge(ws, hr1, col.c, hr1, cols[j].c);
    for (let k = i; k <= j; k++) setc(ws, hr2, cols[k].c, cols[k].h, hs);
    i = j + 1;
  }
  r = hr2 + 1;
  if (o.lanci) {
    if (lineC) setc(ws, r, lineC, '乙', { h: 'center', border: true });
    setc(ws, r, labC, '甲', { h: 'center', border: true });
    if (unitC) setc(ws, r, unitC, '丙', { h: 'center', border: true });
    cols.forEach((col, i) => setc(ws, r, col.c, o.lanciText ? String(i + 1) : i + 1, { h: 'center', border: true }));
    r++;
  }
  const fmtP = pctFmt(o);
  const rowOf = {}; let line = 0;
  const items = o.items;
  for (const it of items) {
    it.r = r;
    if (lineC) setc(ws, r, lineC, it.head ? null : ++line, { h: 'center', border: true });
    setc(ws, r, labC, it.label, { border: true, bold: !!it.bold || !!it.head });
    if (unitC) setc(ws, r, unitC, it.head ? null : (it.unit || '人'), { h: 'center', border: true });
    if (it.head) { for (const col of cols) setc(ws, r, col.c, null, { border: true }); r++; continue; }
    if (!(it.key in rowOf)) rowOf[it.key] = r;
    for (const col of cols) {
      let v;
      if (col.kind === 'v') v = zval(col.data[it.key], o.zero);
      else if (col.kind === 'pct') {
        const den = cols[col.src].data[col.den], num = cols[col.src].data[it.key];
        if (it.noPct) v = null; else v = !den ? '—' : (num === 0 ? zval(0, o.zero) : pctVal(num, den, o.d, o.frac));
      } else if (col.kind === 'rowpct') { const den = cols[0].data[it.key], num = cols[col.src].data[it.key]; v = !den ? '—' : (num === 0 ? zval(0, o.zero) : pctVal(num, den, o.d, o.frac)); }
      else if (col.kind === 'diff') v = zval(cols[col.a].data[it.key] - cols[col.b].data[it.key], o.zero);
      else if (col.kind === 'rate') { const a = cols[col.a].data[it.key], b = cols[col.b].data[it.key]; v = b ? pctVal(a - b, b, o.d, o.frac) : '—'; }
      setc(ws, r, col.c, v, { border: true, bold: !!it.bold, fmt: col.kind === 'pct' || col.kind === 'rate' || col.kind === 'rowpct' ? fmtP : undefined, h: 'right' });
    }
    r++;
  }
  const Q = (rr, cc) => bk.q(ws, rr, cc);
  const addr = (key, ci) => (key in rowOf ? Q(rowOf[key], cols[ci].c) : o.ext ? o.ext(key, ci) : null);
  const tol = 0.5 * 10 ** -(o.d + (o.frac ? 2 : 0)); const f = o.frac ? 1 : 100;
  cols.forEach((col, ci) => {
    for (const it of items) {
      if (it.head) continue;
      const me = Q(it.r, col.c);
      if (col.kind === 'v') {
        if (it.sum) bk.rel({ t: 'lin', k: 'sum', lhs: me, rhs: it.sum.map((k) => [addr(k, ci), 1]) });
        if (it.le) bk.rel({ t: 'le', part: me, whole: addr(it.le, ci) });
      } else if (col.kind === 'pct') {
        if (it.noPct || !cols[col.src].data[col.den]) continue;
        bk.rel({ t: 'pct', cell: me, num: [[Q(it.r, cols[col.src].c), 1]], den: addr(col.den, col.src), f, tol });
      } else if (col.kind === 'rowpct') {
        if (!cols[0].data[it.key]) continue;
        bk.rel({ t: 'pct', cell: me, num: [[Q(it.r, cols[col.src].c), 1]], den: Q(it.r, cols[0].c), f, tol });
      } else if (col.kind === 'diff') {
        bk.rel({ t: 'lin', k: 'diff', lhs: me, rhs: [[Q(it.r, cols[col.a].c), 1], [Q(it.r, cols[col.b].c), -1]] });
      } else if (col.kind === 'rate') {
        if (!cols[col.b].data[it.key]) continue;
        bk.rel({ t: 'pct', cell: me, num: [[Q(it.r, cols[col.a].c), 1], [Q(it.r, cols[col.b].c), -1]], den: Q(it.r, cols[col.b].c), f, tol });
      }
    }
  });
  for (const cs of o.colSums || []) for (const it of items) if (!it.head) bk.rel({ t: 'lin', k: 'sum', lhs: Q(it.r, cols[cs.t].c), rhs: cs.parts.map((p) => [Q(it.r, cols[p].c), 1]) });
  ws.getColumn(labC).width = 26;
  for (const col of cols) ws.getColumn(col.c).width = Math.max(ws.getColumn(col.c).width || 0, 10);
  return { r, lastC, addr, items };
}

// ------------------------------------------------------------ item lists
const IN = () => pick(['  ', '　　', '']);
const GROUPS = {
  sex: { t: ['按性别分', '性别'], keys: ['M', 'F'], L: [['男', '女'], ['男', '女']] },
  eth: { t: ['按民族分', '民族'], keys: ['HAN', 'MIN'], L: [['汉族', '少数民族'], ['汉族', '少数民族']] },
  age: { t: ['按年龄分', '年龄'], keys: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'], L: [AGE, AGE_B] },
  edu: { t: ['按学历分', '学历'], keys: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'], L: [EDU, EDU_B] },
  occ: { t: ['按职业分', '职业'], keys: ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8'], L: [OCC, OCC_B] },
  join: { t: ['按入党时间分', '入党时间'], keys: ['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7'], L: [JOIN, JOIN_B] },
};
const CNUM = ['一', '二', '三', '四', '五', '六', '七'];
function groupItems(kind, v, gi) {
  const g = GROUPS[kind]; const L = g.L[v.alt ? 1 : 0];
  let title = pick(g.t); if (v.numbered) title = CNUM[gi] + '、' + title.replace(/^按|分$/g, '');
  const parts = g.keys.map((k, i) => ({ label: v.ind + L[i], key: k }));
  return { title, parts, keys: g.keys };
}
// people structure list: 党员总数 row + groups; every group sums to N
function peopleItems(groups, v) {
  const items = []; items.groups = [];
  v.numbered = chance(0.4);
  if (!v.noTotal) items.push({ label: pick(['党员总数', '党员总数（名）', '全县党员总数', '合计']), key: 'N', bold: true, sum: null });
  if (v.prob && !v.noTotal) {
    items.push({ label: '其中：正式党员', key: 'FORMAL', le: 'N' }, { label: '　　　预备党员', key: 'PROB', le: 'N' });
    items.groups.push(['FORMAL', 'PROB']);
  }
  groups.forEach((gk, gi) => {
    const { title, parts, keys } = groupItems(gk, v, gi);
    if (v.groupStyle === 'head') items.push({ label: title, head: true });
    else if (v.groupStyle === 'sub') items.push({ label: title, key: 'N', sum: keys, bold: true, dupKey: true });
    items.push(...parts);
    items.groups.push(keys);
  });
  return items;
}

// ------------------------------------------------------------ recipes (each writes one table, returns next row)
const H = {
  N: () => pick(['党员总数', '党员数', '党员人数', '合计']),
};
function colsFor(kind, o) {
  const d = [];
  const pc = (num, den, h, of = 'row') => ({ kind: 'pct', num, den, h, of });
  if (kind === 'basic') {
    const useGrp = chance(0.5);
    d.push({ kind: 'n', key: 'N', h: H.N() });
    if (chance(0.6)) d.push({ kind: 'n', key: 'PROB', h: useGrp ? '预备党员' : '其中：预备党员', h1: useGrp ? '其中' : null, le: 'N' });
    d.push({ kind: 'n', key: 'F', h: useGrp ? '女' : '其中：女', h1: useGrp ? '其中' : null, le: 'N' });
    d.push({ kind: 'n', key: 'MIN', h: useGrp ? '少数民族' : '其中：少数民族', h1: useGrp ? '其中' : null, le: 'N' });
    if (chance(0.5)) d.push({ kind: 'n', key: 'Y35', h: useGrp ? '35岁及以下' : '其中：35岁及以下', h1: useGrp ? '其中' : null, le: 'N' });
    if (chance(0.5)) d.push({ kind: 'n', key: 'COL', h: useGrp ? '大专及以上' : '其中：大专及以上学历', h1: useGrp ? '其中' : null, le: 'N' });
    const shares = d.filter((x) => x.key !== 'N' && x.key !== 'PROB').map((x) => x.key);
    const lab = { F: '女党员占比（%）', MIN: '少数民族占比（%）', Y35: '35岁及以下占比（%）', COL: '大专及以上占比（%）' };
    const st = pick(['after', 'interleave', 'few']);
    if (st === 'after') for (const k of shares) d.push(pc(k, 'N', o.frac ? lab[k].replace('（%）', '') : lab[k], 'row'));
    else if (st === 'interleave') {
      const out = [];
      for (const x of d) { out.push(x); if (shares.includes(x.key)) out.push(pc(x.key, 'N', o.frac ? '占比' : '占%', 'row')); }
      if (useGrp) out.forEach((x) => { if (x.kind === 'pct') x.h1 = '其中'; });
      return out.concat(chance(0.4) ? [pc('N', 'N', '占全县党员%', 'total')] : []);
    } else d.push(pc('F', 'N', o.frac ? '女党员比例' : '女党员比例（%）', 'row'));
    if (chance(0.4)) d.push(pc('N', 'N', o.frac ? '占全县比重' : '占全县党员总数%', 'total'));
    return d;
  }
  if (kind === 'sex') return [{ kind: 'n', key: 'N', h: H.N(), sums: [['M', 'F']] }, { kind: 'n', key: 'M', h: '男', h1: '性别' }, { kind: 'n', key: 'F', h: '女', h1: '性别' }, pc('F', 'N', o.frac ? '女性占比' : '女性占比(%)')];
  if (kind === 'sexeth') {
    const g = chance(0.5);
    return [{ kind: 'n', key: 'N', h: H.N(), sums: g ? [['M', 'F'], ['HAN', 'MIN']] : [['M', 'F']] }, { kind: 'n', key: 'M', h: '男', h1: '性别' }, { kind: 'n', key: 'F', h: '女', h1: '性别' },
      ...(g ? [{ kind: 'n', key: 'HAN', h: '汉族', h1: '民族' }, { kind: 'n', key: 'MIN', h: '少数民族', h1: '民族' }] : [{ kind: 'n', key: 'MIN', h: '其中：少数民族', le: 'N' }]),
      pc('F', 'N', o.frac ? '女党员占比' : '女党员占比%'), pc('MIN', 'N', o.frac ? '少数民族占比' : '少数民族占比%')];
  }
  if (kind === 'age') {
    const L = chance(0.3) ? AGE_B : AGE; const keys = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
    const out = [{ kind: 'n', key: 'N', h: H.N(), sums: [keys] }, ...keys.map((k, i) => ({ kind: 'n', key: k, h: L[i], h1: chance(0) ? null : '按年龄分' }))];
    if (chance(0.5)) out.push({ kind: 'n', key: 'Y35', h: '其中：35岁及以下', sums: [['A1', 'A2']] }, pc('Y35', 'N', o.frac ? '35岁及以下占比' : '35岁及以下占比（%）'));
    if (chance(0.3)) out.push(pc('A8', 'N', o.frac ? '61岁及以上占比' : '61岁及以上占比（%）'));
    return out;
  }
  if (kind === 'edu') {
    const L = chance(0.3) ? EDU_B : EDU;
    if (chance(0.5)) return [{ kind: 'n', key: 'N', h: H.N(), sums: [['COL', 'E4', 'E5', 'E6']] }, { kind: 'n', key: 'COL', h: '小计', h1: '大专及以上', sums: [['E1', 'E2', 'E3']] },
      { kind: 'n', key: 'E1', h: L[0], h1: '大专及以上' }, { kind: 'n', key: 'E2', h: L[1], h1: '大专及以上' }, { kind: 'n', key: 'E3', h: L[2], h1: '大专及以上' },
      { kind: 'n', key: 'E4', h: L[3] }, { kind: 'n', key: 'E5', h: L[4] }, { kind: 'n', key: 'E6', h: L[5] }, pc('COL', 'N', o.frac ? '大专及以上占比' : '大专及以上占比（%）')];
    const keys = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'];
    return [{ kind: 'n', key: 'N', h: H.N(), sums: [keys] }, ...keys.map((k, i) => ({ kind: 'n', key: k, h: L[i], h1: '学历' })), ...(chance(0.5) ? [pc('COL', 'N', '大专及以上占%')].map((x) => { x.num = 'E2'; x.h = o.frac ? '本科占比' : '本科学历占%'; return x; }) : [])];
  }
  if (kind === 'occ') {
    const L = chance(0.3) ? OCC_B : OCC; const keys = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8'];
    return [{ kind: 'n', key: 'N', h: H.N(), sums: [keys] }, ...keys.map((k, i) => ({ kind: 'n', key: k, h: L[i], h1: '按职业分' }))];
  }
  if (kind === 'join') {
    const L = chance(0.5) ? JOIN_B : JOIN; const keys = ['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7'];
    return [{ kind: 'n', key: 'N', h: H.N(), sums: [keys] }, ...keys.map((k, i) => ({ kind: 'n', key: k, h: L[i], h1: '入党时间' }))];
  }
  if (kind === 'flow') {
    const sub = chance(0.6); const xs = chance(0.35);
    const out = [{ kind: 'n', key: 'S', h: pick(['年初数', '年初党员数', '上年末党员数']) }];
    if (sub) out.push({ kind: 'n', key: 'INC', h: '小计', h1: '增加', sums: [['DEV', 'TIN', 'REC']] });
    out.push({ kind: 'n', key: 'DEV', h: pick(['发展党员', '发展']), h1: '增加' }, { kind: 'n', key: 'TIN', h: pick(['转入', '组织关系转入']), h1: '增加' }, { kind: 'n', key: 'REC', h: '恢复党籍', h1: '增加' });
    if (sub) out.push({ kind: 'n', key: 'DEC', h: '小计', h1: '减少', sums: [xs ? ['TOUT', 'DTH', 'X1', 'X2'] : ['TOUT', 'DTH', 'X']] });
    out.push({ kind: 'n', key: 'TOUT', h: pick(['转出', '组织关系转出']), h1: '减少' }, { kind: 'n', key: 'DTH', h: '死亡', h1: '减少' });
    if (xs) out.push({ kind: 'n', key: 'X1', h: '开除党籍', h1: '减少' }, { kind: 'n', key: 'X2', h: '其他方式出党', h1: '减少' });
    else out.push({ kind: 'n', key: 'X', h: '出党', h1: '减少' });
    out.push({ kind: 'n', key: 'N', h: pick(['年末数', '年末党员数', '本年末党员数']), bal: sub ? { start: 'S', plus: ['INC'], minus: ['DEC'] } : { start: 'S', plus: ['DEV', 'TIN', 'REC'], minus: xs ? ['TOUT', 'DTH', 'X1', 'X2'] : ['TOUT', 'DTH', 'X'] } });
    if (chance(0.4)) out.push({ kind: 'n', key: 'NET', h: '净增减', diff: ['N', 'S'] }, { kind: 'rate', a: 'N', b: 'S', h: o.frac ? '增长率' : '增长率（%）' });
    return out;
  }
  if (kind === 'org') {
    const out = [{ kind: 'n', key: 'ORG', h: pick(['基层党组织总数', '基层党组织合计', '党组织数']), sums: [['W', 'Z', 'B']] },
      { kind: 'n', key: 'W', h: pick(['党委', '基层党委']), h1: '按组织类型分' }, { kind: 'n', key: 'Z', h: '党总支', h1: '按组织类型分' }, { kind: 'n', key: 'B', h: '党支部', h1: '按组织类型分' }];
    if (chance(0.75)) { out[0].sums.push(['FD1', 'FD2', 'FD3', 'FD4', 'FD5', 'FD6']); FIELD.forEach((l, i) => out.push({ kind: 'n', key: 'FD' + (i + 1), h: l, h1: pick(['按单位类型分']) })); }
    if (chance(0.3)) out.push({ kind: 'n', key: 'N', h: '党员数' });
    return out;
  }
  if (kind === 'dev') {
    const out = [{ kind: 'n', key: 'DEV', h: pick(['发展党员数', '本年发展党员', '发展党员总数']) }];
    const sub = [['DEV_F', '女'], ['DEV_MIN', '少数民族'], ['DEV_Y35', '35岁及以下'], ['DEV_COL', '大专及以上学历']].filter(() => chance(0.8));
    if (!sub.length) sub.push(['DEV_F', '女']);
    const withP = chance(0.6);
    for (const [k, l] of sub) { out.push({ kind: 'n', key: k, h: l, h1: '其中', le: 'DEV' }); if (withP) out.push({ kind: 'pct', num: k, den: 'DEV', h: o.frac ? '占比' : '占%', h1: '其中', of: 'row' }); }
    if (chance(0.6)) { const keys = ['DO1', 'DO2', 'DO3', 'DO4', 'DO5', 'DO6', 'DO7', 'DO8'].filter((k) => k !== 'DO7'); out[0].sums = [keys]; keys.forEach((k) => out.push({ kind: 'n', key: k, h: OCC[Number(k.slice(2)) - 1], h1: '按职业分' })); }
    return out;
  }
  if (kind === 'change') {
    return [{ kind: 'n', key: 'N', h: pick([`${o.year}年末党员数`, '本年末', '年末党员数']) }, { kind: 'n', key: 'S', h: pick([`${o.year - 1}年末党员数`, '上年末', '上年同期']) },
      { kind: 'n', key: 'NET', h: pick(['增减数', '增（+）减（-）', '比上年增减']), diff: ['N', 'S'] }, { kind: 'rate', a: 'N', b: 'S', h: o.frac ? '增减幅度' : '增减%' },
      ...(chance(0.4) ? [{ kind: 'pct', num: 'N', den: 'N', of: 'total', h: o.frac ? '占全县比重' : '占全县%' }] : [])];
  }
  if (kind === 'village') {
    return [{ kind: 'n', key: 'VIL', h: '行政村数' }, { kind: 'n', key: 'VILO', h: '已建立党组织的村', le: 'VIL' }, { kind: 'pct', num: 'VILO', den: 'VIL', h: o.frac ? '覆盖率' : '覆盖率（%）', of: 'row' },
      { kind: 'n', key: 'SEC', h: '村（社区）党组织书记', h1: null }, { kind: 'n', key: 'SEC_F', h: '女', h1: '其中', le: 'SEC' }, { kind: 'n', key: 'SEC_COL', h: '大专及以上', h1: '其中', le: 'SEC' },
      { kind: 'pct', num: 'SEC_COL', den: 'SEC', h: o.frac ? '大专以上占比' : '大专以上占%', h1: '其中', of: 'row' }, { kind: 'n', key: 'SEC_HEAD', h: '书记主任“一肩挑”', h1: '其中', le: 'SEC' },
      { kind: 'pct', num: 'SEC_HEAD', den: 'SEC', h: o.frac ? '“一肩挑”比例' : '“一肩挑”比例%', h1: '其中', of: 'row' }];
  }
  throw new Error(kind);
}
const TITLES = {
  basic: (c) => pick([`${c.name}党员队伍基本情况统计表`, `${c.year}年度${c.name}党员基本情况表`, '党员基本情况']),
  sex: (c) => `${c.name}党员性别构成情况`, sexeth: (c) => pick([`${c.name}党员性别、民族情况统计表`, '党员性别和民族构成']),
  age: (c) => pick([`${c.name}党员年龄结构情况表`, '党员按年龄分组情况', `${c.year}年党员年龄构成统计`]),
  edu: (c) => pick([`${c.name}党员学历情况统计表`, '党员文化程度构成']), occ: (c) => pick([`${c.name}党员职业分布情况`, '党员按职业分类统计表']),
  join: (c) => pick([`${c.name}党员入党时间分布情况`, '党员按入党时间分组']),
  flow: (c) => pick([`${c.name}${c.year}年度党员数量变动情况表`, '党员增减变化情况统计表', '党员队伍变动情况']),
  org: (c) => pick([`${c.name}基层党组织设置情况统计表`, '党组织基本情况', `${c.year}年度基层党组织情况`]),
  dev: (c) => pick([`${c.name}${c.year}年发展党员情况统计表`, '发展党员情况', '本年度发展党员结构']),
  change: (c) => pick([`${c.name}党员数量与上年对比`, '各乡镇（系统）党员数量增减情况']),
  village: (c) => pick([`${c.name}村级党组织建设情况统计表`, '村党组织覆盖及书记队伍情况']),
};
function unitRecipe(bk, ws, cty, kind, o) {
  o.year = cty.year;
  o.cols = colsFor(kind, o);
  if (kind === 'village') { o.unitsOnly = cty.towns.filter((u) => u.VIL > 0); o.grouped = false; o.labelHead = pick(['乡镇', '乡镇（街道）']); }
  o.cols = o.cols.filter((c) => !(c.kind === 'pct' && c.of === 'total' && o.unitsOnly));
  if (o.title === true) o.title = TITLES[kind](cty);
  return unitTable(bk, ws, cty, o);
}
function listRecipe(bk, ws, cty, kind, o, data = cty.tot) {
  o.year = cty.year;
  const v = { ind: IN(), groupStyle: pick(['head', 'head', 'plain', 'sub']), prob: chance(0.5), alt: chance(0.3) };
  if (kind === 'people') {
    const groups = shuffle(['sex', 'eth', 'age', 'edu', 'occ', 'join']).slice(0, ri(3, 6));
    const order = ['sex', 'eth', 'age', 'edu', 'occ', 'join'].filter((g) => groups.includes(g));
    o.items = peopleItems(order, v);
    fixGroupSums(o.items);
    const cols = [{ h: pick(['人数', '数量', `${cty.year}年`]), kind: 'v', data }];
    if (chance(0.85)) cols.push({ h: o.frac ? pick(['占比', '比重']) : pick(['占党员总数%', '比例（%）', '占比（%）']), kind: 'pct', src: 0, den: 'N' });
    if (chance(0.3)) { cols.forEach((c) => { c.h1 = `${cty.year}年`; }); cols.push({ h: cols[0].h === `${cty.year}年` ? '人数' : cols[0].h, h1: `${cty.year - 1}年`, kind: 'v', data: data.prev }); if (cols[0].h === `${cty.year}年`) cols[0].h = '人数'; if (chance(0.6)) cols.push({ h: o.frac ? '增减幅度' : '增减%', kind: 'rate', a: 0, b: cols.length - 1 }); }
    o.cols = cols;
    if (o.title === true) o.title = pick([`${cty.name}党员队伍结构情况表`, `${cty.name}党员基本情况（${cty.year}年底）`, '全县党员构成情况']);
  } else if (kind === 'org') {
    const items = [
      { label: pick(['基层党组织总数', '基层党组织合计']), key: 'ORG', bold: true, sum: ['W', 'Z', 'B'], unit: '个' },
      { label: '其中：党委', key: 'W', unit: '个' }, { label: '      党总支', key: 'Z', unit: '个' }, { label: '      党支部', key: 'B', unit: '个' }];
    if (chance(0.7)) { items.push({ label: pick(['按单位类型分：', '按领域分']), head: true }); FIELD.forEach((l, i) => items.push({ label: v.ind + l, key: 'FD' + (i + 1), unit: '个' })); items[0].sum2 = ['FD1', 'FD2', 'FD3', 'FD4', 'FD5', 'FD6']; }
    items.push({ label: '行政村数', key: 'VIL', unit: '个' }, { label: '  其中：已建立党组织的', key: 'VILO', le: 'VIL', unit: '个' });
    if (chance(0.5)) items.push({ label: '城市社区数', key: 'COMM', unit: '个' }, { label: '  其中：已建立党组织的', key: 'COMMO', le: 'COMM', unit: '个' });
    o.items = items;
    o.cols = [{ h: pick(['数量', '本年', `${cty.year}年`]), kind: 'v', data }];
    if (chance(0.5) && data.prev) { o.cols.push({ h: pick(['上年', `${cty.year - 1}年`]), kind: 'v', data: data.prev }, { h: '增减', kind: 'diff', a: 0, b: 1 }); items.splice(items.findIndex((x) => x.head || x.key === 'VIL')); delete items[0].sum2; }
    if (o.title === true) o.title = pick([`${cty.name}党组织基本情况`, '基层党组织情况统计表']);
  } else if (kind === 'compare') {
    const items = [
      { label: '党员总数', key: 'N', bold: true, sum: ['M', 'F'] }, { label: '  男', key: 'M' }, { label: '  女', key: 'F' },
      { label: '少数民族党员', key: 'MIN', le: 'N' }, { label: '35岁及以下党员', key: 'Y35', le: 'N' }, { label: '大专及以上学历党员', key: 'COL', le: 'N' },
      { label: '预备党员', key: 'PROB', le: 'N' }, { label: '发展党员', key: 'DEV' },
      { label: '基层党组织', key: 'ORG', sum: ['W', 'Z', 'B'], unit: '个' }, { label: '  党委', key: 'W', unit: '个' }, { label: '  党总支', key: 'Z', unit: '个' }, { label: '  党支部', key: 'B', unit: '个' }];
    if (chance(0.4)) { items.splice(1, 2); items[0].sum = null; }
    o.items = items;
    o.cols = [{ h: `${cty.year}年`, kind: 'v', data }, { h: `${cty.year - 1}年`, kind: 'v', data: data.prev }, { h: pick(['增减数', '增减（+、-）', '比上年增减']), kind: 'diff', a: 0, b: 1 }, { h: o.frac ? pick(['增减幅度', '增长率']) : pick(['增减%', '增长（%）', '同比增减（%）']), kind: 'rate', a: 0, b: 1 }];
    if (chance(0.3)) o.cols.splice(2, 1).forEach(() => { o.cols[2].a = 0; o.cols[2].b = 1; });
    if (o.title === true) o.title = pick([`${cty.name}党员和党组织数量变化情况`, `${cty.year}年与${cty.year - 1}年党内统计主要指标对比`]);
  } else if (kind === 'cross') {
    const byEdu = chance(0.4);
    const keys = byEdu ? ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'] : ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
    const L = byEdu ? EDU : AGE;
    const pre = byEdu ? 'E' : 'A';
    const D = { t: {}, m: {}, f: {} };
    keys.forEach((k, i) => { D.t[k] = data[k]; D.m[k] = data[pre + 'M' + (i + 1)]; D.f[k] = data[pre + 'F' + (i + 1)]; });
    D.t.N = data.N; D.m.N = data.M; D.f.N = data.F;
    const totTop = chance(0.6);
    const totItem = { label: pick(['合计', '总计']), key: 'N', sum: keys, bold: true };
    o.items = [...(totTop ? [totItem] : []), ...keys.map((k, i) => ({ label: L[i], key: k })), ...(totTop ? [] : [totItem])];
    o.cols = [{ h: '合计', kind: 'v', data: D.t }, { h: '男', h1: '其中', kind: 'v', data: D.m }, { h: '女', h1: '其中', kind: 'v', data: D.f }];
    if (chance(0.5)) o.cols.push({ h: o.frac ? '女性占比' : '女性占比（%）', kind: 'rowpct', src: 2 });
    o.colSums = [{ t: 0, parts: [1, 2] }];
    o.labelHead = byEdu ? '学历' : '年龄';
    if (o.title === true) o.title = byEdu ? `${cty.name}党员学历和性别交叉统计` : pick([`${cty.name}党员年龄与性别构成`, '党员分年龄段性别情况']);
  }
  return itemTableX(bk, ws, cty, o);
}
// group sums: each group's part rows sum to the total row; groups listed in items.groups
function fixGroupSums(items) {
  const tot = items.find((x) => x.key === 'N' && !x.dupKey);
  if (!tot) return;
  tot.sum = items.groups[0]; tot.sumExtra = items.groups.slice(1);
}
// itemTable wrapper that adds sum2/sumExtra relations
function itemTableX(bk, ws, cty, o) {
  const res = itemTable(bk, ws, cty, o);
  o.cols.forEach((col, ci) => {
    if (col.kind !== 'v') return;
    for (const it of o.items) {
      if (it.head) continue;
      const me = bk.q(ws, it.r, col.c);
      if (it.sum2) bk.rel({ t: 'lin', k: 'sum', lhs: me, rhs: it.sum2.map((k) => [res.addr(k, ci), 1]) });
      for (const g of it.sumExtra || []) bk.rel({ t: 'lin', k: 'sum', lhs: me, rhs: g.map((k) => [res.addr(k, ci), 1]) });
    }
  });
  return res;
}

// units as columns (wide), optionally continued on a second sheet
function wideRecipe(bk, wsName, cty, o) {
  const kind = pick(['age', 'edu', 'occ', 'join', 'mixed']);
  const v = { ind: IN(), groupStyle: 'plain', alt: chance(0.3) };
  let items;
  if (kind === 'mixed') { items = peopleItems(['sex', 'age', 'edu'], Object.assign(v, { groupStyle: 'head' })); fixGroupSums(items); }
  else { items = peopleItems([kind], v); fixGroupSums(items); }
  const units = cty.units;
  const split2 = units.length > 8 && chance(0.6);
  const k = split2 ? Math.ceil(units.length / 2) : units.length;
  const lab = (u) => u.name;
  const ws1 = bk.add(wsName);
  const o1 = Object.assign({}, o, { items, r0: o.r0, c0: o.c0 });
  o1.cols = [{ h: pick(['全县', '合计', '全县合计']), kind: 'v', data: cty.tot }, ...units.slice(0, k).map((u) => ({ h: lab(u), kind: 'v', data: u }))];
  if (!split2) o1.colSums = [{ t: 0, parts: units.map((_, i) => i + 1) }];
  if (o1.title === true) o1.title = pick([`${cty.name}各乡镇（系统）党员结构情况`, '分单位党员构成统计表']);
  o1.labelHead = '项目';
  const res1 = itemTableX(bk, ws1, cty, o1);
  let rr = writeFoot(ws1, res1.r, o.c0, res1.lastC, cty, o);
  if (split2) {
    const ws2 = bk.add(pick(['续表', `${wsName}（续）`, '续']));
    const items2 = JSON.parse(JSON.stringify(items));
    items2.groups = items.groups;
    fixGroupSums(items2);
    const o2 = Object.assign({}, o, { items: items2, r0: 1, c0: o.c0, title: o.title ? (chance(0.5) ? '续表' : `${o1.title}（续表）`) : null, lanci: false });
    o2.cols = units.slice(k).map((u) => ({ h: lab(u), kind: 'v', data: u }));
    o2.labelHead = '项目';
    const res2 = itemTableX(bk, ws2, cty, o2);
    for (const it of items) {
      if (it.head || !it.key || it.dupKey) continue;
      bk.rel({ t: 'lin', k: 'sum', lhs: res1.addr(it.key, 0), rhs: [...units.slice(0, k).map((_, i) => [res1.addr(it.key, i + 1), 1]), ...units.slice(k).map((_, i) => [res2.addr(it.key, i), 1])] });
    }
  }
  return rr;
}

// ------------------------------------------------------------ books
const UNIT_KINDS = [['basic', 4], ['sex', 1], ['sexeth', 2], ['age', 3], ['edu', 3], ['occ', 2], ['join', 2], ['flow', 4], ['org', 3], ['dev', 3], ['change', 2], ['village', 2]];
const LIST_KINDS = [['people', 4], ['org', 2], ['compare', 2], ['cross', 2]];
const SHEETN = { basic: ['党员基本情况', '表1', 'Sheet1', '基本情况'], sex: ['性别'], sexeth: ['性别民族', '表2'], age: ['年龄结构', '年龄', '表3'], edu: ['学历', '文化程度'], occ: ['职业', '职业分布'], join: ['入党时间'], flow: ['党员变动', '增减情况', '表5'], org: ['党组织', '党组织情况', '组织设置'], dev: ['发展党员', '发展情况'], change: ['对比', '增减对比'], village: ['村级组织', '村党组织'], people: ['党员构成', '汇总', '全县'], compare: ['主要指标对比', '对比'], cross: ['交叉表', '年龄性别'] };

function oneTable(bk, ws, cty, r0, c0, sheetKind, o) {
  if (sheetKind[0] === 'u') return unitRecipe(bk, ws, cty, sheetKind[1], Object.assign(o, { r0, c0 }));
  return listRecipe(bk, ws, cty, sheetKind[1], Object.assign(o, { r0, c0, unitCol: chance(0.25), lineNo: chance(0.15) }));
}
function pickKind() { return chance(0.65) ? ['u', wpick(UNIT_KINDS)] : ['l', wpick(LIST_KINDS)]; }
function uniqName(bk, n) { let s = n, i = 2; while (bk.wb.getWorksheet(s)) s = n + i++; return s; }

function makeBook(cty, style) {
  const bk = new Book();
  const cg = () => ({ grouped: chance(0.35), indent: chance(0.3), longNames: chance(0.3) });
  if (style === 'single') {
    const k = pickKind(); const ws = bk.add(pick(SHEETN[k[1]]));
    const c0 = chance(0.8) ? 1 : 2; const r0 = chance(0.85) ? 1 : 2;
    const o = Object.assign(tableOpts(), cg());
    if (k[1] === 'org' && o.unitLine) o.unitLine = pick(['单位：个', '单位：个、名']);
    const res = oneTable(bk, ws, cty, r0, c0, k, o);
    writeFoot(ws, res.r, c0, res.lastC, cty, o);
  } else if (style === 'stack') {
    const ws = bk.add(pick(['Sheet1', '统计表', '党内统计', `${cty.year}年报`]));
    let r = 1; const n = ri(2, 3); const o0 = tableOpts(); const nums = pick([['一、', '二、', '三、'], ['表1  ', '表2  ', '表3  '], ['（一）', '（二）', '（三）']]);
    for (let i = 0; i < n; i++) {
      const k = pickKind();
      const o = Object.assign(tableOpts({ zero: o0.zero, d: o0.d, frac: o0.frac, unitLine: o0.unitLine }), cg());
      if (i > 0) o.title = nums[i] + TITLES_ANY(k, cty).replace(cty.name, '');
      else o.title = chance(0.5) ? nums[0] + TITLES_ANY(k, cty) : true;
      const res = oneTable(bk, ws, cty, r, 1, k, o);
      r = res.r + ri(1, 3);
    }
    writeFoot(ws, r, 1, 8, cty, o0);
  } else if (style === 'multi') {
    const n = ri(2, 4); const o0 = tableOpts(); const used = new Set();
    for (let i = 0; i < n; i++) {
      let k; do k = pickKind(); while (used.has(k.join()));
      used.add(k.join());
      const ws = bk.add(uniqName(bk, pick(SHEETN[k[1]])));
      const o = Object.assign(tableOpts({ zero: o0.zero, d: o0.d, frac: o0.frac, tableNo: chance(0.4) ? `附表${i + 1}` : null }), cg());
      const res = oneTable(bk, ws, cty, 1, 1, k, o);
      writeFoot(ws, res.r, 1, res.lastC, cty, o);
    }
  } else if (style === 'wide') {
    const o = tableOpts({ c0: 1, r0: 1 });
    wideRecipe(bk, pick(['分单位', '各乡镇', '表一']), cty, o);
  } else if (style === 'towns') {
    // 汇总 + one sheet per town (same layout)
    const ws = bk.add(pick(['汇总', '全县汇总', '总表']));
    const o = Object.assign(tableOpts(), cg());
    const k = chance(0.5) ? ['l', 'people'] : ['u', pick(['basic', 'age', 'flow', 'org'])];
    const res = oneTable(bk, ws, cty, 1, 1, k, o);
    writeFoot(ws, res.r, 1, res.lastC, cty, o);
    const towns = shuffle(cty.units).slice(0, ri(3, 6));
    const kk = ['l', pick(['people', 'org', 'compare'])];
    const oT = tableOpts({ frac: o.frac, d: o.d }); const lay = ri(1, 1e9);
    for (const u of towns) {
      const w2 = bk.add(u.name);
      const o2 = Object.assign({}, oT, { title: `${u.name}${kk[1] === 'org' ? '党组织' : '党员'}情况统计表`, unitCol: false, lineNo: false, r0: 1, c0: 1 });
      const keep = R; R = mulberry32(lay); const rr = listRecipe(bk, w2, cty, kk[1], o2, u); R = keep;
      writeFoot(w2, rr.r, 1, rr.lastC, cty, o2);
    }
  } else if (style === 'side') {
    // two item lists side by side on one sheet
    const ws = bk.add(pick(['Sheet1', '党员结构', '构成情况']));
    const o = tableOpts();
    const title = `${cty.name}党员队伍结构情况（${cty.year}年）`;
    setc(ws, 1, 1, title, { bold: true, size: 16, h: 'center' }); merge(ws, 1, 1, 1, 7);
    if (o.unitLine) setc(ws, 2, 7, o.unitLine, { h: 'right' });
    const v = { ind: IN(), groupStyle: 'head', prob: false, alt: chance(0.3) };
    const left = peopleItems(['sex', 'eth', 'age'], v); fixGroupSums(left);
    const right = []; right.groups = [];
    ['edu', 'occ', 'join'].forEach((g, gi) => { const { title, parts, keys } = groupItems(g, v, gi + 3); right.push({ label: title, head: true }, ...parts); right.groups.push(keys); });
    const pcH = o.frac ? '占比' : '占%';
    const oL = Object.assign({}, o, { title: null, r0: 3, c0: 1, items: left, cols: [{ h: '人数', kind: 'v', data: cty.tot }, { h: pcH, kind: 'pct', src: 0, den: 'N' }], labelHead: '项目' });
    const resL = itemTableX(bk, ws, cty, oL);
    const oR = Object.assign({}, o, { title: null, r0: 3, c0: 5, items: right, cols: [{ h: '人数', kind: 'v', data: cty.tot }, { h: pcH, kind: 'pct', src: 0, den: 'N' }], labelHead: '项目', lanci: oL.lanci });
    oR.ext = (key, ci) => resL.addr(key, ci);
    const resR = itemTableX(bk, ws, cty, oR);
    const totRef = resL.addr('N', 0);
    for (const g of right.groups) bk.rel({ t: 'lin', k: 'sum', lhs: totRef, rhs: g.map((k) => [resR.addr(k, 0), 1]) });
    writeFoot(ws, Math.max(resL.r, resR.r) + 1, 1, 7, cty, o);
  }
  return bk;
}
let savedR = null;
function seedSave() { savedR = R; R = mulberry32(Math.floor(savedR() * 1e9)); }
function seedRestore() { R = savedR; }
function TITLES_ANY(k, cty) {
  if (k[0] === 'u') return TITLES[k[1]](cty).replace(/^党员/, `${cty.name}党员`);
  return { people: `${cty.name}党员队伍结构`, org: `${cty.name}党组织情况`, compare: `${cty.name}主要指标与上年对比`, cross: `${cty.name}党员年龄性别交叉表` }[k[1]];
}

// ------------------------------------------------------------ plants
function getter(bk) {
  return (ref) => { const i = ref.lastIndexOf('!'); const ws = bk.wb.getWorksheet(ref.slice(0, i)); const c = ws.getCell(ref.slice(i + 1)); return cellNum(c.value); };
}
function roles(bk) {
  const m = new Map(); const add = (ref, role) => { if (!m.has(ref)) m.set(ref, new Set()); m.get(ref).add(role); };
  for (const r of bk.rels) {
    if (r.t === 'lin' && r.k === 'sum') { add(r.lhs, 'total'); r.rhs.forEach(([x]) => add(x, 'part')); }
    else if (r.t === 'lin') { add(r.lhs, 'balance'); r.rhs.forEach(([x]) => add(x, 'balance')); }
    else if (r.t === 'pct') add(r.cell, 'share');
  }
  return m;
}
function swapDigits(v) {
  const s = String(v); const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null;
  const i = pick(idx); return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function doPlants(bk, n, kinds) {
  const get = getter(bk); const rm = roles(bk); const plants = [];
  const cand = (role) => [...rm.entries()].filter(([ref, s]) => s.has(role) && !plants.some((p) => p.ref === ref)).map(([ref]) => ref).filter((ref) => { const v = get(ref); return typeof v === 'number' && v > 0; });
  let guard = 0;
  while (plants.length < n && guard++ < 200) {
    const kind = wpick(kinds);
    const c = cand(kind === 'swap' ? (chance(0.7) ? 'part' : 'total') : kind);
    if (!c.length) continue;
    const ref = pick(c); const was = get(ref); const i = ref.lastIndexOf('!');
    const ws = bk.wb.getWorksheet(ref.slice(0, i)); const cell = ws.getCell(ref.slice(i + 1));
    if (typeof cell.value !== 'number') continue;
    let now;
    if (kind === 'swap') now = swapDigits(was);
    else if (kind === 'share') {
      const frac = /%/.test(cell.numFmt || ''); const dd = (String(was).split('.')[1] || '').length;
      const step = pick([0.3, 0.5, 0.8, 1, 1.2, 2, 3, 5]) * (chance(0.5) ? 1 : -1);
      now = frac ? Number((was + step / 100).toFixed(Math.max(dd, 3))) : Number((was + step).toFixed(Math.max(dd, 1)));
    } else {
      const small = kind === 'balance' ? [1, 2, 3, 5, 10, 12] : [1, 2, 3, 5, 8, 10, 20, 30, 100];
      let dlt = pick(small); if (was > 500 && chance(0.4)) dlt *= 10;
      now = was + (chance(0.5) || was - dlt < 0 ? dlt : -dlt);
    }
    if (now == null || now === was || now < 0) continue;
    cell.value = now;
    const broke = bk.rels.filter((r) => r.t !== 'le' && refsOf(r).includes(ref) && !evalRel(r, get));
    if (!broke.length) { cell.value = was; continue; }
    plants.push({ ref, sheet: ws.name, cell: cell.address, was, now, kind });
  }
  // every plant must still break something
  for (const p of plants) if (!bk.rels.some((r) => r.t !== 'le' && refsOf(r).includes(p.ref) && !evalRel(r, get))) throw new Error('plant no longer breaks');
  return plants;
}

// ------------------------------------------------------------ main
async function genSet(name, nBooks, nPlanted, seed0) {
  const dir = path.join(__dirname, name); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const manifest = []; const relsOut = {};
  const plantedIdx = new Set(); seed(seed0 * 7919); while (plantedIdx.size < nPlanted) plantedIdx.add(ri(0, nBooks - 1));
  for (let i = 0; i < nBooks; i++) {
    seed(seed0 * 100003 + i * 7 + 1);
    const nt = ri(4, 16), ns = chance(0.5) ? ri(1, 3) : 0, nsys = chance(0.15) ? 0 : ri(2, 5);
    const cty = makeCounty(nt, ns, nsys);
    const style = wpick([['single', 10], ['stack', 4], ['multi', 5], ['wide', 2], ['towns', 2], ['side', 1.5]]);
    const bk = makeBook(cty, style);
    const file = `${name === 'cases' ? 'c' : 'p'}${String(i + 1).padStart(name === 'cases' ? 2 : 3, '0')}.xlsx`;
    // sanity: relations hold before planting
    const get = getter(bk);
    for (const r of bk.rels) if (!evalRel(r, get)) throw new Error(`${file} relation fails before plant: ${JSON.stringify(r)} vals ${refsOf(r).map(get)}`);
    let plants = [];
    if (plantedIdx.has(i)) {
      const kinds = [['total', 3], ['part', 3], ['share', 2], ['swap', 2], ['balance', 2]];
      plants = doPlants(bk, chance(0.6) ? 1 : 2, kinds);
    }
    await bk.wb.xlsx.writeFile(path.join(dir, file));
    manifest.push({ file, clean: plants.length === 0, style, plants: plants.map(({ sheet, cell, was, now, kind }) => ({ sheet, cell, was, now, kind })) });
    relsOut[file] = bk.rels;
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(relsOut));
  const np = manifest.filter((m) => !m.clean).length;
  console.log(`${name}: ${manifest.length} books, ${np} planted (${manifest.reduce((a, m) => a + m.plants.length, 0)} plants), ${Object.values(relsOut).reduce((a, r) => a + r.length, 0)} relations`);
}
(async () => {
  await genSet('cases', 45, 22, 89);
  await genSet('probe', 100, 30, 8901);
})().catch((e) => { console.error(e); process.exit(1); });
