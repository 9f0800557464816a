// Generator for round 74A: 党组织书记队伍情况 workbooks. node gen.js
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(7401);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const wpick = (ws) => { let s = ws.reduce((a, b) => a + b, 0), x = R() * s; for (let i = 0; i < ws.length; i++) { x -= ws[i]; if (x < 0) return i; } return ws.length - 1; };
const gauss = () => { let u = 0, v = 0; while (!u) u = R(); while (!v) v = R(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); };
// exact half-up rounding of num/den*scale to d decimals; returns a JS number
function rateOf(num, den, d, scale = 100) { if (num < 0) return -rateOf(-num, den, d, scale); const m = 10 ** d; const N = num * scale * m; const q = Math.floor((2 * N + den) / (2 * den)); return q / m; }
function roundHalfUp(x, d) { const m = 10 ** d; return Math.round(x * m + 1e-9 * Math.sign(x)) / m; }

const CITIES = [
  ['福州市', ['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '福清市', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县']],
  ['赣州市', ['章贡区', '南康区', '赣县区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市']],
  ['绵阳市', ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '北川羌族自治县', '平武县', '高新区', '经开区']],
  ['台州市', ['椒江区', '黄岩区', '路桥区', '临海市', '温岭市', '玉环市', '三门县', '天台县', '仙居县']],
  ['洛阳市', ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区', '新安县', '栾川县', '嵩县', '汝阳县', '宜阳县', '洛宁县', '伊川县']],
  ['昌吉州', ['昌吉市', '阜康市', '呼图壁县', '玛纳斯县', '奇台县', '吉木萨尔县', '木垒县']],
];
const SERVE = ['出资人担任', '管理层担任', '专职书记', '选派（派驻）', '其他'];
const SERVE_ALT = ['出资人担任', '管理层人员担任', '专职党务工作者担任', '上级党组织选派', '其他人员'];
const AGE = ['35岁及以下', '36-45岁', '46-55岁', '56岁及以上'];
const EDU = ['研究生', '大学本科', '大专', '中专及以下'];

// ---------- population ----------
function person(kind) {
  const gs = kind === 'qy' && chance(0.3);
  const serve = kind === 'qy' ? wpick(gs ? [35, 35, 12, 10, 8] : [55, 22, 5, 10, 8]) : wpick([8, 42, 10, 25, 15]);
  let age = Math.round(47 + 9 * gauss()); age = Math.max(24, Math.min(72, age));
  const ab = age <= 35 ? 0 : age <= 45 ? 1 : age <= 55 ? 2 : 3;
  const edu = wpick(kind === 'qy' ? [4, 30, 38, 28] : [8, 45, 32, 15]);
  return { kind, gs, serve, age, ab, edu, female: chance(kind === 'qy' ? 0.22 : 0.34), union: chance(kind === 'qy' ? 0.45 : 0.2) };
}
function county(size) {
  const ppl = []; const nq = Math.max(4, Math.round(size * (0.65 + 0.2 * R()))); const ns = Math.max(2, size - nq);
  for (let i = 0; i < nq; i++) ppl.push(person('qy'));
  for (let i = 0; i < ns; i++) ppl.push(person('sz'));
  const org = {};
  for (const k of ['qy', 'gs', 'sz']) {
    const n = ppl.filter((p) => k === 'gs' ? p.gs : p.kind === k).length;
    const due = Math.max(k === 'gs' ? 0 : 1, Math.round(n * (0.25 + 0.2 * R())));
    const done = Math.max(0, due - (chance(0.3) ? 0 : ri(0, Math.max(1, Math.round(due * 0.12)))));
    org[k] = { due, done, workers: Math.round(n * (1.1 + 0.8 * R())), train: Math.round(n * (2 + 3 * R())) };
  }
  // gs subset of qy
  org.gs.due = Math.min(org.gs.due, org.qy.due); org.gs.done = Math.min(org.gs.done, org.qy.done, org.gs.due); org.gs.workers = Math.min(org.gs.workers, org.qy.workers); org.gs.train = Math.min(org.gs.train, org.qy.train);
  return { ppl, org };
}
function agg(list) { // list of {ppl, org, filter}
  const a = { total: 0, s: [0, 0, 0, 0, 0], a: [0, 0, 0, 0], e: [0, 0, 0, 0], female: 0, union: 0, ageSum: 0, due: 0, done: 0, workers: 0, train: 0 };
  for (const { c, k } of list) {
    for (const p of c.ppl) {
      if (k === 'qy' && p.kind !== 'qy') continue; if (k === 'sz' && p.kind !== 'sz') continue; if (k === 'gs' && !p.gs) continue;
      a.total++; a.s[p.serve]++; a.a[p.ab]++; a.e[p.edu]++; a.female += p.female; a.union += p.union; a.ageSum += p.age;
    }
    const ks = k === 'all' ? ['qy', 'sz'] : [k];
    for (const kk of ks) { a.due += c.org[kk].due; a.done += c.org[kk].done; a.workers += c.org[kk].workers; a.train += c.org[kk].train; }
  }
  return a;
}

// ---------- sheet model ----------
class Sheet {
  constructor(name) { this.name = name; this.g = []; this.merges = []; this.rel = []; this.fmt = {}; }
  set(r, c, v, fmt) { (this.g[r] = this.g[r] || [])[c] = v; if (fmt) this.fmt[r + ':' + c] = fmt; }
  get(r, c) { return (this.g[r] || [])[c]; }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
}
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + r;

// A field spec: {key, label, group?, type:'count'|'rate'|'avg', get(a)}
function fields(set, st) {
  const F = [];
  const serveL = st.altServe ? SERVE_ALT : SERVE;
  const cnt = (key, label, get, group) => F.push({ key, label, group, type: 'count', get });
  if (set.includes('total')) cnt('total', st.totalLabel, (a) => a.total);
  if (set.includes('serve')) serveL.forEach((l, i) => cnt('s' + i, l, (a) => a.s[i], st.serveGroup));
  if (set.includes('age')) AGE.forEach((l, i) => cnt('a' + i, l, (a) => a.a[i], '按年龄分'));
  if (set.includes('edu')) EDU.forEach((l, i) => cnt('e' + i, l, (a) => a.e[i], '按学历分'));
  if (set.includes('female')) cnt('female', '其中：女性', (a) => a.female);
  if (set.includes('union')) cnt('union', '其中：兼任工会主席', (a) => a.union);
  if (set.includes('ratio')) F.push({ key: 'ratio', label: '出资人担任书记比例（%）', type: 'rate', num: 's0', den: 'total', get: (a) => a.total ? rateOf(a.s[0], a.total, st.dec) : '—' });
  if (set.includes('avg')) F.push({ key: 'avg', label: '平均年龄（岁）', type: 'avg', get: (a) => a.total ? roundHalfUp(a.ageSum / a.total, 1) : '—' });
  if (set.includes('due')) cnt('due', '应换届数', (a) => a.due, st.hjGroup);
  if (set.includes('done')) cnt('done', '已换届数', (a) => a.done, st.hjGroup);
  if (set.includes('rate')) F.push({ key: 'rate', label: '按期换届率（%）', group: st.hjGroup, type: 'rate', num: 'done', den: 'due', get: (a) => a.due ? rateOf(a.done, a.due, st.dec) : '—' });
  if (set.includes('workers')) cnt('workers', '党务工作者（人）', (a) => a.workers);
  if (set.includes('train')) cnt('train', '培训人次', (a) => a.train);
  return F;
}
// row-wise relations among fields (given map key->cell)
function rowRelations(pos, relPush) {
  const has = (k) => pos[k];
  const parts = (pfx, n) => { const a = []; for (let i = 0; i < n; i++) if (has(pfx + i)) a.push(pos[pfx + i]); return a.length === n ? a : null; };
  if (has('total')) {
    for (const [p, n] of [['s', 5], ['a', 4], ['e', 4]]) { const ps = parts(p, n); if (ps) relPush({ t: 'sum', target: pos.total, parts: ps }); }
    for (const k of ['female', 'union']) if (has(k)) relPush({ t: 'le', part: pos[k], whole: pos.total });
    if (has('ratio') && has('s0')) relPush({ t: 'rate', target: pos.ratio, num: pos.s0, den: pos.total });
  }
  if (has('due') && has('done')) relPush({ t: 'le', part: pos.done, whole: pos.due });
  if (has('rate') && has('due') && has('done')) relPush({ t: 'rate', target: pos.rate, num: pos.done, den: pos.due });
}

function zeroShow(v, st) { if (v === 0 && st.zero !== '0') return st.zero === 'blank' ? null : '—'; return v; }

// Layout A: entities as rows, fields as columns (optionally transposed)
function layoutRows(sh, ents, F, st, opt) {
  // body built in local coords then placed. body cells: [r][c]
  const B = new Sheet('x'); const lead = st.seq ? 2 : 1; const nameCol = lead;
  const hdr = F.some((f) => f.group) ? 2 : 1;
  // header
  if (st.seq) { B.set(1, 1, '序号'); B.merge(1, 1, hdr, 1); }
  B.set(1, nameCol, opt.rowHead); B.merge(1, nameCol, hdr, nameCol);
  let c = lead + 1;
  for (let i = 0; i < F.length; i++) {
    const f = F[i];
    if (f.group) { let j = i; while (j + 1 < F.length && F[j + 1].group === f.group) j++; B.set(1, c, f.group); B.merge(1, c, 1, c + j - i); for (let k = i; k <= j; k++) B.set(2, c + k - i, F[k].label); c += j - i + 1; i = j; }
    else { B.set(1, c, f.label); if (hdr === 2) B.merge(1, c, 2, c); c++; }
  }
  let r = hdr + 1;
  if (st.colNo) { if (st.seq) B.set(r, 1, null); B.set(r, nameCol, '甲'); F.forEach((f, i) => B.set(r, lead + 1 + i, i + 1)); r++; }
  const rowOf = {};
  ents.forEach((e, idx) => {
    if (st.seq) B.set(r, 1, e.isTotal ? null : idx + (ents[0].isTotal ? 0 : 1));
    B.set(r, nameCol, e.label);
    F.forEach((f, i) => { let v = f.get(e.a); if (f.type === 'count') v = zeroShow(v, st); B.set(r, lead + 1 + i, v, f.type === 'count' ? '0' : f.type === 'avg' ? '0.0' : '0.' + '0'.repeat(st.dec)); });
    rowOf[e.id] = r; r++;
  });
  // relations in local coords
  const rels = [];
  for (const e of ents) { const pos = {}; F.forEach((f, i) => pos[f.key] = [rowOf[e.id], lead + 1 + i]); rowRelations(pos, (x) => rels.push(x)); }
  for (const g of opt.colRels) { // {t:'sum', target:id, parts:[ids]} or {t:'le', part:id, whole:id}
    F.forEach((f, i) => {
      if (f.type !== 'count') return; const cc = lead + 1 + i;
      if (g.t === 'sum') rels.push({ t: 'sum', target: [rowOf[g.target], cc], parts: g.parts.map((p) => [rowOf[p], cc]) });
      else rels.push({ t: 'le', part: [rowOf[g.part], cc], whole: [rowOf[g.whole], cc] });
    });
  }
  if (opt.avgRel) { const i = F.findIndex((f) => f.type === 'avg'), it = F.findIndex((f) => f.key === 'total'); if (i >= 0 && it >= 0) { const g = opt.avgRel; rels.push({ t: 'wavg', target: [rowOf[g.target], lead + 1 + i], parts: g.parts.map((p) => [[rowOf[p], lead + 1 + i], [rowOf[p], lead + 1 + it]]) }); } }
  place(sh, B, rels, opt.transpose);
}
function place(sh, B, rels, transpose) {
  const top = sh.cursor; const left = 1;
  const T = (r, c) => transpose ? [top + c - 1, left + r - 1] : [top + r - 1, left + c - 1];
  let maxR = 0;
  B.g.forEach((row, r) => row && row.forEach((v, c) => { const [rr, cc] = T(r, c); sh.set(rr, cc, v, B.fmt[r + ':' + c]); maxR = Math.max(maxR, rr); }));
  for (const [r1, c1, r2, c2] of B.merges) { const [a, b] = T(r1, c1), [x, y] = T(r2, c2); sh.merge(a, b, x, y); }
  const m = (p) => T(p[0], p[1]);
  for (const x of rels) {
    const y = { t: x.t };
    if (x.target) y.target = m(x.target);
    if (x.parts) y.parts = x.t === 'wavg' ? x.parts.map(([a, b]) => [m(a), m(b)]) : x.parts.map(m);
    for (const k of ['part', 'whole', 'num', 'den', 'a', 'b']) if (x[k]) y[k] = m(x[k]);
    if (x.dec !== undefined) y.dec = x.dec; if (x.scale !== undefined) y.scale = x.scale;
    sh.rel.push(y);
  }
  sh.cursor = maxR + 1; sh.width = Math.max(sh.width || 0, ...B.g.filter(Boolean).map((row) => row.length - 1).map((w) => transpose ? 0 : w), transpose ? B.g.length - 1 : 0);
}

function titleBlock(sh, title, st, width) {
  sh.set(1, 1, title); sh.merge(1, 1, 1, width); let r = 2;
  if (st.fill) { sh.set(r, 1, '填报单位：' + st.unitName); sh.set(r, Math.max(2, width - 2), '填报日期：' + st.date); r++; }
  if (st.unitRow) { sh.set(r, width, st.unitRow); r++; }
  sh.cursor = r;
}
function notes(sh, st, extra) {
  let r = sh.cursor + (chance(0.5) ? 1 : 0);
  const ns = ['注：' + (extra[0] || '本表统计范围为辖区内已建立党组织的非公有制企业和社会组织。')].concat(extra.slice(1));
  if (chance(0.5)) ns.push('“—”表示无此项或数据为零。');
  if (chance(0.4)) ns.push('数据截至' + st.year + '年12月31日。');
  for (const n of ns) { sh.set(r++, 1, n); }
  if (chance(0.4)) sh.set(r++, 1, '审核人：' + pick(['王建华', '李敏', '陈志强']) + '    填表人：' + pick(['张丽', '刘洋', '黄晓燕']) + '    联系电话：' + ri(13000000000, 13999999999));
  sh.cursor = r;
}

// ---------- book builder ----------
function makeStyle(city, year) {
  return {
    dec: pick([1, 1, 1, 2]), zero: pick(['0', '0', '—', 'blank']), seq: chance(0.25), colNo: chance(0.2), altServe: chance(0.3),
    serveGroup: pick(['按任职方式分', '书记任职情况', '按来源分']), hjGroup: pick([null, '党组织换届情况', '换届情况']),
    totalLabel: pick(['党组织书记人数', '书记总数', '合计']), fill: chance(0.6), unitRow: pick([null, '单位：人、%', '单位：名', '计量单位：人']),
    unitName: pick(['中共' + city + '委两新工委', '中共' + city + '委组织部', city + '非公有制经济组织和社会组织工委']),
    date: `${year + 1}年${ri(1, 3)}月${ri(1, 28)}日`, year,
  };
}

function buildBook(seed) {
  const [city, allC] = pick(CITIES);
  const nC = Math.min(allC.length, ri(5, allC.length));
  const names = allC.slice(0, nC);
  const year = pick([2021, 2022, 2023]);
  const mk = () => names.map((n) => ({ name: n, c: county(ri(40, 420)) }));
  const cur = mk();
  const prev = cur.map((x) => { const sz = Math.max(20, Math.round(x.c.ppl.length * (0.8 + 0.25 * R()))); return { name: x.name, c: county(sz) }; });
  const st = makeStyle(city, year);
  const sheets = [];
  const kinds = ['serve', 'ageedu', 'hj', 'kind', 'twoyear', 'kindcols', 'yearcounty', 'side', 'kindyear'];
  const nS = process.env.FORCE ? 1 : ri(1, 3); const chosen = process.env.FORCE ? [process.env.FORCE] : [];
  while (chosen.length < nS) { const k = pick(kinds); if (!chosen.includes(k)) chosen.push(k); }
  const descriptive = chance(0.5);
  chosen.forEach((kind, i) => {
    const sname = descriptive ? ({ serve: '书记任职', ageedu: '年龄学历', hj: '换届', kind: '分类型', twoyear: '两年对比', kindcols: '分类型(县)', yearcounty: '增减', side: '横表', kindyear: '分类型对比' })[kind] : '表' + (i + 1);
    const sh = new Sheet(sname); sh.kind = kind;
    buildSheet(sh, kind, { city, names, cur, prev, st: { ...st, dec: chance(0.8) ? st.dec : pick([1, 2]) }, year });
    sheets.push(sh);
  });
  return { sheets, city };
}

function countyEnts(cur, city, st, k = 'all') {
  const ents = cur.map((x, i) => ({ id: 'c' + i, label: x.name, a: agg([{ c: x.c, k }]) }));
  const tot = { id: 'T', label: pick(['全市', '合计', '全市合计', '总计', city]), a: agg(cur.map((x) => ({ c: x.c, k }))), isTotal: true };
  const totalFirst = chance(0.6);
  return { ents: totalFirst ? [tot, ...ents] : [...ents, tot], colRels: [{ t: 'sum', target: 'T', parts: ents.map((e) => e.id) }], avgRel: { target: 'T', parts: ents.map((e) => e.id) } };
}

function buildSheet(sh, kind, ctx) {
  const { city, names, cur, prev, st, year } = ctx;
  const title = (s) => `${chance(0.5) ? city : ''}${year}年${s}`;
  if (kind === 'serve' || kind === 'ageedu' || kind === 'hj' || kind === 'side') {
    const set = kind === 'serve' ? ['total', 'serve', ...(chance(0.7) ? ['female'] : []), ...(chance(0.6) ? ['union'] : []), ...(chance(0.7) ? ['ratio'] : [])]
      : kind === 'ageedu' ? ['total', 'age', ...(chance(0.8) ? ['edu'] : []), ...(chance(0.7) ? ['avg'] : [])]
        : kind === 'hj' ? [...(chance(0.5) ? ['total'] : []), 'due', 'done', 'rate', ...(chance(0.6) ? ['workers'] : []), ...(chance(0.6) ? ['train'] : [])]
          : ['total', 'serve', 'female', ...(chance(0.5) ? ['age'] : []), 'ratio'];
    let F = fields(set, st);
    if (kind === 'side') F = [F[0], ...F.filter((f) => f.key === 'female' || f.key === 'union'), ...F.slice(1).filter((f) => f.key !== 'female' && f.key !== 'union')];
    const ce = countyEnts(cur, city, st);
    const width = kind === 'side' ? ce.ents.length + 2 : F.length + 1 + (st.seq ? 1 : 0);
    titleBlock(sh, title(kind === 'hj' ? '非公有制企业和社会组织党组织换届情况统计表' : '非公有制企业和社会组织党组织书记队伍情况统计表'), st, Math.min(width, 14));
    if (kind === 'side') {
      // sideways: fields as rows. Grouped fields become a merged group column.
      const B = new Sheet('x'); B.set(1, 1, '指标'); B.merge(1, 1, 1, 2);
      let c = 3; const colOf = {};
      ce.ents.forEach((e) => { B.set(1, c, e.label); colOf[e.id] = c++; });
      let r = 2; const rowOfF = {};
      for (let i = 0; i < F.length; i++) {
        const f = F[i];
        if (f.group) { let j = i; while (j + 1 < F.length && F[j + 1].group === f.group) j++; B.set(r, 1, f.group); B.merge(r, 1, r + j - i, 1); for (let k = i; k <= j; k++) { B.set(r, 2, F[k].label); rowOfF[F[k].key] = r++; } i = j; }
        else { B.set(r, 1, f.label); B.merge(r, 1, r, 2); rowOfF[f.key] = r++; }
      }
      for (const e of ce.ents) F.forEach((f) => { let v = f.get(e.a); if (f.type === 'count') v = zeroShow(v, st); B.set(rowOfF[f.key], colOf[e.id], v, f.type === 'rate' ? '0.' + '0'.repeat(st.dec) : '0'); });
      const rels = [];
      for (const e of ce.ents) { const pos = {}; F.forEach((f) => pos[f.key] = [rowOfF[f.key], colOf[e.id]]); rowRelations(pos, (x) => rels.push(x)); }
      F.forEach((f) => { if (f.type === 'count') rels.push({ t: 'sum', target: [rowOfF[f.key], colOf.T], parts: ce.ents.filter((e) => !e.isTotal).map((e) => [rowOfF[f.key], colOf[e.id]]) }); });
      place(sh, B, rels, false);
    } else {
      layoutRows(sh, ce.ents, F, st, { rowHead: pick(['地区', '县（市、区）', '单位', '地 区']), colRels: ce.colRels, avgRel: ce.avgRel });
    }
    notes(sh, st, kind === 'serve' ? ['出资人担任书记比例=出资人担任书记人数÷党组织书记人数×100%。'] : kind === 'hj' ? ['按期换届率=已换届数÷应换届数×100%。'] : []);
  } else if (kind === 'kind') {
    const set = ['total', ...(chance(0.6) ? ['serve'] : ['age']), 'female', ...(chance(0.5) ? ['edu'] : []), ...(chance(0.5) ? ['avg'] : []), ...(chance(0.5) ? ['due', 'done', 'rate'] : [])];
    const F = fields(set, st);
    const all = cur.map((x) => x.c);
    const A = (k) => agg(all.map((c) => ({ c, k })));
    const ents = [{ id: 'T', label: pick(['总计', '合计', '全市']), a: A('all'), isTotal: true }, { id: 'Q', label: '非公有制企业', a: A('qy') }, { id: 'G', label: pick(['其中：规模以上企业', '  其中：规模以上企业', '#规模以上企业']), a: A('gs') }, { id: 'S', label: '社会组织', a: A('sz') }];
    titleBlock(sh, title('分类型党组织书记队伍情况'), st, Math.min(F.length + 1, 14));
    layoutRows(sh, ents, F, st, { rowHead: pick(['类型', '组织类型', '项目']), colRels: [{ t: 'sum', target: 'T', parts: ['Q', 'S'] }, { t: 'le', part: 'G', whole: 'Q' }], avgRel: { target: 'T', parts: ['Q', 'S'] } });
    notes(sh, st, []);
  } else if (kind === 'kindcols') {
    // rows counties; columns 书记人数 合计/非公/其中规上/社会组织 + 党务工作者 合计/非公/社会组织
    const ce = countyEnts(cur, city, st);
    const byId = {}; ce.ents.forEach((e) => byId[e.id] = e);
    const src = (e, k) => e.isTotal ? agg(cur.map((x) => ({ c: x.c, k }))) : agg([{ c: cur[+e.id.slice(1)].c, k }]);
    const blocks = [['党组织书记人数', (a) => a.total], ['党务工作者', (a) => a.workers]].concat(chance(0.5) ? [['应换届数', (a) => a.due]] : []);
    titleBlock(sh, title('分类型党组织书记和党务工作者情况'), st, 12);
    const B = new Sheet('x'); B.set(1, 1, '地区'); B.merge(1, 1, 2, 1);
    let c = 2; const cols = [];
    for (const [lab, get] of blocks) {
      const withGs = lab !== '党务工作者' || chance(0.5);
      const sub = [['合计', 'all'], ['非公有制企业', 'qy'], ...(withGs ? [['其中：规模以上', 'gs']] : []), ['社会组织', 'sz']];
      B.set(1, c, lab); B.merge(1, c, 1, c + sub.length - 1);
      const cm = {};
      sub.forEach(([l, k]) => { B.set(2, c, l); cm[k] = c; cols.push({ c, k, get }); c++; });
      cols.push({ block: cm });
    }
    let r = 3; const rowOf = {};
    for (const e of ce.ents) { B.set(r, 1, e.label); const as = {}; for (const col of cols) if (col.c) { as[col.k] = as[col.k] || src(e, col.k); B.set(r, col.c, zeroShow(col.get(as[col.k]), st), '0'); } rowOf[e.id] = r++; }
    const rels = [];
    for (const e of ce.ents) for (const col of cols) if (col.block) { const b = col.block, rr = rowOf[e.id]; rels.push({ t: 'sum', target: [rr, b.all], parts: [[rr, b.qy], [rr, b.sz]] }); if (b.gs) rels.push({ t: 'le', part: [rr, b.gs], whole: [rr, b.qy] }); }
    for (const col of cols) if (col.c) rels.push({ t: 'sum', target: [rowOf.T, col.c], parts: ce.ents.filter((e) => !e.isTotal).map((e) => [rowOf[e.id], col.c]) });
    place(sh, B, rels, chance(0.2));
    notes(sh, st, ['党务工作者含专职和兼职。']);
  } else if (kind === 'twoyear' || kind === 'kindyear') {
    const k = kind === 'kindyear' ? pick(['qy', 'sz']) : 'all';
    const a1 = agg(prev.map((x) => ({ c: x.c, k }))), a2 = agg(cur.map((x) => ({ c: x.c, k })));
    const serveL = st.altServe ? SERVE_ALT : SERVE;
    const items = [['党组织书记人数', '人', (a) => a.total, 'tot']];
    const qi = chance(0.5) ? '  ' : '';
    if (chance(0.7)) items.push([qi + '其中：女性', '人', (a) => a.female, 'female']);
    if (chance(0.5)) items.push([qi + '其中：兼任工会主席', '人', (a) => a.union, 'union']);
    const ind = chance(0.5) ? '  ' : '';
    if (chance(0.4)) items.push(['按任职方式分：', null, null, 'hdr']);
    items.push(...serveL.map((l, i) => [ind + l, '人', (a) => a.s[i], 's' + i]));
    if (chance(0.6)) items.push(['出资人担任书记比例', '%', (a) => rateOf(a.s[0], a.total, st.dec), 'ratio']);
    if (chance(0.5)) items.push(['平均年龄', '岁', (a) => roundHalfUp(a.ageSum / a.total, 1), 'avg']);
    items.push(['应换届党组织数', '个', (a) => a.due, 'due'], ['已换届党组织数', '个', (a) => a.done, 'done'], ['按期换届率', '%', (a) => rateOf(a.done, a.due, st.dec), 'rate']);
    if (chance(0.7)) items.push(['党务工作者', '人', (a) => a.workers, 'workers']);
    if (chance(0.7)) items.push(['培训人次', '人次', (a) => a.train, 'train']);
    const withGrowth = chance(0.7), withUnit = chance(0.7);
    titleBlock(sh, `${chance(0.5) ? city : ''}${k === 'qy' ? '非公有制企业' : k === 'sz' ? '社会组织' : ''}党组织书记队伍情况对比表（${year - 1}-${year}年）`, st, 6);
    const B = new Sheet('x'); let c = 1; B.set(1, c++, '指标'); const uc = withUnit ? c++ : 0; if (uc) B.set(1, uc, '单位');
    const c1 = c++, c2 = c++, cd = c++, cg = withGrowth ? c++ : 0;
    B.set(1, c1, `${year - 1}年`); B.set(1, c2, `${year}年`); B.set(1, cd, pick(['增减', '增减（+、-）', '比上年增减'])); if (cg) B.set(1, cg, pick(['增长（%）', '增减幅度（%）', '增长率（%）']));
    let r = 2; const rowOf = {};
    const rels = [];
    for (const [lab, unit, get, key] of items) {
      B.set(r, 1, lab); if (!get) { rowOf[key] = r++; continue; }
      const v1 = get(a1), v2 = get(a2); if (uc) B.set(r, uc, unit);
      const isRate = unit === '%', isAvg = unit === '岁';
      const d = isRate ? st.dec : isAvg ? 1 : 0;
      const f = d ? '0.' + '0'.repeat(d) : '0';
      B.set(r, c1, v1, f); B.set(r, c2, v2, f); B.set(r, cd, roundHalfUp(v2 - v1, d), f);
      rels.push({ t: 'diff', target: [r, cd], a: [r, c2], b: [r, c1], dec: d });
      if (cg) { if (isRate || isAvg) B.set(r, cg, '—'); else { B.set(r, cg, rateOf(v2 - v1, v1, 1) , '0.0'); rels.push({ t: 'growth', target: [r, cg], a: [r, c2], b: [r, c1], dec: 1 }); } }
      rowOf[key] = r++;
    }
    for (const cc of [c1, c2]) {
      const P = (k) => rowOf[k] ? [rowOf[k], cc] : null;
      rels.push({ t: 'sum', target: P('tot'), parts: [0, 1, 2, 3, 4].map((i) => P('s' + i)) });
      for (const kk of ['female', 'union']) if (rowOf[kk]) rels.push({ t: 'le', part: P(kk), whole: P('tot') });
      if (rowOf.ratio) rels.push({ t: 'rate', target: P('ratio'), num: P('s0'), den: P('tot') });
      rels.push({ t: 'rate', target: P('rate'), num: P('done'), den: P('due') });
      rels.push({ t: 'le', part: P('done'), whole: P('due') });
    }
    place(sh, B, rels, false);
    notes(sh, st, ['增长率按上年数计算；比例、换届率的增减为百分点。']);
  } else if (kind === 'yearcounty') {
    const e1 = cur.map((x, i) => ({ id: 'c' + i, label: x.name, a2: agg([{ c: x.c, k: 'all' }]), a1: agg([{ c: prev[i].c, k: 'all' }]) }));
    const T = { id: 'T', label: pick(['全市', '合计']), a2: agg(cur.map((x) => ({ c: x.c, k: 'all' }))), a1: agg(prev.map((x) => ({ c: x.c, k: 'all' }))), isTotal: true };
    const ents = chance(0.5) ? [T, ...e1] : [...e1, T];
    const measures = [['党组织书记人数', (a) => a.total]].concat(chance(0.6) ? [['党务工作者', (a) => a.workers]] : []).concat(process.env.FORCE || chance(0.4) ? [['其中：女性书记', (a) => a.female]] : []);
    const withG = chance(0.6);
    titleBlock(sh, title('各县（市、区）党组织书记队伍变化情况'), st, 1 + measures.length * (withG ? 4 : 3));
    const B = new Sheet('x'); B.set(1, 1, '地区'); B.merge(1, 1, 2, 1);
    let c = 2; const mc = [];
    for (const [lab, get] of measures) {
      const w = withG ? 4 : 3; B.set(1, c, lab); B.merge(1, c, 1, c + w - 1);
      B.set(2, c, `${year - 1}年`); B.set(2, c + 1, `${year}年`); B.set(2, c + 2, '增减'); if (withG) B.set(2, c + 3, '增长%');
      mc.push({ c, get }); c += w;
    }
    let r = 3; const rowOf = {}; const rels = [];
    for (const e of ents) {
      B.set(r, 1, e.label);
      for (const m of mc) {
        const v1 = m.get(e.a1), v2 = m.get(e.a2);
        B.set(r, m.c, v1, '0'); B.set(r, m.c + 1, v2, '0'); B.set(r, m.c + 2, v2 - v1, '0');
        rels.push({ t: 'diff', target: [r, m.c + 2], a: [r, m.c + 1], b: [r, m.c], dec: 0 });
        if (withG) { B.set(r, m.c + 3, rateOf(v2 - v1, v1, 1), '0.0'); rels.push({ t: 'growth', target: [r, m.c + 3], a: [r, m.c + 1], b: [r, m.c], dec: 1 }); }
      }
      rowOf[e.id] = r++;
    }
    if (mc.length > 2) { /* female <= total */ for (const e of ents) rels.push({ t: 'le', part: [rowOf[e.id], mc[2].c + 1], whole: [rowOf[e.id], mc[0].c + 1] }), rels.push({ t: 'le', part: [rowOf[e.id], mc[2].c], whole: [rowOf[e.id], mc[0].c] }); }
    for (const m of mc) for (const off of [0, 1, 2]) rels.push({ t: 'sum', target: [rowOf.T, m.c + off], parts: e1.map((e) => [rowOf[e.id], m.c + off]) });
    place(sh, B, rels, false);
    notes(sh, st, ['增长%=（本年数-上年数）÷上年数×100%。']);
  }
}

// ---------- write ----------
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.g.forEach((row, r) => row && row.forEach((v, c) => { if (v === undefined) return; const cell = ws.getCell(r, c); cell.value = v; const f = sh.fmt[r + ':' + c]; if (f && typeof v === 'number') cell.numFmt = f; }));
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  await wb.xlsx.writeFile(file);
}

// ---------- relations check (shared with verify) ----------
const num = (v) => (v === null || v === undefined || v === '' || v === '—' || v === '-') ? 0 : typeof v === 'number' ? v : NaN;
function checkRel(x, get) {
  const g = (p) => num(get(p[0], p[1]));
  const raw = (p) => get(p[0], p[1]);
  switch (x.t) {
    case 'sum': return g(x.target) === x.parts.reduce((s, p) => s + g(p), 0);
    case 'le': return g(x.part) <= g(x.whole);
    case 'rate': { const d = g(x.den); const t = raw(x.target); if (!d) return t === '—'; const dec = decOf(t); return typeof t === 'number' && Math.abs(rateOf(g(x.num), d, dec) - t) < 1e-9 && g(x.num) <= d; }
    case 'diff': return Math.abs(roundHalfUp(g(x.a) - g(x.b), x.dec) - g(x.target)) < 1e-9;
    case 'growth': { const b = g(x.b); const t = raw(x.target); if (!b) return t === '—' || t == null; return Math.abs(rateOf(g(x.a) - b, b, 1) - t) < 1e-9; }
    case 'wavg': { // target is within rounding of weighted average
      let s = 0, w = 0; for (const [v, n] of x.parts) { s += g(v) * g(n); w += g(n); } const t = g(x.target);
      return Math.abs(s / w - t) <= 0.05 * 1 + 0.05 + 1e-9; }
  }
}
function decOf(t) { if (typeof t !== 'number') return 1; const s = String(t); const i = s.indexOf('.'); return i < 0 ? 1 : s.length - i - 1; }
const cellsOf = (x) => [x.target, x.part, x.whole, x.num, x.den, x.a, x.b, ...(x.t === 'wavg' ? x.parts.flat() : x.parts || [])].filter(Boolean);

module.exports = { checkRel, cellsOf, addr, num };

// ---------- planting ----------
function plant(book) {
  for (let tries = 0; tries < 200; tries++) {
    const sh = pick(book.sheets);
    const rels = sh.rel.filter((x) => x.t !== 'wavg');
    const x = pick(rels); const cells = cellsOf(x).filter((p) => typeof sh.get(p[0], p[1]) === 'number' || ['—', null, undefined].includes(sh.get(p[0], p[1])));
    if (!cells.length) continue;
    const p = pick(cells); const old = sh.get(p[0], p[1]);
    if (typeof old !== 'number') continue;
    const role = x.t === 'rate' && p === x.target ? 'rate' : x.t === 'growth' && p === x.target ? 'growth' : x.t === 'le' && p === x.part ? 'part' : 'count';
    let nv;
    const isInt = Number.isInteger(old) && role !== 'rate' && role !== 'growth';
    if (role === 'rate' || role === 'growth' || !isInt) { const d = Math.max(decOf(old), 1); nv = roundHalfUp(old + (chance(0.5) ? 1 : -1) * (0.5 + ri(0, 40) / 10), d); if (role === 'rate' && (nv > 100 || nv < 0)) nv = roundHalfUp(old - 2.3, d); }
    else if (role === 'part' && chance(0.6)) { const w = num(sh.get(x.whole[0], x.whole[1])); nv = w + ri(1, Math.max(2, Math.round(w * 0.1))); }
    else {
      const mode = ri(0, 2);
      if (mode === 0 && old >= 10) { const s = String(Math.abs(old)); const i = ri(0, s.length - 2); const t = s.split(''); [t[i], t[i + 1]] = [t[i + 1], t[i]]; nv = Math.sign(old || 1) * Number(t.join('')); }
      else if (mode === 1) nv = old + (chance(0.5) ? 10 : -10) * (chance(0.7) ? 1 : 10);
      else nv = old + (chance(0.5) ? 1 : -1) * ri(1, Math.max(3, Math.round(Math.abs(old) * 0.08)));
      if (nv === old || (nv < 0 && old >= 0 && !sh.rel.some((y) => y.t === 'diff' && y.target === p))) continue;
    }
    if (nv === old) continue;
    const before = sh.rel.filter((y) => !checkRel(y, (r, c) => sh.get(r, c))).length;
    sh.set(p[0], p[1], nv);
    const broken = sh.rel.filter((y) => y.t !== 'wavg' && !checkRel(y, (r, c) => sh.get(r, c))).length;
    if (before === 0 && broken > 0) return { sheet: sh.name, cell: addr(p[0], p[1]), note: `${role} in ${x.t}, ${old} -> ${nv}` };
    sh.set(p[0], p[1], old);
  }
  throw new Error('could not plant');
}

async function main() {
  for (const [dir, pre, n, seed] of process.env.FORCE ? [['extra', 'x', 8, 7403]] : [['cases', 'c', 45, 7401], ['probe', 'p', 100, 7402]]) {
    R = mulberry32(seed);
    fs.mkdirSync(path.join(__dirname, dir, 'meta'), { recursive: true });
    const man = [];
    for (let i = 1; i <= n; i++) {
      const book = buildBook();
      const f = `${dir}/${pre}${String(i).padStart(3, '0')}.xlsx`;
      let entry = { file: f, planted: null };
      if (i % 2 === 0 && !process.env.FORCE) { const p = plant(book); entry = { file: f, planted: { sheet: p.sheet, cell: p.cell }, note: p.note }; }
      await writeBook(book, path.join(__dirname, f));
      fs.writeFileSync(path.join(__dirname, dir, 'meta', path.basename(f, '.xlsx') + '.json'), JSON.stringify(book.sheets.map((s) => ({ name: s.name, kind: s.kind, rel: s.rel }))));
      man.push(entry);
    }
    fs.writeFileSync(path.join(__dirname, dir === 'cases' ? 'manifest.json' : dir + '/manifest.json'), JSON.stringify(man, null, 1));
  }
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
