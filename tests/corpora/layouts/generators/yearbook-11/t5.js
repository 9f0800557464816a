'use strict';
// Extra, less obvious layouts
const { ri, rf, r, sum, pct, gr, S, districts, counties, towns } = require('./lib');
const T = [];
const colSum = (rows, j) => sum(rows.map((x) => x[j]));

// x01: two tables side by side on one sheet (城镇 | 农村), each with own name column
T.push({ file: 'x01_side_by_side.xlsx', what: '左表 合计 参保人数', build() {
  const s = new S('并列');
  s.add(['城乡居民医疗保险参保情况']);
  s.add(['城镇', null, null, null, '农村', null, null]);
  s.add(['地区', '参保人数（人）', '#学生儿童', null, '乡镇', '参保人数（人）', '#60岁以上']);
  const A = districts.map(() => { const p = ri(20000, 90000); return [p, r(p * rf(.2, .3))]; });
  const ts = towns.slice(0, 6); const B = ts.map(() => { const p = ri(8000, 30000); return [p, r(p * rf(.2, .3))]; });
  const tA = [colSum(A, 0), colSum(A, 1)], tB = [colSum(B, 0), colSum(B, 1)];
  const tr = s.add(['合计', ...tA, null, '合计', ...tB]);
  for (let i = 0; i < 6; i++) s.add([A[i] ? districts[i] : null, A[i] ? A[i][0] : null, A[i] ? A[i][1] : null, null, ts[i], ...B[i]]);
  s.setPlant(tr, 2); return [s];
} });

// x02: 本年合计 / 上年合计 / 比上年增减 rows at the bottom of a township table
T.push({ file: 'x02_lastyear_change_rows.xlsx', what: '本年合计 户数', build() {
  const s = new S('村居');
  s.add(['各乡镇村（居）委会及户数']);
  s.add(['乡镇（街道）', '村委会（个）', '居委会（个）', '村民小组（个）', '户数（户）']);
  const ts = towns.slice(0, 9);
  const rows = ts.map((t) => [t.includes('街道') ? 0 : ri(8, 24), ri(1, 4), ri(50, 260), ri(4000, 15000)]);
  rows.forEach((v, i) => s.add([ts[i], ...v]));
  const t = [0, 1, 2, 3].map((j) => colSum(rows, j));
  const l = t.map((x, j) => (j === 3 ? r(x * rf(.97, 1.0)) : x + ri(-3, 2)));
  const tr = s.add(['本年合计', ...t]); s.add(['上年合计', ...l]); s.add(['比上年增减', ...t.map((x, j) => x - l[j])]);
  s.setPlant(tr, 5); return [s];
} });

// x03: gross enrollment rates (can exceed 100) next to counts
T.push({ file: 'x03_gross_enrolment_over100.xlsx', what: '合计 在园幼儿', build() {
  const s = new S('毛入学率');
  s.add(['各区县学前教育与高中阶段教育普及情况']);
  s.add(['地区', '在园幼儿（人）', '3-5岁常住人口（人）', '学前三年毛入园率（%）', '高中阶段在校生（人）', '15-17岁常住人口（人）', '高中阶段毛入学率（%）']);
  const names = [...districts, ...counties.slice(0, 3)];
  const rows = names.map(() => { const a = ri(6000, 20000), b = ri(6000, 20000); return [r(a * rf(.9, 1.12)), a, r(b * rf(.88, 1.08)), b]; });
  const line = (n, v) => s.add([n, v[0], v[1], pct(v[0], v[1]), v[2], v[3], pct(v[2], v[3])], [0, 0, 0, 1, 0, 0, 1]);
  const tr = line('全市', [0, 1, 2, 3].map((j) => colSum(rows, j))); rows.forEach((v, i) => line(names[i], v));
  s.add(['注：毛入学率=在校生数/对应学龄人口×100%，因含非学龄及外来学生，可超过100%。']);
  s.setPlant(tr, 2); return [s];
} });

// x04: monthly 本月新增 + 累计 (running) + 全年 row
T.push({ file: 'x04_monthly_running_cumulative.xlsx', what: '全年 本月新增', build() {
  const s = new S('月报');
  s.add(['2023年城乡居民养老保险新增参保月度情况']); s.add(['单位：人']);
  s.add(['月份', '本月新增参保', '自年初累计新增', '本月领取待遇新增', '自年初累计领取新增']);
  let c1 = 0, c2 = 0; const a = [], b = [];
  for (let m = 1; m <= 12; m++) { const x = ri(200, 1500), y = ri(100, 900); a.push(x); b.push(y); c1 += x; c2 += y; s.add([m + '月', x, c1, y, c2]); }
  const tr = s.add(['全年', sum(a), c1, sum(b), c2]);
  s.setPlant(tr, 2); return [s];
} });

// x05: 低保 with a non-additive 保障标准 column; total shows weighted 月人均补助 and blank standard
T.push({ file: 'x05_standard_column_blank_total.xlsx', what: '全市 保障人数', build() {
  const s = new S('保障标准');
  s.add(['城市最低生活保障标准及保障情况']);
  s.add(['地区', '保障标准（元/人·月）', '保障人数（人）', '全年支出（万元）', '月人均补助水平（元）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const p = ri(800, 6000); const st = ri(64, 80) * 10; return [st, p, p * st * rf(.55, .7) * 12 / 1e4]; });
  const line = (n, v) => s.add([n, v[0], v[1], v[2], r(v[2], 1) * 1e4 / v[1] / 12], [0, 0, 0, 1, 0]);
  const tr = line('全市', ['…', colSum(rows, 1), colSum(rows, 2)]); rows.forEach((v, i) => line(names[i], v));
  s.add(['注：保障标准各地不同，全市不作合计，以“…”表示。']);
  s.setPlant(tr, 3); return [s];
} });

// x06: social orgs with 比上年增减 and 增长 where base 0 -> '—'; total last, 比上年增减 negative
T.push({ file: 'x06_change_base_zero_dash.xlsx', what: '合计 2023 基金会', build() {
  const s = new S('增减');
  s.add(['社会组织数量变化']); s.add(['单位：个']);
  s.add(['类别', '2023年', '2022年', '比上年增减', '增长（%）']);
  const rows = [['社会团体', ri(900, 1500)], ['  #行业协会商会', ri(100, 300)], ['民办非企业单位', ri(1500, 2500)], ['基金会', ri(1, 5)], ['其他', 0]].map(([n, a]) => [n, a, n === '其他' ? 0 : r(a * rf(.9, 1.1))]);
  rows[4][1] = 3; // new category appeared this year
  const top = rows.filter((x) => !x[0].startsWith('  '));
  rows.forEach((x) => s.add([x[0], x[1], x[2], x[1] - x[2], x[2] ? gr(x[1], x[2]) : '—'], [0, 0, 0, 0, 1]));
  const t1 = sum(top.map((x) => x[1])), t0 = sum(top.map((x) => x[2]));
  const tr = s.add(['合计', t1, t0, t1 - t0, gr(t1, t0)], [0, 0, 0, 0, 1]);
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;

// x07: official 公报 wording 其中：65周岁及以上 (instead of #)
T.push({ file: 'x07_bulletin_age_qizhong_wording.xlsx', what: '年末常住人口', build() {
  const s = new S('人口');
  s.add(['2023年末常住人口数及其构成']);
  s.add(['指标', '年末数（万人）', '比重（%）']);
  const tot = rf(300, 600), u = tot * rf(.5, .7), a0 = tot * rf(.15, .2), a60 = tot * rf(.18, .24), a65 = a60 * rf(.7, .8);
  const T2 = r(tot, 2); const line = (n, v) => s.add([n, v, pct(r(v, 2), T2, 2)], [0, 2, 2]);
  const tr = s.add(['全市常住人口', tot, 100], [0, 2, 2]);
  line('  其中：城镇', u); line('        乡村', tot - u);
  s.add(['  按年龄分']);
  line('    0－15岁（含不满16周岁）', a0); line('    16－59岁（含不满60周岁）', tot - a0 - a60); line('    60周岁及以上', a60); line('    其中：65周岁及以上', a65);
  s.setPlant(tr, 2); return [s];
} });

// x08: growth computed from unrounded data (office practice), values shown in 亿元 with 1 decimal
T.push({ file: 'x08_growth_from_unrounded.xlsx', what: '全市 本年', build() {
  const s = new S('增长');
  s.add(['各区县社会消费品零售总额']); s.add(['单位：亿元']);
  s.add(['地区', '2023年', '2022年', '增长（%）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const l = rf(1.5, 9); return [l * rf(.93, 1.12), l]; });
  const line = (n, v) => s.add([n, v[0], v[1], gr(v[0], v[1])], [0, 1, 1, 1]);
  const tr = line('全市', [colSum(rows, 0), colSum(rows, 1)]); rows.forEach((v, i) => line(names[i], v));
  s.add(['注：增长速度按未经四舍五入的原始数据计算。']);
  s.setPlant(tr, 2); return [s];
} });

// x10: total column LAST, then a 其中 column after it; staff by type across columns
T.push({ file: 'x10_total_col_last_then_qizhong.xlsx', what: '全市 合计列', build() {
  const s = new S('卫技分类');
  s.add(['分区县卫生技术人员（按类别分）']); s.add([null, null, null, null, null, null, null, null, '单位：人']);
  s.add(['地区', '执业医师', '执业助理医师', '注册护士', '药师（士）', '技师（士）', '其他', '合计', '其中：女']);
  const names = [...districts, ...counties.slice(0, 3)];
  const rows = names.map(() => [ri(300, 3000), ri(50, 500), ri(400, 3800), ri(40, 400), ri(40, 400), ri(30, 300)]);
  const line = (n, v) => { const t = sum(v); return s.add([n, ...v, t, v[7] !== undefined ? v[7] : null]); };
  const wm = rows.map((v) => r(sum(v) * rf(.62, .72)));
  const tot = [0, 1, 2, 3, 4, 5].map((j) => colSum(rows, j));
  rows.forEach((v, i) => { const rr = s.add([names[i], ...v, sum(v), wm[i]]); });
  const tr = s.add(['全市', ...tot, sum(tot), sum(wm)]);
  s.setPlant(tr, 8); return [s];
} });

// x11: row continuation 续表: 总计 on the first sheet covers rows on both sheets
T.push({ file: 'x11_row_continuation.xlsx', what: '总计 学校数', build() {
  const s1 = new S('表5'), s2 = new S('表5续');
  const hdr = ['乡镇（街道）', '学校数（所）', '在校学生（人）', '专任教师（人）'];
  s1.add(['5  各乡镇（街道）中小学情况']); s1.add(hdr);
  s2.add(['5  续表']); s2.add(hdr);
  const ts = towns.slice(0, 14); const rows = ts.map(() => { const st = ri(800, 6000); return [ri(2, 9), st, r(st / rf(13, 18))]; });
  const tr = s1.add(['总计', ...[0, 1, 2].map((j) => colSum(rows, j))]);
  ts.slice(0, 7).forEach((t, i) => s1.add([t, ...rows[i]]));
  ts.slice(7).forEach((t, i) => s2.add([t, ...rows[i + 7]]));
  s1.setPlant(tr, 3); return [s1, s2];
} });
