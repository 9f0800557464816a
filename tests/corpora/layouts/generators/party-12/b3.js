const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
// Excel-like ROUND (half away from zero, 15 significant digits)
const XR = (x, d) => { const y = Number((x * 10 ** d).toPrecision(15)); return Math.sign(y) * Math.round(Math.abs(y)) / 10 ** d; };
const rate = (a, b, d = 1) => b ? { v: XR(a / b * 100, d), d } : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 28 本年 | 上年 | 增减 | 增长（%） (current period first)
for (const v of [0, 1]) book(`28${v ? 'b' : ''}_两新党组织本年与上年对比.xlsx`, wb => {
  const ws = wb.addWorksheet('对比');
  const names = pick(COUNTIES, 8); const last = names.map(() => ri(40, 500)); const cur = last.map(x => Math.max(5, x + ri(-20, 60)));
  const L = sum(last), C = sum(cur);
  const line = (n, c, l) => [n, c, l, c - l, { v: XR((c - l) / l * 100, 1), d: 1 }];
  const rows = names.map((n, i) => line(n, cur[i], last[i])); rows.push(line('合计', C, L));
  const t = table(ws, { title: '两新组织党组织数量与上年对比', unit: '单位：个、%', head: [['县区', v ? '2025年' : '本年数', v ? '2024年' : '上年同期', '增减', '增长（%）']], rows });
  return mk('对比', t.r0 + rows.length - 1, 4, 'count');
});

// 29 descending years 2025 | 2024 | coverage change
for (const v of [0, 1]) book(`29${v ? 'b' : ''}_覆盖率近两年（本年在前）.xlsx`, wb => {
  const ws = wb.addWorksheet('覆盖率');
  const names = pick(TOWNS, 9);
  const a = names.map(() => { const e = ri(30, 300); return { e, b: ri(Math.round(e * 0.4), Math.round(e * 0.9)) }; });
  const b = a.map(x => { const e = x.e + ri(-5, 25); return { e, b: Math.min(e, x.b + ri(-3, 20)) }; });
  const A = addc(a, ['e', 'b']), B = addc(b, ['e', 'b']);
  const line = (n, y25, y24) => { const r1 = XR(y25.b / y25.e * 100, 1), r0 = XR(y24.b / y24.e * 100, 1); return [n, y25.e, y25.b, F(r1, 1), y24.e, y24.b, F(r0, 1), F(r1 - r0, 1)]; };
  const rows = [line('全县', B, A), ...names.map((n, i) => line(n, b[i], a[i]))];
  const t = table(ws, { title: '非公企业党组织覆盖率变化情况', head: [['乡镇', '2025年', '', '', '2024年', '', '', v ? '比上年提高（百分点）' : '覆盖率增减（百分点）'], ['', '企业数', '已覆盖', '覆盖率（%）', '企业数', '已覆盖', '覆盖率（%）', '']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 1, 8]], rows });
  return mk('覆盖率', t.r0 + 3, 8, 'rate', 1);
});

// 30 本月 | 本年累计 | 上年同期累计 | 同比增长（%）
for (const v of [0, 1]) book(`30${v ? 'b' : ''}_发展党员月报（本月累计同比）.xlsx`, wb => {
  const ws = wb.addWorksheet('月报');
  const names = pick(COUNTIES, 7);
  const data = names.map(() => { const m = ri(0, 12), c = m + ri(5, 60), l = ri(10, 70); return { m, c, l }; });
  const T = addc(data, ['m', 'c', 'l']);
  const line = (n, d) => [n, d.m, d.c, d.l, { v: XR((d.c - d.l) / d.l * 100, 1), d: 1 }];
  const rows = [line('全市', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: `两新组织发展党员情况（2025年${v ? 9 : 5}月）`, unit: '单位：名', head: [['县区', '本月发展', '本年累计', '上年同期累计', '同比增长（%）']], rows });
  return mk('月报', t.r0, 3, 'count');
});

// 31 任务完成率 > 100 allowed
for (const v of [0, 1]) book(`31${v ? 'b' : ''}_党组织组建任务完成情况.xlsx`, wb => {
  const ws = wb.addWorksheet('任务');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const g = ri(5, 40); return { g, d: ri(Math.round(g * 0.6), Math.round(g * 1.4)) }; });
  const T = addc(data, ['g', 'd']);
  const line = (n, x) => [n, x.g, x.d, rate(x.d, x.g), x.d - x.g];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '2025年非公企业党组织组建任务完成情况', head: [['县区', '年度目标（个）', '已完成（个）', '完成率（%）', '超（欠）目标（个）']], rows });
  return mk('任务', t.r0 + rows.length - 1, 3, 'count');
});

// 32 group header rows with no numbers, total on top
for (const v of [0, 1]) book(`32${v ? 'b' : ''}_两新组织分类党建（分类标题行）.xlsx`, wb => {
  const ws = wb.addWorksheet('分类');
  const g1 = ['制造业企业', '商贸流通企业', '建筑业企业', '互联网企业'], g2 = ['行业协会商会', '民办学校', '民办医院', '律师事务所', '社会服务机构'];
  const mkd = () => { const n = ri(5, 200), b = ri(0, n); return { n, b, pm: ri(b, b * 5 + 3) }; };
  const d1 = g1.map(mkd), d2 = g2.map(mkd); const T = addc([...d1, ...d2], ['n', 'b', 'pm']);
  const line = (n, d) => [n, d.n, d.b, rate(d.b, d.n), d.pm];
  const rows = [line('合计', T), ['一、非公有制企业'], ...g1.map((n, i) => line('　' + (i + 1) + '.' + n, d1[i])), ['二、社会组织'], ...g2.map((n, i) => line('　' + (i + 1) + '.' + n, d2[i]))];
  const t = table(ws, { title: '两新组织党建情况（分类）', head: [['类别', '单位数', '已建党组织', '覆盖率（%）', '党员数']], rows });
  return mk('分类', t.r0, 3, 'count');
});

// 33 党委 | 党总支 | 党支部 | 合计 (合计 column at right)
for (const v of [0, 1]) book(`33${v ? 'b' : ''}_党组织类别合计列在右.xlsx`, wb => {
  const ws = wb.addWorksheet('类别');
  const names = pick(TOWNS, 9);
  const data = names.map(() => [ri(0, 3), ri(0, 6), ri(3, 60)]);
  const line = (n, a) => [n, ...a, sum(a)];
  const tot = [0, 1, 2].map(j => sum(data.map(d => d[j])));
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', tot));
  const t = table(ws, { title: '非公企业党组织按类别统计', unit: '单位：个', head: [['乡镇', '党委', '党总支', '党支部', '合计']], rows });
  return mk('类别', t.r0 + 4, 5, 'count');
});

// 34 企业数 | 其中：规上 | 已建党组织企业数 | 覆盖率 with high coverage (规上 + 已建 > 企业数)
for (const v of [0, 1]) book(`34${v ? 'b' : ''}_高覆盖率乡镇覆盖（其中规上列）.xlsx`, wb => {
  const ws = wb.addWorksheet('覆盖');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const e = ri(30, 250); const g = ri(Math.round(e * 0.15), Math.round(e * 0.3)); const b = ri(Math.round(e * 0.8), e); return { e, g, b }; });
  const T = addc(data, ['e', 'g', 'b']);
  const line = (n, d) => [n, d.e, d.g, d.b, rate(d.b, d.e)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '各乡镇非公企业党组织覆盖情况', head: [['乡镇', '企业数', v ? '其中：规模以上企业' : '其中：规上企业', '已建立党组织企业数', '覆盖率（%）']], rows });
  return mk('覆盖', t.r0 + rows.length - 1, 4, 'count');
});

// 35 上半年 | 下半年 | 全年 columns
for (const v of [0, 1]) book(`35${v ? 'b' : ''}_党建指导员联系走访分半年.xlsx`, wb => {
  const ws = wb.addWorksheet('走访');
  const names = pick(COUNTIES, 7);
  const data = names.map(() => { const a = ri(20, 300), b = ri(20, 300), p = ri(0, 40), q = ri(0, 40); return { a, b, p, q }; });
  const T = addc(data, ['a', 'b', 'p', 'q']);
  const line = (n, d) => [n, d.a, d.b, d.a + d.b, d.p, d.q, d.p + d.q];
  const rows = [line('全市', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '党建工作指导员走访企业情况', head: [['县区', '走访企业（家次）', '', '', '帮助解决问题（件）', '', ''], ['', '上半年', '下半年', '全年', '上半年', '下半年', '全年']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7]], rows });
  return mk('走访', t.r0 + 2, 4, 'count');
});

// 36 无党员企业 decline: 年初 | 年末 | 减少 | 降幅（%）
for (const v of [0, 1]) book(`36${v ? 'b' : ''}_无党员企业清零进展.xlsx`, wb => {
  const ws = wb.addWorksheet('清零');
  const names = pick(CITIES, 9);
  const data = names.map(() => { const s = ri(300, 3000); return { s, e: ri(Math.round(s * 0.3), Math.round(s * 0.8)) }; });
  const T = addc(data, ['s', 'e']);
  const line = (n, d) => [n, d.s, d.e, d.s - d.e, { v: XR((d.s - d.e) / d.s * 100, 1), d: 1 }];
  const rows = [line('全省', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '无党员非公企业“清零”工作进展', unit: '单位：家、%', head: [['市', '年初无党员企业数', '目前无党员企业数', '减少', '降幅']], rows });
  return mk('清零', t.r0 + 2, 5, 'rate', 1);
});

// 37 rates at rounding ties (x.x5 exactly) under Excel ROUND
for (const v of [0, 1]) book(`37${v ? 'b' : ''}_社会组织覆盖（整百基数）.xlsx`, wb => {
  const ws = wb.addWorksheet('覆盖');
  const names = pick(TOWNS, 8); const d = v ? 0 : 1;
  const bases = v ? [200, 40, 8, 600, 16, 24, 200, 400] : [400, 2000, 200, 80, 400, 160, 2000, 800];
  const data = names.map((_, i) => { const e = bases[i]; let b; do { b = ri(Math.round(e * 0.3), e); } while (((b / e * 100 * 10 ** d) % 1) !== 0.5 && ri(0, 3) > 0); return { e, b }; });
  const T = addc(data, ['e', 'b']);
  const line = (n, x) => [n, x.e, x.b, rate(x.b, x.e, d)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '社会组织党组织覆盖情况', head: [['乡镇', '社会组织数', '已建党组织数', '覆盖率（%）']], rows });
  return mk('覆盖', t.r0 + 1, 4, 'rate', d);
});

// 38 overlapping 其中 columns without a note
for (const v of [0, 1]) book(`38${v ? 'b' : ''}_党员其中项（无说明）.xlsx`, wb => {
  const ws = wb.addWorksheet('党员');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const n = ri(200, 2000); return { n, f: ri(Math.round(n * 0.35), Math.round(n * 0.5)), y: ri(Math.round(n * 0.35), Math.round(n * 0.5)), e: ri(Math.round(n * 0.5), Math.round(n * 0.8)) }; });
  const T = addc(data, ['n', 'f', 'y', 'e']);
  const line = (nm, d) => [nm, d.n, d.f, d.y, d.e];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '两新组织党员情况', head: [['县区', '党员数（名）', '其中：女党员', '35岁及以下', '大专及以上学历']], rows });
  return mk('党员', t.r0, 2, 'count');
});

// 39 province-level text values in 万 (each rounded on its own)
for (const v of [0, 1]) book(`39${v ? 'b' : ''}_全省两新党员规模（万名）.xlsx`, wb => {
  const ws = wb.addWorksheet('规模');
  const names = pick(CITIES, 12);
  const data = names.map(() => { const pm = ri(4000, 60000), org = ri(400, 6000); return { pm, org }; });
  const T = addc(data, ['pm', 'org']);
  const w = x => (R(x / 10000, 2)).toFixed(2) + '万';
  const line = (n, d) => [n, w(d.pm), d.org, v ? F(d.pm / d.org, 1) : w(d.pm * 0)];
  const rows = [line('全省', T), ...names.map((n, i) => line(n, data[i]))].map(r => v ? r : r.slice(0, 3));
  const t = table(ws, { title: '全省新兴领域党员和党组织规模', head: [v ? ['市', '党员（名）', '党组织（个）', '平均每个党组织党员数（名）'] : ['市', '党员（名）', '党组织（个）']], rows, notes: ['注：党员数按万名计，各市分别四舍五入，合计与分项之和可能略有出入。'] });
  return mk('规模', t.r0, 3, 'count');
});

// 40 合计 at bottom followed by a partial 其中：街道 row
for (const v of [0, 1]) book(`40${v ? 'b' : ''}_合计下其中街道行.xlsx`, wb => {
  const ws = wb.addWorksheet('汇总');
  const st = pick(TOWNS.filter(x => x.endsWith('街道')), 3), tw = pick(TOWNS.filter(x => !x.endsWith('街道')), 6);
  const names = [...st, ...tw];
  const data = names.map(() => { const e = ri(20, 260), b = ri(Math.round(e * 0.3), Math.round(e * 0.8)); return { e, b, pm: ri(b, b * 4) }; });
  const T = addc(data, ['e', 'b', 'pm']), S = addc(data.slice(0, 3), ['e', 'b', 'pm']);
  const line = (n, d) => [n, d.e, d.b, rate(d.b, d.e), d.pm];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T), line(v ? '　其中：城区街道' : '其中：街道', S));
  const t = table(ws, { title: '非公企业党建情况汇总', head: [['乡镇（街道）', '企业数', '已建党组织企业数', '覆盖率（%）', '党员数']], rows });
  return mk('汇总', t.r0 + names.length, 2, 'count');
});

// 41 shares of two bases
for (const v of [0, 1]) book(`41${v ? 'b' : ''}_两新组织发展党员占比.xlsx`, wb => {
  const ws = wb.addWorksheet('占比');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const all = ri(50, 400), tn = ri(10, Math.round(all * 0.6)), st = ri(300, 4000); return { st, all, tn }; });
  const T = addc(data, ['st', 'all', 'tn']);
  const line = (n, d) => [n, d.st, d.all, d.tn, rate(d.tn, d.all), rate(d.tn, d.st)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('全市', T));
  const t = table(ws, { title: '两新组织发展党员情况', head: [['县区', '年初两新党员数（名）', '全县区新发展党员（名）', '其中：两新组织发展（名）', '占新发展党员比例（%）', '占年初两新党员比例（%）']], rows });
  return mk('占比', t.r0 + rows.length - 1, 4, 'count');
});

// 42 两新合计 = 非公企业 + 社会组织
for (const v of [0, 1]) book(`42${v ? 'b' : ''}_两新组织合计与分领域.xlsx`, wb => {
  const ws = wb.addWorksheet('两新');
  const names = pick(COUNTIES, 8);
  const blk = (lo, hi) => { const n = ri(lo, hi), b = ri(Math.round(n * 0.3), n); return { n, b }; };
  const data = names.map(() => ({ e: blk(100, 900), s: blk(10, 150) }));
  const TE = addc(data.map(d => d.e), ['n', 'b']), TS = addc(data.map(d => d.s), ['n', 'b']);
  const line = (nm, e, s) => [nm, e.n + s.n, e.b + s.b, rate(e.b + s.b, e.n + s.n), e.n, e.b, rate(e.b, e.n), s.n, s.b, rate(s.b, s.n)];
  const rows = [line('全市', TE, TS), ...names.map((n, i) => line(n, data[i].e, data[i].s))];
  const t = table(ws, { title: '两新组织党组织覆盖情况', head: [['县区', '两新组织合计', '', '', '非公有制企业', '', '', '社会组织', '', ''], ['', '总数', '已覆盖', '覆盖率（%）', '企业数', '已覆盖', '覆盖率（%）', '社会组织数', '已覆盖', '覆盖率（%）']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 0, 10]], rows });
  return mk('两新', t.r0 + 2, 2, 'count');
});

// 43 ledger with 小计 rows after each town group and 总计 at end
for (const v of [0, 1]) book(`43${v ? 'b' : ''}_楼宇企业党建台账（分乡镇小计）.xlsx`, wb => {
  const ws = wb.addWorksheet('台账');
  const names = pick(TOWNS, 3); const rows = []; const subs = []; let k = 0;
  for (const n of names) { const m = ri(3, 6); const items = []; for (let i = 0; i < m; i++) { k++; const emp = ri(10, 500), pm = ri(0, 15); items.push({ emp, pm, b: pm >= 3 ? 1 : 0 }); rows.push([k, n, `${n.slice(0, 2)}${['科技', '商贸', '建设', '物流', '传媒', '餐饮'][i]}有限公司`, emp, pm, pm >= 3 ? '是' : '否', pm >= 3 ? '单独组建' : '—']); }
    const s = addc(items, ['emp', 'pm', 'b']); subs.push(s); rows.push(['', n + '小计', '', s.emp, s.pm, s.b, '']); }
  const T = addc(subs, ['emp', 'pm', 'b']); rows.push(['', '总计', '', T.emp, T.pm, T.b, '']);
  const t = table(ws, { title: '商务楼宇非公企业党建工作台账', head: [['序号', '乡镇（街道）', '企业名称', '职工人数', '党员人数', '是否建立党组织', '组织形式']], rows, notes: ['注：小计、总计行“是否建立党组织”栏填已建立党组织企业数。'] });
  return mk('台账', t.r0 + rows.length - 1, 5, 'count');
});
