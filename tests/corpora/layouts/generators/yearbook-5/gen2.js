const { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest } = require('./lib');
const F = (d) => d === 0 ? '0' : '0.' + '0'.repeat(d);
const fmtCols = (from, to, d) => Object.fromEntries(Array.from({ length: to - from + 1 }, (_, k) => [from + k, F(d)]));
(async () => {
// b01 health yearbook: 医疗卫生机构 by type, three levels (医院 > 公立/民营; 医院 > 三级/二级/一级/未定级 as 其中 breakdown), columns 机构数|床位|人员
{ setSeed(601);
  const mk = () => [ri(2, 40), ri(100, 6000), ri(200, 9000)];
  const grades = { '三级医院': mk(), '二级医院': mk(), '一级医院': mk(), '未定级医院': mk() };
  const gk = Object.keys(grades); const hosp = [0, 1, 2].map(j => sum(gk.map(k => grades[k][j])));
  const pub = hosp.map(x => Math.round(x * rf(0.55, 0.75))); const pri = hosp.map((x, j) => x - pub[j]);
  const phc = { '社区卫生服务中心（站）': mk(), '乡镇卫生院': mk(), '村卫生室': [ri(300, 900), 0, ri(400, 1200)], '门诊部、诊所': [ri(100, 600), ri(0, 50), ri(300, 1500)] };
  const pk = Object.keys(phc); const ph = [0, 1, 2].map(j => sum(pk.map(k => phc[k][j])));
  const pro = [ri(5, 20), ri(0, 300), ri(300, 1500)];
  const tot = [0, 1, 2].map(j => hosp[j] + ph[j] + pro[j]);
  const rows = [['表16-1  医疗卫生机构、床位和人员（2024年末）'], ['机构类别', '机构数（个）', '床位数（张）', '卫生人员（人）'], ['总计', ...tot],
    ['医院', ...hosp], [S + '按经济类型分', null, null, null], [S + S + '公立医院', ...pub], [S + S + '民营医院', ...pri], [S + '按医院等级分', null, null, null], ...gk.map(k => [S + S + k, ...grades[k]]),
    ['基层医疗卫生机构', ...ph], ...pk.map(k => [S + k, ...phc[k]]), ['专业公共卫生机构', ...pro]];
  await write({ file: 'b01_卫生年鉴_医院两种分组_基层.xlsx', sheet: '16-1', layout: '总计 = 医院 + 基层 + 专业公共卫生; 医院 broken down twice (按经济类型分, 按医院等级分 heading rows without figures); 村卫生室 床位 0', rows, merges: ['A1:D1'], labelWidth: 28,
    plant: { cell: 'C4', kind: 'subtotal (医院 床位)', factor: 1.10 } });
}
// b02 agriculture: 农林牧渔业总产值 by county, 全市 row, columns 合计 | 农业 | 林业 | 牧业 | 渔业 | 农林牧渔专业及辅助性活动; 万元 from unrounded (1 dp)
{ setSeed(602);
  const names = ['沭阳县', '泗洪县', '泗阳县', '宿豫区', '宿城区', '湖滨新区'];
  const d = names.map(n => ({ n, v: [rf(2e5, 9e5), rf(5e3, 6e4), rf(1e5, 5e5), rf(5e4, 3e5), rf(1e4, 8e4)] }));
  const T = { n: '全市', v: [0, 1, 2, 3, 4].map(k => sum(d.map(x => x.v[k]))) };
  const line = x => [x.n, r(sum(x.v), 1), ...x.v.map(y => r(y, 1))];
  const rows = [['表10-2  各县区农林牧渔业总产值（现价，2024年）'], ['单位：万元'], ['地区', '农林牧渔业总产值', '农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'], line(T), ...d.map(line)];
  await write({ file: 'b02_农业年鉴_总产值五业_1位小数.xlsx', sheet: '10-2', layout: '万元 with 1 dp from unrounded; total column first = five sectors; 全市 row = sum', rows, merges: ['A1:G1'], fmt: fmtCols(1, 6, 1),
    plant: { cell: 'E4', kind: 'total (全市 牧业)', factor: 1.07 } });
}
// b03 industry: 规上工业增加值增速 by 轻重工业/所有制 — only growth rates and a 比重 column; no sums possible except 比重 summing to 100 inside breakdowns
{ setSeed(603);
  const grp = [['按轻重工业分', ['轻工业', '重工业']], ['按经济类型分', ['国有控股企业', '股份制企业', '外商及港澳台商投资企业', '私营企业']]];
  const rows = [['表11-1  规模以上工业增加值（2024年）'], ['指标', '营业收入（亿元）', '比上年增长（%）', '占规上工业比重（%）']];
  const tot = rf(2000, 3000) * 1e8, totl = tot / rf(1.03, 1.08);
  rows.push(['规模以上工业', r(tot / 1e8, 2), g(tot, totl, 1), 100.0]);
  grp.forEach(([h, ks], gi) => {
    rows.push([h, null, null, null]);
    let parts;
    let prev;
    if (gi === 0) { const a = tot * rf(0.25, 0.4); parts = [a, tot - a]; const al = totl * rf(0.25, 0.4); prev = [al, totl - al]; }
    else { const w = ks.map(() => rf(0.1, 0.5)); parts = w.map(x => x / sum(w) * tot * 0.97); prev = parts.map(p => p / rf(0.95, 1.12)); } // 私营 etc overlap not total
    parts.forEach((p, k) => { const pl = prev[k]; rows.push([S + ks[k], r(p / 1e8, 2), g(p, pl, 1), r(p / tot * 100, 1)]); });
  });
  // lightweight consistency: for gi=0 the 2023 values need to add to totl: recompute 2023 by growth is not shown, so it's fine
  await write({ file: 'b03_工业_轻重工业_经济类型_比重.xlsx', sheet: '11-1', layout: 'two breakdowns under heading rows; 轻+重 = total; 经济类型 rows do not cover the whole (overlapping types); share and growth columns', rows, merges: ['A1:D1'], labelWidth: 28, fmt: { 1: '0.00', 2: '0.0', 3: '0.0' },
    plant: { cell: 'B5', kind: 'part (轻工业 营业收入)', factor: 1.10 } });
}
// b04 finance yearbook: deposits hierarchical 各项存款 = 境内存款 + 境外存款; 境内 = 住户 + 非金融企业 + 机关团体 + 财政性 + 非银行业金融机构; 住户 = 活期 + 定期及其他
{ setSeed(604);
  const hh = [rf(3000, 6000), rf(6000, 12000)], nf = [rf(2000, 5000), rf(2000, 5000)], org = rf(800, 2000), fis = rf(50, 300), nb = rf(200, 900), ab = rf(20, 200);
  const v = { hh: sum(hh), nf: sum(nf) }; const dom = v.hh + v.nf + org + fis + nb; const tot = dom + ab;
  const R = x => r(x, 2);
  const rows = [['表13-1  金融机构本外币存款（2024年末）'], ['单位：亿元'], ['项目', '年末余额', '比年初增加', '比上年末增长（%）']];
  const ln = (n, x) => { const l = x / rf(1.02, 1.12); return [n, R(x), R(x - l), g(x, l, 1)]; };
  // make 比年初增加 consistent: compute from component beginnings
  const items = [['各项存款', tot], ['（一）境内存款', dom], ['1.住户存款', v.hh], ['活期存款', hh[0]], ['定期及其他存款', hh[1]], ['2.非金融企业存款', v.nf], ['活期存款', nf[0]], ['定期及其他存款', nf[1]], ['3.机关团体存款', org], ['4.财政性存款', fis], ['5.非银行业金融机构存款', nb], ['（二）境外存款', ab]];
  const leafBeg = { 3: hh[0] / rf(1.02, 1.1), 4: hh[1] / rf(1.05, 1.15), 6: nf[0] / rf(0.95, 1.05), 7: nf[1] / rf(1.0, 1.1), 8: org / rf(0.95, 1.1), 9: fis / rf(0.8, 1.2), 10: nb / rf(0.9, 1.2), 11: ab / rf(0.9, 1.2) };
  const beg = { ...leafBeg }; beg[2] = beg[3] + beg[4]; beg[5] = beg[6] + beg[7]; beg[1] = beg[2] + beg[5] + beg[8] + beg[9] + beg[10]; beg[0] = beg[1] + beg[11];
  const ind = [0, 1, 2, 3, 3, 2, 3, 3, 2, 2, 2, 1];
  items.forEach(([n, x], i) => rows.push([S.repeat(ind[i]) + n, R(x), R(x - beg[i]), g(x, beg[i], 1)]));
  await write({ file: 'b04_金融年鉴_存款四级_比年初增加.xlsx', sheet: '13-1', layout: 'four-level hierarchy by numbering (（一）/1./plain) and full-width indents; two 活期存款 rows under different parents; 比年初增加 (difference) and growth columns; 亿元 2 dp from unrounded', rows, merges: ['A1:D1'], labelWidth: 30, fmt: { 1: '0.00', 2: '0.00', 3: '0.0' },
    plant: { cell: 'B6', kind: 'subtotal (住户存款 余额)', factor: 1.07 } });
}
// b05 transport yearbook: 客运量 and 旅客周转量 by mode, years as rows
{ setSeed(605);
  const yrs = [2019, 2020, 2021, 2022, 2023, 2024];
  const rows = [['表14-5  各种运输方式客运量和旅客周转量'], ['年份', '客运量（万人）', null, null, null, null, '旅客周转量（亿人公里）', null, null, null, null], [null, '合计', '铁路', '公路', '水运', '民航', '合计', '铁路', '公路', '水运', '民航']];
  yrs.forEach(y => { const q = [rf(2000, 6000), rf(5000, 30000), rf(50, 500), rf(300, 1500)].map(x => x * 1e4); const t = [rf(100, 300), rf(50, 200), rf(0.5, 3), rf(50, 200)].map(x => x * 1e8);
    rows.push([y, r(sum(q) / 1e4), ...q.map(x => r(x / 1e4)), r(sum(t) / 1e8, 2), ...t.map(x => r(x / 1e8, 2))]); });
  await write({ file: 'b05_交通年鉴_年份行_两组合计列.xlsx', sheet: '14-5', layout: 'years as rows (numbers in the label column); two measure groups, each 合计 + four modes; 万人 whole, 亿人公里 2 dp, totals from unrounded', rows, merges: ['A1:K1', 'A2:A3', 'B2:F2', 'G2:K2'], labelWidth: 10, fmt: fmtCols(6, 10, 2),
    plant: { cell: 'B8', kind: 'total (2023 客运量 合计)', factor: 1.07 } });
}
// b06 民政: 养老机构 by district, 床位 and 每千名老年人拥有养老床位 (per 1000 of 60+ population, column given)
{ setSeed(606);
  const names = ['松江区', '柳江区', '榕江区', '鹿寨县', '融水县', '三江县', '融安县'];
  const d = names.map(n => ({ n, o: ri(5, 60), b: ri(300, 5000), e: ri(30000, 200000) }));
  const T = { n: '全市' }; ['o', 'b', 'e'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, x.o, x.b, x.e, r(x.b / x.e * 1000, 1)];
  const rows = [['表21-3  各县区养老服务机构和床位（2024年末）'], ['地区', '养老机构（个）', '床位（张）', '60岁及以上户籍人口（人）', '每千名老年人拥有养老床位（张）'], line(T), ...d.map(line)];
  await write({ file: 'b06_民政年鉴_每千名老人床位.xlsx', sheet: '21-3', layout: 'per-thousand ratio of two shown columns (床位 / 老年人口 ×1000); 全市 top', rows, merges: ['A1:E1'], fmt: { 4: '0.0' },
    plant: { cell: 'E3', kind: 'rate (全市 每千名老人床位)', factor: 1.10 } });
}
// b07 county yearbook: towns with total labelled with county name (青川县) at the bottom, a 乡镇 type column
{ setSeed(607);
  const names = [['乔庄镇', '镇'], ['青溪镇', '镇'], ['房石镇', '镇'], ['关庄镇', '镇'], ['凉水镇', '镇'], ['竹园镇', '镇'], ['木鱼镇', '镇'], ['沙州镇', '镇'], ['姚渡镇', '镇'], ['黄坪乡', '乡'], ['板桥乡', '乡']];
  const d = names.map(([n, t]) => { const c = ri(3, 15), p = ri(3000, 25000); return { n, t, c, p, a: ri(500, 6000) }; });
  const T = { c: sum(d.map(x => x.c)), p: sum(d.map(x => x.p)), a: sum(d.map(x => x.a)) };
  const rows = [['表1-2  各乡镇基本情况（2024年）'], ['乡镇', '类别', '村民委员会（个）', '户籍人口（人）', '耕地面积（公顷）'], ...d.map(x => [x.n, x.t, x.c, x.p, x.a]), ['青川县', null, T.c, T.p, T.a]];
  await write({ file: 'b07_县名作合计行在底_类别列.xlsx', sheet: '1-2', layout: 'total at the bottom labelled with the county name 青川县; a text 类别 column (镇/乡) between label and figures', rows, merges: ['A1:E1'],
    plant: { cell: 'D14', kind: 'total (青川县 户籍人口)', factor: 1.07 } });
}
// b08 财政: 一般公共预算收入 税收 items, 本年 | 上年 | 增长% ; 非税收入 items; 总 = 税收 + 非税
{ setSeed(608);
  const tax = ['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '房产税', '印花税', '城镇土地使用税', '土地增值税', '车船税', '耕地占用税', '契税', '环境保护税', '其他税收收入'];
  const nt = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '其他收入'];
  const mk = n => { const v = ri(100, 300000); return { n, v, l: Math.round(v / rf(0.8, 1.2)) }; };
  const t = tax.map(mk), o = nt.map(mk);
  const T1 = { v: sum(t.map(x => x.v)), l: sum(t.map(x => x.l)) }, T2 = { v: sum(o.map(x => x.v)), l: sum(o.map(x => x.l)) };
  const ln = (n, x) => [n, x.v, x.l, g(x.v, x.l, 1)];
  const rows = [['表9-2  一般公共预算收入（2024年）'], ['单位：万元'], ['项目', '2024年', '2023年', '增长（%）'], ln('一般公共预算收入', { v: T1.v + T2.v, l: T1.l + T2.l }), ln('一、税收收入', T1), ...t.map(x => ln(S + x.n, x)), ln('二、非税收入', T2), ...o.map(x => ln(S + x.n, x))];
  await write({ file: 'b08_财政年鉴_税收十四项_非税五项.xlsx', sheet: '9-2', layout: 'total, 一、税收收入 (14 items indented), 二、非税收入 (5 items); two years and growth', rows, merges: ['A1:D1'], labelWidth: 30, fmt: { 3: '0.0' },
    plant: { cell: 'B5', kind: 'subtotal (税收收入 2024)', factor: 1.07 } });
}
// b09 bulletin agriculture: 主要农产品产量 with 万吨 2 dp, growth %, and per-unit yield row (公斤/亩) — derived rows
{ setSeed(609);
  const crops = ['稻谷', '小麦', '玉米', '豆类', '薯类'];
  const area = crops.map(() => rf(20, 400) * 1e4); const yl = crops.map(() => rf(150, 600)); const prod = area.map((a, k) => a * yl[k] / 1000);
  const areaL = area.map(a => a / rf(0.97, 1.03)); const ylL = yl.map(y => y / rf(0.97, 1.04)); const prodL = areaL.map((a, k) => a * ylL[k] / 1000);
  const rows = [['附表3  2024年主要农产品产量'], ['产品名称', '单位', '产量', '比上年增长（%）']];
  rows.push(['粮食', '万吨', r(sum(prod) / 1e4, 2), g(sum(prod), sum(prodL), 1)]);
  crops.forEach((c, k) => rows.push([S + c, '万吨', r(prod[k] / 1e4, 2), g(prod[k], prodL[k], 1)]));
  const A0 = sum(area), A1 = sum(areaL);
  rows.push(['粮食播种面积', '万亩', r(A0 / 1e4, 2), g(A0, A1, 1)]);
  rows.push(['粮食单产', '公斤/亩', r(sum(prod) / A0 * 1000, 1), g(sum(prod) / A0, sum(prodL) / A1, 1)]);
  const oil = rf(10, 60) * 1e4, oilL = oil / rf(0.95, 1.05); rows.push(['油料', '万吨', r(oil / 1e4, 2), g(oil, oilL, 1)]);
  await write({ file: 'b09_公报_农产品产量_单产行.xlsx', sheet: '附表3', layout: 'bulletin: 粮食 with its kinds indented (sum in 万吨 2 dp), 播种面积 row in 万亩 and 单产 row in 公斤/亩 = 产量/面积; growth column', rows, merges: ['A1:D1'], fmt: { 2: '0.00', 3: '0.0' }, rowFmt: { 9: { 2: '0.0' } },
    plant: { cell: 'C3', kind: 'total (粮食 产量)', factor: 1.07 } });
}
// b10 城镇/乡村 columns with 城镇化率 (city total labelled 全区 for an invented 自治区 with 盟/州/地区 units)
{ setSeed(610);
  const names = ['敖拉市', '乌兰察盟', '锡林浩特盟', '巴彦诺尔市', '阿拉善盟', '和田地区', '伊犁哈萨克自治州', '博尔塔拉蒙古自治州'];
  const d = names.map(n => { const u = rf(20, 300) * 1e4, c = rf(10, 200) * 1e4; return { n, u: Math.round(u), c: Math.round(c) }; });
  const T = { n: '全区', u: sum(d.map(x => x.u)), c: sum(d.map(x => x.c)) };
  const line = x => [x.n, r((x.u + x.c) / 1e4, 2), r(x.u / 1e4, 2), r(x.c / 1e4, 2), r(x.u / (x.u + x.c) * 100, 2)];
  const rows = [['表3-1  各盟市（地区、州）常住人口（2024年末）'], ['单位：万人'], ['地区', '常住人口', '城镇', '乡村', '城镇化率（%）'], line(T), ...d.map(line)];
  await write({ file: 'b10_全区_盟州地区_城镇化率.xlsx', sheet: '3-1', layout: '全区 total over units named …盟, …地区, …自治州 and …市; 万人 2 dp from whole counts; 城镇+乡村; urbanisation rate', rows, merges: ['A1:E1'], labelWidth: 24, fmt: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00' },
    plant: { cell: 'C4', kind: 'total (全区 城镇)', factor: 1.07 } });
}
// b11 市本级 row + counties; total 全市 = 市本级 + districts + counties; 全市 at the bottom labelled 全市合计
{ setSeed(611);
  const names = ['市本级', '安源区', '湘东区', '莲花县', '上栗县', '芦溪县'];
  const d = names.map(n => { const v = ri(20000, 400000), b = ri(30000, 600000); return { n, v, b }; });
  const T = { n: '全市合计', v: sum(d.map(x => x.v)), b: sum(d.map(x => x.b)) };
  const line = x => [x.n, x.v, x.b, r(x.v / x.b * 100, 1)];
  const rows = [['表9-6  各县区财政收支（2024年）'], ['单位：万元'], ['地区', '一般公共预算收入', '一般公共预算支出', '财政自给率（%）'], ...d.map(line), line(T)];
  await write({ file: 'b11_市本级行_全市合计在底_自给率.xlsx', sheet: '9-6', layout: '市本级 row first among the parts; 全市合计 at the bottom; ratio 收入/支出 ×100', rows, merges: ['A1:D1'], fmt: { 3: '0.0' },
    plant: { cell: 'C10', kind: 'total (全市合计 支出)', factor: 1.07 } });
}
// b12 structure row shares 第一/二/三产业 构成 (each rounded, rows may sum to 99.9/100.1) next to absolute values
{ setSeed(612);
  const names = ['姑苏区', '虎丘新区', '吴中区', '相城区', '吴江区', '常熟市', '张家港市', '昆山市', '太仓市'];
  const d = names.map(n => ({ n, v: [rf(0.5, 60), rf(200, 3000), rf(300, 4000)].map(x => x * 1e8) }));
  const T = { n: '全市', v: [0, 1, 2].map(k => sum(d.map(x => x.v[k]))) };
  const line = x => { const t = sum(x.v); return [x.n, r(t / 1e8, 2), ...x.v.map(y => r(y / 1e8, 2)), ...x.v.map(y => r(y / t * 100, 1))]; };
  const rows = [['表2-4  各市区地区生产总值及构成（2024年）'], ['地区', '地区生产总值（亿元）', '第一产业', '第二产业', '第三产业', '三次产业构成（%）', null, null], [null, null, null, null, null, '第一产业', '第二产业', '第三产业'], line(T), ...d.map(line)];
  await write({ file: 'b12_三次产业绝对值与构成并列_构成各自舍入.xlsx', sheet: '2-4', layout: 'absolute values (亿元 2 dp) and 构成 % of the three sectors side by side; each share rounded on its own so a row may sum to 99.9 or 100.1', rows, merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:H2'], fmt: { ...fmtCols(1, 4, 2), ...fmtCols(5, 7, 1) },
    plant: { cell: 'B4', kind: 'total (全市 GDP)', factor: 1.07 } });
}
// b13 years as columns with a final 年均增长 column (CAGR over 2020–2024)
{ setSeed(613);
  const inds = [['地区生产总值', '亿元'], ['一般公共预算收入', '亿元'], ['社会消费品零售总额', '亿元'], ['城镇居民人均可支配收入', '元'], ['农村居民人均可支配收入', '元']];
  const rows = [['表1-1  “十四五”以来主要经济指标'], ['指标', '单位', '2020年', '2021年', '2022年', '2023年', '2024年', '2020—2024年\n年均增长（%）']];
  inds.forEach(([n, u]) => { const base = u === '元' ? rf(20000, 50000) : rf(200, 3000); const v = [base]; for (let k = 1; k < 5; k++) v.push(v[k - 1] * rf(1.02, 1.09));
    const rv = v.map(x => u === '元' ? r(x) : r(x, 2)); rows.push([n, u, ...rv, r((Math.pow(v[4] / v[0], 1 / 4) - 1) * 100, 1)]); });
  await write({ file: 'b13_年份列_年均增长列.xlsx', sheet: '1-1', layout: 'years as columns with a final 年均增长 (compound annual growth 2020–2024) column; 单位 column', rows, merges: ['A1:H1'], labelWidth: 28, fmt: { ...fmtCols(2, 6, 2), 7: '0.0' }, rowFmt: { 5: fmtCols(2, 6, 0), 6: fmtCols(2, 6, 0) },
    plant: { cell: 'H3', kind: 'rate (GDP 年均增长)', factor: 1.10 } });
}
// b14 labels with spaced 合　　计 and 总　　计 (full-width spaces inside), subtotals per county type
{ setSeed(614);
  const grp = [['市　辖　区', ['芙蓉区', '天心区', '岳麓区']], ['县　　　市', ['浏阳市', '宁乡市', '长沙县']]];
  const rows = [['表7-3  各区县（市）农民专业合作社（2024年末）'], ['地区', '合作社数（个）', '成员数（户）', '带动农户（户）']];
  const body = []; const subs = [];
  grp.forEach(([h, ns]) => { const d = ns.map(n => [n, ri(200, 2000), ri(3000, 40000), ri(8000, 90000)]); const s = ['小　　计', ...[1, 2, 3].map(j => sum(d.map(x => x[j])))]; subs.push(s); body.push([h, null, null, null], ...d.map(x => [S + x[0], ...x.slice(1)]), s); });
  rows.push(['总　　计', ...[1, 2, 3].map(j => sum(subs.map(x => x[j])))], ...body);
  await write({ file: 'b14_合计字样内含全角空格_小计.xlsx', sheet: '7-3', layout: 'labels 总　　计 / 小　　计 / 市　辖　区 with full-width spaces inside; heading rows then parts then 小计 per group; 总计 at top', rows, merges: ['A1:D1'],
    plant: { cell: 'C3', kind: 'total (总计 成员数)', factor: 1.07 } });
}
// b15 年初 | 年末 | 增减 (人) | 增减率 (%) with city-named total at the bottom
{ setSeed(615);
  const names = ['赤坎区', '霞山区', '坡头区', '麻章区', '遂溪县', '徐闻县', '廉江市', '雷州市', '吴川市'];
  const d = names.map(n => { const a = ri(20000, 200000); return { n, a, b: a + ri(-3000, 5000) }; });
  const T = { n: '湛海市', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const line = x => [x.n, x.a, x.b, x.b - x.a, g(x.b, x.a, 2)];
  const rows = [['表5-2  各县（市、区）参加失业保险人数'], ['地区', '年初数（人）', '年末数（人）', '增减数（人）', '增减率（%）'], ...d.map(line), line(T)];
  await write({ file: 'b15_年初年末增减_市名合计在底.xlsx', sheet: '5-2', layout: '年初 | 年末 | 增减数 | 增减率 (2 dp, negatives); total at the bottom labelled with the city name 湛海市', rows, merges: ['A1:E1'], fmt: { 4: '0.00' },
    plant: { cell: 'C12', kind: 'total (湛海市 年末数)', factor: 1.07 } });
}
// b16 marriage: 结婚登记 (对) and 离婚 (对) with 粗离婚率 ‰ over average population (population column shown, 万人)
{ setSeed(616);
  const names = ['钟楼区', '天宁区', '新北区', '武进区', '金坛区', '溧阳市'];
  const d = names.map(n => { const p = ri(300000, 1600000); return { n, p, m: Math.round(p * rf(0.004, 0.006)), dv: Math.round(p * rf(0.002, 0.003)) }; });
  const T = { n: '全市' }; ['p', 'm', 'dv'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, r(x.p / 1e4, 2), x.m, x.dv, r(x.m * 2 / x.p * 1000, 2), r(x.dv * 2 / x.p * 1000, 2)];
  const rows = [['表21-6  各辖市区婚姻登记（2024年）'], ['地区', '年平均人口（万人）', '结婚登记（对）', '离婚登记（对）', '结婚率（‰）', '离婚率（‰）'], line(T), ...d.map(line), ['注：结婚率、离婚率按人数（对数×2）计算。']];
  await write({ file: 'b16_民政_婚姻登记_对数乘2千分率.xlsx', sheet: '21-6', layout: 'rates in ‰ computed from 对 ×2 over the average population in 万人 (shown); note explains ×2', rows, merges: ['A1:F1'], fmt: { 1: '0.00', 4: '0.00', 5: '0.00' },
    plant: { cell: 'D3', kind: 'total (全市 离婚登记)', factor: 1.10 } });
}
// b17 education: 小学 by district with 其中 columns (专任教师 within 教职工; 女 and 少数民族 within 在校生)
{ setSeed(617);
  const names = ['西夏区', '金凤区', '兴庆区', '永宁县', '贺兰县', '灵武市'];
  const d = names.map(n => { const s = ri(10, 60), st = ri(8000, 60000), w = Math.round(st / rf(14, 18)); return { n, s, w, t: Math.round(w * rf(0.85, 0.95)), st, f: Math.round(st * rf(0.46, 0.49)), m: Math.round(st * rf(0.05, 0.3)) }; });
  const T = { n: '全市' }; ['s', 'w', 't', 'st', 'f', 'm'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, x.s, x.w, x.t, x.st, x.f, x.m, r(x.st / x.t, 2)];
  const rows = [['表15-5  各县（市、区）小学基本情况（2024/2025学年）'], ['地区', '学校数（所）', '教职工（人）', '#专任教师', '在校学生（人）', '#女', '#少数民族', '生师比（教师=1）'], line(T), ...d.map(line)];
  await write({ file: 'b17_教育_井号其中列_生师比.xlsx', sheet: '15-5', layout: '# columns (其中) after their wholes: #专任教师 under 教职工, #女 and #少数民族 under 在校学生 (overlapping, not a breakdown); 生师比 = 在校/专任 as a plain number', rows, merges: ['A1:H1'], fmt: { 7: '0.00' },
    plant: { cell: 'E3', kind: 'total (全市 在校学生)', factor: 1.07 } });
}
// b18 CSV: a bulletin table in CSV with 比上年增长 and 增长 in percentage points mixed, 单位 column, and a 其中 row
{ setSeed(618);
  const tot = rf(800, 1500) * 1e8, totl = tot / rf(1.02, 1.08); const on = tot * rf(0.25, 0.35), onl = totl * rf(0.22, 0.3);
  const s1 = r(on / tot * 100, 1), s0 = r(onl / totl * 100, 1);
  const rows = [['附表5  2024年社会消费品零售总额主要指标'], ['指标', '单位', '绝对数', '比上年增长（%）'],
    ['社会消费品零售总额', '亿元', r(tot / 1e8, 2).toFixed(2), g(tot, totl, 1).toFixed(1)],
    ['　其中：网上零售额', '亿元', r(on / 1e8, 2).toFixed(2), g(on, onl, 1).toFixed(1)],
    ['网上零售额占社零比重', '%', s1.toFixed(1), '提高' + r(s1 - s0, 1).toFixed(1) + '个百分点']];
  writeCsv({ file: 'b18_CSV_公报_提高X个百分点文字.csv', rows, layout: 'CSV bulletin; a rate row whose growth cell is text 提高N个百分点; 其中 row', plant: { cell: 'C3', kind: 'total (社零 绝对数)', factor: 1.07 } });
}
saveManifest('2');
})().catch(e => { console.error(e); process.exit(1); });
