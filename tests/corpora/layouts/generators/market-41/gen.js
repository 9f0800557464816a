// Generator for round41-a: market-entity registration (市场主体登记) sheets, clean + planted twins.
'use strict';
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');

// Writes clean/, planted/ and manifest.json under the folder given (default /tmp/round41-a); the corpus keeps the clean files.
const ROOT = process.argv[2] || '/tmp/round41-a';
for (const d of ['clean', 'planted']) { fs.rmSync(path.join(ROOT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(ROOT, d), { recursive: true }); }

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rnd = mulberry32(41);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];
// half away from zero, on exact rationals num/den scaled
function rdiv(num, den, d) { // round(num/den, d)
  const s = Math.pow(10, d); const x = num * s / den; const r = Math.sign(x) * Math.round(Math.abs(x) + 1e-9); return r / s;
}
const growth = (cur, base, d = 1) => rdiv((cur - base) * 100, base, d);
const share = (part, whole, d = 1) => rdiv(part * 100, whole, d);
const r2 = (x) => rdiv(Math.round(x * 100), 100, 2);
const colL = c => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + (r + 1);

class Sheet {
  constructor(name) { this.name = name; this.rows = []; this.merges = []; this.plants = []; this.fmt = {}; }
  add(row) { this.rows.push(row); return this.rows.length - 1; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  plant(r, c, nv, why) { this.plants.push({ r, c, nv, why }); }
  setFmt(r, c, d) { this.fmt[r + ',' + c] = d; }
}

const COUNTIES = ['青阳县', '泾川县', '临泽县', '岚皋县', '石楼县', '宁陵县', '永和县', '桐梓县', '凤台县', '会宁县', '平邑县', '宜丰县', '武陟县', '麻城市', '汝州市', '邳州市', '樟树市', '德惠市'];
const TOWNS = ['城关镇', '东关街道', '西城街道', '新华街道', '马坊镇', '李家庄镇', '杨柳乡', '北岭乡', '石门镇', '河口镇', '双井乡', '白沙镇', '柳湾乡', '高桥镇', '龙泉街道', '三合乡'];
const DISTRICTS = ['城区', '开发区', '东湖区', '南山区', '清河县', '平川县', '阳信县', '长岭县', '高台县', '新城区'];
const MENLEI = [['A', '农、林、牧、渔业', 1], ['B', '采矿业', 2], ['C', '制造业', 2], ['D', '电力、热力、燃气及水生产和供应业', 2], ['E', '建筑业', 2], ['F', '批发和零售业', 3], ['G', '交通运输、仓储和邮政业', 3], ['H', '住宿和餐饮业', 3], ['I', '信息传输、软件和信息技术服务业', 3], ['J', '金融业', 3], ['K', '房地产业', 3], ['L', '租赁和商务服务业', 3], ['M', '科学研究和技术服务业', 3], ['N', '水利、环境和公共设施管理业', 3], ['O', '居民服务、修理和其他服务业', 3], ['P', '教育', 3], ['Q', '卫生和社会工作', 3], ['R', '文化、体育和娱乐业', 3], ['S', '公共管理、社会保障和社会组织', 3]];

function towns(n) { const t = TOWNS.slice(); for (let i = t.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [t[i], t[j]] = [t[j], t[i]]; } return t.slice(0, n); }
function kindsCounts(scale = 1) {
  const E = ri(300, 4000) * scale; const P = Math.round(E * (0.85 + rnd() * 0.1)); const F = ri(0, Math.max(1, Math.round(E * 0.01)));
  const G = ri(1500, 12000) * scale; const C = ri(15, 260) * scale; return { E, P, F, G, C, T: E + G + C };
}
function titleBlock(s, ncol, title, sub, unit, opts = {}) {
  if (opts.attach) s.add([opts.attach]);
  const r = s.add([title]); s.merge(r, 0, r, ncol - 1);
  if (sub) { const r2_ = s.add([sub]); s.merge(r2_, 0, r2_, ncol - 1); }
  if (unit) { const row = new Array(ncol).fill(null); if (opts.filer) row[0] = opts.filer; row[ncol - 1] = unit; s.add(row); }
}
function footer(s, county, style) {
  if (style === 0) return;
  if (style === 1) s.add(['注：1.市场主体包括企业、个体工商户和农民专业合作社，企业含分支机构。2.数据来源于市场主体登记注册系统。']);
  if (style === 2) { s.add(['填报单位：' + county + '市场监督管理局', null, null, '填报人：王敏', null, '审核人：李强']); s.add(['填报日期：2024年7月5日']); }
  if (style === 3) { s.add(['说明：同比增长按上年同期口径计算。']); s.add(['资料来源：' + county + '市场监督管理局']); }
}
const books = [];
function book(file, sheets, type = 'xlsx') { books.push({ file, sheets, type }); }

// ---------- B1: 乡镇 by kind, two-row header ----------
function b1(i, o) {
  const county = COUNTIES[i % COUNTIES.length]; const ts = towns(o.n || 9);
  const s = new Sheet(o.sheet || '分乡镇'); const nc = 7;
  titleBlock(s, nc, county + '各乡镇（街道）实有市场主体情况统计表', o.sub ? '（截至2024年6月30日）' : null, '单位：户', { filer: o.filerTop ? '填报单位：' + county + '市场监督管理局' : null, attach: o.attach });
  const h1 = s.add([o.labelHdr || '乡镇（街道）', '实有市场主体合计', '企业', null, null, '个体工商户', '农民专业合作社']);
  const h2 = s.add([null, null, '小计', '其中：私营企业', '外商投资企业', null, null]);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h2, 1); s.merge(h1, 2, h1, 4); s.merge(h1, 5, h2, 5); s.merge(h1, 6, h2, 6);
  const data = ts.map(t => ({ t, ...kindsCounts() }));
  const tot = data.reduce((a, d) => { for (const k of ['E', 'P', 'F', 'G', 'C', 'T']) a[k] += d[k]; return a; }, { E: 0, P: 0, F: 0, G: 0, C: 0, T: 0 });
  const row = (lab, d) => [lab, d.T, d.E, d.P, d.F, d.G, d.C];
  let tr;
  if (o.totalTop) tr = s.add(row(o.totalLabel || '合计', tot));
  const rows = data.map(d => s.add(row(d.t, d)));
  if (!o.totalTop) tr = s.add(row(o.totalLabel || '合计', tot));
  footer(s, county, o.foot || 0);
  s.plant(rows[2], 1, data[2].T + 37, 'town total != sum of kinds');
  s.plant(tr, 5, tot.G - 120, 'total row 个体 != sum of towns');
  s.plant(rows[4], 3, data[4].E + 14, '私营 > 企业小计');
  return s;
}
// ---------- B2: balance by kind ----------
function b2(i, o) {
  const county = COUNTIES[(i + 3) % COUNTIES.length]; const s = new Sheet(o.sheet || 'Sheet1');
  const yr = o.annual; const hdr = yr ? ['类型', '上年同期实有', '年初实有', '本年新登记', '本年注销', '年末实有', '净增', '同比增长(%)']
    : ['类型', '上年同期实有', '期初实有', '本期新登记', '本期注销', '期末实有', '净增', '期末实有同比增长(%)'];
  titleBlock(s, hdr.length, county + (yr ? '2023年' : '2024年上半年') + '市场主体登记情况表', null, '单位：户，%');
  s.add(hdr);
  const mk = (B) => { const N = ri(Math.round(B * 0.04), Math.round(B * 0.15)); const X = ri(Math.round(B * 0.02), Math.round(B * 0.12)); const end = B + N - X; const L = Math.round(end / (0.9 + rnd() * 0.25)); return { B, N, X, end, L }; };
  const E = mk(ri(2000, 9000)); const P = (() => { const B = Math.round(E.B * 0.9); const N = Math.min(E.N, Math.round(E.N * 0.95)); const X = Math.min(E.X, Math.round(E.X * 0.9)); const end = B + N - X; return { B, N, X, end, L: Math.min(E.L, Math.round(end / (0.9 + rnd() * 0.25))) }; })();
  const F = (() => { const B = ri(5, 30); const N = ri(0, 3); const X = ri(0, 4); return { B, N, X, end: B + N - X, L: B + ri(-2, 3) }; })();
  const G = mk(ri(8000, 30000)); const C = mk(ri(100, 500));
  const T = {}; for (const k of ['B', 'N', 'X', 'end', 'L']) T[k] = E[k] + G[k] + C[k];
  const row = (lab, d) => [lab, d.L, d.B, d.N, d.X, d.end, d.end - d.B, growth(d.end, d.L)];
  const order = o.totalTop ? [['市场主体合计', T]] : [];
  order.push(['企业', E], [o.indent ? '  其中：私营企业' : '其中：私营企业', P], [o.indent ? '        外商投资企业' : '外商投资企业', F], ['个体工商户', G], ['农民专业合作社', C]);
  if (!o.totalTop) order.push(['合计', T]);
  const R = {}; for (const [lab, d] of order) { R[lab.trim()] = s.add(row(lab, d)); s.setFmt(R[lab.trim()], 7, 1); }
  footer(s, county, o.foot || 1);
  s.plant(R['个体工商户'], 7, growth(G.end, G.L) + 2.3, 'growth wrong');
  s.plant(R['企业'], 6, E.end - E.B + 50, '净增 wrong');
  s.plant(R['农民专业合作社'], 5, C.end + 9, '期末 != 期初+新登记-注销');
  return s;
}
// ---------- B3: registered capital 万元/亿元, 户均 ----------
function b3(i, o) {
  const county = COUNTIES[(i + 5) % COUNTIES.length]; const s = new Sheet(o.sheet || '注册资本');
  const hdr = ['市场主体类型', '户数（户）', '注册资本（金）（万元）', '注册资本（金）（亿元）', '户均注册资本（金）（万元）', '上年同期注册资本（金）（万元）', '注册资本（金）同比增长(%)'];
  titleBlock(s, hdr.length, county + '实有市场主体注册资本（金）情况', '2024年6月末', null);
  s.add(hdr);
  const mk = (n, per) => { const cap = r2(n * per * (0.7 + rnd() * 0.6) + rnd()); const last = r2(cap / (0.85 + rnd() * 0.35)); return { n, cap, last }; };
  const E = mk(ri(3000, 9000), ri(150, 900)); const P = mk(Math.round(E.n * 0.9), 100); P.cap = r2(E.cap * 0.55); P.last = r2(P.cap / 1.07);
  const F = mk(ri(5, 30), ri(800, 3000)); if (F.cap > E.cap - P.cap) F.cap = r2((E.cap - P.cap) * 0.3);
  const G = mk(ri(10000, 30000), ri(3, 12)); const C = mk(ri(100, 500), ri(50, 200));
  const cents = x => Math.round(x * 100);
  const T = { n: E.n + G.n + C.n, cap: (cents(E.cap) + cents(G.cap) + cents(C.cap)) / 100, last: (cents(E.last) + cents(G.last) + cents(C.last)) / 100 };
  const row = (lab, d) => [lab, d.n, d.cap, rdiv(cents(d.cap), 1e6, 2), rdiv(cents(d.cap), d.n * 100, 2), d.last, rdiv((cents(d.cap) - cents(d.last)) * 100, cents(d.last), 1)];
  const R = {}; const list = [['企业', E], ['其中：私营企业', P], ['外商投资企业', F], ['个体工商户', G], ['农民专业合作社', C], ['合计', T]];
  if (o.totalTop) list.unshift(list.pop());
  for (const [l, d] of list) { R[l] = s.add(row(l, d)); for (const c of [2, 3, 4, 5]) s.setFmt(R[l], c, 2); s.setFmt(R[l], 6, 1); }
  footer(s, county, o.foot || 0);
  s.plant(R['合计'], 2, r2(T.cap + 1000), 'total capital != sum');
  s.plant(R['个体工商户'], 4, rdiv(cents(G.cap), G.n * 100, 2) + 0.5, '户均 wrong');
  s.plant(R['企业'], 3, rdiv(cents(E.cap), 1e6, 2) + 0.3, '亿元 != 万元/1e4');
  return s;
}
// ---------- B4: industry (三次产业 + 门类) ----------
function b4(i, o) {
  const county = COUNTIES[(i + 7) % COUNTIES.length]; const s = new Sheet(o.sheet || '分行业');
  const hdr = ['行业', '新登记企业（户）', '上年同期（户）', '同比增长(%)', '占比(%)'];
  titleBlock(s, hdr.length, county + '2024年1-6月新登记企业分行业情况', null, '单位：户，%');
  s.add(hdr);
  const md = MENLEI.map(([c, n, ind]) => { const cur = ind === 3 ? ri(5, 400) : ri(2, 80); return { c, n, ind, cur, last: Math.max(1, Math.round(cur / (0.7 + rnd() * 0.7))) }; });
  const ind = [1, 2, 3].map(k => ({ cur: md.filter(m => m.ind === k).reduce((a, m) => a + m.cur, 0), last: md.filter(m => m.ind === k).reduce((a, m) => a + m.last, 0) }));
  const T = { cur: ind.reduce((a, x) => a + x.cur, 0), last: ind.reduce((a, x) => a + x.last, 0) };
  const row = (lab, d) => [lab, d.cur, d.last, growth(d.cur, d.last), share(d.cur, T.cur)];
  const R = {}; const fm = r => { s.setFmt(r, 3, 1); s.setFmt(r, 4, 1); };
  R.T = s.add(row('合计', T)); fm(R.T);
  if (o.withSectors !== false) {
    if (o.blockHeads) s.add(['一、按三次产业分']);
    ['第一产业', '第二产业', '第三产业'].forEach((l, k) => { R[l] = s.add(row(l, ind[k])); fm(R[l]); });
  }
  if (o.blockHeads) s.add(['二、按行业门类分']);
  md.forEach(m => { R[m.c] = s.add(row(o.codes ? m.c + ' ' + m.n : m.n, m)); fm(R[m.c]); });
  footer(s, county, o.foot || 3);
  s.plant(R['F'], 3, growth(md[5].cur, md[5].last) - 4.0, 'growth of 批发零售 wrong');
  s.plant(R['C'], 4, share(md[2].cur, T.cur) + 1.5, 'share wrong');
  s.plant(R.T, 1, T.cur + 25, 'total wrong');
  return s;
}
// ---------- B5: monthly running totals 1-N月 ----------
function b5(i, o) {
  const county = COUNTIES[(i + 2) % COUNTIES.length]; const s = new Sheet(o.sheet || '月度'); const N = o.months || 9;
  const hdr = ['月份', '当月新登记（户）', '1-N月累计新登记（户）', '当月注销（户）', '1-N月累计注销（户）', '上年同期累计新登记（户）', '累计新登记同比增长(%)'];
  hdr[2] = '累计新登记（户）'; hdr[4] = '累计注销（户）';
  titleBlock(s, hdr.length, county + '2024年市场主体新登记、注销月度统计', null, null);
  s.add(hdr);
  let cn = 0, cx = 0, cl = 0; const R = []; const D = [];
  for (let m = 1; m <= N; m++) {
    const n = ri(150, 600), x = ri(60, 300), l = ri(150, 600); cn += n; cx += x; cl += l;
    D.push({ n, x, cn, cx, cl });
    R.push(s.add([m === 1 ? '1月' : (o.rangeLabels ? '1-' + m + '月' : m + '月'), n, cn, x, cx, cl, growth(cn, cl)])); s.setFmt(R[R.length - 1], 6, 1);
  }
  footer(s, county, o.foot || 0);
  s.plant(R[5], 2, D[5].cn + 100, 'running total breaks');
  s.plant(R[3], 6, growth(D[3].cn, D[3].cl) + 3.1, 'growth wrong');
  return s;
}
// ---------- B6: quarterly blocks ----------
function b6(i, o) {
  const county = COUNTIES[(i + 4) % COUNTIES.length]; const s = new Sheet(o.sheet || '分季度');
  const qs = ['一季度', '二季度', '三季度', '四季度'];
  titleBlock(s, 11, county + '2023年分季度市场主体新登记及注销情况', null, '单位：户');
  const h1 = s.add(['类型', ...qs.flatMap(q => [q, null]), '全年', null]);
  const h2 = s.add([null, ...new Array(5).fill(0).flatMap(() => ['新登记', '注销'])]);
  s.merge(h1, 0, h2, 0); for (let k = 0; k < 5; k++) s.merge(h1, 1 + 2 * k, h1, 2 + 2 * k);
  const mk = (sc) => { const q = [0, 1, 2, 3].map(() => [ri(sc, sc * 4), ri(Math.round(sc / 2), sc * 2)]); return q; };
  const E = mk(120), G = mk(500), C = mk(5); const P = E.map(([n, x]) => [Math.round(n * 0.93), Math.round(x * 0.9)]);
  const T = [0, 1, 2, 3].map(k => [E[k][0] + G[k][0] + C[k][0], E[k][1] + G[k][1] + C[k][1]]);
  const row = (l, q) => { const yr = [q.reduce((a, v) => a + v[0], 0), q.reduce((a, v) => a + v[1], 0)]; return [l, ...q.flat(), ...yr]; };
  const R = {};
  const list = [['合计', T], ['企业', E], ['  其中：私营企业', P], ['个体工商户', G], ['农民专业合作社', C]];
  if (o.totalBottom) list.push(list.shift());
  for (const [l, q] of list) R[l.trim()] = s.add(row(l, q));
  footer(s, county, o.foot || 2);
  s.plant(R['个体工商户'], 9, G.reduce((a, v) => a + v[0], 0) + 60, '全年 != sum of quarters');
  s.plant(R['合计'], 3, T[1][0] - 33, 'total Q2 wrong');
  return s;
}
// ---------- B7: per-thousand density ----------
function b7(i, o) {
  const county = COUNTIES[(i + 6) % COUNTIES.length]; const s = new Sheet(o.sheet || '密度'); const ts = towns(o.n || 8);
  const wan = o.wan; const hdr = ['乡镇', wan ? '常住人口（万人）' : '常住人口（人）', '企业数（户）', '每千人拥有企业数（户）', '市场主体数（户）', '每千人拥有市场主体数（户）'];
  titleBlock(s, hdr.length, county + '各乡镇市场主体密度情况', '（截至2024年6月末）', null);
  s.add(hdr);
  const data = ts.map(t => { const pop = wan ? r2(ri(150, 900) / 100) : ri(12000, 90000); const p = wan ? Math.round(pop * 10000) : pop; const E = Math.round(p * (0.005 + rnd() * 0.03)); const M = E + Math.round(p * (0.04 + rnd() * 0.08)); return { t, pop, p, E, M }; });
  const T = { pop: wan ? data.reduce((a, d) => a + Math.round(d.pop * 100), 0) / 100 : data.reduce((a, d) => a + d.pop, 0), E: data.reduce((a, d) => a + d.E, 0), M: data.reduce((a, d) => a + d.M, 0) };
  T.p = wan ? Math.round(T.pop * 10000) : T.pop;
  const row = (l, d) => [l, d.pop, d.E, rdiv(d.E * 1000, d.p, 2), d.M, rdiv(d.M * 1000, d.p, 2)];
  const R = data.map(d => { const r = s.add(row(d.t, d)); s.setFmt(r, 3, 2); s.setFmt(r, 5, 2); if (wan) s.setFmt(r, 1, 2); return r; });
  const tr = s.add(row(o.totalLabel || '全县', T)); s.setFmt(tr, 3, 2); s.setFmt(tr, 5, 2); if (wan) s.setFmt(tr, 1, 2);
  footer(s, county, o.foot || 0);
  s.plant(R[1], 3, rdiv(data[1].E * 1000, data[1].p, 2) + 1.2, 'density wrong');
  s.plant(tr, 4, T.M + 300, 'total 市场主体 wrong');
  return s;
}
// ---------- B8: share column ----------
function b8(i, o) {
  const county = COUNTIES[(i + 8) % COUNTIES.length]; const s = new Sheet(o.sheet || '占比'); const ts = o.city ? DISTRICTS.slice(0, 8) : towns(10);
  const hdr = [o.city ? '县（市、区）' : '乡镇（街道）', '实有市场主体（户）', '占比(%)', '其中：企业（户）', '企业占比(%)'];
  titleBlock(s, hdr.length, (o.city ? '某市' : county) + '实有市场主体分布情况', null, '单位：户，%');
  s.add(hdr);
  const d = ts.map(t => { const k = kindsCounts(o.city ? 5 : 1); return { t, M: k.T, E: k.E }; });
  const TM = d.reduce((a, x) => a + x.M, 0), TE = d.reduce((a, x) => a + x.E, 0);
  const row = (l, x) => [l, x.M, share(x.M, TM), x.E, share(x.E, TE)];
  const fm = r => { s.setFmt(r, 2, 1); s.setFmt(r, 4, 1); };
  let tr; if (o.totalTop) { tr = s.add(row(o.city ? '全市' : '合计', { M: TM, E: TE })); fm(tr); }
  const R = d.map(x => { const r = s.add(row(x.t, x)); fm(r); return r; });
  if (!o.totalTop) { tr = s.add(row(o.city ? '全市' : '合计', { M: TM, E: TE })); fm(tr); }
  footer(s, county, o.foot || 0);
  s.plant(R[3], 2, share(d[3].M, TM) + 2.0, 'share wrong');
  s.plant(R[6], 3, d[6].M + 10, '企业 > 市场主体');
  return s;
}
// ---------- B10: 个体工商户 户 + 从业人员 人 ----------
function b10(i, o) {
  const county = COUNTIES[(i + 9) % COUNTIES.length]; const s = new Sheet(o.sheet || '个体工商户'); const ts = towns(8);
  titleBlock(s, 7, county + '个体工商户发展情况统计表', '2024年6月', null);
  const h1 = s.add(['乡镇', '实有个体工商户', null, '本期新登记个体工商户', null, '户均从业人员（人）', '实有户数同比增长(%)']);
  const h2 = s.add([null, '户数（户）', '从业人员（人）', '户数（户）', '从业人员（人）', null, null]);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h1, 2); s.merge(h1, 3, h1, 4); s.merge(h1, 5, h2, 5); s.merge(h1, 6, h2, 6);
  const d = ts.map(t => { const G = ri(1500, 9000); const W = Math.round(G * (1.6 + rnd())); const n = ri(80, 600); const nw = Math.round(n * (1.4 + rnd())); const L = Math.round(G / (0.92 + rnd() * 0.2)); return { t, G, W, n, nw, L }; });
  const T = {}; for (const k of ['G', 'W', 'n', 'nw', 'L']) T[k] = d.reduce((a, x) => a + x[k], 0);
  // growth shown but base not shown -> not checkable; still consistent
  const row = (l, x) => [l, x.G, x.W, x.n, x.nw, rdiv(x.W, x.G, 2), growth(x.G, x.L)];
  const R = d.map(x => { const r = s.add(row(x.t, x)); s.setFmt(r, 5, 2); s.setFmt(r, 6, 1); return r; });
  const tr = s.add(row('合计', T)); s.setFmt(tr, 5, 2); s.setFmt(tr, 6, 1);
  footer(s, county, 2);
  s.plant(tr, 2, T.W + 500, 'total 从业人员 wrong');
  s.plant(R[2], 3, d[2].G + 5, '新登记 > 实有? (not strictly provable)');
  s.plant(R[4], 5, rdiv(d[4].W, d[4].G, 2) + 0.4, '户均 wrong');
  s.plants.splice(1, 1);
  return s;
}
// ---------- B12: city by county, kinds with 户数/同比 ----------
function b12(i, o) {
  const s = new Sheet(o.sheet || '分县区'); const ds = DISTRICTS.slice(0, 7);
  titleBlock(s, 9, '2024年二季度末各县（市、区）实有市场主体情况', null, '单位：户，%');
  const h1 = s.add(['县（市、区）', '市场主体', null, '企业', null, '个体工商户', null, '农民专业合作社', null]);
  const h2 = s.add([null, ...new Array(4).fill(0).flatMap(() => ['本期', '同比增长'])]);
  s.merge(h1, 0, h2, 0); for (let k = 0; k < 4; k++) s.merge(h1, 1 + 2 * k, h1, 2 + 2 * k);
  const d = ds.map(t => { const k = kindsCounts(4); const L = { E: Math.round(k.E / (0.95 + rnd() * 0.2)), G: Math.round(k.G / (0.95 + rnd() * 0.2)), C: Math.round(k.C / (0.9 + rnd() * 0.2)) }; L.T = L.E + L.G + L.C; return { t, ...k, L }; });
  const sum = (f) => d.reduce((a, x) => a + f(x), 0);
  const T = { T: sum(x => x.T), E: sum(x => x.E), G: sum(x => x.G), C: sum(x => x.C), L: { T: sum(x => x.L.T), E: sum(x => x.L.E), G: sum(x => x.L.G), C: sum(x => x.L.C) } };
  const row = (l, x) => [l, x.T, growth(x.T, x.L.T), x.E, growth(x.E, x.L.E), x.G, growth(x.G, x.L.G), x.C, growth(x.C, x.L.C)];
  const fm = r => [2, 4, 6, 8].forEach(c => s.setFmt(r, c, 1));
  const tr = s.add(row('全市', T)); fm(tr);
  const R = d.map(x => { const r = s.add(row(x.t, x)); fm(r); return r; });
  footer(s, '', o.foot || 1);
  s.plant(R[2], 1, d[2].T - 40, 'town total != sum of kinds');
  s.plant(tr, 5, T.G + 77, 'city 个体 != sum');
  return s;
}
// ---------- B13: indicator-style vertical ----------
function b13(i, o) {
  const county = COUNTIES[(i + 10) % COUNTIES.length]; const s = new Sheet(o.sheet || '主要指标');
  titleBlock(s, 5, county + '市场主体发展主要指标', '2024年1-' + (o.m || 6) + '月', null);
  s.add(['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)']);
  const k = kindsCounts(3); const L = x => Math.round(x / (0.9 + rnd() * 0.25));
  const capW = r2(k.E * ri(200, 700) + rnd()); const capWl = r2(capW / (0.9 + rnd() * 0.3));
  const capY = rdiv(Math.round(capW * 100), 1e6, 2), capYl = rdiv(Math.round(capWl * 100), 1e6, 2);
  const nN = ri(800, 3000), nE = Math.round(nN * 0.3);
  const items = [
    ['一、实有市场主体', '户', k.T, L(k.T)], ['  （一）企业', '户', k.E, L(k.E)], ['      其中：私营企业', '户', k.P, L(k.P)], ['  （二）个体工商户', '户', k.G, L(k.G)], ['  （三）农民专业合作社', '户', k.C, L(k.C)],
    ['二、实有企业注册资本', '亿元', capY, capYl], ['三、新登记市场主体', '户', nN, L(nN)], ['    其中：企业', '户', nE, L(nE)],
  ];
  // fix parent base years consistent: 上年同期 total = sum of 上年同期 parts
  items[0][3] = items[1][3] + items[3][3] + items[4][3]; if (items[2][3] > items[1][3]) items[2][3] = items[1][3] - 10; if (items[7][3] > items[6][3]) items[7][3] = items[6][3] - 5;
  const R = items.map(([l, u, c, b]) => { const r = s.add([l, u, c, b, growth(c, b)]); s.setFmt(r, 4, 1); if (u === '亿元') { s.setFmt(r, 2, 2); s.setFmt(r, 3, 2); } return r; });
  footer(s, county, o.foot || 3);
  s.plant(R[3], 4, growth(items[3][2], items[3][3]) + 1.7, 'growth wrong');
  s.plant(R[0], 2, k.T + 200, 'total != parts');
  return s;
}
// ---------- CSV export (system) ----------
function bcsv(i, o) {
  const s = new Sheet('export'); const ts = towns(12);
  s.add(['统计日期', '所属辖区', '实有市场主体', '企业', '私营企业', '外商投资企业', '个体工商户', '农民专业合作社', '新登记', '注销', '净增']);
  const d = ts.map(t => { const k = kindsCounts(); const n = ri(20, 300), x = ri(10, 200); return { t, ...k, n, x }; });
  const R = d.map(x => s.add(['2024-06-30', x.t, x.T, x.E, x.P, x.F, x.G, x.C, x.n, x.x, x.n - x.x]));
  const sum = k => d.reduce((a, x) => a + x[k], 0);
  const tr = s.add(['2024-06-30', '合计', sum('T'), sum('E'), sum('P'), sum('F'), sum('G'), sum('C'), sum('n'), sum('x'), sum('n') - sum('x')]);
  s.plant(R[5], 2, d[5].T + 11, 'row total wrong');
  s.plant(tr, 8, sum('n') + 40, 'total 新登记 wrong');
  s.plant(R[7], 10, d[7].n - d[7].x + 20, '净增 wrong');
  return s;
}


// ================= batch 2: harder layouts =================
const KIND5 = [['企业', 'E'], ['  其中：私营企业', 'P'], ['个体工商户', 'G'], ['农民专业合作社', 'C']];
// c1: months as columns, running totals
function c1(i, o) {
  const county = COUNTIES[(i + 1) % COUNTIES.length]; const s = new Sheet('累计'); const N = 6;
  const hdr = ['类型', '1月', ...[2, 3, 4, 5, 6].map(m => '1-' + m + '月')];
  titleBlock(s, hdr.length, county + '2024年新登记市场主体累计情况', null, '单位：户');
  s.add(hdr);
  const mon = { E: [], G: [], C: [] }; for (let m = 0; m < N; m++) { mon.E.push(ri(40, 160)); mon.G.push(ri(200, 700)); mon.C.push(ri(0, 6)); }
  mon.P = mon.E.map(x => Math.round(x * 0.92));
  const cum = a => { let t = 0; return a.map(x => (t += x)); };
  const C = {}; for (const k of ['E', 'P', 'G', 'C']) C[k] = cum(mon[k]); C.T = C.E.map((x, j) => x + C.G[j] + C.C[j]);
  const R = {}; R.T = s.add(['新登记市场主体合计', ...C.T]);
  for (const [l, k] of KIND5) R[k] = s.add([l, ...C[k]]);
  footer(s, county, 1);
  s.plant(R.T, 4, C.T[3] + 30, 'total 1-4月 != sum of kinds');
  return s;
}
// c2: vertical quarter blocks
function c2(i, o) {
  const county = COUNTIES[(i + 2) % COUNTIES.length]; const s = new Sheet('季度'); 
  titleBlock(s, 4, county + '2023年分季度市场主体登记情况', null, '单位：户');
  s.add(['项目', '新登记', '注销', '净增']);
  const Q = ['一季度', '二季度', '三季度', '四季度'].map(() => ({ E: [ri(100, 400), ri(40, 200)], G: [ri(300, 900), ri(200, 800)], C: [ri(0, 8), ri(0, 9)] }));
  const R = [];
  const block = (lab, q) => { s.add([lab]); const T = [q.E[0] + q.G[0] + q.C[0], q.E[1] + q.G[1] + q.C[1]]; const rows = {}; rows.T = s.add(['  合计', T[0], T[1], T[0] - T[1]]); for (const [l, k] of [['  企业', 'E'], ['  个体工商户', 'G'], ['  农民专业合作社', 'C']]) rows[k] = s.add([l, q[k][0], q[k][1], q[k][0] - q[k][1]]); R.push({ rows, q, T }); };
  ['一季度', '二季度', '三季度', '四季度'].forEach((l, j) => block(l, Q[j]));
  const Y = {}; for (const k of ['E', 'G', 'C']) Y[k] = [0, 1].map(z => Q.reduce((a, q) => a + q[k][z], 0)); block('全年', Y);
  footer(s, county, 3);
  s.plant(R[2].rows.G, 3, R[2].q.G[0] - R[2].q.G[1] + 40, '净增 wrong');
  return s;
}
// c3: 实有户数[期初,期末] 本期[新登记,注销] 净增 比年初增长
function c3(i, o) {
  const county = COUNTIES[(i + 3) % COUNTIES.length]; const s = new Sheet('乡镇增减'); const ts = towns(9);
  titleBlock(s, 7, county + '各乡镇（街道）市场主体增减情况', '2024年1-6月', '单位：户，%');
  const h1 = s.add(['乡镇（街道）', '实有户数', null, '本期', null, '净增', '比年初增长(%)']);
  const h2 = s.add([null, '期初', '期末', '新登记', '注销', null, null]);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h1, 2); s.merge(h1, 3, h1, 4); s.merge(h1, 5, h2, 5); s.merge(h1, 6, h2, 6);
  const d = ts.map(t => { const B = ri(3000, 15000); const N = ri(100, 900); const X = ri(50, 950); return { t, B, N, X, end: B + N - X }; });
  const T = { B: 0, N: 0, X: 0, end: 0 }; d.forEach(x => { for (const k in T) T[k] += x[k]; });
  const row = (l, x) => [l, x.B, x.end, x.N, x.X, x.end - x.B, growth(x.end, x.B)];
  const tr = s.add(row('合计', T)); s.setFmt(tr, 6, 1);
  const R = d.map(x => { const r = s.add(row(x.t, x)); s.setFmt(r, 6, 1); return r; });
  footer(s, county, 2);
  s.plant(R[3], 2, d[3].end + 20, '期末 != 期初+新登记-注销');
  return s;
}
// c4: 户 and 人 side by side per kind, 合计 column counts 户 only
function c4(i, o) {
  const county = COUNTIES[(i + 4) % COUNTIES.length]; const s = new Sheet('户数与人员'); const ts = towns(8);
  titleBlock(s, 8, county + '市场主体户数及从业人员情况', null, null);
  const h1 = s.add(['乡镇', '市场主体合计（户）', '企业', null, '个体工商户', null, '农民专业合作社', null]);
  const h2 = s.add([null, null, '户数（户）', '从业人员（人）', '户数（户）', '从业人员（人）', '户数（户）', '成员数（人）']);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h2, 1); s.merge(h1, 2, h1, 3); s.merge(h1, 4, h1, 5); s.merge(h1, 6, h1, 7);
  const d = ts.map(t => { const k = kindsCounts(); return { t, ...k, We: Math.round(k.E * (5 + rnd() * 10)), Wg: Math.round(k.G * (1.5 + rnd())), Wc: Math.round(k.C * (8 + rnd() * 20)) }; });
  const T = {}; for (const k of ['T', 'E', 'We', 'G', 'Wg', 'C', 'Wc']) T[k] = d.reduce((a, x) => a + x[k], 0);
  const row = (l, x) => [l, x.T, x.E, x.We, x.G, x.Wg, x.C, x.Wc];
  const R = d.map(x => s.add(row(x.t, x))); const tr = s.add(row('合计', T));
  footer(s, county, 1);
  s.plant(R[5], 1, d[5].T + 25, '合计户 != sum of 户');
  return s;
}
// c5: shares that round to 99.9/100.1, two growth columns
function c5(i, o) {
  let d, TM, Tc; const ts = towns(11);
  for (let tries = 0; tries < 500; tries++) {
    d = ts.map(t => ({ t, n: ri(20, 400), nl: 0, cap: r2(ri(500, 90000) + rnd()), capl: 0 }));
    d.forEach(x => { x.nl = Math.round(x.n / (0.8 + rnd() * 0.4)); x.capl = r2(x.cap / (0.8 + rnd() * 0.5)); });
    TM = d.reduce((a, x) => a + x.n, 0); const ss = d.reduce((a, x) => a + Math.round(share(x.n, TM) * 10), 0); if (ss !== 1000) break;
  }
  const county = COUNTIES[(i + 5) % COUNTIES.length]; const s = new Sheet('新登记企业');
  titleBlock(s, 7, county + '2024年上半年各乡镇新登记企业情况', null, null);
  const h1 = s.add(['乡镇', '新登记企业', null, null, '新登记企业注册资本', null, null]);
  const h2 = s.add([null, '户数（户）', '同比增长(%)', '占全县比重(%)', '金额（万元）', '同比增长(%)', '上年同期（万元）']);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h1, 3); s.merge(h1, 4, h1, 6);
  const cents = x => Math.round(x * 100);
  const T = { n: TM, nl: d.reduce((a, x) => a + x.nl, 0), cap: d.reduce((a, x) => a + cents(x.cap), 0) / 100, capl: d.reduce((a, x) => a + cents(x.capl), 0) / 100 };
  const row = (l, x) => [l, x.n, growth(x.n, x.nl), share(x.n, TM), x.cap, rdiv((cents(x.cap) - cents(x.capl)) * 100, cents(x.capl), 1), x.capl];
  const fm = r => { s.setFmt(r, 2, 1); s.setFmt(r, 3, 1); s.setFmt(r, 4, 2); s.setFmt(r, 5, 1); s.setFmt(r, 6, 2); };
  const tr = s.add(row('全县', T)); fm(tr);
  const R = d.map(x => { const r = s.add(row(x.t, x)); fm(r); return r; });
  footer(s, county, 3);
  s.plant(R[4], 5, rdiv((cents(d[4].cap) - cents(d[4].capl)) * 100, cents(d[4].capl), 1) + 5, 'capital growth wrong');
  return s;
}
// c6: 亿元 only, total rounded from exact sum (differs from sum of rounded parts)
function c6(i, o) {
  let d, tot, sr; const DD = o.dec || 2;
  const ts = o.city ? DISTRICTS.slice(0, 9) : towns(o.n || 12);
  for (let tries = 0; tries < 2000; tries++) {
    d = ts.map(t => ({ t, w: ri(50000, 4000000) + ri(0, 99) / 100 }));
    tot = d.reduce((a, x) => a + Math.round(x.w * 100), 0); sr = d.reduce((a, x) => a + Math.round(rdiv(Math.round(x.w * 100), 1e6, DD) * 100), 0);
    if (Math.abs(sr - Math.round(rdiv(tot, 1e6, DD) * 100)) >= (o.minDiff || 2)) break;
  }
  const s = new Sheet('注册资本亿元'); const county = COUNTIES[(i + 6) % COUNTIES.length];
  titleBlock(s, 3, (o.city ? '全市' : county) + '实有企业注册资本分布', null, '单位：亿元，%');
  s.add([o.city ? '县（市、区）' : '乡镇', '注册资本', '占比(%)']);
  const tr = s.add([o.totalLabel || (o.city ? '全市' : '全县'), rdiv(tot, 1e6, DD), 100]); s.setFmt(tr, 1, DD); s.setFmt(tr, 2, 1);
  const R = d.map(x => { const c = Math.round(x.w * 100); const r = s.add([x.t, rdiv(c, 1e6, DD), share(c, tot)]); s.setFmt(r, 1, DD); s.setFmt(r, 2, 1); return r; });
  if (!o.noNote) s.add(['注：各分项数据因四舍五入，合计数与分项之和可能存在微小差异。']);
  s.plant(R[2], 1, rdiv(Math.round(d[2].w * 100), 1e6, DD) + 3, 'part wrong -> total off by 3');
  return s;
}
// c7: growth with zero base and -100
function c7(i, o) {
  const county = COUNTIES[(i + 7) % COUNTIES.length]; const s = new Sheet('新设');
  titleBlock(s, 4, county + '2024年1-3月新设立市场主体情况', null, '单位：户，%');
  s.add(['类型', '本期', '上年同期', '同比增长(%)']);
  const E = [ri(200, 500), 0], P = [0, 0], F = [2, 0], G = [ri(900, 2000), 0], C = [0, 3];
  P[0] = Math.round(E[0] * 0.95); E[1] = Math.round(E[0] / 1.1); P[1] = Math.round(E[1] * 0.93); G[1] = Math.round(G[0] / 0.95);
  const T = [E[0] + G[0] + C[0], E[1] + G[1] + C[1]];
  const g = x => x[1] === 0 ? '—' : growth(x[0], x[1]);
  const R = {};
  for (const [l, x, k] of [['市场主体', T, 'T'], ['企业', E, 'E'], ['  私营企业', P, 'P'], ['  外商投资企业', F, 'F'], ['个体工商户', G, 'G'], ['农民专业合作社', C, 'C']]) { R[k] = s.add([l, x[0], x[1], g(x)]); s.setFmt(R[k], 3, 1); }
  footer(s, county, 1);
  s.plant(R.G, 3, growth(G[0], G[1]) + 3, 'growth wrong');
  return s;
}
// c9: GBK csv with thousands separators as text and 户均
function c9(i, o) {
  const s = new Sheet('x'); const ts = towns(10);
  s.add(['序号', '辖区名称', '实有企业户数', '注册资本(万元)', '户均注册资本(万元)', '个体工商户户数', '个体资金数额(万元)']);
  const d = ts.map(t => { const E = ri(300, 5000); const cap = ri(30000, 3000000); const G = ri(1000, 9000); const gc = ri(5000, 90000); return { t, E, cap, G, gc }; });
  const fmtk = x => x.toLocaleString('en-US');
  const R = d.map((x, j) => s.add([j + 1, x.t, fmtk(x.E), fmtk(x.cap), rdiv(x.cap, x.E, 2).toFixed(2), fmtk(x.G), fmtk(x.gc)]));
  const T = { E: 0, cap: 0, G: 0, gc: 0 }; d.forEach(x => { for (const k in T) T[k] += x[k]; });
  const tr = s.add(['', '合计', fmtk(T.E), fmtk(T.cap), rdiv(T.cap, T.E, 2).toFixed(2), fmtk(T.G), fmtk(T.gc)]);
  s.plant(tr, 5, fmtk(T.G + 300), 'total 个体 wrong');
  return s;
}
// c11: months rows, kinds [本月, 累计] two-row header, 合计 row whose 累计 = final
function c11(i, o) {
  const county = COUNTIES[(i + 8) % COUNTIES.length]; const s = new Sheet('逐月'); const N = o.months || 8;
  titleBlock(s, 7, county + '2024年逐月新登记市场主体情况', null, '单位：户');
  const h1 = s.add(['月份', '市场主体', null, '企业', null, '个体工商户', null]);
  const h2 = s.add([null, '本月', '累计', '本月', '累计', '本月', '累计']);
  s.merge(h1, 0, h2, 0); s.merge(h1, 1, h1, 2); s.merge(h1, 3, h1, 4); s.merge(h1, 5, h1, 6);
  let cE = 0, cG = 0; const R = [], D = [];
  for (let m = 1; m <= N; m++) { const e = ri(40, 200), g = ri(150, 700); cE += e; cG += g; D.push({ e, g, cE, cG }); R.push(s.add([m + '月', e + g, cE + cG, e, cE, g, cG])); }
  if (o.totalRow) s.add(['合计', cE + cG, cE + cG, cE, cE, cG, cG]);
  footer(s, county, 0);
  s.plant(R[3], 1, D[3].e + D[3].g + 15, '市场主体本月 != 企业+个体');
  return s;
}
// c12: hierarchical 三次产业 with indented 门类
function c12(i, o) {
  const county = COUNTIES[(i + 9) % COUNTIES.length]; const s = new Sheet('产业行业');
  titleBlock(s, 4, county + '实有企业分产业、行业情况', '（2024年6月末）', '单位：户，%');
  s.add(['产业/行业', '实有企业', '比上年末增长(%)', '上年末']);
  const md = MENLEI.map(([c, n, ind]) => { const cur = ind === 3 ? ri(50, 2000) : ri(20, 900); return { c, n, ind, cur, last: Math.round(cur / (0.85 + rnd() * 0.3)) }; });
  const sec = [1, 2, 3].map(k => ({ cur: md.filter(m => m.ind === k).reduce((a, m) => a + m.cur, 0), last: md.filter(m => m.ind === k).reduce((a, m) => a + m.last, 0) }));
  const T = { cur: sec.reduce((a, x) => a + x.cur, 0), last: sec.reduce((a, x) => a + x.last, 0) };
  const row = (l, x) => { const r = s.add([l, x.cur, growth(x.cur, x.last), x.last]); s.setFmt(r, 2, 1); return r; };
  const tr = row('总计', T); const R = {};
  ['第一产业', '第二产业', '第三产业'].forEach((l, k) => { R['s' + k] = row(l, sec[k]); md.filter(m => m.ind === k + 1).forEach(m => { R[m.c] = row('　　' + m.n, m); }); });
  footer(s, county, 3);
  s.plant(R.s1, 1, sec[1].cur + 44, '第二产业 != sum of its 门类');
  return s;
}
// ---------- assemble ~35 books ----------
let i = 0;
const V = [
  () => book('01_xiangzhen_fenlei.xlsx', [b1(i, { foot: 1 })]),
  () => book('02_xiangzhen_fenlei_top.xlsx', [b1(i, { totalTop: true, sub: true, foot: 2, filerTop: true })]),
  () => book('03_jiezhi_bottom_zongji.xlsx', [b1(i, { totalLabel: '总计', n: 12, foot: 3, labelHdr: '单位' })]),
  () => book('04_fujian_xiangzhen.xlsx', [b1(i, { attach: '附件2', sub: true, totalLabel: '全县' })]),
  () => book('05_dengji_pingheng.xlsx', [b2(i, {})]),
  () => book('06_dengji_pingheng_annual.xlsx', [b2(i, { annual: true, totalTop: true, foot: 2 })]),
  () => book('07_dengji_indent.xlsx', [b2(i, { indent: true, foot: 3 })]),
  () => book('08_zhuceziben.xlsx', [b3(i, {})]),
  () => book('09_zhuceziben_top.xlsx', [b3(i, { totalTop: true, foot: 1 })]),
  () => book('10_hangye_menlei.xlsx', [b4(i, {})]),
  () => book('11_hangye_blocks.xlsx', [b4(i, { blockHeads: true, codes: true })]),
  () => book('12_hangye_only_menlei.xlsx', [b4(i, { withSectors: false, codes: true, foot: 2 })]),
  () => book('13_yuedu_leiji.xlsx', [b5(i, {})]),
  () => book('14_yuedu_leiji_range.xlsx', [b5(i, { rangeLabels: true, months: 11, foot: 3 })]),
  () => book('15_jidu.xlsx', [b6(i, {})]),
  () => book('16_jidu_bottom.xlsx', [b6(i, { totalBottom: true, foot: 1 })]),
  () => book('17_midu_ren.xlsx', [b7(i, {})]),
  () => book('18_midu_wanren.xlsx', [b7(i, { wan: true, foot: 1 })]),
  () => book('19_zhanbi.xlsx', [b8(i, {})]),
  () => book('20_zhanbi_city_top.xlsx', [b8(i, { city: true, totalTop: true, foot: 3 })]),
  () => book('21_geti_congye.xlsx', [b10(i, {})]),
  () => book('22_city_fenxian.xlsx', [b12(i, {})]),
  () => book('23_zhibiao.xlsx', [b13(i, {})]),
  () => book('24_zhibiao_m9.xlsx', [b13(i, { m: 9, foot: 2 })]),
  () => book('25_export_utf8bom.csv', [bcsv(i, {})], 'csv-bom'),
  () => book('26_export_gbk.csv', [bcsv(i, {})], 'csv-gbk'),
  () => book('27_export_utf8_nobom.csv', [bcsv(i, {})], 'csv'),
  () => book('28_multi_sheet.xlsx', [b2(i, { sheet: '登记情况' }), b3(i, { sheet: '注册资本' }), b1(i, { sheet: '分乡镇' })]),
  () => book('29_multi_hangye_midu.xlsx', [b4(i, { sheet: '行业' }), b7(i, { sheet: '密度', wan: true })]),
  () => book('30_xiangzhen_nosub.xlsx', [b1(i, { n: 6, foot: 0 })]),
  () => book('31_zhibiao_m3.xlsx', [b13(i, { m: 3, foot: 1 })]),
  () => book('32_jidu_b.xlsx', [b6(i, { foot: 3 })]),
  () => book('33_zhanbi_b.xlsx', [b8(i, { foot: 2 })]),
  () => book('34_city_fenxian_b.xlsx', [b12(i, { foot: 3 })]),
  () => book('35_geti_congye_b.xlsx', [b10(i, { sheet: '个体' })]),
  () => book('36_dengji_multi.xlsx', [b2(i, { sheet: '上半年' }), b5(i, { sheet: '月度', months: 6 })]),
  () => book('37_month_columns_cum.xlsx', [c1(i, {})]),
  () => book('38_quarter_blocks_vertical.xlsx', [c2(i, {})]),
  () => book('39_qichu_qimo_group.xlsx', [c3(i, {})]),
  () => book('40_hu_ren_sidebyside.xlsx', [c4(i, {})]),
  () => book('41_share_rounding_two_growth.xlsx', [c5(i, {})]),
  () => book('42_yiyuan_rounding.xlsx', [c6(i, {})]),
  () => book('43_yiyuan_rounding_city.xlsx', [c6(i, { city: true })]),
  () => book('44_zero_base_growth.xlsx', [c7(i, {})]),
  () => book('45_gbk_thousands.csv', [c9(i, {})], 'csv-gbk'),
  () => book('46_monthly_bengyue_leiji.xlsx', [c11(i, {})]),
  () => book('47_monthly_bengyue_leiji_total.xlsx', [c11(i, { totalRow: true, months: 12 })]),
  () => book('48_industry_hierarchy.xlsx', [c12(i, {})]),
  () => book('49_yiyuan_nonote.xlsx', [c6(i, { noNote: true, totalLabel: '合计' })]),
  () => book('50_yiyuan_1dec_16parts.xlsx', [c6(i, { dec: 1, n: 16, minDiff: 30, totalLabel: '合计' })]),
  () => book('51_midu_heji.xlsx', [b7(i, { totalLabel: '合计', n: 12 })]),
  () => book('52_midu_wan_heji.xlsx', [b7(i, { wan: true, totalLabel: '合计', n: 14 })]),
];
for (; i < V.length; i++) V[i]();

// ---------- write ----------
function csvText(s) {
  return s.rows.map((row, r) => row.map((v, c) => { if (v == null) return ''; const d = s.fmt[r + ',' + c]; let t = typeof v === 'number' && d != null ? v.toFixed(d) : String(v); if (/[",\n]/.test(t)) t = '"' + t.replace(/"/g, '""') + '"'; return t; }).join(',')).join('\r\n') + '\r\n';
}
async function writeBook(b, dir) {
  const f = path.join(ROOT, dir, b.file);
  if (b.type !== 'xlsx') {
    const txt = csvText(b.sheets[0]);
    if (b.type === 'csv-bom') fs.writeFileSync(f, '\ufeff' + txt, 'utf8');
    else if (b.type === 'csv-gbk') fs.writeFileSync(f, iconv.encode(txt, 'gbk'));
    else fs.writeFileSync(f, txt, 'utf8');
    return;
  }
  const wb = new ExcelJS.Workbook();
  for (const s of b.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => { if (v == null) return; const cell = ws.getCell(r + 1, c + 1); cell.value = v; const d = s.fmt[r + ',' + c]; if (d != null) cell.numFmt = d === 1 ? '0.0' : '0.00'; }));
    for (const [a, b_, c, d] of s.merges) ws.mergeCells(a + 1, b_ + 1, c + 1, d + 1);
    ws.getColumn(1).width = 24;
  }
  await wb.xlsx.writeFile(f);
}
function clone(s) { const n = new Sheet(s.name); n.rows = s.rows.map(r => r.slice()); n.merges = s.merges; n.fmt = s.fmt; return n; }
(async () => {
  const manifest = {};
  let k = 0;
  for (const b of books) {
    await writeBook(b, 'clean');
    // plant in ~25 of 36: skip every third from 3rd
    if (k < 36 && k % 3 === 2 && k > 0 && Object.keys(manifest).length + (36 - k) > 25) { k++; continue; }
    k++;
    const si = (k * 7) % b.sheets.length; const s = b.sheets[si];
    const p = s.plants[(k * 5) % s.plants.length];
    const t = clone(s); const old = t.rows[p.r][p.c]; t.rows[p.r][p.c] = typeof old === 'number' && !Number.isInteger(old) ? Math.round(p.nv * 100) / 100 : p.nv;
    const nb = { ...b, sheets: b.sheets.map((x, j) => j === si ? t : x) };
    await writeBook(nb, 'planted');
    manifest[b.file] = { sheet: b.type === 'xlsx' ? s.name : path.basename(b.file, '.csv'), cell: addr(p.r, p.c), old, new: t.rows[p.r][p.c], why: p.why };
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('books', books.length, 'sheets', books.reduce((a, b) => a + b.sheets.length, 0), 'planted', Object.keys(manifest).length);
})();
