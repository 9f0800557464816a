const { rng, rd, sum, gr, table } = require('./lib');
const T = []; const S = '　';

// 31. 地区生产总值: 现价总量, 可比价增长 (not derivable), 构成
T.push(() => {
  const R = rng(41);
  const tert = ['批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '金融业', '房地产业', '其他服务业'].map(n => ({ n, v: 80 + R() * 400, g: 2 + R() * 8 }));
  const ind = { n: '工业', v: 900 + R() * 100, g: 5 + R() * 3 }, con = { n: '建筑业', v: 150 + R() * 30, g: -3 + R() * 6 };
  const p1 = { n: '第一产业', v: 180 + R() * 20, g: 3 + R() };
  const p2 = { n: '第二产业', v: ind.v + con.v, g: (ind.v * ind.g + con.v * con.g) / (ind.v + con.v) };
  const p3 = { n: '第三产业', v: sum(tert.map(x => x.v)), g: sum(tert.map(x => x.v * x.g)) / sum(tert.map(x => x.v)) };
  const tot = { n: '地区生产总值', v: p1.v + p2.v + p3.v, g: (p1.v * p1.g + p2.v * p2.g + p3.v * p3.g) / (p1.v + p2.v + p3.v) };
  const line = (x, n) => [n || x.n, rd(x.v, 2), rd(x.g, 1), rd(x.v / tot.v * 100, 1)];
  const body = [line(tot), line(p1, S + '第一产业'), line(p2, S + '第二产业'), line(ind, S + S + '工业'), line(con, S + S + '建筑业'), line(p3, S + '第三产业'), ...tert.map(x => line(x, S + S + x.n))];
  const t = table({ title: '2023年地区生产总值', unit: '', head: [['指　标', '绝对额（亿元）', '比上年增长（%）', '构成（%）']], body, notes: ['注：绝对额按现价计算，增长速度按不变价格计算。'] });
  return { file: 'gdp_by_industry.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 4, c: 1, what: '建筑业 绝对额 +7%' } };
});

// 32. 居民人均可支配收入与消费支出: 全体/城镇/农村 columns (全体 = weighted avg)
T.push(() => {
  const R = rng(42);
  const urbShare = 0.62;
  const comps = ['工资性收入', '经营净收入', '财产净收入', '转移净收入'];
  const u = [28000, 5000, 4000, 6000].map(v => v * (0.9 + R() * 0.2)), r = [9000, 6000, 500, 4000].map(v => v * (0.9 + R() * 0.2));
  const up = u.map(v => v / (1.03 + R() * 0.05)), rp = r.map(v => v / (1.05 + R() * 0.05));
  const cons = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const cu = [8000, 1800, 6500, 1700, 3800, 2800, 2300, 700].map(v => v * (0.9 + R() * 0.2)), cr = [5000, 900, 3500, 900, 2300, 1800, 1800, 300].map(v => v * (0.9 + R() * 0.2));
  const cup = cu.map(v => v / (1.04 + R() * 0.06)), crp = cr.map(v => v / (1.05 + R() * 0.06));
  const all = (a, b) => a * urbShare + b * (1 - urbShare);
  const line = (n, a, ap, b, bp) => { const w = all(a, b), wp = all(ap, bp); return [n, Math.round(w), rd(gr(w, wp), 1), Math.round(a), rd(gr(a, ap), 1), Math.round(b), rd(gr(b, bp), 1)]; };
  const body = [line('人均可支配收入', sum(u), sum(up), sum(r), sum(rp)), ...comps.map((n, i) => line(S + n, u[i], up[i], r[i], rp[i])), line('人均消费支出', sum(cu), sum(cup), sum(cr), sum(crp)), ...cons.map((n, i) => line(S + n, cu[i], cup[i], cr[i], crp[i]))];
  const t = table({ title: '居民人均可支配收入和消费支出', unit: '单位：元、%', head: [['指　标', '全体居民', null, '城镇居民', null, '农村居民', null], [null, '绝对数', '比上年增长', '绝对数', '比上年增长', '绝对数', '比上年增长']], headMerges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6]], body, fmts: { 1: '#,##0', 3: '#,##0', 5: '#,##0' } });
  return { file: 'household_income.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 3, what: '城镇 财产净收入 +7%' } };
});

// 33. 社会消费品零售总额: two breakdowns of one total + 限额以上 by 商品类别 with 其中
T.push(() => {
  const R = rng(43);
  const urb = 1500 + R() * 100, rur = 400 + R() * 50, urbp = urb / 1.06, rurp = rur / 1.07;
  const tot = urb + rur, totp = urbp + rurp; const cat = tot * 0.11, catp = totp * 0.1;
  const line = (n, c, p) => [n, rd(c, 2), rd(gr(c, p), 1)];
  const cats = ['粮油、食品类', '饮料类', '烟酒类', '服装、鞋帽、针纺织品类', '化妆品类', '金银珠宝类', '日用品类', '家用电器和音像器材类', '中西药品类', '石油及制品类', '汽车类'].map(n => { const c = 10 + R() * 80; return { n, c, p: c / (0.9 + R() * 0.25) }; });
  const ct = { c: sum(cats.map(x => x.c)), p: sum(cats.map(x => x.p)) };
  const nev = { c: cats[10].c * 0.3, p: cats[10].p * 0.2 };
  const body = [line('社会消费品零售总额', tot, totp), ['按经营地分', null, null], line(S + '城镇', urb, urbp), line(S + '乡村', rur, rurp), ['按消费类型分', null, null], line(S + '商品零售', tot - cat, totp - catp), line(S + '餐饮收入', cat, catp), ['限额以上单位商品零售额', rd(ct.c, 2), rd(gr(ct.c, ct.p), 1)], ...cats.map(x => line(S + x.n, x.c, x.p)), line(S + S + '其中：新能源汽车', nev.c, nev.p)];
  const t = table({ title: '社会消费品零售总额', unit: '单位：亿元', head: [['指　标', '绝对额', '比上年增长（%）']], body });
  return { file: 'retail_sales.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 1, what: '乡村 零售额 +7%' } };
});

// 34. 客货运量 by 运输方式 with 本年/上年/增长
T.push(() => {
  const R = rng(44);
  const modes = ['铁路', '公路', '水运', '民航'];
  const mk = base => modes.map((n, i) => { const c = base[i] * (0.9 + R() * 0.2); const p = c / (0.9 + R() * 0.3); return { n, c, p }; });
  const pax = mk([2800, 9000, 300, 1200]), frt = mk([6000, 42000, 9000, 12]);
  const blk = (title, arr, dec) => { const t = { c: sum(arr.map(x => x.c)), p: sum(arr.map(x => x.p)) }; return [[title, rd(t.c, dec), rd(t.p, dec), rd(gr(t.c, t.p), 1)], ...arr.map(x => [S + x.n, rd(x.c, dec), rd(x.p, dec), rd(gr(x.c, x.p), 1)])]; };
  const body = [...blk('旅客运输量（万人）', pax, 0), ...blk('货物运输量（万吨）', frt, 1)];
  const t = table({ title: '各种运输方式完成的客货运输量', unit: '', head: [['指　标', '2023年', '2022年', '增长（%）']], body, fmts: { 1: '#,##0', 2: '#,##0' } });
  return { file: 'transport.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 7, c: 1, what: '货运 公路 2023 +7%' } };
});

// 35. 邮电通信: 用户数 其中5G, 普及率 = 用户/人口×100
T.push(() => {
  const R = rng(45);
  const regs = ['全　市', '主城区', '东县', '西县', '南县', '北县'];
  const kids = regs.slice(1).map(n => { const pop = 20 + R() * 80; const mob = pop * (1.0 + R() * 0.3); const g5 = mob * (0.4 + R() * 0.3); const bb = pop * (0.3 + R() * 0.15); return { n, pop, mob, g5, bb }; });
  const t0 = { n: '全　市', pop: sum(kids.map(x => x.pop)), mob: sum(kids.map(x => x.mob)), g5: sum(kids.map(x => x.g5)), bb: sum(kids.map(x => x.bb)) };
  const line = x => [x.n, rd(x.pop, 2), rd(x.mob, 2), rd(x.g5, 2), rd(x.mob / x.pop * 100, 1), rd(x.bb, 2)];
  const t = table({ title: '电信用户情况', unit: '', head: [['地　区', '年末常住人口（万人）', '移动电话用户（万户）', '其中：5G用户（万户）', '移动电话普及率（部/百人）', '固定互联网宽带接入用户（万户）']], body: [line(t0), ...kids.map(line)] });
  return { file: 'telecom.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 2, what: '东县 移动电话用户 +7%' } };
});

// 36. 水资源: 总量 = 地表 + 地下 − 重复; 用水总量 = 农业+工业+生活+生态
T.push(() => {
  const R = rng(46);
  const regs = ['全　市', '城区', '河东县', '河西县', '山北县', '山南县'];
  const kids = regs.slice(1).map(n => { const sw = 3 + R() * 20; const gw = sw * (0.2 + R() * 0.3); const dup = gw * (0.6 + R() * 0.3); const use = [2 + R() * 5, 0.5 + R() * 2, 0.3 + R() * 1, 0.05 + R() * 0.3]; return { n, sw, gw, dup, use }; });
  const agg = { n: '全　市', sw: sum(kids.map(x => x.sw)), gw: sum(kids.map(x => x.gw)), dup: sum(kids.map(x => x.dup)), use: [0, 1, 2, 3].map(j => sum(kids.map(x => x.use[j]))) };
  const line = x => [x.n, rd(x.sw + x.gw - x.dup, 2), rd(x.sw, 2), rd(x.gw, 2), rd(x.dup, 2), rd(sum(x.use), 2), ...x.use.map(v => rd(v, 2))];
  const t = table({ title: '水资源总量及用水量', unit: '单位：亿立方米', head: [['地　区', '水资源总量', '地表水资源量', '地下水资源量', '重复计算量', '用水总量', '农业用水', '工业用水', '生活用水', '人工生态环境补水']], body: [line(agg), ...kids.map(line)] });
  return { file: 'water_resources.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 6, what: '河西县 农业用水 +7%' } };
});

// 37. 空气质量: 优良天数/监测天数, 比例
T.push(() => {
  const R = rng(47);
  const regs = ['中心城区', '开发区', '东河县', '西河县', '南岭县', '北岭县', '临江市'];
  const d = regs.map(n => { const mon = 365 - Math.floor(R() * 3); const good = Math.floor(mon * (0.7 + R() * 0.25)); const pm = 20 + R() * 25; return [n, mon, good, rd(good / mon * 100, 1), Math.round(pm), Math.round(pm * (1.5 + R() * 0.4))]; });
  const t = table({ title: '各县（市、区）环境空气质量', unit: '', head: [['地　区', '有效监测天数（天）', '优良天数（天）', '优良天数比例（%）', 'PM2.5平均浓度（微克/立方米）', 'PM10平均浓度（微克/立方米）']], body: d });
  return { file: 'env_air.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 3, c: 2, what: '西河县 优良天数 +8' } };
});

// 38. R&D & 专利
T.push(() => {
  const R = rng(48);
  const ex = ['企业', '政府属研究机构', '高等学校', '其他'].map((n, i) => ({ n, v: [80, 12, 9, 2][i] * (0.9 + R() * 0.2), pv: 0 })); ex.forEach(x => x.pv = x.v / (1.05 + R() * 0.1));
  const rd_ = sum(ex.map(x => x.v)), rdp = sum(ex.map(x => x.pv)); const gdp = 4800, gdpp = 4500;
  const pat = ['发明专利', '实用新型专利', '外观设计专利'].map(n => { const a = Math.round(2000 + R() * 15000); return { n, a, g: Math.round(a * (0.3 + R() * 0.5)) }; });
  const line = (n, c, p, d) => [n, rd(c, d), rd(p, d), rd(gr(c, p), 1)];
  const body = [line('R&D经费内部支出（亿元）', rd_, rdp, 2), ...ex.map(x => line(S + x.n, x.v, x.pv, 2)), ['R&D经费投入强度（%）', rd(rd_ / gdp * 100, 2), rd(rdp / gdpp * 100, 2), null], ['专利申请量（件）', sum(pat.map(x => x.a)), null, null], ...pat.map(x => [S + x.n, x.a, null, null]), ['专利授权量（件）', sum(pat.map(x => x.g)), null, null], ...pat.map(x => [S + x.n, x.g, null, null])];
  const t = table({ title: '科技活动主要指标', head: [['指　标', '2023年', '2022年', '增长（%）']], body });
  return { file: 'rnd_patents.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 8, c: 1, what: '申请 实用新型 +7%' } };
});

// 39. 外商投资 by 行业: numbers stored as text with thousands separators
T.push(() => {
  const R = rng(49);
  const ind = ['农、林、牧、渔业', '制造业', '电力、热力、燃气及水生产和供应业', '批发和零售业', '交通运输、仓储和邮政业', '信息传输、软件和信息技术服务业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '其他行业'];
  const d = ind.map(n => ({ n, k: 1 + Math.floor(R() * 40), v: 100 + R() * 30000 }));
  const fmt = v => ({ t: v.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 }) });
  const tot = { n: '总　计', k: sum(d.map(x => x.k)), v: sum(d.map(x => x.v)) };
  const line = x => [x.n, { t: String(x.k) }, fmt(Math.round(x.v)), { t: rd(x.v / tot.v * 100, 1).toFixed(1) }];
  const t = table({ title: '外商直接投资（按行业分）', unit: '', head: [['行　业', '新设立企业数（个）', '实际使用外资金额（万美元）', '占比（%）']], body: [line(tot), ...d.map(line)] });
  return { file: 'fdi_text_numbers.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 2, c: 2, what: '制造业 实际使用外资 text +7%' } };
});

// 40. 主要经济指标 with footnote marks ①/1) and 0.0% fraction format
T.push(() => {
  const R = rng(50);
  const mk = (v) => { const c = v * (0.95 + R() * 0.1); return { c, p: c / (1.02 + R() * 0.07) }; };
  const gdp = mk(4800), ind = mk(1500), hi = { c: 0, p: 0 }; hi.c = ind.c * 0.18; hi.p = ind.p * 0.17;
  const inv = mk(2100), ret = mk(1900), exp = mk(600), imp = mk(350);
  const trade = { c: exp.c + imp.c, p: exp.p + imp.p };
  const F = '0.0%';
  const line = (n, x) => [n, rd(x.c, 2), rd(x.p, 2), { v: rd(x.c / x.p - 1, 3), fmt: F }];
  const body = [line('地区生产总值①', gdp), line('规模以上工业营业收入', ind), line('　其中：高技术制造业1)', hi), line('固定资产投资（不含农户）②', inv), line('社会消费品零售总额', ret), line('进出口总额③', trade), line('　出口', exp), line('　进口', imp)];
  const t = table({ title: '主要经济指标', unit: '单位：亿元', head: [['指　标', '2023年', '2022年', '增长']], body, notes: ['注：①地区生产总值增长按不变价格计算，此处为现价增长。', '1) 高技术制造业包括医药制造业等六大类。', '②固定资产投资不含农户。', '③进出口总额按人民币计价。'] });
  return { file: 'footnote_pct_format.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 6, c: 1, what: '出口 2023 +7% (sum, growth)' } };
});

// 41. 乡镇财政 本年/上年 rows per 乡镇 merged (两行), with 增减% column
T.push(() => {
  const R = rng(51);
  const tw = ['城关镇', '新店镇', '马铺乡', '龙潭镇', '石桥镇', '白沙乡'];
  const d = tw.map(n => { const c = [500 + R() * 3000]; c.push(c[0] * (0.5 + R() * 0.3)); const p = c.map(v => v / (0.9 + R() * 0.25)); return { n, c, p }; });
  const tot = { n: '全　县', c: [0, 1].map(j => sum(d.map(x => x.c[j]))), p: [0, 1].map(j => sum(d.map(x => x.p[j]))) };
  const body = [], bodyMerges = [];
  [tot, ...d].forEach((x, i) => { body.push([x.n, '本年', rd(x.c[0], 1), rd(x.c[1], 1), rd(x.c[1] / x.c[0] * 100, 1)]); body.push([null, '上年', rd(x.p[0], 1), rd(x.p[1], 1), rd(x.p[1] / x.p[0] * 100, 1)]); bodyMerges.push([2 * i, 0, 2 * i + 1, 0]); });
  const t = table({ title: '乡镇一般公共预算收入', unit: '单位：万元', head: [['乡（镇）', '时期', '一般公共预算收入', '其中：税收收入', '税收占比（%）']], body, bodyMerges, fmts: { 2: '#,##0.0', 3: '#,##0.0' } });
  return { file: 'twp_fiscal_merged.xlsx', sheets: [t], plant: { sheet: 'Sheet1', r: t.bodyStart + 6, c: 2, what: '马铺乡 本年 收入 +7%' } };
});
module.exports = T;
