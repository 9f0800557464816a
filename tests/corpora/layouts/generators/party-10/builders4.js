'use strict';
const { rnd, rate, sum, Book, put, row, title, merge, widths, addr, CITY_A, CITY_B, CITY_C, TOWNS } = require('./lib');
const B = [];
class Csv { constructor(file) { this.file = file; this.rows = []; this.aggs = []; this.csv = true; } push(a) { this.rows.push(a); return this.rows.length; } agg(r, c, kind, dec) { this.aggs.push({ sheet: null, cell: addr(r, c), kind, dec: dec || 0 }); } }

// 30 CSV: 党员教育培训 by 乡镇 (system export)
B.push(function b30(R) {
  const cv = new Csv('30-党员教育培训乡镇汇总.csv');
  cv.push(['乡镇（街道）', '党组织数', '党员数', '培训期数', '参训人次', '其中：线上参训人次', '其中：集中轮训人次', '参训率（%）', '应参训党员数', '实际参训党员数']);
  const names = TOWNS.slice(0, 12);
  const d = names.map((n) => { const o = R.int(4, 40); const p = o * R.int(5, 12) + R.int(0, 20); const k = R.int(3, 30); const t = Math.round(p * R.frac(1.2, 3)); const need = p - R.int(0, 15); const did = need - R.int(0, Math.round(need * 0.1)); return [n, o, p, k, t, R.part(t, 0.2, 0.5), R.part(t, 0.1, 0.3), need, did]; });
  d.forEach((x) => cv.push([x[0], x[1], x[2], x[3], x[4], x[5], x[6], rate(x[8], x[7], 1).toFixed(1), x[7], x[8]]));
  const T = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => sum(d.map((x) => x[k])));
  const r = cv.push(['合计', T[0], T[1], T[2], T[3], T[4], T[5], rate(T[7], T[6], 1).toFixed(1), T[6], T[7]]);
  cv.agg(r, 3, 'total'); cv.agg(r, 5, 'total'); cv.agg(r, 8, 'rate', 1); cv.agg(r, 10, 'total');
  return cv;
});

// 31 CSV: 星级 with codes (system export, GBK-free UTF-8)
B.push(function b31(R) {
  const cv = new Csv('31-星级评定系统导出.csv');
  cv.push(['行政区划代码', '单位名称', '参评党组织数', '五星', '四星', '三星', '二星', '一星', '五星占比(%)']);
  const names = [['441302', '惠城区'], ['441303', '惠阳区'], ['441322', '博罗县'], ['441323', '惠东县'], ['441324', '龙门县'], ['441371', '大亚湾开发区'], ['441372', '仲恺高新区']];
  const d = names.map(([c, n]) => { const p = R.int(30, 400); const s = R.split(p, [0.1, 0.25, 0.4, 0.17, 0.08]); return [c, n, p, ...s]; });
  d.forEach((x) => cv.push([...x, rate(x[3], x[2], 2).toFixed(2)]));
  const T = [2, 3, 4, 5, 6, 7].map((k) => sum(d.map((x) => x[k])));
  const r = cv.push(['441300', '惠州市合计', ...T, rate(T[1], T[0], 2).toFixed(2)]);
  cv.agg(r, 3, 'total'); cv.agg(r, 6, 'total'); cv.agg(r, 9, 'rate', 2);
  return cv;
});

// 32 社会组织 by 层级 with type blocks + 合计 block
B.push(function b32(R) {
  const bk = new Book('32-社会组织按登记层级分类型覆盖.xlsx');
  const ws = bk.sheet('按层级');
  title(ws, 1, '全市社会组织党组织覆盖情况（按登记层级、类型）', 13);
  merge(ws, 2, 1, 3, 1, '登记层级');
  const blocks = ['合计', '社会团体', '民办非企业单位', '基金会'];
  blocks.forEach((t, i) => { merge(ws, 2, 2 + 3 * i, 2, 4 + 3 * i, t); row(ws, 3, 2 + 3 * i, ['组织数', '已建党组织', '覆盖率（%）']); });
  const lv = [['市级', 0], ['县（市、区）级', 1], ['　东湖区', 2], ['　西塘区', 2], ['　南岸区', 2], ['　宁远县', 2], ['　清河县', 2]];
  const fm = [null]; blocks.forEach(() => fm.push('0', '0', '0.0'));
  const gen = (big) => { const a = R.int(big ? 120 : 30, big ? 400 : 150), b = R.int(big ? 100 : 20, big ? 300 : 160), c = R.int(big ? 6 : 0, big ? 25 : 3); return [[a, Math.round(a * R.frac(0.2, 0.6))], [b, Math.round(b * R.frac(0.15, 0.5))], [c, c ? R.int(0, c) : 0]]; };
  const cty = lv.filter((x) => x[1] === 2).map(() => gen(false));
  const city = gen(true);
  const cnt = [0, 1, 2].map((t) => [sum(cty.map((x) => x[t][0])), sum(cty.map((x) => x[t][1]))]);
  const all = [0, 1, 2].map((t) => [city[t][0] + cnt[t][0], city[t][1] + cnt[t][1]]);
  const line = (r, n, v) => { const t = [sum(v.map((x) => x[0])), sum(v.map((x) => x[1]))]; const vals = [n]; [t, ...v].forEach(([a, b]) => vals.push(a, b, a ? rate(b, a, 1) : '—')); row(ws, r, 1, vals, fm); };
  let r = 4; line(r, '全市', all); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 7, 'rate', 1); r++;
  line(r, '市级', city); r++;
  line(r, '县（市、区）级', cnt); bk.agg(ws, r, 6, 'subtotal'); r++;
  cty.forEach((v, i) => { line(r, lv[2 + i][0], v); r++; });
  return bk;
});

// 33 园区楼宇 ledger with 是/否 and 合计
B.push(function b33(R) {
  const bk = new Book('33-园区楼宇党建台账.xlsx');
  const ws = bk.sheet('园区楼宇');
  title(ws, 1, '产业园区、商务楼宇党建工作情况登记表', 9);
  row(ws, 2, 1, ['序号', '园区（楼宇）名称', '类型', '入驻企业数（户）', '已建立党组织企业数（户）', '覆盖率（%）', '党员数（名）', '是否建立党群服务中心', '服务中心面积（平方米）']);
  const names = [['临江高新技术产业园', '园区'], ['江城电子商务产业园', '园区'], ['滨湖科创园', '园区'], ['青山工业集中区', '园区'], ['万达广场写字楼', '楼宇'], ['国贸中心', '楼宇'], ['金融大厦', '楼宇'], ['江北总部经济大楼', '楼宇'], ['华润大厦', '楼宇'], ['石桥经济开发区', '园区'], ['云岭物流园', '园区'], ['安平创业孵化基地', '园区']];
  const fm = [null, null, null, '0', '0', '0.0', '0', null, '0'];
  const d = names.map(([n, t]) => { const e = t === '园区' ? R.int(40, 420) : R.int(25, 140); const c = Math.round(e * R.frac(0.1, 0.45)); const p = c * R.int(3, 9) + R.int(0, 30); const has = R.f() < 0.7; return [n, t, e, c, p, has ? '是' : '否', has ? R.int(80, 600) : null]; });
  d.forEach((x, i) => row(ws, 3 + i, 1, [i + 1, x[0], x[1], x[2], x[3], rate(x[3], x[2], 1), x[4], x[5], x[6]], fm));
  const r = 3 + d.length; const T = [2, 3, 4, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['', '合计', '', T[0], T[1], rate(T[1], T[0], 1), T[2], d.filter((x) => x[5] === '是').length + '个', T[3]], fm);
  bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 6, 'rate', 1); bk.agg(ws, r, 9, 'total');
  return bk;
});

// 34 营业收入 bands with 其中 row
B.push(function b34(R) {
  const bk = new Book('34-非公企业按营业收入分组.xlsx');
  const ws = bk.sheet('按营收分组');
  title(ws, 1, '非公有制企业党建情况（按年营业收入分组）', 6);
  ws.getCell(2, 1).value = '填报单位：柳林县委组织部';
  row(ws, 3, 1, ['分组', '企业数（户）', '有党员的企业数（户）', '党员数（名）', '已建立党组织企业数（户）', '党组织覆盖率（%）']);
  const bands = ['1亿元及以上', '5000万元—1亿元', '2000万元—5000万元', '500万元—2000万元', '500万元以下'];
  const e = [R.int(10, 40), R.int(20, 70), R.int(60, 180), R.int(200, 700), R.int(1500, 5200)];
  const d = bands.map((b, i) => { const m = Math.round(e[i] * [0.9, 0.7, 0.5, 0.3, 0.08][i] * R.frac(0.8, 1.1)); const c = Math.round(m * R.frac(0.5, 0.9)); return [b, e[i], Math.min(m, e[i]), Math.min(m, e[i]) * R.int(3, 8) + R.int(0, 20), Math.min(c, e[i])]; });
  const fm = [null, '#,##0', '#,##0', '#,##0', '#,##0', '0.0'];
  const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  const big = [1, 2, 3, 4].map((k) => sum(d.slice(0, 3).map((x) => x[k])));
  row(ws, 4, 1, ['合计', ...T, rate(T[3], T[0], 1)], fm); bk.agg(ws, 4, 2, 'total'); bk.agg(ws, 4, 4, 'total'); bk.agg(ws, 4, 6, 'rate', 1);
  row(ws, 5, 1, ['其中：规模以上企业', ...big, rate(big[3], big[0], 1)], fm); bk.agg(ws, 5, 5, 'subtotal');
  row(ws, 6, 1, ['按营业收入分：', null, null, null, null, null]);
  d.forEach((x, i) => row(ws, 7 + i, 1, ['　' + x[0], ...x.slice(1), rate(x[4], x[1], 1)], fm));
  ws.getCell(13, 1).value = '注：规模以上企业指年营业收入2000万元及以上的企业。';
  return bk;
});

// 35 未建原因 breakdown
B.push(function b35(R) {
  const bk = new Book('35-未建党组织原因分析.xlsx');
  const ws = bk.sheet('未建原因');
  title(ws, 1, '规上非公企业未建立党组织原因统计', 8);
  merge(ws, 2, 1, 3, 1, '县（区）'); merge(ws, 2, 2, 3, 2, '规上企业数'); merge(ws, 2, 3, 3, 3, '已建立党组织企业数'); merge(ws, 2, 4, 3, 4, '未建立党组织企业数');
  merge(ws, 2, 5, 2, 8, '未建原因（户）'); row(ws, 3, 5, ['无党员', '党员不足3名', '党员组织关系未转入', '其他']);
  merge(ws, 2, 9, 3, 9, '计划年内组建数');
  const d = CITY_A.map((n) => { const e = R.int(60, 420); const c = Math.round(e * R.frac(0.35, 0.7)); const u = e - c; const s = R.split(u, [0.45, 0.3, 0.15, 0.1]); return [n, e, c, u, ...s, R.part(u, 0.1, 0.4)]; });
  d.forEach((x, i) => row(ws, 4 + i, 1, x, '0'));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T], '0');
  bk.agg(ws, r, 4, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 9, 'total');
  return bk;
});

// 36 指导站 with 排名
B.push(function b36(R) {
  const bk = new Book('36-党建指导站工作情况及排名.xlsx');
  const ws = bk.sheet('指导站');
  title(ws, 1, '非公企业党建工作指导站运行情况及覆盖率排名', 7);
  row(ws, 2, 1, ['县（市、区）', '指导站数（个）', '专职指导员（名）', '非公企业数（户）', '指导站联系企业数（户）', '联系覆盖率（%）', '覆盖率排名']);
  const d = CITY_B.map((n) => { const s = R.int(2, 12); const g = s * R.int(1, 3) + R.int(0, 3); const e = R.int(800, 6000); const c = Math.round(e * R.frac(0.3, 0.8)); return [n, s, g, e, c, rate(c, e, 1)]; });
  const rk = d.map((x) => x[5]).slice().sort((a, b) => b - a);
  d.forEach((x, i) => row(ws, 3 + i, 1, [...x, rk.indexOf(x[5]) + 1], [null, '0', '0', '0', '0', '0.0', '0']));
  const r = 3 + d.length; const T = [1, 2, 3, 4].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['全市', ...T, rate(T[3], T[2], 1), '—'], [null, '0', '0', '0', '0', '0.0', null]);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 6, 'rate', 1);
  return bk;
});

// 37 two stacked tables 表1/表2
B.push(function b37(R) {
  const bk = new Book('37-两新组织党建统计（两表）.xlsx');
  const ws = bk.sheet('统计表');
  const names = ['城关区', '新华区', '桥西区', '长乐县', '凤台县', '金沙县'];
  let r = 1;
  ws.getCell(r, 1).value = '表1  非公有制企业党建情况'; ws.getCell(r, 1).font = { bold: true }; r++;
  row(ws, r, 1, ['地区', '企业数', '从业人员数', '党员数', '已建立党组织企业数', '覆盖率（%）']); r++;
  const d1 = names.map((n) => { const e = R.int(800, 6000); const w = e * R.int(8, 25); const p = Math.round(w * R.frac(0.008, 0.02)); const c = Math.round(e * R.frac(0.1, 0.3)); return [n, e, w, p, c]; });
  const f1 = [null, '0', '#,##0', '0', '0', '0.0'];
  d1.forEach((x) => { row(ws, r, 1, [...x, rate(x[4], x[1], 1)], f1); r++; });
  let T = [1, 2, 3, 4].map((k) => sum(d1.map((x) => x[k])));
  row(ws, r, 1, ['合计', ...T, rate(T[3], T[0], 1)], f1); bk.agg(ws, r, 3, 'total'); bk.agg(ws, r, 6, 'rate', 1); r++;
  r += 2;
  ws.getCell(r, 1).value = '表2  社会组织党建情况'; ws.getCell(r, 1).font = { bold: true }; r++;
  row(ws, r, 1, ['地区', '社会组织数', '专职工作人员数', '党员数', '已建立党组织数', '覆盖率（%）', '选派党建指导员数']); r++;
  const d2 = names.map((n) => { const s = R.int(50, 400); const w = s * R.int(3, 12); const p = Math.round(w * R.frac(0.03, 0.1)); const c = Math.round(s * R.frac(0.2, 0.6)); return [n, s, w, p, c, R.int(3, 40)]; });
  const f2 = [null, '0', '#,##0', '0', '0', '0.0', '0'];
  d2.forEach((x) => { row(ws, r, 1, [x[0], x[1], x[2], x[3], x[4], rate(x[4], x[1], 1), x[5]], f2); r++; });
  T = [1, 2, 3, 4, 5].map((k) => sum(d2.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], T[2], T[3], rate(T[3], T[0], 1), T[4]], f2); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 7, 'total');
  return bk;
});

// 38 社会组织 行业类别 × 组织形式
B.push(function b38(R) {
  const bk = new Book('38-社会组织按行业类别组织形式.xlsx');
  const ws = bk.sheet('行业类别');
  title(ws, 1, '社会组织党组织组建形式统计（按行业类别）', 7);
  ws.getCell(2, 1).value = '填报单位：南岸区社会组织党委'; ws.getCell(2, 7).value = '单位：个、%';
  row(ws, 3, 1, ['行业类别', '社会组织数', '单独建立党组织', '联合建立党组织覆盖', '未建立党组织', '覆盖率（%）', '党组织数']);
  const cats = ['行业协会商会', '科技类', '公益慈善类', '城乡社区服务类', '教育类', '卫生健康类', '文化体育类', '其他'];
  const d = cats.map((n) => { const s = R.int(15, 160); const a = Math.round(s * R.frac(0.05, 0.3)); const b = Math.round((s - a) * R.frac(0.1, 0.4)); const orgs = a + Math.max(1, Math.round(b / R.int(2, 5))); return [n, s, a, b, s - a - b, rate(a + b, s, 1), orgs]; });
  const fm = [null, '0', '0', '0', '0', '0.0', '0'];
  d.forEach((x, i) => row(ws, 4 + i, 1, x, fm));
  const r = 4 + d.length; const T = [1, 2, 3, 4, 6].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], T[2], T[3], rate(T[1] + T[2], T[0], 1), T[4]], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 5, 'total'); bk.agg(ws, r, 6, 'rate', 1);
  return bk;
});

// 39 党员组织关系转接 with negative net
B.push(function b39(R) {
  const bk = new Book('39-两新党员组织关系转接.xlsx');
  const ws = bk.sheet('转接');
  title(ws, 1, '两新组织党员组织关系转接情况统计表', 10);
  merge(ws, 2, 1, 3, 1, '地区');
  merge(ws, 2, 2, 2, 5, '转入（名）'); row(ws, 3, 2, ['小计', '省外转入', '省内市外转入', '市内转入']);
  merge(ws, 2, 6, 2, 9, '转出（名）'); row(ws, 3, 6, ['小计', '转往省外', '转往省内市外', '市内转出']);
  merge(ws, 2, 10, 3, 10, '净转入（名）');
  const d = CITY_C.map((n) => { const i = [R.int(0, 30), R.int(5, 60), R.int(10, 120)]; const o = [R.int(0, 40), R.int(5, 60), R.int(10, 110)]; return [n, i, o]; });
  const line = (r, n, i, o) => row(ws, r, 1, [n, sum(i), ...i, sum(o), ...o, sum(i) - sum(o)], '0');
  d.forEach((x, k) => line(4 + k, x[0], x[1], x[2]));
  const r = 4 + d.length; const I = [0, 1, 2].map((k) => sum(d.map((x) => x[1][k]))), O = [0, 1, 2].map((k) => sum(d.map((x) => x[2][k])));
  line(r, '全市', I, O); bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 8, 'total'); bk.agg(ws, r, 10, 'change');
  return bk;
});

// 40 rates only by year with 提高
B.push(function b40(R) {
  const bk = new Book('40-覆盖率逐年变化（仅比率）.xlsx');
  const ws = bk.sheet('逐年覆盖率');
  title(ws, 1, '2021—2025年各县区社会组织党组织覆盖率', 8);
  ws.getCell(2, 8).value = '单位：%';
  row(ws, 3, 1, ['县区', '2021年', '2022年', '2023年', '2024年', '2025年', '2025年比2024年提高（百分点）', '2025年比2021年提高（百分点）']);
  const fm = [null, '0.0', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0'];
  const names = ['全市', ...CITY_A];
  const d = names.map((n) => { let v = R.frac(30, 55); const ys = []; for (let i = 0; i < 5; i++) { ys.push(rnd(v, 1)); v += R.frac(0.5, 6); } return [n, ys]; });
  d.forEach(([n, ys], i) => row(ws, 4 + i, 1, [n, ...ys, rnd(ys[4] - ys[3], 1), rnd(ys[4] - ys[0], 1)], fm));
  bk.agg(ws, 4, 7, 'change', 1); bk.agg(ws, 6, 8, 'change', 1); bk.agg(ws, 5, 7, 'change', 1);
  ws.getCell(5 + names.length, 1).value = '注：全市覆盖率按全市社会组织总数计算，非各县区平均数。';
  return bk;
});

// 41 发展党员计划 quarterly cumulative with 完成率
B.push(function b41(R) {
  const bk = new Book('41-发展党员计划完成进度.xlsx');
  const ws = bk.sheet('完成进度');
  title(ws, 1, '2025年两新组织发展党员计划完成进度', 8);
  row(ws, 2, 1, ['县（市、区）', '年度计划数', '一季度', '二季度', '三季度', '累计完成', '完成率（%）', '其中：一线职工']);
  const d = CITY_B.map((n) => { const p = R.int(20, 160); const q = [R.int(0, Math.round(p * 0.2)), R.int(Math.round(p * 0.1), Math.round(p * 0.35)), R.int(Math.round(p * 0.15), Math.round(p * 0.4))]; const s = sum(q); return [n, p, ...q, s, rate(s, p, 1), R.part(s, 0.4, 0.8)]; });
  const fm = [null, '0', '0', '0', '0', '0', '0.0', '0'];
  d.forEach((x, i) => row(ws, 3 + i, 1, x, fm));
  const r = 3 + d.length; const T = [1, 2, 3, 4, 5, 7].map((k) => sum(d.map((x) => x[k])));
  row(ws, r, 1, ['合计', T[0], T[1], T[2], T[3], T[4], rate(T[4], T[0], 1), T[5]], fm);
  bk.agg(ws, r, 2, 'total'); bk.agg(ws, r, 6, 'total'); bk.agg(ws, r, 7, 'rate', 1);
  return bk;
});

module.exports = B;
