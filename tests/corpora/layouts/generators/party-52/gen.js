// Generator for round52b: 非公有制企业和社会组织党建统计 workbooks
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round52b/cases';
fs.mkdirSync(OUT, { recursive: true });

let seed = 52;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function r(x, d) { const p = Math.pow(10, d); return Math.round(x * p + 1e-9) / p; }
function rate(n, d, dec = 1, asFrac = false) {
  if (!d) return '—';
  return asFrac ? r(n / d, dec + 2) : r(n / d * 100, dec);
}
function growth(a, b, dec = 1) { return a ? r((b - a) / a * 100, dec) : '—'; }
const sum = (arr) => arr.reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0);
function colL(i) { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
const A = (row, col) => colL(col) + (row + 1); // 0-based

const TOWNS = ['城关镇', '新市镇', '龙泉乡', '石桥镇', '白沙乡', '东坝镇', '河口乡', '青山镇'];
const COUNTY = '清溪县';

// ---------- enterprise data by town ----------
function feigongData(towns) {
  return towns.map(t => {
    const n = ri(12, 160);
    const big = ri(1, Math.floor(n / 3));
    const built = ri(Math.floor(n * 0.4), Math.floor(n * 0.9));
    const dan = ri(Math.floor(built * 0.3), Math.floor(built * 0.7));
    const lian = built - dan;
    const members = ri(built, built * 6);
    const nomem = ri(0, n - built);
    const zdy = ri(1, Math.max(2, Math.floor((n - built) / 2)));
    return { t, n, big, built, dan, lian, members, nomem, zdy };
  });
}

// ---------- builders: return {sheets:[{name, rows, merges, fmts:{addr:fmt}}]} ----------
function header2(top, sub) { return [top, sub]; }

function sheetFeigong(opts) {
  const { name = '非公企业', towns = TOWNS.slice(0, 7), totalTop = false, frac = false, dec = 1, textNums = false,
    dashZero = false, blankZero = false, noteRows = true, data } = opts;
  const d = data || feigongData(towns);
  const rows = [];
  const merges = [];
  const fmts = {};
  rows.push([`${COUNTY}非公有制企业党组织建设情况统计表`]); merges.push('A1:L1');
  rows.push([`填报单位：中共${COUNTY}委组织部（两新工委）`, null, null, null, null, null, null, null, null, `填报日期：2024年3月31日`]);
  rows.push(['序号', '乡镇', '企业数（个）', '其中：规模以上', '已建立党组织企业数', '其中', null, frac ? '覆盖率' : '覆盖率%', '党员数（名）', '无党员企业数', '选派党建指导员（名）', '备注']);
  rows.push([null, null, null, null, null, '单独建立', '联合建立', null, null, null, null, null]);
  merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:G3', 'H3:H4', 'I3:I4', 'J3:J4', 'K3:K4', 'L3:L4');
  const fmtv = (v) => {
    if (typeof v !== 'number') return v;
    if (v === 0 && dashZero) return '—';
    if (v === 0 && blankZero) return null;
    return textNums ? String(v) : v;
  };
  const line = (seq, label, o, remark) => {
    const rt = rate(o.built, o.n, dec, frac);
    return [seq, label, fmtv(o.n), fmtv(o.big), fmtv(o.built), fmtv(o.dan), fmtv(o.lian), rt, fmtv(o.members), fmtv(o.nomem), fmtv(o.zdy), remark || null];
  };
  const tot = { n: sum(d.map(x => x.n)), big: sum(d.map(x => x.big)), built: sum(d.map(x => x.built)), dan: sum(d.map(x => x.dan)),
    lian: sum(d.map(x => x.lian)), members: sum(d.map(x => x.members)), nomem: sum(d.map(x => x.nomem)), zdy: sum(d.map(x => x.zdy)) };
  const body = d.map((o, i) => line(i + 1, o.t, o, i === 1 ? '含园区企业' : (i === 4 ? '联合党支部2个' : null)));
  if (totalTop) { rows.push(line(null, '合计', tot)); rows.push(...body); }
  else { rows.push(...body); rows.push(line(null, '合计', tot)); }
  const first = 4, last = rows.length - 1;
  if (frac) for (let rr = first; rr <= last; rr++) fmts[A(rr, 7)] = dec === 1 ? '0.0%' : '0.00%';
  if (noteRows) {
    rows.push([]);
    rows.push(['注：1.企业数指法人单位数；2.覆盖率=已建立党组织企业数÷企业数；3.联合建立指纳入联合党组织覆盖的企业。']);
    rows.push(['负责人：王建国', null, null, null, '审核人：李敏', null, null, null, '填表人：张丽', null, '联系电话：0838-1234567']);
  }
  return { name, rows, merges, fmts, d, tot };
}

function wb(...sheets) { return { sheets }; }

// find address of cell in sheet by row label and header substring
function loc(sheet, rowLabel, header, hdrRowsMax = 6) {
  let col = -1;
  for (let rr = 0; rr < Math.min(hdrRowsMax, sheet.rows.length) && col < 0; rr++) {
    const row = sheet.rows[rr] || [];
    for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string' && row[c].includes(header) && row[c].length < 30) { col = c; break; }
  }
  if (col < 0) throw new Error('no header ' + header + ' in ' + sheet.name);
  for (let rr = 0; rr < sheet.rows.length; rr++) {
    const row = sheet.rows[rr] || [];
    if (row[0] === rowLabel || row[1] === rowLabel) return { r: rr, c: col };
  }
  throw new Error('no row ' + rowLabel);
}
function locRC(sheet, rowLabel, col) {
  for (let rr = 0; rr < sheet.rows.length; rr++) { const row = sheet.rows[rr] || []; if (row[0] === rowLabel || row[1] === rowLabel) return { r: rr, c: col }; }
  throw new Error('no row ' + rowLabel);
}

async function write(file, w) {
  const book = new ExcelJS.Workbook();
  for (const s of w.sheets) {
    const ws = book.addWorksheet(s.name);
    s.rows.forEach((row, rr) => {
      (row || []).forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(A(rr, c));
        if (typeof v === 'object' && v.f) cell.value = { formula: v.f, result: v.v };
        else cell.value = v;
      });
    });
    for (const m of s.merges || []) ws.mergeCells(m);
    for (const [a, f] of Object.entries(s.fmts || {})) ws.getCell(a).numFmt = f;
    ws.columns.forEach((col, i) => { col.width = i === 1 ? 14 : 11; });
  }
  await book.xlsx.writeFile(path.join(OUT, file));
}

const clone = (w) => ({ sheets: w.sheets.map(s => ({ ...s, rows: s.rows.map(r => r ? r.slice() : r), fmts: { ...(s.fmts || {}) } })) });
const manifest = {};
const jobs = [];
function clean(file, w) { manifest[file] = null; jobs.push([file, w]); }
function plant(file, base, sheetName, pos, newVal, note) {
  const w = clone(base);
  const s = w.sheets.find(x => x.name === sheetName);
  const old = s.rows[pos.r][pos.c];
  s.rows[pos.r][pos.c] = newVal;
  manifest[file] = { cell: `${sheetName}!${A(pos.r, pos.c)}`, note: note.replace('{old}', JSON.stringify(old)).replace('{new}', JSON.stringify(newVal)) };
  jobs.push([file, w]);
}

// ===== c01: 非公企业 合计 bottom, rate 85.3 =====
const s01 = sheetFeigong({});
const w01 = wb(s01); clean('c01_feigong_bottom.xlsx', w01);
// ===== c02: 合计 top, rate as fraction formatted % =====
const s02 = sheetFeigong({ totalTop: true, frac: true, towns: TOWNS });
const w02 = wb(s02); clean('c02_feigong_top_pct.xlsx', w02);
// ===== c08: numbers as text, dash zero =====
const d08 = feigongData(TOWNS.slice(0, 6)); d08[2].nomem = 0; d08[5].nomem = 0; d08[3].big = 0;
const s08 = sheetFeigong({ textNums: true, dashZero: true, data: d08 });
const w08 = wb(s08); clean('c08_feigong_textnums.xlsx', w08);
// ===== c09: blank zero, a town with 0 enterprises =====
const d09 = feigongData(TOWNS.slice(0, 7)); d09[6] = { t: TOWNS[6], n: 0, big: 0, built: 0, dan: 0, lian: 0, members: 0, nomem: 0, zdy: 0 };
d09[1].lian = d09[1].lian + d09[1].dan; d09[1].dan = 0;
const s09 = sheetFeigong({ blankZero: true, data: d09 });
const w09 = wb(s09); clean('c09_feigong_blankzero.xlsx', w09);
// ===== c11: two decimals =====
const s11 = sheetFeigong({ dec: 2, towns: TOWNS.slice(1, 8), noteRows: false });
const w11 = wb(s11); clean('c11_feigong_2dec.xlsx', w11);

// ===== c03: 社会组织, types as columns, by town =====
function sheetShehuiCols(name = '社会组织') {
  const rows = [[`${COUNTY}社会组织党组织覆盖情况（按乡镇）`], ['填报单位：县委社会工作部', null, null, null, null, null, '2024年一季度'],
  ['乡镇', '社会团体', '民办非企业单位', '基金会', '合计', '已建党组织数', '覆盖率%', '备注']];
  const d = TOWNS.slice(0, 6).map(t => { const a = ri(3, 30), b = ri(2, 25), c = ri(0, 2); const tot = a + b + c; return { t, a, b, c, tot, built: ri(Math.floor(tot * 0.3), tot) }; });
  for (const o of d) rows.push([o.t, o.a, o.b, o.c === 0 ? '—' : o.c, o.tot, o.built, rate(o.built, o.tot), null]);
  const T = { a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)), c: sum(d.map(x => x.c)), tot: sum(d.map(x => x.tot)), built: sum(d.map(x => x.built)) };
  rows.push(['合计', T.a, T.b, T.c, T.tot, T.built, rate(T.built, T.tot), null]);
  rows.push(['注：已建党组织数含单独组建和联合组建。']);
  return { name, rows, merges: ['A1:H1'], fmts: {}, d, T };
}
const s03 = sheetShehuiCols(); const w03 = wb(s03); clean('c03_shehui_cols.xlsx', w03);

// ===== c04: 社会组织 types as rows =====
function sheetShehuiRows(name = '社会组织') {
  const types = ['社会团体', '民办非企业单位', '基金会'];
  const rows = [[`${COUNTY}社会组织党建工作基本情况`], [], ['类型', '组织数', '已建党组织', '其中', null, '覆盖率%', '党员数', '其中：专职工作人员党员'], [null, null, null, '单独组建', '联合组建', null, null, null]];
  const d = types.map(t => { const n = t === '基金会' ? ri(2, 5) : ri(40, 120); const built = ri(Math.floor(n * 0.3), Math.floor(n * 0.8)); const dan = ri(0, built); const m = ri(built, built * 5); return { t, n, built, dan, lian: built - dan, m, zz: ri(0, m) }; });
  rows.push(['合计', sum(d.map(x => x.n)), sum(d.map(x => x.built)), sum(d.map(x => x.dan)), sum(d.map(x => x.lian)), rate(sum(d.map(x => x.built)), sum(d.map(x => x.n))), sum(d.map(x => x.m)), sum(d.map(x => x.zz))]);
  for (const o of d) rows.push([o.t, o.n, o.built, o.dan, o.lian, rate(o.built, o.n), o.m, o.zz]);
  rows.push([]); rows.push(['填表人：刘洋', null, null, '审核人：陈刚', null, null, '填报日期：2024.4.8']);
  return { name, rows, merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4', 'H3:H4'], fmts: {}, d };
}
const s04 = sheetShehuiRows(); const w04 = wb(s04); clean('c04_shehui_rows.xlsx', w04);

// ===== c05: 非公企业 + 社会组织 + 汇总 =====
const s05a = sheetFeigong({ towns: TOWNS.slice(0, 5), noteRows: false });
const s05b = sheetShehuiCols();
function sheetHuizong(fg, sh, frac = false) {
  const rows = [[`${COUNTY}“两新”组织党建工作汇总表`], ['单位：个、名'], ['类别', '单位数', '已建党组织单位数', '覆盖率%', '未覆盖单位数', '备注']];
  const a = [fg.tot.n, fg.tot.built], b = [sh.T.tot, sh.T.built];
  rows.push(['非公有制企业', a[0], a[1], rate(a[1], a[0]), a[0] - a[1], '见非公企业表']);
  rows.push(['社会组织', b[0], b[1], rate(b[1], b[0]), b[0] - b[1], '见社会组织表']);
  rows.push(['总计', a[0] + b[0], a[1] + b[1], rate(a[1] + b[1], a[0] + b[0]), a[0] + b[0] - a[1] - b[1], null]);
  return { name: '汇总', rows, merges: ['A1:F1'], fmts: {} };
}
const s05c = sheetHuizong(s05a, s05b);
const w05 = wb(s05c, s05a, s05b); clean('c05_huizong_3sheets.xlsx', w05);

// ===== c06: quarterly comparison, 指标 rows =====
function sheetQuarter() {
  const rows = [[`${COUNTY}两新组织党建工作季度对比表（2024年第一季度）`], [], ['指标', '上年末', '本季末', '增减', '增长%', '备注']];
  const items = ['非公企业数', '已建党组织非公企业数', '非公企业党员数', '社会组织数', '已建党组织社会组织数', '社会组织党员数', '选派党建指导员数'];
  const d = items.map(k => { const a = ri(20, 900); const b = a + ri(-Math.floor(a / 10), Math.floor(a / 6)); return { k, a, b }; });
  for (const o of d) rows.push([o.k, o.a, o.b, o.b - o.a, growth(o.a, o.b), null]);
  rows.push(['注：增长%=（本季末-上年末）÷上年末×100。']);
  return { name: '季度对比', rows, merges: ['A1:F1'], fmts: {}, d };
}
const s06 = sheetQuarter(); const w06 = wb(s06); clean('c06_quarter_items.xlsx', w06);

// ===== c10: quarterly by town, two-row merged header =====
function sheetQuarterTown() {
  const rows = [[`各乡镇非公企业党组织覆盖变化情况`], ['填报单位：两新工委', null, null, null, null, null, '2024年6月30日'],
  ['乡镇', '企业数', null, null, '已建党组织企业数', null, null, '增长%'], [null, '上年末', '本季末', '增减', '上年末', '本季末', '增减', null]];
  const d = TOWNS.map(t => { const a = ri(15, 150); const b = a + ri(-3, 12); const x = ri(Math.floor(a * 0.4), Math.floor(a * 0.8)); const y = x + ri(0, 8); return { t, a, b, x, y }; });
  const T = { t: '全县', a: sum(d.map(o => o.a)), b: sum(d.map(o => o.b)), x: sum(d.map(o => o.x)), y: sum(d.map(o => o.y)) };
  for (const o of [T, ...d]) rows.push([o.t, o.a, o.b, o.b - o.a, o.x, o.y, o.y - o.x, growth(o.x, o.y)]);
  rows.push(['注：增长%指已建党组织企业数增长。']);
  return { name: '分乡镇对比', rows, merges: ['A1:H1', 'A3:A4', 'B3:D3', 'E3:G3', 'H3:H4'], fmts: {}, d };
}
const s10 = sheetQuarterTown(); const w10 = wb(s10); clean('c10_quarter_towns.xlsx', w10);

// ===== c07: ledger + summary =====
const NAMES = ['清溪县宏达建材有限公司', '清溪县金穗米业有限公司', '四川龙泉机械制造有限公司', '清溪县顺丰物流有限公司', '清溪县绿源农业开发有限公司', '清溪县明星电子有限公司',
  '清溪县华兴包装有限公司', '清溪县天宇纺织有限公司', '清溪县福临门食品有限公司', '清溪县鑫源商贸有限公司', '清溪县远航运输有限公司', '清溪县新世纪超市',
  '清溪县安康医药连锁有限公司', '清溪县鸿运酒店管理有限公司', '清溪县恒通汽修厂', '清溪县山水旅游开发有限公司', '清溪县瑞丰化工有限公司', '清溪县益民粮油有限公司',
  '清溪县晨光印务有限公司', '清溪县大地建筑工程有限公司', '清溪县康达陶瓷有限公司', '清溪县绿叶茶业有限公司'];
function ledgerData(towns, withGua = false) {
  return NAMES.map((nm, i) => {
    const t = towns[i % towns.length]; const emp = ri(8, 420); const m = rnd() < 0.2 ? 0 : ri(1, Math.max(1, Math.floor(emp / 15)));
    let has = m >= 3 ? '是' : (m > 0 && rnd() < 0.5 ? '是' : '否'); let form = '';
    if (has === '是') form = m >= 3 ? (rnd() < 0.7 ? '单独' : '联合') : (withGua && rnd() < 0.5 ? '挂靠' : '联合');
    return { nm, t, emp, m, has, form };
  });
}
function ledgerSheets(towns, withGua, sumName = '汇总') {
  const L = ledgerData(towns, withGua);
  const rows = [['非公企业党建工作台账'], ['序号', '企业名称', '所在乡镇', '职工数', '党员数', '是否建立党组织', '组织形式', '备注']];
  L.forEach((o, i) => rows.push([i + 1, o.nm, o.t, o.emp, o.m, o.has, o.has === '是' ? o.form : '—', o.m === 0 ? '无党员，已选派指导员' : null]));
  const led = { name: '企业台账', rows, merges: ['A1:H1'], fmts: {} };
  const forms = withGua ? ['单独', '联合', '挂靠'] : ['单独', '联合'];
  const hdr = ['乡镇', '企业数', '职工数', '党员数', '已建立党组织企业数', ...forms.map(f => f + (f === '挂靠' ? '' : '建立')), '覆盖率%', '无党员企业数'];
  const srows = [['非公企业党建情况汇总（据台账）'], hdr];
  const agg = (sel) => {
    const n = sel.length, emp = sum(sel.map(o => o.emp)), m = sum(sel.map(o => o.m)), b = sel.filter(o => o.has === '是').length;
    return [n, emp, m, b, ...forms.map(f => sel.filter(o => o.has === '是' && o.form === f).length), rate(b, n), sel.filter(o => o.m === 0).length];
  };
  for (const t of towns) srows.push([t, ...agg(L.filter(o => o.t === t))]);
  srows.push(['合计', ...agg(L)]);
  return [{ name: sumName, rows: srows, merges: ['A1:' + colL(hdr.length - 1) + '1'], fmts: {} }, led, L];
}
const [s07a, s07b] = ledgerSheets(TOWNS.slice(0, 4), false);
const w07 = wb(s07a, s07b); clean('c07_ledger_summary.xlsx', w07);
// ===== c21: ledger with 挂靠 =====
const [s21a, s21b] = ledgerSheets(TOWNS.slice(2, 5), true, '统计表');
const w21 = wb(s21a, s21b); clean('c21_ledger_guakao.xlsx', w21);

// ===== c13: party members breakdown with 其中 =====
function sheetMembers() {
  const rows = [['非公企业党员队伍结构情况'], ['乡镇', '党员总数', '其中', null, null, null, '预备党员', '备注'], [null, null, '女', '35岁及以下', '大专及以上', '生产经营一线', null, null]];
  const d = TOWNS.slice(0, 6).map(t => { const n = ri(30, 400); return { t, n, f: ri(5, Math.floor(n * 0.45)), y: ri(5, Math.floor(n * 0.5)), e: ri(5, Math.floor(n * 0.6)), p: ri(5, Math.floor(n * 0.7)), pre: ri(0, 12) }; });
  const ks = ['n', 'f', 'y', 'e', 'p', 'pre'];
  for (const o of d) rows.push([o.t, ...ks.map(k => o[k]), null]);
  rows.push(['合计', ...ks.map(k => sum(d.map(o => o[k]))), null]);
  return { name: '党员结构', rows, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:F2', 'G2:G3', 'H2:H3'], fmts: {} };
}
const s13 = sheetMembers(); const w13 = wb(s13); clean('c13_members_qizhong.xlsx', w13);

// ===== c14: social orgs by town grouped headers =====
function sheetShehuiGrouped() {
  const rows = [['社会组织党组织覆盖情况分类统计表'], ['填报单位：（盖章）', null, null, null, null, null, null, null, '填报时间：2024年9月'],
  ['乡镇', '社会团体', null, '民办非企业单位', null, '基金会', null, '合计', null, '覆盖率'],
  [null, '数量', '已建', '数量', '已建', '数量', '已建', '数量', '已建', null]];
  const d = TOWNS.slice(0, 7).map(t => { const a = ri(2, 25), b = ri(1, 20), c = ri(0, 1); return { t, a, ab: ri(0, a), b, bb: ri(0, b), c, cb: c ? ri(0, c) : 0 }; });
  const fmts = {};
  const line = (lab, o) => [lab, o.a, o.ab, o.b, o.bb, o.c, o.cb, o.a + o.b + o.c, o.ab + o.bb + o.cb, rate(o.ab + o.bb + o.cb, o.a + o.b + o.c, 1, true)];
  for (const o of d) rows.push(line(o.t, o));
  const T = {}; for (const k of ['a', 'ab', 'b', 'bb', 'c', 'cb']) T[k] = sum(d.map(o => o[k]));
  rows.push(line('合计', T));
  for (let rr = 4; rr < rows.length; rr++) fmts[A(rr, 9)] = '0.0%';
  return { name: 'Sheet1', rows, merges: ['A1:J1', 'A3:A4', 'B3:C3', 'D3:E3', 'F3:G3', 'H3:I3', 'J3:J4'], fmts };
}
const s14 = sheetShehuiGrouped(); const w14 = wb(s14); clean('c14_shehui_grouped.xlsx', w14);

// ===== c15: social org ledger + summary by type =====
function shehuiLedger() {
  const orgs = [['清溪县个体劳动者协会', '社会团体'], ['清溪县商会', '社会团体'], ['清溪县作家协会', '社会团体'], ['清溪县老年人体育协会', '社会团体'], ['清溪县果业协会', '社会团体'], ['清溪县律师协会', '社会团体'],
  ['清溪县阳光幼儿园', '民办非企业单位'], ['清溪县仁爱养老院', '民办非企业单位'], ['清溪县启航职业培训学校', '民办非企业单位'], ['清溪县康宁医院', '民办非企业单位'], ['清溪县春苗托育中心', '民办非企业单位'],
  ['清溪县教育发展基金会', '基金会']];
  const L = orgs.map(([nm, ty]) => { const st = ri(3, 60); const m = rnd() < 0.25 ? 0 : ri(1, 9); const has = m >= 3 ? '是' : '否'; return { nm, ty, st, m, has }; });
  const rows = [['社会组织党建台账'], ['序号', '组织名称', '类型', '从业人员', '党员数', '是否建立党组织', '备注']];
  L.forEach((o, i) => rows.push([i + 1, o.nm, o.ty, o.st, o.m, o.has, o.has === '否' && o.m > 0 ? '党员不足3名，纳入联合党支部' : null]));
  const led = { name: '社会组织台账', rows, merges: ['A1:G1'], fmts: {} };
  const srows = [['社会组织党建情况汇总'], ['类型', '组织数', '从业人员', '党员数', '已建党组织数', '覆盖率%']];
  const agg = (sel) => [sel.length, sum(sel.map(o => o.st)), sum(sel.map(o => o.m)), sel.filter(o => o.has === '是').length, rate(sel.filter(o => o.has === '是').length, sel.length)];
  srows.push(['合计', ...agg(L)]);
  for (const ty of ['社会团体', '民办非企业单位', '基金会']) srows.push([ty, ...agg(L.filter(o => o.ty === ty))]);
  return [{ name: '汇总', rows: srows, merges: ['A1:F1'], fmts: {} }, led];
}
const [s15a, s15b] = shehuiLedger(); const w15 = wb(s15a, s15b); clean('c15_shehui_ledger.xlsx', w15);

// ===== c16: township by industry =====
function sheetIndustry() {
  const rows = [['新市镇非公企业党建情况（按行业）'], ['填报单位：新市镇党委', null, null, null, null, '2024年12月'], [],
  ['行业', '企业数', '其中：规模以上', '已建立党组织企业数', '覆盖率%', '党员数', '备注']];
  const inds = ['制造业', '建筑业', '批发和零售业', '交通运输业', '住宿和餐饮业', '其他'];
  const d = inds.map(k => { const n = ri(3, 40); const b = ri(0, n); return { k, n, big: ri(0, Math.floor(n / 2)), b, m: ri(b, b * 4 + 2) }; });
  const T = { n: sum(d.map(o => o.n)), big: sum(d.map(o => o.big)), b: sum(d.map(o => o.b)), m: sum(d.map(o => o.m)) };
  rows.push(['合计', T.n, T.big, T.b, rate(T.b, T.n), T.m, null]);
  for (const o of d) rows.push([o.k, o.n, o.big === 0 ? '—' : o.big, o.b, rate(o.b, o.n), o.m, null]);
  rows.push(['负责人：赵强', null, '填表人：孙悦', null, '电话：13800001111']);
  return { name: '新市镇', rows, merges: ['A1:G1'], fmts: {} };
}
const s16 = sheetIndustry(); const w16 = wb(s16); clean('c16_township_industry.xlsx', w16);

// ===== c17: yearly trend =====
function sheetYears() {
  const rows = [['全县两新组织党建主要指标（2021—2023年）'], ['指标', '2021年', '2022年', '2023年', '2023年比上年增长%']];
  const items = ['非公企业数', '已建党组织非公企业', '社会组织数', '已建党组织社会组织', '两新组织党员数'];
  for (const k of items) { const a = ri(50, 800), b = a + ri(-5, 60), c = b + ri(-5, 60); rows.push([k, a, b, c, growth(b, c)]); }
  return { name: '历年对比', rows, merges: ['A1:E1'], fmts: {} };
}
const s17 = sheetYears(); const w17 = wb(s17); clean('c17_years.xlsx', w17);

// ===== c18: formulas with cached results =====
function sheetFormulas() {
  const s = sheetFeigong({ towns: TOWNS.slice(0, 5), noteRows: false });
  const totR = s.rows.length - 1; // last row total
  for (const c of [2, 3, 4, 5, 6, 8, 9, 10]) s.rows[totR][c] = { f: `SUM(${colL(c)}5:${colL(c)}${totR})`, v: s.rows[totR][c] };
  for (let rr = 4; rr <= totR; rr++) s.rows[rr][4] = { f: `F${rr + 1}+G${rr + 1}`, v: typeof s.rows[rr][4] === 'object' ? s.rows[rr][4].v : s.rows[rr][4] };
  for (let rr = 4; rr <= totR; rr++) s.rows[rr][7] = { f: `ROUND(E${rr + 1}/C${rr + 1}*100,1)`, v: s.rows[rr][7] };
  return s;
}
const s18 = sheetFormulas(); const w18 = wb(s18); clean('c18_formulas.xlsx', w18);

// ===== c19: percentages as text "85.3%" =====
const s19 = sheetFeigong({ towns: TOWNS.slice(1, 7) });
for (let rr = 4; rr < s19.rows.length; rr++) { const v = s19.rows[rr][7]; if (typeof v === 'number') s19.rows[rr][7] = v.toFixed(1) + '%'; }
s19.rows[2][7] = '覆盖率';
const w19 = wb(s19); clean('c19_pct_text.xlsx', w19);

// ===== c20: subtotals 城区/农村 =====
function sheetSubtotal() {
  const rows = [['非公企业党组织覆盖情况（分区域）'], [], ['区域', '企业数', '已建立党组织企业数', '单独建立', '联合建立', '覆盖率%', '党员数']];
  const mk = (t) => { const n = ri(10, 120), b = ri(Math.floor(n * 0.4), n), dan = ri(0, b); return { t, n, b, dan, lian: b - dan, m: ri(b, 5 * b) }; };
  const g1 = ['城关镇', '新市镇', '工业园区'].map(mk), g2 = ['龙泉乡', '石桥镇', '白沙乡', '河口乡'].map(mk);
  const agg = (g, t) => ({ t, n: sum(g.map(o => o.n)), b: sum(g.map(o => o.b)), dan: sum(g.map(o => o.dan)), lian: sum(g.map(o => o.lian)), m: sum(g.map(o => o.m)) });
  const line = (o) => [o.t, o.n, o.b, o.dan, o.lian, rate(o.b, o.n), o.m];
  rows.push(line(agg([...g1, ...g2], '全县合计')));
  rows.push(line(agg(g1, '城区小计'))); for (const o of g1) rows.push(line({ ...o, t: '  ' + o.t }));
  rows.push(line(agg(g2, '农村小计'))); for (const o of g2) rows.push(line({ ...o, t: '  ' + o.t }));
  return { name: '分区域', rows, merges: ['A1:G1'], fmts: {} };
}
const s20 = sheetSubtotal(); const w20 = wb(s20); clean('c20_subtotals.xlsx', w20);

// ===== c12: notes, blank rows in the middle, 负责人 above =====
const s12 = sheetFeigong({ towns: TOWNS.slice(0, 8), name: '表1' });
s12.rows.splice(8, 0, []); // blank row in middle of body
const w12 = wb(s12); clean('c12_blank_row_mid.xlsx', w12);

// ===== c22: 汇总 with fraction rates + quarter sheet in same workbook =====
const s22a = sheetFeigong({ towns: TOWNS.slice(3, 8), frac: true, noteRows: false });
const s22b = sheetShehuiCols();
const s22c = sheetHuizong(s22a, s22b);
const w22 = wb(s22c, s22a, s22b, sheetQuarter()); clean('c22_four_sheets.xlsx', w22);

// =================== planted ===================
let p;
p = loc(s01, '合计', '企业数（个）'); plant('p01_total_enterprises.xlsx', w01, '非公企业', p, s01.rows[p.r][p.c] + 10, '合计 企业数 changed {old} -> {new}');
p = loc(s02, TOWNS[3], '覆盖率'); plant('p02_rate_frac.xlsx', w02, '非公企业', p, r(s02.rows[p.r][p.c] + 0.12, 3), `${TOWNS[3]} 覆盖率 changed {old} -> {new}`);
p = loc(s01, TOWNS[2], '其中：规模以上'); plant('p03_qizhong_gt_whole.xlsx', w01, '非公企业', p, s01.rows[p.r][2] + 5, `${TOWNS[2]} 其中规模以上 changed {old} -> {new} (> 企业数)`);
p = loc(s05c, '社会组织', '已建党组织单位数'); plant('p04_huizong_vs_sheet.xlsx', w05, '汇总', p, s05c.rows[p.r][p.c] + 7, '汇总 社会组织 已建 changed {old} -> {new}; also 总计 row and rate now disagree (rate/total left as original)');
p = loc(s06, '非公企业党员数', '增长%'); plant('p05_growth.xlsx', w06, '季度对比', p, r(s06.rows[p.r][p.c] + 6.3, 1), '非公企业党员数 增长% changed {old} -> {new}');
p = loc(s07a, TOWNS[1], '党员数'); plant('p06_summary_vs_ledger.xlsx', w07, '汇总', p, s07a.rows[p.r][p.c] + 4, `汇总 ${TOWNS[1]} 党员数 changed {old} -> {new} (ledger disagrees; 合计 still = ledger)`);
p = loc(s08, '合计', '党员数'); plant('p07_textnum_total.xlsx', w08, '非公企业', p, String(Number(s08.rows[p.r][p.c]) - 20), '合计 党员数 (text) changed {old} -> {new}');
p = loc(s03, TOWNS[4], '合计'); plant('p08_shehui_rowtotal.xlsx', w03, '社会组织', p, s03.rows[p.r][p.c] + 3, `${TOWNS[4]} 合计 column changed {old} -> {new}`);
p = loc(s04, '民办非企业单位', '覆盖率'); plant('p09_shehui_rate.xlsx', w04, '社会组织', p, r(s04.rows[p.r][p.c] - 9.5, 1), '民办非企业单位 覆盖率 changed {old} -> {new}');
p = locRC(s10, TOWNS[5], 3); plant('p10_quarter_diff.xlsx', w10, '分乡镇对比', p, s10.rows[p.r][p.c] + 5, `${TOWNS[5]} 企业数 增减 changed {old} -> {new}`);
p = loc(s13, TOWNS[3], '女'); plant('p11_female_gt_total.xlsx', w13, '党员结构', p, s13.rows[p.r][1] + 12, `${TOWNS[3]} 其中女 changed {old} -> {new} (> 党员总数)`);
p = locRC(s14, '合计', 9); plant('p12_grouped_rate.xlsx', w14, 'Sheet1', p, r(s14.rows[p.r][p.c] + 0.08, 3), '合计 覆盖率 changed {old} -> {new}');
p = locRC(s20, '城区小计', 1); plant('p13_subtotal.xlsx', w20, '分区域', p, s20.rows[p.r][p.c] - 9, '城区小计 企业数 changed {old} -> {new}');
p = locRC(s21a, '合计', 7); plant('p14_guakao_total.xlsx', w21, '统计表', p, s21a.rows[p.r][p.c] + 2, '合计 挂靠 changed {old} -> {new} (towns and ledger disagree)');
p = loc(s11, TOWNS[3], '已建立党组织企业数'); plant('p15_built_ne_parts.xlsx', w11, '非公企业', p, s11.rows[p.r][p.c] + 6, `${TOWNS[3]} 已建立党组织企业数 changed {old} -> {new} (≠ 单独+联合, rate still old)`);
p = locRC(s15a, '合计', 3); plant('p16_shehui_ledger_members.xlsx', w15, '汇总', p, s15a.rows[p.r][p.c] + 5, '汇总 合计 党员数 changed {old} -> {new} (types and ledger disagree)');
p = loc(s17, '社会组织数', '2023年比上年增长%'); plant('p17_years_growth.xlsx', w17, '历年对比', p, r(s17.rows[p.r][p.c] + 8, 1), '社会组织数 增长% changed {old} -> {new}');

(async () => {
  for (const [f, w] of jobs) await write(f, w);
  fs.writeFileSync('/tmp/round52b/manifest.json', JSON.stringify(manifest, null, 1));
  console.log('wrote', jobs.length, 'workbooks');
})();
