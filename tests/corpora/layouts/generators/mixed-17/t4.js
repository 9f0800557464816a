const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const towns = ['城关镇', '东关街道', '西关街道', '南湖镇', '北山乡', '河口镇', '青石镇', '柳林乡'];
const depts = ['民政局', '教育局', '卫生健康委', '文化和旅游局', '科技局', '工商联', '科协', '体育局', '人力资源和社会保障局', '农业农村局'];

// social orgs by 业务主管单位
book('s01_社会组织_按业务主管单位.xlsx', wb => {
  const ws = wb.addWorksheet('按主管单位');
  const v = depts.map(n => { const a = ri(2, 60), b = ri(1, 80), c = ri(0, 5); const tot = a + b + c; const p = ri(0, tot); return [n, a, b, c, p]; });
  const S = [1, 2, 3, 4].map(i => sum(v.map(x => x[i])));
  const L = (n, a, b, c, p) => [n, a + b + c, a, b, c, p, pct(p, a + b + c)];
  const t = table(ws, { title: '全县社会组织按业务主管单位分布及党组织覆盖情况', head: [['业务主管单位', '社会组织总数（个）', '社会团体', '社会服务机构', '基金会', '已建立党组织的社会组织数（个）', '党组织覆盖率（%）']], rows: [L('合计', ...S), ...v.map(x => L(...x))], notes: ['注：直接登记的行业协会商会按行业管理部门统计。'] });
  return mk('按主管单位', t.r0, 2, 'count');
});

// annual inspection with 合格率
book('s02_社会组织_年度检查.xlsx', wb => {
  const ws = wb.addWorksheet('年检');
  const ty = [['社会团体', ['　市级', '　县级']], ['民办非企业单位', ['　市级', '　县级']], ['基金会', ['　市级']]];
  const rows = []; const all = [];
  for (const [n, lv] of ty) { const v = lv.map(l => { const q = ri(5, 200), b = ri(0, 20), nq = ri(0, 8); return [l, q, b, nq]; }); all.push(...v); const s = [1, 2, 3].map(i => sum(v.map(x => x[i]))); rows.push([n, s[0] + s[1] + s[2], ...s, pct(s[0], s[0] + s[1] + s[2])]); v.forEach(x => rows.push([x[0], x[1] + x[2] + x[3], x[1], x[2], x[3], pct(x[1], x[1] + x[2] + x[3])])); }
  const s = [1, 2, 3].map(i => sum(all.map(x => x[i])));
  rows.unshift(['总计', sum(s), ...s, pct(s[0], sum(s))]);
  const t = table(ws, { title: '2025年度社会组织年度检查结果', unit: '单位：个', head: [['类型', '参检数', '合格', '基本合格', '不合格', '合格率（%）']], rows });
  return mk('年检', t.r0, 2, 'count');
});

// party members age x education cross table
book('d01_党员_年龄学历交叉.xlsx', wb => {
  const ws = wb.addWorksheet('年龄×学历');
  const ages = ['30岁及以下', '31-35岁', '36-40岁', '41-45岁', '46-50岁', '51-55岁', '56-60岁', '61岁及以上'];
  const eds = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'];
  const m = ages.map((a, i) => eds.map((e, j) => ri(0, 60) + (j < 3 && i < 4 ? ri(20, 120) : 0) + (j > 3 && i > 4 ? ri(20, 150) : 0)));
  const rows = [['总计', sum(m.map(r => sum(r))), ...eds.map((_, j) => sum(m.map(r => r[j])))], ...ages.map((a, i) => [a, sum(m[i]), ...m[i]])];
  const t = table(ws, { title: '非公有制企业党员按年龄和学历分组', unit: '单位：名', head: [['年龄', '合计', ...eds]], rows });
  return mk('年龄×学历', t.r0 + 3, 2, 'count');
});

// 民族
book('d02_党员_民族.xlsx', wb => {
  const ws = wb.addWorksheet('民族');
  const mins = ['蒙古族', '回族', '满族', '朝鲜族', '其他民族'];
  const units = ['市直', '甲区', '乙区', '丙县', '丁县'];
  const v = units.map(u => { const h = ri(800, 4000); const m = mins.map(() => ri(0, 120)); return [u, h, m]; });
  const L = (n, h, m) => [n, h + sum(m), h, sum(m), ...m, pct(sum(m), h + sum(m), 2)];
  const H = sum(v.map(x => x[1])), M = mins.map((_, j) => sum(v.map(x => x[2][j])));
  const t = table(ws, { title: '两新组织党员民族构成', head: [['单位', '党员总数', '汉族', '少数民族', '', '', '', '', '', '少数民族党员占比（%）'], ['', '', '', '小计', ...mins, '']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 9], [0, 10, 1, 10]], rows: [L('合计', H, M), ...v.map(x => L(...x))] });
  return mk('民族', t.r0, 4, 'count');
});

// develop quarterly with 本年累计, 上年同期, 增减
book('d03_发展党员_季度.xlsx', wb => {
  const ws = wb.addWorksheet('发展党员');
  const v = towns.map(n => { const q = [ri(0, 6), ri(0, 8), ri(0, 5), ri(0, 9)]; const ly = ri(2, 25); return [n, q, ly]; });
  const L = (n, q, ly) => [n, ...q, sum(q), ly, sum(q) - ly];
  const Q = [0, 1, 2, 3].map(j => sum(v.map(x => x[1][j]))), LY = sum(v.map(x => x[2]));
  const t = table(ws, { title: '2025年两新组织发展党员情况（分季度）', unit: '单位：名', head: [['乡镇（街道）', '第一季度', '第二季度', '第三季度', '第四季度', '本年累计', '上年同期', '增减（±）']], rows: [L('全县', Q, LY), ...v.map(x => L(...x))] });
  return mk('发展党员', t.r0, 6, 'count');
});

// dues
book('d04_党费_收缴情况.xlsx', wb => {
  const ws = wb.addWorksheet('党费收缴');
  const v = towns.map(n => { const mem = ri(30, 400), paid = mem - ri(0, 12); const due = R(mem * rf(8, 40), 2); const act = R(due * paid / mem * rf(0.98, 1), 2); return [n, mem, paid, due, act]; });
  const L = (n, mem, paid, due, act) => [n, mem, paid, pct(paid, mem), F(due, 2), F(act, 2), pct(act, due, 2)];
  const S = [1, 2].map(i => sum(v.map(x => x[i]))), D = R(sum(v.map(x => x[3])), 2), A = R(sum(v.map(x => x[4])), 2);
  const t = table(ws, { title: '2025年上半年非公企业党组织党费收缴情况', head: [['单位', '党员人数（名）', '已交纳人数（名）', '交纳率（%）', '应交党费（元）', '实交党费（元）', '完成率（%）']], rows: [L('合计', S[0], S[1], D, A), ...v.map(x => L(...x))] });
  return mk('党费收缴', t.r0, 6, 'pct', 2);
});

// secretary training
book('d05_书记培训_参训率.xlsx', wb => {
  const ws = wb.addWorksheet('书记培训');
  const v = towns.map(n => { const s = ri(10, 90), a = ri(Math.floor(s * 0.7), s), c1 = ri(0, Math.floor(a / 3)), c2 = a - c1; return [n, s, a, c1, c2]; });
  const S = [1, 2, 3, 4].map(i => sum(v.map(x => x[i])));
  const L = (n, s, a, c1, c2) => [n, s, a, pct(a, s), c1, c2];
  const t = table(ws, { title: '两新组织党组织书记培训情况', head: [['乡镇（街道）', '党组织书记数（名）', '参训人数（名）', '参训率（%）', '其中：市级调训', '县级轮训']], rows: [L('合计', ...S), ...v.map(x => L(...x))] });
  return mk('书记培训', t.r0, 3, 'count');
});

// merged vertical 类别 over 3 rows each with 小计
book('d06_党组织_类别合并单元格.xlsx', wb => {
  const ws = wb.addWorksheet('党组织情况');
  const cats = [['非公有制企业', ['规模以上企业', '规模以下企业']], ['社会组织', ['社会团体', '社会服务机构']], ['新兴领域', ['快递物流', '网络平台']]];
  const rows = []; const all = [];
  for (const [c, ks] of cats) { const v = ks.map(k => { const n = ri(20, 400), o = ri(0, Math.floor(n / 3)), j = ri(0, Math.floor((n - o) / 2)); return [k, n, o, j]; }); all.push(...v); const s = [1, 2, 3].map(i => sum(v.map(x => x[i]))); rows.push([c, '小计', ...s, s[1] + s[2], pct(s[1] + s[2], s[0])]); v.forEach(x => rows.push([c, x[0], x[1], x[2], x[3], x[2] + x[3], pct(x[2] + x[3], x[1])])); }
  const s = [1, 2, 3].map(i => sum(all.map(x => x[i])));
  rows.unshift(['总计', '', ...s, s[1] + s[2], pct(s[1] + s[2], s[0])]);
  const t = table(ws, { title: '两新组织党组织覆盖情况', head: [['类别', '项目', '组织数（个）', '单独建立党组织覆盖数（个）', '联合建立党组织覆盖数（个）', '覆盖总数（个）', '覆盖率（%）']], rows });
  ws.mergeCells(t.r0, 1, t.r0, 2);
  for (let k = 0; k < 3; k++) { const a = t.r0 + 1 + k * 3; ws.mergeCells(a, 1, a + 2, 1); }
  return mk('党组织情况', t.r0 + 1, 3, 'count');
});

// 合计 top with 其中 rows right under before members
book('d07_党员_合计下其中行.xlsx', wb => {
  const ws = wb.addWorksheet('党员数');
  const v = towns.map(n => { const m = ri(40, 500), w = ri(5, Math.floor(m / 2)), y = ri(3, Math.floor(m / 3)); return [n, m, w, y]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const ent = [ri(Math.floor(S[0] * 0.5), Math.floor(S[0] * 0.7))]; const so = S[0] - ent[0];
  const rows = [['合计', S[0], S[1], S[2], pct(S[1], S[0])], ['其中：非公有制企业', ent[0], null, null, null], ['　　　社会组织', so, null, null, null], ...v.map(x => [x[0], x[1], x[2], x[3], pct(x[2], x[1])])];
  const t = table(ws, { title: '各乡镇（街道）两新组织党员情况', head: [['单位', '党员数（名）', '女党员（名）', '35岁及以下（名）', '女党员占比（%）']], rows });
  return mk('党员数', t.r0, 2, 'count');
});

// text numbers with units
book('d08_文本带单位.xlsx', wb => {
  const ws = wb.addWorksheet('统计表');
  const v = towns.slice(0, 6).map(n => { const e = ri(10, 120), o = ri(1, 20), m = ri(10, 300); return [n, e, o, m]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, e, o, m) => [n, e + '个', o + '个', m + '人'];
  const t = table(ws, { title: '非公企业党建工作基本情况统计', head: [['乡镇', '非公企业数', '党组织数', '党员数']], rows: [L('合计', ...S), ...v.map(x => L(...x))] });
  return mk('统计表', t.r0, 2, 'count');
});

// multi-sheet workbook
book('d09_多表册_目录说明附表.xlsx', wb => {
  const w0 = wb.addWorksheet('目录');
  ['2025年度两新组织党建统计表册', '', '表1 非公有制企业党组织建设情况', '表2 社会组织党组织建设情况', '附表 党建指导员选派情况'].forEach((s, i) => put(w0, i + 1, 1, s));
  const w1 = wb.addWorksheet('说明');
  ['填报说明：', '1. 本表统计截止时间为2025年12月31日。', '2. 覆盖率=（单独建立+联合建立）/ 企业数×100%。', '3. 数据由县（市、区）委组织部汇总上报。'].forEach((s, i) => put(w1, i + 1, 1, s));
  const cs = ['甲县', '乙县', '丙区', '丁区', '戊市'];
  const mkT = (ws, title, what) => { const v = cs.map(n => { const e = ri(100, 900), o = ri(10, Math.floor(e / 4)), j = ri(10, Math.floor(e / 3)); return [n, e, o, j]; }); const S = [1, 2, 3].map(i => sum(v.map(x => x[i]))); const L = (n, e, o, j) => [n, e, o, j, pct(o + j, e)]; return table(ws, { title, head: [['地区', what, '单独建立党组织覆盖数', '联合建立党组织覆盖数', '覆盖率（%）']], rows: [L('全市', ...S), ...v.map(x => L(...x))], notes: ['填表人：　　　审核人：　　　填报日期：'] }); };
  const ws2 = wb.addWorksheet('表1'); const t = mkT(ws2, '表1 非公有制企业党组织建设情况', '企业数');
  mkT(wb.addWorksheet('表2'), '表2 社会组织党组织建设情况', '社会组织数');
  const w4 = wb.addWorksheet('附表');
  const v = cs.map(n => { const a = ri(5, 60), b = ri(0, Math.min(a, 20)); return [n, a, b]; }); const S = [1, 2].map(i => sum(v.map(x => x[i])));
  table(w4, { title: '附表 党建指导员选派情况', unit: '单位：名', head: [['地区', '党建指导员', '其中：退休干部']], rows: [['全市', ...S], ...v] });
  return mk('表1', t.r0, 3, 'count');
});

// footnote markers ①②③
book('d10_脚注标记.xlsx', wb => {
  const ws = wb.addWorksheet('表2-3');
  const rows0 = [['规模以上非公企业①', 0], ['　其中：上市企业②', 0], ['规模以下非公企业', 0], ['个体工商户③', 0]];
  const cs = ['一区', '二区', '三区', '四区'];
  const v = cs.map(() => { const a = ri(50, 300), l = ri(1, 10), b = ri(300, 900), g = ri(1000, 5000); return [a, l, b, g]; });
  const colTot = [0, 1, 2, 3].map(i => sum(v.map(x => x[i])));
  const rows = rows0.map(([n], i) => [n, colTot[i], ...v.map(x => x[i])]);
  rows.unshift(['合计', colTot[0] + colTot[2] + colTot[3], ...v.map(x => x[0] + x[2] + x[3])]);
  const t = table(ws, { title: '各区非公经济组织数量', unit: '单位：户', head: [['类型', '全市', ...cs]], rows, notes: ['注：①年主营业务收入2000万元及以上的工业企业；', '　　②含境内外上市企业，包含在规模以上企业中；', '　　③指登记在册的个体工商户。'] });
  return mk('表2-3', t.r0, 2, 'count');
});

// empty columns between column groups
book('d11_空列分组.xlsx', wb => {
  const ws = wb.addWorksheet('覆盖情况');
  const v = towns.map(n => { const e = ri(30, 300), ec = ri(5, e), s = ri(5, 60), sc = ri(0, s); return [n, e, ec, s, sc]; });
  const S = [1, 2, 3, 4].map(i => sum(v.map(x => x[i])));
  const L = (n, e, ec, s, sc) => [n, e, ec, pct(ec, e), null, null, s, sc, pct(sc, s)];
  const t = table(ws, { title: '两新组织党的组织覆盖情况', head: [['乡镇', '非公有制企业', '', '', '', '', '社会组织', '', ''], ['', '企业数', '覆盖企业数', '覆盖率（%）', '', '', '社会组织数', '覆盖社会组织数', '覆盖率（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 7, 0, 9]], rows: [L('合计', ...S), ...v.map(x => L(...x))] });
  return mk('覆盖情况', t.r0, 7, 'count');
});

// monthly development with running cumulative column
book('d12_发展党员_月度累计.xlsx', wb => {
  const ws = wb.addWorksheet('月度');
  let c = 0, ct = 0; const rows = [];
  for (let m = 1; m <= 12; m++) { const a = ri(0, 15), t = ri(a, a + 20); c += a; ct += t; rows.push([m + '月', a, c, t, ct]); }
  const t = table(ws, { title: '2025年两新组织发展党员和入党积极分子月度情况', unit: '单位：名', head: [['月份', '发展党员', '', '确定入党积极分子', ''], ['', '当月', '累计', '当月', '累计']], merges: [[0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5]], rows: [...rows, ['全年', c, c, ct, ct]] });
  return mk('月度', t.r0 + 12, 2, 'count');
});

// enterprises by employee size
book('d13_企业_按职工规模.xlsx', wb => {
  const ws = wb.addWorksheet('按规模');
  const sz = ['50人以下', '50-99人', '100-299人', '300-499人', '500-999人', '1000人及以上'];
  const v = sz.map((s, i) => { const e = ri(2000, 6000) >> i, m = Math.floor(e * rf(0.05, 0.1) * (i + 1)); const o = Math.min(e, ri(Math.floor(e * 0.05 * (i + 1)), Math.floor(e * 0.15 * (i + 1)))); const mem = ri(o, o * 30 + 1); return [s, e, Math.min(o, e), mem]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, e, o, mem) => [n, e, o, pct(o, e), mem, F(e ? mem / e : 0, 2)];
  const t = table(ws, { title: '非公有制企业按从业人员规模分组的党建情况', head: [['从业人员规模', '企业数（户）', '建立党组织企业数（户）', '建立率（%）', '党员数（名）', '户均党员（名）']], rows: [L('总计', ...S), ...v.map(x => L(...x))] });
  return mk('按规模', t.r0, 5, 'count');
});

// party funds in 万元 independently rounded + per head in 元
book('d14_党建经费_万元.xlsx', wb => {
  const ws = wb.addWorksheet('经费');
  const v = towns.map(n => { const f = rf(2, 40), g = rf(1, 20), mem = ri(100, 900); return [n, f, g, mem]; });
  const S = [1, 2, 3].map(i => sum(v.map(x => x[i])));
  const L = (n, f, g, m) => [n, F(f + g, 2), F(f, 2), F(g, 2), m, F((f + g) * 10000 / m, 0)];
  const t = table(ws, { title: '两新组织党建工作经费保障情况', head: [['乡镇', '经费合计（万元）', '财政专项（万元）', '党费返还（万元）', '党员数（名）', '党员人均（元）']], rows: [L('全县', ...S), ...v.map(x => L(...x))] });
  return mk('经费', t.r0, 2, 'pct', 2);
});

// social orgs type x level merged
book('s03_社会组织_类型层级合并.xlsx', wb => {
  const ws = wb.addWorksheet('社会组织');
  const ty = ['社会团体', '社会服务机构', '基金会'], lv = ['省级', '市级', '县级'];
  const rows = []; const all = [];
  ty.forEach(t => { const v = lv.map(l => { const n = ri(5, 300), p = ri(0, n), mem = ri(p, p * 6 + 1); return [l, n, p, mem]; }); all.push(...v); const s = [1, 2, 3].map(i => sum(v.map(x => x[i]))); v.forEach(x => rows.push([t, x[0], x[1], x[2], pct(x[2], x[1]), x[3]])); rows.push([t, '小计', s[0], s[1], pct(s[1], s[0]), s[2]]); });
  const s = [1, 2, 3].map(i => sum(all.map(x => x[i])));
  rows.push(['合计', '', s[0], s[1], pct(s[1], s[0]), s[2]]);
  const t = table(ws, { title: '社会组织按类型和登记层级分的党建情况', head: [['类型', '层级', '组织数（个）', '建立党组织数（个）', '覆盖率（%）', '党员数（名）']], rows });
  for (let k = 0; k < 3; k++) ws.mergeCells(t.r0 + k * 4, 1, t.r0 + k * 4 + 3, 1);
  ws.mergeCells(t.r0 + 12, 1, t.r0 + 12, 2);
  return mk('社会组织', t.r0 + 3, 3, 'count');
});

// members by sex/age with shares across districts, with 其中 columns and minority share
book('d15_党员_性别年龄占比.xlsx', wb => {
  const ws = wb.addWorksheet('党员结构');
  const ds = ['甲区', '乙区', '丙县', '丁县', '戊县', '己县'];
  const v = ds.map(n => { const t = ri(300, 3000), w = ri(50, Math.floor(t / 2)), y = ri(30, Math.floor(t / 3)), mn = ri(0, 80); return [n, t, w, y, mn]; });
  const S = [1, 2, 3, 4].map(i => sum(v.map(x => x[i])));
  const L = (n, t, w, y, mn) => [n, t, w, pct(w, t), y, pct(y, t), mn, pct(mn, t)];
  const t = table(ws, { title: '两新组织党员性别、年龄、民族结构', head: [['地区', '党员总数', '女党员', '', '35岁及以下', '', '少数民族', ''], ['', '', '人数', '占比（%）', '人数', '占比（%）', '人数', '占比（%）']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 4], [0, 5, 0, 6], [0, 7, 0, 8]], rows: [L('全市', ...S), ...v.map(x => L(...x))] });
  return mk('党员结构', t.r0, 2, 'count');
});

// secretary source with overlapping 其中
book('d16_书记来源.xlsx', wb => {
  const ws = wb.addWorksheet('书记来源');
  const v = towns.map(n => { const a = ri(2, 30), b = ri(2, 30), c = ri(0, 10), d = ri(0, 5); const tot = a + b + c + d; const bo = ri(0, a + b); return [n, a, b, c, d, bo]; });
  const S = [1, 2, 3, 4, 5].map(i => sum(v.map(x => x[i])));
  const L = (n, a, b, c, d, bo) => [n, a + b + c + d, a, b, c, d, bo];
  const t = table(ws, { title: '非公企业党组织书记来源情况', unit: '单位：名', head: [['乡镇', '书记总数', '出资人担任', '管理人员担任', '上级选派', '其他', '其中：进入企业管理层']], rows: [L('合计', ...S), ...v.map(x => L(...x))] });
  return mk('书记来源', t.r0, 2, 'count');
});

// quarter sheets + 全年 sheet
book('d17_分季度工作表与全年.xlsx', wb => {
  const qs = ['一季度', '二季度', '三季度', '四季度'];
  const data = qs.map(() => towns.map(n => [n, ri(0, 10), ri(0, 30), ri(0, 6)]));
  const hd = [['乡镇', '新建党组织（个）', '新发展党员（名）', '新选派指导员（名）']];
  let mkr;
  qs.forEach((q, k) => { const ws = wb.addWorksheet(q); const S = [1, 2, 3].map(i => sum(data[k].map(x => x[i]))); table(ws, { title: '2025年' + q + '两新党建工作进展', head: hd, rows: [['合计', ...S], ...data[k]] }); });
  const ws = wb.addWorksheet('全年');
  const y = towns.map((n, i) => [n, ...[1, 2, 3].map(j => sum(data.map(d => d[i][j])))]);
  const S = [1, 2, 3].map(i => sum(y.map(x => x[i])));
  const t = table(ws, { title: '2025年全年两新党建工作进展（各季度合计）', head: hd, rows: [['合计', ...S], ...y] });
  return mk('全年', t.r0, 3, 'count');
});
