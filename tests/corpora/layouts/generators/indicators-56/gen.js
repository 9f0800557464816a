// Generator for round 56B: indicator tables whose rows state their own units.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'cases');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

// ---------- helpers ----------
let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function uni(a, b) { return a + (b - a) * rnd(); }
function rd(v, d) { const f = Math.pow(10, d); return Math.round((v + (v >= 0 ? 1e-9 : -1e-9)) * f) / f; }
// a figure with a number of decimals
function N(v, d = 0) { return { v: rd(v, d), d }; }
// growth (%) from two rounded figures, one decimal
function G(a, b, d = 1) { const av = a.v !== undefined ? a.v : a, bv = b.v !== undefined ? b.v : b; return N((bv - av) / av * 100, d); }
function sumN(parts, d) { return N(parts.reduce((s, p) => s + p.v, 0), d); }
const colL = i => String.fromCharCode(65 + i);
const IND = '　　'; // full-width indent

// sheet spec: {name, title, sub, header:[...], rows:[[label, unit, ...vals]], notes:[...], indentRows:{rowIdx:level}}
async function writeBook(file, sheets, plant) {
  let plantAddr = null;
  if (plant) {
    const sh = sheets.find(s => s.name === plant.sheet) || sheets[0];
    const ri = sh.rows.findIndex(r => r[0] === plant.label);
    if (ri < 0) throw new Error('plant label not found: ' + plant.label + ' in ' + file);
    const old = sh.rows[ri][plant.col];
    const nv = typeof plant.value === 'function' ? plant.value(old) : plant.value;
    sh.rows[ri][plant.col] = typeof nv === 'object' ? nv : N(nv, old.d);
    const r0 = (sh.title ? 1 : 0) + (sh.sub ? 1 : 0) + 1; // header row number
    plantAddr = (file.endsWith('.csv') ? file.replace(/\.csv$/, '') : sh.name) + '!' + colL(plant.col) + (r0 + 1 + ri);
    plant.oldValue = old && old.v; plant.newValue = sh.rows[ri][plant.col].v;
  }
  if (file.endsWith('.csv')) {
    const sh = sheets[0];
    const lines = [];
    if (sh.title) lines.push(sh.title);
    if (sh.sub) lines.push(sh.sub);
    lines.push(sh.header.join(','));
    for (const r of sh.rows) lines.push(r.map(c => c == null ? '' : (typeof c === 'object' ? c.v.toFixed(c.d) : String(c))).map(s => /[,"]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s).join(','));
    for (const n of sh.notes || []) lines.push(n);
    fs.writeFileSync(path.join(OUT, file), lines.join('\n') + '\n');
  } else {
    const wb = new ExcelJS.Workbook();
    for (const sh of sheets) {
      const ws = wb.addWorksheet(sh.name);
      let r = 1;
      if (sh.title) { ws.getCell(r, 1).value = sh.title; ws.mergeCells(r, 1, r, sh.header.length); ws.getCell(r, 1).alignment = { horizontal: 'center' }; ws.getCell(r, 1).font = { bold: true, size: 14 }; r++; }
      if (sh.sub) { ws.getCell(r, 1).value = sh.sub; r++; }
      sh.header.forEach((h, i) => { const c = ws.getCell(r, i + 1); c.value = h; c.font = { bold: true }; c.alignment = { horizontal: 'center', wrapText: true }; });
      r++;
      sh.rows.forEach((row, ri) => {
        row.forEach((c, i) => {
          const cell = ws.getCell(r, i + 1);
          if (c == null) return;
          if (typeof c === 'object') { cell.value = c.v; cell.numFmt = c.d === 0 ? '0' : '0.' + '0'.repeat(c.d); }
          else cell.value = c;
          if (i === 0 && sh.alignIndent && sh.alignIndent[ri]) cell.alignment = { indent: sh.alignIndent[ri] };
        });
        r++;
      });
      for (const n of sh.notes || []) { ws.getCell(r, 1).value = n; ws.mergeCells(r, 1, r, sh.header.length); r++; }
      ws.getColumn(1).width = 34; for (let i = 2; i <= sh.header.length; i++) ws.getColumn(i).width = 13;
    }
    await wb.xlsx.writeFile(path.join(OUT, file));
  }
  return plantAddr;
}

// ---------- table builders (each returns sheets) ----------
function gdpParts(total, shares, d) { // split total into parts (rounded), total = exact sum of rounded parts
  const parts = shares.map(s => N(total * s, d));
  return { parts, total: sumN(parts, d) };
}

// 1 communiqué main indicators: 2024 + growth (real), single figure column
function bGdpCommunique(county) {
  const g = gdpParts(uni(250, 600), [uni(.07, .12), uni(.35, .45), 0], 2);
  g.parts[2] = N(uni(250, 600) * .5, 2); const parts = g.parts; const tot = sumN(parts, 2);
  const gr = [N(uni(2.5, 4), 1), N(uni(5, 8), 1), N(uni(4, 6.5), 1)];
  const tg = N(parts.reduce((s, p, i) => s + p.v * gr[i].v, 0) / tot.v, 1);
  const pop = uni(60, 110); const perCap = N(tot.v * 1e8 / (pop * 1e4), 0);
  const rev = N(uni(20, 45), 2), tax = N(rev.v * uni(.6, .75), 2);
  const sh = [(parts[0].v / tot.v * 100), (parts[1].v / tot.v * 100)].map(x => rd(x, 1)); sh.push(rd(100 - sh[0] - sh[1], 1));
  return [{ name: '主要指标', title: county + '2024年国民经济和社会发展主要指标', sub: '', header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['地区生产总值', '亿元', tot, tg],
      [IND + '第一产业', '亿元', parts[0], gr[0]],
      [IND + '第二产业', '亿元', parts[1], gr[1]],
      [IND + '第三产业', '亿元', parts[2], gr[2]],
      ['三次产业结构', '%', sh.map(x => x.toFixed(1)).join(':'), null],
      ['人均地区生产总值', '元', perCap, N(tg.v - 0.3, 1)],
      ['规模以上工业增加值', '亿元', N(parts[1].v * .62, 2), N(gr[1].v + 0.8, 1)],
      ['一般公共预算收入', '亿元', rev, N(uni(1, 6), 1)],
      [IND + '其中：税收收入', '亿元', tax, N(uni(-3, 4), 1)],
      ['社会消费品零售总额', '亿元', N(tot.v * .38, 2), N(uni(3, 6), 1)],
    ], notes: ['注：地区生产总值、各产业增加值按现价计算，增长速度按不变价格计算。'] }];
}

// 2 two-period GDP table with nominal growth
function bGdpTwoPeriod(county, csv) {
  const p23 = [N(uni(30, 60), 2), N(uni(150, 260), 2), N(uni(180, 300), 2)];
  const p24 = p23.map(p => N(p.v * uni(1.02, 1.08), 2));
  const t23 = sumN(p23, 2), t24 = sumN(p24, 2);
  const ind23 = N(p23[1].v * .78, 2), ind24 = N(p24[1].v * .78 * 1.01, 2);
  const fin23 = N(p23[2].v * .09, 2), fin24 = N(fin23.v * 1.05, 2);
  const rows = [
    ['地区生产总值', '亿元', t23, t24, G(t23, t24)],
    ['第一产业增加值', '亿元', p23[0], p24[0], G(p23[0], p24[0])],
    ['第二产业增加值', '亿元', p23[1], p24[1], G(p23[1], p24[1])],
    ['　其中：工业增加值', '亿元', ind23, ind24, G(ind23, ind24)],
    ['第三产业增加值', '亿元', p23[2], p24[2], G(p23[2], p24[2])],
    ['　其中：金融业增加值', '亿元', fin23, fin24, G(fin23, fin24)],
  ];
  const pop23 = 85.3, pop24 = 84.9;
  const pc23 = N(t23.v * 1e8 / ((pop23 + 86.0) / 2 * 1e4), 0), pc24 = N(t24.v * 1e8 / ((pop23 + pop24) / 2 * 1e4), 0);
  rows.push(['人均地区生产总值', '元', pc23, pc24, G(pc23, pc24)]);
  rows.push(['年末常住人口', '万人', N(pop23, 1), N(pop24, 1), G(N(pop23, 1), N(pop24, 1))]);
  return [{ name: csv ? 'gdp' : 'Sheet1', title: county + '地区生产总值主要指标', sub: csv ? null : '（现价）', header: ['指标', '单位', '2023年', '2024年', '增长%'], rows,
    notes: ['注：本表按现价计算。'] }];
}

// 3 population
function bPopulation(county) {
  const urb = N(uni(25, 45), 2), rur = N(uni(35, 60), 2), tot = sumN([urb, rur], 2);
  const births = N(tot.v * 1e4 * uni(.006, .009), 0), deaths = N(tot.v * 1e4 * uni(.007, .009), 0);
  const avg = tot.v + 0.12; // average of start/end population (start slightly higher)
  const br = N(births.v / (avg * 1e4) * 1000, 2), dr = N(deaths.v / (avg * 1e4) * 1000, 2);
  const res = N(tot.v * .93, 1), resUrb = N(res.v * uni(.48, .6), 1);
  return [{ name: '人口', title: county + '2024年末人口主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增减'],
    rows: [
      ['年末户籍人口', '万人', tot, N(-0.31, 2)],
      ['　城镇人口', '万人', urb, N(0.42, 2)],
      ['　乡村人口', '万人', rur, N(-0.73, 2)],
      ['户籍人口城镇化率', '%', N(urb.v / tot.v * 100, 1), N(uni(.5, 1), 1)],
      ['出生人口', '人', births, N(-412, 0)],
      ['出生率', '‰', br, N(-0.45, 2)],
      ['死亡人口', '人', deaths, N(130, 0)],
      ['死亡率', '‰', dr, N(0.18, 2)],
      ['自然增长率', '‰', N(br.v - dr.v, 2), N(-0.63, 2)],
      ['年末常住人口', '万人', res, N(-0.4, 1)],
      ['　其中：城镇常住人口', '万人', resUrb, N(0.6, 1)],
      ['常住人口城镇化率', '%', N(resUrb.v / res.v * 100, 2), N(0.9, 2)],
    ], notes: ['注：出生率、死亡率按年平均户籍人口计算。'] }];
}

// 4 social organisations
function bSocialOrg(county) {
  const a23 = [N(uni(300, 600), 0), N(uni(400, 800), 0), N(uni(5, 20), 0)];
  const a24 = a23.map(x => N(x.v + Math.round(uni(-10, 40)), 0));
  const t23 = sumN(a23, 0), t24 = sumN(a24, 0);
  const pop23 = 92.6, pop24 = 92.1;
  const d23 = N(t23.v / pop23, 2), d24 = N(t24.v / pop24, 2);
  const e23 = N(uni(5000, 9000), 0), e24 = N(e23.v * 1.04, 0);
  return [{ name: '社会组织', title: county + '社会组织发展情况', sub: null, header: ['指标', '单位', '2023年', '2024年', '比上年增长(%)'],
    rows: [
      ['登记社会组织', '个', t23, t24, G(t23, t24)],
      ['　社会团体', '个', a23[0], a24[0], G(a23[0], a24[0])],
      ['　民办非企业单位', '个', a23[1], a24[1], G(a23[1], a24[1])],
      ['　基金会', '个', a23[2], a24[2], G(a23[2], a24[2])],
      ['每万人拥有社会组织', '个', d23, d24, G(d23, d24)],
      ['社会组织从业人员', '人', e23, e24, G(e23, e24)],
    ], notes: ['注：每万人拥有社会组织数按年末户籍人口计算（2023年92.6万人，2024年92.1万人）。'] }];
}

// 5 fiscal
function bFiscal(county) {
  const rev = N(uni(150000, 400000), 0), tax = N(rev.v * uni(.62, .74), 0);
  const exp = N(rev.v * uni(2.2, 3.1), 0);
  const edu = N(exp.v * .17, 0), soc = N(exp.v * .14, 0), hea = N(exp.v * .09, 0), agr = N(exp.v * .13, 0);
  return [{ name: '财政', title: county + '2024年财政收支情况', sub: '单位：见各行', header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['一、财政收支', null, null, null],
      ['一般公共预算收入', '万元', rev, N(3.6, 1)],
      ['　其中：税收收入', '万元', tax, N(-1.8, 1)],
      ['税收收入占一般公共预算收入比重', '%', N(tax.v / rev.v * 100, 1), null],
      ['一般公共预算支出', '万元', exp, N(5.2, 1)],
      ['　其中：教育支出', '万元', edu, N(4.1, 1)],
      ['　　　　社会保障和就业支出', '万元', soc, N(7.9, 1)],
      ['　　　　卫生健康支出', '万元', hea, N(-2.3, 1)],
      ['　　　　农林水支出', '万元', agr, N(6.0, 1)],
      ['二、金融', null, null, null],
      ['金融机构本外币存款余额', '亿元', N(uni(300, 500), 2), N(8.1, 1)],
      ['　其中：住户存款', '亿元', N(uni(200, 280), 2), N(11.4, 1)],
      ['金融机构本外币贷款余额', '亿元', N(uni(250, 400), 2), N(6.5, 1)],
    ], notes: ['注：财政数据为快报数。'] }];
}

// 6 investment: growth only (one figure column)
function bInvestGrowth(county) {
  return [{ name: '投资', title: county + '2024年固定资产投资增长情况', sub: null, header: ['指标', '单位', '比上年增长(%)'],
    rows: [
      ['固定资产投资（不含农户）', '%', N(4.3, 1)],
      ['　其中：工业投资', '%', N(12.6, 1)],
      ['　　　　民间投资', '%', N(-3.1, 1)],
      ['　　　　房地产开发投资', '%', N(-11.8, 1)],
      ['　　　　基础设施投资', '%', N(6.9, 1)],
      ['按产业分', null, null],
      ['　第一产业', '%', N(18.2, 1)],
      ['　第二产业', '%', N(12.1, 1)],
      ['　第三产业', '%', N(-1.4, 1)],
    ] }];
}

// 7 investment with values, overlapping partial breakdown (sum of 其中 > whole)
function bInvestValues(county) {
  const t23 = N(uni(400, 600), 2), t24 = N(t23.v * 1.043, 2);
  const ind23 = N(t23.v * .36, 2), ind24 = N(ind23.v * 1.126, 2);
  const pri23 = N(t23.v * .52, 2), pri24 = N(pri23.v * .969, 2);
  const re23 = N(t23.v * .22, 2), re24 = N(re23.v * .882, 2);
  return [{ name: '固定资产投资', title: county + '固定资产投资主要指标', sub: null, header: ['指标', '单位', '2023年', '2024年', '增长(%)'],
    rows: [
      ['固定资产投资', '亿元', t23, t24, G(t23, t24)],
      ['　其中：工业投资', '亿元', ind23, ind24, G(ind23, ind24)],
      ['　　　　民间投资', '亿元', pri23, pri24, G(pri23, pri24)],
      ['　　　　房地产开发投资', '亿元', re23, re24, G(re23, re24)],
      ['商品房销售面积', '万平方米', N(152.4, 1), N(131.7, 1), G(N(152.4, 1), N(131.7, 1))],
      ['　其中：住宅', '万平方米', N(133.9, 1), N(114.2, 1), G(N(133.9, 1), N(114.2, 1))],
    ], notes: ['注：工业投资、民间投资、房地产开发投资口径交叉，不能相加。'] }];
}

// 8 retail, two complete breakdowns under one parent
function bRetail(county) {
  const u23 = N(uni(120, 200), 2), r23 = N(uni(30, 60), 2), t23 = sumN([u23, r23], 2);
  const u24 = N(u23.v * 1.046, 2), r24 = N(r23.v * 1.061, 2), t24 = sumN([u24, r24], 2);
  const c23 = N(t23.v * .885, 2), f23 = N(t23.v - c23.v, 2), c24 = N(t24.v * .879, 2), f24 = N(t24.v - c24.v, 2);
  return [{ name: '消费', title: county + '社会消费品零售总额', sub: null, header: ['指标', '单位', '2023年', '2024年', '增长(%)'],
    rows: [
      ['社会消费品零售总额', '亿元', t23, t24, G(t23, t24)],
      ['按经营地分', null, null, null, null],
      ['　城镇', '亿元', u23, u24, G(u23, u24)],
      ['　乡村', '亿元', r23, r24, G(r23, r24)],
      ['按消费类型分', null, null, null, null],
      ['　商品零售', '亿元', c23, c24, G(c23, c24)],
      ['　餐饮收入', '亿元', f23, f24, G(f23, f24)],
      ['限额以上单位消费品零售额', '亿元', N(t23.v * .41, 2), N(t23.v * .41 * 1.07, 2), G(N(t23.v * .41, 2), N(t23.v * .41 * 1.07, 2))],
    ] }];
}

// 9 income (weighted means)
function bIncome(county) {
  const u23 = N(uni(40000, 48000), 0), r23 = N(uni(19000, 24000), 0), w = 0.52;
  const u24 = N(u23.v * 1.045, 0), r24 = N(r23.v * 1.066, 0);
  const a23 = N(u23.v * w + r23.v * (1 - w), 0), a24 = N(u24.v * (w + .01) + r24.v * (1 - w - .01), 0);
  const cu23 = N(u23.v * .66, 0), cr23 = N(r23.v * .8, 0), cu24 = N(cu23.v * 1.05, 0), cr24 = N(cr23.v * 1.07, 0);
  const ca23 = N(cu23.v * w + cr23.v * (1 - w), 0), ca24 = N(cu24.v * (w + .01) + cr24.v * (1 - w - .01), 0);
  return [{ name: '收入', title: county + '居民收入和消费支出', sub: null, header: ['指标', '单位', '2023年', '2024年', '比上年增长(%)'],
    rows: [
      ['全体居民人均可支配收入', '元', a23, a24, G(a23, a24)],
      ['　城镇居民人均可支配收入', '元', u23, u24, G(u23, u24)],
      ['　农村居民人均可支配收入', '元', r23, r24, G(r23, r24)],
      ['全体居民人均消费支出', '元', ca23, ca24, G(ca23, ca24)],
      ['　城镇居民人均消费支出', '元', cu23, cu24, G(cu23, cu24)],
      ['　农村居民人均消费支出', '元', cr23, cr24, G(cr23, cr24)],
      ['城乡居民收入比', '农村=1', N(u23.v / r23.v, 2), N(u24.v / r24.v, 2), null],
    ] }];
}

// 10 monthly: 本月 | 1-本月 | 累计增长
function bMonthly(county) {
  const mu = N(uni(9, 14), 2), mr = N(uni(2, 4), 2), mt = sumN([mu, mr], 2);
  const cu = N(mu.v * 10.6, 2), cr = N(mr.v * 10.4, 2), ct = sumN([cu, cr], 2);
  return [{ name: '11月', title: county + '2024年11月主要经济指标', sub: null, header: ['指标', '单位', '本月', '1-11月', '累计比上年同期增长(%)'],
    rows: [
      ['规模以上工业增加值', '%', null, null, N(6.4, 1)],
      ['规模以上工业总产值', '亿元', N(38.62, 2), N(402.15, 2), N(7.2, 1)],
      ['社会消费品零售总额', '亿元', mt, ct, N(4.8, 1)],
      ['　城镇', '亿元', mu, cu, N(4.5, 1)],
      ['　乡村', '亿元', mr, cr, N(5.9, 1)],
      ['固定资产投资', '亿元', null, N(312.4, 1), N(3.9, 1)],
      ['　其中：工业投资', '亿元', null, N(118.7, 1), N(11.3, 1)],
      ['全社会用电量', '万千瓦时', N(28614, 0), N(301552, 0), N(8.7, 1)],
      ['　其中：工业用电量', '万千瓦时', N(19872, 0), N(210364, 0), N(9.1, 1)],
    ], notes: ['注：规模以上工业增加值只公布增长速度。'] }];
}

// 11 monthly electricity 4 cols: 本月 | 同比 | 累计 | 同比 complete breakdown
function bElectric(county) {
  const m = [N(uni(300, 500), 0), N(uni(14000, 20000), 0), N(uni(4000, 6000), 0), N(uni(3500, 5000), 0)];
  const c = m.map(x => N(x.v * uni(10.5, 11.5), 0));
  const mt = sumN(m, 0), ct = sumN(c, 0);
  const g = () => N(uni(-3, 12), 1);
  return [{ name: '用电', title: county + '2024年11月全社会用电量', sub: null, header: ['指标', '单位', '本月', '本月同比(%)', '1-11月', '累计同比(%)'],
    rows: [
      ['全社会用电量', '万千瓦时', mt, N(7.1, 1), ct, N(6.8, 1)],
      ['　第一产业', '万千瓦时', m[0], g(), c[0], g()],
      ['　第二产业', '万千瓦时', m[1], g(), c[1], g()],
      ['　第三产业', '万千瓦时', m[2], g(), c[2], g()],
      ['　城乡居民生活', '万千瓦时', m[3], g(), c[3], g()],
    ] }];
}

// 12 vehicles & transport, mixed units
function bVehicles(county) {
  const tot = N(uni(25, 40), 2), priv = N(tot.v * .91, 2), nev = N(tot.v * 1e4 * .085, 0);
  const pas = N(tot.v * .87, 2), goods = N(tot.v * .12, 2);
  const pt = N(uni(1500, 2500), 0);
  return [{ name: '交通', title: county + '交通运输主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['年末民用汽车保有量', '万辆', tot, N(5.6, 1)],
      ['　其中：私人汽车', '万辆', priv, N(5.9, 1)],
      ['　　　　新能源汽车', '辆', nev, N(38.4, 1)],
      ['　　　　载客汽车', '万辆', pas, N(6.1, 1)],
      ['　　　　载货汽车', '万辆', goods, N(2.2, 1)],
      ['公路通车里程', '公里', pt, N(1.3, 1)],
      ['　其中：高速公路', '公里', N(186, 0), N(0.0, 1)],
      ['旅客运输量', '万人', N(612.5, 1), N(9.8, 1)],
      ['　其中：公路', '万人', N(488.3, 1), N(4.1, 1)],
      ['　　　　铁路', '万人', N(118.6, 1), N(27.5, 1)],
      ['货物运输量', '万吨', N(2318.4, 1), N(3.3, 1)],
    ] }];
}

// 13 price indices
function bPrices(county) {
  return [{ name: '价格', title: county + '2024年居民消费价格指数', sub: null, header: ['指标', '单位', '2024年'],
    rows: [
      ['居民消费价格总指数', '上年=100', N(100.3, 1)],
      ['　食品烟酒', '上年=100', N(99.1, 1)],
      ['　衣着', '上年=100', N(101.2, 1)],
      ['　居住', '上年=100', N(100.1, 1)],
      ['　生活用品及服务', '上年=100', N(100.4, 1)],
      ['　交通通信', '上年=100', N(98.2, 1)],
      ['　教育文化娱乐', '上年=100', N(101.6, 1)],
      ['　医疗保健', '上年=100', N(101.4, 1)],
      ['　其他用品及服务', '上年=100', N(103.5, 1)],
      ['商品零售价格总指数', '上年=100', N(99.6, 1)],
      ['工业生产者出厂价格指数', '上年=100', N(97.8, 1)],
    ], notes: ['注：价格指数以上年为100。'] }];
}

// 14 tourism with rounding (parts rounded separately)
function bTourism(county) {
  const dom = uni(1200, 1800) + 0.005, inb = uni(2, 6) + 0.006; // precise, in 万人次
  const totP = dom + inb;
  const rDom = uni(120, 200) + 0.0047, rFx = uni(500, 1500); // 亿元, 万美元
  return [{ name: '旅游', title: county + '2024年旅游业主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['接待游客总人次', '万人次', N(totP, 2), N(12.4, 1)],
      ['　国内游客', '万人次', N(dom, 2), N(12.1, 1)],
      ['　入境游客', '万人次', N(inb, 2), N(58.3, 1)],
      ['旅游总收入', '亿元', N(rDom + rFx * 7.1 / 1e4, 2), N(14.2, 1)],
      ['　国内旅游收入', '亿元', N(rDom, 2), N(14.0, 1)],
      ['　旅游外汇收入', '万美元', N(rFx, 0), N(61.5, 1)],
      ['星级饭店', '家', N(23, 0), N(-4.2, 1)],
      ['A级旅游景区', '个', N(31, 0), N(6.9, 1)],
      ['　其中：5A级', '个', N(1, 0), null],
      ['　　　　4A级', '个', N(9, 0), N(12.5, 1)],
    ], notes: ['注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。'] }];
}

// 15 numbered headings, footnote marks, notes
function bHeadings(county) {
  const p = [N(uni(40, 70), 2), N(uni(150, 250), 2), N(uni(200, 300), 2)], t = sumN(p, 2);
  const grain = [N(uni(8, 12), 2), N(uni(30, 45), 2)], gt = sumN(grain, 2);
  return [{ name: '公报附表', title: county + '2024年国民经济和社会发展统计公报主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['一、综合', null, null, null],
      ['地区生产总值①', '亿元', t, N(5.4, 1)],
      ['　第一产业', '亿元', p[0], N(3.5, 1)],
      ['　第二产业', '亿元', p[1], N(6.2, 1)],
      ['　第三产业', '亿元', p[2], N(5.1, 1)],
      ['二、农业', null, null, null],
      ['粮食总产量', '万吨', gt, N(1.2, 1)],
      ['　夏粮', '万吨', grain[0], N(2.4, 1)],
      ['　秋粮', '万吨', grain[1], N(0.9, 1)],
      ['三、工业和建筑业', null, null, null],
      ['规模以上工业增加值②', '亿元', N(p[1].v * .6, 2), N(7.3, 1)],
      ['　其中：高技术制造业', '亿元', N(p[1].v * .6 * .14, 2), N(15.2, 1)],
      ['建筑业总产值', '亿元', N(uni(80, 150), 2), N(-2.6, 1)],
      ['四、居民收入', null, null, null],
      ['城镇居民人均可支配收入③', '元', N(45213, 0), N(4.3, 1)],
      ['农村居民人均可支配收入③', '元', N(23876, 0), N(6.5, 1)],
    ], notes: ['注：①地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价格计算。', '②规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', '③居民收入数据来源于住户收支与生活状况调查。'] }];
}

// 16 single figure column, education breakdowns
function bEducation(county) {
  const sch = [N(2, 0), N(6, 0), N(38, 0), N(112, 0), N(145, 0)], st = sumN(sch, 0);
  const stu = [N(1.86, 2), N(1.12, 2), N(6.43, 2), N(8.95, 2), N(4.21, 2)], stt = sumN(stu, 2);
  return [{ name: '教育', title: county + '2024年教育事业基本情况', sub: null, header: ['指标', '单位', '数值'],
    rows: [
      ['各级各类学校', '所', st],
      ['　普通高中', '所', sch[0]],
      ['　中等职业学校', '所', sch[1]],
      ['　初中', '所', sch[2]],
      ['　小学', '所', sch[3]],
      ['　幼儿园', '所', sch[4]],
      ['各级各类学校在校学生', '万人', stt],
      ['　普通高中', '万人', stu[0]],
      ['　中等职业学校', '万人', stu[1]],
      ['　初中', '万人', stu[2]],
      ['　小学', '万人', stu[3]],
      ['　幼儿园', '万人', stu[4]],
      ['专任教师', '人', N(14322, 0)],
      ['　其中：小学', '人', N(5210, 0)],
      ['学前三年毛入园率', '%', N(93.4, 1)],
      ['高中阶段毛入学率', '%', N(95.8, 1)],
    ] }];
}

// 17 agriculture
function bAgri(county) {
  const area = N(uni(90, 140), 2); // 千公顷
  const sum_ = N(area.v * 0.21, 2), aut = N(area.v * 0.43, 2), tot = sumN([sum_, aut], 2); // 万吨
  const yld = N(tot.v * 1e7 / (area.v * 1e3), 0); // 公斤/公顷
  const meat = [N(8.32, 2), N(0.91, 2), N(0.62, 2), N(3.15, 2)], mt = sumN(meat, 2);
  const val = [N(uni(60, 90), 2), N(uni(3, 6), 2), N(uni(30, 50), 2), N(uni(5, 10), 2), N(uni(4, 8), 2)], vt = sumN(val, 2);
  return [{ name: '农业', title: county + '2024年农业主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['农林牧渔业总产值', '亿元', vt, N(3.8, 1)],
      ['　农业', '亿元', val[0], N(4.1, 1)],
      ['　林业', '亿元', val[1], N(2.0, 1)],
      ['　牧业', '亿元', val[2], N(3.2, 1)],
      ['　渔业', '亿元', val[3], N(4.4, 1)],
      ['　农林牧渔专业及辅助性活动', '亿元', val[4], N(6.3, 1)],
      ['粮食播种面积', '千公顷', area, N(0.4, 1)],
      ['粮食总产量', '万吨', tot, N(1.6, 1)],
      ['　夏粮', '万吨', sum_, N(2.2, 1)],
      ['　秋粮', '万吨', aut, N(1.3, 1)],
      ['粮食单产', '公斤/公顷', yld, N(1.2, 1)],
      ['肉类总产量', '万吨', mt, N(2.7, 1)],
      ['　猪肉', '万吨', meat[0], N(1.9, 1)],
      ['　牛肉', '万吨', meat[1], N(4.6, 1)],
      ['　羊肉', '万吨', meat[2], N(3.3, 1)],
      ['　禽肉', '万吨', meat[3], N(4.0, 1)],
    ] }];
}

// 18 trade
function bTrade(county) {
  const e23 = N(uni(80, 150), 2), i23 = N(uni(40, 90), 2), e24 = N(e23.v * 1.072, 2), i24 = N(i23.v * .968, 2);
  const t23 = sumN([e23, i23], 2), t24 = sumN([e24, i24], 2);
  const fdi23 = N(uni(8000, 15000), 0), fdi24 = N(fdi23.v * .91, 0);
  return [{ name: '外贸', title: county + '对外经济主要指标', sub: null, header: ['指标', '单位', '2023年', '2024年', '增长(%)'],
    rows: [
      ['货物进出口总额', '亿元', t23, t24, G(t23, t24)],
      ['　出口', '亿元', e23, e24, G(e23, e24)],
      ['　进口', '亿元', i23, i24, G(i23, i24)],
      ['　　其中：机电产品进口', '亿元', N(i23.v * .4, 2), N(i24.v * .41, 2), G(N(i23.v * .4, 2), N(i24.v * .41, 2))],
      ['实际使用外资', '万美元', fdi23, fdi24, G(fdi23, fdi24)],
      ['新设外商投资企业', '家', N(24, 0), N(31, 0), G(N(24, 0), N(31, 0))],
    ] }];
}

// 19 employment with shares
function bEmployment(county) {
  const e = [N(uni(12, 18), 2), N(uni(14, 20), 2), N(uni(20, 28), 2)], t = sumN(e, 2);
  const sh = e.slice(0, 2).map(x => N(x.v / t.v * 100, 1)); sh.push(N(100 - sh[0].v - sh[1].v, 1));
  return [{ name: '就业', title: county + '2024年就业情况', sub: null, header: ['指标', '单位', '2024年'],
    rows: [
      ['年末就业人员', '万人', t],
      ['　第一产业', '万人', e[0]],
      ['　第二产业', '万人', e[1]],
      ['　第三产业', '万人', e[2]],
      ['三次产业就业构成', null, null],
      ['　第一产业', '%', sh[0]],
      ['　第二产业', '%', sh[1]],
      ['　第三产业', '%', sh[2]],
      ['城镇新增就业', '人', N(8642, 0)],
      ['城镇登记失业率', '%', N(2.9, 1)],
    ] }];
}

// 20 health
function bHealth(county) {
  const inst = [N(18, 0), N(402, 0), N(6, 0), N(3, 0)], it = sumN(inst, 0);
  const beds = N(6840, 0), bedHosp = N(5210, 0);
  const pop = 88.7; // 万人
  const staff = N(7532, 0), doc = N(2841, 0), nurse = N(3376, 0);
  return [{ name: '卫生', title: county + '2024年卫生健康主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['医疗卫生机构', '个', it, N(0.5, 1)],
      ['　医院', '个', inst[0], N(5.9, 1)],
      ['　基层医疗卫生机构', '个', inst[1], N(0.2, 1)],
      ['　专业公共卫生机构', '个', inst[2], N(0.0, 1)],
      ['　其他医疗卫生机构', '个', inst[3], N(50.0, 1)],
      ['医疗卫生机构床位', '张', beds, N(3.1, 1)],
      ['　其中：医院', '张', bedHosp, N(3.8, 1)],
      ['卫生技术人员', '人', staff, N(4.2, 1)],
      ['　其中：执业（助理）医师', '人', doc, N(4.9, 1)],
      ['　　　　注册护士', '人', nurse, N(5.3, 1)],
      ['每千常住人口执业（助理）医师', '人', N(doc.v / (pop * 10), 2), N(5.3, 1)],
      ['每千常住人口医疗卫生机构床位', '张', N(beds.v / (pop * 10), 2), N(3.5, 1)],
    ], notes: ['注：每千人口指标按年末常住人口88.7万人计算。'] }];
}

// 21 multi-year (no growth)
function bMultiYear(county) {
  const years = [2020, 2021, 2022, 2023, 2024];
  let p = [N(35, 2), N(140, 2), N(170, 2)].map(x => N(x.v * uni(.9, 1.1), 2));
  const cols = [];
  for (const y of years) { cols.push(p); p = p.map(x => N(x.v * uni(1.02, 1.09), 2)); }
  const tots = cols.map(c => sumN(c, 2));
  const pops = [61.23, 60.88, 60.41, 60.02, 59.71].map(x => N(x, 2));
  const urb = pops.map(x => N(x.v * uni(.45, .5), 2));
  const row = (label, unit, arr) => [label, unit, ...arr];
  return [{ name: '历年', title: county + '主要指标（2020—2024年）', sub: null, header: ['指标', '单位', ...years.map(y => y + '年')],
    rows: [
      row('地区生产总值', '亿元', tots),
      row('　第一产业', '亿元', cols.map(c => c[0])),
      row('　第二产业', '亿元', cols.map(c => c[1])),
      row('　第三产业', '亿元', cols.map(c => c[2])),
      row('年末户籍人口', '万人', pops),
      row('　其中：城镇人口', '万人', urb),
      row('人均地区生产总值', '元', tots.map((t, i) => N(t.v * 1e8 / (pops[i].v * 1.02 * 1e4), 0))),
    ] }];
}

// 22 alignment-indented nested breakdown (complete with a partial inside)
function bNested(county) {
  const t3 = [N(uni(30, 45), 2), N(uni(8, 14), 2), N(uni(10, 16), 2), N(uni(18, 26), 2), N(uni(60, 90), 2)], s3 = sumN(t3, 2);
  const p1 = N(uni(30, 50), 2), p2 = N(uni(130, 200), 2), tot = sumN([p1, p2, s3], 2);
  const ind = N(p2.v * .81, 2), con = N(p2.v - ind.v, 2);
  return [{ name: '分行业', title: county + '2024年地区生产总值（分行业）', sub: '单位：亿元', header: ['指标', '单位', '2024年', '比上年增长(%)'],
    alignIndent: { 1: 1, 2: 1, 3: 2, 4: 2, 5: 1, 6: 2, 7: 2, 8: 2, 9: 2, 10: 2 },
    rows: [
      ['地区生产总值', '亿元', tot, N(5.1, 1)],
      ['第一产业', '亿元', p1, N(3.6, 1)],
      ['第二产业', '亿元', p2, N(6.0, 1)],
      ['工业', '亿元', ind, N(7.1, 1)],
      ['建筑业', '亿元', con, N(1.5, 1)],
      ['第三产业', '亿元', s3, N(4.9, 1)],
      ['批发和零售业', '亿元', t3[0], N(5.8, 1)],
      ['交通运输、仓储和邮政业', '亿元', t3[1], N(6.3, 1)],
      ['住宿和餐饮业', '亿元', t3[2], N(7.0, 1)],
      ['金融业', '亿元', t3[3], N(4.1, 1)],
      ['其他服务业', '亿元', t3[4], N(4.2, 1)],
    ] }];
}


// 24 two-period with rate rows (百分点), index rows, growth blank
function bMixedTwoPeriod(county) {
  const p23 = [N(uni(30, 50), 2), N(uni(120, 200), 2), N(uni(150, 250), 2)];
  const p24 = p23.map(x => N(x.v * uni(1.03, 1.07), 2));
  const t23 = sumN(p23, 2), t24 = sumN(p24, 2);
  const inc23 = N(uni(30000, 36000), 0), inc24 = N(inc23.v * 1.052, 0);
  return [{ name: '主要指标', title: county + '国民经济主要指标', sub: null, header: ['指标', '单位', '2023年', '2024年', '比上年增长(%)'],
    rows: [
      ['地区生产总值', '亿元', t23, t24, G(t23, t24)],
      ['　第一产业', '亿元', p23[0], p24[0], G(p23[0], p24[0])],
      ['　第二产业', '亿元', p23[1], p24[1], G(p23[1], p24[1])],
      ['　第三产业', '亿元', p23[2], p24[2], G(p23[2], p24[2])],
      ['常住人口城镇化率', '%', N(52.31, 2), N(53.12, 2), N(0.81, 2)],
      ['城镇登记失业率', '%', N(3.1, 1), N(2.9, 1), N(-0.2, 1)],
      ['居民消费价格指数', '上年=100', N(100.4, 1), N(100.2, 1), null],
      ['全体居民人均可支配收入', '元', inc23, inc24, G(inc23, inc24)],
      ['恩格尔系数', '%', N(29.8, 1), N(29.1, 1), N(-0.7, 1)],
    ], notes: ['注：城镇化率、失业率、恩格尔系数的增长栏为增减百分点。'] }];
}

// 25 communiqué with real (comparable-price) growth next to current-price figures
function bRealGrowth(county) {
  const p23 = [N(uni(30, 50), 2), N(uni(120, 200), 2), N(uni(150, 250), 2)];
  const p24 = p23.map(x => N(x.v * uni(1.005, 1.03), 2));  // nominal growth small (deflation)
  const t23 = sumN(p23, 2), t24 = sumN(p24, 2);
  const rg = [N(3.6, 1), N(6.4, 1), N(5.2, 1)];
  const tg = N((p23[0].v * rg[0].v + p23[1].v * rg[1].v + p23[2].v * rg[2].v) / t23.v, 1);
  const r23 = N(uni(120, 160), 2), r24 = N(r23.v * 1.041, 2);
  return [{ name: '公报表1', title: county + '2024年地区生产总值', sub: null, header: ['指标', '单位', '2023年', '2024年', '比上年增长(%)'],
    rows: [
      ['地区生产总值', '亿元', t23, t24, tg],
      ['　第一产业增加值', '亿元', p23[0], p24[0], rg[0]],
      ['　第二产业增加值', '亿元', p23[1], p24[1], rg[1]],
      ['　第三产业增加值', '亿元', p23[2], p24[2], rg[2]],
      ['社会消费品零售总额', '亿元', r23, r24, G(r23, r24)],
    ], notes: ['注：地区生产总值及三次产业增加值绝对额按现价计算，增长速度按可比价格计算。'] }];
}

// 26 members in a smaller unit than their parent
function bUnitMix(county) {
  const rev = N(uni(18, 30), 2); // 亿元
  const tax = N(rev.v * 1e4 * .68, 0); // 万元
  const pop = N(uni(50, 80), 2); // 万人
  const old = N(pop.v * 1e4 * .215, 0); // 人
  const cars = N(uni(15, 25), 2); // 万辆
  const nev = N(cars.v * 1e4 * .07, 0); // 辆
  const dep = N(uni(300, 500), 2); // 亿元
  return [{ name: '主要指标', title: county + '2024年主要指标', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['一般公共预算收入', '亿元', rev, N(2.3, 1)],
      ['　其中：税收收入', '万元', tax, N(1.1, 1)],
      ['年末户籍人口', '万人', pop, N(-0.5, 1)],
      ['　其中：60岁及以上人口', '人', old, N(3.2, 1)],
      ['民用汽车保有量', '万辆', cars, N(6.1, 1)],
      ['　其中：新能源汽车', '辆', nev, N(41.7, 1)],
      ['金融机构存款余额', '亿元', dep, N(9.3, 1)],
      ['　其中：住户存款', '万元', N(dep.v * 1e4 * .66, 0), N(12.4, 1)],
    ] }];
}

// 27 rounding: totals from precise data differ from sum of rounded parts
function bRounding(county) {
  // choose precise parts so that rounding makes a visible difference
  const gp = [41.26, 173.34, 220.24].map(x => x + 0.004); // precise 亿元 (each .xx4 -> rounds down)
  const gt = gp.reduce((a, b) => a + b, 0);              // 434.852 -> 434.85 vs parts sum 434.84
  const pp = [36.44, 28.24]; // 万人, 1 decimal: 36.4 + 28.2 = 64.6 ; total 64.68 -> 64.7
  const vis = [812.46, 3.47, 0.44]; // 万人次 1 decimal: 812.5+3.5+0.4 = 816.4 ; total 816.37 -> 816.4
  const shares = gp.map(x => x / gt * 100);
  return [{ name: '主要指标', title: county + '2024年主要指标', sub: null, header: ['指标', '单位', '2024年'],
    rows: [
      ['地区生产总值', '亿元', N(gt, 2)],
      ['　第一产业', '亿元', N(gp[0], 2)],
      ['　第二产业', '亿元', N(gp[1], 2)],
      ['　第三产业', '亿元', N(gp[2], 2)],
      ['三次产业结构', null, null],
      ['　第一产业', '%', N(shares[0], 1)],
      ['　第二产业', '%', N(shares[1], 1)],
      ['　第三产业', '%', N(shares[2], 1)],
      ['年末常住人口', '万人', N(pp[0] + pp[1], 1)],
      ['　城镇', '万人', N(pp[0], 1)],
      ['　乡村', '万人', N(pp[1], 1)],
      ['接待游客', '万人次', N(vis[0] + vis[1] + vis[2], 1)],
      ['　国内游客', '万人次', N(vis[0], 1)],
      ['　港澳台游客', '万人次', N(vis[1], 1)],
      ['　外国游客', '万人次', N(vis[2], 1)],
    ], notes: ['注：因四舍五入，部分合计数与分项之和略有出入。'] }];
}

// 28 本月 | 上年同月 | 同比 | 累计 | 上年同期累计 | 同比
function bMonthlyFull(county) {
  const rows = [];
  const mk = (label, unit, m, ly, c, lc) => [label, unit, m, ly, G(ly, m), c, lc, G(lc, c)];
  const mu = N(uni(8, 12), 2), mr = N(uni(2, 3), 2), lu = N(mu.v / 1.047, 2), lr = N(mr.v / 1.058, 2);
  const cu = N(mu.v * 10.7, 2), cr = N(mr.v * 10.5, 2), lcu = N(cu.v / 1.041, 2), lcr = N(cr.v / 1.063, 2);
  rows.push(mk('社会消费品零售总额', '亿元', sumN([mu, mr], 2), sumN([lu, lr], 2), sumN([cu, cr], 2), sumN([lcu, lcr], 2)));
  rows.push(mk('　城镇', '亿元', mu, lu, cu, lcu));
  rows.push(mk('　乡村', '亿元', mr, lr, cr, lcr));
  const e = [N(3120, 0), N(6214, 0)], le = [N(2980, 0), N(6530, 0)], ce = [N(33870, 0), N(70122, 0)], lce = [N(31244, 0), N(70980, 0)];
  rows.push(mk('全社会用电量', '万千瓦时', sumN(e, 0), sumN(le, 0), sumN(ce, 0), sumN(lce, 0)));
  rows.push(mk('　工业用电', '万千瓦时', e[1], le[1], ce[1], lce[1]));
  rows.push(mk('　城乡居民生活用电', '万千瓦时', e[0], le[0], ce[0], lce[0]));
  // second item is not complete: fix by making total = 工业+居民 (complete) — already summed above
  return [{ name: '月报', title: county + '2024年11月主要指标', sub: null, header: ['指标', '单位', '本月', '上年同月', '同比增长(%)', '1-11月', '上年同期', '累计增长(%)'], rows }];
}

// 29 overlapping 其中 parts, no explanatory note
function bInvestNoNote(county) {
  const s = bInvestValues(county); s[0].notes = []; s[0].name = '投资'; return s;
}


// 30 single figure column, overlapping 其中 (sum of parts exceeds whole legitimately)
function bInvestSingle(county) {
  const t = N(uni(300, 500), 2);
  return [{ name: '投资', title: county + '2024年固定资产投资', sub: null, header: ['指标', '单位', '2024年', '比上年增长(%)'],
    rows: [
      ['固定资产投资（不含农户）', '亿元', t, N(4.3, 1)],
      ['　其中：工业投资', '亿元', N(t.v * .38, 2), N(12.6, 1)],
      ['　　　　民间投资', '亿元', N(t.v * .51, 2), N(-3.1, 1)],
      ['　　　　基础设施投资', '亿元', N(t.v * .24, 2), N(6.9, 1)],
      ['　　　　房地产开发投资', '亿元', N(t.v * .19, 2), N(-11.8, 1)],
    ] }];
}

// ---------- cases ----------
const clean = [
  ['c01_gdp_communique.xlsx', bGdpCommunique, '青山县'],
  ['c02_gdp_two_period.xlsx', bGdpTwoPeriod, '河西区'],
  ['c03_population.xlsx', bPopulation, '柳林县'],
  ['c04_social_org.xlsx', bSocialOrg, '南湖区'],
  ['c05_fiscal.xlsx', bFiscal, '石门县'],
  ['c06_invest_growth.xlsx', bInvestGrowth, '东台市'],
  ['c07_invest_values.xlsx', bInvestValues, '西岭县'],
  ['c08_retail.xlsx', bRetail, '桃源县'],
  ['c09_income.xlsx', bIncome, '安平县'],
  ['c10_monthly.xlsx', bMonthly, '永宁县'],
  ['c11_electric.xlsx', bElectric, '白水县'],
  ['c12_vehicles.xlsx', bVehicles, '临江市'],
  ['c13_prices.xlsx', bPrices, '北川县'],
  ['c14_tourism_rounding.xlsx', bTourism, '云台县'],
  ['c15_headings_footnotes.xlsx', bHeadings, '长乐县'],
  ['c16_education_single.xlsx', bEducation, '平山县'],
  ['c17_agri.xlsx', bAgri, '丰收县'],
  ['c18_trade.xlsx', bTrade, '港城区'],
  ['c19_employment.xlsx', bEmployment, '新华区'],
  ['c20_health.xlsx', bHealth, '仁和县'],
  ['c21_multiyear.xlsx', bMultiYear, '古城县'],
  ['c22_nested_indent.xlsx', bNested, '金沙县'],
  ['c23_gdp_two_period.csv', (c) => bGdpTwoPeriod(c, true), '湖滨区'],
  ['c24_mixed_points_index.xlsx', bMixedTwoPeriod, '沙河市'],
  ['c25_real_growth.xlsx', bRealGrowth, '双峰县'],
  ['c26_unit_mix.xlsx', bUnitMix, '龙门县'],
  ['c27_rounding.xlsx', bRounding, '梅江区'],
  ['c28_monthly_full.xlsx', bMonthlyFull, '清河县'],
  ['c29_invest_overlap_nonote.xlsx', bInvestNoNote, '高桥县'],
  ['c30_invest_single_overlap.xlsx', bInvestSingle, '高阳县'],
];
const dig = (old) => { // a keying error: swap two adjacent digits or change one digit
  const s = old.toString(); return null; };
const planted = [
  ['p01_gdp_total.xlsx', bGdpTwoPeriod, '河东区', { sheet: 'Sheet1', label: '地区生产总值', col: 3, value: o => N(o.v + 10.00, 2), note: '2024年地区生产总值 +10.00 (growth left as original)' }],
  ['p02_gdp_part.xlsx', bGdpTwoPeriod, '北塘区', { sheet: 'Sheet1', label: '第二产业增加值', col: 3, value: o => N(o.v - 9.00, 2), note: '2024年第二产业增加值 -9.00 (total and growth left)' }],
  ['p03_socorg_growth.xlsx', bSocialOrg, '东湖区', { sheet: '社会组织', label: '　社会团体', col: 4, value: o => N(o.v + 3.0, 1), note: '社会团体 growth +3.0 points' }],
  ['p04_pop_urban.xlsx', bPopulation, '榆林县', { sheet: '人口', label: '　城镇人口', col: 2, value: o => N(o.v + 1.20, 2), note: '城镇人口 +1.20 万人 (total, rate left)' }],
  ['p05_fiscal_tax_gt.xlsx', bFiscal, '岩门县', { sheet: '财政', label: '　其中：税收收入', col: 2, value: o => N(o.v * 10 + 3, 0), note: '税收收入 extra digit, larger than 一般公共预算收入' }],
  ['p06_retail_rural.xlsx', bRetail, '杏花县', { sheet: '消费', label: '　乡村', col: 3, value: o => N(o.v + 4.00, 2), note: '2024年乡村 +4.00' }],
  ['p07_monthly_cum_total.xlsx', bMonthly, '永安县', { sheet: '11月', label: '社会消费品零售总额', col: 3, value: o => N(o.v - 6.00, 2), note: '1-11月社零总额 -6.00' }],
  ['p08_pop_urbrate.xlsx', bPopulation, '槐树县', { sheet: '人口', label: '户籍人口城镇化率', col: 2, value: o => N(o.v + 4.0, 1), note: '户籍人口城镇化率 +4.0 points' }],
  ['p09_trade_export.xlsx', bTrade, '海门区', { sheet: '外贸', label: '　出口', col: 3, value: o => N(o.v + 7.00, 2), note: '2024年出口 +7.00 (total and growth left)' }],
  ['p10_employment_part.xlsx', bEmployment, '新城区', { sheet: '就业', label: '　第三产业', col: 2, value: o => N(o.v + 2.00, 2), note: '就业 第三产业 +2.00 万人 (first occurrence)' }],
  ['p11_gdp_csv_total23.csv', (c) => bGdpTwoPeriod(c, true), '湖东区', { sheet: 'gdp', label: '地区生产总值', col: 2, value: o => N(o.v + 12.00, 2), note: '2023年地区生产总值 +12.00 (growth left)' }],
  ['p12_multiyear_part.xlsx', bMultiYear, '旧城县', { sheet: '历年', label: '　第一产业', col: 4, value: o => N(o.v + 5.00, 2), note: '2022年第一产业 +5.00' }],
  ['p13_agri_summer.xlsx', bAgri, '丰年县', { sheet: '农业', label: '　夏粮', col: 2, value: o => N(o.v + 3.00, 2), note: '夏粮 +3.00 万吨 (total, yield left)' }],
  ['p14_vehicles_priv_gt.xlsx', bVehicles, '临海市', { sheet: '交通', label: '　其中：私人汽车', col: 2, value: o => N(o.v * 1.2, 2), note: '私人汽车 ×1.2, larger than 民用汽车保有量' }],
  ['p15_health_basic.xlsx', bHealth, '仁寿县', { sheet: '卫生', label: '　基层医疗卫生机构', col: 2, value: 420, note: '基层医疗卫生机构 402→420 (transposed digits)' }],
  ['p17_mixed_gdp_part.xlsx', bMixedTwoPeriod, '沙湾市', { sheet: '主要指标', label: '　第三产业', col: 2, value: o => N(o.v + 6.00, 2), note: '2023年第三产业 +6.00 (total, growth left)' }],
  ['p18_unitmix_tax_gt.xlsx', bUnitMix, '龙泉县', { sheet: '主要指标', label: '　其中：税收收入', col: 2, value: o => N(o.v * 1.6, 0), note: '税收收入(万元) ×1.6, now above 一般公共预算收入 (亿元) after conversion' }],
  ['p19_rounding_part.xlsx', bRounding, '梅山区', { sheet: '主要指标', label: '　乡村', col: 2, value: o => N(o.v + 0.9, 1), note: '乡村常住人口 +0.9 万人' }],
  ['p20_monthly_full_growth.xlsx', bMonthlyFull, '清水县', { sheet: '月报', label: '　乡村', col: 7, value: o => N(-o.v, 1), note: '乡村 累计增长 sign flipped' }],
  ['p21_edu_single_part.xlsx', bEducation, '平谷县', { sheet: '教育', label: '　幼儿园', col: 2, value: 154, note: '幼儿园 所 145→154 (single column)' }],
  ['p22_agri_meat_part.xlsx', bAgri, '丰乐县', { sheet: '农业', label: '　牛肉', col: 2, value: o => N(o.v + 0.5, 2), note: '牛肉 +0.50 万吨' }],
  ['p23_nested_industry.xlsx', bNested, '金山县', { sheet: '分行业', label: '工业', col: 2, value: o => N(o.v + 8, 2), note: '工业 +8.00 (第二产业 left)' }],
  ['p16_income_growth.xlsx', bIncome, '安乐县', { sheet: '收入', label: '全体居民人均可支配收入', col: 4, value: o => N(o.v + 1.5, 1), note: '全体居民人均可支配收入 growth +1.5 points' }],
];

(async () => {
  const manifest = {};
  for (const [f, b, c] of clean) { await writeBook(f, b(c), null); manifest[f] = null; }
  for (const [f, b, c, p] of planted) {
    const addr = await writeBook(f, b(c), p);
    manifest[f] = { cell: addr, note: p.note + ` (${p.oldValue} → ${p.newValue})` };
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 2));
  console.log('wrote', Object.keys(manifest).length, 'cases');
})();
