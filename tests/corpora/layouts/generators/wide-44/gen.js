// Generator for round44b: wide and transposed tables
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
// Writes files/ (clean and planted twins) and manifest.json under the folder given (default /tmp/round44b); the
// corpus keeps the clean files that statlint checks. Round 44 (wide-and-transposed tables), by an outside tester.
const ROOT = process.argv[2] || '/tmp/round44b';
const OUT = path.join(ROOT, 'files');
fs.mkdirSync(OUT, { recursive: true });

let seed = 4402;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
const sum = a => a.reduce((s, x) => s + x, 0);
// half-up rounding to d decimals, done on exact integer ratios
function rate(num, den, d = 1, mult = 100) {
  if (!den) return '—';
  const f = Math.pow(10, d);
  // num*mult*f/den, round half up using integer arithmetic
  const n = num * mult * f, q = Math.floor(n / den), r = n - q * den;
  return (2 * r >= den ? q + 1 : q) / f;
}
function growth(cur, last, d = 1) {
  if (!last) return '—';
  return rate(cur - last, last, d);
}
function col(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

const TOWNS = ['城关镇', '河西乡', '东岭乡', '南山镇', '北坪乡', '柳林镇', '石门乡', '清水镇', '白马乡', '龙泉镇',
  '杨家庄乡', '黄土坡乡', '新集镇', '马坊乡', '高桥镇', '双河乡', '桃园镇', '三岔乡', '红星镇', '李家沟乡',
  '大湾镇', '青石乡', '松树岭乡', '长坪镇', '团结乡', '金山镇', '沙河乡', '王庄镇', '古城乡', '塔儿湾镇',
  '五里铺镇', '西沟乡', '云台乡', '花园镇', '兴隆乡'];

function put(ws, r, c, v, fmt) { const cell = ws.getCell(r, c); cell.value = v; if (fmt && typeof v === 'number') cell.numFmt = fmt; return cell; }
function title(ws, text, ncol) { ws.getCell(1, 1).value = text; if (ncol > 1) ws.mergeCells(1, 1, 1, ncol); ws.getCell(1, 1).font = { bold: true, size: 14 }; ws.getCell(1, 1).alignment = { horizontal: 'center' }; }

// party building data for n towns
function partyData(n) {
  return Array.from({ length: n }, () => {
    const ent = ri(3, 140), org = ri(1, ent), mem = ri(org, org * 9 + 5), fem = ri(0, Math.floor(mem * 0.45));
    return { ent, org, mem, fem };
  });
}
function partyRows(d) {
  const tot = { ent: sum(d.map(x => x.ent)), org: sum(d.map(x => x.org)), mem: sum(d.map(x => x.mem)), fem: sum(d.map(x => x.fem)) };
  return { tot, rows: [
    ['企业数', '个', tot.ent, d.map(x => x.ent), '0'],
    ['已建立党组织企业数', '个', tot.org, d.map(x => x.org), '0'],
    ['党组织覆盖率(%)', '%', rate(tot.org, tot.ent), d.map(x => rate(x.org, x.ent)), '0.0'],
    ['党员数', '人', tot.mem, d.map(x => x.mem), '0'],
    ['  其中：女党员', '人', tot.fem, d.map(x => x.fem), '0'],
  ] };
}

// Generic transposed writer: indicators down, regions across
// opts: unit (bool), totalLast (bool), startRow
function writeTransposed(ws, towns, rows, opts = {}) {
  const r0 = opts.startRow || 3;
  const lab = opts.labelHead || '指标';
  let c = 1;
  const hdr = [lab];
  if (opts.unit) hdr.push('单位');
  const totName = opts.totalName || '合计';
  if (!opts.totalLast) hdr.push(totName);
  hdr.push(...towns);
  if (opts.totalLast) hdr.push(totName);
  hdr.forEach((h, i) => { put(ws, r0, i + 1, h).font = { bold: true }; });
  rows.forEach((row, k) => {
    const [label, unit, tot, vals, fmt] = row;
    const line = [label];
    if (opts.unit) line.push(unit);
    if (!opts.totalLast) line.push(tot);
    line.push(...vals);
    if (opts.totalLast) line.push(tot);
    line.forEach((v, i) => put(ws, r0 + 1 + k, i + 1, v, fmt));
  });
  ws.getColumn(1).width = 22;
  return { headerRow: r0, firstDataRow: r0 + 1, ncol: hdr.length };
}

const files = {}; // name -> builder(wb)
function def(name, build) { files[name] = build; }

// ---------- clean builders ----------
def('c01_party_total_first', wb => {
  const towns = TOWNS.slice(0, 6); const d = partyData(6); const { rows } = partyRows(d);
  const ws = wb.addWorksheet('Sheet1'); title(ws, '2024年全县非公有制企业党建工作情况统计表', 8);
  put(ws, 2, 1, '填报单位：县委组织部'); put(ws, 2, 7, '截至2024年12月31日');
  writeTransposed(ws, towns, rows);
});
def('c02_party_total_last', wb => {
  const towns = TOWNS.slice(0, 5); const d = partyData(5); const { rows } = partyRows(d);
  const ws = wb.addWorksheet('Sheet1'); title(ws, '各乡镇非公企业党组织组建情况', 7);
  writeTransposed(ws, towns, rows, { totalLast: true });
});
def('c03_unit_column', wb => {
  const towns = TOWNS.slice(2, 9); const d = partyData(7); const { rows } = partyRows(d);
  const ws = wb.addWorksheet('非公企业'); title(ws, '非公有制企业党的组织和工作覆盖情况表', 10);
  writeTransposed(ws, towns, rows, { unit: true, totalName: '全县' });
});
function socialData(n) {
  return Array.from({ length: n }, () => {
    const so = ri(2, 60), org = ri(0, so), mem = ri(org * 3, org * 12 + 4), fem = ri(0, Math.floor(mem / 2)), young = ri(0, Math.floor(mem / 3));
    return { so, org, mem, fem, young };
  });
}
def('c04_social_orgs_unit_total_last', wb => {
  const towns = TOWNS.slice(4, 12); const d = socialData(8);
  const t = k => sum(d.map(x => x[k]));
  const rows = [
    ['社会组织数', '个', t('so'), d.map(x => x.so), '0'],
    ['已建立党组织的社会组织数', '个', t('org'), d.map(x => x.org), '0'],
    ['党组织覆盖率', '%', rate(t('org'), t('so')), d.map(x => rate(x.org, x.so)), '0.0'],
    ['社会组织党员数', '人', t('mem'), d.map(x => x.mem), '0'],
    ['其中：女党员', '人', t('fem'), d.map(x => x.fem), '0'],
    ['其中：35岁及以下党员', '人', t('young'), d.map(x => x.young), '0'],
  ];
  const ws = wb.addWorksheet('社会组织'); title(ws, '全县社会组织党建工作基本情况', 11);
  writeTransposed(ws, towns, rows, { unit: true, totalLast: true });
});
// two-year row blocks
function yearBlocks(ws, towns, opts = {}) {
  const d1 = partyData(towns.length);
  const d2 = d1.map(x => { const ent = x.ent + ri(-3, 12); const org = Math.min(ent, x.org + ri(0, 6)); const mem = x.mem + ri(-2, 30); const fem = Math.min(mem, x.fem + ri(0, 8)); return { ent, org, mem, fem }; });
  const p1 = partyRows(d1), p2 = partyRows(d2);
  const r0 = 3;
  const hdr = ['年份', '指标', '合计', ...towns];
  hdr.forEach((h, i) => put(ws, r0, i + 1, h).font = { bold: true });
  let r = r0 + 1;
  const block = (yl, pr) => { pr.rows.forEach((row, k) => { put(ws, r, 1, k === 0 ? yl : null); put(ws, r, 2, row[0]); put(ws, r, 3, row[2], row[4]); row[3].forEach((v, i) => put(ws, r, 4 + i, v, row[4])); r++; }); };
  block('2023年', p1); block('2024年', p2);
  // 增减 rows
  const keys = ['ent', 'org', 'mem', 'fem'], labels = ['企业数', '已建立党组织企业数', '党员数', '  其中：女党员'];
  keys.forEach((k, j) => {
    put(ws, r, 1, j === 0 ? '增减' : null); put(ws, r, 2, labels[j]);
    put(ws, r, 3, p2.tot[k] - p1.tot[k]); d2.forEach((x, i) => put(ws, r, 4 + i, x[k] - d1[i][k])); r++;
  });
  if (opts.growth) {
    keys.forEach((k, j) => {
      put(ws, r, 1, j === 0 ? '增长(%)' : null); put(ws, r, 2, labels[j]);
      put(ws, r, 3, growth(p2.tot[k], p1.tot[k]), '0.0'); d2.forEach((x, i) => put(ws, r, 4 + i, growth(x[k], d1[i][k]), '0.0')); r++;
    });
  }
  ws.getColumn(2).width = 22;
}
def('c05_year_blocks', wb => { const ws = wb.addWorksheet('Sheet1'); title(ws, '2023—2024年非公企业党建情况对比', 8); yearBlocks(ws, TOWNS.slice(0, 5)); });
def('c06_year_blocks_growth', wb => { const ws = wb.addWorksheet('对比'); title(ws, '两年对比表', 9); yearBlocks(ws, TOWNS.slice(5, 11), { growth: true }); });
// months down, regions across
function monthsRegions(ws, towns, opts = {}) {
  const r0 = 3; const hdr = ['月份', '合计', ...towns]; hdr.forEach((h, i) => put(ws, r0, i + 1, h).font = { bold: true });
  const m = Array.from({ length: 12 }, () => towns.map(() => ri(800, 9000) + ri(0, 99) / 10));
  const round1 = x => Math.round(x * 10) / 10;
  m.forEach((row, k) => { put(ws, r0 + 1 + k, 1, `${k + 1}月`); put(ws, r0 + 1 + k, 2, round1(sum(row)), '0.0'); row.forEach((v, i) => put(ws, r0 + 1 + k, 3 + i, v, '0.0')); });
  const rr = r0 + 13; put(ws, rr, 1, '全年');
  const colt = towns.map((_, i) => round1(sum(m.map(x => x[i]))));
  put(ws, rr, 2, round1(sum(colt)), '0.0'); colt.forEach((v, i) => put(ws, rr, 3 + i, v, '0.0'));
  put(ws, rr + 1, 1, '单位：万元');
}
def('c07_months_regions', wb => { const ws = wb.addWorksheet('Sheet1'); title(ws, '2024年各乡镇规模以上工业产值（分月）', 8); monthsRegions(ws, TOWNS.slice(0, 6)); });
def('c08_quarters_regions_indicators', wb => {
  // quarters down in blocks per indicator, regions across, 合计 last
  const ws = wb.addWorksheet('分季度'); const towns = TOWNS.slice(6, 13); title(ws, '各乡镇主要经济指标（分季度）', 10);
  const r0 = 3; ['指标', '季度', ...towns, '全县'].forEach((h, i) => put(ws, r0, i + 1, h).font = { bold: true });
  let r = r0 + 1;
  for (const ind of ['固定资产投资(万元)', '社会消费品零售额(万元)']) {
    const q = [0, 1, 2, 3].map(() => towns.map(() => ri(300, 5000)));
    q.forEach((row, k) => { put(ws, r, 1, k === 0 ? ind : null); put(ws, r, 2, `第${'一二三四'[k]}季度`); row.forEach((v, i) => put(ws, r, 3 + i, v)); put(ws, r, 3 + towns.length, sum(row)); r++; });
    const ct = towns.map((_, i) => sum(q.map(x => x[i])));
    put(ws, r, 2, '全年'); ct.forEach((v, i) => put(ws, r, 3 + i, v)); put(ws, r, 3 + towns.length, sum(ct)); r++;
  }
});
def('c09_cumulative_periods', wb => {
  // cumulative periods down: 1-3月, 1-6月, 1-9月, 1-12月 (not additive downwards)
  const ws = wb.addWorksheet('Sheet1'); const towns = TOWNS.slice(0, 7); title(ws, '2024年各乡镇一般公共预算收入（累计）', 9);
  const r0 = 3; ['期别', '合计', ...towns].forEach((h, i) => put(ws, r0, i + 1, h).font = { bold: true });
  let cum = towns.map(() => 0);
  ['1-3月', '1-6月', '1-9月', '1-12月'].forEach((p, k) => {
    cum = cum.map(x => x + ri(120, 900));
    put(ws, r0 + 1 + k, 1, p); put(ws, r0 + 1 + k, 2, sum(cum)); cum.forEach((v, i) => put(ws, r0 + 1 + k, 3 + i, v));
  });
  put(ws, r0 + 5, 1, '单位：万元');
});
// two halves side by side (towns as rows in each half)
def('c10_two_halves_rows', wb => {
  const ws = wb.addWorksheet('Sheet1'); const towns = TOWNS.slice(0, 14); const d = partyData(14);
  title(ws, '各乡镇非公企业党组织覆盖情况', 9);
  const hdr = ['乡镇', '企业数', '已建党组织企业数', '覆盖率(%)'];
  [0, 5].forEach(off => hdr.forEach((h, i) => put(ws, 3, off + 1 + i, h).font = { bold: true }));
  for (let i = 0; i < 7; i++) {
    const a = d[i], b = d[i + 7];
    [[0, towns[i], a], [5, towns[i + 7], b]].forEach(([off, t, x]) => { put(ws, 4 + i, off + 1, t); put(ws, 4 + i, off + 2, x.ent); put(ws, 4 + i, off + 3, x.org); put(ws, 4 + i, off + 4, rate(x.org, x.ent), '0.0'); });
  }
  const te = sum(d.map(x => x.ent)), to = sum(d.map(x => x.org));
  put(ws, 11, 6, '合计'); put(ws, 11, 7, te); put(ws, 11, 8, to); put(ws, 11, 9, rate(to, te), '0.0');
});
def('c11_two_halves_transposed', wb => {
  // indicators down; left half: 合计 + towns 1-4; right half: indicators repeated + towns 5-9
  const ws = wb.addWorksheet('Sheet1'); const towns = TOWNS.slice(0, 9); const d = partyData(9); const { rows } = partyRows(d);
  title(ws, '非公企业党建情况（续表并排）', 13);
  const left = ['指标', '合计', ...towns.slice(0, 4)], right = ['指标', ...towns.slice(4)];
  left.forEach((h, i) => put(ws, 3, 1 + i, h).font = { bold: true });
  right.forEach((h, i) => put(ws, 3, 8 + i, h).font = { bold: true });
  rows.forEach((row, k) => {
    const r = 4 + k; put(ws, r, 1, row[0]); put(ws, r, 2, row[2], row[4]); row[3].slice(0, 4).forEach((v, i) => put(ws, r, 3 + i, v, row[4]));
    put(ws, r, 8, row[0]); row[3].slice(4).forEach((v, i) => put(ws, r, 9 + i, v, row[4]));
  });
});
def('c12_very_wide_32', wb => {
  const towns = TOWNS.slice(0, 32); const d = partyData(32); const { rows } = partyRows(d);
  const ws = wb.addWorksheet('Sheet1'); title(ws, '全县32个乡镇非公有制企业党建统计表', 34);
  writeTransposed(ws, towns, rows);
});
def('c13_very_wide_35_total_last_unit', wb => {
  const towns = TOWNS.slice(0, 35); const d = partyData(35); const { rows } = partyRows(d);
  const ws = wb.addWorksheet('汇总'); title(ws, '全县乡镇非公企业党建统计表', 38);
  writeTransposed(ws, towns, rows, { unit: true, totalLast: true, totalName: '总计' });
});
def('c14_population', wb => {
  const towns = TOWNS.slice(0, 8);
  const d = towns.map(() => { const male = ri(8000, 40000), female = ri(7500, 39000), urban = ri(1000, 20000); return { male, female, urban }; });
  const T = k => sum(d.map(x => x[k]));
  const tp = T('male') + T('female');
  const rows = [
    ['户籍总人口', '人', tp, d.map(x => x.male + x.female), '0'],
    ['  其中：男', '人', T('male'), d.map(x => x.male), '0'],
    ['        女', '人', T('female'), d.map(x => x.female), '0'],
    ['城镇人口', '人', T('urban'), d.map(x => x.urban), '0'],
    ['城镇化率', '%', rate(T('urban'), tp), d.map(x => rate(x.urban, x.male + x.female)), '0.0'],
    ['性别比(女=100)', '', rate(T('male'), T('female'), 2), d.map(x => rate(x.male, x.female, 2)), '0.00'],
  ];
  const ws = wb.addWorksheet('人口'); title(ws, '2024年末各乡镇户籍人口情况', 11);
  writeTransposed(ws, towns, rows, { unit: true, totalName: '全县' });
});
def('c15_population_year_blocks', wb => {
  const towns = TOWNS.slice(3, 9);
  const a = towns.map(() => ri(10000, 60000)), hA = towns.map(() => ri(3000, 20000));
  const b = a.map(x => x + ri(-800, 900)), hB = hA.map(x => x + ri(-100, 300));
  const ws = wb.addWorksheet('Sheet1'); title(ws, '各乡镇人口和户数变动', 9);
  ['年份', '指标', '单位', '全县', ...towns].forEach((h, i) => put(ws, 3, i + 1, h).font = { bold: true });
  const line = (r, y, lab, u, arr, fmt) => { put(ws, r, 1, y); put(ws, r, 2, lab); put(ws, r, 3, u); const t = typeof arr[0] === 'number' ? null : null; arr.forEach((v, i) => put(ws, r, 4 + i, v, fmt)); };
  line(4, '2023年', '户数', '户', [sum(hA), ...hA]); line(5, null, '人口', '人', [sum(a), ...a]);
  line(6, '2024年', '户数', '户', [sum(hB), ...hB]); line(7, null, '人口', '人', [sum(b), ...b]);
  line(8, '增减', '户数', '户', [sum(hB) - sum(hA), ...hB.map((x, i) => x - hA[i])]); line(9, null, '人口', '人', [sum(b) - sum(a), ...b.map((x, i) => x - a[i])]);
  line(10, '增长率', '户数', '%', [growth(sum(hB), sum(hA), 2), ...hB.map((x, i) => growth(x, hA[i], 2))], '0.00');
  line(11, null, '人口', '%', [growth(sum(b), sum(a), 2), ...b.map((x, i) => growth(x, a[i], 2))], '0.00');
});
def('c16_econ_with_growth', wb => {
  const towns = TOWNS.slice(10, 17);
  const d = towns.map(() => { const p1 = ri(500, 5000), p2 = ri(2000, 30000), p3 = ri(1500, 20000); const rev = ri(300, 4000), revL = ri(300, 4000); return { p1, p2, p3, rev, revL }; });
  const T = k => sum(d.map(x => x[k]));
  const rows = [
    ['地区生产总值', '万元', T('p1') + T('p2') + T('p3'), d.map(x => x.p1 + x.p2 + x.p3), '0'],
    ['  第一产业', '万元', T('p1'), d.map(x => x.p1), '0'],
    ['  第二产业', '万元', T('p2'), d.map(x => x.p2), '0'],
    ['  第三产业', '万元', T('p3'), d.map(x => x.p3), '0'],
    ['一般公共预算收入', '万元', T('rev'), d.map(x => x.rev), '0'],
    ['一般公共预算收入上年同期', '万元', T('revL'), d.map(x => x.revL), '0'],
    ['一般公共预算收入增长', '%', growth(T('rev'), T('revL')), d.map(x => growth(x.rev, x.revL)), '0.0'],
  ];
  const ws = wb.addWorksheet('经济'); title(ws, '2024年各乡镇主要经济指标', 10);
  writeTransposed(ws, towns, rows, { unit: true, totalName: '全县' });
});
def('c17_region_groups_subtotals', wb => {
  // towns grouped in 片区 across columns with 小计
  const gA = TOWNS.slice(0, 3), gB = TOWNS.slice(3, 7); const dA = partyData(3), dB = partyData(4);
  const agg = d => ({ ent: sum(d.map(x => x.ent)), org: sum(d.map(x => x.org)), mem: sum(d.map(x => x.mem)), fem: sum(d.map(x => x.fem)) });
  const sA = agg(dA), sB = agg(dB), all = agg([...dA, ...dB]);
  const colsD = [all, sA, ...dA, sB, ...dB];
  const hdr = ['指标', '全县', '东片小计', ...gA, '西片小计', ...gB];
  const ws = wb.addWorksheet('Sheet1'); title(ws, '分片区非公企业党建情况', hdr.length);
  hdr.forEach((h, i) => put(ws, 3, i + 1, h).font = { bold: true });
  const ind = [['企业数', x => x.ent, '0'], ['已建立党组织企业数', x => x.org, '0'], ['党组织覆盖率(%)', x => rate(x.org, x.ent), '0.0'], ['党员数', x => x.mem, '0'], ['其中：女党员', x => x.fem, '0']];
  ind.forEach(([lab, f, fmt], k) => { put(ws, 4 + k, 1, lab); colsD.forEach((x, i) => put(ws, 4 + k, 2 + i, f(x), fmt)); });
});
def('c18_overlapping_qizhong', wb => {
  // several 其中 rows under 党员数 that overlap (do not sum to whole)
  const towns = TOWNS.slice(0, 6);
  const d = towns.map(() => { const mem = ri(40, 400); return { mem, fem: ri(5, Math.floor(mem * 0.5)), minor: ri(0, Math.floor(mem * 0.2)), col: ri(Math.floor(mem * 0.3), Math.floor(mem * 0.8)), young: ri(Math.floor(mem * 0.2), Math.floor(mem * 0.6)) }; });
  const T = k => sum(d.map(x => x[k]));
  const rows = [
    ['非公企业党员总数', '人', T('mem'), d.map(x => x.mem), '0'],
    ['  其中：女党员', '人', T('fem'), d.map(x => x.fem), '0'],
    ['        少数民族党员', '人', T('minor'), d.map(x => x.minor), '0'],
    ['        大专及以上学历', '人', T('col'), d.map(x => x.col), '0'],
    ['        35岁及以下', '人', T('young'), d.map(x => x.young), '0'],
    ['女党员占比', '%', rate(T('fem'), T('mem')), d.map(x => rate(x.fem, x.mem)), '0.0'],
  ];
  const ws = wb.addWorksheet('党员结构'); title(ws, '非公企业党员队伍结构', 9);
  writeTransposed(ws, towns, rows, { unit: true });
});
def('c19_zero_denominators', wb => {
  const towns = TOWNS.slice(0, 7); const d = partyData(7);
  d[2] = { ent: 0, org: 0, mem: 0, fem: 0 }; d[5] = { ent: 4, org: 0, mem: 0, fem: 0 };
  const { rows } = partyRows(d);
  const ws = wb.addWorksheet('Sheet1'); title(ws, '各乡镇非公企业党建情况', 9);
  writeTransposed(ws, towns, rows);
});
def('c20_two_level_header_years', wb => {
  // regions across, each with 2023 | 2024 | 增长% sub-columns; indicators down
  const towns = TOWNS.slice(0, 4);
  const inds = ['企业数', '已建立党组织企业数', '党员数'];
  const ws = wb.addWorksheet('Sheet1'); title(ws, '各乡镇两年对比', 2 + 3 * 5);
  put(ws, 3, 1, '指标'); ws.mergeCells(3, 1, 4, 1);
  const groups = ['合计', ...towns];
  groups.forEach((g, gi) => { const c = 2 + gi * 3; put(ws, 3, c, g); ws.mergeCells(3, c, 3, c + 2); put(ws, 4, c, '2023年'); put(ws, 4, c + 1, '2024年'); put(ws, 4, c + 2, '增长(%)'); });
  const data = inds.map(() => towns.map(() => { const a = ri(10, 300); return [a, a + ri(-5, 40)]; }));
  inds.forEach((lab, k) => {
    const r = 5 + k; put(ws, r, 1, lab);
    const dd = data[k]; const t = [sum(dd.map(x => x[0])), sum(dd.map(x => x[1]))];
    [t, ...dd].forEach((x, gi) => { const c = 2 + gi * 3; put(ws, r, c, x[0]); put(ws, r, c + 1, x[1]); put(ws, r, c + 2, growth(x[1], x[0]), '0.0'); });
  });
});
def('c21_months_regions_totallast_text_rates', wb => {
  // months down, regions across, plus a rate block stored with 1 decimal for household registration
  const ws = wb.addWorksheet('Sheet1'); const towns = TOWNS.slice(20, 25); title(ws, '2024年各乡镇新登记市场主体（户）', 8);
  ['月份', ...towns, '合计'].forEach((h, i) => put(ws, 3, i + 1, h).font = { bold: true });
  const m = Array.from({ length: 12 }, () => towns.map(() => ri(0, 80)));
  m.forEach((row, k) => { put(ws, 4 + k, 1, `${k + 1}月`); row.forEach((v, i) => put(ws, 4 + k, 2 + i, v)); put(ws, 4 + k, 2 + towns.length, sum(row)); });
  const ct = towns.map((_, i) => sum(m.map(x => x[i])));
  put(ws, 16, 1, '全年合计'); ct.forEach((v, i) => put(ws, 16, 2 + i, v)); put(ws, 16, 2 + towns.length, sum(ct));
  const last = towns.map(() => ri(200, 700));
  put(ws, 17, 1, '上年全年'); last.forEach((v, i) => put(ws, 17, 2 + i, v)); put(ws, 17, 2 + towns.length, sum(last));
  put(ws, 18, 1, '同比增长(%)'); ct.forEach((v, i) => put(ws, 18, 2 + i, growth(v, last[i]), '0.0')); put(ws, 18, 2 + towns.length, growth(sum(ct), sum(last)), '0.0');
});
def('c22_two_sheets_wide', wb => {
  // sheet per year, same wide layout
  const towns = TOWNS.slice(0, 10);
  for (const y of ['2023年', '2024年']) { const d = partyData(10); const { rows } = partyRows(d); const ws = wb.addWorksheet(y); title(ws, `${y}非公企业党建情况`, 12); writeTransposed(ws, towns, rows); }
});

// ---------- planted: copy of clean with one cell changed ----------
const planted = [
  ['p01', 'c01_party_total_first', 'Sheet1', 'E4', v => v + 3],             // 河西乡? 企业数 town value -> 合计 row mismatch
  ['p02', 'c02_party_total_last', 'Sheet1', 'G5', v => v + 2],              // 合计 of 已建党组织企业数
  ['p03', 'c03_unit_column', '非公企业', 'F6', v => Math.round((v + 4.3) * 10) / 10], // a town coverage rate
  ['p04', 'c04_social_orgs_unit_total_last', '社会组织', 'E8', (v, ws) => ws.getCell('E7').value + 5], // 其中 > whole
  ['p05', 'c06_year_blocks_growth', '对比', 'E20', v => Math.round((v + 5) * 10) / 10],   // growth rate row (row 4+5+5+4 = 18.. see below)
  ['p06', 'c05_year_blocks', 'Sheet1', 'D10', v => v + 4],                  // 2024 block 企业数 town
  ['p07', 'c07_months_regions', 'Sheet1', 'D9', v => Math.round((v + 250) * 10) / 10], // one month value
  ['p08', 'c10_two_halves_rows', 'Sheet1', 'H6', v => v + 3],               // right-half org count
  ['p09', 'c11_two_halves_transposed', 'Sheet1', 'J5', v => v + 2],         // right half town 已建 count
  ['p10', 'c12_very_wide_32', 'Sheet1', 'AC7', v => v + 15],                 // party members in a far town column
  ['p11', 'c13_very_wide_35_total_last_unit', '汇总', 'AL4', v => v + 10],   // 总计 企业数 (last col)
  ['p12', 'c14_population', '人口', 'F5', v => v + 120],                     // 男 -> 男+女 != total
  ['p13', 'c16_econ_with_growth', '经济', 'D10', v => Math.round((v + 6) * 10) / 10], // growth of 预算收入
  ['p14', 'c03_unit_column', '非公企业', 'C7', v => v + 10],                 // 全县 党员数 (total column)
  ['p15', 'c14_population', '人口', 'C7', v => v + 50],                      // 全县 城镇人口
  ['p16', 'c15_population_year_blocks', 'Sheet1', 'E5', v => v + 30],        // 2023 population of a town
  ['p17', 'c10_two_halves_rows', 'Sheet1', 'H11', v => v + 2],               // 合计 已建党组织 in right half
];

(async () => {
  const manifest = {};
  for (const [name, build] of Object.entries(files)) {
    seed = 1000 + Object.keys(files).indexOf(name) * 7919;
    const wb = new ExcelJS.Workbook(); build(wb);
    await wb.xlsx.writeFile(path.join(OUT, name + '.xlsx')); manifest[name + '.xlsx'] = { planted: null };
  }
  for (const [pid, base, sheet, addr, f] of planted) {
    seed = 1000 + Object.keys(files).indexOf(base) * 7919;
    const wb = new ExcelJS.Workbook(); files[base](wb);
    const ws = wb.getWorksheet(sheet); const cell = ws.getCell(addr); const old = cell.value;
    if (typeof old !== 'number') throw new Error(`${pid}: ${sheet}!${addr} not numeric: ${old}`);
    cell.value = f(old, ws);
    const name = `${pid}_${base.slice(4)}.xlsx`;
    await wb.xlsx.writeFile(path.join(OUT, name));
    manifest[name] = { planted: `${sheet}!${addr}`, base: base + '.xlsx', old, new: cell.value };
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
