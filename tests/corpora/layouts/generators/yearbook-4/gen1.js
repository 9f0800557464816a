const { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest } = require('./lib');
(async () => {
// t01 乡镇 村委会/居委会 counts: 全县 top, 街道/镇/乡 subtotal rows, 合计 column = 村委会+居委会
{ setSeed(401);
  const G = [['街道', ['城关街道', '桐荫街道', '望江街道']], ['镇', ['青石镇', '白沙镇', '柳溪镇', '黄龙镇', '岩口镇', '坪上镇']], ['乡', ['茶园乡', '松岭乡', '石门乡', '梅花乡']]];
  const mk = (n, kind) => { const c = kind === '街道' ? ri(0, 3) : ri(8, 26); const j = kind === '街道' ? ri(5, 12) : kind === '镇' ? ri(1, 4) : ri(0, 1); const grp = c * ri(6, 14); return { n, c, j, grp }; };
  const ag = (n, a) => ({ n, c: sum(a.map(x => x.c)), j: sum(a.map(x => x.j)), grp: sum(a.map(x => x.grp)) });
  const line = (x, pre = '') => [pre + x.n, x.c + x.j, x.c, x.j, x.grp];
  const body = [], gs = [];
  for (const [gn, ns] of G) { const xs = ns.map(n => mk(n, gn)); const t = ag(gn, xs); gs.push(t); body.push(line(t), ...xs.map(x => line(x, S))); }
  const T = ag('全县', gs);
  const rows = [['表1-4  乡镇（街道）基层组织情况（2024年末）'], ['单位：个'], ['乡镇（街道）', '村（居）民委员会\n合计', '村民委员会', '居民委员会', '村民小组'], line(T), ...body];
  await write({ file: 't01_乡镇_村委会居委会_合计列.xlsx', sheet: '1-4', layout: '全县 top; 街道/镇/乡 subtotal rows labelled only by kind; 合计 column (村委会+居委会) left of its parts; 村民小组 column', rows, merges: ['A1:E1'],
    plant: { cell: 'C4', kind: 'total (全县 村民委员会)', factor: 1.07 } });
}
// t02 播种面积 three levels, 公顷, 2023/2024 + growth
{ setSeed(402);
  const leaf = () => { const a = rf(800, 90000); return { a, b: a * rf(0.9, 1.1) }; };
  const cer = { 稻谷: leaf(), 小麦: leaf(), 玉米: leaf(), 其他谷物: leaf() }; const bean = leaf(), tuber = leaf();
  const oil = { 花生: leaf(), 油菜籽: leaf() }; const veg = leaf(), melon = leaf(), other = leaf();
  const sm = o => ({ a: sum(Object.values(o).map(x => Math.round(x.a))), b: sum(Object.values(o).map(x => Math.round(x.b))) });
  const R = x => ({ a: Math.round(x.a), b: Math.round(x.b) });
  const C = sm(cer); const grain = { a: C.a + R(bean).a + R(tuber).a, b: C.b + R(bean).b + R(tuber).b }; const O = sm(oil);
  const total = { a: grain.a + O.a + R(veg).a + R(melon).a + R(other).a, b: grain.b + O.b + R(veg).b + R(melon).b + R(other).b };
  const L = (n, x) => [n, x.a, x.b, g(x.b, x.a)];
  const rows = [['表7-3  主要农作物播种面积'], ['单位：公顷'], ['指标', '2023年', '2024年', '2024年比2023年\n增长（%）'], L('农作物总播种面积', total), L(S + '粮食作物', grain), L(S + S + '谷物', C),
    ...Object.entries(cer).map(([n, x]) => L(S + S + S + n, R(x))), L(S + S + '豆类', R(bean)), L(S + S + '薯类', R(tuber)),
    L(S + '油料', O), ...Object.entries(oil).map(([n, x]) => L(S + S + n, R(x))), L(S + '蔬菜', R(veg)), L(S + '瓜果类', R(melon)), L(S + '其他农作物', R(other))];
  await write({ file: 't02_播种面积_三级_公顷.xlsx', sheet: '7-3', layout: 'crops three levels by full-width indent: 总播种面积 > 粮食作物 > 谷物 > 稻谷/小麦/玉米/其他谷物; two years and growth', rows, merges: ['A1:D1'], fmt: { 3: '0.0' },
    plant: { cell: 'C6', kind: 'subtotal (谷物 2024)', factor: 1.07 } });
}
// t03 播种面积 in 万亩 and 公顷 side by side, by county; 全市 top; 万亩 from unrounded
{ setSeed(403);
  const names = ['临泽县', '高台县', '山丹县', '民乐县', '肃南县', '甘州区'];
  const d = names.map(n => ({ n, gr: ri(9000, 60000), oil: ri(500, 9000), veg: ri(1200, 15000) }));
  const T = { n: '全市', gr: sum(d.map(x => x.gr)), oil: sum(d.map(x => x.oil)), veg: sum(d.map(x => x.veg)) };
  const line = x => [x.n, x.gr, r(x.gr * 15 / 1e4, 2), x.oil, r(x.oil * 15 / 1e4, 2), x.veg, r(x.veg * 15 / 1e4, 2)];
  const rows = [['表7-5  各县（区）主要农作物播种面积（2024年）'], ['地区', '粮食作物', null, '油料', null, '蔬菜', null], [null, '公顷', '万亩', '公顷', '万亩', '公顷', '万亩'], line(T), ...d.map(line)];
  await write({ file: 't03_播种面积_公顷万亩并列.xlsx', sheet: '7-5', layout: 'two-row header: crop over unit (公顷 | 万亩) pairs; 万亩 = 公顷×15/10000 rounded 2 dec; 全市 top', rows, merges: ['A1:G1', 'A2:A3', 'B2:C2', 'D2:E2', 'F2:G2'], fmt: { 2: '0.00', 4: '0.00', 6: '0.00' },
    plant: { cell: 'B4', kind: 'total (全市 粮食 公顷)', factor: 1.07 } });
}
// t04 人口变动: 年平均人口, births, deaths, 出生率/死亡率/自然增长率 ‰ 2 dec from counts
{ setSeed(404);
  const names = ['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县'];
  const d = names.map(n => { const p = ri(180000, 900000); return { n, p, b: Math.round(p * rf(0.005, 0.011)), de: Math.round(p * rf(0.005, 0.009)) }; });
  const T = { n: '全市', p: sum(d.map(x => x.p)), b: sum(d.map(x => x.b)), de: sum(d.map(x => x.de)) };
  const line = x => [x.n, x.p, x.b, x.de, r(x.b / x.p * 1000, 2), r(x.de / x.p * 1000, 2), r((x.b - x.de) / x.p * 1000, 2)];
  const rows = [['表2-6  各县（市、区）人口变动情况（2024年）'], ['地区', '年平均人口\n（人）', '出生人口\n（人）', '死亡人口\n（人）', '出生率\n（‰）', '死亡率\n（‰）', '自然增长率\n（‰）'], line(T), ...d.map(line)];
  await write({ file: 't04_人口变动_千分率_年平均人口.xlsx', sheet: '2-6', layout: '年平均人口, births, deaths, and three ‰ rates (2 dec) computed from the counts (自然增长率 from unrounded, may differ by .01 from 出生率−死亡率); 全市 top; some negative 自然增长率', rows, merges: ['A1:G1'], fmt: { 4: '0.00', 5: '0.00', 6: '0.00' },
    plant: { cell: 'E3', kind: 'rate (全市 出生率)', factor: 1.10 } });
}
// t05 education: 学校数/班级数/在校生/专任教师/生师比; 总计 > levels; 其中 民办 rows
{ setSeed(405);
  const lv = [['普通高中', 14, 48, 55, 12.5], ['初级中学', 38, 30, 48, 12.8], ['小学', 96, 18, 42, 16.5], ['幼儿园', 140, 6, 30, 14]];
  const d = lv.map(([n, s, cls, per, ratio]) => { const sc = ri(Math.round(s * 0.7), s); const c = sc * ri(Math.round(cls * 0.6), cls); const st = c * ri(Math.round(per * 0.75), per); const t = Math.round(st / (ratio * rf(0.9, 1.1))); 
    const ms = ri(1, Math.max(2, Math.round(sc * 0.2))); const mc = Math.round(c * ms / sc * rf(0.6, 1)); const mst = Math.round(st * mc / c * rf(0.85, 1)); const mt = Math.round(mst / (ratio * rf(0.9, 1.2)));
    return { n, sc, c, st, t, m: { n: '#民办', sc: ms, c: mc, st: mst, t: mt } }; });
  const ag = (n, a) => ({ n, sc: sum(a.map(x => x.sc)), c: sum(a.map(x => x.c)), st: sum(a.map(x => x.st)), t: sum(a.map(x => x.t)) });
  const line = (x, pre = '') => [pre + x.n, x.sc, x.c, x.st, x.t, r(x.st / x.t, 2)];
  const rows = [['表15-2  各级各类学校基本情况（2024/2025学年初）'], ['学校类别', '学校数\n（所）', '班级数\n（个）', '在校学生数\n（人）', '专任教师\n（人）', '生师比\n（教师=1）'], line(ag('总计', d))];
  for (const x of d) rows.push(line(x, S), line(x.m, S + S));
  await write({ file: 't05_学校_班级_生师比_民办其中.xlsx', sheet: '15-2', layout: '总计 then four school levels each followed by a #民办 其中 row; 生师比 (students per teacher, 2 dec, header 教师=1)', rows, merges: ['A1:F1'], fmt: { 5: '0.00' },
    plant: { cell: 'D3', kind: 'total (总计 在校学生数)', factor: 1.07 } });
}
// t06 health: 常住人口 万人 (2 dec, unrounded), 床位, 每千人口床位, 医师, 每千人口医师
{ setSeed(406);
  const names = ['渝中区', '大渡口区', '江北区', '沙坪坝区', '九龙坡区', '南岸区', '北碚区', '渝北区', '巴南区'];
  const d = names.map(n => { const p = ri(300000, 2200000); return { n, p, bed: Math.round(p * rf(0.004, 0.011)), doc: Math.round(p * rf(0.0022, 0.0045)), hb: 0 }; });
  d.forEach(x => x.hb = Math.round(x.bed * rf(0.7, 0.9)));
  const T = { n: '合计', p: sum(d.map(x => x.p)), bed: sum(d.map(x => x.bed)), doc: sum(d.map(x => x.doc)), hb: sum(d.map(x => x.hb)) };
  const line = x => [x.n, r(x.p / 1e4, 2), x.bed, x.hb, r(x.bed / x.p * 1000, 2), x.doc, r(x.doc / x.p * 1000, 2)];
  const rows = [['表16-4  各区卫生资源（2024年末）'], ['地区', '常住人口\n（万人）', '医疗卫生机构\n床位数（张）', '#医院', '每千人口床位数\n（张）', '执业（助理）\n医师（人）', '每千人口执业\n（助理）医师（人）'], ...d.map(line), line(T)];
  await write({ file: 't06_每千人口床位_合计在底.xlsx', sheet: '16-4', layout: 'districts then 合计 at the bottom; 常住人口 万人 2 dec; per-1000 beds and doctors (2 dec) from persons; #医院 其中 column', rows, merges: ['A1:G1'], fmt: { 1: '0.00', 4: '0.00', 6: '0.00' },
    plant: { cell: 'E12', kind: 'rate (合计 每千人口床位数)', factor: 1.10 } });
}
// t07 fiscal: 预算数, 决算数, 为预算%, 上年决算数, 比上年增长%; 万元; hierarchy
{ setSeed(407);
  const taxes = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '耕地占用税', '契税'];
  const nontax = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const mk = n => { const f = ri(300, 90000); return { n, f, b: Math.round(f * rf(0.85, 1.12)), l: Math.round(f * rf(0.8, 1.15)) }; };
  const tx = taxes.map(mk), nt = nontax.map(mk);
  const ag = (n, a) => ({ n, f: sum(a.map(x => x.f)), b: sum(a.map(x => x.b)), l: sum(a.map(x => x.l)) });
  const T1 = ag('税收收入', tx), T2 = ag('非税收入', nt), T = ag('一般公共预算收入', [T1, T2]);
  const line = (x, pre = '') => [pre + x.n, x.b, x.f, r(x.f / x.b * 100, 1), x.l, g(x.f, x.l)];
  const rows = [['表9-1  一般公共预算收入决算表（2024年）'], ['单位：万元'], ['项目', '预算数', '决算数', '决算数为\n预算数%', '上年决算数', '决算数比上年\n增长%'], line(T), line(T1, S), ...tx.map(x => line(x, S + S)), line(T2, S), ...nt.map(x => line(x, S + S))];
  await write({ file: 't07_财政决算_为预算_比上年增长.xlsx', sheet: '9-1', layout: '预算数 | 决算数 | 为预算% | 上年决算数 | 增长%; 一般公共预算收入 > 税收/非税 > items (full-width indents); 单位 row', rows, merges: ['A1:F1'], fmt: { 3: '0.0', 5: '0.0' }, labelWidth: 34,
    plant: { cell: 'C5', kind: 'subtotal (税收收入 决算数)', factor: 1.07 } });
}
// t08 price: 主要商品平均价格 本期/上年同期/涨跌%
{ setSeed(408);
  const items = [['粳米', '元/公斤', 6.2], ['面粉', '元/公斤', 4.8], ['菜籽油', '元/升', 14.5], ['猪肉（精瘦肉）', '元/公斤', 28.6], ['牛肉', '元/公斤', 78], ['鸡蛋', '元/公斤', 10.4], ['大白菜', '元/公斤', 2.6], ['西红柿', '元/公斤', 6.8], ['苹果', '元/公斤', 11.2], ['鲜牛奶', '元/升', 13.1], ['92号汽油', '元/升', 7.9], ['液化石油气', '元/瓶', 118]];
  const rows = [['表10-6  主要商品平均价格（2024年12月）'], ['商品名称', '计量单位', '本月平均价格', '上年同月平均价格', '涨跌幅（%）']];
  for (const [n, u, p] of items) { const cur = r(p * rf(0.85, 1.2), 2), last = r(p * rf(0.85, 1.2), 2); rows.push([n, u, cur, last, g(cur, last, 1)]); }
  await write({ file: 't08_商品价格_计量单位列_涨跌幅.xlsx', sheet: '10-6', layout: 'price table: a 计量单位 column with mixed units per row; this month and same month last year (2 dec); 涨跌幅 % from the shown prices (negatives)', rows, merges: ['A1:E1'], fmt: { 2: '0.00', 3: '0.00', 4: '0.0' },
    plant: { cell: 'E6', kind: 'rate (猪肉 涨跌幅)', factor: 1.10, add: 5 } });
}
// t09 foreign trade by country: 万美元; 总计 > continents > countries; #欧盟 overlapping group; growth
{ setSeed(409);
  const C = [['亚洲', ['日本', '韩国', '印度', '越南', '马来西亚', '新加坡', '其他']], ['欧洲', ['德国', '法国', '荷兰', '英国', '俄罗斯', '其他']], ['北美洲', ['美国', '加拿大', '墨西哥']], ['非洲', ['南非', '尼日利亚', '其他']], ['拉丁美洲', ['巴西', '智利', '其他']], ['大洋洲', ['澳大利亚', '新西兰', '其他']]];
  const eu = new Set(['德国', '法国', '荷兰']);
  const mk = n => { const e = ri(800, 180000), i = ri(200, 120000); return { n, e, i, l: Math.round((e + i) * rf(0.8, 1.25)) }; };
  const ag = (n, a) => ({ n, e: sum(a.map(x => x.e)), i: sum(a.map(x => x.i)), l: sum(a.map(x => x.l)) });
  const line = (x, pre = '') => [pre + x.n, x.e + x.i, x.e, x.i, g(x.e + x.i, x.l)];
  const body = [], gs = [];
  for (const [cn, cs] of C) { const xs = cs.map(mk); const t = ag(cn, xs); gs.push(t); body.push(line(t, S)); if (cn === '欧洲') body.push(line(ag('#欧盟', xs.filter(x => eu.has(x.n))), S + S)); body.push(...xs.map(x => line(x, S + S))); }
  const rows = [['表11-8  按国别（地区）分进出口（2024年）'], ['单位：万美元'], ['国家（地区）', '进出口总额', '出口', '进口', '进出口比上年\n增长（%）'], line(ag('总计', gs)), ...body];
  await write({ file: 't09_外贸国别_洲_欧盟其中.xlsx', sheet: '11-8', layout: 'trade by country: 总计 > continents > countries (repeated 其他), a #欧盟 其中 row under 欧洲 before its countries; 进出口 = 出口+进口; growth', rows, merges: ['A1:E1'], fmt: { 4: '0.0' },
    plant: { cell: 'B4', kind: 'total (总计 进出口)', factor: 1.07 } });
}
// t10 全省 then city rows, each 市 followed by 市辖区 subtotal, districts, then counties
{ setSeed(410);
  const P = [['兰州市', ['城关区', '七里河区', '西固区', '安宁区', '红古区'], ['永登县', '皋兰县', '榆中县']], ['天水市', ['秦州区', '麦积区'], ['清水县', '秦安县', '甘谷县', '武山县', '张家川回族自治县']], ['武威市', ['凉州区'], ['民勤县', '古浪县', '天祝藏族自治县']]];
  const mk = n => { const h = ri(30000, 260000); return { n, h, p: Math.round(h * rf(2.5, 3.3)) }; };
  const ag = (n, a) => ({ n, h: sum(a.map(x => x.h)), p: sum(a.map(x => x.p)) });
  const line = (x, pre = '') => [pre + x.n, x.h, x.p, r(x.p / x.h, 2)];
  const body = [], cs = [];
  for (const [cn, ds, ks] of P) { const dd = ds.map(mk), kk = ks.map(mk); const sx = ag('市辖区', dd); const c = ag(cn, [sx, ...kk]); cs.push(c); body.push(line(c), line(sx, S), ...dd.map(x => line(x, S + S)), ...kk.map(x => line(x, S))); }
  const rows = [['表2-2  各市、县户数和人口（2024年末）'], ['地区', '户数（户）', '户籍人口（人）', '户均人口（人）'], line(ag('全省', cs)), ...body];
  await write({ file: 't10_全省_市_市辖区小计.xlsx', sheet: '2-2', layout: '全省 top; each 市 row, then its 市辖区 subtotal row, the districts (deeper indent), then its counties at the 市辖区 indent; 户均人口 2 dec', rows, merges: ['A1:D1'], fmt: { 3: '0.00' },
    plant: { cell: 'C5', kind: 'subtotal (兰州 市辖区 人口)', factor: 1.07 } });
}
// t11 hidden rows: a district row hidden but included in the total
{ setSeed(411);
  const names = ['雁塔区', '碑林区', '莲湖区', '新城区', '灞桥区', '未央区', '长安区', '临潼区', '阎良区', '高陵区', '鄠邑区'];
  const d = names.map(n => { const cur = ri(300000, 4500000); return { n, cur, last: Math.round(cur / rf(0.95, 1.12)) }; });
  const T = { n: '全市', cur: sum(d.map(x => x.cur)), last: sum(d.map(x => x.last)) };
  const line = x => [x.n, x.cur, x.last, g(x.cur, x.last)];
  const rows = [['表10-2  各区社会消费品零售总额（2024年）'], ['单位：万元'], ['地区', '2024年', '2023年', '增长（%）'], line(T), ...d.map(line)];
  await write({ file: 't11_隐藏行_计入合计.xlsx', sheet: '10-2', layout: 'two districts rows hidden (Excel hidden rows) but included in 全市; growth', rows, merges: ['A1:D1'], fmt: { 3: '0.0' }, hiddenRows: [8, 12],
    plant: { cell: 'B4', kind: 'total (全市 2024)', factor: 1.07 } });
}
// t12 hidden column: 上年 column hidden, growth shown; total row and 合计
{ setSeed(412);
  const names = ['海曙区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '余姚市', '慈溪市', '宁海县', '象山县'];
  const d = names.map(n => { const cur = ri(20000, 300000), ind = 0; return { n, cur, ind: Math.round(cur * rf(0.3, 0.7)), last: Math.round(cur / rf(0.9, 1.15)) }; });
  const T = { n: '全市', cur: sum(d.map(x => x.cur)), ind: sum(d.map(x => x.ind)), last: sum(d.map(x => x.last)) };
  const line = x => [x.n, x.cur, x.ind, x.last, g(x.cur, x.last)];
  const rows = [['表6-3  各区县（市）固定资产投资（2024年）'], ['单位：万元'], ['地区', '固定资产投资', '#工业投资', '上年', '比上年增长（%）'], line(T), ...d.map(line)];
  await write({ file: 't12_隐藏列_上年值.xlsx', sheet: '6-3', layout: 'the 上年 column (D) is hidden in Excel; growth column visible; #工业投资 其中 column', rows, merges: ['A1:E1'], fmt: { 4: '0.0' }, hiddenCols: [3],
    plant: { cell: 'B4', kind: 'total (全市 投资)', factor: 1.07 } });
}
saveManifest('1');
})().catch(e => { console.error(e); process.exit(1); });
