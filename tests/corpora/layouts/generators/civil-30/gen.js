const { ExcelJS, r1, r2, rn, sum, pct, gr, addSheet, save } = require('./lib');
const D = require('path').join(__dirname, 'clean') + '/';
require('fs').mkdirSync(D, { recursive: true });
const W = () => new ExcelJS.Workbook();
const Z = '　'; // full-width space
const files = [];
function reg(name, fn) { files.push([name, fn]); }
const colSum = (rows, j) => sum(rows.map((r) => r[j]));

// 1 社会组织 by level
reg('c01_org_level', (wb) => {
  const st = [12, 286, 1045], hy = [3, 58, 97], fw = [5, 198, 1562], jj = [2, 9, 1];
  const tot = st.map((v, i) => v + fw[i] + jj[i]);
  const R = (l, a) => [l, sum(a), ...a];
  addSheet(wb, '社会组织', { title: '2024年末全市社会组织登记情况', unit: '单位：个', head: [['类别', '合计', '省级登记', '市级登记', '县级登记']],
    rows: [R('社会组织总数', tot), R('社会团体', st), R(Z + '其中：行业协会商会', hy), R('社会服务机构（民办非企业单位）', fw), R('基金会', jj)],
    notes: ['注：省级登记指在省民政厅登记、住所在本市的社会组织。'] });
});

// 2 party coverage
reg('c02_party_cover', (wb) => {
  const d = [['社会团体', 1343, 1102], [Z + '其中：行业协会商会', 158, 149], ['社会服务机构', 1765, 1398], ['基金会', 12, 7]];
  const tot = ['合计', 1343 + 1765 + 12, 1102 + 1398 + 7];
  const rows = [tot, ...d].map((r) => [...r, pct(r[2], r[1]), r[0].includes('基金会') ? '含非公募基金会' : null]);
  addSheet(wb, '党建覆盖', { title: '2024年社会组织党组织覆盖情况', head: [['类型', '社会组织数（个）', '已建党组织数（个）', '党组织覆盖率（%）', '备注']], rows, fmts: [null, '0', '0', '0.0'] });
});

// 3 低保 by township, standard constant
reg('c03_dibao_town', (wb) => {
  const towns = ['城关镇', '东关街道', '西关街道', '南湖镇', '北山乡', '青石镇', '柳林乡', '河口镇', '马坊乡', '黄庄镇'];
  let seed = 7; const rnd = (a, b) => { seed = (seed * 9301 + 49297) % 233280; return a + Math.floor((seed / 233280) * (b - a + 1)); };
  const rows = towns.map((t, i) => {
    const uh = i < 5 || i % 3 === 0 ? rnd(80, 600) : 0; const up = uh ? uh + rnd(20, uh) : 0; const ue = uh ? r2(up * 0.0485 * 12 / 10) : 0;
    const rh = rnd(300, 1200); const rp = rh + rnd(50, rh); const re = r2(rp * 0.0398 * 12 / 10);
    return [t, uh || '—', up || '—', ue || '—', uh ? 820 : '—', rh, rp, re, 650];
  });
  const tot = ['全县合计', colSum(rows, 1), colSum(rows, 2), r2(colSum(rows, 3)), 820, colSum(rows, 5), colSum(rows, 6), r2(colSum(rows, 7)), 650];
  addSheet(wb, 'Sheet1', { title: '2024年全县城乡最低生活保障情况', head: [['乡镇（街道）', '城市低保', null, null, null, '农村低保', null, null, null], ['^', '户数（户）', '人数（人）', '保障金支出（万元）', '月人均保障标准（元）', '户数（户）', '人数（人）', '保障金支出（万元）', '月人均保障标准（元/人·月）']],
    rows: [tot, ...rows], fmts: [null, '0', '0', '0.00', '0', '0', '0', '0.00', '0'], notes: ['注：保障标准为年末执行标准；“—”表示该乡镇无城市低保对象。'] });
});

// 4 特困 by township, total bottom
reg('c04_tekun', (wb) => {
  const d = [['城关镇', 45, 88, 96.4, 41.2], ['南湖镇', 32, 120, 104.9, 29.3], ['北山乡', 61, 143, 138.7, 55.8], ['青石镇', 18, 97, 77.2, 16.4], ['柳林乡', 27, 131, 104.6, 24.7]];
  const rows = d.map(([t, a, b, e, ea]) => [t, a + b, a, b, e, ea]);
  rows.push(['合计', colSum(rows, 1), colSum(rows, 2), colSum(rows, 3), r1(colSum(rows, 4)), r1(colSum(rows, 5))]);
  addSheet(wb, '特困供养', { title: '2024年特困人员救助供养情况', head: [['乡镇', '特困人员（人）', null, null, '供养金支出（万元）', null], ['^', '合计', '集中供养', '分散供养', '合计', '其中：集中供养']], rows, fmts: [null, '0', '0', '0', '0.0', '0.0'] });
});

// 5 养老机构
reg('c05_yanglao', (wb) => {
  const d = [['城东区', 68420, 14, 2380, 1310], ['城西区', 55230, 11, 1920, 1046], ['高新区', 21870, 4, 640, 402], ['临河县', 83150, 22, 2150, 980], ['北山县', 61940, 17, 1610, 705], ['南平县', 72300, 19, 1880, 911]];
  const mk = (l, e, n, b, h) => [l, e, n, b, h, pct(h, b), r1(b / e * 1000)];
  const rows = d.map((r) => mk(...r));
  const t = mk('全市', colSum(d, 1), colSum(d, 2), colSum(d, 3), colSum(d, 4));
  addSheet(wb, '养老机构', { title: '2024年末养老机构及床位情况', head: [['地区', '60岁及以上老年人口（人）', '养老机构（个）', '床位数（张）', '其中：护理型床位（张）', '护理型床位占比（%）', '每千名老年人拥有养老床位（张）']], rows: [t, ...rows], fmts: [null, '0', '0', '0', '0', '0.0', '0.0'] });
});

// 6 marriage, years as columns
reg('c06_marriage', (wb) => {
  const m = [5821, 6342, 5410], dv = [2140, 2275, 2198], bf = [812, 905, 967];
  const lj = m.map((x, i) => pct(dv[i], x));
  addSheet(wb, '婚姻登记', { title: '2022—2024年婚姻登记情况', head: [['指标', '2022年', '2023年', '2024年', '2024年比上年增长（%）']],
    rows: [['结婚登记（对）', ...m, gr(m[2], m[1])], ['离婚登记（对）', ...dv, gr(dv[2], dv[1])], ['离结比（%）', ...lj, '—'], ['补发婚姻登记证（件）', ...bf, gr(bf[2], bf[1])]], notes: ['注：离结比＝离婚登记对数÷结婚登记对数×100%。'] });
});

// 7 社区 村委会
reg('c07_community', (wb) => {
  const d = [['城东区', 2, 9, 86, 12], ['城西区', 1, 8, 74, 20], ['临河县', 11, 3, 31, 212], ['北山县', 13, 2, 18, 246], ['南平县', 9, 2, 22, 189]];
  const rows = d.map(([l, a, b, c, e]) => [l, a, b, c, e, c + e]);
  const t = ['全市', ...[1, 2, 3, 4, 5].map((j) => colSum(rows, j))];
  addSheet(wb, '基层组织', { title: '2024年末城乡基层群众性自治组织情况', unit: '单位：个', head: [['地区', '乡镇', '街道', '社区居委会', '村民委员会', '自治组织合计']], rows: [t, ...rows] });
});

// 8 target completion 1-9月
reg('c08_target', (wb) => {
  const d = [['新增养老床位', '张', 1200, 936], ['新建社区养老服务站', '个', 30, 24], ['培育社区社会组织', '个', 150, 171], ['完成特困人员供养机构改造', '所', 8, 5], ['开展婚姻家庭辅导', '场次', 60, 47], ['困难残疾人生活补贴发放', '万元', 1850, 1402.6]];
  const rows = d.map(([n, u, t, c], i) => [i + 1, n, u, t, c, pct(c, t), 75.0, ['养老服务科', '养老服务科', '社会组织管理科', '社会救助科', '社会事务科', '社会事务科'][i]]);
  addSheet(wb, '目标任务', { title: '2024年民政重点工作目标任务完成情况（1—9月）', head: [['序号', '工作指标', '单位', '年度目标', '1—9月完成数', '完成率（%）', '序时进度（%）', '责任科室']], rows });
});

// 9 cumulative with yoy
reg('c09_cumul', (wb) => {
  const c = [[8432.6, 7921.3], [9874.1, 10215.8]];
  const tot = [r1(c[0][0] + c[1][0]), r1(c[0][1] + c[1][1])];
  const R = (l, u, a, b) => [l, u, a, b, gr(a, b)];
  addSheet(wb, '累计', { title: '2024年1—11月民政主要指标', head: [['指标名称', '计量单位', '1—11月累计', '上年同期', '同比增长（%）']],
    rows: [R('最低生活保障资金支出', '万元', ...tot), R(Z + '城市低保', '万元', ...c[0]), R(Z + '农村低保', '万元', ...c[1]), R('临时救助人次', '人次', 4127, 3856), R('结婚登记', '对', 5062, 5803), R('新登记社会组织', '个', 96, 88)], fmts: [null, null, '0.0', '0.0', '0.0'] });
});

// 10 dept subtotals
reg('c10_dept_subtotal', (wb) => {
  const g = [['社会救助科', [['城乡低保资金', 18306.7, 15211.4], ['特困供养资金', 2410.5, 2012.8], ['临时救助资金', 680.0, 433.6]]], ['养老服务科', [['高龄津贴', 1520.3, 1318.9], ['养老机构运营补贴', 860.0, 512.4]]], ['社会组织管理局', [['社会组织孵化基地', 120.0, 96.5], ['政府购买服务', 300.0, 187.2]]]];
  const rows = []; let T = [0, 0];
  for (const [dep, items] of g) {
    const s = [r1(sum(items.map((i) => i[1]))), r1(sum(items.map((i) => i[2])))];
    rows.push([dep, '小计', s[0], s[1], pct(s[1], s[0])]);
    items.forEach(([n, a, b]) => rows.push([null, n, a, b, pct(b, a)]));
    T = [T[0] + s[0], T[1] + s[1]];
  }
  T = T.map(r1);
  rows.unshift(['合计', null, T[0], T[1], pct(T[1], T[0])]);
  addSheet(wb, '预算执行', { title: '2024年1—10月民政资金预算执行情况', unit: '单位：万元', head: [['科室（单位）', '项目', '全年预算数', '已支出数', '支出进度（%）']], rows, fmts: [null, null, '0.0', '0.0', '0.0'] });
});

// 11 column-number row
reg('c11_colnum', (wb) => {
  const R = (l, u, a, b) => [l, u, a + b, a, b];
  addSheet(wb, '低保对象', { title: '城乡低保对象情况（2024年四季度）', head: [['项目', '计量单位', '合计', '城市', '农村']], colnums: ['甲', '乙', '1=2+3', '2', '3'],
    rows: [R('一、保障户数', '户', 2311, 7904), R('二、保障人数', '人', 3842, 13561), R(Z + '其中：老年人', '人', 1120, 5893), R(Z + Z + Z + '未成年人', '人', 706, 2140), R(Z + Z + Z + '残疾人', '人', 911, 3027), R('三、保障金支出', '万元', 2235.4, 6477.9)] });
});

// 12 transposed years rows
reg('c12_transposed', (wb) => {
  const y = [[2020, 1188, 1402, 8], [2021, 1231, 1498, 9], [2022, 1279, 1611, 10], [2023, 1316, 1702, 11], [2024, 1343, 1765, 12]];
  const rows = y.map(([yr, a, b, c]) => [`${yr}年`, a + b + c, a, b, c]);
  const l = rows[4], p = rows[3];
  rows.push(['2024年比上年增长（%）', gr(l[1], p[1]), gr(l[2], p[2]), gr(l[3], p[3]), gr(l[4], p[4])]);
  addSheet(wb, '历年', { title: '2020—2024年社会组织数量', unit: '单位：个', head: [['年份', '合计', '社会团体', '社会服务机构', '基金会']], rows });
  // last row format
});

// 13 bilingual
reg('c13_bilingual', (wb) => {
  const R = (l, a, b) => [l, a, b, gr(b, a)];
  const st = [1316, 1343], fw = [1702, 1765], jj = [11, 12];
  addSheet(wb, '13-1', { title: '13-1 主要民政事业统计指标\nMain Indicators of Civil Affairs', head: [['指标\nItem', '2023年\n2023', '2024年\n2024', '增长（%）\nGrowth (%)']],
    rows: [R('社会组织（个）\nSocial Organizations (unit)', st[0] + fw[0] + jj[0], st[1] + fw[1] + jj[1]), R('  社会团体\n  Social Associations', ...st), R('  社会服务机构\n  Social Service Organizations', ...fw), R('  基金会\n  Foundations', ...jj),
      R('养老机构（个）\nElderly Care Institutions (unit)', 81, 87), R('养老床位（张）\nBeds (unit)', 9870, 10580)], fmts: [null, '0', '0', '0.0'],
    notes: ['注：增长按可比口径计算。Note: growth rates are calculated on a comparable basis.'] });
});

// 14 notes, footnote marks, dash, 备注
reg('c14_footnotes', (wb) => {
  const R = (l, a, b, note) => [l, a, b, typeof a === 'number' && typeof b === 'number' ? a - b : '—', note || null];
  addSheet(wb, '慈善', { title: '2024年慈善事业发展情况', head: [['项目', '2024年', '2023年', '比上年增减', '备注']],
    rows: [R('慈善组织①（个）', 46, 39), R(Z + '其中：具有公开募捐资格②', 9, 7), R('慈善信托（单）', 3, '—', '2024年首次备案'), R('慈善捐赠款物（万元）', 5120.6, 4876.3, '含物资折价'), R('志愿服务组织（个）', 412, 388), R('注册志愿者（万人）', 28.7, 26.1)],
    fmts: [null, '0.0', '0.0', '0.0'], notes: ['注：①指依法登记或认定的慈善组织；②含登记时即取得资格的。', '资料来源：市民政局。'] });
});

// 15 deep 3-row header
reg('c15_deep_header', (wb) => {
  const d = [['城东区', 312, 41, 402, 133, 3], ['城西区', 276, 37, 351, 118, 4], ['高新区', 98, 29, 140, 40, 2], ['临河县', 241, 19, 330, 92, 1], ['北山县', 189, 14, 241, 60, 1], ['南平县', 227, 18, 301, 78, 1]];
  const rows = d.map(([l, a, ah, b, bh, c]) => [l, a + b + c, a, ah, b, bh, c]);
  const t = ['全市', ...[1, 2, 3, 4, 5, 6].map((j) => colSum(rows, j))];
  addSheet(wb, '分地区', { title: '2024年末分地区社会组织情况', unit: '单位：个', head: [['地区', '社会组织', null, null, null, null, null], ['^', '合计', '社会团体', null, '社会服务机构', null, '基金会'], ['^', '^', '小计', '其中：行业协会商会', '小计', '其中：教育类', '^']], rows: [t, ...rows] });
});

// 16 indented sections
reg('c16_indent', (wb) => {
  const R = (l, a, b) => [l, a, b, gr(a, b)];
  const u = [[2311, 2450], [3842, 4106], [1120, 1208], [911, 930], [2235.4, 2298.1]];
  const v = [[7904, 8233], [13561, 14322], [5893, 6120], [3027, 3104], [6477.9, 6590.2]];
  const lab = ['保障户数（户）', '保障人数（人）', Z + '其中：老年人', Z + Z + Z + '残疾人', '保障金支出（万元）'];
  const rows = [['一、城市最低生活保障', null, null, null], ...lab.map((l, i) => R(Z + l, ...u[i])), ['二、农村最低生活保障', null, null, null], ...lab.map((l, i) => R(Z + l, ...v[i]))];
  addSheet(wb, '低保', { title: '2024年末城乡低保情况', head: [['指标', '2024年', '2023年', '增长（%）']], rows });
});

// 17 multi-sheet by field
reg('c17_multisheet', (wb) => {
  const fields = ['工商服务业', '科技研究', '教育', '卫生', '社会服务', '文化', '体育', '农业及农村发展', '宗教', '其他'];
  const st = [158, 47, 66, 39, 212, 188, 203, 171, 12, 247];
  const fw = [22, 31, 689, 143, 497, 88, 126, 18, 0, 151];
  const mk = (name, title, arr) => {
    const tot = sum(arr);
    const rows = fields.map((f, i) => [f, arr[i] || '—', arr[i] ? pct(arr[i], tot) : '—']);
    addSheet(wb, name, { title, unit: '单位：个、%', head: [['行业（领域）', '数量', '占比']], rows: [['合计', tot, 100.0], ...rows], fmts: [null, '0', '0.0'] });
  };
  mk('社会团体', '2024年末社会团体按行业分布', st);
  mk('社会服务机构', '2024年末社会服务机构按行业分布', fw);
  addSheet(wb, '基金会', { title: '2024年末基金会情况', head: [['类别', '数量（个）', '原始基金（万元）']], rows: [['合计', 12, 5400], ['公募基金会', 4, 2400], ['非公募基金会', 8, 3000]] });
});

// 18 quarterly marriage
reg('c18_quarter', (wb) => {
  const q = [['一季度', 1842, 521], ['二季度', 1406, 588], ['三季度', 1213, 560], ['四季度', 949, 529]];
  const rows = q.map(([l, a, b]) => [l, a, b, pct(b, a)]);
  const A = colSum(q, 1), B = colSum(q, 2);
  rows.push(['全年', A, B, pct(B, A)]);
  addSheet(wb, '分季度', { title: '2024年分季度婚姻登记情况', head: [['季度', '结婚登记（对）', '离婚登记（对）', '离结比（%）']], rows, fmts: [null, '0', '0', '0.0'] });
});

// 19 shares that don't add to exactly 100 after rounding
reg('c19_shares', (wb) => {
  const d = [['社会团体', 1344], ['社会服务机构', 1765], ['基金会', 11]];
  const T = sum(d.map((x) => x[1]));
  const rows = d.map(([l, n]) => [l, n, pct(n, T)]);
  addSheet(wb, '构成', { title: '2024年末社会组织构成', head: [['类型', '数量（个）', '构成（%）']], rows: [['合计', T, 100.0], ...rows], fmts: [null, '0', '0.0'], notes: ['注：构成因四舍五入，分项之和与合计可能不等。'] });
  return rows.map((r) => r[2]);
});

// 20 monthly per-capita
reg('c20_avg', (wb) => {
  const d = [['城市低保', 3842, 186.28], ['农村低保', 13561, 539.82]];
  const rows = d.map(([l, p, e]) => [l, p, e, Math.round(e * 10000 / p)]);
  const P = 3842 + 13561, E = r2(186.28 + 539.82);
  rows.unshift(['合计', P, E, Math.round(E * 10000 / P)]);
  addSheet(wb, '补差', { title: '2024年12月低保对象月人均补差水平', head: [['类别', '保障人数（人）', '当月保障金支出（万元）', '月人均补差（元）']], rows, fmts: [null, '0', '0.00', '0'] });
});

// 21 coverage rates in two years + 百分点
reg('c21_points', (wb) => {
  const d = [['社会团体', 1316, 1021, 1343, 1102], ['社会服务机构', 1702, 1290, 1765, 1398], ['基金会', 11, 6, 12, 7]];
  const mk = (l, a, b, c, e) => { const r0 = pct(b, a), r_ = pct(e, c); return [l, a, b, r0, c, e, r_, r1(r_ - r0)]; };
  const rows = d.map((r) => mk(...r));
  const t = mk('合计', colSum(d, 1), colSum(d, 2), colSum(d, 3), colSum(d, 4));
  addSheet(wb, '覆盖率', { title: '社会组织党组织覆盖率变化', head: [['类型', '2023年', null, null, '2024年', null, null, '覆盖率提高（百分点）'], ['^', '社会组织数', '已建党组织', '覆盖率（%）', '社会组织数', '已建党组织', '覆盖率（%）', '^']], rows: [t, ...rows], fmts: [null, '0', '0', '0.0', '0', '0', '0.0', '0.0'] });
});

// 22 two-year blocks with growth block
reg('c22_blocks', (wb) => {
  const d = [['城东区', [301, 388, 3], [312, 402, 3]], ['城西区', [270, 340, 4], [276, 351, 4]], ['临河县', [236, 322, 1], [241, 330, 1]], ['北山县', [190, 233, 1], [189, 241, 1]]];
  const rows = d.map(([l, a, b]) => [l, ...a, ...b, ...b.map((v, i) => gr(v, a[i]))]);
  const A = [0, 1, 2].map((i) => sum(d.map((x) => x[1][i]))), B = [0, 1, 2].map((i) => sum(d.map((x) => x[2][i])));
  rows.unshift(['合计', ...A, ...B, ...B.map((v, i) => gr(v, A[i]))]);
  addSheet(wb, '两年', { title: '分地区社会组织数量变化', head: [['地区', '2023年（个）', null, null, '2024年（个）', null, null, '增长（%）', null, null], ['^', '社会团体', '社会服务机构', '基金会', '社会团体', '社会服务机构', '基金会', '社会团体', '社会服务机构', '基金会']], rows, fmts: [null, '0', '0', '0', '0', '0', '0', '0.0', '0.0', '0.0'] });
});

// 23 target table with dashes and overfulfilment
reg('c23_target_dash', (wb) => {
  const R = (n, u, t, c, note) => [n, u, t, c, typeof t === 'number' ? pct(c, t) : '—', note || null];
  addSheet(wb, '完成情况', { title: '2024年度民政工作目标完成情况', head: [['目标任务', '单位', '年度目标', '全年完成', '完成率（%）', '备注']],
    rows: [R('社区养老服务设施覆盖', '个', 45, 52, '超额完成'), R('新增护理型床位', '张', 600, 648), R('社会组织年检（年报）', '个', 2800, 2761), R('低保对象动态管理', '户', '—', 1826, '不设目标，据实统计'), R('婚姻登记合格率', '%', 100, 100), R('地名标志设置', '块', 300, 214, '受道路施工影响')], fmts: [null, null, '0', '0', '0.0'] });
});

// 24 wanyuan funding sources
reg('c24_funding', (wb) => {
  const raw = [['城乡低保', 4821.334, 2410.667, 1205.339, 1874.118], ['特困供养', 812.555, 406.278, 301.442, 250.119], ['临时救助', 120.005, 80.334, 101.226, 96.861], ['孤儿基本生活费', 66.4, 33.2, 12.46, 8.335], ['残疾人两项补贴', 690.116, 345.058, 230.04, 198.776]];
  const rows = raw.map(([l, ...v]) => [l, r2(sum(v)), ...v.map(r2)]);
  const tot = ['合计', r2(sum(raw.map((r) => sum(r.slice(1))))), ...[1, 2, 3, 4].map((j) => r2(sum(raw.map((r) => r[j]))))];
  addSheet(wb, '资金来源', { title: '2024年社会救助资金来源', unit: '单位：万元', unitRight: true, head: [['项目', '合计', '中央资金', '省级资金', '市级资金', '县级资金']], rows: [tot, ...rows], fmts: [null, '0.00', '0.00', '0.00', '0.00', '0.00'] });
});

// 25 dibao coverage per population
reg('c25_coverage', (wb) => {
  const d = [['城东区', 2104, 38.62], ['城西区', 1876, 31.05], ['临河县', 5210, 52.87], ['北山县', 4833, 41.2], ['南平县', 3380, 45.19]];
  const rows = d.map(([l, p, pop]) => [l, p, pop, pct(p, pop * 10000, 2)]);
  const P = colSum(d, 1), POP = r2(colSum(d, 2));
  rows.unshift(['全市', P, POP, pct(P, POP * 10000, 2)]);
  addSheet(wb, '保障面', { title: '2024年末低保保障面', head: [['地区', '低保对象（人）', '户籍人口（万人）', '保障面（%）']], rows, fmts: [null, '0', '0.00', '0.00'] });
});

// 26 annual inspection
reg('c26_inspection', (wb) => {
  const d = [['社会团体', 1290, 1187, 1102], ['社会服务机构', 1688, 1571, 1498], ['基金会', 11, 11, 11]];
  const mk = (l, a, b, c) => [l, a, b, pct(b, a), c, pct(c, b)];
  const rows = d.map((r) => mk(...r));
  rows.push(mk('合计', colSum(d, 1), colSum(d, 2), colSum(d, 3)));
  addSheet(wb, '年检', { title: '2024年度社会组织年检情况', head: [['类型', '应参检数（个）', '实参检数（个）', '参检率（%）', '年检合格数（个）', '合格率（%）']], rows, fmts: [null, '0', '0', '0.0', '0', '0.0'], notes: ['注：合格率＝年检合格数÷实参检数×100%。'] });
});

// 27 合计|城市|农村 columns
reg('c27_urban_rural', (wb) => {
  const n = [38, 49], g = [21, 41], b = [5830, 4750], h = [3410, 1846], z = [4102, 2510];
  const R = (l, a) => [l, a[0] + a[1], ...a];
  addSheet(wb, '城乡养老', { title: '2024年末城乡养老服务机构情况', head: [['指标', '合计', '城市', '农村']],
    rows: [R('养老机构（个）', n), R(Z + '其中：公办', g), R('床位数（张）', b), R(Z + '其中：护理型床位', h), R('年末在院老人（人）', z), ['床位利用率（%）', pct(sum(z), sum(b)), pct(z[0], b[0]), pct(z[1], b[1])]] });
});

// 28 numbers stored as text with separators
reg('c28_text_numbers', (wb) => {
  const d = [['城东区', 12840, 3210], ['城西区', 10235, 2875], ['临河县', 18420, 5210], ['北山县', 15012, 4833]];
  const f = (x) => x.toLocaleString('en-US');
  const rows = d.map(([l, a, b]) => [l, f(a), f(b), f(a + b)]);
  rows.push(['合计', f(colSum(d, 1)), f(colSum(d, 2)), f(colSum(d, 1) + colSum(d, 2))]);
  addSheet(wb, '救助人次', { title: '2024年社会救助人次', unit: '单位：人次', head: [['地区', '临时救助', '医疗救助', '合计']], rows });
});

// 29 ahead/behind schedule in points
reg('c29_schedule', (wb) => {
  const d = [['新增养老床位', 1200, 936], ['新建社区养老服务站', 30, 19], ['培育社区社会组织', 150, 171], ['居家适老化改造', 500, 322]];
  const rows = d.map(([l, t, c]) => { const r = pct(c, t); return [l, t, c, r, 83.3, r1(r - 83.3)]; });
  addSheet(wb, '进度', { title: '重点任务进度（1—10月）', head: [['任务', '年度目标', '累计完成', '完成率（%）', '序时进度（%）', '超（欠）序时进度（百分点）']], rows, fmts: [null, '0', '0', '0.0', '0.0', '0.0'] });
});

// 30 formulas with cached results
reg('c30_formulas', (wb) => {
  const d = [['东街社区', 312, 298], ['西街社区', 276, 281], ['南关社区', 198, 205], ['北门村', 122, 130]];
  const rows = d.map(([l, a, b], i) => [l, a, b, { f: `B${4 + i}+C${4 + i}`, v: a + b }]);
  const A = colSum(d, 1), B = colSum(d, 2);
  rows.push(['合计', { f: 'SUM(B4:B7)', v: A }, { f: 'SUM(C4:C7)', v: B }, { f: 'SUM(D4:D7)', v: A + B }]);
  addSheet(wb, '高龄津贴', { title: '2024年高龄津贴发放人数', unit: '单位：人', head: [['社区（村）', '80—89岁', '90岁及以上', '合计']], rows });
});

// 31 notes containing numbers
reg('c31_notes_numbers', (wb) => {
  const rows = [['社会组织总数', 3120, 3029, gr(3120, 3029)], ['社会团体', 1343, 1316, gr(1343, 1316)], ['社会服务机构', 1765, 1702, gr(1765, 1702)], ['基金会', 12, 11, gr(12, 11)]];
  addSheet(wb, '概况', { title: '社会组织基本情况', head: [['项目', '2024年末', '2023年末', '增长（%）']], rows, fmts: [null, '0', '0', '0.0'],
    notes: ['注：1. 2024年新登记社会组织118个，注销27个。', '2. 全市共有社会组织3120个，比上年末增长3.0%，其中社会团体1343个。', '3. 数据截至2024年12月31日。'] });
});

// 32 transposed dibao with 合计 column and standards
reg('c32_dibao_cols', (wb) => {
  const h = [2311, 7904], p = [3842, 13561], e = [2235.4, 6477.9], s = [820, 650];
  addSheet(wb, '低保汇总', { title: '2024年城乡低保情况汇总', head: [['指标', '合计', '城市', '农村']],
    rows: [['保障户数（户）', h[0] + h[1], ...h], ['保障人数（人）', p[0] + p[1], ...p], ['全年保障金支出（万元）', r1(e[0] + e[1]), ...e], ['保障标准（元/人·月）', '—', ...s], ['月人均补助水平（元）', Math.round((e[0] + e[1]) * 10000 / 12 / (p[0] + p[1])), Math.round(e[0] * 10000 / 12 / p[0]), Math.round(e[1] * 10000 / 12 / p[1])]], fmts: [null, '0', '0', '0'] });
});

// 33 party build types
reg('c33_party_types', (wb) => {
  const d = [['城东区', 717, 302, 288, 86], ['城西区', 631, 251, 300, 70], ['临河县', 572, 196, 311, 55], ['北山县', 431, 131, 250, 41]];
  const mk = (l, n, a, b, g) => [l, n, a + b, a, b, pct(a + b, n), g];
  const rows = d.map((r) => mk(...r));
  rows.unshift(mk('全市', colSum(d, 1), colSum(d, 2), colSum(d, 3), colSum(d, 4)));
  addSheet(wb, '组建方式', { title: '社会组织党组织组建情况', head: [['地区', '社会组织数（个）', '已建党组织（个）', null, null, '覆盖率（%）', '选派党建工作指导员（名）'], ['^', '^', '合计', '单独组建', '联合组建', '^', '^']], rows, fmts: [null, '0', '0', '0', '0', '0.0', '0'] });
});

// 34 monthly with cumulative column
reg('c34_monthly_cumul', (wb) => {
  const u = [182.1, 183.4, 181.9, 185.2, 186.0, 184.7, 188.3, 187.5, 186.9, 189.2, 190.4, 186.3];
  const v = [531.2, 533.8, 535.0, 536.4, 538.9, 540.1, 539.5, 541.8, 540.2, 542.7, 543.6, 539.8];
  let c = 0; const rows = u.map((x, i) => { const t = r1(x + v[i]); c = r1(c + t); return [`${i + 1}月`, x, v[i], t, c]; });
  rows.push(['全年', r1(sum(u)), r1(sum(v)), r1(sum(rows.map((r) => r[3]))), c]);
  addSheet(wb, '月度', { title: '2024年分月低保资金支出', unit: '单位：万元', head: [['月份', '城市低保', '农村低保', '当月合计', '1—N月累计']], rows, fmts: [null, '0.0', '0.0', '0.0', '0.0'] });
});

// 35 county with street/town subtotals
reg('c35_subtotals', (wb) => {
  const st = [['东关街道', 9, 0], ['西关街道', 7, 2], ['城关街道', 11, 1]];
  const tn = [['南湖镇', 2, 21], ['北山乡', 1, 18], ['青石镇', 1, 24], ['柳林乡', 0, 15]];
  const sub = (l, a) => [l, colSum(a, 1), colSum(a, 2), colSum(a, 1) + colSum(a, 2)];
  const it = (a) => a.map(([l, x, y]) => [Z + l, x, y, x + y]);
  const S = sub('街道小计', st), T = sub('乡镇小计', tn);
  const all = ['全县总计', S[1] + T[1], S[2] + T[2], S[3] + T[3]];
  addSheet(wb, '村居', { title: '2024年末全县村（居）委会设置', unit: '单位：个', head: [['乡镇（街道）', '社区居委会', '村民委员会', '合计']], rows: [all, S, ...it(st), T, ...it(tn)] });
});

// 36 averages row, not total
reg('c36_avg_row', (wb) => {
  const d = [['城东区', 860, 690, 3842], ['城西区', 860, 690, 3110], ['临河县', 820, 650, 5210], ['北山县', 800, 650, 4833], ['南平县', 820, 650, 3380]];
  const rows = d.map((r) => [...r]);
  rows.push(['全市合计', '—', '—', colSum(d, 3)]);
  rows.push(['全市平均', r1(sum(d.map((x) => x[1])) / 5), r1(sum(d.map((x) => x[2])) / 5), '—']);
  addSheet(wb, '标准', { title: '2024年各地低保标准及保障人数', head: [['地区', '城市低保标准（元/月）', '农村低保标准（元/月）', '保障人数（人）']], rows, notes: ['注：全市平均为各县（区）标准的简单算术平均。'] });
});

// 37 rates as fractions with % format
reg('c37_pct_format', (wb) => {
  const d = [['新增养老床位', 1200, 936], ['新建社区养老服务站', 30, 24], ['培育社区社会组织', 150, 171], ['居家适老化改造', 500, 322], ['特困供养机构改造', 8, 5]];
  const rows = d.map(([l, t, c]) => [l, t, c, rn(c / t, 3), 0.75]);
  addSheet(wb, '进度', { title: '2024年民生实事进度（1—9月）', head: [['项目', '年度目标', '完成数', '完成率', '序时进度']], rows, fmts: [null, '0', '0', '0.0%', '0%'] });
});

// 38 growth >100 and base zero, negative
reg('c38_big_growth', (wb) => {
  const R = (l, a, b) => [l, a, b, b ? gr(a, b) : '—'];
  addSheet(wb, '慈善', { title: '慈善和志愿服务主要指标', head: [['指标', '2024年', '2023年', '增长（%）']],
    rows: [R('慈善信托备案（单）', 7, 2), R('慈善信托规模（万元）', 1850, 300), R('新认定慈善组织（个）', 9, 0), R('慈善超市（个）', 14, 22), R('网络募捐金额（万元）', 316.4, 98.7)], notes: ['注：“—”表示上年为零，无法计算增长。'] });
});

// 39 vertical merged dept with subtotal below
reg('c39_merged_dept', (wb) => {
  const wbws = addSheet(wb, '资金', { title: '2024年各科室项目资金执行情况', unit: '单位：万元', head: [['科室', '项目', '预算数', '执行数', '执行率（%）']], rows: (() => {
    const g = [['社会救助科', [['低保', 1830.6, 1702.1], ['特困', 241.0, 230.4], ['临时救助', 68.0, 51.3]]], ['养老服务科', [['高龄津贴', 152.3, 150.9], ['运营补贴', 86.0, 51.2]]]];
    const rows = []; const T = [0, 0];
    for (const [dep, items] of g) {
      items.forEach(([n, a, b], i) => rows.push([i === 0 ? dep : null, n, a, b, pct(b, a)]));
      const s = [r1(sum(items.map((i) => i[1]))), r1(sum(items.map((i) => i[2])))];
      rows.push([null, '小计', s[0], s[1], pct(s[1], s[0])]); T[0] += s[0]; T[1] += s[1];
    }
    rows.push(['合计', null, r1(T[0]), r1(T[1]), pct(r1(T[1]), r1(T[0]))]);
    return rows; })(), fmts: [null, null, '0.0', '0.0', '0.0'] });
  const ws = wbws.ws; ws.mergeCells('A4:A7'); ws.mergeCells('A8:A10'); ws.mergeCells('A11:B11');
});

// 40 two stacked tables in one sheet
reg('c40_stacked', (wb) => {
  const ws = wb.addWorksheet('综合');
  const put = (r, arr) => arr.forEach((v, j) => { if (v !== null) ws.getCell(r, j + 1).value = v; });
  put(1, ['表1  婚姻登记情况']); put(2, ['地区', '结婚登记（对）', '离婚登记（对）', '离结比（%）']);
  const m = [['城东区', 1620, 598], ['城西区', 1410, 540], ['临河县', 1290, 502], ['北山县', 1090, 558]];
  m.forEach((r, i) => put(3 + i, [r[0], r[1], r[2], pct(r[2], r[1])]));
  const A = colSum(m, 1), B = colSum(m, 2); put(7, ['合计', A, B, pct(B, A)]);
  put(9, ['表2  养老机构情况']); put(10, ['地区', '机构数（个）', '床位数（张）', '其中：护理型床位（张）']);
  const y = [['城东区', 14, 2380, 1310], ['城西区', 11, 1920, 1046], ['临河县', 22, 2150, 980], ['北山县', 17, 1610, 705]];
  y.forEach((r, i) => put(11 + i, r)); put(15, ['合计', colSum(y, 1), colSum(y, 2), colSum(y, 3)]);
});

// 41 total row at bottom with 其中 row after it
reg('c41_total_then_part', (wb) => {
  const d = [['城东区', 86, 12], ['城西区', 74, 20], ['高新区', 15, 8], ['临河县', 31, 212], ['北山县', 18, 246]];
  const rows = d.map(([l, a, b]) => [l, a, b, a + b]);
  const T = ['合计', colSum(rows, 1), colSum(rows, 2), colSum(rows, 3)];
  const C = ['其中：市辖区', ...[1, 2, 3].map((j) => sum(rows.slice(0, 3).map((r) => r[j])))];
  addSheet(wb, '社区', { title: '城乡社区数', unit: '单位：个', head: [['地区', '城市社区', '农村社区（村）', '合计']], rows: [...rows, T, C] });
});

// 42 本年/上年 with 增减% and 百分点 mixed rows
reg('c42_mixed_change', (wb) => {
  const R = (l, a, b) => [l, a, b, gr(a, b), null];
  const Rp = (l, a, b) => [l, a, b, null, r1(a - b)];
  addSheet(wb, '指标', { title: '社会组织党建和年检指标', head: [['指标', '本年', '上年', '增长（%）', '增减（百分点）']],
    rows: [R('社会组织（个）', 3120, 3029), R('已建党组织（个）', 2507, 2317), Rp('党组织覆盖率（%）', pct(2507, 3120), pct(2317, 3029)), R('年检参检（个）', 2769, 2690), Rp('年检合格率（%）', 94.9, 93.8)] });
});

(async () => {
  const only = process.argv[2];
  for (const [n, fn] of files) {
    if (only && !n.startsWith(only)) continue;
    const wb = W(); const out = fn(wb); await save(wb, D + n + '.xlsx');
    if (out) console.log(n, JSON.stringify(out));
  }
  console.log('wrote', files.length);
})();
