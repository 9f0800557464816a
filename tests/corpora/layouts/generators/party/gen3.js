const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;
const fs = require('fs');

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });
function cov(lo, hi) { const E = ri(lo, hi), O = ri(Math.floor(E * 0.15), Math.floor(E * 0.3)), J = ri(1, Math.max(1, Math.floor(E * 0.05))), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; }

// s20b: column-number row with plain numbers
async function s20b() {
  L.setSeed(2020);
  const names = TOWNS.slice(0, 7);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['非公有制企业党组织覆盖情况汇总表'],
    ['乡镇（街道）', '企业数（家）', '单独建立党组织（个）', '联合党组织数（个）', '联合党组织覆盖企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
    ['甲', 1, 2, 3, 4, 5, 6],
    row('总计', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s20b-colnumbers-plain'), [{ name: '汇总', rows, merges: ['A1:G1'] }]);
}

// s27: province by city with counties nested (indented) under cities
async function s27() {
  L.setSeed(2727);
  const tree = { '沈阳市': ['和平区', '沈河区', '新民市'], '大连市': ['中山区', '西岗区', '瓦房店市', '庄河市'], '鞍山市': ['铁东区', '海城市', '台安县'] };
  const body = []; const tops = [];
  for (const [city, cs] of Object.entries(tree)) {
    const recs = cs.map(() => cov(100, 400)); const ct = totalOf(recs); tops.push(ct);
    body.push([city, ct.E, ct.O, ct.JC, ct.C, n1(rate(ct.C, ct.E))]);
    cs.forEach((c, i) => body.push([{ v: c, indent: 1 }, recs[i].E, recs[i].O, recs[i].JC, recs[i].C, n1(rate(recs[i].C, recs[i].E))]));
  }
  const t = totalOf(tops);
  const rows = [
    ['部分市县非公有制企业党组织覆盖情况'],
    ['单位：家、%'],
    ['地区', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ['合计', t.E, t.O, t.JC, t.C, n1(rate(t.C, t.E))],
    ...body,
  ];
  await write(F('s27-city-county-nested'), [{ name: '分市县', rows, merges: ['A1:F1'] }]);
}

// s28: CSV (UTF-8 BOM) two-row header without merges
async function s28() {
  L.setSeed(2828);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const lines = [
    '东关县非公有制企业党组织覆盖情况统计表,,,,,,',
    '单位：家、个、%,,,,,,',
    '乡镇,企业数,单独建立党组织,联合党组织,,覆盖企业数,覆盖率（%）',
    ',,,个数,覆盖企业数,,',
    ...names.map((n, i) => [n, recs[i].E, recs[i].O, recs[i].J, recs[i].JC, recs[i].C, fix(rate(recs[i].C, recs[i].E), 1)].join(',')),
    ['合计', t.E, t.O, t.J, t.JC, t.C, fix(rate(t.C, t.E), 1)].join(','),
    '注：数据截至2025年6月底。,,,,,,',
  ];
  fs.writeFileSync(require("path").join(__dirname, "../../party") + '/s28-csv-utf8.csv', '\ufeff' + lines.join('\r\n') + '\r\n');
}

// s29: social organisations with merged 联合党组织/覆盖社会组织数, by district
async function s29() {
  L.setSeed(2929);
  const names = DISTRICTS.slice(0, 9);
  const recs = names.map(() => cov(30, 150));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX市社会组织党组织覆盖情况统计表'],
    ['单位：个、%'],
    ['区县', '社会组织数', '单独建立党组织', '联合党组织', '', '覆盖社会组织数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖社会组织数', '', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('全市', t),
  ];
  await write(F('s29-socialorg-by-district'), [{ name: '社会组织', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] }]);
}

// s30: enterprises with / without members, members, covered
async function s30() {
  L.setSeed(3030);
  const names = TOWNS.slice(0, 10);
  const recs = names.map(() => { const E = ri(30, 120), W = ri(Math.floor(E * 0.4), Math.floor(E * 0.7)); const P = ri(W, W * 4); const C = ri(Math.floor(W * 0.5), W); return { E, W, N: E - W, P, C }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.W, r.N, r.P, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党员分布和党组织覆盖情况'],
    ['单位：家、名、%'],
    ['乡镇', '企业数', '有党员企业数', '无党员企业数', '党员数', '覆盖企业数', '覆盖率（%）'],
    row('全县', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s30-with-without-members'), [{ name: 'Sheet1', rows, merges: ['A1:G1'] }]);
}

// s31: two periods, units only in headers, no unit row
async function s31() {
  L.setSeed(3131);
  const names = DISTRICTS.slice(0, 10);
  const recs = names.map(() => { const E1 = ri(300, 900), C1 = ri(Math.floor(E1 * 0.4), Math.floor(E1 * 0.6)); const E2 = E1 + ri(0, 80), C2 = C1 + ri(0, 60); return { E1, C1, E2, C2 }; });
  const t = totalOf(recs);
  const row = (n, r) => { const a = rate(r.C1, r.E1), b = rate(r.C2, r.E2); return [n, r.E1, r.C1, n1(a), r.E2, r.C2, n1(b), n1(Math.round((b - a) * 10) / 10), n1(rate(r.C2 - r.C1, r.C1))]; };
  const rows = [
    ['XX市非公有制企业党组织覆盖情况（2024—2025年）'],
    ['区县', '2024年', '', '', '2025年', '', '', '覆盖率增减（百分点）', '覆盖企业数增长（%）'],
    ['', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）', '', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s31-two-periods-no-unitrow'), [{ name: '对比', rows, merges: ['A1:I1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:H3', 'I2:I3'] }]);
}

// s32: two tables stacked on one sheet (enterprises, then social organisations)
async function s32() {
  L.setSeed(3232);
  const names = TOWNS.slice(0, 6);
  const a = names.map(() => cov(20, 80)), b = names.map(() => cov(5, 30));
  const ta = totalOf(a), tb = totalOf(b);
  const rows = [
    ['表1  非公有制企业党组织覆盖情况'],
    ['乡镇', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => [n, a[i].E, a[i].O, a[i].JC, a[i].C, n1(rate(a[i].C, a[i].E))]),
    ['合计', ta.E, ta.O, ta.JC, ta.C, n1(rate(ta.C, ta.E))],
    [],
    ['表2  社会组织党组织覆盖情况'],
    ['乡镇', '社会组织数', '单独建立党组织', '联合党组织覆盖社会组织数', '覆盖社会组织数', '覆盖率（%）'],
    ...names.map((n, i) => [n, b[i].E, b[i].O, b[i].JC, b[i].C, n1(rate(b[i].C, b[i].E))]),
    ['合计', tb.E, tb.O, tb.JC, tb.C, n1(rate(tb.C, tb.E))],
  ];
  await write(F('s32-two-tables-stacked'), [{ name: '两新', rows, merges: ['A1:F1', `A${names.length + 5}:F${names.length + 5}`] }]);
}

// s33: integer rates, header line breaks
async function s33() {
  L.setSeed(3333);
  const names = CITIES.slice(0, 10);
  const recs = names.map(() => cov(500, 3000));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, { v: rate(r.C, r.E, 0), fmt: '0' }];
  const rows = [
    ['非公有制企业党的组织覆盖情况'],
    ['市', '非公有制\n企业数\n（家）', '单独建立\n党组织\n（个）', '联合\n党组织数\n（个）', '联合党组织\n覆盖企业数\n（家）', '覆盖\n企业数\n（家）', '党的组织\n覆盖率\n（%）'],
    row('全省', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s33-int-rates-linebreaks'), [{ name: '覆盖', rows, merges: ['A1:G1'] }]);
}

// s35: districts, 市辖区小计 after them, counties, 全市合计 at bottom
async function s35() {
  L.setSeed(3535);
  const ur = DISTRICTS.slice(0, 6), rr = DISTRICTS.slice(10);
  const u = ur.map(() => cov(100, 400)), r = rr.map(() => cov(100, 300));
  const tu = totalOf(u), t = totalOf([...u, ...r]);
  const row = (n, x) => [n, x.E, x.O, x.JC, x.C, n1(rate(x.C, x.E))];
  const rows = [
    ['XX市非公企业党组织覆盖情况统计表'],
    ['单位：家、%'],
    ['县（市、区）', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...ur.map((n, i) => row(n, u[i])),
    row('市辖区小计', tu),
    ...rr.map((n, i) => row(n, r[i])),
    row('全市合计', t),
  ];
  await write(F('s35-subtotal-after-districts'), [{ name: '覆盖', rows, merges: ['A1:F1'] }]);
}

// s36: enterprise appeals: 收集诉求 / 办理答复 / 答复率, 万件 text
async function s36() {
  L.setSeed(3636);
  const recs = CITIES.map(() => { const a = ri(800, 9000); return { a, b: ri(Math.floor(a * 0.8), a) }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, n1(rate(r.b, r.a))];
  const rows = [
    ['“万人进万企”收集企业诉求办理情况'],
    ['单位：件、%'],
    ['市', '收集诉求件数', '办理答复件数', '答复率（%）'],
    row('全省', t),
    ...CITIES.map((c, i) => row(c, recs[i])),
  ];
  await write(F('s36-appeals-reply-rate'), [{ name: '诉求', rows, merges: ['A1:D1'] }]);
}

// s37: social organisation ledger
async function s37() {
  L.setSeed(3737);
  const names = ['XX县个体劳动者协会', 'XX县律师协会', 'XX县慈善总会', 'XX县阳光养老服务中心', 'XX县启明星幼儿园', 'XX县书法家协会', 'XX县物流行业协会', 'XX县爱心助学基金会', 'XX县社会工作服务中心', 'XX县餐饮行业协会'];
  const types = ['社会团体', '社会团体', '社会团体', '民办非企业单位', '民办非企业单位', '社会团体', '社会团体', '基金会', '民办非企业单位', '社会团体'];
  const led = names.map((n, i) => { const pm = ri(0, 9); return { n, t: types[i], staff: ri(3, 60), pm, own: pm >= 3 ? '是' : '否', form: pm >= 3 ? '单独组建' : (pm > 0 ? '联合组建' : '—') }; });
  const rows = [
    ['XX县社会组织党建工作台账'],
    ['序号', '社会组织名称', '类型', '登记证号', '从业人员（人）', '党员人数', '是否建立党组织', '组建方式', '负责人电话'],
    ...led.map((e, i) => [i + 1, e.n, e.t, `51${ri(100000, 999999)}${ri(1000000000, 9999999999)}`, e.staff, e.pm, e.own, e.form, ri(13000000000, 13999999999)]),
  ];
  await write(F('s37-socialorg-ledger'), [{ name: '台账', rows, merges: ['A1:I1'] }]);
}

// s38: SUM formulas at bottom with text rates and joint columns as '—' when zero
async function s38() {
  L.setSeed(3838);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => cov(15, 60));
  recs[2].J = 0; recs[2].JC = 0; recs[2].C = recs[2].O;
  recs[6].J = 0; recs[6].JC = 0; recs[6].C = recs[6].O;
  const t = totalOf(recs);
  const n = names.length;
  const rows = [
    ['XX县非公有制企业党组织覆盖情况统计表'],
    ['单位：家、个、%'],
    ['序号', '乡镇', '企业数', '单独建立党组织', '联合党组织', '', '覆盖企业数', '覆盖率'],
    ['', '', '', '', '个数', '覆盖企业数', '', ''],
    ...recs.map((r, i) => [i + 1, names[i], r.E, r.O, r.J || '—', r.JC || '—', r.C, fix(rate(r.C, r.E), 1) + '%']),
    ['', '合计', ...['C', 'D', 'E', 'F', 'G'].map((c) => ({ f: `SUM(${c}5:${c}${4 + n})`, v: { C: t.E, D: t.O, E: t.J, F: t.JC, G: t.C }[c] })), fix(rate(t.C, t.E), 1) + '%'],
  ];
  await write(F('s38-sum-formulas-dash'), [{ name: '覆盖', rows, merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4'] }]);
}

// s39: three years of coverage rates
async function s39() {
  L.setSeed(3939);
  const names = CITIES.slice(0, 8);
  const recs = names.map(() => { const E = [ri(1000, 3000)]; E.push(E[0] + ri(0, 200)); E.push(E[1] + ri(0, 200)); const C = E.map((e) => ri(Math.floor(e * 0.4), Math.floor(e * 0.7))); return { E1: E[0], C1: C[0], E2: E[1], C2: C[1], E3: E[2], C3: C[2] }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E1, r.C1, n1(rate(r.C1, r.E1)), r.E2, r.C2, n1(rate(r.C2, r.E2)), r.E3, r.C3, n1(rate(r.C3, r.E3))];
  const rows = [
    ['近三年非公有制企业党组织覆盖情况'],
    ['市', '2023年', '', '', '2024年', '', '', '2025年', '', ''],
    ['', '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）', '企业数', '覆盖企业数', '覆盖率（%）'],
    row('全省', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s39-three-years'), [{ name: '三年', rows, merges: ['A1:J1', 'A2:A3', 'B2:D2', 'E2:G2', 'H2:J2'] }]);
}

// s40: members: 正式党员 + 预备党员 = 党员数
async function s40() {
  L.setSeed(4040);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => { const a = ri(20, 200), b = ri(0, 12); return { P: a + b, a, b, N: ri(0, 8) }; });
  const t = totalOf(recs);
  const rows = [
    ['XX县非公企业党员情况统计表'],
    ['乡镇', '党员数（名）', '其中：正式党员', '预备党员', '当年发展党员（名）'],
    ...names.map((n, i) => [n, recs[i].P, recs[i].a, recs[i].b, recs[i].N]),
    ['合计', t.P, t.a, t.b, t.N],
  ];
  await write(F('s40-formal-probationary'), [{ name: '党员', rows, merges: ['A1:E1'] }]);
}

// s41: 其中 row after one district (development zone inside a district)
async function s41() {
  L.setSeed(4141);
  const names = DISTRICTS.slice(0, 8);
  const recs = names.map(() => cov(100, 400));
  const t = totalOf(recs);
  const z = { E: Math.floor(recs[4].E / 3) }; z.O = Math.floor(recs[4].O / 3); z.JC = Math.min(Math.floor(recs[4].JC / 3), z.E - z.O); z.C = z.O + z.JC;
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况统计表'],
    ['单位：家、%'],
    ['区县', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    row('全市', t),
    ...names.slice(0, 5).map((n, i) => row(n, recs[i])),
    row('  其中：经济技术开发区', z),
    ...names.slice(5).map((n, i) => row(n, recs[i + 5])),
  ];
  await write(F('s41-ofwhich-row-under-district'), [{ name: '覆盖', rows, merges: ['A1:F1'] }]);
}

// s43: decline with zero current (100%) and region with zero baseline ('—')
async function s43() {
  L.setSeed(4343);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => { const a = ri(10, 60); return { a, b: ri(0, Math.floor(a * 0.6)) }; });
  recs[1].b = 0; recs[4] = { a: 0, b: 0 };
  const t = totalOf(recs);
  const row = (s, n, r) => [s, n, r.a, r.b, r.a - r.b, r.a === 0 ? '—' : n1(rate(r.a - r.b, r.a))];
  const rows = [
    ['XX县无党员非公企业清零工作进度表'],
    ['单位：家、%'],
    ['序号', '乡镇', '年初无党员企业数', '目前无党员企业数', '减少数', '下降比例（%）'],
    ...names.map((n, i) => row(i + 1, n, recs[i])),
    row('', '全县', t),
  ];
  await write(F('s43-decline-zero'), [{ name: '清零', rows, merges: ['A1:F1'] }]);
}

// s44: the 2025-shaped enterprise+social side-by-side but with 联合党组织 merged over each block
async function s44() {
  L.setSeed(4444);
  const names = TOWNS.slice(0, 8);
  const e = names.map(() => cov(20, 80)), s = names.map(() => cov(6, 30));
  const te = totalOf(e), ts = totalOf(s);
  const row = (n, a, b) => [n, a.E, a.O, a.J, a.JC, a.C, n1(rate(a.C, a.E)), b.E, b.O, b.J, b.JC, b.C, n1(rate(b.C, b.E))];
  const rows = [
    ['XX县“两新”组织党组织覆盖情况统计表'],
    ['乡镇', '非公有制企业', '', '', '', '', '', '社会组织', '', '', '', '', ''],
    ['', '企业数', '单独建立党组织', '联合党组织', '', '覆盖企业数', '覆盖率（%）', '社会组织数', '单独建立党组织', '联合党组织', '', '覆盖社会组织数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖企业数', '', '', '', '', '个数', '覆盖社会组织数', '', ''],
    row('合计', te, ts),
    ...names.map((n, i) => row(n, e[i], s[i])),
  ];
  await write(F('s44-two-blocks-three-row'), [{ name: '两新', rows, merges: ['A1:M1', 'A2:A4', 'B2:G2', 'H2:M2', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:K3', 'L3:L4', 'M3:M4'] }]);
}

(async () => {
  for (const f of [s20b, s27, s28, s29, s30, s31, s32, s33, s35, s36, s37, s38, s39, s40, s41, s43, s44]) await f();
  console.log('ok');
})();
