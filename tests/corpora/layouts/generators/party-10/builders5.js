'use strict';
const { rnd, rate, sum, Book, put, row, title, merge, widths, addr, CITY_A, CITY_B, CITY_C, TOWNS } = require('./lib');
const B = [];

// 42 党组织总数 = 党委+党总支+党支部, plus 单独建立/联合建立 (no group headers)
B.push(function b42(R) {
  const bk = new Book('42-社会组织党组织类别统计.xlsx');
  const ws = bk.sheet('党组织类别');
  title(ws, 1, '社会组织党组织设置情况统计表', 8);
  ws.getCell(2, 1).value = '填报单位：东湖区社会组织党委'; ws.getCell(2, 8).value = '单位：个';
  row(ws, 3, 1, ['街道', '党组织总数', '党委', '党总支', '党支部', '单独建立党组织', '联合建立党组织', '联合党组织覆盖社会组织数']);
  const names = ['东湖街道', '百花洲街道', '滕王阁街道', '董家窑街道', '彭家桥街道', '扬子洲镇', '豫章街道', '墩子塘街道'];
  const d = names.map((n) => { const a = R.int(0, 2), b = R.int(0, 4), c = R.int(6, 40); const t = a + b + c; const j = R.int(1, Math.round(c * 0.4)); return [n, t, a, b, c, t - j, j, j * R.int(2, 5) + R.int(0, 3)]; });
  d.forEach((x, i) => row(ws, 4 + i, 1, x, '0'));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T], '0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 8, 'total');
  return bk;
});

// 43 其中 column after a complete breakdown (男/女) with no group header
B.push(function b43(R) {
  const bk = new Book('43-两新组织党员性别年龄.xlsx');
  const ws = bk.sheet('党员情况');
  title(ws, 1, '两新组织党员基本情况统计表', 7);
  ws.getCell(2, 7).value = '单位：名';
  row(ws, 3, 1, ['县（市、区）', '党员总数', '男', '女', '其中：35岁及以下', '其中：大专及以上学历', '其中：预备党员']);
  const d = CITY_B.map((n) => { const p = R.int(900, 7000); const f = R.part(p, 0.28, 0.46); return [n, p, p - f, f, R.part(p, 0.3, 0.5), R.part(p, 0.5, 0.8), R.part(p, 0.02, 0.06)]; });
  d.forEach((x, i) => row(ws, 4 + i, 1, x, '#,##0'));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', ...T], '#,##0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 7, 'total');
  return bk;
});

// 44 完成率 above 100 (超额完成)
B.push(function b44(R) {
  const bk = new Book('44-党组织组建任务完成情况.xlsx');
  const ws = bk.sheet('组建任务');
  title(ws, 1, '2025年非公企业和社会组织党组织组建任务完成情况', 7);
  row(ws, 2, 1, ['县（区）', '年度组建任务数', '已完成组建数', '完成率（%）', '其中：非公企业', '其中：社会组织', '排名']);
  const d = CITY_A.map((n) => { const t = R.int(10, 60); const c = Math.round(t * R.frac(0.7, 1.35)); const e = R.part(c, 0.5, 0.8); return [n, t, c, rate(c, t, 1), e, c - e]; });
  const rk = d.map((x) => x[3]).slice().sort((a, b) => b - a);
  d.forEach((x, i) => row(ws, 3 + i, 1, [...x, rk.indexOf(x[3]) + 1], [null, '0', '0', '0.0', '0', '0', '0']));
  const r = 3 + d.length; const T = [1, 2, 4, 5].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', T[0], T[1], rate(T[1], T[0], 1), T[2], T[3], null], [null, '0', '0', '0.0', '0', '0', '0']);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 5, 'total');
  return bk;
});

// 45 年检结论 合格/基本合格/不合格 with 合格率
B.push(function b45(R) {
  const bk = new Book('45-社会组织年检与党建同步检查.xlsx');
  const ws = bk.sheet('年检结论');
  title(ws, 1, '2024年度社会组织年度检查结论及党建工作同步检查情况', 9);
  merge(ws, 2, 1, 3, 1, '类型'); merge(ws, 2, 2, 3, 2, '应参检数'); merge(ws, 2, 3, 3, 3, '实际参检数'); merge(ws, 2, 4, 3, 4, '参检率（%）');
  merge(ws, 2, 5, 2, 7, '年检结论'); row(ws, 3, 5, ['合格', '基本合格', '不合格']);
  merge(ws, 2, 8, 3, 8, '合格率（%）'); merge(ws, 2, 9, 3, 9, '同步检查党建工作数');
  const types = ['社会团体', '　其中：行业协会商会', '民办非企业单位', '基金会'];
  const mk = (need) => { const did = need - R.int(0, Math.round(need * 0.1)); const s = R.split(did, [0.82, 0.13, 0.05]); return [need, did, ...s, R.part(did, 0.6, 0.95)]; };
  const st = mk(R.int(200, 600)); const hy = (() => { const need = R.part(st[0], 0.2, 0.35); const did = Math.min(need, st[1]) - R.int(0, 3); const q = Math.min(st[2], did - R.int(0, 4)); const rest = did - q; const bq = Math.min(st[3], rest); return [need, did, q, bq, did - q - bq, Math.min(st[5], R.part(did, 0.6, 0.95))]; })();
  const mf = mk(R.int(300, 900)); const fd = mk(R.int(8, 30));
  const all = [0, 1, 2, 3, 4, 5].map((k) => st[k] + mf[k] + fd[k]);
  const fm = [null, '0', '0', '0.0', '0', '0', '0', '0.0', '0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 1), x[2], x[3], x[4], rate(x[2], x[1], 1), x[5]], fm);
  line(4, '合计', all); bk.agg(ws, 4, 3, 'total'); bk.agg(ws, 4, 8, 'rate', 1); bk.agg(ws, 4, 9, 'total');
  [['社会团体', st], ['　其中：行业协会商会', hy], ['民办非企业单位', mf], ['基金会', fd]].forEach(([n, x], i) => line(5 + i, n, x));
  return bk;
});

// 46 monthly columns with a row-sum 合计 column on the right (主题党日 参与人次)
B.push(function b46(R) {
  const bk = new Book('46-主题党日参与人次月报.xlsx');
  const ws = bk.sheet('参与人次');
  title(ws, 1, '2025年上半年两新组织主题党日参与党员人次', 9);
  row(ws, 2, 1, ['街道（园区）', '1月', '2月', '3月', '4月', '5月', '6月', '合计', '月均']);
  const names = ['解放街道', '人民路街道', '建设街道', '胜利街道', '工业园区', '科技园区', '商贸城'];
  const d = names.map((n) => { const base = R.int(150, 900); return [n, ...[0, 1, 2, 3, 4, 5].map((m) => Math.round(base * R.frac(0.7, 1.15) * (m === 1 ? 0.6 : 1)))]; });
  const fm = [null, '0', '0', '0', '0', '0', '0', '0', '0.0'];
  const line = (r, n, v) => { const s = sum(v); row(ws, r, 1, [n, ...v, s, rnd(s / 6, 1)], fm); };
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
  line(r, '合计', T); bk.agg(ws, r, 8, 'total'); bk.agg(ws, 5, 8, 'total'); bk.agg(ws, r, 4, 'total');
  return bk;
});

// 47 share of the city total per county
B.push(function b47(R) {
  const bk = new Book('47-各县区两新党员占全市比重.xlsx');
  const ws = bk.sheet('占比');
  title(ws, 1, '各县（市、区）两新组织党员数及占全市比重', 7);
  row(ws, 2, 1, ['县（市、区）', '非公企业党员数（名）', '占全市比重（%）', '社会组织党员数（名）', '占全市比重（%）', '两新组织党员合计（名）', '占全市比重（%）']);
  const d = CITY_C.map((n) => [n, R.int(800, 7000), R.int(100, 1500)]);
  const E = sum(d.map((x) => x[1])), S = sum(d.map((x) => x[2]));
  const fm = [null, '#,##0', '0.0', '#,##0', '0.0', '#,##0', '0.0'];
  row(ws, 3, 1, ['全市', E, 100, S, 100, E + S, 100], fm); bk.agg(ws, 3, 2, 'total'); bk.agg(ws, 3, 6, 'total');
  d.forEach((x, i) => row(ws, 4 + i, 1, [x[0], x[1], rate(x[1], E, 1), x[2], rate(x[2], S, 1), x[1] + x[2], rate(x[1] + x[2], E + S, 1)], fm));
  bk.agg(ws, 5, 3, 'rate', 1);
  return bk;
});

// 48 per-thousand ratio: 每千名党员 先锋岗
B.push(function b48(R) {
  const bk = new Book('48-党员先锋岗设岗定责.xlsx');
  const ws = bk.sheet('设岗定责');
  title(ws, 1, '非公企业党员设岗定责情况', 6);
  row(ws, 2, 1, ['地区', '党员数（名）', '设岗定责党员数（名）', '设岗率（%）', '党员先锋岗数（个）', '每千名党员先锋岗数（个）']);
  const d = CITY_B.slice(0, 8).map((n) => { const p = R.int(700, 6400); const s = R.part(p, 0.4, 0.85); return [n, p, s, R.int(15, 160)]; });
  const fm = [null, '0', '0', '0.0', '0', '0.0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 1), x[2], rnd(x[2] / x[0] * 1000, 1)], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3].map((k) => sum(d.map((x) => x[k])));
  line(r, '合计', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'rate', 1); bk.agg(ws, r, 5, 'total');
  return bk;
});

// 49 two side-by-side tables, each with its own label column
B.push(function b49(R) {
  const bk = new Book('49-非公与社会组织并列表.xlsx');
  const ws = bk.sheet('并列');
  title(ws, 1, '非公企业、社会组织党组织覆盖情况（并列）', 9);
  row(ws, 2, 1, ['县区', '非公企业数', '已建党组织', '覆盖率（%）', null, '县区', '社会组织数', '已建党组织', '覆盖率（%）']);
  const names = CITY_A;
  const e = names.map(() => R.int(400, 5000)), ec = e.map((x) => Math.round(x * R.frac(0.1, 0.35)));
  const s = names.map(() => R.int(40, 420)), sc = s.map((x) => Math.round(x * R.frac(0.2, 0.7)));
  const fm = [null, '0', '0', '0.0', null, null, '0', '0', '0.0'];
  names.forEach((n, i) => row(ws, 3 + i, 1, [n, e[i], ec[i], rate(ec[i], e[i], 1), null, n, s[i], sc[i], rate(sc[i], s[i], 1)], fm));
  const r = 3 + names.length;
  row(ws, r, 1, ['合计', sum(e), sum(ec), rate(sum(ec), sum(e), 1), null, '合计', sum(s), sum(sc), rate(sum(sc), sum(s), 1)], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 8, 'total'); bk.agg(ws, r, 9, 'rate', 1);
  return bk;
});

// 50 rates stored as numbers with a literal "%" format (0.0"%")
B.push(function b50(R) {
  const bk = new Book('50-覆盖率自定义百分号格式.xlsx');
  const ws = bk.sheet('覆盖率');
  title(ws, 1, '两新组织党的工作覆盖情况', 6);
  row(ws, 2, 1, ['县区', '两新组织数', '党的工作覆盖数', '党的工作覆盖率', '党的组织覆盖数', '党的组织覆盖率']);
  const d = CITY_B.map((n) => { const t = R.int(300, 4000); const w = Math.round(t * R.frac(0.85, 1)); const o = Math.round(t * R.frac(0.2, 0.5)); return [n, t, w, o]; });
  const fm = [null, '0', '0', '0.0"%"', '0', '0.0"%"'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 1), x[2], rate(x[2], x[0], 1)], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3].map((k) => sum(d.map((x) => x[k])));
  line(r, '合计', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'rate', 1); bk.agg(ws, r, 3, 'total');
  return bk;
});

// 51 考核等次 with each category count + share (shares sum to ~100)
B.push(function b51(R) {
  const bk = new Book('51-党组织书记述职评议等次.xlsx');
  const ws = bk.sheet('评议等次');
  title(ws, 1, '非公企业党组织书记抓党建述职评议考核等次分布', 10);
  merge(ws, 2, 1, 3, 1, '县（区）'); merge(ws, 2, 2, 3, 2, '参加评议书记数');
  ['好', '较好', '一般', '差'].forEach((t, i) => { merge(ws, 2, 3 + 2 * i, 2, 4 + 2 * i, t); row(ws, 3, 3 + 2 * i, ['人数', '占比（%）']); });
  const d = CITY_C.map((n) => { const p = R.int(40, 400); return [n, p, ...R.split(p, [0.45, 0.38, 0.14, 0.03])]; });
  const fm = [null, '0', '0', '0.0', '0', '0.0', '0', '0.0', '0', '0.0'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], ...[1, 2, 3, 4].flatMap((k) => [x[k], rate(x[k], x[0], 1)])], fm);
  d.forEach((x, i) => line(4 + i, x[0], x.slice(1)));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5].map((k) => sum(d.map((x) => x[k])));
  line(r, '合计', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'rate', 1); bk.agg(ws, r, 7, 'total');
  return bk;
});

// 52 书记 专职/兼职 with overlapping 其中
B.push(function b52(R) {
  const bk = new Book('52-社会组织党组织书记配备.xlsx');
  const ws = bk.sheet('书记配备');
  title(ws, 1, '社会组织党组织书记配备情况', 8);
  row(ws, 2, 1, ['登记管理机关', '党组织数', '已配备书记数', '配备率（%）', '专职书记', '兼职书记', '其中：社会组织负责人兼任', '其中：上级党组织选派']);
  const names = ['市民政局', '城关区民政局', '新华区民政局', '桥西区民政局', '长乐县民政局', '凤台县民政局', '金沙县民政局', '南山县民政局'];
  const d = names.map((n) => { const o = R.int(12, 140); const s = o - R.int(0, 4); const zz = R.part(s, 0.05, 0.2); const jz = s - zz; return [n, o, s, rate(s, o, 1), zz, jz, R.part(jz, 0.3, 0.6), R.part(s, 0.05, 0.25)]; });
  const fm = [null, '0', '0', '0.0', '0', '0', '0', '0'];
  d.forEach((x, i) => row(ws, 3 + i, 1, x, fm));
  const r = 3 + d.length; const T = [1, 2, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], rate(T[1], T[0], 1), T[2], T[3], T[4], T[5]], fm);
  bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 4, 'rate', 1); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 53 two periods with a new district marked '—' in the earlier period
B.push(function b53(R) {
  const bk = new Book('53-覆盖情况两年对比（含新设区）.xlsx');
  const ws = bk.sheet('两年对比');
  title(ws, 1, '非公企业党组织覆盖情况（2025年与2024年对比）', 9);
  merge(ws, 2, 1, 3, 1, '县（区）');
  merge(ws, 2, 2, 2, 4, '2024年'); row(ws, 3, 2, ['企业数', '已建党组织企业数', '覆盖率（%）']);
  merge(ws, 2, 5, 2, 7, '2025年'); row(ws, 3, 5, ['企业数', '已建党组织企业数', '覆盖率（%）']);
  merge(ws, 2, 8, 3, 8, '企业数增长（%）'); merge(ws, 2, 9, 3, 9, '覆盖率增减（百分点）');
  const names = ['东湖区', '西塘区', '南岸区', '北关区', '宁远县', '清河县', '柳林县', '空港新区'];
  const fm = [null, '0', '0', '0.0', '0', '0', '0.0', '0.0', '0.0'];
  const d = names.map((n, i) => { const isNew = n === '空港新区'; const e0 = isNew ? null : R.int(800, 6000), c0 = isNew ? null : Math.round(e0 * R.frac(0.1, 0.3)); const e1 = isNew ? R.int(200, 600) : e0 + R.int(-50, 500), c1 = isNew ? Math.round(e1 * 0.08) : c0 + R.int(0, 80); return [n, e0, c0, e1, c1]; });
  const line = (r, n, x) => row(ws, r, 1, [n, x[0] ?? '—', x[1] ?? '—', x[0] ? rate(x[1], x[0], 1) : '—', x[2], x[3], rate(x[3], x[2], 1), x[0] ? rate(x[2] - x[0], x[0], 1) : '—', x[0] ? rnd(rate(x[3], x[2], 1) - rate(x[1], x[0], 1), 1) : '—'], fm);
  d.forEach((x, i) => line(4 + i, x[0], x.slice(1)));
  const r = 4 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k] || 0)));
  line(r, '全市', T); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 7, 'rate', 1); bk.agg(ws, r, 9, 'change', 1);
  ws.getCell(r + 1, 1).value = '注：空港新区2025年新设，2024年无数据；全市2024年数据为原7县区合计。';
  return bk;
});

// 54 region codes as numbers + 序号
B.push(function b54(R) {
  const bk = new Book('54-两新组织统计（含区划代码）.xlsx');
  const ws = bk.sheet('统计');
  row(ws, 1, 1, ['序号', '区划代码', '单位名称', '非公企业数', '已建党组织非公企业数', '社会组织数', '已建党组织社会组织数', '两新组织党员数', '党组织覆盖率（%）']);
  const names = [[330102, '上城区'], [330105, '拱墅区'], [330106, '西湖区'], [330108, '滨江区'], [330109, '萧山区'], [330110, '余杭区'], [330111, '富阳区'], [330112, '临安区'], [330113, '临平区'], [330114, '钱塘区'], [330122, '桐庐县'], [330127, '淳安县'], [330182, '建德市']];
  const d = names.map(([c, n]) => { const e = R.int(2000, 30000); const ec = Math.round(e * R.frac(0.05, 0.2)); const s = R.int(300, 2500); const sc = Math.round(s * R.frac(0.15, 0.5)); return [c, n, e, ec, s, sc, (ec + sc) * R.int(4, 9) + R.int(0, 99)]; });
  const fm = ['0', '0', null, '0', '0', '0', '0', '0', '0.00'];
  d.forEach((x, i) => row(ws, 2 + i, 1, [i + 1, ...x, rate(x[3] + x[5], x[2] + x[4], 2)], fm));
  const r = 2 + d.length; const T = [2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, [null, 330100, '杭州市合计', ...T, rate(T[1] + T[3], T[0] + T[2], 2)], fm);
  bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 8, 'total'); bk.agg(ws, r, 9, 'rate', 2);
  return bk;
});

// 55 tiny bases: 基金会 with 2-decimal rates, 100.00 and 33.33
B.push(function b55(R) {
  const bk = new Book('55-基金会及民非党建覆盖（小基数）.xlsx');
  const ws = bk.sheet('小基数');
  title(ws, 1, '基金会、民办非企业单位党组织覆盖情况', 7);
  row(ws, 2, 1, ['县区', '基金会数', '已建党组织基金会数', '覆盖率（%）', '民办非企业单位数', '已建党组织民非数', '覆盖率（%）']);
  const d = CITY_A.map((n) => { const f = R.int(1, 6), fc = R.int(0, f), m = R.int(3, 25), mc = R.int(0, m); return [n, f, fc, m, mc]; });
  const fm = [null, '0', '0', '0.00', '0', '0', '0.00'];
  const line = (r, n, x) => row(ws, r, 1, [n, x[0], x[1], rate(x[1], x[0], 2), x[2], x[3], rate(x[3], x[2], 2)], fm);
  d.forEach((x, i) => line(3 + i, x[0], x.slice(1)));
  const r = 3 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  line(r, '合计', T); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 4, 'rate', 2); bk.agg(ws, r, 6, 'total');
  return bk;
});

// 56 总计 on top with 市直 block (市直 rows) and districts
B.push(function b56(R) {
  const bk = new Book('56-市直和县区两新党组织统计.xlsx');
  const ws = bk.sheet('市直县区');
  title(ws, 1, '全市两新组织党组织和党员统计表', 5);
  row(ws, 2, 1, ['单位', '党组织数（个）', '党员数（名）', '覆盖两新组织数（个）', '其中：联合党组织覆盖数（个）']);
  const zhi = ['市工商联', '市民政局社会组织党委', '市商务局行业党委', '市住建局行业党委', '市高新区党工委'];
  const cty = ['城关区', '新华区', '桥西区', '长乐县', '凤台县'];
  const mk = () => { const o = R.int(15, 200); const cov = o + R.int(5, 120); return [o, o * R.int(6, 12) + R.int(0, 50), cov, R.part(cov - o, 0.6, 1)]; };
  const dz = zhi.map(mk), dc = cty.map(mk);
  const S = (a) => [0, 1, 2, 3].map((k) => sum(a.map((x) => x[k])));
  const sz = S(dz), sc = S(dc), all = [0, 1, 2, 3].map((k) => sz[k] + sc[k]);
  const fm = [null, '0', '#,##0', '0', '0'];
  let r = 3; row(ws, r, 1, ['总计', ...all], fm); bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 4, 'total'); r++;
  row(ws, r, 1, ['市直小计', ...sz], fm); bk.agg(ws, r, 2, 'subtotal'); r++;
  dz.forEach((x, i) => { row(ws, r, 1, ['　' + zhi[i], ...x], fm); r++; });
  row(ws, r, 1, ['县区小计', ...sc], fm); r++;
  dc.forEach((x, i) => { row(ws, r, 1, ['　' + cty[i], ...x], fm); r++; });
  return bk;
});

// 57 variant of 24 with 其中 columns next to their wholes (natural layout)
B.push(function b57(R) {
  const bk = new Book('57-党组织增减变动（其中紧随）.xlsx');
  const ws = bk.sheet('增减变动');
  title(ws, 1, '2025年上半年两新组织党组织增减变动情况', 8);
  row(ws, 2, 1, ['地区', '年初党组织数', '新建', '其中：联合党组织', '撤销', '其中：因企业注销', '年末党组织数', '净增减']);
  const d = CITY_B.map((n) => { const s = R.int(80, 600); const a = R.int(3, 40), b = R.int(0, 25); return [n, s, a, R.int(0, a), b, R.int(0, b), s + a - b, a - b]; });
  d.forEach((x, i) => row(ws, 3 + i, 1, x, '0'));
  const r = 3 + d.length; const T = [1, 2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T], '0');
  bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 7, 'total'); bk.agg(ws, r, 8, 'change');
  return bk;
});

// 58 variant of 05: 其中 after a grouped 按级别分 breakdown only
B.push(function b58(R) {
  const bk = new Book('58-党群服务中心按级别统计.xlsx');
  const ws = bk.sheet('党群服务中心');
  title(ws, 1, '两新组织党群服务中心（站）建设情况', 7);
  merge(ws, 2, 1, 3, 1, '县（市、区）'); merge(ws, 2, 2, 3, 2, '党群服务中心（站）总数（个）');
  merge(ws, 2, 3, 2, 5, '按建设层级分'); row(ws, 3, 3, ['园区级', '楼宇级', '企业（社会组织）级']);
  merge(ws, 2, 6, 3, 6, '其中：2025年新建（个）'); merge(ws, 2, 7, 3, 7, '服务党员人次');
  const d = CITY_C.map((n) => { const a = R.int(1, 5), b = R.int(2, 12), c = R.int(10, 60); const t = a + b + c; return [n, t, a, b, c, R.part(t, 0.1, 0.35), t * R.int(80, 300)]; });
  d.forEach((x, i) => row(ws, 4 + i, 1, x, '0'));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', ...T], '0');
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 7, 'total');
  return bk;
});

module.exports = B;
