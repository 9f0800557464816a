// Round 87B generator: disabled persons' federation + veterans' affairs statistics workbooks.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { holds, numGet } = require('./rel.js');

// ---------------- seeded RNG ----------------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const rf = (a, b) => a + R() * (b - a);
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function rd(x, d) { const f = 10 ** d; const s = x < 0 ? -1 : 1; return (s * Math.round(Math.abs(x) * f + 1e-7)) / f; }

// ---------------- places ----------------
const TOWN_STEMS = ['城关', '东关', '西城', '南街', '北门', '新华', '永安', '太平', '长乐', '清河', '石桥', '白沙', '黄土', '龙泉', '青山', '马铺', '双河', '柳林', '杨庄', '高桥', '三江', '凤凰', '金鸡', '桃源', '大坪', '小河', '官渡', '朱集', '李集', '王庄', '张店', '刘桥', '罗湾', '梅林', '桂花', '松林', '云台', '黑山', '红岩', '白马', '沙坪', '观音', '铁炉', '古城', '河口', '安乐', '兴隆', '和平'];
const COUNTIES = ['安宁县', '清溪县', '永丰县', '平和县', '东阳县', '石门县', '龙山县', '临河县', '凤台县', '会同县', '宜丰县', '长宁县', '富源县', '泰和县', '南漳县', '武平县'];
const CITIES = ['江州市', '云阳市', '临安市', '庆丰市', '南川市', '宁远市', '汉平市'];
const DISTRICTS = ['城东区', '城西区', '城南区', '开发区', '高新区', '经开区', '新区'];

function fillBase(place) {
  place.s1 = pick([960, 1080, 1200, 1440]); place.s2 = pick([1200, 1440, 1800, 2400]);
  // shared per-area figures so that every table of one book agrees with the others
  const sumC = {}, sumG = {}, sumY = {};
  for (const a of place.areas) {
    a.dis = {}; for (const [k, , p] of DIS_CATS) { a.dis[k] = n0(a.scale * 900 * p * rf(0.75, 1.25)); sumC[k] = (sumC[k] || 0) + a.dis[k]; }
    a.disTot = DIS_CATS.reduce((s, [k]) => s + a.dis[k], 0);
    a.gr = {}; let rest = a.disTot;
    GRADES.forEach(([k, , p], i) => { const v = i < 3 ? n0(a.disTot * p * rf(0.85, 1.15)) : rest; a.gr[k] = v; rest -= v; sumG[k] = (sumG[k] || 0) + v; });
    a.yf = {}; for (const [k, , p] of YF_CATS) { a.yf[k] = n0(a.scale * 120 * p * rf(0.6, 1.4)); sumY[k] = (sumY[k] || 0) + a.yf[k]; }
    a.yfTot = YF_CATS.reduce((s, [k]) => s + a.yf[k], 0);
    a.vs = chance(0.6) ? a.villages : a.villages - ri(1, Math.max(1, Math.floor(a.villages / 8)));
    // rehabilitation
    a.need = n0(a.disTot * rf(0.45, 0.7)); a.srv = Math.min(a.need, n0(a.need * rf(0.86, 1.0))); a.child = n0(a.srv * rf(0.015, 0.05)); a.aid = n0(a.need * rf(0.08, 0.2));
    // employment
    a.age = n0(a.disTot * rf(0.45, 0.6)); a.et = {}; const e = a.age * rf(0.35, 0.55);
    for (const [k, , p] of EMP_TYPES) a.et[k] = n0(e * p * rf(0.6, 1.4));
    a.emp = EMP_TYPES.reduce((s, [k]) => s + a.et[k], 0); a.newEmp = n0(a.emp * rf(0.03, 0.1));
    // two subsidies (yuan)
    a.p1 = n0(a.disTot * rf(0.12, 0.22)); a.p2 = n0(a.disTot * rf(0.3, 0.45));
    a.a1 = Math.round(a.p1 * place.s1 * rf(0.9, 1.0)); a.a2 = Math.round(a.p2 * place.s2 * rf(0.9, 1.0));
    // pensions and subsidies of entitled groups (yuan)
    const pers = a.yfTot;
    a.fx = { dq: Math.round(pers * 0.3 * rf(20000, 30000)), bz: Math.round(pers * 0.65 * rf(9000, 14000)), yl: Math.round(pers * rf(300, 900)), qt: Math.round(pers * rf(50, 400)) };
    a.fxTot = a.fx.dq + a.fx.bz + a.fx.yl + a.fx.qt;
    // veterans' jobs
    a.vreg = n0(a.scale * rf(25, 45)); a.vemp = Math.min(a.vreg, n0(a.vreg * rf(0.85, 0.99))); a.vstart = n0(a.vemp * rf(0.05, 0.18)); a.vtrain = n0(a.vreg * rf(0.3, 0.7)); a.vloan = a.vstart * ri(50000, 200000);
    // placement of discharged soldiers
    const s = a.scale * rf(8, 14);
    a.az = { work: n0(s * 0.15 * rf(0.5, 1.5)), self: n0(s * 0.8 * rf(0.8, 1.2)), month: n0(s * 0.03 * rf(0, 2)), ret: n0(s * 0.02 * rf(0, 2)), sup: chance(0.15) ? 1 : 0 };
    a.azTot = Object.values(a.az).reduce((x, y) => x + y, 0);
    // care services
    const inst = ri(0, Math.max(1, Math.round(a.scale))); const board = inst ? ri(5, 30) * inst : 0; const day = inst ? ri(3, 25) * inst : 0; const home = n0(a.scale * rf(10, 40));
    a.care = { inst, board, day, home, fund: Math.round((board * 3600 + day * 1800 + home * 1200) * rf(0.9, 1)) };
    // previous year (2023) figures
    a.disP = {}; for (const [k] of DIS_CATS) a.disP[k] = n0(a.dis[k] * rf(0.92, 1.05));
    a.disTotP = DIS_CATS.reduce((x, [k]) => x + a.disP[k], 0);
    a.needP = n0(a.need * rf(0.9, 1.08)); a.srvP = Math.min(a.needP, n0(a.srv * rf(0.9, 1.06)));
    a.ageP = n0(a.age * rf(0.9, 1.08)); a.empP = Math.min(a.ageP, n0(a.emp * rf(0.88, 1.05))); a.newEmpP = n0(a.newEmp * rf(0.8, 1.2));
    a.a1P = Math.round(a.a1 * rf(0.88, 1.05)); a.a2P = Math.round(a.a2 * rf(0.88, 1.05));
    a.yfP = {}; for (const [k] of YF_CATS) a.yfP[k] = n0(a.yf[k] * rf(0.95, 1.1));
    a.yfTotP = YF_CATS.reduce((x, [k]) => x + a.yfP[k], 0);
    a.fxP = {}; for (const k of Object.keys(a.fx)) a.fxP[k] = Math.round(a.fx[k] * rf(0.88, 1.02));
    a.fxTotP = Object.values(a.fxP).reduce((x, y) => x + y, 0);
    a.azP = n0(a.azTot * rf(0.85, 1.15)); a.workP = Math.min(a.azP, n0(a.az.work * rf(0.8, 1.2)));
    a.vregP = n0(a.vreg * rf(0.9, 1.1)); a.vempP = Math.min(a.vregP, n0(a.vemp * rf(0.9, 1.1))); a.vstartP = Math.min(a.vempP, n0(a.vstart * rf(0.8, 1.2)));
    a.careP = n0((a.care.board + a.care.day + a.care.home) * rf(0.85, 1.1)); a.instP = Math.max(0, a.care.inst - (chance(0.2) ? 1 : 0));
  }
  const S = (f) => place.areas.reduce((x, a) => x + f(a), 0);
  place.S = S;
  place.sumC = sumC; place.sumG = sumG; place.sumY = sumY;
  return place;
}
function makeCounty() {
  const name = pick(COUNTIES);
  const n = ri(8, 16);
  const stems = shuffle(TOWN_STEMS).slice(0, n);
  const nStreet = ri(2, 4);
  const areas = stems.map((s, i) => {
    const street = i < nStreet;
    const suf = street ? '街道' : (chance(0.2) ? '乡' : '镇');
    return { name: s + suf, group: street ? 'A' : 'B', scale: street ? rf(1.2, 2.8) : rf(0.4, 1.6), villages: street ? ri(5, 14) : ri(8, 28) };
  });
  const grpStyle = pick(['street', 'area']);
  const groupNames = grpStyle === 'street' ? { A: '街道', B: '乡镇' } : { A: '城区', B: '农村' };
  return { name, level: 'county', areas, groupNames, totalLabels: ['合计', '总计', '全县', '全县合计', '总　计', '合　计', name], code0: 3300 + ri(10, 99) };
}
function makeCity() {
  const name = pick(CITIES);
  const nd = ri(2, 4), nc = ri(4, 8);
  const ds = shuffle(DISTRICTS).slice(0, nd).map((d) => ({ name: d, group: 'A', scale: rf(12, 30), villages: ri(60, 160), towns: ri(5, 12) }));
  const cs = shuffle(COUNTIES).slice(0, nc).map((c) => ({ name: chance(0.2) ? c.replace('县', '市') : c, group: 'B', scale: rf(10, 28), villages: ri(120, 320), towns: ri(9, 20) }));
  return { name, level: 'city', areas: ds.concat(cs), groupNames: pick([{ A: '市辖区', B: '县（市）' }, { A: '市区', B: '各县（市）' }]), totalLabels: ['全市', '全市合计', '合计', '总计', name], code0: 3400 + ri(10, 99) };
}

// ---------------- generic area table ----------------
// cols: {key,label,group,kind:'count'|'amount'|'rate'|'growth'|'pp'|'percap'|'share'|'text',dec,unit}
function areaTable(spec) {
  const { place, cols, gen } = spec;
  const rowSums = spec.rowSums || [], rates = spec.rates || [], growths = spec.growths || [], percaps = spec.percaps || [], shares = spec.shares || [], les = spec.les || [];
  const colBy = Object.fromEntries(cols.map((c) => [c.key, c]));
  const addKeys = cols.filter((c) => c.kind === 'count' || c.kind === 'amount').map((c) => c.key);
  const extraAdd = spec.extraAdd || []; // hidden additive keys (e.g. prev-year components)
  const allAdd = addKeys.concat(extraAdd);
  const areas = spec.areas || place.areas;
  const doRowSums = (raw) => { for (const rs of rowSums) raw[rs.t] = rs.parts.reduce((s, p) => s + raw[p], 0); return raw; };
  const sumRaw = (list) => { const o = {}; for (const k of allAdd) o[k] = list.reduce((s, x) => s + (x[k] || 0), 0); return doRowSums(o); };
  const items = areas.map((a) => ({ label: a.name, kind: 'item', area: a, raw: doRowSums(gen(a)) }));
  const useSub = spec.subMode && areas.some((a) => a.group === 'A') && areas.some((a) => a.group === 'B');
  let rows = [];
  const totalRow = { label: spec.totalLabel || pick(place.totalLabels), kind: 'total', raw: sumRaw(items.map((x) => x.raw)) };
  const subs = [];
  if (useSub) {
    for (const g of ['A', 'B']) {
      const mem = items.filter((x) => x.area.group === g);
      const sub = { label: spec.subMode === 'after' ? place.groupNames[g] + '小计' : place.groupNames[g], kind: 'sub', raw: sumRaw(mem.map((x) => x.raw)), members: mem, group: g, groupName: place.groupNames[g] };
      if (spec.subMode === 'after') { rows.push(...mem.map((m) => ({ ...m, label: spec.indent ? '  ' + m.label : m.label }))); rows.push(sub); }
      else { rows.push(sub); rows.push(...mem.map((m) => ({ ...m, label: spec.indent !== false ? '　' + m.label : m.label }))); }
      subs.push(sub);
    }
    // members were spread copies: rebind
    for (const s of subs) s.members = rows.filter((r) => r.kind === 'item' && s.members.some((m) => m.area === r.area));
  } else rows = items.slice();
  const qzRows = [];
  if (spec.qz) {
    // qz: {labels:[..], partition:bool, fr:[lo,hi]} — rows split from total row (count columns only)
    const parts = spec.qz.labels.map((lab) => ({ label: lab, kind: 'qz', raw: {} }));
    for (const k of allAdd) {
      if (rowSums.some((rs) => rs.t === k)) continue;
      const tv = totalRow.raw[k];
      if (spec.qz.partition) {
        const f = rf(spec.qz.fr[0], spec.qz.fr[1]);
        const a = Math.round(tv * f);
        parts[0].raw[k] = a; parts[1].raw[k] = tv - a;
      } else parts[0].raw[k] = Math.round(tv * rf(spec.qz.fr[0], spec.qz.fr[1]));
    }
    parts.forEach((p) => doRowSums(p.raw));
    qzRows.push(...parts);
  }
  const totPos = spec.totalPos || 'top';
  if (totPos === 'top') rows = [totalRow, ...qzRows, ...rows];
  else rows = [...rows, totalRow, ...qzRows];
  // displayed values
  for (const r of rows) {
    r.vals = {};
    for (const k of addKeys) { const c = colBy[k]; r.vals[k] = c.kind === 'amount' && !c.yuan ? rd(r.raw[k] / 10000, c.dec) : r.raw[k]; }
    for (const k of extraAdd) r.vals[k] = r.raw[k];
    if (spec.textCols) for (const tc of spec.textCols) r.vals[tc.key] = tc.fn(r);
  }
  const disp = (r, k) => r.vals[k];
  for (const r of rows) {
    for (const x of rates) { const n = disp(r, x.num), d = disp(r, x.den); r.vals[x.c] = d > 0 ? rd((n / d) * 100, colBy[x.c].dec) : '—'; }
    for (const x of percaps) { const n = disp(r, x.num), d = disp(r, x.den); r.vals[x.c] = d > 0 ? rd((n * (colBy[x.num].yuan ? 1 : 10000)) / d, colBy[x.c].dec) : '—'; }
    for (const x of shares) { const n = disp(r, x.num), d = disp(totalRow, x.num); r.vals[x.c] = d > 0 ? rd((n / d) * 100, colBy[x.c].dec) : '—'; }
  }
  if (spec.rankOf && colBy.rank) {
    const its = rows.filter((r) => r.kind === 'item' && typeof r.vals[spec.rankOf] === 'number');
    const sorted = its.slice().sort((a, b) => b.vals[spec.rankOf] - a.vals[spec.rankOf]);
    for (const r of its) r.vals.rank = 1 + sorted.findIndex((x) => x.vals[spec.rankOf] === r.vals[spec.rankOf]);
  }
  if (spec.remarks && colBy.remark) for (const r of rows) r.vals.remark = r.kind === 'item' && chance(0.3) ? pick(spec.remarks) : '';
  for (const r of rows) for (const x of growths) {
    const cur = disp(r, x.cur), prev = disp(r, x.prev);
    r.vals[x.c] = typeof prev === 'number' && prev > 0 && typeof cur === 'number' ? rd(x.index ? (cur / prev) * 100 : ((cur - prev) / prev) * 100, colBy[x.c].dec) : '—';
  }
  // relations in [rowIndex,key]
  const rels = [];
  const idx = (r) => rows.indexOf(r);
  const tolOf = (k, n) => (colBy[k].kind === 'amount' ? (n + 1) * 0.5 * 10 ** -colBy[k].dec : 0);
  for (const r of rows) for (const rs of spec.relSums || []) rels.push({ type: 'sum', t: [idx(r), rs.t], parts: rs.parts.map((p) => [idx(r), p]), tol: tolOf(rs.t, rs.parts.length) });
  for (const r of rows) for (const rs of rowSums) {
    if (!colBy[rs.t]) continue;
    rels.push({ type: 'sum', t: [idx(r), rs.t], parts: rs.parts.map((p) => [idx(r), p]), tol: tolOf(rs.t, rs.parts.length) });
  }
  const top = useSub ? subs : items;
  const topRows = useSub ? subs : rows.filter((r) => r.kind === 'item');
  for (const k of addKeys) {
    rels.push({ type: 'sum', t: [idx(totalRow), k], parts: topRows.map((r) => [idx(r), k]), tol: tolOf(k, topRows.length) });
    for (const s of subs) rels.push({ type: 'sum', t: [idx(s), k], parts: s.members.map((m) => [idx(m), k]), tol: tolOf(k, s.members.length) });
    if (qzRows.length === 2 && spec.qz.partition) rels.push({ type: 'sum', t: [idx(totalRow), k], parts: qzRows.map((q) => [idx(q), k]), tol: tolOf(k, 2) });
    if (qzRows.length === 1) rels.push({ type: 'le', part: [idx(qzRows[0]), k], whole: [idx(totalRow), k] });
  }
  void top;
  for (const r of rows) {
    const i = idx(r);
    for (const x of rates) if (typeof r.vals[x.c] === 'number') rels.push({ type: 'rate', c: [i, x.c], num: [i, x.num], den: [i, x.den], scale: 100, dec: colBy[x.c].dec });
    for (const x of percaps) if (typeof r.vals[x.c] === 'number') rels.push({ type: 'rate', c: [i, x.c], num: [i, x.num], den: [i, x.den], scale: colBy[x.num].yuan ? 1 : 10000, dec: colBy[x.c].dec });
    for (const x of shares) if (typeof r.vals[x.c] === 'number') rels.push({ type: 'rate', c: [i, x.c], num: [i, x.num], den: [idx(totalRow), x.num], scale: 100, dec: colBy[x.c].dec });
    for (const x of growths) if (typeof r.vals[x.c] === 'number' && colBy[x.cur] && colBy[x.prev]) rels.push({ type: x.index ? 'index' : 'growth', c: [i, x.c], cur: [i, x.cur], prev: [i, x.prev], dec: colBy[x.c].dec });
    for (const x of les) if (colBy[x.part] && colBy[x.whole]) rels.push({ type: 'le', part: [i, x.part], whole: [i, x.whole] });
  }
  for (const x of shares) {
    const its = rows.filter((r) => r.kind === 'item');
    rels.push({ type: 'sum', t: [idx(totalRow), x.c], parts: its.map((r) => [idx(r), x.c]), tol: (its.length + 1) * 0.5 * 10 ** -colBy[x.c].dec });
  }
  if (spec.dashZero) for (const r of rows) for (const k of addKeys) if (r.vals[k] === 0 && colBy[k].kind === 'count') r.vals[k] = '-';
  return { title: spec.title, rowHead: spec.rowHead, cols, rows, rels, notes: spec.notes || [], unitKinds: spec.unitKinds, transposable: !cols.some((c) => c.group || c.kind === 'text' || c.kind === 'rank') && !spec.textCols };
}

// --------------- indicator table (指标 | 单位 | 2024年 | 2023年 | 增长) ---------------
function indicatorTable(spec) {
  const { inds, year } = spec;
  const order = spec.order || 'cur-prev';
  const gDec = spec.gDec ?? 1;
  const cols = [{ key: 'unit', label: '计量单位', kind: 'text' }];
  const yc = { key: 'cur', label: `${year}年`, kind: 'mixed' }, yp = { key: 'prev', label: `${year - 1}年`, kind: 'mixed' };
  if (order === 'cur-prev') cols.push(yc, yp); else cols.push(yp, yc);
  cols.push({ key: 'g', label: spec.gLabel || '比上年增长', kind: 'growth', dec: gDec, unit: '%', noPct: /=100|%/.test(spec.gLabel || '') });
  if (spec.unitLabel) cols[0].label = spec.unitLabel;
  const rows = inds.map((d) => ({ label: d.label, kind: d.head ? 'head' : 'item', ind: d, vals: {} }));
  const rels = [];
  rows.forEach((r, i) => {
    const d = r.ind;
    if (d.head) { r.vals = { unit: '', cur: '', prev: '', g: '' }; return; }
    r.vals.unit = d.unit;
    r.vals.cur = d.cur; r.vals.prev = d.prev;
    r.fmt = { cur: d.dec || 0, prev: d.dec || 0 };
    if (d.isRate) {
      if (spec.rateG === 'pp') { r.vals.g = rd(d.cur - d.prev, gDec); rels.push({ type: 'pp', c: [i, 'g'], cur: [i, 'cur'], prev: [i, 'prev'], dec: gDec }); }
      else r.vals.g = spec.rateG === 'blank' ? '' : '—';
    } else if (d.prev > 0) { r.vals.g = rd(spec.index ? (d.cur / d.prev) * 100 : ((d.cur - d.prev) / d.prev) * 100, gDec); rels.push({ type: spec.index ? 'index' : 'growth', c: [i, 'g'], cur: [i, 'cur'], prev: [i, 'prev'], dec: gDec }); }
    else r.vals.g = '—';
  });
  // sums & rates by indicator id
  const byId = {}; rows.forEach((r, i) => { if (r.ind.id) byId[r.ind.id] = i; });
  rows.forEach((r, i) => {
    const d = r.ind;
    if (d.sumOf) for (const k of ['cur', 'prev']) rels.push({ type: 'sum', t: [i, k], parts: d.sumOf.map((id) => [byId[id], k]), tol: d.amount ? (d.sumOf.length + 1) * 0.5 * 10 ** -(d.dec || 0) : 0 });
    if (d.rateOf) for (const k of ['cur', 'prev']) rels.push({ type: 'rate', c: [i, k], num: [byId[d.rateOf[0]], k], den: [byId[d.rateOf[1]], k], scale: 100, dec: d.dec });
    if (d.leOf) for (const k of ['cur', 'prev']) rels.push({ type: 'le', part: [i, k], whole: [byId[d.leOf], k] });
  });
  return { title: spec.title, rowHead: spec.rowHead || '指标', cols, rows, rels, notes: spec.notes || [], indicator: true, transposable: false };
}

// --------------- domain data ---------------
const DIS_CATS = [['v', '视力', 0.105], ['h', '听力', 0.125], ['s', '言语', 0.012], ['l', '肢体', 0.5], ['i', '智力', 0.085], ['m', '精神', 0.1], ['d', '多重', 0.073]];
const GRADES = [['g1', '一级', 0.14], ['g2', '二级', 0.3], ['g3', '三级', 0.26], ['g4', '四级', 0.3]];
const YF_CATS = [['c1', '残疾军人', 0.2], ['c2', '烈士遗属', 0.04], ['c3', '因公牺牲军人遗属', 0.015], ['c4', '病故军人遗属', 0.03], ['c5', '在乡复员军人', 0.035], ['c6', '带病回乡退伍军人', 0.12], ['c7', '参战参试退役人员', 0.45], ['c8', '其他优抚对象', 0.11]];
const n0 = (x) => Math.max(0, Math.round(x));
const catLabel = (l, suffix) => l + (suffix ? suffix : '');

function disCatTable(place, year, o) {
  const suffix = chance(0.5) ? '残疾' : '';
  const cols = [{ key: 'tot', label: pick(['合计', '持证残疾人总数', '合计']), kind: 'count', unit: '人' }];
  const sexPart = chance(0.25);
  const fem = !sexPart && chance(0.35);
  if (fem) cols.push({ key: 'fem', label: '其中：女性', kind: 'count', unit: '人' });
  if (sexPart) cols.push({ key: 'male', label: '男', group: '按性别分', kind: 'count', unit: '人' }, { key: 'fem', label: '女', group: '按性别分', kind: 'count', unit: '人' });
  const grp = chance(0.5) ? pick(['按残疾类别分', '残疾类别', '其中']) : null;
  for (const [k, l] of DIS_CATS) cols.push({ key: k, label: catLabel(l, suffix), kind: 'count', unit: '人', group: grp });
  const gen = (a) => {
    const raw = { ...a.dis };
    raw.tot = DIS_CATS.reduce((s, [k]) => s + raw[k], 0);
    raw.fem = Math.round(raw.tot * rf(0.38, 0.46));
    raw.male = raw.tot - raw.fem;
    return raw;
  };
  if (chance(0.3)) { cols.push(cols.shift()); for (const c of cols) if (c.group === '其中') c.group = '按残疾类别分'; } // 合计 column at the right end
  const qz = !fem && !sexPart && chance(0.35) ? (chance(0.5) ? { labels: ['其中：女性'], partition: false, fr: [0.38, 0.46] } : { labels: ['其中：城镇', '　　　农村'], partition: true, fr: [0.3, 0.45] }) : null;
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'tot', parts: DIS_CATS.map((c) => c[0]) }], les: fem ? [{ part: 'fem', whole: 'tot' }] : [], relSums: sexPart ? [{ t: 'tot', parts: ['male', 'fem'] }] : [],
    title: `${year}年${place.name}持证残疾人${pick(['分类别情况', '按残疾类别分布情况', '基本情况'])}`,
    rowHead: place.level === 'county' ? pick(['乡镇（街道）', '地区', '单位']) : pick(['县（市、区）', '地区']),
    subMode: o.sub, totalPos: o.totalPos, qz, dashZero: o.dash,
    notes: pick([[`注：数据截至${year}年12月31日，为全国残疾人人口基础数据库中持有第二代残疾人证人数。`], ['资料来源：县残疾人联合会'], [], ['注：多重残疾指同时存在两种及以上残疾。']]),
  });
}

function disGradeTable(place, year, o) {
  const sevFirst = chance(0.4);
  const cols = [{ key: 'tot', label: '合计', kind: 'count', unit: '人' }];
  const sev = { key: 'sev', label: pick(['其中：重度（一、二级）', '一、二级重度', '其中：重度残疾']), kind: 'count', unit: '人' };
  const hasSev = chance(0.7);
  if (hasSev && sevFirst) cols.push(sev);
  const grp = chance(0.5) ? '按残疾等级分' : null;
  for (const [k, l] of GRADES) cols.push({ key: k, label: l, kind: 'count', unit: '人', group: grp });
  if (hasSev && !sevFirst) cols.push(sev);
  const gen = (a) => ({ ...a.gr });
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'tot', parts: GRADES.map((g) => g[0]) }, { t: 'sev', parts: ['g1', 'g2'] }],
    title: `${year}年${place.name}持证残疾人按等级分布`, rowHead: pick(['地区', '单位名称']), subMode: o.sub, totalPos: o.totalPos,
    notes: chance(0.5) ? ['注：残疾等级按《残疾人残疾分类和分级》（GB/T 26341-2010）划分，一级为最重。'] : [],
  });
}

function rehabTable(place, year, o) {
  const d = pick([1, 1, 2]);
  const cols = [
    { key: 'cert', label: '持证残疾人数', kind: 'count', unit: '人' },
    { key: 'need', label: '有康复需求人数', kind: 'count', unit: '人' },
    { key: 'srv', label: '得到基本康复服务人数', kind: 'count', unit: '人' },
    { key: 'rate', label: '基本康复服务覆盖率', kind: 'rate', dec: d, unit: '%' },
    { key: 'child', label: '其中：0-6岁儿童', kind: 'count', unit: '人' },
    { key: 'aid', label: '辅助器具适配人数', kind: 'count', unit: '人' },
  ];
  const rank = chance(0.25);
  if (rank) cols.push({ key: 'rank', label: '覆盖率排名', kind: 'rank' });
  const gen = (a) => ({ cert: a.disTot, need: a.need, srv: a.srv, child: a.child, aid: a.aid });
  return areaTable({
    place, cols, gen, rankOf: 'rate', rates: [{ c: 'rate', num: 'srv', den: 'need' }], les: [{ part: 'srv', whole: 'need' }, { part: 'child', whole: 'srv' }, { part: 'need', whole: 'cert' }],
    title: `${year}年${place.name}残疾人康复服务情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos,
    notes: chance(0.6) ? ['注：基本康复服务覆盖率=得到基本康复服务人数÷有康复需求人数×100%。'] : [],
  });
}

const EMP_TYPES = [['ratio', '按比例就业', 0.07], ['conc', '集中就业', 0.04], ['self', '个体就业', 0.1], ['pub', '公益性岗位就业', 0.05], ['aux', '辅助性就业', 0.03], ['flex', '灵活就业', 0.26], ['agri', '从事农业种养加', 0.45]];
function employTable(place, year, o) {
  const d = pick([1, 1, 2]);
  const grp = pick(['其中', '按就业形式分', '就业形式']);
  const cols = [
    { key: 'age', label: '就业年龄段持证残疾人数', kind: 'count', unit: '人' },
    { key: 'emp', label: '实名制就业人数', kind: 'count', unit: '人' },
    { key: 'rate', label: '就业率', kind: 'rate', dec: d, unit: '%' },
  ];
  for (const [k, l] of EMP_TYPES) cols.push({ key: k, label: l, kind: 'count', unit: '人', group: grp });
  const hasNew = chance(0.4);
  if (hasNew) cols.push({ key: 'new', label: '当年新增就业', kind: 'count', unit: '人' });
  if (chance(0.2)) cols.push({ key: 'rank', label: pick(['就业率排名', '排名']), kind: 'rank' });
  const gen = (a) => ({ age: a.age, ...a.et, new: a.newEmp });
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'emp', parts: EMP_TYPES.map((x) => x[0]) }], rankOf: 'rate', rates: [{ c: 'rate', num: 'emp', den: 'age' }], les: hasNew ? [{ part: 'new', whole: 'emp' }] : [],
    title: `${year}年${place.name}残疾人就业情况`, rowHead: pick(['地区', '乡镇']), subMode: o.sub, totalPos: o.totalPos, dashZero: o.dash,
    notes: chance(0.5) ? ['注：就业年龄段指男16-59周岁、女16-54周岁。', '就业率=实名制就业人数/就业年龄段持证残疾人数×100%'] : [],
  });
}

function subsidyTable(place, year, o) {
  const d = pick([2, 2, 1]);
  const g1 = '困难残疾人生活补贴', g2 = '重度残疾人护理补贴';
  const cols = [
    { key: 'p1', label: '人数', group: g1, kind: 'count', unit: '人' }, { key: 'a1', label: '金额', group: g1, kind: 'amount', dec: d, unit: '万元' },
    { key: 'p2', label: '人数', group: g2, kind: 'count', unit: '人' }, { key: 'a2', label: '金额', group: g2, kind: 'amount', dec: d, unit: '万元' },
  ];
  const withPt = chance(0.5);
  if (withPt) cols.push({ key: 'pt', label: '人次', group: '合计', kind: 'count', unit: '人' });
  cols.push({ key: 'at', label: withPt ? '金额' : '发放金额合计', group: withPt ? '合计' : undefined, kind: 'amount', dec: d, unit: '万元' });
  const s1 = place.s1, s2 = place.s2;
  const gen = (a) => ({ p1: a.p1, p2: a.p2, a1: a.a1, a2: a.a2 });
  if (place.level === 'county' && chance(0.3)) for (const c of cols) if (c.kind === 'amount') Object.assign(c, { yuan: true, dec: 0, unit: '元' });
  const percap = chance(0.3);
  if (percap) { cols.push({ key: 'pc1', label: '生活补贴人均', kind: 'percap', dec: 0, unit: '元' }); }
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'pt', parts: ['p1', 'p2'] }, { t: 'a1', parts: [] }].slice(0, 1).concat([{ t: 'at', parts: ['a1', 'a2'] }]), percaps: percap ? [{ c: 'pc1', num: 'a1', den: 'p1' }] : [],
    title: `${year}年${place.name}残疾人两项补贴发放情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos,
    notes: pick([[`注：困难残疾人生活补贴标准为每人每月${s1 / 12}元，重度残疾人护理补贴标准为每人每月${s2 / 12}元。`], ['注：金额为全年累计发放数，人数为12月末享受人数。'], []]),
  });
}

function eduTable(place, year, o) {
  const d = pick([1, 2]);
  const grp = chance(0.6) ? '其中' : null;
  const cols = [
    { key: 'kids', label: '适龄残疾儿童少年数', kind: 'count', unit: '人' },
    { key: 'enr', label: '已入学人数', kind: 'count', unit: '人' },
    { key: 'rate', label: '入学率', kind: 'rate', dec: d, unit: '%' },
    { key: 'spec', label: '特殊教育学校就读', kind: 'count', unit: '人', group: grp },
    { key: 'reg', label: '普通学校随班就读', kind: 'count', unit: '人', group: grp },
    { key: 'home', label: '送教上门', kind: 'count', unit: '人', group: grp },
  ];
  const gen = (a) => { const kids = n0(a.scale * rf(12, 28)); const enr = Math.min(kids, n0(kids * rf(0.93, 1.0))); const spec = n0(enr * rf(0.2, 0.4)); const home = n0(enr * rf(0.05, 0.2)); return { kids, spec, home, reg: enr - spec - home }; };
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'enr', parts: ['spec', 'reg', 'home'] }], rates: [{ c: 'rate', num: 'enr', den: 'kids' }], les: [{ part: 'enr', whole: 'kids' }],
    title: `${year}年${place.name}适龄残疾儿童少年义务教育情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos, dashZero: o.dash,
    notes: chance(0.5) ? ['注：适龄残疾儿童少年指6-15周岁持证残疾儿童少年。'] : [],
  });
}

function careTable(place, year, o) {
  const d = pick([1, 2]);
  const cols = [
    { key: 'inst', label: '托养服务机构', kind: 'count', unit: '个' },
    { key: 'pers', label: '托养服务人数', kind: 'count', unit: '人' },
    { key: 'board', label: '寄宿制托养', kind: 'count', unit: '人', group: '其中' },
    { key: 'day', label: '日间照料', kind: 'count', unit: '人', group: '其中' },
    { key: 'home', label: '居家托养', kind: 'count', unit: '人', group: '其中' },
    { key: 'fund', label: '托养补贴资金', kind: 'amount', dec: d, unit: '万元' },
  ];
  if (place.level === 'county' && chance(0.35)) Object.assign(cols[5], { yuan: true, dec: 0, unit: '元' });
  if (chance(0.3)) cols.push({ key: 'remark', label: '备注', kind: 'text' });
  const gen = (a) => ({ ...a.care });
  return areaTable({
    place, cols, gen, remarks: ['新建托养机构1个', '含民办机构1家', '日间照料中心2个', '阳光家园'], rowSums: [{ t: 'pers', parts: ['board', 'day', 'home'] }],
    title: `${year}年${place.name}残疾人托养服务情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos, dashZero: o.dash, unitKinds: ['个', '人', cols[5].unit],
    notes: chance(0.5) ? ['注：托养补贴资金含中央、省、市、县各级财政资金。'] : [],
  });
}

function twoYearArea(place, year, o, theme) {
  const inds = theme === 'dis'
    ? [['cert', '持证残疾人数', 'count', 900, 0], ['emp', '实名制就业人数', 'count', 380, 0], ['amt', '两项补贴发放金额', 'amount', 8000000 / 10, 2]]
    : [['yf', '优抚对象人数', 'count', 120, 0], ['amt', '抚恤补助金额', 'amount', 120 * 9000, 2], ['emp', '退役军人就业人数', 'count', 60, 0]];
  const use = shuffle(inds).slice(0, ri(2, 3));
  const idx = chance(0.3);
  const gLab = idx ? pick(['为上年（%）', '上年=100', '发展速度（上年=100）']) : pick(['增长（%）', '增长', '比上年增长', '增减']);
  const cols = [];
  const growths = [];
  const dA = pick([1, 2]);
  const curFirst = chance(0.75);
  for (const [k, l, kind] of use) {
    const c = { key: k + 'C', label: `${year}年`, group: l, kind, dec: kind === 'amount' ? dA : 0, unit: kind === 'amount' ? '万元' : '人' };
    const p = { key: k + 'P', label: `${year - 1}年`, group: l, kind, dec: kind === 'amount' ? dA : 0, unit: kind === 'amount' ? '万元' : '人' };
    if (curFirst) cols.push(c, p); else cols.push(p, c);
    cols.push({ key: k + 'G', label: gLab.replace('（%）', ''), group: l, kind: idx ? 'index' : 'growth', dec: 1, unit: '%', noPct: gLab.includes('=100') });
    growths.push({ c: k + 'G', cur: k + 'C', prev: k + 'P', index: idx });
  }
  const gen = (a) => { const raw = {}; for (const [k, , , base] of use) { const cur = { cert: a.disTot, yf: a.yfTot, emp: theme === 'dis' ? a.emp : a.vemp, amt: theme === 'dis' ? a.a1 + a.a2 : a.fxTot }[k]; raw[k + 'C'] = cur; raw[k + 'P'] = { cert: a.disTotP, yf: a.yfTotP, emp: theme === 'dis' ? a.empP : a.vempP, amt: theme === 'dis' ? a.a1P + a.a2P : a.fxTotP }[k]; } return raw; };
  return areaTable({
    place, cols, gen, growths,
    title: `${place.name}${theme === 'dis' ? '残疾人事业' : '退役军人事务'}主要指标（${year}年与${year - 1}年比较）`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos,
    notes: chance(0.5) ? ['注：增长率按本表所列数据计算。'] : [],
  });
}

function compTable(place, year, o, theme) {
  const cats = theme === 'dis' ? DIS_CATS : YF_CATS;
  const base = theme === 'dis' ? 900 * (place.level === 'city' ? 160 : 14) : 120 * (place.level === 'city' ? 160 : 14);
  const d = pick([1, 1, 2]);
  const two = chance(0.6);
  const diffCol = two && chance(0.45);
  const suffix = theme === 'dis' ? pick(['残疾', '']) : '';
  const areas = cats.map(([k, l, p]) => ({ name: l + suffix, p, n: theme === 'dis' ? place.sumC[k] : place.sumY[k], nP: place.S((a) => (theme === 'dis' ? a.disP[k] : a.yfP[k])) }));
  const cols = [];
  if (two) {
    cols.push({ key: 'nC', label: '人数', group: `${year}年`, kind: 'count', unit: '人' }, { key: 'sC', label: '构成', group: `${year}年`, kind: 'share', dec: d, unit: '%' });
    cols.push({ key: 'nP', label: '人数', group: `${year - 1}年`, kind: 'count', unit: '人' }, { key: 'sP', label: '构成', group: `${year - 1}年`, kind: 'share', dec: d, unit: '%' });
    if (diffCol) cols.push({ key: 'dn', label: pick(['增减人数', '增减数']), kind: 'count', unit: '人' });
    cols.push({ key: 'g', label: pick(['人数增长', '增长']), kind: 'growth', dec: 1, unit: '%' });
  } else {
    cols.push({ key: 'nC', label: '人数', kind: 'count', unit: '人' }, { key: 'sC', label: pick(['构成', '占比', '比重']), kind: 'share', dec: d, unit: '%' });
  }
  const gen = (a) => { const c = a.n; void base; const p = a.nP; return { nC: c, nP: p, dn: c - p }; };
  return areaTable({
    place, areas, cols, gen, shares: two ? [{ c: 'sC', num: 'nC' }, { c: 'sP', num: 'nP' }] : [{ c: 'sC', num: 'nC' }], growths: two ? [{ c: 'g', cur: 'nC', prev: 'nP' }] : [],
    extraAdd: two ? [] : ['nP'], rowSums: diffCol ? [{ t: 'nC', parts: ['nP', 'dn'] }] : [],
    title: theme === 'dis' ? `${place.name}持证残疾人类别构成` : `${place.name}重点优抚对象构成`, rowHead: theme === 'dis' ? '残疾类别' : '优抚对象类别', totalPos: o.totalPos, totalLabel: pick(['合计', '总计']),
    notes: chance(0.4) ? ['注：构成按四舍五入计算，分项之和与合计可能略有出入。'] : [],
  });
}

function seriesTable(place, year, o, theme) {
  const n = ri(5, 7);
  const years = []; for (let y = year - n + 1; y <= year; y++) years.push(y);
  const dA = pick([1, 2]);
  const spec = theme === 'dis'
    ? [['cert', '持证残疾人数', 'count', place.S((a) => a.disTot), true, place.S((a) => a.disTotP)], ['srv', '得到康复服务人数', 'count', place.S((a) => a.srv), false, place.S((a) => a.srvP)], ['emp', '实名制就业人数', 'count', place.S((a) => a.emp), false, place.S((a) => a.empP)], ['amt', '两项补贴发放金额', 'amount', place.S((a) => a.a1 + a.a2), true, place.S((a) => a.a1P + a.a2P)]]
    : [['yf', '重点优抚对象', 'count', place.S((a) => a.yfTot), true, place.S((a) => a.yfTotP)], ['amt', '抚恤补助资金', 'amount', place.S((a) => a.fxTot), true, place.S((a) => a.fxTotP)], ['az', '接收安置退役士兵', 'count', place.S((a) => a.azTot), false, place.S((a) => a.azP)], ['emp', '实现就业退役军人', 'count', place.S((a) => a.vemp), false, place.S((a) => a.vempP)]];
  const cols = [];
  const gLab = pick(['比上年增长', '增长', '增速']);
  for (const [k, l, kind, , g] of spec) {
    cols.push({ key: k, label: l, kind, dec: kind === 'amount' ? dA : 0, unit: kind === 'amount' ? '万元' : '人' });
    if (g) cols.push({ key: k + 'G', label: gLab, kind: 'growth', dec: 1, unit: '%' });
  }
  const raw = {};
  for (const [k, , , last, , prevYear] of spec) {
    const arr = [last, prevYear];
    for (let i = 2; i <= n; i++) arr.unshift(Math.round(arr[0] / rf(0.97, 1.12)));
    raw[k] = arr; // n+1 values, first is the unshown year before the table
  }
  const rows = [];
  const rels = [];
  const yearNum = chance(0.3);
  for (let i = 0; i < n; i++) {
    const vals = {};
    for (const [k, , kind, , g] of spec) {
      const v = (x) => (kind === 'amount' ? rd(x / 10000, dA) : x);
      vals[k] = v(raw[k][i + 1]);
      if (g) { const prevShown = v(raw[k][i]); vals[k + 'G'] = rd(((vals[k] - prevShown) / prevShown) * 100, 1); if (i > 0) rels.push({ type: 'growth', c: [i, k + 'G'], cur: [i, k], prev: [i - 1, k], dec: 1 }); }
    }
    rows.push({ label: yearNum ? years[i] : `${years[i]}年`, kind: 'item', vals });
  }
  return { title: theme === 'dis' ? `${place.name}残疾人事业主要指标（${years[0]}—${year}年）` : `${place.name}退役军人工作历年情况`, rowHead: '年份', cols, rows, rels, notes: chance(0.5) ? ['注：' + years[0] + '年增长速度按上年数据计算。'] : [], transposable: false, series: true };
}

// ---------- veterans ----------
function stationTable(place, year, o) {
  const d = pick([1, 2]);
  const county = place.level === 'county';
  const cols = [];
  if (!county) cols.push({ key: 'ts', label: '乡镇（街道）服务站', kind: 'count', unit: '个' });
  cols.push({ key: 'vil', label: '村（社区）数', kind: 'count', unit: '个' }, { key: 'vs', label: '村（社区）服务站', kind: 'count', unit: '个' }, { key: 'cov', label: '建站率', kind: 'rate', dec: d, unit: '%' });
  const hasStaff = chance(0.7);
  if (hasStaff) cols.push({ key: 'staff', label: '专职工作人员', kind: 'count', unit: '人' });
  if (chance(0.3)) cols.push({ key: 'remark', label: '备注', kind: 'text' });
  const gen = (a) => { const vil = a.villages; const vs = a.vs; return { ts: a.towns || 1, vil, vs, staff: county ? ri(2, 6) + Math.round(vs * rf(0.3, 1.0)) : ri(20, 60) + Math.round(vs * rf(0.5, 1.0)) }; };
  return areaTable({
    place, cols, gen, remarks: ['新建2个服务站', '含1个社区服务站', '2024年新建', '撤并村3个', '示范站1个', '1个村未建站'], rates: [{ c: 'cov', num: 'vs', den: 'vil' }], les: [{ part: 'vs', whole: 'vil' }],
    title: `${year}年${place.name}退役军人服务站建设情况`, rowHead: county ? '乡镇（街道）' : '县（市、区）', subMode: o.sub, totalPos: o.totalPos,
    unitKinds: hasStaff ? ['个', '人'] : ['个'], notes: chance(0.5) ? ['注：建站率=已建村（社区）服务站数÷村（社区）总数×100%。'] : [],
  });
}

function youfuTable(place, year, o) {
  const grp = chance(0.5) ? pick(['按类别分', '其中']) : null;
  const cols = [{ key: 'tot', label: pick(['合计', '优抚对象总数']), kind: 'count', unit: '人' }];
  const rural = chance(0.4);
  if (rural) cols.push({ key: 'rural', label: '其中：农村籍', kind: 'count', unit: '人' });
  for (const [k, l] of YF_CATS) cols.push({ key: k, label: l, kind: 'count', unit: '人', group: grp });
  if (!rural && chance(0.3)) { cols.push(cols.shift()); for (const c of cols) if (c.group === '其中') c.group = '按类别分'; }
  const gen = (a) => { const raw = { ...a.yf }; raw.tot = YF_CATS.reduce((s, [k]) => s + raw[k], 0); raw.rural = Math.round(raw.tot * rf(0.55, 0.8)); return raw; };
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'tot', parts: YF_CATS.map((c) => c[0]) }], les: rural ? [{ part: 'rural', whole: 'tot' }] : [],
    title: `${year}年末${place.name}重点优抚对象分类情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos, dashZero: o.dash,
    notes: pick([['注：优抚对象为享受国家定期抚恤补助的重点优抚对象。'], ['资料来源：县退役军人事务局'], []]),
  });
}

function fuxuTable(place, year, o) {
  const d = pick([1, 2, 2]);
  const grp = chance(0.6) ? '其中' : null;
  const cols = [
    { key: 'pers', label: '享受人数', kind: 'count', unit: '人' },
    { key: 'tot', label: '抚恤补助资金合计', kind: 'amount', dec: d, unit: '万元' },
    { key: 'dq', label: '定期抚恤金', kind: 'amount', dec: d, unit: '万元', group: grp },
    { key: 'bz', label: '定期生活补助', kind: 'amount', dec: d, unit: '万元', group: grp },
    { key: 'yl', label: '医疗补助', kind: 'amount', dec: d, unit: '万元', group: grp },
    { key: 'qt', label: '其他', kind: 'amount', dec: d, unit: '万元', group: grp },
  ];
  const pc = chance(0.4);
  if (pc) cols.push({ key: 'pc', label: '人均', kind: 'percap', dec: 0, unit: '元' });
  const gen = (a) => ({ pers: a.yfTot, ...a.fx });
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'tot', parts: ['dq', 'bz', 'yl', 'qt'] }], percaps: pc ? [{ c: 'pc', num: 'tot', den: 'pers' }] : [],
    title: `${year}年${place.name}优抚对象抚恤补助资金发放情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos,
    notes: pick([['注：资金合计与分项之和因四舍五入可能略有差异。'], pc ? ['注：人均为全年人均发放额。'] : [], []]),
  });
}

function anzhiTable(place, year, o) {
  const cols = [
    { key: 'tot', label: '接收退役士兵', kind: 'count', unit: '人' },
    { key: 'work', label: '安排工作', kind: 'count', unit: '人', group: '安置方式' },
    { key: 'self', label: '自主就业', kind: 'count', unit: '人', group: '安置方式' },
    { key: 'month', label: '逐月领取退役金', kind: 'count', unit: '人', group: '安置方式' },
    { key: 'ret', label: '退休', kind: 'count', unit: '人', group: '安置方式' },
    { key: 'sup', label: '供养', kind: 'count', unit: '人', group: '安置方式' },
  ];
  const gen = (a) => ({ ...a.az });
  const flat = chance(0.4);
  if (flat) cols.forEach((c) => delete c.group);
  return areaTable({
    place, cols, gen, rowSums: [{ t: 'tot', parts: ['work', 'self', 'month', 'ret', 'sup'] }],
    title: `${year}年${place.name}退役士兵接收安置情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos, dashZero: o.dash,
    notes: chance(0.5) ? ['注：安置数为当年接收并完成安置的退役士兵人数。'] : [],
  });
}

function vetJobTable(place, year, o) {
  const d = pick([1, 2]);
  const dA = pick([1, 2]);
  const cols = [
    { key: 'reg', label: '有就业意愿退役军人', kind: 'count', unit: '人' },
    { key: 'emp', label: '实现就业', kind: 'count', unit: '人' },
    { key: 'rate', label: '就业率', kind: 'rate', dec: d, unit: '%' },
    { key: 'start', label: '其中：自主创业', kind: 'count', unit: '人' },
    { key: 'train', label: '参加职业技能培训', kind: 'count', unit: '人' },
    { key: 'loan', label: '创业担保贷款', kind: 'amount', dec: dA, unit: '万元' },
  ];
  if (chance(0.25)) cols.push({ key: 'rank', label: '就业率排名', kind: 'rank' });
  const gen = (a) => ({ reg: a.vreg, emp: a.vemp, start: a.vstart, train: a.vtrain, loan: a.vloan });
  return areaTable({
    place, cols, gen, rankOf: 'rate', rates: [{ c: 'rate', num: 'emp', den: 'reg' }], les: [{ part: 'start', whole: 'emp' }, { part: 'emp', whole: 'reg' }],
    title: `${year}年${place.name}退役军人就业创业情况`, rowHead: '地区', subMode: o.sub, totalPos: o.totalPos, dashZero: o.dash,
    notes: chance(0.5) ? ['注：就业率=实现就业人数÷有就业意愿退役军人数×100%。'] : [],
  });
}

// ----------- indicator sets -----------
function disIndicators(place, year) {
  const mul = place.level === 'city' ? 160 : 14;
  const inds = [];
  const catC = {}, catP = {};
  let tC = 0, tP = 0;
  for (const [k] of DIS_CATS) { catC[k] = place.sumC[k]; catP[k] = place.S((a) => a.disP[k]); tC += catC[k]; tP += catP[k]; }
  inds.push({ id: 'tot', label: '持证残疾人总数', unit: '人', cur: tC, prev: tP, sumOf: DIS_CATS.map((c) => c[0]) });
  const byGrade = chance(0.5);
  if (byGrade) inds.push({ head: true, label: '　按残疾类别分' });
  DIS_CATS.forEach(([k, l], i) => inds.push({ id: k, label: (i === 0 && !byGrade ? '其中：' : '　　') + l + '残疾', unit: '人', cur: catC[k], prev: catP[k] }));
  if (byGrade) {
    inds.push({ head: true, label: '　按残疾等级分' });
    let rC = tC, rP = tP; const ids = [];
    GRADES.forEach(([k, l, p], i) => { let c, pv; if (i < 3) { c = place.sumG[k]; pv = n0(tP * p * rf(0.9, 1.1)); rC -= c; rP -= pv; } else { c = rC; pv = rP; } inds.push({ id: 'gr' + k, label: '　　' + l, unit: '人', cur: c, prev: pv }); ids.push('gr' + k); });
    inds.push({ id: 'tot2', label: '', skip: true });
    inds.pop();
    inds[0].sumOf2 = ids;
  }
  const needC = place.S((a) => a.need), needP = place.S((a) => a.needP);
  const srvC = place.S((a) => a.srv), srvP = place.S((a) => a.srvP);
  inds.push({ id: 'need', label: '有康复需求持证残疾人数', unit: '人', cur: needC, prev: needP });
  inds.push({ id: 'srv', label: '得到基本康复服务人数', unit: '人', cur: srvC, prev: srvP, leOf: 'need' });
  const rd1 = pick([1, 2]);
  inds.push({ id: 'srate', label: '基本康复服务覆盖率', unit: '%', cur: rd((srvC / needC) * 100, rd1), prev: rd((srvP / needP) * 100, rd1), dec: rd1, isRate: true, rateOf: ['srv', 'need'] });
  const ageC = place.S((a) => a.age), ageP = place.S((a) => a.ageP);
  const empC = place.S((a) => a.emp), empP = place.S((a) => a.empP);
  inds.push({ id: 'age', label: '就业年龄段持证残疾人数', unit: '人', cur: ageC, prev: ageP });
  inds.push({ id: 'emp', label: '实名制就业人数', unit: '人', cur: empC, prev: empP, leOf: 'age' });
  inds.push({ id: 'erate', label: '就业率', unit: '%', cur: rd((empC / ageC) * 100, rd1), prev: rd((empP / ageP) * 100, rd1), dec: rd1, isRate: true, rateOf: ['emp', 'age'] });
  inds.push({ id: 'newemp', label: '城乡新增残疾人就业', unit: '人', cur: place.S((a) => a.newEmp), prev: place.S((a) => a.newEmpP) });
  const dA = pick([1, 2]);
  const a1C = place.S((a) => a.a1), a1P = place.S((a) => a.a1P);
  const a2C = place.S((a) => a.a2), a2P = place.S((a) => a.a2P);
  const w = (y) => rd(y / 10000, dA);
  inds.push({ id: 'amt', label: '两项补贴发放金额', unit: '万元', cur: w(a1C + a2C), prev: w(a1P + a2P), dec: dA, amount: true, sumOf: ['a1', 'a2'] });
  inds.push({ id: 'a1', label: '其中：困难残疾人生活补贴', unit: '万元', cur: w(a1C), prev: w(a1P), dec: dA });
  inds.push({ id: 'a2', label: '　　　重度残疾人护理补贴', unit: '万元', cur: w(a2C), prev: w(a2P), dec: dA });
  inds.push({ id: 'care', label: '托养服务人数', unit: '人', cur: place.S((a) => a.care.board + a.care.day + a.care.home), prev: place.S((a) => a.careP) });
  inds.push({ id: 'inst', label: '残疾人托养服务机构', unit: '个', cur: place.S((a) => a.care.inst), prev: place.S((a) => a.instP) });
  return inds;
}
function vetIndicators(place, year) {
  const mul = place.level === 'city' ? 160 : 14;
  const inds = [];
  const towns = place.level === 'city' ? place.areas.reduce((s, a) => s + a.towns, 0) : place.areas.length;
  const vils = place.S((a) => a.vs);
  const cen = place.level === 'city' ? 1 + place.areas.length : 1;
  const vsP = vils - ri(0, 8);
  inds.push({ id: 'st', label: '退役军人服务中心（站）', unit: '个', cur: cen + towns + vils, prev: cen + towns + vsP, sumOf: ['st1', 'st2', 'st3'] });
  inds.push({ id: 'st1', label: place.level === 'city' ? '其中：市、县级服务中心' : '其中：县级服务中心', unit: '个', cur: cen, prev: cen });
  inds.push({ id: 'st2', label: '　　　乡镇（街道）服务站', unit: '个', cur: towns, prev: towns });
  inds.push({ id: 'st3', label: '　　　村（社区）服务站', unit: '个', cur: vils, prev: vsP });
  let tC = 0, tP = 0; const cC = {}, cP = {};
  for (const [k] of YF_CATS) { cC[k] = place.sumY[k]; cP[k] = place.S((a) => a.yfP[k]); tC += cC[k]; tP += cP[k]; }
  inds.push({ id: 'yf', label: '重点优抚对象', unit: '人', cur: tC, prev: tP, sumOf: YF_CATS.map((c) => c[0]) });
  YF_CATS.forEach(([k, l], i) => inds.push({ id: k, label: (i === 0 ? '其中：' : '　　　') + l, unit: '人', cur: cC[k], prev: cP[k] }));
  const dA = pick([1, 2]);
  const w = (y) => rd(y / 10000, dA);
  const parts = [['f1', '定期抚恤金', 6500, 'dq'], ['f2', '定期生活补助', 7500, 'bz'], ['f3', '医疗补助', 600, 'yl'], ['f4', '其他', 200, 'qt']];
  const fc = {}, fp = {}; let sc = 0, sp = 0;
  for (const [k, , , fk] of parts) { fc[k] = place.S((a) => a.fx[fk]); fp[k] = place.S((a) => a.fxP[fk]); sc += fc[k]; sp += fp[k]; }
  inds.push({ id: 'fx', label: '抚恤补助资金', unit: '万元', cur: w(sc), prev: w(sp), dec: dA, amount: true, sumOf: parts.map((p) => p[0]) });
  parts.forEach(([k, l], i) => inds.push({ id: k, label: (i === 0 ? '其中：' : '　　　') + l, unit: '万元', cur: w(fc[k]), prev: w(fp[k]), dec: dA }));
  const anC = place.S((a) => a.azTot), anP = place.S((a) => a.azP);
  inds.push({ id: 'an', label: '接收安置退役士兵', unit: '人', cur: anC, prev: anP });
  const wkC = place.S((a) => a.az.work), wkP = place.S((a) => a.workP);
  inds.push({ id: 'wk', label: '其中：安排工作', unit: '人', cur: wkC, prev: wkP, leOf: 'an' });
  const regC = place.S((a) => a.vreg), regP = place.S((a) => a.vregP);
  const eC = place.S((a) => a.vemp), eP = place.S((a) => a.vempP);
  inds.push({ id: 'reg', label: '有就业意愿退役军人', unit: '人', cur: regC, prev: regP });
  inds.push({ id: 'emp', label: '实现就业退役军人', unit: '人', cur: eC, prev: eP, leOf: 'reg' });
  const d = pick([1, 2]);
  inds.push({ id: 'er', label: '退役军人就业率', unit: '%', cur: rd((eC / regC) * 100, d), prev: rd((eP / regP) * 100, d), dec: d, isRate: true, rateOf: ['emp', 'reg'] });
  inds.push({ id: 'cy', label: '自主创业人数', unit: '人', cur: place.S((a) => a.vstart), prev: place.S((a) => a.vstartP) });
  return inds;
}
function indTable(place, year, o, theme) {
  let inds = theme === 'dis' ? disIndicators(place, year) : vetIndicators(place, year);
  // second partition (grades) as additional sum relation
  const rateG = pick(['dash', 'dash', 'blank', 'pp']);
  const notes = [];
  if (rateG === 'pp') notes.push('注：比率指标的增长栏为增减百分点。');
  if (chance(0.4)) notes.push(theme === 'dis' ? '资料来源：市残疾人联合会' : '资料来源：市退役军人事务局');
  const index = rateG !== 'pp' && chance(0.2);
  const T = indicatorTable({ inds, year, index, order: chance(0.8) ? 'cur-prev' : 'prev-cur', rateG, gLabel: index ? pick(['为上年', '为上年%', '上年=100']) : pick(['比上年增长', '增长', '增减', '比上年增减']), title: theme === 'dis' ? `${place.name}残疾人事业发展主要指标` : `${place.name}退役军人工作主要指标`, rowHead: pick(['指标', '指标名称', '项目']), notes, unitLabel: pick(['计量单位', '单位']) });
  // add grade partition sums
  const byId = {}; T.rows.forEach((r, i) => { if (r.ind.id) byId[r.ind.id] = i; });
  const t0 = T.rows[0].ind;
  if (t0.sumOf2) for (const k of ['cur', 'prev']) T.rels.push({ type: 'sum', t: [0, k], parts: t0.sumOf2.map((id) => [byId[id], k]), tol: 0 });
  return T;
}

// ---------------- writer ----------------
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function colFmt(col, dec, o) {
  if (col.kind === 'count') return o.thousands ? '#,##0' : '0';
  if (col.kind === 'percap') return o.thousands ? '#,##0' : '0';
  if (col.kind === 'rank') return '0';
  const d = dec ?? col.dec ?? 0;
  return d === 0 ? '0' : '0.' + '0'.repeat(d);
}
function unitSuffix(col, o) {
  if (col.noPct) return '';
  if (['rate', 'growth', 'share', 'pp', 'index'].includes(col.kind)) return o.pctKeys && o.pctKeys.has(col.key) ? '' : '（%）';
  if (o.unitMode === 'header' && col.unit) return (o.br ? '\n' : '') + `（${col.unit}）`;
  return '';
}
function writeTable(ws, T, o, r0, rec) {
  const c0 = o.c0 || 1;
  let r = r0;
  const pctKeys = o.pctKeys || new Set();
  const colBy = Object.fromEntries(T.cols.map((c) => [c.key, c]));
  let heads, body;
  if (o.transpose) {
    heads = T.rows.map((row) => ({ label: row.label.trim().replace(/^　+/, ''), group: null }));
    body = T.cols.map((c) => ({ label: (c.group && c.group !== '其中' ? c.group : '') + c.label + unitSuffix(c, o), kind: 'x', cells: T.rows.map((row, i) => ({ ri: i, key: c.key })) }));
  } else {
    heads = T.cols.map((c) => ({ label: c.label + (c.kind === 'text' ? '' : unitSuffix(c, o)), group: c.group }));
    body = T.rows.map((row, i) => ({ label: row.label, kind: row.kind, area: row.area, group: row.kind === 'sub' ? row.group : row.area && row.area.group, groupName: row.groupName, cells: T.cols.map((c) => ({ ri: i, key: c.key })) }));
  }
  const lead = [];
  if (o.seq && !o.transpose) lead.push('seq');
  if (o.code && !o.transpose && !T.indicator && T.rows.some((x) => x.area)) lead.push('code');
  const grpCol = o.rowGroupCol && !o.transpose && T.rows.some((x) => x.kind === 'sub');
  if (grpCol) lead.push('grp');
  const labelCol = c0 + lead.length;
  const firstVal = labelCol + 1;
  const lastCol = firstVal + heads.length - 1;
  const hasGroups = heads.some((h) => h.group);
  // title
  ws.getCell(r, c0).value = (o.tablePrefix || '') + T.title + (o.unitMode === 'title' ? `（单位：${unitList(T, o)}）` : '');
  ws.getCell(r, c0).font = { bold: true, size: 14 };
  ws.getCell(r, c0).alignment = { horizontal: 'center' };
  if (o.mergeTitle !== false) ws.mergeCells(r, c0, r, lastCol);
  r++;
  if (o.subtitle) { ws.getCell(r, c0).value = o.subtitle; ws.getCell(r, c0).alignment = { horizontal: 'center' }; if (o.mergeTitle !== false) ws.mergeCells(r, c0, r, lastCol); r++; }
  if (o.preamble) { const vet = /退役|优抚|军人/.test(T.title); ws.getCell(r, c0).value = o.preamble[0].replace(/：.*$/, '：') + (vet ? '退役军人事务局（盖章）' : '残疾人联合会（盖章）'); ws.getCell(r, Math.max(firstVal + 1, lastCol - 1)).value = o.preamble[1]; r++; }
  if (o.unitMode === 'line') {
    const txt = `单位：${unitList(T, o)}`;
    const style = o.unitStyle || 'right';
    if (style === 'left') ws.getCell(r, c0).value = txt;
    else if (style === 'both') { ws.getCell(r, c0).value = pick(['填报单位：', '编制单位：']) + (T.title.includes('退役') || T.title.includes('优抚') ? '退役军人事务局' : '残疾人联合会'); ws.getCell(r, lastCol).value = txt; ws.getCell(r, lastCol).alignment = { horizontal: 'right' }; }
    else { ws.getCell(r, Math.max(firstVal, lastCol - 1)).value = txt; if (lastCol - 1 >= firstVal) ws.mergeCells(r, lastCol - 1, r, lastCol); ws.getCell(r, lastCol - 1).alignment = { horizontal: 'right' }; }
    r++;
  }
  // header
  const hr = r;
  const nh = hasGroups ? 2 : 1;
  const leadHead = { seq: '序号', code: pick(['区划代码', '行政区划代码']), grp: pick(['片区', '类别', '区域']) };
  lead.forEach((k, j) => { ws.getCell(hr, c0 + j).value = leadHead[k]; if (nh === 2) ws.mergeCells(hr, c0 + j, hr + 1, c0 + j); });
  ws.getCell(hr, labelCol).value = o.transpose ? (o.transHead || '项目') : T.rowHead;
  if (nh === 2) ws.mergeCells(hr, labelCol, hr + 1, labelCol);
  for (let j = 0; j < heads.length; j++) {
    const h = heads[j], c = firstVal + j;
    if (nh === 1) ws.getCell(hr, c).value = h.label;
    else if (!h.group) { ws.getCell(hr, c).value = h.label; ws.mergeCells(hr, c, hr + 1, c); }
    else {
      ws.getCell(hr + 1, c).value = h.label;
      if (j === 0 || heads[j - 1].group !== h.group) {
        let e = j; while (e + 1 < heads.length && heads[e + 1].group === h.group) e++;
        ws.getCell(hr, c).value = h.group;
        if (e > j) ws.mergeCells(hr, c, hr, firstVal + e);
      }
    }
  }
  for (let rr = hr; rr < hr + nh; rr++) for (let c = c0; c <= lastCol; c++) { const cell = ws.getCell(rr, c); cell.border = border; cell.font = { bold: true }; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
  r = hr + nh;
  if (o.unitRow && !o.transpose && !T.indicator) {
    ws.getCell(r, labelCol).value = pick(['计量单位', '单位', '']) || null;
    for (let j = 0; j < heads.length; j++) { const col = T.cols[j]; ws.getCell(r, firstVal + j).value = ['rate', 'growth', 'share', 'pp', 'index'].includes(col.kind) ? '%' : col.unit || null; ws.getCell(r, firstVal + j).alignment = { horizontal: 'center' }; }
    for (let c = c0; c <= lastCol; c++) ws.getCell(r, c).border = border;
    r++;
  }
  if (o.colNums) {
    lead.forEach((k, j) => { ws.getCell(r, c0 + j).value = j === 0 ? '甲' : '乙'; });
    ws.getCell(r, labelCol).value = lead.length ? '丙' : '甲';
    for (let j = 0; j < heads.length; j++) { ws.getCell(r, firstVal + j).value = o.colNumsText ? String(j + 1) : j + 1; ws.getCell(r, firstVal + j).alignment = { horizontal: 'center' }; }
    for (let c = c0; c <= lastCol; c++) ws.getCell(r, c).border = border;
    r++;
  }
  // body
  const addr = {};
  let seqN = 0;
  const grpRuns = [];
  for (const b of body) {
    const prevB = body[body.indexOf(b) - 1];
    if (o.blankBetween && prevB && prevB.group && b.group && prevB.group !== b.group) r++;
    if (grpCol) {
      const last = grpRuns[grpRuns.length - 1];
      if ((b.kind === 'item' || b.kind === 'sub') && b.group) { if (last && last.g === b.group && last.end === r - 1) last.end = r; else grpRuns.push({ g: b.group, start: r, end: r }); }
      if (b.kind === 'sub') { grpRuns[grpRuns.length - 1].name = b.groupName; b.label = '小计'; }
      if (b.kind === 'item') b.label = String(b.label).replace(/^[\s　]+/, '');
    }
    lead.forEach((k, j) => {
      const cell = ws.getCell(r, c0 + j);
      if (k === 'seq') { if (b.kind === 'item') cell.value = ++seqN; }
      if (k === 'code') {
        if (b.kind === 'item' && b.area) { b.area.code = b.area.code || rec.place.code0 * 100000 + (place_code_seq(rec)) ; cell.value = o.codeText ? String(b.area.code) : b.area.code; }
        else if (b.kind === 'total') cell.value = o.codeText ? String(rec.place.code0 * 100000) : rec.place.code0 * 100000;
      }
      cell.border = border;
    });
    let lc = ws.getCell(r, labelCol);
    if (grpCol && b.kind === 'total' && !o.mergeTotalLabel) { ws.mergeCells(r, labelCol - 1, r, labelCol); lc = ws.getCell(r, labelCol - 1); }
    else if (o.mergeTotalLabel && lead.length && (b.kind === 'total' || (b.kind === 'sub' && !grpCol))) {
      for (let j = 0; j < lead.length; j++) ws.getCell(r, c0 + j).value = null;
      ws.mergeCells(r, c0, r, labelCol); lc = ws.getCell(r, c0);
    }
    lc.value = b.label; lc.border = border;
    if (b.kind === 'total' || b.kind === 'sub') lc.font = { bold: b.kind === 'total' };
    if (b.kind === 'total') lc.alignment = { horizontal: 'center' };
    for (let j = 0; j < b.cells.length; j++) {
      const { ri: rix, key } = b.cells[j];
      const col = colBy[key];
      const row = T.rows[rix];
      let v = row.vals[key];
      const cell = ws.getCell(r, firstVal + j);
      cell.border = border;
      if (v === undefined || v === null || v === '') { cell.value = null; continue; }
      const a = cell.address;
      if (typeof v === 'number') {
        let dec = col.kind === 'mixed' ? row.fmt[key] : col.dec;
        let fmt = colFmt(col.kind === 'mixed' ? { kind: dec ? 'amount' : 'count' } : col, dec, o);
        if (pctKeys.has(key)) { v = rd(v / 100, (col.dec || 0) + 2); fmt = col.dec ? '0.' + '0'.repeat(col.dec) + '%' : '0%'; rec.pct[a] = true; }
        if (o.textNums && !pctKeys.has(key)) { const dd = /0\.(0+)/.exec(fmt); v = dd ? v.toFixed(dd[1].length) : String(v); cell.value = v; cell.alignment = { horizontal: 'right' }; }
        else { cell.value = v; cell.numFmt = fmt; }
      } else { cell.value = v; cell.alignment = { horizontal: 'center' }; }
      rec.vals[a] = v;
      addr[rix + '|' + key] = a;
    }
    r++;
  }
  if (grpCol) for (const run of grpRuns) { const gc = labelCol - 1; ws.getCell(run.start, gc).value = run.name; ws.getCell(run.start, gc).alignment = { vertical: 'middle', horizontal: 'center' }; if (run.end > run.start) ws.mergeCells(run.start, gc, run.end, gc); }
  // relations
  const A = (p) => addr[p[0] + '|' + p[1]];
  for (const rel of T.rels) {
    const x = { type: rel.type };
    if (rel.type === 'sum') { x.t = A(rel.t); x.parts = rel.parts.map(A); x.tol = rel.tol; if (!x.t || x.parts.some((p) => !p)) continue; }
    else if (rel.type === 'rate') { x.c = A(rel.c); x.num = A(rel.num); x.den = A(rel.den); x.scale = rel.scale; x.dec = rel.dec; if (!x.c || !x.num || !x.den) continue; }
    else if (rel.type === 'growth' || rel.type === 'pp' || rel.type === 'index') { x.c = A(rel.c); x.cur = A(rel.cur); x.prev = A(rel.prev); x.dec = rel.dec; if (!x.c || !x.cur || !x.prev) continue; }
    else if (rel.type === 'le') { x.part = A(rel.part); x.whole = A(rel.whole); if (!x.part || !x.whole) continue; }
    rec.rels.push(x);
  }
  // notes
  if (T.notes.length) {
    r += o.noteGap ? 1 : 0;
    for (const n of T.notes) { ws.getCell(r, c0).value = n; if (o.mergeNotes) ws.mergeCells(r, c0, r, lastCol); r++; }
  }
  if (o.footer) { ws.getCell(r, c0).value = o.footer; r++; }
  // widths
  ws.getColumn(labelCol).width = 18;
  for (let c = firstVal; c <= lastCol; c++) if (!ws.getColumn(c).width || ws.getColumn(c).width < 11) ws.getColumn(c).width = 11;
  return r;
}
function place_code_seq(rec) { rec.codeSeq = (rec.codeSeq || 0) + 1; return rec.codeSeq * 1000 + (rec.place.level === 'county' ? 100 : 0); }
function unitList(T, o) {
  if (T.unitKinds) return T.unitKinds.filter((u) => T.cols.some((c) => c.unit === u) || u === '人').join('、');
  if (T.indicator) return '见计量单位';
  const us = [];
  for (const c of T.cols) if (c.unit && c.unit !== '%' && !us.includes(c.unit)) us.push(c.unit);
  if (T.cols.some((c) => c.unit === '%') && o.unitPct) us.push('%');
  return us.join('、') || '人';
}

// ---------------- books ----------------
const DIS_TABLES = [(p, y, o) => seriesTable(p, y, o, 'dis'), disCatTable, disGradeTable, rehabTable, employTable, subsidyTable, eduTable, careTable, (p, y, o) => twoYearArea(p, y, o, 'dis'), (p, y, o) => compTable(p, y, o, 'dis'), (p, y, o) => indTable(p, y, o, 'dis')];
const VET_TABLES = [(p, y, o) => seriesTable(p, y, o, 'vet'), stationTable, youfuTable, fuxuTable, anzhiTable, vetJobTable, (p, y, o) => twoYearArea(p, y, o, 'vet'), (p, y, o) => compTable(p, y, o, 'vet'), (p, y, o) => indTable(p, y, o, 'vet')];
const SHEET_NAMES_DIS = ['历年情况', '持证残疾人', '残疾等级', '康复服务', '就业', '两项补贴', '教育', '托养', '主要指标', '类别构成', '指标'];
const SHEET_NAMES_VET = ['历年', '服务站', '优抚对象', '抚恤补助', '安置', '就业创业', '两年对比', '构成', '主要指标'];

function tableOpts(T) {
  const o = {};
  o.unitMode = pick(['line', 'line', 'line', 'header', 'title', 'none']);
  if (T.indicator) o.unitMode = 'none';
  o.unitStyle = pick(['right', 'right', 'left', 'both']);
  o.unitPct = chance(0.3);
  o.seq = chance(0.2);
  o.code = chance(0.12);
  o.codeText = chance(0.5);
  o.colNums = chance(0.15);
  o.colNumsText = chance(0.3);
  o.thousands = chance(0.25);
  o.c0 = chance(0.2) ? 2 : 1;
  o.mergeTitle = chance(0.85);
  o.mergeNotes = chance(0.5);
  o.noteGap = chance(0.3);
  o.tablePrefix = chance(0.3) ? pick(['表1 ', '表2-1  ', '附表：', '表3　']) : '';
  o.transpose = T.transposable && chance(0.12);
  o.transHead = pick(['项目', '指标', '类别']);
  o.unitRow = o.unitMode !== 'header' && chance(0.1);
  o.br = chance(0.5);
  o.subtitle = T.indicator || T.series || chance(0.85) ? null : pick(['（2024年12月31日）', '（截至2024年底）', '2024年度']);
  o.mergeTotalLabel = chance(0.5);
  o.rowGroupCol = chance(0.4);
  o.preamble = chance(0.12) ? [pick(['填报单位：', '报送单位：']) + pick(['县残疾人联合会（盖章）', '退役军人事务局（盖章）']), '联系电话：0' + ri(550, 799) + '-' + ri(2000000, 8999999)] : null;
  o.footer = chance(0.12) ? `单位负责人：${pick(['张', '李', '王', '陈'])}××　　填表人：${pick(['刘', '赵', '周'])}××　　报出日期：2025年1月${ri(5, 25)}日` : null;
  o.blankBetween = chance(0.15);
  o.textNums = chance(0.05);
  o.pctKeys = new Set();
  if (!o.transpose && chance(0.2)) for (const c of T.cols) if (c.kind === 'rate') o.pctKeys.add(c.key);
  return o;
}

function plantOne(rec, type, taken) {
  const rels = rec.rels;
  const get = (a) => numGet(rec.vals[a], rec.pct[a]);
  const cand = new Set();
  for (const r of rels) {
    if (type === 'total' && r.type === 'sum' && rec.fmtKind(r.t) !== 'pct') cand.add(r.t);
    if (type === 'part' && r.type === 'sum') r.parts.forEach((p) => cand.add(p));
    if (type === 'rate' && r.type === 'rate') cand.add(r.c);
    if (type === 'growth' && (r.type === 'growth' || r.type === 'pp' || r.type === 'index')) cand.add(r.c);
    if (type === 'swap') for (const a of [r.t, r.c, ...(r.parts || [])]) if (a) cand.add(a);
  }
  const list = shuffle([...cand].filter((a) => !taken.has(a) && numGet(rec.vals[a], false) !== null && rec.vals[a] !== '-'));
  for (const a of list) {
    const isText = typeof rec.vals[a] === 'string';
    const was = Number(rec.vals[a]);
    const pct = !!rec.pct[a];
    let now;
    const dec = isText ? (String(rec.vals[a]).split('.')[1] || '').length : decOf(rec.ws.getCell(a).numFmt);
    if (type === 'swap') {
      const s = was.toFixed(dec);
      const ds = [];
      for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[1] === '0')) ds.push(i);
      if (!ds.length) continue;
      const i = pick(ds);
      now = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
      if (s.replace(/\D/g, '').length < 3) continue;
    } else if (type === 'rate' || type === 'growth') {
      const delta = pick([-1, 1]) * rd(rf(0.6, 4.5), 1);
      if (pct) now = rd(was + delta / 100, dec); else now = rd(was + delta, dec);
      if (type === 'rate' && now > (pct ? 1 : 100)) now = rd(was - Math.abs(delta) / (pct ? 100 : 1), dec);
    } else {
      if (dec > 0) { now = rd(was + pick([-1, 1]) * Math.max(rd(was * rf(0.02, 0.08), dec), 1.3), dec); }
      else { const d = Math.max(pick([1, 2, 3, 5, 10, 20, 100]), Math.round(was * rf(0.005, 0.05))); now = was + pick([-1, 1]) * d; }
      if (now < 0) now = was + Math.abs(now - was);
    }
    if (now === was) continue;
    const stored = isText ? now.toFixed(dec) : now;
    rec.vals[a] = stored;
    const broken = rels.some((r) => involves(r, a) && !holds(r, get));
    if (!broken) { rec.vals[a] = isText ? String(rec.ws.getCell(a).value) : was; continue; }
    rec.ws.getCell(a).value = stored;
    taken.add(a);
    return { sheet: rec.name, cell: a, was, now, type };
  }
  return null;
}
function decOf(fmt) { const m = /0\.(0+)/.exec(fmt || ''); return m ? m[1].length + (/%/.test(fmt) ? 2 : 0) : /%/.test(fmt || '') ? 2 : 0; }
function involves(r, a) { return [r.t, r.c, r.num, r.den, r.cur, r.prev, r.part, r.whole, ...(r.parts || [])].includes(a); }

async function makeBook(file, planted, nPlants, relOut) {
  const wb = new ExcelJS.Workbook();
  wb.creator = pick(['县残联', '统计局', 'Administrator', '退役军人事务局']);
  const theme = chance(0.58) ? 'dis' : 'vet';
  const place = fillBase(chance(0.7) ? makeCounty() : makeCity());
  const year = 2024;
  const pool = theme === 'dis' ? DIS_TABLES : VET_TABLES;
  const names = theme === 'dis' ? SHEET_NAMES_DIS : SHEET_NAMES_VET;
  const nSheets = pick([1, 1, 2, 2, 3]);
  const chosen = shuffle(pool.map((f, i) => i)).slice(0, nSheets);
  const recs = [];
  const usedNames = new Set();
  let k = 0;
  for (const ti of chosen) {
    k++;
    let name = pick([names[ti], `表${k}`, `Sheet${k}`, `${k}-${names[ti]}`]);
    if (usedNames.has(name)) name = name + k;
    usedNames.add(name);
    const ws = wb.addWorksheet(name);
    const rec = { name, ws, vals: {}, pct: {}, rels: [], place };
    rec.fmtKind = (a) => (rec.pct[a] ? 'pct' : 'num');
    const o0 = { sub: chance(0.3) ? pick(['before', 'after']) : null, totalPos: chance(0.6) ? 'top' : 'bottom', dash: chance(0.2) };
    let T = pool[ti](place, year, o0);
    let r = writeTable(ws, T, tableOpts(T), chance(0.15) ? 2 : 1, rec);
    // sometimes a second table stacked on the same sheet
    if (chance(0.3)) {
      const tj = pick(pool.map((f, i) => i).filter((i) => !chosen.includes(i)));
      if (tj !== undefined) {
        const T2 = pool[tj](place, year, { sub: null, totalPos: o0.totalPos, dash: false });
        const o2 = tableOpts(T2); o2.c0 = 1; o2.transpose = false;
        r = writeTable(ws, T2, o2, r + ri(1, 3), rec);
      }
    }
    recs.push(rec);
  }
  const plants = [];
  if (planted) {
    const taken = new Set();
    const types = shuffle(['total', 'part', 'rate', 'swap', 'growth', 'total', 'part', 'swap']);
    for (let i = 0; i < nPlants; i++) {
      let p = null;
      for (const t of types) {
        if (plants.some((x) => x.type === t) && chance(0.7)) continue;
        for (const rec of shuffle(recs)) { p = plantOne(rec, t, taken); if (p) break; }
        if (p) break;
      }
      if (p) plants.push(p);
    }
  }
  await wb.xlsx.writeFile(file);
  relOut[path.basename(file)] = Object.fromEntries(recs.map((r) => [r.name, r.rels]));
  return plants;
}

async function main() {
  const root = __dirname;
  const relDir = path.join(root, 'rel');
  fs.mkdirSync(relDir, { recursive: true });
  for (const [dirName, seed, n, nPlanted, prefix] of [['cases', 87201, 45, 22, 'c'], ['probe', 87202, 100, 30, 'p']]) {
    R = mulberry32(seed);
    const dir = path.join(root, dirName);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const plantedIdx = new Set(shuffle([...Array(n).keys()]).slice(0, nPlanted));
    const manifest = [];
    const relOut = {};
    for (let i = 0; i < n; i++) {
      const file = `${prefix}${String(i + 1).padStart(dirName === 'probe' ? 3 : 2, '0')}.xlsx`;
      const planted = plantedIdx.has(i);
      const plants = await makeBook(path.join(dir, file), planted, planted ? pick([1, 1, 2]) : 0, relOut);
      if (planted && !plants.length) console.error("no plant for", file);
      if (planted && !plants.length) { manifest.push({ file, clean: true, plants: [] }); continue; }
      manifest.push({ file, clean: !planted, plants: plants.map(({ sheet, cell, was, now, type }) => ({ sheet, cell, was, now, type })) });
    }
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
    fs.writeFileSync(path.join(relDir, dirName + '.json'), JSON.stringify(relOut));
    console.log(dirName, manifest.length, 'books,', manifest.filter((m) => !m.clean).length, 'planted,', manifest.reduce((s, m) => s + m.plants.length, 0), 'plants');
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
