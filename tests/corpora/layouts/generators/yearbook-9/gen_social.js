const { rng, rd, sum, gr, table } = require('./lib');
const T = []; const S = '　';

// 21. 城镇非私营单位就业人员 by 登记注册类型, 其中女性, 女性占比
T.push(() => {
  const R = rng(31);
  const mk = (n, v) => { const t = Math.round(v * (0.9 + R() * 0.2) * 100); const f = Math.round(t * (0.35 + R() * 0.2)); return { n, t, f }; };
  const other = ['股份合作单位', '联营单位', '有限责任公司', '股份有限公司', '港澳台商投资单位', '外商投资单位'].map((n, i) => mk(n, [5, 1, 300, 120, 40, 55][i]));
  const st = mk('国有单位', 420), co = mk('城镇集体单位', 30);
  const oth = { n: '其他单位', t: sum(other.map(x => x.t)), f: sum(other.map(x => x.f)) };
  const tot = { t: st.t + co.t + oth.t, f: st.f + co.f + oth.f };
  const line = (n, x) => [n, x.t, x.f, rd(x.f / x.t * 100, 1)];
  const body = [line('总　计', tot), line(S + '国有单位', st), line(S + '城镇集体单位', co), line(S + '其他单位', oth), ...other.map(x => line(S + S + x.n, x))];
  const t = table({ title: '城镇非私营单位年末就业人员（按登记注册类型分）', unit: '单位：人', head: [['登记注册类型', '年末就业人员', '其中：女性', '女性占比（%）']], body, fmts: { 1: '#,##0', 2: '#,##0' } });
  return { file: 'emp_by_type.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 6, c: 1, what: '有限责任公司 就业人员 +7%' } };
});

// 22. 就业人员 by 行业门类, total on sheet1, 续表 on sheet 2
T.push(() => {
  const R = rng(32);
  const ind = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '水利、环境和公共设施管理业', '居民服务、修理和其他服务业', '教育', '卫生和社会工作', '文化、体育和娱乐业', '公共管理、社会保障和社会组织'];
  const d = ind.map(n => { const c = 500 + Math.floor(R() * 60000); const p = Math.floor(c / (0.93 + R() * 0.14)); return { n, c, p }; });
  const tot = { n: '总　计', c: sum(d.map(x => x.c)), p: sum(d.map(x => x.p)) };
  const line = x => [x.n, x.c, x.p, rd(gr(x.c, x.p), 1)];
  const head = [['行　业', '2023年', '2022年', '增长（%）']];
  const t1 = table({ name: '表4-5', title: '表4-5  城镇非私营单位就业人员（按行业分）', unit: '单位：人', head, body: [line(tot), ...d.slice(0, 10).map(line)], fmts: { 1: '#,##0', 2: '#,##0' } });
  const t2 = table({ name: '表4-5续', title: '表4-5  城镇非私营单位就业人员（按行业分）（续表）', unit: '单位：人', head, body: d.slice(10).map(line), fmts: { 1: '#,##0', 2: '#,##0' } });
  return { file: 'emp_by_industry_cont.xlsx', sheets: [t1, t2], plant: { sheet: '表4-5续', r: t2.bodyStart + 3, c: 1, what: '续表 水利环境 2023 +7% (growth)' } };
});

// 23. 城镇新增就业与登记失业 by 区县
T.push(() => {
  const R = rng(33);
  const regs = ['东湖区', '西湖区', '青云谱区', '青山湖区', '新建区', '南昌县', '安义县', '进贤县'];
  const d = regs.map(n => { const emp = 60000 + Math.floor(R() * 200000); const un = Math.floor(emp * (0.02 + R() * 0.015)); const ne = Math.floor(3000 + R() * 8000); const re = Math.floor(ne * (0.2 + R() * 0.2)); return { n, emp, un, ne, re }; });
  const tot = { n: '全　市', emp: sum(d.map(x => x.emp)), un: sum(d.map(x => x.un)), ne: sum(d.map(x => x.ne)), re: sum(d.map(x => x.re)) };
  const line = x => [x.n, x.ne, x.re, x.un, rd(x.un / (x.un + x.emp) * 100, 2)];
  const t = table({ title: '各县（区）城镇就业和登记失业情况', unit: '', head: [['地　区', '城镇新增就业人数（人）', '失业人员再就业人数（人）', '年末城镇登记失业人数（人）', '城镇登记失业率（%）']], body: [line(tot), ...d.map(line)] });
  return { file: 'emp_unemployment.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 3, what: '新建区 登记失业人数 +7%' } };
});

// 24. 乡镇概况: county row total for counts, weighted average for per-capita income
T.push(() => {
  const R = rng(34);
  const tw = ['城关镇', '新店镇', '马铺乡', '龙潭镇', '石桥镇', '白沙乡', '黄坪乡', '大河镇', '清泉乡', '金山镇', '杨柳乡', '和平乡'];
  const d = tw.map(n => { const v = 6 + Math.floor(R() * 20); const hh = v * (300 + Math.floor(R() * 300)); const pop = Math.floor(hh * (2.6 + R() * 0.8)); const rural = Math.floor(pop * (0.6 + R() * 0.35)); const land = pop * (0.8 + R() * 1.2); const inc = 14000 + R() * 8000; return { n, v, hh, pop, rural, land, inc }; });
  const tot = { n: '全　县', v: sum(d.map(x => x.v)), hh: sum(d.map(x => x.hh)), pop: sum(d.map(x => x.pop)), rural: sum(d.map(x => x.rural)), land: sum(d.map(x => x.land)), inc: sum(d.map(x => x.inc * x.rural)) / sum(d.map(x => x.rural)) };
  const line = x => [x.n, x.v, x.hh, x.pop, x.rural, rd(x.land, 0), Math.round(x.inc)];
  const t = table({ title: '乡镇基本情况（2023年）', unit: '', head: [['乡（镇）', '行政村（个）', '户数（户）', '户籍人口（人）', '其中：乡村人口（人）', '耕地面积（亩）', '农村居民人均可支配收入（元）']], body: [line(tot), ...d.map(line)], fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '#,##0', 6: '#,##0' } });
  return { file: 'twp_overview.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 4, c: 3, what: '龙潭镇 户籍人口 +7%' } };
});

// 25. 乡镇基础设施: 其中 村数 ≤ 行政村数, 比重
T.push(() => {
  const R = rng(35);
  const tw = ['城关镇', '新店镇', '马铺乡', '龙潭镇', '石桥镇', '白沙乡', '黄坪乡', '大河镇'];
  const d = tw.map(n => { const v = 6 + Math.floor(R() * 20); const bb = v - Math.floor(R() * 2); const bus = v - Math.floor(R() * 4); const kg = Math.floor(v * (0.2 + R() * 0.5)); return { n, v, bb, bus, kg }; });
  const tot = { n: '全　县', v: sum(d.map(x => x.v)), bb: sum(d.map(x => x.bb)), bus: sum(d.map(x => x.bus)), kg: sum(d.map(x => x.kg)) };
  const line = x => [x.n, x.v, x.bb, rd(x.bb / x.v * 100, 1), x.bus, rd(x.bus / x.v * 100, 1), x.kg];
  const t = table({ title: '乡镇村级基础设施情况', unit: '单位：个、%', head: [['乡（镇）', '行政村数', '通宽带的村', null, '通公交的村', null, '有幼儿园的村'], [null, null, '个数', '比重', '个数', '比重', null]], headMerges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 3], [0, 4, 0, 5], [0, 6, 1, 6]], body: [line(tot), ...d.map(line)] });
  return { file: 'twp_facilities.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 1, what: '新店镇 行政村数 +8 (sum; 比重)' } };
});

// 26. 乡镇 农林牧渔业总产值: merged 地区 cell spanning 本年/上年 rows
T.push(() => {
  const R = rng(36);
  const tw = ['全　县', '城关镇', '新店镇', '马铺乡', '龙潭镇', '石桥镇'];
  const kids = tw.slice(1).map(n => { const mk = () => [40000 * R() + 20000, 8000 * R() + 1000, 30000 * R() + 10000, 6000 * R() + 500, 4000 * R() + 800]; const c = mk(); const p = c.map(v => v / (1 + R() * 0.08)); return { n, c, p }; });
  const totC = [0, 1, 2, 3, 4].map(j => sum(kids.map(k => k.c[j]))), totP = [0, 1, 2, 3, 4].map(j => sum(kids.map(k => k.p[j])));
  const all = [{ n: '全　县', c: totC, p: totP }, ...kids];
  const body = []; const bodyMerges = [];
  all.forEach((x, i) => { const L = (y, v) => [i ? x.n : x.n, y, rd(sum(v), 0), ...v.map(z => rd(z, 0))]; const a = L('2023年', x.c), b = L('2022年', x.p); b[0] = null; body.push(a, b); bodyMerges.push([2 * i, 0, 2 * i + 1, 0]); });
  // keep row totals consistent with rounding: total = rd(sum precise)
  const t = table({ title: '各乡镇农林牧渔业总产值（现价）', unit: '单位：万元', head: [['乡（镇）', '年份', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动']], body, bodyMerges, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '#,##0', 6: '#,##0', 7: '#,##0' } });
  return { file: 'twp_agri_output_merged.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 5, what: '马铺乡 2022 牧业 +7% (row sum; column sum of 2022 rows)' } };
});

// 27. 各级各类学校 学校数/毕业生/招生/在校生/专任教师/生师比
T.push(() => {
  const R = rng(37);
  const lv = [['普通高等学校', 8, 12000, 30], ['中等职业教育', 25, 6000, 18], ['普通高中', 40, 9000, 13], ['初中', 120, 11000, 12.5], ['普通小学', 360, 12500, 16.5], ['特殊教育', 6, 120, 6], ['学前教育（幼儿园）', 600, 15000, 14]];
  const body = lv.map(([n, s, g, ratio]) => { const sc = s + Math.floor(R() * s * 0.2); const grad = Math.round(g * (0.9 + R() * 0.2)); const enr = Math.round(grad * (1 + R() * 0.15)); const yrs = n.includes('小学') ? 6 : n.includes('幼儿') ? 3 : n.includes('高等') ? 3.8 : 3; const stu = Math.round(enr * yrs * (0.97 + R() * 0.05)); const tch = Math.round(stu / (ratio * (0.95 + R() * 0.1))); return [n, sc, grad, enr, stu, tch, rd(stu / tch, 2)]; });
  const t = table({ title: '各级各类学校基本情况', unit: '', head: [['学校类别', '学校数（所）', '毕业生数（人）', '招生数（人）', '在校学生数（人）', '专任教师（人）', '生师比（教师=1）']], body, fmts: { 2: '#,##0', 3: '#,##0', 4: '#,##0', 5: '#,##0' } });
  return { file: 'edu_by_level.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 5, what: '普通高中 专任教师 +7% (生师比)' } };
});

// 28. 普通本专科 by 学科门类
T.push(() => {
  const R = rng(38);
  const disc = ['哲学', '经济学', '法学', '教育学', '文学', '历史学', '理学', '工学', '农学', '医学', '管理学', '艺术学'];
  const B = disc.map(n => { const e = Math.round((n === '工学' ? 9000 : n === '哲学' ? 60 : 2000) * (0.6 + R() * 0.8)); return [n, Math.round(e * 0.92), e, Math.round(e * 3.9)]; });
  const Z = [Math.round(20000 * (0.9 + R() * 0.2))]; const zk = ['专科', Math.round(Z[0] * 0.95), Z[0], Math.round(Z[0] * 2.9)];
  const bk = ['本科', ...[1, 2, 3].map(j => sum(B.map(r => r[j])))];
  const tot = ['合　计', ...[1, 2, 3].map(j => bk[j] + zk[j])];
  const t = table({ title: '普通高等学校本专科分学科学生数', unit: '单位：人', head: [['学　科', '毕业生数', '招生数', '在校学生数']], body: [tot, bk, ...B.map(r => [S + r[0], ...r.slice(1)]), zk] });
  return { file: 'edu_higher_discipline.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 9, c: 2, what: '工学 招生 +7%' } };
});

// 29. 区县义务教育: 2-level header 小学/初中 × 学校数/在校生/专任教师/生师比
T.push(() => {
  const R = rng(39);
  const regs = ['市直', '城中区', '城东区', '城西区', '大通县', '湟中区', '湟源县'];
  const d = regs.map(n => { const m = () => { const s = 5 + Math.floor(R() * 60); const st = Math.round(s * (300 + R() * 600)); const tc = Math.round(st / (12 + R() * 6)); return [s, st, tc]; }; return { n, p: m(), j: m() }; });
  const tp = [0, 1, 2].map(k => sum(d.map(x => x.p[k]))), tj = [0, 1, 2].map(k => sum(d.map(x => x.j[k])));
  const line = (n, p, j) => [n, p[0], p[1], p[2], rd(p[1] / p[2], 2), j[0], j[1], j[2], rd(j[1] / j[2], 2)];
  const t = table({ title: '各县（区）义务教育学校基本情况', unit: '单位：所、人', head: [['地　区', '小学', null, null, null, '初中', null, null, null], [null, '学校数', '在校生', '专任教师', '生师比', '学校数', '在校生', '专任教师', '生师比']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 4], [0, 5, 0, 8]], body: [line('全　市', tp, tj), ...d.map(x => line(x.n, x.p, x.j))] });
  return { file: 'edu_county_compulsory.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 6, what: '城东区 初中在校生 +7% (sum, 生师比)' } };
});

// 30. 文化设施 by 区县
T.push(() => {
  const R = rng(40);
  const regs = ['中心城区', '北部新区', '汉滨区', '汉阴县', '石泉县', '宁陕县', '紫阳县', '岚皋县', '平利县'];
  const d = regs.map(n => { const lib = 1 + Math.floor(R() * 2); const books = 10 + R() * 80; const visits = books * (0.8 + R()); const mus = Math.floor(R() * 4); const cul = 1; return [n, lib, rd(books, 1), rd(visits, 1), cul, mus]; });
  const tot = ['全　市', sum(d.map(r => r[1])), null, null, sum(d.map(r => r[4])), sum(d.map(r => r[5]))];
  // totals from rounded parts is fine too (realistic)
  tot[2] = rd(sum(d.map(r => r[2])), 1); tot[3] = rd(sum(d.map(r => r[3])), 1);
  const t = table({ title: '公共文化设施情况', unit: '', head: [['地　区', '公共图书馆（个）', '图书馆总藏量（万册）', '图书馆总流通人次（万人次）', '文化馆（个）', '博物馆（个）']], body: [tot, ...d] });
  return { file: 'culture_facilities.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 6, c: 2, what: '宁陕县 藏量 +7%' } };
});
module.exports = T;
