// Generator for round41-b: 两新组织 party-building tables (clean + planted twins)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes clean/, planted/ and manifest.json under the folder given (default /tmp/round41-b); gen-extra.js, run in that
// folder afterwards, adds the x-*.xlsx files. The corpus keeps the clean files.
const OUT = process.argv[2] || '/tmp/round41-b';
fs.mkdirSync(OUT + '/clean', { recursive: true });
fs.mkdirSync(OUT + '/planted', { recursive: true });

// ---------- rng ----------
let seed = 4101;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function round(x, d) { const f = Math.pow(10, d); return Math.round(x * f + 1e-9) / f; }
function rate(n, b, d = 1, mult = 100) { return b ? round(n / b * mult, d) : null; }
function split(total, k, minEach = 0) { // split total into k non-negative parts
  const w = Array.from({ length: k }, () => rnd() + 0.2);
  const s = w.reduce((a, b) => a + b, 0);
  let parts = w.map(x => Math.max(minEach, Math.floor(total * x / s)));
  let diff = total - parts.reduce((a, b) => a + b, 0);
  let i = 0; while (diff !== 0) { const j = i % k; if (diff > 0) { parts[j]++; diff--; } else if (parts[j] > minEach) { parts[j]--; diff++; } i++; }
  return parts;
}

const TOWNS = ['城关镇', '东关街道', '西河镇', '南湖乡', '北山镇', '青石乡', '桃源镇', '柳林镇', '马坊乡', '石门镇', '县经济开发区', '高新技术产业园'];
const COUNTY = pick(['平安县', '永和县', '清河县', '安远县']);
function towns(n) { return TOWNS.slice(0, n); }

// ---------- generic per-region table ----------
// cols: [{key, h: 'header' | [parent, child], dec, kind: 'count'|'rate'|'money'|'avg'|'text'}]
// base(rng) -> counts of one row; derive(vals) -> fills derived (rates etc)
function regionTable(opt) {
  const rows = [];
  for (const t of opt.regions) { const v = opt.base(t); opt.derive(v); rows.push({ label: t, vals: v }); }
  const tot = {};
  for (const c of opt.cols) if (c.kind === 'count' || c.kind === 'money') tot[c.key] = rows.reduce((a, r) => a + (r.vals[c.key] || 0), 0);
  for (const c of opt.cols) if (c.kind === 'money') tot[c.key] = round(tot[c.key], 2);
  if (opt.totalDerive) opt.totalDerive(tot, rows); opt.derive(tot);
  const totalRow = { label: opt.totalLabel || '合计', vals: tot, isTotal: true };
  const all = opt.totalTop ? [totalRow, ...rows] : [...rows, totalRow];
  return { ...opt, rows: all, dataRows: rows, totalRow };
}

// ---------- sheet rendering ----------
// style: {text: prob of text numbers, pct: 'num'|'text'|'fmt', zero: '0'|'—'|'blank', fullwidth}
const FW = '０１２３４５６７８９';
function toText(n, style) {
  let s = typeof n === 'number' ? (Number.isInteger(n) ? String(n) : String(n)) : String(n);
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1000 && style.comma) s = n.toLocaleString('en-US');
  if (style.fullwidth) s = s.replace(/[0-9]/g, d => FW[+d]);
  return s;
}
function cellValue(v, col, style) {
  if (v === null || v === undefined) return { v: style.naMark || '—' };
  if (col.kind === 'text') return { v };
  if (typeof v === 'string') return { v };
  if (v === 0 && col.kind === 'count' && style.zero === '—') return { v: '—', zero: true };
  if (v === 0 && col.kind === 'count' && style.zero === 'blank') return { v: null, zero: true };
  const dec = col.dec || 0;
  if (col.kind === 'rate') {
    if (style.pct === 'text') return { v: v.toFixed(dec) + '%' };
    if (style.pct === 'fmt') return { v: round(v / 100, dec + 2), numFmt: dec ? '0.' + '0'.repeat(dec) + '%' : '0%' };
    const o = { v, numFmt: dec ? '0.' + '0'.repeat(dec) : '0' };
    if (style.text && rnd() < style.text) return { v: v.toFixed(dec) };
    return o;
  }
  if (style.text && rnd() < style.text) return { v: dec ? v.toFixed(dec) : toText(v, style) };
  return { v, numFmt: dec ? '#,##0.' + '0'.repeat(dec) : (style.thousands ? '#,##0' : undefined) };
}
function colLetter(n) { let s = ''; n++; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

// renders a region table into worksheet; returns map key->{row,col} addresses
function renderTable(ws, t, style) {
  const cols = [{ key: '__label', h: t.labelHeader || '乡镇（街道）', kind: 'text' }, ...(t.seqCol ? [] : []), ...t.cols];
  const ncol = cols.length;
  let r = 1;
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  if (t.title) { ws.getCell(r, 1).value = t.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' }; r++; }
  if (t.unit || t.date) {
    if (t.unit && t.date && style.unitDateSplit) { ws.getCell(r, 1).value = t.date; ws.getCell(r, ncol).value = t.unit; }
    else { ws.getCell(r, 1).value = [t.unit, t.date].filter(Boolean).join('    '); ws.mergeCells(r, 1, r, ncol); }
    r++;
  }
  const twoRow = cols.some(c => Array.isArray(c.h));
  const hr = r;
  if (twoRow) {
    let i = 0;
    while (i < ncol) {
      const c = cols[i];
      if (Array.isArray(c.h)) {
        let j = i; while (j + 1 < ncol && Array.isArray(cols[j + 1].h) && cols[j + 1].h[0] === c.h[0]) j++;
        ws.getCell(hr, i + 1).value = c.h[0]; if (j > i) ws.mergeCells(hr, i + 1, hr, j + 1);
        for (let k = i; k <= j; k++) ws.getCell(hr + 1, k + 1).value = cols[k].h[1];
        i = j + 1;
      } else { ws.getCell(hr, i + 1).value = c.h; ws.mergeCells(hr, i + 1, hr + 1, i + 1); i++; }
    }
    r += 2;
  } else { cols.forEach((c, i) => { ws.getCell(hr, i + 1).value = c.h; }); r++; }
  for (let rr = hr; rr < r; rr++) for (let cc = 1; cc <= ncol; cc++) { const x = ws.getCell(rr, cc); x.border = border; x.font = { bold: true }; x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  const addr = {};
  t.rows.forEach((row, ri_) => {
    ws.getCell(r, 1).value = row.label;
    cols.slice(1).forEach((c, ci) => {
      const v = row.vals[c.key];
      const cv = cellValue(v, c, style);
      const cell = ws.getCell(r, ci + 2); cell.value = cv.v; if (cv.numFmt) cell.numFmt = cv.numFmt; cell.border = border;
      addr[row.label + '|' + c.key] = colLetter(ci + 1) + r;
    });
    ws.getCell(r, 1).border = border;
    r++;
  });
  for (const n of t.notes || []) { ws.getCell(r, 1).value = n; ws.mergeCells(r, 1, r, ncol); r++; }
  if (t.footer) {
    const f = t.footer; ws.getCell(r, 1).value = f[0]; if (f[1]) ws.getCell(r, Math.max(2, Math.floor(ncol / 2))).value = f[1]; if (f[2]) ws.getCell(r, ncol).value = f[2]; r++;
  }
  ws.columns.forEach((c, i) => { c.width = i === 0 ? 16 : 12; });
  return addr;
}

// ---------- table builders ----------
const FOOTERS = () => [`填报单位：中共${COUNTY}委组织部`, `填报人：${pick(['王丽', '张伟', '李娜', '刘洋'])}`, `审核人：${pick(['赵强', '陈静', '周敏'])}`];
function footer() { return pick([FOOTERS(), ['填报人：' + pick(['王丽', '张伟']) + '    联系电话：0371-6' + ri(1000000, 9999999)], [`填报日期：2024年${ri(1, 12)}月${ri(1, 28)}日`, '审核人：陈静', '']]); }

const B = {};
// 1. 书记年龄结构
B.age = (v) => {
  const bands = ['35岁及以下', '36至45岁', '46至55岁', '56岁及以上'];
  const cols = [{ key: 'n', h: '书记总数（名）', kind: 'count' }];
  bands.forEach((b, i) => cols.push({ key: 'a' + i, h: ['年龄结构（名）', b], kind: 'count' }));
  const shareIdx = v.allShares ? [0, 1, 2, 3] : [0, 3];
  shareIdx.forEach(i => cols.push({ key: 's' + i, h: ['占比（%）', bands[i]], kind: 'rate', dec: 1 }));
  if (v.avg) cols.push({ key: 'avg', h: '平均年龄（岁）', kind: 'avg', dec: 1 });
  return regionTable({
    regions: towns(ri(6, 10)), cols, title: `${COUNTY}两新组织党组织书记年龄结构统计表`, unit: '单位：名、%', date: '截至2024年6月30日',
    base: () => { const n = ri(8, 60); const p = split(n, 4); const o = { n }; p.forEach((x, i) => o['a' + i] = x); if (v.avg) { o._agesum = p[0] * 31 + p[1] * 41 + p[2] * 50 + p[3] * 58 + ri(0, n); } return o; },
    totalDerive: (tot, rows) => { if (v.avg) tot._agesum = rows.reduce((a, r) => a + r.vals._agesum, 0); },
    derive: o => { shareIdx.forEach(i => o['s' + i] = rate(o['a' + i], o.n)); if (v.avg) o.avg = round(o._agesum / o.n, 1); },
    totalTop: v.totalTop, totalLabel: v.totalLabel,
    plants: [['row', 'a1', 'count'], ['row', 's0', 'rate'], ['total', 'n', 'count'], ['row', 'a3', 'count']],
    notes: ['注：年龄计算截至统计时点，平均年龄为各乡镇书记年龄的平均数。'], footer: footer(),
  });
};
// 2. 学历
B.edu = (v) => {
  const cols = [{ key: 'n', h: '书记人数', kind: 'count' },
    { key: 'e0', h: ['学历情况', '大专及以上'], kind: 'count' }, { key: 'e0a', h: ['学历情况', '其中：本科及以上'], kind: 'count' },
    { key: 'e1', h: ['学历情况', '高中（中专）'], kind: 'count' }, { key: 'e2', h: ['学历情况', '初中及以下'], kind: 'count' },
    { key: 'r0', h: '大专及以上占比（%）', kind: 'rate', dec: v.dec2 ? 2 : 1 }];
  return regionTable({
    regions: towns(ri(5, 9)), cols, title: `两新组织党组织书记学历情况统计表`, unit: '单位：人', labelHeader: '单位',
    base: () => { const n = ri(10, 80); const p = split(n, 3); return { n, e0: p[0], e0a: ri(0, p[0]), e1: p[1], e2: p[2] }; },
    derive: o => { o.r0 = rate(o.e0, o.n, v.dec2 ? 2 : 1); }, totalTop: v.totalTop, totalLabel: v.totalLabel || '全县',
    plants: [['row', 'e0a', 'gt'], ['row', 'e1', 'count'], ['row', 'r0', 'rate'], ['total', 'e2', 'count']], footer: footer(),
  });
};
// 3. 一肩挑 / 交叉任职
B.cross = (v) => {
  const cols = [{ key: 'orgs', h: '党组织数（个）', kind: 'count' }, { key: 'n', h: '书记总数（名）', kind: 'count' },
    { key: 'inv', h: ['书记由出资人担任（一肩挑）', '人数'], kind: 'count' }, { key: 'invr', h: ['书记由出资人担任（一肩挑）', '占比（%）'], kind: 'rate', dec: 1 },
    { key: 'bm', h: ['交叉任职', '班子成员（名）'], kind: 'count' }, { key: 'bmx', h: ['交叉任职', '其中：进入管理层'], kind: 'count' }, { key: 'bmr', h: ['交叉任职', '交叉任职率（%）'], kind: 'rate', dec: 1 }];
  return regionTable({
    regions: towns(ri(6, 11)), cols, title: `非公企业党组织书记“一肩挑”及交叉任职情况统计表`, date: '（2024年度）',
    base: () => { const orgs = ri(5, 40); const n = orgs; const bm = ri(n, n * 4); return { orgs, n, inv: ri(0, n), bm, bmx: ri(0, bm) }; },
    derive: o => { o.invr = rate(o.inv, o.n); o.bmr = rate(o.bmx, o.bm); }, totalTop: v.totalTop,
    plants: [['row', 'inv', 'count'], ['row', 'bmx', 'gt'], ['row', 'bmr', 'rate'], ['row', 'invr', 'rate']], footer: footer(),
  });
};
// 4. 指导员
B.guide = (v) => {
  const cols = [{ key: 'ent', h: '规上非公企业数（家）', kind: 'count' }, { key: 'g', h: ['选派党建工作指导员（名）', '合计'], kind: 'count' },
    { key: 'g1', h: ['选派党建工作指导员（名）', '专职'], kind: 'count' }, { key: 'g2', h: ['选派党建工作指导员（名）', '兼职'], kind: 'count' },
    { key: 'cov', h: '指导员覆盖企业（家）', kind: 'count' }, { key: 'covr', h: '指导员覆盖率（%）', kind: 'rate', dec: 1 }];
  return regionTable({
    regions: towns(ri(6, 12)), cols, title: `${COUNTY}党建工作指导员选派情况统计表`, unit: '单位：家、名、%',
    base: () => { const ent = ri(10, 120); const g = ri(2, 20); const [g1, g2] = split(g, 2); return { ent, g, g1, g2, cov: ri(Math.floor(ent * 0.6), ent) }; },
    derive: o => { o.covr = rate(o.cov, o.ent); }, totalTop: v.totalTop,
    plants: [['row', 'g1', 'count'], ['row', 'cov', 'gt'], ['row', 'covr', 'rate'], ['total', 'g', 'count']], footer: footer(),
  });
};
// 5. 教育培训
B.train = (v) => {
  const cols = [{ key: 'pm', h: '党员总数（名）', kind: 'count' }, { key: 'cls', h: '培训班次（期）', kind: 'count' },
    { key: 'tp', h: '培训人次', kind: 'count' }, { key: 'tm', h: '参训党员（名）', kind: 'count' }, { key: 'tr', h: '参训率（%）', kind: 'rate', dec: 1 }];
  if (v.online) cols.splice(3, 0, { key: 'tpo', h: '其中：线上培训人次', kind: 'count' });
  return regionTable({
    regions: towns(ri(6, 10)), cols, title: `2024年两新组织党员教育培训情况统计表`, unit: '单位：期、人次、名、%',
    base: () => { const pm = ri(30, 600); const tm = ri(Math.floor(pm * 0.7), pm); const tp = tm + ri(0, tm * 2); return { pm, cls: ri(1, 15), tp, tpo: ri(0, tp), tm }; },
    derive: o => { o.tr = rate(o.tm, o.pm); }, totalTop: v.totalTop, totalLabel: v.totalLabel,
    plants: [['row', 'tm', 'count'], ['row', 'tr', 'rate'], ['total', 'tp', 'count'], ['row', 'pm', 'count']],
    notes: ['说明：参训率＝参训党员÷党员总数×100%；培训人次按实际参训累计计算。'], footer: footer(),
  });
};
// 6. 星级评定
B.stars = (v) => {
  const lv = v.three ? ['先进', '一般', '后进'] : ['五星', '四星', '三星', '二星', '一星'];
  const cols = [{ key: 'tot', h: ['参评党组织（个）', '合计'], kind: 'count' }];
  lv.forEach((l, i) => cols.push({ key: 'l' + i, h: ['参评党组织（个）', l], kind: 'count' }));
  const sh = v.three ? [0, 2] : [0, 1, 4];
  sh.forEach(i => cols.push({ key: 'p' + i, h: ['占比（%）', lv[i] + (v.three ? '' : '党组织')], kind: 'rate', dec: 1 }));
  return regionTable({
    regions: towns(ri(7, 12)), cols, title: v.three ? `两新组织党组织分类定级情况汇总表` : `${COUNTY}两新组织党组织星级评定结果统计表`, unit: '单位：个、%',
    base: () => { const tot = ri(6, 70); const p = split(tot, lv.length); const o = { tot }; p.forEach((x, i) => o['l' + i] = x); return o; },
    derive: o => { sh.forEach(i => o['p' + i] = rate(o['l' + i], o.tot)); }, totalTop: v.totalTop, totalLabel: v.totalLabel,
    plants: [['row', 'l1', 'count'], ['row', 'p0', 'rate'], ['total', 'l0', 'count'], ['row', 'tot', 'count']], footer: footer(),
  });
};
// 7. 活动场所
B.venue = (v) => {
  const cols = [{ key: 'orgs', h: '党组织数（个）', kind: 'count' }, { key: 'has', h: '有活动场所的党组织（个）', kind: 'count' },
    { key: 'vn', h: ['活动场所（处）', '合计'], kind: 'count' }, { key: 'v1', h: ['活动场所（处）', '独立建设'], kind: 'count' }, { key: 'v2', h: ['活动场所（处）', '共建共享'], kind: 'count' },
    { key: 'area', h: '场所面积（平方米）', kind: v.areaDec ? 'money' : 'count', dec: v.areaDec ? 1 : 0 }, { key: 'avg', h: '平均面积（平方米/处）', kind: 'avg', dec: 1 },
    { key: 'hr', h: '场所覆盖率（%）', kind: 'rate', dec: 1 }];
  return regionTable({
    regions: towns(ri(6, 10)), cols, title: `两新组织党组织活动场所建设情况统计表`, unit: '单位：个、处、平方米、%', date: '统计时间：2024年12月',
    base: () => { const orgs = ri(5, 50); const has = ri(Math.floor(orgs / 2), orgs); const vn = ri(Math.max(1, Math.floor(has / 2)), has); const [v1, v2] = split(vn, 2); const area = v.areaDec ? round(vn * ri(40, 150) + ri(0, 9) / 10, 1) : vn * ri(40, 150) + ri(0, 30); return { orgs, has, vn, v1, v2, area }; },
    derive: o => { o.avg = o.vn ? round(o.area / o.vn, 1) : null; o.hr = rate(o.has, o.orgs); }, totalTop: v.totalTop,
    plants: [['row', 'v2', 'count'], ['row', 'hr', 'rate'], ['row', 'has', 'gt'], ['total', 'area', 'count']], footer: footer(),
  });
};
// 8. 发展党员
B.recruit = (v) => {
  const cols = [{ key: 'app', h: '入党申请人（名）', kind: 'count' }, { key: 'act', h: '入党积极分子（名）', kind: 'count' }, { key: 'cand', h: '发展对象（名）', kind: 'count' },
    { key: 'new', h: ['发展党员（预备党员）', '人数'], kind: 'count' }, { key: 'f', h: ['发展党员（预备党员）', '其中：女性'], kind: 'count' },
    { key: 'y', h: ['发展党员（预备党员）', '35岁及以下'], kind: 'count' }, { key: 'w', h: ['发展党员（预备党员）', '生产经营一线'], kind: 'count' }];
  if (v.share) cols.push({ key: 'yr', h: ['发展党员（预备党员）', '35岁及以下占比（%）'], kind: 'rate', dec: 1 });
  return regionTable({
    regions: towns(ri(6, 12)), cols, title: `${COUNTY}两新组织发展党员工作情况统计表`, unit: '单位：名', date: '2024年1—12月',
    base: () => { const app = ri(5, 90); const act = ri(2, app); const cand = ri(1, act); const nw = ri(0, cand); return { app, act, cand, new: nw, f: ri(0, nw), y: ri(0, nw), w: ri(0, nw) }; },
    derive: o => { if (v.share) o.yr = rate(o.y, o.new); }, totalTop: v.totalTop, totalLabel: v.totalLabel,
    plants: [['row', 'act', 'count'], ['row', 'f', 'gt'], ['total', 'new', 'count'], ['row', 'w', 'gt']], footer: footer(),
  });
};
// 9. 应建未建 summary
B.unbuilt = (v) => {
  const cols = [{ key: 'should', h: '应建党组织企业（家）', kind: 'count' }, { key: 'built', h: '已建（家）', kind: 'count' }, { key: 'not', h: '应建未建（家）', kind: 'count' },
    { key: 'br', h: '组建率（%）', kind: 'rate', dec: 1 }, { key: 'plan', h: '其中：年内计划组建', kind: 'count' }];
  return regionTable({
    regions: towns(ri(6, 10)), cols, title: `两新组织“应建未建”党组织情况汇总表`, unit: '单位：家、%',
    base: () => { const should = ri(5, 80); const built = ri(Math.floor(should * 0.6), should); const not = should - built; return { should, built, not, plan: ri(0, not) }; },
    derive: o => { o.br = rate(o.built, o.should); }, totalTop: v.totalTop,
    plants: [['row', 'not', 'count'], ['row', 'br', 'rate'], ['row', 'plan', 'gt'], ['total', 'built', 'count']],
    notes: ['注：应建未建指有3名以上正式党员但未单独建立党组织的企业和社会组织。'], footer: footer(),
  });
};
// 10. per-town year-on-year
B.yoy = (v) => {
  const cols = [{ key: 'a', h: ['党员人数（名）', '2023年'], kind: 'count' }, { key: 'b', h: ['党员人数（名）', '2024年'], kind: 'count' },
    { key: 'd', h: ['党员人数（名）', '增减'], kind: 'signed' }, { key: 'g', h: ['党员人数（名）', '增长（%）'], kind: 'rate', dec: 1 },
    { key: 'oa', h: ['党组织数（个）', '2023年'], kind: 'count' }, { key: 'ob', h: ['党组织数（个）', '2024年'], kind: 'count' }, { key: 'og', h: ['党组织数（个）', '增长（%）'], kind: 'rate', dec: 1 }];
  return regionTable({
    regions: towns(ri(6, 10)), cols, title: `两新组织党员、党组织数量同比变化情况表`, unit: '单位：名、个、%',
    base: () => { const a = ri(40, 500); const b = a + ri(-20, 60); const oa = ri(3, 40); return { a, b, oa, ob: oa + ri(-2, 6) }; },
    totalDerive: () => {},
    derive: o => { o.d = o.b - o.a; o.g = rate(o.b - o.a, o.a); o.og = rate(o.ob - o.oa, o.oa); }, totalTop: v.totalTop,
    plants: [['row', 'g', 'rate'], ['row', 'b', 'count'], ['row', 'og', 'rate'], ['total', 'a', 'count']], footer: footer(),
  });
};
for (const k in B) {}

// ---------- special layouts ----------
// dues by month
function duesSheet(ws, v, style) {
  const rows = []; let cumS = 0, cumP = 0; // cents
  const cols = ['月份', '应缴党费（元）', '实缴党费（元）', '当月收缴率（%）', '累计应缴（元）', '累计实缴（元）', '累计完成率（%）'];
  let r = 1;
  ws.getCell(r, 1).value = `${pick(TOWNS)}两新组织党费收缴情况月报表`; ws.mergeCells(r, 1, r, 7); r++;
  ws.getCell(r, 1).value = '单位：元、%'; ws.mergeCells(r, 1, r, 7); r++;
  cols.forEach((c, i) => ws.getCell(r, i + 1).value = c); r++;
  const addr = {}; const start = r;
  const months = v.months || 12;
  const vals = [];
  for (let m = 1; m <= months; m++) {
    const s = ri(80000, 300000); const p = Math.min(s, s - ri(-1000, 15000)); cumS += s; cumP += p;
    vals.push({ m: m + '月', s: s / 100, p: p / 100, r: rate(p, s, 1), cs: cumS / 100, cp: cumP / 100, cr: rate(cumP, cumS, 1) });
  }
  const totS = vals.reduce((a, x) => a + Math.round(x.s * 100), 0), totP = vals.reduce((a, x) => a + Math.round(x.p * 100), 0);
  const tot = { m: '合计', s: totS / 100, p: totP / 100, r: rate(totP, totS, 1), cs: v.totCum ? totS / 100 : '—', cp: v.totCum ? totP / 100 : '—', cr: v.totCum ? rate(totP, totS, 1) : '—' };
  const all = v.totalTop ? [tot, ...vals] : [...vals, tot];
  for (const x of all) {
    ['m', 's', 'p', 'r', 'cs', 'cp', 'cr'].forEach((k, i) => { const c = ws.getCell(r, i + 1); c.value = x[k]; if (typeof x[k] === 'number') c.numFmt = (k === 'r' || k === 'cr') ? '0.0' : '#,##0.00'; addr[x.m + '|' + k] = colLetter(i) + r; });
    r++;
  }
  ws.getCell(r, 1).value = '注：累计完成率＝累计实缴÷累计应缴×100%。'; r++;
  ws.getCell(r, 1).value = FOOTERS().join('    ');
  const m = ri(2, months - 1) + '月';
  const plants = [
    { cell: addr[m + '|p'], mut: o => round(o + 1000, 2), why: 'month paid: breaks total, monthly rate, cumulative' },
    { cell: addr[m + '|r'], mut: o => round(o - 3, 1), why: 'monthly rate' },
    { cell: addr[m + '|cp'], mut: o => round(o + 2000, 2), why: 'cumulative paid' },
    { cell: addr['合计|s'], mut: o => round(o + 5000, 2), why: 'total due' },
  ];
  return plants;
}
// indicator-row yoy sheet
function indicatorYoY(ws, v) {
  const ind = [
    ['非公企业党组织（个）', ri(120, 400)], ['社会组织党组织（个）', ri(30, 150)], ['两新组织党员（名）', ri(1500, 6000)],
    ['党建工作指导员（名）', ri(50, 200)], ['培训人次', ri(3000, 20000)], ['发展党员（名）', ri(40, 200)]];
  const rates = [['党组织覆盖率（%）', round(70 + rnd() * 20, 1)], ['参训率（%）', round(80 + rnd() * 15, 1)]];
  let r = 1;
  ws.getCell(r, 1).value = `${COUNTY}两新组织党建主要指标同比情况`; ws.mergeCells(r, 1, r, 5); r++;
  ['指标', '2023年', '2024年', '增减', '同比增长（%）'].forEach((c, i) => ws.getCell(r, i + 1).value = c); r++;
  const addr = {};
  for (const [name, a] of ind) {
    const b = a + ri(-Math.floor(a * 0.05), Math.floor(a * 0.2));
    const row = [name, a, b, b - a, rate(b - a, a)];
    row.forEach((x, i) => { ws.getCell(r, i + 1).value = x; if (i === 4) ws.getCell(r, i + 1).numFmt = '0.0'; addr[name + '|' + i] = colLetter(i) + r; }); r++;
  }
  for (const [name, a] of rates) {
    const b = round(a + rnd() * 5, 1);
    const row = [name, a, b, round(b - a, 1), '—'];
    row.forEach((x, i) => { ws.getCell(r, i + 1).value = x; addr[name + '|' + i] = colLetter(i) + r; }); r++;
  }
  ws.getCell(r, 1).value = '注：覆盖率、参训率的增减单位为百分点。';
  return [
    { cell: addr[ind[2][0] + '|4'], mut: o => round(o + 4, 1) },
    { cell: addr[ind[4][0] + '|2'], mut: o => o + 500 },
    { cell: addr[rates[0][0] + '|3'], mut: o => round(o + 2, 1) },
    { cell: addr[ind[0][0] + '|3'], mut: o => o + 7 },
  ];
}
// transposed stars: indicators rows, towns cols, 全县 column
function transposedStars(ws, v) {
  const ts = towns(ri(5, 8)); const lv = ['五星', '四星', '三星', '二星', '一星'];
  const data = ts.map(() => { const tot = ri(5, 50); const p = split(tot, 5); return [tot, ...p]; });
  const all = data[0].map((_, i) => data.reduce((a, d) => a + d[i], 0));
  const hdr = ['项目', ...ts, '全县'];
  let r = 1;
  ws.getCell(r, 1).value = '两新组织党组织星级评定分布（按乡镇）'; ws.mergeCells(r, 1, r, hdr.length); r++;
  ws.getCell(r, 1).value = '单位：个'; r++;
  hdr.forEach((h, i) => ws.getCell(r, i + 1).value = h); r++;
  const addr = {};
  const labels = ['参评党组织总数', ...lv.map(l => '  ' + l)];
  labels.forEach((lab, li) => {
    ws.getCell(r, 1).value = lab;
    [...data, all].forEach((d, ci) => { ws.getCell(r, ci + 2).value = d[li]; addr[li + '|' + ci] = colLetter(ci + 1) + r; });
    r++;
  });
  ws.getCell(r, 1).value = '五星占比（%）';
  [...data, all].forEach((d, ci) => { ws.getCell(r, ci + 2).value = rate(d[1], d[0]); ws.getCell(r, ci + 2).numFmt = '0.0'; addr['p|' + ci] = colLetter(ci + 1) + r; }); r++;
  ws.getCell(r, 1).value = '填报人：王丽    审核人：赵强';
  return [
    { cell: addr['3|1'], mut: o => o + 3 }, { cell: addr['p|2'], mut: o => round(o + 5, 1) },
    { cell: addr['0|' + ts.length], mut: o => o + 4 }, { cell: addr['2|0'], mut: o => o + 2 },
  ];
}
// ledger of 应建未建 enterprises (no plants: all consistent, non-additive text fields)
function ledger(ws) {
  let r = 1;
  ws.getCell(r, 1).value = '两新组织“应建未建”党组织台账'; ws.mergeCells(r, 1, r, 8); r++;
  ['序号', '企业（社会组织）名称', '所在乡镇', '统一社会信用代码', '从业人员（人）', '党员数（名）', '成立年份', '拟组建时间'].forEach((c, i) => ws.getCell(r, i + 1).value = c); r++;
  const names = ['宏达', '鑫源', '华泰', '金盛', '恒通', '瑞丰', '永兴', '天和', '博远', '盛世'];
  for (let i = 0; i < ri(6, 10); i++) {
    const row = [i + 1, `${COUNTY.slice(0, 2)}${names[i]}${pick(['机械有限公司', '商贸有限公司', '物流有限公司', '社会工作服务中心', '行业协会'])}`, pick(TOWNS.slice(0, 8)),
      '91' + String(ri(1e8, 9e8)) + 'MA' + ri(10000, 99999) + pick(['X', 'Y', '3']), ri(20, 600), ri(3, 12), ri(2005, 2022), `2024年${ri(7, 12)}月`];
    row.forEach((x, j) => ws.getCell(r, j + 1).value = x); r++;
  }
  ws.getCell(r, 1).value = '合计'; ws.getCell(r, 5).value = '—'; r++;
  ws.getCell(r, 1).value = '填报单位：' + COUNTY + '委两新工委';
}
// 汇总 workbook: sheets per town + summary
function townWorkbook(wb, v) {
  const ts = towns(ri(3, 5));
  const types = ['非公有制企业', '社会组织', '其中：行业协会商会'];
  const cols = ['类别', '党组织数（个）', '党员数（名）', '培训人次', '发展党员（名）', '五星党组织（个）'];
  const sheets = {};
  const totals = {};
  for (const t of ts) {
    const ws = wb.addWorksheet(t);
    const d1 = [ri(5, 40), ri(30, 300), ri(50, 800), ri(0, 12), ri(0, 8)];
    const d2 = [ri(2, 15), ri(10, 100), ri(20, 300), ri(0, 6), ri(0, 4)];
    const d3 = d2.map(x => ri(0, x));
    const tot = d1.map((x, i) => x + d2[i]);
    totals[t] = tot;
    let r = 1;
    ws.getCell(r, 1).value = `${t}两新组织党建工作情况表`; ws.mergeCells(r, 1, r, 6); r++;
    cols.forEach((c, i) => ws.getCell(r, i + 1).value = c); r++;
    const addr = {};
    for (const [lab, d] of [['合计', tot], [types[0], d1], [types[1], d2], [types[2], d3]]) {
      ws.getCell(r, 1).value = lab; d.forEach((x, i) => { ws.getCell(r, i + 2).value = x; addr[lab + '|' + i] = colLetter(i + 1) + r; }); r++;
    }
    ws.getCell(r, 1).value = '填报人：' + pick(['王丽', '张伟']);
    sheets[t] = addr;
  }
  const ws = wb.addWorksheet('汇总');
  let r = 1;
  ws.getCell(r, 1).value = `${COUNTY}两新组织党建工作情况汇总表`; ws.mergeCells(r, 1, r, 6); r++;
  ['乡镇', ...cols.slice(1)].forEach((c, i) => ws.getCell(r, i + 1).value = c); r++;
  const saddr = {};
  const all = [0, 1, 2, 3, 4].map(i => ts.reduce((a, t) => a + totals[t][i], 0));
  for (const [lab, d] of [...ts.map(t => [t, totals[t]]), ['全县合计', all]]) {
    ws.getCell(r, 1).value = lab; d.forEach((x, i) => { ws.getCell(r, i + 2).value = x; saddr[lab + '|' + i] = colLetter(i + 1) + r; }); r++;
  }
  return [
    { sheet: ts[1], cell: sheets[ts[1]][types[0] + '|1'], mut: o => o + 9 },
    { sheet: '汇总', cell: saddr[ts[0] + '|2'], mut: o => o + 40 },
    { sheet: ts[0], cell: sheets[ts[0]][types[2] + '|0'], mut: o => o + 20 }, // 其中 > 社会组织
  ];
}

// ---------- plants on region tables ----------
function regionPlant(t, addr, sheetName, kindSel) {
  const choices = t.plants;
  const [where, key, kind] = choices[kindSel % choices.length];
  let row;
  if (where === 'total') row = t.totalRow;
  else { const cand = t.dataRows.filter(r => typeof r.vals[key] === 'number' && r.vals[key] > 0 && (kind !== 'gt' || true)); row = cand[Math.floor(cand.length / 2)] || t.dataRows[1]; }
  const old = row.vals[key];
  let nv;
  if (kind === 'rate') nv = round(old + (old > 90 ? -4.3 : 4.3), t.cols.find(c => c.key === key).dec || 1);
  else if (kind === 'gt') {
    // make the 其中/part larger than its whole
    const whole = { e0a: 'e0', bmx: 'bm', cov: 'ent', has: 'orgs', f: 'new', w: 'new', plan: 'not' }[key];
    nv = row.vals[whole] + ri(2, 6);
  } else nv = old + ri(3, 9);
  return { sheet: sheetName, cell: addr[row.label + '|' + key], old, new: nv, desc: `${row.label} ${key} (${kind})`, rowLabel: row.label, key };
}

// ---------- file plan ----------
const STYLES = [
  { name: 'plain' }, { name: 'text', text: 0.3, comma: true }, { name: 'pcttext', pct: 'text' }, { name: 'pctfmt', pct: 'fmt' },
  { name: 'dash', zero: '—' }, { name: 'blank', zero: 'blank' }, { name: 'fw', text: 0.15, fullwidth: true }, { name: 'thousands', thousands: true },
];
const plan = [];
const kinds = ['age', 'edu', 'cross', 'guide', 'train', 'stars', 'venue', 'recruit', 'unbuilt', 'yoy'];
let fi = 0;
for (let i = 0; i < 24; i++) {
  const k = kinds[i % kinds.length];
  const v = { totalTop: i % 3 === 1, totalLabel: pick([undefined, '合计', '总计', '全县', '合  计', '全县合计']), allShares: i % 2 === 0, avg: i === 0 || i === 10 || i === 20, dec2: i === 11, three: i === 15, online: i === 4 || i === 14, areaDec: i === 16, share: i === 7 || i === 17 };
  plan.push({ type: 'region', k, v, style: STYLES[i % STYLES.length] });
}
// multi-sheet workbooks: 2 region tables per file
for (let i = 0; i < 3; i++) plan.push({ type: 'multi', ks: [kinds[(i * 3) % 10], kinds[(i * 3 + 4) % 10]], style: STYLES[(i + 3) % STYLES.length] });
plan.push({ type: 'dues', v: {} }, { type: 'dues', v: { totalTop: true, totCum: true } }, { type: 'dues', v: { months: 6 } });
plan.push({ type: 'indyoy' }, { type: 'indyoy' });
plan.push({ type: 'transposed' }, { type: 'transposed' });
plan.push({ type: 'town' }, { type: 'town' });
plan.push({ type: 'ledger' });

const manifest = {};
const SHEETNAMES = { age: '书记年龄', edu: '书记学历', cross: '一肩挑及交叉任职', guide: '指导员选派', train: '教育培训', stars: '星级评定', venue: '活动场所', recruit: '发展党员', unbuilt: '应建未建', yoy: '同比' };

async function main() {
  let n = 0, nPlant = 0;
  for (const p of plan) {
    n++;
    const fname = String(n).padStart(2, '0') + '-' + (p.k || p.type) + '.xlsx';
    const wb = new ExcelJS.Workbook();
    const plants = [];
    if (p.type === 'region' || p.type === 'multi') {
      const ks = p.type === 'region' ? [p.k] : p.ks;
      for (const k of ks) {
        const t = B[k](p.v || { totalTop: rnd() < 0.4 });
        const name = p.type === 'region' ? pick(['Sheet1', SHEETNAMES[k], '表' + ri(1, 9)]) : SHEETNAMES[k];
        const ws = wb.addWorksheet(name);
        const addr = renderTable(ws, t, p.style || {});
        plants.push(regionPlant(t, addr, name, n + ks.indexOf(k)));
      }
    } else if (p.type === 'dues') { const ws = wb.addWorksheet('党费收缴'); duesSheet(ws, p.v, {}).forEach(x => plants.push({ sheet: '党费收缴', ...x })); }
    else if (p.type === 'indyoy') { const ws = wb.addWorksheet('主要指标'); indicatorYoY(ws, {}).forEach(x => plants.push({ sheet: '主要指标', ...x })); }
    else if (p.type === 'transposed') { const ws = wb.addWorksheet('星级分布'); transposedStars(ws, {}).forEach(x => plants.push({ sheet: '星级分布', ...x })); }
    else if (p.type === 'town') { townWorkbook(wb, {}).forEach(x => plants.push(x)); }
    else if (p.type === 'ledger') { ledger(wb.addWorksheet('台账')); const t = B.unbuilt({}); const ws = wb.addWorksheet('汇总'); renderTable(ws, t, {}); }
    await wb.xlsx.writeFile(path.join(OUT, 'clean', fname));
    // planted twin (most files)
    if (plants.length && n % 7 !== 0 && nPlant < 26) {
      const pl = plants[n % plants.length];
      const wb2 = new ExcelJS.Workbook(); await wb2.xlsx.readFile(path.join(OUT, 'clean', fname));
      const ws2 = wb2.getWorksheet(pl.sheet); const c = ws2.getCell(pl.cell);
      let old = c.value; let oldNum = typeof old === 'number' ? old : Number(String(old).replace(/[,%]/g, '').replace(/[０-９]/g, d => FW.indexOf(d)));
      let nv;
      if (pl.mut) nv = pl.mut(oldNum);
      else { nv = pl.new; if (c.numFmt && /%/.test(c.numFmt)) nv = round(nv / 100, 4); else if (typeof old === 'string' && /%$/.test(old)) nv = nv.toFixed(1) + '%'; }
      if (typeof nv === 'number' && c.numFmt && /%/.test(c.numFmt) && pl.mut) nv = nv; // n/a
      c.value = nv;
      await wb2.xlsx.writeFile(path.join(OUT, 'planted', fname));
      manifest[fname] = { sheet: pl.sheet, cell: pl.cell, old, new: nv, desc: pl.desc || pl.why || '' };
      nPlant++;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('files', n, 'planted', nPlant);
}
main().catch(e => { console.error(e); process.exit(1); });
