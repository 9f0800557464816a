const { rnd, ri, rf, R, F, sum, pct, gr, put, table, book, colL } = require('./lib');
const mk = (sheet, r, c, kind, d = 0) => ({ sheet, addr: colL(c) + r, kind, d });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南湖街道', '北山镇', '青石镇', '柳河乡', '桃源镇', '白马镇', '龙泉镇', '新华街道', '红旗乡', '杨柳镇', '石门乡', '大河镇', '古城镇', '双井街道', '凤凰镇'];
const TRICKY = ['合江镇', '总铺镇', '全兴乡', '中和街道', '合兴街道', '小计村', '合作镇', '总府街道'];
const COUNTIES = ['城东区', '城西区', '高新区', '清河县', '丰乐县', '安平县', '宁远县', '永和县', '长丰县', '临川市'];
function pick(pool, n) { const a = pool.slice(); const out = []; while (out.length < n && a.length) out.push(a.splice(Math.floor(rnd() * a.length), 1)[0]); return out; }
const rate = (a, b, d = 1) => b ? F(a / b * 100, d) : '—';
const addc = (rs, keys) => { const o = {}; for (const k of keys) o[k] = sum(rs.map(r => r[k])); return o; };

// 15 上年/本年 party members, 增减 (signed), 增长（%）
for (const v of [0, 1]) book(`15${v ? 'b' : ''}_两新党员数同比变化.xlsx`, wb => {
  const ws = wb.addWorksheet('同比');
  const names = pick(COUNTIES, 9); const a = names.map(() => ri(300, 3000)); const b = a.map(x => Math.max(50, x + ri(-Math.round(x * 0.15), Math.round(x * 0.25))));
  const A = sum(a), B = sum(b);
  const line = (n, x, y) => [n, x, y, y - x, gr(y, x)];
  const rows = names.map((n, i) => line(n, a[i], b[i])); rows.push(line(v ? '全市' : '合计', A, B));
  const t = table(ws, { title: '两新组织党员数量变化情况', unit: '单位：名、%', head: [['县区', v ? '2024年底' : '上年末', v ? '2025年底' : '本年末', '增减', '增长（%）']], rows });
  return mk('同比', t.r0 + rows.length - 1, 4, 'count');
});

// 16 flow: 年初 + 新建 − 撤销 = 年末, with 年末 其中 单独/联合
for (const v of [0, 1]) book(`16${v ? 'b' : ''}_党组织增减变动情况.xlsx`, wb => {
  const ws = wb.addWorksheet('变动');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const s = ri(10, 80), n = ri(0, 15), c = ri(0, Math.min(6, s)); const e = s + n - c; const own = ri(Math.round(e * 0.5), e); return { s, n, c, e, own, jn: e - own }; });
  const T = addc(data, ['s', 'n', 'c', 'e', 'own', 'jn']);
  const line = (nm, d) => [nm, d.s, d.n, d.c, d.e, d.own, d.jn];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '非公企业党组织增减变动情况', unit: '单位：个', head: [['乡镇', '年初数', '本年新建', '本年撤销', '年末数', '其中：单独组建', '联合组建']], rows });
  return mk('变动', t.r0, 5, 'count');
});

// 17 tricky town names (合江镇, 总铺镇, 全兴乡 …) plus 园区 rows
for (const v of [0, 1]) book(`17${v ? 'b' : ''}_乡镇园区覆盖（地名含合总全）.xlsx`, wb => {
  const ws = wb.addWorksheet('覆盖');
  const names = [...pick(TRICKY, 4), ...pick(TOWNS, 4), '经济开发区', '高新技术产业园区'];
  const data = names.map(() => { const e = ri(15, 250), b = ri(Math.round(e * 0.2), Math.round(e * 0.7)); const own = ri(Math.round(b * 0.4), b); return { e, b, own, jn: b - own }; });
  const T = addc(data, ['e', 'b', 'own', 'jn']);
  const line = (n, d) => [n, d.e, d.b, d.own, d.jn, rate(d.b, d.e)];
  const rows = names.map((n, i) => line(n, data[i])); if (v) rows.unshift(line('全县', T)); else rows.push(line('合计', T));
  const t = table(ws, { title: '各乡镇（园区）非公企业党组织覆盖情况', head: [['乡镇（园区）', '企业数', '覆盖企业数', '单独组建覆盖', '联合组建覆盖', '覆盖率（%）']], rows });
  return mk('覆盖', t.r0 + (v ? 0 : rows.length - 1), 3, 'count');
});

// 18 total on top, notes then sign-off row directly below (no blank row), date as a real date
for (const v of [0, 1]) book(`18${v ? 'b' : ''}_社会组织党建季报（含签批）.xlsx`, wb => {
  const ws = wb.addWorksheet('季报');
  const names = pick(TOWNS, 7);
  const data = names.map(() => { const so = ri(5, 60), b = ri(0, so); return { so, b, pm: ri(b, b * 6 + 2), ins: ri(0, 5) }; });
  const T = addc(data, ['so', 'b', 'pm', 'ins']);
  const line = (n, d) => [n, d.so, d.b, rate(d.b, d.so), d.pm, d.ins];
  const rows = [line('合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '社会组织党建工作季报表（2025年第二季度）', head: [['乡镇（街道）', '社会组织数', '已建党组织数', '覆盖率（%）', '党员数', '选派党建工作指导员']], rows });
  let r = t.end;
  if (v) { put(ws, r, 1, '填报单位：'); put(ws, r, 2, '县委社会工作部'); put(ws, r, 3, '填报人：'); put(ws, r, 4, '李红'); put(ws, r, 5, '联系电话：'); put(ws, r, 6, 13912345678); r++; put(ws, r, 1, '审核人：'); put(ws, r, 2, '周涛'); put(ws, r, 3, '日期：'); ws.getCell(r, 4).value = new Date(Date.UTC(2025, 6, 5)); ws.getCell(r, 4).numFmt = 'yyyy-mm-dd'; }
  else { put(ws, r, 1, '填报单位：县委组织部　　填报人：李红　　审核人：周涛　　联系电话：0411-8765432'); ws.mergeCells(r, 1, r, 6); r++; put(ws, r, 1, '报送日期：2025年7月5日'); }
  return mk('季报', t.r0, 2, 'count');
});

// 19 rates as text with %, '—' for zero bases, 0 rows
for (const v of [0, 1]) book(`19${v ? 'b' : ''}_新业态新就业群体党建（含零值）.xlsx`, wb => {
  const ws = wb.addWorksheet('新业态');
  const names = pick(COUNTIES, 8);
  const data = names.map((_, i) => { if (i === 2 || (v && i === 5)) return { e: 0, b: 0, w: 0, pm: 0 }; const e = ri(1, 30), b = ri(0, e); return { e, b, w: ri(50, 3000), pm: ri(0, 80) }; });
  const T = addc(data, ['e', 'b', 'w', 'pm']);
  const rt = (a, b) => b ? R(a / b * 100, 1).toFixed(1) + '%' : '—';
  const line = (n, d) => [n, d.e, d.b, rt(d.b, d.e), d.w, d.pm || (v ? '—' : 0)];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('总计', T));
  const t = table(ws, { title: '新业态企业和新就业群体党建情况', head: [['县区', '新业态企业数（家）', '已建党组织（家）', '覆盖率', '新就业群体从业人员（人）', '其中党员（名）']], rows, notes: ['注：“—”表示无此项。'] });
  return mk('新业态', t.r0 + rows.length - 1, 2, 'count');
});

// 20 formulas for totals and rates (cached results)
for (const v of [0, 1]) book(`20${v ? 'b' : ''}_两新组织覆盖（含公式）.xlsx`, wb => {
  const ws = wb.addWorksheet('覆盖');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const e = ri(20, 200), b = ri(Math.round(e * 0.2), Math.round(e * 0.8)); return { e, b }; });
  put(ws, 1, 1, '非公企业党组织覆盖情况'); ws.mergeCells(1, 1, 1, 4);
  ['乡镇', '企业数', '已建党组织企业数', '覆盖率（%）'].forEach((h, i) => put(ws, 2, i + 1, h));
  const r0 = 3; const n = names.length;
  names.forEach((nm, i) => { const r = r0 + i; put(ws, r, 1, nm); put(ws, r, 2, data[i].e); put(ws, r, 3, data[i].b); ws.getCell(r, 4).value = { formula: `ROUND(C${r}/B${r}*100,${v ? 2 : 1})`, result: R(data[i].b / data[i].e * 100, v ? 2 : 1) }; ws.getCell(r, 4).numFmt = v ? '0.00' : '0.0'; });
  const rt = r0 + n; const E = sum(data.map(d => d.e)), B = sum(data.map(d => d.b));
  put(ws, rt, 1, '合计'); ws.getCell(rt, 2).value = { formula: `SUM(B${r0}:B${rt - 1})`, result: E }; ws.getCell(rt, 3).value = { formula: `SUM(C${r0}:C${rt - 1})`, result: B };
  ws.getCell(rt, 4).value = { formula: `C${rt}/B${rt}*100`, result: B / E * 100 }; ws.getCell(rt, 4).numFmt = v ? '0.00' : '0.0';
  return mk('覆盖', r0 + 2, 3, 'count');
});

// 21 应建未建: 党员3名以上企业 = 已单独建 + 未建
for (const v of [0, 1]) book(`21${v ? 'b' : ''}_党员3名以上企业单独组建情况.xlsx`, wb => {
  const ws = wb.addWorksheet('应建');
  const names = pick(COUNTIES, 7);
  const data = names.map(() => { const m3 = ri(10, 200); const bt = ri(Math.round(m3 * 0.6), m3); const m12 = ri(10, 300); const jc = ri(0, m12); return { m3, bt, nb: m3 - bt, m12, jc }; });
  const T = addc(data, ['m3', 'bt', 'nb', 'm12', 'jc']);
  const line = (n, d) => [n, d.m3, d.bt, d.nb, rate(d.bt, d.m3), d.m12, d.jc];
  const rows = [line(v ? '全市' : '合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '有正式党员3名以上企业单独建立党组织情况', head: [['县区', '有正式党员3名以上企业', '', '', '', '党员不足3名企业', ''], ['', '企业数', '已单独建立', '未建立', '单独组建率（%）', '企业数', '纳入联合党组织']], merges: [[0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 0, 7]], rows });
  return mk('应建', t.r0, 2, 'count');
});

// 22 share of 全市 column, shares sum ~100
for (const v of [0, 1]) book(`22${v ? 'b' : ''}_各县区两新党组织数及占比.xlsx`, wb => {
  const ws = wb.addWorksheet('占比');
  const names = pick(COUNTIES, 9); const a = names.map(() => ri(40, 700)); const A = sum(a);
  const pm = names.map(() => ri(300, 5000)); const P = sum(pm);
  const line = (n, x, p) => [n, x, rate(x, A), p, rate(p, P)];
  const rows = [line('全市', A, P), ...names.map((n, i) => line(n, a[i], pm[i]))];
  const t = table(ws, { title: '各县区两新组织党组织数及占全市比重', head: [['县（市、区）', '党组织数（个）', '占全市比重（%）', '党员数（名）', '占全市比重（%）']], rows });
  return mk('占比', t.r0 + 3, 3, 'rate', 1);
});

// 23 规上 / 规下 / 合计 blocks
for (const v of [0, 1]) book(`23${v ? 'b' : ''}_规上规下企业党建分块.xlsx`, wb => {
  const ws = wb.addWorksheet('分规模');
  const names = pick(TOWNS, 8);
  const blk = () => { const e = ri(5, 200), b = ri(0, e); return { e, b }; };
  const data = names.map(() => ({ g: blk(), x: blk() }));
  const tot = d => ({ e: d.g.e + d.x.e, b: d.g.b + d.x.b });
  const TG = addc(data.map(d => d.g), ['e', 'b']), TX = addc(data.map(d => d.x), ['e', 'b']);
  const line = (n, d) => { const t = tot(d); return [n, t.e, t.b, rate(t.b, t.e), d.g.e, d.g.b, rate(d.g.b, d.g.e), d.x.e, d.x.b, rate(d.x.b, d.x.e)]; };
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', { g: TG, x: TX }));
  const t = table(ws, { title: '非公企业党组织覆盖情况（按规模分）', unit: '单位：家、%', head: [['乡镇', '合计', '', '', '规模以上企业', '', '', '规模以下企业', '', ''], ['', '企业数', '已覆盖', '覆盖率', '企业数', '已覆盖', '覆盖率', '企业数', '已覆盖', '覆盖率']], merges: [[0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 0, 7], [0, 8, 0, 10]], rows });
  return mk('分规模', t.r0 + 1, 2, 'count');
});

// 24 month rows with 上半年合计, signed 净增 = 转入 − 转出
for (const v of [0, 1]) book(`24${v ? 'b' : ''}_两新党员组织关系转接月报.xlsx`, wb => {
  const ws = wb.addWorksheet('转接');
  const ms = v ? ['7月', '8月', '9月', '10月', '11月', '12月'] : ['1月', '2月', '3月', '4月', '5月', '6月'];
  const data = ms.map(() => { const i = ri(5, 60), o = ri(5, 60), dev = ri(0, 12); return { i, o, net: i - o, dev }; });
  const T = addc(data, ['i', 'o', 'net', 'dev']);
  const line = (n, d) => [n, d.i, d.o, d.net, d.dev];
  const rows = ms.map((m, k) => line(m, data[k])); rows.push(line(v ? '下半年合计' : '上半年合计', T));
  const t = table(ws, { title: '两新组织党员组织关系转接情况', unit: '单位：名', head: [['月份', '转入', '转出', '净增（转入－转出）', '新发展党员']], rows });
  return mk('转接', t.r0 + rows.length - 1, 2, 'count');
});

// 25 three-level: 全省 / city subtotals / counties with indent
for (const v of [0, 1]) book(`25${v ? 'b' : ''}_两新党建联系点分级统计.xlsx`, wb => {
  const ws = wb.addWorksheet('联系点');
  const cities = ['甲市', '乙市', '丙市'];
  const rowsC = []; const cityData = [];
  for (const c of cities) { const cs = pick(COUNTIES, 3).map(n => c.replace('市', '') + n); const d = cs.map(() => { const p = ri(0, 3), ci = ri(1, 8), co = ri(3, 30); return { p, ci, co, t: p + ci + co }; }); cityData.push({ c, cs, d, s: addc(d, ['p', 'ci', 'co', 't']) }); }
  const T = addc(cityData.map(x => x.s), ['p', 'ci', 'co', 't']);
  const line = (n, d) => [n, d.t, d.p, d.ci, d.co];
  const rows = [line('全省', T)];
  for (const x of cityData) { rows.push(line(x.c, x.s)); x.cs.forEach((n, i) => rows.push(line('　　' + n, x.d[i]))); }
  const t = table(ws, { title: '党建工作联系点分级统计', unit: '单位：个', head: [['地区', '联系点总数', '省级', '市级', '县级']], rows });
  return mk('联系点', t.r0 + 1, 2, 'count');
});

// 26 overlapping 其中 columns (女, 少数民族, 35岁以下, 大专以上) under 党员数
for (const v of [0, 1]) book(`26${v ? 'b' : ''}_党员其中项（交叉口径）.xlsx`, wb => {
  const ws = wb.addWorksheet('党员');
  const names = pick(TOWNS, 8);
  const data = names.map(() => { const n = ri(40, 400); return { n, f: ri(Math.round(n * 0.2), Math.round(n * 0.5)), m: ri(0, Math.round(n * 0.1)), y: ri(Math.round(n * 0.2), Math.round(n * 0.5)), e: ri(Math.round(n * 0.3), Math.round(n * 0.7)) }; });
  const T = addc(data, ['n', 'f', 'm', 'y', 'e']);
  const line = (nm, d) => [nm, d.n, d.f, d.m, d.y, d.e];
  const rows = names.map((n, i) => line(n, data[i])); rows.push(line('合计', T));
  const t = table(ws, { title: '两新组织党员基本情况', unit: '单位：名', head: [['乡镇', '党员数', '其中：女', '少数民族', '35岁及以下', '大专及以上']], rows, notes: ['注：“其中”各项为交叉口径，不能相加。'] });
  return mk('党员', t.r0 + rows.length - 1, 2, 'count');
});

// 27 党组织类别: 党委+党总支+党支部 = 党组织数; 单独 + 联合 per org
for (const v of [0, 1]) book(`27${v ? 'b' : ''}_两新党组织类别构成.xlsx`, wb => {
  const ws = wb.addWorksheet('类别');
  const names = pick(COUNTIES, 8);
  const data = names.map(() => { const w = ri(0, 6), z = ri(0, 12), b = ri(10, 150); const j = ri(2, 30); return { w, z, b, own: w + z + b, j, all: w + z + b + j, jc: j * ri(2, 5) + ri(0, 3) }; });
  const T = addc(data, ['w', 'z', 'b', 'own', 'j', 'all', 'jc']);
  const line = (n, d) => [n, d.all, d.own, d.w, d.z, d.b, d.j, d.jc];
  const rows = [line(v ? '全市合计' : '合计', T), ...names.map((n, i) => line(n, data[i]))];
  const t = table(ws, { title: '两新组织党组织类别构成', unit: '单位：个、家', head: [['县区', '党组织总数', '单独建立党组织', '', '', '', '联合党组织', ''], ['', '', '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数']], merges: [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 6], [0, 7, 0, 8]], rows });
  return mk('类别', t.r0 + 2, 3, 'count');
});
