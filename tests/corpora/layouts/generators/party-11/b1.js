// Coverage-type builders
const L = require('./lib');
const { rng, r, pct, growth, sum, Sheet, hdr2, hdr3, header, signoff, split, coverage, addCov, COUNTIES, TOWNS, PARKS, BUILDINGS, INDUSTRIES, CITIES } = L;
const B = [];

// 01: county coverage, 2-row header, 全市 total on top, rates 1 decimal
B.push({ file: '01-非公企业党组织覆盖情况统计表（分区县）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '覆盖情况');
  const W = 10;
  sh.title('沈阳市非公有制企业党组织覆盖情况统计表', W);
  sh.line('（截至2025年6月底）', W);
  sh.line('单位：家、个、%', W);
  hdr2(sh, ['地区', '非公企业数', ['单独建立党组织', ['小计', '党委', '党总支', '党支部']], ['联合党组织', ['个数', '覆盖企业数']], '党组织覆盖企业数', '党的组织\n覆盖率（%）']);
  const regs = COUNTIES.slice(0, 9).map((n) => [n, coverage(R)]);
  const T = addCov(regs.map((x) => x[1]));
  const line = (n, c) => [n, c.ent, c.own, c.wei, c.zong, c.zhi, c.joint, c.jc, c.covered, pct(c.covered, c.ent)];
  const tr = sh.row(line('全市', T));
  regs.forEach(([n, c]) => sh.row(line(n, c)));
  sh.plant(tr, 2, 'total');
  sh.row(['注：党组织覆盖企业数＝单独建立党组织企业数＋联合党组织覆盖企业数。']);
  signoff(sh, W, { unit: '中共沈阳市委组织部（市委两新工委）' });
} });

// 02: 乡镇（街道）三行表头：规模以上 / 小微 each 企业数 已建 联合覆盖 覆盖率; 合计 at bottom
B.push({ file: '02-乡镇街道非公企业党建覆盖（按规模）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, 'Sheet1');
  const W = 11;
  sh.title('铁西区各街道非公企业党组织覆盖情况（按企业规模）', W);
  hdr3(sh, ['街道（乡镇）', ['非公有制企业', [['规模以上企业', ['企业数（家）', '单独组建（家）', '联合组建覆盖（家）', '覆盖率（%）']], ['小微企业', ['企业数（家）', '单独组建（家）', '联合组建覆盖（家）', '覆盖率（%）']]]], '合计覆盖率（%）', '备注']);
  const rows = [];
  for (const t of TOWNS.slice(0, 8)) {
    const be = R.int(8, 60); const bo = R.int(Math.floor(be * 0.5), be); const bj = R.int(0, be - bo);
    const se = R.int(40, 400); const so = R.int(Math.floor(se * 0.05), Math.floor(se * 0.2)); const sj = R.int(0, Math.floor((se - so) * 0.6));
    rows.push([t, be, bo, bj, se, so, sj]);
  }
  const tot = ['合计', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
  const line = (x, note) => [x[0], x[1], x[2], x[3], pct(x[2] + x[3], x[1]), x[4], x[5], x[6], pct(x[5] + x[6], x[4]), pct(x[2] + x[3] + x[5] + x[6], x[1] + x[4]), note];
  rows.forEach((x, i) => sh.row(line(x, i === 2 ? '含2家新迁入企业' : null)));
  const tr = sh.row(line(tot, null));
  sh.plant(tr - 3, 6, 'count');
  sh.row(['说明：覆盖率＝（单独组建企业数＋联合组建覆盖企业数）÷企业数×100。']);
} });

// 03: parks transposed: indicators as rows, parks as columns, 合计 column FIRST
B.push({ file: '03-开发区园区党建工作情况（转置）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '园区');
  const parks = PARKS.slice(0, 5); const W = parks.length + 3;
  sh.title('全市重点园区“两新”党建工作情况一览表', W);
  sh.line('统计时间：2025年二季度', W);
  sh.row(['指标', '单位', '合计', ...parks]);
  const cs = parks.map(() => coverage(R));
  const T = addCov(cs);
  const rowsSpec = [['入驻非公企业数', '家', 'ent'], ['单独建立党组织数', '个', 'own'], ['联合党组织数', '个', 'joint'], ['联合党组织覆盖企业数', '家', 'jc'], ['党组织覆盖企业数', '家', 'covered'], ['派驻党建工作指导员覆盖企业数', '家', 'inst'], ['党员人数', '名', 'members']];
  let first;
  for (const [lab, u, k] of rowsSpec) { const rr = sh.row([lab, u, T[k], ...cs.map((c) => c[k])]); if (k === 'jc') first = rr; }
  sh.row(['党组织覆盖率', '%', pct(T.covered, T.ent), ...cs.map((c) => pct(c.covered, c.ent))]);
  sh.plant(first, 4, 'count');
  signoff(sh, W);
} });

// 04: 商务楼宇 ledger with 有党员/无党员; totals at bottom; '/' for buildings without organisations
B.push({ file: '04-商务楼宇党建情况台账汇总.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '楼宇');
  const W = 9;
  sh.title('沈河区商务楼宇党建工作情况汇总表', W);
  sh.line('单位：栋、家、名、个', W);
  hdr2(sh, ['序号', '楼宇名称', '入驻企业数', ['其中', ['有党员企业', '无党员企业']], '党员数', '楼宇党组织数', '覆盖企业数', '覆盖率（%）']);
  const rows = BUILDINGS.map((b, i) => {
    const ent = R.int(20, 160); const wm = R.int(Math.floor(ent * 0.2), Math.floor(ent * 0.6)); const mem = R.int(wm, wm * 4);
    const orgs = i === 5 ? 0 : R.int(1, 3); const cov = orgs ? R.int(Math.floor(ent * 0.3), ent) : 0;
    return [i + 1, b, ent, wm, ent - wm, mem, orgs, cov];
  });
  let fr;
  rows.forEach((x) => { const rr = sh.row([...x.slice(0, 6), x[6] || '/', x[6] ? x[7] : '/', x[6] ? pct(x[7], x[2]) : '/']); if (!fr) fr = rr; });
  const t = [2, 3, 4, 5, 6, 7].map((k) => sum(rows.map((x) => x[k])));
  const tr = sh.row([null, '合计', ...t, pct(t[5], t[0])]);
  sh.merge(tr, 1, tr, 2) ;
  sh.ws.getCell(tr, 1).value = '合计';
  sh.plant(tr, 3, 'total');
  sh.row(['注：“/”表示该楼宇尚未建立党组织。']);
  signoff(sh, W, { unit: '中共沈阳市沈河区委组织部' });
} });

// 05: 行业 rows, coverage by 单独组建 / 联合组建 / 派驻党建指导员 with three 覆盖率 columns & 综合覆盖率
B.push({ file: '05-分行业非公企业党建覆盖方式统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '分行业');
  const W = 10;
  sh.title('非公有制企业党建工作覆盖方式统计表（按行业）', W);
  hdr3(sh, ['行业', '企业总数（家）', ['党的组织覆盖', [['单独组建', ['企业数', '占比（%）']], ['联合组建', ['企业数', '占比（%）']]]], ['党的工作覆盖', [['派驻党建指导员', ['企业数', '占比（%）']]]], '组织覆盖率（%）', '工作覆盖率（%）']);
  const rows = INDUSTRIES.map((n) => { const e = R.int(30, 800); const o = R.int(Math.floor(e * 0.05), Math.floor(e * 0.25)); const j = R.int(0, Math.floor((e - o) * 0.4)); const i = e - o - j - R.int(0, Math.floor((e - o - j) * 0.2)); return [n, e, o, j, i]; });
  const line = (x) => [x[0], x[1], x[2], pct(x[2], x[1]), x[3], pct(x[3], x[1]), x[4], pct(x[4], x[1]), pct(x[2] + x[3], x[1]), pct(x[2] + x[3] + x[4], x[1])];
  const t = ['总计', ...[1, 2, 3, 4].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  rows.forEach((x) => sh.row(line(x)));
  sh.plant(tr + 3, 9, 'rate');
  sh.row(['注：工作覆盖率＝（单独组建＋联合组建＋派驻党建指导员覆盖企业数）÷企业总数×100。']);
} });

// 06: 无党员企业 上年 vs 本年 with 减少 and 降幅 by city (province level)
B.push({ file: '06-无党员企业清零进展（分市）.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '无党员企业');
  const W = 8;
  sh.title('全省非公企业“无党员”问题清零工作进展情况', W);
  sh.line('单位：家、%', W);
  hdr2(sh, ['市', ['无党员企业数', ['2020年初', '截至目前', '减少数', '降幅（%）']], ['无党员企业占比', ['企业总数', '占比（%）']], '备注']);
  const rows = CITIES.map((c) => { const a = R.int(400, 3000); const b = R.int(Math.floor(a * 0.3), Math.floor(a * 0.7)); const e = R.int(b * 3, b * 6); return [c, a, b, e]; });
  const line = (x) => [x[0], x[1], x[2], x[1] - x[2], pct(x[1] - x[2], x[1]), x[3], pct(x[2], x[3]), null];
  rows.forEach((x) => sh.row(line(x)));
  const t = ['全省', ...[1, 2, 3].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  sh.plant(tr, 5, 'rate');
  sh.row(['注：降幅＝（2020年初数－目前数）÷2020年初数×100。']);
} });

// 07: 党员人数 其中 女/少数民族/35岁以下/大专以上 + 占比 columns, total at top, multi-sheet with 说明
B.push({ file: '07-两新组织党员队伍结构统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '党员结构');
  const W = 10;
  sh.title('“两新”组织党员队伍基本情况统计表', W);
  hdr2(sh, ['区县', '党员总数', ['其中', ['女党员', '少数民族党员', '35岁及以下', '大专及以上学历']], ['占党员总数比例（%）', ['女', '35岁及以下', '大专及以上']], '预备党员']);
  const rows = COUNTIES.slice(0, 10).map((n) => { const m = R.int(300, 2600); return [n, m, R.int(Math.floor(m * 0.3), Math.floor(m * 0.5)), R.int(0, Math.floor(m * 0.05)), R.int(Math.floor(m * 0.25), Math.floor(m * 0.45)), R.int(Math.floor(m * 0.5), Math.floor(m * 0.8)), R.int(5, Math.floor(m * 0.04))]; });
  const line = (x) => [x[0], x[1], x[2], x[3], x[4], x[5], pct(x[2], x[1]), pct(x[4], x[1]), pct(x[5], x[1]), x[6]];
  const t = ['全市', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  rows.forEach((x) => sh.row(line(x)));
  sh.plant(tr + 4, 3, 'count');
  signoff(sh, W);
  const s2 = new Sheet(wb, '填表说明');
  ['填表说明', '1．本表统计范围为辖区内非公有制企业和社会组织中的党员。', '2．“其中”各项为党员总数的一部分，不相加。', '3．比例保留一位小数。', '4．预备党员包含在党员总数内。'].forEach((t2) => s2.row([t2]));
} });

// 08: 发展党员 by quarter, stages as rows, quarters as columns + 全年 column; second block by county
B.push({ file: '08-发展党员工作季度统计.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '季度');
  const W = 7;
  sh.title('2025年非公企业和社会组织发展党员工作情况（按季度）', W);
  sh.line('单位：名', W);
  sh.row(['项目', '一季度', '二季度', '三季度', '四季度', '全年合计', '年度计划']);
  const stages = ['递交入党申请书人数', '确定入党积极分子', '列为发展对象', '接收预备党员', '预备党员转正'];
  let base = R.int(200, 400); let pr;
  stages.forEach((s, i) => { const q = [0, 1, 2, 3].map(() => R.int(Math.floor(base * 0.15), Math.floor(base * 0.35))); const rr = sh.row([s, ...q, sum(q), sum(q) + R.int(-10, 30)]); if (i === 3) pr = rr; base = Math.floor(base * 0.6); });
  sh.plant(pr, 6, 'total');
  sh.row(['注：年度计划为年初下达的指导性计划，不参与合计。']);
  sh.cursor++;
  sh.line('分区县接收预备党员情况', W);
  sh.row(['区县', '一季度', '二季度', '三季度', '四季度', '全年合计', '其中：女']);
  const rows = COUNTIES.slice(0, 6).map((n) => { const q = [0, 1, 2, 3].map(() => R.int(2, 25)); return [n, ...q, sum(q), R.int(0, Math.floor(sum(q) / 2))]; });
  rows.forEach((x) => sh.row(x));
  const tot = ['合计', ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.map((x) => x[k])))];
  sh.row(tot);
} });

// 09: 党组织书记情况 (出资人兼任, 高管兼任, 一肩挑, 专职)
B.push({ file: '09-非公企业党组织书记任职情况.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '书记情况');
  const W = 10;
  sh.title('非公有制企业党组织书记任职情况统计表', W);
  sh.line('填报单位：中共大连市西岗区委组织部　　　　　　　　　　　　　　单位：名、%', W);
  hdr3(sh, ['街道', '党组织书记总数', ['按任职方式分', [['兼任', ['出资人兼任', '高管兼任']], '专职', '其他']], ['其中', ['董事长与书记“一肩挑”', '一肩挑比例（%）']], ['书记年龄', ['35岁以下', '36-55岁', '56岁以上']]]);
  const rows = TOWNS.slice(0, 7).map((n) => { const t = R.int(15, 90); const [a, b, c, d] = split(t, 4, R); const y = R.int(0, a); const [g1, g2, g3] = split(t, 3, R); return [n, t, a, b, c, d, y, g1, g2, g3]; });
  const line = (x) => [x[0], x[1], x[2], x[3], x[4], x[5], x[6], pct(x[6], x[1]), x[7], x[8], x[9]];
  rows.forEach((x) => sh.row(line(x)));
  const t = ['合计', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => sum(rows.map((x) => x[k])))];
  const tr = sh.row(line(t));
  sh.plant(tr - 2, 2, 'count');
} });

// 10: 党建工作经费 (万元) with 人均 (元/人) – 人均 not additive; total row recomputes
B.push({ file: '10-两新组织党建工作经费保障情况.xlsx', build(wb, R) {
  const sh = new Sheet(wb, '经费');
  const W = 9;
  sh.title('2024年度“两新”组织党建工作经费保障情况', W);
  sh.line('金额单位：万元', W);
  hdr2(sh, ['区县', '党组织数（个）', '党员数（名）', ['党建工作经费', ['合计', '企业管理费列支', '党费返还', '财政专项补助']], '党员人均经费（元）', '组织平均经费（万元）']);
  const rows = COUNTIES.slice(3, 11).map((n) => { const o = R.int(30, 300); const m = R.int(o * 4, o * 12); const a = r(R.int(100, 2000) / 10, 1), b = r(R.int(20, 300) / 10, 1), c = r(R.int(50, 500) / 10, 1); return [n, o, m, r(a + b + c, 1), a, b, c]; });
  const line = (x) => [x[0], x[1], x[2], x[3], x[4], x[5], x[6], r((x[3] * 10000) / x[2], 0), r(x[3] / x[1], 2)];
  const tot = ['合计', sum(rows.map((x) => x[1])), sum(rows.map((x) => x[2])), ...[3, 4, 5, 6].map((k) => r(sum(rows.map((x) => x[k])), 1))];
  rows.forEach((x) => sh.row(line(x), { fmt: [null, null, null, '0.0', '0.0', '0.0', '0.0', '0', '0.00'] }));
  const tr = sh.row(line(tot), { fmt: [null, null, null, '0.0', '0.0', '0.0', '0.0', '0', '0.00'] });
  sh.plant(tr, 4, 'total');
  sh.row(['注：人均经费＝经费合计×10000÷党员数；组织平均经费＝经费合计÷党组织数。']);
  signoff(sh, W);
} });

module.exports = B;
