const { setSeed, rnd, ri, rf, r, sum, g, S, COL, A, comma, write, writeCsv, saveManifest } = require('./lib');
(async () => {
// t13 合计 row at top AND 合计 column at right (row sums): employees by sector × district
{ setSeed(413);
  const names = ['城东区', '城西区', '城南区', '城北区', '开发区', '高新区', '滨湖区'];
  const secs = ['农林牧渔业', '制造业', '建筑业', '批发和零售业', '教育', '卫生和社会工作'];
  const d = names.map(n => ({ n, v: secs.map(() => ri(120, 9000)) }));
  const T = { n: '合计', v: secs.map((_, j) => sum(d.map(x => x.v[j]))) };
  const line = x => [x.n, ...x.v, sum(x.v)];
  const rows = [['表4-5  分区分行业城镇非私营单位从业人员（2024年末）'], ['单位：人'], ['地区', ...secs, '合计'], line(T), ...d.map(line)];
  await write({ file: 't13_合计行在顶_合计列在右.xlsx', sheet: '4-5', layout: '合计 row at top and a 合计 column at the right (row sums of six sectors), both present', rows, merges: ['A1:H1'],
    plant: { cell: 'H6', kind: 'row total (城西区 合计 column)', factor: 1.07 } });
}
// t14 CSV with numbers as text '1,234' (quoted) and 2-dec with commas
{ setSeed(414);
  const names = ['东城街道', '西城街道', '南湖街道', '北塘街道', '中山街道', '凤鸣镇', '桃源镇', '石湾镇'];
  const d = names.map(n => { const h = ri(2000, 19000); const p = Math.round(h * rf(2.4, 3.0)); const inc = rf(2e7, 3e8); return { n, h, p, inc }; });
  const T = { n: '全区', h: sum(d.map(x => x.h)), p: sum(d.map(x => x.p)), inc: sum(d.map(x => x.inc)) };
  const line = x => [x.n, comma(x.h), comma(x.p), comma(r(x.inc / 1e4, 2), 2)];
  const rows = [['表2-9 各街道（镇）户数、人口和集体经济收入（2024年）'], ['街道（镇）', '户数（户）', '人口（人）', '集体经济收入（万元）'], line(T), ...d.map(line)];
  writeCsv({ file: 't14_CSV_千分位文本数字.csv', layout: 'CSV, UTF-8 BOM; every number is quoted text with thousands separators ("12,345", "1,234.56"); 全区 top; 万元 from unrounded',
    rows, plant: { cell: 'C3', kind: 'total (全区 人口)', factor: 1.07 } });
}
// t15 unit only in a note below the table
{ setSeed(415);
  const names = ['柯桥区', '越城区', '上虞区', '诸暨市', '嵊州市', '新昌县'];
  const d = names.map(n => { const a = ri(5000, 90000), b = ri(5000, 90000), c = ri(2000, 40000); return { n, a, b, c }; });
  const T = { n: '全市', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)), c: sum(d.map(x => x.c)) };
  const line = x => [x.n, x.a + x.b + x.c, x.a, x.b, x.c];
  const rows = [['表8-4  各区、县（市）建筑业总产值（2024年）'], ['地区', '建筑业总产值', '建筑工程产值', '安装工程产值', '其他产值'], line(T), ...d.map(line), ['注：本表计量单位为万元。']];
  await write({ file: 't15_单位在表下注中.xlsx', sheet: '8-4', layout: 'no unit in title or header; the unit is stated only in a note below (注：本表计量单位为万元。); total column = three parts; 全市 top', rows, merges: ['A1:E1'],
    plant: { cell: 'B3', kind: 'total (全市 总产值)', factor: 1.07 } });
}
// t16 ① markers after numbers (text cells like '12345①') in some cells, incl. a component
{ setSeed(416);
  const names = ['思明区', '海沧区', '湖里区', '集美区', '同安区', '翔安区'];
  const d = names.map(n => { const s = ri(20, 160), st = ri(8000, 90000); return { n, s, st, t: Math.round(st / rf(12, 18)) }; });
  const T = { n: '全市', s: sum(d.map(x => x.s)), st: sum(d.map(x => x.st)), t: sum(d.map(x => x.t)) };
  const rows = [['表15-5  各区中小学基本情况（2024年）'], ['地区', '学校数（所）', '在校学生（人）', '专任教师（人）'], [T.n, T.s, T.st, T.t]];
  d.forEach((x, k) => rows.push([x.n, k === 2 ? x.s + '①' : x.s, x.st, k === 4 ? x.t + '②' : x.t]));
  rows.push(['注：①含九年一贯制学校3所。'], ['　　②含代课教师。']);
  await write({ file: 't16_数字后注号①②.xlsx', sheet: '15-5', layout: 'some district figures carry a note marker glued after the number (text "57①", "6123②"); notes below; 全市 top', rows, merges: ['A1:D1'],
    plant: { cell: 'C3', kind: 'total (全市 在校学生)', factor: 1.07 } });
}
// t17 千元 enterprise finance with 其中 columns, large figures
{ setSeed(417);
  const names = ['国有控股企业', '集体企业', '股份合作企业', '有限责任公司', '股份有限公司', '私营企业', '外商投资企业', '港澳台商投资企业'];
  const d = names.map(n => { const rev = ri(2e6, 9e8); const cost = Math.round(rev * rf(0.7, 0.92)); const ast = Math.round(rev * rf(0.8, 1.6)); const debt = Math.round(ast * rf(0.4, 0.7)); return { n, ast, debt, rev, cost }; });
  const keys = ['ast', 'debt', 'rev', 'cost'];
  const T = { n: '总计' }; keys.forEach(k => T[k] = sum(d.map(x => x[k])));
  const line = (x, pre = '') => [pre + x.n, x.ast, x.debt, r(x.debt / x.ast * 100, 2), x.rev, x.cost];
  const rows = [['表12-7  规模以上工业企业资产负债和营业收入（按登记注册类型分）（2024年）'], ['单位：千元'], ['登记注册类型', '资产总计', '负债合计', '资产负债率（%）', '营业收入', '营业成本'], line(T), ...d.map(x => line(x, S))];
  await write({ file: 't17_千元_资产负债率.xlsx', sheet: '12-7', layout: '千元 unit row; figures up to 10^9; 资产负债率 % (2 dec) from 负债/资产; 总计 top, types indented', rows, merges: ['A1:F1'], fmt: { 1: '#,##0', 2: '#,##0', 3: '0.00', 4: '#,##0', 5: '#,##0' }, labelWidth: 30,
    plant: { cell: 'D4', kind: 'rate (总计 资产负债率)', factor: 1.10 } });
}
// t18a negative numbers as text in parentheses '(123)'
{ setSeed(418);
  const names = ['食品制造业', '纺织业', '化学原料和化学制品制造业', '医药制造业', '黑色金属冶炼和压延加工业', '通用设备制造业', '汽车制造业', '电子设备制造业'];
  const d = names.map(n => ({ n, p: ri(-60000, 180000), l: ri(-60000, 180000) }));
  d[1].p = -Math.abs(d[1].p) - 1000; d[4].p = -Math.abs(d[4].p) - 1000; d[4].l = -Math.abs(d[4].l) - 500;
  const T = { n: '合计', p: sum(d.map(x => x.p)), l: sum(d.map(x => x.l)) };
  const P = v => v < 0 ? '(' + comma(-v) + ')' : comma(v);
  const line = (x, pre = '') => [pre + x.n, P(x.p), P(x.l), P(x.p - x.l)];
  const rows = [['表12-9  分行业利润总额（2024年）'], ['单位：万元'], ['行业', '本年', '上年', '增减额'], line(T), ...d.map(x => line(x, S)), ['注：括号内数字为负数（亏损）。']];
  await write({ file: 't18a_括号负数_文本.xlsx', sheet: '12-9', layout: 'losses shown as text in parentheses with thousands separators "(12,345)"; 增减额 = 本年 − 上年; 合计 top', rows, merges: ['A1:D1'], labelWidth: 30,
    plant: { cell: 'B4', kind: 'total (合计 本年)', factor: 1.07 } });
}
// t18b negative numbers as numbers with format #,##0;(#,##0)
{ setSeed(419);
  const names = ['煤炭开采和洗选业', '石油和天然气开采业', '非金属矿采选业', '农副食品加工业', '造纸和纸制品业', '金属制品业', '专用设备制造业', '电力、热力生产和供应业'];
  const d = names.map(n => ({ n, p: ri(-40000, 150000), l: ri(-40000, 150000) }));
  d[2].p = -Math.abs(d[2].p) - 800; d[5].l = -Math.abs(d[5].l) - 800;
  const T = { n: '合计', p: sum(d.map(x => x.p)), l: sum(d.map(x => x.l)) };
  const line = (x, pre = '') => [pre + x.n, x.p, x.l, x.p - x.l];
  const rows = [['表12-10  分行业利润总额（2024年）'], ['单位：万元'], ['行业', '本年', '上年', '增减额'], line(T), ...d.map(x => line(x, S))];
  await write({ file: 't18b_括号负数_数字格式.xlsx', sheet: '12-10', layout: 'negative numbers stored as numbers shown in parentheses by the number format #,##0;(#,##0); 增减额 column', rows, merges: ['A1:D1'], fmt: { 1: '#,##0;(#,##0)', 2: '#,##0;(#,##0)', 3: '#,##0;(#,##0)' }, labelWidth: 30,
    plant: { cell: 'B4', kind: 'total (合计 本年)', factor: 1.07 } });
}
// t19 全年 of four quarters as columns, indicators as rows with units in a 单位 column, 亿元 2 dec from unrounded
{ setSeed(420);
  const ind = [['社会消费品零售总额', '亿元', 1e8], ['规模以上工业增加值', '亿元', 1e8], ['货物进出口总额', '亿元', 1e8], ['接待游客人次', '万人次', 1e4], ['旅游收入', '亿元', 1e8]];
  const rows = [['表1-6  分季度主要经济指标（2024年）'], ['指标', '单位', '一季度', '二季度', '三季度', '四季度', '全年']];
  for (const [n, u, k] of ind) { const q = [0, 1, 2, 3].map(() => rf(80, 460) * k * (u === '万人次' ? 0.02 : 1)); rows.push([n, u, ...q.map(x => r(x / k, 2)), r(sum(q) / k, 2)]); }
  await write({ file: 't19_四季度与全年_单位列.xlsx', sheet: '1-6', layout: 'quarters 一季度…四季度 then 全年 (sum of quarters, each 2 dec from unrounded) as columns; indicators as rows; 单位 column', rows, merges: ['A1:G1'], fmt: { 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' },
    plant: { cell: 'G3', kind: 'total (社零 全年)', factor: 1.07 } });
}
// t20 上半年/下半年/全年 with growth; district rows
{ setSeed(421);
  const names = ['天河区', '越秀区', '海珠区', '荔湾区', '白云区', '黄埔区', '番禺区', '花都区'];
  const d = names.map(n => { const h1 = ri(2000, 30000), h2 = ri(2000, 30000); return { n, h1, h2, l: Math.round((h1 + h2) / rf(0.92, 1.15)) }; });
  const T = { n: '全市', h1: sum(d.map(x => x.h1)), h2: sum(d.map(x => x.h2)), l: sum(d.map(x => x.l)) };
  const line = x => [x.n, x.h1, x.h2, x.h1 + x.h2, g(x.h1 + x.h2, x.l)];
  const rows = [['表14-3  各区新登记市场主体（2024年）'], ['单位：户'], ['地区', '上半年', '下半年', '全年', '全年比上年\n增长（%）'], line(T), ...d.map(line)];
  await write({ file: 't20_上半年下半年全年.xlsx', sheet: '14-3', layout: '上半年 | 下半年 | 全年 (= sum) | growth; 全市 top', rows, merges: ['A1:E1'], fmt: { 4: '0.0' },
    plant: { cell: 'D6', kind: 'row total (越秀区 全年)', factor: 1.07 } });
}
// t21 cumulative 1—N月 columns with 同比
{ setSeed(422);
  const items = ['规模以上工业总产值', '#轻工业', '#重工业']; 
  const m = [0, 1, 2].map(() => []); for (let k = 0; k < 12; k++) { const li = rf(6e5, 1.2e6), he = rf(1.2e6, 2.5e6); m[1].push(li); m[2].push(he); m[0].push(li + he); }
  const lastF = [0.93, 0.95, 0.91].map(f => f * rf(0.98, 1.02));
  const cut = [3, 6, 9, 12];
  const rows = [['表12-2  规模以上工业总产值累计（2024年）'], ['单位：万元'], ['指标', '1—3月', '1—6月', '1—9月', '1—12月', '1—12月比上年\n同期增长（%）']];
  items.forEach((n, i) => { const c = cut.map(k => Math.round(sum(m[i].slice(0, k)))); rows.push([n, ...c, r(rf(2, 9), 1)]); });
  // make consistent: total = light + heavy per column after rounding
  for (let j = 1; j <= 4; j++) rows[3][j] = rows[4][j] + rows[5][j];
  // growth from last-year values
  const lastL = Math.round(rows[4][4] / rf(1.02, 1.1)), lastH = Math.round(rows[5][4] / rf(1.0, 1.12));
  rows[4][5] = g(rows[4][4], lastL); rows[5][5] = g(rows[5][4], lastH); rows[3][5] = g(rows[3][4], lastL + lastH);
  await write({ file: 't21_累计1至N月列.xlsx', sheet: '12-2', layout: 'cumulative columns 1—3月, 1—6月, 1—9月, 1—12月 (each larger than the previous, none a sum of others); #轻工业/#重工业 其中 rows that together make the total; growth of 1—12月', rows, merges: ['A1:F1'], fmt: { 5: '0.0' },
    plant: { cell: 'C4', kind: 'total (总产值 1—6月)', factor: 1.07 } });
}
// t22 census communiqué: 地区 | 人口数 | 比重(%) | 2010 人口 | 比重 ; 性别比
{ setSeed(423);
  const names = ['长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市', '永州市', '怀化市', '娄底市', '湘西州'];
  const d = names.map(n => { const p = ri(1500000, 10100000); const m = Math.round(p * rf(0.495, 0.52)); return { n, p, m, f: p - m, p0: Math.round(p / rf(0.9, 1.25)) }; });
  const T = { n: '全省', p: sum(d.map(x => x.p)), m: sum(d.map(x => x.m)), f: sum(d.map(x => x.f)), p0: sum(d.map(x => x.p0)) };
  const line = x => [x.n, x.p, r(x.p / T.p * 100, 2), x.p0, r(x.p0 / T.p0 * 100, 2), x.m, x.f, r(x.m / x.f * 100, 2)];
  const rows = [['表1  各市州常住人口（第七次全国人口普查）'], ['地区', '人口数（人）', null, null, null, '男（人）', '女（人）', '性别比\n（女=100）'], [null, '2020年', '比重（%）', '2010年', '比重（%）', null, null, null], line(T), ...d.map(line)];
  await write({ file: 't22_普查公报_比重_性别比.xlsx', sheet: '表1', layout: 'census communiqué: two-row header with 人口数 over 2020年|比重|2010年|比重; 男/女 and 性别比 (女=100, 2 dec); 全省 top with 100.00 shares', rows, merges: ['A1:H1', 'A2:A3', 'B2:E2', 'F2:F3', 'G2:G3', 'H2:H3'], fmt: { 2: '0.00', 4: '0.00', 7: '0.00' },
    plant: { cell: 'F4', kind: 'total (全省 男)', factor: 1.07 } });
}
// t23 census: 每10万人口中拥有各种受教育程度人数 + 文盲率
{ setSeed(424);
  const names = ['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区', '宝山区'];
  const d = names.map(n => { const p = ri(500000, 2600000); const e = [rf(0.2, 0.45), rf(0.15, 0.22), rf(0.2, 0.3), rf(0.1, 0.18)].map(f => Math.round(p * f)); const ill = Math.round(p * 0.88 * rf(0.005, 0.025)); const p15 = Math.round(p * rf(0.86, 0.9)); return { n, p, e, ill, p15 }; });
  const T = { n: '全市', p: sum(d.map(x => x.p)), e: [0, 1, 2, 3].map(j => sum(d.map(x => x.e[j]))), ill: sum(d.map(x => x.ill)), p15: sum(d.map(x => x.p15)) };
  const line = x => [x.n, ...x.e.map(v => Math.round(v / x.p * 1e5)), r(x.ill / x.p15 * 100, 2)];
  const rows = [['表4  各区每10万人口中拥有的各类受教育程度人数'], ['单位：人/10万人'], ['地区', '大学\n（大专及以上）', '高中\n（含中专）', '初中', '小学', '文盲率（%）'], line(T), ...d.map(line)];
  await write({ file: 't23_每10万人口受教育程度.xlsx', sheet: '表4', layout: 'per-100,000 counts (not additive; 全市 is not the sum of districts), 文盲率 %; 全市 top; unit row 人/10万人', rows, merges: ['A1:F1'], fmt: { 5: '0.00' },
    plant: { cell: 'B4', kind: 'rate (全市 大学 per 10万)', factor: 1.10, note: 'no counts shown, probably not checkable' } });
}
// t24 survey communiqué: 农业普查 经营户, with 其中 规模 and 比重
{ setSeed(425);
  const names = ['东部', '中部', '西部', '东北'];
  const d = names.map(n => { const h = ri(3e6, 9e7); const s = Math.round(h * rf(0.01, 0.03)); return { n, h, s }; });
  const T = { n: '全国', h: sum(d.map(x => x.h)), s: sum(d.map(x => x.s)) };
  const line = x => [x.n, r(x.h / 1e4), r(x.s / 1e4, 1), r(x.s / x.h * 100, 2), r(x.h / T.h * 100, 1)];
  const rows = [['表2  农业经营户数量'], ['地区', '农业经营户\n（万户）', '#规模农业经营户\n（万户）', '规模户占比\n（%）', '占全国比重\n（%）'], line(T), ...d.map(line)];
  await write({ file: 't24_农普公报_万户_规模户占比.xlsx', sheet: '表2', layout: 'survey communiqué: 全国 + four regions, 万户 0 and 1 dec from unrounded counts, #规模 其中 column, its share and share of 全国', rows, merges: ['A1:E1'], fmt: { 2: '0.0', 3: '0.00', 4: '0.0' },
    plant: { cell: 'B3', kind: 'total (全国 经营户)', factor: 1.07 } });
}
saveManifest('2');
})().catch(e => { console.error(e); process.exit(1); });
