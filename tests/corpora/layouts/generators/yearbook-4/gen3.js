const { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest } = require('./lib');
(async () => {
// t25 bulletin indicator table: 指标（单位） | 绝对数 | 比上年增长%; 粮食 = 夏粮+秋粮 (万吨 2 dec from tonnes)
{ setSeed(431);
  const xia = rf(2e5, 9e5), qiu = rf(5e5, 2e6); const xl = xia / rf(0.95, 1.06), ql = qiu / rf(0.95, 1.06);
  const meat = [rf(1e5, 4e5), rf(1e4, 8e4), rf(5e3, 3e4), rf(5e4, 2e5)]; const ml = meat.map(x => x / rf(0.94, 1.08));
  const rows = [['2024年国民经济和社会发展统计公报  附表1  农业主要产品产量'], ['指标', '绝对数', '比上年增长（%）'],
    ['粮食总产量（万吨）', r((xia + qiu) / 1e4, 2), g(xia + qiu, xl + ql)], [S + '夏粮（万吨）', r(xia / 1e4, 2), g(xia, xl)], [S + '秋粮（万吨）', r(qiu / 1e4, 2), g(qiu, ql)],
    ['肉类总产量（万吨）', r(sum(meat) / 1e4, 2), g(sum(meat), sum(ml))], ...['猪肉', '牛肉', '羊肉', '禽肉'].map((n, j) => [S + n + '（万吨）', r(meat[j] / 1e4, 2), g(meat[j], ml[j])])];
  await write({ file: 't25_公报附表_绝对数增长_万吨.xlsx', sheet: '附表1', layout: 'bulletin annex: indicator (unit in label) | 绝对数 | 增长%; two totals each with indented parts in 万吨 2 dec from unrounded tonnes; growth from unrounded', rows, merges: ['A1:C1'], fmt: { 1: '0.00', 2: '0.0' },
    plant: { cell: 'B6', kind: 'total (肉类总产量)', factor: 1.07 } });
}
// t26 城乡 column groups: 户数 合计/城镇/乡村, 人口 合计/城镇/乡村, 城镇化率
{ setSeed(432);
  const names = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '武义县', '浦江县', '磐安县'];
  const d = names.map(n => { const uh = ri(20000, 300000), rh = ri(20000, 200000); return { n, uh, rh, up: Math.round(uh * rf(2.3, 2.9)), rp: Math.round(rh * rf(2.6, 3.4)) }; });
  const T = { n: '全市' }; ['uh', 'rh', 'up', 'rp'].forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = x => [x.n, x.uh + x.rh, x.uh, x.rh, x.up + x.rp, x.up, x.rp, r(x.up / (x.up + x.rp) * 100, 2)];
  const rows = [['表2-4  各县（市、区）城乡户数和人口（2024年末）'], ['地区', '户数（户）', null, null, '人口（人）', null, null, '城镇人口比重\n（%）'], [null, '合计', '城镇', '乡村', '合计', '城镇', '乡村', null], line(T), ...d.map(line)];
  await write({ file: 't26_城乡列组_合计城镇乡村.xlsx', sheet: '2-4', layout: 'two column groups (户数, 人口) each 合计|城镇|乡村 under a merged header; share column; 全市 top', rows, merges: ['A1:H1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3'], fmt: { 7: '0.00' },
    plant: { cell: 'E4', kind: 'total (全市 人口合计)', factor: 1.07 } });
}
// t27 三次产业 employment with 构成%, years as rows
{ setSeed(433);
  const Y = [2019, 2020, 2021, 2022, 2023, 2024];
  const rows = [['表4-1  三次产业从业人员及构成'], ['年份', '从业人员（万人）', null, null, null, '构成（%）', null, null], [null, '合计', '第一产业', '第二产业', '第三产业', '第一产业', '第二产业', '第三产业']];
  for (const y of Y) { const p = [rf(60, 120), rf(80, 150), rf(120, 260)].map(x => x * 1e4); const t = sum(p); rows.push([y + '年', r(t / 1e4, 2), ...p.map(x => r(x / 1e4, 2)), ...p.map(x => r(x / t * 100, 1))]); }
  await write({ file: 't27_三次产业从业_构成_年份行.xlsx', sheet: '4-1', layout: 'years as rows "2019年"; 万人 (2 dec, from unrounded persons) 合计 + three sectors, then 构成 % (1 dec) — shares may not add to exactly 100.0', rows, merges: ['A1:H1', 'A2:A3', 'B2:E2', 'F2:H2'], fmt: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.0', 6: '0.0', 7: '0.0' },
    plant: { cell: 'B6', kind: 'total (2021 合计)', factor: 1.07 } });
}
// t28 monthly rows 本月 | 1—本月累计 | 累计比上年同期增长%
{ setSeed(434);
  const rows = [['表14-1  分月社会消费品零售总额（2024年）'], ['单位：万元'], ['月份', '本月', '1—本月累计', '累计比上年\n同期增长（%）']];
  let c = 0, cl = 0;
  for (let m = 1; m <= 12; m++) { const v = ri(800000, 1400000); const lv = Math.round(v / rf(0.97, 1.09)); c += v; cl += lv; rows.push([m + '月', v, c, g(c, cl)]); }
  rows[4][0] = '1—2月'; rows[4][1] = rows[3][1] + rows[4][1]; rows.splice(3, 1); // 1月 and 2月 published combined
  await write({ file: 't28_分月_本月与累计_1月破折号.xlsx', sheet: '14-1', layout: 'months as rows 本月 | 1—本月累计 (running sum) | 累计增长; first row 1—2月 combined (本月 = cumulative)', rows, merges: ['A1:D1'], fmt: { 3: '0.0' },
    plant: { cell: 'C10', kind: 'cumulative (1—8月)', factor: 1.07 } });
}
// t29 county name merged vertically in column A, towns in column B, 小计 rows, 总计 at top
{ setSeed(435);
  const K = [['丰县', ['凤城街道', '首羡镇', '顺河镇', '常店镇']], ['沛县', ['沛城街道', '大屯街道', '胡寨镇', '魏庙镇', '五段镇']], ['睢宁县', ['睢城街道', '王集镇', '双沟镇']]];
  const mk = n => { const a = ri(2000, 12000); return { n, a, w: Math.round(a * rf(0.4, 0.8)) }; };
  const rows = [['表7-9  各乡镇耕地和有效灌溉面积（2024年）'], ['单位：公顷'], ['县', '乡镇（街道）', '耕地面积', '有效灌溉面积', '有效灌溉率（%）']];
  const merges = ['A1:E1']; const ks = [];
  const tRow = rows.length; rows.push(null);
  for (const [kn, ts] of K) { const xs = ts.map(mk); const s = { a: sum(xs.map(x => x.a)), w: sum(xs.map(x => x.w)) }; ks.push(s); const st = rows.length; rows.push([kn, '小计', s.a, s.w, r(s.w / s.a * 100, 1)]); xs.forEach(x => rows.push([null, x.n, x.a, x.w, r(x.w / x.a * 100, 1)])); merges.push(`A${st + 1}:A${rows.length}`); }
  const T = { a: sum(ks.map(x => x.a)), w: sum(ks.map(x => x.w)) };
  rows[tRow] = ['总计', null, T.a, T.w, r(T.w / T.a * 100, 1)]; merges.push(`A${tRow + 1}:B${tRow + 1}`);
  await write({ file: 't29_县名纵向合并_乡镇列_小计.xlsx', sheet: '7-9', layout: 'county names merged vertically in column A over their 小计 and towns; towns in column B; 总计 merged A:B at top; rate column', rows, merges, fmt: { 4: '0.0' }, labelCol: 1, widths: [10],
    plant: { cell: 'C10', kind: 'subtotal (沛县 小计 耕地)', factor: 1.07 } });
}
// t30 合计 column FIRST, total row 总计 at the bottom
{ setSeed(436);
  const names = ['A级景区', '星级饭店', '旅行社', '乡村旅游点', '民宿'];
  const cities = ['黄山区', '屯溪区', '徽州区', '歙县', '休宁县', '黟县', '祁门县'];
  const d = cities.map(n => ({ n, v: names.map(() => ri(0, 60)) }));
  const T = { n: '总计', v: names.map((_, j) => sum(d.map(x => x.v[j]))) };
  const line = x => [x.n, sum(x.v), ...x.v];
  const rows = [['表17-2  各区县旅游接待设施（2024年末）'], ['单位：个'], ['地区', '合计', ...names], ...d.map(line), line(T)];
  await write({ file: 't30_合计列在左_总计行在底.xlsx', sheet: '17-2', layout: '合计 column first (row sum of five kinds), districts then 总计 row at the bottom; zeros present', rows, merges: ['A1:G1'],
    plant: { cell: 'B11', kind: 'grand total (总计 合计)', factor: 1.10 } });
}
// t31 乡镇 rows, then 镇合计/乡合计, then 全县合计 at bottom
{ setSeed(437);
  const towns = ['龙泉镇', '凤凰镇', '金山镇', '银湖镇', '玉屏镇'], xiang = ['白云乡', '青山乡', '绿水乡', '红岩乡'];
  const mk = n => { const a = ri(4000, 30000); return { n, a, f: Math.round(a * rf(0.3, 0.7)) }; };
  const t = towns.map(mk), x = xiang.map(mk);
  const ag = (n, a) => ({ n, a: sum(a.map(z => z.a)), f: sum(a.map(z => z.f)) });
  const line = z => [z.n, z.a, z.f, z.a - z.f];
  const ts = ag('镇合计', t), xs = ag('乡合计', x);
  const rows = [['表5-3  各乡镇乡村从业人员（2024年）'], ['单位：人'], ['乡镇', '乡村从业人员', '#从事农业', '从事非农产业'], ...t.map(line), ...x.map(line), line(ts), line(xs), line(ag('全县合计', [ts, xs]))];
  await write({ file: 't31_镇合计乡合计_全县合计在底.xlsx', sheet: '5-3', layout: 'towns then 乡s, then at the bottom 镇合计 (sum of the 镇 rows), 乡合计, and 全县合计; #从事农业 其中 column and a complement column', rows, merges: ['A1:D1'],
    plant: { cell: 'B13', kind: 'subtotal (镇合计)', factor: 1.07 } });
}
// t32 CPI 上年=100 by category, no additivity; index 1 dec
{ setSeed(438);
  const cats = ['食品烟酒', '#粮食', '#畜肉类', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const rows = [['表10-1  居民消费价格指数（上年=100）'], ['项目', '全市', '城市', '农村']];
  rows.push(['居民消费价格总指数', 100.4, 100.5, 100.2]);
  for (const c of cats) { const v = r(rf(97, 103.5), 1); rows.push([(c.startsWith('#') ? S + S : S) + c, v, r(v + rf(-0.4, 0.4), 1), r(v + rf(-0.6, 0.6), 1)]); }
  await write({ file: 't32_价格指数_上年为100_城乡.xlsx', sheet: '10-1', layout: 'price indices 上年=100 (1 dec) for 全市/城市/农村 columns and a category hierarchy with # rows; nothing additive', rows, merges: ['A1:D1'], fmt: { 1: '0.0', 2: '0.0', 3: '0.0' },
    plant: { cell: 'B3', kind: 'index (总指数)', factor: 1.10, note: 'not checkable' } });
}
// t33 trade by mode: 一般贸易 / 加工贸易 > 来料/进料 / 其他贸易; 千美元; 比重
{ setSeed(439);
  const mk = n => ({ n, e: ri(1e5, 5e7), i: ri(1e5, 4e7) });
  const gen = mk('一般贸易'), lai = mk('来料加工装配贸易'), jin = mk('进料加工贸易'), oth = mk('其他贸易');
  const proc = { n: '加工贸易', e: lai.e + jin.e, i: lai.i + jin.i };
  const T = { n: '合计', e: gen.e + proc.e + oth.e, i: gen.i + proc.i + oth.i };
  const line = (x, pre = '') => [pre + x.n, x.e, r(x.e / T.e * 100, 2), x.i, r(x.i / T.i * 100, 2)];
  const rows = [['表11-3  按贸易方式分进出口（2024年）'], ['贸易方式', '出口（千美元）', '比重（%）', '进口（千美元）', '比重（%）'], line(T), line(gen, S), line(proc, S), line(lai, S + S), line(jin, S + S), line(oth, S)];
  await write({ file: 't33_贸易方式_千美元_比重.xlsx', sheet: '11-3', layout: 'trade by mode in 千美元 in header; value|比重 pairs; 加工贸易 with two indented parts; 合计 top', rows, merges: ['A1:E1'], fmt: { 1: '#,##0', 2: '0.00', 3: '#,##0', 4: '0.00' },
    plant: { cell: 'B5', kind: 'subtotal (加工贸易 出口)', factor: 1.07 } });
}
// t34 生师比 as text '16.8:1'
{ setSeed(440);
  const names = ['城区', '第一学区', '第二学区', '第三学区', '第四学区', '第五学区'];
  const d = names.map(n => { const st = ri(3000, 30000); return { n, st, t: Math.round(st / rf(13, 19)), sc: ri(4, 30) }; });
  const T = { n: '全县', st: sum(d.map(x => x.st)), t: sum(d.map(x => x.t)), sc: sum(d.map(x => x.sc)) };
  const line = x => [x.n, x.sc, x.st, x.t, r(x.st / x.t, 1).toFixed(1) + ':1'];
  const rows = [['表15-7  各学区小学基本情况（2024年）'], ['学区', '学校数（所）', '在校生（人）', '专任教师（人）', '生师比'], line(T), ...d.map(line)];
  await write({ file: 't34_生师比文本_冒号.xlsx', sheet: '15-7', layout: '生师比 as text "16.8:1"; 全县 top', rows, merges: ['A1:E1'],
    plant: { cell: 'C3', kind: 'total (全县 在校生)', factor: 1.07 } });
}
// t35 health institutions: 卫生人员 > 卫生技术人员 > 执业(助理)医师 > #执业医师 ; 注册护士 (three levels as columns)
{ setSeed(441);
  const types = ['医院', '#公立医院', '基层医疗卫生机构', '#社区卫生服务中心（站）', '#乡镇卫生院', '专业公共卫生机构', '其他机构'];
  const mk = n => { const doc = ri(200, 9000); const zy = Math.round(doc * rf(0.75, 0.95)); const nur = Math.round(doc * rf(0.9, 1.6)); const otech = ri(100, 3000); const oth = ri(100, 3000); return { n, doc, zy, nur, tech: doc + nur + otech, all: doc + nur + otech + oth, org: ri(5, 300) }; };
  const hosp = mk('医院'); const pub = { n: '#公立医院' }; ['doc', 'zy', 'nur', 'tech', 'all', 'org'].forEach(k => pub[k] = Math.round(hosp[k] * rf(0.5, 0.8)));
  pub.zy = Math.min(pub.zy, pub.doc); pub.tech = Math.max(pub.tech, pub.doc + pub.nur); pub.all = Math.max(pub.all, pub.tech);
  const base = mk('基层医疗卫生机构'); const c1 = { n: '#社区卫生服务中心（站）' }, c2 = { n: '#乡镇卫生院' };
  ['doc', 'zy', 'nur', 'tech', 'all', 'org'].forEach(k => { c1[k] = Math.round(base[k] * 0.3); c2[k] = Math.round(base[k] * 0.45); });
  for (const c of [c1, c2]) { c.zy = Math.min(c.zy, c.doc); c.tech = Math.max(c.tech, c.doc + c.nur); c.all = Math.max(c.all, c.tech); }
  const pb = mk('专业公共卫生机构'), ot = mk('其他机构');
  const keys = ['org', 'all', 'tech', 'doc', 'zy', 'nur'];
  const T = { n: '总计' }; keys.forEach(k => T[k] = hosp[k] + base[k] + pb[k] + ot[k]);
  const line = (x, pre = '') => [pre + x.n, ...keys.map(k => x[k])];
  const rows = [['表16-2  卫生机构和人员数（2024年末）'], ['机构类别', '机构数\n（个）', '卫生人员\n（人）', '#卫生技术人员', null, null, null], [null, null, null, '小计', '执业（助理）医师', '#执业医师', '注册护士'],
    line(T), line(hosp, S), line(pub, S + S), line(base, S), line(c1, S + S), line(c2, S + S), line(pb, S), line(ot, S)];
  await write({ file: 't35_卫生人员_三级其中列.xlsx', sheet: '16-2', layout: 'columns: 卫生人员 > #卫生技术人员 (小计 | 执业（助理）医师 > #执业医师 | 注册护士) under a merged two-row header; rows 总计 > types with # 其中 rows', rows, merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:G2'], labelWidth: 30,
    plant: { cell: 'C4', kind: 'total (总计 卫生人员)', factor: 1.07 } });
}
// t36 年初数 | 年末数 | 增减额 | 增减%  (balance) ; 万人 2 dec; 参保率 from 万人?
{ setSeed(442);
  const items = [['城镇职工基本养老保险', ['#在职职工', '#离退休人员']], ['城乡居民基本养老保险', ['#60周岁以上领取待遇人员']], ['职工基本医疗保险', ['#在职职工', '#退休人员']], ['失业保险', []], ['工伤保险', []]];
  const rows = [['表20-1  社会保险参保人数'], ['单位：万人'], ['项目', '年初数', '年末数', '增减数', '增减（%）']];
  for (const [n, parts] of items) {
    const pv = parts.map(() => { const b = rf(5e4, 9e5); return { b, e: b * rf(0.95, 1.1) }; });
    let b, e; if (parts.length === 2) { b = pv[0].b + pv[1].b; e = pv[0].e + pv[1].e; } else { b = rf(5e4, 1.2e6); e = b * rf(0.96, 1.08); if (parts.length === 1) { pv[0].b = Math.min(pv[0].b, b * 0.4); pv[0].e = Math.min(pv[0].e, e * 0.4); } }
    const L = (nm, x) => [nm, r(x.b / 1e4, 2), r(x.e / 1e4, 2), r((x.e - x.b) / 1e4, 2), g(x.e, x.b, 2)];
    rows.push(L(n, { b, e })); parts.forEach((p, k) => rows.push(L(S + p, pv[k])));
  }
  await write({ file: 't36_年初年末增减数增减率_万人.xlsx', sheet: '20-1', layout: '年初数 | 年末数 | 增减数 | 增减% (2 dec), 万人 2 dec from unrounded persons; # 其中 rows (two parts sum to the whole for 职工 schemes)', rows, merges: ['A1:E1'], fmt: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00' }, labelWidth: 30,
    plant: { cell: 'C4', kind: 'total (城镇职工养老 年末)', factor: 1.07 } });
}
// t37 bulletin monthly: 指标 | 11月 | 同比% | 1—11月 | 同比%
{ setSeed(443);
  const ind = [['规模以上工业增加值', 1e4], ['#国有控股企业', 1e4], ['#股份制企业', 1e4], ['#外商及港澳台商投资企业', 1e4]];
  const m = [null, rf(5e5, 9e5), rf(9e5, 2e6), rf(2e5, 5e5)]; m[0] = m[1] + m[2] + m[3] + rf(1e4, 5e4);
  const ml = m.map(x => x / rf(1.0, 1.1)); const c = m.map(x => x * rf(10.5, 11.5)); const cl = c.map(x => x / rf(1.0, 1.1));
  const rows = [['2024年11月主要统计指标'], ['指标', '11月\n（亿元）', '同比增长\n（%）', '1—11月\n（亿元）', '同比增长\n（%）']];
  ind.forEach(([n], j) => rows.push([(j ? S : '') + n, r(m[j] / 1e4, 2), g(m[j], ml[j]), r(c[j] / 1e4, 2), g(c[j], cl[j])]));
  await write({ file: 't37_当月与1至N月_同比_其中不全.xlsx', sheet: '月报', layout: 'monthly bulletin: 11月 | 同比 | 1—11月 | 同比; three # 其中 rows that overlap (国有控股 and 股份制) so they need not sum; 亿元 from unrounded', rows, merges: ['A1:E1'], fmt: { 1: '0.00', 2: '0.0', 3: '0.00', 4: '0.0' },
    plant: { cell: 'C4', kind: 'growth (国有控股 11月 同比)', factor: 1.10, add: 3, note: 'growth with no previous-period values: not checkable' } });
}
// t38 人口变动 years as rows with 年平均人口 in 万人 (2 dec) and ‰ rates from unrounded persons
{ setSeed(444);
  const rows = [['表2-1  人口自然变动情况（2015—2024年）'], ['年份', '年平均人口\n（万人）', '出生人口\n（人）', '死亡人口\n（人）', '出生率\n（‰）', '死亡率\n（‰）', '自然增长率\n（‰）']];
  let p = ri(1500000, 2500000);
  for (let y = 2015; y <= 2024; y++) { p = Math.round(p * rf(0.995, 1.008)); const b = Math.round(p * rf(0.0055, 0.0125)), de = Math.round(p * rf(0.006, 0.0085)); rows.push([y, r(p / 1e4, 2), b, de, r(b / p * 1000, 2), r(de / p * 1000, 2), r((b - de) / p * 1000, 2)]); }
  await write({ file: 't38_人口自然变动_年份行_万人年平均.xlsx', sheet: '2-1', layout: 'years (numbers) as rows; 年平均人口 in 万人 2 dec while births/deaths in persons; ‰ rates 2 dec from unrounded population (negative 自然增长率 in late years)', rows, merges: ['A1:G1'], fmt: { 1: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' },
    plant: { cell: 'G7', kind: 'rate (2019 自然增长率)', factor: 1.10, add: 0.5 } });
}
saveManifest('3');
})().catch(e => { console.error(e); process.exit(1); });
