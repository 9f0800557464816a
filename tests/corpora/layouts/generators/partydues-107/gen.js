// node gen.js SET NCLEAN NPLANT SEED [VAR]
// Generates party-dues (党费收缴、使用和管理) workbooks; records relations in rel/<file>.json; plants single errors.
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const U = (a, b) => a + (b - a) * R();
const I = (a, b) => Math.floor(U(a, b + 1));
const P = (p) => R() < p;
const pick = (a) => a[Math.floor(R() * a.length)];
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const rnd = (v, d) => { const f = 10 ** d; return Math.round(v * f + (v >= 0 ? 1e-7 : -1e-7)) / f; };
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const rtol = (d) => 0.5 * 10 ** -d * 1.0001 + 1e-9;

let B = {}; // book options
let VAR = 0;

const CITIES = ['临江市', '青州市', '安平市', '云岭市', '江口市', '宁川市', '白石市', '东阳市'];
const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '临江县', '青山县', '白水县', '河西县', '南丰县', '北塘区', '安平县', '永宁县', '凤凰县', '石门县', '新港区', '桃源县', '清河县'];
const STREETS = ['东湖街道', '西园街道', '南门街道', '北关街道', '新华街道', '解放街道', '人民路街道', '柳林镇', '石桥镇', '杨庄镇', '河口镇', '李集乡', '王店乡', '青龙镇', '双庙镇', '湖滨街道', '站前街道', '城北街道'];
const NPE = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '住宿和餐饮业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业'];
const SOC = ['行业协会商会', '学术类社团', '社会服务机构（民办非企业单位）', '基金会', '律师事务所', '会计师事务所', '专业类社团'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const NAMES = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵敏', '黄磊'];

// ---------- sheet builder ----------
class SB {
  constructor(wb, name) { this.ws = wb.addWorksheet(name); this.name = name; this.rels = []; this.dec = {}; }
  A(r, c) { return colL(c) + r; }
  txt(r, c, s) { this.ws.getCell(r, c).value = s; }
  num(r, c, v, d, raw) {
    const a = this.A(r, c), cell = this.ws.getCell(r, c);
    this.dec[a] = d;
    if (v === null || v === undefined) { cell.value = B.zero === '' ? null : B.zero; return a; }
    if (v === 0 && B.zeroDash && P(0.6)) { cell.value = B.zero === '' ? null : B.zero; return a; }
    const fmt = d === 0 ? pick(['0', '#,##0']) : (B.comma ? '#,##0.' : '0.') + '0'.repeat(d);
    if (raw) { cell.value = v; cell.numFmt = fmt; return a; }
    const x = rnd(v, d);
    if (B.textP && R() < B.textP) cell.value = x.toFixed(d); else { cell.value = x; cell.numFmt = fmt; }
    return a;
  }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.ws.mergeCells(r1, c1, r2, c2); }
  rel(o) { this.rels.push(o); }
}

function titleBlock(sb, r, ncol, title, unit) {
  if (P(0.2)) { sb.txt(r, 1, pick(['附件1', '附件2', '附表3', '表' + I(1, 6)])); r++; }
  sb.txt(r, 1, title); sb.merge(r, 1, r, ncol); r++;
  if (P(0.3)) { sb.txt(r, 1, `（${B.year}年1月—${pick([6, 9, 12])}月）`); sb.merge(r, 1, r, ncol); r++; }
  if (unit) {
    const u = unit;
    const s = pick(['L', 'R', 'both']);
    if (s === 'L') sb.txt(r, 1, u);
    else if (s === 'R') sb.txt(r, ncol, u);
    else { sb.txt(r, 1, `填报单位：中共${B.city}委组织部（盖章）`); sb.txt(r, Math.max(2, ncol - 1), u); }
    r++;
  }
  return r;
}
function notesBlock(sb, r, ncol, extra) {
  if (P(0.3)) r++;
  const notes = [];
  if (P(0.7)) notes.push('注：1.收缴率=实交党费÷应交党费×100%；2.本表统计范围为非公有制企业和社会组织党组织；' + (extra || ''));
  if (P(0.3)) notes.push(`说明：全年共有${I(2, 30)}个党组织存在未按月交纳情况，已督促补交。`);
  if (P(0.8)) notes.push(`填报人：${pick(NAMES)}　　审核人：${pick(NAMES)}　　联系电话：0${I(531, 799)}-${I(6000000, 8999999)}　　填报日期：${B.year + 1}年1月${I(5, 25)}日`);
  for (const n of notes) { sb.txt(r, 1, n); if (P(0.5)) sb.merge(r, 1, r, ncol); r++; }
  return r;
}

// ---------- generic grid ----------
// spec.cols: {key,h,g,type:'add'|'hsum'|'rate'|'share'|'growth'|'pp'|'given', d, raw, hidden, num,den,k, cur,prev, parts, ofCol}
// spec.rows: {label, kind:'leaf'|'sum'|'of', children, parent, split (group id), vals, tag}
function grid(sb, spec) {
  const rows = spec.rows, cols = spec.cols;
  const V = rows.map((r) => Object.assign({}, r.vals || {}));
  const addCols = cols.filter((c) => c.type === 'add');
  const hsumCols = cols.filter((c) => c.type === 'hsum');
  const fix = (c, v) => (c.raw ? v : rnd(v, c.d));
  // sums (recursive)
  const done = new Set();
  function calc(i) {
    if (done.has(i)) return; const r = rows[i];
    if (r.kind === 'sum') { for (const ch of r.children) calc(ch); for (const c of addCols) V[i][c.key] = fix(c, r.children.reduce((a, ch) => a + (V[ch][c.key] || 0), 0)); }
    if (r.kind === 'leaf') for (const c of addCols) if (c.ofCol) V[i][c.key] = fix(c, V[i][c.ofCol] * U(0.3, 0.85));
    done.add(i);
  }
  // leaf 'of' columns first (ofCol on leaf) then sums
  rows.forEach((r, i) => { if (r.kind === 'leaf') calc(i); });
  rows.forEach((r, i) => { if (r.kind === 'sum') calc(i); });
  // of rows
  const groups = {};
  rows.forEach((r, i) => { if (r.kind === 'of') { calc(r.parent); if (r.split) (groups[r.split] = groups[r.split] || []).push(i); } });
  rows.forEach((r, i) => {
    if (r.kind !== 'of') return;
    const g = r.split ? groups[r.split] : null;
    if (g && g[g.length - 1] === i) {
      for (const c of addCols) V[i][c.key] = fix(c, V[r.parent][c.key] - g.slice(0, -1).reduce((a, j) => a + V[j][c.key], 0));
    } else {
      const f = g ? U(0.5, 0.75) : U(0.2, 0.7);
      for (const c of addCols) V[i][c.key] = fix(c, V[r.parent][c.key] * f * U(0.95, 1.0));
      // keep integer people counts ordered (实交<=应交)
      if (V[i].sjr !== undefined && V[i].yjr !== undefined && V[i].sjr > V[i].yjr) V[i].sjr = V[i].yjr;
      if (V[i].sja !== undefined && V[i].yja !== undefined && V[i].sja > V[i].yja) V[i].sja = V[i].yja;
    }
  });
  rows.forEach((r, i) => { for (const c of hsumCols) V[i][c.key] = fix(c, c.parts.reduce((a, p) => a + (V[i][p] || 0), 0)); });
  // derived
  const totalIdx = rows.findIndex((r) => r.tag === 'total');
  rows.forEach((r, i) => {
    for (const c of cols) {
      if (c.type === 'rate') { const d = V[i][c.den]; V[i][c.key] = d ? rnd(V[i][c.num] / d * c.k, c.d) : null; }
      if (c.type === 'growth') { const p = V[i][c.prev]; V[i][c.key] = p ? rnd((V[i][c.cur] / p - 1) * 100, c.d) : null; }
    }
  });
  rows.forEach((r, i) => {
    for (const c of cols) {
      if (c.type === 'share') { const di = c.denRow === 'parent' ? (r.shareDen !== undefined ? r.shareDen : null) : totalIdx; const d = di === null || di === undefined ? null : V[di][c.of]; V[i][c.key] = d ? rnd(V[i][c.of] / d * 100, c.d) : null; if (di === i && c.denRow === 'parent') V[i][c.key] = d ? 100 : null; }
      if (c.type === 'pp') { const a = V[i][c.cur], b = V[i][c.prev]; V[i][c.key] = a === null || b === null || a === undefined || b === undefined ? null : rnd(a - b, c.d); }
    }
  });
  // layout
  const vis = cols.filter((c) => !c.hidden);
  const hasG = vis.some((c) => c.g);
  const addr = {}; // addr[i][key]
  let r = 1;
  if (!spec.transpose) {
    const seq = spec.seq;
    const lc = seq ? 2 : 1, c0 = lc + 1;
    const ncol = lc + vis.length;
    r = titleBlock(sb, r, ncol, spec.title, spec.unit);
    const h1 = r, h2 = hasG ? r + 1 : r;
    if (seq) { sb.txt(h1, 1, '序号'); sb.merge(h1, 1, h2, 1); }
    sb.txt(h1, lc, spec.labelHeader); sb.merge(h1, lc, h2, lc);
    vis.forEach((c, j) => {
      const cc = c0 + j;
      if (c.g) {
        if (j === 0 || vis[j - 1].g !== c.g) { let e = j; while (e + 1 < vis.length && vis[e + 1].g === c.g) e++; sb.txt(h1, cc, c.g); sb.merge(h1, cc, h1, c0 + e); }
        sb.txt(h2, cc, c.h);
      } else { sb.txt(h1, cc, c.h); sb.merge(h1, cc, h2, cc); }
    });
    r = h2 + 1;
    if (spec.colnum) { if (seq) sb.txt(r, 1, '乙'); sb.txt(r, lc, '甲'); vis.forEach((c, j) => sb.num(r, c0 + j, j + 1, 0)); r++; }
    let sq = 0;
    rows.forEach((rw, i) => {
      addr[i] = {};
      if (seq && rw.kind === 'leaf') sb.num(r, 1, ++sq, 0);
      sb.txt(r, lc, rw.label);
      if (rw.kind !== 'head') vis.forEach((c, j) => { addr[i][c.key] = sb.num(r, c0 + j, V[i][c.key], c.d, c.raw); });
      r++;
    });
    r = notesBlock(sb, r, ncol, spec.note);
  } else {
    const lcN = hasG ? 2 : 1;
    const ncol = lcN + rows.length;
    r = titleBlock(sb, r, ncol, spec.title, spec.unit);
    sb.txt(r, 1, spec.tHeader || '指标'); if (hasG) sb.merge(r, 1, r, 2);
    rows.forEach((rw, i) => sb.txt(r, lcN + 1 + i, rw.label.replace(/^[　 ]+/, '')));
    r++;
    vis.forEach((c, j) => {
      if (hasG) {
        if (c.g) { if (j === 0 || vis[j - 1].g !== c.g) { let e = j; while (e + 1 < vis.length && vis[e + 1].g === c.g) e++; sb.txt(r, 1, c.g); sb.merge(r, 1, r + e - j, 1); } sb.txt(r, 2, c.h); }
        else { sb.txt(r, 1, c.h); sb.merge(r, 1, r, 2); }
      } else sb.txt(r, 1, c.h);
      rows.forEach((rw, i) => { addr[i] = addr[i] || {}; addr[i][c.key] = sb.num(r, lcN + 1 + i, V[i][c.key], c.d, c.raw); });
      r++;
    });
    r = notesBlock(sb, r, ncol, spec.note);
  }
  // relations
  const isVis = (k) => vis.some((c) => c.key === k);
  rows.forEach((rw, i) => {
    if (rw.kind === 'head') return;
    for (const c of vis) {
      const a = addr[i][c.key];
      if (c.type === 'add' && rw.kind === 'sum') sb.rel({ t: 'sum', total: a, parts: rw.children.map((ch) => addr[ch][c.key]), tol: c.raw ? 1e-6 : 1e-6 + 10 ** -c.d * 0.01, tag: rw.tag || 'total' });
      if (c.type === 'add' && rw.kind === 'of') {
        const g = rw.split ? rows.map((x, j) => (x.split === rw.split ? j : -1)).filter((j) => j >= 0) : null;
        if (g) { if (g[g.length - 1] === i) sb.rel({ t: 'sum', total: addr[rw.parent][c.key], parts: g.map((j) => addr[j][c.key]), tol: 1e-6, tag: 'total', split: true }); }
        else sb.rel({ t: 'le', whole: addr[rw.parent][c.key], parts: [a], tol: 1e-6 });
      }
      if (c.type === 'add' && c.ofCol && isVis(c.ofCol)) sb.rel({ t: 'le', whole: addr[i][c.ofCol], parts: [a], tol: 1e-6 });
      if (c.type === 'hsum' && c.parts.every(isVis)) sb.rel({ t: 'sum', total: a, parts: c.parts.map((p) => addr[i][p]), tol: 1e-6, tag: 'total', h: true });
      if (c.type === 'rate' && isVis(c.num) && isVis(c.den) && V[i][c.key] !== null) sb.rel({ t: 'rate', cell: a, num: addr[i][c.num], den: addr[i][c.den], k: c.k, tol: rtol(c.d), tag: c.tag || 'rate' });
      if (c.type === 'growth' && isVis(c.cur) && isVis(c.prev) && V[i][c.key] !== null) sb.rel({ t: 'growth', cell: a, cur: addr[i][c.cur], prev: addr[i][c.prev], tol: rtol(c.d), tag: 'growth' });
      if (c.type === 'pp' && isVis(c.cur) && isVis(c.prev) && V[i][c.key] !== null) sb.rel({ t: 'pp', cell: a, cur: addr[i][c.cur], prev: addr[i][c.prev], tol: rtol(c.d), tag: 'pp' });
      if (c.type === 'share' && V[i][c.key] !== null) {
        const di = c.denRow === 'parent' ? rw.shareDen : totalIdx;
        if (di !== undefined && di !== null && di !== i) sb.rel({ t: 'rate', cell: a, num: addr[i][c.of], den: addr[di][c.of], k: 100, tol: rtol(c.d), tag: 'share' });
      }
    }
  });
}

// ---------- data ----------
function moneyUnit() {
  const m = pick([{ n: '元', div: 1, d: 2 }, { n: '元', div: 1, d: 2 }, { n: '万元', div: 1e4, d: 2 }, { n: '万元', div: 1e4, d: 4 }, { n: '万元', div: 1e4, d: 2, raw: true }]);
  if (VAR === 2 && P(0.3)) return { n: '万元', div: 1e4, d: 2, raw: true };
  return m;
}
function entity(mu, scale = 1) {
  const orgs = Math.max(3, Math.round(I(12, 260) * scale));
  const members = orgs * I(6, 22);
  const yjr = Math.round(members * U(0.9, 0.995));
  const sjr = Math.round(yjr * U(0.88, 1));
  const per = U(180, 1100);
  const yjaY = yjr * per;
  const sjaY = sjr * per * U(0.97, 1.0);
  const prevY = sjaY / U(0.82, 1.25);
  const prevYja = prevY / U(0.85, 0.99);
  const m = (y) => (mu.raw ? y / mu.div : rnd(y / mu.div, mu.d));
  return { orgs, members, yjr, sjr, yja: m(yjaY), sja: m(sjaY), prev: m(prevY), pyja: m(prevYja), _y: sjaY };
}
const rateD = () => pick([1, 2, 2]);
function leafLabel(name, i, style) {
  if (style === 'num') return `${i + 1}.${name}`;
  if (style === 'paren') return `（${CN[i]}）${name}`;
  if (style === 'indent') return '　　' + name;
  return name;
}

// A: 县区收缴情况
function tplA(wb) {
  const name = pick(['收缴情况', '表1', '党费收缴', '各县区收缴情况', 'Sheet1', '分县区']);
  const sb = new SB(wb, name);
  const mu = moneyUnit();
  const rd = rateD();
  const n = I(5, 13);
  const regs = shuffle(COUNTIES).slice(0, n);
  const cols = [];
  const grp = P(0.6);
  if (P(0.5)) cols.push({ key: 'orgs', h: '党组织数（个）', type: 'add', d: 0 });
  if (P(0.6)) cols.push({ key: 'members', h: '党员数（人）', type: 'add', d: 0 });
  const withPeople = P(0.7);
  if (withPeople) cols.push({ key: 'yjr', h: grp ? '人数' : '应交党费人数', g: grp ? '应交党费' : undefined, type: 'add', d: 0 });
  cols.push({ key: 'yja', h: grp ? `金额（${mu.n}）` : `应交党费（${mu.n}）`, g: grp ? '应交党费' : undefined, type: 'add', d: mu.d, raw: mu.raw });
  if (withPeople) cols.push({ key: 'sjr', h: grp ? '人数' : '实交党费人数', g: grp ? '实交党费' : undefined, type: 'add', d: 0 });
  cols.push({ key: 'sja', h: grp ? `金额（${mu.n}）` : `实交党费（${mu.n}）`, g: grp ? '实交党费' : undefined, type: 'add', d: mu.d, raw: mu.raw });
  const rg = grp && P(0.5) ? '收缴率（%）' : undefined;
  if (withPeople && P(0.5)) cols.push({ key: 'rr', h: rg ? '按人数' : '人数收缴率（%）', g: rg, type: 'rate', num: 'sjr', den: 'yjr', k: 100, d: rd });
  cols.push({ key: 'ra', h: rg ? '按金额' : pick(['收缴率（%）', '金额收缴率（%）']), g: rg, type: 'rate', num: 'sja', den: 'yja', k: 100, d: rd });
  if (P(0.6)) {
    cols.push({ key: 'prev', h: pick([`上年同期实交（${mu.n}）`, `${B.year - 1}年实交（${mu.n}）`]), type: 'add', d: mu.d, raw: mu.raw });
    cols.push({ key: 'gr', h: pick(['比上年增长（%）', '同比增长（%）', '增幅（%）']), type: 'growth', cur: 'sja', prev: 'prev', d: pick([1, 2]) });
  }
  if (P(0.45)) {
    cols.push({ key: 'pyja', h: 'x', type: 'add', d: mu.d, raw: mu.raw, hidden: true });
    if (!cols.some((c) => c.key === 'prev')) cols.push({ key: 'prev', h: 'x', type: 'add', d: mu.d, raw: mu.raw, hidden: true });
    cols.push({ key: 'pra', h: '上年收缴率（%）', type: 'rate', num: 'prev', den: 'pyja', k: 100, d: rd });
    cols.push({ key: 'pp', h: pick(['增减（百分点）', '比上年增减（个百分点）', '±百分点']), type: 'pp', cur: 'ra', prev: 'pra', d: rd });
  }
  const ls = pick(['plain', 'plain', 'indent', 'num']);
  const leaves = regs.map((g, i) => ({ label: leafLabel(g, i, ls), kind: 'leaf', vals: entity(mu) }));
  const tot = { label: pick(['合计', '总计', `全市合计`, '全市', '合　计']), kind: 'sum', tag: 'total' };
  let rows;
  const top = P(0.55);
  if (top) {
    rows = [tot];
    if (P(0.35)) rows.push({ label: '其中：非公有制企业', kind: 'of', parent: 0, split: 'A' }, { label: '　　　社会组织', kind: 'of', parent: 0, split: 'A' });
    else if (P(0.2)) rows.push({ label: '其中：' + pick(['规模以上企业', '“两新”组织示范点', '楼宇党组织']), kind: 'of', parent: 0 });
    const off = rows.length;
    rows.push(...leaves);
    tot.children = leaves.map((_, i) => off + i);
  } else {
    rows = [...leaves, tot];
    tot.children = leaves.map((_, i) => i);
  }
  grid(sb, { title: `${B.year}年度${B.city}非公有制企业和社会组织党费收缴情况统计表`, unit: pick([`单位：${mu.n}、人、%`, `金额单位：${mu.n}`, `单位：个、人、${mu.n}、%`]), labelHeader: pick(['县（市、区）', '单位', '地区', '县区']), cols, rows, seq: P(0.3), colnum: P(0.2), transpose: P(VAR === 2 ? 0.45 : 0.25), tHeader: pick(['指标', '项目']) });
  return sb;
}

// B: 按行业
function tplB(wb) {
  const sb = new SB(wb, pick(['按行业', '分行业', '表2', '行业分布']));
  const mu = moneyUnit();
  const cols = [];
  if (P(0.5)) cols.push({ key: 'orgs', h: '党组织数（个）', type: 'add', d: 0 });
  cols.push({ key: 'members', h: pick(['党员数（人）', '交纳人数（人）']), type: 'add', d: 0 });
  const gm = P(0.5) ? `实交党费（${mu.n}）` : undefined;
  if (P(0.6)) cols.push({ key: 'mon', h: gm ? '本月' : `本月实交（${mu.n}）`, g: gm, type: 'add', d: mu.d, raw: mu.raw });
  cols.push({ key: 'sja', h: gm ? '本年累计' : `累计实交（${mu.n}）`, g: gm, type: 'add', d: mu.d, raw: mu.raw });
  cols.push({ key: 'prev', h: gm ? '上年同期' : `上年同期累计（${mu.n}）`, g: gm, type: 'add', d: mu.d, raw: mu.raw });
  if (P(0.8)) cols.push({ key: 'gr', h: '比上年同期增长（%）', type: 'growth', cur: 'sja', prev: 'prev', d: pick([1, 2]) });
  const shareParent = P(0.3);
  if (P(0.75)) cols.push({ key: 'sh', h: shareParent ? '占本类比重（%）' : pick(['占总额比重（%）', '占比（%）', '构成（%）']), type: 'share', of: 'sja', d: pick([1, 2]), denRow: shareParent ? 'parent' : 'total' });
  const ls = pick(['paren', 'indent', 'num', 'plain']);
  const subBefore = P(0.65);
  const secs = [['非公有制企业', shuffle(NPE).slice(0, I(3, 7))], ['社会组织', shuffle(SOC).slice(0, I(2, 5))]];
  const rows = [];
  const tot = { label: pick(['总计', '合计', '全市合计']), kind: 'sum', tag: 'total', children: [] };
  const totTop = P(0.6);
  if (totTop) rows.push(tot);
  secs.forEach(([sn, items], si) => {
    const sub = { label: subBefore ? `${CN[si]}、${sn}` : `${sn}小计`, kind: 'sum', tag: 'subtotal', children: [] };
    const leafRows = items.map((it, i) => { const e = entity(mu, 0.5); e.mon = mu.raw ? e.sja * U(0.05, 0.14) : rnd(e.sja * U(0.05, 0.14), mu.d); return { label: leafLabel(it, i, ls), kind: 'leaf', vals: e }; });
    if (!subBefore) rows.push({ label: `${CN[si]}、${sn}`, kind: 'head' });
    if (subBefore) rows.push(sub);
    const subIdx = () => rows.indexOf(sub);
    for (const [i, lr] of leafRows.entries()) {
      rows.push(lr); sub.children.push(rows.length - 1);
      if (si === 0 && i === 0 && P(0.3)) rows.push({ label: '　　其中：' + pick(['高新技术企业', '规模以上企业', '外资企业']), kind: 'of', parent: rows.length - 1 });
    }
    if (!subBefore) rows.push(sub);
    tot.children.push(rows.indexOf(sub));
    for (const ch of sub.children) rows[ch].shareDen = subIdx();
  });
  if (!totTop) rows.push(tot);
  const ti = rows.indexOf(tot);
  for (const rw of rows) if (rw.tag === 'subtotal') rw.shareDen = ti;
  tot.shareDen = ti;
  // head rows: render as label-only rows -> use kind 'head' handled by converting to of? simplest: label rows with no values
  const real = rows;
  gridWithHeads(sb, { title: `${B.city}${B.year}年${pick(['1—' + I(3, 12) + '月', '度'])}非公有制企业和社会组织党费收缴情况（按行业分）`, unit: `单位：人、${mu.n}、%`, labelHeader: pick(['行业（类别）', '项目', '类别']), cols, rows: real, seq: false, colnum: P(0.15) });
  return sb;
}
// heads are rows with no data: implement by grid with kind 'head' (values all blank)
function gridWithHeads(sb, spec) {
  // convert head rows: give them kind 'head' -> grid writes blank values (V empty)
  grid(sb, spec);
}

// C: 留存与下拨
function tplC(wb) {
  const sb = new SB(wb, pick(['留存下拨', '党费留存和下拨', '表3', '使用情况']));
  const mu = moneyUnit();
  const rd = rateD();
  const cols = [];
  const g = P(0.6);
  cols.push({ key: 'tot', h: pick([`实收党费（${mu.n}）`, `收缴党费总额（${mu.n}）`]), type: 'hsum', parts: ['up', 'keep'], d: mu.d, raw: mu.raw });
  cols.push({ key: 'up', h: g ? '金额' : `上缴上级党委（${mu.n}）`, g: g ? '上缴上级党委' : undefined, type: 'add', d: mu.d, raw: mu.raw });
  if (P(0.8)) cols.push({ key: 'upr', h: g ? '上缴比例（%）' : '上缴比例（%）', g: g ? '上缴上级党委' : undefined, type: 'rate', num: 'up', den: 'tot', k: 100, d: rd });
  cols.push({ key: 'keep', h: g ? '金额' : `本级留存（${mu.n}）`, g: g ? '本级留存' : undefined, type: 'add', d: mu.d, raw: mu.raw });
  cols.push({ key: 'down', h: g ? '下拨基层党组织' : `下拨基层党组织（${mu.n}）`, g: g ? '本级留存' : undefined, type: 'add', d: mu.d, raw: mu.raw });
  if (P(0.6)) cols.push({ key: 'act', h: g ? '其中：返还用于党建活动' : `其中：返还用于党建活动（${mu.n}）`, g: g ? '本级留存' : undefined, type: 'add', d: mu.d, raw: mu.raw, ofCol: 'down' });
  if (P(0.6)) cols.push({ key: 'dr', h: '下拨比例（%）', type: 'rate', num: 'down', den: 'keep', k: 100, d: rd });
  const n = I(5, 12);
  const regs = shuffle(COUNTIES).slice(0, n);
  const leaves = regs.map((nm) => {
    const y = entity({ div: 1, d: 2 })._y;
    const m = (v) => (mu.raw ? v / mu.div : rnd(v / mu.div, mu.d));
    const upY = y * pick([0.1, 0.2, 0.3, U(0.1, 0.35)]);
    const up = m(upY), keep = m(y - upY);
    const down = mu.raw ? keep * U(0.3, 0.9) : rnd(keep * U(0.3, 0.9), mu.d);
    return { label: nm, kind: 'leaf', vals: { up, keep, down } };
  });
  const tot = { label: pick(['合计', '总计', '全市']), kind: 'sum', tag: 'total' };
  let rows;
  if (P(0.5)) { rows = [tot, ...leaves]; tot.children = leaves.map((_, i) => i + 1); } else { rows = [...leaves, tot]; tot.children = leaves.map((_, i) => i); }
  grid(sb, { title: `${B.year}年度党费留存、下拨及返还使用情况表`, unit: `单位：${mu.n}、%`, labelHeader: pick(['县（市、区）', '单位名称']), cols, rows, seq: P(0.3), colnum: P(0.2), transpose: P(VAR === 2 ? 0.4 : 0.2) });
  return sb;
}

// D: 收支情况表
function tplD(wb) {
  const sb = new SB(wb, pick(['收支情况', '党费收支', '表4', '收支表']));
  const mu = pick([{ n: '元', d: 2, div: 1 }, { n: '万元', d: 2, div: 1e4 }]);
  const cols = [
    { key: 'cur', h: pick([`本年数（${mu.n}）`, `${B.year}年`, '本年']), type: 'add', d: mu.d },
    { key: 'prev', h: pick([`上年数（${mu.n}）`, `${B.year - 1}年`, '上年']), type: 'add', d: mu.d },
  ];
  if (P(0.8)) cols.push({ key: 'gr', h: pick(['增减（%）', '增长（%）', '比上年增减（%）']), type: 'growth', cur: 'cur', prev: 'prev', d: 1 });
  if (P(0.7)) cols.push({ key: 'sh', h: '占比（%）', type: 'share', of: 'cur', d: pick([1, 2]), denRow: 'parent' });
  const S0 = U(2e5, 3e6) / mu.div;
  const mk = (f, carry0) => {
    const scale = S0 * f;
    const inc = [scale, scale * U(0.05, 0.4), scale * U(0.001, 0.01), P(0.5) ? scale * U(0, 0.05) : 0].map((v) => rnd(v, mu.d));
    const carry = carry0 !== undefined ? carry0 : rnd(scale * U(0.1, 0.6), mu.d);
    const avail = carry + inc.reduce((a, b) => a + b, 0);
    const spend = rnd(avail * U(0.5, 0.9), mu.d);
    const w = [U(1, 3), U(0.5, 1.5), U(0.5, 1.5), U(1, 3), P(0.5) ? U(0, 1) : 0, U(2, 6)];
    const ws = w.reduce((a, b) => a + b, 0);
    const ex = w.map((x) => rnd(spend * x / ws, mu.d));
    return { inc, carry, ex };
  };
  const p = mk(U(0.8, 1.2));
  const c = mk(1, rnd(p.carry + p.inc.reduce((a, b) => a + b, 0) - p.ex.reduce((a, b) => a + b, 0), mu.d));
  const incN = ['收缴党费', '上级党委下拨（返还）', '利息收入', '其他收入'];
  const exN = ['培训党员', '订阅或购买用于开展党员教育的报刊、资料和设备', '表彰先进基层党组织和优秀党员', '补助生活困难党员', '补助受灾党员', '开展党建活动'];
  const rows = [];
  const numbered = P(0.6);
  rows.push({ label: numbered ? '一、上年结余' : '上年结余', kind: 'leaf', vals: { cur: c.carry, prev: p.carry } });
  const inc = { label: numbered ? '二、本年收入' : '本年收入合计', kind: 'sum', tag: 'subtotal', children: [] };
  rows.push(inc);
  const incI = rows.length - 1;
  incN.forEach((nm, i) => { rows.push({ label: leafLabel(nm, i, numbered ? 'num' : 'indent'), kind: 'leaf', vals: { cur: c.inc[i], prev: p.inc[i] }, shareDen: incI }); inc.children.push(rows.length - 1); });
  const src = { label: numbered ? '三、资金来源合计' : '资金来源合计', kind: 'sum', tag: 'total', children: [0, incI] };
  rows.push(src);
  const exp = { label: numbered ? '四、本年支出' : '本年支出合计', kind: 'sum', tag: 'subtotal', children: [] };
  rows.push(exp);
  const expI = rows.length - 1;
  exN.forEach((nm, i) => {
    rows.push({ label: leafLabel(nm, i, numbered ? 'num' : 'indent'), kind: 'leaf', vals: { cur: c.ex[i], prev: p.ex[i] }, shareDen: expI }); exp.children.push(rows.length - 1);
  });
  inc.shareDen = incI; exp.shareDen = expI;
  const endC = rnd(c.carry + c.inc.reduce((a, b) => a + b, 0) - c.ex.reduce((a, b) => a + b, 0), mu.d);
  const endP = rnd(p.carry + p.inc.reduce((a, b) => a + b, 0) - p.ex.reduce((a, b) => a + b, 0), mu.d);
  rows.push({ label: numbered ? '五、年末结余' : '年末结余', kind: 'leaf', vals: { cur: endC, prev: endP } });
  const endI = rows.length - 1;
  if (P(0.6)) rows.push({ label: numbered ? '六、资金运用合计' : '资金运用合计', kind: 'sum', tag: 'total', children: [expI, endI] });
  grid(sb, { title: `${B.city}${pick(['委组织部', '非公有制经济组织和社会组织党委'])}${B.year}年度党费收支情况表`, unit: `单位：${mu.n}`, labelHeader: pick(['项目', '收支项目']), cols, rows, seq: false, colnum: P(0.15) });
  return sb;
}

// E: 月度累计
function tplE(wb) {
  const sb = new SB(wb, pick(['月度', '分月', '月报', '按月收缴']));
  const mu = pick([{ n: '元', d: 2, div: 1 }, { n: '万元', d: 2, div: 1e4 }]);
  const M = I(5, 12);
  const base = U(2e5, 2e6);
  const mon = [], pmon = [];
  for (let i = 0; i < M; i++) { mon.push(rnd(base * U(0.6, 1.4) / mu.div, mu.d)); pmon.push(rnd(base * U(0.55, 1.3) / mu.div, mu.d)); }
  // 1月 often larger (补交)
  const showPrevMon = P(0.5), showGr = P(0.8), showMonGr = showPrevMon && P(0.4), withTotal = P(0.4);
  const cols = [{ key: 'm', h: `本月实交（${mu.n}）` }, { key: 'c', h: `累计实交（${mu.n}）` }];
  if (showPrevMon) cols.push({ key: 'pm', h: `上年同月（${mu.n}）` });
  cols.push({ key: 'pc', h: `上年同期累计（${mu.n}）` });
  if (showMonGr) cols.push({ key: 'mg', h: '本月同比（%）' });
  if (showGr) cols.push({ key: 'g', h: '累计比上年同期增长（%）' });
  const gd = pick([1, 2]);
  const transpose = P(0.3);
  const lab = (i) => pick([`${i + 1}月`]);
  const nrow = M + (withTotal ? 1 : 0);
  const ncol = transpose ? 1 + nrow : 1 + cols.length;
  let r = titleBlock(sb, 1, ncol, `${B.year}年${B.city}“两新”组织党费按月收缴情况`, `单位：${mu.n}、%`);
  const at = {};
  const put = (i, j, v, d) => { const [rr, cc] = transpose ? [r + 1 + j, 2 + i] : [r + 1 + i, 2 + j]; const a = sb.num(rr, cc, v, d); (at[i] = at[i] || {})[cols[j].key] = a; return a; };
  // headers
  if (transpose) { sb.txt(r, 1, '项目'); for (let i = 0; i < nrow; i++) sb.txt(r, 2 + i, i < M ? lab(i) : '合计'); cols.forEach((c, j) => sb.txt(r + 1 + j, 1, c.h)); }
  else { sb.txt(r, 1, '月份'); cols.forEach((c, j) => sb.txt(r, 2 + j, c.h)); for (let i = 0; i < nrow; i++) sb.txt(r + 1 + i, 1, i < M ? lab(i) : '合计'); }
  let cum = 0, pcum = 0;
  for (let i = 0; i < M; i++) {
    cum = rnd(cum + mon[i], mu.d); pcum = rnd(pcum + pmon[i], mu.d);
    cols.forEach((c, j) => {
      const v = { m: mon[i], c: cum, pm: pmon[i], pc: pcum, mg: rnd((mon[i] / pmon[i] - 1) * 100, gd), g: rnd((cum / pcum - 1) * 100, gd) }[c.key];
      put(i, j, v, ['mg', 'g'].includes(c.key) ? gd : mu.d);
    });
  }
  if (withTotal) cols.forEach((c, j) => {
    const v = { m: cum, c: null, pm: showPrevMon ? pcum : null, pc: null, mg: null, g: null }[c.key];
    if (c.key === 'c' && P(0.5)) put(M, j, cum, mu.d); else if (v === null) { const [rr, cc] = transpose ? [r + 1 + j, 2 + M] : [r + 1 + M, 2 + j]; sb.txt(rr, cc, pick(['—', null, '-'])); } else put(M, j, v, mu.d);
  });
  // relations
  for (let i = 0; i < M; i++) {
    const a = at[i];
    sb.rel({ t: 'sum', total: a.c, parts: i === 0 ? [a.m] : [at[i - 1].c, a.m], tol: 1e-6, tag: 'running' });
    sb.rel({ t: 'sum', total: a.pc, parts: i === 0 ? [a.pm || a.pc] : [at[i - 1].pc, a.pm].filter(Boolean), tol: 1e-6, tag: 'running', skip: !a.pm });
    if (a.g) sb.rel({ t: 'growth', cell: a.g, cur: a.c, prev: a.pc, tol: rtol(gd), tag: 'growth' });
    if (a.mg) sb.rel({ t: 'growth', cell: a.mg, cur: a.m, prev: a.pm, tol: rtol(gd), tag: 'growth' });
  }
  sb.rels = sb.rels.filter((x) => !x.skip);
  if (withTotal) {
    const T = at[M] || {};
    if (T.m) sb.rel({ t: 'sum', total: T.m, parts: [...Array(M).keys()].map((i) => at[i].m), tol: 1e-6, tag: 'total' });
    if (T.pm) sb.rel({ t: 'sum', total: T.pm, parts: [...Array(M).keys()].map((i) => at[i].pm), tol: 1e-6, tag: 'total' });
  }
  r = r + 1 + (transpose ? cols.length : nrow);
  notesBlock(sb, r, ncol);
  return sb;
}

// F: 县区-街道乡镇 with 小计 and horizontal totals
function tplF(wb) {
  const sb = new SB(wb, pick(['分街道乡镇', '街道乡镇', '表5', '基层明细']));
  const mu = moneyUnit();
  const g = P(0.7);
  const cols = [
    { key: 'nm', h: g ? '党员数（人）' : '非公企业党员数（人）', g: g ? '非公有制企业' : undefined, type: 'add', d: 0 },
    { key: 'na', h: g ? `实交党费（${mu.n}）` : `非公企业实交党费（${mu.n}）`, g: g ? '非公有制企业' : undefined, type: 'add', d: mu.d, raw: mu.raw },
    { key: 'sm', h: g ? '党员数（人）' : '社会组织党员数（人）', g: g ? '社会组织' : undefined, type: 'add', d: 0 },
    { key: 'sa', h: g ? `实交党费（${mu.n}）` : `社会组织实交党费（${mu.n}）`, g: g ? '社会组织' : undefined, type: 'add', d: mu.d, raw: mu.raw },
  ];
  const tc = [{ key: 'tm', h: g ? '党员数（人）' : '党员总数（人）', g: g ? '合计' : undefined, type: 'hsum', parts: ['nm', 'sm'], d: 0 },
    { key: 'ta', h: g ? `实交党费（${mu.n}）` : `实交党费合计（${mu.n}）`, g: g ? '合计' : undefined, type: 'hsum', parts: ['na', 'sa'], d: mu.d, raw: mu.raw }];
  if (P(0.5)) cols.unshift(...tc); else cols.push(...tc);
  if (P(0.5)) cols.push({ key: 'avg', h: '人均交纳（元）', type: 'rate', num: 'ta', den: 'tm', k: mu.div, d: pick([1, 2]), tag: 'rate' });
  const ncty = I(2, 4);
  const ctys = shuffle(COUNTIES).slice(0, ncty);
  const sts = shuffle(STREETS);
  const rows = [];
  const tot = { label: pick(['总计', '合计', '全市总计']), kind: 'sum', tag: 'total', children: [] };
  const top = P(0.6), subBefore = P(0.5);
  if (top) rows.push(tot);
  let k = 0;
  const m = (v) => (mu.raw ? v / mu.div : rnd(v / mu.div, mu.d));
  ctys.forEach((c, ci) => {
    const sub = { label: subBefore ? pick([`${CN[ci]}、${c}`, c, `${c}小计`]) : `${c}小计`, kind: 'sum', tag: 'subtotal', children: [] };
    if (!subBefore) rows.push({ label: c, kind: 'head' });
    if (subBefore) rows.push(sub);
    const ns = I(2, 5);
    for (let i = 0; i < ns; i++) {
      const nm = I(20, 600), sm = P(0.15) ? 0 : I(3, 150);
      rows.push({ label: '　　' + sts[k++ % sts.length], kind: 'leaf', vals: { nm, sm, na: m(nm * U(200, 900)), sa: sm ? m(sm * U(150, 800)) : 0 } });
      sub.children.push(rows.length - 1);
    }
    if (!subBefore) rows.push(sub);
    tot.children.push(rows.indexOf(sub));
  });
  if (!top) rows.push(tot);
  grid(sb, { title: `${B.year}年各县区街道（乡镇）“两新”组织党费交纳情况明细表`, unit: `单位：人、${mu.n}`, labelHeader: pick(['县区/街道（乡镇）', '单位', '地区']), cols, rows, seq: false, colnum: P(0.1) });
  return sb;
}

const TPL = { A: tplA, B: tplB, C: tplC, D: tplD, E: tplE, F: tplF };

function genBook(seed) {
  R = mulberry32(seed);
  B = { year: pick([2021, 2022, 2023, 2024]), city: pick(CITIES), zero: pick(['—', '', '-', '—']), zeroDash: P(0.3), textP: P(VAR === 2 ? 0.45 : 0.25) ? U(0.05, 0.35) : 0, comma: P(0.4) };
  const wb = new ExcelJS.Workbook();
  const keys = shuffle(Object.keys(TPL)).slice(0, I(2, 4));
  const sheets = [];
  const used = new Set();
  for (const k of keys) {
    const sb = TPL[k](wb);
    if (used.has(sb.name)) { wb.removeWorksheet(sb.ws.id); continue; }
    used.add(sb.name); sheets.push(sb);
  }
  return { wb, sheets };
}

function getter(ws, over) { return (a) => (over && over[a] !== undefined ? over[a] : ws.getCell(a).value); }

function plantBook(book, kind) {
  const cands = [];
  for (const sb of book.sheets) {
    const totals = new Set(sb.rels.filter((r) => r.t === 'sum').map((r) => r.total));
    for (const r of sb.rels) {
      if (r.t === 'sum') {
        const tk = r.tag === 'running' ? 'running' : r.tag;
        cands.push({ sb, cell: r.total, kind: tk });
        for (const p of r.parts) if (!totals.has(p)) cands.push({ sb, cell: p, kind: 'part' });
      } else if (r.t !== 'le') cands.push({ sb, cell: r.cell, kind: r.tag });
    }
  }
  for (const c of shuffle(cands.filter((c) => c.kind === kind))) {
    const ws = c.sb.ws; const cell = ws.getCell(c.cell);
    const was = cell.value; const v = num(was);
    if (!Number.isFinite(v) || v === 0 || was === null || was === '—') continue;
    const d = c.sb.dec[c.cell] ?? 2;
    let nv;
    if (['rate', 'share'].includes(kind) && !c.sb.rels.find((r) => r.cell === c.cell && r.k !== 100)) {
      const dlt = U(3, 10); nv = v + dlt > 100 || (v - dlt > 0 && P(0.5)) ? v - dlt : v + dlt;
    } else if (kind === 'growth') nv = v + (P(0.5) ? 1 : -1) * U(4, 15);
    else if (kind === 'pp') nv = v + (P(0.5) ? 1 : -1) * U(2, 6);
    else nv = v * (1 + (P(0.5) ? 1 : -1) * U(0.05, 0.3));
    nv = rnd(nv, d);
    if (nv === v || nv < 0 && !['growth', 'pp'].includes(kind)) continue;
    const over = { [c.cell]: nv };
    const g0 = getter(ws), g1 = getter(ws, over);
    const broken = c.sb.rels.filter((r) => { const e = evalRel(r, g1); return e !== null && e > 0; });
    if (c.sb.rels.some((r) => { const e = evalRel(r, g0); return e !== null && e > 0; })) throw new Error('clean relation broken before plant ' + c.sb.name);
    const maxB = kind === 'running' ? 2 : 1;
    if (broken.length < 1 || broken.length > maxB) continue;
    // clear: sum discrepancy >= 0.3% of total
    const clear = broken.every((r) => {
      if (r.t === 'sum') { const t = Math.abs(num(g0(r.total))); return Math.abs(evalRel(r, g1)) >= Math.max(0.003 * t, 10 ** -d); }
      return evalRel(r, g1) >= 1;
    });
    if (!clear) continue;
    cell.value = typeof was === 'string' ? nv.toFixed(d) : nv;
    return { sheet: c.sb.name, cell: c.cell, was, now: cell.value, kind };
  }
  return null;
}

async function main() {
  const [set, nClean, nPlant, seed0, v] = process.argv.slice(2);
  VAR = +(v || 0);
  const dir = path.join(__dirname, set); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  const manifest = [];
  let seed = +seed0 * 100000;
  const N = +nClean + +nPlant;
  for (let i = 0; i < N; i++) {
    const file = `${set}_${String(i + 1).padStart(3, '0')}.xlsx`;
    const planted = i % 2 === 1 && manifest.filter((m) => m.plants.length).length < +nPlant || (i >= 2 * +nClean);
    let book, plant = null;
    for (;;) {
      book = genBook(++seed);
      if (!planted) break;
      const kind = kinds[manifest.filter((m) => m.plants.length).length % kinds.length];
      plant = plantBook(book, kind);
      if (plant) break;
    }
    await book.wb.xlsx.writeFile(path.join(dir, file));
    const rels = [];
    for (const sb of book.sheets) for (const r of sb.rels) rels.push(Object.assign({ sheet: sb.name }, r));
    fs.writeFileSync(path.join(__dirname, 'rel', file + '.json'), JSON.stringify(rels));
    manifest.push({ file, plants: plant ? [plant] : [] });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${set}: ${manifest.length} books, ${manifest.filter((m) => m.plants.length).length} planted`);
}
main().catch((e) => { console.error(e); process.exit(2); });
