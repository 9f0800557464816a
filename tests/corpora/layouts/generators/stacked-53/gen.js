// Generator for round53a: stacked tables on one sheet, restating sheets, side-by-side tables.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round53a/cases';
fs.mkdirSync(OUT, { recursive: true });

// ---------- helpers ----------
let seed = 53;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function r1(x, d = 1) { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; }
function sum(a) { return a.reduce((s, v) => s + (typeof v === 'number' ? v : 0), 0); }
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function A(r, c) { return colL(c) + r; }
const growth = (a, b) => r1((b / a - 1) * 100, 1);

class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.fmts = {}; }
  set(r, c, v, fmt) { this.cells[A(r, c)] = v; if (fmt) this.fmts[A(r, c)] = fmt; }
  merge(r1_, c1, r2, c2) { this.merges.push(`${A(r1_, c1)}:${A(r2, c2)}`); }
}

// Write a table at (r,c). Returns {next, addr(label, j)} where j = column index within the table (0 = label col).
// opts: title, unit, headers (array of header rows), hmerges ([[r,c,r2,c2]] relative to header start, 0-based),
// rows: [[label, ...vals]], total: [label, ...vals] or null, totalPos 'top'|'bottom', notes: [...],
// spacerAfter: set of data row indexes after which a blank row is inserted, fmt: per-column numFmt array
function table(sh, r, c, o) {
  const ncol = Math.max(...o.headers.map(h => h.length));
  const pos = {};
  if (o.title) {
    sh.set(r, c, o.title);
    if (o.mergeTitle !== false) sh.merge(r, c, r, c + ncol - 1);
    r++;
  }
  if (o.unit) {
    if (o.unitLeft) sh.set(r, c, o.unit); else sh.set(r, c + ncol - 1, o.unit);
    r++;
  }
  const h0 = r;
  o.headers.forEach(h => { h.forEach((v, j) => { if (v !== null && v !== undefined) sh.set(r, c + j, v); }); r++; });
  (o.hmerges || []).forEach(m => sh.merge(h0 + m[0], c + m[1], h0 + m[2], c + m[3]));
  const writeRow = (row, key) => {
    row.forEach((v, j) => { if (v !== null && v !== undefined) sh.set(r, c + j, v, o.fmt && o.fmt[j]); pos[key + '|' + j] = A(r, c + j); });
    r++;
  };
  if (o.total && o.totalPos === 'top') writeRow(o.total, o.total[0]);
  o.rows.forEach((row, i) => { writeRow(row, row[0]); if (o.spacerAfter && o.spacerAfter.includes(i)) r++; });
  if (o.total && o.totalPos !== 'top') writeRow(o.total, o.total[0]);
  (o.notes || []).forEach(n => { sh.set(r, c, n); r++; });
  return { next: r, addr: (label, j) => { const a = pos[label + '|' + j]; if (!a) throw new Error('no addr ' + label + ' ' + j); return sh.name + '!' + a; } };
}

const cases = {}; // name -> {sheets:[Sheet], plantable: {...}}
function wb(name, sheets) { cases[name] = sheets; return sheets; }

const VILL = ['东风村', '红旗村', '新华村', '太平村', '石桥村', '柳林村', '王庄村', '李家村', '河口村', '南湾村'];
const TOWNS = ['城关镇', '青山镇', '白河乡', '石门乡', '双龙镇', '永安乡', '马坪镇'];

// ---- building blocks ----
function popTable(names) { // 户数, 总人口, 男, 女
  const rows = names.map(n => { const m = ri(700, 2100), f = ri(650, 2050); const hh = Math.round((m + f) / ri(28, 34) * 10); return [n, hh, m + f, m, f]; });
  const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3])), sum(rows.map(x => x[4]))];
  return { rows, tot };
}
function grainTable(names) { // 耕地面积 亩, 粮食产量 吨, 亩产 公斤
  const rows = names.map(n => { const a = ri(1800, 6200); const t = r1(a * ri(380, 520) / 1000, 1); return [n, a, t, Math.round(t * 1000 / a)]; });
  const A_ = sum(rows.map(x => x[1])), T_ = r1(sum(rows.map(x => x[2])), 1);
  return { rows, tot: ['合计', A_, T_, Math.round(T_ * 1000 / A_)] };
}
function econRows(items) { // [name, v23] -> [name, v23, v24, growth]
  return items.map(([n, v, d]) => { const v24 = r1(v * (1 + ri(-40, 160) / 1000), d); return [n, v, v24, growth(v, v24)]; });
}
function schoolTable(names) { // 学校数, 在校学生, 教师数, 卫生室
  const rows = names.map(n => [n, ri(0, 2), ri(80, 620), ri(8, 45), ri(1, 2)]);
  return { rows, tot: ['合计', ...[1, 2, 3, 4].map(j => sum(rows.map(x => x[j])))] };
}

// ================= CLEAN CASES =================
// c01 township yearbook page: 4 stacked tables, merged titles, totals at bottom
function c01() {
  const s = new Sheet('基本情况');
  const names = VILL.slice(0, 6);
  s.set(1, 1, '青山镇2024年基本情况统计'); s.merge(1, 1, 1, 6);
  let r = 3;
  const p = popTable(names);
  let t1 = table(s, r, 1, { title: '表1  人口与户数', unit: '单位：户、人', headers: [['村名', '户数', '总人口', '男', '女']], rows: p.rows, total: p.tot });
  r = t1.next + 1;
  const g = grainTable(names);
  let t2 = table(s, r, 1, { title: '表2  耕地与粮食', headers: [['村名', '耕地面积（亩）', '粮食产量（吨）', '亩产（公斤）']], rows: g.rows, total: g.tot, fmt: [null, null, '0.0', '0'] });
  r = t2.next + 1;
  const e = econRows([['农业总产值（万元）', 8650, 0], ['工业总产值（万元）', 23410, 0], ['财政收入（万元）', 1286, 0], ['农民人均可支配收入（元）', 17860, 0], ['社会消费品零售总额（万元）', 9420, 0]]);
  let t3 = table(s, r, 1, { title: '表3  主要经济指标', headers: [['指标', '2023年', '2024年', '增长（%）']], rows: e, total: null, fmt: [null, '0', '0', '0.0'] });
  r = t3.next + 1;
  const sc = schoolTable(names);
  let t4 = table(s, r, 1, { title: '表4  学校与医疗', headers: [['村名', '学校数（所）', '在校学生（人）', '教师数（人）', '卫生室（个）']], rows: sc.rows, total: sc.tot });
  return { sheets: [s], t1, t2, t3, t4, p, g, e, sc };
}
const C01 = c01(); wb('c01_yearbook_page', C01.sheets);

// c02 same idea, totals at top, unit lines, notes
function c02() {
  const s = new Sheet('Sheet1');
  const names = VILL.slice(2, 9);
  let r = 1;
  const p = popTable(names);
  const t1 = table(s, r, 1, { title: '表1 各村人口情况', unit: '单位：人', headers: [['村（社区）', '户数', '总人口', '男', '女']], rows: p.rows, total: p.tot, totalPos: 'top', notes: ['注：户籍人口，截至2024年末。'] });
  r = t1.next + 2;
  const g = grainTable(names);
  const t2 = table(s, r, 1, { title: '表2 耕地与粮食产量', headers: [['村（社区）', '耕地面积(亩)', '粮食产量(吨)', '亩产(公斤)']], rows: g.rows, total: g.tot, totalPos: 'top', fmt: [null, null, '0.0', '0'] });
  r = t2.next + 2;
  const sc = schoolTable(names);
  const t3 = table(s, r, 1, { title: '表3 学校与卫生室', headers: [['村（社区）', '学校(所)', '在校学生(人)', '教师(人)', '卫生室(个)']], rows: sc.rows, total: sc.tot, totalPos: 'top', notes: ['注：学校含村小和教学点。'] });
  return { sheets: [s], t1, t2, t3 };
}
const C02 = c02(); wb('c02_totals_top', C02.sheets);

// c03 side-by-side tables separated by a blank column
function c03() {
  const s = new Sheet('人口耕地');
  const names = VILL.slice(0, 7);
  const p = popTable(names);
  const t1 = table(s, 1, 1, { title: '表1 人口与户数', headers: [['村名', '户数', '总人口', '男', '女']], rows: p.rows, total: p.tot });
  const g = grainTable(names);
  const t2 = table(s, 1, 7, { title: '表2 耕地与粮食', headers: [['村名', '耕地(亩)', '粮食(吨)', '亩产(公斤)']], rows: g.rows, total: g.tot, fmt: [null, null, '0.0', '0'] });
  return { sheets: [s], t1, t2 };
}
const C03 = c03(); wb('c03_side_by_side', C03.sheets);

// c04 汇总 sheet + one sheet per village
function c04() {
  const items = [['种植业收入', 0], ['养殖业收入', 0], ['务工收入', 0], ['其他收入', 0]];
  const vnames = VILL.slice(0, 4);
  const sheets = []; const totals = {};
  const vt = {};
  vnames.forEach(v => {
    const s = new Sheet(v);
    const rows = items.map(([n]) => [n, ri(120, 980), 0]);
    rows.forEach(rw => { rw[2] = r1(rw[1] * (1 + ri(-50, 150) / 1000), 0); });
    const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
    const full = rows.map(x => [...x, growth(x[1], x[2])]); tot.push(growth(tot[1], tot[2]));
    vt[v] = table(s, 1, 1, { title: `${v}农村经济收入情况`, unit: '单位：万元', headers: [['项目', '2023年', '2024年', '增长%']], rows: full, total: tot, fmt: [null, '0', '0', '0.0'] });
    totals[v] = tot; sheets.push(s);
  });
  const h = new Sheet('汇总');
  const hrows = vnames.map(v => [v, totals[v][1], totals[v][2], totals[v][3]]);
  const htot = ['全镇合计', sum(hrows.map(x => x[1])), sum(hrows.map(x => x[2]))]; htot.push(growth(htot[1], htot[2]));
  const th = table(h, 1, 1, { title: '各村农村经济收入汇总', unit: '单位：万元', headers: [['村名', '2023年', '2024年', '增长%']], rows: hrows, total: htot, fmt: [null, '0', '0', '0.0'] });
  return { sheets: [h, ...sheets], th, vt };
}
const C04 = c04(); wb('c04_summary_villages', C04.sheets);

// c05 明细 + 上报表
function c05() {
  const m = new Sheet('明细');
  const names = TOWNS.slice(0, 6);
  const rows = names.map(n => { const ent = ri(3, 25); const out = r1(ri(8000, 90000) / 10, 1); const emp = ri(200, 3000); return [n, ent, out, emp]; });
  const tot = ['合计', sum(rows.map(x => x[1])), r1(sum(rows.map(x => x[2])), 1), sum(rows.map(x => x[3]))];
  const tm = table(m, 1, 1, { title: '规模以上工业企业分乡镇明细', unit: '单位：个、万元、人', headers: [['乡镇', '企业数', '工业总产值', '从业人员']], rows, total: tot, fmt: [null, null, '0.0', null] });
  const u = new Sheet('上报表');
  u.set(1, 1, '规模以上工业主要指标上报表'); u.merge(1, 1, 1, 3);
  u.set(2, 1, '填报单位：某县统计局'); u.set(2, 3, '2024年');
  u.set(3, 1, '指标名称'); u.set(3, 2, '计量单位'); u.set(3, 3, '本期');
  u.set(4, 1, '企业单位数'); u.set(4, 2, '个'); u.set(4, 3, tot[1]);
  u.set(5, 1, '工业总产值'); u.set(5, 2, '万元'); u.set(5, 3, tot[2], '0.0');
  u.set(6, 1, '从业人员平均人数'); u.set(6, 2, '人'); u.set(6, 3, tot[3]);
  u.set(7, 1, '户均产值'); u.set(7, 2, '万元'); u.set(7, 3, r1(tot[2] / tot[1], 1), '0.0');
  u.set(9, 1, '单位负责人：'); u.set(9, 3, '填表人：');
  return { sheets: [u, m], tm };
}
const C05 = c05(); wb('c05_report_detail', C05.sheets);

// c06 stacked tables, different column counts, text numbers, notes
function c06() {
  const s = new Sheet('2024');
  const names = VILL.slice(3, 8);
  const rows = names.map(n => [n, ri(300, 900), ri(20, 80)]);
  const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
  // text numbers in column 1
  const rowsT = rows.map((x, i) => i % 2 === 0 ? [x[0], String(x[1]), x[2]] : x);
  const t1 = table(s, 1, 1, { title: '表一  养殖业情况', unit: '单位：头、户', headers: [['村', '生猪存栏', '养殖户']], rows: rowsT, total: tot, notes: ['注：生猪存栏为年末数。'] });
  let r = t1.next + 1;
  const rows2 = names.map(n => { const a = ri(50, 300), b = ri(20, 200), c = ri(10, 90), d = ri(5, 60); return [n, a + b + c + d, a, b, c, d]; });
  const tot2 = ['合计', ...[1, 2, 3, 4, 5].map(j => sum(rows2.map(x => x[j])))];
  const t2 = table(s, r, 1, { title: '表二  劳动力转移', unit: '单位：人', headers: [['村', '转移劳动力合计', '县内', '市内县外', '省内市外', '省外']], rows: rows2, total: tot2 });
  r = t2.next + 1;
  const rows3 = names.map(n => [n, ri(2, 12)]);
  const t3 = table(s, r, 1, { title: '表三  合作社', headers: [['村', '专业合作社（个）']], rows: rows3, total: ['合计', sum(rows3.map(x => x[1]))], notes: ['注：含家庭农场。', '资料来源：农业农村办。'] });
  return { sheets: [s], t1, t2, t3 };
}
const C06 = c06(); wb('c06_mixed_cols_textnum', C06.sheets);

// c07 stacked with — for missing, blank spacer rows inside a table
function c07() {
  const s = new Sheet('社会事业');
  const names = VILL.slice(0, 8);
  const rows = names.map((n, i) => { const sch = i % 3 === 2 ? '—' : ri(1, 2); const st = sch === '—' ? '—' : ri(90, 500); const te = sch === '—' ? '—' : ri(8, 36); return [n, sch, st, te]; });
  const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2])), sum(rows.map(x => x[3]))];
  const t1 = table(s, 1, 1, { title: '表1 学校基本情况', headers: [['村名', '学校（所）', '在校生（人）', '教师（人）']], rows, total: tot, spacerAfter: [3], notes: ['注：“—”表示无学校。'] });
  let r = t1.next + 2;
  const rows2 = names.map(n => [n, ri(1, 2), ri(1, 4), ri(0, 3) || '—']);
  const tot2 = ['合计', sum(rows2.map(x => x[1])), sum(rows2.map(x => x[2])), sum(rows2.map(x => x[3]))];
  const t2 = table(s, r, 1, { title: '表2 医疗卫生', headers: [['村名', '卫生室（个）', '乡村医生（人）', '床位（张）']], rows: rows2, total: tot2, spacerAfter: [3] });
  return { sheets: [s], t1, t2 };
}
const C07 = c07(); wb('c07_dash_spacers', C07.sheets);

// c08 stacked with 其中 columns
function c08() {
  const s = new Sheet('人口结构');
  const names = VILL.slice(1, 7);
  const rows = names.map(n => { const tot = ri(1500, 4000); return [n, tot, Math.round(tot * ri(14, 24) / 100), Math.round(tot * ri(8, 15) / 100)]; });
  const tot = ['合计', ...[1, 2, 3].map(j => sum(rows.map(x => x[j])))];
  const t1 = table(s, 1, 1, { title: '表1 老年人口', unit: '单位：人', headers: [['村名', '总人口', '其中', null], [null, null, '60岁以上', '65岁以上']], hmerges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 3]], rows, total: tot });
  let r = t1.next + 1;
  const rows2 = names.map(n => { const lab = ri(600, 2000); return [n, lab, Math.round(lab * ri(40, 70) / 100), Math.round(lab * ri(5, 20) / 100)]; });
  const tot2 = ['合计', ...[1, 2, 3].map(j => sum(rows2.map(x => x[j])))];
  const t2 = table(s, r, 1, { title: '表2 劳动力', unit: '单位：人', headers: [['村名', '劳动力', '其中：外出务工', '其中：脱贫劳动力']], rows: rows2, total: tot2 });
  return { sheets: [s], t1, t2 };
}
const C08 = c08(); wb('c08_qizhong_cols', C08.sheets);

// c09 fiscal table with 其中 rows, 本年/上年/增长
function c09() {
  const s = new Sheet('财政');
  const tax = [['增值税', 1820], ['企业所得税', 640], ['个人所得税', 132], ['城市维护建设税', 210], ['其他税收', 356]];
  const taxR = tax.map(([n, v]) => [n, v, r1(v * (1 + ri(-80, 200) / 1000), 0)]);
  const nontax = [['专项收入', 420], ['行政事业性收费', 188], ['罚没收入', 96], ['其他非税收入', 150]];
  const ntR = nontax.map(([n, v]) => [n, v, r1(v * (1 + ri(-150, 250) / 1000), 0)]);
  const taxT = ['税收收入', sum(taxR.map(x => x[1])), sum(taxR.map(x => x[2]))];
  const ntT = ['非税收入', sum(ntR.map(x => x[1])), sum(ntR.map(x => x[2]))];
  const all = ['一般公共预算收入', taxT[1] + ntT[1], taxT[2] + ntT[2]];
  const g = x => [...x, growth(x[1], x[2])];
  const rows = [g(taxT), ...taxR.map(x => g(['  ' + x[0], x[1], x[2]])), g(ntT), ...ntR.map(x => g(['  ' + x[0], x[1], x[2]]))];
  const t1 = table(s, 1, 1, { title: '表1 一般公共预算收入', unit: '单位：万元', headers: [['项目', '上年完成', '本年完成', '增长%']], rows, total: g(all), totalPos: 'top', fmt: [null, '0', '0', '0.0'] });
  let r = t1.next + 1;
  const exp = [['一般公共服务', 2310], ['教育', 4120], ['社会保障和就业', 2890], ['卫生健康', 1560], ['农林水', 3340]];
  const eR = exp.map(([n, v]) => { const b = r1(v * (1 + ri(-60, 180) / 1000), 0); return [n, v, b, growth(v, b)]; });
  const eT = ['一般公共预算支出', sum(eR.map(x => x[1])), sum(eR.map(x => x[2]))]; eT.push(growth(eT[1], eT[2]));
  const t2 = table(s, r, 1, { title: '表2 一般公共预算支出', unit: '单位：万元', headers: [['项目', '上年完成', '本年完成', '增长%']], rows: eR, total: eT, totalPos: 'top', fmt: [null, '0', '0', '0.0'], notes: ['注：支出按功能分类。'] });
  return { sheets: [s], t1, t2, rows };
}
const C09 = c09(); wb('c09_fiscal_qizhong', C09.sheets);

// c10 汇总 by category, detail sheets per category by township
function c10() {
  const cats = [['粮食', '吨'], ['油料', '吨'], ['蔬菜', '吨']];
  const names = TOWNS.slice(0, 5);
  const sheets = []; const tt = {}; const dt = {};
  cats.forEach(([c, u]) => {
    const s = new Sheet(c);
    const rows = names.map(n => { const a = ri(2000, 30000); const q = ri(300, 2500) * 10; return [n, a, q]; });
    const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
    dt[c] = table(s, 1, 1, { title: `${c}播种面积和产量`, unit: `单位：亩、${u}`, headers: [['乡镇', '播种面积', '产量']], rows, total: tot });
    tt[c] = tot; sheets.push(s);
  });
  const h = new Sheet('汇总');
  const rows = cats.map(([c]) => [c, tt[c][1], tt[c][2]]);
  const th = table(h, 1, 1, { title: '主要农作物播种面积和产量', unit: '单位：亩、吨', headers: [['作物', '播种面积', '产量']], rows, total: null, notes: ['注：数据来源于各分表合计。'] });
  return { sheets: [h, ...sheets], th, dt };
}
const C10 = c10(); wb('c10_category_sheets', C10.sheets);

// c11 two stacked tables with same village column; second is per-household averages
function c11() {
  const s = new Sheet('收入');
  const names = VILL.slice(0, 6);
  const rows = names.map(n => { const hh = ri(300, 900); const inc = r1(hh * ri(45, 95) / 10, 0); return [n, hh, inc]; });
  const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
  const t1 = table(s, 1, 1, { title: '表1 各村农户收入总额', unit: '单位：户、万元', headers: [['村名', '户数', '收入总额']], rows, total: tot });
  let r = t1.next + 1;
  const rows2 = rows.map(x => [x[0], r1(x[2] / x[1], 2)]);
  const t2 = table(s, r, 1, { title: '表2 户均收入', unit: '单位：万元/户', headers: [['村名', '户均收入']], rows: rows2, total: ['全镇', r1(tot[2] / tot[1], 2)], fmt: [null, '0.00'] });
  return { sheets: [s], t1, t2 };
}
const C11 = c11(); wb('c11_avg_table', C11.sheets);

// c12 stacked with rates (参保率)
function c12() {
  const s = new Sheet('社保');
  const names = TOWNS.slice(0, 6);
  const rows = names.map(n => { const due = ri(8000, 30000); const got = due - ri(50, 900); return [n, due, got, r1(got / due * 100, 1)]; });
  const tot = ['全县', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))]; tot.push(r1(tot[2] / tot[1] * 100, 1));
  const t1 = table(s, 1, 1, { title: '表1 城乡居民医疗保险参保情况', unit: '单位：人、%', headers: [['乡镇', '应参保人数', '实际参保人数', '参保率']], rows, total: tot, fmt: [null, null, null, '0.0'] });
  let r = t1.next + 1;
  const rows2 = names.map(n => { const due = ri(5000, 20000); const got = due - ri(100, 1500); return [n, due, got, r1(got / due * 100, 1)]; });
  const tot2 = ['全县', sum(rows2.map(x => x[1])), sum(rows2.map(x => x[2]))]; tot2.push(r1(tot2[2] / tot2[1] * 100, 1));
  const t2 = table(s, r, 1, { title: '表2 城乡居民养老保险参保情况', unit: '单位：人、%', headers: [['乡镇', '应参保人数', '实际参保人数', '参保率']], rows: rows2, total: tot2, totalPos: 'top', fmt: [null, null, null, '0.0'] });
  return { sheets: [s], t1, t2 };
}
const C12 = c12(); wb('c12_rates_stacked', C12.sheets);

// c13 side by side tables with different row counts and column counts
function c13() {
  const s = new Sheet('农业');
  const names = VILL.slice(0, 8);
  const rows = names.map(n => [n, ri(10, 200), ri(100, 2000), ri(500, 6000)]);
  const tot = ['合计', ...[1, 2, 3].map(j => sum(rows.map(x => x[j])))];
  const t1 = table(s, 1, 1, { title: '表1 畜禽存栏', unit: '单位：头、只', headers: [['村名', '牛', '猪', '家禽']], rows, total: tot });
  const kinds = ['水稻', '玉米', '小麦', '大豆'];
  const rows2 = kinds.map(n => [n, ri(500, 5000)]);
  const tot2 = ['合计', sum(rows2.map(x => x[1]))];
  const t2 = table(s, 1, 6, { title: '表2 粮食播种面积', unit: '单位：亩', headers: [['品种', '面积']], rows: rows2, total: tot2, totalPos: 'top' });
  return { sheets: [s], t1, t2 };
}
const C13 = c13(); wb('c13_side_uneven', C13.sheets);

// c14 two-level header: 户数 | 人口(合计, 男, 女) stacked over 表2 with 劳动力
function c14() {
  const s = new Sheet('人口');
  const names = VILL.slice(0, 9);
  const p = popTable(names);
  const t1 = table(s, 1, 1, { title: '表1 户数和人口', unit: '单位：户、人', headers: [['村名', '户数', '人口', null, null], [null, null, '合计', '男', '女']], hmerges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4]], rows: p.rows, total: p.tot });
  let r = t1.next + 1;
  const rows2 = p.rows.map(x => { const a = Math.round(x[2] * ri(18, 22) / 100), b = Math.round(x[2] * ri(58, 64) / 100); return [x[0], a, b, x[2] - a - b]; });
  const tot2 = ['合计', ...[1, 2, 3].map(j => sum(rows2.map(x => x[j])))];
  const t2 = table(s, r, 1, { title: '表2 人口年龄构成', unit: '单位：人', headers: [['村名', '0-17岁', '18-59岁', '60岁及以上']], rows: rows2, total: tot2 });
  return { sheets: [s], t1, t2 };
}
const C14 = c14(); wb('c14_two_level_header', C14.sheets);

// c15 monthly wide tables stacked, row total column at right
function c15() {
  const s = new Sheet('月度');
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const items = ['工业用电', '居民用电', '商业用电'];
  const rows = items.map(n => { const v = months.map(() => ri(80, 400)); return [n, ...v, sum(v)]; });
  const tot = ['合计', ...Array.from({ length: 13 }, (_, j) => sum(rows.map(x => x[j + 1])))];
  const t1 = table(s, 1, 1, { title: '表1 分月用电量', unit: '单位：万千瓦时', headers: [['项目', ...months, '全年']], rows, total: tot });
  let r = t1.next + 1;
  const items2 = ['城关镇', '青山镇', '白河乡', '石门乡'];
  const rows2 = items2.map(n => { const v = months.map(() => r1(ri(500, 3000) / 10, 1)); return [n, ...v, r1(sum(v), 1)]; });
  const tot2 = ['合计', ...Array.from({ length: 13 }, (_, j) => r1(sum(rows2.map(x => x[j + 1])), 1))];
  const t2 = table(s, r, 1, { title: '表2 分乡镇月度工业产值', unit: '单位：万元', headers: [['乡镇', ...months, '全年']], rows: rows2, total: tot2, fmt: [null, ...months.map(() => '0.0'), '0.0'] });
  return { sheets: [s], t1, t2 };
}
const C15 = c15(); wb('c15_monthly_wide', C15.sheets);

// c16 明细 + 上报表 where 上报表 restates per-town figures in a different order
function c16() {
  const m = new Sheet('明细');
  const names = TOWNS.slice(0, 5);
  const rows = names.map(n => { const a = ri(20, 120), b = ri(5, 40); return [n, a + b, a, b]; });
  const tot = ['合计', ...[1, 2, 3].map(j => sum(rows.map(x => x[j])))];
  const tm = table(m, 1, 1, { title: '新增市场主体明细', unit: '单位：户', headers: [['乡镇', '新增市场主体', '个体工商户', '企业']], rows, total: tot });
  const u = new Sheet('上报表');
  const order = [4, 2, 0, 3, 1];
  const urows = order.map(i => [rows[i][0], rows[i][1]]);
  const tu = table(u, 1, 1, { title: '新增市场主体上报表', unit: '单位：户', headers: [['乡镇', '新增市场主体']], rows: urows, total: ['合计', tot[1]], totalPos: 'top' });
  return { sheets: [m, u], tm, tu };
}
const C16 = c16(); wb('c16_report_reordered', C16.sheets);

// c17 subtotals 小计 by township group and 总计
function c17() {
  const s = new Sheet('分片');
  const groups = [['东片', ['东风村', '红旗村', '新华村']], ['西片', ['太平村', '石桥村']], ['北片', ['柳林村', '王庄村', '李家村']]];
  const rows = []; const gt = [0, 0, 0];
  const subs = [];
  groups.forEach(([g, vs]) => {
    const vr = vs.map(v => { const a = ri(1000, 5000); const b = ri(100, 900); return [v, a, b, r1(b / a * 100, 1)]; });
    const st = [g + '小计', sum(vr.map(x => x[1])), sum(vr.map(x => x[2]))]; st.push(r1(st[2] / st[1] * 100, 1));
    rows.push(st, ...vr); subs.push(st);
  });
  const tot = ['总计', sum(subs.map(x => x[1])), sum(subs.map(x => x[2]))]; tot.push(r1(tot[2] / tot[1] * 100, 1));
  const t1 = table(s, 1, 1, { title: '表1 高标准农田建设情况', unit: '单位：亩、%', headers: [['片区/村', '耕地面积', '新建高标准农田', '占比']], rows, total: tot, totalPos: 'top', fmt: [null, null, null, '0.0'] });
  let r = t1.next + 1;
  const rows2 = groups.map(([g]) => [g, ri(20, 80), ri(2, 9)]);
  const t2 = table(s, r, 1, { title: '表2 片区农机情况', unit: '单位：台', headers: [['片区', '拖拉机', '收割机']], rows: rows2, total: ['合计', sum(rows2.map(x => x[1])), sum(rows2.map(x => x[2]))] });
  return { sheets: [s], t1, t2 };
}
const C17 = c17(); wb('c17_subtotals', C17.sheets);

// c18 2023 table, 2024 table, 增长 table stacked
function c18() {
  const s = new Sheet('对比');
  const names = VILL.slice(0, 5);
  const cols = ['集体经营收入', '发包收入', '投资收益'];
  const rows23 = names.map(n => { const b = ri(5, 40), c = ri(0, 20); return [n, 0, b, c]; }).map(x => { x[1] = x[2] + x[3]; return x; });
  const rows24 = rows23.map(x => { const b = x[2] + ri(0, 8), c = x[3] + ri(0, 6); return [x[0], b + c, b, c]; });
  const tot = rs => ['合计', ...[1, 2, 3].map(j => sum(rs.map(x => x[j])))];
  const t1 = table(s, 1, 1, { title: '表1 2023年村集体经营收入', unit: '单位：万元', headers: [['村名', ...cols]], rows: rows23, total: tot(rows23) });
  let r = t1.next + 1;
  const t2 = table(s, r, 1, { title: '表2 2024年村集体经营收入', unit: '单位：万元', headers: [['村名', ...cols]], rows: rows24, total: tot(rows24) });
  r = t2.next + 1;
  const all = [...rows23.map((x, i) => [x, rows24[i]]), [tot(rows23), tot(rows24)]];
  const rows3 = all.map(([a, b]) => [a[0], a[1], b[1], growth(a[1], b[1])]);
  const t3 = table(s, r, 1, { title: '表3 集体经营收入增长', headers: [['村名', '2023年（万元）', '2024年（万元）', '增长（%）']], rows: rows3.slice(0, -1), total: rows3[rows3.length - 1], fmt: [null, null, null, '0.0'] });
  return { sheets: [s], t1, t2, t3 };
}
const C18 = c18(); wb('c18_two_years_growth', C18.sheets);

// c19 education: 在校生, 其中女生, 教职工, 其中专任教师, 生师比
function c19() {
  const s = new Sheet('教育');
  const kinds = [['幼儿园', 12], ['小学', 9], ['初中', 4], ['高中', 2]];
  const rows = kinds.map(([n, k]) => { const st = ri(800, 6000); const girls = Math.round(st * ri(46, 49) / 100); const staff = Math.round(st / ri(11, 17)); const teach = Math.round(staff * ri(82, 92) / 100); return [n, k, st, girls, staff, teach, r1(st / teach, 1)]; });
  const tot = ['合计', ...[1, 2, 3, 4, 5].map(j => sum(rows.map(x => x[j])))]; tot.push(r1(tot[3] / tot[5], 1));
  // careful: tot indices: [label, schools, st, girls, staff, teach] -> st=2, teach=5
  tot[6] = r1(tot[2] / tot[5], 1);
  const t1 = table(s, 1, 1, { title: '表1 各级各类学校情况', headers: [['学段', '学校数（所）', '在校生（人）', '其中：女生', '教职工（人）', '其中：专任教师', '生师比']], rows, total: tot, fmt: [null, null, null, null, null, null, '0.0'] });
  let r = t1.next + 1;
  const rows2 = kinds.map(([n]) => [n, ri(100, 1500), ri(100, 1400)]);
  const t2 = table(s, r, 1, { title: '表2 招生和毕业生', unit: '单位：人', headers: [['学段', '招生数', '毕业生数']], rows: rows2, total: ['合计', sum(rows2.map(x => x[1])), sum(rows2.map(x => x[2]))] });
  return { sheets: [s], t1, t2 };
}
const C19 = c19(); wb('c19_education', C19.sheets);

// c20 health: 床位 per 1000 people
function c20() {
  const s = new Sheet('卫生');
  const names = TOWNS.slice(0, 6);
  const rows = names.map(n => { const pop = ri(18000, 60000); const beds = ri(40, 260); const tech = ri(30, 200); const doc = Math.round(tech * ri(30, 45) / 100); return [n, pop, beds, tech, doc, r1(beds / pop * 1000, 2)]; });
  const tot = ['全县', ...[1, 2, 3, 4].map(j => sum(rows.map(x => x[j])))]; tot.push(r1(tot[2] / tot[1] * 1000, 2));
  const t1 = table(s, 1, 1, { title: '表1 乡镇卫生资源', headers: [['乡镇', '常住人口（人）', '床位（张）', '卫生技术人员（人）', '其中：执业（助理）医师', '每千人口床位（张）']], rows, total: tot, fmt: [null, null, null, null, null, '0.00'] });
  let r = t1.next + 1;
  const rows2 = names.map(n => { const v = ri(8000, 40000); const i = ri(200, 1800); return [n, v, i]; });
  const t2 = table(s, r, 1, { title: '表2 诊疗服务', unit: '单位：人次', headers: [['乡镇', '门急诊人次', '住院人次']], rows: rows2, total: ['全县', sum(rows2.map(x => x[1])), sum(rows2.map(x => x[2]))], notes: ['注：不含村卫生室。'] });
  return { sheets: [s], t1, t2 };
}
const C20 = c20(); wb('c20_health_per1000', C20.sheets);

// c21 composition %, rounded independently (may not add to exactly 100.0)
function c21() {
  const s = new Sheet('产业结构');
  const yrs = [['2023年', [3210, 8765, 6043]], ['2024年', [3388, 9410, 6671]]];
  const rows = yrs.map(([y, v]) => { const T = sum(v); return [y, T, ...v, ...v.map(x => r1(x / T * 100, 1))]; });
  const t1 = table(s, 1, 1, { title: '表1 地区生产总值及构成', unit: '单位：万元、%', headers: [['年份', '地区生产总值', '第一产业', '第二产业', '第三产业', '一产占比', '二产占比', '三产占比']], rows, total: null, fmt: [null, null, null, null, null, '0.0', '0.0', '0.0'] });
  let r = t1.next + 1;
  const rows2 = ['第一产业', '第二产业', '第三产业'].map((n, i) => [n, yrs[0][1][i], yrs[1][1][i], growth(yrs[0][1][i], yrs[1][1][i])]);
  const T0 = sum(yrs[0][1]), T1 = sum(yrs[1][1]);
  const t2 = table(s, r, 1, { title: '表2 分产业增长', unit: '单位：万元、%', headers: [['产业', '2023年', '2024年', '增长']], rows: rows2, total: ['地区生产总值', T0, T1, growth(T0, T1)], totalPos: 'top', fmt: [null, null, null, '0.0'] });
  return { sheets: [s], t1, t2 };
}
const C21 = c21(); wb('c21_composition', C21.sheets);


// c22 汇总 in 亿元 (2 dp) restating detail sheets in 万元
function c22() {
  const names = TOWNS.slice(0, 4);
  const d = new Sheet('分乡镇明细');
  const rows = names.map(n => { const a = ri(8000, 40000), b = ri(3000, 20000); return [n, a + b, a, b]; });
  const tot = ['合计', ...[1, 2, 3].map(j => sum(rows.map(x => x[j])))];
  const td = table(d, 1, 1, { title: '固定资产投资分乡镇明细', unit: '单位：万元', headers: [['乡镇', '固定资产投资', '项目投资', '房地产开发投资']], rows, total: tot });
  const h = new Sheet('汇总');
  h.set(1, 1, '固定资产投资主要指标'); h.merge(1, 1, 1, 3);
  h.set(2, 3, '单位：亿元');
  h.set(3, 1, '指标'); h.set(3, 2, '本年'); h.set(3, 3, '备注');
  h.set(4, 1, '固定资产投资'); h.set(4, 2, r1(tot[1] / 10000, 2), '0.00');
  h.set(5, 1, '  其中：项目投资'); h.set(5, 2, r1(tot[2] / 10000, 2), '0.00');
  h.set(6, 1, '        房地产开发投资'); h.set(6, 2, r1(tot[3] / 10000, 2), '0.00');
  h.set(7, 1, '注：根据分乡镇明细表汇总，单位换算为亿元。');
  return { sheets: [h, d], td };
}
const C22 = c22(); wb('c22_summary_yiyuan', C22.sheets);

// c23 vertical indicator list with non-exhaustive 其中 rows, stacked over a by-village table
function c23() {
  const s = new Sheet('主要指标');
  const pop = 28642, urb = 9315, old60 = 6120, old65 = 4388, births = 186, deaths = 241;
  s.set(1, 1, '表1 人口主要指标'); s.merge(1, 1, 1, 3);
  s.set(2, 1, '指标'); s.set(2, 2, '单位'); s.set(2, 3, '2024年');
  const lines = [['年末户籍人口', '人', pop], ['  其中：城镇人口', '人', urb], ['        60岁及以上', '人', old60], ['        65岁及以上', '人', old65], ['出生人口', '人', births], ['死亡人口', '人', deaths], ['自然增长率', '‰', r1((births - deaths) / pop * 1000, 2)]];
  lines.forEach((l, i) => { s.set(3 + i, 1, l[0]); s.set(3 + i, 2, l[1]); s.set(3 + i, 3, l[2], i === 6 ? '0.00' : null); });
  let r = 3 + lines.length + 1;
  const names = VILL.slice(0, 5);
  const rows = names.map(n => { const a = ri(100, 500); const b = Math.round(a * ri(20, 60) / 100); return [n, a, b]; });
  const t2 = table(s, r, 1, { title: '表2 各村低保和特困人员', unit: '单位：人', headers: [['村名', '低保对象', '其中：特困供养']], rows, total: ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))] });
  return { sheets: [s], t2 };
}
const C23 = c23(); wb('c23_indicator_list', C23.sheets);

// c24 side-by-side tables on same villages; right table has no label column (shares row labels?) - no: own label col; left totals top, right bottom, different header heights
function c24() {
  const s = new Sheet('两表');
  const names = VILL.slice(0, 6);
  const rows = names.map(n => { const a = ri(200, 900), b = ri(100, 600); return [n, a + b, a, b]; });
  const tot = ['合计', ...[1, 2, 3].map(j => sum(rows.map(x => x[j])))];
  const t1 = table(s, 1, 1, { title: '表1 农村危房改造（户）', headers: [['村名', '总户数', '已改造', '未改造']], rows, total: tot, totalPos: 'top' });
  const rows2 = names.map(n => { const x = ri(1000, 3000); const y = x - ri(0, 200); return [n, x, y, r1(y / x * 100, 1)]; });
  const tot2 = ['合计', sum(rows2.map(x => x[1])), sum(rows2.map(x => x[2]))]; tot2.push(r1(tot2[2] / tot2[1] * 100, 1));
  const t2 = table(s, 1, 6, { title: '表2 自来水普及', unit: '单位：人、%', headers: [['村名', '总人口', '饮用自来水人口', '普及率']], rows: rows2, total: tot2, fmt: [null, null, null, '0.0'] });
  return { sheets: [s], t1, t2 };
}
const C24 = c24(); wb('c24_side_same_rows', C24.sheets);

// c25 stacked tables with no blank row between, second table title only, and a 平均 row
function c25() {
  const s = new Sheet('粮食');
  const names = TOWNS.slice(0, 5);
  const rows = names.map(n => { const a = ri(20000, 60000); const t = ri(8000, 30000); return [n, a, t]; });
  const tot = ['合计', sum(rows.map(x => x[1])), sum(rows.map(x => x[2]))];
  const t1 = table(s, 1, 1, { title: '表1 粮食播种面积和产量', unit: '单位：亩、吨', headers: [['乡镇', '播种面积', '产量']], rows, total: tot });
  const rows2 = names.map(n => [n, ri(380, 520), ri(360, 540)]);
  const avg = ['平均', Math.round(sum(rows2.map(x => x[1])) / 5), Math.round(sum(rows2.map(x => x[2])) / 5)];
  const t2 = table(s, t1.next, 1, { title: '表2 单产（公斤/亩）', headers: [['乡镇', '2023年', '2024年']], rows: rows2, total: avg });
  return { sheets: [s], t1, t2 };
}
const C25 = c25(); wb('c25_no_gap_average', C25.sheets);

// ================= PLANTED =================
function clone(sheets) { return sheets.map(s => { const n = new Sheet(s.name); n.cells = { ...s.cells }; n.merges = [...s.merges]; n.fmts = { ...s.fmts }; return n; }); }
const manifest = {};
Object.keys(cases).forEach(k => manifest[k + '.xlsx'] = null);
function plant(name, base, addr, fn, note) {
  const sh = clone(base);
  const [sn, a] = addr.split('!');
  const s = sh.find(x => x.name === sn);
  const old = s.cells[a];
  const nv = fn(old);
  s.cells[a] = nv;
  cases[name] = sh;
  manifest[name + '.xlsx'] = { cell: addr, note: `${note}: ${JSON.stringify(old)} -> ${JSON.stringify(nv)}` };
}
plant('p01_pop_male', C01.sheets, C01.t1.addr(VILL[2], 3), v => v + 60, '表1 新华村 男 increased by 60 (男+女≠总人口, column sum ≠ 合计)');
plant('p02_econ_2024', C01.sheets, C01.t3.addr('财政收入（万元）', 2), v => v + 150, '表3 财政收入 2024 raised; 增长% no longer matches');
plant('p03_top_total', C02.sheets, C02.t2.addr('合计', 1), v => v + 500, '表2 (合计 at top) 耕地面积 合计 raised by 500');
plant('p04_side_right', C03.sheets, C03.t2.addr('合计', 2), v => r1(v + 120, 1), 'right-hand 表2 粮食 合计 raised by 120 t');
plant('p05_summary_village', C04.sheets, C04.th.addr(VILL[1], 2), v => v + 80, '汇总 红旗村 2024 differs from 红旗村 sheet 合计 (growth also off)');
plant('p06_report_vs_detail', C05.sheets, '上报表!C6', v => v + 300, '上报表 从业人员 differs from 明细 合计');
plant('p07_qizhong_gt_whole', C08.sheets, C08.t2.addr(VILL[3], 2), v => v + 1500, '表2 太平村 外出务工 > 劳动力 (其中 larger than whole)');
plant('p08_fiscal_growth', C09.sheets, C09.t1.addr('  企业所得税', 3), v => r1(v + 6, 1), '表1 企业所得税 增长% changed by +6 points');
plant('p09_rate', C12.sheets, C12.t2.addr(TOWNS[2], 3), v => r1(v - 3, 1), '表2 (total top) 白河乡 参保率 lowered by 3 points');
plant('p10_two_level', C14.sheets, C14.t1.addr(VILL[5], 2), v => v + 200, '表1 柳林村 人口合计 raised by 200');
plant('p11_monthly', C15.sheets, C15.t1.addr('居民用电', 5), v => v + 90, '表1 居民用电 4月 raised by 90');
plant('p12_subtotal', C17.sheets, C17.t1.addr('西片小计', 1), v => v + 400, '表1 西片小计 耕地面积 raised by 400');
plant('p13_girls', C19.sheets, C19.t1.addr('初中', 3), v => v + 3000, '表1 初中 其中女生 > 在校生');
plant('p14_per1000', C20.sheets, C20.t1.addr(TOWNS[3], 5), v => r1(v + 1.5, 2), '表1 石门乡 每千人口床位 raised by 1.5');
plant('p15_textnum', C06.sheets, C06.t2.addr(VILL[4], 3), v => v + 40, '表二 石桥村 市内县外 raised by 40 (parts ≠ 转移劳动力合计)');
plant('p16_category_detail', C10.sheets, C10.dt['油料'].addr(TOWNS[1], 2), v => v + 2000, '油料 sheet 青山镇 产量 raised by 2000 (合计 and 汇总 no longer match)');
plant('p17_report_reordered', C16.sheets, C16.tu.addr(TOWNS[2], 1), v => v + 15, '上报表 白河乡 differs from 明细 (and its own 合计)');
plant('p18_stacked_2024', C18.sheets, C18.t3.addr(VILL[1], 2), v => v + 10, '表3 红旗村 2024 differs from 表2 and its 增长%');

plant('p19_summary_only_cross', C10.sheets, C10.th.addr('粮食', 2), v => v + 5000, '汇总 粮食 产量 differs from 粮食 sheet 合计 (no within-table check)');
plant('p20_avg_table', C11.sheets, C11.t2.addr(VILL[2], 1), v => r1(v + 1.5, 2), '表2 新华村 户均收入 raised 1.5 (≠ 表1 收入总额÷户数)');
plant('p21_composition', C21.sheets, C21.t2.addr('第二产业', 2), v => v + 600, '表2 第二产业 2024 raised by 600 (≠ 表1, parts ≠ GDP, growth off)');
plant('p22_yiyuan', C22.sheets, '汇总!B5', v => r1(v + 0.5, 2), '汇总 项目投资 (亿元) raised 0.5, ≠ 明细 合计/10000');
plant('p23_side_same_rows', C24.sheets, C24.t2.addr(VILL[4], 2), v => v - 300, '表2 石桥村 饮用自来水人口 lowered 300 (rate and total off)');
plant('p24_indicator_qizhong', C23.sheets, '主要指标!C4', v => v + 25000, '表1 城镇人口 > 年末户籍人口');
plant('p25_composition_t1', C21.sheets, C21.t1.addr('2024年', 3), v => v + 600, '表1 2024年 第二产业 raised by 600 (parts ≠ 地区生产总值, 占比 off, ≠ 表2)');

// ---------- write ----------
async function main() {
  for (const [name, sheets] of Object.entries(cases)) {
    const w = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = w.addWorksheet(s.name);
      for (const [a, v] of Object.entries(s.cells)) { const c = ws.getCell(a); c.value = v; if (s.fmts[a]) c.numFmt = s.fmts[a]; }
      for (const m of s.merges) { try { ws.mergeCells(m); } catch (e) { console.error(name, m, e.message); } }
      ws.getColumn(1).width = 18;
    }
    await w.xlsx.writeFile(path.join(OUT, name + '.xlsx'));
  }
  fs.writeFileSync('/tmp/round53a/manifest.json', JSON.stringify(manifest, null, 1));
  console.log('wrote', Object.keys(cases).length);
}
main();
