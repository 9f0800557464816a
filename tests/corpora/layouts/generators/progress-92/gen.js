#!/usr/bin/env node
// gen.js — county organisation department monthly / quarterly progress reports on party building in
// non-public enterprises and social organisations (两新组织党建), as .xlsx books.
// Builds cases/ (~45 books) and probe/ (~100 books, wider layout variety), their manifest.json,
// and rel/cases.json, rel/probe.json (every intended relation, in the format verify.js reads).
// Run: NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------- random ----------
let R;
function rng(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(obj) { const ks = Object.keys(obj); let s = ks.reduce((x, k) => x + obj[k], 0); let u = R() * s; for (const k of ks) { u -= obj[k]; if (u < 0) return k; } return ks[ks.length - 1]; }
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };

// ---------- cells ----------
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
function newSheet(name) { return { name, cells: new Map(), merges: [], hidden: new Set(), rels: [], widths: {}, table: null }; }
function put(sh, r, c, v, o = {}) { sh.cells.set(A(r, c), { r, c, v, f: o.f || null, fmt: o.fmt || null, deps: o.deps || [], bold: o.bold, size: o.size, center: o.center, border: o.border, meta: o.meta || null, date: o.date }); }
const getv = (sh) => (a) => { const x = sh.cells.get(a); return x ? x.v : null; };

// ---------- vocabulary ----------
const COUNTIES = ['青溪县', '龙山县', '临江县', '石门县', '安平县', '永和县', '桐柏县', '新宁县', '平江县', '凤阳县'];
const STREETS = ['城关街道', '东城街道', '西城街道', '南城街道', '北城街道', '滨江街道', '凤凰街道', '桃源街道'];
const TOWNS = ['河口镇', '石桥镇', '龙泉镇', '高坪镇', '白沙镇', '长岭镇', '柳林镇', '杨桥镇', '金山镇', '新塘镇', '黄土岭镇', '三江镇', '青山乡', '马家乡', '双峰乡', '桃花乡', '大坪乡', '清水乡', '土门乡', '花园乡'];
const PARKS = ['经济开发区', '工业园区', '高新区'];
const PEOPLE = ['王丽', '李强', '张敏', '刘洋', '陈静', '杨帆', '赵磊', '黄婷', '周军', '吴芳', '邓华', '彭艳'];
const QN = ['一', '二', '三', '四'];

// ---------- rate styles ----------
const RATE_STYLES = {
  fracF: { k: 1, fmt: '0.0%', tol: 0.0005, formula: true, store: (x) => x },
  frac3: { k: 1, fmt: '0.0%', tol: 0.0005, store: (x) => rnd(x, 3) },
  frac4: { k: 1, fmt: '0.00%', tol: 0.00005, store: (x) => rnd(x, 4) },
  fracFull: { k: 1, fmt: '0.0%', tol: 0.0005, store: (x) => x },
  pct1: { k: 100, fmt: '0.0', tol: 0.05, store: (x) => rnd(x * 100, 1) },
  pct2: { k: 100, fmt: '0.00', tol: 0.005, store: (x) => rnd(x * 100, 2) },
  pct0: { k: 100, fmt: '0', tol: 0.5, store: (x) => rnd(x * 100, 0) },
  pctText: { k: 100, fmt: '@', tol: 0.05, store: (x) => rnd(x * 100, 1).toFixed(1), text: true },
};
const EPS = 1e-9;

// ---------- data ----------
function makeData(nTown, months, withSub) {
  const nStreet = ri(1, Math.min(4, nTown - 5));
  const names = [...shuffle(STREETS).slice(0, nStreet).map((n) => ({ n, g: 0 })), ...shuffle(TOWNS).slice(0, nTown - nStreet - (chance(0.3) ? 1 : 0)).map((n) => ({ n, g: 1 }))];
  if (names.length < nTown) names.push({ n: pick(PARKS), g: withSub ? 1 : 1 });
  const over = new Set(shuffle([...names.keys()]).slice(0, chance(0.6) ? ri(1, 2) : 0));
  const T = names.map((nm, i) => {
    const task = over.has(i) ? ri(3, 8) : ri(8, 42);
    const pace = over.has(i) ? 1.6 + R() * 1.5 : 0.5 + R() * 0.9;
    const done = [0], np = [0], so = [0], cum = [0], qi = [0], g = [ri(2, 15)], zz = [0], ly = [0];
    zz[0] = ri(0, Math.floor(g[0] / 2));
    for (let m = 1; m <= 12; m++) {
      let d = Math.round(task * Math.min(over.has(i) ? 1.6 : 1.15, pace * m / 12 + (R() - 0.5) * 0.08));
      if (over.has(i) && m >= months[0]) d = Math.max(d, task + ri(1, 2));
      done[m] = Math.max(done[m - 1], d);
      np[m] = pick([0, 0, 0, 1, 1, 1, 2, 2, 3, 4]);
      so[m] = pick([0, 0, 0, 0, 1, 1, 2]);
      cum[m] = cum[m - 1] + np[m] + so[m];
      let q = 0; for (let k = 0; k < np[m] + so[m]; k++) if (chance(0.2)) q++;
      qi[m] = qi[m - 1] + q;
      g[m] = g[m - 1] + (chance(0.3) ? ri(1, 3) : 0);
      zz[m] = Math.min(g[m], zz[m - 1] + (chance(0.2) ? 1 : 0));
      ly[m] = Math.max(0, done[m] + ri(-6, 4));
    }
    // quarterly coverage (per quarter q=0..4, 0 = last year's Q4)
    const E = [ri(4, 60)], B = [];
    if (chance(0.04)) E[0] = 0;
    B[0] = Math.round(E[0] * (0.5 + R() * 0.45));
    for (let q = 1; q <= 4; q++) { E[q] = E[0] === 0 ? 0 : E[q - 1] + ri(0, 2); B[q] = Math.min(E[q], B[q - 1] + ri(0, 4)); }
    const Ecur = E.map((e) => e), O = [ri(8, 90)];
    for (let q = 1; q <= 4; q++) O[q] = O[q - 1] + ri(0, 5);
    const Oly = O.map((o) => Math.max(3, o - ri(-2, 12)));
    // social-organisation coverage block (probe)
    const SE = [ri(2, 25)], SB = [];
    SB[0] = Math.round(SE[0] * (0.4 + R() * 0.5));
    for (let q = 1; q <= 4; q++) { SE[q] = SE[q - 1] + ri(0, 1); SB[q] = Math.min(SE[q], SB[q - 1] + ri(0, 2)); }
    const remark = [];
    for (let m = 0; m <= 12; m++) {
      const opts = ['', '', '', '', '', '', ''];
      if (qi[m] > 0) opts.push(`含${qi[m]}家联建`, `含${qi[m]}家联建`);
      opts.push('已撤销1个', '1家为新登记企业', `本月新选派${ri(1, 3)}名`, '任务数已调整', '含1个功能型党支部', `待审批${ri(1, 3)}个`, '2024年3月前已完成整改');
      remark[m] = pick(opts);
    }
    return { name: nm.n, grp: nm.g, task, done, np, so, cum, qi, g, zz, ly, E: Ecur, B, O, Oly, SE, SB, remark };
  });
  return { T, months };
}

// value of a count key for town t in month m
function tv(t, key, m) {
  switch (key) {
    case 'task': return t.task;
    case 'done': return t.done[m];
    case 'prevCum': return t.cum[m - 1];
    case 'new': case 'newTot': return t.np[m] + t.so[m];
    case 'newNP': return t.np[m];
    case 'newSO': return t.so[m];
    case 'cum': return t.cum[m];
    case 'qi': return t.qi[m];
    case 'guide': return t.g[m];
    case 'zz': return t.zz[m];
    case 'prevDone': return t.done[m - 1];
    case 'lastYear': return t.ly[m];
  }
  throw new Error('key ' + key);
}
const COUNT_KEYS = new Set(['task', 'done', 'prevCum', 'new', 'newTot', 'newNP', 'newSO', 'cum', 'qi', 'guide', 'zz', 'prevDone', 'lastYear', 'E', 'B', 'pE', 'pB', 'O', 'Oly']);

// ---------- layout ----------
function makeLayout(probe, county, year) {
  const L = {
    probe, county, year,
    offset: probe && chance(0.25) ? 1 : 0,
    seq: chance(0.8),
    nameHdr: pick(['乡镇（街道）', '乡镇（街道）', '单位', '乡镇（街道、园区）', '乡镇名称']),
    orgFirst: chance(0.3),
    prevCum: chance(0.5),
    split: chance(probe ? 0.35 : 0.2),
    qi: chance(0.45),
    guide: chance(0.8),
    zz: chance(0.5),
    rank: chance(0.55),
    remark: chance(0.75),
    helper: chance(probe ? 0.4 : 0.3) ? pick(['prevDone', 'rawRate', 'lastYear']) : null,
    twoRow: chance(probe ? 0.6 : 0.45),
    lanci: probe ? chance(0.3) : chance(0.1),
    totalPos: chance(probe ? 0.45 : 0.3) ? 'top' : 'bottom',
    totalLabel: pick(['全县', '全县', '合计', '全县合计', '全 县', '总计']),
    totalMergeSeq: chance(0.4),
    subtotals: probe ? chance(0.3) : chance(0.08),
    subPos: pick(['after', 'before']),
    blankAfterHeader: chance(0.15),
    blankInData: probe && chance(0.2),
    rateStyle: pick(['fracF', 'fracF', 'frac3', 'frac3', 'frac4', 'fracFull', 'pct1', 'pct1', 'pct2', 'pct0', ...(probe ? ['pctText'] : [])]),
    totalsMode: wpick({ formula: 4, typed: 4, mixed: 2 }),
    cumFormula: chance(0.5),
    crossFormula: chance(0.35),
    splitFormula: chance(0.5),
    rankFormula: chance(0.15),
    textMode: wpick({ none: 5, sporadic: 2, column: probe ? 2 : 1 }),
    subtitle: chance(0.6),
    unitLine: chance(0.8),
    notes: chance(0.6),
    signoff: pick(['one', 'spread', 'two', 'spread', 'none']),
    sheetName: pick([(m) => `${m}月`, (m) => `${m}月`, (m) => `${m}月份`, (m) => `${year}年${m}月`, (m) => `${year}.${m}`]),
    summary: wpick({ byMonth: 5, monthsRows: probe ? 3 : 1, none: 2 }),
    summaryFirst: chance(0.5),
    quarterly: chance(0.7),
    twoBlock: probe && chance(0.3),
    pctLabel: chance(0.7),
  };
  if (L.subtotals) L.blankInData = false;
  // columns
  const task = [
    { key: 'task', g: '党建工作任务', h: '任务数', h1: L.pctLabel ? '任务数（项）' : '任务数' },
    { key: 'done', g: '党建工作任务', h: '已完成', h1: L.pctLabel ? '已完成（项）' : '已完成' },
    { key: 'rate', g: '党建工作任务', h: '完成率（%）', h1: '完成率（%）' },
  ];
  if (L.rank) task.push({ key: 'rank', g: null, h: '排名', h1: '排名' });
  if (L.helper === 'prevDone') task.push({ key: 'prevDone', g: null, h: '上月已完成', h1: '上月已完成', hidden: true });
  if (L.helper === 'rawRate') task.push({ key: 'rawRate', g: null, h: '辅助列', h1: '辅助列', hidden: true });
  if (L.helper === 'lastYear') task.push({ key: 'lastYear', g: null, h: '上年同期完成', h1: '上年同期完成', hidden: true });
  const org = [];
  const og = '新建党组织（个）';
  if (L.prevCum) org.push({ key: 'prevCum', g: og, h: '上月累计', h1: '上月累计新建（个）' });
  if (L.split) {
    org.push({ key: 'newTot', g: og, h: '本月新建', h1: '本月新建党组织（个）' });
    org.push({ key: 'newNP', g: og, h: '其中：非公企业', h1: '其中：非公企业' });
    org.push({ key: 'newSO', g: og, h: '社会组织', h1: '社会组织' });
  } else org.push({ key: 'new', g: og, h: '本月新建', h1: '本月新建党组织（个）' });
  org.push({ key: 'cum', g: og, h: '累计新建', h1: '累计新建（个）' });
  if (L.qi) org.push({ key: 'qi', g: og, h: '其中：联合党支部', h1: '其中：联合党支部' });
  const guide = [];
  if (L.guide) {
    guide.push({ key: 'guide', g: '党建指导员（人）', h: '选派', h1: '选派党建指导员（人）' });
    if (L.zz) guide.push({ key: 'zz', g: '党建指导员（人）', h: '其中：专职', h1: '其中：专职（人）' });
  }
  const cols = [];
  if (L.seq) cols.push({ key: 'seq', g: null, h: '序号', h1: '序号' });
  cols.push({ key: 'name', g: null, h: L.nameHdr, h1: L.nameHdr });
  if (L.orgFirst) cols.push(...org, ...task, ...guide); else cols.push(...task, ...org, ...guide);
  if (L.remark) cols.push({ key: 'remark', g: null, h: '备注', h1: '备注' });
  L.cols = cols;
  // text-number columns
  const countKeys = cols.filter((c) => COUNT_KEYS.has(c.key) && !c.hidden).map((c) => c.key);
  L.textCols = new Set(L.textMode === 'column' ? shuffle(countKeys).slice(0, ri(1, 2)) : []);
  L.totalsFormulaKeys = new Set(countKeys.filter(() => L.totalsMode === 'formula' || (L.totalsMode === 'mixed' && chance(0.5))));
  for (const k of L.textCols) L.totalsFormulaKeys.delete(k);
  L.sporadic = new Set(); // filled per sheet
  L.title = pick([
    `${county}非公有制企业和社会组织党建工作推进情况统计表`,
    `${county}“两新”组织党建重点任务推进情况月报表`,
    `${county}非公企业和社会组织党建工作任务进度表`,
    `${year}年${county}两新组织党组织组建工作进展情况`,
  ]);
  return L;
}

// ---------- header ----------
function writeHeader(sh, L, cols, r, firstC, lastC, extraTitle) {
  put(sh, r, firstC, L.title + (extraTitle || ''), { bold: true, size: 16, center: true }); sh.merges.push([r, firstC, r, lastC]); r++;
  return r;
}
function writeTableHeader(sh, L, cols, r, twoRow) {
  if (twoRow) {
    let i = 0;
    while (i < cols.length) {
      const col = cols[i];
      if (!col.g) { put(sh, r, col.c, col.h1, { bold: true, center: true, border: true }); sh.merges.push([r, col.c, r + 1, col.c]); i++; continue; }
      let j = i; while (j + 1 < cols.length && cols[j + 1].g === col.g) j++;
      if (j === i) { put(sh, r, col.c, col.h1, { bold: true, center: true, border: true }); sh.merges.push([r, col.c, r + 1, col.c]); i++; continue; }
      put(sh, r, col.c, col.g, { bold: true, center: true, border: true }); sh.merges.push([r, col.c, r, cols[j].c]);
      for (let k = i; k <= j; k++) put(sh, r + 1, cols[k].c, cols[k].h, { bold: true, center: true, border: true });
      i = j + 1;
    }
    return r + 2;
  }
  for (const col of cols) put(sh, r, col.c, col.h1, { bold: true, center: true, border: true });
  return r + 1;
}
function writeLanci(sh, cols, r) {
  let n = 0; const idx = {};
  for (const col of cols) {
    if (col.key === 'seq') { put(sh, r, col.c, '甲', { center: true, border: true }); continue; }
    if (col.key === 'name') { put(sh, r, col.c, '乙', { center: true, border: true }); continue; }
    if (col.key === 'remark') { put(sh, r, col.c, '丙', { center: true, border: true }); continue; }
    n++; idx[col.key] = n;
    let v = n;
    if (col.key === 'rate' && idx.done && idx.task) v = `${n}=${idx.done}/${idx.task}`;
    if (col.key === 'cum' && idx.prevCum) v = `${n}=${idx.prevCum}+${idx.new || idx.newTot}`;
    if (col.key === 'newTot') v = `${n}=${n + 1}+${n + 2}`;
    if (col.key === 'cov' && idx.B && idx.E) v = `${n}=${idx.B}/${idx.E}`;
    if (col.key === 'pp' && idx.cov && idx.pcov) v = `${n}=${idx.cov}-${idx.pcov}`;
    put(sh, r, col.c, v, { center: true, border: true });
  }
  return r + 1;
}
function writeSignoff(sh, L, r, firstC, lastC, dateText) {
  const p1 = pick(PEOPLE), p2 = pick(PEOPLE), tel = chance(0.5) ? `0${ri(710, 799)}-${ri(2000000, 8999999)}` : String(13000000000 + ri(0, 999999999));
  if (L.signoff === 'none') return r;
  r++;
  if (L.signoff === 'one') {
    put(sh, r, firstC, `填报人：${p1}　　　审核人：${p2}　　　联系电话：${tel}　　　填报日期：${dateText}`);
    sh.merges.push([r, firstC, r, lastC]);
  } else if (L.signoff === 'spread') {
    const span = lastC - firstC + 1, step = Math.max(2, Math.floor(span / 4));
    const items = [['填报人：', p1], ['审核人：', p2], ['联系电话：', tel.includes('-') ? tel : Number(tel)], ['填报日期：', dateText]];
    let c = firstC;
    for (const [lab, val] of items) {
      if (c + 1 > lastC + 2) break;
      put(sh, r, c, lab); put(sh, r, c + 1, val, typeof val === 'number' ? { fmt: '0' } : {});
      c += step;
    }
  } else {
    put(sh, r, firstC, `单位负责人：${pick(PEOPLE)}`); put(sh, r, firstC + 3, `审核人：${p2}`);
    r++;
    put(sh, r, firstC, `填报人：${p1}`); put(sh, r, firstC + 3, `联系电话：${tel}`);
    if (chance(0.5)) { put(sh, r, firstC + 6, '填报日期：'); put(sh, r, firstC + 7, new Date(Date.UTC(L.year, ri(0, 11), ri(1, 28))), { fmt: 'yyyy"年"m"月"d"日"', date: true }); }
    else put(sh, r, firstC + 6, `填报日期：${dateText}`);
  }
  return r + 1;
}

// row plan: towns (optionally grouped with subtotals) and the total row
function rowPlan(L, T) {
  const items = [];
  const total = { type: 'total', label: L.totalLabel, members: [] };
  if (L.totalPos === 'top') items.push(total);
  if (L.subtotals) {
    const groups = [[0, L.subLabels ? L.subLabels[0] : '街道小计'], [1, L.subLabels ? L.subLabels[1] : '乡镇小计']];
    for (const [g, lab] of groups) {
      const mem = T.map((t, i) => (t.grp === g ? i : -1)).filter((i) => i >= 0);
      const sub = { type: 'sub', label: lab, members: [] };
      total.members.push(sub);
      if (L.subPos === 'before') items.push(sub);
      for (const i of mem) { const it = { type: 'town', t: i, label: T[i].name }; sub.members.push(it); items.push(it); }
      if (L.subPos === 'after') items.push(sub);
    }
  } else {
    T.forEach((t, i) => {
      if (L.blankInData && i === L.blankAt) items.push({ type: 'blank' });
      const it = { type: 'town', t: i, label: t.name }; total.members.push(it); items.push(it);
    });
  }
  if (L.totalPos === 'bottom') items.push(total);
  return items;
}
function sumFormula(col, members) {
  const rows = members.map((m) => m.r);
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous && rows.length > 1) return `SUM(${colL(col)}${rows[0]}:${colL(col)}${rows[rows.length - 1]})`;
  return rows.map((r) => colL(col) + r).join('+');
}

// ---------- monthly form ----------
function buildMonth(book, L, D, m, isFirst, prevName) {
  const sh = newSheet(L.sheetName(m));
  const cols = L.cols.map((c) => ({ ...c }));
  let c = 1 + L.offset; for (const col of cols) col.c = c++;
  const firstC = 1 + L.offset, lastC = c - 1, C = {}; cols.forEach((x) => (C[x.key] = x.c));
  for (const col of cols) if (col.hidden) sh.hidden.add(col.c);
  let r = 1;
  r = writeHeader(sh, L, cols, r, firstC, lastC);
  if (L.subtitle) { put(sh, r, firstC, pick([`（${L.year}年${m}月）`, `统计时间：${L.year}年${m}月`, `（截至${L.year}年${m}月底）`]), { center: true }); sh.merges.push([r, firstC, r, lastC]); r++; }
  if (L.unitLine) {
    const mid = firstC + Math.floor((lastC - firstC) / 2);
    put(sh, r, firstC, pick([`填报单位：中共${L.county}委组织部（盖章）`, `填报单位（盖章）：${L.county}两新工委`, '填报单位：']));
    sh.merges.push([r, firstC, r, mid]);
    put(sh, r, lastC - 1, pick(['单位：个、项、人', `${L.year}年${m}月`, '单位：个']));
    sh.merges.push([r, lastC - 1, r, lastC]);
    r++;
  }
  r = writeTableHeader(sh, L, cols, r, L.twoRow);
  if (L.lanci) r = writeLanci(sh, cols, r);
  if (L.blankAfterHeader) r++;
  const items = rowPlan(L, D.T);
  for (const it of items) it.r = r++;
  const tableTop = items[0].r, tableBottom = r - 1;
  const rs = RATE_STYLES[L.rateStyle];
  // values
  const val = (it, key) => (it.type === 'town' ? tv(D.T[it.t], key, m) : it.members.reduce((a, x) => a + val(x, key), 0));
  const towns = items.filter((x) => x.type === 'town');
  // ranks
  const disp = (it) => { const x = val(it, 'done') / val(it, 'task'); return rnd(x * 100, 1); };
  const rankOf = new Map(); for (const it of towns) rankOf.set(it, 1 + towns.filter((o) => disp(o) > disp(it)).length);
  let seqNo = 0;
  const sporadicP = L.textMode === 'sporadic' ? 0.1 : 0;
  const textCells = new Set();
  for (const it of items) {
    if (it.type === 'blank') continue;
    const row = it.r;
    const isTown = it.type === 'town';
    for (const col of cols) {
      const k = col.key, cc = col.c, meta = { key: k, row: it.type };
      if (k === 'seq') {
        if (isTown) put(sh, row, cc, ++seqNo, { border: true, center: true, meta });
        else if (L.totalMergeSeq) { put(sh, row, cc, it.label, { border: true, center: true, bold: true, meta }); sh.merges.push([row, cc, row, cc + 1]); }
        else put(sh, row, cc, '', { border: true, meta });
        continue;
      }
      if (k === 'name') {
        if (!isTown && L.totalMergeSeq && L.seq) continue;
        put(sh, row, cc, it.label, { border: true, bold: !isTown, center: !isTown, meta });
        continue;
      }
      if (k === 'remark') { put(sh, row, cc, isTown ? D.T[it.t].remark[m] : '', { border: true, meta }); continue; }
      if (k === 'rank') {
        if (!isTown) { put(sh, row, cc, pick(['', '—']), { border: true, center: true, meta }); continue; }
        const rr = towns.map((x) => x.r);
        if (L.rankFormula && rr.every((q, i) => !i || q === rr[i - 1] + 1)) {
          put(sh, row, cc, rankOf.get(it), { border: true, center: true, meta, f: `RANK(${colL(C.rate)}${row},$${colL(C.rate)}$${rr[0]}:$${colL(C.rate)}$${rr[rr.length - 1]})`, deps: towns.map((x) => A(x.r, C.rate)) });
        } else put(sh, row, cc, rankOf.get(it), { border: true, center: true, meta });
        continue;
      }
      if (k === 'rate' || k === 'rawRate') {
        const n = val(it, 'done'), d = val(it, 'task'), x = n / d;
        if (k === 'rawRate') { put(sh, row, cc, x, { meta, f: `${colL(C.done)}${row}/${colL(C.task)}${row}`, deps: [A(row, C.done), A(row, C.task)] }); sh.rels.push({ t: 'rate', cell: A(row, cc), num: A(row, C.done), den: A(row, C.task), k: 1, tol: 1e-9 }); continue; }
        const v = rs.store(x);
        if (rs.formula) put(sh, row, cc, v, { fmt: rs.fmt, border: true, meta, f: `${colL(C.done)}${row}/${colL(C.task)}${row}`, deps: [A(row, C.done), A(row, C.task)] });
        else put(sh, row, cc, v, { fmt: rs.fmt, border: true, meta });
        sh.rels.push({ t: 'rate', cell: A(row, cc), num: A(row, C.done), den: A(row, C.task), k: rs.k, tol: rs.tol + EPS });
        continue;
      }
      // counts
      const v = val(it, k);
      const base = { border: true, meta };
      if (isTown) {
        const asText = L.textCols.has(k) || (sporadicP && !L.totalsFormulaKeys.has(k) && chance(sporadicP));
        if (k === 'cum' && L.prevCum && L.cumFormula) { put(sh, row, cc, v, { ...base, f: `${colL(C.prevCum)}${row}+${colL(C[L.split ? 'newTot' : 'new'])}${row}`, deps: [A(row, C.prevCum), A(row, C[L.split ? 'newTot' : 'new'])] }); continue; }
        if (k === 'newTot' && L.splitFormula) { put(sh, row, cc, v, { ...base, f: `${colL(C.newNP)}${row}+${colL(C.newSO)}${row}`, deps: [A(row, C.newNP), A(row, C.newSO)] }); continue; }
        if (k === 'prevCum' && !isFirst && L.crossFormula) { put(sh, row, cc, v, { ...base, f: `'${prevName}'!${colL(C.cum)}${row}`, deps: [`${prevName}!${A(row, C.cum)}`] }); continue; }
        if (asText) { textCells.add(A(row, cc)); put(sh, row, cc, String(v), { ...base, fmt: '@' }); } else put(sh, row, cc, v, base);
      } else {
        if (L.totalsFormulaKeys.has(k) && !it.members.some((x) => textCells.has(A(x.r, cc)))) {
          put(sh, row, cc, v, { ...base, bold: true, f: sumFormula(cc, it.members), deps: it.members.map((x) => A(x.r, cc)) });
        } else put(sh, row, cc, L.textCols.has(k) && chance(0.5) ? String(v) : v, { ...base, bold: true });
        sh.rels.push({ t: 'sum', total: A(row, cc), parts: it.members.map((x) => A(x.r, cc)), tol: 0 });
      }
    }
    // row relations
    if (L.prevCum) sh.rels.push({ t: 'sum', total: A(row, C.cum), parts: [A(row, C.prevCum), A(row, C[L.split ? 'newTot' : 'new'])], tol: 0 });
    if (L.split) sh.rels.push({ t: 'sum', total: A(row, C.newTot), parts: [A(row, C.newNP), A(row, C.newSO)], tol: 0 });
    if (L.qi) sh.rels.push({ t: 'le', whole: A(row, C.cum), parts: [A(row, C.qi)], tol: 0 });
    if (L.guide && L.zz) sh.rels.push({ t: 'le', whole: A(row, C.guide), parts: [A(row, C.zz)], tol: 0 });
  }
  sh.table = { top: tableTop, bottom: tableBottom, firstC, lastC, headerTop: null };
  r = tableBottom + 1;
  if (L.notes) {
    r++;
    const notes = ['注：1.完成率=已完成数÷任务数×100%，超额完成的可超过100%；', `2.累计新建数为${L.year}年1月至本月累计数；`];
    if (L.rank) notes.push('3.排名按完成率由高到低排列。');
    if (chance(0.5)) { put(sh, r, firstC, notes.join('')); sh.merges.push([r, firstC, r, lastC]); r++; }
    else for (const n of notes) { put(sh, r, firstC, n); sh.merges.push([r, firstC, r, lastC]); r++; }
  }
  writeSignoff(sh, L, r, firstC, lastC, pick([`${L.year}年${m + 1 > 12 ? 12 : m + 1}月${ri(1, 5)}日`, `${L.year}.${m + 1 > 12 ? 12 : m + 1}.${ri(1, 5)}`, `${L.year}年${m}月`]));
  for (const col of cols) sh.widths[col.c] = col.key === 'name' ? 16 : col.key === 'remark' ? 18 : col.key === 'seq' ? 6 : 11;
  sh.rowsOf = { items, C };
  return sh;
}

// ---------- quarterly coverage ----------
function buildQuarter(book, L, D, q) {
  const rs = RATE_STYLES[pick(['fracF', 'frac3', 'frac3', 'frac4', 'pct1', 'pct1', 'pct2', ...(L.probe ? ['fracFull', 'pct0'] : [])])];
  const hiddenPrev = chance(0.35), growth = chance(0.5), rank = chance(0.5), seq = chance(0.8), remark = chance(0.4), ppFormula = chance(0.4);
  const sh = newSheet(pick([`${QN[q - 1]}季度`, `${L.year}年${QN[q - 1]}季度`, `${QN[q - 1]}季度覆盖率`, '季报']));
  const cols = [];
  if (seq) cols.push({ key: 'seq', g: null, h: '序号', h1: '序号' });
  cols.push({ key: 'name', g: null, h: L.nameHdr, h1: L.nameHdr });
  if (hiddenPrev) { cols.push({ key: 'pE', g: null, h: '上季应建', h1: '上季应建', hidden: true }, { key: 'pB', g: null, h: '上季已建', h1: '上季已建', hidden: true }); }
  const cg = '党组织覆盖情况';
  cols.push({ key: 'E', g: cg, h: '应建（户）', h1: '应建党组织企业数（户）' }, { key: 'B', g: cg, h: '已建（户）', h1: '已建党组织企业数（户）' },
    { key: 'cov', g: cg, h: '本季度覆盖率', h1: '本季度覆盖率（%）' }, { key: 'pcov', g: cg, h: '上季度覆盖率', h1: '上季度覆盖率（%）' }, { key: 'pp', g: cg, h: '增减（百分点）', h1: '增减（百分点）' });
  if (rank) cols.push({ key: 'rank', g: null, h: '排名', h1: '覆盖率排名' });
  if (growth) { const og = '党组织数（个）'; cols.push({ key: 'Oly', g: og, h: '上年同期', h1: '上年同期党组织数（个）' }, { key: 'O', g: og, h: '本期', h1: '本期党组织数（个）' }, { key: 'growth', g: og, h: '同比增长（%）', h1: '同比增长（%）' }); }
  if (remark) cols.push({ key: 'remark', g: null, h: '备注', h1: '备注' });
  let c = 1 + L.offset; for (const col of cols) col.c = c++;
  const firstC = 1 + L.offset, lastC = c - 1, C = {}; cols.forEach((x) => (C[x.key] = x.c));
  for (const col of cols) if (col.hidden) sh.hidden.add(col.c);
  let r = 1;
  put(sh, r, firstC, `${L.county}${L.year}年${QN[q - 1]}季度非公企业党组织覆盖情况表`, { bold: true, size: 16, center: true }); sh.merges.push([r, firstC, r, lastC]); r++;
  if (chance(0.7)) { put(sh, r, firstC, pick([`填报单位：${L.county}委两新工委`, `统计截止时间：${L.year}年${q * 3}月31日`.replace('6月31', '6月30').replace('9月31', '9月30')])); sh.merges.push([r, firstC, r, lastC]); r++; }
  r = writeTableHeader(sh, L, cols, r, chance(0.6));
  if (L.lanci) r = writeLanci(sh, cols, r);
  const LL = { ...L, subtotals: false, blankInData: false };
  const items = rowPlan(LL, D.T); for (const it of items) it.r = r++;
  const tableBottom = r - 1;
  const kv = (t, key) => ({ E: t.E[q], B: t.B[q], pE: t.E[q - 1], pB: t.B[q - 1], O: t.O[q], Oly: t.Oly[q] }[key]);
  const val = (it, key) => (it.type === 'town' ? kv(D.T[it.t], key) : it.members.reduce((a, x) => a + val(x, key), 0));
  const towns = items.filter((x) => x.type === 'town');
  const covDisp = (it) => (val(it, 'E') ? rnd(val(it, 'B') / val(it, 'E') * 100, 1) : -1);
  const totalsF = chance(0.5);
  let seqNo = 0;
  for (const it of items) {
    const row = it.r, isTown = it.type === 'town', meta0 = it.type;
    const stored = {};
    for (const col of cols) {
      const k = col.key, cc = col.c, meta = { key: k, row: meta0 };
      if (k === 'seq') { put(sh, row, cc, isTown ? ++seqNo : '', { border: true, meta }); continue; }
      if (k === 'name') { put(sh, row, cc, it.label, { border: true, meta, bold: !isTown }); continue; }
      if (k === 'remark') { put(sh, row, cc, isTown && chance(0.2) ? pick(['新增规上企业2户', '1户企业注销', '含园区企业', `已覆盖${kv(D.T[it.t], 'B')}户`]) : '', { border: true, meta }); continue; }
      if (k === 'rank') { put(sh, row, cc, isTown ? (val(it, 'E') ? 1 + towns.filter((o) => covDisp(o) > covDisp(it)).length : '—') : '', { border: true, meta }); continue; }
      if (COUNT_KEYS.has(k)) {
        const v = val(it, k);
        if (!isTown && totalsF) put(sh, row, cc, v, { border: true, meta, f: sumFormula(cc, it.members), deps: it.members.map((x) => A(x.r, cc)) });
        else put(sh, row, cc, v, { border: true, meta });
        if (!isTown) sh.rels.push({ t: 'sum', total: A(row, cc), parts: it.members.map((x) => A(x.r, cc)), tol: 0 });
        continue;
      }
      if (k === 'cov' || k === 'pcov') {
        const [nk, dk] = k === 'cov' ? ['B', 'E'] : ['pB', 'pE'];
        const d = val(it, dk);
        if (!d) { put(sh, row, cc, '—', { border: true, meta, fmt: rs.fmt }); stored[k] = null; continue; }
        const x = val(it, nk) / d, v = rs.store(x);
        stored[k] = v;
        const canF = rs.formula && (k === 'cov' || hiddenPrev);
        if (canF) put(sh, row, cc, v, { border: true, meta, fmt: rs.fmt, f: `${colL(C[nk])}${row}/${colL(C[dk])}${row}`, deps: [A(row, C[nk]), A(row, C[dk])] });
        else put(sh, row, cc, v, { border: true, meta, fmt: rs.fmt });
        if (k === 'cov' || hiddenPrev) sh.rels.push({ t: 'rate', cell: A(row, cc), num: A(row, C[nk]), den: A(row, C[dk]), k: rs.k, tol: rs.tol + EPS });
        continue;
      }
      if (k === 'pp') {
        if (stored.cov == null || stored.pcov == null) { put(sh, row, cc, '—', { border: true, meta }); continue; }
        const kk = rs.k === 1 ? 100 : 1;
        const exact = (Number(stored.cov) - Number(stored.pcov)) * kk;
        if (ppFormula) put(sh, row, cc, exact, { border: true, meta, fmt: '0.0', f: kk === 100 ? `(${colL(C.cov)}${row}-${colL(C.pcov)}${row})*100` : `${colL(C.cov)}${row}-${colL(C.pcov)}${row}`, deps: [A(row, C.cov), A(row, C.pcov)] });
        else put(sh, row, cc, rnd(exact, 1), { border: true, meta, fmt: '0.0' });
        sh.rels.push({ t: 'pp', cell: A(row, cc), cur: A(row, C.cov), prev: A(row, C.pcov), k: kk, tol: (ppFormula ? 1e-6 : 0.05) + EPS });
        continue;
      }
      if (k === 'growth') {
        const cur = val(it, 'O'), prev = val(it, 'Oly');
        const g = (cur / prev - 1) * 100;
        put(sh, row, cc, rnd(g, 1), { border: true, meta, fmt: '0.0' });
        sh.rels.push({ t: 'growth', cell: A(row, cc), cur: A(row, C.O), prev: A(row, C.Oly), tol: 0.05 + EPS });
        continue;
      }
    }
  }
  r = tableBottom + 1;
  if (chance(0.6)) { r++; put(sh, r, firstC, `注：覆盖率=已建党组织企业数÷应建党组织企业数×100%；增减为本季度与上季度覆盖率之差（百分点）${growth ? '；同比增长=（本期÷上年同期-1）×100%' : ''}。`); sh.merges.push([r, firstC, r, lastC]); r++; }
  writeSignoff(sh, L, r, firstC, lastC, `${L.year}年${q * 3 + 1 > 12 ? 12 : q * 3 + 1}月${ri(2, 8)}日`);
  for (const col of cols) sh.widths[col.c] = col.key === 'name' ? 16 : 12;
  return sh;
}

// ---------- summaries ----------
function buildSummaryByMonth(book, L, D, monthSheets) {
  const sh = newSheet(pick(['汇总', '汇总表', `${L.year}年汇总`, '累计汇总']));
  const ms = D.months;
  const cols = [];
  if (L.seq) cols.push({ key: 'seq', h1: '序号' });
  cols.push({ key: 'name', h1: L.nameHdr });
  for (const m of ms) cols.push({ key: 'm' + m, m, h1: `${m}月` });
  cols.push({ key: 'sum', h1: pick(['合计', '小计', `${ms[0]}-${ms[ms.length - 1]}月合计`]) });
  if (chance(0.4)) cols.push({ key: 'remark', h1: '备注' });
  let c = 1 + L.offset; for (const col of cols) col.c = c++;
  const firstC = 1 + L.offset, lastC = c - 1, C = {}; cols.forEach((x) => (C[x.key] = x.c));
  let r = 1;
  put(sh, r, firstC, `${L.county}${L.year}年${ms[0]}—${ms[ms.length - 1]}月新建党组织情况汇总表`, { bold: true, size: 16, center: true }); sh.merges.push([r, firstC, r, lastC]); r++;
  put(sh, r, firstC, '单位：个'); r++;
  const two = chance(0.5);
  if (two) {
    for (const col of cols) if (!col.m) { put(sh, r, col.c, col.h1, { bold: true, border: true }); sh.merges.push([r, col.c, r + 1, col.c]); }
    put(sh, r, C['m' + ms[0]], '本月新建党组织', { bold: true, border: true }); sh.merges.push([r, C['m' + ms[0]], r, C['m' + ms[ms.length - 1]]]);
    for (const m of ms) put(sh, r + 1, C['m' + m], `${m}月`, { bold: true, border: true });
    r += 2;
  } else { for (const col of cols) put(sh, r, col.c, col.h1 === '合计' ? '合计' : col.m ? `${col.m}月新建` : col.h1, { bold: true, border: true }); r++; }
  const items = rowPlan({ ...L, subtotals: L.subtotals && L.probe, blankInData: false }, D.T); for (const it of items) it.r = r++;
  const val = (it, m) => (it.type === 'town' ? tv(D.T[it.t], 'new', m) : it.members.reduce((a, x) => a + val(x, m), 0));
  const cross = chance(0.4) && !L.subtotals;
  const rowF = chance(0.5), colF = chance(0.5);
  let seqNo = 0;
  for (const it of items) {
    const row = it.r, isTown = it.type === 'town';
    if (L.seq) put(sh, row, C.seq, isTown ? ++seqNo : '', { border: true, meta: { key: 'seq', row: it.type } });
    put(sh, row, C.name, it.label, { border: true, bold: !isTown, meta: { key: 'name', row: it.type } });
    let tot = 0;
    for (const m of ms) {
      const v = val(it, m), cc = C['m' + m], meta = { key: 'new', row: it.type };
      tot += v;
      const msh = monthSheets.find((s) => s.month === m);
      if (isTown && cross && msh) {
        const src = msh.rowsOf.items.find((x) => x.type === 'town' && x.t === it.t);
        const key = msh.rowsOf.C.newTot ? 'newTot' : 'new';
        const a = A(src.r, msh.rowsOf.C[key]);
        put(sh, row, cc, v, { border: true, meta, f: `'${msh.name}'!${a}`, deps: [`${msh.name}!${a}`] });
      } else if (!isTown && colF) put(sh, row, cc, v, { border: true, meta, f: sumFormula(cc, it.members), deps: it.members.map((x) => A(x.r, cc)) });
      else put(sh, row, cc, v, { border: true, meta });
      if (!isTown) sh.rels.push({ t: 'sum', total: A(row, cc), parts: it.members.map((x) => A(x.r, cc)), tol: 0 });
    }
    const parts = ms.map((m) => A(row, C['m' + m]));
    if (rowF) put(sh, row, C.sum, tot, { border: true, bold: true, meta: { key: 'sum', row: it.type }, f: `SUM(${parts[0]}:${parts[parts.length - 1]})`, deps: parts });
    else put(sh, row, C.sum, tot, { border: true, meta: { key: 'sum', row: it.type } });
    sh.rels.push({ t: 'sum', total: A(row, C.sum), parts, tol: 0 });
    if (!isTown) sh.rels.push({ t: 'sum', total: A(row, C.sum), parts: it.members.map((x) => A(x.r, C.sum)), tol: 0 });
    if (C.remark) put(sh, row, C.remark, isTown && chance(0.15) ? pick(['含2家联建', '已撤销1个', '3月补报1个']) : '', { border: true });
  }
  writeSignoff(sh, L, r, firstC, lastC, `${L.year}年${ms[ms.length - 1]}月`);
  for (const col of cols) sh.widths[col.c] = col.key === 'name' ? 16 : 10;
  return sh;
}
function buildSummaryMonthsRows(book, L, D) {
  // county-wide figures, one row per month; a 合计 row at the foot
  const sh = newSheet(pick(['全县月度汇总', '汇总', '逐月情况']));
  const rs = RATE_STYLES[L.rateStyle === 'pctText' ? 'pct1' : L.rateStyle];
  const ms = D.months, jan = ms[0] === 1;
  const cols = [{ key: 'month', h1: '月份' }, { key: 'new', h1: '本月新建党组织（个）' }, { key: 'cum', h1: '累计新建（个）' }, { key: 'done', h1: '已完成任务（项）' }, { key: 'task', h1: '任务总数（项）' }, { key: 'rate', h1: '完成率（%）' }, { key: 'guide', h1: '累计选派党建指导员（人）' }];
  let c = 1 + L.offset; for (const col of cols) col.c = c++;
  const firstC = 1 + L.offset, lastC = c - 1, C = {}; cols.forEach((x) => (C[x.key] = x.c));
  let r = 1;
  put(sh, r, firstC, `${L.county}${L.year}年两新组织党建工作逐月推进情况`, { bold: true, size: 14, center: true }); sh.merges.push([r, firstC, r, lastC]); r++;
  for (const col of cols) put(sh, r, col.c, col.h1, { bold: true, border: true }); r++;
  const tot = (key, m) => D.T.reduce((a, t) => a + tv(t, key, m), 0);
  const rowOf = {};
  const cumF = chance(0.5);
  for (const m of ms) {
    const row = r++; rowOf[m] = row;
    put(sh, row, C.month, `${L.year}年${m}月`, { border: true });
    put(sh, row, C.new, tot('new', m), { border: true, meta: { key: 'new', row: 'town' } });
    const prevRow = rowOf[m - 1];
    if (prevRow && cumF) put(sh, row, C.cum, tot('cum', m), { border: true, meta: { key: 'cum', row: 'town' }, f: `${colL(C.cum)}${prevRow}+${colL(C.new)}${row}`, deps: [A(prevRow, C.cum), A(row, C.new)] });
    else put(sh, row, C.cum, tot('cum', m), { border: true, meta: { key: 'cum', row: 'town' } });
    if (prevRow) sh.rels.push({ t: 'sum', total: A(row, C.cum), parts: [A(prevRow, C.cum), A(row, C.new)], tol: 0 });
    else if (jan) sh.rels.push({ t: 'sum', total: A(row, C.cum), parts: [A(row, C.new)], tol: 0 });
    put(sh, row, C.done, tot('done', m), { border: true, meta: { key: 'done', row: 'town' } });
    put(sh, row, C.task, tot('task', m), { border: true, meta: { key: 'task', row: 'town' } });
    put(sh, row, C.rate, rs.store(tot('done', m) / tot('task', m)), { border: true, fmt: rs.fmt, meta: { key: 'rate', row: 'town' } });
    sh.rels.push({ t: 'rate', cell: A(row, C.rate), num: A(row, C.done), den: A(row, C.task), k: rs.k, tol: rs.tol + EPS });
    put(sh, row, C.guide, tot('guide', m), { border: true, meta: { key: 'guide', row: 'town' } });
  }
  const row = r++;
  const last = ms[ms.length - 1];
  put(sh, row, C.month, pick(['合计', '小计']), { border: true, bold: true });
  put(sh, row, C.new, ms.reduce((a, m) => a + tot('new', m), 0), { border: true, bold: true, meta: { key: 'new', row: 'total' } });
  sh.rels.push({ t: 'sum', total: A(row, C.new), parts: ms.map((m) => A(rowOf[m], C.new)), tol: 0 });
  const cumStyle = pick(['last', 'dash', 'blank']);
  if (cumStyle === 'last') { put(sh, row, C.cum, tot('cum', last), { border: true, bold: true, meta: { key: 'cumTotal', row: 'total' } }); sh.rels.push({ t: 'sum', total: A(row, C.cum), parts: [A(rowOf[last], C.cum)], tol: 0 }); }
  else put(sh, row, C.cum, cumStyle === 'dash' ? '—' : '', { border: true });
  for (const k of ['done', 'task', 'rate', 'guide']) put(sh, row, C[k], chance(0.5) ? '—' : '', { border: true });
  writeSignoff(sh, L, r, firstC, lastC, `${L.year}年${last}月`);
  for (const col of cols) sh.widths[col.c] = 14;
  return sh;
}
function buildTwoBlock(book, L, D, q) {
  // probe: coverage split into two stacked tables (非公企业 / 社会组织), each with its own total row
  const sh = newSheet(pick(['分类统计', '覆盖情况（分类）']));
  const rs = RATE_STYLES[pick(['frac3', 'pct1', 'fracF'])];
  const firstC = 1 + L.offset;
  const cols = [{ key: 'name', h1: L.nameHdr }, { key: 'E', h1: '应建数' }, { key: 'B', h1: '已建数' }, { key: 'cov', h1: '覆盖率（%）' }, { key: 'rank', h1: '排名' }];
  let c = firstC; for (const col of cols) col.c = c++;
  const lastC = c - 1, C = {}; cols.forEach((x) => (C[x.key] = x.c));
  let r = 1;
  put(sh, r, firstC, `${L.county}两新组织党组织覆盖情况分类统计表（${L.year}年${QN[q - 1]}季度）`, { bold: true, size: 14, center: true }); sh.merges.push([r, firstC, r, lastC]); r += 2;
  for (const [blk, ek, bk] of [['一、非公有制企业', 'E', 'B'], ['二、社会组织', 'SE', 'SB']]) {
    put(sh, r, firstC, blk, { bold: true }); r++;
    for (const col of cols) put(sh, r, col.c, col.h1, { bold: true, border: true }); r++;
    const items = rowPlan({ ...L, subtotals: false, blankInData: false }, D.T); for (const it of items) it.r = r++;
    const val = (it, k) => (it.type === 'town' ? D.T[it.t][k][q] : it.members.reduce((a, x) => a + val(x, k), 0));
    const towns = items.filter((x) => x.type === 'town');
    const disp = (it) => (val(it, ek) ? rnd(val(it, bk) / val(it, ek) * 100, 1) : -1);
    for (const it of items) {
      const row = it.r, isTown = it.type === 'town';
      put(sh, row, C.name, it.label, { border: true });
      put(sh, row, C.E, val(it, ek), { border: true, meta: { key: 'E', row: it.type } });
      put(sh, row, C.B, val(it, bk), { border: true, meta: { key: 'B', row: it.type } });
      if (!isTown) for (const k of ['E', 'B']) sh.rels.push({ t: 'sum', total: A(row, C[k]), parts: it.members.map((x) => A(x.r, C[k])), tol: 0 });
      if (val(it, ek)) {
        const x = val(it, bk) / val(it, ek);
        put(sh, row, C.cov, rs.store(x), { border: true, fmt: rs.fmt, meta: { key: 'rate', row: it.type }, ...(rs.formula ? { f: `${colL(C.B)}${row}/${colL(C.E)}${row}`, deps: [A(row, C.B), A(row, C.E)] } : {}) });
        sh.rels.push({ t: 'rate', cell: A(row, C.cov), num: A(row, C.B), den: A(row, C.E), k: rs.k, tol: rs.tol + EPS });
      } else put(sh, row, C.cov, '—', { border: true });
      put(sh, row, C.rank, isTown ? 1 + towns.filter((o) => disp(o) > disp(it)).length : '', { border: true });
    }
    r++;
  }
  return sh;
}

// ---------- plants ----------
function swapDigits(n) {
  const s = String(n); const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null;
  const i = pick(idx); return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function loseDigit(n) {
  const s = String(n); if (s.length < 2) return null;
  const i = ri(0, s.length - 1); const t = s.slice(0, i) + s.slice(i + 1);
  const v = Number(t); return v === n || t === '' ? null : v;
}
function plantValue(type, cell, sh, book, L) {
  const v0 = cell.v, isText = typeof v0 === 'string';
  const n = Number(v0);
  if (!Number.isFinite(n)) return null;
  const fmtBack = (x) => (isText ? String(x) : x);
  switch (type) {
    case 'swap': return n >= 10 && Number.isInteger(n) ? fmtBack(swapDigits(n)) : null;
    case 'lost': return n >= 10 && Number.isInteger(n) ? fmtBack(loseDigit(n)) : null;
    case 'total': { const d = chance(0.5) ? swapDigits(n) : n + pick([-1, 1]) * ri(1, Math.max(2, Math.round(n * 0.08))); return d == null || d < 0 || d === n ? null : fmtBack(d); }
    case 'cum': {
      const it = sh.rowsOf && sh.rowsOf.items.find((x) => x.r === cell.r);
      if (!it || it.type !== 'town') return null;
      const t = book.D.T[it.t], m = sh.month; const nw = t.np[m] + t.so[m];
      if (nw > 0 && chance(0.6)) return fmtBack(t.cum[m - 1]); // forgot this month's new
      return fmtBack(t.cum[m] + pick([1, 2, nw || 1, 3]));
    }
    case 'qi': return fmtBack(cell.whole + ri(1, 3));
    case 'rate': {
      const st = cell.rs; if (!st) return null;
      const pctNow = st.k === 1 ? n * 100 : n;
      let p;
      const dsp = rnd(pctNow, 1);
      const sw = swapDigits(Math.round(dsp * 10));
      if (sw != null && chance(0.5) && Math.abs(sw / 10 - dsp) >= 2) p = sw / 10; else p = dsp + pick([-1, 1]) * ri(3, 18) + (chance(0.5) ? 0.5 : 0);
      if (p < 0) p = dsp + ri(3, 12);
      if (st.k === 1) { const dec = st.fmt === '0.00%' ? 4 : 3; return rnd(p / 100, dec); }
      if (st.fmt === '0') return Math.round(p);
      if (st.text) return p.toFixed(1);
      return rnd(p, st.fmt === '0.00' ? 2 : 1);
    }
    case 'pp': { if (Math.abs(n) >= 0.5 && chance(0.6)) return rnd(-n, 1); return rnd(n + pick([-1, 1]) * (ri(10, 60) / 10), 1); }
    case 'growth': { if (Math.abs(n) >= 1 && chance(0.5)) return rnd(-n, 1); const sw = swapDigits(Math.round(Math.abs(n) * 10)); return sw != null && sw / 10 !== Math.abs(n) ? rnd(Math.sign(n || 1) * sw / 10, 1) : rnd(n + ri(5, 20), 1); }
  }
  return null;
}
function candidates(type, sh) {
  const out = [];
  for (const [a, cell] of sh.cells) {
    const mt = cell.meta; if (!mt) continue;
    const inRel = sh.rels.some((rl) => relCells(rl).includes(a)); if (!inRel) continue;
    if (type === 'swap' || type === 'lost') { if (mt.row === 'town' && COUNT_KEYS.has(mt.key) && mt.key !== 'prevDone' && mt.key !== 'lastYear') out.push(a); }
    else if (type === 'total') { if ((mt.row === 'total' || mt.row === 'sub') && (COUNT_KEYS.has(mt.key) || mt.key === 'sum')) out.push(a); }
    else if (type === 'cum') { if (mt.key === 'cum' && mt.row === 'town' && sh.month) out.push(a); }
    else if (type === 'qi') { if ((mt.key === 'qi' || mt.key === 'zz') && mt.row === 'town') out.push(a); }
    else if (type === 'rate') { if ((mt.key === 'rate' || mt.key === 'cov') && typeof cell.v !== 'undefined' && cell.v !== '—') out.push(a); }
    else if (type === 'pp') { if (mt.key === 'pp' && cell.v !== '—') out.push(a); }
    else if (type === 'growth') { if (mt.key === 'growth') out.push(a); }
  }
  return out;
}
function plantBook(book, nPlants) {
  const dependents = new Set();
  for (const sh of book.sheets) for (const cell of sh.cells.values()) for (const d of cell.deps) dependents.add(d.includes('!') ? d : `${sh.name}!${d}`);
  const plants = [], usedRels = new Set();
  let tries = 0;
  while (plants.length < nPlants && tries++ < 400) {
    const type = wpick({ swap: 25, lost: 15, rate: 20, cum: 15, total: 15, qi: 4, pp: 5, growth: 2 });
    const sh = pick(book.sheets.filter((s) => s.rels.length));
    const cand = shuffle(candidates(type, sh)).filter((a) => !dependents.has(`${sh.name}!${a}`));
    for (const a of cand) {
      const cell = sh.cells.get(a);
      const relsHere = sh.rels.filter((rl) => relCells(rl).includes(a));
      if (relsHere.some((rl) => usedRels.has(rl))) continue;
      // extra info for value makers
      if (type === 'qi') { const rl = relsHere.find((x) => x.t === 'le'); if (!rl) continue; cell.whole = Number(getv(sh)(rl.whole)); }
      if (type === 'rate') { const rl = relsHere.find((x) => x.t === 'rate' && x.cell === a); if (!rl) continue; cell.rs = { k: rl.k, fmt: cell.fmt, text: typeof cell.v === 'string' }; }
      const now = plantValue(type, cell, sh, book);
      delete cell.whole; delete cell.rs;
      if (now == null || now === cell.v || (typeof now === 'number' && !Number.isFinite(now))) continue;
      const was = cell.v, wasF = cell.f;
      cell.v = now; cell.f = null;
      const broke = relsHere.some((rl) => { const e = evalRel(rl, getv(sh)); return e !== null && e > 0; });
      if (!broke) { cell.v = was; cell.f = wasF; continue; }
      for (const rl of relsHere) usedRels.add(rl);
      plants.push({ sheet: sh.name, cell: a, was, now, type });
      break;
    }
  }
  return plants;
}

// ---------- book ----------
function buildBook(id, probe, seed) {
  R = rng(seed);
  const year = pick([2023, 2024, 2024, 2025]);
  const county = pick(COUNTIES);
  const L = makeLayout(probe, county, year);
  const months = pick([[1, 2, 3], [1, 2, 3], [1, 2, 3], [4, 5, 6], [1, 2, 3, 4, 5, 6], [7, 8, 9], [1, 2], [10, 11, 12], ...(probe ? [[1, 2, 3, 4, 5, 6, 7, 8, 9], [5, 6]] : [])]);
  const nTown = ri(probe ? 7 : 8, probe ? 20 : 15);
  const D = makeData(nTown, months, L.subtotals);
  if (L.subtotals && (!D.T.some((t) => t.grp === 0) || !D.T.some((t) => t.grp === 1))) L.subtotals = false;
  L.subLabels = pick([['街道小计', '乡镇小计'], ['街道', '乡镇'], ['城区街道合计', '乡镇合计']]);
  L.blankAt = ri(2, nTown - 2);
  const book = { id, D, L, sheets: [] };
  const monthSheets = [];
  months.forEach((m, i) => {
    const sh = buildMonth(book, L, D, m, i === 0, i ? L.sheetName(months[i - 1]) : null);
    sh.month = m; monthSheets.push(sh);
  });
  const extra = [];
  if (L.summary === 'byMonth') extra.push(buildSummaryByMonth(book, L, D, monthSheets));
  if (L.summary === 'monthsRows') extra.push(buildSummaryMonthsRows(book, L, D));
  const lastM = months[months.length - 1];
  if (L.quarterly && lastM % 3 === 0) extra.push(buildQuarter(book, L, D, lastM / 3));
  if (L.twoBlock) extra.push(buildTwoBlock(book, L, D, Math.max(1, Math.ceil(lastM / 3))));
  // sheet names must be unique
  const seen = new Set();
  for (const s of extra) { while (seen.has(s.name) || monthSheets.some((x) => x.name === s.name)) s.name += '1'; seen.add(s.name); }
  book.sheets = L.summaryFirst ? [...extra, ...monthSheets] : [...monthSheets, ...extra];
  // self-check: every relation holds on the clean figures
  for (const sh of book.sheets) for (const rl of sh.rels) { const e = evalRel(rl, getv(sh)); if (e !== null && e > 0) throw new Error(`clean relation broken ${id} ${sh.name} ${JSON.stringify(rl)} ${e}`); }
  return book;
}
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = pick(PEOPLE);
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [c, w] of Object.entries(sh.widths)) ws.getColumn(Number(c)).width = w;
    for (const c of sh.hidden) ws.getColumn(c).hidden = true;
    for (const [a, cell] of sh.cells) {
      const x = ws.getCell(a);
      x.value = cell.f ? { formula: cell.f, result: cell.v } : cell.v;
      if (cell.fmt) x.numFmt = cell.fmt;
      if (cell.bold || cell.size) x.font = { name: '宋体', bold: !!cell.bold, size: cell.size || 11 };
      if (cell.center) x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (cell.border) x.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
    for (const [r1, c1, r2, c2] of sh.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { throw new Error(`merge ${sh.name} ${r1},${c1},${r2},${c2}: ${e.message}`); } }
  }
  await wb.xlsx.writeFile(file);
}

async function genSet(name, count, probe, seed0) {
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const manifest = [], rels = {};
  for (let i = 1; i <= count; i++) {
    const file = probe ? `p${String(i).padStart(3, '0')}.xlsx` : `c${String(i).padStart(2, '0')}.xlsx`;
    const book = buildBook(file, probe, seed0 + i * 7919);
    const clean = i % 2 === 1;
    let plants = [];
    if (!clean) {
      plants = plantBook(book, chance(0.6) ? 1 : 2);
      if (!plants.length) throw new Error('no plant ' + file);
    }
    await writeBook(book, path.join(dir, file));
    manifest.push({ file, clean, plants: plants.map(({ sheet, cell, was, now, type }) => ({ sheet, cell, was, now, type })) });
    rels[file] = { sheets: book.sheets.map((s) => ({ name: s.name, rels: s.rels })) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rels));
  console.log(name, manifest.length, 'books,', manifest.filter((m) => !m.clean).reduce((a, m) => a + m.plants.length, 0), 'plants');
}
(async () => {
  await genSet('cases', 45, false, 92001);
  await genSet('probe', 100, true, 92777);
})().catch((e) => { console.error(e); process.exit(1); });
