// Generator of monthly / quarterly progress-report workbooks (clean + planted twins).
// Usage: NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

// ---------- RNG ----------
let S = 1;
function seed(s) { S = s >>> 0 || 1; }
function rnd() { S = (S + 0x6d2b79f5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function rd(x, dp) { const m = 10 ** dp; const s = x < 0 ? -1 : 1; return Number(((s * Math.round(Math.abs(x) * m + 1e-7)) / m).toFixed(dp)); }
const DASH = '—';

// ---------- cell address ----------
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A1 = (r, c) => colL(c) + r;

// ---------- book model ----------
class Book {
  constructor() { this.sheets = []; this.rels = []; this.cands = []; }
  sheet(name) { const s = { name, cells: {}, merges: [], widths: {} }; this.sheets.push(s); return s; }
}
function put(sh, r, c, v, st = {}) { sh.cells[A1(r, c)] = { r, c, v, ...st }; }
function merge(sh, r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; sh.merges.push([r1, c1, r2, c2]); }

function fmtFor(dp, thousands) { if (dp === 0) return thousands ? '#,##0' : '0'; return (thousands ? '#,##0.' : '0.') + '0'.repeat(dp); }

// table writer. spec: {labelCols:[{key,label,width}], cols:[{key,label,group,dp,pctFrac,width}], rows:[{key,labels,vals,bold}], seqRow, textNums}
function putTable(book, sh, r0, c0, spec) {
  const all = [...spec.labelCols.map((l) => ({ ...l, isLabel: true })), ...spec.cols];
  const two = spec.cols.some((c) => c.group);
  const H = { bold: true, align: 'center', border: true, wrap: true };
  let r = r0;
  for (let i = 0; i < all.length; i++) {
    const col = all[i], c = c0 + i;
    sh.widths[c] = Math.max(sh.widths[c] || 0, col.width || (col.isLabel ? 16 : 12));
    if (!two) put(sh, r, c, col.label, H);
    else if (!col.group) { put(sh, r, c, col.label, H); put(sh, r + 1, c, null, H); merge(sh, r, c, r + 1, c); }
    else {
      const prev = all[i - 1];
      if (!prev || prev.group !== col.group) {
        let j = i; while (j + 1 < all.length && all[j + 1].group === col.group) j++;
        put(sh, r, c, col.group, H); for (let k = c + 1; k <= c0 + j; k++) put(sh, r, k, null, H);
        merge(sh, r, c, r, c0 + j);
      }
      put(sh, r + 1, c, col.label, H);
    }
  }
  r += two ? 2 : 1;
  if (spec.seqRow) {
    let n = 1; const hz = ['甲', '乙', '丙', '丁'];
    all.forEach((col, i) => put(sh, r, c0 + i, col.isLabel ? hz[i] : (spec.seqRow === 'num' ? n++ : String(n++)), { align: 'center', border: true }));
    r++;
  }
  const addr = {}, rowNum = {};
  for (const row of spec.rows) {
    rowNum[row.key] = r;
    all.forEach((col, i) => {
      const c = c0 + i;
      let v = col.isLabel ? row.labels[col.key] : row.vals[col.key];
      if (v === undefined) v = null;
      const st = { border: true, bold: row.bold };
      if (col.isLabel) st.align = 'left';
      else if (typeof v === 'number') {
        if (col.pctFrac) { v = Number((v / 100).toPrecision(12)); st.fmt = '0.' + '0'.repeat(col.dp) + '%'; }
        else st.fmt = fmtFor(col.dp, col.thousands);
        if (spec.textNums === 'fmt' && !col.pctFrac) { const isPct = /%|（%）|百分点/.test(col.label); v = isPct ? v.toFixed(col.dp) + (col.label.includes('百分点') ? '' : '%') : v.toLocaleString('en-US', { minimumFractionDigits: col.dp, maximumFractionDigits: col.dp }); st.align = 'right'; delete st.fmt; }
        else if (spec.textNums) { v = (col.pctFrac ? String(v) : v.toFixed(col.dp)); st.align = 'right'; delete st.fmt; }
      } else st.align = 'center';
      put(sh, r, c, v, st);
      addr[row.key + '|' + col.key] = sh.name + '!' + A1(r, c);
    });
    r++;
  }
  const pf = {}; spec.cols.forEach((c) => { if (c.pctFrac) pf[c.key] = true; });
  return { A: (rk, ck) => { const a = addr[rk + '|' + ck]; if (!a) throw new Error('no cell ' + rk + '|' + ck); return a; }, has: (rk, ck) => !!addr[rk + '|' + ck], end: r, ncols: all.length, pf, rowNum };
}
function putTitle(sh, r, c0, n, text) { put(sh, r, c0, text, { bold: true, align: 'center', size: 14 }); for (let k = 1; k < n; k++) put(sh, r, c0 + k, null, {}); merge(sh, r, c0, r, c0 + n - 1); }
function putUnit(sh, r, c0, n, text, left) {
  if (left) { put(sh, r, c0, left, { align: 'left' }); }
  put(sh, r, c0 + n - 1, text, { align: 'right' });
}
function putNotes(sh, r, c0, n, notes) { for (const t of notes) { put(sh, r, c0, t, { align: 'left' }); for (let k = 1; k < n; k++) put(sh, r, c0 + k, null, {}); merge(sh, r, c0, r, c0 + n - 1); r++; } return r; }

// ---------- vocab ----------
const TOWN_POOL = ['城关镇', '东风镇', '红星乡', '白沙镇', '龙泉镇', '石桥乡', '新华街道', '河西街道', '马坪镇', '柳树乡', '金山镇', '三合乡', '高桥镇', '双河镇', '永安乡', '太平镇', '黄土镇', '清水乡', '杨柳街道', '长安街道', '青龙镇', '桃园乡', '城南街道', '凤凰镇'];
const DIST_POOL = ['东城区', '西湖区', '南岸区', '北山区', '江北区', '高新区', '经开区', '临港新区', '滨江区', '老城区'];
const COUNTIES = ['青山县', '临江县', '石门县', '安平县', '云溪县', '长乐县', '平原县', '河口县'];
const CITIES = ['江州市', '云城市', '南平市', '东陵市'];
const IND = [
  { name: '固定资产投资', unit: '万元', base: [20000, 300000] },
  { name: '社会消费品零售总额', unit: '万元', base: [10000, 200000] },
  { name: '招商引资到位资金', unit: '亿元', base: [1, 40] },
  { name: '规模以上工业总产值', unit: '亿元', base: [2, 80] },
  { name: '一般公共预算收入', unit: '万元', base: [1000, 40000] },
  { name: '规模以上工业增加值', unit: '亿元', base: [0.5, 20] },
  { name: '限额以上批零住餐业营业额', unit: '万元', base: [2000, 60000] },
];
const monthsLabel = (n, dash = '—') => (n === 1 ? '1月' : `1${dash}${n}月`);

function placeName(level) { return level === 'city' ? pick(CITIES) : pick(COUNTIES); }
function units(level, n) { return level === 'city' ? shuffle(DIST_POOL).slice(0, Math.min(n, DIST_POOL.length)) : shuffle(TOWN_POOL).slice(0, n); }
function dpFor(unit) { return unit === '亿元' ? 2 : unit === '万元' ? pick([0, 0, 1]) : 0; }
function val(base, unit, dp) { const [a, b] = base; return rd(Math.exp(rf(Math.log(a), Math.log(b))), dp); }
function niceTarget(x, unit) { const step = unit === '亿元' ? 0.5 : x > 100000 ? 5000 : x > 10000 ? 1000 : x > 1000 ? 100 : 10; return Math.max(step, Math.round(x / step) * step); }
const g1 = (c, p, dp = 1) => (p === 0 || p === null || p === DASH ? DASH : rd(((c - p) / p) * 100, dp));
const ratio = (a, b, dp = 1) => (b === 0 || b === null || b === DASH ? DASH : rd((a / b) * 100, dp));
const sumv = (arr, dp) => rd(arr.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0), dp);

// relation helpers (addresses are 'Sheet!A1')
const R = {
  sum: (b, target, parts, extra = {}) => b.rels.push({ t: 'sum', target, parts, ...extra }),
  growth: (b, target, cur, prev, extra = {}) => b.rels.push({ t: 'growth', target, cur, prev, dp: 1, ...extra }),
  ratio: (b, target, num, den, extra = {}) => b.rels.push({ t: 'ratio', target, num, den, dp: 1, ...extra }),
  diff: (b, target, a, c, extra = {}) => b.rels.push({ t: 'diff', target, a, b: c, ...extra }),
  le: (b, a, c) => b.rels.push({ t: 'le', a, b: c }),
};
// plant candidates: kind 'val' (scale a figure) or 'pct' (shift a percentage) or 'int'
const cand = (b, cell, kind, note) => b.cands.push({ cell, kind, note });

// ===================================================================================
// T2: towns progress on one indicator (total + towns, optional groups, targets, growth)
function tTowns(b, o) {
  const level = o.level || pick(['county', 'county', 'city']);
  const place = placeName(level);
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const N = o.month || ri(2, 11);
  const year = o.year || pick([2023, 2024]);
  const dash = pick(['—', '—', '-']);
  const ml = monthsLabel(N, dash);
  const nT = o.nTowns || ri(6, 13);
  const sfx = (n) => (n.endsWith('街道') ? '街道' : n.endsWith('乡') ? '乡' : '镇');
  let names;
  if (o.singleGroup && level === 'county') {
    // one group (街道/镇/乡) holds a single town, as in counties with one 街道 or one 乡
    const by = (k) => shuffle(TOWN_POOL.filter((n) => sfx(n) === k));
    const ks = shuffle(['街道', '镇', '乡']);
    names = [by(ks[0])[0]];
    if (o.singleGroup === 2) { names.push(by(ks[1])[0]); names.push(...by(ks[2]).slice(0, Math.max(1, nT - 2))); }
    else {
      const rest = nT - 1, a = Math.max(2, Math.ceil(rest / 2));
      names.push(...by(ks[1]).slice(0, a));
      if (rest - a > 0) names.push(...by(ks[2]).slice(0, Math.max(2, rest - a)));
    }
  } else names = units(level, nT);
  const raw = !!o.raw && dp > 0;
  if (o.textNums) o = { ...o, pctFrac: false }; // text figures carry their own '%' sign
  // groups by suffix
  let groups = null;
  if (o.groups && level === 'county') {
    const by = {}; for (const n of names) { const k = sfx(n); (by[k] = by[k] || []).push(n); }
    const order = ['街道', '镇', '乡'].filter((k) => by[k]);
    const hz = ['一、', '二、', '三、', '四、'];
    groups = order.map((k, i) => ({ key: 'g' + i, label: hz[i] + (k === '街道' ? '街道' : k === '镇' ? '建制镇' : '乡'), kids: by[k] }));
    if (groups.length < 2) groups = null;
  }
  let useTarget = o.target ?? chance(0.7), useMonth = o.monthCol ?? chance(0.5), useDiff = o.diff ?? chance(0.25), useShare = o.share ?? chance(0.25);
  const usePmc = !!o.pmc && N >= 2 && !raw; if (usePmc) useMonth = true;
  const useSched = !!o.sched; if (useSched) useTarget = true;
  const useSub = !!o.subset && !raw && !groups;
  const xiaoji = !!o.xiaoji && !!groups;
  // data
  const data = {};
  const scale = (unit === '亿元' ? 1 : 1) / Math.sqrt(nT / 4);
  for (const n of names) {
    let prevRaw = Math.exp(rf(Math.log(ind.base[0] * scale), Math.log(ind.base[1] * scale)));
    const isNew = chance(o.newP ?? 0.06);
    if (o.stopTown && n === names[0]) { const pv = rd(prevRaw, dp); data[n] = { prevRaw: pv, curRaw: 0, monRaw: 0, prev: pv, cur: 0, mon: 0, tgt: DASH }; continue; }
    const gr = chance(0.3) ? rf(-0.45, -0.01) : rf(0.0, 0.6) * (chance(0.1) ? 3 : 1);
    let curRaw = isNew ? prevRaw * rf(0.2, 0.8) : prevRaw * (1 + gr);
    if (isNew) prevRaw = 0;
    const monRaw = N === 1 ? curRaw : curRaw * rf(0.04, 0.22);
    const tgtMissing = chance(o.noTargetP ?? 0.12);
    if (o.zeroTown && n === names[names.length - 1]) { data[n] = { prevRaw: 0, curRaw: 0, monRaw: 0, prev: 0, cur: 0, mon: 0, tgt: DASH }; continue; }
    const tgt = tgtMissing ? DASH : niceTarget((curRaw / (N / 12)) * rf(0.8, 1.3), unit);
    data[n] = { prevRaw, curRaw, monRaw, prev: rd(prevRaw, dp), cur: rd(curRaw, dp), mon: N === 1 ? rd(curRaw, dp) : rd(monRaw, dp), tgt };
  }
  const agg = (list) => {
    const d = {};
    for (const k of ['prev', 'cur', 'mon']) d[k] = raw ? rd(list.reduce((s, n) => s + data[n][k + 'Raw'], 0), dp) : sumv(list.map((n) => data[n][k]), dp);
    for (const k of ['prevRaw', 'curRaw', 'monRaw']) d[k] = list.reduce((s, n) => s + data[n][k], 0);
    d.tgt = list.some((n) => data[n].tgt !== DASH) ? sumv(list.map((n) => data[n].tgt), unit === '亿元' ? 2 : 0) : DASH;
    return d;
  };
  const totKey = '__tot';
  data[totKey] = agg(names);
  if (groups) for (const g of groups) data[g.key] = agg(g.kids);
  if (useSub) {
    const t = data[totKey], f = rf(0.2, 0.45);
    data.__sub = { cur: rd(t.cur * f, dp), prev: rd(t.prev * rf(0.2, 0.45), dp), tgt: DASH };
    data.__sub.mon = N === 1 ? data.__sub.cur : rd(Math.min(t.mon * rf(0.2, 0.6), data.__sub.cur), dp);
  }
  for (const k of Object.keys(data)) {
    const d = data[k];
    d.pmc = rd(d.cur - d.mon, dp);
    d.g = raw ? (d.prevRaw === 0 ? DASH : rd(((d.curRaw - d.prevRaw) / d.prevRaw) * 100, 1)) : g1(d.cur, d.prev);
    d.c = d.tgt === DASH ? DASH : ratio(raw ? d.curRaw : d.cur, d.tgt);
    d.diff = rd(d.cur - d.prev, dp);
    d.ts = rd((N / 12) * 100, 1);
    d.over = d.c === DASH ? DASH : rd(d.c - d.ts, 1);
  }
  const ranked = names.filter((n) => data[n].g !== DASH).sort((a, b2) => data[b2].g - data[a].g);
  for (const n of names) data[n].rank = data[n].g === DASH ? DASH : ranked.indexOf(n) + 1;
  for (const k of Object.keys(data)) data[k].sh = ratio(raw ? data[k].curRaw : data[k].cur, raw ? data[totKey].curRaw : data[totKey].cur);
  // columns
  const cols = [];
  const two = usePmc ? false : o.two ?? chance(0.5);
  if (usePmc) cols.push({ key: 'pmc', label: N === 2 ? '1月累计' : `1—${N - 1}月累计`, dp });
  if (useMonth) cols.push({ key: 'mon', label: N === 1 ? '本月' : `${N}月`, group: two ? '本月' : undefined, dp, thousands: dp === 0 && chance(0.5) });
  if (two) {
    const gl = `${ml}累计`;
    cols.push({ key: 'cur', label: '本年', group: gl, dp }, { key: 'prev', label: '上年同期', group: gl, dp });
    if (useDiff) cols.push({ key: 'diff', label: '增减额', group: gl, dp });
    cols.push({ key: 'g', label: '同比增长(%)', group: gl, dp: 1, pctFrac: !!o.pctFrac });
    if (useShare) cols.push({ key: 'sh', label: '占全' + (level === 'city' ? '市' : '县') + '比重(%)', group: gl, dp: 1 });
    if (useTarget) cols.push({ key: 'tgt', label: '目标任务', group: '全年', dp: unit === '亿元' ? 2 : 0 }, { key: 'c', label: '完成进度(%)', group: '全年', dp: 1 });
    if (useSched) cols.push({ key: 'ts', label: '时序进度(%)', group: '全年', dp: 1 }, { key: 'over', label: '超(欠)时序进度(百分点)', group: '全年', dp: 1 });
    if (o.rank) cols.push({ key: 'rank', label: '增速位次', dp: 0 });
  } else {
    if (useTarget) cols.push({ key: 'tgt', label: '全年目标', dp: unit === '亿元' ? 2 : 0 });
    cols.push({ key: 'cur', label: `${ml}累计`, dp }, { key: 'prev', label: '上年同期累计', dp });
    if (useDiff) cols.push({ key: 'diff', label: '比上年同期增减', dp });
    cols.push({ key: 'g', label: pick(['同比增长(%)', '同比增长（%）', '增速(%)', '比上年同期增长%']), dp: 1, pctFrac: !!o.pctFrac });
    if (useTarget) cols.push({ key: 'c', label: pick(['完成全年计划(%)', '完成全年目标(%)', '完成年度任务(%)']), dp: 1 });
    if (useSched) cols.push({ key: 'ts', label: '时序进度(%)', dp: 1 }, { key: 'over', label: '超(欠)时序进度(百分点)', dp: 1 });
    if (o.rank) cols.push({ key: 'rank', label: '增速位次', dp: 0 });
    if (useShare) cols.push({ key: 'sh', label: '占全' + (level === 'city' ? '市' : '县') + '比重(%)', dp: 1 });
  }
  const totLabel = o.totLabel || (o.totBottom ? '合计' : level === 'city' ? '全市' : '全县');
  if (o.blankDash) for (const d of Object.values(data)) for (const k of Object.keys(d)) if (d[k] === DASH) d[k] = null;
  const rowOf = (k, label, bold) => ({ key: k, labels: { name: label, seq: null }, vals: data[k], bold });
  let rows = [];
  const grpMerges = [];
  if (xiaoji) {
    const short = (l) => l.replace(/^[一二三四]、/, '');
    for (const g of groups) {
      const first = rows.length;
      g.kids.forEach((n, i) => rows.push({ key: n, labels: { grp: i === 0 ? short(g.label) : null, name: n }, vals: data[n] }));
      rows.push({ key: g.key, labels: { grp: null, name: '小计' }, vals: data[g.key], bold: true });
      grpMerges.push([rows[first].key, g.key]);
    }
    const tr = { key: totKey, labels: { grp: level === 'city' ? '全市合计' : '全县合计', name: null }, vals: data[totKey], bold: true };
    if (o.totBottom) rows.push(tr); else rows.unshift(tr);
    const labelCols = [{ key: 'grp', label: '类别', width: 10 }, { key: 'name', label: '乡镇（街道）' }];
    return { place, level, ind, unit, dp, N, ml, year, names, groups, cols, rows, labelCols, data, totKey, raw, useTarget, useShare, useDiff, useMonth, grpMerges, title: `${year}年${ml}${place}${ind.name}完成情况` };
  }
  if (groups) { for (const g of groups) { rows.push(rowOf(g.key, g.label, true)); g.kids.forEach((n) => rows.push(rowOf(n, '  ' + n))); } }
  else rows = names.map((n) => rowOf(n, n));
  const seqCol = !groups && chance(0.3);
  if (seqCol) rows.forEach((r, i) => (r.labels.seq = i + 1));
  const totRow = rowOf(totKey, totLabel, true);
  if (o.totBottom) rows.push(totRow); else rows.unshift(totRow);
  if (useSub) rows.splice(rows.indexOf(totRow) + 1, 0, rowOf('__sub', pick(['其中：经济开发区', '其中：省级开发区', '  其中：工业园区']), false));
  const labelCols = seqCol ? [{ key: 'seq', label: '序号', width: 6 }, { key: 'name', label: level === 'city' ? '区（县）' : '乡镇（街道）' }] : [{ key: 'name', label: pick(['地区', '单位', level === 'city' ? '县（市、区）' : '乡镇']) }];
  return { place, level, ind, unit, dp, N, ml, year, names, groups, cols, rows, labelCols, data, totKey, raw, useTarget, useShare, useDiff, useMonth, title: `${year}年${ml}${place}${ind.name}完成情况` };
}
function relsTowns(b, T, tb, opts = {}) {
  const { names, groups, totKey, data, raw, dp } = T;
  const has = (k) => T.cols.some((c) => c.key === k);
  const valKeys = ['mon', 'cur', 'prev', 'tgt', 'diff'].filter(has);
  const addrOf = opts.addrOf || ((rk, ck) => tb.A(rk, ck));
  const tol = (n) => (raw ? 0.5 * 10 ** -dp * (n + 1) + 1e-9 : undefined);
  for (const ck of valKeys) {
    if (ck === 'tgt' && !names.some((n) => data[n].tgt !== DASH)) continue;
    const rtol = ck === 'tgt' ? undefined : tol(names.length);
    if (groups) {
      R.sum(b, addrOf(totKey, ck), groups.map((g) => addrOf(g.key, ck)), { tol: raw && ck !== 'tgt' ? 0.5 * 10 ** -dp * (groups.length + 1) : undefined });
      for (const g of groups) R.sum(b, addrOf(g.key, ck), g.kids.map((n) => addrOf(n, ck)), { tol: ck === 'tgt' ? undefined : tol(g.kids.length) });
    } else R.sum(b, addrOf(totKey, ck), names.map((n) => addrOf(n, ck)), { tol: rtol });
  }
  const keys = [totKey, ...(groups ? groups.map((g) => g.key) : []), ...names, ...(data.__sub && T.rows.some((r) => r.key === '__sub') ? ['__sub'] : [])];
  if (keys.includes('__sub')) for (const ck of ['mon', 'cur', 'prev'].filter(has)) R.le(b, addrOf('__sub', ck), addrOf(totKey, ck));
  const valKeys2 = valKeys.concat(has('pmc') ? ['pmc'] : []);
  if (has('pmc')) { if (groups) { R.sum(b, addrOf(totKey, 'pmc'), groups.map((g) => addrOf(g.key, 'pmc'))); for (const g of groups) R.sum(b, addrOf(g.key, 'pmc'), g.kids.map((n) => addrOf(n, 'pmc'))); } else R.sum(b, addrOf(totKey, 'pmc'), names.map((n) => addrOf(n, 'pmc'))); }
  const pf = (ck) => !!T.cols.find((c) => c.key === ck && c.pctFrac);
  for (const k of keys) {
    const rawE = raw ? { rawDp: dp } : {};
    if (has('g')) R.growth(b, addrOf(k, 'g'), addrOf(k, 'cur'), addrOf(k, 'prev'), { ...rawE, pctFrac: pf('g') });
    if (has('c')) R.ratio(b, addrOf(k, 'c'), addrOf(k, 'cur'), addrOf(k, 'tgt'), raw ? { rawDp: dp, denExact: true } : {});
    if (has('sh')) R.ratio(b, addrOf(k, 'sh'), addrOf(k, 'cur'), addrOf(totKey, 'cur'), rawE);
    if (has('diff')) R.diff(b, addrOf(k, 'diff'), addrOf(k, 'cur'), addrOf(k, 'prev'));
    if (has('mon')) R.le(b, addrOf(k, 'mon'), addrOf(k, 'cur'));
    if (has('pmc')) R.sum(b, addrOf(k, 'cur'), [addrOf(k, 'pmc'), addrOf(k, 'mon')]);
    if (has('over') && typeof data[k].c === 'number') R.diff(b, addrOf(k, 'over'), addrOf(k, 'c'), addrOf(k, 'ts'));
  }
  // plant candidates
  const withPrev = names.filter((n) => typeof data[n].prev === 'number' && data[n].prev > 0 && data[n].cur > 0);
  const town = withPrev.length ? pick(withPrev) : null;
  if (town) cand(b, addrOf(town, 'cur'), 'val', `${town} ${T.ml}累计 changed`);
  if (has('g')) cand(b, addrOf(pick(names), 'g'), 'pct', 'growth % changed');
  if (has('c')) { const t2 = names.find((n) => data[n].tgt !== DASH); if (t2) cand(b, addrOf(t2, 'c'), 'pct', 'completion % changed'); }
  cand(b, addrOf(totKey, 'cur'), 'val', 'total cumulative changed');
  if (has('prev') && withPrev.length) cand(b, addrOf(pick(withPrev), 'prev'), 'val', 'town last-year figure changed');
}
function bookTowns(o = {}) {
  const b = new Book();
  const T = tTowns(b, o);
  const sh = b.sheet(o.sheetName || pick(['Sheet1', '表1', T.ind.name.slice(0, 6), `${T.N}月`]));
  const n = T.labelCols.length + T.cols.length;
  let r = 1;
  putTitle(sh, r++, 1, n, T.title);
  const unitTxt = `单位：${T.unit}`;
  putUnit(sh, r++, 1, n, unitTxt, chance(0.4) ? `填报单位：${T.place}统计局` : null);
  const tb = putTable(b, sh, r, 1, { labelCols: T.labelCols, cols: T.cols, rows: T.rows, seqRow: o.seqRow, textNums: o.textNums });
  relsTowns(b, T, tb);
  for (const [a, z] of T.grpMerges || []) merge(sh, tb.rowNum[a], 1, tb.rowNum[z], 1);
  if (T.grpMerges) { const tr = tb.rowNum[T.totKey]; merge(sh, tr, 1, tr, 2); }
  const notes = ['注：1.本表数据为快报数，以年报为准。', '2.“—”表示上年同期无数据或未下达目标。'];
  if (T.raw) notes.push('3.因四舍五入，合计数与分项之和可能略有出入。');
  if (chance(0.8)) putNotes(sh, tb.end + 1, 1, n, notes);
  return b;
}

// ===================================================================================
// T2b: towns table continued on a second sheet (rows split: 续表)
function bookContinuedRows(o = {}) {
  const b = new Book();
  const T = tTowns(b, { ...o, nTowns: o.nTowns || ri(12, 18), groups: false, totBottom: false, level: 'county' });
  const same = !!o.sameSheet;
  const s1 = b.sheet(o.s1 || '表1'), s2 = same ? s1 : b.sheet(o.s2 || pick(['表1（续）', '续表', '表1续']));
  const n = T.labelCols.length + T.cols.length;
  const k = Math.ceil(T.rows.length / 2) + 1;
  putTitle(s1, 1, 1, n, T.title); putUnit(s1, 2, 1, n, `单位：${T.unit}`);
  const t1 = putTable(b, s1, 3, 1, { labelCols: T.labelCols, cols: T.cols, rows: T.rows.slice(0, k) });
  const r2 = same ? t1.end + 2 : 1;
  if (same) put(s2, r2, 1, '续表', { bold: true, align: 'left' }); else putTitle(s2, 1, 1, n, '续表');
  putUnit(s2, r2 + 1, 1, n, `单位：${T.unit}`);
  const t2 = putTable(b, s2, r2 + 2, 1, { labelCols: T.labelCols, cols: T.cols, rows: T.rows.slice(k) });
  const inFirst = new Set(T.rows.slice(0, k).map((r) => r.key));
  relsTowns(b, T, null, { addrOf: (rk, ck) => (inFirst.has(rk) ? t1.A(rk, ck) : t2.A(rk, ck)) });
  putNotes(s2, t2.end + 1, 1, n, ['注：合计含本表及续表各乡镇。']);
  // keep only candidates on sheet 2 towns or growth cells
  b.cands = b.cands.filter((c) => !c.note.startsWith('total'));
  return b;
}

// T2c: columns continued on a second sheet (same rows; growth/completion on sheet 2)
function bookContinuedCols(o = {}) {
  const b = new Book();
  const T = tTowns(b, { ...o, two: false, target: true, groups: false, monthCol: false, diff: false, share: false });
  const s1 = b.sheet('表2'), s2 = b.sheet('表2续');
  const c1 = T.cols.filter((c) => ['tgt', 'cur', 'prev'].includes(c.key));
  const c2 = T.cols.filter((c) => ['g', 'c'].includes(c.key));
  putTitle(s1, 1, 1, 1 + c1.length, T.title); putUnit(s1, 2, 1, 1 + c1.length, `单位：${T.unit}`);
  const t1 = putTable(b, s1, 3, 1, { labelCols: T.labelCols, cols: c1, rows: T.rows });
  putTitle(s2, 1, 1, 1 + c2.length, '续表'); putUnit(s2, 2, 1, 1 + c2.length, '单位：%');
  const t2 = putTable(b, s2, 3, 1, { labelCols: T.labelCols, cols: c2, rows: T.rows });
  relsTowns(b, T, null, { addrOf: (rk, ck) => (['g', 'c'].includes(ck) ? t2.A(rk, ck) : t1.A(rk, ck)) });
  return b;
}

// ===================================================================================
// T1: main economic indicators (rows = indicators, some with 其中 rows)
function bookIndicators(o = {}) {
  const b = new Book();
  const place = placeName(o.level || 'county');
  const N = o.month || ri(2, 12), year = pick([2023, 2024]);
  const ml = monthsLabel(N);
  const rows = [];
  const mk = (key, label, unit, dp, prevRaw, g, monShare, opts = {}) => {
    const prev = rd(prevRaw, dp), cur = rd(prevRaw * (1 + g), dp);
    const mon = N === 1 ? cur : rd(cur * monShare, dp);
    return { key, labels: { name: label, unit }, vals: { prev, cur, mon }, dp, unit, ...opts };
  };
  const sc = rf(0.5, 3);
  // 工业
  rows.push({ key: 'h1', labels: { name: '一、工业', unit: null }, vals: {}, header: true, bold: true });
  rows.push(mk('gyzcz', '规模以上工业总产值', '亿元', 2, 60 * sc, rf(-0.15, 0.25), rf(0.06, 0.13)));
  if (o.profit ?? chance(0.5)) {
    const pv = -rd(rf(0.2, 3), 2), turn = chance(0.5), cv = turn ? rd(rf(0.1, 3), 2) : rd(pv * rf(0.3, 0.8), 2);
    rows.push({ key: 'lr', labels: { name: '规模以上工业利润总额', unit: '亿元' }, vals: { mon: DASH, cur: cv, prev: pv, g: turn ? '扭亏为盈' : '减亏' }, dp: 2, unit: '亿元', onlyGrowth: true });
  }
  if (chance(0.6)) rows.push({ key: 'gyzjz', labels: { name: '规模以上工业增加值', unit: '%' }, vals: { mon: DASH, cur: DASH, prev: DASH, g: rd(rf(-5, 12), 1) }, dp: 1, onlyGrowth: true });
  rows.push({ key: 'h2', labels: { name: '二、投资', unit: null }, vals: {}, header: true, bold: true });
  const fa = mk('gdzc', '固定资产投资', '万元', 0, 400000 * sc, rf(-0.2, 0.3), rf(0.05, 0.14));
  rows.push(fa);
  const ch = [];
  const s1 = rf(0.35, 0.6), s2 = rf(0.45, 0.7), s3 = rf(0.1, 0.3);
  ch.push(mk('gyt', '其中：工业投资', '万元', 0, fa.vals.prev * s1, rf(-0.3, 0.5), rf(0.05, 0.14), { parent: 'gdzc' }));
  ch.push(mk('mjt', '      民间投资', '万元', 0, fa.vals.prev * s2, rf(-0.2, 0.2), rf(0.05, 0.14), { parent: 'gdzc' }));
  if (chance(0.6)) ch.push(mk('fdc', '      房地产开发投资', '万元', 0, fa.vals.prev * s3, rf(-0.4, 0.1), rf(0.05, 0.14), { parent: 'gdzc' }));
  for (const c of ch) { if (c.vals.cur > fa.vals.cur * 0.95) { c.vals.cur = rd(fa.vals.cur * 0.9, 0); } c.vals.mon = N === 1 ? c.vals.cur : Math.min(rd(fa.vals.mon * rf(0.2, 0.9), 0), rd(c.vals.cur * 0.3, 0)); rows.push(c); }
  rows.push({ key: 'h3', labels: { name: '三、消费', unit: null }, vals: {}, header: true, bold: true });
  const dpS = pick([0, 1]);
  const xf = mk('shxf', '社会消费品零售总额', '万元', dpS, 250000 * sc, rf(-0.05, 0.15), rf(0.07, 0.12));
  rows.push(xf);
  if (chance(0.7)) {
    // exact partition 城镇 + 乡村
    const share = rf(0.6, 0.8);
    const cz = mk('cz', '其中：城镇', '万元', dpS, xf.vals.prev * share, rf(-0.05, 0.15), 0, { parent: 'shxf', part: true });
    cz.vals.prev = rd(xf.vals.prev * share, dpS); cz.vals.cur = rd(xf.vals.cur * rf(0.6, 0.8), dpS); cz.vals.mon = N === 1 ? cz.vals.cur : rd(xf.vals.mon * rf(0.6, 0.8), dpS);
    const xc = { key: 'xc', labels: { name: '      乡村', unit: '万元' }, vals: { prev: rd(xf.vals.prev - cz.vals.prev, dpS), cur: rd(xf.vals.cur - cz.vals.cur, dpS), mon: rd(xf.vals.mon - cz.vals.mon, dpS) }, dp: dpS, unit: '万元', parent: 'shxf', part: true };
    rows.push(cz, xc);
  }
  rows.push({ key: 'h4', labels: { name: '四、财政', unit: null }, vals: {}, header: true, bold: true });
  const cz = mk('ggys', '一般公共预算收入', '万元', 0, 30000 * sc, rf(-0.15, 0.15), rf(0.04, 0.12));
  rows.push(cz);
  const ss = mk('ss', '其中：税收收入', '万元', 0, cz.vals.prev * rf(0.6, 0.8), rf(-0.2, 0.2), rf(0.04, 0.12), { parent: 'ggys' });
  if (ss.vals.cur > cz.vals.cur) ss.vals.cur = rd(cz.vals.cur * 0.75, 0);
  ss.vals.mon = N === 1 ? ss.vals.cur : Math.min(rd(cz.vals.mon * rf(0.5, 0.9), 0), rd(ss.vals.cur * 0.3, 0));
  rows.push(ss);
  rows.push({ key: 'h5', labels: { name: '五、招商引资', unit: null }, vals: {}, header: true, bold: true });
  rows.push(mk('zsdw', '招商引资到位资金', '亿元', 2, 30 * sc, rf(-0.3, 0.9), rf(0.05, 0.2)));
  const np = ri(8, 40), ng = chance(0.2) ? 0 : ri(3, 40);
  rows.push({ key: 'qy', labels: { name: '新签约项目', unit: '个' }, vals: { prev: np, cur: ng, mon: N === 1 ? ng : Math.min(ng, ri(0, 5)) }, dp: 0, unit: '个' });
  if (chance(0.5)) { const nn = ri(2, 10); rows.push({ key: 'yy', labels: { name: '  其中：亿元以上项目', unit: '个' }, vals: (() => { const cu = Math.min(ng, ri(0, 8)); return { prev: Math.min(np, nn), cur: cu, mon: N === 1 ? cu : 0 }; })(), dp: 0, unit: '个', parent: 'qy' }); }
  if (chance(0.5)) rows.push({ key: 'wz', labels: { name: '实际利用外资', unit: '万美元' }, vals: { prev: 0, cur: rd(rf(50, 800), 0), mon: DASH }, dp: 0, unit: '万美元' });
  const useTgt = o.target ?? chance(0.5);
  const pfrac = !!o.pctFrac;
  for (const r of rows) {
    if (r.header) continue;
    const v = r.vals;
    if (v.mon === undefined) v.mon = DASH;
    if (!r.onlyGrowth) v.g = g1(v.cur, v.prev);
    if (useTgt && !r.onlyGrowth && !r.parent && r.unit !== '个' && r.unit !== '万美元') {
      v.tgt = niceTarget((v.cur / (N / 12)) * rf(0.8, 1.25), r.unit); if (r.unit === '亿元') v.tgt = rd(v.tgt, 2);
      v.c = ratio(v.cur, v.tgt);
    } else if (useTgt) { v.tgt = DASH; v.c = DASH; }
  }
  const cols = [{ key: 'mon', label: '本月', dp: 2 }, { key: 'cur', label: `${ml}累计`, dp: 2 }, { key: 'prev', label: '上年同期', dp: 2 }, { key: 'g', label: '同比增长(%)', dp: 1, pctFrac: pfrac }];
  if (useTgt) cols.push({ key: 'tgt', label: '全年目标', dp: 2 }, { key: 'c', label: '完成全年目标(%)', dp: 1 });
  // per-row number formats: write through table then fix fmt per row dp
  const sh = b.sheet(o.sheetName || pick(['主要指标', 'Sheet1', `${N}月`]));
  const labelCols = [{ key: 'name', label: '指标名称', width: 26 }, { key: 'unit', label: '计量单位', width: 8 }];
  const n = labelCols.length + cols.length;
  putTitle(sh, 1, 1, n, `${place}${year}年${ml}主要经济指标完成情况`);
  putUnit(sh, 2, 1, n, `${year}年${N}月`, null);
  const tb = putTable(b, sh, 3, 1, { labelCols, cols, rows, seqRow: o.seqRow });
  // fix formats per row
  for (const r of rows) for (const ck of ['mon', 'cur', 'prev', 'tgt']) { if (!tb.has(r.key, ck)) continue; const a = tb.A(r.key, ck).split('!')[1]; const cell = sh.cells[a]; if (cell && typeof cell.v === 'number') cell.fmt = fmtFor(r.dp, r.dp === 0); }
  putNotes(sh, tb.end + 1, 1, n, ['注：规模以上工业增加值增速按可比价计算，其余按现价计算。', '“—”表示无此项数据。']);
  // relations
  for (const r of rows) {
    if (r.header || r.onlyGrowth) continue;
    R.growth(b, tb.A(r.key, 'g'), tb.A(r.key, 'cur'), tb.A(r.key, 'prev'), { pctFrac: pfrac });
    if (typeof r.vals.mon === 'number') R.le(b, tb.A(r.key, 'mon'), tb.A(r.key, 'cur'));
    if (useTgt && typeof r.vals.tgt === 'number') R.ratio(b, tb.A(r.key, 'c'), tb.A(r.key, 'cur'), tb.A(r.key, 'tgt'));
    if (r.parent) for (const ck of ['mon', 'cur', 'prev']) R.le(b, tb.A(r.key, ck), tb.A(r.parent, ck));
  }
  if (rows.find((r) => r.key === 'cz')) for (const ck of ['mon', 'cur', 'prev']) R.sum(b, tb.A('shxf', ck), [tb.A('cz', ck), tb.A('xc', ck)]);
  cand(b, tb.A('gyzcz', 'g'), 'pct', 'industrial output growth % changed');
  cand(b, tb.A('gdzc', 'cur'), 'val', 'investment cumulative changed');
  cand(b, tb.A('zsdw', 'g'), 'pct', 'investment-attraction growth % changed');
  if (rows.find((r) => r.key === 'cz')) cand(b, tb.A('cz', 'cur'), 'val', 'urban retail part changed (partition breaks)');
  return b;
}

// ===================================================================================
// T3: party building progress (integers)
function bookParty(o = {}) {
  const b = new Book();
  const place = pick(COUNTIES);
  const N = o.month || ri(2, 11), year = pick([2023, 2024]);
  const ml = monthsLabel(N);
  const names = [...shuffle(TOWN_POOL).slice(0, o.nTowns || ri(6, 12)), ...(chance(0.6) ? ['县直机关工委'] : []), ...(chance(0.5) ? ['非公经济组织和社会组织党委'] : [])];
  const data = {};
  const useFemale = o.female ?? chance(0.5);
  const useTrain = chance(0.5);
  for (const n of names) {
    const d = {};
    d.zzCum = ri(0, 8); d.zzMon = N === 1 ? d.zzCum : Math.min(d.zzCum, ri(0, 2));
    d.plan = ri(4, 30); d.dyCum = Math.max(0, Math.round(d.plan * (N / 12) * rf(0.3, 1.5))); d.dyMon = N === 1 ? d.dyCum : Math.min(d.dyCum, ri(0, 4));
    d.dyF = Math.round(d.dyCum * rf(0.2, 0.5)); d.dyY = Math.round(d.dyCum * rf(0.3, 0.7));
    d.trMon = ri(0, 300); d.trCum = d.trMon + ri(0, 2000);
    data[n] = d;
  }
  const tot = {}; for (const k of Object.keys(data[names[0]])) tot[k] = names.reduce((s, n) => s + data[n][k], 0);
  data.__tot = tot;
  for (const k of Object.keys(data)) data[k].dyC = ratio(data[k].dyCum, data[k].plan);
  const cols = [
    { key: 'zzMon', label: '本月', group: '新建党组织（个）', dp: 0 }, { key: 'zzCum', label: `${ml}累计`, group: '新建党组织（个）', dp: 0 },
    { key: 'dyMon', label: '本月', group: '发展党员（名）', dp: 0 }, { key: 'dyCum', label: `${ml}累计`, group: '发展党员（名）', dp: 0 },
  ];
  if (useFemale) cols.push({ key: 'dyF', label: '其中：女性', group: '发展党员（名）', dp: 0 }, { key: 'dyY', label: '其中：35岁及以下', group: '发展党员（名）', dp: 0 });
  cols.push({ key: 'plan', label: '年度计划', group: '发展党员（名）', dp: 0 }, { key: 'dyC', label: '完成计划(%)', group: '发展党员（名）', dp: 1 });
  if (useTrain) cols.push({ key: 'trMon', label: '本月', group: '党员教育培训（人次）', dp: 0 }, { key: 'trCum', label: '累计', group: '党员教育培训（人次）', dp: 0 });
  const rows = [{ key: '__tot', labels: { name: '全县' }, vals: data.__tot, bold: true }, ...names.map((n) => ({ key: n, labels: { name: n }, vals: data[n] }))];
  if (o.totBottom) { rows.push(rows.shift()); rows[rows.length - 1].labels.name = '合计'; }
  const sh = b.sheet(o.sheetName || pick(['党建进度', 'Sheet1', `${N}月`]));
  const labelCols = [{ key: 'name', label: '单位', width: 24 }];
  const n = 1 + cols.length;
  putTitle(sh, 1, 1, n, `${place}${year}年${ml}基层党建重点工作进度统计表`);
  putUnit(sh, 2, 1, n, '单位：个、名、人次', `填报单位：中共${place}委组织部`);
  const tb = putTable(b, sh, 3, 1, { labelCols, cols, rows, seqRow: o.seqRow });
  putNotes(sh, tb.end + 1, 1, n, ['注：完成计划(%)=累计发展党员数÷年度计划×100。']);
  const ks = cols.filter((c) => c.key !== 'dyC').map((c) => c.key);
  for (const ck of ks) R.sum(b, tb.A('__tot', ck), names.map((x) => tb.A(x, ck)));
  for (const k of ['__tot', ...names]) {
    R.ratio(b, tb.A(k, 'dyC'), tb.A(k, 'dyCum'), tb.A(k, 'plan'));
    R.le(b, tb.A(k, 'zzMon'), tb.A(k, 'zzCum')); R.le(b, tb.A(k, 'dyMon'), tb.A(k, 'dyCum'));
    if (useFemale) { R.le(b, tb.A(k, 'dyF'), tb.A(k, 'dyCum')); R.le(b, tb.A(k, 'dyY'), tb.A(k, 'dyCum')); }
    if (useTrain) R.le(b, tb.A(k, 'trMon'), tb.A(k, 'trCum'));
  }
  const t = pick(names.filter((x) => data[x].dyCum > 0));
  cand(b, tb.A(t, 'dyCum'), 'int', `${t} 发展党员累计 changed`);
  cand(b, tb.A(pick(names), 'dyC'), 'pct', 'party completion % changed');
  cand(b, tb.A('__tot', 'zzCum'), 'int', 'total 新建党组织累计 changed');
  return b;
}

// ===================================================================================
// T4: months as rows (transposed), one indicator
function bookMonthsRows(o = {}) {
  const b = new Book();
  const place = placeName(o.level || pick(['county', 'city']));
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const N = o.month || ri(4, 12), year = pick([2023, 2024]);
  const jf = o.janFeb ?? chance(0.4); // first row 1—2月 combined
  const tot12 = N === 12 && chance(0.5);
  const base = val(ind.base, unit, dp) / 10;
  const periods = [];
  if (jf) periods.push({ key: 'm2', label: '1—2月', m: 2 }); else periods.push({ key: 'm1', label: '1月', m: 1 }, { key: 'm2', label: '2月', m: 2 });
  for (let m = 3; m <= 12; m++) periods.push({ key: 'm' + m, label: m + '月', m });
  let cum = 0, pcum = 0, rcum = 0, rpcum = 0;
  const raw = !!o.raw && dp > 0;
  const gr = (a, b2) => (b2 === 0 ? DASH : rd(((a - b2) / b2) * 100, 1));
  const rows = [];
  const useMG = o.monthGrowth ?? chance(0.6), useTgt = chance(0.4);
  const tgt = niceTarget(base * 12 * rf(1.0, 1.3), unit);
  for (const p of periods) {
    const v = {};
    const factor = p.label === '1—2月' ? 2 : 1;
    const pmRaw = base * factor * rf(0.7, 1.3) * (raw ? 1.0000123 : 1);
    const pm = rd(pmRaw, dp);
    rpcum += pmRaw;
    pcum = raw ? rd(rpcum, dp) : rd(pcum + pm, dp);
    v.pm = pm; v.pcum = pcum;
    if (p.m <= N) {
      const mmRaw = (raw ? pmRaw : pm) * rf(0.7, 1.35);
      const mm = rd(mmRaw, dp);
      rcum += mmRaw;
      cum = raw ? rd(rcum, dp) : rd(cum + mm, dp);
      v.mon = mm; v.cum = cum;
      v.mg = raw ? gr(mmRaw, pmRaw) : g1(mm, pm); v.cg = raw ? gr(rcum, rpcum) : g1(cum, pcum);
      if (useTgt) v.c = ratio(raw ? rcum : cum, tgt);
    } else { v.mon = o.future === 'dash' ? DASH : null; v.cum = v.mon; v.mg = v.mon; v.cg = v.mon; if (useTgt) v.c = v.mon; }
    rows.push({ key: p.key, labels: { name: p.label }, vals: v, m: p.m });
  }
  if (tot12) rows.push({ key: 'tot', labels: { name: '全年合计' }, vals: { mon: cum, cum, pm: pcum, pcum, mg: raw ? gr(rcum, rpcum) : g1(cum, pcum), cg: raw ? gr(rcum, rpcum) : g1(cum, pcum), c: useTgt ? ratio(raw ? rcum : cum, tgt) : undefined }, bold: true });
  const cols = [{ key: 'mon', label: '本月', group: `${year}年`, dp }, { key: 'cum', label: '累计', group: `${year}年`, dp }, { key: 'pm', label: '本月', group: `${year - 1}年`, dp }, { key: 'pcum', label: '累计', group: `${year - 1}年`, dp }];
  if (useMG) cols.push({ key: 'mg', label: '当月', group: '同比增长(%)', dp: 1 });
  cols.push({ key: 'cg', label: '累计', group: '同比增长(%)', dp: 1 });
  if (useTgt) cols.push({ key: 'c', label: `完成全年目标(%)`, dp: 1 });
  const sh = b.sheet(o.sheetName || pick(['分月', '月度进度', 'Sheet1']));
  const labelCols = [{ key: 'name', label: '月份', width: 10 }];
  const n = 1 + cols.length;
  putTitle(sh, 1, 1, n, `${place}${year}年${ind.name}分月完成情况`);
  putUnit(sh, 2, 1, n, `单位：${unit}`);
  const tb = putTable(b, sh, 3, 1, { labelCols, cols, rows });
  const notes = [];
  if (useTgt) notes.push(`注：全年目标${tgt}${unit}。`);
  if (jf) notes.push((notes.length ? '' : '注：') + '1—2月数据合并统计。');
  if (raw) notes.push((notes.length ? '' : '注：') + '累计数按未经四舍五入的原始数据计算。');
  if (notes.length) putNotes(sh, tb.end + 1, 1, n, notes);
  const act = rows.filter((r) => r.m);
  const rawSum = raw ? { tol: 1.5 * 10 ** -dp } : {}, rawG = raw ? { rawDp: dp } : {};
  const relCount = b.rels.length;
  for (let i = 0; i < act.length; i++) {
    const r = act[i];
    if (i === 0) { R.sum(b, tb.A(r.key, 'pcum'), [tb.A(r.key, 'pm')]); if (r.m <= N) R.sum(b, tb.A(r.key, 'cum'), [tb.A(r.key, 'mon')]); }
    else { R.sum(b, tb.A(r.key, 'pcum'), [tb.A(act[i - 1].key, 'pcum'), tb.A(r.key, 'pm')]); if (r.m <= N) R.sum(b, tb.A(r.key, 'cum'), [tb.A(act[i - 1].key, 'cum'), tb.A(r.key, 'mon')]); }
    if (r.m <= N) {
      R.growth(b, tb.A(r.key, 'cg'), tb.A(r.key, 'cum'), tb.A(r.key, 'pcum'));
      if (useMG) R.growth(b, tb.A(r.key, 'mg'), tb.A(r.key, 'mon'), tb.A(r.key, 'pm'));
      if (useTgt) b.rels.push({ t: 'ratioConst', target: tb.A(r.key, 'c'), num: tb.A(r.key, 'cum'), den: tgt, dp: 1 });
    }
  }
  if (tot12) {
    R.sum(b, tb.A('tot', 'mon'), act.map((r) => tb.A(r.key, 'mon'))); R.sum(b, tb.A('tot', 'pm'), act.map((r) => tb.A(r.key, 'pm')));
    if (useMG) R.growth(b, tb.A('tot', 'mg'), tb.A('tot', 'mon'), tb.A('tot', 'pm'));
    R.growth(b, tb.A('tot', 'cg'), tb.A('tot', 'cum'), tb.A('tot', 'pcum'));
    R.sum(b, tb.A('tot', 'cum'), [tb.A(act[act.length - 1].key, 'cum')]); R.sum(b, tb.A('tot', 'pcum'), [tb.A(act[act.length - 1].key, 'pcum')]);
    if (useTgt) b.rels.push({ t: 'ratioConst', target: tb.A('tot', 'c'), num: tb.A('tot', 'mon'), den: tgt, dp: 1 });
  }
  if (raw) for (const r of b.rels.slice(relCount)) {
    if (r.t === 'sum') r.tol = r.parts.length > 2 ? (r.parts.length + 1) * 0.5 * 10 ** -dp : 1.5 * 10 ** -dp;
    else { r.rawDp = dp; if (r.t === 'ratioConst') r.denExact = true; }
  }
  const mid = act[Math.max(1, Math.floor(Math.min(N, 12) / 2) - (jf ? 1 : 0))];
  cand(b, tb.A(mid.key, 'cum'), 'val', `${mid.labels.name} cumulative changed`);
  cand(b, tb.A(act[Math.min(act.length - 1, 2)].key, 'cg'), 'pct', 'cumulative growth changed');
  cand(b, tb.A(act[3].key, 'pcum'), 'val', 'last-year cumulative changed');
  return b;
}

// T4b: quarters as rows
function bookQuarterRows(o = {}) {
  const b = new Book();
  const place = placeName('county');
  const ind = pick(IND);
  const unit = ind.unit, dp = dpFor(unit);
  const year = pick([2023, 2024]);
  const upTo = o.upTo || pick([2, 3, 4]);
  const base = val(ind.base, unit, dp) / 4;
  const q = [], pq = [];
  for (let i = 0; i < 4; i++) { pq.push(rd(base * rf(0.7, 1.3), dp)); q.push(i < upTo ? rd(pq[i] * rf(0.75, 1.3), dp) : null); }
  const P = [
    { key: 'q1', label: '一季度', idx: [0] }, { key: 'q2', label: '二季度', idx: [1] }, { key: 'h1', label: '上半年', idx: [0, 1] },
    { key: 'q3', label: '三季度', idx: [2] }, { key: 'm9', label: '前三季度', idx: [0, 1, 2] }, { key: 'q4', label: '四季度', idx: [3] }, { key: 'fy', label: '全年', idx: [0, 1, 2, 3] },
  ];
  const rows = P.map((p) => {
    const ok = p.idx.every((i) => i < upTo);
    const cur = ok ? sumv(p.idx.map((i) => q[i]), dp) : DASH;
    const prev = sumv(p.idx.map((i) => pq[i]), dp);
    return { key: p.key, labels: { name: p.label }, vals: { cur, prev, g: ok ? g1(cur, prev) : DASH }, bold: p.idx.length > 1 };
  });
  const cols = [{ key: 'cur', label: `${year}年`, dp }, { key: 'prev', label: `${year - 1}年`, dp }, { key: 'g', label: '同比增长(%)', dp: 1 }];
  const sh = b.sheet('分季度');
  putTitle(sh, 1, 1, 4, `${place}${ind.name}分季度完成情况`);
  putUnit(sh, 2, 1, 4, `单位：${unit}`);
  const tb = putTable(b, sh, 3, 1, { labelCols: [{ key: 'name', label: '时期' }], cols, rows });
  const comp = { h1: ['q1', 'q2'], m9: ['h1', 'q3'], fy: ['m9', 'q4'] };
  for (const [k, parts] of Object.entries(comp)) {
    R.sum(b, tb.A(k, 'prev'), parts.map((x) => tb.A(x, 'prev')));
    if (rows.find((r) => r.key === k).vals.cur !== DASH) R.sum(b, tb.A(k, 'cur'), parts.map((x) => tb.A(x, 'cur')));
  }
  for (const r of rows) if (r.vals.g !== DASH) R.growth(b, tb.A(r.key, 'g'), tb.A(r.key, 'cur'), tb.A(r.key, 'prev'));
  cand(b, tb.A('h1', 'cur'), 'val', '上半年 changed');
  cand(b, tb.A('q2', 'g'), 'pct', 'Q2 growth changed');
  return b;
}

// ===================================================================================
// T5: quarterly columns, rows = towns (+ total)
function bookQuarterCols(o = {}) {
  const b = new Book();
  const level = pick(['county', 'city']);
  const place = placeName(level);
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const year = pick([2023, 2024]);
  const upTo = o.upTo || pick([2, 3, 4]);
  const names = units(level, o.nTowns || ri(5, 10));
  const scale = 1 / Math.sqrt(names.length / 3) / 4;
  const data = {};
  const keys = ['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'fy', 'pfy', 'g'];
  for (const n of names) {
    const d = {};
    const base = Math.exp(rf(Math.log(ind.base[0] * scale), Math.log(ind.base[1] * scale)));
    ['q1', 'q2', 'q3', 'q4'].forEach((k, i) => (d[k] = i < upTo ? rd(base * rf(0.6, 1.4), dp) : DASH));
    d.h1 = sumv([d.q1, d.q2], dp);
    d.m9 = upTo >= 3 ? sumv([d.h1, d.q3], dp) : DASH;
    d.fy = upTo >= 4 ? sumv([d.m9, d.q4], dp) : DASH;
    d.pfy = rd(base * 4 * rf(0.7, 1.3), dp);
    data[n] = d;
  }
  const tot = {};
  for (const k of keys.slice(0, 8)) tot[k] = names.some((n) => data[n][k] === DASH) ? DASH : sumv(names.map((n) => data[n][k]), dp);
  data.__tot = tot;
  const last = upTo >= 4 ? 'fy' : upTo === 3 ? 'm9' : 'h1';
  const useG = upTo === 4;
  for (const k of Object.keys(data)) if (useG) data[k].g = g1(data[k].fy, data[k].pfy);
  let cols = [{ key: 'q1', label: '一季度' }, { key: 'q2', label: '二季度' }, { key: 'h1', label: '上半年' }, { key: 'q3', label: '三季度' }, { key: 'm9', label: '前三季度' }, { key: 'q4', label: '四季度' }, { key: 'fy', label: '全年' }];
  if (!o.keepFuture) { const cut = cols.findIndex((c) => c.key === last); cols = cols.slice(0, cut + 1); }
  cols = cols.map((c) => ({ ...c, dp }));
  if (useG) cols.push({ key: 'pfy', label: '上年全年', dp }, { key: 'g', label: '全年同比增长(%)', dp: 1 });
  const totLabel = level === 'city' ? '全市' : '全县';
  const rows = [{ key: '__tot', labels: { name: totLabel }, vals: data.__tot, bold: true }, ...names.map((n) => ({ key: n, labels: { name: n }, vals: data[n] }))];
  const sh = b.sheet(o.sheetName || pick(['分季度', 'Sheet1', `${year}年`]));
  const n = 1 + cols.length;
  putTitle(sh, 1, 1, n, `${place}${year}年分季度${ind.name}`);
  putUnit(sh, 2, 1, n, `单位：${unit}`);
  const tb = putTable(b, sh, 3, 1, { labelCols: [{ key: 'name', label: '地区' }], cols, rows });
  const shown = new Set(cols.map((c) => c.key));
  for (const k of ['__tot', ...names]) {
    const d = data[k];
    if (shown.has('h1')) R.sum(b, tb.A(k, 'h1'), [tb.A(k, 'q1'), tb.A(k, 'q2')]);
    if (shown.has('m9') && d.m9 !== DASH) R.sum(b, tb.A(k, 'm9'), [tb.A(k, 'h1'), tb.A(k, 'q3')]);
    if (shown.has('fy') && d.fy !== DASH) R.sum(b, tb.A(k, 'fy'), [tb.A(k, 'm9'), tb.A(k, 'q4')]);
    if (useG) R.growth(b, tb.A(k, 'g'), tb.A(k, 'fy'), tb.A(k, 'pfy'));
  }
  for (const c of cols) if (c.key !== 'g' && tot[c.key] !== DASH) R.sum(b, tb.A('__tot', c.key), names.map((x) => tb.A(x, c.key)));
  const t = pick(names);
  cand(b, tb.A(t, 'h1'), 'val', `${t} 上半年 changed`);
  cand(b, tb.A('__tot', 'q2'), 'val', 'total Q2 changed');
  if (useG) cand(b, tb.A(pick(names), 'g'), 'pct', 'annual growth changed');
  return b;
}

// T5b: quarter grid: each period a column group {本年, 上年同期, 同比增长(%)}, rows = total + towns
function bookQuarterGrid(o = {}) {
  const b = new Book();
  const level = pick(['county', 'city']);
  const place = placeName(level);
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const year = pick([2023, 2024]);
  const upTo = o.upTo || pick([2, 3]);
  const names = units(level, o.nTowns || ri(4, 9));
  const scale = 1 / Math.sqrt(names.length / 3) / 4;
  const P = [{ key: 'q1', label: '一季度', idx: [0] }, { key: 'q2', label: '二季度', idx: [1] }, { key: 'h1', label: '上半年', idx: [0, 1] }, { key: 'q3', label: '三季度', idx: [2] }, { key: 'm9', label: '前三季度', idx: [0, 1, 2] }].filter((p) => p.idx.every((i) => i < upTo));
  const data = {};
  for (const n of names) {
    const base = Math.exp(rf(Math.log(ind.base[0] * scale), Math.log(ind.base[1] * scale)));
    const q = [0, 1, 2].map(() => rd(base * rf(0.6, 1.4), dp)), pq = [0, 1, 2].map(() => rd(base * rf(0.6, 1.4), dp));
    if (chance(0.08)) pq[0] = 0;
    const d = {};
    for (const p of P) { d[p.key + 'c'] = sumv(p.idx.map((i) => q[i]), dp); d[p.key + 'p'] = sumv(p.idx.map((i) => pq[i]), dp); }
    data[n] = d;
  }
  const tot = {}; for (const k of Object.keys(data[names[0]])) tot[k] = sumv(names.map((n) => data[n][k]), dp);
  data.__tot = tot;
  for (const d of Object.values(data)) for (const p of P) d[p.key + 'g'] = g1(d[p.key + 'c'], d[p.key + 'p']);
  const cols = [];
  for (const p of P) cols.push({ key: p.key + 'c', label: '本年', group: p.label, dp }, { key: p.key + 'p', label: '上年同期', group: p.label, dp }, { key: p.key + 'g', label: '增长(%)', group: p.label, dp: 1 });
  const rows = [{ key: '__tot', labels: { name: level === 'city' ? '全市' : '全县' }, vals: tot, bold: true }, ...names.map((n) => ({ key: n, labels: { name: n }, vals: data[n] }))];
  const sh = b.sheet(o.sheetName || '季度进度');
  const n = 1 + cols.length;
  putTitle(sh, 1, 1, n, `${place}${year}年分季度${ind.name}完成情况`);
  putUnit(sh, 2, 1, n, `单位：${unit}`);
  const tb = putTable(b, sh, 3, 1, { labelCols: [{ key: 'name', label: '地区' }], cols, rows });
  putNotes(sh, tb.end + 1, 1, n, ['注：上半年=一季度+二季度；前三季度=上半年+三季度。']);
  for (const c of cols) if (!c.key.endsWith('g')) R.sum(b, tb.A('__tot', c.key), names.map((x) => tb.A(x, c.key)));
  const comp = { h1: ['q1', 'q2'], m9: ['h1', 'q3'] };
  for (const k of ['__tot', ...names]) {
    for (const p of P) R.growth(b, tb.A(k, p.key + 'g'), tb.A(k, p.key + 'c'), tb.A(k, p.key + 'p'));
    for (const [pk, parts] of Object.entries(comp)) if (P.find((p) => p.key === pk)) for (const sfx of ['c', 'p']) R.sum(b, tb.A(k, pk + sfx), parts.map((x) => tb.A(k, x + sfx)));
  }
  const t = pick(names);
  cand(b, tb.A(t, 'h1c'), 'val', `${t} 上半年本年 changed`);
  cand(b, tb.A(pick(names), 'q2g'), 'pct', 'Q2 growth changed');
  cand(b, tb.A('__tot', 'q1p'), 'val', 'total Q1 last-year changed');
  return b;
}

// T4c: months as rows, towns as columns (本月 figures), then 累计 / 上年同期累计 / 同比 rows
function bookMonthsTowns(o = {}) {
  const b = new Book();
  const level = pick(['county', 'city']);
  const place = placeName(level);
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const year = pick([2023, 2024]);
  const N = o.month || ri(3, 8);
  const names = units(level, o.nTowns || ri(3, 6));
  const scale = 1 / Math.sqrt(names.length / 3) / 12;
  const m = {}, p = {};
  for (const n of names) { const base = Math.exp(rf(Math.log(ind.base[0] * scale), Math.log(ind.base[1] * scale))); m[n] = []; for (let i = 0; i < N; i++) m[n].push(rd(base * rf(0.5, 1.5), dp)); p[n] = rd(base * N * rf(0.75, 1.3), dp); }
  const tm = []; for (let i = 0; i < N; i++) tm.push(sumv(names.map((n) => m[n][i]), dp));
  const rows = [];
  const V = (i) => { const v = { __tot: tm[i] }; names.forEach((n) => (v[n] = m[n][i])); return v; };
  for (let i = 0; i < N; i++) rows.push({ key: 'm' + (i + 1), labels: { name: `${i + 1}月` }, vals: V(i) });
  const cum = { __tot: sumv(tm, dp) }; names.forEach((n) => (cum[n] = sumv(m[n], dp)));
  const prev = { __tot: sumv(names.map((n) => p[n]), dp) }; names.forEach((n) => (prev[n] = p[n]));
  const gr = {}; for (const k of ['__tot', ...names]) gr[k] = g1(cum[k], prev[k]);
  rows.push({ key: 'cum', labels: { name: `${monthsLabel(N)}累计` }, vals: cum, bold: true }, { key: 'prev', labels: { name: '上年同期累计' }, vals: prev }, { key: 'g', labels: { name: '同比增长(%)' }, vals: gr });
  const cols = [{ key: '__tot', label: level === 'city' ? '全市' : '全县', dp }, ...names.map((n) => ({ key: n, label: n, dp }))];
  const sh = b.sheet(o.sheetName || pick(['分月分地区', 'Sheet1']));
  const nc = 1 + cols.length;
  putTitle(sh, 1, 1, nc, `${place}${year}年${ind.name}分月分地区情况`);
  putUnit(sh, 2, 1, nc, `单位：${unit}；增长：%`);
  const tb = putTable(b, sh, 3, 1, { labelCols: [{ key: 'name', label: '月份' }], cols, rows });
  // growth row is a percentage: set 1-dp format
  for (const k of ['__tot', ...names]) { const a = tb.A('g', k).split('!')[1]; if (typeof sh.cells[a].v === 'number') sh.cells[a].fmt = '0.0'; }
  for (const r of rows.filter((r) => r.key !== 'g')) R.sum(b, tb.A(r.key, '__tot'), names.map((n) => tb.A(r.key, n)));
  for (const k of ['__tot', ...names]) { R.sum(b, tb.A('cum', k), rows.filter((r) => r.key.startsWith('m')).map((r) => tb.A(r.key, k))); R.growth(b, tb.A('g', k), tb.A('cum', k), tb.A('prev', k)); }
  const t = pick(names);
  cand(b, tb.A('m' + Math.ceil(N / 2), t), 'val', `${t} month ${Math.ceil(N / 2)} changed`);
  cand(b, tb.A('cum', pick(names)), 'val', 'town cumulative changed');
  cand(b, tb.A('g', pick(names)), 'pct', 'town growth changed');
  return b;
}

// T6b: several months side by side in column groups {本月, 累计}, last group with 上年同期 and 同比
function bookMonthCols(o = {}) {
  const b = new Book();
  const level = pick(['county', 'city']);
  const place = placeName(level);
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const year = pick([2023, 2024]);
  const m0 = o.m0 || pick([1, 4, 7]), nm = o.nMonths || ri(2, 3), N = m0 + nm - 1;
  const names = units(level, o.nTowns || ri(4, 8));
  const scale = 1 / Math.sqrt(names.length / 3) / 12;
  const data = {};
  for (const n of names) {
    const base = Math.exp(rf(Math.log(ind.base[0] * scale), Math.log(ind.base[1] * scale)));
    const d = {}; let cum = m0 === 1 ? 0 : rd(base * (m0 - 1) * rf(0.8, 1.2), dp);
    for (let m = m0; m <= N; m++) { d['m' + m] = rd(base * rf(0.6, 1.4), dp); cum = rd(cum + d['m' + m], dp); d['c' + m] = cum; }
    d.p = rd(cum * rf(0.7, 1.3), dp);
    data[n] = d;
  }
  const tot = {}; for (const k of Object.keys(data[names[0]])) tot[k] = sumv(names.map((n) => data[n][k]), dp);
  data.__tot = tot;
  for (const d of Object.values(data)) d.g = g1(d['c' + N], d.p);
  const cols = [];
  for (let m = m0; m <= N; m++) cols.push({ key: 'm' + m, label: '本月', group: `${m}月`, dp }, { key: 'c' + m, label: m === 1 ? '累计' : `1—${m}月累计`, group: `${m}月`, dp });
  cols.push({ key: 'p', label: '上年同期累计', group: `${N}月`, dp }, { key: 'g', label: '同比增长(%)', group: `${N}月`, dp: 1 });
  const rows = [{ key: '__tot', labels: { name: level === 'city' ? '全市' : '全县' }, vals: tot, bold: true }, ...names.map((n) => ({ key: n, labels: { name: n }, vals: data[n] }))];
  const sh = b.sheet(o.sheetName || pick(['逐月', 'Sheet1', `${m0}-${N}月`]));
  const nc = 1 + cols.length;
  putTitle(sh, 1, 1, nc, `${place}${year}年${m0}—${N}月${ind.name}逐月进度`);
  putUnit(sh, 2, 1, nc, `单位：${unit}`);
  const tb = putTable(b, sh, 3, 1, { labelCols: [{ key: 'name', label: '地区' }], cols, rows });
  for (const c of cols) if (c.key !== 'g') R.sum(b, tb.A('__tot', c.key), names.map((x) => tb.A(x, c.key)));
  for (const k of ['__tot', ...names]) {
    for (let m = m0; m <= N; m++) { if (m === 1) R.sum(b, tb.A(k, 'c1'), [tb.A(k, 'm1')]); else if (m > m0) R.sum(b, tb.A(k, 'c' + m), [tb.A(k, 'c' + (m - 1)), tb.A(k, 'm' + m)]); R.le(b, tb.A(k, 'm' + m), tb.A(k, 'c' + m)); }
    R.growth(b, tb.A(k, 'g'), tb.A(k, 'c' + N), tb.A(k, 'p'));
  }
  const t = pick(names);
  cand(b, tb.A(t, 'c' + (m0 + 1)), 'val', `${t} ${m0 + 1}月累计 changed`);
  cand(b, tb.A(pick(names), 'm' + N), 'val', 'town last-month figure changed');
  cand(b, tb.A(pick(names), 'g'), 'pct', 'growth changed');
  return b;
}

// ===================================================================================
// T6: one sheet per month (本月 + 累计 per town), cross-sheet cumulation
function bookMonthSheets(o = {}) {
  const b = new Book();
  const level = pick(['county', 'city']);
  const place = placeName(level);
  const ind = o.ind || pick(IND.filter((x) => x.name !== '规模以上工业增加值'));
  const unit = ind.unit, dp = o.dp ?? dpFor(unit);
  const year = pick([2023, 2024]);
  const m0 = o.m0 || pick([1, 3, 4, 6]), nm = o.nMonths || ri(2, 4);
  const names = units(level, o.nTowns || ri(4, 8));
  const scale = 1 / Math.sqrt(names.length / 3) / 12;
  const st = {};
  for (const n of names) {
    const base = Math.exp(rf(Math.log(ind.base[0] * scale), Math.log(ind.base[1] * scale)));
    st[n] = { base, cum: m0 === 1 ? 0 : rd(base * (m0 - 1) * rf(0.8, 1.2), dp), pcum: m0 === 1 ? 0 : rd(base * (m0 - 1) * rf(0.8, 1.2), dp) };
  }
  const sheetT = [];
  const sheetNameFmt = o.nameFmt || pick(['M月', 'YYYY年M月', 'M月份']);
  for (let m = m0; m < m0 + nm; m++) {
    const name = sheetNameFmt.replace('YYYY', year).replace('M', m);
    const sh = b.sheet(name);
    const data = {};
    for (const n of names) {
      const s = st[n];
      const mon = rd(s.base * rf(0.6, 1.4), dp), pm = rd(s.base * rf(0.6, 1.4), dp);
      s.cum = rd(s.cum + mon, dp); s.pcum = rd(s.pcum + pm, dp);
      data[n] = { mon, cum: s.cum, pcum: s.pcum, g: g1(s.cum, s.pcum) };
    }
    const tot = { mon: sumv(names.map((n) => data[n].mon), dp), cum: sumv(names.map((n) => data[n].cum), dp), pcum: sumv(names.map((n) => data[n].pcum), dp) };
    tot.g = g1(tot.cum, tot.pcum);
    data.__tot = tot;
    const ml = monthsLabel(m);
    const cols = [{ key: 'mon', label: '本月', dp }, { key: 'cum', label: m === 1 ? '1月累计' : `${ml}累计`, dp }, { key: 'pcum', label: '上年同期累计', dp }, { key: 'g', label: '累计同比增长(%)', dp: 1 }];
    const rows = [{ key: '__tot', labels: { name: level === 'city' ? '全市' : '全县' }, vals: tot, bold: true }, ...names.map((n) => ({ key: n, labels: { name: n }, vals: data[n] }))];
    putTitle(sh, 1, 1, 5, `${place}${year}年${m}月${ind.name}进度`);
    putUnit(sh, 2, 1, 5, `单位：${unit}`);
    const tb = putTable(b, sh, 3, 1, { labelCols: [{ key: 'name', label: '地区' }], cols, rows });
    for (const ck of ['mon', 'cum', 'pcum']) R.sum(b, tb.A('__tot', ck), names.map((x) => tb.A(x, ck)));
    for (const k of ['__tot', ...names]) { R.growth(b, tb.A(k, 'g'), tb.A(k, 'cum'), tb.A(k, 'pcum')); R.le(b, tb.A(k, 'mon'), tb.A(k, 'cum')); }
    if (m === 1) for (const k of ['__tot', ...names]) R.sum(b, tb.A(k, 'cum'), [tb.A(k, 'mon')]);
    const prevT = sheetT[sheetT.length - 1];
    if (prevT) for (const k of ['__tot', ...names]) R.sum(b, tb.A(k, 'cum'), [prevT.A(k, 'cum'), tb.A(k, 'mon')]);
    sheetT.push(tb);
  }
  const t = pick(names);
  const mid = sheetT[Math.min(1, sheetT.length - 1)];
  cand(b, mid.A(t, 'cum'), 'val', `${t} cumulative on 2nd month sheet changed`);
  cand(b, sheetT[sheetT.length - 1].A(pick(names), 'g'), 'pct', 'growth on last month sheet changed');
  cand(b, sheetT[0].A('__tot', 'mon'), 'val', 'total month figure on first sheet changed');
  return b;
}

// ===================================================================================
// T9: two stacked tables on one sheet (indicator summary + towns)
function bookStacked(o = {}) {
  const b = new Book();
  const T = tTowns(b, { ...o, groups: false, two: false, monthCol: false, share: false, diff: false, nTowns: o.nTowns || ri(5, 8) });
  const sh = b.sheet('进度表');
  const n = T.labelCols.length + T.cols.length;
  putTitle(sh, 1, 1, n, `表1  ${T.title}`);
  putUnit(sh, 2, 1, n, `单位：${T.unit}`);
  const tb = putTable(b, sh, 3, 1, { labelCols: T.labelCols, cols: T.cols, rows: T.rows });
  relsTowns(b, T, tb);
  // second table: party building lite
  const r0 = tb.end + 2;
  const names = T.names;
  const d = {}; for (const x of names) { d[x] = { a: ri(0, 6), p: ri(3, 20) }; d[x].m = Math.min(d[x].a, ri(0, 2)); }
  d.__tot = { a: names.reduce((s, x) => s + d[x].a, 0), p: names.reduce((s, x) => s + d[x].p, 0), m: names.reduce((s, x) => s + d[x].m, 0) };
  for (const k of Object.keys(d)) d[k].c = ratio(d[k].a, d[k].p);
  const cols = [{ key: 'm', label: '本月发展党员', dp: 0 }, { key: 'a', label: `${T.ml}累计`, dp: 0 }, { key: 'p', label: '全年计划', dp: 0 }, { key: 'c', label: '完成(%)', dp: 1 }];
  putTitle(sh, r0, 1, n, `表2  ${T.ml}发展党员进度`);
  putUnit(sh, r0 + 1, 1, n, '单位：名');
  const rows = [{ key: '__tot', labels: { name: T.level === 'city' ? '全市' : '全县' }, vals: d.__tot, bold: true }, ...names.map((x) => ({ key: x, labels: { name: x }, vals: d[x] }))];
  const t2 = putTable(b, sh, r0 + 2, 1, { labelCols: [{ key: 'name', label: '地区' }], cols, rows });
  for (const ck of ['m', 'a', 'p']) R.sum(b, t2.A('__tot', ck), names.map((x) => t2.A(x, ck)));
  for (const k of ['__tot', ...names]) { R.ratio(b, t2.A(k, 'c'), t2.A(k, 'a'), t2.A(k, 'p')); R.le(b, t2.A(k, 'm'), t2.A(k, 'a')); }
  const tt = pick(names.filter((x) => d[x].a > 0));
  cand(b, t2.A(tt, 'a'), 'int', `table 2 ${tt} 累计 changed`);
  return b;
}

// ===================================================================================
// writing
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of Object.values(s.cells)) {
      const cell = ws.getCell(c.r, c.c);
      cell.value = c.v === undefined ? null : c.formula ? { formula: c.formula, result: c.v } : c.v;
      if (c.fmt) cell.numFmt = c.fmt;
      if (c.bold || c.size) cell.font = { name: '宋体', bold: !!c.bold, size: c.size || 11 };
      if (c.align || c.wrap) cell.alignment = { horizontal: c.align, vertical: 'middle', wrapText: !!c.wrap };
      if (c.border) cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
    for (const m of s.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    for (const [c, w] of Object.entries(s.widths)) ws.getColumn(Number(c)).width = w;
  }
  await wb.xlsx.writeFile(file);
}

function addFormulas(book, p = 1) {
  const sheetOf = (a) => a.split('!')[0], ad = (a) => a.split('!')[1];
  for (const r of book.rels) {
    if (!chance(p)) continue;
    const tgt = r.target; if (!tgt) continue;
    const cell = cellOf(book, tgt); if (!cell || typeof cell.v !== 'number' || cell.v === 0) continue; // exceljs drops a cached 0
    let f = null;
    if (r.t === 'sum' && r.parts.every((x) => sheetOf(x) === sheetOf(tgt)) && r.parts.length) f = r.parts.length > 2 ? 'SUM(' + r.parts.map(ad).join(',') + ')' : r.parts.map(ad).join('+');
    else if (r.t === 'growth' && !r.pctFrac && sheetOf(r.cur) === sheetOf(tgt) && sheetOf(r.prev) === sheetOf(tgt)) f = `ROUND((${ad(r.cur)}-${ad(r.prev)})/${ad(r.prev)}*100,1)`;
    else if (r.t === 'ratio' && sheetOf(r.num) === sheetOf(tgt) && sheetOf(r.den) === sheetOf(tgt)) f = `ROUND(${ad(r.num)}/${ad(r.den)}*100,1)`;
    if (f && !cell.formula) cell.formula = f;
  }
}
function cellOf(book, a) { const [sn, ad] = a.split('!'); const s = book.sheets.find((x) => x.name === sn); return s.cells[ad]; }
function plant(book) {
  // clone and change one candidate cell clearly
  const cl = JSON.parse(JSON.stringify(book));
  for (const sh of cl.sheets) for (const c of Object.values(sh.cells)) delete c.formula; // planted twins carry values only
  const ok = book.cands.filter((c) => { const cell = cellOf(book, c.cell); return cell && typeof cell.v === 'number' || (cell && typeof cell.v === 'string' && !isNaN(Number(cell.v))); });
  const c = pick(ok);
  const cell = cellOf(cl, c.cell);
  const isText = typeof cell.v === 'string';
  let v = Number(cell.v), nv;
  const frac = cell.fmt && cell.fmt.endsWith('%');
  if (frac) v *= 100;
  const dpOf = (x) => { const s = String(x); return s.includes('.') ? s.split('.')[1].length : 0; };
  if (c.kind === 'pct') { const d = rf(4, 15) * (chance(0.5) ? 1 : -1); nv = rd(v + d, 1); if (chance(0.3) && Math.abs(v) > 3) nv = -v; }
  else if (c.kind === 'int') nv = v + ri(3, 7) * (v > 8 && chance(0.5) ? -1 : 1);
  else { const dp = Math.max(dpOf(v), cell.fmt ? (cell.fmt.split('.')[1] || '').length : 0); nv = rd(v * (chance(0.5) ? rf(1.12, 1.4) : rf(0.62, 0.88)), dp); if (nv === v) nv = v + 10; }
  if (frac) nv = Number((nv / 100).toPrecision(12));
  cell.v = isText ? String(nv) : nv;
  delete cell.formula; // typed over by hand
  const [sheet, addr] = c.cell.split('!');
  return { book: cl, planted: { sheet, cell: addr }, note: `${c.note}: ${frac ? rd(v, 1) + '%' : v} -> ${frac ? rd(nv, 1) + '%' : cell.v}` };
}

const BUILDERS = { towns: bookTowns, contRows: bookContinuedRows, contCols: bookContinuedCols, ind: bookIndicators, party: bookParty, monthsRows: bookMonthsRows, quarterRows: bookQuarterRows, quarterCols: bookQuarterCols, quarterGrid: bookQuarterGrid, monthsTowns: bookMonthsTowns, monthCols: bookMonthCols, monthSheets: bookMonthSheets, stacked: bookStacked };

async function main() {
  const root = __dirname;
  for (const d of ['cases', 'probe', 'rels']) { fs.rmSync(path.join(root, d), { recursive: true, force: true }); fs.mkdirSync(path.join(root, d)); }
  // ---- main cases: 30 clean, 15 twins
  const plan = [
    ['towns', { pmc: true, formulas: true }], ['towns', { groups: true, level: 'county' }], ['towns', { raw: true, ind: IND[2] }], ['towns', { totBottom: true, subset: true }], ['towns', { pctFrac: true, sched: true }],
    ['towns', { groups: true, xiaoji: true, singleGroup: 2, level: 'county', nTowns: 9 }], ['towns', { month: 1, stopTown: true }], ['towns', { seqRow: 'num', rank: true }], ['towns', { level: 'city', share: true, diff: true, subset: true }], ['towns', { month: 12, target: true, sched: true, pmc: true }],
    ['contRows', {}], ['contRows', { sameSheet: true }], ['contCols', {}],
    ['ind', {}], ['ind', { target: true }], ['ind', { month: 1, profit: true }], ['ind', { pctFrac: true }],
    ['party', {}], ['party', { female: true }], ['party', { totBottom: true, seqRow: 'text' }],
    ['monthsRows', { raw: true, dp: 2, formulas: true }], ['monthsRows', { janFeb: true, month: 12 }], ['monthsRows', { future: 'dash', raw: true, dp: 1 }],
    ['quarterGrid', {}], ['quarterCols', { upTo: 4 }], ['quarterCols', { upTo: 3, keepFuture: true }],
    ['monthSheets', {}], ['monthCols', { m0: 1 }], ['monthsTowns', {}],
    ['stacked', {}],
  ];
  const twins = new Set([0, 1, 2, 5, 8, 10, 13, 14, 17, 18, 20, 21, 24, 26, 29]);
  const manifest = [];
  for (let i = 0; i < plan.length; i++) {
    const [kind, o] = plan[i];
    seed(1000 + i * 7919);
    const book = BUILDERS[kind](o);
    if (o.formulas) addFormulas(book, 0.9);
    const base = `c${String(i).padStart(2, '0')}_${kind}`;
    await writeBook(book, path.join(root, 'cases', base + '.xlsx'));
    fs.writeFileSync(path.join(root, 'rels', base + '.json'), JSON.stringify({ file: `cases/${base}.xlsx`, rels: book.rels }));
    manifest.push({ file: `cases/${base}.xlsx`, planted: null });
    if (twins.has(i)) {
      const p = plant(book);
      await writeBook(p.book, path.join(root, 'cases', base + '_err.xlsx'));
      fs.writeFileSync(path.join(root, 'rels', base + '_err.json'), JSON.stringify({ file: `cases/${base}_err.xlsx`, rels: book.rels, planted: p.planted }));
      manifest.push({ file: `cases/${base}_err.xlsx`, planted: p.planted, note: p.note });
    }
  }
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest, null, 1));
  // ---- probes: 100 smaller, varied
  const kinds = ['towns', 'towns', ...Object.keys(BUILDERS)];
  const pm = [];
  const explicit = {
    92: { towns: { level: 'county', groups: true, xiaoji: true, singleGroup: 2, nTowns: 4 } },
    93: { towns: { level: 'county', groups: true, xiaoji: true, singleGroup: 2, nTowns: 5, textNums: 'fmt', totBottom: true } },
    94: { towns: { level: 'county', groups: true, xiaoji: true, singleGroup: 1, nTowns: 3, pmc: true, sched: true } },
    95: { towns: { level: 'county', groups: true, singleGroup: 1, stopTown: true, nTowns: 3, totBottom: true, blankDash: true, rank: true, monthCol: true, target: true, diff: false, share: false, two: false } },
    96: { towns: { level: 'county', groups: true, xiaoji: true, singleGroup: 1, nTowns: 6, raw: true, dp: 2 } },
    97: { towns: { level: 'county', groups: true, xiaoji: true, singleGroup: 2, nTowns: 5 }, plant: true },
    98: { towns: { level: 'county', groups: true, singleGroup: 2, nTowns: 4 } },
    99: { towns: { level: 'county', groups: true, xiaoji: true, singleGroup: 1, stopTown: true, nTowns: 4 } },
  };
  for (let i = 0; i < 100; i++) {
    seed(500000 + i * 104729);
    let kind = kinds[i % kinds.length];
    let o = {};
    if (explicit[i]) { kind = 'towns'; o = { ...explicit[i].towns }; const book = BUILDERS[kind](o); await emitProbe(i, kind, book, !!explicit[i].plant); continue; }
    if (kind === 'towns') Object.assign(o, { nTowns: pick([2, 3, 3, 4, 5, 6, 8]), level: pick(['county', 'county', 'city']), groups: chance(0.35), xiaoji: chance(0.5), raw: chance(0.2), totBottom: chance(0.25), pctFrac: chance(0.15), seqRow: chance(0.15) ? 'num' : undefined, month: chance(0.15) ? 1 : undefined, pmc: chance(0.3), sched: chance(0.3), rank: chance(0.25), subset: chance(0.3), blankDash: chance(0.25), zeroTown: chance(0.2), stopTown: chance(0.15), textNums: chance(0.12) ? 'fmt' : chance(0.1), totLabel: chance(0.15) ? '总计' : undefined });
    if (kind === 'quarterGrid') Object.assign(o, { nTowns: ri(3, 6) });
    if (kind === 'contRows') Object.assign(o, { nTowns: ri(6, 10), sameSheet: chance(0.4) });
    if (kind === 'ind') Object.assign(o, { month: chance(0.15) ? 1 : undefined, pctFrac: chance(0.15) });
    if (kind === 'party') Object.assign(o, { nTowns: ri(3, 7), totBottom: chance(0.3) });
    if (kind === 'monthsRows') Object.assign(o, { future: chance(0.5) ? 'dash' : undefined, raw: chance(0.4), dp: chance(0.5) ? 2 : undefined });
    if (kind === 'quarterCols') Object.assign(o, { nTowns: ri(3, 6), keepFuture: chance(0.4) });
    if (kind === 'monthSheets') Object.assign(o, { nTowns: ri(3, 5) });
    if (kind === 'stacked') Object.assign(o, { nTowns: ri(3, 5) });
    const book = BUILDERS[kind](o);
    if (chance(0.2)) addFormulas(book, 0.8);
    const planted = chance(0.25);
    await emitProbe(i, kind, book, planted);
  }
  async function emitProbe(i, kind, book, planted) {
    const base = `p${String(i).padStart(2, '0')}_${kind}`;
    if (!planted) {
      await writeBook(book, path.join(root, 'probe', base + '.xlsx'));
      fs.writeFileSync(path.join(root, 'rels', base + '.json'), JSON.stringify({ file: `probe/${base}.xlsx`, rels: book.rels }));
      pm.push({ file: `probe/${base}.xlsx`, planted: null });
    } else {
      const p = plant(book);
      await writeBook(p.book, path.join(root, 'probe', base + '_err.xlsx'));
      fs.writeFileSync(path.join(root, 'rels', base + '_err.json'), JSON.stringify({ file: `probe/${base}_err.xlsx`, rels: book.rels, planted: p.planted }));
      pm.push({ file: `probe/${base}_err.xlsx`, planted: p.planted, note: p.note });
    }
  }
  fs.writeFileSync(path.join(root, 'probe', 'manifest.json'), JSON.stringify(pm, null, 1));
  console.log(`cases: ${manifest.length} (${manifest.filter((m) => m.planted).length} planted); probes: ${pm.length} (${pm.filter((m) => m.planted).length} planted)`);
}
main().catch((e) => { console.error(e); process.exit(1); });
