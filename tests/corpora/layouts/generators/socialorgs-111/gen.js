// node gen.js SET N SEED [plantFrac] [variant]
// Generates party-building-in-social-organisations workbooks + rel/<file>.json + SET/manifest.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const SET = process.argv[2], N = +process.argv[3], SEED = +process.argv[4];
const PLANT = process.argv[5] === undefined ? 0.5 : +process.argv[5];
const VAR = +(process.argv[6] || 0);
const ROOT = __dirname;
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });

function mulberry(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;

const CITIES = { '兰州市': ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'],
  '绵阳市': ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '北川县', '平武县'],
  '宜昌市': ['西陵区', '伍家岗区', '点军区', '猇亭区', '夷陵区', '宜都市', '当阳市', '枝江市', '远安县', '兴山县', '秭归县'],
  '赣州市': ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县'],
  '泰安市': ['泰山区', '岱岳区', '新泰市', '肥城市', '宁阳县', '东平县'] };
const STREETS = ['东城街道', '西城街道', '南关街道', '北关街道', '城南街道', '新华街道', '和平街道', '解放路街道', '建设街道', '文化街道', '临河镇', '柳泉镇', '石桥镇', '龙山镇', '金川乡', '河口镇', '白马乡', '青山镇'];
const DEPTS = ['民政局', '教育局', '卫生健康委员会', '人力资源和社会保障局', '文化和旅游局', '体育局', '科学技术协会', '工商业联合会', '农业农村局', '司法局', '商务局', '住房和城乡建设局', '市场监督管理局', '残疾人联合会'];
const CATS = { '社会团体': ['行业协会商会', '学术类', '专业类', '公益慈善类', '城乡社区服务类', '联合类', '其他'],
  '民办非企业单位（社会服务机构）': ['教育类', '卫生健康类', '养老服务类', '文化体育类', '科技服务类', '社会工作类', '其他'],
  '基金会': ['公募基金会', '非公募基金会'] };
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周杰', '吴霞'];

// ---------- entities ----------
const TY = ['st', 'mf', 'jj'];
const TYN = { st: '社会团体', mf: '民办非企业单位', jj: '基金会' };
function mkEnt(scale, typeMix) {
  const e = {};
  const w = typeMix || { st: 0.45, mf: 0.5, jj: 0.05 };
  for (const k of TY) {
    let n = Math.round(scale * w[k] * (0.6 + 0.8 * R()));
    if (k === 'jj' && !typeMix && chance(0.25)) n = 0;
    if (typeMix && w[k] > 0 && n < 1) n = ri(1, 3);
    const cov = 0.35 + 0.6 * R();
    const built = Math.min(n, Math.round(n * cov));
    const single = Math.round(built * (0.3 + 0.6 * R()));
    const joint = built - single;
    const guide = Math.round((n - built) * (0.3 + 0.7 * R()));
    const staff = n * ri(4, 30) + ri(0, n);
    const members = Math.round(staff * (0.02 + 0.1 * R()));
    const nP = Math.max(0, Math.round(n * (0.82 + 0.2 * R())));
    const builtP = Math.min(nP, Math.round(built * (0.7 + 0.3 * R())));
    const membersP = Math.round(members * (0.8 + 0.25 * R()));
    const newOrg = Math.max(0, built - builtP);
    e[k] = { n, built, single, joint, guide, staff, members, nP, builtP, membersP, newOrg };
  }
  const fd = 2;
  e.fund = { up: rnd(scale * 0.08 * R() + 0.5, fd), dues: rnd(scale * 0.02 * R() + 0.1, fd), self: rnd(scale * 0.05 * R(), fd) };
  e.fundP = { up: rnd(e.fund.up * (0.7 + 0.4 * R()), fd), dues: rnd(e.fund.dues * (0.8 + 0.3 * R()), fd), self: rnd(e.fund.self * (0.6 + 0.6 * R()), fd) };
  return e;
}
function sumEnts(list) {
  const e = {};
  for (const k of TY) { e[k] = {}; for (const f of Object.keys(list[0][k])) e[k][f] = list.reduce((a, x) => a + x[k][f], 0); }
  for (const g of ['fund', 'fundP']) { e[g] = {}; for (const f of ['up', 'dues', 'self']) e[g][f] = rnd(list.reduce((a, x) => a + x[g][f], 0), 2); }
  return e;
}
const F = (e, t, f) => t === 'all' ? TY.reduce((a, k) => a + e[k][f], 0) : e[t][f];

// ---------- sheet writer ----------
class Sheet {
  constructor(wb, name) { this.ws = wb.addWorksheet(name); this.name = name; this.rels = []; this.cands = []; this.vals = {}; this.txt = chance(0.15 + VAR * 0.1); this.txtCols = {}; this.dash = chance(0.5); this.dashCh = pick(['—', '-', '']); }
  put(r, c, v, fmt, opt = {}) {
    const cell = this.ws.getCell(r, c);
    if (this.txt && this.txtCols[c] === undefined) this.txtCols[c] = chance(0.5);
    if (typeof v === 'number' && !opt.keepNum && this.txt && this.txtCols[c]) v = String(v);
    cell.value = v;
    if (fmt && typeof v === 'number') cell.numFmt = fmt;
    this.vals[A(r, c)] = v;
    return A(r, c);
  }
  rel(o) { this.rels.push(Object.assign({ sheet: this.name }, o)); }
  cand(addr, kind, d) { this.cands.push({ addr, kind, d }); }
  title(text, width, row = 1) { this.ws.getCell(row, 1).value = text; if (width > 1) this.ws.mergeCells(row, 1, row, width); this.ws.getCell(row, 1).font = { bold: true, size: 14 }; this.ws.getCell(row, 1).alignment = { horizontal: 'center' }; }
  notes(r, width, lines) { for (const l of lines) { this.ws.getCell(r, 1).value = l; if (chance(0.5) && width > 2) this.ws.mergeCells(r, 1, r, width); r++; } return r; }
}
const RATEFMT = (d) => d === 1 ? '0.0' : '0.00';
function zeroish(sh, v) { return v === 0 && sh.dash ? sh.dashCh : v; }

function noteLines(kind) {
  const out = [];
  if (chance(0.6)) out.push(pick(['注：覆盖率=已建立党组织的社会组织数÷社会组织总数×100%。', '说明：1.本表统计范围为在民政部门登记的社会组织；2.联合组建指与其他单位联合建立党组织。', '注：数据截至' + pick(['2023年12月31日', '2024年6月30日', '2023年年底']) + '。']));
  if (chance(0.6)) out.push('填报单位（盖章）：' + pick(['中共' + '市委社会工作部', '市社会组织党委', '区民政局']) + '    填报人：' + pick(PEOPLE) + '    审核人：' + pick(PEOPLE));
  if (chance(0.4)) out.push('联系电话：0' + ri(100, 999) + '-' + ri(2000000, 8999999) + '    填报日期：' + pick(['2024年1月15日', '2024年7月8日', '2023年12月28日']));
  return out;
}

// records: [{label, ent, role:'total'|'sub'|'leaf', kids:[idx]}]; fields: [{key, path:[..], kind, d, ...}]
// field kinds: add(val), rate(num,den,k), share(of), diff(cur,prev) additive, growth(cur,prev), pp(cur,prev)
// hsum: [{total, parts}] per record
function genericTable(sh, o) {
  const { records, fields, hsum } = o;
  const depth = Math.max(...fields.map((f) => f.path.length));
  let r = 1;
  const leftCols = o.seq ? 2 : 1;
  const W = leftCols + fields.length;
  sh.title(o.title, W); r++;
  if (o.sub) { sh.ws.getCell(r, 1).value = o.sub; r++; }
  if (o.unit) { const c = chance(0.5) ? W : 1; sh.ws.getCell(r, c).value = o.unit; r++; }
  const h0 = r;
  // left header
  if (o.seq) { sh.ws.getCell(h0, 1).value = '序号'; if (depth > 1) sh.ws.mergeCells(h0, 1, h0 + depth - 1, 1); }
  sh.ws.getCell(h0, leftCols).value = o.leftHead; if (depth > 1) sh.ws.mergeCells(h0, leftCols, h0 + depth - 1, leftCols);
  // field headers with merges
  for (let lv = 0; lv < depth; lv++) {
    let i = 0;
    while (i < fields.length) {
      const f = fields[i];
      if (f.path.length <= lv) { i++; continue; }
      if (lv === f.path.length - 1) {
        const c = leftCols + 1 + i;
        sh.ws.getCell(h0 + lv, c).value = f.path[lv];
        if (lv < depth - 1) sh.ws.mergeCells(h0 + lv, c, h0 + depth - 1, c);
        i++; continue;
      }
      let j = i;
      const pre = JSON.stringify(f.path.slice(0, lv + 1));
      while (j + 1 < fields.length && fields[j + 1].path.length > lv + 1 && JSON.stringify(fields[j + 1].path.slice(0, lv + 1)) === pre) j++;
      sh.ws.getCell(h0 + lv, leftCols + 1 + i).value = f.path[lv];
      if (j > i) sh.ws.mergeCells(h0 + lv, leftCols + 1 + i, h0 + lv, leftCols + 1 + j);
      i = j + 1;
    }
  }
  r = h0 + depth;
  if (o.colNums) { // 甲 乙 1 2 3 row
    sh.ws.getCell(r, 1).value = '甲'; if (o.seq) sh.ws.getCell(r, 2).value = '乙';
    fields.forEach((f, i) => { sh.ws.getCell(r, leftCols + 1 + i).value = i + 1; }); r++;
  }
  const rowOf = [];
  const addrOf = (ri_, key) => A(rowOf[ri_], leftCols + 1 + fields.findIndex((f) => f.key === key));
  records.forEach((rec, idx) => {
    rowOf[idx] = r;
    if (o.seq) sh.ws.getCell(r, 1).value = rec.seq === undefined ? '' : rec.seq;
    sh.ws.getCell(r, leftCols).value = rec.label;
    const vals = {};
    fields.forEach((f) => { vals[f.key] = f.val ? f.val(rec.ent) : null; });
    for (const f of fields) {
      const c = leftCols + 1 + fields.indexOf(f);
      let v;
      if (f.kind === 'add' || f.kind === 'diff') v = vals[f.key] = f.kind === 'diff' ? rnd(vals[f.cur] - vals[f.prev], f.d || 0) : vals[f.key];
      else if (f.kind === 'rate') { const d = vals[f.den]; v = d ? rnd(vals[f.num] / d * 100, f.d) : null; vals[f.key] = v; }
      else if (f.kind === 'share') { const tot = o.totalEnt ? fields.find((x) => x.key === f.of).val(o.totalEnt) : 0; v = tot ? rnd(vals[f.of] / tot * 100, f.d) : null; vals[f.key] = v; }
      else if (f.kind === 'growth') { const p = vals[f.prev]; v = p ? rnd((vals[f.cur] / p - 1) * 100, f.d) : null; vals[f.key] = v; }
      else if (f.kind === 'pp') { const a = vals[f.cur], b = vals[f.prev]; v = (a === null || b === null) ? null : rnd(a - b, f.d); vals[f.key] = v; }
      let out = v;
      if (v === null) out = sh.dash ? '—' : '';
      else if (f.kind === 'add' && v === 0) out = zeroish(sh, 0);
      const fmt = f.kind === 'add' || f.kind === 'diff' ? (f.d ? '0.00' : (chance(0.3) ? '#,##0' : '0')) : RATEFMT(f.d);
      sh.put(r, c, out, fmt);
    }
    r++;
  });
  // relations
  records.forEach((rec, idx) => {
    for (const f of fields) {
      const me = addrOf(idx, f.key);
      const tolR = 0.5 * Math.pow(10, -(f.d || 0)) + 1e-6;
      if (f.kind === 'rate') { sh.rel({ t: 'rate', cell: me, num: addrOf(idx, f.num), den: addrOf(idx, f.den), k: 100, tol: tolR }); sh.cand(me, 'rate', f.d); }
      if (f.kind === 'share' && o.totalIdx !== undefined) { sh.rel({ t: 'rate', cell: me, num: addrOf(idx, f.of), den: addrOf(o.totalIdx, f.of), k: 100, tol: tolR }); if (idx !== o.totalIdx) sh.cand(me, 'share', f.d); }
      if (f.kind === 'growth') { sh.rel({ t: 'growth', cell: me, cur: addrOf(idx, f.cur), prev: addrOf(idx, f.prev), tol: tolR }); sh.cand(me, 'growth', f.d); }
      if (f.kind === 'pp') { sh.rel({ t: 'pp', cell: me, cur: addrOf(idx, f.cur), prev: addrOf(idx, f.prev), tol: 1e-6 + Math.pow(10, -f.d) * 0.01 }); sh.cand(me, 'pp', f.d); }
      if (f.kind === 'diff') { sh.rel({ t: 'pp', cell: me, cur: addrOf(idx, f.cur), prev: addrOf(idx, f.prev), tol: 1e-6 }); sh.cand(me, 'diff', f.d || 0); }
      if ((f.kind === 'add' || f.kind === 'diff') && rec.kids && rec.kids.length) {
        sh.rel({ t: 'sum', total: me, parts: rec.kids.map((k) => addrOf(k, f.key)), tol: 1e-6 });
        if (f.kind === 'add') sh.cand(me, rec.role === 'total' ? 'total' : 'subtotal', f.d || 0);
      }
      if (f.kind === 'add' && rec.role === 'leaf' && !(hsum || []).some((h) => h.total === f.key)) sh.cand(me, 'part', f.d || 0);
    }
    for (const h of hsum || []) {
      sh.rel({ t: 'sum', total: addrOf(idx, h.total), parts: h.parts.map((p) => addrOf(idx, p)), tol: 1e-6 });
      if (rec.role === 'leaf') sh.cand(addrOf(idx, h.total), 'total', 0);
    }
  });
  if (o.notes !== false) sh.notes(r + (chance(0.5) ? 1 : 0), W, noteLines());
  sh.ws.columns.forEach((c, i) => { c.width = i < leftCols ? (i === leftCols - 1 ? 22 : 6) : 11; });
}

// ---------- record builders ----------
function regionRecords(city, opts = {}) {
  const counties = CITIES[city].slice(0, ri(4, CITIES[city].length));
  const recs = [];
  const top = chance(0.6);
  const grouped = opts.grouped;
  if (opts.subTop === undefined) opts.subTop = chance(0.7);
  const groups = [];
  if (grouped) {
    // counties -> streets with 小计
    const cs = counties.slice(0, ri(2, Math.min(4, counties.length)));
    for (const c of cs) {
      const st = [...STREETS].sort(() => R() - 0.5).slice(0, ri(2, 5)).map((s) => ({ label: s, ent: mkEnt(ri(8, 90)), role: 'leaf' }));
      groups.push({ label: c, leaves: st });
    }
  } else counties.forEach((c) => groups.push({ label: c, leaves: null, ent: mkEnt(ri(40, 600)) }));
  const totalLabel = pick(['合计', '总计', city, '全市', city + '合计']);
  const list = [];
  const subLabelStyle = pick(['name', 'xiaoji', 'namexiaoji']);
  const indent = pick(['', '  ', '　　']);
  for (const g of groups) {
    if (g.leaves) {
      const sub = { label: subLabelStyle === 'name' ? g.label : subLabelStyle === 'xiaoji' ? g.label + '小计' : g.label + '（小计）', ent: sumEnts(g.leaves.map((l) => l.ent)), role: 'sub', kids: [] };
      const subTop = opts.subTop;
      const grp = [];
      if (subTop) grp.push(sub);
      for (const l of g.leaves) grp.push({ label: indent + l.label, ent: l.ent, role: 'leaf' });
      if (!subTop) { sub.label = subLabelStyle === 'name' ? g.label + '小计' : sub.label; grp.push(sub); }
      list.push(grp);
    } else list.push([{ label: g.label, ent: g.ent, role: 'leaf' }]);
  }
  const flat = [];
  const total = { label: totalLabel, role: 'total', kids: [] };
  if (top) flat.push(total);
  for (const grp of list) {
    const base = flat.length;
    grp.forEach((x) => flat.push(x));
    const subIdx = grp.findIndex((x) => x.role === 'sub');
    if (subIdx >= 0) { flat[base + subIdx].kids = grp.map((x, i) => i).filter((i) => i !== subIdx).map((i) => base + i); total.kids.push(base + subIdx); }
    else total.kids.push(base);
  }
  if (!top) flat.push(total);
  total.ent = sumEnts(total.kids.map((k) => flat[k].ent));
  if (opts.seq) { let n = 0; flat.forEach((x) => { if (x.role !== 'total') x.seq = ++n; }); }
  return { records: flat, totalIdx: flat.indexOf(total), totalEnt: total.ent };
}

function deptRecords(opts = {}) {
  // groups by type with categories (numbered 一、(一))
  const flat = [];
  const total = { label: pick(['总计', '合计', '全市合计']), role: 'total', kids: [] };
  const top = chance(0.7);
  if (top) flat.push(total);
  const byDept = chance(0.4);
  const lind = pick(['  ', '　', '']);
  const types = Object.keys(CATS);
  types.forEach((t, ti) => {
    const tkey = TY[ti];
    const items = byDept ? [...DEPTS].sort(() => R() - 0.5).slice(0, ri(3, 6)) : CATS[t].slice(0, t === '基金会' ? 2 : ri(3, CATS[t].length));
    const leaves = items.map((it) => { const mix = { st: 0, mf: 0, jj: 0 }; mix[tkey] = 1; return { label: it, ent: mkEnt(ri(tkey === 'jj' ? 3 : 15, tkey === 'jj' ? 30 : 300), mix), role: 'leaf' }; });
    const sub = { label: CN[ti] + '、' + t, ent: sumEnts(leaves.map((l) => l.ent)), role: 'sub', kids: [] };
    const base = flat.length;
    flat.push(sub);
    leaves.forEach((l, i) => { l.label = (opts.paren ? '（' + CN[i] + '）' : lind) + l.label; flat.push(l); sub.kids.push(base + 1 + i); });
    total.kids.push(base);
  });
  if (!top) flat.push(total);
  total.ent = sumEnts(total.kids.map((k) => flat[k].ent));
  return { records: flat, totalIdx: flat.indexOf(total), totalEnt: total.ent };
}

function sizeRecords() {
  const classes = pick([['3人以下', '3—9人', '10—49人', '50人及以上'], ['无专职人员', '1—2人', '3—9人', '10—29人', '30—49人', '50人以上'], ['3人以下', '3人及以上不足10人', '10人及以上不足50人', '50人及以上']]);
  const leaves = classes.map((c, i) => ({ label: c, ent: mkEnt(Math.round(ri(30, 400) * (1.4 - i / classes.length))), role: 'leaf' }));
  const total = { label: pick(['合计', '总计']), role: 'total', kids: [] };
  const top = chance(0.5);
  const flat = top ? [total, ...leaves] : [...leaves, total];
  total.kids = leaves.map((l) => flat.indexOf(l));
  total.ent = sumEnts(leaves.map((l) => l.ent));
  return { records: flat, totalIdx: flat.indexOf(total), totalEnt: total.ent };
}

// ---------- field sets ----------
function fieldsFlat(d) {
  const cov = chance(0.5) ? '党组织覆盖率（%）' : '覆盖率(%)';
  const fl = [
    { key: 'n', path: ['社会组织数（个）'], kind: 'add', val: (e) => F(e, 'all', 'n') },
    { key: 'b', path: ['已建立党组织的社会组织数', '小计'], kind: 'add', val: (e) => F(e, 'all', 'built') },
    { key: 's', path: ['已建立党组织的社会组织数', '单独组建'], kind: 'add', val: (e) => F(e, 'all', 'single') },
    { key: 'j', path: ['已建立党组织的社会组织数', '联合组建'], kind: 'add', val: (e) => F(e, 'all', 'joint') },
    { key: 'c', path: [cov], kind: 'rate', num: 'b', den: 'n', d },
  ];
  if (chance(0.7)) fl.push({ key: 'g', path: ['选派党建工作指导员（名）'], kind: 'add', val: (e) => F(e, 'all', 'guide') });
  if (chance(0.7)) { fl.push({ key: 'st', path: ['从业人员数（人）'], kind: 'add', val: (e) => F(e, 'all', 'staff') }); fl.push({ key: 'm', path: ['党员数（人）'], kind: 'add', val: (e) => F(e, 'all', 'members') }); }
  if (chance(0.3)) fl.splice(2, 0, ...[]);
  if (chance(0.4)) { fl[1].path = ['已建立党组织的社会组织数', '合计']; }
  if (chance(0.3)) { fl[1].path = ['已建党组织数']; fl[2].path = ['其中', '单独组建']; fl[3].path = ['其中', '联合组建']; }
  return { fields: fl, hsum: [{ total: 'b', parts: ['s', 'j'] }] };
}
function fieldsTypes(d) {
  const fl = [];
  const groups = [['all', pick(['合计', '社会组织总体'])], ['st', '社会团体'], ['mf', pick(['民办非企业单位', '社会服务机构', '民办非企业单位（社会服务机构）'])], ['jj', '基金会']];
  const totFirst = chance(0.7);
  const order = totFirst ? groups : [...groups.slice(1), groups[0]];
  const withMem = chance(0.3);
  for (const [t, name] of order) {
    fl.push({ key: 'n' + t, path: [name, '总数'], kind: 'add', val: (e) => F(e, t, 'n') });
    fl.push({ key: 'b' + t, path: [name, '已建党组织'], kind: 'add', val: (e) => F(e, t, 'built') });
    fl.push({ key: 'c' + t, path: [name, '覆盖率(%)'], kind: 'rate', num: 'b' + t, den: 'n' + t, d });
    if (withMem) fl.push({ key: 'm' + t, path: [name, '党员数'], kind: 'add', val: (e) => F(e, t, 'members') });
  }
  const hsum = [{ total: 'nall', parts: ['nst', 'nmf', 'njj'] }, { total: 'ball', parts: ['bst', 'bmf', 'bjj'] }];
  if (withMem) hsum.push({ total: 'mall', parts: ['mst', 'mmf', 'mjj'] });
  return { fields: fl, hsum };
}
function fieldsFunds() {
  const fl = [
    { key: 'ft', path: ['党建工作经费（万元）', '合计'], kind: 'add', d: 2, val: (e) => rnd(e.fund.up + e.fund.dues + e.fund.self, 2) },
    { key: 'fu', path: ['党建工作经费（万元）', '其中', '上级拨付'], kind: 'add', d: 2, val: (e) => e.fund.up },
    { key: 'fd', path: ['党建工作经费（万元）', '其中', '党费返还'], kind: 'add', d: 2, val: (e) => e.fund.dues },
    { key: 'fs', path: ['党建工作经费（万元）', '其中', '自筹'], kind: 'add', d: 2, val: (e) => e.fund.self },
  ];
  if (chance(0.5)) { fl.unshift({ key: 'm', path: ['党员数（人）'], kind: 'add', val: (e) => F(e, 'all', 'members') }); }
  if (chance(0.5)) fl.push({ key: 'avg', path: ['上级拨付占比（%）'], kind: 'rate', num: 'fu', den: 'ft', d: 1 });
  return { fields: fl, hsum: [{ total: 'ft', parts: ['fu', 'fd', 'fs'] }] };
}
function fieldsYears(d, y) {
  const fl = [
    { key: 'np', path: [(y - 1) + '年', '社会组织数'], kind: 'add', val: (e) => F(e, 'all', 'nP') },
    { key: 'bp', path: [(y - 1) + '年', '已建党组织'], kind: 'add', val: (e) => F(e, 'all', 'builtP') },
    { key: 'cp', path: [(y - 1) + '年', '覆盖率(%)'], kind: 'rate', num: 'bp', den: 'np', d },
    { key: 'n', path: [y + '年', '社会组织数'], kind: 'add', val: (e) => F(e, 'all', 'n') },
    { key: 'b', path: [y + '年', '已建党组织'], kind: 'add', val: (e) => F(e, 'all', 'built') },
    { key: 'c', path: [y + '年', '覆盖率(%)'], kind: 'rate', num: 'b', den: 'n', d },
  ];
  const g = pick([0, 1, 2]);
  if (g === 0) { fl.push({ key: 'dn', path: ['增减', '社会组织数'], kind: 'diff', cur: 'n', prev: 'np' }); fl.push({ key: 'db', path: ['增减', '已建党组织'], kind: 'diff', cur: 'b', prev: 'bp' }); fl.push({ key: 'dc', path: ['增减', '覆盖率（百分点）'], kind: 'pp', cur: 'c', prev: 'cp', d }); }
  else if (g === 1) { fl.push({ key: 'gn', path: ['比上年增长（%）', '社会组织数'], kind: 'growth', cur: 'n', prev: 'np', d: 1 }); fl.push({ key: 'gb', path: ['比上年增长（%）', '已建党组织'], kind: 'growth', cur: 'b', prev: 'bp', d: 1 }); fl.push({ key: 'dc', path: ['覆盖率增减（百分点）'], kind: 'pp', cur: 'c', prev: 'cp', d }); }
  else { fl.push({ key: 'db', path: ['已建党组织增减（个）'], kind: 'diff', cur: 'b', prev: 'bp' }); fl.push({ key: 'gb', path: ['已建党组织增长（%）'], kind: 'growth', cur: 'b', prev: 'bp', d: pick([1, 2]) }); fl.push({ key: 'dc', path: ['覆盖率提高（百分点）'], kind: 'pp', cur: 'c', prev: 'cp', d }); }
  return { fields: fl, hsum: [] };
}
function fieldsShare(d) {
  const fl = [
    { key: 'n', path: ['社会组织数', '数量（个）'], kind: 'add', val: (e) => F(e, 'all', 'n') },
    { key: 'sh', path: ['社会组织数', '占比（%）'], kind: 'share', of: 'n', d: pick([1, 2]) },
    { key: 'b', path: ['已建立党组织', '数量（个）'], kind: 'add', val: (e) => F(e, 'all', 'built') },
    { key: 'c', path: ['已建立党组织', '覆盖率（%）'], kind: 'rate', num: 'b', den: 'n', d },
  ];
  if (chance(0.5)) { fl.push({ key: 'st', path: ['从业人员（人）'], kind: 'add', val: (e) => F(e, 'all', 'staff') }); fl.push({ key: 'm', path: ['党员（人）'], kind: 'add', val: (e) => F(e, 'all', 'members') }); fl.push({ key: 'msh', path: ['党员占从业人员比例（%）'], kind: 'rate', num: 'm', den: 'st', d: pick([1, 2]) }); }
  return { fields: fl, hsum: [] };
}

// ---------- transposed: indicators as rows, regions as columns ----------
function transposedSheet(sh, city, y, d) {
  const counties = CITIES[city].slice(0, ri(3, CITIES[city].length));
  const ents = counties.map(() => mkEnt(ri(40, 500)));
  const tot = sumEnts(ents);
  const cols = [{ label: pick(['全市', '合计', city]), ent: tot }, ...counties.map((c, i) => ({ label: c, ent: ents[i] }))];
  if (chance(0.3)) { cols.push(cols.shift()); }
  const totCol = cols.findIndex((c) => c.ent === tot);
  const ind = pick(['  ', '　　', '']);
  const rows = [
    { key: 'n', label: '社会组织总数（个）', val: (e) => F(e, 'all', 'n') },
    { key: 'nst', label: ind + '其中：社会团体', val: (e) => F(e, 'st', 'n') },
    { key: 'nmf', label: ind + (ind ? '      ' : '') + '民办非企业单位', val: (e) => F(e, 'mf', 'n') },
    { key: 'njj', label: ind + (ind ? '      ' : '') + '基金会', val: (e) => F(e, 'jj', 'n') },
    { key: 'b', label: '已建立党组织的社会组织（个）', val: (e) => F(e, 'all', 'built') },
    { key: 'bs', label: ind + '其中：单独组建', val: (e) => F(e, 'all', 'single') },
    { key: 'bj', label: ind + (ind ? '      ' : '') + '联合组建', val: (e) => F(e, 'all', 'joint') },
    { key: 'c', label: '党组织覆盖率（%）', kind: 'rate', num: 'b', den: 'n' },
    { key: 'g', label: '选派党建工作指导员（名）', val: (e) => F(e, 'all', 'guide') },
    { key: 'st', label: '从业人员（人）', val: (e) => F(e, 'all', 'staff') },
    { key: 'm', label: '党员（人）', val: (e) => F(e, 'all', 'members') },
    { key: 'ft', label: '党建工作经费（万元）', d: 2, val: (e) => rnd(e.fund.up + e.fund.dues + e.fund.self, 2) },
    { key: 'fu', label: ind + '其中：上级拨付', d: 2, val: (e) => e.fund.up },
    { key: 'fd', label: ind + (ind ? '      ' : '') + '党费返还', d: 2, val: (e) => e.fund.dues },
    { key: 'fs', label: ind + (ind ? '      ' : '') + '自筹', d: 2, val: (e) => e.fund.self },
  ];
  const withUnitCol = chance(0.4);
  if (withUnitCol) rows.forEach((r) => { r.unit = r.kind === 'rate' ? '%' : r.d ? '万元' : /人|名/.test(r.label) ? '人' : '个'; r.label = r.label.replace(/（(个|人|名|万元|%)）/, ''); });
  const L = withUnitCol ? 2 : 1;
  const W = L + cols.length;
  sh.title(y + '年' + city + '社会组织党建工作情况统计表', W);
  let r = 2;
  if (chance(0.6)) { sh.ws.getCell(r, W).value = pick(['单位：个、人、万元', '金额单位：万元']); r++; }
  sh.ws.getCell(r, 1).value = pick(['指标', '项目', '指标名称']); if (withUnitCol) sh.ws.getCell(r, 2).value = '计量单位';
  cols.forEach((c, i) => sh.ws.getCell(r, L + 1 + i).value = c.label);
  r++;
  const rowAt = {};
  for (const row of rows) {
    rowAt[row.key] = r;
    sh.ws.getCell(r, 1).value = row.label; if (withUnitCol) sh.ws.getCell(r, 2).value = row.unit;
    cols.forEach((c, i) => {
      let v;
      if (row.kind === 'rate') { const dd = F(c.ent, 'all', 'n'); v = dd ? rnd(F(c.ent, 'all', 'built') / dd * 100, d) : '—'; sh.put(r, L + 1 + i, v, RATEFMT(d)); }
      else { v = row.val(c.ent); sh.put(r, L + 1 + i, row.key === 'njj' ? zeroish(sh, v) : v, row.d ? '0.00' : '0'); }
    });
    r++;
  }
  const ad = (key, i) => A(rowAt[key], L + 1 + i);
  cols.forEach((c, i) => {
    const vs = [['n', ['nst', 'nmf', 'njj']], ['b', ['bs', 'bj']], ['ft', ['fu', 'fd', 'fs']]];
    for (const [t, p] of vs) { sh.rel({ t: 'sum', total: ad(t, i), parts: p.map((k) => ad(k, i)), tol: 1e-6 }); if (i !== totCol) sh.cand(ad(t, i), 'total', t === 'ft' ? 2 : 0); }
    sh.rel({ t: 'rate', cell: ad('c', i), num: ad('b', i), den: ad('n', i), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6 }); sh.cand(ad('c', i), 'rate', d);
  });
  for (const row of rows) {
    if (row.kind === 'rate') continue;
    sh.rel({ t: 'sum', total: ad(row.key, totCol), parts: cols.map((c, i) => i).filter((i) => i !== totCol).map((i) => ad(row.key, i)), tol: 1e-6 });
    if (!['n', 'b', 'ft'].includes(row.key)) cols.forEach((c, i) => { if (i !== totCol) sh.cand(ad(row.key, i), 'part', row.d || 0); });
  }
  sh.notes(r + 1, W, noteLines());
  sh.ws.getColumn(1).width = 30;
}

// ---------- two years, indicators as rows ----------
function yearsSheet(sh, ent, y, d, place) {
  const rows = [
    { key: 'n', label: '社会组织总数（个）', f: (e, p) => F(e, 'all', p ? 'nP' : 'n') },
    { key: 'nst', label: '  其中：社会团体', f: (e, p) => F(e, 'st', p ? 'nP' : 'n') },
    { key: 'nmf', label: '        民办非企业单位', f: (e, p) => F(e, 'mf', p ? 'nP' : 'n') },
    { key: 'njj', label: '        基金会', f: (e, p) => F(e, 'jj', p ? 'nP' : 'n') },
    { key: 'b', label: '已建立党组织的社会组织（个）', f: (e, p) => F(e, 'all', p ? 'builtP' : 'built') },
    { key: 'bst', label: '  其中：社会团体', f: (e, p) => F(e, 'st', p ? 'builtP' : 'built') },
    { key: 'bmf', label: '        民办非企业单位', f: (e, p) => F(e, 'mf', p ? 'builtP' : 'built') },
    { key: 'bjj', label: '        基金会', f: (e, p) => F(e, 'jj', p ? 'builtP' : 'built') },
    { key: 'c', label: '党组织覆盖率（%）', rate: ['b', 'n'] },
    { key: 'cst', label: '  其中：社会团体', rate: ['bst', 'nst'] },
    { key: 'cmf', label: '        民办非企业单位', rate: ['bmf', 'nmf'] },
    { key: 'm', label: '党员人数（人）', f: (e, p) => F(e, 'all', p ? 'membersP' : 'members') },
    { key: 'ft', label: '党建工作经费（万元）', d: 2, f: (e, p) => { const x = p ? e.fundP : e.fund; return rnd(x.up + x.dues + x.self, 2); } },
    { key: 'fu', label: '  其中：上级拨付', d: 2, f: (e, p) => (p ? e.fundP : e.fund).up },
    { key: 'fd', label: '        党费返还', d: 2, f: (e, p) => (p ? e.fundP : e.fund).dues },
    { key: 'fs', label: '        自筹', d: 2, f: (e, p) => (p ? e.fundP : e.fund).self },
  ];
  const curFirst = chance(0.3);
  const hasDiff = chance(0.8), hasGrowth = chance(0.8) || !hasDiff;
  const heads = curFirst ? [y + '年', (y - 1) + '年'] : [(y - 1) + '年', y + '年'];
  if (hasDiff) heads.push(pick(['增减', '增减量', '比上年增减']));
  if (hasGrowth) heads.push(pick(['增长（%）', '比上年增长(%)', '增幅(%)']));
  const W = 1 + heads.length;
  sh.title(place + y + '年社会组织党建工作主要指标', W);
  let r = 2;
  sh.ws.getCell(r, 1).value = pick(['指标', '项目']);
  heads.forEach((h, i) => sh.ws.getCell(r, 2 + i).value = h);
  r++;
  const cc = curFirst ? 2 : 3, pc = curFirst ? 3 : 2, dc = 4, gc = hasDiff ? 5 : 4;
  const rowAt = {}, vals = {};
  for (const row of rows) {
    rowAt[row.key] = r;
    sh.ws.getCell(r, 1).value = row.label;
    let cv, pv;
    if (row.rate) { const [nu, de] = row.rate; cv = vals[de][0] ? rnd(vals[nu][0] / vals[de][0] * 100, d) : null; pv = vals[de][1] ? rnd(vals[nu][1] / vals[de][1] * 100, d) : null; }
    else { cv = row.f(ent, false); pv = row.f(ent, true); }
    vals[row.key] = [cv, pv];
    const fmt = row.rate ? RATEFMT(d) : row.d ? '0.00' : '0';
    sh.put(r, cc, cv === null ? '—' : cv, fmt); sh.put(r, pc, pv === null ? '—' : pv, fmt);
    if (hasDiff) sh.put(r, dc, cv === null || pv === null ? '—' : rnd(cv - pv, row.rate ? d : row.d || 0), fmt);
    if (hasGrowth) {
      if (row.rate) sh.ws.getCell(r, gc).value = sh.dash ? '—' : null;
      else sh.put(r, gc, pv ? rnd((cv / pv - 1) * 100, 1) : '—', '0.0');
    }
    const me = (c) => A(r, c);
    if (hasDiff && cv !== null && pv !== null) { sh.rel({ t: 'pp', cell: me(dc), cur: me(cc), prev: me(pc), tol: 1e-6 }); sh.cand(me(dc), row.rate ? 'pp' : 'diff', row.rate ? d : row.d || 0); }
    if (hasGrowth && !row.rate && pv) { sh.rel({ t: 'growth', cell: me(gc), cur: me(cc), prev: me(pc), tol: 0.05 + 1e-6 }); sh.cand(me(gc), 'growth', 1); }
    r++;
  }
  const sums = [['n', ['nst', 'nmf', 'njj']], ['b', ['bst', 'bmf', 'bjj']], ['ft', ['fu', 'fd', 'fs']]];
  const cols = [cc, pc]; if (hasDiff) cols.push(dc);
  for (const [t, p] of sums) for (const c of cols) {
    sh.rel({ t: 'sum', total: A(rowAt[t], c), parts: p.map((k) => A(rowAt[k], c)), tol: 1e-6 });
    if (c !== dc) { sh.cand(A(rowAt[t], c), 'total', t === 'ft' ? 2 : 0); for (const k of p) sh.cand(A(rowAt[k], c), 'part', t === 'ft' ? 2 : 0); }
  }
  for (const [rc, nu, de] of [['c', 'b', 'n'], ['cst', 'bst', 'nst'], ['cmf', 'bmf', 'nmf']]) for (const c of [cc, pc]) {
    sh.rel({ t: 'rate', cell: A(rowAt[rc], c), num: A(rowAt[nu], c), den: A(rowAt[de], c), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-6 }); sh.cand(A(rowAt[rc], c), 'rate', d);
  }
  sh.notes(r + 1, W, noteLines());
  sh.ws.getColumn(1).width = 30;
}

// ---------- monthly running ----------
function monthlySheet(sh, place, y) {
  const m = ri(4, 12);
  const items = [['新建党组织（个）', 0, 12], ['新选派党建工作指导员（名）', 0, 20], ['新发展党员（人）', 0, 15]].slice(0, ri(2, 3));
  const W = 1 + items.length * 2;
  sh.title(place + y + '年社会组织党建工作进度' + pick(['月报表', '统计表']), W);
  let r = 2;
  if (chance(0.5)) { sh.ws.getCell(r, 1).value = '填报单位：' + place + '社会组织党委'; r++; }
  sh.ws.getCell(r, 1).value = '月份'; sh.ws.mergeCells(r, 1, r + 1, 1);
  items.forEach((it, i) => { sh.ws.getCell(r, 2 + 2 * i).value = it[0]; sh.ws.mergeCells(r, 2 + 2 * i, r, 3 + 2 * i); sh.ws.getCell(r + 1, 2 + 2 * i).value = '本月'; sh.ws.getCell(r + 1, 3 + 2 * i).value = pick(['累计', '本年累计', '1-本月累计']); });
  r += 2;
  const first = r;
  const cum = items.map(() => 0);
  for (let k = 1; k <= m; k++) {
    sh.ws.getCell(r, 1).value = k + '月';
    items.forEach((it, i) => {
      const v = ri(it[1], it[2]);
      cum[i] += v;
      sh.put(r, 2 + 2 * i, zeroish(sh, v), '0');
      sh.put(r, 3 + 2 * i, cum[i], '0');
      const me = A(r, 3 + 2 * i);
      if (k === 1) sh.rel({ t: 'sum', total: me, parts: [A(r, 2 + 2 * i)], tol: 1e-6 });
      else sh.rel({ t: 'sum', total: me, parts: [A(r - 1, 3 + 2 * i), A(r, 2 + 2 * i)], tol: 1e-6 });
      if (k > 1 && k < m && cum[i] >= 10) sh.cand(me, 'running', 0);
    });
    r++;
  }
  if (chance(0.5)) {
    sh.ws.getCell(r, 1).value = '合计';
    items.forEach((it, i) => { sh.put(r, 2 + 2 * i, cum[i], '0'); sh.rel({ t: 'sum', total: A(r, 2 + 2 * i), parts: Array.from({ length: m }, (_, k) => A(first + k, 2 + 2 * i)), tol: 1e-6 }); sh.ws.getCell(r, 3 + 2 * i).value = sh.dash ? '—' : null; });
    r++;
  }
  sh.notes(r + 1, W, noteLines());
}

// ---------- books ----------
async function makeBook(idx) {
  const city = pick(Object.keys(CITIES));
  const y = pick([2022, 2023, 2024]);
  const d = pick([1, 1, 2]);
  const wb = new ExcelJS.Workbook();
  const sheets = [];
  const nS = ri(1, 4);
  const KP = ['running', 'total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running', 'diff'];
  const wk = PLANT === 0.5 && idx % 2 === 1 ? KP[((idx >> 1) + SEED) % KP.length] : null;
  const need = { running: 'monthly', share: 'size', growth: 'yearsReg', pp: 'yearsReg', diff: 'years', subtotal: 'dept' }[wk];
  const kinds = ['flat', 'types', 'dept', 'size', 'trans', 'years', 'yearsReg', 'funds', 'monthly'].sort(() => R() - 0.5).slice(0, nS);
  if (need && !kinds.includes(need)) kinds[0] = need;
  let tn = 1;
  for (const k of kinds) {
    const nm = pick([`表${tn}`, `附表${tn}`, `Sheet${tn}`, '']) + pick(['', ' ']) + { flat: '基本情况', types: '分类型', dept: '分类别', size: '按规模', trans: '分县区', years: '主要指标', yearsReg: '同比', funds: '经费', monthly: '月报' }[k];
    const sh = new Sheet(wb, nm.trim().slice(0, 31));
    tn++;
    const unitLine = pick(['单位：个、人', '计量单位：个', '单位：个，%', null]);
    if (k === 'flat' || k === 'types' || k === 'funds') {
      const rec = regionRecords(city, { grouped: chance(0.4), seq: chance(0.3) });
      const fs_ = k === 'flat' ? fieldsFlat(d) : k === 'types' ? fieldsTypes(d) : fieldsFunds();
      genericTable(sh, { ...rec, ...fs_, title: city + y + '年' + (k === 'funds' ? '社会组织党建工作经费情况表' : k === 'types' ? '各类社会组织党组织覆盖情况表' : '社会组织党建工作基本情况统计表'), unit: k === 'funds' ? '金额单位：万元' : unitLine, leftHead: pick(['县区', '地区', '单位', '县（市、区）']), seq: rec.records[0].seq !== undefined || chance(0.2), colNums: chance(0.3) });
    } else if (k === 'dept') {
      const rec = deptRecords({ paren: chance(0.5) });
      const fs_ = chance(0.5) ? fieldsFlat(d) : fieldsShare(d);
      genericTable(sh, { ...rec, ...fs_, title: city + '社会组织党建工作分类情况表（' + y + '年）', sub: chance(0.4) ? '（按业务主管单位、类别分）' : null, unit: unitLine, leftHead: pick(['类别', '项目', '业务主管单位']) });
    } else if (k === 'size') {
      const rec = sizeRecords();
      genericTable(sh, { ...rec, ...fieldsShare(d), title: city + '社会组织按从业人员规模分党建情况', unit: unitLine, leftHead: '从业人员规模' });
    } else if (k === 'trans') transposedSheet(sh, city, y, d);
    else if (k === 'years') yearsSheet(sh, sumEnts(Array.from({ length: ri(3, 8) }, () => mkEnt(ri(50, 600)))), y, d, pick([city, '全市', '']));
    else if (k === 'yearsReg') {
      const rec = regionRecords(city, { grouped: chance(0.3) });
      genericTable(sh, { ...rec, ...fieldsYears(d, y), title: city + y + '年与' + (y - 1) + '年社会组织党组织覆盖情况对比', unit: unitLine, leftHead: pick(['县区', '地区']) });
    } else monthlySheet(sh, pick([city, '本区']), y);
    sheets.push(sh);
  }
  return { wb, sheets };
}

function cellVal(ws, addr) { return ws.getCell(addr).value; }

(async () => {
  const manifest = [];
  const kindsPlant = ['running', 'total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running', 'diff'];
  for (let i = 0; i < N; i++) {
    const { wb, sheets } = await makeBook(i);
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    const rels = sheets.flatMap((s) => s.rels);
    // sanity: all relations hold
    for (const s of sheets) for (const rl of s.rels) { const e = evalRel(rl, (a) => cellVal(s.ws, a)); if (e !== null && e > 0) throw new Error(`gen bug ${file} ${s.name} ${JSON.stringify(rl)} excess ${e}`); }
    const plants = [];
    if (PLANT === 0.5 ? i % 2 === 1 : R() < PLANT) {
      const all = sheets.flatMap((s) => s.cands.map((c) => ({ ...c, s })));
      const avail = kindsPlant.filter((k) => all.some((c) => c.kind === k));
      for (let tries = 0; tries < 200 && !plants.length; tries++) {
        const want = kindsPlant[((i >> 1) + SEED) % kindsPlant.length];
        const kind = tries < 20 && avail.includes(want) ? want : pick(avail);
        const c = pick(all.filter((x) => x.kind === kind));
        const cell = c.s.ws.getCell(c.addr);
        const was = cell.value;
        const wn = num(was);
        if (!Number.isFinite(wn) || typeof was === 'object' && was !== null) continue;
        let nv;
        if (['rate', 'share', 'pp', 'growth'].includes(kind)) {
          const delta = VAR === 3 ? (c.d ? ri(2, 9) / 10 : 1) * (chance(0.5) ? 1 : -1) : (kind === 'pp' ? ri(2, 5) : ri(3, 9)) * (chance(0.5) ? 1 : -1);
          nv = rnd(wn + delta + (c.d && VAR !== 3 ? ri(0, 9) / 10 : 0), c.d);
          if (kind === 'rate' || kind === 'share') { if (nv < 0 || nv > 100) nv = rnd(wn - delta, c.d); if (nv < 0 || nv > 100) continue; }
        } else {
          if (Math.abs(wn) < 15) continue;
          const f = (0.05 + 0.25 * R()) * (chance(0.5) ? 1 : -1);
          nv = VAR === 3 ? rnd(wn + (c.d ? ri(1, 9) / 100 * 10 : ri(1, 2)) * (chance(0.5) ? 1 : -1), c.d || 0) : rnd(wn * (1 + f), c.d || 0);
          if (VAR !== 3 && Math.abs(nv - wn) < 2) continue;
        }
        if (nv === wn) continue;
        const now = typeof was === 'string' ? String(nv) : nv;
        const relsHere = c.s.rels.filter((rl) => relCells(rl).includes(c.addr));
        cell.value = now;
        const broken = relsHere.filter((rl) => { const e = evalRel(rl, (a) => cellVal(c.s.ws, a)); return e !== null && e > 0; });
        if (!broken.length) { cell.value = was; continue; }
        plants.push({ sheet: c.s.name, cell: c.addr, was, now, kind });
      }
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(rels));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})().catch((e) => { console.error(e); process.exit(1); });
