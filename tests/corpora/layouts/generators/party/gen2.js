const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });

// s13: no-member enterprises decline, one region rises (negative decline), rates as text
async function s13() {
  L.setSeed(1313);
  const recs = CITIES.map(() => { const a = ri(300, 3000); return { a, b: ri(Math.floor(a * 0.3), Math.floor(a * 0.8)) }; });
  recs[5].b = recs[5].a + 12; // rose
  recs[8].b = recs[8].a; // unchanged
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, fix(rate(r.a - r.b, r.a), 1) + '%'];
  const rows = [
    ['全省非公企业无党员问题破解情况统计表'],
    ['单位：家、%'],
    ['市', '无党员企业数（家）', '', '降幅'],
    ['', '年初', '目前', ''],
    ...CITIES.map((c, i) => row(c, recs[i])),
    row('全省', t),
    ['注：降幅＝（年初－目前）÷年初×100%，负数表示增加。'],
  ];
  await write(F('s13-no-member-decline'), [{ name: '无党员企业', rows, merges: ['A1:D1', 'A3:A4', 'B3:C3', 'D3:D4'] }]);
}

// s14: hotline closure with SUM and ROUND formulas (cached results)
async function s14() {
  L.setSeed(1414);
  const ch = ['12345热线', '政务服务网', '“辽事通”APP', '部门转办', '走访收集'];
  const recs = ch.map(() => { const a = ri(500, 9000); return { a, b: ri(Math.floor(a * 0.85), a) }; });
  const t = totalOf(recs);
  const rows = [
    ['企业诉求受理办结情况统计表'],
    ['单位：件、%'],
    ['截至2025年6月底'],
    ['渠道', '受理件数', '办结件数', '办结率（%）'],
    ...recs.map((r, i) => [ch[i], r.a, r.b, { f: `ROUND(C${5 + i}/B${5 + i}*100,1)`, v: rate(r.b, r.a), fmt: '0.0' }]),
    ['合计', { f: `SUM(B5:B${4 + ch.length})`, v: t.a }, { f: `SUM(C5:C${4 + ch.length})`, v: t.b }, { f: `ROUND(C${5 + ch.length}/B${5 + ch.length}*100,1)`, v: rate(t.b, t.a), fmt: '0.0' }],
    ['填报人：李明    联系电话：024-23456789'],
  ];
  await write(F('s14-hotline-formulas'), [{ name: '诉求办理', rows, merges: ['A1:D1'] }]);
}

// s15: party-building contact points by level with 其中 complete breakdown
async function s15() {
  L.setSeed(1515);
  const recs = CITIES.map(() => { const p = ri(0, 4), c = ri(3, 12), k = ri(10, 45); return { T: p + c + k, p, c, k }; });
  const t = totalOf(recs);
  const rows = [
    ['新兴领域党建工作联系点情况统计表'],
    ['单位：个'],
    ['序号', '市', '联系点总数', '其中：省级', '市级', '县级'],
    ['', '全省', t.T, t.p, t.c, t.k],
    ...CITIES.map((c, i) => [i + 1, c, recs[i].T, recs[i].p, recs[i].c, recs[i].k]),
  ];
  await write(F('s15-contact-points'), [{ name: '联系点', rows, merges: ['A1:F1'] }]);
}

// s16: party members with overlapping 其中 breakdowns (female, under 35, college) - each within whole, sum may exceed
async function s16() {
  L.setSeed(1616);
  const names = DISTRICTS.slice(0, 10);
  const recs = names.map(() => { const P = ri(100, 900); return { P, f: ri(Math.floor(P * 0.3), Math.floor(P * 0.5)), y: ri(Math.floor(P * 0.3), Math.floor(P * 0.5)), c: ri(Math.floor(P * 0.5), Math.floor(P * 0.8)) }; });
  const t = totalOf(recs);
  const rows = [
    ['非公有制企业党员队伍结构情况统计表'],
    ['单位：名'],
    ['区县', '党员总数', '其中：女党员', '35岁及以下', '大专及以上学历'],
    ...names.map((n, i) => [n, recs[i].P, recs[i].f, recs[i].y, recs[i].c]),
    ['合计', t.P, t.f, t.y, t.c],
  ];
  await write(F('s16-members-overlapping-ofwhich'), [{ name: '党员结构', rows, merges: ['A1:E1'] }]);
}

// s17: social organisations by type
async function s17() {
  L.setSeed(1717);
  const types = ['社会团体', '民办非企业单位', '基金会'];
  const recs = types.map(() => { const N = ri(30, 600); const O = ri(Math.floor(N * 0.1), Math.floor(N * 0.3)); const J = ri(2, 10); const JC = ri(2 * J, 3 * J); return { N, O, J, JC, C: O + JC }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.N, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.N))];
  const rows = [
    ['XX市社会组织党的组织覆盖情况统计表'],
    ['单位：个、%'],
    ['类别', '正常运行的社会组织数', '单独建立党组织', '联合党组织', '', '覆盖社会组织数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖社会组织数', '', ''],
    row('合计', t),
    ...types.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s17-socialorg-by-type'), [{ name: '社会组织', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] }]);
}

// s18: by industry
async function s18() {
  L.setSeed(1818);
  const ind = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '其他'];
  const recs = ind.map(() => { const E = ri(50, 900); const C = ri(Math.floor(E * 0.3), Math.floor(E * 0.7)); return { E, C, P: ri(C, C * 5) }; });
  const t = totalOf(recs);
  const rows = [
    ['XX区非公有制企业党建情况（按行业分）'],
    ['单位：家、名、%'],
    ['行业', '企业数', '覆盖企业数', '覆盖率（%）', '党员数'],
    ...ind.map((n, i) => [n, recs[i].E, recs[i].C, n1(rate(recs[i].C, recs[i].E)), recs[i].P]),
    ['合计', t.E, t.C, n1(rate(t.C, t.E)), t.P],
  ];
  await write(F('s18-by-industry'), [{ name: '分行业', rows, merges: ['A1:E1'] }]);
}

// s19: transposed: indicators as rows, regions as columns with 全市 column first
async function s19() {
  L.setSeed(1919);
  const names = DISTRICTS.slice(0, 7);
  const recs = names.map(() => { const E = ri(200, 900), O = ri(50, 150), JC = ri(30, 100); return { E, O, JC, C: O + JC }; });
  const t = totalOf(recs);
  const all = [t, ...recs];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况统计表'],
    ['单位：家、%'],
    ['指标', '全市', ...names],
    ['企业数', ...all.map((r) => r.E)],
    ['单独建立党组织', ...all.map((r) => r.O)],
    ['联合党组织覆盖企业数', ...all.map((r) => r.JC)],
    ['覆盖企业数', ...all.map((r) => r.C)],
    ['覆盖率（%）', ...all.map((r) => n1(rate(r.C, r.E)))],
  ];
  await write(F('s19-transposed'), [{ name: '横表', rows, merges: ['A1:I1'] }]);
}

// s20: 填报单位 lines at top, column-number row (甲 1 2 3 ...)
async function s20() {
  L.setSeed(2020);
  const names = TOWNS.slice(0, 7);
  const recs = names.map(() => { const E = ri(20, 80), O = ri(5, 15), J = ri(1, 3), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['附件2'],
    ['非公有制企业党组织覆盖情况汇总表'],
    ['填报单位：中共双河县委组织部', '', '', '', '', '2025年6月30日'],
    ['乡镇（街道）', '企业数（家）', '单独建立党组织（个）', '联合党组织数（个）', '联合党组织覆盖企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
    ['甲', '1', '2', '3', '4', '5＝2＋4', '6＝5÷1'],
    row('总计', t),
    ...names.map((n, i) => row(n, recs[i])),
    ['单位负责人：赵刚', '', '统计负责人：孙丽', '', '填表人：周敏', '', ''],
  ];
  await write(F('s20-filer-lines-colnumbers'), [{ name: '汇总', rows, merges: ['A2:G2'] }]);
}

// s21: 2-decimal rates as text '49.02%'
async function s21() {
  L.setSeed(2121);
  const recs = CITIES.map(() => { const E = ri(1000, 9000), C = ri(Math.floor(E * 0.3), Math.floor(E * 0.6)); return { E, C }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, thou(r.E), thou(r.C), fix(rate(r.C, r.E, 2), 2) + '%'];
  const rows = [
    ['辽宁省非公企业党组织覆盖率'],
    ['市', '企业数（家）', '覆盖企业数（家）', '覆盖率'],
    row('全省', t),
    ...CITIES.map((c, i) => row(c, recs[i])),
  ];
  await write(F('s21-two-decimal-text'), [{ name: '覆盖率', rows, merges: ['A1:D1'] }]);
}

// s22: unrounded rate formulas with 0.0 format; totals as SUM formulas; 小计 column formula
async function s22() {
  L.setSeed(2222);
  const names = DISTRICTS.slice(0, 8);
  const recs = names.map(() => { const E = ri(200, 800), c = ri(1, 8), g = ri(2, 12), b = ri(40, 150), J = ri(5, 20), JC = ri(2 * J, 3 * J); return { E, c, g, b, O: c + g + b, J, JC }; });
  const t = totalOf(recs);
  const n = names.length;
  const rows = [
    ['XX市非公企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['区县', '企业数', '单独建立党组织', '', '', '', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', '', ''],
  ];
  recs.forEach((r, i) => {
    const R = 5 + i;
    rows.push([names[i], r.E, { f: `SUM(D${R}:F${R})`, v: r.O }, r.c, r.g, r.b, r.J, r.JC, { f: `C${R}+H${R}`, v: r.O + r.JC }, { f: `I${R}/B${R}*100`, v: (r.O + r.JC) / r.E * 100, fmt: '0.0' }]);
  });
  const R = 5 + n;
  const cols = 'BCDEFGHI'.split('');
  rows.push(['合计', ...cols.map((c) => ({ f: `SUM(${c}5:${c}${R - 1})`, v: { B: t.E, C: t.O, D: t.c, E: t.g, F: t.b, G: t.J, H: t.JC, I: t.O + t.JC }[c] })), { f: `I${R}/B${R}*100`, v: (t.O + t.JC) / t.E * 100, fmt: '0.0' }]);
  await write(F('s22-formulas-unrounded'), [{ name: '覆盖', rows, merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:H3', 'I3:I4', 'J3:J4'] }]);
}

// s23: instructors with complete breakdown 机关干部/退休干部/其他
async function s23() {
  L.setSeed(2323);
  const names = TOWNS.slice(0, 10);
  const recs = names.map(() => { const a = ri(1, 8), b = ri(0, 5), c = ri(0, 3); return { E: ri(20, 90), T: a + b + c, a, b, c }; });
  const t = totalOf(recs);
  const rows = [
    ['选派党建工作指导员情况统计表'],
    ['单位：家、名'],
    ['乡镇', '非公企业数（家）', '选派党建工作指导员（名）', '其中：机关干部', '退休干部', '其他'],
    ...names.map((n, i) => [n, recs[i].E, recs[i].T, recs[i].a, recs[i].b, recs[i].c]),
    ['全县', t.E, t.T, t.a, t.b, t.c],
  ];
  await write(F('s23-instructors'), [{ name: '指导员', rows, merges: ['A1:F1'] }]);
}

// s24: party members growth 上年末/本年末/增长（%）, with negative growth
async function s24() {
  L.setSeed(2424);
  const recs = CITIES.map(() => { const a = ri(3000, 20000); return { a, b: a + ri(-300, 1500) }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, r.b - r.a, n1(rate(r.b - r.a, r.a))];
  const rows = [
    ['全省非公有制企业党员发展情况'],
    ['单位：名、%'],
    ['市', '党员数', '', '增加', '增长（%）'],
    ['', '上年末', '本年末', '', ''],
    row('全省', t),
    ...CITIES.map((c, i) => row(c, recs[i])),
  ];
  await write(F('s24-members-growth'), [{ name: '党员', rows, merges: ['A1:E1', 'A3:A4', 'B3:C3', 'D3:D4', 'E3:E4'] }]);
}

// s25: a new zone with no enterprises: rate '/'
async function s25() {
  L.setSeed(2525);
  const names = ['城关镇', '东关街道', '经济开发区', '新华街道', '高新技术产业园区', '柳河镇'];
  const recs = names.map(() => { const E = ri(20, 80), O = ri(5, 15), JC = ri(2, 8); return { E, O, JC, C: O + JC }; });
  recs[4] = { E: 0, O: 0, JC: 0, C: 0 };
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, r.E === 0 ? '/' : n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况统计表'],
    ['单位：家、%'],
    ['乡镇（街道、园区）', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
    ['注：高新技术产业园区2025年新设立，暂无入驻企业。'],
  ];
  await write(F('s25-zero-region-slash'), [{ name: '覆盖', rows, merges: ['A1:F1'] }]);
}

// s26: 合计 in 序号 column merged A:B at the top
async function s26() {
  L.setSeed(2626);
  const names = TOWNS.slice(1, 9);
  const recs = names.map(() => { const E = ri(20, 80), O = ri(5, 15), J = ri(1, 3), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; });
  const t = totalOf(recs);
  const row = (a, n, r) => [a, n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县“两新”组织党建工作统计表（非公有制企业）'],
    ['序号', '单位', '企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    row('合计', '', t),
    ...names.map((n, i) => row(i + 1, n, recs[i])),
  ];
  await write(F('s26-total-in-seq-merged'), [{ name: 'Sheet1', rows, merges: ['A1:H1', 'A3:B3'] }]);
}

(async () => {
  for (const f of [s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26]) await f();
  console.log('ok');
})();
