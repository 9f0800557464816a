// Round 60B of issue 9, by an outside helper: writes clean and planted books to /tmp/round60b; the corpus keeps the
// clean ones (tests/corpora/layouts/health-60, copied from its cases folder).
// Round 60B: health care and public finance statistics workbooks, clean and with ONE planted error.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const PROBE = process.env.PROBE ? Number(process.env.PROBE) : 0; // PROBE=N: write N extra clean books per variant to probe/ (side experiment)
const OUT = path.join(__dirname, PROBE ? 'probe' : 'cases');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 6002;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function rd(x, d) { const p = Math.pow(10, d); return Math.round(x * p + (x >= 0 ? 1e-9 : -1e-9)) / p; }
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colL(c) + (r + 1); }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

const CITIES = ['临川', '安平', '青河', '石门', '云溪', '南湖', '东阳', '北山', '长宁', '永丰'];
const DISTRICTS = ['城关区', '东城区', '西城区', '南湖区', '北山区', '高新区', '经开区', '临江县', '青河县', '石门县', '安平县', '云溪县', '永和县'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '柳林镇', '河口镇', '白马镇', '新店镇', '龙泉乡', '石桥镇', '高庄乡', '马坊镇', '金沙乡'];

// ---------- sheet model ----------
// A sheet: grid rows (arrays), merges, fmts, plus "targets" describing plantable cells.
function Sheet(name) { return { name, grid: [], merges: [], fmts: {}, targets: { total: [], part: [], rate: [], sub: [], any: [] } }; }
function put(s, r, c, v, fmt) { while (s.grid.length <= r) s.grid.push([]); s.grid[r][c] = v; if (fmt) s.fmts[addr(r, c)] = fmt; }
function merge(s, r1, c1, r2, c2) { s.merges.push([r1, c1, r2, c2]); }
// header writer: title, unit line, header rows. Returns next row index.
function head(s, title, unit, ncol, hdr, merges, opt = {}) {
  let r = 0;
  put(s, r, 0, title); merge(s, r, 0, r, ncol - 1); r++;
  if (opt.blankAfterTitle) r++;
  if (unit) {
    if (opt.unitRight) { put(s, r, ncol - 1, unit); } else { put(s, r, 0, unit); }
    r++;
  }
  const h0 = r;
  hdr.forEach((row, i) => row.forEach((v, c) => { if (v !== null && v !== undefined) put(s, h0 + i, c, v); }));
  for (const [a, b, c, d] of merges) merge(s, h0 + a, b, h0 + c, d);
  return h0 + hdr.length;
}
function notes(s, r, lines) { r++; for (const l of lines) { put(s, r, 0, l); r++; } return r; }

// ---------- tables ----------
// T1: institutions by type, two years, counts and beds (exact integers)
function tInstByType(opt) {
  const s = Sheet(opt.sheet || '医疗卫生机构');
  const y = opt.year || 2023;
  const hosp = { 综合医院: ri(8, 25), 中医医院: ri(2, 6), 专科医院: ri(3, 12), 民族医院: ri(0, 2), 护理院: ri(0, 3) };
  const base = { 乡镇卫生院: ri(10, 30), '社区卫生服务中心（站）': ri(8, 40), 村卫生室: ri(150, 480), '诊所（医务室）': ri(40, 220), 门诊部: ri(2, 20) };
  const pub = { 疾病预防控制中心: ri(1, 4), 妇幼保健机构: ri(1, 4), 卫生监督所: ri(1, 3), 专科疾病防治机构: ri(0, 3) };
  const other = ri(1, 8);
  function beds(name, n) {
    if (['村卫生室', '诊所（医务室）', '社区卫生服务中心（站）', '疾病预防控制中心', '卫生监督所', '门诊部'].includes(name)) return name === '社区卫生服务中心（站）' ? n * ri(3, 10) : 0;
    if (name === '乡镇卫生院') return n * ri(25, 60);
    if (name === '综合医院') return n * ri(120, 420);
    if (name === '妇幼保健机构') return n * ri(40, 120);
    return n * ri(50, 180);
  }
  function yearData(grow) {
    const g = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.max(0, Math.round(v * grow * rf(0.92, 1.08)))]));
    const H = g(hosp), B = g(base), P = g(pub);
    const n = { H, B, P, other: Math.max(0, Math.round(other * grow)) };
    const b = {};
    for (const grp of [H, B, P]) for (const k of Object.keys(grp)) b[k] = beds(k, grp[k]);
    b.other = n.other * ri(0, 20);
    return { n, b };
  }
  const Y0 = yearData(0.97), Y1 = yearData(1.0);
  const sum = (o) => Object.values(o).reduce((a, v) => a + v, 0);
  const dash = opt.dash ? '—' : 0;
  // row list: label, [n0, n1, b0, b1], level/kind
  const rows = [];
  function mk(label, kind, f) { rows.push({ label, kind, v: [f(Y0, 'n'), f(Y1, 'n'), f(Y0, 'b'), f(Y1, 'b')] }); }
  const grpTot = (Y, t, G, keys) => t === 'n' ? sum(Y.n[G]) : keys.reduce((a, k) => a + Y.b[k], 0);
  mk('总计', 'total', (Y, t) => t === 'n' ? sum(Y.n.H) + sum(Y.n.B) + sum(Y.n.P) + Y.n.other : Object.values(Y.b).reduce((a, v) => a + v, 0));
  mk('一、医院', 'grp', (Y, t) => grpTot(Y, t, 'H', Object.keys(hosp)));
  for (const k of ['综合医院', '中医医院', '专科医院']) mk((k === '综合医院' ? '  其中：' : '        ') + k, 'sub', (Y, t) => t === 'n' ? Y.n.H[k] : Y.b[k]);
  mk('二、基层医疗卫生机构', 'grp', (Y, t) => grpTot(Y, t, 'B', Object.keys(base)));
  for (const k of ['乡镇卫生院', '社区卫生服务中心（站）', '村卫生室', '诊所（医务室）']) mk((k === '乡镇卫生院' ? '  其中：' : '        ') + k, 'sub', (Y, t) => t === 'n' ? Y.n.B[k] : Y.b[k]);
  mk('三、专业公共卫生机构', 'grp', (Y, t) => grpTot(Y, t, 'P', Object.keys(pub)));
  for (const k of ['疾病预防控制中心', '妇幼保健机构', '卫生监督所']) mk((k === '疾病预防控制中心' ? '  其中：' : '        ') + k, 'sub', (Y, t) => t === 'n' ? Y.n.P[k] : Y.b[k]);
  mk('四、其他机构', 'grp', (Y, t) => t === 'n' ? Y.n.other : Y.b.other);
  const hdr = [['项目', '机构数（个）', null, '床位数（张）', null], [null, `${y - 1}年`, `${y}年`, `${y - 1}年`, `${y}年`]];
  let r = head(s, `${opt.city}市医疗卫生机构及床位数`, '', 5, hdr, [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4]]);
  const first = r;
  for (const row of rows) {
    put(s, r, 0, row.label);
    row.v.forEach((v, i) => put(s, r, i + 1, v === 0 && i >= 2 ? dash : v, '#,##0'));
    row.v.forEach((v, i) => {
      if (v === 0) return;
      s.targets.any.push([r, i + 1]);
      if (row.kind === 'total') s.targets.total.push([r, i + 1]);
      if (row.kind === 'grp') s.targets.part.push([r, i + 1]);
    });
    r++;
  }
  // sub rows: parent is nearest grp above
  let parent = null;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind === 'grp') parent = first + i;
    if (rows[i].kind === 'sub') for (let c = 1; c <= 4; c++) if (rows[i].v[c - 1] > 0) s.targets.sub.push([first + i, c, parent]);
  }
  notes(s, r, ['注：1.医院、基层医疗卫生机构、专业公共卫生机构项下“其中”项不含全部类别。', '2.村卫生室、诊所不设床位，以“—”表示。']);
  return s;
}

// T2: health resources by district with per-1000 rates
function tResByDistrict(opt) {
  const s = Sheet(opt.sheet || '卫生资源');
  const ds = shuffle(DISTRICTS).slice(0, ri(5, 9));
  const data = ds.map((d) => {
    const pop = ri(180000, 1100000);
    const beds = Math.round(pop * rf(4.2, 8.5) / 1000);
    const tech = Math.round(pop * rf(5.5, 10.5) / 1000);
    const doc = Math.round(tech * rf(0.34, 0.42));
    const nurse = Math.round(tech * rf(0.40, 0.48));
    return { d, inst: ri(120, 700), pop, beds, tech, doc, nurse };
  });
  const T = { d: opt.totLabel || '全市', inst: 0, pop: 0, beds: 0, tech: 0, doc: 0, nurse: 0 };
  for (const x of data) for (const k of ['inst', 'pop', 'beds', 'tech', 'doc', 'nurse']) T[k] += x[k];
  const all = opt.totBottom ? [...data, T] : [T, ...data];
  const hdr = [['地区', '医疗卫生机构（个）', '实有床位（张）', '卫生技术人员（人）', null, null, '常住人口（万人）', '每千人口床位（张）', '每千人口卫生技术人员（人）'],
    [null, null, null, '合计', '执业（助理）医师', '注册护士', null, null, null]];
  let r = head(s, `${opt.city}市${opt.year}年分县（区）卫生资源情况`, '', 9, hdr, [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 6, 1, 6], [0, 7, 1, 7], [0, 8, 1, 8]]);
  for (const x of all) {
    const popW = rd(x.pop / 10000, 2);
    const v = [x.inst, x.beds, x.tech, x.doc, x.nurse, popW, rd(x.beds / x.pop * 1000, 2), rd(x.tech / x.pop * 1000, 2)];
    put(s, r, 0, x === T ? T.d : '  ' + x.d);
    v.forEach((val, i) => put(s, r, i + 1, val, i >= 5 ? '0.00' : '#,##0'));
    for (let c = 1; c <= 8; c++) s.targets.any.push([r, c]);
    if (x === T) for (let c = 1; c <= 5; c++) s.targets.total.push([r, c]);
    else { for (const c of [1, 2, 3]) s.targets.part.push([r, c]); s.targets.sub.push([r, 4, r, 3]); s.targets.sub.push([r, 5, r, 3]); }
    s.targets.rate.push([r, 7]); s.targets.rate.push([r, 8]);
    r++;
  }
  notes(s, r, ['注：每千人口指标按常住人口计算。', '资料来源：市卫生健康委员会。']);
  return s;
}

// T3: medical services with bed utilisation rate
function tService(opt) {
  const s = Sheet(opt.sheet || '医疗服务');
  const defs = [['医院', 'grp'], ['  其中：公立医院', 'sub'], ['        民营医院', 'sub'], ['基层医疗卫生机构', 'grp'], ['  其中：乡镇卫生院', 'sub'], ['        社区卫生服务中心（站）', 'sub'], ['专业公共卫生机构', 'grp']];
  const rowsRaw = {};
  function gen(scale, bedScale) {
    const visits = rf(20, 400) * 10000 * scale; const adm = Math.round(rf(5000, 90000) * bedScale);
    const open = Math.round(rf(80000, 900000) * bedScale); const occ = Math.round(open * rf(0.55, 0.98));
    return { visits: Math.round(visits), adm, open, occ };
  }
  const pubH = gen(1.5, 2), priH = gen(0.5, 0.8);
  const otherH = gen(0.05, 0.1);
  const H = { visits: pubH.visits + priH.visits, adm: pubH.adm + priH.adm, open: pubH.open + priH.open, occ: pubH.occ + priH.occ };
  const town = gen(1, 0.6), comm = gen(1.2, 0.2), restB = { visits: Math.round(rf(50, 300) * 10000), adm: 0, open: 0, occ: 0 };
  const B = { visits: town.visits + comm.visits + restB.visits, adm: town.adm + comm.adm, open: town.open + comm.open, occ: town.occ + comm.occ };
  const P = gen(0.2, 0.15);
  const TT = {}; for (const k of ['visits', 'adm', 'open', 'occ']) TT[k] = H[k] + B[k] + P[k];
  const list = [['总计', 'total', TT], ['医院', 'grp', H], ['  其中：公立医院', 'sub', pubH], ['        民营医院', 'sub', priH], ['基层医疗卫生机构', 'grp', B], ['  其中：乡镇卫生院', 'sub', town], ['        社区卫生服务中心（站）', 'sub', comm], ['专业公共卫生机构', 'grp', P]];
  const hdr = [['机构类别', '诊疗人次（万人次）', '入院人数（人）', '实际开放总床日（日）', '实际占用总床日（日）', '病床使用率（%）']];
  let r = head(s, `${opt.city}市${opt.year}年医疗卫生机构医疗服务情况`, '', 6, hdr, [], { blankAfterTitle: opt.blank });
  const first = r; let parent = null;
  for (const [label, kind, x] of list) {
    put(s, r, 0, label);
    const v = [rd(x.visits / 10000, 2), x.adm, x.open, x.occ, rd(x.occ / x.open * 100, 2)];
    v.forEach((val, i) => put(s, r, i + 1, val, i === 0 || i === 4 ? '0.00' : '#,##0'));
    for (let c = 1; c <= 5; c++) s.targets.any.push([r, c]);
    if (kind === 'total') for (let c = 2; c <= 4; c++) s.targets.total.push([r, c]);
    if (kind === 'grp') { parent = r; for (let c = 2; c <= 4; c++) s.targets.part.push([r, c]); }
    if (kind === 'sub') for (let c = 2; c <= 4; c++) s.targets.sub.push([r, c, parent]);
    s.targets.rate.push([r, 5]);
    r++;
  }
  notes(s, r, ['注：病床使用率＝实际占用总床日数÷实际开放总床日数×100%。', '    诊疗人次按万人次四舍五入，合计数与分项之和可能存在尾差。']);
  return s;
}

// T4: general public budget revenue by item (万元)
const TAXES = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
const NONTAX = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '政府住房基金收入', '其他收入'];
function tRevenue(opt) {
  const s = Sheet(opt.sheet || '一般公共预算收入');
  const y = opt.year;
  const w = { 增值税: 35, 企业所得税: 14, 个人所得税: 5, 资源税: 3, 城市维护建设税: 7, 房产税: 5, 印花税: 2, 城镇土地使用税: 3, 土地增值税: 6, 车船税: 1, 耕地占用税: 2, 契税: 8, 环境保护税: 0.4, 其他税收收入: 0.05 };
  const scale = rf(80000, 900000);
  const cur = {}, prev = {}, bud = {};
  for (const t of TAXES) { cur[t] = Math.round(scale * w[t] / 100 * rf(0.8, 1.2)); prev[t] = Math.round(cur[t] / rf(0.85, 1.2)); }
  for (const t of NONTAX) { cur[t] = Math.round(scale * rf(0.01, 0.08)); prev[t] = Math.round(cur[t] / rf(0.7, 1.3)); }
  const items = [...TAXES, ...NONTAX];
  const unit = opt.yi ? 10000 : 1; // values stored in 万元 raw; display in 亿元 if yi
  const sumOf = (o, ks) => ks.reduce((a, k) => a + o[k], 0);
  for (const k of items) bud[k] = Math.round(cur[k] / rf(0.9, 1.1));
  const mkRow = (label, kind, key, ks) => ({ label, kind, c: sumOf(cur, ks), p: sumOf(prev, ks), b: sumOf(bud, ks), key });
  const rows = [mkRow('一般公共预算收入', 'total', null, items), mkRow('一、税收收入', 'grp', null, TAXES)];
  const taxList = opt.partialTax ? ['增值税', '企业所得税', '个人所得税', '房产税', '契税'] : TAXES;
  taxList.forEach((t, i) => rows.push(mkRow((opt.partialTax ? (i === 0 ? '  其中：' : '        ') : '    ') + t, opt.partialTax ? 'sub' : 'part', t, [t])));
  rows.push(mkRow('二、非税收入', 'grp', null, NONTAX));
  NONTAX.forEach((t) => rows.push(mkRow('    ' + t, 'part', t, [t])));
  const d = opt.yi ? 2 : 0; const fmt = opt.yi ? '0.00' : '#,##0';
  const hdr = opt.withBudget
    ? [['项目', `${y}年`, null, `${y - 1}年完成数`, `完成预算（%）`, '比上年增长（%）', '占收入比重（%）'], [null, '预算数', '完成数', null, null, null, null]]
    : [['项目', `${y - 1}年`, `${y}年`, '比上年增长（%）', '占收入比重（%）']];
  const merges = opt.withBudget ? [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 1, 3], [0, 4, 1, 4], [0, 5, 1, 5], [0, 6, 1, 6]] : [];
  const ncol = hdr[0].length;
  let r = head(s, `${opt.city}市${y}年一般公共预算收入完成情况`, opt.yi ? '单位：亿元' : '单位：万元', ncol, hdr, merges, { unitRight: opt.unitRight });
  const first = r; let parent = null;
  const tot = rows[0];
  for (const row of rows) {
    put(s, r, 0, row.label);
    const share = rd(row.c / tot.c * 100, opt.share2 ? 2 : 1);
    const growth = rd((row.c / row.p - 1) * 100, 1);
    const v = opt.withBudget ? [rd(row.b / unit, d), rd(row.c / unit, d), rd(row.p / unit, d), rd(row.c / row.b * 100, 1), growth, share]
      : [rd(row.p / unit, d), rd(row.c / unit, d), growth, share];
    v.forEach((val, i) => put(s, r, i + 1, val, (opt.withBudget ? i >= 3 : i >= 2) ? (opt.share2 && i === v.length - 1 ? '0.00' : '0.0') : fmt));
    const amtCols = opt.withBudget ? [1, 2, 3] : [1, 2];
    const rateCols = opt.withBudget ? [4, 5, 6] : [3, 4];
    for (let c = 1; c <= v.length; c++) s.targets.any.push([r, c]);
    if (row.kind === 'total') for (const c of amtCols) s.targets.total.push([r, c]);
    if (row.kind === 'grp') { parent = r; for (const c of amtCols) s.targets.part.push([r, c]); }
    if (row.kind === 'part') for (const c of amtCols) s.targets.part.push([r, c]);
    if (row.kind === 'sub') for (const c of amtCols) s.targets.sub.push([r, c, parent]);
    for (const c of rateCols) s.targets.rate.push([r, c]);
    r++;
  }
  const taxShare = rd(rows[1].c / tot.c * 100, 1);
  notes(s, r, [`注：税收收入占一般公共预算收入的比重为${taxShare}%。`, opt.yi ? '    表中数据按亿元四舍五入，合计与分项之和可能不等。' : '    比上年增长按可比口径计算。']);
  return s;
}

// T5: general public budget expenditure by function by district (亿元, 2 decimals)
const FUNCS = ['一般公共服务', '公共安全', '教育', '科学技术', '文化旅游体育与传媒', '社会保障和就业', '卫生健康', '节能环保', '城乡社区', '农林水', '交通运输', '住房保障', '其他支出'];
function tExpByDistrict(opt) {
  const s = Sheet(opt.sheet || '分地区支出');
  const funcs = opt.funcs || FUNCS;
  const ds = ['市本级', ...shuffle(DISTRICTS).slice(0, ri(4, 8))];
  const fw = funcs.map(() => rf(0.3, 3));
  const data = ds.map((d) => { const sc = rf(8, 60) * 1e8; const tw = fw.reduce((a, b) => a + b, 0); const v = funcs.map((f, i) => Math.round(sc * fw[i] / tw * rf(0.7, 1.3))); return { d, v }; });
  const tot = { d: opt.totLabel || '全市', v: funcs.map((f, i) => data.reduce((a, x) => a + x.v[i], 0)) };
  const all = opt.totBottom ? [...data, tot] : [tot, ...data];
  const hdrTop = ['地区', '合计', ...funcs];
  const unit = opt.wan ? 1e4 : 1e8; const d = opt.wan ? 0 : 2; const fmt = opt.wan ? '#,##0' : '0.00';
  let hdr, merges;
  if (opt.twoLevel) { hdr = [['地区', '合计', '按功能分类', ...funcs.slice(1).map(() => null)], [null, null, ...funcs]]; merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, funcs.length + 1]]; }
  else { hdr = [hdrTop]; merges = []; }
  const ncol = funcs.length + 2;
  let r = head(s, `${opt.city}市${opt.year}年分县（区）一般公共预算支出`, opt.wan ? '单位：万元' : '单位：亿元', ncol, hdr, merges, { unitRight: true });
  for (const x of all) {
    put(s, r, 0, x.d);
    const total = x.v.reduce((a, b) => a + b, 0);
    put(s, r, 1, rd(total / unit, d), fmt);
    x.v.forEach((val, i) => put(s, r, i + 2, rd(val / unit, d), fmt));
    for (let c = 1; c < ncol; c++) s.targets.any.push([r, c]);
    if (x === tot) for (let c = 1; c < ncol; c++) s.targets.total.push([r, c]);
    else { s.targets.total.push([r, 1]); for (let c = 2; c < ncol; c++) s.targets.part.push([r, c]); }
    r++;
  }
  notes(s, r, [opt.wan ? '注：市本级含高新区、经开区管委会本级支出。' : '注：表中数据按亿元四舍五入，分项之和与合计可能存在尾差。']);
  return s;
}

// T6: expenditure by function, two years, growth, share (万元)
function tExpByFunc(opt) {
  const s = Sheet(opt.sheet || '一般公共预算支出');
  const y = opt.year;
  const scale = rf(150000, 2000000);
  const cur = FUNCS.map(() => Math.round(scale * rf(0.01, 0.2)));
  const prev = cur.map((v) => Math.round(v / rf(0.8, 1.25)));
  const T = [cur.reduce((a, b) => a + b, 0), prev.reduce((a, b) => a + b, 0)];
  const d = opt.dec1 ? 1 : 0; const u = opt.dec1 ? 1e4 : 1; // dec1: 亿元 with 1 decimal? use 万元 integer otherwise
  const unitTxt = opt.dec1 ? '单位：亿元' : '单位：万元';
  const fmt = opt.dec1 ? '0.0' : '#,##0';
  const hdr = [['项目', `${y - 1}年`, `${y}年`, '比上年增长（%）', '占总支出比重（%）']];
  let r = head(s, `${opt.city}县${y}年一般公共预算支出`, unitTxt, 5, hdr, [], { unitRight: opt.unitRight });
  const rows = [['一般公共预算支出', T[1], T[0], 'total'], ...FUNCS.map((f, i) => ['  ' + f + (f === '其他支出' ? '' : '支出'), prev[i], cur[i], 'part'])];
  if (opt.totBottom) rows.push(rows.shift());
  for (const [label, p, c, kind] of rows) {
    put(s, r, 0, kind === 'total' && opt.totBottom ? '支出合计' : label);
    const v = [rd(p / u / (opt.dec1 ? 1 : 1) / (opt.dec1 ? 1 : 1), d), rd(c / u, d), rd((c / p - 1) * 100, 1), rd(c / T[0] * 100, opt.share2 ? 2 : 1)];
    // when dec1 the raw is in 万元 -> 亿元
    v.forEach((val, i) => put(s, r, i + 1, val, i >= 2 ? (opt.share2 && i === 3 ? '0.00' : '0.0') : fmt));
    for (let cc = 1; cc <= 4; cc++) s.targets.any.push([r, cc]);
    if (kind === 'total') { s.targets.total.push([r, 1]); s.targets.total.push([r, 2]); }
    else { s.targets.part.push([r, 1]); s.targets.part.push([r, 2]); }
    s.targets.rate.push([r, 3]); s.targets.rate.push([r, 4]);
    r++;
  }
  notes(s, r, ['注：2023年起“卫生健康支出”含医疗保障相关支出，增幅按可比口径计算。'.replace('2023', String(y))]);
  return s;
}

// T7: revenue by district with tax share and growth (万元)
function tRevByDistrict(opt) {
  const s = Sheet(opt.sheet || '分地区收入');
  const y = opt.year;
  const ds = ['市本级', ...shuffle(DISTRICTS).slice(0, ri(4, 8))];
  const data = ds.map((d) => { const c = ri(60000, 900000); const p = Math.round(c / rf(0.88, 1.15)); const tax = Math.round(c * rf(0.55, 0.85)); const taxP = Math.round(tax / rf(0.85, 1.2)); return { d, c, p, tax, taxP }; });
  const T = { d: '全市', c: 0, p: 0, tax: 0, taxP: 0 }; for (const x of data) for (const k of ['c', 'p', 'tax', 'taxP']) T[k] += x[k];
  const all = opt.totBottom ? [...data, T] : [T, ...data];
  const hdr = [['地区', '一般公共预算收入', null, null, '其中：税收收入', null, null], [null, `${y}年`, `${y - 1}年`, '增长（%）', `${y}年`, '增长（%）', '税收占比（%）']];
  let r = head(s, `${opt.city}市${y}年分县（区）一般公共预算收入`, '单位：万元', 7, hdr, [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]]);
  for (const x of all) {
    put(s, r, 0, x.d);
    const v = [x.c, x.p, rd((x.c / x.p - 1) * 100, 1), x.tax, rd((x.tax / x.taxP - 1) * 100, 1), rd(x.tax / x.c * 100, 1)];
    v.forEach((val, i) => put(s, r, i + 1, val, [2, 4, 5].includes(i) ? '0.0' : '#,##0'));
    for (let c = 1; c <= 6; c++) s.targets.any.push([r, c]);
    if (x === T) for (const c of [1, 2, 4]) s.targets.total.push([r, c]);
    else { for (const c of [1, 2]) s.targets.part.push([r, c]); s.targets.sub.push([r, 4, r, 1]); }
    s.targets.rate.push([r, 3]); s.targets.rate.push([r, 6]);
    r++;
  }
  notes(s, r, ['注：增长按可比口径计算，税收占比＝税收收入÷一般公共预算收入×100%。']);
  return s;
}

// T8: township health staff (by town): 卫生技术人员 with 其中 columns, beds, population, per-1000 beds
function tTownStaff(opt) {
  const s = Sheet(opt.sheet || '乡镇卫生院');
  const ts = shuffle(TOWNS).slice(0, ri(6, 11));
  const data = ts.map((t) => { const pop = ri(15000, 90000); const beds = Math.round(pop * rf(0.8, 2.2) / 1000); const staff = ri(30, 160); const tech = Math.round(staff * rf(0.75, 0.9)); const doc = Math.round(tech * rf(0.3, 0.45)); const nurse = Math.round(tech * rf(0.3, 0.42)); const visits = Math.round(pop * rf(1.5, 4.5)); return { t, pop, beds, staff, tech, doc, nurse, visits }; });
  const T = { t: '合计' }; for (const k of ['pop', 'beds', 'staff', 'tech', 'doc', 'nurse', 'visits']) T[k] = data.reduce((a, x) => a + x[k], 0);
  const all = [...data, T];
  const hdr = [['乡镇（街道）', '床位数（张）', '人员数（人）', null, null, null, '诊疗人次（万人次）', '服务人口（人）', '每千人口床位（张）'], [null, null, '合计', '卫生技术人员', '其中：执业（助理）医师', '注册护士', null, null, null]];
  let r = head(s, `${opt.city}县${opt.year}年乡镇卫生院基本情况`, '', 9, hdr, [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 1, 6], [0, 7, 1, 7], [0, 8, 1, 8]]);
  for (const x of all) {
    put(s, r, 0, x.t);
    const v = [x.beds, x.staff, x.tech, x.doc, x.nurse, rd(x.visits / 10000, 2), x.pop, rd(x.beds / x.pop * 1000, 2)];
    v.forEach((val, i) => put(s, r, i + 1, val, i === 5 || i === 7 ? '0.00' : '#,##0'));
    for (let c = 1; c <= 8; c++) s.targets.any.push([r, c]);
    if (x === T) for (const c of [1, 2, 3, 4, 5, 7]) s.targets.total.push([r, c]);
    else { for (const c of [1, 2, 7]) s.targets.part.push([r, c]); s.targets.sub.push([r, 3, r, 2]); s.targets.sub.push([r, 4, r, 3]); s.targets.sub.push([r, 5, r, 3]); }
    s.targets.rate.push([r, 8]);
    r++;
  }
  notes(s, r, ['注：服务人口为乡镇常住人口。诊疗人次保留两位小数。']);
  return s;
}

// ---------- write ----------
async function write(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.grid.forEach((row, r) => (row || []).forEach((v, c) => {
      if (v === undefined || v === null) return;
      const cell = ws.getCell(r + 1, c + 1); cell.value = v;
      const f = s.fmts[addr(r, c)]; if (f && typeof v === 'number') cell.numFmt = f;
    }));
    for (const [a, b, c, d] of s.merges) ws.mergeCells(a + 1, b + 1, c + 1, d + 1);
    ws.getColumn(1).width = 30;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

// ---------- planting ----------
function numAt(s, r, c) { const v = s.grid[r][c]; return typeof v === 'number' ? v : null; }
function decs(v) { const t = String(v); return t.includes('.') ? t.split('.')[1].length : 0; }
function plant(s, kind) {
  const T = s.targets;
  let cand, r, c, orig, nv;
  const ok = (rc) => { const v = numAt(s, rc[0], rc[1]); return v !== null && v !== 0; };
  if (kind === 'wrong-total') {
    cand = T.total.filter(ok); [r, c] = pick(cand); orig = numAt(s, r, c);
    const d = decs(orig); const delta = d ? pick([1, -1]) * Math.max(Math.abs(orig) * rf(0.02, 0.06), 1) : pick([1, -1]) * Math.max(ri(12, 400), Math.round(Math.abs(orig) * 0.02));
    nv = rd(orig + delta, d);
  } else if (kind === 'part-changed') {
    cand = T.part.filter(ok); [r, c] = pick(cand); orig = numAt(s, r, c);
    const d = decs(orig); nv = rd(orig * pick([rf(1.08, 1.3), rf(0.7, 0.92)]), d);
    const minStep = d ? 20 / Math.pow(10, d) : 3; if (Math.abs(nv - orig) < minStep) nv = rd(orig + pick([1, -1]) * minStep * ri(1, 3), d); if (nv < 0) nv = rd(orig + minStep * 2, d);
  } else if (kind === 'rate-mismatch') {
    cand = T.rate.filter(ok); [r, c] = pick(cand); orig = numAt(s, r, c);
    const d = Math.max(decs(orig), 1); nv = rd(orig + pick([1, -1]) * rf(1.5, 6) * (Math.abs(orig) > 20 ? 1 : 0.4), d);
  } else if (kind === 'digit-swap') {
    cand = T.any.filter((rc) => { const v = numAt(s, rc[0], rc[1]); if (v === null) return false; const t = String(v); for (let i = 0; i + 1 < t.length; i++) if (/\d/.test(t[i]) && /\d/.test(t[i + 1]) && t[i] !== t[i + 1] && !(i === 0 && t[i + 1] === '0')) return true; return false; });
    [r, c] = pick(cand); orig = numAt(s, r, c);
    const t = String(orig); const idx = []; for (let i = 0; i + 1 < t.length; i++) if (/\d/.test(t[i]) && /\d/.test(t[i + 1]) && t[i] !== t[i + 1] && !(i === 0 && t[i + 1] === '0')) idx.push(i);
    const i = pick(idx); nv = Number(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2));
  } else if (kind === 'decimal-moved') {
    cand = T.any.filter((rc) => { const v = numAt(s, rc[0], rc[1]); return v !== null && Math.abs(v) >= 10 && decs(v) > 0; });
    if (!cand.length) cand = T.any.filter((rc) => { const v = numAt(s, rc[0], rc[1]); return v !== null && Math.abs(v) >= 100; });
    [r, c] = pick(cand); orig = numAt(s, r, c);
    const d = decs(orig); nv = d > 0 ? rd(orig / 10, d + 1) : rd(orig / 10, 1);
  } else if (kind === 'sub-exceeds') {
    cand = T.sub.filter(ok); [r, c, pr] = pick(cand); orig = numAt(s, r, c);
    const whole = numAt(s, T.sub.find((x) => x[0] === r && x[1] === c)[2], T.sub.find((x) => x[0] === r && x[1] === c).length > 3 ? T.sub.find((x) => x[0] === r && x[1] === c)[3] : c);
    const dd = decs(orig); nv = rd(whole * rf(1.05, 1.25) + (dd ? 0 : 1), dd);
  }
  s.grid[r][c] = nv;
  return { cell: addr(r, c), original: orig, planted: nv, kind };
}
var pr;

// ---------- cases ----------
const manifest = {};
const builders = {
  inst: (o) => tInstByType(o), res: (o) => tResByDistrict(o), svc: (o) => tService(o), rev: (o) => tRevenue(o),
  expd: (o) => tExpByDistrict(o), expf: (o) => tExpByFunc(o), revd: (o) => tRevByDistrict(o), town: (o) => tTownStaff(o),
};
const variants = [
  ['inst', {}], ['inst', { dash: true }], ['res', {}], ['res', { totBottom: true, totLabel: '合计' }], ['svc', {}], ['svc', { blank: true }],
  ['rev', { withBudget: true }], ['rev', { partialTax: true }], ['rev', { yi: true, withBudget: true, unitRight: true }], ['rev', { yi: true, partialTax: true, share2: true }],
  ['expd', {}], ['expd', { wan: true, totBottom: true, twoLevel: true }], ['expd', { twoLevel: true, totLabel: '全市合计' }],
  ['expf', {}], ['expf', { dec1: true, totBottom: true, share2: true }], ['revd', {}], ['revd', { totBottom: true }], ['town', {}],
];
const kinds = ['wrong-total', 'part-changed', 'rate-mismatch', 'digit-swap', 'decimal-moved', 'sub-exceeds'];
(async () => {
  let n = 0;
  if (PROBE) {
    const pm = {};
    for (const [b, o] of variants) for (let i = 0; i < PROBE; i++) { n++; const s = builders[b]({ ...o, city: pick(CITIES), year: pick([2022, 2023]) }); const file = `clean_${String(n).padStart(3, '0')}_${b}.xlsx`; await write(file, [s]); pm[file] = { status: 'clean', variant: b, opt: o }; }
    fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(pm, null, 1)); console.log(n, 'probe books'); return;
  }
  // clean books: one per variant + a few two-sheet books
  for (const [b, o] of variants) {
    n++; const city = pick(CITIES); const year = pick([2022, 2023]);
    const s = builders[b]({ ...o, city, year });
    const file = `clean_${String(n).padStart(2, '0')}_${b}.xlsx`;
    await write(file, [s]); manifest[file] = { status: 'clean', variant: b, opt: o };
  }
  for (const pair of [['inst', 'res'], ['rev', 'expf'], ['svc', 'town'], ['revd', 'expd']]) {
    n++; const city = pick(CITIES); const year = 2023;
    const ss = pair.map((b, i) => builders[b]({ ...variants.find((v) => v[0] === b)[1], city, year, sheet: `表${i + 1}` }));
    const file = `clean_${String(n).padStart(2, '0')}_${pair.join('+')}.xlsx`;
    await write(file, ss); manifest[file] = { status: 'clean', variant: pair.join('+') };
  }
  // planted books
  let k = 0;
  const plan = [];
  for (const [b, o] of variants) for (const kind of kinds) {
    const s0 = builders[b]({ ...o, city: 'x', year: 2023 });
    const tgt = { 'wrong-total': 'total', 'part-changed': 'part', 'rate-mismatch': 'rate', 'sub-exceeds': 'sub' }[kind];
    if (tgt && !s0.targets[tgt].length) continue;
    plan.push([b, o, kind]);
  }
  // choose ~26 planted cases covering every kind
  const chosen = [];
  for (const kind of kinds) { const c = shuffle(plan.filter((p) => p[2] === kind)); chosen.push(...c.slice(0, kind === 'sub-exceeds' ? 4 : 5)); }
  for (const [b, o, kind] of chosen) {
    k++; const city = pick(CITIES); const year = pick([2022, 2023]);
    const s = builders[b]({ ...o, city, year });
    const p = plant(s, kind);
    const file = `planted_${String(k).padStart(2, '0')}_${b}_${kind}.xlsx`;
    await write(file, [s]); manifest[file] = { status: 'planted', variant: b, opt: o, sheet: s.name, ...p };
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'books');
})();
