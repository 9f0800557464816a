// Generator for round69b: consumption & services 月报 workbooks.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round69b';
let seed = 6901;
function rnd() { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const R = (a, b) => a + (b - a) * rnd();
const RI = (a, b) => Math.floor(R(a, b + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + (r + 1);
const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
const gr = (cur, prev) => r1((cur / prev - 1) * 100);
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

class Sh {
  constructor(name, o = {}) { this.name = name; this.cells = {}; this.dec = {}; this.ind = {}; this.merges = []; this.rel = []; this.roles = { total: [], part: [], cum: [], growth: [], qz: [] }; this.o = o; this.ncol = 1; this.bold = {}; }
  set(r, c, v, dec) { this.cells[r + ',' + c] = v; if (dec != null) this.dec[r + ',' + c] = dec; if (c + 1 > this.ncol) this.ncol = c + 1; }
  get(r, c) { return this.cells[r + ',' + c]; }
  merge(a, b, c, d) { this.merges.push([a, b, c, d]); }
}
// units: '万元' integers; '亿元' 2 decimals. honest: totals rounded from unrounded parts
function unitVal(x, unit) { return unit === '亿元' ? r2(x / 10000) : Math.round(x); }
const DEC = (unit) => (unit === '亿元' ? 2 : 0);
const half = (unit) => (unit === '亿元' ? 0.005 : 0.5);
function label(sh, r, c, text, level) {
  if (!level) { sh.set(r, c, text); return; }
  if (sh.o.indent === 'align') { sh.set(r, c, text); sh.ind[r + ',' + c] = level; }
  else sh.set(r, c, '　'.repeat(level) + text);
}
function titleRows(sh, title, unit, ncol) {
  sh.set(0, 0, title); sh.merge(0, 0, 0, ncol - 1); sh.bold['0,0'] = 1;
  const u = unit ? `单位：${unit}` + (sh.o.pctInUnit ? '、%' : '') : '';
  if (sh.o.unitLeft) sh.set(1, 0, u); else { sh.set(1, ncol - 1, u); }
  sh.ncol = Math.max(sh.ncol, ncol);
}
function notes(sh, r, list) { list.forEach((n, i) => { sh.set(r + i, 0, n); sh.merge(r + i, 0, r + i, sh.ncol - 1); }); }
// growth relation: vh = half-unit if growth computed from unrounded values
function growthRel(sh, gcell, ccell, pcell, vh) { if (sh.o.comp) return; sh.rel.push({ t: 'growth', g: gcell, cur: ccell, prev: pcell, vh }); sh.roles.growth.push(gcell); }
function sumRel(sh, total, parts, tol) { sh.rel.push({ t: 'sum', total, parts, tol: tol || 1e-6 }); }
function compG(g) { return r1(g + pick([-1, 1]) * R(0.8, 4)); }

// ---------- B1/B2: monthly running table ----------
function monthlyData(o) {
  const M = o.M, base = o.base || R(80000, 400000);
  const p = [], c = [];
  for (let m = 1; m <= 12; m++) { const s = [0, 1.15, 0.9, 0.95, 0.97, 1.02, 1.0, 0.98, 1.0, 1.03, 1.08, 1.1, 1.25][m]; p[m] = Math.round(base * s * R(0.93, 1.07)); c[m] = Math.round(p[m] * (1 + R(-0.06, 0.14))); }
  // periods
  const per = [];
  if (o.comb12) per.push({ lab: '1-2月', cur: c[1] + c[2], prev: p[1] + p[2], m: 2 }); else { per.push({ lab: 1, cur: c[1], prev: p[1], m: 1 }); per.push({ lab: 2, cur: c[2], prev: p[2], m: 2 }); }
  for (let m = 3; m <= M; m++) per.push({ lab: m, cur: c[m], prev: p[m], m });
  return per;
}
function monthLabel(m, style, year) { if (typeof m === 'string') return m; return style === 0 ? `${m}月` : style === 1 ? `${CN[m]}月` : `${year}年${m}月`; }
function cumLabel(m, comb) { return m === 1 ? '1月' : `1-${m}月`; }

function bMonthlyRows(sh, o) {
  const unit = o.unit, per = monthlyData(o), dec = DEC(unit);
  const year = pick([2023, 2024, 2025]);
  const mode = o.mode; // 'full' (cur+prev+g, cum+prev+g), 'short' (cur,g,cum,g), 'cumonly'
  const cols = mode === 'full' ? 7 : mode === 'short' ? 5 : 4;
  titleRows(sh, o.title || `${o.area}${year}年社会消费品零售总额月度情况`, unit, cols);
  const h = 2;
  sh.set(h, 0, '月份'); sh.merge(h, 0, h + 1, 0);
  if (mode === 'full') {
    sh.set(h, 1, '当月'); sh.merge(h, 1, h, 3); sh.set(h, 4, '1-本月累计'); sh.merge(h, 4, h, 6);
    ['本年', '上年同期', '同比增长(%)', '本年', '上年同期', '同比增长(%)'].forEach((t, i) => sh.set(h + 1, 1 + i, t));
  } else if (mode === 'short') {
    sh.set(h, 1, '当月'); sh.merge(h, 1, h, 2); sh.set(h, 3, '累计'); sh.merge(h, 3, h, 4);
    ['绝对额', '同比增长(%)', '绝对额', '同比增长(%)'].forEach((t, i) => sh.set(h + 1, 1 + i, t));
  } else {
    sh.set(h, 1, '1-本月累计'); sh.merge(h, 1, h, 3);
    ['本年', '上年同期', '增长(%)'].forEach((t, i) => sh.set(h + 1, 1 + i, t));
  }
  let r = h + 2; let cc = 0, cp = 0, tc = 0, tp = 0; // displayed cum (exact sums of displayed) 
  const ls = RI(0, 2); let prevRow = null;
  per.forEach((q, i) => {
    const cur = unitVal(q.cur, unit), prev = unitVal(q.prev, unit);
    cc = unit === '亿元' ? r2(cc + cur) : cc + cur; cp = unit === '亿元' ? r2(cp + prev) : cp + prev;
    sh.set(r, 0, monthLabel(q.lab, ls, year));
    if (mode === 'full') {
      sh.set(r, 1, cur, dec); sh.set(r, 2, prev, dec); sh.set(r, 3, o.comp ? compG(gr(cur, prev)) : gr(cur, prev), 1);
      sh.set(r, 4, cc, dec); sh.set(r, 5, cp, dec); sh.set(r, 6, o.comp ? compG(gr(cc, cp)) : gr(cc, cp), 1);
      growthRel(sh, A(r, 3), A(r, 1), A(r, 2), 0); growthRel(sh, A(r, 6), A(r, 4), A(r, 5), 0);
      if (prevRow == null) { sumRel(sh, A(r, 4), [A(r, 1)]); sumRel(sh, A(r, 5), [A(r, 2)]); }
      else { sumRel(sh, A(r, 4), [A(prevRow, 4), A(r, 1)]); sumRel(sh, A(r, 5), [A(prevRow, 5), A(r, 2)]); if (i < per.length - 1) sh.roles.cum.push(A(r, 4)); sh.roles.part.push(A(r, 1)); }
    } else if (mode === 'short') {
      sh.set(r, 1, cur, dec); sh.set(r, 2, gr(cur, prev), 1); sh.set(r, 3, cc, dec); sh.set(r, 4, gr(cc, cp), 1);
      if (prevRow == null) sumRel(sh, A(r, 3), [A(r, 1)]); else { sumRel(sh, A(r, 3), [A(prevRow, 3), A(r, 1)]); if (i < per.length - 1) sh.roles.cum.push(A(r, 3)); }
    } else {
      sh.set(r, 1, cc, dec); sh.set(r, 2, cp, dec); sh.set(r, 3, o.comp ? compG(gr(cc, cp)) : gr(cc, cp), 1);
      growthRel(sh, A(r, 3), A(r, 1), A(r, 2), 0);
    }
    prevRow = r; r++;
  });
  if (o.future) { for (let m = per[per.length - 1].m + 1; m <= 12; m++) { sh.set(r, 0, monthLabel(m, ls, year)); if (o.future === 'dash') for (let c = 1; c < cols; c++) sh.set(r, c, '—'); r++; } }
  const ns = [];
  if (o.comb12) ns.push('注：1-2月数据合并发布，“1-2月”行当月数即为累计数。');
  if (o.comp) ns.push(`${ns.length ? '' : '注：'}增速按可比口径计算，与表中绝对额直接计算的结果可能不一致。`);
  if (mode === 'short') ns.push('说明：同比增长速度按上年同期数计算。');
  notes(sh, r + 1, ns);
}

function bMonthlyCols(sh, o) {
  const unit = o.unit, per = monthlyData(o), dec = DEC(unit);
  const year = pick([2023, 2024, 2025]);
  const n = per.length;
  titleRows(sh, `${o.area}${year}年社会消费品零售总额（分月）`, unit, n + 1);
  sh.set(2, 0, '指标'); per.forEach((q, i) => sh.set(2, 1 + i, monthLabel(q.lab, 0, year)));
  const rows = ['当月零售额', '上年同月', '当月增长(%)', '累计零售额', '上年同期累计', '累计增长(%)'];
  rows.forEach((t, j) => sh.set(3 + j, 0, t));
  let cc = 0, cp = 0;
  per.forEach((q, i) => {
    const c = 1 + i, cur = unitVal(q.cur, unit), prev = unitVal(q.prev, unit);
    cc = unit === '亿元' ? r2(cc + cur) : cc + cur; cp = unit === '亿元' ? r2(cp + prev) : cp + prev;
    sh.set(3, c, cur, dec); sh.set(4, c, prev, dec); sh.set(5, c, o.comp ? compG(gr(cur, prev)) : gr(cur, prev), 1);
    sh.set(6, c, cc, dec); sh.set(7, c, cp, dec); sh.set(8, c, o.comp ? compG(gr(cc, cp)) : gr(cc, cp), 1);
    growthRel(sh, A(5, c), A(3, c), A(4, c), 0); growthRel(sh, A(8, c), A(6, c), A(7, c), 0);
    if (i === 0) { sumRel(sh, A(6, c), [A(3, c)]); sumRel(sh, A(7, c), [A(4, c)]); }
    else { sumRel(sh, A(6, c), [A(6, c - 1), A(3, c)]); sumRel(sh, A(7, c), [A(7, c - 1), A(4, c)]); if (i < n - 1) sh.roles.cum.push(A(6, c)); sh.roles.part.push(A(3, c)); }
  });
  const ns = [];
  if (o.comb12) ns.push('注：1-2月合并计算。');
  if (o.comp) ns.push('注：增速按可比口径计算。');
  notes(sh, 10, ns);
}

// ---------- B3: by district ----------
const DISTS = [['城关区', '东城区', '西城区', '高新区', '经开区', '临江县', '安平县', '青石县', '北山县'], ['鼓楼区', '秦淮区', '江宁区', '浦口区', '六合区', '溧水区', '高淳区'], ['市中区', '历城区', '长清区', '章丘区', '平阴县', '商河县', '莱芜区', '钢城区']];
function bDistrict(sh, o) {
  const unit = o.unit, dec = DEC(unit);
  let ds = pick(DISTS).slice(); ds = ds.slice(0, RI(5, ds.length));
  const full = o.mode !== 'cum';
  const cols = full ? 7 : 4;
  const M = o.M;
  titleRows(sh, `${M === 12 ? '1-12月' : `1-${M}月`}各区县社会消费品零售总额`, unit, cols);
  sh.set(2, 0, '区县'); sh.merge(2, 0, 3, 0);
  let hd;
  if (full) { sh.set(2, 1, `${M}月`); sh.merge(2, 1, 2, 3); sh.set(2, 4, `1-${M}月累计`); sh.merge(2, 4, 2, 6); hd = ['本月', '上年同月', '增长(%)', '累计', '上年同期累计', '增长(%)']; }
  else { sh.set(2, 1, `1-${M}月`); sh.merge(2, 1, 2, 3); hd = ['累计', '上年同期累计', '增长(%)']; }
  hd.forEach((t, i) => sh.set(3, 1 + i, t));
  const data = ds.map(() => { const cp = R(20000, 300000) * M; const cc = cp * (1 + R(-0.05, 0.12)); const mp = cp / M * R(0.85, 1.15); const mc = mp * (1 + R(-0.06, 0.14)); return [mc, mp, cc, cc]; }).map(([mc, mp, cc]) => { const cp = cc / (1 + R(-0.05, 0.12)); return { mc: unitVal(mc, unit), mp: unitVal(mp, unit), cc: unitVal(cc, unit), cp: unitVal(cp, unit), raw: { mc, mp, cc, cp } }; });
  const sums = {}; const honest = o.honest && unit === '亿元';
  ['mc', 'mp', 'cc', 'cp'].forEach((k) => { sums[k] = honest ? unitVal(data.reduce((s, d) => s + d.raw[k], 0), unit) : (unit === '亿元' ? r2(data.reduce((s, d) => s + d[k], 0)) : data.reduce((s, d) => s + d[k], 0)); });
  const totBottom = o.totBottom;
  const startRow = 4;
  const totRow = totBottom ? startRow + ds.length : startRow; // 其中 row goes right after 合计 when total is at bottom
  let r = totBottom ? startRow : startRow + 1;
  const keys = full ? ['mc', 'mp', null, 'cc', 'cp', null] : ['cc', 'cp', null];
  const putRow = (row, d, isTot) => {
    keys.forEach((k, i) => {
      const c = 1 + i;
      if (k) sh.set(row, c, d[k], dec);
      else { const cur = d[keys[i - 2]], prev = d[keys[i - 1]]; sh.set(row, c, o.comp ? compG(gr(cur, prev)) : gr(cur, prev), 1); growthRel(sh, A(row, c), A(row, c - 2), A(row, c - 1), honest ? half(unit) : 0); }
    });
  };
  // optional subtotal: 其中：中心城区 = first 3 districts (non-additive)
  let subRow = null;
  if (o.subtotal && !totBottom) { subRow = r; r++; }
  const drows = [];
  ds.forEach((nm, i) => { label(sh, r, 0, nm, o.subtotal && i < 3 ? 1 : 0); putRow(r, data[i]); drows.push(r); r++; });
  if (o.subtotal && totBottom) { subRow = totRow + 1; r = totRow + 2; }
  sh.set(totRow, 0, totBottom ? '合计' : pick(['全市', '全市合计', '总计'])); putRow(totRow, sums, true);
  keys.forEach((k, i) => { if (k) { const c = 1 + i; sumRel(sh, A(totRow, c), drows.map((x) => A(x, c)), honest ? ds.length * 0.005 + 0.0051 : 1e-6); sh.roles.total.push(A(totRow, c)); drows.forEach((x) => sh.roles.part.push(A(x, c))); } });
  if (subRow != null) {
    label(sh, subRow, 0, '其中：中心城区', 0);
    const sd = {}; ['mc', 'mp', 'cc', 'cp'].forEach((k) => { sd[k] = unit === '亿元' ? r2(data.slice(0, 3).reduce((s, d) => s + d[k], 0)) : data.slice(0, 3).reduce((s, d) => s + d[k], 0); });
    putRow(subRow, sd);
    keys.forEach((k, i) => { if (k) { const c = 1 + i; sumRel(sh, A(subRow, c), drows.slice(0, 3).map((x) => A(x, c))); sh.rel.push({ t: 'le', part: A(subRow, c), whole: A(totRow, c) }); } });
  }
  r = Math.max(r, totRow + 1);
  const ns = [];
  if (o.subtotal) ns.push('注：中心城区包括' + ds.slice(0, 3).join('、') + '。');
  if (honest) ns.push('注：因四舍五入，合计数与分项之和可能略有出入。');
  if (o.comp) ns.push('注：各区县增速按可比口径计算。');
  notes(sh, r + 1, ns);
}

// ---------- B4: 社零 structure ----------
function bStructure(sh, o) {
  const unit = o.unit, dec = DEC(unit);
  const M = o.M;
  const full = o.mode !== 'short';
  const cols = full ? 7 : 5;
  titleRows(sh, `${M}月份社会消费品零售总额主要指标`, unit, cols);
  sh.set(2, 0, '指标'); sh.merge(2, 0, 3, 0);
  if (full) { sh.set(2, 1, '本月'); sh.merge(2, 1, 2, 3); sh.set(2, 4, `1-${M}月`); sh.merge(2, 4, 2, 6); ['本年', '上年同期', '增长(%)', '本年', '上年同期', '增长(%)'].forEach((t, i) => sh.set(3, 1 + i, t)); }
  else { ['本月', `1-${M}月`, '本月增长(%)', '累计增长(%)'].forEach((t, i) => { sh.set(2, 1 + i, t); sh.merge(2, 1 + i, 3, 1 + i); }); }
  // raw values
  const mk = () => { const mp = R(60000, 300000); const mc = mp * (1 + R(-0.05, 0.12)); const cp = mp * M * R(0.95, 1.05); const cc = cp * (1 + R(-0.04, 0.1)); return { mc, mp, cc, cp }; };
  const U = mk(), Ru = mk(); const scale = (d, f) => { const x = {}; for (const k in d) x[k] = d[k] * f * R(0.97, 1.03); return x; };
  Object.keys(Ru).forEach((k) => (Ru[k] *= 0.25));
  const Cat = scale(U, 0.12); // 餐饮
  const disp = (d) => { const x = {}; for (const k in d) x[k] = unitVal(d[k], unit); return x; };
  const u = disp(U), ru = disp(Ru), cat = disp(Cat);
  const add = (a, b) => { const x = {}; for (const k in a) x[k] = unit === '亿元' ? r2(a[k] + b[k]) : a[k] + b[k]; return x; };
  const sub = (a, b) => { const x = {}; for (const k in a) x[k] = unit === '亿元' ? r2(a[k] - b[k]) : a[k] - b[k]; return x; };
  const tot = add(u, ru), goods = sub(tot, cat);
  const lim = {}; for (const k in tot) lim[k] = unit === '亿元' ? r2(tot[k] * R(0.35, 0.5)) : Math.round(tot[k] * R(0.35, 0.5));
  const rowsDef = [['社会消费品零售总额', 0, tot, 'T'], ['按经营地分', 1, null], ['城镇', 2, u, 'A'], ['乡村', 2, ru, 'A'], ['按消费类型分', 1, null], ['商品零售', 2, goods, 'B'], ['餐饮收入', 2, cat, 'B']];
  if (o.withLimit) rowsDef.push(['其中：限额以上单位消费品零售额', 1, lim, 'Q']);
  let r = 4; const pos = {};
  rowsDef.forEach(([nm, lv, d, tag]) => {
    label(sh, r, 0, nm, lv);
    if (d) {
      if (full) {
        const ks = ['mc', 'mp', null, 'cc', 'cp', null];
        ks.forEach((k, i) => { const c = 1 + i; if (k) sh.set(r, c, d[k], dec); else { sh.set(r, c, o.comp ? compG(gr(d[ks[i - 2]], d[ks[i - 1]])) : gr(d[ks[i - 2]], d[ks[i - 1]]), 1); growthRel(sh, A(r, c), A(r, c - 2), A(r, c - 1), 0); } });
      } else {
        sh.set(r, 1, d.mc, dec); sh.set(r, 2, d.cc, dec); sh.set(r, 3, gr(d.mc, d.mp), 1); sh.set(r, 4, gr(d.cc, d.cp), 1);
      }
      (pos[tag] = pos[tag] || []).push(r);
    }
    r++;
  });
  const vcols = full ? [1, 2, 4, 5] : [1, 2];
  vcols.forEach((c) => {
    const t = pos.T[0];
    sumRel(sh, A(t, c), pos.A.map((x) => A(x, c))); sumRel(sh, A(t, c), pos.B.map((x) => A(x, c)));
    sh.roles.total.push(A(t, c)); pos.A.concat(pos.B).forEach((x) => sh.roles.part.push(A(x, c)));
    if (pos.Q) { sh.rel.push({ t: 'le', part: A(pos.Q[0], c), whole: A(t, c) }); sh.roles.qz.push({ part: A(pos.Q[0], c), whole: A(t, c) }); }
  });
  const ns = ['注：1.本表为快报数据；'];
  if (o.comp) ns.push('2.增速按可比口径计算。'); else ns.push('2.城镇、乡村按经营单位所在地划分。');
  notes(sh, r + 1, ns);
}

// ---------- B5: 限额以上 by 商品类别 ----------
const CATS = [['粮油、食品类', [['粮油类', 0.3]]], ['饮料类', []], ['烟酒类', []], ['服装、鞋帽、针纺织品类', [['服装类', 0.7]]], ['化妆品类', []], ['金银珠宝类', []], ['日用品类', []], ['家用电器和音像器材类', []], ['中西药品类', []], ['文化办公用品类', []], ['通讯器材类', []], ['石油及制品类', []], ['建筑及装潢材料类', []], ['汽车类', [['新能源汽车', 0.35]]]];
function bCategory(sh, o) {
  const unit = o.unit, dec = DEC(unit), M = o.M;
  const withMonth = o.mode === 'full';
  const cols = withMonth ? 5 : 4;
  titleRows(sh, `1-${M}月限额以上单位商品零售额分类情况`, unit, cols);
  sh.set(2, 0, '商品类别');
  const hd = withMonth ? ['本月', `1-${M}月`, '上年同期', '增长(%)'] : [`1-${M}月`, '上年同期', '增长(%)'];
  hd.forEach((t, i) => sh.set(2, 1 + i, t));
  const cats = CATS.filter(() => rnd() < 0.75);
  let r = 3; const totRow = r; r++;
  const vals = []; const cc0 = withMonth ? 2 : 1;
  const put = (row, cc, cp, mc) => {
    if (withMonth) sh.set(row, 1, mc, dec);
    sh.set(row, cc0, cc, dec); sh.set(row, cc0 + 1, cp, dec);
    sh.set(row, cc0 + 2, o.comp ? compG(gr(cc, cp)) : gr(cc, cp), 1); growthRel(sh, A(row, cc0 + 2), A(row, cc0), A(row, cc0 + 1), 0);
  };
  let sumC = 0, sumP = 0, sumM = 0;
  cats.forEach(([nm, subs], i) => {
    const cp = R(3000, 60000) * M, cc = cp * (1 + R(-0.15, 0.25)), mc = cc / M * R(0.8, 1.2);
    const d = { cc: unitVal(cc, unit), cp: unitVal(cp, unit), mc: unitVal(mc, unit) };
    sumC += d.cc; sumP += d.cp; sumM += d.mc;
    label(sh, r, 0, (i === 0 && o.qzPrefix ? '其中：' : '') + nm, 1); put(r, d.cc, d.cp, d.mc); const prow = r; r++;
    subs.forEach(([sn, f]) => {
      const sd = { cc: unitVal(cc * f * R(0.8, 1.2), unit), cp: unitVal(cp * f * R(0.7, 1.0), unit), mc: unitVal(mc * f * R(0.8, 1.2), unit) };
      label(sh, r, 0, '其中：' + sn, 2); put(r, sd.cc, sd.cp, sd.mc);
      [cc0, cc0 + 1].concat(withMonth ? [1] : []).forEach((c) => { sh.rel.push({ t: 'le', part: A(r, c), whole: A(prow, c) }); sh.roles.qz.push({ part: A(r, c), whole: A(prow, c) }); });
      r++;
    });
  });
  const f = R(1.15, 1.45);
  const T = { cc: unitVal(sumC * f * (unit === '亿元' ? 10000 : 1), unit), cp: unitVal(sumP * f * R(0.98, 1.02) * (unit === '亿元' ? 10000 : 1), unit), mc: unitVal(sumM * f * (unit === '亿元' ? 10000 : 1), unit) };
  sh.set(totRow, 0, '限额以上单位商品零售额'); put(totRow, T.cc, T.cp, T.mc);
  const ns = ['注：本表所列为限额以上单位主要商品类别，各类别之和不等于合计。'];
  if (o.comp) ns.push('增速按可比口径计算。');
  notes(sh, r + 1, ns);
}

// ---------- B6: 规上服务业 by 行业 ----------
const INDS = [['交通运输、仓储和邮政业', [['其中：道路运输业', 0.4], ['多式联运和运输代理业', 0.2]]], ['信息传输、软件和信息技术服务业', [['其中：软件和信息技术服务业', 0.55]]], ['房地产业（不含房地产开发经营）', []], ['租赁和商务服务业', []], ['科学研究和技术服务业', []], ['水利、环境和公共设施管理业', []], ['居民服务、修理和其他服务业', []], ['教育', []], ['卫生和社会工作', []], ['文化、体育和娱乐业', []]];
function bServices(sh, o) {
  const unit = o.unit, dec = DEC(unit), M = o.M;
  const withN = o.withN;
  const hd = (withN ? ['企业数（个）'] : []).concat([`1-${M}月营业收入`, '上年同期', '增长(%)']);
  const cols = hd.length + 1;
  titleRows(sh, `1-${M}月规模以上服务业企业营业收入`, unit, cols);
  sh.set(2, 0, '行业'); hd.forEach((t, i) => sh.set(2, 1 + i, t));
  const c0 = withN ? 2 : 1;
  let r = 3; const totRow = r; r++;
  const rows = []; const subRel = [];
  const put = (row, d) => {
    if (withN) sh.set(row, 1, d.n, 0);
    sh.set(row, c0, d.cc, dec); sh.set(row, c0 + 1, d.cp, dec);
    sh.set(row, c0 + 2, o.comp ? compG(gr(d.cc, d.cp)) : gr(d.cc, d.cp), 1); growthRel(sh, A(row, c0 + 2), A(row, c0), A(row, c0 + 1), 0);
  };
  const S = { n: 0, cc: 0, cp: 0 };
  INDS.forEach(([nm, subs]) => {
    const cp = R(2000, 50000) * M, cc = cp * (1 + R(-0.1, 0.2));
    const d = { n: RI(8, 160), cc: unitVal(cc, unit), cp: unitVal(cp, unit) };
    S.n += d.n; S.cc = unit === '亿元' ? r2(S.cc + d.cc) : S.cc + d.cc; S.cp = unit === '亿元' ? r2(S.cp + d.cp) : S.cp + d.cp;
    label(sh, r, 0, nm, 1); put(r, d); const prow = r; rows.push(r); r++;
    if (o.subs) subs.forEach(([sn, f]) => {
      const sd = { n: Math.max(1, Math.round(d.n * f)), cc: unitVal(cc * f, unit), cp: unitVal(cp * f * R(0.9, 1.05), unit) };
      label(sh, r, 0, sn.startsWith('其中') ? sn : '　　' + sn, 2); put(r, sd);
      (withN ? [1] : []).concat([c0, c0 + 1]).forEach((c) => { sh.rel.push({ t: 'le', part: A(r, c), whole: A(prow, c) }); sh.roles.qz.push({ part: A(r, c), whole: A(prow, c) }); });
      r++;
    });
  });
  sh.set(totRow, 0, '规模以上服务业合计'); put(totRow, S);
  (withN ? [1] : []).concat([c0, c0 + 1]).forEach((c) => { sumRel(sh, A(totRow, c), rows.map((x) => A(x, c))); sh.roles.total.push(A(totRow, c)); rows.forEach((x) => sh.roles.part.push(A(x, c))); });
  const ns = ['注：规模以上服务业统计范围为年营业收入2000万元及以上（部分行业1000万元、500万元及以上）的服务业法人单位。'];
  if (o.comp) ns.push('增速按可比口径计算。');
  notes(sh, r + 1, ns);
}

// ---------- B7: 批零住餐 ----------
function bTrade(sh, o) {
  const unit = o.unit, dec = DEC(unit), M = o.M;
  titleRows(sh, `${M}月份批发和零售业、住宿和餐饮业销售（营业）额`, unit, 7);
  sh.set(2, 0, '指标'); sh.merge(2, 0, 3, 0); sh.set(2, 1, '本月'); sh.merge(2, 1, 2, 3); sh.set(2, 4, '1-本月累计'); sh.merge(2, 4, 2, 6);
  ['本年', '上年同期', '增长(%)', '本年', '上年同期', '增长(%)'].forEach((t, i) => sh.set(3, 1 + i, t));
  const mk = (b) => { const mp = b * R(0.8, 1.2); const mc = mp * (1 + R(-0.08, 0.15)); const cp = mp * M * R(0.95, 1.05); const cc = cp * (1 + R(-0.06, 0.12)); return { mc: unitVal(mc, unit), mp: unitVal(mp, unit), cc: unitVal(cc, unit), cp: unitVal(cp, unit) }; };
  const add = (a, b) => { const x = {}; for (const k in a) x[k] = unit === '亿元' ? r2(a[k] + b[k]) : a[k] + b[k]; return x; };
  const W = mk(500000), Rt = mk(200000), H = mk(15000), C = mk(40000);
  const groups = [['批发和零售业销售额', W, Rt, ['批发业', '零售业']], ['住宿和餐饮业营业额', H, C, ['住宿业', '餐饮业']]];
  let r = 4;
  groups.forEach(([nm, a, b, subs]) => {
    const t = add(a, b); const tr = r;
    [[nm, t, 0], [subs[0], a, 1], [subs[1], b, 1]].forEach(([n, d, lv]) => {
      label(sh, r, 0, n, lv);
      const ks = ['mc', 'mp', null, 'cc', 'cp', null];
      ks.forEach((k, i) => { const c = 1 + i; if (k) sh.set(r, c, d[k], dec); else { sh.set(r, c, o.comp ? compG(gr(d[ks[i - 2]], d[ks[i - 1]])) : gr(d[ks[i - 2]], d[ks[i - 1]]), 1); growthRel(sh, A(r, c), A(r, c - 2), A(r, c - 1), 0); } });
      r++;
    });
    [1, 2, 4, 5].forEach((c) => { sumRel(sh, A(tr, c), [A(tr + 1, c), A(tr + 2, c)]); sh.roles.total.push(A(tr, c)); sh.roles.part.push(A(tr + 1, c), A(tr + 2, c)); });
  });
  notes(sh, r + 1, ['注：批发和零售业为销售额，住宿和餐饮业为营业额。'].concat(o.comp ? ['增速按可比口径计算。'] : []));
}

// ---------- B8: quarterly ----------
function bQuarterGrid(sh, o) {
  const unit = o.unit, dec = DEC(unit);
  const year = pick([2023, 2024]);
  titleRows(sh, `${year}年分季度社会消费品零售总额`, unit, 6);
  sh.set(2, 0, '指标'); ['一季度', '二季度', '三季度', '四季度', '全年'].forEach((t, i) => sh.set(2, 1 + i, t));
  const q = (b) => [0, 1, 2, 3].map(() => unitVal(b * R(0.85, 1.2), unit));
  const U = q(600000), Rr = q(150000);
  const sm = (a) => (unit === '亿元' ? r2(a.reduce((s, x) => s + x, 0)) : a.reduce((s, x) => s + x, 0));
  const T = U.map((x, i) => (unit === '亿元' ? r2(x + Rr[i]) : x + Rr[i]));
  const rows = [['社会消费品零售总额', T, 0], ['城镇', U, 1], ['乡村', Rr, 1]];
  rows.forEach(([nm, a, lv], j) => {
    const r = 3 + j; label(sh, r, 0, nm, lv); a.forEach((x, i) => sh.set(r, 1 + i, x, dec)); sh.set(r, 5, sm(a), dec);
    sumRel(sh, A(r, 5), [1, 2, 3, 4].map((c) => A(r, c))); sh.roles.total.push(A(r, 5)); [1, 2, 3, 4].forEach((c) => sh.roles.part.push(A(r, c)));
  });
  [1, 2, 3, 4, 5].forEach((c) => { sumRel(sh, A(3, c), [A(4, c), A(5, c)]); if (c < 5) sh.roles.total.push(A(3, c)); });
  notes(sh, 8, ['注：季度数据为当季数。']);
}
function bQuarterRun(sh, o) {
  const unit = o.unit, dec = DEC(unit);
  titleRows(sh, '规模以上服务业营业收入（分季度）', unit, 6);
  sh.set(2, 0, '季度'); sh.merge(2, 0, 3, 0);
  sh.set(2, 1, '当季'); sh.merge(2, 1, 2, 2); sh.set(2, 3, '累计'); sh.merge(2, 3, 2, 5);
  ['营业收入', '上年同季', '营业收入', '上年同期', '累计增长(%)'].forEach((t, i) => sh.set(3, 1 + i, t));
  const labs = o.cumLabels ? ['一季度', '上半年', '前三季度', '全年'] : ['一季度', '二季度', '三季度', '四季度'];
  let cc = 0, cp = 0; const n = RI(2, 4);
  for (let i = 0; i < n; i++) {
    const r = 4 + i; const p = unitVal(R(300000, 600000), unit); const g = 1 + R(-0.05, 0.12);
    const cur = unit === '亿元' ? r2(p * g) : Math.round(p * g);
    cc = unit === '亿元' ? r2(cc + cur) : cc + cur; cp = unit === '亿元' ? r2(cp + p) : cp + p;
    sh.set(r, 0, labs[i]); sh.set(r, 1, cur, dec); sh.set(r, 2, p, dec); sh.set(r, 3, cc, dec); sh.set(r, 4, cp, dec); sh.set(r, 5, o.comp ? compG(gr(cc, cp)) : gr(cc, cp), 1);
    growthRel(sh, A(r, 5), A(r, 3), A(r, 4), 0);
    if (i === 0) { sumRel(sh, A(r, 3), [A(r, 1)]); sumRel(sh, A(r, 4), [A(r, 2)]); } else { sumRel(sh, A(r, 3), [A(r - 1, 3), A(r, 1)]); sumRel(sh, A(r, 4), [A(r - 1, 4), A(r, 2)]); if (i < n - 1) sh.roles.cum.push(A(r, 3)); sh.roles.part.push(A(r, 1)); }
  }
  notes(sh, 4 + n + 1, ['注：累计为年初至本季度末。'].concat(o.comp ? ['增速按可比口径计算。'] : []));
}


// ---------- extra adversarial probes: share column, 增减百分点, profit with negative base, new district with "—" ----------
function bExtra(sh, o) {
  const M = o.M; const unit = '万元';
  titleRows(sh, `1-${M}月各区县规模以上服务业主要指标`, unit, 9);
  ['区县', '营业收入', '上年同期', '增长(%)', '占全市比重(%)', '增速比上月增减(百分点)', '营业利润', '上年同期', '增长(%)'].forEach((t, i) => sh.set(2, i, t));
  const ds = ['东城区', '西城区', '高新区', '经开区', '临江县', '新区（新设）'];
  const rows = ds.map((nm, i) => { const cp = i === 5 ? null : RI(200000, 900000); const cc = i === 5 ? RI(20000, 60000) : Math.round(cp * (1 + R(-0.08, 0.15))); const pp = i === 1 ? -RI(1000, 9000) : i === 5 ? null : RI(5000, 60000); const pc = RI(3000, 70000); return { nm, cc, cp, pc, pp }; });
  const T = { cc: rows.reduce((s, d) => s + d.cc, 0), cp: rows.reduce((s, d) => s + (d.cp || 0), 0), pc: rows.reduce((s, d) => s + d.pc, 0), pp: rows.reduce((s, d) => s + (d.pp || 0), 0) };
  const put = (r, d, tot) => {
    sh.set(r, 0, d.nm || '全市'); sh.set(r, 1, d.cc, 0); sh.set(r, 2, d.cp == null ? '—' : d.cp, 0);
    if (d.cp == null) sh.set(r, 3, '—'); else { sh.set(r, 3, gr(d.cc, d.cp), 1); growthRel(sh, A(r, 3), A(r, 1), A(r, 2), 0); }
    sh.set(r, 4, r1(d.cc / T.cc * 100), 1); sh.set(r, 5, r1(R(-3, 3)), 1);
    sh.set(r, 6, d.pc, 0); sh.set(r, 7, d.pp == null ? '—' : d.pp, 0);
    if (d.pp == null || d.pp <= 0) sh.set(r, 8, '—'); else { sh.set(r, 8, gr(d.pc, d.pp), 1); growthRel(sh, A(r, 8), A(r, 6), A(r, 7), 0); }
  };
  put(3, T, true); rows.forEach((d, i) => put(4 + i, d));
  [1, 2, 6, 7].forEach((c) => sumRel(sh, A(3, c), rows.map((_, i) => A(4 + i, c)).filter((a, i) => !((c === 2 && rows[i].cp == null) || (c === 7 && rows[i].pp == null)))));
  notes(sh, 4 + rows.length + 1, ['注：1.新区为本年新设，无上年同期数；2.上年同期利润为负，增速不计算，以“—”表示；3.占全市比重合计因四舍五入可能不等于100。']);
}
const BUILDERS = { monthlyRows: bMonthlyRows, monthlyCols: bMonthlyCols, district: bDistrict, structure: bStructure, category: bCategory, services: bServices, trade: bTrade, qgrid: bQuarterGrid, qrun: bQuarterRun };
const AREAS = ['全市', '清河县', '临江市', '东阳区', '安平县'];

// ---------- planting ----------
function fmtLike(v, dec) { return dec ? Math.round(v * 10 ** dec) / 10 ** dec : Math.round(v); }
function plant(sh, kind) {
  const key = (addr) => { const m = /^([A-Z]+)(\d+)$/.exec(addr); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return [+m[2] - 1, c - 1]; };
  const getA = (a) => { const [r, c] = key(a); return [sh.get(r, c), sh.dec[r + ',' + c] || 0, r, c]; };
  if (kind === 'cum' || kind === 'total') {
    const a = pick(sh.roles[kind]); const [v, d, r, c] = getA(a); const nv = fmtLike(v * (1 + pick([-1, 1]) * R(0.03, 0.07)), d); sh.set(r, c, nv, d);
    return { cell: a, note: `${kind === 'cum' ? '累计 does not run' : 'total off'}: ${v} -> ${nv}` };
  }
  if (kind === 'growth') { const a = pick(sh.roles.growth); const [v, d, r, c] = getA(a); const nv = r1(v + pick([-1, 1]) * R(2.5, 6)); sh.set(r, c, nv, 1); return { cell: a, note: `growth contradicts periods: ${v} -> ${nv}` }; }
  if (kind === 'qz') { const q = pick(sh.roles.qz); const [w, d] = getA(q.whole); const [v, , r, c] = getA(q.part); const nv = fmtLike(w * R(1.05, 1.2), d); sh.set(r, c, nv, d); return { cell: q.part, note: `其中 larger than whole ${q.whole}=${w}: ${v} -> ${nv}` }; }
  if (kind === 'transpose') {
    for (let t = 0; t < 50; t++) {
      const a = pick(sh.roles.part); const [v, d, r, c] = getA(a); const s = d ? v.toFixed(d) : String(v);
      const digits = s.replace('.', ''); if (digits.length < 4) continue;
      const i = RI(0, digits.length - 3); if (digits[i] === digits[i + 1] || (i === 0 && digits[1] === '0')) continue;
      const nd = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
      const ns = d ? nd.slice(0, nd.length - d) + '.' + nd.slice(nd.length - d) : nd; const nv = Number(ns);
      if (Math.abs(nv - v) / v < 0.002) continue;
      sh.set(r, c, nv, d); return { cell: a, note: `transposed digits: ${s} -> ${ns}` };
    }
  }
  return null;
}

async function writeBook(file, sheets, opts = {}) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const k in sh.cells) {
      const [r, c] = k.split(',').map(Number); let v = sh.cells[k]; const cell = ws.getCell(r + 1, c + 1);
      const d = sh.dec[k];
      if (typeof v === 'number' && sh.o.text) { cell.value = d != null ? v.toFixed(d) : String(v); }
      else { cell.value = v; if (typeof v === 'number') cell.numFmt = d === 1 ? '0.0' : d === 2 ? '0.00' : (sh.o.thousands ? '#,##0' : '0'); }
      if (sh.ind[k]) cell.alignment = { indent: sh.ind[k] };
      if (sh.bold[k]) { cell.font = { bold: true, size: 14 }; cell.alignment = { horizontal: 'center' }; }
    }
    for (const [a, b, c, d] of sh.merges) { try { ws.mergeCells(a + 1, b + 1, c + 1, d + 1); } catch (e) {} }
    ws.getColumn(1).width = 30;
  }
  await wb.xlsx.writeFile(file);
}

function opts(extra) {
  return Object.assign({ unit: pick(['万元', '万元', '亿元']), M: RI(3, 12), area: pick(AREAS), indent: pick(['space', 'align']), unitLeft: rnd() < 0.3, comb12: rnd() < 0.6, mode: pick(['full', 'full', 'short', 'cum']) }, extra);
}
const SHEETNAME = { monthlyRows: '社零分月', monthlyCols: '分月横表', district: '分区县', structure: '社零主要指标', category: '限上商品类别', services: '规上服务业', trade: '批零住餐', qgrid: '分季度', qrun: '服务业分季度' };

async function main() {
  fs.rmSync(path.join(OUT, 'cases'), { recursive: true, force: true }); fs.rmSync(path.join(OUT, 'probe'), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, 'cases'), { recursive: true }); fs.mkdirSync(path.join(OUT, 'probe'), { recursive: true });
  const manifest = [], rels = {};
  const types = Object.keys(BUILDERS);
  const kindsFor = (sh) => ['cum', 'total', 'growth', 'qz', 'transpose'].filter((k) => (k === 'qz' ? sh.roles.qz.length : sh.roles[k === 'transpose' ? 'part' : k].length));
  let kc = 0;
  for (let i = 0; i < 45; i++) {
    const type = types[i % types.length];
    const o = opts({ mode: type === 'monthlyRows' ? pick(['full', 'short']) : pick(['full', 'cum']), withLimit: true, subs: true, withN: rnd() < 0.5 });
    const sh = new Sh(SHEETNAME[type], o); BUILDERS[type](sh, o);
    const file = `cases/c${String(i).padStart(2, '0')}_${type}.xlsx`;
    let planted = null, note = 'clean';
    if (i % 2 === 1) {
      const ks = kindsFor(sh); const order = ['cum', 'total', 'growth', 'qz', 'transpose'];
      let k = null; for (let t = 0; t < 5; t++) { const cand = order[(kc + t) % 5]; if (ks.includes(cand)) { k = cand; break; } } kc++;
      const p = plant(sh, k); planted = { sheet: sh.name, cell: p.cell }; note = p.note;
    }
    await writeBook(path.join(OUT, file), [sh]);
    manifest.push({ file, planted, note }); rels[file] = [{ sheet: sh.name, rel: sh.rel }];
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  // probes
  const pm = [];
  for (let i = 0; i < 100; i++) {
    const nSheets = rnd() < 0.25 ? RI(2, 4) : 1;
    const sheets = []; const tags = [];
    const used = new Set();
    for (let s = 0; s < nSheets; s++) {
      let type; do { type = pick(types); } while (used.has(type)); used.add(type);
      const o = opts({ text: rnd() < 0.2, comp: rnd() < 0.2, honest: rnd() < 0.5, subtotal: rnd() < 0.35, totBottom: rnd() < 0.3, withLimit: rnd() < 0.6, subs: rnd() < 0.6, withN: rnd() < 0.5, qzPrefix: rnd() < 0.5, future: pick([null, null, 'blank', 'dash']), cumLabels: rnd() < 0.5, thousands: rnd() < 0.3, pctInUnit: rnd() < 0.3 });
      if (type === 'monthlyRows' && o.mode === 'cum' && rnd() < 0.5) o.mode = 'cumonly';
      if (o.mode === 'cum' && type === 'monthlyRows') o.mode = 'cumonly';
      const sh = new Sh(nSheets > 1 ? `表${s + 1} ${SHEETNAME[type]}` : SHEETNAME[type], o); BUILDERS[type](sh, o); sheets.push(sh);
      tags.push(type + (o.text ? '-txt' : '') + (o.comp ? '-comp' : '') + (o.honest && o.unit === '亿元' ? '-hon' : ''));
    }
    const file = `probe/p${String(i).padStart(3, '0')}_${tags[0]}${nSheets > 1 ? '_multi' : ''}.xlsx`;
    await writeBook(path.join(OUT, file), sheets);
    pm.push({ file, planted: null, note: tags.join(' + ') }); rels[file] = sheets.map((sh) => ({ sheet: sh.name, rel: sh.rel }));
  }
  for (let i = 0; i < 4; i++) { const o = opts({ text: i === 3 }); const sh = new Sh('区县服务业', o); bExtra(sh, o); const file = `probe/x${i}_extra.xlsx`; await writeBook(path.join(OUT, file), [sh]); pm.push({ file, planted: null, note: 'share/百分点/negative base/new district' }); rels[file] = [{ sheet: sh.name, rel: sh.rel }]; }
  fs.writeFileSync(path.join(OUT, 'probe/manifest.json'), JSON.stringify(pm, null, 1));
  fs.writeFileSync(path.join(OUT, 'relations.json'), JSON.stringify(rels));
}
main();
