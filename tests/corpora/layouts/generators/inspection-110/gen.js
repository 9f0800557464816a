// node gen.js SET COUNT SEED [plantFraction]
// Writes /tmp/round110a/SET/*.xlsx, SET/manifest.json and rel/<SET>_<n>.xlsx.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells } = require('./rel.js');
const ROOT = __dirname;

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = Math.random;
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const colName = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A1 = (r, c) => colName(c) + r;
const rnd = (v, d) => { const f = Math.pow(10, d); return Math.round(v * f + 1e-9 * Math.sign(v)) / f; };

// ---------------------------------------------------------------- data
const FIELDS = ['E', 'A', 'Q', 'B', 'U', 'P', 'N', 'E0', 'A0', 'Q0', 'P0'];
const TYPES = ['S', 'M', 'J'];
const TNAME = { S: '社会团体', M: pick(['社会服务机构', '社会服务机构（民办非企业单位）', '民办非企业单位']), J: '基金会' };
function genType(E) {
  const miss = Math.round(E * R() * 0.12 * (chance(0.3) ? 2 : 1)); const A = E - miss;
  const U = Math.round(A * R() * 0.04), B = Math.round(A * R() * 0.1), Q = A - U - B;
  const N = Math.round(A * (0.4 + 0.6 * R()));
  const P = Math.round(E * (0.45 + 0.55 * R()));
  const E0 = Math.max(0, Math.round(E * (0.82 + 0.3 * R()))); const A0 = E0 - Math.round(E0 * R() * 0.2);
  const Q0 = A0 - Math.round(A0 * R() * 0.15); const P0 = Math.min(E0, Math.round(P * (0.6 + 0.4 * R())));
  return { E, A, Q, B, U, P, N, E0, A0, Q0, P0 };
}
function genUnit(scale, small) {
  const wS = 0.35 + 0.2 * R(), wJ = small ? (chance(0.6) ? 0 : 0.015) : 0.02 + 0.04 * R();
  const ES = Math.round(scale * wS * (0.7 + 0.6 * R())), EJ = Math.round(scale * wJ * (0.5 + R())), EM = Math.round(scale * (1 - wS - wJ) * (0.7 + 0.6 * R()));
  const t = { S: genType(ES), M: genType(EM), J: genType(EJ) };
  const f = 0.15 + 0.25 * R(), s = t.S, h = {};
  h.E = Math.round(s.E * f); h.A = Math.min(h.E, Math.round(s.A * f)); h.U = Math.min(s.U, Math.round(s.U * f), h.A);
  h.B = Math.min(s.B, Math.round(s.B * f), h.A - h.U); h.Q = h.A - h.U - h.B;
  h.N = Math.min(h.A, Math.round(s.N * f)); h.P = Math.min(h.E, Math.round(s.P * f));
  h.E0 = Math.round(s.E0 * f); h.A0 = Math.min(h.E0, Math.round(s.A0 * f)); h.Q0 = Math.min(h.A0, Math.round(s.Q0 * f)); h.P0 = Math.min(h.E0, Math.round(s.P0 * f));
  const d = {};
  for (const k of FIELDS) { d[k] = 0; for (const ty of TYPES) { d[k + '.' + ty] = t[ty][k]; d[k] += t[ty][k]; } d[k + '.H'] = h[k]; }
  return d;
}
function add(...ds) { const o = {}; for (const d of ds) for (const k in d) o[k] = (o[k] || 0) + d[k]; return o; }
function view(d, ty) { const o = {}; for (const k of FIELDS) o[k] = d[k + '.' + ty]; return o; }

const PLACES = {
  prov: ['江南省', '河西省', '云岭省', '东海省'],
  city: ['南州市', '临川市', '青阳市', '安平市', '白河市', '东阳市', '西宁州', '长林市', '北江市', '丰城市', '汉源市', '凤台市', '兴化市', '石门市'],
  dist: ['城关区', '东城区', '西城区', '高新区', '经开区', '新区', '江北区', '滨江区'],
  cnty: ['临江县', '青山县', '白水县', '安远县', '河口县', '柳林县', '龙泉市', '平山县', '永和县', '红星县', '望城县', '大石县', '金川县'],
  town: ['城关镇', '东街街道', '西街街道', '新华街道', '河口镇', '柳林乡', '石桥镇', '马坪镇', '黄土乡', '南关街道', '北关街道', '三合镇', '龙门镇', '清水乡', '白庙乡', '双河镇'],
};
const PEOPLE = ['张敏', '李娜', '王伟', '刘洋', '陈静', '杨帆', '赵磊', '周婷'];

function genBook() {
  const lvl = pick(['prov', 'city', 'city', 'cnty', 'cnty']);
  const V2 = process.env.VARIANT === '2';
  const bk = { lvl, year: pick([2022, 2023, 2024]), dec: chance(V2 ? 0.4 : 0.6) ? 1 : 2, pctFmt: chance(V2 ? 0.3 : 0.12), textNums: chance(V2 ? 0.4 : 0.15), dash: pick(['0', '0', '—', '-', '']), levels: null };
  let regions = [], groups = null;
  if (lvl === 'prov') {
    bk.name = pick(PLACES.prov); bk.short = '全省';
    const own = genUnit(ri(600, 1500)); regions.push({ label: pick(['省本级', '省直', '省级']), d: own });
    const lv = { 省级: own, 市级: {}, 县级: {} };
    for (const c of shuffle(PLACES.city).slice(0, ri(7, 12))) { const m = genUnit(ri(250, 800)), x = genUnit(ri(400, 1600)); lv.市级 = add(lv.市级, m); lv.县级 = add(lv.县级, x); regions.push({ label: c, d: add(m, x) }); }
    bk.levels = lv;
  } else if (lvl === 'city') {
    bk.name = pick(PLACES.city); bk.short = '全市';
    const own = genUnit(ri(200, 600)); regions.push({ label: pick(['市本级', '市直', '市级']), d: own });
    const lv = { 市级: own, 县级: {} };
    const ds = shuffle(PLACES.dist).slice(0, ri(2, 4)).map((l) => ({ label: l, d: genUnit(ri(60, 300)) }));
    const cs = shuffle(PLACES.cnty).slice(0, ri(3, 7)).map((l) => ({ label: l, d: genUnit(ri(80, 400)) }));
    for (const x of [...ds, ...cs]) lv.县级 = add(lv.县级, x.d);
    regions.push(...ds, ...cs); groups = [{ label: '市辖区', kids: ds }, { label: pick(['县（市）', '各县（市）']), kids: cs }];
    groups.own = regions[0];
    bk.levels = lv;
  } else {
    bk.name = pick(PLACES.cnty); bk.short = '全县';
    if (chance(0.5)) regions.push({ label: pick(['县直', '县本级']), d: genUnit(ri(40, 150)) });
    for (const t of shuffle(PLACES.town).slice(0, ri(7, 14))) regions.push({ label: t, d: genUnit(ri(4, 45), true) });
  }
  bk.regions = regions; bk.groups = groups; bk.total = add(...regions.map((r) => r.d));
  return bk;
}

// ---------------------------------------------------------------- sheet model
class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.widths = {}; this.r = 1; }
  put(r, c, v, o = {}) { this.cells.set(A1(r, c), Object.assign({ v }, o)); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push(`${A1(r1, c1)}:${A1(r2, c2)}`); }
  get(a) { const x = this.cells.get(a); return x ? x.v : null; }
}
function writeNum(sh, r, c, v, ty, bk) {
  // ty: int | rate | share | growth | pp | diff
  if (v === null || v === undefined || Number.isNaN(v)) { sh.put(r, c, pick(['—', '—', '-', null]), { align: 'center' }); return; }
  if (ty === 'int' || ty === 'diff') {
    if (v === 0 && ty === 'int' && bk.dash !== '0') { sh.put(r, c, bk.dash === '' ? null : bk.dash, { align: 'center' }); return; }
    if (bk.textNums && chance(0.25)) { sh.put(r, c, String(v)); return; }
    sh.put(r, c, v, { fmt: '0' }); return;
  }
  const pf = bk.pctFmt && (ty === 'rate' || ty === 'share');
  if (pf) { sh.put(r, c, rnd(v / 100, bk.dec + 2), { fmt: bk.dec === 1 ? '0.0%' : '0.00%' }); return; }
  const x = rnd(v, bk.dec);
  if (bk.textNums && chance(0.15)) { sh.put(r, c, x.toFixed(bk.dec)); return; }
  sh.put(r, c, x, { fmt: bk.dec === 1 ? '0.0' : '0.00' });
}
const tolFor = (bk, ty) => (bk.pctFmt && (ty === 'rate' || ty === 'share') ? 0.5 * Math.pow(10, -(bk.dec + 2)) + 1e-9 : 0.5 * Math.pow(10, -bk.dec) + 1e-6);
const kFor = (bk, ty) => (bk.pctFmt && (ty === 'rate' || ty === 'share') ? 1 : 100);
function dispNum(v) { if (v === null || v === undefined) return 0; if (typeof v === 'number') return v; const n = Number(String(v).replace(/,/g, '')); return Number.isFinite(n) ? n : 0; }

function titleBlock(sh, bk, title, ncol, opt = {}) {
  if (chance(0.25)) { sh.put(sh.r, 1, pick(['表1', '附表' + ri(1, 4), '表' + ri(1, 6)])); sh.r++; }
  sh.put(sh.r, 1, title, { bold: true, size: 14, align: 'center' }); sh.merge(sh.r, 1, sh.r, ncol); sh.r++;
  if (chance(0.2)) { sh.r++; }
  const unit = pick(['单位：个、%', '单位：个', '计量单位：个，%', '单位：个/%']);
  if (chance(0.4)) { sh.put(sh.r, 1, '填报单位：' + bk.name + '民政局'); sh.put(sh.r, ncol, unit, { align: 'right' }); sh.r++; }
  else if (chance(0.8)) { sh.put(sh.r, ncol, unit, { align: 'right' }); sh.r++; }
}
function notesBlock(sh, bk, ncol, lines) {
  if (chance(0.2)) sh.r++;
  const ls = [];
  if (chance(0.7)) ls.push(pick(['注：', '说明：']) + shuffle(lines).slice(0, ri(1, lines.length)).map((x, i) => `${i + 1}.${x}`).join('；') + '。');
  if (chance(0.3)) ls.push(`数据截至${bk.year + 1}年${ri(3, 6)}月${ri(1, 28)}日。`);
  if (chance(0.7)) ls.push(`填报人：${pick(PEOPLE)}    审核人：${pick(PEOPLE)}    联系电话：0${ri(300, 999)}-${ri(2000000, 8999999)}    填报日期：${bk.year + 1}年${ri(1, 6)}月${ri(1, 28)}日`);
  for (const l of ls) { sh.put(sh.r, 1, l); sh.merge(sh.r, 1, sh.r, Math.max(ncol, 2)); sh.r++; }
}
const NOTE_LINES = ['参检率=已参检数÷应参检数×100%', '合格率=年检合格数÷已参检数×100%', '党建入章比例=已将党建工作写入章程的社会组织数÷社会组织总数×100%', '成立未满一年的社会组织不参加年检', '基金会由省级民政部门登记管理', '本表不含已列入活动异常名录的社会组织'];

// ---------------------------------------------------------------- measures
function M(id, label, ty, o = {}) { return Object.assign({ id, label, ty }, o); }
function mval(m, d, dTotal) {
  switch (m.ty) {
    case 'int': case 'diff': return m.f ? m.f(d) : d[m.id];
    case 'rate': return d[m.den] ? d[m.num] / d[m.den] * 100 : null;
    case 'share': return dTotal[m.num] ? d[m.num] / dTotal[m.num] * 100 : null;
    case 'growth': return d[m.prev] ? (d[m.cur] / d[m.prev] - 1) * 100 : null;
    case 'ratex': return m.fx(d); // a rate whose counts are not shown (no relation)
  }
  return null;
}

// Generic table, entities as rows. ents: [{label, d, role:'total'|'group'|'leaf'|'sub', kids:[idx], parent:idx}]
function rowsTable(sh, bk, o) {
  const { measures, ents } = o;
  const seq = o.seq; const c0 = seq ? 2 : 1; const cm = c0 + 1;
  const ncol = c0 + measures.length;
  titleBlock(sh, bk, o.title, ncol);
  const hasGroup = measures.some((m) => m.group);
  const h1 = sh.r, h2 = hasGroup ? h1 + 1 : h1;
  if (seq) { sh.put(h1, 1, '序号', { bold: true, align: 'center' }); sh.merge(h1, 1, h2, 1); }
  sh.put(h1, c0, o.entHeader, { bold: true, align: 'center' }); sh.merge(h1, c0, h2, c0);
  for (let j = 0; j < measures.length; j++) {
    const m = measures[j], c = cm + j;
    if (m.group) {
      let k = j; while (k + 1 < measures.length && measures[k + 1].group === m.group) k++;
      if (j === 0 || measures[j - 1].group !== m.group) { sh.put(h1, c, m.group, { bold: true, align: 'center' }); sh.merge(h1, c, h1, cm + k); }
      sh.put(h2, c, m.label, { bold: true, align: 'center' });
    } else { sh.put(h1, c, m.label, { bold: true, align: 'center' }); sh.merge(h1, c, h2, c); }
  }
  sh.r = h2 + 1;
  if (o.codeRow) {
    if (seq) sh.put(sh.r, 1, '—', { align: 'center' });
    sh.put(sh.r, c0, '甲', { align: 'center' });
    measures.forEach((m, j) => sh.put(sh.r, cm + j, String(j + 1), { align: 'center' }));
    sh.r++;
  }
  const rowOf = [];
  let n = 0;
  const dT = ents.find((e) => e.role === 'total').d;
  ents.forEach((e, i) => {
    const r = sh.r++; rowOf[i] = r;
    if (seq) { if (e.role === 'leaf') sh.put(r, 1, o.seqText ? o.seqText(++n) : ++n, { align: 'center' }); }
    sh.put(r, c0, e.label, { bold: e.role === 'total' || e.role === 'group', indent: e.indent || 0 });
    measures.forEach((m, j) => writeNum(sh, r, cm + j, mval(m, e.d, dT), m.ty === 'ratex' ? 'rate' : m.ty, bk));
  });
  // pp columns from displayed values
  measures.forEach((m, j) => {
    if (m.ty !== 'pp') return;
    const ci = measures.findIndex((x) => x.id === m.cur), pi = measures.findIndex((x) => x.id === m.prev);
    ents.forEach((e, i) => {
      const a = sh.get(A1(rowOf[i], cm + ci)), b = sh.get(A1(rowOf[i], cm + pi));
      const ok = (v) => v !== null && v !== '—' && v !== '-';
      if (ok(a) && ok(b)) { writeNum(sh, rowOf[i], cm + j, rnd(dispNum(a) - dispNum(b), bk.dec), 'pp', bk); sh.rels.push({ t: 'pp', cell: A1(rowOf[i], cm + j), cur: A1(rowOf[i], cm + ci), prev: A1(rowOf[i], cm + pi), tol: tolFor(bk, 'pp'), kind: 'pp' }); }
      else sh.put(rowOf[i], cm + j, '—', { align: 'center' });
    });
  });
  const col = (id) => { const j = measures.findIndex((x) => x.id === id); return j < 0 ? -1 : cm + j; };
  // relations
  measures.forEach((m, j) => {
    const c = cm + j;
    if (m.ty === 'int' || m.ty === 'diff') {
      ents.forEach((e, i) => {
        if (e.kids && e.kids.length) sh.rels.push({ t: 'sum', total: A1(rowOf[i], c), parts: e.kids.map((k) => A1(rowOf[k], c)), tol: 0, kind: e.role === 'total' ? 'total' : 'subtotal' });
        if (e.subs && e.subs.length && m.ty === 'int') sh.rels.push({ t: 'le', whole: A1(rowOf[i], c), parts: e.subs.map((k) => A1(rowOf[k], c)), tol: 0, kind: 'sub' });
      });
    }
    ents.forEach((e, i) => {
      const r = rowOf[i];
      if (m.ty === 'rate' && col(m.num) > 0 && col(m.den) > 0 && e.d[m.den]) sh.rels.push({ t: 'rate', cell: A1(r, c), num: A1(r, col(m.num)), den: A1(r, col(m.den)), k: kFor(bk, 'rate'), tol: tolFor(bk, 'rate'), kind: 'rate' });
      if (m.ty === 'share' && col(m.num) > 0 && dT[m.num]) { const ti = ents.findIndex((x) => x.role === 'total'); sh.rels.push({ t: 'rate', cell: A1(r, c), num: A1(r, col(m.num)), den: A1(rowOf[ti], col(m.num)), k: kFor(bk, 'share'), tol: tolFor(bk, 'share'), kind: e.role === 'total' ? 'share100' : 'share' }); }
      if (m.ty === 'growth' && col(m.cur) > 0 && col(m.prev) > 0 && e.d[m.prev]) sh.rels.push({ t: 'growth', cell: A1(r, c), cur: A1(r, col(m.cur)), prev: A1(r, col(m.prev)), tol: tolFor(bk, 'growth'), kind: 'growth' });
      if (m.ty === 'diff' && col(m.cur) > 0 && col(m.prev) > 0) sh.rels.push({ t: 'pp', cell: A1(r, c), cur: A1(r, col(m.cur)), prev: A1(r, col(m.prev)), tol: 0, kind: 'diff' });
    });
  });
  for (const rs of o.rowSums || []) {
    if (col(rs.total) < 0 || rs.parts.some((p) => col(p) < 0)) continue;
    ents.forEach((e, i) => sh.rels.push({ t: 'sum', total: A1(rowOf[i], col(rs.total)), parts: rs.parts.map((p) => A1(rowOf[i], col(p))), tol: 0, kind: rs.kind || 'rowsum' }));
  }
  for (const rs of o.rowLe || []) {
    if (col(rs.whole) < 0 || rs.parts.some((p) => col(p) < 0)) continue;
    ents.forEach((e, i) => sh.rels.push({ t: 'le', whole: A1(rowOf[i], col(rs.whole)), parts: rs.parts.map((p) => A1(rowOf[i], col(p))), tol: 0, kind: 'sub' }));
  }
  sh.widths = { [c0]: 18 };
  notesBlock(sh, bk, ncol, o.notes || NOTE_LINES);
}

// entity lists
function regionEnts(bk, opt = {}) {
  const totalLabel = pick([bk.short + '合计', '合计', '总计', bk.short, bk.name]);
  const ents = [];
  const top = opt.top !== undefined ? opt.top : chance(0.55);
  const T = { label: totalLabel, d: bk.total, role: 'total', kids: [] };
  if (top) ents.push(T);
  if (bk.groups && chance(0.5)) {
    const gFirst = chance(0.6); const ind = chance(0.6) ? '　　' : '';
    const ownIdx = ents.length; ents.push({ label: bk.groups.own.label, d: bk.groups.own.d, role: 'leaf' }); T.kids.push(ownIdx);
    for (const g of bk.groups) {
      const gd = add(...g.kids.map((k) => k.d));
      const G = { label: gFirst ? g.label : pick(['小计', g.label + '小计']), d: gd, role: 'group', kids: [] };
      if (gFirst) { T.kids.push(ents.length); ents.push(G); }
      for (const k of g.kids) { G.kids.push(ents.length); ents.push({ label: ind + k.label, d: k.d, role: 'leaf', indent: 1 }); }
      if (!gFirst) { T.kids.push(ents.length); ents.push(G); }
    }
  } else {
    for (const r of bk.regions) { T.kids.push(ents.length); ents.push({ label: r.label, d: r.d, role: 'leaf' }); }
  }
  if (!top) ents.push(T);
  // fix kid indices when total at bottom: indices are already absolute
  return ents;
}
function typeEnts(bk, withSub) {
  const ents = []; const top = chance(0.6);
  const T = { label: pick(['合计', '总计', bk.short + '合计']), d: bk.total, role: 'total', kids: [] };
  if (top) ents.push(T);
  const numbered = chance(0.6); const cn = ['一、', '二、', '三、'];
  TYPES.forEach((ty, i) => {
    const E = { label: (numbered ? cn[i] : '') + TNAME[ty], d: view(bk.total, ty), role: 'leaf' };
    T.kids.push(ents.length); ents.push(E);
    if (ty === 'S' && withSub) { E.subs = [ents.length]; ents.push({ label: pick(['其中：行业协会商会', '　其中：行业协会商会', '其中:行业协会商会']), d: view(bk.total, 'H'), role: 'sub', indent: 1 }); }
  });
  if (!top) ents.push(T);
  return ents;
}
function levelEnts(bk) {
  const ents = []; const top = chance(0.6), gFirst = chance(0.6), pcOn = chance(0.5);
  const T = { label: pick(['总计', '合计']), d: bk.total, role: 'total', kids: [] };
  if (top) ents.push(T);
  const cn = ['一、', '二、', '三、']; const pc = ['（一）', '（二）', '（三）'];
  Object.keys(bk.levels).forEach((lv, i) => {
    const d = bk.levels[lv];
    const G = { label: gFirst ? (chance(0.5) ? cn[i] + lv : lv + pick(['登记', '登记管理机关'])) : lv + '小计', d, role: 'group', kids: [] };
    if (gFirst) { T.kids.push(ents.length); ents.push(G); }
    TYPES.forEach((ty, j) => { G.kids.push(ents.length); ents.push({ label: (gFirst && pcOn ? pc[j] : '　　') + TNAME[ty], d: view(d, ty), role: 'leaf', indent: 1 }); });
    if (!gFirst) { T.kids.push(ents.length); ents.push(G); }
  });
  if (!top) ents.push(T);
  return ents;
}

// ---------------------------------------------------------------- templates
const Y = (bk) => bk.year;
const regHeader = (bk) => (bk.lvl === 'cnty' ? pick(['乡镇（街道）', '单位', '镇街']) : pick(['地区', '单位', '县（市、区）', '地 区']));
function tResult(bk, sh) {
  const ms = [M('E', pick(['应参检数', '应参加年检数', '应检数']), 'int'), M('A', pick(['已参检数', '实际参检数', '已参加年检数']), 'int')];
  if (chance(0.5)) ms.push(M('rA', pick(['参检率(%)', '参检率（%）', '参检率']), 'rate', { num: 'A', den: 'E' }));
  if (chance(0.4)) ms.push(M('N', pick(['其中：网上年检', '其中：网上参检数', '其中:网上办理']), 'int'));
  const g = pick(['年检结论', '年检结果', '其中']);
  ms.push(M('Q', '合格', 'int', { group: g }), M('B', '基本合格', 'int', { group: g }), M('U', '不合格', 'int', { group: g }));
  if (chance(0.7)) ms.push(M('rQ', pick(['合格率(%)', '合格率（%）']), 'rate', { num: 'Q', den: 'A' }));
  if (chance(0.3)) ms.splice(2, 0, M('rA', '参检率(%)', 'rate', { num: 'A', den: 'E' }));
  const uniq = []; for (const m of ms) if (!uniq.some((x) => x.id === m.id)) uniq.push(m);
  rowsTable(sh, bk, { title: `${bk.name}${Y(bk)}年度社会组织年检情况${pick(['统计表', '汇总表', '一览表'])}`, measures: uniq, ents: regionEnts(bk), seq: chance(0.5), codeRow: chance(0.25), entHeader: regHeader(bk), rowSums: [{ total: 'A', parts: ['Q', 'B', 'U'], kind: 'rowsum' }], rowLe: [{ whole: 'A', parts: ['N'] }] });
}
function tParty(bk, sh) {
  const ms = [M('E', pick(['社会组织总数', '社会组织数', '合计']), 'int', { group: '合计' }), M('P', pick(['写入章程数', '已写入章程', '党建入章数']), 'int', { group: '合计' }), M('rP', pick(['比例(%)', '占比(%)', '入章率(%)']), 'rate', { num: 'P', den: 'E', group: '合计' })];
  const noGroupTotal = chance(0.4);
  if (noGroupTotal) { ms[0] = M('E', '社会组织总数', 'int'); ms[1] = M('P', '党建工作写入章程数', 'int'); ms[2] = M('rP', '比例(%)', 'rate', { num: 'P', den: 'E' }); }
  const withRate = chance(0.6);
  for (const ty of TYPES) {
    ms.push(M('E.' + ty, pick(['数量', '总数', '个数']), 'int', { group: TNAME[ty] }), M('P.' + ty, pick(['写入数', '已写入']), 'int', { group: TNAME[ty] }));
    if (withRate) ms.push(M('rP.' + ty, '比例(%)', 'rate', { num: 'P.' + ty, den: 'E.' + ty, group: TNAME[ty] }));
  }
  rowsTable(sh, bk, { title: `${bk.name}社会组织党建工作写入章程情况${pick(['统计表', '表', ''])}（${Y(bk)}年）`, measures: ms, ents: regionEnts(bk), seq: chance(0.4), entHeader: regHeader(bk), rowSums: [{ total: 'E', parts: ['E.S', 'E.M', 'E.J'], kind: 'total' }, { total: 'P', parts: ['P.S', 'P.M', 'P.J'], kind: 'total' }], notes: [NOTE_LINES[2], '比例按四舍五入保留' + (bk.dec === 1 ? '一' : '两') + '位小数'] });
}
function tTypeCols(bk, sh) {
  const ms = [];
  const g1 = pick(['应参检数', '应参加年检社会组织数']), g2 = pick(['已参检数', '已参加年检数']);
  for (const [g, f] of [[g1, 'E'], [g2, 'A']]) { ms.push(M(f, pick(['合计', '小计', '计']), 'int', { group: g })); for (const ty of TYPES) ms.push(M(f + '.' + ty, TNAME[ty].replace('（民办非企业单位）', ''), 'int', { group: g })); }
  ms.push(M('rA', '参检率(%)', 'rate', { num: 'A', den: 'E' }));
  rowsTable(sh, bk, { title: `${Y(bk)}年${bk.name}各类社会组织参检情况`, measures: ms, ents: regionEnts(bk), seq: chance(0.3), codeRow: chance(0.2), entHeader: regHeader(bk), rowSums: [{ total: 'E', parts: ['E.S', 'E.M', 'E.J'], kind: 'total' }, { total: 'A', parts: ['A.S', 'A.M', 'A.J'], kind: 'total' }] });
}
function tCompare(bk, sh) {
  const g1 = '应参检数', g2 = '参检率(%)', g3 = '合格率(%)';
  const ms = [M('E', `${Y(bk)}年`, 'int', { group: g1 }), M('E0', `${Y(bk) - 1}年`, 'int', { group: g1 })];
  ms.push(chance(0.6) ? M('gE', pick(['比上年增长(%)', '增长(%)', '增幅(%)']), 'growth', { cur: 'E', prev: 'E0', group: g1 }) : M('dE', pick(['比上年增减', '增减(个)']), 'diff', { f: (d) => d.E - d.E0, cur: 'E', prev: 'E0', group: g1 }));
  const withCounts = chance(0.4);
  if (withCounts) { ms.push(M('A', '已参检数', 'int', { group: '本年已参检' }), M('A0', '上年已参检数', 'int', { group: '本年已参检' })); ms[ms.length - 2].group = ms[ms.length - 1].group = undefined; }
  ms.push(M('rA', pick(['本年', Y(bk) + '年']), 'rate', { num: 'A', den: 'E', group: g2 }), M('rA0', pick(['上年', Y(bk) - 1 + '年']), 'rate', { num: 'A0', den: 'E0', group: g2 }));
  if (!bk.pctFmt) ms.push(M('ppA', pick(['增减(百分点)', '增减（个百分点）', '比上年增减(百分点)']), 'pp', { cur: 'rA', prev: 'rA0', group: g2 }));
  if (chance(0.6)) {
    ms.push(M('rQ', '本年', 'ratex', { fx: (d) => (d.A ? d.Q / d.A * 100 : null), group: g3 }), M('rQ0', '上年', 'ratex', { fx: (d) => (d.A0 ? d.Q0 / d.A0 * 100 : null), group: g3 }));
    if (!bk.pctFmt) ms.push(M('ppQ', '增减(百分点)', 'pp', { cur: 'rQ', prev: 'rQ0', group: g3 }));
  }
  rowsTable(sh, bk, { title: `${bk.name}社会组织年检情况与上年对比`, measures: ms, ents: regionEnts(bk), seq: chance(0.3), entHeader: regHeader(bk) });
}
function tTypes(bk, sh) {
  const ms = [M('E', pick(['应参检数', '社会组织数']), 'int')];
  if (chance(0.6)) ms.push(M('sE', pick(['占比(%)', '构成(%)', '比重(%)']), 'share', { num: 'E' }));
  ms.push(M('A', '已参检数', 'int'), M('rA', '参检率(%)', 'rate', { num: 'A', den: 'E' }));
  if (chance(0.5)) { const g = '年检结论'; ms.push(M('Q', '合格', 'int', { group: g }), M('B', '基本合格', 'int', { group: g }), M('U', '不合格', 'int', { group: g })); }
  else ms.push(M('Q', '年检合格数', 'int'));
  ms.push(M('rQ', '合格率(%)', 'rate', { num: 'Q', den: 'A' }));
  if (chance(0.6)) { ms.push(M('E0', '上年应参检数', 'int')); ms.push(chance(0.5) ? M('gE', '比上年增长(%)', 'growth', { cur: 'E', prev: 'E0' }) : M('dE', '比上年增减', 'diff', { f: (d) => d.E - d.E0, cur: 'E', prev: 'E0' })); }
  if (chance(0.5)) ms.push(M('P', '党建入章数', 'int'), M('rP', '入章比例(%)', 'rate', { num: 'P', den: 'E' }));
  rowsTable(sh, bk, { title: `${Y(bk)}年度${bk.name}社会组织年检情况（按类型分）`, measures: ms, ents: typeEnts(bk, chance(0.6)), seq: false, entHeader: pick(['类别', '社会组织类型', '项目', '类 别']), rowSums: [{ total: 'A', parts: ['Q', 'B', 'U'], kind: 'rowsum' }] });
}
function tLevels(bk, sh) {
  const ms = [M('E', '应参检数', 'int'), M('A', '已参检数', 'int'), M('rA', '参检率(%)', 'rate', { num: 'A', den: 'E' })];
  if (chance(0.5)) ms.push(M('Q', '合格数', 'int'), M('rQ', '合格率(%)', 'rate', { num: 'Q', den: 'A' }));
  if (chance(0.5)) { ms.push(M('rA0', '上年参检率(%)', 'ratex', { fx: (d) => (d.E0 ? d.A0 / d.E0 * 100 : null) })); if (!bk.pctFmt) ms.push(M('ppA', '增减(百分点)', 'pp', { cur: 'rA', prev: 'rA0' })); }
  if (chance(0.4)) ms.push(M('P', '党建入章数', 'int'), M('rP', '比例(%)', 'rate', { num: 'P', den: 'E' }));
  rowsTable(sh, bk, { title: `${bk.name}${Y(bk)}年社会组织年检情况（按登记管理机关）`, measures: ms, ents: levelEnts(bk), seq: false, entHeader: pick(['登记管理机关', '项目', '登记机关层级']) });
}
// indicators as rows, regions as columns
function tIndicators(bk, sh) {
  const regs = bk.regions; const totFirst = chance(0.7); const unitCol = chance(0.6);
  const ents = totFirst ? [{ label: pick([bk.short, '合计', bk.short + '合计']), d: bk.total, tot: true }, ...regs] : [...regs, { label: '合计', d: bk.total, tot: true }];
  const inds = [];
  const cn = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']; let k = 0;
  inds.push({ id: 'E', label: cn[k++] + '应参检社会组织数', u: '个', ty: 'int' });
  const withTypes = chance(0.6);
  if (withTypes) TYPES.forEach((ty, j) => inds.push({ id: 'E.' + ty, label: (j === 0 ? '　　其中：' : '　　　　　') + TNAME[ty], u: '个', ty: 'int' }));
  inds.push({ id: 'A', label: cn[k++] + '已参检数', u: '个', ty: 'int' });
  inds.push({ id: 'rA', label: cn[k++] + '参检率', u: '%', ty: 'rate', num: 'A', den: 'E' });
  inds.push({ id: 'Q', label: cn[k++] + '年检合格数', u: '个', ty: 'int' });
  if (chance(0.5)) { inds.push({ id: 'B', label: cn[k++] + '基本合格数', u: '个', ty: 'int' }); inds.push({ id: 'U', label: cn[k++] + '不合格数', u: '个', ty: 'int' }); }
  inds.push({ id: 'rQ', label: cn[k++] + '合格率', u: '%', ty: 'rate', num: 'Q', den: 'A' });
  if (chance(0.6)) { inds.push({ id: 'P', label: cn[k++] + '党建工作写入章程数', u: '个', ty: 'int' }); inds.push({ id: 'rP', label: cn[k++] + '写入章程比例', u: '%', ty: 'rate', num: 'P', den: 'E' }); }
  if (!unitCol) for (const i of inds) if (i.u === '%') i.label += '(%)';
  const lc = 1, cs = unitCol ? 3 : 2; const ncol = cs - 1 + ents.length;
  titleBlock(sh, bk, `${bk.name}${Y(bk)}年度社会组织年检主要指标`, ncol);
  const h = sh.r++;
  sh.put(h, 1, pick(['指标', '指标名称', '项目']), { bold: true, align: 'center' }); if (unitCol) sh.put(h, 2, '计量单位', { bold: true, align: 'center' });
  ents.forEach((e, j) => sh.put(h, cs + j, e.label, { bold: true, align: 'center' }));
  const rowOf = {};
  for (const ind of inds) {
    const r = sh.r++; rowOf[ind.id] = r; sh.put(r, 1, ind.label); if (unitCol) sh.put(r, 2, ind.u, { align: 'center' });
    ents.forEach((e, j) => writeNum(sh, r, cs + j, mval(ind, e.d), ind.ty, bk));
  }
  const ti = ents.findIndex((e) => e.tot);
  for (const ind of inds) {
    if (ind.ty === 'int') sh.rels.push({ t: 'sum', total: A1(rowOf[ind.id], cs + ti), parts: ents.map((e, j) => j).filter((j) => j !== ti).map((j) => A1(rowOf[ind.id], cs + j)), tol: 0, kind: 'total' });
    if (ind.ty === 'rate' && rowOf[ind.num] && rowOf[ind.den]) ents.forEach((e, j) => { if (e.d[ind.den]) sh.rels.push({ t: 'rate', cell: A1(rowOf[ind.id], cs + j), num: A1(rowOf[ind.num], cs + j), den: A1(rowOf[ind.den], cs + j), k: kFor(bk, 'rate'), tol: tolFor(bk, 'rate'), kind: 'rate' }); });
  }
  if (withTypes) ents.forEach((e, j) => sh.rels.push({ t: 'sum', total: A1(rowOf.E, cs + j), parts: TYPES.map((ty) => A1(rowOf['E.' + ty], cs + j)), tol: 0, kind: 'subtotal' }));
  if (rowOf.B) ents.forEach((e, j) => sh.rels.push({ t: 'sum', total: A1(rowOf.A, cs + j), parts: ['Q', 'B', 'U'].map((x) => A1(rowOf[x], cs + j)), tol: 0, kind: 'rowsum' }));
  sh.widths = { 1: 26 };
  notesBlock(sh, bk, ncol, NOTE_LINES);
}
// 本年 / 上年 / 增减 / 增长 for book totals
function tYearOnYear(bk, sh) {
  const d = bk.total;
  const rows = [
    { lab: '应参检社会组织数（个）', c: d.E, p: d.E0, ty: 'int', id: 'E' },
    { lab: '已参检数（个）', c: d.A, p: d.A0, ty: 'int', id: 'A' },
    { lab: '参检率（%）', c: d.A / d.E * 100, p: d.A0 / d.E0 * 100, ty: 'rate', num: 'A', den: 'E' },
    { lab: '年检合格数（个）', c: d.Q, p: d.Q0, ty: 'int', id: 'Q' },
    { lab: '合格率（%）', c: d.Q / d.A * 100, p: d.Q0 / d.A0 * 100, ty: 'rate', num: 'Q', den: 'A' },
  ];
  if (chance(0.6)) rows.push({ lab: '党建工作写入章程数（个）', c: d.P, p: d.P0, ty: 'int', id: 'P' }, { lab: '党建入章比例（%）', c: d.P / d.E * 100, p: d.P0 / d.E0 * 100, ty: 'rate', num: 'P', den: 'E' });
  const numbered = chance(0.5);
  const withGrowth = chance(0.7);
  const ncol = withGrowth ? 5 : 4;
  titleBlock(sh, bk, `${bk.name}社会组织年检工作主要指标对比（${Y(bk)}年）`, ncol);
  const h = sh.r++;
  ['指标', `${Y(bk)}年`, `${Y(bk) - 1}年`, pick(['比上年增减', '增减']), '增长(%)'].slice(0, ncol).forEach((x, j) => sh.put(h, j + 1, x, { bold: true, align: 'center' }));
  const rowOf = {};
  const cn = ['一、', '二、', '三、', '四、', '五、', '六、', '七、'];
  rows.forEach((x, i) => {
    const r = sh.r++; rowOf[x.id || x.lab] = r; x.r = r;
    sh.put(r, 1, (numbered ? cn[i] : '') + x.lab);
    writeNum(sh, r, 2, x.c, x.ty, bk); writeNum(sh, r, 3, x.p, x.ty, bk);
    if (x.ty === 'int') {
      writeNum(sh, r, 4, x.c - x.p, 'diff', bk); sh.rels.push({ t: 'pp', cell: A1(r, 4), cur: A1(r, 2), prev: A1(r, 3), tol: 0, kind: 'diff' });
      if (withGrowth) { writeNum(sh, r, 5, x.p ? (x.c / x.p - 1) * 100 : null, 'growth', bk); if (x.p) sh.rels.push({ t: 'growth', cell: A1(r, 5), cur: A1(r, 2), prev: A1(r, 3), tol: tolFor(bk, 'growth'), kind: 'growth' }); }
    } else {
      if (bk.pctFmt) { sh.put(r, 4, '—', { align: 'center' }); }
      else { const a = dispNum(sh.get(A1(r, 2))), b = dispNum(sh.get(A1(r, 3))); writeNum(sh, r, 4, rnd(a - b, bk.dec), 'pp', bk); sh.rels.push({ t: 'pp', cell: A1(r, 4), cur: A1(r, 2), prev: A1(r, 3), tol: tolFor(bk, 'pp'), kind: 'pp' }); }
      if (withGrowth) sh.put(r, 5, '—', { align: 'center' });
      for (const c of [2, 3]) sh.rels.push({ t: 'rate', cell: A1(r, c), num: A1(rowOf[x.num], c), den: A1(rowOf[x.den], c), k: kFor(bk, 'rate'), tol: tolFor(bk, 'rate'), kind: 'rate' });
    }
  });
  sh.widths = { 1: 28 };
  notesBlock(sh, bk, ncol, ['增减栏中比率指标为百分点', NOTE_LINES[0], NOTE_LINES[1]]);
}
// monthly 年报 submissions: 本月 / 累计
function tMonthly(bk, sh) {
  const d = bk.total; const last = pick([5, 6, 12, ri(3, 12)]);
  const byType = chance(0.5);
  const tys = byType ? TYPES : [null];
  const series = {};
  for (const ty of tys) {
    const tot = ty ? d['A.' + ty] : d.A; // reports submitted == participated
    const w = Array.from({ length: last }, (_, i) => (i < 5 ? 1 + R() * 3 : 0.1 + R() * 0.4));
    const sw = w.reduce((a, b) => a + b, 0); let acc = 0; const target = Math.round(tot * (last >= 5 ? 1 : 0.6 + 0.3 * R()));
    series[ty || 'T'] = w.map((x, i) => { const cum = i === last - 1 ? target : Math.round(target * (w.slice(0, i + 1).reduce((a, b) => a + b, 0) / sw)); const m = cum - acc; acc = cum; return m; });
  }
  const cols = []; // {group, label, kind:'m'|'c'|'r', ty}
  const withRate = chance(0.6);
  for (const ty of tys) { const g = ty ? TNAME[ty].replace('（民办非企业单位）', '') : null; cols.push({ g, label: pick(['本月', '当月']), k: 'm', ty }); cols.push({ g, label: pick(['累计', '本年累计', '1-本月累计']), k: 'c', ty }); }
  if (byType) { cols.push({ g: '合计', label: '本月', k: 'm', ty: 'T' }); cols.push({ g: '合计', label: '累计', k: 'c', ty: 'T' }); series.T = series.S.map((x, i) => x + series.M[i] + series.J[i]); }
  if (withRate) cols.push({ g: null, label: pick(['累计报送率(%)', '报送率(%)']), k: 'r', ty: 'T' });
  const ncol = 1 + cols.length;
  titleBlock(sh, bk, `${bk.name}${Y(bk)}年度社会组织年报报送进度${pick(['', '（按月）', '表'])}`, ncol);
  let info = null;
  if (withRate) { sh.put(sh.r, 1, `应报送社会组织数：`); sh.put(sh.r, 2, d.A, { fmt: '0' }); info = A1(sh.r, 2); sh.r++; }
  const hasG = byType; const h1 = sh.r, h2 = hasG ? h1 + 1 : h1;
  sh.put(h1, 1, '月份', { bold: true, align: 'center' }); sh.merge(h1, 1, h2, 1);
  cols.forEach((c, j) => {
    if (c.g) { if (j === 0 || cols[j - 1].g !== c.g) { sh.put(h1, 2 + j, c.g, { bold: true, align: 'center' }); sh.merge(h1, 2 + j, h1, 3 + j); } sh.put(h2, 2 + j, c.label, { bold: true, align: 'center' }); }
    else { sh.put(h1, 2 + j, c.label, { bold: true, align: 'center' }); sh.merge(h1, 2 + j, h2, 2 + j); }
  });
  sh.r = h2 + 1; const r0 = sh.r;
  for (let i = 0; i < last; i++) {
    const r = sh.r++; sh.put(r, 1, pick([`${i + 1}月`]));
    cols.forEach((c, j) => {
      const s = series[c.ty || 'T']; const cum = s.slice(0, i + 1).reduce((a, b) => a + b, 0);
      if (c.k === 'm') writeNum(sh, r, 2 + j, s[i], 'int', bk);
      else if (c.k === 'c') { sh.put(r, 2 + j, cum, { fmt: '0' }); }
      else writeNum(sh, r, 2 + j, cum / d.A * 100, 'rate', bk);
    });
  }
  cols.forEach((c, j) => {
    const cc = 2 + j;
    if (c.k === 'c') for (let i = 0; i < last; i++) { const r = r0 + i; sh.rels.push({ t: 'sum', total: A1(r, cc), parts: i === 0 ? [A1(r, cc - 1)] : [A1(r - 1, cc), A1(r, cc - 1)], tol: 0, kind: 'running' }); }
    if (c.k === 'r') { const cj = cols.findIndex((x) => x.k === 'c' && x.ty === 'T'); for (let i = 0; i < last; i++) sh.rels.push({ t: 'rate', cell: A1(r0 + i, cc), num: A1(r0 + i, 2 + cj), den: info, k: kFor(bk, 'rate'), tol: tolFor(bk, 'rate'), kind: 'rate' }); }
  });
  if (byType) for (const k of ['m', 'c']) { const tj = cols.findIndex((x) => x.k === k && x.ty === 'T'); const pj = TYPES.map((ty) => cols.findIndex((x) => x.k === k && x.ty === ty)); for (let i = 0; i < last; i++) sh.rels.push({ t: 'sum', total: A1(r0 + i, 2 + tj), parts: pj.map((p) => A1(r0 + i, 2 + p)), tol: 0, kind: k === 'm' ? 'total' : 'rowsum' }); }
  notesBlock(sh, bk, ncol, ['年报报送截止时间为5月31日', '累计数为1月至本月合计']);
}

const TEMPLATES = { tResult, tParty, tTypeCols, tCompare, tTypes, tLevels, tIndicators, tYearOnYear, tMonthly };
const SHEETNAMES = { tResult: ['年检汇总', '年检情况', '表1'], tParty: ['党建入章', '党建工作写入章程', '党建'], tTypeCols: ['分类型参检', '参检情况'], tCompare: ['与上年对比', '对比'], tTypes: ['按类型', '分类统计'], tLevels: ['按登记机关', '分级统计'], tIndicators: ['主要指标', '指标汇总'], tYearOnYear: ['同比', '本年上年对比'], tMonthly: ['年报进度', '年报报送'] };

function buildBook() {
  const bk = genBook();
  let names = Object.keys(TEMPLATES).filter((t) => t !== 'tLevels' || bk.levels);
  names = shuffle(names).slice(0, ri(1, 4));
  const sheets = []; const used = new Set();
  for (const t of names) {
    let nm = pick(SHEETNAMES[t]); if (used.has(nm)) nm = nm + '2'; used.add(nm);
    const sh = new Sheet(nm); TEMPLATES[t](bk, sh); sh.tpl = t; sheets.push(sh);
  }
  if (chance(0.15)) { const sh = new Sheet('填表说明'); ['填表说明：', '1.本表由各级民政部门社会组织管理机构填报。', `2.统计时点为${bk.year}年12月31日。`, '3.比例、比率保留' + (bk.dec === 1 ? '1' : '2') + '位小数。'].forEach((l, i) => sh.put(i + 1, 1, l)); sheets.push(sh); }
  return { bk, sheets };
}

async function writeXlsx(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, x] of sh.cells) {
      const c = ws.getCell(a); c.value = x.v === undefined ? null : x.v;
      if (x.fmt) c.numFmt = x.fmt;
      if (x.bold || x.size) c.font = { bold: !!x.bold, size: x.size || 11 };
      if (x.align || x.indent) c.alignment = { horizontal: x.align || 'left', indent: x.indent || 0, vertical: 'middle', wrapText: true };
    }
    for (const m of sh.merges) { try { ws.mergeCells(m); } catch (e) { throw new Error(sh.name + ' merge ' + m + ' ' + e.message); } }
    for (const c in sh.widths) ws.getColumn(Number(c)).width = sh.widths[c];
  }
  await wb.xlsx.writeFile(file);
}

function broken(sh) { return sh.rels.filter((r) => { const e = evalRel(r, (a) => sh.get(a)); return e !== null && e > 1e-9; }); }

const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
function candidates(book, kind) {
  const out = [];
  for (const sh of book.sheets) for (const r of sh.rels) {
    if (kind === 'total' && r.t === 'sum' && r.kind === 'total') out.push([sh, r.total]);
    if (kind === 'subtotal' && r.t === 'sum' && r.kind === 'subtotal') out.push([sh, r.total]);
    if (kind === 'part' && r.t === 'sum' && (r.kind === 'total' || r.kind === 'subtotal')) out.push([sh, pick(r.parts)]);
    if (kind === 'rate' && r.kind === 'rate') out.push([sh, r.cell]);
    if (kind === 'share' && r.kind === 'share') out.push([sh, r.cell]);
    if (kind === 'growth' && r.kind === 'growth') out.push([sh, r.cell]);
    if (kind === 'pp' && r.kind === 'pp') out.push([sh, r.cell]);
    if (kind === 'running' && r.kind === 'running' && r.parts.length === 2) out.push([sh, r.total]);
  }
  return out;
}
function mutate(v, kind, cellFmt) {
  const isText = typeof v === 'string'; const x = dispNum(v);
  let y;
  if (['total', 'part', 'subtotal', 'running'].includes(kind)) {
    if (!x) return null;
    const d = Math.max(2, Math.round(x * (0.05 + 0.25 * R()))); y = chance(0.5) || x - d < 0 ? x + d : x - d;
  } else if (kind === 'rate' || kind === 'share') {
    const pf = cellFmt && cellFmt.includes('%'); const s = pf ? 0.01 : 1; const d = (2 + 6 * R()) * s;
    y = x + d > 100 * s || chance(0.5) && x - d >= 0 ? x - d : x + d; y = rnd(y, pf ? 4 : 2);
    if (cellFmt === '0.0' || cellFmt === '0.0%') y = rnd(y, pf ? 3 : 1);
  } else if (kind === 'growth') { const d = 3 + 8 * R(); y = rnd(chance(0.5) ? x + d : x - d, 1); }
  else if (kind === 'pp') { const d = 1.5 + 3 * R(); y = rnd(chance(0.5) ? x + d : x - d, 1); }
  if (isText) return String(y);
  return y;
}
function plant(book) {
  for (let tries = 0; tries < 40; tries++) {
    const kind = pick(KINDS); const cands = shuffle(candidates(book, kind)).slice(0, 12);
    let best = null;
    for (const [sh, addr] of cands) {
      const cell = sh.cells.get(addr); if (!cell || cell.v === null || typeof cell.v === 'undefined' || dispNum(cell.v) === 0 && kind !== 'growth' && kind !== 'pp') continue;
      if (typeof cell.v === 'string' && !/^-?[\d.]+$/.test(cell.v)) continue;
      const was = cell.v; const now = mutate(was, kind, cell.fmt); if (now === null || dispNum(now) === dispNum(was)) continue;
      cell.v = now; const b = broken(sh).length; cell.v = was;
      if (b >= 1 && (!best || b < best.b)) best = { sh, addr, was, now, b, kind };
    }
    if (best) { best.sh.cells.get(best.addr).v = best.now; return { sheet: best.sh.name, cell: best.addr, was: best.was, now: best.now, kind: best.kind, broken: best.b }; }
  }
  return null;
}

async function main() {
  const [set, count, seed, frac] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5] === undefined ? 0.5 : Number(process.argv[5])];
  R = mulberry32(seed);
  const dir = path.join(ROOT, set); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  for (let i = 0; i < count; i++) {
    TNAME.M = pick(['社会服务机构', '社会服务机构（民办非企业单位）', '民办非企业单位']);
    const book = buildBook();
    for (const sh of book.sheets) { const b = broken(sh); if (b.length) throw new Error(`generator: relation broken in clean ${set} #${i} ${sh.name}: ${JSON.stringify(b[0])}`); }
    const file = `${set}_${String(i + 1).padStart(3, '0')}.xlsx`;
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(book.sheets.map((s) => ({ sheet: s.name, tpl: s.tpl, rels: s.rels })), null, 0));
    const plants = [];
    if (frac >= 1 ? true : frac >= 0.5 ? i % 2 === 1 : R() < frac) { const p = plant(book); if (p) plants.push(p); }
    await writeXlsx(book, path.join(dir, file));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(set, manifest.length, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
}
main().catch((e) => { console.error(e); process.exit(1); });
