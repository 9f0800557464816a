// Shared model + renderer for the education-statistics test books.
'use strict';
const ExcelJS = require('/work/main/node_modules/exceljs');

// ---------- rng ----------
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
class Rng {
  constructor(seed) { this.f = mulberry32(seed); }
  next() { return this.f(); }
  u(a, b) { return a + (b - a) * this.f(); }
  i(a, b) { return Math.floor(this.u(a, b + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
}
// Excel-like round half away from zero (with tiny fudge for binary noise)
function rnd(x, d) { const m = Math.pow(10, d); const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * m + 1e-7) / m; }
function nearHalf(x, d) { const m = Math.pow(10, d); const f = Math.abs(x) * m - Math.floor(Math.abs(x) * m); return Math.abs(f - 0.5) < 1e-6; }
const fix = (x) => Math.round(x * 1e8) / 1e8;

// ---------- address helpers ----------
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A1 = (r, c) => colL(c) + (r + 1); // 0-based r,c

// ---------- domain data ----------
const LV = {
  kg: { n: '幼儿园', sch: [10, 60], per: [90, 260], cls: [24, 31], ratio: [11, 17], yrs: 3, priv: [0.35, 0.6], fem: [0.95, 0.99] },
  pri: { n: '小学', sch: [12, 70], per: [250, 1300], cls: [36, 47], ratio: [14, 19], yrs: 6, priv: [0.03, 0.1], fem: [0.68, 0.85] },
  jun: { n: '初中', sch: [5, 25], per: [500, 1700], cls: [42, 50], ratio: [10.5, 14], yrs: 3, priv: [0.08, 0.2], fem: [0.55, 0.7] },
  sen: { n: '普通高中', sch: [2, 7], per: [1200, 3200], cls: [46, 54], ratio: [11.5, 14.5], yrs: 3, priv: [0.1, 0.3], fem: [0.45, 0.6] },
  voc: { n: '中等职业学校', sch: [1, 4], per: [600, 2600], cls: [38, 46], ratio: [16, 22], yrs: 3, priv: [0.1, 0.35], fem: [0.4, 0.55] },
  spe: { n: '特殊教育学校', sch: [1, 1], per: [60, 220], cls: [7, 11], ratio: [2.8, 4.5], yrs: 9, priv: [0, 0], fem: [0.7, 0.85] },
};
const SHORT = { kg: ['幼儿园', '学前教育'], pri: ['小学'], jun: ['初中', '初级中学'], sen: ['普通高中', '高中'], voc: ['中等职业学校', '中职', '中等职业教育'], spe: ['特殊教育学校', '特殊教育'] };

const CITIES = [
  { name: '福州市', units: ['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县'] },
  { name: '洛阳市', units: ['老城区', '西工区', '瀍河回族区', '涧西区', '洛龙区', '偃师区', '孟津区', '新安县', '栾川县', '嵩县', '汝阳县', '宜阳县', '洛宁县', '伊川县'] },
  { name: '绵阳市', units: ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '平武县', '北川羌族自治县'] },
  { name: '曲靖市', units: ['麒麟区', '沾益区', '马龙区', '宣威市', '陆良县', '师宗县', '罗平县', '富源县', '会泽县'] },
  { name: '赣州市', units: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市'] },
];
const COUNTIES = [
  { name: '闽侯县', units: ['甘蔗街道', '上街镇', '南屿镇', '南通镇', '青口镇', '祥谦镇', '尚干镇', '荆溪镇', '白沙镇', '大湖乡', '小箬乡', '洋里乡', '鸿尾乡', '竹岐乡', '廷坪乡'] },
  { name: '宜阳县', units: ['城关镇', '丰李镇', '柳泉镇', '韩城镇', '白杨镇', '香鹿山镇', '锦屏镇', '三乡镇', '张坞镇', '莲庄镇', '盐镇乡', '高村镇', '赵保镇', '樊店镇', '上观乡', '董王庄乡', '花果山乡'] },
  { name: '江油市', units: ['中坝街道', '三合镇', '太平镇', '青莲镇', '武都镇', '大康镇', '二郎庙镇', '马角镇', '雁门镇', '含增镇', '小溪坝镇', '香水镇', '战旗镇', '彰明镇'] },
  { name: '会泽县', units: ['古城街道', '金钟街道', '宝云街道', '以礼街道', '娜姑镇', '迤车镇', '矿山镇', '者海镇', '待补镇', '大井镇', '火红乡', '田坝乡', '马路乡', '上村乡'] },
];

// ---------- entities ----------
function genEntity(r, key, o = {}) {
  const L = LV[key];
  const scale = o.scale == null ? 1 : o.scale;
  const schools = o.schools != null ? o.schools : Math.max(1, Math.round(r.u(L.sch[0], L.sch[1]) * scale));
  const students = o.students != null ? o.students : Math.max(30, Math.round(schools * r.u(L.per[0], L.per[1])));
  const classes = Math.max(schools, Math.round(students / r.u(L.cls[0], L.cls[1])));
  const teachers = Math.max(2, Math.round(students / r.u(L.ratio[0], L.ratio[1])));
  const fteachers = Math.round(teachers * r.u(L.fem[0], L.fem[1]));
  const pgteachers = Math.round(teachers * r.u(0.01, 0.12));
  const senior = Math.round(teachers * r.u(0.05, 0.25));
  const fstudents = Math.round(students * r.u(0.45, 0.49));
  const minority = Math.round(students * r.u(0.005, 0.08));
  const enrol = Math.round(students / L.yrs * r.u(0.92, 1.1));
  const grads = Math.round(students / L.yrs * r.u(0.85, 1.05));
  const small = key === 'spe';
  const transIn = small && r.chance(0.5) ? 0 : Math.round(students * r.u(0, 0.02));
  const otherIn = r.chance(0.4) ? 0 : Math.round(students * r.u(0, 0.004));
  const transOut = small && r.chance(0.5) ? 0 : Math.round(students * r.u(0, 0.02));
  const dropout = (key === 'sen' || key === 'voc') ? Math.round(students * r.u(0, 0.01)) : (r.chance(0.5) ? 0 : Math.round(students * r.u(0, 0.002)));
  const otherOut = r.chance(0.4) ? 0 : Math.round(students * r.u(0, 0.004));
  const incTot = enrol + transIn + otherIn;
  const decTot = grads + transOut + dropout + otherOut;
  const start = students - incTot + decTot;
  const othDec = transOut + dropout + otherOut;
  const startS = students - enrol + grads + othDec;
  const area = Math.round(students * r.u(5, 14) * (small ? 4 : 1));
  const aTeach = Math.round(area * r.u(0.55, 0.68));
  const aAdmin = Math.round(area * r.u(0.05, 0.1));
  const aLife = Math.round(area * r.u(0.12, 0.25));
  const aOther = area - aTeach - aAdmin - aLife;
  const aDanger = r.chance(0.3) ? 0 : Math.round(area * r.u(0.001, 0.03));
  const staff = Math.round(teachers * r.u(1.05, 1.3));
  return { schools, classes, students, fstudents, minority, enrol, grads, teachers, fteachers, pgteachers, senior, staff, transIn, otherIn, transOut, dropout, otherOut, incTot, decTot, start, othDec, startS, area, aTeach, aAdmin, aLife, aOther, aDanger };
}
function leq(a, b) { // all numeric leaves of a <= b
  if (typeof a === 'number') return a <= b;
  return Object.keys(a).every((k) => leq(a[k], b[k]));
}
function genPrivate(r, key, parent) {
  const L = LV[key];
  for (let t = 0; t < 200; t++) {
    const s = r.u(L.priv[0], L.priv[1]) * (t > 50 ? 0.5 : 1);
    const schools = Math.max(1, Math.round(parent.schools * s));
    if (schools >= parent.schools && parent.schools > 1) continue;
    const students = Math.max(20, Math.round(parent.students * s * r.u(0.6, 1.1)));
    const e = genEntity(r, key, { schools, students });
    if (leq(e, parent) && e.start > 0 && e.startS > 0 && e.aOther >= 0) return e;
  }
  return null;
}
function addEnt(a, b) {
  if (typeof a === 'number') return a + b;
  const o = {}; for (const k of Object.keys(a)) o[k] = addEnt(a[k], b[k]); return o;
}
const sumEnts = (list) => list.reduce((s, e) => (s ? addEnt(s, e) : JSON.parse(JSON.stringify(e))), null);
function getF(ent, path) { return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), ent); }
function perturb(r, ent, lo = 0.93, hi = 1.06) { // previous-year version of an entity (keeps identities)
  if (typeof ent === 'number') return Math.round(ent * r.u(lo, hi));
  const o = {}; for (const k of Object.keys(ent)) o[k] = perturb(r, ent[k], lo, hi); return o;
}

// ---------- relation evaluation (shared with verify) ----------
function parseNum(v) {
  if (v == null) return 0;
  if (typeof v === 'object') { if ('result' in v) return parseNum(v.result); if (v.richText) return parseNum(v.richText.map((x) => x.text).join('')); return null; }
  if (typeof v === 'number') return v;
  let s = String(v).trim();
  if (s === '' || /^[—\-–－─]+$/.test(s)) return 0;
  s = s.replace(/[,，\s]/g, '');
  const m = /^-?\d+(\.\d+)?/.exec(s);
  return m ? parseFloat(m[0]) : null;
}
const EPS = 1e-7;
function evalRel(rel, get) {
  const g = (ref) => { const x = parseNum(get(ref)); if (x == null || Number.isNaN(x)) throw new Error('non-numeric ' + ref + ' = ' + JSON.stringify(get(ref))); return x; };
  const half = (dp) => 0.5 * Math.pow(10, -dp) + EPS;
  switch (rel.type) {
    case 'sum': { const s = rel.parts.reduce((a, p) => a + g(p), 0); const t = g(rel.t); return { ok: Math.abs(t - s) <= (rel.tol || 0) + EPS, got: t, want: s }; }
    case 'le': { const p = g(rel.part), w = g(rel.whole); return { ok: p <= w + EPS, got: p, want: w }; }
    case 'ratio': { const d = g(rel.den); if (d === 0) return { ok: true }; const e = g(rel.num) / d * rel.scale; const t = g(rel.t); return { ok: Math.abs(t - e) <= half(rel.dp), got: t, want: e }; }
    case 'growth': { const p = g(rel.prev); if (p === 0) return { ok: true }; const e = (g(rel.cur) - p) / p * 100; const t = g(rel.t); return { ok: Math.abs(t - e) <= half(rel.dp), got: t, want: e }; }
    case 'diff': { const e = g(rel.cur) - g(rel.prev); const t = g(rel.t); return { ok: Math.abs(t - e) <= (rel.tol || 0) + EPS, got: t, want: e }; }
    case 'balance': { const e = rel.plus.reduce((a, p) => a + g(p), 0) - rel.minus.reduce((a, p) => a + g(p), 0); const t = g(rel.t); return { ok: Math.abs(t - e) <= (rel.tol || 0) + EPS, got: t, want: e }; }
    case 'ratioI': { const n = g(rel.num), d = g(rel.den); const lo = (n - rel.pn) / (d + rel.pd) * rel.scale, hi = (n + rel.pn) / (d - rel.pd) * rel.scale; const t = g(rel.t); return { ok: t >= lo - half(rel.dp) && t <= hi + half(rel.dp), got: t, want: [lo, hi] }; }
    case 'growthI': { const p = g(rel.prev), c = g(rel.cur); const lo = ((c - rel.pc) / (p + rel.pp) - 1) * 100, hi = ((c + rel.pc) / (p - rel.pp) - 1) * 100; const t = g(rel.t); return { ok: t >= lo - half(rel.dp) && t <= hi + half(rel.dp), got: t, want: [lo, hi] }; }
    default: throw new Error('unknown rel ' + rel.type);
  }
}
const relCells = (rel) => [rel.t, rel.part, rel.whole, rel.num, rel.den, rel.prev, rel.cur, ...(rel.parts || []), ...(rel.plus || []), ...(rel.minus || [])].filter(Boolean);

// ---------- logical tables ----------
// table: {title, unit, stub, cols:[{path}], rows:[{label, depth, role, blankBefore}], cells:[[{v, fmt}]], rels:[...with [r,c]], notes:[]}
function newTable(o) { return Object.assign({ title: '', unit: null, stub: '项目', cols: [], rows: [], cells: [], rels: [], notes: [] }, o); }
function addRow(t, row, vals) { t.rows.push(row); t.cells.push(vals || []); return t.rows.length - 1; }

// Generic tree emitter. cols: [{path, kind, field, dp, div, num, den, scale, text, of, parts, plus, minus, fmt}]
// kinds: field (additive count), wan (additive rounded), ratio, qzcol (additive, <= col `of`), sumcols, balance
function emitTree(t, root, cols, o) {
  const c0 = t.cols.length;
  o.firstRow = t.rows.length;
  cols.forEach((c) => t.cols.push({ path: c.path }));
  const additive = (c) => ['field', 'qzcol', 'sumcols', 'balance', 'diff'].includes(c.kind) && !c.nonAdd;
  const cellOf = (c, ent) => {
    if (['field', 'qzcol', 'sumcols', 'balance'].includes(c.kind)) {
      const x = getF(ent, c.field);
      if (c.div) { const y = x / c.div; if (nearHalf(y, c.dp)) throw new Error('retry'); return { v: rnd(y, c.dp), fmt: 'd' + c.dp, exact: y, raw: false }; }
      return { v: x, fmt: 'int' };
    }
    return null;
  };
  const tolOf = (c, n) => (c.div || (c.kind === 'diff' && c.dp) ? 0.5 * Math.pow(10, -c.dp) * n : 0);
  function fillRow(ri, ent) {
    const vals = t.cells[ri];
    cols.forEach((c, j) => { const cv = cellOf(c, ent); if (cv) vals[c0 + j] = cv; });
    cols.forEach((c, j) => {
      if (c.kind === 'ratio') {
        const n = vals[c0 + c.num].v, d = vals[c0 + c.den].v;
        if (!d) { vals[c0 + j] = { v: '—', fmt: 'text' }; return; }
        const x = n / d * c.scale;
        if (nearHalf(x, c.dp)) throw new Error('retry');
        vals[c0 + j] = { v: rnd(x, c.dp), fmt: c.pct ? 'pct' + (c.dp - 2) : 'd' + c.dp, text: c.text, exact: x, isPct: c.scale === 100 };
        t.rels.push({ type: 'ratio', t: [ri, c0 + j], num: [ri, c0 + c.num], den: [ri, c0 + c.den], scale: c.scale, dp: c.dp, cat: 'rate' });
      }
      if (c.kind === 'growth') {
        const p = vals[c0 + c.prev].v, q = vals[c0 + c.cur].v;
        if (typeof p !== 'number' || typeof q !== 'number' || !p) { vals[c0 + j] = { v: '—', fmt: 'text' }; return; }
        const x = (q - p) / p * 100;
        if (nearHalf(x, c.dp)) throw new Error('retry');
        vals[c0 + j] = { v: rnd(x, c.dp), fmt: 'd' + c.dp, exact: x, isPct: true };
        t.rels.push({ type: 'growth', t: [ri, c0 + j], prev: [ri, c0 + c.prev], cur: [ri, c0 + c.cur], dp: c.dp, cat: 'change' });
      }
      if (c.kind === 'diff') {
        const p = vals[c0 + c.prev].v, q = vals[c0 + c.cur].v;
        const dp = c.dp || 0;
        vals[c0 + j] = { v: fix(q - p), fmt: dp ? 'd' + dp : 'int', raw: false };
        t.rels.push({ type: 'diff', t: [ri, c0 + j], prev: [ri, c0 + c.prev], cur: [ri, c0 + c.cur], tol: 0, cat: 'change' });
      }
      if (c.kind === 'qzcol') { const w = vals[c0 + c.of].v; if (!(vals[c0 + j].v <= w)) throw new Error('retry'); t.rels.push({ type: 'le', part: [ri, c0 + j], whole: [ri, c0 + c.of], cat: 'qz' }); }
      if (c.kind === 'sumcols') t.rels.push({ type: 'sum', t: [ri, c0 + j], parts: c.parts.map((p) => [ri, c0 + p]), tol: tolOf(cols[c.parts[0]], c.parts.length), cat: 'total', dir: 'row' });
      if (c.kind === 'balance') t.rels.push({ type: 'balance', t: [ri, c0 + j], plus: c.plus.map((p) => [ri, c0 + p]), minus: c.minus.map((p) => [ri, c0 + p]), cat: 'balance' });
    });
  }
  function addQz(node, depth, parentRow) {
    (node.qz || []).forEach((q, k) => {
      const ri = addRow(t, { label: q.label, depth, role: 'qz', qzFirst: k === 0, blankBefore: false });
      fillRow(ri, q.ent);
      cols.forEach((c, j) => { if (additive(c) && c.kind !== 'balance' && c.kind !== 'diff') t.rels.push({ type: 'le', part: [ri, c0 + j], whole: [parentRow, c0 + j], cat: 'qz' }); });
      q.row = ri;
    });
  }
  function emit(node, depth, isRoot) {
    const kids = node.children || [];
    const top = isRoot ? o.totalTop : (o.subTop != null ? o.subTop : true);
    let my;
    const self = () => { my = addRow(t, { label: node.label, depth, role: isRoot ? 'total' : (kids.length ? 'sub' : 'part'), blankBefore: !!node.blankBefore, gap: !!node.gap, parentLabel: node.parentLabel }); fillRow(my, node.ent); node.row = my; addQz(node, depth + 1, my); };
    kids.forEach((k) => { k.parentLabel = node.label; });
    if (isRoot && o.gapAfterTotal && o.totalTop && kids.length) kids[0].gap = true;
    if (!kids.length || top) self();
    const kr = kids.map((k) => emit(k, isRoot && !o.indentUnderTotal ? depth : depth + 1, false));
    if (kids.length && !top) self();
    if (kids.length) {
      cols.forEach((c, j) => { if (additive(c)) t.rels.push({ type: 'sum', t: [my, c0 + j], parts: kr.map((x) => [x, c0 + j]), tol: tolOf(c, kr.length), cat: 'total', dir: 'col' }); });
      // sum of qz rows of children == qz row of node when labels match and all children have it
      (node.qz || []).forEach((q) => {
        if (!q.sumOfKids) return;
        const parts = kids.map((k) => (k.qz || []).find((x) => x.label === q.label)).filter(Boolean);
        cols.forEach((c, j) => { if (additive(c)) t.rels.push({ type: 'sum', t: [q.row, c0 + j], parts: parts.map((x) => [x.row, c0 + j]), tol: tolOf(c, parts.length), cat: 'total', dir: 'col' }); });
      });
    }
    return my;
  }
  const rootRow = emit(root, 0, true);
  t.rootRow = rootRow;
  cols.forEach((c, j) => {
    if (c.kind !== 'share') return;
    const den = t.cells[rootRow][c0 + c.of].v;
    t.rows.forEach((_, ri) => {
      if (ri < o.firstRow) return;
      const n = t.cells[ri][c0 + c.of] && t.cells[ri][c0 + c.of].v;
      if (typeof n !== 'number' || t.cells[ri][c0 + j]) return;
      const x = n / den * 100;
      if (nearHalf(x, c.dp)) throw new Error('retry');
      t.cells[ri][c0 + j] = { v: rnd(x, c.dp), fmt: 'd' + c.dp, exact: x };
      t.rels.push({ type: 'ratio', t: [ri, c0 + j], num: [ri, c0 + c.of], den: [rootRow, c0 + c.of], scale: 100, dp: c.dp, cat: 'rate' });
    });
    for (const rel of t.rels.slice()) {
      if (rel.type === 'sum' && rel.dir === 'col' && rel.t[1] === c0 + c.of && rel.t[0] >= o.firstRow) t.rels.push({ type: 'sum', t: [rel.t[0], c0 + j], parts: rel.parts.map((p) => [p[0], c0 + j]), tol: 0.5 * Math.pow(10, -c.dp) * rel.parts.length, cat: 'total', dir: 'col' });
    }
  });
}
function entTree(node) { // compute ent bottom-up for nodes with children
  if (node.children && node.children.length) { node.children.forEach(entTree); node.ent = sumEnts(node.children.map((k) => k.ent)); }
  (node.qz || []).forEach((q) => { if (q.sumOfKids) q.ent = sumEnts(node.children.map((k) => (k.qz || []).find((x) => x.label === q.label).ent)); });
  return node;
}

// check logical relations of a table (throws 'retry' on failure)
function checkTable(t) {
  const get = (rc) => { const c = t.cells[rc[0]] && t.cells[rc[0]][rc[1]]; return c ? c.v : undefined; };
  for (const rel of t.rels) {
    const res = evalRel(rel, get);
    if (!res.ok) { const e = new Error('retry'); e.rel = rel; e.res = res; throw e; }
  }
}
function transpose(t, stub) {
  const nt = newTable({ title: t.title, unit: t.unit, stub: stub || '指标', notes: t.notes });
  nt.cols = t.rows.map((r) => ({ path: [r.label] }));
  nt.rows = t.cols.map((c) => ({ label: c.path.join(''), depth: 0, role: 'item' }));
  nt.cells = t.cols.map((_, j) => t.rows.map((_, i) => t.cells[i][j]));
  const sw = (x) => (Array.isArray(x) && typeof x[0] === 'number' ? [x[1], x[0]] : Array.isArray(x) ? x.map(sw) : x);
  nt.rels = t.rels.map((rel) => { const o = { ...rel }; for (const k of ['t', 'part', 'whole', 'num', 'den', 'prev', 'cur', 'parts', 'plus', 'minus']) if (o[k]) o[k] = sw(o[k]); return o; });
  nt.transposed = true;
  return nt;
}

// ---------- rendering ----------
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function newSheet(name) { return { name, cells: {}, merges: [], widths: {} }; }
function put(sh, r, c, v, st = {}) { sh.cells[A1(r, c)] = Object.assign({ v }, st); }
function fmtInt(v, o) {
  if (typeof v !== 'number') return { v };
  if (o.textNums) return { v: o.textNums === 'comma' ? v.toLocaleString('en-US') : String(v) };
  return { v, numFmt: o.intFmt || '#,##0' };
}
function renderCell(cell, o) {
  if (!cell) return { v: null };
  const v = cell.v;
  if (typeof v !== 'number') return { v, align: 'center' };
  const f = cell.fmt || 'int';
  if (f === 'int') { const r = fmtInt(v, o); if (v === 0 && o.dashZero === 'empty') return { v: null }; if (v === 0 && o.dashZero) return { v: o.dashZero, align: 'center' }; return r; }
  const m = /^(d|pct)(\d)$/.exec(f);
  const dp = +m[2];
  if (m[1] === 'pct') { const shown = o.rawRates && cell.exact != null ? cell.exact : v; return { v: shown, numFmt: '0.' + '0'.repeat(dp) + '%' }; }
  if (cell.text === ':1') return { v: v.toFixed(dp) + ':1', align: 'right' };
  if (o.pctText && cell.isPct) return { v: v.toFixed(dp) + '%', align: 'right' };
  if (o.textNums) return { v: v.toFixed(dp) };
  const shown = o.rawRates && cell.exact != null && cell.raw !== false ? cell.exact : v;
  return { v: shown, numFmt: dp ? '0.' + '0'.repeat(dp) : '0' };
}
function labelText(row, o) {
  let s = row.label;
  if (row.role === 'qz') s = (row.qzFirst ? (o.qzPrefix || '其中：') : (o.qzPrefix === '#' ? '#' : '　　　')) + s;
  const ind = row.depth;
  if (o.indent === 'full') return { v: '　'.repeat(ind) + s };
  if (o.indent === 'ascii') return { v: '  '.repeat(ind) + s };
  if (o.indent === 'attr') return { v: s, indent: ind };
  return { v: s };
}
// render rows [from,to) of table onto sheet at (row o.row, col o.col). Returns {map: i->r, next, d0}
function renderTable(sh, t, o, part = {}) {
  let r = o.row; const c0 = o.col;
  const seqC = o.seq ? c0 : null; const stubC = o.seq ? c0 + 1 : c0; const d0 = stubC + (t.twoStub ? 2 : 1);
  const lastC = d0 + t.cols.length - 1;
  const from = part.from || 0, to = part.to == null ? t.rows.length : part.to;
  const title = part.title != null ? part.title : t.title;
  if (title) {
    let tt = title;
    if (o.unitMode === 'title' && t.unit && !part.title) tt += '（' + t.unit.replace(/^单位：/, '单位：') + '）';
    put(sh, r, c0, tt, { bold: true, size: 14, align: o.titleMerge ? 'center' : undefined });
    if (o.titleMerge) sh.merges.push([r, c0, r, lastC]);
    r++;
    if (o.blankAfterTitle) r++;
  }
  if (o.meta && !part.title) { put(sh, r, c0, o.meta[0]); if (!(o.unitMode === 'line' && t.unit)) put(sh, r, lastC, o.meta[1], { align: 'right' }); else put(sh, r, lastC, t.unit + '　' + o.meta[1].replace(/^.*?：/, ''), { align: 'right' }); r++; }
  else if ((o.unitMode === 'line' || (o.unitMode === 'title' && part.title)) && t.unit) {
    if (o.unitLeft) put(sh, r, c0, t.unit); else put(sh, r, lastC, t.unit, { align: 'right' });
    r++;
  }
  // headers
  const D = Math.max(...t.cols.map((c) => c.path.length));
  const hs = { bold: true, align: 'center', border: true };
  if (o.seq) { put(sh, r, seqC, '序号', hs); if (D > 1) sh.merges.push([r, seqC, r + D - 1, seqC]); }
  put(sh, r, stubC, t.stub, hs); if (D > 1 || t.twoStub) sh.merges.push([r, stubC, r + D - 1, d0 - 1]);
  for (let l = 0; l < D; l++) {
    let j = 0;
    while (j < t.cols.length) {
      const p = t.cols[j].path;
      if (p.length <= l) { j++; continue; }
      let k = j + 1;
      const key = p.slice(0, l + 1).join('|');
      while (k < t.cols.length && t.cols[k].path.length > l && t.cols[k].path.slice(0, l + 1).join('|') === key && l < t.cols[k].path.length - 1) k++;
      if (l === p.length - 1) k = j + 1;
      put(sh, r + l, d0 + j, o.numYears && /^\d{4}年$/.test(p[l]) ? parseInt(p[l], 10) : p[l], hs);
      const rowEnd = l === p.length - 1 ? r + D - 1 : r + l;
      if (k - 1 > j || rowEnd > r + l) sh.merges.push([r + l, d0 + j, rowEnd, d0 + k - 1]);
      j = k;
    }
  }
  r += D;
  if (o.colNumbers) { // 甲 乙 1 2 3 row
    if (o.seq) put(sh, r, seqC, '甲', { align: 'center' });
    put(sh, r, stubC, o.seq ? '乙' : '甲', { align: 'center' });
    t.cols.forEach((_, j) => put(sh, r, d0 + j, j + 1, { align: 'center' }));
    r++;
  }
  const map = {};
  let seqN = 0, grp = null;
  for (let i = 0; i < from; i++) if (t.rows[i].role !== 'total' || o.seq === 'all') seqN++;
  for (let i = from; i < to; i++) {
    const row = t.rows[i];
    if ((row.blankBefore && o.blankRows && !t.twoStub) || row.gap) r++;
    const lt = labelText(row, o);
    if (t.twoStub) {
      if (row.role === 'total') { put(sh, r, stubC, row.label, { bold: true, align: 'center' }); sh.merges.push([r, stubC, r, stubC + 1]); grp = null; }
      else if (row.role === 'sub') { put(sh, r, stubC, row.label, { align: 'center' }); put(sh, r, stubC + 1, t.subTotalWord || '合计'); grp = { r0: r }; }
      else { put(sh, r, stubC + 1, row.label); if (grp) grp.r1 = r; }
      if (grp && grp.r1 && (i + 1 >= to || t.rows[i + 1].role !== 'part')) { sh.merges.push([grp.r0, stubC, grp.r1, stubC]); grp = null; }
    } else if (o.seq && o.seqMergeTotal && row.role === 'total') { put(sh, r, seqC, lt.v.trim(), { bold: true, align: 'center' }); sh.merges.push([r, seqC, r, stubC]); }
    else put(sh, r, stubC, lt.v, { indent: lt.indent, bold: row.role === 'total' });
    if (o.seq && !(o.seqMergeTotal && row.role === 'total')) { if (row.role === 'total') { if (o.seq === 'all') put(sh, r, seqC, ++seqN, { align: 'center' }); } else put(sh, r, seqC, ++seqN, { align: 'center' }); }
    t.cells[i].forEach((cell, j) => { const rc = renderCell(cell, o); if (rc.v != null) { const st = { ...rc }; delete st.v; put(sh, r, d0 + j, rc.v, st); } });
    map[i] = r; r++;
  }
  if (!part.noNotes && t.notes.length && (part.to == null || part.to === t.rows.length)) {
    if (o.blankBeforeNotes) r++;
    t.notes.forEach((n) => { put(sh, r, c0, n); if (o.mergeNotes) sh.merges.push([r, c0, r, lastC]); r++; });
  }
  if (o.footer && (part.to == null || part.to === t.rows.length)) { put(sh, r, c0, o.footer); r++; }
  for (let c = c0; c <= lastC; c++) sh.widths[c] = c === stubC ? (t.twoStub ? 12 : 24) : (c === seqC ? 6 : 13);
  return { map, next: r, d0 };
}
function relToRefs(rel, resolve) {
  const o = { ...rel };
  delete o.dir;
  for (const k of ['t', 'part', 'whole', 'num', 'den', 'prev', 'cur']) if (o[k]) o[k] = resolve(o[k]);
  for (const k of ['parts', 'plus', 'minus']) if (o[k]) o[k] = o[k].map(resolve);
  return o;
}
// place table (possibly split across sheets). placements: [{sh, o, from, to, title}]
function placeTable(book, t, placements) {
  const rowLoc = {};
  for (const p of placements) {
    const res = renderTable(p.sh, t, p.o, p);
    for (const [i, r] of Object.entries(res.map)) rowLoc[i] = { sh: p.sh, r, d0: res.d0 };
    p.next = res.next;
  }
  const resolve = ([i, j]) => { const L = rowLoc[i]; return L.sh.name + '!' + A1(L.r, L.d0 + j); };
  for (const rel of t.rels) book.rels.push(relToRefs(rel, resolve));
  return placements;
}
function addFormulas(book, share) {
  // turn sum relations into formulas where all on same sheet
  for (const rel of book.rels) {
    if (rel.type !== 'sum' || rel.tol) continue;
    const sh = rel.t.split('!')[0];
    if (!rel.parts.every((p) => p.split('!')[0] === sh)) continue;
    const S = book.sheets.find((s) => s.name === sh);
    const ta = rel.t.split('!')[1];
    const cell = S.cells[ta]; if (!cell || typeof cell.v !== 'number') continue;
    const pa = rel.parts.map((p) => p.split('!')[1]);
    const parse = (a) => { const m = /^([A-Z]+)(\d+)$/.exec(a); return [m[1], +m[2]]; };
    const ps = pa.map(parse);
    let f;
    const sameCol = ps.every((p) => p[0] === ps[0][0]);
    if (sameCol && ps.every((p, k) => k === 0 || p[1] === ps[k - 1][1] + 1)) f = `SUM(${pa[0]}:${pa[pa.length - 1]})`;
    else f = pa.join('+');
    cell.formula = f;
  }
}

async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '教育局统计科';
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [c, w] of Object.entries(sh.widths)) ws.getColumn(+c + 1).width = w;
    for (const [addr, cell] of Object.entries(sh.cells)) {
      const x = ws.getCell(addr);
      x.value = cell.formula ? { formula: cell.formula, result: cell.v } : cell.v;
      if (cell.numFmt) x.numFmt = cell.numFmt;
      if (cell.bold || cell.size) x.font = { bold: !!cell.bold, size: cell.size || 11, name: '宋体' };
      if (cell.align || cell.indent) x.alignment = { horizontal: cell.align || (cell.indent ? 'left' : undefined), indent: cell.indent || undefined, vertical: 'middle', wrapText: true };
      if (cell.border) x.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    }
    for (const m of sh.merges) ws.mergeCells(m[0] + 1, m[1] + 1, m[2] + 1, m[3] + 1);
  }
  await wb.xlsx.writeFile(file);
}

module.exports = { Rng, rnd, nearHalf, fix, colL, A1, LV, SHORT, CITIES, COUNTIES, genEntity, genPrivate, addEnt, sumEnts, getF, perturb, leq, parseNum, evalRel, relCells, newTable, addRow, emitTree, entTree, checkTable, transpose, newSheet, put, renderTable, placeTable, addFormulas, writeBook, CN_NUM };
