// gen.js — round 87A: 党建指导员 / 星级评定 workbooks for statlint testing.
// Run: NODE_PATH=/work/main/node_modules node gen.js
// Writes cases/ (45 books) and probe/ (100 books) with manifest.json, plus rels/<folder>/<file>.json
// (the relations each book is built on, used by verify.js).
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const ROOT = __dirname;

// ---------- seeded rng ----------
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const uf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const sample = (a, n) => shuffle(a).slice(0, n);
const sampleOrdered = (a, n) => { const idx = sample(a.map((_, i) => i), n).sort((x, y) => x - y); return idx.map((i) => a[i]); };
function rnd(x, d) { const f = 10 ** d; const y = Number((Math.abs(x) * f).toPrecision(12)); return Math.sign(x) * Math.round(y) / f; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
function split(n, w) {
  const s = w.reduce((a, b) => a + b, 0); const raw = w.map((x) => x / s * n); const f = raw.map(Math.floor);
  const rem = n - f.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let i = 0; i < rem; i++) f[order[i % order.length][1]]++;
  return f;
}
const jit = (w, a = 0.6, b = 1.4) => w.map((x) => x * uf(a, b));
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

// ---------- vocabulary ----------
const CITIES = ['江州市', '青阳市', '安平市', '临川市', '云州市', '宁远市', '丰城市', '东阳市'];
const COUNTIES = ['城关区', '东湖区', '西山区', '南岸区', '北塘区', '高新区', '经开区', '临江县', '青山县', '白水县', '南溪县', '安平县', '清河县', '永宁县', '柳城县', '石门县', '丰乐县', '双峰县', '云台县', '新城区'];
const TOWN_PRE = ['城关', '河口', '石桥', '柳林', '新店', '双河', '龙泉', '东关', '西关', '南门', '北苑', '马坊', '长乐', '白沙', '桃花', '高桥', '三江', '黄土岭', '青龙', '太平', '大坪', '金山', '银湖', '凤凰', '红星', '永安', '平安', '兴隆', '古城', '望江', '清水', '松林', '梅岭', '花园', '茶山', '莲塘', '樟树', '杨柳', '沙河', '新华'];
const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务和其他服务业', '农、林、牧、渔业'];
const SOURCES = ['机关干部', '事业单位人员', '退休干部', '企业主（出资人）', '企业党务工作者', '社区（村）干部', '“两代表一委员”'];
const AGES = [['35岁及以下', '36—45岁', '46—55岁', '56岁及以上'], ['35岁以下', '35至45岁', '46至55岁', '55岁以上'], ['30岁及以下', '31-40岁', '41-50岁', '51-60岁', '61岁及以上']];
const EDUS = [['研究生', '大学本科', '大学专科', '中专（高中）及以下'], ['研究生及以上', '本科', '大专', '高中及以下']];
const STARS = [['五星级', '四星级', '三星级', '二星级', '一星级'], ['五星', '四星', '三星', '二星', '一星'], ['★★★★★', '★★★★', '★★★', '★★', '★']];
const GRADES = ['好', '较好', '一般', '差'];
const SURN = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIV = ['建国', '丽', '伟', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明'];
const pname = () => pick(SURN) + pick(GIV);

function towns(n, suffixes) {
  const pre = sample(TOWN_PRE, n);
  return pre.map((p) => p + pick(suffixes || ['镇', '镇', '镇', '乡', '街道']));
}

// ---------- sheet builder ----------
class SB {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.widths = {}; }
  set(r, c, v, o = {}) { this.cells.set(r + ',' + c, Object.assign({ r, c, v }, o)); }
  get(r, c) { return this.cells.get(r + ',' + c); }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(o) { this.rels.push(o); }
}
const POSF = ['tg', 'den', 'cur', 'prev', 'a', 'b'];
const POSA = ['p', 'num'];
function mapRel(rel, f) {
  const o = { ...rel };
  for (const k of POSF) if (o[k]) o[k] = f(o[k]);
  for (const k of POSA) if (o[k]) o[k] = o[k].map(f);
  return o;
}
function relCells(rel) { const out = []; for (const k of POSF) if (rel[k]) out.push(rel[k]); for (const k of POSA) if (rel[k]) out.push(...rel[k]); return out; }

// header tree
const depthOf = (n) => (n.subs ? 1 + Math.max(...n.subs.map(depthOf)) : 1);
const widthOf = (n) => (n.subs ? n.subs.reduce((s, x) => s + widthOf(x), 0) : 1);
function putHeader(sb, r, c, nodes) {
  const D = Math.max(...nodes.map(depthOf));
  let cc = c;
  const place = (n, r, c, rem) => {
    const w = widthOf(n);
    sb.set(r, c, n.t, { hdr: 1 });
    if (n.subs) { if (w > 1) sb.merge(r, c, r, c + w - 1); let x = c; for (const s of n.subs) { place(s, r + 1, x, rem - 1); x += widthOf(s); } }
    else if (rem > 1) sb.merge(r, c, r + rem - 1, c);
  };
  for (const n of nodes) { place(n, r, cc, D); cc += widthOf(n); }
  return r + D;
}

const tok = (p) => `@${p[0]},${p[1]}@`;
function rangeOrPlus(ps) {
  if (ps.length > 1) {
    const sameC = ps.every((p) => p[1] === ps[0][1]) && ps.every((p, i) => i === 0 || p[0] === ps[i - 1][0] + 1);
    const sameR = ps.every((p) => p[0] === ps[0][0]) && ps.every((p, i) => i === 0 || p[1] === ps[i - 1][1] + 1);
    if (sameC || sameR) return `SUM(${tok(ps[0])}:${tok(ps[ps.length - 1])})`;
  }
  return ps.map(tok).join('+');
}

// ---------- generic grid table ----------
// S: {labelHead, head, cols, items, total:{label,pos}, seq, colNum, grp:{style,childFmt,blank}, qzFmt}
// col types: n | sum(of, alt) | rate(num[],den,mult,dec) | share(num,dec) | chg(cur,prev,dec) | diff(a,b,dec?) | wavg(w)
function gridTable(S, st) {
  const sb = new SB('tmp');
  const r0 = 1, c0 = 1;
  const hasGroups = S.items.some((x) => x.children);
  const grp = S.grp || { style: 'head', childFmt: 'indent' };
  const grpCol = hasGroups && grp.style === 'col';
  const seq = !!S.seq && !hasGroups;
  const nodes = []; if (seq) nodes.push({ t: S.seqHead || '序号' });
  if (grpCol) nodes.push({ t: grp.head || '县（市、区）' }, { t: grp.head2 || '乡镇（街道）' }); else nodes.push({ t: S.labelHead });
  nodes.push(...S.head);
  const nLeaves = S.head.reduce((s, n) => s + widthOf(n), 0);
  if (nLeaves !== S.cols.length) throw new Error('head/cols mismatch ' + S.labelHead + ' ' + nLeaves + ' ' + S.cols.length);
  let r = putHeader(sb, r0, c0, nodes);
  const gc = c0 + (seq ? 1 : 0); // group column (only with grpCol)
  const lc = gc + (grpCol ? 1 : 0), dc = lc + 1;
  const cEnd = dc + S.cols.length - 1;
  const isPctCol = (col) => col.t === 'share' || col.t === 'chg' || (col.t === 'rate' && (col.mult ?? 100) === 100);
  if (S.colNum) {
    if (seq) { sb.set(r, c0, '甲', { hdr: 1 }); sb.set(r, lc, '乙', { hdr: 1 }); } else { sb.set(r, gc, '甲', { hdr: 1 }); if (grpCol) sb.set(r, lc, '乙', { hdr: 1 }); }
    S.cols.forEach((_, i) => sb.set(r, dc + i, i + 1, { hdr: 1 }));
    r++;
  } else if (S.unitRow) {
    sb.set(r, gc, '计量单位', { hdr: 1 }); if (grpCol || seq) sb.merge(r, c0, r, lc);
    S.cols.forEach((col, i) => sb.set(r, dc + i, isPctCol(col) ? '%' : col.t === 'wavg' ? '岁' : (col.u || S.defUnit || '个'), { hdr: 1 }));
    r++;
  }
  const ci = {}; S.cols.forEach((col, i) => { ci[col.k] = dc + i; });
  const nKeys = [...S.cols.filter((x) => x.t === 'n').map((x) => x.k), ...(S.hidden || [])];
  const mkLeaf = (it) => ({ kind: 'leaf', label: it.label, v: { ...it.v }, s: {}, qz: (it.qz || []).map((q) => ({ kind: 'qz', label: q.label, v: { ...q.v }, s: {} })) });
  const top = [];
  for (const it of S.items) {
    if (it.children) top.push({ kind: 'sub', label: it.label, kids: it.children.map(mkLeaf), v: {}, s: {} });
    else top.push(mkLeaf(it));
  }
  const sumK = (arr, k) => arr.reduce((s, x) => s + x.v[k], 0);
  const wavgCols = S.cols.filter((x) => x.t === 'wavg');
  const aggW = (arr, col) => rnd(arr.reduce((s, x) => s + x.v[col.k] * x.v[col.w], 0) / arr.reduce((s, x) => s + x.v[col.w], 0), col.dec);
  for (const g of top) if (g.kind === 'sub') { for (const k of nKeys) g.v[k] = sumK(g.kids, k); for (const col of wavgCols) g.v[col.k] = aggW(g.kids, col); }
  let tot = null;
  if (S.total) {
    tot = { kind: 'total', label: S.total.label, v: {}, s: {} };
    for (const k of nKeys) tot.v[k] = sumK(top, k);
    const leavesAll = top.flatMap((x) => (x.kind === 'sub' ? x.kids : [x]));
    for (const col of wavgCols) tot.v[col.k] = aggW(leavesAll, col);
  }
  const allRows = [];
  if (tot) allRows.push(tot);
  for (const x of top) { allRows.push(x); if (x.kind === 'sub') for (const k of x.kids) { allRows.push(k); allRows.push(...k.qz); } else allRows.push(...x.qz); }
  const pctStyle = st.rate === 'pct';
  const rounded = st.rate === 'round' || (st.rate === 'formula' && st.roundF) || st.textNums;
  const K = {}; S.cols.forEach((c) => { K[c.k] = c; });
  for (const row of allRows) {
    const v = row.v;
    for (const col of S.cols) if (col.t === 'sum') v[col.k] = col.of.reduce((s, k) => s + v[k], 0);
    for (const col of S.cols) {
      if (col.t === 'n' || col.t === 'sum' || col.t === 'wavg') { row.s[col.k] = v[col.k]; continue; }
      let x;
      if (col.t === 'rate') { const d = v[col.den]; x = d === 0 ? null : col.num.reduce((s, k) => s + v[k], 0) / d * (col.mult ?? 100); }
      else if (col.t === 'share') x = v[col.num] / tot.v[col.num] * 100;
      else if (col.t === 'chg') x = v[col.prev] === 0 ? null : (v[col.cur] - v[col.prev]) / v[col.prev] * 100;
      else if (col.t === 'diff') x = (row.s[col.a] === null || row.s[col.b] === null) ? null : row.s[col.a] - row.s[col.b];
      if (x === null) { v[col.k] = null; row.s[col.k] = null; continue; }
      if (col.t === 'diff' && col.dec == null) { v[col.k] = x; row.s[col.k] = x; continue; }
      if (!Number.isFinite(x)) throw new Error('non-finite ' + col.k);
      v[col.k] = x;
      row.s[col.k] = rounded ? rnd(x, col.dec) : x;
    }
  }
  // layout
  const order = [];
  if (tot && S.total.pos === 'top') order.push(tot);
  top.forEach((x, gi) => {
    if (x.kind === 'sub') {
      if (grpCol) {
        x.lab = '小计'; x.glab = x.label;
        if (grp.subFirst) order.push(x);
        x.kids.forEach((k) => { k.lab = k.label; order.push(k); k.qz.forEach((q) => order.push(q)); });
        if (!grp.subFirst) order.push(x);
        x.span = true;
      } else {
        if (grp.style === 'head') { x.lab = grp.numbered === false ? x.label : `${CN[gi]}、${x.label}`; order.push(x); }
        else { order.push({ kind: 'name', lab: `${CN[gi]}、${x.label}` }); x.lab = grp.subLabel === 'plain' ? '小计' : `${x.label}小计`; }
        x.kids.forEach((k, i) => {
          k.lab = grp.childFmt === 'indent' ? '　　' + k.label : grp.childFmt === 'paren' ? `（${CN[i]}）${k.label}` : grp.childFmt === 'num' ? `${i + 1}.${k.label}` : k.label;
          order.push(k); k.qz.forEach((q) => order.push(q));
        });
        if (grp.style !== 'head') order.push(x);
      }
      if (grp.blank && gi < top.length - 1) order.push({ kind: 'blank' });
    } else { x.lab = S.leafFmt ? S.leafFmt(x.label, gi) : x.label; order.push(x); x.qz.forEach((q) => order.push(q)); }
  });
  if (tot && S.total.pos !== 'top') order.push(tot);
  for (const x of allRows) if (x.qz && x.qz.length) x.qz.forEach((q, i) => { q.lab = (i === 0 || S.qzFmt === 'each') ? `　　其中：${q.label}` : `　　　　　${q.label}`; q.parent = x; });
  let seqNo = 0;
  const seqVal = (i) => (S.seqStyle === 'cn' ? CN[i - 1] : S.seqStyle === 'text' ? String(i) : i);
  for (const row of order) {
    row.r = r;
    if (row.kind === 'blank') { r++; continue; }
    if (row.kind === 'total') {
      if ((seq || grpCol) && S.totalMerge !== false) { sb.set(r, c0, row.label, { bold: 1, center: 1 }); sb.merge(r, c0, r, lc); } else sb.set(r, lc, row.label, { bold: 1, center: S.totalCenter });
    } else if (row.kind === 'name') { sb.set(r, lc, row.lab, { bold: 1 }); r++; continue; }
    else sb.set(r, lc, row.lab, { bold: row.kind === 'sub' ? 1 : 0 });
    if (seq && row.kind === 'leaf') sb.set(r, c0, seqVal(++seqNo), { center: 1 });
    r++;
  }
  if (grpCol) for (const x of top) if (x.kind === 'sub') {
    const rs = [x.r, ...x.kids.flatMap((k) => [k.r, ...k.qz.map((q) => q.r)])];
    const a = Math.min(...rs), b = Math.max(...rs);
    sb.set(a, gc, x.glab, { center: 1, bold: 1 }); sb.merge(a, gc, b, gc);
  }
  const rEnd = r - 1;
  const P = (row, k) => [row.r, ci[k]];
  for (const row of allRows) {
    for (const col of S.cols) {
      const p = P(row, col.k);
      const o = {};
      let val = row.s[col.k];
      const isCount = col.t === 'n' || col.t === 'sum' || (col.t === 'diff' && col.dec == null);
      if (val === null) {
        sb.set(p[0], p[1], S.dash || '—', { center: 1 });
        continue;
      }
      if (isCount) { o.nf = st.nfCount || undefined; }
      else if (col.t === 'wavg') { o.nf = '0.0'; }
      else if (pctStyle && isPctCol(col)) { val = val / 100; o.nf = col.dec === 1 ? '0.0%' : '0.00%'; }
      else { o.nf = (st.nfRate || !rounded) ? (col.dec === 1 ? '0.0' : '0.00') : undefined; }
      const sc = pctStyle && isPctCol(col) ? 100 : 1;
      if (st.formula) {
        if (col.t === 'sum') o.f = rangeOrPlus(col.of.map((k) => P(row, k)));
        else if (col.t === 'n' && (row.kind === 'total' || row.kind === 'sub')) o.f = rangeOrPlus((row.kind === 'total' ? top : row.kids).map((x) => P(x, col.k)));
        else if (col.t === 'rate' || col.t === 'share' || col.t === 'chg') {
          let e;
          const m = pctStyle && isPctCol(col) ? '' : ((col.mult ?? 100) === 100 ? '*100' : '');
          if (col.t === 'rate') { const nums = col.num.map((k) => tok(P(row, k))); e = `${nums.length > 1 ? '(' + nums.join('+') + ')' : nums[0]}/${tok(P(row, col.den))}${m}`; }
          else if (col.t === 'share') e = `${tok(P(row, col.num))}/${tok(P(tot, col.num))}${m}`;
          else e = `(${tok(P(row, col.cur))}-${tok(P(row, col.prev))})/${tok(P(row, col.prev))}${m}`;
          o.f = st.roundF ? `ROUND(${e},${col.dec + (pctStyle && isPctCol(col) ? 2 : 0)})` : e;
        } else if (col.t === 'diff') o.f = `${tok(P(row, col.a))}-${tok(P(row, col.b))}`;
      } else if (st.sumFormula && (row.kind === 'total' || row.kind === 'sub') && col.t === 'n') {
        o.f = rangeOrPlus((row.kind === 'total' ? top : row.kids).map((x) => P(x, col.k)));
      }
      if (st.textNums && !o.f) {
        if (isCount) val = String(val);
        else if (col.t !== 'wavg') { val = (col.dec === 1 ? val.toFixed(1) : val.toFixed(2)) + (st.textPct && isPctCol(col) ? '%' : ''); delete o.nf; }
      }
      o.bold = row.kind === 'total' || row.kind === 'sub' ? 1 : 0;
      o.num = 1;
      sb.set(p[0], p[1], val, o);
      if (col.t === 'sum') { sb.rel({ t: 'sum', tg: p, p: col.of.map((k) => P(row, k)) }); for (const alt of col.alt || []) sb.rel({ t: 'sum', tg: p, p: alt.map((k) => P(row, k)) }); }
      if (col.t === 'rate') sb.rel({ t: 'rate', tg: p, num: col.num.map((k) => P(row, k)), den: P(row, col.den), mult: col.mult ?? 100, dec: col.dec, sc });
      if (col.t === 'share') sb.rel({ t: 'rate', tg: p, num: [P(row, col.num)], den: P(tot, col.num), mult: 100, dec: col.dec, sc });
      if (col.t === 'chg') sb.rel({ t: 'chg', tg: p, cur: P(row, col.cur), prev: P(row, col.prev), dec: col.dec, sc });
      if (col.t === 'diff') sb.rel({ t: 'diff', tg: p, a: P(row, col.a), b: P(row, col.b), dec: col.dec ?? 0, osc: (K[col.a].t !== 'n' && K[col.a].t !== 'sum' && pctStyle && isPctCol(K[col.a])) ? 100 : 1 });
      if (col.le) sb.rel({ t: 'le', a: p, b: P(row, col.le) });
      if (row.kind === 'qz' && isCount) sb.rel({ t: 'le', a: p, b: P(row.parent, col.k) });
      if ((row.kind === 'total' || row.kind === 'sub') && isCount) sb.rel({ t: 'sum', tg: p, p: (row.kind === 'total' ? top : row.kids).map((x) => P(x, col.k)) });
    }
  }
  for (let rr = r0; rr <= rEnd; rr++) for (let cc = c0; cc <= cEnd; cc++) { const ce = sb.get(rr, cc); if (ce) ce.border = st.border; else sb.set(rr, cc, null, { border: st.border }); }
  sb.box = { r1: r0, c1: c0, r2: rEnd, c2: cEnd };
  sb.labelCol = lc;
  return sb;
}

// ---------- templates ----------
function regionsOrInd(ctx) { return chance(0.5) ? { rows: ctx.inds, head: pick(['行业', '行业类别', '所属行业']), isInd: true } : { rows: ctx.regs, head: ctx.regHead }; }

function tplCoverage(ctx) {
  const big = ctx.level === 'city', dec = pick([1, 1, 2]);
  const withOrg = chance(0.75), noOrg = chance(0.5);
  const items = ctx.regs.map((l) => {
    const e = big ? ri(300, 4000) : ri(12, 260); const ec = Math.max(1, Math.round(e * uf(0.55, 0.99)));
    const s = big ? ri(40, 600) : (noOrg && chance(0.2) ? 0 : ri(3, 60)); const sc = s === 0 ? 0 : Math.max(1, Math.round(s * uf(0.4, 0.97)));
    const n = Math.max(1, Math.round((ec + (withOrg ? sc : 0)) / uf(2.5, 8)));
    return { label: l, v: { e, ec, s, sc, n } };
  });
  const head = [{ t: '非公有制企业', subs: [{ t: pick(['企业总数', '企业数（个）']) }, { t: pick(['已选派党建指导员企业数', '指导员覆盖企业数']) }, { t: '覆盖率（%）' }] }];
  const cols = [{ k: 'e', t: 'n' }, { k: 'ec', t: 'n', le: 'e' }, { k: 'er', t: 'rate', num: ['ec'], den: 'e', dec }];
  if (withOrg) {
    head.push({ t: '社会组织', subs: [{ t: '组织数' }, { t: pick(['已选派党建指导员组织数', '指导员覆盖组织数']) }, { t: '覆盖率（%）' }] });
    cols.push({ k: 's', t: 'n' }, { k: 'sc', t: 'n', le: 's' }, { k: 'sr', t: 'rate', num: ['sc'], den: 's', dec });
  }
  head.push({ t: '选派党建指导员（名）' }); cols.push({ k: 'n', t: 'n' });
  return {
    name: pick(['覆盖情况', '指导员覆盖', '表1', '选派覆盖']), title: `${ctx.place}非公有制企业${withOrg ? '和社会组织' : ''}党建指导员覆盖情况统计表`,
    unit: pick(['单位：个、名、%', '单位：个，名，%', null]), notes: ['注：覆盖率=已选派党建指导员的单位数÷单位总数×100%。', '数据截至' + ctx.y + '年12月31日。'],
    S: { labelHead: ctx.regHead, head, cols, items, total: { label: ctx.totLabel, pos: ctx.totPos() } }, canT: true,
  };
}

function tplSource(ctx) {
  const big = ctx.level === 'city';
  const srcs = sampleOrdered(SOURCES, ri(3, 6)).concat(['其他']);
  const keys = srcs.map((_, i) => 's' + i);
  const w0 = srcs.map(() => uf(0.5, 2));
  const female = chance(0.55);
  const items = ctx.regs.map((l) => {
    const n = big ? ri(60, 700) : ri(6, 80);
    const parts = split(n, jit(w0)); const v = { };
    keys.forEach((k, i) => { v[k] = parts[i]; });
    v.f = Math.round(n * uf(0.15, 0.45));
    return { label: l, v };
  });
  const shape = ri(0, 2);
  let head;
  const srcNodes = srcs.map((s) => ({ t: s }));
  if (shape === 0) head = [{ t: '党建指导员总数（名）' }, { t: '按来源分', subs: srcNodes }];
  else if (shape === 1) head = [{ t: '党建指导员（名）', subs: [{ t: '合计' }, { t: '其中', subs: srcNodes }] }];
  else if (shape === 2) head = [{ t: '合计' }, ...srcNodes];
  let cols = [{ k: 'n', t: 'sum', of: keys }, ...keys.map((k) => ({ k, t: 'n' }))];
  if (chance(0.25)) { head = [{ t: '党建指导员来源（名）', subs: [...srcNodes, { t: '合计' }] }]; cols = [...keys.map((k) => ({ k, t: 'n' })), { k: 'n', t: 'sum', of: keys }]; }
  if (female) { head.push({ t: '其中：女性' }); cols.push({ k: 'f', t: 'n', le: 'n' }); if (chance(0.5)) { head.push({ t: '女性占比（%）' }); cols.push({ k: 'fr', t: 'rate', num: ['f'], den: 'n', dec: pick([1, 2]) }); } }
  return {
    name: pick(['指导员来源', '来源构成', '表2', '按来源分']), title: `${ctx.place}党建指导员来源构成情况${pick(['统计表', '表', '一览表'])}`,
    unit: pick(['单位：名', '单位：人', null]), notes: [pick(['注：“其他”包括律师、会计师等专业人员。', '注：同一人按主要身份统计，不重复计算。'])],
    S: { labelHead: ctx.regHead, head, cols, items, total: { label: ctx.totLabel, pos: ctx.totPos() }, defUnit: '名' }, canT: true,
  };
}

// vertical list of categories, one or two periods
function tplList(ctx) {
  const big = ctx.level === 'city';
  const kind = pick(['src', 'src', 'star', 'grade', 'age', 'edu', 'ind']);
  let cats, unitWord, title, w0;
  if (kind === 'src') { cats = sampleOrdered(SOURCES, ri(4, 6)).concat(['其他']); unitWord = '人数'; title = '党建指导员来源结构'; }
  else if (kind === 'star') { cats = pick(STARS).slice(); if (chance(0.4)) cats.push('未定星'); unitWord = '党组织数'; title = '非公企业和社会组织党组织星级评定结果'; }
  else if (kind === 'grade') { cats = GRADES.slice(); unitWord = '党组织数'; title = '两新党组织评定等级情况'; }
  else if (kind === 'age') { cats = pick(AGES).slice(); unitWord = '人数'; title = '党建指导员年龄结构'; }
  else if (kind === 'edu') { cats = pick(EDUS).slice(); unitWord = '人数'; title = '党建指导员学历结构'; }
  else { cats = ctx.inds.slice(); unitWord = '指导员人数'; title = '党建指导员分行业分布情况'; }
  w0 = cats.map(() => uf(0.4, 2));
  const N = big ? ri(600, 4000) : ri(60, 500);
  const two = chance(0.6);
  const dec = pick([1, 1, 2]);
  const N0 = Math.round(N * uf(0.75, 1.08));
  const a = split(N, jit(w0)).map((x) => Math.max(3, x));
  const b = split(N0, jit(w0)).map((x) => Math.max(3, x));
  if (kind === 'star' && ctx.level === 'county' && chance(0.4)) b[b.length - 1] = 0; // e.g. no 一星/未定星 last year: growth shown as —
  const items = cats.map((c, i) => ({ label: c, v: two ? { n0: b[i], n1: a[i] } : { n1: a[i] } }));
  const y0 = ctx.y - 1, y1 = ctx.y;
  const perLab = pick([[`${y0}年`, `${y1}年`], ['上年', '本年'], [`${y0}年末`, `${y1}年末`], [`${y1}年6月`, `${y1}年12月`]]);
  let head, cols;
  const u = unitWord.includes('人') ? '（名）' : '（个）';
  if (!two) {
    head = [{ t: unitWord + u }, { t: '占比（%）' }];
    cols = [{ k: 'n1', t: 'n' }, { k: 'p1', t: 'share', num: 'n1', dec }];
  } else {
    const withShare = chance(0.7);
    const sub = (lab, nk, pk) => (withShare ? { t: lab, subs: [{ t: unitWord.replace('党组织', '') || '数量' }, { t: '占比（%）' }] } : { t: lab });
    head = [sub(perLab[0]), sub(perLab[1])];
    cols = withShare ? [{ k: 'n0', t: 'n' }, { k: 'p0', t: 'share', num: 'n0', dec }, { k: 'n1', t: 'n' }, { k: 'p1', t: 'share', num: 'n1', dec }] : [{ k: 'n0', t: 'n' }, { k: 'n1', t: 'n' }];
    if (!withShare) head = [{ t: unitWord + u, subs: head }];
    const wantDiff = chance(0.7);
    if (wantDiff) { head.push({ t: '增减' + (u === '（名）' ? '（名）' : '（个）') }); cols.push({ k: 'd', t: 'diff', a: 'n1', b: 'n0' }); }
    head.push({ t: pick(['增长（%）', '增幅（%）', '同比增长（%）', '增减率（%）']) }); cols.push({ k: 'g', t: 'chg', cur: 'n1', prev: 'n0', dec });
  }
  return {
    name: pick(['结构', '构成', '表3', 'Sheet1', title.slice(-4)]), title: `${ctx.place}${title}${pick(['统计表', '情况表', ''])}`,
    unit: pick(['单位：' + (u === '（名）' ? '名' : '个') + '、%', null]), notes: kind === 'star' ? ['注：星级评定按《两新组织党组织星级评定办法》执行。'] : [],
    S: { labelHead: pick(['项目', '类别', '分类', kind === 'ind' ? '行业' : '指标']), head, cols, items, total: { label: pick(['合计', '总计', '合  计']), pos: chance(0.35) ? 'top' : 'bottom' } }, canT: false,
  };
}

function tplAgeEdu(ctx) {
  const big = ctx.level === 'city';
  const ages = pick(AGES), edus = pick(EDUS);
  const ak = ages.map((_, i) => 'a' + i), ek = edus.map((_, i) => 'e' + i);
  const wa = ages.map(() => uf(0.5, 2)), we = edus.map(() => uf(0.4, 2));
  const avg = chance(0.3), rateCol = chance(0.6), dec = pick([1, 2]);
  const items = ctx.regs.map((l) => {
    const n = big ? ri(60, 800) : ri(8, 90);
    const v = {}; split(n, jit(wa)).forEach((x, i) => { v[ak[i]] = x; }); split(n, jit(we)).forEach((x, i) => { v[ek[i]] = x; });
    v.avg = rnd(uf(44, 58), 1); v.n_ = n;
    return { label: l, v };
  });
  const head = [{ t: '党建指导员总数' }, { t: '年龄结构', subs: ages.map((t) => ({ t })) }, { t: '学历结构', subs: edus.map((t) => ({ t })) }];
  const cols = [{ k: 'n', t: 'sum', of: ak, alt: [ek] }, ...ak.map((k) => ({ k, t: 'n' })), ...ek.map((k) => ({ k, t: 'n' }))];
  if (rateCol) { const which = chance(0.5); head.push({ t: which ? '大专及以上学历占比（%）' : `${ages[0]}占比（%）` }); cols.push({ k: 'r', t: 'rate', num: which ? ek.slice(0, 3) : [ak[0]], den: 'n', dec }); }
  if (avg) { head.push({ t: '平均年龄（岁）' }); cols.push({ k: 'avg', t: 'wavg', w: 'n_', dec: 1 }); }
  // weights for weighted avg must be summed too: n_ is an invisible key; add to nKeys via wavgW
  return {
    name: pick(['年龄学历', '队伍结构', '表4', '结构分析']), title: `${ctx.place}党建指导员年龄、学历结构情况${pick(['统计表', '表'])}`,
    unit: pick(['单位：名', '单位：名、%', null]), notes: avg ? ['注：平均年龄按各单位人数加权计算。'] : [],
    S: { labelHead: ctx.regHead, head, cols, items, total: { label: ctx.totLabel, pos: ctx.totPos() }, hidden: ['n_'] }, canT: !avg,
  };
}

function tplStar(ctx) {
  const big = ctx.level === 'city';
  const ro = regionsOrInd(ctx);
  const stars = pick(STARS); const sk = stars.map((_, i) => 'x' + i);
  const w0 = [0.12, 0.25, 0.35, 0.18, 0.1];
  const dec = pick([1, 1, 2]); const five = chance(0.4);
  const items = ro.rows.map((l) => {
    const o = big ? ri(40, 900) : ri(5, 80); const p = Math.max(5, Math.round(o * uf(0.7, 1)));
    const v = { o: Math.max(o, p) }; split(p, jit(w0)).forEach((x, i) => { v[sk[i]] = x; });
    return { label: l, v };
  });
  const head = [{ t: pick(['党组织数（个）', '党组织总数']) }, { t: pick(['参加星级评定', '参评党组织']), subs: [{ t: '合计' }, ...stars.map((t) => ({ t }))] }, { t: '四星级以上占比（%）' }];
  const cols = [{ k: 'o', t: 'n' }, { k: 'p', t: 'sum', of: sk, le: 'o' }, ...sk.map((k) => ({ k, t: 'n' })), { k: 'r45', t: 'rate', num: [sk[0], sk[1]], den: 'p', dec }];
  if (five) { head.push({ t: '五星级占比（%）' }); cols.push({ k: 'r5', t: 'rate', num: [sk[0]], den: 'p', dec }); }
  if (chance(0.3)) { head.push({ t: '参评率（%）' }); cols.push({ k: 'pr', t: 'rate', num: ['p'], den: 'o', dec }); }
  return {
    name: pick(['星级评定', '星级', '表5', `${ctx.y}年星级评定`]), title: `${ctx.y}年度${ctx.place}两新组织党组织星级评定情况${pick(['统计表', '汇总表'])}`,
    unit: pick(['单位：个、%', null]), notes: chance(0.5) ? ['注：四星级以上占比=（五星级+四星级）÷参评党组织数×100%。'] : [],
    S: { labelHead: ro.head, head, cols, items, total: { label: ro.isInd ? '合计' : ctx.totLabel, pos: ctx.totPos() } }, canT: true,
  };
}

function tplGrade(ctx) {
  const big = ctx.level === 'city';
  const ro = regionsOrInd(ctx);
  const gk = ['g0', 'g1', 'g2', 'g3'], dec = pick([1, 1, 2]);
  const items = ro.rows.map((l) => { const p = big ? ri(40, 800) : ri(6, 70); const v = {}; split(p, jit([0.35, 0.4, 0.2, 0.05])).forEach((x, i) => { v[gk[i]] = x; }); return { label: l, v }; });
  const head = [{ t: pick(['参评党组织数', '参加评定党组织（个）']) }];
  const cols = [{ k: 'p', t: 'sum', of: gk }];
  GRADES.forEach((g, i) => { head.push({ t: g, subs: [{ t: pick(['个数', '数量']) }, { t: '占比（%）' }] }); cols.push({ k: gk[i], t: 'n' }, { k: 'r' + i, t: 'rate', num: [gk[i]], den: 'p', dec }); });
  if (chance(0.5)) { head.push({ t: '“好”和“较好”占比（%）' }); cols.push({ k: 'rg', t: 'rate', num: ['g0', 'g1'], den: 'p', dec }); }
  return {
    name: pick(['评定等级', '等级评定', '表6', '分类定级']), title: `${ctx.place}非公企业和社会组织党组织评定等级情况${pick(['统计表', '表'])}`,
    unit: pick(['单位：个、%', null]), notes: ['注：评定等级分为“好”“较好”“一般”“差”四个等次。'],
    S: { labelHead: ro.head, head, cols, items, total: { label: ro.isInd ? '合计' : ctx.totLabel, pos: ctx.totPos() } }, canT: true,
  };
}

function tplPerInstr(ctx) {
  const big = ctx.level === 'city', dec = pick([1, 2]);
  const n5 = chance(0.5);
  const items = ctx.regs.map((l) => { const n = big ? ri(40, 500) : ri(5, 60); const ce = Math.round(n * uf(1.5, 5)); const co = Math.round(n * uf(0.2, 1.5)); return { label: l, v: { n, ce, co, n5: Math.round(n * uf(0.1, 0.5)) } }; });
  const head = [{ t: '党建指导员（名）' }, { t: '联系党组织数（个）', subs: [{ t: '合计' }, { t: '非公企业' }, { t: '社会组织' }] }, { t: pick(['人均联系党组织数（个）', '人均联系（个/名）', '平均每名指导员联系党组织（个）']) }];
  const cols = [{ k: 'n', t: 'n' }, { k: 'c', t: 'sum', of: ['ce', 'co'] }, { k: 'ce', t: 'n' }, { k: 'co', t: 'n' }, { k: 'avg', t: 'rate', num: ['c'], den: 'n', mult: 1, dec }];
  if (n5) { head.push({ t: '其中：联系5个以上党组织的指导员（名）' }); cols.push({ k: 'n5', t: 'n', le: 'n' }); }
  return {
    name: pick(['联系党组织', '工作量', '表7', '人均联系']), title: `${ctx.place}党建指导员联系党组织情况${pick(['统计表', '表'])}`,
    unit: pick(['单位：名、个', null]), notes: chance(0.5) ? ['注：人均联系党组织数=联系党组织数合计÷党建指导员人数。'] : [],
    S: { labelHead: ctx.regHead, head, cols, items, total: { label: ctx.totLabel, pos: ctx.totPos() } }, canT: true,
  };
}

function tplYoY(ctx) {
  const big = ctx.level === 'city', dec = pick([1, 1, 2]);
  const y0 = ctx.y - 1, y1 = ctx.y;
  const lab = pick([[`${y0}年`, `${y1}年`], ['上年', '本年'], ['上年同期', '本期']]);
  const variant = chance(0.5) ? 'A' : 'B';
  let head, cols;
  const items = ctx.regs.map((l) => {
    const n1 = big ? ri(40, 600) : ri(5, 80), n0 = Math.max(3, Math.round(n1 * uf(0.7, 1.15)));
    const E1 = big ? ri(300, 4000) : ri(15, 300), E0 = Math.max(10, Math.round(E1 * uf(0.85, 1.05)));
    const c1 = Math.max(2, Math.round(E1 * uf(0.6, 0.99))), c0 = Math.max(2, Math.min(E0, Math.round(c1 * uf(0.8, 1.02))));
    return { label: l, v: { n0, n1, E0, E1, c0, c1 } };
  });
  if (variant === 'A') {
    head = [{ t: '党建指导员（名）', subs: [{ t: lab[0] }, { t: lab[1] }, { t: '增减' }, { t: '增长（%）' }] }, { t: '覆盖非公企业（个）', subs: [{ t: lab[0] }, { t: lab[1] }, { t: '增长（%）' }] }];
    cols = [{ k: 'n0', t: 'n' }, { k: 'n1', t: 'n' }, { k: 'dn', t: 'diff', a: 'n1', b: 'n0' }, { k: 'gn', t: 'chg', cur: 'n1', prev: 'n0', dec }, { k: 'c0', t: 'n' }, { k: 'c1', t: 'n' }, { k: 'gc', t: 'chg', cur: 'c1', prev: 'c0', dec }];
  } else {
    head = [{ t: '非公企业数（个）', subs: [{ t: lab[0] }, { t: lab[1] }] }, { t: '已选派指导员企业数（个）', subs: [{ t: lab[0] }, { t: lab[1] }] }, { t: '覆盖率（%）', subs: [{ t: lab[0] }, { t: lab[1] }, { t: pick(['提高（百分点）', '增减（百分点）', '±百分点']) }] }];
    cols = [{ k: 'E0', t: 'n' }, { k: 'E1', t: 'n' }, { k: 'c0', t: 'n', le: 'E0' }, { k: 'c1', t: 'n', le: 'E1' }, { k: 'r0', t: 'rate', num: ['c0'], den: 'E0', dec }, { k: 'r1', t: 'rate', num: ['c1'], den: 'E1', dec }, { k: 'dr', t: 'diff', a: 'r1', b: 'r0', dec }];
  }
  return {
    name: pick(['同比', '两年对比', '表8', '变化情况']), title: `${ctx.place}党建指导员工作${variant === 'A' ? '同比变化' : '覆盖率变化'}情况${pick(['统计表', '对比表'])}`,
    unit: pick(['单位：名、个、%', null]), notes: variant === 'B' ? ['注：提高百分点=本年覆盖率-上年覆盖率。'] : [],
    S: { labelHead: ctx.regHead, head, cols, items, total: { label: ctx.totLabel, pos: ctx.totPos() } }, canT: false, noPct: variant === 'B',
  };
}

function tplHier(ctx) {
  const big = ctx.level === 'city', dec = pick([1, 2]);
  const items = ctx.groups.map((g) => ({
    label: g.label,
    children: g.children.map((l) => { const n = big ? ri(5, 70) : ri(2, 25); const ce = Math.round(n * uf(1.2, 4)), co = Math.round(n * uf(0.1, 1.2)); return { label: l, v: { n, g: Math.round(n * uf(0.2, 0.45)), t: Math.round(n * uf(0.1, 0.3)), ce, co } }; }),
  }));
  const head = [{ t: '党建指导员（名）' }, { t: '其中：机关干部' }, { t: '其中：退休干部' }, { t: '联系党组织（个）', subs: [{ t: '合计' }, { t: '非公企业' }, { t: '社会组织' }] }, { t: '人均联系（个）' }];
  const cols = [{ k: 'n', t: 'n' }, { k: 'g', t: 'n', le: 'n' }, { k: 't', t: 'n', le: 'n' }, { k: 'c', t: 'sum', of: ['ce', 'co'] }, { k: 'ce', t: 'n' }, { k: 'co', t: 'n' }, { k: 'avg', t: 'rate', num: ['c'], den: 'n', mult: 1, dec }];
  const style = pick(['head', 'head', 'tail', 'col']);
  return {
    name: pick(['分乡镇', '明细', '表9', '分县乡']), title: `${ctx.place}党建指导员分${big ? '县乡' : '乡镇（街道）'}选派情况${pick(['明细表', '统计表'])}`,
    unit: pick(['单位：名、个', null]), notes: [],
    S: { labelHead: big ? '县（市、区）/乡镇（街道）' : '乡镇（街道）', head, cols, items, total: { label: ctx.totLabel, pos: style === 'head' ? 'top' : pick(['top', 'bottom']) }, grp: { style, childFmt: pick(['indent', 'paren', 'num', 'plain']), blank: style !== 'col' && chance(0.25), subLabel: pick(['plain', 'named']), numbered: chance(0.8), subFirst: chance(0.3), head: big ? '县（市、区）' : '类别', head2: '乡镇（街道）' } },
    canT: false,
  };
}

function tplQz(ctx) {
  const big = ctx.level === 'city', dec = pick([1, 1, 2]);
  const mk = (u0) => { const u = u0; const pc = Math.round(u * uf(0.3, 0.8)); const ic = Math.round(u * uf(0.5, 0.98)); const n = Math.max(1, Math.round(ic / uf(2, 6))); return { u, pc, ic, n }; };
  // 其中 categories: realistic share of the parent's units; overlapping categories may coexist
  const mkq = (par, share) => {
    const u = Math.max(2, Math.round(par.u * uf(share[0], share[1])));
    const pc = Math.min(par.pc, u, Math.round(u * Math.min(0.98, par.pc / par.u * uf(1, 1.5))));
    const ic = Math.min(par.ic, u, Math.round(u * Math.min(1, par.ic / par.u * uf(1, 1.3))));
    const n = Math.max(1, Math.min(par.n, Math.round(par.n * ic / par.ic * uf(0.8, 1.2))));
    return { u, pc, ic, n };
  };
  const E = mk(big ? ri(3000, 20000) : ri(200, 1500)), O = mk(big ? ri(400, 3000) : ri(30, 250));
  const ECAT = [['规模以上企业', 0.1, 0.22], ['高新技术企业', 0.04, 0.1], ['上市企业', 0.003, 0.01], ['互联网企业', 0.03, 0.08], ['快递物流企业', 0.02, 0.05], ['外资企业', 0.01, 0.04]];
  const OCAT = [['行业协会商会', 0.12, 0.25], ['民办非企业单位', 0.4, 0.55], ['律师事务所', 0.03, 0.07], ['会计师事务所', 0.01, 0.03], ['社会工作服务机构', 0.03, 0.08]];
  const eq = sampleOrdered(ECAT, ri(1, 3)).map(([l, a, b]) => ({ label: l, v: mkq(E, [a, b]) }));
  const oq = sampleOrdered(OCAT, ri(1, 3)).map(([l, a, b]) => ({ label: l, v: mkq(O, [a, b]) }));
  const num = chance(0.6);
  const items = [{ label: (num ? '一、' : '') + '非公有制企业', v: E, qz: eq }, { label: (num ? '二、' : '') + '社会组织', v: O, qz: oq }];
  const head = [{ t: '单位数（个）' }, { t: '已建党组织', subs: [{ t: '个数' }, { t: '覆盖率（%）' }] }, { t: '选派党建指导员', subs: [{ t: '覆盖单位数（个）' }, { t: '覆盖率（%）' }, { t: '指导员人数（名）' }] }];
  const cols = [{ k: 'u', t: 'n' }, { k: 'pc', t: 'n', le: 'u' }, { k: 'pr', t: 'rate', num: ['pc'], den: 'u', dec }, { k: 'ic', t: 'n', le: 'u' }, { k: 'ir', t: 'rate', num: ['ic'], den: 'u', dec }, { k: 'n', t: 'n' }];
  return {
    name: pick(['分类情况', '两新组织', '表10', '分类统计']), title: `${ctx.place}两新组织党的组织覆盖和党建指导员选派情况`,
    unit: pick(['单位：个、名、%', null]), notes: ['注：“其中”项为部分列举，不等于上级项合计。'],
    S: { labelHead: pick(['类别', '项目', '组织类别']), head, cols, items, total: { label: pick(['合计', '总计', '两新组织合计']), pos: pick(['top', 'bottom']) }, qzFmt: pick(['each', 'first']) }, canT: false,
  };
}

function tplIndicators(ctx) {
  return {
    name: pick(['主要指标', '综合情况', '表1', '基本情况']), title: `${ctx.place}党建指导员工作主要指标${pick(['完成情况', '统计表', '对比表'])}`,
    unit: null, notes: ['注：增减栏中，比率类指标为增减百分点。'], custom: (st) => buildInd(ctx, st), canT: false, noPct: true,
  };
}
function buildInd(ctx, st) {
  const sb = new SB('tmp'); const big = ctx.level === 'city';
  const srcs = sampleOrdered(SOURCES, ri(3, 4)).concat(['其他']);
  const dec = pick([1, 2]);
  const w0 = srcs.map(() => uf(0.5, 2));
  const gen = (N, base) => {
    const f = (lo, hi) => (base ? uf(0.85, 1.02) : uf(lo, hi));
    const v = { N }; split(N, jit(w0, 0.85, 1.15)).forEach((x, i) => { v['s' + i] = x; });
    v.E = base ? Math.round(base.E * f()) : (big ? ri(3000, 20000) : ri(200, 1500)); v.EC = Math.min(v.E, Math.round(base ? base.EC * f() : v.E * uf(0.6, 0.95)));
    v.O = base ? Math.round(base.O * f()) : (big ? ri(300, 3000) : ri(30, 250)); v.OC = Math.min(v.O, Math.round(base ? base.OC * f() : v.O * uf(0.5, 0.95)));
    v.P = base ? Math.round(base.P * f()) : Math.round((v.EC + v.OC) * uf(0.3, 0.6));
    v.F5 = Math.max(3, base ? Math.round(base.F5 * uf(0.7, 1.05)) : Math.round(v.P * uf(0.05, 0.15))); v.F4 = Math.max(3, base ? Math.round(base.F4 * uf(0.75, 1.05)) : Math.round(v.P * uf(0.15, 0.3)));
    return v;
  };
  const cur = gen(big ? ri(800, 3000) : ri(60, 400));
  const prev = gen(Math.round(cur.N * uf(0.8, 1.05)), cur);
  const rounded = st.rate === 'round' || (st.rate === 'formula' && st.roundF);
  const rv = (x) => (rounded ? rnd(x, dec) : x);
  const defs = [{ lab: '党建指导员总数', u: '名', k: 'N', seq: 1 }];
  srcs.forEach((s, i) => defs.push({ lab: (i === 0 ? '其中：' : '　　　') + s, u: '名', k: 's' + i, part: 1 }));
  defs.push({ lab: '非公企业总数', u: '个', k: 'E', seq: 1 }, { lab: '已选派指导员的非公企业数', u: '个', k: 'EC', seq: 1 }, { lab: '非公企业党建指导员覆盖率', u: '%', k: 'ER', rate: ['EC', 'E', 100] });
  defs.push({ lab: '社会组织总数', u: '个', k: 'O', seq: 1 }, { lab: '已选派指导员的社会组织数', u: '个', k: 'OC', seq: 1 }, { lab: '社会组织党建指导员覆盖率', u: '%', k: 'OR', rate: ['OC', 'O', 100] });
  defs.push({ lab: '参加星级评定党组织数', u: '个', k: 'P', seq: 1 }, { lab: '其中：五星级', u: '个', k: 'F5' }, { lab: '　　　四星级', u: '个', k: 'F4' });
  defs.push({ lab: '人均联系党组织数', u: '个', k: 'AV', rate: [['EC', 'OC'], 'N', 1] });
  const periodsFirstCur = chance(0.6);
  const pl = pick([[`${ctx.y}年`, `${ctx.y - 1}年`], ['本年', '上年'], ['本期', '上年同期']]);
  const hdr = ['序号', '指标名称', '计量单位', ...(periodsFirstCur ? pl : [pl[1], pl[0]]), '增减', '增长（%）'];
  hdr.forEach((h, i) => sb.set(1, i + 1, h, { hdr: 1 }));
  const cC = periodsFirstCur ? 4 : 5, cP = periodsFirstCur ? 5 : 4, cD = 6, cG = 7;
  let r = 2, sq = 0; const pos = {};
  for (const d of defs) { pos[d.k] = r; r++; }
  const vals = { [cC]: cur, [cP]: prev };
  for (const d of defs) {
    const rr = pos[d.k];
    sb.set(rr, 1, d.seq || d.rate ? ++sq : null, { center: 1 }); sb.set(rr, 2, d.lab); sb.set(rr, 3, d.u, { center: 1 });
    for (const c of [cC, cP]) {
      const v = vals[c];
      if (d.rate) {
        const nk = Array.isArray(d.rate[0]) ? d.rate[0] : [d.rate[0]];
        const x = nk.reduce((s, k) => s + v[k], 0) / v[d.rate[1]] * d.rate[2];
        v[d.k] = rv(x);
        const o = { nf: dec === 1 ? '0.0' : '0.00', num: 1 };
        if (st.formula) { const e = `${nk.length > 1 ? '(' + nk.map((k) => tok([pos[k], c])).join('+') + ')' : tok([pos[nk[0]], c])}/${tok([pos[d.rate[1]], c])}${d.rate[2] === 100 ? '*100' : ''}`; o.f = st.roundF ? `ROUND(${e},${dec})` : e; }
        sb.set(rr, c, v[d.k], o);
        sb.rel({ t: 'rate', tg: [rr, c], num: nk.map((k) => [pos[k], c]), den: [pos[d.rate[1]], c], mult: d.rate[2], dec, sc: 1 });
      } else {
        const o = { nf: st.nfCount || undefined, num: 1 };
        if (d.k === 'N' && st.formula) o.f = rangeOrPlus(srcs.map((_, i) => [pos['s' + i], c]));
        sb.set(rr, c, st.textNums && !o.f ? String(v[d.k]) : v[d.k], o);
      }
    }
    // diff & growth
    const a = cur[d.k], b = prev[d.k];
    if (d.rate) {
      const x = a - b; const o = { nf: dec === 1 ? '0.0' : '0.00', num: 1 };
      if (st.formula) o.f = `${tok([rr, cC])}-${tok([rr, cP])}`;
      sb.set(rr, cD, rounded ? rnd(x, dec) : x, o); sb.rel({ t: 'diff', tg: [rr, cD], a: [rr, cC], b: [rr, cP], dec, osc: 1 });
      sb.set(rr, cG, '—', { center: 1 });
    } else {
      const o = { nf: st.nfCount || undefined, num: 1 };
      if (st.formula) o.f = `${tok([rr, cC])}-${tok([rr, cP])}`;
      sb.set(rr, cD, a - b, o); sb.rel({ t: 'diff', tg: [rr, cD], a: [rr, cC], b: [rr, cP], dec: 0, osc: 1 });
      const g = (a - b) / b * 100; const og = { nf: dec === 1 ? '0.0' : '0.00', num: 1 };
      if (st.formula) { const e = `(${tok([rr, cC])}-${tok([rr, cP])})/${tok([rr, cP])}*100`; og.f = st.roundF ? `ROUND(${e},${dec})` : e; }
      sb.set(rr, cG, rounded ? rnd(g, dec) : g, og); sb.rel({ t: 'chg', tg: [rr, cG], cur: [rr, cC], prev: [rr, cP], dec, sc: 1 });
    }
  }
  for (const c of [cC, cP, cD]) {
    sb.rel({ t: 'sum', tg: [pos.N, c], p: srcs.map((_, i) => [pos['s' + i], c]) });
    if (c !== cD) { sb.rel({ t: 'le', a: [pos.EC, c], b: [pos.E, c] }); sb.rel({ t: 'le', a: [pos.OC, c], b: [pos.O, c] }); sb.rel({ t: 'le', a: [pos.F5, c], b: [pos.P, c] }); sb.rel({ t: 'le', a: [pos.F4, c], b: [pos.P, c] }); }
  }
  const rEnd = r - 1;
  for (let rr = 1; rr <= rEnd; rr++) for (let cc = 1; cc <= 7; cc++) { const ce = sb.get(rr, cc); if (ce) ce.border = st.border; else sb.set(rr, cc, null, { border: st.border }); }
  sb.box = { r1: 1, c1: 1, r2: rEnd, c2: 7 };
  sb.labelCol = 2;
  return sb;
}

// region blocks of three rows: 本年 / 上年 / 增长（%）
function tplRegionPeriods(ctx) {
  return {
    name: pick(['分地区对比', '两年对比', '表11', '对比分析']), title: `${ctx.place}党建指导员及联系党组织情况${pick(['对比表', '统计表'])}`,
    unit: pick(['单位：名、个、%', null]), notes: ['注：增长=（本年-上年）÷上年×100%，上年为0的不计算。'], custom: (st) => buildRP(ctx, st), canT: false, noPct: true,
  };
}
function buildRP(ctx, st) {
  const sb = new SB('tmp'); const big = ctx.level === 'city';
  const dec = pick([1, 2]); const rounded = st.rate === 'round' || (st.rate === 'formula' && st.roundF);
  const withF5 = chance(0.6);
  const keys = ['N', 'C', 'CE', 'CO', ...(withF5 ? ['F5'] : [])];
  const curFirst = chance(0.6);
  const plab = pick([[`${ctx.y}年`, `${ctx.y - 1}年`, '增长（%）'], ['本年', '上年', '增减（%）'], ['本期', '同期', '增幅（%）']]);
  // header
  sb.set(1, 1, ctx.regHead, { hdr: 1 }); sb.merge(1, 1, 2, 1);
  sb.set(1, 2, pick(['项目', '时期', '年度']), { hdr: 1 }); sb.merge(1, 2, 2, 2);
  sb.set(1, 3, '党建指导员（名）', { hdr: 1 }); sb.merge(1, 3, 2, 3);
  sb.set(1, 4, '联系党组织数（个）', { hdr: 1 }); sb.merge(1, 4, 1, 6);
  sb.set(2, 4, '合计', { hdr: 1 }); sb.set(2, 5, '非公企业', { hdr: 1 }); sb.set(2, 6, '社会组织', { hdr: 1 });
  if (withF5) { sb.set(1, 7, '五星级党组织（个）', { hdr: 1 }); sb.merge(1, 7, 2, 7); }
  const col = { N: 3, C: 4, CE: 5, CO: 6, F5: 7 };
  const cEnd = withF5 ? 7 : 6;
  const gen = () => {
    const N1 = big ? ri(40, 600) : ri(5, 80), N0 = Math.max(2, Math.round(N1 * uf(0.75, 1.1)));
    const CE1 = Math.round(N1 * uf(1.5, 4)), CE0 = Math.round(CE1 * uf(0.8, 1.05));
    const CO1 = Math.round(N1 * uf(0.2, 1.2)), CO0 = Math.max(0, Math.round(CO1 * uf(0.7, 1.1)));
    const F1 = big ? ri(5, 60) : ri(1, 8), F0 = big ? ri(3, 50) : ri(0, 6);
    return [{ N: N1, CE: CE1, CO: CO1, F5: F1 }, { N: N0, CE: CE0, CO: CO0, F5: F0 }];
  };
  const regs = ctx.regs.map((l) => ({ label: l, p: gen() }));
  const tot = { label: ctx.totLabel, p: [0, 1].map((i) => { const o = {}; for (const k of ['N', 'CE', 'CO', 'F5']) o[k] = regs.reduce((s, g) => s + g.p[i][k], 0); return o; }) };
  for (const b of [...regs, tot]) for (const v of b.p) v.C = v.CE + v.CO;
  const blocks = chance(0.6) ? [tot, ...regs] : [...regs, tot];
  let r = 3;
  for (const b of blocks) {
    b.rows = curFirst ? [r, r + 1] : [r + 1, r]; b.g = r + 2;
    sb.set(r, 1, b.label, { center: 1, bold: b === tot ? 1 : 0 }); sb.merge(r, 1, r + 2, 1);
    sb.set(b.rows[0], 2, plab[0]); sb.set(b.rows[1], 2, plab[1]); sb.set(b.g, 2, plab[2]);
    r += 3;
  }
  for (const b of blocks) {
    for (let i = 0; i < 2; i++) for (const k of keys) {
      const rr = b.rows[i], c = col[k]; const o = { nf: st.nfCount || undefined, num: 1, bold: b === tot ? 1 : 0 };
      if (k === 'C') { sb.rel({ t: 'sum', tg: [rr, c], p: [[rr, col.CE], [rr, col.CO]] }); if (st.formula) o.f = rangeOrPlus([[rr, col.CE], [rr, col.CO]]); }
      if (b === tot) { const ps = regs.map((g) => [g.rows[i], c]); sb.rel({ t: 'sum', tg: [rr, c], p: ps }); if ((st.formula || st.sumFormula) && k !== 'C') o.f = rangeOrPlus(ps); }
      sb.set(rr, c, st.textNums ? String(b.p[i][k]) : b.p[i][k], o);
    }
    for (const k of keys) {
      const c = col[k], a = b.p[0][k], pv = b.p[1][k];
      if (pv === 0) { sb.set(b.g, c, pick(['—', '/', '']), { center: 1 }); continue; }
      const x = (a - pv) / pv * 100; const o = { nf: dec === 1 ? '0.0' : '0.00', num: 1, bold: b === tot ? 1 : 0 };
      if (st.formula) { const e = `(${tok([b.rows[0], c])}-${tok([b.rows[1], c])})/${tok([b.rows[1], c])}*100`; o.f = st.roundF ? `ROUND(${e},${dec})` : e; }
      sb.set(b.g, c, rounded || st.textNums ? rnd(x, dec) : x, o);
      sb.rel({ t: 'chg', tg: [b.g, c], cur: [b.rows[0], c], prev: [b.rows[1], c], dec, sc: 1 });
    }
  }
  const rEnd = r - 1;
  for (let rr = 1; rr <= rEnd; rr++) for (let cc = 1; cc <= cEnd; cc++) { const ce = sb.get(rr, cc); if (ce) ce.border = st.border; else sb.set(rr, cc, null, { border: st.border }); }
  sb.box = { r1: 1, c1: 1, r2: rEnd, c2: cEnd };
  sb.labelCol = 1;
  return sb;
}

const TEMPLATES = [tplCoverage, tplSource, tplList, tplAgeEdu, tplStar, tplGrade, tplPerInstr, tplYoY, tplHier, tplQz, tplIndicators, tplRegionPeriods];

// ---------- book context and style ----------
function mkCtx() {
  const level = chance(0.55) ? 'city' : 'county';
  const city = pick(CITIES);
  const county = pick(COUNTIES.filter((c) => c.endsWith('县')));
  const place = level === 'city' ? city : (chance(0.5) ? city + county : county);
  const regs = level === 'city' ? sample(COUNTIES, ri(5, 10)) : towns(ri(6, 14));
  let groups;
  if (level === 'city') { const cs = sample(COUNTIES, ri(3, 5)); const tw = towns(cs.length * 6); groups = cs.map((c, i) => ({ label: c, children: tw.slice(i * 6, i * 6 + ri(3, 6)) })); }
  else { const pre = sample(TOWN_PRE, 19); const tw = pre.slice(0, 14).map((p) => p + pick(['镇', '镇', '乡'])); const jd = pre.slice(14).map((p) => p + '街道'); groups = [{ label: pick(['街道', '城区街道']), children: jd.slice(0, ri(2, 5)) }, { label: pick(['乡镇', '镇乡']), children: tw.slice(0, ri(4, 9)) }]; if (chance(0.4)) groups.push({ label: pick(['园区', '开发区']), children: [pick(['工业园区', '经济开发区']), pick(['物流园区', '科技园区'])] }); }
  const totLabel = level === 'city' ? pick(['合计', '全市', '全市合计', '总计', '合  计']) : pick(['合计', '全县', '全县合计', '总计']);
  const totTop = chance(0.35);
  return {
    level, place, regs, groups, totLabel, y: pick([2023, 2024, 2024, 2025]),
    regHead: level === 'city' ? pick(['县（市、区）', '地区', '单位', '县市区']) : pick(['乡镇（街道）', '乡镇', '单位', '地区']),
    inds: sample(INDUSTRIES, ri(6, 10)),
    org: level === 'city' ? `中共${place}委组织部` : pick([`中共${place}委组织部`, `${place}委两新工委`]),
    totPos: () => (chance(0.8) ? (totTop ? 'top' : 'bottom') : (totTop ? 'bottom' : 'top')),
  };
}
function mkStyle(probe) {
  const st = mkStyle0(probe);
  if (st.textNums) { st.rate = 'round'; st.formula = false; st.sumFormula = false; }
  return st;
}
function mkStyle0(probe) {
  const x = R();
  const rate = x < 0.55 ? 'round' : x < 0.72 ? 'full' : x < 0.87 ? 'formula' : 'pct';
  return {
    rate, roundF: chance(0.5), formula: rate === 'formula', sumFormula: chance(0.15), nfCount: pick(['', '', '0', '#,##0']), nfRate: chance(0.8),
    border: chance(0.85), seq: chance(0.4), colNum: chance(0.12), textNums: probe && chance(0.04), title: chance(0.93), subtitle: chance(0.25),
    info: chance(0.55), unitLine: chance(0.75), notes: chance(0.6), sign: chance(0.3), startCol: chance(0.1) ? 2 : 1, blankAfterTitle: chance(0.3),
    transpose: chance(probe ? 0.2 : 0.15), stack: chance(0.3), totalMerge: chance(0.5), blankBetweenTables: ri(1, 3),
    unitRow: chance(0.12), seqStyle: pick(['num', 'num', 'num', 'cn', 'text']), side: chance(probe ? 0.15 : 0.1), textPct: chance(0.5),
  };
}

// ---------- compose sheet ----------
function compose(sheet, r, tinfo, tsb, st, ctx, tableNo, transpose, cOff = 0) {
  const c0 = st.startCol + cOff;
  const b = tsb.box;
  const w = transpose ? b.r2 - b.r1 + 1 : b.c2 - b.c1 + 1;
  if (st.title) {
    const t = (st.stack || tableNo > 1 ? `表${tableNo}　` : '') + tinfo.title;
    sheet.set(r, c0, t, { title: 1 }); sheet.merge(r, c0, r, c0 + w - 1); r++;
    if (st.subtitle) { sheet.set(r, c0, pick([`（截至${ctx.y}年12月31日）`, `（${ctx.y}年度）`, `（${ctx.y}年第四季度）`]), { center: 1 }); sheet.merge(r, c0, r, c0 + w - 1); r++; }
  }
  const unit = tinfo.unit && st.unitLine ? tinfo.unit : null;
  if (st.info) {
    sheet.set(r, c0, `填报单位：${ctx.org}`);
    const dt = `填表日期：${ctx.y + 1}年${ri(1, 2)}月${ri(1, 28)}日`;
    if (unit && chance(0.5)) { sheet.set(r, c0 + w - 1, unit, { right: 1 }); r++; sheet.set(r, c0 + w - 1, dt, { right: 1 }); r++; }
    else { sheet.set(r, c0 + Math.max(1, w - 2), dt, { right: 1 }); r++; if (unit) { sheet.set(r, c0 + w - 1, unit, { right: 1 }); r++; } }
  } else if (unit) { sheet.set(r, c0 + w - 1, unit, { right: 1 }); r++; }
  if (st.blankAfterTitle) r++;
  const map = transpose ? (rr, cc) => [r + cc - b.c1, c0 + rr - b.r1] : (rr, cc) => [r + rr - b.r1, c0 + cc - b.c1];
  for (const cell of tsb.cells.values()) {
    const [nr, nc] = map(cell.r, cell.c);
    const o = { ...cell, r: nr, c: nc };
    if (o.f) o.f = o.f.replace(/@(\d+),(\d+)@/g, (m, a, bb) => { const [x, y] = map(+a, +bb); return `@${x},${y}@`; });
    sheet.cells.set(nr + ',' + nc, o);
  }
  for (const [a1, b1, a2, b2] of tsb.merges) { const [x1, y1] = map(a1, b1), [x2, y2] = map(a2, b2); sheet.merge(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)); }
  for (const rel of tsb.rels) sheet.rels.push(mapRel(rel, (p) => map(p[0], p[1])));
  const lcMapped = map(b.r1, tsb.labelCol)[1];
  sheet.widths[lcMapped] = Math.max(sheet.widths[lcMapped] || 0, transpose ? 14 : 24);
  const h = transpose ? b.c2 - b.c1 + 1 : b.r2 - b.r1 + 1;
  r += h;
  sheet.lastW = w;
  if (st.notes && tinfo.notes.length) { for (const n of tinfo.notes) { sheet.set(r, c0, n, { note: 1 }); if (chance(0.5)) sheet.merge(r, c0, r, c0 + w - 1); r++; } }
  if (st.sign) { sheet.set(r, c0, `单位负责人：${pname()}　　　审核人：${pname()}　　　填表人：${pname()}　　　联系电话：0${ri(310, 799)}-${ri(2000000, 8999999)}`); r++; }
  return r;
}

// ---------- formula recalculation (what Excel does after someone types over a cell) ----------
function evalFormula(sheet, f) {
  const val = (r, c) => { const ce = sheet.get(r, c); const v = ce ? ce.v : 0; return typeof v === 'string' ? Number(v) : (v || 0); };
  let e = f.replace(/SUM\(@(\d+),(\d+)@:@(\d+),(\d+)@\)/g, (m, a, b, c, d) => { let s = 0; for (let r = +a; r <= +c; r++) for (let cc = +b; cc <= +d; cc++) s += val(r, cc); return '(' + s + ')'; });
  e = e.replace(/@(\d+),(\d+)@/g, (m, a, b) => '(' + val(+a, +b) + ')').replace(/ROUND\(/g, 'RND(');
  return Function('RND', 'return ' + e)((x, d) => rnd(x, d));
}
function recalc(sheet) {
  for (let it = 0; it < 6; it++) for (const ce of sheet.cells.values()) if (ce.f) ce.v = evalFormula(sheet, ce.f);
}
// ---------- plants ----------
function roles(sheet) {
  const m = new Map(); const add = (p, role) => { const k = p[0] + ',' + p[1]; if (!m.has(k)) m.set(k, new Set()); m.get(k).add(role); };
  for (const rel of sheet.rels) {
    if (rel.t === 'sum') { add(rel.tg, 'total'); rel.p.forEach((p) => add(p, 'partc')); }
    if (rel.t === 'rate') { const trivial = rel.num.length === 1 && rel.num[0][0] === rel.den[0] && rel.num[0][1] === rel.den[1]; if (!trivial) add(rel.tg, 'rate'); }
    if (rel.t === 'chg') add(rel.tg, 'chg');
  }
  for (const [k, s] of m) if (s.has('partc') && !s.has('total')) s.add('part');
  return m;
}
const numOf = (v) => (typeof v === 'string' ? Number(v.replace('%', '')) : v);
function relHolds(sheet, rel) {
  const g = (p) => { const ce = sheet.get(p[0], p[1]); return numOf(ce.v); };
  const eq = (x, y, d) => Math.abs(rnd(x, d) - rnd(y, d)) < 1e-9;
  if (rel.t === 'sum') return g(rel.tg) === rel.p.reduce((s, p) => s + g(p), 0);
  if (rel.t === 'le') return g(rel.a) <= g(rel.b);
  if (rel.t === 'rate') return eq(g(rel.tg) * rel.sc, rel.num.reduce((s, p) => s + g(p), 0) / g(rel.den) * rel.mult, rel.dec);
  if (rel.t === 'chg') return eq(g(rel.tg) * rel.sc, (g(rel.cur) - g(rel.prev)) / g(rel.prev) * 100, rel.dec);
  if (rel.t === 'diff') return eq(g(rel.tg), (g(rel.a) - g(rel.b)) * rel.osc, rel.dec);
  return true;
}
function plantBook(sheets, nPlants) {
  const plants = []; const usedCells = [];
  const shares = (sheet, k1, k2) => sheet.rels.some((rel) => { const cs = relCells(rel).map((p) => p[0] + ',' + p[1]); return cs.includes(k1) && cs.includes(k2); });
  let guard = 0;
  while (plants.length < nPlants && guard++ < 200) {
    const sheet = pick(sheets); const rm = roles(sheet);
    const kind = pick(['total', 'part', 'part', 'rate', 'rate', 'swap', 'chg', 'chg', 'chg']);
    let cands = [...rm.entries()].filter(([k, s]) => (kind === 'swap' ? (s.has('total') || s.has('part')) : s.has(kind))).map(([k]) => k);
    cands = cands.filter((k) => { const c = sheet.cells.get(k); return c && c.v !== null && c.v !== '' && Number.isFinite(numOf(c.v)); });
    if (kind === 'swap') cands = cands.filter((k) => { const s = String(Math.abs(numOf(sheet.cells.get(k).v))); return /^\d+$/.test(s) && s.length >= 2 && [...s].some((d, i) => i > 0 && d !== s[i - 1]); });
    cands = cands.filter((k) => !usedCells.some(([sh, k2]) => sh === sheet && (k2 === k || shares(sheet, k, k2))));
    if (!cands.length) continue;
    const key = pick(cands); const cell = sheet.cells.get(key);
    const was = numOf(cell.v); let now;
    const isText = typeof cell.v === 'string';
    if (kind === 'total') { const d = pick([1, 2, 3, 5, 9, 10, 20, 100]) * pick([1, -1]); now = was + d; if (now < 0) now = was + Math.abs(d); }
    else if (kind === 'part') { const mx = Math.max(2, Math.round(Math.abs(was) * 0.15)); const d = ri(1, mx) * pick([1, -1]); now = was + d; if (now < 0) now = was + Math.abs(d); }
    else if (kind === 'swap') { const s = String(Math.abs(was)); const idx = [...s].map((d, i) => i).filter((i) => i > 0 && s[i] !== s[i - 1]); const i = pick(idx); const arr = [...s]; [arr[i - 1], arr[i]] = [arr[i], arr[i - 1]]; now = Math.sign(was || 1) * Number(arr.join('')); }
    else {
      const rel = sheet.rels.find((x) => (x.t === 'rate' || x.t === 'chg') && x.tg[0] + ',' + x.tg[1] === key);
      const sc = rel.sc || 1, dec = rel.dec;
      const vis = was * sc;
      let d;
      if (kind === 'rate') d = (rel.mult === 1 ? uf(0.2, 1.5) : uf(0.4, 6)) * pick([1, -1]);
      else d = uf(1, 12) * pick([1, -1]);
      let nv = rnd(vis + d, dec);
      if (kind === 'rate' && rel.mult === 100 && vis <= 100 && (nv > 100 || nv < 0)) nv = rnd(vis - d, dec);
      if (nv < 0 && kind === 'rate') nv = rnd(vis + Math.abs(d), dec);
      now = sc === 100 ? Number((nv / 100).toPrecision(12)) : nv;
    }
    if (now === was) continue;
    const saved = [...sheet.cells.values()].filter((c) => c.f).map((c) => [c, c.v]);
    const savedF = cell.f;
    cell.v = isText ? String(now) : now; delete cell.f;
    recalc(sheet);
    // after recalculation the plant must still contradict some relation (a part whose every dependant is a formula does not)
    const broke = sheet.rels.some((rel) => relCells(rel).some((p) => p[0] === cell.r && p[1] === cell.c) && !relHolds(sheet, rel));
    if (!broke) { cell.v = isText ? String(was) : was; if (savedF) cell.f = savedF; for (const [c, v] of saved) c.v = v; continue; }
    usedCells.push([sheet, key]);
    plants.push({ sheet: sheet.name, cell: A(cell.r, cell.c), was, now, kind });
  }
  return plants;
}

// ---------- write workbook ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'office';
  const thin = { style: 'thin' };
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    let maxC = 1;
    for (const cell of sh.cells.values()) {
      maxC = Math.max(maxC, cell.c);
      const wc = ws.getCell(cell.r, cell.c);
      if (cell.f) wc.value = { formula: cell.f.replace(/@(\d+),(\d+)@/g, (m, a, b) => A(+a, +b)), result: cell.v };
      else if (cell.v !== null && cell.v !== undefined) wc.value = cell.v;
      if (cell.nf) wc.numFmt = cell.nf;
      if (cell.title) { wc.font = { name: '方正小标宋简体', size: 16, bold: true }; wc.alignment = { horizontal: 'center', vertical: 'middle' }; }
      else if (cell.hdr) { wc.font = { name: '黑体', size: 11 }; wc.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
      else if (cell.bold) wc.font = { name: '宋体', size: 11, bold: true };
      else wc.font = { name: '宋体', size: 11 };
      if (cell.center) wc.alignment = { horizontal: 'center', vertical: 'middle' };
      if (cell.right) wc.alignment = { horizontal: 'right' };
      if (cell.num) wc.alignment = { horizontal: 'right', vertical: 'middle' };
      if (cell.border) wc.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    for (let c = 1; c <= maxC; c++) ws.getColumn(c).width = sh.widths[c] || 11;
  }
  await wb.xlsx.writeFile(file);
}

// ---------- book ----------
function makeBook(probe) {
  const ctx = mkCtx(); const st = mkStyle(probe);
  const nT = pick([1, 1, 2, 2, 2, 3]);
  const tpls = sample(TEMPLATES, nT);
  const sheets = []; let cur = null; let r = 1; const desc = [];
  const usedNames = new Set();
  tpls.forEach((tpl, i) => {
    const info = tpl(ctx);
    const lst = { ...st };
    if (info.noPct && lst.rate === 'pct') lst.rate = 'round';
    const transpose = st.transpose && info.canT && i === 0;
    if (transpose) { lst.colNum = false; lst.seq = false; }
    let tsb;
    if (info.custom) tsb = info.custom(lst);
    else {
      const S = info.S; S.seq = lst.seq; S.colNum = lst.colNum; S.totalMerge = lst.totalMerge; S.unitRow = lst.unitRow; S.seqStyle = lst.seqStyle;
      tsb = gridTable(S, lst);
    }
    if (st.side && i === 1 && cur && !st.stack) {
      r = Math.max(r, compose(cur, cur.firstR, info, tsb, lst, ctx, i + 1, transpose, cur.lastW + 1));
      desc.push(tpl.name + '(side)@' + cur.name);
      return;
    }
    if (!st.stack || !cur) {
      let nm = chance(0.15) ? 'Sheet' + (sheets.length + 1) : info.name;
      if (usedNames.has(nm)) nm = nm + (sheets.length + 1);
      usedNames.add(nm);
      cur = new SB(nm); sheets.push(cur); r = 1;
    } else r += st.blankBetweenTables;
    cur.firstR = r;
    if (st.side && i === 0 && tpls.length > 1 && !st.stack) { lst.notes = false; lst.sign = false; }
    r = compose(cur, r, info, tsb, lst, ctx, i + 1, transpose);
    desc.push(tpl.name + (transpose ? '(T)' : '') + '@' + cur.name);
  });
  return { ctx, st, sheets, desc };
}
async function run(folder, n, planted, seed, prefix) {
  R = mulberry32(seed);
  const dir = path.join(ROOT, folder); fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  const rdir = path.join(ROOT, 'rels', folder); fs.rmSync(rdir, { recursive: true, force: true }); fs.mkdirSync(rdir, { recursive: true });
  const plantIdx = new Set(sample([...Array(n).keys()], planted));
  const manifest = [];
  for (let i = 0; i < n; i++) {
    const file = `${prefix}${String(i + 1).padStart(n >= 100 ? 3 : 2, '0')}.xlsx`;
    const book = makeBook(folder === 'probe');
    let plants = [];
    if (plantIdx.has(i)) { plants = plantBook(book.sheets, pick([1, 1, 2])); if (!plants.length) throw new Error('no plant ' + file); }
    await writeBook(path.join(dir, file), book.sheets);
    manifest.push({ file, clean: plants.length === 0, plants: plants.map(({ sheet, cell, was, now }) => ({ sheet, cell, was, now })) });
    const rels = book.sheets.map((s) => ({ sheet: s.name, rels: s.rels.map((rel) => mapRel(rel, (p) => A(p[0], p[1]))) }));
    fs.writeFileSync(path.join(rdir, file + '.json'), JSON.stringify({ desc: book.desc, style: book.st, plants, sheets: rels }, null, 1));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(folder, n, 'books,', manifest.filter((m) => !m.clean).length, 'planted');
}

(async () => {
  await run('cases', 45, 22, 87001, 'c');
  await run('probe', 100, 30, 87002, 'p');
})();
