// Generator for round 79a: market entities & enterprise registration workbooks.
// node gen.js  -> cases/*.xlsx + manifest.json, probe/*.xlsx + probe/manifest.json, specs/*.json (constraints for verify.js)
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');

let S = 1;
function rnd() { S |= 0; S = (S + 0x6D2B79F5) | 0; let t = Math.imul(S ^ (S >>> 15), 1 | S); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
function rhu(x, dp) { const f = Math.pow(10, dp); const s = x < 0 ? -1 : 1; return s * Math.floor(Math.abs(x) * f + 0.5 + 1e-7) / f; }
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const DASH = '—', ELL = '…';

const CITIES = ['江州市', '临川市', '安平市', '云岭市', '青阳市', '武陵市', '南屏市', '鹤城市', '泸溪市', '丰宁市'];
const DISTRICTS = ['城关区', '东城区', '西湖区', '南岗区', '北塘区', '新华区', '红旗区', '河口区', '江南区', '滨江区'];
const COUNTIES = ['平山县', '永和县', '长宁县', '石门县', '清河县', '安远县', '兴隆县', '龙泉县', '宁乡县', '双峰县', '古田县', '桃源县'];
const ZONES = ['经济技术开发区', '高新技术产业开发区', '综合保税区', '临空经济区'];
const INDUSTRIES = [['A', '农、林、牧、渔业'], ['B', '采矿业'], ['C', '制造业'], ['D', '电力、热力、燃气及水生产和供应业'], ['E', '建筑业'], ['F', '批发和零售业'], ['G', '交通运输、仓储和邮政业'], ['H', '住宿和餐饮业'], ['I', '信息传输、软件和信息技术服务业'], ['J', '金融业'], ['K', '房地产业'], ['L', '租赁和商务服务业'], ['M', '科学研究和技术服务业'], ['N', '水利、环境和公共设施管理业'], ['O', '居民服务、修理和其他服务业'], ['P', '教育'], ['Q', '卫生和社会工作'], ['R', '文化、体育和娱乐业'], ['S', '公共管理、社会保障和社会组织'], ['T', '国际组织']];

// ---------- sheet model ----------
class SB {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.row = 1; this.widths = {}; this.maxCol = 1; }
  set(r, c, v, fmt, bold) { this.cells[colL(c) + r] = { v, fmt, bold }; if (c > this.maxCol) this.maxCol = c; return colL(c) + r; }
  ref(r, c) { return this.name + '!' + colL(c) + r; }
  merge(r1, c1, r2, c2) { this.merges.push(`${colL(c1)}${r1}:${colL(c2)}${r2}`); }
  title(text, ncol, sub) { this.set(this.row, 1, text, null, true); if (ncol > 1) this.merge(this.row, 1, this.row, ncol); this.row++; if (sub) { this.set(this.row, 1, sub); if (ncol > 1) this.merge(this.row, 1, this.row, ncol); this.row++; } }
  unit(text, ncol, right) { const c = right ? ncol : 1; this.set(this.row, c, text); this.row++; }
  blank() { this.row++; }
  note(text) { this.set(this.row, 1, text); this.row++; }
  get(addr) { return this.cells[addr] && this.cells[addr].v; }
}

const num = (v) => (typeof v === 'number' ? v : 0);
const isNum = (v) => typeof v === 'number';
const intFmt = () => pick(['0', '#,##0', '0', 'General']);

// Each table function returns {cons:[...], sites:[...]}.
// constraint kinds: sum {t, parts, tol}; le {part, whole}; ratio {t, num:[..], den:[..], scale, dp}; growth {t, cur, prev, dp}
// site: {ref, kinds:[...], dp}

function growthVal(cur, prev, dp) { if (!isNum(cur) || !isNum(prev) || prev === 0) return DASH; return rhu((cur / prev - 1) * 100, dp); }

// ---------- T1: county table of 实有户数 by type ----------
function tCounty(wb, ctx, opts = {}) {
  const city = ctx.city;
  const nC = ri(4, 9);
  const units = shuffle(DISTRICTS).slice(0, ri(1, 4)).concat(shuffle(COUNTIES).slice(0, nC)).slice(0, nC);
  const zones = chance(0.55) ? shuffle(ZONES).slice(0, ri(1, 2)) : [];
  const totalPos = opts.totalPos || pick(['top', 'top', 'bottom']);
  const totalLabel = pick(totalPos === 'top' ? ['全市', city, '合计', '全市合计', city.replace('市', '') + '全市'] : ['全市合计', '合计', '全市', '总计']);
  const twoRow = chance(0.6);
  const withForeign = chance(0.7);
  const fmt = intFmt();
  const split = opts.split;
  const mk = (urban, zone) => {
    const ent = zone ? ri(1500, 9000) : ri(urban ? 8000 : 2500, urban ? 60000 : 18000);
    const priv = Math.floor(ent * rf(0.82, 0.95));
    let fo = zone ? ri(20, 300) : (chance(0.2) ? 0 : ri(1, Math.max(2, Math.floor(ent * 0.012))));
    const ind = zone ? ri(500, 5000) : ri(urban ? 20000 : 9000, urban ? 160000 : 70000);
    const coop = zone ? (chance(0.5) ? 0 : ri(1, 30)) : (urban ? ri(0, 60) : ri(200, 2400));
    return { ent, priv, fo: withForeign ? fo : null, ind, coop, tot: ent + ind + coop };
  };
  const rows = units.map((u) => ({ name: u, ...mk(u.endsWith('区'), false) }));
  const zrows = zones.map((z) => ({ name: z, ...mk(false, true) }));
  const T = { name: totalLabel, ent: 0, priv: 0, fo: withForeign ? 0 : null, ind: 0, coop: 0, tot: 0 };
  for (const r of rows) for (const k of ['ent', 'priv', 'fo', 'ind', 'coop', 'tot']) if (T[k] !== null) T[k] += r[k];
  const keys = ['tot', 'ent', 'priv'].concat(withForeign ? ['fo'] : []).concat(['ind', 'coop']);
  const ncol = 1 + keys.length;
  const cons = [], sites = [];
  const tno = ctx.tno;
  const date = `${ctx.year}年${pick(['6', '9', '12', '3'])}月末`;
  const mkSheet = (name, titleText, rws, withTotal, cont) => {
    const sb = new SB(name);
    sb.title(titleText, ncol, cont ? null : (chance(0.5) ? `（${date}）` : null));
    sb.unit(pick(['单位：户', '计量单位：户', '单位：户 ']), ncol, chance(0.5));
    const hr = sb.row;
    if (twoRow) {
      sb.set(hr, 1, pick(['地区', '县（市、区）', '区域', '单位']), null, true); sb.merge(hr, 1, hr + 1, 1);
      sb.set(hr, 2, pick(['市场主体合计', '市场主体实有户数', '合计'])); sb.merge(hr, 2, hr + 1, 2);
      const ec = 3, ee = 3 + (withForeign ? 3 : 2) - 1;
      sb.set(hr, ec, '企业'); sb.merge(hr, ec, hr, ee);
      sb.set(hr + 1, ec, pick(['小计', '合计', '企业户数'])); sb.set(hr + 1, ec + 1, pick(['其中：私营企业', '#私营企业', '其中:私营']));
      if (withForeign) sb.set(hr + 1, ec + 2, pick(['外商投资企业', '#外商投资企业', '外资企业']));
      sb.set(hr, ee + 1, '个体工商户'); sb.merge(hr, ee + 1, hr + 1, ee + 1);
      sb.set(hr, ee + 2, '农民专业合作社'); sb.merge(hr, ee + 2, hr + 1, ee + 2);
      sb.row += 2;
    } else {
      const hd = [pick(['地区', '县区']), pick(['实有市场主体', '市场主体总数']), '企业', pick(['其中：私营企业', '  其中：私营企业'])].concat(withForeign ? [pick(['外商投资企业', '其中：外商投资企业'])] : []).concat(['个体工商户', pick(['农民专业合作社', '农民专业合作社（含联合社）'])]);
      hd.forEach((h, i) => sb.set(hr, i + 1, h, null, true)); sb.row++;
    }
    if (chance(0.2)) sb.blank();
    const put = (r, cntTot) => {
      const rr = sb.row++;
      const label = r.zone ? (r.zoneStyle === 1 ? `${r.name}（已含在所在县区）` : r.zoneStyle === 2 ? `  ${r.name}①` : `其中：${r.name}`) : (cntTot ? r.name : indentC + r.name);
      sb.set(rr, 1, label);
      const refs = {};
      keys.forEach((k, i) => { const v = r[k]; sb.set(rr, i + 2, v === 0 && (k === 'fo' || k === 'coop') && chance(0.6) ? DASH : v, fmt); refs[k] = sb.ref(rr, i + 2); });
      return refs;
    };
    return { sb, put };
  };
  const zoneStyle = pick([1, 2, 3]);
  const indentC = chance(0.3) ? '  ' : '';
  zrows.forEach((z) => { z.zone = true; z.zoneStyle = zoneStyle; });
  const titleText = `${tno}  ${pick([city + '市场主体发展情况', city + '各县区实有市场主体户数', '分县区市场主体实有户数', city + '市场主体分类型统计表'])}`;
  const allRefs = [];
  let totalRefs;
  const sheets = [];
  const name1 = pick(['表' + ctx.n, '市场主体', '分县区', 'Sheet1', '实有户数']);
  if (!split) {
    const { sb, put } = mkSheet(name1, titleText, rows, true);
    if (totalPos === 'top') totalRefs = put(T, true);
    for (const r of rows) allRefs.push(put(r));
    if (totalPos === 'bottom') { if (chance(0.3)) sb.blank(); totalRefs = put(T, true); }
    const zrefs = zrows.map((z) => put(z));
    zrefs.forEach((zr) => addRowCons(zr));
    sheets.push(sb);
    if (zrows.length && zoneStyle !== 3) sb.note(zoneStyle === 1 ? '注：开发区数据已含在所在县区中，不重复计入合计。' : '① 开发区数据已含在所在县区，不计入全市合计。');
    sb.note(pick(['资料来源：市市场监督管理局', '注：本表数据来源于市场主体登记系统。', '说明：“—”表示无此项数据。']));
  } else {
    const k = Math.ceil(rows.length / 2);
    const a = mkSheet(name1, titleText, rows, false);
    for (const r of rows.slice(0, k)) allRefs.push(a.put(r));
    a.sb.note(pick(['（续下表）', '（转下页）']));
    const b = mkSheet(pick([name1 + '（续）', name1 + '续', '续表']), pick(['续表', `${tno}（续）`, '续表：' + titleText.replace(/^\S+\s+/, '')]), rows, true, true);
    for (const r of rows.slice(k)) allRefs.push(b.put(r));
    totalRefs = b.put(T, true);
    const zrefs = zrows.map((z) => b.put(z));
    zrefs.forEach((zr) => addRowCons(zr));
    if (zrows.length && zoneStyle !== 3) b.sb.note('注：开发区数据已含在所在县区中，不计入合计。');
    sheets.push(a.sb, b.sb);
  }
  function addRowCons(R) {
    cons.push({ k: 'sum', t: R.tot, parts: [R.ent, R.ind, R.coop], tol: 0 });
    cons.push({ k: 'le', part: R.priv, whole: R.ent });
    if (withForeign) cons.push({ k: 'le', part: R.fo, whole: R.ent });
  }
  allRefs.forEach(addRowCons); addRowCons(totalRefs);
  for (const k of keys) cons.push({ k: 'sum', t: totalRefs[k], parts: allRefs.map((r) => r[k]), tol: 0 });
  // sites
  sites.push({ ref: totalRefs.tot, kinds: ['total', 'transpose'] });
  sites.push({ ref: totalRefs.ent, kinds: ['total'] });
  for (const r of allRefs) { sites.push({ ref: r.tot, kinds: ['total', 'transpose'] }); sites.push({ ref: r.ind, kinds: ['transpose', 'total'] }); sites.push({ ref: r.priv, kinds: ['subgt'], whole: r.ent }); }
  for (const s of sheets) wb.push(s);
  return { cons, sites };
}

// ---------- T2: monthly new registrations / cancellations ----------
function tMonthly(wb, ctx) {
  const m = ri(2, 11);
  const types = [['市场主体', 0], ['企业', 1], ['其中：私营企业', 2], ['外商投资企业', 2], ['个体工商户', 1], ['农民专业合作社', 1]];
  const withPrev = true;
  const both = chance(0.5); // 新登记 + 注销
  const gdp = pick([1, 1, 2]);
  const mkSeries = (scale) => {
    const entC = ri(800, 9000) * scale, indC = ri(2000, 20000) * scale, coopC = ri(10, 200) * scale;
    const e = { cum: Math.round(entC * m / 6) };
    const d = {};
    d.ent = { cum: e.cum, mon: Math.round(e.cum / m * rf(0.6, 1.4)) };
    d.priv = { cum: Math.floor(d.ent.cum * rf(0.85, 0.96)) }; d.priv.mon = Math.min(d.ent.mon, Math.floor(d.priv.cum / m * rf(0.7, 1.3)));
    d.fo = { cum: ri(0, Math.max(3, Math.floor(d.ent.cum * 0.01))) }; d.fo.mon = Math.min(d.fo.cum, ri(0, Math.ceil(d.fo.cum / m * 1.5))); if (d.priv.mon + d.fo.mon > d.ent.mon) d.fo.mon = d.ent.mon - d.priv.mon;
    d.ind = { cum: Math.round(indC * m / 6) }; d.ind.mon = Math.round(d.ind.cum / m * rf(0.6, 1.4));
    d.coop = { cum: Math.round(coopC * m / 6) }; d.coop.mon = Math.min(d.coop.cum, Math.round(d.coop.cum / m * rf(0.5, 1.5)));
    d.tot = { cum: d.ent.cum + d.ind.cum + d.coop.cum, mon: d.ent.mon + d.ind.mon + d.coop.mon };
    for (const k of ['ent', 'priv', 'fo', 'ind', 'coop']) d[k].prev = Math.max(k === 'fo' ? 0 : 1, Math.round(d[k].cum / rf(0.75, 1.3)));
    if (d.priv.prev > d.ent.prev) d.priv.prev = Math.floor(d.ent.prev * 0.9);
    if (d.priv.prev + d.fo.prev > d.ent.prev) d.fo.prev = d.ent.prev - d.priv.prev;
    d.tot.prev = d.ent.prev + d.ind.prev + d.coop.prev;
    for (const k in d) d[k].g = growthVal(d[k].cum, d[k].prev, gdp);
    return d;
  };
  const reg = mkSeries(1), can = both ? mkSeries(0.45) : null;
  const blocks = both ? [['新登记', reg], ['注销', can]] : [[pick(['新登记', '新设立']), reg]];
  const perBlock = withPrev ? 4 : 3;
  const ncol = 1 + perBlock * blocks.length;
  const sb = new SB(pick(['月报', `${m}月`, '新登记注销', '表' + ctx.n]));
  sb.title(`${ctx.tno}  ${ctx.city}${ctx.year}年1-${m}月市场主体${both ? '新登记及注销' : '新登记'}情况`, ncol);
  sb.unit('单位：户、%', ncol, true);
  const hr = sb.row; const fmt = intFmt();
  sb.set(hr, 1, pick(['类型', '项目', '指标']), null, true); sb.merge(hr, 1, hr + 1, 1);
  blocks.forEach(([bn], i) => {
    const c0 = 2 + i * perBlock; sb.set(hr, c0, bn); sb.merge(hr, c0, hr, c0 + perBlock - 1);
    const sub = ['本月', `1-${m}月累计`, '上年同期累计', '累计同比增长（%）'];
    sub.forEach((h, j) => sb.set(hr + 1, c0 + j, h));
  });
  sb.row += 2;
  const keys = ['tot', 'ent', 'priv', 'fo', 'ind', 'coop'];
  const refs = {};
  keys.forEach((k, i) => {
    const r = sb.row++;
    sb.set(r, 1, (i === 0 ? types[0][0] + pick(['合计', '']) : (types[i][1] === 2 && i === 3 ? pick(['      外商投资企业', '  #外商投资企业']) : ' '.repeat(types[i][1] * 2) + types[i][0])));
    refs[k] = [];
    blocks.forEach(([, d], bi) => {
      const c0 = 2 + bi * perBlock;
      sb.set(r, c0, d[k].mon, fmt); sb.set(r, c0 + 1, d[k].cum, fmt); sb.set(r, c0 + 2, d[k].prev, fmt); sb.set(r, c0 + 3, d[k].g, gdp === 1 ? '0.0' : '0.00');
      refs[k][bi] = { mon: sb.ref(r, c0), cum: sb.ref(r, c0 + 1), prev: sb.ref(r, c0 + 2), g: sb.ref(r, c0 + 3) };
    });
  });
  sb.note(pick(['注：外商投资企业含港澳台投资企业。', '注：累计同比按可比口径计算。', '']));
  const cons = [], sites = [];
  blocks.forEach((b, bi) => {
    for (const f of ['mon', 'cum', 'prev']) {
      cons.push({ k: 'sum', t: refs.tot[bi][f], parts: [refs.ent[bi][f], refs.ind[bi][f], refs.coop[bi][f]], tol: 0 });
      cons.push({ k: 'le', part: refs.priv[bi][f], whole: refs.ent[bi][f] });
      cons.push({ k: 'le', part: refs.fo[bi][f], whole: refs.ent[bi][f] });
    }
    for (const k of keys) { cons.push({ k: 'growth', t: refs[k][bi].g, cur: refs[k][bi].cum, prev: refs[k][bi].prev, dp: gdp }); cons.push({ k: 'le', part: refs[k][bi].mon, whole: refs[k][bi].cum }); }
    sites.push({ ref: refs.tot[bi].cum, kinds: ['total', 'transpose'] });
    sites.push({ ref: refs.tot[bi].mon, kinds: ['total'] });
    for (const k of keys) sites.push({ ref: refs[k][bi].g, kinds: ['gdec', 'gsign', 'rate'], dp: gdp });
    sites.push({ ref: refs.priv[bi].cum, kinds: ['subgt'], whole: refs.ent[bi].cum });
  });
  wb.push(sb);
  return { cons, sites };
}

// ---------- T3: 注册资本 by type with 户均 ----------
function tCapital(wb, ctx) {
  const unitYi = chance(0.6);
  const dp = unitYi ? 2 : 0;
  const types = [['企业', 0], ['其中：私营企业', 1], ['外商投资企业', 1], ['个体工商户', 0], ['农民专业合作社', 0]];
  const n = { ent: ri(30000, 200000) }; n.priv = Math.floor(n.ent * rf(0.85, 0.95)); n.fo = ri(50, Math.floor(n.ent * 0.01)); n.ind = ri(80000, 500000); n.coop = ri(300, 3000);
  // capital in 万元 exact
  const capW = { ent: n.ent * rf(400, 1200) }; capW.priv = capW.ent * rf(0.5, 0.75); capW.fo = n.fo * rf(2000, 9000); if (capW.priv + capW.fo > capW.ent) capW.fo = capW.ent * 0.1; capW.ind = n.ind * rf(5, 20); capW.coop = n.coop * rf(80, 300);
  const disp = (w) => (unitYi ? rhu(w / 10000, 2) : Math.round(w));
  const rowsK = ['tot', 'ent', 'priv', 'fo', 'ind', 'coop'];
  n.tot = n.ent + n.ind + n.coop;
  const capD = {}; for (const k of ['ent', 'priv', 'fo', 'ind', 'coop']) capD[k] = disp(capW[k]);
  capD.tot = disp(capW.ent + capW.ind + capW.coop);
  const avg = {}; for (const k of rowsK) avg[k] = rhu((unitYi ? capD[k] * 10000 : capD[k]) / n[k], 1);
  const totTop = chance(0.7);
  const ncol = 4;
  const sb = new SB(pick(['注册资本', '表' + ctx.n, '资本']));
  sb.title(`${ctx.tno}  ${ctx.city}${ctx.year}年末市场主体注册资本情况`, ncol);
  sb.unit(unitYi ? '户均注册资本单位：万元' : '', ncol, true);
  const hr = sb.row;
  ['类别', '实有户数（户）', unitYi ? '注册资本（亿元）' : '注册（出）资金额（万元）', '户均注册资本（万元）'].forEach((h, i) => sb.set(hr, i + 1, h, null, true)); sb.row++;
  const refs = {};
  const order = totTop ? rowsK : rowsK.slice(1).concat(['tot']);
  for (const k of order) {
    const r = sb.row++;
    sb.set(r, 1, k === 'tot' ? pick(['合计', '总计', '市场主体']) : (' '.repeat(types[rowsK.indexOf(k) - 1][1] * 2) + types[rowsK.indexOf(k) - 1][0]));
    sb.set(r, 2, n[k], '#,##0'); sb.set(r, 3, capD[k], unitYi ? '0.00' : '#,##0'); sb.set(r, 4, avg[k], '0.0');
    refs[k] = { n: sb.ref(r, 2), c: sb.ref(r, 3), a: sb.ref(r, 4) };
  }
  sb.note('注：户均注册资本＝注册资本÷实有户数。');
  const cons = [], sites = [];
  cons.push({ k: 'sum', t: refs.tot.n, parts: [refs.ent.n, refs.ind.n, refs.coop.n], tol: 0 });
  cons.push({ k: 'sum', t: refs.tot.c, parts: [refs.ent.c, refs.ind.c, refs.coop.c], tol: unitYi ? 0.015 : 1.5 });
  cons.push({ k: 'le', part: refs.priv.n, whole: refs.ent.n }); cons.push({ k: 'le', part: refs.fo.n, whole: refs.ent.n });
  cons.push({ k: 'le', part: refs.priv.c, whole: refs.ent.c }); cons.push({ k: 'le', part: refs.fo.c, whole: refs.ent.c });
  for (const k of rowsK) cons.push({ k: 'ratio', t: refs[k].a, num: [refs[k].c], den: [refs[k].n], scale: unitYi ? 10000 : 1, dp: 1 });
  sites.push({ ref: refs.tot.n, kinds: ['total', 'transpose'] });
  for (const k of rowsK) sites.push({ ref: refs[k].a, kinds: ['rate'], dp: 1 });
  sites.push({ ref: refs.priv.n, kinds: ['subgt'], whole: refs.ent.n });
  wb.push(sb);
  return { cons, sites };
}

// ---------- T4: 每千人拥有企业数 by county ----------
function tPerK(wb, ctx) {
  const nC = ri(4, 10);
  const units = shuffle(DISTRICTS.concat(COUNTIES)).slice(0, nC);
  const pdp = pick([1, 2]); const kdp = pick([1, 2]);
  const rows = units.map((u) => { const pop = rhu(rf(15, 120), pdp); const ent = Math.round(pop * 10 * rf(8, 45)); return { name: u, pop, ent }; });
  const popT = rhu(rows.reduce((s, r) => s + r.pop, 0), pdp), entT = rows.reduce((s, r) => s + r.ent, 0);
  const withPrev = chance(0.5);
  const sb = new SB(pick(['每千人企业数', '表' + ctx.n, '千人企业']));
  const hd = [pick(['县（市、区）', '地区']), '常住人口（万人）', '企业实有户数（户）', pick(['每千人拥有企业数（户）', '每千人口企业数（户/千人）', '每千人拥有企业数'])];
  if (withPrev) hd.push('上年末每千人拥有企业数', '增减（户）');
  sb.title(`${ctx.tno}  ${pick(['各县区每千人拥有企业数', ctx.city + '每千人拥有企业数情况'])}`, hd.length);
  sb.blank();
  hd.forEach((h, i) => sb.set(sb.row, i + 1, h, null, true)); sb.row++;
  const cons = [], sites = [];
  const totTop = chance(0.5);
  const refsAll = [];
  const put = (r, isT) => {
    const rr = sb.row++;
    sb.set(rr, 1, r.name); sb.set(rr, 2, r.pop, pdp === 1 ? '0.0' : '0.00'); sb.set(rr, 3, r.ent, '#,##0');
    const k = rhu(r.ent / (r.pop * 10), kdp); sb.set(rr, 4, k, kdp === 1 ? '0.0' : '0.00');
    const R = { pop: sb.ref(rr, 2), ent: sb.ref(rr, 3), k: sb.ref(rr, 4) };
    cons.push({ k: 'ratio', t: R.k, num: [R.ent], den: [R.pop], scale: 0.1, dp: kdp });
    sites.push({ ref: R.k, kinds: ['rate'], dp: kdp });
    if (withPrev) {
      const prevK = rhu(k * rf(0.85, 0.99), kdp); sb.set(rr, 5, prevK, kdp === 1 ? '0.0' : '0.00');
      sb.set(rr, 6, rhu(k - prevK, kdp), kdp === 1 ? '0.0' : '0.00');
      R.pk = sb.ref(rr, 5); R.d = sb.ref(rr, 6);
      cons.push({ k: 'diff', t: R.d, a: R.k, b: R.pk, tol: 1e-6 });
    }
    return R;
  };
  const T = { name: pick(['全市', ctx.city, '合计']), pop: popT, ent: entT };
  let TR;
  if (totTop) TR = put(T, true);
  for (const r of rows) refsAll.push(put(r));
  if (!totTop) TR = put(T, true);
  sb.note(pick(['注：常住人口为年末常住人口。', '注：每千人拥有企业数＝企业实有户数÷常住人口（千人）。']));
  cons.push({ k: 'sum', t: TR.pop, parts: refsAll.map((r) => r.pop), tol: 1e-6 });
  cons.push({ k: 'sum', t: TR.ent, parts: refsAll.map((r) => r.ent), tol: 0 });
  sites.push({ ref: TR.ent, kinds: ['total', 'transpose'] });
  for (const r of refsAll) sites.push({ ref: r.ent, kinds: ['transpose'] });
  wb.push(sb);
  return { cons, sites };
}

// ---------- T5: 三次产业 with 构成 ----------
function tSectors(wb, ctx) {
  const cols = pick([['实有企业', '新登记企业'], ['实有企业'], ['实有市场主体', '新登记市场主体', '注册资本']]);
  const sb = new SB(pick(['三次产业', '产业构成', '表' + ctx.n]));
  const ncol = 1 + cols.length * 2;
  sb.title(`${ctx.tno}  ${ctx.city}${ctx.year}年市场主体三次产业分布`, ncol);
  const hr = sb.row;
  sb.set(hr, 1, '产业', null, true); sb.merge(hr, 1, hr + 1, 1);
  cols.forEach((c, i) => { const c0 = 2 + i * 2; sb.set(hr, c0, c); sb.merge(hr, c0, hr, c0 + 1); sb.set(hr + 1, c0, c === '注册资本' ? '金额（亿元）' : '户数（户）'); sb.set(hr + 1, c0 + 1, pick(['构成（%）', '占比（%）', '比重%'])); });
  sb.row += 2;
  const cons = [], sites = [];
  const totTop = chance(0.7);
  const labels = ['第一产业', '第二产业', '第三产业'];
  const data = cols.map((c) => { const cap = c === '注册资本'; const parts = [rf(0.02, 0.08), rf(0.15, 0.3), rf(0.6, 0.8)].map((w) => (cap ? rhu(w * rf(800, 4000), 2) : Math.round(w * ri(20000, 400000)))); return { cap, parts, tot: cap ? rhu(parts.reduce((a, b) => a + b, 0), 2) : parts.reduce((a, b) => a + b, 0) }; });
  const order = totTop ? ['T', 0, 1, 2] : [0, 1, 2, 'T'];
  const refs = {};
  for (const o of order) {
    const r = sb.row++;
    sb.set(r, 1, o === 'T' ? pick(['合计', '总计']) : labels[o]);
    refs[o] = [];
    data.forEach((d, i) => {
      const v = o === 'T' ? d.tot : d.parts[o];
      const sh = o === 'T' ? 100 : rhu(v / d.tot * 100, 1);
      sb.set(r, 2 + i * 2, v, d.cap ? '0.00' : '#,##0'); sb.set(r, 3 + i * 2, sh, '0.0');
      refs[o][i] = { v: sb.ref(r, 2 + i * 2), s: sb.ref(r, 3 + i * 2) };
    });
  }
  data.forEach((d, i) => {
    cons.push({ k: 'sum', t: refs.T[i].v, parts: [0, 1, 2].map((o) => refs[o][i].v), tol: d.cap ? 1e-6 : 0 });
    cons.push({ k: 'sum', t: refs.T[i].s, parts: [0, 1, 2].map((o) => refs[o][i].s), tol: 0.151 });
    for (const o of [0, 1, 2]) { cons.push({ k: 'ratio', t: refs[o][i].s, num: [refs[o][i].v], den: [refs.T[i].v], scale: 100, dp: 1 }); sites.push({ ref: refs[o][i].s, kinds: ['rate'], dp: 1 }); }
    sites.push({ ref: refs.T[i].v, kinds: ['total', 'transpose'] });
  });
  sb.note('注：构成按四舍五入计算，分项之和与合计可能略有出入。');
  wb.push(sb);
  return { cons, sites };
}

// ---------- T6: 私营企业 by industry ----------
function tIndustry(wb, ctx) {
  const withCap = chance(0.6), withPrev = chance(0.6), withShare = chance(0.6);
  const sb = new SB(pick(['分行业', '私营企业分行业', '表' + ctx.n]));
  const hd = ['代码', '行业', '户数（户）'];
  if (withShare) hd.push('构成（%）');
  if (withPrev) hd.push('上年末户数', '比上年末增长（%）');
  if (withCap) hd.push('注册资本（万元）');
  sb.title(`${ctx.tno}  ${ctx.city}私营企业分行业（门类）户数`, hd.length, `（按GB/T 4754-2017）`);
  if (chance(0.4)) sb.blank();
  hd.forEach((h, i) => sb.set(sb.row, i + 1, h, null, true)); sb.row++;
  const w = { C: 18, F: 30, E: 7, L: 10, I: 5, M: 5, O: 4, H: 5, K: 4, G: 3, A: 2, R: 2, P: 1, Q: 0.5, N: 0.5, D: 0.4, B: 0.2, J: 0.6, S: 0.02, T: 0 };
  const base = ri(20000, 150000);
  const rows = INDUSTRIES.map(([c, n]) => { const cnt = w[c] === 0 ? 0 : Math.max(1, Math.round(base * w[c] / 100 * rf(0.7, 1.3))); const prev = cnt === 0 ? 0 : Math.max(1, Math.round(cnt / rf(0.9, 1.25))); return { c, n, cnt, prev, cap: cnt === 0 ? 0 : Math.round(cnt * rf(100, 2000)) }; });
  const tot = { c: '', n: pick(['合计', '总计', '全部私营企业']), cnt: rows.reduce((s, r) => s + r.cnt, 0), prev: rows.reduce((s, r) => s + r.prev, 0), cap: rows.reduce((s, r) => s + r.cap, 0) };
  const cons = [], sites = [];
  const totTop = chance(0.75);
  const all = [];
  let TR;
  const put = (r, isT) => {
    const rr = sb.row++; let c = 1; const R = {};
    sb.set(rr, c++, r.c); sb.set(rr, c++, r.n);
    sb.set(rr, c, r.cnt === 0 ? DASH : r.cnt, '#,##0'); R.cnt = sb.ref(rr, c++);
    if (withShare) { sb.set(rr, c, isT ? 100 : (r.cnt === 0 ? DASH : rhu(r.cnt / tot.cnt * 100, 2)), '0.00'); R.s = sb.ref(rr, c++); }
    if (withPrev) { sb.set(rr, c, r.prev === 0 ? DASH : r.prev, '#,##0'); R.prev = sb.ref(rr, c++); sb.set(rr, c, r.prev === 0 ? pick([DASH, ELL]) : growthVal(r.cnt, r.prev, 1), '0.0'); R.g = sb.ref(rr, c++); }
    if (withCap) { sb.set(rr, c, r.cap === 0 ? DASH : r.cap, '#,##0'); R.cap = sb.ref(rr, c++); }
    return R;
  };
  if (totTop) TR = put(tot, true);
  for (const r of rows) all.push(put(r));
  if (!totTop) TR = put(tot, true);
  sb.note('注：行业分类执行《国民经济行业分类》（GB/T 4754-2017）。“—”表示无数据。');
  cons.push({ k: 'sum', t: TR.cnt, parts: all.map((r) => r.cnt), tol: 0 });
  if (withPrev) cons.push({ k: 'sum', t: TR.prev, parts: all.map((r) => r.prev), tol: 0 });
  if (withCap) cons.push({ k: 'sum', t: TR.cap, parts: all.map((r) => r.cap), tol: 0 });
  if (withShare) cons.push({ k: 'sum', t: TR.s, parts: all.map((r) => r.s), tol: 0.101 });
  all.concat([TR]).forEach((R, i) => {
    if (withShare && R !== TR) { cons.push({ k: 'ratio', t: R.s, num: [R.cnt], den: [TR.cnt], scale: 100, dp: 2 }); sites.push({ ref: R.s, kinds: ['rate'], dp: 2 }); }
    if (withPrev) { cons.push({ k: 'growth', t: R.g, cur: R.cnt, prev: R.prev, dp: 1 }); sites.push({ ref: R.g, kinds: ['gdec', 'gsign'], dp: 1 }); }
  });
  sites.push({ ref: TR.cnt, kinds: ['total', 'transpose'] });
  for (const R of all.slice(2, 12)) sites.push({ ref: R.cnt, kinds: ['transpose'] });
  if (withCap) sites.push({ ref: TR.cap, kinds: ['total'] });
  wb.push(sb);
  return { cons, sites };
}

// ---------- T7: indicator table ----------
function tIndicator(wb, ctx) {
  const gdp = 1;
  const ent = ri(40000, 300000), priv = Math.floor(ent * rf(0.86, 0.95)), fo = ri(100, Math.floor(ent * 0.01)), ind = ri(100000, 700000), coop = ri(500, 5000);
  const pent = Math.round(ent / rf(1.02, 1.15)), ppriv = Math.floor(pent * rf(0.85, 0.94)), pfo = Math.round(fo / rf(0.9, 1.1)), pind = Math.round(ind / rf(0.98, 1.1)), pcoop = Math.round(coop / rf(0.95, 1.05));
  const newE = ri(5000, 40000), pnewE = Math.round(newE / rf(0.85, 1.2)); const newT = newE + ri(10000, 90000), pnewT = pnewE + ri(10000, 90000);
  const can = ri(3000, 50000), pcan = Math.round(can / rf(0.8, 1.3));
  const cap = rhu(ent * rf(400, 1200) / 10000, 2), pcap = rhu(cap / rf(1.03, 1.2), 2), capP = rhu(cap * rf(0.5, 0.75), 2), pcapP = rhu(capP / rf(1.0, 1.2), 2);
  const pop = rhu(rf(150, 900), 2), ppop = rhu(pop / rf(0.99, 1.01), 2);
  const rows = [
    ['市场主体实有户数', '户', ent + ind + coop, pent + pind + pcoop, 0, 'tot'],
    ['其中：企业', '户', ent, pent, 1, 'ent'],
    ['其中：私营企业', '户', priv, ppriv, 2, 'priv'],
    ['外商投资企业', '户', fo, pfo, 2, 'fo'],
    ['个体工商户', '户', ind, pind, 1, 'ind'],
    ['农民专业合作社', '户', coop, pcoop, 1, 'coop'],
    ['新登记市场主体', '户', newT, pnewT, 0, 'newT'],
    ['其中：新登记企业', '户', newE, pnewE, 1, 'newE'],
    ['注销市场主体', '户', can, pcan, 0, 'can'],
    ['注册资本', '亿元', cap, pcap, 0, 'cap'],
    ['其中：私营企业', '亿元', capP, pcapP, 1, 'capP'],
  ];
  const withPop = chance(0.5);
  if (withPop) { rows.push(['年末常住人口', '万人', pop, ppop, 0, 'pop']); rows.push(['每千人拥有企业数', '户', rhu(ent / (pop * 10), 1), rhu(pent / (ppop * 10), 1), 0, 'perk']); }
  const sb = new SB(pick(['主要指标', '指标', '表' + ctx.n, '综合']));
  const q = pick(['一季度', '上半年', '前三季度', '全年', `1-${ri(2, 11)}月`]);
  sb.title(`${ctx.tno}  ${ctx.city}${ctx.year}年${q}市场主体主要指标`, 5);
  if (chance(0.5)) sb.blank();
  const hdr = ['指标', '单位', pick(['本期', q, '本期末']), pick(['上年同期', '上年末']), pick(['增长（%）', '同比增长%', '比上年同期±%'])];
  hdr.forEach((h, i) => sb.set(sb.row, i + 1, h, null, true)); sb.row++;
  const R = {};
  const cons = [], sites = [];
  for (const [n, u, cur, prev, lvl, key] of rows) {
    const r = sb.row++;
    sb.set(r, 1, (lvl === 2 && n.startsWith('其中') ? '    ' : ' '.repeat(lvl * 2)) + (lvl === 2 && !n.startsWith('其中') ? '    ' : '') + n + (key === 'perk' && chance(0.5) ? '①' : ''));
    sb.set(r, 2, u);
    const f = u === '户' ? (key === 'perk' ? '0.0' : '#,##0') : '0.00';
    sb.set(r, 3, cur, f); sb.set(r, 4, prev, f);
    const g = key === 'pop' && chance(0.5) ? DASH : growthVal(cur, prev, gdp);
    sb.set(r, 5, g, '0.0');
    R[key] = { c: sb.ref(r, 3), p: sb.ref(r, 4), g: sb.ref(r, 5) };
    if (g !== DASH) { cons.push({ k: 'growth', t: R[key].g, cur: R[key].c, prev: R[key].p, dp: gdp }); sites.push({ ref: R[key].g, kinds: ['gdec', 'gsign', 'rate'], dp: gdp }); }
  }
  for (const f of ['c', 'p']) {
    cons.push({ k: 'sum', t: R.tot[f], parts: [R.ent[f], R.ind[f], R.coop[f]], tol: 0 });
    cons.push({ k: 'le', part: R.priv[f], whole: R.ent[f] }); cons.push({ k: 'le', part: R.fo[f], whole: R.ent[f] });
    cons.push({ k: 'le', part: R.newE[f], whole: R.newT[f] }); cons.push({ k: 'le', part: R.capP[f], whole: R.cap[f] });
    if (withPop) cons.push({ k: 'ratio', t: R.perk[f], num: [R.ent[f]], den: [R.pop[f]], scale: 0.1, dp: 1 });
  }
  if (withPop) sites.push({ ref: R.perk.c, kinds: ['rate'], dp: 1 });
  sites.push({ ref: R.priv.c, kinds: ['subgt'], whole: R.ent.c });
  sites.push({ ref: R.newE.c, kinds: ['subgt'], whole: R.newT.c });
  sites.push({ ref: R.tot.c, kinds: ['total', 'transpose'] });
  if (withPop) sb.note('① 每千人拥有企业数＝企业实有户数÷年末常住人口×1000。');
  sb.note(pick(['资料来源：市市场监管局。', '注：增长速度按未经四舍五入的数据计算。'.replace('未经四舍五入的数据', '表中数据')]));
  wb.push(sb);
  return { cons, sites };
}

// ---------- T8: quarterly ----------
function tQuarter(wb, ctx) {
  const sb = new SB(pick(['分季度', '季度', '表' + ctx.n]));
  const nq = ri(2, 4);
  const Q = ['一季度', '二季度', '三季度', '四季度'].slice(0, nq);
  const totLabel = nq === 4 ? '全年' : `1-${nq}季度合计`;
  const hd = [pick(['项目', '类型'])].concat(Q).concat([totLabel, '上年同期', pick(['同比增长（%）', '增长%'])]);
  sb.title(`${ctx.tno}  ${ctx.city}${ctx.year}年分季度新登记市场主体`, hd.length);
  sb.unit('单位：户', hd.length, true);
  hd.forEach((h, i) => sb.set(sb.row, i + 1, h, null, true)); sb.row++;
  const items = [['新登记市场主体', 'tot'], ['  企业', 'ent'], ['  个体工商户', 'ind'], ['  农民专业合作社', 'coop']];
  const d = {};
  for (const k of ['ent', 'ind', 'coop']) d[k] = Q.map(() => (k === 'ent' ? ri(1500, 9000) : k === 'ind' ? ri(3000, 25000) : ri(5, 150)));
  d.tot = Q.map((_, i) => d.ent[i] + d.ind[i] + d.coop[i]);
  const cons = [], sites = [], R = {};
  const prev = {}; for (const k of ['ent', 'ind', 'coop']) prev[k] = Math.round(d[k].reduce((a, b) => a + b, 0) / rf(0.8, 1.25)); prev.tot = prev.ent + prev.ind + prev.coop;
  for (const [lab, k] of items) {
    const r = sb.row++; sb.set(r, 1, lab); R[k] = { q: [] };
    Q.forEach((_, i) => { sb.set(r, 2 + i, d[k][i], '#,##0'); R[k].q.push(sb.ref(r, 2 + i)); });
    const s = d[k].reduce((a, b) => a + b, 0);
    sb.set(r, 2 + nq, s, '#,##0'); R[k].s = sb.ref(r, 2 + nq);
    sb.set(r, 3 + nq, prev[k], '#,##0'); R[k].p = sb.ref(r, 3 + nq);
    sb.set(r, 4 + nq, growthVal(s, prev[k], 1), '0.0'); R[k].g = sb.ref(r, 4 + nq);
    cons.push({ k: 'sum', t: R[k].s, parts: R[k].q, tol: 0 });
    cons.push({ k: 'growth', t: R[k].g, cur: R[k].s, prev: R[k].p, dp: 1 });
    sites.push({ ref: R[k].s, kinds: ['total', 'transpose'] }); sites.push({ ref: R[k].g, kinds: ['gdec', 'gsign'], dp: 1 });
  }
  for (let i = 0; i < nq; i++) { cons.push({ k: 'sum', t: R.tot.q[i], parts: [R.ent.q[i], R.ind.q[i], R.coop.q[i]], tol: 0 }); sites.push({ ref: R.ent.q[i], kinds: ['transpose'] }); }
  cons.push({ k: 'sum', t: R.tot.p, parts: [R.ent.p, R.ind.p, R.coop.p], tol: 0 });
  wb.push(sb);
  return { cons, sites };
}

// ---------- planting ----------
function valOf(sheets, ref) { const [sn, a] = ref.split('!'); const sb = sheets.find((s) => s.name === sn); return sb.get(a); }
function setVal(sheets, ref, v) { const [sn, a] = ref.split('!'); const sb = sheets.find((s) => s.name === sn); sb.cells[a].v = v; }
function transposeDigits(v) {
  const s = String(Math.trunc(v)); if (s.length < 2) return null;
  const idx = []; for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null; const i = pick(idx);
  const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); return Number(t) + (v - Math.trunc(v));
}
function mutate(site, kind, sheets) {
  const v = valOf(sheets, site.ref); if (!isNum(v)) return null;
  const dp = site.dp;
  switch (kind) {
    case 'total': {
      const mag = Math.max(1, Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.abs(v) || 1)) - ri(1, 3))));
      const delta = pick([1, 2, 3, 5, 9, 10, 20, 100]) * (mag >= 10 ? mag / 10 : 1) * (chance(0.5) ? 1 : -1);
      return { v: Math.round(v + delta), note: `total off by ${Math.round(delta)}` };
    }
    case 'transpose': { const t = transposeDigits(v); return t === null ? null : { v: Math.round(t * 100) / 100, note: `digits transposed ${v}->${t}` }; }
    case 'rate': { const d = pick([0.3, 0.5, 0.8, 1.2, 2, 3.1]) * (chance(0.5) ? 1 : -1) * (dp === 2 ? pick([1, 0.1 * 3]) : 1); const nv = rhu(v + d, dp); if (nv < 0) return null; return { v: nv, note: `rate off by ${rhu(d, dp)}` }; }
    case 'gdec': { if (Math.abs(v) < 1) return null; const nv = chance(0.5) ? rhu(v * 10, dp) : rhu(v / 10, dp); return { v: nv, note: `growth decimal moved ${v}->${nv}` }; }
    case 'gsign': { if (Math.abs(v) < 0.5) return null; return { v: -v, note: `growth sign flipped ${v}->${-v}` }; }
    case 'subgt': { const w = valOf(sheets, site.whole); const nv = w + ri(1, Math.max(2, Math.floor(w * 0.08))); return { v: nv, note: `其中 ${v}->${nv} exceeds whole ${w}` }; }
  }
}

// ---------- books ----------
const GENS = { county: tCounty, monthly: tMonthly, capital: tCapital, perk: tPerK, sectors: tSectors, industry: tIndustry, indicator: tIndicator, quarter: tQuarter };
async function makeBook(file, seed, plant, preferKind) {
  S = seed * 7919 + 13;
  const ctx = { city: pick(CITIES), year: pick([2019, 2020, 2021, 2022, 2023, 2024]), n: 1, tno: '表1' };
  const sheets = []; let cons = [], sites = [];
  const nT = pick([1, 1, 2, 2, 3]);
  const kinds = shuffle(Object.keys(GENS)).slice(0, nT);
  if (chance(0.2) && !kinds.includes('county')) kinds[0] = 'county';
  for (let i = 0; i < kinds.length; i++) {
    ctx.n = i + 1; ctx.tno = pick([`表${i + 1}`, `表${i + 1}-${ri(1, 5)}`, `${i + 1}.`, '']);
    const opts = kinds[i] === 'county' && chance(0.3) ? { split: true } : {};
    const before = sheets.length;
    const res = GENS[kinds[i]](sheets, ctx, opts);
    // ensure unique sheet names
    for (let j = before; j < sheets.length; j++) { let nm = sheets[j].name; let k = 2; while (sheets.slice(0, j).some((s) => s.name === nm)) nm = sheets[j].name + k++; if (nm !== sheets[j].name) { const old = sheets[j].name; sheets[j].name = nm; const fix = (x) => (typeof x === 'string' && x.startsWith(old + '!') ? nm + x.slice(old.length) : x); const fixC = (c) => { for (const key in c) { if (Array.isArray(c[key])) c[key] = c[key].map(fix); else c[key] = fix(c[key]); } }; res.cons.forEach(fixC); res.sites.forEach(fixC); } }
    cons = cons.concat(res.cons); sites = sites.concat(res.sites);
  }
  let planted = null, note = '';
  if (plant) {
    for (let tries = 0; tries < 200 && !planted; tries++) {
      const site = pick(sites); const kind = preferKind && site.kinds.includes(preferKind) && tries < 100 ? preferKind : pick(site.kinds);
      if (preferKind && tries < 100 && kind !== preferKind) continue;
      const m = mutate(site, kind, sheets); if (!m || m.v === valOf(sheets, site.ref)) continue;
      setVal(sheets, site.ref, m.v);
      const [sn, a] = site.ref.split('!');
      planted = { sheet: sn, cell: a }; note = `${kind}: ${m.note}`;
    }
  }
  const wb = new ExcelJS.Workbook();
  for (const sb of sheets) {
    const ws = wb.addWorksheet(sb.name);
    for (const [a, c] of Object.entries(sb.cells)) { const cell = ws.getCell(a); cell.value = c.v === undefined ? null : c.v; if (c.fmt && c.fmt !== 'General' && typeof c.v === 'number') cell.numFmt = c.fmt; if (c.bold) cell.font = { bold: true }; }
    for (const m of sb.merges) { try { ws.mergeCells(m); } catch (e) { } }
    ws.getColumn(1).width = 26; for (let c = 2; c <= sb.maxCol; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(file);
  return { planted, note, cons, kinds };
}

(async () => {
  const root = __dirname;
  fs.mkdirSync(path.join(root, 'cases'), { recursive: true }); fs.mkdirSync(path.join(root, 'probe'), { recursive: true }); fs.mkdirSync(path.join(root, 'specs'), { recursive: true });
  const plantKinds = ['total', 'transpose', 'rate', 'subgt', 'gdec', 'gsign'];
  for (const [set, N, prefix, seed0] of [['cases', 45, 'c', 1000], ['probe', 100, 'p', 5000]]) {
    const man = [];
    for (let i = 1; i <= N; i++) {
      const rel = `${set}/${prefix}${String(i).padStart(3, '0')}.xlsx`;
      const plant = i % 2 === 0;
      const r = await makeBook(path.join(root, rel), seed0 + i, plant, plant ? plantKinds[(i / 2) % plantKinds.length] : null);
      man.push({ file: rel, planted: r.planted, note: r.note || `clean (${r.kinds.join(',')})` });
      fs.writeFileSync(path.join(root, 'specs', `${prefix}${String(i).padStart(3, '0')}.json`), JSON.stringify({ file: rel, planted: r.planted, cons: r.cons }));
    }
    fs.writeFileSync(path.join(root, set === 'cases' ? 'manifest.json' : 'probe/manifest.json'), JSON.stringify(man, null, 1));
  }
  console.log('done');
})();
