// Generator of clean village-organisation / collective-economy workbooks.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const DIR = __dirname;
const OUT = path.join(DIR, 'clean');
fs.mkdirSync(OUT, { recursive: true });

let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
const r2 = x => Math.round(x * 100 + 1e-9 * Math.sign(x)) / 100;
const r1 = x => Math.round(x * 10 + 1e-9 * Math.sign(x)) / 10;
const rd = (x, d) => d === 0 ? Math.round(x) : d === 1 ? r1(x) : r2(x);
const pct = (a, b, d = 1) => b ? rd(a / b * 100, d) : '—';
const growth = (c, p, d = 1) => p ? rd((c - p) / p * 100, d) : '—';

const TOWNS = ['城关镇', '石桥镇', '大河乡', '柳林镇', '青山乡', '白马镇', '龙泉镇', '新店乡', '高坪镇', '黄土乡', '双河镇', '望江乡', '桃源镇', '马坊乡', '长岭镇', '沙溪乡', '永安镇', '金竹乡'];
const VSUF = ['村', '村', '村', '社区'];
const VN = ['东风', '红星', '前进', '新华', '胜利', '和平', '光明', '团结', '向阳', '长青', '五里', '三合', '杨家', '李家', '王庄', '张湾', '石门', '清水', '水口', '桥头', '上坝', '下坝', '松林', '竹园', '枫树', '花园', '马鞍', '凤凰', '玉泉', '茶园'];

function makeCounty(ntown) {
  const start = ri(0, TOWNS.length - ntown);
  const towns = [];
  for (let t = 0; t < ntown; t++) {
    const nv = ri(6, 16);
    const vs = [];
    const used = new Set();
    for (let i = 0; i < nv; i++) {
      let nm; do { nm = VN[ri(0, VN.length - 1)] + VSUF[ri(0, 3)]; } while (used.has(nm)); used.add(nm);
      const g = rnd();
      let inc24 = g < 0.06 ? 0 : g < 0.25 ? ri(50, 499) / 100 : g < 0.45 ? ri(500, 999) / 100 : g < 0.8 ? ri(1000, 4999) / 100 : g < 0.93 ? ri(5000, 9999) / 100 : ri(10000, 30000) / 100;
      let inc23 = inc24 === 0 ? (rnd() < 0.5 ? 0 : ri(20, 300) / 100) : r2(inc24 * (0.75 + rnd() * 0.4));
      const oper24 = r2(inc24 * (0.2 + rnd() * 0.7));
      const oper23 = r2(inc23 * (0.2 + rnd() * 0.7));
      vs.push({
        name: nm, community: nm.endsWith('社区'), inc24, inc23, oper24, oper23,
        assets: r2(50 + rnd() * 1500), assets23: 0,
        yjt: rnd() < 0.85, young: rnd() < 0.2, college: rnd() < 0.55,
        members: ri(5, 9), members23: ri(5, 9), firstSec: rnd() < 0.35, team: rnd() < 0.4,
        teamMembers: 0, devParty: ri(0, 3), devParty23: ri(0, 3),
      });
      const v = vs[vs.length - 1];
      v.assets23 = r2(v.assets * (0.85 + rnd() * 0.15));
      v.teamMembers = v.team ? ri(2, 4) : 0;
      v.devFemale = ri(0, v.devParty); v.devYoung = ri(0, v.devParty);
      v.secFemale = rnd() < 0.15;
      // 2023 secretary attributes
      v.yjt23 = v.yjt ? rnd() < 0.9 : rnd() < 0.2; v.young23 = rnd() < 0.18; v.college23 = v.college ? rnd() < 0.85 : rnd() < 0.1;
    }
    towns.push({ name: TOWNS[start + t], villages: vs });
  }
  return towns;
}
const GROUPS = ['无收入', '5万元以下', '5—10万元', '10—50万元', '50—100万元', '100万元以上'];
function grp(x) { return x === 0 ? 0 : x < 5 ? 1 : x < 10 ? 2 : x < 50 ? 3 : x < 100 ? 4 : 5; }
const sum = (a, f) => a.reduce((s, v) => s + f(v), 0);
const sum2 = (a) => r2(a.reduce((s, v) => s + (typeof v === 'number' ? v : 0), 0));
function agg(vs, yr = 24) {
  const n = vs.length;
  const inc = r2(sum(vs, v => yr === 24 ? v.inc24 : v.inc23));
  const oper = r2(sum(vs, v => yr === 24 ? v.oper24 : v.oper23));
  const g = [0, 0, 0, 0, 0, 0]; vs.forEach(v => g[grp(yr === 24 ? v.inc24 : v.inc23)]++);
  return {
    n, comm: sum(vs, v => v.community ? 1 : 0), inc, oper, g,
    shell: g[0], weak: g[1], // 空壳村 = 无收入; 薄弱村 = 5万元以下
    assets: r2(sum(vs, v => yr === 24 ? v.assets : v.assets23)),
    party: n, sec: n,
    yjt: sum(vs, v => (yr === 24 ? v.yjt : v.yjt23) ? 1 : 0), young: sum(vs, v => (yr === 24 ? v.young : v.young23) ? 1 : 0),
    college: sum(vs, v => (yr === 24 ? v.college : v.college23) ? 1 : 0), secFemale: sum(vs, v => v.secFemale ? 1 : 0),
    members: sum(vs, v => yr === 24 ? v.members : v.members23),
    firstSec: sum(vs, v => v.firstSec ? 1 : 0), team: sum(vs, v => v.team ? 1 : 0), teamMembers: sum(vs, v => v.teamMembers),
    dev: sum(vs, v => yr === 24 ? v.devParty : v.devParty23), devF: sum(vs, v => v.devFemale), devY: sum(vs, v => v.devYoung),
  };
}

// ---------- generic table writer ----------
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
function writeTable(ws, spec) {
  // spec: {title, unit, headers:[[...path]], rows:[[...]], notes:[], r0, c0, numFmts:[]}
  const r0 = spec.r0 || 1, c0 = spec.c0 || 1;
  const ncol = spec.headers.length;
  let r = r0;
  if (spec.title) {
    ws.getCell(r, c0).value = spec.title;
    ws.mergeCells(r, c0, r, c0 + ncol - 1);
    ws.getCell(r, c0).font = { bold: true, size: 14 }; ws.getCell(r, c0).alignment = { horizontal: 'center' };
    r++;
  }
  if (spec.subtitle) { ws.getCell(r, c0).value = spec.subtitle; ws.mergeCells(r, c0, r, c0 + ncol - 1); ws.getCell(r, c0).alignment = { horizontal: 'center' }; r++; }
  if (spec.unit) {
    if (spec.unitLeft) { ws.getCell(r, c0).value = spec.unit; }
    else { ws.getCell(r, c0 + ncol - 1).value = spec.unit; ws.getCell(r, c0 + ncol - 1).alignment = { horizontal: 'right' }; }
    r++;
  }
  const depth = Math.max(...spec.headers.map(h => h.length));
  const hr = r;
  for (let l = 0; l < depth; l++) {
    let c = 0;
    while (c < ncol) {
      const p = spec.headers[c];
      if (l >= p.length) { c++; continue; }
      if (l === p.length - 1) {
        ws.getCell(hr + l, c0 + c).value = p[l];
        if (p.length < depth) ws.mergeCells(hr + l, c0 + c, hr + depth - 1, c0 + c);
        c++; continue;
      }
      let e = c;
      const key = JSON.stringify(p.slice(0, l + 1));
      while (e + 1 < ncol && spec.headers[e + 1].length > l + 1 && JSON.stringify(spec.headers[e + 1].slice(0, l + 1)) === key) e++;
      ws.getCell(hr + l, c0 + c).value = p[l];
      if (e > c) ws.mergeCells(hr + l, c0 + c, hr + l, c0 + e);
      c = e + 1;
    }
  }
  for (let l = 0; l < depth; l++) for (let c = 0; c < ncol; c++) {
    const cell = ws.getCell(hr + l, c0 + c); cell.border = BORDER; cell.font = { bold: true }; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  r = hr + depth;
  const dataR0 = r;
  spec.rows.forEach((row, i) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(r + i, c0 + c);
      cell.value = v; cell.border = BORDER;
      if (typeof v === 'number' && spec.numFmts && spec.numFmts[c]) cell.numFmt = spec.numFmts[c];
      if (v === '—') cell.alignment = { horizontal: 'center' };
    });
  });
  r += spec.rows.length;
  for (const n of spec.notes || []) { ws.getCell(r, c0).value = n; ws.mergeCells(r, c0, r, c0 + ncol - 1); r++; }
  for (let c = 0; c < ncol; c++) ws.getColumn(c0 + c).width = c === 0 ? 14 : 11;
  return { addr: (i, c) => ws.getCell(dataR0 + i, c0 + c).address, nextRow: r };
}

// ---------- candidate bookkeeping ----------
const meta = {};
function cand(file, sheet, addr, kind, value, extra = {}) {
  (meta[file] = meta[file] || []).push({ sheet, cell: addr, kind, original: value, ...extra });
}

// ---------- table builders ----------
// Each builder: (ws, towns, opts, file) -> writes and registers candidates
function tblIncomeGroups(ws, towns, o, file) {
  const seq = o.seq; const pd = o.pctDec ?? 1;
  const headers = [];
  if (seq) headers.push(['序号']);
  headers.push(['乡镇']); headers.push(['村（社区）数']);
  for (const g of GROUPS) { headers.push(['村集体经济收入分组', g, '个']); if (o.withPct) headers.push(['村集体经济收入分组', g, '占比%']); }
  const rows = []; const info = [];
  const all = [].concat(...towns.map(t => t.villages));
  const mk = (label, a, i) => {
    const row = []; if (seq) row.push(i); row.push(label); row.push(a.n);
    for (let k = 0; k < 6; k++) { row.push(a.g[k]); if (o.withPct) row.push(pct(a.g[k], a.n, pd)); }
    return row;
  };
  const totalFirst = o.totalFirst;
  if (totalFirst) rows.push(mk('合计', agg(all), ''));
  towns.forEach((t, i) => rows.push(mk(t.name, agg(t.villages), i + 1)));
  if (!totalFirst) rows.push(mk('合计', agg(all), ''));
  const fm = []; const nf = headers.length; for (let c = 0; c < nf; c++) fm.push(headers[c][2] === '占比%' ? (pd === 2 ? '0.00' : '0.0') : null);
  const w = writeTable(ws, { title: o.title || '全县村集体经济收入分组情况', subtitle: o.subtitle, unit: o.withPct ? '单位：个、%' : '单位：个', headers, rows, numFmts: fm, notes: o.notes || ['注：村集体经济收入分组按当年村集体经济组织总收入划分。'], r0: o.r0, c0: o.c0 });
  const off = seq ? 1 : 0; const tIdx = totalFirst ? 0 : rows.length - 1; const d1 = totalFirst ? 1 : 0;
  const step = o.withPct ? 2 : 1;
  const ti = ri(0, towns.length - 1) + d1; const k = ri(1, 5);
  cand(file, ws.name, w.addr(ti, off + 2 + k * step), 'part', rows[ti][off + 2 + k * step]);
  if (o.withPct) cand(file, ws.name, w.addr(ti, off + 3 + k * step), 'pct', rows[ti][off + 3 + k * step]);
  cand(file, ws.name, w.addr(tIdx, off + 1), 'total', rows[tIdx][off + 1]);
  cand(file, ws.name, w.addr(tIdx, off + 2 + 3 * step), 'total', rows[tIdx][off + 2 + 3 * step]);
  return w;
}

function tblSecretary(ws, towns, o, file) {
  const headers = [];
  if (o.seq) headers.push(['序号']);
  headers.push(['乡镇'], ['村党组织数'], ['村党组织书记', '人数']);
  const subs = [['书记兼任村委会主任“一肩挑”', 'yjt'], ['35岁及以下', 'young'], ['大专及以上学历', 'college']];
  if (o.female) subs.push(['女性', 'secFemale']);
  for (const [lab] of subs) { headers.push(['村党组织书记', '其中：' + lab, '人数']); headers.push(['村党组织书记', '其中：' + lab, '占比%']); }
  if (o.members) headers.push(['村两委成员', '人数'], ['村两委成员', '村均']);
  // fix depth: pad 2-level entries
  const all = [].concat(...towns.map(t => t.villages));
  const rows = [];
  const mk = (label, a, i) => {
    const row = []; if (o.seq) row.push(i); row.push(label, a.party, a.sec);
    for (const [, key] of subs) { row.push(a[key], pct(a[key], a.sec)); }
    if (o.members) row.push(a.members, rd(a.members / a.n, 1));
    return row;
  };
  if (o.totalFirst) rows.push(mk('全县合计', agg(all), ''));
  towns.forEach((t, i) => rows.push(mk(t.name, agg(t.villages), i + 1)));
  if (!o.totalFirst) rows.push(mk('全县合计', agg(all), ''));
  const fm = headers.map(h => h[h.length - 1] === '占比%' || h[h.length - 1] === '村均' ? '0.0' : null);
  const w = writeTable(ws, { title: o.title || '村党组织书记队伍结构情况', unit: '单位：个、人、%', headers, rows, numFmts: fm, notes: ['注：占比为占村党组织书记总数的比重。', '资料来源：县委组织部'], r0: o.r0, c0: o.c0 });
  const off = o.seq ? 1 : 0; const d1 = o.totalFirst ? 1 : 0; const tIdx = o.totalFirst ? 0 : rows.length - 1;
  const ti = ri(0, towns.length - 1) + d1; const k = ri(0, subs.length - 1);
  cand(file, ws.name, w.addr(ti, off + 3 + 2 * k), 'qizhong', rows[ti][off + 3 + 2 * k], { whole: rows[ti][off + 2] });
  cand(file, ws.name, w.addr(ti, off + 4 + 2 * k), 'pct', rows[ti][off + 4 + 2 * k]);
  cand(file, ws.name, w.addr(tIdx, off + 3), 'total', rows[tIdx][off + 3]);
  if (o.members) { const c = off + 3 + 2 * subs.length + 1; cand(file, ws.name, w.addr(tIdx, c), 'avg', rows[tIdx][c]); }
  return w;
}

function tblIncomeTwoYear(ws, towns, o, file) {
  const d = o.dec ?? 2; const fmt = d === 2 ? '0.00' : '0.0';
  const headers = [];
  if (o.seq) headers.push(['序号']);
  headers.push(['乡镇'], ['村数（个）']);
  headers.push(['村集体经济总收入', '2023年'], ['村集体经济总收入', '2024年'], ['村集体经济总收入', '增减'], ['村集体经济总收入', '增长%']);
  if (o.oper) headers.push(['其中：经营性收入', '2023年'], ['其中：经营性收入', '2024年'], ['其中：经营性收入', '增长%']);
  headers.push(['村均收入', '2024年']);
  const rows = []; const tv = [];
  towns.forEach((t, i) => {
    const a = agg(t.villages), b = agg(t.villages, 23);
    tv.push({ name: t.name, n: a.n, i23: rd(b.inc, d), i24: rd(a.inc, d), o23: rd(b.oper, d), o24: rd(a.oper, d), i: i + 1 });
  });
  const tot = { name: '合计', n: sum(tv, x => x.n), i23: rd(sum(tv, x => x.i23), d), i24: rd(sum(tv, x => x.i24), d), o23: rd(sum(tv, x => x.o23), d), o24: rd(sum(tv, x => x.o24), d), i: '' };
  const mk = x => {
    const row = []; if (o.seq) row.push(x.i); row.push(x.name, x.n, x.i23, x.i24, rd(x.i24 - x.i23, d), growth(x.i24, x.i23));
    if (o.oper) row.push(x.o23, x.o24, growth(x.o24, x.o23));
    row.push(rd(x.i24 / x.n, 2)); return row;
  };
  if (o.totalFirst) rows.push(mk(tot));
  tv.forEach(x => rows.push(mk(x)));
  if (!o.totalFirst) rows.push(mk(tot));
  const fm = headers.map(h => h[h.length - 1] === '增长%' ? '0.0' : h[0] === '村均收入' ? '0.00' : h.length > 1 ? fmt : null);
  const w = writeTable(ws, { title: o.title || '村集体经济收入情况（2023—2024年）', unit: '单位：万元、%', unitLeft: o.unitLeft, headers, rows, numFmts: fm, notes: ['注：村均收入＝村集体经济总收入÷村数。'], r0: o.r0, c0: o.c0 });
  const off = o.seq ? 1 : 0; const d1 = o.totalFirst ? 1 : 0; const tIdx = o.totalFirst ? 0 : rows.length - 1;
  const ti = ri(0, towns.length - 1) + d1;
  cand(file, ws.name, w.addr(ti, off + 4), 'diff', rows[ti][off + 4]);
  cand(file, ws.name, w.addr(ti, off + 5), 'growth', rows[ti][off + 5]);
  cand(file, ws.name, w.addr(ti, off + 3), 'part', rows[ti][off + 3]);
  const avgc = headers.length - 1; cand(file, ws.name, w.addr(tIdx, avgc), 'avg', rows[tIdx][avgc]);
  cand(file, ws.name, w.addr(ti, avgc), 'avg', rows[ti][avgc]);
  if (o.oper) cand(file, ws.name, w.addr(ti, off + 7), 'qizhong', rows[ti][off + 7], { whole: rows[ti][off + 4] });
  return w;
}

function tblShell(ws, towns, o, file) {
  const headers = [];
  if (o.seq) headers.push(['序号']);
  headers.push(['乡镇'], ['村数'], ['空壳村', '个数'], ['空壳村', '占比%'], ['薄弱村', '个数'], ['薄弱村', '占比%'], ['村集体资产', '总额（万元）'], ['村集体资产', '村均（万元）']);
  const all = [].concat(...towns.map(t => t.villages));
  const rows = [];
  const tv = towns.map((t, i) => { const a = agg(t.villages); return { name: t.name, i: i + 1, n: a.n, s: a.shell, w: a.weak, as: a.assets }; });
  const tot = { name: '合  计', i: '', n: sum(tv, x => x.n), s: sum(tv, x => x.s), w: sum(tv, x => x.w), as: r2(sum(tv, x => x.as)) };
  const mk = x => { const row = []; if (o.seq) row.push(x.i); row.push(x.name, x.n, x.s, pct(x.s, x.n), x.w, pct(x.w, x.n), x.as, r2(x.as / x.n)); return row; };
  if (o.totalFirst) rows.push(mk(tot)); tv.forEach(x => rows.push(mk(x))); if (!o.totalFirst) rows.push(mk(tot));
  const fm = headers.map(h => h[1] === '占比%' ? '0.0' : h[0] === '村集体资产' ? '0.00' : null);
  const w = writeTable(ws, { title: o.title || '空壳村、薄弱村及村集体资产情况', unit: '单位：个、%、万元', headers, rows, numFmts: fm, notes: ['注：空壳村指当年无集体经济收入的村；薄弱村指当年集体经济收入在5万元以下的村。'], r0: o.r0, c0: o.c0 });
  const off = o.seq ? 1 : 0; const d1 = o.totalFirst ? 1 : 0; const tIdx = o.totalFirst ? 0 : rows.length - 1;
  const ti = ri(0, towns.length - 1) + d1;
  cand(file, ws.name, w.addr(ti, off + 5), 'pct', rows[ti][off + 5]);
  cand(file, ws.name, w.addr(ti, off + 4), 'part', rows[ti][off + 4]);
  cand(file, ws.name, w.addr(tIdx, off + 6), 'total', rows[tIdx][off + 6]);
  cand(file, ws.name, w.addr(tIdx, off + 7), 'avg', rows[tIdx][off + 7]);
  cand(file, ws.name, w.addr(ti, off + 7), 'avg', rows[ti][off + 7]);
  return w;
}

function tblFirstSec(ws, towns, o, file) {
  const headers = [];
  if (o.seq) headers.push(['序号']);
  headers.push(['乡镇'], ['选派第一书记（人）'], ['驻村工作队', '队数（个）'], ['驻村工作队', '队员（人）'], ['村内发展党员', '合计（人）'], ['村内发展党员', '其中：女性'], ['村内发展党员', '其中：35岁及以下']);
  const all = [].concat(...towns.map(t => t.villages));
  const rows = []; const mk = (nm, a, i) => { const r = []; if (o.seq) r.push(i); r.push(nm, a.firstSec, a.team, a.teamMembers, a.dev, a.devF, a.devY); return r; };
  if (o.totalFirst) rows.push(mk('合计', agg(all), ''));
  towns.forEach((t, i) => rows.push(mk(t.name, agg(t.villages), i + 1)));
  if (!o.totalFirst) rows.push(mk('合计', agg(all), ''));
  const w = writeTable(ws, { title: o.title || '第一书记、驻村工作队及发展党员情况', unit: '单位：人、个', headers, rows, notes: ['注：发展党员指年内村党组织发展的党员（含预备党员）。'], r0: o.r0, c0: o.c0 });
  const off = o.seq ? 1 : 0; const d1 = o.totalFirst ? 1 : 0; const tIdx = o.totalFirst ? 0 : rows.length - 1;
  let ti = ri(0, towns.length - 1) + d1;
  for (let k = 0; k < towns.length && rows[ti][off + 4] < 2; k++) ti = ((ti - d1 + 1) % towns.length) + d1;
  cand(file, ws.name, w.addr(ti, off + 5), 'qizhong', rows[ti][off + 5], { whole: rows[ti][off + 4] });
  cand(file, ws.name, w.addr(tIdx, off + 3), 'total', rows[tIdx][off + 3]);
  cand(file, ws.name, w.addr(ti, off + 2), 'part', rows[ti][off + 2]);
  return w;
}

// transposed: indicators as rows, towns as columns
function tblTransposed(ws, towns, o, file) {
  const all = [].concat(...towns.map(t => t.villages));
  const A = towns.map(t => agg(t.villages)); const T = agg(all);
  const cols = o.totalFirst ? [['合计', T], ...towns.map((t, i) => [t.name, A[i]])] : [...towns.map((t, i) => [t.name, A[i]]), ['合计', T]];
  const inds = [
    ['村（社区）数（个）', a => a.n, 'sum'],
    ['  其中：社区（个）', a => a.comm, 'q'],
    ['村党组织数（个）', a => a.party, 'sum'],
    ['村集体经济总收入（万元）', a => a.inc, 'sum', '0.00'],
    ['  其中：经营性收入（万元）', a => a.oper, 'q', '0.00'],
    ['村均集体经济收入（万元）', a => r2(a.inc / a.n), 'avg', '0.00'],
    ['空壳村（个）', a => a.shell, 'sum'],
    ['空壳村占比（%）', a => pct(a.shell, a.n), 'pct', '0.0'],
    ['村集体资产（万元）', a => a.assets, 'sum', '0.00'],
  ];
  const headers = [['指标'], ...cols.map(c => [o.grouped ? '分乡镇' : c[0], c[0]])];
  if (!o.grouped) headers.forEach((h, i) => { if (i > 0) headers[i] = [h[1]]; });
  if (o.grouped) headers[1 + (o.totalFirst ? 0 : cols.length - 1)] = ['合计'];
  const rows = inds.map(([lab, f]) => [lab, ...cols.map(c => f(c[1]))]);
  const w = writeTable(ws, { title: o.title || '各乡镇村级组织和集体经济主要指标', subtitle: '（2024年）', unit: '单位：见指标名称', headers, rows, numFmts: [null], notes: ['注：“合计”栏为全县数。'], r0: o.r0, c0: o.c0 });
  rows.forEach((row, i) => row.forEach((v, c) => { if (c > 0 && inds[i][3] && typeof v === 'number') ws.getCell(w.addr(i, c)).numFmt = inds[i][3]; }));
  const tc = o.totalFirst ? 1 : cols.length; const tcol = ri(0, towns.length - 1) + (o.totalFirst ? 2 : 1);
  cand(file, ws.name, w.addr(0, tcol), 'part', rows[0][tcol]);
  cand(file, ws.name, w.addr(4, tcol), 'qizhong', rows[4][tcol], { whole: rows[3][tcol] });
  cand(file, ws.name, w.addr(5, tc), 'avg', rows[5][tc]);
  cand(file, ws.name, w.addr(7, tcol), 'pct', rows[7][tcol]);
  cand(file, ws.name, w.addr(8, tc), 'total', rows[8][tc]);
  return w;
}

// two-year indicator table: rows indicators, cols 2023 / 2024 / 增减 / 增长%
function tblIndicators(ws, towns, o, file) {
  const all = [].concat(...towns.map(t => t.villages));
  const a = agg(all), b = agg(all, 23);
  const inds = [
    ['一、村（社区）数', '个', b.n, a.n],
    ['二、村党组织书记', '人', b.sec, a.sec],
    ['    其中：“一肩挑”', '人', b.yjt, a.yjt],
    ['          35岁及以下', '人', b.young, a.young],
    ['          大专及以上', '人', b.college, a.college],
    ['三、村两委成员', '人', b.members, a.members],
    ['四、村集体经济总收入', '万元', b.inc, a.inc],
    ['    其中：经营性收入', '万元', b.oper, a.oper],
    ['五、村均集体经济收入', '万元', r2(b.inc / b.n), r2(a.inc / a.n)],
    ['六、村集体资产', '万元', b.assets, a.assets],
    ['七、村内发展党员', '人', b.dev, a.dev],
  ];
  const headers = [];
  if (o.seq) headers.push(['序号']);
  headers.push(['指标名称'], ['计量单位'], ['2023年'], ['2024年'], ['比上年', '增减'], ['比上年', '增长%']);
  const rows = inds.map((x, i) => { const r = []; if (o.seq) r.push(i + 1); const dd = x[1] === '万元' ? 2 : 0; r.push(x[0], x[1], x[2], x[3], rd(x[3] - x[2], dd), growth(x[3], x[2])); return r; });
  const fm = headers.map(h => h[h.length - 1] === '增长%' ? '0.0' : null);
  const w = writeTable(ws, { title: o.title || '全县村级组织建设和集体经济发展主要指标', unit: '单位：个、人、万元、%', headers, rows, numFmts: fm, notes: ['注：增长%按上年数计算。'], r0: o.r0, c0: o.c0 });
  const off = o.seq ? 1 : 0;
  rows.forEach((r, i) => { if (r[off + 1] === '万元') for (const c of [2, 3, 4]) ws.getCell(w.addr(i, off + c)).numFmt = '0.00'; });
  cand(file, ws.name, w.addr(6, off + 5), 'growth', rows[6][off + 5]);
  cand(file, ws.name, w.addr(5, off + 4), 'diff', rows[5][off + 4]);
  cand(file, ws.name, w.addr(2, off + 3), 'qizhong', rows[2][off + 3], { whole: rows[1][off + 3] });
  cand(file, ws.name, w.addr(8, off + 3), 'avg', rows[8][off + 3]);
  return w;
}

// per-township village list sheet
function tblVillageList(ws, t, o, file) {
  const headers = [['序号'], ['村（社区）名称'], ['村集体经济收入', '总收入'], ['村集体经济收入', '其中：经营性收入'], ['村集体资产'], ['收入分组'], ['村两委成员（人）']];
  const vs = t.villages;
  const rows = vs.map((v, i) => [i + 1, v.name, v.inc24, v.inc24 === 0 ? '—' : v.oper24, v.assets, GROUPS[grp(v.inc24)], v.members]);
  const tot = ['', '合计', r2(sum(vs, v => v.inc24)), r2(sum(vs, v => v.oper24)), r2(sum(vs, v => v.assets)), '—', sum(vs, v => v.members)];
  if (o.totalFirst) rows.unshift(tot); else rows.push(tot);
  const fm = [null, null, '0.00', '0.00', '0.00', null, null];
  const w = writeTable(ws, { title: `${t.name}村集体经济基本情况`, unit: '单位：万元、人', headers, rows, numFmts: fm, notes: [`填报单位：${t.name}农业综合服务中心`], r0: o.r0, c0: o.c0 });
  const d1 = o.totalFirst ? 1 : 0; const tIdx = o.totalFirst ? 0 : rows.length - 1;
  let vi = ri(0, vs.length - 1); for (let k = 0; k < vs.length && vs[vi].inc24 === 0; k++) vi = (vi + 1) % vs.length;
  cand(file, ws.name, w.addr(vi + d1, 2), 'part', rows[vi + d1][2]);
  cand(file, ws.name, w.addr(vi + d1, 3), 'qizhong', rows[vi + d1][3], { whole: rows[vi + d1][2] });
  cand(file, ws.name, w.addr(tIdx, 4), 'total', rows[tIdx][4]);
  return w;
}

// township summary built from village lists
function tblTownSummary(ws, towns, o, file) {
  const headers = [['乡镇'], ['村（社区）数（个）'], ['总收入（万元）'], ['其中：经营性收入（万元）'], ['村集体资产（万元）'], ['村两委成员（人）'], ['村均收入（万元）']];
  const tv = towns.map(t => ({ name: t.name, n: t.villages.length, inc: r2(sum(t.villages, v => v.inc24)), oper: r2(sum(t.villages, v => v.oper24)), as: r2(sum(t.villages, v => v.assets)), m: sum(t.villages, v => v.members) }));
  const tot = { name: '全县', n: sum(tv, x => x.n), inc: r2(sum(tv, x => x.inc)), oper: r2(sum(tv, x => x.oper)), as: r2(sum(tv, x => x.as)), m: sum(tv, x => x.m) };
  const mk = x => [x.name, x.n, x.inc, x.oper, x.as, x.m, r2(x.inc / x.n)];
  const rows = o.totalFirst ? [mk(tot), ...tv.map(mk)] : [...tv.map(mk), mk(tot)];
  const w = writeTable(ws, { title: '各乡镇村集体经济汇总表', subtitle: '2024年度', unit: '单位：个、万元、人', headers, rows, numFmts: [null, null, '0.00', '0.00', '0.00', null, '0.00'], notes: ['注：本表由各乡镇分表汇总。'], r0: o.r0, c0: o.c0 });
  const d1 = o.totalFirst ? 1 : 0; const tIdx = o.totalFirst ? 0 : rows.length - 1;
  const ti = ri(0, towns.length - 1) + d1;
  cand(file, ws.name, w.addr(ti, 2), 'part', rows[ti][2]);
  cand(file, ws.name, w.addr(tIdx, 6), 'avg', rows[tIdx][6]);
  cand(file, ws.name, w.addr(tIdx, 1), 'total', rows[tIdx][1]);
  return w;
}

// income-group structure for county: rows groups, cols 2023 count/% and 2024 count/%
function tblGroupStructure(ws, towns, o, file) {
  const all = [].concat(...towns.map(t => t.villages));
  const a = agg(all), b = agg(all, 23);
  const headers = [['收入分组'], ['2023年', '村数（个）'], ['2023年', '构成（%）'], ['2024年', '村数（个）'], ['2024年', '构成（%）'], ['增减（个）']];
  const rows = [['总计', b.n, 100, a.n, 100, a.n - b.n]];
  GROUPS.forEach((g, k) => rows.push([g, b.g[k], pct(b.g[k], b.n), a.g[k], pct(a.g[k], a.n), a.g[k] - b.g[k]]));
  if (o.extra) { rows.push(['其中：空壳村', b.shell, pct(b.shell, b.n), a.shell, pct(a.shell, a.n), a.shell - b.shell]); }
  const w = writeTable(ws, { title: o.title || '村集体经济收入分组构成', unit: '单位：个、%', headers, rows, numFmts: [null, null, '0.0', null, '0.0', null], notes: ['注：构成为占村总数的百分比，因四舍五入合计可能不等于100。'], r0: o.r0, c0: o.c0 });
  const k = ri(2, 5);
  cand(file, ws.name, w.addr(k, 3), 'part', rows[k][3]);
  cand(file, ws.name, w.addr(k, 4), 'pct', rows[k][4]);
  cand(file, ws.name, w.addr(k, 5), 'diff', rows[k][5]);
  cand(file, ws.name, w.addr(0, 1), 'total', rows[0][1]);
  return w;
}

// ---------- workbook recipes ----------
const BUILDERS = { groups: tblIncomeGroups, sec: tblSecretary, inc2: tblIncomeTwoYear, shell: tblShell, first: tblFirstSec, trans: tblTransposed, ind: tblIndicators, gstruct: tblGroupStructure };
const SHEETN = { groups: '收入分组', sec: '书记队伍', inc2: '集体收入', shell: '空壳薄弱村', first: '驻村力量', trans: '主要指标（分乡镇）', ind: '主要指标', gstruct: '分组构成' };
const COUNTIES = ['清河县', '安平县', '东阳县', '平山县', '西林县', '南江县', '北川县', '兴隆县'];

async function main() {
  const kinds = Object.keys(BUILDERS);
  let fileNo = 0;
  const recipes = [];
  // single-table workbooks with varied options
  for (let i = 0; i < 24; i++) recipes.push({ type: 'single', kind: kinds[i % kinds.length], v: i });
  // multi-table sheets / multi-sheet
  for (let i = 0; i < 6; i++) recipes.push({ type: 'multi', v: i });
  for (let i = 0; i < 5; i++) recipes.push({ type: 'towns', v: i });
  for (const rc of recipes) {
    fileNo++;
    const county = COUNTIES[fileNo % COUNTIES.length];
    const towns = makeCounty(ri(4, 9));
    const wb = new ExcelJS.Workbook();
    let file;
    const opt = () => ({ seq: rnd() < 0.5, totalFirst: rnd() < 0.4, withPct: rnd() < 0.7, members: rnd() < 0.5, female: rnd() < 0.4, oper: rnd() < 0.6, dec: rnd() < 0.7 ? 2 : 1, grouped: rnd() < 0.5, extra: rnd() < 0.5, unitLeft: rnd() < 0.3, r0: rnd() < 0.3 ? 2 : 1, c0: rnd() < 0.2 ? 2 : 1 });
    if (rc.type === 'single') {
      file = `v${String(fileNo).padStart(2, '0')}_${rc.kind}.xlsx`;
      const ws = wb.addWorksheet(SHEETN[rc.kind]);
      const o = opt(); o.title = `${county}${BUILDERS[rc.kind] === tblIncomeGroups ? '2024年村集体经济收入分组情况' : ''}` || undefined; if (o.title === county) o.title = undefined;
      BUILDERS[rc.kind](ws, towns, o, file);
    } else if (rc.type === 'multi') {
      file = `v${String(fileNo).padStart(2, '0')}_multi.xlsx`;
      const picks = [kinds[rc.v % kinds.length], kinds[(rc.v + 3) % kinds.length], kinds[(rc.v + 5) % kinds.length]];
      if (rc.v % 2 === 0) {
        for (const k of picks) BUILDERS[k](wb.addWorksheet(SHEETN[k]), towns, opt(), file);
      } else {
        // two tables stacked on one sheet, third on its own sheet
        const ws = wb.addWorksheet('综合');
        const o1 = opt(); o1.r0 = 1; o1.c0 = 1;
        const w1 = BUILDERS[picks[0]](ws, towns, o1, file);
        const o2 = opt(); o2.r0 = w1.nextRow + 2; o2.c0 = 1;
        BUILDERS[picks[1]](ws, towns, o2, file);
        BUILDERS[picks[2]](wb.addWorksheet(SHEETN[picks[2]]), towns, opt(), file);
      }
    } else {
      file = `v${String(fileNo).padStart(2, '0')}_towns.xlsx`;
      const o = opt();
      tblTownSummary(wb.addWorksheet('汇总'), towns, o, file);
      for (const t of towns) tblVillageList(wb.addWorksheet(t.name), t, { totalFirst: o.totalFirst }, file);
      if (rc.v % 2) tblIncomeGroups(wb.addWorksheet('收入分组'), towns, { ...opt(), withPct: true }, file);
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
  }
  fs.writeFileSync(path.join(DIR, 'gen_meta.json'), JSON.stringify(meta, null, 1));
  console.log('wrote', recipes.length);
}
main();
