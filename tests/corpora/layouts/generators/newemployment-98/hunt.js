// hunt.js — clean books in further layouts, to hunt false alarms. Loaded by gen.js (shares its seeded rng).
const G = require('./gen.js');
const { GROUPS, genLeafData, makeScope, computeTable, layoutTable, Sheet, regionRows, groupRows, layoutOpts, newCtx, TEMPLATES, dp, rateFmt, makeBook, pick, chance, ri, rf, sample, rnd, A, PLATFORMS, titleText } = G;

const tolOf = (d) => 0.5 * Math.pow(10, -d) + 1e-7;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

// --- composition table: 构成（%） = part / total × 100, total row 100
function H_composition(ctx, book, sh, r0) {
  const dAll = genLeafData(ctx.scope.kind === 'prov' ? 40 : 5);
  const d = dp();
  const rows = groupRows((g) => ({ w: dAll['w_' + g.k] || 100, p: dAll['p_' + g.k] || 1 }), { totalFirst: ctx.totalFirst, altNames: chance(0.5) });
  const cols = [{ key: 'w', head: pick(['从业人员数（人）', '人数']), kind: 'base' }, { key: 'ws', head: pick(['构成（%）', '占比（%）', '比重(%)', '占全部从业人员比重（%）']), kind: 'given' },
    { key: 'p', head: pick(['党员数（人）', '其中：党员']), kind: 'base', le: 'w' }, { key: 'ps', head: pick(['构成（%）', '占党员总数比重(%)']), kind: 'given' },
    { key: 'r', head: pick(['党员占比（%）', '党员比例（%）']), kind: 'rate', num: 'p', den: 'w', k: 100, dp: d, fmt: rateFmt(d) }];
  if (chance(0.4)) cols.splice(3, 1);
  const ti = rows.findIndex((r) => r.parts);
  // totals for given cols
  const W = rows.filter((r) => !r.parts).reduce((s, r) => s + r.data.w, 0), P = rows.filter((r) => !r.parts).reduce((s, r) => s + r.data.p, 0);
  rows.forEach((r) => { r.data = r.data || {}; const w = r.parts ? W : r.data.w, p = r.parts ? P : r.data.p; r.data.ws = rnd((w / W) * 100, d); r.data.ps = rnd((p / P) * 100, d); });
  cols.forEach((c) => { if (c.kind === 'given') c.fmt = rateFmt(d); });
  const t = computeTable({ cols, rows });
  const end = layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, '新就业群体从业人员构成'), pick(['群体类别', '类别']), chance(0.5) ? ['注：构成为各类群体占合计的比重，因四舍五入，分项之和可能不等于100。'] : []), book);
  rows.forEach((r, i) => { for (const c of cols) if (c.kind === 'given') book.rels.push({ t: 'rate', cell: t.ref(i, c.key), num: t.ref(i, c.key === 'ws' ? 'w' : 'p'), den: t.ref(ti, c.key === 'ws' ? 'w' : 'p'), k: 100, tol: tolOf(d) }); });
  return end;
}

// --- region table whose total row is followed by 其中：市辖区 (a subset row), then all leaves
function H_subsetRow(ctx, book, sh, r0) {
  const scope = makeScope('city'); while (scope.leaves.filter((l) => l.type === 'district').length < 2) scope.leaves.unshift({ name: pick(['城关区', '东城区', '高新区']) + scope.leaves.length, type: 'district' });
  scope.leaves = scope.leaves.filter((l, i, a) => a.findIndex((x) => x.name === l.name) === i);
  if (!scope.leaves.some((l) => l.type === 'county')) scope.leaves.push({ name: '安平县', type: 'county' });
  const d = dp();
  const rows = [{ label: scope.totalLabel, parts: [], noSeq: true }, { label: pick(['其中：市辖区', '其中：主城区', '  其中：市区']), parts: [], noSeq: true }];
  for (const l of scope.leaves) { const idx = rows.length; rows.push({ label: l.name, data: genLeafData() }); rows[0].parts.push(idx); if (l.type === 'district') rows[1].parts.push(idx); }
  const cols = [{ key: 'w', head: '从业人员数', kind: 'base' }, { key: 'p', head: '其中：党员数', kind: 'base', le: 'w' }, { key: 'r', head: '党员占比（%）', kind: 'rate', num: 'p', den: 'w', k: 100, dp: d, fmt: rateFmt(d) }];
  if (chance(0.5)) cols.push({ key: 'orgs', head: '党组织数', kind: 'base' }, { key: 'orgsPrev', head: '上年党组织数', kind: 'base' }, { key: 'g', head: '增长（%）', kind: 'growth', cur: 'orgs', prev: 'orgsPrev', dp: 1, fmt: '0.0' });
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts({ ...ctx, scope, place: scope.place }, titleText({ ...ctx, place: scope.place }, '新就业群体党员情况'), '县（市、区）', []), book);
}

// --- months as columns: 本年各月新建党组织, 合计 = sum of months; or cumulative by month (no row relation)
function H_months(ctx, book, sh, r0) {
  const scope = ctx.scope; const n = ri(3, 12);
  const cum = chance(0.4);
  const rows = regionRows(scope, () => { const o = {}; let c = ri(5, 60); for (let m = 1; m <= n; m++) { const x = chance(0.25) ? 0 : ri(1, 12); c += x; o['m' + m] = cum ? c : x; } return o; }, { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals });
  const cols = [];
  for (let m = 1; m <= n; m++) cols.push({ key: 'm' + m, head: pick([`${m}月`, `${m}月份`]), kind: 'base' });
  if (!cum) { const s = { key: 'sum', head: pick(['合计', '累计', `1-${n}月累计`]), kind: 'sumcol', parts: cols.map((c) => c.key) }; if (chance(0.5)) cols.push(s); else cols.unshift(s); }
  const t = computeTable({ cols, rows });
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, cum ? '各月累计建立党组织数' : '各月新建党组织数'), pick(['县（市、区）', '地区']), cum ? ['注：表中为截至各月底的累计数。'] : []), book);
}

// --- indicators as rows, 本年/上年/增减/增长 as columns; rate rows carry a percentage-point change and no growth
function H_indYoY(ctx, book, sh, r0) {
  const d0 = genLeafData(ctx.scope.kind === 'prov' ? 60 : 8);
  const cur = { w: d0.w, p: d0.p, orgs: d0.orgs * 5, sites: d0.sites * 5, covered: d0.covered * 5 };
  const prev = { w: d0.wPrev, p: d0.pPrev, orgs: Math.max(1, cur.orgs - ri(-5, 40)), sites: cur.sites - ri(0, 50), covered: 0 };
  prev.covered = Math.min(prev.sites, cur.covered - ri(0, 40));
  const d = dp();
  const items = [['从业人员数', 'w', '人'], ['党员数', 'p', '人'], ['党员占比', 'rate', '%', 'p', 'w'], ['建立党组织数', 'orgs', '个'], ['企业（站点）数', 'sites', '个'], ['党组织覆盖企业（站点）数', 'covered', '个'], ['党组织覆盖率', 'cov', '%', 'covered', 'sites']];
  let r = r0; const ordCP = chance(0.5);
  const heads = ['指标', '单位', ...(ordCP ? [pick(['本年', `${ctx.year}年`]), pick(['上年', `${ctx.year - 1}年`])] : [pick(['上年', `${ctx.year - 1}年`]), pick(['本年', `${ctx.year}年`])]), pick(['增减', '增减量']), pick(['增长（%）', '同比增长(%)'])];
  sh.set(r, 1, titleText(ctx, '新就业群体党建主要指标对比'), { bold: true }); sh.merge(r, 1, r, 6); r++;
  heads.forEach((h, q) => sh.set(r, q + 1, h, { bold: true })); r++;
  const cc = ordCP ? { c: 3, p: 4 } : { c: 4, p: 3 };
  for (const [name, k, unit, nk, dk] of items) {
    sh.set(r, 1, name); sh.set(r, 2, unit);
    if (unit === '%') {
      const a = rnd((cur[nk] / cur[dk]) * 100, d), b = rnd((prev[nk] / prev[dk]) * 100, d);
      sh.set(r, cc.c, a, { fmt: rateFmt(d) }); sh.set(r, cc.p, b, { fmt: rateFmt(d) }); sh.set(r, 5, rnd(a - b, d), { fmt: rateFmt(d) }); sh.set(r, 6, pick(['—', '', '-']));
      const rowOf = (kk) => items.findIndex((x) => x[1] === kk);
      book.rels.push({ t: 'pp', cell: sh.ref(r, 5), cur: sh.ref(r, cc.c), prev: sh.ref(r, cc.p), tol: tolOf(d) });
      const rn = r - items.findIndex((x) => x[1] === k) + rowOf(nk), rd = r - items.findIndex((x) => x[1] === k) + rowOf(dk);
      book.rels.push({ t: 'rate', cell: sh.ref(r, cc.c), num: sh.ref(rn, cc.c), den: sh.ref(rd, cc.c), k: 100, tol: tolOf(d) });
      book.rels.push({ t: 'rate', cell: sh.ref(r, cc.p), num: sh.ref(rn, cc.p), den: sh.ref(rd, cc.p), k: 100, tol: tolOf(d) });
    } else {
      sh.set(r, cc.c, cur[k]); sh.set(r, cc.p, prev[k]); sh.set(r, 5, cur[k] - prev[k]); sh.set(r, 6, rnd((cur[k] / prev[k] - 1) * 100, 1), { fmt: '0.0' });
      book.rels.push({ t: 'pp', cell: sh.ref(r, 5), cur: sh.ref(r, cc.c), prev: sh.ref(r, cc.p), tol: 0 });
      book.rels.push({ t: 'growth', cell: sh.ref(r, 6), cur: sh.ref(r, cc.c), prev: sh.ref(r, cc.p), tol: tolOf(1) });
    }
    r++;
  }
  sh.set(r, 1, '注：党员占比、覆盖率的增减单位为百分点。'); r++;
  return r;
}

// --- rate matrix: 从业人员 / 党员 / 党员占比 each with 合计 + groups (two-level header)
function H_rateMatrix(ctx, book, sh, r0) {
  const scope = ctx.scope; const data = new Map(); for (const l of scope.leaves) data.set(l, genLeafData(scope.kind === 'prov' ? 6 : 1));
  const gs = chance(0.5) ? GROUPS : sample(GROUPS, ri(2, 4));
  const full = gs.length === 5;
  const d = dp();
  const mk = (pre, grp, tot) => { const cs = gs.map((g) => ({ key: pre + g.k, head: g.n, group: grp, kind: 'base' })); const t = { key: pre + 'T', head: pick(['合计', '小计', '计']), group: grp, kind: full ? 'sumcol' : 'base', parts: full ? cs.map((c) => c.key) : undefined, src: pre === 'w_' ? 'w' : 'p' }; return tot === 'first' ? [t, ...cs] : [...cs, t]; };
  const tot = pick(['first', 'last']);
  const cols = [...mk('w_', pick(['从业人员数', '从业人员（人）']), tot), ...mk('p_', pick(['党员数', '其中：党员（人）']), tot)];
  const rc = [{ key: 'rT', head: cols.find((c) => c.key === 'w_T').head, group: '党员占比（%）', kind: 'rate', num: 'p_T', den: 'w_T', k: 100, dp: d, fmt: rateFmt(d) }, ...gs.map((g) => ({ key: 'r' + g.k, head: g.n, group: '党员占比（%）', kind: 'rate', num: 'p_' + g.k, den: 'w_' + g.k, k: 100, dp: d, fmt: rateFmt(d) }))];
  if (tot === 'last') rc.push(rc.shift());
  cols.push(...rc);
  // when not all groups, 合计 is the total of all groups (more than the listed ones): use leaf w/p and mark listed as 其中
  if (!full) { cols.forEach((c) => { if (/^[wp]_[a-z]{2}$/.test(c.key)) { c.head = (c.key.endsWith(gs[0].k) ? '其中：' : '') + c.head; c.le = c.key.slice(0, 2) + 'T'; } }); }
  for (const c of cols) if (/^p_/.test(c.key)) c.le = 'w_' + c.key.slice(2);
  const rows = regionRows(scope, (l) => data.get(l), { totalFirst: ctx.totalFirst, subtotals: ctx.subtotals });
  const t = computeTable({ cols, rows });
  if (!full) { const wk = gs.map((g) => 'w_' + g.k), pk = gs.map((g) => 'p_' + g.k); t.cols.push(); cols.find((c) => c.key === 'w_T').leGroup = { whole: 'w_T', parts: wk }; cols.find((c) => c.key === 'p_T').leGroup = { whole: 'p_T', parts: pk }; }
  return layoutTable(sh, r0, t, layoutOpts(ctx, titleText(ctx, '分群体党员占比'), pick(['县（市、区）', '地区']), []), book);
}

// --- sparse: county table where many towns have zeros/blank rows
function H_sparse(ctx, book, sh, r0) {
  const scope = makeScope('county'); scope.leaves = scope.leaves.concat(sample(['杨湾乡', '马坪镇', '双桥乡', '河口镇', '白石镇', '黄土镇'].map((n) => ({ name: n + '', type: 'town' })), 3)).filter((l, i, a) => a.findIndex((x) => x.name === l.name) === i);
  const d = dp();
  const rows = regionRows(scope, () => { const x = genLeafData(0.08); if (chance(0.35)) { x.w = 0; x.p = 0; x.sites = 0; x.covered = 0; x.orgs = 0; } else if (chance(0.3)) { x.p = 0; x.covered = 0; x.orgs = 0; } return x; }, { totalFirst: ctx.totalFirst });
  const cols = [{ key: 'sites', head: pick(['快递外卖站点数', '站点数']), kind: 'base' }, { key: 'covered', head: '已建党组织站点数', kind: 'base', le: 'sites' }, { key: 'cov', head: '覆盖率（%）', kind: 'rate', num: 'covered', den: 'sites', k: 100, dp: d, fmt: rateFmt(d) }, { key: 'w', head: '从业人员数', kind: 'base' }, { key: 'p', head: '党员数', kind: 'base', le: 'w' }, { key: 'r', head: '党员占比（%）', kind: 'rate', num: 'p', den: 'w', k: 100, dp: d, fmt: rateFmt(d) }];
  const t = computeTable({ cols, rows });
  const c2 = { ...ctx, scope, place: scope.place, zero: pick(['', '—', '-', '0']) };
  return layoutTable(sh, r0, t, layoutOpts(c2, titleText(c2, '新就业群体站点党组织覆盖'), '乡镇（街道）', ['注：空白或“—”表示无。']), book);
}

// --- long platform table (many enterprises, by industry subtotals or not)
function H_longPlatform(ctx, book, sh, r0) {
  const c2 = { ...ctx };
  const saved = {};
  for (const k of Object.keys(PLATFORMS)) { saved[k] = PLATFORMS[k]; PLATFORMS[k] = [].concat(...['', '（一分部）', '（二分部）', '城区站'].map((s) => saved[k].map((x) => x + s))); }
  try { return TEMPLATES.platform(c2, book, sh, r0); } finally { for (const k of Object.keys(saved)) PLATFORMS[k] = saved[k]; }
}

// --- transforms on a finished book
function tfNumbersAsText(book) { for (const s of book.sheets) for (const [, c] of s.cells) if (typeof c.v === 'number' && c.r > 2 && !c.pct && chance(0.7)) c.v = String(c.v); }
function tfRegionCodes(book) {
  // add a 行政区划代码 column: shift everything right by one column on sheets of one table
  for (const s of book.sheets) {
    const cells = [...s.cells.values()];
    const labRows = cells.filter((c) => c.c === 1 && typeof c.v === 'string' && /[区县市镇乡街道]$/.test(c.v.trim()));
    if (labRows.length < 2) continue;
    return labRows.length;
  }
  return 0;
}
function tfPercentFraction(book) {
  // rates that no other relation reads: store as fraction with % number format
  const readers = new Set(); for (const r of book.rels) { if (r.t === 'pp' || r.t === 'growth') { readers.add(r.cur); readers.add(r.prev); } if (r.t === 'rate') { readers.add(r.num); readers.add(r.den); } }
  for (const r of book.rels) {
    if (r.t !== 'rate' || r.k !== 100 || readers.has(r.cell)) continue;
    const i = r.cell.lastIndexOf('!'); const s = book.sheets.find((x) => x.name === r.cell.slice(0, i)); const c = s.cells.get(r.cell.slice(i + 1));
    if (typeof c.v !== 'number' || c.pct) continue;
    const d = c.fmt === '0.00' ? 2 : 1;
    c.v = rnd(c.v / 100, d + 2); c.fmt = d === 2 ? '0.00%' : '0.0%'; c.pct = true;
  }
  for (const r of book.rels) if (r.t === 'rate' && r.k === 100) { const i = r.cell.lastIndexOf('!'); const s = book.sheets.find((x) => x.name === r.cell.slice(0, i)); const c = s.cells.get(r.cell.slice(i + 1)); if (c && c.pct) { r.k = 1; r.tol = r.tol / 100; } }
}
function tfYearNumbers(book) { for (const s of book.sheets) for (const [, c] of s.cells) if (typeof c.v === 'string' && /^20\d\d年$/.test(c.v)) c.v = Number(c.v.slice(0, 4)); }
function tfChineseSeq(book) { for (const s of book.sheets) { let k = 0; for (const c of [...s.cells.values()].sort((a, b) => a.r - b.r)) if (c.c === 1 && typeof c.v === 'number' && s.cells.get(A(c.r, 2)) && typeof s.cells.get(A(c.r, 2)).v === 'string' && c.v === k + 1) { c.v = CN[k] || String(k + 1); k++; } } }
function tfHeaderSpell(book) {
  const map = [[/从业人员数/, pick(['从业人员（人）', '从业人数', '从业人员总量', '新就业群体人数'])], [/党员占比|党员比例/, pick(['党员率', '党员比重', '党员占从业人员比重', '党员所占比例'])], [/覆盖率/, pick(['党组织覆盖面', '覆盖比例', '党的组织覆盖率'])], [/党员数/, pick(['党员（名）', '中共党员数', '党员人数'])]];
  for (const s of book.sheets) for (const [, c] of s.cells) if (c.hdr && typeof c.v === 'string') for (const [re, to] of map) if (re.test(c.v) && chance(0.6)) { const unit = (c.v.match(/（[^）]*）|\([^)]*\)|%$/) || [''])[0]; c.v = c.v.replace(re, to).replace(/（([^）]*)）（[^）]*）/, '（$1）'); break; }
}

function makeHuntBook(set, i) {
  const book = { sheets: [], rels: [], cands: [] };
  const extra = { hunt1: ['composition', 'subsetRow', 'months', 'indYoY', 'tiny', 'long', 'rateMatrix', 'sparse'], hunt2: ['rateMatrix', 'rateMatrix', 'perIndicator', 'matrix', 'groups', 'composition', 'indCols', 'tiny'], hunt3: ['share', 'running', 'yoy', 'ratePP', 'platform', 'indYoY', 'subsetRow', 'multi', 'stacked', 'perGroup'], hunt4: ['composition', 'subsetRow', 'months', 'indYoY', 'tiny', 'long', 'rateMatrix', 'sparse', 'share', 'running', 'yoy', 'groups', 'matrix', 'perIndicator', 'indCols', 'stacked'] }[set] || ['share'];
  const lay = pick(extra);
  book.layout = lay;
  const H = { composition: H_composition, subsetRow: H_subsetRow, months: H_months, indYoY: H_indYoY, rateMatrix: H_rateMatrix, sparse: H_sparse, long: H_longPlatform };
  if (H[lay]) {
    const ctx = newCtx(lay === 'long' ? { scopeKind: 'city' } : {});
    const sh = new Sheet(pick(['Sheet1', '统计表', '汇总', '表' + ri(1, 5)]));
    let r = H[lay](ctx, book, sh, 1);
    if (chance(0.25)) { r += ri(1, 2); pick([H_composition, H_indYoY, H_months])({ ...newCtx(), preTitle: null }, book, sh, r); }
    book.sheets.push(sh);
  } else if (lay === 'tiny') {
    const scope = makeScope(pick(['city', 'county'])); scope.leaves = scope.leaves.slice(0, ri(2, 3));
    const b = makeBook({ layout: pick(['share', 'running', 'yoy', 'matrix', 'ratePP']), ctx: { scope, place: scope.place, subtotals: false } });
    Object.assign(book, b); book.layout = 'tiny';
  } else {
    const b = makeBook({ layout: lay }); Object.assign(book, b); book.layout = lay;
  }
  // transforms
  const tf = [];
  const asText = set !== 'hunt1' && chance(0.2);
  if (chance(0.25)) { tfPercentFraction(book); tf.push('pct'); }
  if (asText) { tfNumbersAsText(book); tf.push('text'); }
  if (chance(0.3)) { tfYearNumbers(book); tf.push('yearnum'); }
  if (chance(0.3)) { tfChineseSeq(book); tf.push('cnseq'); }
  if (set !== 'hunt2' && chance(0.4)) { tfHeaderSpell(book); tf.push('spell'); }
  book.layout += tf.length ? '+' + tf.join('+') : '';
  return book;
}
module.exports = { makeHuntBook };
