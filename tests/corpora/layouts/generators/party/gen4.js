const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });
function cov(lo, hi) { const E = ri(lo, hi), O = ri(Math.floor(E * 0.15), Math.floor(E * 0.3)), J = ri(1, Math.max(1, Math.floor(E * 0.05))), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; }

// s20c: column-number row as text digits
async function s20c() {
  L.setSeed(2020);
  const names = TOWNS.slice(0, 7);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['非公有制企业党组织覆盖情况汇总表'],
    ['乡镇（街道）', '企业数（家）', '单独建立党组织（个）', '联合党组织数（个）', '联合党组织覆盖企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
    ['甲', '1', '2', '3', '4', '5', '6'],
    row('总计', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s20c-colnumbers-text'), [{ name: '汇总', rows, merges: ['A1:G1'] }]);
}

// s40b: 其中 breakdown followed by an unrelated column with its own unit
async function s40b() {
  L.setSeed(4041);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => { const a = ri(20, 200), b = ri(0, 12); return { P: a + b, a, b, I: ri(1, 6) }; });
  const t = totalOf(recs);
  const rows = [
    ['XX县非公企业党员和党建工作指导员情况统计表'],
    ['乡镇', '党员数（名）', '其中：正式党员', '预备党员', '党建工作指导员（名）'],
    ...names.map((n, i) => [n, recs[i].P, recs[i].a, recs[i].b, recs[i].I]),
    ['合计', t.P, t.a, t.b, t.I],
  ];
  await write(F('s40b-ofwhich-then-other-measure'), [{ name: '党员', rows, merges: ['A1:E1'] }]);
}

// s07b: two periods with unit row, only 覆盖率增减（百分点）(no growth column)
async function s07b() {
  L.setSeed(7070);
  const names = DISTRICTS.slice(0, 9);
  const recs = names.map(() => { const E1 = ri(300, 900), C1 = ri(Math.floor(E1 * 0.4), Math.floor(E1 * 0.6)); const E2 = E1 + ri(0, 80), C2 = C1 + ri(-10, 60); return { E1, C1, E2, C2 }; });
  const t = totalOf(recs);
  const row = (n, r) => { const a = rate(r.C1, r.E1), b = rate(r.C2, r.E2); return [n, r.E1, r.C1, n1(a), r.E2, r.C2, n1(b), n1(Math.round((b - a) * 10) / 10)]; };
  const rows = [
    ['XX市非公有制企业党组织覆盖情况对比'],
    ['单位：家、%'],
    ['区县', '2024年底', '', '', '2025年6月底', '', '', '覆盖率增减（百分点）'],
    ['', '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s07b-two-periods-unitrow-points'), [{ name: '对比', rows, merges: ['A1:H1', 'A3:A4', 'B3:D3', 'E3:G3', 'H3:H4'] }]);
}

// s09b: total, then 其中 row, then 市辖区-like blank line? -> variant: 其中 row placed at the bottom after 合计
async function s09b() {
  L.setSeed(9090);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => cov(20, 60));
  const t = totalOf(recs);
  const S = { E: Math.floor(t.E * 0.3) }; S.O = Math.floor(t.O * 0.5); S.JC = Math.min(Math.floor(t.JC * 0.3), S.E - S.O); S.C = S.O + S.JC;
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况'],
    ['单位：家、%'],
    ['乡镇', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
    row('其中：规模以上企业', S),
  ];
  await write(F('s09b-ofwhich-row-after-total'), [{ name: '覆盖', rows, merges: ['A1:F1'] }]);
}

// s48: share column: 规模以上企业占比（%）
async function s48() {
  L.setSeed(4848);
  const names = DISTRICTS.slice(0, 9);
  const recs = names.map(() => { const E = ri(300, 1200), S = ri(30, 200), C = ri(Math.floor(E * 0.4), Math.floor(E * 0.7)); return { E, S, C }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.S, n1(rate(r.S, r.E)), r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX市非公有制企业基本情况'],
    ['单位：家、%'],
    ['区县', '企业数', '其中：规模以上企业', '规模以上企业占比（%）', '覆盖企业数', '覆盖率（%）'],
    row('全市', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s48-share-column'), [{ name: '基本情况', rows, merges: ['A1:F1'] }]);
}

// s56: unrounded fraction formulas with 0.00% format
async function s56() {
  L.setSeed(5656);
  const names = CITIES.slice(0, 12);
  const recs = names.map(() => cov(800, 5000));
  const t = totalOf(recs);
  const rows = [
    ['全省非公有制企业党组织覆盖率'],
    ['市', '企业数', '覆盖企业数', '覆盖率'],
  ];
  names.forEach((n, i) => rows.push([n, recs[i].E, recs[i].C, { f: `C${3 + i}/B${3 + i}`, v: recs[i].C / recs[i].E, fmt: '0.00%' }]));
  const R = 3 + names.length;
  rows.push(['全省', { f: `SUM(B3:B${R - 1})`, v: t.E }, { f: `SUM(C3:C${R - 1})`, v: t.C }, { f: `C${R}/B${R}`, v: t.C / t.E, fmt: '0.00%' }]);
  await write(F('s56-fraction-formulas-2dp'), [{ name: '覆盖率', rows, merges: ['A1:D1'] }]);
}

// s58: growth of enterprises 上年同期/本期/同比增长 in a single-period sheet, with a decrease
async function s58() {
  L.setSeed(5858);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => { const a = ri(20, 120); return { a, b: a + ri(-15, 40) }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, n1(rate(r.b - r.a, r.a))];
  const rows = [
    ['XX县新增非公有制企业党组织情况'],
    ['单位：个、%'],
    ['乡镇', '新建党组织数', '', '同比增长（%）'],
    ['', '上年同期', '本期', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s58-growth-yoy'), [{ name: '新建', rows, merges: ['A1:D1', 'A3:A4', 'B3:C3', 'D3:D4'] }]);
}

// s60: subtotals heading their groups (城区小计 / 农村小计), total at the top
async function s60() {
  L.setSeed(6060);
  const g1 = ['东关街道', '西关街道', '新华街道'], g2 = ['柳河镇', '大屯镇', '马家镇', '河东乡', '石佛乡'];
  const a = g1.map(() => cov(30, 90)), b = g2.map(() => cov(10, 50));
  const ta = totalOf(a), tb = totalOf(b), t = totalOf([...a, ...b]);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['乡镇（街道）', '企业数', '单独建立党组织', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖企业数', '', ''],
    row('合计', t),
    row('城区小计', ta),
    ...g1.map((n, i) => row(n, a[i])),
    row('农村小计', tb),
    ...g2.map((n, i) => row(n, b[i])),
  ];
  await write(F('s60-subtotals-head'), [{ name: '覆盖', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] }]);
}

// s61: numbered rows "1.城关镇"
async function s61() {
  L.setSeed(6161);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况'],
    ['单位', '企业数（家）', '单独建立党组织（个）', '联合党组织覆盖企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
    row('全县', t),
    ...names.map((n, i) => row(`${i + 1}.${n}`, recs[i])),
  ];
  await write(F('s61-numbered-rows'), [{ name: '覆盖', rows, merges: ['A1:F1'] }]);
}

// s63: rounding ties, integer / 1-dec / 2-dec
async function s63() {
  // integer rate ties: 29/200=14.5 ->15 ; 57/200=28.5 -> 29; 1-dec: 1/16 = 6.25 -> 6.3 ; 2-dec: 10002/40000=25.005 -> 25.01
  const recs = [
    { E: 200, C: 29 }, { E: 200, C: 57 }, { E: 16, C: 1 }, { E: 80, C: 13 }, { E: 40000, C: 10002 }, { E: 2000, C: 1001 }, { E: 400, C: 173 }, { E: 8, C: 3 },
  ];
  const names = CITIES.slice(0, recs.length);
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.C, { v: rate(r.C, r.E, 0), fmt: '0' }, n1(rate(r.C, r.E, 1)), fix(rate(r.C, r.E, 2), 2) + '%'];
  const rows = [
    ['覆盖率四舍五入检验表'],
    ['市', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）', '党组织覆盖率（%）', '党的组织覆盖率'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s63-rounding-ties'), [{ name: 'ties', rows, merges: ['A1:F1'] }]);
  // single-rate-column versions, more natural
  const rows0 = [['覆盖率统计表'], ['市', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）'], ...names.map((n, i) => [n, recs[i].E, recs[i].C, { v: rate(recs[i].C, recs[i].E, 0), fmt: '0' }]), ['合计', t.E, t.C, { v: rate(t.C, t.E, 0), fmt: '0' }]];
  await write(F('s63b-rounding-ties-int'), [{ name: 'ties', rows: rows0, merges: ['A1:D1'] }]);
  const rows2 = [['覆盖率统计表'], ['市', '企业数（家）', '覆盖企业数（家）', '覆盖率'], ...names.map((n, i) => [n, recs[i].E, recs[i].C, fix(rate(recs[i].C, recs[i].E, 2), 2) + '%']), ['合计', t.E, t.C, fix(rate(t.C, t.E, 2), 2) + '%']];
  await write(F('s63c-rounding-ties-2dp'), [{ name: 'ties', rows: rows2, merges: ['A1:D1'] }]);
}

// s65: ledger grouped by town with 小计 rows after each group, 合计 at the end
async function s65() {
  L.setSeed(6565);
  const towns = ['城关镇', '柳河镇', '河东乡'];
  const rows = [['XX县规模以上非公企业党建台账'], ['序号', '企业名称', '所在乡镇', '从业人员（人）', '党员人数（名）', '是否建立党组织', '成立时间']];
  let seq = 1; const subs = [];
  for (const t of towns) {
    const k = ri(3, 5); const es = [];
    for (let i = 0; i < k; i++) { const e = { staff: ri(50, 600), pm: ri(0, 20) }; es.push(e); rows.push([seq++, `${t.slice(0, 2)}${['恒达', '瑞丰', '金鼎', '华兴', '鸿运'][i]}实业有限公司`, t, e.staff, e.pm, e.pm >= 3 ? '是' : '否', `${ri(2000, 2020)}.${String(ri(1, 12)).padStart(2, '0')}`]); }
    const s = totalOf(es); subs.push(s);
    rows.push(['', '小计', '', s.staff, s.pm, '', '']);
  }
  const tt = totalOf(subs);
  rows.push(['', '合计', '', tt.staff, tt.pm, '', '']);
  await write(F('s65-ledger-subtotals'), [{ name: '台账', rows, merges: ['A1:G1'] }]);
}

// s66: signed change column in counts: 比上年增减（家）
async function s66() {
  L.setSeed(6666);
  const names = DISTRICTS.slice(0, 10);
  const recs = names.map(() => { const a = ri(200, 800), b = a + ri(-40, 80); return { a, b, d: b - a }; });
  const t = totalOf(recs);
  const rows = [
    ['XX市无党员非公企业数变化情况'],
    ['单位：家'],
    ['区县', '上年末无党员企业数', '本年末无党员企业数', '比上年增减'],
    ...names.map((n, i) => [n, recs[i].a, recs[i].b, recs[i].d]),
    ['全市', t.a, t.b, t.d],
  ];
  await write(F('s66-signed-change'), [{ name: 'Sheet1', rows, merges: ['A1:D1'] }]);
}

// s68: filer and unit in the same row; header 县(市、区)
async function s68() {
  L.setSeed(6868);
  const names = DISTRICTS.slice(0, 12);
  const recs = names.map(() => cov(100, 600));
  const t = totalOf(recs);
  const row = (s, n, r) => [s, n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['沈阳市非公有制企业党建工作基本情况统计表'],
    ['填报单位：沈阳市委两新工委', '', '', '', '', '', '', '单位：家、个、%'],
    ['序号', '县(市、区)', '企业数', '单独建立党组织数', '联合党组织数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => row(i + 1, n, recs[i])),
    row('', '合计', t),
    ['说明：本表数据来源于全市非公企业党建信息管理系统。'],
  ];
  await write(F('s68-filer-unit-same-row'), [{ name: '基本情况', rows, merges: ['A1:H1'] }]);
}

// s70: share of base: 占企业总数比例（%）
async function s70() {
  L.setSeed(7071);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => { const E = ri(40, 200), N = ri(5, Math.floor(E * 0.5)); return { E, N }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.N, n1(rate(r.N, r.E))];
  const rows = [
    ['XX县无党员非公企业情况'],
    ['单位：家、%'],
    ['乡镇', '企业总数', '无党员企业数', '占企业总数比例（%）'],
    ...names.map((n, i) => row(n, recs[i])),
    row('全县', t),
  ];
  await write(F('s70-share-of-base'), [{ name: 'Sheet1', rows, merges: ['A1:D1'] }]);
}

(async () => {
  for (const f of [s20c, s40b, s07b, s09b, s48, s56, s58, s60, s61, s63, s65, s66, s68, s70]) await f();
  console.log('ok');
})();
