// node gen.js SET N SEED [plantFrac]  -> /tmp/round104b/SET/*.xlsx, manifest.json; rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel } = require('./rel.js');
const [SET, NB, SEED, PF] = [process.argv[2], +process.argv[3], +process.argv[4], process.argv[5] === undefined ? 0.5 : +process.argv[5]];
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const R = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1)); const pick = (a) => a[Math.floor(R() * a.length)]; const ch = (p) => R() < p;
const uf = (a, b) => a + R() * (b - a);
const col = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const A = (r, c) => col(c) + r;
const rnd = (x, d) => { const f = 10 ** d; return Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const COUNTIES = ['城关区', '东城区', '西湖区', '南山区', '北塘区', '江北区', '高新区', '经开区', '临川县', '青山县', '白水县', '石门县', '安平县', '永宁县', '清河县', '长乐市', '宁远县', '平阳县', '云溪区', '桃源县'];
const TP = ['东关', '西街', '南门', '北岭', '城南', '城北', '桥头', '新塘', '马坊', '黄龙', '白沙', '石桥', '青龙', '柳林', '杨庄', '李集', '王店', '赵湾', '大营', '小河', '双河', '三里', '五里', '七星', '金城', '银湖', '凤凰', '龙泉', '花园', '和平', '胜利', '建设', '红星', '新华', '朝阳', '向阳', '丰收', '太平', '永安', '长宁', '梅岭', '荷塘', '松山', '竹园'];
const CITY = pick(['江州市', '临海市', '云山市', '青州市', '安远市']);
let book; // per-book style

class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.pl = []; this.widths = {}; this.bold = new Set(); }
  t(r, c, v) { this.cells[A(r, c)] = { v, x: null }; }
  n(r, c, x, part) { // integer
    let v = x;
    if (x === 0 && part) v = book.zeroMark;
    else if (ch(book.textP)) v = String(x);
    this.cells[A(r, c)] = { v, x, kind: 'n' };
  }
  p(r, c, x, d) { // decimal
    let v = x;
    if (ch(book.textP / 2)) v = x.toFixed(d);
    this.cells[A(r, c)] = { v, x, kind: 'p', d };
  }
  dash(r, c) { this.cells[A(r, c)] = { v: pick(['—', '-', '']), x: null }; }
  m(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(o, plant) { this.rels.push(o); if (plant) for (const [cell, kind] of plant) this.pl.push({ cell, kind }); }
}
function townName() { return pick(TP) + pick(['镇', '镇', '乡', '街道', '街道']); }
function makeUnits(hier) {
  const cs = shuffle(COUNTIES).slice(0, ri(3, hier ? 5 : 9));
  return cs.map((c) => { const used = new Set(); const towns = []; const nt = ri(2, 6); while (towns.length < nt) { const t = townName(); if (!used.has(t)) { used.add(t); towns.push({ name: t, code: String(ri(330100, 339999)) + String(ri(100, 299)) }); } } return { name: c, code: String(ri(330100, 339999)), towns }; });
}
const totLabel = () => pick(['合计', '总计', '全市', '全市合计', '合  计', '总  计']);
function title(S, r, ncol, text) { S.t(r, 1, text); S.m(r, 1, r, ncol); }
function footer(S, r, ncol, notes) {
  r++;
  if (ch(0.7)) for (const nt of notes) { S.t(r, 1, nt); if (ch(0.5)) S.m(r, 1, r, ncol); r++; }
  if (ch(0.8)) { S.t(r, 1, pick(['填报人：', '填表人：', '制表人：']) + pick(['张丽', '王芳', '李娜', '刘洋'])); S.t(r, Math.min(ncol, 3), '审核人：' + pick(['陈明', '赵强', '周军'])); if (ncol >= 5) S.t(r, ncol - 1, '联系电话：' + pick(['0571-', '0573-', '']) + ri(8000000, 8999999)); r++; }
  if (ch(0.5)) { S.t(r, 1, `填报日期：${book.year}年${book.month + 1 > 12 ? 12 : book.month + 1}月${ri(1, 10)}日`); r++; }
  return r;
}
// ---------- generic region table engine ----------
// fields: {key,label,top,type:'n'|'sum'|'rate'|'free'|'growth'|'pp', of, num, den, k, d, le, share, w, cur, prev}
function regionTable(S, r0, cfg) {
  const { fields, leafGen } = cfg;
  const units = cfg.units;
  const layout = cfg.layout;
  // build rows
  const rows = []; // {label, kind, rec, parts:[idx], county}
  const comp = (rec) => {
    for (const f of fields) if (f.type === 'sum') rec[f.key] = f.of.reduce((a, k) => a + rec[k], 0);
    for (const f of fields) if (f.type === 'rate') rec[f.key] = rec[f.den] ? rnd(rec[f.num] / rec[f.den] * (f.k || 100), f.d) : null;
    for (const f of fields) if (f.type === 'growth') rec[f.key] = rec[f.prev] ? rnd((rec[f.cur] / rec[f.prev] - 1) * 100, f.d) : null;
    for (const f of fields) if (f.type === 'pp') rec[f.key] = (rec[f.cur] === null || rec[f.prev] === null) ? null : rnd(rec[f.cur] - rec[f.prev], f.d);
    return rec;
  };
  const agg = (recs) => {
    const o = {};
    for (const f of fields) if (f.type === 'n' || f.type === 'hid') o[f.key] = recs.reduce((a, x) => a + x[f.key], 0);
    for (const f of fields) if (f.type === 'free') { const wt = recs.reduce((a, x) => a + x[f.w], 0); o[f.key] = rnd(recs.reduce((a, x) => a + x[f.key] * x[f.w], 0) / wt, f.d); }
    return comp(o);
  };
  const leaves = [];
  const mk = (u) => { const rec = comp(leafGen()); leaves.push(rec); return rec; };
  const hier = layout !== 'flat';
  let tot;
  if (!hier) {
    const recs = units.map((u) => ({ label: u.name, code: u.code, kind: 'leaf', rec: mk(u) }));
    tot = { label: cfg.totLabel, kind: 'total', rec: agg(recs.map((x) => x.rec)), parts: recs };
    rows.push(...(cfg.totalPos === 'top' ? [tot, ...recs] : [...recs, tot]));
  } else {
    const subs = []; const footLab = pick(['C小计', '小计', '  小计', 'C小计']);
    const body = [];
    units.forEach((u, i) => {
      const ts = u.towns.map((t) => ({ label: t.name, code: t.code, kind: 'leaf', rec: mk(t), county: u.name }));
      const sub = { kind: 'sub', rec: agg(ts.map((x) => x.rec)), parts: ts, code: u.code, county: u.name };
      if (layout === 'head') { sub.label = (book.numbered ? CN[i] + '、' : '') + u.name; ts.forEach((x, j) => (x.label = (book.townNum ? `${j + 1}.` : book.indent) + x.label)); body.push(sub, ...ts); }
      else { sub.label = layout === 'twocol' ? '小计' : footLab.replace('C', u.name); ts.forEach((x) => (x.label = (layout === 'foot' ? book.indent : '') + x.label)); body.push(...ts, sub); }
      subs.push(sub);
    });
    tot = { label: cfg.totLabel, kind: 'total', rec: agg(subs.map((x) => x.rec)), parts: subs };
    rows.push(...(cfg.totalPos === 'top' ? [tot, ...body] : [...body, tot]));
  }
  const vis = fields.filter((f) => f.type !== 'hid');
  // label columns
  const lab = []; // {hdr, get(row)}
  if (cfg.seqCol) lab.push({ hdr: '序号', seq: true });
  if (layout === 'twocol') { lab.push({ hdr: pick(['县（市、区）', '县区']), county: true }); lab.push({ hdr: pick(['乡镇（街道）', '乡镇街道']), town: true }); }
  else lab.push({ hdr: cfg.labelHdr, name: true });
  if (cfg.codeCol) lab.push({ hdr: '区划代码', code: true });
  if (cfg.unitCol && cfg.transpose) lab.push({ hdr: '计量单位', unit: true });
  const L = lab.length;
  const twoHdr = vis.some((f) => f.top);
  // positions: in normal: row i -> excel row, field j -> col; transpose: swap
  let hr = r0; // header start row
  const nHdr = cfg.transpose ? 1 : (twoHdr ? 2 : 1);
  const numRow = cfg.numRow && !cfg.transpose;
  const dataStart = hr + nHdr + (numRow ? 1 : 0);
  const pos = (ri_, fj) => cfg.transpose ? A(dataStart + fj, L + 1 + ri_) : A(dataStart + ri_, L + 1 + fj);
  const rc = (ri_, fj) => cfg.transpose ? [dataStart + fj, L + 1 + ri_] : [dataStart + ri_, L + 1 + fj];
  // headers
  if (!cfg.transpose) {
    lab.forEach((l, j) => { S.t(hr, j + 1, l.hdr); S.m(hr, j + 1, hr + nHdr - 1, j + 1); });
    let j = 0;
    while (j < vis.length) {
      const f = vis[j];
      if (!twoHdr) { S.t(hr, L + 1 + j, f.label); j++; continue; }
      if (!f.top) { S.t(hr, L + 1 + j, f.label); S.m(hr, L + 1 + j, hr + 1, L + 1 + j); j++; continue; }
      let k = j; while (k + 1 < vis.length && vis[k + 1].top === f.top) k++;
      S.t(hr, L + 1 + j, f.top); S.m(hr, L + 1 + j, hr, L + 1 + k);
      for (let q = j; q <= k; q++) S.t(hr + 1, L + 1 + q, vis[q].label);
      j = k + 1;
    }
    if (numRow) { const asNum = ch(0.5); lab.forEach((l, q) => S.t(hr + nHdr, q + 1, ['甲', '乙', '丙', '丁'][q])); vis.forEach((f, q) => S.t(hr + nHdr, L + 1 + q, asNum ? q + 1 : String(q + 1))); }
  } else {
    lab.forEach((l, j) => S.t(hr, j + 1, l.name || l.county ? '项目' : l.hdr === '区划代码' ? '' : l.hdr));
    lab.forEach((l, j) => { if (l.name) S.t(hr, j + 1, pick(['项目', '指标', '指标名称'])); });
    rows.forEach((row, i) => S.t(hr, L + 1 + i, row.label.trim()));
  }
  // label cells
  let seq = 0;
  if (!cfg.transpose) {
    let countyStart = null;
    rows.forEach((row, i) => {
      const r = dataStart + i;
      lab.forEach((l, j) => {
        const c = j + 1;
        if (l.seq) { if (row.kind === 'leaf' || (!hier && row.kind !== 'total')) S.t(r, c, ++seq); else if (row.kind === 'total') S.t(r, c, ''); }
        if (l.name) S.t(r, c, row.label);
        if (l.code && row.code && row.kind !== 'total') S.t(r, c, row.code);
        if (l.county) { if (row.kind === 'total') { S.t(r, c, row.label); } else if (countyStart === null || rows[i - 1].kind === 'sub' || rows[i - 1].kind === 'total') { countyStart = r; S.t(r, c, row.county); } if (row.kind === 'sub') { S.m(countyStart, c, r, c); countyStart = null; } }
        if (l.town) { if (row.kind === 'total') { S.m(r, c - 1, r, c); } else S.t(r, c, row.label); }
      });
    });
  } else {
    vis.forEach((f, j) => { const r = dataStart + j; lab.forEach((l, q) => { if (l.name) S.t(r, q + 1, f.label); if (l.unit) S.t(r, q + 1, f.unit || ''); if (l.seq) S.t(r, q + 1, j + 1); }); });
  }
  // values
  const fj = (key) => vis.findIndex((f) => f.key === key);
  rows.forEach((row, i) => {
    vis.forEach((f, j) => {
      const [r, c] = rc(i, j); const x = row.rec[f.key];
      if (x === null || x === undefined) { S.dash(r, c); return; }
      if (f.type === 'n' || f.type === 'sum') S.n(r, c, x, row.kind === 'leaf'); else S.p(r, c, x, f.d);
    });
  });
  // relations
  const idx = new Map(rows.map((r, i) => [r, i]));
  vis.forEach((f, j) => {
    if (f.type !== 'n' && f.type !== 'sum') return;
    for (const row of rows) if (row.parts) {
      const i = idx.get(row);
      S.rel({ t: 'sum', total: pos(i, j), parts: row.parts.map((p) => pos(idx.get(p), j)), tol: 0 },
        [[pos(i, j), row.kind === 'total' ? 'total' : 'subtotal'], ...(f.type === 'n' ? row.parts.filter((p) => p.kind === 'leaf').map((p) => [pos(idx.get(p), j), 'part']) : [])]);
    }
  });
  rows.forEach((row, i) => {
    const noPl = new Set();
    for (const f of vis) {
      const j = fj(f.key);
      if (f.type === 'sum' && f.of.every((k) => fj(k) >= 0)) S.rel({ t: 'sum', total: pos(i, j), parts: f.of.map((k) => pos(i, fj(k))), tol: 0 }, row.kind === 'leaf' ? [[pos(i, j), 'total']] : []);
      if (f.type === 'rate' && fj(f.num) >= 0 && fj(f.den) >= 0 && row.rec[f.key] !== null) S.rel({ t: 'rate', cell: pos(i, j), num: pos(i, fj(f.num)), den: pos(i, fj(f.den)), k: f.k || 100, tol: 0.5 * 10 ** -f.d + 1e-6 }, [[pos(i, j), f.share ? 'share' : 'rate']]);
      if (f.type === 'growth' && fj(f.cur) >= 0 && fj(f.prev) >= 0 && row.rec[f.key] !== null) S.rel({ t: 'growth', cell: pos(i, j), cur: pos(i, fj(f.cur)), prev: pos(i, fj(f.prev)), tol: 0.5 * 10 ** -f.d + 1e-6 }, [[pos(i, j), 'growth']]);
      if (f.type === 'pp' && fj(f.cur) >= 0 && fj(f.prev) >= 0 && row.rec[f.key] !== null) S.rel({ t: 'pp', cell: pos(i, j), cur: pos(i, fj(f.cur)), prev: pos(i, fj(f.prev)), tol: 0.5 * 10 ** -f.d + 1e-6 }, [[pos(i, j), 'pp']]);
      if (f.le && fj(f.le) >= 0) for (const w of [].concat(f.le)) S.rel({ t: 'le', whole: pos(i, fj(w)), parts: [pos(i, j)], tol: 0 });
    }
  });
  const ncol = cfg.transpose ? L + rows.length : L + vis.length;
  const lastRow = cfg.transpose ? dataStart + vis.length - 1 : dataStart + rows.length - 1;
  return { ncol, lastRow, dataStart };
}
// ---------- templates ----------
function unitsFor(layout) { const u = makeUnits(layout !== 'flat'); return layout === 'flat' ? u.map((x) => ({ name: x.name, code: x.code })) : u; }
function tplOrg(S) { // 妇联/工会组建
  const org = pick(['妇联', '工会']);
  const layout = pick(['head', 'foot', 'twocol', 'flat', 'flat']);
  const variant = pick(['members', 'members', 'groups', 'groupsTot']);
  const d = book.rateDec;
  const units = unitsFor(layout);
  let fields, leafGen;
  const rl = org === '妇联' ? pick(['组建率(%)', '组建率（%）', '建会率%']) : pick(['建会率(%)', '组建率（%）']);
  if (variant === 'members') {
    const mem = org === '妇联' ? '执委' : '会员';
    fields = [
      { key: 'ying', type: 'n', label: pick(['应建数', '应建' + org + '组织数']), top: ch(0.5) ? `${org}组织（个）` : null },
      { key: 'yi', type: 'n', label: pick(['已建数', '已建' + org + '组织数']), top: null, le: 'ying' },
      { key: 'rate', type: 'rate', num: 'yi', den: 'ying', d, label: rl, top: null },
      { key: 'xin', type: 'n', label: '其中：本年新建', top: null, le: 'yi' },
      { key: 'mem', type: 'n', label: pick(['合计', '小计']), top: org === '工会' ? '会员数（人）' : '会员（人）' },
      { key: 'nv', type: 'n', label: '其中：女职工', top: org === '工会' ? '会员数（人）' : '会员（人）', le: 'mem' },
      { key: 'nmg', type: 'n', label: pick(['农民工', '其中：农民工']), top: org === '工会' ? '会员数（人）' : '会员（人）', le: 'mem' },
    ];
    fields[0].top = fields[1].top = fields[2].top = fields[3].top = ch(0.5) ? `${org}组织（个）` : null;
    if (ch(0.3)) fields.splice(3, 1);
    leafGen = () => { const ying = ri(8, 260); const yi = Math.round(ying * uf(0.55, 1)); const xin = ch(0.2) ? 0 : ri(0, Math.max(1, Math.round(yi * 0.2))); const mem = yi * ri(8, 60); return { ying, yi, xin, mem, nv: Math.round(mem * uf(0.25, 0.6)), nmg: ch(0.15) ? 0 : Math.round(mem * uf(0.05, 0.5)) }; };
  } else {
    const g1 = '非公有制企业', g2 = '社会组织';
    const tf = [
      { key: 'yingT', type: 'sum', of: ['ying1', 'ying2'], label: '应建数', top: '合计' },
      { key: 'yiT', type: 'sum', of: ['yi1', 'yi2'], label: '已建数', top: '合计' },
      { key: 'rT', type: 'rate', num: 'yiT', den: 'yingT', d, label: rl, top: '合计' }];
    const gf = [
      { key: 'ying1', type: 'n', label: '应建数', top: g1 }, { key: 'yi1', type: 'n', label: '已建数', top: g1, le: 'ying1' }, { key: 'r1', type: 'rate', num: 'yi1', den: 'ying1', d, label: rl, top: g1 },
      { key: 'ying2', type: 'n', label: '应建数', top: g2 }, { key: 'yi2', type: 'n', label: '已建数', top: g2, le: 'ying2' }, { key: 'r2', type: 'rate', num: 'yi2', den: 'ying2', d, label: rl, top: g2 }];
    fields = variant === 'groupsTot' ? (ch(0.5) ? [...tf, ...gf] : [...gf, ...tf]) : gf;
    leafGen = () => { const ying1 = ri(5, 300), ying2 = ri(2, 80); return { ying1, yi1: Math.round(ying1 * uf(0.5, 1)), ying2, yi2: Math.round(ying2 * uf(0.3, 1)) }; };
  }
  const unitTxt = pick(['单位：个、人、%', '单位：个，人', '计量单位：个/人', '']);
  let r = 1;
  title(S, r++, 8, `${book.year}年${pick(['全市', '全县', CITY])}${pick(['非公有制企业和社会组织', '“两新”组织', '新经济组织和新社会组织'])}${org}组织组建情况${pick(['统计表', '汇总表', '一览表'])}`);
  if (unitTxt || ch(0.5)) { S.t(r, 1, pick([`填报单位：${CITY}${org === '妇联' ? '妇女联合会' : '总工会'}`, `（截至${book.year}年${book.month}月底）`, ''])); S.t(r, 6, unitTxt); r++; }
  const res = regionTable(S, r, { units, layout, fields, leafGen, totalPos: pick(['top', 'bottom']), totLabel: totLabel(), labelHdr: layout === 'flat' ? pick(['县（市、区）', '地区', '单位']) : '地区', seqCol: ch(0.35), codeCol: ch(0.15), numRow: ch(0.25) });
  footer(S, res.lastRow, res.ncol, ['注：1.组建率=已建数÷应建数×100%。', '2.“—”表示无数据或不适用。', '3.会员数含新入会人数。']);
}
function tplPetition(S) { // 信访 by region rows
  const layout = pick(['flat', 'flat', 'head', 'foot', 'twocol']);
  const units = unitsFor(layout); const d = book.rateDec;
  const chTop = ch(0.6) ? pick(['按渠道分', '信访件数（件）', '其中']) : null;
  const fields = [
    { key: 'tot', type: 'sum', of: ['xin', 'fang', 'wang'], label: pick(['信访总量', '合计', '总件数']), top: chTop === '其中' ? null : chTop },
    { key: 'xin', type: 'n', label: '来信', top: chTop }, { key: 'fang', type: 'n', label: '来访', top: chTop }, { key: 'wang', type: 'n', label: '网上信访', top: chTop },
    { key: 'cf', type: 'n', label: pick(['其中：重复信访', '重复信访']), le: 'tot' },
    { key: 'bj', type: 'n', label: '办结数', le: 'tot' }];
  if (ch(0.7)) fields.push({ key: 'aq', type: 'n', label: '按期办结数', le: 'bj' });
  else fields.push({ key: 'aq', type: 'hid' });
  fields.push({ key: 'aql', type: 'rate', num: 'aq', den: 'bj', d, label: pick(['按期办结率(%)', '按期办结率（%）']) });
  if (ch(0.6)) fields.push({ key: 'myl', type: 'free', w: 'bj', d, label: pick(['群众满意率(%)', '满意率（%）']) });
  if (ch(0.4)) { fields.push({ key: 'prev', type: 'n', label: '上年同期总量' }); fields.push({ key: 'g', type: 'growth', cur: 'tot', prev: 'prev', d: 1, label: pick(['同比增减(%)', '比上年同期增长%']) }); }
  else fields.push({ key: 'prev', type: 'hid' });
  const leafGen = () => { const xin = ri(0, 60), fang = ri(5, 200), wang = ri(10, 500); const tot = xin + fang + wang; const bj = Math.round(tot * uf(0.7, 1)); const aq = Math.round(bj * uf(0.85, 1)); return { xin, fang, wang, cf: Math.round(tot * uf(0, 0.2)), bj, aq, myl: rnd(uf(85, 99.8), d), prev: Math.max(1, Math.round(tot * uf(0.7, 1.4))) }; };
  let r = 1;
  title(S, r++, 9, `${book.year}年${book.month > 1 ? '1—' + book.month + '月' : '1月'}${pick(['各县（市、区）', '各乡镇（街道）', '全市'])}信访事项${pick(['受理办理', '办理', ''])}情况统计表`);
  S.t(r, 1, pick(['单位：件、%', '单位：件', '']) ); r++;
  const res = regionTable(S, r, { units, layout, fields, leafGen, totalPos: pick(['top', 'bottom']), totLabel: totLabel(), labelHdr: pick(['县（市、区）', '地区', '单位']), seqCol: ch(0.3), numRow: ch(0.2) });
  footer(S, res.lastRow, res.ncol, ['注：按期办结率=按期办结数/办结数×100%；群众满意率为回访满意件次占比。', '网上信访含阳光信访平台、领导信箱。']);
}
function tplGrid(S) { // 网格, regions as columns (transposed)
  const units = unitsFor('flat'); const d = book.rateDec;
  const gs = pick([
    ['网格总数', '其中：城市社区网格', '      农村网格', '网格员总数', '其中：专职网格员', '      兼职网格员', '专职网格员占比(%)', '受理事件数', '其中：办结数', '办结率(%)'],
    ['一、网格数', '（一）城镇网格', '（二）农村网格', '二、网格员', '（一）专职网格员', '（二）兼职网格员', '三、专职网格员占比', '四、网格事件受理数', '  其中：办结数', '五、事件办结率'],
    ['网格总数', '  城市社区网格', '  农村网格', '网格员总数', '  专职网格员', '  兼职网格员', '专职率（%）', '受理事件数', '办结事件数', '办结率（%）']]);
  const fields = [
    { key: 'wg', type: 'sum', of: ['wgc', 'wgn'], label: gs[0], unit: '个' },
    { key: 'wgc', type: 'n', label: gs[1], unit: '个' },
    { key: 'wgn', type: 'n', label: gs[2], unit: '个' },
    { key: 'wy', type: 'sum', of: ['zz', 'jz'], label: gs[3], unit: '人' },
    { key: 'zz', type: 'n', label: gs[4], unit: '人' },
    { key: 'jz', type: 'n', label: gs[5], unit: '人' },
    { key: 'zzb', type: 'rate', share: true, num: 'zz', den: 'wy', d, label: gs[6], unit: '%' },
    { key: 'sl', type: 'n', label: gs[7], unit: '件' },
    { key: 'bj', type: 'n', label: gs[8], unit: '件', le: 'sl' },
    { key: 'bjl', type: 'rate', num: 'bj', den: 'sl', d, label: gs[9], unit: '%' }];
  if (ch(0.3)) fields.splice(0, 3);
  const leafGen = () => { const wgc = ch(0.15) ? 0 : ri(20, 400), wgn = ri(30, 600); const wg = wgc + wgn; const zz = Math.round(wg * uf(0.3, 1.0)); const jz = Math.round(wg * uf(0.2, 1.2)); const sl = ri(500, 30000); return { wgc, wgn, zz, jz, sl, bj: Math.round(sl * uf(0.85, 1)) }; };
  let r = 1;
  title(S, r++, 8, `${CITY}网格化服务管理基本情况${pick(['统计表', '（' + book.year + '年' + book.month + '月）', ''])}`);
  if (ch(0.6)) { S.t(r, 1, pick(['单位：个、人、件', '填报单位：市委政法委（市社会治理中心）'])); r++; }
  const res = regionTable(S, r, { units, layout: 'flat', fields, leafGen, totalPos: pick(['top', 'bottom']), totLabel: pick(['合计', '全市', '全市合计']), transpose: true, unitCol: ch(0.6), seqCol: ch(0.2) });
  footer(S, res.lastRow, res.ncol, ['注：专职网格员占比=专职网格员数/网格员总数×100%。']);
}
function tplMonthly(S) { // 指标 rows x 本月/累计/上年同期/同比
  const d = book.rateDec;
  const mk = () => { const xin = ri(5, 150), fang = ri(20, 500), wang = ri(50, 1500); const tot = xin + fang + wang; const bj = Math.round(tot * uf(0.75, 0.98)); const aq = Math.round(bj * uf(0.85, 1)); return { xin, fang, wang, tot, cf: Math.round(tot * uf(0.02, 0.2)), bj, aq, aql: rnd(aq / bj * 100, d), myl: rnd(uf(85, 99.5), d), rc: ri(30, 900) }; };
  const M = book.month;
  const cum = mk(); const mon = {}; for (const k of ['xin', 'fang', 'wang', 'cf', 'bj', 'aq', 'rc']) mon[k] = Math.max(0, Math.round(cum[k] / M * uf(0.6, 1.4))); if (M === 1) Object.assign(mon, cum);
  mon.tot = mon.xin + mon.fang + mon.wang; if (mon.bj > mon.tot) mon.bj = mon.tot; if (mon.aq > mon.bj) mon.aq = mon.bj; if (mon.cf > mon.tot) mon.cf = Math.round(mon.tot / 5); mon.aql = mon.bj ? rnd(mon.aq / mon.bj * 100, d) : null; mon.myl = rnd(uf(85, 99.5), d);
  const prev = mk();
  const ls = pick(['num', 'cn', 'plain', 'qz']);
  const Lb = {
    num: ['一、信访总量', '  1.来信', '  2.来访', '  3.网上信访', '  其中：重复信访', '二、办结数', '  其中：按期办结', '三、按期办结率', '四、群众满意率', '五、来访人次'],
    cn: ['一、信访件数合计', '（一）来信', '（二）来访', '（三）网上信访', '  其中：重复信访件', '二、办结数', '  其中：按期办结数', '三、按期办结率', '四、群众满意率', '五、来访人次'],
    plain: ['信访总量', '  来信', '  来访', '  网上信访', '  其中：重复信访', '办结数', '  其中：按期办结数', '按期办结率', '群众满意率', '来访人次'],
    qz: ['信访总量', '其中：来信', '      来访', '      网上信访', '  其中：重复信访', '办结数', '  其中：按期办结数', '按期办结率', '群众满意率', '来访人次'] }[ls];
  const items = [
    { key: 'tot', label: Lb[0], unit: '件', parts: ['xin', 'fang', 'wang'] },
    { key: 'xin', label: Lb[1], unit: '件' },
    { key: 'fang', label: Lb[2], unit: '件' },
    { key: 'wang', label: Lb[3], unit: '件' },
    { key: 'cf', label: Lb[4], unit: '件', le: 'tot' },
    { key: 'bj', label: Lb[5], unit: '件', le: 'tot' },
    { key: 'aq', label: Lb[6], unit: '件', le: 'bj' },
    { key: 'aql', label: Lb[7], unit: '%', rate: ['aq', 'bj'] },
    { key: 'myl', label: Lb[8], unit: '%', free: true }];
  if (ch(0.4)) items.push({ key: 'rc', label: Lb[9], unit: '人次' });
  const v2 = ch(0.4); // 本月 | 上年同月 | 增减 | 累计 | 上年同期 | 增减
  const sep = ch(0.4); // separate pp column
  const cols = v2 ? [{ k: 'mon', h: '本月' }, { k: 'pmon', h: '上年同月' }, { k: 'g', cur: 'mon', prev: 'pmon', h: '同比增减（%）' }, { k: 'cum', h: '本年累计' }, { k: 'prev', h: '上年同期累计' }, { k: 'g', cur: 'cum', prev: 'prev', h: pick(['同比增减（%）', '比上年同期±%']) }]
    : [{ k: 'mon', h: pick(['本月', `${M}月`]) }, { k: 'cum', h: pick(['本年累计', `1—${M}月累计`, '累计']) }, { k: 'prev', h: pick(['上年同期', '上年同期累计']) }, { k: 'g', cur: 'cum', prev: 'prev', h: pick(['同比增减（%）', '同比±%', '比上年同期增长(%)']) }];
  if (sep) { const gi = cols.length; cols.push({ k: 'pp', cur: 'cum', prev: 'prev', h: pick(['增减（百分点）', '同比增减百分点']) }); }
  let pmon = mk(); // last-year same month
  for (const k of ['xin', 'fang', 'wang', 'cf', 'bj', 'aq', 'rc']) pmon[k] = Math.max(1, Math.round(prev[k] / M * uf(0.6, 1.4))); if (M === 1) pmon = Object.assign({}, prev); pmon.tot = pmon.xin + pmon.fang + pmon.wang; pmon.bj = Math.min(pmon.bj, pmon.tot); pmon.aq = Math.min(pmon.aq, pmon.bj); pmon.cf = Math.min(pmon.cf, pmon.tot); pmon.aql = rnd(pmon.aq / pmon.bj * 100, d);
  const data = { mon, cum, prev, pmon };
  let r = 1;
  title(S, r++, cols.length + 2, `${pick([CITY, '全县', '本区'])}${book.year}年${M}月信访工作${pick(['主要指标', '情况', '统计'])}月报表`);
  if (ch(0.6)) { S.t(r, 1, pick(['填报单位：信访局', `统计时间：${book.year}年${M}月`])); S.t(r, cols.length + 2, pick(['单位：件、%', '单位：件'])); r++; }
  const hasUnit = ch(0.7);
  const L = hasUnit ? 2 : 1;
  S.t(r, 1, pick(['指标', '项目', '指标名称'])); if (hasUnit) S.t(r, 2, pick(['单位', '计量单位']));
  cols.forEach((c, j) => S.t(r, L + 1 + j, c.h));
  r++;
  const ds = r;
  const rowOf = new Map(items.map((it, i) => [it.key, ds + i]));
  items.forEach((it, i) => {
    const rr = ds + i; S.t(rr, 1, it.label); if (hasUnit) S.t(rr, 2, it.unit);
    cols.forEach((c, j) => {
      const cc = L + 1 + j;
      const isRate = it.unit === '%';
      if (c.k === 'g' || c.k === 'pp') {
        const cu = data[c.cur][it.key], pv = data[c.prev][it.key];
        const cI = L + 1 + cols.findIndex((q) => q.k === c.cur), pI = L + 1 + cols.findIndex((q) => q.k === c.prev);
        if (isRate && (c.k === 'pp' || !sep)) { if (cu === null || pv === null) { S.dash(rr, cc); return; } S.p(rr, cc, rnd(cu - pv, d), d); S.rel({ t: 'pp', cell: A(rr, cc), cur: A(rr, cI), prev: A(rr, pI), tol: 0.5 * 10 ** -d + 1e-6 }, [[A(rr, cc), 'pp']]); return; }
        if (isRate || c.k === 'pp') { S.dash(rr, cc); return; }
        if (!pv) { S.dash(rr, cc); return; }
        S.p(rr, cc, rnd((cu / pv - 1) * 100, 1), 1); S.rel({ t: 'growth', cell: A(rr, cc), cur: A(rr, cI), prev: A(rr, pI), tol: 0.05 + 1e-6 }, [[A(rr, cc), 'growth']]); return;
      }
      const x = data[c.k][it.key];
      if (x === null) { S.dash(rr, cc); return; }
      if (isRate) { S.p(rr, cc, x, d); if (it.rate) S.rel({ t: 'rate', cell: A(rr, cc), num: A(rowOf.get(it.rate[0]), cc), den: A(rowOf.get(it.rate[1]), cc), k: 100, tol: 0.5 * 10 ** -d + 1e-6 }, [[A(rr, cc), 'rate']]); return; }
      S.n(rr, cc, x, false);
      if (it.parts) S.rel({ t: 'sum', total: A(rr, cc), parts: it.parts.map((p) => A(rowOf.get(p), cc)), tol: 0 }, [[A(rr, cc), 'total'], ...it.parts.map((p) => [A(rowOf.get(p), cc), 'part'])]);
      if (it.le) S.rel({ t: 'le', whole: A(rowOf.get(it.le), cc), parts: [A(rr, cc)], tol: 0 });
    });
  });
  // 本月 <= 累计
  footer(S, ds + items.length - 1, cols.length + L, ['注：比率类指标同比栏为增减百分点。', '网上信访含国家信访信息系统网上投诉。']);
}
function tplRunning(S) { // months as rows, running totals
  const M = Math.max(book.month, 3);
  const mon = [], cum = [], pcum = [], bj = [], bjc = [];
  let c = 0, pc = 0, bc = 0;
  for (let i = 0; i < M; i++) { const m = ri(80, 900); c += m; mon.push(m); cum.push(c); pc += ri(80, 900); pcum.push(pc); const b = Math.round(m * uf(0.7, 1.05)); bc += b; bj.push(b); bjc.push(bc); }
  const withBj = ch(0.5), withTot = ch(0.4), withG = ch(0.7), withPcum = withG || ch(0.5);
  const cols = [{ h: pick(['本月受理', '本月信访件数', '当月']), a: mon, k: 'mon' }, { h: pick(['累计受理', '累计', '本年累计']), a: cum, k: 'cum' }];
  if (withPcum) cols.push({ h: '上年同期累计', a: pcum, k: 'pcum' });
  if (withG) cols.push({ h: pick(['累计同比(%)', '同比增减%']), k: 'g' });
  if (withBj) cols.push({ h: '本月办结', a: bj, k: 'bj' }, { h: '累计办结', a: bjc, k: 'bjc' });
  let r = 1;
  title(S, r++, cols.length + 1, `${book.year}年${pick([CITY, '全县', ''])}信访件数分月${pick(['统计', '情况', '累计情况'])}表`);
  if (ch(0.5)) { S.t(r, 1, '单位：件'); r++; }
  S.t(r, 1, pick(['月份', '时间'])); cols.forEach((q, j) => S.t(r, 2 + j, q.h)); r++;
  const ds = r;
  const ci = (k) => 2 + cols.findIndex((q) => q.k === k);
  for (let i = 0; i < M; i++) {
    const rr = ds + i; S.t(rr, 1, pick([`${i + 1}月`]));
    cols.forEach((q, j) => {
      const cc = 2 + j;
      if (q.k === 'g') { S.p(rr, cc, rnd((cum[i] / pcum[i] - 1) * 100, 1), 1); S.rel({ t: 'growth', cell: A(rr, cc), cur: A(rr, ci('cum')), prev: A(rr, ci('pcum')), tol: 0.05 + 1e-6 }, [[A(rr, cc), 'growth']]); return; }
      S.n(rr, cc, q.a[i], false);
      if ((q.k === 'cum' || q.k === 'bjc') && i > 0) S.rel({ t: 'sum', total: A(rr, cc), parts: [A(rr - 1, cc), A(rr, cc - 1)], tol: 0 }, i === M - 1 || q.k === 'cum' ? [[A(rr, cc), 'running']] : []);
      if ((q.k === 'cum' || q.k === 'bjc') && i === 0) S.rel({ t: 'sum', total: A(rr, cc), parts: [A(rr, cc - 1)], tol: 0 });
    });
  }
  let last = ds + M - 1;
  if (withTot) { const rr = last + 1; S.t(rr, 1, '合计'); cols.forEach((q, j) => { const cc = 2 + j; if (q.k === 'mon' || q.k === 'bj') { S.n(rr, cc, q.a.reduce((a, b) => a + b, 0)); S.rel({ t: 'sum', total: A(rr, cc), parts: q.a.map((_, i) => A(ds + i, cc)), tol: 0 }, [[A(rr, cc), 'total']]); } else S.dash(rr, cc); }); last = rr; }
  footer(S, last, cols.length + 1, ['注：累计数为1月至当月合计。']);
}
function tplShare(S) { // categories with shares
  const d = book.rateDec;
  const cats = shuffle(['城乡建设', '劳动和社会保障', '农业农村', '自然资源', '卫生健康', '教育文体', '政法', '生态环境', '交通运输', '民政', '市场监管', '其他']).slice(0, ri(4, 9));
  if (cats.includes('其他')) { cats.splice(cats.indexOf('其他'), 1); cats.push('其他'); }
  const cur = cats.map(() => ri(5, 900)), prv = cats.map(() => ri(5, 900));
  const T = cur.reduce((a, b) => a + b, 0), P = prv.reduce((a, b) => a + b, 0);
  const sh = cur.map((x) => rnd(x / T * 100, d)), psh = prv.map((x) => rnd(x / P * 100, d));
  const withPrev = ch(0.7), withPP = withPrev && ch(0.5), withG = withPrev && ch(0.6);
  const cols = [{ k: 'cur', h: pick(['件数', '本期件数', '本年累计']) }, { k: 'sh', h: pick(['占比(%)', '占比（%）', '构成(%)']) }];
  if (withPrev) cols.push({ k: 'prv', h: '上年同期' });
  if (withPrev && withPP) cols.push({ k: 'psh', h: '上年占比(%)' });
  if (withG) cols.push({ k: 'g', h: pick(['同比增减(%)', '增长%']) });
  if (withPP) cols.push({ k: 'pp', h: pick(['占比增减（百分点）', '占比±百分点']) });
  let r = 1;
  title(S, r++, cols.length + 1, `${book.year}年${pick([CITY, '全县'])}信访事项按${pick(['问题类别', '内容'])}分类情况`);
  if (ch(0.5)) { S.t(r, 1, '单位：件、%'); r++; }
  S.t(r, 1, pick(['问题类别', '类别', '项目'])); cols.forEach((q, j) => S.t(r, 2 + j, q.h)); r++;
  const top = ch(0.6);
  const rows = top ? [-1, ...cats.map((_, i) => i)] : [...cats.map((_, i) => i), -1];
  const ds = r; const rowOf = (i) => ds + rows.indexOf(i);
  const ci = (k) => 2 + cols.findIndex((q) => q.k === k);
  rows.forEach((i, q) => {
    const rr = ds + q; S.t(rr, 1, i < 0 ? pick(['合计', '总计', '信访总量']) : (book.indent + cats[i]));
    const vals = i < 0 ? { cur: T, sh: 100, prv: P, psh: 100 } : { cur: cur[i], sh: sh[i], prv: prv[i], psh: psh[i] };
    cols.forEach((c, j) => {
      const cc = 2 + j;
      if (c.k === 'cur' || c.k === 'prv') { S.n(rr, cc, vals[c.k], i >= 0); if (i < 0) S.rel({ t: 'sum', total: A(rr, cc), parts: cats.map((_, k) => A(rowOf(k), cc)), tol: 0 }, [[A(rr, cc), 'total'], ...cats.map((_, k) => [A(rowOf(k), cc), 'part'])]); }
      if (c.k === 'sh' || c.k === 'psh') { S.p(rr, cc, i < 0 ? (ch(0.5) ? 100 : 100) : vals[c.k], d); const nc = c.k === 'sh' ? ci('cur') : ci('prv'); if (i >= 0) S.rel({ t: 'rate', cell: A(rr, cc), num: A(rr, nc), den: A(rowOf(-1), nc), k: 100, tol: 0.5 * 10 ** -d + 1e-6 }, [[A(rr, cc), 'share']]); else S.rel({ t: 'sum', total: A(rr, cc), parts: cats.map((_, k) => A(rowOf(k), cc)), tol: cats.length * 0.5 * 10 ** -d + 1e-6 }); }
      if (c.k === 'g') { S.p(rr, cc, rnd((vals.cur / vals.prv - 1) * 100, 1), 1); S.rel({ t: 'growth', cell: A(rr, cc), cur: A(rr, ci('cur')), prev: A(rr, ci('prv')), tol: 0.05 + 1e-6 }, [[A(rr, cc), 'growth']]); }
      if (c.k === 'pp') { if (i < 0) { S.dash(rr, cc); return; } S.p(rr, cc, rnd(vals.sh - vals.psh, d), d); S.rel({ t: 'pp', cell: A(rr, cc), cur: A(rr, ci('sh')), prev: A(rr, ci('psh')), tol: 0.5 * 10 ** -d + 1e-6 }, [[A(rr, cc), 'pp']]); }
    });
  });
  footer(S, ds + rows.length - 1, cols.length + 1, ['注：占比为各类别件数占信访总量的比重，因四舍五入，分项之和可能不等于100%。']);
}
const TPL = [[tplOrg, ['妇联组建', '工会组建', '表1', '组建情况']], [tplPetition, ['信访办理', '表2', '信访分县区']], [tplGrid, ['网格化', '网格基本情况', '表3']], [tplMonthly, ['月报', '信访月报', '主要指标']], [tplRunning, ['分月', '逐月累计']], [tplShare, ['分类', '按类别']]];
// ---------- book ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const S of sheets) {
    const ws = wb.addWorksheet(S.name);
    for (const [a, c] of Object.entries(S.cells)) {
      const cell = ws.getCell(a); cell.value = c.v;
      if (c.kind === 'p' && typeof c.v === 'number') cell.numFmt = c.d === 2 ? '0.00' : '0.0';
      if (c.kind === 'n' && typeof c.v === 'number' && c.v >= 1000 && book.comma) cell.numFmt = '#,##0';
    }
    for (const [r1, c1, r2, c2] of S.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { } }
    ws.getColumn(1).width = 18;
  }
  await wb.xlsx.writeFile(file);
}
(async () => {
  const out = path.join(__dirname, SET); fs.mkdirSync(out, { recursive: true }); fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(out)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(out, f));
  const manifest = [];
  for (let b = 0; b < NB; b++) {
    book = { year: pick([2023, 2024, 2025]), month: ri(1, 12), rateDec: ch(0.65) ? 1 : 2, textP: ch(0.3) ? uf(0.02, 0.15) : 0, zeroMark: pick([0, 0, '—', '-', '']), indent: pick(['  ', '　　', '', '    ']), numbered: ch(0.5), townNum: ch(0.2), comma: ch(0.3) };
    if (process.env.VAR === '2') { book.textP = uf(0.1, 0.4); book.rateDec = ch(0.5) ? 2 : 1; book.zeroMark = pick(['—', '', '-']); }
    const ns = ri(1, 4); const used = new Set(); const sheets = [];
    const tpls = shuffle(TPL).slice(0, ns);
    for (const [fn, names] of tpls) { let nm = pick(names); while (used.has(nm)) nm += '1'; used.add(nm); const S = new Sheet(nm); fn(S); sheets.push(S); }
    const file = `${SET}_${String(b + 1).padStart(3, '0')}.xlsx`;
    const plants = [];
    if (b % 2 === 1 && R() < PF * 2) {
      const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
      let done = false;
      for (let tries = 0; tries < 50 && !done; tries++) {
        const k = kinds[(b >> 1) % kinds.length + 0] && (tries < 25 ? kinds[((b >> 1) + tries) % kinds.length] : pick(kinds));
        const cands = []; for (const S of sheets) for (const p of S.pl) if (p.kind === k) cands.push([S, p]);
        if (!cands.length) continue;
        const [S, p] = pick(cands); const c = S.cells[p.cell]; if (!c || c.x === null || c.x === undefined) continue;
        let nx;
        if (c.kind === 'n') { if (c.x < 10) continue; const f = uf(0.06, 0.3) * (ch(0.5) ? 1 : -1); nx = Math.round(c.x * (1 + f)); if (Math.abs(nx - c.x) < 2) nx = c.x + 3; }
        else { const dlt = uf(3, 9) * (ch(0.5) ? 1 : -1); nx = rnd(c.x + dlt, c.d); if (p.kind === 'rate' || p.kind === 'share') { if (nx > 100 || nx < 0) nx = rnd(c.x - dlt, c.d); } }
        const was = c.v, wasx = c.x; const nv = typeof c.v === 'string' ? (c.kind === 'p' ? nx.toFixed(c.d) : String(nx)) : nx;
        c.v = nv; c.x = nx;
        const get = (a) => (S.cells[a] ? S.cells[a].v : null);
        const broken = S.rels.filter((rl) => { const e = evalRel(rl, get); return e !== null && e > 1e-9; });
        if (!broken.length) { c.v = was; c.x = wasx; continue; }
        plants.push({ sheet: S.name, cell: p.cell, was, now: nv, kind: k }); done = true;
      }
    }
    await writeBook(path.join(out, file), sheets);
    fs.writeFileSync(path.join(__dirname, 'rel', file + '.json'), JSON.stringify(Object.fromEntries(sheets.map((S) => [S.name, S.rels]))));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})();
