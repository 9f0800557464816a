// node gen.js SET SEED N PLANTFRACTION [VARIANT]  — 小个专党建 workbooks + rel/<file>.json + SET/manifest.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDs, Ns, PFs, VARs] = process.argv;
const SEED = +SEEDs || 1, N = +Ns || 10, PF = +(PFs || 0.5), VAR = +(VARs || 0);
const ROOT = __dirname, OUT = path.join(ROOT, SET), REL = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(REL, { recursive: true });

function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = 10 ** d; return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const col = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = (c - 1 - m) / 26; } return s; };
const A = (r, c) => col(c) + r;

const SYL = '安宝昌城崇大德东丰凤福高广和河红华黄吉金锦靖康兰乐利林临龙隆茂梅明南宁平普齐青清庆仁荣瑞三沙山上石寿顺泰太桃天通王文西仙祥新兴阳永玉裕云长正中竹'.split('');
const name2 = () => pick(SYL) + pick(SYL);
const towns = (n) => { const s = new Set(); while (s.size < n) s.add(name2() + pick(['镇', '镇', '镇', '乡', '街道'])); return [...s]; };
const counties = (n) => { const s = new Set(); while (s.size < n) s.add(name2() + pick(['县', '县', '区', '市'])); return [...s]; };

// ---------- sheet model ----------
class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.rels = []; this.widths = {}; }
  put(r, c, v, o = {}) { this.cells[A(r, c)] = Object.assign({ r, c, v }, o); return A(r, c); }
  num(r, c, v, d = 0, o = {}) { // numeric cell; may be typed as text
    if (v === null || v === undefined) return this.put(r, c, pick(['—', '-', '', '…']), o);
    const t = !o.noText && chance(0.03);
    return this.put(r, c, v, Object.assign({ d, text: t }, o));
  }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(o) { this.rels.push(o); }
  val(a) { const x = this.cells[a]; return x && typeof x.v === 'number' ? x.v : null; }
}
const indentName = (s, lvl = 1) => {
  const m = pick(['sp', 'fw', 'xl']);
  if (m === 'sp') return { v: '  '.repeat(lvl) + s };
  if (m === 'fw') return { v: '\u3000'.repeat(lvl) + s };
  return { v: s, indent: lvl };
};
function title(sh, ncols, text, unitLine) {
  sh.put(1, 1, text, { bold: true, center: true }); sh.merge(1, 1, 1, ncols);
  let r = 2;
  if (unitLine) { sh.put(2, ncols, unitLine, { right: true }); r = 3; }
  return r;
}
const tolRate = (d) => 0.5 * 10 ** -d + 1e-9;
function ratesOk(num, den) { return den > 0; }

// ---------- data ----------
function townData(n, scale = 1) {
  return Array.from({ length: n }, () => {
    const xw = ri(40, 900) * scale, gt = ri(300, 6000) * scale, zs = chance(0.25) ? 0 : ri(1, 6) * Math.max(1, Math.round(scale / 3));
    const xwc = Math.round(xw * (0.3 + R() * 0.6)), gtc = Math.round(gt * (0.1 + R() * 0.5)), zsc = zs ? ri(0, zs) : 0;
    const dd = ri(0, Math.round(xwc / 8)), lh = ri(1, Math.max(2, Math.round(xwc / 12))), qy = ri(0, 6 + zsc);
    const dy = ri(50, 900) * scale, female = Math.round(dy * (0.2 + R() * 0.3)), young = Math.round(dy * (0.15 + R() * 0.35));
    const emp = ri(3000, 40000) * scale, zdy = ri(2, 40) * Math.max(1, Math.round(scale / 2)), fund = 0.5 + R() * 60 * scale;
    return { xw, gt, zs, xwc, gtc, zsc, dd, lh, qy, dy, female, young, emp, zdy, fund };
  });
}
const sumKey = (arr, k) => arr.reduce((s, x) => s + x[k], 0);
function totalOf(arr) { const t = {}; for (const k of Object.keys(arr[0])) t[k] = sumKey(arr, k); return t; }

// ---------- layouts ----------
// L1: towns as rows, coverage by 小微/个体/专业市场; total top/bottom; rate % ; optional ‰ column, optional money
function L1(ctx) {
  const n = ri(5, 14), names = ctx.level === 'city' ? counties(n) : towns(n);
  const data = townData(n, ctx.level === 'city' ? 6 : 1), tot = totalOf(data);
  const sh = new Sheet(pick(['覆盖情况', '表1', '小个专覆盖', ctx.year + '年']));
  const d = pick([1, 1, 2]); const permil = chance(0.4), money = chance(0.35);
  const groups = [['小微企业', 'xw', 'xwc', '户'], ['个体工商户', 'gt', 'gtc', '户'], ['专业市场', 'zs', 'zsc', '个']];
  let ncols = 1 + 9 + 1 + (permil ? 3 : 0) + (money ? 1 : 0);
  const unitInHeader = chance(0.6);
  let r = title(sh, ncols, `${ctx.place}${ctx.year}年小微企业、个体工商户和专业市场党建工作情况`, unitInHeader ? null : '单位：户、个、人、%');
  const h1 = r, h2 = r + 1; const unitRow = !unitInHeader && chance(0.4);
  sh.put(h1, 1, ctx.level === 'city' ? '县（市、区）' : pick(['乡镇（街道）', '地区', '单位'])); sh.merge(h1, 1, h2 + (unitRow ? 1 : 0), 1);
  let c = 2; const cols = {};
  for (const [g, k, kc, u] of groups) {
    sh.put(h1, c, g); sh.merge(h1, c, h1, c + 2);
    sh.put(h2, c, unitInHeader ? `总数（${u}）` : '总数'); sh.put(h2, c + 1, unitInHeader ? `已建党组织覆盖（${u}）` : pick(['已建党组织覆盖', '党组织覆盖数'])); sh.put(h2, c + 2, unitInHeader ? '覆盖率(%)' : '覆盖率');
    if (unitRow) { sh.put(h2 + 1, c, u); sh.put(h2 + 1, c + 1, u); sh.put(h2 + 1, c + 2, '%'); }
    cols[k] = c; cols[kc] = c + 1; cols[k + 'r'] = c + 2; c += 3;
  }
  if (permil) { sh.put(h1, c, '党员情况'); sh.merge(h1, c, h1, c + 2); sh.put(h2, c, unitInHeader ? '从业人员（人）' : '从业人员'); sh.put(h2, c + 1, unitInHeader ? '党员（人）' : '党员'); sh.put(h2, c + 2, '党员占从业人员（‰）'); if (unitRow) { sh.put(h2 + 1, c, '人'); sh.put(h2 + 1, c + 1, '人'); sh.put(h2 + 1, c + 2, '‰'); } cols.emp = c; cols.dy = c + 1; cols.dyr = c + 2; c += 3; }
  sh.put(h1, c, unitInHeader ? '党建指导员（人）' : '党建指导员'); sh.merge(h1, c, h2, c); if (unitRow) sh.put(h2 + 1, c, '人'); cols.zdy = c; c++;
  if (money) { sh.put(h1, c, '党建工作经费（万元）'); sh.merge(h1, c, h2, c); if (unitRow) sh.put(h2 + 1, c, '万元'); cols.fund = c; c++; }
  r = h2 + 1 + (unitRow ? 1 : 0);
  const top = ctx.v ? chance(0.3) : chance(0.6); const totName = ctx.level === 'city' ? pick(['全市', '合计', '总计']) : pick(['全县', '合计', '总计']);
  const rowsOf = []; let totRow;
  const writeRow = (rr, label, x, isTot) => {
    sh.put(rr, 1, label, isTot ? { bold: true } : {});
    for (const [g, k, kc] of groups) {
      const zeroDash = !isTot && x[k] === 0 && chance(0.5);
      sh.num(rr, cols[k], zeroDash ? null : x[k]); sh.num(rr, cols[kc], zeroDash ? null : x[kc]);
      if (x[k] > 0) { sh.num(rr, cols[k + 'r'], rnd(x[kc] / x[k] * 100, d), d); sh.rel({ type: 'rate', cell: A(rr, cols[k + 'r']), num: A(rr, cols[kc]), den: A(rr, cols[k]), k: 100, tol: tolRate(d) }); }
      else sh.put(rr, cols[k + 'r'], pick(['—', '-', '']));
      if (x[k] > 0) sh.rel({ type: 'le', part: A(rr, cols[kc]), whole: A(rr, cols[k]) });
    }
    if (permil) { sh.num(rr, cols.emp, x.emp); sh.num(rr, cols.dy, x.dy); sh.num(rr, cols.dyr, rnd(x.dy / x.emp * 1000, 1), 1); sh.rel({ type: 'rate', cell: A(rr, cols.dyr), num: A(rr, cols.dy), den: A(rr, cols.emp), k: 1000, tol: tolRate(1) }); }
    sh.num(rr, cols.zdy, x.zdy);
    if (money) sh.num(rr, cols.fund, rnd(x.fund, 1), 1);
  };
  if (top) { totRow = r++; }
  data.forEach((x, i) => { rowsOf.push(r); writeRow(r++, names[i], x, false); });
  if (!top) totRow = r++;
  writeRow(totRow, totName, tot, true);
  for (const k of ['xw', 'xwc', 'zs', 'zsc', 'gt', 'gtc', 'zdy'].concat(permil ? ['emp', 'dy'] : [])) sh.rel({ type: 'sum', total: A(totRow, cols[k]), parts: rowsOf.map((rr) => A(rr, cols[k])), tol: 0.5 });
  if (money) sh.rel({ type: 'sum', total: A(totRow, cols.fund), parts: rowsOf.map((rr) => A(rr, cols.fund)), tol: 0.05 * (rowsOf.length + 1) + 1e-9 });
  if (chance(0.7)) sh.put(r + 1, 1, pick(['注：覆盖率=已建党组织覆盖数÷总数×100%。', '注：专业市场数为“—”表示该地无专业市场。', '注：本表数据截至' + ctx.year + '年12月31日。']));
  return sh;
}

// L2: org types by region, 其中 columns, row totals and column totals
function L2(ctx) {
  const n = ri(4, 12), names = ctx.level === 'city' ? counties(n) : towns(n);
  const data = townData(n, ctx.level === 'city' ? 5 : 1);
  for (const x of data) x.org = x.dd + x.lh + x.qy;
  const tot = totalOf(data);
  const sh = new Sheet(pick(['党组织组建', '表2', '组织设置', '党员']));
  const withYoung = chance(0.6);
  const ncols = 1 + 4 + 2 + (withYoung ? 1 : 0) + 1;
  let r = title(sh, ncols, `${ctx.place}小微企业、个体工商户和专业市场党组织组建情况（${ctx.year}年${pick(['末', '底', ''])}）`, pick(['单位：个、人', null]));
  const three = chance(0.5);
  const h = r;
  sh.put(h, 1, pick(['地区', '单位名称', '乡镇']));
  sh.put(h, 2, '已建党组织（个）'); sh.merge(h, 2, h, 5);
  sh.put(h + 1, 2, pick(['合计', '小计', '总数'])); sh.put(h + 1, 3, '单独组建'); sh.put(h + 1, 4, '联合组建'); sh.put(h + 1, 5, '区域组建');
  sh.put(h, 6, '党员（人）'); sh.merge(h, 6, h, 6 + (withYoung ? 2 : 1));
  sh.put(h + 1, 6, '合计'); sh.put(h + 1, 7, three ? '其中' : '其中：女'); if (withYoung) sh.put(h + 1, 8, three ? '其中' : '其中：35岁及以下');
  const zc = withYoung ? 9 : 8; sh.put(h, zc, '党建指导员（人）');
  let hb = h + 1;
  if (three) { sh.put(h + 2, 7, '女'); if (withYoung) sh.put(h + 2, 8, '35岁及以下'); for (const c of [2, 3, 4, 5, 6]) sh.merge(h + 1, c, h + 2, c); hb = h + 2; }
  sh.merge(h, 1, hb, 1); sh.merge(h, zc, hb, zc);
  r = hb + 1;
  const top = chance(0.5); let totRow; const rows = [];
  const write = (rr, label, x, isT) => {
    sh.put(rr, 1, label, isT ? { bold: true } : {});
    sh.num(rr, 2, x.org); sh.num(rr, 3, x.dd === 0 && !isT && chance(0.5) ? null : x.dd); sh.num(rr, 4, x.lh); sh.num(rr, 5, x.qy === 0 && !isT && chance(0.5) ? null : x.qy);
    sh.rel({ type: 'sum', total: A(rr, 2), parts: [A(rr, 3), A(rr, 4), A(rr, 5)], tol: 0.5 });
    sh.num(rr, 6, x.dy); sh.num(rr, 7, x.female); sh.rel({ type: 'le', part: A(rr, 7), whole: A(rr, 6) });
    if (withYoung) { sh.num(rr, 8, x.young); sh.rel({ type: 'le', part: A(rr, 8), whole: A(rr, 6) }); }
    sh.num(rr, zc, x.zdy);
  };
  if (top) totRow = r++;
  data.forEach((x, i) => { rows.push(r); write(r++, names[i], x, false); });
  if (!top) totRow = r++;
  write(totRow, pick(['合计', '总计', ctx.level === 'city' ? '全市' : '全县']), tot, true);
  const cs = [2, 3, 4, 5, 6, 7].concat(withYoung ? [8] : []).concat([zc]);
  for (const c of cs) sh.rel({ type: 'sum', total: A(totRow, c), parts: rows.map((rr) => A(rr, c)), tol: 0.5 });
  if (chance(0.5)) sh.put(r + 1, 1, '注：联合组建指两个及以上小微企业或个体工商户联合建立党组织；区域组建指依托专业市场、商圈楼宇等建立党组织。');
  return sh;
}

// L3: indicators as rows, two periods side by side, 增长 / 增减(百分点)
function L3(ctx) {
  const sh = new Sheet(pick(['主要指标', '两年对比', '表3', '综合']));
  const cur = townData(1, ctx.level === 'prov' ? 60 : ctx.level === 'city' ? 12 : 2)[0];
  const prev = {}; for (const k of Object.keys(cur)) prev[k] = Math.max(0, Math.round(cur[k] * (0.8 + R() * 0.35)));
  for (const x of [cur, prev]) { x.xwc = Math.min(x.xwc, x.xw); x.gtc = Math.min(x.gtc, x.gt); x.zsc = Math.min(x.zsc, x.zs); x.female = Math.min(x.female, x.dy); if (x.zs === 0) { x.zs = 3; x.zsc = 1; } x.org = x.dd + x.lh + x.qy; }
  const unitCol = chance(0.45); const sepDiff = chance(0.5); const d = pick([1, 2]);
  const quarter = chance(0.3) ? pick(['一季度', '上半年', '前三季度']) : null;
  const ncols = 1 + (unitCol ? 1 : 0) + 3 + (sepDiff ? 1 : 0);
  let r = title(sh, ncols, `${ctx.place}“小个专”党建工作主要指标（${ctx.year}年${quarter || ''}）`, null);
  const h = r; let c = 1;
  sh.put(h, c++, '指标'); if (unitCol) sh.put(h, c++, '计量单位');
  const cC = c, pC = c + 1, gC = c + 2, dC = sepDiff ? c + 3 : c + 2;
  sh.put(h, cC, quarter ? `${ctx.year}年${quarter}` : `${ctx.year}年`); sh.put(h, pC, quarter ? '上年同期' : `${ctx.year - 1}年`);
  sh.put(h, gC, sepDiff ? '增长（%）' : pick(['比上年增长（%）', '增长(%)', '增减（%）']));
  if (sepDiff) sh.put(h, dC, '增减（百分点）');
  r = h + 1;
  const items = [];
  const I = (label, k, unit, lvl = 0, opt = {}) => items.push(Object.assign({ label, k, unit, lvl }, opt));
  I('小微企业', 'xw', '户'); I('其中：已建党组织', 'xwc', '户', 1, { le: 'xw' }); I('党组织覆盖率', 'xwr', '%', 1, { rate: ['xwc', 'xw'] });
  I('个体工商户', 'gt', '户'); I('其中：已建党组织', 'gtc', '户', 1, { le: 'gt' }); I('党组织覆盖率', 'gtr', '%', 1, { rate: ['gtc', 'gt'] });
  I('专业市场', 'zs', '个'); I('其中：已建党组织', 'zsc', '个', 1, { le: 'zs' }); I('党组织覆盖率', 'zsr', '%', 1, { rate: ['zsc', 'zs'] });
  I('党组织数', 'org', '个', 0, { sum: ['dd', 'lh', 'qy'] }); I('单独组建', 'dd', '个', 1); I('联合组建', 'lh', '个', 1); I('区域组建', 'qy', '个', 1);
  I('党员', 'dy', '人'); I('#女党员', 'female', '人', 1, { le: 'dy' }); I('党建指导员', 'zdy', '人');
  const rowOf = {};
  for (const it of items) {
    let label = it.label;
    const unitStr = it.unit === '%' ? '（%）' : `（${it.unit}）`;
    if (!unitCol) label += unitStr;
    const ind = it.lvl ? indentName(label, it.lvl) : { v: label };
    sh.put(r, 1, ind.v, ind.indent ? { indent: ind.indent } : {});
    if (unitCol) sh.put(r, 2, it.unit);
    rowOf[it.k] = r;
    if (it.rate) {
      const [nk, dk] = it.rate; const v1 = rnd(cur[nk] / cur[dk] * 100, d), v0 = rnd(prev[nk] / prev[dk] * 100, d);
      sh.num(r, cC, v1, d); sh.num(r, pC, v0, d);
      sh.rel({ type: 'rate', cell: A(r, cC), num: A(rowOf[nk], cC), den: A(rowOf[dk], cC), k: 100, tol: tolRate(d) });
      sh.rel({ type: 'rate', cell: A(r, pC), num: A(rowOf[nk], pC), den: A(rowOf[dk], pC), k: 100, tol: tolRate(d) });
      const dd = rnd(v1 - v0, d); sh.num(r, dC, dd, d); sh.rel({ type: 'diff', cell: A(r, dC), a: A(r, cC), b: A(r, pC), tol: tolRate(d) });
      if (sepDiff) sh.put(r, gC, pick(['—', '']));
    } else {
      sh.num(r, cC, cur[it.k]); sh.num(r, pC, prev[it.k]);
      if (prev[it.k] > 0) { sh.num(r, gC, rnd((cur[it.k] / prev[it.k] - 1) * 100, 1), 1); sh.rel({ type: 'growth', cell: A(r, gC), cur: A(r, cC), prev: A(r, pC), tol: tolRate(1) }); }
      else sh.put(r, gC, '—');
      if (sepDiff) sh.put(r, dC, '');
    }
    r++;
  }
  for (const it of items) {
    for (const cc of [cC, pC]) {
      if (it.le) sh.rel({ type: 'le', part: A(rowOf[it.k], cc), whole: A(rowOf[it.le], cc) });
      if (it.sum) sh.rel({ type: 'sum', total: A(rowOf[it.k], cc), parts: it.sum.map((k) => A(rowOf[k], cc)), tol: 0.5 });
    }
  }
  if (!sepDiff) sh.put(r + 1, 1, '注：覆盖率一行“增长”栏为增减百分点。');
  else if (chance(0.5)) sh.put(r + 1, 1, '注：“#”表示其中的主要项。');
  return sh;
}

// L4: years as rows, org counts with row sums, coverage rate, growth vs previous row
function L4(ctx) {
  const sh = new Sheet(pick(['历年情况', '表4', '逐年', '时间序列']));
  const ny = ri(4, 8), y0 = ctx.year - ny + 1; const scale = ctx.level === 'prov' ? 40 : ctx.level === 'city' ? 8 : 1;
  let xw = ri(800, 3000) * scale; const ys = [];
  for (let i = 0; i < ny; i++) {
    xw = Math.round(xw * (1 + R() * 0.15)); const xwc = Math.round(xw * (0.25 + i * 0.06 + R() * 0.05));
    const dd = ri(10, 80) * scale, lh = ri(20, 150) * scale, qy = ri(0, 30) * scale;
    ys.push({ y: y0 + i, xw, xwc, dd, lh, qy, org: dd + lh + qy, dy: ri(500, 3000) * scale });
  }
  const d = pick([1, 2]); const wantG = chance(0.7);
  const ncols = 8 + (wantG ? 1 : 0);
  let r = title(sh, ncols, `${ctx.place}${y0}—${ctx.year}年小微企业党建工作情况`, pick(['单位：户、个、人', null]));
  const h = r;
  sh.put(h, 1, '年份'); sh.merge(h, 1, h + 1, 1);
  sh.put(h, 2, '小微企业（户）'); sh.merge(h, 2, h + 1, 2);
  sh.put(h, 3, '已建党组织企业（户）'); sh.merge(h, 3, h + 1, 3);
  sh.put(h, 4, '覆盖率（%）'); sh.merge(h, 4, h + 1, 4);
  sh.put(h, 5, '党组织数（个）'); sh.merge(h, 5, h, 8);
  sh.put(h + 1, 5, '合计'); sh.put(h + 1, 6, '单独组建'); sh.put(h + 1, 7, '联合组建'); sh.put(h + 1, 8, '区域组建');
  if (wantG) { sh.put(h, 9, '党组织数比上年增长（%）'); sh.merge(h, 9, h + 1, 9); }
  r = h + 2; const desc = chance(0.3); const order = desc ? [...ys].reverse() : ys; const rowY = {};
  for (const x of order) {
    sh.put(r, 1, pick([`${x.y}年`, `${x.y}`, `${x.y}年`]), {}); if (typeof sh.cells[A(r, 1)].v === 'string' && /^\d+$/.test(sh.cells[A(r, 1)].v)) sh.cells[A(r, 1)].v = x.y;
    rowY[x.y] = r;
    sh.num(r, 2, x.xw); sh.num(r, 3, x.xwc); sh.num(r, 4, rnd(x.xwc / x.xw * 100, d), d);
    sh.rel({ type: 'rate', cell: A(r, 4), num: A(r, 3), den: A(r, 2), k: 100, tol: tolRate(d) }); sh.rel({ type: 'le', part: A(r, 3), whole: A(r, 2) });
    sh.num(r, 5, x.org); sh.num(r, 6, x.dd); sh.num(r, 7, x.lh); sh.num(r, 8, x.qy === 0 ? null : x.qy);
    sh.rel({ type: 'sum', total: A(r, 5), parts: [A(r, 6), A(r, 7), A(r, 8)], tol: 0.5 });
    r++;
  }
  if (wantG) for (const x of ys) {
    const rr = rowY[x.y]; const p = ys.find((z) => z.y === x.y - 1);
    if (!p) { sh.put(rr, 9, pick(['—', ''])); continue; }
    sh.num(rr, 9, rnd((x.org / p.org - 1) * 100, 1), 1); sh.rel({ type: 'growth', cell: A(rr, 9), cur: A(rr, 5), prev: A(rowY[p.y], 5), tol: tolRate(1) });
  }
  if (chance(0.5)) sh.put(r + 1, 1, `注：${y0}年起按新口径统计。`);
  return sh;
}

// L5: quarterly new party orgs by category/region, quarter sum = 全年, prev year and growth
function L5(ctx) {
  const sh = new Sheet(pick(['分季度', '新建党组织', '表5', '季度']));
  const cats = chance(0.5) ? ['小微企业', '个体工商户', '专业市场'] : (ctx.level === 'city' ? counties(ri(4, 9)) : towns(ri(4, 9)));
  const data = cats.map(() => { const q = [ri(0, 25), ri(0, 30), ri(0, 30), ri(0, 35)]; return { q, y: q.reduce((a, b) => a + b, 0), p: ri(8, 110) }; });
  const tq = [0, 1, 2, 3].map((i) => data.reduce((s, x) => s + x.q[i], 0)); const tot = { q: tq, y: tq.reduce((a, b) => a + b, 0), p: data.reduce((s, x) => s + x.p, 0) };
  const ncols = 8;
  let r = title(sh, ncols, `${ctx.place}${ctx.year}年分季度新建“小个专”党组织情况`, '单位：个');
  const h = r;
  sh.put(h, 1, cats[0] === '小微企业' ? '类别' : '地区'); sh.merge(h, 1, h + 1, 1);
  sh.put(h, 2, `${ctx.year}年`); sh.merge(h, 2, h, 6);
  ['一季度', '二季度', '三季度', '四季度', '全年'].forEach((s, i) => sh.put(h + 1, 2 + i, s));
  sh.put(h, 7, `${ctx.year - 1}年`); sh.put(h + 1, 7, '全年');
  sh.put(h, 8, '增长（%）'); sh.merge(h, 8, h + 1, 8);
  r = h + 2; const top = chance(0.6); let totRow; const rows = [];
  const write = (rr, label, x, isT) => {
    const lab = isT ? { v: label } : (top && chance(0.5) ? indentName(label) : { v: label });
    sh.put(rr, 1, lab.v, lab.indent ? { indent: lab.indent } : {});
    x.q.forEach((v, i) => sh.num(rr, 2 + i, v === 0 && !isT && chance(0.4) ? null : v));
    sh.num(rr, 6, x.y); sh.rel({ type: 'sum', total: A(rr, 6), parts: [2, 3, 4, 5].map((c) => A(rr, c)), tol: 0.5 });
    sh.num(rr, 7, x.p); sh.num(rr, 8, rnd((x.y / x.p - 1) * 100, 1), 1); sh.rel({ type: 'growth', cell: A(rr, 8), cur: A(rr, 6), prev: A(rr, 7), tol: tolRate(1) });
  };
  if (top) totRow = r++;
  data.forEach((x, i) => { rows.push(r); write(r++, cats[i], x, false); });
  if (!top) totRow = r++;
  write(totRow, pick(['合计', '总计']), tot, true);
  for (let c = 2; c <= 7; c++) sh.rel({ type: 'sum', total: A(totRow, c), parts: rows.map((rr) => A(rr, c)), tol: 0.5 });
  return sh;
}

// L6: counties/towns as rows, two years side by side (3 header rows), coverage rate and 增减(百分点)
function L6(ctx) {
  const n = ri(4, 12), names = ctx.level === 'prov' ? counties(n).map((s) => s.replace(/[县区]$/, '市')) : ctx.level === 'city' ? counties(n) : towns(n);
  const sc = ctx.level === 'prov' ? 30 : ctx.level === 'city' ? 6 : 1;
  const mk = () => { const a = ri(200, 5000) * sc; return { a, b: Math.round(a * (0.2 + R() * 0.6)) }; };
  const data = names.map(() => { const c = mk(); const p = { a: Math.round(c.a * (0.85 + R() * 0.2)) }; p.b = Math.min(p.a, Math.round(c.b * (0.8 + R() * 0.25))); return { c, p }; });
  const d = pick([1, 2]);
  const sh = new Sheet(pick(['两年对比', '分地区', '表6', '覆盖率']));
  const ncols = 8; const what = pick(['小微企业', '个体工商户', '“小个专”主体']);
  let r = title(sh, ncols, `${ctx.place}${what}党组织覆盖情况（${ctx.year - 1}—${ctx.year}年）`, null);
  const h = r;
  sh.put(h, 1, ctx.level === 'town' ? '乡镇' : '地区'); sh.merge(h, 1, h + 2, 1);
  sh.put(h, 2, `${ctx.year - 1}年`); sh.merge(h, 2, h, 4); sh.put(h, 5, `${ctx.year}年`); sh.merge(h, 5, h, 7);
  sh.put(h, 8, '覆盖率增减（百分点）'); sh.merge(h, 8, h + 2, 8);
  for (const c0 of [2, 5]) { sh.put(h + 1, c0, '主体数'); sh.put(h + 1, c0 + 1, '已覆盖'); sh.put(h + 1, c0 + 2, '覆盖率'); sh.put(h + 2, c0, '（户）'); sh.put(h + 2, c0 + 1, '（户）'); sh.put(h + 2, c0 + 2, '（%）'); }
  r = h + 3; const rows = []; const top = chance(0.5); let totRow;
  const write = (rr, label, x) => {
    sh.put(rr, 1, label);
    for (const [c0, v] of [[2, x.p], [5, x.c]]) {
      sh.num(rr, c0, v.a); sh.num(rr, c0 + 1, v.b); sh.num(rr, c0 + 2, rnd(v.b / v.a * 100, d), d);
      sh.rel({ type: 'rate', cell: A(rr, c0 + 2), num: A(rr, c0 + 1), den: A(rr, c0), k: 100, tol: tolRate(d) }); sh.rel({ type: 'le', part: A(rr, c0 + 1), whole: A(rr, c0) });
    }
    sh.num(rr, 8, rnd(rnd(x.c.b / x.c.a * 100, d) - rnd(x.p.b / x.p.a * 100, d), d), d); sh.rel({ type: 'diff', cell: A(rr, 8), a: A(rr, 7), b: A(rr, 4), tol: tolRate(d) });
  };
  const tot = { c: { a: 0, b: 0 }, p: { a: 0, b: 0 } }; for (const x of data) for (const k of ['c', 'p']) for (const j of ['a', 'b']) tot[k][j] += x[k][j];
  if (top) totRow = r++;
  data.forEach((x, i) => { rows.push(r); write(r++, names[i], x); });
  if (!top) totRow = r++;
  write(totRow, ctx.level === 'prov' ? '全省' : ctx.level === 'city' ? '全市' : '全县', tot);
  for (const c of [2, 3, 5, 6]) sh.rel({ type: 'sum', total: A(totRow, c), parts: rows.map((rr) => A(rr, c)), tol: 0.5 });
  if (chance(0.6)) sh.put(r + 1, 1, '注：覆盖率增减按两年覆盖率之差计算。');
  return sh;
}


// L7: towns grouped with subtotals (一、街道 / 二、乡镇), #-marked row under the total, money in 万元 rounded
function L7(ctx) {
  const sh = new Sheet(pick(['分片区', '表7', '小计']));
  const g1 = ri(2, 5), g2 = ri(3, 8); const st = towns(g1 + g2).map((s) => s.replace(/(镇|乡)$/, '街道'));
  const tn = towns(g2).map((s) => s.replace(/街道$/, '镇'));
  const grp = [[pick(['一、街道', '街道小计', '（一）街道']), st.slice(0, g1)], [pick(['二、乡镇', '乡镇小计', '（二）乡镇']), tn]];
  const data = grp.map(([, ns]) => ns.map(() => { const gt = ri(300, 5000), c = Math.round(gt * (0.1 + R() * 0.5)); return { gt, c, dy: ri(30, 600), f: 1 + R() * 30 }; }));
  const d = pick([1, 2]); const moneyUnit = pick(['万元', '万元', '元']);
  let r = title(sh, 6, `${ctx.place}${ctx.year}年个体工商户党建工作分片区情况`, null);
  const h = r;
  ['地区', '个体工商户（户）', '其中：已建党组织（户）', '覆盖率（%）', '个体户党员（人）', `党建经费（${moneyUnit}）`].forEach((t, i) => sh.put(h, i + 1, t));
  r = h + 1; const totRow = r++; const tot = { gt: 0, c: 0, dy: 0, f: 0 };
  const sharp = chance(0.6) ? r++ : null;
  const subs = [];
  const write = (rr, x, md) => {
    sh.num(rr, 2, x.gt); sh.num(rr, 3, x.c); sh.num(rr, 4, rnd(x.c / x.gt * 100, d), d); sh.num(rr, 5, x.dy);
    sh.rel({ type: 'rate', cell: A(rr, 4), num: A(rr, 3), den: A(rr, 2), k: 100, tol: tolRate(d) }); sh.rel({ type: 'le', part: A(rr, 3), whole: A(rr, 2) });
    if (moneyUnit === '元') sh.num(rr, 6, Math.round(x.f * 10000)); else sh.num(rr, 6, rnd(x.f, md), md);
  };
  const md = pick([1, 2]);
  grp.forEach(([gname, ns], gi) => {
    const sr = r++; const rows = []; const sub = { gt: 0, c: 0, dy: 0, f: 0 };
    ns.forEach((nm, i) => { const x = data[gi][i]; for (const k in sub) sub[k] += moneyUnit === '元' && k === 'f' ? Math.round(x.f * 10000) / 10000 : x[k]; const ind = indentName(nm); sh.put(r, 1, ind.v, ind.indent ? { indent: ind.indent } : {}); write(r, x, md); rows.push(r++); });
    sh.put(sr, 1, gname, { bold: true }); write(sr, sub, md); subs.push(sr);
    for (const c of [2, 3, 5]) sh.rel({ type: 'sum', total: A(sr, c), parts: rows.map((x) => A(x, c)), tol: 0.5 });
    sh.rel({ type: 'sum', total: A(sr, 6), parts: rows.map((x) => A(x, 6)), tol: moneyUnit === '元' ? 0.5 : 0.5 * 10 ** -md * (rows.length + 1) + 1e-9 });
    for (const k in tot) tot[k] += sub[k];
  });
  sh.put(totRow, 1, pick(['全县', '合计', '总计']), { bold: true }); write(totRow, tot, md);
  for (const c of [2, 3, 5]) sh.rel({ type: 'sum', total: A(totRow, c), parts: subs.map((x) => A(x, c)), tol: 0.5 });
  sh.rel({ type: 'sum', total: A(totRow, 6), parts: subs.map((x) => A(x, 6)), tol: moneyUnit === '元' ? 0.5 : 0.5 * 10 ** -md * 3 + 1e-9 });
  if (sharp) {
    const x = data[0][0]; const s = { gt: x.gt + data[1][0].gt, c: x.c + data[1][0].c, dy: x.dy + data[1][0].dy, f: x.f + data[1][0].f };
    sh.put(sharp, 1, pick(['#经济开发区', '  #开发区', '#城区'])); write(sharp, s, md);
    for (const c of [2, 3, 5]) sh.rel({ type: 'le', part: A(sharp, c), whole: A(totRow, c) });
  }
  sh.put(r + 1, 1, '注：' + (sharp ? '#开发区数据已含在各街道、乡镇中。' : '合计含街道和乡镇。') + (moneyUnit === '万元' ? '经费数据因四舍五入，合计与分项之和可能略有出入。' : ''));
  return sh;
}

// L8: years as columns, indicators as rows with 计量单位, org growth row from consecutive years
function L8(ctx) {
  const sh = new Sheet(pick(['历年指标', '表8', '年度']));
  const ny = ri(3, 6), y0 = ctx.year - ny + 1; const sc = ctx.level === 'prov' ? 30 : ctx.level === 'city' ? 6 : 1;
  const ys = []; let xw = ri(500, 3000) * sc;
  for (let i = 0; i < ny; i++) { xw = Math.round(xw * (1 + R() * 0.12)); const dd = ri(5, 60) * sc, lh = ri(10, 90) * sc, qy = ri(0, 20) * sc; ys.push({ xw, xwc: Math.round(xw * (0.3 + R() * 0.5)), dd, lh, qy, org: dd + lh + qy, dy: ri(300, 2000) * sc, emp: ri(20000, 90000) * sc }); }
  const d = pick([1, 2]); const unitCol = chance(0.6);
  const c0 = unitCol ? 3 : 2;
  let r = title(sh, c0 + ny - 1, `${ctx.place}“小个专”党建主要指标（${y0}—${ctx.year}年）`, null);
  const h = r; sh.put(h, 1, '指标'); if (unitCol) sh.put(h, 2, '计量单位');
  ys.forEach((_, i) => sh.put(h, c0 + i, chance(0.5) ? `${y0 + i}年` : y0 + i));
  r = h + 1; const row = {};
  const line = (k, label, unit, lvl, f, dd = 0) => {
    const ind = lvl ? indentName(label + (unitCol ? '' : `（${unit}）`), lvl) : { v: label + (unitCol ? '' : `（${unit}）`) };
    sh.put(r, 1, ind.v, ind.indent ? { indent: ind.indent } : {}); if (unitCol) sh.put(r, 2, unit);
    ys.forEach((x, i) => { const v = f(x, i); if (v === null) sh.put(r, c0 + i, '—'); else sh.num(r, c0 + i, v, dd); });
    row[k] = r++;
  };
  line('xw', '小微企业', '户', 0, (x) => x.xw);
  line('xwc', '其中：已建党组织', '户', 1, (x) => x.xwc);
  line('xwr', '覆盖率', '%', 1, (x) => rnd(x.xwc / x.xw * 100, d), d);
  line('org', '党组织数', '个', 0, (x) => x.org);
  line('dd', '单独组建', '个', 1, (x) => x.dd); line('lh', '联合组建', '个', 1, (x) => x.lh); line('qy', '区域组建', '个', 1, (x) => x.qy);
  line('og', '党组织数增长', '%', 1, (x, i) => i ? rnd((x.org / ys[i - 1].org - 1) * 100, 1) : null, 1);
  line('emp', '从业人员', '人', 0, (x) => x.emp); line('dy', '党员', '人', 0, (x) => x.dy);
  line('dyr', '党员占从业人员比重', '‰', 1, (x) => rnd(x.dy / x.emp * 1000, 2), 2);
  ys.forEach((x, i) => {
    const c = c0 + i;
    sh.rel({ type: 'le', part: A(row.xwc, c), whole: A(row.xw, c) });
    sh.rel({ type: 'rate', cell: A(row.xwr, c), num: A(row.xwc, c), den: A(row.xw, c), k: 100, tol: tolRate(d) });
    sh.rel({ type: 'sum', total: A(row.org, c), parts: [A(row.dd, c), A(row.lh, c), A(row.qy, c)], tol: 0.5 });
    if (i) sh.rel({ type: 'growth', cell: A(row.og, c), cur: A(row.org, c), prev: A(row.org, c - 1), tol: tolRate(1) });
    sh.rel({ type: 'rate', cell: A(row.dyr, c), num: A(row.dy, c), den: A(row.emp, c), k: 1000, tol: tolRate(2) });
  });
  return sh;
}

const LAYOUTS = VAR ? [L1, L3, L5, L7, L7, L8, L8, L2, L6] : [L1, L2, L3, L4, L5, L6, L7, L8];

// ---------- plant ----------
function plant(sheets) {
  const cand = [];
  for (const sh of sheets) for (const rel of sh.rels) {
    const kinds = [];
    if (rel.type === 'sum') { kinds.push(['total', rel.total]); for (const p of rel.parts) kinds.push(['part', p]); }
    if (rel.type === 'rate') kinds.push(['rate', rel.cell]);
    if (rel.type === 'growth') kinds.push(['growth', rel.cell]);
    if (rel.type === 'diff') kinds.push(['diff', rel.cell]);
    if (rel.type === 'le') kinds.push(['le', rel.part]);
    for (const [kind, cell] of kinds) if (sh.val(cell) !== null) cand.push({ sh, rel, kind, cell });
  }
  const byKind = {}; for (const c of cand) (byKind[c.kind] = byKind[c.kind] || []).push(c);
  const k = pick(Object.keys(byKind)); const c = pick(byKind[k]);
  const cellObj = c.sh.cells[c.cell]; const was = cellObj.v; let now;
  const tol = c.rel.tol || 0.5;
  if (c.kind === 'le') { const w = c.sh.val(c.rel.whole); now = w + Math.max(2, Math.round(w * (0.03 + R() * 0.1))); }
  else if (c.kind === 'total' || c.kind === 'part') { const dlt = Math.max(Math.ceil(3 * tol) + 1, Math.round(Math.abs(was) * (0.04 + R() * 0.12))); now = rnd(was + (was > dlt * 2 && chance(0.5) ? -dlt : dlt), cellObj.d || 0); }
  else { const dlt = Math.max(3 * tol + 10 ** -(cellObj.d || 0), rnd(1 + R() * 6, cellObj.d || 0)); now = rnd(was + (was > dlt + 5 && chance(0.5) ? -dlt : dlt), cellObj.d || 0); }
  cellObj.v = now;
  return { sheet: c.sh.name, cell: c.cell, was, now, kind: c.kind, rel: c.rel };
}

// ---------- write ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    let maxC = 1;
    for (const x of Object.values(sh.cells)) {
      maxC = Math.max(maxC, x.c);
      const cell = ws.getCell(x.r, x.c);
      if (typeof x.v === 'number' && x.text) cell.value = x.v.toFixed(x.d || 0);
      else cell.value = x.v;
      if (typeof x.v === 'number' && x.d) cell.numFmt = '0.' + '0'.repeat(x.d);
      const al = {}; if (x.indent) al.indent = x.indent; if (x.center) al.horizontal = 'center'; if (x.right) al.horizontal = 'right';
      if (Object.keys(al).length) cell.alignment = al;
      if (x.bold) cell.font = { bold: true };
    }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    ws.getColumn(1).width = 18; for (let c = 2; c <= maxC; c++) ws.getColumn(c).width = 12;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  const prefix = 'xgz' + SET.replace(/[^a-z0-9]/g, '');
  for (let i = 1; i <= N; i++) {
    R = mulberry(SEED * 1000 + i);
    const level = pick(['town', 'city', 'city', 'prov', 'town']);
    const ctx = { level, year: ri(2019, 2025), v: VAR, place: level === 'prov' ? pick(['全省', name2() + '省']) : level === 'city' ? name2() + '市' : name2() + '县' };
    if (level === 'town') { /* county-level office, towns as rows */ }
    const nS = ri(1, 4); const sheets = []; const used = new Set();
    for (let s = 0; s < nS; s++) {
      let L = pick(LAYOUTS); const sh = L(ctx);
      let nm = sh.name, j = 2; while (used.has(nm)) nm = sh.name + j++; sh.name = nm; used.add(nm);
      sheets.push(sh);
    }
    const planted = i <= Math.round(N * PF);
    const plants = planted ? [plant(sheets)] : [];
    const file = `${prefix}_${String(i).padStart(3, '0')}_${level}${VAR ? '_v' + VAR : ''}.xlsx`;
    await writeBook(path.join(OUT, file), sheets);
    const relOut = { file, set: SET, sheets: {} }; for (const sh of sheets) relOut.sheets[sh.name] = sh.rels;
    fs.writeFileSync(path.join(REL, `${file}.json`), JSON.stringify(relOut, null, 1));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${N} books`);
})();
