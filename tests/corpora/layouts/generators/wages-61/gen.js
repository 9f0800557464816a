// Round 61A of issue 9, by an outside helper: writes clean and planted books to /tmp/round61a; the corpus keeps the
// clean ones (tests/corpora/layouts/wages-61, copied from its cases folder).
// Round 61A: employment, wages, social insurance tables (clean + one planted error each).
// SEED / OUTDIR / MANIFEST / PROBE env vars. PROBE=N -> N clean books per builder, no planted.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.env.OUTDIR || path.join(__dirname, 'cases');
const PROBE = +(process.env.PROBE || 0);
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry32(+(process.env.SEED || 61));
const U = (a, b) => a + (b - a) * rng();
const I = (a, b) => Math.floor(U(a, b + 1));
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const gr = (a, b) => (b / a - 1) * 100;
const col = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1);
const pick = (a) => a[Math.floor(rng() * a.length)];
const sum = (a, k) => a.reduce((s, d) => s + d[k], 0);
const DISTRICTS = ['城关区', '东城区', '西湖区', '南山区', '北湖区', '经开区', '高新区', '临江县', '青山县', '白水县', '安平县', '河口县'];
const INDUSTRIES = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
// [employment weight, wage level]
const IND_P = [[0.6, 52000], [2.5, 98000], [18, 86000], [2.2, 118000], [14, 70000], [4, 78000], [4.5, 96000], [1.5, 52000], [2, 150000], [3.5, 135000], [2.5, 82000], [3, 80000], [2, 125000], [1.8, 70000], [0.5, 56000], [15, 112000], [8, 118000], [1, 105000], [13, 108000]];

function Table(sheetName) { return { sheetName, grid: [], dec: {}, merges: [], targets: {}, indent: {} }; }
function put(t, r, c, v, d) { while (t.grid.length <= r) t.grid.push([]); t.grid[r][c] = v; if (d !== undefined) t.dec[r + ',' + c] = d; }
function tgt(t, kind, r, c, extra) { (t.targets[kind] = t.targets[kind] || []).push(Object.assign({ r, c }, extra || {})); }
function label(t, r, text, mode, level) {
  level = level || 1;
  if (mode === 'space') put(t, r, 0, '　　'.repeat(level) + text);
  else { put(t, r, 0, text); if (mode === 'align') t.indent[r] = level; }
}
function title(t, text, ncol, unit) {
  put(t, 0, 0, text); t.merges.push(`A1:${col(ncol - 1)}1`);
  if (unit) { put(t, 1, ncol - 1, unit); }
}

// 1. 分行业 城镇非私营单位就业人员年末人数 (19 门类), two years + growth
function tIndEmp(v) {
  const t = Table('分行业就业人员');
  const base = U(60000, 250000);
  const rows = INDUSTRIES.map((n, i) => { const e0 = base * IND_P[i][0] / 100 * U(0.6, 1.4); return { n, e0: Math.round(e0), e1: Math.round(e0 * (1 + U(-0.08, 0.1))) }; });
  const wan = v.unitWan; // 万人 with 2 decimals vs 人
  const tot = { n: v.totalLabel, e0: sum(rows, 'e0'), e1: sum(rows, 'e1'), total: true };
  title(t, `${v.city}城镇非私营单位分行业就业人员年末人数`, 4, wan ? '单位：万人' : '单位：人');
  put(t, 2, 0, '行业'); put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, `${v.year}年比上年增长（%）`);
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of all) {
    label(t, r, d.n, d.total ? null : v.indent);
    const f = (x) => wan ? R(x / 10000, 2) : x; const dd = wan ? 2 : 0;
    put(t, r, 1, f(d.e0), dd); put(t, r, 2, f(d.e1), dd); put(t, r, 3, R(gr(d.e0, d.e1), v.gd), v.gd);
    rowOf[d.n] = r; r++;
  }
  put(t, r + 1, 0, '注：本表按《国民经济行业分类》（GB/T 4754-2017）门类分组，不含私营单位和个体就业人员。');
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'part_changed', rowOf['制造业'], 1);
  tgt(t, 'growth_mismatch', rowOf['建筑业'], 3); tgt(t, 'digit_swap', rowOf['教育'], 2); tgt(t, 'decimal_shift', rowOf['金融业'], 2);
  return t;
}

// 2. 分行业 平均人数、工资总额、平均工资
function tIndWage(v) {
  const t = Table('分行业工资');
  const base = U(50000, 200000);
  const rows = INDUSTRIES.map((n, i) => { const p = Math.round(base * IND_P[i][0] / 100 * U(0.6, 1.4)) + 20; const w = IND_P[i][1] * U(0.8, 1.2); return { n, p, wt: p * w / 10000 }; });
  const tot = { n: v.totalLabel, p: sum(rows, 'p'), wt: sum(rows, 'wt'), total: true };
  const yi = v.unitYi;
  title(t, `${v.year}年${v.city}城镇非私营单位分行业就业人员工资`, 4);
  put(t, 1, 0, '行业'); put(t, 1, 1, '平均人数（人）'); put(t, 1, 2, yi ? '工资总额（亿元）' : '工资总额（万元）'); put(t, 1, 3, '平均工资（元）');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 2; const rowOf = {};
  for (const d of all) {
    label(t, r, d.n, d.total ? null : v.indent);
    put(t, r, 1, d.p, 0); put(t, r, 2, yi ? R(d.wt / 10000, 2) : R(d.wt, 0), yi ? 2 : 0); put(t, r, 3, Math.round(d.wt * 10000 / d.p), 0);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：平均工资=工资总额÷平均人数。');
  tgt(t, 'avg_mismatch', rowOf['信息传输、软件和信息技术服务业'], 3); tgt(t, 'wrong_total', rowOf[v.totalLabel], 1);
  tgt(t, 'digit_swap', rowOf['卫生和社会工作'], 3); tgt(t, 'part_changed', rowOf['批发和零售业'], 1);
  return t;
}

// 3. 按登记注册类型 就业人员 & 平均工资, 其中 rows under 其他单位
function tOwnership(v) {
  const t = Table('按登记注册类型');
  const mk = (n, lo, hi, w) => ({ n, e0: I(lo, hi), w0: w * U(0.9, 1.1) });
  const sub = [mk('有限责任公司', 20000, 60000, 85000), mk('股份有限公司', 8000, 25000, 105000), mk('港澳台商投资单位', 500, 4000, 90000), mk('外商投资单位', 800, 5000, 110000)];
  const rest = mk('其他', 200, 2000, 60000);
  const soe = mk('国有单位', 40000, 90000, 115000), coll = mk('城镇集体单位', 1000, 5000, 62000);
  const all0 = [soe, coll, ...sub, rest];
  for (const d of all0) { d.e1 = Math.round(d.e0 * (1 + U(-0.06, 0.08))); d.w1 = d.w0 * (1 + U(0.01, 0.09)); d.t0 = d.e0 * d.w0; d.t1 = d.e1 * d.w1; }
  const agg = (n, parts) => ({ n, e0: sum(parts, 'e0'), e1: sum(parts, 'e1'), t0: sum(parts, 't0'), t1: sum(parts, 't1') });
  const oth = agg('其他单位', [...sub, rest]);
  const tot = agg(v.totalLabel, [soe, coll, ...sub, rest]); tot.total = true;
  for (const d of [oth, tot]) { d.w0 = d.t0 / d.e0; d.w1 = d.t1 / d.e1; }
  title(t, `${v.city}城镇非私营单位按登记注册类型分就业人员和平均工资（${v.year}年）`, 7);
  put(t, 1, 0, '登记注册类型'); put(t, 1, 1, '年末就业人员（人）'); put(t, 1, 4, '平均工资（元）'); t.merges.push('A2:A3', 'B2:D2', 'E2:G2');
  put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, '增长（%）'); put(t, 2, 4, `${v.year - 1}年`); put(t, 2, 5, `${v.year}年`); put(t, 2, 6, '增长（%）');
  const list = [[tot, 0], [soe, 1], [coll, 1], [oth, 1], ...sub.map((s, i) => [s, 2, i === 0]), [rest, 2]];
  const ordered = v.totalTop ? list : [...list.slice(1), list[0]];
  let r = 3; const rowOf = {};
  for (const [d, lvl, first] of ordered) {
    const name = first && v.qizhong ? '其中：' + d.n : d.n;
    if (lvl === 0) put(t, r, 0, d.n); else label(t, r, name, v.indent || 'space', lvl);
    put(t, r, 1, d.e0, 0); put(t, r, 2, d.e1, 0); put(t, r, 3, R(gr(d.e0, d.e1), 1), 1);
    put(t, r, 4, Math.round(d.w0), 0); put(t, r, 5, Math.round(d.w1), 0); put(t, r, 6, R(gr(d.w0, d.w1), 1), 1);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：其他单位包括有限责任公司、股份有限公司、港澳台商投资单位、外商投资单位等。');
  tgt(t, 'subpart_exceeds', rowOf['有限责任公司'], 2, { whole: [rowOf['其他单位'], 2] });
  tgt(t, 'growth_mismatch', rowOf['国有单位'], 6); tgt(t, 'wrong_total', rowOf[v.totalLabel], 1); tgt(t, 'part_changed', rowOf['城镇集体单位'], 2);
  return t;
}

// 4. 主要就业指标 (two years + 增减)
function tEmpMain(v) {
  const t = Table('就业主要指标');
  const emp0 = U(20, 80) * 10000, emp1 = emp0 * (1 + U(-0.02, 0.04));
  const un0 = emp0 * U(0.02, 0.04) / (1 - 0.03), un1 = un0 * (1 + U(-0.1, 0.1));
  const ne0 = emp0 * U(0.02, 0.05), ne1 = ne0 * (1 + U(-0.1, 0.12));
  const re0 = un0 * U(0.3, 0.6), re1 = re0 * (1 + U(-0.1, 0.1));
  const dif0 = re0 * U(0.2, 0.4), dif1 = dif0 * (1 + U(-0.1, 0.1));
  const rate0 = un0 / (emp0 + un0) * 100, rate1 = un1 / (emp1 + un1) * 100;
  title(t, `${v.city}就业和失业主要指标`, 5);
  put(t, 1, 0, '指标'); put(t, 1, 1, '单位'); put(t, 1, 2, `${v.year - 1}年`); put(t, 1, 3, `${v.year}年`); put(t, 1, 4, '比上年增减（%）');
  const rows = [
    ['城镇新增就业人数', '人', Math.round(ne0), Math.round(ne1), 0],
    ['失业人员再就业人数', '人', Math.round(re0), Math.round(re1), 0],
    ['其中：就业困难人员就业人数', '人', Math.round(dif0), Math.round(dif1), 0],
    ['城镇从业人员', '万人', R(emp0 / 10000, 2), R(emp1 / 10000, 2), 2],
    ['城镇登记失业人数', '人', Math.round(un0), Math.round(un1), 0],
  ];
  let r = 2; const rowOf = {};
  for (const [n, u, a, b, d] of rows) { put(t, r, 0, n); put(t, r, 1, u); put(t, r, 2, a, d); put(t, r, 3, b, d); put(t, r, 4, R(gr(a, b), 1), 1); rowOf[n] = r; r++; }
  put(t, r, 0, '城镇登记失业率'); put(t, r, 1, '%'); put(t, r, 2, R(rate0, 2), 2); put(t, r, 3, R(rate1, 2), 2); put(t, r, 4, R(R(rate1, 2) - R(rate0, 2), 2), 2); rowOf.rate = r; r++;
  put(t, r, 0, '注：城镇登记失业率增减栏为百分点。');
  tgt(t, 'growth_mismatch', rowOf['城镇新增就业人数'], 4); tgt(t, 'subpart_exceeds', rowOf['其中：就业困难人员就业人数'], 3, { whole: [rowOf['失业人员再就业人数'], 3] });
  tgt(t, 'decimal_shift', rowOf['城镇登记失业人数'], 3);
  return t;
}

// 5. 社会保险参保人数 by type with 其中 rows
function tInsured(v) {
  const t = Table('参保情况');
  const w = U(15, 60); // 万人 base
  const mk = () => { const a = w * U(0.3, 1.2); return [a, a * (1 + U(-0.03, 0.08))]; };
  const ew = [w * U(0.8, 1), 0], er = [w * U(0.25, 0.4), 0]; ew[1] = ew[0] * (1 + U(0, 0.06)); er[1] = er[0] * (1 + U(0.02, 0.07));
  const eTot = [ew[0] + er[0], ew[1] + er[1]];
  const rp = [w * U(1.5, 3), 0]; rp[1] = rp[0] * (1 + U(-0.02, 0.02)); const rpd = [rp[0] * U(0.25, 0.35), 0]; rpd[1] = rpd[0] * (1 + U(0, 0.05));
  const mw = [eTot[0] * U(1.0, 1.2), 0]; mw[1] = mw[0] * (1 + U(0, 0.05)); const mr = [w * U(3, 6), 0]; mr[1] = mr[0] * (1 + U(-0.03, 0.01));
  const mTot = [mw[0] + mr[0], mw[1] + mr[1]];
  const rows = [
    ['城镇职工基本养老保险参保人数', eTot, 0, 'eTot'], ['在职职工', ew, 1, 'ew'], ['离退休人员', er, 1, 'er'],
    ['城乡居民基本养老保险参保人数', rp, 0, 'rp'], ['其中：实际领取待遇人数', rpd, 1, 'rpd'],
    ['基本医疗保险参保人数', mTot, 0, 'mTot'], ['职工基本医疗保险', mw, 1, 'mw'], ['城乡居民基本医疗保险', mr, 1, 'mr'],
    ['失业保险参保人数', mk(), 0, 'u'], ['工伤保险参保人数', mk(), 0, 'i'], ['生育保险参保人数', mk(), 0, 'b'],
  ];
  title(t, `${v.year}年${v.city}社会保险参保情况`, 4, '单位：万人');
  put(t, 2, 0, '项目'); put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, '增长（%）');
  let r = 3; const rowOf = {};
  for (const [n, [a, b], lvl, key] of rows) {
    const nm = lvl && v.qizhong && key === 'ew' ? '其中：' + n : n;
    if (lvl) label(t, r, nm, v.indent || 'space', 1); else put(t, r, 0, n);
    put(t, r, 1, R(a, 2), 2); put(t, r, 2, R(b, 2), 2); put(t, r, 3, R(gr(a, b), 1), 1); rowOf[key] = r; r++;
  }
  put(t, r, 0, '注：2019年起生育保险与职工基本医疗保险合并实施，生育保险参保人数为职工医疗保险参保人员中的参保人数。');
  tgt(t, 'subpart_exceeds', rowOf.rpd, 2, { whole: [rowOf.rp, 2] }); tgt(t, 'wrong_total', rowOf.eTot, 2); tgt(t, 'part_changed', rowOf.mr, 1);
  tgt(t, 'growth_mismatch', rowOf.u, 3); tgt(t, 'digit_swap', rowOf.mw, 2);
  return t;
}

// 6. 社会保险基金收支 by type: 上年结余, 收入, 支出, 累计结余
function tFund(v) {
  const t = Table('基金收支');
  const s = U(5, 40) * 10000; // 万元 scale
  const types = [['城镇职工基本养老保险', 1.0, 0.95], ['城乡居民基本养老保险', 0.15, 0.8], ['职工基本医疗保险', 0.5, 0.85], ['城乡居民基本医疗保险', 0.35, 0.97], ['失业保险', 0.04, 0.7], ['工伤保险', 0.03, 0.75]];
  const rows = types.map(([n, k, ex]) => { const inc = s * k * U(0.85, 1.15); const exp = inc * ex * U(0.85, 1.2); const pb = inc * U(0.4, 1.6); return { n, pb, inc, exp, cb: pb + inc - exp }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['pb', 'inc', 'exp', 'cb']) tot[k] = sum(rows, k);
  const yi = v.unitYi, dd = yi ? 2 : 0, f = (x) => yi ? R(x / 10000, 2) : R(x, 0);
  title(t, `${v.city}社会保险基金收支情况（${v.year}年）`, 5, yi ? '单位：亿元' : '单位：万元');
  const H = [['上年结余', '基金收入', '基金支出', '累计结余'], ['上年末累计结余', '本年基金收入', '本年基金支出', '本年末累计结余'], ['年初结余', '本期收入', '本期支出', '期末滚存结余']][v.fundHdr];
  put(t, 2, 0, '险种'); H.forEach((h, j) => put(t, 2, 1 + j, h));
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of all) { label(t, r, d.n, d.total ? null : v.indent); put(t, r, 1, f(d.pb), dd); put(t, r, 2, f(d.inc), dd); put(t, r, 3, f(d.exp), dd); put(t, r, 4, f(d.cb), dd); rowOf[d.n] = r; r++; }
  put(t, r, 0, '注：累计结余＝上年结余＋本年收入－本年支出。');
  tgt(t, 'balance_mismatch', rowOf['职工基本医疗保险'], 4); tgt(t, 'balance_mismatch', rowOf['城镇职工基本养老保险'], 4);
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'digit_swap', rowOf['失业保险'], 3); tgt(t, 'decimal_shift', rowOf['工伤保险'], 2);
  return t;
}

// 7. 各区县 城镇职工养老保险: 参保人数, 其中离退休, 基金收入, 支出, 累计结余
function tPensionDist(v) {
  const t = Table('分区县养老保险');
  const ds = DISTRICTS.slice(0, v.n);
  const rows = ds.map((n) => { const p = I(8000, 120000); const ret = Math.round(p * U(0.2, 0.38)); const inc = p * U(0.9, 1.4) / 1; const exp = ret * U(2.5, 4); const cb = inc * U(0.3, 1.5); return { n, p, ret, inc, exp, cb }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['p', 'ret', 'inc', 'exp', 'cb']) tot[k] = sum(rows, k);
  title(t, `${v.year}年各县（市、区）城镇职工基本养老保险情况`, 6);
  put(t, 1, 0, '地区'); put(t, 1, 1, '参保人数（人）'); put(t, 1, 3, '基金（万元）'); t.merges.push('A2:A3', 'B2:C2', 'D2:F2');
  put(t, 2, 1, '合计'); put(t, 2, 2, '其中：离退休人员'); put(t, 2, 3, '收入'); put(t, 2, 4, '支出'); put(t, 2, 5, '累计结余');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of all) { label(t, r, d.n, d.total ? null : v.indent); put(t, r, 1, d.p, 0); put(t, r, 2, d.ret, 0); put(t, r, 3, R(d.inc, 1), 1); put(t, r, 4, R(d.exp, 1), 1); put(t, r, 5, R(d.cb, 1), 1); rowOf[d.n] = r; r++; }
  put(t, r, 0, '注：各县（市、区）基金数据为市级统筹前口径，合计含市本级。'.replace('，合计含市本级', ''));
  tgt(t, 'subpart_exceeds', rowOf[ds[2]], 2, { whole: [rowOf[ds[2]], 1] }); tgt(t, 'wrong_total', rowOf[v.totalLabel], 3);
  tgt(t, 'digit_swap', rowOf[ds[1]], 1); tgt(t, 'part_changed', rowOf[ds[3]], 4);
  return t;
}

// 8. 各区县 在岗职工平均工资 with 平均人数 (weighted total average)
function tWageDist(v) {
  const t = Table('分区县平均工资');
  const ds = DISTRICTS.slice(0, v.n);
  const rows = ds.map((n) => { const p0 = I(5000, 90000); const p1 = Math.round(p0 * (1 + U(-0.05, 0.07))); const w0 = U(70000, 130000); const w1 = w0 * (1 + U(0.0, 0.1)); return { n, p0, p1, t0: p0 * w0, t1: p1 * w1 }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['p0', 'p1', 't0', 't1']) tot[k] = sum(rows, k);
  title(t, `${v.city}各县（市、区）城镇非私营单位在岗职工平均工资`, 6);
  put(t, 1, 0, '地区'); put(t, 1, 1, '在岗职工平均人数（人）'); put(t, 1, 3, '在岗职工平均工资（元）'); t.merges.push('A2:A3', 'B2:C2', 'D2:F2');
  put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, `${v.year - 1}年`); put(t, 2, 4, `${v.year}年`); put(t, 2, 5, '增长（%）');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of all) { label(t, r, d.n, d.total ? null : v.indent); const w0 = d.t0 / d.p0, w1 = d.t1 / d.p1; put(t, r, 1, d.p0, 0); put(t, r, 2, d.p1, 0); put(t, r, 3, Math.round(w0), 0); put(t, r, 4, Math.round(w1), 0); put(t, r, 5, R(gr(w0, w1), 1), 1); rowOf[d.n] = r; r++; }
  tgt(t, 'growth_mismatch', rowOf[ds[1]], 5); tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'digit_swap', rowOf[ds[0]], 4); tgt(t, 'avg_mismatch', rowOf[v.totalLabel], 4);
  return t;
}

// 9. 各区县 城镇新增就业, 目标任务, 完成率, 登记失业人数, 登记失业率
function tNewEmpDist(v) {
  const t = Table('分区县就业');
  const ds = DISTRICTS.slice(0, v.n);
  const rows = ds.map((n) => { const goal = I(10, 90) * 100; const ne = Math.round(goal * U(0.95, 1.3)); const un = I(300, 5000); const rate = U(1.6, 3.6); return { n, goal, ne, un, rate, lab: un / rate * 100 }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['goal', 'ne', 'un', 'lab']) tot[k] = sum(rows, k); tot.rate = tot.un / tot.lab * 100;
  title(t, `${v.year}年各县（市、区）就业目标完成情况`, 6);
  put(t, 1, 0, '地区'); put(t, 1, 1, '城镇新增就业目标（人）'); put(t, 1, 2, '城镇新增就业（人）'); put(t, 1, 3, '完成目标（%）'); put(t, 1, 4, '年末城镇登记失业人数（人）'); put(t, 1, 5, '城镇登记失业率（%）');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 2; const rowOf = {};
  for (const d of all) { label(t, r, d.n, d.total ? null : v.indent); put(t, r, 1, d.goal, 0); put(t, r, 2, d.ne, 0); put(t, r, 3, R(d.ne / d.goal * 100, 1), 1); put(t, r, 4, d.un, 0); put(t, r, 5, R(d.rate, 2), 2); rowOf[d.n] = r; r++; }
  put(t, r, 0, '注：完成目标＝城镇新增就业÷目标任务×100%。');
  tgt(t, 'rate_mismatch', rowOf[ds[1]], 3); tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'part_changed', rowOf[ds[2]], 4); tgt(t, 'digit_swap', rowOf[ds[3]], 2);
  return t;
}

// 10. 基金历年收支 (time series) 收入, 支出, 当年结余, 累计结余 chained
function tFundSeries(v) {
  const t = Table('基金历年');
  const n = 6; const y0 = v.year - n + 1;
  let cb = U(2, 30) * 10000; const start = cb; const rows = [];
  for (let i = 0; i < n; i++) { const inc = U(5, 20) * 10000 * (1 + i * 0.06); const exp = inc * U(0.8, 1.08); cb = cb + inc - exp; rows.push({ y: y0 + i, inc, exp, bal: inc - exp, cb }); }
  const f = (x) => R(x, 1);
  title(t, `${v.city}城镇职工基本养老保险基金历年收支`, 5, '单位：万元');
  put(t, 2, 0, '年份'); put(t, 2, 1, '基金收入'); put(t, 2, 2, '基金支出'); put(t, 2, 3, '当年结余'); put(t, 2, 4, '年末累计结余');
  let r = 3; const rowOf = {};
  for (const d of rows) { put(t, r, 0, `${d.y}年`); put(t, r, 1, f(d.inc), 1); put(t, r, 2, f(d.exp), 1); put(t, r, 3, f(d.bal), 1); put(t, r, 4, f(d.cb), 1); rowOf[d.y] = r; r++; }
  put(t, r, 0, `注：${y0 - 1}年末累计结余${f(start)}万元。当年结余为负表示当期收不抵支。`);
  tgt(t, 'balance_mismatch', rowOf[y0 + 3], 4); tgt(t, 'balance_mismatch', rowOf[y0 + 2], 3); tgt(t, 'digit_swap', rowOf[y0 + 4], 1); tgt(t, 'decimal_shift', rowOf[y0 + 1], 2);
  return t;
}

// 11. 工资总额 by ownership in 亿元, two years + growth
function tWageBill(v) {
  const t = Table('工资总额');
  const parts = [['国有单位', U(40, 120)], ['城镇集体单位', U(1, 6)], ['其他单位', U(60, 200)]];
  const rows = parts.map(([n, a]) => ({ n, a, b: a * (1 + U(0.01, 0.12)) }));
  const sub = { n: '其中：私营控股', a: rows[2].a * U(0.2, 0.4) }; sub.b = sub.a * (1 + U(0, 0.15));
  const tot = { n: v.totalLabel, a: sum(rows, 'a'), b: sum(rows, 'b'), total: true };
  title(t, `${v.city}城镇非私营单位就业人员工资总额`, 4, '单位：亿元');
  put(t, 2, 0, '项目'); put(t, 2, 1, `${v.year - 1}年`); put(t, 2, 2, `${v.year}年`); put(t, 2, 3, '增长（%）');
  const list = [[tot, 0], ...rows.map((d) => [d, 1]), [sub, 2]];
  let r = 3; const rowOf = {};
  for (const [d, lvl] of list) { if (lvl) label(t, r, d.n, v.indent || 'space', lvl); else put(t, r, 0, d.n); put(t, r, 1, R(d.a, 2), 2); put(t, r, 2, R(d.b, 2), 2); put(t, r, 3, R(gr(d.a, d.b), 1), 1); rowOf[d.n] = r; r++; }
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'growth_mismatch', rowOf['国有单位'], 3); tgt(t, 'subpart_exceeds', rowOf['其中：私营控股'], 2, { whole: [rowOf['其他单位'], 2] });
  return t;
}

// 12. 各区县 参保人数 by type (columns), no total column
function tInsuredDist(v) {
  const t = Table('分区县参保人数');
  const ds = DISTRICTS.slice(0, v.n);
  const rows = ds.map((n) => { const e = I(10000, 150000); return { n, e, er: Math.round(e * U(0.2, 0.35)), rp: I(20000, 300000), m: Math.round(e * U(3, 5)), u: Math.round(e * U(0.5, 0.8)), i: Math.round(e * U(0.6, 0.9)), b: Math.round(e * U(0.5, 0.75)) }; });
  const keys = ['e', 'er', 'rp', 'm', 'u', 'i', 'b'];
  const tot = { n: v.totalLabel, total: true }; for (const k of keys) tot[k] = sum(rows, k);
  const wan = v.unitWan;
  title(t, `${v.year}年末各县（市、区）社会保险参保人数`, 8, wan ? '单位：万人' : '单位：人');
  put(t, 2, 0, '地区'); put(t, 2, 1, '城镇职工基本养老保险'); put(t, 3, 1, '参保人数'); put(t, 3, 2, '其中：离退休人员'); put(t, 2, 3, '城乡居民基本养老保险'); put(t, 2, 4, '基本医疗保险'); put(t, 2, 5, '失业保险'); put(t, 2, 6, '工伤保险'); put(t, 2, 7, '生育保险');
  t.merges.push('A3:A4', 'B3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:H4');
  const all = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 4; const rowOf = {};
  for (const d of all) { label(t, r, d.n, d.total ? null : v.indent); keys.forEach((k, j) => put(t, r, 1 + j, wan ? R(d[k] / 10000, 2) : d[k], wan ? 2 : 0)); rowOf[d.n] = r; r++; }
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 4); tgt(t, 'subpart_exceeds', rowOf[ds[1]], 2, { whole: [rowOf[ds[1]], 1] }); tgt(t, 'part_changed', rowOf[ds[2]], 5); tgt(t, 'decimal_shift', rowOf[ds[0]], 3);
  return t;
}

// 13. 三次产业 subtotals + 门类: 就业人员 with 其中女性
function tSectors(v) {
  const t = Table('按产业分就业');
  const base = U(60000, 250000);
  const sect = [['第一产业', [0]], ['第二产业', [1, 2, 3, 4]], ['第三产业', [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]]];
  const rows = INDUSTRIES.map((n, i) => { const e = Math.round(base * IND_P[i][0] / 100 * U(0.6, 1.4)) + 10; return { n, e, f: Math.round(e * U(0.15, 0.7)) }; });
  const tot = { n: v.totalLabel, e: sum(rows, 'e'), f: sum(rows, 'f') };
  const wan = v.unitWan, fm = (x) => wan ? R(x / 10000, 2) : x, dd = wan ? 2 : 0;
  title(t, `${v.year}年末${v.city}城镇非私营单位就业人员（按三次产业和行业分）`, 4, wan ? '单位：万人' : '单位：人');
  put(t, 2, 0, '项目'); put(t, 2, 1, '就业人员'); put(t, 2, 2, '其中：女性'); put(t, 2, 3, '女性占比（%）');
  let r = 3; const rowOf = {};
  const emit = (d, lvl) => { if (lvl) label(t, r, d.n, v.indent || 'space', lvl); else put(t, r, 0, d.n); put(t, r, 1, fm(d.e), dd); put(t, r, 2, fm(d.f), dd); put(t, r, 3, R(d.f / d.e * 100, 1), 1); rowOf[d.n] = r; r++; };
  emit(tot, 0);
  for (const [sn, idx] of sect) { const parts = idx.map((i) => rows[i]); emit({ n: sn, e: sum(parts, 'e'), f: sum(parts, 'f') }, 1); if (idx.length > 1 || v.qizhong) for (const p of parts) emit(p, 2); }
  put(t, r, 0, '注：三次产业划分依据《三次产业划分规定》。');
  tgt(t, 'wrong_total', rowOf['第二产业'], 1); tgt(t, 'rate_mismatch', rowOf['制造业'], 3); tgt(t, 'subpart_exceeds', rowOf['教育'], 2, { whole: [rowOf['教育'], 1] }); tgt(t, 'part_changed', rowOf['房地产业'], 1);
  return t;
}

const BUILDERS = { indemp: tIndEmp, indwage: tIndWage, ownership: tOwnership, empmain: tEmpMain, insured: tInsured, fund: tFund, pensiondist: tPensionDist, wagedist: tWageDist, newempdist: tNewEmpDist, fundseries: tFundSeries, wagebill: tWageBill, insureddist: tInsuredDist, sectors: tSectors };
const CITIES = ['宁安市', '清河县', '江阳市', '青州市', '平原县', '武陵市', '安丰县'];
function variant() {
  return { year: pick([2022, 2023, 2024]), city: pick(CITIES), totalTop: rng() < 0.6, totalLabel: pick(['合计', '总计', '全市', '全县']), indent: pick(['space', 'align', null]), n: 5 + Math.floor(rng() * 7), gd: pick([1, 1, 2]), unitWan: rng() < 0.4, unitYi: rng() < 0.4, qizhong: rng() < 0.5, fundHdr: Math.floor(rng() * 3) };
}
function swapDigits(x) {
  const s = String(x); const idx = [];
  for (let i = 0; i < s.length - 1; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null; const i = idx[Math.floor(idx.length / 2)];
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function plant(t, kind) {
  const cands = t.targets[kind]; if (!cands || !cands.length) return null;
  const tg = pick(cands); const orig = t.grid[tg.r][tg.c]; const d = t.dec[tg.r + ',' + tg.c] || 0;
  if (typeof orig !== 'number') return null; let nv;
  switch (kind) {
    case 'wrong_total': nv = R(orig + Math.max(Math.pow(10, -d) * 7, Math.abs(orig) * U(0.02, 0.05)), d); break;
    case 'part_changed': nv = R(orig * U(1.05, 1.15) + (d === 0 ? 3 : 0), d); break;
    case 'growth_mismatch': nv = R(orig + pick([-1, 1]) * U(2.5, 6), d); break;
    case 'rate_mismatch': nv = R(orig + pick([-1, 1]) * U(3, 8), d); break;
    case 'avg_mismatch': nv = Math.round(orig * (1 + pick([-1, 1]) * U(0.04, 0.09))); break;
    case 'balance_mismatch': nv = R(orig + pick([-1, 1]) * Math.max(Math.abs(orig) * U(0.03, 0.08), Math.pow(10, -d) * 50), d); break;
    case 'digit_swap': nv = swapDigits(orig); break;
    case 'decimal_shift': nv = R(orig * (rng() < 0.5 ? 10 : 0.1), d + 1); break;
    case 'subpart_exceeds': { const w = t.grid[tg.whole[0]][tg.whole[1]]; nv = R(w * U(1.05, 1.2), d); break; }
  }
  if (nv === null || nv === undefined || !isFinite(nv) || nv === orig) return null;
  t.grid[tg.r][tg.c] = nv;
  return { cell: addr(tg.r, tg.c), original: orig, planted: nv, kind };
}
async function write(t, file) {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet(t.sheetName);
  t.grid.forEach((row, r) => (row || []).forEach((v, c) => {
    if (v === undefined || v === null) return;
    const cell = ws.getCell(r + 1, c + 1); cell.value = v; const d = t.dec[r + ',' + c];
    if (typeof v === 'number') cell.numFmt = d ? '0.' + '0'.repeat(d) : (d === 0 ? '0' : 'General');
    if (c === 0 && t.indent[r]) cell.alignment = { indent: t.indent[r] };
  }));
  for (const m of t.merges) { try { ws.mergeCells(m); } catch (e) { } }
  ws.getColumn(1).width = 30;
  await wb.xlsx.writeFile(file);
}
(async () => {
  const manifest = []; let n = 0;
  for (const [name, fn] of Object.entries(BUILDERS)) {
    const nClean = PROBE || (name === 'sectors' || name === 'fund' ? 2 : 1) + (['indemp','ownership','insured','wagedist','newempdist','fundseries'].includes(name) ? 1 : 0);
    for (let i = 0; i < nClean; i++) { const v = variant(); const t = fn(v); const file = `${name}_clean${i + 1}.xlsx`; await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: true, variant: v }); n++; }
    if (PROBE) continue;
    const PRI = ['balance_mismatch', 'avg_mismatch'];
    const ks = Object.keys(fn(variant()).targets).sort(() => rng() - 0.5).sort((a, b) => PRI.includes(b) - PRI.includes(a));
    const avail = ks.slice(0, 2);
    let j = 0;
    for (const k of avail) {
      let rec = null, t, v;
      for (let tries = 0; tries < 10 && !rec; tries++) { v = variant(); t = fn(v); rec = plant(t, k); }
      if (!rec) continue;
      const file = `${name}_${k}${++j}.xlsx`; await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: false, ...rec, variant: v }); n++;
    }
  }
  fs.writeFileSync(process.env.MANIFEST || path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', n, 'workbooks;', manifest.filter((m) => m.clean).length, 'clean,', manifest.filter((m) => !m.clean).length, 'planted');
})();
