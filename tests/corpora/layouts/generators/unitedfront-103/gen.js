// node gen.js OUTDIR SET SEED NCLEAN NPLANT
// Generates united-front (统战) statistics workbooks: 非公有制经济人士 / 新的社会阶层人士.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const [, , OUT, SET, SEEDS, NC, NP] = process.argv;
let seed = Number(SEEDS) >>> 0;
const VAR = Number(process.env.VAR || 0);
function rnd() { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const round = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

const CITIES = ['临川市', '青溪市', '安平市', '江宁市', '南屏市', '云阳市', '北岭市', '汉川市'];
const COUNTIES = ['城关区', '东城区', '西城区', '新华区', '高新区', '经开区', '永宁县', '安乐县', '清河县', '平阳县', '石门县', '长乐县', '桃源县', '龙泉县', '凤山县', '白水县', '丰城市', '福安市'];
const TOWNS = ['城关街道', '东关街道', '西关街道', '南湖街道', '北苑街道', '新城街道', '太平镇', '龙山镇', '石桥镇', '马坊镇', '三河镇', '柳林镇', '白沙乡', '红旗乡', '青山乡', '黄土乡', '双庙镇', '高家镇'];
const GROUPS = ['民营企业和外资企业管理技术人员', '中介组织和社会组织从业人员', '自由职业人员', '新媒体从业人员'];
const NUMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];

function colName(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colName(c) + r;

class Sh {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.cands = []; this.textP = chance(0.25) ? 0.3 : 0; this.widths = {}; }
  set(r, c, v) { this.cells.set(A(r, c), { r, c, v }); }
  num(r, c, v, opt = {}) { // numeric figure, maybe text, maybe dash for zero
    let out = v;
    if (v === 0 && opt.zeroStyle) out = opt.zeroStyle === 'blank' ? null : opt.zeroStyle;
    else if (this.textP && chance(this.textP)) out = opt.d != null ? v.toFixed(opt.d) : (VAR === 1 && Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(v));
    if (out !== null) this.set(r, c, out);
    if (opt.d != null && typeof out === 'number') this.fmt = this.fmt || {}, (this.fmt[A(r, c)] = '0.' + '0'.repeat(opt.d));
    return A(r, c);
  }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(o) { this.rels.push(o); }
  cand(cell, kind) { this.cands.push({ cell, kind }); }
}

function titleBlock(sh, title, ncol, unit) {
  let r = 1;
  if (chance(0.2)) { sh.set(r, 1, '附件' + ri(1, 4)); r++; }
  sh.set(r, 1, title); sh.merge(r, 1, r, ncol); r++;
  if (chance(0.85)) {
    const u = unit;
    if (chance(0.5)) { sh.set(r, 1, '填报单位：' + pick(['中共', '']) + pick(CITIES) + '委统战部'); sh.set(r, Math.max(2, ncol - 1), u); }
    else sh.set(r, chance(0.5) ? 1 : ncol, u);
    r++;
  }
  return r;
}
function footer(sh, r, ncol) {
  r++;
  if (chance(0.6)) { sh.set(r, 1, '注：' + pick(['1.本表统计口径为辖区内登记注册的民营企业出资人。2.占比均按四舍五入保留小数。', '本表数据截至' + ri(2021, 2024) + '年12月31日。', '“—”表示无此项数据或数据为零。', '人大代表、政协委员含全国、省、市、县四级。'])); r++; }
  if (chance(0.7)) sh.set(r, 1, '填报人：' + pick(PEOPLE) + '    审核人：' + pick(PEOPLE) + '    填报日期：' + ri(2022, 2025) + '年' + ri(1, 12) + '月' + ri(1, 28) + '日');
}
function nameStyle(level, i, name, style) {
  // style chosen once per sheet
  if (level === 0) return name;
  if (style === 'indent') return '  '.repeat(level) + name;
  if (style === 'num') return level === 1 ? NUMS[i] + '、' + name : '（' + NUMS[i] + '）' + name;
  if (style === 'arabic') return level === 1 ? (i + 1) + '.' + name : '（' + (i + 1) + '）' + name;
  return name;
}

// person figures for one region
function personData(scale) {
  const firms = Math.round(ri(40, 900) * scale);
  const inv = Math.round(firms * (1.1 + rnd() * 0.6));
  const party = Math.round(inv * (0.08 + rnd() * 0.2));
  const npc = Math.round(inv * rnd() * 0.03);
  const cppcc = Math.round(inv * rnd() * 0.04);
  const a1 = Math.round(inv * (0.15 + rnd() * 0.15)), a3 = Math.round(inv * (0.15 + rnd() * 0.2));
  const a2 = inv - a1 - a3;
  const e1 = Math.round(inv * rnd() * 0.06), e2 = Math.round(inv * (0.15 + rnd() * 0.2)), e3 = Math.round(inv * (0.2 + rnd() * 0.15));
  const e4 = inv - e1 - e2 - e3;
  const prevInv = Math.round(inv / (0.85 + rnd() * 0.35));
  const prevFirms = Math.round(firms / (0.85 + rnd() * 0.35));
  return { firms, inv, party, npc, cppcc, a1, a2, a3, e1, e2, e3, e4, prevInv, prevFirms };
}
function addData(list) {
  const o = {};
  for (const k of Object.keys(list[0])) o[k] = list.reduce((a, x) => a + x[k], 0);
  return o;
}

// ---- Sheet type A: regions as rows, 非公有制经济人士 基本情况 (optionally hierarchical county -> towns)
function sheetA(name, place) {
  const sh = new Sh(name);
  const hier = chance(VAR === 1 ? 0.7 : 0.35);
  const d = pick([1, 1, 2]);
  const pctFmt = VAR === 3 && chance(0.5);
  const hasAge = chance(0.7), hasRate = chance(0.7), hasPrev = chance(0.4), hasSeq = chance(0.4);
  const style = pick(['indent', 'num', 'plain', 'arabic']);
  const zeroStyle = pick(['—', 'blank', null, '-']);
  // columns
  const cols = [];
  if (hasSeq) cols.push({ k: 'seq', h1: '序号' });
  cols.push({ k: 'name', h1: hier ? '县（市、区）/乡镇（街道）' : pick(['地区', '县（市、区）', '单位']) });
  cols.push({ k: 'firms', h1: '民营企业数（户）' });
  if (hasPrev) cols.push({ k: 'prevInv', h1: '出资人数（人）', h2: '上年' }, { k: 'inv', h1: '出资人数（人）', h2: '本年' }, { k: 'invG', h1: '出资人数（人）', h2: '比上年增长（%）' });
  else cols.push({ k: 'inv', h1: '出资人数（人）' });
  const qz = pick(['其中', '其中：']);
  cols.push({ k: 'party', h1: qz, h2: '党员' }, { k: 'npc', h1: qz, h2: '人大代表' }, { k: 'cppcc', h1: qz, h2: '政协委员' });
  if (hasAge) cols.push({ k: 'a1', h1: '年龄结构', h2: '35岁及以下' }, { k: 'a2', h1: '年龄结构', h2: '36-50岁' }, { k: 'a3', h1: '年龄结构', h2: '51岁及以上' });
  if (hasRate) cols.push({ k: 'rate', h1: pick(['党员占比（%）', '党员比例(%)', '党员占出资人比重（%）']) });
  const twoRow = chance(0.75);
  const flat = { prevInv: '上年出资人数（人）', inv: '出资人数（人）', invG: '出资人数比上年增长（%）', party: '其中：党员', npc: '人大代表', cppcc: '政协委员', a1: '35岁及以下', a2: '36-50岁', a3: '51岁及以上' };
  if (!twoRow) for (const c of cols) if (c.h2) c.h1 = flat[c.k], c.h2 = null;
  const ncol = cols.length;
  let r = titleBlock(sh, (place + (hier ? '各县区及乡镇（街道）' : '各县（市、区）')) + pick(['非公有制经济人士基本情况统计表', '民营企业出资人情况表', '非公有制经济代表人士队伍情况']), ncol, '单位：户、人');
  // header
  cols.forEach((c, i) => { sh.set(r, i + 1, c.h1); if (twoRow) { if (c.h2) sh.set(r + 1, i + 1, c.h2); else sh.merge(r, i + 1, r + 1, i + 1); } });
  if (twoRow) { let i = 0; while (i < ncol) { let j = i; if (cols[i].h2) { while (j + 1 < ncol && cols[j + 1].h1 === cols[i].h1 && cols[j + 1].h2) j++; if (j > i) sh.merge(r, i + 1, r, j + 1); } i = j + 1; } }
  r += twoRow ? 2 : 1;
  if (chance(0.2)) { let n = 0, l = 0; cols.forEach((c, i) => sh.set(r, i + 1, c.k === 'name' || c.k === 'seq' ? '甲乙'[l++] : ++n)); r++; }
  // data
  const counties = shuffle(COUNTIES).slice(0, hier ? ri(2, 4) : ri(4, 10));
  const groups = counties.map((cn) => {
    if (!hier) return { name: cn, d: personData(1), kids: [] };
    const kids = shuffle(TOWNS).slice(0, ri(2, 5)).map((t) => ({ name: t, d: personData(0.2) }));
    return { name: cn, d: addData(kids.map((k) => k.d)), kids };
  });
  const tot = { name: pick(['合计', '总计', '全市', '全省合计']), d: addData(groups.map((g) => g.d)) };
  const rows = [];
  const totTop = chance(0.5);
  if (totTop) rows.push({ ...tot, lvl: 0, role: 'total' });
  const subLabel = chance(0.5), subBottom = hier && !totTop && subLabel && chance(0.5);
  groups.forEach((g, gi) => {
    if (!hier) rows.push({ name: nameStyle(1, gi, g.name, style), d: g.d, lvl: 1, role: 'part' });
    else {
      const sub = { name: nameStyle(1, gi, g.name, style) + (subLabel ? pick(['小计', '（小计）']) : ''), d: g.d, lvl: 1, role: 'sub', kids: [] };
      if (!subBottom) rows.push(sub);
      g.kids.forEach((k, ki) => { const row = { name: nameStyle(2, ki, k.name, style === 'plain' ? 'indent' : style), d: k.d, lvl: 2, role: 'part' }; sub.kids.push(row); rows.push(row); });
      if (subBottom) { sub.name = g.name + '小计'; rows.push(sub); }
    }
  });
  if (!totTop) rows.push({ ...tot, lvl: 0, role: 'total' });
  const ci = (k) => cols.findIndex((c) => c.k === k) + 1;
  rows.forEach((row, i) => { row.r = r + i; });
  let seqN = 0;
  for (const row of rows) {
    const rr = row.r, dd = row.d;
    for (const c of cols) {
      const cc = ci(c.k);
      if (c.k === 'seq') { if (row.role !== 'total' && (row.lvl === 1 || !hier)) sh.set(rr, cc, ++seqN); continue; }
      if (c.k === 'name') { sh.set(rr, cc, row.name); continue; }
      if (c.k === 'rate' && pctFmt) { const v = round(dd.party / dd.inv, d + 2); sh.set(rr, cc, v); sh.fmt = sh.fmt || {}; sh.fmt[A(rr, cc)] = '0.' + '0'.repeat(d) + '%'; sh.rel({ t: 'rate', cell: A(rr, cc), num: A(rr, ci('party')), den: A(rr, ci('inv')), k: 1, tol: 0.5 * Math.pow(10, -d - 2) + 1e-9 }); continue; }
      if (c.k === 'rate') { const v = round(dd.party / dd.inv * 100, d); sh.num(rr, cc, v, { d }); sh.rel({ t: 'rate', cell: A(rr, cc), num: A(rr, ci('party')), den: A(rr, ci('inv')), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6 }); sh.cand(A(rr, cc), 'rate'); continue; }
      if (c.k === 'invG') { const v = round((dd.inv / dd.prevInv - 1) * 100, 1); sh.num(rr, cc, v, { d: 1 }); sh.rel({ t: 'growth', cell: A(rr, cc), cur: A(rr, ci('inv')), prev: A(rr, ci('prevInv')), tol: 0.05 + 1e-6 }); sh.cand(A(rr, cc), 'growth'); continue; }
      sh.num(rr, cc, dd[c.k], { zeroStyle });
      sh.cand(A(rr, cc), row.role === 'total' ? 'total' : row.role === 'sub' ? 'subtotal' : 'part');
    }
    if (hasAge) sh.rel({ t: 'sum', total: A(rr, ci('inv')), parts: ['a1', 'a2', 'a3'].map((k) => A(rr, ci(k))), tol: 0 });
    for (const k of ['party', 'npc', 'cppcc']) sh.rel({ t: 'le', whole: A(rr, ci('inv')), parts: [A(rr, ci(k))], tol: 0 });
  }
  // column sums
  const sumCols = cols.filter((c) => !['seq', 'name', 'rate', 'invG'].includes(c.k));
  const totRow = rows.find((x) => x.role === 'total');
  const level1 = rows.filter((x) => x.lvl === 1);
  for (const c of sumCols) {
    const cc = ci(c.k);
    sh.rel({ t: 'sum', total: A(totRow.r, cc), parts: level1.map((x) => A(x.r, cc)), tol: 0 });
    for (const s of rows.filter((x) => x.role === 'sub')) sh.rel({ t: 'sum', total: A(s.r, cc), parts: s.kids.map((x) => A(x.r, cc)), tol: 0 });
  }
  footer(sh, r + rows.length, ncol);
  return sh;
}

// ---- Sheet type B: 新的社会阶层人士 by group (groups as rows)
function sheetB(name, place) {
  const sh = new Sh(name);
  const style = pick(['indent', 'num', 'plain']);
  const d = pick([1, 2]);
  const hasShare = chance(0.8), hasPrevShare = hasShare && chance(0.5), hasGrowth = chance(0.7), hasDiff = chance(0.6), hasSub = chance(0.5);
  const cols = [{ k: 'name', h: pick(['类别', '群体', '项目']) }, { k: 'cur', h: pick(['本年人数', '本年', ri(2022, 2024) + '年']) }, { k: 'prev', h: pick(['上年人数', '上年', '上年同期']) }];
  if (hasDiff) cols.push({ k: 'diff', h: '增减（人）' });
  if (hasGrowth) cols.push({ k: 'g', h: pick(['比上年增长（%）', '增长（%）', '增幅(%)']) });
  if (hasShare) cols.push({ k: 'share', h: pick(['占比（%）', '占总数比重（%）', '构成（%）']) });
  if (hasPrevShare) cols.push({ k: 'pshare', h: '上年占比（%）' }, { k: 'pp', h: '增减（百分点）' });
  const ncol = cols.length;
  let r = titleBlock(sh, place + pick(['新的社会阶层人士统计表', '新的社会阶层人士分布情况', '新阶层人士队伍基本情况表']), ncol, '单位：人、%');
  cols.forEach((c, i) => sh.set(r, i + 1, c.h)); r++;
  // data
  const items = GROUPS.map((g) => { const cur = ri(800, 30000); return { name: g, cur, prev: Math.round(cur / (0.8 + rnd() * 0.4)), kids: [] }; });
  if (hasSub) {
    const it = items[1];
    const k1 = Math.round(it.cur * (0.1 + rnd() * 0.2)), k2 = Math.round(it.cur * (0.05 + rnd() * 0.15));
    if (VAR === 2) { const m = items[3], k3 = Math.round(m.cur * (0.2 + rnd() * 0.3)); m.kids = [{ name: '网络主播', cur: k3, prev: Math.round(k3 / (0.7 + rnd() * 0.5)) }]; }
    it.kids = [{ name: '律师', cur: k1, prev: Math.round(k1 / (0.85 + rnd() * 0.3)) }, { name: '注册会计师', cur: k2, prev: Math.round(k2 / (0.85 + rnd() * 0.3)) }];
  }
  const tot = { name: pick(['合计', '总计', '新的社会阶层人士总数']), cur: items.reduce((a, x) => a + x.cur, 0), prev: items.reduce((a, x) => a + x.prev, 0) };
  const totTop = chance(VAR === 2 ? 0.3 : 0.7);
  const rows = [];
  if (totTop) rows.push({ ...tot, role: 'total' });
  items.forEach((it, i) => {
    rows.push({ ...it, name: nameStyle(1, i, it.name, style), role: 'part' });
    it.kids.forEach((k, j) => rows.push({ ...k, name: (style === 'indent' ? '    ' : '') + (j === 0 ? '其中：' : (style === 'indent' ? '' : '      ')) + k.name, role: 'kid', parent: rows.length - 1 - j }));
  });
  if (!totTop) rows.push({ ...tot, role: 'total' });
  const ci = (k) => cols.findIndex((c) => c.k === k) + 1;
  rows.forEach((row, i) => { row.r = r + i; });
  const totRow = rows.find((x) => x.role === 'total');
  for (const row of rows) {
    const rr = row.r;
    for (const c of cols) {
      const cc = ci(c.k);
      if (c.k === 'name') { sh.set(rr, cc, row.name); continue; }
      if (c.k === 'cur' || c.k === 'prev') { sh.num(rr, cc, row[c.k]); sh.cand(A(rr, cc), row.role === 'total' ? 'total' : 'part'); continue; }
      if (c.k === 'diff') { sh.num(rr, cc, row.cur - row.prev); sh.rel({ t: 'pp', cell: A(rr, cc), cur: A(rr, ci('cur')), prev: A(rr, ci('prev')), tol: 0 }); sh.cand(A(rr, cc), 'pp'); continue; }
      if (c.k === 'g') { sh.num(rr, cc, round((row.cur / row.prev - 1) * 100, d), { d }); sh.rel({ t: 'growth', cell: A(rr, cc), cur: A(rr, ci('cur')), prev: A(rr, ci('prev')), tol: 0.5 * Math.pow(10, -d) + 1e-6 }); sh.cand(A(rr, cc), 'growth'); continue; }
      if (c.k === 'share' || c.k === 'pshare') {
        const src = c.k === 'share' ? 'cur' : 'prev';
        const v = row.role === 'total' ? 100 : round(row[src] / tot[src] * 100, d);
        row[c.k] = v;
        sh.num(rr, cc, v, { d });
        if (row.role !== 'total') { sh.rel({ t: 'rate', cell: A(rr, cc), num: A(rr, ci(src)), den: A(totRow.r, ci(src)), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6 }); sh.cand(A(rr, cc), 'share'); }
        continue;
      }
      if (c.k === 'pp') {
        const raw = VAR === 3 ? (row.role === 'total' ? 0 : row.cur / tot.cur * 100 - row.prev / tot.prev * 100) : row.share - row.pshare;
        const v = round(raw, d); sh.num(rr, cc, v, { d });
        sh.rel({ t: 'pp', cell: A(rr, cc), cur: A(rr, ci('share')), prev: A(rr, ci('pshare')), tol: (VAR === 3 ? 1.5 : 0) * Math.pow(10, -d) + 1e-6 });
        if (row.role !== 'total') sh.cand(A(rr, cc), 'pp');
      }
    }
  }
  const parts = rows.filter((x) => x.role === 'part');
  for (const k of ['cur', 'prev', 'diff']) if (ci(k)) {
    sh.rel({ t: 'sum', total: A(totRow.r, ci(k)), parts: parts.map((x) => A(x.r, ci(k))), tol: 0 });
    for (const kid of rows.filter((x) => x.role === 'kid')) sh.rel({ t: 'le', whole: A(rows[kid.parent].r, ci(k === 'diff' ? 'cur' : k)), parts: [A(kid.r, ci(k === 'diff' ? 'cur' : k))], tol: 0 });
  }
  footer(sh, r + rows.length, ncol);
  return sh;
}

// ---- Sheet type C: regions as columns, indicators as rows (numbered)
function sheetC(name, place) {
  const sh = new Sh(name);
  const counties = shuffle(COUNTIES).slice(0, ri(3, 8));
  const data = counties.map(() => personData(1));
  const tot = addData(data);
  const totLeft = chance(0.7);
  const regs = totLeft ? [{ n: pick(['全市', '合计', '总计']), d: tot, t: true }, ...counties.map((c, i) => ({ n: c, d: data[i] }))] : [...counties.map((c, i) => ({ n: c, d: data[i] })), { n: pick(['合计', '全市合计']), d: tot, t: true }];
  const hasUnit = chance(0.6);
  const d = pick([1, 2]);
  const numbered = chance(0.6);
  const ind = [
    { k: 'firms', n: '民营企业数', u: '户', lvl: 1 },
    { k: 'inv', n: '民营企业出资人', u: '人', lvl: 1 },
    { k: 'party', n: '其中：中共党员', u: '人', lvl: 2 },
    { k: 'npc', n: '人大代表', u: '人', lvl: 2 },
    { k: 'cppcc', n: '政协委员', u: '人', lvl: 2 },
    { k: 'rate', n: '党员占出资人比例', u: '%', lvl: 1 },
    { k: 'age', n: '按年龄分', u: '', lvl: 1, head: true },
    { k: 'a1', n: '35岁及以下', u: '人', lvl: 2 },
    { k: 'a2', n: '36-50岁', u: '人', lvl: 2 },
    { k: 'a3', n: '51岁及以上', u: '人', lvl: 2 },
    { k: 'edu', n: '按学历分', u: '', lvl: 1, head: true },
    { k: 'e1', n: '研究生', u: '人', lvl: 2 },
    { k: 'e2', n: '大学本科', u: '人', lvl: 2 },
    { k: 'e3', n: '大专', u: '人', lvl: 2 },
    { k: 'e4', n: '高中及以下', u: '人', lvl: 2 },
  ];
  const useEdu = chance(0.6);
  const rowsI = ind.filter((x) => useEdu || !x.k.startsWith('e'));
  const ncol = 1 + (hasUnit ? 1 : 0) + regs.length;
  let r = titleBlock(sh, place + pick(['非公有制经济人士情况分县区统计', '民营经济人士队伍结构统计表']), ncol, hasUnit ? '' : '单位：户、人、%');
  sh.set(r, 1, '指标'); if (hasUnit) sh.set(r, 2, '单位');
  const c0 = hasUnit ? 3 : 2;
  regs.forEach((g, i) => sh.set(r, c0 + i, g.n)); r++;
  let top = 0, sub = 0;
  const rowOf = {};
  for (const it of rowsI) {
    let label = it.n;
    if (numbered) { if (it.lvl === 1) label = NUMS[top++] + '、' + it.n, sub = 0; else if (!it.n.startsWith('其中')) label = '  ' + it.n; else label = '  ' + it.n; }
    else if (it.lvl === 2) label = '    ' + it.n;
    if (!hasUnit && it.u && !it.head) label += '（' + it.u + '）';
    sh.set(r, 1, label); if (hasUnit) sh.set(r, 2, it.u);
    rowOf[it.k] = r;
    if (!it.head) regs.forEach((g, i) => {
      const cc = c0 + i;
      if (it.k === 'rate') { sh.num(r, cc, round(g.d.party / g.d.inv * 100, d), { d }); sh.cand(A(r, cc), 'rate'); }
      else { sh.num(r, cc, g.d[it.k], { zeroStyle: '—' }); sh.cand(A(r, cc), g.t ? 'total' : 'part'); }
    });
    r++;
  }
  const tc = c0 + regs.findIndex((g) => g.t);
  regs.forEach((g, i) => {
    const cc = c0 + i;
    const a = (k) => A(rowOf[k], cc);
    sh.rel({ t: 'rate', cell: a('rate'), num: a('party'), den: a('inv'), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6 });
    sh.rel({ t: 'sum', total: a('inv'), parts: [a('a1'), a('a2'), a('a3')], tol: 0 });
    if (useEdu) sh.rel({ t: 'sum', total: a('inv'), parts: [a('e1'), a('e2'), a('e3'), a('e4')], tol: 0 });
    for (const k of ['party', 'npc', 'cppcc']) sh.rel({ t: 'le', whole: a('inv'), parts: [a(k)], tol: 0 });
  });
  for (const it of rowsI) if (!it.head && it.k !== 'rate') sh.rel({ t: 'sum', total: A(rowOf[it.k], tc), parts: regs.map((g, i) => (g.t ? null : A(rowOf[it.k], c0 + i))).filter(Boolean), tol: 0 });
  footer(sh, r, ncol);
  return sh;
}

// ---- Sheet type D: 学历构成 by region rows with share and pp
function sheetD(name, place) {
  const sh = new Sh(name);
  const d = pick([1, 2]);
  const counties = shuffle(COUNTIES).slice(0, ri(4, 9));
  const data = counties.map(() => { const x = personData(1); const pr = personData(1); x.prevInv = pr.inv; x.prevHigh = pr.e1 + pr.e2 + pr.e3; return x; });
  const tot = addData(data);
  const hasPP = chance(0.7);
  const cols = [{ k: 'name', h1: '县（市、区）' }, { k: 'inv', h1: pick(['合计', '出资人总数', '人数合计']) }, { k: 'e1', h1: '学历构成', h2: '研究生' }, { k: 'e2', h1: '学历构成', h2: '本科' }, { k: 'e3', h1: '学历构成', h2: '大专' }, { k: 'e4', h1: '学历构成', h2: '高中及以下' }, { k: 'sh', h1: '大专及以上占比（%）', h2: '本年' }];
  if (hasPP) cols.push({ k: 'psh', h1: '大专及以上占比（%）', h2: '上年' }, { k: 'pp', h1: '大专及以上占比（%）', h2: '增减（百分点）' });
  else cols[cols.length - 1] = { k: 'sh', h1: '大专及以上占比（%）' };
  const ncol = cols.length;
  let r = titleBlock(sh, place + '民营企业出资人学历构成情况', ncol, '单位：人');
  cols.forEach((c, i) => { sh.set(r, i + 1, c.h1); if (c.h2) sh.set(r + 1, i + 1, c.h2); else sh.merge(r, i + 1, r + 1, i + 1); });
  sh.merge(r, 3, r, 6); if (hasPP) sh.merge(r, 7, r, 9);
  r += 2;
  const totTop = chance(0.5);
  const rows = counties.map((c, i) => ({ n: c, d: data[i] }));
  const T = { n: pick(['合计', '全市', '总计']), d: tot, t: true };
  if (totTop) rows.unshift(T); else rows.push(T);
  rows.forEach((row, i) => { row.r = r + i; });
  const ci = (k) => cols.findIndex((c) => c.k === k) + 1;
  for (const row of rows) {
    const rr = row.r, x = row.d;
    sh.set(rr, 1, row.n);
    for (const k of ['inv', 'e1', 'e2', 'e3', 'e4']) { sh.num(rr, ci(k), x[k]); sh.cand(A(rr, ci(k)), row.t ? 'total' : 'part'); }
    const s = round((x.e1 + x.e2 + x.e3) / x.inv * 100, d);
    sh.num(rr, ci('sh'), s, { d }); sh.cand(A(rr, ci('sh')), 'share');
    sh.rel({ t: 'sum', total: A(rr, ci('inv')), parts: ['e1', 'e2', 'e3', 'e4'].map((k) => A(rr, ci(k))), tol: 0 });
    // share of 大专及以上 = (e1+e2+e3)/inv: record as rate against a virtual? use le-free check: the sum relation below
    sh.rel({ t: 'rateSum', cell: A(rr, ci('sh')), nums: ['e1', 'e2', 'e3'].map((k) => A(rr, ci(k))), den: A(rr, ci('inv')), tol: 0.5 * Math.pow(10, -d) + 1e-6 });
    if (hasPP) {
      const ps = round(x.prevHigh / x.prevInv * 100, d);
      sh.num(rr, ci('psh'), ps, { d });
      sh.num(rr, ci('pp'), round(s - ps, d), { d });
      sh.rel({ t: 'pp', cell: A(rr, ci('pp')), cur: A(rr, ci('sh')), prev: A(rr, ci('psh')), tol: 1e-6 });
      sh.cand(A(rr, ci('pp')), 'pp');
    }
  }
  const T2 = rows.find((x) => x.t);
  for (const k of ['inv', 'e1', 'e2', 'e3', 'e4']) sh.rel({ t: 'sum', total: A(T2.r, ci(k)), parts: rows.filter((x) => !x.t).map((x) => A(x.r, ci(k))), tol: 0 });
  footer(sh, r + rows.length, ncol);
  return sh;
}

// ---- Sheet type E: 新阶层 by region rows, groups as columns with 上年合计/增减/增长
function sheetE(name, place) {
  const sh = new Sh(name);
  const counties = shuffle(COUNTIES).slice(0, ri(4, 10));
  const style = pick(['plain', 'num', 'indent']);
  const hasG = chance(0.7), hasDiff = chance(0.6);
  const cols = [{ k: 'name', h1: '地区' }, { k: 'tot', h1: '合计' }, ...GROUPS.map((g, i) => ({ k: 'g' + i, h1: pick(['其中', '按群体分']), h2: g })), { k: 'prev', h1: '上年合计' }];
  const grpH = cols[2].h1; for (let i = 2; i < 6; i++) cols[i].h1 = grpH;
  if (hasDiff) cols.push({ k: 'diff', h1: '增减' });
  if (hasG) cols.push({ k: 'gr', h1: '增长（%）' });
  const ncol = cols.length;
  let r = titleBlock(sh, place + '新的社会阶层人士分县区情况', ncol, '单位：人');
  cols.forEach((c, i) => { sh.set(r, i + 1, c.h1); if (c.h2) sh.set(r + 1, i + 1, c.h2); else sh.merge(r, i + 1, r + 1, i + 1); });
  sh.merge(r, 3, r, 6); r += 2;
  const data = counties.map((c) => { const g = GROUPS.map(() => ri(50, 4000)); if (chance(0.15)) g[3] = 0; const t = g.reduce((a, b) => a + b, 0); return { n: c, g, tot: t, prev: Math.round(t / (0.8 + rnd() * 0.4)) }; });
  const T = { n: pick(['合计', '全市', '总计']), g: GROUPS.map((_, i) => data.reduce((a, x) => a + x.g[i], 0)), t: true };
  T.tot = T.g.reduce((a, b) => a + b, 0); T.prev = data.reduce((a, x) => a + x.prev, 0);
  const rows = data.map((x, i) => ({ ...x, n: nameStyle(1, i, x.n, style) }));
  if (chance(0.5)) rows.unshift(T); else rows.push(T);
  rows.forEach((row, i) => { row.r = r + i; });
  const ci = (k) => cols.findIndex((c) => c.k === k) + 1;
  const zs = pick(['—', 'blank', null]);
  for (const row of rows) {
    const rr = row.r;
    sh.set(rr, 1, row.n);
    sh.num(rr, ci('tot'), row.tot); sh.cand(A(rr, ci('tot')), row.t ? 'total' : 'part');
    row.g.forEach((v, i) => { sh.num(rr, ci('g' + i), v, { zeroStyle: zs }); sh.cand(A(rr, ci('g' + i)), row.t ? 'total' : 'part'); });
    sh.num(rr, ci('prev'), row.prev); sh.cand(A(rr, ci('prev')), row.t ? 'total' : 'part');
    sh.rel({ t: 'sum', total: A(rr, ci('tot')), parts: GROUPS.map((_, i) => A(rr, ci('g' + i))), tol: 0 });
    if (hasDiff) { sh.num(rr, ci('diff'), row.tot - row.prev); sh.rel({ t: 'pp', cell: A(rr, ci('diff')), cur: A(rr, ci('tot')), prev: A(rr, ci('prev')), tol: 0 }); sh.cand(A(rr, ci('diff')), 'pp'); }
    if (hasG) { sh.num(rr, ci('gr'), round((row.tot / row.prev - 1) * 100, 1), { d: 1 }); sh.rel({ t: 'growth', cell: A(rr, ci('gr')), cur: A(rr, ci('tot')), prev: A(rr, ci('prev')), tol: 0.05 + 1e-6 }); sh.cand(A(rr, ci('gr')), 'growth'); }
  }
  const T2 = rows.find((x) => x.t);
  for (const c of cols) if (!['name', 'gr'].includes(c.k)) sh.rel({ t: 'sum', total: A(T2.r, ci(c.k)), parts: rows.filter((x) => !x.t).map((x) => A(x.r, ci(c.k))), tol: 0 });
  footer(sh, r + rows.length, ncol);
  return sh;
}

const { ev, cellsOf } = require('./relx.js');

function plant(sheets) {
  for (let tries = 0; tries < 200; tries++) {
    const sh = pick(sheets);
    if (!sh.cands.length) continue;
    const kinds = [...new Set(sh.cands.map((c) => c.kind))];
    const kind = pick(kinds);
    const cand = pick(sh.cands.filter((c) => c.kind === kind));
    const cell = sh.cells.get(cand.cell);
    if (!cell || cell.v === null || cell.v === '—' || cell.v === '-') continue;
    const was = cell.v;
    const wasN = Number(was);
    if (!Number.isFinite(wasN)) continue;
    let now;
    const fmtD = sh.fmt && sh.fmt[cand.cell] ? sh.fmt[cand.cell].length - 2 : 0;
    if (['rate', 'share', 'growth'].includes(kind) || (kind === 'pp' && (fmtD || String(was).includes('.')))) {
      const dec = (String(was).split('.')[1] || '').length || fmtD || 1;
      now = round(wasN + (chance(0.5) ? 1 : -1) * (3 + rnd() * 6), Math.max(1, dec));
      if (kind !== 'growth' && kind !== 'pp' && now < 0) now = round(wasN + 3 + rnd() * 6, Math.max(1, dec));
      if (typeof was === 'string') now = now.toFixed(Math.max(1, dec));
    } else {
      const f = (chance(0.5) ? 1 : -1) * (0.05 + rnd() * 0.25);
      let n = Math.round(wasN * (1 + f));
      if (Math.abs(n - wasN) < 3) n = wasN + (f > 0 || wasN < 3 ? 3 : -3);
      if (kind === 'pp') n = wasN + Math.round((chance(0.5) ? 1 : -1) * Math.max(5, Math.abs(wasN) * (0.1 + rnd() * 0.3)));
      now = typeof was === 'string' ? String(n) : n;
    }
    const get0 = (a) => (sh.cells.get(a) || {}).v;
    const get1 = (a) => (a === cand.cell ? now : get0(a));
    const touched = sh.rels.filter((r) => cellsOf(r).includes(cand.cell));
    const broke = touched.filter((r) => { const e = ev(r, get1); return e !== null && e > 0.5; });
    if (!broke.length) continue;
    cell.v = now;
    return { sheet: sh.name, cell: cand.cell, was, now, kind };
  }
  throw new Error('could not plant');
}

async function book(file, planted) {
  const place = pick(CITIES);
  const types = [sheetA, sheetB, sheetC, sheetD, sheetE];
  const n = ri(1, 3);
  const chosen = shuffle(types).slice(0, n);
  const sheetNames = { sheetA: ['出资人情况', '表1', '非公经济人士', 'Sheet1'], sheetB: ['新阶层人士', '表2', '新阶层'], sheetC: ['分县区', '表3', '汇总'], sheetD: ['学历构成', '表4', '学历'], sheetE: ['新阶层分县区', '表5', '分地区'] };
  const used = new Set();
  const sheets = chosen.map((fn) => { let nm = pick(sheetNames[fn.name]); while (used.has(nm)) nm += '1'; used.add(nm); return fn(nm, place); });
  const plants = planted ? [plant(sheets)] : [];
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const { r, c, v } of sh.cells.values()) { if (v === null) continue; const cl = ws.getCell(r, c); cl.value = v; if (sh.fmt && sh.fmt[A(r, c)] && typeof v === 'number') cl.numFmt = sh.fmt[A(r, c)]; }
    for (const m of sh.merges) ws.mergeCells(...m);
    ws.getColumn(1).width = 28;
  }
  await wb.xlsx.writeFile(path.join(OUT, SET, file));
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'rel', file + '.json'), JSON.stringify(sheets.map((s) => ({ sheet: s.name, rels: s.rels })), null, 0));
  return { file, plants };
}

(async () => {
  fs.mkdirSync(path.join(OUT, SET), { recursive: true });
  const man = [];
  const nc = Number(NC), np = Number(NP);
  for (let i = 0; i < nc + np; i++) {
    const done = man.filter((m) => m.plants.length).length, cl = man.length - done;
    const pl = done < np && (cl >= nc || i % 2 === 1);
    man.push(await book(`${SET}_${String(i + 1).padStart(3, '0')}.xlsx`, pl));
  }
  fs.writeFileSync(path.join(OUT, SET, 'manifest.json'), JSON.stringify(man, null, 1));
  console.log(SET, man.length, 'books,', man.filter((m) => m.plants.length).length, 'planted');
})();
