// node gen.js SET N SEED [cleanFrac]  -> /tmp/round106b/SET/*.xlsx + manifest.json, rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const [SET, NS, SEEDS, CF] = process.argv.slice(2);
const N = +NS, SEED = +SEEDS, cleanFrac = CF === undefined ? 0.5 : +CF;
const ROOT = '/tmp/round106b';
fs.mkdirSync(path.join(ROOT, SET), { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(path.join(ROOT, SET))) fs.unlinkSync(path.join(ROOT, SET, f));

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(SEED);
const U = (a, b) => a + (b - a) * R();
const RI = (a, b) => Math.floor(U(a, b + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

const CITIES = ['青州市', '临江市', '安平市', '南屏市', '河阳市', '东陵市'];
const COUNTIES = ['青山县', '临河县', '东平县', '安和县', '石门县', '宁远县', '长丰县', '永和区', '新城区', '白水县', '桃源县', '金川区', '凤鸣县', '云溪县'];
const TOWNS = ['城关镇', '石桥镇', '柳林镇', '马坊乡', '杨庄镇', '高庙乡', '双河镇', '河口镇', '李集镇', '王庄乡', '龙泉镇', '白沙镇', '清水乡', '桃园镇', '黄土坡乡', '三合镇', '大营镇', '回龙镇', '官渡镇', '古城乡', '南湖镇', '北岭乡', '平安镇', '永丰镇'];
const STREETS = ['东关街道', '西城街道', '新华街道', '人民路街道', '北关街道', '红旗街道', '滨河街道', '文昌街道', '解放街道', '站前街道'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const PEOPLE = ['张丽', '王建国', '李娜', '赵敏', '刘洋', '陈静', '孙伟'];

// ---------- base data ----------
function genUnit(isStreet) {
  const v = isStreet ? RI(0, 3) : RI(8, 28), c = isStreet ? RI(4, 12) : RI(0, 3);
  const u = v + c;
  const members = Math.round(u * U(5, 7.5));
  const low = v ? Math.round(v * U(0.05, 0.5)) : 0; const high = v ? Math.round((v - low) * U(0.2, 0.7)) : 0; const mid = v - low - high;
  const inc = rnd(low * U(2, 4.9) + mid * U(5.2, 9.5) + high * U(11, 40), 2);
  const workers = c * RI(6, 14) + (isStreet ? RI(0, 10) : 0);
  const d = {
    v, c, u, members,
    female: Math.round(members * U(0.18, 0.4)), young: Math.round(members * U(0.1, 0.3)), college: Math.round(members * U(0.3, 0.7)),
    yjt: Math.round(u * U(0.7, 1)), workers, cert: Math.round(workers * U(0.25, 0.75)),
    stations: Math.min(u, c + Math.round(v * U(0.3, 0.95))), low, mid, high, inc, opinc: rnd(inc * U(0.3, 0.7), 2),
    cvc: Math.round(v * U(0.8, 1)), hbl: Math.round(v * U(0.6, 1)), cvcM: chance(0.3) ? RI(1, 2) : 0, hblM: chance(0.3) ? RI(1, 3) : 0,
    due: u, done: u - (chance(0.3) ? RI(1, 2) : 0),
  };
  d.cvcM = Math.min(d.cvcM, d.cvc); d.hblM = Math.min(d.hblM, d.hbl); d.done = Math.max(0, Math.min(d.done, u));
  d.elect = members; d.reelect = Math.round(members * U(0.45, 0.75)); d.newc = members - d.reelect;
  return d;
}
function prevYear(d) { // 2023 from 2024
  const p = {}; for (const k in d) p[k] = d[k];
  const f = (x, a, b) => Math.max(0, Math.round(x * U(a, b)));
  p.members = f(d.members, 0.9, 1.05); p.female = Math.min(p.members, f(d.female, 0.8, 1.02)); p.young = Math.min(p.members, f(d.young, 0.75, 1.05)); p.college = Math.min(p.members, f(d.college, 0.8, 1.0));
  p.yjt = Math.min(d.u, f(d.yjt, 0.7, 1)); p.workers = f(d.workers, 0.85, 1.02); p.cert = Math.min(p.workers, f(d.cert, 0.7, 1.0));
  p.stations = Math.min(d.u, f(d.stations, 0.8, 1)); p.inc = rnd(d.inc * U(0.75, 1.02), 2); p.opinc = rnd(Math.min(p.inc, d.opinc * U(0.75, 1.02)), 2);
  p.high = Math.min(d.v, f(d.high, 0.6, 1)); p.low = Math.min(d.v - p.high, Math.max(d.low, f(d.low, 1, 1.5))); p.mid = d.v - p.high - p.low;
  p.cvc = Math.min(d.v, f(d.cvc, 0.6, 1)); p.hbl = Math.min(d.v, f(d.hbl, 0.5, 1));
  return p;
}
const KEYS = ['v', 'c', 'u', 'members', 'female', 'young', 'college', 'yjt', 'workers', 'cert', 'stations', 'low', 'mid', 'high', 'inc', 'opinc', 'cvc', 'hbl', 'cvcM', 'hblM', 'due', 'done', 'elect', 'reelect', 'newc'];
function agg(list) { const o = {}; for (const k of KEYS) { o[k] = 0; for (const d of list) o[k] += d[k]; if (k === 'inc' || k === 'opinc') o[k] = rnd(o[k], 2); } return o; }

// level: 'city' counties->townships ; 'county' townships ; 'flat' counties
function genTree(level) {
  const city = pick(CITIES);
  const counties = shuffle(COUNTIES).slice(0, level === 'flat' ? RI(4, 9) : level === 'city' ? RI(2, 4) : 1);
  const towns = shuffle(TOWNS), streets = shuffle(STREETS); let ti = 0, si = 0;
  const tree = counties.map((name) => {
    const n = level === 'flat' ? 1 : RI(3, 7); const kids = [];
    for (let i = 0; i < n; i++) { const st = chance(0.25) && si < streets.length; const nm = st ? streets[si++] : towns[ti++ % towns.length]; let d = genUnit(st); if (level === 'flat') { const more = [d]; for (let j = 0; j < RI(5, 12); j++) more.push(genUnit(chance(0.2))); d = agg(more); } kids.push({ name: nm, d24: d, d23: prevYear(d) }); }
    const g = { name, kids }; g.d24 = agg(kids.map((k) => k.d24)); g.d23 = agg(kids.map((k) => k.d23)); return g;
  });
  return { city, counties: tree, d24: agg(tree.map((g) => g.d24)), d23: agg(tree.map((g) => g.d23)) };
}

// ---------- sheet grid ----------
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
class Sheet {
  constructor(name, o) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.targets = []; this.o = o; this.maxc = 1; this.bold = new Set(); }
  set(r, c, v, fmt) { this.cells.set(A(r, c), { v, fmt }); if (c > this.maxc) this.maxc = c; }
  get(a) { const x = this.cells.get(a); return x ? x.v : null; }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push(`${A(r1, c1)}:${A(r2, c2)}`); }
}
// put a number honouring book style. kind: count|money|rate|growth|pp ; dec
function put(sh, r, c, val, kind, dec, meta) {
  const o = sh.o; let v = val, fmt;
  if (val === null || val === undefined) { sh.set(r, c, o.naStyle, null); return null; }
  if ((kind === 'count' || kind === 'money') && val === 0 && meta && meta.zeroable) { if (o.zeroStyle !== '0') { sh.set(r, c, o.zeroStyle === '—' ? '—' : null); return A(r, c); } }
  if (kind === 'rate' && o.pctFrac && !meta.noFrac) { v = o.raw ? val / 100 : rnd(val / 100, dec + 2); fmt = '0.' + '0'.repeat(dec) + '%'; }
  else if (kind !== 'count') { v = o.raw && kind !== 'money' ? val : rnd(val, dec); fmt = '0.' + '0'.repeat(dec); }
  else fmt = o.thousands ? '#,##0' : '0';
  if (o.textProb && !(o.raw && kind !== 'count') && !(fmt && fmt.endsWith('%')) && chance(o.textProb)) { v = typeof v === 'number' ? (kind === 'count' ? String(v) : (fmt.endsWith('%') ? (v * 100).toFixed(dec) + '%' : v.toFixed(dec))) : v; fmt = null; }
  sh.set(r, c, v, fmt); return A(r, c);
}
// displayed value of a computed rate (what a reader sees / what later columns derive from)
const disp = (o, x, dec) => (o.raw ? x : rnd(x, dec));
const rtol = (o, kind, dec) => (o.raw ? 1e-6 : 0.5 * Math.pow(10, -dec) + 1e-9) * (kind === 'rate' && o.pctFrac ? 0.01 : 1);

function header(sh, r0, c0, heads) { // heads: array of label arrays
  const H = Math.max(...heads.map((h) => h.length));
  heads.forEach((h, j) => { h.forEach((lab, i) => sh.set(r0 + i, c0 + j, lab)); if (h.length < H) sh.merge(r0 + h.length - 1, c0 + j, r0 + H - 1, c0 + j); });
  for (let i = 0; i < H; i++) { let j = 0; while (j < heads.length) { const h = heads[j]; if (h.length - 1 <= i) { j++; continue; } let k = j + 1; while (k < heads.length && heads[k].length - 1 > i && heads[k].slice(0, i + 1).join('|') === h.slice(0, i + 1).join('|')) k++; if (k - j > 1) sh.merge(r0 + i, c0 + j, r0 + i, c0 + k - 1); for (let jj = j + 1; jj < k; jj++) sh.set(r0 + i, c0 + jj, null); j = k; } }
  for (let i = 0; i < H; i++) for (let j = 0; j < heads.length; j++) sh.bold.add(A(r0 + i, c0 + j));
  return r0 + H;
}
function titleBlock(sh, title, width, unitLine) {
  let r = 1;
  if (sh.o.tableNo) { sh.set(r, 1, sh.o.tableNo); r++; }
  sh.set(r, 1, title); sh.merge(r, 1, r, width); sh.bold.add(A(r, 1)); r++;
  if (unitLine) { if (chance(0.5)) { sh.set(r, width, unitLine); } else { sh.set(r, 1, (chance(0.5) ? '填报单位：' + sh.o.unitName + '　　' : '') + unitLine); sh.merge(r, 1, r, Math.max(1, width - 1)); } r++; }
  return r;
}
function footer(sh, r, notes) {
  r += chance(0.5) ? 1 : 0;
  for (const n of notes) { sh.set(r, 1, n); r++; }
  if (chance(0.7)) { sh.set(r, 1, `填报人：${pick(PEOPLE)}　　审核人：${pick(PEOPLE)}　　联系电话：0${RI(300, 999)}-${RI(2000000, 8999999)}　　填报日期：2025年${RI(1, 3)}月${RI(1, 28)}日`); r++; }
}

// ---------- area tables (regions as rows) ----------
// cols: {key, head, kind, dec, num, den, k, le, sumOf, cur, prev, yr, share}
function areaTable(sh, tree, level, cols, title, unit, notes) {
  const o = sh.o; const seq = o.seqCol; const c0 = seq ? 2 : 1; const width = c0 + cols.length;
  let r = titleBlock(sh, title, width, unit);
  const nameHead = level === 'flat' ? pick(['县（市、区）', '地区', '单位']) : level === 'county' ? pick(['乡镇（街道）', '乡镇(街道)', '单位名称']) : pick(['地区', '县区/乡镇', '单位']);
  const heads = cols.map((c) => c.head);
  const H = Math.max(...heads.map((h) => h.length));
  if (seq) { sh.set(r, 1, '序号'); sh.merge(r, 1, r + H - 1, 1); }
  sh.set(r, c0, nameHead); sh.merge(r, c0, r + H - 1, c0);
  r = header(sh, r, c0 + 1, heads);
  if (o.colNums) { if (seq) sh.set(r, 1, '甲'); sh.set(r, c0, seq ? '乙' : '甲'); cols.forEach((c, j) => sh.set(r, c0 + 1 + j, String(j + 1))); r++; }
  // rows plan
  const rows = []; // {label, d24, d23, role, group}
  const totLabel = level === 'flat' ? pick(['合计', '全市', `${tree.city}合计`, '总计']) : level === 'county' ? pick(['合计', '全县', '总计', '全县合计']) : pick(['合计', '全市合计', '总计', tree.city]);
  const tot = { label: totLabel, d24: tree.d24, d23: tree.d23, role: 'total' };
  const top = o.totalTop;
  if (top) rows.push(tot);
  if (level === 'city') {
    const subSt = RI(0, 2);
    tree.counties.forEach((g, gi) => {
      const subLab = top ? [g.name, `${CN[gi]}、${g.name}`, `${g.name}小计`][subSt] : [`${g.name}小计`, '小计', `${g.name}小计`][subSt];
      const sub = { label: subLab, d24: g.d24, d23: g.d23, role: 'sub', group: gi };
      if (!top && subLab === '小计') rows.push({ label: `${CN[gi]}、${g.name}`, role: 'head' });
      if (top) rows.push(sub);
      g.kids.forEach((k, ki) => rows.push({ label: o.townNum === 1 ? `${ki + 1}.${k.name}` : o.townNum === 2 ? `（${ki + 1}）${k.name}` : o.townNum === 3 ? '　　' + k.name : k.name, d24: k.d24, d23: k.d23, role: 'leaf', group: gi, seq: ki + 1 }));
      if (!top) rows.push(sub);
    });
  } else {
    const list = level === 'flat' ? tree.counties : tree.counties[0].kids;
    list.forEach((k, ki) => rows.push({ label: o.townNum === 1 && level === 'county' ? `${ki + 1}.${k.name}` : k.name, d24: k.d24, d23: k.d23, role: 'leaf', group: 0, seq: ki + 1 }));
  }
  if (!top) rows.push(tot);
  // fill
  const addrOf = new Map(); // row obj -> {key: addr}
  let sq = 0;
  for (const row of rows) {
    sh.set(r, c0, row.label); if (row.role !== 'leaf') sh.bold.add(A(r, c0));
    if (seq && row.role === 'leaf') sh.set(r, 1, ++sq);
    if (row.role === 'head') { r++; continue; }
    const am = {}; const val = {};
    const getv = (key, yr) => (row[yr || 'd24'][key]);
    cols.forEach((c, j) => {
      const cc = c0 + 1 + j; let x = null, kind = c.kind;
      if (c.kind === 'count' || c.kind === 'money') x = getv(c.key, c.yr);
      else if (c.kind === 'rate') { const dn = getv(c.den, c.yr); x = dn ? disp(o, getv(c.num, c.yr) / dn * (c.k || 100), c.dec) : null; }
      val[c.id] = x;
      am[c.id] = { r, c: cc, x, kind };
    });
    cols.forEach((c) => { // growth / pp / diff from displayed values
      if (c.kind === 'growth') { const p = val[c.prevId], q = val[c.curId]; val[c.id] = p ? disp(o, (q / p - 1) * 100, c.dec) : null; am[c.id].x = val[c.id]; }
      if (c.kind === 'pp') { const p = val[c.prevId], q = val[c.curId]; val[c.id] = p === null || q === null ? null : disp(o, q - p, c.dec); am[c.id].x = val[c.id]; }
      if (c.kind === 'diff') { val[c.id] = c.money ? rnd(val[c.curId] - val[c.prevId], 2) : val[c.curId] - val[c.prevId]; am[c.id].x = val[c.id]; }
    });
    const out = {};
    cols.forEach((c) => { const m = am[c.id]; const kind = c.kind === 'diff' ? (c.money ? 'money' : 'count') : c.kind; out[c.id] = put(sh, m.r, m.c, m.x, kind, c.dec || 0, { zeroable: c.zeroable, noFrac: c.kind !== 'rate' }); });
    addrOf.set(row, out);
    // per-row relations
    cols.forEach((c) => {
      const a = out[c.id]; if (!a) return;
      if (c.kind === 'rate' && val[c.id] !== null) addRel(sh, { t: 'rate', cell: a, num: out[c.numId], den: out[c.denId], k: o.pctFrac ? (c.k || 100) / 100 : (c.k || 100), tol: rtol(o, 'rate', c.dec) }, [{ cell: a, kind: c.share ? 'share' : 'rate' }]);
      if (c.kind === 'growth' && val[c.id] !== null) addRel(sh, { t: 'growth', cell: a, cur: out[c.curId], prev: out[c.prevId], tol: rtol(o, 'growth', c.dec) }, [{ cell: a, kind: 'growth' }]);
      if (c.kind === 'pp' && val[c.id] !== null) addRel(sh, { t: 'pp', cell: a, cur: out[c.curId], prev: out[c.prevId], tol: rtol(o, 'pp', c.dec) }, [{ cell: a, kind: 'pp' }]);
      if (c.kind === 'diff') addRel(sh, { t: 'pp', cell: a, cur: out[c.curId], prev: out[c.prevId], tol: c.money ? 0.011 : 0.5 }, []);
      if (c.sumOf) { const ps = c.sumOf.map((id) => out[id]).filter(Boolean); addRel(sh, { t: 'sum', total: a, parts: ps, tol: c.kind === 'money' ? 0.011 : 0.5 }, [{ cell: a, kind: 'total' }, ...(row.role === 'leaf' ? ps.map((p) => ({ cell: p, kind: 'part' })) : [])]); }
      if (c.le && out[c.le]) addRel(sh, { t: 'le', whole: out[c.le], parts: [a], tol: 0.5 }, []);
    });
    r++;
  }
  // column sums
  const leafs = rows.filter((x) => x.role === 'leaf'), subs = rows.filter((x) => x.role === 'sub');
  cols.forEach((c) => {
    if (!(c.kind === 'count' || c.kind === 'money' || (c.kind === 'diff'))) return;
    const tol = c.kind === 'money' || c.money ? 0.011 * 2 : 0.5;
    const colCells = (list) => list.map((x) => addrOf.get(x)[c.id]).filter(Boolean);
    if (level === 'city') {
      subs.forEach((s) => { const ks = leafs.filter((l) => l.group === s.group); addRel(sh, { t: 'sum', total: addrOf.get(s)[c.id], parts: colCells(ks), tol }, c.kind === 'diff' ? [] : [{ cell: addrOf.get(s)[c.id], kind: 'subtotal' }, ...colCells(ks).map((p) => ({ cell: p, kind: 'part' }))]); });
      addRel(sh, { t: 'sum', total: addrOf.get(tot)[c.id], parts: colCells(subs), tol }, c.kind === 'diff' ? [] : [{ cell: addrOf.get(tot)[c.id], kind: 'total' }]);
    } else addRel(sh, { t: 'sum', total: addrOf.get(tot)[c.id], parts: colCells(leafs), tol }, c.kind === 'diff' ? [] : [{ cell: addrOf.get(tot)[c.id], kind: 'total' }, ...colCells(leafs).map((p) => ({ cell: p, kind: 'part' }))]);
  });
  footer(sh, r, notes);
}
function addRel(sh, rel, targets) {
  for (const k of relCells(rel)) if (!k) return; // unevaluable (blank display)
  sh.rels.push(rel); for (const t of targets) sh.targets.push({ ...t, rel: sh.rels.length - 1 });
}
function prepCols(cols) { cols.forEach((c, i) => { c.id = c.id || c.key + (c.yr || '') + '_' + i; }); const byName = (n) => cols.find((c) => c.id === n || (c.key === n && !c.yr) || c.name === n); cols.forEach((c) => { const fc = (k) => { const x = cols.find((x) => x.key === k && x.yr === c.yr && (x.kind === 'count' || x.kind === 'money')); return x ? x.id : null; }; if (c.num) c.numId = fc(c.num); if (c.den) c.denId = fc(c.den); if (c.cur) { c.curId = byName(c.cur).id; c.prevId = byName(c.prev).id; } if (c.sumOf) c.sumOf = c.sumOf.map((n) => byName(n).id); if (c.le) c.le = byName(c.le).id; }); return cols; }

// ---------- table variants ----------
const rateHead = (o, s) => (o.pctFrac ? s : s + pick(['(%)', '（%）', '%']));
function T_members(sh, tree, level) {
  const o = sh.o; const d1 = pick([1, 2]); const q = o.qizhong;
  const cols = [
    { key: 'u', name: 'u', head: ['村（社区）数'], kind: 'count' },
    { key: 'members', name: 'members', head: q ? ['村（社区）"两委"成员', '合计'] : ['"两委"成员总数'], kind: 'count' },
    { key: 'female', head: q ? ['村（社区）"两委"成员', '其中', '女性'] : ['其中：女性'], kind: 'count', le: 'members' },
    { key: 'young', head: q ? ['村（社区）"两委"成员', '其中', '35岁及以下'] : ['35岁及以下'], kind: 'count', le: 'members' },
    { key: 'college', head: q ? ['村（社区）"两委"成员', '其中', '大专及以上学历'] : ['大专及以上学历'], kind: 'count', le: 'members' },
    { key: 'fr', head: [rateHead(o, '女性占比')], kind: 'rate', num: 'female', den: 'members', dec: d1, share: true },
    { key: 'yjt', name: 'yjt', head: ['"一肩挑"', '村（社区）数'], kind: 'count', le: 'u' },
    { key: 'yr', head: ['"一肩挑"', rateHead(o, '比例')], kind: 'rate', num: 'yjt', den: 'u', dec: d1 },
  ];
  if (chance(0.4)) cols.splice(5, 1);
  areaTable(sh, tree, level, prepCols(cols), `${o.scope}村（社区）"两委"成员结构情况统计表`, pick(['单位：个、人、%', '单位：个，人', '']), chance(0.5) ? ['注：1."一肩挑"指村（社区）党组织书记、村（居）民委员会主任由一人担任。', '2.比例=一肩挑村（社区）数÷村（社区）数×100%。'] : []);
}
function T_income(sh, tree, level) {
  const o = sh.o; const d = pick([1, 2]);
  const cols = [
    { key: 'v', head: ['行政村数'], kind: 'count', sumOf: ['low', 'mid', 'high'] },
    { key: 'low', name: 'low', head: ['5万元以下', '村数'], kind: 'count', zeroable: true },
    { key: 'lr', head: ['5万元以下', rateHead(o, '占比')], kind: 'rate', num: 'low', den: 'v', dec: d, share: true },
    { key: 'mid', name: 'mid', head: ['5-10万元', '村数'], kind: 'count', zeroable: true },
    { key: 'mr', head: ['5-10万元', rateHead(o, '占比')], kind: 'rate', num: 'mid', den: 'v', dec: d, share: true },
    { key: 'high', name: 'high', head: ['10万元以上', '村数'], kind: 'count', zeroable: true },
    { key: 'hr', head: ['10万元以上', rateHead(o, '占比')], kind: 'rate', num: 'high', den: 'v', dec: d, share: true },
  ];
  if (chance(0.6)) { cols.push({ key: 'inc', name: 'inc', head: ['集体经济总收入（万元）'], kind: 'money', dec: 2 }); if (chance(0.5)) cols.push({ key: 'opinc', head: ['其中：经营性收入（万元）'], kind: 'money', dec: 2, le: 'inc' }); if (chance(0.6)) cols.push({ key: 'avg', head: ['村均收入（万元）'], kind: 'rate', num: 'inc', den: 'v', k: 1, dec: 2, noFracCol: true }); }
  if (o.grp) cols.forEach((c) => { if (c.head.length === 2) c.head = ['其中：按集体经济收入分档', ...c.head]; });
  // income avg is not a percentage
  const pc = o.pctFrac; const cs = prepCols(cols);
  const avg = cs.find((c) => c.key === 'avg'); if (avg && pc) { avg.k = 100; avg.kind = 'rate'; /* fraction format would be wrong: drop the column */ cs.splice(cs.indexOf(avg), 1); }
  areaTable(sh, tree, level, cs, `${o.scope}村级集体经济收入分档情况表`, pick(['单位：个、%、万元', '金额单位：万元', '']), chance(0.5) ? ['注：占比=该档村数÷行政村数×100%，因四舍五入各档占比之和可能不等于100%。'] : []);
}
function T_workers(sh, tree, level) {
  const o = sh.o; const d = pick([1, 2]); o.pctFrac = false;
  let cols;
  if (chance(0.5)) cols = [
    { key: 'c', head: ['城市社区数'], kind: 'count', zeroable: true },
    { key: 'workers', name: 'workers', head: ['社区工作者人数'], kind: 'count', zeroable: true },
    { key: 'cert', head: q2(o, '社区工作者人数', '持证人数'), kind: 'count', le: 'workers', zeroable: true },
    { key: 'cr', head: [rateHead(o, '持证率')], kind: 'rate', num: 'cert', den: 'workers', dec: d },
    { key: 'stations', head: ['社区综合服务站（个）'], kind: 'count' },
    { key: 'sr', head: [rateHead(o, '服务站覆盖率')], kind: 'rate', num: 'stations', den: 'u', dec: d },
    { key: 'u', head: ['村（社区）总数'], kind: 'count', sumOf: ['v', 'c'] },
    { key: 'v', head: ['行政村数'], kind: 'count' },
  ].map((c) => c);
  else cols = [
    { key: 'workers', yr: 'd23', head: ['社区工作者人数（人）', '2023年'], kind: 'count', zeroable: true, name: 'w23' },
    { key: 'workers', yr: 'd24', head: ['社区工作者人数（人）', '2024年'], kind: 'count', zeroable: true, name: 'w24' },
    { key: 'wg', head: ['社区工作者人数（人）', pick(['增长(%)', '比上年增长（%）', '增幅%'])], kind: 'growth', cur: 'w24', prev: 'w23', dec: d },
    { key: 'cert', yr: 'd23', head: ['持证人数（人）', '2023年'], kind: 'count', zeroable: true, name: 'c23' },
    { key: 'cert', yr: 'd24', head: ['持证人数（人）', '2024年'], kind: 'count', zeroable: true, name: 'c24' },
    { key: 'cr', yr: 'd23', head: ['持证率（%）', '2023年'], kind: 'rate', num: 'cert', den: 'workers', dec: d, name: 'r23' },
    { key: 'cr', yr: 'd24', head: ['持证率（%）', '2024年'], kind: 'rate', num: 'cert', den: 'workers', dec: d, name: 'r24' },
    { key: 'pp', head: ['持证率（%）', pick(['增减（百分点）', '增减(百分点)', '提高百分点'])], kind: 'pp', cur: 'r24', prev: 'r23', dec: d },
  ];
  areaTable(sh, tree, level, prepCols(cols), `${o.scope}社区工作者队伍建设情况表`, pick(['单位：人、个、%', '']), chance(0.5) ? ['注：持证人数指取得社会工作者职业资格证书的人数。'] : []);
}
function q2(o, g, s) { return o.qizhong ? [g, '其中：' + s] : ['其中：' + s]; }
function T_rules(sh, tree, level) {
  const o = sh.o; const d = pick([1, 2]); const monthly = chance(0.5);
  const cols = [{ key: 'v', head: ['行政村数'], kind: 'count' }];
  if (monthly) {
    cols.push({ key: 'cvcM', head: ['修订完善村规民约', '本月'], kind: 'count', zeroable: true }, { key: 'cvc', name: 'cvc', head: ['修订完善村规民约', '累计'], kind: 'count', le: 'v', zeroable: true }, { key: 'cvr', head: ['修订完善村规民约', rateHead(o, '覆盖率')], kind: 'rate', num: 'cvc', den: 'v', dec: d });
    cols.push({ key: 'hblM', head: ['成立红白理事会', '本月新增'], kind: 'count', zeroable: true }, { key: 'hbl', name: 'hbl', head: ['成立红白理事会', '累计'], kind: 'count', le: 'v', zeroable: true }, { key: 'hbr', head: ['成立红白理事会', rateHead(o, '覆盖率')], kind: 'rate', num: 'hbl', den: 'v', dec: d });
  } else {
    o.pctFrac = false;
    cols.push({ key: 'cvc', yr: 'd24', head: ['已修订村规民约村数'], kind: 'count', name: 'cvc', zeroable: true });
    cols.push({ key: 'cvr', yr: 'd23', head: ['村规民约覆盖率（%）', '2023年'], kind: 'rate', num: 'cvc', den: 'v', dec: d, name: 'a23' }, { key: 'cvr', yr: 'd24', head: ['村规民约覆盖率（%）', '2024年'], kind: 'rate', num: 'cvc', den: 'v', dec: d, name: 'a24' }, { key: 'p1', head: ['村规民约覆盖率（%）', '增减（百分点）'], kind: 'pp', cur: 'a24', prev: 'a23', dec: d });
    cols.push({ key: 'hbl', yr: 'd24', head: ['已成立红白理事会村数'], kind: 'count', name: 'hbl', zeroable: true });
    cols.push({ key: 'hbr', yr: 'd23', head: ['红白理事会覆盖率（%）', '2023年'], kind: 'rate', num: 'hbl', den: 'v', dec: d, name: 'b23' }, { key: 'hbr', yr: 'd24', head: ['红白理事会覆盖率（%）', '2024年'], kind: 'rate', num: 'hbl', den: 'v', dec: d, name: 'b24' }, { key: 'p2', head: ['红白理事会覆盖率（%）', '增减（百分点）'], kind: 'pp', cur: 'b24', prev: 'b23', dec: d });
  }
  const cs = prepCols(cols);
  // 2023 rates reference 2023 counts that are not shown -> they have no relation; fix num/den to shown 2024 columns only for 2024
  cs.forEach((c) => { if (c.yr === 'd23' && c.kind === 'rate') { c.numId = null; c.denId = null; c.noRel = true; } if (c.yr === 'd24' && c.kind === 'rate') { c.numId = cs.find((x) => x.key === c.num && x.kind === 'count').id; c.denId = cs[0].id; } });
  cs.forEach((c) => { if (c.kind === 'count') c.yr = c.yr || undefined; });
  areaTable(sh, tree, level, cs, `${o.scope}村规民约和红白理事会建设情况${monthly ? '月报' : '统计表'}`, monthly ? `（2024年${RI(3, 11)}月）　单位：个、%` : pick(['单位：个、%', '']), chance(0.5) ? ['注：覆盖率=累计数÷行政村数×100%。'] : []);
}
function T_elect(sh, tree, level) {
  const o = sh.o; const d = pick([1, 2]);
  const cols = [
    { key: 'due', head: ['应换届村（社区）数'], kind: 'count' },
    { key: 'done', name: 'done', head: ['已完成换届村（社区）数'], kind: 'count' },
    { key: 'dr', head: [rateHead(o, '完成率')], kind: 'rate', num: 'done', den: 'due', dec: d },
    { key: 'elect', name: 'elect', head: ['新当选"两委"成员', '合计'], kind: 'count', sumOf: ['reelect', 'newc'] },
    { key: 'reelect', name: 'reelect', head: ['新当选"两委"成员', o.qizhong ? '其中：连任' : '连任'], kind: 'count' },
    { key: 'newc', name: 'newc', head: ['新当选"两委"成员', '新进'], kind: 'count' },
    { key: 'nr', head: ['新当选"两委"成员', rateHead(o, '新进比例')], kind: 'rate', num: 'newc', den: 'elect', dec: d, share: true },
  ];
  areaTable(sh, tree, level, prepCols(cols), `${o.scope}村（社区）"两委"换届选举进度表`, pick(['单位：个、人、%', '']), []);
}

// ---------- indicator tables (indicators as rows) ----------
const IND = [ // key,label,unit,type
  ['h', '一、基本情况'], ['u', '村（社区）总数', '个', 'count', { sumOf: ['v', 'c'] }], ['v', '　行政村', '个', 'count'], ['c', '　城市社区', '个', 'count'],
  ['stations', '社区综合服务站', '个', 'count'], ['sr', '服务站覆盖率', '%', 'rate', { num: 'stations', den: 'u' }],
  ['h', '二、村（社区）"两委"成员'], ['members', '"两委"成员总数', '人', 'count'], ['female', '其中：女性', '人', 'count', { le: 'members' }], ['young', '　　　35岁及以下', '人', 'count', { le: 'members' }], ['college', '　　　大专及以上学历', '人', 'count', { le: 'members' }],
  ['fr', '女性成员占比', '%', 'rate', { num: 'female', den: 'members', share: true }], ['yjt', '"一肩挑"村（社区）数', '个', 'count'], ['yr', '"一肩挑"比例', '%', 'rate', { num: 'yjt', den: 'u' }],
  ['h', '三、社区工作者'], ['workers', '社区工作者', '人', 'count'], ['cert', '其中：持证社工', '人', 'count', { le: 'workers' }], ['cr', '持证率', '%', 'rate', { num: 'cert', den: 'workers' }],
  ['h', '四、村级集体经济'], ['inc', '集体经济收入', '万元', 'money'], ['opinc', '其中：经营性收入', '万元', 'money', { le: 'inc' }], ['high', '收入10万元以上村', '个', 'count'], ['hr', '占行政村比重', '%', 'rate', { num: 'high', den: 'v', share: true }],
  ['h', '五、乡风文明'], ['cvc', '修订村规民约村', '个', 'count'], ['cvr', '村规民约覆盖率', '%', 'rate', { num: 'cvc', den: 'v' }], ['hbl', '成立红白理事会村', '个', 'count'], ['hbr', '红白理事会覆盖率', '%', 'rate', { num: 'hbl', den: 'v' }],
];
function pickInds() { // drop some sections, renumber
  const secs = []; let cur = null; for (const x of IND) { if (x[0] === 'h') { cur = [x]; secs.push(cur); } else cur.push(x); }
  const keep = secs.filter((s, i) => i === 0 || chance(0.75)); const out = []; keep.forEach((s, i) => { out.push(['h', CN[i] + s[0][1].slice(1)]); s.slice(1).forEach((x) => out.push(x)); });
  return out;
}
function T_years(sh, tree) {
  const o = sh.o; o.pctFrac = false; const d = pick([1, 2]); const inds = pickInds(); const D24 = tree.d24, D23 = tree.d23;
  const rev = chance(0.3); const style = pick(['both', 'both', 'split', 'growthonly']);
  const ys = rev ? [['2024年', D24], ['2023年', D23]] : [['2023年', D23], ['2024年', D24]];
  const heads = [['指标'], ['单位'], [ys[0][0]], [ys[1][0]]];
  if (style === 'both') heads.push([pick(['增减', '增减量', '比上年增减'])], [pick(['增长(%)', '比上年增长（%）', '增幅（%）'])]);
  if (style === 'split') heads.push([pick(['增减（个、人、万元）', '增减量'])], [pick(['增长(%)', '增幅（%）'])], ['增减（百分点）']);
  if (style === 'growthonly') heads.push([pick(['比上年增长（%）', '增长%'])], ['增减（百分点）']);
  const width = heads.length; let r = titleBlock(sh, `${o.scope}城乡社区治理主要指标（2023—2024年）`, width, pick(['', '单位：个、人、万元、%']));
  r = header(sh, r, 1, heads);
  const addr = {}; const shown = {};
  for (const x of inds) {
    if (x[0] === 'h') { sh.set(r, 1, o.indNum ? x[1] : x[1].replace(/^.、/, '')); sh.bold.add(A(r, 1)); r++; continue; }
    const [key, lab, unit, type, ex = {}] = x;
    sh.set(r, 1, lab); sh.set(r, 2, unit === '%' ? pick(['%', '%']) : unit);
    const vals = ys.map(([, Dd]) => type === 'rate' ? (Dd[ex.den] ? disp(o, Dd[ex.num] / Dd[ex.den] * 100, d) : null) : Dd[key]);
    const a = vals.map((v, i) => put(sh, r, 3 + i, v, type === 'rate' ? 'rate' : type, type === 'money' ? 2 : d, { noFrac: true }));
    addr[key] = a; shown[key] = vals;
    const [ic, ip] = rev ? [0, 1] : [1, 0];
    const cur = vals[ic], prev = vals[ip];
    let c = 5; const pp = cur !== null && prev !== null ? disp(o, cur - prev, d) : null;
    const gr = type !== 'rate' && prev ? disp(o, (cur / prev - 1) * 100, d) : null;
    const diff = type === 'money' ? rnd(cur - prev, 2) : cur - prev;
    const putDiff = () => { const aa = put(sh, r, c, diff, type, type === 'money' ? 2 : 0, { noFrac: true }); addRel(sh, { t: 'pp', cell: aa, cur: a[ic], prev: a[ip], tol: type === 'money' ? 0.011 : 0.5 }, []); c++; };
    const putPP = () => { if (pp === null) { sh.set(r, c++, o.naStyle); return; } const aa = put(sh, r, c, pp, 'pp', d, { noFrac: true }); addRel(sh, { t: 'pp', cell: aa, cur: a[ic], prev: a[ip], tol: rtol(o, 'pp', d) }, [{ cell: aa, kind: 'pp' }]); c++; };
    const putG = () => { if (gr === null) { sh.set(r, c++, o.naStyle); return; } const aa = put(sh, r, c, gr, 'growth', d, { noFrac: true }); addRel(sh, { t: 'growth', cell: aa, cur: a[ic], prev: a[ip], tol: rtol(o, 'growth', d) }, [{ cell: aa, kind: 'growth' }]); c++; };
    if (style === 'both') { if (type === 'rate') { putPP(); sh.set(r, c++, o.naStyle); } else { putDiff(); putG(); } }
    if (style === 'split') { if (type === 'rate') { sh.set(r, c++, o.naStyle); sh.set(r, c++, o.naStyle); putPP(); } else { putDiff(); putG(); sh.set(r, c++, o.naStyle); } }
    if (style === 'growthonly') { if (type === 'rate') { sh.set(r, c++, o.naStyle); putPP(); } else { putG(); sh.set(r, c++, o.naStyle); } }
    r++;
  }
  // in-column relations
  for (const x of inds) {
    if (x[0] === 'h' || !x[4]) continue; const [key, , , type, ex] = x;
    for (let i = 0; i < 2; i++) {
      const g = (k) => addr[k] && addr[k][i];
      if (ex.sumOf && ex.sumOf.every(g)) addRel(sh, { t: 'sum', total: g(key), parts: ex.sumOf.map(g), tol: 0.5 }, [{ cell: g(key), kind: 'total' }, ...ex.sumOf.map((k) => ({ cell: g(k), kind: 'part' }))]);
      if (ex.le && g(ex.le) && g(key)) addRel(sh, { t: 'le', whole: g(ex.le), parts: [g(key)], tol: 0.5 }, []);
      if (type === 'rate' && g(key) && g(ex.num) && g(ex.den) && shown[key][i] !== null) addRel(sh, { t: 'rate', cell: g(key), num: g(ex.num), den: g(ex.den), k: 100, tol: rtol(o, 'rate', d) }, [{ cell: g(key), kind: ex.share ? 'share' : 'rate' }]);
    }
  }
  footer(sh, r, chance(0.5) ? ['注：增减（百分点）为2024年比率减2023年比率。', '数据来源：县（市、区）民政局、组织部年报。'] : []);
}
function T_cols(sh, tree, level) { // regions as columns
  const o = sh.o; o.pctFrac = o.pctFrac && chance(0.5); const d = pick([1, 2]);
  const inds = pickInds(); const regs = level === 'county' ? tree.counties[0].kids : tree.counties;
  const totName = pick(['合计', '全市', '总计']);
  const grp = chance(0.5);
  const heads = [['指标名称'], ['计量单位'], grp ? [totName] : [totName], ...regs.map((g) => grp ? [pick(['其中', '分县区', '按地区分']) === 'x' ? '' : '其中', g.name] : [g.name])];
  // make the group label identical
  if (grp) { const gl = pick(['其中', '分县（市、区）', '分乡镇（街道）']); heads.slice(3).forEach((h) => (h[0] = gl)); }
  let r = titleBlock(sh, `${o.scope}城乡社区治理情况（分地区）`, heads.length, pick(['2024年', '单位：个、人、%', '']));
  r = header(sh, r, 1, heads);
  const all = [{ d: tree.d24 }, ...regs.map((g) => ({ d: g.d24 }))];
  const addr = {};
  for (const x of inds) {
    if (x[0] === 'h') { sh.set(r, 1, x[1]); sh.bold.add(A(r, 1)); r++; continue; }
    const [key, lab, unit, type, ex = {}] = x;
    sh.set(r, 1, lab.trim()); sh.set(r, 2, o.pctFrac && type === 'rate' ? '' : unit);
    addr[key] = all.map((col, j) => { const D = col.d; const v = type === 'rate' ? (D[ex.den] ? disp(o, D[ex.num] / D[ex.den] * 100, d) : null) : D[key]; return put(sh, r, 3 + j, v, type, type === 'money' ? 2 : d, { zeroable: true }); });
    addr[key].vals = all.map((col) => (type === 'rate' ? (col.d[ex.den] ? 1 : null) : 1));
    if (type !== 'rate') addRel(sh, { t: 'sum', total: addr[key][0], parts: addr[key].slice(1).filter(Boolean), tol: type === 'money' ? 0.03 : 0.5 }, [{ cell: addr[key][0], kind: 'total' }, ...addr[key].slice(1).filter(Boolean).map((p) => ({ cell: p, kind: 'part' }))]);
    r++;
  }
  for (const x of inds) {
    if (x[0] === 'h' || !x[4]) continue; const [key, , , type, ex] = x;
    all.forEach((_, j) => {
      const g = (k) => addr[k] && addr[k][j];
      if (ex.sumOf && g(key) && ex.sumOf.every(g)) addRel(sh, { t: 'sum', total: g(key), parts: ex.sumOf.map(g), tol: 0.5 }, []);
      if (ex.le && g(ex.le) && g(key)) addRel(sh, { t: 'le', whole: g(ex.le), parts: [g(key)], tol: 0.5 }, []);
      if (type === 'rate' && g(key) && g(ex.num) && g(ex.den) && addr[key].vals[j]) addRel(sh, { t: 'rate', cell: g(key), num: g(ex.num), den: g(ex.den), k: o.pctFrac ? 1 : 100, tol: rtol(o, 'rate', d) }, [{ cell: g(key), kind: ex.share ? 'share' : 'rate' }]);
    });
  }
  footer(sh, r, []);
}

// ---------- book ----------
const SHEETS = [[T_members, '两委成员'], [T_income, '集体经济'], [T_workers, '社区工作者'], [T_rules, '村规民约'], [T_elect, '换届'], [T_years, '主要指标'], [T_cols, '分地区']];
const V2 = process.env.VAR === '2';
function bookOpts(level, tree) {
  return {
    zeroStyle: pick(['0', '0', '—', '']), naStyle: pick(['—', '—', null, '-']), textProb: chance(V2 ? 0.4 : 0.2) ? pick([0.1, 0.5, 1]) : 0,
    pctFrac: chance(V2 ? 0.4 : 0.15), raw: chance(V2 ? 0.35 : 0.15), thousands: chance(0.2), seqCol: chance(0.3), colNums: chance(V2 ? 0.4 : 0.2), totalTop: chance(V2 ? 0.7 : 0.5),
    townNum: pick([0, 0, 1, 2, 3]), qizhong: chance(0.5), indNum: chance(0.7), grp: chance(0.3),
    scope: level === 'county' ? tree.counties[0].name : tree.city, unitName: level === 'county' ? tree.counties[0].name + '民政局' : tree.city + '民政局',
  };
}
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, { v, fmt }] of sh.cells) { if (v === null || v === undefined) continue; const c = ws.getCell(a); c.value = v; if (fmt) c.numFmt = fmt; if (sh.bold.has(a)) c.font = { bold: true }; }
    for (const m of sh.merges) { try { ws.mergeCells(m); } catch (e) { throw new Error(sh.name + ' merge ' + m + ' ' + e.message); } }
    ws.getColumn(1).width = 24; for (let c = 2; c <= sh.maxc; c++) ws.getColumn(c).width = 12;
  }
  await wb.xlsx.writeFile(file);
}
function plantOne(sheets) {
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp'];
  for (let tries = 0; tries < 200; tries++) {
    const kind = pick(kinds);
    const cands = []; sheets.forEach((sh) => sh.targets.forEach((t) => { if (t.kind === kind) cands.push({ sh, t }); }));
    if (!cands.length) continue;
    const { sh, t } = pick(cands); const cell = sh.cells.get(t.cell); if (!cell) continue;
    const was = cell.v; const isText = typeof was === 'string'; const n = isText ? parseFloat(was) : was; if (typeof n !== 'number' || !isFinite(n)) continue;
    const pctF = isText ? was.endsWith('%') : cell.fmt && cell.fmt.endsWith('%');
    const dec = cell.fmt ? ((cell.fmt.split('.')[1] || '').replace('%', '').length) : (isText ? ((String(was).replace('%', '').split('.')[1] || '').length) : 0);
    let now;
    const sgn = chance(0.5) ? 1 : -1;
    if (kind === 'total' || kind === 'part' || kind === 'subtotal') { if (Math.abs(n) < 3) continue; now = n * (1 + sgn * U(0.06, 0.3)); now = dec ? rnd(now, dec) : Math.round(now); if (now === n || now < 0) continue; }
    else { const base = pctF ? n * 100 : n; let delta = kind === 'growth' ? U(4, 12) : kind === 'pp' ? U(2, 6) : U(3, 9); let nv = rnd(base + sgn * delta, Math.max(dec - (pctF ? 2 : 0), 1)); if ((kind === 'rate' || kind === 'share') && (nv < 0 || nv > 100)) nv = rnd(base - sgn * delta, 1); if (nv < 0 && kind !== 'growth' && kind !== 'pp') continue; now = pctF ? nv / 100 : nv; }
    const nowV = isText ? (pctF ? (now * 100).toFixed(Math.max(0, dec)) + '%' : (dec ? now.toFixed(dec) : String(now))) : now;
    const before = sh.rels.map((rl) => evalRel(rl, (a) => sh.get(a)));
    cell.v = nowV;
    const after = sh.rels.map((rl) => evalRel(rl, (a) => sh.get(a)));
    const broken = after.filter((x, i) => x !== null && x > 0 && !(before[i] > 0)).length;
    if (!(evalRel(sh.rels[t.rel], (a) => sh.get(a)) > 0)) { cell.v = was; continue; }
    return { sheet: sh.name, cell: t.cell, was, now: nowV, kind, broken };
  }
  throw new Error('no plant');
}
(async () => {
  const manifest = [];
  for (let i = 0; i < N; i++) {
    const level = pick(['city', 'city', 'county', 'county', 'flat']);
    const tree = genTree(level);
    const ns = RI(1, 4); const chosen = shuffle(SHEETS).slice(0, ns);
    const sheets = []; let bo = bookOpts(level, tree);
    chosen.forEach(([fn, nm], si) => {
      const o = { ...bo }; if (chance(0.2)) o.totalTop = !o.totalTop; o.tableNo = chance(0.4) ? `表${si + 1}` : null;
      const name = pick([nm, `表${si + 1} ${nm}`, `${nm}${pick(['情况', '统计', ''])}`]);
      const sh = new Sheet(name.slice(0, 31), o);
      fn(sh, tree, level === 'flat' ? 'flat' : level);
      sheets.push(sh);
    });
    // verify clean relations now
    for (const sh of sheets) sh.rels.forEach((rl, k) => { const e = evalRel(rl, (a) => sh.get(a)); if (e !== null && !(e <= 0)) throw new Error(`gen bug ${SET} ${i} ${sh.name} ${JSON.stringify(rl)} ${e}`); });
    const file = `${SET}_${String(i).padStart(3, '0')}_${bo.scope}.xlsx`;
    const plants = (cleanFrac >= 1 || (cleanFrac > 0 && i % 2 === 0)) ? [] : [plantOne(sheets)];
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.map((s) => ({ sheet: s.name, rels: s.rels })), null, 0));
    await writeBook(path.join(ROOT, SET, file), sheets);
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(ROOT, SET, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, N, 'books', manifest.filter((m) => m.plants.length).length, 'planted');
})().catch((e) => { console.error(e); process.exit(1); });
