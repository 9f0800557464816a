// node gen.js SET SEED N PLANTFRACTION [VARIANT]
// Writes N workbooks of 工会/共青团/妇联 组建 statistics into /tmp/round120a/SET, relations into /tmp/round120a/rel/<file>.json,
// and SET/manifest.json. All figures computed here.
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const [, , SET, SEEDS, NS, PFS, VARS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VARS || 0);
const ROOT = '/tmp/round120a', OUT = path.join(ROOT, SET), RELDIR = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELDIR, { recursive: true });

let s = SEED >>> 0 || 1;
const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const round = (x, d) => { const f = 10 ** d; return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const half = (d) => 0.5 * 10 ** -d + 1e-9;

const TOWNS = ['城关镇', '东城街道', '西城街道', '南关镇', '北山镇', '河口镇', '新集镇', '柳林镇', '石桥镇', '高庄乡', '马坊镇', '杨柳乡', '青石镇', '白沙镇', '双河镇', '龙泉街道', '桃园乡', '三里镇', '太平镇', '永安乡'];
const COUNTIES = ['城东区', '城西区', '高新区', '经开区', '临江县', '安平县', '青山县', '河西县', '南川县', '北岭县', '永和县', '长乐市', '东阳县', '新丰县'];
const CITIES = ['省会市', '东州市', '西平市', '南阳川市', '北海湾市', '江城市', '山城市', '河谷市', '临海市', '云岭市', '平原市', '丰泽市'];
const ENTS = ['华润', '恒通', '新宇', '鑫源', '众诚', '远航', '金桥', '瑞丰', '天成', '宏达', '博远', '鸿运', '嘉禾', '明泰', '盛世', '永信', '德胜', 'compatible', '华兴', '利民', '安泰', '锦程', '富康', '凯达', '信达', '东方', '海川', '润泽', '正大', '星火'];
const ENTSUF = ['机械有限公司', '食品有限公司', '纺织有限公司', '物流有限公司', '建材有限公司', '电子科技有限公司', '商贸有限公司', '农业发展有限公司', '化工有限公司', '物业服务有限公司'];
const ORGS = [
  { org: '工会', mem: '会员', memU: '人', rateName: '建会率' },
  { org: '团组织', mem: '团员', memU: '人', rateName: '建团率' },
  { org: '妇联组织', mem: '妇联执委', memU: '人', rateName: '覆盖率' },
];
const YEAR = ri(2019, 2024);

// ---------- sheet model ----------
function Sheet(name) {
  return { name, cells: {}, merges: [], rels: [], widths: {}, vals: {} };
}
// put a label
function lab(sh, r, c, text, opt = {}) { sh.cells[A(r, c)] = { v: text, ...opt }; }
// put a number; keeps numeric value for relations. style: {d, text, dash}
function num(sh, r, c, v, d = 0, opt = {}) {
  const a = A(r, c);
  sh.vals[a] = v;
  let cell;
  if (v === 0 && opt.dashZero) cell = { v: opt.dashZero };
  else if (opt.asText) cell = { v: d ? v.toFixed(d) : String(v), isText: true, d };
  else cell = { v, fmt: d ? '0.' + '0'.repeat(d) : (opt.thousands ? '#,##0' : undefined), d };
  cell.num = true; cell.d = d; cell.opt = opt;
  sh.cells[a] = cell;
  return a;
}
function merge(sh, r1, c1, r2, c2, text) { if (r1 !== r2 || c1 !== c2) sh.merges.push(`${A(r1, c1)}:${A(r2, c2)}`); lab(sh, r1, c1, text); }
const rel = (sh, o) => sh.rels.push(o);

function unitTxt(u, style) { return style === 0 ? `（${u}）` : style === 1 ? `(${u})` : ''; }

// title and unit line; returns next row
function header0(sh, title, ncol, unitLine, level) {
  let r = 1;
  merge(sh, 1, 1, 1, ncol, title); sh.cells['A1'].title = true; r = 2;
  if (chance(0.3)) { merge(sh, 2, 1, 2, ncol, pick([`（${YEAR}年度）`, `${YEAR}年12月31日`, `统计时点：${YEAR}年末`])); r = 3; }
  if (unitLine) { lab(sh, r, ncol, unitLine); if (chance(0.5)) lab(sh, r, 1, `填报单位：${level}总工会`.replace('总工会', pick(['总工会', '团委', '妇联', '非公经济组织党工委']))); r++; }
  return r;
}

function zeroStyle() { return chance(0.5) ? pick(['—', '-', '—', '－']) : null; }
function addNotes(sh, r, ncol, notes) {
  if (!notes.length) return r;
  r += chance(0.5) ? 1 : 0;
  for (const n of notes) { lab(sh, r, 1, n); if (chance(0.5)) sh.merges.push(`${A(r, 1)}:${A(r, ncol)}`); r++; }
  return r;
}

// ---------- T1: by region, 应建/已建/方式/率/会员 ----------
function t1(level) {
  const o = pick(ORGS);
  const regNames = level === '县' ? TOWNS : level === '市' ? COUNTIES : CITIES;
  const nreg = ri(6, Math.min(13, regNames.length));
  const regs = shuffle(regNames).slice(0, nreg);
  const totName = level === '县' ? pick(['全县', '合计', '总计']) : level === '市' ? pick(['全市', '合计', '总计']) : pick(['全省', '合计', '总计']);
  const useWay = chance(0.7), useNew = chance(0.6), useMem = chance(0.8), useFem = useMem && chance(0.75), useYoung = useMem && chance(0.5), useFemShare = useFem && chance(0.35), useMoney = chance(0.25);
  const rateD = pick([1, 1, 2, 0]);
  const permil = chance(VARIANT ? 0.25 : 0.08);
  const k = permil ? 1000 : 100; const ku = permil ? '‰' : '%';
  // data
  const rows = regs.map((name) => {
    const should = ri(15, 420); const built = Math.max(0, should - ri(0, Math.ceil(should * 0.35)));
    const sep = ri(0, built), rest = built - sep, joint = ri(0, rest), area = rest - joint;
    const nw = ri(0, Math.min(built, 40));
    const mem = built * ri(8, 60) + ri(0, 30); const fem = ri(Math.floor(mem * 0.2), Math.floor(mem * 0.6)); const young = ri(Math.floor(mem * 0.1), Math.floor(mem * 0.5));
    const money = mem * (0.002 + rnd() * 0.01) * (1 + rnd());
    return { name, should, built, sep, joint, area, nw, mem, fem, young, money };
  });
  if (chance(0.3)) { const z = pick(rows); z.nw = 0; } if (chance(0.2)) { const z = pick(rows); z.area = 0; z.joint += 0; z.sep = z.built - z.joint; }
  // optional subtotal groups
  const groups = chance(VARIANT ? 0.45 : 0.3) && nreg >= 6 ? (() => { const cut = ri(2, nreg - 2); return [{ name: level === '县' ? '街道及城区' : '市辖区', items: rows.slice(0, cut) }, { name: level === '县' ? '乡镇' : '县（市）', items: rows.slice(cut) }]; })() : null;
  const sumRows = (items) => { const t = { name: '' }; for (const f of ['should', 'built', 'sep', 'joint', 'area', 'nw', 'mem', 'fem', 'young', 'money']) t[f] = items.reduce((a, x) => a + x[f], 0); return t; };
  // columns
  const unitStyle = pick(VARIANT ? [0, 1, 2, 3] : [0, 1, 2, 2, 3]); // 0 （） 1 () 2 unit line 3 unit row
  const cols = []; // {key, name, unit, group, d}
  cols.push({ key: 'should', name: `应建${o.org}单位数`.replace('单位数', pick(['单位数', '数'])), u: '个' });
  cols.push({ key: 'built', name: `已建${o.org}数`, u: '个' });
  if (useWay) for (const [kk, nm] of [['sep', '单独建'], ['joint', '联合建'], ['area', '区域性']]) cols.push({ key: kk, name: nm, u: '个', qz: true });
  cols.push({ key: 'rate', name: o.rateName, u: ku, d: rateD });
  if (useNew) cols.push({ key: 'nw', name: '本年新建', u: '个' });
  if (useMem) cols.push({ key: 'mem', name: `${o.mem}数`, u: o.memU, grp: 'm' });
  if (useFem) cols.push({ key: 'fem', name: '女性', u: '人', grp: 'm', qz2: true });
  if (useYoung) cols.push({ key: 'young', name: '35岁以下', u: '人', grp: 'm', qz2: true });
  if (useFemShare) cols.push({ key: 'femsh', name: '女性占比', u: '%', d: 1, grp: 'm' });
  if (useMoney) cols.push({ key: 'money', name: '经费收入', u: '万元', d: 1 });
  const ncol = cols.length + 1;
  const sh = Sheet(pick([`${o.org}组建`, `表${ri(1, 9)}`, `${o.org}组建情况`, 'Sheet1'].filter((x, i, a) => a.indexOf(x) === i)));
  const title = `${YEAR}年${level === '县' ? '全县' : level === '市' ? '全市' : '全省'}非公有制企业和社会组织${o.org}组建情况${pick(['统计表', '表', '汇总表', ''])}`;
  let r = header0(sh, title, ncol, unitStyle === 2 ? `单位：个、人、${ku}${useMoney ? '、万元' : ''}` : null, level);
  const hr0 = r;
  const three = useWay && chance(0.5);
  const nh = three ? 3 : chance(0.6) ? 2 : 1;
  const regHead = level === '县' ? pick(['乡镇（街道）', '地区', '单位']) : level === '市' ? pick(['县（市、区）', '地区', '区域']) : pick(['市（州）', '地区']);
  merge(sh, hr0, 1, hr0 + nh - 1, 1, regHead);
  const hdr = (c) => c.name + (c.u && unitStyle <= 1 ? unitTxt(c.u, unitStyle) : '');
  let c = 2;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i]; col.c = c + i;
  }
  if (nh === 1) {
    for (const col of cols) lab(sh, hr0, col.c, (col.qz && col.key === 'sep' || col.qz2 && (col.key === 'fem' || col.key === 'young') && cols.find((x) => x.qz2) === col ? '其中：' : '') + hdr(col));
  } else {
    // group headers
    const done = new Set();
    for (const col of cols) {
      if (done.has(col)) continue;
      if (col.qz) {
        const g = cols.filter((x) => x.qz);
        if (nh === 3) { merge(sh, hr0, g[0].c, hr0, g[g.length - 1].c, '组建方式'); merge(sh, hr0 + 1, g[0].c, hr0 + 1, g[g.length - 1].c, '其中'); for (const x of g) lab(sh, hr0 + 2, x.c, hdr(x)); }
        else { merge(sh, hr0, g[0].c, hr0, g[g.length - 1].c, '其中'); for (const x of g) lab(sh, hr0 + 1, x.c, hdr(x)); }
        g.forEach((x) => done.add(x)); continue;
      }
      if (col.grp === 'm') {
        const g = cols.filter((x) => x.grp === 'm');
        merge(sh, hr0, g[0].c, hr0, g[g.length - 1].c, `${o.mem}情况`);
        for (const x of g) { const t = (x.qz2 && nh === 2 && cols.find((y) => y.qz2) === x ? '其中：' : x.qz2 && nh === 2 ? '' : '') + hdr(x); merge(sh, hr0 + 1, x.c, hr0 + nh - 1, x.c, x.qz2 && nh === 3 ? '其中：' + hdr(x) : t); }
        g.forEach((x) => done.add(x)); continue;
      }
      merge(sh, hr0, col.c, hr0 + nh - 1, col.c, hdr(col)); done.add(col);
    }
  }
  r = hr0 + nh;
  if (unitStyle === 3) { lab(sh, r, 1, pick(['单位', '计量单位', '甲'])); for (const col of cols) lab(sh, r, col.c, col.u); r++; }
  if (chance(0.15)) { lab(sh, r, 1, '甲'); cols.forEach((col, i) => lab(sh, r, col.c, String(i + 1))); r++; }
  const zs = zeroStyle(); const textP = chance(0.25) ? 0.06 : 0;
  const writeRow = (rr, x, label, opt = {}) => {
    lab(sh, rr, 1, label, opt.lab || {});
    const ad = {};
    for (const col of cols) {
      let v, d = col.d || 0;
      if (col.key === 'rate') { if (x.should === 0) { lab(sh, rr, col.c, '—'); continue; } v = round(x.built / x.should * k, d); }
      else if (col.key === 'femsh') { if (x.mem === 0) { lab(sh, rr, col.c, '—'); continue; } v = round(x.fem / x.mem * 100, d); }
      else if (col.key === 'money') v = round(x.money, d);
      else v = x[col.key];
      ad[col.key] = num(sh, rr, col.c, v, d, { dashZero: zs, asText: !col.d && chance(textP) });
    }
    // row relations
    if (useWay) rel(sh, { type: 'sum', total: ad.built, parts: [ad.sep, ad.joint, ad.area], tol: 0 });
    if (ad.rate) rel(sh, { type: 'rate', cell: ad.rate, num: ad.built, den: ad.should, k, tol: half(rateD) });
    rel(sh, { type: 'le', part: ad.built, whole: ad.should, tol: 0 });
    if (ad.nw) rel(sh, { type: 'le', part: ad.nw, whole: ad.built, tol: 0 });
    if (ad.fem) rel(sh, { type: 'le', part: ad.fem, whole: ad.mem, tol: 0 });
    if (ad.young) rel(sh, { type: 'le', part: ad.young, whole: ad.mem, tol: 0 });
    if (ad.femsh) rel(sh, { type: 'rate', cell: ad.femsh, num: ad.fem, den: ad.mem, k: 100, tol: half(1) });
    return ad;
  };
  const colSums = (tot, parts, n) => { for (const col of cols) { if (col.key === 'rate' || col.key === 'femsh') continue; const ps = parts.map((p) => p[col.key]).filter(Boolean); if (tot[col.key] && ps.length === parts.length) rel(sh, { type: 'sum', total: tot[col.key], parts: ps, tol: col.key === 'money' ? 0.05 * (n + 1) + 1e-9 : 0 }); } };
  const totTop = chance(VARIANT ? 0.5 : 0.65);
  const indentMode = pick(['space', 'excel', 'none']);
  const ind = (t, lvl) => indentMode === 'space' ? '　'.repeat(lvl) + t : t;
  const indOpt = (lvl) => indentMode === 'excel' && lvl ? { indent: lvl } : {};
  const all = sumRows(rows);
  // order rows
  let totAd; const plan = [];
  if (totTop) plan.push({ x: all, label: totName, tot: true });
  if (groups) for (const g of groups) { plan.push({ x: sumRows(g.items), label: ind(g.name, 0), sub: g }); for (const it of g.items) plan.push({ x: it, label: ind(it.name, 1), lvl: 1, in: g }); }
  else for (const it of rows) plan.push({ x: it, label: ind(it.name, totTop && chance(0.4) ? 1 : 0), lvl: 0 });
  if (!totTop) plan.push({ x: all, label: totName, tot: true });
  const subAd = new Map(), itemAd = new Map();
  for (const p of plan) {
    const ad = writeRow(r, p.x, p.label, { lab: indOpt(p.lvl || 0) });
    if (p.tot) totAd = ad; else if (p.sub) subAd.set(p.sub, ad); else { itemAd.set(p.x, ad); }
    r++;
  }
  if (groups) { colSums(totAd, groups.map((g) => subAd.get(g)), groups.length); for (const g of groups) colSums(subAd.get(g), g.items.map((x) => itemAd.get(x)), g.items.length); }
  else colSums(totAd, rows.map((x) => itemAd.get(x)), rows.length);
  const notes = [];
  if (chance(0.6)) notes.push(`注：${o.rateName}=已建${o.org}数÷应建${o.org}单位数×${permil ? '1000‰' : '100%'}。`);
  if (chance(0.3)) notes.push(`${notes.length ? '' : '注：'}“—”表示无此项或数据为零。`);
  if (useMoney && chance(0.5)) notes.push('经费收入合计数因四舍五入，与分项之和略有出入。');
  if (chance(0.3)) notes.push(`资料来源：${level === '县' ? '县' : level === '市' ? '市' : '省'}总工会、团${level}委、${level}妇联。`);
  addNotes(sh, r, ncol, notes);
  sh.widths = { 1: 16 };
  return sh;
}

// ---------- T2: by enterprise size ----------
function t2(level) {
  const o = pick(ORGS);
  const mk = () => { const should = ri(30, 2500); const built = should - ri(0, Math.floor(should * 0.4)); const mem = built * ri(5, 40); return { should, built, mem, fem: ri(Math.floor(mem * 0.2), Math.floor(mem * 0.55)), nw: ri(0, Math.floor(built * 0.15)) }; };
  const above = mk(), below = mk(), soc = mk();
  const foreign = (() => { const should = ri(1, Math.floor(above.should * 0.3)); const built = ri(0, Math.min(should, above.built)); const mem = Math.min(above.mem, built * ri(10, 50)); return { should, built, mem, fem: ri(0, Math.floor(mem * 0.4)), nw: ri(0, Math.min(built, above.nw)) }; })();
  const add = (a, b) => { const t = {}; for (const f of Object.keys(a)) t[f] = a[f] + b[f]; return t; };
  const ent = add(above, below), tot = add(ent, soc);
  const rateD = pick([1, 2]);
  const useFem = chance(0.6), useNew = chance(0.5);
  const cols = [{ key: 'should', n: `应建${o.org}数`, u: '个' }, { key: 'built', n: `已建${o.org}数`, u: '个' }, { key: 'rate', n: o.rateName, u: '%', d: rateD }];
  if (useNew) cols.push({ key: 'nw', n: '本年新建', u: '个' });
  cols.push({ key: 'mem', n: `${o.mem}人数`, u: '人' }); if (useFem) cols.push({ key: 'fem', n: '其中：女性', u: '人' });
  const unitCol = chance(VARIANT ? 0.5 : 0.25);
  const sh = Sheet(pick(['按规模分', '企业规模', `${o.org}分类`, '表2']));
  const ncol = cols.length + 1 + (unitCol ? 0 : 0);
  let r = header0(sh, `${YEAR}年非公有制企业和社会组织${o.org}组建情况（按企业规模分）`, ncol, chance(0.5) ? '单位：个、人、%' : null, level);
  merge(sh, r, 1, r, 1, pick(['类别', '项目', '分类']));
  const inHead = chance(0.6);
  cols.forEach((col, i) => { col.c = i + 2; lab(sh, r, col.c, col.n + (inHead ? `（${col.u}）` : '')); });
  r++;
  const totLabel = pick(['合计', '总计', '全部']);
  const zs = zeroStyle();
  const write = (x, label, labopt = {}) => {
    lab(sh, r, 1, label, labopt); const ad = {};
    for (const col of cols) { const v = col.key === 'rate' ? round(x.built / x.should * 100, rateD) : x[col.key]; ad[col.key] = num(sh, r, col.c, v, col.d || 0, { dashZero: zs, asText: !col.d && chance(0.04) }); }
    rel(sh, { type: 'rate', cell: ad.rate, num: ad.built, den: ad.should, k: 100, tol: half(rateD) });
    rel(sh, { type: 'le', part: ad.built, whole: ad.should, tol: 0 });
    if (ad.fem) rel(sh, { type: 'le', part: ad.fem, whole: ad.mem, tol: 0 });
    if (ad.nw) rel(sh, { type: 'le', part: ad.nw, whole: ad.built, tol: 0 });
    r++; return ad;
  };
  const sp = chance(0.5);
  const exIndent = chance(0.5);
  const aT = write(tot, totLabel);
  const aE = write(ent, sp ? '　非公有制企业' : '非公有制企业', exIndent ? { indent: 1 } : {});
  const aA = write(above, sp ? '　　规模以上企业' : '规模以上企业', exIndent ? { indent: 2 } : {});
  // the # row belongs to the row right above it (规模以上企业)
  const fLabel = pick(['#外商投资企业', '　#外资企业', '其中：外商及港澳台投资企业']);
  const aF = write(foreign, fLabel);
  const aB = write(below, sp ? '　　规模以下企业' : '规模以下企业', exIndent ? { indent: 2 } : {});
  const aS = write(soc, sp ? '　社会组织' : '社会组织', exIndent ? { indent: 1 } : {});
  for (const col of cols) {
    if (col.key === 'rate') continue;
    rel(sh, { type: 'sum', total: aT[col.key], parts: [aE[col.key], aS[col.key]], tol: 0 });
    rel(sh, { type: 'sum', total: aE[col.key], parts: [aA[col.key], aB[col.key]], tol: 0 });
    rel(sh, { type: 'le', part: aF[col.key], whole: aA[col.key], tol: 0 });
  }
  const notes = [];
  if (chance(0.5)) notes.push('注：外商投资企业为规模以上企业中的外商及港澳台投资企业，已包含在规模以上企业中。');
  if (chance(0.4)) notes.push(`${notes.length ? '' : '注：'}规模以上企业指年主营业务收入2000万元及以上的工业企业。`);
  addNotes(sh, r, ncol, notes);
  sh.widths = { 1: 22 };
  return sh;
}

// ---------- T3: half-years ----------
function t3(level) {
  const o = pick(ORGS);
  const byRegion = chance(0.5);
  const names = byRegion ? shuffle(level === '县' ? TOWNS : level === '市' ? COUNTIES : CITIES).slice(0, ri(4, 9)) : ['规模以上企业', '规模以下企业', '社会组织', '个体工商户集聚区'].slice(0, ri(3, 4));
  const items = names.map((n) => { const h1 = ri(0, 60), h2 = ri(0, 60); const m1 = ri(0, 900), m2 = ri(0, 900); const prev = ri(5, 130), mprev = ri(20, 1800); return { n, h1, h2, m1, m2, prev, mprev }; });
  const tot = { n: pick(['合计', level === '县' ? '全县' : level === '市' ? '全市' : '全省']) }; for (const f of ['h1', 'h2', 'm1', 'm2', 'prev', 'mprev']) tot[f] = items.reduce((a, x) => a + x[f], 0);
  const useMem = chance(0.6), usePrev = chance(0.55);
  const gd = pick([1, 1, 2]);
  const sh = Sheet(pick(['半年', '分半年', '新建情况', '表3']));
  const blocks = [{ key: 'h', name: `新建${o.org}数（个）`.replace('（个）', chance(0.5) ? '（个）' : '') }];
  if (useMem) blocks.push({ key: 'm', name: `新发展${o.mem}（人）` });
  const per = usePrev ? 5 : 3;
  const ncol = 1 + blocks.length * per;
  let r = header0(sh, `${YEAR}年${level === '县' ? '全县' : level === '市' ? '全市' : '全省'}${o.org}新建情况（分半年）`, ncol, null, level);
  merge(sh, r, 1, r + 1, 1, byRegion ? '地区' : '类别');
  blocks.forEach((b, i) => {
    const c0 = 2 + i * per; b.c0 = c0;
    merge(sh, r, c0, r, c0 + per - 1, b.name);
    const subs = ['上半年', '下半年', '全年'].concat(usePrev ? [`上年全年`, pick(['比上年增长(%)', '增长（%）', '同比增减%'])] : []);
    subs.forEach((t, j) => lab(sh, r + 1, c0 + j, t));
  });
  r += 2;
  const totTop = chance(0.5);
  const order = totTop ? [tot, ...items] : [...items, tot];
  const ads = new Map();
  const zs = zeroStyle();
  for (const x of order) {
    lab(sh, r, 1, x === tot || !totTop ? x.n : (chance(0.3) ? '  ' : '') + x.n);
    const ad = {};
    for (const b of blocks) {
      const a = b.key === 'h' ? [x.h1, x.h2, x.h1 + x.h2, x.prev] : [x.m1, x.m2, x.m1 + x.m2, x.mprev];
      const ca = [0, 1, 2].map((j) => num(sh, r, b.c0 + j, a[j], 0, { dashZero: zs, asText: chance(0.03) }));
      rel(sh, { type: 'sum', total: ca[2], parts: [ca[0], ca[1]], tol: 0 });
      ad[b.key] = ca;
      if (usePrev) {
        const pa = num(sh, r, b.c0 + 3, a[3], 0);
        ad[b.key + 'p'] = pa;
        const g = round((a[2] / a[3] - 1) * 100, gd);
        const ga = num(sh, r, b.c0 + 4, g, gd);
        rel(sh, { type: 'growth', cell: ga, cur: ca[2], prev: pa, tol: half(gd) });
      }
    }
    ads.set(x, ad); r++;
  }
  for (const b of blocks) for (let j = 0; j < (usePrev ? 4 : 3); j++) {
    const get = (x) => j < 3 ? ads.get(x)[b.key][j] : ads.get(x)[b.key + 'p'];
    rel(sh, { type: 'sum', total: get(tot), parts: items.map(get), tol: 0 });
  }
  const notes = [];
  if (chance(0.5)) notes.push('注：全年数为上半年与下半年之和。');
  addNotes(sh, r, ncol, notes);
  sh.widths = { 1: 16 };
  return sh;
}

// ---------- T4: indicators, this year vs last year ----------
function t4(level) {
  const sh = Sheet(pick(['主要指标', '同比', '与上年比较', '表4']));
  const mkYear = () => {
    const y = {};
    y.tShould = ri(300, 9000); y.tBuilt = y.tShould - ri(0, Math.floor(y.tShould * 0.3)); y.tMem = y.tBuilt * ri(10, 40); y.tFem = ri(Math.floor(y.tMem * 0.3), Math.floor(y.tMem * 0.5)); y.tYoung = ri(Math.floor(y.tMem * 0.2), Math.floor(y.tMem * 0.5));
    y.yShould = ri(100, 4000); y.yBuilt = y.yShould - ri(0, Math.floor(y.yShould * 0.5)); y.yMem = y.yBuilt * ri(3, 25); y.yFem = ri(Math.floor(y.yMem * 0.3), Math.floor(y.yMem * 0.6));
    y.wBuilt = ri(50, 3000); y.wExec = y.wBuilt * ri(3, 9); y.wExecF = ri(Math.floor(y.wExec * 0.6), y.wExec);
    return y;
  };
  const cur = mkYear(), prev = mkYear();
  const d = pick([1, 1, 2]), rd = pick([1, 2]);
  const rows = [
    { n: '应建工会单位数', u: '个', k: 'tShould' }, { n: '已建工会组织数', u: '个', k: 'tBuilt' }, { n: '建会率', u: '%', rate: ['tBuilt', 'tShould'] },
    { n: '工会会员数', u: '人', k: 'tMem' }, { n: '其中：女性会员', u: '人', k: 'tFem', le: 'tMem' }, { n: '　　　35岁以下会员', u: '人', k: 'tYoung', le: 'tMem' },
    { n: '应建团组织单位数', u: '个', k: 'yShould' }, { n: '已建团组织数', u: '个', k: 'yBuilt' }, { n: '建团率', u: '%', rate: ['yBuilt', 'yShould'] },
    { n: '团员人数', u: '人', k: 'yMem' }, { n: '#女团员', u: '人', k: 'yFem', le: 'yMem' },
    { n: '已建妇联组织数', u: '个', k: 'wBuilt' }, { n: '妇联执委人数', u: '人', k: 'wExec' }, { n: '其中：女性执委', u: '人', k: 'wExecF', le: 'wExec' },
  ];
  const sel = rows.filter((x, i) => i < 6 || chance(0.7) && true);
  // keep rate rows only if their parts exist
  const have = new Set(sel.filter((x) => x.k).map((x) => x.k));
  const use = sel.filter((x) => !x.rate || x.rate.every((q) => have.has(q))).filter((x) => !x.le || have.has(x.le));
  const unitCol = chance(VARIANT ? 0.7 : 0.5);
  const pointsCol = chance(0.5); // separate 增减(百分点) column vs in same column
  const yearHead = chance(0.5);
  const hc = ['指标'].concat(unitCol ? ['计量单位'] : []).concat([yearHead ? `${YEAR}年` : '本年', yearHead ? `${YEAR - 1}年` : '上年', pick(['比上年增长(%)', '增长（%）', '增减%'])]).concat(pointsCol ? ['增减（百分点）'] : []);
  const ncol = hc.length;
  let r = header0(sh, `${level === '县' ? '全县' : level === '市' ? '全市' : '全省'}非公企业群团组织建设主要指标`, ncol, null, level);
  hc.forEach((t, i) => lab(sh, r, i + 1, t)); r++;
  const cc = unitCol ? 3 : 2;
  const ad = {};
  for (const x of use) {
    lab(sh, r, 1, unitCol ? x.n : x.n + `（${x.u}）`);
    if (unitCol) lab(sh, r, 2, x.u);
    if (x.rate) {
      const vc = round(cur[x.rate[0]] / cur[x.rate[1]] * 100, rd), vp = round(prev[x.rate[0]] / prev[x.rate[1]] * 100, rd);
      const a1 = num(sh, r, cc, vc, rd), a2 = num(sh, r, cc + 1, vp, rd);
      rel(sh, { type: 'rate', cell: a1, num: ad[x.rate[0]][0], den: ad[x.rate[1]][0], k: 100, tol: half(rd) });
      rel(sh, { type: 'rate', cell: a2, num: ad[x.rate[0]][1], den: ad[x.rate[1]][1], k: 100, tol: half(rd) });
      const dd = round(vc - vp, rd);
      const a3 = num(sh, r, pointsCol ? cc + 3 : cc + 2, dd, rd);
      if (pointsCol) lab(sh, r, cc + 2, '—');
      else if (chance(0.5)) lab(sh, r, 1, unitCol ? x.n + '（增减为百分点）' : x.n + '（%，增减为百分点）');
      rel(sh, { type: 'diff', cell: a3, a: a1, b: a2, tol: half(rd) });
    } else {
      const a1 = num(sh, r, cc, cur[x.k], 0, { thousands: chance(0.3), asText: chance(0.04) }), a2 = num(sh, r, cc + 1, prev[x.k], 0);
      ad[x.k] = [a1, a2];
      const g = round((cur[x.k] / prev[x.k] - 1) * 100, d);
      const a3 = num(sh, r, cc + 2, g, d);
      rel(sh, { type: 'growth', cell: a3, cur: a1, prev: a2, tol: half(d) });
      if (pointsCol) lab(sh, r, cc + 3, '');
      if (x.le) { rel(sh, { type: 'le', part: a1, whole: ad[x.le][0], tol: 0 }); rel(sh, { type: 'le', part: a2, whole: ad[x.le][1], tol: 0 }); }
      if (x.k.endsWith('Built') && ad[x.k.replace('Built', 'Should')]) { const sk = x.k.replace('Built', 'Should'); rel(sh, { type: 'le', part: a1, whole: ad[sk][0], tol: 0 }); rel(sh, { type: 'le', part: a2, whole: ad[sk][1], tol: 0 }); }
    }
    r++;
  }
  const notes = [];
  if (!pointsCol && chance(0.7)) notes.push('注：建会率、建团率的增减为百分点。');
  if (chance(0.3)) notes.push(`${notes.length ? '' : '注：'}${YEAR - 1}年数据已按最终核实数调整。`);
  addNotes(sh, r, ncol, notes);
  sh.widths = { 1: 24 };
  return sh;
}

// ---------- T5: years as rows ----------
function t5(level) {
  const o = pick(ORGS);
  const ny = ri(4, 7); const ys = []; let should = ri(200, 3000), built = Math.floor(should * (0.4 + rnd() * 0.3)), mem = built * ri(10, 30);
  for (let i = 0; i < ny; i++) { ys.push({ y: YEAR - ny + 1 + i, should, built, mem }); should += ri(-20, 300); built = Math.min(should, built + ri(-10, 250)); mem = Math.max(1, mem + ri(-500, 6000)); }
  const permil = chance(VARIANT ? 0.35 : 0.15); const k = permil ? 1000 : 100;
  const rd = pick([1, 2]), gd = pick([1, 2]);
  const sh = Sheet(pick(['历年', '历年情况', `${ys[0].y}-${YEAR}`, '表5']));
  const cols = [{ key: 'should', n: `应建${o.org}单位数（个）` }, { key: 'built', n: `已建${o.org}数（个）` }, { key: 'rate', n: `${o.rateName}（${permil ? '‰' : '%'}）` }, { key: 'mem', n: `${o.mem}数（人）` }, { key: 'g', n: `${o.mem}数增长（%）` }];
  const useBg = chance(0.5); if (useBg) cols.splice(2, 0, { key: 'bg', n: `已建数比上年增加（个）` });
  const ncol = cols.length + 1;
  let r = header0(sh, `${ys[0].y}—${YEAR}年非公企业${o.org}组建情况`, ncol, null, level);
  lab(sh, r, 1, '年份'); cols.forEach((c, i) => { c.c = i + 2; lab(sh, r, c.c, c.n); }); r++;
  let prevAd = null;
  for (const y of ys) {
    lab(sh, r, 1, chance(0.5) ? `${y.y}年` : y.y);
    const ad = {};
    ad.should = num(sh, r, cols.find((c) => c.key === 'should').c, y.should, 0);
    ad.built = num(sh, r, cols.find((c) => c.key === 'built').c, y.built, 0);
    ad.mem = num(sh, r, cols.find((c) => c.key === 'mem').c, y.mem, 0, { thousands: chance(0.3) });
    const rc = cols.find((c) => c.key === 'rate').c; ad.rate = num(sh, r, rc, round(y.built / y.should * k, rd), rd);
    rel(sh, { type: 'rate', cell: ad.rate, num: ad.built, den: ad.should, k, tol: half(rd) });
    rel(sh, { type: 'le', part: ad.built, whole: ad.should, tol: 0 });
    const gc = cols.find((c) => c.key === 'g').c;
    if (prevAd) { const a = num(sh, r, gc, round((y.mem / prevAd.v.mem - 1) * 100, gd), gd); rel(sh, { type: 'growth', cell: a, cur: ad.mem, prev: prevAd.mem, tol: half(gd) }); }
    else lab(sh, r, gc, pick(['—', '-', '']));
    if (useBg) { const bc = cols.find((c) => c.key === 'bg').c; if (prevAd) { const a = num(sh, r, bc, y.built - prevAd.v.built, 0); rel(sh, { type: 'diff', cell: a, a: ad.built, b: prevAd.built, tol: 0 }); } else lab(sh, r, bc, '—'); }
    ad.v = y; prevAd = ad; r++;
  }
  const notes = []; if (chance(0.5)) notes.push(`注：${o.rateName}按${permil ? '千分比' : '百分比'}计算。`);
  addNotes(sh, r, ncol, notes);
  return sh;
}

// ---------- T6: ledger ----------
function t6(level) {
  const sh = Sheet(pick(['台账', '企业台账', '组建台账', '明细']));
  const n = ri(8, 30);
  const towns = shuffle(TOWNS).slice(0, 5);
  const ents = shuffle(ENTS.filter((x) => /^[\u4e00-\u9fa5]+$/.test(x))).slice(0, Math.min(n, 29)).map((nm) => {
    const big = chance(0.4); const staff = big ? ri(100, 2000) : ri(8, 99); const gh = chance(big ? 0.9 : 0.6); const tw = staff >= 25 && chance(0.5); const fl = chance(0.4);
    return { nm: pick(towns).replace(/镇|乡/, '') + nm + pick(ENTSUF), town: pick(towns), big, staff, gh, tw, fl, mem: gh ? ri(Math.floor(staff * 0.6), staff) : 0 };
  });
  const yn = chance(0.8) ? ['是', '否'] : ['√', '×'];
  const heads = ['序号', '企业名称', '所在乡镇', '企业规模', '职工人数（人）', '是否建立工会', '是否建立团组织', '是否建立妇联', '工会会员数（人）'];
  const ncol = heads.length;
  let r = header0(sh, `${YEAR}年非公企业群团组织组建台账`, ncol, null, level);
  heads.forEach((h, i) => lab(sh, r, i + 1, h)); r++;
  const col = { staff: 5, gh: 6, tw: 7, fl: 8, mem: 9 };
  const cells = { staff: [], gh: [], tw: [], fl: [], mem: [], rows: [] };
  ents.forEach((e, i) => {
    num(sh, r, 1, i + 1, 0); lab(sh, r, 2, e.nm); lab(sh, r, 3, e.town); lab(sh, r, 4, e.big ? '规模以上' : '规模以下');
    cells.staff.push(num(sh, r, 5, e.staff, 0));
    for (const f of ['gh', 'tw', 'fl']) { lab(sh, r, col[f], e[f] ? yn[0] : yn[1]); cells[f].push(A(r, col[f])); }
    if (e.gh) { cells.mem.push(num(sh, r, 9, e.mem, 0)); rel(sh, { type: 'le', part: A(r, 9), whole: A(r, 5), tol: 0 }); } else { lab(sh, r, 9, chance(0.5) ? '—' : ''); }
    r++;
  });
  r += chance(0.5) ? 1 : 0;
  // summary block
  const summaryStyle = chance(0.5);
  if (summaryStyle) {
    lab(sh, r, 1, '合计'); sh.merges.push(`${A(r, 1)}:${A(r, 4)}`);
    const aS = num(sh, r, 5, ents.reduce((a, e) => a + e.staff, 0), 0);
    rel(sh, { type: 'sum', total: aS, parts: cells.staff, tol: 0 });
    const cnt = {};
    for (const f of ['gh', 'tw', 'fl']) { cnt[f] = num(sh, r, col[f], ents.filter((e) => e[f]).length, 0); rel(sh, { type: 'countif', cell: cnt[f], range: cells[f], value: yn[0], tol: 0 }); }
    const aM = num(sh, r, 9, ents.reduce((a, e) => a + e.mem, 0), 0); rel(sh, { type: 'sum', total: aM, parts: cells.mem, tol: 0 });
    r++;
  }
  r++;
  lab(sh, r, 1, '汇总'); r++;
  const sh2 = ['企业数（家）', '已建工会（家）', '建会率（%）', '已建团组织（家）', '已建妇联（家）', '职工人数（人）', '会员人数（人）', '入会率（%）'];
  sh2.forEach((h, i) => lab(sh, r, i + 2, h)); r++;
  lab(sh, r, 1, pick(['合计', '小计', '汇总']));
  const nE = num(sh, r, 2, ents.length, 0); rel(sh, { type: 'countrows', cell: nE, range: cells.gh, tol: 0 });
  const nG = num(sh, r, 3, ents.filter((e) => e.gh).length, 0); rel(sh, { type: 'countif', cell: nG, range: cells.gh, value: yn[0], tol: 0 });
  const aR = num(sh, r, 4, round(ents.filter((e) => e.gh).length / ents.length * 100, 1), 1); rel(sh, { type: 'rate', cell: aR, num: nG, den: nE, k: 100, tol: half(1) });
  const nT = num(sh, r, 5, ents.filter((e) => e.tw).length, 0); rel(sh, { type: 'countif', cell: nT, range: cells.tw, value: yn[0], tol: 0 });
  const nF = num(sh, r, 6, ents.filter((e) => e.fl).length, 0); rel(sh, { type: 'countif', cell: nF, range: cells.fl, value: yn[0], tol: 0 });
  const st = ents.reduce((a, e) => a + e.staff, 0), me = ents.reduce((a, e) => a + e.mem, 0);
  const aSt = num(sh, r, 7, st, 0); rel(sh, { type: 'sum', total: aSt, parts: cells.staff, tol: 0 });
  const aMe = num(sh, r, 8, me, 0); rel(sh, { type: 'sum', total: aMe, parts: cells.mem, tol: 0 });
  const aIr = num(sh, r, 9, round(me / st * 100, 1), 1); rel(sh, { type: 'rate', cell: aIr, num: aMe, den: aSt, k: 100, tol: half(1) });
  rel(sh, { type: 'le', part: nG, whole: nE, tol: 0 });
  r++;
  addNotes(sh, r + 1, ncol, chance(0.6) ? [`注：入会率=会员人数÷职工人数×100%；企业规模以${YEAR}年统计年报为准。`] : []);
  sh.widths = { 2: 30 };
  return sh;
}

// ---------- relation evaluation (shared with verify) ----------
const { evalRel } = require('./relcheck.js');

// ---------- plants ----------
function plant(sh) {
  // cells that appear in exactly one relation
  const count = {};
  const cellsOf = (x) => { const out = []; const w = (v) => { if (typeof v === 'string' && /^[A-Z]+\d+$/.test(v)) out.push(v); else if (Array.isArray(v)) v.forEach(w); else if (v && typeof v === 'object') Object.values(v).forEach(w); }; w(x); return out; };
  for (const x of sh.rels) for (const a of new Set(cellsOf(x))) count[a] = (count[a] || 0) + 1;
  const cands = [];
  for (const x of sh.rels) {
    const roles = x.type === 'sum' ? [['total', x.total, 'total'], ...x.parts.map((p) => ['part', p, 'part'])] : x.type === 'le' ? [['part', x.part, 'part>whole']] : x.type === 'rate' ? [['cell', x.cell, 'rate']] : x.type === 'growth' ? [['cell', x.cell, 'growth']] : x.type === 'diff' ? [['cell', x.cell, x.tol ? 'points' : 'diff']] : (x.type === 'countif' || x.type === 'countrows') ? [['cell', x.cell, 'count']] : [];
    for (const [, a, kind] of roles) if (count[a] === 1 && typeof sh.vals[a] === 'number') cands.push({ x, a, kind });
  }
  if (!cands.length) return null;
  // prefer kinds evenly
  const kinds = [...new Set(cands.map((c) => c.kind))];
  const kind = pick(kinds);
  const c = pick(cands.filter((q) => q.kind === kind));
  const was = sh.vals[c.a]; const cell = sh.cells[c.a]; const d = cell.d || 0;
  let now;
  const tol = c.x.tol || 0;
  if (c.kind === 'part>whole') { const w = sh.vals[c.x.whole]; now = w + Math.max(3, Math.ceil(w * (0.03 + rnd() * 0.1))); }
  else if (c.kind === 'rate') { const delta = round(Math.max(tol * 8, 1.2 + rnd() * 6), d) || 1; now = round(was > 50 ? was - delta : was + delta, d); }
  else if (c.kind === 'growth' || c.kind === 'points') { const delta = round(Math.max(tol * 8, 1.5 + rnd() * 8), d); now = round(was + (chance(0.5) ? delta : -delta), d); }
  else { const delta = Math.max(3, Math.ceil(Math.abs(was) * (0.04 + rnd() * 0.15)), Math.ceil(tol * 6)); now = round(was + (chance(0.5) || was < delta + 1 ? delta : -delta), d); }
  sh.vals[c.a] = now;
  if (cell.isText) cell.v = d ? now.toFixed(d) : String(now); else cell.v = now;
  if (cell.opt && cell.opt.dashZero && now !== 0) { cell.v = now; cell.fmt = d ? '0.' + '0'.repeat(d) : undefined; }
  return { sheet: sh.name, cell: c.a, was, now, kind: c.kind === 'part>whole' ? 'part' : c.kind, rel: c.x };
}

// ---------- write ----------
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, cell] of Object.entries(sh.cells)) {
      const x = ws.getCell(a); x.value = cell.v;
      if (cell.fmt) x.numFmt = cell.fmt;
      if (cell.indent) x.alignment = { indent: cell.indent };
      if (cell.title) { x.font = { bold: true, size: 14 }; x.alignment = { horizontal: 'center' }; }
    }
    for (const m of sh.merges) { try { ws.mergeCells(m); } catch (e) { /* overlapping */ } }
    for (const [c, w] of Object.entries(sh.widths || {})) ws.getColumn(+c).width = w;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  const manifest = [];
  const gens = [t1, t2, t3, t4, t5, t6];
  for (let i = 0; i < N; i++) {
    const level = pick(['县', '市', '省']);
    const ns = ri(1, 4);
    const types = [];
    for (let j = 0; j < ns; j++) types.push(j === 0 ? pick([t1, t1, t2, t3, t4, t5, t6]) : pick(gens));
    const sheets = []; const used = new Set();
    for (const t of types) { const sh = t(level); let nm = sh.name, q = 2; while (used.has(nm)) nm = sh.name + q++; sh.name = nm; used.add(nm); sheets.push(sh); }
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${level}${pick(['工会组建', '群团组建', '非公党建群团', '组建统计'])}.xlsx`;
    const plants = [];
    if (i % 2 === 1 && rnd() < PF * 2 - 0.0001 || (PF >= 0.5 && i % 2 === 1)) {
      for (const sh of shuffle(sheets)) { const p = plant(sh); if (p) { plants.push(p); break; } }
    }
    await writeBook(path.join(OUT, file), sheets);
    fs.writeFileSync(path.join(RELDIR, file + '.json'), JSON.stringify(sheets.map((sh) => ({ sheet: sh.name, relations: sh.rels })), null, 0));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${N} books, ${manifest.filter((m) => m.plants.length).length} planted`);
})();
