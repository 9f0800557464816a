// node gen.js SET SEED NBOOKS [cleanOnly 0|1] [variation 0|1|2]
// Generates party-building funds/venues workbooks with recorded relations.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const [SET, SEEDS, NS, CLEANONLY, VARS] = process.argv.slice(2);
const SEED = +SEEDS || 1, NB = +NS || 30, cleanOnly = CLEANONLY === '1', VAR = +VARS || 0;
const ROOT = '/tmp/round102b';
const outDir = path.join(ROOT, SET);
const relDir = path.join(ROOT, 'rel');
fs.mkdirSync(outDir, { recursive: true });
fs.mkdirSync(relDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(outDir, f));

let s = SEED >>> 0;
function rnd() { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const round = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const colL = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + (r + 1);

const COUNTY = ['城关区', '东城区', '西湖区', '南山区', '北塘区', '新华区', '永安县', '平川县', '清河县', '长宁县', '安定区', '临泽县', '高台县', '民乐县', '山丹县', '金川区', '永昌县', '河口区', '宁远县', '秀山县', '石门县', '云溪区', '华容县', '汉寿县', '桃源县', '南湖区', '青山区', '江北区', '经济技术开发区', '高新区'];
const CITY = ['兰州市', '嘉峪关市', '金昌市', '白银市', '天水市', '武威市', '张掖市', '平凉市', '酒泉市', '庆阳市', '定西市', '陇南市', '临夏州', '甘南州'];
const TOWN = ['城关街道', '东关街道', '西关街道', '新华街道', '火车站街道', '白塔镇', '柳林镇', '石桥镇', '南关镇', '河湾镇', '三岔镇', '红旗乡', '马坊乡', '杨庄乡', '东岭乡', '北山乡', '大河镇', '古城镇'];
const LEVELS = ['县级', '乡镇（街道）级', '村（社区）级'];
const SRC = ['fiscal', 'dues', 'ent', 'other'];
const SRCN = { fiscal: '财政拨款', dues: '党费返还', ent: '企业列支', other: '其他' };
const PEOPLE = ['王丽', '张建国', '李娜', '刘洋', '陈静', '杨帆', '赵敏', '孙伟'];

// ---------- data ----------
function makeScope() {
  const kind = VAR === 2 ? pick(['province', 'city', 'city']) : pick(['city', 'city', 'county', 'province']);
  if (kind === 'province') return { kind, whole: '全省', name: '甘肃省', unitName: '省委组织部', regionHead: pick(['市（州）', '地区', '市州']), regions: shuffle(CITY).slice(0, ri(6, 14)), scale: 8 };
  if (kind === 'city') return { kind, whole: '全市', name: pick(['兰州市', '张掖市', '常德市', '天水市']), unitName: '市委组织部', regionHead: pick(['县（市、区）', '县区', '地区', '单位']), regions: shuffle(COUNTY).slice(0, ri(4, 11)), scale: 1 };
  return { kind, whole: '全县', name: pick(['永安县', '临泽县', '华容县']), unitName: '县委组织部', regionHead: pick(['乡镇（街道）', '乡镇街道', '单位']), regions: shuffle(TOWN).slice(0, ri(5, 12)), scale: 0.12 };
}
function makeData(scope) {
  const sc = scope.scale;
  const D = scope.regions.map((name) => {
    const d = { name, fund: {}, prev: {}, ven: {}, pven: {}, area: {}, parea: {} };
    LEVELS.forEach((L, i) => {
      const base = [ri(5000, 30000), ri(10000, 80000), ri(20000, 150000)][i] * sc; // cents of 万元 -> value*100
      const f = Math.max(100, Math.round(base));
      const hasEnt = chance(0.65), hasOther = chance(0.8);
      const dues = Math.round(f * rf(0.05, 0.15)), ent = hasEnt ? Math.round(f * rf(0.01, 0.1)) : 0, other = hasOther ? Math.round(f * rf(0.01, 0.08)) : 0;
      d.fund[L] = { fiscal: f - dues - ent - other, dues, ent, other };
      const g = rf(-0.08, 0.25);
      d.prev[L] = {};
      for (const k of SRC) d.prev[L][k] = d.fund[L][k] === 0 ? (chance(0.7) ? 0 : ri(50, 500)) : Math.max(1, Math.round(d.fund[L][k] / (1 + g + rf(-0.05, 0.05))));
      const vc = [ri(1, 3), ri(6, 25), ri(60, 400)][i];
      d.ven[L] = Math.max(1, Math.round(vc * (scope.kind === 'province' ? ri(4, 9) : scope.kind === 'county' ? 0.15 : 1)));
      if (scope.kind === 'county' && i === 0) d.ven[L] = ri(0, 1) || 1;
      d.pven[L] = Math.max(1, d.ven[L] - ri(0, Math.max(1, Math.round(d.ven[L] * 0.1))));
      const per = [ri(800, 3000), ri(300, 1200), ri(80, 400)][i];
      d.area[L] = Math.round(d.ven[L] * per * rf(0.8, 1.2));
      d.parea[L] = Math.round(d.pven[L] * per * rf(0.8, 1.15));
    });
    d.members = Math.round(ri(8000, 40000) * (scope.kind === 'province' ? 6 : scope.kind === 'county' ? 0.1 : 1));
    d.pmembers = Math.round(d.members * rf(0.95, 1.02));
    return d;
  });
  return D;
}
const F = (d, Ls, srcs) => Ls.reduce((a, L) => a + srcs.reduce((b, k) => b + d.fund[L][k], 0), 0);
const P = (d, Ls, srcs) => Ls.reduce((a, L) => a + srcs.reduce((b, k) => b + d.prev[L][k], 0), 0);
const SUM = (D, fn) => D.reduce((a, d) => a + fn(d), 0);

// ---------- logical table helpers ----------
// table: {name,title,unit,labelHead,cols:[{key,path,dec,isInt}],rows:[{id,label,depth,vals:{}}],rels:[{t,kind,...refs [rowId,key]}]}
function growthVal(cur, prev, d) { return round((cur / prev - 1) * 100, d); }
function rateVal(n, den, k, d) { return round(n / den * k, d); }
const tolOf = (d) => 0.5 * Math.pow(10, -d) + 1e-7;

// common: region rows + total row with row-wise fields computed via fn(rowData)
function regionRows(T, scope, D, fields, o) {
  const totLabel = pick([scope.whole + '合计', '合计', '总计', scope.whole, scope.whole + '总计']);
  const tot = { id: 'TOT', label: totLabel, depth: 0, vals: {}, isTotal: true };
  const regs = D.map((d, i) => ({ id: 'R' + i, label: d.name, depth: o.indentRegions ? 1 : 0, vals: {}, d }));
  T.rows = o.totalTop ? [tot, ...regs] : [...regs, tot];
  return { tot, regs };
}

// ---------- templates ----------
function tFunds(scope, D, o) {
  const pd = ri(1, 2) === 1 ? 1 : (chance(0.3) ? 2 : 1);
  const partial = chance(0.2);
  const hdr = pick(['flat', 'qizhong', 'group']);
  const grp = '党建工作经费（万元）';
  const srcs = partial ? ['fiscal', 'dues', 'ent'] : SRC;
  const cols = [];
  const tp = hdr === 'flat' ? ['合计'] : hdr === 'qizhong' ? [pick(['经费总额', '合计', '经费合计'])] : [grp, '合计'];
  cols.push({ key: 'tot', path: tp, dec: 2, tl: '经费合计' });
  for (const k of srcs) cols.push({ key: k, path: hdr === 'flat' ? [SRCN[k]] : hdr === 'qizhong' ? ['其中', SRCN[k]] : [grp, SRCN[k]], dec: 2, tl: SRCN[k], sub: true });
  const withGrowth = chance(0.6), withShare = chance(0.4), withRegShare = chance(0.35);
  if (withGrowth) { cols.push({ key: 'ptot', path: [pick(['上年经费', '上年合计', '上年同期'])], dec: 2 }); cols.push({ key: 'g', path: [pick(['比上年增长（%）', '增长%', '同比增长（%）', '比上年增减（%）'])], dec: pd }); }
  if (withShare) cols.push({ key: 'sh', path: [pick(['财政拨款占比（%）', '财政拨款占经费比重（%）'])], dec: pd });
  if (withRegShare) cols.push({ key: 'rsh', path: [pick(['占' + scope.whole + '比重（%）', '占比（%）'])], dec: pd });
  const T = { name: pick(['经费来源', '表1 经费来源', '党建经费', '经费情况']), title: `${scope.name}${o.year}年党建工作经费来源情况表`, unit: '单位：万元', labelHead: scope.regionHead, cols, rows: [], rels: [] };
  const { tot, regs } = regionRows(T, scope, D, null, o);
  for (const r of regs) {
    const d = r.d;
    for (const k of srcs) r.vals[k] = F(d, LEVELS, [k]);
    r.vals.tot = F(d, LEVELS, SRC); r.vals.ptot = P(d, LEVELS, SRC);
  }
  for (const c of ['tot', 'ptot', ...srcs]) tot.vals[c] = SUM(regs, (r) => r.vals[c]);
  for (const r of [tot, ...regs]) {
    for (const c of ['tot', 'ptot', ...srcs]) r.vals[c] /= 100;
    r.vals.tot = round(r.vals.tot, 2); r.vals.ptot = round(r.vals.ptot, 2);
    for (const c of srcs) r.vals[c] = round(r.vals[c], 2);
    r.vals.g = growthVal(r.vals.tot, r.vals.ptot, pd);
    r.vals.sh = rateVal(r.vals.fiscal, r.vals.tot, 100, pd);
    r.vals.rsh = rateVal(r.vals.tot, tot.vals.tot, 100, pd);
    T.rels.push(partial ? { t: 'le', kind: 'part', whole: [r.id, 'tot'], parts: srcs.map((k) => [r.id, k]), tol: 0.001 } : { t: 'sum', kind: 'total', total: [r.id, 'tot'], parts: srcs.map((k) => [r.id, k]), tol: 0.001 });
    if (withGrowth) T.rels.push({ t: 'growth', kind: 'growth', cell: [r.id, 'g'], cur: [r.id, 'tot'], prev: [r.id, 'ptot'], tol: tolOf(pd) });
    if (withShare) T.rels.push({ t: 'rate', kind: 'share', cell: [r.id, 'sh'], num: [r.id, 'fiscal'], den: [r.id, 'tot'], k: 100, tol: tolOf(pd) });
    if (withRegShare && r !== tot) T.rels.push({ t: 'rate', kind: 'share', cell: [r.id, 'rsh'], num: [r.id, 'tot'], den: ['TOT', 'tot'], k: 100, tol: tolOf(pd) });
  }
  if (withRegShare) tot.vals.rsh = 100;
  for (const c of ['tot', ...srcs, ...(withGrowth ? ['ptot'] : [])]) T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', c], parts: regs.map((r) => [r.id, c]), tol: 0.001 });
  return T;
}

function tLevels(scope, D, o) {
  const T = { name: pick(['分级经费', '表2 分层级', '按层级', '经费分级']), title: `${scope.name}${o.year}年党建工作经费分层级情况表`, unit: '单位：万元', labelHead: pick(['地区及层级', '单位', '项目', scope.regionHead]), cols: [], rels: [], rows: [] };
  const hdr = pick(['flat', 'qizhong', 'group']);
  T.cols.push({ key: 'tot', path: hdr === 'group' ? ['经费来源', '合计'] : [pick(['经费合计', '合计'])], dec: 2 });
  for (const k of SRC) T.cols.push({ key: k, path: hdr === 'flat' ? [SRCN[k]] : hdr === 'qizhong' ? ['其中', SRCN[k]] : ['经费来源', SRCN[k]], dec: 2 });
  const withGrowth = chance(0.4), pd = pick([1, 1, 2]);
  if (withGrowth) { T.cols.push({ key: 'ptot', path: ['上年合计'], dec: 2 }); T.cols.push({ key: 'g', path: ['增长（%）'], dec: pd }); }
  const style = pick(['indent', 'qizhong', 'subBottom', 'numbered']);
  const lvlSummary = chance(0.4);
  const qzPad = chance(0.6) ? '　　　' : ''; // continuation rows of a 其中 block: aligned or flush, once per sheet
  const regs = D.map((d, i) => ({ d, i }));
  const keys = ['tot', ...SRC, 'ptot'];
  const mk = (id, label, depth, d, Ls) => {
    const v = {}; for (const k of SRC) v[k] = round(F(d, Ls, [k]) / 100, 2); v.tot = round(F(d, Ls, SRC) / 100, 2); v.ptot = round(P(d, Ls, SRC) / 100, 2);
    return { id, label, depth, vals: v };
  };
  const grand = { id: 'TOT', label: pick(['总计', scope.whole + '合计', '合计']), depth: 0, vals: {} };
  for (const k of keys) grand.vals[k] = round(SUM(D, (d) => k === 'tot' ? F(d, LEVELS, SRC) : k === 'ptot' ? P(d, LEVELS, SRC) : F(d, LEVELS, [k])) / 100, 2);
  const rows = [];
  const gTop = style === 'subBottom' ? chance(0.3) : chance(0.8);
  if (gTop) rows.push(grand);
  const lvlRows = [];
  if (lvlSummary) LEVELS.forEach((L, li) => { const r = { id: 'LV' + li, label: (li === 0 ? '其中：' : (style === 'qizhong' ? qzPad : '')) + L, depth: 1, vals: {} }; for (const k of keys) r.vals[k] = round(SUM(D, (d) => k === 'tot' ? F(d, [L], SRC) : k === 'ptot' ? P(d, [L], SRC) : F(d, [L], [k])) / 100, 2); lvlRows.push(r); if (gTop) rows.push(r); });
  const CN = '一二三四五六七八九十';
  const subs = [];
  for (const { d, i } of regs) {
    const sub = mk('S' + i, d.name, 0, d, LEVELS);
    const kids = LEVELS.map((L, li) => mk('S' + i + 'L' + li, L, 1, d, [L]));
    if (style === 'numbered') { sub.label = (i < 10 ? CN[i] : '十' + CN[i - 10]) + '、' + d.name; kids.forEach((k, li) => (k.label = '（' + CN[li] + '）' + k.label)); }
    if (style === 'qizhong') { kids[0].label = '其中：' + kids[0].label; kids[1].label = qzPad + kids[1].label; kids[2].label = qzPad + kids[2].label; }
    if (style === 'subBottom') { rows.push({ id: 'H' + i, label: d.name, depth: 0, vals: {}, header: true }); sub.label = '小计'; sub.depth = 1; kids.forEach((k) => (k.depth = 1)); rows.push(...kids, sub); }
    else rows.push(sub, ...kids);
    subs.push(sub);
    for (const k of (withGrowth ? keys : keys.slice(0, 5))) T.rels.push({ t: 'sum', kind: 'subtotal', total: [sub.id, k], parts: kids.map((x) => [x.id, k]), tol: 0.001 });
  }
  if (!gTop) rows.push(grand, ...lvlRows);
  for (const k of (withGrowth ? keys : keys.slice(0, 5))) {
    T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', k], parts: subs.map((x) => [x.id, k]), tol: 0.001 });
    if (lvlSummary) T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', k], parts: lvlRows.map((x) => [x.id, k]), tol: 0.001 });
  }
  for (const r of rows) if (!r.header) {
    T.rels.push({ t: 'sum', kind: 'total', total: [r.id, 'tot'], parts: SRC.map((k) => [r.id, k]), tol: 0.001 });
    if (withGrowth) { r.vals.g = growthVal(r.vals.tot, r.vals.ptot, pd); T.rels.push({ t: 'growth', kind: 'growth', cell: [r.id, 'g'], cur: [r.id, 'tot'], prev: [r.id, 'ptot'], tol: tolOf(pd) }); }
  }
  T.rows = rows;
  return T;
}

function tVenues(scope, D, o) {
  const md = pick([0, 1, 1, 2]), pd = pick([1, 2]);
  const full = chance(0.75);
  const T = { name: pick(['阵地建设', '党群服务阵地', '表3 阵地', '活动场所']), title: `${scope.name}${o.year}年党群服务阵地建设情况统计表`, unit: pick(['单位：个、平方米', '', '']), labelHead: scope.regionHead, cols: [], rels: [], rows: [] };
  const g1 = pick(['活动场所数（个）', '党群服务中心（站）数（个）']);
  T.cols.push({ key: 'n', path: [g1, '合计'], dec: 0 });
  if (full) LEVELS.forEach((L, i) => T.cols.push({ key: 'n' + i, path: [g1, L], dec: 0 }));
  else T.cols.push({ key: 'n2', path: [g1, '其中：村（社区）级'], dec: 0 });
  T.cols.push({ key: 'a', path: [pick(['面积（平方米）', '总面积（平方米）', '建筑面积（平方米）'])], dec: 0 });
  T.cols.push({ key: 'm', path: [pick(['平均每个场所面积（平方米）', '场所平均面积（平方米）', '平均面积（平方米/个）'])], dec: md });
  const wg = chance(0.5);
  if (wg) { T.cols.push({ key: 'pn', path: ['上年场所数（个）'], dec: 0 }); T.cols.push({ key: 'g', path: [pick(['比上年增长（%）', '增长（%）'])], dec: pd }); }
  const { tot, regs } = regionRows(T, scope, D, null, o);
  for (const r of regs) { const d = r.d; r.vals.n = LEVELS.reduce((a, L) => a + d.ven[L], 0); LEVELS.forEach((L, i) => (r.vals['n' + i] = d.ven[L])); r.vals.a = LEVELS.reduce((a, L) => a + d.area[L], 0); r.vals.pn = LEVELS.reduce((a, L) => a + d.pven[L], 0); }
  const ck = ['n', 'n0', 'n1', 'n2', 'a', 'pn'];
  for (const c of ck) tot.vals[c] = SUM(regs, (r) => r.vals[c]);
  for (const r of [tot, ...regs]) {
    r.vals.m = rateVal(r.vals.a, r.vals.n, 1, md);
    r.vals.g = growthVal(r.vals.n, r.vals.pn, pd);
    T.rels.push(full ? { t: 'sum', kind: 'total', total: [r.id, 'n'], parts: LEVELS.map((L, i) => [r.id, 'n' + i]), tol: 0.001 } : { t: 'le', kind: 'part', whole: [r.id, 'n'], parts: [[r.id, 'n2']], tol: 0.001 });
    T.rels.push({ t: 'rate', kind: 'mean', cell: [r.id, 'm'], num: [r.id, 'a'], den: [r.id, 'n'], k: 1, tol: tolOf(md) });
    if (wg) T.rels.push({ t: 'growth', kind: 'growth', cell: [r.id, 'g'], cur: [r.id, 'n'], prev: [r.id, 'pn'], tol: tolOf(pd) });
  }
  for (const c of (full ? ck : ['n', 'n2', 'a', 'pn'])) if (c !== 'pn' || wg) T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', c], parts: regs.map((r) => [r.id, c]), tol: 0.001 });
  return T;
}

function tPerHead(scope, D, o) {
  const hd = pick([0, 1, 2]), pd = pick([1, 2]);
  const T = { name: pick(['人均经费', '经费保障', '表4 人均']), title: `${scope.name}${o.year}年党员人均党建工作经费情况`, unit: pick(['', '单位：万元、人、元、%']), labelHead: scope.regionHead, cols: [], rels: [], rows: [] };
  T.cols.push({ key: 'f', path: [pick(['经费总额（万元）', '党建工作经费（万元）'])], dec: 2 });
  T.cols.push({ key: 'mem', path: [pick(['党员人数（人）', '党员数（名）'])], dec: 0 });
  T.cols.push({ key: 'ph', path: [pick(['人均经费（元）', '党员人均经费（元）'])], dec: hd });
  const wx = chance(0.6), wp = chance(0.5);
  if (wx) { T.cols.push({ key: 'sp', path: ['已支出（万元）'], dec: 2 }); T.cols.push({ key: 'x', path: [pick(['执行率（%）', '支出进度（%）'])], dec: pd }); }
  if (wp) { T.cols.push({ key: 'pph', path: ['上年人均经费（元）'], dec: hd }); T.cols.push({ key: 'g', path: ['增长（%）'], dec: pd }); }
  const { tot, regs } = regionRows(T, scope, D, null, o);
  for (const r of regs) { const d = r.d; r.vals.f = F(d, LEVELS, SRC); r.vals.mem = d.members; r.vals.sp = Math.round(r.vals.f * rf(0.55, 0.98)); r.vals.pf = P(d, LEVELS, SRC); r.vals.pmem = d.pmembers; }
  for (const c of ['f', 'mem', 'sp', 'pf', 'pmem']) tot.vals[c] = SUM(regs, (r) => r.vals[c]);
  for (const r of [tot, ...regs]) {
    r.vals.f = round(r.vals.f / 100, 2); r.vals.sp = round(r.vals.sp / 100, 2);
    r.vals.ph = rateVal(r.vals.f, r.vals.mem, 10000, hd);
    r.vals.x = rateVal(r.vals.sp, r.vals.f, 100, pd);
    r.vals.pph = round(r.vals.pf / 100 * 10000 / r.vals.pmem, hd);
    r.vals.g = growthVal(r.vals.ph, r.vals.pph, pd);
    T.rels.push({ t: 'rate', kind: 'mean', cell: [r.id, 'ph'], num: [r.id, 'f'], den: [r.id, 'mem'], k: 10000, tol: tolOf(hd) });
    if (wx) T.rels.push({ t: 'rate', kind: 'rate', cell: [r.id, 'x'], num: [r.id, 'sp'], den: [r.id, 'f'], k: 100, tol: tolOf(pd) });
    if (wp) T.rels.push({ t: 'growth', kind: 'growth', cell: [r.id, 'g'], cur: [r.id, 'ph'], prev: [r.id, 'pph'], tol: tolOf(pd) + (hd === 0 ? 0.05 : 0) });
  }
  for (const c of ['f', 'mem', ...(wx ? ['sp'] : [])]) T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', c], parts: regs.map((r) => [r.id, c]), tol: 0.001 });
  return T;
}

function tMonthly(scope, D, o) {
  const M = pick([12, 12, ri(3, 11)]), pd = pick([1, 2]);
  const budget = Math.round(SUM(D, (d) => F(d, LEVELS, SRC)) * rf(0.3, 0.6));
  const cur = o.monthCol = pick(['本月', '当月']);
  const T = { name: pick(['月度支出', '支出进度', '表5 月报']), title: `${scope.name}${scope.unitName}${o.year}年党建工作经费支出进度表`, unit: '单位：万元', labelHead: pick(['月份', '时间']), cols: [], rels: [], rows: [] };
  T.cols.push({ key: 'm', path: [pick(['支出金额', '经费支出']), cur], dec: 2 });
  T.cols.push({ key: 'c', path: [T.cols[0].path[0], pick(['累计', '本年累计'])], dec: 2 });
  const wg = chance(0.6), wb = chance(0.6);
  if (wg) { T.cols.push({ key: 'pc', path: ['上年同期累计'], dec: 2 }); T.cols.push({ key: 'g', path: [pick(['累计增长（%）', '同比增长（%）'])], dec: pd }); }
  if (wb) { T.cols.push({ key: 'b', path: ['全年预算'], dec: 2 }); T.cols.push({ key: 'x', path: [pick(['累计执行率（%）', '预算执行进度（%）'])], dec: pd }); }
  const wtot = chance(0.5);
  let c = 0, pc = 0;
  for (let m = 1; m <= M; m++) {
    const mv = Math.round(budget / 12 * rf(0.4, 1.6)); c += mv; const pm = Math.round(mv * rf(0.75, 1.1)); pc += pm;
    const r = { id: 'M' + m, label: m + '月', depth: 0, vals: { m: mv / 100, c: c / 100, pc: pc / 100, b: budget / 100 } };
    r.vals.g = growthVal(r.vals.c, r.vals.pc, pd); r.vals.x = rateVal(r.vals.c, r.vals.b, 100, pd);
    T.rows.push(r);
    T.rels.push({ t: 'sum', kind: 'running', total: [r.id, 'c'], parts: m === 1 ? [[r.id, 'm']] : [['M' + (m - 1), 'c'], [r.id, 'm']], tol: 0.001 });
    if (wg) T.rels.push({ t: 'growth', kind: 'growth', cell: [r.id, 'g'], cur: [r.id, 'c'], prev: [r.id, 'pc'], tol: tolOf(pd) });
    if (wb) T.rels.push({ t: 'rate', kind: 'rate', cell: [r.id, 'x'], num: [r.id, 'c'], den: [r.id, 'b'], k: 100, tol: tolOf(pd) });
  }
  if (wtot) {
    const r = { id: 'TOT', label: pick(['合计', '全年合计']), depth: 0, vals: { m: round(c / 100, 2) } };
    T.rows.push(r);
    T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', 'm'], parts: T.rows.slice(0, -1).map((x) => [x.id, 'm']), tol: 0.001 });
  }
  return T;
}

function tShift(scope, D, o) {
  const pd = pick([1, 2]);
  const lv = chance(0.5); // share of village-level funds, else fiscal share
  const T = { name: pick(['结构变化', '经费结构', '表6 占比']), title: `${scope.name}党建工作经费结构变化情况`, unit: '', labelHead: scope.regionHead, cols: [], rels: [], rows: [] };
  const nm = lv ? '村（社区）级经费' : '财政拨款';
  T.cols.push({ key: 't1', path: [o.year + '年', '经费合计（万元）'], dec: 2 });
  T.cols.push({ key: 'p1', path: [o.year + '年', nm + '（万元）'], dec: 2 });
  T.cols.push({ key: 't0', path: [(o.year - 1) + '年', '经费合计（万元）'], dec: 2 });
  T.cols.push({ key: 'p0', path: [(o.year - 1) + '年', nm + '（万元）'], dec: 2 });
  const sg = nm + '占比（%）';
  T.cols.push({ key: 's1', path: [sg, o.year + '年'], dec: pd });
  T.cols.push({ key: 's0', path: [sg, (o.year - 1) + '年'], dec: pd });
  T.cols.push({ key: 'pp', path: [sg, pick(['增减（百分点）', '增减百分点', '变动（个百分点）'])], dec: pd });
  const { tot, regs } = regionRows(T, scope, D, null, o);
  for (const r of regs) { const d = r.d; r.vals.t1 = F(d, LEVELS, SRC); r.vals.t0 = P(d, LEVELS, SRC); r.vals.p1 = lv ? F(d, [LEVELS[2]], SRC) : F(d, LEVELS, ['fiscal']); r.vals.p0 = lv ? P(d, [LEVELS[2]], SRC) : P(d, LEVELS, ['fiscal']); }
  for (const c of ['t1', 't0', 'p1', 'p0']) tot.vals[c] = SUM(regs, (r) => r.vals[c]);
  for (const r of [tot, ...regs]) {
    for (const c of ['t1', 't0', 'p1', 'p0']) r.vals[c] = round(r.vals[c] / 100, 2);
    r.vals.s1 = rateVal(r.vals.p1, r.vals.t1, 100, pd); r.vals.s0 = rateVal(r.vals.p0, r.vals.t0, 100, pd); r.vals.pp = round(r.vals.s1 - r.vals.s0, pd);
    T.rels.push({ t: 'rate', kind: 'share', cell: [r.id, 's1'], num: [r.id, 'p1'], den: [r.id, 't1'], k: 100, tol: tolOf(pd) });
    T.rels.push({ t: 'rate', kind: 'share', cell: [r.id, 's0'], num: [r.id, 'p0'], den: [r.id, 't0'], k: 100, tol: tolOf(pd) });
    T.rels.push({ t: 'pp', kind: 'pp', cell: [r.id, 'pp'], cur: [r.id, 's1'], prev: [r.id, 's0'], tol: tolOf(pd) + 1e-6 });
    T.rels.push({ t: 'le', kind: 'part', whole: [r.id, 't1'], parts: [[r.id, 'p1']], tol: 0.001 });
  }
  for (const c of ['t1', 't0', 'p1', 'p0']) T.rels.push({ t: 'sum', kind: 'total', total: ['TOT', c], parts: regs.map((r) => [r.id, c]), tol: 0.001 });
  return T;
}

function tIndicators(scope, D, o) {
  const pd = pick([1, 2]), md = pick([0, 1, 2]), hd = pick([0, 1, 2]);
  const numbered = chance(0.7);
  const mixPP = chance(0.3);
  const T = { name: pick(['主要指标', '综合情况', '汇总表']), title: `${scope.name}党建工作经费和党群服务阵地主要指标`, unit: '', labelHead: pick(['指标', '项目', '指标名称']), cols: [], rels: [], rows: [] };
  const wu = chance(0.6);
  if (wu) T.cols.push({ key: 'u', path: ['计量单位'], text: true });
  T.cols.push({ key: 'c', path: [o.year + '年'], dec: null });
  T.cols.push({ key: 'p', path: [(o.year - 1) + '年'], dec: null });
  T.cols.push({ key: 'g', path: [pick(['增长（%）', '比上年增长（%）', '增减（%）'])], dec: pd });
  const cur = {}, prev = {};
  for (const k of SRC) { cur[k] = round(SUM(D, (d) => F(d, LEVELS, [k])) / 100, 2); prev[k] = round(SUM(D, (d) => P(d, LEVELS, [k])) / 100, 2); }
  cur.tot = round(SUM(D, (d) => F(d, LEVELS, SRC)) / 100, 2); prev.tot = round(SUM(D, (d) => P(d, LEVELS, SRC)) / 100, 2);
  LEVELS.forEach((L, i) => { cur['n' + i] = SUM(D, (d) => d.ven[L]); prev['n' + i] = SUM(D, (d) => d.pven[L]); });
  cur.n = cur.n0 + cur.n1 + cur.n2; prev.n = prev.n0 + prev.n1 + prev.n2;
  cur.a = SUM(D, (d) => LEVELS.reduce((a, L) => a + d.area[L], 0)); prev.a = SUM(D, (d) => LEVELS.reduce((a, L) => a + d.parea[L], 0));
  cur.m = rateVal(cur.a, cur.n, 1, md); prev.m = rateVal(prev.a, prev.n, 1, md);
  cur.mem = SUM(D, (d) => d.members); prev.mem = SUM(D, (d) => d.pmembers);
  cur.ph = rateVal(cur.tot, cur.mem, 10000, hd); prev.ph = rateVal(prev.tot, prev.mem, 10000, hd);
  cur.sh = rateVal(cur.fiscal, cur.tot, 100, pd); prev.sh = rateVal(prev.fiscal, prev.tot, 100, pd);
  const N1 = numbered ? ['一、', '二、', '三、', '四、'] : ['', '', '', ''];
  const N2 = numbered ? ['（一）', '（二）', '（三）', '（四）'] : ['', '', '', ''];
  const rows = [
    ['tot', N1[0] + '党建工作经费合计', '万元', 2, 0], ['fiscal', N2[0] + '财政拨款', '万元', 2, 1], ['dues', N2[1] + '党费返还', '万元', 2, 1], ['ent', N2[2] + '企业列支', '万元', 2, 1], ['other', N2[3] + '其他', '万元', 2, 1],
    ['n', N1[1] + '活动场所数', '个', 0, 0], ['n0', (numbered ? '' : '') + '县级', '个', 0, 1], ['n1', '乡镇（街道）级', '个', 0, 1], ['n2', '村（社区）级', '个', 0, 1],
    ['a', N1[2] + '活动场所面积', '平方米', 0, 0], ['m', (numbered ? '' : '') + '平均每个场所面积', '平方米', md, 1],
    ['mem', N1[3] + '党员人数', '人', 0, 0], ['ph', '人均经费', '元', hd, 1],
  ];
  if (mixPP) rows.push(['sh', '财政拨款占经费比重', '%', pd, 1]);
  const qz = !numbered;
  for (const [id, label, u, dec, depth] of rows) {
    let lab = label;
    if (qz && (id === 'fiscal' || id === 'n0')) lab = '其中：' + label;
    if (!wu) lab = lab + '（' + u + '）';
    const r = { id, label: lab, depth, vals: { u, c: cur[id], p: prev[id] }, dec };
    r.vals.g = (id === 'sh') ? round(cur.sh - prev.sh, pd) : (prev[id] ? growthVal(cur[id], prev[id], pd) : null);
    T.rows.push(r);
    if (id === 'sh') T.rels.push({ t: 'pp', kind: 'pp', cell: [id, 'g'], cur: [id, 'c'], prev: [id, 'p'], tol: tolOf(pd) + 1e-6 });
    else if (prev[id]) T.rels.push({ t: 'growth', kind: 'growth', cell: [id, 'g'], cur: [id, 'c'], prev: [id, 'p'], tol: tolOf(pd) });
  }
  for (const k of ['c', 'p']) {
    T.rels.push({ t: 'sum', kind: 'total', total: ['tot', k], parts: SRC.map((x) => [x, k]), tol: 0.001 });
    T.rels.push({ t: 'sum', kind: 'total', total: ['n', k], parts: ['n0', 'n1', 'n2'].map((x) => [x, k]), tol: 0.001 });
    T.rels.push({ t: 'rate', kind: 'mean', cell: ['m', k], num: ['a', k], den: ['n', k], k: 1, tol: tolOf(md) });
    T.rels.push({ t: 'rate', kind: 'mean', cell: ['ph', k], num: ['tot', k], den: ['mem', k], k: 10000, tol: tolOf(hd) });
    if (mixPP) T.rels.push({ t: 'rate', kind: 'share', cell: ['sh', k], num: ['fiscal', k], den: ['tot', k], k: 100, tol: tolOf(pd) });
  }
  if (mixPP) T.note2 = '注：占比指标“增长”栏为增减百分点。';
  T.rowDec = true;
  return T;
}

// ---------- rendering ----------
function render(T, o) {
  const g = new Map(); // "r,c" -> {v, fmt}
  const merges = [];
  const put = (r, c, v, fmt, extra) => g.set(r + ',' + c, Object.assign({ v, fmt }, extra || {}));
  const textNums = chance(VAR === 1 ? 0.35 : 0.15);
  const zeroStyle = pick([0, '—', '', '-', 0]);
  const seq = !T.noSeq && chance(0.3);
  const transpose = T.canT && chance(VAR === 2 ? 0.5 : 0.25);
  const indent = pick(['spaces', 'full', 'excel', 'none']);
  let r = 0;
  const titleRow = chance(0.9);
  // logical grid: rows x cols
  let rowsL = T.rows, colsL = T.cols;
  let headDepth = Math.max(...colsL.map((c) => c.path.length));
  const lead = seq ? 2 : 1;
  const ncols = () => lead + (transpose ? rowsL.length : colsL.length);
  if (titleRow) { put(r, 0, T.title, null, { title: true }); merges.push([r, 0, r, ncols() - 1]); r++; }
  if (chance(0.3) && titleRow) { r++; } // blank row
  if (T.unit || chance(0.4)) {
    if (chance(0.5)) put(r, 0, '填报单位：' + o.scope.name + o.scope.unitName);
    if (T.unit) put(r, ncols() - 1, T.unit);
    r++;
  }
  const cellOf = {}; // key "rowId|colKey" -> [r,c]
  const label = (row) => {
    const d = row.depth || 0;
    if (!d) return row.label;
    if (indent === 'spaces') return '  '.repeat(d) + row.label;
    if (indent === 'full') return '　'.repeat(d) + row.label;
    return row.label;
  };
  const writeVal = (rr, cc, v, dec, isText) => {
    if (v === null || v === undefined) { put(rr, cc, null); return; }
    if (typeof v === 'string') { put(rr, cc, v); return; }
    if (v === 0 && zeroStyle !== 0) { put(rr, cc, zeroStyle === '' ? null : zeroStyle); return; }
    const fmt = dec === 0 ? (v >= 10000 && chance(0.5) ? '#,##0' : '0') : (chance(0.3) ? '#,##0.' : '0.') + '0'.repeat(dec);
    if (textNums && chance(0.3)) put(rr, cc, v.toFixed(dec)); else put(rr, cc, v, fmt, { dec });
  };
  if (!transpose) {
    // header
    const h0 = r;
    if (seq) { put(r, 0, '序号'); if (headDepth > 1) merges.push([r, 0, r + headDepth - 1, 0]); }
    put(r, lead - 1, T.labelHead); if (headDepth > 1) merges.push([r, lead - 1, r + headDepth - 1, lead - 1]);
    colsL.forEach((c, j) => {
      const cc = lead + j;
      for (let k = 0; k < c.path.length; k++) {
        const same = j > 0 && colsL[j - 1].path.length > k && colsL[j - 1].path.slice(0, k + 1).join('|') === c.path.slice(0, k + 1).join('|');
        if (same) continue;
        put(h0 + k, cc, c.path[k]);
        let e = j; while (e + 1 < colsL.length && colsL[e + 1].path.length > k && colsL[e + 1].path.slice(0, k + 1).join('|') === c.path.slice(0, k + 1).join('|')) e++;
        const bottom = k === c.path.length - 1 ? h0 + headDepth - 1 : h0 + k;
        if (e > j || bottom > h0 + k) merges.push([h0 + k, cc, bottom, lead + e]);
      }
    });
    r += headDepth;
    if (chance(0.2)) { // column number row 甲 乙 1 2 3
      put(r, lead - 1, '甲'); if (seq) put(r, 0, '');
      colsL.forEach((c, j) => put(r, lead + j, String(j + 1)));
      r++;
    }
    let n = 0;
    for (const row of rowsL) {
      if (seq) put(r, 0, row.isTotal || row.depth || row.id.startsWith('LV') ? null : (chance(0.9) ? ++n : String(++n)));
      put(r, lead - 1, label(row), null, indent === 'excel' && row.depth ? { indent: row.depth } : null);
      colsL.forEach((c, j) => {
        cellOf[row.id + '|' + c.key] = [r, lead + j];
        if (row.header) return;
        if (c.text) { put(r, lead + j, row.vals[c.key]); return; }
        const dec = c.dec === null ? row.dec : c.dec;
        writeVal(r, lead + j, row.vals[c.key], dec);
      });
      r++;
    }
  } else {
    const h0 = r;
    if (seq) put(r, 0, '序号');
    put(r, lead - 1, pick(['指标', '项目']));
    rowsL.forEach((row, j) => put(r, lead + j, row.label));
    r++;
    let n = 0;
    for (const c of colsL) {
      const grpTot = c.path.length > 1 && c.path[0] !== '其中' && c.path[c.path.length - 1] === '合计';
      const inGrp = c.path.length > 1 && c.path[0] !== '其中' && !grpTot && colsL.some((x) => x.path[0] === c.path[0] && x.path[x.path.length - 1] === '合计');
      const firstInGrp = inGrp && colsL.find((x) => x.path[0] === c.path[0] && x.path[x.path.length - 1] !== '合计') === c;
      const isSub = c.path[0] === '其中' || inGrp;
      const first = c.path[0] === '其中' ? colsL.find((x) => x.path[0] === '其中') === c : firstInGrp;
      const leaf = c.path[c.path.length - 1].replace(/^其中：/, '');
      let lab;
      if (grpTot) lab = c.path[0];
      else if (isSub) lab = (first ? '其中：' : (indent === 'none' ? '' : '　　　')) + leaf;
      else if (c.path.length === 1 && c.path[0] === '合计') lab = c.tl || '经费合计';
      else lab = c.path.join('');
      if (seq) put(r, 0, String(++n));
      put(r, lead - 1, lab);
      rowsL.forEach((row, j) => {
        cellOf[row.id + '|' + c.key] = [r, lead + j];
        writeVal(r, lead + j, row.vals[c.key], c.dec);
      });
      r++;
    }
  }
  const last = r - 1;
  // notes
  if (chance(0.7)) {
    if (chance(0.5)) r++;
    if (T.note2) { put(r, 0, T.note2); r++; }
    if (chance(0.5)) { put(r, 0, pick(['注：1.本表经费含上级补助资金；2.活动场所含租用场所。', '说明：数据截至' + o.year + '年12月31日。', '注：“—”表示无此项。', '注：本表由各县区组织部门填报，' + o.scope.unitName + '汇总。'])); r++; }
    put(r, 0, '填报人：' + pick(PEOPLE)); put(r, Math.min(3, ncols() - 1), '审核人：' + pick(PEOPLE)); if (ncols() > 5) put(r, ncols() - 2, '填报日期：' + (o.year + 1) + '年1月' + ri(5, 25) + '日'); r++;
  }
  const rels = T.rels.map((rel) => {
    const m = (ref) => { const rc = cellOf[ref[0] + '|' + ref[1]]; if (!rc) throw new Error('no cell ' + ref + ' in ' + T.name); return addr(rc[0], rc[1]); };
    const o2 = { ...rel };
    for (const k of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev']) if (rel[k]) o2[k] = m(rel[k]);
    if (rel.parts) o2.parts = rel.parts.map(m);
    return o2;
  });
  return { name: T.name, g, merges, rels, lastRow: last };
}

function getter(S) { return (a) => { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; const x = S.g.get((+m[2] - 1) + ',' + (c - 1)); return x ? x.v : null; }; }
function setCell(S, a, v) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; const k = (+m[2] - 1) + ',' + (c - 1); S.g.get(k).v = v; }

const TEMPL = { funds: tFunds, levels: tLevels, venues: tVenues, perhead: tPerHead, monthly: tMonthly, shift: tShift, ind: tIndicators };
const CAN_T = { funds: true, venues: true, perhead: true };

function buildBook() {
  const scope = makeScope();
  const D = makeData(scope);
  const o = { scope, year: pick([2022, 2023, 2024]), totalTop: chance(0.5), indentRegions: false };
  let kinds = shuffle(Object.keys(TEMPL)).slice(0, ri(1, 4));
  if (scope.kind === 'county') kinds = kinds.filter((k) => k !== 'levels');
  if (!kinds.length) kinds = ['funds'];
  const sheets = [];
  const used = new Set();
  for (const k of kinds) {
    o.totalTop = chance(0.5);
    const T = TEMPL[k](scope, D, o);
    T.canT = CAN_T[k];
    let nm = T.name; while (used.has(nm)) nm += '2'; used.add(nm); T.name = nm;
    sheets.push(render(T, o));
  }
  return sheets;
}

const KINDS = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running', 'mean'];
function plant(sheets, kind) {
  const cands = [];
  for (const S of sheets) {
    const get = getter(S);
    for (const rel of S.rels) {
      if (rel.t === 'le') continue;
      let targets = [];
      if (kind === 'total' && rel.kind === 'total' && rel.t === 'sum') targets = [rel.total];
      else if (kind === 'part' && rel.kind === 'total' && rel.t === 'sum') targets = rel.parts;
      else if (kind === 'subtotal' && rel.kind === 'subtotal') targets = [rel.total];
      else if (kind === 'running' && rel.kind === 'running') targets = [rel.total];
      else if (['rate', 'share', 'growth', 'pp', 'mean'].includes(kind) && rel.kind === kind) targets = [rel.cell];
      for (const t of targets) cands.push({ S, rel, t });
    }
  }
  const scored = [];
  for (const cd of shuffle(cands).slice(0, 60)) {
    const { S, rel, t } = cd; const get = getter(S);
    const was = get(t); const v = num(was);
    if (!Number.isFinite(v) || v === 0 || typeof was === 'string' && !/^[\d.,-]+$/.test(was)) continue;
    const cellObj = [...S.g.entries()].find(([k]) => addr(+k.split(',')[0], +k.split(',')[1]) === t)[1];
    const dec = typeof was === 'string' ? (was.split('.')[1] || '').length : (cellObj.dec ?? 2);
    let nv;
    const sgn = chance(0.5) ? 1 : -1;
    if (['total', 'part', 'subtotal', 'running'].includes(kind)) { nv = round(v * (1 + sgn * rf(0.05, 0.3)), dec); if (Math.abs(nv - v) < 1) nv = v + sgn * Math.max(1, Math.round(Math.abs(v) * 0.1)); nv = round(nv, dec); }
    else if (kind === 'mean') nv = round(v * (1 + sgn * rf(0.1, 0.3)), dec);
    else if (kind === 'pp') nv = round(v + sgn * rf(1.5, 5), dec);
    else nv = round(v + sgn * rf(3, 10), dec);
    if (nv < 0 && kind !== 'growth' && kind !== 'pp') nv = round(v * 1.2, dec);
    if (nv === v) continue;
    const nowV = typeof was === 'string' ? nv.toFixed(dec) : nv;
    cellObj.v = nowV;
    let broken = 0, main = 0;
    for (const r2 of S.rels) { const e = evalRel(r2, get); if (e !== null && e > 1e-6) { broken++; if (r2 === rel) main = e; } }
    cellObj.v = was;
    if (main <= 0) continue;
    scored.push({ ...cd, was, now: nowV, broken });
  }
  if (!scored.length) return null;
  const minB = Math.min(...scored.map((x) => x.broken));
  const best = scored.filter((x) => x.broken === minB);
  const ch = pick(best);
  setCell(ch.S, ch.t, ch.now);
  return { sheet: ch.S.name, cell: ch.t, was: ch.was, now: ch.now, kind, broken: ch.broken };
}

async function write(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const S of sheets) {
    const ws = wb.addWorksheet(S.name);
    for (const [k, x] of S.g) {
      const [r, c] = k.split(',').map(Number);
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = x.v;
      if (x.fmt) cell.numFmt = x.fmt;
      if (x.indent) cell.alignment = { indent: x.indent };
      if (x.title) cell.font = { bold: true, size: 14 };
    }
    for (const m of S.merges) { try { ws.mergeCells(m[0] + 1, m[1] + 1, m[2] + 1, m[3] + 1); } catch (e) { } }
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  let i = 0, tries = 0;
  while (i < NB && tries < NB * 20) {
    tries++;
    const sheets = buildBook();
    const file = `${SET}_b${String(i + 1).padStart(3, '0')}.xlsx`;
    let plants = [];
    if (!cleanOnly && i % 2 === 1) {
      const kind = KINDS[Math.floor(i / 2) % KINDS.length];
      const p = plant(sheets, kind);
      if (!p) continue; // rebuild with another layout
      plants = [p];
    }
    // self-check: clean relations hold except planted
    await write(sheets, path.join(outDir, file));
    fs.writeFileSync(path.join(relDir, file.replace('.xlsx', '.json')), JSON.stringify({ file, plants, sheets: sheets.map((S) => ({ name: S.name, rels: S.rels })) }, null, 1));
    manifest.push({ file, plants: plants.map(({ sheet, cell, was, now, kind }) => ({ sheet, cell, was, now, kind })) });
    i++;
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${manifest.length} books, ${manifest.filter((m) => m.plants.length).length} planted`);
})();
