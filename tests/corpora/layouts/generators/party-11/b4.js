// Extra tricky-but-legal layouts
const L = require('./lib');
const { r, pct, growth, sum, Sheet, hdr2, hdr3, signoff, split, coverage, addCov, COUNTIES, TOWNS, CITIES } = L;
const B = [];

// 50: 排名 column + 平均 row + negative 增减; 上年同期 vs 本期
B.push({ file: '50-区县党组织覆盖率排名（含平均）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '排名');
  sh.title('各区县非公企业党组织覆盖率排名', 8);
  sh.row(['区县', '企业数', '覆盖企业数', '本期覆盖率（%）', '上年同期覆盖率（%）', '增减（百分点）', '排名', '上期排名']);
  const rows = COUNTIES.slice(0, 10).map((n) => { const e = R.int(200, 1500); const c = R.int(Math.floor(e * 0.3), Math.floor(e * 0.7)); const last = r(pct(c, e) + R.int(-40, 30) / 10, 1); return [n, e, c, pct(c, e), last]; });
  const order = rows.map((x, i) => [x[3], i]).sort((a, b) => b[0] - a[0]).map((x) => x[1]);
  const lastOrder = rows.map((x, i) => [x[4], i]).sort((a, b) => b[0] - a[0]).map((x) => x[1]);
  let fr;
  rows.forEach((x, i) => { const rr = sh.row([...x, r(x[3] - x[4], 1), order.indexOf(i) + 1, lastOrder.indexOf(i) + 1]); if (!fr) fr = rr; });
  const te = sum(rows.map((x) => x[1])), tc = sum(rows.map((x) => x[2]));
  const last = r(sum(rows.map((x) => x[4] * x[1])) / te, 1);
  sh.row(['全市', te, tc, pct(tc, te), last, r(pct(tc, te) - last, 1), null, null]);
  sh.row(['区县平均', r(te / rows.length, 0), r(tc / rows.length, 0), r(sum(rows.map((x) => x[3])) / rows.length, 1), r(sum(rows.map((x) => x[4])) / rows.length, 1), null, null, null]);
  sh.plant(fr + 3, 3, 'count');
  sh.row(['注：全市上年同期覆盖率按上年企业数加权；区县平均为简单算术平均，不作合计。']);
} });

// 51: 说明 sheet FIRST with numbered text incl. numbers, data sheet second, unit row + 栏次 row (甲 乙 1 2 3...)
B.push({ file: '51-两新党建基本情况年报（含栏次）.xlsx', build(wb, R) {
  const s0 = new Sheet(wb, '说明');
  ['报表说明', '1．本表由县级党委组织部门填报，报送时间为2026年1月15日前。', '2．统计时点为2025年12月31日。', '3．第3栏＝第4栏＋第5栏＋第6栏；第8栏＝第7栏＋第9栏。', '4．覆盖率保留一位小数，第11栏＝第8栏÷第1栏×100。'].forEach((t) => s0.row([t]));
  const sh = new Sheet(wb, '年报表');
  const W = 12;
  sh.title('“两新”组织党建工作基本情况年报表', W);
  sh.line('表号：两新年报1表　　　　　　　　　　单位：家、个、名、%', W);
  hdr3(sh, ['县（市、区）', '非公企业数', '有党员的企业', ['党组织', [['单独建立', ['合计', '党委', '党总支', '党支部']], '单独建立覆盖企业']], '党组织覆盖企业数', '联合覆盖企业数', '党员数', '覆盖率']);
  sh.row(['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  const regs = COUNTIES.slice(0, 8).map((n) => [n, coverage(R)]);
  const T = addCov(regs.map((x) => x[1]));
  const line = (n, c) => [n, c.ent, c.withMembers, c.own, c.wei, c.zong, c.zhi, c.own, c.covered, c.jc, c.members, pct(c.covered, c.ent)];
  const tr = sh.row(line('总计', T));
  regs.forEach(([n, c]) => sh.row(line(n, c)));
  sh.plant(tr + 2, 8, 'count');
  signoff(sh, W, { by: '张敏', check: '刘洋', date: '2026年1月10日' });
} });

// 52: total row at top labelled 合  计 with spaces, regions prefixed with 1. 2. numbering, with one all-zero new district and '-' cells
B.push({ file: '52-新设功能区社会组织党建（含零值与横杠）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '功能区');
  sh.title('各功能区社会组织党建情况', 7);
  sh.row(['序号', '功能区', '社会组织数', '有党员的', '无党员的', '已建党组织', '覆盖率（%）']);
  const ns = ['浑南科技城', '沈北大学城', '于洪物流园', '辽中近海经济区', '康平产业园（新设）'];
  const rows = ns.map((n, i) => { if (i === 4) return [n, 0, 0, 0, 0]; const a = R.int(20, 200); const w = R.int(Math.floor(a * 0.2), Math.floor(a * 0.6)); return [n, a, w, a - w, R.int(0, w)]; });
  const t = [1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])));
  const tr = sh.row([null, '合  计', ...t, pct(t[3], t[0])]);
  rows.forEach((x, i) => sh.row([`${i + 1}.`, ...x, x[1] ? pct(x[4], x[1]) : '-']));
  sh.plant(tr + 2, 6, 'count');
  sh.row(['注：康平产业园为新设功能区，暂无登记社会组织，覆盖率以“-”表示。']);
} });

// 53: province sheet: 全省 row then cities, each city's figures rounded 万 / 1 decimal (党员数 in 万人) – totals computed from exact, parts rounded
B.push({ file: '53-全省两新党员规模（万人口径）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '万人');
  sh.title('全省新兴领域党组织和党员情况', 5);
  sh.line('单位：个、万名', 5);
  sh.row(['市', '党组织数（个）', '党员数（万名）', '其中：非公企业党员（万名）', '其中：社会组织党员（万名）']);
  const rows = CITIES.map((c) => { const o = R.int(800, 6000); const a = R.int(3000, 20000), b = R.int(500, 6000); return [c, o, a + b, a, b]; });
  const T = [1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])));
  const w = (x) => r(x / 10000, 1);
  const tr = sh.row(['全省', T[0], w(T[1]), w(T[2]), w(T[3])], { fmt: [null, null, '0.0', '0.0', '0.0'] });
  rows.forEach((x) => sh.row([x[0], x[1], w(x[2]), w(x[3]), w(x[4])], { fmt: [null, null, '0.0', '0.0', '0.0'] }));
  sh.plant(tr, 2, 'total');
  sh.row(['注：党员数按万名四舍五入，各市相加与全省可能有尾差。']);
} });

// 54: 发展党员 pipeline with quarters as 3-row header (上半年/下半年 > 季度 > 人数) and stages as columns blocks? -> stages rows by county, 全年 = 上半年+下半年
B.push({ file: '54-入党积极分子发展对象分半年统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '分半年');
  const W = 8;
  sh.title('入党积极分子、发展对象分半年情况（非公企业）', W);
  hdr3(sh, ['区县', '全年', ['上半年', [['季度', ['一季度', '二季度']], '小计']], ['下半年', [['季度', ['三季度', '四季度']], '小计']]]);
  const rows = COUNTIES.slice(0, 8).map((n) => { const q = [0, 1, 2, 3].map(() => R.int(3, 40)); return [n, sum(q), q[0], q[1], q[0] + q[1], q[2], q[3], q[2] + q[3]]; });
  rows.forEach((x) => sh.row(x));
  const t = ['合计', ...[1, 2, 3, 4, 5, 6, 7].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(t);
  sh.plant(tr - 4, 5, 'total');
  sh.row(['注：本表统计确定为入党积极分子人数。']);
} });

module.exports = B;
