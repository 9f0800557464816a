const { setSeed, u, ui, rd, g, sum, writeBook } = require('./lib');
const T = [];
const CT = ['临河区', '东山区', '青阳县', '石门县', '安平县', '龙泉市', '清溪县', '白水县'];
const SP = '　';
function item(s0, gr) { return { s: s0, e: s0 * (1 + gr) }; }
function addItems(...xs) { return { s: sum(xs.map(x => x.s)), e: sum(xs.map(x => x.e)) }; }
const Y = '2023年', P = '2022年';

// 15 银行业金融机构分类型
T.push(() => {
  const ty = ['政策性银行', '大型商业银行', '股份制商业银行', '城市商业银行', '农村商业银行', '村镇银行', '邮政储蓄银行', '外资银行'];
  const d = ty.map((n, i) => { const k = [.3, 3, 1.2, 1.5, 2.2, .4, 1, .05][i]; return { n, org: Math.max(1, Math.round(k * u(30, 60))), emp: Math.round(k * u(1500, 2600)), dep: k * u(180, 260), loan: k * u(150, 280) }; });
  const t = { n: '合　计', org: sum(d.map(x => x.org)), emp: sum(d.map(x => x.emp)), dep: sum(d.map(x => x.dep)), loan: sum(d.map(x => x.loan)) };
  const R = x => [x.n, x.org, x.emp, rd(x.dep, 2), rd(x.loan, 2)];
  return { file: '15_银行业机构分类型.xlsx', plant: [0, 0, 4], sheets: [{ name: '银行业', title: '银行业金融机构基本情况（2023年末）', unit: null,
    head: [['机构类型', '营业网点（个）', '从业人员（人）', '各项存款余额（亿元）', '各项贷款余额（亿元）']], dec: [null, 0, 0, 2, 2], rows: [R(t), ...d.map(R)] }] };
});

// 16 季度累计财政
T.push(() => {
  const q = k => { const c = [], p = []; let cc = 0, pp = 0; for (let i = 0; i < 4; i++) { const pq = k * u(.2, .3), cq = pq * (1 + u(-.05, .12)); pp += pq; cc += cq; c.push(cc); p.push(pp); } return { c, p }; };
  const inc = q(1300000), tax = { c: inc.c.map(x => x * u(.68, .74)), p: inc.p.map(x => x * u(.68, .74)) }, exp = q(3200000);
  const R = (n, x) => [n, ...[0, 1, 2, 3].flatMap(i => [rd(x.c[i]), g(x.c[i], x.p[i])])];
  return { file: '16_财政收支分季累计.xlsx', plant: [0, 0, 7], sheets: [{ name: '分季', title: '2023年财政收支累计情况', unit: '单位：万元、%',
    head: [['指　标', '1-3月', null, '1-6月', null, '1-9月', null, '1-12月', null], [null, '累计', '增长', '累计', '增长', '累计', '增长', '累计', '增长']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 0, 6], [0, 7, 0, 8]], dec: [null, 0, 1, 0, 1, 0, 1, 0, 1],
    rows: [R('一般公共预算收入', inc), R(SP + '其中：税收收入', tax), R('一般公共预算支出', exp)] }] };
});

// 17 住户存款分县（合计在底部）
T.push(() => {
  const d = CT.map(a => { const s = u(120, 520); return { a, s, e: s * (1 + u(-.04, .16)) }; });
  const t = { a: '合　计', s: sum(d.map(x => x.s)), e: sum(d.map(x => x.e)) };
  const R = x => [x.a, rd(x.e, 2), rd(x.s, 2), rd(x.e - x.s, 2), g(x.e, x.s)];
  return { file: '17_住户存款分县.xlsx', plant: [0, 8, 3], sheets: [{ name: '住户存款', title: '各县（市、区）住户存款情况', unit: '单位：亿元',
    head: [['地　区', '年末余额', '年初余额', '比年初增加', '比年初增长（%）']], dec: [null, 2, 2, 2, 1], rows: [...d.map(R), R(t)] }] };
});

// 18 涉农普惠绿色贷款
T.push(() => {
  const fh = item(u(380, 460), u(.06, .12)), rc = item(u(600, 760), u(.02, .09)), cu = item(u(40, 70), u(-.1, .05));
  const agr = addItems(fh, rc, cu);
  const sm = item(u(300, 380), u(.15, .25)), ih = item(u(220, 280), u(.12, .2)), ow = item(u(130, 170), u(.05, .15));
  const ph = addItems(sm, ih, ow), green = item(u(300, 420), u(.25, .4)), mfg = item(u(160, 220), u(.2, .35));
  const R = (n, x) => [n, rd(x.e, 2), rd(x.e - x.s, 2), g(x.e, x.s)];
  return { file: '18_重点领域贷款.xlsx', plant: [0, 3, 1], sheets: [{ name: '重点领域', title: '金融机构重点领域贷款情况', unit: '单位：亿元',
    head: [['项　目', '年末余额', '比年初增加', '同比增长（%）']], dec: [null, 2, 2, 1],
    rows: [R('涉农贷款', agr), R(SP + '其中：农户贷款', fh), R(SP + SP + SP + '农村企业及各类组织贷款', rc), R('普惠小微贷款', ph), R(SP + '其中：单户授信1000万元及以下小微企业贷款', sm), R(SP + SP + SP + '个体工商户经营性贷款', ih),
      R(SP + SP + SP + '小微企业主经营性贷款', ow), R('绿色贷款', green), R('制造业中长期贷款', mfg)],
    notes: ['注：涉农贷款、普惠小微贷款、绿色贷款与各项贷款存在交叉，不能相加。'] }] };
});

// 19 保险公司市场份额
T.push(() => {
  const co = ['中国人寿', '中国平安', '中国人保', '太平洋保险', '泰康人寿', '新华保险', '太平人寿', '阳光保险', '大地保险', '其他公司'];
  const d = co.map((n, i) => ({ n, v: u(4000, 60000) / (i * .3 + 1) }));
  const t = sum(d.map(x => x.v));
  const rows = d.map((x, i) => [i + 1, x.n, rd(x.v), rd(x.v / t * 100, 1)]);
  rows.push([null, '合　计', rd(t), 100.0]);
  return { file: '19_保险公司市场份额.xlsx', plant: [0, 10, 2], sheets: [{ name: '市场份额', title: '主要保险公司保费收入及市场份额', unit: null,
    head: [['序号', '公司名称', '保费收入（万元）', '市场份额（%）']], dec: [0, null, 0, 1], rows,
    notes: ['注：市场份额按未经四舍五入的数据计算，分项之和与合计可能略有出入。'] }] };
});

// 20 支出分县 其中列
T.push(() => {
  const d = ['市本级', ...CT].map(a => { const tot = u(150000, 700000); const ed = tot * u(.14, .2), ss = tot * u(.12, .18), hl = tot * u(.07, .1), ag = tot * u(.08, .16); return { a, tot, ed, ss, hl, ag, ms: (ed + ss + hl + ag) + tot * u(.12, .2) }; });
  const k = ['tot', 'ed', 'ss', 'hl', 'ag', 'ms']; const t = { a: '全　市' }; k.forEach(x => t[x] = sum(d.map(y => y[x])));
  const R = x => [x.a, ...k.map(y => rd(x[y])), rd(x.ms / x.tot * 100, 1)];
  return { file: '20_支出分县民生.xlsx', plant: [0, 3, 6], sheets: [{ name: '分县支出', title: '各县（市、区）一般公共预算支出及民生支出', unit: '单位：万元',
    head: [['地　区', '一般公共预算支出', '其中', null, null, null, '民生支出', '民生支出占比（%）'], [null, null, '教育', '社会保障和就业', '卫生健康', '农林水', null, null]],
    merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 5], [0, 6, 1, 6], [0, 7, 1, 7]], dec: [null, 0, 0, 0, 0, 0, 0, 1], rows: [R(t), ...d.map(R)] }] };
});

// 21 专利分县 每万人
T.push(() => {
  const d = CT.map(a => { const inv = ui(40, 420), um = ui(600, 2600), de = ui(80, 700); const pop = u(28, 95); return { a, inv, um, de, tot: inv + um + de, own: Math.round(inv * u(4, 9)), pop }; });
  const t = { a: '全　市' }; ['inv', 'um', 'de', 'tot', 'own', 'pop'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, x.tot, x.inv, x.um, x.de, x.own, rd(x.pop, 2), rd(x.own / x.pop, 2)];
  return { file: '21_专利分县.xlsx', plant: [0, 0, 7], sheets: [{ name: '专利分县', title: '各县（市、区）专利授权及拥有情况', unit: null,
    head: [['地　区', '专利授权量（件）', null, null, null, '有效发明专利（件）', '年末常住人口（万人）', '每万人口发明专利拥有量（件）'], [null, '合计', '发明', '实用新型', '外观设计', null, null, null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 4], [0, 5, 1, 5], [0, 6, 1, 6], [0, 7, 1, 7]], dec: [null, 0, 0, 0, 0, 0, 2, 2], rows: [R(t), ...d.map(R)] }] };
});

// 22 政府属研究与开发机构
T.push(() => {
  const lv = ['中央属', '省属', '市属', '县属'];
  const d = lv.map((n, i) => i === 0 ? { n, none: true } : (() => { const o = ui(3, 25); const emp = o * ui(30, 90); const st = Math.round(emp * u(.7, .9)); return { n, o, emp, st, rdp: Math.round(st * u(.5, .8)), rdx: st * u(15, 40), pj: o * ui(5, 30) }; })());
  const rr = d.filter(x => !x.none); const t = { n: '合　计' }; ['o', 'emp', 'st', 'rdp', 'rdx', 'pj'].forEach(k => t[k] = sum(rr.map(x => x[k])));
  const R = x => x.none ? [x.n, '—', '—', '—', '—', '—', '—'] : [x.n, x.o, x.emp, x.st, x.rdp, rd(x.rdx), x.pj];
  return { file: '22_研究与开发机构.xlsx', plant: [0, 0, 2], sheets: [{ name: '科研机构', title: '政府属研究与开发机构基本情况', unit: null,
    head: [['隶属关系', '机构数（个）', '从业人员（人）', '其中：科技活动人员（人）', 'R&D人员（人）', 'R&D经费内部支出（万元）', '课题数（项）']], dec: [null, 0, 0, 0, 0, 0, 0], rows: [R(t), ...d.map(R)] }] };
});

// 23 政府性基金
T.push(() => {
  const land = item(u(900000, 1300000), u(-.35, -.18)), inf = item(u(40000, 80000), u(-.2, .05)), lot = item(u(12000, 20000), u(.05, .2)), oth = item(u(60000, 120000), u(-.1, .3));
  const inc = addItems(land, inf, lot, oth);
  const urb = item(u(700000, 1000000), u(-.3, -.1)), lotx = item(u(10000, 18000), u(-.05, .15)), debt = item(u(80000, 140000), u(.05, .2)), ox = item(u(90000, 200000), u(-.2, .3));
  const ex = addItems(urb, lotx, debt, ox);
  const R = (n, x) => [n, rd(x.e), rd(x.s), g(x.e, x.s)];
  return { file: '23_政府性基金预算.xlsx', plant: [0, 5, 3], sheets: [{ name: '基金', title: '政府性基金预算收支情况', unit: '单位：万元',
    head: [['项　目', Y, P, '增长（%）']], dec: [null, 0, 0, 1],
    rows: [R('政府性基金预算收入', inc), R(SP + '其中：国有土地使用权出让收入', land), R(SP + SP + SP + '城市基础设施配套费收入', inf), R(SP + SP + SP + '彩票公益金收入', lot),
      R('政府性基金预算支出', ex), R(SP + '其中：城乡社区支出', urb), R(SP + SP + SP + '彩票公益金安排的支出', lotx), R(SP + SP + SP + '债务付息支出', debt)] }] };
});

// 24 证券期货 带单位列
T.push(() => {
  const lc = { c: ui(40, 70) }; lc.p = lc.c - ui(1, 6); const dom = { c: lc.c - 7, p: lc.p - 7 };
  const mv = item(u(4000, 7000), u(-.15, .1));
  const st = item(u(18000, 30000), u(-.2, .05)), fu = item(u(1500, 3000), u(.1, .4)), bd = item(u(5000, 9000), u(.05, .3));
  const sec = addItems(st, fu, bd), fut = item(u(20000, 40000), u(-.1, .2));
  const R = (n, un, x, d = 2) => [n, un, rd(x.e, d), rd(x.s, d), g(x.e, x.s)];
  return { file: '24_证券期货市场.xlsx', plant: [0, 3, 2], sheets: [{ name: '证券', title: '证券期货市场主要指标', unit: null,
    head: [['指　标', '单位', Y, P, '增长（%）']], dec: [null, null, 2, 2, 1],
    rows: [[`境内外上市公司`, '家', lc.c, lc.p, g(lc.c, lc.p)], [SP + '其中：境内上市公司', '家', dom.c, dom.p, g(dom.c, dom.p)], R('上市公司总市值', '亿元', mv), R('证券交易额', '亿元', sec),
      R(SP + '股票', '亿元', st), R(SP + '基金', '亿元', fu), R(SP + '债券', '亿元', bd), R('期货交易额', '亿元', fut)] }] };
});

// 25 结售汇分季
T.push(() => {
  const qs = ['一季度', '二季度', '三季度', '四季度'].map(n => { const js = u(18, 32), sh = u(14, 34), ri = u(40, 60), pa = u(38, 62); return { n, js, sh, ri, pa }; });
  const t = { n: '全　年' }; ['js', 'sh', 'ri', 'pa'].forEach(k => t[k] = sum(qs.map(x => x[k])));
  const R = x => [x.n, rd(x.js, 2), rd(x.sh, 2), rd(x.js - x.sh, 2), rd(x.ri, 2), rd(x.pa, 2), rd(x.ri - x.pa, 2)];
  return { file: '25_结售汇与涉外收支.xlsx', plant: [0, 0, 1], sheets: [{ name: '结售汇', title: '银行结售汇及涉外收支情况（2023年）', unit: '单位：亿美元',
    head: [['时　间', '银行结售汇', null, null, '涉外收付款', null, null], [null, '结汇', '售汇', '顺差（逆差以“-”表示）', '收入', '支出', '差额']],
    merges: [[0, 0, 1, 0], [0, 1, 0, 3], [0, 4, 0, 6]], dec: [null, 2, 2, 2, 2, 2, 2], rows: [R(t), ...qs.map(R)] }] };
});

// 26 支出预算完成
T.push(() => {
  const fn = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '社会保障和就业支出', '卫生健康支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出', '其他支出'];
  const d = fn.map(n => { const b = u(20000, 400000); return { n, b, a: b * u(.85, 1.15), p: b * u(.8, 1.1) }; });
  const t = { n: '支出合计', b: sum(d.map(x => x.b)), a: sum(d.map(x => x.a)), p: sum(d.map(x => x.p)) };
  const R = x => [x.n, rd(x.b), rd(x.a), rd(x.a / x.b * 100, 1), rd(x.p), g(x.a, x.p)];
  return { file: '26_支出预算完成情况.xlsx', plant: [0, 0, 3], sheets: [{ name: '预算完成', title: '2023年一般公共预算支出完成情况', unit: '单位：万元',
    head: [['项　目', '调整预算数', '决算数', '完成调整预算（%）', '上年决算数', '比上年增长（%）']], dec: [null, 0, 0, 1, 0, 1], rows: [R(t), ...d.map(R)] }] };
});

// 27 转置 县为列
T.push(() => {
  const ar = ['市本级', ...CT.slice(0, 6)];
  const d = ar.map(a => { const inc = u(50000, 400000); return { inc, tax: inc * u(.6, .8), exp: inc * u(1.5, 3.5), fund: u(20000, 300000) }; });
  const t = {}; ['inc', 'tax', 'exp', 'fund'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const all = [t, ...d];
  return { file: '27_财政分县转置.xlsx', plant: [0, 0, 1], sheets: [{ name: '分县', title: '各县（市、区）财政主要指标', unit: '单位：万元',
    head: [['指　标', '全市', ...ar]], dec: [null, 0, 0, 0, 0, 0, 0, 0, 0],
    rows: [['一般公共预算收入', ...all.map(x => rd(x.inc))], [SP + '其中：税收收入', ...all.map(x => rd(x.tax))], ['一般公共预算支出', ...all.map(x => rd(x.exp))], ['政府性基金预算收入', ...all.map(x => rd(x.fund))]],
    notes: ['注：税收占比等相对指标见上表。'] }] };
});

// 28 序号列 合计在底部
T.push(() => {
  const d = CT.map(a => { const dep = u(200, 800), ln = u(150, 700); return { a, dep, hh: dep * u(.5, .75), ln, ag: ln * u(.3, .55) }; });
  const t = { a: '合计' }; ['dep', 'hh', 'ln', 'ag'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const rows = d.map((x, i) => [i + 1, x.a, rd(x.dep, 2), rd(x.hh, 2), rd(x.ln, 2), rd(x.ag, 2)]);
  rows.push([null, t.a, rd(t.dep, 2), rd(t.hh, 2), rd(t.ln, 2), rd(t.ag, 2)]);
  return { file: '28_县域存贷款序号.xlsx', plant: [0, 8, 4], sheets: [{ name: 'Sheet1', title: '县域金融机构存贷款余额（2023年末）', unit: '单位：亿元', unitRight: true,
    head: [['序号', '县（市、区）', '各项存款余额', '其中：住户存款', '各项贷款余额', '其中：涉农贷款']], dec: [0, null, 2, 2, 2, 2], rows }] };
});

// 29 科技公报 混合单位
T.push(() => {
  const rdx = item(u(110, 150), u(.08, .15)); const gs = u(5200, 6000), gc = gs * 1.055;
  const pt = { s: ui(14000, 18000) }; const inv = { s: ui(900, 1400) }; inv.e = Math.round(inv.s * u(1.05, 1.2)); pt.e = Math.round(pt.s * u(.9, 1.05));
  const hte = { s: ui(700, 1100) }; hte.e = hte.s + ui(50, 200); const tc = item(u(60, 110), u(.15, .4));
  return { file: '29_科技主要指标.xlsx', plant: [0, 2, 2], sheets: [{ name: '科技', title: '科学技术主要指标', unit: null,
    head: [['指　标', '计量单位', Y, P, '增长（%）']], dec: [null, null, 2, 2, 1],
    rows: [['R&D经费内部支出', '亿元', rd(rdx.e, 2), rd(rdx.s, 2), g(rdx.e, rdx.s)], ['R&D经费投入强度', '%', rd(rdx.e / gc * 100, 2), rd(rdx.s / gs * 100, 2), '—'],
      ['专利授权量', '件', pt.e, pt.s, g(pt.e, pt.s)], [SP + '其中：发明专利', '件', inv.e, inv.s, g(inv.e, inv.s)], ['高新技术企业', '家', hte.e, hte.s, g(hte.e, hte.s)],
      ['技术合同成交额', '亿元', rd(tc.e, 2), rd(tc.s, 2), g(tc.e, tc.s)]],
    notes: ['注：R&D经费投入强度比上年提高' + rd(rdx.e / gc * 100 - rdx.s / gs * 100, 2) + '个百分点。'] }] };
});

// 30 人民币存款贷款两张表（贷款双重分组）
T.push(() => {
  const dp = [['住户存款', 3100, .1], ['非金融企业存款', 1300, .05], ['机关团体存款', 650, .03], ['财政性存款', 110, -.15], ['非银行业金融机构存款', 95, .12], ['境外存款', 9, .2]].map(([n, b, r]) => ({ n, ...item(b * u(.9, 1.1), r + u(-.03, .03)) }));
  const dt = addItems(...dp);
  const sh = item(u(1500, 1800), u(.04, .1)), ml = item(u(3400, 3900), u(.08, .13)), bl = item(u(180, 260), u(-.25, .1)), ol = item(u(20, 40), u(0, .2));
  const lt = addItems(sh, ml, bl, ol);
  const hhl = { s: lt.s * .37, e: lt.e * .355 }, nbl = { s: 8.3, e: 9.1 }; const enl = { s: lt.s - hhl.s - nbl.s, e: lt.e - hhl.e - nbl.e };
  const R = (n, x) => [n, rd(x.e, 2), rd(x.e - x.s, 2), g(x.e, x.s)];
  const hd = [['项　目', '12月末余额', '比年初增加', '同比增长（%）']];
  return { file: '30_人民币存贷款双表.xlsx', plant: [1, 0, 1], sheets: [
    { name: '人民币存款', title: '人民币存款情况', unit: '单位：亿元', head: hd, dec: [null, 2, 2, 1], rows: [R('人民币各项存款', dt), ...dp.map(x => R(SP + x.n, x))] },
    { name: '人民币贷款', title: '人民币贷款情况', unit: '单位：亿元', head: hd, dec: [null, 2, 2, 1],
      rows: [R('人民币各项贷款', lt), ['按期限分', null, null, null], R(SP + '短期贷款', sh), R(SP + '中长期贷款', ml), R(SP + '票据融资', bl), R(SP + '其他贷款', ol),
        ['按主体分', null, null, null], R(SP + '住户贷款', hhl), R(SP + '企（事）业单位贷款', enl), R(SP + '非银行业金融机构贷款', nbl)] }] };
});

// 31 孵化器分县
T.push(() => {
  const d = ['市直', ...CT.slice(0, 6)].map(a => { const n = ui(1, 9); return { a, n, nat: Math.max(0, ui(-2, Math.min(3, n))), area: n * u(1.2, 4.5), inc: n * ui(20, 70), gr: ui(3, 40), emp: 0 }; });
  d.forEach(x => x.emp = x.inc * ui(8, 25));
  const t = { a: '全　市' }; ['n', 'nat', 'area', 'inc', 'gr', 'emp'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, x.n, x.nat || '—', rd(x.area, 1), x.inc, x.gr, x.emp];
  return { file: '31_科技企业孵化器.xlsx', plant: [0, 0, 4], sheets: [{ name: '孵化器', title: '科技企业孵化器基本情况', unit: null,
    head: [['地　区', '孵化器数量（个）', '其中：国家级（个）', '孵化场地面积（万平方米）', '在孵企业（家）', '当年毕业企业（家）', '在孵企业从业人员（人）']], dec: [null, 0, 0, 1, 0, 0, 0], rows: [R(t), ...d.map(R)] }] };
});

// 32 农商行不良率
T.push(() => {
  const d = CT.map(a => { const ln = u(60, 260); return { a, dep: ln * u(1.2, 1.8), ln, npl: ln * u(.012, .045) }; });
  const t = { a: '全　市' }; ['dep', 'ln', 'npl'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, rd(x.dep, 2), rd(x.ln, 2), rd(x.npl, 2), rd(x.npl / x.ln * 100, 2), rd(x.ln / x.dep * 100, 1)];
  return { file: '32_农商行分县不良.xlsx', plant: [0, 0, 4], sheets: [{ name: '农商行', title: '农村商业银行分县主要指标（2023年末）', unit: '单位：亿元、%', unitRight: true,
    head: [['地　区', '各项存款', '各项贷款', '不良贷款余额', '不良贷款率', '存贷比']], dec: [null, 2, 2, 2, 2, 1], rows: [R(t), ...d.map(R)] }] };
});

// 33 R&D人员
T.push(() => {
  const d = ['企业', '研究与开发机构', '高等学校', '其他'].map((n, i) => { const p = Math.round([26000, 3200, 4100, 600][i] * u(.9, 1.1)); return { n, p, f: Math.round(p * u(.22, .45)), fte: p * u(.55, .8), res: 0 }; });
  d.forEach(x => x.res = x.fte * u(.35, .7));
  const t = { n: '合　计' }; ['p', 'f', 'fte', 'res'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.n, x.p, x.f, rd(x.f / x.p * 100, 1), rd(x.fte), rd(x.res)];
  return { file: '33_RD人员.xlsx', plant: [0, 0, 4], sheets: [{ name: 'R&D人员', title: 'R&D人员情况（按执行部门分）', unit: null,
    head: [['执行部门', 'R&D人员（人）', '其中：女性（人）', '女性占比（%）', 'R&D人员折合全时当量（人年）', '其中：研究人员（人年）']], dec: [null, 0, 0, 1, 0, 0], rows: [R(t), ...d.map(R)] }] };
});

// 34 保险分县 增长与赔付率
T.push(() => {
  const d = CT.map(a => { const pp = u(30000, 160000), cp = u(10000, 60000); return { a, pp, pc: pp * (1 + u(-.06, .15)), cp, cc: cp * (1 + u(-.15, .3)) }; });
  const t = { a: '全　市' }; ['pp', 'pc', 'cp', 'cc'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, rd(x.pc), g(x.pc, x.pp), rd(x.cc), g(x.cc, x.cp), rd(x.cc / x.pc * 100, 1)];
  return { file: '34_保险分县增长.xlsx', plant: [0, 0, 2], sheets: [{ name: '保险', title: '各县（市、区）保险业务增长情况', unit: '单位：万元、%', unitRight: true,
    head: [['地　区', '保费收入', null, '赔付支出', null, '简单赔付率'], [null, '本年', '增长', '本年', '增长', null]],
    merges: [[0, 0, 1, 0], [0, 1, 0, 2], [0, 3, 0, 4], [0, 5, 1, 5]], dec: [null, 0, 1, 0, 1, 1], rows: [R(t), ...d.map(R)] }] };
});

// 35 政府债务分县
T.push(() => {
  const d = ['市本级', ...CT].map(a => { const lim = u(300000, 1800000); const gen = lim * u(.3, .45), spe = lim * u(.4, .52); return { a, lim, gen, spe, bal: gen + spe }; });
  const t = { a: '全　市' }; ['lim', 'gen', 'spe', 'bal'].forEach(k => t[k] = sum(d.map(x => x[k])));
  const R = x => [x.a, rd(x.lim), rd(x.bal), rd(x.gen), rd(x.spe), rd(x.bal / x.lim * 100, 1)];
  return { file: '35_政府债务分县.xlsx', plant: [0, 0, 2], sheets: [{ name: '债务', title: '地方政府债务限额和余额情况（2023年末）', unit: '单位：万元',
    head: [['地　区', '债务限额', '债务余额', null, null, '余额占限额比重（%）'], [null, null, '合计', '一般债务', '专项债务', null]],
    merges: [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 1, 5]], dec: [null, 0, 0, 0, 0, 1], rows: [R(t), ...d.map(R)] }] };
});

module.exports = T;
