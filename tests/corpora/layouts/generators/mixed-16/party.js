'use strict';
const { ri, rf, r, sum, pct, gr, S, colSum, fw, districts, counties, towns } = require('./lib');
const T = [];
const sign = (s, unit) => { s.add([`填报单位：${unit}（盖章）`, null, null, '填报人：李晓燕', null, null, '审核人：王建国', null, null, '联系电话：0736-7225318']); };

// p01 very wide 两新 coverage + 党员 structure + 党组织, total 全县 first, line-break headers
T.push({ file: 'p01_wide_liangxin_town.xlsx', what: '全县 党员总数', count: true, build() {
  const s = new S('乡镇汇总');
  s.add(['青阳县“两新”组织党建及党员队伍基本情况统计表']);
  s.add(['填报单位：中共青阳县委组织部', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '截至2024年12月31日']);
  s.add(['单  位', '非公有制企业', null, null, null, null, '社会组织', null, null, null, null, '党员队伍', null, null, null, null, null, null, '基层党组织', null, null, null]);
  s.add([null, '企业数\n（家）', '已建党组织\n企业数（家）', '其中：\n单独组建', '联合组建', '覆盖率\n（%）', '社会组织数\n（个）', '已建党组织\n（个）', '其中：\n单独组建', '联合组建', '覆盖率\n（%）', '党员总数\n（名）', '其中：\n女党员', '少数民族\n党员', '35岁及\n以下', '36-60岁', '61岁及\n以上', '大专及以上\n学历', '合计\n（个）', '党委', '党总支', '党支部']);
  s.merge(3, 1, 4, 1); s.merge(3, 2, 3, 6); s.merge(3, 7, 3, 11); s.merge(3, 12, 3, 18); s.merge(3, 19, 3, 22);
  const ts = towns.slice(0, 12);
  const rows = ts.map((t) => {
    const e = ri(20, 160), ed = ri(Math.floor(e * .5), Math.floor(e * .9)), e1 = ri(Math.floor(ed * .3), Math.floor(ed * .6));
    const so = t.includes('街道') ? ri(8, 30) : ri(0, 12), sd = so ? ri(Math.floor(so * .4), so) : 0, s1 = sd ? ri(0, sd) : 0;
    const a1 = ri(150, 700), a2 = ri(600, 1800), a3 = ri(300, 1200), pm = a1 + a2 + a3;
    const po = [ri(1, 3), ri(2, 8), ri(30, 90)];
    return [e, ed, e1, ed - e1, so, sd, s1, sd - s1, pm, r(pm * rf(.22, .32)), ri(0, 40), a1, a2, a3, r(pm * rf(.2, .45)), ...po];
  });
  const line = (n, v) => s.add([n, v[0], v[1], v[2], v[3], pct(v[1], v[0]), v[4], v[5], v[6], v[7], v[4] ? pct(v[5], v[4]) : '—', v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15] + v[16] + v[17], v[15], v[16], v[17]], [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('全县', tot); rows.forEach((v, i) => line(ts[i], v));
  s.add(['注：覆盖率=已建立党组织数÷总数×100%；社会组织数为0的乡镇覆盖率以“—”表示。']);
  s.setPlant(tr, 12); return [s];
} });

// p02 序号 + name, 合 计 at bottom, signature after blank row
T.push({ file: 'p02_xuhao_units_total_bottom.xlsx', what: '合 计 党员数', count: true, build() {
  const s = new S('机关党组织');
  s.add(['县直机关党组织和党员情况统计表']);
  s.add(['序号', '单位名称', '党组织数（个）', null, null, null, '党员数\n（名）', '其中', null, null]);
  s.add([null, null, '合计', '党委', '党总支', '党支部', null, '预备党员', '女党员', '在职党员']);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 2, 6); s.merge(2, 7, 3, 7); s.merge(2, 8, 2, 10);
  const units = ['县委办公室', '县政府办公室', '县纪委监委机关', '县委组织部', '县委宣传部', '县发展和改革局', '县教育局', '县财政局', '县人力资源和社会保障局', '县自然资源局', '县住房和城乡建设局', '县农业农村局', '县卫生健康局', '县市场监督管理局', '县统计局'];
  const rows = units.map(() => { const a = ri(0, 1), b = ri(0, 2), c = ri(1, 9); const pm = ri(15, 180); return [a + b + c, a, b, c, pm, ri(0, 4), r(pm * rf(.25, .45)), r(pm * rf(.75, .92))]; });
  rows.forEach((v, i) => s.add([i + 1, units[i], ...v]));
  const tr = s.add([null, '合 计', ...rows[0].map((_, j) => colSum(rows, j))]);
  s.blank(); sign(s, '中共青阳县直属机关工作委员会'); s.add(['报出日期：2025年1月8日']);
  s.setPlant(tr, 7); return [s];
} });

// p03 transposed: regions as columns, indicators as rows
T.push({ file: 'p03_transposed_regions_cols.xlsx', what: '全市 党员总数', count: true, build() {
  const s = new S('分县市区');
  s.add(['江州市党员和党组织基本情况（分县市区）']);
  s.add(['单位：名、个']);
  const names = [...districts, ...counties];
  s.add(['指    标', '全市', ...names]);
  const cols = names.map(() => { const pm = ri(8000, 30000); const f = r(pm * rf(.24, .33)); const mz = ri(50, 900); const y = r(pm * rf(.12, .2)); const dz = r(pm * rf(.3, .5)); const o = [ri(30, 90), ri(60, 200), ri(500, 1500)]; return [pm, f, mz, y, dz, o[0] + o[1] + o[2], ...o]; });
  const tot = cols[0].map((_, j) => colSum(cols, j));
  const labels = ['党员总数', '  其中：女党员', '        少数民族党员', '        35岁及以下党员', '        大专及以上学历党员', '基层党组织总数', '  党委', '  党总支', '  党支部'];
  let tr;
  labels.forEach((l, i) => { const rr = s.add([l, tot[i], ...cols.map((c) => c[i])]); if (i === 0) tr = rr; });
  s.add(['女党员占党员总数比重（%）', pct(tot[1], tot[0]), ...cols.map((c) => pct(c[1], c[0]))], 1);
  s.setPlant(tr, 2); return [s];
} });

// p04 change table with 市辖区 subtotal, negative changes
T.push({ file: 'p04_change_shixiaqu.xlsx', what: '全市 2024 党员数', count: true, build() {
  const s = new S('党员增减');
  s.add(['各县市区党员数量变化情况']);
  s.add(['地  区', '党员数（名）', null, null, null, '发展党员（名）', null, null, null]);
  s.add([null, '2023年', '2024年', '增减', '增长（%）', '2023年', '2024年', '增减', '增长（%）']);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 2, 5); s.merge(2, 6, 2, 9);
  const d = districts.map(() => { const a = ri(9000, 26000); const b = a + ri(-300, 400); const c = ri(150, 500); return [a, b, c, c + ri(-60, 40)]; });
  const c = counties.map(() => { const a = ri(12000, 30000); const b = a + ri(-400, 200); const x = ri(200, 600); return [a, b, x, x + ri(-80, 30)]; });
  const line = (n, v) => s.add([n, v[0], v[1], v[1] - v[0], gr(v[1], v[0]), v[2], v[3], v[3] - v[2], gr(v[3], v[2])], [0, 0, 0, 0, 1, 0, 0, 0, 1]);
  const sd = [0, 1, 2, 3].map((j) => colSum(d, j)), all = [0, 1, 2, 3].map((j) => sd[j] + colSum(c, j));
  const tr = line('全市', all); line('市辖区', sd); d.forEach((v, i) => line('  ' + districts[i], v)); c.forEach((v, i) => line(counties[i], v));
  s.setPlant(tr, 3); return [s];
} });

// p05 row continuation over 表5 / 表5（续）
T.push({ file: 'p05_split_sheet_rows.xlsx', what: '全县 村党组织数', count: true, build() {
  const a = new S('表5'), b = new S('表5（续）');
  a.add(['表5  各乡镇村（社区）党组织情况']);
  const hdr = ['乡镇（街道）', '村（社区）\n总数（个）', '村（社区）\n党组织（个）', '其中：\n党委', '党总支', '党支部', '党员数\n（名）', '其中：\n女党员', '村党组织书记\n（名）', '其中：\n大专及以上'];
  a.add(hdr); b.add(['表5  各乡镇村（社区）党组织情况（续）']); b.add(hdr);
  const rows = towns.map((t) => { const n = ri(8, 30); const x = ri(0, 2), y = ri(2, 8); return [n, n, x, y, n - x - y, ri(300, 1500), ri(60, 400), n, ri(3, n)]; });
  rows.forEach((v) => { v[6] = Math.min(v[6], v[5]); });
  const tr = a.add(['全县', ...rows[0].map((_, j) => colSum(rows, j))]);
  rows.slice(0, 8).forEach((v, i) => a.add([towns[i], ...v]));
  rows.slice(8).forEach((v, i) => b.add([towns[8 + i], ...v]));
  b.add(['注：村（社区）党组织全部单独建立，覆盖率100%。']);
  a.setPlant(tr, 3); return [a, b];
} });

// p06 发展党员 with occupation breakdown, notes + signature right after table
T.push({ file: 'p06_fazhan_sign_after_table.xlsx', what: '合计 发展党员数', count: true, build() {
  const s = new S('发展党员');
  s.add(['2024年度发展党员情况统计表']);
  s.add(['单位', '发展\n党员数', '其中', null, null, null, '按职业分', null, null, null, null, '申请入党\n人数', '入党积极\n分子', '发展对象']);
  s.add([null, null, '女', '少数民族', '35岁及以下', '大专及以上', '农牧渔民', '工人', '学生', '专业技术人员', '其他职业', null, null, null]);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 2, 6); s.merge(2, 7, 2, 11);
  const ts = towns.slice(2, 12);
  const rows = ts.map(() => { const o = [ri(3, 25), ri(1, 10), ri(0, 3), ri(1, 8), ri(0, 6)]; const n = sum(o); return [n, ri(Math.floor(n * .2), Math.floor(n * .5)), ri(0, 2), ri(Math.floor(n * .6), n), ri(Math.floor(n * .3), n), ...o, ri(40, 150), ri(20, 60), ri(n, n + 12)]; });
  const tr = s.add(['合计', ...rows[0].map((_, j) => colSum(rows, j))]);
  rows.forEach((v, i) => s.add([ts[i], ...v]));
  s.add(['注：1.本表统计时间为2024年1月1日至12月31日；2.“其他职业”含自由职业者、退役军人等。']);
  sign(s, '中共云溪县委组织部');
  s.setPlant(tr, 2); return [s];
} });

// p07 社会组织 党建 with 市辖区 subtotal, placeholders
T.push({ file: 'p07_shehuizuzhi_subtotal.xlsx', what: '全市 社会组织总数', count: true, build() {
  const s = new S('社会组织党建');
  s.add(['全市社会组织党建工作情况']);
  s.add(['地区', '社会组织\n总数（个）', '社会团体', '民办非企业\n单位', '基金会', '已建立党组织\n（个）', '单独组建', '联合组建', '党组织\n覆盖率（%）', '选派党建\n指导员（名）', '社会组织\n党员数（名）']);
  const mk = (big) => { const a = ri(big ? 80 : 30, big ? 300 : 120), b = ri(big ? 120 : 40, big ? 400 : 150), c = big ? ri(1, 8) : ri(0, 2); const n = a + b + c; const dd = ri(Math.floor(n * .3), Math.floor(n * .7)); const x = ri(Math.floor(dd * .3), dd); return [n, a, b, c, dd, x, dd - x, ri(10, 60), ri(100, 900)]; };
  const d = districts.map(() => mk(true)), c = counties.map(() => mk(false));
  const line = (n, v) => s.add([n, v[0], v[1], v[2], v[3] === 0 ? '-' : v[3], v[4], v[5], v[6], pct(v[4], v[0]), v[7], v[8]], [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
  const sd = d[0].map((_, j) => colSum(d, j)), all = sd.map((x, j) => x + colSum(c, j));
  const tr = line('全市', all); line('  市辖区', sd); d.forEach((v, i) => line('    ' + districts[i], v)); c.forEach((v, i) => line('  ' + counties[i], v));
  s.add(['资料来源：市民政局、市委社会工作部。']);
  s.setPlant(tr, 2); return [s];
} });

// p08 two tables stacked on one sheet
T.push({ file: 'p08_two_tables_stacked.xlsx', what: '表1 合计 党支部', count: true, build() {
  const s = new S('基本情况');
  s.add(['表1  基层党组织按领域分布']);
  s.add(['领域', '合计', '党委', '党总支', '党支部', '其中：\n联合党支部']);
  const dom = ['机关', '事业单位', '企业', '社会组织', '农村（村）', '城市社区', '其他'];
  const A = dom.map(() => { const a = ri(1, 20), b = ri(2, 40), c = ri(40, 600); return [a + b + c, a, b, c, ri(0, Math.floor(c / 5))]; });
  const tr = s.add(['合计', ...A[0].map((_, j) => colSum(A, j))]);
  A.forEach((v, i) => s.add([dom[i], ...v]));
  s.blank(); s.blank();
  s.add(['表2  党员学历结构']);
  s.add(['学历', '人数（名）', '占比（%）', '其中：\n女党员', '女党员占比（%）']);
  const edu = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'];
  const B = edu.map(() => { const n = ri(300, 9000); return [n, r(n * rf(.2, .45))]; });
  const tn = colSum(B, 0), tf = colSum(B, 1);
  s.add(['总计', tn, 100, tf, pct(tf, tn)], [0, 0, 1, 0, 1]);
  B.forEach((v, i) => s.add([edu[i], v[0], pct(v[0], tn), v[1], pct(v[1], v[0])], [0, 0, 1, 0, 1]));
  s.setPlant(tr, 5); return [s];
} });

// p09 shares as 0.0% formatted fractions
T.push({ file: 'p09_percent_format_shares.xlsx', what: '合计 女党员', count: true, build() {
  const s = new S('结构');
  s.add(['各县（市、区）党员队伍结构']);
  s.add(['县（市、区）', '党员总数', '女党员', '占比', '少数民族党员', '占比', '35岁及以下', '占比', '61岁及以上', '占比']);
  const names = [...counties, ...districts];
  const rows = names.map(() => { const n = ri(6000, 28000); return [n, r(n * rf(.22, .34)), ri(30, 700), r(n * rf(.1, .2)), r(n * rf(.25, .38))]; });
  const line = (nm, v) => { const rr = s.add([nm, v[0], v[1], r(v[1] / v[0], 3), v[2], r(v[2] / v[0], 3), v[3], r(v[3] / v[0], 3), v[4], r(v[4] / v[0], 3)], [0, 0, 0, null, 0, null, 0, null, 0, null]); [4, 6, 8, 10].forEach((c) => s.setFmt(rr, c, '0.0%')); return rr; };
  rows.forEach((v, i) => line(names[i], v));
  const tr = line('合计', rows[0].map((_, j) => colSum(rows, j)));
  s.thou = true;
  s.setPlant(tr, 3); return [s];
} });

// p10 行政区划代码 column, place-named total row, 一肩挑 ratio
T.push({ file: 'p10_code_column_place_total.xlsx', what: '江州市 村（社区）总数', count: true, build() {
  const s = new S('书记主任一肩挑');
  s.add(['村（社区）党组织书记队伍情况']);
  s.add(['行政区划代码', '单位', '村（社区）\n总数（个）', '党组织书记\n（名）', '其中：女', '大专及\n以上学历', '书记、主任\n“一肩挑”（名）', '“一肩挑”\n比例（%）', '平均年龄\n（岁）']);
  const codes = ['431102', '431103', '431104', '431121', '431122', '431123', '431124', '431125', '431126'];
  const names = [...districts, ...counties];
  const rows = names.map(() => { const n = ri(60, 320); return [n, n, ri(5, Math.floor(n * .2)), ri(Math.floor(n * .4), Math.floor(n * .8)), ri(Math.floor(n * .85), n), rf(44, 50)]; });
  const line = (c, nm, v) => s.add([c, nm, v[0], v[1], v[2], v[3], v[4], pct(v[4], v[0]), v[5]], [0, 0, 0, 0, 0, 0, 0, 1, 1]);
  const tot = [0, 1, 2, 3, 4].map((j) => colSum(rows, j)); tot.push(sum(rows.map((v) => v[0] * r(v[5], 1))) / tot[0]);
  const tr = line('431100', '江州市', tot); rows.forEach((v, i) => line(codes[i], names[i], v));
  s.setPlant(tr, 3); return [s];
} });

// p11 党费 万元, hidden row included in total, parts rounded independently
T.push({ file: 'p11_dangfei_hidden_row_wanyuan.xlsx', what: '合计 实交党费', build() {
  const s = new S('党费收缴');
  s.add(['2024年度党费收缴使用情况']); s.add(['单位：万元']);
  s.add(['单位', '应交党费', '实交党费', '收缴率（%）', '上年实交', '比上年增长（%）', '下拨基层\n党组织', '下拨比例（%）']);
  const u = ['县直机关工委', '教育工委', '卫健系统', '国资系统', '城关镇', '石桥镇', '龙泉镇', '白沙镇', '清水镇', '非公企业党委'];
  const ex = u.map(() => { const a = rf(8, 90); const b = a * rf(.97, 1); const l = b * rf(.9, 1.08); return [a, b, l, b * rf(.3, .6)]; });
  const line = (n, v, t) => { const vv = t ? v.map((x) => r(x, 2)) : v.map((x) => r(x, 2)); return s.add([n, vv[0], vv[1], pct(vv[1], vv[0]), vv[2], gr(vv[1], vv[2]), vv[3], pct(vv[3], vv[1])], [0, 2, 2, 1, 2, 1, 2, 1]); };
  const tot = [0, 1, 2, 3].map((j) => sum(ex.map((v) => v[j])));
  const tr = line('合计', tot, true);
  ex.forEach((v, i) => { const rr = line(u[i], v); if (i === 3) s.hide(rr); });
  s.add(['注：国资系统党费由市国资委党委统一收缴，本表隐藏该行但计入合计。']);
  s.setPlant(tr, 3); return [s];
} });

// p12 rank columns, 全市 with rank '—'
T.push({ file: 'p12_rank_columns.xlsx', what: '全市 非公企业数', count: true, build() {
  const s = new S('覆盖率排名');
  s.add(['各县市区“两新”组织党组织覆盖情况及排名']);
  s.add(['县市区', '非公有制企业', null, null, null, '社会组织', null, null, null]);
  s.add([null, '企业数（家）', '建立党组织（家）', '覆盖率（%）', '排名', '组织数（个）', '建立党组织（个）', '覆盖率（%）', '排名']);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 2, 5); s.merge(2, 6, 2, 9);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const e = ri(300, 2500), so = ri(80, 500); return [e, r(e * rf(.5, .9)), so, r(so * rf(.6, .95))]; });
  const rate1 = rows.map((v) => pct(v[1], v[0])), rate2 = rows.map((v) => pct(v[3], v[2]));
  const rank = (a) => a.map((x) => 1 + a.filter((y) => y > x).length);
  const k1 = rank(rate1), k2 = rank(rate2);
  const tot = [0, 1, 2, 3].map((j) => colSum(rows, j));
  const tr = s.add(['全市', tot[0], tot[1], pct(tot[1], tot[0]), '—', tot[2], tot[3], pct(tot[3], tot[2]), '—'], [0, 0, 0, 1, 0, 0, 0, 1, 0]);
  rows.forEach((v, i) => s.add([names[i], v[0], v[1], rate1[i], k1[i], v[2], v[3], rate2[i], k2[i]], [0, 0, 0, 1, 0, 0, 0, 1, 0]));
  s.setPlant(tr, 2); return [s];
} });

// p13 trailing spaces, full-width digits as text, 小  计 subtotals per 片区
T.push({ file: 'p13_fullwidth_xiaoji_groups.xlsx', what: '总计 流动党员', count: true, build() {
  const s = new S('流动党员');
  s.add(['流动党员管理情况统计表']);
  s.add(['片区/乡镇', '流动党员\n（名）', '其中：\n外出', '流入', '已纳入\n流动党员党组织', '纳入率\n（%）', '建立流动\n党员党组织（个）']);
  const groups = [['东片', towns.slice(0, 4)], ['西片', towns.slice(4, 9)], ['南片', towns.slice(9, 13)]];
  const all = [];
  const gl = [];
  for (const [g, ts] of groups) { const rows = ts.map(() => { const o = ri(20, 200), i = ri(5, 60); return [o + i, o, i, ri(Math.floor((o + i) * .8), o + i), ri(0, 3)]; }); gl.push([g, ts, rows]); all.push(...rows); }
  const line = (n, v, txt) => s.add([n, txt ? fw(v[0]) : v[0], v[1], v[2], v[3], pct(v[3], v[0]), v[4]], [0, 0, 0, 0, 0, 1, 0]);
  const tot = all[0].map((_, j) => colSum(all, j));
  const tr = line('总计', tot);
  for (const [g, ts, rows] of gl) { line('小  计', rows[0].map((_, j) => colSum(rows, j))); rows.forEach((v, i) => line(ts[i] + ' ', v, i === 1)); }
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;
