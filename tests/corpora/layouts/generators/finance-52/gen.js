// Generator for round52a: banking / insurance / real estate tables
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round52a/cases';

// ---------- helpers ----------
let seed = 52011;
function rnd() { // mulberry32
  seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function U(a, b) { return a + (b - a) * rnd(); }
function rd(x, d) { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function colL(j) { let s = ''; j++; while (j > 0) { const m = (j - 1) % 26; s = String.fromCharCode(65 + m) + s; j = Math.floor((j - 1) / 26); } return s; }
function addrToRC(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64); return [parseInt(m[2]) - 1, c - 1]; }
const D = (v, d) => ({ v, d }); // numeric with decimals

const CTY = ['城关区', '新城区', '高新区', '临江县', '安平县', '青山县', '石桥县', '云台县'];
const SIZE = [1.6, 1.3, 0.9, 0.8, 0.7, 0.55, 0.5, 0.4];

async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    let maxc = 0;
    sh.rows.forEach((row, i) => {
      maxc = Math.max(maxc, row.length);
      row.forEach((cell, j) => {
        if (cell === null || cell === undefined) return;
        const c = ws.getCell(i + 1, j + 1);
        if (typeof cell === 'object' && 'v' in cell) {
          c.value = cell.raw !== undefined ? cell.raw : cell.v;
          if (cell.d != null) c.numFmt = cell.d === 0 ? '0' : '0.' + '0'.repeat(cell.d);
          c.alignment = { horizontal: 'right' };
        } else {
          c.value = cell;
          if (typeof cell === 'string' && cell === '—') c.alignment = { horizontal: 'center' };
        }
      });
    });
    for (const m of sh.merges || []) ws.mergeCells(m);
    for (let j = 0; j < maxc; j++) ws.getColumn(j + 1).width = j === 0 ? 22 : 14;
  }
  await wb.xlsx.writeFile(file);
}

function plant(sheets, sheetName, addr, newVal) {
  const sh = sheets.find(s => s.name === sheetName);
  const [r, c] = addrToRC(addr);
  const old = sh.rows[r][c];
  if (!old || typeof old !== 'object') throw new Error('plant target not numeric ' + sheetName + '!' + addr + ' ' + JSON.stringify(old));
  sh.rows[r][c] = { v: newVal, d: old.d };
  return old.v;
}

// ---------- builders ----------
// each returns array of sheets {name, rows, merges}

// c01 year-end deposits by county, 全市 on top, 其中 merged header
function b01() {
  const recs = CTY.map((n, i) => {
    const L = 420 * SIZE[i] * U(0.9, 1.1); const g = U(-1.5, 13); const T = L * (1 + g / 100);
    return { n, L, T, hh: T * U(0.58, 0.72), ent: T * U(0.14, 0.24) };
  });
  const tot = { n: '全市', L: sum(recs.map(r => r.L)), T: sum(recs.map(r => r.T)), hh: sum(recs.map(r => r.hh)), ent: sum(recs.map(r => r.ent)) };
  const line = r => [r.n, D(rd(r.T, 2), 2), D(rd(r.hh, 2), 2), D(rd(r.ent, 2), 2), D(rd(r.T - r.L, 2), 2), D(rd((r.T / r.L - 1) * 100, 1), 1)];
  const rows = [
    ['2024年末各县（区）金融机构人民币存款余额'],
    [null, null, null, null, null, '单位：亿元'],
    ['地区', '各项存款余额', '其中', null, '比年初增加', '同比增长（%）'],
    [null, null, '住户存款', '非金融企业存款', null, null],
    line(tot), ...recs.map(line),
    ['资料来源：中国人民银行市分行。'],
  ];
  return [{ name: '存款', rows, merges: ['A1:F1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'] }];
}

// c02 mid-year loans, indented names, 合计 at bottom
function b02() {
  const recs = CTY.map((n, i) => {
    const S = 300 * SIZE[i] * U(0.9, 1.1); const T = S * (1 + U(1, 9) / 100); const L = S * (1 + U(-3, 6) / 100);
    const sh = T * U(0.24, 0.36), ml = T * U(0.55, 0.66);
    return { n: '　　' + n, S, T, L, sh, ml };
  });
  const tot = { n: '合计' }; for (const k of ['S', 'T', 'L', 'sh', 'ml']) tot[k] = sum(recs.map(r => r[k]));
  const line = r => [r.n, D(rd(r.T, 2), 2), D(rd(r.sh, 2), 2), D(rd(r.ml, 2), 2), D(rd(r.T - r.S, 2), 2), D(rd((r.T / r.L - 1) * 100, 1), 1)];
  const rows = [
    ['2024年6月末金融机构人民币贷款余额（分县区）'],
    ['单位：亿元'],
    ['地区', '各项贷款余额', '其中：短期贷款', '中长期贷款', '比年初增加', '同比增长(%)'],
    ...recs.map(line), tot && line(tot),
    ['注：各项贷款含票据融资等，故短期贷款与中长期贷款之和小于各项贷款。'],
  ];
  return [{ name: 'Sheet1', rows, merges: ['A1:F1'] }];
}

// c03 two-year deposits/loans indicators
function b03() {
  const dep23 = 3400 * U(0.95, 1.05), dep24 = dep23 * (1 + U(5, 11) / 100);
  const hh23 = dep23 * 0.64, hh24 = hh23 * (1 + U(8, 14) / 100);
  const en23 = dep23 * 0.21, en24 = en23 * (1 + U(-4, 3) / 100);
  const ln23 = 2700 * U(0.95, 1.05), ln24 = ln23 * (1 + U(6, 10) / 100);
  const st23 = ln23 * 0.29, st24 = st23 * (1 + U(-2, 4) / 100);
  const ml23 = ln23 * 0.66, ml24 = ml23 * (1 + U(8, 13) / 100);
  const line = (n, a, b) => [n, D(rd(b, 2), 2), D(rd(a, 2), 2), D(rd((b / a - 1) * 100, 1), 1)];
  const rows = [
    ['金融机构人民币存贷款主要指标'],
    ['单位：亿元'],
    ['指标', '2024年末', '2023年末', '比上年末增长(%)'],
    line('各项存款余额', dep23, dep24),
    line('　其中：住户存款', hh23, hh24),
    line('　　　　非金融企业存款', en23, en24),
    line('各项贷款余额', ln23, ln24),
    line('　其中：短期贷款', st23, st24),
    line('　　　　中长期贷款', ml23, ml24),
  ];
  return [{ name: '存贷款', rows, merges: ['A1:D1'] }];
}

// c04 insurance by month, 当月 and 1-N月累计
function b04() {
  const monthShare = [0.2, 0.07, 0.09, 0.06, 0.06, 0.08, 0.06, 0.06, 0.07, 0.06, 0.07, 0.12];
  const year = 118 * U(0.95, 1.05);
  let cum = 0, cumP = 0, cumL = 0, cumC = 0; const rows = [
    ['2024年全市保险业保费收入及赔付支出情况'],
    [null, null, null, null, null, '单位：亿元'],
    ['月份', '保费收入', null, '其中：财产险', '人身险', '赔付支出'],
    [null, '当月', '1-N月累计', '1-N月累计', '1-N月累计', '1-N月累计'],
  ];
  let prevCumDisp = 0;
  for (let m = 0; m < 12; m++) {
    const v = year * monthShare[m] * U(0.92, 1.08);
    const p = v * (m === 0 ? U(0.18, 0.25) : U(0.3, 0.42));
    cum += v; cumP += p; cumL += v - p; cumC += v * U(0.3, 0.4);
    const cd = rd(cum, 2);
    rows.push([(m + 1) + '月', D(rd(cd - prevCumDisp, 2), 2), D(cd, 2), D(rd(cumP, 2), 2), D(rd(cumL, 2), 2), D(rd(cumC, 2), 2)]);
    prevCumDisp = cd;
  }
  rows.push(['注：当月数由累计数相减得到。']);
  return [{ name: '保险', rows, merges: ['A1:F1', 'A3:A4', 'B3:C3'] }];
}

// c05 real estate by county with average price
function b05() {
  const recs = CTY.map((n, i) => {
    const inv = 60 * SIZE[i] * U(0.7, 1.3); const res = inv * U(0.62, 0.8);
    const area = 45 * SIZE[i] * U(0.7, 1.3); const price = (i < 3 ? 9800 : 6200) * U(0.85, 1.15);
    return { n, inv, res, area, amt: area * price / 1e4 };
  });
  const tot = { n: '全市' }; for (const k of ['inv', 'res', 'area', 'amt']) tot[k] = sum(recs.map(r => r[k]));
  const line = r => [r.n, D(rd(r.inv, 2), 2), D(rd(r.res, 2), 2), D(rd(r.area, 2), 2), D(rd(r.amt, 2), 2), D(rd(r.amt / r.area * 1e4, 0), 0)];
  const rows = [
    ['2024年分县区房地产开发和销售情况'],
    ['地区', '房地产开发投资（亿元）', '其中：住宅（亿元）', '商品房销售面积（万平方米）', '商品房销售额（亿元）', '商品房平均销售价格（元/平方米）'],
    line(tot), ...recs.map(line),
  ];
  return [{ name: '房地产', rows, merges: ['A1:F1'] }];
}

// c06 transposed real estate: indicators in rows, counties in columns
function b06() {
  const recs = CTY.map((n, i) => {
    const inv = 55 * SIZE[i] * U(0.7, 1.3); const area = 40 * SIZE[i] * U(0.7, 1.3); const price = (i < 3 ? 9500 : 6000) * U(0.85, 1.15);
    const amt = area * price / 1e4; const ra = area * U(0.8, 0.92);
    return { inv, rinv: inv * U(0.6, 0.8), area, ra, amt, ramt: amt * U(0.82, 0.93) };
  });
  const tot = {}; for (const k of Object.keys(recs[0])) tot[k] = sum(recs.map(r => r[k]));
  const all = [tot, ...recs];
  const row = (lab, k) => [lab, ...all.map(r => D(rd(r[k], 2), 2))];
  const rows = [
    ['2024年各县（区）房地产主要指标'],
    ['指标', '全市', ...CTY],
    row('房地产开发投资（亿元）', 'inv'),
    row('　其中：住宅', 'rinv'),
    row('商品房销售面积（万平方米）', 'area'),
    row('　其中：住宅', 'ra'),
    row('商品房销售额（亿元）', 'amt'),
    row('　其中：住宅', 'ramt'),
  ];
  return [{ name: '分县区', rows, merges: ['A1:J1'] }];
}

// c07 insurance by county, 万元, total at bottom
function b07() {
  const recs = CTY.map((n, i) => {
    const prem = 140000 * SIZE[i] * U(0.8, 1.2); const p = prem * U(0.3, 0.42);
    const claim = prem * U(0.28, 0.4); const cp = claim * U(0.45, 0.6);
    return { n, prem, p, l: prem - p, claim, cp, cl: claim - cp };
  });
  const tot = { n: '合计' }; for (const k of ['prem', 'p', 'l', 'claim', 'cp', 'cl']) tot[k] = sum(recs.map(r => r[k]));
  const line = r => [r.n, ...['prem', 'p', 'l', 'claim', 'cp', 'cl'].map(k => D(rd(r[k], 0), 0))];
  const rows = [
    ['2024年各县（区）保险业务情况'],
    [null, null, null, null, null, null, '单位：万元'],
    ['地区', '保费收入', null, null, '赔付支出', null, null],
    [null, '合计', '财产险', '人身险', '合计', '财产险', '人身险'],
    ...recs.map(line), line(tot),
  ];
  return [{ name: '保险分县', rows, merges: ['A1:G1', 'A3:A4', 'B3:D3', 'E3:G3'] }];
}

// c08 real estate 1-N月累计 with growth (only cumulative, growth vs unseen last year)
function b08() {
  const share = [0, 0.12, 0.08, 0.08, 0.09, 0.11, 0.08, 0.08, 0.09, 0.08, 0.08, 0.11];
  const inv = 480, area = 360, price = 7600;
  let ci = 0, ca = 0, cs = 0, li = 0, la = 0, ls = 0; const rows = [
    ['2024年全市房地产开发投资及销售累计情况'],
    ['时间', '房地产开发投资', null, '商品房销售面积', null, '商品房销售额', null],
    [null, '累计（亿元）', '同比增长(%)', '累计（万平方米）', '同比增长(%)', '累计（亿元）', '同比增长(%)'],
  ];
  for (let m = 1; m < 12; m++) {
    const vi = inv * share[m] * U(0.9, 1.1), va = area * share[m] * U(0.85, 1.15), vs = va * price * U(0.95, 1.05) / 1e4;
    ci += vi; ca += va; cs += vs; li += vi * U(1.05, 1.2); la += va * U(1.0, 1.3); ls += vs * U(1.05, 1.35);
    rows.push([`1-${m + 1}月`, D(rd(ci, 2), 2), D(rd((ci / li - 1) * 100, 1), 1), D(rd(ca, 2), 2), D(rd((ca / la - 1) * 100, 1), 1), D(rd(cs, 2), 2), D(rd((cs / ls - 1) * 100, 1), 1)]);
  }
  rows.push(['注：1月数据与2月合并发布。同比增长按可比口径计算。']);
  return [{ name: '累计', rows, merges: ['A1:G1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2'] }];
}

// c09 bulletin-style indicator table with 单位 column, — and notes
function b09() {
  const dep = 3620.37, hh = 2310.52, ln = 2891.06;
  const prem = 121.43, pp = 41.28; const pl = rd(prem - pp, 2); const clm = 40.17;
  const rows = [
    ['表5  2024年金融、保险和房地产主要指标'],
    ['指标', '单位', '绝对数', '比上年增长（%）'],
    ['金融机构人民币各项存款余额', '亿元', D(dep, 2), D(7.8, 1)],
    ['　其中：住户存款', '亿元', D(hh, 2), D(11.2, 1)],
    ['金融机构人民币各项贷款余额', '亿元', D(ln, 2), D(8.4, 1)],
    ['原保险保费收入', '亿元', D(prem, 2), D(4.6, 1)],
    ['　其中：财产险', '亿元', D(pp, 2), D(3.1, 1)],
    ['　　　　人身险', '亿元', D(pl, 2), D(5.4, 1)],
    ['原保险赔付支出', '亿元', D(clm, 2), D(-2.7, 1)],
    ['房地产开发投资', '亿元', D(386.42, 2), D(-9.6, 1)],
    ['　其中：住宅', '亿元', D(291.75, 2), D(-11.3, 1)],
    ['商品房销售面积', '万平方米', D(312.86, 2), D(-14.5, 1)],
    ['商品房销售额', '亿元', D(231.04, 2), D(-18.2, 1)],
    ['新增保险法人机构', '家', D(1, 0), '—'],
    [],
    ['注：1. 存贷款余额为年末数，增长速度按可比口径计算。'],
    ['　　2. 保费收入按保险机构所在地统计；“—”表示不适用。'],
    ['　　3. 全年商品房平均销售价格7385元/平方米。'],
  ];
  return [{ name: '表5', rows, merges: ['A1:D1'] }];
}

// c10 two-year real estate with negative growth and 单位 column
function b10() {
  const mk = (v23, g) => [v23, v23 * (1 + g / 100)];
  const inv = mk(452.6 * U(0.97, 1.03), -9.4 + U(-2, 2)), rinv = mk(inv[0] * 0.74, -11 + U(-2, 2));
  const cons = mk(2860 * U(0.95, 1.05), -6 + U(-2, 2)), rcons = mk(cons[0] * 0.7, -7.5 + U(-2, 2));
  const ns = mk(420 * U(0.9, 1.1), -22 + U(-4, 4)), rns = mk(ns[0] * 0.72, -24 + U(-3, 3));
  const comp = mk(310 * U(0.9, 1.1), 3 + U(-3, 3));
  const sa = mk(360 * U(0.95, 1.05), -15 + U(-3, 3)), rsa = mk(sa[0] * 0.86, -16 + U(-3, 3));
  const amt = [sa[0] * 7900 / 1e4, sa[1] * 7650 / 1e4], ramt = [rsa[0] * 8100 / 1e4, rsa[1] * 7800 / 1e4];
  const line = (n, u, p, d) => [n, u, D(rd(p[1], d), d), D(rd(p[0], d), d), D(rd((p[1] / p[0] - 1) * 100, 1), 1)];
  const rows = [
    ['2024年全市房地产开发经营主要指标'],
    ['指标', '计量单位', '2024年', '2023年', '比上年增长（%）'],
    line('房地产开发投资', '亿元', inv, 2),
    line('　其中：住宅', '亿元', rinv, 2),
    line('房屋施工面积', '万平方米', cons, 2),
    line('　其中：住宅', '万平方米', rcons, 2),
    line('房屋新开工面积', '万平方米', ns, 2),
    line('　其中：住宅', '万平方米', rns, 2),
    line('房屋竣工面积', '万平方米', comp, 2),
    line('商品房销售面积', '万平方米', sa, 2),
    line('　其中：住宅', '万平方米', rsa, 2),
    line('商品房销售额', '亿元', amt, 2),
    line('　其中：住宅', '亿元', ramt, 2),
    line('商品房平均销售价格', '元/平方米', [amt[0] / sa[0] * 1e4, amt[1] / sa[1] * 1e4], 0),
  ];
  return [{ name: '房地产', rows, merges: ['A1:E1'] }];
}

// c11 monthly balances with 比年初增加 and a 上年末 row
function b11() {
  let dep = 3350 * U(0.98, 1.02), ln = 2650 * U(0.98, 1.02); const d0 = dep, l0 = ln;
  const rows = [
    ['2024年各月末金融机构人民币存贷款余额'],
    [null, null, null, null, '单位：亿元'],
    ['月份', '各项存款余额', '比年初增加', '各项贷款余额', '比年初增加'],
    ['2023年末', D(rd(d0, 2), 2), '—', D(rd(l0, 2), 2), '—'],
  ];
  for (let m = 1; m <= 12; m++) {
    dep *= 1 + U(-0.6, 1.8) / 100; ln *= 1 + U(0.1, 1.2) / 100;
    rows.push([m + '月末', D(rd(dep, 2), 2), D(rd(dep - d0, 2), 2), D(rd(ln, 2), 2), D(rd(ln - l0, 2), 2)]);
  }
  return [{ name: '月度', rows, merges: ['A1:E1'] }];
}

// c12 by institution type, 合计 on top, — for n/a
function b12() {
  const types = ['政策性银行', '国有大型商业银行', '股份制商业银行', '城市商业银行', '农村中小金融机构', '其他金融机构'];
  const recs = types.map((n, i) => {
    const ln = [380, 1150, 420, 360, 520, 60][i] * U(0.9, 1.1);
    const dep = i === 0 ? null : [0, 1600, 520, 430, 980, 90][i] * U(0.9, 1.1);
    const ln0 = ln / (1 + U(2, 12) / 100);
    return { n, dep, ln, inc: ln - ln0 };
  });
  const tot = { n: '合计', dep: sum(recs.filter(r => r.dep).map(r => r.dep)), ln: sum(recs.map(r => r.ln)), inc: sum(recs.map(r => r.inc)) };
  const line = r => [r.n, r.dep == null ? '—' : D(rd(r.dep, 2), 2), D(rd(r.ln, 2), 2), D(rd(r.inc, 2), 2)];
  const rows = [
    ['2024年末分机构类型人民币存贷款余额'],
    ['单位：亿元'],
    ['机构类型', '各项存款余额', '各项贷款余额', '贷款比年初增加'],
    line(tot), ...recs.map(line),
    ['注：政策性银行不吸收公众存款，以“—”表示。'],
  ];
  return [{ name: '分机构', rows, merges: ['A1:D1'] }];
}

// c13 insurance hierarchy two-year, 万元
function b13() {
  const mk = (v, g) => [v, v * (1 + g / 100)];
  const pp = mk(402000 * U(0.95, 1.05), U(2, 6)), life = mk(540000 * U(0.95, 1.05), U(3, 9)), hl = mk(230000 * U(0.95, 1.05), U(-3, 6)), acc = mk(21000 * U(0.9, 1.1), U(-8, 2));
  const ps = [0, 1].map(i => life[i] + hl[i] + acc[i]); const tot = [0, 1].map(i => pp[i] + ps[i]);
  const cpp = mk(238000 * U(0.95, 1.05), U(-3, 6)), clife = mk(86000 * U(0.9, 1.1), U(-10, 12)), chl = mk(92000 * U(0.9, 1.1), U(5, 15)), cacc = mk(6100 * U(0.9, 1.1), U(-6, 6));
  const cps = [0, 1].map(i => clife[i] + chl[i] + cacc[i]); const ctot = [0, 1].map(i => cpp[i] + cps[i]);
  const line = (n, p) => [n, D(rd(p[1], 0), 0), D(rd(p[0], 0), 0), D(rd((p[1] / p[0] - 1) * 100, 1), 1)];
  const rows = [
    ['全市保险业务主要指标'],
    [null, null, null, '单位：万元'],
    ['项目', '2024年', '2023年', '增长(%)'],
    line('原保险保费收入', tot),
    line('　财产险', pp),
    line('　人身险', ps),
    line('　　寿险', life),
    line('　　健康险', hl),
    line('　　意外伤害险', acc),
    line('原保险赔付支出', ctot),
    line('　财产险', cpp),
    line('　人身险', cps),
    line('　　寿险', clife),
    line('　　健康险', chl),
    line('　　意外伤害险', cacc),
  ];
  return [{ name: '保险', rows, merges: ['A1:D1'] }];
}

// c14 sales by building type with average price
function b14() {
  const types = [['住宅', 300, 8100], ['办公楼', 9, 9800], ['商业营业用房', 22, 10400], ['其他', 38, 2300]];
  const recs = types.map(([n, a, p]) => { const area = a * U(0.85, 1.15); return { n: '　' + n, area, amt: area * p * U(0.92, 1.08) / 1e4 }; });
  const tot = { n: '商品房', area: sum(recs.map(r => r.area)), amt: sum(recs.map(r => r.amt)) };
  const line = r => [r.n, D(rd(r.area, 2), 2), D(rd(r.amt, 2), 2), D(rd(r.amt / r.area * 1e4, 0), 0)];
  const rows = [
    ['2024年商品房分类型销售情况'],
    ['类型', '销售面积（万平方米）', '销售额（亿元）', '平均价格（元/平方米）'],
    line(tot), ...recs.map(line),
    ['注：“其他”主要为车位、储藏室等。'],
  ];
  return [{ name: '分类型', rows, merges: ['A1:D1'] }];
}

// c15 merged multi-row header: county x (deposit 2024/2023/growth, loan ...)
function b15() {
  const recs = CTY.map((n, i) => {
    const d0 = 410 * SIZE[i] * U(0.9, 1.1), l0 = 330 * SIZE[i] * U(0.9, 1.1);
    return { n, d0, d1: d0 * (1 + U(-2, 12) / 100), l0, l1: l0 * (1 + U(-4, 14) / 100) };
  });
  const tot = { n: '全市' }; for (const k of ['d0', 'd1', 'l0', 'l1']) tot[k] = sum(recs.map(r => r[k]));
  const line = r => [r.n, D(rd(r.d1, 2), 2), D(rd(r.d0, 2), 2), D(rd((r.d1 / r.d0 - 1) * 100, 1), 1), D(rd(r.l1, 2), 2), D(rd(r.l0, 2), 2), D(rd((r.l1 / r.l0 - 1) * 100, 1), 1)];
  const rows = [
    ['各县（区）金融机构人民币存贷款余额'],
    [null, null, null, null, null, null, '单位：亿元'],
    ['地区', '各项存款余额', null, null, '各项贷款余额', null, null],
    [null, '2024年末', '2023年末', '增长(%)', '2024年末', '2023年末', '增长(%)'],
    ...recs.map(line),
    [],
    line(tot),
  ];
  return [{ name: '存贷款分县', rows, merges: ['A1:G1', 'A3:A4', 'B3:D3', 'E3:G3'] }];
}

// c16 loan-to-deposit ratio
function b16() {
  const recs = CTY.map((n, i) => { const dep = 430 * SIZE[i] * U(0.9, 1.1); return { n, dep, ln: dep * U(0.55, 0.98) }; });
  const tot = { n: '全市', dep: sum(recs.map(r => r.dep)), ln: sum(recs.map(r => r.ln)) };
  const line = r => [r.n, D(rd(r.dep, 2), 2), D(rd(r.ln, 2), 2), D(rd(r.ln / r.dep * 100, 1), 1)];
  const rows = [
    ['2024年末各县（区）存贷比'],
    ['地区', '各项存款余额（亿元）', '各项贷款余额（亿元）', '存贷比（%）'],
    line(tot), ...recs.map(line),
    ['注：存贷比＝各项贷款余额÷各项存款余额×100%。'],
  ];
  return [{ name: '存贷比', rows, merges: ['A1:D1'] }];
}

// c17 subtotals with spacer rows, negative growth
function b17() {
  const recs = CTY.map((n, i) => { const v0 = 62 * SIZE[i] * U(0.7, 1.3); const v1 = v0 * (1 + U(-30, 12) / 100); return { n: '　' + n, v0, v1, r1: v1 * U(0.6, 0.82) }; });
  const agg = (n, rs) => ({ n, v0: sum(rs.map(r => r.v0)), v1: sum(rs.map(r => r.v1)), r1: sum(rs.map(r => r.r1)) });
  const urb = agg('市辖区', recs.slice(0, 3)), cnt = agg('县', recs.slice(3)), tot = agg('全市', recs);
  const line = r => [r.n, D(rd(r.v1, 2), 2), D(rd(r.r1, 2), 2), D(rd((r.v1 / r.v0 - 1) * 100, 1), 1)];
  const rows = [
    ['2024年分县区房地产开发投资'],
    ['单位：亿元'],
    ['地区', '房地产开发投资', '其中：住宅', '比上年增长(%)'],
    line(tot), [],
    line(urb), ...recs.slice(0, 3).map(line), [],
    line(cnt), ...recs.slice(3).map(line),
  ];
  return [{ name: '投资分县', rows, merges: ['A1:D1'] }];
}

// c18 quarterly cumulative insurance
function b18() {
  let c = 0, cp = 0, cc = 0; const rows = [
    ['2024年分季度保险业务累计情况'],
    [null, null, null, null, '单位：亿元'],
    ['时期', '保费收入', '其中：财产险', '人身险', '赔付支出'],
  ];
  const qs = ['一季度', '上半年', '前三季度', '全年'];
  qs.forEach((q, i) => {
    const v = [38, 25, 26, 31][i] * U(0.95, 1.05); const p = v * (i === 0 ? 0.22 : 0.4);
    c += v; cp += p; cc += v * U(0.3, 0.4);
    rows.push([q, D(rd(c, 2), 2), D(rd(cp, 2), 2), D(rd(c - cp, 2), 2), D(rd(cc, 2), 2)]);
  });
  return [{ name: '分季度', rows, merges: ['A1:E1'] }];
}

// c19 loss ratio by county, 万元
function b19() {
  const recs = CTY.map((n, i) => { const prem = 150000 * SIZE[i] * U(0.8, 1.2); return { n, prem, clm: prem * U(0.25, 0.45) }; });
  const tot = { n: '全市', prem: sum(recs.map(r => r.prem)), clm: sum(recs.map(r => r.clm)) };
  const line = r => [r.n, D(rd(r.prem, 0), 0), D(rd(r.clm, 0), 0), D(rd(r.clm / r.prem * 100, 1), 1)];
  const rows = [
    ['2024年各县（区）保险赔付情况'],
    ['地区', '保费收入（万元）', '赔付支出（万元）', '赔付率（%）'],
    ...recs.map(line), line(tot),
  ];
  return [{ name: '赔付', rows, merges: ['A1:D1'] }];
}

// c20 investment two-year with — for new district
function b20() {
  const recs = CTY.map((n, i) => { const v0 = i === 2 ? null : 58 * SIZE[i] * U(0.7, 1.3); const v1 = i === 2 ? 41.7 * U(0.9, 1.1) : v0 * (1 + U(-28, 10) / 100); return { n, v0, v1 }; });
  const tot = { n: '全市', v0: sum(recs.filter(r => r.v0 != null).map(r => r.v0)), v1: sum(recs.map(r => r.v1)) };
  const line = r => [r.n, D(rd(r.v1, 2), 2), r.v0 == null ? '—' : D(rd(r.v0, 2), 2), r.v0 == null ? '—' : D(rd((r.v1 / r.v0 - 1) * 100, 1), 1)];
  const rows = [
    ['各县（区）房地产开发投资完成情况'],
    [null, null, null, '单位：亿元'],
    ['地区', '2024年', '2023年', '增长(%)'],
    line(tot), ...recs.map(line),
    ['注：高新区2024年起单独统计，2023年数据含在城关区中，全市增长按可比口径计算。'],
  ];
  // note: 全市 growth here is plain ratio of shown totals, consistent with the shown numbers
  return [{ name: '投资', rows, merges: ['A1:D1'] }];
}

// c21 two sheets, unrounded values stored with display format
function b21() {
  const mk = (base, lab) => {
    const recs = CTY.map((n, i) => { const T = base * SIZE[i] * U(0.9, 1.1); return { n, T, a: T * U(0.55, 0.7), b: T * U(0.15, 0.25) }; });
    const tot = { n: '全市', T: sum(recs.map(r => r.T)), a: sum(recs.map(r => r.a)), b: sum(recs.map(r => r.b)) };
    const cell = x => ({ v: x, d: 2 });
    return [
      [`2024年末分县区${lab}`], ['单位：亿元'],
      ['地区', lab === '存款' ? '各项存款余额' : '各项贷款余额', lab === '存款' ? '其中：住户存款' : '其中：中长期贷款', lab === '存款' ? '非金融企业存款' : '住户贷款'],
      ...recs.map(r => [r.n, cell(r.T), cell(r.a), cell(r.b)]),
      [tot.n, cell(tot.T), cell(tot.a), cell(tot.b)],
    ];
  };
  return [{ name: '存款', rows: mk(420, '存款'), merges: ['A1:D1'] }, { name: '贷款', rows: mk(330, '贷款'), merges: ['A1:D1'] }];
}

// c22 transposed months in columns, 全年 at right (monthly figures, not cumulative)
function b22() {
  const share = [0.2, 0.07, 0.09, 0.06, 0.06, 0.08, 0.06, 0.06, 0.07, 0.06, 0.07, 0.12];
  const ms = share.map(s => { const v = 115 * s * U(0.9, 1.1); const p = v * U(0.3, 0.4); return { v, p, l: v - p, c: v * U(0.3, 0.4) }; });
  const row = (lab, k) => [lab, ...ms.map(m => D(rd(m[k], 2), 2)), D(rd(sum(ms.map(m => m[k])), 2), 2)];
  const rows = [
    ['2024年分月保险业务情况（亿元）'],
    ['项目', ...share.map((_, i) => (i + 1) + '月'), '全年'],
    row('保费收入', 'v'), row('　财产险', 'p'), row('　人身险', 'l'), row('赔付支出', 'c'),
  ];
  return [{ name: '分月', rows, merges: ['A1:N1'] }];
}


// c23 1-decimal rounding, total exactly 1 unit off the sum of parts
function b23() {
  const raw = [812.36, 655.42, 431.27, 402.64, 351.18, 270.43, 248.21, 190.33]; // sum 3361.84
  const recs = CTY.map((n, i) => ({ n, T: raw[i], g: U(2, 11) }));
  const tot = { n: '全市', T: sum(raw) };
  const rows = [['2024年末各县（区）各项存款余额'], ['单位：亿元'], ['地区', '各项存款余额'],
    [tot.n, D(rd(tot.T, 1), 1)], ...recs.map(r => [r.n, D(rd(r.T, 1), 1)])];
  return [{ name: 'Sheet1', rows, merges: ['A1:B1'] }];
}
// c24 parts each rounded down 0.04: total 3 units (0.3) above sum of displayed parts (legit with 8 parts)
function b24() {
  const raw = [512.44, 455.34, 331.24, 302.44, 251.14, 170.34, 148.24, 99.44];
  const rows = [['2024年末各县（区）住户存款余额'], [null, '单位：亿元'], ['地区', '住户存款'],
    ...CTY.map((n, i) => [n, D(rd(raw[i], 1), 1)]), ['合计', D(rd(sum(raw), 1), 1)],
    ['注：分县数据与合计数因四舍五入存在尾差。']];
  return [{ name: 'Sheet1', rows, merges: ['A1:B1'] }];
}
// c25 overlapping 其中 columns (住户存款 and 定期存款 overlap)
function b25() {
  const recs = CTY.map((n, i) => { const T = 420 * SIZE[i] * U(0.9, 1.1); return { n, T, hh: T * U(0.62, 0.72), fix: T * U(0.52, 0.62) }; });
  const tot = { n: '全市', T: sum(recs.map(r => r.T)), hh: sum(recs.map(r => r.hh)), fix: sum(recs.map(r => r.fix)) };
  const line = r => [r.n, D(rd(r.T, 2), 2), D(rd(r.hh, 2), 2), D(rd(r.fix, 2), 2)];
  const rows = [['2024年末金融机构存款余额'], ['单位：亿元'], ['地区', '各项存款余额', '其中：住户存款', '其中：定期存款'],
    line(tot), ...recs.map(line), ['注：住户存款与定期存款分类口径不同，存在交叉。']];
  return [{ name: '存款', rows, merges: ['A1:D1'] }];
}
// c26 time series years in rows, growth vs previous row; numeric years
function b26() {
  let d = 2100, l = 1500, pd = null, pl = null; const rows = [['历年金融机构人民币存贷款余额'], ['单位：亿元'],
    ['年份', '各项存款余额', '比上年增长(%)', '各项贷款余额', '比上年增长(%)']];
  for (let y = 2018; y <= 2024; y++) {
    if (pd != null) { d = pd * (1 + U(4, 12) / 100); l = pl * (1 + U(5, 13) / 100); }
    rows.push([y, D(rd(d, 2), 2), pd == null ? '—' : D(rd((d / pd - 1) * 100, 1), 1), D(rd(l, 2), 2), pl == null ? '—' : D(rd((l / pl - 1) * 100, 1), 1)]);
    pd = d; pl = l;
  }
  return [{ name: '历年', rows, merges: ['A1:E1'] }];
}
// c27 price with area in 万平方米 and amount in 万元 (factor 1)
function b27() {
  const recs = CTY.map((n, i) => { const area = 42 * SIZE[i] * U(0.7, 1.3); const price = (i < 3 ? 9600 : 6100) * U(0.85, 1.15); return { n, area, amt: area * price }; });
  const tot = { n: '全市', area: sum(recs.map(r => r.area)), amt: sum(recs.map(r => r.amt)) };
  const line = r => [r.n, D(rd(r.area, 2), 2), D(rd(r.amt, 0), 0), D(rd(r.amt / r.area, 0), 0)];
  const rows = [['2024年各县（区）商品房销售'], ['地区', '销售面积（万平方米）', '销售额（万元）', '平均价格（元/平方米）'], ...recs.map(line), line(tot)];
  return [{ name: '销售', rows, merges: ['A1:D1'] }];
}
// c28 其中：县域 row after the total
function b28() {
  const recs = CTY.map((n, i) => { const T = 330 * SIZE[i] * U(0.9, 1.1); return { n, T, sh: T * U(0.25, 0.35), ml: T * U(0.56, 0.66) }; });
  const agg = (n, rs) => ({ n, T: sum(rs.map(r => r.T)), sh: sum(rs.map(r => r.sh)), ml: sum(rs.map(r => r.ml)) });
  const tot = agg('全市', recs), cty = agg('　其中：县域', recs.slice(3));
  const line = r => [r.n, D(rd(r.T, 2), 2), D(rd(r.sh, 2), 2), D(rd(r.ml, 2), 2)];
  const rows = [['2024年末各项贷款余额'], [null, null, null, '单位：亿元'], ['地区', '各项贷款余额', '短期贷款', '中长期贷款'],
    ...recs.map(line), line(tot), line(cty)];
  return [{ name: '贷款', rows, merges: ['A1:D1'] }];
}
// c29 share of city column
function b29() {
  const recs = CTY.map((n, i) => ({ n, v: 150000 * SIZE[i] * U(0.8, 1.2) }));
  const T = sum(recs.map(r => r.v));
  const rows = [['2024年各县（区）保费收入及占比'], ['地区', '保费收入（万元）', '占全市比重（%）'],
    ['全市', D(rd(T, 0), 0), D(100, 1)], ...recs.map(r => [r.n, D(rd(r.v, 0), 0), D(rd(r.v / T * 100, 1), 1)])];
  return [{ name: '保费', rows, merges: ['A1:C1'] }];
}
// c30 negative changes in a downturn year, both 比年初 and 同比 (year-end)
function b30() {
  const recs = CTY.map((n, i) => { const L = 120 * SIZE[i] * U(0.8, 1.2); const T = L * (1 + U(-12, 3) / 100); return { n, L, T }; });
  const tot = { n: '合计', L: sum(recs.map(r => r.L)), T: sum(recs.map(r => r.T)) };
  const line = r => [r.n, D(rd(r.T, 2), 2), D(rd(r.T - r.L, 2), 2), D(rd((r.T / r.L - 1) * 100, 1), 1)];
  const rows = [['2024年末个人住房贷款余额'], ['单位：亿元'], ['地区', '个人住房贷款余额', '比年初增加', '同比增长(%)'],
    ...recs.map(line), line(tot), ['注：比年初增加为负数表示减少。']];
  return [{ name: '住房贷款', rows, merges: ['A1:D1'] }];
}

// ---------- cases ----------
const builders = { b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30 };
const cleanNames = {
  b01: 'c01_deposit_county', b02: 'c02_loan_county_indent', b03: 'c03_depo_loan_2yr', b04: 'c04_insurance_monthly', b05: 'c05_realestate_price',
  b06: 'c06_realestate_transposed', b07: 'c07_insurance_county', b08: 'c08_realestate_cumulative', b09: 'c09_bulletin_notes', b10: 'c10_realestate_2yr_neg',
  b11: 'c11_monthly_balance', b12: 'c12_institution_type', b13: 'c13_insurance_hierarchy', b14: 'c14_sales_by_type', b15: 'c15_merged_header',
  b16: 'c16_ldr', b17: 'c17_subtotals_spacers', b18: 'c18_quarterly_ins', b19: 'c19_loss_ratio', b20: 'c20_invest_dash', b21: 'c21_unrounded_2sheets', b22: 'c22_months_transposed',
  b23: 'c23_round1_off1', b24: 'c24_round_off3_8parts', b25: 'c25_overlap_qizhong', b26: 'c26_timeseries', b27: 'c27_price_wanyuan', b28: 'c28_xianyu_row', b29: 'c29_share', b30: 'c30_negative',
};

// plants: [name, builder, sheet, addr, fn(old)->new, note]
const plants = [
  ['p01_deposit_part_gt_whole', 'b01', '存款', 'C9', o => o + 200, '临江县 住户存款 raised by 200 so it exceeds 各项存款余额'],
  ['p02_loan_total_off', 'b02', 'Sheet1', 'B12', o => o + 5, '合计 各项贷款余额 +5.00'],
  ['p03_growth_wrong', 'b03', '存贷款', 'D5', o => o + 3, '住户存款 增长% +3.0'],
  ['p04_ins_cum_off', 'b04', '保险', 'C10', o => o + 2, '6月 1-N月累计保费 +2.00'],
  ['p05_price_wrong', 'b05', '房地产', 'F7', o => o + 800, '临江县 均价 +800'],
  ['p06_transposed_total', 'b06', '分县区', 'B5', o => o + 10, '全市 商品房销售面积 +10'],
  ['p07_ins_part_sum', 'b07', '保险分县', 'C8', o => o + 500, '临江县 保费 财产险 +500 (合计 no longer 财产+人身)'],
  ['p08_neg_growth_flip', 'b10', '房地产', 'E12', o => -o, '商品房销售额 growth sign flipped'],
  ['p09_ytd_increase', 'b11', '月度', 'C10', o => o + 20, '6月末 存款比年初增加 +20'],
  ['p10_inst_sum', 'b12', '分机构', 'C9', o => o + 30, '农村中小金融机构 贷款余额 +30 (合计 unchanged)'],
  ['p11_ins_hier', 'b13', '保险', 'B7', o => o + 20000, '寿险 2024 +20000 万元'],
  ['p12_avg_of_avgs', 'b14', '分类型', 'D3', null, '商品房 total price replaced by simple mean of the 4 type prices'],
  ['p13_merged_growth', 'b15', '存贷款分县', 'G8', o => o + 4, '临江县 贷款增长% +4.0'],
  ['p14_ldr', 'b16', '存贷比', 'D7', o => o + 10, '临江县 存贷比 +10'],
  ['p15_subtotal', 'b17', '投资分县', 'B6', o => o + 8, '市辖区 小计 投资 +8'],
  ['p16_loss_ratio', 'b19', '赔付', 'D6', o => o + 6, '临江县 赔付率 +6'],
  ['p17_months_total', 'b22', '分月', 'N4', o => o + 3, '财产险 全年 +3.00'],
  ['p18_share_wrong', 'b29', '保费', 'C7', o => o + 2, '临江县 占全市比重 +2.0'],
  ['p19_timeseries_growth', 'b26', '历年', 'C8', o => o + 3, '2022 存款增长% +3.0'],
  ['p20_xianyu_wrong', 'b28', '贷款', 'B13', o => o + 40, '其中：县域 贷款 +40'],
  ['p21_area_changed', 'b27', '销售', 'B6', o => o + 8, '临江县 销售面积 +8 (price no longer matches)'],
  ['p23_total_price', 'b05', '房地产', 'F3', o => o + 300, '全市 均价 +300'],
  ['p24_type_price', 'b14', '分类型', 'D4', o => o + 500, '住宅 均价 +500'],
  ['p22_negative_ytd', 'b30', '住房贷款', 'C7', o => o - 3, '临江县 比年初增加 -3.00 (year-end: 同比 should match)'],
];

(async () => {
  fs.rmSync(OUT, { recursive: true, force: true }); fs.mkdirSync(OUT, { recursive: true });
  const manifest = {};
  const built = {};
  for (const [k, fn] of Object.entries(builders)) { seed = 52011 + parseInt(k.slice(1)) * 977; built[k] = fn(); }
  for (const [k, name] of Object.entries(cleanNames)) { await writeBook(path.join(OUT, name + '.xlsx'), built[k]); manifest[name + '.xlsx'] = null; }
  for (const [name, k, sheet, addr, f, note] of plants) {
    const sheets = JSON.parse(JSON.stringify(built[k]));
    let nv;
    if (name === 'p12_avg_of_avgs') {
      const rows = sheets[0].rows; nv = rd(sum([4, 5, 6, 7].map(i => rows[i - 1][3].v)) / 4, 0);
    } else {
      const [r, c] = addrToRC(addr); const o = sheets.find(s => s.name === sheet).rows[r][c].v; nv = rd(f(o), 4);
    }
    const old = plant(sheets, sheet, addr, nv);
    await writeBook(path.join(OUT, name + '.xlsx'), sheets);
    manifest[name + '.xlsx'] = { cell: `${sheet}!${addr}`, note: `${note}: ${old} -> ${nv}` };
  }
  fs.writeFileSync('/tmp/round52a/manifest.json', JSON.stringify(manifest, null, 1));
  console.log('wrote', Object.keys(manifest).length);
})();
