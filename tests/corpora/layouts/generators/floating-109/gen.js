// node gen.js SET SEED COUNT PLANTFRAC VARIANT
// Writes /tmp/round109b/SET/*.xlsx + manifest.json and /tmp/round109b/rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells, num } = require('./rel.js');

const [SET, SEED, COUNT, PLANTFRAC, VARIANT] = [process.argv[2], +process.argv[3] || 1, +process.argv[4] || 30, process.argv[5] === undefined ? 0.5 : +process.argv[5], process.argv[6] || 'a'];
const ROOT = '/tmp/round109b';
const OUT = path.join(ROOT, SET);
fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

// ---------- seeded random ----------
let S = SEED * 2654435761 >>> 0;
function rnd() { S = (S + 0x6D2B79F5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const u = (a, b) => a + (b - a) * rnd();
const ri = (a, b) => Math.floor(u(a, b + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const r2 = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const V = VARIANT;
const P = { text: V === 'b' ? 0.25 : V === 'c' ? 0.05 : 0.1, cols: V === 'b' ? 0.35 : 0.2, formula: V === 'c' ? 0.3 : 0.1, dash: V === 'c' ? 0.5 : 0.3 };

// ---------- names ----------
const CITIES = {
  '兰州市': ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'],
  '天水市': ['秦州区', '麦积区', '清水县', '秦安县', '甘谷县', '武山县', '张家川县'],
  '白银市': ['白银区', '平川区', '靖远县', '会宁县', '景泰县'],
  '武威市': ['凉州区', '民勤县', '古浪县', '天祝县'],
  '张掖市': ['甘州区', '肃南县', '民乐县', '临泽县', '高台县', '山丹县'],
  '酒泉市': ['肃州区', '金塔县', '瓜州县', '肃北县', '阿克塞县', '玉门市', '敦煌市'],
};
const STREETS = ['东岗街道', '西站街道', '草场街街道', '皋兰路街道', '雁南街道', '拱星墩街道', '焦家湾街道', '伏龙坪街道', '嘉峪关路街道', '火车站街道', '白银路街道', '临夏路街道', '团结新村街道', '东湖镇', '青白石街道', '盐场路街道', '铁路东村街道', '五泉街道', '渭源路街道', '广武门街道'];
const ZONES = ['高新区', '经开区', '新区管委会'];
const TYPES = [['非公有制企业', ['规模以上企业', '规模以下企业', '个体工商户']], ['社会组织', ['社会团体', '民办非企业单位', '基金会']], ['新就业群体', ['快递员', '外卖送餐员', '网约车司机']]];
const NUMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------- sheet model ----------
function col(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => col(c) + r;
function mkSheet(name) { return { name, cells: {}, fmt: {}, merges: [], rels: [], bold: {}, ncols: 1 }; }
function put(sh, r, c, v, fmt) { sh.cells[A(r, c)] = v; if (fmt) sh.fmt[A(r, c)] = fmt; sh.ncols = Math.max(sh.ncols, c); }
function merge(sh, r1, c1, r2_, c2) { if (r1 === r2_ && c1 === c2) return; sh.merges.push([r1, c1, r2_, c2]); }
function rel(sh, o) { o.sheet = sh.name; sh.rels.push(o); }

// a numeric cell: maybe as text, maybe '—' if zero
function numCell(sh, r, c, v, d, opt = {}) {
  if (v === 0 && opt.dash) { put(sh, r, c, pick(['—', '—', '-', ''])); return; }
  if (opt.asText && !opt.pctFrac) { put(sh, r, c, d > 0 ? v.toFixed(d) : String(v)); return; }
  if (opt.pctFrac) { put(sh, r, c, v, d === 1 ? '0.0%' : '0.00%'); return; }
  put(sh, r, c, v, d > 0 ? '0.' + '0'.repeat(d) : (v >= 1000 && chance(0.5) ? '#,##0' : '0'));
}

// ---------- title block ----------
function titleBlock(sh, title, ncols) {
  let r = 1;
  if (chance(0.3)) { put(sh, r, 1, pick(['附件' + ri(1, 4), '表' + ri(1, 6), '附表' + ri(1, 3)])); r++; }
  put(sh, r, 1, title); merge(sh, r, 1, r, ncols); sh.bold[A(r, 1)] = 1; r++;
  if (chance(0.3)) { put(sh, r, 1, pick(['（截至2024年12月31日）', '（2024年1-' + ri(6, 12) + '月）', '（数据截止时间：2024年' + ri(3, 12) + '月底）'])); merge(sh, r, 1, r, ncols); r++; }
  if (chance(0.25)) r++;
  const unit = pick(['单位：人', '单位：人、%', '单位：名', '计量单位：人']);
  if (chance(0.4)) { put(sh, r, 1, '填报单位：' + pick(['中共XX县委组织部', 'XX区非公有制经济组织和社会组织党工委', '市委两新工委'])); put(sh, r, ncols, unit); }
  else if (chance(0.5)) put(sh, r, ncols, unit); else put(sh, r, 1, unit);
  r++;
  return r;
}
function footer(sh, r, ncols, notes) {
  if (chance(0.3)) r++;
  if (chance(0.6)) { put(sh, r, 1, '注：' + notes); merge(sh, r, 1, r, ncols); r++; }
  if (chance(0.6)) { put(sh, r, 1, '填报人：' + pick(['王某某', '李某', '张某某', '赵某']) + '    审核人：' + pick(['刘某', '陈某某', '']) + '    联系电话：0931-8' + ri(100000, 999999)); merge(sh, r, 1, r, ncols); r++; }
  if (chance(0.4)) { put(sh, r, 1, '填报日期：2025年1月' + ri(2, 20) + '日'); r++; }
}

// ---------- entity data ----------
function genLeaf(scale) {
  const inflow = ri(scale[0], scale[1]);
  const nonpub = Math.round(inflow * u(0.4, 0.7));
  const social = Math.round(inflow * u(0.1, 0.25));
  const other = inflow - nonpub - social;
  const reported = Math.round(inflow * u(0.78, 0.99));
  const managed = Math.round(reported * u(0.88, 1));
  const lost = chance(P.dash) ? 0 : Math.round(inflow * u(0.002, 0.04));
  const contacted = inflow - lost;
  const outflow = ri(Math.round(scale[0] * 0.4), Math.round(scale[1] * 0.8));
  const outReported = Math.round(outflow * u(0.7, 0.98));
  const inflowPrev = Math.max(1, Math.round(inflow / u(0.82, 1.25)));
  const reportedPrev = Math.round(inflowPrev * u(0.72, 0.97));
  return { inflow, nonpub, social, other, reported, managed, lost, contacted, outflow, outReported, inflowPrev, reportedPrev, flowTotal: inflow + outflow };
}
const BASE = ['inflow', 'nonpub', 'social', 'other', 'reported', 'managed', 'lost', 'contacted', 'outflow', 'outReported', 'inflowPrev', 'reportedPrev', 'flowTotal'];

// entity tree -> ordered rows. Each row {label, kind:'leaf'|'sub'|'total', data, kids:[row indexes]}
function buildEntities(kindOf) {
  const rows = [];
  const totalTop = chance(0.6);
  const totalLabel = pick(['合计', '总计', '全市合计', '合  计', '全省']);
  if (kindOf === 'county' || kindOf === 'street') {
    const names = kindOf === 'county' ? shuffle(Object.values(CITIES).flat().concat(ZONES)).slice(0, ri(4, 10)) : shuffle(STREETS).slice(0, ri(5, 14));
    const scale = kindOf === 'county' ? [150, 3200] : [8, 380];
    const numbered = chance(0.3);
    const leaves = names.map((n, i) => ({ label: numbered ? (chance(0.5) ? (i + 1) + '.' + n : n) : n, kind: 'leaf', data: genLeaf(scale), numCol: numbered ? i + 1 : null }));
    const tot = { label: kindOf === 'street' && chance(0.5) ? pick(['全区合计', '合计']) : totalLabel.replace('全省', '合计'), kind: 'total' };
    if (totalTop) { rows.push(tot); rows.push(...leaves); } else { rows.push(...leaves); rows.push(tot); }
    tot.kids = leaves.map((l) => rows.indexOf(l));
  } else if (kindOf === 'province') {
    const cities = shuffle(Object.keys(CITIES)).slice(0, ri(2, 4));
    const tot = { label: pick(['全省', '总计', '全省合计']), kind: 'total', kids: [] };
    const subLabel = pick(['小计', '{c}小计', '{c}', '{c}合计']);
    let subFirst = chance(0.7);
    let indent = chance(0.5);
    if (subLabel === '{c}') { subFirst = true; indent = true; } // a bare city name as subtotal only reads as such above indented counties
    if (totalTop) rows.push(tot);
    cities.forEach((c, ci) => {
      const sub = { label: subLabel.replace('{c}', c), kind: 'sub', kids: [] };
      const leaves = shuffle(CITIES[c]).slice(0, ri(2, 5)).map((n) => ({ label: (indent ? '　　' : '') + n, kind: 'leaf', data: genLeaf([80, 2000]) }));
      if (subLabel === '小计' && subFirst) { sub.label = c + '小计'; }
      if (subFirst) { rows.push(sub); rows.push(...leaves); } else { if (subLabel === '小计') rows.push({ label: c, kind: 'head' }); rows.push(...leaves); rows.push(sub); }
      sub.kids = leaves.map((l) => rows.indexOf(l));
      tot.kids.push(rows.indexOf(sub));
    });
    if (!totalTop) rows.push(tot);
  } else if (kindOf === 'type') {
    const tot = { label: pick(['总计', '合计', '流入党员总数']), kind: 'total', kids: [] };
    rows.push(tot);
    shuffle(TYPES).slice(0, ri(2, 3)).forEach(([t, subs], i) => {
      const sub = { label: NUMS[i] + '、' + t, kind: 'sub', kids: [] };
      rows.push(sub);
      const chosen = subs.slice(0, ri(2, 3));
      const sty = chance(0.5);
      chosen.forEach((s, j) => { const l = { label: (sty ? '（' + NUMS[j] + '）' : '　　' + (j + 1) + '.') + s, kind: 'leaf', data: genLeaf([30, 900]) }; rows.push(l); sub.kids.push(rows.indexOf(l)); });
      tot.kids.push(rows.indexOf(sub));
    });
  }
  // aggregate (post-order: subs first)
  const agg = (row) => { if (row.data) return row.data; const d = {}; for (const k of BASE) d[k] = row.kids.reduce((a, i) => a + agg(rows[i]).k0 === undefined ? 0 : 0, 0); return d; };
  void agg;
  const data = (row) => {
    if (row.data) return row.data;
    const d = {}; for (const k of BASE) d[k] = 0;
    for (const i of row.kids) { const kd = data(rows[i]); for (const k of BASE) d[k] += kd[k]; }
    row.data = d; return d;
  };
  rows.forEach((r) => { if (r.kind !== 'head') data(r); });
  return rows;
}

// field templates: each field {key, head:[group, sub] , type, ...}
function fieldSet() {
  const d = pick([1, 1, 1, 2]);
  const pctFrac = chance(0.12);
  const T = pick(['report', 'flows', 'compare', 'share', 'mixed']);
  const F = [];
  const cnt = (key, g, s) => F.push({ key, head: [g, s], type: 'count' });
  const rate = (key, num, den, g, s) => F.push({ key, head: [g, s], type: 'rate', num, den, d, pctFrac });
  if (T === 'report') {
    cnt('inflow', '流入党员', '人数');
    cnt('reported', '流入党员', pick(['其中：已报到', '已报到']));
    rate('rRate', 'reported', 'inflow', '流入党员', pctFrac ? '报到率' : '报到率(%)');
    if (chance(0.7)) { cnt('managed', '已纳入组织管理', '人数'); rate('mRate', 'managed', 'inflow', '已纳入组织管理', pctFrac ? '纳入率' : '纳入管理率(%)'); }
    if (chance(0.6)) { cnt('lost', '失联党员', '人数'); if (chance(0.5)) rate('lRate', 'lost', 'inflow', '失联党员', '失联率(%)'); else { cnt('contacted', '已取得联系', '人数'); rate('cRate', 'contacted', 'inflow', '已取得联系', '联系率(%)'); } }
  } else if (T === 'flows') {
    cnt('flowTotal', '流动党员总数', '');
    cnt('inflow', '流入', '小计');
    const full = chance(0.5);
    cnt('nonpub', '流入', full ? '非公企业' : '其中：非公企业');
    cnt('social', '流入', full ? '社会组织' : '社会组织');
    if (full) cnt('other', '流入', '其他');
    F.forEach((f) => { if (['nonpub', 'social', 'other'].includes(f.key)) f.split = full ? 'sum' : 'le'; });
    cnt('outflow', '流出', '小计');
    if (chance(0.6)) { cnt('outReported', '流出', '其中：已报到'); rate('oRate', 'outReported', 'outflow', '流出', '报到率(%)'); }
  } else if (T === 'compare') {
    const gd = pick([1, 1, 2]);
    cnt('inflow', '流入党员人数', '本年');
    cnt('inflowPrev', '流入党员人数', pick(['上年同期', '上年']));
    F.push({ key: 'gInflow', head: ['流入党员人数', pick(['比上年同期增长(%)', '增长(%)', '同比增减(%)'])], type: 'growth', cur: 'inflow', prev: 'inflowPrev', d: gd });
    if (chance(0.5)) { cnt('reported', '已报到人数', '本年'); cnt('reportedPrev', '已报到人数', '上年同期'); F.push({ key: 'gRep', head: ['已报到人数', '增长(%)'], type: 'growth', cur: 'reported', prev: 'reportedPrev', d: gd }); }
    F.push({ key: 'rNow', head: ['报到率(%)', '本年'], type: 'rate', num: 'reported', den: 'inflow', d, hidden: !F.some((f) => f.key === 'reported') });
    F.push({ key: 'rPrev', head: ['报到率(%)', '上年同期'], type: 'rate', num: 'reportedPrev', den: 'inflowPrev', d, hidden: !F.some((f) => f.key === 'reportedPrev') });
    F.push({ key: 'ppR', head: ['报到率(%)', pick(['增减(百分点)', '提高(个百分点)', '±百分点'])], type: 'pp', cur: 'rNow', prev: 'rPrev', d });
  } else if (T === 'share') {
    cnt('inflow', '流入党员', '人数');
    F.push({ key: 'shIn', head: ['流入党员', pick(['占比(%)', '占全市比重(%)', '所占比例(%)'])], type: 'share', of: 'inflow', d });
    cnt('outflow', '流出党员', '人数');
    F.push({ key: 'shOut', head: ['流出党员', '占比(%)'], type: 'share', of: 'outflow', d });
    if (chance(0.5)) { cnt('reported', '流入党员已报到', '人数'); rate('rRate', 'reported', 'inflow', '流入党员已报到', '报到率(%)'); }
  } else {
    cnt('inflow', '流入党员数', '');
    if (chance(0.5)) { cnt('nonpub', '其中', '非公企业'); cnt('social', '其中', '社会组织'); F.filter((f) => f.key === 'nonpub' || f.key === 'social').forEach((f) => (f.split = 'le')); }
    cnt('reported', '已报到', '');
    rate('rRate', 'reported', 'inflow', pctFrac ? '报到率' : '报到率（%）', '');
    cnt('lost', '失联党员数', '');
    cnt('contacted', '联系上', '');
    rate('cRate', 'contacted', 'inflow', '联系率（%）', '');
    F.push({ key: 'shIn', head: ['流入党员占比(%)', ''], type: 'share', of: 'inflow', d });
  }
  return F;
}

// ---------- entity x field table (rows = entities, or transposed) ----------
function entityTable(sh, kindOf, title) {
  const rows = buildEntities(kindOf);
  const F = fieldSet();
  const transposed = kindOf !== 'province' && kindOf !== 'type' && chance(P.cols) && rows.length <= 12;
  const asText = chance(P.text);
  const useFormula = !asText && chance(P.formula);
  const totalRow = rows.find((r) => r.kind === 'total');
  // compute displayed values per row/field
  const val = rows.map((row) => {
    if (row.kind === 'head') return null;
    const v = {};
    for (const f of F) {
      if (f.type === 'count') v[f.key] = row.data[f.key];
      else if (f.type === 'rate') { const den = row.data[f.den]; v[f.key] = den ? r2(row.data[f.num] / den * (f.pctFrac ? 1 : 100), f.d + (f.pctFrac ? 2 : 0)) : 0; }
      else if (f.type === 'growth') v[f.key] = r2((row.data[f.cur] / row.data[f.prev] - 1) * 100, f.d);
      else if (f.type === 'share') v[f.key] = r2(row.data[f.of] / totalRow.data[f.of] * 100, f.d);
    }
    for (const f of F) if (f.type === 'pp') v[f.key] = r2(v[f.cur] - v[f.prev], f.d);
    if (row.kind === 'total') for (const f of F) if (f.type === 'share') v[f.key] = 100;
    return v;
  });
  const labelHead = { county: pick(['县区', '县（区）', '单位', '地区']), street: pick(['街道（乡镇）', '街道', '乡镇（街道）']), province: pick(['市州', '地区', '单位']), type: pick(['类别', '项目', '单位类型']) }[kindOf];
  const twoLevel = F.some((f) => f.head[1]) && chance(0.85);
  let addr = {}; // `${ri}|${key}` -> address
  const numbered = rows.some((r) => r.numCol);
  const ncols = transposed ? rows.filter((r) => r.kind !== 'head').length + 1 : F.length + 1 + (numbered ? 1 : 0);
  let r0 = titleBlock(sh, title, Math.max(ncols, 3));
  const dash = chance(0.6);
  const fmtOf = (f) => ({ dash: dash && f.type === 'count', asText: asText && chance(0.5), pctFrac: f.pctFrac && f.type === 'rate' });
  if (!transposed) {
    // header
    let c = 1;
    if (numbered) { put(sh, r0, c, '序号'); if (twoLevel) merge(sh, r0, c, r0 + 1, c); c++; }
    const lc = c;
    put(sh, r0, lc, labelHead); if (twoLevel) merge(sh, r0, lc, r0 + 1, lc);
    c = lc + 1;
    for (let i = 0; i < F.length; i++) {
      const f = F[i];
      if (twoLevel) {
        let j = i; while (j + 1 < F.length && F[j + 1].head[0] === f.head[0]) j++;
        if (f.head[1] === '' || j === i && !f.head[1]) { put(sh, r0, c + i, f.head[0]); merge(sh, r0, c + i, r0 + 1, c + i); continue; }
        if (i === 0 || F[i - 1].head[0] !== f.head[0]) { put(sh, r0, c + i, f.head[0]); merge(sh, r0, c + i, r0, c + j); }
        put(sh, r0 + 1, c + i, f.head[1]);
      } else put(sh, r0, c + i, f.head[1] && !/^(人数|小计|)$/.test(f.head[1]) ? (f.head[1].startsWith('其中') ? f.head[1] : f.head[0] + f.head[1]) : f.head[0]);
    }
    let r = r0 + (twoLevel ? 2 : 1);
    if (chance(0.25)) { // column number row 甲 1 2 3
      if (numbered) put(sh, r, 1, '');
      put(sh, r, lc, '甲'); for (let i = 0; i < F.length; i++) put(sh, r, c + i, String(i + 1)); r++;
    }
    const first = r;
    rows.forEach((row, i) => {
      if (numbered) put(sh, r, 1, row.numCol || '');
      put(sh, r, lc, row.label.replace(/^\d+\./, numbered ? '' : (m) => m));
      if (row.kind !== 'leaf' && row.kind !== 'head') sh.bold[A(r, lc)] = 1;
      if (row.kind !== 'head') F.forEach((f, k) => { addr[i + '|' + f.key] = A(r, c + k); });
      row.r = r; r++;
    });
    rows.forEach((row, i) => {
      if (row.kind === 'head') return;
      F.forEach((f, k) => {
        const v = val[i][f.key];
        const d = f.type === 'count' ? 0 : f.pctFrac ? f.d + 2 : f.d;
        if (f.hidden && false) return;
        numCell(sh, row.r, c + k, v, d, fmtOf(f));
        if (useFormula && row.kind === 'total' && f.type === 'count' && rows.filter((x) => x.kind === 'leaf').length === row.kids.length) {
          const rs = row.kids.map((j) => rows[j].r); const lo = Math.min(...rs), hi = Math.max(...rs);
          if (hi - lo + 1 === rs.length && typeof sh.cells[A(row.r, c + k)] === 'number') sh.cells[A(row.r, c + k)] = { formula: `SUM(${col(c + k)}${lo}:${col(c + k)}${hi})`, result: v };
        }
      });
    });
    r0 = r;
  } else {
    // regions as columns, fields as rows
    const ents = rows.map((row, i) => ({ row, i })).filter((x) => x.row.kind !== 'head');
    put(sh, r0, 1, pick(['指标', '项目', '']));
    const head2 = chance(0.4);
    ents.forEach((e, k) => { put(sh, r0, 2 + k, e.row.label.replace(/^\d+\./, '')); if (head2) put(sh, r0 + 1, 2 + k, e.row.kind === 'total' ? '甲' : String(k)); });
    if (head2 && chance(0.5)) { sh.cells[A(r0 + 1, 1)] = undefined; for (let k = 0; k < ents.length; k++) delete sh.cells[A(r0 + 1, 2 + k)]; }
    let r = r0 + (head2 ? 2 : 1);
    F.forEach((f) => {
      let lab = f.head[1] && !/^(人数|小计|)$/.test(f.head[1]) ? (f.head[1].startsWith('其中') ? '　　' + f.head[1] : f.head[0] + f.head[1]) : f.head[0];
      if (f.split && !lab.startsWith('　')) lab = '　　' + (f.key === 'nonpub' && f.split === 'le' ? '其中：' : '') + lab.replace(/^流入|^其中/, '');
      put(sh, r, 1, lab);
      ents.forEach((e, k) => { addr[e.i + '|' + f.key] = A(r, 2 + k); const d = f.type === 'count' ? 0 : f.pctFrac ? f.d + 2 : f.d; numCell(sh, r, 2 + k, val[e.i][f.key], d, fmtOf(f)); });
      r++;
    });
    r0 = r;
  }
  // relations
  const fk = (k) => F.find((f) => f.key === k);
  rows.forEach((row, i) => {
    if (row.kind === 'head') return;
    const a = (k) => addr[i + '|' + k];
    if (row.kids) for (const f of F) if (f.type === 'count') rel(sh, { t: 'sum', total: a(f.key), parts: row.kids.map((j) => addr[j + '|' + f.key]), tol: 0, kind: row.kind === 'total' ? 'total' : 'subtotal', role: 'total' });
    for (const f of F) {
      if (f.type === 'rate' && fk(f.num) && fk(f.den)) rel(sh, { t: 'rate', cell: a(f.key), num: a(f.num), den: a(f.den), k: f.pctFrac ? 1 : 100, tol: 0.5 * Math.pow(10, -(f.pctFrac ? f.d + 2 : f.d)) + 1e-9, kind: 'rate' });
      if (f.type === 'growth') rel(sh, { t: 'growth', cell: a(f.key), cur: a(f.cur), prev: a(f.prev), tol: 0.5 * Math.pow(10, -f.d) + 1e-9, kind: 'growth' });
      if (f.type === 'pp') rel(sh, { t: 'pp', cell: a(f.key), cur: a(f.cur), prev: a(f.prev), tol: Math.pow(10, -f.d) + 1e-9, kind: 'pp' });
      if (f.type === 'share' && row.kind !== 'total') rel(sh, { t: 'rate', cell: a(f.key), num: a(f.of), den: addr[rows.indexOf(totalRow) + '|' + f.of], k: 100, tol: 0.5 * Math.pow(10, -f.d) + 1e-9, kind: 'share' });
      if (f.type === 'share' && row.kind === 'total') { const lv = rows.map((x, j) => j).filter((j) => rows[j].kind === 'leaf'); rel(sh, { t: 'sum', total: a(f.key), parts: lv.map((j) => addr[j + '|' + f.key]), tol: lv.length * 0.5 * Math.pow(10, -f.d) + 1e-9, kind: 'shareTotal' }); }
    }
    if (fk('flowTotal') && fk('inflow') && fk('outflow')) rel(sh, { t: 'sum', total: a('flowTotal'), parts: [a('inflow'), a('outflow')], tol: 0, kind: 'part', role: 'rowsum' });
    const split = F.filter((f) => f.split);
    if (split.length && fk('inflow')) rel(sh, split[0].split === 'sum' ? { t: 'sum', total: a('inflow'), parts: split.map((f) => a(f.key)), tol: 0, kind: 'part', role: 'rowsum' } : { t: 'le', whole: a('inflow'), parts: split.map((f) => a(f.key)), tol: 0, kind: 'part' });
    if (fk('reported') && fk('inflow') && /其中/.test(fk('reported').head[1])) rel(sh, { t: 'le', whole: a('inflow'), parts: [a('reported')], tol: 0, kind: 'part' });
    if (fk('contacted') && fk('lost') && fk('inflow')) rel(sh, { t: 'sum', total: a('inflow'), parts: [a('contacted'), a('lost')], tol: 0, kind: 'part', role: 'rowsum' });
  });
  footer(sh, r0, Math.max(ncols, 3), pick(['1.流入党员指组织关系不在本地、在本地非公企业和社会组织工作的党员；2.报到率=已报到人数÷流入党员人数×100%。', '失联党员指连续6个月以上未与党组织取得联系的党员。', '本表数据来源于全国党员管理信息系统。', '占比为各县区流入党员数占全市的比重。']));
}

// ---------- monthly table ----------
function monthlyTable(sh, title) {
  const M = chance(0.5) ? 12 : ri(5, 11);
  const d = pick([1, 1, 2]);
  const gd = pick([1, 2]);
  const cols = [];
  const months = [];
  let cumIn = 0, cumRep = 0, cumPrev = 0;
  const withRep = chance(0.7), withPrev = chance(0.6), withRate = withRep && chance(0.8), withMonthPrev = withPrev && chance(0.3);
  for (let m = 1; m <= M; m++) {
    const inM = ri(15, 260), repM = Math.round(inM * u(0.6, 1.05)), prevM = ri(15, 260);
    cumIn += inM; cumRep += Math.min(repM, inM); cumPrev += prevM;
    months.push({ m, inM, repM: Math.min(repM, inM), cumIn, cumRep, prevM, cumPrev });
  }
  const F = [{ key: 'inM', h: ['新增流入党员', '本月'] }, { key: 'cumIn', h: ['新增流入党员', pick(['累计', '本年累计', '1-本月累计'])] }];
  if (withMonthPrev) F.push({ key: 'prevM', h: ['新增流入党员', '上年同月'] });
  if (withPrev) { F.push({ key: 'cumPrev', h: ['新增流入党员', '上年同期累计'] }); F.push({ key: 'g', h: ['新增流入党员', pick(['累计比上年同期增长(%)', '同比增长(%)'])] }); }
  if (withRep) { F.push({ key: 'repM', h: ['新增报到', '本月'] }); F.push({ key: 'cumRep', h: ['新增报到', '累计'] }); }
  if (withRate) F.push({ key: 'rate', h: ['新增报到', '累计报到率(%)'] });
  const vals = months.map((x) => ({ ...x, g: r2((x.cumIn / x.cumPrev - 1) * 100, gd), rate: r2(x.cumRep / x.cumIn * 100, d) }));
  const transposed = chance(P.cols + 0.1);
  const ncols = transposed ? M + 2 : F.length + 1;
  let r = titleBlock(sh, title, ncols);
  const asText = chance(P.text);
  const addr = {};
  const totalRow = chance(0.4);
  const mlabel = pick(['{m}月', '{m}月份', '2024年{m}月']);
  if (!transposed) {
    put(sh, r, 1, '月份'); merge(sh, r, 1, r + 1, 1);
    F.forEach((f, i) => { if (i === 0 || F[i - 1].h[0] !== f.h[0]) { let j = i; while (j + 1 < F.length && F[j + 1].h[0] === f.h[0]) j++; put(sh, r, 2 + i, f.h[0]); merge(sh, r, 2 + i, r, 2 + j); } put(sh, r + 1, 2 + i, f.h[1]); });
    r += 2;
    if (totalRow && chance(0.5)) { totalRow === true; }
    const totTop = totalRow && chance(0.4);
    let tr = null;
    if (totTop) { tr = r; r++; }
    vals.forEach((v) => { put(sh, r, 1, mlabel.replace('{m}', v.m)); F.forEach((f, i) => { addr[v.m + '|' + f.key] = A(r, 2 + i); numCell(sh, r, 2 + i, v[f.key], ['g', 'rate'].includes(f.key) ? (f.key === 'g' ? gd : d) : 0, { asText: asText && chance(0.4) }); }); r++; });
    if (totalRow && !totTop) { tr = r; r++; }
    if (totalRow) {
      put(sh, tr, 1, pick(['合计', '全年合计', '1-' + M + '月合计']));
      F.forEach((f, i) => {
        if (['inM', 'repM', 'prevM'].includes(f.key)) { const s = vals.reduce((a, v) => a + v[f.key], 0); addr['T|' + f.key] = A(tr, 2 + i); numCell(sh, tr, 2 + i, s, 0, {}); }
        else if (['cumIn', 'cumRep', 'cumPrev'].includes(f.key)) { if (chance(0.5)) put(sh, tr, 2 + i, '—'); else { addr['T|' + f.key] = A(tr, 2 + i); numCell(sh, tr, 2 + i, vals[M - 1][f.key], 0, {}); } }
        else put(sh, tr, 2 + i, chance(0.5) ? '—' : '');
      });
    }
  } else {
    put(sh, r, 1, '指标'); merge(sh, r, 1, r, 2);
    for (let m = 1; m <= M; m++) put(sh, r, 2 + m, mlabel.replace('{m}', m));
    r++;
    let lastG = null;
    F.forEach((f) => {
      if (f.h[0] !== lastG) { put(sh, r, 1, f.h[0]); lastG = f.h[0]; const n = F.filter((x) => x.h[0] === f.h[0]).length; merge(sh, r, 1, r + n - 1, 1); }
      put(sh, r, 2, f.h[1]);
      vals.forEach((v) => { addr[v.m + '|' + f.key] = A(r, 2 + v.m); numCell(sh, r, 2 + v.m, v[f.key], ['g', 'rate'].includes(f.key) ? (f.key === 'g' ? gd : d) : 0, { asText: asText && chance(0.4) }); });
      r++;
    });
  }
  const has = (k) => F.some((f) => f.key === k);
  for (const v of vals) {
    const a = (k, m = v.m) => addr[m + '|' + k];
    for (const [cum, mon] of [['cumIn', 'inM'], ['cumRep', 'repM'], ['cumPrev', 'prevM']]) {
      if (!has(cum) || !has(mon)) continue;
      rel(sh, { t: 'sum', total: a(cum), parts: v.m === 1 ? [a(mon)] : [a(cum, v.m - 1), a(mon)], tol: 0, kind: 'running' });
    }
    if (has('g')) rel(sh, { t: 'growth', cell: a('g'), cur: a('cumIn'), prev: a('cumPrev'), tol: 0.5 * Math.pow(10, -gd) + 1e-9, kind: 'growth' });
    if (has('rate')) rel(sh, { t: 'rate', cell: a('rate'), num: a('cumRep'), den: a('cumIn'), k: 100, tol: 0.5 * Math.pow(10, -d) + 1e-9, kind: 'rate' });
    if (has('repM') && v.repM > 0) rel(sh, { t: 'le', whole: a('inM'), parts: [a('repM')], tol: 0, kind: 'part', soft: true });
  }
  for (const mon of ['inM', 'repM', 'prevM']) if (addr['T|' + mon]) rel(sh, { t: 'sum', total: addr['T|' + mon], parts: vals.map((v) => addr[v.m + '|' + mon]), tol: 0, kind: 'total' });
  for (const cum of ['cumIn', 'cumRep', 'cumPrev']) if (addr['T|' + cum]) rel(sh, { t: 'sum', total: addr['T|' + cum], parts: [addr[M + '|' + cum]], tol: 0, kind: 'total' });
  // the soft le (本月报到 <= 本月流入) is not a true statistical identity; drop it
  sh.rels = sh.rels.filter((x) => !x.soft);
  footer(sh, r, ncols, pick(['累计数为1月至当月数据之和。', '同比增长=（本年累计÷上年同期累计－1）×100%。', '本月新增流入党员含省外流入。']));
}

// ---------- book ----------
const TITLES = {
  county: ['{y}年全市非公企业和社会组织流入党员情况统计表', '各县区流动党员报到管理情况统计表', '{y}年流动党员管理情况汇总表（分县区）'],
  street: ['{y}年全区各街道（乡镇）流入党员报到情况', '街道流动党员统计表', '“两新”组织流动党员情况（按街道）'],
  province: ['全省非公企业和社会组织流动党员情况统计表', '{y}年各市州流动党员管理情况'],
  type: ['流入党员按单位类型分组情况', '非公企业和社会组织流入党员分类统计表'],
  month: ['{y}年1-12月流入党员逐月统计', '{y}年分月新增流入党员及报到情况', '流动党员月度报到进度表'],
};
const SHEETNAMES = { county: ['分县区', '县区汇总', '表1', 'Sheet1', '流入党员'], street: ['分街道', '街道', '表2', 'Sheet2'], province: ['分市州', '全省', '汇总'], type: ['分类型', '按类型', '表3'], month: ['分月', '月度', '逐月', '表4'] };
function buildBook() {
  const n = ri(1, 4);
  const kinds = [];
  for (let i = 0; i < n; i++) kinds.push(pick(['county', 'county', 'street', 'province', 'type', 'month', 'month']));
  const sheets = [];
  const used = new Set();
  for (const k of kinds) {
    let name = pick(SHEETNAMES[k]); while (used.has(name)) name = name + ri(1, 9); used.add(name);
    const sh = mkSheet(name);
    const title = pick(TITLES[k]).replace('{y}', '2024');
    if (k === 'month') monthlyTable(sh, title); else entityTable(sh, k, title);
    sheets.push(sh);
  }
  if (chance(0.15)) { const sh = mkSheet('填表说明'); put(sh, 1, 1, '填表说明'); put(sh, 2, 1, '1.本表由县级组织部门汇总上报。'); put(sh, 3, 1, '2.数据以' + '2024年12月31日为准。'); sheets.push(sh); }
  return sheets;
}

// ---------- planting ----------
function getter(sh) { return (a) => sh.cells[a]; }
function broken(sheets) { const b = []; for (const sh of sheets) for (const r of sh.rels) { const e = evalRel(r, getter(sh)); if (e !== null && e > 1e-9) b.push(r); } return b; }
function plant(sheets, kind) {
  const cands = [];
  for (const sh of sheets) for (const r of sh.rels) {
    if (kind === 'total' && r.kind === 'total' && r.t === 'sum') cands.push([sh, r.total]);
    if (kind === 'subtotal' && r.kind === 'subtotal') cands.push([sh, r.total]);
    if (kind === 'part' && r.t === 'sum' && (r.kind === 'total' || r.kind === 'subtotal') && r.parts.length > 1) for (const p of r.parts) cands.push([sh, p]);
    if (kind === 'rate' && r.kind === 'rate') cands.push([sh, r.cell]);
    if (kind === 'share' && r.kind === 'share') cands.push([sh, r.cell]);
    if (kind === 'growth' && r.kind === 'growth') cands.push([sh, r.cell]);
    if (kind === 'pp' && r.kind === 'pp') cands.push([sh, r.cell]);
    if (kind === 'running' && r.kind === 'running' && r.parts.length > 1) cands.push([sh, r.total]);
  }
  for (let tries = 0; tries < 20 && cands.length; tries++) {
    const [sh, cell] = pick(cands);
    const old = sh.cells[cell];
    const ov = num(old);
    if (typeof old === 'string' && !/\d/.test(old)) continue;
    if (!Number.isFinite(ov) || ov === 0) continue;
    let nv;
    const sg = chance(0.5) ? 1 : -1;
    if (['rate', 'share', 'growth', 'pp'].includes(kind)) {
      const isFrac = sh.fmt[cell] && sh.fmt[cell].includes('%');
      const dd = (String(typeof old === 'object' ? old.result : old).split('.')[1] || '').length || 1;
      let delta = kind === 'pp' ? u(1.5, 4) : kind === 'share' ? Math.max(u(1.5, 5), Math.abs(ov) * 0.3) : u(3, 9);
      if (isFrac) delta /= 100;
      nv = r2(ov + sg * delta, dd);
      if (kind === 'rate' && nv > (isFrac ? 1 : 100)) nv = r2(ov - delta, dd);
      if (kind === 'share' && nv <= 0) nv = r2(ov + delta, dd);
    } else {
      const f = u(0.05, 0.3);
      let dlt = Math.max(3, Math.round(Math.abs(ov) * f));
      nv = ov + sg * dlt; if (nv <= 0) nv = ov + dlt;
    }
    const nowCell = typeof old === 'string' ? (String(old).includes('.') ? nv.toFixed((old.split('.')[1] || '').length) : String(nv)) : nv;
    sh.cells[cell] = nowCell;
    const b = broken(sheets);
    if (b.length === 0 || b.length > 3) { sh.cells[cell] = old; continue; }
    return { sheet: sh.name, cell, was: typeof old === 'object' ? old.result : old, now: nowCell, kind };
  }
  return null;
}

// ---------- write ----------
async function write(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, v] of Object.entries(sh.cells)) { if (v === undefined) continue; const c = ws.getCell(a); c.value = v; if (sh.fmt[a]) c.numFmt = sh.fmt[a]; if (sh.bold[a]) c.font = { bold: true }; }
    for (const [r1, c1, r2_, c2] of sh.merges) { try { ws.mergeCells(r1, c1, r2_, c2); } catch (e) { /* overlapping */ } }
    ws.getColumn(1).width = 18;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  let ki = 0;
  const nPlant = Math.round(COUNT * PLANTFRAC);
  for (let i = 0; i < COUNT; i++) {
    const file = `${SET}_${String(i + 1).padStart(3, '0')}.xlsx`;
    let sheets, p = null;
    const want = i % 2 === 1 && Math.floor(i / 2) < nPlant || PLANTFRAC >= 1;
    for (let attempt = 0; attempt < 30; attempt++) {
      sheets = buildBook();
      const b = broken(sheets);
      if (b.length) throw new Error('generator relation broken in ' + file + ': ' + JSON.stringify(b[0]));
      if (!want) break;
      p = plant(sheets, kinds[ki % kinds.length]);
      if (p) { ki++; break; }
    }
    if (want && !p) { console.error('could not plant', kinds[ki % kinds.length], file); ki++; }
    await write(sheets, path.join(OUT, file));
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.flatMap((s) => s.rels)));
    manifest.push({ file, plants: p ? [p] : [] });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, 'books', COUNT, 'planted', manifest.filter((m) => m.plants.length).length);
})();
