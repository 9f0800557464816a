const { setSeed, rnd, ri, rf, r, sum, g, S, COL, write, saveManifest } = require('./lib');
const A = (j, i) => COL(j) + (i + 1);
(async () => {
// L10 全市 > 县 > 乡镇, three levels by Excel indent (alignment), header 户籍人口 over 合计/男/女
{ setSeed(110);
  const ct = [['城关区', ['东关街道', '西关街道', '南关街道', '北关街道']], ['平安县', ['平安镇', '小峡镇', '三合镇', '洪水泉乡', '石灰窑乡']], ['乐都县', ['碾伯镇', '雨润镇', '寿乐镇', '高庙镇', '洪水镇', '高店镇', '瞿昙镇']], ['民和县', ['川口镇', '古鄯镇', '马营镇', '官亭镇', '巴州镇', '满坪镇']]];
  const mk = n => { const v = ri(8, 42); const h = ri(4000, 21000); const m = Math.round(h * rf(1.3, 1.75)); const f = Math.round(m * rf(0.93, 1.02)); return { n, v, h, m, f }; };
  const ag = (n, a) => ({ n, v: sum(a.map(x => x.v)), h: sum(a.map(x => x.h)), m: sum(a.map(x => x.m)), f: sum(a.map(x => x.f)) });
  const line = x => [x.n, x.v, x.h, x.m + x.f, x.m, x.f, r(x.m / x.f * 100, 2)];
  const rows = [['表2-6  各县（区）、乡镇户籍人口（2024年末）'], ['地区', '村（居）委会\n（个）', '户数\n（户）', '户籍人口（人）', null, null, '性别比\n（女=100）'], [null, null, null, '合计', '男', '女', null]];
  const indent = {}; const cs = [];
  const body = [];
  for (const [c, ts] of ct) { const xs = ts.map(mk); const C = ag(c, xs); cs.push(C); body.push([1, line(C)]); xs.forEach(x => body.push([2, line(x)])); }
  rows.push(line(ag('全市', cs)));
  for (const [lv, l] of body) { indent[rows.length] = lv; rows.push(l); }
  const pr = rows.findIndex(x => x[0] === '乐都县');
  await write({ file: 'r10_市县乡三级_Excel缩进.xlsx', sheet: '2-6', layout: '全市 > 县(区) > 乡镇 three levels given only by Excel cell indent (alignment.indent 1/2), subtotal per county at the top of its towns; 户籍人口 合计/男/女 under a merged header; 性别比',
    rows, indent, merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3'], fmt: { 6: '0.00' }, plant: { cell: A(3, pr), kind: 'subtotal (county 合计 population)', factor: 1.07 } });
}
// L11 county heading rows without figures, towns, 小计 after each, 总计 at the bottom; areas in 公顷 with 2 decimals
{ setSeed(111);
  const ct = [['寿县', ['寿春镇', '双桥镇', '涧沟镇', '丰庄镇', '正阳关镇']], ['霍邱县', ['城关镇', '河口镇', '周集镇', '临水镇', '新店镇', '石店镇']], ['舒城县', ['城关镇', '杭埠镇', '千人桥镇', '百神庙镇']], ['金寨县', ['梅山镇', '麻埠镇', '江店镇', '白塔畈镇', '天堂寨镇']]];
  const mk = n => { const a = ri(150000, 650000); const gs = Math.round(a * rf(1.2, 1.7)); const pr = Math.round(gs / 100 * rf(5.2, 7.4)); return { n, a, gs, pr }; };
  const ag = (n, x) => ({ n, a: sum(x.map(y => y.a)), gs: sum(x.map(y => y.gs)), pr: sum(x.map(y => y.pr)) });
  const line = x => [x.n, x.a / 100, x.gs / 100, x.pr];
  const rows = [['表7-9  各乡镇耕地面积和粮食生产情况（2024年）'], ['地区', '耕地面积\n（公顷）', '粮食播种面积\n（公顷）', '粮食产量\n（吨）']];
  const subs = [];
  for (const [c, ts] of ct) { rows.push([c]); const xs = ts.map(mk); xs.forEach(x => rows.push(line(x))); const C = ag('小计', xs); subs.push(C); rows.push(line(C)); }
  rows.push(line(ag('总计', subs)));
  const sr = rows.findIndex(x => x[0] === '小计');
  await write({ file: 'r11_县名标题行_小计在后_总计在底.xlsx', sheet: '7-9', layout: 'county name rows without figures as group headings, towns (two counties share the name 城关镇), 小计 after each county, 总计 at the bottom; no indentation; 公顷 with 2 decimals (exact)',
    rows, merges: ['A1:D1'], fmt: { 1: '0.00', 2: '0.00', 3: '0' }, plant: { cell: A(3, sr), kind: 'subtotal (first 小计, 粮食产量)', factor: 1.1 } });
}
// L12 five-year age groups with 合计/男/女/性别比/比重, then 三大年龄组 section after a blank row
{ setSeed(112);
  const lab = []; for (let a = 0; a < 85; a += 5) lab.push(`${a}—${a + 4}岁`); lab.push('85岁及以上');
  const d = lab.map((n, k) => { const base = k < 4 ? ri(17000, 26000) : k < 12 ? ri(26000, 41000) : Math.round(ri(20000, 36000) * Math.pow(0.8, k - 12)); const m = Math.round(base * (k < 14 ? rf(1.02, 1.09) : rf(0.78, 0.96))); return { n, m, f: base }; });
  const T = { m: sum(d.map(x => x.m)), f: sum(d.map(x => x.f)) }; const P = T.m + T.f;
  const line = (n, x) => [n, x.m + x.f, x.m, x.f, r(x.m / x.f * 100, 2), r((x.m + x.f) / P * 100, 2)];
  const ag = (i, j) => ({ m: sum(d.slice(i, j).map(x => x.m)), f: sum(d.slice(i, j).map(x => x.f)) });
  const rows = [['表2-10  常住人口年龄构成（2024年人口变动抽样调查）'], ['年龄', '人口数（人）', null, null, '性别比\n（女=100）', '占总人口比重\n（%）'], [null, '合计', '男', '女', null, null], line('总计', T), ...d.map(x => line(x.n, x)), [], ['按三大年龄组分'],
    line('0—14岁', ag(0, 3)), line('15—64岁', ag(3, 13)), line('65岁及以上', ag(13, 18))];
  await write({ file: 'r12_五岁年龄组_三大年龄组.xlsx', sheet: '2-10', layout: '18 five-year age groups (0—4岁 … 85岁及以上) under 总计, then a blank row and a 按三大年龄组分 section re-grouping the same total; 合计/男/女 merged header, 性别比, 比重',
    rows, merges: ['A1:F1', 'A2:A3', 'B2:D2', 'E2:E3', 'F2:F3'], fmt: { 4: '0.00', 5: '0.00' }, plant: { cell: 'B4', kind: 'total (总计 合计)', factor: 1.07 } });
}
// L13 district x age groups: counts then shares, merged group headers, 其中 65+
{ setSeed(113);
  const names = ['鼓楼区', '台江区', '仓山区', '晋安区', '马尾区', '长乐区', '闽侯县', '连江县', '罗源县', '闽清县', '永泰县', '福清市'];
  const d = names.map(n => { const a = ri(40000, 160000), b = ri(250000, 900000), c = ri(60000, 220000); return { n, a, b, c, c65: Math.round(c * rf(0.6, 0.72)) }; });
  const T = { n: '全市', a: sum(d.map(x => x.a)), b: sum(d.map(x => x.b)), c: sum(d.map(x => x.c)), c65: sum(d.map(x => x.c65)) };
  const line = x => { const P = x.a + x.b + x.c; return [x.n, P, x.a, x.b, x.c, x.c65, ...[x.a, x.b, x.c, x.c65].map(v => r(v / P * 100, 2))]; };
  const rows = [['表2-11  各县（市、区）常住人口年龄构成'], ['地区', '常住人口（人）', null, null, null, null, '占常住人口比重（%）', null, null, null], [null, '合计', '0—14岁', '15—59岁', '60岁及以上', '#65岁及以上', '0—14岁', '15—59岁', '60岁及以上', '#65岁及以上'], line(T), ...d.map(line)];
  await write({ file: 'r13_分区年龄组_人数与比重.xlsx', sheet: '2-11', layout: 'districts × age groups: counts block and share block with the same sub-headers (0—14岁 …, #65岁及以上) under merged 人数 / 比重 headers; 全市 at top',
    rows, merges: ['A1:J1', 'A2:A3', 'B2:F2', 'G2:J2'], fmt: { 6: '0.00', 7: '0.00', 8: '0.00', 9: '0.00' }, plant: { cell: 'I7', kind: 'share (60岁及以上 比重, 4th district)', factor: 1.1 } });
}
// L14 towns in 万元 rounded from yuan, 全县 at top, 其中 税收, growth
{ setSeed(114);
  const names = ['城关镇', '南湖街道', '高新街道', '青山镇', '白沙镇', '石门镇', '五里镇', '龙泉镇', '双河镇', '柳林乡', '杨家乡', '新华乡', '开发区管委会'];
  const d = names.map(n => { const ggys = rf(3.2e6, 4.8e8); const tax = ggys * rf(0.55, 0.88); const tot = ggys * rf(1.35, 1.9); const last = ggys / rf(0.9, 1.15); return { n, ggys, tax, tot, last }; });
  const T = { n: '全县', ...Object.fromEntries(['ggys', 'tax', 'tot', 'last'].map(k => [k, sum(d.map(x => x[k]))])) };
  const line = x => [x.n, r(x.tot / 1e4), r(x.ggys / 1e4), r(x.tax / 1e4), g(x.ggys, x.last)];
  const rows = [['表8-6  各乡镇（街道）财政收入（2024年）'], [null, null, null, null, '单位：万元'], ['乡镇（街道）', '财政总收入', '一般公共预算收入', '#税收收入', '一般公共预算收入\n比上年增长（%）'], line(T), ...d.map(line)];
  const chk = [2, 3].map(j => rows[3][j] - sum(rows.slice(4).map(x => x[j])));
  await write({ file: 'r14_乡镇万元取整_全县在顶.xlsx', sheet: '8-6', layout: 'towns, 全县 at top, 万元 integers each rounded from yuan (total − Σparts = ' + chk.join(', ') + '), unit in the right cell of a unit row, # column, growth',
    rows, merges: ['A1:E1'], fmt: { 4: '0.0' }, plant: { cell: 'C4', kind: 'total (全县 一般公共预算收入)', factor: 1.07 } });
}
// L15 人均 column from 亿元 and 万人, 全省 top
{ setSeed(115);
  const names = ['石家庄市', '唐山市', '秦皇岛市', '邯郸市', '邢台市', '保定市', '张家口市', '承德市', '沧州市', '廊坊市', '衡水市', '定州市', '辛集市'];
  const d = names.map(n => { const pop = ri(600000, 11200000); const dep = pop * rf(42000, 118000); return { n, pop, dep }; });
  const T = { n: '全省', pop: sum(d.map(x => x.pop)), dep: sum(d.map(x => x.dep)) };
  const line = x => [x.n, r(x.dep / 1e8, 2), r(x.pop / 1e4, 2), r(x.dep / x.pop)];
  const rows = [['表15-5  各市住户存款（2024年末）'], ['地区', '住户存款余额\n（亿元）', '年末常住人口\n（万人）', '人均住户存款\n（元）'], line(T), ...d.map(line), ['注：定州市、辛集市为省直管市，数据不含在保定市、石家庄市中。']];
  await write({ file: 'r15_人均存款_亿元万人.xlsx', sheet: '15-5', layout: '全省 then cities; 亿元 and 万人 (2 dec, rounded from unrounded) with 人均 (元) = 亿元×1e8 / 人; a note line', rows, merges: ['A1:D1'],
    fmt: { 1: '0.00', 2: '0.00', 3: '0' }, plant: { cell: 'D7', kind: 'per-head (人均)', factor: 1.1 } });
}
// L16 rural minimum living allowance by town, 全县 at bottom, 月人均补助
{ setSeed(116);
  const names = ['桥头镇', '沙河镇', '马坪镇', '东岗镇', '王店镇', '黄土岗镇', '罗家岗乡', '十里铺乡', '万福店农场', '高城镇'];
  const d = names.map(n => { const h = ri(180, 1400); const p = Math.round(h * rf(1.25, 1.7)); const e = p * 12 * rf(390, 520); return { n, h, p, e }; });
  const T = { n: '全县', h: sum(d.map(x => x.h)), p: sum(d.map(x => x.p)), e: sum(d.map(x => x.e)) };
  const line = x => [x.n, x.h, x.p, r(x.e / 1e4, 1), r(x.e / x.p / 12)];
  const rows = [['表16-4  各乡镇农村最低生活保障情况（2024年）'], ['乡镇', '保障户数\n（户）', '保障人数\n（人）', '全年支出资金\n（万元）', '月人均补助水平\n（元）'], ...d.map(line), line(T)];
  await write({ file: 'r16_低保_全县在底_月人均.xlsx', sheet: '16-4', layout: 'towns then 全县 at bottom; 万元 with one decimal from yuan; 月人均补助 = 支出 / 人数 / 12', rows, merges: ['A1:E1'],
    fmt: { 3: '0.0', 4: '0' }, plant: { cell: 'C13', kind: 'total (全县 保障人数)', factor: 1.07 } });
}
// L17 bilingual: Chinese header row + English header row, bilingual section rows, trade by mode / ownership
{ setSeed(117);
  const mk = () => { const ex = rf(8e5, 2.2e7), im = rf(3e5, 1.5e7); const lx = (ex + im) / rf(0.9, 1.15); return { ex, im, lx }; };
  const modes = [['一般贸易  General Trade', mk()], ['加工贸易  Processing Trade', mk()], ['其他贸易  Other Trade', mk()]];
  const Tm = { ex: sum(modes.map(x => x[1].ex)), im: sum(modes.map(x => x[1].im)), lx: sum(modes.map(x => x[1].lx)) };
  // ownership breakdown of the same totals
  const own = [['国有企业  State-owned Enterprises'], ['外商投资企业  Foreign-funded Enterprises'], ['民营企业  Private Enterprises'], ['其他  Others']];
  const wts = ['ex', 'im', 'lx'].map(() => { const w = [0.14, 0.31, 0.45, 0.10].map(x => x * rf(0.9, 1.1)); const s = sum(w); return w.map(x => x / s); });
  const ov = [0, 1, 2, 3].map(k => ({ ex: Tm.ex * wts[0][k], im: Tm.im * wts[1][k], lx: Tm.lx * (wts[0][k] + wts[1][k]) / 2 * rf(0.97, 1.03) }));
  { const s = sum(ov.map(x => x.lx)); ov.forEach(x => { x.lx *= Tm.lx / s; }); }
  const line = (n, x) => [n, r((x.ex + x.im) / 1e4, 2), r(x.ex / 1e4, 2), r(x.im / 1e4, 2), g(x.ex + x.im, x.lx)];
  const rows = [['表9-2  进出口贸易（2024年）  Imports and Exports (2024)'], [null, null, null, null, '单位：亿元  Unit: 100 million yuan'],
    ['项目', '进出口总额', '出口', '进口', '进出口总额比上年增长（%）'], ['Item', 'Total Imports and Exports', 'Exports', 'Imports', 'Growth over Previous Year (%)'],
    line('总计  Total', Tm), ['按贸易方式分  By Trade Mode'], ...modes.map(([n, x]) => line(S + n, x)), ['按企业性质分  By Ownership'], ...own.map(([n], k) => line(S + n, ov[k]))];
  await write({ file: 'r17_双语表头两行_双语标签.xlsx', sheet: '9-2', layout: 'bilingual: Chinese header row over an English header row, labels with English after two spaces, unit line bilingual; two complete breakdowns (贸易方式, 企业性质) with bilingual section rows; 亿元 from 万元',
    rows, merges: ['A1:E1'], labelWidth: 44, fmt: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.0' }, plant: { cell: 'C5', kind: 'total (总计 出口)', factor: 1.07 } });
}
// L18 three-level merged header: 在校学生数 小学 / 普通中学(合计, 初中, 高中) each 计 / 女
{ setSeed(118);
  const names = ['市辖区', '新城区', '老城区', '东山县', '西山县', '南河县', '北河县', '清源县'];
  const d = names.map(n => { const p = ri(9000, 48000), j = ri(4500, 24000), h = ri(2000, 14000); const f = v => Math.round(v * rf(0.45, 0.5)); return { n, p, pf: f(p), j, jf: f(j), h, hf: f(h) }; });
  const T = { n: '合计' }; for (const k of ['p', 'pf', 'j', 'jf', 'h', 'hf']) T[k] = sum(d.map(x => x[k]));
  const line = x => [x.n, x.p + x.j + x.h, x.pf + x.jf + x.hf, x.p, x.pf, x.j + x.h, x.jf + x.hf, x.j, x.jf, x.h, x.hf];
  const rows = [['表17-5  各县（区）中小学在校学生数（2024/2025学年初）'], [null, null, null, null, null, null, null, null, null, null, '单位：人'],
    ['地区', '总计', null, '小学', null, '普通中学', null, null, null, null, null], [null, null, null, null, null, '合计', null, '初中', null, '高中', null],
    [null, '计', '女', '计', '女', '计', '女', '计', '女', '计', '女'], line(T), ...d.map(line)];
  await write({ file: 'r18_三级合并表头_计女.xlsx', sheet: '17-5', layout: 'three-level merged header (总计 / 小学 / 普通中学 › 合计, 初中, 高中 › 计, 女), repeated 计/女 pairs; 合计 at top; unit line', rows,
    merges: ['A1:K1', 'A3:A5', 'B3:C4', 'D3:E4', 'F3:K3', 'F4:G4', 'H4:I4', 'J4:K4'], plant: { cell: 'F6', kind: 'total (合计 普通中学 计)', factor: 1.07 } });
}
// L19 expenditure by function, regions as rows, 亿元 2 dec from 万元, both row and column totals computed unrounded
{ setSeed(119);
  const fn = ['一般公共服务', '教育', '社会保障和就业', '卫生健康', '城乡社区', '农林水', '其他支出'];
  const names = ['江北区', '渝中区', '沙坪坝区', '九龙坡区', '南岸区', '北碚区', '渝北区', '巴南区', '长寿区', '江津区'];
  const d = names.map(n => ({ n, v: fn.map(() => rf(8000, 420000)) }));
  const T = { n: '全市', v: fn.map((_, k) => sum(d.map(x => x.v[k]))) };
  const line = x => [x.n, r(sum(x.v) / 1e4, 2), ...x.v.map(v => r(v / 1e4, 2))];
  const rows = [['表8-4  各区一般公共预算支出（按功能分类）（2024年）'], ['单位：亿元'], ['地区', '合计', ...fn], line(T), ...d.map(line)];
  let devs = []; for (const row of rows.slice(3)) devs.push(r(row[1] - sum(row.slice(2)), 2));
  await write({ file: 'r19_亿元隐含舍入_行列合计.xlsx', sheet: '8-4', layout: 'regions × functions in 亿元 (2 dec) rounded from 万元; 合计 column and 全市 row both from unrounded figures, so rows are off by up to ' + Math.max(...devs.map(Math.abs)).toFixed(2),
    rows, merges: ['A1:I1'], fmt: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map(k => [k, '0.00'])), plant: { cell: 'B8', kind: 'row total (合计 column)', factor: 1.07 } });
}
saveManifest('2');
})().catch(e => { console.error(e); process.exit(1); });
