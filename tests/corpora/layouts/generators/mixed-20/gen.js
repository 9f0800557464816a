const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
let seed = 20202;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function r(x, dec) { const f = Math.pow(10, dec); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; }
function pct(n, d, dec = 1) { return r(n * 100 / d, dec); }
function sum(a) { return a.reduce((s, x) => s + x, 0); }
const DIST = ['城东区','城西区','城南区','城北区','高新区','开发区','临江区','望城区'];
const COUNTIES = ['长安县','临川县','凤翔县','永宁县','安平县','清河县','武城县','平原县','夏津县','宜阳县'];
const XJS = ['江口市','龙溪市','白河市','青原市'];
const TOWNS = ['城关镇','新华街道','东城街道','西城街道','龙泉镇','石桥镇','白沙乡','黄庄镇','马村乡','青山镇','河口镇','柳林乡'];
function pick(arr, k) { const a = arr.slice(); const out = []; while (out.length < k) out.push(a.splice(ri(0, a.length - 1), 1)[0]); return out; }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const files = [];
// grid writer: rows = array of arrays; cell may be primitive or {v, fmt, bold, indent, k:kind, role:'total'|'member'}
function grid(ws, r0, c0, rows) {
  const cand = [];
  rows.forEach((row, i) => {
    if (!row) return;
    row.forEach((x, j) => {
      if (x === undefined || x === null) return;
      const cell = ws.getCell(r0 + i, c0 + j);
      if (typeof x === 'object' && !(x instanceof Date)) {
        cell.value = x.v;
        if (x.fmt) cell.numFmt = x.fmt;
        if (x.bold || x.indent) { if (x.bold) cell.font = { bold: true }; if (x.indent) cell.alignment = { indent: x.indent }; }
        if (x.k) cand.push({ sheet: ws.name, cell: colL(c0 + j) + (r0 + i), kind: x.k, row: x.role || 'member' });
      } else cell.value = x;
    });
  });
  return cand;
}
// mark numbers: N(v, role) count cand; R(v, fmt) rate cand
const N = (v, role, fmt) => ({ v, k: 'count', role, fmt });
const R = (v, fmt) => ({ v, k: 'rate', fmt });
const T = v => N(v, 'total');
function title(ws, text, ncol, row = 1) { ws.getCell(row, 1).value = text; if (ncol > 1) ws.mergeCells(row, 1, row, ncol); }
async function save(wb, name, cand) { await wb.xlsx.writeFile(path.join(__dirname, 'clean', name)); files.push({ name, cand }); }
const builders = []; const B = fn => builders.push(fn);
// generic: rows of member objects -> values via cols, plus total row
function rowsOf(items, cols, role) { return items.map(it => [it.name, ...cols.map(c => c(it.d, role))]); }
function sumD(list) { const o = {}; for (const d of list) for (const k in d) if (typeof d[k] === 'number') o[k] = (o[k] || 0) + d[k]; return o; }

// 1 人口 户籍/常住 城镇化率, 全市 top
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('人口');
  const it = pick(DIST, 6).map(n => { const cz = ri(300000, 1500000); const hj = Math.round(cz * (0.8 + rnd() * 0.3)); const cs = Math.round(cz * (0.4 + rnd() * 0.55)); return { name: n, d: { cz, hj, cs } }; });
  const t = sumD(it.map(x => x.d));
  const cols = [(d, ro) => N(r(d.hj / 1e4, 2), ro, '0.00'), (d, ro) => N(r(d.cz / 1e4, 2), ro, '0.00'), (d, ro) => N(r(d.cs / 1e4, 2), ro, '0.00'), d => R(pct(d.cs, d.cz, 2), '0.00')];
  title(ws, '2023年末各区人口情况', 5);
  const c = grid(ws, 2, 1, [['地区', '户籍人口（万人）', '常住人口（万人）', '城镇人口（万人）', '常住人口城镇化率（%）'], ['全市', ...cols.map(f => f(t, 'total'))], ...rowsOf(it, cols)]);
  await save(wb, 'm01_population_urban.xlsx', c);
});
// 2 全市 + 市辖区 subtotal + counties + 县级市
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('GDP');
  const d1 = pick(DIST, 4).map(n => ({ name: n, d: { g: ri(2000000, 9000000), p: ri(300000, 1200000) } }));
  const cs = pick(COUNTIES, 3).map(n => ({ name: n, d: { g: ri(1000000, 4000000), p: ri(300000, 900000) } }));
  const xj = pick(XJS, 2).map(n => ({ name: n, d: { g: ri(2000000, 5000000), p: ri(500000, 1000000) } }));
  const sq = sumD(d1.map(x => x.d)); const all = sumD([...d1, ...cs, ...xj].map(x => x.d));
  const cols = [(d, ro) => N(r(d.g / 1e4, 2), ro, '#,##0.00'), (d, ro) => N(r(d.p / 1e4, 1), ro, '0.0'), d => ({ v: Math.round(d.g * 1e4 / d.p) })];
  const rows = [['地区', '地区生产总值（亿元）', '常住人口（万人）', '人均地区生产总值（元）'], [{ v: '全市', bold: true }, ...cols.map(f => f(all, 'total'))], ['市辖区', ...cols.map(f => f(sq, 'total'))],
    ...d1.map(x => [{ v: x.name, indent: 1 }, ...cols.map(f => f(x.d))]), ...cs.map(x => [x.name, ...cols.map(f => f(x.d))]), ...xj.map(x => [x.name, ...cols.map(f => f(x.d))])];
  const c = grid(ws, 1, 1, rows);
  await save(wb, 'm02_city_shixiaqu_xjs.xlsx', c);
});
// 3 schools by grade, 合计 right
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('小学在校生');
  const sch = pick(TOWNS, 8).map(n => ({ name: n + '中心小学', d: [1, 2, 3, 4, 5, 6].map(() => ri(40, 400)) }));
  const tot = [0, 1, 2, 3, 4, 5].map(k => sum(sch.map(s => s.d[k])));
  const c = grid(ws, 1, 1, [['学校', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '合计'],
    ...sch.map(s => [s.name, ...s.d.map(v => N(v)), T(sum(s.d))]), ['全镇合计', ...tot.map(v => T(v)), T(sum(tot))]]);
  await save(wb, 'm03_school_grades.xlsx', c);
});
// 4 hospitals beds per 1000
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('医疗卫生');
  const it = pick(COUNTIES, 7).map(n => { const pop = ri(200000, 900000); const beds = Math.round(pop * (0.004 + rnd() * 0.005)); const doc = Math.round(pop * (0.002 + rnd() * 0.002)); return { name: n, d: { h: ri(5, 40), beds, doc, pop } }; });
  const t = sumD(it.map(x => x.d));
  const cols = [(d, ro) => N(d.h, ro), (d, ro) => N(d.beds, ro), (d, ro) => N(d.doc, ro), (d, ro) => N(r(d.pop / 1e4, 2), ro, '0.00'), d => R(r(d.beds * 1000 / d.pop, 2), '0.00'), d => R(r(d.doc * 1000 / d.pop, 2), '0.00')];
  const c = grid(ws, 1, 1, [['县（区）', '医院数（个）', '床位数（张）', '执业（助理）医师（人）', '常住人口（万人）', '每千人口床位数（张）', '每千人口执业医师（人）'], ...rowsOf(it, cols), ['全市', ...cols.map(f => f(t, 'total'))]]);
  await save(wb, 'm04_hospital_per1000.xlsx', c);
});
// 5 fiscal income items rows, 本年/上年/增长%
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('财政收入');
  const tax = { '增值税': ri(200000, 500000), '企业所得税': ri(80000, 200000), '个人所得税': ri(30000, 80000), '城市维护建设税': ri(20000, 60000), '房产税': ri(10000, 40000), '印花税': ri(5000, 20000), '城镇土地使用税': ri(5000, 30000), '其他税收收入': ri(10000, 50000) };
  const nt = { '专项收入': ri(20000, 60000), '行政事业性收费收入': ri(10000, 40000), '罚没收入': ri(5000, 30000), '国有资源（资产）有偿使用收入': ri(20000, 120000), '其他非税收入': ri(1000, 10000) };
  const prev = o => { const p = {}; for (const k in o) p[k] = Math.round(o[k] / (0.85 + rnd() * 0.35)); return p; };
  const taxP = prev(tax), ntP = prev(nt);
  const ts = sum(Object.values(tax)), tsP = sum(Object.values(taxP)), ns = sum(Object.values(nt)), nsP = sum(Object.values(ntP));
  const line = (lab, a, b, ro) => [lab, N(a, ro), N(b, ro), R(pct(a - b, b, 1), '0.0')];
  const rows = [['项目', '本年累计（万元）', '上年同期（万元）', '增长（%）'], line('一般公共预算收入', ts + ns, tsP + nsP, 'total'), line('　税收收入', ts, tsP, 'total'),
    ...Object.keys(tax).map(k => line('　　' + k, tax[k], taxP[k])), line('　非税收入', ns, nsP, 'total'), ...Object.keys(nt).map(k => line('　　' + k, nt[k], ntP[k]))];
  title(ws, '2024年1-11月一般公共预算收入完成情况', 4);
  const c = grid(ws, 2, 1, rows);
  await save(wb, 'm05_fiscal_tax_nontax.xlsx', c);
});
// 6 two tables stacked with own 合计
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
  const a = pick(TOWNS, 5).map(n => ({ name: n, d: { x: ri(100, 900), y: ri(10, 90) } }));
  const b = pick(TOWNS, 6).map(n => ({ name: n, d: { x: ri(1000, 9000), y: ri(100, 900), z: ri(5, 50) } }));
  const ta = sumD(a.map(x => x.d)), tb = sumD(b.map(x => x.d));
  title(ws, '表一  农业经营主体情况', 3);
  const c1 = grid(ws, 2, 1, [['乡镇', '家庭农场（个）', '农民合作社（个）'], ...a.map(x => [x.name, N(x.d.x), N(x.d.y)]), ['合计', T(ta.x), T(ta.y)]]);
  const r2 = 2 + a.length + 3;
  ws.getCell(r2, 1).value = '表二  设施农业情况'; ws.mergeCells(r2, 1, r2, 4);
  const c2 = grid(ws, r2 + 1, 1, [['乡镇', '设施面积（亩）', '大棚数（个）', '经营主体（个）'], ...b.map(x => [x.name, N(x.d.x), N(x.d.y), N(x.d.z)]), ['合计', T(tb.x), T(tb.y), T(tb.z)]]);
  await save(wb, 'm06_two_stacked.xlsx', [...c1, ...c2]);
});
// 7 months 1..12 + 全年
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('月度');
  const it = pick(DIST, 5).map(n => ({ name: n, d: Array.from({ length: 12 }, () => ri(1000, 9000)) }));
  const tot = Array.from({ length: 12 }, (_, k) => sum(it.map(x => x.d[k])));
  const c = grid(ws, 1, 1, [['区域', ...Array.from({ length: 12 }, (_, k) => (k + 1) + '月'), '全年'],
    ...it.map(x => [x.name, ...x.d.map(v => N(v)), T(sum(x.d))]), ['合计', ...tot.map(v => T(v)), T(sum(tot))]]);
  await save(wb, 'm07_months_annual.xlsx', c);
});
// 8 province with 计划单列市: 全省 includes all, noted
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('全省');
  const cities = ['东州市', '南江市', '西岭市', '北原市', '中平市'].map(n => ({ name: n, d: { g: ri(20000000, 90000000), f: ri(1000000, 9000000) } }));
  const jh = { name: '海川市', d: { g: ri(80000000, 120000000), f: ri(9000000, 15000000) } };
  const t = sumD([...cities, jh].map(x => x.d)); const tx = sumD(cities.map(x => x.d));
  const cols = [(d, ro) => N(r(d.g / 1e4, 1), ro, '0.0'), (d, ro) => N(r(d.f / 1e4, 1), ro, '0.0')];
  title(ws, '各市主要经济指标（亿元）', 3);
  const c = grid(ws, 2, 1, [['地区', '地区生产总值', '一般公共预算收入'], ['全省', ...cols.map(f => f(t, 'total'))], ['全省（不含计划单列市）', ...cols.map(f => f(tx, 'total'))],
    ...cities.map(x => [x.name, ...cols.map(f => f(x.d))]), ['计划单列市：', null, null], [jh.name, ...cols.map(f => f(jh.d))], [], ['注：全省数据含计划单列市。']]);
  await save(wb, 'm08_province_jhdl.xlsx', c);
});
// 9 人均 and 占全市%
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('消费');
  const it = pick(DIST, 7).map(n => ({ name: n, d: { s: ri(500000, 3000000), p: ri(200000, 900000) } }));
  const t = sumD(it.map(x => x.d));
  const cols = [(d, ro) => N(r(d.s / 1e4, 2), ro, '0.00'), (d, ro) => N(d.p, ro), d => ({ v: Math.round(d.s * 1e4 / d.p) }), d => R(pct(d.s, t.s, 1), '0.0')];
  const c = grid(ws, 1, 1, [['地区', '社会消费品零售总额（亿元）', '常住人口（人）', '人均（元）', '占全市比重（%）'], ...rowsOf(it, cols), ['全市', ...cols.map(f => f(t, 'total'))]]);
  await save(wb, 'm09_percap_share.xlsx', c);
});
// 10 本月 累计 同比
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('工业');
  const it = pick(COUNTIES, 6).map(n => { const cum = ri(200000, 900000); const m = Math.round(cum / (8 + rnd() * 4)); const lcum = Math.round(cum / (0.9 + rnd() * 0.25)); const lm = Math.round(m / (0.88 + rnd() * 0.3)); return { name: n, d: { m, lm, cum, lcum } }; });
  const t = sumD(it.map(x => x.d));
  const cols = [(d, ro) => N(d.m, ro), d => R(pct(d.m - d.lm, d.lm, 1), '0.0'), (d, ro) => N(d.cum, ro), (d, ro) => N(d.lcum, ro), d => R(pct(d.cum - d.lcum, d.lcum, 1), '0.0')];
  const c = grid(ws, 1, 1, [['县（区）', '11月（万元）', '同比增长（%）', '1-11月累计（万元）', '上年同期累计（万元）', '累计同比增长（%）'], ['全市', ...cols.map(f => f(t, 'total'))], ...rowsOf(it, cols)]);
  await save(wb, 'm10_month_cum_yoy.xlsx', c);
});
// 11 percentages typed as text
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('合格率');
  const it = pick(TOWNS, 7).map(n => { const a = ri(100, 900); return { name: n, d: { a, b: Math.round(a * (0.7 + rnd() * 0.29)) } }; });
  const t = sumD(it.map(x => x.d));
  const cols = [(d, ro) => N(d.a, ro), (d, ro) => N(d.b, ro), d => R(pct(d.b, d.a, 1).toFixed(1) + '%')];
  const c = grid(ws, 1, 1, [['乡镇', '抽检批次', '合格批次', '合格率'], ...rowsOf(it, cols), ['合计', ...cols.map(f => f(t, 'total'))]]);
  await save(wb, 'm11_text_percent.xlsx', c);
});
// 12 negatives as text "-12" and "（12）"
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('增减');
  const it = pick(TOWNS, 7).map(n => { const p = ri(1000, 5000); const c = p + ri(-400, 400); return { name: n, d: { p, c } }; });
  const t = sumD(it.map(x => x.d));
  const neg = (v, style) => v < 0 ? (style ? '（' + (-v) + '）' : String(v)) : v;
  const c = grid(ws, 1, 1, [['乡镇', '上年末户数', '本年末户数', '增减户数', '增减（括号为减少）'], ...it.map(x => [x.name, N(x.d.p), N(x.d.c), neg(x.d.c - x.d.p, false), neg(x.d.c - x.d.p, true)]),
    ['合计', T(t.p), T(t.c), neg(t.c - t.p, false), neg(t.c - t.p, true)]]);
  await save(wb, 'm12_negative_text.xlsx', c);
});
// 13 blank vs 0 vs —
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('企业');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: { a: ri(0, 3) === 0 ? 0 : ri(1, 30), b: ri(0, 2) === 0 ? 0 : ri(1, 20), c: ri(5, 60) } }));
  const t = sumD(it.map(x => x.d));
  const show = (v, k) => v === 0 ? (k % 3 === 0 ? null : k % 3 === 1 ? '—' : 0) : N(v);
  const c = grid(ws, 1, 1, [['乡镇', '规上工业企业', '限上商贸企业', '其他企业', '合计'], ...it.map((x, k) => [x.name, show(x.d.a, k), show(x.d.b, k + 1), N(x.d.c), T(x.d.a + x.d.b + x.d.c)]),
    ['总计', T(t.a), T(t.b), T(t.c), T(t.a + t.b + t.c)]]);
  await save(wb, 'm13_blank_zero_dash.xlsx', c);
});
// 14 备注 column
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('项目');
  const notes = ['', '含续建项目3个', '2023年新增', '', '数据来源：发改局', '含10亿元以上项目2个', ''];
  const it = pick(COUNTIES, 7).map(n => ({ name: n, d: { n: ri(5, 50), inv: ri(100000, 900000), done: 0 } }));
  it.forEach(x => x.d.done = Math.round(x.d.inv * (0.5 + rnd() * 0.6)));
  const t = sumD(it.map(x => x.d));
  const cols = [(d, ro) => N(d.n, ro), (d, ro) => N(d.inv, ro), (d, ro) => N(d.done, ro), d => R(pct(d.done, d.inv, 1), '0.0')];
  const c = grid(ws, 1, 1, [['县区', '项目数（个）', '年度计划投资（万元）', '完成投资（万元）', '完成率（%）', '备注'], ...it.map((x, k) => [x.name, ...cols.map(f => f(x.d)), notes[k] || null]), ['合计', ...cols.map(f => f(t, 'total')), '']]);
  await save(wb, 'm14_beizhu.xlsx', c);
});
// 15 three-level merged headers
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('就业');
  const it = pick(DIST, 6).map(n => { const d = { um: ri(500, 3000), uf: ri(500, 3000), rm: ri(100, 1000), rf: ri(100, 1000) }; return { name: n, d }; });
  const t = sumD(it.map(x => x.d));
  const line = (lab, d, ro) => [lab, N(d.um + d.uf + d.rm + d.rf, ro || 'total'), N(d.um + d.uf, ro || 'total'), N(d.um, ro), N(d.uf, ro), N(d.rm + d.rf, ro || 'total'), N(d.rm, ro), N(d.rf, ro)];
  const c = grid(ws, 1, 1, [['地区', '新增就业人数', null, null, null, null, null, null], [null, '总计', '城镇', null, null, '农村转移', null, null], [null, null, '小计', '男', '女', '小计', '男', '女'],
    line('全区', t, 'total'), ...it.map(x => line(x.name, x.d, 'member'))]);
  ws.mergeCells('A1:A3'); ws.mergeCells('B1:H1'); ws.mergeCells('B2:B3'); ws.mergeCells('C2:E2'); ws.mergeCells('F2:H2');
  await save(wb, 'm15_three_level_header.xlsx', c);
});
// 16 header repeated mid-table
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('村级');
  const vil = Array.from({ length: 30 }, (_, k) => ({ name: TOWNS[k % 12].slice(0, 2) + ['一', '二', '三'][Math.floor(k / 12)] + '村', d: { h: ri(100, 800), p: 0, a: ri(500, 5000) } }));
  vil.forEach(v => v.d.p = Math.round(v.d.h * (2.5 + rnd() * 1.5)));
  const t = sumD(vil.map(x => x.d));
  const hdr = ['村名', '户数', '人口', '耕地面积（亩）'];
  const rows = [hdr]; vil.forEach((v, k) => { if (k === 18) rows.push(hdr); rows.push([v.name, N(v.d.h), N(v.d.p), N(v.d.a)]); });
  rows.push(['合计', T(t.h), T(t.p), T(t.a)]);
  const c = grid(ws, 1, 1, rows);
  await save(wb, 'm16_header_repeat.xlsx', c);
});
// 17 全市 bold first, indented districts
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('固投');
  const it = pick(DIST, 7).map(n => { const cur = ri(500000, 3000000); return { name: n, d: { cur, prev: Math.round(cur / (0.85 + rnd() * 0.3)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.cur / 1e4, 2), ro, '0.00'), N(r(d.prev / 1e4, 2), ro, '0.00'), R(pct(d.cur - d.prev, d.prev, 1), '0.0')];
  const c = grid(ws, 1, 1, [['地区', '本年（亿元）', '上年（亿元）', '增速（%）'], ln({ v: '全市', bold: true }, t, 'total'), ...it.map(x => ln({ v: x.name, indent: 2 }, x.d))]);
  ws.getRow(2).font = { bold: true };
  await save(wb, 'm17_bold_indent.xlsx', c);
});
// 18 男/女 split with 合计
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('人口性别');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: { m: ri(5000, 30000), f: ri(5000, 30000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.m + d.f, 'total'), N(d.m, ro), N(d.f, ro), { v: r(d.m * 100 / d.f, 2), fmt: '0.00' }];
  const c = grid(ws, 1, 1, [['乡镇', '合计', '男', '女', '性别比（女=100）'], ...it.map(x => ln(x.name, x.d)), ln('全县', t, 'total')]);
  await save(wb, 'm18_sex_split.xlsx', c);
});
// 19 party members by age group
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党员年龄');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: [ri(20, 200), ri(30, 250), ri(40, 300), ri(40, 300), ri(50, 400)] }));
  const tot = [0, 1, 2, 3, 4].map(k => sum(it.map(x => x.d[k])));
  const ln = (lab, d, ro) => [lab, N(sum(d), 'total'), ...d.map(v => N(v, ro)), R(pct(d[0], sum(d), 1), '0.0')];
  const c = grid(ws, 1, 1, [['党（工）委', '党员总数', '35岁及以下', '36-45岁', '46-55岁', '56-60岁', '61岁及以上', '35岁及以下占比（%）'], ln('合计', tot, 'total'), ...it.map(x => ln(x.name + '党委', x.d))]);
  await save(wb, 'm19_party_age.xlsx', c);
});
// 20 党员 by education with 其中：女
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党员学历');
  const it = pick(TOWNS, 7).map(n => { const e = [ri(0, 30), ri(50, 300), ri(50, 300), ri(20, 150), ri(100, 500)]; const T0 = sum(e); return { name: n, d: { e, T0, f: Math.round(T0 * (0.2 + rnd() * 0.2)) } }; });
  const tot = { e: [0, 1, 2, 3, 4].map(k => sum(it.map(x => x.d.e[k]))), f: sum(it.map(x => x.d.f)) }; tot.T0 = sum(tot.e);
  const ln = (lab, d, ro) => [lab, N(d.T0, 'total'), N(d.f, ro), ...d.e.map(v => N(v, ro))];
  const c = grid(ws, 1, 1, [['单位', '党员数', '其中：女', '研究生', '大学本科', '大专', '中专', '高中及以下'], ...it.map(x => ln(x.name, x.d)), ln('合计', tot, 'total')]);
  await save(wb, 'm20_party_edu_female.xlsx', c);
});
// 21 发展党员 by quarter with 全年
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('发展党员');
  const it = pick(COUNTIES, 6).map(n => ({ name: n, d: [ri(3, 40), ri(5, 50), ri(3, 40), ri(10, 80)] }));
  const tot = [0, 1, 2, 3].map(k => sum(it.map(x => x.d[k])));
  const c = grid(ws, 1, 1, [['县（市、区）', '全年', '一季度', '二季度', '三季度', '四季度'], ...it.map(x => [x.name, T(sum(x.d)), ...x.d.map(v => N(v))]), ['全市', T(sum(tot)), ...tot.map(v => T(v))]]);
  await save(wb, 'm21_party_quarter.xlsx', c);
});
// 22 English + Chinese
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Trade 进出口');
  const it = [['Asia 亚洲'], ['Europe 欧洲'], ['North America 北美洲'], ['Africa 非洲'], ['Latin America 拉丁美洲'], ['Oceania 大洋洲']].map(([n]) => { const ex = ri(10000, 900000), im = ri(10000, 600000); return { name: n, d: { ex, im, pex: Math.round(ex / (0.8 + rnd() * 0.4)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.ex + d.im, 'total'), N(d.ex, ro), N(d.im, ro), R(pct(d.ex - d.pex, d.pex, 1), '0.0')];
  const c = grid(ws, 1, 1, [['Region 地区', 'Total 进出口总额 (10k USD)', 'Exports 出口', 'Imports 进口', 'Export growth 出口增长 (%)'], ln('Total 总计', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm22_bilingual.xlsx', c);
});
// 23 wide transposed: indicators as rows, districts columns, 全市 column
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('主要指标');
  const ds = pick(DIST, 6);
  const ind = ['农林牧渔业总产值（万元）', '规上工业总产值（万元）', '建筑业总产值（万元）', '社会消费品零售总额（万元）', '固定资产投资（万元）', '一般公共预算收入（万元）', '税收收入（万元）', '一般公共预算支出（万元）', '金融机构存款余额（万元）', '金融机构贷款余额（万元）', '实际利用外资（万美元）', '进出口总额（万美元）', '出口总额（万美元）', '进口总额（万美元）', '商品房销售面积（平方米）', '旅游总收入（万元）', '接待游客（人次）', '城镇新增就业（人）', '卫生机构数（个）', '学校数（所）'];
  const vals = ind.map(() => ds.map(() => ri(1000, 900000)));
  // make consistency: 出口+进口=进出口, 税收 < 一般公共预算收入
  ds.forEach((_, j) => { vals[11][j] = vals[12][j] + vals[13][j]; vals[6][j] = Math.round(vals[5][j] * 0.7); });
  const c = grid(ws, 1, 1, [['指标', '全市', ...ds], ...ind.map((n, i) => [n, T(sum(vals[i])), ...vals[i].map(v => N(v))])]);
  await save(wb, 'm23_wide_transposed.xlsx', c);
});
// 24 three industries with 其中
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('三次产业');
  const cs = pick(COUNTIES, 5);
  const data = cs.map(() => { const a = ri(50000, 300000), ind = ri(100000, 900000), con = ri(30000, 200000), s = ri(200000, 1200000); return { a, ind, con, s }; });
  const rowF = (lab, f, ro) => [lab, ...data.map(d => N(r(f(d) / 1e4, 2), ro, '0.00')), N(r(sum(data.map(f)) / 1e4, 2), 'total', '0.00')];
  const c = grid(ws, 1, 1, [['指标（亿元）', ...cs, '合计'], rowF('地区生产总值', d => d.a + d.ind + d.con + d.s, 'total'), rowF('第一产业', d => d.a), rowF('第二产业', d => d.ind + d.con, 'total'), rowF('　其中：工业', d => d.ind), rowF('　　　建筑业', d => d.con), rowF('第三产业', d => d.s)]);
  await save(wb, 'm24_industries_qizhong.xlsx', c);
});
// 25 employment w/ registered unemployment rate
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('就业失业');
  const it = pick(COUNTIES, 6).map(n => { const lab = ri(50000, 300000); const u = Math.round(lab * (0.015 + rnd() * 0.02)); return { name: n, d: { nj: ri(2000, 9000), rj: ri(500, 3000), u, lab } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.nj, ro), N(d.rj, ro), N(d.u, ro), N(d.lab, ro), R(pct(d.u, d.lab, 2), '0.00')];
  const c = grid(ws, 1, 1, [['地区', '城镇新增就业（人）', '失业人员再就业（人）', '城镇登记失业人数（人）', '城镇从业及失业人员（人）', '城镇登记失业率（%）'], ...it.map(x => ln(x.name, x.d)), ln('全市', t, 'total')]);
  await save(wb, 'm25_unemployment.xlsx', c);
});
// 26 births/deaths per mille
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('人口变动');
  const it = pick(COUNTIES, 7).map(n => { const p = ri(200000, 900000); return { name: n, d: { p, b: Math.round(p * (0.005 + rnd() * 0.006)), dd: Math.round(p * (0.006 + rnd() * 0.004)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.p, ro), N(d.b, ro), N(d.dd, ro), R(r(d.b * 1000 / d.p, 2), '0.00'), R(r(d.dd * 1000 / d.p, 2), '0.00'), R(r((d.b - d.dd) * 1000 / d.p, 2), '0.00')];
  const c = grid(ws, 1, 1, [['地区', '年平均人口（人）', '出生人数（人）', '死亡人数（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm26_birth_death_permille.xlsx', c);
});
// 27 grain: area 千公顷, output 万吨, yield kg/ha
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('粮食');
  const it = pick(COUNTIES, 7).map(n => { const a = ri(20000, 90000); return { name: n, d: { a, o: Math.round(a * (5000 + rnd() * 2500)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.a / 1000, 2), ro, '0.00'), N(r(d.o / 1e7, 2), ro, '0.00'), { v: Math.round(d.o / d.a) }];
  const c = grid(ws, 1, 1, [['县（市）', '粮食播种面积（千公顷）', '粮食产量（万吨）', '单位面积产量（公斤/公顷）'], ...it.map(x => ln(x.name, x.d)), ln('全市', t, 'total')]);
  await save(wb, 'm27_grain_yield.xlsx', c);
});
// 28 quarterly retail with cumulative
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('季度');
  const q = [ri(200000, 300000), ri(200000, 300000), ri(200000, 300000), ri(250000, 350000)];
  const pq = q.map(v => Math.round(v / (1.02 + rnd() * 0.08)));
  const cum = q.map((_, k) => sum(q.slice(0, k + 1))), pcum = pq.map((_, k) => sum(pq.slice(0, k + 1)));
  const c = grid(ws, 1, 1, [['时期', '当季（万元）', '当季增长（%）', '累计（万元）', '累计增长（%）'], ...['一季度', '二季度', '三季度', '四季度'].map((n, k) => [n, N(q[k]), R(pct(q[k] - pq[k], pq[k], 1), '0.0'), T(cum[k]), R(pct(cum[k] - pcum[k], pcum[k], 1), '0.0')])]);
  await save(wb, 'm28_quarter_cumulative.xlsx', c);
});
// 29 summary + detail sheets
B(async () => {
  const wb = new ExcelJS.Workbook(); const s = wb.addWorksheet('汇总'); const d = wb.addWorksheet('明细');
  const cs = pick(COUNTIES, 4); const rows = []; const sums = [];
  let cand = [];
  rows.push(['县', '乡镇', '户数', '人口']);
  for (const cn of cs) { const ts = pick(TOWNS, 3).map(n => ({ n, h: ri(1000, 9000), p: 0 })); ts.forEach(x => x.p = Math.round(x.h * (2.6 + rnd()))); ts.forEach(x => rows.push([cn, x.n, N(x.h), N(x.p)])); rows.push([cn, '小计', T(sum(ts.map(x => x.h))), T(sum(ts.map(x => x.p)))]); sums.push([cn, sum(ts.map(x => x.h)), sum(ts.map(x => x.p))]); }
  cand = cand.concat(grid(d, 1, 1, rows));
  cand = cand.concat(grid(s, 1, 1, [['县', '户数', '人口'], ...sums.map(x => [x[0], N(x[1]), N(x[2])]), ['合计', T(sum(sums.map(x => x[1]))), T(sum(sums.map(x => x[2])))]]));
  await save(wb, 'm29_summary_detail.xlsx', cand);
});
// 30 比上年增减 absolute
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('学校');
  const it = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校', '特殊教育学校'].map(n => { const c = ri(5, 300); return { name: n, d: { c, p: c + ri(-10, 10), st: ri(1000, 90000), pst: 0 } }; });
  it.forEach(x => x.d.pst = x.d.st + ri(-3000, 3000));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.c, ro), N(d.p, ro), d.c - d.p, N(d.st, ro), N(d.pst, ro), d.st - d.pst];
  const c = grid(ws, 1, 1, [['学段', '学校数（所）', '上年学校数', '比上年增减', '在校生（人）', '上年在校生', '比上年增减'], ln('合计', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm30_change_absolute.xlsx', c);
});
// 31 构成% column (shares rounded independently)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('用地构成');
  const it = ['耕地', '园地', '林地', '草地', '城镇村及工矿用地', '交通运输用地', '水域及水利设施用地', '其他土地'].map(n => ({ name: n, v: ri(1000, 90000) }));
  const t = sum(it.map(x => x.v));
  const c = grid(ws, 1, 1, [['地类', '面积（公顷）', '构成（%）'], ['合计', T(t), { v: 100, fmt: '0.0' }], ...it.map(x => [x.name, N(x.v), R(pct(x.v, t, 1), '0.0')])]);
  await save(wb, 'm31_composition.xlsx', c);
});
// 32 age structure with shares, per district
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('年龄结构');
  const it = pick(DIST, 6).map(n => ({ name: n, d: { a: ri(30000, 90000), b: ri(200000, 500000), c: ri(30000, 120000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => { const T0 = d.a + d.b + d.c; return [lab, N(T0, 'total'), N(d.a, ro), N(d.b, ro), N(d.c, ro), R(pct(d.a, T0, 2), '0.00'), R(pct(d.b, T0, 2), '0.00'), R(pct(d.c, T0, 2), '0.00')]; };
  const c = grid(ws, 1, 1, [['地区', '常住人口', '0-14岁', '15-64岁', '65岁及以上', '0-14岁占比(%)', '15-64岁占比(%)', '65岁及以上占比(%)'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm32_age_structure.xlsx', c);
});
// 33 其中 columns not partition
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('企业');
  const it = pick(COUNTIES, 7).map(n => { const a = ri(100, 900); return { name: n, d: { a, g: Math.round(a * (0.1 + rnd() * 0.3)), w: Math.round(a * rnd() * 0.05), x: Math.round(a * (0.3 + rnd() * 0.3)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.a, ro), N(d.g, ro), N(d.w, ro), N(d.x, ro)];
  const c = grid(ws, 1, 1, [['县区', '工业企业数', '其中：规模以上', '其中：外商投资', '其中：小微企业'], ...it.map(x => ln(x.name, x.d)), ln('全市', t, 'total')]);
  await save(wb, 'm33_qizhong_cols.xlsx', c);
});
// 34 health personnel
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('卫生人员');
  const it = pick(COUNTIES, 6).map(n => { const p = ri(200000, 800000); const ys = Math.round(p * (0.002 + rnd() * 0.0015)); const hs = Math.round(p * (0.002 + rnd() * 0.002)); return { name: n, d: { p, ys, hs, ws: ys + hs + ri(200, 1500) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.ws, ro), N(d.ys, ro), N(d.hs, ro), R(r(d.ys * 1000 / d.p, 2), '0.00'), R(r(d.hs * 1000 / d.p, 2), '0.00')];
  const c = grid(ws, 1, 1, [['地区', '卫生技术人员', '其中：执业（助理）医师', '注册护士', '每千人口执业（助理）医师', '每千人口注册护士'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  ws.getCell('H1').value = '常住人口（人）'; it.forEach((x, k) => ws.getCell(3 + k, 8).value = x.d.p); ws.getCell(2, 8).value = t.p;
  await save(wb, 'm34_health_staff.xlsx', c);
});
// 35 tourism 万人次 / 亿元 / 人均
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('旅游');
  const it = pick(COUNTIES, 7).map(n => { const v = ri(500000, 9000000); return { name: n, d: { v, inc: Math.round(v * (300 + rnd() * 900)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.v / 1e4, 1), ro, '0.0'), N(r(d.inc / 1e8, 2), ro, '0.00'), { v: Math.round(d.inc / d.v) }];
  const c = grid(ws, 1, 1, [['县（区）', '接待游客（万人次）', '旅游收入（亿元）', '人均花费（元）'], ...it.map(x => ln(x.name, x.d)), ln('全市', t, 'total')]);
  await save(wb, 'm35_tourism.xlsx', c);
});
// 36 income urban/rural ratio
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('居民收入');
  const it = pick(COUNTIES, 7).map(n => { const u = ri(35000, 55000), ru = ri(15000, 25000); return { name: n, d: { u, ru, pu: Math.round(u / (1.04 + rnd() * 0.04)), pr: Math.round(ru / (1.05 + rnd() * 0.04)) } }; });
  const ln = (lab, d) => [lab, N(d.u), R(pct(d.u - d.pu, d.pu, 1), '0.0'), N(d.ru), R(pct(d.ru - d.pr, d.pr, 1), '0.0'), { v: r(d.u / d.ru, 2), fmt: '0.00' }];
  const c = grid(ws, 1, 1, [['县（市、区）', '城镇居民人均可支配收入（元）', '增长（%）', '农村居民人均可支配收入（元）', '增长（%）', '城乡收入比'], ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm36_income_ratio.xlsx', c);
});
// 37 housing completed by type
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('房屋竣工');
  const it = pick(DIST, 6).map(n => ({ name: n, d: { z: ri(100000, 900000), b: ri(5000, 90000), s: ri(10000, 120000), o: ri(1000, 50000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r((d.z + d.b + d.s + d.o) / 1e4, 2), 'total', '0.00'), N(r(d.z / 1e4, 2), ro, '0.00'), N(r(d.b / 1e4, 2), ro, '0.00'), N(r(d.s / 1e4, 2), ro, '0.00'), N(r(d.o / 1e4, 2), ro, '0.00')];
  const c = grid(ws, 1, 1, [['单位：万平方米'], ['地区', '房屋竣工面积', '住宅', '办公楼', '商业营业用房', '其他'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm37_housing_types.xlsx', c);
});
// 38 序号 column + 名称
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('村集体');
  const it = pick(TOWNS, 9).map(n => { const a = ri(50, 600), b = ri(10, 300); return { name: n, d: { a, b, c: ri(0, 100) } }; });
  const t = sumD(it.map(x => x.d));
  const c = grid(ws, 1, 1, [['序号', '乡镇', '经营收入（万元）', '发包上交收入（万元）', '投资收益（万元）', '总收入（万元）'], ...it.map((x, k) => [k + 1, x.name, N(x.d.a), N(x.d.b), N(x.d.c), T(x.d.a + x.d.b + x.d.c)]), [null, '合计', T(t.a), T(t.b), T(t.c), T(t.a + t.b + t.c)]]);
  await save(wb, 'm38_seq_column.xlsx', c);
});
// 39 two-level hierarchy county subtotal + towns, total top, 万元 #,##0
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('分级');
  const cs = pick(COUNTIES, 3); const body = []; const subs = [];
  for (const cn of cs) { const ts = pick(TOWNS, 4).map(n => ({ n, a: ri(10000, 200000), b: ri(1000, 50000) })); const sa = sum(ts.map(x => x.a)), sb = sum(ts.map(x => x.b)); subs.push([sa, sb]); body.push([cn, T(sa), T(sb), T(sa + sb)]); ts.forEach(x => body.push([{ v: x.n, indent: 1 }, N(x.a), N(x.b), N(x.a + x.b, 'total')])); }
  const ga = sum(subs.map(x => x[0])), gb = sum(subs.map(x => x[1]));
  const c = grid(ws, 1, 1, [['地区', '种植业产值', '养殖业产值', '合计'], ['全市', T(ga), T(gb), T(ga + gb)], ...body]);
  for (let rr = 2; rr < 3 + body.length; rr++) for (let cc = 2; cc <= 4; cc++) ws.getCell(rr, cc).numFmt = '#,##0';
  await save(wb, 'm39_two_level_hier.xlsx', c);
});
// 40 values typed as text with thousands separators
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('文本数');
  const it = pick(TOWNS, 6).map(n => ({ name: n, d: { a: ri(1000, 99999), b: ri(1000, 99999) } }));
  const t = sumD(it.map(x => x.d));
  const f = v => v.toLocaleString('en-US');
  const c = grid(ws, 1, 1, [['乡镇', '水田（亩）', '旱地（亩）', '耕地合计（亩）'], ...it.map(x => [x.name, N(f(x.d.a)), N(f(x.d.b)), T(f(x.d.a + x.d.b))]), ['全县', T(f(t.a)), T(f(t.b)), T(f(t.a + t.b))]]);
  await save(wb, 'm40_text_thousands.xlsx', c);
});
// 41 offset table at C5 with notes
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('养老');
  ws.getCell('C2').value = '养老服务机构情况'; ws.getCell('C3').value = '填报单位：民政局'; ws.getCell('G3').value = '2024年12月';
  const it = pick(COUNTIES, 6).map(n => { const beds = ri(200, 2000); return { name: n, d: { o: ri(3, 30), beds, used: Math.round(beds * (0.4 + rnd() * 0.5)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.o, ro), N(d.beds, ro), N(d.used, ro), R(pct(d.used, d.beds, 1), '0.0')];
  const c = grid(ws, 5, 3, [['县区', '机构数（个）', '床位数（张）', '在院人数（人）', '床位使用率（%）'], ...it.map(x => ln(x.name, x.d)), ln('合计', t, 'total'), [], ['注：1.床位使用率=在院人数/床位数×100%。'], ['    2.数据截至年末。']]);
  await save(wb, 'm41_offset_notes.xlsx', c);
});
// 42 year columns with 年均增长
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('历年');
  const ind = ['地区生产总值（亿元）', '第一产业（亿元）', '第二产业（亿元）', '第三产业（亿元）'];
  const yrs = [2019, 2020, 2021, 2022, 2023];
  const raw = yrs.map(() => [0, ri(300000, 400000), ri(1000000, 1500000), ri(1200000, 2000000)]);
  raw.forEach(v => v[0] = v[1] + v[2] + v[3]);
  const c = grid(ws, 1, 1, [['指标', ...yrs.map(y => y + '年'), '年均增长（%）'], ...ind.map((n, i) => [n, ...yrs.map((_, k) => N(r(raw[k][i] / 1e4, 2), i === 0 ? 'total' : 'member', '0.00')), { v: r((Math.pow(raw[4][i] / raw[0][i], 1 / 4) - 1) * 100, 1), fmt: '0.0' }])]);
  await save(wb, 'm42_years_cagr.xlsx', c);
});
// 43 years as rows, indicators as columns
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('年度序列');
  const yrs = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
  let p = ri(800000, 900000);
  const rows = yrs.map(y => { const b = ri(6000, 9000), d = ri(6000, 8000); const mig = ri(-3000, 3000); const row = { y, p, b, d, mig }; p = p + b - d + mig; return row; });
  const c = grid(ws, 1, 1, [['年份', '年末户籍人口（人）', '出生（人）', '死亡（人）', '自然增长（人）', '出生率（‰）'], ...rows.map(x => [x.y + '年', N(x.p), N(x.b), N(x.d), x.b - x.d, R(r(x.b * 1000 / x.p, 2), '0.00')])]);
  await save(wb, 'm43_years_rows.xlsx', c);
});
// 44 party organizations types
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党组织');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: { w: ri(1, 3), z: ri(0, 8), b: ri(10, 80) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.w + d.z + d.b, 'total'), N(d.w, ro), N(d.z, ro), N(d.b, ro)];
  const c = grid(ws, 1, 1, [['单位', '基层党组织数', '党委', '党总支', '党支部'], ln('全县', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm44_party_orgs.xlsx', c);
});
// 45 党员 民族 性别 with shares
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党员结构');
  const it = pick(COUNTIES, 6).map(n => { const m = ri(2000, 9000), f = ri(800, 4000); const min = Math.round((m + f) * rnd() * 0.3); return { name: n, d: { m, f, h: m + f - min, min } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.m + d.f, 'total'), N(d.m, ro), N(d.f, ro), R(pct(d.f, d.m + d.f, 1), '0.0'), N(d.h, ro), N(d.min, ro), R(pct(d.min, d.m + d.f, 1), '0.0')];
  const c = grid(ws, 1, 1, [['县（市、区）', '党员总数', '男', '女', '女党员占比(%)', '汉族', '少数民族', '少数民族占比(%)'], ln('全州', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm45_party_ethnic_sex.xlsx', c);
});
// 46 fiscal expenditure with 预算/执行/执行率 and 上年 growth; one sheet per county? single
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('支出');
  const it = ['一般公共服务', '公共安全', '教育', '科学技术', '社会保障和就业', '卫生健康', '节能环保', '城乡社区', '农林水', '交通运输', '其他支出'].map(n => { const b = ri(10000, 200000); return { name: n, d: { b, e: Math.round(b * (0.6 + rnd() * 0.45)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.b, ro), N(d.e, ro), R(pct(d.e, d.b, 1), '0.0')];
  const c = grid(ws, 1, 1, [['科目', '调整预算数（万元）', '执行数（万元）', '执行率（%）'], ln('一般公共预算支出合计', t, 'total'), ...it.map(x => ln(x.name + '支出', x.d))]);
  await save(wb, 'm46_fiscal_expend.xlsx', c);
});

// 47 row-wise 其中 rows (城镇/乡村 partition, 其中:女 not)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('常住人口');
  const cs = pick(COUNTIES, 5);
  const d = cs.map(() => { const u = ri(100000, 400000), ru = ri(100000, 400000); return { u, ru, f: Math.round((u + ru) * (0.48 + rnd() * 0.04)) }; });
  const line = (lab, f, ro) => [lab, N(sum(d.map(f)), 'total'), ...d.map(x => N(f(x), ro))];
  const c = grid(ws, 1, 1, [['指标', '全市', ...cs], line('常住人口（人）', x => x.u + x.ru, 'total'), line('　其中：城镇', x => x.u), line('　　　　乡村', x => x.ru), line('　其中：女性', x => x.f)]);
  await save(wb, 'm47_row_qizhong.xlsx', c);
});
// 48 市区/县域 subtotals each followed by members, 全市 top
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('规上工业');
  const ds = pick(DIST, 3).map(n => ({ name: n, d: { e: ri(50, 300), v: ri(500000, 3000000) } })), cs = pick(COUNTIES, 4).map(n => ({ name: n, d: { e: ri(30, 200), v: ri(300000, 2000000) } }));
  const a = sumD(ds.map(x => x.d)), b = sumD(cs.map(x => x.d)), t = sumD([a, b]);
  const ln = (lab, d, ro) => [lab, N(d.e, ro), N(r(d.v / 1e4, 2), ro, '0.00')];
  const c = grid(ws, 1, 1, [['地区', '企业数（个）', '营业收入（亿元）'], ln('全市', t, 'total'), ln('市区', a, 'total'), ...ds.map(x => ln('　' + x.name, x.d)), ln('县域', b, 'total'), ...cs.map(x => ln('　' + x.name, x.d))]);
  await save(wb, 'm48_shiqu_xianyu.xlsx', c);
});
// 49 growth with 0 base -> "—", 本年/上年/增长
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('新注册');
  const it = pick(TOWNS, 8).map((n, k) => { const p = k === 2 ? 0 : ri(20, 300); const cur = k === 5 ? 0 : ri(20, 300); return { name: n, d: { cur, p } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.cur, ro), N(d.p, ro), d.p === 0 ? '—' : R(pct(d.cur - d.p, d.p, 1), '0.0')];
  const c = grid(ws, 1, 1, [['乡镇', '本年新登记企业（户）', '上年（户）', '增长（%）'], ...it.map(x => ln(x.name, x.d)), ln('合计', t, 'total')]);
  await save(wb, 'm49_growth_zero_base.xlsx', c);
});
// 50 rate column placed before counts; 户均人口
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('户均');
  const it = pick(TOWNS, 8).map(n => { const h = ri(2000, 9000); return { name: n, d: { h, p: Math.round(h * (2.4 + rnd() * 1.2)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, { v: r(d.p / d.h, 2), fmt: '0.00' }, N(d.h, ro), N(d.p, ro)];
  const c = grid(ws, 1, 1, [['乡镇', '平均每户人口（人）', '户数（户）', '人口（人）'], ...it.map(x => ln(x.name, x.d)), ln('全县', t, 'total')]);
  await save(wb, 'm50_per_household_first.xlsx', c);
});
// 51 城镇化率 本年/上年/提高百分点
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('城镇化');
  const it = pick(COUNTIES, 7).map(n => { const p = ri(200000, 800000), pp = 0; const u = Math.round(p * (0.35 + rnd() * 0.3)); const p0 = p - ri(-5000, 5000); const u0 = Math.round(u * (0.95 + rnd() * 0.03)); return { name: n, d: { p, u, p0, u0 } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d) => { const a = pct(d.u, d.p, 2), b = pct(d.u0, d.p0, 2); return [lab, R(a, '0.00'), R(b, '0.00'), { v: r(a - b, 2), fmt: '0.00' }]; };
  const c = grid(ws, 1, 1, [['地区', '2024年城镇化率（%）', '2023年城镇化率（%）', '提高（百分点）'], ln('全市', t), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm51_rate_points.xlsx', c);
});
// 52 migration: 迁入 迁出 净迁入
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('迁移');
  const it = pick(DIST, 7).map(n => ({ name: n, d: { i: ri(2000, 9000), o: ri(2000, 9000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.i, ro), N(d.o, ro), d.i - d.o];
  const c = grid(ws, 1, 1, [['地区', '迁入人口', '迁出人口', '净迁入人口'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm52_migration_net.xlsx', c);
});
// 53 unit row separate under header
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('社保');
  const it = pick(COUNTIES, 6).map(n => ({ name: n, d: { a: ri(50000, 200000), b: ri(20000, 90000), c: ri(10000, 60000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.a, ro), N(d.b, ro), N(d.c, ro)];
  const c = grid(ws, 1, 1, [['地区', '城镇职工基本养老保险参保人数', '失业保险参保人数', '工伤保险参保人数'], [null, '（人）', '（人）', '（人）'], [null, '1', '2', '3'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm53_unit_row_colnum.xlsx', c);
});
// 54 1-2月 combined months
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('月度用电');
  const ms = ['1-2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  const it = ['第一产业', '第二产业', '第三产业', '城乡居民生活'].map(n => ({ name: n, d: ms.map((m, k) => ri(1000, 9000) * (k === 0 ? 2 : 1)) }));
  const tot = ms.map((_, k) => sum(it.map(x => x.d[k])));
  const c = grid(ws, 1, 1, [['用电分类（万千瓦时）', ...ms, '全年'], ['全社会用电量', ...tot.map(v => T(v)), T(sum(tot))], ...it.map(x => [x.name, ...x.d.map(v => N(v)), T(sum(x.d))])]);
  await save(wb, 'm54_months_jan_feb.xlsx', c);
});
// 55 county 小计 after towns, 总计 bottom
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('低保');
  const cs = pick(COUNTIES, 3); const rows = [['县', '乡镇', '低保户数', '低保人数', '发放金额（万元）']]; const subs = [];
  for (const cn of cs) { const ts = pick(TOWNS, ri(3, 5)).map(n => { const h = ri(50, 500); return { n, h, p: Math.round(h * (1.5 + rnd())), m: ri(10, 300) }; }); ts.forEach((x, k) => rows.push([k === 0 ? cn : null, x.n, N(x.h), N(x.p), N(x.m)])); const s = { h: sum(ts.map(x => x.h)), p: sum(ts.map(x => x.p)), m: sum(ts.map(x => x.m)) }; subs.push(s); rows.push([null, '小计', T(s.h), T(s.p), T(s.m)]); }
  const g = sumD(subs); rows.push(['总计', null, T(g.h), T(g.p), T(g.m)]);
  const c = grid(ws, 1, 1, rows);
  await save(wb, 'm55_subtotal_after.xlsx', c);
});
// 56 党员 by 入党时间
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('入党时间');
  const hd = ['1949年9月底以前', '1949年10月至1966年4月', '1966年5月至1976年10月', '1976年11月至1978年12月', '1979年1月至2002年10月', '2002年11月至2012年10月', '2012年11月以后'];
  const it = pick(TOWNS, 7).map(n => ({ name: n, d: [ri(0, 2), ri(0, 20), ri(5, 40), ri(2, 20), ri(50, 300), ri(50, 300), ri(50, 400)] }));
  const tot = hd.map((_, k) => sum(it.map(x => x.d[k])));
  const c = grid(ws, 1, 1, [['单位', '党员总数', ...hd], ['合计', T(sum(tot)), ...tot.map(v => T(v))], ...it.map(x => [x.name, T(sum(x.d)), ...x.d.map(v => N(v))])]);
  await save(wb, 'm56_party_join_time.xlsx', c);
});
// 57 sections 一、（一） hierarchy
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('农业产值');
  const sub = { 农业: ['粮食作物', '经济作物', '蔬菜'], 林业: ['营造林', '木材采运'], 牧业: ['猪', '牛', '家禽'], 渔业: ['海水养殖', '淡水养殖'] };
  const rows = [['项目', '产值（万元）', '上年（万元）', '增长（%）']]; const secs = []; const body = [];
  const cn = ['一、', '二、', '三、', '四、'];
  Object.keys(sub).forEach((k, i) => { const parts = sub[k].map(n => { const v = ri(5000, 90000); return { n, v, p: Math.round(v / (0.9 + rnd() * 0.2)) }; }); const s = { v: sum(parts.map(x => x.v)), p: sum(parts.map(x => x.p)) }; secs.push(s);
    body.push([cn[i] + k, T(s.v), T(s.p), R(pct(s.v - s.p, s.p, 1), '0.0')]); parts.forEach((x, j) => body.push(['（' + '一二三'[j] + '）' + x.n, N(x.v), N(x.p), R(pct(x.v - x.p, x.p, 1), '0.0')])); });
  const g = sumD(secs);
  const c = grid(ws, 1, 1, [...rows, ['农林牧渔业总产值', T(g.v), T(g.p), R(pct(g.v - g.p, g.p, 1), '0.0')], ...body]);
  await save(wb, 'm57_sections_hier.xlsx', c);
});
// 58 index numbers 上年=100
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('价格指数');
  const it = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'].map(n => [n, { v: r(97 + rnd() * 6, 1), fmt: '0.0' }, { v: r(97 + rnd() * 6, 1), fmt: '0.0' }]);
  const c = grid(ws, 1, 1, [['类别', '上年=100', '上月=100'], ['居民消费价格总指数', { v: 101.2, fmt: '0.0' }, { v: 100.3, fmt: '0.0' }], ...it]);
  await save(wb, 'm58_price_index.xlsx', c);
});
// 59 average wage total row weighted
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('工资');
  const it = ['农林牧渔业', '制造业', '建筑业', '批发和零售业', '金融业', '教育', '卫生和社会工作', '公共管理'].map(n => { const e = ri(2000, 50000); return { name: n, d: { e, w: Math.round(e * (50000 + rnd() * 80000)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.e, ro), N(r(d.w / 1e4, 0), ro), { v: Math.round(d.w / d.e) }];
  const c = grid(ws, 1, 1, [['行业', '平均从业人员（人）', '工资总额（万元）', '平均工资（元）'], ln('合计', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm59_avg_wage.xlsx', c);
});
// 60 占全省% with 全省 100
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('占全省');
  const it = ['东州市', '南江市', '西岭市', '北原市', '中平市', '江阳市'].map(n => ({ name: n, d: { v: ri(1000000, 9000000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.v / 1e4, 1), ro, '0.0'), { v: pct(d.v, t.v, 1), fmt: '0.0', k: 'rate' }, { v: 0 }];
  const rk = it.map(x => x.d.v).sort((a, b) => b - a);
  const rows = [['地区', '金融机构存款余额（亿元）', '占全省比重（%）', '位次'], [...ln('全省', t, 'total').slice(0, 3), null], ...it.map(x => { const l = ln(x.name, x.d); l[3] = rk.indexOf(x.d.v) + 1; return l; })];
  const c = grid(ws, 1, 1, rows);
  await save(wb, 'm60_share_province_rank.xlsx', c);
});
// 61 two 合计 groups in columns (城镇: 合计/男/女, 乡村: 合计/男/女) plus overall
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('分城乡');
  const it = pick(COUNTIES, 6).map(n => ({ name: n, d: { um: ri(1e4, 9e4), uf: ri(1e4, 9e4), rm: ri(1e4, 9e4), rf: ri(1e4, 9e4) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.um + d.uf + d.rm + d.rf, 'total'), N(d.um + d.uf, 'total'), N(d.um, ro), N(d.uf, ro), N(d.rm + d.rf, 'total'), N(d.rm, ro), N(d.rf, ro)];
  const c = grid(ws, 1, 1, [['地区', '总人口', '城镇', null, null, '乡村', null, null], [null, null, '合计', '男', '女', '合计', '男', '女'], ...it.map(x => ln(x.name, x.d)), ln('全市', t, 'total')]);
  ws.mergeCells('A1:A2'); ws.mergeCells('B1:B2'); ws.mergeCells('C1:E1'); ws.mergeCells('F1:H1');
  await save(wb, 'm61_two_heji_groups.xlsx', c);
});
// 62 share rate with 万 unit and 亿元 ratio: 税收占比 = 税收/一般公共预算收入
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('税收占比');
  const it = pick(COUNTIES, 7).map(n => { const a = ri(100000, 900000); return { name: n, d: { a, t: Math.round(a * (0.55 + rnd() * 0.3)) } }; });
  const tt = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.a / 1e4, 2), ro, '0.00'), N(r(d.t / 1e4, 2), ro, '0.00'), R(pct(d.t, d.a, 1), '0.0')];
  const c = grid(ws, 1, 1, [['地区', '一般公共预算收入（亿元）', '其中：税收收入（亿元）', '税收占比（%）'], ...it.map(x => ln(x.name, x.d)), ln('全市', tt, 'total')]);
  await save(wb, 'm62_tax_share_yi.xlsx', c);
});

// 63 party with multiple overlapping 其中 columns (女/少数民族/大专及以上/35岁及以下)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('党员基本情况');
  const it = pick(TOWNS, 8).map(n => { const zs = ri(200, 900), yb = ri(5, 40); const T0 = zs + yb; return { name: n, d: { T0, zs, yb, f: Math.round(T0 * (0.25 + rnd() * 0.15)), mz: Math.round(T0 * rnd() * 0.1), dz: Math.round(T0 * (0.4 + rnd() * 0.3)), y35: Math.round(T0 * (0.15 + rnd() * 0.2)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.T0, 'total'), N(d.zs, ro), N(d.yb, ro), N(d.f, ro), N(d.mz, ro), N(d.dz, ro), N(d.y35, ro)];
  const c = grid(ws, 1, 1, [['单位', '党员总数', '正式党员', '预备党员', '其中：女党员', '其中：少数民族', '其中：大专及以上', '其中：35岁及以下'], ln('合计', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm63_party_overlap_qizhong.xlsx', c);
});
// 64 per-capita on 年平均人口 while showing 年末人口 (yearbook style, noted)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('人均GDP');
  const it = pick(COUNTIES, 8).map(n => { const pe = ri(200000, 900000); const pb = pe + ri(-8000, 8000); return { name: n, d: { g: ri(2000000, 9000000), pe, pa: (pe + pb) / 2 } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.g / 1e4, 2), ro, '0.00'), N(r(d.pe / 1e4, 2), ro, '0.00'), { v: Math.round(d.g * 1e4 / d.pa) }];
  const c = grid(ws, 1, 1, [['地区', '地区生产总值（亿元）', '年末常住人口（万人）', '人均地区生产总值（元）'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d)), [], ['注：人均地区生产总值按年平均常住人口计算。']]);
  await save(wb, 'm64_percap_avg_pop.xlsx', c);
});
// 65 GDP growth at comparable prices (not current-price ratio), noted
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('GDP增速');
  const it = pick(COUNTIES, 7).map(n => { const c0 = ri(2000000, 9000000); const real = 0.03 + rnd() * 0.05; const defl = 1 + (rnd() * 0.04 - 0.01); return { name: n, d: { c0, c1: Math.round(c0 * (1 + real) * defl), real } }; });
  const t = sumD(it.map(x => x.d)); t.real = sum(it.map(x => x.d.c0 * x.d.real)) / t.c0;
  const ln = (lab, d, ro) => [lab, N(r(d.c1 / 1e4, 2), ro, '0.00'), N(r(d.c0 / 1e4, 2), ro, '0.00'), { v: r(d.real * 100, 1), fmt: '0.0' }];
  const c = grid(ws, 1, 1, [['地区', '2024年（亿元）', '2023年（亿元）', '增长（%）'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d)), [], ['注：绝对额按现价计算，增长速度按可比价格计算。']]);
  await save(wb, 'm65_gdp_comparable_growth.xlsx', c);
});
// 66 transposed indicators with non-additive rows (rates, per-capita) and 全市 column
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('区县指标');
  const ds = pick(DIST, 5).map(n => { const p = ri(200000, 900000), u = 0, inc = ri(35000, 60000); return { n, p, u: Math.round(p * (0.5 + rnd() * 0.45)), g: ri(2000000, 9000000), h: ri(60000, 300000), inc }; });
  const P = sum(ds.map(x => x.p)), U = sum(ds.map(x => x.u)), G = sum(ds.map(x => x.g)), H = sum(ds.map(x => x.h));
  const INC = Math.round(sum(ds.map(x => x.inc * x.p)) / P);
  const c = grid(ws, 1, 1, [['指标', '全市', ...ds.map(x => x.n)],
    ['常住人口（人）', T(P), ...ds.map(x => N(x.p))], ['城镇人口（人）', T(U), ...ds.map(x => N(x.u))], ['城镇化率（%）', R(pct(U, P, 2), '0.00'), ...ds.map(x => R(pct(x.u, x.p, 2), '0.00'))],
    ['户数（户）', T(H), ...ds.map(x => N(x.h))], ['户均人口（人）', { v: r(P / H, 2) }, ...ds.map(x => ({ v: r(x.p / x.h, 2) }))],
    ['地区生产总值（万元）', T(G), ...ds.map(x => N(x.g))], ['人均地区生产总值（元）', { v: Math.round(G / P) }, ...ds.map(x => ({ v: Math.round(x.g / x.p) }))], ['居民人均可支配收入（元）', { v: INC }, ...ds.map(x => ({ v: x.inc }))]]);
  await save(wb, 'm66_transposed_mixed.xlsx', c);
});
// 67 row-wise composition adding to 100 with independent rounding
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('产业结构');
  const it = pick(COUNTIES, 8).map(n => ({ name: n, d: { a: ri(50000, 300000), b: ri(200000, 900000), c: ri(300000, 1200000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d) => { const T0 = d.a + d.b + d.c; return [lab, { v: 100, fmt: '0.0' }, R(pct(d.a, T0, 1), '0.0'), R(pct(d.b, T0, 1), '0.0'), R(pct(d.c, T0, 1), '0.0')]; };
  const c = grid(ws, 1, 1, [['地区', '合计（%）', '第一产业（%）', '第二产业（%）', '第三产业（%）'], ln('全市', t), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm67_structure_pct_100.xlsx', c);
});
// 68 decline column positive numbers (降幅)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('能耗');
  const it = pick(COUNTIES, 7).map(n => { const p = ri(50000, 300000); return { name: n, d: { p, c: Math.round(p * (0.9 + rnd() * 0.08)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.c, ro), N(d.p, ro), R(pct(d.p - d.c, d.p, 1), '0.0')];
  const c = grid(ws, 1, 1, [['县区', '本年能耗（吨标准煤）', '上年能耗（吨标准煤）', '降幅（%）'], ...it.map(x => ln(x.name, x.d)), ln('合计', t, 'total')]);
  await save(wb, 'm68_decline_positive.xlsx', c);
});
// 69 hidden row and hidden column members (included in total)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('隐藏');
  const it = pick(TOWNS, 8).map(n => ({ name: n, d: { a: ri(100, 900), b: ri(100, 900), c: ri(10, 90) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.a + d.b + d.c, 'total'), N(d.a, ro), N(d.b, ro), N(d.c, ro)];
  const c = grid(ws, 1, 1, [['乡镇', '合计', '一类', '二类', '三类'], ...it.map(x => ln(x.name, x.d)), ln('合计', t, 'total')]);
  ws.getRow(5).hidden = true; ws.getColumn(5).hidden = true;
  await save(wb, 'm69_hidden_row_col.xlsx', c.filter(x => !x.cell.startsWith('E') && !x.cell.endsWith('5')));
});
// 70 formula totals with cached results
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('公式');
  const it = pick(TOWNS, 7).map(n => ({ name: n, d: { a: ri(100, 900), b: ri(100, 900) } }));
  grid(ws, 1, 1, [['乡镇', '新建（公里）', '改建（公里）', '合计（公里）'], ...it.map(x => [x.name, x.d.a, x.d.b, null])]);
  it.forEach((x, k) => ws.getCell(k + 2, 4).value = { formula: `B${k + 2}+C${k + 2}`, result: x.d.a + x.d.b });
  const n = it.length + 2; ws.getCell(n, 1).value = '合计';
  ['B', 'C', 'D'].forEach((L, j) => ws.getCell(n, j + 2).value = { formula: `SUM(${L}2:${L}${n - 1})`, result: [sum(it.map(x => x.d.a)), sum(it.map(x => x.d.b)), sum(it.map(x => x.d.a + x.d.b))][j] });
  await save(wb, 'm70_formula_totals.xlsx', []);
});
// 71 many rows rounded to 1 decimal in 万 (rounding drift)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('乡镇人口');
  const names = []; for (const a of ['东', '西', '南', '北', '中']) for (const b of ['山', '河', '湖', '林', '岭', '坪']) names.push(a + b + '镇');
  const it = names.map(n => ({ name: n, d: { p: ri(10000, 80000), h: ri(3000, 30000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.p / 1e4, 1), ro, '0.0'), N(r(d.h / 1e4, 1), ro, '0.0')];
  const c = grid(ws, 1, 1, [['乡镇', '户籍人口（万人）', '户数（万户）'], ln('全县', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm71_rounding_drift_30rows.xlsx', c);
});
// 72 stacked same headers two years
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('两年');
  const ds = pick(DIST, 5); let cand = []; let row = 1;
  for (const y of [2023, 2024]) {
    const it = ds.map(n => ({ name: n, d: { a: ri(100, 900), b: ri(1000, 9000) } })); const t = sumD(it.map(x => x.d));
    ws.getCell(row, 1).value = y + '年'; row++;
    cand = cand.concat(grid(ws, row, 1, [['地区', '医疗机构（个）', '床位（张）', '每机构床位（张）'], ...it.map(x => [x.name, N(x.d.a), N(x.d.b), { v: r(x.d.b / x.d.a, 1) }]), ['合计', T(t.a), T(t.b), { v: r(t.b / t.a, 1) }]]));
    row += it.length + 3;
  }
  await save(wb, 'm72_two_years_stacked.xlsx', cand);
});
// 73 total at top AND bottom
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('上下合计');
  const it = pick(TOWNS, 6).map(n => ({ name: n, d: { a: ri(100, 900), b: ri(10, 90) } }));
  const t = sumD(it.map(x => x.d));
  const c = grid(ws, 1, 1, [['乡镇', '参保人数', '领取待遇人数'], ['合计', T(t.a), T(t.b)], ...it.map(x => [x.name, N(x.d.a), N(x.d.b)]), ['合计', T(t.a), T(t.b)]]);
  await save(wb, 'm73_total_top_bottom.xlsx', c);
});
// 74 birth rate on 年平均人口 while 年末人口 shown (noted)
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('出生率');
  const it = pick(COUNTIES, 8).map(n => { const pe = ri(200000, 900000); const pa = pe - ri(-6000, 6000) / 2; return { name: n, d: { pe, pa, b: Math.round(pa * (0.005 + rnd() * 0.006)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.pe, ro), N(d.b, ro), { v: r(d.b * 1000 / d.pa, 2), fmt: '0.00' }];
  const c = grid(ws, 1, 1, [['地区', '年末常住人口（人）', '出生人口（人）', '出生率（‰）'], ...it.map(x => ln(x.name, x.d)), ln('全市', t, 'total'), ['注：出生率按年平均人口计算。']]);
  await save(wb, 'm74_birthrate_avg_pop.xlsx', c);
});

// 75 其中：开发区 row overlapping districts
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('开发区');
  const it = pick(DIST.slice(0, 4).concat(['临江区', '望城区']), 5).map(n => ({ name: n, d: { e: ri(50, 400), v: ri(200000, 2000000) } }));
  const t = sumD(it.map(x => x.d)); const kf = { e: Math.round(it[0].d.e * 0.6), v: Math.round(it[0].d.v * 0.7) };
  const ln = (lab, d, ro) => [lab, N(d.e, ro), N(d.v, ro)];
  const c = grid(ws, 1, 1, [['地区', '规上工业企业（个）', '工业总产值（万元）'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d)), ln('其中：国家级高新区', kf)]);
  await save(wb, 'm75_qizhong_devzone_row.xlsx', c);
});
// 76 cumulative month columns 1月, 1-2月, ... 1-12月
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('累计');
  const it = pick(COUNTIES, 5).map(n => ({ name: n, m: Array.from({ length: 12 }, () => ri(1000, 5000)) }));
  const cum = m => m.map((_, k) => sum(m.slice(0, k + 1)));
  const tm = Array.from({ length: 12 }, (_, k) => sum(it.map(x => x.m[k])));
  const c = grid(ws, 1, 1, [['县区', ...Array.from({ length: 12 }, (_, k) => k === 0 ? '1月' : '1-' + (k + 1) + '月')], ['全市', ...cum(tm).map(v => T(v))], ...it.map(x => [x.name, ...cum(x.m).map(v => N(v))])]);
  await save(wb, 'm76_cumulative_months.xlsx', c);
});
// 77 bed occupancy > 100 and completion > 100
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('病床使用');
  const it = pick(COUNTIES, 7).map((n, k) => { const o = ri(100000, 500000); return { name: n, d: { o, u: Math.round(o * (k === 2 ? 1.032 : 0.7 + rnd() * 0.25)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.o, ro), N(d.u, ro), R(pct(d.u, d.o, 1), '0.0')];
  const c = grid(ws, 1, 1, [['地区', '实际开放总床日数', '实际占用总床日数', '病床使用率（%）'], ...it.map(x => ln(x.name + '人民医院', x.d)), ln('合计', t, 'total')]);
  await save(wb, 'm77_occupancy_over100.xlsx', c);
});
// 78 population density
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('人口密度');
  const it = pick(DIST, 7).map(n => ({ name: n, d: { a: ri(50, 900) + ri(0, 99) / 100, p: ri(100000, 900000) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.a, 2), ro, '0.00'), N(d.p, ro), { v: Math.round(d.p / d.a) }];
  const c = grid(ws, 1, 1, [['地区', '面积（平方公里）', '常住人口（人）', '人口密度（人/平方公里）'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm78_density.xlsx', c);
});
// 79 公报 indicator table with unit column
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('主要指标');
  const v = { a: ri(300000, 400000), b: ri(1000000, 1500000), c: ri(1200000, 2000000) }; const p = { a: Math.round(v.a / 1.03), b: Math.round(v.b / 1.05), c: Math.round(v.c / 1.06) };
  const g = v.a + v.b + v.c, gp = p.a + p.b + p.c;
  const ind = (lab, u, x, y, dec, ro) => [lab, u, N(r(x / (u === '亿元' ? 1e4 : 1), dec), ro, dec ? '0.00' : '0'), N(r(y / (u === '亿元' ? 1e4 : 1), dec), ro, dec ? '0.00' : '0'), R(pct(x - y, y, 1), '0.0')];
  const pop = ri(3000000, 4000000), pop0 = pop - ri(5000, 20000);
  const c = grid(ws, 1, 1, [['指标', '单位', '2024年', '2023年', '增长（%）'], ind('地区生产总值', '亿元', g, gp, 2, 'total'), ind('　第一产业', '亿元', v.a, p.a, 2), ind('　第二产业', '亿元', v.b, p.b, 2), ind('　第三产业', '亿元', v.c, p.c, 2),
    ind('年末常住人口', '万人', pop / 1e4, pop0 / 1e4, 2), ['人均地区生产总值', '元', { v: Math.round(g * 1e4 / pop) }, { v: Math.round(gp * 1e4 / pop0) }, R(pct(Math.round(g * 1e4 / pop) - Math.round(gp * 1e4 / pop0), Math.round(gp * 1e4 / pop0), 1), '0.0')]]);
  await save(wb, 'm79_unit_column.xlsx', c);
});
// 80 profits with negatives in accounting format
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('利润');
  const it = ['国有控股企业', '股份制企业', '外商及港澳台投资企业', '私营企业', '其他企业'].map((n, k) => { const rev = ri(100000, 900000); return { name: n, d: { rev, pf: k === 2 ? -ri(1000, 9000) : ri(1000, 60000), pf0: ri(1000, 50000) } }; });
  const t = sumD(it.map(x => x.d));
  const fmt = '#,##0;(#,##0)';
  const ln = (lab, d, ro) => [lab, N(d.rev, ro, '#,##0'), N(d.pf, ro, fmt), N(d.pf0, ro, fmt), R(pct(d.pf - d.pf0, d.pf0, 1), '0.0')];
  const c = grid(ws, 1, 1, [['企业类型', '营业收入（万元）', '利润总额（万元）', '上年同期（万元）', '增长（%）'], ln('总计', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm80_profit_negative.xlsx', c);
});
// 81 其中 column before parts partition: 总数, 其中:女, 城镇, 乡村
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('就业人员');
  const it = pick(COUNTIES, 7).map(n => { const u = ri(50000, 200000), ru = ri(50000, 200000); return { name: n, d: { u, ru, f: Math.round((u + ru) * (0.4 + rnd() * 0.08)) } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.u + d.ru, 'total'), N(d.f, ro), N(d.u, ro), N(d.ru, ro)];
  const c = grid(ws, 1, 1, [['地区', '就业人员', '其中：女', '城镇就业人员', '乡村就业人员'], ln('全市', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm81_qizhong_then_partition.xlsx', c);
});
// 82 国家/省/市 levels of 示范村 with 占比 of 行政村
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('示范村');
  const it = pick(TOWNS, 8).map(n => { const v = ri(10, 40); const g = ri(0, 2), s = ri(0, 4), m = ri(1, 6); return { name: n, d: { v, g, s, m } }; });
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.v, ro), N(d.g + d.s + d.m, 'total'), N(d.g, ro), N(d.s, ro), N(d.m, ro), R(pct(d.g + d.s + d.m, d.v, 1), '0.0')];
  const c = grid(ws, 1, 1, [['乡镇', '行政村数', '示范村合计', '国家级', '省级', '市级', '示范村占比（%）'], ...it.map(x => ln(x.name, x.d)), ln('全县', t, 'total')]);
  await save(wb, 'm82_demo_villages.xlsx', c);
});

// 83 合计 column in the middle of its parts
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('中间合计');
  const it = pick(TOWNS, 7).map(n => ({ name: n, d: { a: ri(100, 900), b: ri(100, 900), c: ri(10, 200), e: ri(10, 200) } }));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(d.a, ro), N(d.b, ro), N(d.a + d.b + d.c + d.e, 'total'), N(d.c, ro), N(d.e, ro)];
  const c = grid(ws, 1, 1, [['乡镇', '小麦（亩）', '玉米（亩）', '粮食合计（亩）', '大豆（亩）', '薯类（亩）'], ...it.map(x => ln(x.name, x.d)), ln('全县', t, 'total')]);
  await save(wb, 'm83_total_col_middle.xlsx', c);
});
// 84 合计 row followed by 平均 row
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('村均');
  const it = pick(TOWNS, 9).map(n => ({ name: n, d: { a: ri(10, 90), b: ri(100, 900) } }));
  const t = sumD(it.map(x => x.d));
  const c = grid(ws, 1, 1, [['村', '集体经营性收入（万元）', '农户数（户）'], ...it.map(x => [x.name.replace(/镇|乡|街道/, '村'), N(x.d.a), N(x.d.b)]), ['合计', T(t.a), T(t.b)], ['平均', { v: r(t.a / it.length, 1) }, { v: r(t.b / it.length, 1) }]]);
  await save(wb, 'm84_total_then_average.xlsx', c);
});
// 85 月报: members, 合计, 上年同期, 增减%
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('月报');
  const it = pick(TOWNS, 7).map(n => ({ name: n, d: { a: ri(100, 900), b: ri(1000, 9000) } }));
  const t = sumD(it.map(x => x.d)); const p = { a: Math.round(t.a / (0.9 + rnd() * 0.2)), b: Math.round(t.b / (0.9 + rnd() * 0.2)) };
  const c = grid(ws, 1, 1, [['乡镇', '新增市场主体（户）', '注册资本（万元）'], ...it.map(x => [x.name, N(x.d.a), N(x.d.b)]), ['合计', T(t.a), T(t.b)], ['上年同期', { v: p.a }, { v: p.b }], ['同比增减（%）', { v: pct(t.a - p.a, p.a, 1), fmt: '0.0' }, { v: pct(t.b - p.b, p.b, 1), fmt: '0.0' }]]);
  await save(wb, 'm85_total_prev_yoy_rows.xlsx', c);
});
// 86 years as rows with 五年合计 row and annual growth
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('五年');
  const ys = [2020, 2021, 2022, 2023, 2024]; let prev = ri(300000, 400000); const prevy = prev;
  const rows = ys.map(y => { const v = Math.round(prev * (1.02 + rnd() * 0.1)); const o = { y, v, g: pct(v - prev, prev, 1), n: ri(20, 80) }; prev = v; return o; });
  const c = grid(ws, 1, 1, [['年份', '固定资产投资（万元）', '比上年增长（%）', '新开工项目（个）'], ...rows.map(x => [x.y, N(x.v), R(x.g, '0.0'), N(x.n)]), ['五年合计', T(sum(rows.map(x => x.v))), null, T(sum(rows.map(x => x.n)))]]);
  await save(wb, 'm86_years_five_total.xlsx', c);
});
// 87 亿元 4 decimals many small members
B(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('专项债');
  const it = Array.from({ length: 14 }, (_, k) => ({ name: '项目' + (k + 1), d: { a: ri(1000, 90000), b: 0 } })); it.forEach(x => x.d.b = Math.round(x.d.a * rnd()));
  const t = sumD(it.map(x => x.d));
  const ln = (lab, d, ro) => [lab, N(r(d.a / 1e4, 4), ro, '0.0000'), N(r(d.b / 1e4, 4), ro, '0.0000'), R(pct(d.b, d.a, 2), '0.00')];
  const c = grid(ws, 1, 1, [['项目名称', '债券额度（亿元）', '已支出（亿元）', '支出进度（%）'], ln('合计', t, 'total'), ...it.map(x => ln(x.name, x.d))]);
  await save(wb, 'm87_yi_4dec.xlsx', c);
});

(async () => {
  for (const d of ['clean', 'planted']) { fs.rmSync(path.join(__dirname, d), { recursive: true, force: true }); fs.mkdirSync(path.join(__dirname, d)); }
  for (let i = 0; i < builders.length; i++) await builders[i](i);
  const manifest = [];
  const SKIP = ['m36_income_ratio.xlsx', 'm42_years_cagr.xlsx', 'm43_years_rows.xlsx', 'm12_negative_text.xlsx'];
  const okf = files.filter(f => !SKIP.includes(f.name)); const K = 21;
  const chosen = Array.from({ length: K }, (_, k) => okf[Math.floor(k * okf.length / K)]);
  let n = 0;
  for (const f of chosen) {
    const cands = f.cand; if (!cands.length) continue;
    const want = ['total', 'member', 'rate'][n % 3]; const typo = n % 2 === 1; n++;
    let pool = cands.filter(c => want === 'rate' ? c.kind === 'rate' : c.kind === 'count' && c.row === want);
    if (!pool.length) pool = cands.filter(c => c.kind === 'count');
    const c = pool[ri(0, pool.length - 1)];
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(__dirname, 'clean', f.name));
    const cell = wb.getWorksheet(c.sheet).getCell(c.cell);
    const orig = cell.value; let planted;
    if (typeof orig === 'string') {
      const num = Number(orig.replace(/[,%]/g, '')); const pctS = orig.endsWith('%');
      const nv = pctS ? r(num + 7.3, 1) : Math.round(num * 1.1);
      planted = pctS ? nv.toFixed(1) + '%' : nv.toLocaleString('en-US');
    } else if (c.kind === 'rate') planted = r(orig + (Math.abs(orig) > 5 ? 6.3 : 1.7), 2);
    else if (typo) { const s = String(orig); const i = s.search(/[0-9]/); const dgt = Math.max(0, s.length - 3 - (s.includes('.') ? s.split('.')[1].length + 1 : 0)); const pos = Math.max(i, dgt); const d0 = +s[pos]; planted = Number(s.slice(0, pos) + ((d0 + 3) % 10 || 1) + s.slice(pos + 1)); }
    else { const dec = (String(orig).split('.')[1] || '').length; planted = r(orig * 1.1, dec); }
    cell.value = planted;
    await wb.xlsx.writeFile(path.join(__dirname, 'planted', f.name));
    manifest.push({ file: f.name, sheet: c.sheet, cell: c.cell, original: orig, planted, kind: c.kind, row: c.row });
  }
  // forced extra plants (layouts that missed in an earlier draw): repeated header, corner cell of two-way table, quarterly cumulative, overlapping 其中 column
  const FORCE = [['m16_header_repeat.xlsx', '村级', 'C24', 300], ['m32_age_structure.xlsx', '年龄结构', 'C2', 300], ['m28_quarter_cumulative.xlsx', '季度', 'B4', -700], ['m63_party_overlap_qizhong.xlsx', '党员基本情况', 'E5', 'x1.1']];
  for (const [fn, sh, ad, dv] of FORCE) {
    if (manifest.some(m => m.file === fn)) continue;
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(__dirname, 'clean', fn));
    const cell = wb.getWorksheet(sh).getCell(ad); const orig = cell.value; const planted = dv === 'x1.1' ? Math.round(orig * 1.1) : orig + dv;
    cell.value = planted; await wb.xlsx.writeFile(path.join(__dirname, 'planted', fn));
    manifest.push({ file: fn, sheet: sh, cell: ad, original: orig, planted, kind: 'count', row: 'forced' });
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('clean', files.length, 'planted', manifest.length);
})();
