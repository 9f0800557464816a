const { setSeed, rnd, ri, rf, r, sum, g, S, COL, write, saveManifest } = require('./lib');
const A = (j, i) => COL(j) + (i + 1);
(async () => {
// L20 blank rows between regional groups, region subtotal rows labelled by name (苏南地区), 全省 top, 亿元 & 万人 from unrounded
{ setSeed(120);
  const G = [['苏南地区', ['南京市', '无锡市', '常州市', '苏州市', '镇江市']], ['苏中地区', ['南通市', '扬州市', '泰州市']], ['苏北地区', ['徐州市', '连云港市', '淮安市', '盐城市', '宿迁市']]];
  const mk = n => { const pop = ri(2800000, 12900000); const gdp = pop * rf(7.5e4, 1.95e5); const rev = gdp * rf(0.06, 0.095); return { n, pop, gdp, rev }; };
  const ag = (n, a) => ({ n, pop: sum(a.map(x => x.pop)), gdp: sum(a.map(x => x.gdp)), rev: sum(a.map(x => x.rev)) });
  const line = x => [x.n, r(x.gdp / 1e8, 2), r(x.rev / 1e8, 2), r(x.pop / 1e4, 2)];
  const body = []; const gs = [];
  for (const [gn, cs] of G) { const xs = cs.map(mk); const Gg = ag(gn, xs); gs.push(Gg); body.push([], line(Gg), ...xs.map(line)); }
  const rows = [['表3-8  分地区主要经济指标（2024年）'], ['地区', '地区生产总值\n（亿元）', '一般公共预算收入\n（亿元）', '年末常住人口\n（万人）'], line(ag('全省', gs)), ...body];
  const sz = rows.findIndex(x => x[0] === '苏中地区');
  await write({ file: 'r20_空行分组_区域小计无合计字样.xlsx', sheet: '3-8', layout: '全省 at top, then groups separated by blank rows, each opened by a regional subtotal labelled only by its name (苏南地区/苏中地区/苏北地区), cities not indented; 亿元, 万人 from unrounded',
    rows, merges: ['A1:D1'], fmt: { 1: '0.00', 2: '0.00', 3: '0.00' }, plant: { cell: A(1, sz), kind: 'subtotal (苏中地区 GDP)', factor: 1.07 } });
}
// L21 years as columns (2000 … 2024, not consecutive), '…' and '—' for missing
{ setSeed(121);
  const Y = [2000, 2010, 2015, 2020, 2023, 2024];
  const rows = [['表1-2  主要年份主要指标'], ['指标', ...Y]];
  const pop = Y.map((y, k) => 5123456 + k * 153211 + ri(0, 40000)); const urb = Y.map((y, k) => pop[k] * (0.38 + k * 0.065 + rf(0, 0.02)));
  const p = Y.map((y, k) => [rf(1.2e6, 2e6) * (1 + k * 0.25), rf(3e6, 5e6) * (1 + k * 0.9), rf(2.5e6, 4e6) * (1 + k * 1.2)]);
  const M = v => r(v, 2);
  rows.push(['年末常住人口（万人）', ...pop.map(x => r(x / 1e4, 2))]);
  rows.push(['　城镇人口（万人）', '…', ...urb.slice(1).map(x => r(x / 1e4, 2))]);
  rows.push(['　乡村人口（万人）', '…', ...urb.slice(1).map((x, k) => r((pop[k + 1] - x) / 1e4, 2))]);
  rows.push(['常住人口城镇化率（%）', '…', ...urb.slice(1).map((x, k) => r(x / pop[k + 1] * 100, 2))]);
  rows.push(['地区生产总值（亿元）', ...p.map(x => r(sum(x) / 1e4, 2))]);
  ['　第一产业', '　第二产业', '　第三产业'].forEach((n, j) => rows.push([n + '（亿元）', ...p.map(x => r(x[j] / 1e4, 2))]));
  rows.push(['人均地区生产总值（元）', ...p.map((x, k) => r(sum(x) * 1e4 / (pop[k] * 0.997)))]);
  rows.push(['规模以上工业企业数（个）', 1412, 1876, 2103, 2388, 2651, 2790]);
  rows.push(['5G基站数（个）', '—', '—', '—', 3120, 12875, 16634]);
  rows.push(['注：“…”表示该年份无此项统计；“—”表示无此项。']);
  await write({ file: 'r21_年份列不连续_省略号破折号.xlsx', sheet: '1-2', layout: 'indicators as rows with units in the label, numeric years 2000/2010/2015/2020/2023/2024 as columns; “…” (not surveyed) and “—” (does not exist) cells; parts indented; note line',
    rows, merges: ['A1:G1'], labelWidth: 30, rowFmt: { 2: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 3: { 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 4: { 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 5: { 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 6: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 7: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 8: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' }, 9: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.00', 6: '0.00' } },
    plant: { cell: 'E7', kind: 'total (地区生产总值 2020)', factor: 1.07 } });
}
// L22 'X' for withheld figures (single-enterprise 大类), subtotals include them
{ setSeed(122);
  const G = [['采矿业', ['煤炭开采和洗选业', '非金属矿采选业']], ['制造业', ['农副食品加工业', '食品制造业', '纺织业', '家具制造业', '医药制造业', '橡胶和塑料制品业', '非金属矿物制品业', '金属制品业', '通用设备制造业', '电气机械和器材制造业']], ['电力、热力、燃气及水生产和供应业', ['电力、热力生产和供应业', '水的生产和供应业']]];
  const wh = new Set(['非金属矿采选业', '家具制造业', '医药制造业', '水的生产和供应业']);
  const mk = n => { const e = wh.has(n) ? ri(1, 2) : ri(3, 60); const o = e * ri(3000, 42000); const rv = Math.round(o * rf(0.93, 1.02)); const pf = Math.round(rv * rf(-0.02, 0.08)); return { n, e, o, rv, pf }; };
  const ag = (n, a) => ({ n, e: sum(a.map(x => x.e)), o: sum(a.map(x => x.o)), rv: sum(a.map(x => x.rv)), pf: sum(a.map(x => x.pf)) });
  const line = (x, pre) => [pre + x.n, x.e, ...(wh.has(x.n) ? ['X', 'X', 'X'] : [x.o, x.rv, x.pf])];
  const body = []; const gs = [];
  for (const [gn, ds] of G) { const xs = ds.map(mk); const Gg = ag(gn, xs); gs.push(Gg); body.push(line(Gg, ''), ...xs.map(x => line(x, S))); }
  const rows = [['表12-4  规模以上工业企业主要指标（按行业分）（2024年）'], ['单位：个、万元'], ['行业', '企业单位数', '工业总产值', '营业收入', '利润总额'], line(ag('总计', gs), ''), ...body, ['注：“X”表示涉及单个企业、依法不予公布的数据，已计入合计。']];
  await write({ file: 'r22_X保密数据_计入合计.xlsx', sheet: '12-4', layout: 'industries with withheld figures shown as “X” (one per 门类 at least; both in 制造业), subtotals and 总计 include them; unit line 单位：个、万元; note', rows, merges: ['A1:E1'], labelWidth: 36,
    plant: { cell: 'C4', kind: 'total (总计 工业总产值)', factor: 1.07 } });
}
// L23 续表: the table continues after a blank row under a 续表 title and a repeated header; 全县 at the top sums both parts
{ setSeed(123);
  const names = ['城厢镇', '东门镇', '西门镇', '南门镇', '北门镇', '大桥镇', '小桥镇', '石桥镇', '新桥镇', '河西乡', '河东乡', '山前乡', '山后乡', '林场乡', '湖滨乡', '双龙乡', '金鸡乡', '凤凰乡'];
  const d = names.map(n => { const h = ri(3000, 16000); const p = Math.round(h * rf(2.3, 3.1)); const u = Math.round(p * rf(0.15, 0.7)); return { n, h, p, u }; });
  const T = { n: '全县', h: sum(d.map(x => x.h)), p: sum(d.map(x => x.p)), u: sum(d.map(x => x.u)) };
  const line = x => [x.n, x.h, x.p, x.u];
  const hdr = ['乡镇', '户数（户）', '户籍人口（人）', '#城镇人口（人）'];
  const rows = [['表2-3  各乡镇户数和人口（2024年末）'], hdr, line(T), ...d.slice(0, 10).map(line), [], ['表2-3  续表'], hdr, ...d.slice(10).map(line)];
  await write({ file: 'r23_续表_重复表头.xlsx', sheet: '2-3', layout: 'printed 续表: 全县 + 10 towns, blank row, 「表2-3 续表」 title row, repeated header, 8 more towns; the total at the top sums both parts', rows, merges: ['A1:D1', 'A15:D15'],
    plant: { cell: 'C3', kind: 'total (全县 户籍人口)', factor: 1.07 } });
}
// L24 行政区划代码 column left of the names; area with 2 decimals; density
{ setSeed(124);
  const d = [['340102', '瑶海区'], ['340103', '庐阳区'], ['340104', '蜀山区'], ['340111', '包河区'], ['340121', '长丰县'], ['340122', '肥东县'], ['340123', '肥西县'], ['340124', '庐江县'], ['340181', '巢湖市']].map(([c, n]) => { const a = ri(14000, 235000); const p = Math.round(a / 100 * rf(250, 3900)); return { c, n, a, p }; });
  const T = { c: '340100', n: '全市', a: sum(d.map(x => x.a)), p: sum(d.map(x => x.p)) };
  const line = x => [Number(x.c), x.n, x.a / 100, x.p, r(x.p / (x.a / 100))];
  const rows = [['表1-3  行政区划、土地面积和人口密度（2024年末）'], ['行政区划代码', '地区', '土地面积\n（平方公里）', '户籍人口\n（人）', '人口密度\n（人/平方公里）'], line(T), ...d.map(line)];
  await write({ file: 'r24_区划代码列_数字.xlsx', sheet: '1-3', layout: '行政区划代码 column typed as numbers (340100 for 全市, 3401xx for districts) left of the names; area km² with 2 dec (exact); density', rows, merges: ['A1:E1'], labelCol: 1, widths: [14],
    fmt: { 0: '0', 2: '0.00', 4: '0' }, plant: { cell: 'D3', kind: 'total (全市 户籍人口)', factor: 1.07 } });
}
// L25 位次 (rank) columns after values and growth; 全省 top with 位次 blank
{ setSeed(125);
  const names = ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市'];
  const d = names.map(n => { const pop = ri(1300000, 5400000); const cur = pop * rf(5e4, 1.3e5); const gr = r(rf(2.1, 6.8), 1); return { n, pop, cur, gr }; });
  const rank = (arr, k) => arr.map(x => 1 + arr.filter(y => y[k] > x[k]).length);
  const d2 = d.map(x => ({ ...x, gdp: r(x.cur / 1e8, 2), pc: r(x.cur / x.pop) }));
  const rk1 = rank(d2, 'gdp'), rk2 = rank(d2, 'gr'), rk3 = rank(d2, 'pc');
  const Tc = sum(d.map(x => x.cur)), Tp = sum(d.map(x => x.pop)); const Tgr = r(sum(d.map(x => x.cur * x.gr)) / Tc, 1);
  const rows = [['表3-9  各市地区生产总值及位次（2024年）'], ['地区', '地区生产总值\n（亿元）', '位次', '比上年增长\n（%）', '位次', '人均地区生产总值\n（元）', '位次'], ['全省', r(Tc / 1e8, 2), null, Tgr, null, r(Tc / Tp), null],
    ...d2.map((x, k) => [x.n, x.gdp, rk1[k], x.gr, rk2[k], x.pc, rk3[k]])];
  await write({ file: 'r25_位次列.xlsx', sheet: '3-9', layout: 'cities with three 位次 (rank) columns, each after its figure; ties share a rank; 全省 top with rank cells empty', rows, merges: ['A1:G1'],
    fmt: { 1: '0.00', 3: '0.0', 5: '0' }, plant: { cell: 'B3', kind: 'total (全省 GDP)', factor: 1.07 } });
}
// L26 notifiable diseases: rates per 100,000 (1/10万), subtotal groups, zeros
{ setSeed(126);
  const POP = 9234567;
  const A_ = [['鼠疫', 0, 0], ['霍乱', 0, 0]];
  const B_ = [['病毒性肝炎', ri(2500, 5200), ri(0, 6)], ['肺结核', ri(2200, 4000), ri(3, 20)], ['梅毒', ri(1500, 3000), ri(0, 2)], ['淋病', ri(400, 900), 0], ['细菌性和阿米巴性痢疾', ri(50, 300), 0], ['猩红热', ri(100, 700), 0], ['布鲁氏菌病', ri(10, 200), 0], ['艾滋病', ri(80, 300), ri(20, 60)], ['其他乙类传染病', ri(50, 300), ri(0, 3)]];
  const C_ = [['流行性感冒', ri(30000, 90000), ri(0, 3)], ['手足口病', ri(3000, 12000), 0], ['其他感染性腹泻病', ri(5000, 15000), 0], ['流行性腮腺炎', ri(300, 1200), 0], ['其他丙类传染病', ri(100, 900), 0]];
  const line = (n, c, dd) => [n, c, r(c / POP * 1e5, 2), dd, r(dd / POP * 1e5, 2)];
  const tot = a => [sum(a.map(x => x[1])), sum(a.map(x => x[2]))];
  const AB = [...A_, ...B_];
  const rows = [['表13-9  法定报告传染病发病和死亡情况（2024年）'], ['病名', '发病数\n（例）', '发病率\n（1/10万）', '死亡数\n（人）', '死亡率\n（1/10万）'], line('总计', ...tot([...AB, ...C_])),
    line('甲、乙类传染病', ...tot(AB)), ...AB.map(x => line(S + x[0], x[1], x[2])), line('丙类传染病', ...tot(C_)), ...C_.map(x => line(S + x[0], x[1], x[2]))];
  await write({ file: 'r26_每十万发病率_零行.xlsx', sheet: '13-9', layout: 'disease groups (甲、乙类 / 丙类) as subtotals under 总计, rates per 100,000 (1/10万) on an unshown population, rows of zeros (鼠疫, 霍乱)', rows, merges: ['A1:E1'],
    fmt: { 2: '0.00', 4: '0.00' }, plant: { cell: 'B4', kind: 'subtotal (甲、乙类 发病数)', factor: 1.07 } });
}
// L27 每万人口 columns from 万人 population
{ setSeed(127);
  const names = ['武侯区', '锦江区', '青羊区', '金牛区', '成华区', '龙泉驿区', '青白江区', '新都区', '温江区', '双流区', '郫都区', '新津区'];
  const d = names.map(n => { const p = ri(380000, 2200000); const s = Math.round(p / 1e4 * rf(70, 190)); const pt = Math.round(p / 1e4 * rf(18, 160)); return { n, p, s, pt }; });
  const T = { n: '合计', p: sum(d.map(x => x.p)), s: sum(d.map(x => x.s)), pt: sum(d.map(x => x.pt)) };
  const line = x => [x.n, r(x.p / 1e4, 2), x.s, r(x.s / (x.p / 1e4), 1), x.pt, r(x.pt / (x.p / 1e4), 1)];
  const rows = [['表20-3  各区卫生技术人员和发明专利拥有量（2024年）'], ['地区', '年末常住人口\n（万人）', '卫生技术人员\n（人）', '每万人口卫生技术人员\n（人）', '有效发明专利\n（件）', '每万人口发明专利拥有量\n（件）'], line(T), ...d.map(line)];
  await write({ file: 'r27_每万人口_合计在顶.xlsx', sheet: '20-3', layout: '合计 at top; population in 万人; two 每万人口 columns (count ÷ 万人, 1 dec)', rows, merges: ['A1:F1'],
    fmt: { 1: '0.00', 3: '0.0', 5: '0.0' }, plant: { cell: 'F9', kind: 'rate (每万人口发明专利)', factor: 1.1 } });
}
// L28 grain: two breakdowns of one total (by season, by variety) under section rows, nested by spaces
{ setSeed(128);
  const er = ri(20000, 60000), lr = ri(80000, 260000), wh = ri(150000, 400000), co = ri(100000, 380000), og = ri(2000, 12000), be = ri(10000, 60000), tu = ri(8000, 40000);
  const yld = { er: rf(5.6, 6.4), lr: rf(7.5, 8.8), wh: rf(5.5, 6.6), co: rf(6.2, 7.8), og: rf(3.5, 5), be: rf(1.8, 2.6), tu: rf(4, 6) };
  const t = k => Math.round({ er, lr, wh, co, og, be, tu }[k] * yld[k]);
  const ha = { er, lr, wh, co, og, be, tu }; const tn = Object.fromEntries(Object.keys(ha).map(k => [k, t(k)]));
  const be1 = Math.round(be * 0.2), tu1 = Math.round(tu * 0.35); const be1t = Math.round(tn.be * 0.2), tu1t = Math.round(tn.tu * 0.35);
  const sa = wh + og + be1 + tu1, st = tn.wh + tn.og + be1t + tu1t;
  const TA = sum(Object.values(ha)), TT = sum(Object.values(tn));
  const line = (n, a, tt) => [n, a, tt, r(tt * 1000 / a)];
  const rows = [['表7-3  粮食播种面积和产量（2024年）'], ['项目', '播种面积\n（公顷）', '产量\n（吨）', '单位面积产量\n（公斤/公顷）'], line('粮食作物', TA, TT), [S + '按收获季节分'],
    line(S + S + '夏粮', sa, st), line(S + S + '早稻', er, tn.er), line(S + S + '秋粮', TA - sa - er, TT - st - tn.er), [S + '按作物品种分'],
    line(S + S + '谷物', er + lr + wh + co + og, tn.er + tn.lr + tn.wh + tn.co + tn.og), line(S + S + S + '稻谷', er + lr, tn.er + tn.lr), line(S + S + S + '小麦', wh, tn.wh), line(S + S + S + '玉米', co, tn.co), line(S + S + S + '其他谷物', og, tn.og),
    line(S + S + '豆类', be, tn.be), line(S + S + '薯类', tu, tn.tu)];
  await write({ file: 'r28_粮食两种分组_季节与品种.xlsx', sheet: '7-3', layout: 'one total (粮食作物) broken down twice, by season (夏粮/早稻/秋粮) and by variety (谷物›稻谷…, 豆类, 薯类), under indented section rows without figures; 早稻 also inside 稻谷; 单产 ratio column',
    rows, merges: ['A1:D1'], plant: { cell: 'C9', kind: 'subtotal (谷物 产量)', factor: 1.07 } });
}
// L29 final accounts: revenue items and expenditure items side by side, 收入总计 = 支出总计 on the last row
{ setSeed(129);
  const ggys = ri(1800000, 3200000); const fh = ri(80000, 120000), yb = ri(600000, 1200000), zx = ri(150000, 400000); const bz = fh + yb + zx; const zd = ri(100000, 400000), dr = ri(30000, 200000), jz = ri(20000, 120000);
  const IN = ggys + bz + zd + dr + jz;
  const exp = Math.round(IN * rf(0.85, 0.9)); const sj = ri(20000, 60000), hb = ri(50000, 150000), wd = ri(5000, 40000); const nz = IN - exp - sj - hb - wd;
  const rows = [['表8-1  一般公共预算收支决算总表（2024年）'], [null, null, null, '单位：万元'], ['收入项目', '决算数', '支出项目', '决算数'],
    ['一般公共预算收入', ggys, '一般公共预算支出', exp], ['上级补助收入', bz, '上解上级支出', sj], [S + '返还性收入', fh, '债务还本支出', hb], [S + '一般性转移支付收入', yb, '安排预算稳定调节基金', wd], [S + '专项转移支付收入', zx, '年终结转', nz],
    ['债务转贷收入', zd, null, null], ['调入资金', dr, null, null], ['上年结转', jz, null, null], ['收入总计', IN, '支出总计', IN]];
  await write({ file: 'r29_收支决算左右并列.xlsx', sheet: '8-1', layout: 'final-accounts statement: revenue items | amount | expenditure items | amount side by side with different items, 上级补助收入 with three indented parts, 收入总计 = 支出总计 on one last row', rows,
    merges: ['A1:D1'], widths: [24, 12, 24, 12], plant: { cell: 'B12', kind: 'total (收入总计)', factor: 1.07 } });
}
// L30 wages by 登记注册类型, 其他单位 with indented complete components, 万元 from yuan, growth from unshown last year
{ setSeed(130);
  const oth = ['股份合作单位', '联营单位', '有限责任公司', '股份有限公司', '港、澳、台商投资单位', '外商投资单位', '其他内资单位'];
  const mk = n => { const ap = ri(600, 90000); const w = rf(62000, 140000); const yuan = Math.round(ap * w); const lw = w / rf(1.01, 1.09); return { n, ap, yuan, lw }; };
  const ag = (n, a) => ({ n, ap: sum(a.map(x => x.ap)), yuan: sum(a.map(x => x.yuan)), lw: sum(a.map(x => x.lw * x.ap)) / sum(a.map(x => x.ap)) * rf(0.995, 1.005) });
  const gy = mk('国有单位'), jt = mk('城镇集体单位'); const os = oth.map(n => mk(S + S + n)); const O = ag(S + '其他单位', os); gy.n = S + gy.n; jt.n = S + jt.n;
  const T = ag('合计', [gy, jt, O]);
  const line = x => [x.n, x.ap, r(x.yuan / 1e4), r(x.yuan / x.ap), g(x.yuan / x.ap, x.lw)];
  const rows = [['表4-8  城镇非私营单位平均人数和工资（按登记注册类型分）（2024年）'], ['登记注册类型', '平均人数\n（人）', '工资总额\n（万元）', '平均工资\n（元）', '平均工资比上年增长\n（%）'], line(T), line(gy), line(jt), line(O), ...os.map(line)];
  await write({ file: 'r30_登记注册类型_其他单位下分.xlsx', sheet: '4-8', layout: '合计 > 国有 / 城镇集体 / 其他单位 › 7 indented components (complete); 万元 from yuan; 平均工资 = 工资总额 / 平均人数; growth from last year’s unshown wage',
    rows, merges: ['A1:E1'], fmt: { 4: '0.0' }, plant: { cell: 'B6', kind: 'subtotal (其他单位 平均人数)', factor: 1.07 } });
}
saveManifest('3');
})().catch(e => { console.error(e); process.exit(1); });
