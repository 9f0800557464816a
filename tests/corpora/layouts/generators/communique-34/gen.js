// Generator of clean county/city statistical communiqué / monthly bulletin workbooks
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const DIR = __dirname;
let S = 20240601;
function rng() { S = (S * 1103515245 + 12345) & 0x7fffffff; return S / 0x7fffffff; }
const U = (a, b) => a + (b - a) * rng();
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };
const gr = (a, b, d = 1) => rd((a / b - 1) * 100, d);
const META = [];

function region(name, scale) {
  const r = { name };
  const gL = rd(U(180, 420) * scale, 2);
  const s1 = U(0.07, 0.16), s2 = U(0.33, 0.47);
  r.p1L = rd(gL * s1, 2); r.p2L = rd(gL * s2, 2); r.p3L = rd(gL - r.p1L - r.p2L, 2);
  r.gdpL = rd(r.p1L + r.p2L + r.p3L, 2);
  r.g1 = rd(U(3.0, 4.2), 1); r.g2 = rd(U(5.0, 8.5), 1); r.g3 = rd(U(4.5, 7.0), 1);
  r.g = rd((r.p1L * r.g1 + r.p2L * r.g2 + r.p3L * r.g3) / r.gdpL, 1);
  // nominal with deflators chosen so nominal change differs from real growth by >=1 point
  const defl = [U(0.955, 0.985), U(1.015, 1.04), U(1.012, 1.03)];
  r.p1 = rd(r.p1L * (1 + r.g1 / 100) * defl[0], 2);
  r.p2 = rd(r.p2L * (1 + r.g2 / 100) * defl[1], 2);
  r.p3 = rd(r.p3L * (1 + r.g3 / 100) * defl[2], 2);
  r.gdp = rd(r.p1 + r.p2 + r.p3, 2);
  r.indG = rd(U(5.5, 10.5), 1);
  r.faiL = rd(r.gdpL * U(0.5, 0.8), 2); r.fai = rd(r.faiL * U(1.02, 1.09), 2);
  r.retL = rd(r.gdpL * U(0.3, 0.45), 2); r.ret = rd(r.retL * U(1.035, 1.075), 2);
  r.revL = Math.round(r.gdpL * U(0.045, 0.07) * 10000); r.rev = Math.round(r.revL * U(1.01, 1.08));
  r.taxL = Math.round(r.revL * U(0.62, 0.78)); r.tax = Math.round(r.rev * (r.taxL / r.revL) * U(0.97, 1.03));
  r.ntaxL = r.revL - r.taxL; r.ntax = r.rev - r.tax;
  r.uiL = Math.round(U(36000, 48000)); r.ui = Math.round(r.uiL * U(1.035, 1.055));
  r.riL = Math.round(U(17000, 24000)); r.ri = Math.round(r.riL * U(1.055, 1.08));
  r.popL = rd(U(30, 95) * scale, 2); r.pop = rd(r.popL * U(0.994, 1.004), 2);
  r.urbL = rd(r.popL * U(0.45, 0.62), 2); r.urb = rd(r.urbL * U(1.006, 1.02), 2);
  r.rurL = rd(r.popL - r.urbL, 2); r.rur = rd(r.pop - r.urb, 2);
  r.urR = rd(r.urb / r.pop * 100, 2); r.urRL = rd(r.urbL / r.popL * 100, 2);
  const w = r.urb / r.pop, wL = r.urbL / r.popL;
  r.aiL = Math.round(r.uiL * wL + r.riL * (1 - wL)); r.ai = Math.round(r.ui * w + r.ri * (1 - w));
  r.cpi = rd(U(99.8, 100.6), 1);
  r.depL = rd(r.gdpL * U(1.1, 1.6), 2); r.dep = rd(r.depL * U(1.06, 1.12), 2);
  r.hdepL = rd(r.depL * U(0.62, 0.72), 2); r.hdep = rd(r.dep * (r.hdepL / r.depL) * U(0.99, 1.03), 2);
  r.loanL = rd(r.gdpL * U(0.8, 1.2), 2); r.loan = rd(r.loanL * U(1.05, 1.12), 2);
  r.hloanL = rd(r.loanL * U(0.35, 0.45), 2); r.hloan = rd(r.loan * U(0.35, 0.45), 2);
  r.exL = Math.round(U(20000, 90000) * scale); r.ex = Math.round(r.exL * U(0.95, 1.15));
  r.imL = Math.round(r.exL * U(0.3, 0.7)); r.im = Math.round(r.imL * U(0.88, 1.12));
  r.tradeL = r.exL + r.imL; r.trade = r.ex + r.im;
  r.rate = 7.1; r.rateL = 7.05;
  r.exY = Math.round(r.ex * r.rate); r.imY = Math.round(r.im * r.rate); r.tradeY = r.exY + r.imY;
  r.exYL = Math.round(r.exL * r.rateL); r.imYL = Math.round(r.imL * r.rateL); r.tradeYL = r.exYL + r.imYL;
  return r;
}

// ---------- sheet writer ----------
function put(ws, file, row, col, v, fmt, kind, extra) {
  const c = ws.getRow(row).getCell(col);
  c.value = v;
  if (fmt && typeof v === 'number') c.numFmt = fmt;
  if (kind && typeof v === 'number') META.push(Object.assign({ file, sheet: ws.name, cell: c.address, v, kind }, extra || {}));
  return c.address;
}
const F = d => d === 0 ? '0' : '0.' + '0'.repeat(d);
const decOf = v => { const s = String(v); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; };
// table spec: {title, sub, header:[[...],...], rows:[ [label, cells...] ], notes}
// each cell: number | string | {v, d, kind, parent}
function writeTable(wb, file, name, t) {
  const ws = wb.addWorksheet(name);
  let r = 1;
  const ncol = Math.max(...t.header.map(h => h.length));
  ws.getRow(r).getCell(1).value = t.title; ws.mergeCells(r, 1, r, ncol); ws.getRow(r).getCell(1).font = { bold: true, size: 14 }; r++;
  if (t.sub) { ws.getRow(r).getCell(1).value = t.sub; r++; }
  for (const h of t.header) { h.forEach((x, i) => { if (x != null) ws.getRow(r).getCell(i + 1).value = x; }); r++; }
  if (t.merges) for (const m of t.merges) ws.mergeCells(m);
  for (const row of t.rows) {
    row.forEach((x, i) => {
      if (x == null) return;
      if (typeof x === 'object') {
        const d = x.d != null ? x.d : decOf(x.v);
        put(ws, file, r, i + 1, x.v, F(d), x.kind, { dec: d, parent: x.parent });
      } else if (typeof x === 'number') put(ws, file, r, i + 1, x, F(decOf(x)));
      else ws.getRow(r).getCell(i + 1).value = x;
    });
    r++;
  }
  if (t.notes) for (const n of t.notes) { ws.getRow(r).getCell(1).value = n; r++; }
  ws.getColumn(1).width = 30; for (let i = 2; i <= ncol; i++) ws.getColumn(i).width = 14;
  return ws;
}
const N = (v, d, kind, parent) => ({ v, d, kind, parent });

// ---------- layouts ----------
const NOTE_REAL = '注：地区生产总值、各产业增加值及规模以上工业增加值增速按可比价格计算，绝对数按现价计算。';
function mainIndicators(r, year, withNote, withUnit, generic) {
  // 指标 | 计量单位 | 本年 | 上年 | 增长%
  const rows = [];
  const add = (lab, unit, a, b, g, d, kinds) => {
    const row = withUnit ? [lab, unit] : [lab + (unit ? '（' + unit + '）' : '')];
    row.push(a == null ? '—' : N(a, d, kinds && kinds[0], kinds && kinds[2]));
    row.push(b == null ? '—' : N(b, d, kinds && kinds[1], kinds && kinds[3]));
    row.push(g == null ? '—' : N(g, 1, kinds && kinds[4]));
    rows.push(row);
  };
  add('地区生产总值', '亿元', r.gdp, r.gdpL, r.g, 2, ['total', 'total_prev']);
  add('  第一产业增加值', '亿元', r.p1, r.p1L, r.g1, 2);
  add('  第二产业增加值', '亿元', r.p2, r.p2L, r.g2, 2);
  add('  第三产业增加值', '亿元', r.p3, r.p3L, r.g3, 2);
  add('规模以上工业增加值', '亿元', null, null, r.indG, 2);
  add('固定资产投资', '亿元', r.fai, r.faiL, gr(r.fai, r.faiL), 2, [null, null, null, null, 'growth']);
  add('社会消费品零售总额', '亿元', r.ret, r.retL, gr(r.ret, r.retL), 2, [null, null, null, null, 'growth']);
  add('一般公共预算收入', '万元', r.rev, r.revL, gr(r.rev, r.revL), 0, [null, null, null, null, 'growth']);
  add('  其中：税收收入', '万元', r.tax, r.taxL, gr(r.tax, r.taxL), 0, ['part', 'part_prev', r.rev, r.revL]);
  add('城镇常住居民人均可支配收入', '元', r.ui, r.uiL, gr(r.ui, r.uiL), 0, [null, null, null, null, 'growth']);
  add('农村常住居民人均可支配收入', '元', r.ri, r.riL, gr(r.ri, r.riL), 0, [null, null, null, null, 'growth']);
  add('金融机构人民币各项存款余额', '亿元', r.dep, r.depL, gr(r.dep, r.depL), 2, [null, null, null, null, 'growth']);
  add('  其中：住户存款', '亿元', r.hdep, r.hdepL, gr(r.hdep, r.hdepL), 2, ['part', null, r.dep]);
  add('金融机构人民币各项贷款余额', '亿元', r.loan, r.loanL, gr(r.loan, r.loanL), 2, [null, null, null, null, 'growth']);
  add('进出口总额', '万美元', r.trade, r.tradeL, gr(r.trade, r.tradeL), 0, ['total', null, null, null, 'growth']);
  add('  其中：出口', '万美元', r.ex, r.exL, gr(r.ex, r.exL), 0, ['part', null, r.trade]);
  add('        进口', '万美元', r.im, r.imL, gr(r.im, r.imL), 0);
  add('年末常住人口', '万人', r.pop, r.popL, null, 2);
  add('  其中：城镇人口', '万人', r.urb, r.urbL, null, 2, ['part', null, r.pop]);
  const ur = withUnit ? ['常住人口城镇化率', '%', N(r.urR, 2, 'share'), N(r.urRL, 2), '—'] : ['常住人口城镇化率（%）', N(r.urR, 2, 'share'), N(r.urRL, 2), '—'];
  rows.push(ur);
  const cp = withUnit ? ['居民消费价格指数（上年=100）', '%', N(r.cpi, 1), '—', '—'] : ['居民消费价格指数（上年=100）', N(r.cpi, 1), '—', '—'];
  rows.push(cp);
  const header = generic ? (withUnit ? [['指标', '计量单位', '本年', '上年', '增长（%）']] : [['指标', '本年', '上年', '增长（%）']]) : withUnit ? [['指标', '计量单位', year + '年', (year - 1) + '年', '比上年增长（%）']] : [['指标', year + '年', (year - 1) + '年', '比上年增长（%）']];
  return { title: r.name + year + '年国民经济主要指标', header, rows, notes: withNote ? [NOTE_REAL] : null };
}

function gdpComposition(r, year, withNote) {
  const sh = [r.p1, r.p2, r.p3].map(x => rd(x / r.gdp * 100, 1));
  // force shares to sum to 100.0 by adjusting largest
  return {
    title: r.name + year + '年地区生产总值', sub: '单位：亿元、%',
    header: [['指标', '绝对额', '比上年增长', '构成']],
    rows: [
      ['地区生产总值', N(r.gdp, 2, 'total'), N(r.g, 1), 100.0],
      ['  第一产业', N(r.p1, 2, 'part', r.gdp), N(r.g1, 1), N(sh[0], 1, 'share')],
      ['  第二产业', N(r.p2, 2), N(r.g2, 1), N(sh[1], 1, 'share')],
      ['  第三产业', N(r.p3, 2), N(r.g3, 1), N(sh[2], 1)],
    ],
    notes: withNote ? ['注：绝对额按当年价格计算，增长速度按可比价格计算。'] : null,
  };
}

function yearSeries(r, y0, withNote) {
  // back-cast series ending at current data
  const rows = [];
  let p = [r.p1, r.p2, r.p3];
  const list = [];
  let gs = [r.g1, r.g2, r.g3], g = r.g;
  for (let y = y0 + 5; y >= y0; y--) {
    const gdp = rd(p[0] + p[1] + p[2], 2);
    list.unshift({ y, p: p.slice(), gdp, g, pc: Math.round(gdp * 1e8 / (r.pop * 1e4 * U(0.995, 1.005))) });
    // previous year
    const gg = [rd(U(2.5, 4.5), 1), rd(U(3, 9.5), 1), rd(U(2, 8), 1)];
    if (y === y0 + 2) { gg[1] = rd(U(1.0, 3.0), 1); gg[2] = rd(U(0.5, 2.5), 1); } // a weak year
    const prev = [rd(p[0] / (1 + gs[0] / 100) / U(0.97, 1.0), 2), rd(p[1] / (1 + gs[1] / 100) / U(1.015, 1.045), 2), rd(p[2] / (1 + gs[2] / 100) / U(1.01, 1.03), 2)];
    p = prev; gs = gg;
    g = rd((p[0] * gg[0] + p[1] * gg[1] + p[2] * gg[2]) / (p[0] + p[1] + p[2]), 1);
  }
  for (const e of list) rows.push([String(e.y), N(e.gdp, 2, 'total'), N(e.p[0], 2, 'part', e.gdp), N(e.p[1], 2), N(e.p[2], 2), N(e.g, 1), N(e.pc, 0)]);
  return {
    title: r.name + y0 + '—' + (y0 + 5) + '年地区生产总值及增长速度', sub: '单位：亿元、%、元',
    header: [['年份', '地区生产总值', '第一产业', '第二产业', '第三产业', '地区生产总值比上年增长', '人均地区生产总值']],
    rows, notes: withNote ? ['注：总量按现价计算，增速按可比价计算。'] : null,
  };
}

function monthly(r, year, m, withUnit) {
  // 指标 | 单位 | 本月 | 1—N月累计 | 累计增长%
  const fr = m / 12;
  const retC = rd(r.ret * fr * U(0.97, 1.02), 2), retM = rd(retC / m * U(0.9, 1.15), 2);
  const revC = Math.round(r.rev * fr * U(0.95, 1.1)), revM = Math.round(revC / m * U(0.7, 1.3));
  const taxC = Math.round(revC * U(0.62, 0.78)), taxM = Math.round(revM * U(0.55, 0.8));
  const exC = Math.round(r.ex * fr), imC = Math.round(r.im * fr), exM = Math.round(exC / m * U(0.8, 1.2)), imM = Math.round(imC / m * U(0.8, 1.2));
  const rows = [];
  const add = (lab, unit, a, b, g, d, ka, kb, pa, pb) => {
    const row = withUnit ? [lab, unit] : [lab + '（' + unit + '）'];
    row.push(a == null ? '—' : N(a, d, ka, pa), b == null ? '—' : N(b, d, kb, pb), g == null ? '—' : N(g, 1));
    rows.push(row);
  };
  add('规模以上工业增加值', '%', null, null, rd(r.indG + U(-1, 1), 1), 1);
  add('固定资产投资', '%', null, null, rd(U(2, 9), 1), 1);
  add('社会消费品零售总额', '亿元', retM, retC, rd(U(3.5, 7), 1), 2);
  add('一般公共预算收入', '万元', revM, revC, rd(U(1, 8), 1), 0);
  add('  其中：税收收入', '万元', taxM, taxC, rd(U(-2, 8), 1), 0, 'part', 'part', revM, revC);
  add('进出口总额', '万美元', exM + imM, exC + imC, rd(U(-5, 12), 1), 0, 'total', 'total');
  add('  出口', '万美元', exM, exC, rd(U(-5, 12), 1), 0, 'part', 'part', exM + imM, exC + imC);
  add('  进口', '万美元', imM, imC, rd(U(-5, 12), 1), 0);
  add('居民消费价格指数（上年同期=100）', '%', rd(r.cpi + U(-0.4, 0.4), 1), rd(r.cpi + U(-0.2, 0.2), 1), null, 1);
  const header = withUnit ? [['指标', '计量单位', m + '月', '1—' + m + '月累计', '累计比上年同期增长（%）']] : [['指标', m + '月', '1—' + m + '月累计', '累计比上年同期增长（%）']];
  return { title: r.name + year + '年1—' + m + '月主要经济指标', header, rows, notes: ['注：规模以上工业增加值增速按可比价格计算。'] };
}

function monthly2(r, year, m, noNote) {
  // 指标 | 1—N月 | 上年同期 | 增长%   (nominal ones match)
  const fr = m / 12;
  const retC = rd(r.ret * fr, 2), retCL = rd(r.retL * fr * U(0.99, 1.01), 2);
  const revC = Math.round(r.rev * fr), revCL = Math.round(r.revL * fr * U(0.98, 1.02));
  const taxC = Math.round(revC * 0.7), taxCL = Math.round(revCL * U(0.66, 0.74));
  const depC = rd(r.depL * (1 + U(0.02, 0.08)), 2);
  const p1 = rd(r.p1 * fr * 0.8, 2), p2 = rd(r.p2 * fr, 2), p3 = rd(r.p3 * fr, 2);
  const p1L = rd(p1 / U(1.0, 1.03), 2), p2L = rd(p2 / U(1.06, 1.1), 2), p3L = rd(p3 / U(1.06, 1.09), 2);
  const gdpC = rd(p1 + p2 + p3, 2), gdpCL = rd(p1L + p2L + p3L, 2);
  const rows = [
    ['地区生产总值（亿元）', N(gdpC, 2, 'total'), N(gdpCL, 2, 'total_prev'), N(rd(r.g + U(-0.5, 0.5), 1), 1)],
    ['  第一产业', N(p1, 2, 'part', gdpC), N(p1L, 2), N(rd(U(2.5, 4), 1), 1)],
    ['  第二产业', N(p2, 2), N(p2L, 2), N(rd(U(4, 7), 1), 1)],
    ['  第三产业', N(p3, 2), N(p3L, 2, 'part_prev', gdpCL), N(rd(U(4, 7), 1), 1)],
    ['规模以上工业增加值增速（%）', '—', '—', N(rd(r.indG, 1), 1)],
    ['社会消费品零售总额（亿元）', N(retC, 2), N(retCL, 2), N(gr(retC, retCL), 1, 'growth')],
    ['一般公共预算收入（万元）', N(revC, 0, 'total'), N(revCL, 0), N(gr(revC, revCL), 1, 'growth')],
    ['  其中：税收收入', N(taxC, 0, 'part', revC), N(taxCL, 0), N(gr(taxC, taxCL), 1, 'growth')],
    ['  税收占比（%）', N(rd(taxC / revC * 100, 1), 1, 'share'), N(rd(taxCL / revCL * 100, 1), 1, 'share'), '—'],
    ['金融机构本外币存款余额（亿元）', N(depC, 2), N(r.depL, 2), N(gr(depC, r.depL), 1, 'growth')],
  ];
  return { title: r.name + year + '年1—' + m + '月（季度）主要经济指标', header: [['指标', '1—' + m + '月', '上年同期', '增长（%）']], rows, notes: noNote ? null : ['注：地区生产总值及其分产业增速按不变价格计算。'] };
}

function targets(r, year, m) {
  const rows = [];
  const add = (lab, unit, tgt, done, d, g) => {
    rows.push([lab, unit, N(tgt, d), N(done, d, 'total'), N(rd(done / tgt * 100, 1), 1, 'ratio'), N(g, 1)]);
  };
  const fr = m / 12;
  add('地区生产总值', '亿元', rd(r.gdp * U(1.02, 1.06), 2), rd(r.gdp * fr * U(0.95, 1.02), 2), 2, r.g);
  add('固定资产投资', '亿元', rd(r.fai * U(1.0, 1.08), 2), rd(r.fai * fr, 2), 2, rd(U(3, 9), 1));
  add('社会消费品零售总额', '亿元', rd(r.ret * U(1.0, 1.05), 2), rd(r.ret * fr, 2), 2, rd(U(4, 7), 1));
  add('一般公共预算收入', '万元', Math.round(r.rev * U(1.0, 1.06)), Math.round(r.rev * fr * U(0.95, 1.1)), 0, rd(U(1, 9), 1));
  add('外贸进出口总额', '万美元', Math.round(r.trade * U(1.0, 1.1)), Math.round(r.trade * fr), 0, rd(U(-3, 12), 1));
  add('实际利用外资', '万美元', Math.round(U(3000, 12000)), Math.round(U(2000, 9000)), 0, rd(U(-10, 15), 1));
  return { title: r.name + year + '年1—' + m + '月主要经济指标目标完成情况', header: [['指标', '单位', '年度目标', '1—' + m + '月完成', '完成率（%）', '同比增长（%）']], rows, notes: ['注：地区生产总值增速按可比价格计算。'] };
}

function income(r, year) {
  const real = (a, b) => rd(((a / b) / (r.cpi / 100) - 1) * 100, 1);
  return {
    title: r.name + year + '年居民人均可支配收入', sub: '单位：元、%',
    header: [['指标', year + '年', (year - 1) + '年', '名义增长', '实际增长']],
    rows: [
      ['全体居民人均可支配收入', N(r.ai, 0), N(r.aiL, 0), N(gr(r.ai, r.aiL), 1, 'growth'), N(real(r.ai, r.aiL), 1)],
      ['  城镇常住居民', N(r.ui, 0), N(r.uiL, 0), N(gr(r.ui, r.uiL), 1, 'growth'), N(real(r.ui, r.uiL), 1)],
      ['  农村常住居民', N(r.ri, 0), N(r.riL, 0), N(gr(r.ri, r.riL), 1, 'growth'), N(real(r.ri, r.riL), 1)],
      ['城乡居民收入比（农村=1）', N(rd(r.ui / r.ri, 2), 2, 'ratio'), N(rd(r.uiL / r.riL, 2), 2), '—', '—'],
    ],
  };
}

function finance(r, year) {
  const ndep = rd(r.dep - r.hdep - rd(r.dep * 0.12, 2), 2), ndepL = rd(r.depL - r.hdepL - rd(r.depL * 0.12, 2), 2);
  const eloan = rd(r.loan - r.hloan - rd(r.loan * 0.02, 2), 2), eloanL = rd(r.loanL - r.hloanL - rd(r.loanL * 0.02, 2), 2);
  const row = (lab, a, b, k, p) => [lab, N(a, 2, k, p), N(rd(a - b, 2), 2, 'diff'), N(gr(a, b), 1, 'growth')];
  return {
    title: r.name + year + '年末金融机构人民币存贷款情况', sub: '单位：亿元、%',
    header: [['指标', '年末余额', '比年初增加', '比上年末增长']],
    rows: [
      row('各项存款余额', r.dep, r.depL),
      row('  其中：住户存款', r.hdep, r.hdepL, 'part', r.dep),
      row('        非金融企业存款', ndep, ndepL),
      row('各项贷款余额', r.loan, r.loanL),
      row('  其中：住户贷款', r.hloan, r.hloanL, 'part', r.loan),
      row('        企（事）业单位贷款', eloan, eloanL),
    ],
  };
}

function trade(r, year) {
  const row = (lab, a, b, c, d, k, p1, p2) => [lab, N(a, 0, k, p1), N(gr(a, b), 1, 'growth'), N(c, 0, k, p2), N(gr(c, d), 1)];
  return {
    title: r.name + year + '年货物进出口总额及其增长速度',
    header: [['指标', '金额（万元）', '比上年增长（%）', '金额（万美元）', '比上年增长（%）']],
    rows: [
      ['进出口总额', N(r.tradeY, 0, 'total'), N(gr(r.tradeY, r.tradeYL), 1), N(r.trade, 0, 'total'), N(gr(r.trade, r.tradeL), 1)],
      row('  出口', r.exY, r.exYL, r.ex, r.exL, 'part', r.tradeY, r.trade),
      row('  进口', r.imY, r.imYL, r.im, r.imL),
      ['进出口差额', N(r.exY - r.imY, 0, 'diff'), '—', N(r.ex - r.im, 0), '—'],
    ],
  };
}
function trade2(r, year) {
  return {
    title: r.name + year + '年对外贸易', sub: '单位：万美元',
    header: [['指标', year + '年', (year - 1) + '年', '增长（%）']],
    rows: [
      ['进出口总额', N(r.trade, 0, 'total'), N(r.tradeL, 0, 'total_prev'), N(gr(r.trade, r.tradeL), 1, 'growth')],
      ['  出口额', N(r.ex, 0, 'part', r.trade), N(r.exL, 0), N(gr(r.ex, r.exL), 1, 'growth')],
      ['  进口额', N(r.im, 0), N(r.imL, 0, 'part_prev', r.tradeL), N(gr(r.im, r.imL), 1, 'growth')],
    ],
  };
}

function population(r, year) {
  const shU = rd(r.urb / r.pop * 100, 2), shR = rd(100 - shU, 2);
  const births = rd(r.pop * U(0.055, 0.08), 2), deaths = rd(r.pop * U(0.065, 0.085), 2);
  const br = rd(births / r.pop * 100 * 10, 2), dr = rd(deaths / r.pop * 100 * 10, 2);
  return {
    title: r.name + year + '年末常住人口及其构成',
    header: [['指标', '年末数（万人）', '比重（%）']],
    rows: [
      ['年末常住人口', N(r.pop, 2, 'total'), 100.00],
      ['  其中：城镇', N(r.urb, 2, 'part', r.pop), N(shU, 2, 'share')],
      ['        乡村', N(r.rur, 2), N(shR, 2)],
      ['  其中：男性', N(rd(r.pop * 0.508, 2), 2), N(rd(rd(r.pop * 0.508, 2) / r.pop * 100, 2), 2)],
      ['        女性', N(rd(r.pop - rd(r.pop * 0.508, 2), 2), 2), N(rd(100 - rd(rd(r.pop * 0.508, 2) / r.pop * 100, 2), 2), 2)],
    ],
  };
}

function cpiTable(r, year) {
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const rows = [['居民消费价格总指数', N(r.cpi, 1), N(rd(r.cpi + U(-0.3, 0.3), 1), 1), N(rd(r.cpi + U(-0.3, 0.3), 1), 1)]];
  for (const c of cats) { const v = rd(r.cpi + U(-2.5, 2.5), 1); rows.push(['  ' + c, N(v, 1), N(rd(v + U(-0.6, 0.6), 1), 1), N(rd(v + U(-0.6, 0.6), 1), 1)]); }
  rows.push(['商品零售价格总指数', N(rd(U(98.5, 100.5), 1), 1), N(rd(U(98.5, 100.5), 1), 1), N(rd(U(98.5, 100.5), 1), 1)]);
  return { title: r.name + year + '年居民消费价格指数', sub: '上年=100', header: [['类别', '全县', '城镇', '农村']], rows };
}

function revenue(r, year) {
  const vat = Math.round(r.tax * 0.42), cit = Math.round(r.tax * 0.17), pit = Math.round(r.tax * 0.06), oth = r.tax - vat - cit - pit;
  const vatL = Math.round(r.taxL * 0.44), citL = Math.round(r.taxL * 0.16), pitL = Math.round(r.taxL * 0.065), othL = r.taxL - vatL - citL - pitL;
  const row = (lab, a, b, k, p) => [lab, N(a, 0, k, p), N(b, 0), N(gr(a, b), 1, 'growth')];
  return {
    title: r.name + year + '年一般公共预算收支情况', sub: '单位：万元、%',
    header: [['项目', year + '年', (year - 1) + '年', '增长']],
    rows: [
      row('一般公共预算收入', r.rev, r.revL, 'total'),
      row('  税收收入', r.tax, r.taxL, 'part', r.rev),
      row('    其中：增值税', vat, vatL, 'part', r.tax),
      row('          企业所得税', cit, citL),
      row('          个人所得税', pit, pitL),
      row('          其他税收', oth, othL),
      row('  非税收入', r.ntax, r.ntaxL),
      ['税收收入占一般公共预算收入比重', N(rd(r.tax / r.rev * 100, 1), 1, 'share'), N(rd(r.taxL / r.revL * 100, 1), 1), '—'],
    ],
  };
}

function countyCompare(city, counties, year, withRank, withPrev) {
  const sum = (k, d) => rd(counties.reduce((a, c) => a + c[k], 0), d);
  const rank = (k) => { const s = counties.map(c => c[k]).slice().sort((a, b) => b - a); return counties.map(c => s.indexOf(c[k]) + 1); };
  const rg = rank('gdp'), rr = rank('ret');
  const gdpT = sum('gdp', 2), retT = sum('ret', 2), revT = sum('rev', 0), gdpTL = sum('gdpL', 2), revTL = sum('revL', 0);
  const gT = rd(counties.reduce((a, c) => a + c.gdpL * c.g, 0) / gdpTL, 1);
  const rows = [];
  if (withPrev) {
    rows.push(['全市', N(gdpT, 2, 'total'), N(gT, 1), '—', N(revT, 0, 'total'), N(revTL, 0, 'total_prev'), N(gr(revT, revTL), 1, 'growth'), '—']);
    const rv = counties.map(c => gr(c.rev, c.revL)); const sv = rv.slice().sort((a, b) => b - a);
    counties.forEach((c, i) => rows.push([c.name, N(c.gdp, 2, 'part', gdpT), N(c.g, 1), rg[i], N(c.rev, 0, 'part', revT), N(c.revL, 0), N(rv[i], 1, 'growth'), sv.indexOf(rv[i]) + 1]));
    return { title: city + year + '年各县（市、区）主要经济指标', header: [['地区', '地区生产总值（亿元）', '增长（%）', '位次', '一般公共预算收入（万元）', '上年（万元）', '增长（%）', '增速位次']], rows, notes: ['注：地区生产总值增速按可比价格计算。'] };
  }
  rows.push(['全市', N(gdpT, 2, 'total'), N(gT, 1), ...(withRank ? ['—'] : []), N(retT, 2, 'total'), N(rd(U(4, 6.5), 1), 1), ...(withRank ? ['—'] : []), N(revT, 0, 'total')]);
  counties.forEach((c, i) => rows.push([c.name, N(c.gdp, 2, 'part', gdpT), N(c.g, 1), ...(withRank ? [rg[i]] : []), N(c.ret, 2, 'part', retT), N(gr(c.ret, c.retL), 1), ...(withRank ? [rr[i]] : []), N(c.rev, 0, 'part', revT)]));
  const header = withRank ? [['地区', '地区生产总值（亿元）', '增长（%）', '位次', '社会消费品零售总额（亿元）', '增长（%）', '位次', '一般公共预算收入（万元）']]
    : [['地区', '地区生产总值（亿元）', '增长（%）', '社会消费品零售总额（亿元）', '增长（%）', '一般公共预算收入（万元）']];
  return { title: city + year + '年县域经济主要指标', header, rows };
}

function countyShare(city, counties, year) {
  const gdpT = rd(counties.reduce((a, c) => a + c.gdp, 0), 2);
  const popT = rd(counties.reduce((a, c) => a + c.pop, 0), 2), urbT = rd(counties.reduce((a, c) => a + c.urb, 0), 2);
  const rows = [['全市', N(gdpT, 2, 'total'), 100.0, N(popT, 2, 'total'), N(urbT, 2, 'total'), N(rd(urbT / popT * 100, 2), 2, 'share'), N(Math.round(gdpT * 1e8 / (popT * 1e4)), 0)]];
  for (const c of counties) rows.push([c.name, N(c.gdp, 2, 'part', gdpT), N(rd(c.gdp / gdpT * 100, 1), 1, 'share'), N(c.pop, 2, 'part', popT), N(c.urb, 2, 'part', c.pop), N(c.urR, 2, 'share'), N(Math.round(c.gdp * 1e8 / (c.pop * 1e4)), 0, 'ratio')]);
  return { title: city + year + '年各县（市、区）经济总量、人口与城镇化', header: [['地区', '地区生产总值（亿元）', '占全市比重（%）', '年末常住人口（万人）', '城镇人口（万人）', '城镇化率（%）', '人均地区生产总值（元）']], rows };
}

// ---------- build workbooks ----------
const names = ['青山县', '南川市', '东湖区', '柳河县', '安平县', '石门县', '永宁市', '江口县', '白水县', '清源市', '桃江县', '长丰县'];
const R = names.map((n, i) => region(n, n.endsWith('市') ? 1.6 : 1));
const CITY = '临江市';
const CO1 = ['临江区', '北湖区', '青山县', '柳河县', '安平县', '石门县', '江口县'].map(n => region(n, 1));
const CO2 = ['城关区', '西塘区', '白水县', '桃江县', '长丰县', '南川市'].map(n => region(n, 1.2));

const books = [];
const B = (file, sheets) => books.push({ file, sheets });
R.forEach((r, i) => {
  const y = 2024 - (i % 3);
  const s = (i % 2 === 0) ? 'a' : 'b';
  B(`${String(i + 1).padStart(2, '0')}_${r.name}${y}年统计公报主要指标.xlsx`, [
    ['主要指标', mainIndicators(r, y, i % 3 !== 1, i % 2 === 0)],
    ...(i % 4 === 0 ? [['地区生产总值', gdpComposition(r, y, true)]] : []),
    ...(i % 4 === 2 ? [['收入', income(r, y)]] : []),
  ]);
});
R.forEach((r, i) => {
  const y = 2024 - (i % 3);
  const m = [3, 6, 9, 11, 5, 8][i % 6];
  if (i < 6) B(`${String(i + 13).padStart(2, '0')}_${r.name}${y}年1-${m}月主要经济指标.xlsx`, [['1-' + m + '月', monthly(r, y, m, i % 2 === 1)]]);
  else B(`${String(i + 13).padStart(2, '0')}_${r.name}${y}年1-${m}月统计月报.xlsx`, [['主要指标', monthly2(r, y, m)], ...(i % 2 ? [['目标完成', targets(r, y, m)]] : [])]);
});
B('25_青山县历年地区生产总值.xlsx', [['历年GDP', yearSeries(R[0], 2019, true)]]);
B('26_南川市历年地区生产总值.xlsx', [['Sheet1', yearSeries(R[1], 2019, false)]]);
B('27_东湖区财政收入.xlsx', [['财政', revenue(R[2], 2024)], ['金融', finance(R[2], 2024)]]);
B('28_柳河县存贷款.xlsx', [['存贷款', finance(R[3], 2023)]]);
B('29_安平县对外贸易.xlsx', [['进出口', trade(R[4], 2024)], ['进出口2', trade2(R[4], 2024)]]);
B('30_石门县人口.xlsx', [['人口', population(R[5], 2024)], ['物价', cpiTable(R[5], 2024)]]);
B('31_临江市县域经济主要指标.xlsx', [['县域', countyCompare(CITY, CO1, 2024, true, false)]]);
B('32_临江市各县市区主要经济指标.xlsx', [['各县市区', countyCompare(CITY, CO2, 2023, false, false)], ['财政收入', countyCompare(CITY, CO2, 2023, true, true)]]);
B('33_临江市各县区总量与人口.xlsx', [['总量', countyShare(CITY, CO1, 2024)]]);
B('34_永宁市目标完成情况.xlsx', [['目标', targets(R[6], 2024, 12)]]);
B('35_江口县居民收入与财政.xlsx', [['收入', income(R[7], 2024)], ['财政', revenue(R[7], 2024)], ['贸易', trade2(R[7], 2024)]]);
B('36_白水县2024年统计公报附表.xlsx', [['GDP', gdpComposition(R[8], 2024, false)], ['人口', population(R[8], 2024)], ['存贷款', finance(R[8], 2024)], ['历年', yearSeries(R[8], 2019, true)]]);

B('37_清源市2024年1-6月统计月报（无注）.xlsx', [['主要指标', monthly2(R[9], 2024, 6, true)]]);
B('38_桃江县2024年主要经济指标（本年上年）.xlsx', [['主要指标', mainIndicators(R[10], 2024, false, true, true)]]);
B('39_长丰县2024年主要经济指标（本年上年含注）.xlsx', [['主要指标', mainIndicators(R[11], 2024, true, false, true)], ['GDP构成', gdpComposition(R[11], 2024, false)]]);

(async () => {
  const out = path.join(DIR, 'clean'); fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) fs.unlinkSync(path.join(out, f));
  for (const b of books) {
    const wb = new ExcelJS.Workbook();
    for (const [n, t] of b.sheets) writeTable(wb, b.file, n, t);
    await wb.xlsx.writeFile(path.join(out, b.file));
  }
  fs.writeFileSync(path.join(DIR, 'gen_meta.json'), JSON.stringify(META, null, 1));
  console.log(books.length, 'workbooks', META.length, 'meta');
})();
