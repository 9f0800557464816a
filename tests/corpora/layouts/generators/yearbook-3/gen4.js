const { setSeed, rnd, ri, rf, r, sum, g, S, COL, write, saveManifest, OUT } = require('./lib');
const fs = require('fs'), path = require('path');
const A = (j, i) => COL(j) + (i + 1);
(async () => {
// L31 2023 / 2024 / 增减量 / 增减率 with a district new in 2024 ('—'), declines
{ setSeed(131);
  const names = ['东城区', '西城区', '南湖区', '北湖区', '高新区', '经开区', '滨江区', '临空经济区'];
  const d = names.map((n, k) => { const last = k === 7 ? null : ri(18000, 96000); const cur = k === 7 ? ri(2000, 6000) : Math.round(last * (k === 2 || k === 5 ? rf(0.92, 0.99) : rf(1.01, 1.15))); return { n, last, cur }; });
  const T = { n: '全市', last: sum(d.filter(x => x.last).map(x => x.last)), cur: sum(d.map(x => x.cur)) };
  const line = x => [x.n, x.last ?? '—', x.cur, x.last ? x.cur - x.last : '—', x.last ? g(x.cur, x.last, 2) : '—'];
  const rows = [['表11-2  各区实有市场主体（年末数）'], [null, null, null, null, '单位：户'], ['地区', '2023年', '2024年', '增减量', '增减率（%）'], line(T), ...d.map(line), ['注：临空经济区于2024年设立，2023年数据包含在相关区中。']];
  await write({ file: 'r31_新设区破折号_增减量率.xlsx', sheet: '11-2', layout: '全市 + districts, 2023年 | 2024年 | 增减量 (negative) | 增减率 (2 dec); a district new in 2024 with “—” for 2023 and its changes; unit line 单位：户; note',
    rows, merges: ['A1:E1'], fmt: { 4: '0.00' }, plant: { cell: 'E6', kind: 'change rate (增减率, 2nd district)', factor: 1.1 } });
}
// L32 hospital efficiency: 病床使用率 and 平均住院日 from bed-days, 合计 at the bottom
{ setSeed(132);
  const names = ['市第一人民医院', '市第二人民医院', '市中医院', '市妇幼保健院', '市传染病医院', '市精神卫生中心', '县人民医院', '县中医院'];
  const d = names.map(n => { const b = ri(120, 1800); const open = b * 366 - ri(0, 3000); const occ = Math.round(open * rf(0.6, 1.02)); const dis = Math.round(occ / rf(6.5, 14)); const dd = Math.round(occ * rf(0.95, 1.03)); return { n, b, open, occ, dis, dd }; });
  const T = { n: '合计' }; for (const k of ['b', 'open', 'occ', 'dis', 'dd']) T[k] = sum(d.map(x => x[k]));
  const line = x => [x.n, x.b, x.open, x.occ, r(x.occ / x.open * 100, 2), x.dis, x.dd, r(x.dd / x.dis, 1)];
  const rows = [['表13-6  市属医院工作效率（2024年）'], ['医院名称', '实有床位\n（张）', '实际开放总床日数\n（日）', '实际占用总床日数\n（日）', '病床使用率\n（%）', '出院人数\n（人）', '出院者占用总床日数\n（日）', '平均住院日\n（日）'], ...d.map(line), line(T)];
  await write({ file: 'r32_医院效率_病床使用率_合计在底.xlsx', sheet: '13-6', layout: 'hospitals then 合计 at bottom; 病床使用率 = 占用床日 / 开放床日 × 100 (over 100 once), 平均住院日 = 出院者占用床日 / 出院人数 (ratio ×1, 1 dec)', rows, merges: ['A1:H1'],
    fmt: { 4: '0.00', 7: '0.0' }, plant: { cell: 'E5', kind: 'rate (病床使用率)', factor: 1.07 } });
}
// L33 region merged down over indicator rows: 地区 | 指标 | 2023年 | 2024年 | 增长
{ setSeed(133);
  const names = ['莲湖区', '新城区', '碑林区', '雁塔区', '未央区', '灞桥区'];
  const ind = ['地区生产总值（亿元）', '一般公共预算收入（亿元）', '社会消费品零售总额（亿元）'];
  const d = names.map(n => ({ n, v: ind.map((_, k) => { const c = [rf(6e6, 3.2e7), rf(2e5, 2.5e6), rf(3e6, 1.4e7)][k]; return [c / rf(0.96, 1.1), c]; }) }));
  const T = { n: '全市', v: ind.map((_, k) => [0, 1].map(j => sum(d.map(x => x.v[k][j])))) };
  const rows = [['表3-10  各区主要经济指标（2023—2024年）'], ['地区', '指标', '2023年', '2024年', '比上年增长（%）']]; const merges = ['A1:E1'];
  for (const x of [T, ...d]) { const s = rows.length; ind.forEach((n, k) => rows.push([k === 0 ? x.n : null, n, r(x.v[k][0] / 1e4, 2), r(x.v[k][1] / 1e4, 2), g(x.v[k][1], x.v[k][0])])); merges.push(`A${s + 1}:A${rows.length}`); }
  await write({ file: 'r33_地区纵向合并_指标行.xlsx', sheet: '3-10', layout: 'each region (全市 first) merged down over three indicator rows (GDP, 财政收入, 零售 in 亿元); columns 2023年 | 2024年 | growth; 全市 rows = sums of the same indicator over regions', rows, merges,
    labelCol: 1, widths: [10, 30], fmt: { 2: '0.00', 3: '0.00', 4: '0.0' }, plant: { cell: 'D3', kind: 'total (全市 GDP 2024)', factor: 1.07 } });
}
// L34 per-capita consumption: 城镇 / 农村, each 金额 + 构成, parts rounded separately
{ setSeed(134);
  const cats = ['食品烟酒', '衣着', '居住', '生活用品及服务', '交通通信', '教育文化娱乐', '医疗保健', '其他用品及服务'];
  const u = cats.map((_, k) => [rf(8000, 10500), rf(1600, 2400), rf(6500, 9000), rf(1500, 2200), rf(3500, 5000), rf(2600, 3900), rf(2200, 3100), rf(600, 1000)][k]);
  const v = u.map(x => x * rf(0.38, 0.62));
  const U = sum(u), V = sum(v);
  const rows = [['表6-4  城乡居民人均消费支出及构成（2024年）'], ['项目', '城镇居民', null, '农村居民', null], [null, '金额（元）', '构成（%）', '金额（元）', '构成（%）'], ['人均消费支出', r(U), 100, r(V), 100], ...cats.map((n, k) => [S + n, r(u[k]), r(u[k] / U * 100, 1), r(v[k]), r(v[k] / V * 100, 1)])];
  const dev = [1, 3].map(j => rows[3][j] - sum(rows.slice(4).map(x => x[j])));
  await write({ file: 'r34_城乡人均消费_金额构成.xlsx', sheet: '6-4', layout: '人均消费支出 城镇 / 农村, each 金额 (元, rounded per part, total − Σ = ' + dev.join(', ') + ') and 构成 (%); merged two-row header', rows,
    merges: ['A1:E1', 'A2:A3', 'B2:C2', 'D2:E2'], fmt: { 2: '0.0', 4: '0.0' }, plant: { cell: 'B4', kind: 'total (城镇 人均消费支出)', factor: 1.07 } });
}
// L35 land use with 一、/（一）/其中 numbering, area 公顷 2 dec exact, shares
{ setSeed(135);
  const c = ri(2e7, 4e7), sd = ri(5e6, 2e7), sj = ri(8e6, 2.5e7), hd = ri(3e7, 9e7);
  const gd = ri(1e7, 4e7), ld = ri(8e7, 2.5e8), cd = ri(1e6, 8e6), qt = ri(5e6, 2e7);
  const cx = ri(6e7, 1.5e8), jt = ri(1e7, 4e7), qj = ri(2e6, 1e7); const wl = ri(1e7, 6e7);
  const gen = sd + sj + hd, ny = gen + gd + ld + cd + qt, js = cx + jt + qj, T = ny + js + wl;
  const line = (n, v) => [n, v / 100, r(v / T * 100, 2)];
  const rows = [['表19-1  土地利用现状（2024年末）'], ['地类', '面积\n（公顷）', '占土地总面积比重\n（%）'], line('土地总面积', T), line('一、农用地', ny), line('（一）耕地', gen), line('　其中：水田', sd), line('　　　　水浇地', sj), line('　　　　旱地', hd),
    line('（二）园地', gd), line('（三）林地', ld), line('（四）草地', cd), line('（五）其他农用地', qt), line('二、建设用地', js), line('（一）城乡建设用地', cx), line('（二）交通水利用地', jt), line('（三）其他建设用地', qj), line('三、未利用地', wl)];
  await write({ file: 'r35_土地利用_一二级编号_其中.xlsx', sheet: '19-1', layout: 'numbered levels 一、 › （一） with 其中：水田 / 水浇地 / 旱地 under 耕地 (a complete 其中), area 公顷 2 dec exact, share of total', rows, merges: ['A1:C1'],
    fmt: { 1: '0.00', 2: '0.00' }, plant: { cell: 'B13', kind: 'subtotal (二、建设用地)', factor: 1.07 } });
}
// L36 CSV (UTF-8 BOM) with title line and unit line, 合计 at the bottom
{ setSeed(136);
  const names = ['和平区', '河西区', '河东区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区'];
  const d = names.map(n => { const a = ri(4000, 26000); return [n, a, Math.round(a * rf(0.12, 0.35)), ri(1500, 9000), ri(200, 1500)]; });
  const T = ['合计', ...[1, 2, 3, 4].map(j => sum(d.map(x => x[j])))];
  const lines = ['表4-3 各区就业情况（2024年）,,,,', ',,,,单位：人', '地区,城镇新增就业人数,其中：高校毕业生,城镇失业人员再就业人数,就业困难人员实现就业人数', ...d.map(x => x.join(',')), T.join(',')];
  fs.writeFileSync(path.join(OUT, 'r36_CSV_合计在底.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
  const m = JSON.parse(fs.readFileSync(path.join(__dirname, 'manifest-3.json')));
  require('./lib'); // manifest handled below
  module.exports.csv = { file: 'r36_CSV_合计在底.csv', sheet: null, layout: 'CSV (UTF-8 BOM, CRLF) with a title line and a unit line padded with commas, 其中 column, 合计 at bottom', plant: { cell: 'B14', kind: 'total (合计 城镇新增就业)', factor: 1.07 } };
}
// L37 school-year columns 2022/2023学年 | 2023/2024学年 | 增减 | 增长
{ setSeed(137);
  const lv = ['普通高等教育', '中等职业教育', '普通高中', '初中', '小学', '特殊教育', '学前教育'];
  const d = lv.map(n => { const a = ri(2000, 160000); const b = Math.round(a * rf(0.9, 1.08)); return { n: S + n, a, b }; });
  const T = { n: '在校学生总数', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)) };
  const line = x => [x.n, x.a, x.b, x.b - x.a, g(x.b, x.a)];
  const rows = [['表17-1  各级各类学校在校学生数'], [null, null, null, null, '单位：人'], ['项目', '2022/2023学年', '2023/2024学年', '增减', '增长（%）'], line(T), ...d.map(line)];
  await write({ file: 'r37_学年列_增减.xlsx', sheet: '17-1', layout: 'school-year column headers (2022/2023学年 | 2023/2024学年), 增减 (negative for some), 增长 (%); total row on top labelled 在校学生总数 (no total word)', rows, merges: ['A1:E1'],
    fmt: { 4: '0.0' }, plant: { cell: 'C4', kind: 'total (在校学生总数 2023/2024)', factor: 1.07 } });
}
// L38 ethnic groups: 总计, 汉族, 少数民族 › listed groups + 其他民族, 合计/男/女, share 3 dec
{ setSeed(138);
  const mg = ['回族', '满族', '蒙古族', '朝鲜族', '锡伯族', '其他民族'];
  const mk = (n, lo, hi) => { const m = ri(lo, hi); return { n, m, f: Math.round(m * rf(0.92, 1.08)) }; };
  const han = mk('汉族', 3100000, 3600000); const ms = mg.map(n => mk(S + n, 800, 40000)); const M = { n: '少数民族', m: sum(ms.map(x => x.m)), f: sum(ms.map(x => x.f)) };
  const T = { n: '总计', m: han.m + M.m, f: han.f + M.f }; const P = T.m + T.f;
  const line = x => [x.n, x.m + x.f, x.m, x.f, r((x.m + x.f) / P * 100, 3)];
  const rows = [['表2-12  分民族户籍人口（2024年末）'], ['民族', '人口数（人）', null, null, '占总人口比重（%）'], [null, '合计', '男', '女', null], line(T), line(han), line(M), ...ms.map(line)];
  await write({ file: 'r38_分民族_三位小数比重.xlsx', sheet: '2-12', layout: '总计 = 汉族 + 少数民族, 少数民族 › six indented groups ending with 其他民族; 合计/男/女 merged header; share with 3 decimals', rows,
    merges: ['A1:E1', 'A2:A3', 'B2:D2', 'E2:E3'], fmt: { 4: '0.000' }, plant: { cell: 'B6', kind: 'subtotal (少数民族 合计)', factor: 1.1 } });
}
// L39 alternating rows per region: 绝对数 row then 增长(%) row, region merged over both
{ setSeed(139);
  const names = ['全县', '城关镇', '新华镇', '永安镇', '石桥镇', '龙门镇', '青龙乡'];
  const cols = ['农林牧渔业总产值', '农业', '林业', '牧业', '渔业'];
  const d = names.slice(1).map(n => { const v = [rf(3e4, 2e5), rf(2e3, 2e4), rf(1e4, 9e4), rf(1e3, 3e4)].map(c => [c / rf(0.95, 1.1), c]); return { n, v }; });
  const T = { n: '全县', v: [0, 1, 2, 3].map(k => [0, 1].map(j => sum(d.map(x => x.v[k][j])))) };
  const rows = [['表7-2  各乡镇农林牧渔业总产值（2024年）'], ['乡镇', '项目', ...cols]]; const merges = ['A1:G1'];
  for (const x of [T, ...d]) { const tot = [0, 1].map(j => sum(x.v.map(y => y[j])));
    rows.push([x.n, '绝对数（万元）', r(tot[1]), ...x.v.map(y => r(y[1]))]);
    rows.push([null, '比上年增长（%）', g(tot[1], tot[0]), ...x.v.map(y => g(y[1], y[0]))]); merges.push(`A${rows.length - 1}:A${rows.length}`); }
  await write({ file: 'r39_绝对数增长交替行.xlsx', sheet: '7-2', layout: 'each town (全县 first) has two rows, 绝对数（万元） then 比上年增长（%）, town merged over both; 总产值 = 农+林+牧+渔 (万元 rounded from unrounded)', rows, merges,
    labelCol: 1, widths: [10, 18], rowFmt: Object.fromEntries(rows.map((x, i) => [i, x[1] === '比上年增长（%）' ? { 2: '0.0', 3: '0.0', 4: '0.0', 5: '0.0', 6: '0.0' } : {}])), plant: { cell: 'C3', kind: 'total (全县 总产值)', factor: 1.07 } });
}
const lib = require('./lib');
saveManifest('4');
const m4 = JSON.parse(fs.readFileSync(path.join(__dirname, 'manifest-4.json'))); m4.push(module.exports.csv); fs.writeFileSync(path.join(__dirname, 'manifest-4.json'), JSON.stringify(m4, null, 1));
})().catch(e => { console.error(e); process.exit(1); });
