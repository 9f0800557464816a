// node gen.js SET SEED N PLANTFRAC  -> /tmp/round105b/SET/*.xlsx + manifest.json, rel/SET/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells } = require('./rel.js');
const [SET, SEED, N, PF] = [process.argv[2], +process.argv[3], +process.argv[4], +(process.argv[5] || 0.5)];
function mul(seed) { let a = seed >>> 0; return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mul(SEED);
const U = (a, b) => a + (b - a) * R(), I = (a, b) => Math.floor(U(a, b + 1)), pick = (a) => a[Math.floor(R() * a.length)], P = (p) => R() < p;
const rnd = (x, d) => { const m = 10 ** d; return Math.sign(x) * Math.round(Math.abs(x) * m + 1e-9) / m; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;

const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '长宁县', '平山县', '安乐县', '青河县', '白沙县', '金水县', '永和市', '临江县', '凤鸣区', '石门县', '桃源县', '清溪县', '龙泉市'];
const CITIES = ['江城市', '安平市', '临川市', '青州市', '白水市', '云阳市', '丰宁市', '长河市', '南屏市', '北塘市', '金川市', '玉溪市'];
const STREETS = ['城东街道', '城西街道', '南关街道', '北苑街道', '新华街道', '解放街道', '文昌街道'];
const TOWNS = ['东关镇', '王庄镇', '李集乡', '柳河镇', '石桥镇', '马坊乡', '杨柳镇', '花园乡', '大营镇', '三岔乡'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------- table engine ----------
// col: {key, path[], f:'base'|'free'|'sum'|'bal'|'rate'|'share'|'growth'|'pp'|'le', of, plus, minus, num, den, k, d, cur, prev, within, cnt(bool count), pct}
function isCount(c) { return ['base', 'sum', 'bal', 'le'].includes(c.f); }
function derive(cols, v) {
  for (let pass = 0; pass < 4; pass++) for (const c of cols) {
    if (c.f === 'sum') v[c.key] = c.of.reduce((a, k) => a + v[k], 0);
    else if (c.f === 'bal') v[c.key] = c.plus.reduce((a, k) => a + v[k], 0) - c.minus.reduce((a, k) => a + v[k], 0);
  }
  for (const c of cols) {
    if (c.f === 'rate') v[c.key] = v[c.den] ? rnd(v[c.num] / v[c.den] * (c.pct ? 1 : 100), c.d + (c.pct ? 2 : 0)) : null;
    else if (c.f === 'growth') v[c.key] = v[c.prev] ? rnd((v[c.cur] / v[c.prev] - 1) * 100, c.d) : null;
  }
  for (const c of cols) if (c.f === 'pp') v[c.key] = v[c.cur] == null || v[c.prev] == null ? null : rnd(v[c.cur] * (c.pctSrc ? 100 : 1) - v[c.prev], c.d);
  return v;
}
function buildTable(t) {
  // t: {cols, root, gen(node)->base obj, free(node,key)}
  const { cols } = t;
  const all = [];
  function fill(node) {
    if (node.children && node.children.length) {
      node.children.forEach(fill);
      node.v = {};
      for (const c of cols) if (c.f === 'base' || c.f === 'le') node.v[c.key] = node.children.reduce((a, ch) => a + ch.v[c.key], 0);
    } else node.v = t.gen(node);
    for (const c of cols) if (c.f === 'free') node.v[c.key] = t.free(node, c.key);
    derive(cols, node.v);
    const used = {};
    for (const q of node.qz || []) {
      let ok = false;
      for (let tries = 0; tries < 60 && !ok; tries++) {
        q.w = node.w * U(0.1, 0.6) * (tries > 30 ? 0.3 : 1);
        q.v = t.gen(q);
        for (const c of cols) if (c.f === 'free') q.v[c.key] = t.free(q, c.key);
        derive(cols, q.v);
        ok = cols.filter(isCount).every((c) => q.v[c.key] + (used[c.key] || 0) <= node.v[c.key]) && cols.filter(isCount).some((c) => q.v[c.key] > 0);
      }
      if (!ok) { q.v = {}; for (const c of cols) q.v[c.key] = (c.f === 'free') ? t.free(q, c.key) : 0; derive(cols, q.v); }
      for (const c of cols) if (isCount(c)) used[c.key] = (used[c.key] || 0) + q.v[c.key];
    }
  }
  fill(t.root);
  // shares
  for (const c of cols) if (c.f === 'share') {
    const tot = t.root.v[c.of];
    const set = (n) => { n.v[c.key] = tot ? rnd(n.v[c.of] / tot * (c.pct ? 1 : 100), c.d + (c.pct ? 2 : 0)) : null; (n.children || []).forEach(set); (n.qz || []).forEach(set); };
    set(t.root);
  }
}
function flatten(node, opt, depth = 0, out = []) {
  const kids = node.children || [];
  const self = () => { out.push({ node, depth }); for (const q of node.qz || []) out.push({ node: q, depth: depth + 1, qzOf: node }); };
  if (!kids.length) { self(); return out; }
  const top = node === opt.root ? opt.totalTop : opt.subTop;
  if (top) self();
  kids.forEach((k) => flatten(k, opt, depth + 1, out));
  if (!top) self();
  return out;
}

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.widths = {}; }
  set(r, c, v, o = {}) { this.cells.set(A(r, c), Object.assign({ v }, o)); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  get(a) { const x = this.cells.get(a); return x ? x.v : null; }
}
function styleOf() {
  return {
    zero: pick([0, 0, 0, '—', '—', '', '-']), nul: pick(['—', '', '-', '—']), text: P(0.15) ? U(0.2, 1) : 0,
    thousands: P(0.3), colNo: P(0.25), serial: P(0.2), unitInTitle: P(0.3), notes: P(0.7),
  };
}
function fmtCell(sh, r, c, val, col, st) {
  if (val === null || val === undefined) { sh.set(r, c, st.nul, { kind: 'nul' }); return; }
  if (isCount(col) && val === 0 && st.zero !== 0) { sh.set(r, c, st.zero, { kind: 'zero' }); return; }
  const d = isCount(col) ? 0 : (col.d + (col.pct ? 2 : 0));
  const numFmt = isCount(col) ? (st.thousands ? '#,##0' : '0') : col.pct ? (col.d ? '0.' + '0'.repeat(col.d) + '%' : '0%') : (d ? '0.' + '0'.repeat(d) : '0');
  if (st.text && P(st.text) && !col.pct) sh.set(r, c, val.toFixed(d), { d, numFmt, text: true });
  else sh.set(r, c, val, { d, numFmt, isPct: !!col.pct });
}
function headerDepth(cols) { return Math.max(...cols.map((c) => c.path.length)); }
function writeHeaderRows(sh, r0, c0, cols, H) {
  for (let lv = 0; lv < H; lv++) {
    let i = 0;
    while (i < cols.length) {
      const p = cols[i].path;
      if (lv >= p.length) { i++; continue; }
      let j = i;
      while (j + 1 < cols.length && cols[j + 1].path.length > lv + 1 && p.length > lv + 1 && cols[j + 1].path.slice(0, lv + 1).join('|') === p.slice(0, lv + 1).join('|')) j++;
      sh.set(r0 + lv, c0 + i, p[lv], { head: true });
      if (lv === p.length - 1) sh.merge(r0 + lv, c0 + i, r0 + H - 1, c0 + i);
      else sh.merge(r0 + lv, c0 + i, r0 + lv, c0 + j);
      i = j + 1;
    }
  }
}
function unitText(cols) {
  const u = new Set(cols.map((c) => c.unit || (isCount(c) ? '个' : '%')));
  return '单位：' + [...u].join('、');
}
function titleRows(sh, t, width, st) {
  let r = 1;
  sh.set(r, 1, t.title + (st.unitInTitle ? '' : ''), { title: true }); sh.merge(1, 1, 1, width); r++;
  const unit = t.unitLine || unitText(t.cols);
  if (P(0.4)) { sh.set(r, 1, '填报单位：' + t.org); sh.merge(r, 1, r, Math.max(1, width - 2)); sh.set(r, width, unit); r++; }
  else if (P(0.8)) { sh.set(r, width, unit); r++; }
  if (P(0.3)) { sh.set(r, 1, pick(['（2023年度）', '2023年12月31日', '统计时点：2023年末'])); r++; }
  return r;
}
function notesRows(sh, r, t, st, width) {
  r++;
  if (st.notes) {
    const ns = t.notes || [];
    for (const n of ns) { sh.set(r, 1, n); sh.merge(r, 1, r, width); r++; }
  }
  if (P(0.6)) { sh.set(r, 1, '填报人：' + pick(['张伟', '李娜', '王芳', '刘洋', '陈静'])); sh.set(r, Math.max(3, Math.floor(width / 2)), '审核人：' + pick(['赵强', '孙丽', '周敏'])); sh.set(r, width, '填报日期：2024年1月' + I(5, 25) + '日'); r++; }
  if (P(0.2)) { sh.set(r, 1, '联系电话：0' + I(310, 799) + '-' + I(2000000, 8999999)); r++; }
}
function labelOf(e, opt) {
  const n = e.node;
  if (e.qzOf) return (opt.indent ? '　'.repeat(e.depth) : '') + n.label;
  if (n === opt.root) return n.label;
  return (opt.indent && e.depth > 1 ? '　'.repeat(e.depth - 1) : '') + n.label;
}
function renderRows(sh, t, st) {
  const { cols } = t, opt = t.opt;
  const rows = flatten(t.root, opt);
  const lab = st.serial ? 2 : 1, c0 = lab + 1, width = lab + cols.length;
  let r = titleRows(sh, t, width, st);
  const H = headerDepth(cols);
  if (st.serial) { sh.set(r, 1, '序号', { head: true }); sh.merge(r, 1, r + H - 1, 1); }
  sh.set(r, lab, t.labelHead, { head: true }); sh.merge(r, lab, r + H - 1, lab);
  writeHeaderRows(sh, r, c0, cols, H);
  r += H;
  if (st.colNo) { if (st.serial) sh.set(r, 1, '甲'); sh.set(r, lab, st.serial ? '乙' : '甲'); cols.forEach((c, i) => sh.set(r, c0 + i, String(i + 1))); r++; }
  const pos = new Map();
  let sn = 0;
  for (const e of rows) {
    pos.set(e.node, r);
    if (st.serial && e.node.children === undefined && !e.qzOf) sh.set(r, 1, ++sn);
    sh.set(r, lab, labelOf(e, opt), { label: true });
    cols.forEach((c, i) => fmtCell(sh, r, c0 + i, e.node.v[c.key], c, st));
    r++;
  }
  const at = (node, key) => A(pos.get(node), c0 + cols.findIndex((c) => c.key === key));
  emitRels(sh, t, rows, at);
  notesRows(sh, r, t, st, width);
}
function renderCols(sh, t, st) { // transposed: indicators as rows, regions as columns
  const { cols } = t, opt = t.opt;
  const rows = flatten(t.root, opt);
  const H = headerDepth(cols);
  const twoLab = H > 1, unitCol = P(0.5);
  const nLab = (twoLab ? 2 : 1) + (unitCol ? 1 : 0), width = nLab + rows.length;
  let r = titleRows(sh, t, width, st);
  sh.set(r, 1, '指标', { head: true }); if (twoLab) sh.merge(r, 1, r, 2);
  if (unitCol) sh.set(r, nLab, '计量单位', { head: true });
  rows.forEach((e, i) => sh.set(r, nLab + 1 + i, labelOf(e, opt).trim(), { head: true }));
  r++;
  const pos = new Map();
  let prevTop = null, topStart = 0; const vm = [];
  cols.forEach((c, i) => {
    pos.set(c.key, r);
    if (twoLab) {
      if (c.path.length > 1) {
        if (prevTop !== c.path[0]) { sh.set(r, 1, c.path[0]); prevTop = c.path[0]; topStart = r; vm.push([r, 1, r, 1]); } else vm[vm.length - 1][2] = r;
        sh.set(r, 2, c.path[c.path.length - 1]);
      } else { sh.set(r, 1, c.path[0]); sh.merge(r, 1, r, 2); prevTop = null; }
    } else sh.set(r, 1, c.path[0]);
    if (unitCol) sh.set(r, nLab, c.unit || (isCount(c) ? '个' : '%'));
    rows.forEach((e, j) => fmtCell(sh, r, nLab + 1 + j, e.node.v[c.key], c, st));
    r++;
  });
  for (const m of vm) sh.merge(...m);
  const colOf = new Map(rows.map((e, j) => [e.node, nLab + 1 + j]));
  const at = (node, key) => A(pos.get(key), colOf.get(node));
  emitRels(sh, t, rows, at);
  notesRows(sh, r, t, st, width);
}
function emitRels(sh, t, rows, at) {
  const { cols } = t;
  const pctTol = (c) => c.pct ? 0.5 * 10 ** -(c.d + 2) + 1e-9 : 0.5 * 10 ** -c.d + 1e-9;
  for (const e of rows) {
    const n = e.node;
    for (const c of cols) {
      const cell = at(n, c.key);
      if (c.f === 'sum') sh.rels.push({ t: 'sum', total: cell, parts: c.of.map((k) => at(n, k)), tol: 0, kind: 'total' });
      if (c.f === 'bal') sh.rels.push({ t: 'bal', cell, plus: c.plus.map((k) => at(n, k)), minus: c.minus.map((k) => at(n, k)), tol: 0, kind: 'balance' });
      if (c.alsoSum) sh.rels.push({ t: 'sum', total: cell, parts: c.alsoSum.map((k) => at(n, k)), tol: 0, kind: 'total' });
      if (c.f === 'le') sh.rels.push({ t: 'le', whole: at(n, c.within), parts: [cell], tol: 0, kind: 'part' });
      if (c.f === 'rate' && n.v[c.key] != null) sh.rels.push({ t: 'rate', cell, num: at(n, c.num), den: at(n, c.den), k: c.pct ? 1 : 100, tol: pctTol(c), kind: 'rate' });
      if (c.f === 'share' && n.v[c.key] != null) sh.rels.push({ t: 'rate', cell, num: at(n, c.of), den: at(t.root, c.of), k: c.pct ? 1 : 100, tol: pctTol(c), kind: 'share' });
      if (c.f === 'growth' && n.v[c.key] != null) sh.rels.push({ t: 'growth', cell, cur: at(n, c.cur), prev: at(n, c.prev), tol: pctTol(c), kind: 'growth' });
      if (c.f === 'pp' && n.v[c.key] != null) sh.rels.push({ t: 'pp', cell, cur: at(n, c.cur), prev: at(n, c.prev), tol: 1e-6, kind: 'pp', scaleCur: c.pctSrc ? 100 : 1 });
      if (n.children && n.children.length && isCount(c)) sh.rels.push({ t: 'sum', total: cell, parts: n.children.map((ch) => at(ch, c.key)), tol: 0, kind: n === t.root ? 'total' : 'subtotal' });
      if (n.qz && n.qz.length && isCount(c)) sh.rels.push({ t: 'le', whole: cell, parts: n.qz.map((q) => at(q, c.key)), tol: 0, kind: 'part' });
    }
  }
}

// ---------- unit / row trees ----------
function makeUnit() {
  const lvl = pick(['city', 'city', 'county', 'province']);
  if (lvl === 'city') { const name = pick(CITIES); return { lvl, name, org: name + '民政局', all: pick(['全市', '全市合计', '合计', '总计']) }; }
  if (lvl === 'county') { const name = pick(COUNTIES.filter((x) => /县|市$/.test(x))); return { lvl, name, org: name + '民政局', all: pick(['全县', '合计', '总计', '全县合计']) }; }
  return { lvl, name: pick(['江南省', '河西省', '东海省']), org: '省民政厅', all: pick(['全省', '全省合计', '总计']) };
}
function regionRoot(u) {
  const root = { label: u.all, w: 1, children: [] };
  if (u.lvl === 'city') {
    if (P(0.5)) root.children.push({ label: '市本级', w: U(1, 2.5) });
    for (const c of shuffle(COUNTIES).slice(0, I(5, 9))) root.children.push({ label: c, w: U(0.4, 1.5) });
  } else if (u.lvl === 'province') {
    root.children.push({ label: '省本级', w: U(2, 4) });
    for (const c of shuffle(CITIES).slice(0, I(6, 10))) root.children.push({ label: c, w: U(2, 6) });
  } else {
    const numbered = P(0.5);
    const g1 = { label: numbered ? '一、街道' : pick(['街道小计', '街道合计', '街道']), w: 1, children: [] };
    const g2 = { label: numbered ? '二、乡镇' : pick(['乡镇小计', '乡镇合计', '乡镇']), w: 1, children: [] };
    for (const s of shuffle(STREETS).slice(0, I(2, 5))) g1.children.push({ label: s, w: U(0.1, 0.4) });
    for (const s of shuffle(TOWNS).slice(0, I(3, 7))) g2.children.push({ label: s, w: U(0.05, 0.25) });
    if (P(0.3)) root.children.push({ label: '县本级', w: U(0.8, 1.5) });
    root.children.push(g1, g2);
  }
  return root;
}
function typeRoot(u, withQz) {
  const root = { label: u.all.replace(/全[市县省]$/, '合计'), w: 1, children: [
    { label: '社会团体', w: 1, tk: 'st' }, { label: pick(['民办非企业单位', '社会服务机构', '民办非企业单位（社会服务机构）']), w: 1.2, tk: 'mf' }, { label: '基金会', w: u.lvl === 'county' ? 0.01 : 0.06, tk: 'jj' }] };
  if (P(0.4)) { const cn = P(0.5); root.children.forEach((c, i) => { c.label = (cn ? CN[i] + '、' : (i + 1) + '.') + c.label; }); }
  if (withQz) {
    root.children[0].qz = [{ label: pick(['其中：行业协会商会', '其中：行业协会']), w: 0 }];
    if (P(0.5)) root.children[0].qz.push({ label: pick(['　　　科技类', '　　　农村专业经济协会']), w: 0 });
    if (P(0.6)) root.children[1].qz = [{ label: '其中：' + pick(['教育类', '民办养老机构', '卫生健康类']), w: 0 }];
  }
  return root;
}
const lvlScale = { city: 1, county: 0.5, province: 6 };

// ---------- sheet templates ----------
function tReg(u, rowsMode) {
  const byType = rowsMode !== 'type' && P(0.5), sc = lvlScale[u.lvl];
  const L = { b: pick(['期初数', '上年末数', '年初数']), n: pick(['本年新登记', '新登记', '本年新成立']), d: pick(['本年注销', '注销（撤销）', '本年注销（撤销）']), e: pick(['期末数', '年末数', '本年末数']) };
  let cols = [];
  const types = [['st', '社会团体', 1], ['mf', '民办非企业单位', 1.2], ['jj', '基金会', 0.05]];
  if (!byType) {
    cols = [{ key: 'b', path: [L.b], f: 'base' }, { key: 'n', path: [L.n], f: 'base' }, { key: 'd', path: [L.d], f: 'base' }, { key: 'e', path: [L.e], f: 'bal', plus: ['b', 'n'], minus: ['d'] }];
    if (P(0.6)) cols.push({ key: 'g', path: [pick(['比上年增长(%)', '比上年增长（%）', '增长率(%)'])], f: 'growth', cur: 'e', prev: 'b', d: pick([1, 1, 2]) });
    if (P(0.4) && rowsMode) cols.push({ key: 's', path: [pick(['占全部比重(%)', '占比(%)', '所占比重（%）'])], f: 'share', of: 'e', d: pick([1, 2]) });
  } else {
    const tt = P(0.3) ? types.slice(0, 2) : types;
    const tot = [];
    const totFirst = P(0.6);
    const tc = [
      { key: 'Tb', path: ['合计', L.b], f: 'sum', of: tt.map((x) => x[0] + 'b') }, { key: 'Tn', path: ['合计', L.n], f: 'sum', of: tt.map((x) => x[0] + 'n') },
      { key: 'Td', path: ['合计', L.d], f: 'sum', of: tt.map((x) => x[0] + 'd') }, { key: 'Te', path: ['合计', L.e], f: 'sum', of: tt.map((x) => x[0] + 'e') }];
    const tyc = [];
    for (const [k, n] of tt) tyc.push({ key: k + 'b', path: [n, L.b], f: 'base' }, { key: k + 'n', path: [n, L.n], f: 'base' }, { key: k + 'd', path: [n, L.d], f: 'base' }, { key: k + 'e', path: [n, L.e], f: 'bal', plus: [k + 'b', k + 'n'], minus: [k + 'd'] });
    cols = totFirst ? tc.concat(tyc) : tyc.concat(tc);
    if (P(0.5)) cols.push({ key: 'g', path: [pick(['合计比上年增长(%)', '比上年增长(%)'])], f: 'growth', cur: 'Te', prev: 'Tb', d: 1 });
  }
  const gen = (node) => {
    const v = {};
    const one = (k, w) => { const b = Math.round(node.w * sc * w * U(15, 260)); v[k + 'b'] = b; v[k + 'n'] = Math.round(b * U(0.02, 0.16)); v[k + 'd'] = Math.min(b, Math.round(b * U(0, 0.08))); };
    if (!byType) { one('', 2.2); v.b = v.b; } else for (const [k, , w] of types) one(k, node.tk ? (node.tk === k ? 1 : 0) * 2 : w);
    return v;
  };
  const fix = (v) => { if (!byType) { v.b = v['b']; } return v; };
  return { title: u.name + pick(['社会组织登记情况表', '社会组织增减变动情况', '社会组织数量变动统计表', '2023年社会组织登记管理情况']), cols, gen: (n) => fix(gen(n)), labelHead: rowsMode === 'type' ? '类别' : pick(['地区', '单位', '县（市、区）', '地 区']),
    notes: ['注：期末数＝期初数＋本年新登记－本年注销（撤销）。', pick(['数据来源：社会组织登记管理信息系统。', '说明：按登记管理机关统计。'])] };
}
function tTypeLevel(u) {
  const lv = u.lvl === 'province' ? [['p', '省级'], ['c', '市级'], ['x', '县级']] : u.lvl === 'city' ? [['c', '市级'], ['x', '县级']] : [['x', '县级']];
  const lvls = lv.length > 1 ? lv : [['x', '县级'], ['y', pick(['乡镇（街道）备案', '备案'])]];
  const sc = lvlScale[u.lvl];
  const cols = [{ key: 'T', path: [pick(['合计', '总数', '小计'])], f: 'sum', of: lvls.map((x) => x[0]) }];
  const grp = P(0.5) ? pick(['按登记管理机关分', '登记层级', '其中：']) : null;
  for (const [k, n] of lvls) cols.push({ key: k, path: grp ? [grp, n] : [n], f: 'base' });
  if (grp === '其中：') cols.forEach((c) => { if (c.path[0] === '其中：') c.path = ['其中：' + c.path[1]]; });
  if (P(0.7)) cols.push({ key: 's', path: [pick(['占比(%)', '构成(%)', '比重（%）'])], f: 'share', of: 'T', d: pick([1, 2]) });
  if (P(0.4)) { cols.push({ key: 'ly', path: ['上年数'], f: 'free' }, { key: 'g', path: [pick(['比上年增长(%)', '增长(%)'])], f: 'growth', cur: 'T', prev: 'ly', d: 1 }); }
  const gen = (node) => {
    const v = {};
    for (const [k] of lvls) { const lw = { p: 0.15, c: 0.35, x: 0.5, y: 0.2 }[k]; let x = Math.round(node.w * sc * lw * U(60, 500)); if (node.tk === 'jj' && k === 'x' && u.lvl !== 'county') x = P(0.5) ? 0 : I(0, 3); v[k] = x; }
    return v;
  };
  const root = typeRoot(u, P(0.6));
  return { title: pick(['社会组织分类型分层级统计表', u.name + '社会组织构成情况', '各类社会组织数量（按登记层级）']), cols, gen, root, labelHead: pick(['类型', '组织类别', '项目']),
    free: (n, key) => Math.max(1, Math.round(n.v.T_pre || 0)), notes: ['注：“—”表示无此项。'] };
}
function tInspect(u) {
  const d = pick([1, 1, 2]), pct = P(0.15);
  const grp = P(0.5);
  const gname = pick(['年检结果', '其中', '年检结论']);
  const res = (x) => grp ? [gname, x] : [x];
  const cols = [{ key: 'y', path: [pick(['应参检数', '应参加年检数', '应检数'])], f: 'base' }, { key: 'a', path: [pick(['实参检数', '实际参检数', '已参检数'])], f: 'sum', of: ['h', 'j', 'b'] },
    { key: 'r1', path: [pct ? '参检率' : pick(['参检率(%)', '参检率（%）'])], f: 'rate', num: 'a', den: 'y', d, pct },
    { key: 'h', path: res('合格'), f: 'base' }, { key: 'j', path: res('基本合格'), f: 'base' }, { key: 'b', path: res('不合格'), f: 'base' },
    { key: 'r2', path: [pct ? '合格率' : pick(['合格率(%)', '合格率（%）'])], f: 'rate', num: 'h', den: 'a', d, pct }];
  if (P(0.3) && !pct) cols.push({ key: 'r2p', path: ['上年合格率(%)'], f: 'free', d }, { key: 'pp', path: [pick(['增减(百分点)', '比上年增减（百分点）'])], f: 'pp', cur: 'r2', prev: 'r2p', d, pctSrc: pct });
  const sc = lvlScale[u.lvl];
  const gen = (node) => {
    const y = Math.round(node.w * sc * U(60, 520)) + (node.tk === 'jj' ? 1 : 0); const a = Math.round(y * U(0.8, 0.995));
    const h = Math.round(a * U(0.8, 0.96)); const b = Math.min(a - h, Math.round(a * U(0, 0.03)));
    return { y, h, b, j: a - h - b };
  };
  const free = (n) => rnd(U(82, 96), d);
  return { title: pick(['社会组织年检情况统计表', u.name + '2023年度社会组织年度检查情况', '年检结果汇总表']), cols, gen, free, labelHead: pick(['地区', '单位名称', '类别']),
    notes: [pct ? '注：参检率＝实参检数/应参检数；合格率＝合格数/实参检数。' : '注：参检率＝实参检数÷应参检数×100%；合格率＝合格数÷实参检数×100%。'] };
}
function tStaff(u) {
  const d = pick([1, 2]);
  const cols = [{ key: 'n', path: [pick(['社会组织数', '社会组织数（个）'])], f: 'base', unit: '个' }, { key: 'p', path: [pick(['从业人员', '从业人员数', '从业人员（人）'])], f: 'base', unit: '人' },
    { key: 'q', path: [pick(['其中：专职', '其中：专职人员'])], f: 'le', within: 'p', unit: '人' }];
  if (P(0.4)) cols.push({ key: 'p0', path: ['上年从业人员'], f: 'base', unit: '人' }, { key: 'pg', path: [pick(['从业人员增长(%)', '比上年增长(%)'])], f: 'growth', cur: 'p', prev: 'p0', d: 1 });
  const G = P(0.5) ? pick(['党的组织覆盖', '党建工作']) : null;
  const gp = (x) => G ? [G, x] : [x];
  cols.push({ key: 'k', path: gp(pick(['已建党组织数', '已建立党组织的社会组织数'])), f: 'base', unit: '个' }, { key: 'kr', path: gp(pick(['覆盖率(%)', '党组织覆盖率(%)'])), f: 'rate', num: 'k', den: 'n', d });
  if (P(0.5)) cols.push({ key: 'kp', path: gp('上年覆盖率(%)'), f: 'free', d }, { key: 'kpp', path: gp(pick(['增减(百分点)', '提高(百分点)'])), f: 'pp', cur: 'kr', prev: 'kp', d });
  const sc = lvlScale[u.lvl];
  const gen = (node) => {
    const n = Math.round(node.w * sc * U(80, 600)) + 1; const p = Math.round(n * U(4, 25)); const q = Math.round(p * U(0.3, 0.75));
    return { n, p, q, p0: Math.round(p / U(0.9, 1.15)), k: Math.round(n * U(0.2, 0.75)) };
  };
  return { title: pick(['社会组织从业人员及党建情况', u.name + '社会组织从业人员和党组织覆盖情况统计表']), cols, gen, free: () => rnd(U(35, 70), d), labelHead: pick(['地区', '县（市、区）', '类别']),
    notes: ['注：覆盖率＝已建党组织数÷社会组织数×100%。'] };
}
function buildGeneric(sh, u, kind) {
  const rowsMode = kind === 'typelevel' ? 'type' : (P(0.25) ? 'type' : 'region');
  let t = kind === 'reg' ? tReg(u, rowsMode) : kind === 'typelevel' ? tTypeLevel(u) : kind === 'inspect' ? tInspect(u) : tStaff(u);
  t.root = t.root || (rowsMode === 'type' ? typeRoot(u, P(0.5)) : regionRoot(u));
  t.org = u.org;
  t.opt = { root: t.root, totalTop: P(0.55), subTop: P(0.5), indent: P(0.6) };
  if ((t.root.children || []).some((c) => c.children && /^[一二三四]、/.test(c.label))) t.opt.subTop = true;
  if (!t.opt.subTop) for (const c of t.root.children || []) if (c.children && !/小计|合计/.test(c.label)) c.label += '小计';
  if (kind === 'typelevel') { // 上年数 free must be plausible relative to T
    const origGen = t.gen; t.free = (n, key) => null;
    t.gen = (n) => origGen(n);
    const cols = t.cols; const hasLy = cols.some((c) => c.key === 'ly');
    if (hasLy) { const ly = cols.find((c) => c.key === 'ly'); ly.f = 'base'; t.gen = (n) => { const v = origGen(n); const T = Object.keys(v).reduce((a, k) => a + v[k], 0); v.ly = Math.max(0, Math.round(T / U(0.92, 1.15))); return v; }; }
  }
  buildTable(t);
  const st = styleOf();
  const flatN = flatten(t.root, t.opt).length;
  if (flatN <= 9 && t.cols.length >= 4 && P(0.3) && !t.cols.some((c) => c.f === 'share')) renderCols(sh, t, st); else renderRows(sh, t, st);
}
function tQuarter(sh, u) {
  const monthly = P(0.5), nP = monthly ? I(6, 12) : 4;
  const per = monthly ? Array.from({ length: nP }, (_, i) => (i + 1) + '月') : ['一季度', '二季度', '三季度', '四季度'];
  const cur = monthly ? pick(['本月', '当月']) : pick(['本季', '本季度']);
  const cum = pick(['累计', '本年累计', '1-本期累计']);
  const types = P(0.5) ? [['st', '社会团体'], ['mf', '民办非企业单位'], ['jj', '基金会']] : [['st', '社会团体'], ['mf', '社会服务机构']];
  const st = styleOf(); st.zero = pick([0, '—']);
  const sc = lvlScale[u.lvl] * (monthly ? 0.35 : 1);
  const vals = per.map(() => { const o = {}; for (const [k] of types) o[k] = k === 'jj' ? I(0, 2) : Math.round(sc * U(3, 45)); o.T = types.reduce((a, [k]) => a + o[k], 0); return o; });
  const keys = ['T', ...types.map((x) => x[0])];
  const names = { T: pick(['合计', '总计']) };
  types.forEach(([k, n]) => names[k] = n);
  const width = 1 + keys.length * 2 + 0;
  let r = 1;
  sh.set(r, 1, u.name + (monthly ? '2023年社会组织新登记情况（按月）' : '2023年各季度社会组织新登记情况')); sh.merge(1, 1, 1, width); r++;
  sh.set(r, width, '单位：个'); r++;
  sh.set(r, 1, monthly ? '月份' : '季度'); sh.merge(r, 1, r + 1, 1);
  keys.forEach((k, i) => { sh.set(r, 2 + 2 * i, names[k]); sh.merge(r, 2 + 2 * i, r, 3 + 2 * i); sh.set(r + 1, 2 + 2 * i, cur); sh.set(r + 1, 3 + 2 * i, cum); });
  r += 2;
  const r0 = r;
  const cumv = {}; keys.forEach((k) => cumv[k] = 0);
  per.forEach((p, i) => {
    sh.set(r, 1, p);
    keys.forEach((k, j) => { cumv[k] += vals[i][k]; fmtCell(sh, r, 2 + 2 * j, vals[i][k], { f: 'base' }, st); fmtCell(sh, r, 3 + 2 * j, cumv[k], { f: 'base' }, st); });
    r++;
  });
  per.forEach((p, i) => {
    const rr = r0 + i;
    keys.forEach((k, j) => {
      if (i === 0) sh.rels.push({ t: 'sum', total: A(rr, 3 + 2 * j), parts: [A(rr, 2 + 2 * j)], tol: 0, kind: 'running' });
      else sh.rels.push({ t: 'sum', total: A(rr, 3 + 2 * j), parts: [A(rr - 1, 3 + 2 * j), A(rr, 2 + 2 * j)], tol: 0, kind: 'running' });
    });
    for (const off of [2, 3]) sh.rels.push({ t: 'sum', total: A(rr, off), parts: types.map((_, j) => A(rr, off + 2 * (j + 1))), tol: 0, kind: 'total' });
  });
  if (!monthly && P(0.5)) { // total row
    sh.set(r, 1, '全年'); keys.forEach((k, j) => { fmtCell(sh, r, 2 + 2 * j, cumv[k], { f: 'base' }, st); sh.set(r, 3 + 2 * j, st.nul); sh.rels.push({ t: 'sum', total: A(r, 2 + 2 * j), parts: per.map((_, i) => A(r0 + i, 2 + 2 * j)), tol: 0, kind: 'total' }); }); r++;
  }
  r++; sh.set(r, 1, '注：累计为1月至本期累计数。'); r++;
  if (P(0.5)) sh.set(r, 1, '填报人：' + pick(['张伟', '李娜']) + '　　审核人：' + pick(['赵强', '孙丽']));
}
function tMain(sh, u) {
  const sc = lvlScale[u.lvl] * 8, d = pick([1, 2]);
  const mk = () => { const st = Math.round(sc * U(100, 200)), mf = Math.round(sc * U(120, 260)), jj = Math.round(sc * U(2, 10)) + 1; const y = Math.round((st + mf + jj) * U(0.85, 0.97)); const a = Math.round(y * U(0.82, 0.98)); const h = Math.round(a * U(0.82, 0.95)); const p = Math.round((st + mf + jj) * U(5, 20)); return { st, mf, jj, hy: Math.round(st * U(0.2, 0.4)), T: st + mf + jj, nw: Math.round(sc * U(15, 50)), y, a, h, p, q: Math.round(p * U(0.3, 0.7)) }; };
  const c = mk(), pv = mk();
  for (const v of [c, pv]) { v.r1 = rnd(v.a / v.y * 100, d); v.r2 = rnd(v.h / v.a * 100, d); }
  const rows = [
    ['一、社会组织总数', '个', 'T'], ['（一）社会团体', '个', 'st'], ['　　其中：行业协会商会', '个', 'hy'], ['（二）民办非企业单位', '个', 'mf'], ['（三）基金会', '个', 'jj'],
    ['二、本年新登记', '个', 'nw'], ['三、年检情况', '', null], ['（一）应参检数', '个', 'y'], ['（二）实参检数', '个', 'a'], ['（三）参检率', '%', 'r1'], ['（四）合格数', '个', 'h'], ['（五）合格率', '%', 'r2'],
    ['四、从业人员', '人', 'p'], ['　　其中：专职', '人', 'q']];
  const unitCol = P(0.6), gHead = pick(['比上年增长(%)', '增长(%)', '同比增减(%)']);
  const width = unitCol ? 5 : 4;
  let r = 1;
  sh.set(r, 1, u.name + pick(['社会组织主要指标', '2023年社会组织工作主要指标完成情况'])); sh.merge(1, 1, 1, width); r++;
  if (!unitCol) { sh.set(r, width, '单位：个、人、%'); r++; }
  const hdr = ['指标名称'].concat(unitCol ? ['计量单位'] : [], [pick(['本年', '2023年']), pick(['上年', '2022年']), gHead]);
  hdr.forEach((h, i) => sh.set(r, 1 + i, h)); r++;
  const st = styleOf(); st.text = 0; st.zero = 0;
  const pos = {};
  const cc = unitCol ? 3 : 2;
  for (const [lab, un, k] of rows) {
    sh.set(r, 1, lab); if (unitCol) sh.set(r, 2, un);
    if (k) {
      pos[k] = r;
      const rate = un === '%';
      const col = rate ? { f: 'rate', d } : { f: 'base' };
      fmtCell(sh, r, cc, c[k], col, st); fmtCell(sh, r, cc + 1, pv[k], col, st);
      if (rate) { const v = rnd(c[k] - pv[k], d); sh.set(r, cc + 2, v, { d, numFmt: d === 1 ? '0.0' : '0.00' }); sh.rels.push({ t: 'pp', cell: A(r, cc + 2), cur: A(r, cc), prev: A(r, cc + 1), tol: 1e-6, kind: 'pp' }); }
      else { const v = rnd((c[k] / pv[k] - 1) * 100, 1); sh.set(r, cc + 2, v, { d: 1, numFmt: '0.0' }); sh.rels.push({ t: 'growth', cell: A(r, cc + 2), cur: A(r, cc), prev: A(r, cc + 1), tol: 0.05 + 1e-9, kind: 'growth' }); }
    }
    r++;
  }
  for (const cl of [cc, cc + 1]) {
    const a = (k) => A(pos[k], cl);
    sh.rels.push({ t: 'sum', total: a('T'), parts: [a('st'), a('mf'), a('jj')], tol: 0, kind: 'total' });
    sh.rels.push({ t: 'le', whole: a('st'), parts: [a('hy')], tol: 0, kind: 'part' });
    sh.rels.push({ t: 'le', whole: a('p'), parts: [a('q')], tol: 0, kind: 'part' });
    sh.rels.push({ t: 'rate', cell: a('r1'), num: a('a'), den: a('y'), k: 100, tol: 0.5 * 10 ** -d + 1e-9, kind: 'rate' });
    sh.rels.push({ t: 'rate', cell: a('r2'), num: a('h'), den: a('a'), k: 100, tol: 0.5 * 10 ** -d + 1e-9, kind: 'rate' });
  }
  r++; sh.set(r, 1, '注：率指标的增长栏为增减百分点。');
}

// ---------- book ----------
function makeBook() {
  const u = makeUnit();
  const pool = shuffle(['reg', 'typelevel', 'inspect', 'staff', 'quarter', 'main', 'reg', 'inspect']);
  const kinds = [...new Set(pool)].slice(0, I(1, 4));
  const names = { reg: ['登记情况', '表1 登记', '社会组织数量', '增减变动'], typelevel: ['分类型', '构成', '表2'], inspect: ['年检', '年检情况', '表3 年检'], staff: ['从业人员', '党建', '人员及党建'], quarter: ['分季度', '按月', '新登记进度'], main: ['主要指标', '综合'] };
  const used = new Set();
  const sheets = kinds.map((k) => { let n = pick(names[k]); while (used.has(n)) n += '2'; used.add(n); const sh = new Sheet(n);
    if (k === 'quarter') tQuarter(sh, u); else if (k === 'main') tMain(sh, u); else buildGeneric(sh, u, k); return sh; });
  return sheets;
}
async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, c] of sh.cells) { const cell = ws.getCell(a); cell.value = c.v === undefined ? null : c.v; if (c.numFmt && typeof c.v === 'number') cell.numFmt = c.numFmt; if (c.title) cell.font = { bold: true, size: 14 }; if (c.head) cell.font = { bold: true }; }
    for (const [r1, c1, r2, c2] of sh.merges) { try { ws.mergeCells(r1, c1, r2, c2); } catch (e) { } }
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}
function broken(sh) { return sh.rels.filter((rl) => { const x = evalRel(rl, (a) => sh.get(a)); return x !== null && x > 1e-7; }); }
const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running', 'balance'];
function candidates(sheets, kind) {
  const out = [];
  for (const sh of sheets) for (const rl of sh.rels) {
    const add = (cell) => { const x = sh.cells.get(cell); if (x && typeof (x.text ? Number(x.v) : x.v) === 'number' && x.v !== '' && !Number.isNaN(Number(x.v)) && Number(x.v) !== 0) out.push({ sh, cell, rl }); };
    if (rl.t === 'sum' && rl.kind === kind) add(rl.total);
    if ((rl.t === 'sum' || rl.t === 'le') && kind === 'part' && rl.parts.length > 1) rl.parts.forEach(add);
    if (rl.t === 'bal' && kind === 'balance') add(rl.cell);
    if (rl.t === 'rate' && rl.kind === kind) add(rl.cell);
    if ((rl.t === 'growth' || rl.t === 'pp') && rl.kind === kind) add(rl.cell);
  }
  return out;
}
function plant(sheets, want) {
  const order = [want, ...shuffle(KINDS.filter((k) => k !== want))];
  for (const kind of order) {
    const cands = shuffle(candidates(sheets, kind));
    if (!cands.length) continue;
    let best = null;
    for (const c of cands.slice(0, 40)) {
      const x = c.sh.cells.get(c.cell); const was = Number(x.v);
      let now;
      const isPct = x.isPct;
      if (['rate', 'share', 'growth'].includes(kind)) { now = rnd(was + (P(0.5) ? 1 : -1) * U(3, 9) * (isPct ? 0.01 : 1), x.d); if (kind !== 'growth' && now < 0) now = rnd(was + U(3, 9) * (isPct ? 0.01 : 1), x.d); }
      else if (kind === 'pp') now = rnd(was + (P(0.5) ? 1 : -1) * U(1.5, 4), x.d);
      else { const dl = Math.max(2, Math.round(Math.abs(was) * U(0.05, 0.3))); now = was - dl >= 0 && P(0.5) ? was - dl : was + dl; }
      const save = x.v; x.v = x.text ? now.toFixed(x.d) : now;
      const br = broken(c.sh);
      x.v = save;
      if (!br.includes(c.rl) || evalRel(c.rl, (a) => (a === c.cell ? now : c.sh.get(a))) < 0.5) continue;
      if (!best || br.length < best.br.length) best = { ...c, was: save, now: x.text ? now.toFixed(x.d) : now, br, kind };
      if (br.length === 1) break;
    }
    if (best) { best.sh.cells.get(best.cell).v = best.now; return { sheet: best.sh.name, cell: best.cell, was: best.was, now: best.now, kind: best.kind, breaks: best.br.length }; }
  }
  return null;
}
(async () => {
  const dir = path.join(__dirname, SET), rdir = path.join(__dirname, 'rel', SET);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true }); fs.mkdirSync(rdir, { recursive: true });
  const manifest = [];
  for (let i = 0; i < N; i++) {
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    let sheets = makeBook();
    if (i % 2 === 1) { const want = KINDS[Math.floor(i / 2) % KINDS.length]; for (let k = 0; k < 20 && !candidates(sheets, want).length; k++) sheets = makeBook(); }
    for (const sh of sheets) { const b = broken(sh); if (b.length) { for (const a of relCells(b[0])) console.log(a, JSON.stringify(sh.cells.get(a))); } if (b.length) throw new Error(file + ' ' + sh.name + ' generator relation broken ' + JSON.stringify(b[0])); }
    const plants = [];
    if (i % 2 === 1 && R() < PF * 2) { const p = plant(sheets, KINDS[Math.floor(i / 2) % KINDS.length]); if (p) plants.push(p); }
    fs.writeFileSync(path.join(rdir, file + '.json'), JSON.stringify(sheets.map((s) => ({ sheet: s.name, rels: s.rels })), null, 0));
    await writeBook(sheets, path.join(dir, file));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, manifest.length, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})();
