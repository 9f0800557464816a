// node gen.js SET SEED N [plantFrac=0.5] [variant=0]
// Generates party-secretary / party-member structure workbooks for 两新组织, records relations in rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel } = require('./rel.js');

const [, , SET, SEEDS, NS, PF, VS] = process.argv;
const SEED = Number(SEEDS || 1), N = Number(NS || 30), PLANT_FRAC = PF === undefined ? 0.5 : Number(PF), VARIANT = Number(VS || 0);
const ROOT = __dirname;

function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry32(SEED);
const R = () => rng();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const ru = (a, b) => a + R() * (b - a);
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

// split total into parts with given proportions (integers summing exactly)
function split(total, props) {
  const s = props.reduce((a, b) => a + b, 0);
  const raw = props.map((p) => (total * p) / s);
  const fl = raw.map(Math.floor);
  let rem = total - fl.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < rem; k++) fl[order[k % fl.length][1]]++;
  return fl;
}

class SheetM {
  constructor(name, opt) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.widths = {}; this.maxC = 1; this.opt = opt || {}; this.numCells = {}; }
  // numeric cell: v number; d decimals; pct: stored as fraction with % format
  num(r, c, v, d = 0, o = {}) {
    const a = A(r, c);
    this.maxC = Math.max(this.maxC, c);
    if (o.dash && v === 0) { this.cells[a] = { v: o.dash === 'blank' ? null : o.dash, align: 'center' }; this.numCells[a] = { v: 0, d }; return a; }
    let stored = rnd(v, d);
    const asText = o.pctFmt ? false : (o.text !== undefined ? o.text : (this.opt.textP && chance(this.opt.textP)));
    let fmt = d === 0 ? (this.opt.thou && Math.abs(stored) >= 1000 ? '#,##0' : '0') : '0.' + '0'.repeat(d);
    if (o.pctFmt) { stored = rnd(v / 100, d + 2); fmt = '0.' + '0'.repeat(d) + '%'; }
    this.cells[a] = { v: asText ? (o.pctFmt ? stored.toFixed(d + 2) : stored.toFixed(d)) : stored, fmt: asText ? undefined : fmt, numeric: true };
    this.numCells[a] = { v: stored, d: o.pctFmt ? d + 2 : d, pctFmt: !!o.pctFmt, text: asText };
    return a;
  }
  txt(r, c, s, o = {}) { this.cells[A(r, c)] = Object.assign({ v: s }, o); this.maxC = Math.max(this.maxC, c); }
  merge(r1, c1, r2, c2, s, o = {}) { if (s !== undefined) this.txt(r1, c1, s, Object.assign({ bold: true, align: 'center', border: true }, o)); if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(x) { this.rels.push(x); }
}

// tolerances
const tolSum = (n) => 1e-6;
const tolRate = (d, pctFmt) => (pctFmt ? 0.5 * Math.pow(10, -(d + 2)) : 0.5 * Math.pow(10, -d)) + 1e-9;

const COUNTIES = ['城关区', '东城区', '西城区', '南湖区', '北湖区', '高新区', '经开区', '临江县', '南山县', '北岭县', '青石县', '白马县', '云台县', '桃源县', '清河县', '安平县'];
const STREETS = ['城南街道', '城北街道', '东关街道', '西关街道', '新华街道', '永安镇', '和平乡', '石桥镇', '柳林镇', '红星乡', '大营镇', '马庄镇', '高桥乡', '双河镇'];
const CITIES = ['江州市', '临川市', '云阳市', '安丰市', '青州市', '平阳市', '金城市', '白河市'];
const IND1 = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '住宿和餐饮业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '其他行业'];
const IND2 = ['社会团体', '民办非企业单位', '基金会', '律师事务所', '会计师事务所', '其他社会组织'];
const AGE_LABELS = [['35岁及以下', '36-45岁', '46-55岁', '56岁及以上'], ['35岁以下', '36至45岁', '46至55岁', '56岁以上'], ['35岁及以下', '36岁至45岁', '46岁至55岁', '56岁及以上'], ['≤35岁', '36～45岁', '46～55岁', '≥56岁']];
const YEAR = () => pick([2021, 2022, 2023, 2024]);

function sheetOpt() {
  return { textP: chance(0.2 + VARIANT * 0.1) ? ru(0.05, 0.4) : 0, thou: chance(0.3), pctFmt: chance(0.1 + VARIANT * 0.05) };
}

function titleBlock(s, width, title, unitLine) {
  let r = 1;
  s.merge(1, 1, 1, width, title, { bold: true, size: 14 });
  r = 2;
  if (unitLine) {
    if (chance(0.5)) { s.txt(2, 1, unitLine[0]); s.txt(2, width, unitLine[1], { align: 'right' }); }
    else { s.txt(2, 1, (unitLine[0] ? unitLine[0] + '　　　　' : '') + unitLine[1]); }
    r = 3;
    if (chance(0.2)) r = 4; // blank spacer
  }
  return r;
}
function footer(s, r, width, extra) {
  r++;
  const notes = [];
  if (chance(0.6)) notes.push(pick(['注：1.本表统计截至' + YEAR() + '年12月31日；2.占比数据因四舍五入，合计可能不等于100%。', '说明：“—”表示无此项或数据为零。', '注：出资人兼任书记指非公有制企业出资人（含主要股东）担任党组织书记的情况。', '注：本表数据来源于党内统计信息系统，共涉及' + ri(5, 16) + '个县（市、区）。', '备注：年龄按' + YEAR() + '年12月31日计算。']));
  if (extra) notes.push(extra);
  for (const n of notes) { s.txt(r, 1, n); r++; }
  if (chance(0.7)) { s.txt(r + 1, 1, '填报人：' + pick(['张伟', '李静', '王芳', '刘洋', '陈磊']) + '　　审核人：' + pick(['赵强', '孙丽', '周敏']) + '　　填报日期：' + YEAR() + '年' + ri(1, 12) + '月' + ri(1, 28) + '日'); }
}
const ZERO_DASH = () => pick(['—', '-', 'blank', '—', 0]);

// ---------------- Template A: 书记队伍结构 by region rows ----------------
function tA(sheetName) {
  const s = new SheetM(sheetName, sheetOpt());
  const byStreet = chance(0.3);
  const city = pick(CITIES);
  const regs = shuffle(byStreet ? STREETS : COUNTIES).slice(0, ri(4, byStreet ? 10 : 12));
  const ages = pick(AGE_LABELS);
  const qzAll = shuffle(['女性', '出资人兼任', '大专及以上学历', '少数民族']);
  const qz = qzAll.slice(0, ri(1, 3));
  const shareMode = pick([0, 1, 1, 2]);
  const shareItems = shareMode === 1 ? shuffle([...qz.map((q) => ['q', q]), ['a', 0], ['a', 3]]).slice(0, ri(1, 3)) : [];
  const seqCol = chance(0.35);
  const lanci = chance(0.35);
  const totTop = chance(0.6);
  const d = pick([1, 1, 2]);
  const pctFmt = s.opt.pctFmt;
  const zeroDash = ZERO_DASH();
  // data
  const data = regs.map((name) => {
    const T = ri(8, chance(0.2) ? 60 : 900);
    const ag = split(T, [ru(0.05, 0.3), ru(0.2, 0.4), ru(0.2, 0.4), ru(0.02, 0.2)]);
    const q = {};
    for (const k of qz) q[k] = k === '女性' ? Math.round(T * ru(0.15, 0.45)) : k === '出资人兼任' ? Math.round(T * ru(0, 0.4)) : k === '少数民族' ? Math.round(T * ru(0, 0.08)) : Math.round(T * ru(0.45, 0.9));
    return { name, T, ag, q };
  });
  const tot = { name: pick(['合计', '全市合计', '总计', city.replace('市', '') + '全市', '合　计']), T: data.reduce((a, x) => a + x.T, 0), ag: [0, 1, 2, 3].map((i) => data.reduce((a, x) => a + x.ag[i], 0)), q: {} };
  for (const k of qz) tot.q[k] = data.reduce((a, x) => a + x.q[k], 0);
  // columns
  let c = 1;
  const cSeq = seqCol ? c++ : 0;
  const cName = c++;
  const cT = c++;
  const cQ = {}; for (const k of qz) cQ[k] = c++;
  const cAge = []; const cAgeShare = [];
  for (let i = 0; i < 4; i++) { cAge.push(c++); if (shareMode === 2) cAgeShare.push(c++); }
  const cShare = shareItems.map(() => c++);
  const width = c - 1;
  const title = (chance(0.5) ? city : '') + (chance(0.5) ? YEAR() + '年' : '') + pick(['两新组织党组织书记队伍结构情况统计表', '非公有制企业和社会组织党组织书记基本情况表', '“两新”组织党组织书记队伍结构分析表', '两新组织党组织书记年龄、学历结构统计表']);
  let r = titleBlock(s, width, title, chance(0.8) ? [chance(0.5) ? '填报单位：' + city + '委组织部（两新工委）' : '', pick(['单位：人、%', '单位：名', '计量单位：人', '单位：人，%'])] : null);
  const H = shareMode === 2 ? 3 : 2;
  const h0 = r;
  if (seqCol) s.merge(h0, cSeq, h0 + H - 1, cSeq, '序号');
  s.merge(h0, cName, h0 + H - 1, cName, byStreet ? pick(['街道（乡镇）', '乡镇（街道）', '单位']) : pick(['地区', '县（市、区）', '单位名称', '县区']));
  s.merge(h0, cT, h0 + H - 1, cT, pick(['书记总数', '党组织书记总数', '书记人数', '合计']));
  if (qz.length) { s.merge(h0, cQ[qz[0]], h0, cQ[qz[qz.length - 1]], '其中'); for (const k of qz) s.merge(h0 + 1, cQ[k], h0 + H - 1, cQ[k], k); }
  s.merge(h0, cAge[0], h0, shareMode === 2 ? cAgeShare[3] : cAge[3], pick(['年龄结构', '按年龄分', '年龄']));
  for (let i = 0; i < 4; i++) {
    if (shareMode === 2) { s.merge(h0 + 1, cAge[i], h0 + 1, cAgeShare[i], ages[i]); s.merge(h0 + 2, cAge[i], h0 + 2, cAge[i], pick(['人数', '人数'])); s.merge(h0 + 2, cAgeShare[i], h0 + 2, cAgeShare[i], pick(['占比(%)', '比例(%)', '占比'])); }
    else s.merge(h0 + 1, cAge[i], h0 + H - 1, cAge[i], ages[i]);
  }
  if (cShare.length) {
    s.merge(h0, cShare[0], h0, cShare[cShare.length - 1], pick(['占书记总数比例(%)', '占比(%)', '所占比例（%）']));
    shareItems.forEach((it, j) => s.merge(h0 + 1, cShare[j], h0 + H - 1, cShare[j], it[0] === 'q' ? it[1] : ages[it[1]]));
  }
  r = h0 + H;
  if (lanci) {
    if (seqCol) s.txt(r, cSeq, '');
    s.txt(r, cName, '甲', { align: 'center' });
    for (let cc = cT; cc <= width; cc++) s.txt(r, cc, String(cc - cT + 1), { align: 'center' });
    r++;
  }
  const rows = totTop ? [tot, ...data] : [...data, tot];
  const rowOf = new Map();
  let seq = 1;
  for (const x of rows) {
    const isTot = x === tot;
    if (seqCol) { if (!isTot) s.num(r, cSeq, seq++, 0, { text: false }); }
    s.txt(r, cName, isTot ? x.name : (chance(0.15) && !seqCol ? '　' + x.name : x.name), isTot ? { bold: true, align: 'center' } : {});
    rowOf.set(x, r);
    s.num(r, cT, x.T);
    for (const k of qz) s.num(r, cQ[k], x.q[k], 0, { dash: zeroDash !== 0 ? zeroDash : undefined });
    for (let i = 0; i < 4; i++) s.num(r, cAge[i], x.ag[i], 0, { dash: zeroDash !== 0 ? zeroDash : undefined });
    // relations in row
    s.rel({ t: 'sum', total: A(r, cT), parts: cAge.map((cc) => A(r, cc)), tol: tolSum(), role: 'sum' });
    for (const k of qz) s.rel({ t: 'le', whole: A(r, cT), parts: [A(r, cQ[k])], tol: 0, kind: 'le' });
    if (shareMode === 2) for (let i = 0; i < 4; i++) { s.num(r, cAgeShare[i], (x.ag[i] / x.T) * 100, d, { pctFmt }); s.rel({ t: 'rate', cell: A(r, cAgeShare[i]), num: A(r, cAge[i]), den: A(r, cT), k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'share' }); }
    shareItems.forEach((it, j) => {
      const nv = it[0] === 'q' ? x.q[it[1]] : x.ag[it[1]];
      const nc = it[0] === 'q' ? cQ[it[1]] : cAge[it[1]];
      s.num(r, cShare[j], (nv / x.T) * 100, d, { pctFmt });
      s.rel({ t: 'rate', cell: A(r, cShare[j]), num: A(r, nc), den: A(r, cT), k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'share' });
    });
    r++;
  }
  const lastRow = r - 1;
  // column sums
  const tr = rowOf.get(tot);
  const countCols = [cT, ...qz.map((k) => cQ[k]), ...cAge];
  for (const cc of countCols) s.rel({ t: 'sum', total: A(tr, cc), parts: data.map((x) => A(rowOf.get(x), cc)), tol: tolSum(), role: 'sum', top: true });
  footer(s, lastRow + 1, width);
  s.widths[cName] = 16;
  return s;
}

// ---------------- Template B: 结构占比 rows=categories, cur/prev with pp ----------------
function tB(sheetName) {
  const s = new SheetM(sheetName, sheetOpt());
  const y = YEAR();
  const subject = pick(['党组织书记', '党员', '党组织书记', '新发展党员']);
  const T1 = ri(150, 6000), growth = ru(-0.08, 0.15), T0 = Math.max(50, Math.round(T1 / (1 + growth)));
  const groups = [];
  const ages = pick(AGE_LABELS);
  groups.push({ name: '按年龄分', items: ages, props: () => [ru(0.05, 0.3), ru(0.2, 0.4), ru(0.2, 0.4), ru(0.02, 0.2)], part: true });
  if (chance(0.7)) groups.push(chance(0.6) ? { name: '按性别分', items: ['男', '女'], props: () => [ru(0.55, 0.8), ru(0.2, 0.45)], part: true } : { name: null, items: ['其中：女性'], frac: () => ru(0.2, 0.45), part: false });
  if (chance(0.7)) groups.push(chance(0.6) ? { name: '按学历分', items: pick([['研究生', '大学本科', '大学专科', '中专及以下'], ['大专及以上', '中专及以下'], ['研究生及以上', '本科', '大专', '高中（中专）及以下']]), props: null, part: true } : { name: null, items: ['其中：大专及以上学历'], frac: () => ru(0.5, 0.9), part: false });
  if (subject === '党组织书记' && chance(0.7)) groups.push({ name: null, items: ['其中：出资人兼任书记'], frac: () => ru(0.1, 0.4), part: false });
  if (chance(0.3)) groups.splice(1, 0, groups.splice(0, 1)[0]);
  for (const g of groups) if (g.part && !g.props) g.props = g.items.length === 2 ? () => [ru(0.55, 0.85), ru(0.15, 0.45)] : () => [ru(0.01, 0.08), ru(0.2, 0.45), ru(0.2, 0.4), ru(0.1, 0.3)];
  const vals = (T) => groups.map((g) => (g.part ? split(T, g.props()) : [Math.round(T * g.frac())]));
  const v1 = vals(T1), v0 = vals(T0);
  const d = pick([1, 1, 2]);
  const pctFmt = s.opt.pctFmt;
  const extra = pick(['none', 'diff', 'growth']);
  const ppFromRaw = chance(0.3); // pp computed from unrounded shares
  // columns
  const cName = 1; let c = 2;
  const unitCol = chance(0.25) ? c++ : 0;
  const c1 = c++, c1s = c++, c0 = c++, c0s = c++;
  const cX = extra !== 'none' ? c++ : 0;
  const cPP = c++;
  const width = c - 1;
  const curFirst = true;
  let r = titleBlock(s, width, (chance(0.5) ? pick(CITIES) : '') + y + '年' + '两新组织' + subject + pick(['队伍结构情况', '结构分析表', '基本情况对比表']), chance(0.7) ? ['', pick(['单位：人、%', '单位：人，%，百分点'])] : null);
  const h0 = r;
  s.merge(h0, cName, h0 + 1, cName, pick(['项目', '指标', '分类', '指 标']));
  if (unitCol) s.merge(h0, unitCol, h0 + 1, unitCol, '单位');
  s.merge(h0, c1, h0, c1s, y + '年' + pick(['', '底']));
  s.merge(h0 + 1, c1, h0 + 1, c1, pick(['人数', '数量'])); s.merge(h0 + 1, c1s, h0 + 1, c1s, pick(['占比(%)', '比重（%）', '占比']));
  s.merge(h0, c0, h0, c0s, (y - 1) + '年' + pick(['', '底']));
  s.merge(h0 + 1, c0, h0 + 1, c0, pick(['人数', '数量'])); s.merge(h0 + 1, c0s, h0 + 1, c0s, pick(['占比(%)', '比重（%）', '占比']));
  if (cX) { s.merge(h0, cX, h0, cPP, '比上年'); s.merge(h0 + 1, cX, h0 + 1, cX, extra === 'diff' ? '增减人数' : '增长(%)'); s.merge(h0 + 1, cPP, h0 + 1, cPP, pick(['增减(百分点)', '占比增减（百分点）', '百分点'])); }
  else s.merge(h0, cPP, h0 + 1, cPP, pick(['比上年增减(百分点)', '占比比上年增减（百分点）', '增减百分点']));
  r = h0 + 2;
  const totLabel = pick([subject + '总数', '合计', '总计', subject + '总数（人）']);
  const shareOf = (n, T) => (n / T) * 100;
  const writeRow = (label, n1, n0, isTot, indent) => {
    s.txt(r, cName, (indent ? pick(['　', '  ']) : '') + label, isTot ? { bold: true } : {});
    if (unitCol) s.txt(r, unitCol, '人');
    const a1 = s.num(r, c1, n1), a0 = s.num(r, c0, n0);
    const sh1 = s.num(r, c1s, isTot ? 100 : shareOf(n1, T1), d, { pctFmt }), sh0 = s.num(r, c0s, isTot ? 100 : shareOf(n0, T0), d, { pctFmt });
    if (cX) {
      if (extra === 'diff') { s.num(r, cX, n1 - n0); s.rel({ t: 'pp', cell: A(r, cX), cur: a1, prev: a0, tol: 1e-6, kind: 'diff' }); }
      else if (n0 > 0) { s.num(r, cX, (n1 / n0 - 1) * 100, 1); s.rel({ t: 'growth', cell: A(r, cX), cur: a1, prev: a0, tol: tolRate(1), kind: 'growth' }); }
      else s.txt(r, cX, '—');
    }
    if (isTot) { s.txt(r, cPP, pick(['—', '', '0.0'])); if (s.cells[A(r, cPP)].v === '0.0') s.num(r, cPP, 0, d); }
    else {
      const ppv = ppFromRaw ? shareOf(n1, T1) - shareOf(n0, T0) : s.numCells[sh1].v * (pctFmt ? 100 : 1) - s.numCells[sh0].v * (pctFmt ? 100 : 1);
      s.num(r, cPP, ppv, d);
      if (!pctFmt) s.rel({ t: 'pp', cell: A(r, cPP), cur: sh1, prev: sh0, tol: (ppFromRaw ? 2 * tolRate(d) : 0) + tolRate(d), kind: 'pp' });
      s.rel({ t: 'rate', cell: sh1, num: a1, den: null, k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'share' });
      s.rel({ t: 'rate', cell: sh0, num: a0, den: null, k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'share' });
    }
    r++;
    return [a1, a0, sh1, sh0];
  };
  const totCells = writeRow(totLabel, T1, T0, true, false);
  for (const rl of s.rels) if (rl.t === 'rate' && rl.den === null) rl.den = rl.num.replace(/\d+$/, '') === totCells[0].replace(/\d+$/, '') ? totCells[0] : totCells[1];
  groups.forEach((g, gi) => {
    if (g.name) { s.txt(r, cName, pick([CN[gi] + '、', '（' + CN[gi] + '）', '']) + g.name + (chance(0.3) ? '：' : '')); r++; }
    const cellsG = g.items.map((it, j) => writeRow(it, v1[gi][j], v0[gi][j], false, !!g.name));
    for (const rl of s.rels) if (rl.t === 'rate' && rl.den === null) rl.den = rl.num.replace(/\d+$/, '') === totCells[0].replace(/\d+$/, '') ? totCells[0] : totCells[1];
    if (g.part) {
      s.rel({ t: 'sum', total: totCells[0], parts: cellsG.map((x) => x[0]), tol: tolSum(), role: 'sum', top: true });
      s.rel({ t: 'sum', total: totCells[1], parts: cellsG.map((x) => x[1]), tol: tolSum(), role: 'sum', top: true });
      s.rel({ t: 'sum', total: totCells[2], parts: cellsG.map((x) => x[2]), tol: g.items.length * tolRate(d, pctFmt), role: 'share100' });
      s.rel({ t: 'sum', total: totCells[3], parts: cellsG.map((x) => x[3]), tol: g.items.length * tolRate(d, pctFmt), role: 'share100' });
    } else {
      s.rel({ t: 'le', whole: totCells[0], parts: [cellsG[0][0]], tol: 0, kind: 'le' });
      s.rel({ t: 'le', whole: totCells[1], parts: [cellsG[0][1]], tol: 0, kind: 'le' });
    }
  });
  footer(s, r, width);
  s.widths[cName] = 22;
  return s;
}

// ---------------- Template C: regions as columns, indicators as rows ----------------
function tC(sheetName) {
  const s = new SheetM(sheetName, sheetOpt());
  const city = pick(CITIES);
  const regs = shuffle(COUNTIES).slice(0, ri(3, 9));
  const ages = pick(AGE_LABELS);
  const d = pick([1, 2]);
  const pctFmt = s.opt.pctFmt;
  const subj = pick(['党员', '党组织书记']);
  const hasPrev = chance(0.6);
  const hasFemale = chance(0.8), hasEdu = chance(0.7), hasOwner = subj === '党组织书记' && chance(0.6);
  const rateRows = shuffle(['女', 'young', 'edu']).filter((k) => (k !== '女' || hasFemale) && (k !== 'edu' || hasEdu)).slice(0, ri(0, 3));
  const data = regs.map(() => {
    const T = ri(40, 3000);
    const P = Math.max(10, Math.round(T / (1 + ru(-0.05, 0.2))));
    return { T, P, ag: split(T, [ru(0.05, 0.3), ru(0.2, 0.4), ru(0.2, 0.4), ru(0.02, 0.2)]), f: Math.round(T * ru(0.15, 0.45)), e: Math.round(T * ru(0.4, 0.9)), o: Math.round(T * ru(0, 0.35)) };
  });
  const tot = { T: 0, P: 0, ag: [0, 0, 0, 0], f: 0, e: 0, o: 0 };
  for (const x of data) { tot.T += x.T; tot.P += x.P; tot.f += x.f; tot.e += x.e; tot.o += x.o; x.ag.forEach((v, i) => (tot.ag[i] += v)); }
  const cols = [tot, ...data];
  const totLast = chance(0.25);
  if (totLast) cols.push(cols.shift());
  let c = 1;
  const cName = c++;
  const unitCol = chance(0.5) ? c++ : 0;
  const lanci = chance(0.3) ? c++ : 0;
  const cData = cols.map(() => c++);
  const width = c - 1;
  let r = titleBlock(s, width, city + pick(['各县（市、区）', '分县区', '']) + '两新组织' + subj + pick(['结构情况统计表', '基本情况', '队伍状况一览表']), chance(0.6) ? ['', unitCol ? '' : '单位：人、%'] : null);
  const bandRegs = chance(0.5);
  const h0 = r;
  const H = bandRegs ? 2 : 1;
  s.merge(h0, cName, h0 + H - 1, cName, pick(['指标', '指标名称', '项目']));
  if (unitCol) s.merge(h0, unitCol, h0 + H - 1, unitCol, pick(['计量单位', '单位']));
  if (lanci) s.merge(h0, lanci, h0 + H - 1, lanci, '栏次');
  const totName = pick(['全市', '合计', city, '全市合计']);
  cols.forEach((x, i) => {
    const name = x === tot ? totName : regs[data.indexOf(x)];
    if (bandRegs && x === tot) s.merge(h0, cData[i], h0 + 1, cData[i], name);
    else if (bandRegs) s.merge(h0 + 1, cData[i], h0 + 1, cData[i], name);
    else s.merge(h0, cData[i], h0, cData[i], name);
  });
  if (bandRegs) { const dc = cols.map((x, i) => (x === tot ? null : cData[i])).filter(Boolean); s.merge(h0, dc[0], h0, dc[dc.length - 1], pick(['其中', '分县（市、区）', '按地区分'])); }
  r = h0 + H;
  const rowsOut = {};
  let ln = 1;
  const row = (key, label, getter, dd = 0, unit = '人', isRate = false) => {
    s.txt(r, cName, label);
    if (unitCol) s.txt(r, unitCol, unit, { align: 'center' });
    if (lanci) s.num(r, lanci, ln++, 0, { text: false });
    rowsOut[key] = r;
    cols.forEach((x, i) => { if (getter(x) === null) s.txt(r, cData[i], '—'); else s.num(r, cData[i], getter(x), dd, isRate ? { pctFmt } : {}); });
    r++;
  };
  row('T', subj + pick(['总数', '数', '人数']), (x) => x.T);
  if (hasFemale) row('f', pick(['其中：女', '其中：女性', '  其中：女' + subj]), (x) => x.f);
  if (hasOwner) row('o', pick(['其中：出资人兼任', '出资人兼任书记']), (x) => x.o);
  const ageHdr = chance(0.5);
  if (ageHdr) { s.txt(r, cName, pick(['按年龄分：', '年龄结构', '（一）按年龄分'])); r++; }
  ages.forEach((lab, i) => row('a' + i, (ageHdr ? '　' : '') + lab, (x) => x.ag[i]));
  if (hasEdu) row('e', pick(['大专及以上学历', '具有大专及以上学历', '大专以上学历']), (x) => x.e);
  for (const k of rateRows) {
    const lab = k === '女' ? '女性占比' : k === 'young' ? ages[0] + '占比' : '大专以上学历占比';
    const nk = k === '女' ? 'f' : k === 'young' ? 'a0' : 'e';
    const getter = (x) => ((k === '女' ? x.f : k === 'young' ? x.ag[0] : x.e) / x.T) * 100;
    row('r' + k, lab + (unitCol ? '' : '(%)'), getter, d, '%', true);
    cols.forEach((x, i) => s.rel({ t: 'rate', cell: A(rowsOut['r' + k], cData[i]), num: A(rowsOut[nk], cData[i]), den: A(rowsOut.T, cData[i]), k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'share' }));
  }
  if (hasPrev) {
    row('P', '上年' + subj + '总数', (x) => x.P);
    row('g', '比上年增长' + (unitCol ? '' : '(%)'), (x) => (x.T / x.P - 1) * 100, 1, '%');
    cols.forEach((x, i) => s.rel({ t: 'growth', cell: A(rowsOut.g, cData[i]), cur: A(rowsOut.T, cData[i]), prev: A(rowsOut.P, cData[i]), tol: tolRate(1), kind: 'growth' }));
  }
  const last = r - 1;
  // relations
  const tc = cData[cols.indexOf(tot)];
  const dcs = data.map((x) => cData[cols.indexOf(x)]);
  for (const k of ['T', 'f', 'o', 'a0', 'a1', 'a2', 'a3', 'e', 'P']) if (rowsOut[k]) s.rel({ t: 'sum', total: A(rowsOut[k], tc), parts: dcs.map((cc) => A(rowsOut[k], cc)), tol: tolSum(), role: 'sum', top: true });
  for (const cc of cData) {
    s.rel({ t: 'sum', total: A(rowsOut.T, cc), parts: [0, 1, 2, 3].map((i) => A(rowsOut['a' + i], cc)), tol: tolSum(), role: 'sum' });
    for (const k of ['f', 'o', 'e']) if (rowsOut[k]) s.rel({ t: 'le', whole: A(rowsOut.T, cc), parts: [A(rowsOut[k], cc)], tol: 0, kind: 'le' });
  }
  footer(s, last + 1, width);
  s.widths[cName] = 20;
  return s;
}

// ---------------- Template D: 行业分层 (一、非公企业 / 二、社会组织) coverage ----------------
function tD(sheetName) {
  const s = new SheetM(sheetName, sheetOpt());
  const d = pick([1, 1, 2]);
  const pctFmt = s.opt.pctFmt;
  const groups = [
    { name: pick(['非公有制企业', '非公企业']), leaves: shuffle(IND1).slice(0, ri(3, 7)), owner: true },
    { name: '社会组织', leaves: shuffle(IND2).slice(0, ri(2, 5)), owner: false },
  ];
  const hasGrowth = chance(0.6), hasOwner = chance(0.7), hasCov = chance(0.8), hasOwnRate = hasOwner && chance(0.5);
  const mk = (isOwner) => {
    const U = ri(5, 2500), B = Math.min(U, Math.round(U * ru(0.3, 0.95))), M = ri(B, B * ri(3, 12) + 5), P = Math.max(3, Math.round(M / (1 + ru(-0.05, 0.25)))), S = ri(Math.max(1, Math.round(B * 0.8)), B), O = isOwner ? Math.round(S * ru(0.05, 0.5)) : 0;
    return { U, B, M, P, S, O };
  };
  for (const g of groups) { g.vals = g.leaves.map(() => mk(g.owner)); g.sub = { U: 0, B: 0, M: 0, P: 0, S: 0, O: 0 }; for (const v of g.vals) for (const k in g.sub) g.sub[k] += v[k]; }
  const tot = { U: 0, B: 0, M: 0, P: 0, S: 0, O: 0 }; for (const g of groups) for (const k in tot) tot[k] += g.sub[k];
  let c = 1;
  const cName = c++;
  const cU = c++, cB = c++, cCov = hasCov ? c++ : 0, cM = c++, cP = hasGrowth ? c++ : 0, cG = hasGrowth ? c++ : 0, cS = c++, cO = hasOwner ? c++ : 0, cOR = hasOwnRate ? c++ : 0;
  const width = c - 1;
  let r = titleBlock(s, width, (chance(0.5) ? pick(CITIES) : pick(['全省', '全市'])) + pick(['两新组织党的组织和工作覆盖情况', '非公有制企业和社会组织党建工作基本情况统计表', '“两新”组织党组织、党员及书记情况分行业统计表']), chance(0.7) ? ['', pick(['单位：个、人、%', '单位：个，人，%'])] : null);
  const h0 = r;
  s.merge(h0, cName, h0 + 1, cName, pick(['类别', '行业', '项目', '组织类别']));
  s.merge(h0, cU, h0, cCov || cB, pick(['组织覆盖', '党组织覆盖情况']));
  s.merge(h0 + 1, cU, h0 + 1, cU, pick(['单位数', '法人单位数（个）', '总数']));
  s.merge(h0 + 1, cB, h0 + 1, cB, pick(['已建党组织单位数', '建立党组织的单位数', '其中：已建立党组织']));
  if (cCov) s.merge(h0 + 1, cCov, h0 + 1, cCov, pick(['覆盖率(%)', '党组织覆盖率（%）']));
  s.merge(h0, cM, h0, cG || cM, pick(['党员情况', '党员']));
  s.merge(h0 + 1, cM, h0 + 1, cM, pick(['党员数', '本年党员数', '党员总数']));
  if (cP) { s.merge(h0 + 1, cP, h0 + 1, cP, pick(['上年党员数', '上年同期'])); s.merge(h0 + 1, cG, h0 + 1, cG, pick(['比上年增长(%)', '增长率（%）', '增幅%'])); }
  s.merge(h0, cS, h0, cOR || cO || cS, pick(['党组织书记', '书记队伍']));
  s.merge(h0 + 1, cS, h0 + 1, cS, pick(['书记人数', '书记数', '合计']));
  if (cO) s.merge(h0 + 1, cO, h0 + 1, cO, pick(['其中：出资人兼任', '出资人兼任书记']));
  if (cOR) s.merge(h0 + 1, cOR, h0 + 1, cOR, pick(['兼任比例(%)', '出资人兼任占比（%）']));
  r = h0 + 2;
  if (chance(0.3)) { s.txt(r, cName, '甲', { align: 'center' }); for (let cc = cU; cc <= width; cc++) s.txt(r, cc, String(cc - 1), { align: 'center' }); r++; }
  const totTop = chance(0.7);
  const leafStyle = pick(['paren', 'indent', 'num', 'plain']);
  const zeroDash = ZERO_DASH();
  const writeRow = (label, v, st) => {
    s.txt(r, cName, label, st === 'tot' || st === 'sub' ? { bold: true } : (leafStyle === 'indent' ? { indent: 1 } : {}));
    const o = {};
    o.U = s.num(r, cU, v.U); o.B = s.num(r, cB, v.B);
    if (cCov) { if (v.U) { s.num(r, cCov, (v.B / v.U) * 100, d, { pctFmt }); s.rel({ t: 'rate', cell: A(r, cCov), num: o.B, den: o.U, k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'rate' }); } else s.txt(r, cCov, '—'); }
    o.M = s.num(r, cM, v.M);
    if (cP) { o.P = s.num(r, cP, v.P); s.num(r, cG, (v.M / v.P - 1) * 100, 1); s.rel({ t: 'growth', cell: A(r, cG), cur: o.M, prev: o.P, tol: tolRate(1), kind: 'growth' }); }
    o.S = s.num(r, cS, v.S);
    if (cO) { o.O = s.num(r, cO, v.O, 0, { dash: zeroDash !== 0 ? zeroDash : undefined }); s.rel({ t: 'le', whole: o.S, parts: [o.O], tol: 0, kind: 'le' }); }
    if (cOR) { if (v.S && (v.O || st !== 'leaf' || zeroDash === 0)) { s.num(r, cOR, (v.O / v.S) * 100, d, { pctFmt }); s.rel({ t: 'rate', cell: A(r, cOR), num: o.O, den: o.S, k: pctFmt ? 1 : 100, tol: tolRate(d, pctFmt), kind: 'rate' }); } else s.txt(r, cOR, '—'); }
    s.rel({ t: 'le', whole: o.U, parts: [o.B], tol: 0, kind: 'le' });
    r++;
    return o;
  };
  const keys = ['U', 'B', 'M', 'P', 'S', 'O'].filter((k) => (k !== 'P' || cP) && (k !== 'O' || cO));
  let totCells;
  const totLabel = pick(['总计', '合计', '全市总计', '合　计']);
  if (totTop) totCells = writeRow(totLabel, tot, 'tot');
  const subCells = [];
  groups.forEach((g, gi) => {
    const sc = writeRow(CN[gi] + '、' + g.name, g.sub, 'sub');
    subCells.push(sc);
    const lc = g.leaves.map((lf, j) => writeRow(leafStyle === 'paren' ? '（' + CN[j] + '）' + lf : leafStyle === 'num' ? (j + 1) + '.' + lf : leafStyle === 'indent' ? lf : '　　' + lf, g.vals[j], 'leaf'));
    for (const k of keys) s.rel({ t: 'sum', total: sc[k], parts: lc.map((x) => x[k]), tol: tolSum(), role: 'sum' });
  });
  if (!totTop) totCells = writeRow(totLabel, tot, 'tot');
  for (const k of keys) s.rel({ t: 'sum', total: totCells[k], parts: subCells.map((x) => x[k]), tol: tolSum(), role: 'sum', top: true });
  footer(s, r, width);
  s.widths[cName] = 26;
  return s;
}

// ---------------- Template E: 本月/累计 发展党员 by month (running) ----------------
function tE(sheetName) {
  const s = new SheetM(sheetName, sheetOpt());
  const y = YEAR();
  const M = ri(3, 12);
  const d = 1;
  const months = [];
  let cum = 0, cumP = 0, cy = 0, cyC = 0;
  const hasYoung = chance(0.6), hasPrev = chance(0.8);
  for (let m = 1; m <= M; m++) {
    const v = ri(0, 60) + (m % 6 === 0 ? ri(10, 80) : 0); const pv = ri(0, 60) + (m % 6 === 0 ? ri(10, 80) : 0);
    const yv = Math.round(v * ru(0.4, 0.9));
    cum += v; cumP += pv; cyC += yv;
    months.push({ m, v, cum, cumP, yv, cyC });
  }
  let c = 1;
  const cName = c++, cV = c++, cC = c++, cCP = hasPrev ? c++ : 0, cG = hasPrev ? c++ : 0, cY = hasYoung ? c++ : 0, cYC = hasYoung ? c++ : 0;
  const width = c - 1;
  let r = titleBlock(s, width, y + '年' + pick(['两新组织发展党员情况月报表', '非公企业和社会组织发展党员进度表', '两新组织发展党员统计（分月）']), chance(0.7) ? ['', '单位：名、%'] : null);
  const h0 = r;
  s.merge(h0, cName, h0 + 1, cName, pick(['月份', '时间', '统计月份']));
  s.merge(h0, cV, h0, cCP ? cG : cC, pick(['发展党员', '新发展党员数']));
  s.merge(h0 + 1, cV, h0 + 1, cV, pick(['本月', '当月']));
  s.merge(h0 + 1, cC, h0 + 1, cC, pick(['累计', '本年累计', '1月至本月累计']));
  if (cCP) { s.merge(h0 + 1, cCP, h0 + 1, cCP, pick(['上年同期累计', '上年同期'])); s.merge(h0 + 1, cG, h0 + 1, cG, pick(['同比增长(%)', '累计比上年同期增长（%）', '增长%'])); }
  if (cY) { s.merge(h0, cY, h0, cYC, pick(['其中：35岁及以下', '其中：青年党员（35岁及以下）'])); s.merge(h0 + 1, cY, h0 + 1, cY, '本月'); s.merge(h0 + 1, cYC, h0 + 1, cYC, '累计'); }
  r = h0 + 2;
  let prevRow = null;
  for (const x of months) {
    s.txt(r, cName, pick([x.m + '月', x.m + '月份']).replace(/月份$/, chance(0.5) ? '月份' : '月'));
    s.num(r, cV, x.v, 0, { dash: x.v === 0 && chance(0.5) ? '—' : undefined });
    s.num(r, cC, x.cum);
    if (prevRow === null) s.rel({ t: 'sum', total: A(r, cC), parts: [A(r, cV)], tol: 1e-6, role: 'running' });
    else s.rel({ t: 'sum', total: A(r, cC), parts: [A(prevRow, cC), A(r, cV)], tol: 1e-6, role: 'running' });
    s.rel({ t: 'le', whole: A(r, cC), parts: [A(r, cV)], tol: 0, kind: 'le' });
    if (cCP) { s.num(r, cCP, x.cumP); if (x.cumP) { s.num(r, cG, (x.cum / x.cumP - 1) * 100, d); s.rel({ t: 'growth', cell: A(r, cG), cur: A(r, cC), prev: A(r, cCP), tol: tolRate(d), kind: 'growth' }); } else s.txt(r, cG, '—'); }
    if (cY) {
      s.num(r, cY, x.yv, 0, { dash: x.yv === 0 && chance(0.5) ? '—' : undefined }); s.num(r, cYC, x.cyC);
      if (prevRow === null) s.rel({ t: 'sum', total: A(r, cYC), parts: [A(r, cY)], tol: 1e-6, role: 'running' });
      else s.rel({ t: 'sum', total: A(r, cYC), parts: [A(prevRow, cYC), A(r, cY)], tol: 1e-6, role: 'running' });
      s.rel({ t: 'le', whole: A(r, cV), parts: [A(r, cY)], tol: 0, kind: 'le' });
      s.rel({ t: 'le', whole: A(r, cC), parts: [A(r, cYC)], tol: 0, kind: 'le' });
    }
    prevRow = r; r++;
  }
  footer(s, r, width);
  return s;
}

// ---------------- Template F: 本月/累计 by region ----------------
function tF(sheetName) {
  const s = new SheetM(sheetName, sheetOpt());
  const y = YEAR(), m = ri(2, 11);
  const regs = shuffle(chance(0.5) ? COUNTIES : STREETS).slice(0, ri(4, 10));
  const data = regs.map(() => { const C = ri(5, 400); const V = Math.min(C, ri(0, Math.max(1, Math.round(C / m * 2)))); const P = Math.max(1, Math.round(C / (1 + ru(-0.3, 0.4)))); return { V, C, P }; });
  const tot = { V: 0, C: 0, P: 0 }; for (const x of data) { tot.V += x.V; tot.C += x.C; tot.P += x.P; }
  let c = 1;
  const seq = chance(0.4) ? c++ : 0;
  const cName = c++, cV = c++, cC = c++, cP = c++, cG = c++;
  const width = c - 1;
  let r = titleBlock(s, width, y + '年1-' + m + '月各地两新组织发展党员情况', chance(0.7) ? ['', '单位：名、%'] : null);
  const h0 = r;
  if (seq) s.merge(h0, seq, h0 + 1, seq, '序号');
  s.merge(h0, cName, h0 + 1, cName, pick(['地区', '单位']));
  s.merge(h0, cV, h0 + 1, cV, m + '月' + pick(['发展', '新发展党员']));
  s.merge(h0, cC, h0, cG, pick(['1-' + m + '月累计', '本年累计']));
  s.merge(h0 + 1, cC, h0 + 1, cC, pick(['本年', '累计']));
  s.merge(h0 + 1, cP, h0 + 1, cP, pick(['上年同期', '去年同期']));
  s.merge(h0 + 1, cG, h0 + 1, cG, pick(['增长(%)', '同比±%']));
  r = h0 + 2;
  const totTop = chance(0.5);
  const rowOf = new Map();
  const rows = totTop ? [tot, ...data] : [...data, tot];
  let n = 1;
  for (const x of rows) {
    const it = x === tot;
    if (seq && !it) s.num(r, seq, n++, 0, { text: false });
    s.txt(r, cName, it ? pick(['合计', '全市', '总计']) : regs[data.indexOf(x)], it ? { bold: true } : {});
    s.num(r, cV, x.V, 0, { dash: x.V === 0 ? '—' : undefined }); s.num(r, cC, x.C); s.num(r, cP, x.P);
    s.num(r, cG, (x.C / x.P - 1) * 100, 1);
    s.rel({ t: 'growth', cell: A(r, cG), cur: A(r, cC), prev: A(r, cP), tol: tolRate(1), kind: 'growth' });
    s.rel({ t: 'le', whole: A(r, cC), parts: [A(r, cV)], tol: 0, kind: 'le' });
    rowOf.set(x, r); r++;
  }
  for (const cc of [cV, cC, cP]) s.rel({ t: 'sum', total: A(rowOf.get(tot), cc), parts: data.map((x) => A(rowOf.get(x), cc)), tol: tolSum(), role: 'sum', top: true });
  footer(s, r, width);
  return s;
}

const TEMPLATES = { A: tA, B: tB, C: tC, D: tD, E: tE, F: tF };
const SHEETNAMES = { A: ['书记结构', '书记队伍', '表1', 'Sheet1', '书记年龄学历'], B: ['结构对比', '占比分析', '表2', '结构'], C: ['分县区', '各县区', '党员结构', '表3'], D: ['分行业', '覆盖情况', '行业', '表4'], E: ['分月', '发展党员月报', '月报'], F: ['分地区进度', '发展进度', '累计'] };

// ---------------- planting ----------------
function plantCands(sheets, kind) {
  const out = [];
  for (const s of sheets) {
    const sumRels = s.rels.filter((x) => x.t === 'sum' && x.role === 'sum');
    const partSet = new Set(sumRels.flatMap((x) => x.parts));
    const totSet = new Set(sumRels.map((x) => x.total));
    const nv = (a) => (s.numCells[a] ? Math.abs(s.numCells[a].v) : 0);
    const push = (a) => { if (s.numCells[a] && s.cells[a] && s.cells[a].numeric) out.push([s, a]); };
    if (kind === 'total') sumRels.filter((x) => x.top && !partSet.has(x.total)).forEach((x) => nv(x.total) >= 20 && push(x.total));
    if (kind === 'subtotal') sumRels.filter((x) => partSet.has(x.total) && totSet.has(x.total) && !x.top).forEach((x) => nv(x.total) >= 20 && push(x.total));
    if (kind === 'subtotal') sumRels.filter((x) => !x.top && partSet.has(x.total)).length; // noop
    if (kind === 'part') [...partSet].filter((a) => !totSet.has(a) && nv(a) >= 20).forEach(push);
    if (kind === 'rate') s.rels.filter((x) => x.t === 'rate' && x.kind === 'rate').forEach((x) => push(x.cell));
    if (kind === 'share') s.rels.filter((x) => x.t === 'rate' && x.kind === 'share').forEach((x) => push(x.cell));
    if (kind === 'growth') s.rels.filter((x) => x.t === 'growth').forEach((x) => push(x.cell));
    if (kind === 'pp') s.rels.filter((x) => x.t === 'pp' && x.kind === 'pp').forEach((x) => push(x.cell));
    if (kind === 'running') s.rels.filter((x) => x.role === 'running' && x.parts.length === 2).forEach((x) => nv(x.total) >= 20 && push(x.total));
  }
  // subtotal for C/A style: totals of row-sums (书记总数 in a region row is total of age sum and part of column sum)
  if (kind === 'subtotal' && out.length === 0) {
    for (const s of sheets) {
      const sumRels = s.rels.filter((x) => x.t === 'sum' && x.role === 'sum');
      const partSet = new Set(sumRels.flatMap((x) => x.parts));
      sumRels.filter((x) => !x.top && partSet.has(x.total)).forEach((x) => { if (s.numCells[x.total] && s.cells[x.total].numeric && s.numCells[x.total].v >= 20) out.push([s, x.total]); });
    }
  }
  return out;
}
function applyPlant(s, a, kind) {
  const nc = s.numCells[a];
  const was = nc.v;
  let now;
  if (['total', 'subtotal', 'part', 'running'].includes(kind)) {
    const f = ru(0.05, 0.3) * (chance(0.5) ? 1 : -1);
    now = Math.round(was * (1 + f)); if (Math.abs(now - was) < 2) now = was + (f > 0 ? 3 : -3);
    if (now < 0) now = was + 3;
  } else {
    let delta = kind === 'pp' ? ru(1.5, 4) : kind === 'growth' ? ru(3, 12) : ru(2, 8);
    if (nc.pctFmt) delta /= 100;
    now = was + (chance(0.5) ? delta : -delta);
    const lim = nc.pctFmt ? 1 : 100;
    if (kind !== 'growth' && kind !== 'pp' && (now < 0 || now > lim)) now = was - (now - was);
    if (kind !== 'growth' && kind !== 'pp' && (now < 0 || now > lim)) now = was + delta * 0.5;
    now = rnd(now, nc.d);
  }
  nc.v = now;
  const c = s.cells[a];
  c.v = nc.text ? now.toFixed(nc.d) : now;
  return { was, now };
}

// ---------------- write ----------------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a, c] of Object.entries(s.cells)) {
      const cell = ws.getCell(a);
      cell.value = c.v;
      if (c.fmt) cell.numFmt = c.fmt;
      const al = {};
      if (c.align) al.horizontal = c.align;
      if (c.indent) { al.indent = c.indent; al.horizontal = 'left'; }
      if (Object.keys(al).length) cell.alignment = al;
      if (c.bold || c.size) cell.font = { bold: !!c.bold, size: c.size || 11 };
    }
    for (const m of s.merges) { try { ws.mergeCells(m[0], m[1], m[2], m[3]); } catch (e) { throw new Error(s.name + ' merge ' + m + ': ' + e.message); } }
    for (let c = 1; c <= s.maxC; c++) ws.getColumn(c).width = s.widths[c] || 11;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const dir = path.join(ROOT, SET);
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) fs.unlinkSync(path.join(dir, f));
  const manifest = [];
  const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  const nPlant = Math.round(N * PLANT_FRAC);
  const plantIdx = new Set(shuffle([...Array(N).keys()]).slice(0, nPlant));
  let kindI = ri(0, 7);
  for (let i = 0; i < N; i++) {
    const doPlant = plantIdx.has(i);
    let kind = doPlant ? KINDS[kindI++ % KINDS.length] : null;
    let sheets, cands;
    for (let tries = 0; ; tries++) {
      const nS = ri(1, 3);
      let keys = shuffle(Object.keys(TEMPLATES)).slice(0, nS);
      if (kind === 'running' && !keys.includes('E')) keys[0] = 'E';
      if (kind === 'pp' && !keys.includes('B')) keys[0] = 'B';
      if (kind === 'rate' && !keys.includes('D')) keys[0] = 'D';
      const used = new Set();
      sheets = keys.map((k) => { let nm = pick(SHEETNAMES[k]); while (used.has(nm)) nm = nm + '1'; used.add(nm); return TEMPLATES[k](nm); });
      if (!doPlant) break;
      cands = plantCands(sheets, kind);
      if (cands.length) break;
      if (tries > 30) throw new Error('no cands for ' + kind);
    }
    const file = `${SET}-${String(i + 1).padStart(3, '0')}.xlsx`;
    const relOut = {};
    for (const s of sheets) relOut[s.name] = s.rels;
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(relOut));
    const plants = [];
    if (doPlant) {
      const [s, a] = pick(cands);
      const { was, now } = applyPlant(s, a, kind);
      const get = (x) => (s.cells[x] ? s.cells[x].v : null);
      const broken = s.rels.filter((rl) => { const e = evalRel(rl, get); return e !== null && e > 1e-9; }).length;
      plants.push({ sheet: s.name, cell: a, was, now, kind, broken });
    }
    await writeBook(path.join(dir, file), sheets);
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, 'written', N, 'books,', nPlant, 'planted');
})().catch((e) => { console.error(e); process.exit(2); });
