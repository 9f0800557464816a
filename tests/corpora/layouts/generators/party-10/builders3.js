'use strict';
const { rnd, rate, sum, Book, put, row, title, merge, widths, CITY_A, CITY_B, CITY_C, TOWNS } = require('./lib');
const B = [];

// 21 应建/已建/未建/建率
B.push(function b21(R) {
  const bk = new Book('21-应建已建未建统计.xlsx');
  const ws = bk.sheet('应建已建');
  title(ws, 1, '有3名以上正式党员的非公企业和社会组织党组织组建情况', 9);
  merge(ws, 2, 1, 3, 1, '地区');
  merge(ws, 2, 2, 2, 5, '非公企业'); row(ws, 3, 2, ['应建数', '已建数', '未建数', '建率（%）']);
  merge(ws, 2, 6, 2, 9, '社会组织'); row(ws, 3, 6, ['应建数', '已建数', '未建数', '建率（%）']);
  const fm = [null, '0', '0', '0', '0.0', '0', '0', '0', '0.0'];
  const d = CITY_B.map((n) => { const a = R.int(40, 380), b = a - R.int(0, Math.round(a * 0.08)); const c = R.int(5, 60), e = c - R.int(0, Math.round(c * 0.15)); return [n, a, b, c, e]; });
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], x[0] - x[1], rate(x[1], x[0], 1), x[2], x[3], x[2] - x[3], rate(x[3], x[2], 1)], fm);
  d.forEach((x, i) => line(4 + i, x[0], x.slice(1)));
  const r = 4 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  line(r, '全市', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 9, 'rate', 1);
  return bk;
});

// 22 单独组建/联合组建/挂靠组建
B.push(function b22(R) {
  const bk = new Book('22-党组织组建方式统计.xlsx');
  const ws = bk.sheet('组建方式');
  title(ws, 1, '非公企业党组织组建方式统计表', 8);
  ws.getCell(2, 1).value = '填报单位：金沙县非公经济组织党委'; ws.getCell(2, 8).value = '单位：个';
  merge(ws, 3, 1, 4, 1, '乡镇（街道、园区）'); merge(ws, 3, 2, 4, 2, '党组织数');
  merge(ws, 3, 3, 3, 5, '按组建方式分'); row(ws, 4, 3, ['单独组建', '联合组建', '挂靠组建']);
  merge(ws, 3, 6, 3, 8, '按组织类别分'); row(ws, 4, 6, ['党委', '党总支', '党支部']);
  const names = ['城关镇', '沙土镇', '禹谟镇', '岩孔街道', '西洛街道', '金沙经济开发区', '平坝镇', '源村镇'];
  const d = names.map((n) => { const a = R.int(5, 60), b = R.int(2, 25), c = R.int(0, 8); const t = a + b + c; const p = R.int(0, 2), z = R.int(0, 5); return [n, t, a, b, c, p, z, t - p - z]; });
  d.forEach((x, i) => row(ws, 5 + i, 1, x, '0'));
  const r = 5 + d.length; const T = [1, 2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全县', ...T], '0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 8, 'total');
  return bk;
});

// 23 按隶属关系 / 按组织类别 sections under one total
B.push(function b23(R) {
  const bk = new Book('23-两新党组织按隶属关系统计.xlsx');
  const ws = bk.sheet('隶属关系');
  title(ws, 1, '两新组织党组织和党员情况（按隶属关系、组织类别）', 5);
  ws.getCell(2, 1).value = '填报单位：桥西区委两新工委'; ws.getCell(2, 5).value = '单位：个、名';
  row(ws, 3, 1, ['项目', '党组织数', '党员数', '其中：女党员', '覆盖两新组织数']);
  const mk = (k) => { const o = R.int(8, 120); const p = o * R.int(6, 14) + R.int(0, 40); return [o, p, R.part(p, 0.3, 0.5), o + R.int(0, Math.round(o * 0.6))]; };
  const rel = [['　区委直属', mk()], ['　街道党工委', mk()], ['　行业党委', mk()], ['　园区党工委', mk()]];
  const T = [0, 1, 2, 3].map((i) => sum(rel.map((x) => x[1][i])));
  // by category: 党委/党总支/党支部 — split org count and other columns
  const o3 = R.split(T[0], [0.05, 0.15, 0.8]); const p3 = R.split(T[1], [0.2, 0.25, 0.55]);
  const f3 = [R.part(p3[0], 0.3, 0.5), R.part(p3[1], 0.3, 0.5)]; f3.push(T[2] - f3[0] - f3[1]);
  const c3 = [o3[0] + R.int(2, 10), o3[1] + R.int(2, 10)]; c3.push(T[3] - c3[0] - c3[1]);
  const fm = [null, '0', '#,##0', '#,##0', '0'];
  let r = 4; row(ws, r, 1, ['合计', ...T], fm); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 3, 'total'); r++;
  row(ws, r, 1, ['按隶属关系分：', null, null, null, null]); r++;
  rel.forEach((x) => { row(ws, r, 1, [x[0], ...x[1]], fm); r++; });
  row(ws, r, 1, ['按组织类别分：', null, null, null, null]); r++;
  ['　党委', '　党总支', '　党支部'].forEach((n, i) => { row(ws, r, 1, [n, o3[i], p3[i], f3[i], c3[i]], fm); r++; });
  return bk;
});

// 24 期初 + 新增 − 撤销 = 期末
B.push(function b24(R) {
  const bk = new Book('24-党组织增减变动情况.xlsx');
  const ws = bk.sheet('增减变动');
  title(ws, 1, '2025年1—9月非公企业和社会组织党组织增减变动情况', 8);
  row(ws, 2, 1, ['地区', '期初党组织数', '本期新建', '本期撤销', '期末党组织数', '净增加', '其中：新建联合党组织', '其中：因企业注销撤销']);
  const d = CITY_A.map((n) => { const s = R.int(80, 600); const a = R.int(3, 40), b = R.int(0, 25); return [n, s, a, b, s + a - b, a - b, R.int(0, a), R.int(0, b)]; });
  const fm = [null, '0', '0', '0', '0', '0', '0', '0'];
  d.forEach((x, i) => row(ws, 3 + i, 1, x, fm));
  const r = 3 + d.length; const T = [1, 2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 6, 'change');
  return bk;
});

// 25 overlapping 其中 columns with shares
B.push(function b25(R) {
  const bk = new Book('25-非公企业党员结构.xlsx');
  const ws = bk.sheet('党员结构');
  title(ws, 1, '非公有制企业党员基本情况', 8);
  ws.getCell(2, 8).value = '单位：名、%';
  row(ws, 3, 1, ['地区', '党员总数', '其中：女党员', '占比', '其中：少数民族党员', '占比', '其中：35岁及以下', '占比']);
  const d = CITY_C.map((n) => { const p = R.int(600, 6500); return [n, p, R.part(p, 0.25, 0.45), R.part(p, 0.02, 0.2), R.part(p, 0.3, 0.55)]; });
  const fm = [null, '#,##0', '#,##0', '0.0', '#,##0', '0.0', '#,##0', '0.0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 1), x[2], rate(x[2], x[0], 1), x[3], rate(x[3], x[0], 1)], fm);
  const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  line(4, '全市', T); bk.agg(ws, 4, 2, 'total'); bk.agg(ws, 4, 7, 'total'); bk.agg(ws, 4, 4, 'rate', 1);
  d.forEach((x, i) => line(5 + i, x[0], x.slice(1)));
  return bk;
});

// 26 党建工作经费 (万元, complete breakdown with 其他)
B.push(function b26(R) {
  const bk = new Book('26-两新组织党建工作经费.xlsx');
  const ws = bk.sheet('经费');
  title(ws, 1, '2025年两新组织党建工作经费保障情况', 8);
  ws.getCell(2, 8).value = '单位：万元';
  row(ws, 3, 1, ['地区', '经费总额', '其中：财政专项', '党费返还', '企业（单位）列支', '其他', '用于阵地建设', '用于教育培训']);
  const d = CITY_B.map((n) => { const a = R.int(800, 9000), b = R.int(200, 3000), c = R.int(1500, 20000), e = R.int(0, 900); const t = a + b + c + e; return [n, t, a, b, c, e, R.part(t, 0.15, 0.4), R.part(t, 0.1, 0.25)]; }); // in 1/100 万元
  const cv = (x) => x / 100;
  const fm = [null, '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'];
  d.forEach((x, i) => row(ws, 4 + i, 1, [x[0], ...x.slice(1).map(cv)], fm));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T.map(cv)], fm);
  bk.agg(ws, r, 2, 'totalamt', 2); bk.agg(ws, r, 5, 'totalamt', 2); bk.agg(ws, r, 8, 'totalamt', 2);
  return bk;
});

// 27 transposed: indicators as rows, regions as columns, 全市 column first
B.push(function b27(R) {
  const bk = new Book('27-两新党建主要指标（转置）.xlsx');
  const ws = bk.sheet('主要指标');
  const names = ['城关区', '新华区', '桥西区', '长乐县', '凤台县', '金沙县', '南山县'];
  title(ws, 1, '两新组织党建工作主要指标完成情况', names.length + 3);
  row(ws, 2, 1, ['指标', '单位', '全市', ...names]);
  const e = names.map(() => R.int(900, 7000)); const c = e.map((x) => Math.round(x * R.frac(0.1, 0.35)));
  const s = names.map(() => R.int(60, 500)); const sc = s.map((x) => Math.round(x * R.frac(0.2, 0.7)));
  const tr = names.map((_, i) => R.int(200, 2400)); const tro = tr.map((x) => R.part(x, 0.2, 0.6));
  const lines = [
    ['非公企业数', '户', e, '0'], ['已建立党组织的非公企业数', '户', c, '0'], ['非公企业党组织覆盖率', '%', null, '0.0', [1, 0]],
    ['社会组织数', '个', s, '0'], ['已建立党组织的社会组织数', '个', sc, '0'], ['社会组织党组织覆盖率', '%', null, '0.0', [4, 3]],
    ['党员教育培训人次', '人次', tr, '0'], ['其中：线上培训人次', '人次', tro, '0'],
  ];
  let r = 3;
  lines.forEach((L, li) => {
    let vals, tot;
    if (L[2]) { vals = L[2]; tot = sum(vals); } else { const a = lines[L[4][0]][2], b = lines[L[4][1]][2]; vals = a.map((x, i) => rate(x, b[i], 1)); tot = rate(sum(a), sum(b), 1); }
    row(ws, r, 1, [L[0], L[1], tot, ...vals], [null, null, L[3], ...vals.map(() => L[3])]);
    if (li === 1) bk.agg(ws, r, 3, 'total'); if (li === 5) bk.agg(ws, r, 3, 'rate', 1); if (li === 6) bk.agg(ws, r, 3, 'total');
    r++;
  });
  widths(ws, [26, 6, 10, 9, 9, 9, 9, 9, 9, 9]);
  return bk;
});

// 28 党建入章程
B.push(function b28(R) {
  const bk = new Book('28-社会组织党建入章程情况.xlsx');
  const ws = bk.sheet('入章程');
  title(ws, 1, '社会组织党建工作写入章程及年检同步检查情况', 7);
  row(ws, 2, 1, ['登记管理机关', '社会组织数（个）', '已建立党组织（个）', '党建工作写入章程（个）', '入章率（%）', '年检（年报）同步检查党建工作（个）', '同步检查率（%）']);
  const names = ['市民政局', '东湖区民政局', '西塘区民政局', '南岸区民政局', '北关区民政局', '宁远县民政局', '清河县民政局', '柳林县民政局'];
  const d = names.map((n) => { const s = R.int(90, 900); const c = Math.round(s * R.frac(0.2, 0.5)); const w = Math.round(s * R.frac(0.55, 0.95)); const k = Math.round(s * R.frac(0.6, 0.98)); return [n, s, c, w, k]; });
  const fm = [null, '0', '0', '0', '0.0', '0', '0.0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], x[2], rate(x[2], x[0], 1), x[3], rate(x[3], x[0], 1)], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  line(r, '全市合计', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'rate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 29 one county, indicator rows, 2024/2025, 增减, 增长
B.push(function b29(R) {
  const bk = new Book('29-石桥县两新党建指标对比.xlsx');
  const ws = bk.sheet('指标对比');
  title(ws, 1, '石桥县两新组织党建工作主要指标（2025年与2024年对比）', 6);
  row(ws, 2, 1, ['指标', '单位', '2024年', '2025年', '增减', '增长（%）']);
  const e = [R.int(3000, 6000)]; e.push(e[0] + R.int(80, 500));
  const c = [Math.round(e[0] * 0.2), 0]; c[1] = c[0] + R.int(20, 120);
  const s = [R.int(200, 500)]; s.push(s[0] + R.int(-10, 40));
  const sc = [Math.round(s[0] * 0.4)]; sc.push(sc[0] + R.int(5, 30));
  const pm = [R.int(3000, 9000)]; pm.push(pm[0] + R.int(100, 600));
  const dv = [R.int(60, 140), R.int(60, 140)];
  const cr = [rate(c[0], e[0], 1), rate(c[1], e[1], 1)]; const sr = [rate(sc[0], s[0], 1), rate(sc[1], s[1], 1)];
  const L = [['非公企业数', '户', e], ['已建立党组织的非公企业数', '户', c], ['非公企业党组织覆盖率', '%', cr, true], ['社会组织数', '个', s], ['已建立党组织的社会组织数', '个', sc], ['社会组织党组织覆盖率', '%', sr, true], ['两新组织党员数', '名', pm], ['发展党员数', '名', dv]];
  L.forEach(([n, u, v, isR], i) => {
    const r = 3 + i;
    if (isR) row(ws, r, 1, [n, u, v[0], v[1], rnd(v[1] - v[0], 1), '—'], [null, null, '0.0', '0.0', '0.0', null]);
    else row(ws, r, 1, [n, u, v[0], v[1], v[1] - v[0], rate(v[1] - v[0], v[0], 1)], [null, null, '0', '0', '0', '0.0']);
  });
  bk.agg(ws, 3, 5, 'change'); bk.agg(ws, 5, 4, 'rate', 1); bk.agg(ws, 9, 6, 'change', 1);
  ws.getCell(12, 1).value = '注：覆盖率增减单位为百分点。';
  return bk;
});

module.exports = B;
