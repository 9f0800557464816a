// node gen.js OUTDIR N SEED [VAR]  -> N books, about half with one plant; writes OUTDIR/*.xlsx, manifest.json, rel/<file>.json (in /tmp/round102a/rel)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const OUT = process.argv[2];
const N = +process.argv[3] || 30;
let seed = +process.argv[4] || 1;
const VAR = process.argv[5] || 'a';
const CLEAN_ONLY = process.argv.includes('--clean');
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const ru = (a, b) => a + rnd() * (b - a);
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const r2 = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };

const COUNTIES = ['城关区', '东湖区', '西山区', '南岗区', '北塘区', '高新区', '经开区', '青山县', '白水县', '临江县', '安平县', '永和县', '清河县', '长宁县', '丰乐县', '石门县', '桃源县', '龙泉市', '宁远县', '新化县', '双峰县', '云溪区', '金牛区', '江北新区'];
const TOWNS = ['城东街道', '城西街道', '新华街道', '人民路街道', '解放街道', '朝阳街道', '河西镇', '柳林镇', '石桥镇', '马坊乡', '白马镇', '五里铺镇', '东关街道', '黄土坡乡'];
const INDUS = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务、修理和其他服务业', '其他行业'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;

// ---------- unit data ----------
function unit(scale = 1) {
  const qy = Math.round(ri(80, 1500) * scale);
  const fg = Math.round(qy * ru(0.2, 0.75));
  const dj = Math.round(fg * ru(0.5, 0.9));
  const lh = Math.max(0, Math.round((fg - dj) / ru(2, 5)));
  const qn = Math.round(qy * ru(15, 70));
  const ty = Math.round(qn * ru(0.08, 0.3));
  const tyNew = Math.round(ty * ru(0.03, 0.12));
  const ty_yx = Math.round(ty * ru(0.005, 0.04));
  const g = ru(-0.08, 0.25);
  const u = { qy, fg, dj, lh, zz: dj + lh, qn, ty, tyNew, tuiyou: ty_yx, newzz: Math.round((dj + lh) * ru(0.05, 0.2)) };
  u.qy_p = Math.max(1, Math.round(qy / (1 + g))); u.fg_p = Math.min(u.qy_p, Math.round(fg / (1 + g + ru(-0.05, 0.2))));
  u.zz_p = Math.max(1, Math.round(u.zz / (1 + g + ru(-0.05, 0.15)))); u.ty_p = Math.max(1, Math.round(ty / (1 + ru(-0.1, 0.2))));
  return u;
}
const SUMKEYS = ['qy', 'fg', 'dj', 'lh', 'zz', 'qn', 'ty', 'tyNew', 'tuiyou', 'newzz', 'qy_p', 'fg_p', 'zz_p', 'ty_p'];
function addU(list) { const s = {}; for (const k of SUMKEYS) s[k] = list.reduce((a, u) => a + u[k], 0); return s; }

// ---------- sheet model ----------
class SM {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.widths = {}; this.conv = {}; }
  put(r, c, v, o = {}) { this.cells[A(r, c)] = Object.assign({ v }, o); return A(r, c); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(x) { x.sheet = this.name; this.rels.push(x); }
}
// number rendering according to sheet conventions
function numCell(sm, r, c, v, kind, dec) {
  const cv = sm.conv;
  if (v === 0 && kind === 'int' && cv.zero !== '0') {
    if (cv.zero === '—') return sm.put(r, c, '—', { al: 'center' });
    return sm.put(r, c, null);
  }
  if (kind === 'int') {
    if (cv.textNums && chance(cv.textNums)) return sm.put(r, c, String(v), { text: true });
    return sm.put(r, c, v, { fmt: v >= 10000 && cv.thou ? '#,##0' : '0' });
  }
  // percentage-ish
  if (cv.fracPct && kind === 'pct') return sm.put(r, c, r2(v / 100, dec + 2), { fmt: dec === 1 ? '0.0%' : '0.00%' });
  const f = dec === 1 ? '0.0' : '0.00';
  if (cv.textNums && chance(cv.textNums / 2)) return sm.put(r, c, r2(v, dec).toFixed(dec), { text: true });
  return sm.put(r, c, r2(v, dec), { fmt: f });
}
function pctRel(sm, cell, num, den, dec, kind) {
  const frac = sm.conv.fracPct && kind !== 'growth';
  sm.rel({ t: 'rate', cell, num, den, k: frac ? 1 : 100, tol: (frac ? 0.5 * Math.pow(10, -dec - 2) : 0.5 * Math.pow(10, -dec)) + 1e-9, kind });
}

// multi-row header: cols = [{path:[...]}], from column c0 at row r0
function header(sm, r0, c0, leftHeads, cols) {
  const depth = Math.max(...cols.map((c) => c.path.length));
  leftHeads.forEach((h, i) => { sm.put(r0, c0 + i, h, { hdr: 1 }); sm.merge(r0, c0 + i, r0 + depth - 1, c0 + i); });
  const base = c0 + leftHeads.length;
  for (let lvl = 0; lvl < depth; lvl++) {
    let i = 0;
    while (i < cols.length) {
      const p = cols[i].path;
      if (p.length <= lvl) { i++; continue; }
      let j = i;
      const pre = p.slice(0, lvl + 1).join('|');
      while (j + 1 < cols.length && cols[j + 1].path.length > lvl && cols[j + 1].path.slice(0, lvl + 1).join('|') === pre && !(p.length === lvl + 1)) j++;
      sm.put(r0 + lvl, base + i, p[lvl], { hdr: 1 });
      const bottom = p.length === lvl + 1 ? r0 + depth - 1 : r0 + lvl;
      sm.merge(r0 + lvl, base + i, bottom, base + j);
      i = j + 1;
    }
  }
  return r0 + depth;
}
function titleBlock(sm, ncols, title, unitLine) {
  let r = 1;
  if (chance(0.3)) { sm.put(r, 1, pick(['附表' + ri(1, 6), '表' + ri(1, 9), '共青团统计报表-' + ri(1, 12)])); r++; }
  sm.put(r, 1, title, { title: 1 }); sm.merge(r, 1, r, ncols); r++;
  if (chance(0.5)) { sm.put(r, 1, '填报单位：共青团' + (sm.place || '江城市') + '委员会'); if (unitLine) { sm.put(r, ncols, unitLine, { al: 'right' }); } r++; }
  else if (unitLine) { sm.put(r, ncols, unitLine, { al: 'right' }); r++; }
  if (chance(0.3)) r++;
  return r;
}
function notes(sm, r, extra) {
  r += chance(0.5) ? 1 : 0;
  const ls = [];
  if (chance(0.7)) ls.push('注：' + (extra.length ? extra.map((e, i) => (extra.length > 1 ? i + 1 + '. ' : '') + e).join('；') : '本表数据截至' + (sm.year || 2024) + '年12月31日。'));
  if (chance(0.4)) ls.push('数据来源：“智慧团建”系统。');
  if (chance(0.6)) ls.push('填报人：' + pick(['王丽', '李强', '张敏', '刘洋']) + '        审核人：' + pick(['陈刚', '赵静', '孙伟']) + '        填报日期：' + ri(2023, 2025) + '年' + ri(1, 12) + '月' + ri(1, 28) + '日');
  if (chance(0.2)) ls.push('联系电话：0' + ri(700, 799) + '-' + ri(1000000, 8999999));
  for (const l of ls) { sm.put(r, 1, l); r++; }
}
function labelFn(style) {
  // returns function(kind, name, idx) for row names
  return (kind, name, idx) => {
    if (kind === 'leaf') return style.leafNum ? (style.leafNum === 'arabic' ? `${idx + 1}.${name}` : `（${CN[idx]}）${name}`) : style.indent ? '　　' + name : name;
    return name;
  };
}

// ---------- sheet type A: county rows, many columns ----------
function sheetCounty(sm, units, opt) {
  const dec = opt.dec;
  const cols = [];
  const addC = (key, path, kind = 'int') => cols.push({ key, path, kind });
  const h2 = chance(0.6);
  addC('qy', h2 ? ['非公企业', '企业总数'] : ['非公企业数']);
  addC('fg', h2 ? ['非公企业', '已建团组织企业数'] : ['已建团组织企业数']);
  addC('cov', h2 ? ['非公企业', '覆盖率（%）'] : ['团组织覆盖率（%）'], 'pct');
  const qz = chance(0.7);
  if (qz) { addC('zz', ['团组织数', '合计']); addC('dj', ['团组织数', '其中', '单独建']); addC('lh', ['团组织数', '其中', '联合建']); }
  else { addC('zz', ['建立团组织数']); }
  if (chance(0.6)) addC('newzz', ['本年新建团组织数']);
  const wan = opt.wan && chance(0.6);
  if (wan) cols.push({ key: 'qn', path: ['青年职工数（万人）'], kind: 'wan' }); else addC('qn', ['青年职工数']);
  addC('ty', ['团员数']);
  if (chance(0.7) && !wan) addC('tyr', ['团员占青年职工比例（%）'], 'pct');
  if (chance(0.6)) addC('tuiyou', ['推优入党人数']);
  const numbered = chance(0.3);
  const left = numbered ? ['序号', opt.regionHead] : [opt.regionHead];
  const ncols = left.length + cols.length;
  let r = titleBlock(sm, ncols, opt.title, pick(['单位：个、人、%', '单位：个，人', '单位：个/人/%', null]));
  r = header(sm, r, 1, left, cols);
  if (chance(0.25)) { for (let i = 0; i < ncols; i++) sm.put(r, i + 1, i < left.length ? (i === left.length - 1 ? '甲' : '乙') : String(i - left.length + 1), { al: 'center' }); r++; }
  // rows
  const groups = opt.groups; // [{name, units:[{name,u}]}] or null
  const rows = [];
  const style = { indent: chance(0.5), leafNum: groups && chance(0.4) ? pick(['arabic', 'paren']) : null };
  const lab = labelFn(style);
  const totalName = pick(['合计', '总计', opt.totName]);
  const totTop = chance(0.55);
  const tot = { label: totalName, kind: 'total', u: addU(units.map((x) => x.u)) };
  if (totTop) rows.push(tot);
  let qzRow = null;
  if (totTop && opt.qzRow) { const f = ru(0.15, 0.4); const q = {}; for (const k of SUMKEYS) q[k] = Math.round(tot.u[k] * f); q.fg = Math.min(q.fg, q.qy); q.zz = q.dj + q.lh; qzRow = { label: pick(['其中：开发区（园区）', '　其中：省级以上园区', '其中：楼宇']), kind: 'qz', u: q }; rows.push(qzRow); }
  if (opt.blank && totTop) rows.push({ kind: 'blankrow' });
  const subAfter = chance(0.5);
  if (groups) {
    groups.forEach((g, gi) => {
      const su = { label: subAfter ? '小计' : `${CN[gi]}、${g.name}`, kind: 'subtotal', u: addU(g.units.map((x) => x.u)), members: [] };
      if (subAfter) rows.push({ label: `${CN[gi]}、${g.name}`, kind: 'group' });
      else rows.push(su);
      g.units.forEach((x, i) => { const lr = { label: lab('leaf', x.name, i), kind: 'leaf', u: x.u }; su.members.push(lr); rows.push(lr); });
      if (subAfter) rows.push(su);
    });
  } else units.forEach((x, i) => rows.push({ label: lab('leaf', x.name, i), kind: 'leaf', u: x.u }));
  if (!totTop) rows.push(tot);
  const c0 = left.length + 1;
  let seq = 0;
  for (const row of rows) {
    row.r = r;
    if (row.kind === 'blankrow') { r++; continue; }
    if (numbered) sm.put(r, 1, row.kind === 'leaf' ? ++seq : null);
    sm.put(r, left.length, row.label, { bold: row.kind !== 'leaf' });
    if (row.kind !== 'group') cols.forEach((c, i) => {
      const u = row.u;
      let v;
      if (c.key === 'cov') v = u.qy ? (u.fg / u.qy) * 100 : 0;
      else if (c.key === 'tyr') v = u.qn ? (u.ty / u.qn) * 100 : 0;
      else v = u[c.key];
      const ad = c.kind === 'wan' ? sm.put(r, c0 + i, r2(v / 10000, 2), { fmt: '0.00' }) : numCell(sm, r, c0 + i, v, c.kind, dec);
      row[c.key] = ad;
    });
    r++;
  }
  // relations
  const leaves = rows.filter((x) => x.kind === 'leaf');
  const subs = rows.filter((x) => x.kind === 'subtotal');
  for (const c of cols) {
    if (c.kind !== 'int' && c.kind !== 'wan') continue;
    if (qzRow) sm.rel({ t: 'le', whole: tot[c.key], parts: [qzRow[c.key]], tol: 0 });
    if (c.kind === 'wan') { sm.rel({ t: 'sum', total: tot[c.key], parts: leaves.map((m) => m[c.key]), tol: leaves.length * 0.005 + 1e-9, kind: 'total', partKind: 'part' }); continue; }
    if (groups) {
      for (const s of subs) sm.rel({ t: 'sum', total: s[c.key], parts: s.members.map((m) => m[c.key]), tol: 0, kind: 'subtotal', partKind: 'part' });
      sm.rel({ t: 'sum', total: tot[c.key], parts: subs.map((m) => m[c.key]), tol: 0, kind: 'total', partKind: 'subtotal' });
    } else sm.rel({ t: 'sum', total: tot[c.key], parts: leaves.map((m) => m[c.key]), tol: 0, kind: 'total', partKind: 'part' });
  }
  for (const row of rows) {
    if (row.kind === 'group' || row.kind === 'blankrow') continue;
    if (row.cov) pctRel(sm, row.cov, row.fg, row.qy, dec, 'rate');
    if (row.tyr) pctRel(sm, row.tyr, row.ty, row.qn, dec, 'rate');
    if (row.dj) sm.rel({ t: 'sum', total: row.zz, parts: [row.dj, row.lh], tol: 0, kind: 'total', partKind: 'part' });
    sm.rel({ t: 'le', whole: row.qy, parts: [row.fg], tol: 0 });
    if (row.tuiyou) sm.rel({ t: 'le', whole: row.ty, parts: [row.tuiyou], tol: 0 });
  }
  const nt = [];
  if (cols.some((c) => c.key === 'cov')) nt.push('团组织覆盖率=已建团组织企业数÷非公企业数×100%');
  if (qz && chance(0.5)) nt.push('联合建指两家及以上企业联合建立的团组织');
  notes(sm, r, nt);
  sm.widths = { 1: numbered ? 6 : 18, 2: numbered ? 18 : 12 };
}

// ---------- sheet type B: by industry with 其中 rows, year on year ----------
function sheetIndustry(sm, opt) {
  const dec = opt.dec;
  const mk = (scale) => { const u = unit(scale); return u; };
  // structure
  const enterpriseSub = [pick(['规模以上企业', '规上企业']), pick(['高新技术企业', '互联网企业', '外资企业'])];
  const so = ['社会团体', '民办非企业单位', '基金会'];
  const ent = mk(3); const soU = so.map((n, i) => ({ n, u: mk(i === 2 ? 0.05 : 0.4) }));
  const soT = addU(soU.map((x) => x.u));
  const entQ = enterpriseSub.map(() => { const f = ru(0.1, 0.45); const o = {}; for (const k of SUMKEYS) o[k] = Math.round(ent[k] * f); return o; });
  const soQ = { }; { const f = ru(0.2, 0.5); for (const k of SUMKEYS) soQ[k] = Math.round(soU[0].u[k] * f); }
  const hasNew = chance(0.5);
  const newU = hasNew ? mk(0.3) : null;
  const tot = addU([ent, soT].concat(hasNew ? [newU] : []));
  const qzStyle = pick(['其中：', '　其中：', '#']);
  const rows = [];
  rows.push({ label: pick(['总计', '合计', '全省合计']), kind: 'total', u: tot });
  const e = { label: '一、非公有制企业', kind: 'subtotal', u: ent }; rows.push(e);
  entQ.forEach((q, i) => rows.push({ label: qzStyle === '#' ? '　　#' + enterpriseSub[i] : (i === 0 ? qzStyle + enterpriseSub[i] : '　　　　' + enterpriseSub[i]), kind: 'qz', parent: e, u: q }));
  const s = { label: '二、社会组织', kind: 'subtotal', u: soT, members: [] }; rows.push(s);
  soU.forEach((x, i) => { const lr = { label: `（${CN[i]}）${x.n}`, kind: 'leaf', u: x.u }; s.members.push(lr); rows.push(lr); if (i === 0 && chance(0.6)) { const q = { label: qzStyle === '#' ? '　　#行业协会商会' : qzStyle + '行业协会商会', kind: 'qz', parent: lr, u: soQ }; rows.push(q); } });
  if (hasNew) rows.push({ label: '三、新兴领域（快递、外卖、网约车等）', kind: 'subtotal', u: newU, members: [] });
  // columns
  const metrics = shuffle([['zz', '团组织数（个）', 'zz_p'], ['ty', '团员数（人）', 'ty_p'], ['qy', '单位数（个）', 'qy_p']]).slice(0, ri(2, 3));
  const cols = [];
  const diffCol = chance(0.6), grCol = chance(0.8) || !diffCol;
  for (const [k, name, kp] of metrics) {
    cols.push({ key: k, path: [name, pick(['本年', '本期', String(opt.year) + '年'])], kind: 'int' });
    cols.push({ key: kp, path: [name, pick(['上年', '上年同期', String(opt.year - 1) + '年'])], kind: 'int' });
    if (diffCol) cols.push({ key: k + '_d', path: [name, '增减'], kind: 'diff', cur: k, prev: kp });
    if (grCol) cols.push({ key: k + '_g', path: [name, pick(['增长（%）', '比上年增长%', '增幅（%）'])], kind: 'growth', cur: k, prev: kp });
  }
  const ncols = 1 + cols.length;
  let r = titleBlock(sm, ncols, opt.title, pick(['单位：个、人、%', null]));
  r = header(sm, r, 1, [pick(['类别', '项目', '指标'])], cols);
  for (const row of rows) {
    row.r = r;
    sm.put(r, 1, row.label);
    cols.forEach((c, i) => {
      const u = row.u;
      let v, kind = 'int';
      if (c.kind === 'int') v = u[c.key];
      else if (c.kind === 'diff') { v = u[c.cur] - u[c.prev]; }
      else { kind = 'growth'; v = u[c.prev] ? (u[c.cur] / u[c.prev] - 1) * 100 : null; }
      if (v === null) { row[c.key] = sm.put(r, 2 + i, '—'); return; }
      if (c.kind === 'diff' && v === 0) { row[c.key] = sm.put(r, 2 + i, 0, { fmt: '0' }); return; }
      row[c.key] = numCell(sm, r, 2 + i, v, kind === 'growth' ? 'g' : 'int', 1);
    });
    r++;
  }
  const tot0 = rows[0], subs = rows.filter((x) => x.kind === 'subtotal');
  for (const c of cols) {
    if (c.kind === 'int') {
      sm.rel({ t: 'sum', total: tot0[c.key], parts: subs.map((x) => x[c.key]), tol: 0, kind: 'total', partKind: 'subtotal' });
      sm.rel({ t: 'sum', total: s[c.key], parts: s.members.map((x) => x[c.key]), tol: 0, kind: 'subtotal', partKind: 'part' });
      for (const q of rows.filter((x) => x.kind === 'qz')) sm.rel({ t: 'le', whole: q.parent[c.key], parts: [q[c.key]], tol: 0 });
      const qs = rows.filter((x) => x.kind === 'qz' && x.parent === e);
      sm.rel({ t: 'le', whole: e[c.key], parts: qs.map((x) => x[c.key]), tol: 0 });
    }
    for (const row of rows) {
      if (c.kind === 'diff') sm.rel({ t: 'pp', cell: row[c.key], cur: row[c.cur], prev: row[c.prev], tol: 0, kind: 'growth' });
      if (c.kind === 'growth' && row.u[c.prev]) sm.rel({ t: 'growth', cell: row[c.key], cur: row[c.cur], prev: row[c.prev], tol: 0.05 + 1e-9, kind: 'growth' });
    }
  }
  notes(sm, r, chance(0.5) ? ['社会组织包括社会团体、民办非企业单位（社会服务机构）和基金会'] : []);
  sm.widths = { 1: 30 };
}

// ---------- sheet type C: regions as columns ----------
function sheetCols(sm, units, opt) {
  const dec = opt.dec;
  const ind = [
    ['qy', '非公企业数（个）', 'int'], ['fg', '已建团组织企业数（个）', 'int'], ['cov', '团组织覆盖率（%）', 'pct'],
    ['zz', '团组织数（个）', 'int'], ['dj', '其中：单独建（个）', 'int'], ['lh', '联合建（个）', 'int'],
    ['qn', '青年职工数（人）', 'int'], ['ty', '团员数（人）', 'int'], ['tyr', '团员占青年职工比例（%）', 'pct'], ['tuiyou', '推优入党人数（人）', 'int'],
  ].filter((x) => !(['tuiyou', 'tyr'].includes(x[0]) && chance(0.3)));
  const indentQ = chance(0.5);
  if (indentQ) { const d = ind.find((x) => x[0] === 'dj'); d[1] = '　其中：单独建（个）'; const l = ind.find((x) => x[0] === 'lh'); l[1] = '　　　　联合建（个）'; }
  const totName = pick(['合计', opt.totName, '总计']);
  const totFirst = chance(0.6);
  const list = totFirst ? [{ name: totName, u: addU(units.map((x) => x.u)), tot: 1 }].concat(units) : units.concat([{ name: totName, u: addU(units.map((x) => x.u)), tot: 1 }]);
  const ncols = 1 + list.length;
  let r = titleBlock(sm, ncols, opt.title, pick(['单位：个、人、%', null]));
  sm.put(r, 1, pick(['指标', '项目', '指标名称'])); list.forEach((x, i) => sm.put(r, 2 + i, x.name, { hdr: 1 })); r++;
  const at = {};
  for (const [k, lab, kind] of ind) {
    sm.put(r, 1, lab);
    list.forEach((x, i) => {
      const u = x.u; let v = k === 'cov' ? (u.fg / u.qy) * 100 : k === 'tyr' ? (u.ty / u.qn) * 100 : u[k];
      (at[i] = at[i] || {})[k] = numCell(sm, r, 2 + i, v, kind, dec);
    });
    r++;
  }
  const ti = totFirst ? 0 : list.length - 1;
  const others = list.map((_, i) => i).filter((i) => i !== ti);
  for (const [k, , kind] of ind) if (kind === 'int') sm.rel({ t: 'sum', total: at[ti][k], parts: others.map((i) => at[i][k]), tol: 0, kind: 'total', partKind: 'part' });
  list.forEach((_, i) => {
    const a = at[i];
    if (a.cov) pctRel(sm, a.cov, a.fg, a.qy, dec, 'rate');
    if (a.tyr) pctRel(sm, a.tyr, a.ty, a.qn, dec, 'rate');
    sm.rel({ t: 'sum', total: a.zz, parts: [a.dj, a.lh], tol: 0, kind: 'total', partKind: 'part' });
  });
  notes(sm, r, []);
  sm.widths = { 1: 26 };
}

// ---------- sheet type D: monthly 本月/累计 ----------
function sheetMonthly(sm, opt) {
  const months = ri(6, 12);
  const perM = Array.from({ length: months }, () => ({ zz: ri(3, 60), ty: ri(20, 400) }));
  perM.forEach((m) => { m.dj = Math.round(m.zz * ru(0.5, 0.9)); m.lh = m.zz - m.dj; if (chance(0.15)) { m.lh = 0; m.dj = m.zz; } });
  const hasQ = chance(0.6);
  const cols = [{ key: 'zz', path: ['新建团组织数', '本月'] }];
  if (hasQ) { cols.push({ key: 'dj', path: ['新建团组织数', '其中', '单独建'] }, { key: 'lh', path: ['新建团组织数', '其中', '联合建'] }); }
  cols.push({ key: 'zzc', path: ['新建团组织数', pick(['累计', '本年累计', '1月至本月累计'])] });
  cols.push({ key: 'ty', path: ['发展团员数', '本月'] }, { key: 'tyc', path: ['发展团员数', pick(['累计', '本年累计'])] });
  const target = chance(0.5);
  let tz, tt;
  if (target) { tz = Math.round(perM.reduce((a, m) => a + m.zz, 0) * ru(1.0, 1.6)); tt = Math.round(perM.reduce((a, m) => a + m.ty, 0) * ru(1.0, 1.5)); cols.push({ key: 'zr', path: ['新建团组织', '完成年度目标（%）'], kind: 'pct' }); }
  const ncols = 1 + cols.length;
  let r = titleBlock(sm, ncols, opt.title, pick(['单位：个、人', null]));
  if (target) { sm.put(r, 1, `年度目标：新建团组织${tz}个，发展团员${tt}人`); r++; }
  r = header(sm, r, 1, [pick(['月份', '时间'])], cols);
  let cz = 0, ct = 0, prev = null;
  const yr = opt.year;
  const mlab = pick([(i) => `${i + 1}月`, (i) => `${yr}年${i + 1}月`, (i) => `${i + 1}月份`]);
  perM.forEach((m, i) => {
    cz += m.zz; ct += m.ty;
    sm.put(r, 1, mlab(i));
    const row = {};
    cols.forEach((c, j) => {
      const v = c.key === 'zzc' ? cz : c.key === 'tyc' ? ct : c.key === 'zr' ? (cz / tz) * 100 : m[c.key];
      row[c.key] = numCell(sm, r, 2 + j, v, c.kind === 'pct' ? 'pct' : 'int', opt.dec);
    });
    if (hasQ) sm.rel({ t: 'sum', total: row.zz, parts: [row.dj, row.lh], tol: 0, kind: 'total', partKind: 'part' });
    if (prev) { sm.rel({ t: 'sum', total: row.zzc, parts: [prev.zzc, row.zz], tol: 0, kind: 'running', partKind: 'part' }); sm.rel({ t: 'sum', total: row.tyc, parts: [prev.tyc, row.ty], tol: 0, kind: 'running', partKind: 'part' }); }
    else { sm.rel({ t: 'sum', total: row.zzc, parts: [row.zz], tol: 0, kind: 'running' }); sm.rel({ t: 'sum', total: row.tyc, parts: [row.ty], tol: 0, kind: 'running' }); }
    prev = row; r++;
  });
  // the fraction rate's den is text in the title line -> not a cell relation; skip
  notes(sm, r, target ? ['完成年度目标=累计新建团组织数÷年度目标数×100%'] : []);
  sm.widths = { 1: 14 };
}

// ---------- sheet type E: shares ----------
function sheetShare(sm, opt) {
  const dec = opt.dec;
  const items = shuffle(INDUS).slice(0, ri(5, 9));
  if (!items.includes('其他行业')) items.push('其他行业'); else { items.splice(items.indexOf('其他行业'), 1); items.push('其他行业'); }
  const vals = items.map(() => ({ zz: ri(5, 400), ty: ri(30, 5000) }));
  const T = { zz: vals.reduce((a, v) => a + v.zz, 0), ty: vals.reduce((a, v) => a + v.ty, 0) };
  const cols = [{ key: 'zz', path: ['团组织', '数量（个）'] }, { key: 'zzs', path: ['团组织', '占比（%）'], kind: 'pct' }, { key: 'ty', path: ['团员', '人数（人）'] }, { key: 'tys', path: ['团员', '占比（%）'], kind: 'pct' }];
  const ncols = 1 + cols.length;
  let r = titleBlock(sm, ncols, opt.title, null);
  r = header(sm, r, 1, ['行业'], cols);
  const numb = chance(0.4);
  const totTop = chance(0.5);
  const rows = items.map((n, i) => ({ label: numb ? `${i + 1}.${n}` : n, v: vals[i] }));
  const tot = { label: pick(['合计', '总计']), v: T, tot: 1 };
  if (totTop) rows.unshift(tot); else rows.push(tot);
  for (const row of rows) {
    row.r = r; sm.put(r, 1, row.label);
    cols.forEach((c, j) => {
      const v = c.key === 'zzs' ? (row.v.zz / T.zz) * 100 : c.key === 'tys' ? (row.v.ty / T.ty) * 100 : row.v[c.key];
      if (row.tot && c.kind === 'pct') row[c.key] = sm.put(r, 2 + j, sm.conv.fracPct ? 1 : 100, { fmt: sm.conv.fracPct ? '0.0%' : '0.0' });
      else row[c.key] = numCell(sm, r, 2 + j, v, c.kind === 'pct' ? 'pct' : 'int', dec);
    });
    r++;
  }
  const leaves = rows.filter((x) => !x.tot);
  for (const k of ['zz', 'ty']) sm.rel({ t: 'sum', total: tot[k], parts: leaves.map((x) => x[k]), tol: 0, kind: 'total', partKind: 'part' });
  for (const row of leaves) { pctRel(sm, row.zzs, row.zz, tot.zz, dec, 'share'); pctRel(sm, row.tys, row.ty, tot.ty, dec, 'share'); }
  notes(sm, r, []);
  sm.widths = { 1: 30 };
}

// ---------- sheet type F: coverage change by county/town ----------
function sheetCoverage(sm, units, opt) {
  const dec = opt.dec;
  const cols = [
    { key: 'qy', path: ['非公企业数', '本年'] }, { key: 'qy_p', path: ['非公企业数', '上年'] },
    { key: 'fg', path: ['已建团组织企业数', '本年'] }, { key: 'fg_p', path: ['已建团组织企业数', '上年'] },
    { key: 'cov', path: ['团组织覆盖率（%）', '本年'], kind: 'pct' }, { key: 'cov_p', path: ['团组织覆盖率（%）', '上年'], kind: 'pct' }, { key: 'cov_d', path: ['团组织覆盖率（%）', pick(['增减（百分点）', '比上年增减（百分点）', '±百分点'])], kind: 'pp' },
  ];
  if (chance(0.5)) cols.push({ key: 'qy_g', path: ['非公企业数', '比上年增长（%）'], kind: 'g' });
  const ncols = 1 + cols.length;
  let r = titleBlock(sm, ncols, opt.title, null);
  r = header(sm, r, 1, [opt.regionHead], cols);
  const tot = { name: pick([opt.totName, '合计']), u: addU(units.map((x) => x.u)), tot: 1 };
  const totTop = chance(0.5);
  const list = totTop ? [tot].concat(units) : units.concat([tot]);
  const rows = [];
  const indent = chance(0.4);
  for (const x of list) {
    const row = { tot: x.tot };
    sm.put(r, 1, !x.tot && indent ? '　　' + x.name : x.name);
    const u = x.u;
    const cov = r2((u.fg / u.qy) * 100, dec), covp = r2((u.fg_p / u.qy_p) * 100, dec);
    cols.forEach((c, j) => {
      let v = c.key === 'cov' ? cov : c.key === 'cov_p' ? covp : c.key === 'cov_d' ? r2(cov - covp, dec) : c.key === 'qy_g' ? (u.qy / u.qy_p - 1) * 100 : u[c.key];
      if (c.kind === 'pp') { row[c.key] = sm.put(r, 2 + j, v, { fmt: dec === 1 ? '0.0' : '0.00' }); return; }
      row[c.key] = numCell(sm, r, 2 + j, v, c.kind === 'pct' ? 'pct' : c.kind === 'g' ? 'g' : 'int', c.kind === 'g' ? 1 : dec);
    });
    rows.push(row); r++;
  }
  const t = rows.find((x) => x.tot), leaves = rows.filter((x) => !x.tot);
  for (const k of ['qy', 'qy_p', 'fg', 'fg_p']) sm.rel({ t: 'sum', total: t[k], parts: leaves.map((x) => x[k]), tol: 0, kind: 'total', partKind: 'part' });
  const frac = sm.conv.fracPct;
  for (const row of rows) {
    pctRel(sm, row.cov, row.fg, row.qy, dec, 'rate'); pctRel(sm, row.cov_p, row.fg_p, row.qy_p, dec, 'rate');
    sm.rel({ t: 'pp', cell: row.cov_d, cur: row.cov, prev: row.cov_p, tol: (frac ? 0.01 : 1) * (0.5 * Math.pow(10, -dec)) * 2.01 + 1e-9, kind: 'pp', fracScale: frac ? 100 : 1 });
    if (row.qy_g) sm.rel({ t: 'growth', cell: row.qy_g, cur: row.qy, prev: row.qy_p, tol: 0.05 + 1e-9, kind: 'growth' });
  }
  notes(sm, r, ['增减（百分点）=本年覆盖率-上年覆盖率']);
  sm.widths = { 1: 16 };
}

// ---------- sheet type G: 上年末 + 本年新建 = 年末累计 by region ----------
function sheetCumul(sm, units, opt) {
  const cols = [{ key: 'open', path: ['团组织数（个）', pick(['上年末数', '上年底累计'])] }, { key: 'newzz', path: ['团组织数（个）', '本年新建'] }, { key: 'zz', path: ['团组织数（个）', pick(['累计', '年末累计', '本年末数'])] },
    { key: 'dj', path: ['团组织数（个）', '其中：单独建'] }];
  const withTy = chance(0.6);
  if (withTy) cols.push({ key: 'tyNew', path: ['团员（人）', '本年发展'] }, { key: 'ty', path: ['团员（人）', '年末团员数'] }, { key: 'tuiyou', path: ['团员（人）', '推优入党'] });
  const ncols = 1 + cols.length;
  let r = titleBlock(sm, ncols, opt.title, pick(['单位：个、人', null]));
  r = header(sm, r, 1, [opt.regionHead], cols);
  const tot = { name: pick([opt.totName, '合计']), u: addU(units.map((x) => x.u)), tot: 1 };
  const list = chance(0.5) ? [tot].concat(units) : units.concat([tot]);
  const rows = [];
  for (const x of list) {
    const row = { tot: x.tot }; sm.put(r, 1, x.name);
    const u = Object.assign({}, x.u, { open: x.u.zz - x.u.newzz });
    cols.forEach((c, j) => (row[c.key] = numCell(sm, r, 2 + j, u[c.key], 'int', 1)));
    rows.push(row); r++;
  }
  const t = rows.find((x) => x.tot), leaves = rows.filter((x) => !x.tot);
  for (const c of cols) sm.rel({ t: 'sum', total: t[c.key], parts: leaves.map((x) => x[c.key]), tol: 0, kind: 'total', partKind: 'part' });
  for (const row of rows) { sm.rel({ t: 'sum', total: row.zz, parts: [row.open, row.newzz], tol: 0, kind: 'running', partKind: 'part' }); sm.rel({ t: 'le', whole: row.zz, parts: [row.dj], tol: 0 }); }
  notes(sm, r, ['累计=上年末数+本年新建']);
  sm.widths = { 1: 16 };
}

// ---------- book ----------
function book(idx) {
  const year = ri(2021, 2024);
  const level = pick(['city', 'county', 'province']);
  const regionHead = level === 'county' ? pick(['乡镇（街道）', '街道/乡镇', '单位']) : level === 'city' ? pick(['县（市、区）', '县市区', '地区']) : pick(['市（州）', '地区']);
  const names = level === 'county' ? shuffle(TOWNS) : shuffle(COUNTIES);
  const n = ri(5, 12);
  const units = names.slice(0, n).map((name) => ({ name, u: unit(level === 'province' ? 4 : level === 'county' ? 0.25 : 1) }));
  // pp for frac: relation evaluated on fraction values with pp cell in points -> avoid: fracPct disables pp sheet type unless no frac
  const conv = () => ({ zero: pick(['—', '', '0']), textNums: VAR === 'b' ? pick([0, 0.1, 0.3]) : chance(0.2) ? 0.15 : 0, fracPct: chance(VAR === 'b' ? 0.25 : 0.12), thou: chance(0.3) });
  const sheets = [];
  const types = shuffle(['county', 'industry', 'cols', 'monthly', 'share', 'coverage'].concat(VAR !== 'a' ? ['cumul'] : [])).slice(0, ri(2, 4));
  const place = level === 'county' ? pick(['临江县', '白水县', '安平县']) : level === 'city' ? pick(['江城市', '云州市', '宁州市']) : pick(['东川省', '南湖省']);
  const used = new Set();
  for (const t of types) {
    let name, sm;
    const dec = pick([1, 1, 2]);
    const opt = { dec, year, regionHead, wan: VAR === 'b' && level === 'province', qzRow: VAR !== 'a' && chance(0.4), blank: VAR !== 'a' && chance(0.25), totName: level === 'county' ? '全县' : level === 'city' ? '全市' : '全省' };
    if (t === 'county') {
      name = pick(['分地区', '按地区', '表1 分县区', '各县区']); opt.title = `${place}${year}年非公企业和社会组织团建情况统计表`;
      sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv();
      let groups = null;
      if (units.length >= 6 && chance(0.45)) { const k = ri(2, Math.min(4, units.length - 2)); groups = [{ name: level === 'county' ? '街道' : '城区', units: units.slice(0, k) }, { name: level === 'county' ? '乡镇' : '县（市）', units: units.slice(k) }]; }
      opt.groups = groups; sheetCounty(sm, groups ? groups.flatMap((g) => g.units) : units, opt);
    } else if (t === 'industry') { name = pick(['分领域', '按类别', '分类型']); opt.title = `${place}非公企业和社会组织团组织建设情况（分领域）`; sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv(); sheetIndustry(sm, opt); }
    else if (t === 'cols') { name = pick(['主要指标', '指标汇总', '汇总表']); opt.title = `${year}年${place}“两新”组织团建主要指标`; sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv(); sheetCols(sm, units.slice(0, Math.min(units.length, 9)), opt); }
    else if (t === 'monthly') { name = pick(['月报', '分月进度', '本月累计']); opt.title = `${year}年${place}“两新”领域团建工作进度表`; sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv(); sm.conv.fracPct = false; sheetMonthly(sm, opt); }
    else if (t === 'share') { name = pick(['分行业', '行业分布']); opt.title = `非公企业团组织分行业情况`; sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv(); sheetShare(sm, opt); }
    else if (t === 'cumul') { name = pick(['新建情况', '累计情况']); opt.title = `${place}${year}年“两新”组织新建团组织情况`; sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv(); sheetCumul(sm, units, opt); }
    else { name = pick(['覆盖率', '覆盖情况', '比上年']); opt.title = `${place}非公企业团组织覆盖情况（${year}年与${year - 1}年比较）`; sm = new SM(name); sm.year = year; sm.place = place; sm.conv = conv(); sm.conv.fracPct = false; sheetCoverage(sm, units, opt); }
    while (used.has(sm.name)) sm.name += '2';
    used.add(sm.name); sm.rels.forEach((x) => (x.sheet = sm.name));
    sheets.push(sm);
  }
  return sheets;
}

function valOf(cell) { if (!cell) return null; return cell.v; }
function check(sheets) {
  const bad = [];
  for (const sm of sheets) for (const rel of sm.rels) { const e = evalRel(rel, (a) => valOf(sm.cells[a])); if (e !== null && e > 1e-9) bad.push(rel); }
  return bad;
}
function tryPlant(sheets, kind) {
  const cands = [];
  for (const sm of sheets) for (const rel of sm.rels) {
    if (rel.t === 'sum') {
      if (['total', 'subtotal', 'running'].includes(kind) && rel.kind === kind) cands.push([sm, rel.total]);
      if (kind === 'part' && rel.partKind === 'part') for (const p of rel.parts) cands.push([sm, p]);
      if (kind === 'subtotal' && rel.partKind === 'subtotal') for (const p of rel.parts) cands.push([sm, p]);
    } else if ((rel.t === 'rate' && rel.kind === kind) || ((rel.t === 'growth' || rel.t === 'pp') && rel.kind === kind)) cands.push([sm, rel.cell]);
  }
  if (!cands.length) return null;
  for (let tries = 0; tries < 30; tries++) {
    const [sm, ad] = pick(cands);
    const cell = sm.cells[ad]; if (!cell) continue;
    const was = cell.v;
    const n = typeof was === 'number' ? was : Number(was);
    if (!Number.isFinite(n) || was === null || was === '—') continue;
    let now;
    const isFrac = cell.fmt && cell.fmt.includes('%');
    const dec = cell.fmt === '0.00' || cell.fmt === '0.00%' ? 2 : cell.fmt === '0.0' || cell.fmt === '0.0%' ? 1 : 0;
    if (['rate', 'share', 'growth', 'pp'].includes(kind)) {
      const pts = ru(3, 12) * (chance(0.5) ? 1 : -1);
      now = isFrac ? r2(n + pts / 100, dec + 2) : r2(n + pts, dec);
      if (kind !== 'growth' && kind !== 'pp' && (now < 0 || now > (isFrac ? 1 : 100))) now = isFrac ? r2(n - pts / 100, dec + 2) : r2(n - pts, dec);
    } else {
      if (n < 15) continue;
      now = Math.round(n * (1 + ru(0.05, 0.3) * (chance(0.5) ? 1 : -1)));
    }
    if (now === n) continue;
    const saved = cell.v;
    cell.v = cell.text ? (dec ? now.toFixed(dec) : String(now)) : now;
    const bad = check(sheets);
    if (bad.length >= 1 && bad.every((b) => relCells(b).includes(ad) && b.sheet === sm.name)) return { sheet: sm.name, cell: ad, was: saved, now: cell.v, kind };
    cell.v = saved;
  }
  return null;
}

function contiguous(ps) { const m = ps.map((a) => a.match(/^([A-Z]+)(\d+)$/)); return m.every((x) => x[1] === m[0][1]) && m.every((x, i) => +x[2] === +m[0][2] + i); }
async function write(sheets, file, formulas) {
  const wb = new ExcelJS.Workbook();
  for (const sm of sheets) {
    const ws = wb.addWorksheet(sm.name);
    for (const [ad, c] of Object.entries(sm.cells)) {
      const cell = ws.getCell(ad);
      cell.value = c.v === undefined ? null : c.v;
      if (c.fmt) cell.numFmt = c.fmt;
      if (c.text) cell.numFmt = '@';
      if (c.hdr) { cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cell.font = { bold: true }; cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }; }
      if (c.title) { cell.font = { bold: true, size: 16 }; cell.alignment = { horizontal: 'center' }; }
      if (c.al) cell.alignment = { horizontal: c.al };
      if (c.bold) cell.font = { bold: true };
    }
    if (formulas) for (const rel of sm.rels) {
      if (rel.t === 'sum' && rel.tol === 0 && rel.parts.length > 1 && !sm.cells[rel.total].text) { const c = ws.getCell(rel.total); if (typeof c.value === 'number') c.value = { formula: rel.parts.length > 3 && contiguous(rel.parts) ? `SUM(${rel.parts[0]}:${rel.parts[rel.parts.length - 1]})` : rel.parts.join('+'), result: c.value }; }
      if (rel.t === 'rate' && rel.k === 100 && formulas === 2) { const c = ws.getCell(rel.cell); if (typeof c.value === 'number') c.value = { formula: `ROUND(${rel.num}/${rel.den}*100,${(c.numFmt || '0.0').split('.')[1].length})`, result: c.value }; }
    }
    for (const m of sm.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    for (const [c, w] of Object.entries(sm.widths)) ws.getColumn(+c).width = w;
    for (let c = 2; c <= 20; c++) if (!sm.widths[c]) ws.getColumn(c).width = 11;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const relDir = path.join(__dirname, 'rel'); fs.mkdirSync(relDir, { recursive: true });
  const setName = path.basename(OUT);
  const manifest = [];
  const KA = process.argv.find((a) => a.startsWith('--kinds=')); const kinds = KA ? KA.slice(8).split(',') : ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  const ALLPL = process.argv.includes('--all');
  let k = 0;
  for (let i = 0; i < N; i++) {
    const sheets = book(i);
    const bad0 = check(sheets);
    if (bad0.length) { console.error('GEN BUG', i, JSON.stringify(bad0[0])); process.exit(2); }
    const file = `${setName}_${String(i + 1).padStart(3, '0')}.xlsx`;
    let plants = [];
    if (!CLEAN_ONLY && (ALLPL || i % 2 === 1)) {
      let p = null;
      for (let t = 0; t < kinds.length && !p; t++) { p = tryPlant(sheets, kinds[(k + t) % kinds.length]); }
      k++;
      if (p) plants = [p];
    }
    await write(sheets, path.join(OUT, file), VAR === 'c' && !plants.length && chance(0.5) ? pick([1, 2]) : 0);
    fs.writeFileSync(path.join(relDir, `${setName}__${file}.json`), JSON.stringify({ set: setName, file, rels: sheets.flatMap((s) => s.rels) }));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(setName, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})();
