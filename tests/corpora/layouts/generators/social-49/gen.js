// Generator for round49b: social security, employment and assistance tables.
// Generator: social security / employment / social assistance workbooks (round 49b)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.argv[2] ?? '/tmp/round49b/cases';
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

function rng(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function rd(x, d = 0) { const m = 10 ** d; return Math.round(x * m + Math.sign(x) * 1e-7) / m; }
function fmt(d, thou) { const base = thou ? '#,##0' : '0'; return d ? base + '.' + '0'.repeat(d) : base; }
function N(x, d = 0, thou = false) { return { v: rd(x, d), f: fmt(d, thou) }; }
function G(cur, prev, d = 1) { return N((cur / prev - 1) * 100, d); } // growth from unrounded values
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const ri = (R, lo, hi) => Math.floor(lo + R() * (hi - lo + 1));

async function write(file, spec) {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      (row || []).forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === 'object') { cell.value = v.v; if (v.f) cell.numFmt = v.f; } else cell.value = v;
      });
    });
    (s.merges || []).forEach((m) => ws.mergeCells(m));
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 26 : 13; });
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}

// plant: find row whose column-A text (trimmed) contains label (or row index), change column c
function plant(spec, label, c, fn, note, sheetIdx = 0) {
  const s = spec.sheets[sheetIdx];
  let r = typeof label === 'number' ? label : s.rows.findIndex((row) => row && typeof row[0] === 'string' && row[0].replace(/[\s　]/g, '') === label);
  if (r < 0) throw new Error('label not found ' + label);
  const old = s.rows[r][c];
  const oldV = typeof old === 'object' ? old.v : old;
  const nv = fn(oldV);
  s.rows[r][c] = typeof old === 'object' ? { v: nv, f: old.f } : nv;
  return { cell: `${s.name}!${colL(c)}${r + 1}`, note: `${note} (was ${oldV}, now ${nv})` };
}

const TOWNS = ['城关镇', '东关街道', '西城街道', '新华镇', '柳林镇', '石桥乡', '河口乡', '马家堡镇'];
const DISTS = ['东城区', '西城区', '南山区', '北湖区', '临江县', '青石县', '白水市'];

// A: pension participants by township, 其中 split, 全县 on top
function bA(seed, county = '宁川县') {
  const R = rng(seed);
  const data = TOWNS.map((t) => { const w = ri(R, 2000, 9000); const r = Math.floor(w * (0.25 + R() * 0.2)); return [t, w + r, w, r]; });
  const tot = ['全县', ...[1, 2, 3].map((i) => sum(data.map((d) => d[i])))];
  const rows = [[`${county}2023年城镇职工基本养老保险参保情况`], ['单位：人'], ['地区', '参保人数', '其中', null], [null, null, '在职职工', '离退休人员'],
    tot.map((v) => (typeof v === 'number' ? N(v, 0, true) : v)), ...data.map((d) => d.map((v) => (typeof v === 'number' ? N(v, 0, true) : v))),
    ['注：数据截至2023年12月31日，离退休人员含退职人员。']];
  return { sheets: [{ name: '养老保险', rows, merges: ['A1:D1', 'A3:A4', 'B3:B4', 'C3:D3'] }] };
}

// B: insurance by type, year columns, 万人 2dp, growth
function bB(seed) {
  const R = rng(seed);
  const pair = (base) => { const prev = Math.round(base); const cur = Math.round(base * (0.97 + R() * 0.09)); return [prev, cur]; };
  const zz = pair(ri(R, 60000, 90000)), lt = pair(ri(R, 25000, 35000));
  const cz = [zz[0] + lt[0], zz[1] + lt[1]];
  const jm = pair(ri(R, 180000, 220000)); const dy = [Math.round(jm[0] * 0.31), Math.round(jm[1] * 0.32)];
  const zgyb = pair(ri(R, 90000, 110000)), jmyb = pair(ri(R, 300000, 340000));
  const yb = [zgyb[0] + jmyb[0], zgyb[1] + jmyb[1]];
  const sy = pair(ri(R, 40000, 50000)), gs = pair(ri(R, 50000, 60000)), syu = pair(ri(R, 38000, 45000));
  const line = (lab, p) => [lab, N(p[0] / 1e4, 2), N(p[1] / 1e4, 2), G(p[1], p[0])];
  const rows = [['2023年全县社会保险参保情况'], [null, null, '单位：万人'], ['指标', '2022年', '2023年', '比上年增长（%）'],
    line('城镇职工基本养老保险参保人数', cz), line('　　其中：在职职工', zz), line('　　　　　离退休人员', lt),
    line('城乡居民基本养老保险参保人数', jm), line('　　其中：领取待遇人数', dy),
    line('基本医疗保险参保人数', yb), line('　　其中：职工基本医疗保险', zgyb), line('　　　　　城乡居民基本医疗保险', jmyb),
    line('失业保险参保人数', sy), line('工伤保险参保人数', gs), line('生育保险参保人数', syu),
    ['资料来源：县人力资源和社会保障局、县医疗保障局。']];
  return { sheets: [{ name: '社保参保', rows, merges: ['A1:D1'] }] };
}

// C: dibao two-level header, 全市 on top
function bC(seed) {
  const R = rng(seed);
  const d = DISTS.map((n) => {
    const uh = ri(R, 300, 2500), up = Math.round(uh * (1.3 + R() * 0.5)), ue = up * (420 + R() * 100) * 12 / 1e4;
    const rh = ri(R, 800, 5000), rp = Math.round(rh * (1.5 + R() * 0.6)), re = rp * (280 + R() * 80) * 12 / 1e4;
    return { n, uh, up, ue, rh, rp, re };
  });
  const k = ['uh', 'up', 'ue', 'rh', 'rp', 're'];
  const T = {}; k.forEach((x) => (T[x] = sum(d.map((o) => o[x]))));
  const row = (n, o) => [n, N(o.uh, 0), N(o.up, 0), N(o.ue, 1), N(o.rh, 0), N(o.rp, 0), N(o.re, 1)];
  const rows = [['2023年全市城乡最低生活保障情况'], [null, null, null, null, null, null, '单位：户、人、万元'],
    ['地区', '城市低保', null, null, '农村低保', null, null], [null, '户数', '人数', '支出', '户数', '人数', '支出'],
    row('全市', T), ...d.map((o) => row(o.n, o)), ['注：支出为全年累计支出。']];
  return { sheets: [{ name: '低保', rows, merges: ['A1:G1', 'A3:A4', 'B3:D3', 'E3:G3'] }] };
}

// D: dibao standards (not summed) + persons; variant uniform standard shown on total row
function bD(seed, uniform) {
  const R = rng(seed);
  const us = uniform ? 780 : null, rs = uniform ? 6240 : null;
  const d = DISTS.map((n) => ({ n, us: us || 700 + 10 * ri(R, 0, 12), rs: rs || 5400 + 120 * ri(R, 0, 8), up: ri(R, 500, 4000), rp: ri(R, 1500, 9000) }));
  const TU = sum(d.map((o) => o.up)), TR = sum(d.map((o) => o.rp));
  const rows = [['2023年各地城乡低保标准及保障人数'], ['地区', '城市低保标准（元/人·月）', '农村低保标准（元/人·年）', '城市低保人数（人）', '农村低保人数（人）'],
    ...d.map((o) => [o.n, N(o.us), N(o.rs), N(o.up), N(o.rp)]),
    ['合计', uniform ? N(us) : '—', uniform ? N(rs) : '—', N(TU), N(TR)],
    [uniform ? '注：全市执行统一的城乡低保标准。' : '注：保障标准为各地2023年7月1日起执行标准。']];
  return { sheets: [{ name: '低保标准', rows, merges: ['A1:E1'] }] };
}

// E: fund income / expenditure / balance by type, 合计 on top, negative balance
function bE(seed) {
  const R = rng(seed);
  const types = [['城镇职工基本养老保险', 80000, 1.05], ['城乡居民基本养老保险', 22000, 0.97], ['职工基本医疗保险', 35000, 0.93], ['城乡居民基本医疗保险', 41000, 1.02], ['失业保险', 3200, 0.85], ['工伤保险', 2100, 1.12]];
  const d = types.map(([n, b, ratio]) => { const inc = b * (0.9 + R() * 0.2) + R(); const exp = inc * ratio * (0.98 + R() * 0.04) + R(); return { n, inc, exp, bal: inc - exp, cum: inc * (0.6 + R() * 1.2) }; });
  const T = { inc: sum(d.map((o) => o.inc)), exp: sum(d.map((o) => o.exp)), bal: sum(d.map((o) => o.bal)), cum: sum(d.map((o) => o.cum)) };
  const row = (n, o) => [n, N(o.inc, 1, true), N(o.exp, 1, true), N(o.bal, 1, true), N(o.cum, 1, true)];
  const rows = [['2023年社会保险基金收支情况'], ['单位：万元'], ['险种', '基金收入', '基金支出', '当年结余', '年末累计结余'],
    row('合计', T), ...d.map((o) => row(o.n, o)), ['注：当年结余为负表示当年收不抵支。']];
  return { sheets: [{ name: '基金收支', rows, merges: ['A1:E1'] }] };
}

// F: employment by year + unemployment rate (growth column in 百分点 for the rate)
function bF(seed) {
  const R = rng(seed);
  const ser = (b, v) => { const a = [Math.round(b)]; for (let i = 0; i < 2; i++) a.push(Math.round(a[i] * (1 - v + R() * 2 * v))); return a; };
  const xz = ser(ri(R, 5000, 9000), 0.08), zj = ser(ri(R, 1500, 2500), 0.1), kn = ser(ri(R, 300, 600), 0.12), sy = ser(ri(R, 3000, 4000), 0.06);
  const rate = [3.4, 3.3, 3.1];
  const line = (lab, a) => [lab, N(a[0], 0, true), N(a[1], 0, true), N(a[2], 0, true), G(a[2], a[1])];
  const rows = [['全县就业主要指标'], ['指标', '2021年', '2022年', '2023年', '2023年比上年增长（%）'],
    line('城镇新增就业人数（人）', xz), line('失业人员再就业人数（人）', zj), line('就业困难人员实现就业人数（人）', kn), line('年末城镇登记失业人数（人）', sy),
    ['城镇登记失业率（%）', N(rate[0], 1), N(rate[1], 1), N(rate[2], 1), N(rate[2] - rate[1], 1)],
    ['注：城镇登记失业率一栏“比上年增长”为比上年增减百分点。']];
  return { sheets: [{ name: '就业', rows, merges: ['A1:E1'] }] };
}

// G: 特困供养 by township; standard uniform and repeated on total row
function bG(seed) {
  const R = rng(seed); const std = 9360;
  const d = TOWNS.map((t) => { const jz = ri(R, 10, 80), fs_ = ri(R, 60, 300); return { t, jz, fs: fs_, all: jz + fs_, exp: (jz * (std + 6000) + fs_ * (std + 1200)) / 1e4 * (0.98 + R() * 0.04) }; });
  const T = { jz: sum(d.map((o) => o.jz)), fs: sum(d.map((o) => o.fs)), all: sum(d.map((o) => o.all)), exp: sum(d.map((o) => o.exp)) };
  const row = (n, o) => [n, N(o.all), N(o.jz), N(o.fs), N(std), N(o.exp, 2)];
  const rows = [['2023年特困人员救助供养情况'], ['乡镇', '特困供养人员（人）', null, null, '基本生活标准（元/人·年）', '供养资金支出（万元）'], [null, '合计', '集中供养', '分散供养', null, null],
    ...d.map((o) => row(o.t, o)), row('全县', T), ['注：基本生活标准全县统一执行。']];
  return { sheets: [{ name: '特困供养', rows, merges: ['A1:F1', 'A2:A3', 'B2:D2', 'E2:E3', 'F2:F3'] }] };
}

// H: dibao per-capita monthly subsidy (ratio, not summed)
function bH(seed) {
  const R = rng(seed);
  const d = DISTS.map((n) => { const p = ri(R, 800, 6000); const e = p * (300 + R() * 150) * 12 / 1e4; return { n, p, e }; });
  const T = { p: sum(d.map((o) => o.p)), e: sum(d.map((o) => o.e)) };
  const row = (n, o) => [n, N(o.p, 0, true), N(o.e, 1), N(o.e * 1e4 / o.p / 12, 1)];
  const rows = [['2023年农村低保资金支出及补助水平'], ['地区', '保障人数（人）', '全年支出（万元）', '月人均补助水平（元）'],
    row('全市', T), ...d.map((o) => row(o.n, o)), ['注：月人均补助水平=全年支出÷保障人数÷12。']];
  return { sheets: [{ name: '补助水平', rows, merges: ['A1:D1'] }] };
}

// I: medical insurance coverage rate by township
function bI(seed) {
  const R = rng(seed);
  const d = TOWNS.map((t) => { const y = ri(R, 8000, 40000); const s = Math.round(y * (0.93 + R() * 0.065)); return { t, y, s }; });
  const T = { y: sum(d.map((o) => o.y)), s: sum(d.map((o) => o.s)) };
  const row = (n, o) => [n, N(o.y, 0, true), N(o.s, 0, true), N(o.s / o.y * 100, 2)];
  const rows = [['2023年城乡居民基本医疗保险参保情况'], ['乡镇', '应参保人数（人）', '实际参保人数（人）', '参保率（%）'],
    ...d.map((o) => row(o.t, o)), row('合计', T)];
  return { sheets: [{ name: '医保参保率', rows, merges: ['A1:D1'] }] };
}

// J: years as rows, two groups with 合计
function bJ(seed) {
  const R = rng(seed);
  let zg = ri(R, 60000, 70000), jm = ri(R, 200000, 210000), zy = ri(R, 90000, 100000), jy = ri(R, 300000, 320000);
  const rows = [['2019—2023年养老、医疗保险参保人数'], ['单位：人'], ['年份', '基本养老保险', null, null, '基本医疗保险', null, null], [null, '合计', '城镇职工', '城乡居民', '合计', '职工', '城乡居民']];
  for (let y = 2019; y <= 2023; y++) {
    rows.push([`${y}年`, N(zg + jm, 0, true), N(zg, 0, true), N(jm, 0, true), N(zy + jy, 0, true), N(zy, 0, true), N(jy, 0, true)]);
    zg = Math.round(zg * (1 + R() * 0.05)); jm = Math.round(jm * (0.98 + R() * 0.03)); zy = Math.round(zy * (1 + R() * 0.04)); jy = Math.round(jy * (0.97 + R() * 0.03));
  }
  return { sheets: [{ name: '参保人数', rows, merges: ['A1:G1', 'A3:A4', 'B3:D3', 'E3:G3'] }] };
}

// K: monthly dibao, stock columns averaged in 全年 row, flow column summed, running cumulative
function bK(seed) {
  const R = rng(seed);
  let h = ri(R, 3000, 3500), p = Math.round(h * 1.7);
  const m = [];
  for (let i = 1; i <= 12; i++) { h += ri(R, -40, 30); p = Math.round(h * (1.65 + R() * 0.1)); m.push({ i, h, p, e: p * (480 + R() * 20) / 1e4 }); }
  let cum = 0;
  const rows = [['2023年城市低保分月保障情况'], ['月份', '月末保障户数（户）', '月末保障人数（人）', '当月支出（万元）', '累计支出（万元）']];
  for (const o of m) { cum += o.e; rows.push([`${o.i}月`, N(o.h), N(o.p), N(o.e, 1), N(cum, 1)]); }
  rows.push(['全年', N(sum(m.map((o) => o.h)) / 12), N(sum(m.map((o) => o.p)) / 12), N(cum, 1), N(cum, 1)]);
  rows.push(['注：全年户数、人数为月平均数。']);
  return { sheets: [{ name: '分月', rows, merges: ['A1:E1'] }] };
}

// L: unemployment insurance fund: 上年末 + 收入 − 支出 = 年末
function bL(seed) {
  const R = rng(seed);
  const d = DISTS.map((n) => { const prev = 2000 + R() * 9000; const inc = 600 + R() * 2500; const exp = inc * (0.7 + R() * 0.6); return { n, prev, inc, exp, bal: inc - exp, end: prev + inc - exp }; });
  const k = ['prev', 'inc', 'exp', 'bal', 'end']; const T = {}; k.forEach((x) => (T[x] = sum(d.map((o) => o[x]))));
  const row = (n, o) => [n, ...k.map((x) => N(o[x], 1))];
  const rows = [['2023年失业保险基金收支情况'], [null, null, null, null, null, '单位：万元'],
    ['地区', '上年末累计结余', '本年基金收入', '本年基金支出', '本年结余', '年末累计结余'],
    ...d.map((o) => row(o.n, o)), row('全市', T)];
  return { sheets: [{ name: '失业保险基金', rows, merges: ['A1:F1'] }] };
}

// M: vertical indicator table with unit column, current year first
function bM(seed) {
  const R = rng(seed);
  const p = (b, lo = 0.98, hi = 1.06) => { const prev = Math.round(b); return [Math.round(prev * (lo + R() * (hi - lo))), prev]; }; // [cur, prev]
  const zz = p(ri(R, 22000, 26000)), tx = p(ri(R, 7000, 9000));
  const zg = [zz[0] + tx[0], zz[1] + tx[1]];
  const jm = p(ri(R, 300000, 330000), 0.96, 1.01);
  const inc = [48000 + R() * 3000, 45000 + R() * 2000], exp = [inc[0] * 0.9, inc[1] * 0.92];
  const bal = [inc[0] - exp[0], inc[1] - exp[1]];
  const L = (lab, u, a, d = 0) => [lab, u, N(a[0], d, true), N(a[1], d, true), G(a[0], a[1])];
  const rows = [['县医疗保障主要指标'], ['指标名称', '计量单位', '2023年', '2022年', '增长（%）'],
    L('城镇职工基本医疗保险参保人数', '人', zg), L('　其中：在职职工', '人', zz), L('　　　　退休人员', '人', tx),
    L('城乡居民基本医疗保险参保人数', '人', jm),
    L('基本医疗保险基金收入', '万元', inc, 1), L('基本医疗保险基金支出', '万元', exp, 1), L('基本医疗保险基金当年结余', '万元', bal, 1)];
  return { sheets: [{ name: '医保指标', rows, merges: ['A1:E1'] }] };
}

// N: 城乡居民养老 fund, years as columns, 当年结余 turns negative, 累计结余 chains
function bN(seed) {
  const R = rng(seed);
  const gr = 0.9 + R() * 0.1;
  const grz = [6200 + R() * 300, 0], czbt = [14000 + R() * 500, 0];
  grz[1] = grz[0] * (1.02 + R() * 0.04); czbt[1] = czbt[0] * (1.01 + R() * 0.03);
  const lx = [800 + R() * 100, 760 + R() * 100];
  const inc = [grz[0] + czbt[0] + lx[0], grz[1] + czbt[1] + lx[1]];
  const exp = [inc[0] * 0.97, inc[1] * 1.04 * gr / gr];
  const bal = [inc[0] - exp[0], inc[1] - exp[1]];
  const cumPrev = 30000 + R() * 2000; const cum = [cumPrev, cumPrev + bal[1]];
  const L = (lab, a) => [lab, N(a[0], 1, true), N(a[1], 1, true), a[0] > 0 && a[1] > 0 ? G(a[1], a[0]) : '—'];
  const rows = [['城乡居民基本养老保险基金收支情况'], [null, null, null, '单位：万元'], ['项目', '2022年', '2023年', '比上年增长（%）'],
    L('基金收入', inc), L('　其中：个人缴费', grz), L('　　　　财政补贴', czbt), L('基金支出', exp), L('当年结余', bal), L('年末累计结余', cum),
    ['注：基金收入还包括利息收入等；2023年当年收不抵支，动用历年累计结余。']];
  return { sheets: [{ name: '居民养老基金', rows, merges: ['A1:D1'] }] };
}

// O: employment by township, 其中 column not a partition, 合计 at bottom
function bO(seed) {
  const R = rng(seed);
  const d = TOWNS.map((t) => { const x = ri(R, 200, 1500); return [t, x, Math.round(x * (0.05 + R() * 0.1)), ri(R, 50, 400), ri(R, 800, 5000)]; });
  const T = ['合计', ...[1, 2, 3, 4].map((i) => sum(d.map((o) => o[i])))];
  const rows = [['2023年各乡镇就业工作情况'], ['单位：人'], ['乡镇', '城镇新增就业人数', '其中：就业困难人员就业', '失业人员再就业人数', '农村劳动力转移就业人数'],
    ...d.map((o) => o.map((v) => (typeof v === 'number' ? N(v) : v))), T.map((v) => (typeof v === 'number' ? N(v) : v))];
  return { sheets: [{ name: '就业', rows, merges: ['A1:E1'] }] };
}

// P: dibao by year, two-level with 合计 group
function bP(seed) {
  const R = rng(seed);
  let uh = ri(R, 5000, 6000), rh = ri(R, 15000, 17000);
  const rows = [['2019—2023年城乡低保情况'], [null, null, null, null, null, null, null, '单位：户、人、万元'],
    ['年份', '合计', null, '城市低保', null, null, '农村低保', null, null], [null, '户数', '人数', '户数', '人数', '支出', '户数', '人数', '支出']];
  for (let y = 2019; y <= 2023; y++) {
    const up = Math.round(uh * (1.6 + R() * 0.1)), rp = Math.round(rh * (1.8 + R() * 0.2));
    const ue = up * (5000 + R() * 300) / 1e4, re = rp * (3300 + R() * 300) / 1e4;
    rows.push([`${y}年`, N(uh + rh), N(up + rp), N(uh), N(up), N(ue, 1), N(rh), N(rp), N(re, 1)]);
    uh = Math.round(uh * (0.93 + R() * 0.05)); rh = Math.round(rh * (0.95 + R() * 0.05));
  }
  return { sheets: [{ name: '城乡低保', rows, merges: ['A1:I1', 'A3:A4', 'B3:C3', 'D3:F3', 'G3:I3'] }] };
}

// Q: social assistance summary with unit column, standards included
function bQ(seed) {
  const R = rng(seed);
  const p = (b, lo, hi) => { const prev = Math.round(b); return [Math.round(prev * (lo + R() * (hi - lo))), prev]; };
  const cs = p(ri(R, 6000, 8000), 0.9, 1.0), ns = p(ri(R, 20000, 26000), 0.92, 1.0);
  const jz = p(ri(R, 300, 500), 0.95, 1.05), fs_ = p(ri(R, 1500, 2200), 0.95, 1.05);
  const tk = [jz[0] + fs_[0], jz[1] + fs_[1]];
  const ls = p(ri(R, 2000, 3000), 0.9, 1.2);
  const cstd = [760, 720], nstd = [6240, 5880];
  const zc = [(cs[0] * 520 * 12 + ns[0] * 300 * 12) / 1e4, (cs[1] * 500 * 12 + ns[1] * 285 * 12) / 1e4];
  const L = (lab, u, a, d = 0) => [lab, u, N(a[0], d, true), N(a[1], d, true), G(a[0], a[1])];
  const rows = [['社会救助主要指标'], ['指标', '单位', '2023年', '2022年', '比上年增长（%）'],
    L('城市低保保障人数', '人', cs), L('城市低保保障标准', '元/人·月', cstd), L('农村低保保障人数', '人', ns), L('农村低保保障标准', '元/人·年', nstd),
    L('特困供养人员', '人', tk), L('　其中：集中供养', '人', jz), L('　　　　分散供养', '人', fs_),
    L('临时救助', '人次', ls), L('城乡低保资金支出', '万元', zc, 1)];
  return { sheets: [{ name: '社会救助', rows, merges: ['A1:E1'] }] };
}

// R: retirees and average monthly pension (weighted average on total row)
function bR(seed) {
  const R = rng(seed);
  const types = ['企业', '机关事业单位', '灵活就业人员'];
  const d = types.map((n) => { const p = ri(R, 3000, 20000); const avg = 2400 + R() * 2500; return { n, p, avg, e: p * avg * 12 / 1e4 }; });
  const T = { p: sum(d.map((o) => o.p)), e: sum(d.map((o) => o.e)) }; T.avg = T.e * 1e4 / T.p / 12;
  const row = (n, o) => [n, N(o.p, 0, true), N(o.avg, 0, true), N(o.e, 1, true)];
  const rows = [['2023年城镇职工基本养老保险离退休人员待遇情况'], ['类别', '离退休人员（人）', '月人均基本养老金（元）', '全年养老金支出（万元）'],
    row('合计', T), ...d.map((o) => row(o.n, o))];
  return { sheets: [{ name: '养老金待遇', rows, merges: ['A1:D1'] }] };
}


// S: township rows with 城区小计 / 乡镇小计 subtotals plus 全县 total
function bS(seed) {
  const R = rng(seed);
  const urban = ['城关镇', '东关街道', '西城街道'], rural = ['新华镇', '柳林镇', '石桥乡', '河口乡', '马家堡镇'];
  const mk = (t) => { const h = ri(R, 100, 900); const p = Math.round(h * (1.5 + R() * 0.6)); return { t, h, p, e: p * (300 + R() * 100) * 12 / 1e4 }; };
  const U = urban.map(mk), Rr = rural.map(mk);
  const agg = (a, t) => ({ t, h: sum(a.map((o) => o.h)), p: sum(a.map((o) => o.p)), e: sum(a.map((o) => o.e)) });
  const row = (o, ind = '') => [ind + o.t, N(o.h), N(o.p), N(o.e, 1)];
  const rows = [['2023年各乡镇（街道）农村低保情况'], ['单位：户、人、万元'], ['乡镇（街道）', '户数', '人数', '支出'],
    row(agg([...U, ...Rr], '全县')), row(agg(U, '城区小计')), ...U.map((o) => row(o, '　')), row(agg(Rr, '乡镇小计')), ...Rr.map((o) => row(o, '　'))];
  return { sheets: [{ name: '分乡镇', rows, merges: ['A1:D1'] }] };
}

// T: standard column whose total row is the persons-weighted average (labelled 全市平均)
function bT(seed) {
  const R = rng(seed);
  const d = DISTS.map((n) => ({ n, s: 700 + 10 * ri(R, 0, 12), p: ri(R, 500, 4000), h: 0 }));
  d.forEach((o) => (o.h = Math.round(o.p / (1.5 + R() * 0.4))));
  const P = sum(d.map((o) => o.p)), H = sum(d.map((o) => o.h)), S = sum(d.map((o) => o.s * o.p)) / P;
  const rows = [['2023年城市低保标准及保障对象'], ['地区', '保障标准（元/人·月）', '保障户数（户）', '保障人数（人）'],
    ['全市', N(S, 0), N(H), N(P)], ...d.map((o) => [o.n, N(o.s), N(o.h), N(o.p)]),
    ['注：全市保障标准为按保障人数加权的平均标准。']];
  return { sheets: [{ name: '城市低保', rows, merges: ['A1:D1'] }] };
}

// U: registered unemployment rate by township; rate total from totals; change in 百分点
function bU(seed) {
  const R = rng(seed);
  const d = TOWNS.slice(0, 6).map((t) => { const lab = ri(R, 8000, 30000); const u = Math.round(lab * (0.02 + R() * 0.02)); const u0 = Math.round(u * (0.95 + R() * 0.12)); const lab0 = Math.round(lab * (0.98 + R() * 0.03)); return { t, lab, u, u0, lab0 }; });
  const T = { t: '全县', lab: sum(d.map((o) => o.lab)), u: sum(d.map((o) => o.u)), u0: sum(d.map((o) => o.u0)), lab0: sum(d.map((o) => o.lab0)) };
  const row = (o) => { const r1 = o.u / (o.lab) * 100, r0 = o.u0 / o.lab0 * 100; return [o.t, N(o.u), N(o.lab, 0, true), N(r1, 2), N(rd(r1, 2) - rd(r0, 2), 2)]; };
  const rows = [['2023年各乡镇城镇登记失业情况'], ['乡镇', '登记失业人数（人）', '从业人员及登记失业人员（人）', '登记失业率（%）', '比上年增减（百分点）'],
    ...d.map(row), row(T)];
  return { sheets: [{ name: '登记失业', rows, merges: ['A1:E1'] }] };
}

// V: two sheets: summary totals + district detail (cross-table agreement)
function bV(seed) {
  const R = rng(seed);
  const d = DISTS.map((n) => ({ n, a: ri(R, 20000, 90000), b: ri(R, 5000, 20000), c: ri(R, 10000, 40000) }));
  const T = { a: sum(d.map((o) => o.a)), b: sum(d.map((o) => o.b)), c: sum(d.map((o) => o.c)) };
  const det = [['分地区失业、工伤、生育保险参保人数'], ['单位：人'], ['地区', '失业保险', '工伤保险', '生育保险'],
    ...d.map((o) => [o.n, N(o.a, 0, true), N(o.b, 0, true), N(o.c, 0, true)]), ['全市', N(T.a, 0, true), N(T.b, 0, true), N(T.c, 0, true)]];
  const sumSheet = [['全市社会保险参保人数汇总'], ['指标', '单位', '2023年'], ['失业保险参保人数', '人', N(T.a, 0, true)], ['工伤保险参保人数', '人', N(T.b, 0, true)], ['生育保险参保人数', '人', N(T.c, 0, true)]];
  return { sheets: [{ name: '汇总', rows: sumSheet, merges: ['A1:C1'] }, { name: '分地区', rows: det, merges: ['A1:D1'] }] };
}

// W: years as rows with 五年累计 row for flows (stock column: 年末 only, cumulative row shows '—')
function bW(seed) {
  const R = rng(seed);
  const rows = [['“十四五”以来就业情况'], ['年份', '城镇新增就业人数（人）', '失业人员再就业人数（人）', '年末城镇登记失业人数（人）', '城镇登记失业率（%）']];
  const xs = [], zs = [];
  for (let y = 2021; y <= 2023; y++) { const x = ri(R, 5000, 7000), z = ri(R, 1500, 2500); xs.push(x); zs.push(z); rows.push([`${y}年`, N(x), N(z), N(ri(R, 3000, 3800)), N(3 + R() * 0.5, 1)]); }
  rows.push(['三年累计', N(sum(xs)), N(sum(zs)), '—', '—']);
  return { sheets: [{ name: '就业', rows, merges: ['A1:E1'] }] };
}

// X: fund by year, money only, three rows (growth column)
function bX(seed) {
  const R = rng(seed);
  const inc = [3100 + R() * 200, 0]; inc[1] = inc[0] * (1.03 + R() * 0.05);
  const exp = [inc[0] * 0.8, inc[1] * 0.9];
  const cum = [5200 + R() * 300, 0]; cum[1] = cum[0] + inc[1] - exp[1];
  const L = (lab, a) => [lab, N(a[0], 1), N(a[1], 1), G(a[1], a[0])];
  const rows = [['失业保险基金收支情况'], [null, null, null, '单位：万元'], ['项目', '2022年', '2023年', '比上年增长（%）'],
    L('基金收入', inc), L('基金支出', exp), L('年末累计结余', cum)];
  return { sheets: [{ name: '失业基金', rows, merges: ['A1:D1'] }] };
}

const manifest = {};
const jobs = [];
function add(file, spec, pl) { manifest[file] = pl || null; jobs.push([file, spec]); }

// ---- clean ----
add('c01_pension_township.xlsx', bA(101));
add('c02_insurance_by_type_years.xlsx', bB(102));
add('c03_dibao_twolevel.xlsx', bC(103));
add('c04_dibao_standards_dash.xlsx', bD(104, false));
add('c04b_dibao_standards_uniform.xlsx', bD(1041, true));
add('c05_fund_balance.xlsx', bE(105));
add('c06_employment_years_rate.xlsx', bF(106));
add('c07_tekun_township.xlsx', bG(107));
add('c08_dibao_percapita.xlsx', bH(108));
add('c09_medical_coverage_rate.xlsx', bI(109));
add('c10_pension_medical_years.xlsx', bJ(110));
add('c11_dibao_monthly.xlsx', bK(111));
add('c12_unemp_fund_chain.xlsx', bL(112));
add('c13_medical_indicators_unitcol.xlsx', bM(113));
add('c14_resident_pension_fund_neg.xlsx', bN(114));
add('c15_employment_township.xlsx', bO(115));
add('c16_dibao_years_twolevel.xlsx', bP(116));
add('c17_assistance_summary.xlsx', bQ(117));
add('c18_retiree_avg_pension.xlsx', bR(118));

add('c19_township_subtotals.xlsx', bS(119));
add('c20_standard_weighted_avg.xlsx', bT(120));
add('c21_unemp_rate_township_pp.xlsx', bU(121));
add('c22_two_sheets_summary_detail.xlsx', bV(122));
add('c23_years_cumulative_row.xlsx', bW(123));
add('c24_unemp_fund_years_money.xlsx', bX(124));

// ---- planted ----
let s;
s = bA(201); add('p01_pension_total_wrong.xlsx', s, plant(s, '全县', 1, (v) => v + 100, '全县 参保人数 total off by +100'));
s = bO(202); add('p02_employment_qizhong_exceeds.xlsx', s, plant(s, '石桥乡', 2, (v) => s.sheets[0].rows.find((r) => r[0] === '石桥乡')[1].v + 37, '其中：就业困难人员就业 larger than 城镇新增就业'));
s = bC(203); add('p03_dibao_total_transposed.xlsx', s, plant(s, '全市', 6, (v) => { const t = v.toFixed(1); const a = t.split(''); const i = a.length - 5; [a[i], a[i + 1]] = [a[i + 1], a[i]]; return +a.join(''); }, '全市 农村低保 支出 with two digits transposed'));
s = bE(204); add('p04_fund_balance_sign_lost.xlsx', s, plant(s, '工伤保险', 3, (v) => Math.abs(v), '工伤保险 当年结余 sign lost (收入−支出 is negative)'));
s = bB(205); add('p05_insurance_growth_wrong.xlsx', s, plant(s, '失业保险参保人数', 3, (v) => rd(v + 4.3, 1), '失业保险 growth rate does not match 2022/2023'));
s = bI(206); add('p06_coverage_rate_wrong.xlsx', s, plant(s, '新华镇', 3, (v) => rd(v - 3.1, 2), '新华镇 参保率 not equal 实际/应参保'));
s = bH(207); add('p07_percapita_wrong.xlsx', s, plant(s, '南山区', 3, (v) => rd(v * 1.25, 1), '南山区 月人均补助水平 ≠ 支出÷人数÷12'));
s = bC(208); add('p08_dibao_digit_lost.xlsx', s, plant(s, '北湖区', 2, (v) => Math.floor(v / 10), '北湖区 城市低保人数 lost a digit'));
s = bG(209); add('p09_tekun_subtotal_wrong.xlsx', s, plant(s, '柳林镇', 1, (v) => v + 10, '柳林镇 特困合计 ≠ 集中+分散'));
s = bF(210); add('p10_employment_growth_wrong.xlsx', s, plant(s, '城镇新增就业人数（人）', 4, (v) => rd(v + 6.2, 1), '城镇新增就业 growth off by 6.2 points'));
s = bL(211); add('p11_unemp_fund_end_wrong.xlsx', s, plant(s, '临江县', 5, (v) => rd(v + 500, 1), '临江县 年末累计结余 ≠ 上年末 + 本年结余'));
s = bM(212); add('p12_medical_retirees_exceed.xlsx', s, plant(s, '退休人员', 2, (v) => v * 10 + 3, '2023 退休人员 (其中) larger than 城镇职工医保参保人数 (digit added)'));
s = bP(213); add('p13_dibao_years_total_wrong.xlsx', s, plant(s, '2022年', 2, (v) => v - 1000, '2022 合计人数 ≠ 城市+农村'));
s = bJ(214); add('p14_pension_years_total_wrong.xlsx', s, plant(s, '2021年', 1, (v) => v + 2000, '2021 基本养老 合计 ≠ 城镇职工+城乡居民'));
s = bQ(215); add('p15_tekun_qizhong_exceeds.xlsx', s, plant(s, '其中：集中供养', 2, (v) => s.sheets[0].rows.find((r) => r[0] === '特困供养人员')[2].v + 123, '2023 其中集中供养 larger than 特困供养人员'));
s = bE(216); add('p16_fund_total_digit_lost.xlsx', s, plant(s, '合计', 1, (v) => rd(Math.floor(v / 10), 1), '合计 基金收入 lost a digit'));
s = bK(217); add('p17_monthly_total_wrong.xlsx', s, plant(s, '全年', 3, (v) => rd(v - 120, 1), '全年 当月支出 total ≠ sum of months (and ≠ 12月累计)'));
s = bN(218); add('p18_resident_fund_balance_wrong.xlsx', s, plant(s, '当年结余', 1, (v) => rd(v + 300, 1), '2022 当年结余 ≠ 基金收入 − 基金支出'));

s = bX(219); add('p19_fund_years_growth_wrong.xlsx', s, plant(s, '基金支出', 3, (v) => rd(v + 5, 1), '基金支出 比上年增长 off by 5 points (万元 table)'));
s = bS(220); add('p20_subtotal_wrong.xlsx', s, plant(s, '城区小计', 2, (v) => v + 90, '城区小计 人数 ≠ sum of its three 街道/镇'));
s = bU(221); add('p21_unemp_rate_wrong.xlsx', s, plant(s, '石桥乡', 3, (v) => rd(v + 1.2, 2), '石桥乡 登记失业率 ≠ 失业人数/(从业+失业)'));
s = bV(222); add('p22_summary_vs_detail.xlsx', s, plant(s, '工伤保险参保人数', 2, (v) => v + 1000, '汇总 sheet 工伤保险 ≠ 分地区 全市'));

(async () => {
  for (const [f, sp] of jobs) await write(f, sp);
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', jobs.length);
})();
