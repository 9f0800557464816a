'use strict';
// Social security, civil affairs, courts / public security
const { ri, rf, r, sum, pct, gr, S, districts, counties, towns } = require('./lib');
const T = [];
const colSum = (rows, j) => sum(rows.map((x) => x[j]));

// ss01: insurance by 险种, 万人, 上年末, 增减, 增长, 其中 rows + form codes 甲乙
T.push({ file: 'ss01_insurance_wan_change.xlsx', what: '基本医疗保险 本年末', build() {
  const s = new S('参保');
  s.add(['社会保险参保情况']); s.add(['单位：万人']);
  s.add(['指标', '2023年末', '2022年末', '比上年末增减', '增长（%）']);
  const x = (a) => { const l = a * rf(.9, 1.0); return [a, l]; };
  const zz = x(rf(80, 120)), lt = x(rf(30, 50)), cx = x(rf(120, 200)), zg = x(rf(110, 160)), jm = x(rf(300, 400)), sy = x(rf(60, 90)), gs = x(rf(70, 100)), sy2 = x(rf(60, 90));
  const add = (a, b) => [a[0] + b[0], a[1] + b[1]];
  const line = (n, v) => { const a = r(v[0], 2), b = r(v[1], 2); return s.add([n, v[0], v[1], a - b, gr(a, b)], [0, 2, 2, 2, 1]); };
  line('城镇职工基本养老保险参保人数', add(zz, lt)); line('  其中：在职职工', zz); line('        离退休人员', lt);
  line('城乡居民基本养老保险参保人数', cx);
  const tr = line('基本医疗保险参保人数', add(zg, jm)); line('  职工基本医疗保险', zg); line('  城乡居民基本医疗保险', jm);
  line('失业保险参保人数', sy); line('工伤保险参保人数', gs); line('生育保险参保人数', sy2);
  s.setPlant(tr, 2); return [s];
} });

// ss02: 城乡居民养老 by township: shares, 万元 funds
T.push({ file: 'ss02_resident_pension_towns.xlsx', what: '合计 基金支出', build() {
  const s = new S('城乡居民养老');
  s.add(['各乡镇（街道）城乡居民基本养老保险情况']);
  s.add(['乡镇（街道）', '参保人数（人）', '#领取待遇人数', '领取待遇人员占比（%）', '基金收入（万元）', '基金支出（万元）', '人均月待遇（元）']);
  const ts = towns.slice(0, 12);
  const rows = ts.map(() => { const p = ri(5000, 30000); const q = r(p * rf(.25, .4)); return [p, q, p * rf(.01, .02), q * rf(140, 200) * 12 / 10000]; });
  const line = (n, v) => s.add([n, v[0], v[1], pct(v[1], v[0]), v[2], v[3], r(v[3], 1) * 10000 / v[1] / 12], [0, 0, 0, 1, 1, 1, 0]);
  const t = [0, 1, 2, 3].map((j) => colSum(rows, j));
  const tr = line('合计', t); rows.forEach((v, i) => line(ts[i], v));
  s.setPlant(tr, 6); return [s];
} });

// ss03: 低保 three-row header city/rural, subtotals, 月人均补助
T.push({ file: 'ss03_dibao_three_row_header.xlsx', what: '农村低保人数 合计', build() {
  const s = new S('低保');
  s.add(['城乡最低生活保障情况（2023年）']);
  s.add(['地区', '城市最低生活保障', null, null, '农村最低生活保障', null, null]);
  s.add([null, '保障户数', '保障人数', '支出资金', '保障户数', '保障人数', '支出资金']);
  s.add([null, '（户）', '（人）', '（万元）', '（户）', '（人）', '（万元）']);
  s.merge(2, 1, 4, 1); s.merge(2, 2, 2, 4); s.merge(2, 5, 2, 7);
  const mk = (u) => { const h = ri(300, 2500), hr = ri(800, 5000); const p = r(h * rf(1.3, 1.8)), pr = r(hr * rf(1.4, 1.9)); return [h, p, p * rf(650, 800) * 12 / 1e4, hr, pr, pr * rf(450, 600) * 12 / 1e4]; };
  const D = districts.map(mk), C = counties.map(mk);
  const tot = (rows) => [0, 1, 2, 3, 4, 5].map((j) => colSum(rows, j));
  const dec = [0, 0, 0, 1, 0, 0, 1];
  const tr = s.add(['全市合计', ...tot([...D, ...C])], dec);
  s.add(['市辖区小计', ...tot(D)], dec); D.forEach((v, i) => s.add(['  ' + districts[i], ...v], dec));
  s.add(['县小计', ...tot(C)], dec); C.forEach((v, i) => s.add(['  ' + counties[i], ...v], dec));
  s.setPlant(tr, 6); return [s];
} });

// ss04: 临时救助 by quarter, 全年 total LAST
T.push({ file: 'ss04_quarters_total_last.xlsx', what: '全年 救助人次', build() {
  const s = new S('临时救助');
  s.add(['临时救助情况']);
  s.add(['时间', '救助人次（人次）', '#户籍人口', '#非户籍人口', '救助资金（万元）', '次均救助水平（元）']);
  const q = ['一季度', '二季度', '三季度', '四季度'];
  const rows = q.map(() => { const a = ri(800, 3000); const b = r(a * rf(.85, .95)); return [a, b, a - b, a * rf(900, 1500) / 1e4]; });
  const line = (n, v) => s.add([n, ...v, r(v[3], 2) * 1e4 / v[0]], [0, 0, 0, 0, 2, 0]);
  rows.forEach((v, i) => line(q[i], v));
  const tr = line('全年', [0, 1, 2, 3].map((j) => colSum(rows, j)));
  s.setPlant(tr, 2); return [s];
} });

// ca01: social organizations by type x 登记机关 (cross totals)
T.push({ file: 'ca01_socorg_cross.xlsx', what: '合计 合计', build() {
  const s = new S('社会组织');
  s.add(['社会组织登记情况（按登记管理机关分）']); s.add([null, null, null, null, '单位：个']);
  s.add(['登记管理机关', '合计', '社会团体', '民办非企业单位', '基金会']);
  const D = [...districts, ...counties].map(() => [ri(40, 200), ri(60, 400), ri(0, 3)]);
  const city = [ri(300, 600), ri(200, 500), ri(10, 40)];
  const line = (n, v) => s.add([n, sum(v), ...v]);
  const all = [city, ...D]; const t = [0, 1, 2].map((j) => colSum(all, j)); const tD = [0, 1, 2].map((j) => colSum(D, j));
  const tr = line('总计', t); line('市本级', city); line('县（区）级', tD);
  D.forEach((v, i) => line('  ' + [...districts, ...counties][i], v.map((x, j) => x)));
  // show zero foundations as '—' per yearbook habit
  s.rows.forEach((row) => { if (typeof row[4] === 'number' && row[4] === 0 && typeof row[0] === 'string' && row[0].startsWith('  ')) row[4] = '—'; });
  s.add(['注：民办非企业单位自2016年起改称社会服务机构。']);
  s.setPlant(tr, 2); return [s];
} });

// ca02: by 行业 with shares (shares independently rounded)
T.push({ file: 'ca02_socorg_industry_shares.xlsx', what: '合计 社会团体', build() {
  const s = new S('按行业分');
  s.add(['社会组织按行业分布']);
  s.add(['行业', '社会团体', null, '民办非企业单位', null]); s.add([null, '数量（个）', '构成（%）', '数量（个）', '构成（%）']);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 2, 3); s.merge(2, 4, 2, 5);
  const names = ['科技研究', '生态环境', '教育', '卫生', '社会服务', '文化', '体育', '工商服务业', '宗教', '农业及农村发展', '职业及从业者组织', '其他'];
  const rows = names.map((n) => [ri(5, 200), n === '宗教' ? 0 : ri(3, 500)]);
  const t = [colSum(rows, 0), colSum(rows, 1)];
  const tr = s.add(['合计', t[0], 100, t[1], 100], [0, 0, 1, 0, 1]);
  rows.forEach((v, i) => s.add([names[i], v[0], pct(v[0], t[0]), v[1] || '—', v[1] ? pct(v[1], t[1]) : '—'], [0, 0, 1, 0, 1]));
  s.setPlant(tr, 2); return [s];
} });

// ca03: marriage registration, 离结比
T.push({ file: 'ca03_marriage_ratio.xlsx', what: '离婚登记 合计', build() {
  const s = new S('婚姻登记');
  s.add(['婚姻登记情况']); s.add(['单位：对']);
  s.add(['地区', '结婚登记', '#涉外及港澳台', '离婚登记', '#民政部门登记', '#法院判决、调解', '离结比（%）']);
  const names = [...districts, ...counties.slice(0, 2)];
  const rows = names.map(() => { const m = ri(1500, 6000), f = r(m * rf(.01, .03)); const a = ri(300, 1500), b = ri(200, 900); return [m, f, a + b, a, b]; });
  const line = (n, v) => s.add([n, ...v, pct(v[2], v[0])], [0, 0, 0, 0, 0, 0, 1]);
  const t = [0, 1, 2, 3, 4].map((j) => colSum(rows, j));
  const tr = line('全市', t); rows.forEach((v, i) => line(names[i], v));
  s.setPlant(tr, 4); return [s];
} });

// ct01: court cases: 受理 = 旧存+新收, 未结 = 受理-审结, 结案率
T.push({ file: 'ct01_court_cases.xlsx', what: '合计 新收', build() {
  const s = new S('法院');
  s.add(['人民法院审理案件情况']); s.add([null, null, null, null, null, null, '单位：件']);
  s.add(['案件类别', '受理', null, null, '审结', '未结', '结案率（%）']); s.add([null, '合计', '旧存', '新收', null, null, null]);
  s.merge(3, 1, 4, 1); s.merge(3, 2, 3, 4); s.merge(3, 5, 4, 5); s.merge(3, 6, 4, 6); s.merge(3, 7, 4, 7);
  const mk = (k) => { const o = ri(50, 400) * k, n = ri(800, 4000) * k; const d = r((o + n) * rf(.85, .97)); return [o, n, d]; };
  const xs = mk(1), hy = mk(1), ht = mk(3), mqt = mk(2), xz = mk(.2), zx = mk(3);
  const ms = [0, 1, 2].map((j) => hy[j] + ht[j] + mqt[j]);
  const all = [xs, ms, xz, zx]; const t = [0, 1, 2].map((j) => colSum(all, j));
  const line = (n, v) => s.add([n, v[0] + v[1], v[0], v[1], v[2], v[0] + v[1] - v[2], pct(v[2], v[0] + v[1])], [0, 0, 0, 0, 0, 0, 1]);
  const tr = line('合计', t); line('刑事案件', xs); line('民事案件', ms); line('  #婚姻家庭、继承纠纷', hy); line('  #合同纠纷', ht); line('行政案件', xz); line('执行案件', zx);
  s.setPlant(tr, 4); return [s];
} });

// ct02: public security: 立案/破案/破案率, 比上年增减%
T.push({ file: 'ct02_police_rates_change.xlsx', what: '刑事案件 立案 合计', build() {
  const s = new S('公安');
  s.add(['公安机关立案的刑事案件及破案情况']);
  s.add(['案件类别', '立案数（起）', '比上年增减（%）', '破案数（起）', '破案率（%）']);
  const names = ['杀人', '伤害', '抢劫', '强奸', '拐卖妇女儿童', '盗窃', '诈骗', '走私', '假币', '其他'];
  const rows = names.map(() => { const a = ri(5, 3000), l = r(a * rf(.8, 1.2)) || 1; return [a, l, r(a * rf(.3, .99))]; });
  const line = (n, v) => s.add([n, v[0], gr(v[0], v[1]), v[2], pct(v[2], v[0])], [0, 0, 1, 0, 1]);
  const t = [0, 1, 2].map((j) => colSum(rows, j));
  const tr = line('总计', t); rows.forEach((v, i) => line('  ' + names[i], v));
  s.setPlant(tr, 2); return [s];
} });

// ct03: procuratorate, years as columns, transposed (indicators as rows, 件/人 units column)
T.push({ file: 'ct03_procuratorate_years.xlsx', what: '2023 批准逮捕 人', build() {
  const s = new S('检察');
  s.add(['检察机关办案情况']);
  s.add(['指标', '单位', '2020年', '2021年', '2022年', '2023年']);
  const ser = (a) => { let v = a; return [0, 1, 2, 3].map(() => (v = r(v * rf(.85, 1.15)))); };
  const pz = ser(600), bpz = ser(200), qs = ser(1500), bqs = ser(150);
  s.add(['审查逮捕', '人', ...pz.map((x, i) => x + bpz[i])]);
  const tr = s.add(['  批准逮捕', '人', ...pz]); s.add(['  不批准逮捕', '人', ...bpz]);
  s.add(['审查起诉', '人', ...qs.map((x, i) => x + bqs[i])]); s.add(['  提起公诉', '人', ...qs]); s.add(['  不起诉', '人', ...bqs]);
  s.add(['批捕率', '%', ...pz.map((x, i) => pct(x, x + bpz[i]))], 1);
  s.setPlant(tr, 6); return [s];
} });
module.exports = T;
