'use strict';
// Writes cases/ (hand-shaped templates, clean + planted twin each) and probe/ (randomised tables).
// node gen.js
const fs = require('fs'), path = require('path');
const { mkRng, Retry, Book, buildTable, writeBook, A, rnd, HDR } = require('./lib');
const HDR2 = HDR;
const { check, cellsOf } = require('./verify');

const DISTRICTS = ['长安区', '桥西区', '新华区', '裕华区', '井陉矿区', '藁城区', '鹿泉区', '栾城区'];
const COUNTIES = ['井陉县', '正定县', '行唐县', '灵寿县', '高邑县', '深泽县', '赞皇县', '无极县', '平山县', '元氏县', '赵县', '辛集市', '晋州市', '新乐市'];
const COUNTIES2 = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县', '兰州新区'];
const COUNTIES3 = ['婺城区', '金东区', '兰溪市', '东阳市', '义乌市', '永康市', '浦江县', '武义县', '磐安县'];
const JD = ['城东街道', '城西街道', '城南街道', '城北街道', '东关街道', '西关街道', '南苑街道', '北苑街道'];
const ZHEN = ['柳林镇', '大河镇', '新城镇', '李家镇', '王庄镇', '石桥镇', '白沙镇', '龙泉镇', '青山镇', '黄土镇', '马坊镇', '双井镇'];
const XIANG = ['北王乡', '小庄乡', '白石乡', '石门乡', '杨树乡', '河西乡', '东岗乡', '桃园乡'];

const leaf = (label, scale, o = {}) => ({ kind: 'leaf', label, scale, ...o });
const agg = (label, children, o = {}) => ({ kind: 'agg', label, children, ...o });
const R = Math.round;

// ---------------- hand-shaped templates ----------------
const T = [];

// T1 就业目标完成 by county, total on top, merged 2-row header
T.push(function t1(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 9).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const inds = [['xz', '城镇新增就业', 3200], ['zjy', '失业人员再就业', 900], ['kn', '就业困难人员就业', 260]];
  const gen = (r, n) => { const o = {}; for (const [k, , base] of inds) { const t = R((base * n.scale * r.u(0.85, 1.15)) / 10) * 10; o[k + '_t'] = t; o[k + '_c'] = R(t * r.u(0.82, 1.28)); } return o; };
  const cols = inds.flatMap(([k, name]) => [{ key: k + '_t', path: [name, '年度目标'] }, { key: k + '_c', path: [name, '累计完成'] }, { kind: 'rate', id: k + '_r', num: k + '_c', den: k + '_t', dec: 1, path: [name, '完成年度目标（%）'] }]);
  const t = buildTable(b, '就业目标完成', { title: '2023年1-11月各县（市、区）就业工作目标任务完成情况', unitLine: '单位：人、%', unitRight: true, rowHead: '县（市、区）', nodes: [tot, ...leaves], cols, gen, notes: ['注：完成年度目标（%）＝累计完成÷年度目标×100。'] }, rng);
  return { book: b, plant: { ref: t.addr(leaves[3], 'xz_c'), kind: 'part' }, note: 'part 累计完成, total-top 2-row header' };
});

// T2 登记失业 rate = un/(emp+un), total bottom, diff column
T.push(function t2(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.3, 2.5)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const emp = R(60000 * n.scale * r.u(0.9, 1.1)); const un = R(emp * r.u(0.022, 0.042)); return { emp, un, pun: R(un * r.u(0.85, 1.15)) }; };
  const derive = (o) => { if (o.un != null && o.pun != null) o.chg = o.un - o.pun; };
  const cols = [
    { key: 'emp', path: ['城镇从业人员'] }, { key: 'un', path: ['城镇登记失业人数'] },
    { kind: 'rate', id: 'rate', num: 'un', den: 'emp', denPlus: 'un', dec: 2, path: ['城镇登记失业率（%）'] },
    { key: 'pun', path: ['上年末登记失业人数'] }, { key: 'chg', path: ['比上年末增减（人）'], rowrel: [['un', 1], ['pun', -1]] },
  ];
  const t = buildTable(b, 'Sheet1', { title: '2023年末各县区城镇登记失业情况', unitLine: '单位：人、%', rowHead: '县区', nodes: [...leaves, tot], cols, gen, derive, notes: ['注：城镇登记失业率＝城镇登记失业人数÷（城镇从业人员＋城镇登记失业人数）×100%。'] }, rng);
  return { book: b, plant: { ref: t.addr(leaves[2], 'rate'), kind: 'rate' }, note: 'rate 登记失业率 (den = emp+un)' };
});

// T3 月报 indicator rows with 计量单位 column, 其中 rows, 万元 row
T.push(function t3(rng) {
  const b = new Book();
  const n1 = leaf('一、城镇新增就业人数', 28000);
  const p1 = { kind: 'part', label: '　　其中：失业人员再就业人数', parent: n1, frac: 0.28 };
  const p2 = { kind: 'part', label: '　　　　　就业困难人员就业人数', parent: n1, frac: 0.09 };
  const n2 = leaf('二、农村劳动力转移就业人数', 52000);
  const p3 = { kind: 'part', label: '　　其中：新增转移就业人数', parent: n2, frac: 0.12 };
  const n3 = leaf('三、补贴性职业技能培训', 15000, { unit: '人次' });
  const n4 = leaf('四、发放创业担保贷款', 1.8e8, { unit: '万元', div: 10000, dec: 2 });
  const n5 = leaf('五、扶持创业人数', 3100);
  const gen = (r, n) => { const c = R(n.scale * r.u(0.8, 1.2)); return { m: R(c * r.u(0.06, 0.11)), c, p: R(c * r.u(0.85, 1.2)) }; };
  const cols = [{ key: 'm', path: ['本月'] }, { key: 'c', path: ['1-11月累计'] }, { key: 'p', path: ['上年同期累计'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['同比增长（%）'] }];
  const t = buildTable(b, '11月', { title: '就业工作主要指标月报', subtitle: '（2023年11月）', unitLine: '填报单位：市人力资源和社会保障局', rowHead: '指　　标', unitCol: true, nodes: [n1, p1, p2, n2, p3, n3, n4, n5], cols, gen, notes: ['注：“—”表示无此项数据。', '填表人：王敏　　审核人：刘建国　　报送日期：2023年12月5日'] }, rng);
  return { book: b, plant: { ref: t.addr(n2, 'g'), kind: 'growth', sign: true }, note: 'growth sign flip, indicator rows' };
});

// T4 参保 stock rows with hierarchy (一、（一）1.), 其中 rows, diff + growth columns
T.push(function t4(rng) {
  const b = new Book();
  const yl1 = leaf('　　其中：在职职工', 420000), yl2 = leaf('　　　　　离退休人员', 150000);
  const yl = agg('一、企业职工基本养老保险参保人数', [yl1, yl2]);
  const jm = leaf('二、城乡居民基本养老保险参保人数', 1.6e6);
  const jm1 = { kind: 'part', label: '　　其中：实际领取待遇人数', parent: jm, frac: 0.27 };
  const zg1 = leaf('　　　　1.在职职工', 380000), zg2 = leaf('　　　　2.退休人员', 140000);
  const zg = agg('　（一）职工基本医疗保险', [zg1, zg2]);
  const jmyb = leaf('　（二）城乡居民基本医疗保险', 2.9e6);
  const yb = agg('三、基本医疗保险参保人数', [zg, jmyb]);
  const sy = leaf('四、失业保险参保人数', 310000), sy1 = { kind: 'part', label: '　　其中：农民工', parent: sy, frac: 0.18 };
  const gs = leaf('五、工伤保险参保人数', 450000), gs1 = { kind: 'part', label: '　　其中：农民工', parent: gs, frac: 0.32 };
  const sy2 = leaf('六、生育保险参保人数', 360000);
  const gen = (r, n) => { const cur = R(n.scale * r.u(0.9, 1.1)); return { cur, prev: R(cur * r.u(0.93, 1.02)) }; };
  const derive = (o) => { o.chg = o.cur - o.prev; };
  const cols = [{ key: 'cur', path: ['本月末'] }, { key: 'prev', path: ['上年末'] }, { key: 'chg', path: ['比上年末增减'], rowrel: [['cur', 1], ['prev', -1]] }, { kind: 'growth', id: 'g', cur: 'cur', prev: 'prev', dec: 2, path: ['比上年末增长（%）'] }];
  const t = buildTable(b, '社会保险参保', { title: '2023年11月社会保险参保情况', unitLine: '单位：人、%', unitRight: true, rowHead: '项　　目', nodes: [yl, yl1, yl2, jm, jm1, yb, zg, zg1, zg2, jmyb, sy, sy1, gs, gs1, sy2], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(gs1, 'cur'), kind: 'qz' }, note: '其中 农民工 row exceeds its whole' };
});

// T5 参保 by county in 万人 (2 dec, rounded cell by cell), growth from unrounded
T.push(function t5(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 9).map((l) => leaf(l, rng.u(0.3, 2.4)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const zz = R(210000 * n.scale * r.u(0.9, 1.1)), lt = R(zz * r.u(0.25, 0.45)); const yb = R((zz + lt) * r.u(1.6, 2.4)); return { zz, lt, yb, prev: R((zz + lt) * r.u(0.92, 1.01)) }; };
  const derive = (o) => { o.yl = o.zz + o.lt; };
  const W = { div: 10000, dec: 2 };
  const cols = [
    { key: 'yl', path: ['养老保险参保人数', '合计'], rowrel: [['zz', 1], ['lt', 1]], ...W }, { key: 'zz', path: ['养老保险参保人数', '在职职工'], ...W }, { key: 'lt', path: ['养老保险参保人数', '离退休人员'], ...W },
    { key: 'prev', path: ['上年末养老保险参保人数'], ...W }, { kind: 'growth', id: 'g', cur: 'yl', prev: 'prev', dec: 1, mode: 'raw', path: ['比上年末增长（%）'] },
    { key: 'yb', path: ['医疗保险参保人数'], ...W },
  ];
  const t = buildTable(b, '参保', { title: '各县（市、区）社会保险参保人数', unitLine: '单位：万人、%', unitRight: true, rowHead: '地　区', nodes: [tot, ...leaves], cols, gen, derive, notes: ['注：本表数据按万人四舍五入，合计数与分项之和可能存在尾差。'] }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'yl'), kind: 'total' }, note: 'total in 万人 rounded table' };
});

// T6 基金收支 by insurance type, 万元 integer, 行次 column + 栏次 row
T.push(function t6(rng) {
  const b = new Book();
  const types = [['企业职工基本养老保险', 3.2], ['城乡居民基本养老保险', 0.9], ['机关事业单位养老保险', 1.4], ['失业保险', 0.25], ['工伤保险', 0.18], ['职工基本医疗保险（含生育保险）', 1.6], ['城乡居民基本医疗保险', 1.1]];
  const leaves = types.map(([l, s]) => leaf(l, s));
  const tot = agg('合　　计', leaves, { center: true });
  const gen = (r, n) => { const inc = R(100000 * n.scale * r.u(0.9, 1.1)); const zj = R(inc * r.u(0.5, 0.7)), cz = R(inc * r.u(0.1, 0.28)); return { inc, zj, cz, exp: R(inc * r.u(0.85, 1.08)), pacc: R(inc * r.u(0.6, 1.6)) }; };
  const derive = (o) => { o.bal = o.inc - o.exp; o.acc = o.pacc + o.bal; };
  const cols = [
    { key: 'inc', path: ['基金收入', '合计'] }, { key: 'zj', path: ['基金收入', '其中：征缴收入'], le: 'inc' }, { key: 'cz', path: ['基金收入', '财政补贴收入'], le: 'inc' },
    { key: 'exp', path: ['基金支出'] }, { key: 'bal', path: ['当期结余'], rowrel: [['inc', 1], ['exp', -1]] },
    { key: 'pacc', path: ['累计结余', '上年末'] }, { key: 'acc', path: ['累计结余', '本期末'], rowrel: [['pacc', 1], ['bal', 1]] },
  ];
  const t = buildTable(b, '基金收支', { title: '社会保险基金收支情况表', subtitle: '2023年1-11月', unitLine: '单位：万元', unitRight: true, rowHead: '险　种', lineNoCol: true, colNoRow: true, nodes: [tot, ...leaves], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(leaves[1], 'bal'), kind: 'rowsum' }, note: '当期结余 (income-expense), 行次 col + 栏次 row' };
});

// T7 基金 by county in 亿元, 2 dec, total at bottom
T.push(function t7(rng) {
  const b = new Book();
  const leaves = [...rng.sample(DISTRICTS, 4), ...rng.sample(COUNTIES, 6)].map((l) => leaf(l, rng.u(0.3, 2.5)));
  const tot = agg('全市合计', leaves);
  const gen = (r, n) => { const inc = R(120000 * n.scale * r.u(0.9, 1.1)); const exp = R(inc * r.u(0.82, 1.1)); return { inc, exp, pacc: R(inc * r.u(0.8, 1.6)) }; };
  const derive = (o) => { o.bal = o.inc - o.exp; o.acc = o.pacc + o.bal; };
  const W = { div: 10000, dec: 2 };
  const cols = [{ key: 'inc', path: ['基金收入'], ...W }, { key: 'exp', path: ['基金支出'], ...W }, { key: 'bal', path: ['当期结余'], rowrel: [['inc', 1], ['exp', -1]], ...W }, { key: 'acc', path: ['累计结余'], ...W }];
  const t = buildTable(b, '养老保险基金', { title: '2023年企业职工基本养老保险基金收支情况', unitLine: '单位：亿元', unitRight: true, rowHead: '县（市、区）', nodes: [...leaves, tot], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(leaves[5], 'inc'), kind: 'part' }, note: 'part in 亿元 table (col sum + row diff)' };
});

// T8 transposed: indicators as rows, counties as columns, 全市 first
T.push(function t8(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const emp = R(70000 * n.scale * r.u(0.9, 1.1)); return { xz: R(3000 * n.scale * r.u(0.8, 1.2)), zjy: R(800 * n.scale * r.u(0.8, 1.2)), kn: R(250 * n.scale * r.u(0.8, 1.2)), emp, un: R(emp * r.u(0.02, 0.04)) }; };
  const cols = [
    { key: 'xz', path: ['城镇新增就业人数'] }, { key: 'zjy', path: ['失业人员再就业人数'] }, { key: 'kn', path: ['就业困难人员就业人数'] },
    { key: 'emp', path: ['城镇从业人员'] }, { key: 'un', path: ['城镇登记失业人数'] },
    { kind: 'rate', id: 'rate', num: 'un', den: 'emp', denPlus: 'un', dec: 2, path: ['城镇登记失业率'], unit: '%' },
  ];
  const t = buildTable(b, '分县', { title: '2023年分县（市）就业主要指标', transpose: true, unitCol: true, rowHeadT: '指　　标', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'zjy'), kind: 'total' }, note: 'transposed, total column' };
});

// T9 three small tables stacked on one sheet
T.push(function t9(rng) {
  const b = new Book();
  const regs = rng.sample(COUNTIES3, 7);
  const l1 = regs.map((l) => leaf(l, rng.u(0.4, 2)));
  const tot1 = agg('全市', l1);
  const g1 = (r, n) => { const t = R((2500 * n.scale * r.u(0.9, 1.1)) / 10) * 10; return { t, c: R(t * r.u(0.85, 1.25)) }; };
  const t1 = buildTable(b, '主要指标', { title: '表1　城镇新增就业完成情况', unitLine: '单位：人、%', nodes: [tot1, ...l1], cols: [{ key: 't', path: ['目标任务'] }, { key: 'c', path: ['完成数'] }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 1, path: ['完成率（%）'] }], gen: g1 }, rng);
  const l2 = regs.map((l) => leaf(l, rng.u(0.4, 2)));
  const tot2 = agg('合计', l2);
  const g2 = (r, n) => { const yl = R(150000 * n.scale * r.u(0.9, 1.1)); return { yl, yb: R(yl * r.u(1.8, 2.6)), sy: R(yl * r.u(0.3, 0.5)), gs: R(yl * r.u(0.45, 0.7)) }; };
  const t2 = buildTable(b, '主要指标', { title: '表2　社会保险参保人数', unitLine: '单位：人', nodes: [...l2, tot2], cols: [{ key: 'yl', path: ['养老保险'] }, { key: 'yb', path: ['医疗保险'] }, { key: 'sy', path: ['失业保险'] }, { key: 'gs', path: ['工伤保险'] }], gen: g2 }, rng, t1.end + 2);
  const l3 = ['养老保险', '失业保险', '工伤保险'].map((l, i) => leaf(l, [3, 0.3, 0.2][i]));
  const tot3 = agg('合计', l3);
  const g3 = (r, n) => { const inc = R(80000 * n.scale * r.u(0.9, 1.1)); return { inc, exp: R(inc * r.u(0.85, 1.1)) }; };
  const d3 = (o) => { o.bal = o.inc - o.exp; };
  buildTable(b, '主要指标', { title: '表3　社会保险基金收支', unitLine: '单位：万元', nodes: [tot3, ...l3], cols: [{ key: 'inc', path: ['收入'] }, { key: 'exp', path: ['支出'] }, { key: 'bal', path: ['结余'], rowrel: [['inc', 1], ['exp', -1]] }], gen: g3, derive: d3, rowHead: '险种' }, rng, t2.end + 2);
  return { book: b, plant: { ref: t2.addr(tot2, 'yb'), kind: 'total' }, note: 'stacked tables, total of 2nd table (bottom)' };
});

// T10 续表: rows continued on a second sheet; 全市 on first sheet covers both
T.push(function t10(rng) {
  const b = new Book();
  const leaves = COUNTIES.map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const ying = R(160000 * n.scale * r.u(0.9, 1.1)); const yl = R(ying * r.u(0.86, 0.985)); return { ying, yl, yb: R(ying * r.u(1.7, 2.3)), sy: R(yl * r.u(0.25, 0.45)) }; };
  const cols = [{ key: 'ying', path: ['养老保险', '应参保人数'] }, { key: 'yl', path: ['养老保险', '参保人数'] }, { kind: 'rate', id: 'r', num: 'yl', den: 'ying', dec: 1, path: ['养老保险', '参保率（%）'] }, { key: 'yb', path: ['医疗保险参保人数'] }, { key: 'sy', path: ['失业保险参保人数'] }];
  const t = buildTable(b, '表3', { title: '表3　各县（市、区）社会保险参保情况', unitLine: '单位：人、%', unitRight: true, nodes: [tot, ...leaves], cols, gen, splitAt: 9, sheet2: '表3（续）', title2: '表3　各县（市、区）社会保险参保情况（续）' }, rng);
  return { book: b, plant: { ref: t.addr(leaves[11], 'r'), kind: 'rate' }, note: '续表 rows split over 2 sheets; rate on sheet 2' };
});

// T11 续表: columns continued on a second sheet (same rows)
T.push(function t11(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const xt = R((2800 * n.scale * r.u(0.9, 1.1)) / 10) * 10; const yl = R(120000 * n.scale * r.u(0.9, 1.1)); return { xt, xc: R(xt * r.u(0.85, 1.2)), zjy: R(700 * n.scale * r.u(0.8, 1.2)), kn: R(220 * n.scale * r.u(0.8, 1.2)), yl, yb: R(yl * r.u(1.8, 2.5)), sy: R(yl * r.u(0.3, 0.5)), gs: R(yl * r.u(0.4, 0.6)) }; };
  buildTable(b, '表4', { title: '表4　就业和社会保险主要指标', unitLine: '单位：人、%', nodes: [tot, ...leaves], cols: [{ key: 'xt', path: ['城镇新增就业', '目标'] }, { key: 'xc', path: ['城镇新增就业', '完成'] }, { kind: 'rate', id: 'r', num: 'xc', den: 'xt', dec: 1, path: ['城镇新增就业', '完成率（%）'] }, { key: 'zjy', path: ['失业人员再就业'] }, { key: 'kn', path: ['就业困难人员就业'] }], gen }, rng);
  const t2 = buildTable(b, '表4（续）', { title: '表4　就业和社会保险主要指标（续）', unitLine: '单位：人', nodes: [tot, ...leaves], cols: [{ key: 'yl', path: ['养老保险参保人数'] }, { key: 'yb', path: ['医疗保险参保人数'] }, { key: 'sy', path: ['失业保险参保人数'] }, { key: 'gs', path: ['工伤保险参保人数'] }], gen }, rng);
  return { book: b, plant: { ref: t2.addr(tot, 'gs'), kind: 'total' }, note: '续表 columns on sheet 2, total top' };
});

// T12 town table with 小计 groups, blank rows, notes
T.push(function t12(rng) {
  const b = new Book();
  const mk = (arr, n) => rng.sample(arr, n).map((l) => leaf('　　' + l, rng.u(0.4, 2)));
  const a = mk(JD, 4), z = mk(ZHEN, 6), x = mk(XIANG, 4);
  const s1 = agg('街道小计', a), s2 = agg('镇小计', z), s3 = agg('乡小计', x);
  const tot = agg('全县合计', [s1, s2, s3]);
  const blank = () => ({ kind: 'blank' });
  const gen = (r, n) => { const zy = R(2400 * n.scale * r.u(0.8, 1.2)); return { xz: R(380 * n.scale * r.u(0.8, 1.2)), zy, sw: R(zy * r.u(0.2, 0.45)), kn: R(40 * n.scale * r.u(0.7, 1.3)) }; };
  const cols = [{ key: 'xz', path: ['城镇新增就业人数'] }, { key: 'zy', path: ['农村劳动力转移就业人数'] }, { key: 'sw', path: ['其中：省外就业'], le: 'zy' }, { key: 'kn', path: ['就业困难人员就业人数'] }];
  const t = buildTable(b, '乡镇', { title: '2023年各乡镇（街道）就业工作情况', unitLine: '单位：人', rowHead: '乡镇（街道）', nodes: [tot, blank(), s1, ...a, blank(), s2, ...z, blank(), s3, ...x], cols, gen, notes: ['注：1.农村劳动力转移就业人数为年末时点数；', '　　2.数据来源：县就业服务中心。'] }, rng);
  return { book: b, plant: { ref: t.addr(s2, 'xz'), kind: 'total' }, note: '小计 subtotal, grouped towns with blank rows' };
});

// T13 numbered hierarchy 一、1. with row-sum columns
T.push(function t13(rng) {
  const b = new Book();
  const ds = rng.sample(DISTRICTS, 4).map((l, i) => leaf(`　　${i + 1}.${l}`, rng.u(0.8, 2.5)));
  const cs = rng.sample(COUNTIES, 6).map((l, i) => leaf(`　　${i + 1}.${l}`, rng.u(0.3, 1.2)));
  const d = agg('一、市辖区', ds), x = agg('二、县（市）', cs);
  const tot = agg('全市', [d, x]);
  const gen = (r, n) => { const zz = R(90000 * n.scale * r.u(0.9, 1.1)); return { zz, lt: R(zz * r.u(0.25, 0.5)), yb: R(zz * r.u(2, 3)) }; };
  const derive = (o) => { o.yl = o.zz + o.lt; };
  const cols = [{ key: 'yl', path: ['养老保险参保人数', '合计'], rowrel: [['zz', 1], ['lt', 1]] }, { key: 'zz', path: ['养老保险参保人数', '在职职工'] }, { key: 'lt', path: ['养老保险参保人数', '离退休人员'] }, { key: 'yb', path: ['医疗保险参保人数'] }];
  const t = buildTable(b, 'Sheet1', { title: '2023年末城镇职工社会保险参保人数', unitLine: '单位：人', unitRight: true, rowHead: '地　区', nodes: [tot, d, ...ds, x, ...cs], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(ds[1], 'zz'), kind: 'part' }, note: 'part in numbered hierarchy (row sum + col sum)' };
});

// T14 农村劳动力转移就业 with row-sum 合计 and 其中：女性 column
T.push(function t14(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 10).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const xn = R(9000 * n.scale * r.u(0.8, 1.2)), sn = R(xn * r.u(0.5, 0.9)), sw = R(xn * r.u(0.4, 1.1)); const all = xn + sn + sw; return { xn, sn, sw, nv: R(all * r.u(0.35, 0.46)), p: R(all * r.u(0.9, 1.08)) }; };
  const derive = (o) => { o.all = o.xn + o.sn + o.sw; };
  const cols = [{ key: 'all', path: ['转移就业人数', '合计'], rowrel: [['xn', 1], ['sn', 1], ['sw', 1]] }, { key: 'xn', path: ['转移就业人数', '县内'] }, { key: 'sn', path: ['转移就业人数', '县外省内'] }, { key: 'sw', path: ['转移就业人数', '省外'] }, { key: 'nv', path: ['其中：女性'], le: 'all' }, { key: 'p', path: ['上年同期'] }, { kind: 'growth', id: 'g', cur: 'all', prev: 'p', dec: 1, path: ['同比增长（%）'] }];
  const t = buildTable(b, '转移就业', { title: '2023年农村劳动力转移就业情况', unitLine: '单位：人、%', unitRight: true, rowHead: '县（市、区）', nodes: [tot, ...leaves], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(leaves[6], 'nv'), kind: 'qz' }, note: '其中：女性 column exceeds row 合计' };
});

// T15 参保率 by town, total bottom
T.push(function t15(rng) {
  const b = new Book();
  const leaves = [...rng.sample(JD, 3), ...rng.sample(ZHEN, 7), ...rng.sample(XIANG, 3)].map((l) => leaf(l, rng.u(0.4, 2)));
  const tot = agg('全　县', leaves, { center: true });
  const gen = (r, n) => { const y1 = R(18000 * n.scale * r.u(0.9, 1.1)), y2 = R(y1 * r.u(1.3, 1.7)); return { y1, s1: R(y1 * r.u(0.9, 0.99)), y2, s2: R(y2 * r.u(0.94, 0.995)) }; };
  const cols = [{ key: 'y1', path: ['城乡居民基本养老保险', '应参保人数'] }, { key: 's1', path: ['城乡居民基本养老保险', '实际参保人数'] }, { kind: 'rate', id: 'r1', num: 's1', den: 'y1', dec: 1, path: ['城乡居民基本养老保险', '参保率（%）'] }, { key: 'y2', path: ['城乡居民基本医疗保险', '应参保人数'] }, { key: 's2', path: ['城乡居民基本医疗保险', '实际参保人数'] }, { kind: 'rate', id: 'r2', num: 's2', den: 'y2', dec: 1, path: ['城乡居民基本医疗保险', '参保率（%）'] }];
  const t = buildTable(b, '参保率', { title: '各乡镇（街道）城乡居民参保情况', unitLine: '单位：人、%', rowHead: '乡镇', nodes: [...leaves, tot], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[8], 'r2'), kind: 'rate' }, note: 'rate 参保率 in town table' };
});

// T16 multi-year rows, growth vs previous row (万人, from unrounded), numeric years
T.push(function t16(rng) {
  const b = new Book();
  const sh = b.sheet('历年');
  sh.set(1, 1, '2016-2023年就业和社会保险主要指标', { bold: true, size: 14 }); sh.merge(1, 1, 1, 7);
  const heads = ['年份', '城镇新增就业（人）', '城镇登记失业人数（人）', '城镇登记失业率（%）', '养老保险参保人数（万人）', '比上年增长（%）', '养老保险基金累计结余（亿元）'];
  heads.forEach((h, i) => sh.set(2, i + 1, h, { bold: true, border: true }));
  let yl = R(rng.u(420000, 520000)), acc = rng.u(30, 60) * 1e4;
  let prevYl = R(yl / rng.u(1.02, 1.06));
  for (let y = 2016, r = 3; y <= 2023; y++, r++) {
    sh.set(r, 1, y);
    sh.set(r, 2, R(rng.u(21000, 26000)), { fmt: '0' });
    sh.set(r, 3, R(rng.u(9000, 12000)), { fmt: '0' });
    sh.set(r, 4, rnd(rng.u(2.8, 3.6), 1), { fmt: '0.0' });
    sh.set(r, 5, rnd(yl / 1e4, 2), { fmt: '0.00' });
    sh.set(r, 6, rnd((yl / prevYl - 1) * 100, 1), { fmt: '0.0' });
    sh.set(r, 7, rnd(acc / 1e4, 2), { fmt: '0.00' });
    if (r > 3) b.rels.push({ t: 'growth', target: { sheet: '历年', cell: A(r, 6) }, cur: { sheet: '历年', cell: A(r, 5) }, prev: { sheet: '历年', cell: A(r - 1, 5) }, dec: 1, curTol: 0.005, prevTol: 0.005 });
    prevYl = yl; yl = R(yl * rng.u(y === 2019 ? 0.97 : 1.01, 1.07)); acc = acc * rng.u(1.02, 1.12);
  }
  sh.set(11, 1, '注：2020年起城镇登记失业率为城镇调查失业率口径。'); sh.merge(11, 1, 11, 7);
  return { book: b, plant: { ref: { sheet: '历年', cell: 'F9' }, kind: 'growth' }, note: 'year rows, growth vs previous row' };
});

// T17 "—" / "…" not-available cells, total bottom
T.push(function t17(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 7).map((l) => leaf(l, rng.u(0.4, 2)));
  leaves.push(leaf('经济技术开发区', 0.3, { na: ['p'] }), leaf('高新技术产业开发区', 0.25, { na: ['p'] }));
  leaves[2].na = ['m']; leaves[2].naText = '…';
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const c = R(2600 * n.scale * r.u(0.8, 1.2)); return { m: R(c * r.u(0.06, 0.1)), c, p: R(c * r.u(0.85, 1.15)) }; };
  const cols = [{ key: 'm', path: ['本月'] }, { key: 'c', path: ['本年累计'] }, { key: 'p', path: ['上年同期'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['同比增长（%）'] }];
  const t = buildTable(b, '城镇新增就业', { title: '2023年10月城镇新增就业人数月报', unitLine: '单位：人、%', rowHead: '地区', nodes: [...leaves, tot], cols, gen, notes: ['注：开发区、高新区2023年起单独统计，无上年同期数；“…”表示数据暂缺。'] }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'c'), kind: 'total' }, note: 'total with — / … cells' };
});

// T18 negative growth, 2 decimals, total top
T.push(function t18(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 8).map((l) => leaf(l, rng.u(0.4, 2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const c = R(3100 * n.scale * r.u(0.8, 1.2)), c2 = R(300 * n.scale * r.u(0.8, 1.2)); return { c, p: R(c * r.u(1.02, 1.3)), c2, p2: R(c2 * r.u(0.9, 1.25)) }; };
  const cols = [{ key: 'c', path: ['城镇新增就业', '累计'] }, { key: 'p', path: ['城镇新增就业', '上年同期'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 2, path: ['城镇新增就业', '同比增长（%）'] }, { key: 'c2', path: ['就业困难人员就业', '累计'] }, { key: 'p2', path: ['就业困难人员就业', '上年同期'] }, { kind: 'growth', id: 'g2', cur: 'c2', prev: 'p2', dec: 2, path: ['就业困难人员就业', '同比增长（%）'] }];
  const t = buildTable(b, '1-9月', { title: '2023年1-9月就业情况', unitLine: '单位：人、%', unitRight: true, nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'g'), kind: 'growth', sign: true }, note: 'negative growth on total row, sign flipped' };
});

// T19 share of total
T.push(function t19(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 9).map((l) => leaf(l, rng.u(0.3, 2.4)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const cur = R(52000 * n.scale * r.u(0.9, 1.1)); return { cur, prev: R(cur * r.u(0.92, 1.03)) }; };
  const cols = [{ key: 'cur', path: ['失业保险参保人数'] }, { kind: 'share', id: 'sh', num: 'cur', dec: 1, path: ['占全市比重（%）'] }, { key: 'prev', path: ['上年末'] }, { kind: 'growth', id: 'g', cur: 'cur', prev: 'prev', dec: 1, path: ['比上年末增长（%）'] }];
  const t = buildTable(b, '失业保险', { title: '各县（市、区）失业保险参保人数', unitLine: '单位：人、%', nodes: [tot, ...leaves], cols, gen, shareBase: tot }, rng);
  return { book: b, plant: { ref: t.addr(leaves[4], 'sh'), kind: 'rate' }, note: 'share of total' };
});

// T20 失业保险 by county, mixed units (户、人、万元 2 dec)
T.push(function t20(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const rs = R(40000 * n.scale * r.u(0.9, 1.1)); const inc = R(rs * r.u(900, 1400)); return { dw: R(rs / r.u(12, 25)), rs, nm: R(rs * r.u(0.1, 0.3)), lj: R(rs * r.u(0.008, 0.02)), inc, exp: R(inc * r.u(0.6, 1.1)) }; };
  const W = { div: 10000, dec: 2 };
  const cols = [{ key: 'dw', path: ['参保单位（户）'] }, { key: 'rs', path: ['参保人数（人）'] }, { key: 'nm', path: ['其中：农民工（人）'], le: 'rs' }, { key: 'lj', path: ['领取失业保险金人数（人）'] }, { key: 'inc', path: ['基金收入（万元）'], ...W }, { key: 'exp', path: ['基金支出（万元）'], ...W }];
  const t = buildTable(b, '失业保险', { title: '2023年失业保险基本情况', rowHead: '县区', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'lj'), kind: 'total' }, note: 'total, units in headers' };
});

// T21 3-level merged header + 栏次 row
T.push(function t21(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 9).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const a1 = R(80000 * n.scale * r.u(0.9, 1.1)), b1 = R(70000 * n.scale * r.u(0.9, 1.1)); return { a1, a2: R(a1 * r.u(0.25, 0.45)), b1, b2: R(b1 * r.u(0.25, 0.45)), sy: R(a1 * r.u(0.5, 0.8)), gs: R(a1 * r.u(0.7, 1.1)) }; };
  const derive = (o) => { o.a = o.a1 + o.a2; o.b = o.b1 + o.b2; };
  const P = '社会保险参保人数';
  const cols = [
    { key: 'a', path: [P, '职工基本养老保险', '合计'], rowrel: [['a1', 1], ['a2', 1]] }, { key: 'a1', path: [P, '职工基本养老保险', '在职职工'] }, { key: 'a2', path: [P, '职工基本养老保险', '离退休人员'] },
    { key: 'b', path: [P, '职工基本医疗保险', '合计'], rowrel: [['b1', 1], ['b2', 1]] }, { key: 'b1', path: [P, '职工基本医疗保险', '在职职工'] }, { key: 'b2', path: [P, '职工基本医疗保险', '退休人员'] },
    { key: 'sy', path: [P, '失业保险'] }, { key: 'gs', path: [P, '工伤保险'] },
  ];
  const t = buildTable(b, '参保人数', { title: '2023年末各县（市、区）社会保险参保人数', unitLine: '单位：人', unitRight: true, rowHead: '县（市、区）', colNoRow: true, nodes: [tot, ...leaves], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(leaves[5], 'a2'), kind: 'part' }, note: 'part under 3-level header with 栏次 row' };
});

// T22 总计 at bottom followed by 其中：市区 (sum of districts); 2-dec rates
T.push(function t22(rng) {
  const b = new Book();
  const ds = rng.sample(DISTRICTS, 3).map((l) => leaf(l, rng.u(1, 2.5)));
  const cs = rng.sample(COUNTIES, 6).map((l) => leaf(l, rng.u(0.3, 1.2)));
  const tot = agg('总计', [...ds, ...cs]);
  const qz = { kind: 'qzsum', label: '其中：市区', children: ds, parent: tot };
  const gen = (r, n) => { const t = R((1500 * n.scale * r.u(0.9, 1.1)) / 10) * 10; const c = R(t * r.u(0.9, 1.35)); return { t, c, p: R(c * r.u(0.85, 1.15)) }; };
  const cols = [{ key: 't', path: ['目标任务'] }, { key: 'c', path: ['完成数'] }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 2, path: ['完成率（%）'] }, { key: 'p', path: ['上年同期完成数'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 2, path: ['增减（%）'] }];
  const t = buildTable(b, '失业人员再就业', { title: '2023年失业人员再就业完成情况', unitLine: '单位：人、%', rowHead: '县（市、区）', nodes: [...ds, ...cs, tot, qz], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'r'), kind: 'rate' }, note: 'rate on 总计 row (bottom) followed by 其中 row' };
});

// T23 quarterly columns with 全年 row sum, indicator rows, one 万元 row
T.push(function t23(rng) {
  const b = new Book();
  const rows = [leaf('城镇新增就业（人）', 24000), leaf('失业人员再就业（人）', 7000), leaf('就业困难人员就业（人）', 2100), leaf('农村劳动力转移就业（人）', 30000), leaf('创业担保贷款发放（万元）', 1.2e8, { div: 10000, dec: 2 }), leaf('职业技能培训（人次）', 16000)];
  const gen = (r, n) => { const o = {}; for (const q of [1, 2, 3, 4]) o['q' + q] = R((n.scale / 4) * r.u(0.7, 1.3)); const y = o.q1 + o.q2 + o.q3 + o.q4; o.p = R(y * r.u(0.85, 1.15)); return o; };
  const derive = (o) => { o.y = o.q1 + o.q2 + o.q3 + o.q4; };
  const cols = [{ key: 'q1', path: ['一季度'] }, { key: 'q2', path: ['二季度'] }, { key: 'q3', path: ['三季度'] }, { key: 'q4', path: ['四季度'] }, { key: 'y', path: ['全年'], rowrel: [['q1', 1], ['q2', 1], ['q3', 1], ['q4', 1]] }, { key: 'p', path: ['上年'] }, { kind: 'growth', id: 'g', cur: 'y', prev: 'p', dec: 1, path: ['比上年增长（%）'] }];
  const t = buildTable(b, '分季度', { title: '2023年分季度就业指标完成情况', rowHead: '指标', nodes: rows, cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(rows[3], 'y'), kind: 'rowsum' }, note: '全年 = sum of quarters (row)' };
});


// T24 登记失业率 本期/上年同期 and 增减（百分点） (difference of two rates)
T.push(function t24(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const emp = R(65000 * n.scale * r.u(0.9, 1.1)), un = R(emp * r.u(0.02, 0.042)); const pemp = R(emp * r.u(0.96, 1.02)); return { emp, un, pemp, pun: R(pemp * r.u(0.02, 0.042)) }; };
  const cols = [
    { key: 'emp', path: ['城镇从业人员', '本期'] }, { key: 'pemp', path: ['城镇从业人员', '上年同期'] },
    { key: 'un', path: ['城镇登记失业人数', '本期'] }, { key: 'pun', path: ['城镇登记失业人数', '上年同期'] },
    { kind: 'rate', id: 'r', num: 'un', den: 'emp', denPlus: 'un', dec: 2, path: ['城镇登记失业率（%）', '本期'] },
    { kind: 'rate', id: 'pr', num: 'pun', den: 'pemp', denPlus: 'pun', dec: 2, path: ['城镇登记失业率（%）', '上年同期'] },
    { kind: 'dlin', id: 'pp', terms: [['r', 1], ['pr', -1]], dec: 2, path: ['城镇登记失业率（%）', '增减（百分点）'] },
  ];
  const t = buildTable(b, '失业率', { title: '2023年三季度末城镇登记失业情况', unitLine: '单位：人、%、百分点', unitRight: true, rowHead: '地区', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[3], 'pp'), kind: 'rowsum' }, note: '增减（百分点） = rate difference' };
});

// T25 序号 + 行政区划代码 columns (numeric)
const CODES = { 长安区: 130102, 桥西区: 130104, 新华区: 130105, 井陉矿区: 130107, 裕华区: 130108, 藁城区: 130109, 鹿泉区: 130110, 栾城区: 130111, 井陉县: 130121, 正定县: 130123, 行唐县: 130125, 灵寿县: 130126, 高邑县: 130127, 深泽县: 130128, 赞皇县: 130129, 无极县: 130130, 平山县: 130131, 元氏县: 130132, 赵县: 130133, 辛集市: 130181, 晋州市: 130183, 新乐市: 130184 };
T.push(function t25(rng) {
  const b = new Book();
  const names = [...DISTRICTS, ...COUNTIES].filter((x) => CODES[x]);
  const leaves = rng.sample(names, 10).sort((x, y) => CODES[x] - CODES[y]).map((l, i) => leaf(l, rng.u(0.4, 2.2), { seq: i + 1, code: CODES[l] }));
  const tot = agg('全市', leaves, { code: 130100 });
  const gen = (r, n) => ({ xz: R(3000 * n.scale * r.u(0.8, 1.2)), zjy: R(800 * n.scale * r.u(0.8, 1.2)), kn: R(240 * n.scale * r.u(0.8, 1.2)), zy: R(7000 * n.scale * r.u(0.8, 1.2)) });
  const cols = [{ key: 'xz', path: ['城镇新增就业'] }, { key: 'zjy', path: ['失业人员再就业'] }, { key: 'kn', path: ['就业困难人员就业'] }, { key: 'zy', path: ['农村劳动力转移就业'] }];
  const t = buildTable(b, 'Sheet1', { title: '2023年各县（市、区）就业情况', unitLine: '单位：人', rowHead: '县（市、区）', extraCols: [{ head: '序号', pos: 'before', get: (n) => n.seq }, { head: '行政区划代码', pos: 'after', get: (n) => n.code }], nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'zjy'), kind: 'total' }, note: '序号 + 区划代码 numeric columns' };
});

// T26 rates and growth stored as fractions with % number format
T.push(function t26(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const y = R(90000 * n.scale * r.u(0.9, 1.1)); const s = R(y * r.u(0.88, 0.99)); return { y, s, p: R(s * r.u(0.93, 1.03)) }; };
  const cols = [{ key: 'y', path: ['应参保人数'] }, { key: 's', path: ['实际参保人数'] }, { kind: 'rate', id: 'r', num: 's', den: 'y', dec: 1, pct: true, path: ['参保率'] }, { key: 'p', path: ['上年末参保人数'] }, { kind: 'growth', id: 'g', cur: 's', prev: 'p', dec: 2, pct: true, path: ['比上年末增长'] }];
  const t = buildTable(b, '居民医保', { title: '城乡居民基本医疗保险参保情况', unitLine: '单位：人', rowHead: '县区', nodes: [...leaves, tot], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[4], 'r'), kind: 'rate' }, note: 'rate stored as fraction, 0.0% format' };
});

// T27 每个县三行：本期 / 上年同期 / 同比增长（%）
T.push(function t27(rng) {
  const b = new Book();
  const sh = b.sheet('月报');
  const regs = ['全市', ...rng.sample(COUNTIES3, 7)];
  const inds = [['城镇新增就业', 3000], ['失业人员再就业', 800], ['就业困难人员就业', 240], ['农村劳动力新增转移就业', 1500]];
  sh.set(1, 1, '2023年1-10月各县（市、区）就业主要指标', { bold: true, size: 14 }); sh.merge(1, 1, 1, 6);
  sh.set(2, 6, '单位：人、%', { align: { horizontal: 'right' } });
  sh.set(3, 1, '县（市、区）', HDR2); sh.set(3, 2, '项目', HDR2); inds.forEach(([nm], j) => sh.set(3, 3 + j, nm, HDR2));
  const vals = regs.slice(1).map(() => { const s = rng.u(0.4, 2.2); return inds.map(([, base]) => { const c = R(base * s * rng.u(0.8, 1.2)); return [c, R(c * rng.u(0.82, 1.22))]; }); });
  const totv = inds.map((_, j) => [0, 1].map((k) => vals.reduce((a, v) => a + v[j][k], 0)));
  const all = [totv, ...vals];
  const S = (cell) => ({ sheet: '月报', cell });
  regs.forEach((nm, i) => {
    const r = 4 + i * 3;
    sh.set(r, 1, nm, { border: true, align: { vertical: 'middle' } }); sh.merge(r, 1, r + 2, 1);
    sh.set(r, 2, '1-10月', { border: true }); sh.set(r + 1, 2, '上年同期', { border: true }); sh.set(r + 2, 2, '同比增长（%）', { border: true });
    inds.forEach((_, j) => {
      const [c, p] = all[i][j];
      sh.set(r, 3 + j, c, { fmt: '0', border: true }); sh.set(r + 1, 3 + j, p, { fmt: '0', border: true }); sh.set(r + 2, 3 + j, rnd((c / p - 1) * 100, 1), { fmt: '0.0', border: true });
      b.rels.push({ t: 'growth', target: S(A(r + 2, 3 + j)), cur: S(A(r, 3 + j)), prev: S(A(r + 1, 3 + j)), dec: 1, curTol: 0, prevTol: 0 });
    });
  });
  inds.forEach((_, j) => [0, 1].forEach((k) => b.rels.push({ t: 'sum', target: S(A(4 + k, 3 + j)), parts: regs.slice(1).map((__, i) => S(A(4 + (i + 1) * 3 + k, 3 + j))), tol: 0 })));
  const pr = 4 + 3 * 5 + 2;
  return { book: b, plant: { ref: S(A(pr, 4)), kind: 'growth' }, note: '3 rows per county (本期/上年同期/增长)' };
});

// T28 per-capita columns (元) whose total row is a weighted average
T.push(function t28(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 9).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const lj = R(900 * n.scale * r.u(0.8, 1.2)); const yl = R(40000 * n.scale * r.u(0.8, 1.2)); return { lj, amt: R(lj * r.u(1500, 1900) * r.u(5, 7)), yl, yamt: R(yl * r.u(2600, 3600) * 11) }; };
  const W = { div: 10000, dec: 2 };
  const cols = [
    { key: 'lj', path: ['失业保险金', '领取人数（人）'] }, { key: 'amt', path: ['失业保险金', '发放金额（万元）'], ...W }, { kind: 'rate', id: 'ja', num: 'amt', den: 'lj', mult: 10000, dec: 0, mode: 'raw', path: ['失业保险金', '人均领取额（元）'] },
    { key: 'yl', path: ['企业养老保险待遇', '领取人数（人）'] }, { key: 'yamt', path: ['企业养老保险待遇', '1-11月发放总额（万元）'], ...W }, { kind: 'rate', id: 'ya', num: 'yamt', den: 'yl', mult: 10000 / 11, dec: 0, mode: 'raw', path: ['企业养老保险待遇', '月人均养老金（元）'] },
  ];
  const t = buildTable(b, '待遇发放', { title: '2023年1-11月社会保险待遇发放情况', rowHead: '县（市）', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'lj'), kind: 'total' }, note: 'per-capita 元 columns, total row is weighted average' };
});

// T29 overlapping 其中 columns whose sum exceeds the whole
T.push(function t29(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const xn = R(6000 * n.scale * r.u(0.8, 1.2)), xw = R(xn * r.u(0.7, 1.3)); const all = xn + xw; return { xn, xw, nv: R(all * r.u(0.44, 0.5)), tp: R(all * r.u(0.56, 0.7)) }; };
  const derive = (o) => { o.all = o.xn + o.xw; };
  const cols = [{ key: 'all', path: ['转移就业人数', '合计'], rowrel: [['xn', 1], ['xw', 1]] }, { key: 'xn', path: ['转移就业人数', '县内'] }, { key: 'xw', path: ['转移就业人数', '县外'] }, { key: 'nv', path: ['转移就业人数', '其中：女性'], le: 'all' }, { key: 'tp', path: ['转移就业人数', '其中：脱贫劳动力'], le: 'all' }];
  const t = buildTable(b, '转移就业', { title: '2023年农村劳动力转移就业情况', unitLine: '单位：人', rowHead: '县区', nodes: [tot, ...leaves], cols, gen, derive, notes: ['注：“女性”与“脱贫劳动力”存在交叉，两项之和可能大于合计。'] }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'all'), kind: 'total' }, note: 'overlapping 其中 columns (sum > whole)' };
});

// T30 封面 + 目录 sheets; tables with SUM / ROUND formulas (cached results)
T.push(function t30(rng) {
  const b = new Book();
  const cv = b.sheet('封面');
  cv.set(3, 2, '人力资源和社会保障统计月报', { bold: true, size: 20 }); cv.set(5, 2, '2023年第11期'); cv.set(8, 2, '市人力资源和社会保障局　编'); cv.set(9, 2, '2023年12月');
  const ml = b.sheet('目录');
  ml.set(1, 1, '目　　录', { bold: true }); [['表1　城镇新增就业完成情况', 1], ['表2　社会保险参保人数', 2], ['表3　说明', 3]].forEach(([t, pg], i) => { ml.set(i + 2, 1, t); ml.set(i + 2, 2, pg); });
  const regs = rng.sample(COUNTIES, 8);
  const l1 = regs.map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot1 = agg('合计', l1);
  const g1 = (r, n) => { const t = R((2500 * n.scale * r.u(0.9, 1.1)) / 10) * 10; return { t, c: R(t * r.u(0.85, 1.25)), p: 0 }; };
  const t1 = buildTable(b, '表1', { title: '表1　城镇新增就业完成情况', unitLine: '单位：人、%', nodes: [...l1, tot1], cols: [{ key: 't', path: ['目标任务'] }, { key: 'c', path: ['累计完成'] }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 1, path: ['完成率（%）'] }], gen: g1, formulas: true }, rng);
  const l2 = regs.map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot2 = agg('全市', l2);
  const g2 = (r, n) => { const zz = R(60000 * n.scale * r.u(0.9, 1.1)); return { zz, lt: R(zz * r.u(0.25, 0.45)), yb: R(zz * r.u(2, 3)) }; };
  buildTable(b, '表2', { title: '表2　社会保险参保人数', unitLine: '单位：人', nodes: [tot2, ...l2], cols: [{ key: 'yl', path: ['养老保险', '合计'], rowrel: [['zz', 1], ['lt', 1]] }, { key: 'zz', path: ['养老保险', '在职'] }, { key: 'lt', path: ['养老保险', '离退休'] }, { key: 'yb', path: ['医疗保险'] }], gen: g2, derive: (o) => { o.yl = o.zz + o.lt; }, formulas: true }, rng);
  const sm = b.sheet('表3'); sm.set(1, 1, '说明：1.表1完成率＝累计完成÷目标任务×100%。'); sm.set(2, 1, '2.表2参保人数为期末时点数。');
  return { book: b, plant: { ref: t1.addr(l1[2], 'c'), kind: 'part' }, note: 'formula workbook with 封面/目录; part changed, cached SUM stale' };
});

// T31 numeric year headers (2022, 2023) + units row
T.push(function t31(rng) {
  const b = new Book();
  const towns = [...rng.sample(ZHEN, 7), ...rng.sample(XIANG, 3)];
  const leaves = towns.map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全县', leaves);
  const gen = (r, n) => { const a = R(420 * n.scale * r.u(0.8, 1.2)), z = R(2300 * n.scale * r.u(0.8, 1.2)); return { a2: a, a1: R(a * r.u(0.85, 1.2)), z2: z, z1: R(z * r.u(0.85, 1.2)) }; };
  const cols = [
    { key: 'a1', path: ['城镇新增就业', 2022], unitTxt: '人' }, { key: 'a2', path: ['城镇新增就业', 2023], unitTxt: '人' }, { kind: 'growth', id: 'ga', cur: 'a2', prev: 'a1', dec: 1, path: ['城镇新增就业', '增长'], unitTxt: '%' },
    { key: 'z1', path: ['农村劳动力转移就业', 2022], unitTxt: '人' }, { key: 'z2', path: ['农村劳动力转移就业', 2023], unitTxt: '人' }, { kind: 'growth', id: 'gz', cur: 'z2', prev: 'z1', dec: 1, path: ['农村劳动力转移就业', '增长'], unitTxt: '%' },
  ];
  const t = buildTable(b, '乡镇就业', { title: '各乡镇2022-2023年就业情况对比', rowHead: '乡镇', unitsRow: true, nodes: [...leaves, tot], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[5], 'gz'), kind: 'growth' }, note: 'numeric year header cells + units row' };
});

// T32 thousands separators + 位次 (rank) column + 万元 with 2 dec
T.push(function t32(rng) {
  const b = new Book();
  const leaves = rng.sample([...DISTRICTS, ...COUNTIES], 11).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const t = R((26000 * n.scale * r.u(0.9, 1.1)) / 100) * 100; return { t, c: R(t * r.u(0.8, 1.2)), bt: R(t * r.u(800, 1500)) }; };
  const cols = [{ key: 't', path: ['城镇新增就业目标'], fmt: '#,##0' }, { key: 'c', path: ['累计完成'], fmt: '#,##0' }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 1, path: ['完成率（%）'] }, { kind: 'rank', id: 'rk', of: 'r', path: ['位次'] }, { key: 'bt', path: ['就业补助资金支出（万元）'], div: 10000, dec: 2, fmt: '#,##0.00' }];
  const t = buildTable(b, '排名', { title: '2023年城镇新增就业目标完成进度排名', unitLine: '单位：人、%', unitRight: true, nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[7], 'r'), kind: 'rate' }, note: 'thousands format + 位次 rank column' };
});

// T33 附：全省 row and 全市占全省比重 row below the county table
T.push(function t33(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const yl = R(120000 * n.scale * r.u(0.9, 1.1)); return { xz: R(3000 * n.scale * r.u(0.8, 1.2)), zjy: R(800 * n.scale * r.u(0.8, 1.2)), kn: R(250 * n.scale * r.u(0.8, 1.2)), yl }; };
  const keys = ['xz', 'zjy', 'kn', 'yl'];
  const cols = [{ key: 'xz', path: ['城镇新增就业（人）'] }, { key: 'zjy', path: ['失业人员再就业（人）'] }, { key: 'kn', path: ['就业困难人员就业（人）'] }, { key: 'yl', path: ['养老保险参保人数（人）'] }];
  const t = buildTable(b, '对比', { title: '2023年全市就业和参保主要指标', rowHead: '地区', nodes: [tot, ...leaves], cols, gen }, rng);
  const sh = t.sheet; let r = t.end + 1;
  sh.set(r, 1, '附：全省', { border: true }); sh.set(r + 1, 1, '全市占全省比重（%）', { border: true });
  keys.forEach((k, j) => {
    const ta = t.addr(tot, k); const tv = b.get(ta);
    const pv = R(tv * rng.u(9, 14));
    sh.set(r, 2 + j, pv, { fmt: '0', border: true }); sh.set(r + 1, 2 + j, rnd((tv / pv) * 100, 1), { fmt: '0.0', border: true });
    b.rels.push({ t: 'rate', target: { sheet: sh.name, cell: A(r + 1, 2 + j) }, num: ta, den: [{ sheet: sh.name, cell: A(r, 2 + j) }], dec: 1, mult: 100, numTol: 0, denTol: 0 });
  });
  return { book: b, plant: { ref: { sheet: sh.name, cell: A(r + 1, 3) }, kind: 'rate' }, note: '附：全省 row + 比重 row under table' };
});

// T34 工伤保险 by industry: 合计 = 三次产业, 其中 sub-rows under 第二/第三产业
T.push(function t34(rng) {
  const b = new Book();
  const i1 = leaf('第一产业', 0.15), i2 = leaf('第二产业', 1.3), i3 = leaf('第三产业', 1.6);
  const p21 = { kind: 'part', label: '　其中：制造业', parent: i2, frac: 0.56 }, p22 = { kind: 'part', label: '　　　　建筑业', parent: i2, frac: 0.31 };
  const p31 = { kind: 'part', label: '　其中：批发和零售业', parent: i3, frac: 0.21 }, p32 = { kind: 'part', label: '　　　　交通运输、仓储和邮政业', parent: i3, frac: 0.12 };
  const tot = agg('合计', [i1, i2, i3], { center: true });
  const gen = (r, n) => { const rs = R(200000 * n.scale * r.u(0.9, 1.1)); return { dw: R(rs / r.u(15, 30)), rs, nm: R(rs * r.u(0.2, 0.4)), rd: R(rs * r.u(0.002, 0.005)), zc: R(rs * r.u(300, 600)) }; };
  const cols = [{ key: 'dw', path: ['参保单位（户）'] }, { key: 'rs', path: ['参保人数（人）'] }, { key: 'nm', path: ['其中：农民工（人）'], le: 'rs' }, { key: 'rd', path: ['认定（视同）工伤人数（人）'] }, { key: 'zc', path: ['工伤保险待遇支出（万元）'], div: 10000, dec: 2 }];
  const t = buildTable(b, '工伤保险', { title: '2023年分行业工伤保险情况', rowHead: '行　业', nodes: [tot, i1, i2, p21, p22, i3, p31, p32], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(p31, 'rs'), kind: 'qz' }, note: 'industry rows: 其中 sub-row exceeds its industry' };
});

// T35 three sheets (养老/医疗/失业) of the same shape with 比上月增减 and growth
T.push(function t35(rng) {
  const b = new Book();
  const regs = rng.sample(COUNTIES2, 7);
  let last;
  for (const [nm, sc] of [['养老', 120000], ['医疗', 260000], ['失业', 45000]]) {
    const leaves = regs.map((l) => leaf(l, rng.u(0.4, 2.2)));
    const tot = agg('合计', leaves);
    const gen = (r, n) => { const cur = R(sc * n.scale * r.u(0.9, 1.1)); return { cur, pm: R(cur * r.u(0.985, 1.005)), py: R(cur * r.u(0.92, 1.02)) }; };
    const derive = (o) => { o.dm = o.cur - o.pm; };
    const cols = [{ key: 'cur', path: ['本月末参保人数'] }, { key: 'pm', path: ['上月末'] }, { key: 'dm', path: ['比上月增减'], rowrel: [['cur', 1], ['pm', -1]] }, { key: 'py', path: ['上年末'] }, { kind: 'growth', id: 'g', cur: 'cur', prev: 'py', dec: 2, path: ['比上年末增长（%）'] }];
    const t = buildTable(b, nm + '保险', { title: `${nm}保险参保人数月报（2023年11月）`, unitLine: '单位：人、%', nodes: [...leaves, tot], cols, gen, derive }, rng);
    last = t.addr(leaves[4], 'dm');
  }
  return { book: b, plant: { ref: last, kind: 'rowsum' }, note: '3 same-shape sheets, 比上月增减 on 3rd sheet' };
});

// T36 "—" for a county whose figure is withheld but included in the total (总数含未公布数)
T.push(function t36(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  leaves.push(leaf('高新技术产业开发区', 0.6, { hide: ['p'] }), leaf('综合保税区', 0.2, { hide: ['p'] }));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const c = R(2600 * n.scale * r.u(0.8, 1.2)); return { c, p: R(c * r.u(0.85, 1.15)) }; };
  const cols = [{ key: 'c', path: ['本年累计'] }, { key: 'p', path: ['上年同期'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['同比增长（%）'] }];
  const t = buildTable(b, '失业人员再就业', { title: '2023年1-11月失业人员再就业情况', unitLine: '单位：人、%', rowHead: '地区', nodes: [tot, ...leaves], cols, gen, notes: ['注：高新区、综保区上年同期数因区划调整未单列，全市上年同期数含上述两区。'] }, rng);
  return { book: b, plant: { ref: t.addr(leaves[1], 'g'), kind: 'growth' }, note: 'withheld parts shown —, total includes them' };
});

// T37 其中 sub-row under a county inside the county list
T.push(function t37(rng) {
  const b = new Book();
  const leaves = rng.sample(DISTRICTS, 4).concat(rng.sample(COUNTIES, 5)).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const sub1 = { kind: 'part', label: '　其中：高新区', parent: leaves[1], frac: 0.35 };
  const sub2 = { kind: 'part', label: '　其中：经济开发区', parent: leaves[6], frac: 0.28 };
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const t = R((3000 * n.scale * r.u(0.9, 1.1)) / 10) * 10; return { t, c: R(t * r.u(0.85, 1.25)), kn: R(260 * n.scale * r.u(0.8, 1.2)) }; };
  const cols = [{ key: 't', path: ['城镇新增就业', '目标任务'] }, { key: 'c', path: ['城镇新增就业', '完成数'] }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 1, path: ['城镇新增就业', '完成率（%）'] }, { key: 'kn', path: ['就业困难人员就业'] }];
  const nodes = [tot]; leaves.forEach((l) => { nodes.push(l); if (l === leaves[1]) nodes.push(sub1); if (l === leaves[6]) nodes.push(sub2); });
  const t = buildTable(b, 'Sheet1', { title: '2023年城镇新增就业目标完成情况', unitLine: '单位：人、%', rowHead: '县（市、区）', nodes, cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[7], 'c'), kind: 'part' }, note: '其中 sub-rows inside the county list' };
});

// T38 本月 and 累计 each with own base and growth
T.push(function t38(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const c = R(2800 * n.scale * r.u(0.8, 1.2)); const m = R(c * r.u(0.06, 0.12)); return { m, pm: R(m * r.u(0.75, 1.3)), c, pc: R(c * r.u(0.85, 1.2)) }; };
  const cols = [{ key: 'm', path: ['本月', '本月数'] }, { key: 'pm', path: ['本月', '上年同月'] }, { kind: 'growth', id: 'gm', cur: 'm', prev: 'pm', dec: 1, path: ['本月', '同比增长（%）'] }, { key: 'c', path: ['1-11月累计', '本年累计'] }, { key: 'pc', path: ['1-11月累计', '上年同期'] }, { kind: 'growth', id: 'gc', cur: 'c', prev: 'pc', dec: 1, path: ['1-11月累计', '同比增长（%）'] }];
  const t = buildTable(b, '11月', { title: '2023年11月城镇新增就业月报', unitLine: '单位：人、%', unitRight: true, rowHead: '地区', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[3], 'gm'), kind: 'growth' }, note: 'two growth columns (本月 vs 累计)' };
});

// T39 时序进度 constant column + 进度差（百分点）
T.push(function t39(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const t = R((3000 * n.scale * r.u(0.9, 1.1)) / 10) * 10; return { t, c: R(t * r.u(0.75, 1.1)) }; };
  const cols = [{ key: 't', path: ['年度目标'] }, { key: 'c', path: ['1-10月完成'] }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 1, path: ['完成进度（%）'] }, { kind: 'const', id: 'sx', value: 83.3, dec: 1, path: ['时序进度（%）'] }, { kind: 'dlin', id: 'd', terms: [['r', 1], ['sx', -1]], dec: 1, path: ['快于（慢于）时序进度（百分点）'] }];
  const t = buildTable(b, '进度', { title: '2023年1-10月城镇新增就业目标任务进度', unitLine: '单位：人、%', rowHead: '县区', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[5], 'r'), kind: 'rate' }, note: '时序进度 constant + 进度差 columns' };
});

// T40 numbers stored as text (system export), thousands separators
T.push(function t40(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 9).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const y = R(150000 * n.scale * r.u(0.9, 1.1)); const s = R(y * r.u(0.88, 0.99)); return { y, s, p: R(s * r.u(0.93, 1.03)) }; };
  const cols = [{ key: 'y', path: ['应参保人数'] }, { key: 's', path: ['参保人数'] }, { kind: 'rate', id: 'r', num: 's', den: 'y', dec: 1, path: ['参保率（%）'] }, { key: 'p', path: ['上年末参保人数'] }, { kind: 'growth', id: 'g', cur: 's', prev: 'p', dec: 2, path: ['增长（%）'] }];
  const t = buildTable(b, '导出数据', { title: '职工基本养老保险参保情况（系统导出）', unitLine: '单位：人、%', rowHead: '统筹区', nodes: [...leaves, tot], cols, gen, textNums: true }, rng);
  return { book: b, plant: { ref: t.addr(tot, 's'), kind: 'total' }, note: 'numbers stored as text with thousands separators' };
});

// T41 参保率 above 100% for districts with many non-local workers
T.push(function t41(rng) {
  const b = new Book();
  const ds = rng.sample(DISTRICTS, 4).map((l) => leaf(l, rng.u(1, 2.2), { over: true }));
  const cs = rng.sample(COUNTIES, 6).map((l) => leaf(l, rng.u(0.3, 1)));
  const leaves = [...ds, ...cs];
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const y = R(100000 * n.scale * r.u(0.9, 1.1)); return { y, s: R(y * (n.over ? r.u(1.01, 1.12) : r.u(0.82, 0.97))) }; };
  const cols = [{ key: 'y', path: ['户籍应参保人数'] }, { key: 's', path: ['实际参保人数'] }, { kind: 'rate', id: 'r', num: 's', den: 'y', dec: 1, path: ['参保率（%）'] }];
  const t = buildTable(b, '参保率', { title: '2023年职工基本养老保险参保率', unitLine: '单位：人、%', rowHead: '县（市、区）', nodes: [tot, ...leaves], cols, gen, notes: ['注：应参保人数按户籍人口测算，市辖区外来务工人员参保较多，参保率超过100%。'] }, rng);
  return { book: b, plant: { ref: t.addr(cs[2], 'r'), kind: 'rate' }, note: '参保率 > 100 legitimately' };
});

// T42 万人 tables whose unit is only in the title / in the row-head cell / in a note
T.push(function t42(rng) {
  const b = new Book();
  let last;
  const variants = [
    { sheet: '养老', title: '各县（市、区）养老保险参保人数（万人）' },
    { sheet: '医疗', title: '各县（市、区）医疗保险参保人数', rowHead: '地区（单位：万人）' },
    { sheet: '失业', title: '各县（市、区）失业保险参保人数', notes: ['注：本表计量单位为万人，合计数与分项之和因四舍五入可能存在差异。'] },
  ];
  for (const v of variants) {
    const leaves = rng.sample(COUNTIES3, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
    const tot = agg('全市', leaves);
    const gen = (r, n) => { const cur = R(180000 * n.scale * r.u(0.9, 1.1)); return { cur, prev: R(cur * r.u(0.93, 1.02)) }; };
    const W = { div: 10000, dec: 2 };
    const cols = [{ key: 'cur', path: ['本年末'], ...W }, { key: 'prev', path: ['上年末'], ...W }, { kind: 'growth', id: 'g', cur: 'cur', prev: 'prev', dec: 1, mode: 'raw', path: ['增长（%）'] }];
    const t = buildTable(b, v.sheet, { title: v.title, rowHead: v.rowHead || '地区', nodes: [tot, ...leaves], cols, gen, notes: v.notes }, rng);
    last = t.addr(tot, 'prev');
  }
  return { book: b, plant: { ref: last, kind: 'total' }, note: '万人 unit only in title / row head / note' };
});

// T43 上年末 + 本月新增 - 本月减少 ≠ 本月末 (flows are monthly, stock base is year-end)
T.push(function t43(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const cur = R(3000 * n.scale * r.u(0.9, 1.1)); return { py: R(cur * r.u(0.85, 1.15)), xin: R(cur * r.u(0.05, 0.12)), jian: R(cur * r.u(0.05, 0.12)), cur }; };
  const derive = (o) => { o.d = o.cur - o.py; };
  const cols = [{ key: 'py', path: ['上年末实有登记失业人数'] }, { key: 'xin', path: ['本月新登记'] }, { key: 'jian', path: ['本月减少'] }, { key: 'cur', path: ['本月末实有登记失业人数'] }, { key: 'd', path: ['比上年末增减'], rowrel: [['cur', 1], ['py', -1]] }];
  const t = buildTable(b, '登记失业', { title: '2023年11月城镇登记失业人员变动情况', unitLine: '单位：人', rowHead: '县区', nodes: [...leaves, tot], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(leaves[2], 'd'), kind: 'rowsum' }, note: 'monthly flows next to year-end stock' };
});

// T44 two tables side by side on one sheet
T.push(function t44(rng) {
  const b = new Book();
  const regs = rng.sample(COUNTIES, 8);
  const l1 = regs.map((l) => leaf(l, rng.u(0.4, 2.2))), tot1 = agg('合计', l1);
  const g1 = (r, n) => { const t = R((2800 * n.scale * r.u(0.9, 1.1)) / 10) * 10; return { t, c: R(t * r.u(0.85, 1.25)) }; };
  const t1 = buildTable(b, '就业参保', { title: '城镇新增就业', unitLine: '单位：人、%', nodes: [...l1, tot1], cols: [{ key: 't', path: ['目标'] }, { key: 'c', path: ['完成'] }, { kind: 'rate', id: 'r', num: 'c', den: 't', dec: 1, path: ['完成率（%）'] }], gen: g1 }, rng, 1, 1);
  const l2 = regs.map((l) => leaf(l, rng.u(0.4, 2.2))), tot2 = agg('合计', l2);
  const g2 = (r, n) => { const cur = R(90000 * n.scale * r.u(0.9, 1.1)); return { cur, prev: R(cur * r.u(0.93, 1.02)) }; };
  const t2 = buildTable(b, '就业参保', { title: '养老保险参保人数', unitLine: '单位：人、%', nodes: [...l2, tot2], cols: [{ key: 'cur', path: ['本年末'] }, { key: 'prev', path: ['上年末'] }, { kind: 'growth', id: 'g', cur: 'cur', prev: 'prev', dec: 1, path: ['增长（%）'] }], gen: g2 }, rng, 1, 6);
  return { book: b, plant: { ref: t2.addr(tot2, 'cur'), kind: 'total' }, note: 'two tables side by side' };
});

// T45 劳动人事争议: 结案率 = 审结 ÷（受理 + 上期未结）
T.push(function t45(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const sl = R(420 * n.scale * r.u(0.8, 1.2)), wj = R(sl * r.u(0.08, 0.2)); const sj = R((sl + wj) * r.u(0.86, 0.97)); return { wj, sl, sj, tj: R(sj * r.u(0.55, 0.75)) }; };
  const cols = [{ key: 'wj', path: ['上期未结案件数'] }, { key: 'sl', path: ['本期受理案件数'] }, { key: 'sj', path: ['本期审结案件数'] }, { kind: 'rate', id: 'jl', num: 'sj', den: 'sl', denPlus: 'wj', dec: 1, path: ['结案率（%）'] }, { key: 'tj', path: ['其中：调解结案'], le: 'sj' }, { kind: 'rate', id: 'tl', num: 'tj', den: 'sj', dec: 1, path: ['调解率（%）'] }];
  const t = buildTable(b, '仲裁', { title: '2023年劳动人事争议仲裁案件处理情况', unitLine: '单位：件、%', rowHead: '仲裁委', nodes: [tot, ...leaves], cols, gen, notes: ['注：结案率＝审结案件数÷（受理案件数＋上期未结案件数）×100%。'] }, rng);
  return { book: b, plant: { ref: t.addr(leaves[4], 'tl'), kind: 'rate' }, note: '结案率 with carried-over cases in denominator' };
});

// T46 下降（%）column + row-wise 占比 + 占全市比重
T.push(function t46(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 9).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const un = R(2400 * n.scale * r.u(0.8, 1.2)); return { un, pun: R(un * r.u(1.01, 1.25)), nv: R(un * r.u(0.4, 0.55)) }; };
  const cols = [{ key: 'un', path: ['登记失业人数'] }, { key: 'pun', path: ['上年同期'] }, { kind: 'growth', id: 'xj', decline: true, cur: 'un', prev: 'pun', dec: 1, path: ['比上年同期下降（%）'] }, { key: 'nv', path: ['其中：女性'], le: 'un' }, { kind: 'rate', id: 'nvr', num: 'nv', den: 'un', dec: 1, path: ['女性占比（%）'] }, { kind: 'share', id: 'sh', num: 'un', dec: 1, path: ['占全市比重（%）'] }];
  const t = buildTable(b, '登记失业', { title: '2023年末登记失业人员情况', unitLine: '单位：人、%', rowHead: '地区', nodes: [tot, ...leaves], cols, gen, shareBase: tot }, rng);
  return { book: b, plant: { ref: t.addr(leaves[6], 'xj'), kind: 'growth' }, note: 'decline column, row-wise 占比 + column 比重' };
});

// T47 year columns: counts with 增减（%）, rates with 增减（百分点）
T.push(function t47(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const e1 = R(60000 * n.scale * r.u(0.9, 1.1)), e2 = R(e1 * r.u(0.97, 1.04)); return { e1, e2, u1: R(e1 * r.u(0.02, 0.04)), u2: R(e2 * r.u(0.02, 0.04)) }; };
  const cols = [
    { key: 'u1', path: ['城镇登记失业人数', '2022年'] }, { key: 'u2', path: ['城镇登记失业人数', '2023年'] }, { kind: 'growth', id: 'gu', cur: 'u2', prev: 'u1', dec: 1, path: ['城镇登记失业人数', '增减（%）'] },
    { key: 'e1', path: ['城镇从业人员', '2022年'] }, { key: 'e2', path: ['城镇从业人员', '2023年'] },
    { kind: 'rate', id: 'r1', num: 'u1', den: 'e1', denPlus: 'u1', dec: 2, path: ['城镇登记失业率（%）', '2022年'] }, { kind: 'rate', id: 'r2', num: 'u2', den: 'e2', denPlus: 'u2', dec: 2, path: ['城镇登记失业率（%）', '2023年'] }, { kind: 'dlin', id: 'pp', terms: [['r2', 1], ['r1', -1]], dec: 2, path: ['城镇登记失业率（%）', '增减（百分点）'] },
  ];
  const t = buildTable(b, '年度对比', { title: '2022-2023年城镇登记失业情况对比', unitLine: '单位：人、%', rowHead: '地区', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[2], 'gu'), kind: 'growth' }, note: 'year columns, 增减（%） and 增减（百分点）' };
});

// T48 万人 with 1 decimal, 14 towns, cell-by-cell rounding that drifts one way (within half a unit per part)
T.push(function t48(rng) {
  const b = new Book();
  const leaves = [...rng.sample(ZHEN, 10), ...rng.sample(XIANG, 4)].map((l) => leaf(l, rng.u(0.5, 2)));
  const tot = agg('全县', leaves);
  const pick = (r, base) => { const k = Math.floor(base / 1000); return k * 1000 + R(r.u(320, 440)); }; // always rounds down, by 0.32-0.44 of a unit
  const gen = (r, n) => ({ zz: pick(r, 12000 * n.scale), lt: pick(r, 5000 * n.scale), yb: pick(r, 30000 * n.scale) });
  const derive = (o) => { o.yl = o.zz + o.lt; };
  const W = { div: 10000, dec: 1 };
  const cols = [{ key: 'yl', path: ['养老保险', '合计'], ...W }, { key: 'zz', path: ['养老保险', '在职'], ...W }, { key: 'lt', path: ['养老保险', '离退休'], ...W }, { key: 'yb', path: ['医疗保险'], ...W }];
  const spec = { title: '各乡镇社会保险参保人数', unitLine: '单位：万人', rowHead: '乡镇', nodes: [...leaves, tot], cols, gen, derive, notes: ['注：分项数据按万人保留一位小数，合计数按原始数据计算后取整。'] };
  const t = buildTable(b, '乡镇参保', spec, rng);
  // every row: 合计 ≈ 在职 + 离退休 within 2 half-units; 全县 ≈ Σ towns within 14 half-units
  return { book: b, plant: { ref: t.addr(tot, 'yb'), kind: 'total' }, note: 'one-sided rounding drift within n/2 units' };
});

// T49 small 亿元 values; growth computed from unrounded data
T.push(function t49(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 10).map((l) => leaf(l, rng.u(0.15, 1)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const inc = R(4000 * n.scale * r.u(0.6, 1.4)); return { inc, pinc: R(inc * r.u(0.8, 1.2)), exp: R(inc * r.u(0.6, 1.1)) }; };
  const W = { div: 10000, dec: 2 };
  const cols = [{ key: 'inc', path: ['基金收入', '本年'], ...W }, { key: 'pinc', path: ['基金收入', '上年'], ...W }, { kind: 'growth', id: 'g', cur: 'inc', prev: 'pinc', dec: 1, mode: 'raw', path: ['基金收入', '增长（%）'] }, { key: 'exp', path: ['基金支出'], ...W }];
  const t = buildTable(b, '工伤基金', { title: '2023年工伤保险基金收支', unitLine: '单位：亿元、%', rowHead: '县（市）', nodes: [tot, ...leaves], cols, gen, notes: ['注：增长速度按万元原始数据计算。'] }, rng);
  return { book: b, plant: { ref: t.addr(leaves[3], 'g'), kind: 'growth', sign: true }, note: 'small 亿元 figures, growth from unrounded' };
});

// T50 overlapping 其中 rows (女性 / 高校毕业生 / 脱贫人口), sum above whole
T.push(function t50(rng) {
  const b = new Book();
  const n1 = leaf('城镇新增就业人数', 26000);
  const parts = [['　其中：女性', 0.47], ['　　　　高校毕业生', 0.33], ['　　　　脱贫人口', 0.29]].map(([l, f]) => ({ kind: 'part', label: l, parent: n1, frac: f }));
  const n2 = leaf('失业人员再就业人数', 8000);
  const p2 = [['　其中：女性', 0.52], ['　　　　40、50岁人员', 0.58]].map(([l, f]) => ({ kind: 'part', label: l, parent: n2, frac: f }));
  const gen = (r, n) => { const c = R(n.scale * r.u(0.85, 1.15)); return { c, p: R(c * r.u(0.85, 1.15)) }; };
  const cols = [{ key: 'c', path: ['1-11月'] }, { key: 'p', path: ['上年同期'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['同比增长（%）'] }];
  const t = buildTable(b, '就业', { title: '2023年1-11月就业主要指标', unitLine: '单位：人、%', unitRight: true, rowHead: '指标', nodes: [n1, ...parts, n2, ...p2], cols, gen, notes: ['注：各“其中”项存在交叉，不能相加。'] }, rng);
  return { book: b, plant: { ref: t.addr(parts[1], 'c'), kind: 'qz' }, note: 'overlapping 其中 rows' };
});

// T51 stacked tables with no blank rows in between, totals at bottom
T.push(function t51(rng) {
  const b = new Book();
  let r0 = 1, last;
  for (const [nm, k] of [['表1　城镇新增就业', 3000], ['表2　失业人员再就业', 800], ['表3　就业困难人员就业', 250]]) {
    const leaves = rng.sample(COUNTIES3, 6).map((l) => leaf(l, rng.u(0.4, 2.2)));
    const tot = agg('合计', leaves);
    const gen = (r, n) => { const c = R(k * n.scale * r.u(0.8, 1.2)); return { c, p: R(c * r.u(0.85, 1.2)) }; };
    const t = buildTable(b, '汇总', { title: nm, nodes: [...leaves, tot], cols: [{ key: 'c', path: ['本年'] }, { key: 'p', path: ['上年'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['增长（%）'] }], gen }, rng, r0);
    r0 = t.end; last = t.addr(leaves[2], 'c');
  }
  return { book: b, plant: { ref: last, kind: 'part' }, note: 'stacked tables without blank rows' };
});

// T52 上年全年 column next to 上年同期
T.push(function t52(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const c = R(5200 * n.scale * r.u(0.8, 1.2)); const p = R(c * r.u(0.85, 1.15)); return { c, p, py: R(p * r.u(1.08, 1.16)) }; };
  const cols = [{ key: 'c', path: ['1-11月累计'] }, { key: 'p', path: ['上年同期'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['同比增长（%）'] }, { key: 'py', path: ['上年全年'] }, { kind: 'rate', id: 'r', num: 'c', den: 'py', dec: 1, path: ['相当于上年全年（%）'] }];
  const t = buildTable(b, '转移就业', { title: '2023年1-11月农村劳动力转移就业', unitLine: '单位：人、%', rowHead: '地区', nodes: [tot, ...leaves], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[5], 'r'), kind: 'rate' }, note: '上年全年 column beside 上年同期' };
});

// T53 其中：女性 column in a 万人 (2-dec) table; 女性 is usually, not always, below 县内
T.push(function t53(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES3, 8).map((l, i) => leaf(l, rng.u(0.5, 2), { big: i === 4 }));
  const tot = agg('全市', leaves);
  const gen = (r, n) => { const xn = R(9000 * n.scale * r.u(0.95, 1.05)), sn = R(xn * r.u(0.65, 0.75)), sw = R(xn * r.u(0.75, 0.85)); const all = xn + sn + sw; return { xn, sn, sw, nv: R(all * (n.big ? r.u(0.44, 0.47) : r.u(0.28, 0.33))) }; };
  const derive = (o) => { o.all = o.xn + o.sn + o.sw; };
  const W = { div: 10000, dec: 2 };
  const cols = [{ key: 'all', path: ['转移就业人数', '合计'], rowrel: [['xn', 1], ['sn', 1], ['sw', 1]], ...W }, { key: 'xn', path: ['转移就业人数', '县内'], ...W }, { key: 'sn', path: ['转移就业人数', '县外省内'], ...W }, { key: 'sw', path: ['转移就业人数', '省外'], ...W }, { key: 'nv', path: ['其中：女性'], le: 'all', ...W }];
  const t = buildTable(b, '转移就业', { title: '2023年农村劳动力转移就业情况', unitLine: '单位：万人', unitRight: true, rowHead: '县（市、区）', nodes: [tot, ...leaves], cols, gen, derive }, rng);
  return { book: b, plant: { ref: t.addr(leaves[2], 'nv'), kind: 'qz' }, note: '其中 column in 万人 table' };
});

// T54 其中 sub-row indented less than the region rows
T.push(function t54(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES2, 8).map((l) => leaf('　　' + l, rng.u(0.4, 2.2)));
  const sub = { kind: 'part', label: '　其中：高新区', parent: leaves[0], frac: 0.3 };
  const tot = agg('全市合计', leaves);
  const gen = (r, n) => { const c = R(2800 * n.scale * r.u(0.8, 1.2)); return { c, p: R(c * r.u(0.85, 1.2)) }; };
  const cols = [{ key: 'c', path: ['本年累计'] }, { key: 'p', path: ['上年同期'] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: 1, path: ['同比增长（%）'] }];
  const nodes = [tot, leaves[0], sub, ...leaves.slice(1)];
  const t = buildTable(b, '再就业', { title: '2023年失业人员再就业情况', unitLine: '单位：人、%', rowHead: '地区', nodes, cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(leaves[5], 'g'), kind: 'growth' }, note: '其中 sub-row with shallower indent than regions' };
});

// T55 same drift as T48 but unit only in a subtitle line
T.push(function t55(rng) {
  const b = new Book();
  const leaves = [...rng.sample(ZHEN, 9), ...rng.sample(XIANG, 3)].map((l) => leaf(l, rng.u(0.5, 2)));
  const tot = agg('全县', leaves);
  const pick = (r, base) => { const k = Math.floor(base / 1000); return k * 1000 + R(r.u(300, 440)); };
  const gen = (r, n) => ({ yl: pick(r, 16000 * n.scale), yb: pick(r, 30000 * n.scale) });
  const W = { div: 10000, dec: 1 };
  const cols = [{ key: 'yl', path: ['养老保险参保人数'], ...W }, { key: 'yb', path: ['医疗保险参保人数'], ...W }];
  const t = buildTable(b, '乡镇参保', { title: '各乡镇社会保险参保人数', subtitle: '（2023年末　万人）', rowHead: '乡镇', nodes: [...leaves, tot], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'yl'), kind: 'total' }, note: '万人 in subtitle only, rounding drift' };
});

// T56 mixed-unit line: 人数单位：万人　金额单位：亿元 (both rounded cell by cell)
T.push(function t56(rng) {
  const b = new Book();
  const leaves = rng.sample(COUNTIES, 10).map((l) => leaf(l, rng.u(0.4, 2.2)));
  const tot = agg('合计', leaves);
  const gen = (r, n) => { const rs = R(60000 * n.scale * r.u(0.9, 1.1)); const inc = R(rs * r.u(800, 1300)); return { rs, prs: R(rs * r.u(0.93, 1.02)), inc, exp: R(inc * r.u(0.6, 1.1)) }; };
  const WR = { div: 10000, dec: 2 }, WY = { div: 1e8, dec: 2 };
  const cols = [{ key: 'rs', path: ['参保人数', '本年末'], ...WR }, { key: 'prs', path: ['参保人数', '上年末'], ...WR }, { kind: 'growth', id: 'g', cur: 'rs', prev: 'prs', dec: 1, mode: 'raw', path: ['参保人数', '增长（%）'] }, { key: 'inc', path: ['基金收入'], ...WY }, { key: 'exp', path: ['基金支出'], ...WY }];
  const t = buildTable(b, '失业保险', { title: '2023年失业保险参保和基金收支情况', unitLine: '人数单位：万人　　金额单位：亿元', unitRight: true, rowHead: '县（市、区）', nodes: [...leaves, tot], cols, gen }, rng);
  return { book: b, plant: { ref: t.addr(tot, 'inc'), kind: 'total' }, note: 'mixed unit line 人数单位/金额单位' };
});

// ---------------- random probe tables ----------------
const POOLS = [['county', [...DISTRICTS, ...COUNTIES]], ['county', COUNTIES2], ['county', COUNTIES3], ['town', [...JD, ...ZHEN, ...XIANG]]];
function probeTable(rng) {
  const b = new Book();
  const theme = rng.pick(['jy', 'sy', 'cb', 'jj', 'cbl', 'zy', 'yb', 'zc']);
  const [ptype, pool] = rng.pick(POOLS);
  const n = rng.int(3, Math.min(15, pool.length));
  const numbering = rng.pick(['', '', '', 'num', 'indent']);
  const names = rng.sample(pool, n);
  const labels = names.map((l, i) => (numbering === 'num' ? `${i + 1}.${l}` : numbering === 'indent' ? '　　' + l : l));
  const leaves = labels.map((l, i) => leaf(l, rng.u(0.3, 2.5), { seq: i + 1, code: CODES[names[i]] }));
  const feats = [];
  const totLabel = rng.pick(ptype === 'town' ? ['全县', '合计', '全县合计', '总计', '合　计'] : ['全市', '合计', '总计', '全市合计', '合　计']);
  let nodes;
  const totPos = rng.pick(['top', 'top', 'bottom', 'bottom', 'none']);
  let tot = null, groups = null;
  if (n >= 6 && rng.chance(0.25) && totPos !== 'none') {
    const k = rng.int(2, Math.min(3, Math.floor(n / 2)));
    const cut = [0]; for (let i = 1; i < k; i++) cut.push(Math.floor((n * i) / k)); cut.push(n);
    groups = []; for (let i = 0; i < k; i++) groups.push(agg(rng.pick(['小计', `${['一', '二', '三'][i]}、片区小计`, `第${i + 1}片区`]), leaves.slice(cut[i], cut[i + 1])));
    tot = agg(totLabel, groups, { code: ptype === 'county' ? 130100 : undefined });
  } else if (totPos !== 'none') tot = agg(totLabel, leaves, { code: ptype === 'county' ? 130100 : undefined });
  const blanks = rng.chance(0.2);
  // 其中 sub-row under one unit inside the list
  let subRow = null;
  if (rng.chance(0.15) && n >= 3) { const host = leaves[rng.int(0, n - 1)]; subRow = { kind: 'part', label: rng.pick(['　其中：开发区', '　其中：高新区', '　其中：城区部分']), parent: host, frac: rng.u(0.2, 0.45) }; feats.push('subrow'); }
  const body = [];
  const pushLeaf = (l) => { body.push(l); if (subRow && subRow.parent === l) body.push(subRow); };
  if (groups) groups.forEach((g) => { if (blanks) body.push({ kind: 'blank' }); body.push(g); g.children.forEach(pushLeaf); });
  else leaves.forEach((l, i) => { pushLeaf(l); if (blanks && i === Math.floor(n / 2)) body.push({ kind: 'blank' }); });
  let qz = null;
  if (tot && !groups && n >= 5 && rng.chance(0.2)) qz = { kind: 'qzsum', label: rng.pick(['其中：市区', '其中：城区', '　其中：重点乡镇']), children: leaves.slice(0, rng.int(2, 3)), parent: tot };
  if (totPos === 'top') nodes = [tot, ...(qz ? [qz] : []), ...body];
  else if (totPos === 'bottom') nodes = [...body, tot, ...(qz ? [qz] : [])];
  else nodes = body;
  const wan = rng.chance(0.35);
  const W = wan ? { div: 10000, dec: rng.pick([2, 2, 1]) } : {};
  const rdec = rng.pick([1, 1, 2]);
  const mode = wan && rng.chance(0.6) ? 'raw' : 'shown';
  const grp = rng.chance(0.55);
  const path = (g, s) => (grp ? [g, s] : [g + s]);
  let cols = [], gen, derive, title, unitWord = '人', exact = !wan;
  const sc = ptype === 'town' ? 0.12 : 1;
  if (theme === 'jy') {
    const inds = rng.sample([['xz', '城镇新增就业', 3000], ['zjy', '失业人员再就业', 800], ['kn', '就业困难人员就业', 250], ['zy', '农村劳动力转移就业', 6000]], rng.int(1, 3));
    const withT = rng.chance(0.7), withP = rng.chance(0.5);
    gen = (r, nd) => { const o = {}; for (const [k, , base] of inds) { const t = R((base * sc * nd.scale * r.u(0.85, 1.15)) / 10) * 10 + 10; o[k + 't'] = t; o[k + 'c'] = R(t * r.u(0.8, 1.3)); o[k + 'p'] = R(o[k + 'c'] * r.u(0.8, 1.25)); } return o; };
    const sx = withT && rng.chance(0.2), rk = withT && rng.chance(0.2);
    if (sx) feats.push('时序进度'); if (rk) feats.push('rank');
    for (const [k, name] of inds) {
      if (withT) cols.push({ key: k + 't', path: path(name, rng.pick(['目标任务', '年度目标'])) });
      cols.push({ key: k + 'c', path: path(name, rng.pick(['累计完成', '完成数', '1-10月累计'])) });
      if (withT) cols.push({ kind: 'rate', id: k + 'r', num: k + 'c', den: k + 't', dec: rdec, path: path(name, rng.pick(['完成年度目标（%）', '完成率（%）', '目标完成率'])) });
      if (sx) { cols.push({ kind: 'const', id: k + 'sx', value: rdec === 1 ? 83.3 : 83.33, dec: rdec, path: path(name, '时序进度（%）') }); cols.push({ kind: 'dlin', id: k + 'd', terms: [[k + 'r', 1], [k + 'sx', -1]], dec: rdec, path: path(name, '进度差（百分点）') }); }
      if (rk) cols.push({ kind: 'rank', id: k + 'rk', of: k + 'r', path: path(name, '位次') });
      if (withP) { cols.push({ key: k + 'p', path: path(name, '上年同期') }); cols.push({ kind: 'growth', id: k + 'g', cur: k + 'c', prev: k + 'p', dec: rdec, path: path(name, rng.pick(['同比增长（%）', '增幅（%）', '同比±%'])) }); }
    }
    title = '就业目标任务完成情况'; exact = true;
  } else if (theme === 'sy') {
    gen = (r, nd) => { const emp = R(50000 * sc * nd.scale * r.u(0.9, 1.1)); const un = R(emp * r.u(0.02, 0.045)); return { emp, un, pun: R(un * r.u(0.85, 1.15)) }; };
    derive = (o) => { if (o.un != null && o.pun != null) o.chg = o.un - o.pun; };
    const lab = rng.chance(0.4);
    cols.push({ key: 'emp', path: ['城镇从业人员'] });
    if (lab) { derive = (o) => { o.lab = o.emp + o.un; if (o.pun != null) o.chg = o.un - o.pun; }; cols.push({ key: 'lab', path: ['城镇劳动力'], rowrel: [['emp', 1], ['un', 1]] }); }
    cols.push({ key: 'un', path: ['城镇登记失业人数'] });
    cols.push(lab ? { kind: 'rate', id: 'rt', num: 'un', den: 'lab', dec: 2, path: ['登记失业率（%）'] } : { kind: 'rate', id: 'rt', num: 'un', den: 'emp', denPlus: 'un', dec: 2, path: ['登记失业率（%）'] });
    if (rng.chance(0.6)) {
      cols.push({ key: 'pun', path: ['上年末登记失业人数'] });
      const w = rng.pick(['chg', 'g', 'dec']);
      if (w === 'dec') feats.push('decline');
      cols.push(w === 'chg' ? { key: 'chg', path: ['增减（人）'], rowrel: [['un', 1], ['pun', -1]] } : w === 'g' ? { kind: 'growth', id: 'g', cur: 'un', prev: 'pun', dec: rdec, path: ['增长（%）'] } : { kind: 'growth', id: 'g', decline: true, cur: 'un', prev: 'pun', dec: rdec, path: [rng.pick(['比上年末下降（%）', '下降幅度（%）'])] });
    }
    title = '城镇登记失业情况'; exact = true;
  } else if (theme === 'cb') {
    const brk = rng.chance(0.5), nm = rng.chance(0.4), withP = rng.chance(0.6);
    const types = rng.sample([['yb', '医疗保险'], ['sy', '失业保险'], ['gs', '工伤保险'], ['sy2', '生育保险']], rng.int(1, 3));
    gen = (r, nd) => { const zz = R(90000 * sc * nd.scale * r.u(0.9, 1.1)), lt = R(zz * r.u(0.25, 0.45)); const o = { zz, lt, nm: R((zz + lt) * r.u(0.1, 0.3)), prev: R((zz + lt) * r.u(0.92, 1.02)) }; for (const [k] of types) o[k] = R(zz * r.u(0.4, 2.2)); return o; };
    derive = (o) => { o.yl = o.zz + o.lt; };
    cols.push({ key: 'yl', path: brk ? ['养老保险参保人数', '合计'] : ['养老保险参保人数'], rowrel: brk ? [['zz', 1], ['lt', 1]] : undefined, ...W });
    if (brk) { cols.push({ key: 'zz', path: ['养老保险参保人数', '在职职工'], ...W }); cols.push({ key: 'lt', path: ['养老保险参保人数', '离退休人员'], ...W }); }
    if (nm) cols.push({ key: 'nm', path: brk ? ['养老保险参保人数', '其中：农民工'] : ['其中：农民工'], le: 'yl', ...W });
    if (withP) { cols.push({ key: 'prev', path: ['上年末养老保险参保人数'], ...W }); cols.push({ kind: 'growth', id: 'g', cur: 'yl', prev: 'prev', dec: rdec, mode, path: ['比上年末增长（%）'] }); }
    for (const [k, name] of types) cols.push({ key: k, path: [name + '参保人数'], ...W });
    title = '社会保险参保人数'; unitWord = wan ? '万人' : '人';
  } else if (theme === 'jj') {
    const money = rng.pick(['wy', 'yy', 'wy2']);
    const M = money === 'wy' ? {} : { div: 10000, dec: 2 };
    exact = money === 'wy';
    const base = money === 'wy2' ? 1e4 * 8000 : 60000;
    gen = (r, nd) => { const inc = R(base * sc * nd.scale * r.u(0.9, 1.1)); return { inc, exp: R(inc * r.u(0.82, 1.1)), pacc: R(inc * r.u(0.6, 1.6)), zj: R(inc * r.u(0.5, 0.75)), pinc: R(inc * r.u(0.85, 1.15)) }; };
    derive = (o) => { o.bal = o.inc - o.exp; o.acc = o.pacc + o.bal; };
    cols.push({ key: 'inc', path: rng.chance(0.5) ? ['基金收入', '合计'] : ['基金收入'], ...M });
    if (cols[0].path.length === 2) cols.push({ key: 'zj', path: ['基金收入', '其中：征缴收入'], le: 'inc', ...M });
    if (rng.chance(0.3)) { cols.push({ key: 'pinc', path: ['上年基金收入'], ...M }); cols.push({ kind: 'growth', id: 'g', cur: 'inc', prev: 'pinc', dec: rdec, mode: M.div ? rng.pick(['raw', 'shown']) : 'shown', path: ['收入增长（%）'] }); }
    cols.push({ key: 'exp', path: ['基金支出'], ...M });
    if (rng.chance(0.7)) cols.push({ key: 'bal', path: [rng.pick(['当期结余', '本年收支结余'])], rowrel: [['inc', 1], ['exp', -1]], ...M });
    if (rng.chance(0.5)) { cols.push({ key: 'pacc', path: ['累计结余', '上年末'], ...M }); cols.push({ key: 'acc', path: ['累计结余', '本年末'], rowrel: cols.some((c) => c.key === 'bal') ? [['pacc', 1], ['bal', 1]] : undefined, ...M }); }
    title = rng.pick(['企业职工基本养老保险', '失业保险', '工伤保险']) + '基金收支情况'; unitWord = money === 'yy' ? '亿元' : '万元';
  } else if (theme === 'cbl') {
    const over = rng.chance(0.3);
    if (over) feats.push('rate>100');
    gen = (r, nd) => { const y = R(30000 * sc * nd.scale * r.u(0.9, 1.1)); return { y, s: R(y * (over && r.chance(0.3) ? r.u(1.01, 1.1) : r.u(0.88, 0.995))) }; };
    cols = [{ key: 'y', path: ['应参保人数'], ...W }, { key: 's', path: ['已参保人数'], ...W }, { kind: 'rate', id: 'r', num: 's', den: 'y', dec: rdec, mode, path: ['参保率（%）'] }];
    if (rng.chance(0.4)) cols.push({ kind: 'share', id: 'sh', num: 's', dec: rdec, mode, path: ['占比（%）'] });
    title = rng.pick(['城乡居民基本养老保险', '城乡居民基本医疗保险']) + '参保情况'; unitWord = wan ? '万人' : '人';
  } else if (theme === 'zy') {
    gen = (r, nd) => { const xn = R(8000 * sc * nd.scale * r.u(0.8, 1.2)), sn = R(xn * r.u(0.4, 0.9)), sw = R(xn * r.u(0.3, 1.1)); return { xn, sn, sw, nv: R((xn + sn + sw) * r.u(0.33, 0.47)), p: R((xn + sn + sw) * r.u(0.9, 1.08)) }; };
    derive = (o) => { o.all = o.xn + o.sn + o.sw; };
    cols = [{ key: 'all', path: path('转移就业人数', '合计'), rowrel: [['xn', 1], ['sn', 1], ['sw', 1]], ...W }, { key: 'xn', path: path('转移就业人数', '县内'), ...W }, { key: 'sn', path: path('转移就业人数', '县外省内'), ...W }, { key: 'sw', path: path('转移就业人数', '省外'), ...W }];
    if (rng.chance(0.5)) { cols.push({ key: 'nv', path: ['其中：女性'], le: 'all', ...W }); if (rng.chance(0.4)) { cols.push({ kind: 'rate', id: 'nvr', num: 'nv', den: 'all', dec: rdec, mode, path: ['女性占比（%）'] }); feats.push('rowshare'); } }
    if (rng.chance(0.5)) { cols.push({ key: 'p', path: ['上年同期'], ...W }); cols.push({ kind: 'growth', id: 'g', cur: 'all', prev: 'p', dec: rdec, mode, path: ['同比增长（%）'] }); }
    title = '农村劳动力转移就业情况'; unitWord = wan ? '万人' : '人';
  } else if (theme === 'zc') {
    gen = (r, nd) => { const sl = R(300 * sc * 5 * nd.scale * r.u(0.8, 1.2)) + 3, wj = R(sl * r.u(0.08, 0.2)); const sj = R((sl + wj) * r.u(0.86, 0.97)); return { wj, sl, sj, tj: R(sj * r.u(0.55, 0.75)) }; };
    cols = [{ key: 'wj', path: ['上期未结'] }, { key: 'sl', path: ['本期受理'] }, { key: 'sj', path: ['本期审结'] }, { kind: 'rate', id: 'jl', num: 'sj', den: 'sl', denPlus: 'wj', dec: rdec, path: [rng.pick(['结案率（%）', '仲裁结案率（%）'])] }];
    if (rng.chance(0.6)) { cols.push({ key: 'tj', path: ['其中：调解'], le: 'sj' }); cols.push({ kind: 'rate', id: 'tl', num: 'tj', den: 'sj', dec: rdec, path: ['调解率（%）'] }); }
    title = '劳动人事争议仲裁案件情况'; unitWord = '件'; exact = true;
  } else {
    const two = rng.chance(0.3);
    gen = (r, nd) => { const c = R(2600 * sc * nd.scale * r.u(0.8, 1.2)) + 5; const m = R(c * r.u(0.06, 0.12)); return { m, pm: R(m * r.u(0.75, 1.3)) + 1, c, p: R(c * r.u(0.8, 1.3)) }; };
    cols = [];
    if (two) { feats.push('two-growth'); cols.push({ key: 'm', path: ['本月', '本月'] }, { key: 'pm', path: ['本月', '上年同月'] }, { kind: 'growth', id: 'gm', cur: 'm', prev: 'pm', dec: rdec, path: ['本月', '同比（%）'] }); }
    else if (rng.chance(0.7)) cols.push({ key: 'm', path: ['本月'] });
    cols.push({ key: 'c', path: two ? ['累计', '本年累计'] : [rng.pick(['累计', '本年累计', '1-11月'])] }, { key: 'p', path: two ? ['累计', '上年同期'] : [rng.pick(['上年同期', '去年同期'])] }, { kind: 'growth', id: 'g', cur: 'c', prev: 'p', dec: rdec, path: two ? ['累计', '同比（%）'] : [rng.pick(['同比增长（%）', '同比增减（%）', '增长%'])] });
    title = rng.pick(['城镇新增就业', '失业人员再就业', '农村劳动力转移就业']) + '月报'; exact = true;
  }
  // some not-available cells
  if (rng.chance(0.15) && tot) {
    const cand = cols.filter((c) => c.kind === 'val' || !c.kind).map((c) => c.key).filter((k) => ['p', 'prev', 'pun', 'pinc'].includes(k));
    if (cand.length) { const lf = rng.pick(leaves); lf.na = [cand[0]]; lf.naText = rng.pick(['—', '…', '-']); feats.push('na'); }
  }
  // percent-formatted ratios
  if (rng.chance(0.15)) { let any = false; cols.forEach((c) => { if ((c.kind === 'rate' || c.kind === 'growth' || c.kind === 'share') && !cols.some((d) => d.kind === 'dlin')) { c.pct = true; c.path = c.path.map((x) => String(x).replace(/（%）|%/g, '')); any = true; } }); if (any) feats.push('pct'); }
  const transpose = !grp && !subRow && rng.chance(0.3);
  const unitTxt = unitWord === '人' || unitWord === '件' ? `单位：${unitWord}、%` : `单位：${unitWord}、%`;
  const unitPlace = rng.pick(['line', 'line', 'line', 'line2', 'title', 'rowhead', 'note', 'subtitle', 'header', 'none']);
  let ttl = (rng.chance(0.5) ? '2023年' : '') + (ptype === 'town' ? '各乡镇（街道）' : '各县（市、区）') + title;
  const spec = {
    title: ttl, unitRight: rng.chance(0.5),
    rowHead: ptype === 'town' ? rng.pick(['乡镇', '乡镇（街道）', '单位']) : rng.pick(['地区', '县（市、区）', '县区', '单位名称']),
    nodes, cols, gen, derive, transpose, colNoRow: !transpose && rng.chance(0.12), lineNoCol: !transpose && rng.chance(0.08),
    shareBase: tot,
    notes: rng.chance(0.4) ? [rng.pick(['注：本表数据截至2023年11月底。', '注：1.完成率＝完成数÷目标任务×100%；2.数据来源于人社部门业务系统。', '说明：“—”表示无数据。'])] : [],
  };
  if (unitPlace === 'line') spec.unitLine = unitTxt;
  else if (unitPlace === 'line2') spec.unitLine = rng.pick([`计量单位：${unitWord}`, `单位（${unitWord}）`, `数据单位：${unitWord}`, `单位:${unitWord}`, unitWord.endsWith('元') ? `金额单位：${unitWord}` : `人数单位：${unitWord}　　比率单位：%`]);
  else if (unitPlace === 'title') spec.title += `（${unitWord}）`;
  else if (unitPlace === 'rowhead') spec.rowHead += `（单位：${unitWord}）`;
  else if (unitPlace === 'note') spec.notes = [...spec.notes, `注：本表计量单位为${unitWord}。`];
  else if (unitPlace === 'subtitle') spec.subtitle = `（2023年　单位：${unitWord}）`;
  else if (unitPlace === 'header') cols.forEach((c) => { if (c.kind === 'val') c.path = c.path.map((x, i) => (i === c.path.length - 1 ? `${x}（${unitWord}）` : x)); });
  feats.push('unit@' + unitPlace);
  if (!transpose && rng.chance(0.15)) { spec.extraCols = [{ head: '序号', pos: 'before', get: (nd) => nd.seq }]; if (ptype === 'county' && leaves.every((l) => l.code)) spec.extraCols.push({ head: '区划代码', pos: 'after', get: (nd) => nd.code }); feats.push('seq'); }
  if (exact && !transpose && cols.every((c) => c.mode !== 'raw') && rng.chance(0.15)) { spec.formulas = true; feats.push('formulas'); }
  if (!transpose && rng.chance(0.06)) { spec.textNums = true; feats.push('textnums'); }
  if (spec.cols.some((c) => c.kind === 'share') && !tot) spec.cols = spec.cols.filter((c) => c.kind !== 'share');
  let r0 = 1;
  const shName = rng.chance(0.5) ? 'Sheet1' : rng.pick(['表1', '就业', '参保', '基金', '11月', '汇总']);
  if (rng.chance(0.15)) { b.sheet(shName).set(1, 1, '附表' + rng.int(1, 9)); r0 = 2; }
  buildTable(b, shName, spec, rng, r0);
  if (!b.rels.length) throw new Retry('no relations');
  return { book: b, note: `${theme}/${ptype}/${totPos}${groups ? '+sub' : ''}${qz ? '+qz' : ''}${transpose ? '/T' : ''}${wan ? '/wan' + W.dec : ''}/${mode} ${feats.join(',')}` };
}

// ---------------- planting ----------------
const decOfCell = (book, ref) => { const s = book.sheets.find((x) => x.name === ref.sheet); const c = s.cells.get(ref.cell); const f = c.fmt || '0'; const m = /\.(0+)/.exec(f); return (m ? m[1].length : 0) + (/%$/.test(f) ? 2 : 0); };
const isPct = (book, ref) => /%$/.test(book.sheets.find((x) => x.name === ref.sheet).cells.get(ref.cell).fmt || '');
const same = (a, b) => a.sheet === b.sheet && a.cell === b.cell;
function perturb(book, ref, kind, rng, opt = {}) {
  const v = book.get(ref); const d = decOfCell(book, ref);
  if (typeof v !== 'number') throw new Error('plant on non-number ' + JSON.stringify(ref) + ' ' + v);
  const U = Math.pow(10, -d);
  if (kind === 'qz') {
    const le = book.rels.find((r) => r.t === 'le' && same(r.part, ref));
    const w = book.get(le.whole);
    return d ? rnd(w + Math.max(20 * U, w * rng.u(0.02, 0.15)), d) : w + rng.int(Math.max(3, R(w * 0.01)), Math.max(10, R(w * 0.15)));
  }
  if (kind === 'rate' || kind === 'growth') {
    if (kind === 'growth' && (opt.sign || rng.chance(0.35)) && Math.abs(v) >= 0.5) return -v;
    const k = isPct(book, ref) ? 0.01 : 1;
    let nv = rnd(v + (rng.chance(0.5) ? 1 : -1) * rng.u(1.5, 7) * k, d);
    if (kind === 'rate' && nv <= 0) nv = rnd(v + rng.u(1.5, 7) * k, d);
    return nv;
  }
  // counts and money
  if (d > 0) { const s = rng.chance(0.5) ? 1 : -1; let nv = rnd(v + s * Math.max(25 * U, Math.abs(v) * rng.u(0.05, 0.2)), d); return nv; }
  const a = Math.abs(v), sg = Math.sign(v) || 1, s = String(a);
  const ch = rng();
  if (ch < 0.4 && s.length >= 3) {
    const opts = []; for (let i = 0; i < s.length - 1; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[1] === '0')) opts.push(+(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)));
    if (opts.length) return sg * rng.pick(opts);
  }
  if (ch < 0.7) { const k = Math.pow(10, Math.max(0, s.length - 2)); const nv = a + (rng.chance(0.5) ? 1 : -1) * k * rng.int(1, 3); if (nv > 0 && nv !== a) return sg * nv; }
  return sg * Math.max(1, R(a * rng.u(1.06, 1.3)) + 1);
}
function applyPlant(book, ref, kind, rng, opt) {
  for (let tries = 0; tries < 30; tries++) {
    const tw = book.clone();
    const nv = perturb(tw, ref, kind, rng, opt);
    const s = tw.sheets.find((x) => x.name === ref.sheet); s.cells.get(ref.cell).v = nv; delete s.cells.get(ref.cell).formula;
    const get = (x) => tw.get(x);
    const breaks = tw.rels.filter((r) => cellsOf(r).some((x) => same(x, ref)) && !check(get, r).ok);
    if (breaks.length >= (opt && opt.minBreaks || 1)) { tw.planted = ref; tw.plantKind = kind; tw.oldValue = book.get(ref); tw.newValue = nv; return tw; }
  }
  throw new Retry('plant inert');
}
function pickPlant(book, rng) {
  const C = { total: [], part: [], rate: [], growth: [], qz: [], rowsum: [] };
  const uses = new Map(); const key = (x) => x.sheet + '!' + x.cell;
  for (const r of book.rels) for (const x of cellsOf(r)) uses.set(key(x), (uses.get(key(x)) || 0) + 1);
  for (const r of book.rels) {
    if (r.t === 'sum' && !r.qzsum) { C.total.push(r.target); r.parts.forEach((p) => { if (uses.get(key(p)) >= 2) C.part.push(p); }); }
    if (r.t === 'rate') C.rate.push(r.target);
    if (r.t === 'growth') C.growth.push(r.target);
    if (r.t === 'le') C.qz.push(r.part);
    if (r.t === 'lin') C.rowsum.push(r.target);
  }
  const kinds = Object.keys(C).filter((k) => C[k].length);
  const kind = rng.pick(kinds);
  return { ref: rng.pick(C[kind]), kind };
}

// ---------------- driver ----------------
function validate(book) {
  const get = (x) => book.get(x);
  for (const r of book.rels) { const c = check(get, r); if (!c.ok) throw new Retry('self-check ' + r.t + ' ' + c.why); }
}
async function emit(dir, name, book, manifest, note) {
  const file = `${dir}/${name}.xlsx`;
  await writeBook(book, path.join(__dirname, file));
  const relPath = path.join(__dirname, 'rel', file + '.json');
  fs.mkdirSync(path.dirname(relPath), { recursive: true });
  fs.writeFileSync(relPath, JSON.stringify({ planted: book.planted, kind: book.plantKind, old: book.oldValue, new: book.newValue, rels: book.rels }, null, 0));
  const e = { file, planted: book.planted ? { sheet: book.planted.sheet, cell: book.planted.cell } : null };
  if (note) e.note = note;
  manifest.push(e);
}
async function main() {
  for (const d of ['cases', 'probe', 'rel']) { fs.rmSync(path.join(__dirname, d), { recursive: true, force: true }); fs.mkdirSync(path.join(__dirname, d), { recursive: true }); }
  const manifest = [];
  let seedBase = 8200;
  for (let i = 0; i < T.length; i++) {
    let res, tw, seed = seedBase + i * 101;
    for (let a = 0; ; a++) {
      if (a > 200) throw new Error('template ' + i + ' cannot be generated');
      try { const rng = mkRng(seed + a * 7919); res = T[i](rng); validate(res.book); tw = applyPlant(res.book, res.plant.ref, res.plant.kind, rng, res.plant); break; } catch (e) { if (!(e instanceof Retry)) throw e; }
    }
    const nm = String(i + 1).padStart(2, '0') + '_' + T[i].name;
    await emit('cases', nm + '_clean', res.book, manifest);
    await emit('cases', nm + '_planted', tw, manifest, `${res.plant.kind}: ${res.note} (${tw.oldValue}→${tw.newValue})`);
  }
  fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const pm = [];
  for (let i = 0; i < 50; i++) {
    let res, tw, pk;
    for (let a = 0; ; a++) {
      if (a > 300) throw new Error('probe ' + i);
      try { const rng = mkRng(777000 + i * 1009 + a * 31); res = probeTable(rng); validate(res.book); pk = pickPlant(res.book, rng); tw = applyPlant(res.book, pk.ref, pk.kind, rng, { minBreaks: pk.kind === 'part' ? 2 : 1 }); break; } catch (e) { if (!(e instanceof Retry)) throw e; }
    }
    const nm = 'p' + String(i + 1).padStart(2, '0');
    await emit('probe', nm + '_clean', res.book, pm, res.note);
    await emit('probe', nm + '_planted', tw, pm, `${pk.kind}: ${res.note} (${tw.oldValue}→${tw.newValue})`);
  }
  fs.writeFileSync(path.join(__dirname, 'probe/manifest.json'), JSON.stringify(pm, null, 1));
  console.log(`wrote ${manifest.length} cases, ${pm.length} probe books`);
}
main().catch((e) => { console.error(e); process.exit(1); });
