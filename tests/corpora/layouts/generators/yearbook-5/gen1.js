const { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest } = require('./lib');
const F = (d) => d === 0 ? '0' : '0.' + '0'.repeat(d);
const fmtCols = (from, to, d) => Object.fromEntries(Array.from({ length: to - from + 1 }, (_, k) => [from + k, F(d)]));
(async () => {
// a01 total row labelled with the province's own name (江澜省) over its cities; 亿元 2 dp from unrounded; growth %
{ setSeed(501);
  const names = ['澄州市', '岚山市', '鹤汀市', '云渡市', '栖霞市', '棠溪市', '霁川市', '枫浦市', '砚池市', '舟湾市', '苍梧市'];
  const d = names.map(n => { const v = rf(600, 9000) * 1e8; const l = v / rf(1.02, 1.08); return { n, v, l }; });
  const T = { n: '江澜省', v: sum(d.map(x => x.v)), l: sum(d.map(x => x.l)) };
  const line = x => [x.n, r(x.v / 1e8, 2), r(x.l / 1e8, 2), g(x.v, x.l, 1)];
  const rows = [['表2-3  各市地区生产总值（2024年）'], ['单位：亿元'], ['地区', '2024年', '2023年', '比上年增长（%）'], line(T), ...d.map(line)];
  await write({ file: 'a01_省名作总计行_各市.xlsx', sheet: '2-3', layout: 'total row labelled with the province name 江澜省 (no 全省/合计 word) at top over 11 cities; 亿元 2 dp; nominal growth %', rows, merges: ['A1:D1'], fmt: { 1: '0.00', 2: '0.00', 3: '0.0' },
    plant: { cell: 'B4', kind: 'total (江澜省 2024)', factor: 1.07 } });
}
// a02 city name total row over districts and counties (临溪市 over 上坊区…), counts in 人 and 户
{ setSeed(502);
  const names = ['上坊区', '下渡区', '东津区', '西郊区', '南湖区', '北屏县', '梅岭县', '桐乡县', '石门县'];
  const d = names.map(n => { const h = ri(40000, 260000); const p = Math.round(h * rf(2.5, 3.2)); const m = Math.round(p * rf(0.5, 0.52)); return { n, h, p, m, f: p - m }; });
  const T = { n: '临溪市' }; ['h', 'p', 'm', 'f'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, x.h, x.p, x.m, x.f, r(x.m / x.f * 100, 2)];
  const rows = [['表3-2  各区县户籍户数和人口（2024年末）'], ['地区', '户数（户）', '总人口（人）', '男（人）', '女（人）', '性别比（女=100）'], line(T), ...d.map(x => line({ ...x, n: S + x.n }))];
  await write({ file: 'a02_市名作合计行_区县缩进.xlsx', sheet: '3-2', layout: 'total row labelled with the city name 临溪市 over indented districts/counties; 男+女=总人口; 性别比', rows, merges: ['A1:F1'], fmt: { 5: '0.00' },
    plant: { cell: 'C3', kind: 'total (临溪市 总人口)', factor: 1.07 } });
}
// a03 全省 then 市区 / 县（市） subtotals, then cities (each city a row); two crossing breakdowns
{ setSeed(503);
  const names = ['桑阳市', '柘城市', '蓼川市', '芷江市', '蘅皋市', '杞梁市', '榆关市', '樟浦市'];
  const d = names.map(n => ({ n, u: ri(300000, 2500000), c: ri(400000, 3500000) }));
  const U = sum(d.map(x => x.u)), C = sum(d.map(x => x.c));
  const rows = [['表4-1  各市城乡居民年末人口（2024年）'], ['单位：人'], ['地区', '年末常住人口', '城镇人口', '乡村人口', '城镇化率（%）']];
  const d2 = d.map(x => { const urb = Math.round((x.u + x.c) * rf(0.5, 0.75)); return { ...x, t: x.u + x.c, urb, rur: x.u + x.c - urb }; });
  const tot = sum(d2.map(x => x.t)), urbT = sum(d2.map(x => x.urb));
  // 市区 / 县(市) split of urban population
  const uU = sum(d2.map(x => Math.min(x.urb, Math.round(x.u * 0.92)))); const uC = urbT - uU;
  rows.push(['全省', tot, urbT, tot - urbT, r(urbT / tot * 100, 2)]);
  rows.push([S + '市区', U, uU, U - uU, r(uU / U * 100, 2)]);
  rows.push([S + '县（市）', C, uC, C - uC, r(uC / C * 100, 2)]);
  d2.forEach(x => rows.push([x.n, x.t, x.urb, x.rur, r(x.urb / x.t * 100, 2)]));
  await write({ file: 'a03_全省_市区县市小计_再列各市.xlsx', sheet: '4-1', layout: '全省 row, then indented 市区 and 县（市） subtotals (a second breakdown of 全省), then the cities (the first breakdown); 城镇+乡村=常住; 城镇化率', rows, merges: ['A1:E1'], fmt: { 4: '0.00' },
    plant: { cell: 'C4', kind: 'total (全省 城镇人口)', factor: 1.07 } });
}
// a04 two-level 其中 rows: 一般公共预算支出 / 其中：教育支出 / 　其中：义务教育 ; years as columns
{ setSeed(504);
  const yrs = [2020, 2021, 2022, 2023, 2024];
  const rows = [['表9-8  一般公共预算主要支出项目'], ['单位：万元'], ['项目', ...yrs.map(y => y + '年')]];
  const tot = yrs.map(() => ri(3800000, 5200000));
  const edu = tot.map(t => Math.round(t * rf(0.15, 0.19)));
  const comp = edu.map(e => Math.round(e * rf(0.45, 0.55)));
  const pre = edu.map(e => Math.round(e * rf(0.06, 0.1)));
  const hlth = tot.map(t => Math.round(t * rf(0.08, 0.1)));
  const soc = tot.map(t => Math.round(t * rf(0.12, 0.15)));
  const pen = soc.map(s => Math.round(s * rf(0.3, 0.4)));
  rows.push(['一般公共预算支出', ...tot]);
  rows.push([S + '其中：教育支出', ...edu]);
  rows.push([S + S + '其中：义务教育', ...comp]);
  rows.push([S + S + S + S + '学前教育', ...pre]);
  rows.push([S + S + '社会保障和就业支出', ...soc]);
  rows.push([S + S + S + S + '其中：养老保险基金补助', ...pen]);
  rows.push([S + S + '卫生健康支出', ...hlth]);
  await write({ file: 'a04_两级其中行_教育下义务教育.xlsx', sheet: '9-8', layout: 'two levels of 其中 rows: 其中：教育支出 (part of the total), then deeper 其中：义务教育 and 学前教育 (parts of 教育); later parts at the first 其中 level; years as columns', rows, merges: ['A1:F1'], labelWidth: 32,
    plant: { cell: 'D5', kind: 'subtotal (教育支出 2022)', factor: 1.10 } });
}
// a05 English-only header row under Chinese headers (two header rows), bilingual title
{ setSeed(505);
  const names = ['明水区', '青溪区', '雁塔湾区', '白沙区', '金河县', '玉泉县', '长宁县'];
  const d = names.map(n => { const a = ri(3000, 30000), b = ri(1000, 15000), c = ri(200, 5000); return { n, a, b, c }; });
  const T = { n: '合计' }; ['a', 'b', 'c'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, x.a + x.b + x.c, x.a, x.b, x.c];
  const rows = [['表6-4  各区县法人单位数（2024年末）'], ['Number of Legal Entities by District (End of 2024)'], ['单位：个'],
    ['地区', '法人单位总数', '企业法人', '机关、事业法人', '社会团体和其他法人'], ['Region', 'Total', 'Enterprises', 'Government Agencies and Institutions', 'Social Organizations and Others'], line(T), ...d.map(line)];
  await write({ file: 'a05_英文表头行在中文表头下.xlsx', sheet: '6-4', layout: 'English-only header row directly under the Chinese header row; English subtitle row; total column first', rows, merges: ['A1:E1', 'A2:E2'],
    plant: { cell: 'B6', kind: 'total (合计 法人单位总数)', factor: 1.07 } });
}
// a06 万人 and 人 columns side by side (年末户籍人口 万人 2 dp, 出生人口 人, 死亡人口 人, 出生率 ‰)
{ setSeed(506);
  const names = ['湄江区', '川渝区', '滇池县', '黔岭县', '赤水县', '乌蒙县', '綦溪县', '仁怀县'];
  const d = names.map(n => { const p = ri(150000, 1200000); const pl = p - ri(-3000, 6000); return { n, p, pl, b: Math.round((p + pl) / 2 * rf(0.006, 0.01)), de: Math.round((p + pl) / 2 * rf(0.006, 0.009)) }; });
  const T = { n: '全市' }; ['p', 'pl', 'b', 'de'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, r(x.p / 1e4, 2), x.b, x.de, r(x.b / ((x.p + x.pl) / 2) * 1000, 2), r(x.de / ((x.p + x.pl) / 2) * 1000, 2), r((x.b - x.de) / ((x.p + x.pl) / 2) * 1000, 2)];
  const rows = [['表3-5  各县区人口出生和死亡（2024年）'], ['地区', '年末户籍人口（万人）', '出生人口（人）', '死亡人口（人）', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）'], line(T), ...d.map(line)];
  await write({ file: 'a06_万人与人列并列_千分率.xlsx', sheet: '3-5', layout: '万人 column (2 dp, from whole counts) beside 人 columns; ‰ rates over the average population (not shown)', rows, merges: ['A1:G1'], fmt: { 1: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' },
    plant: { cell: 'C3', kind: 'total (全市 出生人口)', factor: 1.10 } });
}
// a07 mixes of 'n.a.', '-', '…' among figures; totals sum the reported figures
{ setSeed(507);
  const names = ['龙潭区', '虎丘区', '鹿鸣区', '鹤山县', '鸾台县', '凤栖县', '麟游县', '狮峰县'];
  const marks = ['n.a.', '-', '…'];
  const d = names.map((n, i) => ({ n, a: ri(500, 9000), b: i % 3 === 1 ? null : ri(50, 900), c: i % 4 === 2 ? null : ri(10, 300) }));
  const T = { n: '全市', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b || 0)), c: sum(d.map(x => x.c || 0)) };
  const rows = [['表17-2  各县区旅游接待情况（2024年）'], ['地区', '接待游客（万人次）', '其中：入境游客（人次）', '旅行社（家）'], [T.n, T.a, T.b, T.c]];
  d.forEach((x, i) => rows.push([x.n, x.a, x.b === null ? marks[i % 3] : x.b, x.c === null ? marks[(i + 1) % 3] : x.c]));
  rows.push(['注：“n.a.”表示无法取得数据，“-”表示无该项，“…”表示数字不详。']);
  await write({ file: 'a07_na_破折号_省略号混用.xlsx', sheet: '17-2', layout: "cells holding 'n.a.', '-' and '…' mixed in two columns; 全市 = sum of reported figures; note row", rows, merges: ['A1:D1'],
    plant: { cell: 'B3', kind: 'total (全市 游客)', factor: 1.07 } });
}
// a08 regions reporting 0 with blank rates (实际利用外资 0 → 增长 blank)
{ setSeed(508);
  const names = ['港南区', '港北区', '覃塘区', '平南县', '桂平市', '大新县', '天等县', '龙州县', '凭祥市'];
  const d = names.map((n, i) => { const zero = i === 4 || i === 7; const zeroPrev = i === 6; const v = zero ? 0 : ri(100, 9000); const l = zeroPrev ? 0 : (zero ? ri(50, 400) : Math.round(v / rf(0.7, 1.3))); return { n, v, l }; });
  const T = { n: '全市', v: sum(d.map(x => x.v)), l: sum(d.map(x => x.l)) };
  const line = x => [x.n, x.v, x.l, x.l === 0 ? null : (x.v === 0 ? -100.0 : g(x.v, x.l, 1)), x.v === 0 ? null : r(x.v / T.v * 100, 1)];
  const rows = [['表12-6  各县区实际利用外资（2024年）'], ['单位：万美元'], ['地区', '2024年', '2023年', '增长（%）', '占全市比重（%）'], line(T), ...d.map(line)];
  await write({ file: 'a08_零值地区_增长率空白.xlsx', sheet: '12-6', layout: 'regions with 0 this year (growth −100, share blank) or 0 last year (growth blank); share column', rows, merges: ['A1:E1'], fmt: { 3: '0.0', 4: '0.0' },
    plant: { cell: 'B4', kind: 'total (全市 2024)', factor: 1.07 } });
}
// a09 wide table (22 columns): four measure groups, each with its own 合计 column first
{ setSeed(509);
  const names = ['江北区', '江南区', '渝水区', '分宜县', '仙女湖区', '高新区'];
  const grp = [['学校数（所）', ['合计', '小学', '初中', '高中', '职高']], ['班级数（个）', ['合计', '小学', '初中', '高中', '职高']], ['在校学生（人）', ['合计', '小学', '初中', '高中', '职高']], ['专任教师（人）', ['合计', '小学', '初中', '高中', '职高']]];
  const d = names.map(n => { const s = [ri(10, 60), ri(4, 25), ri(1, 6), ri(0, 3)]; const c = s.map(k => k * ri(6, 30)); const st = c.map(k => k * ri(35, 50)); const te = st.map(k => Math.round(k / rf(12, 18))); return { n, v: [s, c, st, te] }; });
  const T = { n: '全市', v: [0, 1, 2, 3].map(gi => [0, 1, 2, 3].map(k => sum(d.map(x => x.v[gi][k])))) };
  const line = x => [x.n, ...x.v.flatMap(a => [sum(a), ...a])];
  const h1 = ['地区'], h2 = [null]; grp.forEach(([t, subs]) => { h1.push(t, null, null, null, null); h2.push(...subs); });
  const rows = [['表15-3  各县区中小学基本情况（2024/2025学年）'], h1, h2, line(T), ...d.map(line)];
  const merges = ['A1:U1', 'A2:A3']; for (let k = 0; k < 4; k++) merges.push(`${COL(1 + 5 * k)}2:${COL(5 + 5 * k)}2`);
  await write({ file: 'a09_宽表_四组各带合计列.xlsx', sheet: '15-3', layout: 'wide table, 21 columns: four measure groups under merged headers, each with its own 合计 column then 小学/初中/高中/职高; 全市 row top', rows, merges,
    plant: { cell: 'L4', kind: 'total (全市 在校学生 合计)', factor: 1.07 } });
}
// a10 按三次产业分 with 第一/二/三产业 and 其中 工业/建筑业 (GDP by years, 亿元 2 dp) plus 构成 block
{ setSeed(510);
  const yrs = [2019, 2020, 2021, 2022, 2023, 2024];
  const v = yrs.map((_, k) => { const p = rf(180, 220) * 1e8 * (1 + 0.03 * k), ind = rf(900, 1000) * 1e8 * (1 + 0.05 * k), con = rf(150, 200) * 1e8, t = rf(1100, 1300) * 1e8 * (1 + 0.07 * k); return { p, ind, con, s: ind + con, t }; });
  const R = x => r(x / 1e8, 2);
  const rows = [['表2-1  地区生产总值'], ['单位：亿元'], ['指标', ...yrs.map(y => y + '年')]];
  rows.push(['地区生产总值', ...v.map(x => R(x.p + x.s + x.t))]);
  rows.push(['按三次产业分', ...yrs.map(() => null)]);
  rows.push([S + '第一产业', ...v.map(x => R(x.p))]);
  rows.push([S + '第二产业', ...v.map(x => R(x.s))]);
  rows.push([S + S + '其中：工业', ...v.map(x => R(x.ind))]);
  rows.push([S + S + S + S + '建筑业', ...v.map(x => R(x.con))]);
  rows.push([S + '第三产业', ...v.map(x => R(x.t))]);
  rows.push(['人均地区生产总值（元）', ...v.map(x => r((x.p + x.s + x.t) / rf(2.9e6, 3.0e6)))]);
  await write({ file: 'a10_按三次产业分_其中工业建筑业.xlsx', sheet: '2-1', layout: 'GDP years as columns; blank heading row 按三次产业分; 第一/二/三产业 (sum to GDP), under 第二产业 其中：工业 and 建筑业 (which here add to 第二产业); per-head row in 元', rows, merges: ['A1:G1'], labelWidth: 28, fmt: fmtCols(1, 6, 2), rowFmt: { 10: fmtCols(1, 6, 0) },
    plant: { cell: 'F7', kind: 'subtotal (第二产业 2023)', factor: 1.07 } });
}
// a11 合计 row in the middle: cities, then 合计, then a 其中 block of special zones (parts of the cities)
{ setSeed(511);
  const names = ['洛川市', '汾阳市', '沁源市', '晋宁市', '朔平市', '忻口市', '吕梁关市'];
  const d = names.map(n => { const v = ri(200000, 3000000); return { n, v, l: Math.round(v / rf(0.9, 1.15)) }; });
  const T = { v: sum(d.map(x => x.v)), l: sum(d.map(x => x.l)) };
  const z = ['太行经济技术开发区', '汾河高新技术产业开发区', '雁门综合保税区'].map(n => { const v = ri(50000, 600000); return { n, v, l: Math.round(v / rf(0.85, 1.2)) }; });
  const line = (n, x) => [n, x.v, x.l, g(x.v, x.l, 1)];
  const rows = [['表11-4  各市规模以上工业营业收入（2024年）'], ['单位：万元'], ['地区', '2024年', '2023年', '增长（%）'], ...d.map(x => line(x.n, x)), line('合计', T), ['其中：', null, null, null], ...z.map(x => line(S + x.n, x))];
  await write({ file: 'a11_合计行居中_其下其中开发区.xlsx', sheet: '11-4', layout: 'cities first, 合计 row after them, then a 其中： heading row and special zones (parts of the whole, overlapping the cities, not summing to it)', rows, merges: ['A1:D1'], labelWidth: 30, fmt: { 3: '0.0' },
    plant: { cell: 'B11', kind: 'total (合计 2024)', factor: 1.07 } });
}
// a12 省直管县 listed after the cities; 全省 = cities + directly-administered counties
{ setSeed(512);
  const cities = ['鄂州城市', '荆门口市', '孝感坪市', '黄石滩市', '咸宁岭市', '随州湾市'];
  const direct = ['仙桃镇市', '潜江河市', '天门山市', '神农架林区'];
  const mk = n => { const a = ri(30000, 400000), b = ri(5000, 90000); return { n, a, b }; };
  const d = cities.map(mk), e = direct.map(mk);
  const all = [...d, ...e];
  const T = { n: '全省', a: sum(all.map(x => x.a)), b: sum(all.map(x => x.b)) };
  const line = x => [x.n, x.a, x.b, r(x.b / x.a * 100, 1)];
  const rows = [['表5-6  各市（州）城镇新增就业（2024年）'], ['单位：人'], ['地区', '城镇新增就业', '失业人员再就业', '再就业占新增比（%）'], line(T), ...d.map(line), ['省直管县（市、林区）', null, null, null], ...e.map(x => line({ ...x, n: S + x.n }))];
  await write({ file: 'a12_省直管县列在各市后.xlsx', sheet: '5-6', layout: '全省 top, cities, then a heading row 省直管县（市、林区） with no figures and the directly-administered units indented; 全省 = cities + those units; ratio column', rows, merges: ['A1:D1'], labelWidth: 26, fmt: { 3: '0.0' },
    plant: { cell: 'B4', kind: 'total (全省 城镇新增就业)', factor: 1.07 } });
}
// a13 'X' in a whole column (withheld for every region), total given
{ setSeed(513);
  const names = ['东城镇', '西城镇', '南湖镇', '北山镇', '中和乡', '永安乡', '太平乡'];
  const d = names.map(n => ({ n, a: ri(5, 60), b: ri(2000, 90000), c: ri(100, 9000) }));
  const T = { n: '全县', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)), c: sum(d.map(x => x.c)) };
  const rows = [['表8-2  各乡镇规模以上工业企业主要指标（2024年）'], ['乡镇', '企业单位数（个）', '营业收入（万元）', '利润总额（万元）', '从业人员平均人数（人）'], [T.n, T.a, T.b, T.c, ri(20000, 40000)], ...d.map(x => [x.n, x.a, x.b, 'X', x.c]), ['注：X表示按统计法规定不宜公布的数据。']];
  // fix: columns: 企业数, 营业收入, 利润 (X), 从业人员 — recompute employee total consistent
  rows[2] = [T.n, T.a, T.b, ri(100000, 300000), T.c];
  rows.forEach((rw, i) => { if (i >= 3 && i < 3 + d.length) { const x = d[i - 3]; rows[i] = [x.n, x.a, x.b, 'X', x.c]; } });
  await write({ file: 'a13_整列X_合计给出.xlsx', sheet: '8-2', layout: "one whole column (利润总额) is 'X' for every town while the 全县 figure is given; other columns sum", rows, merges: ['A1:E1'],
    plant: { cell: 'C3', kind: 'total (全县 营业收入)', factor: 1.07 } });
}
// a14 two tables one below another on one sheet, different units (万元 then 人)
{ setSeed(514);
  const names = ['城东区', '城西区', '开元县', '贞观县', '永徽县'];
  const d = names.map(n => ({ n, a: ri(5000, 90000), b: ri(2000, 60000), p: ri(300, 5000), q: ri(100, 3000) }));
  const T = { n: '全市' }; ['a', 'b', 'p', 'q'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const rows = [['表19-1  各县区社会保障基金收支（2024年）'], ['单位：万元'], ['地区', '基金收入', '基金支出', '当年结余'], [T.n, T.a, T.b, T.a - T.b], ...d.map(x => [x.n, x.a, x.b, x.a - x.b]), null,
    ['表19-2  各县区社会保障参保人员（2024年末）'], ['单位：人'], ['地区', '参保人数', '其中：在职职工', '其中：离退休人员'], ];
  const e = d.map(x => { const w = ri(20000, 200000), rt = ri(5000, 80000); return { n: x.n, w, rt }; });
  const TE = { w: sum(e.map(x => x.w)), rt: sum(e.map(x => x.rt)) };
  rows.push([T.n, TE.w + TE.rt, TE.w, TE.rt], ...e.map(x => [x.n, x.w + x.rt, x.w, x.rt]));
  await write({ file: 'a14_同表页上下两表_单位不同.xlsx', sheet: '19', layout: 'two tables stacked on one sheet with a blank row between; first in 万元 (收入−支出=结余), second in 人 (two 其中 columns that add up)', rows, merges: ['A1:D1', 'A11:D11'],
    plant: { cell: 'B14', kind: 'total (second table 全市 参保人数)', factor: 1.07 } });
}
// a15 header spanning four rows
{ setSeed(515);
  const names = ['淮阴区', '清江浦区', '洪泽区', '涟水县', '盱眙县', '金湖县'];
  const d = names.map(n => { const v = [0, 1, 2, 3].map(() => ri(100, 5000)); return { n, v }; });
  const T = { n: '合计', v: [0, 1, 2, 3].map(k => sum(d.map(x => x.v[k]))) };
  const line = x => [x.n, sum(x.v), x.v[0] + x.v[1], x.v[0], x.v[1], x.v[2] + x.v[3], x.v[2], x.v[3]];
  const rows = [['表16-7  各县区卫生技术人员（2024年末）'],
    ['地区', '卫生技术人员', null, null, null, null, null, null],
    [null, '合计', '医师', null, null, '护士及其他', null, null],
    [null, null, '小计', '执业医师', '执业助理医师', '小计', '注册护士', '药师（士）'],
    [null, null, null, '（人）', '（人）', null, '（人）', '（人）'],
    line(T), ...d.map(line)];
  await write({ file: 'a15_四行表头_小计列.xlsx', sheet: '16-7', layout: 'four header rows (group, subgroup, 小计/items, a unit row under items only); 合计 column = two 小计 columns, each = its two items', rows, merges: ['A1:H1', 'A2:A5', 'B2:H2', 'B3:B5', 'C3:E3', 'F3:H3', 'C4:C5', 'F4:F5'],
    plant: { cell: 'C6', kind: 'subtotal (合计 医师小计)', factor: 1.10 } });
}
// a16 footnote superscript digits in labels (全省¹, 某市²)
{ setSeed(516);
  const names = ['沅陵市', '溆浦市', '辰溪市²', '麻阳市', '芷兰市³', '会同市'];
  const d = names.map(n => ({ n, a: ri(1000, 9000), b: ri(100, 800) }));
  const T = { n: '全省¹', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const line = x => [x.n, x.a, x.b, r(x.b / x.a * 1000, 1)];
  const rows = [['表20-2  各市公共文化设施（2024年末）'], ['地区', '村（社区）综合性文化服务中心（个）', '乡镇文化站（个）', '每千个中心配文化站（个）'], line(T), ...d.map(line),
    ['注：¹全省含省直属单位数据为0。²辰溪市2024年行政区划调整。³芷兰市含代管区。']];
  await write({ file: 'a16_标签上标注号_全省¹.xlsx', sheet: '20-2', layout: 'labels carrying superscript footnote digits (全省¹, 辰溪市², 芷兰市³); note row with the notes', rows, merges: ['A1:D1'], fmt: { 3: '0.0' },
    plant: { cell: 'B3', kind: 'total (全省 中心数)', factor: 1.07 } });
}
// a17 bulletin: 比上年增长 for absolute values (%) and for rates (百分点)
{ setSeed(517);
  const rows = [['附表1  2024年国民经济和社会发展主要指标'], ['指标', '单位', '2024年', '2023年', '比上年增长（%/百分点）']];
  const P = ri(4200000, 4400000), Pl = P - ri(-8000, 20000); const U = Math.round(P * rf(0.6, 0.66)), Ul = Math.round(Pl * (U / P - rf(0.004, 0.01)));
  const ur = r(U / P * 100, 2), url = r(Ul / Pl * 100, 2);
  rows.push(['年末常住人口', '万人', r(P / 1e4, 2), r(Pl / 1e4, 2), g(P, Pl, 1)]);
  rows.push([S + '其中：城镇人口', '万人', r(U / 1e4, 2), r(Ul / 1e4, 2), g(U, Ul, 1)]);
  rows.push(['常住人口城镇化率', '%', ur, url, r(ur - url, 2)]);
  const gdp = rf(3000, 3600) * 1e8, gdpl = gdp / rf(1.03, 1.06);
  rows.push(['地区生产总值', '亿元', r(gdp / 1e8, 2), r(gdpl / 1e8, 2), g(gdp, gdpl, 1)]);
  const rd = gdp * rf(0.018, 0.025), rdl = gdpl * rf(0.017, 0.024);
  rows.push(['研究与试验发展经费支出', '亿元', r(rd / 1e8, 2), r(rdl / 1e8, 2), g(rd, rdl, 1)]);
  const ri1 = r(rd / gdp * 100, 2), ri0 = r(rdl / gdpl * 100, 2);
  rows.push(['研究与试验发展经费投入强度', '%', ri1, ri0, r(ri1 - ri0, 2)]);
  const ue = rf(3.4, 4.2), uel = rf(3.4, 4.2);
  rows.push(['城镇调查失业率', '%', r(ue, 1), r(uel, 1), r(r(ue, 1) - r(uel, 1), 1)]);
  rows.push(['注：城镇化率、投入强度、失业率的比上年增长为百分点。']);
  await write({ file: 'a17_公报_绝对值增长与率的百分点.xlsx', sheet: '附表1', layout: 'bulletin indicator table: 2024 | 2023 | 比上年增长（%/百分点） — growth % for levels, difference in 百分点 for rates, in one column; 单位 column', rows, merges: ['A1:E1'], labelWidth: 30, fmt: { 2: '0.00', 3: '0.00', 4: '0.0' }, rowFmt: { 4: { 4: '0.00' }, 7: { 4: '0.00' } },
    plant: { cell: 'C6', kind: 'total (GDP 2024)', factor: 1.07 } });
}
// a18 education yearbook: 普通高等教育 by level with 招生/在校/毕业 and 其中女 column groups
{ setSeed(518);
  const lv = [['研究生', ['博士', '硕士']], ['普通本专科', ['本科', '专科（高职）']]];
  const mk = () => { const a = ri(300, 60000); return [a, Math.round(a * rf(3, 4)), Math.round(a * rf(0.85, 0.98))]; };
  const rows = [['表14-2  普通高等学校学生情况（2024年）'], ['单位：人'], ['层次', '招生数', null, '在校学生数', null, '毕业生数', null], [null, '计', '其中：女', '计', '其中：女', '计', '其中：女']];
  const leaf = {}; lv.forEach(([, ks]) => ks.forEach(k => { const v = mk(); leaf[k] = v.map(x => [x, Math.round(x * rf(0.45, 0.58))]); }));
  const agg = ks => [0, 1, 2].map(j => [sum(ks.map(k => leaf[k][j][0])), sum(ks.map(k => leaf[k][j][1]))]);
  const ln = (n, v) => [n, ...v.flat()];
  const allk = Object.keys(leaf);
  rows.push(ln('总计', agg(allk)));
  lv.forEach(([h, ks]) => { rows.push(ln(S + h, agg(ks))); ks.forEach(k => rows.push(ln(S + S + k, leaf[k]))); });
  await write({ file: 'a18_教育年鉴_层次_计与其中女列对.xlsx', sheet: '14-2', layout: 'three column pairs 计 | 其中：女 under merged 招生/在校/毕业 headers; rows 总计 > 研究生 (博士, 硕士) and 普通本专科 (本科, 专科)', rows, merges: ['A1:G1', 'A3:A4', 'B3:C3', 'D3:E3', 'F3:G3'],
    plant: { cell: 'D6', kind: 'subtotal (研究生 在校 计)', factor: 1.10 } });
}
saveManifest('1');
})().catch(e => { console.error(e); process.exit(1); });
