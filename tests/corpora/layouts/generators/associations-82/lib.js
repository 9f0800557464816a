// Shared generator machinery: random data, logical tables, layout, rendering.
const ExcelJS = require('/work/main/node_modules/exceljs');

// ---------------- random
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const seed = (s) => { R = mulberry32(s); };
const U = (a, b) => a + (b - a) * R();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const rnd = () => R();

// ---------------- numbers
const round = (x, d) => { const s = 10 ** d; const y = Math.round(Math.abs(x) * s + 1e-9) / s; return x < 0 ? -y : y; };
function rateVal(num, den, dec, scale = 100) { if (!den) return null; const s = 10 ** dec; const q = num * scale * s; return Math.floor((2 * q + den) / (2 * den)) / s; }
function growthVal(cur, prev, dec) { if (!prev) return null; const s = 10 ** dec; const q = (cur - prev) * 100 * s; const sg = q < 0 ? -1 : 1; return sg * Math.floor((2 * Math.abs(q) + prev) / (2 * prev)) / s; }

// ---------------- addresses
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

// ---------------- records
const F = ['ST', 'MN', 'JJ', 'H', 'YG', 'TG', 'PTG', 'PST', 'PMN', 'PJJ', 'PH', 'PS', 'W', 'M', 'MF', 'MY', 'MC', 'FT', 'GD', 'FUNDY'];
function zeroRec() { const r = {}; F.forEach((f) => { r[f] = 0; }); return r; }
function agg(recs) { const o = {}; for (const r of recs) for (const k of Object.keys(r)) o[k] = (o[k] || 0) + r[k]; return o; }
function genUnit(type, s, mode = 'mix') {
  const r = zeroRec();
  let n;
  if (type === 'ST') n = Math.round(s * U(0.35, 0.55) * (mode === 'all' ? 0.35 : mode === 'none' ? 0.7 : 1));
  else if (type === 'MN') n = Math.round(s * U(0.4, 0.6));
  else n = chance(0.3) ? 0 : ri(1, Math.max(1, Math.round(s * 0.03)));
  r[type] = n;
  const p = Math.round(n * U(0.18, 0.55));
  r['P' + type] = p;
  if (type === 'ST') {
    const H = mode === 'all' ? n : mode === 'none' ? 0 : Math.round(n * U(0.12, 0.35));
    r.H = H;
    r.PH = mode === 'all' ? p : mode === 'none' ? 0 : Math.min(H, p, Math.round(H * U(0.3, 0.8)));
    r.YG = Math.round(H * U(0.6, 1)); r.TG = Math.round(r.YG * U(0.7, 1)); r.PTG = Math.min(r.TG, Math.round(r.TG * U(0.25, 0.75)));
  }
  r.PS = Math.round(p * U(0.3, 0.75));
  r.W = p + Math.round((n - p) * U(0.5, 1));
  r.M = Math.round(p * U(3, 9)) + ri(0, Math.ceil(n * 0.1));
  r.MF = Math.round(r.M * U(0.35, 0.6)); r.MY = Math.round(r.M * U(0.15, 0.4)); r.MC = Math.round(r.M * U(0.6, 0.92));
  r.FT = Math.round(p * U(0.03, 0.15)); r.GD = Math.round((n - p) * U(0.05, 0.3));
  r.FUNDY = p * ri(3000, 12000) + ri(0, 9999);
  return r;
}
function stRec(s) { const a = genUnit('ST', s, 'all'), b = genUnit('ST', s, 'none'); return { assoc: a, other: b, all: agg([a, b]) }; }
function countyRec(s) { return agg([genUnit('ST', s), genUnit('MN', s), genUnit('JJ', s)]); }
// record grown/shrunk between two years: returns {y1, y2}
function twoYears(s) { const base = countyRec(s); const rem = countyRec(s * U(0.01, 0.08)); const add = countyRec(s * U(0.02, 0.16)); return { y1: agg([base, rem]), y2: agg([base, add]) }; }

const fN = (r) => r.ST + r.MN + r.JJ, fP = (r) => r.PST + r.PMN + r.PJJ;

// ---------------- column catalogue
function catalog(keys, o = {}) {
  const d = o.dec ?? 1;
  const has = (k) => keys.includes(k);
  const PG = o.pGroup || pick(['已建立党组织的社会组织数', '已建党组织的社会组织数', '建立党组织情况']);
  const defs = {
    N: { path: [o.nLabel || pick(['社会组织数', '社会组织总数', '社会组织数量'])], flat: '社会组织总数', unit: '个', kind: 'count', f: fN },
    H: { path: ['其中：行业协会商会'], flat: '　其中：行业协会商会', unit: '个', kind: 'count', f: (r) => r.H, sub: 'N' },
    ST: { path: ['按类型分', '社会团体'], flat: '　社会团体', unit: '个', kind: 'count', f: (r) => r.ST },
    MN: { path: ['按类型分', '民办非企业单位'], flat: '　民办非企业单位', unit: '个', kind: 'count', f: (r) => r.MN },
    JJ: { path: ['按类型分', '基金会'], flat: '　基金会', unit: '个', kind: 'count', f: (r) => r.JJ },
    P: { path: has('PS') ? [PG, pick(['小计', '合计'])] : [PG], flat: '已建立党组织的社会组织数', unit: '个', kind: 'count', f: fP },
    PS: { path: [PG, pick(['单独建立', '单独组建'])], flat: '　其中：单独建立', unit: '个', kind: 'count', f: (r) => r.PS, sub: 'P' },
    PL: { path: [PG, pick(['联合建立', '联合组建'])], flat: '　　　　联合建立', unit: '个', kind: 'count', f: (r) => fP(r) - r.PS, sub: 'P' },
    RP: { path: [pick(['党组织覆盖率（%）', '党的组织覆盖率（%）'])], flat: '党组织覆盖率', unit: '%', kind: 'rate', num: 'P', den: 'N', numF: fP, denF: fN, dec: d },
    W: { path: [pick(['实现党的工作覆盖数', '党的工作覆盖数'])], flat: '实现党的工作覆盖的社会组织数', unit: '个', kind: 'count', f: (r) => r.W, sub: 'N' },
    RW: { path: ['党的工作覆盖率（%）'], flat: '党的工作覆盖率', unit: '%', kind: 'rate', num: 'W', den: 'N', numF: (r) => r.W, denF: fN, dec: d },
    PH: { path: ['行业协会商会已建党组织数'], flat: '行业协会商会已建党组织数', unit: '个', kind: 'count', f: (r) => r.PH, sub: 'H' },
    RH: { path: ['行业协会商会党组织覆盖率（%）'], flat: '行业协会商会党组织覆盖率', unit: '%', kind: 'rate', num: 'PH', den: 'H', numF: (r) => r.PH, denF: (r) => r.H, dec: d },
    M: { path: [pick(['党员数', '党员总数', '党员人数'])], flat: '党员总数', unit: '人', kind: 'count', f: (r) => r.M },
    MF: { path: ['其中', '女'], flat: '　其中：女党员', unit: '人', kind: 'count', f: (r) => r.MF, sub: 'M' },
    MY: { path: ['其中', pick(['35岁及以下', '35岁以下'])], flat: '　　　　35岁及以下', unit: '人', kind: 'count', f: (r) => r.MY, sub: 'M' },
    MC: { path: ['其中', pick(['大专及以上学历', '大专以上'])], flat: '　　　　大专及以上学历', unit: '人', kind: 'count', f: (r) => r.MC, sub: 'M' },
    FT: { path: ['专职党务工作者'], flat: '专职党务工作者', unit: '人', kind: 'count', f: (r) => r.FT },
    GD: { path: [pick(['党建工作指导员', '选派党建指导员'])], flat: '党建工作指导员', unit: '人', kind: 'count', f: (r) => r.GD },
    FUND: { path: ['党建工作经费（万元）'], flat: '党建工作经费', unit: '万元', kind: 'wan', f: (r) => r.FUNDY / 10000, dec: o.wanDec ?? 1 },
    AVG: { path: [pick(['平均每个党组织党员数（人）', '党组织平均党员数（人）'])], flat: '平均每个党组织党员数', unit: '人', kind: 'rate', scale: 1, num: 'M', den: 'P', numF: (r) => r.M, denF: fP, dec: 1 },
    SHARE: { path: [pick(['占全市比例（%）', '占全市比重（%）', '社会组织数占比（%）'])], flat: '占全市比例', unit: '%', kind: 'share', of: 'N', f: fN, dec: o.shareDec ?? 1 },
    HSHARE: { path: [pick(['行业协会商会占比（%）', '行业协会商会占社会组织比例（%）'])], flat: '行业协会商会占比', unit: '%', kind: 'rate', num: 'H', den: 'N', numF: (r) => r.H, denF: fN, dec: o.dec ?? 1 },
    YG: { path: ['应脱钩数'], flat: '应脱钩行业协会商会数', unit: '个', kind: 'count', f: (r) => r.YG, sub: 'H' },
    TG: { path: ['已完成脱钩数'], flat: '已完成脱钩数', unit: '个', kind: 'count', f: (r) => r.TG, sub: 'YG' },
    RTG: { path: ['脱钩完成率（%）'], flat: '脱钩完成率', unit: '%', kind: 'rate', num: 'TG', den: 'YG', numF: (r) => r.TG, denF: (r) => r.YG, dec: d },
    PTG: { path: ['脱钩后已建党组织数'], flat: '脱钩后已建党组织数', unit: '个', kind: 'count', f: (r) => r.PTG, sub: 'TG' },
    RPTG: { path: ['脱钩协会党组织覆盖率（%）'], flat: '脱钩协会党组织覆盖率', unit: '%', kind: 'rate', num: 'PTG', den: 'TG', numF: (r) => r.PTG, denF: (r) => r.TG, dec: d },
  };
  if (has('N') && has('H') && keys.indexOf('H') === keys.indexOf('N') + 1 && o.groupNH) {
    const g = defs.N.path[0]; defs.N.path = [g, '合计']; defs.H.path = [g, '其中：行业协会商会'];
  }
  if (has('M') && o.memberGroup) { const g = '党员情况'; defs.M.path = [g, '总数']; for (const k of ['MF', 'MY', 'MC']) defs[k].path = [g, '其中：' + defs[k].path[1]]; }
  const out = keys.map((k) => ({ key: k, ...defs[k] }));
  if (o.grp3) {
    const top = { N: '社会组织基本情况', H: '社会组织基本情况', ST: '社会组织基本情况', MN: '社会组织基本情况', JJ: '社会组织基本情况', P: '党的组织覆盖', PS: '党的组织覆盖', PL: '党的组织覆盖', RP: '党的组织覆盖', W: '党的工作覆盖', RW: '党的工作覆盖', M: '党员队伍', MF: '党员队伍', MY: '党员队伍', MC: '党员队伍', FT: '党务工作力量', GD: '党务工作力量' };
    for (const c of out) if (top[c.key]) c.path = [top[c.key], ...c.path];
  }
  return out;
}
const PARTS = [{ y: 'P', xs: [['PS', 1], ['PL', 1]] }, { y: 'N', xs: [['ST', 1], ['MN', 1], ['JJ', 1]] }];

// ---------------- logical tables
class Table {
  constructor(rows, cols) { this.rows = rows; this.cols = cols; this.val = {}; this.rels = []; this.addr = {}; this.meta = {}; }
  set(rk, ck, cell) { this.val[rk + '|' + ck] = cell; }
  get(rk, ck) { return this.val[rk + '|' + ck]; }
  row(k) { return this.rows.find((r) => r.key === k); }
  col(k) { return this.cols.find((c) => c.key === k); }
}
function build(rows, cols, o = {}) {
  const tb = new Table(rows, cols);
  const by = Object.fromEntries(rows.map((r) => [r.key, r]));
  const recOf = (r) => { if (r.rec) return r.rec; r.rec = agg(r.parts.map((k) => recOf(by[k]))); return r.rec; };
  rows.forEach((r) => { if (r.kind !== 'sec') recOf(r); });
  const ck = new Set(cols.map((c) => c.key));
  for (const r of rows) {
    if (r.kind === 'sec') continue;
    for (const c of cols) {
      if (c.kind === 'count') tb.set(r.key, c.key, { k: 'count', v: c.f(r.rec) });
      else if (c.kind === 'wan') { const raw = c.f(r.rec); tb.set(r.key, c.key, { k: 'wan', v: round(raw, c.dec), dec: c.dec, raw }); }
    }
    for (const c of cols) {
      if (c.kind === 'rate') {
        const n = c.numF(r.rec), dn = c.denF(r.rec);
        const sc = c.scale ?? 100;
        tb.set(r.key, c.key, { k: 'rate', v: rateVal(n, dn, c.dec, sc), dec: c.dec, raw: dn ? n / dn * sc : null, scale: sc });
        if (ck.has(c.num) && ck.has(c.den)) tb.rels.push({ t: 'rate', y: [r.key, c.key], num: [[r.key, c.num]], den: [[r.key, c.den]], dec: c.dec, scale: sc });
      } else if (c.kind === 'share') {
        const T = rows.find((x) => x.kind === 'total' && !x.lvl && x.parts) || rows.find((x) => x.kind === 'total');
        const n = c.f(r.rec), dn = c.f(T.rec);
        tb.set(r.key, c.key, { k: 'rate', v: rateVal(n, dn, c.dec), dec: c.dec, raw: dn ? n / dn * 100 : null });
        if (ck.has(c.of)) tb.rels.push({ t: 'rate', y: [r.key, c.key], num: [[r.key, c.of]], den: [[T.key, c.of]], dec: c.dec });
      } else if (c.kind === 'growth') {
        const cu = c.curF(r.rec), pr = c.prevF(r.rec);
        tb.set(r.key, c.key, { k: 'growth', v: growthVal(cu, pr, c.dec), dec: c.dec, raw: pr ? (cu - pr) / pr * 100 : null });
        if (ck.has(c.cur) && ck.has(c.prev)) tb.rels.push({ t: 'growth', y: [r.key, c.key], cur: [r.key, c.cur], prev: [r.key, c.prev], dec: c.dec });
      }
    }
    for (const c of cols) {
      if (c.kind === 'pdiff') {
        const a = tb.get(r.key, c.a), b = tb.get(r.key, c.b);
        const v = a.v == null || b.v == null ? null : round(a.v - b.v, c.dec);
        tb.set(r.key, c.key, { k: 'pdiff', v, dec: c.dec, raw: a.raw != null && b.raw != null ? a.raw - b.raw : null });
        if (v != null) tb.rels.push({ t: 'lin', y: [r.key, c.key], xs: [[[r.key, c.a], 1], [[r.key, c.b], -1]], tol: 1e-6, rawPair: true });
      }
      if (c.sub && ck.has(c.sub) && !c.diff) tb.rels.push({ t: 'le', a: [r.key, c.key], b: [r.key, c.sub] });
    }
    for (const L of (o.rowLin || PARTS)) {
      if (ck.has(L.y) && L.xs.every(([k]) => ck.has(k))) tb.rels.push({ t: 'lin', y: [r.key, L.y], xs: L.xs.map(([k, co]) => [[r.key, k], co]), tol: 0 });
    }
  }
  for (const r of rows) {
    if (r.parts) for (const c of cols) {
      if (c.kind === 'count') tb.rels.push({ t: 'lin', y: [r.key, c.key], xs: r.parts.map((p) => [[p, c.key], 1]), tol: 0 });
      if (c.kind === 'wan') tb.rels.push({ t: 'lin', y: [r.key, c.key], xs: r.parts.map((p) => [[p, c.key], 1]), tol: r.parts.length * 0.5 * 10 ** -c.dec + 1e-9 });
    }
    if (r.kind === 'sub') for (const c of cols) if (c.kind === 'count' && !c.diff) tb.rels.push({ t: 'le', a: [r.key, c.key], b: [r.parent, c.key] });
  }
  return tb;
}

// ---------------- sheets and books
class SheetB {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.regions = []; this.widths = {}; this.nextRow = 1; this.meta = {}; }
  set(r, c, v, st = {}) { this.cells[A(r, c)] = { r, c, v, st }; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
}
class Book {
  constructor() { this.sheets = []; this.tables = []; this.xrels = []; }
  sheet(name) { const s = new SheetB(name); this.sheets.push(s); return s; }
  finalize() {
    const tr = (ref, tb) => { let t = tb, rk, ck; if (Array.isArray(ref)) [rk, ck] = ref; else ({ tb: t, rk, ck } = ref); return t.addr[rk + '|' + ck] || null; };
    const out = [];
    const conv = (rel, tb) => {
      const x = { t: rel.t };
      if (rel.t === 'lin') { x.y = tr(rel.y, tb); x.xs = rel.xs.map(([r, c]) => [tr(r, tb), c]); x.tol = rel.tol || 0; if (x.xs.some(([a]) => !a)) return null; }
      else if (rel.t === 'rate') { x.y = tr(rel.y, tb); x.num = rel.num.map((r) => tr(r, tb)); x.den = rel.den.map((r) => tr(r, tb)); x.dec = rel.dec; if (rel.scale && rel.scale !== 100) x.scale = rel.scale; if (x.num.some((a) => !a) || x.den.some((a) => !a)) return null; }
      else if (rel.t === 'growth') { x.y = tr(rel.y, tb); x.cur = tr(rel.cur, tb); x.prev = tr(rel.prev, tb); x.dec = rel.dec; if (!x.cur || !x.prev) return null; }
      else if (rel.t === 'le') { x.a = tr(rel.a, tb); x.b = tr(rel.b, tb); if (!x.a || !x.b) return null; return x; }
      if (!x.y) return null;
      return x;
    };
    for (const tb of this.tables) for (const rel of tb.rels) { const x = conv(rel, tb); if (x) out.push(x); }
    for (const rel of this.xrels) { const x = conv(rel, null); if (x) out.push(x); }
    this.rels = out;
    // plantables
    const metaOf = (a) => { const [s, c] = a.split('!'); const sh = this.sheets.find((q) => q.name === s); return sh.meta[c]; };
    const pl = new Map();
    const add = (a, kind, extra = {}) => { const m = metaOf(a); if (!m) return; const key = a + '#' + kind; if (!pl.has(key)) pl.set(key, { cell: a, kind, m, ...extra }); };
    const valKind = (m) => (m.k === 'count' ? (m.diff ? 'diff' : m.rowKind === 'total' ? 'total' : 'part') : m.k === 'pdiff' ? 'diff' : m.k);
    for (const x of out) {
      if (x.t === 'lin') { add(x.y, valKind(metaOf(x.y))); x.xs.forEach(([a]) => add(a, valKind(metaOf(a)))); }
      else if (x.t === 'rate' || x.t === 'growth') add(x.y, valKind(metaOf(x.y)));
      else if (x.t === 'le') { const mb = metaOf(x.b); if (mb && typeof mb.v === 'number') add(x.a, 'sub', { whole: mb.v }); }
    }
    this.plantables = [...pl.values()];
  }
}

// write a logical cell value into a sheet
function writeCell(sh, r, c, cell, o, extraMeta) {
  const st = { num: true };
  let v;
  if (!cell) { sh.set(r, c, '', st); return; }
  if (cell.k === 'count') {
    v = cell.v;
    if (v === 0 && o.zero !== undefined && o.zero !== 0) v = o.zero;
    st.fmt = o.thousands ? '#,##0' : undefined;
  } else if (cell.k === 'wan') { v = cell.v; st.fmt = '0.' + '0'.repeat(cell.dec); }
  else if (cell.k === 'text') { v = cell.v; }
  else {
    if (cell.v == null) v = cell.k === 'rate' ? (o.rateNone ?? '—') : (o.growthNone ?? '—');
    else if (o.rateRaw && cell.raw != null) { v = cell.raw; st.fmt = cell.dec ? '0.' + '0'.repeat(cell.dec) : '0'; }
    else { v = cell.v; if (!o.noFmt) st.fmt = cell.dec ? '0.' + '0'.repeat(cell.dec) : '0'; }
  }
  if (o.pctFmt && (cell.k === 'rate') && (cell.scale ?? 100) === 100 && typeof v === 'number' && !extraMeta.noPct) { v = o.rateRaw ? v / 100 : round(v / 100, (cell.dec ?? 1) + 2); st.fmt = '0.' + '0'.repeat(cell.dec ?? 1) + '%'; if (!cell.dec) st.fmt = '0%'; }
  if (o.textNums && typeof v === 'number' && st.fmt && st.fmt.includes('%')) { v = round(v * 100, cell.dec ?? 1).toFixed(cell.dec ?? 1) + '%'; delete st.fmt; }
  else if (o.textNums && typeof v === 'number') { v = st.fmt && !st.fmt.includes('%') && !st.fmt.includes('#') ? v.toFixed(Number((st.fmt.split('.')[1] || '').length)) : String(v); delete st.fmt; }
  sh.set(r, c, v, st);
  sh.meta[A(r, c)] = { k: cell.k, v: cell.v, dec: cell.dec, shown: v, pct: !!(o.pctFmt && cell.k === 'rate' && (cell.scale ?? 100) === 100 && typeof v === 'number'), text: !!o.textNums, ...extraMeta };
}

// lay a logical table onto a sheet.
function layout(book, sh, tb, o = {}) {
  if (!book.tables.includes(tb)) book.tables.push(tb);
  let r = o.r0 || sh.nextRow;
  const c0 = o.c0 || 1;
  const rows = o.rowKeys ? tb.rows.filter((x) => o.rowKeys.includes(x.key)) : tb.rows;
  const cols = o.colKeys ? tb.cols.filter((x) => o.colKeys.includes(x.key)) : tb.cols;
  const hdr = { hdr: true };
  if (!o.transpose) {
    const stubN = (o.seq ? 1 : 0) + 1 + (o.unitCol ? 1 : 0);
    const width = stubN + cols.length;
    if (o.title) { sh.set(r, c0, o.title, { title: true }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    if (o.subtitle) { sh.set(r, c0, o.subtitle, { center: true }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    if (o.unit || o.unitLeft) { if (o.unitLeft) sh.set(r, c0, o.unitLeft, {}); if (o.unit) sh.set(r, c0 + width - 1, o.unit, { right: true }); r++; }
    const D = Math.max(...cols.map((c) => c.path.length));
    const hr = r;
    let cc = c0;
    if (o.seq) { sh.set(hr, cc, '序号', hdr); sh.merge(hr, cc, hr + D - 1, cc); cc++; }
    sh.set(hr, cc, o.stub || '地区', hdr); sh.merge(hr, cc, hr + D - 1, cc); const nameCol = cc; cc++;
    if (o.unitCol) { sh.set(hr, cc, '单位', hdr); sh.merge(hr, cc, hr + D - 1, cc); cc++; }
    const cs = cc;
    const same = (x, c, i) => x && x.path.length > i + 1 && x.path.slice(0, i + 1).join('\u0001') === c.path.slice(0, i + 1).join('\u0001');
    cols.forEach((c, j) => {
      for (let i = 0; i < c.path.length; i++) {
        if (i === c.path.length - 1) { sh.set(hr + i, cs + j, c.path[i], hdr); sh.merge(hr + i, cs + j, hr + D - 1, cs + j); }
        else {
          if (j > 0 && same(cols[j - 1], c, i)) continue;
          let k = j; while (k + 1 < cols.length && same(cols[k + 1], c, i)) k++;
          sh.set(hr + i, cs + j, c.path[i], hdr); sh.merge(hr + i, cs + j, hr + i, cs + k);
        }
      }
    });
    r = hr + D;
    if (o.colNums) {
      let x = c0; if (o.seq) sh.set(r, x++, '乙', hdr); sh.set(r, x++, '甲', hdr); if (o.unitCol) sh.set(r, x++, '丙', hdr);
      cols.forEach((c, j) => sh.set(r, cs + j, j + 1, hdr)); r++;
    }
    let seqN = 0;
    for (const row of rows) {
      if (o.blankBefore && o.blankBefore.includes(row.key)) r++;
      if (o.seq) sh.set(r, c0, row.seq !== undefined ? row.seq : row.kind === 'leaf' && !row.lvl ? ++seqN : '', { center: true });
      let label = row.label; const lvl = row.lvl || 0;
      const st = { bold: row.kind === 'total' && lvl === 0 };
      if (o.indent === 'space') label = '　'.repeat(lvl) + label; else if (o.indent === 'align') st.indent = lvl;
      sh.set(r, nameCol, label, st);
      if (o.seq && o.mergeTotal && row.kind === 'total' && !lvl) { sh.set(r, c0, label, st); delete sh.cells[A(r, nameCol)]; sh.merge(r, c0, r, nameCol); }
      if (o.unitCol) sh.set(r, nameCol + 1, row.unit || '', { center: true });
      if (row.kind !== 'sec') cols.forEach((c, j) => { writeCell(sh, r, cs + j, tb.get(row.key, c.key), o, { rowKind: row.kind, diff: !!c.diff }); tb.addr[row.key + '|' + c.key] = sh.name + '!' + A(r, cs + j); });
      r++;
    }
    sh.regions.push([hr, c0, r - 1, c0 + width - 1]);
    for (const n of (o.notes || [])) { sh.set(r, c0, n, { note: true }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    sh.widths[nameCol] = o.nameWidth || 16;
  } else {
    // transposed: indicators as rows, table rows as columns
    const stubN = 1 + (o.unitCol ? 1 : 0);
    const width = stubN + rows.length;
    if (o.title) { sh.set(r, c0, o.title, { title: true }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    if (o.unit) { sh.set(r, c0 + width - 1, o.unit, { right: true }); r++; }
    const hr = r;
    const two = !!o.groupLabel;
    const D = two ? 2 : 1;
    sh.set(hr, c0, o.stub || '指标', hdr); sh.merge(hr, c0, hr + D - 1, c0);
    if (o.unitCol) { sh.set(hr, c0 + 1, '单位', hdr); sh.merge(hr, c0 + 1, hr + D - 1, c0 + 1); }
    const cs = c0 + stubN;
    let gStart = -1;
    rows.forEach((row, j) => {
      if (two && row.kind === 'leaf') { if (gStart < 0) gStart = j; sh.set(hr + 1, cs + j, row.label, hdr); }
      else { sh.set(hr, cs + j, row.label, hdr); sh.merge(hr, cs + j, hr + D - 1, cs + j); }
    });
    if (two && gStart >= 0) { let last = -1; rows.forEach((x, j) => { if (x.kind === 'leaf') last = j; }); sh.set(hr, cs + gStart, o.groupLabel, hdr); sh.merge(hr, cs + gStart, hr, cs + last); }
    r = hr + D;
    for (const c of cols) {
      sh.set(r, c0, c.flat || c.path.join(''), {});
      if (o.unitCol) sh.set(r, c0 + 1, c.unit || '', { center: true });
      rows.forEach((row, j) => { writeCell(sh, r, cs + j, tb.get(row.key, c.key), o, { rowKind: row.kind, diff: !!c.diff }); tb.addr[row.key + '|' + c.key] = sh.name + '!' + A(r, cs + j); });
      r++;
    }
    sh.regions.push([hr, c0, r - 1, c0 + width - 1]);
    for (const n of (o.notes || [])) { sh.set(r, c0, n, { note: true }); sh.merge(r, c0, r, c0 + width - 1); r++; }
    sh.widths[c0] = 26;
  }
  sh.nextRow = r + (o.gapAfter ?? 2);
  return r;
}

// ---------------- rendering
async function render(book, file, plant) {
  const wb = new ExcelJS.Workbook();
  const thin = { style: 'thin' };
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    let maxC = 1;
    for (const c of Object.values(sh.cells)) maxC = Math.max(maxC, c.c);
    for (let c = 1; c <= maxC; c++) ws.getColumn(c).width = sh.widths[c] || 12;
    for (const [r1, c1, r2, c2] of sh.regions) for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    for (const [addr, c] of Object.entries(sh.cells)) {
      const cell = ws.getCell(addr);
      let v = c.v; let fmt = c.st.fmt;
      if (plant && plant.sheet === sh.name && plant.cell === addr) { v = plant.v; if (typeof v === 'number' && plant.fmt) fmt = plant.fmt; }
      cell.value = v === '' ? null : v;
      if (fmt) cell.numFmt = fmt;
      const st = c.st;
      if (st.title) { cell.font = { bold: true, size: 16, name: '方正小标宋简体' }; cell.alignment = { horizontal: 'center', vertical: 'middle' }; }
      else if (st.hdr) { cell.font = { bold: true, name: '黑体', size: 10 }; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
      else if (st.right) cell.alignment = { horizontal: 'right' };
      else if (st.center) cell.alignment = { horizontal: 'center' };
      else if (st.note) cell.alignment = { horizontal: 'left', wrapText: false };
      else if (st.num) cell.alignment = { horizontal: 'right', vertical: 'middle' };
      else if (st.indent) cell.alignment = { horizontal: 'left', indent: st.indent };
      if (st.bold) cell.font = { bold: true };
    }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  await wb.xlsx.writeFile(file);
}

// ---------------- plants
function plantValue(p) {
  const m = p.m; const v = typeof m.v === 'number' ? m.v : 0;
  const fmt = m.dec ? '0.' + '0'.repeat(m.dec) : undefined;
  let nv;
  switch (p.kind) {
    case 'total': case 'part': case 'diff': {
      const s = String(Math.abs(v));
      if (chance(0.25) && s.length >= 3) {
        const i = ri(0, s.length - 2); const a = s.split(''); if (a[i] !== a[i + 1]) { [a[i], a[i + 1]] = [a[i + 1], a[i]]; nv = (v < 0 ? -1 : 1) * Number(a.join('')); }
      }
      if (nv === undefined || nv === v) {
        const d = Math.max(1, Math.round(Math.abs(v) * U(0.03, 0.2))) * (chance(0.5) ? 1 : -1);
        nv = v + d; if (p.kind !== 'diff' && nv < 0) nv = v - d;
      }
      return { v: nv };
    }
    case 'sub': return { v: p.whole + Math.max(1, ri(1, Math.max(2, Math.round(p.whole * 0.15)))) };
    case 'rate': {
      const dec = m.dec ?? 1; let d = round(U(0.8, 7), dec); if (d === 0) d = 1;
      nv = m.v == null ? round(U(10, 60), dec) : (m.v + d > 100 ? m.v - d : chance(0.5) && m.v - d >= 0 ? m.v - d : m.v + d);
      return { v: round(nv, dec), fmt };
    }
    case 'growth': case 'pdiff': {
      const dec = m.dec ?? 1; let d = round(U(1.5, 12), dec) * (chance(0.5) ? 1 : -1); if (d === 0) d = 2;
      return { v: round((m.v ?? 0) + d, dec), fmt };
    }
    case 'wan': { const dec = m.dec; const d = round(Math.max(U(1.2, 6), Math.abs(v) * U(0.05, 0.15)), dec) * (chance(0.5) ? 1 : -1); nv = v + d; if (nv < 0) nv = v - d; return { v: round(nv, dec), fmt }; }
  }
  throw new Error('kind ' + p.kind);
}
function choosePlant(book, prefer, forced) {
  let cands = book.plantables;
  if (forced) { const p = cands.find((q) => q.cell === forced.cell && q.kind === prefer) || cands.find((q) => q.cell === forced.cell); if (!p) throw new Error('forced plant not plantable ' + forced.cell); const [sheet, cell] = p.cell.split('!'); const ov = typeof p.m.v === 'number' ? p.m.v : 0; return { sheet, cell, v: forced.v ?? ov + forced.delta, kind: p.kind, old: p.m.shown }; }
  if (prefer) { const c2 = cands.filter((p) => p.kind === prefer); if (c2.length) cands = c2; }
  const p = pick(cands);
  const { v, fmt } = plantValue(p);
  const [sheet, cell] = p.cell.split('!');
  let nv = v, nf = fmt;
  if (p.m.pct && typeof nv === 'number') { nv = round(nv / 100, (p.m.dec ?? 1) + 2); nf = '0.' + '0'.repeat(p.m.dec ?? 1) + '%'; if (!p.m.dec) nf = '0%'; }
  if (p.m.text && typeof nv === 'number') { nv = p.m.pct ? round(nv * 100, p.m.dec ?? 1).toFixed(p.m.dec ?? 1) + '%' : p.m.dec ? nv.toFixed(p.m.dec) : String(nv); nf = undefined; }
  return { sheet, cell, v: nv, fmt: nf, kind: p.kind, old: p.m.shown };
}

module.exports = { seed, U, ri, pick, chance, rnd, round, rateVal, growthVal, A, colL, F, zeroRec, agg, genUnit, stRec, countyRec, twoYears, fN, fP, catalog, PARTS, Table, build, SheetB, Book, writeCell, layout, render, choosePlant };
