// Generator for round54a: reporting-system exports (联网直报 / 党统 / 财政一体化) and hand-saved CSVs.
const ExcelJS = require('/work/main/node_modules/exceljs');
const iconv = require('/work/main/node_modules/iconv-lite');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round54a/cases';
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const manifest = {};

// ---------- helpers ----------
const rate = (a, b) => (b === 0 ? null : Math.round((a * 1000) / b) / 10);
// growth for values in tenths-safe way
const growth = (cur, prev) => (prev <= 0 ? null : Math.round(((cur - prev) * 1000) / prev) / 10);
const sum = (arr) => Math.round(arr.reduce((s, x) => s + x, 0) * 10) / 10;
const colLetter = (c) => { let s = ''; c += 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colLetter(c) + (r + 1);
const fw = (s) => String(s).replace(/[0-9.,%\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const thou = (v, d) => { const neg = v < 0; const s = Math.abs(v).toFixed(d); const [i, f] = s.split('.'); const ii = i.replace(/\B(?=(\d{3})+(?!\d))/g, ','); return (neg ? '-' : '') + ii + (f ? '.' + f : ''); };
const clone = (m) => JSON.parse(JSON.stringify(m));

// A model: { sheet, rows: [[...]], merges: ['A1:G1'], data: {r0, r1}, widths, fmt: (v, r, c, model) => cell }
// Numbers in rows are raw JS numbers; `fmt` turns them into the exported representation.

// ---------- 1. 党组织覆盖 (township table) ----------
const towns = ['城关镇', '东坝镇', '西河乡', '南山镇', '北岭乡', '石桥镇', '青龙乡', '柳树镇', '经济开发区'];
const ent = [312, 145, 38, 97, 26, 118, 19, 64, 205];
const entCov = [268, 121, 29, 80, 17, 99, 12, 51, 191];
const soc = [46, 22, 9, 17, 5, 14, 4, 11, 8];
const socCov = [39, 18, 6, 14, 3, 11, 2, 8, 7];

function dangjian({ header = true, colnums = true, footer = true, totalTop = true, nrows = towns.length, overrides = {} } = {}) {
  const e = ent.slice(0, nrows), ec = entCov.slice(0, nrows), s = soc.slice(0, nrows), sc = socCov.slice(0, nrows);
  Object.entries(overrides).forEach(([k, arr]) => { ({ e, ec, s, sc })[k].splice(0, arr.length, ...arr); });
  const rows = [], merges = [];
  if (header) {
    rows.push(['非公有制企业和社会组织党组织覆盖情况统计表']); merges.push('A1:G1');
    rows.push(['', '', '', '', '', '', '表号：党统6表']);
    rows.push(['', '', '', '', '', '', '制表机关：中共XX县委组织部']);
    rows.push(['填报单位（盖章）：中共XX县委组织部', '', '', '', '', '', '统计截止时间：2024年12月31日']);
  }
  rows.push(['单位', '企业数（个）', '已建立党组织的企业数（个）', '企业党组织覆盖率（%）', '社会组织数（个）', '已建立党组织的社会组织数（个）', '社会组织党组织覆盖率（%）']);
  if (colnums) rows.push(['甲', 1, 2, 3, 4, 5, 6]);
  const r0 = rows.length;
  const line = (n, a, b, c, d) => [n, a, b, rate(b, a), c, d, rate(d, c)];
  const tot = line('合计', sum(e), sum(ec), sum(s), sum(sc));
  if (totalTop) rows.push(tot);
  for (let i = 0; i < e.length; i++) rows.push(line(towns[i], e[i], ec[i], s[i], sc[i]));
  if (!totalTop) rows.push(tot);
  const r1 = rows.length - 1;
  if (footer) {
    rows.push([]);
    rows.push(['单位负责人：张国强', '', '统计负责人：李红', '', '填表人：王丽', '', '报出日期：2025年1月10日']);
  }
  return { sheet: '党组织覆盖', rows, merges, data: { r0, r1 }, rateCols: [3, 6], widths: [14, 10, 14, 12, 10, 14, 14] };
}

// ---------- 2. 工业企业主要经济指标 (联网直报 B103-like) ----------
const gyItems = [
  ['企业单位数', '01', '个', 128, 120, 0],
  ['其中：亏损企业', '02', '个', 23, 19, 0],
  ['营业收入', '03', '万元', 1856432.5, 1702215.8, 1],
  ['其中：主营业务收入', '04', '万元', 1798120.3, 1650432.1, 1],
  ['营业成本', '05', '万元', 1583210.4, 1451876.2, 1],
  ['利润总额', '06', '万元', 98765.3, 91230.7, 1],
  ['亏损企业亏损额', '07', '万元', 12456.8, 9876.5, 1],
  ['应交增值税', '08', '万元', 45678.9, 42110.3, 1],
  ['资产总计', '09', '万元', 2456789.1, 2310456.4, 1],
  ['其中：流动资产合计', '10', '万元', 1123456.7, 1056789.2, 1],
  ['从业人员平均人数', '11', '人', 45612, 44890, 0],
];
function gongye({ items = gyItems, title = '规模以上工业企业主要经济指标', block = true, footer = true, colnums = true } = {}) {
  const rows = [], merges = [];
  if (block) {
    rows.push([title]); merges.push('A1:F1');
    rows.push(['', '', '', '', '表    号：', 'B103表']);
    rows.push(['', '', '', '', '制定机关：', '国家统计局']);
    rows.push(['', '', '', '', '批准文号：', '国统制〔2023〕98号']);
    rows.push(['综合机关名称：XX县统计局', '', '', '', '有效期至：', '2025年12月']);
    rows.push(['', '', '', '2024年1-12月', '', '']);
  }
  rows.push(['指标名称', '代码', '计量单位', '本年累计', '上年同期', '比上年同期增长（%）']);
  if (colnums) rows.push(['甲', '乙', '丙', 1, 2, 3]);
  const r0 = rows.length;
  for (const [n, code, unit, cur, prev] of items) rows.push([n, code, unit, cur, prev, growth(cur, prev) ?? '—']);
  const r1 = rows.length - 1;
  if (footer) {
    rows.push(['单位负责人：', '刘建军', '统计负责人：', '陈芳', '填表人：', '赵敏']);
    rows.push(['联系电话：0739-1234567', '', '', '', '报出日期：', '2025年1月15日']);
  }
  const dec = {}; items.forEach((it, i) => { dec[r0 + i] = it[5]; });
  return { sheet: 'B103', rows, merges, data: { r0, r1 }, rateCols: [5], dec, widths: [24, 6, 8, 14, 14, 14] };
}

// ---------- 3. 企业名录 with negative profits ----------
const firms = [
  ['XX市宏达机械制造有限公司', 23456.7, 21034.5, 1234.5, 286],
  ['XX县金穗食品有限公司', 12890.4, 13567.2, -356.8, 154],
  ['XX新能源科技有限公司', 45678.2, 38901.6, 3456.1, 512],
  ['XX县永丰纺织有限公司', 8765.3, 9456.0, -1023.4, 198],
  ['XX建材集团有限公司', 31245.9, 29876.3, 2187.6, 421],
  ['XX县绿源农业开发有限公司', 5432.1, 4987.6, 87.2, 63],
  ['XX精密电子有限公司', 19876.5, 17654.3, -45.9, 337],
];
function qiye({ block = true, footer = true, totalTop = false, colnums = true } = {}) {
  const rows = [], merges = [];
  if (block) {
    rows.push(['XX镇规模以上工业企业主要指标（2024年1-12月）']); merges.push('A1:F1');
    rows.push(['填报单位：XX镇经济发展办公室', '', '', '', '', '单位：万元、人']);
  }
  rows.push(['企业名称', '营业收入', '上年同期营业收入', '营业收入增长（%）', '利润总额', '从业人员平均人数']);
  if (colnums) rows.push(['甲', 1, 2, 3, 4, 5]);
  const r0 = rows.length;
  const tot = ['合计', sum(firms.map((f) => f[1])), sum(firms.map((f) => f[2])), null, sum(firms.map((f) => f[3])), sum(firms.map((f) => f[4]))];
  tot[3] = growth(tot[1], tot[2]);
  if (totalTop) rows.push(tot);
  for (const [n, a, b, p, w] of firms) rows.push([n, a, b, growth(a, b), p, w]);
  if (!totalTop) rows.push(tot);
  const r1 = rows.length - 1;
  if (footer) { rows.push(['单位负责人：周海', '', '统计负责人：吴倩', '', '填表人：孙磊', '报出日期：2025-01-12']); }
  const dec = {}; // per column decimals
  return { sheet: '企业', rows, merges, data: { r0, r1 }, rateCols: [3], colDec: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 0 }, widths: [30, 12, 14, 14, 12, 14] };
}

// ---------- 4. 预算执行 (财政一体化) ----------
const budget = [
  ['201', '一般公共服务支出', [
    ['20101', '人大事务', 86.0, 84.3, 80.1],
    ['20103', '政府办公厅（室）及相关机构事务', 1245.0, 1198.7, 1156.2],
    ['20106', '财政事务', 312.0, 305.4, 298.8],
    ['20132', '组织事务', 96.0, 101.2, 88.5],
  ]],
  ['205', '教育支出', [
    ['20502', '普通教育', 356.0, 342.8, 330.4],
    ['20508', '进修及培训', 24.0, 19.6, 21.3],
  ]],
  ['208', '社会保障和就业支出', [
    ['20801', '人力资源和社会保障管理事务', 178.0, 176.5, 169.9],
    ['20805', '行政事业单位养老支出', 845.0, 851.3, 812.7],
    ['20810', '社会福利', 132.0, 118.9, 125.6],
  ]],
  ['210', '卫生健康支出', [
    ['21004', '公共卫生', 210.0, 198.4, 187.2],
    ['21011', '行政事业单位医疗', 165.0, 163.8, 158.1],
  ]],
  ['213', '农林水支出', [
    ['21301', '农业农村', 1560.0, 1487.6, 1402.3],
    ['21305', '巩固脱贫攻坚成果衔接乡村振兴', 890.0, 902.4, 865.0],
    ['21307', '农村综合改革', 430.0, 415.2, 398.7],
  ]],
];
function yusuan({ codes = true, detail = true, block = true, footer = true, colnums = true, lastYear = true } = {}) {
  const rows = [], merges = [];
  const ncol = codes ? (lastYear ? 7 : 5) : (lastYear ? 6 : 4);
  if (block) {
    rows.push(['XX镇2024年一般公共预算支出执行情况表']); merges.push('A1:' + colLetter(ncol - 1) + '1');
    rows.push(['编制单位：XX镇财政所', ...Array(ncol - 2).fill(''), '单位：万元']);
  }
  const hdr = [];
  if (codes) hdr.push('科目编码');
  hdr.push('科目名称', '预算数', '执行数', '完成预算%');
  if (lastYear) hdr.push('上年执行数', '比上年增长%');
  rows.push(hdr);
  if (colnums) rows.push(codes ? ['甲', '乙', 1, 2, 3, 4, 5].slice(0, ncol) : ['甲', 1, 2, 3, 4, 5].slice(0, ncol));
  const r0 = rows.length;
  const mk = (code, name, b, x, ly) => {
    const r = [];
    if (codes) r.push(code);
    r.push(name, b, x, rate(x, b));
    if (lastYear) r.push(ly, growth(x, ly));
    return r;
  };
  const classes = budget.map(([code, name, subs]) => [code, name, sum(subs.map((s) => s[2])), sum(subs.map((s) => s[3])), sum(subs.map((s) => s[4])), subs]);
  rows.push(mk('', '支出合计', sum(classes.map((c) => c[2])), sum(classes.map((c) => c[3])), sum(classes.map((c) => c[4]))));
  for (const [code, name, b, x, ly, subs] of classes) {
    rows.push(mk(code, name, b, x, ly));
    if (detail) for (const [sc, sn, sb, sx, sly] of subs) rows.push(mk(sc, codes ? '  ' + sn : '    ' + sn, sb, sx, sly));
  }
  const r1 = rows.length - 1;
  if (footer) { rows.push([]); rows.push(['单位负责人：黄斌', '', '财务负责人：郑丽', '', '制表人：钱雪', ...Array(Math.max(0, ncol - 6)).fill(''), '报出日期：2025年1月20日'].slice(0, ncol)); }
  const rc = codes ? [4] : [3]; if (lastYear) rc.push(codes ? 6 : 5);
  return { sheet: '支出执行', rows, merges, data: { r0, r1 }, rateCols: rc, widths: codes ? [10, 32, 12, 12, 12, 12, 12] : [32, 12, 12, 12, 12, 12] };
}

// ---------- 5. 一般公共预算收入 ----------
const taxes = [['增值税', 2345.6, 2456.0, 2210.3], ['企业所得税', 876.4, 901.2, 845.7], ['个人所得税', 156.3, 162.8, 149.9], ['城市维护建设税', 234.5, 229.1, 221.6], ['房产税', 98.7, 104.3, 95.2], ['印花税', 45.6, 48.2, 41.8], ['城镇土地使用税', 123.4, 118.7, 126.5], ['契税', 312.0, 276.4, 334.1]];
const nontax = [['专项收入', 210.0, 198.6, 205.4], ['行政事业性收费收入', 86.0, 91.3, 88.2], ['罚没收入', 45.0, 52.7, 40.1], ['国有资源（资产）有偿使用收入', 320.0, 287.5, 301.9]];
function shouru() {
  const rows = [], merges = [];
  rows.push(['XX县2024年一般公共预算收入执行情况表']); merges.push('A1:F1');
  rows.push(['', '', '', '', '', '单位：万元']);
  rows.push(['项目', '预算数', '执行数', '完成预算%', '上年执行数', '比上年增长%']);
  rows.push(['栏次', 1, 2, 3, 4, 5]);
  const r0 = rows.length;
  const line = (n, b, x, ly) => [n, b, x, rate(x, b), ly, growth(x, ly)];
  const T = [sum(taxes.map((t) => t[1])), sum(taxes.map((t) => t[2])), sum(taxes.map((t) => t[3]))];
  const N = [sum(nontax.map((t) => t[1])), sum(nontax.map((t) => t[2])), sum(nontax.map((t) => t[3]))];
  rows.push(line('一般公共预算收入合计', sum([T[0], N[0]]), sum([T[1], N[1]]), sum([T[2], N[2]])));
  rows.push(line('一、税收收入', ...T));
  taxes.forEach((t) => rows.push(line('    ' + t[0], t[1], t[2], t[3])));
  rows.push(line('二、非税收入', ...N));
  nontax.forEach((t) => rows.push(line('    ' + t[0], t[1], t[2], t[3])));
  const r1 = rows.length - 1;
  rows.push(['单位负责人：林涛', '', '财务负责人：何静', '', '填表人：罗佳', '报出日期：2025年1月18日']);
  return { sheet: '收入执行', rows, merges, data: { r0, r1 }, rateCols: [3, 5], widths: [30, 12, 12, 12, 12, 12] };
}

// ---------- formatting transforms ----------
function decOf(m, r, c, v) {
  if (m.rateCols && m.rateCols.includes(c)) return 1;
  if (m.dec && m.dec[r] !== undefined) return m.dec[r];
  if (m.colDec && m.colDec[c] !== undefined) return m.colDec[c];
  return Number.isInteger(v) ? 0 : 1;
}
// style: function(v, r, c, m) -> exported value
const S = {
  num: (v) => v,
  text: (v, r, c, m) => v.toFixed(decOf(m, r, c, v)),
  textPct: (v, r, c, m) => (m.rateCols.includes(c) ? v.toFixed(1) + '%' : v.toFixed(decOf(m, r, c, v))),
  thou: (v, r, c, m) => (m.rateCols.includes(c) ? v.toFixed(1) : thou(v, decOf(m, r, c, v))),
  thouPctTrail: (v, r, c, m) => (m.rateCols.includes(c) ? v.toFixed(1) + '%' : thou(v, decOf(m, r, c, v)) + ' '),
  paren: (v, r, c, m) => { const d = decOf(m, r, c, v); if (m.rateCols.includes(c)) return v.toFixed(1); return v < 0 ? '(' + thou(-v, d) + ')' : thou(v, d); },
  fullwidth: (v, r, c, m) => fw(v.toFixed(decOf(m, r, c, v))),
  trail: (v, r, c, m) => v.toFixed(decOf(m, r, c, v)) + '  ',
};
function applyFmt(m, style, { nullAs = null, zeroAs } = {}) {
  const out = clone(m);
  for (let r = m.data.r0; r <= m.data.r1; r++) {
    const row = out.rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null) { row[c] = nullAs; continue; }
      if (typeof v !== 'number') continue;
      if (v === 0 && zeroAs !== undefined) { row[c] = zeroAs; continue; }
      row[c] = style(v, r, c, m);
    }
  }
  return out;
}

// ---------- writers ----------
async function writeXlsx(file, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'export';
  for (const m of sheets) {
    const ws = wb.addWorksheet(m.sheet);
    m.rows.forEach((row, r) => {
      row.forEach((v, c) => { if (v !== null && v !== undefined && v !== '') ws.getCell(r + 1, c + 1).value = v; });
    });
    (m.merges || []).forEach((mg) => ws.mergeCells(mg));
    (m.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    if (m.numFmt) for (let r = m.data.r0; r <= m.data.r1; r++) m.rows[r].forEach((v, c) => { if (typeof v === 'number') ws.getCell(r + 1, c + 1).numFmt = m.numFmt(r, c, v); });
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}
function csvField(v, sep, quoteAll) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  if (quoteAll || s.includes(sep) || s.includes('"') || s.includes('\n')) return '"' + s.replace(/"/g, '""') + '"';
  return s;
}
function writeCsv(file, m, { sep = ',', enc = 'utf8bom', quoteAll = false, eol = '\r\n' } = {}) {
  const text = m.rows.map((row) => row.map((v) => csvField(v, sep, quoteAll)).join(sep)).join(eol) + eol;
  let buf;
  if (enc === 'utf8bom') buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  else if (enc === 'utf8') buf = Buffer.from(text, 'utf8');
  else buf = iconv.encode(text, 'gbk');
  fs.writeFileSync(path.join(OUT, file), buf);
}
// CSV: drop merges; the title stays in the first cell
function plant(m, r, c, newRaw) { const o = clone(m); const old = o.rows[r][c]; o.rows[r][c] = newRaw; return { m: o, old }; }
function findRow(m, label) { const i = m.rows.findIndex((row, r) => r >= m.data.r0 && row.some((v) => typeof v === 'string' && v.trim() === label)); if (i < 0) throw new Error('no row ' + label); return i; }



async function main() {
  const jobs = [];
  const clean = (file, writer) => { manifest[file] = null; jobs.push(writer); };
  const planted = (file, cellSheet, r, c, note, writer) => { const sh = cellSheet === 'SHEET' ? path.basename(file, '.csv') : cellSheet; manifest[file] = { cell: `${sh}!${addr(r, c)}`, note }; jobs.push(writer); };

  // ===== 党组织覆盖 =====
  const d1 = dangjian();
  clean('c01_dangjian_fugai.xlsx', () => writeXlsx('c01_dangjian_fugai.xlsx', [d1]));
  const d2 = applyFmt(d1, S.textPct);
  d2.rows.forEach((row) => { if (typeof row[0] === 'string' && row[0] !== '' && !row[0].includes('：')) row[0] = row[0] + ' '; });
  clean('c02_dangjian_text_pct.xlsx', () => writeXlsx('c02_dangjian_text_pct.xlsx', [d2]));
  const d3 = applyFmt(dangjian(), S.text);
  clean('c03_dangjian_utf8bom.csv', () => writeCsv('c03_dangjian_utf8bom.csv', d3, { quoteAll: true }));
  clean('c04_dangjian_gbk.csv', () => writeCsv('c04_dangjian_gbk.csv', d3, { enc: 'gbk' }));
  const d5 = applyFmt(dangjian({ header: false, footer: false, totalTop: false }), S.textPct);
  clean('c05_dangjian_tab.csv', () => writeCsv('c05_dangjian_tab.csv', d5, { sep: '\t', enc: 'utf8' }));
  // zero rows: a new village-level area with no social orgs; zero counts blank, rate '—'
  const dz = dangjian({ overrides: { s: [46, 22, 0, 17], sc: [39, 18, 0, 14], ec: [268, 121, 29, 80, 0] } });
  // note: 北岭乡 (index 4) has 26 enterprises, 0 covered -> 0.0%
  const dz2 = applyFmt(dz, S.num, { nullAs: '—', zeroAs: null });
  clean('c14_dangjian_zero_blank.xlsx', () => writeXlsx('c14_dangjian_zero_blank.xlsx', [dz2]));

  // planted on dangjian
  { const r = findRow(d1, '合计'); const p = plant(d1, r, 1, 1042);
    planted('p01_dangjian_total.xlsx', '党组织覆盖', r, 1, `合计 企业数 changed from ${p.old} to 1042`, () => writeXlsx('p01_dangjian_total.xlsx', [p.m])); }
  { const r = findRow(d1, '南山镇'); const p = plant(d1, r, 3, 58.5); const pm = applyFmt(p.m, S.textPct);
    pm.rows.forEach((row) => { if (typeof row[0] === 'string' && row[0] !== '' && !row[0].includes('：')) row[0] = row[0] + ' '; });
    planted('p02_dangjian_rate_text.xlsx', '党组织覆盖', r, 3, `南山镇 企业覆盖率 text changed from "${p.old}%" to "58.5%"`, () => writeXlsx('p02_dangjian_rate_text.xlsx', [pm])); }
  { const m = dangjian(); const r = findRow(m, '合计'); const p = plant(m, r, 4, 161);
    planted('p03_dangjian_soc_total.csv', 'SHEET', r, 4, `合计 社会组织数 changed from ${p.old} to 161`, () => writeCsv('p03_dangjian_soc_total.csv', applyFmt(p.m, S.text), { quoteAll: true })); }
  { const m = dangjian(); const r = findRow(m, '青龙乡'); const p = plant(m, r, 2, 21);
    planted('p04_dangjian_part_gt_whole_gbk.csv', 'SHEET', r, 2, `青龙乡 已建党组织企业数 changed from ${p.old} to 21 (> 企业数 19)`, () => writeCsv('p04_dangjian_part_gt_whole_gbk.csv', applyFmt(p.m, S.text), { enc: 'gbk' })); }
  { const m = dangjian({ header: false, footer: false, totalTop: false }); const r = findRow(m, '合计'); const p = plant(m, r, 6, 88.7);
    planted('p05_dangjian_tab_totalrate.csv', 'SHEET', r, 6, `合计 社会组织覆盖率 changed from ${p.old} to 88.7`, () => writeCsv('p05_dangjian_tab_totalrate.csv', applyFmt(p.m, S.textPct), { sep: '\t', enc: 'utf8' })); }

  // ===== 党组织覆盖 two sheets with 行次 and 其中 column =====
  function dj2(kind) {
    const names = kind === 'ent' ? ['XX镇', 'YY镇', 'ZZ乡', 'WW街道', 'VV乡', '工业园区'] : ['XX镇', 'YY镇', 'ZZ乡', 'WW街道', 'VV乡', '工业园区'];
    const tot = kind === 'ent' ? [420, 236, 57, 388, 41, 512] : [38, 27, 11, 64, 9, 15];
    const sub = kind === 'ent' ? [36, 21, 4, 52, 2, 97] : [12, 8, 3, 30, 2, 6];
    const cov = kind === 'ent' ? [351, 198, 40, 340, 29, 470] : [30, 21, 7, 55, 6, 13];
    const label = kind === 'ent' ? '企业' : '社会组织';
    const rows = [[`${label}党组织覆盖情况`], ['', '', '', '', '', '表号：党统7表'], ['单位名称', '行次', `${label}数（个）`, kind === 'ent' ? '其中：规模以上企业（个）' : '其中：行业协会商会（个）', '已建立党组织的（个）', '覆盖率（%）'], ['甲', '乙', 1, 2, 3, 4]];
    const r0 = rows.length;
    rows.push(['总计', '01', sum(tot), sum(sub), sum(cov), rate(sum(cov), sum(tot))]);
    names.forEach((n, i) => rows.push([n, String(i + 2).padStart(2, '0'), tot[i], sub[i], cov[i], rate(cov[i], tot[i])]));
    const r1 = rows.length - 1;
    rows.push(['填表人：马超', '', '审核人：高洁', '', '报出日期：2025年1月9日', '']);
    return { sheet: label, rows, merges: ['A1:F1'], data: { r0, r1 }, rateCols: [5], widths: [14, 6, 12, 16, 14, 12] };
  }
  const e16 = dj2('ent'), s16 = dj2('soc');
  clean('c16_dangjian_two_sheets.xlsx', () => writeXlsx('c16_dangjian_two_sheets.xlsx', [e16, s16]));
  { const r = findRow(s16, 'WW街道'); const p = plant(s16, r, 5, 95.9);
    planted('p17_dangjian_two_sheets_rate.xlsx', '社会组织', r, 5, `WW街道 社会组织覆盖率 changed from ${p.old} to 95.9`, () => writeXlsx('p17_dangjian_two_sheets_rate.xlsx', [e16, p.m])); }
  { const r = findRow(e16, 'ZZ乡'); const p = plant(e16, r, 3, 75);
    planted('p18_dangjian_qizhong_gt.xlsx', '企业', r, 3, `ZZ乡 其中：规模以上企业 changed from ${p.old} to 75 (> 企业数 57)`, () => writeXlsx('p18_dangjian_qizhong_gt.xlsx', [p.m, s16])); }

  // ===== 工业 B103 =====
  const g1 = gongye();
  clean('c06_gongye_b103.xlsx', () => writeXlsx('c06_gongye_b103.xlsx', [g1]));
  const g2 = applyFmt(gongye(), S.thouPctTrail);
  clean('c09_gongye_b103_thou_text.xlsx', () => writeXlsx('c09_gongye_b103_thou_text.xlsx', [g2]));
  const g3 = applyFmt(gongye(), S.thou);
  clean('c19_gongye_b103_gbk.csv', () => writeCsv('c19_gongye_b103_gbk.csv', g3, { enc: 'gbk' }));
  // small-town version where profit turned negative: growth '—'
  const smallItems = [
    ['企业单位数', '01', '个', 14, 12, 0],
    ['其中：亏损企业', '02', '个', 5, 3, 0],
    ['营业收入', '03', '万元', 45678.3, 43210.9, 1],
    ['营业成本', '04', '万元', 41234.5, 38765.2, 1],
    ['利润总额', '05', '万元', -356.2, 128.4, 1],
    ['亏损企业亏损额', '06', '万元', 1245.6, 567.8, 1],
    ['从业人员平均人数', '07', '人', 2345, 2401, 0],
  ];
  const g4 = gongye({ items: smallItems, title: 'XX镇规模以上工业企业主要经济指标' });
  clean('c20_gongye_small_negprofit.xlsx', () => writeXlsx('c20_gongye_small_negprofit.xlsx', [g4]));
  const g5 = applyFmt(gongye({ items: smallItems, block: false, footer: false }), S.paren);
  clean('c21_gongye_small_paren.csv', () => writeCsv('c21_gongye_small_paren.csv', g5, { enc: 'utf8bom' }));
  const g6 = applyFmt(gongye(), S.fullwidth);
  clean('c15_gongye_fullwidth.xlsx', () => writeXlsx('c15_gongye_fullwidth.xlsx', [g6]));

  { const r = findRow(g1, '其中：亏损企业'); const p = plant(g1, r, 3, 230); // keep growth as original? No: exactly one value changed
    planted('p06_gongye_qizhong_gt.xlsx', 'B103', r, 3, `其中：亏损企业 本年累计 changed from ${p.old} to 230 (> 企业单位数 128)`, () => writeXlsx('p06_gongye_qizhong_gt.xlsx', [p.m])); }
  { const r = findRow(g1, '营业收入'); const p = plant(g1, r, 5, 19.1);
    planted('p07_gongye_growth.xlsx', 'B103', r, 5, `营业收入 增长率 changed from ${p.old} to 19.1`, () => writeXlsx('p07_gongye_growth.xlsx', [p.m])); }
  { const m = gongye(); const r = findRow(m, '从业人员平均人数'); const p = plant(m, r, 4, 54890);
    planted('p08_gongye_prev_thou_gbk.csv', 'SHEET', r, 4, `从业人员平均人数 上年同期 changed from 44,890 to 54,890 (growth 1.6% now wrong)`, () => writeCsv('p08_gongye_prev_thou_gbk.csv', applyFmt(p.m, S.thou), { enc: 'gbk' })); }
  { const m = gongye(); const r = findRow(m, '其中：主营业务收入'); const p = plant(m, r, 3, 1898120.3);
    planted('p09_gongye_fullwidth_qizhong.xlsx', 'B103', r, 3, `其中：主营业务收入 本年 changed from 1798120.3 to 1898120.3 (> 营业收入 1856432.5), full-width text`, () => writeXlsx('p09_gongye_fullwidth_qizhong.xlsx', [applyFmt(p.m, S.fullwidth)])); }

  // ===== 企业名录 =====
  const q1 = qiye();
  clean('c07_qiye_list.xlsx', () => writeXlsx('c07_qiye_list.xlsx', [q1]));
  const q2 = applyFmt(qiye(), S.paren);
  clean('c08_qiye_paren_utf8bom.csv', () => writeCsv('c08_qiye_paren_utf8bom.csv', q2, {}));
  const q3 = applyFmt(qiye({ totalTop: true, colnums: false }), S.thou);
  clean('c22_qiye_thou_gbk_tab.csv', () => writeCsv('c22_qiye_thou_gbk_tab.csv', q3, { sep: '\t', enc: 'gbk' }));
  const q4 = applyFmt(qiye(), (v, r, c, m) => (v < 0 ? v.toFixed(1) : (S.thou(v, r, c, m))));
  clean('c23_qiye_mixed_text.xlsx', () => writeXlsx('c23_qiye_mixed_text.xlsx', [q4]));
  { const r = findRow(q1, '合计'); const p = plant(q1, r, 1, 157345.1);
    planted('p10_qiye_total.xlsx', '企业', r, 1, `合计 营业收入 changed from ${p.old} to 157345.1`, () => writeXlsx('p10_qiye_total.xlsx', [p.m])); }
  { const m = qiye(); const r = findRow(m, 'XX县永丰纺织有限公司'); const p = plant(m, r, 4, 1023.4);
    planted('p11_qiye_paren_signflip.csv', 'SHEET', r, 4, `永丰纺织 利润总额 changed from "(1,023.4)" to "1,023.4" (sign lost)`, () => writeCsv('p11_qiye_paren_signflip.csv', applyFmt(p.m, S.paren), {})); }
  { const m = qiye({ totalTop: true, colnums: false }); const r = findRow(m, 'XX新能源科技有限公司'); const p = plant(m, r, 5, 612);
    planted('p12_qiye_gbk_tab_workers.csv', 'SHEET', r, 5, `新能源科技 从业人员 changed from 512 to 612`, () => writeCsv('p12_qiye_gbk_tab_workers.csv', applyFmt(p.m, S.thou), { sep: '\t', enc: 'gbk' })); }

  // ===== 预算执行 =====
  const y1 = yusuan();
  clean('c10_yusuan_zhixing.xlsx', () => writeXlsx('c10_yusuan_zhixing.xlsx', [y1]));
  const y2 = applyFmt(yusuan(), S.thouPctTrail);
  clean('c11_yusuan_text_thou.xlsx', () => writeXlsx('c11_yusuan_text_thou.xlsx', [y2]));
  const y3 = applyFmt(yusuan({ codes: false, lastYear: false }), S.text);
  clean('c12_yusuan_utf8.csv', () => writeCsv('c12_yusuan_utf8.csv', y3, { enc: 'utf8bom' }));
  const y4 = applyFmt(yusuan({ detail: false }), S.text);
  clean('c13_yusuan_gbk_tab.csv', () => writeCsv('c13_yusuan_gbk_tab.csv', y4, { sep: '\t', enc: 'gbk' }));
  const y5 = yusuan({ codes: false, block: false, footer: false, colnums: false });
  clean('c24_yusuan_plain.csv', () => writeCsv('c24_yusuan_plain.csv', applyFmt(y5, S.num), { enc: 'utf8' }));
  const sr = shouru();
  clean('c17_shouru.xlsx', () => writeXlsx('c17_shouru.xlsx', [sr]));

  { const r = findRow(y1, '财政事务'); const p = plant(y1, r, 3, 350.4);
    planted('p13_yusuan_sub_exec.xlsx', '支出执行', r, 3, `20106 财政事务 执行数 changed from ${p.old} to 350.4`, () => writeXlsx('p13_yusuan_sub_exec.xlsx', [p.m])); }
  { const r = findRow(y1, '教育支出'); const p = plant(y1, r, 4, 69.3);
    planted('p14_yusuan_rate.xlsx', '支出执行', r, 4, `205 教育支出 完成预算% changed from ${p.old} to 69.3`, () => writeXlsx('p14_yusuan_rate.xlsx', [p.m])); }
  { const m = yusuan(); const r = findRow(m, '支出合计'); const p = plant(m, r, 2, 7439);
    planted('p15_yusuan_text_total.xlsx', '支出执行', r, 2, `支出合计 预算数 changed from "6,939.0" to "7,439.0 "`, () => writeXlsx('p15_yusuan_text_total.xlsx', [applyFmt(p.m, S.thouPctTrail)])); }
  { const m = yusuan({ codes: false, lastYear: false }); const r = findRow(m, '农林水支出'); const p = plant(m, r, 2, 2705.2);
    planted('p16_yusuan_csv_class.csv', 'SHEET', r, 2, `农林水支出 执行数 changed from ${p.old} to 2705.2`, () => writeCsv('p16_yusuan_csv_class.csv', applyFmt(p.m, S.text), { enc: 'utf8bom' })); }
  { const m = yusuan({ detail: false }); const r = findRow(m, '卫生健康支出'); const p = plant(m, r, 6, 3.1);
    planted('p19_yusuan_gbk_growth.csv', 'SHEET', r, 6, `卫生健康支出 比上年增长% changed from ${p.old} to 3.1`, () => writeCsv('p19_yusuan_gbk_growth.csv', applyFmt(p.m, S.text), { sep: '\t', enc: 'gbk' })); }
  { const r = findRow(sr, '企业所得税'); const p = plant(sr, r, 2, 9012.0);
    planted('p20_shouru_tax.xlsx', '收入执行', r, 2, `企业所得税 执行数 changed from ${p.old} to 9012`, () => writeXlsx('p20_shouru_tax.xlsx', [p.m])); }

  for (const j of jobs) await j();
  fs.writeFileSync('/tmp/round54a/manifest.json', JSON.stringify(manifest, null, 2));
  console.log('wrote', Object.keys(manifest).length, 'files');
}
main().catch((e) => { console.error(e); process.exit(1); });
