'use strict';
const { ri, rf, r, sum, pct, gr, S, colSum, fw, median, districts, counties, towns } = require('./lib');
const T = [];

// f01 deposits/loans 亿元 hierarchy, 比年初增减, 比上年末增长
T.push({ file: 'f01_deposits_loans_yi_hierarchy.xlsx', what: '各项存款余额 年末', build() {
  const s = new S('存贷款');
  s.add(['金融机构人民币存贷款情况']); s.add(['单位：亿元']);
  s.add(['项  目', '2024年末余额', '比年初增减', '比上年末增长（%）']);
  const dep = [['住户存款', rf(1500, 2200)], ['非金融企业存款', rf(500, 900)], ['机关团体存款', rf(200, 400)], ['财政性存款', rf(20, 80)], ['非银行业金融机构存款', rf(5, 40)]];
  const loan = [['住户贷款', null], ['  短期贷款', rf(200, 400)], ['  中长期贷款', rf(600, 1000)], ['企（事）业单位贷款', null], ['  短期贷款', rf(300, 600)], ['  中长期贷款', rf(900, 1500)], ['  票据融资', rf(50, 150)], ['非银行业金融机构贷款', rf(0.5, 3)]];
  const line = (n, v, v0) => s.add([n, r(v, 2), r(v, 2) - r(v0, 2), gr(r(v, 2), r(v0, 2))], [0, 2, 2, 1]);
  const d0 = dep.map(([, v]) => v / rf(1.04, 1.1));
  const tr = line('各项存款余额', sum(dep.map((x) => x[1])), sum(d0));
  dep.forEach(([n, v], i) => line('  ' + n, v, d0[i]));
  const l0 = loan.map(([, v]) => (v === null ? null : v / rf(.97, 1.12)));
  const lt = sum(loan.map((x) => x[1] || 0)), lt0 = sum(l0.map((x) => x || 0));
  line('各项贷款余额', lt, lt0);
  line('  住户贷款', loan[1][1] + loan[2][1], l0[1] + l0[2]); line('    短期贷款', loan[1][1], l0[1]); line('    中长期贷款', loan[2][1], l0[2]);
  line('  企（事）业单位贷款', loan[4][1] + loan[5][1] + loan[6][1], l0[4] + l0[5] + l0[6]); line('    短期贷款', loan[4][1], l0[4]); line('    中长期贷款', loan[5][1], l0[5]); line('    票据融资', loan[6][1], l0[6]);
  line('  非银行业金融机构贷款', loan[7][1], l0[7]);
  s.add(['注：各项存款、贷款余额由未修约的分项相加后修约，与分项之和可能存在尾差。']);
  s.setPlant(tr, 2); return [s];
} });

// f02 fiscal revenue, 预算 vs 执行, '/' placeholders, 万元 with separators
T.push({ file: 'f02_fiscal_budget_exec_placeholders.xlsx', what: '一般公共预算收入 执行数', build() {
  const s = new S('财政收入');
  s.add(['2024年一般公共预算收入执行情况']); s.add(['单位：万元']);
  s.add(['项目', '年初预算数', '执行数', '完成预算（%）', '上年执行数', '比上年增长（%）']);
  const tax = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税'];
  const non = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const mk = () => { const e = ri(500, 90000); return [r(e * rf(.9, 1.1)), e, r(e * rf(.85, 1.15))]; };
  const T1 = tax.map(mk), N1 = non.map(mk);
  N1[4] = ['/', ri(300, 2000), ri(200, 2500)];
  const line = (n, v) => s.add([n, v[0], v[1], typeof v[0] === 'number' ? pct(v[1], v[0]) : '/', v[2], gr(v[1], v[2])], [0, 0, 0, 1, 0, 1]);
  const st = (A) => [0, 1, 2].map((j) => sum(A.map((x) => (typeof x[j] === 'number' ? x[j] : 0))));
  const ts = st(T1), ns = st(N1); ns[0] = sum(N1.slice(0, 4).map((x) => x[0]));
  const tr = line('一般公共预算收入', [ts[0] + ns[0] + 0, ts[1] + ns[1], ts[2] + ns[2]]);
  s.rows[tr - 1][1] = '/'; s.rows[tr - 1][3] = '/';
  line('  税收收入', ts); tax.forEach((n, i) => line('    ' + n, T1[i]));
  const nr = line('  非税收入', ns); s.rows[nr - 1][1] = '/'; s.rows[nr - 1][3] = '/';
  non.forEach((n, i) => line('    ' + n, N1[i]));
  s.thou = true;
  s.add(['注：非税收入中“其他收入”年初未编列预算，以“/”表示；合计栏预算数不可比，不予汇总。']);
  s.setPlant(tr, 3); return [s];
} });

// e01 education: 序号, hierarchy of school levels, 生师比
T.push({ file: 'e01_schools_xuhao_hierarchy.xlsx', what: '总计 在校学生数', count: true, build() {
  const s = new S('各级各类学校');
  s.add(['各级各类学校基本情况']);
  s.add(['序号', '学校类别', '学校数\n（所）', '毕业生数\n（人）', '招生数\n（人）', '在校学生数\n（人）', '专任教师数\n（人）', '生师比\n（教师=1）']);
  const lv = [['普通高中', 1], ['中等职业学校', 1], ['普通初中', 1], ['  其中：九年一贯制学校', 2], ['普通小学', 1], ['  其中：教学点', 2], ['特殊教育学校', 1], ['幼儿园', 1]];
  const v = lv.map(() => { const st = ri(3000, 60000); return [ri(2, 120), r(st * rf(.28, .35)), r(st * rf(.3, .36)), st, r(st / rf(11, 18))]; });
  v[3] = v[2].map((x) => r(x * rf(.15, .3))); v[5] = v[4].map((x) => r(x * rf(.02, .06)));
  const top = v.filter((_, i) => lv[i][1] === 1);
  const tot = [0, 1, 2, 3, 4].map((j) => colSum(top, j));
  const tr = s.add([null, '总计', ...tot, tot[3] / tot[4]], [0, 0, 0, 0, 0, 0, 0, 2]);
  let k = 0; lv.forEach(([n, lvl], i) => s.add([lvl === 1 ? ++k : null, n, ...v[i], v[i][3] / v[i][4]], [0, 0, 0, 0, 0, 0, 0, 2]));
  s.setPlant(tr, 6); return [s];
} });

// e02 education transposed: counties as columns, indicator rows incl. per-school averages
T.push({ file: 'e02_primary_transposed_counties.xlsx', what: '全市 在校生', count: true, build() {
  const s = new S('小学');
  s.add(['各县（市、区）小学教育基本情况']);
  const names = [...districts, ...counties];
  s.add(['项  目', '全  市', ...names]);
  const cols = names.map(() => { const st = ri(9000, 60000); const b = r(st * rf(.5, .53)); return [ri(15, 90), ri(300, 1800), st, b, st - b, r(st * rf(.15, .18)), r(st * rf(.16, .19)), r(st / rf(14, 19))]; });
  const tot = cols[0].map((_, j) => colSum(cols, j));
  const labels = ['学校数（所）', '班级数（个）', '在校学生数（人）', '  男', '  女', '招生数（人）', '毕业生数（人）', '专任教师数（人）'];
  let tr;
  labels.forEach((l, i) => { const rr = s.add([l, tot[i], ...cols.map((c) => c[i])]); if (i === 2) tr = rr; });
  s.add(['平均班额（人/班）', tot[2] / tot[1], ...cols.map((c) => c[2] / c[1])], 1);
  s.add(['生师比（教师=1）', tot[2] / tot[7], ...cols.map((c) => c[2] / c[7])], 1);
  s.setPlant(tr, 2); return [s];
} });

// e03 stacked: 小学 and 初中 tables on one sheet each with 合计 at the bottom, rank of 巩固率
T.push({ file: 'e03_stacked_primary_junior_total_bottom.xlsx', what: '初中 合计 在校生', count: true, build() {
  const s = new S('义务教育');
  const names = [...districts, ...counties];
  let tr;
  for (const [k, lvl] of [[1, '小学'], [2, '初中']]) {
    s.add([`表${k}  ${lvl}学生情况`]);
    s.add(['县（市、区）', '在校生\n（人）', '其中：\n女生', '随迁子女', '留守儿童', '毕业生\n（人）', '毕业率\n（%）', '应届毕业班\n学生（人）']);
    const rows = names.map(() => { const st = ri(5000, 40000); const g = r(st / rf(5.6, 6.2) * (lvl === '初中' ? 2 : 1)); const gg = r(g * rf(.985, 1)); return [st, r(st * rf(.46, .49)), r(st * rf(.03, .15)), r(st * rf(.05, .2)), gg, g]; });
    rows.forEach((v, i) => s.add([names[i], v[0], v[1], v[2], v[3], v[4], pct(v[4], v[5], 2), v[5]], [0, 0, 0, 0, 0, 0, 2, 0]));
    const t = rows[0].map((_, j) => colSum(rows, j));
    const rr = s.add(['合计', t[0], t[1], t[2], t[3], t[4], pct(t[4], t[5], 2), t[5]], [0, 0, 0, 0, 0, 0, 2, 0]);
    if (lvl === '初中') tr = rr;
    s.blank();
  }
  s.add(['资料来源：市教育局2024年教育事业统计。']);
  s.setPlant(tr, 2); return [s];
} });

// h01 health resources with 每千人口 rates, 常住人口 in 万人, 合计 named by place
T.push({ file: 'h01_health_per_thousand.xlsx', what: '江州市 床位数', count: true, build() {
  const s = new S('卫生资源');
  s.add(['各县（市、区）卫生资源情况']);
  s.add(['地区', '常住人口\n（万人）', '医疗卫生\n机构（个）', '其中：\n医院', '床位数\n（张）', '卫生技术\n人员（人）', '执业（助理）\n医师', '注册护士', '每千人口\n床位（张）', '每千人口执业\n（助理）医师（人）', '每千人口注册\n护士（人）']);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const p = rf(20, 100); const b = r(p * 10 * rf(5, 8)); const d = r(p * 10 * rf(2.4, 3.4)), n = r(p * 10 * rf(2.8, 4)); return [p, ri(150, 700), ri(5, 30), b, r((d + n) / rf(.8, .86)), d, n]; });
  const line = (nm, v) => { const P = r(v[0], 2); return s.add([nm, P, v[1], v[2], v[3], v[4], v[5], v[6], v[3] / (P * 10), v[5] / (P * 10), v[6] / (P * 10)], [0, 2, 0, 0, 0, 0, 0, 0, 2, 2, 2]); };
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('江州市', tot); rows.forEach((v, i) => line(names[i], v));
  s.thou = true;
  s.setPlant(tr, 5); return [s];
} });

// h02 maternal & child: ‰ and 1/10万 rates, zeros, '-' placeholders
T.push({ file: 'h02_mch_mortality_rates.xlsx', what: '全县 活产数', count: true, build() {
  const s = new S('妇幼卫生');
  s.add(['妇幼保健主要指标']);
  s.add(['乡镇', '活产数\n（人）', '婴儿死亡数\n（人）', '婴儿死亡率\n（‰）', '5岁以下儿童\n死亡数（人）', '5岁以下儿童\n死亡率（‰）', '孕产妇死亡数\n（人）', '孕产妇死亡率\n（1/10万）', '住院分娩率\n（%）']);
  const ts = towns.slice(0, 12);
  const rows = ts.map(() => { const b = ri(150, 900); const inf = ri(0, 4); return [b, inf, inf + ri(0, 2), rf(0, 1) < .85 ? 0 : 1, b - ri(0, 2)]; });
  const line = (n, v) => s.add([n, v[0], v[1], v[1] / v[0] * 1000, v[2], v[2] / v[0] * 1000, v[3] === 0 ? '-' : v[3], v[3] / v[0] * 1e5, v[4] / v[0] * 100], [0, 0, 0, 2, 0, 2, 0, 2, 2]);
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = line('全县', tot); rows.forEach((v, i) => line(ts[i], v));
  s.add(['注：“-”表示无孕产妇死亡。']);
  s.setPlant(tr, 2); return [s];
} });

// h03 very wide health personnel by institution type with 小计 groups
T.push({ file: 'h03_wide_health_staff_groups.xlsx', what: '总计 卫生人员合计', count: true, build() {
  const s = new S('卫生人员');
  s.add(['卫生人员数（按机构类别分）']); s.add(['单位：人']);
  const h1 = ['机构类别', '卫生人员\n合计', '卫生技术人员', null, null, null, null, null, null, null, '乡村医生\n和卫生员', '其他技术\n人员', '管理人员', '工勤技能\n人员', '按性别分', null, '按年龄分', null, null, null];
  const h2 = [null, null, '小计', '执业（助理）\n医师', '其中：\n执业医师', '注册护士', '药师（士）', '技师（士）', '其他', null, null, null, null, null, '男', '女', '35岁以下', '35-44岁', '45-54岁', '55岁及以上'];
  h2[9] = '其中：\n全科医生'; h1[9] = null;
  s.add(h1); s.add(h2); s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2); s.merge(3, 3, 3, 10); [11, 12, 13, 14].forEach((c) => s.merge(3, c, 4, c)); s.merge(3, 15, 3, 16); s.merge(3, 17, 3, 20);
  const kinds = ['医院', '  综合医院', '  中医医院', '  专科医院', '基层医疗卫生机构', '  社区卫生服务中心（站）', '  乡镇卫生院', '  村卫生室', '  门诊部（所）', '专业公共卫生机构', '  疾病预防控制中心', '  妇幼保健院（所、站）', '其他机构'];
  const leaf = (isVillage) => { const d = ri(50, 1800), n = ri(60, 2500), y = ri(5, 200), j = ri(5, 200), o = ri(5, 300); const v = isVillage ? ri(300, 900) : 0; const ot = ri(5, 150), m = ri(5, 200), w = ri(10, 300); const tot = d + n + y + j + o + v + ot + m + w; const male = r(tot * rf(.25, .4)); const a = [r(tot * rf(.25, .35)), r(tot * rf(.25, .3)), r(tot * rf(.2, .25))]; return [tot, d + n + y + j + o, d, r(d * rf(.7, .9)), n, y, j, o, ri(0, Math.floor(d / 10)), v, ot, m, w, male, tot - male, ...a, tot - sum(a)]; };
  const L = {}; ['  综合医院', '  中医医院', '  专科医院', '  社区卫生服务中心（站）', '  乡镇卫生院', '  村卫生室', '  门诊部（所）', '  疾病预防控制中心', '  妇幼保健院（所、站）', '其他机构'].forEach((k) => { L[k] = leaf(k.includes('村卫生室')); });
  const add = (ks) => L[ks[0]].map((_, j) => sum(ks.map((k) => L[k][j])));
  L['医院'] = add(['  综合医院', '  中医医院', '  专科医院']); L['基层医疗卫生机构'] = add(['  社区卫生服务中心（站）', '  乡镇卫生院', '  村卫生室', '  门诊部（所）']); L['专业公共卫生机构'] = add(['  疾病预防控制中心', '  妇幼保健院（所、站）']);
  const tot = add(['医院', '基层医疗卫生机构', '专业公共卫生机构', '其他机构']);
  const tr = s.add(['总  计', ...tot]); kinds.forEach((k) => s.add([k, ...L[k]]));
  s.thou = true;
  s.add(['注：专业公共卫生机构仅列主要类别，合计含未列出的其他类别时以“…”表示；本表无未列类别。']);
  s.setPlant(tr, 2); return [s];
} });

// s01 social organisations registration change table with base-zero '—' and negative growth, 序号 column
T.push({ file: 's01_social_org_change_xuhao.xlsx', what: '合计 2024 社会组织', count: true, build() {
  const s = new S('社会组织登记');
  s.add(['各县市区社会组织登记情况']);
  s.add(['序号', '县市区', '社会组织总数（个）', null, null, null, '其中：基金会（个）', null, '本年新登记\n（个）', '本年注销\n（个）']);
  s.add([null, null, '2023年', '2024年', '增减', '增长（%）', '2023年', '2024年', null, null]);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 2, 6); s.merge(2, 7, 2, 8); s.merge(2, 9, 3, 9); s.merge(2, 10, 3, 10);
  const names = [...districts, ...counties];
  const rows = names.map(() => { const a = ri(150, 900); const nw = ri(5, 60), dl = ri(3, 70); const f0 = ri(0, 3); return [a, a + nw - dl, f0, f0 + ri(0, 1), nw, dl]; });
  rows.forEach((v, i) => s.add([i + 1, names[i], v[0], v[1], v[1] - v[0], gr(v[1], v[0]), v[2] === 0 ? '-' : v[2], v[3] === 0 ? '-' : v[3], v[4], v[5]], [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]));
  const t = rows[0].map((_, j) => colSum(rows, j));
  const tr = s.add([null, '合计', t[0], t[1], t[1] - t[0], gr(t[1], t[0]), t[2], t[3], t[4], t[5]], [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
  s.blank(); s.add(['填报单位：江州市民政局', null, null, '填报人：吴倩', null, null, '联系电话：0736-8812207', null, null, '2025年1月']);
  s.setPlant(tr, 4); return [s];
} });

// s02 pension insurance with hidden rows + 小计 for 城镇/乡村, 万人 parts
T.push({ file: 's02_pension_hidden_xiaoji.xlsx', what: '合计 参保人数', build() {
  const s = new S('养老保险');
  s.add(['基本养老保险参保情况']); s.add(['单位：万人']);
  s.add(['项目', '参保人数', '其中：\n在职职工', '离退休人员', '上年参保人数', '增长（%）']);
  const g = [['城镇职工基本养老保险', ['企业职工', '机关事业单位']], ['城乡居民基本养老保险', ['城镇居民', '农村居民']]];
  const ex = g.map(([, it]) => it.map(() => { const a = rf(5, 60); const w = a * rf(.6, .8); return [a, w, a - w, a / rf(.98, 1.05)]; }));
  const line = (n, v) => s.add([n, r(v[0], 2), r(v[1], 2), r(v[2], 2), r(v[3], 2), gr(r(v[0], 2), r(v[3], 2))], [0, 2, 2, 2, 2, 1]);
  const all = ex.flat(); const tot = [0, 1, 2, 3].map((j) => sum(all.map((x) => x[j])));
  const tr = line('合计', tot);
  g.forEach(([n, it], gi) => { line(n, [0, 1, 2, 3].map((j) => sum(ex[gi].map((x) => x[j])))); it.forEach((m, k) => { const rr = line('  ' + m, ex[gi][k]); if (gi === 0 && k === 1) s.hide(rr); }); });
  s.add(['注：分项数由未修约数据汇总后修约，个别合计与分项之和存在尾差。']);
  s.setPlant(tr, 2); return [s];
} });

// x01 party org stats form (党内统计 style): 甲/乙 columns, 栏次 numbering row, province-level with 市州 rows
T.push({ file: 'x01_party_form_lanci_row.xlsx', what: '全省 党员总数', count: true, build() {
  const s = new S('党统1表');
  s.add(['党员和党组织基本情况']);
  s.add(['填报单位：中共江南省委组织部', null, null, null, null, null, null, null, null, '2024年12月31日']);
  s.add(['单位', '党员总数', '其中', null, null, null, '基层党组织', null, null, null]);
  s.add([null, null, '预备党员', '女党员', '少数民族', '大学本科\n及以上', '合计', '基层党委', '总支部', '支部']);
  s.add(['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  s.merge(3, 1, 4, 1); s.merge(3, 2, 4, 2); s.merge(3, 3, 3, 6); s.merge(3, 7, 3, 10);
  const cities = ['江州市', '临川市', '白水市', '安宁市', '东陵市', '西平市', '南屏市', '北辰市', '江南新区'];
  const rows = cities.map(() => { const n = ri(80000, 400000); const o = [ri(300, 1200), ri(700, 2500), ri(8000, 20000)]; return [n, r(n * rf(.02, .035)), r(n * rf(.26, .34)), r(n * rf(.01, .08)), r(n * rf(.25, .4)), sum(o), ...o]; });
  const tot = rows[0].map((_, j) => colSum(rows, j));
  const tr = s.add(['全省', ...tot]); rows.forEach((v, i) => s.add([cities[i], ...v]));
  s.add(['审核人：', null, null, '填表人：', null, null, '联系电话：', null, null, '报送日期：']);
  s.thou = true;
  s.setPlant(tr, 2); return [s];
} });

// x02 CPI-style indices: 上年=100 with weights; no sums (checks should stay silent)
T.push({ file: 'x02_price_index_no_sum.xlsx', what: '居民消费价格总指数', build() {
  const s = new S('价格指数');
  s.add(['2024年居民消费价格指数']);
  s.add(['类  别', '上年同月=100\n（12月）', '上年同期=100\n（1-12月）', '上月=100\n（12月）']);
  const cats = ['食品烟酒', '  #粮食', '   畜肉类', '   鲜菜', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const v = cats.map(() => [rf(97, 103.5), rf(98, 102.5), rf(99, 101)]);
  const w = cats.map((c) => (c.startsWith(' ') ? 0 : rf(5, 30))); const W = sum(w);
  const tot = [0, 1, 2].map((j) => sum(v.map((x, i) => r(x[j], 1) * w[i])) / W);
  const tr = s.add(['居民消费价格总指数', ...tot], 1); cats.forEach((c, i) => s.add([c, ...v[i]], 1));
  s.add(['注：总指数按各类别权数加权计算。']);
  s.setPlant(tr, 3); return [s];
} });

// x03 wide party membership by sector × sex/age with 两个合计列组 and 行业 rows, total labelled 合 计
T.push({ file: 'x03_wide_party_sector_age_edu.xlsx', what: '合 计 党员数', count: true, build() {
  const s = new S('分领域党员');
  s.add(['党员按所在领域分布（年龄、学历）']);
  const ages = ['30岁及以下', '31-40岁', '41-50岁', '51-60岁', '61-70岁', '71岁及以上'];
  const edu = ['研究生', '大学本科', '大学专科', '中专', '高中及以下'];
  s.add(['领  域', '党员数\n（名）', '按年龄分', ...ages.slice(1).map(() => null), '按学历分', ...edu.slice(1).map(() => null), '按性别分', null, '平均年龄\n（岁）']);
  s.add([null, null, ...ages, ...edu, '男', '女', null]);
  s.merge(2, 1, 3, 1); s.merge(2, 2, 3, 2); s.merge(2, 3, 2, 8); s.merge(2, 9, 2, 13); s.merge(2, 14, 2, 15); s.merge(2, 16, 3, 16);
  const dom = ['党政机关', '事业单位', '国有企业', '非公有制企业', '社会组织', '农牧渔民', '城市社区', '离退休人员', '学生', '其他'];
  const mid = [25, 30, 35, 35, 33, 30, 30, 40, 35, 30];
  const rows = dom.map(() => { const a = ages.map(() => ri(200, 9000)); const n = sum(a); const e = edu.slice(0, 4).map(() => r(n * rf(.05, .22))); e.push(n - sum(e)); const m = r(n * rf(.6, .8)); const avg = sum(a.map((x, k) => x * [26, 35.5, 45.5, 55.5, 65.5, 78][k])) / n; return [n, ...a, ...e, m, n - m, avg]; });
  const tot = rows[0].map((_, j) => (j === 14 ? sum(rows.map((v) => v[0] * r(v[14], 1))) / sum(rows.map((v) => v[0])) : colSum(rows, j)));
  const dec = Array(16).fill(0); dec[15] = 1;
  const tr = s.add(['合 计', ...tot], dec); rows.forEach((v, i) => s.add([dom[i], ...v], dec));
  s.setPlant(tr, 2); return [s];
} });
module.exports = T;
