// Generator of internally consistent local-finance workbooks (round36-a).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rng = mulberry32(3601);
const R = (a, b) => a + (b - a) * rng();
const RI = (a, b) => Math.floor(R(a, b + 1));
const pick = a => a[Math.floor(rng() * a.length)];
const roundTo = (x, d) => { const m = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };
const colL = c => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + r;

const META = [];

// ---- sheet writer helper -------------------------------------------------
class SW {
  constructor(wb, name, file) { this.ws = wb.addWorksheet(name); this.name = name; this.file = file; this.r = 1; }
  title(text, ncol) { const c = this.ws.getCell(this.r, 1); c.value = text; c.font = { bold: true, size: 14 }; c.alignment = { horizontal: 'center' }; if (ncol > 1) this.ws.mergeCells(this.r, 1, this.r, ncol); this.r++; }
  unit(text, ncol, where) { const col = where === 'left' ? 1 : ncol; const c = this.ws.getCell(this.r, col); c.value = text; c.alignment = { horizontal: where === 'left' ? 'left' : 'right' }; this.r++; }
  row(vals, opt = {}) {
    const r = this.r++;
    vals.forEach((v, i) => {
      if (v === undefined || v === null) return;
      const c = this.ws.getCell(r, i + 1);
      if (typeof v === 'object' && v !== null && 'v' in v) {
        c.value = v.v; if (v.fmt) c.numFmt = v.fmt;
        if (v.role) META.push({ file: this.file, sheet: this.name, cell: addr(r, i + 1), value: v.v, ...v.role });
      } else c.value = v;
      if (opt.indent && i === 0) c.alignment = { indent: opt.indent };
      if (opt.bold) c.font = { bold: true };
    });
    return r;
  }
  merge(r1, c1, r2, c2) { this.ws.mergeCells(r1, c1, r2, c2); }
  widths(ws) { ws.forEach((w, i) => this.ws.getColumn(i + 1).width = w); }
}
const N = (v, fmt, role) => ({ v, fmt, role });

// ---- value helpers (all money in integer hundredths of 万元) ----
const toDisp = (cents, unit, dec) => unit === '亿元' ? roundTo(cents / 1e6, dec) : roundTo(cents / 100, dec);
function pctOf(a, b, dec) { if (!b) return '—'; return roundTo(a / b * 100, dec); }
function growth(cur, prev, dec) { if (!prev) return '—'; return roundTo((cur / prev - 1) * 100, dec); }

const TAXES = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
const TAXW = [34, 14, 5, 1.5, 6, 4, 2.5, 3, 6, 1.2, 2.5, 12, 0.4, 0.1];
const NONTAX = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '政府住房基金收入', '其他收入'];
const NONTAXW = [30, 15, 12, 35, 3, 5];
const EXPF = ['一般公共服务支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '灾害防治及应急管理支出', '债务付息支出', '其他支出'];
const EXPW = [9, 0.3, 6, 18, 3, 2, 14, 9, 3, 10, 12, 4, 2, 0.8, 1.5, 4, 0.3, 1, 3, 1];
const FUNDIN = ['国有土地使用权出让收入', '城市基础设施配套费收入', '污水处理费收入', '彩票公益金收入', '其他政府性基金收入'];
const FUNDINW = [88, 5, 2, 1, 4];
const FUNDOUT = ['文化旅游体育与传媒支出', '社会保障和就业支出', '城乡社区支出', '农林水支出', '交通运输支出', '其他支出', '债务付息支出'];
const FUNDOUTW = [1, 3, 75, 4, 6, 7, 4];
const CITY = ['江城市', '临川市', '青阳市', '平原市', '安宁市', '云溪市', '松陵市', '东湖市'];
const COUNTIES = ['东城区', '西城区', '南湖区', '高新区', '经开区', '长丰县', '肥西县', '庐江县', '宁远县', '清河县', '桃源县', '石门县', '安化县', '临澧县', '江华县', '新田县'];

function splitCents(total, weights, noise = 0.35) {
  const w = weights.map(x => x * R(1 - noise, 1 + noise));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map(x => Math.max(1, Math.round(total * x / s)));
}
// leaf item with cur/prev/budget/adj
function mkItem(name, cur) {
  const prev = Math.max(1, Math.round(cur / R(0.82, 1.25)));
  const budget = Math.max(1, Math.round(cur / R(0.88, 1.12)));
  const adj = rng() < 0.5 ? budget : Math.max(1, Math.round(budget * R(0.95, 1.08)));
  return { name, cur, prev, budget, adj };
}
function sumItems(name, items) {
  const s = k => items.reduce((a, b) => a + b[k], 0);
  return { name, cur: s('cur'), prev: s('prev'), budget: s('budget'), adj: s('adj'), children: items };
}

// ---- revenue execution table ----------------------------------------------
function revenueSheet(wb, file, sname, o) {
  const unit = o.unit || '万元', dec = 2, pdec = o.pdec || 1;
  const totalC = RI(o.lo || 300000, o.hi || 3000000) * 100;
  const taxC = Math.round(totalC * R(0.55, 0.8));
  const ntaxC = totalC - taxC;
  const nt = o.ntax || RI(8, 14);
  const taxes = splitCents(taxC, TAXW.slice(0, nt)).map((c, i) => mkItem(TAXES[i], c));
  const ntaxes = splitCents(ntaxC, NONTAXW).map((c, i) => mkItem(NONTAX[i], c));
  if (o.newTax && taxes.length >= 13) { taxes[12].prev = 0; }
  if (unit === '亿元' && !o.unrounded) {
    // amounts stored in 万元 cents but shown in 亿元; re-base so shown parts are exact and totals their sums
    for (const it of [...taxes, ...ntaxes]) for (const k of ['cur', 'prev', 'budget', 'adj']) it[k] = Math.max(10000, Math.round(it[k] / 10000) * 10000);
  }
  const vat = taxes[0], fr = R(0.3, 0.5);
  const sub = { name: '改征增值税' }; for (const k of ['cur', 'prev', 'budget', 'adj']) sub[k] = unit === '亿元' && !o.unrounded ? Math.round(vat[k] * fr / 10000) * 10000 : Math.round(vat[k] * fr);
  const tax = sumItems('税收收入', taxes), ntax = sumItems('非税收入', ntaxes);
  const tot = sumItems(o.totalName || '一般公共预算收入', [tax, ntax]);
  const variant = o.variant;
  const F = unit === '亿元' ? '0.00' : (o.thousands ? '#,##0.00' : '0.00');
  const PF = pdec === 1 ? '0.0' : '0.00';
  const vv = (it, k) => toDisp(it[k], unit, dec);
  // displayed figure; with o.unrounded the rates are worked from the unrounded 万元 data (as yearbooks do)
  const v = vv;
  const rk = (it, k) => o.unrounded ? it[k] : vv(it, k);
  let header, rowVals;
  // each returns array of cells for an item; role info attached
  const roleFor = (it, k, kind, extra = {}) => ({ kind, item: it.name, col: k, ...extra });
  if (variant === 'A') { // 项目 | 预算数 | 执行数 | 完成预算% | 上年执行数 | 比上年增长%
    header = [['项目', '预算数', '执行数', '完成预算（%）', '上年执行数', '比上年增长（%）']];
    rowVals = (it, kind) => [N(v(it, 'budget'), F, roleFor(it, 'budget', kind)), N(v(it, 'cur'), F, roleFor(it, 'cur', kind)), N(pctOf(rk(it, 'cur'), rk(it, 'budget'), pdec), PF, { kind: 'pct-completion', item: it.name }), N(v(it, 'prev'), F, roleFor(it, 'prev', kind)), N(growth(rk(it, 'cur'), rk(it, 'prev'), pdec), PF, { kind: 'pct-growth', item: it.name })];
  } else if (variant === 'B') { // 预算数 | 调整预算数 | 执行数 | 完成调整预算% | 上年执行数 | 增长%
    header = [['项目', '年初预算数', '调整预算数', '执行数', '为调整预算的%', '上年执行数', '比上年增长%']];
    rowVals = (it, kind) => [N(v(it, 'budget'), F, roleFor(it, 'budget', kind)), N(v(it, 'adj'), F, roleFor(it, 'adj', kind)), N(v(it, 'cur'), F, roleFor(it, 'cur', kind)), N(pctOf(rk(it, 'cur'), rk(it, 'adj'), pdec), PF, { kind: 'pct-completion', item: it.name }), N(v(it, 'prev'), F, roleFor(it, 'prev', kind)), N(growth(rk(it, 'cur'), rk(it, 'prev'), pdec), PF, { kind: 'pct-growth', item: it.name })];
  } else if (variant === 'C') { // 上年执行数 | 本年执行数 | 增减额 | 增长%
    header = [['项  目', '上年执行数', '本年执行数', '增减额', '增减（%）']];
    rowVals = (it, kind) => { const a = v(it, 'prev'), b = v(it, 'cur'); return [N(a, F, roleFor(it, 'prev', kind)), N(b, F, roleFor(it, 'cur', kind)), N(roundTo(b - a, 2), F, { kind: 'diff', item: it.name }), N(growth(b, a, pdec), PF, { kind: 'pct-growth', item: it.name })]; };
  } else { // D: two-row merged header
    header = [[o.year + '年项目', o.year + '年', null, null, (o.year - 1) + '年', '比上年增长（%）'], [null, '预算数', '执行数', '完成预算%', '执行数', null]];
    rowVals = (it, kind) => [N(v(it, 'budget'), F, roleFor(it, 'budget', kind)), N(v(it, 'cur'), F, roleFor(it, 'cur', kind)), N(pctOf(rk(it, 'cur'), rk(it, 'budget'), pdec), PF, { kind: 'pct-completion', item: it.name }), N(v(it, 'prev'), F, roleFor(it, 'prev', kind)), N(growth(rk(it, 'cur'), rk(it, 'prev'), pdec), PF, { kind: 'pct-growth', item: it.name })];
  }
  const ncol = header[0].length;
  const sw = new SW(wb, sname, file);
  if (!o.noTitle) sw.title(o.title, ncol);
  sw.unit(o.unitText || ('单位：' + unit), ncol, o.unitLeft ? 'left' : 'right');
  const h0 = sw.r;
  header.forEach(h => sw.row(h, { bold: true }));
  if (header.length === 2) { sw.merge(h0, 1, h0 + 1, 1); sw.merge(h0, 2, h0, 4); sw.merge(h0, 6, h0 + 1, 6); }
  const ind = (n, d) => o.spaceIndent ? '　'.repeat(d) + n : n;
  const emitItem = (it, kind, depth, label) => sw.row([o.spaceIndent ? ind(label || it.name, depth) : (label || it.name), ...rowVals(it, kind)], { indent: o.spaceIndent ? 0 : depth, bold: depth === 0 });
  const body = () => {
    emitItem(tax, 'subtotal', 1);
    if (o.partialTax) {
      // only a few 其中 rows under 税收收入
      const shown = taxes.slice(0, 3).concat(taxes.filter(t => t.name === '契税'));
      shown.forEach((t, i) => emitItem(t, 'part-of', 2, (i === 0 ? '其中：' : '　　　') + t.name));
    } else taxes.forEach(t => { emitItem(t, 'leaf', 2); if (o.subVat && t.name === '增值税') emitItem(sub, 'part-of', 3, '其中：改征增值税'); });
    emitItem(ntax, 'subtotal', 1);
    if (o.partialNtax) ntaxes.slice(0, 3).forEach((t, i) => emitItem(t, 'part-of', 2, (i === 0 ? '其中：' : '　　　') + t.name));
    else ntaxes.forEach(t => emitItem(t, 'leaf', 2));
  };
  if (o.totalLast) { body(); emitItem(tot, 'total', 0, o.totalName || '收入合计'); }
  else { emitItem(tot, 'total', 0); body(); }
  if (o.note) { sw.r++; sw.row([o.note]); }
  sw.widths([30, ...Array(ncol - 1).fill(14)]);
  return { tot, tax, ntax };
}

// ---- expenditure by function -----------------------------------------------
const EXPCODE = [201, 203, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 215, 216, 220, 221, 222, 224, 232, 229];
function expenditureSheet(wb, file, sname, o) {
  const unit = '万元', pdec = 1;
  const nf = o.nf || 20;
  const totalC = RI(o.lo || 500000, o.hi || 5000000) * 100;
  const items = splitCents(totalC, EXPW.slice(0, nf)).map((c, i) => mkItem((o.noSuffix ? EXPF[i].replace(/支出$/, '') : EXPF[i]), c));
  const tot = sumItems(o.totalName || '一般公共预算支出合计', items);
  const v = (it, k) => toDisp(it[k], unit, 2);
  const F = o.thousands ? '#,##0.00' : '0.00';
  let header, rowVals;
  if (o.variant === 'A') {
    header = ['科目名称', '预算数', '调整预算数', '决算数', '完成调整预算（%）', '比上年增长（%）', '上年决算数'];
    rowVals = (it, kind) => [N(v(it, 'budget'), F, { kind, item: it.name }), N(v(it, 'adj'), F, { kind, item: it.name }), N(v(it, 'cur'), F, { kind, item: it.name }), N(pctOf(v(it, 'cur'), v(it, 'adj'), pdec), '0.0', { kind: 'pct-completion', item: it.name }), N(growth(v(it, 'cur'), v(it, 'prev'), pdec), '0.0', { kind: 'pct-growth', item: it.name }), N(v(it, 'prev'), F, { kind, item: it.name })];
  } else if (o.variant === 'B') {
    header = ['项目', '执行数', '上年执行数', '增长（%）', '占支出比重（%）'];
    rowVals = (it, kind) => [N(v(it, 'cur'), F, { kind, item: it.name }), N(v(it, 'prev'), F, { kind, item: it.name }), N(growth(v(it, 'cur'), v(it, 'prev'), pdec), '0.0', { kind: 'pct-growth', item: it.name }), N(pctOf(v(it, 'cur'), v(tot, 'cur'), pdec), '0.0', { kind: 'pct-share', item: it.name })];
  } else {
    header = ['支出项目', '预算数', '执行数', '完成预算%'];
    rowVals = (it, kind) => [N(v(it, 'budget'), F, { kind, item: it.name }), N(v(it, 'cur'), F, { kind, item: it.name }), o.fracPct ? N(roundTo(pctOf(v(it, 'cur'), v(it, 'budget'), pdec) / 100, 3), '0.0%', { kind: 'pct-completion-frac', item: it.name }) : N(pctOf(v(it, 'cur'), v(it, 'budget'), pdec), '0.0', { kind: 'pct-completion', item: it.name })];
  }
  const sw = new SW(wb, sname, file);
  const C = o.codes ? (x) => [x] : () => [];
  if (o.codes) header.unshift('科目编码');
  sw.title(o.title, header.length);
  sw.unit('单位：万元', header.length);
  sw.row(header, { bold: true });
  if (!o.totalLast) sw.row([...C(null), tot.name, ...rowVals(tot, 'total')], { bold: true });
  items.forEach((it, j) => sw.row([...C(EXPCODE[j]), (o.spaceIndent ? '　　' : '') + it.name, ...rowVals(it, 'leaf')], { indent: o.spaceIndent || o.codes ? 0 : 1 }));
  if (o.totalLast) sw.row([...C(null), tot.name, ...rowVals(tot, 'total')], { bold: true });
  if (o.note) { sw.r++; sw.row([o.note]); }
  sw.widths([28, ...Array(header.length - 1).fill(14)]);
  return tot;
}

// ---- county-by-county table ------------------------------------------------
function countySheet(wb, file, sname, o) {
  const nc = o.nc || RI(6, 11);
  const regions = COUNTIES.slice().sort(() => rng() - 0.5).slice(0, nc);
  if (o.benji) regions.unshift('市本级');
  const rows = regions.map(name => {
    const rev = RI(20000, 400000) * 100; const tax = Math.round(rev * R(0.5, 0.85));
    const exp = Math.round(rev * R(1.2, 3.0));
    return { name, rev, tax, exp, revPrev: Math.round(rev / R(0.85, 1.2)), expPrev: Math.round(exp / R(0.9, 1.15)) };
  });
  const s = k => rows.reduce((a, b) => a + b[k], 0);
  const tot = { name: o.totalName || '全市', rev: s('rev'), tax: s('tax'), exp: s('exp'), revPrev: s('revPrev'), expPrev: s('expPrev') };
  const d = x => roundTo(x / 100, 2);
  const F = '0.00';
  let header, rv;
  if (o.variant === 'A') {
    header = [['地区', '一般公共预算收入', null, null, null, '一般公共预算支出', null], [null, '本年', '比上年增长（%）', '其中：税收收入', '税收占比（%）', '本年', '比上年增长（%）']];
    rv = (x, kind) => [N(d(x.rev), F, { kind, col: 'rev' }), N(growth(d(x.rev), d(x.revPrev), 1), '0.0', { kind: 'pct-growth-hidden' }), N(d(x.tax), F, { kind: kind === 'total' ? 'total' : 'part-of', col: 'tax', whole: d(x.rev) }), N(pctOf(d(x.tax), d(x.rev), 1), '0.0', { kind: 'pct-share' }), N(d(x.exp), F, { kind, col: 'exp' }), N(growth(d(x.exp), d(x.expPrev), 1), '0.0', { kind: 'pct-growth-hidden' })];
  } else {
    header = [['县（市、区）', '一般公共预算收入', '上年同期', '增长%', '税收收入', '非税收入', '一般公共预算支出']];
    rv = (x, kind) => [N(d(x.rev), F, { kind, col: 'rev' }), N(d(x.revPrev), F, { kind, col: 'revPrev' }), N(growth(d(x.rev), d(x.revPrev), 1), '0.0', { kind: 'pct-growth' }), N(d(x.tax), F, { kind, col: 'tax' }), N(roundTo(d(x.rev) - d(x.tax), 2), F, { kind, col: 'ntax' }), N(d(x.exp), F, { kind, col: 'exp' })];
  }
  const ncol = header[0].length;
  const sw = new SW(wb, sname, file);
  sw.title(o.title, ncol);
  sw.unit('单位：万元', ncol);
  const h0 = sw.r;
  header.forEach(h => sw.row(h, { bold: true }));
  if (header.length === 2) { sw.merge(h0, 1, h0 + 1, 1); sw.merge(h0, 2, h0, 5); sw.merge(h0, 6, h0, 7); }
  if (!o.totalLast) sw.row([tot.name, ...rv(tot, 'total')], { bold: true });
  rows.forEach(x => sw.row([x.name, ...rv(x, 'leaf')]));
  if (o.totalLast) sw.row([tot.name, ...rv(tot, 'total')], { bold: true });
  if (o.note) { sw.r++; sw.row([o.note]); }
  sw.widths([16, ...Array(ncol - 1).fill(14)]);
}

// ---- government fund -------------------------------------------------------
function fundSheet(wb, file, sname, o) {
  const inC = RI(100000, 2000000) * 100;
  const ins = splitCents(inC, FUNDINW).map((c, i) => mkItem(FUNDIN[i], c));
  const outs = splitCents(Math.round(inC * R(0.8, 1.3)), FUNDOUTW).map((c, i) => mkItem(FUNDOUT[i], c));
  const tin = sumItems('政府性基金预算收入', ins), tout = sumItems('政府性基金预算支出', outs);
  const d = x => roundTo(x / 100, 2);
  const sw = new SW(wb, sname, file);
  const header = ['项目', '预算数', '执行数', '完成预算%', '比上年增长%'];
  sw.title(o.title, 5); sw.unit('单位：万元', 5); sw.row(header, { bold: true });
  const emit = (it, kind, lab) => sw.row([lab || it.name, N(d(it.budget), '0.00', { kind }), N(d(it.cur), '0.00', { kind }), N(pctOf(d(it.cur), d(it.budget), 1), '0.0', { kind: 'pct-completion' }), N(growth(d(it.cur), d(it.prev), 1), '0.0', { kind: 'pct-growth-hidden' })], { indent: kind === 'leaf' ? 1 : 0 });
  if (o.layout === 'stack') {
    emit(tin, 'total'); ins.forEach(x => emit(x, 'leaf'));
    emit(tout, 'total'); outs.forEach(x => emit(x, 'leaf'));
  } else {
    ins.forEach(x => emit(x, 'leaf')); emit(tin, 'total', '收入合计');
    outs.forEach(x => emit(x, 'leaf')); emit(tout, 'total', '支出合计');
  }
  sw.r++; sw.row(['注：比上年增长按上年执行数计算，上年执行数详见附表。']);
  sw.widths([30, 14, 14, 12, 12]);
}

// ---- tax by industry (two-way table) --------------------------------------
const IND2 = ['工业', '建筑业'];
const IND3 = ['批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '公共管理、社会保障和社会组织', '其他行业'];
function industrySheet(wb, file, sname, o) {
  const taxCols = ['增值税', '企业所得税', '个人所得税', '其他各税'];
  const mk = name => { const t = taxCols.map(() => RI(500, 300000) * 100); return { name, t }; };
  const i1 = mk('第一产业'); i1.t = i1.t.map(x => Math.round(x / 20));
  const sec = IND2.map(mk), ter = IND3.map(mk);
  const agg = (name, arr) => ({ name, t: taxCols.map((_, j) => arr.reduce((a, b) => a + b.t[j], 0)) });
  const i2 = agg('第二产业', sec), i3 = agg('第三产业', ter);
  const tot = agg(o.totalName || '税收总计', [i1, i2, i3]);
  const d = x => roundTo(x / 100, 2);
  const sw = new SW(wb, sname, file);
  const header = ['行业', '合计', ...taxCols];
  sw.title(o.title, 6); sw.unit('单位：万元', 6); sw.row(header, { bold: true });
  const emit = (x, kind, ind) => { const s = x.t.reduce((a, b) => a + b, 0); sw.row([(o.spaceIndent ? '　'.repeat(ind) : '') + x.name, N(d(s), '#,##0.00', { kind: kind === 'leaf' ? 'rowtotal' : kind }), ...x.t.map(v => N(d(v), '#,##0.00', { kind }))], { indent: o.spaceIndent ? 0 : ind }); };
  emit(tot, 'total', 0); emit(i1, 'leaf', 1); emit(i2, 'subtotal', 1); sec.forEach(x => emit(x, 'leaf', 2)); emit(i3, 'subtotal', 1); ter.forEach(x => emit(x, 'leaf', 2));
  sw.r++; sw.row(['资料来源：市税务局。']);
  sw.widths([32, 14, 14, 14, 14, 14]);
}

// ---- transposed: years as rows --------------------------------------------
function yearsSheet(wb, file, sname, o) {
  const years = []; for (let y = o.y0; y <= o.y1; y++) years.push(y);
  let rev = RI(200000, 1500000) * 100;
  const rows = years.map(y => { rev = Math.round(rev * R(0.95, 1.12)); const tax = Math.round(rev * R(0.6, 0.8)); return { y, rev, tax, ntax: rev - tax, exp: Math.round(rev * R(1.5, 2.5)) }; });
  const d = x => roundTo(x / 100, 2);
  const sw = new SW(wb, sname, file);
  const header = ['年份', '一般公共预算收入', '税收收入', '非税收入', '税收占比（%）', '收入增长（%）', '一般公共预算支出'];
  sw.title(o.title, 7); sw.unit('单位：万元', 7); sw.row(header, { bold: true });
  rows.forEach((x, i) => sw.row([String(x.y) + (o.yearSuffix ? '年' : ''), N(d(x.rev), '0.00', { kind: 'total' }), N(d(x.tax), '0.00', { kind: 'leaf' }), N(d(x.ntax), '0.00', { kind: 'leaf' }), N(pctOf(d(x.tax), d(x.rev), 1), '0.0', { kind: 'pct-share' }), i ? N(growth(d(x.rev), d(rows[i - 1].rev), 1), '0.0', { kind: 'pct-growth' }) : '—', N(d(x.exp), '0.00', { kind: 'other' })]));
  sw.widths([10, 16, 14, 14, 12, 12, 16]);
}
// ---- transposed: items across columns, counties as rows with 合计 at right --
function taxAcrossSheet(wb, file, sname, o) {
  const cols = ['增值税', '企业所得税', '个人所得税', '城市维护建设税', '契税', '其他'];
  const regions = COUNTIES.slice(0, RI(5, 9));
  const rows = regions.map(n => ({ n, t: cols.map(() => RI(300, 90000) * 100) }));
  const d = x => roundTo(x / 100, 2);
  const sw = new SW(wb, sname, file);
  sw.title(o.title, cols.length + 2); sw.unit('单位：万元', cols.length + 2);
  sw.row(['地区', ...cols, '合计'], { bold: true });
  rows.forEach(x => sw.row([x.n, ...x.t.map(v => N(d(v), '0.00', { kind: 'leaf' })), N(d(x.t.reduce((a, b) => a + b, 0)), '0.00', { kind: 'rowtotal' })]));
  const ct = cols.map((_, j) => rows.reduce((a, b) => a + b.t[j], 0));
  sw.row(['总计', ...ct.map(v => N(d(v), '0.00', { kind: 'total' })), N(d(ct.reduce((a, b) => a + b, 0)), '0.00', { kind: 'total' })], { bold: true });
  sw.widths([12, ...Array(cols.length + 1).fill(13)]);
}

// ---- balance (side-by-side 收入 | 支出) -------------------------------------
function balanceSheet(wb, file, sname, o) {
  const rev = RI(200000, 1500000) * 100;
  const fan = Math.round(rev * R(0.05, 0.1)), yb = Math.round(rev * R(0.4, 0.9)), zx = Math.round(rev * R(0.1, 0.3));
  const bz = fan + yb + zx;
  const zd = Math.round(rev * R(0.1, 0.3)), dr = Math.round(rev * R(0.05, 0.2)), jy = Math.round(rev * R(0.01, 0.05));
  const inTot = rev + bz + zd + dr + jy;
  const sj = Math.round(rev * R(0.02, 0.06)), hb = Math.round(rev * R(0.05, 0.15)), wd = Math.round(rev * R(0.01, 0.04)), nj = Math.round(rev * R(0.01, 0.04));
  const exp = inTot - sj - hb - wd - nj;
  const d = x => roundTo(x / 100, 2);
  const L = [['一般公共预算收入', rev, 'leaf'], ['上级补助收入', bz, 'subtotal'], ['　返还性收入', fan, 'leaf'], ['　一般性转移支付收入', yb, 'leaf'], ['　专项转移支付收入', zx, 'leaf'], ['债务转贷收入', zd, 'leaf'], ['调入资金', dr, 'leaf'], ['上年结余', jy, 'leaf']];
  const Rt = [['一般公共预算支出', exp, 'leaf'], ['上解上级支出', sj, 'leaf'], ['债务还本支出', hb, 'leaf'], ['安排预算稳定调节基金', wd, 'leaf'], ['年终结余', nj, 'leaf']];
  const sw = new SW(wb, sname, file);
  sw.title(o.title, 4); sw.unit('单位：万元', 4); sw.row(['收入', '决算数', '支出', '决算数'], { bold: true });
  for (let i = 0; i < L.length; i++) { const l = L[i], r = Rt[i]; sw.row([l[0], N(d(l[1]), '0.00', { kind: l[2] }), r ? r[0] : null, r ? N(d(r[1]), '0.00', { kind: r[2] }) : null]); }
  sw.row([o.inName || '收入总计', N(d(inTot), '0.00', { kind: 'total' }), o.outName || '支出总计', N(d(inTot), '0.00', { kind: 'total' })], { bold: true });
  sw.widths([24, 14, 24, 14]);
}

function textSheet(wb, sname, paras) {
  const ws = wb.addWorksheet(sname);
  paras.forEach((p, i) => { ws.getCell(i + 1, 1).value = p; });
  ws.getColumn(1).width = 100;
}

// ---- compose workbooks ----------------------------------------------------
const files = [];
async function build(i) {
  const city = CITY[i % CITY.length];
  const year = 2019 + (i % 5);
  const file = `fin_${String(i + 1).padStart(2, '0')}.xlsx`;
  const wb = new ExcelJS.Workbook();
  const kind = i % 7;
  const revVariant = ['A', 'B', 'C', 'D'][i % 4];
  const notes = ['注：本表数据为快报数，最终以决算为准。', '注：1.表中“—”表示无此项或增长率无意义；2.部分合计数因四舍五入存在尾差。', '说明：非税收入包括专项收入、行政事业性收费收入等。', null];
  if (kind === 0 || kind === 3 || kind === 5) {
    if (i % 5 === 0) textSheet(wb, '说明', [`${city}${year}年财政预算执行情况说明`, `${year}年，全市一般公共预算收入完成预算的较好水平，税收收入占比稳步提高。`, '一、收入情况', '二、支出情况：各项民生支出得到有力保障。']);
    revenueSheet(wb, file, i % 3 === 0 ? '表1 一般公共预算收入' : '收入执行', { title: `${city}${year}年一般公共预算收入执行情况表`, variant: revVariant, year, unit: (i % 6 === 3) ? '亿元' : '万元', totalLast: i % 2 === 1, totalName: i % 2 === 1 ? pick(['收入合计', '合计', '本年收入合计']) : pick(['一般公共预算收入', '一般公共预算收入合计']), partialTax: i % 4 === 2, partialNtax: i % 8 === 5, spaceIndent: i % 3 === 1, note: notes[i % 4], pdec: i % 9 === 0 ? 2 : 1, thousands: i % 5 === 2, noTitle: i === 14, unitLeft: i % 7 === 3, subVat: i % 5 === 3 || i % 5 === 0, newTax: i % 6 === 0, unrounded: i % 12 === 3, ntax: i % 6 === 0 ? 14 : undefined });
    expenditureSheet(wb, file, i % 3 === 0 ? '表2 一般公共预算支出' : '支出执行', { title: `${city}${year}年一般公共预算支出执行情况表`, variant: ['A', 'B', 'C'][i % 3], totalLast: i % 2 === 0, totalName: i % 2 === 0 ? '支出合计' : '一般公共预算支出', spaceIndent: i % 4 === 0, nf: 14 + (i % 7), noSuffix: i % 6 === 5, note: notes[(i + 1) % 4], codes: i % 4 === 1, fracPct: i % 3 === 2 && i % 2 === 0 });
  } else if (kind === 1) {
    countySheet(wb, file, '分县区', { title: `${year}年${city}各县（市、区）财政收支情况`, variant: i % 2 ? 'A' : 'B', benji: i % 3 !== 0, totalLast: i % 3 === 2, totalName: ['全市', '全市合计', '合计'][i % 3], note: '注：全市含市本级。' });
    if (i % 2) yearsSheet(wb, file, '历年收支', { title: `${city}历年财政收支`, y0: year - 6, y1: year, yearSuffix: i % 4 === 1 });
  } else if (kind === 2) {
    fundSheet(wb, file, '政府性基金', { title: `${city}${year}年政府性基金预算执行情况表`, layout: i % 2 ? 'stack' : 'flat' });
    balanceSheet(wb, file, '收支平衡', { title: `${city}${year}年一般公共预算收支决算总表`, inName: pick(['收入总计', '收 入 总 计']), outName: pick(['支出总计', '支 出 总 计']) });
  } else if (kind === 4) {
    industrySheet(wb, file, '分行业税收', { title: `${city}${year}年分行业税收收入`, totalName: pick(['税收总计', '合计', '全部行业']), spaceIndent: i % 2 === 0 });
    taxAcrossSheet(wb, file, '分地区税种', { title: `${year}年各县区主要税种收入` });
  } else {
    // kind 6: everything in one book, revenue in 亿元 style with 2 decimals
    revenueSheet(wb, file, 'Sheet1', { title: `${city}${year}年财政收入完成情况`, variant: 'A', unit: '亿元', lo: 1000000, hi: 9000000, year, totalName: '地方一般公共预算收入', partialTax: i % 2 === 0, unrounded: i % 2 === 1, subVat: true, note: i % 2 ? '注：表中数据按亿元保留两位小数，合计数与分项之和的差异系四舍五入所致，增长率按万元数据计算。' : '注：表中数据按亿元保留两位小数。' });
    countySheet(wb, file, 'Sheet2', { title: `${year}年各县区收入`, variant: 'B', benji: true, totalName: '全市总计' });
    textSheet(wb, 'Sheet3', ['（空白页）']);
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
  files.push(file);
}
(async () => {
  for (let i = 0; i < 35; i++) await build(i);
  fs.writeFileSync(path.join(__dirname, 'gen_meta.json'), JSON.stringify(META, null, 0));
  console.log('wrote', files.length, 'files,', META.length, 'meta cells');
})();
