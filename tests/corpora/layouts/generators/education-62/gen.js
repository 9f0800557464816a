// Round 62a of issue 9, by an outside helper: writes clean and planted books to /tmp/round62a; the corpus keeps the
// clean ones (tests/corpora/layouts/education-62, copied from its cases folder).
// Round 62A: education statistics tables (clean + one planted error each).
// SEED / OUTDIR / MANIFEST / PROBE env vars. PROBE=N -> N clean books per builder, no planted.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.env.OUTDIR || path.join(__dirname, 'cases');
const PROBE = +(process.env.PROBE || 0);
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let rng = mulberry32(+(process.env.SEED || 62));
const U = (a, b) => a + (b - a) * rng();
const I = (a, b) => Math.floor(U(a, b + 1));
const R = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const gr = (a, b) => (b / a - 1) * 100;
const col = (c) => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1);
const pick = (a) => a[Math.floor(rng() * a.length)];
const sum = (a, k) => a.reduce((s, d) => s + (typeof d[k] === 'number' ? d[k] : 0), 0);
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const DIST_ALL = ['城关区', '东城区', '西城区', '南湖区', '北山区', '经济开发区', '高新区', '临江县', '青山县', '白水县', '安平县', '河口县', '龙泉镇', '双河县', '永宁县'];
const CITIES = ['宁安市', '清河县', '江阳市', '青州市', '平原县', '武陵市', '安丰县', '滨海市'];

function Table(sheetName) { return { sheetName, grid: [], dec: {}, merges: [], targets: {}, indent: {} }; }
function put(t, r, c, v, d) { while (t.grid.length <= r) t.grid.push([]); t.grid[r][c] = v; if (d !== undefined) t.dec[r + ',' + c] = d; }
function tgt(t, kind, r, c, extra) { if (r === undefined) return; (t.targets[kind] = t.targets[kind] || []).push(Object.assign({ r, c }, extra || {})); }
function label(t, r, text, mode, level) {
  level = level || 1;
  if (mode === 'space') put(t, r, 0, '　　'.repeat(level) + text);
  else if (mode === 'ascii') put(t, r, 0, '  '.repeat(level) + text);
  else { put(t, r, 0, text); if (mode === 'align') t.indent[r] = level; }
}
function title(t, text, ncol) { put(t, 0, 0, text); t.merges.push(`A1:${col(ncol - 1)}1`); }
const districts = (v) => shuffle(DIST_ALL).slice(0, v.n);
const ratioCell = (v, x) => (v.ratioStr ? R(x, v.rd).toFixed(v.rd) + ':1' : R(x, v.rd));

// 1. 各级各类学校基本情况 (by level; 普通中学 subtotal)
function tLevels(v) {
  const t = Table('各级各类学校');
  const mk = (n, sch, stu, str) => { const s = Math.round(stu); const yrs = { 幼儿园: 3, 小学: 6, 初中: 3, 普通高中: 3, 中等职业学校: 3, 特殊教育学校: 9 }[n] || 3; const enr = Math.round(s / yrs * U(0.92, 1.1)); const grad = n === '幼儿园' && v.dashKg ? '—' : Math.round(s / yrs * U(0.88, 1.05)); return { n, sch: Math.round(sch), grad, enr, stu: s, tch: Math.round(s / str) }; };
  const scale = U(0.3, 3);
  const kg = mk('幼儿园', 120 * scale * U(0.8, 1.2), 16000 * scale * U(0.8, 1.2), U(11, 16));
  const pri = mk('小学', 60 * scale * U(0.7, 1.3), 42000 * scale * U(0.8, 1.2), U(14, 19));
  const jun = mk('初中', 22 * scale * U(0.7, 1.3), 20000 * scale * U(0.8, 1.2), U(11, 14));
  const sen = mk('普通高中', 7 * scale * U(0.7, 1.3) + 1, 14000 * scale * U(0.8, 1.2), U(11, 14.5));
  const voc = mk('中等职业学校', 3 * scale * U(0.5, 1.5) + 1, 6000 * scale * U(0.6, 1.4), U(14, 22));
  const spe = mk('特殊教育学校', v.n > 8 ? 2 : 1, 150 * scale * U(0.6, 1.5), U(3, 5));
  const mid = { n: '普通中学', sch: sen.sch + jun.sch, grad: sen.grad + jun.grad, enr: sen.enr + jun.enr, stu: sen.stu + jun.stu, tch: sen.tch + jun.tch };
  const lv = [voc, mid, sen, jun, pri, spe, kg];
  const tot = { n: v.totalLabel, total: true }; for (const k of ['sch', 'grad', 'enr', 'stu', 'tch']) tot[k] = sum([voc, mid, pri, spe, kg], k);
  const cols = [['sch', '学校数（所）'], ['grad', '毕业生数（人）'], ['enr', '招生数（人）'], ['stu', '在校学生数（人）'], ['tch', '专任教师数（人）']];
  const hasR = v.withRatio; const nc = 1 + cols.length + (hasR ? 1 : 0);
  title(t, `${v.year}年${v.city}各级各类学校基本情况`, nc);
  put(t, 1, 0, '项目'); cols.forEach(([, h], i) => put(t, 1, 1 + i, h)); if (hasR) put(t, 1, 6, '生师比');
  const list = v.hasTotal ? (v.totalTop ? [tot, ...lv] : [...lv, tot]) : lv;
  let r = 2; const rowOf = {};
  for (const d of list) {
    const lvl = d === sen || d === jun ? 2 : 1;
    if (d.total) put(t, r, 0, d.n); else label(t, r, d === sen && v.qizhong ? '其中：' + d.n : d.n, v.indent, v.hasTotal ? lvl : lvl - 1 || null);
    cols.forEach(([k], i) => put(t, r, 1 + i, d[k], 0));
    if (hasR) put(t, r, 6, d.total ? '—' : ratioCell(v, d.stu / d.tch), v.rd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：普通中学包括普通高中和初中；生师比为在校学生数与专任教师数之比（以教师为1）。');
  tgt(t, 'wrong_total', rowOf['普通中学'], 4); tgt(t, 'part_changed', rowOf['初中'], 5); tgt(t, 'digit_swap', rowOf['小学'], 4);
  if (hasR && !v.ratioStr) tgt(t, 'ratio_mismatch', rowOf['小学'], 6);
  if (v.hasTotal) tgt(t, 'wrong_total', rowOf[v.totalLabel], 3);
  return t;
}

// 2. 分县区 小学/初中 基本情况, two-row merged header
function tDistrict(v) {
  const lvn = pick(['小学', '初中', '普通高中']);
  const t = Table(`分县区${lvn}`);
  const cs = { 小学: [45, 12000, 6, U(15, 19)], 初中: [42, 6000, 3, U(11, 14)], 普通高中: [48, 4000, 3, U(11, 14)] }[lvn];
  const rows = districts(v).map((n) => {
    const stu = Math.round(cs[1] * U(0.3, 2.2)); const cls = Math.max(3, Math.round(stu / (cs[0] * U(0.8, 1.1))));
    const sch = Math.max(1, Math.round(cls / U(10, 30))); const f = Math.round(stu * U(0.45, 0.49));
    return { n, sch, cls, enr: Math.round(stu / cs[2] * U(0.92, 1.1)), stu, f, grad: Math.round(stu / cs[2] * U(0.9, 1.05)), tch: Math.round(stu / (cs[3] * U(0.9, 1.1))) };
  });
  const ks = ['sch', 'cls', 'enr', 'stu', 'f', 'grad', 'tch'];
  const tot = { n: v.totalLabel, total: true }; for (const k of ks) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}分县（市、区）${lvn}基本情况`, 10);
  put(t, 1, 9, '单位：所、个、人');
  put(t, 2, 0, '县（市、区）'); put(t, 2, 1, '学校数'); put(t, 2, 2, '班数'); put(t, 2, 3, '招生数'); put(t, 2, 4, '在校学生数'); put(t, 2, 6, '毕业生数'); put(t, 2, 7, '专任教师'); put(t, 2, 8, '生师比'); put(t, 2, 9, '平均班额');
  put(t, 3, 4, '合计'); put(t, 3, 5, '其中：女');
  t.merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:J4');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 4; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); ks.forEach((k, i) => put(t, r, 1 + i, d[k], 0));
    put(t, r, 8, ratioCell(v, d.stu / d.tch), v.rd); put(t, r, 9, R(d.stu / d.cls, v.cd), v.cd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：生师比以专任教师为1；平均班额=在校学生数÷班数。');
  const d1 = rows[1].n, d2 = rows[2].n, d3 = rows[3].n;
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 4); tgt(t, 'wrong_total', rowOf[v.totalLabel], 2);
  tgt(t, 'subpart_exceeds', rowOf[d1], 5, { whole: [rowOf[d1], 4] }); tgt(t, 'avg_mismatch', rowOf[d2], 9);
  if (!v.ratioStr) tgt(t, 'ratio_mismatch', rowOf[d3], 8);
  tgt(t, 'digit_swap', rowOf[d2], 7); tgt(t, 'decimal_shift', rowOf[d3], 9);
  return t;
}

// 3. 教育事业主要指标 two years + 增长 / 增减
function tTwoYear(v) {
  const t = Table('主要指标');
  const base = U(0.4, 3);
  const items = [
    ['学校数', '所', [['幼儿园', 110], ['小学', 55], ['初中', 20], ['普通高中', 7], ['中等职业学校', 3]]],
    ['招生数', '人', [['幼儿园', 5500], ['小学', 7200], ['初中', 6800], ['普通高中', 4800], ['中等职业学校', 2200]]],
    ['在校学生数', '人', [['幼儿园', 16000], ['小学', 42000], ['初中', 20000], ['普通高中', 14000], ['中等职业学校', 6300]]],
    ['毕业生数', '人', [['小学', 6900], ['初中', 6400], ['普通高中', 4500], ['中等职业学校', 1900]]],
    ['专任教师数', '人', [['幼儿园', 1200], ['小学', 2600], ['初中', 1650], ['普通高中', 1100], ['中等职业学校', 380]]],
  ];
  const incr = v.absChange; // 比上年增减 (absolute) vs 增长（%）
  title(t, `${v.city}教育事业发展主要指标`, 5);
  put(t, 1, 0, '指标'); put(t, 1, 1, `${v.year - 1}年`); put(t, 1, 2, `${v.year}年`); put(t, 1, 3, incr ? '比上年增减' : '比上年增长（%）');
  if (v.unitCol) { put(t, 1, 4, '单位'); }
  let r = 2; const rowOf = {};
  const emit = (n, a, b, lvl, u, key) => {
    if (lvl) label(t, r, n, v.indent || 'space', lvl); else put(t, r, 0, n);
    put(t, r, 1, a, 0); put(t, r, 2, b, 0);
    if (incr) put(t, r, 3, b - a, 0); else put(t, r, 3, R(gr(a, b), v.gd), v.gd);
    if (v.unitCol) put(t, r, 4, u);
    rowOf[key] = r; r++;
  };
  for (const [sec, u, parts] of items) {
    const ps = parts.map(([n, b]) => { const a = Math.max(1, Math.round(b * base * U(0.8, 1.2))); const chg = n === '幼儿园' && sec !== '学校数' ? U(-0.12, 0.01) : U(-0.05, 0.06); return { n, a, b: Math.max(1, Math.round(a * (1 + chg))) }; });
    emit(v.unitCol ? sec : `${sec}（${u}）`, sum(ps, 'a'), sum(ps, 'b'), 0, u, sec);
    for (const p of ps) emit(p.n, p.a, p.b, 1, u, sec + p.n);
  }
  // rates, 百分点
  const rr = [['小学适龄儿童入学率', U(99.9, 100), 2], ['初中毕业生升学率', U(92, 99), 2], ['九年义务教育巩固率', U(96, 99.5), 2]];
  for (const [n, x, d] of rr) {
    const a = R(x - U(-0.6, 0.6), d), b = R(Math.min(100, x), d);
    put(t, r, 0, n + (v.unitCol ? '' : '（%）')); put(t, r, 1, Math.min(100, a), d); put(t, r, 2, b, d); put(t, r, 3, R(b - Math.min(100, a), d), d); if (v.unitCol) put(t, r, 4, '%'); rowOf[n] = r; r++;
  }
  put(t, r, 0, incr ? '注：率指标的增减为百分点。' : '注：率指标的增长栏为增减百分点。');
  tgt(t, 'wrong_total', rowOf['在校学生数'], 2); tgt(t, 'growth_mismatch', rowOf['招生数小学'], 3);
  tgt(t, 'digit_swap', rowOf['专任教师数初中'], 2); tgt(t, 'part_changed', rowOf['毕业生数普通高中'], 1);
  tgt(t, 'growth_mismatch', rowOf['在校学生数普通高中'], 3);
  return t;
}

// 4. 义务教育 入学率/升学率 by district
function tRates(v) {
  const t = Table('入学率升学率');
  const rows = districts(v).map((n) => {
    const age = I(1200, 9000); const inr = age - (rng() < 0.5 ? 0 : I(0, 4));
    const g = I(800, 6000); const up = Math.round(g * U(0.9, 0.995));
    return { n, age, inr, g, up };
  });
  const ks = ['age', 'inr', 'g', 'up'];
  const tot = { n: v.totalLabel, total: true }; for (const k of ks) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}义务教育入学率、升学率`, 7);
  put(t, 1, 0, '地区'); put(t, 1, 1, '小学'); put(t, 1, 4, '初中'); t.merges.push('A2:A3', 'B2:D2', 'E2:G2');
  put(t, 2, 1, '学龄儿童数（人）'); put(t, 2, 2, '已入学人数（人）'); put(t, 2, 3, '入学率（%）');
  put(t, 2, 4, '毕业生数（人）'); put(t, 2, 5, '升入高中阶段人数（人）'); put(t, 2, 6, '升学率（%）');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); put(t, r, 1, d.age, 0); put(t, r, 2, d.inr, 0); put(t, r, 3, R(d.inr / d.age * 100, 2), 2);
    put(t, r, 4, d.g, 0); put(t, r, 5, d.up, 0); put(t, r, 6, R(d.up / d.g * 100, v.pd), v.pd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：升入高中阶段人数包括升入普通高中和中等职业学校的人数。');
  const d1 = rows[0].n, d2 = rows[2].n;
  tgt(t, 'rate_mismatch', rowOf[d2], 6); tgt(t, 'wrong_total', rowOf[v.totalLabel], 4);
  tgt(t, 'subpart_exceeds', rowOf[d1], 5, { whole: [rowOf[d1], 4] }); tgt(t, 'digit_swap', rowOf[d2], 5);
  return t;
}

// 5. 民办教育 by level: 计 / 其中：民办 / 占比
function tPrivate(v) {
  const t = Table('民办教育');
  const sc = U(0.4, 3);
  const defs = [['幼儿园', 120, 16000, 0.35, 0.6], ['小学', 55, 42000, 0.02, 0.12], ['初中', 20, 20000, 0.05, 0.2], ['普通高中', 7, 14000, 0, 0.25], ['中等职业学校', 3, 6000, 0, 0.4]];
  const rows = defs.map(([n, s, st, lo, hi]) => { const sch = Math.max(1, Math.round(s * sc * U(0.7, 1.3))); const sh = U(lo, hi); let ps = Math.round(sch * sh); const stu = Math.round(st * sc * U(0.8, 1.2)); let pst = ps ? Math.round(stu * sh * U(0.6, 1.1)) : 0; return { n, sch, ps, stu, pst }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['sch', 'ps', 'stu', 'pst']) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}民办教育基本情况`, 6);
  put(t, 1, 0, '学段'); put(t, 1, 1, '学校数（所）'); put(t, 1, 3, '在校学生数（人）'); put(t, 1, 5, '民办学校在校生占比（%）');
  put(t, 2, 1, '计'); put(t, 2, 2, '其中：民办'); put(t, 2, 3, '计'); put(t, 2, 4, '其中：民办');
  t.merges.push('A2:A3', 'B2:C2', 'D2:E2', 'F2:F3');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); put(t, r, 1, d.sch, 0);
    const z = (x) => (x === 0 ? (v.dash ? '—' : 0) : x);
    put(t, r, 2, z(d.ps), 0); put(t, r, 3, d.stu, 0); put(t, r, 4, z(d.pst), 0);
    put(t, r, 5, d.pst === 0 ? (v.dash ? '—' : 0) : R(d.pst / d.stu * 100, v.pd), v.pd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：“—”表示无此类学校。');
  tgt(t, 'subpart_exceeds', rowOf['幼儿园'], 4, { whole: [rowOf['幼儿园'], 3] }); tgt(t, 'rate_mismatch', rowOf['幼儿园'], 5);
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 3); tgt(t, 'part_changed', rowOf['小学'], 1);
  return t;
}

// 6. 高等教育 (万人, rounding slack)
function tHigher(v) {
  const t = Table('高等教育');
  const sc = U(0.5, 4);
  const leaf = (n, e, yrs) => { const stu = Math.round(e * yrs * U(0.95, 1.05)); return { n, enr: Math.round(e), stu, grad: Math.round(e * U(0.85, 1.02)), stu0: Math.round(stu * (1 - U(-0.02, 0.07))) }; };
  const bo = leaf('博士研究生', 2500 * sc * U(0.7, 1.3), 4.5), ma = leaf('硕士研究生', 21000 * sc * U(0.8, 1.2), 2.6);
  const ben = leaf('本科', 70000 * sc * U(0.8, 1.2), 4), zhuan = leaf('专科', 60000 * sc * U(0.8, 1.2), 3);
  const ad = leaf('成人本专科', 40000 * sc * U(0.6, 1.4), 2.5);
  const agg = (n, ps) => { const o = { n }; for (const k of ['enr', 'stu', 'grad', 'stu0']) o[k] = sum(ps, k); return o; };
  const pg = agg('研究生', [bo, ma]), ug = agg('普通本专科', [ben, zhuan]);
  const list = [[pg, 0], [bo, 1], [ma, 1], [ug, 0], [ben, 1], [zhuan, 1], [ad, 0]];
  const wan = v.unitWan; const d = wan ? 2 : 0; const f = (x) => (wan ? R(x / 10000, 2) : Math.round(x));
  title(t, `${v.city}高等教育学生情况（${v.year}年）`, 6);
  put(t, 1, 5, wan ? '单位：万人' : '单位：人');
  put(t, 2, 0, '项目'); put(t, 2, 1, '招生数'); put(t, 2, 2, '毕业生数'); put(t, 2, 3, `在校学生数`); put(t, 2, 4, '上年在校学生数'); put(t, 2, 5, '在校生比上年增长（%）');
  let r = 3; const rowOf = {};
  for (const [x, lvl] of list) {
    if (lvl) label(t, r, x.n, v.indent || 'space', lvl); else put(t, r, 0, x.n);
    put(t, r, 1, f(x.enr), d); put(t, r, 2, f(x.grad), d); put(t, r, 3, f(x.stu), d); put(t, r, 4, f(x.stu0), d); put(t, r, 5, R(gr(x.stu0, x.stu), 1), 1);
    rowOf[x.n] = r; r++;
  }
  put(t, r, 0, '注：本表数据按学校所在地统计，部分合计数因四舍五入与分项之和略有出入。');
  tgt(t, 'wrong_total', rowOf['普通本专科'], 3); tgt(t, 'decimal_shift', rowOf['硕士研究生'], 1);
  tgt(t, 'growth_mismatch', rowOf['本科'], 5); tgt(t, 'digit_swap', rowOf['专科'], 3);
  return t;
}

// 7. 教职工、专任教师（其中：女/少数民族）
function tTeachers(v) {
  const t = Table('教师情况');
  const sc = U(0.4, 3);
  const defs = [['幼儿园', 1200, 0.97, 1.6], ['小学', 2600, 0.72, 1.12], ['初中', 1650, 0.58, 1.15], ['普通高中', 1100, 0.52, 1.2], ['中等职业学校', 380, 0.5, 1.35], ['特殊教育学校', 40, 0.75, 1.3]];
  const minor = U(0.005, 0.15);
  const rows = defs.map(([n, b, fem, stf]) => { const tch = Math.max(10, Math.round(b * sc * U(0.8, 1.2))); return { n, stf: Math.round(tch * stf * U(0.95, 1.05)), tch, f: Math.round(tch * fem * U(0.95, 1.02)), mi: Math.round(tch * minor * U(0.6, 1.4)), ql: Math.min(100, U(97.5, 100.3)) }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['stf', 'tch', 'f', 'mi']) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}各级各类学校教职工和专任教师情况`, 7);
  put(t, 1, 6, '单位：人、%');
  put(t, 2, 0, '学段'); put(t, 2, 1, '教职工数'); put(t, 2, 2, '专任教师数'); put(t, 3, 3, '女'); put(t, 3, 4, '少数民族'); put(t, 2, 3, '其中'); put(t, 2, 5, '女教师比例（%）'); put(t, 2, 6, '专任教师学历合格率（%）');
  t.merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 4; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); put(t, r, 1, d.stf, 0); put(t, r, 2, d.tch, 0); put(t, r, 3, d.f, 0); put(t, r, 4, d.mi === 0 && v.dash ? '—' : d.mi, 0);
    put(t, r, 5, R(d.f / d.tch * 100, 1), 1); put(t, r, 6, d.total ? (v.blankTot ? null : '—') : R(d.ql, 2), 2);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：学历合格率指具有国家规定合格学历的专任教师占专任教师总数的比重。');
  tgt(t, 'subpart_exceeds', rowOf['初中'], 3, { whole: [rowOf['初中'], 2] }); tgt(t, 'rate_mismatch', rowOf['小学'], 5);
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'part_changed', rowOf['普通高中'], 1); tgt(t, 'digit_swap', rowOf['小学'], 3);
  return t;
}

// 8. 分县区 幼儿园 (公办/民办, dashes)
function tKinder(v) {
  const t = Table('学前教育');
  const rows = districts(v).map((n, i) => {
    const pub = I(8, 60); const pri = i === 1 && v.dash ? 0 : I(0, 40); const cls = Math.round((pub + pri) * U(4, 9)); const kids = Math.round(cls * U(22, 30));
    const pk = pri ? Math.round(kids * pri / (pub + pri) * U(0.7, 1.2)) : 0;
    return { n, g: pub + pri, pub, pri, cls, kids, pk, tch: Math.round(kids / U(11, 17)) };
  });
  const ks = ['g', 'pub', 'pri', 'cls', 'kids', 'pk', 'tch'];
  const tot = { n: v.totalLabel, total: true }; for (const k of ks) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}分县区学前教育基本情况`, 9);
  put(t, 1, 0, '单位：所、个、人');
  put(t, 2, 0, '县区'); put(t, 2, 1, '幼儿园数'); put(t, 3, 1, '合计'); put(t, 3, 2, '公办'); put(t, 3, 3, '民办'); put(t, 2, 4, '班数'); put(t, 2, 5, '在园幼儿数'); put(t, 3, 5, '计'); put(t, 3, 6, '其中：民办园'); put(t, 2, 7, '专任教师数'); put(t, 2, 8, '平均班额（人）');
  t.merges.push('A3:A4', 'B3:D3', 'E3:E4', 'F3:G3', 'H3:H4', 'I3:I4');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 4; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); ks.forEach((k, i) => { const x = d[k]; put(t, r, 1 + i, x === 0 && (k === 'pri' || k === 'pk') ? (v.dash ? '—' : null) : x, 0); });
    put(t, r, 8, R(d.kids / d.cls, v.cd), v.cd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：“—”表示该县区无民办幼儿园。');
  const d0 = rows[0].n, d2 = rows[2].n;
  tgt(t, 'wrong_total', rowOf[d0], 1); tgt(t, 'avg_mismatch', rowOf[d2], 8); tgt(t, 'wrong_total', rowOf[v.totalLabel], 5);
  tgt(t, 'subpart_exceeds', rowOf[d2], 6, { whole: [rowOf[d2], 5] }); tgt(t, 'digit_swap', rowOf[d0], 5);
  return t;
}

// 9. 中职 分专业大类 占比 (CSV sometimes)
function tVocMajors(v) {
  const t = Table('中职专业'); t.csv = v.csv;
  const majors = ['农林牧渔大类', '资源环境与安全大类', '装备制造大类', '土木建筑大类', '交通运输大类', '电子与信息大类', '医药卫生大类', '财经商贸大类', '旅游大类', '文化艺术大类', '教育与体育大类', '公共管理与服务大类'];
  const ms = shuffle(majors).slice(0, I(7, 12));
  const rows = ms.map((n) => { const stu = I(120, 4000); return { n, enr: Math.round(stu / 3 * U(0.85, 1.15)), stu, grad: Math.round(stu / 3 * U(0.8, 1.05)) }; });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['enr', 'stu', 'grad']) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}中等职业教育分专业大类学生数`, 5);
  put(t, 1, 0, '专业大类'); put(t, 1, 1, '招生数（人）'); put(t, 1, 2, '在校生数（人）'); put(t, 1, 3, '毕业生数（人）'); put(t, 1, 4, '在校生占比（%）');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 2; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); put(t, r, 1, d.enr, 0); put(t, r, 2, d.stu, 0); put(t, r, 3, d.grad, 0);
    put(t, r, 4, d.total ? 100 : R(d.stu / tot.stu * 100, 1), 1); rowOf[d.n] = r; r++;
  }
  tgt(t, 'wrong_total', rowOf[v.totalLabel], 1); tgt(t, 'rate_mismatch', rowOf[rows[1].n], 4); tgt(t, 'digit_swap', rowOf[rows[3].n], 2); tgt(t, 'part_changed', rowOf[rows[0].n], 3);
  return t;
}

// 10. 普通高中 班额 大班额比例 by district
function tClassSize(v) {
  const t = Table('班额');
  const rows = districts(v).map((n) => {
    const cls = I(12, 160); const stu = Math.round(cls * U(44, 55)); const big = Math.round(cls * U(0, 0.18)); return { n, sch: Math.max(1, Math.round(cls / U(18, 45))), cls, stu, big };
  });
  const tot = { n: v.totalLabel, total: true }; for (const k of ['sch', 'cls', 'stu', 'big']) tot[k] = sum(rows, k);
  title(t, `${v.year}年${v.city}普通高中班额情况`, 7);
  put(t, 1, 0, '县（市、区）'); put(t, 1, 1, '学校数（所）'); put(t, 1, 2, '班数（个）'); put(t, 1, 3, '在校生数（人）'); put(t, 1, 4, '平均班额（人）'); put(t, 1, 5, '56人及以上大班额班数（个）'); put(t, 1, 6, '大班额比例（%）');
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 2; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); put(t, r, 1, d.sch, 0); put(t, r, 2, d.cls, 0); put(t, r, 3, d.stu, 0); put(t, r, 4, R(d.stu / d.cls, v.cd), v.cd);
    put(t, r, 5, d.big === 0 && v.dash ? '—' : d.big, 0); put(t, r, 6, d.big === 0 ? (v.dash ? '—' : 0) : R(d.big / d.cls * 100, v.pd), v.pd);
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：大班额比例=大班额班数÷班数×100%。');
  const d1 = rows[1].n, d3 = rows[3].n;
  tgt(t, 'avg_mismatch', rowOf[d1], 4); tgt(t, 'rate_mismatch', rowOf[v.totalLabel], 6); tgt(t, 'wrong_total', rowOf[v.totalLabel], 2); tgt(t, 'decimal_shift', rowOf[d3], 3);
  return t;
}

// 11. 各县区在校生 (万人, row total at right, rounding slack)
function tWanDist(v) {
  const t = Table('在校生分布');
  const lv = [['幼儿园', 16000], ['小学', 42000], ['初中', 20000], ['普通高中', 14000], ['中等职业学校', 6000]];
  const sc = U(3, 12);
  const rows = districts(v).map((n) => { const o = { n }; const s = U(0.3, 2); for (const [k, b] of lv) o[k] = b * sc * s * U(0.7, 1.3) / v.n * (k === '中等职业学校' && rng() < 0.25 ? 0 : 1); o.all = lv.reduce((a, [k]) => a + o[k], 0); return o; });
  const tot = { n: v.totalLabel, total: true }; for (const [k] of lv) tot[k] = sum(rows, k); tot.all = sum(rows, 'all');
  const dd = v.wd;
  title(t, `${v.year}年${v.city}各县（市、区）各级学校在校学生数`, 7);
  put(t, 1, 6, '单位：万人');
  put(t, 2, 0, '地区'); put(t, 2, 1, '合计'); lv.forEach(([k], i) => put(t, 2, 2 + i, k));
  const list = v.totalTop ? [tot, ...rows] : [...rows, tot];
  let r = 3; const rowOf = {};
  for (const d of list) {
    put(t, r, 0, d.n); put(t, r, 1, R(d.all / 10000, dd), dd);
    lv.forEach(([k], i) => put(t, r, 2 + i, d[k] === 0 ? '—' : R(d[k] / 10000, dd), dd));
    rowOf[d.n] = r; r++;
  }
  put(t, r, 0, '注：本表数据经四舍五入，合计数与分项之和可能不等；“—”表示无此类学校。');
  const d1 = rows[1].n;
  tgt(t, 'wrong_total', rowOf[d1], 1); tgt(t, 'wrong_total', rowOf[v.totalLabel], 3); tgt(t, 'decimal_shift', rowOf[rows[2].n], 4); tgt(t, 'digit_swap', rowOf[rows[0].n], 3);
  return t;
}

const BUILDERS = { levels: tLevels, district: tDistrict, twoyear: tTwoYear, rates: tRates, private: tPrivate, higher: tHigher, teachers: tTeachers, kinder: tKinder, vocmajors: tVocMajors, classsize: tClassSize, wandist: tWanDist };
function variant() {
  return { year: pick([2021, 2022, 2023, 2024]), city: pick(CITIES), totalTop: rng() < 0.65, totalLabel: pick(['合计', '总计', '全市', '全县', '全区']), indent: pick(['space', 'align', null, 'ascii']), n: 5 + Math.floor(rng() * 8), gd: pick([1, 1, 2]), unitWan: rng() < 0.6, qizhong: rng() < 0.4, withRatio: rng() < 0.6, ratioStr: rng() < 0.2, rd: pick([1, 1, 2]), cd: pick([0, 1, 1]), pd: pick([1, 2]), dash: rng() < 0.6, hasTotal: rng() < 0.6, dashKg: rng() < 0.5, absChange: rng() < 0.4, unitCol: rng() < 0.4, blankTot: rng() < 0.5, csv: rng() < 0.35, wd: pick([1, 2, 2]) };
}
function swapDigits(x) {
  const s = String(x); const idx = [];
  for (let i = 0; i < s.length - 1; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null; const i = idx[Math.floor(idx.length / 2)];
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function plant(t, kind) {
  const cands = t.targets[kind]; if (!cands || !cands.length) return null;
  const tg = pick(cands); const orig = t.grid[tg.r][tg.c]; const d = t.dec[tg.r + ',' + tg.c] || 0;
  if (typeof orig !== 'number' || orig === 0) return null; let nv;
  switch (kind) {
    case 'wrong_total': nv = R(orig + pick([-1, 1]) * Math.max(Math.pow(10, -d) * 8, Math.abs(orig) * U(0.015, 0.05)), d); break;
    case 'part_changed': nv = R(orig * U(1.05, 1.15) + (d === 0 ? 3 : 0), d); break;
    case 'growth_mismatch': nv = R(orig + pick([-1, 1]) * U(2.5, 6), d); break;
    case 'rate_mismatch': nv = R(orig + pick([-1, 1]) * Math.max(U(3, 8), orig * 0.25), d); if (nv > 100) nv = R(orig - U(3, 8), d); break;
    case 'ratio_mismatch': nv = R(orig * (1 + pick([-1, 1]) * U(0.12, 0.25)), d); break;
    case 'avg_mismatch': nv = R(orig * (1 + pick([-1, 1]) * U(0.08, 0.15)), d); break;
    case 'digit_swap': nv = swapDigits(orig); break;
    case 'decimal_shift': nv = R(orig * (rng() < 0.5 ? 10 : 0.1), d + 1); break;
    case 'subpart_exceeds': { const w = t.grid[tg.whole[0]][tg.whole[1]]; if (typeof w !== 'number') return null; nv = R(w * U(1.03, 1.15), d); break; }
  }
  if (nv === null || nv === undefined || !isFinite(nv) || nv === orig) return null;
  t.grid[tg.r][tg.c] = nv;
  return { cell: addr(tg.r, tg.c), original: orig, planted: nv, kind };
}
async function write(t, file) {
  if (t.csv) {
    const esc = (x) => { if (x === undefined || x === null) return ''; const s = String(x); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
    const w = Math.max(...t.grid.map((r) => (r || []).length));
    const fmt = (v, r, c) => { const d = t.dec[r + ',' + c]; return typeof v === 'number' && d ? v.toFixed(d) : v; };
    fs.writeFileSync(file, '\ufeff' + t.grid.map((row, r) => Array.from({ length: w }, (_, c) => esc(fmt((row || [])[c], r, c))).join(',')).join('\r\n') + '\r\n');
    return;
  }
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet(t.sheetName);
  t.grid.forEach((row, r) => (row || []).forEach((v, c) => {
    if (v === undefined || v === null) return;
    const cell = ws.getCell(r + 1, c + 1); cell.value = v; const d = t.dec[r + ',' + c];
    if (typeof v === 'number') cell.numFmt = d ? '0.' + '0'.repeat(d) : (d === 0 ? '0' : 'General');
    if (c === 0 && t.indent[r]) cell.alignment = { indent: t.indent[r] };
  }));
  for (const m of t.merges) { try { ws.mergeCells(m); } catch (e) { } }
  ws.getColumn(1).width = 24;
  await wb.xlsx.writeFile(file);
}
(async () => {
  const manifest = []; let n = 0;
  for (const [name, fn] of Object.entries(BUILDERS)) {
    const nClean = PROBE || 2;
    for (let i = 0; i < nClean; i++) { const v = variant(); const t = fn(v); const file = `${name}_clean${i + 1}.${t.csv ? 'csv' : 'xlsx'}`; await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: true, variant: v }); n++; }
    if (PROBE) continue;
    const ks = shuffle(Object.keys(fn(variant()).targets));
    let j = 0;
    for (const k of ks) {
      if (j >= 2) break;
      let rec = null, t, v;
      for (let tries = 0; tries < 10 && !rec; tries++) { v = variant(); t = fn(v); rec = plant(t, k); }
      if (!rec) continue;
      const file = `${name}_${k}${++j}.${t.csv ? 'csv' : 'xlsx'}`; await write(t, path.join(OUT, file)); manifest.push({ file, sheet: t.sheetName, clean: false, ...rec, variant: v }); n++;
    }
  }
  fs.writeFileSync(process.env.MANIFEST || path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', n, 'workbooks;', manifest.filter((m) => m.clean).length, 'clean,', manifest.filter((m) => !m.clean).length, 'planted');
})();
