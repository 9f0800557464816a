// Generator for round 55B: yearbook chapters 民政/科技/文化/体育/生态
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'cases');
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

// ---------- helpers ----------
let seed = 1;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return Math.floor(a + rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
const rd = (x, d) => { const m = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };
const r1 = (x) => rd(x, 1), r2 = (x) => rd(x, 2), r0 = (x) => rd(x, 0);
const sum = (a) => a.reduce((s, x) => s + x, 0);
const gr = (a, b) => r1((b / a - 1) * 100); // growth %
const colL = (j) => { let s = ''; j++; while (j > 0) { const m = (j - 1) % 26; s = String.fromCharCode(65 + m) + s; j = Math.floor((j - 1) / 26); } return s; };

const DIST_A = ['鼓楼区', '台江区', '仓山区', '晋安区', '长乐区', '马尾区', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县', '福清市'];
const DIST_B = ['城厢区', '涵江区', '荔城区', '秀屿区', '仙游县'];
const DIST_C = ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'];
const DIST_D = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];
const DIST_E = ['越城区', '柯桥区', '上虞区', '新昌县', '诸暨市', '嵊州市'];
const DIST_F = ['船营区', '昌邑区', '龙潭区', '丰满区', '永吉县', '蛟河市', '桦甸市', '舒兰市', '磐石市'];

// spec: {sheet, title, unit, header:[[...]], merges:[], rows:[[...]], notes:[]}
function addr(spec, i, j) {
  const r = 1 + (spec.unit ? 1 : 0) + spec.header.length + i + 1;
  return `${spec.sheet}!${colL(j)}${r}`;
}
function findRow(spec, label) {
  const i = spec.rows.findIndex((r) => String(r[0]).replace(/\s/g, '').includes(label));
  if (i < 0) throw new Error('no row ' + label + ' in ' + spec.title);
  return i;
}
async function writeXlsx(file, specs) {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.sheet);
    const ncol = Math.max(...spec.header.map((h) => h.length));
    let r = 1;
    ws.getCell(r, 1).value = spec.title; ws.mergeCells(r, 1, r, ncol); ws.getCell(r, 1).font = { bold: true, size: 14 }; ws.getCell(r, 1).alignment = { horizontal: 'center' };
    r++;
    if (spec.unit) { ws.getCell(r, ncol).value = spec.unit; ws.getCell(r, ncol).alignment = { horizontal: 'right' }; r++; }
    const h0 = r;
    for (const h of spec.header) { h.forEach((v, j) => { if (v !== null && v !== undefined) ws.getCell(r, j + 1).value = v; }); r++; }
    for (const m of spec.merges || []) ws.mergeCells(h0 + m[0], m[1] + 1, h0 + m[2], m[3] + 1);
    for (const row of spec.rows) {
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        const c = ws.getCell(r, j + 1); c.value = v;
        if (typeof v === 'number' && spec.fmt && spec.fmt[j]) c.numFmt = spec.fmt[j];
      });
      r++;
    }
    for (const n of spec.notes || []) { ws.getCell(r, 1).value = n; r++; }
    ws.getColumn(1).width = 26;
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
}
function writeCsv(file, spec) {
  const lines = [];
  const ncol = Math.max(...spec.header.map((h) => h.length));
  const pad = (a) => { const b = a.slice(); while (b.length < ncol) b.push(''); return b; };
  const esc = (v) => (v === null || v === undefined ? '' : /[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  lines.push(pad([spec.title]).map(esc).join(','));
  if (spec.unit) { const a = new Array(ncol).fill(''); a[ncol - 1] = spec.unit; lines.push(a.map(esc).join(',')); }
  for (const h of spec.header) lines.push(pad(h).map(esc).join(','));
  for (const row of spec.rows) lines.push(pad(row).map(esc).join(','));
  for (const n of spec.notes || []) lines.push(pad([n]).map(esc).join(','));
  fs.writeFileSync(path.join(OUT, file), '\ufeff' + lines.join('\r\n') + '\r\n');
}

// ---------- table builders ----------
// T1 民政主要指标 (indicators rows)
function tMinzheng(sheet = '民政') {
  const cityP = [ri(9000, 15000)]; cityP.push(r0(cityP[0] * rf(0.9, 0.98)));
  const ruralP = [ri(30000, 50000)]; ruralP.push(r0(ruralP[0] * rf(0.92, 0.99)));
  const hh = [0, 1].map((k) => r0((cityP[k] + ruralP[k]) / rf(1.55, 1.7)));
  const stdC = [ri(78, 85) * 10]; stdC.push(stdC[0] + 30);
  const stdR = [ri(60, 70) * 10]; stdR.push(stdR[0] + 40);
  const fundC = [0, 1].map((k) => r1(cityP[k] * stdC[k] * 0.62 * 12 / 10000));
  const fundR = [0, 1].map((k) => r1(ruralP[k] * stdR[k] * 0.55 * 12 / 10000));
  const fund = [0, 1].map((k) => r1(fundC[k] + fundR[k]));
  const tk = [ri(5200, 6800)]; tk.push(r0(tk[0] * rf(0.96, 1.01)));
  const inst = [ri(80, 120)]; inst.push(inst[0] + ri(2, 8));
  const beds = [ri(14000, 19000)]; beds.push(beds[0] + ri(300, 1200));
  const old = [ri(520000, 600000)]; old.push(r0(old[0] * 1.031));
  const per = [0, 1].map((k) => r1(beds[k] / old[k] * 1000));
  const st = [ri(900, 1100)]; st.push(st[0] + ri(-10, 30));
  const mf = [ri(1300, 1700)]; mf.push(mf[0] + ri(10, 60));
  const jj = [ri(20, 35)]; jj.push(jj[0] + ri(0, 3));
  const org = [0, 1].map((k) => st[k] + mf[k] + jj[k]);
  const row = (lab, u, v) => [lab, u, v[0], v[1], gr(v[0], v[1])];
  return {
    sheet, title: '民政事业主要指标', header: [['指标', '单位', '2023年', '2024年', '比上年增长(%)']],
    fmt: [null, null, null, null, '0.0'],
    rows: [
      row('城乡低保对象', '人', [cityP[0] + ruralP[0], cityP[1] + ruralP[1]]),
      row('  其中：城市低保对象', '人', cityP),
      row('        农村低保对象', '人', ruralP),
      row('城乡低保户数', '户', hh),
      row('低保资金支出', '万元', fund),
      row('  其中：城市低保资金', '万元', fundC),
      row('        农村低保资金', '万元', fundR),
      row('城市低保月人均保障标准', '元/月', stdC),
      row('农村低保月人均保障标准', '元/月', stdR),
      row('特困供养人员', '人', tk),
      row('养老机构', '个', inst),
      row('养老机构床位', '张', beds),
      row('每千名老年人拥有养老床位', '张', per),
      row('登记社会组织', '个', org),
      row('  其中：社会团体', '个', st),
      row('        民办非企业单位', '个', mf),
      row('        基金会', '个', jj),
    ],
    notes: ['注：每千名老年人拥有养老床位按60岁及以上户籍老年人口计算。'],
  };
}

// T2 低保 by district (two header rows, 全市 avg for 标准)
function tDibaoDist(names, sheet = '低保') {
  const rows = [];
  const data = names.map((n, i) => {
    const urban = n.endsWith('区');
    const cp = urban ? ri(1200, 2600) : ri(500, 1200);
    const ch = r0(cp / rf(1.5, 1.8));
    const rp = urban ? ri(800, 2500) : ri(3500, 7000);
    const rh = r0(rp / rf(1.6, 1.9));
    const std = urban ? 850 : 810;
    const fund = r1((cp * std * 0.6 + rp * 700 * 0.55) * 12 / 10000);
    return [n, ch, cp, rh, rp, fund, std];
  });
  const tot = ['全市'];
  for (let j = 1; j <= 4; j++) tot.push(sum(data.map((d) => d[j])));
  tot.push(r1(sum(data.map((d) => d[5]))));
  tot.push(r0(sum(data.map((d) => d[2] * d[6])) / tot[2]));
  rows.push(tot, ...data);
  return {
    sheet, title: '2024年各县(市、区)城乡最低生活保障情况',
    header: [['地区', '城市低保', null, '农村低保', null, '低保资金支出(万元)', '城市低保月人均保障标准(元)'], [null, '户数(户)', '人数(人)', '户数(户)', '人数(人)', null, null]],
    merges: [[0, 1, 0, 2], [0, 3, 0, 4], [0, 0, 1, 0], [0, 5, 1, 5], [0, 6, 1, 6]],
    rows, notes: ['注：全市城市低保保障标准为按保障人数加权的平均数。'],
  };
}

// T3 社会组织 by type with 构成
function tSocOrg(sheet = '社会组织') {
  const a = [ri(700, 1000), ri(900, 1500), ri(15, 40)];
  const b = [a[0] + ri(-15, 25), a[1] + ri(10, 70), a[2] + ri(0, 4)];
  const ta = sum(a), tb = sum(b);
  const names = ['社会团体', '民办非企业单位', '基金会'];
  const rows = [['合计', ta, tb, gr(ta, tb), 100.0]];
  names.forEach((n, i) => rows.push([n, a[i], b[i], gr(a[i], b[i]), r1(b[i] / tb * 100)]));
  return { sheet, title: '登记社会组织情况', unit: '单位：个', header: [['类型', '2023年', '2024年', '比上年增长(%)', '2024年构成(%)']], fmt: [null, null, null, '0.0', '0.0'], rows };
}

// T4 R&D time series
function tRD(sheet = 'R&D') {
  let gdp = rf(2400, 3600), rdv = gdp * rf(0.017, 0.022);
  const rows = [];
  let prev = null;
  for (let y = 2019; y <= 2024; y++) {
    const g = r2(gdp), v = r2(rdv);
    rows.push([String(y), v, prev === null ? null : gr(prev, v), g, r2(v / g * 100)]);
    prev = v;
    gdp *= rf(1.03, 1.08); rdv *= rf(1.06, 1.16);
  }
  return { sheet, title: '研究与试验发展(R&D)经费支出', header: [['年份', 'R&D经费支出(亿元)', '比上年增长(%)', '地区生产总值(亿元)', '研发投入强度(%)']], fmt: [null, '0.00', '0.0', '0.00', '0.00'], rows };
}

// T5 patents by type
function tPatent(sheet = '专利') {
  const mk = (lo, hi) => { const a = ri(lo, hi); return [a, r0(a * rf(0.9, 1.25))]; };
  const ap = [mk(3000, 5000), mk(9000, 14000), mk(2500, 4500)];
  const gt = [mk(900, 1600), mk(7000, 11000), mk(2000, 3800)];
  const own = [ri(6000, 9000)]; own.push(r0(own[0] * rf(1.1, 1.2)));
  const pop = [ri(6500000, 7200000)]; pop.push(pop[0] + ri(10000, 40000));
  const per = [0, 1].map((k) => r2(own[k] / pop[k] * 10000));
  const row = (lab, u, v) => [lab, u, v[0], v[1], gr(v[0], v[1])];
  const tot = (arr) => [sum(arr.map((x) => x[0])), sum(arr.map((x) => x[1]))];
  const t = ['发明', '实用新型', '外观设计'];
  return {
    sheet, title: '专利申请与授权情况', header: [['指标', '单位', '2023年', '2024年', '比上年增长(%)']], fmt: [null, null, null, null, '0.0'],
    rows: [
      row('专利申请量', '件', tot(ap)), ...ap.map((v, i) => row('  ' + t[i], '件', v)),
      row('专利授权量', '件', tot(gt)), ...gt.map((v, i) => row('  ' + t[i], '件', v)),
      row('有效发明专利拥有量', '件', own),
      row('每万人口发明专利拥有量', '件', per),
      row('高新技术企业', '家', (() => { const a = ri(600, 1100); return [a, a + ri(60, 200)]; })()),
    ],
    notes: ['注：每万人口发明专利拥有量按年末常住人口计算。'],
  };
}

// T6 patents by district, row and column totals, with 市本级 (高新区)
function tPatentDist(names, sheet = '分区专利') {
  const list = ['高新区(市本级)', ...names];
  const data = list.map((n) => { const f = ri(60, 500), u = ri(400, 2200), d = ri(80, 700); return [n, f + u + d, f, u, d, ri(30, 260)]; });
  const tot = ['全市']; for (let j = 1; j <= 5; j++) tot.push(sum(data.map((d) => d[j])));
  return { sheet, title: '2024年各县(市、区)专利授权及高新技术企业', header: [['地区', '专利授权量(件)', '#发明', '#实用新型', '#外观设计', '高新技术企业(家)']], rows: [tot, ...data], notes: ['注：全市含市本级(高新区)。'] };
}

// T7 library by county, per-capita with hidden population
function tLibrary(names, sheet = '图书馆') {
  const data = names.map((n) => { const pop = ri(250000, 1200000); const books = r2(pop * rf(0.9, 1.8) / 10000); return { n, pop, books, lib: 1, circ: r1(pop * rf(0.5, 1.4) / 10000) }; });
  const rows = data.map((d) => [d.n, d.lib, d.books, r2(d.books * 10000 / d.pop), d.circ]);
  const tb = r2(sum(data.map((d) => d.books))), tp = sum(data.map((d) => d.pop));
  const cityLib = { lib: 1, books: r2(rf(180, 320)), circ: r1(rf(120, 260)) };
  const allB = r2(tb + cityLib.books);
  const tot = ['全市', 1 + data.length, allB, r2(allB * 10000 / tp), r1(cityLib.circ + sum(data.map((d) => d.circ)))];
  return { sheet, title: '2024年公共图书馆基本情况', header: [['地区', '公共图书馆(个)', '总藏量(万册)', '人均藏书(册)', '总流通人次(万人次)']], fmt: [null, null, '0.00', '0.00', '0.0'],
    rows: [tot, ['市本级', 1, cityLib.books, null, cityLib.circ], ...rows], notes: ['注：人均藏书按年末常住人口计算，市本级不单独计算人均。'] };
}

// T8 culture indicators, rates with 百分点 differences
function tCulture(sheet = '文化') {
  const c = (a, b) => [a, b];
  const mus = c(ri(30, 50), 0); mus[1] = mus[0] + ri(1, 4);
  const st = c(ri(120, 180), 0); st[1] = st[0];
  const gb = [r2(rf(99.0, 99.5)), 0]; gb[1] = r2(gb[0] + rf(0.05, 0.3));
  const tv = [r2(rf(99.1, 99.6)), 0]; tv[1] = r2(Math.min(99.95, tv[0] + rf(0.03, 0.25)));
  const vis = [r1(rf(300, 600)), 0]; vis[1] = r1(vis[0] * rf(1.05, 1.3));
  return { sheet, title: '文化事业主要指标', header: [['指标', '单位', '2023年', '2024年', '比上年增减']], fmt: [null, null, null, null, '0.00'],
    rows: [
      ['博物馆', '个', mus[0], mus[1], mus[1] - mus[0]],
      ['  其中：国有博物馆', '个', mus[0] - 9, mus[1] - 10, (mus[1] - 10) - (mus[0] - 9)],
      ['乡镇(街道)综合文化站', '个', st[0], st[1], 0],
      ['博物馆参观人次', '万人次', vis[0], vis[1], r1(vis[1] - vis[0])],
      ['广播综合人口覆盖率', '%', gb[0], gb[1], r2(gb[1] - gb[0])],
      ['电视综合人口覆盖率', '%', tv[0], tv[1], r2(tv[1] - tv[0])],
    ], notes: ['注：比上年增减栏，覆盖率为百分点，其余为绝对数。'] };
}

// T9 air quality by county (leap year 366)
function tAir(names, sheet = '空气质量') {
  const data = names.map((n) => { const d = ri(300, 355); const p23 = ri(26, 38); const p24 = p23 - ri(0, 5); return [n, d, r1(d / 366 * 100), p23, p24, r1((p23 - p24) / p23 * 100)]; });
  const dAvg = r0(sum(data.map((d) => d[1])) / data.length);
  const p23 = r0(sum(data.map((d) => d[3])) / data.length), p24 = r0(sum(data.map((d) => d[4])) / data.length);
  const tot = ['全市', dAvg, r1(dAvg / 366 * 100), p23, p24, r1((p23 - p24) / p23 * 100)];
  return { sheet, title: '2024年各县(市、区)环境空气质量', header: [['地区', '优良天数(天)', '优良天数比例(%)', '2023年PM2.5平均浓度(微克/立方米)', '2024年PM2.5平均浓度(微克/立方米)', 'PM2.5浓度下降(%)']], fmt: [null, null, '0.0', null, null, '0.0'],
    rows: [tot, ...data], notes: ['注：全市数据为各县(市、区)平均值；2024年全年有效监测366天。'] };
}

// T10 eco time series
function tEcoSeries(sheet = '生态') {
  const rows = []; let forest = rf(55, 62), pm = ri(36, 42), sew = rf(92, 95), gar = rf(97, 99.3);
  for (let y = 2019; y <= 2024; y++) {
    const days = (y % 4 === 0) ? 366 : 365;
    const good = ri(290, 345);
    rows.push([String(y), r2(forest), good, r1(good / days * 100), pm, r2(sew), r2(gar)]);
    forest += rf(0.05, 0.4); pm -= ri(0, 3); sew = Math.min(98.9, sew + rf(0.1, 0.9)); gar = Math.min(100, gar + rf(0, 0.4));
  }
  return { sheet, title: '生态环境主要指标(2019—2024年)', header: [['年份', '森林覆盖率(%)', '空气质量优良天数(天)', '优良天数比例(%)', 'PM2.5平均浓度(微克/立方米)', '城市污水处理率(%)', '生活垃圾无害化处理率(%)']],
    fmt: [null, '0.00', null, '0.0', null, '0.00', '0.00'], rows };
}

// T11 特困 by district
function tTekun(names, sheet = '特困供养') {
  const data = names.map((n) => { const j = ri(80, 600), f = ri(300, 1500); const fund = r1((j * 1600 + f * 1100) * 12 / 10000); return [n, j + f, j, f, fund]; });
  const tot = ['合计', sum(data.map((d) => d[1])), sum(data.map((d) => d[2])), sum(data.map((d) => d[3])), r1(sum(data.map((d) => d[4])))];
  return { sheet, title: '2024年特困人员救助供养情况', header: [['地区', '特困供养人员(人)', '#集中供养', '#分散供养', '供养资金(万元)']], fmt: [null, null, null, null, '0.0'], rows: [...data, tot] };
}

// T12 elderly beds by district, with per-thousand computed from pop on sheet
function tBeds(names, sheet = '养老服务') {
  const data = names.map((n) => { const inst = ri(6, 25), beds = ri(900, 3200), nurse = r0(beds * rf(0.45, 0.7)), old = ri(60000, 160000); return { n, inst, beds, nurse, old }; });
  const row = (n, inst, beds, nurse, old) => [n, inst, beds, nurse, r1(nurse / beds * 100), r2(old / 10000), r1(beds / old * 1000)];
  const rows = data.map((d) => row(d.n, d.inst, d.beds, d.nurse, d.old));
  const T = (k) => sum(data.map((d) => d[k]));
  rows.unshift(row('全市', T('inst'), T('beds'), T('nurse'), T('old')));
  return { sheet, title: '2024年养老服务机构及床位', header: [['地区', '养老机构(个)', '床位数(张)', '其中：护理型床位(张)', '护理型床位占比(%)', '60岁及以上户籍人口(万人)', '每千名老年人养老床位(张)']],
    fmt: [null, null, null, null, '0.0', '0.00', '0.0'], rows };
}

// T13 sport indicators
function tSport(sheet = '体育') {
  const pop = [r2(rf(380, 520))]; pop.push(r2(pop[0] * rf(1.002, 1.008)));
  const area = [r2(pop[0] * rf(2.4, 2.9))]; area.push(r2(area[0] * rf(1.03, 1.08)));
  const cnt = [ri(9000, 14000)]; cnt.push(cnt[0] + ri(300, 900));
  const per = [0, 1].map((k) => r2(area[k] / pop[k]));
  const row = (l, u, v, d = 1) => [l, u, v[0], v[1], gr(v[0], v[1])];
  const gold = [ri(8, 20), ri(8, 20)];
  return { sheet, title: '体育事业主要指标', header: [['指标', '单位', '2023年', '2024年', '比上年增长(%)']], fmt: [null, null, null, null, '0.0'],
    rows: [row('体育场地', '个', cnt), row('体育场地面积', '万平方米', area), row('年末常住人口', '万人', pop), row('人均体育场地面积', '平方米', per),
      ['经常参加体育锻炼人数比例', '%', 40.2, 41.5, null], row('在省级以上比赛中获得金牌', '枚', gold)],
    notes: ['注：人均体育场地面积=体育场地面积/年末常住人口。'] };
}

// T14 高新技术企业 by district
function tHighTech(names, sheet = '高企') {
  const data = names.map((n) => { const a = ri(40, 300), b = a + ri(5, 60); return [n, a, b, b - a, gr(a, b)]; });
  const a = sum(data.map((d) => d[1])), b = sum(data.map((d) => d[2]));
  return { sheet, title: '各县(市、区)高新技术企业数', unit: '单位：家', header: [['地区', '2023年', '2024年', '净增', '增长(%)']], fmt: [null, null, null, null, '0.0'], rows: [['全市', a, b, b - a, gr(a, b)], ...data] };
}

// T15 categories 一、二、三 with 2024 + growth
function tCategories(sheet = '社会事业', with23 = false) {
  const v = (a, b) => [a, b];
  const st = ri(800, 1000), mf = ri(1000, 1400), jj = ri(15, 30);
  const st0 = st - ri(0, 20), mf0 = mf - ri(5, 40), jj0 = jj - ri(0, 2);
  const f = ri(900, 1500), u = ri(6000, 9000), d = ri(1500, 3000);
  const f0 = r0(f * rf(0.8, 1.05)), u0 = r0(u * rf(0.9, 1.1)), d0 = r0(d * rf(0.95, 1.15));
  const mus = ri(20, 40);
  const row = (l, unit, a, b) => with23 ? [l, unit, a, b, gr(a, b)] : [l, unit, b, gr(a, b)];
  const sp = (x) => with23 ? [x, null, null, null, null] : [x, null, null, null];
  const sx = (l, u, v) => with23 ? [l, u, null, v, null] : [l, u, v, null];
  return { sheet, title: '社会事业发展主要指标(2024年)', header: [with23 ? ['指标', '单位', '2023年', '2024年', '比上年增长(%)'] : ['指标', '单位', '2024年', '比上年增长(%)']], fmt: with23 ? [null, null, null, null, '0.0'] : [null, null, null, '0.0'],
    rows: [
      sp('一、民政'),
      row('登记社会组织', '个', st0 + mf0 + jj0, st + mf + jj),
      row('  社会团体', '个', st0, st), row('  民办非企业单位', '个', mf0, mf), row('  基金会', '个', jj0, jj),
      sp('二、科技'),
      row('专利授权量', '件', f0 + u0 + d0, f + u + d),
      row('  发明', '件', f0, f), row('  实用新型', '件', u0, u), row('  外观设计', '件', d0, d),
      sp('三、文化'),
      row('博物馆', '个', mus - 2, mus),
      sp('四、生态'),
      sx('森林覆盖率', '%', 63.15),
      sx('空气质量优良天数比例', '%', r1(331 / 366 * 100)),
    ], notes: ['注：森林覆盖率为年度监测数，不计算增长。'] };
}

// T18 社会组织 by district with 市本级 in 全市
function tSocOrgDist(names, sheet = '社会组织分布') {
  const list = ['市本级', ...names];
  const data = list.map((n, i) => { const s = i === 0 ? ri(250, 400) : ri(40, 160), m = i === 0 ? ri(150, 300) : ri(60, 220), j = i === 0 ? ri(8, 20) : ri(0, 4); return [n, s + m + j, s, m, j]; });
  const tot = ['全市']; for (let j = 1; j <= 4; j++) tot.push(sum(data.map((d) => d[j])));
  return { sheet, title: '2024年末各地登记社会组织数', unit: '单位：个', header: [['地区', '合计', '社会团体', '民办非企业单位', '基金会']], rows: [tot, ...data] };
}

// T19 sewage/garbage by county
function tSewage(names, sheet = '污水垃圾') {
  const data = names.map((n) => { const e = r1(rf(800, 6000)), p = r1(e * rf(0.9, 0.985)); const g = r2(rf(8, 40)), gh = r2(g * rf(0.985, 1)); return [n, e, p, r2(p / e * 100), g, gh, r2(gh / g * 100)]; });
  const T = (k) => sum(data.map((d) => d[k]));
  const e = r1(T(1)), p = r1(T(2)), g = r2(T(4)), gh = r2(T(5));
  return { sheet, title: '2024年污水处理和生活垃圾处理情况', header: [['地区', '污水排放量(万吨)', '污水处理量(万吨)', '污水处理率(%)', '生活垃圾清运量(万吨)', '无害化处理量(万吨)', '无害化处理率(%)']],
    fmt: [null, '0.0', '0.0', '0.00', '0.00', '0.00', '0.00'], rows: [['全市', e, p, r2(p / e * 100), g, gh, r2(gh / g * 100)], ...data] };
}

// T20 culture facilities by county with 其中
function tCultFac(names, sheet = '文化设施') {
  const data = names.map((n) => { const st = ri(8, 22), mus = ri(1, 6), gov = ri(1, mus), lib = 1; return [n, 1, st, mus, gov, lib]; });
  const tot = ['合计']; for (let j = 1; j <= 5; j++) tot.push(sum(data.map((d) => d[j])));
  return { sheet, title: '2024年各县(市、区)文化设施', unit: '单位：个', header: [['地区', '文化馆', '文化站', '博物馆', '其中：国有', '公共图书馆']], rows: [tot, ...data], notes: ['注：博物馆含非国有博物馆。', '资料来源：市文化广电旅游局。'] };
}

// T21 民政事业费 by item with 构成
function tMzFunds(sheet = '民政事业费') {
  const items = ['最低生活保障', '特困人员供养', '临时救助', '养老服务', '优抚安置', '其他'];
  const a = items.map(() => r1(rf(800, 30000))), b = a.map((x) => r1(x * rf(0.92, 1.15)));
  const ta = r1(sum(a)), tb = r1(sum(b));
  const rows = [['合计', tb, 100.0, ta, gr(ta, tb)], ...items.map((n, i) => ['  ' + n, b[i], r1(b[i] / tb * 100), a[i], gr(a[i], b[i])])];
  return { sheet, title: '民政事业费支出情况', unit: '单位：万元', header: [['项目', '2024年', '构成(%)', '2023年', '比上年增长(%)']], fmt: [null, '0.0', '0.0', '0.0', '0.0'], rows };
}

// ---------- cases ----------
const manifest = {};
const cases = [];
function C(file, seedv, build, plant) { cases.push({ file, seedv, build, plant }); }
const setv = (spec, label, j, f, note) => { const i = findRow(spec, label); const old = spec.rows[i][j]; spec.rows[i][j] = f(old); return { cell: addr(spec, i, j), note: `${note} (${old} -> ${spec.rows[i][j]})` }; };

// clean
C('c01_minzheng_indicators.xlsx', 11, () => [tMinzheng()]);
C('c02_dibao_district.xlsx', 12, () => [tDibaoDist(DIST_A)]);
C('c03_social_org_type.xlsx', 13, () => [tSocOrg()]);
C('c04_rd_series.xlsx', 14, () => [tRD()]);
C('c05_patent_type.xlsx', 15, () => [tPatent()]);
C('c06_patent_district.xlsx', 16, () => [tPatentDist(DIST_D)]);
C('c07_library_county.xlsx', 17, () => [tLibrary(DIST_F)]);
C('c08_culture_indicators.xlsx', 18, () => [tCulture()]);
C('c09_air_county.xlsx', 19, () => [tAir(DIST_E)]);
C('c10_eco_series.xlsx', 20, () => [tEcoSeries()]);
C('c11_tekun_district.xlsx', 21, () => [tTekun(DIST_C)]);
C('c12_beds_district.xlsx', 22, () => [tBeds(DIST_D)]);
C('c13_sport.xlsx', 23, () => [tSport()]);
C('c14_hightech_district.xlsx', 24, () => [tHighTech(DIST_A)]);
C('c15_categories.xlsx', 25, () => [tCategories()]);
C('c16_minzheng.csv', 26, () => [tMinzheng()]);
C('c17_air_county.csv', 27, () => [tAir(DIST_D)]);
C('c18_social_org_district.xlsx', 28, () => [tSocOrgDist(DIST_B)]);
C('c19_sewage_county.xlsx', 29, () => [tSewage(DIST_F)]);
C('c20_culture_facilities.xlsx', 30, () => [tCultFac(DIST_E)]);
C('c21_mz_funds.xlsx', 31, () => [tMzFunds()]);
C('c23_categories_2col.xlsx', 33, () => [tCategories('社会事业', true)]);
C('c24_air_county_b.xlsx', 34, () => [tAir(DIST_A)]);
C('c25_air_county_c.xlsx', 35, () => [tAir(DIST_F)]);
C('c26_air_county_d.xlsx', 36, () => [tAir(DIST_B)]);
C('c22_yearbook_multi.xlsx', 32, () => [tMinzheng('表1民政'), tPatent('表2专利'), tEcoSeries('表3生态'), tLibrary(DIST_C, '表4图书馆')]);

// planted
C('p01_minzheng_total.xlsx', 41, () => [tMinzheng()], (s) => setv(s[0], '城乡低保对象', 3, (v) => v + 120, '2024 城乡低保对象 total raised by 120'));
C('p02_socorg_growth.xlsx', 42, () => [tSocOrg()], (s) => setv(s[0], '基金会', 3, (v) => r1(v + 6.3), '基金会 growth rate wrong'));
C('p03_rd_intensity.xlsx', 43, () => [tRD()], (s) => setv(s[0], '2022', 4, (v) => r2(v + 0.18), '2022 研发投入强度 wrong'));
C('p04_patent_growth.xlsx', 44, () => [tPatent()], (s) => setv(s[0], '专利申请量', 4, (v) => r1(v + 4.0), '专利申请量 growth wrong'));
C('p05_patent_dist_cell.xlsx', 45, () => [tPatentDist(DIST_D)], (s) => setv(s[0], '东阳市', 3, (v) => v + 100, '东阳市 实用新型 +100 (row and column total now off)'));
C('p06_library_total.xlsx', 46, () => [tLibrary(DIST_F)], (s) => setv(s[0], '全市', 2, (v) => r2(v - 12.4), '全市 总藏量 lowered (人均 not recomputed)'));
C('p07_air_ratio.xlsx', 47, () => [tAir(DIST_E)], (s) => setv(s[0], '诸暨市', 2, (v) => r1(v + 2.3), '诸暨市 优良天数比例 wrong'));
C('p08_eco_leapyear.xlsx', 48, () => [tEcoSeries()], (s) => { const i = findRow(s[0], '2020'); return setv(s[0], '2020', 3, () => r1(s[0].rows[i][2] / 365 * 100 + 0.5), '2020 优良天数比例 wrong (days/365 + 0.5)'); });
C('p09_tekun_rowtotal.xlsx', 49, () => [tTekun(DIST_C)], (s) => setv(s[0], '长兴县', 1, (v) => v + 90, '长兴县 特困供养 合计 ≠ 集中+分散'));
C('p10_beds_nurse_gt.xlsx', 50, () => [tBeds(DIST_D)], (s) => { const i = findRow(s[0], '兰溪市'); return setv(s[0], '兰溪市', 3, () => s[0].rows[i][2] + 150, '兰溪市 护理型床位 > 床位数'); });
C('p11_hightech_growth.xlsx', 51, () => [tHighTech(DIST_A)], (s) => setv(s[0], '晋安区', 4, (v) => r1(v + 5.5), '晋安区 增长% wrong'));
C('p12_socorg_dist_benji.xlsx', 52, () => [tSocOrgDist(DIST_B)], (s) => setv(s[0], '全市', 4, (v) => v - 12, '全市 基金会 lowered by 12'));
C('p13_sewage_rate.xlsx', 53, () => [tSewage(DIST_F)], (s) => setv(s[0], '桦甸市', 3, (v) => r2(v - 3.1), '桦甸市 污水处理率 wrong'));
C('p14_mzfunds_2023.xlsx', 54, () => [tMzFunds()], (s) => setv(s[0], '临时救助', 3, (v) => r1(v + 500), '临时救助 2023 amount +500 (2023 total and growth off)'));
C('p15_air_pm_csv.csv', 55, () => [tAir(DIST_D)], (s) => setv(s[0], '义乌市', 5, (v) => r1(v + 7.0), '义乌市 PM2.5 下降% wrong'));
C('p16_minzheng_part.xlsx', 56, () => [tMinzheng()], (s) => setv(s[0], '基金会', 3, (v) => v + 40, '基金会 2024 count +40: 其中 parts now exceed 登记社会组织 total'));
C('p17_dibao_total.xlsx', 57, () => [tDibaoDist(DIST_A)], (s) => setv(s[0], '全市', 4, (v) => v + 300, '全市 农村低保人数 +300'));

(async () => {
  for (const c of cases) {
    seed = c.seedv * 7919 + 17;
    const specs = c.build();
    manifest[c.file] = c.plant ? c.plant(specs) : null;
    if (c.file.endsWith('.csv')) { const s = specs[0]; manifest[c.file] && (manifest[c.file].cell = manifest[c.file].cell.replace(/^[^!]*!/, '')); writeCsv(c.file, s); }
    else await writeXlsx(c.file, specs);
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 2));
  console.log('wrote', cases.length, 'cases');
})();
