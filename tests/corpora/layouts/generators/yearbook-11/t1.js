'use strict';
// Education and health tables
const { ri, rf, r, sum, pct, gr, S, districts, counties, towns } = require('./lib');
const T = [];
const colSum = (rows, j) => sum(rows.map((x) => x[j]));

// edu01: numbered hierarchy 一、（一）1.  总计 first
T.push({ file: 'edu01_numbered_hierarchy.xlsx', what: '总计 在校学生数', build() {
  const s = new S('各级各类学校');
  s.add(['2-1  各级各类学校基本情况（2023年）']); s.merge(1, 1, 1, 6);
  s.add(['项目', '学校数（所）', '毕业生数（人）', '招生数（人）', '在校学生数（人）', '专任教师数（人）']);
  const leaf = (k) => [ri(1, 3) * k, ri(3000, 9000) * k, ri(3500, 9500) * k, ri(12000, 30000) * k, ri(900, 2200) * k];
  const L = { bk: leaf(1), zk: leaf(1), pg: leaf(2), zz: leaf(1), cz: leaf(3), xx: leaf(6), tj: [2, 80, 95, 610, 120], xq: leaf(4) };
  L.xx[0] = ri(90, 160); L.xq[0] = ri(200, 320); L.cz[0] = ri(40, 70);
  const add = (...ks) => [0, 1, 2, 3, 4].map((j) => sum(ks.map((k) => k[j])));
  const gd = add(L.bk, L.zk), gz = add(L.pg, L.zz), zd = add(gz, L.cz), tot = add(gd, zd, L.xx, L.tj, L.xq);
  const tr = s.add(['总计', ...tot]);
  s.add(['一、高等教育', ...gd]); s.add(['    普通本科', ...L.bk]); s.add(['    高职（专科）', ...L.zk]);
  s.add(['二、中等教育', ...zd]); s.add(['  （一）高中阶段教育', ...gz]); s.add(['      1.普通高中', ...L.pg]); s.add(['      2.中等职业教育', ...L.zz]);
  s.add(['  （二）初中阶段教育', ...L.cz]);
  s.add(['三、初等教育', ...L.xx]); s.add(['四、特殊教育', ...L.tj]); s.add(['五、学前教育', ...L.xq]);
  s.add(['注：中等职业教育不含技工学校。']);
  s.setPlant(tr, 5); return [s];
} });

// edu02: primary schools by district with 市辖区/县 subtotals, ratios
T.push({ file: 'edu02_district_subtotals_ratios.xlsx', what: '县 subtotal 在校生', build() {
  const s = new S('小学分区县');
  s.add(['各区县小学教育基本情况']); s.merge(1, 1, 1, 8);
  s.add(['地区', '学校数', '班数', '招生数', '在校生数', '毕业生数', '专任教师', '生师比', '平均班额']);
  s.add(['', '（所）', '（个）', '（人）', '（人）', '（人）', '（人）', '（教师=1）', '（人/班）']);
  const mk = () => { const cls = ri(180, 900); const st = cls * ri(36, 46); return [ri(12, 60), cls, r(st / 6 * rf(0.9, 1.1)), st, r(st / 6 * rf(0.9, 1.05)), r(st / rf(14, 19))]; };
  const D = districts.slice(0, 3).map(mk), C = counties.slice(0, 4).map(mk);
  const tot = (rows) => [0, 1, 2, 3, 4, 5].map((j) => colSum(rows, j));
  const line = (name, v) => s.add([name, ...v, v[3] / v[5], v[3] / v[1]], [0, 0, 0, 0, 0, 0, 0, 1, 1]);
  line('全  市', tot([...D, ...C]));
  line('  市辖区', tot(D)); D.forEach((v, i) => line('    ' + districts[i], v));
  const cr = line('  县', tot(C)); C.forEach((v, i) => line('    ' + counties[i], v));
  s.setPlant(cr, 5); return [s];
} });

// edu03: 其中 columns (女, 少数民族) + 女生占比, total LAST
T.push({ file: 'edu03_qizhong_cols_total_last.xlsx', what: '合计 在校生', build() {
  const s = new S('Sheet1');
  s.add(['表3  在校学生性别与民族构成']); s.add(['单位：人']);
  s.add(['学段', '在校学生', '其中', null, '女生占比（%）']); s.add([null, null, '女', '少数民族', null]);
  s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2); s.merge(3, 3, 3, 4); s.merge(3, 5, 4, 5);
  const names = ['普通高中', '中等职业教育', '普通初中', '普通小学', '特殊教育', '学前教育'];
  const rows = names.map(() => { const t = ri(2000, 90000); return [t, r(t * rf(0.44, 0.52)), r(t * rf(0.02, 0.09))]; });
  rows.forEach((v, i) => s.add([names[i], ...v, pct(v[1], v[0])], [0, 0, 0, 1]));
  const t = [0, 1, 2].map((j) => colSum(rows, j));
  const tr = s.add(['合计', ...t, pct(t[1], t[0])], [0, 0, 0, 1]);
  s.setPlant(tr, 2); return [s];
} });

// edu04: years as columns, 万人 parts rounded independently, growth col
T.push({ file: 'edu04_years_cols_wan.xlsx', what: '2023 合计 万人', build() {
  const s = new S('历年在校生');
  s.add(['历年各级学校在校学生数']); s.add(['指标', '2019年', '2020年', '2021年', '2022年', '2023年', '2023年比上年增长（%）']);
  const names = ['普通高等学校', '普通高中', '中等职业学校', '普通初中', '普通小学', '学前教育'];
  const ex = names.map(() => { let v = rf(1.5, 9); return [0, 1, 2, 3, 4].map(() => (v *= rf(0.96, 1.05))); });
  const dec = [0, 2, 2, 2, 2, 2, 1];
  s.add(['在校学生数（万人）']);
  const tot = [0, 1, 2, 3, 4].map((j) => sum(ex.map((x) => x[j])));
  const tr = s.add(['  合计', ...tot, gr(r(tot[4], 2), r(tot[3], 2))], dec);
  ex.forEach((x, i) => s.add(['  ' + names[i], ...x, gr(r(x[4], 2), r(x[3], 2))], dec));
  s.add(['专任教师数（人）']);
  const te = names.map(() => { let v = ri(800, 6000); return [0, 1, 2, 3, 4].map(() => (v = Math.round(v * rf(0.97, 1.04)))); });
  const tt = [0, 1, 2, 3, 4].map((j) => sum(te.map((x) => x[j])));
  s.add(['  合计', ...tt, gr(tt[4], tt[3])], dec.map((d, j) => (j === 6 ? 1 : 0)));
  te.forEach((x, i) => s.add(['  ' + names[i], ...x, gr(x[4], x[3])], [0, 0, 0, 0, 0, 0, 1]));
  s.setPlant(tr, 6); return [s];
} });

// edu05: two-row merged header by sex + 续表 sheet
T.push({ file: 'edu05_sex_header_xubiao.xlsx', what: '总计 在校生合计', build() {
  const names = ['总计', '普通高中', '中等职业教育', '普通初中', '普通小学', '特殊教育', '幼儿园'];
  const mk = () => { const a = ri(1000, 20000), b = ri(3000, 60000), c = ri(900, 18000), d = ri(200, 4000); return [a, r(a * rf(.45, .5)), b, r(b * rf(.45, .5)), c, r(c * rf(.45, .5)), d, r(d * rf(.5, .8))]; };
  const L = names.slice(1).map(mk); const T0 = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => colSum(L, j));
  const all = [T0, ...L];
  const s1 = new S('表4-5'), s2 = new S('表4-5（续）');
  s1.add(['4-5  分学段学生情况']); s1.add([null, null, null, null, '单位：人']);
  s1.add(['学段', '招生数', null, '在校学生数', null]); s1.add([null, '合计', '#女', '合计', '#女']);
  s1.merge(3, 1, 4, 1); s1.merge(3, 2, 3, 3); s1.merge(3, 4, 3, 5);
  let tr; all.forEach((v, i) => { const x = s1.add([names[i], v[0], v[1], v[2], v[3]]); if (!i) tr = x; });
  s2.add(['4-5  续表']); s2.add([null, null, null, null, '单位：人']);
  s2.add(['学段', '毕业生数', null, '专任教师数', null]); s2.add([null, '合计', '#女', '合计', '#女']);
  s2.merge(3, 1, 4, 1); s2.merge(3, 2, 3, 3); s2.merge(3, 4, 3, 5);
  all.forEach((v, i) => s2.add([names[i], v[4], v[5], v[6], v[7]]));
  s1.setPlant(tr, 4); return [s1, s2];
} });

// hlth01: institutions by type, 其中 column 卫生技术人员
T.push({ file: 'hlth01_institution_types.xlsx', what: '总计 床位', build() {
  const s = new S('卫生机构');
  s.add(['医疗卫生机构、床位和人员数（2023年末）']);
  s.add(['机构类别', '机构数（个）', '床位数（张）', '人员数（人）', '#卫生技术人员']);
  const leaf = (n, b, p) => { const P = ri(p * .6, p * 1.4); return [ri(n * .6, n * 1.4), b ? ri(b * .6, b * 1.4) : null, P, r(P * rf(.7, .85))]; };
  const G = { zh: leaf(20, 5000, 8000), zy: leaf(5, 1200, 1800), zk: leaf(15, 1500, 2000), sq: leaf(40, 300, 2500), xz: leaf(60, 2500, 3500), cw: leaf(900, 0, 1500), zs: leaf(300, 0, 1200), jk: leaf(12, 0, 700), fy: leaf(10, 400, 900), qt: leaf(8, 100, 300) };
  G.cw[1] = null; G.zs[1] = null; G.jk[1] = null;
  const add = (...ks) => [0, 1, 2, 3].map((j) => { const v = ks.map((k) => k[j]).filter((x) => x != null); return v.length ? sum(v) : null; });
  const yy = add(G.zh, G.zy, G.zk), jc = add(G.sq, G.xz, G.cw, G.zs), gw = add(G.jk, G.fy), tot = add(yy, jc, gw, G.qt);
  const dash = (v) => v.map((x) => (x == null ? '—' : x));
  const tr = s.add(['总计', ...dash(tot)]);
  s.add(['一、医院', ...dash(yy)]); s.add(['    综合医院', ...dash(G.zh)]); s.add(['    中医医院', ...dash(G.zy)]); s.add(['    专科医院', ...dash(G.zk)]);
  s.add(['二、基层医疗卫生机构', ...dash(jc)]); s.add(['    社区卫生服务中心（站）', ...dash(G.sq)]); s.add(['    乡镇卫生院', ...dash(G.xz)]); s.add(['    村卫生室', ...dash(G.cw)]); s.add(['    门诊部、诊所', ...dash(G.zs)]);
  s.add(['三、专业公共卫生机构', ...dash(gw)]); s.add(['    疾病预防控制中心', ...dash(G.jk)]); s.add(['    妇幼保健院（所、站）', ...dash(G.fy)]);
  s.add(['四、其他机构', ...dash(G.qt)]);
  s.add(['注：村卫生室人员数含乡村医生和卫生员。']);
  s.setPlant(tr, 3); return [s];
} });

// hlth02: by district with per-千人口 rates, total LAST, population 万人
T.push({ file: 'hlth02_per_thousand_total_last.xlsx', what: '全市 床位', build() {
  const s = new S('每千人口');
  s.add(['分区县卫生资源情况']);
  s.add(['地区', '常住人口（万人）', '床位数（张）', '卫生技术人员（人）', '#执业（助理）医师', '#注册护士', '每千人口床位数（张）', '每千人口卫生技术人员（人）', '每千人口执业（助理）医师（人）']);
  const names = [...districts, ...counties.slice(0, 3)];
  const rows = names.map(() => { const p = rf(20, 90); const w = r(p * 10 * rf(6, 10)); return [p, r(p * 10 * rf(4, 8)), w, r(w * rf(.35, .42)), r(w * rf(.42, .5))]; });
  const dec = [0, 2, 0, 0, 0, 0, 2, 2, 2];
  const line = (n, v) => { const p = r(v[0], 2); return s.add([n, ...v, v[1] / p / 10, v[2] / p / 10, v[3] / p / 10], dec); };
  rows.forEach((v, i) => line(names[i], v));
  const t = [0, 1, 2, 3, 4].map((j) => colSum(rows, j));
  const tr = line('全市', t);
  s.add(['注：每千人口指标按常住人口计算。']);
  s.setPlant(tr, 3); return [s];
} });

// hlth03: transposed categories with years + 增长, total first
T.push({ file: 'hlth03_staff_years_growth.xlsx', what: '合计 2023', build() {
  const s = new S('卫技人员');
  s.add(['卫生技术人员数']); s.add(['单位：人']);
  s.add(['类别', '2022年', '2023年', '增长（%）']);
  const names = ['执业医师', '执业助理医师', '注册护士', '药师（士）', '技师（士）', '其他卫生技术人员'];
  const rows = names.map(() => { const a = ri(400, 9000); return [a, r(a * rf(.95, 1.09))]; });
  const t = [colSum(rows, 0), colSum(rows, 1)];
  const tr = s.add(['卫生技术人员合计', ...t, gr(t[1], t[0])], [0, 0, 0, 1]);
  rows.forEach((v, i) => s.add(['  ' + names[i], ...v, gr(v[1], v[0])], [0, 0, 0, 1]));
  s.setPlant(tr, 3); return [s];
} });

// hlth04: services 万人次 with rates, bilingual headers
T.push({ file: 'hlth04_services_bilingual.xlsx', what: '合计 诊疗人次', build() {
  const s = new S('医疗服务');
  s.add(['医院医疗服务情况', null, null, null, null]); s.add(['Medical Services of Hospitals']);
  s.add(['医院类别', '诊疗人次（万人次）', '入院人数（万人）', '实际开放总床日数（万日）', '实际占用总床日数（万日）', '病床使用率（%）']);
  s.add(['Type of Hospital', 'Visits (10000)', 'Inpatients (10000)', 'Bed-days Open (10000)', 'Bed-days Occupied (10000)', 'Utilization Rate (%)']);
  const names = [['综合医院', 'General Hospitals'], ['中医医院', 'TCM Hospitals'], ['专科医院', 'Specialized Hospitals'], ['护理院', 'Nursing Homes']];
  const rows = names.map(() => { const o = rf(20, 300); return [rf(30, 800), rf(1, 30), o, o * rf(.6, .95)]; });
  const dec = [0, 2, 2, 2, 2, 1];
  const t = [0, 1, 2, 3].map((j) => colSum(rows, j));
  const line = (n, v) => s.add([n, ...v, pct(r(v[3], 2), r(v[2], 2))], dec);
  const tr = line('合计 Total', t);
  rows.forEach((v, i) => line(names[i][0] + ' ' + names[i][1], v));
  s.setPlant(tr, 2); return [s];
} });

// hlth05: township health centers, statistical-form style with 甲/乙 code column
T.push({ file: 'hlth05_form_codes.xlsx', what: '合计 诊疗人次', build() {
  const s = new S('卫统表');
  s.add(['乡镇卫生院基本情况']); s.add(['表    号：', null, null, '卫健统1-3表']); s.add(['填报单位：云溪县卫生健康局', null, null, '2023年']);
  s.add(['乡镇', '代码', '在岗职工（人）', '#卫生技术人员', '床位（张）', '诊疗人次', '出院人数']);
  s.add(['甲', '乙', '1', '2', '3', '4', '5']);
  const ts = towns.slice(0, 9);
  const rows = ts.map(() => { const p = ri(30, 150); return [p, r(p * rf(.75, .9)), ri(20, 120), ri(20000, 120000), ri(500, 4000)]; });
  const t = [0, 1, 2, 3, 4].map((j) => colSum(rows, j));
  const tr = s.add(['合计', '01', ...t]);
  rows.forEach((v, i) => s.add([ts[i], String(i + 2).padStart(2, '0'), ...v]));
  s.add(['单位负责人：', null, '统计负责人：', null, '填表人：']);
  s.setPlant(tr, 6); return [s];
} });
module.exports = T;
