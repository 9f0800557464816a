// Generator for round 56A: tables whose columns break a count down without saying so.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'cases');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

// seeded PRNG
let seed = 56001;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(arr) { return arr[Math.floor(rnd() * arr.length)]; }
// statistician rounding, half up, on exact ratio of integers
function rate(num, den, dp = 1) {
  if (!den) return null;
  const f = Math.pow(10, dp);
  return Math.floor((num * 100 * f) / den + 0.5 + 1e-9) / f;
}
// split n into k parts by weights (integers, sum exactly n)
function split(n, weights) {
  const s = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map(w => Math.floor(n * w / s));
  let rest = n - parts.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => [n * w / s - parts[i], i]).sort((a, b) => b[0] - a[0]);
  for (let j = 0; rest > 0; j = (j + 1) % order.length, rest--) parts[order[j][1]]++;
  return parts;
}
const TOWNS = ['城关镇', '东城街道', '西城街道', '城南镇', '石桥镇', '马坊乡', '柳林镇', '河口镇', '高庙乡', '新集镇', '王庄乡',
  '龙泉镇', '白塔乡', '三合镇', '大河镇', '黄土岭乡', '青山乡', '双井镇', '杨村镇', '李家寨乡', '东岗镇', '南湖乡', '凤凰镇',
  '桃园乡', '长岭镇', '红星乡', '古城镇'];
const COUNTIES = ['永安县', '清河县', '南江县', '武平县', '临泽县', '宁远县', '安化县', '平阳县'];
function towns(n) { const start = ri(0, TOWNS.length - n); return TOWNS.slice(start, start + n); }
function colLetter(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }

// A table spec: { sheet, title, header: [[...row1],[...row2]], merges: [[r1,c1,r2,c2] 0-based within header], rows: [[...]], notes:[...] }
// Each data row carries `label` in column 0 (or after 序号).
function sumRows(rows, cols) { return cols.map(c => rows.reduce((a, r) => a + (typeof r[c] === 'number' ? r[c] : 0), 0)); }

// ---------- table families ----------
// 1. 非公企业党建
function tQydj(names, o = {}) {
  const rows = names.map(n => {
    const E = ri(15, 320);
    const built = Math.round(E * (0.35 + rnd() * 0.5));
    const [dd, lh, gk] = split(built, [ri(4, 7), ri(2, 4), ri(1, 2)]);
    return { label: n, v: [E, built, dd, lh, gk] };
  });
  const cols = o.twoRow
    ? { h: [['乡镇', '企业数', '已建立党组织企业数', null, null, null, '覆盖率'], [null, null, '小计', '单独建立', '联合建立', '挂靠']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 1, 6]] }
    : { h: [['乡镇', '企业数', '已建立党组织企业数', '单独建立', '联合建立', '挂靠', '覆盖率']], merges: [] };
  const mk = (label, v) => [label, ...v, rate(v[1], v[0])];
  return { cols, rows: rows.map(r => mk(r.label, r.v)), totalOf: (data) => { const s = sumRows(data, [1, 2, 3, 4, 5]); return mk(null, s).slice(1); }, rateCols: [[6, 2, 1]] };
}
// 2. 党员 structure with sex + age groups (each add up) + overlapping 少数民族
function tDyjg(names, o = {}) {
  const rows = names.map(n => {
    const T = ri(180, 2600);
    const [m, f] = split(T, [ri(65, 80), ri(20, 35)]);
    const minority = ri(0, Math.round(T * 0.06));
    const ages = split(T, [ri(10, 18), ri(14, 20), ri(18, 24), ri(18, 24), ri(15, 25)]);
    return [n, T, m, f, minority, ...ages];
  });
  const h = o.twoRow
    ? [['乡镇', '党员数', '性别', null, '少数民族', '年龄', null, null, null, null], [null, null, '男', '女', null, '35岁及以下', '36至45岁', '46至55岁', '56至65岁', '66岁及以上']]
    : [['乡镇', '党员数', '男', '女', '少数民族', '35岁及以下', '36至45岁', '46至55岁', '56至65岁', '66岁及以上']];
  const merges = o.twoRow ? [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 1, 4], [0, 5, 0, 9]] : [];
  return { cols: { h, merges }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4, 5, 6, 7, 8, 9]) };
}
// 3. 党员: overlapping 其中 parts only (女, 少数民族, 35岁及以下, 大专及以上) — none adds to total
function tDyOverlap(names) {
  const rows = names.map(n => {
    const T = ri(150, 2200);
    const f = Math.round(T * (0.2 + rnd() * 0.12));
    const mn = ri(0, Math.round(T * 0.05));
    const y = Math.round(T * (0.15 + rnd() * 0.1));
    const dz = Math.round(T * (0.3 + rnd() * 0.25));
    const fx = ri(3, 40);
    return [n, T, f, mn, y, dz, fx];
  });
  return { cols: { h: [['乡镇', '党员数', '女', '少数民族', '35岁及以下', '大专及以上', '本年发展党员']], merges: [] }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4, 5, 6]) };
}
// 4. 党组织数 | 党委 | 党总支 | 党支部
function tDzz(names, o = {}) {
  const rows = names.map(n => {
    const dw = ri(1, 3), zz = ri(0, 6), zb = ri(12, 75);
    return [n, dw + zz + zb, dw, zz, zb];
  });
  const h = o.twoRow ? [['乡镇', '基层党组织', null, null, null], [null, '合计', '党委', '党总支', '党支部']] : [['乡镇', '党组织数', '党委', '党总支', '党支部']];
  const merges = o.twoRow ? [[0, 0, 1, 0], [0, 1, 0, 4]] : [];
  return { cols: { h, merges }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4]) };
}
// 5. 社会组织 with 基金会 mostly zero, plus coincidental 0-columns
function tShzz(names, o = {}) {
  const rows = names.map(n => {
    const st = ri(3, 40), mf = ri(2, 35), jj = rnd() < 0.75 ? 0 : ri(1, 2);
    const cs = rnd() < 0.7 ? 0 : ri(1, 2); const a4 = rnd() < 0.8 ? 0 : 1;
    return [n, st + mf + jj, st, mf, jj, cs, a4];
  });
  return { cols: { h: [['乡镇', '社会组织数', '社会团体', '民办非企业单位', '基金会', '慈善组织', '4A级及以上']], merges: [] }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4, 5, 6]), dashZero: o.dash ? [4, 5, 6] : [] };
}
// 6. 年初数 | 本年新增 | 本年减少 | 年末数
function tFlow(names, o = {}) {
  const rows = names.map(n => {
    const a = ri(10, 90), add = ri(0, 9), sub = ri(0, Math.min(6, a));
    return [n, a, add, sub, a + add - sub];
  });
  const what = o.what || '社会组织';
  return { cols: { h: [['乡镇', '年初数', '本年新增', '本年减少', '年末数']], merges: [] }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4]), what };
}
// 7. 党员 flow: 年初 | 发展 | 转入 | 死亡 | 转出 | 年末
function tDyFlow(names) {
  const rows = names.map(n => {
    const a = ri(200, 2500), fz = ri(2, 30), zr = ri(0, 25), sw = ri(0, 25), zc = ri(0, 20);
    return [n, a, fz, zr, sw, zc, a + fz + zr - sw - zc];
  });
  return { cols: { h: [['乡镇', '年初党员数', '增加', null, '减少', null, '年末党员数'], [null, null, '发展党员', '转入', '死亡', '转出', null]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5], [0, 6, 1, 6]] }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4, 5, 6]) };
}
// 8. 从业人员 | 城镇 | 乡村 ; 在岗职工 | 男 | 女
function tCyry(names, o = {}) {
  const rows = names.map(n => {
    const T = ri(3000, 42000);
    const [cz, xc] = split(T, [ri(20, 60), ri(40, 80)]);
    const zg = ri(300, 6000); const [m, f] = split(zg, [ri(50, 62), ri(38, 50)]);
    return [n, T, cz, xc, zg, m, f];
  });
  const h = o.twoRow
    ? [['乡镇', '从业人员', null, null, '在岗职工', null, null], [null, '合计', '城镇', '乡村', '合计', '男', '女']]
    : [['乡镇', '从业人员', '城镇', '乡村', '在岗职工', '男', '女']];
  const merges = o.twoRow ? [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]] : [];
  return { cols: { h, merges }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4, 5, 6]) };
}
// 9. 学历 five groups
function tXl(names) {
  const rows = names.map(n => {
    const T = ri(150, 2400);
    const g = split(T, [ri(1, 3), ri(12, 22), ri(18, 26), ri(18, 26), ri(28, 45)]);
    return [n, T, ...g];
  });
  return { cols: { h: [['乡镇', '党员数', '研究生', '大学本科', '大学专科', '中专及高中', '初中及以下']], merges: [] }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4, 5, 6]) };
}
// 10. 从业人员 by industry, 3 groups
function tCy3(names) {
  const rows = names.map(n => {
    const T = ri(2000, 30000);
    const g = split(T, [ri(30, 60), ri(15, 35), ri(20, 40)]);
    return [n, T, ...g];
  });
  return { cols: { h: [['乡镇', '从业人员', '第一产业', '第二产业', '第三产业']], merges: [] }, rows, totalOf: d => sumRows(d, [1, 2, 3, 4]) };
}

// ---------- assembling ----------
// opts: seq (序号 col), rank {col: source col index for rank desc}, year (年份 col), remark, total: 'top'|'bottom'|'none', pian: number of 片区 (subtotals), pianPos 'before'|'after'
function build(tbl, names, opts) {
  let rows = tbl.rows.map(r => r.slice());
  const nCols = tbl.cols.h[0].length;
  const isRateCol = c => (tbl.rateCols || []).some(rc => rc[0] === c);
  const totalFor = (sub) => {
    const t = tbl.totalOf(sub);
    return t;
  };
  const out = [];
  const kindOf = [];
  if (opts.pian) {
    const k = opts.pian;
    const sizes = split(rows.length, Array(k).fill(1));
    const pnames = ['东片区', '西片区', '南片区', '北片区', '中片区'];
    let i = 0; const blocks = [];
    sizes.forEach((s, j) => { blocks.push({ name: pnames[j], rows: rows.slice(i, i + s) }); i += s; });
    const grand = [opts.totalLabel || '合计', ...totalFor(rows)];
    if (opts.total === 'top') { out.push(grand); kindOf.push('total'); }
    for (const b of blocks) {
      const sub = [b.name + (opts.pianPos === 'after' ? '小计' : ''), ...totalFor(b.rows)];
      if (opts.pianPos !== 'after') { out.push(sub); kindOf.push('sub'); }
      for (const r of b.rows) { out.push(opts.indent ? ['  ' + r[0], ...r.slice(1)] : r); kindOf.push('town'); }
      if (opts.pianPos === 'after') { out.push(sub); kindOf.push('sub'); }
    }
    if (opts.total !== 'top') { out.push(grand); kindOf.push('total'); }
  } else {
    const grand = [opts.totalLabel || '合计', ...totalFor(rows)];
    if (opts.total === 'top') { out.push(grand); kindOf.push('total'); }
    for (const r of rows) { out.push(r); kindOf.push('town'); }
    if (opts.total === 'bottom') { out.push(grand); kindOf.push('total'); }
  }
  // dash / blank zeros
  if (tbl.dashZero && tbl.dashZero.length) {
    out.forEach((r, i) => { if (kindOf[i] !== 'town') return; for (const c of tbl.dashZero) if (r[c] === 0) r[c] = opts.blank ? null : '-'; });
  }
  let header = tbl.cols.h.map(r => r.slice());
  let merges = tbl.cols.merges.map(m => m.slice());
  let data = out;
  // extra columns appended/prepended
  const addColFront = (name, vals) => {
    header = header.map((h, i) => [i === 0 ? name : null, ...h]);
    merges = merges.map(m => [m[0], m[1] + 1, m[2], m[3] + 1]);
    if (header.length > 1) merges.push([0, 0, header.length - 1, 0]);
    data = data.map((r, i) => [vals[i], ...r]);
  };
  const addColBack = (name, vals) => {
    const c = header[0].length;
    header = header.map((h, i) => [...h, i === 0 ? name : null]);
    if (header.length > 1) merges.push([0, c, header.length - 1, c]);
    data = data.map((r, i) => [...r, vals[i]]);
  };
  if (opts.rank) {
    const src = opts.rank;
    const townIdx = data.map((r, i) => i).filter(i => kindOf[i] === 'town');
    const sorted = townIdx.slice().sort((a, b) => data[b][src] - data[a][src]);
    const rk = data.map(() => null);
    sorted.forEach((idx, j) => { rk[idx] = j + 1; });
    // ties share rank
    sorted.forEach((idx, j) => { if (j > 0 && data[idx][src] === data[sorted[j - 1]][src]) rk[idx] = rk[sorted[j - 1]]; });
    addColBack(opts.rankName || '排名', rk);
  }
  if (opts.year) addColBack('年份', data.map((r, i) => kindOf[i] === 'town' ? opts.year : (kindOf[i] === 'total' ? opts.year : opts.year)));
  if (opts.remark) {
    const rem = data.map((r, i) => kindOf[i] === 'town' && rnd() < 0.35 ? pick(opts.remark)() : null);
    addColBack('备注', rem);
  }
  if (opts.seq) {
    let k = 0; const seq = data.map((r, i) => kindOf[i] === 'town' ? ++k : null);
    addColFront('序号', seq);
  }
  return { header, merges, data, kindOf, colOffset: opts.seq ? 1 : 0 };
}

const cases = [];
const manifest = {};
function addCase(file, spec) { cases.push({ file, ...spec }); }

const REMARKS = [
  () => `含${ri(2, 6)}个村联合支部`, () => `本年新增企业${ri(3, 20)}户`, () => `${ri(1, 4)}个支部换届`,
  () => `撤并${ri(2, 5)}个村`, () => `2023年${ri(1, 12)}月调整`, () => `另有流动党员${ri(5, 60)}名`];

// Layout of a sheet: row1 title, row2 blank-ish subtitle (填报日期 only), then header, then data
async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  const info = [];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.sheet);
    const ncol = s.built.header[0].length;
    ws.addRow([s.title]); ws.mergeCells(1, 1, 1, ncol);
    let r0 = 2;
    if (s.subtitle) { ws.addRow([s.subtitle]); r0 = 3; }
    const hdrStart = r0;
    for (const h of s.built.header) ws.addRow(h);
    for (const m of s.built.merges) ws.mergeCells(hdrStart + m[0], m[1] + 1, hdrStart + m[2], m[3] + 1);
    const dataStart = hdrStart + s.built.header.length;
    for (const d of s.built.data) ws.addRow(d.map(v => v === undefined ? null : v));
    if (s.footer) { ws.addRow([]); ws.addRow([s.footer]); }
    info.push({ sheet: s.sheet, dataStart });
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
  return info;
}
function csvEsc(v) { if (v === null || v === undefined) return ''; const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function writeCsv(file, s) {
  const lines = [];
  const ncol = s.built.header[0].length;
  lines.push([s.title, ...Array(ncol - 1).fill('')]);
  for (const h of s.built.header) lines.push(h);
  for (const d of s.built.data) lines.push(d);
  fs.writeFileSync(path.join(OUT, file), '\ufeff' + lines.map(l => l.map(csvEsc).join(',')).join('\r\n') + '\r\n');
  return [{ sheet: path.basename(file, '.csv'), dataStart: 1 + s.built.header.length + 1 }];
}

// planted error: {sheetIdx, row: index into data (or 'total'/'town:k'), col (index in table cols, before seq offset), delta|value, note}
function findRow(b, sel) {
  if (typeof sel === 'number') return sel;
  if (sel === 'total') return b.kindOf.indexOf('total');
  if (sel.startsWith('town:')) { const k = +sel.slice(5); let c = -1; for (let i = 0; i < b.kindOf.length; i++) if (b.kindOf[i] === 'town' && ++c === k) return i; }
  if (sel.startsWith('sub:')) { const k = +sel.slice(4); let c = -1; for (let i = 0; i < b.kindOf.length; i++) if (b.kindOf[i] === 'sub' && ++c === k) return i; }
  throw new Error('bad sel ' + sel);
}

const defs = [];
let cN = 0;
function C(name, family, n, tblOpts, opts, plant, extra = {}) { defs.push({ name, family, n, tblOpts, opts, plant, extra }); }
const FAM = { qydj: tQydj, dyjg: tDyjg, dyov: tDyOverlap, dzz: tDzz, shzz: tShzz, flow: tFlow, dyflow: tDyFlow, cyry: tCyry, xl: tXl, cy3: tCy3 };
const TITLES = {
  qydj: '非公有制企业党建工作情况统计表', dyjg: '党员队伍结构情况统计表', dyov: '党员基本情况统计表', dzz: '基层党组织设置情况统计表',
  shzz: '社会组织基本情况统计表', flow: '社会组织登记变动情况表', dyflow: '党员增减变化情况统计表', cyry: '从业人员及在岗职工情况表',
  xl: '党员学历结构统计表', cy3: '分产业从业人员情况表'
};
const SHEETN = { qydj: '企业党建', dyjg: '党员结构', dyov: '党员情况', dzz: '党组织', shzz: '社会组织', flow: '变动情况', dyflow: '党员增减', cyry: '从业人员', xl: '学历结构', cy3: '分产业' };

// ----- clean cases -----
C('c01_qydj_bottom.xlsx', 'qydj', 8, {}, { total: 'bottom' }, null);
C('c02_qydj_2row_top_rank.xlsx', 'qydj', 12, { twoRow: true }, { total: 'top', rank: 6, seq: true }, null);
C('c03_dyjg_1row.xlsx', 'dyjg', 6, {}, { total: 'bottom' }, null);
C('c04_dyjg_2row_pian.xlsx', 'dyjg', 14, { twoRow: true }, { total: 'top', pian: 3 }, null);
C('c05_dyov_remark.xlsx', 'dyov', 10, {}, { total: 'bottom', remark: REMARKS }, null);
C('c06_dzz_small.xlsx', 'dzz', 3, {}, { total: 'bottom' }, null);
C('c07_dzz_2row_seq.xlsx', 'dzz', 18, { twoRow: true }, { total: 'top', seq: true }, null);
C('c08_shzz_dash.xlsx', 'shzz', 11, { dash: true }, { total: 'bottom' }, null);
C('c09_shzz_zero.xlsx', 'shzz', 20, {}, { total: 'top', rank: 1 }, null);
C('c10_flow.xlsx', 'flow', 9, {}, { total: 'bottom' }, null);
C('c11_dyflow.xlsx', 'dyflow', 13, {}, { total: 'bottom' }, null);
C('c12_cyry_2row.xlsx', 'cyry', 16, { twoRow: true }, { total: 'bottom', pian: 4, pianPos: 'after' }, null);
C('c13_cyry_1row_year.xlsx', 'cyry', 7, {}, { total: 'top', year: 2023 }, null);
C('c14_xl_25.xlsx', 'xl', 25, {}, { total: 'bottom', seq: true }, null);
C('c15_cy3_pian.xlsx', 'cy3', 15, {}, { total: 'top', pian: 2 }, null);
C('c16_qydj.csv', 'qydj', 9, {}, { total: 'bottom', remark: REMARKS }, null);
C('c17_dzz.csv', 'dzz', 5, {}, { total: 'top', seq: true }, null);
C('c18_shzz_blank.xlsx', 'shzz', 8, { dash: true }, { total: 'bottom', blank: true }, null);
C('c19_dyov_rank.xlsx', 'dyov', 21, {}, { total: 'top', rank: 6, rankName: '发展党员排名' }, null);
C('c20_multi.xlsx', 'multi', 10, {}, {}, null);
C('c21_dyjg_nototal.xlsx', 'dyjg', 4, {}, { total: 'none', year: 2022 }, null);
// ----- planted -----
C('e01_qydj_total_part.xlsx', 'qydj', 10, {}, { total: 'bottom' }, { row: 'total', col: 4, delta: 7, note: '合计 联合建立 +7' });
C('e02_qydj_town_part.xlsx', 'qydj', 14, { twoRow: true }, { total: 'top', seq: true }, { row: 'town:5', col: 3, delta: -4, note: '乡镇 单独建立 -4' });
C('e03_qydj_rate.xlsx', 'qydj', 7, {}, { total: 'bottom', rank: 6 }, { row: 'town:2', col: 6, delta: 5.2, note: '覆盖率 +5.2' });
C('e04_dyjg_female.xlsx', 'dyjg', 9, {}, { total: 'bottom' }, { row: 'town:3', col: 3, delta: 30, note: '女 +30 (男+女≠党员数)' });
C('e05_dyjg_age_total.xlsx', 'dyjg', 12, { twoRow: true }, { total: 'top' }, { row: 'total', col: 7, delta: -100, note: '合计 46至55岁 -100' });
C('e06_dzz_town_total.xlsx', 'dzz', 6, {}, { total: 'bottom' }, { row: 'town:1', col: 1, delta: 10, note: '乡镇 党组织数 +10' });
C('e07_dzz_pian.xlsx', 'dzz', 16, { twoRow: true }, { total: 'top', pian: 3 }, { row: 'town:8', col: 4, delta: 9, note: '乡镇 党支部 +9' });
C('e08_shzz_st.xlsx', 'shzz', 12, { dash: true }, { total: 'bottom' }, { row: 'town:6', col: 2, delta: 5, note: '社会团体 +5' });
C('e09_flow_end.xlsx', 'flow', 8, {}, { total: 'bottom' }, { row: 'town:4', col: 4, delta: 3, note: '年末数 +3 (≠年初+新增-减少)' });
C('e10_dyflow_total.xlsx', 'dyflow', 11, {}, { total: 'bottom' }, { row: 'total', col: 2, delta: 10, note: '合计 发展党员 +10' });
C('e11_cyry_rural.xlsx', 'cyry', 20, { twoRow: true }, { total: 'bottom' }, { row: 'town:11', col: 3, delta: 1000, note: '乡村 +1000' });
C('e12_cyry_male_total.xlsx', 'cyry', 5, {}, { total: 'top' }, { row: 'total', col: 5, delta: -90, note: '合计 在岗职工男 -90' });
C('e13_xl_town.xlsx', 'xl', 17, {}, { total: 'bottom', seq: true }, { row: 'town:9', col: 4, delta: 60, note: '大学专科 +60' });
C('e14_cy3_sub.xlsx', 'cy3', 15, {}, { total: 'top', pian: 3 }, { row: 'sub:1', col: 2, delta: 300, note: '片区小计 第一产业 +300' });
C('e15_qydj.csv', 'qydj', 11, {}, { total: 'bottom' }, { row: 'town:7', col: 2, delta: 5, note: '已建立党组织企业数 +5 (rate also stale)' });
C('e16_dyov_total.xlsx', 'dyov', 9, {}, { total: 'bottom', remark: REMARKS }, { row: 'total', col: 4, delta: 50, note: '合计 35岁及以下 +50 (column sum)' });

C('e17_qydj_2row_noseq.xlsx', 'qydj', 10, { twoRow: true }, { total: 'bottom' }, { row: 'total', col: 4, delta: 6, note: '合计 联合建立 +6 (two-row header, no 序号)' });
C('e18_qydj_1row_seq_top.xlsx', 'qydj', 13, {}, { total: 'top', seq: true }, { row: 'town:5', col: 3, delta: -4, note: '乡镇 单独建立 -4 (one-row header, 序号, 合计在上)' });
C('e19_dzz_2row_total.xlsx', 'dzz', 12, { twoRow: true }, { total: 'bottom' }, { row: 'total', col: 3, delta: 3, note: '合计 党总支 +3 (two-row header)' });
C('e20_cyry_2row_total.xlsx', 'cyry', 9, { twoRow: true }, { total: 'top' }, { row: 'total', col: 2, delta: 200, note: '合计 城镇 +200 (two-row header)' });

C('e21_qydj_2row_top.xlsx', 'qydj', 12, { twoRow: true }, { total: 'top' }, { row: 'total', col: 4, delta: 6, note: '合计 联合建立 +6 (two-row header, 合计在上)' });
C('e22_qydj_2row_seq_bottom.xlsx', 'qydj', 12, { twoRow: true }, { total: 'bottom', seq: true }, { row: 'total', col: 4, delta: 6, note: '合计 联合建立 +6 (two-row header, 序号, 合计在下)' });
C('e23_dzz_2row_seq_top.xlsx', 'dzz', 12, { twoRow: true }, { total: 'top', seq: true }, { row: 'total', col: 3, delta: 3, note: '合计 党总支 +3 (two-row header, 序号, 合计在上)' });

C('e24_dyjg_town_age.xlsx', 'dyjg', 8, {}, { total: 'bottom' }, { row: 'town:2', col: 6, delta: 20, note: '乡镇 36至45岁 +20 (five age groups no longer add to 党员数)' });
C('e25_flow_town_small.xlsx', 'flow', 14, {}, { total: 'bottom' }, { row: 'town:6', col: 2, delta: 3, note: '乡镇 本年新增 +3 (年末≠年初+新增−减少; column off by 3)' });

(async () => {
  for (const d of defs) {
    const county = pick(COUNTIES);
    const names = towns(d.n);
    let sheets;
    if (d.family === 'multi') {
      // two sheets: 党组织 and 社会组织 flow, for a county
      sheets = [
        { fam: 'dzz', t: tDzz(names, { twoRow: true }), opts: { total: 'top', seq: true } },
        { fam: 'flow', t: tFlow(names), opts: { total: 'bottom', remark: REMARKS } },
        { fam: 'dyjg', t: tDyjg(names), opts: { total: 'bottom', rank: 1 } },
      ].map(s => ({ sheet: SHEETN[s.fam], title: `${county}${TITLES[s.fam]}`, subtitle: '填报日期：2023年12月31日', built: build(s.t, names, s.opts) }));
    } else {
      const t = FAM[d.family](names, d.tblOpts);
      const b = build(t, names, d.opts);
      sheets = [{ sheet: SHEETN[d.family], title: `${county}${TITLES[d.family]}（2023年）`, subtitle: rnd() < 0.5 ? '填报单位：' + county + '委组织部' : null, built: b }];
    }
    let info;
    let m = null;
    if (d.plant) {
      const b = sheets[0].built;
      const ri_ = findRow(b, d.plant.row);
      const c = d.plant.col + b.colOffset;
      const old = b.data[ri_][c];
      b.data[ri_][c] = typeof old === 'number' ? Math.round((old + d.plant.delta) * 10) / 10 : d.plant.delta;
      m = { ri: ri_, c, note: d.plant.note + ` (${old} -> ${b.data[ri_][c]})` };
    }
    if (d.name.endsWith('.csv')) info = writeCsv(d.name, sheets[0]);
    else info = await writeXlsx(d.name, sheets);
    if (m) {
      const rowNo = info[0].dataStart + m.ri;
      manifest[d.name] = { cell: `${info[0].sheet}!${colLetter(m.c)}${rowNo}`, note: m.note };
    } else manifest[d.name] = null;
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', defs.length, 'cases');
})();
