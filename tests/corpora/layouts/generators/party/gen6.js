const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });
function cov(lo, hi) { const E = ri(lo, hi), O = ri(Math.floor(E * 0.15), Math.floor(E * 0.3)), J = ri(1, Math.max(1, Math.floor(E * 0.05))), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; }

// s81: row sections 一、非公有制企业 / 二、社会组织 with their own totals
async function s81() {
  L.setSeed(8181);
  const names = TOWNS.slice(0, 5);
  const a = names.map(() => cov(20, 80)), b = names.map(() => cov(5, 30));
  const ta = totalOf(a), tb = totalOf(b);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县“两新”组织党组织覆盖情况统计表'],
    ['单位：家（个）、%'],
    ['乡镇', '企业（社会组织）数', '单独建立党组织', '联合党组织覆盖数', '覆盖数', '覆盖率（%）'],
    ['一、非公有制企业'],
    row('合计', ta), ...names.map((n, i) => row(n, a[i])),
    ['二、社会组织'],
    row('合计', tb), ...names.map((n, i) => row(n, b[i])),
  ];
  await write(F('s81-row-sections'), [{ name: '两新', rows, merges: ['A1:F1'] }]);
}

// s82: full-width percent sign in text rates, 其中:规模以上 with ASCII colon, full-width decimal point
async function s82() {
  L.setSeed(8282);
  const names = DISTRICTS.slice(0, 9);
  const recs = names.map(() => { const E = ri(200, 900), S = ri(30, 150), C = ri(Math.floor(E * 0.4), Math.floor(E * 0.7)); return { E, S, C }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.S, r.C, fix(rate(r.C, r.E), 1) + '％'];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况'],
    ['区县', '企业数（户）', '其中:规模以上企业', '覆盖企业数（户）', '覆盖率'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s82-fullwidth-percent'), [{ name: 'Sheet1', rows, merges: ['A1:E1'] }]);
}

// s83: parent header 其中 over 规模以上企业 | 小微企业 (complete breakdown)
async function s83() {
  L.setSeed(8383);
  const names = DISTRICTS.slice(0, 8);
  const recs = names.map(() => { const S = ri(30, 150), M = ri(200, 700); const E = S + M; const C = ri(Math.floor(E * 0.4), Math.floor(E * 0.7)); return { E, S, M, C }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.S, r.M, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况'],
    ['单位：家、%'],
    ['区县', '企业数', '其中', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '规模以上企业', '小微企业', '', ''],
    row('全市', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s83-parent-ofwhich-header'), [{ name: '覆盖', rows, merges: ['A1:F1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'] }]);
}

// s84: 单独建立党组织 over 合计/党委/党总支/党支部 (合计 as a column header)
async function s84() {
  L.setSeed(8484);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => { const E = ri(30, 120), c = ri(0, 2), g = ri(0, 4), b = ri(4, 20), J = ri(1, 4), JC = ri(2 * J, 3 * J); return { E, O: c + g + b, c, g, b, J, JC, C: c + g + b + JC }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.c, r.g, r.b, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织建设情况'],
    ['单位：家、个、%'],
    ['乡镇（街道）', '企业数', '单独建立党组织', '', '', '', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '合计', '党委', '党总支', '党支部', '个数', '覆盖企业数', '', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('全县', t),
  ];
  await write(F('s84-own-with-heji-column'), [{ name: '覆盖', rows, merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:H3', 'I3:I4', 'J3:J4'] }]);
}

// s85: 市本级 / 县直 rows, 全市合计 at top, count change column 比上年增减（个） and 增长（%）
async function s85() {
  L.setSeed(8585);
  const names = ['市本级', '市直园区', ...DISTRICTS.slice(0, 7)];
  const recs = names.map(() => { const a = ri(20, 200); return { a, b: a + ri(-10, 40) }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, r.b - r.a, n1(rate(r.b - r.a, r.a))];
  const rows = [
    ['XX市非公企业党组织数量变化情况'],
    ['单位：个、%'],
    ['区县', '上年末党组织数', '本年末党组织数', '比上年增减（个）', '增长（%）'],
    row('全市合计', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s85-city-level-rows-change'), [{ name: 'Sheet1', rows, merges: ['A1:E1'] }]);
}

// s86: transposed two-period table: indicators as rows, columns 2024年 / 2025年 / 增减
async function s86() {
  const E1 = 4821, O1 = 903, J1 = 211, JC1 = 702, E2 = 5102, O2 = 1011, J2 = 236, JC2 = 790;
  const C1 = O1 + JC1, C2 = O2 + JC2;
  const r1 = rate(C1, E1), r2 = rate(C2, E2);
  const rows = [
    ['XX市非公有制企业党建工作主要指标'],
    ['指标', '单位', '2024年', '2025年', '增减'],
    ['企业数', '家', E1, E2, E2 - E1],
    ['单独建立党组织', '个', O1, O2, O2 - O1],
    ['联合党组织数', '个', J1, J2, J2 - J1],
    ['联合党组织覆盖企业数', '家', JC1, JC2, JC2 - JC1],
    ['覆盖企业数', '家', C1, C2, C2 - C1],
    ['党组织覆盖率', '%', n1(r1), n1(r2), n1(Math.round((r2 - r1) * 10) / 10)],
  ];
  await write(F('s86-transposed-indicators-periods'), [{ name: '主要指标', rows, merges: ['A1:E1'] }]);
}

// s87: province by city; 全省 bottom; rates in 0.0 but counts in 万? no: counts plain; also a 党组织书记 of-which breakdown
async function s87() {
  L.setSeed(8787);
  const recs = CITIES.map(() => { const S = ri(200, 2000); const a = ri(Math.floor(S * 0.2), Math.floor(S * 0.4)), b = ri(Math.floor(S * 0.2), Math.floor(S * 0.4)); return { S, a, b, c: S - a - b }; });
  const t = totalOf(recs);
  const rows = [
    ['全省非公企业党组织书记队伍情况'],
    ['单位：名'],
    ['市', '党组织书记', '', '', ''],
    ['', '合计', '出资人担任', '管理人员担任', '其他人员担任'],
    ...CITIES.map((c, i) => [c, recs[i].S, recs[i].a, recs[i].b, recs[i].c]),
    ['全省', t.S, t.a, t.b, t.c],
  ];
  await write(F('s87-secretaries-breakdown'), [{ name: '书记', rows, merges: ['A1:E1', 'A3:A4', 'B3:E3'] }]);
}

// s88: percent formatted fraction stored rounded (0.873), with 2024/2025 coverage and 增减（百分点）as fraction-format? (points as plain numbers)
async function s88() {
  L.setSeed(8888);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => { const E1 = ri(30, 100), C1 = ri(10, E1 - 5), E2 = E1 + ri(0, 10), C2 = Math.min(E1 + 10, C1 + ri(0, 8)); return { E1, C1, E2, C2: Math.min(C2, E2) }; });
  const t = totalOf(recs);
  const row = (n, r) => { const a = rate(r.C1, r.E1), b = rate(r.C2, r.E2); return [n, r.E1, r.C1, { v: a / 100, fmt: '0.0%' }, r.E2, r.C2, { v: b / 100, fmt: '0.0%' }, n1(Math.round((b - a) * 10) / 10)]; };
  const rows = [
    ['XX县非公企业党组织覆盖率变化'],
    ['乡镇', '上年', '', '', '本年', '', '', '覆盖率提高（百分点）'],
    ['', '企业数', '覆盖企业数', '覆盖率', '企业数', '覆盖企业数', '覆盖率', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('全县', t),
  ];
  await write(F('s88-periods-fraction-rates'), [{ name: 'Sheet1', rows, merges: ['A1:H1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3'] }]);
}

// s89: 新兴领域: 快递/外卖/网约车 (new employment groups) rows as categories under 合计
async function s89() {
  L.setSeed(8989);
  const cats = ['快递物流企业', '外卖平台站点', '网约车平台', '互联网企业', '律师事务所', '会计师事务所'];
  const recs = cats.map(() => { const E = ri(10, 200), C = ri(2, Math.floor(E * 0.6)), P = ri(C, C * 6); return { E, C, P }; });
  const t = totalOf(recs);
  const rows = [
    ['XX市新兴领域党建工作情况统计表'],
    ['单位：家、名、%'],
    ['领域', '企业（单位）数', '建立党组织的企业数', '覆盖率（%）', '党员人数'],
    ['合计', t.E, t.C, n1(rate(t.C, t.E)), t.P],
    ...cats.map((c, i) => [c, recs[i].E, recs[i].C, n1(rate(recs[i].C, recs[i].E)), recs[i].P]),
  ];
  await write(F('s89-new-sectors-categories'), [{ name: '新兴领域', rows, merges: ['A1:E1'] }]);
}

// s90: county table with 党员数 and 流动党员/党组织关系在企业党员 of-which; rates of 有党员企业占比
async function s90() {
  L.setSeed(9090);
  const names = TOWNS.slice(0, 10);
  const recs = names.map(() => { const E = ri(30, 150), W = ri(10, E - 5), P = ri(W, W * 4), R = ri(Math.floor(P * 0.5), P); return { E, W, P, R }; });
  const t = totalOf(recs);
  const row = (s, n, r) => [s, n, r.E, r.W, n1(rate(r.W, r.E)), r.P, r.R];
  const rows = [
    ['XX县非公有制企业党员情况统计表'],
    ['单位：家、名、%'],
    ['序号', '乡镇', '企业数', '有党员的企业数', '有党员企业占比（%）', '党员数', '其中：组织关系在企业党员'],
    ...names.map((n, i) => row(i + 1, n, recs[i])),
    row('', '合计', t),
  ];
  await write(F('s90-members-share'), [{ name: '党员', rows, merges: ['A1:G1'] }]);
}

(async () => {
  for (const f of [s81, s82, s83, s84, s85, s86, s87, s88, s89, s90]) await f();
  console.log('ok');
})();
