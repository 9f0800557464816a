// Generator: Chinese industrial / trade / price statistics workbooks, clean + planted copies.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round25-ind';

// ---------- seeded random ----------
let seed = 20250125;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const U = (a, b) => a + (b - a) * rnd();
const I = (a, b) => Math.floor(U(a, b + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const R = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const G = (cur, prev) => (prev > 0 && cur >= 0 ? R((cur / prev - 1) * 100, 1) : '—');
const pct = (a, b) => (b > 0 ? R(a / b * 100, 1) : '—');
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

// ---------- entity data ----------
function ent(scale = 1) {
  const units = I(4, 60);
  const loss = I(0, Math.round(units * 0.35));
  const rev = units * U(1500, 26000) * scale;
  const revP = rev / (1 + U(-0.18, 0.3));
  const profit = rev * U(-0.025, 0.1);
  const profitP = revP * U(-0.03, 0.1);
  const lossAmt = loss > 0 ? loss * U(30, 900) * scale : 0;
  const lossAmtP = loss > 0 ? lossAmt / (1 + U(-0.4, 0.8)) : (rnd() < 0.5 ? U(20, 300) : 0);
  const assets = rev * U(0.6, 1.6);
  const assetsP = assets / (1 + U(-0.1, 0.2));
  const liab = assets * U(0.3, 0.78);
  const liabP = assetsP * U(0.3, 0.78);
  const emp = units * I(40, 420);
  const empP = Math.round(emp / (1 + U(-0.1, 0.1)));
  const output = rev * U(0.95, 1.1), outputP = revP * U(0.95, 1.1);
  const cost = rev * U(0.75, 0.9), costP = revP * U(0.75, 0.9);
  return { units, unitsP: units - I(-3, 4), loss, lossP: Math.max(0, loss + I(-2, 2)), rev, revP, profit, profitP, lossAmt, lossAmtP, assets, assetsP, liab, liabP, emp, empP, output, outputP, cost, costP };
}
function sum(list) {
  const s = {};
  for (const e of list) for (const k of Object.keys(e)) s[k] = (s[k] || 0) + e[k];
  return s;
}

// ---------- sheet writer ----------
// spec: {name, title, unit, filer, headers:[row1,row2?], rows:[[...]], notes:[...], widths}
// header conventions: null after a value in row1 => horizontal merge; null in row2 under a width-1 row1 group => vertical merge
function layout(spec) {
  const ncol = Math.max(...spec.headers.map((h) => h.length));
  let r = 1;
  const pos = {};
  pos.title = r++;
  if (spec.filer) pos.filer = r++;
  if (spec.unit) pos.unit = r++;
  pos.head = r; r += spec.headers.length;
  pos.data = r; r += spec.rows.length;
  pos.notes = r;
  pos.ncol = ncol;
  return pos;
}
function writeSheet(wb, spec) {
  const ws = wb.addWorksheet(spec.name);
  const p = layout(spec);
  const n = p.ncol;
  ws.getCell(p.title, 1).value = spec.title;
  ws.mergeCells(p.title, 1, p.title, n);
  if (spec.filer) { ws.getCell(p.filer, 1).value = spec.filer; }
  if (spec.unit) {
    if (spec.unitRight) ws.getCell(p.unit, n).value = spec.unit; else ws.getCell(p.unit, 1).value = spec.unit;
  }
  const H = spec.headers;
  // row1 groups
  const h1 = H[0];
  const groups = []; // [start,end]
  for (let c = 0; c < n; c++) {
    if (h1[c] !== null && h1[c] !== undefined) { groups.push([c, c]); } else if (groups.length) groups[groups.length - 1][1] = c;
  }
  H.forEach((row, i) => row.forEach((v, c) => { if (v !== null && v !== undefined) ws.getCell(p.head + i, c + 1).value = v; }));
  for (const [a, b] of groups) {
    if (b > a) ws.mergeCells(p.head, a + 1, p.head, b + 1);
    else if (H.length > 1 && (H[1][a] === null || H[1][a] === undefined)) ws.mergeCells(p.head, a + 1, p.head + 1, a + 1);
  }
  spec.rows.forEach((row, i) => row.forEach((v, c) => {
    if (v === null || v === undefined) return;
    ws.getCell(p.data + i, c + 1).value = v;
  }));
  (spec.notes || []).forEach((t, i) => { ws.getCell(p.notes + i, 1).value = t; ws.mergeCells(p.notes + i, 1, p.notes + i, n); });
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= n; c++) ws.getColumn(c).width = 12;
  return ws;
}
function addr(spec, rowLabel, col) {
  const p = layout(spec);
  const i = spec.rows.findIndex((r) => String(r[0]).trim() === rowLabel || String(r[0]).trim().replace(/^其中：/, '') === rowLabel);
  if (i < 0) throw new Error('no row ' + rowLabel + ' in ' + spec.name);
  return { cell: colL(col + 1) + (p.data + i), i, col };
}
function textify(spec, frac) { // store some numbers as text
  for (const row of spec.rows) for (let c = 1; c < row.length; c++) if (typeof row[c] === 'number' && rnd() < frac) row[c] = String(row[c]);
}

// ---------- formatters ----------
function amt(x, unit) { return unit === '亿元' ? R(x / 10000, 2) : unit === '万元' ? R(x, 0) : R(x / 10000, 2); }
function fmtAmt(x, unit) { return unit === '亿元' ? R(x / 10000, 2) : R(x, 0); }

// ---------- table builders ----------
const INDUSTRIES = {
  '采矿业': ['煤炭开采和洗选业', '非金属矿采选业', '黑色金属矿采选业'],
  '制造业': ['农副食品加工业', '食品制造业', '酒、饮料和精制茶制造业', '纺织业', '纺织服装、服饰业', '木材加工和木、竹、藤、棕、草制品业',
    '造纸和纸制品业', '化学原料和化学制品制造业', '医药制造业', '橡胶和塑料制品业', '非金属矿物制品业', '黑色金属冶炼和压延加工业',
    '有色金属冶炼和压延加工业', '金属制品业', '通用设备制造业', '专用设备制造业', '汽车制造业', '电气机械和器材制造业',
    '计算机、通信和其他电子设备制造业'],
  '电力、热力、燃气及水生产和供应业': ['电力、热力生产和供应业', '燃气生产和供应业', '水的生产和供应业'],
};
const COUNTIES = [
  ['城关区', '东城区', '西湖区', '临江县', '青山县', '白水县', '安平县', '永宁县', '石门县'],
  ['古楼区', '新华区', '河西区', '丰源县', '长乐县', '清河县', '桃源县'],
  ['市辖区', '兴隆县', '平安县', '宁远县', '会同县', '双峰县', '大通县', '湘东县', '南岭县', '北山县'],
  ['海城区', '银海区', '铁山港区', '合浦县', '上林县', '马山县'],
];

function emitIndustryRow(label, e, unit, opts = {}) {
  const A = (x) => fmtAmt(x, unit);
  const row = [label, e.units, e.loss, pct(e.loss, e.units), A(e.rev), A(e.revP), G(e.rev, e.revP), A(e.profit), A(e.profitP), G(e.profit, e.profitP)];
  if (opts.lossAmt) row.push(A(e.lossAmt) || (e.loss ? 0 : '—'), A(e.lossAmtP), G(e.lossAmt, e.lossAmtP));
  row.push(A(e.assets), A(e.liab), pct(e.liab, e.assets), e.emp);
  return row;
}
function industryHeaders(unit, opts) {
  const h1 = ['行业', '企业单位数（个）', '其中：亏损企业（个）', '亏损面（%）', '营业收入', null, null, '利润总额', null, null];
  const h2 = [null, null, null, null, '本年', '上年', '增长（%）', '本年', '上年', '增长（%）'];
  if (opts.lossAmt) { h1.push('亏损企业亏损额', null, null); h2.push('本年', '上年', '增长（%）'); }
  h1.push('资产总计', '负债合计', '资产负债率（%）', '平均用工人数（人）');
  h2.push(null, null, null, null);
  return [h1, h2];
}

// T1: by industry (flat or hierarchical)
function tIndustry(o) {
  const unit = o.unit || '万元';
  const scale = o.scale || 1;
  const rows = [];
  const data = {};
  const doors = Object.keys(INDUSTRIES);
  const doorEnts = {};
  for (const d of doors) {
    const list = INDUSTRIES[d].filter(() => rnd() < 0.85).map((n) => ({ n, e: ent(scale) }));
    if (!list.length) list.push({ n: INDUSTRIES[d][0], e: ent(scale) });
    doorEnts[d] = list;
  }
  const all = [].concat(...doors.map((d) => doorEnts[d].map((x) => x.e)));
  const tot = sum(all);
  const totLabel = o.totLabel || '总计';
  if (!o.totBottom) rows.push(emitIndustryRow(totLabel, tot, unit, o));
  if (o.flat) {
    for (const d of doors) for (const x of doorEnts[d]) rows.push(emitIndustryRow(x.n, x.e, unit, o));
  } else {
    doors.forEach((d, k) => {
      rows.push(emitIndustryRow(o.numbered ? ['一、', '二、', '三、'][k] + d : d, sum(doorEnts[d].map((x) => x.e)), unit, o));
      if (d === '制造业' || o.allSub) {
        const sub = doorEnts[d].filter(() => rnd() < 0.6);
        sub.forEach((x, j) => rows.push(emitIndustryRow((j === 0 ? '  其中：' : '        ') + x.n, x.e, unit, o)));
      }
    });
  }
  if (o.totBottom) rows.push(emitIndustryRow(totLabel, tot, unit, o));
  return {
    name: o.name || '分行业', title: o.title || `${o.year || 2023}年规模以上工业企业主要经济指标（按行业分）`,
    unit: o.unitText || `单位：${unit}、个、人、%`, unitRight: o.unitRight, filer: o.filer,
    headers: industryHeaders(unit, o), rows, notes: o.notes || ['注：1.本表统计范围为年主营业务收入2000万元及以上的工业法人单位。', '2.亏损面=亏损企业单位数÷企业单位数×100%。'],
  };
}

// T2: by county with total, optional 其中 开发区 rows, optional share column
function tCounty(o) {
  const unit = o.unit || '万元';
  const names = o.counties;
  const ents = names.map(() => ent(o.scale || 1));
  const tot = sum(ents);
  const A = (x) => fmtAmt(x, unit);
  const rows = [];
  const mk = (n, e) => {
    const r = [n, e.units];
    if (o.unitsChange) r.push(e.units - e.unitsP);
    r.push(A(e.output), A(e.outputP), G(e.output, e.outputP), A(e.rev), G(e.rev, e.revP));
    if (o.share) r.push(pct(e.rev, tot.rev));
    r.push(A(e.profit), G(e.profit, e.profitP), A(e.lossAmt), G(e.lossAmt, e.lossAmtP));
    return r;
  };
  const tl = o.totLabel || '全市';
  if (!o.totBottom) rows.push(mk(tl, tot));
  names.forEach((n, i) => rows.push(mk(n, ents[i])));
  if (o.totBottom) rows.push(mk(tl, tot));
  if (o.zones) {
    // development zones: overlapping subsets of counties
    const z1 = sum([ents[0], ents[1]].map((e) => { const z = {}; for (const k in e) z[k] = typeof e[k] === 'number' ? e[k] * 0.6 : e[k]; z.units = Math.round(e.units * 0.6); return z; }));
    rows.push(mk('其中：高新技术产业开发区', z1));
  }
  const h1 = ['地区', '企业单位数（个）'];
  const h2 = [null, null];
  if (o.unitsChange) { h1.push('比上年增减（个）'); h2.push(null); }
  h1.push('工业总产值', null, null, '营业收入', null); h2.push('本年', '上年', '增长（%）', '本年', '增长（%）');
  if (o.share) { h1.push(null); h2.push('占全市比重（%）'); }
  h1.push('利润总额', null, '亏损企业亏损额', null); h2.push('本年', '增长（%）', '本年', '增长（%）');
  return {
    name: o.name || '分县区', title: o.title || `${o.year || 2023}年各县区规模以上工业企业主要经济指标`,
    unit: `单位：${unit}`, unitRight: true, headers: [h1, h2], rows,
    notes: o.notes || ['注：工业总产值按当年价格计算；增长速度按可比口径计算。'], filer: o.filer,
  };
}

// T3: by registration type / size / control - multiple sections each summing to total
function tRegType(o) {
  const unit = o.unit || '亿元';
  const A = (x) => fmtAmt(x, unit);
  const reg = ['国有企业', '集体企业', '股份合作企业', '有限责任公司', '股份有限公司', '私营企业', '其他企业', '外商及港澳台商投资企业'];
  const e = reg.map(() => ent(o.scale || 1));
  const tot = sum(e);
  const rows = [];
  const mk = (n, x) => {
    const r = [n, x.units, x.loss, pct(x.loss, x.units), A(x.rev), G(x.rev, x.revP), A(x.profit), G(x.profit, x.profitP), A(x.assets), pct(x.liab, x.assets)];
    return r;
  };
  rows.push(mk('总计', tot));
  if (o.style === 'shares') {
    // 国有企业, 集体企业, 股份制企业(其中 有限责任公司 / 股份有限公司), 外商及港澳台商, 其他
    rows.push(['按登记注册类型分']);
    rows.push(mk('国有企业', e[0]));
    rows.push(mk('集体企业', e[1]));
    rows.push(mk('股份制企业', sum([e[3], e[4]])));
    rows.push(mk('  其中：有限责任公司', e[3]));
    rows.push(mk('        股份有限公司', e[4]));
    rows.push(mk('外商及港澳台商投资企业', e[7]));
    rows.push(mk('其他', sum([e[2], e[5], e[6]])));
    rows.push(mk('  其中：私营企业', e[5]));
  } else {
    rows.push(['按登记注册类型分']);
    reg.forEach((n, i) => rows.push(mk(n, e[i])));
  }
  // by size: split total into 4 random partitions of the same entities
  const perm = e.map((x, i) => i);
  if (o.size) {
    rows.push(['按企业规模分']);
    // split each entity proportionally
    const w = [[0.35, 0.3, 0.25, 0.1]];
    const sizes = ['大型企业', '中型企业', '小型企业', '微型企业'];
    const parts = sizes.map(() => []);
    for (const x of e) {
      const f = [U(0.1, 0.5), U(0.1, 0.4), U(0.1, 0.4), U(0.02, 0.1)];
      const fs = f.reduce((a, b) => a + b);
      // counts: distribute integer units and losses
      let uLeft = x.units, lLeft = x.loss;
      sizes.forEach((s, k) => {
        const part = {};
        for (const key in x) part[key] = x[key] * f[k] / fs;
        part.units = k < 3 ? Math.floor(x.units * f[k] / fs) : 0;
        part.loss = k < 3 ? Math.min(part.units, Math.floor(x.loss * f[k] / fs)) : 0;
        parts[k].push(part);
      });
      const used = parts.reduce((a, p) => a + p[p.length - 1].units, 0);
      parts[3][parts[3].length - 1].units = x.units - used;
      const usedL = parts.reduce((a, p) => a + p[p.length - 1].loss, 0);
      parts[3][parts[3].length - 1].loss = x.loss - usedL;
      let ex = parts[3][parts[3].length - 1].loss - parts[3][parts[3].length - 1].units;
      for (let k = 0; k < 3 && ex > 0; k++) { const q = parts[k][parts[k].length - 1]; const room = q.units - q.loss; const mv = Math.min(room, ex); q.loss += mv; ex -= mv; parts[3][parts[3].length - 1].loss -= mv; }
    }
    sizes.forEach((s, k) => rows.push(mk(s, sum(parts[k]))));
  }
  if (o.control) {
    // 其中：国有控股企业 (crosscut subset)
    const sub = sum([e[0], { ...e[3], units: Math.round(e[3].units * 0.3), loss: Math.round(e[3].loss * 0.3), rev: e[3].rev * 0.3, revP: e[3].revP * 0.3, profit: e[3].profit * 0.3, profitP: e[3].profitP * 0.3, assets: e[3].assets * 0.3, liab: e[3].liab * 0.3 }]);
    rows.push(mk('其中：国有控股企业', sub));
  }
  return {
    name: o.name || '按注册类型', title: `${o.year || 2023}年规模以上工业企业主要经济指标（按登记注册类型和规模分）`,
    unit: `单位：个、${unit}、%`, headers: [['项目', '企业单位数', '亏损企业', '亏损面（%）', '营业收入', null, '利润总额', null, '资产总计', '资产负债率（%）'],
      [null, null, null, null, '本年', '增长（%）', '本年', '增长（%）', null, null]], rows,
    notes: ['注：按登记注册类型分组、按企业规模分组的各项之和均等于总计。'],
  };
}

// T4: indicator rows
function tIndicators(o) {
  const e = sum(Array.from({ length: I(8, 20) }, () => ent(o.scale || 1)));
  const rows = [];
  const pp = o.ppCol; // separate 增减（百分点） column
  const mk = (n, u, cur, prev, isRate, digits = 2) => {
    const r = [n, u, cur, prev];
    if (isRate) { if (pp) r.push('—', R(cur - prev, 1)); else r.push(R(cur - prev, 1)); }
    else { r.push(G(o.rawCur, o.rawPrev)); if (pp) r.push('—'); }
    return r;
  };
  const A = (x) => R(x / 10000, 2);
  const add = (n, u, c, p, fn) => { o.rawCur = c; o.rawPrev = p; rows.push(mk(n, u, fn(c), fn(p), false)); };
  const addRate = (n, c, p) => rows.push(mk(n, '%', c, p, true));
  add('企业单位数', '个', e.units, e.unitsP, (x) => x);
  add('  其中：亏损企业', '个', e.loss, e.lossP, (x) => x);
  addRate('亏损面', pct(e.loss, e.units), pct(e.lossP, e.unitsP));
  add('工业总产值（当年价）', '亿元', e.output, e.outputP, A);
  add('营业收入', '亿元', e.rev, e.revP, A);
  add('营业成本', '亿元', e.cost, e.costP, A);
  add('利润总额', '亿元', e.profit, e.profitP, A);
  add('亏损企业亏损额', '万元', e.lossAmt, e.lossAmtP, (x) => R(x, 0));
  add('资产总计', '亿元', e.assets, e.assetsP, A);
  add('负债合计', '亿元', e.liab, e.liabP, A);
  addRate('资产负债率', pct(e.liab, e.assets), pct(e.liabP, e.assetsP));
  addRate('营业收入利润率', pct(e.profit, e.rev), pct(e.profitP, e.revP));
  add('平均用工人数', '人', e.emp, e.empP, (x) => x);
  const h = ['指标', '计量单位', `${o.year || 2023}年`, `${(o.year || 2023) - 1}年`, pp ? '增长（%）' : '增长（%、百分点）'];
  if (pp) h.push('增减（百分点）');
  // growth col for rate rows when !pp contains percentage-point change
  if (o.rateDash && !pp) for (const r of rows) if (r[1] === '%') r[4] = '—';
  return {
    name: o.name || '主要指标', title: `${o.place || '本县'}规模以上工业企业主要经济指标`, filer: o.filer,
    unit: null, headers: [h], rows,
    notes: pp ? ['注：亏损面、资产负债率、营业收入利润率为比上年增减百分点。'] : ['注：比率指标的增长栏为比上年增减百分点。'],
  };
}

// T5: retail sales by month (当月, 累计)
function tRetailMonth(o) {
  const months = o.months || 12;
  const cur = [], prev = [];
  const base = U(8, 60) * 10000; // 万元 per month
  for (let m = 1; m <= months; m++) { const c = base * U(0.85, 1.2) * (m === 12 ? 1.2 : 1); cur.push(c); prev.push(c / (1 + U(-0.05, 0.12))); }
  // 1-2月 combined
  const rows = [];
  let cc = 0, cp = 0;
  const A = (x) => R(x / 10000, 2);
  const useText = o.text;
  for (let m = 1; m <= months; m++) {
    if (m === 1) { cc += cur[0]; cp += prev[0]; continue; }
    let mc = cur[m - 1], mp = prev[m - 1];
    if (m === 2) { mc += cur[0]; mp += prev[0]; }
    cc += cur[m - 1]; cp += prev[m - 1];
    const label = m === 2 ? '1-2月' : `${m}月`;
    const r = [label, A(mc), G(mc, mp), A(cc), G(cc, cp)];
    if (o.urban) { const f = U(0.7, 0.8); r.push(A(cc * f), A(cc * (1 - f))); }
    rows.push(r);
  }
  const h1 = ['月份', '当月', null, '累计', null];
  const h2 = [null, '绝对额（亿元）', '增长（%）', '绝对额（亿元）', '增长（%）'];
  if (o.urban) { h1.push('累计中', null); h2.push('城镇', '乡村'); }
  return {
    name: o.name || '社零月度', title: `${o.year || 2023}年${o.place || ''}社会消费品零售总额月度情况`, unit: '单位：亿元、%', unitRight: true,
    headers: [h1, h2], rows, notes: ['注：1-2月数据合并发布。'],
  };
}

// T6: retail composition
function tRetailComp(o) {
  const A = (x) => R(x / 10000, 2);
  const mon = U(10, 40) * 10000, monP = mon / (1 + U(-0.03, 0.1));
  const cum = mon * U(8, 11), cumP = cum / (1 + U(-0.03, 0.1));
  const split = (x, xp, f, fp) => [[x * f, xp * fp], [x * (1 - f), xp * (1 - fp)]];
  const fU = U(0.7, 0.82), fUp = fU * U(0.98, 1.02);
  const fG = U(0.86, 0.92), fGp = fG * U(0.98, 1.02);
  const rows = [];
  const mk = (n, a, b, c, d) => [n, A(a), G(a, b), A(c), G(c, d)];
  rows.push(mk('社会消费品零售总额', mon, monP, cum, cumP));
  rows.push(['按经营单位所在地分']);
  rows.push(mk('  城镇', mon * fU, monP * fUp, cum * fU, cumP * fUp));
  rows.push(mk('  乡村', mon * (1 - fU), monP * (1 - fUp), cum * (1 - fU), cumP * (1 - fUp)));
  rows.push(['按消费类型分']);
  rows.push(mk('  商品零售', mon * fG, monP * fGp, cum * fG, cumP * fGp));
  rows.push(mk('  餐饮收入', mon * (1 - fG), monP * (1 - fGp), cum * (1 - fG), cumP * (1 - fGp)));
  // 限额以上 with categories
  const lim = U(0.35, 0.5);
  const limM = mon * lim, limMP = monP * lim * U(0.95, 1.05), limC = cum * lim, limCP = cumP * lim * U(0.95, 1.05);
  rows.push(mk('限额以上单位消费品零售额', limM, limMP, limC, limCP));
  const cats = ['粮油、食品类', '饮料类', '烟酒类', '服装、鞋帽、针纺织品类', '化妆品类', '金银珠宝类', '日用品类', '家用电器和音像器材类', '中西药品类', '石油及制品类', '汽车类'];
  const w = cats.map(() => U(0.02, 0.12));
  const ws = w.reduce((a, b) => a + b) / U(0.8, 0.92);
  cats.forEach((c, k) => {
    const f = w[k] / ws, g1 = U(-0.25, 0.3), g2 = U(-0.15, 0.25);
    rows.push(mk((k === 0 ? '  其中：' : '        ') + c, limM * f, limM * f / (1 + g1), limC * f, limC * f / (1 + g2)));
  });
  return {
    name: o.name || '社零构成', title: `${o.year || 2023}年${o.month || 10}月社会消费品零售总额主要指标`, unit: '单位：亿元、%', unitRight: true,
    headers: [['指标', `${o.month || 10}月`, null, `1-${o.month || 10}月`, null], [null, '绝对额', '比上年同期增长（%）', '绝对额', '比上年同期增长（%）']],
    rows, notes: ['注：限额以上单位商品类值为部分类别，不等于限额以上单位消费品零售额。'],
  };
}

// T7: CPI by category: total is weighted average
function tCPI(o) {
  const cats = [['食品烟酒', 0.28, [['  其中：粮食', 0], ['        鲜菜', 0], ['        畜肉类', 0], ['        其中：猪肉', 0], ['        水产品', 0], ['        蛋类', 0], ['        鲜果', 0]]],
    ['衣着', 0.07], ['居住', 0.23], ['生活用品及服务', 0.06], ['交通通信', 0.13], ['教育文化娱乐', 0.11], ['医疗保健', 0.09], ['其他用品及服务', 0.03]];
  const numer = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、'];
  const rows = [];
  const vals = cats.map(() => [U(97.5, 103.5), U(99.0, 101.2), U(97.5, 103.5)]);
  // food items
  const total = [0, 1, 2].map((j) => R(cats.reduce((a, c, k) => a + c[1] * vals[k][j], 0), 1));
  const label0 = o.totLabel || '居民消费价格总指数';
  rows.push([label0, ...total]);
  cats.forEach((c, k) => {
    rows.push([(o.numbered ? numer[k] : '') + c[0], ...vals[k].map((v) => R(v, 1))]);
    if (c[2] && o.sub) for (const [n] of c[2]) {
      const wild = /肉|鲜菜|鲜果|蛋/.test(n);
      rows.push([n, R(wild ? U(70, 135) : U(97, 104), 1), R(wild ? U(92, 108) : U(99, 101.5), 1), R(wild ? U(75, 130) : U(97, 104), 1)]);
    }
  });
  if (o.extra) {
    rows.push(['  其中：消费品', R(U(98, 102), 1), R(U(99, 101), 1), R(U(98, 102), 1)]);
    rows.push(['        服务', R(U(99, 103), 1), R(U(99.5, 100.6), 1), R(U(99, 103), 1)]);
  }
  return {
    name: o.name || 'CPI', title: `${o.year || 2023}年${o.month || 12}月${o.place || ''}居民消费价格分类指数`, unit: o.unitLine === false ? null : '单位：%',
    headers: o.oneRow ? [['项目', '上年同月=100', '上月=100', '上年同期=100']] :
      [['项目', `${o.month || 12}月`, null, `1-${o.month || 12}月`], [null, '上年同月=100', '上月=100', '上年同期=100']],
    rows, notes: ['注：居民消费价格总指数为各大类指数按权数加权计算。'],
  };
}

// T8: commodity retail price index / PPI categories
function tRPI(o) {
  const cats = ['食品', '饮料、烟酒', '服装、鞋帽', '纺织品', '家用电器及音像器材', '文化办公用品', '日用品', '体育娱乐用品', '交通、通信用品', '家具',
    '化妆品', '金银珠宝', '中西药品及医疗保健用品', '书报杂志及电子出版物', '燃料', '建筑材料及五金电料'];
  const rows = [];
  const v = cats.map(() => [U(95, 106), U(95, 106)]);
  const w = cats.map(() => U(0.02, 0.12)); const ws = w.reduce((a, b) => a + b);
  const tot = [0, 1].map((j) => R(v.reduce((a, x, k) => a + x[j] * w[k] / ws, 0), 1));
  rows.push(['商品零售价格总指数', ...tot]);
  cats.forEach((c, k) => rows.push([c, R(v[k][0], 1), R(v[k][1], 1)]));
  return {
    name: o.name || '商品零售价格', title: `${o.place || ''}商品零售价格分类指数`, unit: '（上年=100）', unitRight: false,
    headers: [['类别', `${(o.year || 2023) - 1}年`, `${o.year || 2023}年`]], rows,
  };
}
function tPPI(o) {
  const rows = [];
  const grp = [['生产资料', ['  采掘', '  原材料', '  加工']], ['生活资料', ['  食品类', '  衣着类', '  一般日用品类', '  耐用消费品类']]];
  const vals = [];
  const all = [];
  for (const [g, subs] of grp) {
    const sv = subs.map(() => [U(88, 106), U(98, 101.5)]);
    const sw = subs.map(() => U(0.1, 0.5)); const sws = sw.reduce((a, b) => a + b);
    const gv = [0, 1].map((j) => sv.reduce((a, x, k) => a + x[j] * sw[k] / sws, 0));
    all.push([g, gv, subs, sv]);
  }
  const tot = [0, 1].map((j) => R(all[0][1][j] * 0.72 + all[1][1][j] * 0.28, 1));
  rows.push(['工业生产者出厂价格指数', ...tot]);
  for (const [g, gv, subs, sv] of all) { rows.push([g, R(gv[0], 1), R(gv[1], 1)]); subs.forEach((s, k) => rows.push([s, R(sv[k][0], 1), R(sv[k][1], 1)])); }
  rows.push(['工业生产者购进价格指数', R(U(94, 102), 1), R(U(99, 101), 1)]);
  return {
    name: o.name || 'PPI', title: `${o.year || 2023}年${o.month || 6}月工业生产者价格指数`, unit: null,
    headers: [['指标', '上年同月=100', '上月=100']], rows,
  };
}

// T9: trade
function tTrade(o) {
  const unit = o.unit || '万美元';
  const rows = [];
  const A = (x) => R(x, unit === '亿元' ? 2 : 0);
  const sc = unit === '亿元' ? 0.01 : 1;
  const mk = (n, ex, exP, im, imP) => {
    const r = [n, A(ex + im), G(ex + im, exP + imP), A(ex), G(ex, exP), A(im), G(im, imP)];
    if (o.balance) r.push(A(ex - im));
    return r;
  };
  let items;
  if (o.by === 'month') {
    items = Array.from({ length: 12 }, (_, k) => `${k + 1}月`);
  } else if (o.by === 'mode') items = ['一般贸易', '加工贸易', '  其中：来料加工装配贸易', '        进料加工贸易', '保税物流', '其他贸易'];
  else if (o.by === 'owner') items = ['国有企业', '外商投资企业', '民营企业', '其他'];
  else items = ['东盟', '欧盟', '美国', '日本', '韩国', '中国香港', '中国台湾', '俄罗斯', '其他国家和地区'];
  const vals = {};
  let list = [];
  for (const it of items) {
    const ex = U(200, 9000) * sc, im = U(100, 8000) * sc;
    vals[it] = [ex, ex / (1 + U(-0.35, 0.45)), im, im / (1 + U(-0.35, 0.45))];
  }
  if (o.by === 'mode') {
    // 加工贸易 = 来料 + 进料
    const a = vals['  其中：来料加工装配贸易'], b = vals['        进料加工贸易'];
    vals['加工贸易'] = a.map((x, k) => x + b[k]);
    list = ['一般贸易', '加工贸易', '保税物流', '其他贸易'];
  } else list = items;
  const tot = [0, 1, 2, 3].map((k) => list.reduce((s, it) => s + vals[it][k], 0));
  const rows0 = items.map((it) => mk(it, ...vals[it]));
  const totRow = mk(o.totLabel || '合计', ...tot);
  if (o.by === 'month') {
    rows.push(...rows0, totRow); // total bottom (全年)
    rows[rows.length - 1][0] = '全年';
  } else { rows.push(totRow, ...rows0); }
  if (o.belt) {
    const sub = ['东盟', '俄罗斯'].map((k) => vals[k]);
    const s = [0, 1, 2, 3].map((k) => sub[0][k] + sub[1][k] + vals['其他国家和地区'][k] * 0.4);
    rows.push(mk('其中：“一带一路”沿线国家', ...s));
  }
  const h1 = [o.by === 'month' ? '月份' : o.by === 'mode' ? '贸易方式' : o.by === 'owner' ? '企业性质' : '国别（地区）', '进出口总额', null, '出口', null, '进口', null];
  const h2 = [null, '金额', '增长（%）', '金额', '增长（%）', '金额', '增长（%）'];
  if (o.balance) { h1.push('贸易差额'); h2.push(null); }
  return {
    name: o.name || '进出口', title: `${o.year || 2023}年${o.place || ''}进出口情况`, unit: `单位：${unit}、%`, unitRight: true,
    headers: [h1, h2], rows, notes: ['注：贸易差额=出口-进口，负数为逆差。', '资料来源：海关统计。'],
  };
}

// T10: products output
function tProducts(o) {
  const rows = [];
  const mk = (n, u, c, p, d = 2) => { if (u === '辆') { c = Math.round(c); p = Math.round(p); } return [n, u, R(c, d), R(p, d), G(c, p)]; };
  const gen = [U(5, 30), U(0.5, 8), U(0.5, 5), U(0.2, 3)];
  const genP = gen.map((x) => x / (1 + U(-0.2, 0.4)));
  rows.push(mk('原煤', '万吨', U(50, 900), U(50, 900)));
  rows.push(mk('发电量', '亿千瓦时', gen.reduce((a, b) => a + b), genP.reduce((a, b) => a + b)));
  ['  其中：火力发电量', '        水力发电量', '        风力发电量', '        太阳能发电量'].forEach((n, k) => rows.push(mk(n, '亿千瓦时', gen[k], genP[k])));
  rows.push(mk('水泥', '万吨', U(50, 500), U(50, 500)));
  rows.push(mk('钢材', '万吨', U(10, 300), U(10, 300)));
  rows.push(mk('布', '万米', U(100, 5000), U(100, 5000), 0));
  rows.push(mk('饮料酒', '千升', U(1000, 50000), U(1000, 50000), 0));
  rows.push(mk('饲料', '吨', U(10000, 300000), U(10000, 300000), 0));
  rows.push(mk('汽车', '辆', U(1000, 30000), U(1000, 30000), 0));
  rows.push(mk('  其中：新能源汽车', '辆', U(500, 900), U(100, 400), 0));
  return {
    name: o.name || '产品产量', title: `${o.year || 2023}年规模以上工业主要产品产量`, unit: null,
    headers: [['产品名称', '计量单位', '本年', '上年', '增长（%）']], rows,
  };
}

// T11: value added growth only
function tVAGrowth(o) {
  const inds = ['规模以上工业', '  采矿业', '  制造业', '  电力、热力、燃气及水生产和供应业', '按经济类型分', '  国有控股企业', '  股份制企业', '  外商及港澳台商投资企业', '  私营企业', '按企业规模分', '  大型企业', '  中型企业', '  小型企业', '  微型企业'];
  const rows = inds.map((n) => (/^按/.test(n) ? [n] : [n, R(U(-12, 18), 1), R(U(-10, 15), 1), R(U(-5, 5), 1)]));
  return {
    name: o.name || '增加值增速', title: `${o.year || 2023}年${o.month || 9}月规模以上工业增加值增长速度`, unit: '单位：%',
    headers: [['指标', '本月比上年同月增长', '1-本月比上年同期增长', '比上月提高（百分点）']], rows,
  };
}

// T12: market prices monitoring
function tPrices(o) {
  const items = [['大米', '标一', '元/公斤'], ['面粉', '特一', '元/公斤'], ['菜籽油', '5升桶装', '元/桶'], ['猪肉', '精瘦肉', '元/公斤'], ['牛肉', '鲜', '元/公斤'], ['鸡蛋', '鲜', '元/公斤'],
    ['大白菜', '一级', '元/公斤'], ['西红柿', '一级', '元/公斤'], ['苹果', '富士', '元/公斤'], ['汽油', '92号', '元/升'], ['柴油', '0号', '元/升'], ['液化石油气', '15公斤/瓶', '元/瓶']];
  const rows = items.map(([n, g, u]) => {
    const now = U(2, 120), last = now / (1 + U(-0.12, 0.12)), yr = now / (1 + U(-0.3, 0.3));
    const nowR = R(now, 2), lastR = R(last, 2), yrR = R(yr, 2);
    return [n, g, u, nowR, lastR, G(nowR, lastR), yrR, G(nowR, yrR)];
  });
  return {
    name: o.name || '价格监测', title: `${o.place || '本市'}主要商品平均价格（${o.month || 5}月下旬）`, unit: null, filer: o.filer,
    headers: [['品名', '规格等级', '计量单位', '本期价格', '上期价格', '环比（%）', '上年同期价格', '同比（%）']], rows,
    notes: ['注：环比、同比按本期价格与上期、上年同期价格计算。', '数据来源：价格监测中心。'],
  };
}

// T13: wholesale/retail/hotel/catering by industry
function tTradeInd(o) {
  const inds = ['批发业', '零售业', '住宿业', '餐饮业'];
  const e = inds.map(() => { const u = I(10, 120); const s = u * U(500, 20000); return { u, uP: u - I(-5, 10), s, sP: s / (1 + U(-0.1, 0.25)) }; });
  const rows = [];
  const A = (x) => R(x, 0);
  const mk = (n, x) => [n, x.u, x.u - x.uP, A(x.s), A(x.sP), G(x.s, x.sP)];
  const tot = { u: 0, uP: 0, s: 0, sP: 0 };
  for (const x of e) for (const k in tot) tot[k] += x[k];
  rows.push(mk('合计', tot));
  inds.forEach((n, k) => rows.push(mk(n, e[k])));
  return {
    name: o.name || '限上贸易', title: `${o.year || 2023}年限额以上批发零售住宿餐饮业主要指标`, unit: '单位：个、万元、%', unitRight: true,
    headers: [['行业', '法人单位数', '比上年增减', '商品销售额（营业额）', null, null], [null, null, null, '本年', '上年', '增长（%）']], rows,
  };
}

// T14: industrial by enterprise scale with per-row rates and blank/— cells
function tScale(o) {
  const names = ['大型企业', '中型企业', '小型企业', '微型企业'];
  const e = names.map(() => ent(o.scale || 1));
  e[3].loss = 0; e[3].lossAmt = 0; e[3].lossAmtP = 0; e[3].units = I(1, 4); e[3].loss = 0;
  const tot = sum(e);
  const rows = [];
  const A = (x) => R(x / 10000, 2);
  const mk = (n, x) => [n, x.units, x.loss, pct(x.loss, x.units), A(x.rev), G(x.rev, x.revP), x.lossAmt ? R(x.lossAmt, 0) : '—', G(x.lossAmt, x.lossAmtP), pct(x.liab, x.assets), R(x.profit / x.rev * 100, 2)];
  rows.push(mk('合计', tot));
  names.forEach((n, k) => rows.push(mk(n, e[k])));
  return {
    name: o.name || '按规模', title: `${o.year || 2023}年规模以上工业企业主要指标（按企业规模分）`, unit: '单位：个、亿元、万元、%', unitRight: true,
    headers: [['企业规模', '企业单位数', '亏损企业', '亏损面', '营业收入（亿元）', '营业收入增长', '亏损企业亏损额（万元）', '亏损额增长', '资产负债率', '营业收入利润率']],
    rows,
  };
}

// ---------- workbook list ----------
const books = [];
const B = (file, sheets, plants = []) => books.push({ file, sheets, plants });
const years = [2021, 2022, 2023, 2024];
const places = ['临江县', '青山县', '白水市', '安平县', '永宁市', '石门县', '长乐县', '桃源县'];

// plant helpers: returns fn(spec) -> {cell, old, new, what}
function plant(sheetIdx, rowLabel, col, how, what) { return { sheetIdx, rowLabel, col, how, what }; }
const bump = (d) => (v) => { const x = Number(v); const r = x + d; return Number.isInteger(x) ? r : R(r, String(v).split('.')[1] ? String(v).split('.')[1].length : 0); };
const setTo = (n) => () => n;
const transpose = (v) => { const s = String(v); const i = s.search(/\d\d/); const digits = s.replace(/\D/g, ''); for (let k = 0; k < s.length - 1; k++) if (/\d/.test(s[k]) && /\d/.test(s[k + 1]) && s[k] !== s[k + 1]) { const t = s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2); return typeof v === 'number' ? Number(t) : t; } return v; };

// 1-8 by industry
B('ind_hangye_2023_wanyuan.xlsx', [tIndustry({ year: 2023, unit: '万元', lossAmt: true })], [plant(0, '总计', 4, bump(1500), 'total revenue off by 1500')]);
B('ind_hangye_2022_yiyuan.xlsx', [tIndustry({ year: 2022, unit: '亿元', scale: 3 })], [plant(0, '制造业', 6, bump(3.1), 'growth rate wrong by 3.1')]);
B('ind_hangye_flat_bottom.xlsx', [tIndustry({ year: 2023, unit: '万元', flat: true, totBottom: true, totLabel: '合计' })], [plant(0, '合计', 1, bump(7), 'total units off by 7')]);
B('ind_hangye_numbered.xlsx', [tIndustry({ year: 2024, unit: '万元', numbered: true, allSub: true })], [plant(0, '总计', 2, bump(11), 'total loss count off by 11')]);
B('ind_hangye_flat_yiyuan.xlsx', [tIndustry({ year: 2021, unit: '亿元', flat: true, scale: 2, lossAmt: true })], []);
B('ind_hangye_county_two.xlsx', [tIndustry({ year: 2023, unit: '万元', name: '全县', title: '2023年临江县规模以上工业企业主要经济指标' }), tIndustry({ year: 2022, unit: '万元', name: '上年', title: '2022年临江县规模以上工业企业主要经济指标' })], [plant(1, '制造业', 3, bump(6.0), 'loss ratio (亏损面) wrong by 6')]);
B('ind_hangye_filer.xlsx', [tIndustry({ year: 2023, unit: '万元', filer: '填报单位：青山县统计局', unitRight: true })], [plant(0, '制造业', 12, bump(-5), 'asset-liability ratio wrong by 5')]);
B('ind_hangye_lossamt.xlsx', [tIndustry({ year: 2024, unit: '万元', lossAmt: true, flat: true })], [plant(0, '总计', 10, bump(800), 'loss amount total off')]);
// 9-14 by county
B('ind_county_top.xlsx', [tCounty({ counties: COUNTIES[0], year: 2023 })], [plant(0, '全市', 3, bump(25000), 'prior-year output total off by 25000')]);
B('ind_county_bottom_zone.xlsx', [tCounty({ counties: COUNTIES[1], totBottom: true, totLabel: '合计', zones: true })], [plant(0, '新华区', 4, bump(-9.0), 'growth wrong by 9')]);
B('ind_county_share.xlsx', [tCounty({ counties: COUNTIES[2], share: true, unit: '亿元', scale: 4 })], [plant(0, '兴隆县', 7, bump(4.0), 'share wrong by 4 points')]);
B('ind_county_change.xlsx', [tCounty({ counties: COUNTIES[3], unitsChange: true, totLabel: '全市' })], [plant(0, '全市', 2, bump(5), 'units change total off by 5')]);
B('ind_county_two_years.xlsx', [tCounty({ counties: COUNTIES[0].slice(0, 6), year: 2022, name: '2022年' }), tCounty({ counties: COUNTIES[0].slice(0, 6), year: 2023, name: '2023年', share: true })], []);
B('ind_county_zone_share.xlsx', [tCounty({ counties: COUNTIES[1], zones: true, share: true })], [plant(0, '古楼区', 1, transpose, 'digits transposed in units')]);
// 15-18 registration type
B('ind_regtype.xlsx', [tRegType({ size: true })], [plant(0, '私营企业', 1, bump(20), 'part units off by 20 (breaks section sum)')]);
B('ind_regtype_shares.xlsx', [tRegType({ style: 'shares', size: true, unit: '万元', scale: 1 })], [plant(0, '有限责任公司', 4, bump(50000), 'of-which part off; 股份制 no longer equals sum')]);
B('ind_regtype_control.xlsx', [tRegType({ style: 'shares', control: true })], [plant(0, '国有企业', 2, setTo(999), 'loss enterprises larger than enterprises')]);
B('ind_regtype_plain.xlsx', [tRegType({ year: 2022 })], []);
// 19-22 indicator rows
B('ind_indicators_pp.xlsx', [tIndicators({ ppCol: true, filer: '填报单位：白水市统计局' })], [plant(0, '营业收入', 4, bump(2.5), 'growth rate wrong')]);
B('ind_indicators_mixed.xlsx', [tIndicators({ ppCol: false, place: '安平县' })], [plant(0, '亏损企业', 2, setTo(999), 'loss enterprises > enterprises')]);
B('ind_indicators_dash.xlsx', [tIndicators({ ppCol: false, rateDash: true, place: '永宁市' })], []);
B('ind_indicators_multi.xlsx', [tIndicators({ ppCol: true, name: '全市' }), tIndicators({ ppCol: true, name: '市辖区', scale: 0.5 })], [plant(1, '资产负债率', 2, bump(9.9), 'debt ratio wrong')]);
// 23-27 retail monthly
B('retail_month.xlsx', [tRetailMonth({ year: 2023, place: '临江县' })], [plant(0, '6月', 3, bump(1.2), 'cumulative off')]);
B('retail_month_urban.xlsx', [tRetailMonth({ year: 2024, urban: true, months: 10 })], [plant(0, '8月', 5, bump(3.0), 'urban part off')]);
B('retail_month_partial.xlsx', [tRetailMonth({ year: 2022, months: 7 })], []);
B('retail_comp.xlsx', [tRetailComp({ month: 10 })], [plant(0, '城镇', 1, bump(1.5), 'urban part off; sum breaks')]);
B('retail_comp_two.xlsx', [tRetailComp({ month: 6, name: '6月' }), tRetailMonth({ months: 6, name: '月度' })], []);
// 28-32 CPI / RPI / PPI
B('cpi_sub.xlsx', [tCPI({ sub: true, numbered: true })], []);
B('cpi_plain.xlsx', [tCPI({ oneRow: true, extra: true })], [plant(0, '居民消费价格总指数', 1, bump(3.0), 'total index wrong by 3')]);
B('cpi_rpi_two.xlsx', [tCPI({ sub: true }), tRPI({})], []);
B('rpi.xlsx', [tRPI({ year: 2024 })], []);
B('ppi.xlsx', [tPPI({})], []);
// 33-37 trade
B('trade_country.xlsx', [tTrade({ by: 'country', balance: true, belt: true })], [plant(0, '合计', 1, bump(5000), 'trade total off')]);
B('trade_mode.xlsx', [tTrade({ by: 'mode', balance: true, unit: '亿元' })], [plant(0, '加工贸易', 3, bump(0.9), 'export of 加工贸易 != sum of subparts')]);
B('trade_month.xlsx', [tTrade({ by: 'month', balance: true })], [plant(0, '3月', 1, bump(-300), 'total != ex+im')]);
B('trade_owner.xlsx', [tTrade({ by: 'owner' })], []);
B('trade_owner_balance.xlsx', [tTrade({ by: 'owner', balance: true, unit: '亿元' })], [plant(0, '民营企业', 7, bump(2.0), 'balance wrong')]);
// 38-43 misc
B('products.xlsx', [tProducts({})], [plant(0, '发电量', 2, bump(3.0), 'electricity total != parts')]);
B('va_growth.xlsx', [tVAGrowth({})], []);
B('prices_monitor.xlsx', [tPrices({ filer: '填报单位：石门县发展和改革局' })], [plant(0, '猪肉', 5, bump(4.0), 'MoM % wrong')]);
B('trade_industry.xlsx', [tTradeInd({})], [plant(0, '合计', 3, bump(3000), 'sales total off')]);
B('ind_scale.xlsx', [tScale({})], [plant(0, '合计', 1, bump(3), 'units total off by 3')]);
B('mixed_three.xlsx', [tScale({ name: '规模' }), tProducts({ name: '产量' }), tVAGrowth({ name: '增速' })], []);

// text numbers in a few workbooks
for (const b of books) if (/flat_yiyuan|county_two_years|retail_month_partial|trade_owner\.xlsx|regtype_plain/.test(b.file)) b.sheets.forEach((s) => { s._text = true; });

async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) writeSheet(wb, s);
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  seed = 777;
  for (const b of books) {
    for (const s of b.sheets) if (s._text) { textify(s, 0.12); }
    await writeBook(path.join(OUT, 'clean', b.file), b.sheets);
    for (const pl of b.plants) {
      const copy = b.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.slice()) }));
      const spec = copy[pl.sheetIdx];
      const a = addr(spec, pl.rowLabel, pl.col);
      const old = spec.rows[a.i][a.col];
      const nv = pl.how(old);
      if (nv === old || nv === undefined || Number.isNaN(nv)) throw new Error('plant no-op ' + b.file);
      spec.rows[a.i][a.col] = nv;
      const pf = 'planted/' + b.file.replace('.xlsx', '_p.xlsx');
      await writeBook(path.join(OUT, pf), copy);
      manifest.push({ file: pf, sheet: spec.name, cell: a.cell, old, new: nv, what: pl.what });
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const nSheets = books.reduce((a, b) => a + b.sheets.length, 0);
  console.log(books.length, 'clean books,', nSheets, 'sheets,', manifest.length, 'plants');
})();
