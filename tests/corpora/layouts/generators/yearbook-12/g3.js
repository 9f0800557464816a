const { ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const I = (n, s) => '　'.repeat(n) + s;
const TOWNS = ['城关街道', '东关街道', '西园街道', '河口镇', '白沙镇', '柳林镇', '马坊镇', '龙泉乡', '石桥乡', '杨庄乡', '新店乡'];

// e01 education by level: schools, classes, enrol, students, graduates, teachers, student-teacher ratio
book('e01_教育_各级学校_生师比.xlsx', wb => {
  const ws = wb.addWorksheet('教育');
  const lv = [['普通高中', 6, 2], ['初中', 18, 3], ['小学', 65, 6], ['特殊教育', 1, 9], ['中等职业教育', 3, 3], ['幼儿园', 88, 3]];
  const d = lv.map(([n, s, y]) => { const st = ri(s * 300, s * 900); const te = Math.round(st / rf(10, 17)); return [n, s + ri(0, 5), Math.round(st / 45), Math.round(st / y * rf(.95, 1.05)), st, Math.round(st / y * rf(.9, 1)), te]; });
  const T = ['总　计', ...[1, 2, 3, 4, 5, 6].map(i => sum(d.map(x => x[i])))];
  const ln = x => [...x, F(x[4] / x[6], 2)];
  const t = table(ws, { title: '各级各类学校基本情况', head: [['学校类别', '学校数\n（所）', '班数\n（个）', '招生数\n（人）', '在校学生数\n（人）', '毕业生数\n（人）', '专任教师\n（人）', '生师比\n（教师=1）']], rows: [ln(T), ...d.map(x => ln([I(1, x[0]), ...x.slice(1)]))], notes: ['注：幼儿园班数、学生数含附设幼儿班。'] });
  return mk('教育', t.r0, 5, 'count');
});

// e02 primary & junior by township with merged groups, total row 全县 on top, code column
book('e02_教育_分乡镇_小学初中_代码列.xlsx', wb => {
  const ws = wb.addWorksheet('分乡镇');
  const d = TOWNS.map((n, i) => [String(370102001 + i * 3).padStart(9, '0'), n, ri(2, 9), ri(800, 4000), ri(60, 300), ri(0, 2), ri(0, 2500), ri(0, 200)]).map(x => { if (x[5] === 0) { x[6] = 0; x[7] = 0; } return x; });
  const T = ['', '全　县', ...[2, 3, 4, 5, 6, 7].map(i => sum(d.map(x => x[i])))];
  const rows = [T, ...d.map(x => x.map(v => v === 0 ? '-' : v))];
  const t = table(ws, { title: '各乡镇（街道）小学、初中学校情况', head: [['区划代码', '乡镇（街道）', '小学', '', '', '初中', '', ''], ['', '', '学校数', '在校生', '专任教师', '学校数', '在校生', '专任教师']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 6, 0, 8]], rows, notes: ['注：“-”表示无此类学校。'] });
  return mk('分乡镇', t.r0, 4, 'count');
});

// e03 students by sex & grade (一年级..六年级) cross table, 女 as 其中 column
book('e03_教育_小学分年级_其中女.xlsx', wb => {
  const ws = wb.addWorksheet('小学分年级');
  const g = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级'].map(n => { const s = ri(3000, 5000); const f = Math.round(s * rf(.45, .49)); const c = Math.round(s / 42) + 1; return [n, c, s, f, Math.round(s * rf(.02, .06))]; });
  const T = ['合　计', ...[1, 2, 3, 4].map(i => sum(g.map(x => x[i])))];
  const ln = x => [...x, F(x[3] / x[2] * 100, 1)];
  const t = table(ws, { title: '小学分年级在校学生', head: [['年　级', '班数（个）', '在校生（人）', '#女（人）', '#随迁子女（人）', '女生比重（%）']], rows: [ln(T), ...g.map(ln)] });
  return mk('小学分年级', t.r0, 3, 'count');
});

// h01 health institutions hierarchy with beds and staff, nested 其中 columns
book('h01_卫生_机构床位人员_层级.xlsx', wb => {
  const ws = wb.addWorksheet('卫生机构');
  const L = (n, k) => { const m = ri(1, k); const b = ri(0, 600) * (n.includes('诊所') || n.includes('村卫生室') || n.includes('门诊部') ? 0 : 1); const st = ri(20, 1500); const tech = Math.round(st * rf(.7, .85)); const doc = Math.round(tech * rf(.3, .45)), nur = Math.round(tech * rf(.3, .45)); return [n, m, b, st, tech, doc, nur]; };
  const A = (n, a) => [n, ...[1, 2, 3, 4, 5, 6].map(i => sum(a.map(x => x[i])))];
  const hos = ['综合医院', '中医医院', '专科医院'].map(n => L(n, 4)), base = ['社区卫生服务中心（站）', '乡镇卫生院', '村卫生室', '门诊部', '诊所'].map(n => L(n, 80)), pub = ['疾病预防控制中心', '妇幼保健院（所、站）', '卫生监督所（中心）'].map(n => L(n, 1)), oth = L('其他卫生机构', 3);
  const H = A('医院', hos), B = A('基层医疗卫生机构', base), P = A('专业公共卫生机构', pub), T = A('总　计', [H, B, P, oth]);
  const z = x => x.map((v, i) => (i === 2 && v === 0) ? '-' : v);
  const rows = [T, z([I(1, H[0]), ...H.slice(1)]), ...hos.map(x => z([I(2, x[0]), ...x.slice(1)])), z([I(1, B[0]), ...B.slice(1)]), ...base.map(x => z([I(2, x[0]), ...x.slice(1)])), z([I(1, P[0]), ...P.slice(1)]), ...pub.map(x => z([I(2, x[0]), ...x.slice(1)])), z([I(1, oth[0]), ...oth.slice(1)])];
  const t = table(ws, { title: '卫生机构、床位和人员数', head: [['机构类别', '机构数\n（个）', '床位数\n（张）', '卫生人员\n（人）', '卫生技术人员', '', ''], ['', '', '', '', '小计', '执业（助理）医师', '注册护士']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 1, 4], [0, 5, 0, 7]], rows });
  return mk('卫生机构', t.r0 + 1, 4, 'count');
});

// h02 medical services: visits, discharges, bed utilization %, avg stay
book('h02_卫生_医院服务_使用率.xlsx', wb => {
  const ws = wb.addWorksheet('医疗服务');
  const d = ['县人民医院', '县中医院', '县妇幼保健院', '县第二人民医院'].map(n => { const beds = ri(100, 900); const bd = Math.round(beds * 365 * rf(.6, .95)); const dis = Math.round(bd / rf(6, 10)); return [n, ri(50000, 600000), beds, bd, dis]; });
  const T = ['合　计', ...[1, 2, 3, 4].map(i => sum(d.map(x => x[i])))];
  const ln = x => [...x, F(x[3] / (x[2] * 365) * 100, 1), F(x[3] / x[4], 1)];
  const t = table(ws, { title: '县级医院医疗服务情况', head: [['医院名称', '诊疗人次\n（人次）', '实有床位\n（张）', '实际占用总床日数\n（日）', '出院人数\n（人）', '病床使用率\n（%）', '平均住院日\n（日）']], rows: [ln(T), ...d.map(ln)] });
  return mk('医疗服务', t.r0, 5, 'count');
});

// k01 culture: libraries/museums etc. years as rows, with '…' for missing years
book('k01_文化_公共文化机构_年份行_缺失.xlsx', wb => {
  const ws = wb.addWorksheet('文化');
  const rows = [];
  for (let y = 2019; y <= 2025; y++) { const a = ri(1, 2), b = ri(1, 3), c = ri(10, 20); const col = ri(300, 600) * 1000; rows.push([y + '年', a + b + c, a, b, c, y < 2021 ? '…' : col, y < 2021 ? '…' : ri(100, 400) * 1000]); }
  const t = table(ws, { title: '公共文化机构情况', head: [['年　份', '机构数合计（个）', '公共图书馆（个）', '博物馆（个）', '文化馆（站）（个）', '图书馆藏书（册）', '图书馆总流通人次（人次）']], rows, notes: ['注：“…”表示数据不详。'] });
  return mk('文化', t.r0 + 3, 2, 'count');
});

// k02 tourism with unit-in-label rows: 旅游总收入(亿元) 其中 外汇收入(万美元) and 入境游客(人次) 其中 外国人
book('k02_旅游_单位在行标签_外汇.xlsx', wb => {
  const ws = wb.addWorksheet('旅游');
  const dom = rf(800, 1500), inb = ri(8000, 30000); const f = Math.round(inb * .55), hk = Math.round(inb * .2), mo = Math.round(inb * .05), tw = inb - f - hk - mo;
  const rd = rf(60, 120); const fx = rf(300, 900); const rT = rd + fx * 7.1 / 10000;
  const prev = x => x / rf(1.03, 1.2);
  const ln = (n, v, d) => { const p = prev(v); return [n, F(v, d), F((R(v, d) / R(p, d) - 1) * 100, 1)]; };
  const lc = (n, v, p) => [n, v, F((v / p - 1) * 100, 1)];
  const fp = Math.round(f / 1.1), hp = Math.round(hk / 1.08), mp = Math.round(mo / 1.05), tp = Math.round(tw / 1.12);
  const rows = [ln('接待国内游客（万人次）', dom, 1), lc('接待入境游客（人次）', inb, fp + hp + mp + tp), lc(I(1, '其中：外国人'), f, fp), lc(I(1, '　　　香港同胞'), hk, hp), lc(I(1, '　　　澳门同胞'), mo, mp), lc(I(1, '　　　台湾同胞'), tw, tp), ln('旅游总收入（亿元）', rT, 2), ln(I(1, '其中：国内旅游收入（亿元）'), rd, 2), ln(I(1, '　　　旅游外汇收入（万美元）'), fx, 1)];
  const t = table(ws, { title: '旅游业发展情况', head: [['指　标', '2025年', '比上年增长（%）']], rows, notes: ['注：旅游外汇收入按当年平均汇率折算计入旅游总收入。'] });
  return mk('旅游', t.r0 + 1, 2, 'count');
});

// k03 transport & post: freight by mode with 货物周转量, passenger; bilingual labels
book('k03_交通_客货运量_双语行.xlsx', wb => {
  const ws = wb.addWorksheet('运输');
  const m = [['公路 Highway', 0], ['铁路 Railway', 0], ['水运 Waterway', 0]].map(([n]) => { const a = rf(100, 3000), b = rf(10, 400); return [n, a, b]; });
  const ln = (n, a, b, a0, b0) => [n, F(a, 1), F(b, 1), F((R(a, 1) / R(a0, 1) - 1) * 100, 1), F((R(b, 1) / R(b0, 1) - 1) * 100, 1)];
  const prev = m.map(x => [x[1] / rf(.95, 1.1), x[2] / rf(.95, 1.1)]);
  const rows = [ln('货运量合计 Total', sum(m.map(x => x[1])), sum(m.map(x => x[2])), sum(prev.map(x => x[0])), sum(prev.map(x => x[1]))), ...m.map((x, i) => ln(I(1, x[0]), x[1], x[2], prev[i][0], prev[i][1]))];
  const t = table(ws, { title: '货物运输量和周转量\nFreight Traffic', head: [['运输方式\nMode', '货运量（万吨）\nFreight Traffic (10 000 t)', '货物周转量（亿吨公里）\nFreight Ton-km (100 mn t-km)', '货运量增长（%）\nGrowth', '周转量增长（%）\nGrowth']], rows });
  return mk('运输', t.r0, 2, 'r', 1);
});

// k04 post & telecom: 快递业务量 万件 其中 同城/异地/国际; users per 100 people
book('k04_邮电_快递_每百人.xlsx', wb => {
  const ws = wb.addWorksheet('邮电');
  const pop = rf(40, 80); const ex = [rf(100, 500), rf(1000, 4000), rf(1, 20)]; const mob = pop * rf(95, 125) / 100; const bb = pop * rf(30, 45) / 100; const fx = pop * rf(8, 15) / 100;
  const rows = [['年末常住人口（万人）', F(pop, 2)], ['快递业务量（万件）', F(sum(ex), 1)], [I(1, '其中：同城'), F(ex[0], 1)], [I(1, '　　　异地'), F(ex[1], 1)], [I(1, '　　　国际及港澳台'), F(ex[2], 1)], ['移动电话用户（万户）', F(mob, 2)], ['固定互联网宽带接入用户（万户）', F(bb, 2)], ['固定电话用户（万户）', F(fx, 2)], ['每百人移动电话用户（户）', F(R(mob, 2) / R(pop, 2) * 100, 1)], ['每百人固定电话用户（户）', F(R(fx, 2) / R(pop, 2) * 100, 1)]];
  const t = table(ws, { title: '邮政电信主要指标', head: [['指　标', '2025年']], rows });
  return mk('邮电', t.r0 + 1, 2, 'r', 1);
});

// k05 road mileage: two breakdowns side-by-side as columns (技术等级 | 行政等级) by district rows
book('k05_交通_公路里程_两组列分组.xlsx', wb => {
  const ws = wb.addWorksheet('公路里程');
  const ds = ['城区', '北片', '南片', '东片', '西片'];
  const d = ds.map(n => { const t = [rf(0, 40), rf(10, 60), rf(30, 150), rf(50, 200), rf(300, 900)]; const T = sum(t); const a = [T * rf(.03, .08), T * rf(.05, .1), T * rf(.1, .2), T * rf(.1, .2)]; const v = T - sum(a); return [n, T, ...t, ...a, v]; });
  const T = ['合计', ...Array.from({ length: 11 }, (_, i) => sum(d.map(x => x[i + 1])))];
  const f = x => [x[0], ...x.slice(1).map(v => F(v, 1))];
  const t = table(ws, { title: '公路通车里程', unit: '单位：公里', head: [['地区', '合计', '按技术等级分', '', '', '', '', '按行政等级分', '', '', '', ''], ['', '', '高速', '一级', '二级', '三级', '四级及以下', '国道', '省道', '县道', '乡道', '村道及专用']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 7], [0, 8, 0, 12]], rows: [f(T), ...d.map(f)] });
  return mk('公路里程', t.r0, 2, 'r', 1);
});

// h03 health staff by township with per-thousand column using population col
book('h03_卫生_分乡镇_每千人_人口万人.xlsx', wb => {
  const ws = wb.addWorksheet('乡镇卫生');
  const d = TOWNS.map(n => { const p = ri(15000, 90000); const beds = Math.round(p * rf(2, 7) / 1000); const doc = Math.round(p * rf(1.5, 3.5) / 1000); return [n, p, beds, doc]; });
  const T = ['全　县', ...[1, 2, 3].map(i => sum(d.map(x => x[i])))];
  const ln = x => [x[0], F(x[1] / 10000, 2), x[2], x[3], F(x[2] / x[1] * 1000, 2), F(x[3] / x[1] * 1000, 2)];
  const t = table(ws, { title: '各乡镇（街道）卫生资源', head: [['乡镇（街道）', '常住人口（万人）', '床位（张）', '执业（助理）医师（人）', '每千人口床位（张）', '每千人口执业（助理）医师（人）']], rows: [ln(T), ...d.map(ln)] });
  return mk('乡镇卫生', t.r0, 3, 'count');
});
