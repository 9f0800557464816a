// Generator: monthly / quarterly statistical report tables (统计月报/季报)
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
let seed = 23023;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function rf(a, b) { return a + rnd() * (b - a); }
function r(x, d) { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
function g(cur, prev, d = 1) { return r((cur / prev - 1) * 100, d); }
function pick(arr, k) { const a = arr.slice(); const o = []; while (o.length < k) o.push(a.splice(ri(0, a.length - 1), 1)[0]); return o; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const COUNTIES = ['临泉县', '平江县', '宁乡市', '浏阳市', '东阳市', '永康市', '武义县', '桐庐县', '建德市', '淳安县', '长丰县', '肥西县', '望江县', '宿松县', '太和县', '涡阳县', '蒙城县', '利辛县', '寿县', '霍邱县'];
const CITIES = ['金华市', '衢州市', '丽水市', '六安市', '阜阳市', '亳州市', '岳阳市', '常德市'];
const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '龙泉镇', '石桥镇', '白沙乡', '黄庄镇', '马村乡', '青山镇', '河口镇', '柳林乡', '新华镇', '双河镇', '古城镇'];
const DISTS = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];
const MONTHS = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

// cell spec: primitive or {v, f: numFmt}
function C(v, f) { return { v, f }; }
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell === null || cell === undefined) return;
        const c = ws.getCell(i + 1, j + 1);
        if (typeof cell === 'object') { c.value = cell.v; if (cell.f) c.numFmt = cell.f; }
        else c.value = cell;
      });
    });
    for (const m of sh.merges || []) ws.mergeCells(m);
    ws.getColumn(1).width = 28;
  }
  await wb.xlsx.writeFile(file);
}
function addr(ri0, ci0) { return colL(ci0 + 1) + (ri0 + 1); }
function fmt(d) { return d === 0 ? '0' : '0.' + '0'.repeat(d); }
// plants: {sheet, r, c (0-based), what, nv: function(old)->new}

// ---------- Templates ----------
// T1: 指标 | 计量单位 | 本月 | 1-N月累计 | 比上年同期增长（%）
function T1(cty, N) {
  const rows = [];
  rows.push([`${cty}${N}月份主要经济指标`]);
  rows.push(['指标', '计量单位', '本月', `1-${N}月累计`, '比上年同期增长（%）']);
  const plants = [];
  const item = (name, unit, m, d) => {
    const cum = m * N * rf(0.9, 1.1);
    rows.push([name, unit, C(r(m, d), fmt(d)), C(r(cum, d), fmt(d)), C(r(rf(-8, 15), 1), '0.0')]);
    return rows.length - 1;
  };
  const p1 = item('规模以上工业增加值', '亿元', rf(5, 20), 2);
  rows.push(['地区生产总值', '亿元', '—', C(r(rf(200, 600), 2), '0.00'), C(r(rf(3, 8), 1), '0.0')]);
  const ret = rf(8, 30);
  const retR = item('社会消费品零售总额', '亿元', ret, 2);
  rows.push(['  其中：限额以上', '亿元', C(r(ret * 0.4, 2), '0.00'), C(r(rows[retR][3].v * 0.42, 2), '0.00'), C(r(rf(-5, 12), 1), '0.0')]);
  rows.push(['固定资产投资', '%', '—', '—', C(r(rf(-6, 12), 1), '0.0')]);
  rows.push(['  其中：工业投资', '%', '—', '—', C(r(rf(-10, 25), 1), '0.0')]);
  rows.push(['        民间投资', '%', '—', '—', C(r(rf(-10, 10), 1), '0.0')]);
  const rev = rf(1, 4);
  const revR = item('一般公共预算收入', '亿元', rev, 2);
  rows.push(['  其中：税收收入', '亿元', C(r(rev * 0.7, 2), '0.00'), C(r(rows[revR][3].v * 0.71, 2), '0.00'), C(r(rf(-5, 12), 1), '0.0')]);
  rows.push(['城乡居民人均可支配收入', '元', '—', C(ri(20000, 40000), '0'), C(r(rf(4, 8), 1), '0.0')]);
  rows.push(['居民消费价格指数', '上年同期=100', C(r(rf(99, 102.5), 1), '0.0'), C(r(rf(99.5, 102), 1), '0.0'), '—']);
  const ex = rf(300, 3000); item('快递业务量', '万件', ex, 1);
  const el = rf(20000, 60000); const elR = item('全社会用电量', '万千瓦时', el, 0);
  rows.push(['  其中：工业用电', '万千瓦时', C(Math.round(el * 0.62), '0'), C(Math.round(rows[elR][3].v * 0.63), '0'), C(r(rf(-5, 12), 1), '0.0')]);
  rows.push([]);
  rows.push(['注：1.地区生产总值为季度数据；“—”表示无此项或数据暂缺。']);
  rows.push(['    2.数据来源：' + cty + '统计局。']);
  plants.push({ r: retR + 1, c: 3, what: '其中：限额以上 cumulative raised above parent 社会消费品零售总额', nv: o => r(rows[retR][3].v * 1.08, 2) });
  return { sheets: [{ name: `${N}月`, rows, merges: ['A1:E1'] }], plants };
}

// T2: 本月 | 上年同月 | 同比增长（%） | 本年累计 | 上年同期累计 | 累计增长（%）
function T2(cty, N, fromShown) {
  const rows = [[`${cty}${N}月主要指标完成情况`], ['单位：万元'],
    ['指标名称', '本月', '上年同月', '同比增长（%）', '本年累计', '上年同期累计', '累计增长（%）']];
  const names = ['规模以上工业总产值', '规模以上工业增加值', '社会消费品零售总额', '限额以上批发零售业销售额', '固定资产投资', '一般公共预算收入', '税收收入', '金融机构存款余额', '金融机构贷款余额', '进出口总额', '出口总额'];
  const plants = [];
  for (const nm of names) {
    const base = rf(5000, 90000);
    const m = base, pm = base / (1 + rf(-0.12, 0.2));
    const cum = m * N * rf(0.9, 1.1), pcum = cum / (1 + rf(-0.1, 0.18));
    const ms = Math.round(m), pms = Math.round(pm), cs = Math.round(cum), pcs = Math.round(pcum);
    const gm = fromShown ? g(ms, pms) : g(m, pm), gc = fromShown ? g(cs, pcs) : g(cum, pcum);
    rows.push([nm, C(ms, '0'), C(pms, '0'), C(gm, '0.0'), C(cs, '0'), C(pcs, '0'), C(gc, '0.0')]);
  }
  rows.push(['注：增长速度按可比口径计算。']);
  const k = ri(3, 3 + names.length - 1);
  plants.push({ r: k, c: 3, what: '同比增长 rate changed', nv: o => r(o + 4.3, 1) });
  const k2 = ri(3, 3 + names.length - 1);
  plants.push({ r: k2, c: 4, what: '本年累计 changed (growth now disagrees)', nv: o => Math.round(o * 1.12) });
  return { sheets: [{ name: 'Sheet1', rows, merges: ['A1:G1'] }], plants };
}

// T3: towns with 全县 total: 本月 | 累计 | 增速（%） | 位次 | 占全县比重（%）
function T3(cty, N, nt, totalTop) {
  const towns = pick(TOWNS, nt);
  const data = towns.map(t => { const cum = rf(2000, 40000); const prev = cum / (1 + rf(-0.1, 0.25)); return { t, m: Math.round(cum / N * rf(0.8, 1.2)), cum: Math.round(cum), prev }; });
  const tm = sum(data.map(d => d.m)), tc = sum(data.map(d => d.cum)), tp = sum(data.map(d => d.prev));
  data.forEach(d => d.g = g(d.cum, d.prev));
  const sorted = data.slice().sort((a, b) => b.g - a.g);
  data.forEach(d => { d.rank = sorted.findIndex(x => x === d) + 1; });
  const rows = [[`${N}月各乡镇（街道）规模以上工业产值完成情况`], [null, null, null, null, null, '单位：万元'],
    ['乡镇（街道）', '本月', `1-${N}月累计`, '累计增速（%）', '增速位次', '占全县比重（%）']];
  const totRow = [`全县`, C(tm, '0'), C(tc, '0'), C(g(tc, tp), '0.0'), '—', C(100, '0.0')];
  if (totalTop) rows.push(totRow);
  const first = rows.length;
  data.forEach(d => rows.push([d.t, C(d.m, '0'), C(d.cum, '0'), C(d.g, '0.0'), d.rank, C(r(d.cum / tc * 100, 1), '0.0')]));
  if (!totalTop) rows.push(totRow);
  const totR = totalTop ? 3 : rows.length - 1;
  rows.push(['说明：位次按累计增速排列。']);
  const k = first + ri(0, nt - 1);
  const plants = [
    { r: totR, c: 2, what: '全县 累计 total changed', nv: o => o + 1000 },
    { r: k, c: 1, what: 'town 本月 changed (total mismatch)', nv: o => o + 500 },
    { r: first + ri(0, nt - 1), c: 5, what: 'share changed', nv: o => r(o + 3, 1) },
  ];
  return { sheets: [{ name: '乡镇', rows, merges: ['A1:F1'] }], plants };
}

// T4: monthly rows 1月..12月 with 全年 total, cumulative running sum, growth
function T4(cty, yr, unit, d, withGrowth) {
  const rows = [[`${cty}${yr}年分月社会消费品零售总额`], [`单位：${unit}`]];
  const hdr = ['月份', '当月', '1-N月累计'];
  if (withGrowth) hdr.push('当月同比增长（%）');
  rows.push(hdr);
  const scale = unit === '亿元' ? 10 : 100000;
  const vals = MONTHS.map(() => r(scale * rf(0.8, 1.3), d));
  let run = 0; const first = rows.length;
  vals.forEach((v, i) => { run = r(run + v, d); const row = [MONTHS[i], C(v, fmt(d)), C(run, fmt(d))]; if (withGrowth) row.push(C(r(rf(-6, 14), 1), '0.0')); rows.push(row); });
  const tr = ['全年', C(r(sum(vals), d), fmt(d)), C(run, fmt(d))]; if (withGrowth) tr.push(C(r(rf(2, 9), 1), '0.0'));
  rows.push(tr);
  rows.push(['数据来源：' + cty + '统计局月度统计报表']);
  const k = first + ri(1, 10);
  return { sheets: [{ name: String(yr), rows, merges: ['A1:D1'] }], plants: [
    { r: k, c: 2, what: 'cumulative 1-N月 changed (no longer running sum)', nv: o => r(o + scale * 0.3, d) },
    { r: first + ri(0, 11), c: 1, what: 'month value changed (total & cumulative mismatch)', nv: o => r(o + scale * 0.2, d) },
  ] };
}

// T5: indicators as rows, months as columns, 合计 column
function T5(cty, N) {
  const inds = [['规模以上工业增加值', 5000], ['社会消费品零售总额', 15000], ['一般公共预算收入', 3000], ['税收收入', 2000], ['快递业务量（万件）', 200], ['工业用电量（万千瓦时）', 30000]];
  const rows = [[`${cty}${N}月份分月主要指标`], ['单位：万元']];
  rows.push(['指标', ...MONTHS.slice(0, N), `1-${N}月合计`]);
  const first = rows.length;
  for (const [nm, s] of inds) { const v = MONTHS.slice(0, N).map(() => Math.round(s * rf(0.7, 1.3))); rows.push([nm, ...v.map(x => C(x, '0')), C(sum(v), '0')]); }
  rows.push(['注：1-2月为合并数据时，1月列填报1-2月合计。']);
  return { sheets: [{ name: '分月', rows }], plants: [{ r: first + ri(0, 5), c: N + 1, what: '合计 changed', nv: o => o + 77 }, { r: first + 1, c: ri(1, N), what: 'month cell changed', nv: o => o + 310 }] };
}

// T6: CPI price index table
function T6(cty, N) {
  const rows = [[`${cty}${N}月份居民消费价格指数`], ['类别', '本月（上年同月=100）', '本月（上月=100）', `1-${N}月（上年同期=100）`]];
  const cats = ['居民消费价格总指数', '一、食品烟酒', '    其中：粮食', '          猪肉', '          鲜菜', '二、衣着', '三、居住', '四、生活用品及服务', '五、交通通信', '六、教育文化娱乐', '七、医疗保健', '八、其他用品及服务'];
  for (const c of cats) rows.push([c, C(r(rf(95, 106), 1), '0.0'), C(r(rf(98.5, 101.8), 1), '0.0'), C(r(rf(97, 104), 1), '0.0')]);
  rows.push(['注：价格指数以上年同月（期）为100。']);
  return { sheets: [{ name: 'CPI', rows }], plants: [] };
}

// T7: districts in 亿元 rounded, total from unrounded; growth & share
function T7(city, N, d) {
  const ds = pick(DISTS, ri(6, 9));
  const data = ds.map(n => { const v = rf(20, 400); const p = v / (1 + rf(-0.05, 0.15)); return { n, v, p }; });
  const T = sum(data.map(x => x.v)), TP = sum(data.map(x => x.p));
  const rows = [[`${city}${N}月各县（市、区）固定资产投资`], ['单位：亿元'], ['县（市、区）', `1-${N}月累计`, '上年同期', '增长（%）', '占全市比重（%）']];
  rows.push(['全市', C(r(T, d), fmt(d)), C(r(TP, d), fmt(d)), C(g(T, TP), '0.0'), C(100, '0.0')]);
  for (const x of data) rows.push([x.n, C(r(x.v, d), fmt(d)), C(r(x.p, d), fmt(d)), C(g(x.v, x.p), '0.0'), C(r(x.v / T * 100, 1), '0.0')]);
  rows.push(['注：分县数据与全市合计因四舍五入略有出入。']);
  return { sheets: [{ name: '分县', rows }], plants: [{ r: 3, c: 1, what: '全市 total changed', nv: o => r(o + 25, d) }, { r: 4 + ri(0, ds.length - 1), c: 3, what: 'district growth changed', nv: o => r(o - 5.5, 1) }] };
}

// T8: quarterly with 上半年, 前三季度, 全年
function T8(cty, yr) {
  const rows = [[`${cty}${yr}年分季度地区生产总值`], ['单位：亿元'], ['指标', '一季度', '二季度', '上半年', '三季度', '前三季度', '四季度', '全年']];
  const inds = ['地区生产总值', '  第一产业', '  第二产业', '    其中：工业', '  第三产业'];
  const q = [1, 2, 3, 4].map(() => [rf(8, 15), 0, 0, 0]);
  const parts = [0, 1, 2, 3].map(i => { const a = rf(5, 15), b = rf(40, 60), c = rf(40, 60); return [a, b, c]; });
  const rowsData = [];
  const Q = [0, 1, 2, 3].map(i => { const tot = rf(80, 140); const [a, b, c] = parts[i]; const s = a + b + c; const p1 = tot * a / s, p2 = tot * b / s, p3 = tot * c / s; return [tot, p1, p2, p2 * 0.8, p3]; });
  for (let k = 0; k < 5; k++) {
    const q1 = r(Q[0][k], 2), q2 = r(Q[1][k], 2), q3 = r(Q[2][k], 2), q4 = r(Q[3][k], 2);
    rows.push([inds[k], C(q1, '0.00'), C(q2, '0.00'), C(r(q1 + q2, 2), '0.00'), C(q3, '0.00'), C(r(q1 + q2 + q3, 2), '0.00'), C(q4, '0.00'), C(r(q1 + q2 + q3 + q4, 2), '0.00')]);
  }
  // fix total rows so parts sum exactly-ish (rounding) — totals computed from unrounded parts
  rows.push(['注：各季度数据按现价计算；分项之和与总量因四舍五入可能略有差异。']);
  return { sheets: [{ name: '季度', rows }], plants: [{ r: 3, c: 3, what: '上半年 GDP changed (≠ Q1+Q2)', nv: o => r(o + 6, 2) }, { r: 5, c: 7, what: '第二产业 全年 changed', nv: o => r(o + 9, 2) }] };
}

// T9: rates with 百分点
function T9(cty, N) {
  const rows = [[`${cty}${N}月份主要比率指标`], ['指标', '本期（%）', '上年同期（%）', '增减（百分点）']];
  const names = ['城镇登记失业率', '规模以上工业产品销售率', '存贷比', '一般公共预算收入中税收占比', '工业用电占全社会用电比重', '限额以上零售额占社零总额比重'];
  const first = rows.length;
  for (const n of names) { const a = r(rf(2, 95), 1), b = r(a + rf(-3, 3), 1); rows.push([n, C(a, '0.0'), C(b, '0.0'), C(r(a - b, 1), '0.0')]); }
  rows.push(['注：增减为本期与上年同期之差，单位为百分点。']);
  return { sheets: [{ name: '比率', rows }], plants: [{ r: first + ri(0, 5), c: 3, what: '百分点 difference changed', nv: o => r(o + 1.7, 1) }] };
}

// T10: two-level merged header: 本月(绝对额, 增长%) | 累计(绝对额, 增长%) ; industries with total & 其中
function T10(cty, N) {
  const rows = [[`${cty}${N}月规模以上工业分行业产值`], ['单位：万元'],
    ['行业', '本月', null, `1-${N}月累计`, null], [null, '绝对额', '增长（%）', '绝对额', '增长（%）']];
  const inds = ['农副食品加工业', '纺织业', '木材加工业', '化学原料和化学制品制造业', '非金属矿物制品业', '通用设备制造业', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业'];
  const data = inds.map(n => { const m = rf(1000, 20000); const pm = m / (1 + rf(-0.1, 0.2)); const c = m * N * rf(0.9, 1.1); const pc = c / (1 + rf(-0.1, 0.2)); return { n, m, pm, c, pc }; });
  const ms = data.map(x => Math.round(x.m)), cs = data.map(x => Math.round(x.c));
  const TM = sum(ms), TC = sum(cs), TPM = sum(data.map(x => x.pm)), TPC = sum(data.map(x => x.pc));
  rows.push(['总计', C(TM, '0'), C(g(TM, TPM), '0.0'), C(TC, '0'), C(g(TC, TPC), '0.0')]);
  const lt = [0, 1, 2], ht = [3, 4, 5, 6, 7];
  const sub = idx => { const a = sum(idx.map(i => ms[i])), b = sum(idx.map(i => data[i].pm)), c = sum(idx.map(i => cs[i])), d = sum(idx.map(i => data[i].pc)); return [C(a, '0'), C(g(a, b), '0.0'), C(c, '0'), C(g(c, d), '0.0')]; };
  rows.push(['  其中：轻工业', ...sub(lt)]);
  rows.push(['        重工业', ...sub(ht)]);
  rows.push(['分行业：']);
  const first = rows.length;
  data.forEach((x, i) => rows.push([x.n, C(ms[i], '0'), C(g(x.m, x.pm), '0.0'), C(cs[i], '0'), C(g(x.c, x.pc), '0.0')]));
  rows.push(['注：轻、重工业按行业归类汇总。']);
  return { sheets: [{ name: '分行业', rows, merges: ['B3:C3', 'D3:E3', 'A3:A4', 'A1:E1'] }], plants: [{ r: 4, c: 3, what: '总计 累计 changed', nv: o => o + 900 }, { r: first + ri(0, 7), c: 1, what: 'industry 本月 changed', nv: o => o + 650 }] };
}

// T11: per-capita income, quarterly; 全体 not sum; growth
function T11(cty, yr) {
  const rows = [[`${cty}${yr}年居民人均可支配收入`], ['单位：元'], ['指标', '一季度', '上半年', '前三季度', '全年', '全年比上年增长（%）']];
  const mk = (b) => { const q = [b, b * 1.9, b * 2.85, b * 3.9].map(x => Math.round(x)); return q; };
  const u = mk(rf(10000, 14000)), rr = mk(rf(5000, 7000)), a = u.map((x, i) => Math.round(x * 0.55 + rr[i] * 0.45));
  rows.push(['全体居民人均可支配收入', ...a.map(x => C(x, '0')), C(r(rf(5, 7), 1), '0.0')]);
  rows.push(['  城镇常住居民', ...u.map(x => C(x, '0')), C(r(rf(4, 6), 1), '0.0')]);
  rows.push(['  农村常住居民', ...rr.map(x => C(x, '0')), C(r(rf(6, 8), 1), '0.0')]);
  rows.push(['全体居民人均消费支出', ...a.map(x => C(Math.round(x * 0.68), '0')), C(r(rf(5, 9), 1), '0.0')]);
  rows.push(['城乡居民收入比（农村=1）', '—', '—', '—', C(r(u[3] / rr[3], 2), '0.00'), '—']);
  rows.push(['注：本表为住户抽样调查数据，季度数据为累计数。']);
  return { sheets: [{ name: '收入', rows }], plants: [{ r: 7, c: 4, what: '城乡收入比 changed', nv: o => r(o + 0.4, 2) }] };
}

// T12: towns with monthly running rank and 全市 total at top, plus '…' missing cells & average row
function T12(city, N) {
  const ds = pick(DISTS, 7);
  const rows = [[`${city}${N}月各县（市、区）快递业务量`], ['单位：万件'], ['地区', '本月', '上年同月', '同比增长（%）', `1-${N}月`, '上年同期', '累计增长（%）', '位次']];
  const data = ds.map(n => { const m = Math.round(rf(100, 3000)), pm = Math.round(m / (1 + rf(-0.1, 0.4))), c = Math.round(m * N * rf(0.9, 1.1)), pc = Math.round(c / (1 + rf(-0.1, 0.35))); return { n, m, pm, c, pc }; });
  const T = ['m', 'pm', 'c', 'pc'].map(k => sum(data.map(x => x[k])));
  data.forEach(x => x.g = g(x.c, x.pc));
  const s = data.slice().sort((a, b) => b.g - a.g); data.forEach(x => x.rank = s.indexOf(x) + 1);
  rows.push(['全市', C(T[0], '0'), C(T[1], '0'), C(g(T[0], T[1]), '0.0'), C(T[2], '0'), C(T[3], '0'), C(g(T[2], T[3]), '0.0'), '—']);
  for (const x of data) rows.push([x.n, C(x.m, '0'), C(x.pm, '0'), C(g(x.m, x.pm), '0.0'), C(x.c, '0'), C(x.pc, '0'), C(x.g, '0.0'), x.rank]);
  rows.push(['县均', C(Math.round(T[0] / data.length), '0'), C(Math.round(T[1] / data.length), '0'), C(g(T[0], T[1]), '0.0'), C(Math.round(T[2] / data.length), '0'), C(Math.round(T[3] / data.length), '0'), C(g(T[2], T[3]), '0.0'), '…']);
  rows.push(['注：“…”表示数据暂缺；位次按累计增速排列。']);
  return { sheets: [{ name: '快递', rows }], plants: [{ r: 4 + ri(0, 6), c: 6, what: 'district 累计增长 changed', nv: o => r(o + 6.2, 1) }, { r: 3, c: 2, what: '全市 上年同月 changed', nv: o => o + 240 }] };
}

// T13: monthly as columns with cumulative rows: 本月 / 累计 per month (columns months; rows 当月, 累计)
function T13(cty, yr) {
  const rows = [[`${cty}${yr}年全社会用电量月度情况`], ['单位：万千瓦时'], ['项目', ...MONTHS, '全年']];
  const types = [['第一产业', 300], ['第二产业', 20000], ['  其中：工业', 18000], ['第三产业', 6000], ['城乡居民生活', 5000]];
  const vals = {}; types.forEach(([n, s]) => vals[n] = MONTHS.map(() => Math.round(s * rf(0.8, 1.2))));
  vals['  其中：工业'] = vals['第二产业'].map(x => Math.round(x * rf(0.85, 0.95)));
  const tot = MONTHS.map((_, i) => vals['第一产业'][i] + vals['第二产业'][i] + vals['第三产业'][i] + vals['城乡居民生活'][i]);
  rows.push(['全社会用电量', ...tot.map(x => C(x, '0')), C(sum(tot), '0')]);
  for (const [n] of types) rows.push([n, ...vals[n].map(x => C(x, '0')), C(sum(vals[n]), '0')]);
  let run = 0; rows.push(['全社会用电量累计', ...tot.map(x => C(run += x, '0')), '—']);
  rows.push(['资料来源：国网' + cty + '供电公司']);
  return { sheets: [{ name: '用电', rows }], plants: [{ r: 3, c: 1 + ri(0, 11), what: '全社会用电量 month total changed', nv: o => o + 1200 }, { r: 9, c: 1 + ri(1, 11), what: 'running cumulative row changed', nv: o => o + 800 }] };
}

// T14: 2-sheet workbook: 月报 + 季报 of a county, 季报 quarterly fixed asset investment by 类型 with shares
function T14(cty, yr) {
  const rows = [[`${cty}${yr}年前三季度固定资产投资结构`], ['单位：万元'], ['项目', '前三季度', '上年同期', '增长（%）', '占比（%）']];
  const parts = [['第一产业', 0.05], ['第二产业', 0.35], ['第三产业', 0.6]];
  const tot = rf(300000, 900000), ptot = tot / (1 + rf(-0.05, 0.12));
  const pv = parts.map(([n, s]) => { const v = Math.round(tot * s * rf(0.8, 1.2)); const p = Math.round(v / (1 + rf(-0.15, 0.2))); return { n, v, p }; });
  const T = sum(pv.map(x => x.v)), P = sum(pv.map(x => x.p));
  rows.push(['固定资产投资', C(T, '0'), C(P, '0'), C(g(T, P), '0.0'), C(100, '0.0')]);
  for (const x of pv) rows.push(['  ' + x.n, C(x.v, '0'), C(x.p, '0'), C(g(x.v, x.p), '0.0'), C(r(x.v / T * 100, 1), '0.0')]);
  const ind = Math.round(pv[1].v * 0.9), pind = Math.round(ind / (1 + rf(-0.1, 0.2)));
  rows.push(['    其中：工业投资', C(ind, '0'), C(pind, '0'), C(g(ind, pind), '0.0'), C(r(ind / T * 100, 1), '0.0')]);
  const pri = Math.round(T * 0.55), ppri = Math.round(pri / (1 + rf(-0.1, 0.1)));
  rows.push(['民间投资', C(pri, '0'), C(ppri, '0'), C(g(pri, ppri), '0.0'), C(r(pri / T * 100, 1), '0.0')]);
  rows.push(['房地产开发投资', C(Math.round(T * 0.3), '0'), C(Math.round(T * 0.33), '0'), C(g(Math.round(T * 0.3), Math.round(T * 0.33)), '0.0'), C(r(Math.round(T * 0.3) / T * 100, 1), '0.0')]);
  const s1 = T1(cty, 9);
  return { sheets: [s1.sheets[0], { name: '投资', rows }], plants: [{ sheet: 1, r: 4, c: 4, what: '第一产业 share changed', nv: o => r(o + 2.5, 1) }, { sheet: 1, r: 3, c: 1, what: 'total investment changed', nv: o => o + 5000 }] };
}

// T15: 县 monthly series with 上年 comparison columns: 月份 | 本年 | 上年 | 增长 | 本年累计 | 上年累计 | 累计增长
function T15(cty, yr, N) {
  const rows = [[`${cty}${yr}年一般公共预算收入分月情况`], ['单位：万元'], ['月份', '本年', '上年', '增长（%）', '本年累计', '上年累计', '累计增长（%）']];
  let c = 0, pc = 0; const first = rows.length;
  for (let i = 0; i < N; i++) { const v = Math.round(rf(3000, 12000)), p = Math.round(v / (1 + rf(-0.2, 0.25))); c += v; pc += p; rows.push([MONTHS[i], C(v, '0'), C(p, '0'), C(g(v, p), '0.0'), C(c, '0'), C(pc, '0'), C(g(c, pc), '0.0')]); }
  rows.push(['合计', C(c, '0'), C(pc, '0'), C(g(c, pc), '0.0'), '—', '—', '—']);
  rows.push(['注：本年数据为快报数。']);
  return { sheets: [{ name: '财政', rows }], plants: [{ r: first + ri(1, N - 1), c: 4, what: '本年累计 changed', nv: o => o + 999 }, { r: first + ri(0, N - 1), c: 3, what: 'monthly growth changed', nv: o => r(-o, 1) }] };
}


// ---------- Round 2: harder shapes ----------
// T16: main indicators with legit 其中 > parent (per-capita, index), negative profits, rate row
function T16(cty, N) {
  const rows = [[`${cty}${N}月主要经济指标`], ['指标', '单位', `1-${N}月`, '比上年同期增长（%）']];
  const all = ri(26000, 34000), urb = Math.round(all * rf(1.3, 1.5)), rur = Math.round(all * rf(0.6, 0.75));
  rows.push(['居民人均可支配收入', '元', C(all, '0'), C(r(rf(5, 7), 1), '0.0')]);
  rows.push(['  其中：城镇居民', '元', C(urb, '0'), C(r(rf(4, 6), 1), '0.0')]);
  rows.push(['        农村居民', '元', C(rur, '0'), C(r(rf(6, 8), 1), '0.0')]);
  rows.push(['居民消费价格指数', '上年同期=100', C(r(rf(100.5, 102), 1), '0.0'), '—']);
  rows.push(['  其中：食品', '上年同期=100', C(r(rf(103, 108), 1), '0.0'), '—']);
  rows.push(['        服务', '上年同期=100', C(r(rf(101, 103), 1), '0.0'), '—']);
  rows.push(['规模以上工业企业利润总额', '万元', C(-ri(1000, 3000), '0'), '—']);
  rows.push(['  其中：制造业', '万元', C(-ri(4000, 6000), '0'), '—']);
  rows.push(['规模以上工业产品销售率', '%', C(r(rf(95, 99), 1), '0.0'), C(r(rf(-1.5, 1.5), 1), '0.0')]);
  rows.push(['规模以上工业销售产值', '万元', C(ri(300000, 500000), '0'), C(r(rf(-5, 12), 1), '0.0')]);
  rows.push(['  其中：出口交货值', '万元', C(ri(20000, 80000), '0'), C(r(rf(-10, 20), 1), '0.0')]);
  rows.push(['城镇登记失业率', '%', C(r(rf(2, 3.5), 1), '0.0'), C(r(rf(-0.5, 0.5), 1), '0.0')]);
  rows.push(['金融机构人民币存款余额', '亿元', C(r(rf(400, 800), 1), '0.0'), C(r(rf(6, 12), 1), '0.0')]);
  rows.push(['  其中：住户存款', '亿元', C(r(rf(300, 380), 1), '0.0'), C(r(rf(8, 15), 1), '0.0')]);
  rows.push(['注：1.比率指标的增长为增减百分点；2.利润总额为负表示亏损，“—”表示无法比较。']);
  return { sheets: [{ name: '主要指标', rows }], plants: [{ r: 15, c: 2, what: '其中：住户存款 raised above parent', nv: o => r(rows[14][2].v + 50, 1) }] };
}
// T17: yoy table with rate rows in 百分点 + index rows + profit sign change
function T17(cty, N) {
  const rows = [[`${cty}${N}月主要指标`], ['指标', '单位', '本月', '上年同月', '同比增长（%）', '1-' + N + '月', '上年同期', '累计增长（%）']];
  const add = (n, u, m, pm, c, pc, d = 0, rate = false) => { const f = fmt(d); rows.push([n, u, C(m, f), C(pm, f), C(rate ? r(m - pm, 1) : g(m, pm), '0.0'), C(c, f), C(pc, f), C(rate ? r(c - pc, 1) : g(c, pc), '0.0')]); };
  for (const n of ['规模以上工业总产值', '社会消费品零售总额', '一般公共预算收入', '进出口总额']) { const m = ri(5000, 90000), pm = Math.round(m / (1 + rf(-0.1, 0.2))), c = Math.round(m * N * rf(0.9, 1.1)), pc = Math.round(c / (1 + rf(-0.1, 0.2))); add(n, '万元', m, pm, c, pc); }
  add('规模以上工业产品产销率', '%', r(rf(93, 99), 1), r(rf(93, 99), 1), r(rf(94, 98), 1), r(rf(94, 98), 1), 1, true);
  add('金融机构存贷比', '%', r(rf(60, 80), 1), r(rf(55, 75), 1), r(rf(60, 80), 1), r(rf(55, 75), 1), 1, true);
  add('税收占一般公共预算收入比重', '%', r(rf(60, 80), 1), r(rf(55, 80), 1), r(rf(60, 80), 1), r(rf(55, 80), 1), 1, true);
  rows.push(['居民消费价格指数', '上年同月=100', C(r(rf(100, 103), 1), '0.0'), C(r(rf(100, 103), 1), '0.0'), '—', C(r(rf(100, 102), 1), '0.0'), C(r(rf(100, 102), 1), '0.0'), '—']);
  rows.push(['规上工业企业利润总额', '万元', C(ri(500, 3000), '0'), C(-ri(200, 900), '0'), '扭亏', C(ri(5000, 9000), '0'), C(-ri(100, 800), '0'), '扭亏']);
  rows.push(['注：比率指标（单位为%）的增长栏为增减百分点。']);
  return { sheets: [{ name: '同比', rows }], plants: [{ r: 2, c: 4, what: 'growth changed', nv: o => r(o + 3.1, 1) }] };
}
// T18: small 亿元 figures (1 decimal), growth & share computed from unrounded
function T18(city, N) {
  const ds = pick(DISTS, 9);
  const data = ds.map(n => { const v = rf(0.3, 3); const p = v / (1 + rf(-0.25, 0.35)); return { n, v, p }; });
  const T = sum(data.map(x => x.v)), TP = sum(data.map(x => x.p));
  const rows = [[`${city}${N}月各县（市、区）网上零售额`], ['单位：亿元'], ['地区', '本月', '上年同月', '增长（%）', '占全市比重（%）']];
  rows.push(['全市', C(r(T, 1), '0.0'), C(r(TP, 1), '0.0'), C(g(T, TP), '0.0'), C(100, '0.0')]);
  for (const x of data) rows.push([x.n, C(r(x.v, 1), '0.0'), C(r(x.p, 1), '0.0'), C(g(x.v, x.p), '0.0'), C(r(x.v / T * 100, 1), '0.0')]);
  rows.push(['注：增速及比重按未经四舍五入的原始数据计算。']);
  return { sheets: [{ name: '网零', rows }], plants: [{ r: 5, c: 3, what: 'growth changed by a lot', nv: o => r(o + 60, 1) }] };
}
// T19: months as rows with quarter subtotal rows interleaved + 1-2月 merged + 全年
function T19(cty, yr, interleave) {
  const rows = [[`${cty}${yr}年规模以上工业增加值分月情况`], ['单位：万元'], ['时间', '增加值', '累计', '同比增长（%）']];
  const mlab = ['1-2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  const v = mlab.map((l, i) => Math.round(rf(20000, 30000) * (i === 0 ? 2 : 1)));
  let run = 0; const qs = [[0, 1], [2, 3, 4], [5, 6, 7], [8, 9, 10]]; const qn = ['一季度', '二季度', '三季度', '四季度'];
  const first = rows.length;
  mlab.forEach((l, i) => {
    run += v[i]; rows.push([l, C(v[i], '0'), C(run, '0'), C(r(rf(-3, 12), 1), '0.0')]);
    const qi = qs.findIndex(q => q[q.length - 1] === i);
    if (interleave && qi >= 0) rows.push([qn[qi], C(sum(qs[qi].map(k => v[k])), '0'), C(run, '0'), C(r(rf(2, 9), 1), '0.0')]);
  });
  rows.push(['全年', C(sum(v), '0'), C(run, '0'), C(r(rf(3, 8), 1), '0.0')]);
  rows.push(['注：1-2月数据合并发布。']);
  return { sheets: [{ name: '分月', rows }], plants: [{ r: first + 2, c: 1, what: 'month value changed', nv: o => o + 3000 }] };
}
// T20: months as columns with quarter, 上半年, 前三季度 columns
function T20(cty, yr) {
  const hdr = ['指标', '1月', '2月', '3月', '一季度', '4月', '5月', '6月', '二季度', '上半年', '7月', '8月', '9月', '三季度', '前三季度', '10月', '11月', '12月', '四季度', '全年'];
  const rows = [[`${cty}${yr}年分月分季度主要指标`], ['单位：万元'], hdr];
  for (const [n, s] of [['社会消费品零售总额', 20000], ['一般公共预算收入', 5000], ['税收收入', 3500], ['快递业务收入', 800]]) {
    const m = MONTHS.map(() => Math.round(s * rf(0.8, 1.2)));
    const q = [0, 1, 2, 3].map(i => m[3 * i] + m[3 * i + 1] + m[3 * i + 2]);
    const vals = [m[0], m[1], m[2], q[0], m[3], m[4], m[5], q[1], q[0] + q[1], m[6], m[7], m[8], q[2], q[0] + q[1] + q[2], m[9], m[10], m[11], q[3], sum(q)];
    rows.push([n, ...vals.map(x => C(x, '0'))]);
  }
  return { sheets: [{ name: '分季', rows }], plants: [{ r: 3, c: 9, what: '上半年 changed', nv: o => o + 1111 }] };
}
// T21: many towns, 亿元 1 decimal from unrounded, plus 其中：城区 sub-aggregate and 开发区 row, ranks with ties
function T21(cty, N) {
  const towns = pick(TOWNS, 15);
  const data = towns.map(t => { const v = rf(0.5, 9); const p = v / (1 + rf(-0.1, 0.3)); return { t, v, p }; });
  const dev = { t: '经济开发区', v: rf(20, 40), p: 0 }; dev.p = dev.v / 1.1;
  const all = data.concat([dev]);
  const T = sum(all.map(x => x.v)), TP = sum(all.map(x => x.p));
  all.forEach(x => x.g = g(x.v, x.p));
  const s = all.slice().sort((a, b) => b.g - a.g); all.forEach(x => x.rank = 1 + s.findIndex(y => y.g === x.g));
  const rows = [[`${cty}${N}月各乡镇（街道、园区）固定资产投资完成情况`], [null, null, null, null, '单位：亿元'], ['单位', `1-${N}月`, '增速（%）', '位次', '占全县比重（%）']];
  rows.push(['全县', C(r(T, 1), '0.0'), C(g(T, TP), '0.0'), '—', C(100, '0.0')]);
  const urb = data.filter(x => /街道/.test(x.t));
  if (urb.length >= 2) { const u = sum(urb.map(x => x.v)), up = sum(urb.map(x => x.p)); rows.push(['  其中：城区街道', C(r(u, 1), '0.0'), C(g(u, up), '0.0'), '—', C(r(u / T * 100, 1), '0.0')]); }
  for (const x of all) rows.push([x.t, C(r(x.v, 1), '0.0'), C(x.g, '0.0'), x.rank, C(r(x.v / T * 100, 1), '0.0')]);
  rows.push(['注：全县含经济开发区；分项之和与合计因四舍五入略有出入。']);
  return { sheets: [{ name: '分乡镇', rows }], plants: [{ r: 3, c: 1, what: '全县 total changed', nv: o => r(o + 8, 1) }] };
}
// T22: 本月 | 上月 | 环比（%） | 上年同月 | 同比（%） ; 增减额
function T22(cty, N) {
  const rows = [[`${cty}${N}月主要指标环比同比情况`], ['单位：万元'], ['指标', '本月', '上月', '环比增长（%）', '上年同月', '同比增长（%）', '同比增减额']];
  for (const n of ['社会消费品零售总额', '限额以上零售额', '一般公共预算收入', '税收收入', '工业用电量（万千瓦时）', '快递业务量（万件）']) {
    const m = ri(3000, 60000), lm = Math.round(m / (1 + rf(-0.15, 0.15))), pm = Math.round(m / (1 + rf(-0.2, 0.2)));
    rows.push([n, C(m, '0'), C(lm, '0'), C(g(m, lm), '0.0'), C(pm, '0'), C(g(m, pm), '0.0'), C(m - pm, '0')]);
  }
  return { sheets: [{ name: '环比', rows }], plants: [{ r: 4, c: 6, what: '增减额 changed', nv: o => o + 100 }] };
}
// T23: GDP structure with 构成 (sums to 100±0.1), 贡献率, 拉动（百分点）
function T23(cty, yr) {
  const rows = [[`${cty}${yr}年前三季度地区生产总值`], ['指标', '绝对额（亿元）', '比上年同期增长（%）', '构成（%）', '对经济增长贡献率（%）', '拉动增长（百分点）']];
  const v = [rf(20, 40), rf(100, 160), rf(120, 200)], gr = [rf(2, 4), rf(4, 8), rf(5, 8)];
  const p = v.map((x, i) => x / (1 + gr[i] / 100)); const T = sum(v), TP = sum(p);
  const inc = v.map((x, i) => x - p[i]), TI = sum(inc), TG = (T / TP - 1) * 100;
  rows.push(['地区生产总值', C(r(T, 2), '0.00'), C(r(TG, 1), '0.0'), C(100, '0.0'), C(100, '0.0'), C(r(TG, 1), '0.0')]);
  const nm = ['  第一产业', '  第二产业', '  第三产业'];
  v.forEach((x, i) => rows.push([nm[i], C(r(x, 2), '0.00'), C(r(gr[i], 1), '0.0'), C(r(x / T * 100, 1), '0.0'), C(r(inc[i] / TI * 100, 1), '0.0'), C(r(inc[i] / TI * TG, 1), '0.0')]));
  rows.push(['    其中：工业', C(r(v[1] * 0.85, 2), '0.00'), C(r(gr[1] + 0.4, 1), '0.0'), C(r(v[1] * 0.85 / T * 100, 1), '0.0'), C(r(inc[1] * 0.9 / TI * 100, 1), '0.0'), C(r(inc[1] * 0.9 / TI * TG, 1), '0.0')]);
  rows.push(['人均地区生产总值（元）', C(ri(50000, 90000), '0'), C(r(rf(3, 7), 1), '0.0'), '—', '—', '—']);
  rows.push(['注：绝对额按现价计算，增长速度按不变价计算。']);
  return { sheets: [{ name: 'GDP', rows }], plants: [{ r: 4, c: 3, what: '构成 share changed', nv: o => r(o + 4, 1) }] };
}
// T24: months rows with 月均 row after 全年 and two years side by side
function T24(cty) {
  const rows = [[`${cty}近两年分月快递业务量`], ['单位：万件'], ['月份', '2023年', '2024年', '增长（%）']];
  const a = MONTHS.map(() => r(rf(200, 400), 1)), b = a.map(x => r(x * rf(0.95, 1.3), 1));
  MONTHS.forEach((m, i) => rows.push([m, C(a[i], '0.0'), C(b[i], '0.0'), C(g(b[i], a[i]), '0.0')]));
  const A = r(sum(a), 1), B = r(sum(b), 1);
  rows.push(['全年', C(A, '0.0'), C(B, '0.0'), C(g(B, A), '0.0')]);
  rows.push(['月均', C(r(A / 12, 1), '0.0'), C(r(B / 12, 1), '0.0'), C(g(B, A), '0.0')]);
  return { sheets: [{ name: '快递', rows }], plants: [{ r: 15, c: 2, what: '全年 2024 changed', nv: o => r(o + 50, 1) }] };
}
// T25: quarterly cumulative columns (一季度 | 上半年 | 前三季度 | 全年) of additive totals with districts & total
function T25(city, yr) {
  const ds = pick(DISTS, 6);
  const rows = [[`${city}${yr}年各县（市、区）地区生产总值（累计）`], ['单位：亿元'], ['地区', '一季度', '上半年', '前三季度', '全年']];
  const dv = ds.map(() => { const q = [rf(30, 90), rf(30, 90), rf(30, 90), rf(30, 90)]; return [q[0], q[0] + q[1], q[0] + q[1] + q[2], sum(q)]; });
  const T = [0, 1, 2, 3].map(k => sum(dv.map(d => d[k])));
  rows.push(['全市', ...T.map(x => C(r(x, 2), '0.00'))]);
  ds.forEach((n, i) => rows.push([n, ...dv[i].map(x => C(r(x, 2), '0.00'))]));
  return { sheets: [{ name: '累计', rows }], plants: [{ r: 5, c: 3, what: 'district 前三季度 changed', nv: o => r(o + 10, 2) }] };
}


// ---------- Round 3 ----------
// T26: financial: 余额 | 比年初增减 | 同比增长 with 其中 (part change may exceed whole change)
function T26(cty, N) {
  const rows = [[`${cty}${N}月末金融机构人民币存贷款情况`], ['单位：亿元'], ['指标', '本月末余额', '比年初增减', '同比增长（%）']];
  const mk = (name, parts) => {
    const pv = parts.map(([n, b, d]) => ({ n, v: r(b, 1), d: r(d, 1), p: b / (1 + rf(-0.05, 0.15)) }));
    const V = r(sum(pv.map(x => x.v)) + rf(5, 30), 1), D = r(sum(pv.map(x => x.d)) + rf(-2, 2), 1), P = sum(pv.map(x => x.p)) + 20;
    rows.push([name, C(V, '0.0'), C(D, '0.0'), C(g(V, P), '0.0')]);
    pv.forEach((x, i) => rows.push([(i ? '        ' : '  其中：') + x.n, C(x.v, '0.0'), C(x.d, '0.0'), C(g(x.v, x.p), '0.0')]));
  };
  mk('各项存款余额', [['住户存款', rf(500, 600), rf(40, 60)], ['非金融企业存款', rf(150, 200), -rf(10, 25)]]);
  mk('各项贷款余额', [['短期贷款', rf(150, 250), -rf(3, 10)], ['中长期贷款', rf(300, 400), rf(30, 50)]]);
  return { sheets: [{ name: '金融', rows }], plants: [{ r: 4, c: 1, what: '其中 part raised above whole 余额', nv: o => r(o + 400, 1) }] };
}
// T27: districts with per-capita column and 全市 row (per-capita = GDP/pop)
function T27(city, yr) {
  const ds = pick(DISTS, 7);
  const rows = [[`${city}${yr}年各县（市、区）人均地区生产总值`], ['地区', '地区生产总值（亿元）', '常住人口（万人）', '人均地区生产总值（元）', '增长（%）']];
  const d = ds.map(n => { const gdp = r(rf(150, 900), 2), pop = r(rf(25, 90), 2); return { n, gdp, pop }; });
  const G = r(sum(d.map(x => x.gdp)), 2), P = r(sum(d.map(x => x.pop)), 2);
  rows.push(['全市', C(G, '0.00'), C(P, '0.00'), C(Math.round(G / P * 10000), '0'), C(r(rf(4, 7), 1), '0.0')]);
  d.forEach(x => rows.push([x.n, C(x.gdp, '0.00'), C(x.pop, '0.00'), C(Math.round(x.gdp / x.pop * 10000), '0'), C(r(rf(3, 8), 1), '0.0')]));
  rows.push(['注：人均地区生产总值按常住人口计算。']);
  return { sheets: [{ name: '人均', rows }], plants: [{ r: 4, c: 3, what: 'per-capita changed', nv: o => o + 5000 }] };
}
// T28: T2 with ONE rate row where growth column = 百分点 difference (note), everything else %
function T28(cty, N, kind) {
  const rows = [[`${cty}${N}月主要指标完成情况`], ['单位：万元'], ['指标名称', '本月', '上年同月', '同比增长（%）', '本年累计', '上年同期累计', '累计增长（%）']];
  const names = ['规模以上工业总产值', '规模以上工业增加值', '社会消费品零售总额', '限额以上批发零售业销售额', '固定资产投资', '一般公共预算收入', '税收收入', '进出口总额', '出口总额'];
  for (const nm of names) {
    const m = ri(5000, 90000), pm = Math.round(m / (1 + rf(-0.12, 0.2))), c = Math.round(m * N * rf(0.9, 1.1)), pc = Math.round(c / (1 + rf(-0.1, 0.18)));
    rows.push([nm, C(m, '0'), C(pm, '0'), C(g(m, pm), '0.0'), C(c, '0'), C(pc, '0'), C(g(c, pc), '0.0')]);
  }
  let note;
  if (kind === 'rate') {
    const a = r(rf(94, 99), 1), b = r(rf(90, 96), 1), c = r(rf(94, 99), 1), d = r(rf(90, 96), 1);
    rows.splice(5, 0, ['规模以上工业产品销售率（%）', C(a, '0.0'), C(b, '0.0'), C(r(a - b, 1), '0.0'), C(c, '0.0'), C(d, '0.0'), C(r(c - d, 1), '0.0')]);
    note = '注：产品销售率的增长栏为增减百分点。';
  } else if (kind === 'cpi') {
    rows.push(['居民消费价格指数（上年同期=100）', C(r(rf(100.5, 103), 1), '0.0'), C(r(rf(100.5, 103), 1), '0.0'), '—', C(r(rf(100.5, 102), 1), '0.0'), C(r(rf(100.5, 102), 1), '0.0'), '—']);
    note = '注：价格指数不计算增长。';
  } else { // comparable price: 工业增加值 growth at comparable prices
    const row = rows[4]; const gg = r(row[3].v - rf(2.5, 4.5), 1), gc = r(row[6].v - rf(2.5, 4.5), 1); row[3] = C(gg, '0.0'); row[6] = C(gc, '0.0');
    note = '注：规模以上工业增加值增速按可比价格计算，其余按现价计算。';
  }
  rows.push([note]);
  return { sheets: [{ name: '月报', rows }], plants: [{ r: 3, c: 3, what: 'growth changed', nv: o => r(o + 4.4, 1) }] };
}
// T29: GDP structure with divergent sector growth
function T29(cty, yr) {
  const rows = [[`${cty}${yr}年地区生产总值`], ['指标', '绝对额（亿元）', '比上年增长（%）', '构成（%）', '对经济增长贡献率（%）', '拉动增长（百分点）']];
  const v = [rf(20, 40), rf(100, 160), rf(120, 200)], gr = [-rf(1, 3), rf(1, 3), rf(10, 14)];
  const p = v.map((x, i) => x / (1 + gr[i] / 100)); const T = sum(v), TP = sum(p);
  const inc = v.map((x, i) => x - p[i]), TI = sum(inc), TG = (T / TP - 1) * 100;
  rows.push(['地区生产总值', C(r(T, 2), '0.00'), C(r(TG, 1), '0.0'), C(100, '0.0'), C(100, '0.0'), C(r(TG, 1), '0.0')]);
  const nm = ['  第一产业', '  第二产业', '  第三产业'];
  v.forEach((x, i) => rows.push([nm[i], C(r(x, 2), '0.00'), C(r(gr[i], 1), '0.0'), C(r(x / T * 100, 1), '0.0'), C(r(inc[i] / TI * 100, 1), '0.0'), C(r(inc[i] / TI * TG, 1), '0.0')]));
  rows.push(['注：增长速度按可比价格计算；拉动=增长×上年构成。']);
  return { sheets: [{ name: 'GDP', rows }], plants: [] };
}

async function main() {
  fs.mkdirSync(path.join(OUT, 'clean'), { recursive: true });
  fs.mkdirSync(path.join(OUT, 'planted'), { recursive: true });
  const specs = [];
  const add = (name, fn) => specs.push([name, fn]);
  let i = 0;
  for (const N of [3, 6, 10]) add(`t1_main_${N}`, () => T1(COUNTIES[i++ % 20], N));
  add('t2_yoy_unround', () => T2(COUNTIES[3], 10, false));
  add('t2_yoy_shown', () => T2(COUNTIES[4], 7, true));
  add('t2_yoy_shown_b', () => T2(COUNTIES[5], 11, true));
  add('t2_yoy_unround_b', () => T2(COUNTIES[6], 4, false));
  add('t3_towns_bottom', () => T3(COUNTIES[7], 10, 8, false));
  add('t3_towns_top', () => T3(COUNTIES[8], 6, 10, true));
  add('t3_towns_bottom_b', () => T3(COUNTIES[9], 3, 5, false));
  add('t3_towns_top_b', () => T3(COUNTIES[10], 12, 12, true));
  add('t4_months_wan', () => T4(COUNTIES[11], 2023, '万元', 0, true));
  add('t4_months_yi', () => T4(COUNTIES[12], 2022, '亿元', 2, false));
  add('t4_months_yi1', () => T4(COUNTIES[13], 2023, '亿元', 1, true));
  add('t5_cols_5', () => T5(COUNTIES[14], 5));
  add('t5_cols_9', () => T5(COUNTIES[15], 9));
  add('t5_cols_12', () => T5(COUNTIES[16], 12));
  add('t6_cpi_a', () => T6(CITIES[0], 8));
  add('t6_cpi_b', () => T6(CITIES[1], 12));
  add('t7_dist_2d', () => T7(CITIES[2], 9, 2));
  add('t7_dist_1d', () => T7(CITIES[3], 6, 1));
  add('t7_dist_2d_b', () => T7(CITIES[4], 11, 2));
  add('t8_quarters_a', () => T8(COUNTIES[17], 2023));
  add('t8_quarters_b', () => T8(COUNTIES[18], 2022));
  add('t9_rates_a', () => T9(COUNTIES[19], 6));
  add('t9_rates_b', () => T9(COUNTIES[0], 12));
  add('t10_industry_a', () => T10(COUNTIES[1], 10));
  add('t10_industry_b', () => T10(COUNTIES[2], 5));
  add('t11_income_a', () => T11(COUNTIES[3], 2023));
  add('t11_income_b', () => T11(COUNTIES[4], 2022));
  add('t12_express_a', () => T12(CITIES[5], 10));
  add('t12_express_b', () => T12(CITIES[6], 7));
  add('t13_power_a', () => T13(COUNTIES[5], 2023));
  add('t13_power_b', () => T13(COUNTIES[6], 2022));
  add('t14_two_sheets_a', () => T14(COUNTIES[7], 2023));
  add('t14_two_sheets_b', () => T14(COUNTIES[8], 2022));
  add('t15_fiscal_a', () => T15(COUNTIES[9], 2023, 12));
  add('t15_fiscal_b', () => T15(COUNTIES[10], 2024, 8));
  add('t15_fiscal_c', () => T15(COUNTIES[11], 2022, 5));
  add('t3_towns_bottom_c', () => T3(COUNTIES[12], 9, 6, false));
  add('t7_dist_1d_b', () => T7(CITIES[7], 12, 1));
  add('t12_express_c', () => T12(CITIES[0], 3));
  add('t10_industry_c', () => T10(COUNTIES[13], 12));
  add('t4_months_wan_b', () => T4(COUNTIES[14], 2024, '万元', 0, false));
  add('t13_power_c', () => T13(COUNTIES[15], 2024));
  add('t2_yoy_unround_c', () => T2(COUNTIES[16], 12, false));
  add('t8_quarters_c', () => T8(COUNTIES[19], 2024));
  add('t14_two_sheets_c', () => T14(COUNTIES[0], 2024));

  add('t16_main_legit_a', () => T16(COUNTIES[1], 9));
  add('t16_main_legit_b', () => T16(COUNTIES[2], 12));
  add('t17_rates_pp_a', () => T17(COUNTIES[3], 8));
  add('t17_rates_pp_b', () => T17(COUNTIES[4], 11));
  add('t18_small_yi_a', () => T18(CITIES[1], 5));
  add('t18_small_yi_b', () => T18(CITIES[2], 9));
  add('t19_months_q_a', () => T19(COUNTIES[5], 2023, true));
  add('t19_months_q_b', () => T19(COUNTIES[6], 2024, false));
  add('t20_months_qcols_a', () => T20(COUNTIES[7], 2023));
  add('t20_months_qcols_b', () => T20(COUNTIES[8], 2024));
  add('t21_many_towns_a', () => T21(COUNTIES[9], 10));
  add('t21_many_towns_b', () => T21(COUNTIES[10], 6));
  add('t22_mom_a', () => T22(COUNTIES[11], 7));
  add('t23_gdp_struct_a', () => T23(COUNTIES[12], 2023));
  add('t23_gdp_struct_b', () => T23(COUNTIES[13], 2024));
  add('t24_two_years', () => T24(COUNTIES[14]));
  add('t25_qcum_a', () => T25(CITIES[3], 2023));
  add('t25_qcum_b', () => T25(CITIES[4], 2024));

  add('t26_fin_a', () => T26(COUNTIES[15], 9));
  add('t26_fin_b', () => T26(COUNTIES[16], 12));
  add('t27_percap_a', () => T27(CITIES[5], 2023));
  add('t27_percap_b', () => T27(CITIES[6], 2024));
  add('t28_one_rate_a', () => T28(COUNTIES[17], 9, 'rate'));
  add('t28_one_rate_b', () => T28(COUNTIES[18], 12, 'rate'));
  add('t28_cpi_row', () => T28(COUNTIES[19], 6, 'cpi'));
  add('t28_compprice_a', () => T28(COUNTIES[0], 10, 'comp'));
  add('t28_compprice_b', () => T28(COUNTIES[1], 7, 'comp'));
  add('t29_gdp_diverge_a', () => T29(COUNTIES[2], 2023));
  add('t29_gdp_diverge_b', () => T29(COUNTIES[3], 2024));
  const manifest = [];
  let pc = 0;
  for (const [name, fn] of specs) {
    const s = fn();
    await writeBook(path.join(OUT, 'clean', name + '.xlsx'), s.sheets);
    if (s.plants.length && pc < 999) {
      const p = s.plants[(pc * 7) % s.plants.length];
      const shIdx = p.sheet || 0;
      const sheets = JSON.parse(JSON.stringify(s.sheets));
      const cell = sheets[shIdx].rows[p.r][p.c];
      const old = typeof cell === 'object' ? cell.v : cell;
      const nv = p.nv(old);
      if (typeof cell === 'object') cell.v = nv; else sheets[shIdx].rows[p.r][p.c] = nv;
      await writeBook(path.join(OUT, 'planted', name + '_p.xlsx'), sheets);
      manifest.push({ file: 'planted/' + name + '_p.xlsx', sheet: sheets[shIdx].name, cell: addr(p.r, p.c), old, new: nv, what: p.what });
      pc++;
    }
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', specs.length, 'planted', manifest.length);
}
main();
