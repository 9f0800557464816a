// Generator for party-member composition test workbooks.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = process.argv[2] ?? '/tmp/round47b/cases';
fs.mkdirSync(OUT, { recursive: true });

let seed = 4711;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function split(n, w) {
  const s = w.reduce((a, b) => a + b, 0);
  const parts = w.map(x => Math.floor(n * (x * (0.8 + 0.4 * rnd())) / s));
  let diff = n - parts.reduce((a, b) => a + b, 0);
  let i = 0;
  while (diff > 0) { parts[i % parts.length]++; diff--; i++; }
  while (diff < 0) { const k = parts.indexOf(Math.max(...parts)); parts[k]--; diff++; }
  return parts;
}
const r1 = x => Math.round(x * 10) / 10;
const pct = (a, b) => (b ? r1(a / b * 100) : null);
const colL = n => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

const TOWNS = ['城关镇', '东城街道', '西城街道', '新华镇', '长安镇', '青山乡', '河口镇', '经济开发区'];
const COUNTIES = ['临江县', '安平县', '清河县', '永宁县', '德兴市', '兴隆县'];

// ---- generic column table writer ----
// cols: [{key, label, group?, sub?(3rd level), fmt?}] ; rows: [{label, v:{key:val}, indent?}]
function writeTable(ws, o) {
  const leaves = o.cols;
  const ncol = leaves.length + 1;
  const three = leaves.some(c => c.sub);
  let r = 1;
  ws.getCell(r, 1).value = o.title; ws.mergeCells(r, 1, r, ncol);
  ws.getCell(r, 1).font = { bold: true, size: 16 }; ws.getCell(r, 1).alignment = { horizontal: 'center' };
  r++;
  if (o.fill !== false) {
    ws.getCell(r, 1).value = '填报单位：' + (o.org || '中共临江县委组织部（盖章）');
    ws.getCell(r, ncol).value = o.date || '填表日期：2025年1月10日';
    r++;
  }
  ws.getCell(r, ncol).value = o.unit || '单位：名';
  r++;
  const h1 = r, hN = three ? r + 2 : r + 1;
  ws.getCell(h1, 1).value = o.rowHeader || '单位';
  ws.mergeCells(h1, 1, hN, 1);
  // headers
  let c = 2;
  const colOf = {};
  while (c - 2 < leaves.length) {
    const L = leaves[c - 2];
    if (!L.group) {
      ws.getCell(h1, c).value = L.label; ws.mergeCells(h1, c, hN, c); colOf[L.key] = c; c++; continue;
    }
    // group span
    let e = c; while (e - 2 + 1 < leaves.length && leaves[e - 2 + 1].group === L.group) e++;
    ws.getCell(h1, c).value = L.group; if (e > c) ws.mergeCells(h1, c, h1, e);
    // second level
    let k = c;
    while (k <= e) {
      const M = leaves[k - 2];
      if (M.sub) {
        let f = k; while (f + 1 <= e && leaves[f - 2 + 1].label === M.label) f++;
        ws.getCell(h1 + 1, k).value = M.label; if (f > k) ws.mergeCells(h1 + 1, k, h1 + 1, f);
        for (let q = k; q <= f; q++) { ws.getCell(h1 + 2, q).value = leaves[q - 2].sub; colOf[leaves[q - 2].key] = q; }
        k = f + 1;
      } else {
        ws.getCell(h1 + 1, k).value = M.label; if (three) ws.mergeCells(h1 + 1, k, h1 + 2, k);
        colOf[M.key] = k; k++;
      }
    }
    c = e + 1;
  }
  for (let rr = h1; rr <= hN; rr++) for (let cc = 1; cc <= ncol; cc++) {
    const cell = ws.getCell(rr, cc); cell.font = { bold: true }; cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  }
  r = hN + 1;
  const rowOf = {};
  for (const row of o.rows) {
    ws.getCell(r, 1).value = row.label;
    if (row.indent) ws.getCell(r, 1).alignment = { indent: row.indent };
    rowOf[row.label] = r;
    for (const L of leaves) {
      let v = row.v[L.key];
      if (v === undefined) continue;
      const cell = ws.getCell(r, colOf[L.key]);
      if (o.asText && typeof v === 'number') v = String(v);
      cell.value = v;
      if (L.fmt) cell.numFmt = L.fmt;
    }
    for (let cc = 1; cc <= ncol; cc++) ws.getCell(r, cc).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    r++;
  }
  r++;
  for (const n of (o.notes || [])) { ws.getCell(r, 1).value = n; ws.mergeCells(r, 1, r, ncol); r++; }
  if (o.signer !== false) { ws.getCell(r, 1).value = '单位负责人：王建国        填表人：李敏        联系电话：0731-8xxxxxx'; }
  ws.getColumn(1).width = 22;
  return { addr: (rowLabel, key) => colL(colOf[key]) + rowOf[rowLabel], colOf, rowOf };
}

// ---- data ----
function member(N) {
  const [m, f] = split(N, [0.68, 0.32]);
  const mino = Math.max(0, Math.round(N * (0.02 + 0.08 * rnd())));
  const [a1, a2, a3, a4] = split(N, [0.3, 0.3, 0.28, 0.12]);
  const [e1, e2, e3, e4] = split(N, [0.05, 0.35, 0.3, 0.3]);
  const [j1, j2, j3] = split(N, [0.2, 0.35, 0.45]);
  return { total: N, male: m, female: f, han: N - mino, mino, a1, a2, a3, a4, e1, e2, e3, e4, j1, j2, j3 };
}
function sumRows(rows, keys) { const t = {}; for (const k of keys) t[k] = rows.reduce((a, r) => a + (r[k] || 0), 0); return t; }
const MKEYS = ['total', 'male', 'female', 'han', 'mino', 'a1', 'a2', 'a3', 'a4', 'e1', 'e2', 'e3', 'e4', 'j1', 'j2', 'j3'];
const C_TOTAL = [{ key: 'total', label: '党员总数' }];
const C_SEX = [{ key: 'male', group: '性别', label: '男' }, { key: 'female', group: '性别', label: '女' }];
const C_ETH = [{ key: 'han', group: '民族', label: '汉族' }, { key: 'mino', group: '民族', label: '少数民族' }];
const C_AGE = [{ key: 'a1', group: '年龄', label: '35岁及以下' }, { key: 'a2', group: '年龄', label: '36至45岁' }, { key: 'a3', group: '年龄', label: '46至60岁' }, { key: 'a4', group: '年龄', label: '61岁及以上' }];
const C_EDU = [{ key: 'e1', group: '学历', label: '研究生' }, { key: 'e2', group: '学历', label: '大学本科' }, { key: 'e3', group: '学历', label: '大专' }, { key: 'e4', group: '学历', label: '中专及以下' }];
const C_JOIN = [{ key: 'j1', group: '入党时间', label: '2002年以前' }, { key: 'j2', group: '入党时间', label: '2002年至2012年10月' }, { key: 'j3', group: '入党时间', label: '党的十八大以来' }];

function townRows(n, lo, hi) { return TOWNS.slice(0, n).map(t => Object.assign({ label: t }, member(ri(lo, hi)))); }
function toRows(list) { return list.map(x => ({ label: x.label, v: x, indent: x.indent })); }

const cases = {}; // name -> {build(wb) -> info}
const manifest = {};

function define(name, fn) { cases[name] = fn; }

// c01 town table, total top
define('c01_党员基本情况_分镇街.xlsx', wb => {
  const rows = townRows(8, 60, 420);
  const tot = Object.assign({ label: '合计' }, sumRows(rows, MKEYS));
  const ws = wb.addWorksheet('党员基本情况');
  return writeTable(ws, { title: '临江县非公有制企业和社会组织党员基本情况统计表', cols: [...C_TOTAL, ...C_SEX, ...C_ETH, ...C_AGE, ...C_EDU], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）', notes: ['注：1.统计截止时间为2024年12月31日；2.党员总数含预备党员。'] });
});
// c02 total bottom, join-time block, unit 人
define('c02_党员队伍结构_含入党时间.xlsx', wb => {
  const rows = townRows(7, 40, 300);
  const tot = Object.assign({ label: '全县合计' }, sumRows(rows, MKEYS));
  const ws = wb.addWorksheet('Sheet1');
  return writeTable(ws, { title: '安平县“两新”组织党员队伍结构情况表', org: '中共安平县委组织部', unit: '单位：人', cols: [...C_TOTAL, ...C_SEX, ...C_AGE, ...C_JOIN], rows: toRows([...rows, tot]), rowHeader: '乡镇（街道）', notes: ['说明：入党时间以党员接收为预备党员时间为准。'] });
});
// c03 with shares
define('c03_党员情况_含占比.xlsx', wb => {
  const rows = townRows(8, 50, 380);
  const all = [Object.assign({ label: '合计' }, sumRows(rows, MKEYS)), ...rows];
  for (const r of all) { r.fp = pct(r.female, r.total); r.mp = pct(r.mino, r.total); r.yp = pct(r.a1, r.total); }
  const ws = wb.addWorksheet('党员结构');
  return writeTable(ws, {
    title: '清河县非公企业和社会组织党员基本情况统计表', org: '中共清河县委组织部', cols: [...C_TOTAL,
      { key: 'male', group: '性别', label: '男' }, { key: 'female', group: '性别', label: '女' }, { key: 'fp', group: '性别', label: '女党员占比(%)', fmt: '0.0' },
      { key: 'han', group: '民族', label: '汉族' }, { key: 'mino', group: '民族', label: '少数民族' }, { key: 'mp', group: '民族', label: '少数民族占比(%)', fmt: '0.0' },
      ...C_AGE, { key: 'yp', group: '年龄', label: '35岁及以下占比(%)', fmt: '0.0' }],
    rows: toRows(all), rowHeader: '乡镇（街道）', notes: ['注：占比=该类党员数÷党员总数×100%，保留一位小数。']
  });
});
// c04 by enterprise type with 其中 rows
function byType() {
  const big = member(ri(300, 600)), otherNP = member(ri(400, 900));
  const np = {}; for (const k of MKEYS) np[k] = big[k] + otherNP[k];
  const assoc = member(ri(60, 150)), otherSO = member(ri(100, 260));
  const so = {}; for (const k of MKEYS) so[k] = assoc[k] + otherSO[k];
  const tot = {}; for (const k of MKEYS) tot[k] = np[k] + so[k];
  return [Object.assign({ label: '总计' }, tot), Object.assign({ label: '一、非公有制企业' }, np), Object.assign({ label: '其中：规模以上企业', indent: 2 }, big),
  Object.assign({ label: '二、社会组织' }, so), Object.assign({ label: '其中：行业协会商会', indent: 2 }, assoc)];
}
define('c04_党员情况_按组织类型.xlsx', wb => {
  const rows = byType();
  const ws = wb.addWorksheet('按类型');
  return writeTable(ws, { title: '永宁县“两新”组织党员基本情况统计表（按组织类型）', org: '中共永宁县委组织部', cols: [...C_TOTAL, ...C_SEX, ...C_ETH, ...C_AGE, ...C_EDU], rows: toRows(rows), rowHeader: '类别', notes: ['注：“其中”项为前一项的一部分，不参与合计。'] });
});
// c05 发展党员 funnel
function devRow(label) {
  const apply = ri(40, 160), act = Math.round(apply * (0.5 + 0.3 * rnd())), obj = Math.round(act * (0.4 + 0.3 * rnd())), dev = Math.round(obj * (0.6 + 0.35 * rnd()));
  const f = Math.round(dev * (0.25 + 0.2 * rnd())), y = Math.round(dev * (0.6 + 0.3 * rnd())), e = Math.round(dev * (0.5 + 0.4 * rnd())), w = Math.round(dev * (0.3 + 0.3 * rnd()));
  return { label, apply, act, obj, dev, f, y, e, w };
}
const DKEYS = ['apply', 'act', 'obj', 'dev', 'f', 'y', 'e', 'w'];
define('c05_发展党员情况.xlsx', wb => {
  const rows = TOWNS.slice(0, 7).map(devRow);
  const tot = Object.assign({ label: '合计' }, sumRows(rows, DKEYS));
  const ws = wb.addWorksheet('发展党员');
  return writeTable(ws, {
    title: '德兴市非公有制企业和社会组织发展党员情况统计表', org: '中共德兴市委组织部', unit: '单位：人', cols: [
      { key: 'apply', label: '申请入党人数' }, { key: 'act', label: '入党积极分子' }, { key: 'obj', label: '发展对象' }, { key: 'dev', label: '发展党员数' },
      { key: 'f', group: '发展党员中', label: '其中：女' }, { key: 'y', group: '发展党员中', label: '其中：35岁及以下' }, { key: 'e', group: '发展党员中', label: '其中：大专及以上学历' }, { key: 'w', group: '发展党员中', label: '其中：生产工作一线' }],
    rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）', notes: ['注：发展党员数为2024年度接收预备党员人数。']
  });
});
// c06 流动党员
define('c06_流动党员情况.xlsx', wb => {
  const rows = TOWNS.slice(0, 6).map(t => {
    const [o1, o2] = split(ri(20, 90), [0.6, 0.4]); const inn = ri(10, 70); const lost = ri(0, 3); const man = o1 + o2 + inn - lost;
    return { label: t, all: o1 + o2 + inn, out: o1 + o2, o1, o2, inn, man, lost };
  });
  const K = ['all', 'out', 'o1', 'o2', 'inn', 'man', 'lost'];
  const tot = Object.assign({ label: '合计' }, sumRows(rows, K));
  const ws = wb.addWorksheet('流动党员');
  return writeTable(ws, {
    title: '兴隆县非公企业和社会组织流动党员情况统计表', org: '中共兴隆县委组织部', cols: [
      { key: 'all', label: '流动党员总数' }, { key: 'out', group: '流出党员', label: '小计' }, { key: 'o1', group: '流出党员', label: '县外省内' }, { key: 'o2', group: '流出党员', label: '省外' },
      { key: 'inn', label: '流入党员' }, { key: 'man', group: '管理情况', label: '已纳入组织管理' }, { key: 'lost', group: '管理情况', label: '失去联系' }],
    rows: toRows([...rows, tot]), rowHeader: '乡镇（街道）', notes: ['注：流动党员总数=流出党员+流入党员；已纳入组织管理+失去联系=流动党员总数。']
  });
});
// c07 two years side by side (indicator rows)
function twoYearRows() {
  const a = member(1850), b = {};
  const grow = split(ri(60, 140), [1]);
  const bb = member(1850 + grow[0]);
  const names = [['total', '党员总数'], ['female', '其中：女'], ['mino', '少数民族'], ['a1', '35岁及以下'], ['a4', '61岁及以上'], ['e1', '研究生'], ['e2', '大学本科'], ['e3', '大专']];
  return names.map(([k, n]) => ({ label: n, y1: a[k], y2: bb[k], d: bb[k] - a[k], g: pct(bb[k] - a[k], a[k]) }));
}
define('c07_党员结构_两年对比.xlsx', wb => {
  const rows = twoYearRows();
  const ws = wb.addWorksheet('对比');
  return writeTable(ws, { title: '临江县“两新”组织党员队伍结构变化情况', rowHeader: '指标', cols: [{ key: 'y1', label: '2023年' }, { key: 'y2', label: '2024年' }, { key: 'd', label: '增减' }, { key: 'g', label: '增长(%)', fmt: '0.0' }], rows: toRows(rows), notes: ['注：增减=2024年-2023年；增长(%)=增减÷2023年×100。'] });
});
// c08 awkward: only 其中 columns and 平均年龄
define('c08_党员情况_其中项_平均年龄.xlsx', wb => {
  const rows = townRows(8, 40, 350).map(r => Object.assign(r, { avg: r1(38 + 10 * rnd()) }));
  const tot = Object.assign({ label: '合计' }, sumRows(rows, MKEYS));
  tot.avg = r1(rows.reduce((a, r) => a + r.avg * r.total, 0) / tot.total);
  const ws = wb.addWorksheet('党员情况');
  return writeTable(ws, {
    title: '安平县非公有制企业党员情况统计表', org: '中共安平县委组织部', cols: [...C_TOTAL,
      { key: 'female', label: '其中：女' }, { key: 'mino', label: '其中：少数民族' }, { key: 'a1', label: '其中：35岁及以下' }, { key: 'avg', label: '平均年龄（岁）', fmt: '0.0' }],
    rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）', notes: ['注：平均年龄按党员出生年月计算。']
  });
});
// c09 transposed indicator list with counts and shares
function transRows(N) {
  const m = member(N);
  const out = [{ label: '党员总数', n: N, p: 100 }];
  const blocks = [['按性别分', [['男', 'male'], ['女', 'female']]], ['按民族分', [['汉族', 'han'], ['少数民族', 'mino']]],
  ['按年龄分', [['35岁及以下', 'a1'], ['36至45岁', 'a2'], ['46至60岁', 'a3'], ['61岁及以上', 'a4']]],
  ['按学历分', [['研究生', 'e1'], ['大学本科', 'e2'], ['大专', 'e3'], ['中专及以下', 'e4']]]];
  for (const [h, items] of blocks) { out.push({ label: h, v: {} }); for (const [l, k] of items) out.push({ label: l, indent: 2, n: m[k], p: pct(m[k], N) }); }
  return out;
}
define('c09_党员结构_指标列表.xlsx', wb => {
  const rows = transRows(2743);
  const ws = wb.addWorksheet('党员结构');
  return writeTable(ws, { title: '清河县非公有制企业和社会组织党员队伍结构情况', org: '中共清河县委组织部', rowHeader: '项目', cols: [{ key: 'n', label: '人数' }, { key: 'p', label: '占比(%)', fmt: '0.0' }], rows: rows.map(r => ({ label: r.label, indent: r.indent, v: r.v || r })), notes: ['注：占比四舍五入保留一位小数，分项占比之和可能不等于100%。'] });
});
// c10 age block with 平均年龄 inside group
define('c10_党员年龄结构_含平均年龄.xlsx', wb => {
  const rows = townRows(7, 50, 300).map(r => Object.assign(r, { avg: r1(37 + 10 * rnd()) }));
  const tot = Object.assign({ label: '合计' }, sumRows(rows, MKEYS));
  tot.avg = r1(rows.reduce((a, r) => a + r.avg * r.total, 0) / tot.total);
  const ws = wb.addWorksheet('年龄结构');
  return writeTable(ws, { title: '永宁县社会组织党员年龄结构统计表', org: '中共永宁县委组织部', cols: [...C_TOTAL, ...C_AGE, { key: 'avg', group: '年龄', label: '平均年龄（岁）', fmt: '0.0' }], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）' });
});
// c11 two sheets, summary + detail
define('c11_党员情况_汇总及分镇街.xlsx', wb => {
  const rows = townRows(6, 80, 400);
  const tot = Object.assign({ label: '合计' }, sumRows(rows, MKEYS));
  const ws1 = wb.addWorksheet('汇总');
  const summ = [['党员总数', 'total'], ['男', 'male'], ['女', 'female'], ['35岁及以下', 'a1'], ['36至45岁', 'a2'], ['46至60岁', 'a3'], ['61岁及以上', 'a4']].map(([l, k]) => ({ label: l, v: { n: tot[k] }, indent: k === 'total' ? 0 : 2 }));
  const a = writeTable(ws1, { title: '德兴市“两新”组织党员情况汇总表', org: '中共德兴市委组织部', rowHeader: '项目', cols: [{ key: 'n', label: '人数' }], rows: summ });
  const ws2 = wb.addWorksheet('分镇街');
  const b = writeTable(ws2, { title: '德兴市“两新”组织党员情况（分镇街）', org: '中共德兴市委组织部', cols: [...C_TOTAL, ...C_SEX, ...C_AGE], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）' });
  return { a, b };
});
// c12 education with 其中 sub-column
define('c12_党员学历结构.xlsx', wb => {
  const rows = townRows(8, 40, 260).map(r => Object.assign(r, { hi: r.e1 + r.e2 + r.e3, bk: r.e1 + r.e2 }));
  const tot = Object.assign({ label: '合计' }, sumRows(rows, [...MKEYS, 'hi', 'bk']));
  const ws = wb.addWorksheet('学历');
  return writeTable(ws, { title: '兴隆县非公企业党员学历结构统计表', org: '中共兴隆县委组织部', cols: [...C_TOTAL, { key: 'hi', group: '学历', label: '大专及以上' }, { key: 'bk', group: '学历', label: '其中：大学本科及以上' }, { key: 'e4', group: '学历', label: '中专及以下' }], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）' });
});
// c13 enterprise-level rows with text column & staff count
define('c13_企业党员情况明细.xlsx', wb => {
  const ents = ['临江宏达机械制造有限公司', '临江县恒信建材有限公司', '江南电子科技股份有限公司', '临江县顺丰物流有限公司', '华美纺织有限公司', '临江县民营企业商会', '临江县律师协会', '临江县义工联合会'];
  const types = ['党总支', '党支部', '党委', '党支部', '党支部', '党支部', '联合党支部', '党支部'];
  const rows = ents.map((e, i) => { const m = member(ri(3, 60)); return Object.assign({ label: e, typ: types[i], staff: m.total * ri(5, 30) }, m); });
  const tot = Object.assign({ label: '合计', typ: '—' }, sumRows(rows, [...MKEYS, 'staff']));
  const ws = wb.addWorksheet('企业明细');
  return writeTable(ws, { title: '临江县规模以上非公企业和社会组织党员情况明细表', rowHeader: '单位名称', cols: [{ key: 'typ', label: '党组织类型' }, { key: 'staff', label: '职工（从业）人数' }, ...C_TOTAL, ...C_SEX, ...C_AGE], rows: toRows([...rows, tot]) });
});
// c14 党员增减变动 balance
define('c14_党员增减变动情况.xlsx', wb => {
  const rows = TOWNS.slice(0, 7).map(t => { const b = ri(80, 400), dv = ri(2, 12), ti = ri(0, 15), de = ri(0, 4), to = ri(0, 12), ex = ri(0, 1); return { label: t, b, inc: dv + ti, dv, ti, dec: de + to + ex, de, to, ex, e: b + dv + ti - de - to - ex }; });
  const K = ['b', 'inc', 'dv', 'ti', 'dec', 'de', 'to', 'ex', 'e'];
  const tot = Object.assign({ label: '合计' }, sumRows(rows, K));
  const ws = wb.addWorksheet('增减变动');
  return writeTable(ws, {
    title: '临江县“两新”组织党员增减变动情况表（2024年度）', cols: [{ key: 'b', label: '上年末党员数' },
    { key: 'inc', group: '本年增加', label: '小计' }, { key: 'dv', group: '本年增加', label: '发展党员' }, { key: 'ti', group: '本年增加', label: '组织关系转入' },
    { key: 'dec', group: '本年减少', label: '小计' }, { key: 'de', group: '本年减少', label: '死亡' }, { key: 'to', group: '本年减少', label: '组织关系转出' }, { key: 'ex', group: '本年减少', label: '出党' },
    { key: 'e', label: '本年末党员数' }], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）', notes: ['注：本年末党员数=上年末党员数+本年增加-本年减少。']
  });
});
// c15 three-level header count + share per part
define('c15_党员性别民族_人数占比.xlsx', wb => {
  const rows = townRows(6, 60, 300);
  const all = [Object.assign({ label: '合计' }, sumRows(rows, MKEYS)), ...rows];
  for (const r of all) { r.mp_ = pct(r.male, r.total); r.fp_ = pct(r.female, r.total); r.hp_ = pct(r.han, r.total); r.np_ = pct(r.mino, r.total); }
  const ws = wb.addWorksheet('性别民族');
  return writeTable(ws, {
    title: '安平县社会组织党员性别、民族构成情况表', org: '中共安平县委组织部', cols: [...C_TOTAL,
      { key: 'male', group: '性别', label: '男', sub: '人数' }, { key: 'mp_', group: '性别', label: '男', sub: '占比(%)', fmt: '0.0' },
      { key: 'female', group: '性别', label: '女', sub: '人数' }, { key: 'fp_', group: '性别', label: '女', sub: '占比(%)', fmt: '0.0' },
      { key: 'han', group: '民族', label: '汉族', sub: '人数' }, { key: 'hp_', group: '民族', label: '汉族', sub: '占比(%)', fmt: '0.0' },
      { key: 'mino', group: '民族', label: '少数民族', sub: '人数' }, { key: 'np_', group: '民族', label: '少数民族', sub: '占比(%)', fmt: '0.0' }],
    rows: toRows(all), rowHeader: '乡镇（街道）'
  });
});
// c16 share as fraction with % format
define('c16_女党员占比_百分比格式.xlsx', wb => {
  const rows = townRows(8, 30, 250);
  const all = [...rows, Object.assign({ label: '总计' }, sumRows(rows, MKEYS))];
  for (const r of all) r.fp = Math.round(r.female / r.total * 10000) / 10000;
  const ws = wb.addWorksheet('女党员');
  return writeTable(ws, { title: '德兴市非公企业女党员情况统计表', org: '中共德兴市委组织部', cols: [...C_TOTAL, ...C_SEX, { key: 'fp', label: '女党员占比', fmt: '0.00%' }], rows: toRows(all), rowHeader: '乡镇（街道）' });
});
// c17 formulas with cached results
define('c17_党员情况_公式合计.xlsx', wb => {
  const rows = townRows(6, 50, 300);
  const tot = Object.assign({ label: '合计' }, sumRows(rows, MKEYS));
  const ws = wb.addWorksheet('Sheet1');
  const info = writeTable(ws, { title: '永宁县非公有制企业党员基本情况统计表', org: '中共永宁县委组织部', cols: [...C_TOTAL, ...C_SEX, ...C_EDU], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）' });
  for (const k of ['total', 'male', 'female', 'e1', 'e2', 'e3', 'e4']) {
    const col = colL(info.colOf[k]); const r0 = info.rowOf['合计'];
    ws.getCell(col + r0).value = { formula: `SUM(${col}${r0 + 1}:${col}${r0 + 6})`, result: tot[k] };
  }
  return info;
});
// c18 numbers stored as text, blanks for zero, dash
define('c18_党员情况_文本数字.xlsx', wb => {
  const rows = townRows(6, 30, 200);
  rows[2].mino = 0; rows[2].han = rows[2].total; rows[4].mino = 0; rows[4].han = rows[4].total;
  const tot = Object.assign({ label: '合计' }, sumRows(rows, MKEYS));
  const all = [tot, ...rows].map(r => { const o = {}; for (const k of MKEYS) o[k] = r[k] === 0 ? '' : String(r[k]); o.label = r.label; return o; });
  const ws = wb.addWorksheet('导出数据');
  return writeTable(ws, { title: '兴隆县“两新”组织党员基本情况（系统导出）', org: '中共兴隆县委组织部', cols: [...C_TOTAL, ...C_SEX, ...C_ETH, ...C_AGE], rows: toRows(all), rowHeader: '乡镇（街道）', notes: ['注：数据来源于全国党员管理信息系统，空白表示无。'] });
});
// c19 发展党员 two years side by side by town with 增减
define('c19_发展党员_两年对比.xlsx', wb => {
  const rows = TOWNS.slice(0, 8).map(t => { const a = ri(3, 25), b = ri(3, 25); return { label: t, a, b, d: b - a }; });
  const tot = Object.assign({ label: '合计' }, sumRows(rows, ['a', 'b', 'd']));
  const all = [tot, ...rows]; for (const r of all) r.g = pct(r.d, r.a);
  const ws = wb.addWorksheet('发展党员对比');
  return writeTable(ws, { title: '清河县非公企业和社会组织发展党员数对比表', org: '中共清河县委组织部', cols: [{ key: 'a', group: '发展党员数', label: '2023年' }, { key: 'b', group: '发展党员数', label: '2024年' }, { key: 'd', group: '发展党员数', label: '增减' }, { key: 'g', group: '发展党员数', label: '增减率(%)', fmt: '0.0' }], rows: toRows(all), rowHeader: '乡镇（街道）' });
});
// c20 by type two-year, with 增减 per breakdown column (wide)
define('c20_党员情况_按类型_两年.xlsx', wb => {
  const rows = byType();
  const prev = rows.map(r => { const o = { label: r.label, indent: r.indent }; for (const k of MKEYS) o[k] = r[k]; return o; });
  // make current year = prev + small adds consistent
  const add = byTypeDelta();
  const all = rows.map((r, i) => ({ label: r.label, indent: r.indent, t1: r.total, t2: r.total + add[i].total, dt: add[i].total, f1: r.female, f2: r.female + add[i].female, df: add[i].female }));
  const ws = wb.addWorksheet('两年对比');
  return writeTable(ws, { title: '临江县“两新”组织党员数量变化情况（按组织类型）', rowHeader: '类别', cols: [{ key: 't1', group: '党员总数', label: '2023年' }, { key: 't2', group: '党员总数', label: '2024年' }, { key: 'dt', group: '党员总数', label: '增减' }, { key: 'f1', group: '其中：女党员', label: '2023年' }, { key: 'f2', group: '其中：女党员', label: '2024年' }, { key: 'df', group: '其中：女党员', label: '增减' }], rows: toRows(all) });
});
function byTypeDelta() {
  const d = (t, f) => ({ total: t, female: f });
  const big = d(ri(5, 20), ri(1, 5)), onp = d(ri(10, 30), ri(2, 8)), as = d(ri(-3, 6), ri(0, 2)), oso = d(ri(2, 12), ri(0, 4));
  const np = d(big.total + onp.total, big.female + onp.female), so = d(as.total + oso.total, as.female + oso.female);
  return [d(np.total + so.total, np.female + so.female), np, big, so, as];
}
// c21 入党时间 + 学历 with 35岁及以下占比 in percentage, rows by 非公/社会组织 per town (two-level rows)
define('c21_党员入党时间_分镇街分类型.xlsx', wb => {
  const list = [];
  const towns = TOWNS.slice(0, 4).map(t => { const a = member(ri(60, 200)), b = member(ri(20, 80)); const s = {}; for (const k of MKEYS) s[k] = a[k] + b[k]; return [Object.assign({ label: t }, s), Object.assign({ label: '  非公有制企业', indent: 2 }, a), Object.assign({ label: '  社会组织', indent: 2 }, b)]; });
  const tot = Object.assign({ label: '合计' }, sumRows(towns.map(x => x[0]), MKEYS));
  list.push(tot); for (const t of towns) list.push(...t);
  // unique labels needed for rowOf: suffix
  list.forEach((r, i) => { if (r.indent) r.label = r.label; });
  const ws = wb.addWorksheet('入党时间');
  return writeTable(ws, { title: '兴隆县“两新”组织党员入党时间及学历情况统计表', org: '中共兴隆县委组织部', cols: [...C_TOTAL, ...C_JOIN, ...C_EDU], rows: toRows(list), rowHeader: '乡镇（街道）/类型' });
});


// c22 age group deliberately incomplete (其中 columns under a group header)
define('c22_党员情况_年龄其中项不全.xlsx', wb => {
  const rows = townRows(7, 40, 300).map(r => Object.assign(r, { o60: r.a4 }));
  const tot = Object.assign({ label: '合计' }, sumRows(rows, [...MKEYS, 'o60']));
  const ws = wb.addWorksheet('党员情况');
  return writeTable(ws, { title: '德兴市社会组织党员基本情况统计表', org: '中共德兴市委组织部', cols: [...C_TOTAL, ...C_SEX,
    { key: 'mino', group: '民族', label: '其中：少数民族' }, { key: 'a1', group: '年龄', label: '其中：35岁及以下' }, { key: 'o60', group: '年龄', label: '其中：61岁及以上' },
    { key: 'e1', group: '学历', label: '其中：研究生' }, { key: 'e2', group: '学历', label: '其中：大学本科' }], rows: toRows([tot, ...rows]), rowHeader: '乡镇（街道）', notes: ['注：年龄、学历栏仅统计部分类别，不等于党员总数。'] });
});
// c23 shares with rounding drift and explicit 合计 100.0 row, three equal-ish parts
define('c23_党员结构占比_四舍五入.xlsx', wb => {
  const N = 999; const parts = [[ '非公有制企业', 333 ], [ '社会组织', 333 ], [ '其他（挂靠管理）', 333 ]];
  const fem = [[ '35岁及以下', 111 ], [ '36至45岁', 445 ], [ '46至60岁', 332 ], [ '61岁及以上', 111 ]];
  const rows = [{ label: '党员总数', v: { n: N, p: 100.0 } }, { label: '按组织类型分', v: {} }, ...parts.map(([l, n]) => ({ label: l, indent: 2, v: { n, p: pct(n, N) } })),
    { label: '按年龄分', v: {} }, ...fem.map(([l, n]) => ({ label: l, indent: 2, v: { n, p: pct(n, N) } }))];
  const ws = wb.addWorksheet('占比');
  return writeTable(ws, { title: '永宁县“两新”组织党员构成情况', org: '中共永宁县委组织部', rowHeader: '项目', unit: '单位：名、%', cols: [{ key: 'n', label: '党员数' }, { key: 'p', label: '占比(%)', fmt: '0.0' }], rows, notes: ['注：占比经四舍五入，合计可能不等于100。'] });
});
// c24 发展党员 with ratios of different denominators and 增减率 "—" when base is 0
define('c24_发展党员_结构比例.xlsx', wb => {
  const rows = TOWNS.slice(0, 7).map(devRow);
  rows[3].dev = 0; rows[3].f = 0; rows[3].y = 0; rows[3].e = 0; rows[3].w = 0;
  const tot = Object.assign({ label: '合计' }, sumRows(rows, DKEYS));
  const all = [tot, ...rows];
  for (const r of all) { r.fp = r.dev ? pct(r.f, r.dev) : '—'; r.yp = r.dev ? pct(r.y, r.dev) : '—'; r.rate = pct(r.dev, r.apply); }
  const ws = wb.addWorksheet('发展党员结构');
  return writeTable(ws, { title: '临江县“两新”组织发展党员结构情况表', unit: '单位：人、%', cols: [{ key: 'apply', label: '申请入党人数' }, { key: 'dev', label: '发展党员数' }, { key: 'rate', label: '发展党员占申请人数比例(%)', fmt: '0.0' },
    { key: 'f', group: '发展党员中女性', label: '人数' }, { key: 'fp', group: '发展党员中女性', label: '占比(%)', fmt: '0.0' }, { key: 'y', group: '发展党员中35岁及以下', label: '人数' }, { key: 'yp', group: '发展党员中35岁及以下', label: '占比(%)', fmt: '0.0' }], rows: toRows(all), rowHeader: '乡镇（街道）', notes: ['注：占比以发展党员数为分母；“—”表示本年度未发展党员。'] });
});

// ---- planted variants: [base, newName, fn(ws,info) -> {cell, note}] ----
const plants = [
  ['c01_党员基本情况_分镇街.xlsx', 'p01_性别不等于总数.xlsx', (wb, I) => bump(wb, '党员基本情况', I.addr('新华镇', 'female'), 3, '新华镇 女 +3, 男+女≠党员总数 and column sum broken')],
  ['c01_党员基本情况_分镇街.xlsx', 'p02_合计行年龄错.xlsx', (wb, I) => bump(wb, '党员基本情况', I.addr('合计', 'a3'), -10, '合计行 46至60岁 -10: ≠ sum of towns and age block ≠ total')],
  ['c03_党员情况_含占比.xlsx', 'p03_女党员占比错.xlsx', (wb, I) => bump(wb, '党员结构', I.addr('西城街道', 'fp'), 5, '西城街道 女党员占比 +5.0 points, no longer 女÷总数')],
  ['c04_党员情况_按组织类型.xlsx', 'p04_其中项大于总项.xlsx', (wb, I) => setv(wb, '按类型', I.addr('其中：规模以上企业', 'total'), wb.getWorksheet('按类型').getCell(I.addr('一、非公有制企业', 'total')).value + 37, '其中：规模以上企业 党员总数 set larger than 非公有制企业 (part > whole)')],
  ['c05_发展党员情况.xlsx', 'p05_发展党员多于发展对象.xlsx', (wb, I) => setv(wb, '发展党员', I.addr('长安镇', 'dev'), wb.getWorksheet('发展党员').getCell(I.addr('长安镇', 'obj')).value + 6, '长安镇 发展党员数 > 发展对象 (funnel) and column sum broken')],
  ['c06_流动党员情况.xlsx', 'p06_流出分项不符.xlsx', (wb, I) => bump(wb, '流动党员', I.addr('西城街道', 'o2'), 4, '西城街道 流出 省外 +4: 县外省内+省外≠小计')],
  ['c07_党员结构_两年对比.xlsx', 'p07_增减错.xlsx', (wb, I) => bump(wb, '对比', I.addr('35岁及以下', 'd'), 10, '35岁及以下 增减 +10 ≠ 2024-2023')],
  ['c07_党员结构_两年对比.xlsx', 'p08_增长率错.xlsx', (wb, I) => bump(wb, '对比', I.addr('党员总数', 'g'), 2.3, '党员总数 增长(%) +2.3 points')],
  ['c09_党员结构_指标列表.xlsx', 'p09_年龄分项错.xlsx', (wb, I) => bump(wb, '党员结构', I.addr('36至45岁', 'n'), 20, '36至45岁 人数 +20: age block ≠ 党员总数, share no longer matches')],
  ['c09_党员结构_指标列表.xlsx', 'p10_性别占比错.xlsx', (wb, I) => bump(wb, '党员结构', I.addr('女', 'p'), -3, '女 占比 -3.0 points: ≠ 女÷总数 and 男+女 shares ≠ 100')],
  ['c11_党员情况_汇总及分镇街.xlsx', 'p11_汇总表与明细不符.xlsx', (wb, I) => bump(wb, '汇总', I.a.addr('35岁及以下', 'n'), 15, '汇总 sheet 35岁及以下 +15: ≠ 分镇街 合计 and age sum ≠ 党员总数')],
  ['c14_党员增减变动情况.xlsx', 'p12_年末数不平衡.xlsx', (wb, I) => bump(wb, '增减变动', I.addr('东城街道', 'e'), 5, '东城街道 本年末党员数 +5: ≠ 上年末+增加-减少, column sum broken')],
  ['c08_党员情况_其中项_平均年龄.xlsx', 'p13_其中女大于总数.xlsx', (wb, I) => setv(wb, '党员情况', I.addr('青山乡', 'female'), wb.getWorksheet('党员情况').getCell(I.addr('青山乡', 'total')).value + 12, '青山乡 其中：女 > 党员总数 (part > whole), column sum broken')],
  ['c15_党员性别民族_人数占比.xlsx', 'p14_男占比错.xlsx', (wb, I) => bump(wb, '性别民族', I.addr('东城街道', 'mp_'), -4, '东城街道 男 占比 -4.0: ≠ 男÷总数, 男+女 share ≠ 100')],
  ['c12_党员学历结构.xlsx', 'p15_本科及以上大于大专及以上.xlsx', (wb, I) => setv(wb, '学历', I.addr('长安镇', 'bk'), wb.getWorksheet('学历').getCell(I.addr('长安镇', 'hi')).value + 5, '长安镇 其中：大学本科及以上 > 大专及以上 (part > whole), column sum broken')],
  ['c10_党员年龄结构_含平均年龄.xlsx', 'p16_年龄分项不符_有平均年龄.xlsx', (wb, I) => bump(wb, '年龄结构', I.addr('新华镇', 'a4'), 7, '新华镇 61岁及以上 +7: age block ≠ 党员总数 (平均年龄 column alongside)')],

  ['c17_党员情况_公式合计.xlsx', 'p17_公式缓存值过期.xlsx', (wb, I) => bump(wb, 'Sheet1', I.addr('东城街道', 'e2'), 9, '东城街道 大学本科 +9 (formula 合计 cached result left stale, edu block ≠ total)')],
  ['c21_党员入党时间_分镇街分类型.xlsx', 'p18_镇街分类型子项错.xlsx', (wb, I) => bump(wb, '入党时间', colL(I.colOf['j2']) + '11', 6, 'row 11 (东城街道 / 非公有制企业) 2002年至2012年10月 +6: town row ≠ 非公+社会组织, join block ≠ total')],
  ['c16_女党员占比_百分比格式.xlsx', 'p19_百分比格式占比错.xlsx', (wb, I) => bump(wb, '女党员', I.addr('长安镇', 'fp'), 0.05, '长安镇 女党员占比 +5 points (stored as fraction, 0.00% format)')],
  ['c19_发展党员_两年对比.xlsx', 'p20_发展党员增减错.xlsx', (wb, I) => bump(wb, '发展党员对比', I.addr('新华镇', 'd'), -2, '新华镇 增减 -2 ≠ 2024-2023 (also column sum)')],
  ['c20_党员情况_按类型_两年.xlsx', 'p21_女党员增减错.xlsx', (wb, I) => bump(wb, '两年对比', I.addr('二、社会组织', 'df'), 3, '社会组织 女党员 增减 +3 ≠ 2024-2023, ≠ sum of components')],
  ['c22_党员情况_年龄其中项不全.xlsx', 'p22_其中项不全_性别错.xlsx', (wb, I) => bump(wb, '党员情况', I.addr('长安镇', 'male'), -6, '长安镇 男 -6: 男+女≠党员总数 (in a table whose other groups are incomplete 其中)')],
];
function bump(wb, sh, addr, d, note) { const c = wb.getWorksheet(sh).getCell(addr); c.value = r1(Number(c.value) + d); return { cell: sh + '!' + addr, note }; }
function setv(wb, sh, addr, v, note) { wb.getWorksheet(sh).getCell(addr).value = v; return { cell: sh + '!' + addr, note }; }

(async () => {
  for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));
  const SEED0 = 4711;
  const names = Object.keys(cases);
  const seedOf = {};
  names.forEach((n, i) => { seedOf[n] = SEED0 + i * 9973; });
  for (const n of names) {
    seed = seedOf[n]; const wb = new ExcelJS.Workbook(); cases[n](wb);
    await wb.xlsx.writeFile(path.join(OUT, n)); manifest[n] = null;
  }
  for (const [base, nn, fn] of plants) {
    seed = seedOf[base]; const wb = new ExcelJS.Workbook(); const info = cases[base](wb);
    manifest[nn] = fn(wb, info);
    await wb.xlsx.writeFile(path.join(OUT, nn));
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
