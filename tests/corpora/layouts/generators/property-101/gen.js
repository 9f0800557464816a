// node gen.js OUTROOT SET SEED COUNT [VARIANT]
// Writes OUTROOT/SET/*.xlsx + manifest.json, relations to OUTROOT/rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const [, , OUT, SET, SEEDS, COUNTS, VARIANT = 'a'] = process.argv;
let seed = Number(SEEDS) >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m + 1e-9 * Math.sign(x)) / m; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const STREETS = ['城关', '东城', '西城', '南关', '北关', '新华', '解放', '人民路', '建设路', '文化', '和平', '向阳', '胜利', '长安', '滨河', '光明', '幸福', '朝阳', '花园', '桥东', '桥西', '东湖', '金山', '龙泉'];
const COMMS = ['翠苑', '金桥', '锦绣', '丽景', '康乐', '紫荆', '银杏', '梧桐', '望江', '春晖', '泰和', '福田', '瑞景', '静安', '阳光', '青年路', '南苑', '北苑', '和谐', '鑫城', '世纪', '滨江', '清河', '新村'];
const COUNTIES = ['城东区', '城西区', '高新区', '经开区', '临河县', '平安县', '清水县', '东山县', '西山县', '长乐县', '永宁县', '安平县', '兴隆县', '石桥区'];
const CITIES = ['省会市', '江城市', '临海市', '北原市', '南山市', '河阳市', '青州市', '云台市', '宁远市', '丰泽市', '金川市', '梅林市', '安庆市'];

// ---- sheet model ----
class Sh {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.fmt = new Map(); this.maxC = 1; this.text = chance(VARIANT.endsWith('b') ? 0.35 : 0.2); this.zero = pick(['0', '0', '—', 'blank']); }
  set(r, c, v, f) { this.cells.set(A(r, c), v); if (f) this.fmt.set(A(r, c), f); if (c > this.maxC) this.maxC = c; }
  get(a) { return this.cells.get(a); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  count(r, c, v) { // write a count
    let w = v;
    if (v === 0) w = this.zero === '—' ? '—' : this.zero === 'blank' ? null : 0;
    else if (this.text && chance(0.3)) w = String(v);
    this.set(r, c, w);
  }
  rate(r, c, v, d) { let w = v; if (v === null) w = '—'; else if (this.text && chance(0.15)) w = v.toFixed(d); this.set(r, c, w, d === 1 ? '0.0' : '0.00'); }
  rel(o) { this.rels.push(o); }
}

function title(sh, text, ncol, extra) {
  let r = 1;
  sh.set(r, 1, text); sh.merge(r, 1, r, ncol); r++;
  if (extra.sub) { sh.set(r, 1, extra.sub); sh.merge(r, 1, r, ncol); r++; }
  if (extra.unit) {
    if (chance(0.5)) { sh.set(r, 1, extra.unit); }
    else { if (extra.org) sh.set(r, 1, extra.org); sh.set(r, ncol, extra.unit); }
    r++;
  }
  return r;
}
function notes(sh, r, ncol, lines) {
  if (chance(0.3)) r++;
  for (const l of lines) { sh.set(r, 1, l); if (chance(0.5)) sh.merge(r, 1, r, ncol); r++; }
  return r;
}
const NOTE_POOL = [
  '注：1.覆盖率=已建立党组织数÷总数×100%；2.本表数据截至本季度末。',
  '注：党员担任业委会主任占比=党员担任主任的业委会数÷业委会总数×100%。',
  '说明：交叉任职指社区“两委”成员与业委会、物业服务企业负责人双向进入、交叉任职。',
  '注：“—”表示无此项数据。',
  '注：小区数含老旧小区、无物业管理小区。',
];
function signoff(sh, r) {
  const names = ['王丽', '李强', '张敏', '刘洋', '陈静', '赵磊'];
  const s = pick([`填报人：${pick(names)}        审核人：${pick(names)}        填报日期：2024年${ri(1, 12)}月${ri(1, 28)}日`,
    `填报单位（盖章）：        联系电话：0${ri(310, 990)}-${ri(2000000, 8999999)}`,
    `单位负责人：${pick(names)}    填表人：${pick(names)}`]);
  sh.set(r, 1, s); return r + 1;
}
const unitLine = () => pick(['单位：个、%', '单位：个，%', '计量单位：个、人、%', '单位：个']);
const D = () => (VARIANT.endsWith('b') ? pick([1, 2, 2]) : pick([1, 1, 2]));

// ---------- data for a region unit ----------
function unitData(scale) {
  const n = ri(scale[0], scale[1]);
  const wy = Math.max(0, n - ri(0, Math.ceil(n * 0.3)));          // 实行物业管理小区
  const dzz = Math.round(wy * (0.4 + rnd() * 0.6));               // 已建党组织小区
  const qy = Math.max(1, Math.round(n * (0.2 + rnd() * 0.5)));   // 物业企业
  const jl = Math.round(qy * (0.3 + rnd() * 0.7));
  const dj = Math.round(jl * rnd()); const lh = jl - dj;
  const ywh = Math.round(n * (0.3 + rnd() * 0.6));
  const dyzr = Math.round(ywh * (0.2 + rnd() * 0.7));
  const jc = ri(0, Math.round(ywh * 1.5) + 1);
  const dy = ri(0, Math.round(qy * 6));
  return { n, wy, dzz, qy, jl, dj, lh, ywh, dyzr, jc, dy };
}
function addData(list) { const o = {}; for (const k of Object.keys(list[0])) o[k] = list.reduce((a, x) => a + x[k], 0); return o; }

// ---------- Type A: regions as rows ----------
function typeA(sh, ctx) {
  const d = D();
  const hier = chance(0.5);
  const totPos = pick(['top', 'bottom', 'bottom']);
  const subStyle = pick(['head', 'after']);
  const seq = chance(0.4);
  const blocks = shuffle(['xq', 'qy', 'ywh']).slice(0, ri(2, 3)).sort();
  if (!blocks.includes('xq') && chance(0.7)) blocks.unshift('xq');
  // columns: [{key, kind:'count'|'rate', num, den, label, group}]
  const cols = [];
  const splitQ = chance(0.5);
  for (const b of ['xq', 'qy', 'ywh'].filter((x) => blocks.includes(x))) {
    if (b === 'xq') {
      const g = pick(['住宅小区', '小区情况', '居民小区']);
      cols.push({ key: 'n', label: pick(['小区数', '小区总数']), g });
      if (chance(0.5)) cols.push({ key: 'wy', label: '其中：实行物业管理', g, le: 'n' });
      cols.push({ key: 'dzz', label: pick(['已建党组织小区数', '其中：已建立党组织', '建立党组织的小区']), g, le: chance(0.5) ? 'wy' : 'n' });
      cols.push({ key: 'r1', rate: ['dzz', 'n'], label: pick(['覆盖率(%)', '党组织覆盖率（%）', '覆盖率']), g, share: false });
    }
    if (b === 'qy') {
      const g = pick(['物业服务企业', '物业企业党建', '物业服务企业党组织组建情况']);
      cols.push({ key: 'qy', label: pick(['企业数', '物业企业数（家）', '总数']), g });
      cols.push({ key: 'jl', label: pick(['已建党组织', '建立党组织数', '其中：已建党组织']), g, le: 'qy', sum: splitQ ? ['dj', 'lh'] : null });
      if (splitQ) { cols.push({ key: 'dj', label: '单独组建', g, sub: '其中' }); cols.push({ key: 'lh', label: '联合组建', g, sub: '其中' }); }
      cols.push({ key: 'r2', rate: ['jl', 'qy'], label: pick(['覆盖率(%)', '组建率（%）']), g, share: false });
      if (chance(0.4)) cols.push({ key: 'dy', label: '从业人员中党员数', g });
    }
    if (b === 'ywh') {
      const g = pick(['业主委员会', '业委会', '业主委员会建设']);
      cols.push({ key: 'ywh', label: pick(['业委会数', '已成立业委会', '总数']), g });
      cols.push({ key: 'dyzr', label: pick(['其中：党员担任主任', '党员任主任数', '其中党员任主任']), g, le: 'ywh' });
      cols.push({ key: 'r3', rate: ['dyzr', 'ywh'], label: pick(['占比(%)', '党员主任占比（%）', '占比']), g, share: true });
      if (chance(0.6)) cols.push({ key: 'jc', label: pick(['交叉任职人数', '“双向进入、交叉任职”人数']), g });
    }
  }
  // units
  const lvl = ctx.level;
  const groups = [];
  if (hier) {
    const ng = ri(2, 5);
    const gnames = shuffle(lvl === 'county' ? STREETS : COUNTIES).slice(0, ng);
    for (const gn of gnames) {
      const leaves = shuffle(lvl === 'county' ? COMMS : STREETS).slice(0, ri(2, 6)).map((x) => ({ name: x + (lvl === 'county' ? '社区' : pick(['街道', '镇'])), data: unitData(lvl === 'county' ? [2, 25] : [10, 80]) }));
      groups.push({ name: gn + (lvl === 'county' ? pick(['街道', '镇']) : ''), leaves, data: addData(leaves.map((l) => l.data)) });
    }
  } else {
    const nm = shuffle(lvl === 'county' ? STREETS : lvl === 'city' ? COUNTIES : CITIES).slice(0, ri(4, 13));
    for (const x of nm) groups.push({ name: x + (lvl === 'county' ? pick(['街道', '镇', '街道']) : ''), leaves: null, data: unitData(lvl === 'county' ? [5, 60] : lvl === 'city' ? [40, 400] : [300, 3000]) });
  }
  const total = addData(groups.map((g) => g.data));
  const ncol = cols.length + 1 + (seq ? 1 : 0);
  let r = title(sh, `${ctx.place}${pick(['红色物业', '物业服务企业党建', '住宅小区党建', '小区党组织'])}${pick(['工作情况统计表', '推进情况表', '覆盖情况汇总表', '基本情况统计表'])}`, ncol,
    { sub: chance(0.5) ? `（截至${ctx.year}年${pick([3, 6, 9, 12])}月底）` : null, unit: unitLine(), org: `填报单位：${ctx.place}${pick(['委组织部', '住建局', '委社会工作部'])}` });
  // header
  const h0 = r; const c0 = seq ? 2 : 1;
  const depth = cols.some((c) => c.sub) ? 3 : 2;
  if (seq) { sh.set(h0, 1, '序号'); sh.merge(h0, 1, h0 + depth - 1, 1); }
  sh.set(h0, c0, lvl === 'county' ? pick(['街道（社区）', '单位', '街道/社区']) : lvl === 'city' ? pick(['县（市、区）', '地区', '单位']) : pick(['市州', '地区'])); sh.merge(h0, c0, h0 + depth - 1, c0);
  let c = c0 + 1; const colOf = {};
  let i = 0;
  while (i < cols.length) {
    const g = cols[i].g; let j = i; while (j < cols.length && cols[j].g === g) j++;
    sh.set(h0, c, g); sh.merge(h0, c, h0, c + (j - i) - 1);
    for (let k = i; k < j; k++) {
      const col = cols[k]; colOf[col.key] = c + (k - i);
      if (col.sub) continue;
      sh.set(h0 + 1, c + (k - i), col.label);
      if (col.sum && depth === 3) { sh.set(h0 + 1, c + (k - i), col.label); sh.merge(h0 + 1, c + (k - i), h0 + 1, c + (k - i) + 2); sh.set(h0 + 2, c + (k - i), '小计'); }
      else if (depth === 3) sh.merge(h0 + 1, c + (k - i), h0 + 2, c + (k - i));
    }
    for (let k = i; k < j; k++) if (cols[k].sub) sh.set(h0 + 2, c + (k - i), cols[k].label);
    c += j - i; i = j;
  }
  r = h0 + depth;
  if (chance(0.25)) { // column-number row 甲 1 2 3
    if (seq) sh.set(r, 1, '');
    sh.set(r, c0, '甲'); cols.forEach((col, k) => sh.set(r, c0 + 1 + k, k + 1)); r++;
  }
  const rows = []; // {r, data, level, name}
  function writeRow(name, data) {
    sh.set(r, c0, name);
    for (const col of cols) {
      const cc = colOf[col.key];
      if (col.rate) { const den = data[col.rate[1]]; sh.rate(r, cc, den ? r2(data[col.rate[0]] / den * 100, d) : null, d); }
      else sh.count(r, cc, data[col.key]);
    }
    return r++;
  }
  const totLabel = pick(['合计', '总计', `全${ctx.level === 'county' ? '县' : ctx.level === 'city' ? '市' : '省'}合计`, `全${ctx.level === 'county' ? '县' : ctx.level === 'city' ? '市' : '省'}`]);
  let totR = null;
  if (totPos === 'top') totR = writeRow(totLabel, total);
  const leafOrSub = []; const subs = [];
  const gStyle = pick(['cn', 'plain', 'xiaoji']);
  let ind = pick(['', '  ', '　　']); const numL = chance(0.3);
  if (subStyle === 'head' && gStyle !== 'cn' && !ind && !numL) ind = '　　';
  const leafRows = [];
  groups.forEach((g, gi) => {
    if (!g.leaves) { if (seq) sh.set(r, 1, gi + 1); const rr = writeRow(g.name, g.data); leafOrSub.push(rr); return; }
    let subR;
    const gl = seq ? g.name : gStyle === 'cn' ? `${CN[gi]}、${g.name}` : gStyle === 'xiaoji' && subStyle === 'head' ? g.name + '小计' : g.name;
    if (subStyle === 'head') { if (seq) sh.set(r, 1, CN[gi]); subR = writeRow(gl, g.data); }
    else { if (seq) sh.set(r, 1, CN[gi]); sh.set(r, c0, gl); r++; }
    const lrows = g.leaves.map((l, li) => { if (seq) sh.set(r, 1, li + 1); return writeRow(ind + (numL ? `${li + 1}.` : '') + l.name, l.data); });
    if (subStyle === 'after') subR = writeRow(pick(['小计', `${g.name}小计`]), g.data);
    subs.push({ subR, lrows }); leafOrSub.push(subR); leafRows.push(...lrows);
  });
  if (totPos === 'bottom') totR = writeRow(totLabel, total);
  // relations
  for (const col of cols) {
    const cc = colOf[col.key];
    const all = [totR, ...subs.flatMap((s) => [s.subR, ...s.lrows]), ...leafOrSub];
    if (col.rate) {
      for (const rr of new Set(all)) if ((rr === totR ? total : null) !== undefined) {
        sh.rel({ t: 'rate', cell: A(rr, cc), num: A(rr, colOf[col.rate[0]]), den: A(rr, colOf[col.rate[1]]), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6, kind: col.share ? 'share' : 'rate' });
      }
      continue;
    }
    sh.rel({ t: 'sum', total: A(totR, cc), parts: (subs.length ? leafRows : leafOrSub).map((x) => A(x, cc)), tol: 1e-6, kind: 'total' });
    for (const s of subs) sh.rel({ t: 'sum', total: A(s.subR, cc), parts: s.lrows.map((x) => A(x, cc)), tol: 1e-6, kind: 'subtotal' });
    for (const rr of new Set(all)) {
      if (col.le && colOf[col.le]) sh.rel({ t: 'le', whole: A(rr, colOf[col.le]), parts: [A(rr, cc)], tol: 1e-6, kind: 'part' });
      if (col.sum) sh.rel({ t: 'sum', total: A(rr, cc), parts: col.sum.map((k) => A(rr, colOf[k])), tol: 1e-6, kind: 'total' });
    }
  }
  r = notes(sh, r, ncol, shuffle(NOTE_POOL).slice(0, ri(0, 2)));
  if (chance(0.6)) signoff(sh, r);
}

// ---------- Type B: indicators as rows, regions as columns ----------
function typeB(sh, ctx) {
  const d = D();
  const lvl = ctx.level;
  const regs = shuffle(lvl === 'county' ? STREETS : lvl === 'city' ? COUNTIES : CITIES).slice(0, ri(3, 9)).map((x) => lvl === 'county' ? x + pick(['街道', '镇']) : x);
  const data = regs.map(() => unitData(lvl === 'county' ? [5, 60] : lvl === 'city' ? [40, 400] : [300, 3000]));
  const tot = addData(data);
  const totFirst = chance(0.7);
  const unitCol = chance(0.5);
  const totName = pick(['合计', `全${lvl === 'county' ? '县' : lvl === 'city' ? '市' : '省'}`, '总计']);
  const all = totFirst ? [tot, ...data] : [...data, tot];
  const names = totFirst ? [totName, ...regs] : [...regs, totName];
  const num = chance(0.6);
  const dropWy = chance(0.4);
  const ind = [
    { lab: (num ? '一、' : '') + '住宅小区总数', key: 'n', u: '个' },
    { lab: '    其中：实行物业管理的小区', key: 'wy', u: '个', le: 'n' },
    { lab: '          已建立党组织的小区', key: 'dzz', u: '个', le: 'n' },
    { lab: '    小区党组织覆盖率', rate: ['dzz', 'n'], u: '%' },
    { lab: (num ? '二、' : '') + '物业服务企业数', key: 'qy', u: '家' },
    { lab: '    其中：已建立党组织的', key: 'jl', u: '家', le: 'qy', sum: ['dj', 'lh'] },
    { lab: '      （1）单独组建', key: 'dj', u: '家' },
    { lab: '      （2）联合组建', key: 'lh', u: '家' },
    { lab: '    物业企业党组织覆盖率', rate: ['jl', 'qy'], u: '%' },
    { lab: (num ? '三、' : '') + '业主委员会数', key: 'ywh', u: '个' },
    { lab: '    其中：党员担任主任的', key: 'dyzr', u: '个', le: 'ywh' },
    { lab: '    党员担任主任占比', rate: ['dyzr', 'ywh'], u: '%', share: true },
    { lab: (num ? '四、' : '') + '“双向进入、交叉任职”人数', key: 'jc', u: '人' },
  ].filter((x) => !(x.key === 'wy' && dropWy));
  if (dropWy) ind.find((x) => x.key === 'dzz').lab = '    其中：已建立党组织的小区';
  const ncol = 1 + (unitCol ? 1 : 0) + names.length;
  let r = title(sh, `${ctx.place}${pick(['物业服务企业和小区党建', '红色物业', '小区党组织建设'])}情况${pick(['统计表', '一览表'])}`, ncol, { sub: chance(0.4) ? `${ctx.year}年${pick(['上半年', '第三季度', '度'])}` : null, unit: chance(0.5) ? null : unitLine() });
  sh.set(r, 1, '指标'); if (unitCol) sh.set(r, 2, '计量单位');
  const c0 = unitCol ? 3 : 2;
  names.forEach((n, k) => sh.set(r, c0 + k, n));
  r++;
  const rowOf = {};
  for (const it of ind) {
    sh.set(r, 1, it.lab); if (unitCol) sh.set(r, 2, it.u);
    rowOf[it.key || it.lab] = r;
    all.forEach((dd, k) => {
      if (it.rate) { const den = dd[it.rate[1]]; sh.rate(r, c0 + k, den ? r2(dd[it.rate[0]] / den * 100, d) : null, d); }
      else sh.count(r, c0 + k, dd[it.key]);
    });
    r++;
  }
  const tc = totFirst ? c0 : c0 + names.length - 1;
  const pcs = names.map((_, k) => c0 + k).filter((x) => x !== tc);
  for (const it of ind) {
    const rr = rowOf[it.key || it.lab];
    if (it.rate) { names.forEach((_, k) => sh.rel({ t: 'rate', cell: A(rr, c0 + k), num: A(rowOf[it.rate[0]], c0 + k), den: A(rowOf[it.rate[1]], c0 + k), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6, kind: it.share ? 'share' : 'rate' })); continue; }
    sh.rel({ t: 'sum', total: A(rr, tc), parts: pcs.map((x) => A(rr, x)), tol: 1e-6, kind: 'total' });
    names.forEach((_, k) => {
      if (it.le && rowOf[it.le]) sh.rel({ t: 'le', whole: A(rowOf[it.le], c0 + k), parts: [A(rr, c0 + k)], tol: 1e-6, kind: 'part' });
      if (it.sum) sh.rel({ t: 'sum', total: A(rr, c0 + k), parts: it.sum.map((x) => A(rowOf[x], c0 + k)), tol: 1e-6, kind: 'subtotal' });
    });
  }
  r = notes(sh, r, ncol, shuffle(NOTE_POOL).slice(0, ri(0, 2)));
  if (chance(0.5)) signoff(sh, r);
}

// ---------- Type C: quarterly 本季/累计 (running) ----------
function typeC(sh, ctx) {
  const lvl = ctx.level;
  const nq = ri(2, 4);
  const regs = shuffle(lvl === 'county' ? STREETS : lvl === 'city' ? COUNTIES : CITIES).slice(0, ri(4, 10)).map((x) => lvl === 'county' ? x + pick(['街道', '镇']) : x);
  const ind = pick(['新组建物业企业党组织', '新成立小区党支部', '新选派党建指导员', '新成立业委会', '开展“红色物业”活动']);
  const m = lvl === 'county' ? 6 : lvl === 'city' ? 30 : 150;
  const q = regs.map(() => Array.from({ length: nq }, () => (chance(0.12) ? 0 : ri(0, m))));
  const target = chance(0.5);
  const d = D();
  const ncol = 1 + nq * 2 + (target ? 2 : 0);
  let r = title(sh, `${ctx.year}年${ctx.place}${ind}情况${pick(['统计表', '进度表'])}`, ncol, { unit: pick(['单位：个', '单位：个、%', '单位：名']) });
  const h0 = r;
  sh.set(h0, 1, pick(['单位', '地区', '街道（镇）'])); sh.merge(h0, 1, h0 + 1, 1);
  const qn = ['一季度', '二季度', '三季度', '四季度'];
  for (let k = 0; k < nq; k++) { sh.set(h0, 2 + 2 * k, qn[k]); sh.merge(h0, 2 + 2 * k, h0, 3 + 2 * k); sh.set(h0 + 1, 2 + 2 * k, pick(['本季', '当季'])); sh.set(h0 + 1, 3 + 2 * k, pick(['累计', '累计数'])); }
  const tc = 2 + 2 * nq;
  if (target) { sh.set(h0, tc, '全年目标'); sh.merge(h0, tc, h0 + 1, tc); sh.set(h0, tc + 1, '完成率(%)'); sh.merge(h0, tc + 1, h0 + 1, tc + 1); }
  r = h0 + 2;
  const totTop = chance(0.5);
  const rowsData = regs.map((n, i) => ({ n, q: q[i], t: Math.max(1, Math.round(q[i].reduce((a, b) => a + b, 0) * (0.8 + rnd() * 0.8) + ri(1, 5))) }));
  const totD = { n: pick(['合计', '全市', '总计']), q: Array.from({ length: nq }, (_, k) => rowsData.reduce((a, x) => a + x.q[k], 0)), t: rowsData.reduce((a, x) => a + x.t, 0) };
  const order = totTop ? [totD, ...rowsData] : [...rowsData, totD];
  const rowIdx = [];
  for (const x of order) {
    sh.set(r, 1, x.n); let cum = 0;
    for (let k = 0; k < nq; k++) { cum += x.q[k]; sh.count(r, 2 + 2 * k, x.q[k]); sh.count(r, 3 + 2 * k, cum); }
    if (target) { sh.count(r, tc, x.t); sh.rate(r, tc + 1, r2(cum / x.t * 100, d), d); }
    rowIdx.push(r); r++;
  }
  const tr = totTop ? rowIdx[0] : rowIdx[rowIdx.length - 1];
  const prs = rowIdx.filter((x) => x !== tr);
  for (let c = 2; c < 2 + 2 * nq + (target ? 1 : 0); c++) sh.rel({ t: 'sum', total: A(tr, c), parts: prs.map((x) => A(x, c)), tol: 1e-6, kind: 'total' });
  for (const rr of rowIdx) {
    for (let k = 1; k < nq; k++) sh.rel({ t: 'sum', total: A(rr, 3 + 2 * k), parts: [A(rr, 1 + 2 * k), A(rr, 2 + 2 * k)], tol: 1e-6, kind: 'running' });
    sh.rel({ t: 'sum', total: A(rr, 3), parts: [A(rr, 2)], tol: 1e-6, kind: 'running' });
    if (target) sh.rel({ t: 'rate', cell: A(rr, tc + 1), num: A(rr, 1 + 2 * nq), den: A(rr, tc), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6, kind: 'rate' });
  }
  r = notes(sh, r, ncol, chance(0.5) ? ['注：累计数为年初至本季度末累计。'] : []);
  if (chance(0.5)) signoff(sh, r);
}

// ---------- Type D: year on year (growth, pp) ----------
function typeD(sh, ctx) {
  const lvl = ctx.level;
  const d = D(); const dg = D();
  const regs = shuffle(lvl === 'county' ? STREETS : lvl === 'city' ? COUNTIES : CITIES).slice(0, ri(4, 12)).map((x) => lvl === 'county' ? x + pick(['街道', '镇']) : x);
  const sc = lvl === 'county' ? [5, 60] : lvl === 'city' ? [40, 400] : [300, 3000];
  const mk = () => { const cur = unitData(sc); const prev = { n: Math.max(1, cur.n - ri(0, Math.ceil(cur.n * 0.1))) }; prev.dzz = Math.max(0, Math.min(prev.n, Math.round(cur.dzz * (0.6 + rnd() * 0.4)))); prev.ywh = Math.max(1, Math.round(cur.ywh * (0.6 + rnd() * 0.5))); prev.dyzr = Math.min(prev.ywh, Math.round(cur.dyzr * (0.5 + rnd() * 0.5))); return { cur, prev }; };
  const rows = regs.map((n) => ({ n, ...mk() }));
  const tot = { n: pick(['合计', '全市合计', '总计']), cur: addData(rows.map((x) => x.cur)), prev: addData(rows.map((x) => x.prev)) };
  const totTop = chance(0.6);
  const order = totTop ? [tot, ...rows] : [...rows, tot];
  const variant = pick(['cov', 'ywh']);
  // columns
  const cols = variant === 'cov'
    ? [['g1', '小区数'], ['c', '本年'], ['p', '上年'], ['g', pick(['比上年增长(%)', '增长(%)', '增幅%'])],
      ['g2', '已建党组织小区数'], ['c', '本年'], ['p', '上年'],
      ['g3', '党组织覆盖率(%)'], ['rc', '本年'], ['rp', '上年'], ['pp', pick(['增减（百分点）', '比上年提高（个百分点）', '增减百分点'])]]
    : [['g1', '业委会数'], ['c', '本年'], ['p', '上年'], ['g', pick(['比上年增长(%)', '同比增长（%）'])],
      ['g2', '其中：党员担任主任'], ['c', '本年'], ['p', '上年'], ['g', '增长(%)'],
      ['g3', '党员担任主任占比(%)'], ['rc', '本年'], ['rp', '上年'], ['pp', pick(['增减（百分点）', '提高百分点'])]];
  const ncol = 1 + cols.filter((x) => !x[0].startsWith('g') || x[0] === 'g').length;
  let r = title(sh, `${ctx.place}${variant === 'cov' ? '住宅小区党组织覆盖' : '业主委员会党建'}情况${pick(['对比表', '统计表'])}`, ncol, { sub: `（${ctx.year}年与${ctx.year - 1}年对比）`, unit: unitLine() });
  const h0 = r; sh.set(h0, 1, pick(['地区', '单位', '县（市、区）'])); sh.merge(h0, 1, h0 + 1, 1);
  let c = 2; const grp = [];
  for (const [k, lab] of cols) {
    if (k.startsWith('g') && k !== 'g') { grp.push({ lab, c, n: 0 }); continue; }
    grp[grp.length - 1].n++; sh.set(h0 + 1, c, lab); c++;
  }
  for (const g of grp) { sh.set(h0, g.c, g.lab); sh.merge(h0, g.c, h0, g.c + g.n - 1); }
  r = h0 + 2;
  const kA = variant === 'cov' ? ['n', 'dzz'] : ['ywh', 'dyzr'];
  for (const x of order) {
    sh.set(r, 1, x.n);
    let cc = 2;
    const gr = (a, b) => (b ? r2((a / b - 1) * 100, dg) : null);
    const rc = x.cur[kA[0]] ? r2(x.cur[kA[1]] / x.cur[kA[0]] * 100, d) : null;
    const rp = x.prev[kA[0]] ? r2(x.prev[kA[1]] / x.prev[kA[0]] * 100, d) : null;
    const cells = {};
    sh.count(r, cc, x.cur[kA[0]]); cells.c0 = A(r, cc++); sh.count(r, cc, x.prev[kA[0]]); cells.p0 = A(r, cc++);
    sh.rate(r, cc, gr(x.cur[kA[0]], x.prev[kA[0]]), dg); cells.g0 = A(r, cc++);
    sh.count(r, cc, x.cur[kA[1]]); cells.c1 = A(r, cc++); sh.count(r, cc, x.prev[kA[1]]); cells.p1 = A(r, cc++);
    if (variant === 'ywh') { sh.rate(r, cc, gr(x.cur[kA[1]], x.prev[kA[1]]), dg); cells.g1 = A(r, cc++); }
    sh.rate(r, cc, rc, d); cells.rc = A(r, cc++); sh.rate(r, cc, rp, d); cells.rp = A(r, cc++);
    sh.rate(r, cc, rc !== null && rp !== null ? r2(rc - rp, d) : null, d); cells.pp = A(r, cc++);
    x.cells = cells; x.r = r; r++;
  }
  const tr = tot.cells;
  for (const key of ['c0', 'p0', 'c1', 'p1']) sh.rel({ t: 'sum', total: tr[key], parts: rows.map((x) => x.cells[key]), tol: 1e-6, kind: 'total' });
  for (const x of order) {
    const cl = x.cells;
    sh.rel({ t: 'growth', cell: cl.g0, cur: cl.c0, prev: cl.p0, tol: 0.5 * Math.pow(10, -dg) + 1e-6, kind: 'growth' });
    if (cl.g1) sh.rel({ t: 'growth', cell: cl.g1, cur: cl.c1, prev: cl.p1, tol: 0.5 * Math.pow(10, -dg) + 1e-6, kind: 'growth' });
    sh.rel({ t: 'rate', cell: cl.rc, num: cl.c1, den: cl.c0, k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6, kind: variant === 'cov' ? 'rate' : 'share' });
    sh.rel({ t: 'rate', cell: cl.rp, num: cl.p1, den: cl.p0, k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6, kind: variant === 'cov' ? 'rate' : 'share' });
    sh.rel({ t: 'pp', cell: cl.pp, cur: cl.rc, prev: cl.rp, tol: 0.5 * Math.pow(10, -d) + 1e-6, kind: 'pp' });
    sh.rel({ t: 'le', whole: cl.c0, parts: [cl.c1], tol: 1e-6, kind: 'part' });
  }
  r = notes(sh, r, ncol, shuffle(NOTE_POOL).slice(0, ri(0, 1)));
  if (chance(0.4)) signoff(sh, r);
}

// ---------- Type E: monthly rows, 本月/累计 ----------
function typeE(sh, ctx) {
  const inds = shuffle(['新建小区党支部', '新建物业企业党组织', '党员业委会主任', '社区“两委”交叉任职', '办理民生实事']).slice(0, ri(1, 3));
  const nm = ri(3, 12);
  const m = ctx.level === 'county' ? 5 : ctx.level === 'city' ? 25 : 120;
  const ncol = 1 + inds.length * 2;
  let r = title(sh, `${ctx.place}${ctx.year}年红色物业工作月度进展表`, ncol, { unit: '单位：个' });
  const h0 = r; sh.set(h0, 1, '月份'); sh.merge(h0, 1, h0 + 1, 1);
  inds.forEach((x, k) => { sh.set(h0, 2 + 2 * k, x); sh.merge(h0, 2 + 2 * k, h0, 3 + 2 * k); sh.set(h0 + 1, 2 + 2 * k, '本月'); sh.set(h0 + 1, 3 + 2 * k, '累计'); });
  r = h0 + 2;
  const cum = inds.map(() => 0);
  const r0 = r;
  for (let mo = 1; mo <= nm; mo++) {
    sh.set(r, 1, `${mo}月`);
    inds.forEach((_, k) => { const v = chance(0.15) ? 0 : ri(0, m); cum[k] += v; sh.count(r, 2 + 2 * k, v); sh.count(r, 3 + 2 * k, cum[k]); });
    if (mo === 1) inds.forEach((_, k) => sh.rel({ t: 'sum', total: A(r, 3 + 2 * k), parts: [A(r, 2 + 2 * k)], tol: 1e-6, kind: 'running' }));
    else inds.forEach((_, k) => sh.rel({ t: 'sum', total: A(r, 3 + 2 * k), parts: [A(r - 1, 3 + 2 * k), A(r, 2 + 2 * k)], tol: 1e-6, kind: 'running' }));
    r++;
  }
  if (chance(0.5)) { sh.set(r, 1, '合计'); inds.forEach((_, k) => { sh.count(r, 2 + 2 * k, cum[k]); sh.set(r, 3 + 2 * k, pick(['—', null])); sh.rel({ t: 'sum', total: A(r, 2 + 2 * k), parts: Array.from({ length: nm }, (_, i) => A(r0 + i, 2 + 2 * k)), tol: 1e-6, kind: 'total' }); }); r++; }
  notes(sh, r, ncol, []);
}

// ---------- plants ----------
const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
function broken(sh) { return sh.rels.filter((rl) => { const e = evalRel(rl, (a) => sh.get(a)); return e !== null && e > 0; }); }
function numOf(v) { if (v === null || v === undefined || v === '—') return 0; return Number(v); }
function plant(sheets, kind) {
  for (let tries = 0; tries < 300; tries++) {
    const sh = pick(sheets);
    const rels = sh.rels;
    let cands = [];
    if (kind === 'part') cands = rels.filter((x) => x.t === 'sum' && (x.kind === 'total' || x.kind === 'subtotal') && x.parts.length > 1).map((x) => pick(x.parts));
    else if (kind === 'total' || kind === 'subtotal' || kind === 'running') cands = rels.filter((x) => x.t === 'sum' && x.kind === kind).map((x) => x.total);
    else cands = rels.filter((x) => x.kind === kind && x.cell).map((x) => x.cell);
    if (!cands.length) continue;
    const cell = pick(cands);
    const was = sh.get(cell);
    if (was === '—' || was === null || was === undefined) continue;
    const v = numOf(was);
    let nv;
    if (['rate', 'share'].includes(kind)) { nv = v + (chance(0.5) ? 1 : -1) * ri(3, 12); if (nv > 100 || nv < 0) nv = v - (nv - v); if (nv < 0 || nv > 100) continue; }
    else if (kind === 'growth') nv = v + (chance(0.5) ? 1 : -1) * ri(3, 15);
    else if (kind === 'pp') nv = v + (chance(0.5) ? 1 : -1) * ri(15, 60) / 10;
    else { if (v < 4) continue; const dl = Math.max(1, Math.round(v * (0.05 + rnd() * 0.25))); nv = chance(0.5) || v - dl < 0 ? v + dl : v - dl; }
    const dec = typeof was === 'number' ? (String(was).split('.')[1] || '').length : (String(was).split('.')[1] || '').length;
    const dd = Math.max(dec, ['rate', 'share', 'growth', 'pp'].includes(kind) ? 1 : 0);
    nv = r2(nv, dd);
    const now = typeof was === 'string' ? nv.toFixed(dd) : nv;
    sh.cells.set(cell, now);
    const b = broken(sh);
    if (b.length === 1 && relCells(b[0]).includes(cell) && evalRel(b[0], (a) => sh.get(a)) > (['pp', 'rate', 'share', 'growth'].includes(kind) ? 1 : 0.9)) return { sheet: sh.name, cell, was, now, kind };
    sh.cells.set(cell, was);
  }
  return null;
}

// ---------- book ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, v] of sh.cells) { if (v === null || v === undefined) continue; const c = ws.getCell(a); c.value = v; if (sh.fmt.has(a) && typeof v === 'number') c.numFmt = sh.fmt.get(a); }
    for (const m of sh.merges) { try { ws.mergeCells(m[0], m[1], m[2], m[3]); } catch (e) { /* overlap */ } }
    ws.getColumn(1).width = 24;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const N = Number(COUNTS);
  const dir = path.join(OUT, SET); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  const cleanOnly = VARIANT === 'hunt' || VARIANT === 'huntb';
  const used_ = {};
  for (let i = 0; i < N; i++) {
    const level = pick(['county', 'county', 'city', 'city', 'province']);
    const place = level === 'county' ? pick(['临河县', '平安县', '城东区', '永宁县']) : level === 'city' ? pick(CITIES) : pick(['本省', '全省']);
    const ctx = { level, place, year: pick([2022, 2023, 2024]) };
    const types = shuffle(['A', 'A', 'B', 'C', 'D', 'E']).slice(0, ri(1, 4));
    const sheets = []; const used = new Set();
    const SHN = { A: ['覆盖情况', '表1', '小区党建', '汇总表', 'Sheet1'], B: ['分地区', '表2', '基本情况', '按县区'], C: ['季度进展', '表3', '本季累计'], D: ['同比', '对比', '表4'], E: ['月报', '月度', '表5'] };
    for (const t of types) { let n = pick(SHN[t]); while (used.has(n)) n += '1'; used.add(n); const sh = new Sh(n); ({ A: typeA, B: typeB, C: typeC, D: typeD, E: typeE })[t](sh, ctx); sheets.push(sh); }
    for (const sh of sheets) { const b = broken(sh); if (b.length) { console.error('GEN BUG', SET, i, sh.name, JSON.stringify(b[0])); } }
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${ctx.place}.xlsx`;
    let plants = [];
    if (!cleanOnly && i % 2 === 1) {
      let p = null;
      const order = KINDS.slice().sort((a, b) => (used_[a] || 0) - (used_[b] || 0) || rnd() - 0.5);
      for (const k of order) { p = plant(sheets, k); if (p) break; }
      if (!p) { i--; continue; }
      used_[p.kind] = (used_[p.kind] || 0) + 1;
      plants = [p];
    }
    await writeBook(path.join(dir, file), sheets);
    fs.writeFileSync(path.join(OUT, 'rel', file + '.json'), JSON.stringify(sheets.map((s) => ({ sheet: s.name, rels: s.rels })), null, 0));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})();
