const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round26-a'; // writes clean/ and planted/ there
let seed = 26042026;
function rand() { seed = (seed * 1664525 + 1013904223) % 4294967296; return seed / 4294967296; }
const R = (x, d = 0) => { const f = 10 ** d; return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const G = (c, p) => (c / p - 1) * 100;
const rv = (b) => b * (0.55 + rand() * 0.9);
const sum = (a) => a.reduce((s, x) => s + x, 0);
const gr = (c, p) => R(G(c, p), 1);
const I = (n) => '　'.repeat(n); // full-width indent

// ---------- layout writer ----------
async function writeBook(file, sheets, plant) {
  const wb = new ExcelJS.Workbook();
  let plantInfo = null;
  for (let si = 0; si < sheets.length; si++) {
    const s = sheets[si];
    const ws = wb.addWorksheet(s.name);
    const ncol = Math.max(...s.head.map(h => h.length));
    let r = 1;
    ws.getCell(r, 1).value = s.title; ws.mergeCells(r, 1, r, ncol);
    ws.getCell(r, 1).alignment = { horizontal: 'center' }; ws.getCell(r, 1).font = { bold: true, size: 14 };
    r++;
    if (s.unit) {
      const c = s.unitLeft ? 1 : ncol;
      ws.getCell(r, c).value = s.unit; ws.getCell(r, c).alignment = { horizontal: s.unitLeft ? 'left' : 'right' };
      r++;
    }
    const h0 = r;
    s.head.forEach((h, i) => h.forEach((v, j) => { if (v !== null && v !== undefined) ws.getCell(h0 + i, j + 1).value = v; }));
    (s.merges || []).forEach(([r1, c1, r2, c2]) => ws.mergeCells(h0 + r1, c1 + 1, h0 + r2, c2 + 1));
    r = h0 + s.head.length;
    const d0 = r;
    s.rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(d0 + i, j + 1);
      cell.value = v;
      if (typeof v === 'number' && s.fmt && s.fmt[j]) cell.numFmt = s.fmt[j];
    }));
    r = d0 + s.rows.length;
    (s.notes || []).forEach(n => { ws.getCell(r, 1).value = n; r++; });
    ws.getColumn(1).width = 26;
    if (plant && plant.sheet === si) {
      let ri = typeof plant.row === 'number' ? plant.row : s.rows.findIndex(x => String(x[0]).trim().replace(/^　+/, '') === plant.row);
      if (plant.rowCol !== undefined) ri = s.rows.findIndex(x => String(x[plant.rowCol]).trim() === plant.row);
      if (ri < 0) throw new Error('plant row not found ' + file + ' ' + plant.row);
      const cell = ws.getCell(d0 + ri, plant.col + 1);
      const orig = cell.value;
      if (typeof orig !== 'number') throw new Error('plant not number ' + file);
      const dec = (String(orig).split('.')[1] || '').length;
      let nv = R(orig * plant.factor, dec);
      if (nv === orig) nv = R(orig + (plant.factor > 1 ? 1 : -1) * 10 ** -dec, dec);
      cell.value = nv;
      plantInfo = { file: path.basename(file), sheet: s.name, cell: cell.address, original: orig, planted: nv };
    }
  }
  await wb.xlsx.writeFile(file);
  return plantInfo;
}

const T = []; // {file, sheets, plant}
const add = (file, sheets, plant) => T.push({ file, sheets, plant });

// helper: indicator|unit|cur|prev|growth table row
const icpg = (label, unit, c, p, d) => [label, unit, R(c, d), R(p, d), gr(c, p)];

// T01 旅客运输量
{
  const m = { 铁路: [1523.47, 1102.31], 公路: [3862.21, 4401.83], 水运: [86.437, 71.218], 民航: [412.63, 238.51] };
  const z = { 铁路: [98.7641, 71.3512], 公路: [42.3187, 48.7702], 水运: [0.41236, 0.36121], 民航: [76.4122, 44.2731] };
  const tc = sum(Object.values(m).map(x => x[0])), tp = sum(Object.values(m).map(x => x[1]));
  const zc = sum(Object.values(z).map(x => x[0])), zp = sum(Object.values(z).map(x => x[1]));
  const rows = [icpg('旅客运输量', '万人', tc, tp, 1), ...Object.entries(m).map(([k, v]) => icpg(I(1) + k, '万人', v[0], v[1], 1)),
  icpg('旅客周转量', '亿人公里', zc, zp, 2), ...Object.entries(z).map(([k, v]) => icpg(I(1) + k, '亿人公里', v[0], v[1], 2))];
  add('t01_客运量.xlsx', [{ name: '旅客运输', title: '各种运输方式旅客运输量', head: [['指标', '计量单位', '2023年', '2022年', '比上年增长(%)']], rows, notes: ['注：民航为本市机场始发旅客。'] }], { sheet: 0, row: '旅客运输量', col: 2, factor: 1.08 });
}
// T02 货运量 with 其中
{
  const m = { 铁路: [2876.412, 2954.137], 公路: [18734.56, 17210.09], 水运: [6541.873, 5987.214], 民航: [3.4127, 2.9876], 管道: [812.44, 790.31] };
  const nh = [4012.388, 3620.515]; // 其中 内河
  const tc = sum(Object.values(m).map(x => x[0])), tp = sum(Object.values(m).map(x => x[1]));
  const rows = [['货物运输总量', R(tc, 2), R(tp, 2), gr(tc, tp)]];
  for (const [k, v] of Object.entries(m)) { rows.push([I(1) + k, R(v[0], 2), R(v[1], 2), gr(v[0], v[1])]); if (k === '水运') rows.push([I(2) + '其中：内河', R(nh[0], 2), R(nh[1], 2), gr(nh[0], nh[1])]); }
  add('t02_货运量.xlsx', [{ name: 'Sheet1', title: '各种运输方式货物运输量', unit: '单位：万吨', head: [['运输方式', '2023年', '2022年', '增长(%)']], rows }], { sheet: 0, row: '货物运输总量', col: 3, factor: 1.15 });
}
// T03 公路里程 by grade, years
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const gs = { 高速公路: 412.3, 一级公路: 655.8, 二级公路: 1843.2, 三级公路: 2210.7, 四级公路: 9876.4 };
  const data = {}; for (const g in gs) { let b = gs[g]; data[g] = yrs.map((y, i) => b * (1 + 0.021 * i + rand() * 0.03)); }
  const dw = yrs.map((y, i) => 1432.7 * (1 - 0.09 * i) + rand() * 40);
  const lev = yrs.map((_, i) => sum(Object.values(data).map(a => a[i])));
  const tot = yrs.map((_, i) => lev[i] + dw[i]);
  const rural = yrs.map((_, i) => data['三级公路'][i] * 0.8 + data['四级公路'][i] + dw[i] * 0.97);
  const rows = [['公路通车里程', ...tot.map(x => R(x))], [I(1) + '其中：农村公路', ...rural.map(x => R(x))], ['按技术等级分', null], [I(1) + '等级公路', ...lev.map(x => R(x))],
  ...Object.entries(data).map(([k, a]) => [I(2) + k, ...a.map(x => R(x))]), [I(1) + '等外公路', ...dw.map(x => R(x))]];
  add('t03_公路里程等级.xlsx', [{ name: '公路里程', title: '公路通车里程', unit: '单位：公里', head: [['指标', ...yrs.map(y => y + '年')]], rows, notes: ['注：农村公路包括县道、乡道、村道。'] }], { sheet: 0, row: '等级公路', col: 4, factor: 1.06 });
}
// T04 公路里程 by county
{
  const cs = ['东湖区', '西湖区', '青云谱区', '新建区', '南昌县', '安义县', '进贤县'];
  const cols = ['国道', '省道', '县道', '乡道', '村道'];
  const d = cs.map(() => [rv(120), rv(160), rv(380), rv(700), rv(1900)]);
  d[0][2] = 0; d[1][2] = 0; // urban districts no county road
  const tot = cols.map((_, j) => sum(d.map(r => r[j])));
  const rows = [[null, '全市', R(sum(tot), 1), ...tot.map(x => R(x, 1))], ...cs.map((c, i) => [i + 1, c, R(sum(d[i]), 1), ...d[i].map(x => x === 0 ? '-' : R(x, 1))])];
  add('t04_公路里程分县.xlsx', [{ name: '分县区', title: '各县（区）公路里程（2023年）', unit: '单位：公里', head: [['序号', '县（区）', '合计', '按行政等级分', null, null, null, null], [null, null, null, ...cols]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 7]], rows }], { sheet: 0, row: '全市', rowCol: 1, col: 2, factor: 0.93 });
}
// T05 民用汽车
{
  const mk = (b) => [Math.round(rv(b)), 0];
  const pc = { 大型: 3412, 中型: 1876, 小型: 1423987, 微型: 2311 }, pp = { 大型: 3530, 中型: 1954, 小型: 1318455, 微型: 2587 };
  const fc = { 重型: 48712, 中型: 6021, 轻型: 98765, 微型: 312 }, fp = { 重型: 45233, 中型: 6340, 轻型: 94120, 微型: 355 };
  const oc = 1287, op = 1341;
  const kc = sum(Object.values(pc)), kp = sum(Object.values(pp)), hc = sum(Object.values(fc)), hp = sum(Object.values(fp));
  const tc = kc + hc + oc, tp = kp + hp + op;
  const sc = 1398712, sp = 1291003, jc = 1189023, jp = 1102777;
  const rows = [['民用汽车拥有量', tc, tp, gr(tc, tp)], [I(1) + '载客汽车', kc, kp, gr(kc, kp)], ...Object.keys(pc).map(k => [I(2) + k, pc[k], pp[k], gr(pc[k], pp[k])]),
  [I(1) + '载货汽车', hc, hp, gr(hc, hp)], ...Object.keys(fc).map(k => [I(2) + k, fc[k], fp[k], gr(fc[k], fp[k])]), [I(1) + '其他汽车', oc, op, gr(oc, op)],
  ['其中：私人汽车', sc, sp, gr(sc, sp)], [I(1) + '其中：轿车', jc, jp, gr(jc, jp)]];
  add('t05_民用汽车.xlsx', [{ name: '民用汽车', title: '民用汽车拥有量', unit: '单位：辆', head: [['指标', '2023年末', '2022年末', '增长(%)']], rows, notes: ['资料来源：市公安局交通管理局。'] }], { sheet: 0, row: '载客汽车', col: 1, factor: 1.07 });
}
// T06 私人汽车 by county, per 100 households
{
  const cs = ['市辖区', '临川区', '东乡区', '南城县', '黎川县', '南丰县', '崇仁县', '乐安县'];
  const hh = cs.map(() => rv(22)); const car = hh.map(h => h * (0.35 + rand() * 0.3)); const jc = car.map(c => c * (0.78 + rand() * 0.1));
  const H = sum(hh), C = sum(car), J = sum(jc);
  const rows = [...cs.map((c, i) => [c, R(hh[i], 2), R(car[i], 2), R(jc[i], 2), R(car[i] / hh[i] * 100, 1)]), ['合计', R(H, 2), R(C, 2), R(J, 2), R(C / H * 100, 1)]];
  add('t06_私人汽车分县.xlsx', [{ name: '私人汽车', title: '各县（区）私人汽车拥有情况', head: [['地区', '年末户数（万户）', '私人汽车（万辆）', '#轿车（万辆）', '每百户拥有私人汽车（辆）']], rows }], { sheet: 0, row: '合计', col: 4, factor: 1.1 });
}
// T07 邮电业务 (growth only)
{
  const rows = [['邮电业务总量', '亿元', R(86.417 + 152.338, 2), 14.2], [I(1) + '邮政业务总量', '亿元', 86.42, 11.8], [I(1) + '电信业务总量', '亿元', 152.34, 15.6],
  ['快递业务量', '万件', 41287.6, 18.3], ['快递业务收入', '亿元', 38.77, 9.4], ['移动电话用户', '万户', 1086.45, 2.1], [I(1) + '其中：5G用户', '万户', 512.87, 38.6],
  ['固定电话用户', '万户', 98.12, -6.4], ['互联网宽带接入用户', '万户', 412.36, 5.3], [I(1) + '其中：FTTH/O用户', '万户', 398.71, 5.9]];
  add('t07_邮电业务.xlsx', [{ name: 'Sheet1', title: '邮电业务主要指标（2023年）', head: [['指标', '单位', '绝对数', '比上年增长(%)']], rows, notes: ['注：邮政业务总量按2020年不变价计算，电信业务总量按上年不变价计算。'] }], { sheet: 0, row: '邮电业务总量', col: 2, factor: 1.12 });
}
// T08 电话用户 and 普及率
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const pop = [587.42, 591.18, 593.07, 594.66, 596.21].map(x => x + rand() * 0.004);
  const fix = [121.37, 112.84, 108.21, 101.77, 96.43].map(x => x + rand() * 0.004);
  const mob = [702.18, 731.56, 768.92, 790.14, 812.67].map(x => x + rand() * 0.004);
  const rows = [['年末常住人口（万人）', ...pop.map(x => R(x, 2))], ['固定电话用户（万户）', ...fix.map(x => R(x, 2))], ['移动电话用户（万户）', ...mob.map(x => R(x, 2))],
  ['固定电话普及率（部/百人）', ...fix.map((x, i) => R(x / pop[i] * 100, 1))], ['移动电话普及率（部/百人）', ...mob.map((x, i) => R(x / pop[i] * 100, 1))]];
  add('t08_电话普及率.xlsx', [{ name: '电话', title: '电话用户及普及率', head: [['指标', ...yrs.map(y => y + '年')]], rows }], { sheet: 0, row: '移动电话普及率（部/百人）', col: 5, factor: 1.09 });
}
// T09 旅游 overview, 外汇 in 万美元
{
  const dc = 9876.543, dp = 6212.908; const ic = { 外国人: 8.4123, 香港同胞: 6.1287, 澳门同胞: 1.0931, 台湾同胞: 4.2876 }, ip = { 外国人: 2.1021, 香港同胞: 1.4312, 澳门同胞: 0.3321, 台湾同胞: 1.9987 };
  const Ic = sum(Object.values(ic)), Ip = sum(Object.values(ip));
  const drc = 1012.4387, drp = 643.1192, fxc = 18765.43, fxp = 5123.88, rc = 7.0467, rp = 6.7261;
  const trc = drc + fxc * rc / 10000, trp = drp + fxp * rp / 10000;
  const rows = [icpg('接待游客总人次', '万人次', dc + Ic, dp + Ip, 2), icpg(I(1) + '国内游客', '万人次', dc, dp, 2), icpg(I(1) + '入境游客', '万人次', Ic, Ip, 2),
  ...Object.keys(ic).map(k => icpg(I(2) + k, '万人次', ic[k], ip[k], 2)),
  icpg('旅游总收入', '亿元', trc, trp, 2), icpg(I(1) + '国内旅游收入', '亿元', drc, drp, 2), icpg(I(1) + '旅游外汇收入', '万美元', fxc, fxp, 2)];
  add('t09_旅游总览.xlsx', [{ name: '旅游', title: '旅游业主要指标', head: [['指标', '计量单位', '2023年', '2022年', '比上年增长(%)']], rows, notes: ['注：旅游总收入含旅游外汇收入按当年平均汇率折合人民币。'] }], { sheet: 0, row: '入境游客', col: 4, factor: 0.88 });
}
// T10 入境游客 by country, deep hierarchy
{
  const tree = { 亚洲: ['日本', '韩国', '新加坡', '马来西亚', '其他'], 欧洲: ['英国', '法国', '德国', '俄罗斯', '其他'], 美洲: ['美国', '加拿大', '其他'], 大洋洲: ['澳大利亚', '其他'], 非洲: null, 其他国家: null };
  const rows = []; let fc = 0, fp = 0; const cont = [];
  for (const [k, ch] of Object.entries(tree)) {
    if (ch) { const c = ch.map(() => Math.round(rv(3000))), p = c.map(x => Math.round(x * (0.2 + rand() * 0.4))); const sc = sum(c), sp = sum(p); fc += sc; fp += sp; cont.push([I(2) + k, sc, sp, gr(sc, sp)]); ch.forEach((n, i) => cont.push([I(3) + n, c[i], p[i], gr(c[i], p[i])])); }
    else { const c = Math.round(rv(900)), p = Math.round(c * 0.3); fc += c; fp += p; cont.push([I(2) + k, c, p, gr(c, p)]); }
  }
  const hk = [61287, 14312], mo = [10931, 3321], tw = [42876, 19987];
  const tc = fc + hk[0] + mo[0] + tw[0], tp = fp + hk[1] + mo[1] + tw[1];
  rows.push(['总计', tc, tp, gr(tc, tp)], [I(1) + '外国人', fc, fp, gr(fc, fp)], ...cont, [I(1) + '香港同胞', ...hk, gr(...hk)], [I(1) + '澳门同胞', ...mo, gr(...mo)], [I(1) + '台湾同胞', ...tw, gr(...tw)]);
  add('t10_入境游客国别.xlsx', [{ name: '入境游客', title: '接待入境游客人数', unit: '单位：人次', head: [['国家和地区', '2023年', '2022年', '增长(%)']], rows }], { sheet: 0, row: '欧洲', col: 1, factor: 1.11 });
}
// T11 A级景区 by county
{
  const cs = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];
  const d = cs.map(() => [rand() < 0.15 ? 1 : 0, Math.floor(rand() * 7), Math.floor(rand() * 12) + 1, Math.floor(rand() * 5), rand() < 0.3 ? 1 : 0]);
  const tot = [0, 1, 2, 3, 4].map(j => sum(d.map(r => r[j])));
  const dash = x => x === 0 ? '-' : x;
  const rows = [...cs.map((c, i) => [i + 1, c, sum(d[i]), ...d[i].map(dash)]), [null, '全市合计', sum(tot), ...tot.map(dash)]];
  add('t11_A级景区.xlsx', [{ name: 'A级景区', title: '各县（市、区）A级旅游景区数量（2023年末）', unit: '单位：个', head: [['序号', '县（市、区）', '合计', '5A级', '4A级', '3A级', '2A级', '1A级']], rows }], { sheet: 0, row: '全市合计', rowCol: 1, col: 4, factor: 1.2 });
}
// T12 公共图书馆 by county
{
  const cs = ['市本级', '越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县'];
  const d = cs.map(() => [1, Math.round(rv(60)), rv(95), rv(130), rv(110), Math.round(rv(900))]);
  const t = [0, 1, 2, 3, 4, 5].map(j => sum(d.map(r => r[j])));
  const f = (r) => [r[0], r[1], R(r[2], 2), R(r[3], 2), R(r[4], 2), r[5]];
  const rows = [['全市', ...f(t)], ...cs.map((c, i) => [I(1) + c, ...f(d[i])])];
  add('t12_公共图书馆.xlsx', [{ name: '图书馆', title: '公共图书馆基本情况（2023年）', head: [['地区', '机构数（个）', '从业人员（人）', '总藏量（万册）', '总流通人次（万人次）', '书刊外借册次（万册次）', '阅览室座席数（个）']], rows }], { sheet: 0, row: '全市', col: 3, factor: 1.07 });
}
// T13 博物馆 years
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const gy = [18, 19, 21, 22, 24], fy = [5, 7, 8, 11, 13];
  const col = [212345, 221876, 230114, 241562, 256013], zg = [10234, 10412, 10977, 11203, 11876];
  const vis = [812.37, 301.22, 498.71, 402.18, 1087.66], wcn = [201.12, 66.45, 122.87, 97.31, 298.02];
  const rows = [['博物馆（个）', ...yrs.map((_, i) => gy[i] + fy[i])], [I(1) + '国有', ...gy], [I(1) + '非国有', ...fy], ['文物藏品（件/套）', ...col], [I(1) + '其中：珍贵文物', ...zg],
  ['参观人次（万人次）', ...vis], [I(1) + '其中：未成年人', ...wcn]];
  add('t13_博物馆.xlsx', [{ name: '博物馆', title: '博物馆基本情况', head: [['指标', ...yrs.map(y => y + '年')]], rows }], { sheet: 0, row: '博物馆（个）', col: 3, factor: 1.1 });
}
// T14 文化机构 two-level header
{
  const it = ['艺术表演团体', '艺术表演场馆', '文化馆', '文化站', '公共图书馆', '博物馆', '档案馆'];
  const d = it.map(() => { const a = Math.round(rv(40)), b = Math.round(a * (0.9 + rand() * 0.15)); return [a, Math.round(a * rv(12)), b, Math.round(b * rv(12))]; });
  const t = [0, 1, 2, 3].map(j => sum(d.map(r => r[j])));
  const rows = [['合计', ...t], ...d.map((r, i) => [I(1) + it[i], ...r])];
  add('t14_文化机构.xlsx', [{ name: '文化机构', title: '文化文物机构及从业人员', head: [['机构类别', '2023年', null, '2022年', null], [null, '机构数（个）', '从业人员（人）', '机构数（个）', '从业人员（人）']], merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4]], rows }], null);
}
// T15 广播电视 coverage
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const rows = [['广播节目综合人口覆盖率（%）', 99.61, 99.72, 99.85, 99.91, 100.00], ['电视节目综合人口覆盖率（%）', 99.68, 99.79, 99.88, 99.95, 100.00],
  ['有线电视实际用户（万户）', 168.42, 161.37, 152.09, 147.76, 141.23], [I(1) + '其中：数字电视用户', 160.11, 155.42, 148.37, 145.02, 139.87], ['广播电视播出机构（个）', 11, 11, 10, 10, 10]];
  add('t15_广播电视.xlsx', [{ name: '广电', title: '广播电视主要指标', head: [['指标', ...yrs.map(y => y + '年')]], rows, notes: ['注：2023年起覆盖率按新口径计算。'] }], null);
}
// T16 港口吞吐量 two-level with 其中 column
{
  const ps = ['宁波舟山港', '温州港', '嘉兴港', '台州港', '内河港口'];
  const d = ps.map((_, i) => { const c = i === 0 ? 132012.6 + rand() : rv(9000); const p = c / (1.02 + rand() * 0.1); const w = c * (0.2 + rand() * 0.4); const wp = w / (0.98 + rand() * 0.12); const t = i === 4 ? 0 : (i === 0 ? 3530.12 : rv(90)); return [c, p, w, wp, t, t / (1.03 + rand() * 0.08)]; });
  const t = [0, 1, 2, 3, 4, 5].map(j => sum(d.map(r => r[j])));
  const f = r => [R(r[0], 1), R(r[1], 1), gr(r[0], r[1]), R(r[2], 1), gr(r[2], r[3]), r[4] ? R(r[4], 2) : '—', r[4] ? gr(r[4], r[5]) : '—'];
  const rows = [['全省合计', ...f(t)], ...ps.map((p, i) => [I(1) + p, ...f(d[i])])];
  add('t16_港口吞吐量.xlsx', [{ name: '港口', title: '主要港口货物及集装箱吞吐量（2023年）', head: [['港口', '货物吞吐量（万吨）', null, null, '#外贸（万吨）', null, '集装箱（万标箱）', null], [null, '本年', '上年', '增长(%)', '本年', '增长(%)', '本年', '增长(%)']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 5], [0, 6, 0, 7]], rows }], { sheet: 0, row: '全省合计', col: 3, factor: 1.18 });
}
// T17 机场 with total at bottom
{
  const ap = ['萧山国际机场', '宁波栎社国际机场', '温州龙湾国际机场', '义乌机场', '舟山普陀山机场', '台州路桥机场', '衢州机场'];
  const d = ap.map((_, i) => { const c = Math.round(i === 0 ? 41170011 : rv(3000000)); const p = Math.round(c / (1.3 + rand() * 0.8)); const h = R(rv(i === 0 ? 800000 : 20000), 1); return [c, p, h, R(h / (0.9 + rand() * 0.3), 1)]; });
  const t = [0, 1, 2, 3].map(j => sum(d.map(r => r[j])));
  const f = r => [r[0], r[1], gr(r[0], r[1]), R(r[2], 1), gr(r[2], r[3])];
  const rows = [...ap.map((a, i) => [a, ...f(d[i])]), ['合计', ...f(t)]];
  add('t17_机场吞吐量.xlsx', [{ name: '机场', title: '民用机场旅客及货邮吞吐量', head: [['机场', '旅客吞吐量（人次）', null, null, '货邮吞吐量（吨）', null], [null, '2023年', '2022年', '增长(%)', '2023年', '增长(%)']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 5]], rows }], { sheet: 0, row: '合计', col: 1, factor: 0.94 });
}
// T18 城市公共交通
{
  const yrs = [2021, 2022, 2023];
  const rows = [['公共汽电车运营车辆（辆）', 4876, 5012, 5187], [I(1) + '其中：新能源车', 3912, 4287, 4701], ['公共汽电车运营线路（条）', 312, 327, 341], ['运营线路总长度（公里）', 5876.4, 6012.8, 6231.5],
  ['城市客运总量（万人次）', 61234.7, 48712.3, 66801.2], [I(1) + '其中：公共汽电车', 38712.4, 29876.1, 39011.8], [I(1) + '轨道交通', 15487.2, 13012.6, 20874.3],
  ['出租汽车（辆）', 8712, 8712, 8890], ['每万人拥有公共交通车辆（标台）', 13.8, 14.1, 14.6]];
  add('t18_公共交通.xlsx', [{ name: '公交', title: '城市公共交通基本情况', head: [['指标', ...yrs.map(y => y + '年')]], rows }], null);
}
// T19 月度邮政 bulletin
{
  const a = 1234.567, b = 8765.432, c = 98.765; const tot = a + b + c;
  const rows = [['邮政业务总量', '亿元', 10.87, 121.34, 12.6], ['快递业务量', '万件', 1403.21, R(tot, 2), 21.4], [I(1) + '同城', '万件', 98.12, R(a, 2), 8.7], [I(1) + '异地', '万件', 1298.77, R(b, 2), 23.1], [I(1) + '国际及港澳台', '万件', 6.32, R(c, 2), 41.5], ['快递业务收入', '亿元', 9.87, 103.22, 13.8]];
  add('t19_邮政月报.xlsx', [{ name: '12月', title: '2023年12月邮政行业运行情况', head: [['指标', '单位', '12月', '1-12月累计', '累计比上年同期增长(%)']], rows }], { sheet: 0, row: '快递业务量', col: 3, factor: 1.06 });
}
// T20 月度客货运 with 全年 at bottom
{
  const mo = Array.from({ length: 12 }, (_, i) => (i + 1) + '月');
  const kc = mo.map(() => rv(420)), kp = kc.map(x => x / (0.95 + rand() * 0.4)), hc = mo.map(() => rv(2300)), hp = hc.map(x => x / (0.9 + rand() * 0.25));
  const S = [kc, kp, hc, hp].map(sum);
  const rows = [...mo.map((m, i) => [m, R(kc[i], 1), R(kp[i], 1), gr(kc[i], kp[i]), R(hc[i], 1), R(hp[i], 1), gr(hc[i], hp[i])]), ['全年', R(S[0], 1), R(S[1], 1), gr(S[0], S[1]), R(S[2], 1), R(S[3], 1), gr(S[2], S[3])]];
  add('t20_月度客货运.xlsx', [{ name: '分月', title: '2023年分月公路客货运输量', head: [['月份', '客运量（万人）', null, null, '货运量（万吨）', null, null], [null, '本年', '上年', '增长(%)', '本年', '上年', '增长(%)']], merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], rows }], { sheet: 0, row: '全年', col: 4, factor: 1.05 });
}
// T21 旅游 by county, top total
{
  const cs = ['桂林市区', '阳朔县', '龙胜县', '兴安县', '灵川县', '荔浦市', '恭城县', '资源县'];
  const d = cs.map(() => { const v = rv(2100), vp = v / (1.2 + rand() * 0.6), m = v * (0.09 + rand() * 0.06), mp = m / (1.15 + rand() * 0.5); return [v, vp, m, mp]; });
  const t = [0, 1, 2, 3].map(j => sum(d.map(r => r[j])));
  const f = r => [R(r[0], 2), R(r[1], 2), gr(r[0], r[1]), R(r[2], 2), R(r[3], 2), gr(r[2], r[3])];
  const rows = [[null, '全市', ...f(t)], ...cs.map((c, i) => [i + 1, c, ...f(d[i])])];
  add('t21_旅游分县.xlsx', [{ name: '分县', title: '各县（市、区）旅游接待情况', head: [['序号', '县（市、区）', '接待游客（万人次）', null, null, '旅游总收入（亿元）', null, null], [null, null, '2023年', '2022年', '增长(%)', '2023年', '2022年', '增长(%)']], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7]], rows }], { sheet: 0, row: '全市', rowCol: 1, col: 7, factor: 1.12 });
}
// T22 星级饭店 with averages in total row
{
  const st = ['五星级', '四星级', '三星级', '二星级', '一星级'];
  const n = [4, 13, 27, 9, 0], rooms = [1712, 3287, 3912, 612, 0], beds = [2612, 5412, 6987, 1176, 0];
  const sold = [402312, 712876, 701223, 84120, 0]; const price = [786.4, 412.7, 236.1, 158.9, 0];
  const inc = sold.map((s, i) => s * price[i] / 10000 * 1.4);
  const occ = sold.map((s, i) => rooms[i] ? s / (rooms[i] * 365) * 100 : 0);
  const S = [sum(n), sum(rooms), sum(beds), sum(sold), sum(sold.map((s, i) => s * price[i]))];
  const rows = [['合计', S[0], S[1], S[2], R(S[4] / S[3], 2), R(S[3] / (S[1] * 365) * 100, 2), R(sum(inc), 1)],
  ...st.map((s, i) => [I(1) + s, n[i] || '-', rooms[i] || '-', beds[i] || '-', price[i] ? R(price[i], 2) : '-', occ[i] ? R(occ[i], 2) : '-', inc[i] ? R(inc[i], 1) : '-'])];
  add('t22_星级饭店.xlsx', [{ name: '星级饭店', title: '星级饭店经营情况（2023年）', head: [['星级', '饭店数（个）', '客房数（间）', '床位数（张）', '平均房价（元/间夜）', '平均出租率（%）', '营业收入（万元）']], rows }], { sheet: 0, row: '合计', col: 2, factor: 1.09 });
}
// T23 旅行社 years
{
  const rows = [['旅行社（家）', 287, 301, 296, 318], [I(1) + '其中：出境游组团社', 41, 41, 43, 47], ['组织国内旅游（万人次）', 412.87, 198.32, 176.44, 421.09], ['接待国内旅游（万人次）', 512.31, 231.76, 203.12, 488.65], ['营业收入（亿元）', 41.23, 18.76, 17.02, 36.91]];
  add('t23_旅行社.xlsx', [{ name: '旅行社', title: '旅行社基本情况', head: [['指标', '2020年', '2021年', '2022年', '2023年']], rows }], null);
}
// T24 铁路航道
{
  const g = { 一级航道: [0, 0, 0], 二级航道: [112.4, 112.4, 138.7], 三级航道: [287.6, 301.2, 301.2], 四级航道: [198.3, 198.3, 176.5], 五级航道: [412.7, 405.1, 405.1], 六级航道: [611.2, 598.8, 590.3], 七级航道: [903.4, 911.6, 907.2] };
  const dw = [2105.7, 2096.3, 2091.8];
  const lev = [0, 1, 2].map(i => sum(Object.values(g).map(a => a[i]))); const tot = lev.map((x, i) => x + dw[i]);
  const rows = [['铁路营业里程', 1287.4, 1312.6, 1398.2], [I(1) + '其中：高速铁路', 412.7, 437.9, 523.5], ['内河航道里程', ...tot.map(x => R(x, 1))], [I(1) + '等级航道', ...lev.map(x => R(x, 1))],
  ...Object.entries(g).map(([k, a]) => [I(2) + k, ...a.map(x => x || '—')]), [I(1) + '等外航道', ...dw]];
  add('t24_铁路航道.xlsx', [{ name: '线路', title: '铁路营业里程和内河航道里程', unit: '单位：公里', head: [['指标', '2021年', '2022年', '2023年']], rows }], { sheet: 0, row: '内河航道里程', col: 3, factor: 0.92 });
}
// T25 公路客货 shares
{
  const cs = ['城区', '长丰县', '肥东县', '肥西县', '庐江县', '巢湖市'];
  const k = cs.map(() => rv(800)), h = cs.map(() => rv(9000)); const K = sum(k), H = sum(h);
  const rows = [['全市', R(K, 1), 100.0, R(H, 1), 100.0], ...cs.map((c, i) => [I(1) + c, R(k[i], 1), R(k[i] / K * 100, 1), R(h[i], 1), R(h[i] / H * 100, 1)])];
  add('t25_公路客货占比.xlsx', [{ name: '分县', title: '各县（市、区）公路客货运输量（2023年）', head: [['地区', '客运量（万人）', '占全市比重（%）', '货运量（万吨）', '占全市比重（%）']], rows }], { sheet: 0, row: '肥西县', col: 2, factor: 1.15 });
}
// T26 电信收入构成
{
  const fc = 31.2871, fkc = 18.4412, mc = 68.9124, mdc = 41.3387, fp = 29.8812, fkp = 17.1207, mp = 67.4431, mdp = 39.0076;
  const Tc = fc + mc, Tp = fp + mp;
  const line = (l, c, p) => [l, R(c, 2), R(c / Tc * 100, 1), R(p, 2), R(p / Tp * 100, 1), gr(c, p)];
  const rows = [line('电信业务收入合计', Tc, Tp), line(I(1) + '固定通信业务收入', fc, fp), line(I(2) + '其中：固定互联网宽带', fkc, fkp), line(I(1) + '移动通信业务收入', mc, mp), line(I(2) + '其中：移动数据流量', mdc, mdp)];
  add('t26_电信收入构成.xlsx', [{ name: '电信收入', title: '电信业务收入及构成', head: [['项目', '2023年', null, '2022年', null, '增长(%)'], [null, '收入（亿元）', '构成(%)', '收入（亿元）', '构成(%)', null]], merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 1, 5]], rows }], { sheet: 0, row: '移动通信业务收入', col: 2, factor: 1.08 });
}
// T27 新能源汽车 signed change
{
  const c = { 纯电动: 187234, 插电式混合动力: 61287, 燃料电池: 412 }, p = { 纯电动: 121876, 插电式混合动力: 33402, 燃料电池: 455 };
  const C = sum(Object.values(c)), P = sum(Object.values(p)); const mc = 3412876, mp = 3198123;
  const fmtS = x => (x > 0 ? '+' : '') + x;
  const line = (l, a, b) => [l, a, b, fmtS(a - b), gr(a, b)];
  const rows = [line('民用汽车保有量', mc, mp), line('新能源汽车', C, P), ...Object.keys(c).map(k => line(I(1) + k, c[k], p[k])), ['新能源汽车占比（%）', R(C / mc * 100, 2), R(P / mp * 100, 2), fmtS(R(C / mc * 100 - P / mp * 100, 2)), '—']];
  add('t27_新能源汽车.xlsx', [{ name: '新能源', title: '新能源汽车保有量', unit: '单位：辆', head: [['指标', '2023年末', '2022年末', '增减', '增长(%)']], rows }], { sheet: 0, row: '新能源汽车', col: 4, factor: 0.9 });
}
// T28 营运车辆 with non-additive columns
{
  const rows = [['营运车辆合计', 112876, '—'], ['载客汽车', 6123, null], [I(1) + '大型', 2876, null], [I(1) + '中型', 1912, null], [I(1) + '小型', 1335, null], ['载货汽车', 106753, null], [I(1) + '普通货车', 81234, null], [I(1) + '专用货车', 25519, null]];
  const seats = [128765, 46213, 50982, 31570], tons = [1287612.4, 918734.1, 368878.3];
  rows[1][2] = seats[0]; rows[2][2] = seats[1]; rows[3][2] = seats[2]; rows[4][2] = seats[3]; rows[5][2] = tons[0]; rows[6][2] = tons[1]; rows[7][2] = tons[2];
  add('t28_营运车辆.xlsx', [{ name: '营运车辆', title: '公路营运车辆拥有量（2023年末）', head: [['车辆类型', '车辆数（辆）', '客位（个）/吨位（吨）']], rows }], { sheet: 0, row: '载货汽车', col: 1, factor: 1.07 });
}
// T29 艺术表演团体 with 其中 column
{
  const ty = ['话剧、儿童剧', '歌舞、音乐', '戏曲', '曲艺', '杂技、魔术', '其他'];
  const d = ty.map(() => { const n = Math.round(rv(12)), ch = rv(0.3); return [n, Math.round(n * rv(35)), ch, ch * (0.3 + rand() * 0.5), rv(40), Math.round(rv(900))]; });
  const t = [0, 1, 2, 3, 4, 5].map(j => sum(d.map(r => r[j])));
  const f = r => [r[0], r[1], R(r[2], 2), R(r[3], 2), R(r[4], 1), r[5]];
  const rows = [['总计', ...f(t)], ...ty.map((x, i) => [I(1) + x, ...f(d[i])])];
  add('t29_艺术表演团体.xlsx', [{ name: '表演团体', title: '艺术表演团体基本情况（2023年）', head: [['类别', '机构数（个）', '从业人员（人）', '演出场次（万场）', '#赴农村演出（万场）', '国内观众（万人次）', '演出收入（万元）']], rows, notes: ['注：#表示其中项。'] }], { sheet: 0, row: '总计', col: 3, factor: 0.87 });
}
// T30 电影 years + growth col
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const rows = [['电影放映单位（个）', 98, 101, 107, 110, 114], ['银幕数（块）', 612, 648, 701, 723, 758], ['放映场次（万场）', 98.76, 51.23, 84.31, 71.88, 101.47], ['观众人次（万人次）', 1987.21, 612.43, 1123.87, 803.66, 1598.12], ['票房收入（亿元）', 7.1234, 2.1876, 4.3312, 3.0981, 6.2277]];
  rows.forEach(r => { r.push(gr(r[5], r[4])); if (typeof r[1] === 'number' && r[1] % 1) for (let i = 1; i <= 5; i++) r[i] = R(r[i], 2); });
  add('t30_电影.xlsx', [{ name: '电影', title: '电影放映基本情况', head: [['指标', ...yrs.map(y => y + '年'), '2023年比上年增长(%)']], rows }], { sheet: 0, row: '观众人次（万人次）', col: 6, factor: 1.13 });
}
// T31 文化产业增加值 years as rows
{
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const va = [412.876, 398.112, 451.337, 466.901, 503.218], gdp = [9871.2, 10012.7, 11231.4, 11712.9, 12431.6];
  const rows = yrs.map((y, i) => [y + '年', R(va[i], 2), R(gdp[i], 1), R(va[i] / gdp[i] * 100, 2), i ? gr(va[i], va[i - 1]) : '—']);
  add('t31_文化产业增加值.xlsx', [{ name: '文化产业', title: '文化及相关产业增加值', head: [['年份', '文化及相关产业增加值（亿元）', '地区生产总值（亿元）', '占GDP比重（%）', '增加值现价增长（%）']], rows }], { sheet: 0, row: '2022年', col: 3, factor: 1.1 });
}
// T32 two sheets years x modes
{
  const yrs = ['2015', '2018', '2019', '2020', '2021', '2022', '2023'];
  const mk = (b) => yrs.map(() => rv(b));
  const a = [mk(900), mk(5200), mk(120), mk(260)], z = [mk(60), mk(45), mk(0.6), mk(50)];
  const rowsA = yrs.map((y, i) => [y, R(sum(a.map(x => x[i])), 1), ...a.map(x => R(x[i], 1))]);
  const rowsZ = yrs.map((y, i) => [y, R(sum(z.map(x => x[i])), 2), ...z.map(x => R(x[i], 2))]);
  const head = [['年份', '合计', '铁路', '公路', '水运', '民航']];
  add('t32_客运历年.xlsx', [{ name: '客运量', title: '历年旅客运输量', unit: '单位：万人', head, rows: rowsA }, { name: '旅客周转量', title: '历年旅客周转量', unit: '单位：亿人公里', head, rows: rowsZ }], { sheet: 1, row: '2021', col: 1, factor: 1.07 });
}
// T33 路面类型 two-level
{
  const yrs = ['2020年', '2021年', '2022年', '2023年'];
  const d = yrs.map((_, i) => { const l = rv(5200) + i * 300, s = rv(9800) + i * 400, j = rv(900), w = rv(600); return [l, s, j, w]; });
  const rows = yrs.map((y, i) => { const r = d[i]; return [y, R(sum(r), 1), R(r[0] + r[1], 1), R(r[0], 1), R(r[1], 1), R(r[2], 1), R(r[3], 1)]; });
  add('t33_路面类型.xlsx', [{ name: '路面', title: '公路里程（按路面类型分）', unit: '单位：公里', head: [['年份', '合计', '有铺装路面', null, null, '简易铺装路面', '未铺装路面'], [null, null, '小计', '沥青混凝土', '水泥混凝土', null, null]], merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 1, 5], [0, 6, 1, 6]], rows }], { sheet: 0, row: '2022年', col: 2, factor: 1.06 });
}
// T34 行政村通硬化路率
{
  const cs = ['汉滨区', '汉阴县', '石泉县', '宁陕县', '紫阳县', '岚皋县', '平利县', '镇坪县', '旬阳市', '白河县'];
  const d = cs.map(() => { const n = Math.round(rv(160)); const y = n - (rand() < 0.6 ? 0 : Math.ceil(rand() * 3)); const k = n - Math.floor(rand() * 9); return [n, y, k]; });
  const t = [0, 1, 2].map(j => sum(d.map(r => r[j])));
  const f = r => [r[0], r[1], R(r[1] / r[0] * 100, 1), r[2], R(r[2] / r[0] * 100, 1)];
  const rows = [['全市', ...f(t)], ...cs.map((c, i) => [c, ...f(d[i])])];
  add('t34_通硬化路.xlsx', [{ name: '通达', title: '行政村通硬化路及通客车情况（2023年）', head: [['县（市、区）', '行政村数（个）', '通硬化路行政村（个）', '通硬化路率（%）', '通客车行政村（个）', '通客车率（%）']], rows }], { sheet: 0, row: '全市', col: 5, factor: 0.93 });
}
// T35 quarterly tourism, 全年 last col
{
  const q = (b) => [0, 1, 2, 3].map(() => rv(b));
  const dom = q(1800), inb = q(3.2), inc = q(210);
  const r4 = (l, u, a, d) => [l, u, ...a.map(x => R(x, d)), R(sum(a), d)];
  const tot = dom.map((x, i) => x + inb[i]);
  const rows = [r4('接待游客', '万人次', tot, 2), r4(I(1) + '国内游客', '万人次', dom, 2), r4(I(1) + '入境游客', '万人次', inb, 2), r4('旅游总收入', '亿元', inc, 2)];
  add('t35_旅游季度.xlsx', [{ name: '分季度', title: '2023年分季度旅游接待情况', head: [['指标', '单位', '一季度', '二季度', '三季度', '四季度', '全年']], rows }], { sheet: 0, row: '接待游客', col: 6, factor: 1.05 });
}


// T36 电话 bulletin with 普及率 rows whose change is in 百分点
{
  const u = [['固定电话用户', '万户', 96.4312, 101.7718], ['移动电话用户', '万户', 812.6734, 790.1411], [I(1) + '其中：5G用户', '万户', 512.8712, 370.0187], ['互联网宽带接入用户', '万户', 412.3611, 391.6022], [I(1) + '其中：FTTH/O用户', '万户', 398.7109, 376.5128], ['移动互联网用户', '万户', 768.2215, 741.0932], ['物联网终端用户', '万户', 612.7743, 438.1126]];
  const pop = [596.2144, 594.6623];
  const rows = u.map(([l, un, c, p]) => icpg(l, un, c, p, 2));
  rows.push(['移动电话普及率', '部/百人', R(u[1][2] / pop[0] * 100, 1), R(u[1][3] / pop[1] * 100, 1), R(u[1][2] / pop[0] * 100 - u[1][3] / pop[1] * 100, 1)]);
  rows.push(['固定电话普及率', '部/百人', R(u[0][2] / pop[0] * 100, 1), R(u[0][3] / pop[1] * 100, 1), R(u[0][2] / pop[0] * 100 - u[0][3] / pop[1] * 100, 1)]);
  add('t36_电话用户公报.xlsx', [{ name: '通信', title: '通信业主要指标', head: [['指标', '计量单位', '2023年', '2022年', '比上年增长(%)']], rows, notes: ['注：普及率的增长为百分点。'] }], null);
}
// T37 邮政 by area with an average row (not additive)
{
  const a = [[412, 138, 274], [8712.4, 1287.3, 7425.1], [21876.2, 5412.7, 16463.5]];
  const pop = [596.21, 287.44, 308.77];
  const rows = [['邮政营业网点（处）', ...a[0]], ['邮路总长度（公里）', ...a[1]], ['农村投递路线（公里）', R(a[2][0], 1), R(a[2][1], 1), R(a[2][2], 1)], ['村邮站（个）', 1876, 0, 1876],
  ['平均每一营业网点服务人口（万人）', ...pop.map((p, i) => R(p / a[0][i], 2))], ['平均每一营业网点服务面积（平方公里）', R(7412.3 / 412, 1), R(981.6 / 138, 1), R(6430.7 / 274, 1)]];
  rows[3][2] = '-';
  add('t37_邮政网点分城乡.xlsx', [{ name: '邮政', title: '邮政服务网点情况（2023年）', head: [['指标', '全市', '城市', '农村']], rows }], null);
}
// T38 旅游 bulletin with small 入境 numbers and '-' growth
{
  const rows = [icpg('接待游客总人次', '万人次', 9876.812, 6213.107, 2), icpg(I(1) + '国内游客', '万人次', 9876.512, 6212.907, 2), icpg(I(1) + '入境游客', '万人次', 0.30, 0.20, 2),
  icpg('旅游总收入', '亿元', 1012.61, 643.17, 2), icpg(I(1) + '国内旅游收入', '亿元', 1012.4387, 643.1192, 2), icpg('A级景区接待游客', '万人次', 5432.87, 3311.09, 2),
  icpg('星级饭店营业收入', '亿元', 8.7712, 6.1123, 2), ['国际邮轮游客', '万人次', 0.87, '-', '-'], icpg('乡村旅游接待游客', '万人次', 3121.46, 2287.13, 2)];
  rows[2] = [I(1) + '入境游客', '万人次', 0.3, 0.2, 38.7]; // published: rounded to 0.1? growth from unrounded 0.2987/0.2154
  add('t38_旅游公报.xlsx', [{ name: '旅游', title: '2023年旅游业主要指标', head: [['指标', '计量单位', '2023年', '2022年', '比上年增长(%)']], rows }], null);
}
// T39 公路里程 integer km by county, total at bottom
{
  const cs = ['永定区', '武陵源区', '慈利县', '桑植县'];
  const d = cs.map(() => [rv(40), rv(180), rv(420), rv(1500)]);
  const t = [0, 1, 2, 3].map(j => sum(d.map(r => r[j])));
  const rows = [...cs.map((c, i) => [c, R(sum(d[i])), ...d[i].map(x => R(x))]), ['全市', R(sum(t)), ...t.map(x => R(x))]];
  add('t39_公路里程整数.xlsx', [{ name: '公路', title: '各区县公路里程（2023年）', unit: '单位：公里', head: [['区县', '合计', '高速公路', '一级公路', '二级公路', '等级以下及其他']], rows, notes: ['注：本表数据按四舍五入取整，合计与分项之和可能略有出入。'] }], null);
}

// T40 民用汽车 with two overlapping 其中 items
{
  const rows = [['民用汽车拥有量', 1584101, 1461963, gr(1584101, 1461963)], [I(1) + '其中：私人汽车', 1398712, 1291003, gr(1398712, 1291003)], [I(3) + '新能源汽车', 248933, 155733, gr(248933, 155733)], [I(1) + '载客汽车', 1431586, 1326526, gr(1431586, 1326526)], [I(1) + '载货汽车', 151228, 134080, gr(151228, 134080)], [I(1) + '其他汽车', 1287, 1357, gr(1287, 1357)]];
  add('t40_汽车其中重叠.xlsx', [{ name: '汽车', title: '民用汽车拥有量', unit: '单位：辆', head: [['指标', '2023年末', '2022年末', '增长(%)']], rows }], null);
}

(async () => {
  const manifest = [];
  for (const t of T) {
    await writeBook(path.join(OUT, 'clean', t.file), t.sheets, null);
    if (t.plant) { const pi = await writeBook(path.join(OUT, 'planted', t.file), t.sheets, t.plant); manifest.push(pi); }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(T.length, 'clean', manifest.length, 'planted');
})();
