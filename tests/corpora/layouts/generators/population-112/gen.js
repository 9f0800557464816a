// node gen.js SET N SEED [cleanFrac]  -> /tmp/round112b/SET/*.xlsx + manifest.json, rel/SET-*.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');
const ROOT = '/tmp/round112b';
const [SET, NARG, SEEDARG, CLEANARG] = process.argv.slice(2);
const N = +NARG || 30, SEED = +SEEDARG || 1, CLEANFRAC = CLEANARG === undefined ? 0.5 : +CLEANARG;

function mulberry(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function mkR(seed) {
  const r = mulberry(seed);
  const R = { f: r, u: (a, b) => a + (b - a) * r(), i: (a, b) => Math.floor(a + (b - a + 1) * r()), b: (p = 0.5) => r() < p, pick: (a) => a[Math.floor(r() * a.length)] };
  R.shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
  return R;
}
const rnd = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; };
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

const CH1 = '东西南北中新安永丰宁平清青临江河湖山石白金龙凤桃柳城阳华兴昌福德泰和盛瑞';
const CH2 = '城湖山江河阳川源平安宁丰泉林岭溪桥口塘坪湾峰州';
function nm(R, used) { for (;;) { const s = R.pick(CH1) + R.pick(CH2); if (!used.has(s)) { used.add(s); return s; } } }

// ---------- city model ----------
function makeCity(R) {
  const used = new Set();
  const city = { name: nm(R, used) + '市', dists: [] };
  const nD = R.i(2, 5), nC = R.i(2, 6);
  for (let k = 0; k < nD + nC; k++) {
    const isD = k < nD;
    const type = isD ? '区' : (R.b(0.25) ? '市' : '县');
    const hk = R.i(isD ? 180000 : 150000, isD ? 1300000 : 1050000);
    const male = Math.round(hk * R.u(0.495, 0.525));
    const res = Math.round(hk * (isD ? R.u(1.0, 1.4) : R.u(0.75, 1.0)));
    const resPrev = Math.round(res / (1 + R.u(-0.015, 0.025)));
    const ur = isD ? R.u(0.75, 0.97) : R.u(0.35, 0.65);
    const urb = Math.round(res * ur), urbPrev = Math.round(resPrev * (ur - R.u(0.002, 0.015)));
    const births = Math.round(hk * R.u(0.005, 0.011)), deaths = Math.round(hk * R.u(0.0055, 0.0095));
    const inn = Math.round(hk * R.u(0.004, 0.03)), out = Math.round(hk * R.u(0.004, 0.03));
    const start = hk - births + deaths - inn + out;
    const a0 = Math.round(hk * R.u(0.11, 0.2)), a2 = Math.round(hk * R.u(0.16, 0.3));
    city.dists.push({
      name: nm(R, used) + type, isD, hk, male, female: hk - male, hh: Math.round(hk / R.u(2.4, 3.4)), res, resPrev, urb, urbPrev,
      area: rnd(isD ? R.u(60, 800) : R.u(600, 3500), 2), births, deaths, mean: (start + hk) / 2, start, inn, innP: Math.round(inn * R.u(0.1, 0.4)), out, outP: Math.round(out * R.u(0.15, 0.5)),
      a0, a1: hk - a0 - a2, a2, a65: Math.round(a2 * R.u(0.62, 0.76)),
      jd: isD ? R.i(3, 12) : R.i(0, 4), zhen: isD ? R.i(0, 4) : R.i(5, 15), xiang: isD ? 0 : R.i(0, 6),
    });
  }
  return city;
}
function addRaw(list) { const o = {}; for (const r of list) for (const k in r) if (typeof r[k] === 'number') o[k] = (o[k] || 0) + r[k]; return o; }

// region row items: returns [{label, raw, kind, members, indent}]
function regionRows(R, city, opt) {
  const ds = city.dists.filter((d) => d.isD), cs = city.dists.filter((d) => !d.isD);
  const style = R.pick(['plain', 'indent', 'num']);
  const totLabel = opt.totLabel || R.pick(['全市', '全  市', '合计', '总计', city.name]);
  const rows = [];
  const totPos = R.b(0.75) ? 'top' : 'bottom';
  const mode = R.pick(['flat', 'sub1', 'sub2', 'sub2']);
  const leaf = (d, ind) => ({ label: (style === 'indent' && ind ? '  ' : '') + d.name, raw: d, kind: 'leaf', indent: ind });
  const items = [];
  if (mode === 'flat') { for (const d of [...ds, ...cs]) items.push(leaf(d, 0)); }
  else {
    const g1 = { label: style === 'num' ? '一、市辖区' : '市辖区', kind: 'sub', kids: ds.map((d) => leaf(d, 1)) };
    items.push(g1);
    if (mode === 'sub2') items.push({ label: style === 'num' ? '二、县（市）' : R.pick(['县（市）', '各县市', '县市合计']), kind: 'sub', kids: cs.map((d) => leaf(d, 1)) });
    else for (const d of cs) items.push(leaf(d, 0));
  }
  const flat = [];
  if (totPos === 'top') flat.push({ label: totLabel, kind: 'total' });
  for (const it of items) { flat.push(it); if (it.kids) for (const k of it.kids) flat.push(k); }
  if (totPos === 'bottom') flat.push({ label: totLabel === '全市' ? '合计' : totLabel, kind: 'total' });
  const idx = (o) => flat.indexOf(o);
  for (const it of items) if (it.kids) { it.members = it.kids.map(idx); it.raw = addRaw(it.kids.map((k) => k.raw)); }
  const tot = flat.find((x) => x.kind === 'total');
  tot.members = items.map(idx);
  tot.raw = addRaw(items.map((x) => x.raw));
  return flat;
}

// ---------- generic table emitter ----------
// spec: {title, unit, rows, cols, transpose, notes}
// col: {key, head:[..], unitTag, dec, scale, val(raw,row,i), sum:bool, rel, kind, blankZero, shown(i,get)}
function emitTable(ws, R, spec, book) {
  const rows = spec.rows, cols = spec.cols;
  const disp = rows.map(() => ({}));
  const sumShown = R.b(0.3);
  const order = rows.map((x, i) => i).sort((a, b) => ({ leaf: 0, sub: 1, total: 2 }[rows[a].kind] - { leaf: 0, sub: 1, total: 2 }[rows[b].kind]));
  const corder = cols.filter((c) => !(c.rel && c.rel.t === 'sum')).concat(cols.filter((c) => c.rel && c.rel.t === 'sum'));
  for (const c of corder) {
    order.forEach((i) => { const row = rows[i];
      let v;
      if (c.rel && c.rel.t === 'sum' && sumShown && c.scale > 1) v = c.rel.of.reduce((a, k) => a + (disp[i][k] || 0), 0);
      else if (c.shown) v = c.shown(row, i, (key, ii = i) => disp[ii][key]);
      else if (c.sum && row.members && sumShown && (c.scale > 1 || c.fracRaw)) v = row.members.reduce((a, m) => a + (disp[m][c.key] || 0), 0);
      else { v = c.val(row.raw, row, i); if (v !== null && v !== undefined) v = v / (c.scale || 1); }
      if (v === null || v === undefined || Number.isNaN(v)) { disp[i][c.key] = null; return; }
      disp[i][c.key] = rnd(v, c.dec);
    });
  }
  const tr = !!spec.transpose;
  let r = 1;
  const width = tr ? rows.length + 1 + (spec.unitCol ? 1 : 0) : cols.length + 1 + (spec.seqCol ? 1 : 0);
  // title
  ws.getCell(r, 1).value = spec.title; ws.getCell(r, 1).font = { bold: true, size: 14 };
  if (R.b(0.7)) ws.mergeCells(r, 1, r, width);
  r++;
  if (spec.subtitle) { ws.getCell(r, 1).value = spec.subtitle; if (R.b(0.5)) ws.mergeCells(r, 1, r, width); r++; }
  if (R.b(0.15)) r++;
  if (spec.unit) {
    const where = R.b(0.5) ? width : 1;
    ws.getCell(r, where).value = R.pick(['单位：', '单位:', '计量单位：']) + spec.unit;
    r++;
  }
  const addr = (i, j) => (tr ? null : null);
  const pos = rows.map(() => cols.map(() => null));
  const hdrTop = r;
  if (!tr) {
    const twoRow = cols.some((c) => c.head.length > 1);
    const hr = twoRow ? 2 : 1;
    let c0 = 1;
    if (spec.seqCol) { ws.getCell(r, 1).value = '序号'; if (hr > 1) ws.mergeCells(r, 1, r + 1, 1); c0 = 2; }
    ws.getCell(r, c0).value = spec.rowHead || '地区'; if (hr > 1) ws.mergeCells(r, c0, r + 1, c0);
    // group headers
    let j = 0;
    while (j < cols.length) {
      const c = cols[j], cc = c0 + 1 + j;
      const hd = (h) => h + (c.unitTag && spec.unitInHead ? `（${c.unitTag}）` : '');
      if (c.head.length === 1) { ws.getCell(r, cc).value = hd(c.head[0]); if (hr > 1) ws.mergeCells(r, cc, r + 1, cc); j++; continue; }
      let k = j; while (k + 1 < cols.length && cols[k + 1].head.length > 1 && cols[k + 1].head[0] === c.head[0]) k++;
      ws.getCell(r, cc).value = c.head[0] + (c.unitTag && spec.unitInHead ? `（${c.unitTag}）` : '');
      if (k > j) ws.mergeCells(r, cc, r, c0 + 1 + k);
      for (let q = j; q <= k; q++) ws.getCell(r + 1, c0 + 1 + q).value = cols[q].head[1];
      j = k + 1;
    }
    r += hr;
    if (spec.jiaRow) { ws.getCell(r, c0).value = '甲'; if (spec.seqCol) ws.getCell(r, 1).value = '乙'; cols.forEach((c, q) => (ws.getCell(r, c0 + 1 + q).value = q + 1)); r++; }
    rows.forEach((row, i) => {
      if (spec.seqCol) ws.getCell(r + i, 1).value = row.kind === 'leaf' ? i + 1 - rows.filter((x, ii) => ii < i && x.kind !== 'leaf').length : '';
      ws.getCell(r + i, c0).value = row.label;
      if (row.kind !== 'leaf') ws.getCell(r + i, c0).font = { bold: true };
      if (spec.indentStyle && row.indent) ws.getCell(r + i, c0).alignment = { indent: 1 };
      cols.forEach((c, j2) => (pos[i][j2] = A(r + i, c0 + 1 + j2)));
    });
    r += rows.length;
  } else {
    let c0 = 1;
    ws.getCell(r, 1).value = spec.rowHead || '指标';
    if (spec.unitCol) { ws.getCell(r, 2).value = '计量单位'; c0 = 2; }
    rows.forEach((row, i) => (ws.getCell(r, c0 + 1 + i).value = (typeof row.label === "string" ? row.label.trim() : row.label)));
    r++;
    cols.forEach((c, j) => {
      let lab = c.head.length > 1 ? (c.head[1].startsWith('其中') || ['男', '女', '合计', '小计'].includes(c.head[1]) ? (c.head[1] === '合计' ? c.head[0] : '  ' + c.head[1]) : c.head.join('')) : c.head[0];
      if (c.unitTag && !spec.unitCol) lab += `（${c.unitTag}）`;
      ws.getCell(r + j, 1).value = lab;
      if (spec.unitCol) ws.getCell(r + j, 2).value = c.unitTag || '';
      rows.forEach((row, i) => (pos[i][j] = A(r + j, c0 + 1 + i)));
    });
    r += cols.length;
  }
  // write values
  const textCols = new Set(cols.filter(() => R.b(spec.textProb || 0.03)).map((c) => c.key));
  rows.forEach((row, i) => cols.forEach((c, j) => {
    const cell = ws.getCell(pos[i][j]);
    let v = disp[i][c.key];
    if (v === null) { cell.value = R.pick(c.nullMarks || ['—', '', '-']) || null; return; }
    if (v === 0 && c.blankZero) { cell.value = c.blankZero; return; }
    if (textCols.has(c.key)) cell.value = v.toFixed(c.dec);
    else { cell.value = v; cell.numFmt = c.dec === 0 ? (R.b(0.5) ? '#,##0' : '0') : '0.' + '0'.repeat(c.dec); }
  }));
  // notes
  r += R.i(0, 1);
  for (const n of spec.notes || []) { ws.getCell(r, 1).value = n; r++; }
  ws.getColumn(1).width = 16;
  // relations
  const rels = [], cands = [];
  const ck = (key) => cols.findIndex((c) => c.key === key);
  const P = (i, key) => { const j = ck(key); return j < 0 ? null : pos[i][j]; };
  const tolSum = (c, n) => ((c.scale > 1 || c.fracRaw) && !sumShown ? n * 0.5 * Math.pow(10, -c.dec) : 0) + 1e-6;
  const half = (c) => 0.5 * Math.pow(10, -c.dec);
  const totIdx = rows.findIndex((x) => x.kind === 'total');
  const getDisp = (a) => { for (let i = 0; i < rows.length; i++) for (let j = 0; j < cols.length; j++) if (pos[i][j] === a) return disp[i][cols[j].key]; return undefined; };
  const autoTol = (rel, c) => { rel.tol = 0; const e = evalRel(rel, getDisp); rel.tol = Math.max(half(c), e === null ? 0 : e) + 1e-6; return rel; };
  cols.forEach((c, j) => {
    rows.forEach((row, i) => {
      const me = pos[i][j];
      if (disp[i][c.key] === null) return;
      if (c.sum && row.members) { rels.push({ t: 'sum', total: me, parts: row.members.map((m) => pos[m][j]), tol: tolSum(c, row.members.length) }); }
      if (c.sum && row.within !== undefined) rels.push({ t: 'le', whole: pos[row.within][j], parts: [me], tol: 1e-6 });
      const rl = c.rel;
      if (rl) {
        const pi = rl.prevRow ? row.prevIdx : i;
        if (rl.t === 'rate' && P(i, rl.num) && P(i, rl.den)) rels.push(autoTol({ t: 'rate', cell: me, num: P(i, rl.num), den: P(i, rl.den), k: rl.k }, c));
        if (rl.t === 'share' && totIdx >= 0 && P(i, rl.of)) rels.push(autoTol({ t: 'rate', cell: me, num: P(i, rl.of), den: P(totIdx, rl.of), k: 100 }, c));
        if ((rl.t === 'pp' || rl.t === 'growth') && pi !== undefined && pi !== null && P(i, rl.cur) && P(pi, rl.prev)) rels.push(autoTol({ t: rl.t, cell: me, cur: P(i, rl.cur), prev: P(pi, rl.prev) }, c));
        if (rl.t === 'sum' && rl.of.every((k) => P(i, k))) rels.push({ t: 'sum', total: me, parts: rl.of.map((k) => P(i, k)), tol: (c.scale > 1 ? rl.of.length * half(c) : 0) + 1e-6 });
        if (rl.t === 'le' && P(i, rl.whole)) rels.push({ t: 'le', whole: P(i, rl.whole), parts: [me], tol: 1e-6 });
        if (rl.t === 'lin' && [...rl.plus, ...rl.minus].every((k) => P(i, k))) rels.push({ t: 'lin', total: me, plus: rl.plus.map((k) => P(i, k)), minus: rl.minus.map((k) => P(i, k)), tol: (c.scale > 1 ? 6 * half(c) : 0) + 1e-6 });
      }
    });
  });
  const inRel = new Set(); for (const x of rels) for (const a of relCells(x)) inRel.add(a);
  rows.forEach((row, i) => cols.forEach((c, j) => {
    const me = pos[i][j]; if (!inRel.has(me) || disp[i][c.key] === null || disp[i][c.key] === 0) return;
    let kind = c.kind;
    if (!kind && c.sum) kind = row.kind === 'total' ? 'total' : row.kind === 'sub' ? 'subtotal' : 'part';
    if (!kind && c.rel && c.rel.t === 'sum') kind = 'total';
    if (!kind && c.rel && c.rel.t === 'le') kind = 'part';
    if (kind) cands.push({ sheet: ws.name, cell: me, kind, dec: c.dec });
  }));
  return { rels, cands };
}

// ---------- sheet builders ----------
const NOTES = [['注：户籍人口数据来源于市公安局。'], ['注：本表为年末数。', '资料来源：市统计局、市公安局'], ['填报单位：市统计局人口和就业统计科', '填报人：王丽    审核人：陈刚    报出日期：2025年3月10日'], ['说明：性别比以女性为100。'], [], ['注：1.常住人口为第七次人口普查推算数；', '2.城镇化率为常住人口城镇化率。']];
function commonSpec(R, title, unit) {
  return { title, unit, textProb: process.env.VAR === '2' ? 0.12 : 0.03, notes: R.pick(NOTES), jiaRow: R.b(process.env.VAR === '2' ? 0.4 : 0.2), seqCol: R.b(0.15), unitInHead: R.b(0.5), indentStyle: R.b(0.5), transpose: false };
}
function sWan(R) { return R.b(0.5) ? { scale: 10000, dec: R.pick([2, 2, 1]), unit: '万人' } : { scale: 1, dec: 0, unit: '人' }; }

function shHukou(R, city, year) {
  const rows = regionRows(R, city, {});
  const u = sWan(R);
  const cols = [];
  if (R.b(0.7)) cols.push({ key: 'hh', head: ['户数'], unitTag: u.scale > 1 ? '万户' : '户', scale: u.scale, dec: u.dec, sum: true, val: (d) => d.hh });
  const grp = R.pick(['户籍人口', '年末户籍人口', '户籍人口数']);
  cols.push({ key: 'hk', head: [grp, '合计'], unitTag: u.unit, scale: u.scale, dec: u.dec, sum: true, val: (d) => d.hk, rel: { t: 'sum', of: ['m', 'f'] } });
  cols.push({ key: 'm', head: [grp, '男'], unitTag: u.unit, scale: u.scale, dec: u.dec, sum: true, val: (d) => d.male });
  cols.push({ key: 'f', head: [grp, '女'], unitTag: u.unit, scale: u.scale, dec: u.dec, sum: true, val: (d) => d.female });
  if (R.b(0.8)) cols.push({ key: 'sr', head: ['性别比（女=100）'], dec: R.pick([2, 2, 1]), val: (d) => (d.male / d.female) * 100, rel: { t: 'rate', num: 'm', den: 'f', k: 100 }, kind: 'rate' });
  if (cols[0].key === 'hh' && R.b(0.7)) cols.push({ key: 'hj', head: ['户均人口'], unitTag: '人/户', dec: 2, val: (d) => d.hk / d.hh, rel: { t: 'rate', num: 'hk', den: 'hh', k: 1 }, kind: 'rate' });
  if (R.b(0.4)) cols.push({ key: 'sh', head: ['占全市比重(%)'], dec: R.pick([1, 2]), val: (d, row) => null, kind: 'share', rel: { t: 'share', of: 'hk' } });
  const tot = rows.find((x) => x.kind === 'total').raw;
  const sh = cols.find((c) => c.key === 'sh'); if (sh) sh.val = (d) => (d.hk / tot.hk) * 100;
  const spec = commonSpec(R, `${city.name}${year}年${R.pick(['户籍人口', '分县（市、区）户籍人口', '户籍户数和人口'])}`, u.scale > 1 ? '万户、万人' : '户、人');
  if (u.scale === 1 && !cols.some((c) => c.key === 'hh')) spec.unit = '人';
  spec.rows = rows; spec.cols = cols; spec.rowHead = R.pick(['地区', '县（市、区）', '单位', '区域']);
  if (R.b(0.2)) { spec.transpose = true; spec.unitCol = R.b(0.5); }
  return spec;
}
function shResident(R, city, year) {
  const rows = regionRows(R, city, {});
  const dec = R.pick([2, 2, 1]);
  const cols = [];
  cols.push({ key: 'res', head: ['常住人口', `${year}年`], unitTag: '万人', scale: 10000, dec, sum: true, val: (d) => d.res });
  const withPrev = R.b(0.6);
  if (withPrev) {
    cols.push({ key: 'resP', head: ['常住人口', `${year - 1}年`], unitTag: '万人', scale: 10000, dec, sum: true, val: (d) => d.resPrev });
    cols.push({ key: 'g', head: ['常住人口', R.pick(['比上年增长(%)', '增长（%）', '增速(%)'])], dec: R.pick([1, 2]), val: (d) => (d.res / d.resPrev - 1) * 100, kind: 'growth', rel: { t: 'growth', cur: 'res', prev: 'resP' } });
  }
  cols.push({ key: 'urb', head: ['城镇人口'], unitTag: '万人', scale: 10000, dec, sum: true, val: (d) => d.urb });
  if (R.b(0.5)) cols.push({ key: 'rur', head: ['乡村人口'], unitTag: '万人', scale: 10000, dec, sum: true, val: (d) => d.res - d.urb });
  const ud = R.pick([1, 2, 2]);
  cols.push({ key: 'ur', head: ['城镇化率(%)'], dec: ud, val: (d) => (d.urb / d.res) * 100, kind: 'rate', rel: { t: 'rate', num: 'urb', den: 'res', k: 100 } });
  if (R.b(0.5)) {
    cols.push({ key: 'urP', head: [`${year - 1}年城镇化率(%)`], dec: ud, val: (d) => (d.urbPrev / d.resPrev) * 100 });
    cols.push({ key: 'urd', head: [R.pick(['比上年提高（百分点）', '增减（百分点）'])], dec: ud, shown: (row, i, g) => g('ur') - g('urP'), kind: 'pp', rel: { t: 'pp', cur: 'ur', prev: 'urP' } });
  }
  const spec = commonSpec(R, `${R.pick(['各县（市、区）', '分地区'])}常住人口及城镇化率（${year}年）`, null);
  spec.unitInHead = true;
  spec.rows = rows; spec.cols = cols; spec.rowHead = R.pick(['地区', '县（市、区）']);
  if (R.b(0.15)) { spec.transpose = true; spec.unitCol = R.b(0.5); }
  return spec;
}
function shVital(R, city, year) {
  const rows = regionRows(R, city, {});
  const u = R.b(0.5) ? { scale: 10000, dec: 2 } : { scale: 1, dec: 0 };
  const k = 1000 / u.scale;
  const rd = R.pick([2, 2, 1]);
  const natShown = R.b(0.5);
  const cols = [
    { key: 'mean', head: ['年平均人口'], unitTag: u.scale > 1 ? '万人' : '人', scale: u.scale, dec: u.dec, sum: true, fracRaw: true, val: (d) => d.mean },
    { key: 'b', head: ['出生', '人数（人）'], dec: 0, sum: true, val: (d) => d.births },
    { key: 'br', head: ['出生', '出生率（‰）'], dec: rd, val: (d) => (d.births / d.mean) * 1000, kind: 'rate', rel: { t: 'rate', num: 'b', den: 'mean', k } },
    { key: 'd', head: ['死亡', '人数（人）'], dec: 0, sum: true, val: (d) => d.deaths },
    { key: 'dr', head: ['死亡', '死亡率（‰）'], dec: rd, val: (d) => (d.deaths / d.mean) * 1000, kind: 'rate', rel: { t: 'rate', num: 'd', den: 'mean', k } },
  ];
  if (R.b(0.4)) cols.push({ key: 'n', head: ['自然增长', '人数（人）'], dec: 0, sum: true, val: (d) => d.births - d.deaths, rel: { t: 'pp', cur: 'b', prev: 'd' }, kind: 'pp' });
  cols.push({ key: 'nr', head: cols.some((c) => c.key === 'n') ? ['自然增长', '自然增长率（‰）'] : ['自然增长率（‰）'], dec: rd, val: (d) => ((d.births - d.deaths) / d.mean) * 1000, shown: natShown ? (row, i, g) => g('br') - g('dr') : undefined, kind: 'pp', rel: { t: 'pp', cur: 'br', prev: 'dr' } });
  const spec = commonSpec(R, `${year}年${R.pick(['各县（市、区）人口出生、死亡和自然增长情况', '分地区人口自然变动', '人口自然变动情况'])}`, null);
  spec.rows = rows; spec.cols = cols; spec.unitInHead = true;
  return spec;
}
function shMig(R, city, year) {
  const rows = regionRows(R, city, {});
  const cols = [
    { key: 'in', head: ['迁入人口', '合计'], dec: 0, sum: true, val: (d) => d.inn },
    { key: 'inP', head: ['迁入人口', '其中：省外迁入'], dec: 0, sum: true, val: (d) => d.innP, rel: { t: 'le', whole: 'in' } },
    { key: 'out', head: ['迁出人口', '合计'], dec: 0, sum: true, val: (d) => d.out },
    { key: 'outP', head: ['迁出人口', '其中：迁往省外'], dec: 0, sum: true, val: (d) => d.outP, rel: { t: 'le', whole: 'out' } },
    { key: 'net', head: [R.pick(['净迁移人口', '净迁入（+）/净迁出（-）', '机械增长人数'])], dec: 0, sum: true, val: (d) => d.inn - d.out, kind: 'pp', rel: { t: 'pp', cur: 'in', prev: 'out' } },
  ];
  if (R.b(0.5)) cols.push({ key: 'hk', head: ['年末户籍人口'], dec: 0, sum: true, val: (d) => d.hk });
  if (R.b(0.5) && cols.some((c) => c.key === 'hk')) cols.push({ key: 'mr', head: ['净迁移率（‰）'], dec: 2, val: (d) => ((d.inn - d.out) / d.hk) * 1000, kind: 'rate', rel: { t: 'rate', num: 'net', den: 'hk', k: 1000 } });
  const spec = commonSpec(R, `${year}年${R.pick(['户籍人口迁移情况', '分地区迁入迁出人口', '人口机械变动'])}`, '人');
  spec.rows = rows; spec.cols = cols;
  if (R.b(0.2)) { spec.transpose = true; spec.unitCol = false; }
  return spec;
}
function shDensity(R, city, year) {
  const rows = regionRows(R, city, {});
  const cols = [
    { key: 'area', head: ['土地面积（平方公里）'], dec: R.pick([2, 1, 0]), sum: true, val: (d) => d.area },
    { key: 'res', head: ['年末常住人口（万人）'], scale: 10000, dec: 2, sum: true, val: (d) => d.res },
    { key: 'den', head: ['人口密度（人/平方公里）'], dec: R.pick([0, 0, 1]), val: (d) => d.res / d.area, kind: 'rate', rel: { t: 'rate', num: 'res', den: 'area', k: 10000 } },
  ];
  cols[0].scale = 1; cols[0].sum = true; cols[0].fracRaw = true;
  if (R.b(0.4)) cols.splice(1, 0, { key: 'ash', head: ['面积占比(%)'], dec: 1, val: null, kind: 'share', rel: { t: 'share', of: 'area' } });
  const tot = rows.find((x) => x.kind === 'total');
  const sh = cols.find((c) => c.key === 'ash'); if (sh) sh.val = (d) => (d.area / tot.raw.area) * 100;
  // area totals: the office adds the shown figures
  cols[0].val = (d) => d.area;
  const spec = commonSpec(R, `${R.pick(['各县（市、区）土地面积和人口密度', '人口密度'])}（${year}年）`, null);
  spec.rows = rows; spec.cols = cols;
  return spec;
}
function shChange(R, city, year) {
  const rows = regionRows(R, city, {});
  const cols = [
    { key: 's', head: ['年初户籍人口'], dec: 0, sum: true, val: (d) => d.start },
    { key: 'b', head: ['本年增加', '出生'], dec: 0, sum: true, val: (d) => d.births },
    { key: 'i', head: ['本年增加', '迁入'], dec: 0, sum: true, val: (d) => d.inn },
    { key: 'd', head: ['本年减少', '死亡'], dec: 0, sum: true, val: (d) => d.deaths },
    { key: 'o', head: ['本年减少', '迁出'], dec: 0, sum: true, val: (d) => d.out },
    { key: 'e', head: ['年末户籍人口'], dec: 0, sum: true, val: (d) => d.hk, kind: 'running', rel: { t: 'lin', plus: ['s', 'b', 'i'], minus: ['d', 'o'] } },
  ];
  const spec = commonSpec(R, `${year}年${R.pick(['户籍人口变动情况', '人口变动情况表', '分地区户籍人口增减变动'])}`, '人');
  spec.rows = rows; spec.cols = cols;
  return spec;
}
function shAgeRegion(R, city, year) {
  const rows = regionRows(R, city, {});
  const u = sWan(R);
  const cols = [
    { key: 't', head: ['总人口'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.hk, rel: { t: 'sum', of: ['a0', 'a1', 'a2'] } },
    { key: 'a0', head: ['按年龄分', '0-14岁'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.a0 },
    { key: 'a1', head: ['按年龄分', '15-59岁'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.a1 },
    { key: 'a2', head: ['按年龄分', '60岁及以上'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.a2 },
    { key: 'a65', head: ['按年龄分', '其中：65岁及以上'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.a65, rel: { t: 'le', whole: 'a2' } },
  ];
  const sd = R.pick([1, 2]);
  cols.push({ key: 's2', head: ['60岁及以上人口占比(%)'], dec: sd, val: (d) => (d.a2 / d.hk) * 100, kind: 'share', rel: { t: 'rate', num: 'a2', den: 't', k: 100 } });
  if (R.b(0.6)) cols.push({ key: 's65', head: ['65岁及以上人口占比(%)'], dec: sd, val: (d) => (d.a65 / d.hk) * 100, kind: 'share', rel: { t: 'rate', num: 'a65', den: 't', k: 100 } });
  const spec = commonSpec(R, `${year}年${R.pick(['分地区户籍人口年龄构成', '各县（市、区）人口年龄结构'])}`, u.unit);
  spec.rows = rows; spec.cols = cols;
  return spec;
}
function shAgeCat(R, city, year) {
  const tot = addRaw(city.dists);
  const f = R.u(0.97, 0.995);
  const prev = { hk: Math.round(tot.hk * f), a0: Math.round(tot.a0 * f * R.u(1.01, 1.05)), a2: Math.round(tot.a2 * f * R.u(0.93, 0.98)) };
  prev.a65 = Math.round(prev.a2 * (tot.a65 / tot.a2) * R.u(0.97, 1.0)); prev.a1 = prev.hk - prev.a0 - prev.a2;
  const mk = (label, k, kind) => ({ label, kind, raw: { c: tot[k], p: prev[k] } });
  const rows = [mk(R.pick(['总人口', '年末总人口', '合计']), 'hk', 'total'), mk('0-14岁', 'a0', 'leaf'), mk('15-59岁', 'a1', 'leaf'), mk('60岁及以上', 'a2', 'leaf'), mk(R.pick(['  其中：65岁及以上', '#65岁及以上', '其中:65岁及以上']), 'a65', 'leaf')];
  rows[0].members = [1, 2, 3]; rows[4].within = 3; rows[4].indent = 1;
  const u = sWan(R);
  const sd = R.pick([1, 2, 2]);
  const cols = [
    { key: 'p', head: [`${year - 1}年`, '人数'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.p },
    { key: 'sp', head: [`${year - 1}年`, '比重(%)'], dec: sd, val: (d) => (d.p / prev.hk) * 100, kind: 'share', rel: { t: 'share', of: 'p' } },
    { key: 'c', head: [`${year}年`, '人数'], scale: u.scale, dec: u.dec, sum: true, val: (d) => d.c },
    { key: 'sc', head: [`${year}年`, '比重(%)'], dec: sd, val: (d) => (d.c / tot.hk) * 100, kind: 'share', rel: { t: 'share', of: 'c' } },
  ];
  if (R.b(0.7)) cols.push({ key: 'dd', head: [R.pick(['比重增减（百分点）', '比重变动(百分点)'])], dec: sd, shown: (row, i, g) => g('sc') - g('sp'), kind: 'pp', rel: { t: 'pp', cur: 'sc', prev: 'sp' } });
  if (R.b(0.5)) cols.push({ key: 'g', head: ['人数增长(%)'], dec: R.pick([1, 2]), val: (d) => (d.c / d.p - 1) * 100, kind: 'growth', rel: { t: 'growth', cur: 'c', prev: 'p' } });
  const spec = commonSpec(R, `${city.name}户籍人口年龄构成`, u.unit);
  spec.rows = rows; spec.cols = cols; spec.rowHead = R.pick(['年龄组', '指标', '项目']); spec.seqCol = false; spec.jiaRow = false;
  return spec;
}
function shSeries(R, city, year) {
  const n = R.pick([5, 8, 10, 10]);
  const years = []; for (let y = year - n + 1; y <= year; y++) years.push(y);
  let pop = R.i(900000, 6000000), res = pop * R.u(0.9, 1.2), urbR = R.u(40, 65);
  const data = [];
  let prevPop = pop * (1 - R.u(-0.005, 0.01)), prevUr = urbR - R.u(0.5, 1.5);
  for (const y of years) {
    const br = R.u(5, 13), dr = R.u(5.5, 8.5);
    data.push({ y, pop, prevPop, births: Math.round(pop * br / 1000), deaths: Math.round(pop * dr / 1000), urbR, prevUr, res });
    prevPop = pop; prevUr = urbR;
    pop = Math.round(pop * (1 + R.u(-0.006, 0.012))); urbR += R.u(0.4, 1.6); res *= 1 + R.u(-0.005, 0.015);
  }
  const desc = R.b(0.3);
  const rows = data.map((d) => ({ label: R.pick([`${d.y}`, `${d.y}年`]), kind: 'leaf', raw: d }));
  if (R.b(0.3)) rows.forEach((x) => (x.label = Number(x.label) || x.label));
  if (desc) rows.reverse();
  rows.forEach((row, i) => { const pi = desc ? i + 1 : i - 1; row.prevIdx = pi >= 0 && pi < rows.length ? pi : null; });
  const u = R.b(0.6) ? { scale: 10000, dec: 2, unit: '万人' } : { scale: 1, dec: 0, unit: '人' };
  const rd = R.pick([2, 2, 1]);
  const cols = [{ key: 'pop', head: [R.pick(['年末户籍人口', '年末总人口'])], unitTag: u.unit, scale: u.scale, dec: u.dec, val: (d) => d.pop }];
  if (R.b(0.6)) cols.push({ key: 'inc', head: ['比上年增减'], unitTag: u.unit, scale: u.scale, dec: u.dec, val: (d) => d.pop - d.prevPop, shown: (row, i, g) => (row.prevIdx === null ? (row.raw.pop - row.raw.prevPop) / u.scale : g('pop') - g('pop', row.prevIdx)), kind: 'running', rel: { t: 'pp', cur: 'pop', prev: 'pop', prevRow: true } });
  if (R.b(0.6)) cols.push({ key: 'g', head: ['比上年增长(%)'], dec: R.pick([1, 2, 2]), val: (d) => (d.pop / d.prevPop - 1) * 100, shown: (row, i, g) => (row.prevIdx === null ? (row.raw.pop / row.raw.prevPop - 1) * 100 : (g('pop') / g('pop', row.prevIdx) - 1) * 100), kind: 'growth', rel: { t: 'growth', cur: 'pop', prev: 'pop', prevRow: true } });
  if (R.b(0.5)) {
    cols.push({ key: 'b', head: ['出生人数'], unitTag: '人', dec: 0, val: (d) => d.births });
    cols.push({ key: 'd', head: ['死亡人数'], unitTag: '人', dec: 0, val: (d) => d.deaths });
  }
  cols.push({ key: 'br', head: ['出生率(‰)'], dec: rd, val: (d) => (d.births / d.pop) * 1000 });
  cols.push({ key: 'dr', head: ['死亡率(‰)'], dec: rd, val: (d) => (d.deaths / d.pop) * 1000 });
  cols.push({ key: 'nr', head: ['自然增长率(‰)'], dec: rd, shown: (row, i, g) => g('br') - g('dr'), kind: 'pp', rel: { t: 'pp', cur: 'br', prev: 'dr' } });
  if (R.b(0.5)) {
    cols.push({ key: 'ur', head: ['城镇化率(%)'], dec: 2, val: (d) => d.urbR });
    if (R.b(0.6)) cols.push({ key: 'urd', head: ['城镇化率提高（百分点）'], dec: 2, val: (d) => d.urbR - d.prevUr, shown: (row, i, g) => (row.prevIdx === null ? rnd(row.raw.urbR, 2) - rnd(row.raw.prevUr, 2) : g('ur') - g('ur', row.prevIdx)), kind: 'pp', rel: { t: 'pp', cur: 'ur', prev: 'ur', prevRow: true } });
  }
  const spec = commonSpec(R, `${city.name}${R.pick(['历年人口主要指标', '人口发展主要指标', '人口变动情况（' + years[0] + '-' + year + '年）'])}`, null);
  spec.unitInHead = true; spec.rowHead = '年份'; spec.seqCol = false; spec.jiaRow = false;
  spec.rows = rows; spec.cols = cols;
  if (R.b(0.25)) { spec.transpose = true; spec.unitCol = R.b(0.5); spec.rowHead = '指标'; }
  return spec;
}
function shTown(R, city, year) {
  const used = new Set();
  const county = R.pick(city.dists.filter((d) => !d.isD));
  const groups = [['街道', R.i(0, 4)], ['镇', R.i(3, 10)], ['乡', R.i(0, 5)]].filter((g) => g[1] > 0);
  const style = R.pick(['num', 'plain']);
  const rows = [{ label: R.pick(['全县', '合计', '全县合计', county.name]), kind: 'total' }];
  const gi = [];
  groups.forEach(([g, n], k) => {
    const head = { label: style === 'num' ? `${'一二三'[k]}、${g}` : `${g}小计`, kind: 'sub', kids: [] };
    rows.push(head); gi.push(head);
    for (let q = 0; q < n; q++) {
      const hk = R.i(g === '街道' ? 20000 : 8000, g === '街道' ? 90000 : 60000);
      const male = Math.round(hk * R.u(0.495, 0.53));
      const k2 = { label: (style === 'num' ? `${q + 1}.` : '  ') + nm(R, used) + g, kind: 'leaf', indent: 1, raw: { hk, male, female: hk - male, hh: Math.round(hk / R.u(2.3, 3.5)), vil: g === '街道' ? 0 : R.i(8, 30), com: g === '街道' ? R.i(3, 15) : R.i(0, 3) } };
      rows.push(k2); head.kids.push(k2);
    }
  });
  for (const h of gi) { h.members = h.kids.map((k) => rows.indexOf(k)); h.raw = addRaw(h.kids.map((k) => k.raw)); }
  rows[0].members = gi.map((h) => rows.indexOf(h)); rows[0].raw = addRaw(gi.map((h) => h.raw));
  const cols = [];
  if (R.b(0.5)) { cols.push({ key: 'com', head: ['社区（居委会）个数'], dec: 0, sum: true, val: (d) => d.com, blankZero: R.pick(['—', '', 0]) }); cols.push({ key: 'vil', head: ['行政村个数'], dec: 0, sum: true, val: (d) => d.vil, blankZero: R.pick(['—', '', 0]) }); }
  cols.push({ key: 'hh', head: ['户数（户）'], dec: 0, sum: true, val: (d) => d.hh });
  cols.push({ key: 'hk', head: ['户籍人口（人）', '合计'], dec: 0, sum: true, val: (d) => d.hk, rel: { t: 'sum', of: ['m', 'f'] } });
  cols.push({ key: 'm', head: ['户籍人口（人）', '男'], dec: 0, sum: true, val: (d) => d.male });
  cols.push({ key: 'f', head: ['户籍人口（人）', '女'], dec: 0, sum: true, val: (d) => d.female });
  if (R.b(0.6)) cols.push({ key: 'hj', head: ['户均人口（人）'], dec: 2, val: (d) => d.hk / d.hh, kind: 'rate', rel: { t: 'rate', num: 'hk', den: 'hh', k: 1 } });
  if (R.b(0.5)) cols.push({ key: 'sr', head: ['性别比'], dec: 2, val: (d) => (d.male / d.female) * 100, kind: 'rate', rel: { t: 'rate', num: 'm', den: 'f', k: 100 } });
  const spec = commonSpec(R, `${county.name}${year}年${R.pick(['分乡镇（街道）户籍人口', '各乡镇（街道）户数和人口'])}`, null);
  spec.rows = rows; spec.cols = cols; spec.rowHead = R.pick(['乡镇（街道）', '单位名称', '乡镇']);
  return spec;
}
const BUILDERS = { hukou: shHukou, resident: shResident, vital: shVital, mig: shMig, density: shDensity, change: shChange, ageReg: shAgeRegion, ageCat: shAgeCat, series: shSeries, town: shTown };
const SHEETNAMES = { hukou: ['户籍人口', '表1 户籍人口', '1-1'], resident: ['常住人口', '城镇化率', '1-2'], vital: ['自然变动', '出生死亡', '1-3'], mig: ['迁移', '迁入迁出'], density: ['人口密度', '面积密度'], change: ['人口变动', '增减变动'], ageReg: ['年龄构成', '分地区年龄'], ageCat: ['年龄结构', '老龄化'], series: ['历年', '主要指标', '时间序列'], town: ['分乡镇', '乡镇街道'] };

function plantValue(R, v, kind, dec) {
  const sign = R.b() ? 1 : -1;
  let nv;
  if (['total', 'part', 'subtotal'].includes(kind) || ((kind === 'running' || kind === 'pp') && Math.abs(v) >= 50)) nv = v * (1 + sign * R.u(0.06, 0.3));
  else if (kind === 'running') nv = v + sign * R.u(0.4, 1.2) * Math.max(Math.abs(v), 0.3);
  else if (kind === 'rate') nv = Math.abs(v) >= 30 ? v * (1 + sign * R.u(0.05, 0.15)) : v + sign * R.u(1.5, 4);
  else if (kind === 'share') nv = v + sign * R.u(2, 6);
  else if (kind === 'growth') nv = v + sign * R.u(1.5, 5);
  else nv = v + sign * R.u(1, 3);
  if (['share', 'rate'].includes(kind) && nv <= 0) nv = v + R.u(2, 5);
  return rnd(nv, dec);
}

async function main() {
  const outDir = path.join(ROOT, SET);
  fs.rmSync(outDir, { recursive: true, force: true }); fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  const manifest = [];
  const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  const nClean = Math.round(N * CLEANFRAC);
  for (let b = 0; b < N; b++) {
    const R = mkR(SEED * 100003 + b * 7919 + 17);
    const planted = b >= nClean;
    const wantKind = KINDS[(b - nClean) % KINDS.length];
    for (let attempt = 0; attempt < 30; attempt++) {
      const city = makeCity(R);
      const year = R.pick([2022, 2023, 2024, 2024]);
      const wb = new ExcelJS.Workbook();
      const keys = R.shuffle(Object.keys(BUILDERS)).slice(0, process.env.VAR === '2' ? R.i(3, 6) : R.i(1, 4));
      if (planted && attempt > 3 && wantKind === 'running' && !keys.includes('change')) keys[0] = 'change';
      if (planted && attempt > 3 && wantKind === 'growth' && !keys.includes('series')) keys[0] = 'series';
      const rels = {}; let cands = [];
      const usedNames = new Set();
      for (const k of keys) {
        let sn = R.pick(SHEETNAMES[k]); while (usedNames.has(sn)) sn += '2'; usedNames.add(sn);
        const ws = wb.addWorksheet(sn);
        const spec = BUILDERS[k](R, city, year);
        const res = emitTable(ws, R, spec);
        rels[sn] = res.rels; cands = cands.concat(res.cands);
      }
      const file = `${SET}-${String(b).padStart(3, '0')}.xlsx`;
      const plants = [];
      if (planted) {
        const cs = R.shuffle(cands.filter((c) => c.kind === wantKind));
        let ok = false;
        for (const c of cs.slice(0, 10)) {
          const ws = wb.getWorksheet(c.sheet), cell = ws.getCell(c.cell);
          const orig = cell.value, was = num(orig);
          const nv = plantValue(R, was, c.kind, c.dec);
          if (nv === was) continue;
          cell.value = typeof orig === 'string' ? nv.toFixed(c.dec) : nv;
          const get = (a) => ws.getCell(a).value;
          const touched = rels[c.sheet].filter((x) => relCells(x).includes(c.cell));
          const ex = touched.map((x) => { const e = evalRel(x, get); return e === null ? -1 : e; });
          const clear = touched.some((x, q) => ex[q] > Math.max(3 * x.tol, 0.05));
          if (!clear) { cell.value = orig; continue; }
          plants.push({ sheet: c.sheet, cell: c.cell, was, now: nv, kind: c.kind });
          ok = true; break;
        }
        if (!ok) continue;
      }
      await wb.xlsx.writeFile(path.join(outDir, file));
      fs.writeFileSync(path.join(ROOT, 'rel', file.replace('.xlsx', '.json')), JSON.stringify({ rels, plants }, null, 0));
      manifest.push({ file, plants });
      break;
    }
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${manifest.length} books, ${manifest.filter((m) => m.plants.length).length} planted`);
}
main().catch((e) => { console.error(e); process.exit(1); });
