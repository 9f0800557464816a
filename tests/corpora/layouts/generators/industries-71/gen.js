// generator for round 71A: party organisations in non-public enterprises by industry / size / registration type
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const L = require('./lib');

let R;
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

const ML = [
  ['A', '农、林、牧、渔业', [['01', '农业'], ['02', '林业'], ['03', '畜牧业'], ['04', '渔业'], ['05', '农、林、牧、渔专业及辅助性活动']]],
  ['B', '采矿业', [['06', '煤炭开采和洗选业'], ['07', '石油和天然气开采业'], ['08', '黑色金属矿采选业'], ['09', '有色金属矿采选业'], ['10', '非金属矿采选业'], ['11', '开采专业及辅助性活动'], ['12', '其他采矿业']]],
  ['C', '制造业', [['13', '农副食品加工业'], ['14', '食品制造业'], ['15', '酒、饮料和精制茶制造业'], ['16', '烟草制品业'], ['17', '纺织业'], ['18', '纺织服装、服饰业'], ['19', '皮革、毛皮、羽毛及其制品和制鞋业'], ['20', '木材加工和木、竹、藤、棕、草制品业'], ['21', '家具制造业'], ['22', '造纸和纸制品业'], ['23', '印刷和记录媒介复制业'], ['24', '文教、工美、体育和娱乐用品制造业'], ['25', '石油、煤炭及其他燃料加工业'], ['26', '化学原料和化学制品制造业'], ['27', '医药制造业'], ['28', '化学纤维制造业'], ['29', '橡胶和塑料制品业'], ['30', '非金属矿物制品业'], ['31', '黑色金属冶炼和压延加工业'], ['32', '有色金属冶炼和压延加工业'], ['33', '金属制品业'], ['34', '通用设备制造业'], ['35', '专用设备制造业'], ['36', '汽车制造业'], ['37', '铁路、船舶、航空航天和其他运输设备制造业'], ['38', '电气机械和器材制造业'], ['39', '计算机、通信和其他电子设备制造业'], ['40', '仪器仪表制造业'], ['41', '其他制造业'], ['42', '废弃资源综合利用业'], ['43', '金属制品、机械和设备修理业']]],
  ['D', '电力、热力、燃气及水生产和供应业', [['44', '电力、热力生产和供应业'], ['45', '燃气生产和供应业'], ['46', '水的生产和供应业']]],
  ['E', '建筑业', [['47', '房屋建筑业'], ['48', '土木工程建筑业'], ['49', '建筑安装业'], ['50', '建筑装饰、装修和其他建筑业']]],
  ['F', '批发和零售业', [['51', '批发业'], ['52', '零售业']]],
  ['G', '交通运输、仓储和邮政业', [['53', '铁路运输业'], ['54', '道路运输业'], ['55', '水上运输业'], ['56', '航空运输业'], ['57', '管道运输业'], ['58', '多式联运和运输代理业'], ['59', '装卸搬运和仓储业'], ['60', '邮政业']]],
  ['H', '住宿和餐饮业', [['61', '住宿业'], ['62', '餐饮业']]],
  ['I', '信息传输、软件和信息技术服务业', [['63', '电信、广播电视和卫星传输服务'], ['64', '互联网和相关服务'], ['65', '软件和信息技术服务业']]],
  ['J', '金融业', [['66', '货币金融服务'], ['67', '资本市场服务'], ['68', '保险业'], ['69', '其他金融业']]],
  ['K', '房地产业', [['70', '房地产业']]],
  ['L', '租赁和商务服务业', [['71', '租赁业'], ['72', '商务服务业']]],
  ['M', '科学研究和技术服务业', [['73', '研究和试验发展'], ['74', '专业技术服务业'], ['75', '科技推广和应用服务业']]],
  ['N', '水利、环境和公共设施管理业', [['76', '水利管理业'], ['77', '生态保护和环境治理业'], ['78', '公共设施管理业'], ['79', '土地管理业']]],
  ['O', '居民服务、修理和其他服务业', [['80', '居民服务业'], ['81', '机动车、电子产品和日用产品修理业'], ['82', '其他服务业']]],
  ['P', '教育', [['83', '教育']]],
  ['Q', '卫生和社会工作', [['84', '卫生'], ['85', '社会工作']]],
  ['R', '文化、体育和娱乐业', [['86', '新闻和出版业'], ['87', '广播、电视、电影和录音制作业'], ['88', '文化艺术业'], ['89', '体育'], ['90', '娱乐业']]],
  ['S', '公共管理、社会保障和社会组织', []],
  ['T', '国际组织', []],
];
const ZEROISH = new Set(['S', 'T', '07', '16', '53', '56', '57', '79', '66', '97']);
const SCALE = { C: 300, F: 400, E: 120, L: 150, I: 90, G: 80, H: 80, K: 60, M: 70, O: 60, A: 50 };
const KEYS = ['N', 'S', 'P', 'P1', 'P2', 'E', 'M', 'Y', 'O', 'B', 'N0'];
const zeroVals = () => Object.fromEntries(KEYS.map((k) => [k, 0]));
function genLeaf(scale, zero) {
  if (zero) return zeroVals();
  const N = ri(Math.max(1, Math.round(scale * 0.2)), Math.max(2, Math.round(scale)));
  const S = Math.floor(N * (0.02 + R() * 0.3));
  const P = Math.floor(N * (0.3 + R() * 0.65));
  const P1 = Math.floor(P * (0.2 + R() * 0.6)); const P2 = P - P1;
  const E = Math.round(N * (8 + R() * 50));
  const M = Math.floor(E * (0.01 + R() * 0.05)); const Y = Math.floor(M * (0.2 + R() * 0.35));
  const O = Math.floor(N * (0.05 + R() * 0.25)); const B = Math.floor(Math.min(O, P) * (0.3 + R() * 0.6));
  const N0 = Math.max(1, Math.round(N * (0.8 + R() * 0.35)));
  return { N, S, P, P1, P2, E, M, Y, O, B, N0 };
}
const addV = (a, b) => Object.fromEntries(KEYS.map((k) => [k, a[k] + b[k]]));

// ---------- model structures ----------
function industryStructure(opt) {
  const rows = [{ label: opt.totalLabel, level: 0, code: '' }];
  const groups = []; const top = { p: 0, ch: [], complete: true }; groups.push(top);
  let mls = ML.filter((m) => m[0] <= 'R' || chance(0.35));
  let other = false;
  if (opt.subset) { mls = mls.filter((m) => ['C', 'F'].includes(m[0]) || chance(0.45)); other = true; }
  for (const m of mls) {
    const idx = rows.length; rows.push({ label: m[1], code: m[0], level: 1, scale: SCALE[m[0]] || 30, zero: ['S', 'T'].includes(m[0]) || (ZEROISH.has(m[0]) && chance(0.85)) });
    top.ch.push(idx);
    const subs = m[2];
    if (subs.length && !rows[idx].zero && chance(opt.pChildren)) {
      let complete = subs.length <= 8 ? chance(0.75) : chance(opt.fullC || 0.25);
      if (subs.length === 1) complete = true;
      let chosen = complete ? subs : subs.filter(() => chance(0.4));
      if (!complete && chosen.length < 2) chosen = subs.slice(0, 2);
      if (!complete && chosen.length === subs.length) chosen = subs.slice(0, subs.length - 1);
      const g = { p: idx, ch: [], complete, hiddenScale: rows[idx].scale / subs.length * (subs.length - chosen.length) };
      chosen.forEach((s, k) => { g.ch.push(rows.length); rows.push({ label: s[1], code: s[0], parentCode: m[0], level: 2, first: k === 0, partial: !complete, scale: (rows[idx].scale * 1.5) / subs.length + 3, zero: ZEROISH.has(s[0]) && chance(0.7) }); });
      groups.push(g);
    }
  }
  if (other) { top.ch.push(rows.length); rows.push({ label: pick(['其他行业', '其他']), code: '', level: 1, scale: 200 }); }
  return { rows, groups, type: 'ind' };
}
function fillValues(st, mult) {
  const vals = st.rows.map(() => null);
  const childSet = new Map(); for (const g of st.groups) childSet.set(g.p, g);
  // leaves
  st.rows.forEach((r, i) => { if (!childSet.has(i)) vals[i] = genLeaf(r.scale * mult, r.zero); });
  // level-1 parents (groups except top, processed before top)
  for (const g of st.groups.slice().reverse()) {
    let v = g.ch.reduce((a, c) => addV(a, vals[c]), zeroVals());
    if (!g.complete) v = addV(v, genLeaf(Math.max(4, (g.hiddenScale || 20) * mult), false));
    vals[g.p] = v;
  }
  return vals;
}
function partitionCapped(total, w, caps) {
  const n = w.length; const sw = w.reduce((a, b) => a + b, 0);
  const out = w.map((x, i) => Math.min(caps[i], Math.floor((total * x) / sw)));
  let rest = total - out.reduce((a, b) => a + b, 0); let guard = 0;
  while (rest > 0 && guard++ < 1e6) { const i = guard % n; if (out[i] < caps[i]) { const add = Math.min(rest, caps[i] - out[i], Math.max(1, Math.ceil(rest / n))); out[i] += add; rest -= add; } }
  if (rest !== 0) throw new Error('partition infeasible');
  return out;
}
// split total values into parts with plausible shapes (used for size and registration tables)
function splitVals(tot, weights) {
  const n = weights.length; const inf = Array(n).fill(Infinity);
  const jit = () => weights.map((w) => w * (0.7 + R() * 0.6));
  const N = partitionCapped(tot.N, jit(), inf);
  const S = partitionCapped(tot.S, jit(), N);
  const P = partitionCapped(tot.P, weights.map((w, i) => N[i] * (0.5 + R() * 0.5)), N);
  const P1 = partitionCapped(tot.P1, P.map((x) => x + 0.01), P);
  const E = partitionCapped(tot.E, N.map((x) => x * (20 + R() * 20) + 0.1), inf);
  const M = partitionCapped(tot.M, E.map((x) => x + 0.1), E);
  const Y = partitionCapped(tot.Y, M.map((x) => x + 0.1), M);
  const O = partitionCapped(tot.O, N.map((x) => x + 0.1), N);
  const N0 = partitionCapped(tot.N0, N.map((x) => x + 0.1), inf);
  return weights.map((_, i) => ({ N: N[i], S: S[i], P: P[i], P1: P1[i], P2: P[i] - P1[i], E: E[i], M: M[i], Y: Y[i], O: O[i], B: 0, N0: N0[i] }));
}
function sizeModel(tot, labels) {
  const rows = [{ label: labels.total, level: 0 }, ...['大型企业', '中型企业', '小型企业', '微型企业'].map((l) => ({ label: labels.short ? l.replace('企业', '') : l, level: 1 }))];
  const parts = splitVals(tot, [0.01, 0.07, 0.37, 0.55]);
  return { type: 'size', rows, groups: [{ p: 0, ch: [1, 2, 3, 4], complete: true }], vals: [tot, ...parts] };
}
function regModel(tot, labels) {
  const [priv, hk, fo] = splitVals(tot, [0.9, 0.05, 0.05]);
  const [ltd, share, rest] = splitVals(priv, [0.75, 0.05, 0.2]);
  const rows = [{ label: labels.total, level: 0 }, { label: '私营企业', level: 1 }, { label: '其中：私营有限责任公司', level: 2, first: true }, { label: '私营股份有限公司', level: 2 },
    { label: pick(['港澳台商投资企业', '港、澳、台商投资企业']), level: 1 }, { label: '外商投资企业', level: 1 }];
  void rest;
  return { type: 'reg', rows, groups: [{ p: 0, ch: [1, 4, 5], complete: true }, { p: 1, ch: [2, 3], complete: false }], vals: [tot, priv, ltd, share, hk, fo] };
}

// ---------- columns ----------
function makeCols(keys, st) {
  // keys: ordered list among N,S,N0,CHG,SH,P,P1,P2,COV,E,M,Y,MR,O,B
  const two = st.header === 'two';
  const cols = []; let gid = 0;
  const has = (k) => keys.includes(k);
  const chgGroup = two && has('N0') && has('CHG') && chance(0.6);
  const pGroup = two && has('P1') && has('P2') && chance(0.5);
  const mGroup = two && has('Y') && chance(0.4);
  let gP = null, gM = null, gN = null, gQ = null, gY = null, gB = null;
  for (const k of keys) {
    const c = { key: k };
    switch (k) {
      case 'N': c.label = '企业数'; c.unit = '个'; c.kind = 'count'; if (chgGroup) { gN = gN || 'g' + gid++; c.grp = '企业数（个）'; c.gid = gN; c.label = '本年'; c.unit = ''; } break;
      case 'N0': c.label = '上年企业数'; c.unit = '个'; c.kind = 'count'; if (chgGroup) { c.grp = '企业数（个）'; c.gid = gN; c.label = '上年'; c.unit = ''; } break;
      case 'CHG': c.label = pick(['比上年增长', '增减', '同比增长']); c.unit = '%'; c.kind = 'chg'; c.num = 'N'; c.den = 'N0'; if (chgGroup) { c.grp = '企业数（个）'; c.gid = gN; c.label = '增长（%）'; c.unit = ''; } break;
      case 'S': c.label = two ? '规模以上' : '其中：规模以上'; c.unit = '个'; c.kind = 'count'; if (two) { c.grp = '其中'; c.gid = 'g' + gid++; } break;
      case 'SH': c.label = st.tableType === 'ind' ? pick(['占全部企业比重', '占比']) : '占比'; c.unit = '%'; c.kind = 'share'; c.num = 'N'; break;
      case 'P': c.label = '已建党组织企业数'; c.unit = '个'; c.kind = 'count'; if (pGroup) { gP = 'g' + gid++; c.grp = '已建党组织企业数（个）'; c.gid = gP; c.label = pick(['小计', '合计']); c.unit = ''; } break;
      case 'P1': c.label = two ? '单独建立' : '其中：单独建立'; c.unit = two && pGroup ? '' : '个'; c.kind = 'count'; if (two) { if (pGroup) { c.grp = '已建党组织企业数（个）'; c.gid = gP; } else { gQ = 'g' + gid++; c.grp = '其中'; c.gid = gQ; } } break;
      case 'P2': c.label = '联合建立'; c.unit = two && pGroup ? '' : '个'; c.kind = 'count'; if (two) { c.grp = pGroup ? '已建党组织企业数（个）' : '其中'; c.gid = pGroup ? gP : gQ; } break;
      case 'COV': c.label = pick(['党组织覆盖率', '党组织覆盖率', '覆盖率']); c.unit = '%'; c.kind = 'rate'; c.num = 'P'; c.den = 'N'; break;
      case 'E': c.label = '从业人员'; c.unit = '人'; c.kind = 'count'; break;
      case 'M': c.label = '党员数'; c.unit = '人'; c.kind = 'count'; if (mGroup) { gM = 'g' + gid++; c.grp = '党员数（人）'; c.gid = gM; c.label = '合计'; c.unit = ''; } break;
      case 'Y': c.label = two ? '35岁及以下' : '其中：35岁及以下'; c.unit = mGroup ? '' : '人'; c.kind = 'count'; if (two) { if (mGroup) { c.grp = '党员数（人）'; c.gid = gM; } else { gY = 'g' + gid++; c.grp = '其中'; c.gid = gY; } } break;
      case 'MR': c.label = '党员占从业人员比重'; c.unit = '%'; c.kind = 'rate'; c.num = 'M'; c.den = 'E'; break;
      case 'O': c.label = pick(['出资人（负责人）是党员的企业数', '出资人是党员的企业数']); c.unit = '个'; c.kind = 'count'; break;
      case 'B': c.label = two ? '党组织书记由出资人担任的' : '其中：党组织书记由出资人担任的'; c.unit = '个'; c.kind = 'count'; if (two) { gB = 'g' + gid++; c.grp = '其中'; c.gid = gB; } break;
      default: throw new Error(k);
    }
    c.dec = k === 'SH' ? st.shDec : st.dec;
    cols.push(c);
  }
  return cols;
}
function chooseKeys(type, st) {
  const k = ['N'];
  if (type === 'ind') {
    if (chance(0.2)) k.push('SH');
    if (chance(0.5)) k.push('S');
    if (chance(0.25)) { k.push('N0', 'CHG'); }
    k.push('P');
    const pm = R(); if (pm < 0.5) k.push('P1', 'P2'); else if (pm < 0.7) k.push('P1');
    if (chance(0.85)) k.push('COV');
    if (chance(0.6)) k.push('E');
    if (chance(0.8)) { k.push('M'); if (chance(0.6)) k.push('Y'); if (k.includes('E') && chance(0.2)) k.push('MR'); }
    if (chance(0.45)) { k.push('O'); if (chance(0.7)) k.push('B'); }
  } else {
    if (chance(0.8)) k.push('SH');
    if (chance(0.3)) k.push('S');
    k.push('P');
    if (chance(0.4)) k.push('P1', 'P2');
    if (chance(0.8)) k.push('COV');
    if (chance(0.5)) { k.push('M'); if (chance(0.4)) k.push('Y'); }
    if (chance(0.3)) k.push('E');
  }
  void st;
  return k;
}

// ---------- rendering ----------
function roundQ(n, d, dec) { // round-half-away of n/d*100 to dec places, returns integer q (value = q/10^dec)
  const sc = 100 * Math.pow(10, dec); const num = Math.abs(n) * sc; const den = Math.abs(d);
  const q = Math.floor((2 * num + den) / (2 * den)); return (n < 0) !== (d < 0) ? -q : q;
}
const FW = '　';
function rowLabel(r, st, model) {
  let label = r.label; let code = r.code || '';
  if (model.type === 'ind') {
    if (r.level === 2 && st.codeStyle === 'letterdigits') code = r.parentCode + r.code;
  }
  if (st.markers && r.marker) label += r.marker;
  let indentN = 0;
  if (st.indent !== 'none') indentN = r.level === 0 ? 0 : model.type === 'ind' ? r.level - 1 + (st.indentTop ? 1 : 0) : Math.max(0, r.level - 1);
  if (model.type === 'ind' && r.level === 2 && r.partial && r.first && st.qizhongPartial) label = '其中：' + label;
  if (st.codeMode === 'label' && code) label = code + (st.codeSep || ' ') + label;
  if (st.indent === 'spaces' && indentN) label = FW.repeat(indentN * (st.indentW || 1)) + label;
  return { label, code, indent: st.indent === 'align' ? indentN : 0 };
}
function countVal(v, st) {
  if (v === 0 && st.zero !== 0) return { v: st.zero };
  if (st.textProb && chance(st.textProb)) return { v: st.commas && v >= 1000 ? v.toLocaleString('en-US') : String(v) };
  return { v, fmt: st.numFmt };
}
function rateVal(q, dec, st) {
  const val = q / Math.pow(10, dec);
  if (st.rateStore === 'text') return { v: val.toFixed(dec) };
  if (st.rateStore === 'pct') return { v: Number((val / 100).toFixed(dec + 2)), fmt: dec === 1 ? '0.0%' : '0.00%' };
  return { v: val, fmt: dec === 1 ? '0.0' : '0.00' };
}
// returns block: { cells: Map('r,c' -> cell), merges, rels (local {r,c}), h, w, meta }
function renderTable(model, cols, st) {
  const cells = new Map(); const merges = []; const rels = [];
  const set = (r, c, cell) => cells.set(r + ',' + c, cell);
  const two = st.header === 'two';
  const codeCol = model.type === 'ind' && st.codeMode === 'col';
  const labelHdr = model.type === 'ind' ? pick(['行业', '行业名称', '行业门类', '项目']) : model.type === 'size' ? pick(['企业规模', '按规模分', '项目']) : pick(['登记注册类型', '项目', '企业类型']);
  const lc = codeCol && st.codeFirst ? 2 : 1; const cc = codeCol ? (st.codeFirst ? 1 : 2) : 0;
  const c0 = codeCol ? 3 : 2;
  const hrows = two ? 2 : 1;
  // header
  const unitIn = st.units === 'header';
  const withUnit = (label, unit) => (unitIn && unit ? `${label}（${unit}）` : label);
  set(1, lc, { v: labelHdr, hdr: true }); if (two) merges.push([1, lc, 2, lc]);
  if (cc) { set(1, cc, { v: pick(['代码', '行业代码', '代 码']), hdr: true }); if (two) merges.push([1, cc, 2, cc]); }
  cols.forEach((c, i) => {
    const col = c0 + i; c.col = col;
    let lab = withUnit(c.label, c.unit);
    if (st.hdrMarker && c.key === 'COV') lab += '①';
    if (!two) set(1, col, { v: lab, hdr: true });
    else if (!c.grp) { set(1, col, { v: lab, hdr: true }); merges.push([1, col, 2, col]); }
    else {
      const first = i === 0 || cols[i - 1].gid !== c.gid;
      if (first) { let j = i; while (j + 1 < cols.length && cols[j + 1].gid === c.gid) j++; set(1, col, { v: c.grp, hdr: true }); if (j > i) merges.push([1, col, 1, c0 + j]); }
      set(2, col, { v: lab, hdr: true });
    }
  });
  let r = hrows + 1;
  if (st.units === 'unitrow') {
    set(r, lc, { v: '单位' }); cols.forEach((c) => set(r, c.col, { v: c.kind !== 'count' ? '%' : c.unit || (c.grp && c.grp.includes('（人）') ? '人' : '个') })); r++;
  }
  if (st.colNumbers) {
    set(r, lc, { v: '甲' }); if (cc) set(r, cc, { v: '乙' }); cols.forEach((c, i) => set(r, c.col, { v: i + 1 })); r++;
  }
  const rowPos = [];
  const colOf = Object.fromEntries(cols.map((c) => [c.key, c.col]));
  model.rows.forEach((row, i) => {
    if (st.blankSep && model.type === 'ind' && row.level === 1 && i > 1 && chance(0.5)) r++;
    rowPos[i] = r;
    const lab = rowLabel(row, st, model);
    set(r, lc, { v: lab.label, indent: lab.indent, bold: row.level < 2 && model.type === 'ind' });
    if (cc && lab.code) set(r, cc, { v: lab.code });
    const v = model.vals[i];
    for (const c of cols) {
      if (c.kind === 'count') set(r, c.col, { ...countVal(v[c.key], st), meta: { kind: 'count', key: c.key, row: i, level: row.level } });
      else {
        let n, d;
        if (c.kind === 'share') { n = v.N; d = model.vals[0].N; } else { n = v[c.num]; d = v[c.den]; }
        const dec = c.dec;
        if (d === 0) { if (st.na !== '') set(r, c.col, { v: st.na }); }
        else set(r, c.col, { ...rateVal(c.kind === 'chg' ? roundQ(n - d, d, dec) : roundQ(n, d, dec), dec, st), meta: { kind: 'rate', key: c.key, row: i, level: row.level, dec } });
      }
    }
    r++;
  });
  const h = r - 1; const w = c0 + cols.length - 1;
  const at = (i, k) => ({ r: rowPos[i], c: colOf[k] });
  // relations
  for (const g of model.groups) for (const c of cols) if (c.kind === 'count') rels.push({ t: g.complete ? 'sum' : 'ge', tgt: at(g.p, c.key), parts: g.ch.map((x) => at(x, c.key)) });
  const has = (k) => k in colOf;
  model.rows.forEach((_, i) => {
    if (has('S')) rels.push({ t: 'le', a: at(i, 'S'), b: at(i, 'N') });
    if (has('P')) rels.push({ t: 'le', a: at(i, 'P'), b: at(i, 'N') });
    if (has('P1') && has('P2')) rels.push({ t: 'sum', tgt: at(i, 'P'), parts: [at(i, 'P1'), at(i, 'P2')] });
    else if (has('P1')) rels.push({ t: 'le', a: at(i, 'P1'), b: at(i, 'P') });
    if (has('Y')) rels.push({ t: 'le', a: at(i, 'Y'), b: at(i, 'M') });
    if (has('M') && has('E')) rels.push({ t: 'le', a: at(i, 'M'), b: at(i, 'E') });
    if (has('O')) rels.push({ t: 'le', a: at(i, 'O'), b: at(i, 'N') });
    if (has('B')) { if (has('O')) rels.push({ t: 'le', a: at(i, 'B'), b: at(i, 'O') }); if (has('P')) rels.push({ t: 'le', a: at(i, 'B'), b: at(i, 'P') }); }
    for (const c of cols) {
      if (c.kind === 'rate') rels.push({ t: 'rate', tgt: at(i, c.key), num: at(i, c.num), den: at(i, c.den), d: c.dec });
      if (c.kind === 'chg') rels.push({ t: 'chg', tgt: at(i, c.key), num: at(i, 'N'), den: at(i, 'N0'), d: c.dec });
      if (c.kind === 'share') rels.push({ t: 'rate', tgt: at(i, c.key), num: at(i, 'N'), den: at(0, 'N'), d: c.dec });
    }
  });
  return { cells, merges, rels, h, w, rowPos, colOf, hrows };
}
function transposeBlock(b) {
  const cells = new Map(); for (const [k, v] of b.cells) { const [r, c] = k.split(',').map(Number); cells.set(c + ',' + r, { ...v, indent: 0 }); }
  const sw = (p) => ({ r: p.c, c: p.r });
  const rels = b.rels.map((x) => { const y = { ...x }; for (const f of ['tgt', 'a', 'b', 'num', 'den']) if (y[f]) y[f] = sw(y[f]); if (y.parts) y.parts = y.parts.map(sw); return y; });
  return { cells, merges: b.merges.map(([a, c, d, e]) => [c, a, e, d]), rels, h: b.w, w: b.h };
}

// ---------- sheet / book assembly ----------
const PLACES = ['临江市', '青山县', '城东区', '南湖区', '云溪县', '白石县', '滨海新区', '高新区', '东阳市', '北岭县'];
function newSheet(name) { return { name, cells: new Map(), merges: [], rels: [], h: 0, w: 1, widths: {} }; }
function placeBlock(sh, b, r0) {
  for (const [k, v] of b.cells) { const [r, c] = k.split(',').map(Number); sh.cells.set(r + r0 + ',' + c, v); }
  for (const [a, c, d, e] of b.merges) sh.merges.push([a + r0, c, d + r0, e]);
  const A = (p) => ({ s: sh.name, a: L.addr(p.r + r0, p.c) });
  for (const x of b.rels) { const y = { ...x }; for (const f of ['tgt', 'a', 'b', 'num', 'den']) if (y[f]) y[f] = A(y[f]); if (y.parts) y.parts = y.parts.map(A); sh.rels.push(y); }
  sh.h = Math.max(sh.h, r0 + b.h); sh.w = Math.max(sh.w, b.w);
  return A;
}
function addTitle(sh, r, text, w) { sh.cells.set(r + ',1', { v: text, title: true }); if (w > 1) sh.merges.push([r, 1, r, w]); }
function tableOnSheet(sh, model, st, r0, titleText) {
  const cols = makeCols(chooseKeys(model.type, st), { ...st, tableType: model.type });
  let block = renderTable(model, cols, st);
  if (st.transpose) block = transposeBlock(block);
  let r = r0;
  if (titleText) { addTitle(sh, r, titleText, block.w); r++; }
  if (st.meta) { sh.cells.set(r + ',1', { v: `填报单位：${st.org}` }); sh.cells.set(r + ',' + Math.max(2, block.w - 1), { v: `填报日期：${st.date}` }); r++; }
  if (st.units === 'unitline') { sh.cells.set(r + ',' + block.w, { v: pick(['单位：个、人、%', '单位：个，人', '计量单位：个、人']) }); r++; }
  if (st.blankAfterTitle) r++;
  const A = placeBlock(sh, block, r - 1);
  return { A, block, cols, end: r - 1 + block.h };
}
function addNotes(sh, r, st, w) {
  const notes = [];
  notes.push(pick(['注：1.党组织覆盖率=已建党组织企业数÷企业数×100%。', '注：党组织覆盖率为已建立党组织的企业占企业总数的比重。', '注：1.本表统计截至2023年12月31日。']));
  if (st.zero !== 0 || st.na) notes.push(`2.“${st.na || '—'}”表示无数据或不适用。`);
  if (st.markers) notes.push('①含挂靠联合党支部的企业。');
  if (chance(0.5)) notes.push('3.行业分类依据《国民经济行业分类》（GB/T 4754—2017），企业规模按《统计上大中小微型企业划分办法（2017）》划分。');
  if (chance(0.3)) notes.push('4.部分数据因四舍五入，分项之和与总计略有出入。');
  r += 1 + (chance(0.5) ? 1 : 0);
  for (const n of notes) { sh.cells.set(r + ',1', { v: n }); if (chance(0.5) && w > 2) sh.merges.push([r, 1, r, w]); r++; }
  if (chance(0.4)) { sh.cells.set(r + ',1', { v: `填表人：${pick(['张伟', '李娜', '王强'])}    审核人：${pick(['刘洋', '陈静'])}    联系电话：0731-8${ri(1000000, 9999999)}` }); r++; }
  sh.h = Math.max(sh.h, r);
}
function randStyle(probe) {
  const st = {};
  st.header = chance(0.55) ? 'two' : 'one';
  st.codeMode = pick(['col', 'label', 'label', 'none']);
  st.codeFirst = chance(0.4);
  st.codeSep = pick([' ', '  ', '', '　']);
  st.codeStyle = chance(0.3) && st.codeMode !== 'none' ? 'letterdigits' : 'digits';
  st.indent = pick(['spaces', 'spaces', 'align', 'none']);
  if (st.codeMode === 'none' && st.indent === 'none') st.indent = 'spaces';
  st.indentTop = chance(0.4); st.indentW = pick([1, 1, 2]);
  st.qizhongPartial = chance(0.5);
  st.units = pick(['header', 'header', 'unitline', 'unitrow']);
  st.colNumbers = chance(probe ? 0.25 : 0.12);
  st.meta = chance(0.5); st.org = pick(['中共临江市委组织部', '市委两新工委', '青山县非公经济组织党工委']); st.date = pick(['2024年1月15日', '2024年2月3日', '2023年12月31日']);
  st.blankSep = chance(0.3); st.blankAfterTitle = chance(0.2);
  st.textProb = chance(probe ? 0.35 : 0.2) ? pick([0.1, 0.3, 1]) : 0;
  st.commas = probe && chance(0.3);
  st.numFmt = chance(0.3) ? '#,##0' : undefined;
  st.zero = pick([0, 0, 0, '-', '—']);
  st.na = pick(['—', '-', '', '—']);
  st.dec = chance(0.65) ? 1 : 2; st.shDec = chance(0.7) ? st.dec : 3 - st.dec;
  st.rateStore = probe && chance(0.12) ? 'pct' : chance(0.2) ? 'text' : 'num';
  st.markers = chance(0.25); st.hdrMarker = chance(0.15);
  return st;
}
const titleOf = (kind, place) => {
  const y = pick(['2023年', '2023年度', '2022年末', '']);
  if (kind === 'ind') return pick([`${place}${y}非公有制企业党组织建设情况统计表（按行业分）`, `${y}非公有制企业党建工作基本情况（分行业）`, `表1  ${place}非公企业党组织覆盖情况（按国民经济行业分类）`]);
  if (kind === 'size') return pick([`${place}${y}非公有制企业党组织建设情况（按企业规模分）`, '表2  分规模非公企业党建情况']);
  return pick([`${place}${y}非公有制企业党组织建设情况（按登记注册类型分）`, '表3  分登记注册类型非公企业党建情况']);
};

function buildBook(kind, probe) {
  const st = randStyle(probe);
  const place = pick(PLACES);
  const sheets = []; const cross = [];
  const totalLabel = pick(['总计', '合计', '总　计', `全市合计`, '总计']);
  const mark = (model) => { if (st.markers) for (const r of model.rows) if (chance(0.15)) r.marker = pick(['①', '*', '（1）']); };
  const indStruct = () => industryStructure({ totalLabel, subset: chance(0.25), pChildren: probe ? 0.45 : 0.35, fullC: 0.3 });
  if (kind === 'ind' || kind === 'multi' || kind === 'stack') {
    const s = indStruct(); const vals = fillValues(s, probe ? pick([0.1, 1, 5]) : pick([0.3, 1, 3]));
    const model = { ...s, vals }; mark(model);
    const sh = newSheet(kind === 'ind' ? pick(['Sheet1', '分行业', '表1']) : '分行业'); sheets.push(sh);
    const t = tableOnSheet(sh, model, st, 1, chance(0.9) ? titleOf('ind', place) : null);
    if (kind === 'ind') addNotes(sh, t.end + 1, st, t.block.w);
    if (kind === 'multi' || kind === 'stack') {
      const tot = vals[0];
      const sm = sizeModel(tot, { total: pick(['合计', '总计']), short: chance(0.4) });
      const rm = regModel(tot, { total: pick(['合计', '总计']) });
      let sh2 = sh, r0;
      if (kind === 'multi') { sh2 = newSheet('分规模'); sheets.push(sh2); r0 = 1; } else r0 = t.end + ri(2, 3);
      const st2 = { ...st, transpose: probe && chance(0.3) };
      const t2 = tableOnSheet(sh2, sm, st2, r0, titleOf('size', place));
      let sh3 = sh2; if (kind === 'multi') { sh3 = newSheet(pick(['分登记注册类型', '分类型'])); sheets.push(sh3); r0 = 1; } else r0 = t2.end + ri(2, 3);
      const t3 = tableOnSheet(sh3, rm, st, r0, titleOf('reg', place));
      if (kind === 'stack') addNotes(sh3, t3.end + 1, st, t.block.w);
      // cross-table: totals agree
      for (const k of ['N', 'P', 'M', 'E', 'S']) {
        for (const tt of [t2, t3]) {
          if (t.block.colOf && k in t.block.colOf && tt.cols.some((c) => c.key === k)) {
            const a1 = { r: t.block.rowPos[0], c: t.block.colOf[k] };
            const col2 = tt.cols.find((c) => c.key === k).col; const row2 = tt.block.rowPos ? tt.block.rowPos[0] : null;
            if (row2 == null) continue; // transposed: skip cross rel
            cross.push({ t: 'sum', tgt: tt.A({ r: row2, c: col2 }), parts: [t.A(a1)] });
          }
        }
      }
    }
  } else if (kind === 'size' || kind === 'reg') {
    const s = indStruct(); const tot = fillValues(s, pick([0.3, 1, 3]))[0];
    const model = kind === 'size' ? sizeModel(tot, { total: pick(['合计', '总计']), short: chance(0.4) }) : regModel(tot, { total: pick(['合计', '总计']) });
    const sh = newSheet(pick(['Sheet1', kind === 'size' ? '分规模' : '分类型'])); sheets.push(sh);
    const t = tableOnSheet(sh, model, { ...st, transpose: probe && kind === 'size' && chance(0.4) }, 1, titleOf(kind, place));
    addNotes(sh, t.end + 1, st, t.block.w);
  } else if (kind === 'county') {
    const s = indStruct();
    // county tables: keep them shorter: drop 大类 sometimes
    const n = ri(2, probe ? 5 : 4); const names = shuffle(PLACES).slice(0, n);
    const cvals = names.map(() => fillValues(s, pick([0.05, 0.1, 0.3])));
    const svals = s.rows.map((_, i) => cvals.reduce((a, v) => addV(a, v[i]), zeroVals()));
    const keys = chooseKeys('ind', st);
    const sumName = pick(['汇总', '合计', '全市汇总']);
    const order = chance(0.6) ? [sumName, ...names] : [...names, sumName];
    const placed = {};
    // render with identical columns: fix the random choices by reusing keys and a fixed seed for labels
    const colSeed = ri(1, 1e9);
    for (const nm of order) {
      const vals = nm === sumName ? svals : cvals[names.indexOf(nm)];
      const model = { ...s, vals };
      const sh = newSheet(nm); sheets.push(sh);
      const saveR = R; R = mulberry32(colSeed);
      const cols = makeCols(keys, { ...st, tableType: 'ind' });
      const block = renderTable(model, cols, { ...st, blankSep: false });
      R = saveR;
      let r = 1; addTitle(sh, r, `${nm === sumName ? place : nm}非公有制企业党组织建设情况（按行业分）`, block.w); r++;
      if (st.units === 'unitline') { sh.cells.set(r + ',' + block.w, { v: '单位：个、人、%' }); r++; }
      const A = placeBlock(sh, block, r - 1);
      placed[nm] = { A, block };
      if (nm === sumName && chance(0.5)) addNotes(sh, r - 1 + block.h + 1, st, block.w);
    }
    const sb = placed[sumName].block;
    for (const [k, pos] of Object.entries(sb.cells.entries ? Object.fromEntries(sb.cells) : {})) {
      if (!pos.meta || pos.meta.kind !== 'count') continue;
      const [r, c] = k.split(',').map(Number);
      cross.push({ t: 'sum', tgt: placed[sumName].A({ r, c }), parts: names.map((nm) => placed[nm].A({ r, c })) });
    }
  }
  return { st, sheets, cross };
}

// ---------- planting ----------
function allRels(book) { return [...book.sheets.flatMap((s) => s.rels), ...book.cross]; }
function getter(book) {
  const by = Object.fromEntries(book.sheets.map((s) => [s.name, s]));
  return (ref) => {
    const sh = by[ref.s]; const m = /^([A-Z]+)(\d+)$/.exec(ref.a);
    let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    const cell = sh.cells.get(Number(m[2]) + ',' + c); return cell ? L.toNum(cell.v, cell.fmt) : null;
  };
}
function swapDigits(s) {
  const idx = []; for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null; const i = pick(idx); return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}
function plant(book) {
  const rels = allRels(book); const get = getter(book);
  const cands = [];
  for (const sh of book.sheets) for (const [k, cell] of sh.cells) if (cell.meta) { const [r, c] = k.split(',').map(Number); cands.push({ sh, r, c, cell, ref: { s: sh.name, a: L.addr(r, c) } }); }
  const cat = (x) => {
    const m = x.cell.meta;
    if (m.kind === 'rate') return 'rate';
    if (['S', 'Y', 'B'].includes(m.key) || (m.key === 'P1')) return 'qizhong';
    if (m.level === 0) return 'total';
    if (m.level === 1) return 'menlei';
    return 'leaf';
  };
  const wantCats = shuffle(['rate', 'qizhong', 'total', 'menlei', 'leaf', 'leaf', 'menlei', 'total', 'rate']);
  for (let attempt = 0; attempt < 400; attempt++) {
    const want = wantCats[attempt % wantCats.length];
    const pool = cands.filter((x) => cat(x) === want && get(x.ref) != null && !Number.isNaN(get(x.ref)));
    if (!pool.length) continue;
    const x = pick(pool); const old = x.cell; const ov = get(x.ref);
    let nv, note;
    if (x.cell.meta.kind === 'rate') {
      const dec = x.cell.meta.dec;
      const s = ov.toFixed(dec); const sw = chance(0.5) ? swapDigits(s) : null;
      nv = sw && Math.abs(Number(sw) - ov) >= 1.5 ? Number(sw) : Number((ov + (chance(0.5) ? 1 : -1) * (ri(25, 150) / 10)).toFixed(dec));
      if (x.cell.meta.key !== 'CHG' && (nv < 0 || nv > 100)) continue;
      note = `rate ${ov.toFixed(dec)} -> ${nv.toFixed(dec)}`;
      const d = nv.toFixed(dec);
      x.sh.cells.set(x.r + ',' + x.c, old.fmt && old.fmt.includes('%') ? { ...old, v: Number((nv / 100).toFixed(dec + 2)) } : typeof old.v === 'string' ? { ...old, v: d } : { ...old, v: nv });
    } else {
      if (want === 'qizhong' && chance(0.6)) {
        const le = rels.find((rl) => rl.t === 'le' && L.key(rl.a) === L.key(x.ref)); if (!le) continue;
        const whole = get(le.b) || 0; nv = whole + Math.max(3, Math.round(whole * (0.1 + R() * 0.3)));
        note = `其中 part ${ov} -> ${nv} (> whole ${whole})`;
      } else {
        const sw = ov >= 10 && chance(0.5) ? swapDigits(String(ov)) : null;
        nv = sw && Number(sw) !== ov && !sw.startsWith('0') ? Number(sw) : ov + (chance(0.5) || ov < 10 ? 1 : -1) * Math.max(3, Math.round(ov * (0.05 + R() * 0.25)));
        if (nv < 0) continue;
        note = `count ${ov} -> ${nv}`;
      }
      x.sh.cells.set(x.r + ',' + x.c, typeof old.v === 'string' ? { ...old, v: String(nv) } : { ...old, v: nv });
    }
    // acceptance
    const brk = rels.filter((rl) => L.broken(rl, get));
    const pk = L.key(x.ref);
    let ok = brk.length > 0 && brk.every((rl) => L.cellsOf(rl).some((c) => L.key(c) === pk));
    if (ok && brk.length >= 2) {
      let inter = new Set(L.cellsOf(brk[0]).map(L.key));
      for (const rl of brk.slice(1)) { const s = new Set(L.cellsOf(rl).map(L.key)); inter = new Set([...inter].filter((k) => s.has(k))); }
      ok = inter.size === 1;
    } else if (ok) {
      const rl = brk[0];
      ok = (rl.tgt && L.key(rl.tgt) === pk) || (rl.t === 'le' && L.key(rl.a) === pk);
    }
    if (ok) return { sheet: x.sh.name, cell: x.ref.a, note: `${want}: ${note}; breaks ${brk.length} relation(s)` };
    x.sh.cells.set(x.r + ',' + x.c, old);
  }
  return null;
}

async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [k, cell] of sh.cells) {
      const [r, c] = k.split(',').map(Number); const x = ws.getCell(r, c);
      x.value = cell.v; if (cell.fmt) x.numFmt = cell.fmt;
      if (cell.indent) x.alignment = { indent: cell.indent };
      if (cell.hdr) { x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; x.font = { bold: true }; }
      if (cell.title) { x.font = { bold: true, size: 14 }; x.alignment = { horizontal: 'center' }; }
      if (cell.bold) x.font = { bold: true };
    }
    for (const m of sh.merges) ws.mergeCells(...m);
    ws.getColumn(1).width = 34;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const root = __dirname;
  for (const [dir, n, nPlant, seed0, probe] of [['cases', 46, 23, 7100, false], ['probe', 100, 20, 7900, true]]) {
    fs.mkdirSync(path.join(root, dir), { recursive: true }); fs.mkdirSync(path.join(root, 'specs', dir), { recursive: true });
    for (const f of fs.readdirSync(path.join(root, dir))) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(root, dir, f));
    const manifest = [];
    const plantIdx = new Set(); { R = mulberry32(seed0 - 1); for (const i of shuffle([...Array(n).keys()]).slice(0, nPlant)) plantIdx.add(i); }
    const kinds = probe ? ['ind', 'ind', 'multi', 'stack', 'county', 'size', 'reg', 'ind', 'county', 'stack'] : ['ind', 'ind', 'ind', 'multi', 'stack', 'county', 'size', 'reg'];
    for (let i = 0; i < n; i++) {
      let seed = seed0 + i * 101; let book, planted = null;
      const kind = kinds[i % kinds.length];
      for (;;) {
        R = mulberry32(seed++);
        book = buildBook(kind, probe);
        // sanity: clean consistency
        const get = getter(book); const bad = allRels(book).filter((rl) => L.broken(rl, get));
        if (bad.length) throw new Error(`clean book inconsistent ${dir} ${i}: ${JSON.stringify(bad[0])}`);
        if (!plantIdx.has(i)) break;
        planted = plant(book); if (planted) break;
      }
      const name = `${dir === 'cases' ? 'c' : 'p'}${String(i + 1).padStart(3, '0')}_${kind}${planted ? '_x' : ''}.xlsx`.replace('_x', '');
      const file = path.join(root, dir, name);
      await writeBook(book, file);
      fs.writeFileSync(path.join(root, 'specs', dir, name + '.json'), JSON.stringify({ rels: allRels(book) }));
      manifest.push(planted ? { file: `${dir}/${name}`, planted: { sheet: planted.sheet, cell: planted.cell }, note: planted.note } : { file: `${dir}/${name}`, planted: null });
    }
    fs.writeFileSync(path.join(root, probe ? 'probe/manifest.json' : 'manifest.json'), JSON.stringify(manifest, null, 1));
    console.log(dir, manifest.length, manifest.filter((m) => m.planted).length);
  }
})().catch((e) => { console.error(e); process.exit(1); });
