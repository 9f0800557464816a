// Generator for clean party-statistics tables (党内统计). Deterministic.
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');
const fs = require('fs');
const path = require('path');

let seed = 20240611;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
const r1 = x => Math.round(x * 10 + 1e-9) / 10;
const r2 = x => Math.round(x * 100 + 1e-9) / 100;
const pct = (p, t) => t === 0 ? '—' : Math.round(p * 1000 / t + 1e-9) / 10;
const growth = (a, b) => a === 0 ? '—' : r1((b - a) * 100 / a);
function split(total, weights) {
  const s = weights.reduce((a, b) => a + b, 0);
  const out = weights.map(w => Math.floor(total * w / s));
  let rest = total - out.reduce((a, b) => a + b, 0);
  let i = 0; while (rest > 0) { out[i % out.length]++; rest--; i++; }
  return out;
}
const jit = ws => ws.map(w => w * (0.7 + 0.6 * rnd()));
const sum = a => a.reduce((x, y) => x + y, 0);

const AGES = ['30岁及以下', '31—35岁', '36—40岁', '41—45岁', '46—50岁', '51—55岁', '56—60岁', '61岁及以上'];
const AGEW = [10, 8, 9, 9, 10, 11, 10, 33];
const EDUS = ['研究生', '大学本科', '大学专科', '中专', '高中及以下'];
const EDUW = [3, 30, 22, 10, 35];
const OCCS = ['工人', '农牧渔民', '企事业单位专业技术人员', '企事业单位管理人员', '党政机关工作人员', '学生', '离退休人员', '其他职业人员'];
const OCCW = [7, 26, 14, 9, 8, 3, 28, 5];
const SECT = ['机关', '事业单位', '企业', '社会组织', '农村', '城市社区'];
const COUNTIES = [['城关区', '东河县', '西岭县', '南湖县', '北山县', '清水县', '石门县'],
  ['临江区', '白马县', '青龙县', '安平县', '永宁县', '兴隆县'],
  ['城关镇', '新安镇', '石桥镇', '柳河乡', '白沙乡', '青山镇', '龙泉街道', '三里乡']];
const TOWNS = ['城关街道', '龙泉街道', '新安镇', '石桥镇', '柳河乡', '白沙乡', '青山镇', '三里乡', '高峰乡', '双河镇'];

// A table: {file, sheet, rows (2D, 0-based), merges:[[r1,c1,r2,c2]], dec:{col:decimals}, cand:[{r,c,kind}], csv:{enc,thou}}
const tables = [];
function T(file, sheet, title, unit, header, merges, body, dec, notes, cand, csv, extra) {
  const rows = [[title], [unit], ...header, ...body, ...(notes || []).map(n => [n])];
  const off = 2 + header.length;
  const m = [[0, 0, 0, (header[header.length - 1].length - 1)], ...merges.map(([a, b, c, d]) => [a + 2, b, c + 2, d])];
  const cands = (cand || []).map(x => ({ ...x, r: x.r + off }));
  const t = { file, sheet, rows, merges: m, dec: dec || {}, cand: cands, csv, ncol: header[header.length - 1].length, extra };
  return t;
}
function addBook(file, sheets, csv) { tables.push({ file, sheets, csv }); }

// ---------- builders ----------
// B: long structure table: rows groups, cols 人数, 构成
function structLong(title, groups, weights, total, opts = {}) {
  const counts = split(total, jit(weights));
  const hdr = [['项目', '人数', '构成（%）']];
  const body = [[opts.totalLabel || '合计', total, 100.0]];
  groups.forEach((g, i) => body.push([g, counts[i], pct(counts[i], total)]));
  const cand = [{ r: 0, c: 1, kind: 'total' }, { r: 3, c: 2, kind: 'share' }, { r: 2, c: 1, kind: 'part' }];
  return { hdr, body, cand, dec: { 2: 1 } };
}
// two-year structure
function structTwoYear(groups, weights, t23, t24, label) {
  const a = split(t23, jit(weights));
  const b = a.map(x => Math.max(0, x + Math.round(x * (rnd() * 0.16 - 0.06))));
  // totals derived
  const A = sum(a), B = sum(b);
  const hdr = [[label || '项目', '2023年末', null, '2024年末', null, '比上年', null],
    [null, '人数', '构成（%）', '人数', '构成（%）', '增减', '增长（%）']];
  const merges = [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]];
  const body = [['总计', A, 100.0, B, 100.0, B - A, growth(A, B)]];
  groups.forEach((g, i) => body.push([g, a[i], pct(a[i], A), b[i], pct(b[i], B), b[i] - a[i], growth(a[i], b[i])]));
  const cand = [{ r: 0, c: 3, kind: 'total' }, { r: 2, c: 4, kind: 'share' }, { r: 3, c: 5, kind: 'change' }, { r: 4, c: 6, kind: 'growth' }];
  return { hdr, merges, body, cand, dec: { 2: 1, 4: 1, 6: 1 } };
}
// wide by-unit breakdown (age groups etc.)
function wideBreak(units, groups, weights, lo, hi, unitLabel, groupLabel, totLabel) {
  const rowsU = units.map(u => { const t = ri(lo, hi); return [u, t, ...split(t, jit(weights))]; });
  const tot = [totLabel || '合计', ...rowsU[0].slice(1).map((_, j) => sum(rowsU.map(r => r[j + 1])))];
  const hdr = [['序号', unitLabel, '党员总数', groupLabel, ...groups.slice(1).map(() => null)], [null, null, null, ...groups]];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 2 + groups.length]];
  const body = [['', ...tot], ...rowsU.map((r, i) => [i + 1, ...r])];
  const cand = [{ r: 0, c: 2, kind: 'total' }, { r: 3, c: 5, kind: 'part' }, { r: 0, c: 4, kind: 'total' }];
  return { hdr, merges, body, cand, dec: {} };
}
// 其中 columns with shares: 党员总数, 其中女 人数 占比, 其中少数民族 人数 占比
function genderEthnic(units, lo, hi, unitLabel) {
  const rowsU = units.map(u => { const t = ri(lo, hi); const f = Math.round(t * (0.22 + rnd() * 0.14)); const m = Math.round(t * (rnd() * 0.12)); return [u, t, f, m]; });
  const T0 = ['合计', sum(rowsU.map(r => r[1])), sum(rowsU.map(r => r[2])), sum(rowsU.map(r => r[3]))];
  const hdr = [['序号', unitLabel, '党员总数', '其中：女', null, '其中：少数民族', null], [null, null, null, '人数', '占比（%）', '人数', '占比（%）']];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 6]];
  const mk = (r, i) => [i, r[0], r[1], r[2], pct(r[2], r[1]), r[3], pct(r[3], r[1])];
  const body = [mk(T0, ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 0, c: 2, kind: 'total' }, { r: 2, c: 4, kind: 'share' }, { r: 3, c: 3, kind: 'part' }, { r: 4, c: 6, kind: 'share' }];
  return { hdr, merges, body, cand, dec: { 4: 1, 6: 1 } };
}
// 发展党员 by unit with 其中 columns
function develop(units, lo, hi, unitLabel) {
  const rowsU = units.map(u => { const t = ri(lo, hi); return [u, t, Math.round(t * (0.3 + rnd() * 0.2)), Math.round(t * (0.6 + rnd() * 0.3)), Math.round(t * (0.4 + rnd() * 0.4)), Math.round(t * (0.15 + rnd() * 0.2))]; });
  const T0 = ['合计', ...[1, 2, 3, 4, 5].map(j => sum(rowsU.map(r => r[j])))];
  const hdr = [['序号', unitLabel, '发展党员数', '其中', null, null, null, null, null, null],
    [null, null, null, '女', null, '35岁及以下', null, '大专及以上学历', null, '一线工人农民'],
    [null, null, null, '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）', '人数']];
  const merges = [[0, 0, 2, 0], [0, 1, 2, 1], [0, 2, 2, 2], [0, 3, 0, 9], [1, 3, 1, 4], [1, 5, 1, 6], [1, 7, 1, 8], [1, 9, 2, 9]];
  const mk = (r, i) => [i, r[0], r[1], r[2], pct(r[2], r[1]), r[3], pct(r[3], r[1]), r[4], pct(r[4], r[1]), r[5]];
  const body = [mk(T0, ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 0, c: 2, kind: 'total' }, { r: 2, c: 6, kind: 'share' }, { r: 3, c: 5, kind: 'part' }, { r: 1, c: 8, kind: 'share' }, { r: 0, c: 9, kind: 'total' }];
  return { hdr, merges, body, cand, dec: { 4: 1, 6: 1, 8: 1 } };
}
// pipeline: 入党申请人 / 积极分子 / 发展对象 / 发展党员
function pipeline(units, unitLabel) {
  const rowsU = units.map(u => { const a = ri(60, 400); const b = Math.round(a * (0.4 + rnd() * 0.3)); const c = Math.round(b * (0.2 + rnd() * 0.2)); const d = Math.round(c * (0.6 + rnd() * 0.3)); return [u, a, b, c, d]; });
  const T0 = ['全县合计', ...[1, 2, 3, 4].map(j => sum(rowsU.map(r => r[j])))];
  const hdr = [['序号', unitLabel, '入党申请人', '入党积极分子', '发展对象', '发展党员', '积极分子占申请人比例（%）']];
  const mk = (r, i) => [i, r[0], r[1], r[2], r[3], r[4], pct(r[2], r[1])];
  const body = [mk(T0, ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 0, c: 3, kind: 'total' }, { r: 2, c: 6, kind: 'share' }, { r: 0, c: 2, kind: 'total' }];
  return { hdr, merges: [], body, cand, dec: { 6: 1 } };
}
// 党组织 by sector: 合计, 党委, 党总支, 党支部 ; with 其中 row under 企业
function orgs(scale) {
  const data = SECT.map(s => { const w = { 机关: 1, 事业单位: 1.3, 企业: 1.6, 社会组织: 0.5, 农村: 2.5, 城市社区: 0.8 }[s]; const zb = Math.round(ri(80, 160) * w * scale); return [s, ri(2, 12), ri(3, 25), zb]; });
  const hdr = [['类别', '基层党组织数', '其中', null, null], [null, null, '党委', '党总支', '党支部']];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4]];
  const body = [];
  const tot = [1, 2, 3].map(j => sum(data.map(r => r[j])));
  body.push(['总计', sum(tot), ...tot]);
  data.forEach(r => {
    body.push([r[0], r[1] + r[2] + r[3], r[1], r[2], r[3]]);
    if (r[0] === '企业') { const a = Math.round(r[1] * 0.4), b = Math.round(r[2] * 0.6), c = Math.round(r[3] * 0.7); body.push(['  其中：非公有制企业', a + b + c, a, b, c]); }
  });
  const cand = [{ r: 0, c: 1, kind: 'total' }, { r: 2, c: 4, kind: 'part' }, { r: 4, c: 4, kind: 'part' }];
  return { hdr, merges, body, cand, dec: {} };
}
// 换届: 应换届数 已换届数 换届率
function reelect(units, unitLabel) {
  const rowsU = units.map((u, i) => { const a = i === 3 ? 0 : ri(8, 60); const b = a - ri(0, Math.min(a, 4)); return [u, a, b]; });
  const T0 = ['合计', sum(rowsU.map(r => r[1])), sum(rowsU.map(r => r[2]))];
  const hdr = [['序号', unitLabel, '应换届党组织数（个）', '已按期换届数（个）', '按期换届率（%）']];
  const mk = (r, i) => [i, r[0], r[1], r[2], r[1] === 0 ? '—' : pct(r[2], r[1])];
  const body = [mk(T0, ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 2, c: 4, kind: 'share' }, { r: 0, c: 3, kind: 'total' }, { r: 5, c: 3, kind: 'part' }];
  return { hdr, merges: [], body, cand, dec: { 4: 1 } };
}
// 党费 万元 two-year
function dues(units, unitLabel) {
  const rowsU = units.map(u => { const a = ri(300, 9000); const b = Math.round(a * (0.9 + rnd() * 0.25)); return [u, a, b]; }); // in 0.01万元
  const A = sum(rowsU.map(r => r[1])), B = sum(rowsU.map(r => r[2]));
  const hdr = [['序号', unitLabel, '2023年', '2024年', '增减', '增长（%）']];
  const mk = (r, i) => [i, r[0], r[1] / 100, r[2] / 100, (r[2] - r[1]) / 100, growth(r[1], r[2])];
  const body = [mk(['合计', A, B], ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 0, c: 3, kind: 'total' }, { r: 2, c: 4, kind: 'change' }, { r: 3, c: 5, kind: 'growth' }];
  return { hdr, merges: [], body, cand, dec: { 2: 2, 3: 2, 4: 2, 5: 1 } };
}
// two-year member totals by unit
function twoYear(units, lo, hi, unitLabel, what) {
  const rowsU = units.map(u => { const a = ri(lo, hi); const b = a + Math.round(a * (rnd() * 0.08 - 0.02)); return [u, a, b]; });
  const A = sum(rowsU.map(r => r[1])), B = sum(rowsU.map(r => r[2]));
  const hdr = [['序号', unitLabel, what, null, null, null], [null, null, '2023年末', '2024年末', '增减', '增长（%）']];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5]];
  const mk = (r, i) => [i, r[0], r[1], r[2], r[2] - r[1], growth(r[1], r[2])];
  const body = [mk(['合计', A, B], ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 0, c: 2, kind: 'total' }, { r: 3, c: 4, kind: 'change' }, { r: 2, c: 5, kind: 'growth' }];
  return { hdr, merges, body, cand, dec: { 5: 1 } };
}
// 流动党员
function mobile(units, unitLabel) {
  const rowsU = units.map(u => { const sn = ri(20, 300), sw = ri(10, 200); const n = sn + sw; const g = n - ri(0, Math.floor(n * 0.08)); return [u, n, sn, sw, g]; });
  const T0 = ['合计', ...[1, 2, 3, 4].map(j => sum(rowsU.map(r => r[j])))];
  const hdr = [['序号', unitLabel, '流出党员', null, null, '已纳入组织管理', null], [null, null, '合计', '省内', '省外', '人数', '纳入率（%）']];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 6]];
  const mk = (r, i) => [i, r[0], r[1], r[2], r[3], r[4], pct(r[4], r[1])];
  const body = [mk(T0, ''), ...rowsU.map((r, i) => mk(r, i + 1))];
  const cand = [{ r: 2, c: 2, kind: 'total' }, { r: 3, c: 5, kind: 'part' }, { r: 4, c: 6, kind: 'share' }];
  return { hdr, merges, body, cand, dec: { 6: 1 } };
}
// 职业 x sector? -> develop by occupation long with two years done by structTwoYear

function tbl(file, sheet, title, unit, b, notes, csv) {
  const t = T(file, sheet, title, unit, b.hdr, b.merges || [], b.body, b.dec, notes, b.cand, csv);
  if (b.rowdec) t.rowdec = Object.fromEntries(Object.entries(b.rowdec).map(([k, v]) => [+k + 2 + b.hdr.length, v]));
  return t;
}

// ---------- file list ----------
const C0 = COUNTIES[0], C1 = COUNTIES[1], C2 = COUNTIES[2];
const specs = [];
function S(file, sheets, csv) { specs.push({ file, sheets, csv }); }

S('p01_age_county.xlsx', [tbl('', '年龄', '2024年末各县（区）党员年龄构成情况', '单位：名', wideBreak(C0, AGES, AGEW, 3000, 21000, '县（区）', '年龄'), ['注：年龄按2024年12月31日计算。'])]);
S('p02_age_struct.xlsx', [tbl('', '年龄构成', '2024年末全市党员年龄构成', '单位：名、%', structLong('', AGES, AGEW, 186432, { totalLabel: '党员总数' }))]);
S('p03_edu_2y.xlsx', [tbl('', '学历', '党员学历构成情况（2023—2024年）', '单位：名、%', structTwoYear(EDUS, EDUW, 92317, 0, '学历'), ['注：“研究生”含博士、硕士研究生。'])]);
S('p04_occ_2y.xlsx', [tbl('', '职业', '党员职业构成对比表', '单位：名、%', structTwoYear(OCCS, OCCW, 143208, 0, '职业'))]);
S('p05_gender_county.xlsx', [tbl('', 'Sheet1', '各县（区）党员性别、民族构成', '单位：名、%', genderEthnic(C0, 4000, 26000, '县（区）'))]);
S('p06_develop.xlsx', [tbl('', '发展党员', '2024年发展党员情况统计表', '单位：名、%', develop(C1, 120, 900, '单位'), ['注：一线工人农民指工人和农牧渔民。'])]);
S('p07_pipeline.xlsx', [tbl('', '入党积极分子', '入党申请人、入党积极分子、发展对象情况', '单位：名、%', pipeline(TOWNS, '乡镇（街道）'))]);
S('p08_orgs.xlsx', [tbl('', '基层党组织', '2024年末基层党组织分布情况', '单位：个', orgs(1))]);
S('p09_reelect.xlsx', [tbl('', '换届', '2024年基层党组织按期换届情况', '单位：个、%', reelect(TOWNS.slice(0, 8), '乡镇（街道）'), ['注：“—”表示本年度无应换届党组织。'])]);
S('p10_dues.xlsx', [tbl('', '党费', '党费收缴情况', '单位：万元、%', dues(C1, '单位'))]);
S('p11_twoyear.xlsx', [tbl('', '党员数', '各县（区）党员数量变化情况', '单位：名、%', twoYear(C0, 5000, 30000, '县（区）', '党员总数'))]);
S('p12_mobile.xlsx', [tbl('', '流动党员', '流动党员管理情况', '单位：名、%', mobile(C2, '乡镇'))]);
// multi-sheet workbook
S('p13_annual.xlsx', [
  tbl('', '党员构成', '2024年党内统计年报·党员学历构成', '单位：名、%', structLong('', EDUS, EDUW, 75422)),
  tbl('', '职业构成', '2024年党内统计年报·党员职业构成', '单位：名、%', structLong('', OCCS, OCCW, 75422)),
  tbl('', '组织', '2024年党内统计年报·基层党组织', '单位：个', orgs(0.6))]);
S('p14_dev_age.xlsx', [tbl('', '发展年龄', '2024年发展党员年龄构成', '单位：名、%', structLong('', ['25岁及以下', '26—30岁', '31—35岁', '36—40岁', '41—45岁', '46岁及以上'], [38, 22, 16, 10, 7, 7], 4318, { totalLabel: '发展党员总数' }))]);
S('p15_age_town.xlsx', [tbl('', '乡镇', '各乡镇（街道）党员年龄分布', '单位：名', wideBreak(TOWNS, AGES, AGEW, 500, 3200, '乡镇（街道）', '按年龄分'))]);
S('p16_edu_county.xlsx', [tbl('', '学历分布', '各县（区）党员学历分布', '单位：名', wideBreak(C1, EDUS, EDUW, 6000, 24000, '县（区）', '学历'))]);
S('p17_gender_town.xlsx', [tbl('', '性别民族', '各乡镇党员性别民族构成', '单位：名、%', genderEthnic(TOWNS, 400, 3000, '乡镇（街道）'))]);
S('p18_develop_town.xlsx', [tbl('', 'Sheet1', '2024年各乡镇发展党员情况', '单位：名、%', develop(TOWNS.slice(0, 8), 8, 60, '乡镇（街道）'))]);
S('p19_dues_town.xlsx', [tbl('', '党费', '各乡镇（街道）党费收缴对比', '单位：万元、%', dues(TOWNS, '乡镇（街道）'))]);
S('p20_reelect_county.xlsx', [tbl('', '换届情况', '各县（区）村（社区）党组织换届完成情况', '单位：个、%', reelect(C0, '县（区）'))]);
S('p21_occ_dev_2y.xlsx', [tbl('', '发展职业', '发展党员职业构成（2023—2024年）', '单位：名、%', structTwoYear(OCCS.filter(x => x !== '离退休人员'), [12, 30, 18, 8, 10, 15, 7], 4102, 0, '职业'))]);
S('p22_mobile_county.xlsx', [tbl('', '流动党员', '各县（区）流出党员纳入管理情况', '单位：名、%', mobile(C1, '县（区）'))]);
S('p23_twoyear_town.xlsx', [tbl('', '变化', '各乡镇党员人数增减', '单位：名、%', twoYear(TOWNS, 400, 3200, '乡镇（街道）', '党员人数'))]);
S('p24_orgs_big.xlsx', [tbl('', '党组织', '全市基层党组织情况', '单位：个', orgs(3))]);
// CSV files
S('c01_age_county.csv', [tbl('', '', '2024年末各县（区）党员年龄构成情况', '单位：名', wideBreak(C1, AGES, AGEW, 3000, 21000, '县（区）', '年龄'))], { enc: 'utf8bom', thou: true });
S('c02_edu_struct.csv', [tbl('', '', '党员学历构成', '单位：名、%', structLong('', EDUS, EDUW, 53218))], { enc: 'gbk', thou: false });
S('c03_gender.csv', [tbl('', '', '各县（区）党员性别、民族构成', '单位：名、%', genderEthnic(C1, 4000, 26000, '县（区）'), ['注：占比=人数/党员总数×100，保留一位小数。'])], { enc: 'gb18030', thou: true });
S('c04_develop.csv', [tbl('', '', '2024年发展党员情况', '单位：名、%', develop(C0, 120, 900, '县（区）'))], { enc: 'utf8bom', thou: true });
S('c05_pipeline.csv', [tbl('', '', '入党申请人、入党积极分子、发展对象情况', '单位：名、%', pipeline(C2, '乡镇'))], { enc: 'gbk', thou: true });
S('c06_orgs.csv', [tbl('', '', '基层党组织分布情况', '单位：个', orgs(2))], { enc: 'utf8bom', thou: true });
S('c07_reelect.csv', [tbl('', '', '基层党组织换届情况', '单位：个、%', reelect(C2, '乡镇'))], { enc: 'gbk', thou: false });
S('c08_dues.csv', [tbl('', '', '党费收缴情况', '单位：万元、%', dues(C0, '县（区）'))], { enc: 'gb18030', thou: true });
S('c09_twoyear.csv', [tbl('', '', '各县（区）党员数量变化', '单位：名、%', twoYear(C1, 5000, 30000, '县（区）', '党员总数'))], { enc: 'utf8bom', thou: true });
S('c10_mobile.csv', [tbl('', '', '流动党员管理情况', '单位：名、%', mobile(C0, '县（区）'))], { enc: 'gbk', thou: true });
S('c11_occ_2y.csv', [tbl('', '', '党员职业构成对比', '单位：名、%', structTwoYear(OCCS, OCCW, 211907, 0, '职业'))], { enc: 'utf8bom', thou: true });
S('c12_age_struct.csv', [tbl('', '', '党员年龄构成', '单位：名、%', structLong('', AGES, AGEW, 28743, { totalLabel: '党员总数' }))], { enc: 'gb18030', thou: true });


// ---------- batch 2: harder layouts ----------
function basicInfo(total) {
  const f = Math.round(total * 0.29), m = Math.round(total * 0.061), y35 = 0;
  const ages = split(total, jit(AGEW)), edus = split(total, jit(EDUW));
  const hdr = [['项目', '人数', '占党员总数比例（%）']];
  const body = [['党员总数', total, 100.0], ['  其中：女党员', f, pct(f, total)], ['        少数民族党员', m, pct(m, total)], ['按年龄分：', null, null]];
  AGES.forEach((g, i) => body.push(['  ' + g, ages[i], pct(ages[i], total)]));
  body.push(['按学历分：', null, null]);
  EDUS.forEach((g, i) => body.push(['  ' + g, edus[i], pct(edus[i], total)]));
  const cand = [{ r: 1, c: 1, kind: 'bigpart' }, { r: 15, c: 1, kind: 'part' }, { r: 7, c: 2, kind: 'share' }];
  return { hdr, merges: [], body, cand, dec: { 2: 1 } };
}
function transposed() {
  const a = [ri(60000, 90000)]; a.push(Math.round(a[0] * 0.28), Math.round(a[0] * 0.05), Math.round(a[0] * 0.21), Math.round(a[0] * 0.47));
  const b = a.map(x => x + Math.round(x * (rnd() * 0.06 - 0.01)));
  const hdr = [['项目', '党员总数', '其中', null, null, null], [null, null, '女', '少数民族', '35岁及以下', '大专及以上学历']];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5]];
  const body = [['2023年末', ...a], ['2024年末', ...b], ['增减', ...b.map((x, i) => x - a[i])], ['增长（%）', ...b.map((x, i) => growth(a[i], x))]];
  const cand = [{ r: 2, c: 3, kind: 'change' }, { r: 3, c: 4, kind: 'growth' }, { r: 1, c: 2, kind: 'bigpart' }];
  return { hdr, merges, body, cand, dec: {} , rowdec: { 3: 1 } };
}
function orgsUnion(scale) {
  const data = SECT.map(s => { const zb = Math.round(ri(80, 300) * scale); return [s, ri(2, 12), ri(3, 25), zb, Math.round(zb * (0.05 + rnd() * 0.2))]; });
  const hdr = [['类别', '党组织总数', '党委', '党总支', '党支部', null], [null, null, null, null, '个数', '其中：联合党支部']];
  const merges = [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 5]];
  const tot = [1, 2, 3, 4].map(j => sum(data.map(r => r[j])));
  const body = [['合计', tot[0] + tot[1] + tot[2], ...tot], ...data.map(r => [r[0], r[1] + r[2] + r[3], r[1], r[2], r[3], r[4]])];
  const cand = [{ r: 3, c: 5, kind: 'bigpart5' }, { r: 5, c: 3, kind: 'part' }];
  return { hdr, merges, body, cand, dec: {} };
}
function devOccSub() {
  const groups = ['工人', '农牧渔民', '企事业单位专业技术人员', '企事业单位管理人员', '党政机关工作人员', '学生', '其他职业人员'];
  const a = split(ri(3000, 6000), jit([12, 30, 18, 8, 10, 15, 7]));
  const b = a.map(x => x + Math.round(x * (rnd() * 0.2 - 0.08)));
  const hdr = [['职业', '2023年', '2024年', '增减', '增长（%）']];
  const body = [['合计', sum(a), sum(b), sum(b) - sum(a), growth(sum(a), sum(b))]];
  groups.forEach((g, i) => {
    body.push([g, a[i], b[i], b[i] - a[i], growth(a[i], b[i])]);
    if (g === '企事业单位专业技术人员' || g === '学生') { const x = Math.round(a[i] * 0.55), y = Math.round(b[i] * 0.6); body.push([g === '学生' ? '  其中：研究生' : '  其中：非公有制经济组织', x, y, y - x, growth(x, y)]); }
  });
  const cand = [{ r: 4, c: 2, kind: 'bigpart' }, { r: 2, c: 3, kind: 'change' }];
  return { hdr, merges: [], body, cand, dec: { 4: 1 } };
}
S('q01_basic.xlsx', [tbl('', '基本情况', '2024年末党员基本情况', '单位：名、%', basicInfo(128431), ['注：年龄、学历分组之和等于党员总数。'])]);
S('q02_transposed.xlsx', [tbl('', '对比', '党员队伍主要指标对比', '单位：名、%', transposed())]);
S('q03_orgs_union.xlsx', [tbl('', '党支部', '各领域党组织设置情况', '单位：个', orgsUnion(1))]);
S('q04_devocc.xlsx', [tbl('', '发展职业', '发展党员职业分布对比', '单位：名、%', devOccSub())]);
S('q05_basic.csv', [tbl('', '', '党员基本情况（2024年末）', '单位：名、%', basicInfo(46210), ['注：“其中”项不参与合计，各分组之和等于党员总数。'])], { enc: 'gbk', thou: true });
S('q06_transposed.csv', [tbl('', '', '党员队伍主要指标对比', '单位：名、%', transposed())], { enc: 'utf8bom', thou: true });
S('q07_orgs_union.csv', [tbl('', '', '各领域党组织设置情况', '单位：个', orgsUnion(4))], { enc: 'gb18030', thou: true });
S('q08_devocc.csv', [tbl('', '', '发展党员职业分布对比', '单位：名、%', devOccSub())], { enc: 'utf8bom', thou: false });

// ---------- writers ----------
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
async function writeXlsx(spec, out) {
  const wb = new ExcelJS.Workbook();
  for (const t of spec.sheets) {
    const ws = wb.addWorksheet(t.sheet);
    t.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const d = (t.rowdec && t.rowdec[r] !== undefined) ? t.rowdec[r] : t.dec[c];
      if (typeof v === 'number' && d !== undefined && r > 1) cell.numFmt = d === 1 ? '0.0' : '0.00';
      else if (typeof v === 'number' && Math.abs(v) >= 1000) cell.numFmt = '#,##0';
    }));
    for (const [a, b, c, d] of t.merges) ws.mergeCells(a + 1, b + 1, c + 1, d + 1);
    ws.getColumn(2).width = 18;
  }
  await wb.xlsx.writeFile(out);
}
function fmtCsv(v, c, t, thou, r) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const d = (t.rowdec && t.rowdec[r] !== undefined) ? t.rowdec[r] : t.dec[c];
    let s = d !== undefined ? v.toFixed(d) : String(v);
    if (thou && Math.abs(v) >= 1000) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : ''); }
    v = s;
  }
  v = String(v);
  return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}
function writeCsv(spec, out) {
  const t = spec.sheets[0];
  const lines = t.rows.map((row, r) => { const a = []; for (let c = 0; c < t.ncol; c++) a.push(fmtCsv(row[c], c, t, spec.csv.thou, r)); return a.join(','); });
  const text = lines.join('\r\n') + '\r\n';
  let buf;
  if (spec.csv.enc === 'utf8bom') buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  else buf = iconv.encode(text, spec.csv.enc);
  fs.writeFileSync(out, buf);
}
async function writeSpec(spec, out) { if (spec.file.endsWith('.csv')) writeCsv(spec, out); else await writeXlsx(spec, out); }

module.exports = { specs, writeSpec, colL };
if (require.main === module) {
  (async () => {
    for (const s of specs) await writeSpec(s, path.join(__dirname, 'clean', s.file));
    console.log(specs.length, 'files');
  })();
}
