const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write, colLetter } = L;

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];

// coverage record for one region
function cov(scale) {
  const E = ri(scale, scale * 3);
  const O = ri(Math.floor(E * 0.15), Math.floor(E * 0.35));
  const c = ri(0, Math.max(0, Math.floor(O / 10)));
  const g = ri(0, Math.max(0, Math.floor(O / 8)));
  const b = O - c - g;
  const J = ri(1, Math.max(1, Math.floor(E * 0.06)));
  const JC = ri(2 * J, Math.min(E - O, 4 * J));
  return { E, O, c, g, b, J, JC, C: O + JC };
}
function totalOf(recs) {
  const t = {};
  for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k]));
  return t;
}

const out = [];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);

// s01: county by town, 序号, 合计 at top, two-row merged header with 小计
async function s01() {
  L.setSeed(101);
  const names = TOWNS.slice(0, 10);
  const recs = names.map(() => cov(20));
  const t = totalOf(recs);
  const row = (seq, name, r) => [seq, name, r.E, r.O, r.c, r.g, r.b, r.J, r.JC, r.C, { v: rate(r.C, r.E), fmt: '0.0' }];
  const rows = [
    ['XX县非公有制企业党的组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['截至2025年6月底'],
    ['序号', '乡镇（街道）', '非公有制企业数', '单独建立党组织', '', '', '', '联合党组织', '', '覆盖企业数', '党组织覆盖率（%）'],
    ['', '', '', '小计', '党委', '党总支', '党支部', '个数', '覆盖企业数', '', ''],
    ['', '合计', t.E, t.O, t.c, t.g, t.b, t.J, t.JC, t.C, { v: rate(t.C, t.E), fmt: '0.0' }],
    ...recs.map((r, i) => row(i + 1, names[i], r)),
    ['注：覆盖企业数＝单独建立党组织企业数＋联合党组织覆盖企业数。'],
  ];
  await write(F('s01-county-town-top'), [{ name: '覆盖情况', rows, merges: ['A1:K1', 'A2:K2', 'A3:K3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:G4', 'H4:I4', 'J4:J5', 'K4:K5'] }]);
}

// s02: county by town, 合计 at bottom, three-row header, 填报单位 lines, rates as stored fractions w/ 0.0%
async function s02() {
  L.setSeed(202);
  const names = TOWNS.slice(2, 11);
  const recs = names.map(() => cov(15));
  const t = totalOf(recs);
  const pr = (r) => ({ v: r.C / r.E, fmt: '0.0%' });
  const rows = [
    ['柳河县两新组织党建工作统计表'],
    ['填报单位：中共柳河县委组织部（盖章）', '', '', '', '', '', '', '填报日期：2025年7月5日'],
    ['序号', '乡镇（街道）', '非公有制企业党组织覆盖情况', '', '', '', '', '', '', ''],
    ['', '', '企业数（家）', '单独建立党组织（个）', '', '', '联合党组织', '', '覆盖企业数（家）', '覆盖率'],
    ['', '', '', '党委', '党总支', '党支部', '个数', '覆盖企业数', '', ''],
    ...recs.map((r, i) => [i + 1, names[i], r.E, r.c, r.g, r.b, r.J, r.JC, r.C, pr(r)]),
    ['合计', '', t.E, t.c, t.g, t.b, t.J, t.JC, t.C, pr(t)],
    ['填报人：王丽', '', '审核人：张强', '', '', '联系电话：0435-5212345'],
  ];
  await write(F('s02-county-threerow-bottom'), [{ name: 'Sheet1', rows, merges: ['A1:J1', 'A3:A5', 'B3:B5', 'C3:J3', 'C4:C5', 'D4:F4', 'G4:H4', 'I4:I5', 'J4:J5', `A${6 + recs.length}:B${6 + recs.length}`] }]);
}

// s03: city by district with 市辖区 subtotal; 全市 top
async function s03() {
  L.setSeed(303);
  const urban = DISTRICTS.slice(0, 10), rural = DISTRICTS.slice(10);
  const ur = urban.map(() => cov(80)), rr = rural.map(() => cov(60));
  const tu = totalOf(ur), t = totalOf([...ur, ...rr]);
  const row = (name, r) => [name, r.E, r.O, r.J, r.JC, r.C, { v: rate(r.C, r.E), fmt: '0.0' }];
  const rows = [
    ['沈阳市非公有制企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['区县（市）', '企业数', '单独建立党组织数', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖企业数', '', ''],
    row('全市', t),
    row('市辖区', tu),
    ...urban.map((n, i) => row('  ' + n, ur[i])),
    ...rural.map((n, i) => row(n, rr[i])),
    ['注：市辖区为和平区至辽中区10个区合计。'],
  ];
  await write(F('s03-city-district-subtotal'), [{ name: '全市', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] }]);
}

// s04: province by city, 全省 top, percent-format fractions, thousands-separated counts as text
async function s04() {
  L.setSeed(404);
  const recs = CITIES.map(() => cov(800));
  const t = totalOf(recs);
  const row = (name, r) => [name, thou(r.E), thou(r.O), r.J, thou(r.JC), thou(r.C), { v: r.C / r.E, fmt: '0.0%' }];
  const rows = [
    ['辽宁省非公有制企业党的组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['截至2025年6月底'],
    ['市', '纳入台账管理的非公有制企业数（家）', '单独建立党组织（个）', '联合党组织', '', '覆盖企业数（家）', '党的组织\n覆盖率（%）'],
    ['', '', '', '个数', '覆盖企业数', '', ''],
    row('全省', t),
    ...CITIES.map((n, i) => row(n, recs[i])),
    ['注：1.本表由各市委组织部填报；'],
    ['    2.覆盖率=覆盖企业数÷企业数×100%。'],
  ];
  await write(F('s04-province-percentfmt'), [{ name: '非公企业', rows, merges: ['A1:G1', 'A2:G2', 'A3:G3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5', 'G4:G5'] }]);
}

// s05: rates typed as text '80.0%', 合计 bottom, '—' where none
async function s05() {
  L.setSeed(505);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => cov(10));
  recs[3].J = 0; recs[3].JC = 0; recs[3].C = recs[3].O;
  const t = totalOf(recs);
  const d = (x) => (x === 0 ? '—' : x);
  const row = (seq, name, r) => [seq, name, r.E, r.O, d(r.J), d(r.JC), r.C, fix(rate(r.C, r.E), 1) + '%'];
  const rows = [
    ['大屯县非公企业党组织覆盖情况表'],
    ['序号', '乡镇', '企业数（家）', '单独建立党组织（个）', '联合党组织（个）', '联合党组织覆盖企业数（家）', '覆盖企业数（家）', '党组织覆盖率'],
    ...recs.map((r, i) => row(i + 1, names[i], r)),
    ['', '合计', t.E, t.O, t.J, t.JC, t.C, fix(rate(t.C, t.E), 1) + '%'],
  ];
  await write(F('s05-text-rates-dash'), [{ name: '覆盖', rows, merges: ['A1:H1'] }]);
}

// s06: enterprise block beside a social-organisation block
async function s06() {
  L.setSeed(606);
  const names = DISTRICTS.slice(0, 9);
  const e = names.map(() => cov(40));
  const so = names.map(() => { const N = ri(20, 90); const Oc = ri(5, Math.floor(N * 0.4)); const J = ri(1, 4); const JC = ri(2 * J, 3 * J); return { N, O: Oc, J, JC, C: Oc + JC }; });
  const te = totalOf(e), ts = totalOf(so);
  const row = (n, a, b) => [n, a.E, a.O, a.JC, a.C, { v: rate(a.C, a.E), fmt: '0.0' }, b.N, b.O, b.JC, b.C, { v: rate(b.C, b.N), fmt: '0.0' }];
  const rows = [
    ['沈阳市“两新”组织党的组织覆盖情况统计表'],
    ['单位：家、个、%', '', '', '', '', '', '', '', '', '', '截至2025年6月底'],
    ['区县', '非公有制企业', '', '', '', '', '社会组织', '', '', '', ''],
    ['', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）', '社会组织数', '单独建立党组织', '联合党组织覆盖社会组织数', '覆盖社会组织数', '覆盖率（%）'],
    ...names.map((n, i) => row(n, e[i], so[i])),
    row('合计', te, ts),
  ];
  await write(F('s06-enterprise-and-socialorg'), [{ name: '两新覆盖', rows, merges: ['A1:K1', 'A3:A4', 'B3:F3', 'G3:K3'] }]);
}

// s07: two periods side by side with change in points and growth %
async function s07() {
  L.setSeed(707);
  const names = CITIES.slice(0, 12);
  const recs = names.map(() => {
    const E1 = ri(1000, 5000), C1 = ri(Math.floor(E1 * 0.3), Math.floor(E1 * 0.6));
    const E2 = E1 + ri(-100, 600), C2 = Math.min(E2, C1 + ri(0, 500));
    return { E1, C1, E2, C2 };
  });
  const t = totalOf(recs);
  const row = (n, r) => {
    const r1 = rate(r.C1, r.E1), r2 = rate(r.C2, r.E2);
    return [n, r.E1, r.C1, { v: r1, fmt: '0.0' }, r.E2, r.C2, { v: r2, fmt: '0.0' }, { v: Math.round((r2 - r1) * 10) / 10, fmt: '0.0' }, { v: rate(r.E2 - r.E1, r.E1), fmt: '0.0' }];
  };
  const rows = [
    ['全省非公有制企业党组织覆盖情况对比表'],
    ['单位：家、%'],
    ['市', '2024年', '', '', '2025年', '', '', '覆盖率增减（百分点）', '企业数增长（%）'],
    ['', '企业数', '覆盖企业数', '覆盖率', '企业数', '覆盖企业数', '覆盖率', '', ''],
    row('全省', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s07-two-periods'), [{ name: '对比', rows, merges: ['A1:I1', 'A3:A4', 'B3:D3', 'E3:G3', 'H3:H4', 'I3:I4'] }]);
}

// s08: 其中 columns: 企业数 | 其中：规模以上企业 | 覆盖企业数 | 其中：规模以上企业覆盖数 | 覆盖率
async function s08() {
  L.setSeed(808);
  const names = DISTRICTS.slice(0, 11);
  const recs = names.map(() => {
    const E = ri(200, 900), S = ri(Math.floor(E * 0.2), Math.floor(E * 0.5));
    const C = ri(Math.floor(E * 0.55), Math.floor(E * 0.8)); const SC = ri(Math.max(0, S - (E - C)), S);
    return { E, S, C, SC };
  });
  const t = totalOf(recs);
  const row = (seq, n, r) => [seq, n, r.E, r.S, r.C, r.SC, { v: rate(r.C, r.E), fmt: '0.0' }];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况统计表'],
    ['单位：家、%'],
    ['序号', '区县', '企业数', '其中：规模以上企业', '覆盖企业数', '其中：规模以上企业', '覆盖率（%）'],
    ...recs.map((r, i) => row(i + 1, names[i], r)),
    ['', '合计', t.E, t.S, t.C, t.SC, { v: rate(t.C, t.E), fmt: '0.0' }],
  ];
  await write(F('s08-ofwhich-columns'), [{ name: '覆盖', rows, merges: ['A1:G1'] }]);
}

// s09: 其中 rows: 合计 then 其中：规模以上企业, then regions
async function s09() {
  L.setSeed(909);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => cov(12));
  const t = totalOf(recs);
  // 规模以上 breakdown of the total
  const S = { E: Math.floor(t.E * 0.3) };
  S.O = Math.floor(t.O * 0.5); S.JC = Math.min(Math.floor(t.JC * 0.3), S.E - S.O); S.C = S.O + S.JC;
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, { v: rate(r.C, r.E), fmt: '0.0' }];
  const rows = [
    ['马家县非公有制企业党组织覆盖情况'],
    ['单位：家、%', '', '', '', '', '2025年6月'],
    ['乡镇', '企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    row('全县', t),
    row('其中：规模以上企业', S),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s09-ofwhich-row'), [{ name: '覆盖', rows, merges: ['A1:F1'] }]);
}

// s10: numbered hierarchy 一、（一）
async function s10() {
  L.setSeed(1010);
  const g1 = ['东关街道', '西关街道', '新华街道'], g2 = ['柳河镇', '大屯镇', '马家镇', '双河镇'], g3 = ['河东乡', '石佛乡', '白庙乡'];
  const groups = [['一、街道', g1], ['二、建制镇', g2], ['三、乡', g3]];
  const all = [];
  const body = [];
  for (const [gname, members] of groups) {
    const recs = members.map(() => cov(15)); all.push(...recs);
    const gt = totalOf(recs);
    body.push([gname, gt.E, gt.O, gt.J, gt.JC, gt.C, { v: rate(gt.C, gt.E), fmt: '0.0' }]);
    members.forEach((m, i) => body.push([`（${'一二三四'[i]}）${m}`, recs[i].E, recs[i].O, recs[i].J, recs[i].JC, recs[i].C, { v: rate(recs[i].C, recs[i].E), fmt: '0.0' }]));
  }
  const t = totalOf(all);
  const rows = [
    ['河东县非公有制企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['项目', '企业数', '单独建立党组织', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖企业数', '', ''],
    ['全县合计', t.E, t.O, t.J, t.JC, t.C, { v: rate(t.C, t.E), fmt: '0.0' }],
    ...body,
  ];
  await write(F('s10-numbered-hierarchy'), [{ name: '分类', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] }]);
}

// s11: ledger of enterprises, one row per enterprise, plus its summary sheet
async function s11() {
  L.setSeed(1111);
  const towns = ['城关镇', '东关街道', '柳河镇', '河东乡'];
  const names = ['宏达机械', '鑫源建材', '华泰食品', '金盛物流', '永兴纺织', '瑞丰农业', '恒通汽配', '天成电子', '聚福餐饮', '博远科技', '利民超市', '富康医药', '东方印务', '兴业化工', '长青园林', '安信保安', '万家装饰', '嘉禾米业'];
  const codeChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const ledger = names.map((n, i) => {
    const staff = ri(8, 300), pm = ri(0, Math.min(staff, 12));
    const own = pm >= 3 ? (ri(0, 3) > 0 ? '是' : '否') : '否';
    let code = '91' + String(ri(100000, 999999)); while (code.length < 17) code += codeChars[ri(0, codeChars.length - 1)];
    code += codeChars[ri(0, 30)];
    return { seq: i + 1, name: `${towns[i % 4].slice(0, 2)}${n}有限公司`, town: towns[i % 4], code, date: new Date(Date.UTC(ri(2003, 2022), ri(0, 11), ri(1, 28))), staff, pm, own, phone: '13' + String(ri(100000000, 999999999)) };
  });
  const rows = [
    ['柳河县非公有制企业党建工作台账'],
    ['序号', '企业名称', '所在乡镇', '统一社会信用代码', '成立日期', '从业人员数（人）', '党员人数（名）', '是否建立党组织', '联系电话'],
    ...ledger.map((e) => [e.seq, e.name, e.town, e.code, { v: e.date, fmt: 'yyyy-mm-dd' }, e.staff, e.pm, e.own, e.phone]),
    ['合计', '', '', '', '', sum(ledger.map((e) => e.staff)), sum(ledger.map((e) => e.pm)), ''],
  ];
  const srows = [
    ['柳河县非公有制企业党建工作台账汇总表'],
    ['乡镇', '企业数（家）', '党员人数（名）', '已建立党组织企业数（家）', '无党员企业数（家）', '覆盖率（%）'],
  ];
  const agg = towns.map((t) => {
    const es = ledger.filter((e) => e.town === t);
    return { E: es.length, P: sum(es.map((e) => e.pm)), C: es.filter((e) => e.own === '是').length, N: es.filter((e) => e.pm === 0).length };
  });
  const ta = totalOf(agg);
  towns.forEach((t, i) => srows.push([t, agg[i].E, agg[i].P, agg[i].C, agg[i].N, { v: rate(agg[i].C, agg[i].E), fmt: '0.0' }]));
  srows.push(['合计', ta.E, ta.P, ta.C, ta.N, { v: rate(ta.C, ta.E), fmt: '0.0' }]);
  await write(F('s11-ledger-and-summary'), [
    { name: '台账', rows, merges: ['A1:I1', `A${3 + ledger.length}:E${3 + ledger.length}`] },
    { name: '汇总', rows: srows, merges: ['A1:F1'] },
  ]);
}

// s12: full-width digits in counts
async function s12() {
  L.setSeed(1212);
  const names = TOWNS.slice(3, 10);
  const recs = names.map(() => cov(10));
  const t = totalOf(recs);
  const row = (seq, n, r) => [seq, n, fw(r.E), fw(r.c), fw(r.g), fw(r.b), fw(r.J), fw(r.JC), fw(r.C), fw(fix(rate(r.C, r.E), 1))];
  const rows = [
    ['新华县非公企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['序号', '乡镇（街道）', '企业数', '单独建立党组织', '', '', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '', '党委', '党总支', '党支部', '个数', '覆盖企业数', '', ''],
    ['', '合  计', fw(t.E), fw(t.c), fw(t.g), fw(t.b), fw(t.J), fw(t.JC), fw(t.C), fw(fix(rate(t.C, t.E), 1))],
    ...recs.map((r, i) => row(i + 1, names[i], r)),
  ];
  await write(F('s12-fullwidth'), [{ name: '覆盖', rows, merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:H3', 'I3:I4', 'J3:J4'] }]);
}

(async () => {
  for (const f of [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12]) await f();
  console.log('ok');
})();
