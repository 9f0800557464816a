const { setSeed, rnd, ri, rf, r, sum, g, S, COL, write, saveManifest } = require('./lib');
const A = (j, i) => COL(j) + (i + 1);
(async () => {
// L01 industry 门类 with 制造业 大类, code column, no indentation
{ setSeed(101);
  const men = [['A','农、林、牧、渔业'],['B','采矿业'],['C','制造业'],['D','电力、热力、燃气及水生产和供应业'],['E','建筑业'],['F','批发和零售业'],['G','交通运输、仓储和邮政业'],['H','住宿和餐饮业'],['I','信息传输、软件和信息技术服务业'],['J','金融业'],['K','房地产业'],['L','租赁和商务服务业'],['M','科学研究和技术服务业'],['N','水利、环境和公共设施管理业'],['O','居民服务、修理和其他服务业'],['P','教育'],['Q','卫生和社会工作'],['R','文化、体育和娱乐业'],['S','公共管理、社会保障和社会组织']];
  const da = [['13','农副食品加工业'],['14','食品制造业'],['17','纺织业'],['18','纺织服装、服饰业'],['22','造纸和纸制品业'],['26','化学原料和化学制品制造业'],['29','橡胶和塑料制品业'],['30','非金属矿物制品业'],['33','金属制品业'],['34','通用设备制造业'],['35','专用设备制造业'],['36','汽车制造业'],['38','电气机械和器材制造业'],['39','计算机、通信和其他电子设备制造业']];
  const mk = (lo, hi) => { const ap = ri(lo, hi); const ye = Math.round(ap * rf(0.96, 1.05)); const yuan = ap * ri(52000, 168000) + ri(0, 99999); return { ap, ye, yuan }; };
  const line = (code, name, x) => [code, name, x.ye, x.ap, r(x.yuan / 1e4), r(x.yuan / x.ap)];
  const agg = arr => ({ ap: sum(arr.map(x => x.ap)), ye: sum(arr.map(x => x.ye)), yuan: sum(arr.map(x => x.yuan)) });
  const subs = da.map(d => mk(800, 16000));
  const C = agg(subs);
  const ms = men.map(m => m[0] === 'C' ? C : mk(300, 30000));
  const T = agg(ms);
  const rows = [['表4-6  城镇非私营单位从业人员和工资（按行业分）（2024年）'], ['代码', '行业', '年末人数\n（人）', '平均人数\n（人）', '工资总额\n（万元）', '平均工资\n（元）'], line(null, '总计', T)];
  men.forEach((m, k) => { rows.push(line(m[0], m[1], ms[k])); if (m[0] === 'C') da.forEach((d, q) => rows.push(line(d[0], d[1], subs[q]))); });
  const cRow = rows.findIndex(x => x[0] === 'C');
  await write({ file: 'r01_行业门类大类_代码列.xlsx', sheet: '4-6', layout: 'industry 门类 A–S with 制造业 大类 listed under it, code in its own column, no indentation; 万元 from yuan, 平均工资 = 工资总额/平均人数',
    rows, merges: ['A1:F1'], labelCol: 1, widths: [6], fmt: { 4: '0', 5: '0' },
    plant: { cell: A(3, cRow), kind: 'subtotal (制造业 平均人数)', factor: 1.07 } });
}
// L02 规上工业 by 大类 with code prefix in label, indented, 亿元 from 万元, negative profit
{ setSeed(102);
  const groups = [['B  采矿业', [['06', '煤炭开采和洗选业'], ['08', '黑色金属矿采选业'], ['10', '非金属矿采选业']]],
    ['C  制造业', [['13', '农副食品加工业'], ['15', '酒、饮料和精制茶制造业'], ['17', '纺织业'], ['20', '木材加工和木、竹、藤、棕、草制品业'], ['26', '化学原料和化学制品制造业'], ['27', '医药制造业'], ['30', '非金属矿物制品业'], ['31', '黑色金属冶炼和压延加工业'], ['33', '金属制品业'], ['34', '通用设备制造业'], ['36', '汽车制造业'], ['38', '电气机械和器材制造业'], ['39', '计算机、通信和其他电子设备制造业']]],
    ['D  电力、热力、燃气及水生产和供应业', [['44', '电力、热力生产和供应业'], ['45', '燃气生产和供应业'], ['46', '水的生产和供应业']]]];
  const mk = () => { const n = ri(3, 85); const loss = ri(0, Math.floor(n / 3)); const rev = rf(2e4, 4.8e6); const prof = rnd() < 0.12 ? -rf(500, 40000) : rev * rf(0.01, 0.09); const la = loss ? rf(30, 3000) * loss : 0; return { n, loss, rev, prof, la }; };
  const agg = a => ({ n: sum(a.map(x => x.n)), loss: sum(a.map(x => x.loss)), rev: sum(a.map(x => x.rev)), prof: sum(a.map(x => x.prof)), la: sum(a.map(x => x.la)) });
  const line = (lab, x) => [lab, x.n, x.loss, r(x.rev / 1e4, 2), r(x.prof / 1e4, 2), r(x.la / 1e4, 2)];
  const body = []; const gs = [];
  for (const [gname, list] of groups) { const xs = list.map(mk); const G = agg(xs); gs.push(G); body.push(line(gname, G)); list.forEach((d, k) => body.push(line(S + d[0] + ' ' + d[1], xs[k]))); }
  const T = agg(gs);
  const rows = [['表12-3  规模以上工业企业主要经济指标（按行业大类分）（2024年）'], ['行业', '企业单位数\n（个）', '其中：亏损企业\n（个）', '营业收入\n（亿元）', '利润总额\n（亿元）', '亏损企业亏损额\n（亿元）'], line('总计', T), ...body];
  await write({ file: 'r02_规上工业大类_代码在标签.xlsx', sheet: '12-3', layout: '规上工业 by 门类 (letter in label) and 大类 (2-digit code in label, indented), 亿元 2 dec from 万元 (parts round), negative 利润总额 in some 大类, 其中 column 亏损企业',
    rows, merges: ['A1:F1'], labelWidth: 40, fmt: { 3: '0.00', 4: '0.00', 5: '0.00' }, plant: { cell: 'D3', kind: 'total (营业收入 总计)', factor: 1.07 } });
}
// L03 法人单位 总计 then 按登记注册类型分 / 按控股情况分 / 按企业规模分, built from enterprise list
{ setSeed(103);
  const REG = ['国有企业', '集体企业', '股份合作企业', '联营企业', '有限责任公司', '股份有限公司', '私营企业', '其他企业', '港澳台商投资企业', '外商投资企业'];
  const CTL = ['国有控股', '集体控股', '私人控股', '港澳台商控股', '外商控股', '其他'];
  const SZ = ['大型企业', '中型企业', '小型企业', '微型企业'];
  const W = [3, 3, 1, 1, 30, 6, 45, 2, 4, 5];
  const es = [];
  for (let k = 0; k < 900; k++) {
    let t; if (k < 20) t = k % 10; else { let u = rnd() * sum(W); t = 0; while (u > W[t]) { u -= W[t]; t++; } }
    const emp = Math.max(1, Math.round(Math.exp(rf(1.2, 7.4)))); const rev = Math.max(1, Math.round(emp * rf(15, 160)));
    let c; if (t === 0) c = 0; else if (t === 1) c = 1; else if (t === 6) c = 2; else if (t === 8) c = 3; else if (t === 9) c = rnd() < 0.85 ? 4 : 2; else { const u = rnd(); c = u < 0.25 ? 0 : u < 0.32 ? 1 : u < 0.9 ? 2 : 5; }
    const s = emp >= 1000 && rev >= 40000 ? 0 : emp >= 300 && rev >= 2000 ? 1 : emp >= 20 && rev >= 300 ? 2 : 3;
    es.push({ t, c, s, emp, rev });
  }
  const ag = f => { const a = es.filter(f); return [a.length, sum(a.map(x => x.emp)), sum(a.map(x => x.rev))]; };
  const rows = [['表1-4  法人单位基本情况（2024年末）'], ['项目', '单位数\n（个）', '从业人员\n（人）', '营业收入\n（万元）'], ['总计', ...ag(() => true)], ['按登记注册类型分']];
  rows.push([S + '内资企业', ...ag(x => x.t < 8)]);
  for (let t = 0; t < 8; t++) rows.push([S + S + REG[t], ...ag(x => x.t === t)]);
  rows.push([S + REG[8], ...ag(x => x.t === 8)], [S + REG[9], ...ag(x => x.t === 9)]);
  rows.push(['按控股情况分']); CTL.forEach((n, c) => rows.push([S + n, ...ag(x => x.c === c)]));
  rows.push(['按企业规模分']); SZ.forEach((n, s) => rows.push([S + n, ...ag(x => x.s === s)]));
  const ctlFirst = rows.findIndex(x => x[0] === S + '国有控股');
  await write({ file: 'r03_总计_三种分组依次.xlsx', sheet: '1-4', layout: '总计 then three complete breakdowns one after another (按登记注册类型分 with 内资企业 subtotal over 8 sub-rows, 按控股情况分, 按企业规模分), section label rows without figures',
    rows, merges: ['A1:D1'], plant: { cell: A(1, ctlFirst), kind: 'part (国有控股 单位数) in 2nd breakdown', factor: 1.1 } });
}
// L04 health institutions: group label merged down in column A, item in column B; two-row header with 其中 columns
{ setSeed(104);
  const inst = [];
  for (let k = 0; k < 650; k++) {
    const u = rnd(); const cat = u < 0.08 ? 0 : u < 0.93 ? 1 : u < 0.97 ? 2 : 3;
    const beds = cat === 0 ? ri(20, 1500) : cat === 1 ? (rnd() < 0.15 ? ri(10, 120) : 0) : cat === 2 ? ri(0, 60) : 0;
    const staff = cat === 0 ? ri(30, 1900) : cat === 1 ? ri(1, 60) : cat === 2 ? ri(10, 160) : ri(2, 40);
    const doc = Math.round(staff * rf(0.3, 0.45)); const nur = Math.round(staff * rf(0.3, 0.5));
    const urban = rnd() < 0.45; const pub = cat === 2 ? true : rnd() < (cat === 0 ? 0.4 : 0.55);
    const host = pub ? 0 : (rnd() < 0.3 ? 1 : 2); const profit = pub ? false : rnd() < 0.7;
    inst.push({ cat, urban, pub, host, profit, beds, staff, doc, nur });
  }
  const ag = f => { const a = inst.filter(f); return [a.length, sum(a.map(x => x.beds)), sum(a.map(x => x.staff)), sum(a.map(x => x.doc)), sum(a.map(x => x.nur))]; };
  const rows = [['表13-1  卫生机构、床位及人员数（2024年）'], ['分组', '项目', '机构数\n（个）', '床位数\n（张）', '卫生技术人员（人）', null, null], [null, null, null, null, '合计', '其中：执业（助理）医师', '注册护士'], ['总计', null, ...ag(() => true)]];
  const groups = [['按机构类别分', ['医院', '基层医疗卫生机构', '专业公共卫生机构', '其他卫生机构'], (x, k) => x.cat === k],
    ['按城乡分', ['城市', '农村'], (x, k) => x.urban === (k === 0)],
    ['按登记注册类型分', ['公立', '民营'], (x, k) => x.pub === (k === 0)],
    ['按主办单位分', ['政府办', '社会办', '个人办'], (x, k) => x.host === k],
    ['按管理类别分', ['非营利性', '营利性'], (x, k) => x.profit === (k === 1)]];
  const merges = ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'A4:B4'];
  for (const [gn, items, f] of groups) { const start = rows.length; items.forEach((it, k) => rows.push([k === 0 ? gn : null, it, ...ag(x => f(x, k))])); merges.push(`A${start + 1}:A${rows.length}`); }
  await write({ file: 'r04_分组列纵向合并_五种分组.xlsx', sheet: '13-1', layout: '总计 then five breakdowns, group name in column A merged down over its items in column B; header with 卫生技术人员 over 合计 / 其中：执业医师 / 注册护士',
    rows, merges, labelCol: 1, widths: [16, 20], plant: { cell: 'E4', kind: 'total (卫生技术人员 合计 总计)', factor: 1.07 } });
}
// L05 retail by district, total 全市 at bottom, footnote marks in labels, note and source lines, 其中 column with its own growth
{ setSeed(105);
  const names = ['越秀区', '海珠区', '荔湾区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'];
  const d = names.map(n => { const cur = rf(1.2e6, 2.6e7); const last = cur / rf(0.95, 1.12); const q = cur * rf(0.25, 0.6); const ql = q / rf(0.9, 1.15); return { n, cur, last, q, ql }; });
  d.push({ n: '空港经济区①', cur: 8.42e5, last: 7.91e5, q: 3.11e5, ql: 2.87e5 });
  const T = { n: '全市', cur: sum(d.map(x => x.cur)), last: sum(d.map(x => x.last)), q: sum(d.map(x => x.q)), ql: sum(d.map(x => x.ql)) };
  const line = x => [x.n, r(x.cur / 1e4, 2), g(x.cur, x.last), r(x.q / 1e4, 2), g(x.q, x.ql)];
  const rows = [['表14-2  各区社会消费品零售总额（2024年）'], ['地区', '社会消费品零售总额\n（亿元）', '比上年增长\n（%）', '#限额以上单位\n消费品零售额（亿元）', '比上年增长\n（%）'], ...d.map(line), line(T),
    ['注：①空港经济区数据为托管区域数据，不含在所在区数据中。'], ['　　增长速度按可比口径计算。'], ['资料来源：市统计局。']];
  await write({ file: 'r05_全市在底_脚注来源行.xlsx', sheet: '14-2', layout: 'districts then 全市 at the bottom; footnote mark ① in a label; note lines and a 资料来源 line under the table; # 其中 column with its own growth column', rows, merges: ['A1:E1'],
    fmt: { 1: '0.00', 2: '0.0', 3: '0.00', 4: '0.0' }, plant: { cell: 'B15', kind: 'total (全市 at bottom)', factor: 1.07 } });
}
// L06 fiscal years 2019年–2024年 as rows, tax share, growth vs previous row (2018 hidden)
{ setSeed(106);
  let tax = 812345, non = 301276; let prevTot = tax + non; const rows = [['表8-2  一般公共预算收支（2019—2024年）'], ['单位：万元'], ['年份', '一般公共预算收入', '税收收入', '非税收入', '税收收入占比（%）', '收入比上年增长（%）', '一般公共预算支出']];
  for (let y = 2019; y <= 2024; y++) { tax = Math.round(tax * rf(0.93, 1.12)); non = Math.round(non * rf(0.85, 1.2)); const tot = tax + non; const exp = Math.round(tot * rf(1.6, 2.3)); rows.push([y + '年', tot, tax, non, r(tax / tot * 100, 1), g(tot, prevTot), exp]); prevTot = tot; }
  await write({ file: 'r06_年份行_税收占比_逐年增长.xlsx', sheet: '8-2', layout: 'years 2019年–2024年 as text row labels, unit line above header, 收入 = 税收 + 非税, 税收占比, growth over the previous row (first from an unshown 2018)', rows, merges: ['A1:G1'],
    fmt: { 4: '0.0', 5: '0.0' }, plant: { cell: 'E8', kind: 'rate (税收收入占比 2023年)', factor: 1.07 } });
}
// L07 三次产业构成 by year: GDP = 100, parts from unrounded, 其中 工业
{ setSeed(107);
  const rows = [['表3-3  地区生产总值构成（地区生产总值=100）'], ['单位：%'], ['年份', '地区生产总值', '第一产业', '第二产业', '#工业', '第三产业']];
  let a = 512.3, b = 2610.7, c = 2702.4; let sums = [];
  for (let y = 2019; y <= 2024; y++) { a *= rf(1.0, 1.06); b *= rf(0.97, 1.08); c *= rf(1.03, 1.1); const T = a + b + c; const ind = b * rf(0.78, 0.86);
    const row = [y, 100, r(a / T * 100, 1), r(b / T * 100, 1), r(ind / T * 100, 1), r(c / T * 100, 1)]; sums.push(r(row[2] + row[3] + row[5], 1)); rows.push(row); }
  await write({ file: 'r07_构成年份行_GDP为100.xlsx', sheet: '3-3', layout: 'composition (%) by year, numeric years as rows, GDP column = 100.0, three parts rounded separately (row sums ' + sums.join('/') + '), # 工业 part of 第二产业', rows, merges: ['A1:F1'],
    fmt: { 1: '0.0', 2: '0.0', 3: '0.0', 4: '0.0', 5: '0.0' }, plant: { cell: 'D6', kind: 'share (第二产业 2021)', factor: 1.1 } });
}
// L08 GDP index, two groups 上年=100 and 2019=100
{ setSeed(108);
  let w = [0.085, 0.42, 0.495]; const rows = [['表3-2  地区生产总值指数'], ['年份', '上年=100', null, null, null, null, '2019年=100', null, null, null, null], [null, '地区生产总值', '第一产业', '第二产业', '第三产业', '人均地区生产总值', '地区生产总值', '第一产业', '第二产业', '第三产业', '人均地区生产总值']];
  let cum = [1, 1, 1, 1, 1];
  for (let y = 2019; y <= 2024; y++) { const s = [rf(1.01, 1.05), rf(0.96, 1.09), rf(1.02, 1.09)]; if (y === 2020) { s[1] = 0.985; s[2] = 1.012; } const G = sum(s.map((x, k) => x * w[k])); const pop = rf(1.002, 1.009); const pc = G / pop; const ch = [G, ...s, pc];
    if (y > 2019) cum = cum.map((c, k) => c * ch[k]);
    rows.push([y, ...ch.map(x => r(x * 100, 1)), ...cum.map(x => r(x * 100, 1))]); }
  await write({ file: 'r08_指数_上年为100与2019为100.xlsx', sheet: '3-2', layout: 'index table, two groups (上年=100 | 2019年=100) each over GDP, three sectors and 人均; numeric years as rows; nothing adds up', rows,
    merges: ['A1:K1', 'A2:A3', 'B2:F2', 'G2:K2'], fmt: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(k => [k, '0.0'])), plant: { cell: 'G8', kind: 'index (2019年=100 block, GDP 2023)', factor: 1.07 } });
}
// L09 绝对数 (万人) and 构成 (%) by year
{ setSeed(109);
  const rows = [['表4-1  从业人员及构成'], ['年份', '从业人员（万人）', null, null, null, '构成（%）', null, null], [null, '合计', '第一产业', '第二产业', '第三产业', '第一产业', '第二产业', '第三产业']];
  let p = [812345, 1512233, 1698762];
  for (let y = 2019; y <= 2024; y++) { p = [Math.round(p[0] * rf(0.93, 0.99)), Math.round(p[1] * rf(0.97, 1.02)), Math.round(p[2] * rf(1.01, 1.05))]; const T = sum(p);
    rows.push([y + '年', r(T / 1e4, 2), ...p.map(x => r(x / 1e4, 2)), ...p.map(x => r(x / T * 100, 1))]); }
  await write({ file: 'r09_绝对数与构成并列.xlsx', sheet: '4-1', layout: '绝对数 (万人, 2 dec from persons) and 构成 (%) blocks side by side under merged headers, years as rows', rows,
    merges: ['A1:H1', 'A2:A3', 'B2:E2', 'F2:H2'], fmt: { 1: '0.00', 2: '0.00', 3: '0.00', 4: '0.00', 5: '0.0', 6: '0.0', 7: '0.0' }, plant: { cell: 'B7', kind: 'total (合计 2022年)', factor: 1.07 } });
}
saveManifest('1');
})().catch(e => { console.error(e); process.exit(1); });
