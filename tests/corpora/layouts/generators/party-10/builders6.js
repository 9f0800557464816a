'use strict';
const { rnd, rate, sum, Book, put, row, title, merge, widths, addr, CITY_A, CITY_B, CITY_C, TOWNS } = require('./lib');
const B = [];

// 59 男/女 breakdown then 其中：35岁及以下 that sometimes exceeds 女
B.push(function b59(R) {
  const bk = new Book('59-非公企业党员性别及青年党员.xlsx');
  const ws = bk.sheet('党员');
  title(ws, 1, '非公企业党员性别及青年党员情况', 6);
  ws.getCell(2, 6).value = '单位：名';
  row(ws, 3, 1, ['县（市、区）', '党员数', '男', '女', '其中：35岁及以下', '其中：本年发展']);
  const d = CITY_B.map((n) => { const p = R.int(900, 7000); const f = R.part(p, 0.3, 0.42); return [n, p, p - f, f, R.part(p, 0.27, 0.36), R.part(p, 0.015, 0.04)]; });
  d.forEach((x, i) => row(ws, 4 + i, 1, x, '#,##0'));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', ...T], '#,##0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 4, 'total');
  return bk;
});

// 61 standard layout: 党组织数 group (合计/党委/党总支/党支部) + 组建形式 group (单独组建/联合组建)
B.push(function b61(R) {
  const bk = new Book('61-两新党组织数按类别和组建形式.xlsx');
  const ws = bk.sheet('党组织');
  title(ws, 1, '非公企业党组织设置情况统计表', 8);
  merge(ws, 2, 1, 3, 1, '县（区）');
  merge(ws, 2, 2, 2, 5, '党组织数（个）'); row(ws, 3, 2, ['合计', '党委', '党总支', '党支部']);
  merge(ws, 2, 6, 2, 7, '按组建形式分（个）'); row(ws, 3, 6, ['单独组建', '联合组建']);
  merge(ws, 2, 8, 3, 8, '联合组建覆盖企业数（户）');
  const d = CITY_C.map((n) => { const a = R.int(0, 6), b = R.int(2, 15), c = R.int(40, 300); const t = a + b + c; const j = R.int(5, Math.round(c * 0.3)); return [n, t, a, b, c, t - j, j, j * R.int(2, 6) + R.int(0, 5)]; });
  d.forEach((x, i) => row(ws, 4 + i, 1, x, '0'));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', ...T], '0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 8, 'total');
  return bk;
});

// 65 cross-tab with column subtotals 第二产业/第三产业
B.push(function b65(R) {
  const bk = new Book('65-非公企业党组织按产业分.xlsx');
  const ws = bk.sheet('按产业');
  title(ws, 1, '非公企业已建党组织企业数（按产业、行业分）', 10);
  merge(ws, 2, 1, 3, 1, '县（区）'); merge(ws, 2, 2, 3, 2, '合计');
  merge(ws, 2, 3, 2, 5, '第二产业'); row(ws, 3, 3, ['小计', '制造业', '建筑业']);
  merge(ws, 2, 6, 2, 10, '第三产业'); row(ws, 3, 6, ['小计', '批发和零售业', '交通运输业', '信息技术服务业', '其他服务业']);
  const d = CITY_A.map((n) => { const s = [R.int(10, 180), R.int(3, 60)]; const t = [R.int(5, 90), R.int(2, 40), R.int(1, 50), R.int(5, 80)]; return [n, s, t]; });
  const line = (r, n, s, t) => row(ws, r, 1, [n, sum(s) + sum(t), sum(s), ...s, sum(t), ...t], '0');
  d.forEach((x, i) => line(4 + i, x[0], x[1], x[2]));
  const r = 4 + d.length; const S = [0, 1].map((k) => sum(d.map((x) => x[1][k]))), T = [0, 1, 2, 3].map((k) => sum(d.map((x) => x[2][k])));
  line(r, '合计', S, T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, 5, 3, 'subtotal'); bk.agg(ws, r, 6, 'subtotal');
  return bk;
});

// 67 a 其中 row under a county (a park inside it), not part of the total's sum
B.push(function b67(R) {
  const bk = new Book('67-两新覆盖情况（含其中园区行）.xlsx');
  const ws = bk.sheet('覆盖');
  title(ws, 1, '各县区两新组织党组织覆盖情况', 6);
  row(ws, 2, 1, ['县区', '非公企业数', '已建党组织企业数', '覆盖率（%）', '社会组织数', '已建党组织社会组织数']);
  const fm = [null, '0', '0', '0.0', '0', '0'];
  const d = CITY_C.map((n) => { const e = R.int(800, 6000); const s = R.int(60, 500); return [n, e, Math.round(e * R.frac(0.1, 0.3)), s, Math.round(s * R.frac(0.2, 0.6))]; });
  let r = 3;
  d.forEach((x, i) => {
    row(ws, r, 1, [x[0], x[1], x[2], rate(x[2], x[1], 1), x[3], x[4]], fm); r++;
    if (i === 0 || i === 4) { const e = R.part(x[1], 0.2, 0.4), c = R.part(x[2], 0.3, 0.5), s = R.part(x[3], 0.05, 0.15), sc = Math.min(s, R.part(x[4], 0.05, 0.2)); row(ws, r, 1, ['　其中：' + (i === 0 ? '城关经济开发区' : '凤台工业园区'), e, c, rate(c, e, 1), s, sc], fm); r++; }
  });
  const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', T[0], T[1], rate(T[1], T[0], 1), T[2], T[3]], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'rate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 69 coverage of enterprises with members (base = 有党员企业数)
B.push(function b69(R) {
  const bk = new Book('69-有党员企业党组织覆盖率.xlsx');
  const ws = bk.sheet('有党员企业');
  title(ws, 1, '有党员非公企业党组织覆盖情况', 6);
  row(ws, 2, 1, ['县（区）', '非公企业数（户）', '有党员的企业数（户）', '已建立党组织企业数（户）', '有党员企业党组织覆盖率（%）', '无党员企业数（户）']);
  const d = CITY_B.map((n) => { const e = R.int(900, 8000); const m = Math.round(e * R.frac(0.12, 0.3)); const c = Math.round(m * R.frac(0.55, 0.9)); return [n, e, m, c]; });
  const fm = [null, '0', '0', '0', '0.0', '0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], x[2], rate(x[2], x[1], 1), x[0] - x[1]], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3].map((k) => sum(d.map((x) => x[k])));
  line(r, '全市', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'rate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 71 all enterprises and 规上 enterprises side by side without group headers
B.push(function b71(R) {
  const bk = new Book('71-全部与规上企业覆盖率.xlsx');
  const ws = bk.sheet('Sheet1');
  title(ws, 1, '非公企业及规模以上企业党组织覆盖率', 7);
  row(ws, 2, 1, ['县区', '企业数', '已建党组织企业数', '覆盖率（%）', '规上企业数', '规上企业已建党组织数', '规上企业覆盖率（%）']);
  const d = CITY_A.map((n) => { const e = R.int(900, 8000); const c = Math.round(e * R.frac(0.08, 0.25)); const g = R.part(e, 0.03, 0.08); const gc = Math.min(c, Math.round(g * R.frac(0.5, 0.9))); return [n, e, c, g, gc]; });
  const fm = [null, '0', '0', '0.0', '0', '0', '0.0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 1), x[2], x[3], rate(x[3], x[2], 1)], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  line(r, '合计', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 7, 'rate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 73 period rows per region: 2024年 / 2025年 / 增减 under a merged region name
B.push(function b73(R) {
  const bk = new Book('73-覆盖情况分年份行.xlsx');
  const ws = bk.sheet('分年份');
  title(ws, 1, '各县区社会组织党建情况（2024—2025年）', 6);
  row(ws, 2, 1, ['县区', '年份', '社会组织数', '已建党组织数', '覆盖率（%）', '党员数']);
  const fm = [null, null, '0', '0', '0.0', '0'];
  const names = ['城关区', '新华区', '桥西区', '长乐县', '凤台县'];
  let r = 3; const tt = [[0, 0, 0], [0, 0, 0]];
  const block = (n, a, b) => {
    row(ws, r, 1, [n, '2024年', a[0], a[1], rate(a[1], a[0], 1), a[2]], fm);
    row(ws, r + 1, 1, [n, '2025年', b[0], b[1], rate(b[1], b[0], 1), b[2]], fm);
    row(ws, r + 2, 1, [n, '增减', b[0] - a[0], b[1] - a[1], rnd(rate(b[1], b[0], 1) - rate(a[1], a[0], 1), 1), b[2] - a[2]], fm);
    ws.mergeCells(r, 1, r + 2, 1); const s = r; r += 3; return s;
  };
  names.forEach((n) => { const s0 = R.int(60, 400); const a = [s0, Math.round(s0 * R.frac(0.2, 0.5)), 0]; a[2] = a[1] * R.int(3, 8); const b = [a[0] + R.int(-5, 40), a[1] + R.int(0, 25), 0]; b[2] = a[2] + R.int(-10, 80); block(n, a, b); [0, 1, 2].forEach((k) => { tt[0][k] += a[k]; tt[1][k] += b[k]; }); });
  const s = block('全市', tt[0], tt[1]);
  bk.agg(ws, s + 1, 3, 'total'); bk.agg(ws, s, 5, 'rate', 1); bk.agg(ws, s + 2, 6, 'change');
  return bk;
});

// 77 备注 column with numbers in text
B.push(function b77(R) {
  const bk = new Book('77-新建党组织情况（含备注）.xlsx');
  const ws = bk.sheet('新建党组织');
  title(ws, 1, '2025年新建非公企业党组织情况', 6);
  row(ws, 2, 1, ['乡镇（街道）', '新建党组织数', '其中：单独组建', '其中：联合组建', '新覆盖企业数', '备注']);
  const names = TOWNS.slice(0, 9);
  const d = names.map((n) => { const a = R.int(0, 8), b = R.int(0, 4); return [n, a + b, a, b, a + b * R.int(2, 4)]; });
  const notes = ['含3家新注册企业', '', '联合党支部覆盖5家', '', '2家为“两新”示范点', '', '', '1家撤销后重建', ''];
  d.forEach((x, i) => row(ws, 3 + i, 1, [...x, notes[i] || null], [null, '0', '0', '0', '0', null]));
  const r = 3 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T, `共${T[0]}个`], [null, '0', '0', '0', '0', null]);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 3, 'total');
  return bk;
});

// 78 by industry with 其中 sub-industry rows (partial lists)
B.push(function b78(R) {
  const bk = new Book('78-非公企业党建按行业分（含其中行）.xlsx');
  const ws = bk.sheet('按行业');
  title(ws, 1, '非公企业党建情况（按行业分）', 5);
  ws.getCell(2, 1).value = '填报单位：白沙县委组织部';
  row(ws, 3, 1, ['行业', '企业数（户）', '党员数（名）', '已建党组织企业数（户）', '覆盖率（%）']);
  const fm = [null, '0', '0', '0', '0.0'];
  const inds = [['制造业', [['其中：农副食品加工业'], ['　　　汽车零部件制造业']]], ['建筑业', []], ['批发和零售业', [['其中：电子商务']]], ['住宿和餐饮业', []], ['信息传输、软件和信息技术服务业', []], ['其他行业', []]];
  const d = inds.map(([n, subs]) => { const e = R.int(80, 1500); const c = Math.round(e * R.frac(0.05, 0.3)); return [n, e, c * R.int(3, 9) + R.int(0, 30), c, subs.map(([s]) => { const se = R.part(e, 0.1, 0.3), sc = Math.min(se, R.part(c, 0.1, 0.3)); return [s, se, sc * R.int(3, 7), sc]; })]; });
  const T = [1, 2, 3].map((k) => sum(d.map((x) => x[k])));
  let r = 4; row(ws, r, 1, ['合计', ...T, rate(T[2], T[0], 1)], fm); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 5, 'rate', 1); r++;
  d.forEach((x) => { row(ws, r, 1, [x[0], x[1], x[2], x[3], rate(x[3], x[1], 1)], fm); r++; x[4].forEach((s) => { row(ws, r, 1, [s[0], s[1], s[2], s[3], rate(s[3], s[1], 1)], fm); r++; }); });
  return bk;
});

// 79 党员教育 with 人均学时 (decimals) and 学时 totals
B.push(function b79(R) {
  const bk = new Book('79-党员集中学习学时统计.xlsx');
  const ws = bk.sheet('学时');
  title(ws, 1, '两新组织党员年度集中学习培训学时统计', 6);
  row(ws, 2, 1, ['县区', '党员数（名）', '完成32学时党员数（名）', '达标率（%）', '累计学时（学时）', '人均学时（学时）']);
  const d = CITY_C.map((n) => { const p = R.int(500, 5000); const ok = R.part(p, 0.75, 0.98); const h = Math.round(p * R.frac(30, 45)); return [n, p, ok, h]; });
  const fm = [null, '0', '0', '0.0', '#,##0', '0.0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 1), x[2], rnd(x[2] / x[0], 1)], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3].map((k) => sum(d.map((x) => x[k])));
  line(r, '全市', T); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 6, 'rate', 1); bk.agg(ws, r, 3, 'total');
  return bk;
});

// 80 rates as text with two decimals and no % sign ("85.30"), totals at top as 总计
B.push(function b80(R) {
  const bk = new Book('80-社会组织覆盖率文本两位小数.xlsx');
  const ws = bk.sheet('社会组织');
  row(ws, 1, 1, ['地区', '社会组织数', '其中：社会团体', '其中：民办非企业单位', '已建立党组织数', '覆盖率(%)']);
  const d = CITY_B.map((n) => { const a = R.int(30, 300), b = R.int(20, 260), c = R.int(0, 3); const t = a + b + c; return [n, t, a, b, Math.round(t * R.frac(0.2, 0.6))]; });
  const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  row(ws, 2, 1, ['总计', ...T, rate(T[3], T[0], 2).toFixed(2)]); bk.agg(ws, 2, 2, 'total'); bk.agg(ws, 2, 6, 'rate', 2); bk.agg(ws, 2, 5, 'total');
  d.forEach((x, i) => row(ws, 3 + i, 1, [...x, rate(x[4], x[1], 2).toFixed(2)]));
  return bk;
});

module.exports = B;
