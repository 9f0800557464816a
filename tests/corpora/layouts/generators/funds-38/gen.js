// Generates internally consistent workbooks of money/asset movement tables.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

let seed = 3801;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
const col = c => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => col(c) + (r + 1); // 0-based grid coordinates
const money = cents => Math.round(cents) / 100;
const sum = a => a.reduce((x, y) => x + y, 0);
const r1 = x => Math.round(x * 10) / 10;
const r2 = x => Math.round(x * 100) / 100;

const TOWNS = ['城关镇', '新华镇', '东山乡', '西河镇', '南湖乡', '北塘镇', '青石镇', '柳林乡', '白沙镇', '金桥街道', '红旗街道', '龙泉乡'];
const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部', '办公室党支部', '财务科党支部', '业务一科党支部', '业务二科党支部', '后勤服务中心党支部', '信息中心党支部', '综合执法大队党支部'];
const ASSETS = ['房屋及构筑物', '通用设备', '专用设备', '交通运输设备', '家具、用具及装具', '图书、档案'];

const specs = []; // plant candidates: {file, sheet, cell, kind, whole?}
class Sheet {
  constructor(wb, name) { this.ws = wb.addWorksheet(name); this.name = name; this.r = 0; this.merges = []; }
  row(vals, fmt) { const r = this.r++; vals.forEach((v, c) => { if (v === null || v === undefined || v === '') return; const cell = this.ws.getCell(addr(r, c)); cell.value = v; if (typeof v === 'number' && fmt) cell.numFmt = typeof fmt === 'string' ? fmt : (fmt[c] || undefined); }); return r; }
  merge(r1_, c1, r2_, c2) { this.ws.mergeCells(`${addr(r1_, c1)}:${addr(r2_, c2)}`); }
  skip(n = 1) { this.r += n; }
}
let curFile = '';
function cand(sh, r, c, kind, extra = {}) { specs.push({ file: curFile, sheet: sh.name, cell: addr(r, c), kind, ...extra }); }
const files = [];
function book(name, fn) { files.push([name, fn]); }

// movement rows: [open, add, sub, end] in cents
function movements(n, lo, hi) {
  const out = [];
  for (let i = 0; i < n; i++) { const o = ri(lo, hi), a = ri(lo, hi), s = ri(Math.floor((o + a) * 0.3), Math.floor((o + a) * 0.9)); out.push([o, a, s, o + a - s]); }
  return out;
}
const colSum = (rows, j) => sum(rows.map(r => r[j]));

// ---------- 1. 党费 by branch, simple ----------
function dangfeiSimple(fname, { unit = '元', totalTop = false, totalLabel = '合计', n = 8, title = true, notes = false, org = true }) {
  book(fname, wb => {
    const sh = new Sheet(wb, '党费收缴使用');
    const F = '#,##0.00';
    if (title) { sh.row(['2023年度党费收缴、使用和管理情况统计表']); sh.merge(0, 0, 0, 4); }
    if (org) sh.row(['编制单位：中共某县委直属机关工委', null, null, null, `单位：${unit}`]);
    else sh.row([null, null, null, null, `单位：${unit}`]);
    sh.row(['单位名称', '上年结余', '本年收缴', '本年使用', '年末结余']);
    const rows = movements(n, unit === '元' ? 50000 : 5, unit === '元' ? 3000000 : 3000);
    const tot = [0, 1, 2, 3].map(j => colSum(rows, j));
    const data = rows.map((r, i) => [BRANCHES[i], ...r.map(money)]);
    const totRow = [totalLabel, ...tot.map(money)];
    let first;
    if (totalTop) { const tr = sh.row(totRow, F); cand(sh, tr, 2, 'total'); first = sh.r; data.forEach(d => sh.row(d, F)); }
    else { first = sh.r; data.forEach(d => sh.row(d, F)); const tr = sh.row(totRow, F); cand(sh, tr, 4, 'total'); }
    cand(sh, first + 2, 4, 'end'); cand(sh, first + 4, 1, 'swap'); cand(sh, first + 1, 3, 'end');
    if (notes) { sh.skip(); sh.row(['注：1.年末结余=上年结余+本年收缴-本年使用。']); sh.row(['    2.本表由各党支部按年度填报，12月31日前报送。']); sh.row(['填表人：张某某', null, '审核人：李某某', null, '填报日期：2024年1月10日']); }
  });
}
dangfeiSimple('01_dangfei_simple.xlsx', {});
dangfeiSimple('02_dangfei_totaltop_wan.xlsx', { unit: '万元', totalTop: true, totalLabel: '总计', n: 6, notes: true });
dangfeiSimple('03_dangfei_notitle.xlsx', { title: false, totalLabel: '合  计', n: 10, org: false, notes: true });

// ---------- 2. 党费 with two-level header & 其中 ----------
function dangfeiQizhong(fname, { rate = false, unit = '元', n = 7 }) {
  book(fname, wb => {
    const sh = new Sheet(wb, 'Sheet1');
    const F = '0.00';
    sh.row(['党费收缴使用情况表']); sh.merge(0, 0, 0, rate ? 8 : 7);
    sh.row(['填报单位：某市民政局机关党委', null, null, null, null, null, null, `金额单位：${unit}`]);
    const h1 = sh.row(['党组织名称', '上年结余', '本年收缴', '本年使用', null, null, null, '年末结余', rate ? '资金使用率(%)' : null]);
    sh.row([null, null, null, '合计', '其中：上缴上级党委', '下拨基层党组织', '培训党员', null, null]);
    sh.merge(h1, 0, h1 + 1, 0); sh.merge(h1, 1, h1 + 1, 1); sh.merge(h1, 2, h1 + 1, 2); sh.merge(h1, 3, h1, 6); sh.merge(h1, 7, h1 + 1, 7);
    if (rate) sh.merge(h1, 8, h1 + 1, 8);
    const rows = movements(n, 20000, 800000).map(([o, a, s, e]) => { const p1 = Math.floor(s * (0.2 + rnd() * 0.2)), p2 = Math.floor(s * (0.1 + rnd() * 0.2)), p3 = Math.floor(s * rnd() * 0.3); return [o, a, s, p1, p2, p3, e]; });
    const tot = [0, 1, 2, 3, 4, 5, 6].map(j => colSum(rows, j));
    const line = (name, r) => { const v = [name, ...r.map(money)]; if (rate) v.push(r1(r[2] / (r[0] + r[1]) * 100)); return v; };
    const first = sh.r;
    rows.forEach((r, i) => sh.row(line(BRANCHES[i], r), F));
    const tr = sh.row(line('合计', tot), F);
    cand(sh, first + 1, 4, 'part', { whole: addr(first + 1, 3) });
    cand(sh, first + 3, 7, 'end'); cand(sh, tr, 5, 'total'); cand(sh, first + 2, 2, 'swap');
    if (rate) { cand(sh, first + 4, 8, 'rate'); sh.skip(); sh.row(['注：资金使用率=本年使用/(上年结余+本年收缴)×100%。']); }
  });
}
dangfeiQizhong('04_dangfei_qizhong.xlsx', {});
dangfeiQizhong('05_dangfei_qizhong_rate.xlsx', { rate: true, n: 9 });

// ---------- 3. 党费 vertical item list ----------
book('06_dangfei_vertical.xlsx', wb => {
  const sh = new Sheet(wb, '党费收支');
  sh.row(['党费收缴使用情况（2023年度）']); sh.merge(0, 0, 0, 2);
  sh.row([null, null, '单位：元']);
  sh.row(['项目', '本年数', '上年数']);
  const mk = () => { const o = ri(100000, 900000), a = ri(200000, 800000); const p = [ri(50000, 150000), ri(30000, 100000), ri(10000, 60000), ri(5000, 40000)]; const s = sum(p); return { o, a, s, p, e: o + a - s }; };
  const prev = mk(); const cur = mk(); cur.o = prev.e; cur.e = cur.o + cur.a - cur.s;
  const F = '#,##0.00';
  const rs = {};
  rs.o = sh.row(['一、上年结余', money(cur.o), money(prev.o)], F);
  rs.a = sh.row(['二、本年收缴', money(cur.a), money(prev.a)], F);
  rs.s = sh.row(['三、本年使用', money(cur.s), money(prev.s)], F);
  const names = ['  1.上缴上级党委', '  2.下拨基层党组织', '  3.培训党员', '  4.其他'];
  const pr = names.map((n, i) => sh.row([n, money(cur.p[i]), money(prev.p[i])], F));
  rs.e = sh.row(['四、年末结余', money(cur.e), money(prev.e)], F);
  cand(sh, rs.e, 1, 'end'); cand(sh, pr[1], 1, 'total'); cand(sh, rs.a, 2, 'swap');
  sh.skip(); sh.row(['说明：年末结余=上年结余+本年收缴-本年使用']);
});

// ---------- 4. 党费 transposed ----------
book('07_dangfei_transposed.xlsx', wb => {
  const sh = new Sheet(wb, '汇总');
  sh.row(['各党支部党费收支情况（横表）']);
  sh.row(['单位：元']);
  const n = 6; const rows = movements(n, 30000, 500000);
  const tot = [0, 1, 2, 3].map(j => colSum(rows, j));
  sh.row(['项目', ...BRANCHES.slice(0, n), '合计']);
  const labels = ['上年结余', '本年收缴', '本年使用', '年末结余'];
  const first = sh.r;
  labels.forEach((l, j) => sh.row([l, ...rows.map(r => money(r[j])), money(tot[j])], '#,##0.00'));
  cand(sh, first + 3, 2, 'end'); cand(sh, first + 1, n + 1, 'total'); cand(sh, first, 4, 'swap');
  const t = new Sheet(wb, '填报说明');
  t.row(['填报说明']); t.row(['一、本表反映各党支部党费收缴、使用及结余情况。']); t.row(['二、年末结余应等于上年结余加本年收缴减本年使用。']); t.row(['三、金额保留两位小数。']);
});

// ---------- 5. 专项经费 by township ----------
function jingfei(fname, { unit = '元', totalLabel = '合计', totalTop = false, n = 10, heads = ['年初余额', '本年增加', '本年减少', '年末余额'], title = '2023年党建工作专项经费收支情况表', growth = false }) {
  book(fname, wb => {
    const sh = new Sheet(wb, '专项经费');
    const F = '#,##0.00';
    sh.row([title]); sh.merge(0, 0, 0, growth ? 6 : 4);
    sh.row([`单位：${unit}`]);
    sh.row(['乡镇（街道）', ...heads, ...(growth ? ['上年年末余额', '年末余额增长率(%)'] : [])]);
    const rows = movements(n, unit === '元' ? 100000 : 10, unit === '元' ? 5000000 : 500).map(r => growth ? [...r, ri(Math.floor(r[3] * 0.6), Math.floor(r[3] * 1.3))] : r);
    const tot = rows[0].map((_, j) => colSum(rows, j));
    const line = (nm, r) => { const v = [nm, ...r.map(money)]; if (growth) v.push(r1((r[3] - r[4]) / r[4] * 100)); return v; };
    let first, tr;
    if (totalTop) { tr = sh.row(line(totalLabel, tot), F); first = sh.r; rows.forEach((r, i) => sh.row(line(TOWNS[i], r), F)); }
    else { first = sh.r; rows.forEach((r, i) => sh.row(line(TOWNS[i], r), F)); tr = sh.row(line(totalLabel, tot), F); }
    cand(sh, first + 2, 4, 'end'); cand(sh, tr, 3, 'total'); cand(sh, first + 5, 2, 'swap'); cand(sh, first + 6, 4, 'end');
    if (growth) cand(sh, first + 3, 6, 'growth');
  });
}
jingfei('08_jingfei_town.xlsx', {});
jingfei('09_jingfei_town_wan.xlsx', { unit: '万元', totalLabel: '总计', totalTop: true, n: 8 });
jingfei('10_jingfei_qichu.xlsx', { heads: ['期初余额', '本期增加', '本期减少', '期末余额'], totalLabel: '合  计', n: 12, title: '基层党组织工作经费变动情况' });
jingfei('11_jingfei_growth.xlsx', { growth: true, n: 9 });

// ---------- 6. 专项经费 two-level breakdown ----------
book('12_jingfei_breakdown.xlsx', wb => {
  const sh = new Sheet(wb, '经费明细');
  const F = '0.00';
  sh.row(['各乡镇党建工作经费收支明细表']); sh.merge(0, 0, 0, 10);
  sh.row(['编制单位：某县委组织部', null, null, null, null, null, null, null, null, null, '单位：元']);
  const h = sh.row(['乡镇', '年初余额', '本年增加', null, null, null, '本年减少', null, null, null, '年末余额']);
  sh.row([null, null, '小计', '财政拨款', '上级补助', '其他收入', '小计', '阵地建设', '党员教育', '其他支出', null]);
  sh.merge(h, 0, h + 1, 0); sh.merge(h, 1, h + 1, 1); sh.merge(h, 2, h, 5); sh.merge(h, 6, h, 9); sh.merge(h, 10, h + 1, 10);
  const n = 9; const rows = [];
  for (let i = 0; i < n; i++) { const o = ri(50000, 900000); const a = [ri(100000, 600000), ri(0, 200000), ri(0, 50000)]; const A = sum(a); const s = [ri(50000, 300000), ri(20000, 200000), ri(0, 80000)]; const S = sum(s); rows.push([o, A, ...a, S, ...s, o + A - S]); }
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const first = sh.r;
  rows.forEach((r, i) => sh.row([TOWNS[i], ...r.map(money)], F));
  const tr = sh.row(['合计', ...tot.map(money)], F);
  cand(sh, first + 1, 3, 'total'); cand(sh, first + 4, 10, 'end'); cand(sh, tr, 6, 'total'); cand(sh, first + 2, 7, 'swap');
});

// ---------- 7. 专项经费 two years on two sheets ----------
book('13_jingfei_two_years.xlsx', wb => {
  const n = 7; const y1 = movements(n, 100000, 2000000);
  const y2 = y1.map(r => { const o = r[3], a = ri(100000, 2000000), s = ri(Math.floor((o + a) * 0.3), Math.floor((o + a) * 0.9)); return [o, a, s, o + a - s]; });
  [['2022年', y1], ['2023年', y2]].forEach(([nm, rows]) => {
    const sh = new Sheet(wb, nm);
    sh.row([`${nm}专项经费收支情况`]); sh.row(['单位：元']);
    sh.row(['单位', '年初余额', '本年增加', '本年减少', '年末余额']);
    const first = sh.r;
    rows.forEach((r, i) => sh.row([TOWNS[i], ...r.map(money)], '#,##0.00'));
    const tot = [0, 1, 2, 3].map(j => colSum(rows, j));
    const tr = sh.row(['合计', ...tot.map(money)], '#,##0.00');
    if (nm === '2023年') { cand(sh, first + 3, 4, 'end'); cand(sh, tr, 2, 'total'); }
  });
});

// ---------- 8. 固定资产 blocks ----------
function assets(n = 6) {
  return ASSETS.slice(0, n).map(() => {
    const o = ri(100000, 30000000), a = ri(0, 3000000), s = ri(0, Math.floor(o * 0.1)); const e = o + a - s;
    const dO = Math.floor(o * (0.2 + rnd() * 0.4)), dA = Math.floor(o * 0.05), dS = Math.floor(s * (0.5 + rnd() * 0.4)); const dE = dO + dA - dS;
    return { v: [o, a, s, e], d: [dO, dA, dS, dE] };
  });
}
function faBlocks(fname, { unit = '元', netFlows = false, sheetName = '固定资产增减变动表', totLabel = '小计' }) {
  book(fname, wb => {
    const sh = new Sheet(wb, sheetName);
    const F = '#,##0.00';
    sh.row(['固定资产增减变动表']); sh.merge(0, 0, 0, 4);
    sh.row(['编制单位：某社会福利中心', null, null, '2023年度', `单位：${unit}`]);
    sh.row(['项目', '期初余额', '本期增加', '本期减少', '期末余额']);
    const A = assets();
    const vt = [0, 1, 2, 3].map(j => sum(A.map(x => x.v[j]))), dt = [0, 1, 2, 3].map(j => sum(A.map(x => x.d[j])));
    sh.row(['一、原值合计', ...vt.map(money)], F);
    const vr = A.map((x, i) => sh.row([`  ${ASSETS[i]}`, ...x.v.map(money)], F));
    const dtr = sh.row(['二、累计折旧合计', ...dt.map(money)], F);
    const dr = A.map((x, i) => sh.row([`  ${ASSETS[i]}`, ...x.d.map(money)], F));
    const nt = [vt[0] - dt[0], null, null, vt[3] - dt[3]];
    const ntr = sh.row(['三、净值合计', money(nt[0]), null, null, money(nt[3])], F);
    const nr = A.map((x, i) => sh.row([`  ${ASSETS[i]}`, money(x.v[0] - x.d[0]), null, null, money(x.v[3] - x.d[3])], F));
    cand(sh, vr[1], 4, 'end'); cand(sh, dr[2], 4, 'end'); cand(sh, nr[0], 4, 'net'); cand(sh, ntr, 1, 'net'); cand(sh, vr[3], 2, 'swap'); cand(sh, dtr, 2, 'total');
  });
}
faBlocks('14_fa_blocks.xlsx', {});
faBlocks('15_fa_blocks_wan.xlsx', { unit: '万元', sheetName: '资产变动' });

// wide FA with two-level header
function faWide(fname, { unit = '元', totalLabel = '合计', qz = false }) {
  book(fname, wb => {
    const sh = new Sheet(wb, '固定资产');
    const F = '#,##0.00';
    sh.row(['固定资产及累计折旧变动情况表']); sh.merge(0, 0, 0, 9);
    sh.row([null, null, null, null, null, null, null, null, null, `单位：${unit}`]);
    const h = sh.row(['资产类别', '原值', null, null, null, '累计折旧', null, null, null, '期末净值']);
    sh.row([null, '期初数', '本期增加', '本期减少', '期末数', '期初数', '本期计提', '本期减少', '期末数', null]);
    sh.merge(h, 0, h + 1, 0); sh.merge(h, 1, h, 4); sh.merge(h, 5, h, 8); sh.merge(h, 9, h + 1, 9);
    const A = assets();
    const line = (nm, x) => [nm, ...x.v.map(money), ...x.d.map(money), money(x.v[3] - x.d[3])];
    const first = sh.r; const rr = [];
    A.forEach((x, i) => { rr.push(sh.row(line(ASSETS[i], x), F)); if (qz && i === 1) { const sub = { v: x.v.map(t => Math.floor(t * 0.4)), d: null }; sub.v[3] = sub.v[0] + sub.v[1] - sub.v[2]; sub.d = x.d.map(t => Math.floor(t * 0.4)); sub.d[3] = sub.d[0] + sub.d[1] - sub.d[2]; const q = sh.row(line('  其中：计算机设备', sub), F); cand(sh, q, 4, 'part', { whole: addr(rr[1], 4) }); } });
    const tot = { v: [0, 1, 2, 3].map(j => sum(A.map(x => x.v[j]))), d: [0, 1, 2, 3].map(j => sum(A.map(x => x.d[j]))) };
    const tr = sh.row(line(totalLabel, tot), F);
    cand(sh, rr[0], 9, 'net'); cand(sh, rr[2], 4, 'end'); cand(sh, rr[4], 8, 'end'); cand(sh, tr, 1, 'total'); cand(sh, rr[3], 6, 'swap');
    sh.skip(); sh.row(['注：期末净值=原值期末数-累计折旧期末数。']);
  });
}
faWide('16_fa_wide.xlsx', {});
faWide('17_fa_wide_qizhong.xlsx', { unit: '万元', totalLabel: '总  计', qz: true });

// FA transposed
book('18_fa_transposed.xlsx', wb => {
  const sh = new Sheet(wb, '资产原值');
  sh.row(['固定资产原值变动（按类别）']); sh.row(['单位：元']);
  const A = assets(5);
  sh.row(['项目', ...ASSETS.slice(0, 5), '合计']);
  const labels = ['期初余额', '本期增加', '本期减少', '期末余额'];
  const first = sh.r;
  labels.forEach((l, j) => { const vals = A.map(x => x.v[j]); sh.row([l, ...vals.map(money), money(sum(vals))], '#,##0.00'); });
  cand(sh, first + 3, 3, 'end'); cand(sh, first + 1, 6, 'total'); cand(sh, first, 2, 'swap');
});

// FA by unit: 原值 | 累计折旧 | 净值
book('19_fa_by_unit.xlsx', wb => {
  const sh = new Sheet(wb, '各单位资产');
  sh.row(['2023年末各乡镇固定资产情况']); sh.row([null, null, null, '单位：万元']);
  sh.row(['单位', '原值', '累计折旧', '净值']);
  const n = 10; const rows = []; for (let i = 0; i < n; i++) { const v = ri(10000, 900000), d = Math.floor(v * (0.1 + rnd() * 0.6)); rows.push([v, d, v - d]); }
  const first = sh.r;
  rows.forEach((r, i) => sh.row([TOWNS[i], ...r.map(money)], '0.00'));
  const tr = sh.row(['合计', ...[0, 1, 2].map(j => money(colSum(rows, j)))], '0.00');
  cand(sh, first + 3, 3, 'net'); cand(sh, tr, 2, 'total'); cand(sh, first + 7, 1, 'swap');
});

// FA with quantity + amount interleaved
book('20_fa_qty_amount.xlsx', wb => {
  const sh = new Sheet(wb, '资产增减');
  sh.row(['固定资产增减情况表（数量、金额）']); sh.merge(0, 0, 0, 8);
  sh.row(['单位：台（套）、元']);
  const h = sh.row(['资产类别', '期初', null, '本期增加', null, '本期减少', null, '期末', null]);
  sh.row([null, '数量', '金额', '数量', '金额', '数量', '金额', '数量', '金额']);
  sh.merge(h, 0, h + 1, 0); for (let k = 0; k < 4; k++) sh.merge(h, 1 + 2 * k, h, 2 + 2 * k);
  const rows = ASSETS.slice(1, 6).map(() => { const q = [ri(10, 300), ri(0, 40), ri(0, 20)]; q.push(q[0] + q[1] - q[2]); const m = [ri(100000, 5000000), ri(0, 800000), ri(0, 300000)]; m.push(m[0] + m[1] - m[2]); return [q[0], m[0], q[1], m[1], q[2], m[2], q[3], m[3]]; });
  const fmt = [null, '0', '#,##0.00', '0', '#,##0.00', '0', '#,##0.00', '0', '#,##0.00'];
  const first = sh.r;
  rows.forEach((r, i) => sh.row([ASSETS[i + 1], ...r.map((v, j) => j % 2 ? money(v) : v)], fmt));
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = sh.row(['合计', ...tot.map((v, j) => j % 2 ? money(v) : v)], fmt);
  cand(sh, first + 1, 8, 'end'); cand(sh, first + 2, 7, 'end'); cand(sh, tr, 3, 'total');
});

// ---------- 9. 社会组织 registration ----------
function orgCounts() { const types = [['社会团体', 1], ['  其中：行业协会商会', 0], ['社会服务机构', 1], ['  其中：民办非企业单位（教育类）', 0], ['基金会', 1]]; return types; }
book('21_org_types.xlsx', wb => {
  const sh = new Sheet(wb, '社会组织登记');
  sh.row(['2023年社会组织登记情况统计表']); sh.merge(0, 0, 0, 4);
  sh.row(['填报单位：某区民政局', null, null, null, '单位：个']);
  sh.row(['类型', '上年末数', '本年成立登记', '本年注销', '本年末数']);
  const mk = (lo, hi) => { const o = ri(lo, hi), a = ri(0, Math.floor(hi / 8)), s = ri(0, Math.floor(o / 10)); return [o, a, s, o + a - s]; };
  const st = mk(150, 600), st1 = st.map(v => 0); { st1[0] = Math.floor(st[0] / 4); st1[1] = Math.min(st[1], ri(0, 10)); st1[2] = Math.min(st[2], ri(0, 5), st1[0]); st1[3] = st1[0] + st1[1] - st1[2]; }
  const sv = mk(200, 900), sv1 = [0, 0, 0, 0]; sv1[0] = Math.floor(sv[0] / 3); sv1[1] = Math.min(sv[1], ri(0, 15)); sv1[2] = Math.min(sv[2], ri(0, 8)); sv1[3] = sv1[0] + sv1[1] - sv1[2];
  const fd = mk(3, 20);
  const tot = [0, 1, 2, 3].map(j => st[j] + sv[j] + fd[j]);
  const r0 = sh.row(['合计', ...tot]);
  const a = sh.row(['社会团体', ...st]); const a1 = sh.row(['  其中：行业协会商会', ...st1]);
  const b = sh.row(['社会服务机构', ...sv]); const b1 = sh.row(['  其中：教育类', ...sv1]);
  const c = sh.row(['基金会', ...fd]);
  cand(sh, a1, 4, 'part', { whole: addr(a, 4) }); cand(sh, c, 4, 'end'); cand(sh, r0, 2, 'total'); cand(sh, b, 1, 'swap');
  sh.skip(); sh.row(['注：社会服务机构原称民办非企业单位。']);
});

book('22_org_by_district_wide.xlsx', wb => {
  const sh = new Sheet(wb, '分区县');
  sh.row(['各区县社会组织增减变动情况']); sh.merge(0, 0, 0, 16);
  sh.row(['单位：个']);
  const T = ['社会团体', '社会服务机构', '基金会', '合计'];
  const h = sh.row(['区县', ...T.flatMap(t => [t, null, null, null])]);
  sh.row([null, ...T.flatMap(() => ['上年末数', '本年成立', '本年注销', '本年末数'])]);
  sh.merge(h, 0, h + 1, 0); T.forEach((_, k) => sh.merge(h, 1 + 4 * k, h, 4 + 4 * k));
  const n = 8; const rows = [];
  for (let i = 0; i < n; i++) { const parts = [[40, 200], [60, 400], [0, 5]].map(([lo, hi]) => { const o = ri(lo, hi), a = ri(0, Math.ceil(hi / 10)), s = ri(0, Math.floor(o / 8)); return [o, a, s, o + a - s]; }); const t = [0, 1, 2, 3].map(j => sum(parts.map(p => p[j]))); rows.push([...parts.flat(), ...t]); }
  const first = sh.r;
  rows.forEach((r, i) => sh.row([TOWNS[i].replace(/镇|乡|街道/, '区'), ...r]));
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = sh.row(['全市合计', ...tot]);
  cand(sh, first + 2, 8, 'end'); cand(sh, first + 3, 14, 'total'); cand(sh, tr, 2, 'total'); cand(sh, first + 5, 5, 'swap');
});

book('23_org_growth.xlsx', wb => {
  const sh = new Sheet(wb, '增长情况');
  sh.row(['社会组织数量增长情况']); sh.row(['单位：个、%']);
  sh.row(['类型', '2022年末', '2023年末', '增减数', '增长率(%)']);
  const rows = [['社会团体', ri(300, 500)], ['社会服务机构', ri(400, 900)], ['基金会', ri(5, 30)]].map(([n, a]) => { const b = a + ri(-Math.floor(a / 10), Math.floor(a / 6)); return [n, a, b]; });
  const t = ['合计', sum(rows.map(r => r[1])), sum(rows.map(r => r[2]))];
  const first = sh.r;
  [...rows, t].forEach(([n, a, b]) => sh.row([n, a, b, b - a, r1((b - a) / a * 100)], [null, '0', '0', '0', '0.0']));
  cand(sh, first + 1, 4, 'growth'); cand(sh, first + 3, 2, 'total'); cand(sh, first, 3, 'diff');
});

book('24_org_party_coverage.xlsx', wb => {
  const sh = new Sheet(wb, '党建覆盖');
  sh.row(['社会组织党的组织覆盖情况']);
  sh.row(['区县', '社会组织总数', '已建党组织数', '其中：单独建立', '联合建立', '覆盖率(%)']);
  const n = 9; const rows = []; for (let i = 0; i < n; i++) { const t = ri(50, 500), b = ri(Math.floor(t * 0.3), Math.floor(t * 0.8)), s = ri(0, b); rows.push([t, b, s, b - s]); }
  const first = sh.r;
  const line = (nm, r) => [nm, ...r, r2(r[1] / r[0] * 100)];
  rows.forEach((r, i) => sh.row(line(TOWNS[i], r), [null, '0', '0', '0', '0', '0.00']));
  const tot = [0, 1, 2, 3].map(j => colSum(rows, j));
  const tr = sh.row(line('合计', tot), [null, '0', '0', '0', '0', '0.00']);
  cand(sh, first + 2, 5, 'rate'); cand(sh, first + 4, 3, 'part', { whole: addr(first + 4, 2) }); cand(sh, tr, 1, 'total');
});

book('25_org_transposed.xlsx', wb => {
  const sh = new Sheet(wb, '横向');
  sh.row(['社会组织登记变动情况表']); sh.row(['单位：个']);
  sh.row(['指标', '社会团体', '社会服务机构', '基金会', '总计']);
  const parts = [[200, 500], [300, 900], [5, 20]].map(([lo, hi]) => { const o = ri(lo, hi), a = ri(0, Math.ceil(hi / 10)), s = ri(0, Math.floor(o / 8)); return [o, a, s, o + a - s]; });
  const first = sh.r;
  ['上年末数', '本年成立登记', '本年注销登记', '本年末数'].forEach((l, j) => sh.row([l, ...parts.map(p => p[j]), sum(parts.map(p => p[j]))]));
  cand(sh, first + 3, 2, 'end'); cand(sh, first + 1, 4, 'total');
});

book('26_org_cancel_revoke.xlsx', wb => {
  const sh = new Sheet(wb, '登记');
  sh.row(['社会组织成立、注销、撤销登记情况']); sh.merge(0, 0, 0, 5);
  sh.row(['类型', '上年末数', '成立登记', '注销登记', '撤销登记', '本年末数']);
  const rows = [['社会团体', 300, 600], ['社会服务机构', 400, 1000], ['基金会', 5, 25]].map(([n, lo, hi]) => { const o = ri(lo, hi), a = ri(0, Math.ceil(hi / 10)), c = ri(0, Math.floor(o / 12)), v = ri(0, Math.floor(o / 20)); return [n, o, a, c, v, o + a - c - v]; });
  const first = sh.r;
  rows.forEach(r => sh.row(r));
  const tr = sh.row(['合计', ...[1, 2, 3, 4, 5].map(j => sum(rows.map(r => r[j])))]);
  cand(sh, first + 1, 5, 'end'); cand(sh, tr, 3, 'total');
});

// monthly org counts: 全年 row is not a column sum for stocks
book('27_org_monthly.xlsx', wb => {
  const sh = new Sheet(wb, '逐月');
  sh.row(['2023年社会组织逐月登记情况']); sh.row(['单位：个']);
  sh.row(['月份', '月初数', '本月成立', '本月注销', '月末数']);
  let o = ri(800, 1200); const rows = [];
  for (let m = 1; m <= 12; m++) { const a = ri(0, 15), s = ri(0, 10); rows.push([`${m}月`, o, a, s, o + a - s]); o = o + a - s; }
  const first = sh.r;
  rows.forEach(r => sh.row(r));
  const tr = sh.row(['全年', rows[0][1], sum(rows.map(r => r[2])), sum(rows.map(r => r[3])), rows[11][4]]);
  cand(sh, first + 4, 4, 'end'); cand(sh, tr, 2, 'total');
});

// ---------- 10. non-balance tables ----------
book('28_budget_actual.xlsx', wb => {
  const sh = new Sheet(wb, '预算执行');
  sh.row(['2023年党建工作经费预算执行情况']); sh.merge(0, 0, 0, 4);
  sh.row([null, null, null, null, '单位：元']);
  sh.row(['项目', '预算数', '实际数', '差额', '执行率(%)']);
  const items = ['党员教育培训', '阵地建设', '慰问困难党员', '主题党日活动', '订阅党报党刊', '其他'];
  const rows = items.map(n => { const b = ri(100000, 2000000), a = ri(Math.floor(b * 0.6), Math.floor(b * 1.1)); return [n, b, a]; });
  const line = (n, b, a) => [n, money(b), money(a), money(a - b), r2(a / b * 100)];
  const first = sh.r;
  rows.forEach(r => sh.row(line(...r), '#,##0.00'));
  const tr = sh.row(line('合计', sum(rows.map(r => r[1])), sum(rows.map(r => r[2]))), '#,##0.00');
  sh.skip(); sh.row(['注：差额=实际数-预算数；执行率=实际数/预算数×100%。']);
  cand(sh, first + 1, 3, 'diff'); cand(sh, first + 3, 4, 'rate'); cand(sh, tr, 1, 'total');
});

book('29_budget_diff_reverse.xlsx', wb => {
  const sh = new Sheet(wb, 'Sheet1');
  sh.row(['专项资金预算与支出对比表']);
  sh.row(['编制单位：某县社会组织服务中心', null, null, '单位：万元']);
  sh.row(['乡镇', '预算数', '实际支出', '结余(预算-实际)']);
  const rows = TOWNS.slice(0, 8).map(n => { const b = ri(1000, 50000), a = ri(Math.floor(b * 0.5), b); return [n, money(b), money(a), money(b - a)]; });
  const first = sh.r;
  rows.forEach(r => sh.row(r, '0.00'));
  const tot = [1, 2].map(j => sum(rows.map(r => Math.round(r[j] * 100))));
  const tr = sh.row(['合计', money(tot[0]), money(tot[1]), money(tot[0] - tot[1])], '0.00');
  cand(sh, first + 2, 3, 'diff'); cand(sh, tr, 2, 'total');
});

book('30_yoy.xlsx', wb => {
  const sh = new Sheet(wb, '同比');
  sh.row(['党费收缴同比情况']); sh.row(['单位：元']);
  sh.row(['党组织', '2022年', '2023年', '增减额', '增长率(%)']);
  const rows = BRANCHES.slice(0, 8).map(n => { const a = ri(50000, 900000), b = Math.round(a * (0.85 + rnd() * 0.35)); return [n, a, b]; });
  const line = (n, a, b) => [n, money(a), money(b), money(b - a), r1((b - a) / a * 100)];
  const first = sh.r;
  rows.forEach(r => sh.row(line(...r), [null, '#,##0.00', '#,##0.00', '#,##0.00', '0.0']));
  const tr = sh.row(line('合计', sum(rows.map(r => r[1])), sum(rows.map(r => r[2]))), [null, '#,##0.00', '#,##0.00', '#,##0.00', '0.0']);
  cand(sh, first + 2, 4, 'growth'); cand(sh, first + 5, 3, 'diff'); cand(sh, tr, 2, 'total');
});

book('31_monthly_cumulative.xlsx', wb => {
  const sh = new Sheet(wb, '月度收缴');
  sh.row(['2023年党费月度收缴情况']); sh.row(['单位：元']);
  sh.row(['月份', '应交党费', '实交党费', '交纳率(%)', '累计实交']);
  let cum = 0; const rows = [];
  for (let m = 1; m <= 12; m++) { const d = ri(80000, 120000), p = ri(Math.floor(d * 0.9), d); cum += p; rows.push([`${m}月`, d, p, cum]); }
  const first = sh.r;
  rows.forEach(([n, d, p, c]) => sh.row([n, money(d), money(p), r1(p / d * 100), money(c)], '0.00'));
  const D = sum(rows.map(r => r[1])), P = sum(rows.map(r => r[2]));
  const tr = sh.row(['全年合计', money(D), money(P), r1(P / D * 100), money(cum)], '0.00');
  cand(sh, first + 3, 3, 'rate'); cand(sh, first + 6, 4, 'total'); cand(sh, tr, 2, 'total');
});

book('32_income_expense.xlsx', wb => {
  const sh = new Sheet(wb, '收支表');
  sh.row(['社会团体收入支出表']); sh.merge(0, 0, 0, 2);
  sh.row(['编制单位：某市慈善总会', '2023年度', '单位：元']);
  sh.row(['项目', '本年数', '上年数']);
  const inc = ['捐赠收入', '会费收入', '提供服务收入', '政府补助收入', '投资收益', '其他收入'], exp = ['业务活动成本', '管理费用', '筹资费用', '其他费用'];
  const iv = inc.map(() => [ri(10000, 5000000), ri(10000, 5000000)]), ev = exp.map(() => [ri(10000, 3000000), ri(10000, 3000000)]);
  const I = [0, 1].map(j => sum(iv.map(r => r[j]))), E = [0, 1].map(j => sum(ev.map(r => r[j])));
  const F = '#,##0.00';
  const ir = sh.row(['一、收入合计', ...I.map(money)], F);
  const irs = inc.map((n, i) => sh.row([`    ${n}`, ...iv[i].map(money)], F));
  const er = sh.row(['二、费用合计', ...E.map(money)], F);
  ev.forEach((r, i) => sh.row([`    ${exp[i]}`, ...r.map(money)], F));
  const nr = sh.row(['三、净资产变动额（收入-费用）', money(I[0] - E[0]), money(I[1] - E[1])], F);
  cand(sh, nr, 1, 'end'); cand(sh, irs[2], 1, 'total'); cand(sh, er, 2, 'total');
});

// ---------- 11. multi-sheet & formulas ----------
book('33_multi_sheet.xlsx', wb => {
  const c = new Sheet(wb, '封面');
  c.row(['2023年度党建工作统计报表']); c.row(['填报单位：某县委组织部']); c.row(['报送日期：2024年1月15日']); c.row(['负责人：王某某']);
  const sh = new Sheet(wb, '党费');
  sh.row(['表一 党费收缴使用情况']); sh.row(['单位：元']);
  sh.row(['党委', '上年结余', '本年收缴', '本年使用', '其中：上缴', '年末结余']);
  const rows = movements(6, 100000, 3000000).map(([o, a, s, e]) => [o, a, s, Math.floor(s * (0.3 + rnd() * 0.5)), e]);
  const first = sh.r;
  rows.forEach((r, i) => sh.row([TOWNS[i] + '党委', ...r.map(money)], '#,##0.00'));
  const tr = sh.row(['合计', ...[0, 1, 2, 3, 4].map(j => money(colSum(rows, j)))], '#,##0.00');
  cand(sh, first + 2, 4, 'part', { whole: addr(first + 2, 3) }); cand(sh, first + 4, 5, 'end'); cand(sh, tr, 1, 'total');
  const s2 = new Sheet(wb, '经费');
  s2.row(['表二 党建工作经费情况']); s2.row(['单位：元']);
  s2.row(['党委', '年初余额', '本年增加', '本年减少', '年末余额']);
  const r2s = movements(6, 100000, 3000000);
  const f2 = s2.r;
  r2s.forEach((r, i) => s2.row([TOWNS[i] + '党委', ...r.map(money)], '#,##0.00'));
  s2.row(['合计', ...[0, 1, 2, 3].map(j => money(colSum(r2s, j)))], '#,##0.00');
  cand(s2, f2 + 1, 4, 'end');
  const t = new Sheet(wb, '说明');
  t.row(['填表说明']); t.row(['1. 表一“其中：上缴”指按规定上缴上级党委的党费。']); t.row(['2. 表二年末余额=年初余额+本年增加-本年减少。']); t.row(['3. 本表金额单位为元，保留两位小数。']);
});

book('34_formulas.xlsx', wb => {
  const sh = new Sheet(wb, '经费(公式)');
  sh.row(['专项经费收支（含公式）']); sh.row(['单位：元']);
  sh.row(['乡镇', '年初余额', '本年增加', '本年减少', '年末余额']);
  const rows = movements(7, 100000, 2000000);
  const first = sh.r;
  rows.forEach((r, i) => { const rr = sh.r; sh.row([TOWNS[i], money(r[0]), money(r[1]), money(r[2])], '#,##0.00'); const c = sh.ws.getCell(addr(rr, 4)); c.value = { formula: `B${rr + 1}+C${rr + 1}-D${rr + 1}`, result: money(r[3]) }; c.numFmt = '#,##0.00'; });
  const tr = sh.r; sh.row(['合计']);
  [1, 2, 3, 4].forEach(j => { const c = sh.ws.getCell(addr(tr, j)); c.value = { formula: `SUM(${col(j)}${first + 1}:${col(j)}${tr})`, result: money(colSum(rows, j - 1)) }; c.numFmt = '#,##0.00'; });
  cand(sh, first + 2, 1, 'swap'); cand(sh, first + 3, 2, 'swap');
});

book('35_share_pct.xlsx', wb => {
  const sh = new Sheet(wb, '构成');
  sh.row(['党费使用构成情况']); sh.row(['单位：元、%']);
  sh.row(['用途', '金额', '占比(%)']);
  const items = ['上缴上级党委', '下拨基层党组织', '培训党员', '订阅党报党刊', '慰问困难党员', '其他'];
  const v = items.map(() => ri(20000, 600000)); const T = sum(v);
  const first = sh.r;
  items.forEach((n, i) => sh.row([n, money(v[i]), r1(v[i] / T * 100)], [null, '#,##0.00', '0.0']));
  const tr = sh.row(['合计', money(T), 100], [null, '#,##0.00', '0.0']);
  cand(sh, first + 2, 2, 'rate'); cand(sh, tr, 1, 'total');
});

book('36_text_plus_table.xlsx', wb => {
  const t = new Sheet(wb, '情况说明');
  t.row(['关于2023年度党费收缴使用情况的说明']);
  t.row(['一、总体情况：全年党费收缴工作有序开展，党员按月足额交纳。']);
  t.row(['二、使用情况：党费主要用于党员教育培训、慰问困难党员和基层党组织活动。']);
  t.row(['三、存在问题：个别支部收缴不及时，已督促整改。']);
  const sh = new Sheet(wb, '数据');
  sh.row(['支部', '上年结余', '本年收缴', '本年使用', '年末结余']);
  const rows = movements(5, 5000, 80000);
  const first = sh.r;
  rows.forEach((r, i) => sh.row([BRANCHES[i], ...r.map(money)], '0.00'));
  sh.row(['合计', ...[0, 1, 2, 3].map(j => money(colSum(rows, j)))], '0.00');
  cand(sh, first + 1, 4, 'end'); cand(sh, first + 3, 3, 'swap');
});

(async () => {
  for (const [name, fn] of files) {
    curFile = name;
    const wb = new ExcelJS.Workbook();
    fn(wb);
    await wb.xlsx.writeFile(path.join(OUT, name));
  }
  fs.writeFileSync(path.join(__dirname, 'plantspec.json'), JSON.stringify(specs, null, 1));
  console.log(files.length, 'workbooks,', specs.length, 'plant candidates');
})();
