// Generator: party-member education & development in 非公企业/社会组织 workbooks.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round68a';

let seed = 680417;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const r1 = (x) => Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9) / 10;
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;

const TOWNS = ['城关镇', '东城街道', '西城街道', '南关街道', '北山镇', '河口镇', '新集乡', '石桥镇', '柳林镇', '杨庄乡', '马坊镇', '龙泉镇', '青山乡', '白马镇', '双河镇', '桃园街道'];
const COUNTIES = ['东湖区', '西湖区', '青云县', '安平县', '临河县', '永宁县', '经开区', '高新区', '秀水县', '长宁县'];
const ENTS = ['鑫源科技有限公司', '华达建材有限公司', '恒通物流有限公司', '瑞丰食品有限公司', '天成电子有限公司', '宏远机械制造有限公司', '金穗农业开发有限公司', '博安纺织有限公司', '县律师协会', '县个体劳动者协会', '县工商联（总商会）', '阳光社会工作服务中心', '县注册会计师协会', '县民办教育协会', '爱心志愿者协会', '县物流行业协会'];

class Book {
  constructor(file) { this.file = file; this.sheets = []; this.rels = []; this.roles = []; this.note = ''; }
  sheet(name) { const s = { name, cells: new Map(), merges: [], widths: {} }; this.sheets.push(s); return s; }
}
const put = (s, r, c, v, o = {}) => { s.cells.set(r + ',' + c, { v, ...o }); return A(r, c); };
const merge = (s, r1_, c1, r2, c2) => { if (r1_ !== r2 || c1 !== c2) s.merges.push([r1_, c1, r2, c2]); };

// ---------- generic table writer ----------
// cols: [{key,h1,h2,type:'label'|'count'|'rate'|'avg'|'wavg'|'max'|'min'|'rowsum', num,den,parts,parent,role}]
// rows: [{label, data:{key:val or null}}]
function writeTable(book, s, o) {
  const { cols, rows } = o;
  const st = o.style || {};
  const pctFrac = !!st.pctFrac, textNums = !!st.textNums;
  const totalLabel = o.totalLabel || '合计';
  // compute values
  const calc = (d, isTotal, detailVals) => {
    const v = {};
    for (const c of cols) {
      if (c.type === 'count') v[c.key] = d[c.key];
      if (c.type === 'hidden') v[c.key] = d[c.key];
    }
    for (const c of cols) if (c.type === 'rowsum') v[c.key] = c.parts.reduce((a, k) => a + (v[k] || 0), 0);
    for (const c of cols) {
      const nn = v[c.num] ?? d[c.num], dd = v[c.den] ?? d[c.den];
      if (c.type === 'rate') v[c.key] = dd > 0 && nn != null ? r1(nn / dd * 100) : '—';
      if (c.type === 'avg' || c.type === 'wavg') v[c.key] = dd > 0 && nn != null ? r1(nn / dd) : '—';
      if (c.type === 'max') v[c.key] = isTotal ? Math.max(...detailVals.map((x) => x[c.key]).filter((x) => typeof x === 'number')) : d[c.key];
      if (c.type === 'min') v[c.key] = isTotal ? Math.min(...detailVals.map((x) => x[c.key]).filter((x) => typeof x === 'number')) : d[c.key];
    }
    return v;
  };
  const det = rows.map((r) => ({ label: r.label, data: r.data, v: calc(r.data, false) }));
  const tdata = {};
  for (const c of cols) if (c.type === 'count' || c.type === 'hidden') tdata[c.key] = det.reduce((a, r) => a + (r.data[c.key] || 0), 0);
  const tot = { label: totalLabel, data: tdata, v: calc(tdata, true, det.map((r) => r.v)), total: true };
  const order = o.noTotal ? det : (o.totalPos === 'top' ? [tot, ...det] : [...det, tot]);
  const vis = cols.filter((c) => c.type !== 'hidden');
  const twoRow = vis.some((c) => c.h2);
  let r = o.startRow || s.nextRow || 1;
  const c0 = o.startCol || 1;
  const ncols = o.transpose ? order.length + 1 : vis.length;
  if (o.title) { put(s, r, c0, o.title, { bold: true, size: 14 }); merge(s, r, c0, r, c0 + ncols - 1); r++; }
  if (o.unitLine) { put(s, r, c0, o.unitLine); if (o.unitRight) { put(s, r, c0 + ncols - 2, o.unitRight); } r++; }
  const pos = {}; // key -> rowIdx -> address
  const cellFmt = (c) => c.type === 'rate' ? (pctFrac ? '0.0%' : '0.0') : (c.type === 'avg' || c.type === 'wavg') ? '0.0' : (c.dp1 ? '0.0' : '0');
  const storeVal = (c, v) => {
    if (v == null) return null;
    if (typeof v === 'string') return v;
    if (c.type === 'rate' && pctFrac) return Math.round(v * 10) / 1000;
    if (textNums && (c.type === 'count' || c.type === 'rowsum')) return String(v);
    return v;
  };
  if (!o.transpose) {
    // header
    const hr = r;
    let ci = c0;
    for (let i = 0; i < vis.length; i++) {
      const c = vis[i];
      if (!twoRow) { put(s, hr, ci, c.h1, { bold: true }); ci++; continue; }
      if (c.h2) {
        // group start?
        if (i === 0 || vis[i - 1].h1 !== c.h1 || !vis[i - 1].h2) {
          let j = i; while (j + 1 < vis.length && vis[j + 1].h1 === c.h1 && vis[j + 1].h2) j++;
          put(s, hr, ci, c.h1, { bold: true }); merge(s, hr, ci, hr, ci + (j - i));
        }
        put(s, hr + 1, ci, c.h2, { bold: true });
      } else { put(s, hr, ci, c.h1, { bold: true }); merge(s, hr, ci, hr + 1, ci); }
      ci++;
    }
    r = hr + (twoRow ? 2 : 1);
    if (o.colNumbers) { vis.forEach((c, i) => put(s, r, c0 + i, i === 0 ? '甲' : i)); r++; }
    order.forEach((row, k) => {
      if (o.spacerAfterTotal && k === 1 && order[0].total) r++;
      vis.forEach((c, i) => {
        const a = A(r, c0 + i);
        if (c.type === 'label') put(s, r, c0 + i, row.label, row.total ? { bold: true } : {});
        else { const v = row.v[c.key]; if (v != null) put(s, r, c0 + i, storeVal(c, v), { fmt: cellFmt(c) }); }
        (pos[c.key] = pos[c.key] || {})[row.total ? 'T' : det.indexOf(row)] = a;
      });
      r++;
    });
  } else {
    // transposed: first column indicator names, first row unit names
    const hr = r;
    put(s, hr, c0, o.cornerLabel || '指标', { bold: true });
    order.forEach((row, k) => put(s, hr, c0 + 1 + k, row.label, { bold: true }));
    r = hr + 1;
    vis.filter((c) => c.type !== 'label').forEach((c) => {
      put(s, r, c0, c.h2 ? (c.h1 === '其中' ? '其中：' + c.h2 : c.h1 + c.h2) : c.h1);
      order.forEach((row, k) => {
        const v = row.v[c.key];
        if (v != null) put(s, r, c0 + 1 + k, storeVal(c, v), { fmt: cellFmt(c) });
        (pos[c.key] = pos[c.key] || {})[row.total ? 'T' : det.indexOf(row)] = A(r, c0 + 1 + k);
      });
      r++;
    });
  }
  if (o.notes) { r++; for (const n of o.notes) { put(s, r, c0, n); merge(s, r, c0, r, c0 + Math.min(ncols, 8) - 1); r++; } }
  s.nextRow = r + 1;
  // relations & roles
  const sn = s.name;
  const keys = [...det.map((_, i) => i), ...(o.noTotal ? [] : ['T'])];
  const rowV = (k) => (k === 'T' ? tot : det[k]).v;
  for (const c of vis) {
    if ((c.type === 'count' || c.type === 'rowsum') && !o.noTotal) {
      const parts = det.map((_, i) => pos[c.key][i]).filter((a, i) => det[i].v[c.key] != null);
      book.rels.push({ t: 'sum', s: sn, target: pos[c.key].T, parts });
      book.roles.push({ s: sn, a: pos[c.key].T, kind: 'total', val: tot.v[c.key] });
    }
    for (const k of keys) {
      const v = rowV(k)[c.key];
      if (v == null || typeof v === 'string') continue;
      const a = pos[c.key][k];
      if (c.type === 'rowsum') { book.rels.push({ t: 'sum', s: sn, target: a, parts: c.parts.map((p) => pos[p][k]).filter(Boolean) }); if (k !== 'T') book.roles.push({ s: sn, a, kind: 'rowsum', val: v }); }
      if (c.type === 'rate' && pos[c.num] && pos[c.den]) { book.rels.push({ t: 'rate', s: sn, target: a, num: pos[c.num][k], den: pos[c.den][k] }); book.roles.push({ s: sn, a, kind: c.share ? 'share' : 'rate', val: v }); }
      if (c.type === 'avg' && pos[c.num] && pos[c.den]) { book.rels.push({ t: 'avg', s: sn, target: a, num: pos[c.num][k], den: pos[c.den][k] }); book.roles.push({ s: sn, a, kind: 'avg', val: v }); }
      if (c.parent && k !== 'T' && pos[c.parent]) { book.rels.push({ t: 'le', s: sn, part: a, whole: pos[c.parent][k] }); book.roles.push({ s: sn, a, kind: 'part', val: v, whole: rowV(k)[c.parent] }); }
    }
    if (!o.noTotal && (c.type === 'max' || c.type === 'min')) book.rels.push({ t: c.type, s: sn, target: pos[c.key].T, parts: det.map((_, i) => pos[c.key][i]) });
    if (!o.noTotal && c.type === 'wavg') book.rels.push({ t: 'wavg', s: sn, target: pos[c.key].T, avgs: det.map((_, i) => pos[c.key][i]), w: det.map((_, i) => pos[c.den][i]) });
    if (c.type === 'count' && !o.noTotal) for (let i = 0; i < det.length; i++) if (det[i].v[c.key] != null) book.roles.push({ s: sn, a: pos[c.key][i], kind: 'detail', val: det[i].v[c.key] });
  }
  return { tot, det, pos };
}

// ---------- data makers ----------
const unitsFor = (n, list) => shuffle(list).slice(0, n);
function trainingData(n, labels, opt = {}) {
  return labels.slice(0, n).map((label) => {
    const N = opt.small ? ri(8, 90) : ri(60, 1400);
    const zero = opt.allowZero && chance(0.12);
    const T = zero ? 0 : Math.min(N, Math.round(N * (0.82 + rnd() * 0.18)));
    const d = { N, T, F: Math.round(T * (0.25 + rnd() * 0.3)), Y: Math.round(T * (0.2 + rnd() * 0.35)), C: Math.round(T * (0.3 + rnd() * 0.5)), P: Math.round(T * (1.5 + rnd() * 2.5)), H: T * ri(16, 48) + ri(0, Math.max(0, T - 1)) };
    return { label, data: d };
  });
}
const trainingCols = (v) => {
  const two = v.two;
  const cols = [{ key: 'L', h1: v.labelHead || '单位', type: 'label' },
    { key: 'N', h1: '党员总数（人）', type: 'count' },
    { key: 'T', h1: '参训党员数（人）', type: 'count' }];
  if (two) {
    cols.push({ key: 'F', h1: '其中', h2: '女', type: 'count', parent: 'T' }, { key: 'Y', h1: '其中', h2: '35岁及以下', type: 'count', parent: 'T' });
    if (v.college) cols.push({ key: 'C', h1: '其中', h2: '大专及以上', type: 'count', parent: 'T' });
  } else {
    cols.push({ key: 'F', h1: '其中：女', type: 'count', parent: 'T' }, { key: 'Y', h1: '其中：35岁及以下', type: 'count', parent: 'T' });
  }
  cols.push({ key: 'R', h1: '培训率（%）', type: 'rate', num: 'T', den: 'N' }, { key: 'P', h1: '参训人次（人次）', type: 'count' });
  if (v.hours !== false) cols.push({ key: 'H', h1: '总学时（学时）', type: 'count' });
  else cols.push({ key: 'H', type: 'hidden' });
  cols.push({ key: 'AH', h1: '人均学时（学时）', type: v.hours !== false ? 'avg' : 'wavg', num: 'H', den: 'T' });
  if (two) cols.forEach((c) => { if (!c.h2 && c.type !== 'hidden') c.h2 = undefined; });
  return cols;
};

function meetingData(labels, opt = {}) {
  return labels.map((label) => {
    const br = ri(4, 60), d = {};
    const types = { DY: 4, ZW: 12, XZ: 12, DK: 4, ZT: 12 };
    for (const [k, per] of Object.entries(types)) {
      const due = br * per; d[k + 'a'] = due;
      let done = due - (chance(0.5) ? 0 : ri(0, Math.ceil(due * 0.08)));
      if (opt.over && chance(0.25)) done = due + ri(1, 6);
      d[k + 'b'] = done;
    }
    return { label, data: d };
  });
}
const meetingCols = (subset) => {
  const names = { DY: '支部党员大会', ZW: '支委会', XZ: '党小组会', DK: '党课', ZT: '主题党日' };
  const cols = [{ key: 'L', h1: '单位', type: 'label' }];
  for (const k of subset) cols.push({ key: k + 'a', h1: names[k], h2: '应开（次）', type: 'count' }, { key: k + 'b', h1: names[k], h2: '实开（次）', type: 'count' }, { key: k + 'r', h1: names[k], h2: '完成率（%）', type: 'rate', num: k + 'b', den: k + 'a' });
  return cols;
};

function evalData(labels) {
  return labels.map((label) => {
    const N = ri(30, 1200), E = N - ri(0, Math.ceil(N * 0.06));
    const ex = Math.round(E * (0.12 + rnd() * 0.14)), bq = chance(0.4) ? 0 : ri(0, Math.ceil(E * 0.02)), jb = ri(0, Math.ceil(E * 0.04));
    return { label, data: { N, E, ex, ok: E - ex - bq - jb, jb, bq } };
  });
}
const evalCols = () => [{ key: 'L', h1: '单位', type: 'label' },
  { key: 'N', h1: '党员总数（人）', type: 'count' }, { key: 'E', h1: '参评党员（人）', type: 'count' }, { key: 'ER', h1: '评议率（%）', type: 'rate', num: 'E', den: 'N' },
  { key: 'ex', h1: '优秀', h2: '人数', type: 'count' }, { key: 'exr', h1: '优秀', h2: '占比（%）', type: 'rate', num: 'ex', den: 'E', share: true },
  { key: 'ok', h1: '合格', h2: '人数', type: 'count' }, { key: 'okr', h1: '合格', h2: '占比（%）', type: 'rate', num: 'ok', den: 'E', share: true },
  { key: 'jb', h1: '基本合格', h2: '人数', type: 'count' }, { key: 'jbr', h1: '基本合格', h2: '占比（%）', type: 'rate', num: 'jb', den: 'E', share: true },
  { key: 'bq', h1: '不合格', h2: '人数', type: 'count' }, { key: 'bqr', h1: '不合格', h2: '占比（%）', type: 'rate', num: 'bq', den: 'E', share: true }];

function funnelData(labels) {
  return labels.map((label) => {
    const ap = ri(20, 420), ac = Math.round(ap * (0.3 + rnd() * 0.4)), dv = Math.round(ac * (0.25 + rnd() * 0.35)), nw = Math.round(dv * (0.6 + rnd() * 0.4));
    const fq = ri(0, nw);
    const ne = ri(0, nw);
    return { label, data: { ap, ac, dv, nw, F: Math.round(nw * (0.2 + rnd() * 0.4)), Y: Math.round(nw * (0.5 + rnd() * 0.45)), C: Math.round(nw * (0.4 + rnd() * 0.55)), zz: Math.round(nw * (0.7 + rnd() * 0.5)), ne, so: nw - ne } };
  });
}
const funnelCols = (v) => {
  const cols = [{ key: 'L', h1: v.labelHead || '单位', type: 'label' }, { key: 'ap', h1: '入党申请人（人）', type: 'count' }, { key: 'ac', h1: '入党积极分子（人）', type: 'count' }, { key: 'dv', h1: '发展对象（人）', type: 'count' }, { key: 'nw', h1: '新发展党员（人）', type: 'count' }];
  if (v.two) cols.push({ key: 'F', h1: '新发展党员中', h2: '女', type: 'count', parent: 'nw' }, { key: 'Y', h1: '新发展党员中', h2: '35岁及以下', type: 'count', parent: 'nw' }, { key: 'C', h1: '新发展党员中', h2: '大专及以上', type: 'count', parent: 'nw' });
  else cols.push({ key: 'F', h1: '其中：女', type: 'count', parent: 'nw' }, { key: 'Y', h1: '其中：35岁及以下', type: 'count', parent: 'nw' }, { key: 'C', h1: '其中：大专及以上', type: 'count', parent: 'nw' });
  if (v.split) { cols.push({ key: 'ne', h1: '其中：非公企业', type: 'count', parent: 'nw' }, { key: 'so', h1: '其中：社会组织', type: 'count', parent: 'nw' }); }
  cols.push({ key: 'zz', h1: '按期转正（人）', type: 'count' });
  return cols;
};

function scoreData(labels) {
  return labels.map((label) => {
    const N = ri(20, 600), avg = 78 + rnd() * 15, pts = Math.round(N * avg);
    const mx = ri(96, 100), mn = ri(55, 75), hi = Math.round(N * (0.2 + rnd() * 0.5));
    return { label, data: { N, pts, mx, mn, hi } };
  });
}
const scoreCols = () => [{ key: 'L', h1: '单位', type: 'label' }, { key: 'N', h1: '参与积分党员（人）', type: 'count' }, { key: 'pts', type: 'hidden' },
  { key: 'av', h1: '平均积分（分）', type: 'wavg', num: 'pts', den: 'N' }, { key: 'mx', h1: '最高分（分）', type: 'max' }, { key: 'mn', h1: '最低分（分）', type: 'min' },
  { key: 'hi', h1: '90分及以上（人）', type: 'count', parent: 'N' }, { key: 'hir', h1: '90分及以上占比（%）', type: 'rate', num: 'hi', den: 'N' }];

function sideData(labels) {
  return labels.map((label) => {
    const a = ri(20, 800), b = ri(0, 300), zeroB = b < 15;
    const bb = zeroB ? 0 : b;
    return { label, data: { na: a, ta: a - ri(0, Math.ceil(a * 0.12)), nb: bb, tb: bb ? bb - ri(0, Math.ceil(bb * 0.15)) : 0 } };
  });
}
const sideCols = () => [{ key: 'L', h1: '单位', type: 'label' },
  { key: 'na', h1: '非公企业', h2: '党员数（人）', type: 'count' }, { key: 'ta', h1: '非公企业', h2: '参训党员（人）', type: 'count' }, { key: 'ra', h1: '非公企业', h2: '培训率（%）', type: 'rate', num: 'ta', den: 'na' },
  { key: 'nb', h1: '社会组织', h2: '党员数（人）', type: 'count' }, { key: 'tb', h1: '社会组织', h2: '参训党员（人）', type: 'count' }, { key: 'rb', h1: '社会组织', h2: '培训率（%）', type: 'rate', num: 'tb', den: 'nb' },
  { key: 'nc', h1: '合计', h2: '党员数（人）', type: 'rowsum', parts: ['na', 'nb'] }, { key: 'tc', h1: '合计', h2: '参训党员（人）', type: 'rowsum', parts: ['ta', 'tb'] }, { key: 'rc', h1: '合计', h2: '培训率（%）', type: 'rate', num: 'tc', den: 'nc' }];

// ---------- custom tables ----------
function yearCompare(book, s, st, o = {}) {
  const y = pick([2022, 2023, 2024]);
  const mk = () => { const ne = ri(800, 9000), so = ri(100, 2500), T = Math.round((ne + so) * (0.85 + rnd() * 0.14)); return { ne, so, N: ne + so, T, nw: ri(20, 300), ac: ri(60, 900), due: ri(500, 3000) }; };
  const p = mk(), c = { ...mk() };
  const pd = Math.round(p.due * (0.9 + rnd() * 0.1)), cd = Math.round(c.due * (0.92 + rnd() * 0.08));
  let r = s.nextRow || 1;
  put(s, r, 1, o.title || `${pick(COUNTIES)}非公企业和社会组织党员教育发展情况对比表`, { bold: true, size: 14 }); merge(s, r, 1, r, 6); r++;
  put(s, r, 1, '填报单位：县委组织部'); put(s, r, 5, `统计时间：${y}年12月31日`); r++;
  ['指标', '计量单位', `${y - 1}年`, `${y}年`, '比上年增减', '增减幅度（%）'].forEach((h, i) => put(s, r, 1 + i, h, { bold: true })); r++;
  const items = [['党员总数', '人', p.N, c.N], ['其中：非公企业', '人', p.ne, c.ne], ['　　　社会组织', '人', p.so, c.so], ['参训党员数', '人', p.T, c.T], ['培训率', '%', r1(p.T / p.N * 100), r1(c.T / c.N * 100)],
    ['入党积极分子', '人', p.ac, c.ac], ['新发展党员', '人', p.nw, c.nw], ['主题党日应开次数', '次', p.due, c.due], ['主题党日实开次数', '次', pd, cd], ['主题党日完成率', '%', r1(pd / p.due * 100), r1(cd / c.due * 100)]];
  const rowAt = {};
  items.forEach(([name, unit, a, b], i) => {
    rowAt[i] = r;
    put(s, r, 1, name); put(s, r, 2, unit);
    const pf = st.pctFrac && unit === '%';
    put(s, r, 3, pf ? Math.round(a * 10) / 1000 : a, { fmt: pf ? '0.0%' : unit === '%' ? '0.0' : '0' });
    put(s, r, 4, pf ? Math.round(b * 10) / 1000 : b, { fmt: pf ? '0.0%' : unit === '%' ? '0.0' : '0' });
    const diff = unit === '%' ? r1(b - a) : b - a;
    put(s, r, 5, diff, { fmt: unit === '%' ? '0.0' : '0' });
    book.rels.push({ t: 'diff', s: s.name, target: A(r, 5), a: A(r, 4), b: A(r, 3), pts: unit === '%' });
    book.roles.push({ s: s.name, a: A(r, 5), kind: 'diff', val: diff });
    if (unit === '%') put(s, r, 6, '—');
    else { const g = r1((b - a) / a * 100); put(s, r, 6, g, { fmt: '0.0' }); book.rels.push({ t: 'chg', s: s.name, target: A(r, 6), a: A(r, 4), b: A(r, 3) }); book.roles.push({ s: s.name, a: A(r, 6), kind: 'chg', val: g }); }
    r++;
  });
  for (const col of [3, 4]) {
    book.rels.push({ t: 'sum', s: s.name, target: A(rowAt[0], col), parts: [A(rowAt[1], col), A(rowAt[2], col)] });
    book.roles.push({ s: s.name, a: A(rowAt[0], col), kind: 'total', val: col === 3 ? p.N : c.N });
    book.rels.push({ t: 'rate', s: s.name, target: A(rowAt[4], col), num: A(rowAt[3], col), den: A(rowAt[0], col) });
    book.roles.push({ s: s.name, a: A(rowAt[4], col), kind: 'rate', val: col === 3 ? r1(p.T / p.N * 100) : r1(c.T / c.N * 100) });
    book.rels.push({ t: 'rate', s: s.name, target: A(rowAt[9], col), num: A(rowAt[8], col), den: A(rowAt[7], col) });
  }
  r++; put(s, r, 1, '注：培训率、完成率的增减为百分点。'); merge(s, r, 1, r, 6); r++;
  s.nextRow = r + 1;
}

function quarterly(book, s, st, o = {}) {
  const nq = o.nq || pick([2, 3, 4, 4]);
  const qn = ['第一季度', '第二季度', '第三季度', '第四季度'];
  let r = s.nextRow || 1;
  const y = pick([2023, 2024]);
  put(s, r, 1, o.title || `${y}年${pick(COUNTIES)}两新组织党员发展和教育分季度统计表`, { bold: true, size: 14 }); merge(s, r, 1, r, 10); r++;
  put(s, r, 1, '单位：人、人次、次、%'); r++;
  const h1 = r;
  const heads = [['季度', null], ['入党积极分子', '本季度'], ['入党积极分子', '累计'], ['新发展党员', '本季度'], ['新发展党员', '累计'], ['参训党员人次', '本季度'], ['参训党员人次', '累计'], ['主题党日', '应开'], ['主题党日', '实开'], ['主题党日', '完成率（%）']];
  heads.forEach(([a, b], i) => {
    if (!b) { put(s, h1, 1 + i, a, { bold: true }); merge(s, h1, 1 + i, h1 + 1, 1 + i); }
    else { if (i === 0 || heads[i - 1][0] !== a) { put(s, h1, 1 + i, a, { bold: true }); let j = i; while (j + 1 < heads.length && heads[j + 1][0] === a) j++; merge(s, h1, 1 + i, h1, 1 + j); } put(s, h1 + 1, 1 + i, b, { bold: true }); }
  });
  r = h1 + 2;
  const cum = [0, 0, 0]; const first = r;
  const rows = [];
  for (let q = 0; q < 4; q++) {
    put(s, r, 1, qn[q]);
    if (q < nq) {
      const vals = [ri(10, 160), ri(2, 45), ri(300, 4000)];
      vals.forEach((v, j) => {
        cum[j] += v;
        const tv = st.textNums ? String(v) : v, tc = st.textNums ? String(cum[j]) : cum[j];
        put(s, r, 2 + 2 * j, tv, { fmt: '0' }); put(s, r, 3 + 2 * j, tc, { fmt: '0' });
        if (q > 0) { book.rels.push({ t: 'sum', s: s.name, target: A(r, 3 + 2 * j), parts: [A(r - 1, 3 + 2 * j), A(r, 2 + 2 * j)] }); book.roles.push({ s: s.name, a: A(r, 3 + 2 * j), kind: 'cum', val: cum[j] }); }
        else book.rels.push({ t: 'sum', s: s.name, target: A(r, 3), parts: [A(r, 2)] });
      });
      const due = ri(40, 300), done = due - ri(0, Math.ceil(due * 0.06));
      put(s, r, 8, due); put(s, r, 9, done);
      const rt = r1(done / due * 100);
      put(s, r, 10, st.pctFrac ? Math.round(rt * 10) / 1000 : rt, { fmt: st.pctFrac ? '0.0%' : '0.0' });
      book.rels.push({ t: 'rate', s: s.name, target: A(r, 10), num: A(r, 9), den: A(r, 8) }); book.roles.push({ s: s.name, a: A(r, 10), kind: 'rate', val: rt });
      rows.push({ r, due, done });
    }
    r++;
  }
  if (nq === 4 && o.yearRow) {
    put(s, r, 1, '全年', { bold: true });
    for (let j = 0; j < 3; j++) { put(s, r, 2 + 2 * j, cum[j]); put(s, r, 3 + 2 * j, cum[j]); book.rels.push({ t: 'sum', s: s.name, target: A(r, 2 + 2 * j), parts: [0, 1, 2, 3].map((q) => A(first + q, 2 + 2 * j)) }); }
    const due = rows.reduce((a, x) => a + x.due, 0), done = rows.reduce((a, x) => a + x.done, 0);
    put(s, r, 8, due); put(s, r, 9, done); const rt = r1(done / due * 100);
    put(s, r, 10, st.pctFrac ? Math.round(rt * 10) / 1000 : rt, { fmt: st.pctFrac ? '0.0%' : '0.0' });
    book.rels.push({ t: 'sum', s: s.name, target: A(r, 8), parts: rows.map((x) => A(x.r, 8)) }); book.roles.push({ s: s.name, a: A(r, 8), kind: 'total', val: due });
    book.rels.push({ t: 'sum', s: s.name, target: A(r, 9), parts: rows.map((x) => A(x.r, 9)) });
    book.rels.push({ t: 'rate', s: s.name, target: A(r, 10), num: A(r, 9), den: A(r, 8) });
    r++;
  }
  r++; put(s, r, 1, '注：累计为年初至本季度末累计数；“入党积极分子”为本季度新确定人数。'); merge(s, r, 1, r, 10); r++;
  s.nextRow = r + 1;
}

// rows = overlapping 其中 (profile of funnel)
function profile(book, s, st, o = {}) {
  let r = s.nextRow || 1;
  put(s, r, 1, o.title || `${pick(COUNTIES)}非公企业和社会组织发展党员工作情况（按人员构成）`, { bold: true, size: 14 }); merge(s, r, 1, r, 7); r++;
  put(s, r, 1, '单位：人'); r++;
  const heads = ['项目', '入党申请人', '入党积极分子', '发展对象', '新发展党员', '新发展党员占比（%）'];
  heads.forEach((h, i) => put(s, r, 1 + i, h, { bold: true })); r++;
  let ap = ri(200, 3000), ac = Math.round(ap * (0.3 + rnd() * 0.3)), dv = Math.round(ac * (0.3 + rnd() * 0.3)), nw = Math.round(dv * (0.7 + rnd() * 0.3));
  if (o.tot) ({ ap, ac, dv, nw } = o.tot);
  const tot = [ap, ac, dv, nw];
  const labels = ['其中：女', '　　　少数民族', '　　　35岁及以下', '　　　大专及以上学历', '　　　生产工作一线'];
  const totRow = r;
  put(s, r, 1, o.totalLabel || '合计', { bold: true });
  tot.forEach((v, j) => put(s, r, 2 + j, st.textNums ? String(v) : v));
  put(s, r, 6, st.pctFrac ? 1 : 100, { fmt: st.pctFrac ? '0.0%' : '0.0' });
  r++;
  for (const lab of labels) {
    const f = lab.includes('少数') ? 0.03 + rnd() * 0.08 : 0.3 + rnd() * 0.6;
    const vals = tot.map((t) => Math.max(0, Math.min(t, Math.round(t * (f + (rnd() - 0.5) * 0.1)))));
    if (o.tot) { const k = lab.includes('女') ? 'F' : lab.includes('35') ? 'Y' : lab.includes('大专') ? 'C' : null; if (k) vals[3] = o.tot[k]; }
    put(s, r, 1, lab);
    vals.forEach((v, j) => {
      put(s, r, 2 + j, st.textNums ? String(v) : v);
      book.rels.push({ t: 'le', s: s.name, part: A(r, 2 + j), whole: A(totRow, 2 + j) });
      book.roles.push({ s: s.name, a: A(r, 2 + j), kind: 'part', val: v, whole: tot[j] });
    });
    const sh = r1(vals[3] / nw * 100);
    put(s, r, 6, st.pctFrac ? Math.round(sh * 10) / 1000 : sh, { fmt: st.pctFrac ? '0.0%' : '0.0' });
    book.rels.push({ t: 'rate', s: s.name, target: A(r, 6), num: A(r, 5), den: A(totRow, 5) }); book.roles.push({ s: s.name, a: A(r, 6), kind: 'share', val: sh });
    r++;
  }
  r++; put(s, r, 1, '注：“其中”各项有交叉，不能相加。'); merge(s, r, 1, r, 6); r++;
  s.nextRow = r + 1;
}

// ---------- book assembly ----------
const styleOf = (probe) => ({ pctFrac: chance(0.3), textNums: probe && chance(0.15) });
const yearStr = () => pick(['2023', '2024']);
function tableKinds(book, s, kind, st, extra = {}) {
  const area = pick(COUNTIES);
  const byCounty = chance(0.3);
  const labels = byCounty ? shuffle(COUNTIES.filter((c) => c !== area)) : shuffle(TOWNS);
  const n = extra.n || ri(4, 11);
  const totalLabel = extra.totalLabel || (byCounty ? pick(['全市', '合计', '总计']) : pick(['合计', '全县', '总计', '合计']));
  const base = { style: st, totalLabel, totalPos: extra.totalPos || (chance(0.35) ? 'top' : 'bottom'), transpose: extra.transpose, spacerAfterTotal: chance(0.2), colNumbers: chance(0.1) };
  const unitLine = pick(['填报单位：' + area + '委组织部', '填报单位：（盖章）' + area + '两新工委', '单位：人、人次、%']);
  const unitRight = chance(0.5) ? `填报日期：${yearStr()}年12月` : null;
  const who = pick(['非公企业和社会组织', '“两新”组织', '非公有制企业', '社会组织']);
  if (kind === 'training') {
    const v = { two: chance(0.5), college: chance(0.5), hours: chance(0.75) ? true : false };
    return writeTable(book, s, { ...base, cols: trainingCols(v), rows: extra.rows || trainingData(n, labels, { allowZero: extra.probe }), title: extra.title || `${yearStr()}年${area}${who}党员教育培训情况统计表`, unitLine, unitRight,
      notes: chance(0.7) ? ['注：1.培训率=参训党员数÷党员总数×100%；', '2.“其中”各项有交叉，不能相加；人均学时按参训党员计算。'] : null });
  }
  if (kind === 'meeting') {
    const sub = pick([['DY', 'ZW', 'XZ', 'DK'], ['DY', 'ZW', 'DK', 'ZT'], ['ZT'], ['DK', 'ZT'], ['DY', 'ZW', 'XZ', 'DK', 'ZT']]);
    return writeTable(book, s, { ...base, cols: meetingCols(sub), rows: meetingData(labels.slice(0, n), { over: extra.probe }), title: `${area}${who}党组织落实“三会一课”${sub.includes('ZT') ? '和主题党日' : ''}制度情况统计表`, unitLine, unitRight,
      notes: chance(0.6) ? ['注：完成率=实开次数÷应开次数×100%，部分支部加开主题党日，完成率可超过100%。'] : null });
  }
  if (kind === 'eval') {
    return writeTable(book, s, { ...base, cols: evalCols(), rows: evalData(labels.slice(0, n)), title: `${yearStr()}年度${area}${who}民主评议党员情况统计表`, unitLine, unitRight,
      notes: chance(0.6) ? ['注：占比=该等次人数÷参评党员数×100%，四舍五入保留一位小数，合计可能不等于100%。'] : null });
  }
  if (kind === 'funnel') {
    const v = { two: chance(0.4), split: chance(0.35) && !extra.noSplit };
    const rows = extra.rows || funnelData(labels.slice(0, n));
    if (!v.split) rows.forEach((r) => { delete r.data.ne; delete r.data.so; });
    const cols = funnelCols(v);
    if (v.split) { /* ne+so = nw, still each ≤ nw */ }
    return writeTable(book, s, { ...base, cols, rows, title: extra.title || `${yearStr()}年${area}${who}发展党员情况统计表`, unitLine, unitRight,
      notes: chance(0.6) ? ['注：入党申请人、入党积极分子、发展对象为年末在册人数，各阶段不能相加；按期转正为上年度预备党员本年转正人数。'] : null });
  }
  if (kind === 'score') {
    return writeTable(book, s, { ...base, cols: scoreCols(), rows: scoreData(labels.slice(0, n)), title: `${yearStr()}年${area}${who}党员积分管理情况统计表`, unitLine, unitRight,
      notes: ['注：平均积分为参与积分党员的平均分，合计行按人数加权计算。'] });
  }
  if (kind === 'side') {
    const rows = sideData(labels.slice(0, n));
    if (extra.probe && chance(0.5)) rows.forEach((r) => { if (r.data.nb === 0) { r.data.nb = null; r.data.tb = null; } });
    return writeTable(book, s, { ...base, cols: sideCols(), rows, title: `${yearStr()}年${area}非公企业和社会组织党员教育培训情况（分领域）`, unitLine, unitRight,
      notes: chance(0.5) ? ['注：“—”表示无社会组织党员，不计算培训率。'] : null });
  }
  throw new Error(kind);
}

function multiSheet(book, st, kind, probe) {
  const towns = shuffle(TOWNS).slice(0, ri(3, 5));
  const townTotals = [];
  const sumSheet = book.sheet('汇总');
  const sheets = towns.map((t) => book.sheet(t));
  const allRows = [];
  towns.forEach((t, i) => {
    const units = shuffle(ENTS).slice(0, ri(3, 6));
    const rows = kind === 'training' ? trainingData(units.length, units, { small: true }) : funnelData(units);
    if (kind === 'funnel') rows.forEach((r) => { delete r.data.ne; delete r.data.so; });
    allRows.push(rows);
  });
  const v = { two: chance(0.5), college: chance(0.5), hours: true };
  const cols = kind === 'training' ? trainingCols(v) : funnelCols({ two: chance(0.4) });
  const sumRows = towns.map((t, i) => { const d = {}; for (const r of allRows[i]) for (const [k, x] of Object.entries(r.data)) d[k] = (d[k] || 0) + x; return { label: t, data: d }; });
  const res = writeTable(book, sumSheet, { style: st, cols, rows: sumRows, title: `${yearStr()}年${pick(COUNTIES)}两新组织${kind === 'training' ? '党员教育培训' : '发展党员'}情况汇总表`, unitLine: '填报单位：县委两新工委', totalLabel: pick(['全县', '合计']), totalPos: chance(0.5) ? 'top' : 'bottom' });
  towns.forEach((t, i) => {
    const r = writeTable(book, sheets[i], { style: st, cols, rows: allRows[i], title: `${t}两新组织${kind === 'training' ? '党员教育培训' : '发展党员'}情况表`, unitLine: `填报单位：${t}党（工）委`, totalLabel: '合计', totalPos: chance(0.5) ? 'top' : 'bottom' });
    for (const c of cols) if (c.type === 'count') book.rels.push({ t: 'eq', s: '汇总', target: res.pos[c.key][i], other: [t, r.pos[c.key].T] });
  });
}

// ---------- planting ----------
function swapDigits(v) {
  const s = String(Math.abs(Math.round(v)));
  for (let i = s.length - 2; i >= 0; i--) if (s[i] !== s[i + 1]) { const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); if (t[0] !== '0') return Number(t); }
  return null;
}
function plant(book, kindWanted) {
  const roles = book.roles.filter((r) => r.kind === kindWanted && typeof r.val === 'number' && (r.kind !== 'part' || r.whole > 3) && (r.kind !== 'total' || r.val > 20));
  if (!roles.length) return null;
  const role = pick(roles);
  const sh = book.sheets.find((s) => s.name === role.s);
  let key; for (const [k, c] of sh.cells) { const [rr, cc] = k.split(',').map(Number); if (A(rr, cc) === role.a) key = k; }
  const cell = sh.cells.get(key);
  const isFrac = cell.fmt === '0.0%';
  const isText = typeof cell.v === 'string';
  let nv, note;
  const sgn = chance(0.5) ? 1 : -1;
  if (kindWanted === 'total' || kindWanted === 'cum' || kindWanted === 'rowsum') {
    if (kindWanted === 'total' && chance(0.35) && swapDigits(role.val) != null && Math.abs(swapDigits(role.val) - role.val) >= 9) { nv = swapDigits(role.val); note = `transposed digits ${role.val}->${nv}`; }
    else { nv = role.val + sgn * ri(2, 9); note = `${kindWanted} off: ${role.val}->${nv}`; }
  } else if (kindWanted === 'part') { nv = role.whole + ri(1, 6); note = `其中 ${role.val}->${nv} > whole ${role.whole}`; }
  else if (kindWanted === 'rate' || kindWanted === 'share' || kindWanted === 'avg') {
    let d = ri(6, 30) / 10; if (role.val - d < 0) d = -d; else d *= sgn;
    if (kindWanted === 'rate' && role.val >= 99.5 && d > 0) d = -d;
    nv = r1(role.val + d); note = `${kindWanted} ${role.val}->${nv}`;
  } else if (kindWanted === 'chg' || kindWanted === 'diff') { nv = kindWanted === 'chg' ? r1(role.val + sgn * ri(8, 40) / 10) : role.val + sgn * ri(3, 12); note = `${kindWanted} ${role.val}->${nv}`; }
  if (isFrac) cell.v = Math.round(nv * 10) / 1000; else cell.v = isText ? String(nv) : nv;
  book.planted = { sheet: role.s, cell: role.a }; book.note = note;
  return true;
}

// ---------- writing ----------
async function save(book) {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [k, c] of s.cells) {
      const [r, cc] = k.split(',').map(Number);
      const cell = ws.getCell(r, cc);
      cell.value = c.v;
      if (c.fmt && typeof c.v === 'number') cell.numFmt = c.fmt;
      if (c.bold) cell.font = { bold: true, size: c.size || 11 };
    }
    for (const m of s.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(path.join(OUT, book.file));
}

const KINDS = ['training', 'meeting', 'eval', 'funnel', 'score', 'side'];
function makeBook(file, probe, idx) {
  const b = new Book(file);
  const st = styleOf(probe);
  const form = probe ? idx % 10 : Math.floor(idx / 2) % 8;
  const kind = KINDS[(probe ? idx : Math.floor(idx / 2) + idx) % KINDS.length];
  if (form <= 3) { const s = b.sheet(pick(['Sheet1', '统计表', kind === 'training' ? '教育培训' : '表1'])); tableKinds(b, s, kind, st, { probe }); }
  else if (form === 4) { const s = b.sheet('年度对比'); yearCompare(b, s, st); }
  else if (form === 5) { const s = b.sheet('分季度'); quarterly(b, s, st, { yearRow: chance(0.5) }); }
  else if (form === 6 && !probe) { const s = b.sheet('构成'); profile(b, s, st, { totalLabel: pick(['合计', '全县', '总计']) }); }
  else if (form === 6) {
    const s = b.sheet('构成'); const area = pick(COUNTIES); const rows = funnelData(shuffle(TOWNS).slice(0, ri(4, 9))); rows.forEach((r) => { delete r.data.ne; delete r.data.so; });
    const tot = {}; for (const r of rows) for (const [k, x] of Object.entries(r.data)) tot[k] = (tot[k] || 0) + x;
    profile(b, s, st, { totalLabel: '全县', tot, title: `${area}两新组织发展党员情况（按人员构成）` });
    tableKinds(b, s, 'funnel', st, { probe, noSplit: true, rows, totalLabel: '全县', title: `${area}两新组织发展党员情况（分乡镇）` });
  }
  else if (form === 7) { multiSheet(b, st, pick(['training', 'funnel']), probe); }
  else if (form === 8) { const s = b.sheet('表' + ri(1, 9)); tableKinds(b, s, pick(['training', 'funnel', 'eval', 'side']), st, { probe, transpose: true }); }
  else { // two tables on one sheet / two sheets
    const s = b.sheet('表1'); tableKinds(b, s, kind, st, { probe });
    const s2 = chance(0.5) ? s : b.sheet('表2'); tableKinds(b, s2, KINDS[(idx + 2) % KINDS.length], st, { probe });
  }
  return b;
}

module.exports = { Book, profile, tableKinds, save, funnelData, shuffle, TOWNS, COUNTIES, setSeed: (x) => { seed = x; } };
if (require.main === module) (async () => {
  const manifest = [], pman = [];
  const plantKinds = { total: 1, rate: 1, part: 1, share: 1, cum: 1, chg: 1, diff: 1, rowsum: 1 };
  let pk = 0;
  const PK = ['total', 'rate', 'part', 'total', 'share', 'rate', 'cum', 'chg', 'rowsum', 'part', 'total', 'avg'];
  const books = [];
  for (let i = 0; i < 46; i++) {
    const b = makeBook(`cases/c${String(i).padStart(2, '0')}.xlsx`, false, i);
    if (i % 2 === 1) {
      let ok = false;
      const avail = [...new Set(b.roles.map((r) => r.kind))].filter((k) => k !== 'detail').sort((x, y) => (PK.indexOf(x) < 0) - (PK.indexOf(y) < 0));
      const rare = avail.filter((k) => ['share', 'cum', 'chg', 'diff', 'avg', 'rowsum'].includes(k));
      const order = (avail.includes('cum') ? ['cum'] : []).concat(rare.length && pk % 2 === 0 ? shuffle(rare) : []).concat(shuffle(avail));
      for (let t = 0; t < order.length && !ok; t++) { ok = plant(b, order[t]); }
      pk++;
      if (!ok) throw new Error('no plant ' + i);
    }
    books.push(b);
    await save(b);
    manifest.push({ file: b.file, planted: b.planted || null, note: b.note || 'clean' });
  }
  for (let i = 0; i < 100; i++) {
    const b = makeBook(`probe/p${String(i).padStart(3, '0')}.xlsx`, true, i);
    books.push(b);
    await save(b);
    pman.push({ file: b.file, planted: null, note: 'clean' });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(OUT, 'probe/manifest.json'), JSON.stringify(pman, null, 1));
  fs.writeFileSync(path.join(OUT, 'rels.json'), JSON.stringify(books.map((b) => ({ file: b.file, planted: b.planted || null, rels: b.rels })), null, 0));
  console.log('wrote', manifest.length, pman.length);
})();
