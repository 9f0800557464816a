// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv; const SEED = +SEEDS, N = +NS, PF = +PFS, VAR = +(VS || 0);
const ROOT = '/tmp/round119b', OUT = path.join(ROOT, SET), RELD = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELD, { recursive: true });
let s = SEED >>> 0; const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)]; const ch = (p) => rnd() < p;
const rd = (x, d) => { const m = 10 ** d; return Math.round(x * m + (x >= 0 ? 1e-9 : -1e-9)) / m; };
const col = (c) => { let r = ''; while (c > 0) { const m = (c - 1) % 26; r = String.fromCharCode(65 + m) + r; c = Math.floor((c - 1) / 26); } return r; };
const A = (r, c) => col(c) + r;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const COUNTIES = ['城关区', '东湖区', '西山县', '南江县', '北川县', '青石县', '白河县', '长宁县', '永和县', '平安县', '兴隆县', '安乐县', '高新区', '经开区', '临江市', '金沙县'];
const CITY = ['江州市', '云山市', '青河市', '海宁市', '安平市'];
const pctU = () => (VAR && ch(0.3)) ? ['‰', 1000, '千分比'] : ['%', 100, '%'];
// sheet model
function Sh(name) { return { name, cells: {}, merges: [], rels: [], textOK: {}, widths: {} }; }
function put(S, r, c, v, o = {}) { S.cells[A(r, c)] = { r, c, v, dec: o.dec, indent: o.indent, bold: o.bold }; return A(r, c); }
function num(S, r, c, v, dec) { return put(S, r, c, v, { dec }); }
function title(S, r, ncol, text) { put(S, r, 1, text, { bold: true }); if (ncol > 1) S.merges.push([r, 1, r, ncol]); }
const totLabel = () => pick(['合计', '总计', '全市', '全县', '全省', '合  计']);
const tolD = (d) => 0.5 * 10 ** -d;
function addSum(S, total, parts, dec, nround, minus) { S.rels.push({ type: 'sum', total, parts, minus: minus || [], tol: +(tolD(dec) * (nround ? parts.length + (minus || []).length + 1 : 0) + 1e-9).toFixed(10) || 1e-9 }); }
function addLe(S, part, whole) { S.rels.push({ type: 'le', part, whole, tol: 0 }); }
function addRate(S, cell, numc, den, k, dec) { S.rels.push({ type: 'rate', cell, num: numc, den, k, tol: tolD(dec) + 1e-9 }); }
function addGrowth(S, cell, cur, prev, dec) { S.rels.push({ type: 'growth', cell, cur, prev, tol: tolD(dec) + 1e-9 }); }
function addDiff(S, cell, cur, prev, dec) { S.rels.push({ type: 'diff', cell, cur, prev, tol: tolD(dec) + 1e-9 }); }
function note(S, r, ncol, t) { put(S, r, 1, t); }
function unitLine(S, r, ncol, u) { put(S, r, ch(0.5) ? ncol : 1, '单位：' + u); }

// Layout A: 参保人数 by county
function LA(name) {
  const S = Sh(name); const cs = shuffle(COUNTIES).slice(0, ri(4, 9)); const wan = ch(0.35); const dec = wan ? 2 : 0; const [psym, pk] = pctU();
  const share = ch(0.6); const unitInHeader = ch(0.5); const u = wan ? '万人' : '人';
  const data = cs.map(() => { const w = ri(8000, 90000), re = ri(3000, 40000), j = ri(60000, 500000); return [w, re, j]; });
  const tot = data.reduce((a, d) => a.map((x, i) => x + d[i]), [0, 0, 0]);
  let r = 1; title(S, r++, 7, pick(CITY) + (ch(0.5) ? '2023年' : '') + '基本医疗保险参保情况'); if (!unitInHeader) unitLine(S, r++, 7, u);
  const uh = unitInHeader ? `（${u}）` : '';
  const h1 = r, h2 = r + 1; put(S, h1, 1, '地区'); S.merges.push([h1, 1, h2, 1]); put(S, h1, 2, '参保人数合计' + uh); S.merges.push([h1, 2, h2, 2]);
  put(S, h1, 3, '职工基本医疗保险' + uh); S.merges.push([h1, 3, h1, 5]); put(S, h2, 3, '小计'); put(S, h2, 4, '其中：在职'); put(S, h2, 5, '退休');
  put(S, h1, 6, '城乡居民基本医疗保险' + uh); S.merges.push([h1, 6, h2, 6]);
  if (share) { put(S, h1, 7, `退休人员占职工比重（${psym}）`); S.merges.push([h1, 7, h2, 7]); }
  r = h2 + 1; const top = ch(0.6); const rows = []; const sub = cs.length >= 5 && ch(VAR ? 0.7 : 0.3); const nd = sub ? ri(2, 3) : 0;
  const subD = data.slice(0, nd).reduce((a, d) => a.map((x, i) => x + d[i]), [0, 0, 0]);
  let order = cs.map((_, i) => i); if (sub) order = [-2, ...order]; order = top ? [-1, ...order] : [...order, -1];
  if (sub && !top) order = [...cs.map((_, i) => i).slice(0, nd), -2, ...cs.map((_, i) => i).slice(nd), -1];
  for (const i of order) { const d = i === -1 ? tot : i === -2 ? subD : data[i]; rows.push({ r, i });
    put(S, r, 1, i === -1 ? totLabel() : i === -2 ? pick(['市辖区', '市区小计', '  市区']) : (sub && i < nd ? '    ' : ch(0.3) ? '  ' : '') + cs[i], { indent: sub && i >= 0 && i < nd && ch(0.5) ? 1 : 0 });
    const v = wan ? (i < 0 ? null : d.map((x) => rd(x / 1e4, 2))) : d;
    S._tmp = S._tmp || {}; S._tmp[r] = { d, v }; r++; }
  const rounded = wan; // totals from true values
  for (const { r: rr, i } of rows) { const { d } = S._tmp[rr]; let w, re, j;
    if (wan) { [w, re, j] = d.map((x) => rd(x / 1e4, 2)); } else [w, re, j] = d;
    const zg = wan ? rd((d[0] + d[1]) / 1e4, 2) : w + re; const all = wan ? rd((d[0] + d[1] + d[2]) / 1e4, 2) : zg + j;
    num(S, rr, 2, all, dec); num(S, rr, 3, zg, dec); num(S, rr, 4, w, dec); num(S, rr, 5, re, dec); num(S, rr, 6, j, dec);
    addSum(S, A(rr, 2), [A(rr, 3), A(rr, 6)], dec, rounded); addSum(S, A(rr, 3), [A(rr, 4), A(rr, 5)], dec, rounded);
    if (share) { num(S, rr, 7, rd(re / zg * pk, 2), 2); addRate(S, A(rr, 7), A(rr, 5), A(rr, 3), pk, 2); } }
  const trow = rows.find((x) => x.i === -1).r; const crow = rows.filter((x) => x.i >= nd).map((x) => x.r);
  const srow = sub ? rows.find((x) => x.i === -2).r : null; const drow = rows.filter((x) => x.i >= 0 && x.i < nd).map((x) => x.r);
  for (let c = 2; c <= 6; c++) { addSum(S, A(trow, c), (sub ? [srow, ...crow] : crow).map((x) => A(x, c)), dec, rounded); if (sub) addSum(S, A(srow, c), drow.map((x) => A(x, c)), dec, rounded); }
  delete S._tmp;
  if (ch(0.5)) note(S, r + 1, 7, '注：' + pick(['参保人数为年末数。', '城乡居民含学生儿童。', '数据来源：市医疗保障局。']));
  return S;
}
// Layout B: 医保基金收支, two years
function LB(name, kind) {
  const S = Sh(name); const yi = ri(2019, 2023); const yi0 = yi - 1; const yi_ = ch(0.5);
  const money = ch(0.5) ? ['万元', 1e4, ch(0.5) ? 1 : 2] : ['亿元', 1e8, 2]; const [u, div, dec] = money; const rounded = true;
  const mk = (f) => { const inc = [ri(2e8, 9e8) * f, ri(5e7, 4e8) * f, ri(1e6, 2e7) * f, ri(0, 1) ? ri(1e5, 5e6) * f : 0];
    const exp = [ri(1e8, 5e8) * f, ri(5e7, 3e8) * f, ri(1e6, 3e7) * f]; return { inc, exp }; };
  const p = mk(1), c = mk(1 + rnd() * 0.2); const cum0 = ri(5e8, 2e9);
  const sumA = (a) => a.reduce((x, y) => x + y, 0);
  const V = (per, cum0v) => { const I = per.inc.map((x) => rd(x / div, dec)), E = per.exp.map((x) => rd(x / div, dec));
    const it = rd(sumA(per.inc) / div, dec), et = rd(sumA(per.exp) / div, dec); const bal = rd((sumA(per.inc) - sumA(per.exp)) / div, dec); return { I, E, it, et, bal }; };
  const vp = V(p), vc = V(c); const cumP = rd(cum0 / div, dec); const cumC = rd(cumP + vc.bal, dec);
  let r = 1; title(S, r++, 4, pick(CITY) + kind + '基金收支情况'); unitLine(S, r++, 4, u);
  put(S, r, 1, '项目'); const yc = yi_ ? [2, 3] : [3, 2]; put(S, r, yc[0], yi0 + '年'); put(S, r, yc[1], yi + '年'); put(S, r, 4, '比上年增长（%）'); r++;
  const lines = [['一、基金收入', 'it', null], ['征缴收入', 'I', 0], ['财政补助收入', 'I', 1], ['利息收入', 'I', 2], ['其他收入', 'I', 3],
    ['二、基金支出', 'et', null], ['住院医疗费用支出', 'E', 0], ['门诊医疗费用支出', 'E', 1], ['其他支出', 'E', 2], ['三、当年结余', 'bal', null], ['四、年末累计结余', 'cum', null]];
  const rowOf = {}; const ind = ch(0.5);
  for (const [lab, key, idx] of lines) { put(S, r, 1, idx != null && !ind ? '    ' + lab : lab, { indent: idx != null && ind ? 1 : 0 });
    const g = (v) => key === 'cum' ? (v === vp ? cumP : cumC) : idx == null ? v[key] : v[key][idx];
    const pv = g(vp), cv = g(vc);
    const setv = (cc, v) => { if (v === 0 && ch(0.6)) put(S, r, cc, pick(['—', '-'])); else num(S, r, cc, v, dec); };
    setv(yc[0], pv); setv(yc[1], cv);
    if (pv > 0 && cv !== 0) { const gr = rd((cv / pv - 1) * 100, 1); num(S, r, 4, gr, 1); addGrowth(S, A(r, 4), A(r, yc[1]), A(r, yc[0]), 1); } else put(S, r, 4, '—');
    rowOf[lab] = r; r++; }
  for (const cc of yc) { const R = (l) => A(rowOf[l], cc);
    addSum(S, R('一、基金收入'), ['征缴收入', '财政补助收入', '利息收入', '其他收入'].map(R), dec, rounded);
    addSum(S, R('二、基金支出'), ['住院医疗费用支出', '门诊医疗费用支出', '其他支出'].map(R), dec, rounded);
    addSum(S, R('一、基金收入'), [R('二、基金支出'), R('三、当年结余')], dec, rounded);
    addLe(S, R('征缴收入'), R('一、基金收入')); }
  S.rels.push({ type: 'sum', total: A(rowOf['四、年末累计结余'], yc[1]), parts: [A(rowOf['四、年末累计结余'], yc[0]), A(rowOf['三、当年结余'], yc[1])], minus: [], tol: tolD(dec) + 1e-9 });
  if (ch(0.6)) note(S, r + 1, 4, '注：基金收入合计＝征缴收入＋财政补助收入＋利息收入＋其他收入。');
  return S;
}
// Layout C: 公积金 by county with 个贷率
function LC(name) {
  const S = Sh(name); const cs = shuffle(COUNTIES).slice(0, ri(4, 10)); const exact = ch(0.6); const dec = 2; const [psym, pk] = pctU();
  const d = cs.map(() => { const bal = ri(2e8, 3e9); return [ri(100, 3000), ri(5000, 90000), ri(1e7, 9e8), ri(5e6, 7e8), ri(50, 2000), ri(1e7, 5e8), bal, Math.floor(bal * (0.5 + rnd() * 0.5))]; });
  const money = [2, 3, 5, 6, 7]; const show = (x, j) => money.includes(j) ? rd(x / 1e4, 2) : x;
  let r = 1; title(S, r++, 10, pick(CITY) + '住房公积金运行情况（分县区）'); const ul = ch(0.5); if (ul) unitLine(S, r++, 10, '万元、个、人、笔');
  const heads = ['缴存单位（个）', '缴存人数（人）', '缴存额（万元）', '提取额（万元）', '发放个贷（笔）', '发放个贷金额（万元）', '缴存余额（万元）', '个贷余额（万元）', `个贷率（${psym}）`];
  if (VAR && ch(0.6)) { put(S, r, 2, '缴存'); S.merges.push([r, 2, r, 5]); put(S, r, 6, '贷款'); S.merges.push([r, 6, r, 9]); put(S, r, 10, '指标'); put(S, r, 1, '县（市、区）'); S.merges.push([r, 1, r + 1, 1]); r++; }
  else put(S, r, 1, '县（市、区）'); heads.forEach((h, j) => put(S, r, j + 2, ul ? h.replace(/（.*）/, '') : h)); r++;
  const top = ch(0.4); const tr = top ? r : r + cs.length; const rowsC = []; let rr = top ? r + 1 : r;
  const tot = Array(8).fill(0); const totTrue = Array(8).fill(0);
  cs.forEach((c, i) => { put(S, rr, 1, c); const v = d[i].map(show); v.forEach((x, j) => { num(S, rr, j + 2, x, money.includes(j) ? 2 : 0); tot[j] += x; totTrue[j] += d[i][j]; });
    num(S, rr, 10, rd(v[7] / v[6] * pk, 2), 2); addRate(S, A(rr, 10), A(rr, 9), A(rr, 8), pk, 2); rowsC.push(rr); rr++; });
  put(S, tr, 1, totLabel()); const tv = tot.map((x, j) => money.includes(j) ? (exact ? rd(x, 2) : rd(totTrue[j] / 1e4, 2)) : x);
  tv.forEach((x, j) => { num(S, tr, j + 2, x, money.includes(j) ? 2 : 0); addSum(S, A(tr, j + 2), rowsC.map((q) => A(q, j + 2)), money.includes(j) ? 2 : 0, money.includes(j) && !exact); });
  num(S, tr, 10, rd(tv[7] / tv[6] * pk, 2), 2); addRate(S, A(tr, 10), A(tr, 9), A(tr, 8), pk, 2);
  r = r + cs.length + 1; if (ch(0.6)) note(S, r + 1, 10, '注：个贷率＝个人住房贷款余额／住房公积金缴存余额×100%。');
  return S;
}
// Layout D: 提取原因 with shares
function LD(name) {
  const S = Sh(name); const hashMark = ch(0.5); const shareDec = pick([1, 2]);
  const g1 = ['购买、建造、翻建、大修自住住房', '偿还购房贷款本息', '租赁住房', '老旧小区改造'], g2 = ['离休和退休', '完全丧失劳动能力并与单位终止劳动关系', '出境定居', '其他'];
  const amt = (n) => Array.from({ length: n }, () => rd(ri(1000, 900000) / 100, 2)); const a1 = amt(4), a2 = amt(4);
  const cnt = (n) => Array.from({ length: n }, () => ri(100, 90000)); const c1 = cnt(4), c2 = cnt(4);
  const sA = (a) => rd(a.reduce((x, y) => x + y, 0), 2); const s1 = sA(a1), s2 = sA(a2), T = rd(s1 + s2, 2);
  const sc = (a) => a.reduce((x, y) => x + y, 0); const n1 = sc(c1), n2 = sc(c2), NT = n1 + n2;
  let r = 1; title(S, r++, 5, pick(CITY) + ri(2020, 2023) + '年住房公积金提取情况（按提取原因分）');
  put(S, r, 1, '提取原因'); put(S, r, 2, '提取人数（人）'); put(S, r, 3, '占比（%）'); put(S, r, 4, '提取金额（万元）'); put(S, r, 5, '占比（%）'); r++;
  const rowsL = []; const emit = (lab, n, a, lvl) => { put(S, r, 1, (lvl === 2 && !hashMark ? '    ' : '') + (lvl === 2 && hashMark ? '#' : '') + lab, { indent: lvl === 1 && ch(0.5) ? 1 : 0 });
    num(S, r, 2, n, 0); num(S, r, 3, rd(n / NT * 100, shareDec), shareDec); num(S, r, 4, a, 2); num(S, r, 5, rd(a / T * 100, shareDec), shareDec);
    if (lvl > 0) { addRate(S, A(r, 3), A(r, 2), null, 100, shareDec); addRate(S, A(r, 5), A(r, 4), null, 100, shareDec); } return r++; };
  const top = emit(totLabel(), NT, T, 0);
  const sr1 = emit('住房消费类', n1, s1, 1); const l1 = g1.map((l, i) => emit(l, c1[i], a1[i], 2));
  const sr2 = emit('非住房消费类', n2, s2, 1); const l2 = g2.map((l, i) => emit(l, c2[i], a2[i], 2));
  for (const rel of S.rels) if (rel.den === null) rel.den = rel.cell[0] === 'C' ? A(top, 2) : A(top, 4);
  for (const c of [2, 4]) { addSum(S, A(top, c), [A(sr1, c), A(sr2, c)], c === 4 ? 2 : 0, false); addSum(S, A(sr1, c), l1.map((q) => A(q, c)), c === 4 ? 2 : 0, false); addSum(S, A(sr2, c), l2.map((q) => A(q, c)), c === 4 ? 2 : 0, false); }
  for (const c of [3, 5]) { S.rels.push({ type: 'sum', total: A(top, c), parts: [A(sr1, c), A(sr2, c)], minus: [], tol: tolD(shareDec) * 3 }); S.rels.push({ type: 'sum', total: A(sr1, c), parts: l1.map((q) => A(q, c)), minus: [], tol: tolD(shareDec) * 5 }); S.rels.push({ type: 'sum', total: A(sr2, c), parts: l2.map((q) => A(q, c)), minus: [], tol: tolD(shareDec) * 5 }); }
  if (hashMark) note(S, r + 1, 5, '注：#为其中项。'); return S;
}
// Layout E: monthly report
function LE(name) {
  const S = Sh(name); const m = ri(2, 12); const [psym] = ['%'];
  let r = 1; title(S, r++, 6, pick(CITY) + '住房公积金和医疗保障主要指标月报（' + ri(2021, 2024) + '年' + m + '月）');
  const hd = ['指标', '计量单位', '本月', `1-${m}月累计`, '上年同期累计', '同比增长（%）']; hd.forEach((h, j) => put(S, r, j + 1, h)); r++;
  const items = [['住房公积金缴存额', '万元', 2], ['住房公积金提取额', '万元', 2], ['其中：住房消费类提取', '万元', 2, 1], ['个人住房贷款发放笔数', '笔', 0], ['个人住房贷款发放额', '万元', 2], ['医保基金支出', '万元', 2], ['住院人次', '人次', 0], ['其中：异地就医住院', '人次', 0, 6]];
  const rowsE = []; const vals = [];
  for (const [lab, u, dec, parent] of items) { const f = dec ? 100 : 1; let cum, mon, prev;
    if (parent != null) { const pv = vals[rowsE.indexOf(rowsE[parent])]; cum = rd(pv.cum * (0.3 + rnd() * 0.6), dec); mon = rd(Math.min(pv.mon, cum) * (0.3 + rnd() * 0.6), dec); prev = rd(pv.prev * (0.3 + rnd() * 0.6), dec); }
    else { cum = rd(ri(1e5, 5e7) / f, dec); mon = rd(cum / m * (0.6 + rnd() * 0.7), dec); if (mon > cum) mon = cum; prev = rd(cum / (0.8 + rnd() * 0.45), dec); }
    put(S, r, 1, lab.startsWith('其中') && ch(0.5) ? '  ' + lab : lab); put(S, r, 2, u); num(S, r, 3, mon, dec); num(S, r, 4, cum, dec); num(S, r, 5, prev, dec);
    num(S, r, 6, rd((cum / prev - 1) * 100, 1), 1); addGrowth(S, A(r, 6), A(r, 4), A(r, 5), 1); addLe(S, A(r, 3), A(r, 4));
    if (parent != null) { const pr = rowsE[parent]; for (const c of [3, 4, 5]) addLe(S, A(r, c), A(pr, c)); }
    rowsE.push(r); vals.push({ cum, mon, prev }); r++; }
  if (ch(0.5)) note(S, r + 1, 6, '注：本表为快报数。'); return S;
}
// Layout F: years as rows
function LF(name) {
  const S = Sh(name); const y0 = ri(2012, 2016), ny = ri(5, 8); const dec = 2;
  let r = 1; title(S, r++, 9, pick(CITY) + '医疗保障主要指标（' + y0 + '—' + (y0 + ny - 1) + '年）');
  const h1 = r, h2 = r + 1; put(S, h1, 1, '年份'); S.merges.push([h1, 1, h2, 1]);
  put(S, h1, 2, '参保人数（万人）'); S.merges.push([h1, 2, h1, 4]); put(S, h2, 2, '合计'); put(S, h2, 3, '职工'); put(S, h2, 4, '城乡居民');
  put(S, h1, 5, '基金收支（亿元）'); S.merges.push([h1, 5, h1, 7]); put(S, h2, 5, '收入'); put(S, h2, 6, '支出'); put(S, h2, 7, '当年结余');
  put(S, h1, 8, '收入增长（%）'); S.merges.push([h1, 8, h2, 8]); put(S, h1, 9, '住院费用报销比例（%）'); S.merges.push([h1, 9, h1, 10]); put(S, h2, 9, '比例'); put(S, h2, 10, '增减（百分点）');
  r = h2 + 1; let prevR = null; let zg = ri(20e4, 80e4), jm = ri(100e4, 400e4), inc = ri(20e8, 90e8), rb = 55 + rnd() * 15;
  for (let k = 0; k < ny; k++) { put(S, r, 1, ch(0.5) ? String(y0 + k) : (y0 + k) + '年');
    const Z = rd(zg / 1e4, 2), J = rd(jm / 1e4, 2); num(S, r, 2, rd((zg + jm) / 1e4, 2), 2); num(S, r, 3, Z, 2); num(S, r, 4, J, 2); addSum(S, A(r, 2), [A(r, 3), A(r, 4)], 2, true);
    const ex = inc * (0.8 + rnd() * 0.25); const I = rd(inc / 1e8, 2), E = rd(ex / 1e8, 2); num(S, r, 5, I, 2); num(S, r, 6, E, 2); num(S, r, 7, rd((inc - ex) / 1e8, 2), 2); addSum(S, A(r, 5), [A(r, 6), A(r, 7)], 2, true);
    const RB = rd(rb, 1); num(S, r, 9, RB, 1);
    if (prevR) { const pI = S.cells[A(prevR, 5)].v; num(S, r, 8, rd((I / pI - 1) * 100, 1), 1); addGrowth(S, A(r, 8), A(r, 5), A(prevR, 5), 1);
      num(S, r, 10, rd(RB - S.cells[A(prevR, 9)].v, 1), 1); addDiff(S, A(r, 10), A(r, 9), A(prevR, 9), 1); } else { put(S, r, 8, '—'); put(S, r, 10, '—'); }
    prevR = r; r++; zg *= 1 + rnd() * 0.08; jm *= 0.97 + rnd() * 0.05; inc *= 1 + rnd() * 0.15; rb += -1 + rnd() * 3; if (rb > 85) rb = 84; }
  if (ch(0.5)) note(S, r + 1, 10, '注：2018年起城镇居民与新农合整合为城乡居民基本医疗保险。'); return S;
}
// Layout G: two periods by county, 公积金
function LG(name) {
  const S = Sh(name); const cs = shuffle(COUNTIES).slice(0, ri(4, 9)); const y = ri(2020, 2024);
  let r = 1; title(S, r++, 7, pick(CITY) + '各县区住房公积金缴存和个贷率'); const h1 = r, h2 = r + 1;
  put(S, h1, 1, '地区'); S.merges.push([h1, 1, h2, 1]); put(S, h1, 2, '缴存额（万元）'); S.merges.push([h1, 2, h1, 4]); put(S, h2, 2, y + '年'); put(S, h2, 3, (y - 1) + '年'); put(S, h2, 4, '增长（%）');
  put(S, h1, 5, '个贷率（%）'); S.merges.push([h1, 5, h1, 7]); put(S, h2, 5, y + '年'); put(S, h2, 6, (y - 1) + '年'); put(S, h2, 7, '增减（百分点）');
  r = h2 + 1; const top = ch(0.5); const rowsG = []; let tr; if (top) tr = r++;
  let tc = 0, tp = 0; for (const c of cs) { const p = rd(ri(1e6, 9e7) / 100, 2), cu = rd(p * (0.9 + rnd() * 0.3), 2); tc += cu; tp += p;
    put(S, r, 1, c); num(S, r, 2, cu, 2); num(S, r, 3, p, 2); num(S, r, 4, rd((cu / p - 1) * 100, 1), 1); addGrowth(S, A(r, 4), A(r, 2), A(r, 3), 1);
    const a = rd(60 + rnd() * 40, 1), b = rd(60 + rnd() * 40, 1); num(S, r, 5, a, 1); num(S, r, 6, b, 1); num(S, r, 7, rd(a - b, 1), 1); addDiff(S, A(r, 7), A(r, 5), A(r, 6), 1); rowsG.push(r++); }
  if (!top) tr = r++; tc = rd(tc, 2); tp = rd(tp, 2);
  put(S, tr, 1, totLabel()); num(S, tr, 2, tc, 2); num(S, tr, 3, tp, 2); num(S, tr, 4, rd((tc / tp - 1) * 100, 1), 1); addGrowth(S, A(tr, 4), A(tr, 2), A(tr, 3), 1);
  addSum(S, A(tr, 2), rowsG.map((q) => A(q, 2)), 2, false); addSum(S, A(tr, 3), rowsG.map((q) => A(q, 3)), 2, false);
  const a = rd(70 + rnd() * 25, 1), b = rd(70 + rnd() * 25, 1); num(S, tr, 5, a, 1); num(S, tr, 6, b, 1); num(S, tr, 7, rd(a - b, 1), 1); addDiff(S, A(tr, 7), A(tr, 5), A(tr, 6), 1);
  if (ch(0.5)) note(S, r + 1, 7, '注：个贷率为年末数，合计行个贷率按全市余额计算。'); return S;
}
// Layout H: 住院 per head and 报销比例
function LH(name) {
  const S = Sh(name); const cs = shuffle(COUNTIES).slice(0, ri(4, 9)); const ucol = ch(0.4);
  let r = 1; title(S, r++, 6, pick(CITY) + '职工医保住院费用及报销情况');
  const hd = ['地区', '住院人次（人次）', '住院总费用（万元）', '次均住院费用（元）', '统筹基金支付（万元）', '实际报销比例（%）']; hd.forEach((h, j) => put(S, r, j + 1, h)); r++;
  const rowsH = []; const top = ch(0.5); let tr; if (top) tr = r++; let tn = 0, tf = 0, tz = 0;
  const fill = (rr, n, f, z) => { num(S, rr, 2, n, 0); num(S, rr, 3, f, 2); num(S, rr, 4, rd(f * 1e4 / n, 0), 0); addRate(S, A(rr, 4), A(rr, 3), A(rr, 2), 1e4, 0);
    num(S, rr, 5, z, 2); num(S, rr, 6, rd(z / f * 100, 1), 1); addRate(S, A(rr, 6), A(rr, 5), A(rr, 3), 100, 1); addLe(S, A(rr, 5), A(rr, 3)); };
  for (const c of cs) { const n = ri(2000, 60000); const f = rd(n * (6000 + rnd() * 9000) / 1e4, 2); const z = rd(f * (0.55 + rnd() * 0.3), 2); tn += n; tf += f; tz += z;
    put(S, r, 1, c); fill(r, n, f, z); rowsH.push(r++); }
  if (!top) tr = r++; put(S, tr, 1, totLabel()); fill(tr, tn, rd(tf, 2), rd(tz, 2));
  for (const c of [2, 3, 5]) addSum(S, A(tr, c), rowsH.map((q) => A(q, c)), c === 2 ? 0 : 2, false);
  if (ch(0.5)) note(S, r + 1, 6, '注：实际报销比例＝统筹基金支付／住院总费用×100%。'); return S;
}
const LAYOUTS = [['参保', LA], ['基金', (n) => LB(n, pick(['职工基本医疗保险', '城乡居民基本医疗保险']))], ['公积金', LC], ['提取', LD], ['月报', LE], ['历年', LF], ['对比', LG], ['住院', LH]];
// plants
function cellRelCount(S, a) { return S.rels.filter((r) => JSON.stringify(r).includes('"' + a + '"')).length; }
function plant(S) {
  const kinds = shuffle(['total', 'part', 'rate', 'growth', 'diff', 'le']);
  for (const kind of kinds) {
    const cands = [];
    for (const rel of S.rels) {
      let cells = [];
      if (kind === 'total' && rel.type === 'sum') cells = [rel.total]; if (kind === 'part' && rel.type === 'sum') cells = rel.parts;
      if (kind === 'rate' && rel.type === 'rate') cells = [rel.cell]; if (kind === 'growth' && rel.type === 'growth') cells = [rel.cell];
      if (kind === 'diff' && rel.type === 'diff') cells = [rel.cell]; if (kind === 'le' && rel.type === 'le') cells = [rel.part];
      for (const c of cells) { const cell = S.cells[c]; if (!cell || typeof cell.v !== 'number') continue; const n = cellRelCount(S, c); cands.push({ rel, c, n }); }
    }
    if (!cands.length) continue; const best = Math.min(...cands.map((x) => x.n)); const pool = cands.filter((x) => x.n === best);
    const { rel, c } = pick(pool); const cell = S.cells[c]; const dec = cell.dec || 0; const was = cell.v; let now;
    if (kind === 'le') { const w = S.cells[rel.whole].v; now = rd(w * (1.05 + rnd() * 0.3) + 10 ** -dec * 5, dec); }
    else { const step = Math.max(rel.tol * 6, 10 ** -dec * 4); let delta = Math.max(Math.abs(was) * (0.03 + rnd() * 0.12), step); if (kind === 'rate' || kind === 'growth' || kind === 'diff') delta = Math.max(step, rd(0.8 + rnd() * 4, dec));
      delta = rd(delta, dec) || 10 ** -dec * 5; now = rd(was + (ch(0.5) ? delta : -delta), dec); if (now < 0 && was >= 0 && kind !== 'growth' && kind !== 'diff') now = rd(was + delta, dec); }
    cell.v = now; return { sheet: S.name, cell: c, was, now, kind, rel };
  }
  return null;
}
(async () => {
  const manifest = [];
  for (let b = 0; b < N; b++) {
    const nsh = ri(1, 4); const sheets = []; const used = new Set();
    for (let k = 0; k < nsh; k++) { const [nm, f] = pick(LAYOUTS); let name = nm + (k + 1); if (VAR && ch(0.5)) name = '表' + (k + 1); sheets.push(f(name)); }
    const file = `${SET}_${String(b + 1).padStart(3, '0')}.xlsx`; const plants = [];
    if (b < Math.round(N * PF)) { const S = pick(sheets); const p = plant(S); if (p) plants.push(p); }
    // text numbers (not in plants)
    for (const S of sheets) { const nums = Object.keys(S.cells).filter((a) => typeof S.cells[a].v === 'number' && !plants.some((p) => p.sheet === S.name && p.cell === a));
      if (ch(0.3)) for (let i = 0; i < ri(1, 2); i++) { const a = pick(nums); if (a && typeof S.cells[a].v === "number") { const c = S.cells[a]; c.v = c.v.toFixed(c.dec || 0); } } }
    const wb = new ExcelJS.Workbook();
    for (const S of sheets) { const ws = wb.addWorksheet(S.name);
      for (const [a, c] of Object.entries(S.cells)) { const x = ws.getCell(a); x.value = c.v; if (typeof c.v === 'number' && c.dec != null) x.numFmt = c.dec ? '0.' + '0'.repeat(c.dec) : '0'; if (c.indent) x.alignment = { indent: c.indent }; if (c.bold) x.font = { bold: true }; }
      for (const m of S.merges) try { ws.mergeCells(...m); } catch (e) {}
      ws.getColumn(1).width = 28; }
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join(RELD, file + '.json'), JSON.stringify(sheets.map((S) => ({ sheet: S.name, rels: S.rels })), null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
})();
