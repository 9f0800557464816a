const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });
function cov(lo, hi) { const E = ri(lo, hi), O = ri(Math.floor(E * 0.15), Math.floor(E * 0.3)), J = ri(1, Math.max(1, Math.floor(E * 0.05))), JC = ri(2 * J, 3 * J); return { E, O, J, JC, C: O + JC }; }

// s71: enterprise block full, social block without a joint column
async function s71() {
  L.setSeed(7171);
  const names = DISTRICTS.slice(0, 8);
  const e = names.map(() => cov(100, 400));
  const s = names.map(() => { const N = ri(20, 90), O = ri(3, Math.floor(N * 0.4)); return { N, O }; });
  const te = totalOf(e), ts = totalOf(s);
  const row = (n, a, b) => [n, a.E, a.O, a.JC, a.C, n1(rate(a.C, a.E)), b.N, b.O, n1(rate(b.O, b.N))];
  const rows = [
    ['XX市“两新”组织党组织覆盖情况'],
    ['单位：家、个、%'],
    ['区县', '非公有制企业', '', '', '', '', '社会组织', '', ''],
    ['', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）', '社会组织数', '建立党组织的社会组织数', '覆盖率（%）'],
    row('全市', te, ts),
    ...names.map((n, i) => row(n, e[i], s[i])),
  ];
  await write(F('s71-blocks-social-no-joint'), [{ name: '两新', rows, merges: ['A1:I1', 'A3:A4', 'B3:F3', 'G3:I3'] }]);
}

// s72: ledger with a 合计 row counting enterprises and 是 answers
async function s72() {
  L.setSeed(7272);
  const names = ['金达', '华宇', '正泰', '新元', '鼎盛', '汇丰', '丰源', '立信', '德润', '明阳', '远航', '康泰'];
  const led = names.map((n) => { const pm = ri(0, 10); return { n: `${n}有限公司`, staff: ri(10, 300), pm, own: pm >= 3 ? '是' : '否', year: ri(2005, 2022) }; });
  const yes = led.filter((e) => e.own === '是').length;
  const rows = [
    ['XX街道非公有制企业党建工作台账'],
    ['填报单位：XX街道党工委', '', '', '', '', '截至2025年6月30日'],
    ['序号', '企业名称', '成立年份', '从业人员数（人）', '党员数（名）', '是否建立党组织'],
    ...led.map((e, i) => [i + 1, e.n, e.year, e.staff, e.pm, e.own]),
    ['合计', `${led.length}家`, '', sum(led.map((e) => e.staff)), sum(led.map((e) => e.pm)), `已建${yes}家`],
  ];
  await write(F('s72-ledger-total-counts'), [{ name: '台账', rows, merges: ['A1:F1'] }]);
}

// s73: 户均党员数 (average per enterprise) column, total row is a ratio of totals; 排名 column
async function s73() {
  L.setSeed(7373);
  const names = DISTRICTS.slice(0, 9);
  const recs = names.map(() => { const E = ri(100, 500); return { E, P: ri(E, E * 4) }; });
  const t = totalOf(recs);
  const avg = (r) => Math.round(r.P / r.E * 10) / 10;
  const order = recs.map((r, i) => [avg(r), i]).sort((a, b) => b[0] - a[0]).map((x) => x[1]);
  const rank = {}; order.forEach((i, k) => { rank[i] = k + 1; });
  const rows = [
    ['XX市非公企业党员分布情况'],
    ['区县', '企业数（家）', '党员数（名）', '户均党员数（名）', '排名'],
    ...names.map((n, i) => [n, recs[i].E, recs[i].P, n1(avg(recs[i])), rank[i]]),
    ['全市', t.E, t.P, n1(avg(t)), '—'],
  ];
  await write(F('s73-average-and-rank'), [{ name: 'Sheet1', rows, merges: ['A1:E1'] }]);
}

// s74: coverage rate of 规模以上 enterprises next to the overall rate
async function s74() {
  L.setSeed(7474);
  const names = DISTRICTS.slice(0, 10);
  const recs = names.map(() => { const E = ri(300, 900), S = ri(40, 150), C = ri(Math.floor(E * 0.4), Math.floor(E * 0.6)); const SC = ri(Math.max(Math.floor(S * 0.7), S - (E - C)), S); return { E, S, C, SC }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.S, r.C, r.SC, n1(rate(r.C, r.E)), n1(rate(r.SC, r.S))];
  const rows = [
    ['XX市非公有制企业党组织覆盖情况'],
    ['单位：家、%'],
    ['区县', '企业数', '其中：规模以上企业', '覆盖企业数', '其中：规模以上企业', '覆盖率（%）', '规模以上企业覆盖率（%）'],
    row('全市', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s74-two-coverage-rates-scale'), [{ name: '覆盖', rows, merges: ['A1:G1'] }]);
}

// s75: "two coverages": 党的组织覆盖 and 党的工作覆盖
async function s75() {
  L.setSeed(7575);
  const names = TOWNS.slice(0, 9);
  const recs = names.map(() => { const E = ri(30, 120), O = ri(5, Math.floor(E * 0.3)), JC = ri(2, 8); const C = O + JC; const W = ri(Math.floor((E - C) * 0.5), E - C); return { E, O, JC, C, W, CW: C + W }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E)), r.W, r.CW, n1(rate(r.CW, r.E))];
  const rows = [
    ['XX县非公有制企业“两个覆盖”情况统计表'],
    ['单位：家、%'],
    ['乡镇', '企业数', '党的组织覆盖', '', '', '', '党的工作覆盖', '', ''],
    ['', '', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）', '选派党建指导员企业数', '覆盖企业数', '覆盖率（%）'],
    row('全县', t),
    ...names.map((n, i) => row(n, recs[i])),
    ['注：党的工作覆盖企业数＝党组织覆盖企业数＋选派党建指导员企业数。'],
  ];
  await write(F('s75-two-coverages'), [{ name: '两个覆盖', rows, merges: ['A1:I1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:I3'] }]);
}

// s76: party organisations total = own + joint (organisations), besides coverage
async function s76() {
  L.setSeed(7676);
  const names = CITIES.slice(0, 10);
  const recs = names.map(() => cov(800, 3000));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O + r.J, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['全省非公有制企业党组织情况'],
    ['单位：家、个、%'],
    ['市', '企业数', '党组织数', '', '', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ['', '', '合计', '单独建立', '联合建立', '', '', ''],
    row('全省', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s76-org-total-own-joint'), [{ name: '党组织', rows, merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4', 'H3:H4'] }]);
}

// s77: table starting at B2 with empty column A and row 1, no title
async function s77() {
  L.setSeed(7777);
  const names = TOWNS.slice(0, 8);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [null, n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    [],
    [null, '乡镇', '企业数', '单独建立党组织', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s77-offset-no-title'), [{ name: 'Sheet1', rows }]);
}

// s78: 序号 merged vertically per group with group name in a separate column (two label columns)
async function s78() {
  L.setSeed(7878);
  const groups = [['沈阳市', ['和平区', '沈河区', '大东区']], ['大连市', ['中山区', '西岗区', '沙河口区']]];
  const rows = [['部分城区非公企业党组织覆盖情况'], ['市', '区', '企业数', '覆盖企业数', '覆盖率（%）']];
  const merges = ['A1:E1'];
  const all = [];
  for (const [city, ds] of groups) {
    const start = rows.length + 1;
    ds.forEach((d, i) => { const r = cov(100, 400); all.push(r); rows.push([i === 0 ? city : null, d, r.E, r.C, n1(rate(r.C, r.E))]); });
    merges.push(`A${start}:A${start + ds.length - 1}`);
  }
  const t = totalOf(all);
  rows.push(['合计', null, t.E, t.C, n1(rate(t.C, t.E))]);
  merges.push(`A${rows.length}:B${rows.length}`);
  await write(F('s78-two-label-columns'), [{ name: 'Sheet1', rows, merges }]);
}

// s79: cover sheet + instructions sheet + data sheet
async function s79() {
  L.setSeed(7979);
  const names = TOWNS.slice(0, 6);
  const recs = names.map(() => cov(20, 80));
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  await write(F('s79-cover-and-instructions'), [
    { name: '封面', rows: [['2025年上半年“两新”组织党建工作统计报表'], [], ['报送单位：中共XX县委组织部'], ['报送日期：2025年7月10日']] },
    { name: '填表说明', rows: [['填表说明'], ['1.企业数指纳入台账管理的非公有制企业数；'], ['2.覆盖企业数＝单独建立党组织企业数＋联合党组织覆盖企业数；'], ['3.覆盖率保留一位小数。']] },
    { name: '表1', rows: [
      ['表1  非公有制企业党组织覆盖情况'],
      ['乡镇', '企业数', '单独建立党组织', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
      ['', '', '', '个数', '覆盖企业数', '', ''],
      row('合计', t),
      ...names.map((n, i) => row(n, recs[i])),
    ], merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3'] },
  ]);
}

// s80: counts typed with 家 suffix inside cells? no - realistic: a 党员数 column with '—' for zero, 无党员企业数 column, and 覆盖率 as '80.0%' text, total at bottom called '总  计'
async function s80() {
  L.setSeed(8080);
  const names = TOWNS.slice(2, 10);
  const recs = names.map(() => { const E = ri(10, 40), N = ri(0, Math.floor(E / 2)); const C = ri(0, E - N); return { E, N, P: ri(E - N, (E - N) * 3), C }; });
  recs[3].P = 0; recs[3].N = recs[3].E; recs[3].C = 0;
  const t = totalOf(recs);
  const d = (x) => (x === 0 ? '—' : x);
  const row = (n, r) => [n, r.E, d(r.P), d(r.N), d(r.C), fix(rate(r.C, r.E), 1) + '%'];
  const rows = [
    ['XX县小微非公企业党建情况'],
    ['单位：家、名、%'],
    ['乡镇', '企业数', '党员数', '无党员企业数', '覆盖企业数', '覆盖率'],
    ...names.map((n, i) => row(n, recs[i])),
    row('总  计', t),
  ];
  await write(F('s80-dash-zeros-text-rate'), [{ name: 'Sheet1', rows, merges: ['A1:F1'] }]);
}

(async () => {
  for (const f of [s71, s72, s73, s74, s75, s76, s77, s78, s79, s80]) await f();
  console.log('ok');
})();
