// Generator: clean education & health statistics workbooks + planted copies.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round25-edu';

let seed = 12345;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];
const chance = p => rnd() < p;
// round half up to d decimals, robust against binary fractions
function rd(x, d = 1) { const f = Math.pow(10, d); return Math.round((x * f) + 1e-9 * Math.sign(x)) / f; }
const sum = a => a.reduce((s, v) => s + v, 0);

const COUNTIES = [
  ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'],
  ['莲湖区', '新城区', '碑林区', '雁塔区', '灞桥区', '未央区', '阎良区', '临潼区', '长安区'],
  ['丰泽区', '鲤城区', '洛江区', '泉港区', '石狮市', '晋江市', '南安市', '惠安县', '安溪县', '永春县', '德化县'],
  ['宣州区', '郎溪县', '广德市', '泾县', '绩溪县', '旌德县', '宁国市'],
  ['东湖镇', '城南街道', '城北街道', '青山镇', '白沙镇', '石门乡', '龙泉乡'],
  ['华容区', '梁子湖区', '鄂城区'],
];
const TOTAL_NAMES = ['合计', '全市', '全县', '总计', '全区', '全市合计'];

// ---- sheet model: grid of values, merges, numFmts, candidates for planting
class Sheet {
  constructor(name) { this.name = name; this.rows = []; this.merges = []; this.fmt = {}; this.cand = []; this.textNums = new Set(); }
  add(row) { this.rows.push(row); return this.rows.length - 1; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  f1(r, c, d = 1) { this.fmt[r + ',' + c] = d === 2 ? '0.00' : '0.0'; }
  c(r, c, kind, extra = {}) { this.cand.push(Object.assign({ r, c, kind }, extra)); }
  insertBlankCol(k) {
    this.rows = this.rows.map(row => { const r = row.slice(); while (r.length < k) r.push(null); r.splice(k, 0, null); return r; });
    this.merges = this.merges.map(([r1, c1, r2, c2]) => [r1, c1 >= k ? c1 + 1 : c1, r2, c2 >= k ? c2 + 1 : c2]);
    const f = {}; for (const [key, v] of Object.entries(this.fmt)) { let [r, c] = key.split(',').map(Number); if (c >= k) c++; f[r + ',' + c] = v; } this.fmt = f;
    this.cand.forEach(x => { if (x.c >= k) x.c++; });
    this.textNums = new Set([...this.textNums].map(key => { let [r, c] = key.split(',').map(Number); if (c >= k) c++; return r + ',' + c; }));
  }
}
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function addr(r, c) { return colL(c) + (r + 1); }
function fmtNum(v, d) { return d ? v.toFixed(d) : String(v); }

// decorate with title / unit / filer lines (rows at top), returns number of rows added
function topLines(s, title, unitText, ncol, o = {}) {
  const r0 = s.add([title]); if (chance(0.7)) s.merge(r0, 0, r0, ncol - 1);
  if (o.filer) { s.add(['填报单位：' + o.filer, ...Array(Math.max(0, ncol - 2)).fill(null), unitText]); }
  else if (unitText) {
    if (chance(0.5)) { const row = Array(ncol).fill(null); row[ncol - 1] = unitText; s.add(row); } else s.add([unitText]);
  }
}
function notes(s, list) { s.add([]); for (const n of list) s.add([n]); }

// ========== 1. 各级各类学校基本情况 ==========
function schoolsBasic(o = {}) {
  const s = new Sheet(o.sheet || '学校基本情况');
  const levels = [
    ['幼儿园', [40, 160], [150, 300], 13], ['小学', [25, 90], [350, 900], 16.5], ['初中', [10, 35], [700, 1500], 12.8],
    ['普通高中', [3, 9], [1500, 3200], 13.5], ['中等职业学校', [1, 4], [800, 2500], 18.4], ['特殊教育学校', [1, 1], [60, 160], 4.2],
  ].filter(l => !(o.noSpecial && l[0] === '特殊教育学校'));
  const rows = levels.map(([name, sr, per, ratio]) => {
    const schools = ri(...sr); const students = schools * ri(...per);
    const teachers = Math.round(students / (ratio * (0.85 + rnd() * 0.3)));
    const enroll = Math.round(students / (name === '小学' ? 6 : name === '幼儿园' ? 3 : 3) * (0.9 + rnd() * 0.2));
    const grads = Math.round(students / (name === '小学' ? 6 : 3) * (0.85 + rnd() * 0.2));
    return { name, schools, enroll, students, grads, teachers };
  });
  // 其中 rows: 民办 for 幼儿园
  const priv = { name: '  其中：民办', schools: Math.round(rows[0].schools * 0.4), ofWhich: 0 };
  priv.students = Math.round(rows[0].students * 0.38); priv.teachers = Math.round(rows[0].teachers * 0.41);
  priv.enroll = Math.round(rows[0].enroll * 0.39); priv.grads = Math.round(rows[0].grads * 0.37);
  const tot = { name: o.totalName || '合计' };
  for (const k of ['schools', 'enroll', 'students', 'grads', 'teachers']) tot[k] = sum(rows.map(r => r[k]));
  const ratioText = o.ratioText; // '15.2:1'
  const cols = [['学校数', '（所）'], ['招生数', '（人）'], ['在校学生数', '（人）'], ['毕业生数', '（人）'], ['专任教师数', '（人）'], ['生师比', ratioText ? '（教师=1）' : '（教师=1）']];
  const keys = ['schools', 'enroll', 'students', 'grads', 'teachers'];
  const ncol = cols.length + 1;
  topLines(s, o.title || '各级各类学校基本情况', o.filer ? '单位：所、人' : (chance(0.5) ? '单位：所、人' : null), ncol, o);
  let dataStart;
  if (o.twoRow) {
    const h1 = s.add(['学校类别', ...cols.map(c => c[0])]); s.add([null, ...cols.map(c => c[1])]);
    s.merge(h1, 0, h1 + 1, 0);
  } else s.add(['项目', ...cols.map(c => c[0] + c[1])]);
  const emit = (r, isTot) => {
    const ratio = rd(r.students / r.teachers, 1);
    const ri_ = s.add([r.name, ...keys.map(k => r[k]), ratioText ? ratio.toFixed(1) + ':1' : ratio]);
    if (!ratioText) s.f1(ri_, 6);
    return ri_;
  };
  const totalTop = o.totalTop !== false;
  const idx = {};
  if (totalTop) idx.tot = emit(tot, true);
  rows.forEach((r, i) => { idx[r.name] = emit(r); if (i === 0 && o.withPriv) idx.priv = emit(priv); });
  if (!totalTop) idx.tot = emit(tot, true);
  // candidates
  s.c(idx.tot, 3, 'total', { what: 'total 在校学生数 off' });
  s.c(idx['小学'], 5, 'digit', { what: 'digit transposition in 小学 专任教师数' });
  s.c(idx['初中'], 6, 'rate', { what: '生师比 recomputed wrong', text: !!ratioText });
  if (o.withPriv) s.c(idx.priv, 3, 'part', { what: '其中：民办 在校生 larger than 幼儿园', whole: rows[0].students });
  if (o.notes !== false) notes(s, ['注：生师比=在校学生数/专任教师数。' + (o.noSpecial ? '' : '特殊教育学校含附设特教班。'), chance(0.5) ? '资料来源：县教育局。' : '']);
  return s;
}

// ========== 2. 两年对比（指标为行） ==========
function eduTwoYears(o = {}) {
  const s = new Sheet(o.sheet || '教育发展对比');
  const y1 = o.year || 2023, y0 = y1 - 1;
  const mk = (base) => { const a = base; const b = Math.round(a * (0.93 + rnd() * 0.14)); return [a, b]; };
  const prim = mk(ri(20000, 60000)), mid = mk(ri(10000, 30000)), high = mk(ri(5000, 15000)), voc = mk(ri(2000, 8000));
  const stud = [0, 1].map(i => prim[i] + mid[i] + high[i] + voc[i]);
  const tPrim = [Math.round(prim[0] / 16.8), Math.round(prim[1] / 16.3)], tMid = [Math.round(mid[0] / 12.9), Math.round(mid[1] / 12.6)];
  const tOther = [Math.round((high[0] + voc[0]) / 13.7), Math.round((high[1] + voc[1]) / 13.9)];
  const teach = [0, 1].map(i => tPrim[i] + tMid[i] + tOther[i]);
  const schools = [ri(90, 160), 0]; schools[1] = schools[0] - ri(0, 8);
  const g = (a, b) => rd((b - a) / a * 100, 1);
  const growthHead = pick(['增长（%）', '比上年增长（%）', '增减（%）', '增长%']);
  topLines(s, o.title || `${y1}年教育事业发展主要指标`, null, 5);
  s.add(['指标', '单位', `${y0}年`, `${y1}年`, growthHead]);
  const L = (name, unit, pair, dec) => {
    const r = s.add([name, unit, pair[0], pair[1], g(pair[0], pair[1])]); s.f1(r, 4); if (dec) { s.f1(r, 2); s.f1(r, 3); } return r;
  };
  const rS = L('学校数', '所', schools);
  const rStu = L('在校学生数', '人', stud);
  const rP = L('  其中：小学', '人', prim); L('        初中', '人', mid); L('        普通高中', '人', high); L('        中等职业学校', '人', voc);
  const rT = L('专任教师数', '人', teach);
  const ratio = [rd(stud[0] / teach[0]), rd(stud[1] / teach[1])];
  const rr = s.add(['生师比', '教师=1', ratio[0], ratio[1], o.ratioGrowth === 'pp' ? rd(ratio[1] - ratio[0]) : (o.ratioGrowth === 'dash' ? '—' : g(ratio[0], ratio[1]))]);
  s.f1(rr, 2); s.f1(rr, 3); s.f1(rr, 4);
  // rates
  const up0 = rd(94 + rnd() * 5), up1 = rd(94 + rnd() * 5);
  const rUp = s.add(['初中毕业生升学率', '%', up0, up1, o.ratioGrowth === 'dash' ? '—' : rd(up1 - up0)]); s.f1(rUp, 2); s.f1(rUp, 3); s.f1(rUp, 4);
  const c0 = rd(96 + rnd() * 3.5), c1 = rd(96 + rnd() * 3.5);
  const rC = s.add(['九年义务教育巩固率', '%', c0, c1, o.ratioGrowth === 'dash' ? '—' : rd(c1 - c0)]); s.f1(rC, 2); s.f1(rC, 3); s.f1(rC, 4);
  s.c(rStu, 3, 'total', { what: `在校学生数 ${y1} total off` });
  s.c(rP, 4, 'rate', { what: '小学 growth % wrong' });
  s.c(rT, 2, 'digit', { what: `专任教师数 ${y0} digit transposition` });
  notes(s, [o.ratioGrowth === 'pp' ? '注：生师比、升学率、巩固率的增长栏为增减百分点（或增减数）。' : '注：升学率、巩固率增长栏为增减百分点。']);
  return s;
}

// ========== 3. 卫生机构、床位、人员（分县区） ==========
function healthByCounty(o = {}) {
  const s = new Sheet(o.sheet || '卫生机构床位人员');
  const names = o.counties || pick(COUNTIES);
  const data = names.map(n => {
    const pop = ri(80000, 1200000); // hidden population
    const hosp = ri(2, 18), thc = ri(3, 22), other = ri(20, 300);
    const inst = hosp + thc + other;
    const beds = Math.round(pop * (4 + rnd() * 4) / 1000);
    const hospBeds = Math.round(beds * (0.65 + rnd() * 0.2));
    const tech = Math.round(pop * (5 + rnd() * 5) / 1000);
    const doc = Math.round(tech * (0.36 + rnd() * 0.06)), nurse = Math.round(tech * (0.40 + rnd() * 0.07));
    return { n, pop, inst, hosp, thc, beds, hospBeds, tech, doc, nurse };
  });
  const T = { n: o.totalName || pick(TOTAL_NAMES) };
  for (const k of ['pop', 'inst', 'hosp', 'thc', 'beds', 'hospBeds', 'tech', 'doc', 'nurse']) T[k] = sum(data.map(d => d[k]));
  const ncol = 12;
  topLines(s, o.title || '各县（区）卫生机构、床位、人员情况', o.filer ? '' : null, ncol, o);
  const h1 = s.add(['地区', '医疗卫生机构数（个）', null, null, '床位数（张）', null, '卫生技术人员（人）', null, null, '每千人口床位数（张）', '每千人口卫生技术人员（人）', '每千人口执业（助理）医师（人）']);
  s.add([null, '合计', '其中：医院', '卫生院', '合计', '其中：医院', '合计', '其中：执业（助理）医师', '注册护士', null, null, null]);
  s.merge(h1, 0, h1 + 1, 0); s.merge(h1, 1, h1, 3); s.merge(h1, 4, h1, 5); s.merge(h1, 6, h1, 8);
  s.merge(h1, 9, h1 + 1, 9); s.merge(h1, 10, h1 + 1, 10); s.merge(h1, 11, h1 + 1, 11);
  const emit = d => {
    const r = s.add([d.n, d.inst, d.hosp, d.thc, d.beds, d.hospBeds, d.tech, d.doc, d.nurse,
      rd(d.beds / d.pop * 1000, 2), rd(d.tech / d.pop * 1000, 2), rd(d.doc / d.pop * 1000, 2)]);
    s.f1(r, 9, 2); s.f1(r, 10, 2); s.f1(r, 11, 2); return r;
  };
  const idx = {};
  if (o.totalTop !== false) idx.T = emit(T);
  data.forEach((d, i) => idx[i] = emit(d));
  if (o.totalTop === false) idx.T = emit(T);
  s.c(idx.T, 4, 'total', { what: '合计 床位数 off' });
  s.c(idx[1], 7, 'part', { what: '执业（助理）医师 larger than 卫生技术人员', whole: data[1].tech });
  s.c(idx[2], 9, 'rate', { what: '每千人口床位数 wrong' });
  s.c(idx[0], 6, 'digit', { what: 'digit transposition in 卫生技术人员' });
  notes(s, ['注：每千人口指标按常住人口计算。', '医疗卫生机构数合计含村卫生室、门诊部、诊所等。']);
  return s;
}

// ========== 4. 转置：指标为行、年份为列 ==========
function healthTransposed(o = {}) {
  const s = new Sheet(o.sheet || '卫生事业主要指标');
  const years = o.years || [2019, 2020, 2021, 2022, 2023];
  let pop = ri(300000, 1500000);
  const Y = years.map((y, i) => {
    pop = Math.round(pop * (0.995 + rnd() * 0.012));
    const hosp = ri(8, 30), thc = ri(10, 25), other = ri(150, 700);
    const beds = Math.round(pop * (5 + i * 0.25 + rnd() * 0.5) / 1000);
    const tech = Math.round(pop * (6 + i * 0.3 + rnd() * 0.5) / 1000);
    const doc = Math.round(tech * 0.38), nurse = Math.round(tech * 0.44);
    const visits = rd(pop * (4 + rnd() * 2) / 10000, 1);
    return { pop, inst: hosp + thc + other, hosp, thc, beds, tech, doc, nurse, use: rd(70 + rnd() * 22), stay: rd(7 + rnd() * 3), visits };
  });
  const withUnitCol = o.unitCol !== false;
  const ncol = years.length + (withUnitCol ? 2 : 1);
  topLines(s, o.title || '卫生事业发展主要指标', withUnitCol ? null : '', ncol);
  s.add(['指标', ...(withUnitCol ? ['单位'] : []), ...years.map(y => o.yearNum ? y : y + '年')]);
  const line = (name, unit, k, dec) => {
    const r = s.add([withUnitCol ? name : `${name}（${unit}）`, ...(withUnitCol ? [unit] : []), ...Y.map(y => typeof k === 'function' ? k(y) : y[k])]);
    if (dec) years.forEach((_, j) => s.f1(r, j + (withUnitCol ? 2 : 1), dec));
    return r;
  };
  const rI = line('医疗卫生机构数', '个', 'inst');
  line('  其中：医院', '个', 'hosp'); line('        乡镇卫生院', '个', 'thc');
  const rB = line('床位数', '张', 'beds');
  const rT = line('卫生技术人员', '人', 'tech');
  const rD = line('  其中：执业（助理）医师', '人', 'doc'); line('        注册护士', '人', 'nurse');
  const rPB = line('每千人口床位数', '张', y => rd(y.beds / y.pop * 1000, 2), 2);
  line('每千人口卫生技术人员', '人', y => rd(y.tech / y.pop * 1000, 2), 2);
  line('诊疗人次', '万人次', 'visits', 1);
  line('病床使用率', '%', 'use', 1);
  line('平均住院日', '天', 'stay', 1);
  const off = withUnitCol ? 2 : 1;
  s.c(rD, off + 3, 'part', { what: '执业（助理）医师 larger than 卫生技术人员', whole: Y[3].tech });
  s.c(rPB, off + 4, 'rate', { what: '每千人口床位数 wrong' });
  s.c(rT, off + 2, 'digit', { what: '卫生技术人员 digit transposition' });
  notes(s, ['注：2020年起医疗卫生机构数含村卫生室。']);
  return s;
}

// ========== 5. 医疗卫生机构 层级（嵌套其中）+两年 ==========
function healthHierarchy(o = {}) {
  const s = new Sheet(o.sheet || '医疗卫生机构');
  const mk = (lo, hi) => { const a = ri(lo, hi); return [a, Math.max(0, a + ri(-Math.ceil(a * 0.05), Math.ceil(a * 0.06)))]; };
  const pubHosp = mk(5, 12), privHosp = mk(3, 15);
  const hosp = [0, 1].map(i => pubHosp[i] + privHosp[i]);
  const thc = mk(10, 25), chc = mk(2, 12), village = mk(150, 400), clinic = mk(30, 120);
  const basic = [0, 1].map(i => thc[i] + chc[i] + village[i] + clinic[i]);
  const cdc = [1, 1], mch = [1, 1], otherPub = mk(1, 4);
  const pubh = [0, 1].map(i => cdc[i] + mch[i] + otherPub[i]);
  const oth = mk(0, 5);
  const tot = [0, 1].map(i => hosp[i] + basic[i] + pubh[i] + oth[i]);
  const y1 = o.year || 2023;
  const g = (a, b) => a === 0 ? '—' : rd((b - a) / a * 100, 1);
  topLines(s, o.title || '医疗卫生机构数', '单位：个', 4);
  s.add(['项目', `${y1 - 1}年`, `${y1}年`, '增长（%）']);
  const L = (n, p) => { const r = s.add([n, p[0], p[1], g(p[0], p[1])]); s.f1(r, 3); return r; };
  const rTot = L('医疗卫生机构总数', tot);
  const rH = L('一、医院', hosp); L('    其中：公立医院', pubHosp); L('          民营医院', privHosp);
  const rB = L('二、基层医疗卫生机构', basic); L('    其中：乡镇卫生院', thc); L('          社区卫生服务中心（站）', chc); const rV = L('          村卫生室', village); L('          门诊部、诊所', clinic);
  L('三、专业公共卫生机构', pubh); L('    其中：疾病预防控制中心', cdc); L('          妇幼保健院（所、站）', mch);
  L('四、其他机构', oth);
  s.c(rTot, 2, 'total', { what: '机构总数 off' });
  s.c(rV, 2, 'part', { what: '村卫生室 larger than 基层医疗卫生机构', whole: basic[1] });
  s.c(rH, 3, 'rate', { what: '医院 growth wrong' });
  return s;
}

// ========== 6. 升学率 by county (counts + rates, total row rate from totals) ==========
function gradRates(o = {}) {
  const s = new Sheet(o.sheet || '初中毕业生升学');
  const names = o.counties || pick(COUNTIES);
  const d = names.map(n => { const g = ri(800, 6000); const up = Math.round(g * (0.9 + rnd() * 0.09)); const hs = Math.round(up * (0.55 + rnd() * 0.1)); return { n, g, up, hs }; });
  const T = { n: o.totalName || pick(TOTAL_NAMES), g: sum(d.map(x => x.g)), up: sum(d.map(x => x.up)), hs: sum(d.map(x => x.hs)) };
  topLines(s, o.title || '初中毕业生升学情况', '单位：人、%', 6);
  s.add(['县（区）', '初中毕业生数', '升入高中阶段人数', '其中：普通高中', '升学率（%）', '普通高中升学率（%）']);
  const emit = x => { const r = s.add([x.n, x.g, x.up, x.hs, rd(x.up / x.g * 100), rd(x.hs / x.g * 100)]); s.f1(r, 4); s.f1(r, 5); return r; };
  const idx = {};
  if (o.totalTop) idx.T = emit(T);
  d.forEach((x, i) => idx[i] = emit(x));
  if (!o.totalTop) idx.T = emit(T);
  s.c(idx.T, 4, 'rate', { what: '合计 升学率 = average instead of from totals' , avg: rd(sum(d.map(x => x.up / x.g * 100)) / d.length) });
  s.c(idx[1], 3, 'part', { what: '普通高中 larger than 升入高中阶段', whole: d[1].up });
  s.c(idx[2], 1, 'digit', { what: '毕业生数 digit transposition' });
  notes(s, ['注：升学率=升入高中阶段人数/初中毕业生数×100%。']);
  return s;
}

// ========== 7. 入学率/毛入学率 (can exceed 100) by county, rates only ==========
function enrolRates(o = {}) {
  const s = new Sheet(o.sheet || '入学率');
  const names = o.counties || pick(COUNTIES);
  topLines(s, o.title || '各县区主要教育指标', '单位：%', 6);
  s.add(['地区', '学前三年毛入园率', '小学学龄儿童入学率', '初中阶段毛入学率', '九年义务教育巩固率', '高中阶段毛入学率']);
  const rows = names.map(n => [n, rd(88 + rnd() * 12), rd(99.5 + rnd() * 0.5), rd(98 + rnd() * 9), rd(96 + rnd() * 4), rd(90 + rnd() * 15)]);
  // total: population-weighted, hidden
  const w = names.map(() => ri(1, 10));
  const tot = [o.totalName || '全市'];
  for (let j = 1; j <= 5; j++) tot.push(rd(sum(rows.map((r, i) => r[j] * w[i])) / sum(w)));
  const rT = s.add(tot); for (let j = 1; j <= 5; j++) s.f1(rT, j);
  rows.forEach(r => { const x = s.add(r); for (let j = 1; j <= 5; j++) s.f1(x, j); });
  notes(s, ['注：毛入学率=某阶段在校生数/该阶段学龄人口数×100%，可超过100%。']);
  return s;
}

// ========== 8. 城乡分 columns (parts summing to 合计 column) by level ==========
function urbanRural(o = {}) {
  const s = new Sheet(o.sheet || '城乡分布');
  const levels = ['幼儿园', '小学', '初中', '普通高中'];
  topLines(s, o.title || '各级学校在校学生数城乡分布', '单位：人', 6);
  const h = s.add(['学校类别', '合计', '城区', '镇区', '乡村', '乡村占比（%）']);
  const data = levels.map(n => { const c = ri(2000, 20000), t = ri(2000, 15000), v = n === '普通高中' ? 0 : ri(500, 9000); return [n, c + t + v, c, t, v]; });
  const T = ['总计', ...[1, 2, 3, 4].map(j => sum(data.map(r => r[j])))];
  const emit = r => { const x = s.add([...r, rd(r[4] / r[1] * 100)]); s.f1(x, 5); return x; };
  const rT = emit(T); const idx = data.map(emit);
  s.c(idx[1], 1, 'total', { what: '小学 合计 column off (row parts)' });
  s.c(rT, 5, 'rate', { what: '总计 乡村占比 wrong' });
  s.c(idx[0], 2, 'digit', { what: '幼儿园 城区 digit transposition' });
  return s;
}

// ========== 9. 诊疗人次（万人次）by county, independent rounding of total ==========
function visits(o = {}) {
  const s = new Sheet(o.sheet || '诊疗人次');
  const names = o.counties || pick(COUNTIES);
  const raw = names.map(n => { const v = ri(200000, 3000000); const dis = ri(8000, 90000); return { n, v, dis, days: dis * (7 + rnd() * 3), bedDays: 0 }; });
  raw.forEach(x => { x.beds = Math.round(x.days / 365 / (0.7 + rnd() * 0.2)); });
  const T = { n: o.totalName || '全市' }; for (const k of ['v', 'dis', 'days', 'beds']) T[k] = sum(raw.map(x => x[k]));
  topLines(s, o.title || '医疗机构诊疗服务情况', null, 6);
  s.add(['地区', '诊疗人次（万人次）', '出院人数（人）', '实际占用总床日数（日）', '病床使用率（%）', '出院者平均住院日（天）']);
  const emit = x => { const days = Math.round(x.days); const r = s.add([x.n, rd(x.v / 10000, 1), x.dis, days, rd(days / (x.beds * 365) * 100, 1), rd(days / x.dis, 1)]); s.f1(r, 1); s.f1(r, 4); s.f1(r, 5); return r; };
  raw.forEach(x => x.days = Math.round(x.days)); T.days = sum(raw.map(x => x.days));
  const rT = emit(T); const idx = raw.map(emit);
  s.c(rT, 2, 'total', { what: '全市 出院人数 off' });
  s.c(idx[0], 5, 'rate', { what: '平均住院日 wrong' });
  notes(s, ['注：诊疗人次合计按未修约数计算。病床使用率=实际占用总床日数/实际开放总床日数×100%。']);
  return s;
}

// ========== 10. 教师 by level, 其中：女, 学历合格率, 构成(%) ==========
function teachers(o = {}) {
  const s = new Sheet(o.sheet || '专任教师');
  const levels = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校'];
  topLines(s, o.title || '专任教师情况', '单位：人、%', 6);
  const h = s.add(['学校类别', '专任教师数', '其中：女', '女教师比重（%）', '学历合格率（%）', '构成（%）']);
  const d = levels.map(n => { const t = ri(300, 4000); const f = Math.round(t * (n === '幼儿园' ? 0.97 : 0.55 + rnd() * 0.25)); const q = Math.round(t * (0.985 + rnd() * 0.015)); return { n, t, f, q }; });
  const T = { n: '合计', t: sum(d.map(x => x.t)), f: sum(d.map(x => x.f)), q: sum(d.map(x => x.q)) };
  // shares rounded and forced to 100.0 for total as published
  const emit = x => { const r = s.add([x.n, x.t, x.f, rd(x.f / x.t * 100), rd(x.q / x.t * 100), rd(x.t / T.t * 100)]); [3, 4, 5].forEach(j => s.f1(r, j)); return r; };
  const rT = emit(T); const idx = d.map(emit);
  s.c(rT, 1, 'total', { what: '合计 专任教师数 off' });
  s.c(idx[2], 2, 'part', { what: '其中：女 larger than 专任教师数', whole: d[2].t });
  s.c(idx[3], 3, 'rate', { what: '女教师比重 wrong' });
  return s;
}

// ========== 11. 学校数 by county with 其中 breakdown rows (county rows + 其中 lines) ==========
function schoolsByCountyOfWhich(o = {}) {
  const s = new Sheet(o.sheet || '分县区学校');
  const names = (o.counties || pick(COUNTIES)).slice(0, 6);
  topLines(s, o.title || '各县区中小学校数及在校学生数', '单位：所、人', 5);
  const h1 = s.add(['地区', '小学', null, '初中', null]); s.add([null, '学校数', '在校学生数', '学校数', '在校学生数']);
  s.merge(h1, 0, h1 + 1, 0); s.merge(h1, 1, h1, 2); s.merge(h1, 3, h1, 4);
  const d = names.map(n => { const ps = ri(8, 40), ms = ri(3, 15); return { n, ps, pst: ps * ri(300, 900), ms, mst: ms * ri(600, 1400) }; });
  const T = { n: '全市' }; for (const k of ['ps', 'pst', 'ms', 'mst']) T[k] = sum(d.map(x => x[k]));
  const rT = s.add([T.n, T.ps, T.pst, T.ms, T.mst]);
  const rural = { ps: Math.round(T.ps * 0.6), pst: Math.round(T.pst * 0.42), ms: Math.round(T.ms * 0.5), mst: Math.round(T.mst * 0.35) };
  const rR = s.add(['  其中：农村', rural.ps, rural.pst, rural.ms, rural.mst]);
  const idx = d.map(x => s.add([x.n, x.ps, x.pst, x.ms, x.mst]));
  s.c(rT, 2, 'total', { what: '全市 小学在校学生数 off' });
  s.c(idx[idx.length - 1], 4, 'digit', { what: '初中在校学生数 digit transposition' });
  s.c(rR, 1, 'part', { what: '其中：农村 学校数 larger than 全市', whole: T.ps });
  return s;
}


// ========== 12. 卫生技术人员 with # nested column ==========
function healthStaffNested(o = {}) {
  const s = new Sheet(o.sheet || '卫生技术人员');
  const names = o.counties || pick(COUNTIES);
  const mark = o.mark || pick(['#', '其中：', '']);
  topLines(s, o.title || '各县（区）卫生技术人员数', '单位：人', 8);
  const h1 = s.add(['地区', '卫生技术人员', null, null, null, null, null, null]);
  s.add([null, '合计', '执业（助理）医师', mark + '执业医师', '注册护士', '药师（士）', '技师（士）', '其他']);
  s.merge(h1, 0, h1 + 1, 0); s.merge(h1, 1, h1, 7);
  const d = names.map(n => { const doc = ri(300, 3000); const phy = Math.round(doc * (0.75 + rnd() * 0.15)); const nur = Math.round(doc * (1.0 + rnd() * 0.4)); const ph = Math.round(doc * 0.12), te = Math.round(doc * 0.13), ot = Math.round(doc * 0.2); return [n, doc + nur + ph + te + ot, doc, phy, nur, ph, te, ot]; });
  const T = [o.totalName || '全市', ...[1, 2, 3, 4, 5, 6, 7].map(j => sum(d.map(r => r[j])))];
  const rT = s.add(T); const idx = d.map(r => s.add(r));
  s.c(rT, 4, 'total', { what: '全市 注册护士 off' });
  s.c(idx[1], 3, 'part', { what: '执业医师 larger than 执业（助理）医师', whole: d[1][2] });
  s.c(idx[2], 1, 'digit', { what: '卫生技术人员合计 digit transposition' });
  notes(s, ['注：' + (mark === '#' ? '#表示其中数。' : '执业医师包含在执业（助理）医师中。')]);
  return s;
}

// ========== 13. 两种分组：按城乡、按举办者 ==========
function twoGroupings(o = {}) {
  const s = new Sheet(o.sheet || '幼儿园分类');
  topLines(s, o.title || '幼儿园基本情况', '单位：所、人', 5);
  s.add(['项目', '园数', '在园幼儿数', '专任教师数', '生师比']);
  const g1 = ['城区', '镇区', '乡村'].map(n => { const k = ri(10, 60); const st = k * ri(120, 260); return [n, k, st, Math.round(st / (12 + rnd() * 4))]; });
  const T = ['总计', ...[1, 2, 3].map(j => sum(g1.map(r => r[j])))];
  // split by 举办者 with same totals
  const pubK = Math.round(T[1] * 0.55), pubS = Math.round(T[2] * 0.62), pubT = Math.round(T[3] * 0.6);
  const g2 = [['公办', pubK, pubS, pubT], ['民办', T[1] - pubK, T[2] - pubS, T[3] - pubT]];
  const emit = (r) => { const x = s.add([...r, rd(r[2] / r[3])]); s.f1(x, 4); return x; };
  const rT = emit(T);
  s.add([o.h1 || '按城乡分']); const i1 = g1.map(emit);
  s.add([o.h2 || '按举办者分']); const i2 = g2.map(emit);
  s.c(rT, 2, 'total', { what: '总计 在园幼儿数 off' });
  s.c(i2[1], 1, 'digit', { what: '民办 园数 digit transposition' });
  s.c(i1[0], 4, 'rate', { what: '城区 生师比 wrong' });
  return s;
}

// ========== 14. 小计分组 ==========
function subtotals(o = {}) {
  const s = new Sheet(o.sheet || '分区域学校');
  const A = ['城关镇', '东关街道', '西关街道'], B = ['青石乡', '河口镇', '柳林乡', '白水镇'];
  topLines(s, o.title || '各乡镇（街道）中小学情况', '单位：所、人', 5);
  s.add(['乡镇（街道）', '学校数', '在校学生数', '专任教师数', '生师比']);
  const mk = n => { const k = ri(2, 12); const st = k * ri(200, 900); return [n, k, st, Math.round(st / (11 + rnd() * 6))]; };
  const a = A.map(mk), b = B.map(mk);
  const sub = (n, g) => [n, ...[1, 2, 3].map(j => sum(g.map(r => r[j])))];
  const sa = sub('城区小计', a), sb = sub('农村小计', b);
  const T = ['全县合计', ...[1, 2, 3].map(j => sa[j] + sb[j])];
  const emit = r => { const x = s.add([...r, rd(r[2] / r[3])]); s.f1(x, 4); return x; };
  const rT = emit(T); const rsa = emit(sa); a.forEach(emit); const rsb = emit(sb); const ib = b.map(emit);
  s.c(rT, 3, 'total', { what: '全县合计 专任教师 off' });
  s.c(rsb, 2, 'total', { what: '农村小计 在校学生 off' });
  s.c(ib[2], 2, 'digit', { what: '柳林乡 在校生 digit transposition' });
  return s;
}

// ========== 15. 转置 + 年均增长 ==========
function transposedCAGR(o = {}) {
  const s = new Sheet(o.sheet || '五年变化');
  const ys = [2018, 2019, 2020, 2021, 2022, 2023];
  topLines(s, o.title || '“十三五”以来教育卫生主要指标', null, ys.length + 3);
  s.add(['指标', ...ys.map(y => y + '年'), '2023年比上年增长（%）', '年均增长（%）']);
  const series = (b, g) => { const v = [b]; for (let i = 1; i < ys.length; i++) v.push(Math.round(v[i - 1] * (1 + g + (rnd() - 0.5) * 0.04))); return v; };
  const rows = [['在校学生数（人）', series(ri(40000, 90000), -0.01)], ['专任教师数（人）', series(ri(3000, 6000), 0.015)], ['床位数（张）', series(ri(2000, 6000), 0.05)], ['卫生技术人员（人）', series(ri(3000, 8000), 0.06)], ['诊疗人次（万人次）', null]];
  const out = [];
  for (const [n, v0] of rows) {
    let v = v0; let raw;
    if (!v) { raw = []; let x = ri(2000000, 6000000); for (let i = 0; i < ys.length; i++) { raw.push(x); x = Math.round(x * (1 + (rnd() - 0.3) * 0.15)); } v = raw.map(x => rd(x / 10000, 1)); }
    const base = raw || v; const L = base.length - 1;
    const yoy = rd((base[L] - base[L - 1]) / base[L - 1] * 100); const cagr = rd((Math.pow(base[L] / base[0], 1 / L) - 1) * 100);
    const r = s.add([n, ...v, yoy, cagr]); s.f1(r, ys.length + 1); s.f1(r, ys.length + 2); if (raw) ys.forEach((_, j) => s.f1(r, j + 1));
    out.push(r);
  }
  s.c(out[1], ys.length + 1, 'rate', { what: '专任教师 yoy growth wrong' });
  s.c(out[0], 3, 'digit', { what: '在校学生数 2020 digit transposition' });
  notes(s, ['注：诊疗人次增长速度按未修约数据计算。']);
  return s;
}

// ========== 16. 小学毕业生升学 (rates>100 legit) with counts ==========
function primaryProgression(o = {}) {
  const s = new Sheet(o.sheet || '升学情况');
  const names = o.counties || pick(COUNTIES);
  topLines(s, o.title || '各县区小学毕业生升学情况', '单位：人、%', 4);
  s.add(['县（区）', '小学毕业生数', '初中招生数', '小学毕业生升学率（%）']);
  const d = names.map(n => { const g = ri(1500, 8000); const e = Math.round(g * (0.985 + rnd() * 0.04)); return [n, g, e]; });
  const T = [o.totalName || '全市', sum(d.map(r => r[1])), sum(d.map(r => r[2]))];
  const emit = r => { const x = s.add([...r, rd(r[2] / r[1] * 100)]); s.f1(x, 3); return x; };
  const rT = emit(T); const idx = d.map(emit);
  s.c(rT, 1, 'total', { what: '全市 小学毕业生数 off' });
  s.c(idx[0], 3, 'rate', { what: '升学率 wrong' });
  notes(s, ['注：初中招生数含外地转入学生，升学率可能超过100%。']);
  return s;
}

// ========== 17. 毛入学率 with counts ==========
function grossEnrol(o = {}) {
  const s = new Sheet(o.sheet || '毛入学率');
  topLines(s, o.title || '各教育阶段毛入学率', null, 4);
  s.add(['教育阶段', '在校学生数（人）', '适龄人口数（人）', '毛入学率（%）']);
  const L = [['学前教育', ri(20000, 40000), 0.93], ['初中阶段', ri(20000, 40000), 1.04], ['高中阶段', ri(15000, 30000), 1.02]];
  const idx = L.map(([n, pop, r]) => { const st = Math.round(pop * (r + rnd() * 0.04)); const x = s.add([n, st, pop, rd(st / pop * 100)]); s.f1(x, 3); return x; });
  s.c(idx[0], 3, 'rate', { what: '学前 毛入学率 wrong' });
  return s;
}

// ========== 18. 上下两张表同一工作表 ==========
function stacked(o = {}) {
  const s = new Sheet(o.sheet || '教育卫生');
  s.add(['表1  各级学校在校学生数']); s.add(['单位：人']);
  s.add(['学校类别', '2022年', '2023年', '增长（%）']);
  const lv = ['小学', '初中', '普通高中'].map(n => { const a = ri(5000, 40000); return [n, a, Math.round(a * (0.95 + rnd() * 0.1))]; });
  const T = ['合计', sum(lv.map(r => r[1])), sum(lv.map(r => r[2]))];
  const emit = r => { const x = s.add([...r, rd((r[2] - r[1]) / r[1] * 100)]); s.f1(x, 3); return x; };
  const rT = emit(T); lv.forEach(emit);
  s.add([]); s.add(['表2  医疗卫生资源']); s.add(['单位：张、人']);
  s.add(['指标', '2022年', '2023年', '增长（%）']);
  const b = ri(2000, 6000), t = ri(3000, 9000); const bb = [b, Math.round(b * 1.04)], tt = [t, Math.round(t * 1.06)];
  const hb = [Math.round(b * 0.8), Math.round(bb[1] * 0.8)];
  const r1 = emit(['床位数', ...bb]); emit(['  其中：医院床位', ...hb]); emit(['卫生技术人员', ...tt]);
  s.c(rT, 2, 'total', { what: '表1 合计 2023 off' });
  s.c(r1, 3, 'rate', { what: '床位数 growth wrong' });
  return s;
}


// ========== 19. 重叠的“其中”（女、少数民族、寄宿生…）行方向 ==========
function overlapOfWhichRows(o = {}) {
  const s = new Sheet(o.sheet || '在校生构成');
  topLines(s, o.title || '义务教育在校学生情况', '单位：人', 4);
  s.add(['项目', '小学', '初中', '合计']);
  const P = ri(20000, 50000), M = ri(10000, 25000);
  const part = (fp, fm) => { const a = Math.round(P * fp), b = Math.round(M * fm); return [a, b, a + b]; };
  const r0 = s.add(['在校学生数', P, M, P + M]);
  const rows = [['  其中：女生', part(0.47, 0.46)], ['        少数民族学生', part(0.31, 0.29)], ['        寄宿生', part(0.22, 0.55)], ['        进城务工人员随迁子女', part(0.12, 0.1)], ['        农村留守儿童', part(0.18, 0.16)]];
  const idx = rows.map(([n, v]) => s.add([n, ...v]));
  s.c(r0, 3, 'total', { what: '在校学生数 合计 off' });
  s.c(idx[0], 1, 'part', { what: '女生 larger than 在校学生数', whole: P });
  notes(s, ['注：女生、少数民族学生、寄宿生等为交叉分类，各项之和不等于在校学生数。']);
  return s;
}

// ========== 20. 重叠的“其中”列方向（学校数 其中：农村、寄宿制） ==========
function overlapOfWhichCols(o = {}) {
  const s = new Sheet(o.sheet || '专任教师结构');
  const names = o.counties || pick(COUNTIES);
  topLines(s, o.title || '各县区中小学专任教师情况', '单位：人', 6);
  const h1 = s.add(['地区', '专任教师数', '其中', null, null, null]);
  s.add([null, null, '女', '本科及以上学历', '高级职称', '乡村教师']);
  s.merge(h1, 0, h1 + 1, 0); s.merge(h1, 1, h1 + 1, 1); s.merge(h1, 2, h1, 5);
  const d = names.map(n => { const t = ri(800, 5000); return [n, t, Math.round(t * (0.62 + rnd() * 0.15)), Math.round(t * (0.72 + rnd() * 0.2)), Math.round(t * (0.08 + rnd() * 0.1)), Math.round(t * (0.3 + rnd() * 0.3))]; });
  const T = [o.totalName || '全市', ...[1, 2, 3, 4, 5].map(j => sum(d.map(r => r[j])))];
  const rT = s.add(T); const idx = d.map(r => s.add(r));
  s.c(rT, 2, 'total', { what: '全市 女教师 off' });
  s.c(idx[1], 3, 'part', { what: '本科及以上 larger than 专任教师数', whole: d[1][1] });
  s.c(idx[0], 1, 'digit', { what: '专任教师数 digit transposition' });
  return s;
}

// ========== 21. 每千人口 with 常住人口（万人）shown rounded ==========
function per1000WithPop(o = {}) {
  const s = new Sheet(o.sheet || '每千人口指标');
  const names = o.counties || pick(COUNTIES);
  const pd = o.popDec !== undefined ? o.popDec : pick([1, 2]);
  topLines(s, o.title || '各县（区）每千人口卫生资源', null, 6);
  s.add(['地区', '常住人口（万人）', '床位数（张）', '卫生技术人员（人）', '每千人口床位数（张）', '每千人口卫生技术人员（人）']);
  const d = names.map(n => { const pop = ri(60000, 1300000); return { n, pop, b: Math.round(pop * (3.5 + rnd() * 4) / 1000), t: Math.round(pop * (5 + rnd() * 5) / 1000) }; });
  const T = { n: o.totalName || '全市', pop: sum(d.map(x => x.pop)), b: sum(d.map(x => x.b)), t: sum(d.map(x => x.t)) };
  const emit = x => { const r = s.add([x.n, rd(x.pop / 10000, pd), x.b, x.t, rd(x.b / x.pop * 1000, 2), rd(x.t / x.pop * 1000, 2)]); s.f1(r, 1, pd); s.f1(r, 4, 2); s.f1(r, 5, 2); return r; };
  const rT = emit(T); const idx = d.map(emit);
  s.c(rT, 2, 'total', { what: '全市 床位数 off' });
  s.c(idx[1], 4, 'rate', { what: '每千人口床位数 wrong' });
  notes(s, ['注：每千人口指标按常住人口（未修约）计算。']);
  return s;
}

// ========== 22. 月报式：本年累计/上年同期/同比增长，比率指标为增减百分点 ==========
function monthlyReport(o = {}) {
  const s = new Sheet(o.sheet || '卫生月报');
  topLines(s, o.title || `2024年1—${ri(6, 11)}月医疗服务情况`, null, 5);
  s.add(['指标', '单位', '本年累计', '上年同期', '同比增长（%）']);
  const L = (n, u, a, b, dec) => { const r = s.add([n, u, a, b, rd((a - b) / b * 100)]); s.f1(r, 4); if (dec) { s.f1(r, 2); s.f1(r, 3); } return r; };
  const v = ri(1000000, 4000000), v0 = Math.round(v * (0.9 + rnd() * 0.15));
  const r1 = L('诊疗人次', '人次', v, v0);
  L('  其中：门急诊人次', '人次', Math.round(v * 0.93), Math.round(v0 * 0.93));
  const dis = ri(20000, 80000), dis0 = Math.round(dis * (0.9 + rnd() * 0.15));
  L('出院人数', '人', dis, dis0);
  const u = rd(75 + rnd() * 15), u0 = rd(75 + rnd() * 15);
  const ru = s.add(['病床使用率', '%', u, u0, rd(u - u0)]); [2, 3, 4].forEach(j => s.f1(ru, j));
  const st = rd(7 + rnd() * 2), st0 = rd(7 + rnd() * 2);
  const rs = s.add(['出院者平均住院日', '天', st, st0, o.stayPct ? rd((st - st0) / st0 * 100) : rd(st - st0)]); [2, 3, 4].forEach(j => s.f1(rs, j));
  s.c(r1, 4, 'rate', { what: '诊疗人次 同比增长 wrong' });
  notes(s, ['注：病床使用率' + (o.stayPct ? '' : '、平均住院日') + '的同比增长栏为增减数（百分点/天）。']);
  return s;
}

// ========== 23. 两个名称列（学校类别 × 办学性质） ==========
function twoLabelCols(o = {}) {
  const s = new Sheet(o.sheet || '分办学性质');
  topLines(s, o.title || '各级学校分办学性质情况', '单位：所、人', 5);
  s.add(['学校类别', '办学性质', '学校数', '在校学生数', '专任教师数']);
  const lv = ['幼儿园', '小学', '初中', '普通高中'].map(n => { const pub = [ri(10, 80), 0, 0], pri = [ri(1, 40), 0, 0]; pub[1] = pub[0] * ri(150, 800); pub[2] = Math.round(pub[1] / 14); pri[1] = pri[0] * ri(100, 600); pri[2] = Math.round(pri[1] / 13); return { n, pub, pri, tot: [0, 1, 2].map(j => pub[j] + pri[j]) }; });
  const T = [0, 1, 2].map(j => sum(lv.map(l => l.tot[j])));
  const rT = s.add(['总计', null, ...T]); if (chance(0.5)) s.merge(rT, 0, rT, 1);
  const idx = [];
  for (const l of lv) { const a = s.add([l.n, '小计', ...l.tot]); s.add([null, '公办', ...l.pub]); const c = s.add([null, '民办', ...l.pri]); s.merge(a, 0, a + 2, 0); idx.push([a, c]); }
  s.c(rT, 3, 'total', { what: '总计 在校学生数 off' });
  s.c(idx[1][0], 2, 'total', { what: '小学 小计 学校数 off' });
  s.c(idx[2][1], 3, 'digit', { what: '初中 民办 在校生 digit transposition' });
  return s;
}

// ========== 24. 无分组标题的两种分组（合计、城镇、乡村、男、女） ==========
function noHeadingGroups(o = {}) {
  const s = new Sheet(o.sheet || '在校生分性别城乡');
  topLines(s, o.title || '普通中小学在校学生数', '单位：人', 4);
  s.add(['项目', '小学', '初中', '普通高中']);
  const cols = [ri(20000, 50000), ri(10000, 25000), ri(5000, 12000)];
  const split = f => cols.map(c => Math.round(c * f));
  const m = split(0.52), w = cols.map((c, j) => c - m[j]);
  const city = split(0.58), rural = cols.map((c, j) => c - city[j]);
  const rT = s.add(['合计', ...cols]);
  const order = o.genderFirst ? [['男', m], ['女', w], ['城镇', city], ['乡村', rural]] : [['城镇', city], ['乡村', rural], ['男', m], ['女', w]];
  const idx = order.map(([n, v]) => s.add([n, ...v]));
  s.c(rT, 2, 'total', { what: '合计 初中 off' });
  s.c(idx[1], 1, 'digit', { what: 'digit transposition' });
  return s;
}

// ========== 25. 百分比格式单元格 + 公式 ==========
function pctFormatFormulas(o = {}) {
  const s = new Sheet(o.sheet || '巩固率');
  const names = o.counties || pick(COUNTIES);
  topLines(s, o.title || '各县区义务教育巩固率', null, 5);
  s.add(['县（区）', '2015年秋季小学一年级入学人数', '2023年初三年级在校生数', '巩固率', '初中毕业生数']);
  const d = names.map(n => { const a = ri(1500, 9000); return [n, a, Math.round(a * (0.955 + rnd() * 0.04)), ri(1200, 8000)]; });
  const first = s.rows.length; // 0-based index of first data row
  const T = ['合计', sum(d.map(r => r[1])), sum(d.map(r => r[2])), sum(d.map(r => r[3]))];
  s.pct = s.pct || {}; s.formula = s.formula || {};
  const rows = [];
  d.forEach(r => { const i = s.add([r[0], r[1], r[2], r[2] / r[1], r[3]]); s.pct[i + ',3'] = true; s.formula[i + ',3'] = `ROUND(C${i + 1}/B${i + 1},3)`; s.rows[i][3] = rd(r[2] / r[1], 3); rows.push(i); });
  const t = s.add([T[0], T[1], T[2], rd(T[2] / T[1], 3), T[3]]); s.pct[t + ',3'] = true;
  [1, 2, 4].forEach(c => s.formula[t + ',' + c] = `SUM(${colL(c)}${first + 1}:${colL(c)}${t})`);
  s.formula[t + ',3'] = `ROUND(C${t + 1}/B${t + 1},3)`;
  s.c(t, 1, 'total', { what: '合计 入学人数 off (formula cached)' });
  notes(s, ['注：巩固率=初三年级在校生数/该年级入学时一年级人数。']);
  return s;
}

// ---------------- workbook assembly ----------------
const builders = { schoolsBasic, eduTwoYears, healthByCounty, healthTransposed, healthHierarchy, gradRates, enrolRates, urbanRural, visits, teachers, schoolsByCountyOfWhich, healthStaffNested, twoGroupings, subtotals, transposedCAGR, primaryProgression, grossEnrol, stacked, overlapOfWhichRows, overlapOfWhichCols, per1000WithPop, monthlyReport, twoLabelCols, noHeadingGroups, pctFormatFormulas };

function textify(s, p) {
  // store some numbers as text (whole-number cells only or as formatted)
  s.rows.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v === 'number' && c > 0 && chance(p)) {
      const d = s.fmt[r + ',' + c] === '0.00' ? 2 : s.fmt[r + ',' + c] ? 1 : 0;
      row[c] = fmtNum(v, d); s.textNums.add(r + ',' + c);
    }
  }));
}

async function writeWb(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== undefined) { const cell = ws.getCell(r + 1, c + 1); cell.value = v; const f = s.fmt[r + ',' + c]; if (f && typeof v === 'number') cell.numFmt = f; if (s.pct && s.pct[r + ',' + c]) cell.numFmt = '0.0%'; if (s.formula && s.formula[r + ',' + c] && typeof v === 'number') cell.value = { formula: s.formula[r + ',' + c], result: v }; } }));
    for (const [r1, c1, r2, c2] of s.merges) { try { ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1); } catch (e) { } }
    ws.getColumn(1).width = 26;
  }
  await wb.xlsx.writeFile(file);
}

function specFor(i) {
  // returns list of [builderName, opts]
  const list = Object.keys(builders);
  const main = list[i % list.length];
  const o = {};
  if (chance(0.3)) o.filer = pick(['某某县统计局', '市卫生健康委员会', '县教育局']);
  o.twoRow = chance(0.5); o.totalTop = chance(0.6); o.withPriv = chance(0.5); o.ratioText = chance(0.4);
  o.ratioGrowth = pick(['pp', 'dash', 'pct']); o.unitCol = chance(0.6); o.yearNum = chance(0.3);
  o.noSpecial = chance(0.3); o.genderFirst = chance(0.5); o.stayPct = chance(0.3);
  const specs = [[main, o]];
  const n = ri(0, 2);
  for (let k = 0; k < n; k++) { const b = pick(list); if (!specs.some(x => x[0] === b)) specs.push([b, { twoRow: chance(0.5), totalTop: chance(0.5), ratioText: chance(0.3), ratioGrowth: pick(['pp', 'dash', 'pct']), unitCol: chance(0.5) }]); }
  return specs;
}

function plantValue(s, cand) {
  const row = s.rows[cand.r]; if (!row) throw new Error("bad cand " + s.name + JSON.stringify(cand)); const old = row[cand.c];
  const isText = typeof old === 'string';
  let num = isText ? parseFloat(old) : old;
  const dec = s.fmt[cand.r + ',' + cand.c] === '0.00' ? 2 : s.fmt[cand.r + ',' + cand.c] ? 1 : 0;
  let nv;
  if (cand.kind === 'total') nv = num + pick([-1, 1]) * (num > 20000 ? pick([10, 100, 1000]) : num > 1000 ? pick([10, 20, 100]) : pick([1, 2, 10]));
  else if (cand.kind === 'rate') nv = cand.avg !== undefined && cand.avg !== num ? cand.avg : rd(num + pick([-1, 1]) * pick([0.4, 0.7, 1.3, 2.1]) * (dec === 2 ? 0.5 : 1), dec || 1);
  else if (cand.kind === 'part') nv = cand.whole + ri(3, 30);
  else if (cand.kind === 'digit') {
    const str = String(num); let done = null;
    for (let k = 0; k < str.length - 1; k++) if (/\d/.test(str[k]) && /\d/.test(str[k + 1]) && str[k] !== str[k + 1] && !(k === 0 && str[k + 1] === '0')) { done = str.slice(0, k) + str[k + 1] + str[k] + str.slice(k + 2); break; }
    nv = Number(done);
  }
  if (cand.text && typeof old === 'string' && old.endsWith(':1')) { num = parseFloat(old); nv = rd(num + 1.3); row[cand.c] = nv.toFixed(1) + ':1'; return { old, new: row[cand.c] }; }
  nv = rd(nv, dec);
  row[cand.c] = isText ? fmtNum(nv, dec) : nv;
  return { old, new: row[cand.c] };
}

(async () => {
  const manifest = [];
  const N = 46;
  let planted = 0;
  for (let i = 0; i < N; i++) {
    const specs = specFor(i);
    const sheets = specs.map(([b, o], k) => { const s = builders[b](o); return s; });
    // name dedupe
    const seen = new Set(); sheets.forEach((s, k) => { while (seen.has(s.name)) s.name += k; seen.add(s.name); });
    // layout variations
    sheets.forEach(s => {
      if (chance(0.2)) s.insertBlankCol(1);
      if (chance(0.25)) textify(s, 0.15);
    });
    const fname = `edu${String(i + 1).padStart(2, '0')}_${specs.map(x => x[0]).join('+')}.xlsx`;
    await writeWb(path.join(OUT, 'clean', fname), sheets);
    fs.writeFileSync(path.join(OUT, 'specs', fname + '.json'), JSON.stringify(specs));
    if (planted < 25 && (i % 3 !== 2 || i > 36)) {
      // plant in one sheet
      const cands = [];
      sheets.forEach((s, k) => s.cand.forEach(c => cands.push([k, c])));
      if (!cands.length) continue;
      const kinds = ['total', 'rate', 'part', 'digit'];
      const want = kinds[planted % 4];
      let choices = cands.filter(([k, c]) => c.kind === want); if (!choices.length) choices = cands;
      const [k, cand] = pick(choices);
      const copy = sheets.map(s => { const t = Object.assign(Object.create(Object.getPrototypeOf(s)), s); t.rows = s.rows.map(r => r.slice()); return t; });
      const res = plantValue(copy[k], cand);
      const pf = 'planted/' + fname;
      await writeWb(path.join(OUT, pf), copy);
      manifest.push({ file: pf, sheet: copy[k].name, cell: addr(cand.r, cand.c), old: res.old, new: res.new, what: cand.what, kind: cand.kind });
      planted++;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('done', N, 'planted', planted);
})();
