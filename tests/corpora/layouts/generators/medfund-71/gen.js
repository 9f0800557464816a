// Round 71B generator: medical insurance fund tables. node gen.js
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
let seed = 710271;
function R() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const U = (a, b) => a + (b - a) * R(); const I = (a, b) => Math.floor(U(a, b + 1)); const pick = (a) => a[Math.min(a.length - 1, Math.floor(R() * a.length))]; const chance = (p) => R() < p;
const rnd = (x, dp) => { const f = 10 ** dp; const y = Math.round(Math.abs(x) * f + 1e-7) / f; return x < 0 ? -y : y; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const COUNTIES = ['城关区', '东城区', '西湖县', '南山县', '北川县', '青河县', '临江县', '平安县', '高新区', '经开区', '安宁县', '长乐县', '永和县', '白水县', '石门县'];
const CITIES = ['云州市', '江陵市', '安平市', '青川市', '临海市', '南陵市'];

class Book {
  constructor(o) { this.sheets = []; this.rels = []; this.dps = {}; this.cands = []; this.o = o; }
  sheet(name) { const s = { name, cells: new Map(), merges: [], widths: {} }; this.sheets.push(s); return s; }
}
const txt = (s, r, c, t) => { s.cells.set(r + ',' + c, { t }); };
function num(b, s, r, c, val, dp, ex = {}) {
  const n = rnd(val, dp); const ref = s.name + '!' + A(r, c);
  s.cells.set(r + ',' + c, { n, dp, ...ex }); b.dps[ref] = dp;
  if (ex.cand) b.cands.push({ ref, kind: ex.cand, s, key: r + ',' + c, label: ex.label || '' });
  return ref;
}
function dash(b, s, r, c) { const ref = s.name + '!' + A(r, c); s.cells.set(r + ',' + c, { t: pick(['—', '—', '-', '－']) }); b.dps[ref] = 0; return ref; }
const lin = (b, t, terms) => b.rels.push({ type: 'lin', t, terms });
const sumRel = (b, t, parts) => lin(b, t, parts.map((p) => [1, p]));
const ratio = (b, t, n, d, k) => b.rels.push({ type: 'ratio', t, num: n, den: d, k });
const growth = (b, t, cur, prev) => b.rels.push({ type: 'growth', t, cur, prev });
const le = (b, part, whole) => b.rels.push({ type: 'le', part, whole });

// ---------- data ----------
const C = (yuan) => Math.round(yuan * 100);
function genFund(scale, o = {}) {
  const f = {};
  f.zj = C(scale * U(0.5, 0.68)); f.cz = C(scale * U(0.25, 0.4)); f.lx = C(scale * U(0.004, 0.015)); f.qt = o.noQt ? 0 : chance(0.5) ? C(scale * U(0.002, 0.01)) : 0;
  f.incT = f.zj + f.cz + f.lx + f.qt;
  const deficit = o.deficit !== undefined ? o.deficit : chance(0.2);
  const E = f.incT * (deficit ? U(1.03, 1.15) : U(0.8, 0.97));
  f.zy = C(E / 100 * U(0.5, 0.62)); f.eq = o.noEq ? 0 : chance(0.4) ? C(E / 100 * U(0.01, 0.04)) : 0; f.mz = Math.round(E) - f.zy - f.eq;
  f.expT = f.zy + f.mz + f.eq; f.bal = f.incT - f.expT;
  f.pcum = o.pcum !== undefined ? o.pcum : C(scale * U(0.4, 1.4)); f.cum = f.pcum + f.bal;
  derive(f); return f;
}
function derive(f) { f.oth = f.lx + f.qt; f.mon = f.cum / (f.expT / 12); return f; }
function prevOf(F) {
  const P = {}; for (const k of ['zj', 'cz', 'lx', 'qt', 'zy', 'mz', 'eq']) P[k] = F[k] ? Math.round(F[k] / U(0.95, 1.18)) : 0;
  P.incT = P.zj + P.cz + P.lx + P.qt; P.expT = P.zy + P.mz + P.eq; P.bal = P.incT - P.expT; P.cum = F.pcum; P.pcum = P.cum - P.bal; return derive(P);
}
function sumFunds(fs) { const T = {}; for (const k of ['zj', 'cz', 'lx', 'qt', 'zy', 'mz', 'eq', 'incT', 'expT', 'bal', 'pcum', 'cum']) T[k] = fs.reduce((a, f) => a + f[k], 0); return derive(T); }
function genEnroll(scale) { const w = Math.round(scale * U(0.7, 0.8)), r = Math.round(w / U(2.2, 3.6)), res = Math.round(scale * U(3, 6)); const pop = Math.round((w + r + res) / U(0.93, 0.995)); return { w, r, res, emp: w + r, tot: w + r + res, pop }; }
const UNITS = { '元': 1, '万元': 1e4, '亿元': 1e8 };
const pctOf = (c, p) => (c > 0 && p > 0 ? (c / p - 1) * 100 : null);

// ---------- layout helpers ----------
function header2(s, r, c, groups) {
  // groups: [{label, subs:[..]}] or {label} single; writes two header rows, returns col count
  let cc = c;
  for (const g of groups) {
    if (!g.subs) { txt(s, r, cc, g.label); s.merges.push([r, cc, r + 1, cc]); cc++; }
    else { txt(s, r, cc, g.label); if (g.subs.length > 1) s.merges.push([r, cc, r, cc + g.subs.length - 1]); g.subs.forEach((x, i) => txt(s, r + 1, cc + i, x)); cc += g.subs.length; }
  }
  return cc - c;
}
function titleBlock(b, s, ncols, title, o) {
  let r = 1;
  const unitStr = o.unitStr || '万元';
  let t = title; if (o.unitWhere === 'title') t += `（单位：${unitStr}）`;
  txt(s, r, 1, t); s.merges.push([r, 1, r, Math.max(ncols, 2)]); r++;
  if (o.filler) { txt(s, r, 1, '填报单位：' + (o.org || '医疗保障局')); txt(s, r, Math.max(3, ncols - 1), '填报日期：' + pick(['2024年1月20日', '2024-02-05', '2023年10月12日'])); if (o.unitWhere === 'line') { txt(s, r, Math.max(ncols, 4) + 0, '单位：' + unitStr); } r++; }
  else if (o.unitWhere === 'line') { txt(s, r, Math.max(ncols, 2), '单位：' + unitStr); r++; }
  if (o.blankAfterTitle) r++;
  return r;
}
function notes(s, r, ncols, lines) { r++; for (const l of lines) { txt(s, r, 1, l); if (chance(0.5)) s.merges.push([r, 1, r, Math.max(2, ncols)]); r++; } return r; }

// L1: indicators as rows, periods as columns
function L1(b, s, r0, o) {
  const F = o.F, P = o.P, div = UNITS[o.unit], dp = o.dp;
  const cols = o.cols; // subset of cur prev diff pct
  const rows = [];
  const showQt = o.showQt !== undefined ? o.showQt : F.qt !== 0 || chance(0.4);
  const showEq = o.showEq !== undefined ? o.showEq : F.eq !== 0 || chance(0.3);
  const incParts = ['zj', 'cz', 'lx'].concat(showQt ? ['qt'] : []);
  const expParts = ['zy', 'mz'].concat(showEq ? ['eq'] : []);
  const L = { incT: '一、基金收入', zj: '其中：征缴收入', cz: '      财政补贴收入', lx: '      利息收入', qt: '      其他收入', expT: '二、基金支出', zy: '其中：住院费用支出', mz: '      门诊费用支出', eq: '      其他支出', bal: '三、当期结余', pcum: '四、上年末累计结余', cum: '五、年末累计结余', mon: '六、累计结余可支付月数' };
  if (o.plainLabels) { L.incT = '基金收入'; L.expT = '基金支出'; L.bal = '当期结余'; L.pcum = '上年末累计结余'; L.cum = '累计结余'; L.mon = '支付月数（月）'; L.cz = '  财政补贴'; }
  rows.push('incT', ...incParts); if (o.blankSep) rows.push(null); rows.push('expT', ...expParts); if (o.blankSep) rows.push(null); rows.push('bal');
  if (o.pcumRow !== false) rows.push('pcum'); rows.push('cum'); if (o.mon) rows.push('mon');
  let c = 1; const labelCol = c++; const hcCol = o.hangci ? c++ : 0; const unitCol = o.unitCol ? c++ : 0;
  const colIdx = {}; for (const k of cols) colIdx[k] = c++;
  const ncols = c - 1;
  const yr = o.year || 2023;
  const CL = { cur: pick([`${yr}年`, '本年', '本期数', `${yr}年决算数`]), prev: pick([`${yr - 1}年`, '上年', '上年同期', `${yr - 1}年决算数`]), diff: pick(['增减额', '比上年增减', '增减']), pct: pick(['比上年增长（%）', '增长率（%）', '增幅%', '同比增长(%)']) };
  let r = r0;
  if (o.twoRowHeader && cols.length >= 3 && cols.indexOf('prev') === 1) {
    const groups = [{ label: '项目' }]; if (hcCol) groups.push({ label: '行次' }); if (unitCol) groups.push({ label: '单位' });
    const amt = cols.filter((k) => k === 'cur' || k === 'prev'), chg = cols.filter((k) => k === 'diff' || k === 'pct');
    if (amt.length) groups.push({ label: '金额', subs: amt.map((k) => CL[k]) }); if (chg.length) groups.push({ label: '比上年', subs: chg.map((k) => (k === 'diff' ? '增减额' : '增长（%）')) });
    header2(s, r, 1, groups); r += 2;
  } else {
    txt(s, r, labelCol, o.labelHead || '项目'); if (hcCol) txt(s, r, hcCol, '行次'); if (unitCol) txt(s, r, unitCol, '单位'); for (const k of cols) txt(s, r, colIdx[k], CL[k]); r++;
  }
  const ref = { cur: {}, prev: {}, diff: {}, pct: {} };
  let hc = 1;
  for (const key of rows) {
    if (key === null) { r++; continue; }
    txt(s, r, labelCol, L[key] + (o.footMark && key === o.footMark ? pick(['①', '*', '(1)']) : ''));
    if (hcCol) s.cells.set(r + ',' + hcCol, { n: hc++, dp: 0, plain: true });
    if (unitCol) txt(s, r, unitCol, key === 'mon' ? '月' : o.unit);
    const isMon = key === 'mon'; const vdp = isMon ? 1 : dp;
    const val = (f) => (isMon ? f.mon : f[key] / 100 / div);
    for (const k of cols) {
      const cc = colIdx[k];
      if (k === 'cur' || k === 'prev') {
        const f = k === 'cur' ? F : P;
        if (key === 'pcum' && o.pcumBlankPrev && k === 'prev') continue;
        if (f[key] === 0 && key !== 'bal') { ref[k][key] = dash(b, s, r, cc); continue; }
        ref[k][key] = num(b, s, r, cc, val(f), vdp, { cand: key === 'incT' || key === 'expT' || key === 'bal' || key === 'cum' || (key === 'zj' && k === 'cur') ? 'amt' : isMon ? 'mon' : null, label: L[key].trim() + CL[k] });
      } else if (key === 'pcum' && o.pcumBlankPrev) { continue;
      } else if (k === 'diff') {
        ref.diff[key] = num(b, s, r, cc, val(F) - val(P), vdp, { cand: 'amt', label: L[key].trim() + '增减额' });
      } else if (k === 'pct') {
        const g = isMon ? null : pctOf(F[key], P[key]);
        if (g === null) { txt(s, r, cc, '—'); continue; }
        ref.pct[key] = num(b, s, r, cc, g, o.pdp, { cand: 'pct', label: L[key].trim() + '增长率' });
      }
    }
    r++;
  }
  for (const k of ['cur', 'prev']) {
    if (!cols.includes(k)) continue; const x = ref[k];
    const f = k === 'cur' ? F : P;
    sumRel(b, x.incT, incParts.map((p) => x[p]));
    if (f.qt && !showQt) throw new Error('qt hidden');
    sumRel(b, x.expT, expParts.map((p) => x[p])); if (f.eq && !showEq) throw new Error('eq hidden');
    lin(b, x.bal, [[1, x.incT], [-1, x.expT]]);
    if (x.pcum) lin(b, x.cum, [[1, x.pcum], [1, x.bal]]);
    if (x.mon) ratio(b, x.mon, x.cum, x.expT, 12);
  }
  if (cols.includes('cur') && cols.includes('prev') && ref.cur.pcum && ref.prev.cum) lin(b, ref.cur.pcum, [[1, ref.prev.cum]]);
  if (cols.includes('diff')) for (const key of Object.keys(ref.diff)) lin(b, ref.diff[key], [[1, ref.cur[key]], [-1, ref.prev[key]]]);
  if (cols.includes('pct')) for (const key of Object.keys(ref.pct)) growth(b, ref.pct[key], ref.cur[key], ref.prev[key]);
  return { r, ncols, ref, rows, incParts, expParts };
}

// L2: entities (counties) as rows, indicators as columns
function L2(b, s, r0, o) {
  const ents = o.ents; const div = UNITS[o.unit], dp = o.dp;
  const T = sumFunds(ents.map((e) => e.F)); const all = ents.map((e) => ({ name: e.name, F: e.F }));
  const totalRow = { name: o.totalLabel, F: T, total: true };
  const list = o.totalPos === 'top' ? [totalRow, ...all] : [...all, totalRow];
  const anyEq = ents.some((e) => e.F.eq), anyOth = true;
  const incParts = o.fullInc ? ['zj', 'cz', 'oth'] : ['zj', 'cz'];
  const expParts = anyEq ? (o.fullExp ? ['zy', 'mz', 'eq'] : ['zy', 'mz']) : ['zy', 'mz'];
  const expFull = !anyEq || o.fullExp;
  const LB = { incT: '合计', zj: '其中：征缴收入', cz: '财政补贴', oth: '利息及其他', expT: '合计', zy: '其中：住院', mz: '门诊', eq: '其他', bal: '当期结余', pcum: '上年末累计结余', cum: '累计结余', mon: '可支付月数' };
  const groups = [{ label: o.nameHead || '县（市、区）' }, { label: '基金收入', subs: ['incT', ...incParts] }, { label: '基金支出', subs: ['expT', ...expParts] }, { label: 'bal' }];
  if (o.pcum) groups.push({ label: 'pcum' }); groups.push({ label: 'cum' }); if (o.mon) groups.push({ label: 'mon' });
  const keys = []; const hdr = [];
  for (const g of groups) { if (g.subs) { keys.push(...g.subs); hdr.push({ label: g.label, subs: g.subs.map((k) => (k === 'incT' || k === 'expT' ? (o.subTotalLabel || '合计') : LB[k])) }); } else if (g.label in LB) { keys.push(g.label); hdr.push({ label: LB[g.label] }); } else { keys.push('name'); hdr.push(g); } }
  let r = r0;
  if (o.singleHeader) { let c = 1; for (const k of keys) { txt(s, r, c++, k === 'name' ? (o.nameHead || '地区') : k === 'incT' ? '基金收入' : k === 'expT' ? '基金支出' : LB[k] === '合计' ? k : LB[k].replace('其中：', k === 'zj' || k === 'zy' ? '其中：' : '')); } r++; }
  else { header2(s, r, 1, hdr); r += 2; }
  if (o.colNumbers) { txt(s, r, 1, '甲'); for (let i = 1; i < keys.length; i++) s.cells.set(r + ',' + (i + 1), { n: i, dp: 0, plain: true }); r++; }
  const refs = [];
  for (const e of list) {
    if (e.total && o.blankBeforeTotal && o.totalPos !== 'top') r++;
    const x = {}; txt(s, r, 1, e.name);
    keys.forEach((k, i) => {
      if (k === 'name') return; const c = i + 1;
      if (k === 'mon') x[k] = num(b, s, r, c, e.F.mon, 1, { cand: 'mon', label: e.name + '可支付月数' });
      else if (e.F[k] === 0 && k !== 'bal') x[k] = dash(b, s, r, c);
      else x[k] = num(b, s, r, c, e.F[k] / 100 / div, dp, { cand: e.total || k === 'bal' || k === 'cum' || k === 'incT' || k === 'expT' ? 'amt' : chance(0.3) ? 'amt' : null, label: e.name + (k === 'incT' ? '基金收入' : k === 'expT' ? '基金支出' : LB[k]) });
    });
    refs.push({ e, x }); r++;
    if (e.total && o.blankAfterTotal && o.totalPos === 'top') r++;
  }
  for (const { x } of refs) {
    if (o.fullInc) sumRel(b, x.incT, incParts.map((p) => x[p])); else incParts.forEach((p) => le(b, x[p], x.incT));
    if (expFull) sumRel(b, x.expT, expParts.map((p) => x[p])); else expParts.forEach((p) => le(b, x[p], x.expT));
    lin(b, x.bal, [[1, x.incT], [-1, x.expT]]);
    if (x.pcum) lin(b, x.cum, [[1, x.pcum], [1, x.bal]]);
    if (x.mon) ratio(b, x.mon, x.cum, x.expT, 12);
  }
  const tot = refs.find((q) => q.e.total).x; const parts = refs.filter((q) => !q.e.total).map((q) => q.x);
  for (const k of keys) if (k !== 'name' && k !== 'mon') sumRel(b, tot[k], parts.map((p) => p[k]));
  return { r, ncols: keys.length, refs };
}

// L2b: enrollment by county
function L2b(b, s, r0, o) {
  const ents = o.ents; const withRes = o.withRes;
  const T = { name: o.totalLabel, E: {}, total: true }; for (const k of ['w', 'r', 'res', 'emp', 'tot', 'pop']) T.E[k] = ents.reduce((a, e) => a + e.E[k], 0);
  if (!withRes) for (const x of [...ents, T]) { x.E = { ...x.E }; x.E.tot = x.E.emp; x.E.pop = Math.round(x.E.emp / (withRes ? 1 : 1) / U(0.9, 0.99)); }
  if (!withRes) T.E.pop = ents.reduce((a, e) => a + e.E.pop, 0);
  const list = o.totalPos === 'top' ? [T, ...ents] : [...ents, T];
  const hdr = [{ label: o.nameHead || '地区' }, { label: '参保人数合计' }];
  const keys = ['name', 'tot'];
  if (withRes) { hdr.push({ label: '职工医保', subs: ['小计', '在职', '退休'] }, { label: '城乡居民医保' }); keys.push('emp', 'w', 'r', 'res'); }
  else { hdr.push({ label: '其中', subs: ['在职职工', '退休人员'] }); keys.push('w', 'r'); }
  hdr.push({ label: o.ratioLabel || '在职退休比' }, { label: withRes ? '户籍人口' : '应参保人数' }, { label: '参保率（%）' }); keys.push('wr', 'pop', 'rate');
  let r = r0; header2(s, r, 1, hdr); r += 2;
  const refs = [];
  for (const e of list) {
    if (e.total && o.blankBeforeTotal && o.totalPos !== 'top') r++;
    txt(s, r, 1, e.name); const x = {};
    keys.forEach((k, i) => {
      if (k === 'name') return; const c = i + 1;
      if (k === 'wr') { if (o.ratioText) { const v = rnd(e.E.w / e.E.r, 2); s.cells.set(r + ',' + c, { t: v.toFixed(2) + ':1' }); x[k] = num(b, { name: s.name, cells: new Map() }, r, c, v, 2); } else x[k] = num(b, s, r, c, e.E.w / e.E.r, 2, { cand: 'ratio', label: e.name + '在职退休比' }); }
      else if (k === 'rate') x[k] = num(b, s, r, c, e.E.tot / e.E.pop * 100, o.rdp, { cand: 'pct', label: e.name + '参保率' });
      else if (o.wanren) x[k] = num(b, s, r, c, e.E[k] / 1e4, 2, { cand: e.total || k === 'tot' ? 'amt' : null, label: e.name + k });
      else x[k] = num(b, s, r, c, e.E[k], 0, { cand: e.total || k === 'tot' || k === 'emp' ? 'cnt' : null, label: e.name + k });
    });
    refs.push({ e, x }); r++;
  }
  for (const { x } of refs) {
    if (withRes) { sumRel(b, x.tot, [x.emp, x.res]); sumRel(b, x.emp, [x.w, x.r]); } else sumRel(b, x.tot, [x.w, x.r]);
    ratio(b, x.wr, x.w, x.r, 1); ratio(b, x.rate, x.tot, x.pop, 100);
  }
  const tot = refs.find((q) => q.e.total).x; const parts = refs.filter((q) => !q.e.total).map((q) => q.x);
  for (const k of keys) if (!['name', 'wr', 'rate'].includes(k)) sumRel(b, tot[k], parts.map((p) => p[k]));
  return { r, ncols: keys.length };
}

// L3: monthly rows
function genMonths(n, scale) {
  const ms = []; let cum = C(scale * U(2, 6));
  const open = cum;
  for (let i = 0; i < n; i++) { const inc = C(scale * U(0.7, 1.3)); const exp = C(scale * U(0.65, 1.25)); cum += inc - exp; ms.push({ inc, exp, bal: inc - exp, cum }); }
  return { open, ms };
}
function L3(b, s, r0, o) {
  const { open, ms } = o.M; const div = UNITS[o.unit], dp = o.dp; const n = ms.length;
  let r = r0; const variant = o.variant;
  const totLabel = pick([`1-${n}月累计`, '合计', `1—${n}月`, '累计']);
  if (variant === 'A') {
    ['月份', '基金收入', '基金支出', '当期结余', '累计结余'].forEach((h, i) => txt(s, r, i + 1, h)); r++;
    const rowsRefs = []; let totR = null;
    if (o.totalPos === 'top') { totR = r++; }
    txt(s, r, 1, pick(['上年结转', '年初累计结余', '上年末'])); const openRef = num(b, s, r, 5, open / 100 / div, dp); r++;
    ms.forEach((m, i) => { txt(s, r, 1, `${i + 1}月`); const x = { inc: num(b, s, r, 2, m.inc / 100 / div, dp, { cand: chance(0.3) ? 'amt' : null, label: `${i + 1}月收入` }), exp: num(b, s, r, 3, m.exp / 100 / div, dp), bal: num(b, s, r, 4, m.bal / 100 / div, dp, { cand: 'amt', label: `${i + 1}月当期结余` }), cum: num(b, s, r, 5, m.cum / 100 / div, dp, { cand: 'amt', label: `${i + 1}月累计结余` }) }; rowsRefs.push(x); r++; });
    if (o.totalPos !== 'top') { if (o.blankBeforeTotal) r++; totR = r++; }
    txt(s, totR, 1, totLabel); const T = { inc: ms.reduce((a, m) => a + m.inc, 0), exp: ms.reduce((a, m) => a + m.exp, 0) };
    const tx = { inc: num(b, s, totR, 2, T.inc / 100 / div, dp, { cand: 'amt', label: '累计收入' }), exp: num(b, s, totR, 3, T.exp / 100 / div, dp, { cand: 'amt', label: '累计支出' }), bal: num(b, s, totR, 4, (T.inc - T.exp) / 100 / div, dp, { cand: 'amt', label: '累计结余合计' }) };
    if (o.totalCum) { tx.cum = num(b, s, totR, 5, ms[n - 1].cum / 100 / div, dp); lin(b, tx.cum, [[1, rowsRefs[n - 1].cum]]); } else if (chance(0.5)) txt(s, totR, 5, '—');
    let prev = openRef;
    for (const x of [...rowsRefs]) { lin(b, x.bal, [[1, x.inc], [-1, x.exp]]); lin(b, x.cum, [[1, prev], [1, x.bal]]); prev = x.cum; }
    lin(b, tx.bal, [[1, tx.inc], [-1, tx.exp]]);
    for (const k of ['inc', 'exp', 'bal']) sumRel(b, tx[k], rowsRefs.map((x) => x[k]));
  } else { // B: 本月 / 1-本月累计 for income and expense
    header2(s, r, 1, [{ label: '月份' }, { label: '基金收入', subs: ['本月', '1-本月累计'] }, { label: '基金支出', subs: ['本月', '1-本月累计'] }, { label: '本月结余' }]); r += 2;
    let ci = 0, ce = 0; let pi = null, pe = null;
    ms.forEach((m, i) => {
      ci += m.inc; ce += m.exp; txt(s, r, 1, pick([`${i + 1}月`])); const x = { inc: num(b, s, r, 2, m.inc / 100 / div, dp, { cand: chance(0.3) ? 'amt' : null, label: `${i + 1}月本月收入` }), ci: num(b, s, r, 3, ci / 100 / div, dp, { cand: 'amt', label: `1-${i + 1}月累计收入` }), exp: num(b, s, r, 4, m.exp / 100 / div, dp), ce: num(b, s, r, 5, ce / 100 / div, dp, { cand: 'amt', label: `1-${i + 1}月累计支出` }), bal: num(b, s, r, 6, m.bal / 100 / div, dp, { cand: 'amt', label: `${i + 1}月结余` }) };
      if (pi) { lin(b, x.ci, [[1, pi], [1, x.inc]]); lin(b, x.ce, [[1, pe], [1, x.exp]]); } else { lin(b, x.ci, [[1, x.inc]]); lin(b, x.ce, [[1, x.exp]]); }
      lin(b, x.bal, [[1, x.inc], [-1, x.exp]]); pi = x.ci; pe = x.ce; r++;
    });
  }
  return { r, ncols: variant === 'A' ? 5 : 6 };
}
// L3b: months as columns
function L3b(b, s, r0, o) {
  const { ms } = o.M; const div = UNITS[o.unit], dp = o.dp; const n = ms.length; let r = r0;
  txt(s, r, 1, '项目'); ms.forEach((m, i) => txt(s, r, i + 2, `${i + 1}月`)); txt(s, r, n + 2, pick(['全年', '合计', `1-${n}月`])); r++;
  const rows = [['inc', '基金收入'], ['exp', '基金支出'], ['bal', '当期结余']]; const refs = {};
  for (const [k, lab] of rows) {
    txt(s, r, 1, lab); refs[k] = ms.map((m, i) => num(b, s, r, i + 2, m[k] / 100 / div, dp, { cand: k === 'bal' ? 'amt' : null, label: `${i + 1}月${lab}` }));
    refs[k + 'T'] = num(b, s, r, n + 2, ms.reduce((a, m) => a + m[k], 0) / 100 / div, dp, { cand: 'amt', label: lab + '全年' }); r++;
  }
  for (let i = 0; i <= n; i++) { const g = (k) => (i < n ? refs[k][i] : refs[k + 'T']); lin(b, g('bal'), [[1, g('inc')], [-1, g('exp')]]); }
  for (const [k] of rows) sumRel(b, refs[k + 'T'], refs[k]);
  return { r, ncols: n + 2 };
}
// L4: quarters with YoY
function L4(b, s, r0, o) {
  const div = UNITS[o.unit], dp = o.dp; let r = r0;
  const qs = [0, 1, 2, 3].map(() => { const inc = C(o.scale * U(0.8, 1.2)), exp = C(o.scale * U(0.7, 1.2)); const pinc = Math.round(inc / U(0.93, 1.15)), pexp = Math.round(exp / U(0.93, 1.15)); return { inc, exp, pinc, pexp }; });
  const Y = { inc: 0, exp: 0, pinc: 0, pexp: 0 }; qs.forEach((q) => { for (const k in Y) Y[k] += q[k]; });
  header2(s, r, 1, [{ label: '季度' }, { label: '基金收入', subs: ['本期', '上年同期', '同比增长（%）'] }, { label: '基金支出', subs: ['本期', '上年同期', '同比增长（%）'] }, { label: '当期结余', subs: ['本期', '上年同期'] }]); r += 2;
  const list = [...qs.map((q, i) => ({ name: ['一季度', '二季度', '三季度', '四季度'][i], q })), { name: pick(['全年', '合计', '全年合计']), q: Y, total: true }];
  if (o.totalPos === 'top') list.unshift(list.pop());
  const refs = [];
  for (const it of list) {
    const q = it.q; txt(s, r, 1, it.name); const x = {};
    x.inc = num(b, s, r, 2, q.inc / 100 / div, dp, { cand: it.total ? 'amt' : null, label: it.name + '收入' }); x.pinc = num(b, s, r, 3, q.pinc / 100 / div, dp); x.gi = num(b, s, r, 4, pctOf(q.inc, q.pinc), o.pdp, { cand: 'pct', label: it.name + '收入同比' });
    x.exp = num(b, s, r, 5, q.exp / 100 / div, dp, { cand: it.total ? 'amt' : null, label: it.name + '支出' }); x.pexp = num(b, s, r, 6, q.pexp / 100 / div, dp); x.ge = num(b, s, r, 7, pctOf(q.exp, q.pexp), o.pdp, { cand: 'pct', label: it.name + '支出同比' });
    x.bal = num(b, s, r, 8, (q.inc - q.exp) / 100 / div, dp, { cand: 'amt', label: it.name + '结余' }); x.pbal = num(b, s, r, 9, (q.pinc - q.pexp) / 100 / div, dp, { cand: 'amt', label: it.name + '上年同期结余' });
    growth(b, x.gi, x.inc, x.pinc); growth(b, x.ge, x.exp, x.pexp); lin(b, x.bal, [[1, x.inc], [-1, x.exp]]); lin(b, x.pbal, [[1, x.pinc], [-1, x.pexp]]);
    refs.push({ it, x }); r++;
  }
  const tot = refs.find((q) => q.it.total).x; const parts = refs.filter((q) => !q.it.total).map((q) => q.x);
  for (const k of ['inc', 'pinc', 'exp', 'pexp', 'bal', 'pbal']) sumRel(b, tot[k], parts.map((p) => p[k]));
  return { r, ncols: 9 };
}
// L6: years as columns
function L6(b, s, r0, o) {
  const div = UNITS[o.unit], dp = o.dp; const ny = o.ny; const y0 = 2023 - ny + 1;
  const funds = []; let pcum = C(o.scale * U(0.5, 1.2));
  for (let i = 0; i < ny; i++) { const f = genFund(o.scale * (1 + 0.07 * i) * U(0.95, 1.05), { pcum, noEq: true }); funds.push(f); pcum = f.cum; }
  let r = r0; txt(s, r, 1, '指标'); funds.forEach((f, i) => txt(s, r, i + 2, `${y0 + i}年`)); r++;
  const rows = [['incT', '基金收入'], ['zj', '  其中：征缴收入'], ['cz', '        财政补贴'], ['oth', '        利息及其他收入'], ['expT', '基金支出'], ['bal', '当期结余'], ['cum', '年末累计结余'], ['g', '基金收入增长（%）'], ['mon', '可支付月数（月）']];
  const refs = funds.map(() => ({}));
  for (const [k, lab] of rows) {
    txt(s, r, 1, lab);
    funds.forEach((f, i) => {
      const c = i + 2;
      if (k === 'g') { if (i === 0) txt(s, r, c, '—'); else refs[i].g = num(b, s, r, c, pctOf(f.incT, funds[i - 1].incT), o.pdp, { cand: 'pct', label: `${y0 + i}年收入增长` }); }
      else if (k === 'mon') refs[i].mon = num(b, s, r, c, f.mon, 1, { cand: 'mon', label: `${y0 + i}年支付月数` });
      else refs[i][k] = num(b, s, r, c, f[k] / 100 / div, dp, { cand: ['incT', 'expT', 'bal', 'cum'].includes(k) ? 'amt' : null, label: `${y0 + i}年${lab.trim()}` });
    });
    r++;
  }
  refs.forEach((x, i) => {
    sumRel(b, x.incT, [x.zj, x.cz, x.oth]); lin(b, x.bal, [[1, x.incT], [-1, x.expT]]); ratio(b, x.mon, x.cum, x.expT, 12);
    if (i > 0) { lin(b, x.cum, [[1, refs[i - 1].cum], [1, x.bal]]); growth(b, x.g, x.incT, refs[i - 1].incT); }
  });
  return { r, ncols: ny + 1 };
}
// L7: 统筹基金 | 个人账户 | 合计 (or 职工 | 居民 | 合计)
function L7(b, s, r0, o) {
  const div = UNITS[o.unit], dp = o.dp; let r = r0;
  const A1 = genFund(o.scale, { noEq: true }); let A2;
  if (o.kind === 'account') { A2 = genFund(o.scale * 0.35, { noEq: true, noQt: true, deficit: false }); A2.incT -= A2.cz; A2.cz = 0; A2.zy = Math.round(A2.zy * 0.1); A2.expT = A2.zy + A2.mz + A2.eq; A2.bal = A2.incT - A2.expT; A2.cum = A2.pcum + A2.bal; derive(A2); }
  else A2 = genFund(o.scale * 0.8, { noEq: true });
  const T = sumFunds([A1, A2]);
  const heads = o.kind === 'account' ? ['统筹基金', '个人账户', '合计'] : ['职工医保', '城乡居民医保', '合计'];
  const order = o.totalFirst ? [2, 0, 1] : [0, 1, 2];
  txt(s, r, 1, '项目'); order.forEach((j, i) => txt(s, r, i + 2, heads[j])); r++;
  const rows = [['incT', '基金收入'], ['zj', '  其中：征缴收入'], ['cz', '        财政补贴收入'], ['oth', '        利息及其他收入'], ['expT', '基金支出'], ['zy', '  其中：住院'], ['mz', '        门诊'], ['bal', '当期结余'], ['pcum', '上年末累计结余'], ['cum', '年末累计结余']];
  const F = [A1, A2, T]; const refs = [{}, {}, {}];
  for (const [k, lab] of rows) {
    txt(s, r, 1, lab);
    order.forEach((j, i) => { const c = i + 2; if (F[j][k] === 0 && k !== 'bal') refs[j][k] = dash(b, s, r, c); else refs[j][k] = num(b, s, r, c, F[j][k] / 100 / div, dp, { cand: j === 2 || ['incT', 'expT', 'bal', 'cum'].includes(k) ? 'amt' : null, label: heads[j] + lab.trim() }); });
    r++;
  }
  for (const x of refs) { sumRel(b, x.incT, [x.zj, x.cz, x.oth]); sumRel(b, x.expT, [x.zy, x.mz]); lin(b, x.bal, [[1, x.incT], [-1, x.expT]]); lin(b, x.cum, [[1, x.pcum], [1, x.bal]]); }
  for (const [k] of rows) sumRel(b, refs[2][k], [refs[0][k], refs[1][k]]);
  return { r, ncols: 4 };
}

// ---------- book types ----------
function unitPick(level) { if (level === 'city') return pick([['万元', 0], ['万元', 2], ['亿元', 2], ['万元', 1]]); return pick([['万元', 0], ['万元', 2], ['元', 2], ['万元', 1]]); }
function scaleFor(unit) { return unit === '亿元' ? U(2e9, 9e9) : unit === '元' ? U(3e6, 4e7) : U(8e7, 9e8); }
const NOTE_LINES = ['注：当期结余＝基金收入－基金支出；年末累计结余＝上年末累计结余＋当期结余。', '注：1.本表金额单位为万元，因四舍五入，合计数与分项之和可能略有差异。', '注：可支付月数＝累计结余÷月均基金支出。', '数据来源：市医疗保障局。', '填表人：王敏    审核人：李强    负责人：赵刚'];
function common(o) { return { unitWhere: pick(['title', 'line', 'line', 'none']), filler: chance(0.4), blankAfterTitle: chance(0.2), org: pick(CITIES) + '医疗保障局' }; }

function T_L1(b, o) {
  const [unit, dp] = unitPick('county'); const F = genFund(scaleFor(unit)); const P = prevOf(F);
  const cols = pick([['cur', 'prev', 'diff', 'pct'], ['cur', 'prev', 'pct'], ['cur', 'prev'], ['cur', 'prev', 'diff'], ['cur', 'pct', 'prev']]);
  const s = b.sheet(pick(['Sheet1', '基金收支', '职工医保基金', '表1']));
  const co = { ...common(), unitStr: unit }; const county = pick(COUNTIES);
  const r0 = titleBlock(b, s, cols.length + 1, `${county}2023年${pick(['职工基本医疗保险', '城乡居民基本医疗保险', '基本医疗保险'])}基金收支情况表`, co);
  const res = L1(b, s, r0, { F, P, unit, dp, cols, pdp: pick([1, 2]), mon: chance(0.5), twoRowHeader: chance(0.4), blankSep: o.messy && chance(0.4), hangci: o.messy && chance(0.4), unitCol: co.unitWhere === 'none' && chance(0.7), plainLabels: chance(0.3), footMark: o.messy && chance(0.3) ? 'bal' : null, pcumBlankPrev: chance(0.2) });
  if (chance(0.6)) notes(s, res.r, res.ncols, [pick(NOTE_LINES)]);
}
function T_L2(b, o) {
  const [unit, dp] = unitPick('city'); const n = I(3, 8); const names = shuffle(COUNTIES).slice(0, n);
  const sc = scaleFor(unit) / n; const ents = names.map((name) => ({ name, F: genFund(sc * U(0.6, 1.4)) }));
  const s = b.sheet(pick(['Sheet1', '汇总', '分县区', '表2'])); const co = { ...common(), unitStr: unit };
  const r0 = titleBlock(b, s, 10, `${pick(CITIES)}2023年基本医疗保险基金收支分县区情况`, co);
  const res = L2(b, s, r0, { ents, unit, dp, totalLabel: pick(['全市', '合计', '总计', '全市合计']), totalPos: pick(['top', 'bottom']), fullInc: chance(0.5), fullExp: chance(0.5), pcum: chance(0.5), mon: chance(0.5), singleHeader: chance(0.3), colNumbers: o.messy && chance(0.3), blankBeforeTotal: o.messy && chance(0.4), blankAfterTotal: o.messy && chance(0.3) });
  if (chance(0.5)) notes(s, res.r, res.ncols, [pick(NOTE_LINES), pick(NOTE_LINES)]);
}
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = I(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function T_L2b(b, o, sOpt, r0opt) {
  const n = I(3, 8); const names = shuffle(COUNTIES).slice(0, n);
  const ents = names.map((name) => ({ name, E: genEnroll(U(2e4, 1.2e5)) }));
  const s = sOpt || b.sheet(pick(['参保情况', 'Sheet1', '表3'])); const co = { ...common(), unitStr: '人、%' };
  const r0 = r0opt || titleBlock(b, s, 9, `${pick(CITIES)}2023年末基本医疗保险参保情况`, co);
  if (r0opt) txt(s, r0 - 1, 1, '二、参保情况（单位：人、%）');
  return L2b(b, s, r0, { ents, withRes: chance(0.5), totalLabel: pick(['全市', '合计', '总计']), totalPos: pick(['top', 'bottom']), rdp: pick([1, 2]), ratioText: o.messy && chance(0.2), blankBeforeTotal: o.messy && chance(0.3), ratioLabel: pick(['在职退休比', '在职退休比（退休=1）', '抚养比']) });
}
function T_stack(b, o) {
  const [unit, dp] = unitPick('city'); const n = I(3, 6); const names = shuffle(COUNTIES).slice(0, n);
  const ents = names.map((name) => ({ name, F: genFund(scaleFor(unit) / n * U(0.6, 1.4)) }));
  const s = b.sheet('汇总'); txt(s, 1, 1, `${pick(CITIES)}2023年基本医疗保险基金运行情况`); s.merges.push([1, 1, 1, 9]); txt(s, 2, 1, `一、基金收支（单位：${unit}）`);
  const res = L2(b, s, 3, { ents, unit, dp, totalLabel: '全市', totalPos: pick(['top', 'bottom']), fullInc: chance(0.5), fullExp: true, pcum: chance(0.5), mon: chance(0.5) });
  const res2 = T_L2b(b, o, s, res.r + 2);
  notes(s, res2.r, 9, [NOTE_LINES[0]]);
}
function T_L3(b, o) {
  const [unit, dp] = pick([['万元', 2], ['万元', 0], ['元', 2], ['万元', 1]]); const n = pick([12, 12, 6, 9, 3, 10]);
  const M = genMonths(n, unit === '元' ? U(2e5, 3e6) : U(5e6, 6e7));
  const s = b.sheet(pick(['月报', 'Sheet1', `${n}月`])); const co = { ...common(), unitStr: unit };
  const r0 = titleBlock(b, s, 6, `${pick(COUNTIES)}2023年1-${n}月${pick(['职工医保', '居民医保', '医疗保险'])}基金收支月报`, co);
  const res = L3(b, s, r0, { M, unit, dp, variant: pick(['A', 'A', 'B']), totalPos: chance(0.3) ? 'top' : 'bottom', totalCum: chance(0.3), blankBeforeTotal: o.messy && chance(0.4) });
  if (chance(0.5)) notes(s, res.r, res.ncols, [pick(NOTE_LINES)]);
}
function T_L3b(b, o) {
  const [unit, dp] = pick([['万元', 2], ['万元', 0], ['万元', 1]]); const n = pick([12, 6, 9]);
  const M = genMonths(n, U(5e6, 6e7)); const s = b.sheet(pick(['月度', 'Sheet1'])); const co = { ...common(), unitStr: unit };
  const r0 = titleBlock(b, s, n + 2, `${pick(COUNTIES)}2023年医保基金分月收支`, co);
  const res = L3b(b, s, r0, { M, unit, dp }); if (chance(0.5)) notes(s, res.r, 6, [NOTE_LINES[0]]);
}
function T_L4(b, o) {
  const [unit, dp] = pick([['万元', 2], ['万元', 0], ['亿元', 2], ['万元', 1]]); const s = b.sheet(pick(['分季度', 'Sheet1'])); const co = { ...common(), unitStr: unit + '、%' };
  const r0 = titleBlock(b, s, 9, `${pick(CITIES)}2023年城乡居民医保基金分季度收支`, co);
  const res = L4(b, s, r0, { unit, dp, scale: unit === '亿元' ? U(5e8, 2e9) : U(3e7, 3e8), pdp: pick([1, 2]), totalPos: chance(0.3) ? 'top' : 'bottom' });
  if (chance(0.4)) notes(s, res.r, 9, ['注：同比增长＝（本期÷上年同期－1）×100%']);
}
function T_L6(b, o) {
  const [unit, dp] = unitPick('city'); const s = b.sheet(pick(['历年', 'Sheet1', '2019-2023'])); const co = { ...common(), unitStr: unit };
  const ny = I(3, 6); const r0 = titleBlock(b, s, ny + 1, `${pick(CITIES)}${2024 - ny}-2023年职工医保基金收支`, co);
  const res = L6(b, s, r0, { unit, dp, ny, scale: scaleFor(unit), pdp: pick([1, 2]) });
  if (chance(0.5)) notes(s, res.r, 4, [NOTE_LINES[2]]);
}
function T_L7(b, o) {
  const [unit, dp] = unitPick('county'); const s = b.sheet(pick(['Sheet1', '收支表'])); const co = { ...common(), unitStr: unit }; const kind = pick(['account', 'scheme']);
  const r0 = titleBlock(b, s, 4, `${pick(COUNTIES)}2023年${kind === 'account' ? '职工医保统筹基金和个人账户' : '基本医疗保险'}收支情况`, co);
  const res = L7(b, s, r0, { unit, dp, scale: scaleFor(unit), kind, totalFirst: chance(0.3) }); if (chance(0.5)) notes(s, res.r, 4, [NOTE_LINES[0]]);
}
function T_multi(b, o) {
  const [unit, dp] = unitPick('county'); const n = I(2, 5); const names = shuffle(COUNTIES).slice(0, n);
  const cols = pick([['cur'], ['cur', 'prev'], ['cur', 'prev', 'pct'], ['cur', 'prev', 'diff', 'pct']]);
  const sc = scaleFor(unit) / n; const Fs = names.map(() => genFund(sc * U(0.6, 1.4), { noEq: true })); const Ps = Fs.map(prevOf);
  const mon = chance(0.4); const showQt = true, showEq = false; const pdp = pick([1, 2]); const plain = chance(0.4);
  const sumFirst = chance(0.5); const rs = [];
  const sumSheet = () => { const s = b.sheet(pick(['汇总', '全市', '合计'])); const r0 = titleBlock(b, s, cols.length + 1, `全市基本医疗保险基金收支汇总表`, { unitWhere: 'line', unitStr: unit }); return L1(b, s, r0, { F: sumFunds(Fs), P: sumFunds(Ps), unit, dp, cols, pdp, mon, showQt, showEq, plainLabels: plain }); };
  let S = null; if (sumFirst) S = sumSheet();
  names.forEach((nm, i) => { const s = b.sheet(nm); const r0 = titleBlock(b, s, cols.length + 1, `${nm}基本医疗保险基金收支表`, { unitWhere: pick(['line', 'title']), unitStr: unit }); rs.push(L1(b, s, r0, { F: Fs[i], P: Ps[i], unit, dp, cols, pdp, mon, showQt, showEq, plainLabels: plain })); });
  if (!sumFirst) S = sumSheet();
  for (const k of ['cur', 'prev']) { if (!cols.includes(k)) continue; for (const key of Object.keys(S.ref[k])) { if (key === 'mon') continue; const parts = rs.map((x) => x.ref[k][key]); if (parts.some((p) => !p)) continue; sumRel(b, S.ref[k][key], parts); } }
}
const TYPES = { L1: T_L1, L2: T_L2, L2b: T_L2b, stack: T_stack, L3: T_L3, L3b: T_L3b, L4: T_L4, L6: T_L6, L7: T_L7, multi: T_multi };

// ---------- plant ----------
function plant(b) {
  const cands = b.cands.filter((c) => c.kind && c.s.cells.get(c.key) && c.s.cells.get(c.key).n !== undefined);
  const c = pick(cands); const cell = c.s.cells.get(c.key); const old = cell.n; let nv;
  const sg = chance(0.5) ? 1 : -1;
  if (c.kind === 'amt' || c.kind === 'cnt') { nv = rnd(old * (1 + sg * U(0.06, 0.25)), cell.dp); if (Math.abs(nv - old) < 5 * 10 ** -cell.dp * 10) nv = rnd(old + sg * 137 * 10 ** -cell.dp * 10, cell.dp); }
  else if (c.kind === 'pct') nv = rnd(old + sg * U(2.5, 8), cell.dp);
  else if (c.kind === 'ratio') nv = rnd(old + sg * U(0.3, 0.9), cell.dp);
  else if (c.kind === 'mon') nv = rnd(old + sg * U(1.5, 4), cell.dp);
  cell.n = nv; cell.planted = true;
  const [sheet, addr] = c.ref.split('!');
  return { planted: { sheet, cell: addr }, note: `${c.label}: ${old} -> ${nv}` };
}

// ---------- render ----------
async function write(b, file, o) {
  const wb = new ExcelJS.Workbook();
  const negStyle = o.messy ? pick(['minus', 'bracketText', 'bracketFmt', 'minus']) : pick(['minus', 'minus', 'bracketFmt']);
  const textMode = o.messy ? pick(['none', 'none', 'some', 'all']) : pick(['none', 'none', 'none', 'some']);
  const commas = chance(0.5); const formulaTotals = false;
  for (const s of b.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [k, v] of s.cells) {
      const [r, c] = k.split(',').map(Number); const cell = ws.getCell(r, c);
      if (v.t !== undefined) { cell.value = v.t; continue; }
      const n = v.n, dp = v.dp;
      if (v.plain) { cell.value = n; continue; }
      const fmtNum = (x) => { let t = Math.abs(x).toFixed(dp); if (commas) t = t.replace(/\B(?=(\d{3})+(?!\d))/g, (m, off) => (t.indexOf('.') >= 0 && off > t.indexOf('.') ? '' : ',')); return t; };
      const asText = textMode === 'all' || (textMode === 'some' && chance(0.15));
      if (n < 0 && negStyle === 'bracketText') { cell.value = '(' + fmtNum(n) + ')'; continue; }
      if (asText) { cell.value = (n < 0 ? '-' : '') + fmtNum(n); continue; }
      cell.value = n;
      const base = dp === 0 ? '#,##0' : '#,##0.' + '0'.repeat(dp);
      cell.numFmt = negStyle === 'bracketFmt' ? `${base};(${base})` : base;
    }
    for (const m of s.merges) { try { ws.mergeCells(m[0], m[1], m[2], m[3]); } catch (e) { /* overlap */ } }
    ws.getColumn(1).width = 26; for (let c = 2; c < 16; c++) ws.getColumn(c).width = 14;
  }
  await wb.xlsx.writeFile(file);
}

async function main() {
  const root = __dirname; fs.mkdirSync(path.join(root, 'cases'), { recursive: true }); fs.mkdirSync(path.join(root, 'probe'), { recursive: true }); fs.mkdirSync(path.join(root, 'meta'), { recursive: true });
  const typeNames = Object.keys(TYPES);
  for (const [dir, count, nPlant, messy] of [['cases', 46, 23, false], ['probe', 100, 20, true]]) {
    const man = []; const plantIdx = new Set(shuffle([...Array(count).keys()]).slice(0, nPlant));
    for (let i = 0; i < count; i++) {
      const t = typeNames[i % typeNames.length]; const name = `${dir === 'cases' ? 'c' : 'p'}${String(i + 1).padStart(3, '0')}-${t}.xlsx`;
      const b = new Book({ messy }); TYPES[t](b, { messy });
      for (const rl of b.rels) { const refs = rl.type === 'lin' ? [rl.t, ...rl.terms.map((x) => x[1])] : rl.type === 'le' ? [rl.part, rl.whole] : [rl.t, rl.num || rl.cur, rl.den || rl.prev]; if (refs.some((x) => !x)) throw new Error(t + ' undefined ref ' + JSON.stringify(rl)); }
      let entry = { file: `${dir}/${name}`, planted: null };
      if (plantIdx.has(i)) { const p = plant(b); entry = { file: `${dir}/${name}`, ...p }; }
      await write(b, path.join(root, dir, name), { messy });
      man.push(entry);
      fs.writeFileSync(path.join(root, 'meta', name + '.json'), JSON.stringify({ file: entry.file, planted: entry.planted, rels: b.rels, dps: b.dps }));
    }
    fs.writeFileSync(path.join(root, dir === 'cases' ? 'manifest.json' : 'probe/manifest.json'), JSON.stringify(man, null, 1));
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
