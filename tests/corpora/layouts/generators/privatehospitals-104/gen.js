// node gen.js OUTDIR SEED COUNT PLANTFRAC [VARIANT]
// Generates party-building (民营医院/民办学校党建) workbooks, relations in /tmp/round104a/rel/<set>__<file>.json,
// and OUTDIR/manifest.json. Half (PLANTFRAC) of books carry exactly one planted wrong figure.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const [, , outDir, seedArg, countArg, plantFracArg, variantArg] = process.argv;
const VARIANT = +(variantArg || 0);
let seed = (+seedArg) >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const round = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
const NUMZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const COUNTIES = ['城关区', '东湖区', '西山区', '南岗区', '北塘区', '高新区', '经开区', '临江县', '青石县', '白沙县', '安平县', '永和县', '清河县', '长乐市', '丰泽区', '龙泉县', '桃源县', '新城区', '望江县', '柳河县'];
const CITIES = ['江州市', '云川市', '临海市', '青州市', '宁安市', '泰和市', '南平市'];
const TOWNS = ['东关', '西关', '南门', '北门', '金山', '银湖', '石桥', '柳林', '马家', '黄岭', '三合', '红旗', '和平', '新华', '朝阳', '光明'];

class Sheet {
  constructor(name) { this.name = name; this.c = new Map(); this.merges = []; this.rels = []; this.maxC = 1; }
  put(r, c, v, o = {}) { const a = A(r, c); this.c.set(a, Object.assign({ r, c, v }, o)); if (c > this.maxC) this.maxC = c; return a; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
}

// ---------- data ----------
function hospLeaf(scale) {
  const h = ri(1, 12 * scale);
  const B = Math.min(h, Math.round(h * rf(0.45, 1)));
  const alone = ri(Math.round(B * 0.3), B);
  const mem = alone * ri(6, 25) + (B - alone) * ri(1, 5) + ri(0, 5);
  return { h, alone, joint: B - alone, mem, med: Math.round(mem * rf(0.4, 0.85)), newm: Math.round(mem * rf(0, 0.08)), guide: ri(0, Math.max(1, Math.round(h * 0.6))) };
}
function schoolLeaf(scale) {
  const o = {};
  for (const k of ['s', 'k', 't']) {
    const n = k === 's' ? ri(0, 6 * scale) : k === 'k' ? ri(2, 20 * scale) : ri(1, 15 * scale);
    o['n' + k] = n; o['b' + k] = Math.min(n, Math.round(n * rf(k === 't' ? 0.2 : 0.5, 1)));
  }
  o.mem = (o.bs + o.bk + o.bt) * ri(2, 9) + ri(0, 6); o.tmem = Math.round(o.mem * rf(0.5, 0.9)); o.newm = Math.round(o.mem * rf(0, 0.07));
  o.guide = ri(0, Math.max(1, Math.round((o.ns + o.nk + o.nt) * 0.3)));
  return o;
}

// ---------- generic table engine ----------
// rows: [{label, type:'leaf'|'sub'|'total', kids:[idx], v:{}, level}]; cols: [{key, path:[..], type, ...}]
function compute(rows, cols) {
  const base = cols.filter((c) => c.type === 'count' && !c.sumOf && !c.run).map((c) => c.key);
  const done = new Set();
  const calc = (i) => {
    if (done.has(i)) return; const r = rows[i];
    if (r.kids) { for (const k of r.kids) calc(k); for (const key of base) r.v[key] = r.kids.reduce((a, k) => a + rows[k].v[key], 0); }
    done.add(i);
  };
  rows.forEach((_, i) => calc(i));
  const tot = rows.find((r) => r.type === 'total');
  for (const r of rows) for (const c of cols) {
    if (c.sumOf) r.v[c.key] = c.sumOf.reduce((a, k) => a + r.v[k], 0);
    if (c.run) r.v[c.key] = c.run.reduce((a, k) => a + r.v[k], 0);
  }
  for (const r of rows) for (const c of cols) {
    if (c.type === 'rate') { const d = r.v[c.den]; r.v[c.key] = d ? round(r.v[c.num] / d * c.k, c.dec) : null; }
    if (c.type === 'share') { const d = tot.v[c.of]; r.v[c.key] = d ? round(r.v[c.of] / d * 100, c.dec) : null; }
    if (c.type === 'growth') { const p = r.v[c.prev]; r.v[c.key] = p ? round((r.v[c.cur] / p - 1) * 100, c.dec) : null; }
    if (c.type === 'pp') { const a = r.v[c.cur], b = r.v[c.prev]; r.v[c.key] = a == null || b == null ? null : round(a - b, c.dec); }
  }
}
function titleBlock(S, width, o) {
  let r = 1;
  if (o.tableNo) { S.put(r, 1, o.tableNo); r++; }
  if (o.title) { S.put(r, 1, o.title, { bold: true, center: true }); S.merge(r, 1, r, width); r++; }
  if (o.unit) {
    const u = o.unit;
    if (o.filler) { S.put(r, 1, o.filler); S.put(r, Math.max(2, width - 1), u); S.merge(r, Math.max(2, width - 1), r, width); }
    else if (chance(0.5)) { S.put(r, width, u); } else { S.put(r, 1, u); S.merge(r, 1, r, Math.min(3, width)); }
    r++;
  }
  return r;
}
function tail(S, r, width, notes) {
  if (chance(0.3)) r++;
  for (const n of notes) { S.put(r, 1, n); S.merge(r, 1, r, width); r++; }
}
function fmtFor(c) { return c.type === 'rate' && c.k === 1 ? (c.dec === 3 ? '0.0%' : '0.00%') : c.dec === 1 ? '0.0' : '0.00'; }
function relFor(c, get, rowIdx, rows) {
  // per-row derived relations (horizontal in 'rows' orientation)
  const a = (k) => get(rowIdx, k);
  const r = rows[rowIdx];
  if (r.v[c.key] == null) return [];
  if (c.sumOf) return [{ t: 'sum', total: a(c.key), parts: c.sumOf.map(a), tol: 0, tag: 'total' }];
  if (c.run && c.run.length > 1) return [{ t: 'sum', total: a(c.key), parts: c.run.map(a), tol: 0, tag: 'running' }];
  if (c.within) return [{ t: 'le', whole: a(c.within), parts: [a(c.key)], tol: 0, tag: 'part' }];
  const tol = (c) => 0.5 * Math.pow(10, -c.dec) + 1e-9;
  if (c.type === 'rate') return [{ t: 'rate', cell: a(c.key), num: a(c.num), den: a(c.den), k: c.k, tol: tol(c), tag: 'rate' }];
  if (c.type === 'share') { const ti = rows.findIndex((x) => x.type === 'total'); if (ti === rowIdx) return []; return [{ t: 'rate', cell: a(c.key), num: a(c.of), den: get(ti, c.of), k: 100, tol: tol(c), tag: 'share' }]; }
  if (c.type === 'growth') return [{ t: 'growth', cell: a(c.key), cur: a(c.cur), prev: a(c.prev), tol: tol(c), tag: 'growth' }];
  if (c.type === 'pp') return [{ t: 'pp', cell: a(c.key), cur: a(c.cur), prev: a(c.prev), tol: 1e-6, tag: 'pp' }];
  return [];
}
function table(S, spec) {
  const { rows, cols } = spec;
  compute(rows, cols);
  const depth = Math.max(...cols.map((c) => c.path.length));
  const cellOpts = (c) => (c.type === 'count' ? { num: true, dec: 0 } : { num: true, dec: c.dec, fmt: fmtFor(c), rate: true });
  let get;
  if (spec.orient === 'rows') {
    const lc = spec.seq ? 2 : 1; // label col index
    const width = lc + cols.length;
    let r = titleBlock(S, width, spec);
    const h0 = r;
    if (spec.seq) { S.put(h0, 1, '序号'); S.merge(h0, 1, h0 + depth - 1, 1); }
    S.put(h0, lc, spec.rowHead); S.merge(h0, lc, h0 + depth - 1, lc);
    for (let lvl = 0; lvl < depth; lvl++) {
      let j = 0;
      while (j < cols.length) {
        const p = cols[j].path;
        if (p.length <= lvl) { j++; continue; }
        let k = j + 1;
        while (k < cols.length && cols[k].path.length > lvl && cols[k].path.slice(0, lvl + 1).join('|') === p.slice(0, lvl + 1).join('|')) k++;
        S.put(h0 + lvl, lc + 1 + j, p[lvl]);
        const down = p.length === lvl + 1 ? depth - 1 - lvl : 0;
        S.merge(h0 + lvl, lc + 1 + j, h0 + lvl + down, lc + k);
        j = k;
      }
    }
    r = h0 + depth;
    if (spec.colNums) { // 甲 乙 1 2 3 row
      if (spec.seq) S.put(r, 1, '甲'); S.put(r, lc, spec.seq ? '乙' : '甲');
      cols.forEach((c, j) => S.put(r, lc + 1 + j, String(j + 1))); r++;
    }
    const d0 = r;
    get = (i, key) => A(d0 + i, lc + 1 + cols.findIndex((c) => c.key === key));
    let seqn = 0;
    rows.forEach((row, i) => {
      if (spec.seq) { if (row.type === 'leaf' && !spec.seqAll) S.put(d0 + i, 1, ++seqn); else if (spec.seqAll) S.put(d0 + i, 1, row.type === 'total' ? '' : NUMZH[seqn++] || seqn); }
      S.put(d0 + i, lc, row.label, { bold: row.type !== 'leaf' });
      cols.forEach((c, j) => { const v = row.v[c.key]; S.put(d0 + i, lc + 1 + j, v == null ? '—' : v, v == null ? {} : cellOpts(c)); });
    });
    tail(S, d0 + rows.length, width, spec.notes || []);
  } else {
    // indicators as rows, entities as columns
    const two = cols.some((c) => c.path.length > 1) && !spec.flatLabels;
    const lc = two ? 2 : 1;
    const width = lc + rows.length + (spec.unitCol ? 1 : 0);
    const uc = spec.unitCol ? lc + 1 : 0;
    const e0 = lc + 1 + (spec.unitCol ? 1 : 0);
    let r = titleBlock(S, width, spec);
    const h0 = r;
    S.put(h0, 1, spec.colHead || '指标'); if (two) S.merge(h0, 1, h0, 2);
    if (uc) S.put(h0, uc, '单位');
    rows.forEach((row, i) => S.put(h0, e0 + i, row.label));
    r = h0 + 1;
    const d0 = r;
    get = (i, key) => A(d0 + cols.findIndex((c) => c.key === key), e0 + i);
    let j = 0;
    while (j < cols.length) {
      const p = cols[j].path;
      if (two) {
        let k = j + 1;
        while (k < cols.length && cols[k].path.length > 1 && p.length > 1 && cols[k].path[0] === p[0]) k++;
        if (p.length === 1) { S.put(d0 + j, 1, p[0]); S.merge(d0 + j, 1, d0 + j, 2); }
        else { S.put(d0 + j, 1, p[0]); S.merge(d0 + j, 1, d0 + k - 1, 1); for (let q = j; q < k; q++) S.put(d0 + q, 2, cols[q].path.slice(1).join('')); }
        j = k;
      } else { S.put(d0 + j, 1, cols[j].flat || p.join('')); j++; }
    }
    if (uc) cols.forEach((c, q) => S.put(d0 + q, uc, c.type === 'count' ? (c.unit || '个') : '%'));
    cols.forEach((c, q) => rows.forEach((row, i) => { const v = row.v[c.key]; S.put(d0 + q, e0 + i, v == null ? '—' : v, v == null ? {} : cellOpts(c)); }));
    tail(S, d0 + cols.length, width, spec.notes || []);
  }
  // relations
  rows.forEach((row, i) => {
    if (row.kids) for (const c of cols) if (c.type === 'count') {
      S.rels.push({ t: 'sum', total: get(i, c.key), parts: row.kids.map((k) => get(k, c.key)), tol: 0, tag: row.type === 'total' ? 'total' : 'subtotal' });
    }
    for (const c of cols) S.rels.push(...relFor(c, get, i, rows));
  });
}

// row structures
function regionRows(names, totalLabel, totalTop, leafFn, indent) {
  const leaves = names.map((n) => ({ label: indent + n, type: 'leaf', v: leafFn() }));
  const tot = { label: totalLabel, type: 'total', v: {} };
  if (totalTop) { tot.kids = leaves.map((_, i) => i + 1); return [tot, ...leaves]; }
  tot.kids = leaves.map((_, i) => i); return [...leaves, tot];
}
function hierRows(groups, totalLabel, totalTop, subAfter, leafFn, ind) {
  // groups: [{name, kids:[names]}]
  const rows = [];
  const tot = { label: totalLabel, type: 'total', v: {}, kids: [] };
  if (totalTop) rows.push(tot);
  groups.forEach((g, gi) => {
    const sub = { label: subAfter ? ind + g.name + '小计' : ind + g.name, type: 'sub', v: {}, kids: [] };
    if (!subAfter) { tot.kids.push(rows.length); rows.push(sub); }
    for (const k of g.kids) { sub.kids.push(rows.length); rows.push({ label: ind + ind + k, type: 'leaf', v: leafFn() }); }
    if (subAfter) { tot.kids.push(rows.length); rows.push(sub); }
  });
  if (!totalTop) rows.push(tot);
  return rows;
}

// ---------- sheet kinds ----------
function optsBase(o, title) {
  return Object.assign({
    title: chance(0.85) ? title : null,
    unit: chance(0.7) ? pick(['单位：个、人、%', '单位：个，人', '计量单位：个、人', '单位：个/人/%']) : null,
    filler: chance(0.25) ? pick(['填报单位：' + o.place + '委组织部', '填报单位（盖章）：', '统计时间：' + o.year + '年12月31日']) : null,
    tableNo: chance(0.2) ? pick(['表1', '附表2', '表' + ri(1, 9) + '-' + ri(1, 5)]) : null,
    seq: chance(0.35), colNums: chance(0.15),
  }, {});
}
function notesFor(o, extra) {
  const n = [];
  if (chance(0.5)) n.push('注：' + pick(['1.党组织覆盖率=已建党组织数÷机构数×100%；2.联合党组织按所含单位分别统计。', '覆盖率按已建立党组织的单位数计算。', '本表数据截至' + o.year + '年12月31日。', '“—”表示无此项或不适用。']) + (extra || ''));
  if (chance(0.5)) n.push(pick(['填报人：', '填表人：', '制表：']) + pick(['张敏', '李伟', '王芳', '刘洋']) + '　　审核人：' + pick(['陈刚', '赵静', '孙磊']) + '　　填报日期：' + (o.year + 1) + '年1月' + ri(5, 25) + '日');
  if (chance(0.2)) n.push('联系电话：0' + ri(300, 999) + '-' + ri(1000000, 9999999));
  return n;
}
function rateCol(key, path, num, den, o) { return o.frac ? { key, path, type: 'rate', num, den, k: 1, dec: o.dec + 2 } : { key, path, type: 'rate', num, den, k: 100, dec: o.dec }; }

function hospitalCounty(o) {
  const S = new Sheet(pick(['民营医院党建', '民营医院', '表1 民营医院', '医院党组织']));
  const indent = pick(['', '', '  ', '　　']);
  const names = shuffle(o.counties);
  const rows = o.province ? hierRows(o.groups, pick(['全省', '总计', '合计']), o.totTop, o.subAfter, () => hospLeaf(1), indent || '  ')
    : regionRows(names, pick(['合计', '全市', '总计', o.place]), o.totTop, () => hospLeaf(o.scale), indent);
  const cols = [{ key: 'h', path: [pick(['民营医院数', '民营医院（家）', '机构总数'])], type: 'count' }];
  const twoLvl = chance(0.6);
  cols.push({ key: 'built', path: twoLvl ? ['已建党组织', '合计'] : ['已建党组织数'], type: 'count', sumOf: ['alone', 'joint'] });
  cols.push({ key: 'alone', path: twoLvl ? ['已建党组织', pick(['单独建', '单独组建'])] : ['其中：单独建'], type: 'count' });
  cols.push({ key: 'joint', path: twoLvl ? ['已建党组织', pick(['联合建', '联合组建'])] : ['联合建'], type: 'count' });
  cols.push(rateCol('cov', [pick(['党组织覆盖率(%)', '覆盖率（%）', '党组织覆盖率'])], 'built', 'h', o));
  cols.push({ key: 'mem', path: chance(0.5) ? ['党员数', '合计'] : ['党员人数'], type: 'count' });
  const memTwo = cols[cols.length - 1].path.length > 1;
  cols.push({ key: 'med', path: memTwo ? ['党员数', '其中：医护人员'] : ['其中：医护人员党员'], type: 'count', within: 'mem' });
  if (chance(0.5)) cols.push({ key: 'newm', path: [pick(['新发展党员', '本年新发展党员'])], type: 'count' });
  if (chance(0.5)) cols.push({ key: 'guide', path: [pick(['党建指导员', '选派党建指导员（人）'])], type: 'count' });
  if (chance(0.3)) cols.push({ key: 'sh', path: ['医院数占比(%)'], type: 'share', of: 'h', dec: o.dec });
  table(S, Object.assign(optsBase(o, o.place + o.year + '年民营医院党组织建设情况统计表'), { rows, cols, orient: 'rows', rowHead: pick(['县（市、区）', '地区', '单位', '县区']), notes: notesFor(o) }));
  o.hospTot = rows.find((r) => r.type === 'total').v;
  return S;
}
function schoolCounty(o) {
  const S = new Sheet(pick(['民办学校党建', '民办教育机构', '表2 民办学校', '学校']));
  const names = shuffle(o.counties).slice(0, Math.max(3, o.counties.length - ri(0, 2)));
  const rows = regionRows(names, pick(['合计', '全市', '总计']), o.totTop, () => schoolLeaf(o.scale), pick(['', '  ']));
  const T = { s: '民办学校', k: '民办幼儿园', t: pick(['培训机构', '校外培训机构']) };
  const cols = [];
  const withTot = chance(0.6);
  if (withTot) {
    cols.push({ key: 'nT', path: ['合计', '机构数'], type: 'count', sumOf: ['ns', 'nk', 'nt'] });
    cols.push({ key: 'bT', path: ['合计', '已建党组织'], type: 'count', sumOf: ['bs', 'bk', 'bt'] });
    cols.push(rateCol('cT', ['合计', '覆盖率(%)'], 'bT', 'nT', o));
  }
  const withRate = chance(0.7);
  for (const k of ['s', 'k', 't']) {
    cols.push({ key: 'n' + k, path: [T[k], pick(['机构数', '数量'])], type: 'count' });
    cols.push({ key: 'b' + k, path: [T[k], '已建党组织'], type: 'count' });
    if (withRate) cols.push(rateCol('c' + k, [T[k], '覆盖率(%)'], 'b' + k, 'n' + k, o));
  }
  cols.push({ key: 'mem', path: ['党员数', '合计'], type: 'count', unit: '人' });
  cols.push({ key: 'tmem', path: ['党员数', '其中：教师党员'], type: 'count', within: 'mem', unit: '人' });
  if (chance(0.5)) cols.push({ key: 'guide', path: ['党建指导员'], type: 'count', unit: '人' });
  const orient = chance(0.25) ? 'cols' : 'rows';
  table(S, Object.assign(optsBase(o, o.place + '民办学校（幼儿园、培训机构）党建工作情况'), { rows, cols, orient, rowHead: '县（市、区）', unitCol: chance(0.5), notes: notesFor(o) }));
  return S;
}
function regionCols(o) {
  // indicators as rows, regions as columns (hospital data)
  const S = new Sheet(pick(['分县区情况', '各县区', '汇总']));
  const rows = regionRows(shuffle(o.counties), pick(['全市', '合计']), true, () => hospLeaf(o.scale), '');
  const cols = [
    { key: 'h', path: ['民营医院数'], type: 'count', unit: '家' },
    { key: 'built', path: ['已建党组织数'], type: 'count', sumOf: ['alone', 'joint'] },
    { key: 'alone', path: ['已建党组织数', '单独建'], flat: '  其中：单独建', type: 'count' },
    { key: 'joint', path: ['已建党组织数', '联合建'], flat: '        联合建', type: 'count' },
    rateCol('cov', ['党组织覆盖率'], 'built', 'h', o),
    { key: 'mem', path: ['党员数'], type: 'count', unit: '人' },
    { key: 'med', path: ['党员数', '医护人员党员'], flat: '  其中：医护人员党员', type: 'count', within: 'mem', unit: '人' },
    { key: 'newm', path: ['新发展党员'], type: 'count', unit: '人' },
  ];
  table(S, Object.assign(optsBase(o, o.place + '民营医院党建工作分县区统计'), { rows, cols, orient: 'cols', flatLabels: true, unitCol: chance(0.5), notes: notesFor(o) }));
  return S;
}
function bands(o) {
  const hosp = chance(0.5);
  const S = new Sheet(hosp ? pick(['按床位分组', '床位规模']) : pick(['按在校生规模', '规模分组']));
  const labs = hosp ? ['99张及以下', '100—199张', '200—499张', '500张及以上'] : ['300人以下', '300—999人', '1000—2999人', '3000人及以上'];
  const rows = labs.map((l) => { const n = ri(2, 40); const b = Math.round(n * rf(0.4, 1)); return { label: l, type: 'leaf', v: { n, b, mem: b * ri(3, 20) } }; });
  const totTop = chance(0.5);
  const tot = { label: pick(['合计', '总计']), type: 'total', v: {}, kids: [] };
  let all;
  if (totTop) { tot.kids = [1, 2, 3, 4]; all = [tot, ...rows]; } else { tot.kids = [0, 1, 2, 3]; all = [...rows, tot]; }
  const cols = [{ key: 'n', path: [hosp ? '医院数' : '学校数', '数量'], type: 'count' }, { key: 'sh', path: [hosp ? '医院数' : '学校数', '占比(%)'], type: 'share', of: 'n', dec: o.dec },
    { key: 'b', path: ['已建党组织', '数量'], type: 'count' }, rateCol('cov', ['已建党组织', '覆盖率(%)'], 'b', 'n', o), { key: 'mem', path: ['党员数'], type: 'count' }];
  if (chance(0.4)) cols.push({ key: 'shm', path: ['党员占比(%)'], type: 'share', of: 'mem', dec: o.dec });
  table(S, Object.assign(optsBase(o, (hosp ? '民营医院按床位数分组' : '民办学校按在校生规模分组') + '党建情况'), { rows: all, cols, orient: 'rows', rowHead: hosp ? '床位数' : '在校生规模', notes: notesFor(o) }));
  return S;
}
function quarterly(o) {
  const S = new Sheet(pick(['分季度', '季度进度', '发展党员进度']));
  const Q = ri(2, 4);
  const rows = regionRows(shuffle(o.counties).slice(0, ri(3, o.counties.length)), pick(['合计', '全市']), o.totTop, () => { const v = {}; for (let q = 1; q <= 4; q++) { v['q' + q] = ri(0, 9); v['g' + q] = ri(0, 6); } return v; }, '');
  const cols = [];
  const ind = [['q', pick(['新发展党员', '发展党员（人）'])], ['g', pick(['党建指导员培训（人次）', '开展党建活动（次）'])]].slice(0, ri(1, 2));
  for (const [p, nm] of ind) for (let q = 1; q <= Q; q++) {
    cols.push({ key: p + q, path: [nm, NUMZH[q - 1] + '季度', '本季'], type: 'count' });
    cols.push({ key: p + 'c' + q, path: [nm, NUMZH[q - 1] + '季度', '累计'], type: 'count', run: q === 1 ? [p + q] : [p + 'c' + (q - 1), p + q] });
  }
  table(S, Object.assign(optsBase(o, o.place + o.year + '年非公医疗教育机构党建工作季度进度表'), { rows, cols, orient: 'rows', rowHead: '县区', notes: notesFor(o) }));
  return S;
}
function monthly(o) {
  const S = new Sheet(pick(['月报', '本月进度']));
  const m = ri(2, 12);
  const rows = regionRows(shuffle(o.counties), pick(['合计', '全市']), o.totTop, () => { const mo = ri(0, 6); const cum = mo + ri(0, 40); return { mo, cum, last: Math.max(1, cum + ri(-10, 10)) }; }, '');
  const cols = [{ key: 'mo', path: ['本月'], type: 'count' }, { key: 'cum', path: [pick(['本年累计', '1-' + m + '月累计'])], type: 'count' }, { key: 'last', path: ['上年同期累计'], type: 'count' },
    { key: 'gr', path: [pick(['同比增长(%)', '比上年同期增长%', '增幅（%）'])], type: 'growth', cur: 'cum', prev: 'last', dec: o.dec }];
  table(S, Object.assign(optsBase(o, o.place + o.year + '年' + m + '月民营医院、民办学校新发展党员情况'), { rows, cols, orient: 'rows', rowHead: '地区', notes: notesFor(o) }));
  return S;
}
function yearCompare(o) {
  // indicators as numbered rows, 上年/本年/增减/增长%
  const S = new Sheet(pick(['年度对比', '与上年对比', '主要指标']));
  const ht = o.hospTot || hospLeaf(8);
  const cur = { h: ht.h, alone: ht.alone, joint: ht.joint, mem: ht.mem, med: ht.med, ns: ri(10, 80), nk: ri(30, 200), guide: ri(10, 90) };
  cur.bs = Math.round(cur.ns * rf(0.6, 1)); cur.bk = Math.round(cur.nk * rf(0.5, 1)); cur.smem = (cur.bs + cur.bk) * ri(2, 6); cur.tmem = Math.round(cur.smem * rf(0.5, 0.9));
  const prev = {};
  for (const k in cur) prev[k] = Math.max(0, Math.round(cur[k] * rf(0.75, 1.1)));
  prev.alone = Math.min(prev.alone, prev.h); prev.joint = Math.min(prev.joint, prev.h - prev.alone); prev.med = Math.min(prev.med, prev.mem);
  prev.bs = Math.min(prev.bs, prev.ns); prev.bk = Math.min(prev.bk, prev.nk); prev.tmem = Math.min(prev.tmem, prev.smem);
  for (const v of [cur, prev]) { v.built = v.alone + v.joint; v.bT = v.bs + v.bk; v.nT = v.ns + v.nk; }
  const rc = o.frac ? 1 : 100, rd = o.frac ? o.dec + 2 : o.dec;
  const ind = [
    { sec: '一、民营医院' },
    { lab: '（一）机构数', key: 'h', u: '家' }, { lab: '（二）已建立党组织数', key: 'built', u: '个', sum: ['alone', 'joint'] },
    { lab: '　　其中：单独建立', key: 'alone', u: '个' }, { lab: '　　　　　联合建立', key: 'joint', u: '个' },
    { lab: '（三）党组织覆盖率', key: 'cov', u: '%', rate: ['built', 'h'] },
    { lab: '（四）党员数', key: 'mem', u: '人' }, { lab: '　　其中：医护人员党员', key: 'med', u: '人', within: 'mem' },
    { sec: '二、民办学校' },
    { lab: '（一）机构数', key: 'nT', u: '个', sum: ['ns', 'nk'] }, { lab: '　　其中：民办中小学', key: 'ns', u: '个' }, { lab: '　　　　　民办幼儿园', key: 'nk', u: '个' },
    { lab: '（二）已建立党组织数', key: 'bT', u: '个', sum: ['bs', 'bk'] }, { lab: '　　其中：民办中小学', key: 'bs', u: '个' }, { lab: '　　　　　民办幼儿园', key: 'bk', u: '个' },
    { lab: '（三）党组织覆盖率', key: 'cT', u: '%', rate: ['bT', 'nT'] },
    { lab: '（四）教职工党员数', key: 'smem', u: '人' }, { lab: '　　其中：教师党员', key: 'tmem', u: '人', within: 'smem' },
    { sec: '三、党建指导员' }, { lab: '选派党建指导员', key: 'guide', u: '人' },
  ];
  for (const v of [cur, prev]) { v.cov = round(v.built / v.h * rc, rd); v.cT = round(v.bT / v.nT * rc, rd); }
  const swap = chance(0.3); const unitCol = chance(0.6);
  const heads = [swap ? '本年' : '上年', swap ? '上年' : '本年', pick(['增减', '增减数', '比上年增减']), pick(['增长(%)', '比上年增长(%)', '增幅%'])];
  const width = 1 + (unitCol ? 1 : 0) + 4;
  let r = titleBlock(S, width, optsBase(o, o.place + o.year + '年非公医疗教育机构党建主要指标对比'));
  const h = r;
  S.put(h, 1, '指标'); if (unitCol) S.put(h, 2, '单位');
  const c0 = unitCol ? 3 : 2;
  heads.forEach((x, i) => S.put(h, c0 + i, x));
  const cc = swap ? { cur: c0, prev: c0 + 1 } : { prev: c0, cur: c0 + 1 };
  const rowOf = {};
  r = h + 1;
  const rateOpt = { num: true, dec: rd, fmt: o.frac ? (rd === 3 ? '0.0%' : '0.00%') : rd === 1 ? '0.0' : '0.00', rate: true };
  const tol = 0.5 * Math.pow(10, -o.dec) + 1e-9;
  for (const it of ind) {
    if (it.sec) { S.put(r, 1, it.sec, { bold: true }); r++; continue; }
    rowOf[it.key] = r;
    S.put(r, 1, it.lab); if (unitCol) S.put(r, 2, it.u);
    const isRate = !!it.rate;
    S.put(r, cc.prev, prev[it.key], isRate ? rateOpt : { num: true, dec: 0 });
    S.put(r, cc.cur, cur[it.key], isRate ? rateOpt : { num: true, dec: 0 });
    if (isRate) {
      const pp = round((cur[it.key] - prev[it.key]) * (o.frac ? 100 : 1), o.dec);
      S.put(r, c0 + 2, pp, { num: true, dec: o.dec, fmt: o.dec === 1 ? '0.0' : '0.00', rate: true });
      S.put(r, c0 + 3, '—');
      if (!o.frac) S.rels.push({ t: 'pp', cell: A(r, c0 + 2), cur: A(r, cc.cur), prev: A(r, cc.prev), tol: 1e-6, tag: 'pp' });
    } else {
      S.put(r, c0 + 2, cur[it.key] - prev[it.key], { num: true, dec: 0 });
      S.rels.push({ t: 'sum', total: A(r, cc.cur), parts: [A(r, cc.prev), A(r, c0 + 2)], tol: 0, tag: 'diff' });
      if (prev[it.key]) { S.put(r, c0 + 3, round((cur[it.key] / prev[it.key] - 1) * 100, o.dec), { num: true, dec: o.dec, fmt: o.dec === 1 ? '0.0' : '0.00', rate: true }); S.rels.push({ t: 'growth', cell: A(r, c0 + 3), cur: A(r, cc.cur), prev: A(r, cc.prev), tol, tag: 'growth' }); }
      else S.put(r, c0 + 3, '—');
    }
    r++;
  }
  for (const it of ind) {
    if (it.sum) for (const c of [cc.cur, cc.prev]) S.rels.push({ t: 'sum', total: A(rowOf[it.key], c), parts: it.sum.map((k) => A(rowOf[k], c)), tol: 0, tag: 'total' });
    if (it.within) for (const c of [cc.cur, cc.prev]) S.rels.push({ t: 'le', whole: A(rowOf[it.within], c), parts: [A(rowOf[it.key], c)], tol: 0, tag: 'part' });
    if (it.rate) for (const c of [cc.cur, cc.prev]) S.rels.push({ t: 'rate', cell: A(rowOf[it.key], c), num: A(rowOf[it.rate[0]], c), den: A(rowOf[it.rate[1]], c), k: rc, tol: 0.5 * Math.pow(10, -rd) + 1e-9, tag: 'rate' });
  }
  if (o.frac) S.put(r + 1, 1, '注：覆盖率增减单位为百分点。'); else if (chance(0.5)) S.put(r + 1, 1, '注：覆盖率“增减”栏单位为百分点。');
  return S;
}

// ---------- writing ----------
async function writeBook(file, sheets, o) {
  const wb = new ExcelJS.Workbook();
  for (const S of sheets) {
    const ws = wb.addWorksheet(S.name);
    for (const [a, cell] of S.c) {
      const x = ws.getCell(a);
      let v = cell.v;
      if (cell.num && typeof v === 'number') {
        if (v === 0 && !cell.rate && o.zero !== '0') v = o.zero === '' ? null : o.zero;
        else if (o.textNums && !(cell.fmt || '').includes('%') && chance(o.textNums)) v = cell.rate ? v.toFixed(cell.dec) : String(v);
      }
      x.value = v;
      if (cell.fmt && typeof v === 'number') x.numFmt = cell.fmt;
      else if (cell.num && typeof v === 'number' && o.thou && Math.abs(v) >= 1000) x.numFmt = '#,##0';
      if (cell.bold) x.font = { bold: true };
      if (cell.center) x.alignment = { horizontal: 'center' };
    }
    for (const m of S.merges) { try { ws.mergeCells(m[0], m[1], m[2], m[3]); } catch (e) { throw new Error(S.name + ' merge ' + m + ' ' + e.message); } }
    ws.getColumn(1).width = 20;
  }
  await wb.xlsx.writeFile(file);
}

function brokenCount(sheets) {
  let n = 0;
  for (const S of sheets) for (const rel of S.rels) { const e = evalRel(rel, (a) => (S.c.get(a) || {}).v); if (e !== null && e > 1e-9) n++; }
  return n;
}
function plant(sheets) {
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  for (let attempt = 0; attempt < 200; attempt++) {
    const kind = pick(kinds);
    const S = pick(sheets);
    let cands = [];
    for (const rel of S.rels) {
      if (kind === 'part' && (rel.t === 'sum' || rel.t === 'le') && rel.tag !== 'diff') cands.push(...rel.parts);
      else if (rel.tag === kind && (kind === 'total' || kind === 'subtotal' || kind === 'running')) cands.push(rel.total || rel.whole);
      else if (rel.tag === kind && rel.cell) cands.push(rel.cell);
    }
    cands = cands.filter((a) => { const c = S.c.get(a); return c && typeof c.v === 'number' && c.v !== 0; });
    if (!cands.length) continue;
    const a = pick(cands); const cell = S.c.get(a); const was = cell.v;
    let now;
    if (cell.rate) {
      const k = (cell.fmt || '').includes('%') ? 0.01 : 1;
      const d = (kind === 'growth' ? rf(4, 15) : kind === 'pp' ? rf(2, 6) : rf(3, 9)) * (chance(0.5) ? 1 : -1) * k;
      now = round(was + d, cell.dec);
      if (kind === 'rate' && k === 1 && now > 100) now = round(was - Math.abs(d), cell.dec);
    } else {
      const f = rf(0.06, 0.3) * (chance(0.5) ? 1 : -1);
      now = Math.round(was * (1 + f)); if (Math.abs(now - was) < 2) now = was + (chance(0.5) || was < 3 ? ri(2, 6) : -2);
    }
    if (now === was) continue;
    cell.v = now;
    const b = brokenCount(sheets);
    if (b >= 1 && b <= 2) return { sheet: S.name, cell: a, was, now, kind };
    cell.v = was;
  }
  return null;
}

(async () => {
  const N = +countArg; const pf = +plantFracArg; const set = path.basename(outDir);
  fs.mkdirSync(outDir, { recursive: true }); fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [];
  for (let i = 0; i < N; i++) {
    const o = { year: ri(2019, 2024), dec: chance(0.7) ? 1 : 2, frac: chance(VARIANT === 1 ? 0.3 : 0.08), scale: ri(1, 4), totTop: chance(0.5), subAfter: chance(0.5),
      zero: pick(['0', '0', '—', '', '-']), textNums: chance(VARIANT === 2 ? 0.5 : 0.15) ? rf(0.05, 0.4) : 0, thou: chance(0.3) };
    o.province = chance(0.2);
    if (o.province) {
      o.place = pick(['全省', '××省']);
      const cs = shuffle(CITIES).slice(0, ri(2, 4)); const pool = shuffle(COUNTIES);
      o.groups = cs.map((c) => ({ name: c, kids: pool.splice(0, ri(2, 4)) }));
      o.counties = cs;
    } else { o.place = pick(CITIES); o.counties = shuffle(COUNTIES).slice(0, ri(3, 10)); }
    const sheets = [];
    const menu = [schoolCounty, regionCols, bands, quarterly, monthly, yearCompare];
    sheets.push(hospitalCounty(o));
    for (const f of shuffle(menu).slice(0, ri(1, 3))) sheets.push(f(o));
    // ensure unique names
    const seen = new Set(); for (const S of sheets) { while (seen.has(S.name)) S.name += '2'; seen.add(S.name); }
    if (chance(0.3)) sheets.reverse();
    const file = `${set}_${String(i + 1).padStart(3, '0')}.xlsx`;
    let plants = [];
    const prePlant = brokenCount(sheets);
    if (prePlant) throw new Error(file + ': clean model has broken relations ' + prePlant);
    if (i % 2 === 1 && rnd() < pf * 2) { const p = plant(sheets); if (p) plants = [p]; }
    await writeBook(path.join(outDir, file), sheets, o);
    manifest.push({ file, plants });
    fs.writeFileSync(path.join(__dirname, 'rel', set + '__' + file + '.json'), JSON.stringify({ file: path.join(outDir, file), plants, sheets: sheets.map((S) => ({ name: S.name, rels: S.rels })) }, null, 0));
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(set, N, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})().catch((e) => { console.error(e); process.exit(1); });
