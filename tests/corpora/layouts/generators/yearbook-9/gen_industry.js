const { rng, rd, sum, gr, table } = require('./lib');
const T = [];
const S = '　'; // full-width space indent

// 1. 规模以上工业企业主要经济指标（按行业大类）
T.push(() => {
  const R = rng(11);
  const groups = [['采矿业', ['煤炭开采和洗选业', '非金属矿采选业', '开采专业及辅助性活动']],
  ['制造业', ['农副食品加工业', '食品制造业', '纺织业', '化学原料和化学制品制造业', '医药制造业', '非金属矿物制品业', '黑色金属冶炼和压延加工业', '通用设备制造业', '汽车制造业', '计算机、通信和其他电子设备制造业']],
  ['电力、热力、燃气及水生产和供应业', ['电力、热力生产和供应业', '燃气生产和供应业', '水的生产和供应业']]];
  const leaf = []; const body = [];
  const mk = (name) => { const n = 8 + Math.floor(R() * 150); const loss = Math.floor(n * (0.05 + R() * 0.3)); const rev = 20 + R() * 900; const cost = rev * (0.75 + R() * 0.2); const prof = rev * (-0.04 + R() * 0.12); return { name, n, loss, rev, cost, prof }; };
  const line = (x, label) => [label, x.n, x.loss, rd(x.loss / x.n * 100, 1), rd(x.rev, 2), rd(x.cost, 2), rd(x.prof, 2)];
  const agg = (arr, name) => ({ name, n: sum(arr.map(a => a.n)), loss: sum(arr.map(a => a.loss)), rev: sum(arr.map(a => a.rev)), cost: sum(arr.map(a => a.cost)), prof: sum(arr.map(a => a.prof)) });
  const gs = groups.map(([g, ks]) => { const kids = ks.map(mk); return { g: agg(kids, g), kids }; });
  const tot = agg(gs.map(x => x.g), '总计');
  body.push(line(tot, '总　计'));
  for (const x of gs) { body.push(line(x.g, x.g.name)); for (const k of x.kids) body.push(line(k, S + k.name)); }
  const t = table({ title: '表6-3  规模以上工业企业主要经济指标（按行业大类分）', unit: '单位：个、亿元', head: [['行　业', '企业单位数（个）', '亏损企业数（个）', '亏损面（%）', '营业收入', '营业成本', '利润总额']], body, fmts: { 4: '#,##0.00', 5: '#,##0.00', 6: '#,##0.00;[Red]-#,##0.00' }, notes: ['注：亏损面=亏损企业数÷企业单位数×100。'] });
  return { file: 'ind_main_by_industry.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 7, c: 4, what: '医药制造业 营业收入 +7% (part of 制造业 subtotal)' } };
});

// 2. 主要工业产品产量
T.push(() => {
  const R = rng(12);
  const items = [['原煤', '万吨'], ['天然气', '亿立方米'], ['饲料', '万吨'], ['成品糖', '万吨'], ['白酒（折65度，商品量）', '万千升'], ['纱', '万吨'], ['布', '亿米'], ['硫酸（折100%）', '万吨'], ['化肥（折纯）', '万吨'], ['水泥', '万吨'], ['平板玻璃', '万重量箱'], ['粗钢', '万吨'], ['钢材', '万吨'], ['汽车', '万辆'], ['其中：新能源汽车', '万辆'], ['移动通信手持机', '万台'], ['发电量', '亿千瓦时'], ['其中：火力发电', '亿千瓦时']];
  const body = items.map(([n, u]) => { const p = 5 + R() * 3000; const c = p * (0.85 + R() * 0.35); return [n, u, rd(c, 2), rd(p, 2), rd(gr(c, p), 1)]; });
  // keep 其中 parts smaller
  body[14][2] = rd(body[13][2] * 0.31, 2); body[14][3] = rd(body[13][3] * 0.22, 2); body[14][4] = rd(gr(body[14][2], body[14][3]), 1);
  body[17][2] = rd(body[16][2] * 0.64, 2); body[17][3] = rd(body[16][3] * 0.71, 2); body[17][4] = rd(gr(body[17][2], body[17][3]), 1);
  const t = table({ title: '表6-8  主要工业产品产量', head: [['产品名称', '计量单位', '2023年', '2022年', '2023年比2022年增长（%）']], body, fmts: { 2: '0.00', 3: '0.00', 4: '0.0' } });
  return { file: 'ind_products.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 9, c: 2, what: '水泥 2023 +7% (growth contradicts)' } };
});

// 3. 规上工业 按经济类型（重叠）+ 按规模（可加）
T.push(() => {
  const R = rng(13);
  const size = ['大型企业', '中型企业', '小型企业', '微型企业'].map((n, i) => ({ n, u: [40, 180, 1100, 210][i] + Math.floor(R() * 30), v: [1200, 800, 900, 60][i] * (0.9 + R() * 0.2) }));
  const totU = sum(size.map(s => s.u)); const totV = sum(size.map(s => s.v));
  const own = [['国有控股企业', 0.08, 0.35], ['其中：中央企业', 0.02, 0.18], ['股份制企业', 0.78, 0.72], ['外商及港澳台商投资企业', 0.05, 0.14], ['私营企业', 0.71, 0.41]];
  const body = [['总　计', totU, rd(totV, 1), rd(totV * 0.27, 1)], ['按经济类型分', null, null, null]];
  for (const [n, a, b] of own) { const v = totV * b; body.push([S + n, Math.round(totU * a), rd(v, 1), rd(v * 0.27, 1)]); }
  body.push(['按企业规模分', null, null, null]);
  for (const s of size) body.push([S + s.n, s.u, rd(s.v, 1), rd(s.v * 0.27, 1)]);
  const t = table({ title: '表6-2  规模以上工业企业单位数和产值（按经济类型和企业规模分）', unit: '单位：个、亿元', head: [['项　目', '企业单位数', '工业总产值', '工业增加值']], body });
  return { file: 'ind_by_type_size.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 9, c: 2, what: '中型企业 工业总产值 +7% (size parts sum to total)' } };
});

// 4. 区县规上工业 with SUM formulas and hidden row
T.push(() => {
  const R = rng(14);
  const regs = ['城关区', '东城区', '西城区', '经济技术开发区', '高新区', '临河县', '安平县', '东山县', '西岭县'];
  const d = regs.map(n => { const e = 20 + Math.floor(R() * 200); const va = 10 + R() * 300; const prev = va / (1 + (R() * 0.2 - 0.04)); return { n, e, va: rd(va, 2), prev: rd(prev, 2) }; });
  const n = d.length; const b0 = 4;
  const body = [['全　市', { f: `SUM(B${b0 + 1}:B${b0 + n})`, v: sum(d.map(x => x.e)) }, { f: `SUM(C${b0 + 1}:C${b0 + n})`, v: rd(sum(d.map(x => x.va)), 2) }, { f: `SUM(D${b0 + 1}:D${b0 + n})`, v: rd(sum(d.map(x => x.prev)), 2) }, null]];
  body[0][4] = { f: `ROUND((C${b0}/D${b0}-1)*100,1)`, v: rd(gr(body[0][2].v, body[0][3].v), 1) };
  d.forEach((x, i) => { const r = b0 + 1 + i; body.push([x.n, x.e, x.va, x.prev, { f: `ROUND((C${r}/D${r}-1)*100,1)`, v: rd(gr(x.va, x.prev), 1) }]); });
  const t = table({ title: '各区县规模以上工业增加值', unit: '单位：个、亿元', head: [['地　区', '企业单位数', '本年增加值', '上年增加值', '增长（%）']], body, hidden: [4], fmts: { 2: '#,##0.00', 3: '#,##0.00', 4: '0.0' } });
  if (t.bodyStart !== b0) throw new Error('b0 ' + t.bodyStart);
  return { file: 'ind_county_formula.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: b0 + 7, c: 1, what: '安平县 企业单位数 +8 (SUM formula total keeps cached result)' } };
});

// 5. 工业企业利润 by 区县: negatives in parentheses, 比上年增减 amounts
T.push(() => {
  const R = rng(15);
  const regs = ['红旗区', '卫滨区', '凤泉区', '牧野区', '新乡县', '获嘉县', '原阳县', '延津县', '封丘县', '长垣市', '卫辉市', '辉县市'];
  const d = regs.map(n => { const c = -3 + R() * 25; const p = -2 + R() * 22; return { n, c, p }; });
  const tc = sum(d.map(x => x.c)), tp = sum(d.map(x => x.p));
  const line = (n, c, p) => [n, rd(c, 2), rd(p, 2), rd(c, 2) * 1 - rd(p, 2) * 1];
  const body = [line('全　市', tc, tp), ...d.map(x => line(x.n, x.c, x.p))].map(r => { r[3] = rd(r[1] - r[2], 2); return r; });
  const f = '#,##0.00;[Red](#,##0.00)';
  const t = table({ title: '分县（市、区）规模以上工业企业利润总额', unit: '单位：亿元', head: [['地　区', '2023年', '2022年', '比上年增减']], body, fmts: { 1: f, 2: f, 3: f } });
  return { file: 'ind_profit_parentheses.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 4, c: 1, what: '牧野区 2023 利润 +7%/abs (sum and difference)' } };
});

// 6. 房地产开发投资
T.push(() => {
  const R = rng(16);
  const parts = [['住宅', 620], ['办公楼', 45], ['商业营业用房', 88], ['其他', 130]];
  const d = parts.map(([n, v]) => { const c = v * (0.9 + R() * 0.2); const p = c / (0.85 + R() * 0.25); return { n, c, p }; });
  const sub90 = { n: '其中：90平方米及以下住房', c: d[0].c * 0.28, p: d[0].p * 0.3 };
  const struct = [['建筑工程', 0.62], ['安装工程', 0.05], ['设备工器具购置', 0.01], ['其他费用', 0.32]];
  const tc = sum(d.map(x => x.c)), tp = sum(d.map(x => x.p));
  const line = (n, c, p) => [n, rd(c, 2), rd(p, 2), rd(gr(c, p), 1)];
  const body = [line('房地产开发投资', tc, tp), ['按用途分', null, null, null], line(S + d[0].n, d[0].c, d[0].p), line(S + S + sub90.n, sub90.c, sub90.p), ...d.slice(1).map(x => line(S + x.n, x.c, x.p)), ['按构成分', null, null, null], ...struct.map(([n, s], i) => line(S + n, tc * s, tp * (s + [0.01, -0.005, 0.002, -0.007][i])))];
  const t = table({ title: '房地产开发投资完成情况', unit: '单位：亿元', head: [['指　标', '2023年', '2022年', '比上年增长（%）']], body });
  return { file: 're_investment.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 4, c: 1, what: '办公楼 2023 +7%' } };
});

// 7. 商品房销售面积/销售额/平均价格 by 区县 and 用途
T.push(() => {
  const R = rng(17);
  const regs = ['市辖区', '开发区', '平阳县', '安澜县', '清河县', '石门县', '永宁市'];
  const d = regs.map(n => { const a = 20 + R() * 300; const price = 5000 + R() * 9000; const aR = a * (0.8 + R() * 0.15); const pR = price * (1 + R() * 0.08); return { n, a, s: a * price / 10000, aR, sR: aR * pR / 10000 }; });
  const tot = { n: '全　市', a: sum(d.map(x => x.a)), s: sum(d.map(x => x.s)), aR: sum(d.map(x => x.aR)), sR: sum(d.map(x => x.sR)) };
  const line = x => [x.n, rd(x.a, 2), rd(x.aR, 2), rd(x.s, 2), rd(x.sR, 2), Math.round(x.s / x.a * 10000), Math.round(x.sR / x.aR * 10000)];
  const body = [line(tot), ...d.map(line)];
  const t = table({ title: '各县（市、区）商品房销售情况', unit: '', head: [['地　区', '商品房销售面积（万平方米）', null, '商品房销售额（亿元）', null, '平均销售价格（元/平方米）', null], [null, '合计', '其中：住宅', '合计', '其中：住宅', '商品房', '住宅']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]], body, fmts: { 5: '#,##0', 6: '#,##0' } });
  return { file: 're_sales.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 3, what: '安澜县 销售额合计 +7% (sum & avg price)' } };
});

// 8. 房屋施工/新开工/竣工面积 by 区县 (其中 parts)
T.push(() => {
  const R = rng(18);
  const regs = ['江北区', '江南区', '滨湖区', '新城区', '云溪县', '桃源县', '梅山县', '湘阴县'];
  const d = regs.map(n => { const sg = 200 + R() * 1500; const sgz = sg * (0.6 + R() * 0.2); const xk = sg * (0.1 + R() * 0.15); const xkz = xk * (0.55 + R() * 0.3); const jg = sg * (0.08 + R() * 0.12); const jgz = jg * (0.6 + R() * 0.25); return [n, sg, sgz, xk, xkz, jg, jgz]; });
  const tot = ['全　市', ...[1, 2, 3, 4, 5, 6].map(j => sum(d.map(r => r[j])))];
  const body = [tot, ...d].map(r => [r[0], ...r.slice(1).map(v => rd(v, 1))]);
  const t = table({ title: '房地产开发企业房屋施工、竣工面积', unit: '单位：万平方米', head: [['地　区', '施工面积', null, '新开工面积', null, '竣工面积', null], [null, '合计', '其中：住宅', '合计', '其中：住宅', '合计', '其中：住宅']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]], body, fmts: { 1: '#,##0.0', 2: '#,##0.0', 3: '#,##0.0', 4: '#,##0.0', 5: '#,##0.0', 6: '#,##0.0' } });
  return { file: 're_construction_area.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 5, what: '云溪县 竣工面积合计 +7%' } };
});

// 9. 建筑业总产值 by 登记注册类型 with 合同额 其中 本年新签
T.push(() => {
  const R = rng(19);
  const types = ['国有企业', '集体企业', '有限责任公司', '股份有限公司', '私营企业', '港澳台商投资企业', '外商投资企业', '其他'];
  const d = types.map(n => { const k = 1 + Math.floor(R() * 200); const out = 5 + R() * 500; const con = out * (1.5 + R()); const nw = con * (0.4 + R() * 0.3); const emp = Math.round(out * (50 + R() * 60)); return { n, k, out, con, nw, emp }; });
  const tot = { n: '总　计', k: sum(d.map(x => x.k)), out: sum(d.map(x => x.out)), con: sum(d.map(x => x.con)), nw: sum(d.map(x => x.nw)), emp: sum(d.map(x => x.emp)) };
  const line = x => [x.n, x.k, rd(x.out, 2), rd(x.con, 2), rd(x.nw, 2), x.emp, Math.round(x.out * 1e8 / x.emp)];
  const body = [line(tot), ...d.map(x => { const l = line(x); l[0] = S + l[0]; return l; })];
  const t = table({ title: '建筑业企业主要指标（按登记注册类型分）', unit: '', head: [['登记注册类型', '企业个数（个）', '建筑业总产值（亿元）', '签订的合同额（亿元）', '其中：本年新签合同额（亿元）', '从业人员（人）', '按总产值计算的劳动生产率（元/人）']], body, fmts: { 6: '#,##0' } });
  return { file: 'cons_output.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 5, what: '私营企业 从业人员 +7% (sum & productivity)' } };
});

// 10. 规上工业 1-N月 累计 (cumulative months as rows)
T.push(() => {
  const R = rng(20);
  let cr = 0, cp = 0, pr = 0, pp = 0; const body = [];
  for (let m = 2; m <= 12; m++) {
    const k = m === 2 ? 2 : 1; const r = 300 * k * (0.9 + R() * 0.2); const p = r / (1.02 + R() * 0.08); const f = r * (0.03 + R() * 0.04); const fp = f / (0.9 + R() * 0.25);
    cr += r; cp += p; pr += f; pp += fp;
    body.push([m === 2 ? '1-2月' : `1-${m}月`, rd(cr, 1), rd(gr(cr, cp), 1), rd(pr, 1), rd(gr(pr, pp), 1)]);
  }
  const t = table({ title: '2023年规模以上工业企业营业收入和利润总额（累计）', unit: '单位：亿元、%', head: [['时　间', '营业收入', null, '利润总额', null], [null, '累计', '同比增长', '累计', '同比增长']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4]], body });
  return { file: 'ind_cumulative_monthly.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 5, c: 1, what: '1-7月 营业收入累计 +7% (no checkable relation except monotone)' } };
});
module.exports = T;
