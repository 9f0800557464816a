// Generates social-organisation party-building workbooks (社会组织党建统计) with planted errors.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------- rng ----------
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const u = (a, b) => a + (b - a) * R();
const ri = (a, b) => Math.floor(u(a, b + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const clamp = (x, a, b) => Math.max(a, Math.min(b, x));
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f) / f; };
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

// ---------- geography ----------
const CITIES = [
  { city: '湖州市', code: '330500', counties: ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'] },
  { city: '绍兴市', code: '330600', counties: ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市'] },
  { city: '德阳市', code: '510600', counties: ['旌阳区', '罗江区', '广汉市', '什邡市', '绵竹市', '中江县'] },
  { city: '泰安市', code: '370900', counties: ['泰山区', '岱岳区', '新泰市', '肥城市', '宁阳县', '东平县'] },
  { city: '曲靖市', code: '530300', counties: ['麒麟区', '沾益区', '马龙区', '宣威市', '富源县', '罗平县', '师宗县', '陆良县', '会泽县'] },
  { city: '宜昌市', code: '420500', counties: ['西陵区', '伍家岗区', '点军区', '猇亭区', '夷陵区', '远安县', '兴山县', '秭归县', '长阳土家族自治县', '五峰土家族自治县', '宜都市', '当阳市', '枝江市'] },
  { city: '赣州市', code: '360700', counties: ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市'] },
  { city: '安庆市', code: '340800', counties: ['迎江区', '大观区', '宜秀区', '怀宁县', '太湖县', '宿松县', '望江县', '岳西县', '桐城市', '潜山市'] },
  { city: '南平市', code: '350700', counties: ['延平区', '建阳区', '顺昌县', '浦城县', '光泽县', '松溪县', '政和县', '邵武市', '武夷山市', '建瓯市'] },
  { city: '焦作市', code: '410800', counties: ['解放区', '中站区', '马村区', '山阳区', '修武县', '博爱县', '武陟县', '温县', '沁阳市', '孟州市'] },
  { city: '黄冈市', code: '421100', counties: ['黄州区', '团风县', '红安县', '罗田县', '英山县', '浠水县', '蕲春县', '黄梅县', '麻城市', '武穴市'] },
];
const STEMS = ['城关', '新华', '东城', '西城', '南湖', '北山', '青山', '白沙', '龙泉', '石桥', '双河', '高桥', '长乐', '永安', '太平', '金山', '杨柳', '清溪', '大同', '兴隆', '桃源', '梅林', '凤凰', '黄土', '新港', '和平', '文昌', '观音', '三里', '马坊'];
function townNames(n) { const st = shuffle(STEMS.slice()).slice(0, n); return st.map((s, i) => s + (i < 2 ? '街道' : pick(['镇', '镇', '镇', '乡', '街道']))); }

// ---------- data model ----------
const ADD = ['N', 'M', 'Z', 'P', 'S', 'J', 'CJ', 'B', 'C', 'G', 'W', 'K', 'KJ', 'F', 'Wm', 'Mn'];
function zeroVec() { const v = {}; for (const k of ADD) v[k] = 0; v.age = [0, 0, 0, 0, 0]; v.edu = [0, 0, 0, 0]; return v; }
function partition(P, w) { const s = w.reduce((a, b) => a + b, 0); const out = w.map((x) => Math.floor((P * x) / s)); let rem = P - out.reduce((a, b) => a + b, 0); let i = 0; while (rem > 0) { out[i % out.length]++; rem--; i += 2; } return out; }
function genVec(N, lvl, seed) {
  if (seed !== undefined) { const save = R; R = mulberry32(seed); try { return genVec(N, lvl); } finally { R = save; } }
  const v = zeroVec();
  if (N <= 0) return v;
  v.N = N;
  v.M = Math.min(N, Math.max(1, Math.round(N * clamp(u(0.25, 0.55) + lvl, 0.05, 0.95))));
  v.Z = N - v.M;
  v.P = v.M + Math.round(v.M * u(0.6, 2.8));
  v.S = Math.round(v.M * clamp(u(0.12, 0.3) + lvl / 2, 0, 0.9));
  let J = Math.round((v.M - v.S) * u(0.08, 0.22));
  let CJ = J === 0 ? 0 : Math.min(N - v.S, J * ri(2, 5));
  if (CJ < J) J = CJ;
  v.J = J; v.CJ = CJ; v.B = v.S + J; v.C = v.S + CJ;
  v.G = Math.round((N - v.C) * u(0.15, 0.45));
  v.W = v.C + Math.min(N - v.C, Math.round(v.G * u(1, 1.8)));
  v.K = Math.max(0, v.B - (v.B > 3 ? ri(0, 2) : 0));
  v.KJ = Math.round(v.K * u(0.35, 0.7));
  v.F = Math.round(v.P * u(0.04, 0.18));
  v.Wm = Math.round(v.P * u(0.32, 0.55));
  v.Mn = Math.round(v.P * u(0, 0.06));
  v.age = partition(v.P, [u(0.25, 0.4), u(0.25, 0.35), u(0.15, 0.25), u(0.05, 0.1), u(0.05, 0.12)]);
  v.edu = partition(v.P, [u(0.05, 0.15), u(0.35, 0.55), u(0.2, 0.3), u(0.1, 0.25)]);
  return v;
}
function addVec(a, b) { const v = zeroVec(); for (const k of ADD) v[k] = a[k] + b[k]; v.age = a.age.map((x, i) => x + b.age[i]); v.edu = a.edu.map((x, i) => x + b.edu[i]); return v; }
function sumVecs(vs) { return vs.reduce((a, b) => addVec(a, b), zeroVec()); }
function derived(v) { // extra keys for display
  const o = Object.assign({}, v);
  o.age4 = [v.age[0], v.age[1], v.age[2] + v.age[3], v.age[4]];
  return o;
}
const TYPES = ['st', 'mf', 'jj'];
function genModel(ci) {
  const c = CITIES[ci];
  const ncty = c.counties.length > 10 ? ri(8, c.counties.length) : c.counties.length;
  const counties = c.counties.slice(0, ncty);
  const units = [];
  const withCityLevel = chance(0.6);
  const mk = (name, isCity) => {
    const u0 = { name, isCity, t: {} };
    for (const t of TYPES) {
      let N25;
      if (t === 'st') N25 = isCity ? ri(150, 500) : ri(50, 330);
      else if (t === 'mf') N25 = isCity ? ri(100, 320) : ri(60, 480);
      else N25 = isCity ? ri(10, 60) : (chance(0.45) ? 0 : ri(1, 6));
      const N24 = t === 'jj' && N25 <= 2 ? (chance(0.5) ? N25 : Math.max(0, N25 - 1)) : Math.round(N25 * u(0.88, 1.03));
      const l25 = u(0.0, 0.12), l24 = l25 - u(0.01, 0.05);
      const sd = ri(1, 1e9);
      u0.t[t] = { y25: genVec(N25, l25, sd), y24: genVec(N24, l24, sd) };
    }
    u0.y25 = sumVecs(TYPES.map((t) => u0.t[t].y25));
    u0.y24 = sumVecs(TYPES.map((t) => u0.t[t].y24));
    u0.N20 = Math.round(u0.y25.N * u(0.7, 0.99));
    return u0;
  };
  if (withCityLevel) units.push(mk('市本级', true));
  for (const n of counties) units.push(mk(n, false));
  if (withCityLevel && chance(0.4)) units.push(units.shift()); // 市本级 last sometimes
  const total = { name: '全市', y25: sumVecs(units.map((x) => x.y25)), y24: sumVecs(units.map((x) => x.y24)), N20: units.reduce((a, x) => a + x.N20, 0), t: {} };
  for (const t of TYPES) total.t[t] = { y25: sumVecs(units.map((x) => x.t[t].y25)), y24: sumVecs(units.map((x) => x.t[t].y24)) };
  return { ci, city: c.city, code: c.code, counties, units, total, withCityLevel };
}

// ---------- sheet spec ----------
class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; this.rels = []; this.kinds = new Map(); this.maxCol = 1; this.tblTop = 0; this.tblBottom = 0; }
  set(r, c, v, st = {}) { const a = A(r, c); this.cells.set(a, Object.assign({ v }, st)); if (c > this.maxCol) this.maxCol = c; return a; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  get(a) { const x = this.cells.get(a); return x ? x.v : null; }
}

// display helpers (per book style)
function mkStyle() {
  return {
    zero: pick(['0', '0', '-', 'blank']),
    na: pick(['/', '-', 'blank']),
    dRate: pick([1, 1, 2]),
    dG: pick([1, 1, 2]),
    seq: chance(0.6),
  };
}
function countVal(v, sty) { if (v === 0) return sty.zero === '0' ? 0 : sty.zero === '-' ? '-' : null; return v; }
function rateVal(num, den, d, sty) { if (!den) return sty.na === 'blank' ? null : sty.na; return rnd((num / den) * 100, d); }

// table writer. cols: [{key,label,group,kind:'seq'|'label'|'count'|'rate'|'growth'|'pp'|'diff'|'cagr'|'text',d}]
// rows: [{id,label,seq,vals:{key:value},role}]
function table(sh, r0, c0, cols, rows, sty) {
  const two = cols.some((c) => c.group !== undefined);
  const colOf = {};
  cols.forEach((col, i) => { colOf[col.key] = c0 + i; });
  if (two) {
    let i = 0;
    while (i < cols.length) {
      const col = cols[i], cc = c0 + i;
      if (col.group !== undefined) {
        let j = i;
        while (j + 1 < cols.length && cols[j + 1].group === col.group) j++;
        sh.set(r0, cc, col.group, { hdr: 1 });
        for (let k = i + 1; k <= j; k++) sh.set(r0, c0 + k, null, { hdr: 1 });
        if (j > i) sh.merge(r0, cc, r0, c0 + j);
        for (let k = i; k <= j; k++) sh.set(r0 + 1, c0 + k, cols[k].label, { hdr: 1 });
        i = j + 1;
      } else { sh.set(r0, cc, col.label, { hdr: 1 }); sh.set(r0 + 1, cc, null, { hdr: 1 }); sh.merge(r0, cc, r0 + 1, cc); i++; }
    }
  } else cols.forEach((col, i) => sh.set(r0, c0 + i, col.label, { hdr: 1 }));
  let r = r0 + (two ? 2 : 1);
  const rowOf = {};
  sh.tblTop = r0;
  for (const row of rows) {
    rowOf[row.id] = r;
    cols.forEach((col, i) => {
      const c = c0 + i;
      let v = null, st = { body: 1, bold: row.role === 'total' };
      if (col.kind === 'seq') v = row.seq === undefined ? null : row.seq;
      else if (col.kind === 'label') { v = row.label; st.align = 'left'; }
      else if (col.kind === 'text') { v = row.vals[col.key] ?? null; st.align = col.align || 'center'; }
      else {
        const x = row.vals[col.key];
        v = x === undefined ? null : x;
        if (typeof v === 'number' && col.kind !== 'count' && col.kind !== 'diff') st.numFmt = '0.' + '0'.repeat(col.d);
        if (typeof v === 'number') sh.kinds.set(A(r, c), row.role === 'total' ? (col.kind === 'count' ? 'total' : col.kind) : ((row.kindOverride && col.kind === 'count') ? row.kindOverride : col.kind));
      }
      sh.set(r, c, v, st);
    });
    r++;
  }
  sh.tblBottom = r - 1;
  return { rowOf, colOf, end: r - 1, at: (rid, key) => A(rowOf[rid], colOf[key]) };
}

const UNIT_LINES = ['单位：个、名、%', '单位：个、名', '计量单位：个，名，%', '单位：个/名/%'];
function preamble(sh, ncols, title, m, opts = {}) {
  let r = 1;
  sh.set(r, 1, title, { title: 1 }); sh.merge(r, 1, r, ncols); r++;
  if (chance(0.35)) { sh.set(r, 1, pick(['（截至2025年12月31日）', '（2025年度）', '（2025年末数据）']), { center: 1 }); sh.merge(r, 1, r, ncols); r++; }
  const org = pick([`中共${m.city}委社会工作部`, `中共${m.city}委组织部`, `${m.city}社会组织综合党委`, `中共${m.city}委两新工委`, `${m.city}民政局社会组织党委`]);
  const style = ri(0, 3);
  if (style === 0) { sh.set(r, 1, `填报单位：${org}（盖章）`); sh.set(r, Math.max(2, ncols - 2), '填报日期：2026年1月' + ri(5, 20) + '日'); r++; sh.set(r, ncols, pick(UNIT_LINES), { right: 1 }); r++; }
  else if (style === 1) { sh.set(r, 1, `填报单位：${org}`); sh.set(r, ncols, pick(UNIT_LINES), { right: 1 }); r++; }
  else if (style === 2) { sh.set(r, 1, '填报单位：' + org); sh.set(r, Math.max(2, ncols - 2), '填报日期：'); sh.set(r, Math.max(3, ncols - 1), new Date(Date.UTC(2026, 0, ri(5, 25))), { numFmt: 'yyyy"年"m"月"d"日"' }); r++; sh.set(r, ncols, pick(UNIT_LINES), { right: 1 }); r++; }
  else { sh.set(r, ncols, pick(UNIT_LINES), { right: 1 }); r++; }
  return r;
}
const NOTES = [
  '注：1.党组织覆盖率=已建立党组织（含联合党组织）覆盖的社会组织数÷社会组织总数×100%。',
  '2.联合党支部按其覆盖的社会组织分别计入覆盖数，故覆盖社会组织数大于建立党组织数。',
  '3.党的工作覆盖率=通过建立党组织、选派党建工作指导员等方式实现党的工作覆盖的社会组织数÷社会组织总数×100%。',
  '4.“-”表示无此项数据，“/”表示不适用。',
  '5.统计截止时间为2025年12月31日，基金会数据由市民政局统一提供。',
];
function footer(sh, r, ncols, m) {
  r += 1;
  const n = ri(0, 3);
  const notes = NOTES.slice(0, n);
  if (n === 1) notes[0] = notes[0].replace('1.', '');
  for (const t of notes) { sh.set(r, 1, t, { left: 1 }); sh.merge(r, 1, r, ncols); r++; }
  if (chance(0.6)) { sh.set(r, 1, `填报人：${pick(['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆'])}`); sh.set(r, Math.max(2, Math.floor(ncols / 2)), `审核人：${pick(['赵明', '孙立', '周红', '吴刚'])}`); sh.set(r, Math.max(3, ncols - 1), `联系电话：0${ri(510, 899)}-${ri(2000000, 8999999)}`); r++; }
  return r;
}

// ---------- vector -> row values ----------
function rowVals(v, sty, keys) {
  const o = {};
  const d = sty.dRate;
  const map = {
    N: () => countVal(v.N, sty), M: () => countVal(v.M, sty), P: () => countVal(v.P, sty), B: () => countVal(v.B, sty), S: () => countVal(v.S, sty), J: () => countVal(v.J, sty),
    C: () => countVal(v.C, sty), CJ: () => countVal(v.CJ, sty), G: () => countVal(v.G, sty), W: () => countVal(v.W, sty), Z: () => countVal(v.Z, sty), K: () => countVal(v.K, sty), KJ: () => countVal(v.KJ, sty),
    F: () => countVal(v.F, sty), Wm: () => countVal(v.Wm, sty), Mn: () => countVal(v.Mn, sty),
    covRate: () => rateVal(v.C, v.N, d, sty), workRate: () => rateVal(v.W, v.N, d, sty), zRate: () => rateVal(v.Z, v.N, d, sty),
  };
  for (const k of keys) if (map[k]) o[k] = map[k]();
  return o;
}
const LBL = {
  N: () => pick(['社会组织总数', '社会组织数', '社会组织总数（个）']),
  M: () => pick(['有党员的社会组织数', '有党员社会组织数']),
  P: () => pick(['党员总数', '党员数', '党员人数（名）']),
  B: () => pick(['建立党组织数', '党组织数', '已建党组织数']),
  S: () => pick(['单独建立', '单独组建']),
  J: () => pick(['联合建立', '联合组建']),
  C: () => pick(['党组织覆盖社会组织数', '已覆盖社会组织数', '建立党组织覆盖的社会组织数']),
  CJ: () => '联合党组织覆盖社会组织数',
  covRate: () => pick(['党组织覆盖率(%)', '党组织覆盖率（%）']),
  G: () => pick(['选派党建指导员数', '党建工作指导员（名）', '选派党建指导员']),
  W: () => pick(['党的工作覆盖社会组织数', '实现党的工作覆盖数']),
  workRate: () => pick(['党的工作覆盖率(%)', '党的工作覆盖率（%）']),
  Z: () => pick(['无党员社会组织数', '无党员的社会组织数']),
  zRate: () => pick(['占比(%)', '占比（%）']),
  K: () => pick(['党组织书记数', '党组织书记（名）']),
  KJ: () => pick(['其中：由负责人兼任', '其中：负责人兼任书记']),
};
function ratePair(key) { return { covRate: ['C', 'N'], workRate: ['W', 'N'], zRate: ['Z', 'N'] }[key]; }
function rowRels(sh, at, rid, keys, d) {
  const has = (k) => keys.includes(k);
  const R_ = [];
  if (has('S') && has('J') && has('B')) R_.push({ t: 'sum', total: at(rid, 'B'), parts: [at(rid, 'S'), at(rid, 'J')], tol: 0 });
  if (has('M') && has('Z')) R_.push({ t: 'sum', total: at(rid, 'N'), parts: [at(rid, 'M'), at(rid, 'Z')], tol: 0 });
  if (has('S') && has('CJ') && has('C')) R_.push({ t: 'sum', total: at(rid, 'C'), parts: [at(rid, 'S'), at(rid, 'CJ')], tol: 0 });
  if (has('M')) R_.push({ t: 'le', whole: at(rid, 'N'), parts: [at(rid, 'M')], tol: 0 });
  if (has('B') && has('C')) R_.push({ t: 'le', whole: at(rid, 'C'), parts: [at(rid, 'B')], tol: 0 });
  if (has('C')) R_.push({ t: 'le', whole: at(rid, 'N'), parts: [at(rid, 'C')], tol: 0 });
  if (has('K') && has('KJ')) R_.push({ t: 'le', whole: at(rid, 'K'), parts: [at(rid, 'KJ')], tol: 0 });
  if (has('K') && has('B')) R_.push({ t: 'le', whole: at(rid, 'B'), parts: [at(rid, 'K')], tol: 0 });
  for (const rk of ['covRate', 'workRate', 'zRate']) {
    const pr = ratePair(rk);
    if (has(rk) && has(pr[0]) && has(pr[1])) R_.push({ t: 'rate', cell: at(rid, rk), num: at(rid, pr[0]), den: at(rid, pr[1]), k: 100, tol: 0.51 * Math.pow(10, -d) });
  }
  return R_;
}
function colSums(at, totalId, partIds, keys) {
  return keys.map((k) => ({ t: 'sum', total: at(totalId, k), parts: partIds.map((p) => at(p, k)), tol: 0 }));
}
const COUNTS = ['N', 'M', 'P', 'B', 'S', 'J', 'C', 'CJ', 'G', 'W', 'Z', 'K', 'KJ', 'F', 'Wm', 'Mn'];
const totalLabel = () => pick(['全市', '全市合计', '合计', '总计']);

// ---------- sheet builders ----------
function chooseCountyKeys() {
  const keys = ['N', 'M', 'P', 'B'];
  if (chance(0.65)) keys.push('S', 'J');
  if (chance(0.6)) keys.push('C');
  if (chance(0.85)) keys.push('covRate');
  if (chance(0.6)) keys.push('G');
  if (chance(0.4)) keys.push('W');
  if (chance(0.55)) keys.push('workRate');
  if (chance(0.5)) { keys.push('Z'); if (chance(0.7)) keys.push('zRate'); }
  if (chance(0.3)) keys.push('K', 'KJ');
  return keys;
}
function countyCols(keys, sty, groupStyle) {
  const cols = [];
  const order = ['N', 'M', 'P', 'B', 'S', 'J', 'C', 'covRate', 'G', 'W', 'workRate', 'Z', 'zRate', 'K', 'KJ'];
  for (const k of order) {
    if (!keys.includes(k)) continue;
    const col = { key: k, label: LBL[k](), kind: /Rate$/.test(k) ? 'rate' : 'count', d: sty.dRate };
    if (groupStyle === 1) {
      if (k === 'S' || k === 'J') col.group = '其中';
      if (k === 'Z' || k === 'zRate') { col.group = '无党员社会组织'; col.label = k === 'Z' ? '数量' : col.label; }
    } else if (groupStyle === 2) {
      if (['B', 'S', 'J', 'C', 'covRate'].includes(k)) { col.group = '党组织覆盖情况'; if (k === 'B') col.label = keys.includes('S') ? '建立党组织数' : col.label; }
      if (['G', 'W', 'workRate'].includes(k)) col.group = '党的工作覆盖情况';
      if (['Z', 'zRate'].includes(k)) { col.group = '无党员社会组织'; col.label = k === 'Z' ? '数量' : col.label; }
    } else if (groupStyle === 3 && keys.includes('S')) {
      if (['B', 'S', 'J'].includes(k)) { col.group = '建立党组织数'; col.label = k === 'B' ? '小计' : col.label; }
    }
    cols.push(col);
  }
  if (groupStyle !== 0 && !cols.some((c) => c.group)) return cols;
  return cols;
}
function unitRows(m, sty, key, valsFn, opt = {}) {
  const tl = opt.totalLabel || totalLabel();
  const rows = m.units.map((u0, i) => ({ id: 'u' + i, label: u0.name, seq: i + 1, vals: valsFn(u0), role: 'unit' }));
  const tot = { id: 'T', label: tl, seq: undefined, vals: valsFn(m.total), role: 'total' };
  const first = opt.totalFirst ?? chance(0.55);
  return { rows: first ? [tot, ...rows] : [...rows, tot], parts: rows.map((r) => r.id), first };
}

function sheetCounty(m, sty, name) {
  const sh = new Sheet(name);
  const keys = chooseCountyKeys();
  const cols = [];
  if (sty.seq) cols.push({ key: 'seq', label: '序号', kind: 'seq' });
  cols.push({ key: 'name', label: pick(['县(市、区)', '县（市、区）', '地区', '单位']), kind: 'label' });
  cols.push(...countyCols(keys, sty, ri(0, 3)));
  const r0 = preamble(sh, cols.length, pick([`${m.city}社会组织党建工作情况统计表`, `${m.city}社会组织党组织覆盖情况分县（市、区）统计表`, `2025年${m.city}社会组织党建基本情况表`]), m);
  const { rows, parts } = unitRows(m, sty, 'y25', (u0) => rowVals(u0.y25, sty, keys));
  const t = table(sh, r0, 1, cols, rows, sty);
  sh.rels.push(...colSums(t.at, 'T', parts, keys.filter((k) => COUNTS.includes(k))));
  for (const rid of ['T', ...parts]) sh.rels.push(...rowRels(sh, t.at, rid, keys, sty.dRate));
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

function sheetTwoPeriod(m, sty, name) {
  const sh = new Sheet(name);
  const hasC = chance(0.5), hasCagr = chance(0.3);
  const numYear = chance(0.25);
  const y24 = numYear ? 2024 : pick(['2024年', '2024年末']), y25 = numYear ? 2025 : pick(['2025年', '2025年末']);
  const d = sty.dRate, dG = sty.dG;
  const cols = [];
  if (sty.seq) cols.push({ key: 'seq', label: '序号', kind: 'seq' });
  cols.push({ key: 'name', label: pick(['县(市、区)', '县（市、区）', '地区']), kind: 'label' });
  for (const [yk, yl] of [['a', y24], ['b', y25]]) {
    cols.push({ key: 'N' + yk, label: '社会组织数', group: yl, kind: 'count' });
    cols.push({ key: 'B' + yk, label: '党组织数', group: yl, kind: 'count' });
    if (hasC) cols.push({ key: 'C' + yk, label: '覆盖社会组织数', group: yl, kind: 'count' });
    cols.push({ key: 'r' + yk, label: '覆盖率(%)', group: yl, kind: 'rate', d });
  }
  const chg = pick(['增减情况', '比上年增减', '同比变化']);
  const hasDN = chance(0.6), hasDB = chance(0.6);
  if (hasDN) cols.push({ key: 'dN', label: '社会组织数增减', group: chg, kind: 'diff' });
  if (hasDB) cols.push({ key: 'dB', label: '党组织数增减', group: chg, kind: 'diff' });
  cols.push({ key: 'gB', label: pick(['党组织数增长(%)', '增长%', '增幅（%）']), group: chg, kind: 'growth', d: dG });
  cols.push({ key: 'pp', label: pick(['覆盖率增减(百分点)', '覆盖率提高（百分点）', '增减（个百分点）']), group: chg, kind: 'pp', d });
  if (hasCagr) { cols.push({ key: 'N20', label: '2020年社会组织数', group: '“十四五”时期', kind: 'count' }); cols.push({ key: 'cg', label: '年均增长(%)', group: '“十四五”时期', kind: 'cagr', d: dG }); }
  const vals = (u0) => {
    const a = u0.y24, b = u0.y25;
    const o = { Na: countVal(a.N, sty), Ba: countVal(a.B, sty), Ca: countVal(a.C, sty), ra: rateVal(a.C, a.N, d, sty), Nb: countVal(b.N, sty), Bb: countVal(b.B, sty), Cb: countVal(b.C, sty), rb: rateVal(b.C, b.N, d, sty) };
    o.dN = b.N - a.N; o.dB = b.B - a.B;
    o.gB = a.B ? rnd((b.B / a.B - 1) * 100, dG) : (sty.na === 'blank' ? null : sty.na);
    o.pp = (a.N && b.N) ? rnd(o.rb - o.ra, d) : null;
    o.N20 = u0.N20; o.cg = rnd((Math.pow(b.N / u0.N20, 1 / 5) - 1) * 100, dG);
    return o;
  };
  const r0 = preamble(sh, cols.length, pick([`${m.city}社会组织党组织覆盖情况对比表`, `${m.city}社会组织党建工作2024—2025年对比情况`, `${m.city}2025年社会组织党建工作进展情况统计表`]), m);
  const { rows, parts } = unitRows(m, sty, null, vals);
  const t = table(sh, r0, 1, cols, rows, sty);
  const ck = ['Na', 'Ba', 'Nb', 'Bb'].concat(hasC ? ['Ca', 'Cb'] : []).concat(hasDN ? ['dN'] : []).concat(hasDB ? ['dB'] : []).concat(hasCagr ? ['N20'] : []);
  sh.rels.push(...colSums(t.at, 'T', parts, ck));
  for (const rid of ['T', ...parts]) {
    const at = (k) => t.at(rid, k);
    if (hasC) for (const y of ['a', 'b']) { sh.rels.push({ t: 'rate', cell: at('r' + y), num: at('C' + y), den: at('N' + y), k: 100, tol: 0.51 * Math.pow(10, -d) }); sh.rels.push({ t: 'le', whole: at('C' + y), parts: [at('B' + y)], tol: 0 }); }
    if (hasDN) sh.rels.push({ t: 'sum', total: at('Nb'), parts: [at('Na'), at('dN')], tol: 0 });
    if (hasDB) sh.rels.push({ t: 'sum', total: at('Bb'), parts: [at('Ba'), at('dB')], tol: 0 });
    sh.rels.push({ t: 'growth', cell: at('gB'), cur: at('Bb'), prev: at('Ba'), tol: 0.51 * Math.pow(10, -dG) });
    if (typeof sh.get(at('pp')) === 'number') sh.rels.push({ t: 'pp', cell: at('pp'), cur: at('rb'), prev: at('ra'), tol: 0.51 * Math.pow(10, -d) + 1e-9 });
    if (hasCagr) sh.rels.push({ t: 'cagr', cell: at('cg'), end: at('Nb'), start: at('N20'), n: 5, tol: 0.51 * Math.pow(10, -dG) });
  }
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

function genSub(parent, frac, lvl) {
  for (let tries = 0; tries < 200; tries++) {
    const v = genVec(Math.max(1, Math.round(parent.N * frac * (tries > 100 ? 0.5 : 1))), lvl);
    if (ADD.every((k) => v[k] <= parent[k])) return v;
  }
  return zeroVec();
}
function fitsUnder(vs, parent, keys) { return keys.every((k) => vs.reduce((a, v) => a + v[k], 0) <= parent[k]); }
function sheetCategory(m, sty, name) {
  const sh = new Sheet(name);
  const keys = ['N', 'M', 'P', 'B'];
  if (chance(0.6)) keys.push('S', 'J');
  if (chance(0.6)) keys.push('C');
  keys.push('covRate');
  if (chance(0.5)) keys.push('G');
  if (chance(0.5)) { keys.push('Z'); if (chance(0.6)) keys.push('zRate'); }
  const T = m.total.t;
  const all = m.total.y25;
  const lvl = 0.05;
  let s1, s2, s3, s4;
  for (let tries = 0; tries < 100; tries++) {
    s1 = genSub(T.st.y25, u(0.2, 0.35), lvl); s2 = genSub(T.st.y25, u(0.08, 0.18), lvl);
    s3 = genSub(all, u(0.05, 0.12), lvl); s4 = genSub(all, u(0.1, 0.22), lvl);
    if (fitsUnder([s1, s2], T.st.y25, ADD) && fitsUnder([s3, s4], all, ADD)) break;
  }
  const mfName = pick(['民办非企业单位（社会服务机构）', '社会服务机构（民办非企业单位）', '民办非企业单位']);
  const rows = [
    { id: 'T', label: pick(['合计', '总计', '全市合计']), vals: rowVals(all, sty, keys), role: 'total' },
    { id: 'st', label: pick(['一、社会团体', '社会团体']), vals: rowVals(T.st.y25, sty, keys), role: 'unit' },
    { id: 's1', label: pick(['其中：行业协会商会', '  其中：行业协会商会']), vals: rowVals(s1, sty, keys), role: 'sub' },
    { id: 's2', label: pick(['      学术类社团', '　　　学术类', '其中：学术类']), vals: rowVals(s2, sty, keys), role: 'sub' },
    { id: 'mf', label: (chance(0.5) ? '二、' : '') + mfName, vals: rowVals(T.mf.y25, sty, keys), role: 'unit' },
    { id: 'jj', label: pick(['三、基金会', '基金会']), vals: rowVals(T.jj.y25, sty, keys), role: 'unit' },
    { id: 'h', label: pick(['按领域分：', '附：按类别分', '其中按领域：']), vals: {}, role: 'head' },
    { id: 's3', label: '公益慈善类', vals: rowVals(s3, sty, keys), role: 'sub' },
    { id: 's4', label: '城乡社区服务类', vals: rowVals(s4, sty, keys), role: 'sub' },
  ];
  rows.forEach((r) => { if (r.role === 'sub') r.kindOverride = 'sub'; });
  const totalLast = chance(0.25);
  if (totalLast) { const t0 = rows.shift(); rows.splice(5, 0, t0); }
  const cols = [];
  if (sty.seq) { cols.push({ key: 'seq', label: '序号', kind: 'seq' }); let s = 1; for (const r of rows) if (r.role === 'unit') r.seq = s++; }
  cols.push({ key: 'name', label: pick(['类别', '社会组织类别', '项目']), kind: 'label' });
  cols.push(...countyCols(keys, sty, ri(0, 3)));
  const r0 = preamble(sh, cols.length, pick([`${m.city}各类社会组织党建工作情况统计表`, `${m.city}社会组织党建情况（分类别）`, `分类别社会组织党组织建设情况`]), m);
  const t = table(sh, r0, 1, cols, rows, sty);
  const ck = keys.filter((k) => COUNTS.includes(k));
  sh.rels.push(...colSums(t.at, 'T', ['st', 'mf', 'jj'], ck));
  for (const k of ck) {
    sh.rels.push({ t: 'le', whole: t.at('st', k), parts: [t.at('s1', k), t.at('s2', k)], tol: 0 });
    sh.rels.push({ t: 'le', whole: t.at('T', k), parts: [t.at('s3', k), t.at('s4', k)], tol: 0 });
  }
  for (const rid of ['T', 'st', 's1', 's2', 'mf', 'jj', 's3', 's4']) sh.rels.push(...rowRels(sh, t.at, rid, keys, sty.dRate));
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

function sheetTypeByCounty(m, sty, name) {
  const sh = new Sheet(name);
  const showC = chance(0.5);
  const d = sty.dRate;
  const groups = [['all', pick(['合计', '总计', '小计'])], ['st', '社会团体'], ['mf', pick(['民办非企业单位', '社会服务机构'])], ['jj', '基金会']];
  if (chance(0.3)) groups.push(groups.shift()); // 合计 group last
  const cols = [];
  if (sty.seq) cols.push({ key: 'seq', label: '序号', kind: 'seq' });
  cols.push({ key: 'name', label: pick(['县(市、区)', '县（市、区）', '单位']), kind: 'label' });
  for (const [g, gl] of groups) {
    cols.push({ key: 'N' + g, label: '总数', group: gl, kind: 'count' });
    cols.push({ key: (showC ? 'C' : 'B') + g, label: showC ? '覆盖数' : '党组织数', group: gl, kind: 'count' });
    cols.push({ key: 'r' + g, label: '覆盖率(%)', group: gl, kind: 'rate', d });
  }
  const vals = (u0) => {
    const o = {};
    for (const [g] of groups) {
      const v = g === 'all' ? u0.y25 : u0.t[g].y25;
      o['N' + g] = countVal(v.N, sty); o['C' + g] = countVal(v.C, sty); o['B' + g] = countVal(v.B, sty); o['r' + g] = rateVal(v.C, v.N, d, sty);
    }
    return o;
  };
  const r0 = preamble(sh, cols.length, pick([`${m.city}分类型社会组织党组织覆盖情况统计表`, `各县（市、区）分类型社会组织党建情况`]), m);
  const { rows, parts } = unitRows(m, sty, null, vals);
  const t = table(sh, r0, 1, cols, rows, sty);
  const X = showC ? 'C' : 'B';
  const ck = [];
  for (const [g] of groups) ck.push('N' + g, X + g);
  sh.rels.push(...colSums(t.at, 'T', parts, ck));
  for (const rid of ['T', ...parts]) {
    sh.rels.push({ t: 'sum', total: t.at(rid, 'Nall'), parts: ['st', 'mf', 'jj'].map((g) => t.at(rid, 'N' + g)), tol: 0 });
    sh.rels.push({ t: 'sum', total: t.at(rid, X + 'all'), parts: ['st', 'mf', 'jj'].map((g) => t.at(rid, X + g)), tol: 0 });
    if (showC) for (const [g] of groups) sh.rels.push({ t: 'rate', cell: t.at(rid, 'r' + g), num: t.at(rid, 'C' + g), den: t.at(rid, 'N' + g), k: 100, tol: 0.51 * Math.pow(10, -d) });
  }
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

function sheetMembers(m, sty, name) {
  const sh = new Sheet(name);
  const age4 = chance(0.35);
  const ageL = age4 ? ['35岁及以下', '36-45岁', '46-60岁', '61岁及以上'] : ['35岁及以下', '36-45岁', '46-55岁', '56-60岁', '61岁及以上'];
  const eduL = [pick(['研究生', '研究生及以上']), '大学本科', pick(['大专', '大学专科']), pick(['中专及以下', '高中、中专及以下'])];
  const hasPct = chance(0.4), hasEdu = chance(0.75), extras = ['Wm', 'F'].filter(() => chance(0.7));
  if (chance(0.3)) extras.push('Mn');
  const cols = [];
  if (sty.seq) cols.push({ key: 'seq', label: '序号', kind: 'seq' });
  cols.push({ key: 'name', label: pick(['县(市、区)', '县（市、区）', '地区']), kind: 'label' });
  cols.push({ key: 'P', label: pick(['党员总数', '党员数（名）', '社会组织党员总数']), kind: 'count' });
  const ag = pick(['年龄结构', '按年龄分', '年龄']);
  ageL.forEach((l, i) => cols.push({ key: 'a' + i, label: l, group: ag, kind: 'count' }));
  if (hasPct) cols.push({ key: 'apct', label: '35岁及以下占比(%)', group: ag, kind: 'rate', d: sty.dRate });
  if (hasEdu) { const eg = pick(['学历结构', '按学历分', '学历']); eduL.forEach((l, i) => cols.push({ key: 'e' + i, label: l, group: eg, kind: 'count' })); }
  const xl = { Wm: '女党员', F: '流动党员', Mn: '少数民族党员' };
  for (const k of extras) cols.push({ key: k, label: xl[k], group: chance(0.5) ? '其中' : undefined, kind: 'count' });
  // fix groups of extras: all same
  const eg2 = chance(0.5) ? '其中' : undefined;
  cols.forEach((c) => { if (extras.includes(c.key)) c.group = eg2; });
  const vals = (u0) => {
    const v = derived(u0.y25), o = { P: countVal(v.P, sty) };
    const ages = age4 ? v.age4 : v.age;
    ages.forEach((x, i) => { o['a' + i] = countVal(x, sty); });
    v.edu.forEach((x, i) => { o['e' + i] = countVal(x, sty); });
    o.apct = rateVal(ages[0], v.P, sty.dRate, sty);
    for (const k of extras) o[k] = countVal(v[k], sty);
    return o;
  };
  const r0 = preamble(sh, cols.length, pick([`${m.city}社会组织党员队伍基本情况统计表`, `社会组织党员结构情况（分县）`, `${m.city}社会组织党员年龄、学历结构统计表`]), m);
  const { rows, parts } = unitRows(m, sty, null, vals);
  rows.forEach((r) => { if (r.role === 'unit') r.kindOverride = 'age'; });
  const t = table(sh, r0, 1, cols, rows, sty);
  const ck = ['P', ...ageL.map((_, i) => 'a' + i), ...(hasEdu ? eduL.map((_, i) => 'e' + i) : []), ...extras];
  sh.rels.push(...colSums(t.at, 'T', parts, ck));
  for (const rid of ['T', ...parts]) {
    sh.rels.push({ t: 'sum', total: t.at(rid, 'P'), parts: ageL.map((_, i) => t.at(rid, 'a' + i)), tol: 0 });
    if (hasEdu) sh.rels.push({ t: 'sum', total: t.at(rid, 'P'), parts: eduL.map((_, i) => t.at(rid, 'e' + i)), tol: 0 });
    for (const k of extras) sh.rels.push({ t: 'le', whole: t.at(rid, 'P'), parts: [t.at(rid, k)], tol: 0 });
    if (hasPct) sh.rels.push({ t: 'rate', cell: t.at(rid, 'apct'), num: t.at(rid, 'a0'), den: t.at(rid, 'P'), k: 100, tol: 0.51 * Math.pow(10, -sty.dRate) });
  }
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

function sheetTransposed(m, sty, name) {
  const sh = new Sheet(name);
  const keys = ['N', 'M', 'P', 'B', 'S', 'J', 'C', 'covRate', 'G'].filter((k) => ['N', 'B', 'C', 'covRate'].includes(k) || chance(0.7));
  if (keys.includes('S') !== keys.includes('J')) { if (!keys.includes('S')) keys.splice(keys.indexOf('B') + 1, 0, 'S'); if (!keys.includes('J')) keys.splice(keys.indexOf('S') + 1, 0, 'J'); }
  const unitCol = chance(0.5);
  const totalFirst = chance(0.6);
  const d = sty.dRate;
  const labels = { N: '社会组织总数', M: '有党员的社会组织数', P: '党员总数', B: '建立党组织数', S: '其中：单独建立', J: '      联合建立', C: '党组织覆盖社会组织数', covRate: '党组织覆盖率', G: '选派党建指导员数' };
  const units = { N: '个', M: '个', P: '名', B: '个', S: '个', J: '个', C: '个', covRate: '%', G: '名' };
  const regions = totalFirst ? [m.total, ...m.units] : [...m.units, m.total];
  const ncols = 1 + (unitCol ? 1 : 0) + regions.length;
  let r = preamble(sh, ncols, pick([`${m.city}社会组织党建主要指标（分县）`, `社会组织党建工作主要指标情况表`]), m);
  const c0 = unitCol ? 3 : 2;
  sh.set(r, 1, pick(['指标', '指标名称', '项目']), { hdr: 1 });
  if (unitCol) sh.set(r, 2, '单位', { hdr: 1 });
  const tl = pick(['全市', '合计', '全市合计']);
  regions.forEach((g, i) => sh.set(r, c0 + i, g === m.total ? tl : g.name, { hdr: 1 }));
  sh.tblTop = r;
  r++;
  const rowOf = {};
  for (const k of keys) {
    rowOf[k] = r;
    sh.set(r, 1, labels[k] + (k === 'covRate' && !unitCol ? '(%)' : ''), { body: 1, align: 'left' });
    if (unitCol) sh.set(r, 2, units[k], { body: 1 });
    regions.forEach((g, i) => {
      const v = g.y25;
      const val = k === 'covRate' ? rateVal(v.C, v.N, d, sty) : countVal(v[k], sty);
      const a = sh.set(r, c0 + i, val, { body: 1, numFmt: k === 'covRate' && typeof val === 'number' ? '0.' + '0'.repeat(d) : undefined });
      if (typeof val === 'number') sh.kinds.set(a, g === m.total ? (k === 'covRate' ? 'rate' : 'total') : (k === 'covRate' ? 'rate' : 'count'));
    });
    r++;
  }
  sh.tblBottom = r - 1;
  const at = (k, i) => A(rowOf[k], c0 + i);
  const ti = totalFirst ? 0 : regions.length - 1;
  const pi = regions.map((_, i) => i).filter((i) => i !== ti);
  for (const k of keys) if (k !== 'covRate') sh.rels.push({ t: 'sum', total: at(k, ti), parts: pi.map((i) => at(k, i)), tol: 0 });
  regions.forEach((_, i) => {
    if (keys.includes('S')) sh.rels.push({ t: 'sum', total: at('B', i), parts: [at('S', i), at('J', i)], tol: 0 });
    sh.rels.push({ t: 'rate', cell: at('covRate', i), num: at('C', i), den: at('N', i), k: 100, tol: 0.51 * Math.pow(10, -d) });
    sh.rels.push({ t: 'le', whole: at('C', i), parts: [at('B', i)], tol: 0 });
    if (keys.includes('M')) sh.rels.push({ t: 'le', whole: at('N', i), parts: [at('M', i)], tol: 0 });
  });
  footer(sh, r, ncols, m);
  return sh;
}

function sheetTownship(m, sty, name) {
  const sh = new Sheet(name);
  const county = pick(m.counties);
  const towns = townNames(ri(6, 14));
  const keys = ['N', 'M', 'P', 'B', 'S', 'J', 'C', 'covRate', 'G'].filter((k) => ['N', 'B', 'C', 'covRate'].includes(k) || chance(0.65));
  if (keys.includes('S') !== keys.includes('J')) { const i = keys.indexOf('S'); if (i >= 0) keys.splice(i, 1); const j = keys.indexOf('J'); if (j >= 0) keys.splice(j, 1); }
  const vecs = towns.map(() => { const N = chance(0.1) ? ri(1, 4) : ri(5, 60); return genVec(N, u(0, 0.1)); });
  const tot = sumVecs(vecs);
  const cols = [];
  if (sty.seq) cols.push({ key: 'seq', label: '序号', kind: 'seq' });
  cols.push({ key: 'name', label: pick(['乡镇（街道）', '乡镇(街道)', '镇（街道）']), kind: 'label' });
  cols.push(...countyCols(keys, sty, ri(0, 3)));
  const r0 = preamble(sh, cols.length, pick([`${county}乡镇（街道）社区社会组织党建工作情况统计表`, `${county}社区社会组织党组织覆盖情况（分乡镇）`]), m);
  const rows = towns.map((n, i) => ({ id: 'u' + i, label: n, seq: i + 1, vals: rowVals(vecs[i], sty, keys), role: 'unit' }));
  const T = { id: 'T', label: pick(['合计', '全县（市、区）合计', county + '合计']), vals: rowVals(tot, sty, keys), role: 'total' };
  const allRows = chance(0.5) ? [T, ...rows] : [...rows, T];
  const t = table(sh, r0, 1, cols, allRows, sty);
  sh.rels.push(...colSums(t.at, 'T', rows.map((x) => x.id), keys.filter((k) => COUNTS.includes(k))));
  for (const rid of ['T', ...rows.map((x) => x.id)]) sh.rels.push(...rowRels(sh, t.at, rid, keys, sty.dRate));
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

function sheetHier(m, sty, name) {
  const sh = new Sheet(name);
  const cs = shuffle(m.counties.slice()).slice(0, ri(2, Math.min(4, m.counties.length)));
  const keys = ['N', 'M', 'P', 'B', 'C', 'covRate'].filter((k) => k !== 'M' || chance(0.6));
  const groups = cs.map((c) => { const towns = townNames(ri(3, 7)); const vecs = towns.map(() => genVec(ri(4, 45), u(0, 0.1))); return { c, towns, vecs, tot: sumVecs(vecs) }; });
  const all = sumVecs(groups.map((g) => g.tot));
  const cols = [];
  if (sty.seq) cols.push({ key: 'seq', label: '序号', kind: 'seq' });
  cols.push({ key: 'name', label: pick(['单位', '县（市、区）/乡镇（街道）', '地区']), kind: 'label' });
  cols.push(...countyCols(keys, sty, 0));
  const r0 = preamble(sh, cols.length, pick(['部分县（市、区）乡镇（街道）社区社会组织党建情况', `${m.city}社区社会组织党建工作试点情况统计表`]), m);
  const indent = pick(['  ', '　　', '其中：', '']);
  const rows = [{ id: 'T', label: pick(['合计', '试点地区合计', '总计']), vals: rowVals(all, sty, keys), role: 'total' }];
  let s = 1;
  groups.forEach((g, gi) => {
    rows.push({ id: 'c' + gi, label: g.c, seq: sty.seq ? pick([s, undefined]) : undefined, vals: rowVals(g.tot, sty, keys), role: 'total' });
    s++;
    g.towns.forEach((tn, ti) => rows.push({ id: `c${gi}t${ti}`, label: (ti === 0 || indent !== '其中：' ? (indent === '其中：' ? indent : indent) : '　　') + tn, vals: rowVals(g.vecs[ti], sty, keys), role: 'unit' }));
  });
  const t = table(sh, r0, 1, cols, rows, sty);
  const ck = keys.filter((k) => COUNTS.includes(k));
  sh.rels.push(...colSums(t.at, 'T', groups.map((_, gi) => 'c' + gi), ck));
  groups.forEach((g, gi) => sh.rels.push(...colSums(t.at, 'c' + gi, g.towns.map((_, ti) => `c${gi}t${ti}`), ck)));
  for (const row of rows) sh.rels.push(...rowRels(sh, t.at, row.id, keys, sty.dRate));
  footer(sh, t.end + 1, cols.length, m);
  return sh;
}

const ORGN = {
  st: ['餐饮行业协会', '建筑业协会', '物流协会', '电子商务协会', '计算机学会', '医学会', '护理学会', '作家协会', '书法家协会', '摄影家协会', '老年体育协会', '慈善总会', '青年企业家商会', '温州商会', '律师协会', '注册会计师协会', '红十字志愿者协会', '退役军人创业协会', '茶文化研究会', '农业科技推广协会', '家庭服务业协会', '物业管理协会', '钓鱼协会', '社会工作者协会', '机械工程学会', '中医药学会', '个体劳动者协会', '民营企业商会', '旅游协会', '汽车维修行业协会'],
  mf: ['阳光社会工作服务中心', '爱心养老服务中心', '启明星康复中心', '博雅培训学校', '新星幼儿园', '和美社区服务中心', '益心公益服务中心', '康乐居家养老服务中心', '晨曦残疾人托养中心', '蓝天救援队', '心理咨询服务中心', '职业技能培训学校', '同心调解服务中心', '惠民医院', '童心儿童发展中心', '邻里守望服务社', '乐龄老年大学', '绿色环保服务中心'],
  jj: ['教育基金会', '慈善基金会', '见义勇为基金会', '扶贫开发基金会', '文化发展基金会', '青少年发展基金会'],
};
function sheetLedgerPair(m, sty, names) {
  const scope = chance(0.5) ? { name: m.city, reg: m.city.replace(/市$/, '') + '市民政局', code: m.code } : (() => { const c = pick(m.counties); return { name: c, reg: c + '民政局', code: m.code.slice(0, 4) + String(ri(1, 30)).padStart(2, '0') }; })();
  const n = ri(30, 80);
  const orgs = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const ty = chance(0.45) ? 'st' : chance(0.9) ? 'mf' : 'jj';
    let nm; let k = 0;
    do { nm = scope.name + (k > 3 ? pick(STEMS) : '') + pick(ORGN[ty]); k++; } while (used.has(nm));
    used.add(nm);
    const r0 = R();
    const mem = r0 < 0.35 ? 0 : r0 < 0.62 ? ri(1, 2) : ri(3, 15);
    orgs.push({ nm, ty, mem, form: null });
  }
  // single
  for (const o of orgs) if (o.mem >= 3 && chance(0.6)) o.form = 'S';
  // joint, grouped within type
  for (const ty of TYPES) {
    const cand = orgs.filter((o) => o.ty === ty && !o.form && ((o.mem > 0 && chance(0.4)) || (o.mem === 0 && chance(0.15))));
    let i = 0;
    while (i < cand.length) {
      const sz = Math.min(ri(2, 5), cand.length - i);
      if (sz < 2) break;
      const bid = ri(1, 99);
      for (let k = 0; k < sz; k++) { cand[i + k].form = 'J'; cand[i + k].branch = bid; cand[i + k].bsz = sz; cand[i + k].first = k === 0; }
      i += sz;
    }
  }
  const TYN = { st: '社会团体', mf: pick(['民办非企业单位', '社会服务机构']), jj: '基金会' };
  // ledger sheet
  const L = new Sheet(names[0]);
  const hasCode = chance(0.5), hasNote = chance(0.6);
  const cols = [['seq', '序号'], ['nm', '社会组织名称'], ...(hasCode ? [['code', '统一社会信用代码']] : []), ['ty', '类型'], ['reg', '登记机关'], ['mem', '党员数'], ['yn', '是否建立党组织'], ['form', '组织形式'], ...(hasNote ? [['note', '备注']] : [])];
  const nc = cols.length;
  let r = 1;
  L.set(r, 1, `${scope.name}社会组织党建工作台账`, { title: 1 }); L.merge(r, 1, r, nc); r++;
  L.set(r, 1, '填报单位：' + pick([`${scope.name}社会组织综合党委`, `中共${scope.name}委社会工作部`])); L.set(r, nc, '单位：名', { right: 1 }); r++;
  cols.forEach(([k, l], i) => L.set(r, i + 1, l, { hdr: 1 }));
  L.tblTop = r;
  r++;
  const totalTop = chance(0.2);
  const memCol = cols.findIndex((c) => c[0] === 'mem') + 1;
  let totRow;
  if (totalTop) { totRow = r; r++; }
  const memAddrs = [];
  const zeroMem = pick(['0', '0', '-', 'blank']);
  orgs.forEach((o, i) => {
    cols.forEach(([k], ci) => {
      const c = ci + 1;
      let v = null, st = { body: 1 };
      if (k === 'seq') v = i + 1;
      else if (k === 'nm') { v = o.nm; st.align = 'left'; }
      else if (k === 'code') v = '5' + ({ st: 1, mf: 2, jj: 3 }[o.ty]) + scope.code + 'MJ' + String(ri(1000000, 9999999)) + pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''));
      else if (k === 'ty') v = TYN[o.ty];
      else if (k === 'reg') v = o.ty === 'jj' && chance(0.7) ? m.city.replace(/市$/, '') + '市民政局' : scope.reg;
      else if (k === 'mem') { v = o.mem === 0 ? (zeroMem === '0' ? 0 : zeroMem === '-' ? '-' : null) : o.mem; }
      else if (k === 'yn') v = o.form ? '是' : '否';
      else if (k === 'form') v = o.form === 'S' ? '单独建立' : o.form === 'J' ? '联合建立' : pick(['—', '-', '/']);
      else if (k === 'note') v = o.form === 'J' ? `联合党支部（${o.bsz}家）` : o.form === 'S' ? pick(['', '', '党支部', '党总支']) || null : (o.mem === 0 && chance(0.3) ? '已选派党建指导员' : null);
      const a = L.set(r, c, v, st);
      if (k === 'mem') { memAddrs.push(a); if (typeof v === 'number') L.kinds.set(a, 'ledger'); }
    });
    r++;
  });
  const P = orgs.reduce((a, o) => a + o.mem, 0);
  if (!totalTop) totRow = r++;
  L.set(totRow, 1, null, { body: 1, bold: true }); L.set(totRow, 2, pick(['合计', '合  计', '总计']), { body: 1, bold: true });
  for (let c = 3; c <= nc; c++) L.set(totRow, c, null, { body: 1 });
  L.set(totRow, memCol, P, { body: 1, bold: true }); L.kinds.set(A(totRow, memCol), 'total');
  const ynCol = cols.findIndex((c) => c[0] === 'yn') + 1;
  if (chance(0.5)) L.set(totRow, ynCol, `是：${orgs.filter((o) => o.form).length}个`, { body: 1 });
  L.tblBottom = r - 1;
  L.rels.push({ t: 'sum', total: A(totRow, memCol), parts: memAddrs, tol: 0 });
  if (chance(0.5)) { L.set(r + 1, 1, '注：组织形式为“联合建立”的，党员数按各社会组织实有党员分别填报。'); }
  // summary sheet
  const S = new Sheet(names[1]);
  const vecOf = (list) => {
    const v = { N: list.length, M: list.filter((o) => o.mem > 0).length, P: list.reduce((a, o) => a + o.mem, 0), S: list.filter((o) => o.form === 'S').length, CJ: list.filter((o) => o.form === 'J').length, J: list.filter((o) => o.form === 'J' && o.first).length };
    v.Z = v.N - v.M; v.B = v.S + v.J; v.C = v.S + v.CJ; return v;
  };
  const keys = ['N', 'M', 'P', 'B', 'S', 'J', 'C', 'covRate'].concat(chance(0.5) ? ['CJ'] : []).concat(chance(0.5) ? ['Z'] : []);
  const order = ['N', 'M', 'Z', 'P', 'B', 'S', 'J', 'C', 'CJ', 'covRate'].filter((k) => keys.includes(k));
  const scols = [{ key: 'name', label: '类型', kind: 'label' }];
  for (const k of order) {
    const col = { key: k, label: LBL[k](), kind: k === 'covRate' ? 'rate' : 'count', d: sty.dRate };
    if (k === 'S' || k === 'J') col.group = '其中';
    if (k === 'C') col.label = '建立党组织的社会组织数';
    scols.push(col);
  }
  const r0 = preamble(S, scols.length, `${scope.name}社会组织党建情况汇总表`, m);
  const rows = TYPES.map((t) => ({ id: t, label: TYN[t], vals: rowVals(vecOf(orgs.filter((o) => o.ty === t)), sty, keys), role: 'unit' }));
  const tot = { id: 'T', label: '合计', vals: rowVals(vecOf(orgs), sty, keys), role: 'total' };
  const allRows = chance(0.5) ? [tot, ...rows] : [...rows, tot];
  const t = table(S, r0, 1, scols, allRows, sty);
  S.rels.push(...colSums(t.at, 'T', TYPES, keys.filter((k) => COUNTS.includes(k))));
  for (const rid of ['T', ...TYPES]) S.rels.push(...rowRels(S, t.at, rid, keys, sty.dRate));
  let fr = t.end + 2;
  S.set(fr, 1, `注：数据来源于“${L.name}”工作表；联合党支部覆盖的社会组织计入“建立党组织的社会组织数”。`);
  return [L, S];
}

// ---------- plants ----------
function relsOf(sh, a) { return sh.rels.filter((r) => relCells(r).includes(a)); }
function maxExcess(sh, a) {
  let mx = -Infinity;
  for (const r of relsOf(sh, a)) { const e = evalRel(r, (x) => sh.get(x)); if (e !== null && !Number.isNaN(e)) mx = Math.max(mx, e); }
  return mx;
}
function mutate(kind, v, d) {
  const isInt = kind === 'count' || kind === 'total' || kind === 'age' || kind === 'ledger' || kind === 'sub' || kind === 'diff';
  if (isInt) {
    const s = String(Math.abs(v));
    const opts = [];
    if (s.length >= 2) {
      for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) { const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); if (t[0] !== '0') opts.push(Math.sign(v || 1) * Number(t)); }
    }
    const mag = Math.max(2, Math.round(Math.abs(v) * u(0.05, 0.2)));
    opts.push(v + mag, v - mag, v + 10, v - 10, kind === 'ledger' ? v + ri(3, 9) : v + ri(2, 6));
    if (kind === 'diff' && Math.abs(v) >= 2) opts.push(-v);
    let nv = pick(opts);
    if (kind !== 'diff' && nv < 0) nv = v + mag;
    return nv;
  }
  // decimals
  if (kind === 'rate') {
    const opts = [rnd(v + u(1.5, 9), d), rnd(v - u(1.5, 9), d)];
    const ip = Math.floor(v); const s = String(ip);
    if (s.length === 2 && s[0] !== s[1]) opts.push(rnd(Number(s[1] + s[0]) + (v - ip), d));
    let nv = pick(opts);
    if (nv < 0 || nv > 100) nv = rnd(v > 50 ? v - u(2, 8) : v + u(2, 8), d);
    return nv;
  }
  if (kind === 'growth' || kind === 'cagr') { const opts = [rnd(v + u(2, 8), d), rnd(v - u(2, 8), d)]; if (Math.abs(v) >= 1) opts.push(-v); return pick(opts); }
  if (kind === 'pp') { const opts = [rnd(v + u(1, 5), d), rnd(v - u(1, 5), d)]; if (Math.abs(v) >= 0.8) opts.push(-v); return pick(opts); }
  return v + 7;
}
function decOf(sh, a) { const c = sh.cells.get(a); if (c && c.numFmt && /0\.(0+)/.test(c.numFmt)) return c.numFmt.split('.')[1].length; return 0; }
function plantBook(sheets, nPl) {
  const plants = [];
  for (let k = 0; k < nPl; k++) {
    for (let tries = 0; tries < 200; tries++) {
      const sh = pick(sheets.filter((s) => s.rels.length));
      const cands0 = [...sh.kinds.keys()].filter((a) => typeof sh.get(a) === 'number' && sh.get(a) !== 0 && relsOf(sh, a).length && !plants.some((p) => p.sheet === sh.name && p.cell === a));
      if (!cands0.length) continue;
      const kk = pick([...new Set(cands0.map((a) => sh.kinds.get(a)))]);
      const cands = cands0.filter((a) => sh.kinds.get(a) === kk);
      const a = pick(cands);
      const kind = sh.kinds.get(a);
      const was = sh.get(a);
      const nv = mutate(kind, was, decOf(sh, a));
      if (nv === was || !Number.isFinite(nv)) continue;
      sh.cells.get(a).v = nv;
      const ex = maxExcess(sh, a);
      const need = ['rate', 'growth', 'pp', 'cagr'].includes(kind) ? 0.5 : 1.5;
      // previous plants must still break something
      const prevOk = plants.every((p) => { const s2 = sheets.find((s) => s.name === p.sheet); return maxExcess(s2, p.cell) > 0; });
      if (ex >= need && prevOk) { plants.push({ sheet: sh.name, cell: a, was, now: nv, kind }); break; }
      sh.cells.get(a).v = was;
    }
  }
  return plants;
}

// ---------- write ----------
const thin = { style: 'thin' };
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Administrator';
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, c] of sh.cells) {
      const cell = ws.getCell(a);
      if (c.v !== null && c.v !== undefined) cell.value = c.v;
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.title) { cell.font = { name: '方正小标宋简体', size: 16 }; cell.alignment = { horizontal: 'center', vertical: 'middle' }; }
      if (c.hdr) { cell.font = { name: '黑体', size: 10 }; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; cell.border = { top: thin, left: thin, bottom: thin, right: thin }; }
      if (c.body) { cell.font = { name: '仿宋_GB2312', size: 10, bold: !!c.bold }; cell.border = { top: thin, left: thin, bottom: thin, right: thin }; cell.alignment = { horizontal: c.align || (typeof c.v === 'number' ? 'right' : 'center'), vertical: 'middle' }; }
      if (c.right) cell.alignment = { horizontal: 'right' };
      if (c.center) cell.alignment = { horizontal: 'center' };
    }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    for (let c = 1; c <= sh.maxCol; c++) ws.getColumn(c).width = c <= 2 ? 18 : 11;
  }
  await wb.xlsx.writeFile(file);
}

const SHEETNAMES = {
  county: ['分县统计', '表1 分县（市、区）情况', 'Sheet1', '总表', '县市区'],
  two: ['两年对比', '表2 对比情况', '同比', '进展情况'],
  cat: ['分类别', '表3 分类型', '按类别', '类别'],
  tbc: ['分类型分县', '类型×县', '表4'],
  mem: ['党员队伍', '党员结构', '表5 党员情况'],
  tr: ['主要指标', '指标横表', '横表'],
  town: ['乡镇明细', '分乡镇', '乡镇（街道）'],
  hier: ['试点县乡镇', '县乡两级', '分级汇总'],
  ledger: ['台账', '社会组织台账', '明细'],
  summ: ['汇总', '汇总表', '统计汇总'],
};
async function genSet(set, prefix, nBooks, seed) {
  R = mulberry32(seed);
  const dir = path.join(__dirname, set);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const manifest = [], rels = {};
  const BUILD = { county: sheetCounty, two: sheetTwoPeriod, cat: sheetCategory, tbc: sheetTypeByCounty, mem: sheetMembers, tr: sheetTransposed, town: sheetTownship, hier: sheetHier };
  for (let i = 1; i <= nBooks; i++) {
    const file = `${prefix}${String(i).padStart(3, '0')}.xlsx`;
    const m = genModel(ri(0, CITIES.length - 1));
    const sty = mkStyle();
    let kinds = shuffle(['county', 'two', 'cat', 'tbc', 'mem', 'tr', 'town', 'hier', 'ledger']).slice(0, ri(1, 4));
    if (!kinds.includes('county') && chance(0.5)) kinds.unshift('county');
    const sheets = [];
    const usedNames = new Set();
    const nm = (k) => { let n = pick(SHEETNAMES[k]); let j = 2; while (usedNames.has(n)) n = n + j++; usedNames.add(n); return n; };
    for (const k of kinds) {
      if (k === 'ledger') { const pair = sheetLedgerPair(m, sty, [nm('summ'), nm('ledger')].reverse()); if (chance(0.5)) sheets.push(pair[1], pair[0]); else sheets.push(...pair); }
      else sheets.push(BUILD[k](m, sty, nm(k)));
    }
    const clean = R() < 0.4;
    const plants = clean ? [] : plantBook(sheets, chance(0.65) ? 1 : 2);
    if (!clean && !plants.length) throw new Error('no plant ' + file);
    await writeBook(path.join(dir, file), sheets);
    manifest.push({ file, clean, plants: plants.map((p) => ({ sheet: p.sheet, cell: p.cell, was: p.was, now: p.now, kind: p.kind })) });
    rels[file] = { sheets: sheets.filter((s) => s.rels.length).map((s) => ({ name: s.name, rels: s.rels })) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'rel', set + '.json'), JSON.stringify(rels));
  const np = manifest.reduce((a, x) => a + x.plants.length, 0);
  console.log(set, 'books', manifest.length, 'clean', manifest.filter((x) => x.clean).length, 'plants', np);
}
(async () => {
  await genSet('cases', 'c', 45, 9301);
  await genSet('probe', 'p', 100, 9377);
})();
