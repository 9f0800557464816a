// Generator of consistent fixed-asset-investment / construction / real-estate tables
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const DIR = __dirname;
let S = 20240532;
function rng() { S |= 0; S = S + 0x6D2B79F5 | 0; let t = Math.imul(S ^ S >>> 15, 1 | S); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const U = (a, b) => a + (b - a) * rng();
const pick = a => a[Math.floor(rng() * a.length)];
const chance = p => rng() < p;
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; };
const META = [];

// ---------- tree model ----------
// node: {label, cur, prev, parts:[], subs:[], f:[fc,fp]}
function N(label, opts = {}) { return Object.assign({ label, parts: [], subs: [] }, opts); }
// raw leaves: r = [cur, prev]
function finalize(n, d) {
  if (n.parts.length) {
    n.parts.forEach(p => finalize(p, d));
    n.cur = rd(n.parts.reduce((s, p) => s + (typeof p.cur === 'number' ? p.cur : 0), 0), d);
    n.prev = rd(n.parts.reduce((s, p) => s + (typeof p.prev === 'number' ? p.prev : 0), 0), d);
  } else if (n.r) { n.cur = rd(n.r[0], d); n.prev = rd(n.r[1], d); }
  for (const s of n.subs) {
    const fc = s.f ? s.f[0] : U(0.2, 0.8), fp = (s.f && s.f[1] != null) ? s.f[1] : fc * U(0.85, 1.1);
    s.r = null;
    if (!s.parts.length) { s.cur = rd(n.cur * Math.min(fc, 0.97), d); s.prev = rd(n.prev * Math.min(fp, 0.97), d); }
    finalize2(s, d, n);
  }
  return n;
}
function finalize2(s, d, parent) {
  if (s.parts.length) { finalize(s, d); }
  for (const ss of s.subs) {
    const fc = ss.f ? ss.f[0] : U(0.3, 0.8), fp = fc * U(0.85, 1.1);
    ss.cur = rd(s.cur * fc, d); ss.prev = rd(s.prev * Math.min(fp, 0.97), d);
    finalize2(ss, d, s);
  }
}
function leaf(label, cur, growthPct, opts = {}) { return N(label, Object.assign({ r: [cur, cur / (1 + growthPct / 100)] }, opts)); }
function growth(n, gd = 1) { if (typeof n.cur !== 'number' || typeof n.prev !== 'number' || n.prev === 0) return '—'; return rd((n.cur / n.prev - 1) * 100, gd); }
// flatten: returns [{node, depth, role, first}]
function flat(n, depth = 0, role = 'root', out = [], parent = null, first = false) {
  out.push({ node: n, depth, role, parent, first });
  n.parts.forEach((p, i) => flat(p, depth + 1, 'part', out, n, i === 0));
  n.subs.forEach((p, i) => flat(p, depth + 1, 'sub', out, n, i === 0));
  return out;
}

// ---------- writer ----------
// table: {title, tno, unit, origin:[r,c], cols:[{h:[...], w, type}], rows:[{label, cells:[{v, dec, kind, extra}]}], notes:[]}
const thin = { style: 'thin' };
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function writeTable(ws, t) {
  let [r0, c0] = t.origin || [1, 1];
  const ncol = t.cols.length;
  let r = r0;
  if (t.tno) { ws.getCell(r, c0).value = t.tno; r++; }
  if (t.title) {
    ws.getCell(r, c0).value = t.title; ws.getCell(r, c0).font = { bold: true, size: 14 };
    ws.getCell(r, c0).alignment = { horizontal: 'center' };
    if (t.mergeTitle !== false) ws.mergeCells(r, c0, r, c0 + ncol - 1);
    r++;
  }
  if (t.unit) {
    if (t.unitLeft) ws.getCell(r, c0).value = t.unit;
    else { ws.getCell(r, c0 + ncol - 1).value = t.unit; ws.getCell(r, c0 + ncol - 1).alignment = { horizontal: 'right' }; }
    r++;
  }
  // headers
  const H = Math.max(...t.cols.map(c => c.h.length));
  for (let lv = 0; lv < H; lv++) {
    for (let ci = 0; ci < ncol; ci++) {
      const c = t.cols[ci];
      const cell = ws.getCell(r + lv, c0 + ci);
      cell.border = { top: thin, bottom: thin, left: thin, right: thin };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (lv < c.h.length) {
        // horizontal merge if same path prefix as previous col at this level
        const key = c.h.slice(0, lv + 1).join('|');
        const prevKey = ci > 0 && t.cols[ci - 1].h.length > lv ? t.cols[ci - 1].h.slice(0, lv + 1).join('|') : null;
        if (key === prevKey && c.h.length > lv + 1) continue;
        cell.value = c.h[lv];
      }
    }
  }
  // merges
  for (let lv = 0; lv < H; lv++) {
    let ci = 0;
    while (ci < ncol) {
      const c = t.cols[ci];
      if (lv >= c.h.length) { ci++; continue; }
      if (lv === c.h.length - 1 && c.h.length < H) { ws.mergeCells(r + lv, c0 + ci, r + H - 1, c0 + ci); ci++; continue; }
      if (lv < c.h.length - 1) {
        const key = c.h.slice(0, lv + 1).join('|');
        let cj = ci;
        while (cj + 1 < ncol && t.cols[cj + 1].h.length > lv + 1 && t.cols[cj + 1].h.slice(0, lv + 1).join('|') === key) cj++;
        if (cj > ci) ws.mergeCells(r + lv, c0 + ci, r + lv, c0 + cj);
        ci = cj + 1; continue;
      }
      ci++;
    }
  }
  r += H;
  for (const row of t.rows) {
    const lc = ws.getCell(r, c0);
    lc.value = row.label;
    if (row.alignIndent) lc.alignment = { indent: row.alignIndent };
    if (row.bold) lc.font = { bold: true };
    (row.cells || []).forEach((x, i) => {
      if (x == null) return;
      const cell = ws.getCell(r, c0 + 1 + i);
      if (typeof x.v === 'number') {
        cell.value = x.v;
        cell.numFmt = x.dec > 0 ? (x.comma ? '#,##0.' : '0.') + '0'.repeat(x.dec) : (x.comma ? '#,##0' : '0');
        if (x.kind && t.sheet && !(x.kind === 'growth' && t.noPrevGrowth)) META.push({ file: t.file, sheet: t.sheet, cell: colL(c0 + i) + r, kind: x.kind, v: x.v, dec: x.dec, parent: x.parent, ref: x.ref });
      } else if (x.v != null) { cell.value = x.v; cell.alignment = { horizontal: 'center' }; }
    });
    for (let ci = 0; ci < ncol; ci++) ws.getCell(r, c0 + ci).border = { top: thin, bottom: thin, left: thin, right: thin };
    r++;
  }
  for (const n of t.notes || []) { ws.getCell(r, c0).value = n; r++; }
  t.cols.forEach((c, i) => { ws.getColumn(c0 + i).width = c.w || (i === 0 ? 26 : 12); });
  return r;
}
// label with indentation style
function lab(e, style, ph) {
  const base = e.node.label;
  if (e.depth === 0) return { label: base };
  const sp = '　'.repeat(e.depth);
  if (e.role === 'sub') {
    if (style === 'prefix') return { label: (e.first ? '　'.repeat(e.depth - 1) + '其中：' : '　'.repeat(e.depth - 1) + '　　　') + base };
    if (style === 'align') return { label: (e.first ? '其中：' : '') + base, alignIndent: e.depth * 2 };
    if (style === 'ascii') return { label: '  '.repeat(e.depth) + (e.first ? '其中:' : '') + base };
    return { label: sp + (e.first ? '其中：' : '') + base };
  }
  if (style === 'align') return { label: base, alignIndent: e.depth * 2 };
  if (style === 'ascii') return { label: '  '.repeat(e.depth) + base };
  return { label: sp + base };
}
function kindOf(e) { return e.node.parts.length ? 'total' : (e.role === 'sub' ? 'part' : 'leaf'); }
function numCell(e, which, d, comma) {
  const v = e.node[which];
  if (typeof v !== 'number') return { v: v == null ? null : v };
  let kind = kindOf(e);
  const parent = e.role === 'sub' ? e.parent[which] : undefined;
  return { v, dec: d, kind: which === 'cur' ? kind : kind + '_prev', parent, comma };
}
const gCell = (n, gd = 1) => { const g = growth(n, gd); return typeof g === 'number' ? { v: g, dec: gd, kind: 'growth' } : { v: g }; };
const shCell = (n, tot, sd = 1, which = 'cur') => (typeof n[which] === 'number' && tot[which]) ? { v: rd(n[which] / tot[which] * 100, sd), dec: sd, kind: 'share' } : { v: '—' };

// ---------- names ----------
const CITIES = [
  { city: '临川市', counties: ['东湖区', '西湖区', '青山区', '临丰县', '安平县', '永宁县', '石门县', '清河县'] },
  { city: '云岭市', counties: ['城关区', '开发区', '云阳县', '白沙县', '龙潭县', '新坪县'] },
  { city: '江北市', counties: ['江北区', '江南区', '高新区', '平湖县', '桐乡县', '宁远县', '安远县', '定南县', '全南县', '崇义县'] },
  { city: '河阳市', counties: ['河东区', '河西区', '北湖区', '阳山县', '宜章县', '嘉禾县', '临武县'] },
  { city: '凤台县', counties: ['城关镇', '凤凰镇', '新集镇', '李冲乡', '朱马店镇', '杨村镇', '刘集乡', '古店乡', '钱庙乡'] },
];
const YEARS = [[2024, 2023], [2023, 2022], [2022, 2021]];
const NOTES_FAI = ['注：1.固定资产投资统计起点为计划总投资500万元及以上项目。', '注：本表数据不含农户投资。', '注：增速按可比口径计算，部分数据因四舍五入原因存在总计与分项合计不等的情况。', '注：“—”表示无数据或无法计算。', '资料来源：市统计局固定资产投资统计报表。'];
const GROWTH_H = ['比上年增长(%)', '增长%', '增速(%)', '同比增长(%)', '比上年±%', '增减(%)'];

// ---------- builders ----------
// each builder returns an array of table specs (without origin); may set sheetName
function bFaiIndustry(ctx) {
  const [Y, P] = ctx.y; const yi = pick(['亿元', '万元']); const d = yi === '亿元' ? pick([1, 2]) : 0;
  const base = yi === '亿元' ? U(80, 600) : U(300000, 3000000);
  const t1 = leaf('第一产业', base * U(0.01, 0.05), U(-20, 30));
  const t2 = leaf('第二产业', base * U(0.3, 0.5), U(-10, 25));
  t2.subs = [N('工业', { f: [U(0.9, 0.98), U(0.88, 0.97)] })];
  t2.subs[0].subs = [N('制造业', { f: [U(0.6, 0.85)] })];
  const t3 = leaf('第三产业', base * U(0.45, 0.65), U(-12, 15));
  t3.subs = [N('基础设施投资', { f: [U(0.3, 0.5), U(0.3, 0.5)] }), N('房地产开发投资', { f: [U(0.25, 0.45), U(0.3, 0.5)] })];
  const tot = N(pick(['固定资产投资(不含农户)', '全社会固定资产投资', '固定资产投资总额', '500万元以上项目固定资产投资']));
  tot.parts = [t1, t2, t3];
  finalize(tot, d);
  // extra 其中 by type
  const st = N('国有控股投资'); st.cur = rd(tot.cur * U(0.3, 0.45), d); st.prev = rd(tot.prev * U(0.3, 0.45), d);
  const mj = N('民间投资'); mj.cur = rd(tot.cur * U(0.35, 0.5), d); mj.prev = rd(tot.prev * U(0.35, 0.5), d);
  const style = pick(['spaces', 'prefix', 'align', 'ascii']);
  const variant = pick(['cpg', 'cgs', 'yy', 'cpgs']);
  const ents = flat(tot);
  const rows = [];
  const mk = (e) => {
    const n = e.node, L = lab(e, style);
    let cells;
    if (variant === 'cpg') cells = [numCell(e, 'cur', d), numCell(e, 'prev', d), gCell(n)];
    else if (variant === 'cgs') cells = [numCell(e, 'cur', d), gCell(n), shCell(n, tot)];
    else if (variant === 'yy') cells = [numCell(e, 'prev', d), numCell(e, 'cur', d), gCell(n)];
    else cells = [numCell(e, 'cur', d), numCell(e, 'prev', d), gCell(n), shCell(n, tot)];
    return Object.assign(L, { cells });
  };
  rows.push(mk(ents[0]));
  if (chance(0.6)) rows.push({ label: pick(['按产业分：', '分产业', '  按三次产业分']) });
  ents.slice(1).forEach(e => rows.push(mk(e)));
  if (chance(0.7)) {
    rows.push({ label: pick(['按经济类型分：', '分经济类型', '按投资主体分']) });
    rows.push(mk({ node: st, depth: 1, role: 'sub', first: true, parent: tot }));
    rows.push(mk({ node: mj, depth: 1, role: 'sub', first: false, parent: tot }));
  }
  let cols;
  const G = pick(GROWTH_H);
  if (variant === 'cpg') cols = [{ h: ['指标'] }, { h: [`${Y}年`] }, { h: [`${P}年`] }, { h: [G] }];
  else if (variant === 'cgs') cols = [{ h: ['指标'] }, { h: [`${Y}年`, `绝对额(${yi})`] }, { h: [`${Y}年`, G] }, { h: [`${Y}年`, '占比(%)'] }];
  else if (variant === 'yy') cols = [{ h: ['项目'] }, { h: [`${P}年`] }, { h: [`${Y}年`] }, { h: ['增长(%)'] }];
  else cols = [{ h: ['指  标'] }, { h: ['本年完成', `(${yi})`] }, { h: ['上年完成', `(${yi})`] }, { h: [G] }, { h: ['比重', '(%)'] }];
  return [{ noPrevGrowth: variant === 'cgs', sheetName: pick(['固定资产投资', '固投分产业', '表1', '5-1']), title: `${ctx.name}${Y}年固定资产投资${pick(['情况', '主要指标', '(按产业分)'])}`, unit: variant === 'cpgs' ? null : `单位：${yi}`, cols, rows, notes: chance(0.7) ? [pick(NOTES_FAI)] : [] }];
}

function bFaiRegion(ctx) {
  const [Y, P] = ctx.y; const yi = pick(['万元', '亿元']); const d = yi === '亿元' ? pick([1, 2]) : 0;
  const base = yi === '亿元' ? U(10, 120) : U(50000, 900000);
  const tot = N(pick(['全市', '合计', '全市合计', '总计']));
  tot.parts = ctx.counties.map(c => leaf(c, base * U(0.3, 1.5), U(-25, 30)));
  // 其中 开发区 under one county
  if (chance(0.5)) { const k = tot.parts[Math.floor(rng() * tot.parts.length)]; k.subs = [N(pick(['经济开发区', '工业园区', '高新技术产业园']), { f: [U(0.2, 0.6), U(0.2, 0.6)] })]; }
  finalize(tot, d);
  const style = pick(['spaces', 'align']);
  const variant = pick(['pcg', 'pcgs', 'cgs', 'pcgd']);
  const totFirst = chance(0.5);
  let ents = flat(tot);
  if (!totFirst) ents = ents.slice(1).concat([ents[0]]);
  const G = pick(GROWTH_H);
  const rows = ents.map(e => {
    const n = e.node; const L = lab(e, style); if (e.depth === 0) L.bold = true;
    let cells;
    if (variant === 'pcg') cells = [numCell(e, 'prev', d), numCell(e, 'cur', d), gCell(n)];
    else if (variant === 'pcgs') cells = [numCell(e, 'prev', d), numCell(e, 'cur', d), gCell(n), shCell(n, tot)];
    else if (variant === 'cgs') cells = [numCell(e, 'cur', d), gCell(n), shCell(n, tot)];
    else cells = [numCell(e, 'prev', d), numCell(e, 'cur', d), { v: rd(n.cur - n.prev, d), dec: d, kind: 'diff' }, gCell(n)];
    return Object.assign(L, { cells });
  });
  let cols;
  if (variant === 'pcg') cols = [{ h: ['地区'] }, { h: [`${P}年`] }, { h: [`${Y}年`] }, { h: [G] }];
  else if (variant === 'pcgs') cols = [{ h: ['县(市、区)'] }, { h: ['固定资产投资', `${P}年`] }, { h: ['固定资产投资', `${Y}年`] }, { h: ['固定资产投资', G] }, { h: ['占全市比重(%)'] }];
  else if (variant === 'cgs') cols = [{ h: ['地  区'] }, { h: ['投资额'] }, { h: [G] }, { h: ['占比%'] }];
  else cols = [{ h: ['地区'] }, { h: [`${P}年`] }, { h: [`${Y}年`] }, { h: ['增减额'] }, { h: [G] }];
  return [{ noPrevGrowth: variant === 'cgs', sheetName: pick(['分县区', '各县区固投', '表2', '分地区']), title: `${Y}年${pick(['各县(市、区)', '分地区', '各乡镇'])}固定资产投资完成情况`, unit: `单位：${yi}`, unitLeft: chance(0.3), cols, rows, notes: chance(0.5) ? [pick(NOTES_FAI)] : [] }];
}

function bConstruction(ctx) {
  const [Y, P] = ctx.y;
  const g = () => U(-15, 25);
  const out = N('建筑业总产值');
  const bscale = U(200000, 3000000);
  out.parts = [leaf('建筑工程产值', bscale * U(0.82, 0.9), g()), leaf('安装工程产值', bscale * U(0.06, 0.12), g()), leaf('其他产值', bscale * U(0.01, 0.05), g())];
  const ct = N('签订的合同额');
  ct.parts = [leaf('上年结转合同额', bscale * U(1, 1.4), g()), leaf('本年新签合同额', bscale * U(0.8, 1.2), g())];
  const area = leaf('房屋建筑施工面积', U(200, 1500), g()); area.subs = [N('本年新开工面积', { f: [U(0.25, 0.45), U(0.25, 0.45)] })];
  const done = leaf('房屋建筑竣工面积', U(60, 400), g()); done.subs = [N('住宅', { f: [U(0.5, 0.7)] })];
  const val = leaf('竣工产值', bscale * U(0.4, 0.6), g());
  const ent = leaf('建筑业企业个数', Math.round(U(40, 300)), U(-5, 15));
  const ppl = leaf('从业人员平均人数', Math.round(U(5000, 60000)), U(-10, 10));
  const prof = leaf('利润总额', bscale * U(0.02, 0.04), g());
  [out, ct].forEach(n => finalize(n, 0)); finalize(area, 2); finalize(done, 2); [val, ent, ppl, prof].forEach(n => finalize(n, 0));
  const lp = N('按总产值计算的劳动生产率'); lp.cur = Math.round(out.cur * 10000 / ppl.cur); lp.prev = Math.round(out.prev * 10000 / ppl.prev);
  const style = pick(['spaces', 'prefix', 'align']);
  const hasUnitCol = chance(0.7);
  const variant = pick(['cpg', 'cg', 'cpgd']);
  const rows = [];
  const add = (root, unit, d) => flat(root).forEach(e => {
    const L = lab(e, style); const n = e.node;
    let cells = variant === 'cg' ? [numCell(e, 'cur', d, d === 0), gCell(n)] : variant === 'cpg' ? [numCell(e, 'cur', d, d === 0), numCell(e, 'prev', d, d === 0), gCell(n)] : [numCell(e, 'cur', d), numCell(e, 'prev', d), { v: rd(n.cur - n.prev, d), dec: d, kind: 'diff' }, gCell(n)];
    if (hasUnitCol) cells = [{ v: unit }].concat(cells); else L.label += `(${unit})`;
    rows.push(Object.assign(L, { cells }));
  });
  add(out, '万元', 0); add(ct, '万元', 0); add(area, '万平方米', 2); add(done, '万平方米', 2); add(val, '万元', 0); add(ent, '个', 0); add(ppl, '人', 0); add(prof, '万元', 0);
  if (chance(0.7)) { const e = { node: lp, depth: 0, role: 'root', parent: null }; add(lp, '元/人', 0); rows[rows.length - 1].cells.forEach(c => { if (c && c.kind) c.kind = c.kind.startsWith('leaf') ? 'ratio' + (c.kind.endsWith('prev') ? '_prev' : '') : c.kind; }); }
  const G = pick(GROWTH_H);
  let cols = [{ h: ['指标'] }];
  if (hasUnitCol) cols.push({ h: ['计量单位'], w: 10 });
  if (variant === 'cg') cols.push({ h: [`${Y}年`] }, { h: [G] });
  else if (variant === 'cpg') cols.push({ h: ['本年'] }, { h: ['上年'] }, { h: [G] });
  else cols.push({ h: [`${Y}年`] }, { h: [`${P}年`] }, { h: ['增减量'] }, { h: ['增长%'] });
  return [{ noPrevGrowth: variant === 'cg', sheetName: pick(['建筑业', '建筑业主要指标', '表6', '6-1']), title: `${ctx.name}${Y}年${pick(['资质等级以上建筑业企业主要指标', '建筑业主要经济指标', '建筑业生产情况'])}`, cols, rows, notes: chance(0.6) ? [pick(['注：统计范围为具有资质等级的总承包和专业承包建筑业企业。', '注：劳动生产率按建筑业总产值计算。', '注：本表为在本地注册的建筑业企业数据。'])] : [] }];
}

function bRealEstate(ctx) {
  const [Y, P] = ctx.y;
  const g = () => U(-30, 15);
  const sc = U(100000, 1500000);
  const inv = leaf('房地产开发投资', sc, g()); inv.subs = [N('住宅', { f: [U(0.65, 0.8), U(0.65, 0.8)] }), N('办公楼', { f: [U(0.02, 0.05), U(0.02, 0.05)] }), N('商业营业用房', { f: [U(0.06, 0.12), U(0.06, 0.12)] })];
  const ar = U(300, 2500);
  const sg = leaf('房屋施工面积', ar, g()); sg.subs = [N('住宅', { f: [U(0.65, 0.78), U(0.65, 0.78)] })];
  const xk = leaf('房屋新开工面积', ar * U(0.1, 0.2), U(-40, 10)); xk.subs = [N('住宅', { f: [U(0.65, 0.8), U(0.65, 0.8)] })];
  const jg = leaf('房屋竣工面积', ar * U(0.08, 0.15), g()); jg.subs = [N('住宅', { f: [U(0.65, 0.8), U(0.65, 0.8)] })];
  const xs = leaf('商品房销售面积', ar * U(0.12, 0.25), g()); xs.subs = [N('住宅', { f: [U(0.8, 0.9), U(0.8, 0.9)] })];
  const xe = leaf('商品房销售额', 0, 0); xe.r = [xs.r[0] * U(5500, 9000), xs.r[1] * U(5500, 9000)]; xe.subs = [N('住宅', { f: [U(0.78, 0.88), U(0.78, 0.88)] })];
  const ds = leaf('商品房待售面积', ar * U(0.05, 0.12), U(-5, 30)); ds.subs = [N('住宅', { f: [U(0.4, 0.6), U(0.4, 0.6)] })];
  const fund = N('本年到位资金');
  const other = leaf('其他资金来源', sc * U(0.4, 0.6), g()); other.subs = [N('定金及预收款', { f: [U(0.45, 0.6), U(0.45, 0.6)] }), N('个人按揭贷款', { f: [U(0.2, 0.3), U(0.2, 0.3)] })];
  fund.parts = [leaf('国内贷款', sc * U(0.08, 0.15), g()), leaf('利用外资', sc * U(0, 0.003), U(-50, 50)), leaf('自筹资金', sc * U(0.3, 0.45), g()), other];
  // sales amount: 万元 from 万平方米*元/㎡ => cur(万平方米)*price(元) = 万元
  const ad = pick([1, 2]);
  finalize(inv, 0); [sg, xk, jg, xs, ds].forEach(n => finalize(n, ad)); finalize(xe, 0); finalize(fund, 0);
  if (fund.parts[1].cur === 0) { fund.parts[1].cur = '—'; }
  const style = pick(['spaces', 'prefix', 'align', 'ascii']);
  const variant = pick(['cg', 'cpg', 'pcg']);
  const rows = [];
  const sec = (t) => { if (chance(0.8)) rows.push({ label: t, bold: true }); };
  const add = (root, unit, d) => flat(root).forEach(e => {
    const L = lab(e, style); const n = e.node; if (!L.label.includes('(')) L.label += chance(0.5) ? `(${unit})` : '';
    const c = variant === 'cg' ? [numCell(e, 'cur', d), gCell(n)] : variant === 'cpg' ? [numCell(e, 'cur', d), numCell(e, 'prev', d), gCell(n)] : [numCell(e, 'prev', d), numCell(e, 'cur', d), gCell(n)];
    rows.push(Object.assign(L, { cells: c }));
  });
  sec('一、开发投资'); add(inv, '万元', 0);
  sec('二、房屋建设'); add(sg, '万平方米', ad); add(xk, '万平方米', ad); add(jg, '万平方米', ad);
  sec('三、商品房销售'); add(xs, '万平方米', ad); add(xe, '万元', 0);
  if (chance(0.6)) { const p = N('商品房平均销售价格'); p.cur = Math.round(xe.cur / xs.cur); p.prev = Math.round(xe.prev / xs.prev); add(p, '元/平方米', 0); rows[rows.length - 1].cells.forEach(c => { if (c.kind) c.kind = 'ratio'; }); }
  add(ds, '万平方米', ad);
  sec('四、资金来源'); add(fund, '万元', 0);
  const G = pick(GROWTH_H);
  const cols = [{ h: ['指        标'] }].concat(variant === 'cg' ? [{ h: [`${Y}年`] }, { h: [G] }] : variant === 'cpg' ? [{ h: [`${Y}年`] }, { h: [`${P}年`] }, { h: [G] }] : [{ h: [`${P}年`] }, { h: [`${Y}年`] }, { h: [G] }]);
  return [{ noPrevGrowth: variant === 'cg', sheetName: pick(['房地产开发', '房地产', '表7', '7-1房地产']), title: `${ctx.name}${Y}年房地产开发${pick(['主要指标', '经营情况', '和销售情况'])}`, cols, rows, notes: chance(0.6) ? [pick(['注：商品房待售面积为期末数。', '注：房地产开发投资统计范围为有开发经营活动的全部房地产开发经营法人单位。'])] : [] }];
}

function bProjects(ctx) {
  const [Y, P] = ctx.y;
  const groups = ['500万-5000万元', '5000万-1亿元', '1亿-5亿元', '5亿-10亿元', '10亿元及以上'];
  const cnt = N(pick(['合计', '总计', '全部项目'])), inv = N('x'), pl = N('x');
  const scales = [[50, 300, 0.15], [20, 120, 0.15], [10, 80, 0.35], [2, 15, 0.15], [0, 6, 0.2]];
  const base = U(200000, 2000000);
  cnt.parts = groups.map((g, i) => leaf(g, Math.round(U(scales[i][0], scales[i][1])), U(-20, 20)));
  cnt.parts.forEach(p => { p.r = [Math.round(p.r[0]), Math.round(p.r[1])]; });
  if (cnt.parts[4].r[0] === 0) cnt.parts[4].r = [1, 1];
  inv.parts = groups.map((g, i) => leaf(g, base * scales[i][2] * U(0.6, 1.4), U(-25, 35)));
  finalize(cnt, 0); finalize(inv, 0);
  // 其中 new projects count
  const newc = cnt.parts.map(p => Math.round(p.cur * U(0.3, 0.6)));
  const variant = pick(['a', 'b']);
  const rows = [];
  const yi = ['1亿-5亿元', '5亿-10亿元', '10亿元及以上'];
  const mkRow = (label, i, extra) => {
    const c = i < 0 ? cnt : cnt.parts[i], v = i < 0 ? inv : inv.parts[i];
    const ncur = i < 0 ? newc.reduce((a, b) => a + b, 0) : newc[i];
    const ce = { node: c, role: i < 0 ? 'root' : 'part' }; c.parts.length || (ce.role = 'part');
    const ve = { node: v, role: i < 0 ? 'root' : 'part' };
    if (variant === 'a') return { label, cells: [{ v: c.cur, dec: 0, kind: i < 0 ? 'total' : 'leaf' }, { v: ncur, dec: 0, kind: i < 0 ? 'total' : 'part', parent: c.cur }, { v: v.cur, dec: 0, kind: i < 0 ? 'total' : 'leaf' }, gCell(v), shCell(v, inv)] };
    return { label, cells: [{ v: c.cur, dec: 0, kind: i < 0 ? 'total' : 'leaf' }, { v: c.prev, dec: 0, kind: i < 0 ? 'total_prev' : 'leaf_prev' }, { v: v.prev, dec: 0, kind: i < 0 ? 'total_prev' : 'leaf_prev' }, { v: v.cur, dec: 0, kind: i < 0 ? 'total' : 'leaf' }, gCell(v)] };
  };
  rows.push(mkRow(cnt.label, -1));
  rows.push({ label: '按项目规模分' });
  groups.forEach((g, i) => rows.push(mkRow('　' + g, i)));
  if (chance(0.7)) {
    const idx = [2, 3, 4];
    const c = N('x'); c.cur = idx.reduce((s, i) => s + cnt.parts[i].cur, 0); c.prev = idx.reduce((s, i) => s + cnt.parts[i].prev, 0);
    const v = N('x'); v.cur = idx.reduce((s, i) => s + inv.parts[i].cur, 0); v.prev = idx.reduce((s, i) => s + inv.parts[i].prev, 0);
    const nc = idx.reduce((s, i) => s + newc[i], 0);
    rows.push({ label: '其中：亿元以上项目', cells: variant === 'a' ? [{ v: c.cur, dec: 0, kind: 'part', parent: cnt.cur }, { v: nc, dec: 0 }, { v: v.cur, dec: 0, kind: 'part', parent: inv.cur }, gCell(v), shCell(v, inv)] : [{ v: c.cur, dec: 0, kind: 'part', parent: cnt.cur }, { v: c.prev, dec: 0 }, { v: v.prev, dec: 0 }, { v: v.cur, dec: 0, kind: 'part', parent: inv.cur }, gCell(v)] });
  }
  const G = pick(GROWTH_H);
  const cols = variant === 'a' ? [{ h: ['项目规模'] }, { h: ['施工项目', '个数(个)'] }, { h: ['施工项目', '其中：新开工'] }, { h: ['本年完成投资', '金额(万元)'] }, { h: ['本年完成投资', G] }, { h: ['本年完成投资', '占比(%)'] }]
    : [{ h: ['分组'] }, { h: ['项目个数(个)', `${Y}年`] }, { h: ['项目个数(个)', `${P}年`] }, { h: ['完成投资(万元)', `${P}年`] }, { h: ['完成投资(万元)', `${Y}年`] }, { h: ['完成投资(万元)', '增长%'] }];
  return [{ sheetName: pick(['按规模分', '项目情况', '表3']), title: `${Y}年${ctx.name}固定资产投资项目${pick(['情况(按项目规模分)', '分规模情况'])}`, cols, rows, notes: ['注：项目规模按计划总投资分组。'] }];
}

function bTimeSeries(ctx) {
  const years = []; for (let y = ctx.y[0] - pick([5, 7, 9]); y <= ctx.y[0]; y++) years.push(y);
  const d1 = pick([1, 2]);
  let a = U(50, 400), b = a * U(0.15, 0.3), c = U(50, 300);
  const A = [], B = [], C = [];
  for (const y of years) { A.push(rd(a, d1)); B.push(rd(b, d1)); C.push(rd(c, 2)); a *= 1 + U(-0.1, 0.15); b *= 1 + U(-0.2, 0.2); c *= 1 + U(-0.25, 0.2); }
  const gg = (arr, i) => i === 0 ? { v: '—' } : { v: rd((arr[i] / arr[i - 1] - 1) * 100, 1), dec: 1, kind: 'growth' };
  const rows = years.map((y, i) => ({ label: chance(0.5) ? `${y}年` : String(y), cells: [{ v: A[i], dec: d1, kind: 'leaf' }, gg(A, i), { v: B[i], dec: d1, kind: 'leaf' }, gg(B, i), { v: C[i], dec: 2, kind: 'leaf' }, gg(C, i), { v: rd(B[i] / A[i] * 100, 1), dec: 1, kind: 'share' }] }));
  const cols = [{ h: ['年份'] }, { h: ['固定资产投资', '总额(亿元)'] }, { h: ['固定资产投资', '增长(%)'] }, { h: ['房地产开发投资', '总额(亿元)'] }, { h: ['房地产开发投资', '增长(%)'] }, { h: ['商品房销售面积', '万平方米'] }, { h: ['商品房销售面积', '增长(%)'] }, { h: ['房地产投资占固投比重(%)'] }];
  return [{ sheetName: pick(['历年', '历年主要指标', '表8']), title: `${ctx.name}历年固定资产投资和房地产开发主要指标`, cols, rows, notes: ['注：增长速度按当年价格计算。'] }];
}

function bMonthly(ctx) {
  const [Y, P] = ctx.y;
  const months = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  let ci = 0, pi = 0, cs = 0, ps = 0;
  const rows = [];
  const G = pick(GROWTH_H);
  const withPrev = chance(0.6);
  for (const m of months) {
    const mi = m === 2 ? 2 : 1;
    ci += U(8000, 40000) * mi; pi += U(8000, 40000) * mi; cs += U(1, 8) * mi; ps += U(1, 8) * mi;
    const c1 = Math.round(ci), p1 = Math.round(pi), c2 = rd(cs, 2), p2 = rd(ps, 2);
    const cells = withPrev ? [{ v: c1, dec: 0, kind: 'leaf' }, { v: p1, dec: 0, kind: 'leaf_prev' }, { v: rd((c1 / p1 - 1) * 100, 1), dec: 1, kind: 'growth' }, { v: c2, dec: 2, kind: 'leaf' }, { v: p2, dec: 2, kind: 'leaf_prev' }, { v: rd((c2 / p2 - 1) * 100, 1), dec: 1, kind: 'growth' }]
      : [{ v: c1, dec: 0 }, { v: rd((c1 / p1 - 1) * 100, 1), dec: 1 }, { v: c2, dec: 2 }, { v: rd((c2 / p2 - 1) * 100, 1), dec: 1 }];
    rows.push({ label: `1-${m}月`, cells });
  }
  const cols = withPrev ? [{ h: ['月份'] }, { h: ['房地产开发投资(万元)', '本年累计'] }, { h: ['房地产开发投资(万元)', '上年同期'] }, { h: ['房地产开发投资(万元)', G] }, { h: ['商品房销售面积(万平方米)', '本年累计'] }, { h: ['商品房销售面积(万平方米)', '上年同期'] }, { h: ['商品房销售面积(万平方米)', G] }]
    : [{ h: ['时间'] }, { h: ['房地产开发投资', '累计(万元)'] }, { h: ['房地产开发投资', G] }, { h: ['商品房销售面积', '累计(万平方米)'] }, { h: ['商品房销售面积', G] }];
  return [{ sheetName: pick(['分月', '月度', `${Y}分月`]), title: `${Y}年${ctx.name}房地产开发分月情况`, cols, rows, notes: [] }];
}

function bConsRegion(ctx) {
  const [Y, P] = ctx.y;
  const regs = ctx.counties.slice(0, 4 + Math.floor(rng() * (ctx.counties.length - 3)));
  const ent = N('合计'), out = N('合计'), sg = N('合计'), jg = N('合计');
  const ad = pick([1, 2]);
  regs.forEach(r => {
    ent.parts.push(leaf(r, Math.round(U(3, 60)), 0)); out.parts.push(leaf(r, U(20000, 600000), U(-20, 30)));
    const a = U(10, 300); sg.parts.push(leaf(r, a, U(-20, 20))); jg.parts.push(leaf(r, a * U(0.1, 0.5), U(-30, 30)));
  });
  ent.parts.forEach(p => { p.r = [Math.round(p.r[0]), Math.round(p.r[0])]; });
  finalize(ent, 0); finalize(out, 0); finalize(sg, ad); finalize(jg, ad);
  const lbl = pick(['全市', '合计', '总计']);
  const rows = [];
  const fe = [flat(ent), flat(out), flat(sg), flat(jg)];
  const totLast = chance(0.5);
  let order = fe[0].map((_, i) => i); if (totLast) order = order.slice(1).concat([0]);
  for (const i of order) {
    const e = fe[1][i];
    const rate = (jg.parts.concat([jg])[i === 0 ? regs.length : i - 1]);
    const jn = fe[3][i].node, sn = fe[2][i].node;
    rows.push({ label: i === 0 ? lbl : e.node.label, bold: i === 0, cells: [numCell(fe[0][i], 'cur', 0), numCell(e, 'cur', 0, true), numCell(e, 'prev', 0, true), gCell(e.node), numCell(fe[2][i], 'cur', ad), numCell(fe[3][i], 'cur', ad), { v: rd(jn.cur / sn.cur * 100, 1), dec: 1, kind: 'ratio' }] });
  }
  const cols = [{ h: ['地区'] }, { h: ['企业个数', '(个)'] }, { h: ['建筑业总产值(万元)', `${Y}年`] }, { h: ['建筑业总产值(万元)', `${P}年`] }, { h: ['建筑业总产值(万元)', '增长(%)'] }, { h: ['房屋施工面积', '(万平方米)'] }, { h: ['房屋竣工面积', '(万平方米)'] }, { h: ['房屋竣工率', '(%)'] }];
  return [{ sheetName: pick(['建筑业分县区', '分地区建筑业', '表6-2']), title: `${Y}年分地区建筑业主要指标`, cols, rows, notes: ['注：房屋竣工率＝房屋竣工面积÷房屋施工面积×100%。'] }];
}

function bSalesRegion(ctx) {
  const [Y, P] = ctx.y;
  const area = N('合计'), amt = N('合计');
  ctx.counties.forEach(r => { const a = U(5, 120); area.parts.push(leaf(r, a, U(-35, 20))); amt.parts.push(leaf(r, a * U(0.45, 1.1), U(-40, 20))); });
  // amt in 亿元: a 万平方米 * price(元)/1e4 -> 亿元 ; price ~ 4500-11000 -> amt ≈ a*0.45..1.1
  finalize(area, 2); finalize(amt, 2);
  const fa = flat(area), fm = flat(amt);
  const rows = fa.map((e, i) => ({ label: e.node.label, bold: i === 0, cells: [numCell(e, 'cur', 2), gCell(e.node), numCell(fm[i], 'cur', 2), gCell(fm[i].node), { v: Math.round(fm[i].node.cur / e.node.cur * 10000), dec: 0, kind: 'ratio' }] }));
  // growth computed from displayed cur/prev but prev not shown -> unverifiable; mark kinds off
  rows.forEach(r => { r.cells[1].kind = undefined; r.cells[3].kind = undefined; });
  const cols = [{ h: ['县(市、区)'] }, { h: ['商品房销售面积', '万平方米'] }, { h: ['商品房销售面积', '增长%'] }, { h: ['商品房销售额', '亿元'] }, { h: ['商品房销售额', '增长%'] }, { h: ['平均售价', '(元/平方米)'] }];
  return [{ sheetName: pick(['商品房销售', '分县区销售', '表7-3']), title: `${Y}年各县(市、区)商品房销售情况`, cols, rows, notes: ['注：平均售价＝销售额÷销售面积。'] }];
}

function bOwnership(ctx) {
  const [Y, P] = ctx.y;
  const kinds = ['国有及国有控股', '集体', '股份合作', '有限责任公司', '股份有限公司', '私营', '个体', '港澳台商投资', '外商投资', '其他'];
  const tot = N(pick(['总计', '合计', '全部投资']));
  const base = U(200000, 2000000);
  tot.parts = kinds.map(k => { const l = leaf(k, base * U(0.01, 0.3), U(-30, 40)); if (k === '集体' || k === '股份合作' || k === '外商投资') { if (chance(0.4)) l.r = [0, 0]; } return l; });
  tot.parts[0].subs = chance(0.5) ? [N('国有独资', { f: [U(0.3, 0.6), U(0.3, 0.6)] })] : [];
  finalize(tot, 0);
  tot.parts.forEach(p => { if (p.cur === 0 && p.prev === 0) { p.cur = '—'; p.prev = '—'; } });
  const style = pick(['spaces', 'align']);
  const rows = flat(tot).map(e => { const L = lab(e, style); const n = e.node; return Object.assign(L, { cells: [numCell(e, 'prev', 0), numCell(e, 'cur', 0), gCell(n), shCell(n, tot)] }); });
  const mj = N('x'); mj.cur = Math.round(tot.cur * U(0.4, 0.55)); mj.prev = Math.round(tot.prev * U(0.4, 0.55));
  rows.push({ label: '附：民间投资', cells: [{ v: mj.prev, dec: 0 }, { v: mj.cur, dec: 0 }, gCell(mj), shCell(mj, tot)] });
  const G = pick(GROWTH_H);
  const cols = [{ h: ['登记注册类型'] }, { h: [`${P}年`, '(万元)'] }, { h: [`${Y}年`, '(万元)'] }, { h: [G] }, { h: [`${Y}年构成(%)`] }];
  return [{ sheetName: pick(['按登记注册类型分', '分经济类型', '表4']), title: `${ctx.name}固定资产投资(按登记注册类型分)`, cols, rows, notes: chance(0.5) ? ['注：“—”表示该项无投资。'] : [] }];
}

function bIndustrySector(ctx) {
  const [Y, P] = ctx.y;
  const secs = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
  const w = [3, 1, 25, 6, 0.5, 2, 8, 1, 1, 0.2, 25, 1, 1, 15, 0.3, 3, 2, 1, 2];
  const yi = pick(['万元', '亿元']); const d = yi === '亿元' ? 2 : 0;
  const base = yi === '亿元' ? U(100, 800) : U(300000, 3000000);
  const tot = N(pick(['全部投资', '总计', '合计']));
  tot.parts = secs.map((s, i) => { const l = leaf(s, base * w[i] / 100 * U(0.5, 1.5), U(-40, 60)); if (w[i] < 1 && chance(0.5)) l.r = [l.r[0], 0]; return l; });
  finalize(tot, d);
  tot.parts.forEach(p => { if (p.prev === 0) p.prev = '—'; if (p.cur === 0) p.cur = '—'; });
  const blanks = chance(0.5);
  const rows = flat(tot).map(e => ({ label: e.node.label, cells: [numCell(e, 'cur', d), blanks && typeof e.node.prev !== 'number' ? null : numCell(e, 'prev', d), gCell(e.node), shCell(e.node, tot)] }));
  const cols = [{ h: ['行    业'], w: 36 }, { h: ['本年完成'] }, { h: ['上年完成'] }, { h: ['增长%'] }, { h: ['比重%'] }];
  return [{ sheetName: pick(['按行业分', '分行业', '表5']), title: `${ctx.name}${Y}年固定资产投资(按国民经济行业分)`, unit: `单位：${yi}`, cols, rows, notes: ['注：行业分类执行《国民经济行业分类》(GB/T 4754-2017)。'] }];
}

function bUnsold(ctx) {
  const [Y, P] = ctx.y;
  const tot = N('商品房待售面积');
  tot.parts = [leaf('住宅', U(20, 100), U(-10, 40)), leaf('办公楼', U(2, 15), U(-10, 40)), leaf('商业营业用房', U(10, 60), U(-10, 40)), leaf('其他', U(1, 20), U(-10, 40))];
  finalize(tot, 2);
  tot.parts[0].subs = [N('待售1-3年', { f: [U(0.3, 0.5), U(0.3, 0.5)] }), N('待售3年以上', { f: [U(0.1, 0.2), U(0.1, 0.2)] })];
  finalize2(tot.parts[0], 2);
  const style = pick(['prefix', 'spaces']);
  const rows = flat(tot).map(e => Object.assign(lab(e, style), { cells: [numCell(e, 'cur', 2), numCell(e, 'prev', 2), gCell(e.node), shCell(e.node, tot)] }));
  const cols = [{ h: ['类别'] }, { h: [`${Y}年末`] }, { h: [`${P}年末`] }, { h: ['增长(%)'] }, { h: ['占比(%)'] }];
  return [{ sheetName: '待售面积', title: `${ctx.name}商品房待售面积情况`, unit: '单位：万平方米', cols, rows, notes: ['注：待售面积为报告期末已竣工的可供销售或出租的商品房屋建筑面积中尚未售出或出租的部分。'] }];
}

const BUILDERS = { fai: bFaiIndustry, reg: bFaiRegion, cons: bConstruction, re: bRealEstate, proj: bProjects, ts: bTimeSeries, mon: bMonthly, creg: bConsRegion, sales: bSalesRegion, own: bOwnership, ind: bIndustrySector, uns: bUnsold };
const PLAN = [
  ['fai'], ['reg'], ['cons'], ['re'], ['proj'], ['ts'], ['mon'], ['creg'], ['sales'], ['own'], ['ind'], ['uns'],
  ['fai', 'reg'], ['cons', 'creg'], ['re', 'sales', 'uns'], ['fai', 'own', 'ind'], ['proj', 'reg'], ['re', 'mon'], ['ts', 'fai'],
  ['fai'], ['reg'], ['cons'], ['re'], ['own'], ['ind'], ['creg'], ['sales'], ['proj'],
  ['fai', 're'], ['cons', 're'], ['reg', 'creg'], ['fai', 'cons', 're'], ['uns', 'own'], ['fai'], ['re'], ['reg', '+stack'],
];
async function main() {
  for (const f of fs.readdirSync(path.join(DIR, 'clean'))) fs.unlinkSync(path.join(DIR, 'clean', f));
  for (let i = 0; i < PLAN.length; i++) {
    const C = CITIES[i % CITIES.length];
    const ctx = { name: C.city, counties: C.counties, y: YEARS[i % 3] };
    const wb = new ExcelJS.Workbook();
    const file = `w${String(i + 1).padStart(2, '0')}_${PLAN[i].filter(x => x[0] !== '+').join('_')}.xlsx`;
    const used = new Set();
    const stack = PLAN[i].includes('+stack');
    let ws = null, rnext = 1;
    for (const b of PLAN[i].filter(x => x[0] !== '+')) {
      const tables = BUILDERS[b](ctx);
      for (const t of tables) {
        if (!stack || !ws) {
          let nm = t.sheetName; while (used.has(nm)) nm += '_2'; used.add(nm);
          ws = wb.addWorksheet(nm); rnext = 1;
        }
        const oc = chance(0.25) ? 2 : 1; const orr = rnext + (chance(0.25) ? 1 : 0);
        t.origin = [orr, oc]; t.sheet = ws.name; t.file = file;
        if (chance(0.15)) t.tno = `表${i + 1}-${used.size}`;
        rnext = writeTable(ws, t) + 2;
        if (stack) { const t2 = BUILDERS.creg(ctx); t2[0].origin = [rnext, 1]; t2[0].sheet = ws.name; t2[0].file = file; rnext = writeTable(ws, t2[0]) + 2; }
      }
    }
    await wb.xlsx.writeFile(path.join(DIR, 'clean', file));
  }
  fs.writeFileSync(path.join(DIR, 'gen_meta.json'), JSON.stringify(META, null, 0));
  console.log('wrote', PLAN.length, 'files,', META.length, 'meta cells');
}
main();
