const L = require('./lib');
const { ri, rate, fix, fw, thou, sum, write } = L;

const TOWNS = ['城关镇', '东关街道', '西关街道', '新华街道', '河东乡', '柳河镇', '石佛乡', '大屯镇', '白庙乡', '马家镇', '双河镇', '高台乡'];
const DISTRICTS = ['和平区', '沈河区', '大东区', '皇姑区', '铁西区', '苏家屯区', '浑南区', '沈北新区', '于洪区', '辽中区', '康平县', '法库县', '新民市'];
const CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];
const F = (n) => require("path").join(__dirname, "../../party", `${n}.xlsx`);
function totalOf(recs) { const t = {}; for (const k of Object.keys(recs[0])) t[k] = sum(recs.map((r) => r[k])); return t; }
const n1 = (v) => ({ v, fmt: '0.0' });

// s91: joint organisations mostly covering exactly 2 enterprises, one row 3 per org
async function s91() {
  L.setSeed(9191);
  const names = TOWNS.slice(0, 10);
  const recs = names.map((_, i) => { const E = ri(20, 60), O = ri(4, 12), J = ri(1, 4), JC = i === 6 ? 3 * J : 2 * J; return { E, O, J, JC, C: O + JC }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.J, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX县非公有制企业党组织覆盖情况'],
    ['单位：家、个、%'],
    ['乡镇', '企业数', '单独建立党组织', '联合党组织', '', '覆盖企业数', '覆盖率（%）'],
    ['', '', '', '个数', '覆盖企业数', '', ''],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s91-joint-mostly-two'), [{ name: '覆盖', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4', 'G3:G4'] }]);
}

// s92: most towns reach 100% coverage; no joint organisations in most towns
async function s92() {
  L.setSeed(9292);
  const names = TOWNS.slice(0, 10);
  const recs = names.map((_, i) => { const E = ri(8, 30); if (i === 3 || i === 7) { const O = E - 6, JC = 4; return { E, O, JC, C: O + JC }; } return { E, O: E, JC: 0, C: E }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.JC, r.C, n1(rate(r.C, r.E))];
  const rows = [
    ['XX区规模以上非公企业党组织覆盖情况'],
    ['单位：家、%'],
    ['街道', '规模以上企业数', '单独建立党组织企业数', '联合党组织覆盖企业数', '覆盖企业数', '覆盖率（%）'],
    row('合计', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s92-mostly-full-coverage'), [{ name: '规上', rows, merges: ['A1:F1'] }]);
}

// s93: two periods where most regions are unchanged
async function s93() {
  L.setSeed(9393);
  const names = DISTRICTS.slice(0, 10);
  const recs = names.map((_, i) => { const a = ri(40, 200); return { a, b: i === 2 ? a + 7 : (i === 8 ? a - 3 : a) }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, r.b - r.a];
  const rows = [
    ['XX市党建工作指导员选派情况'],
    ['单位：名'],
    ['区县', '上年末', '本年末', '增减'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s93-mostly-unchanged'), [{ name: 'Sheet1', rows, merges: ['A1:D1'] }]);
}

// s94: coverage where covered mostly equals enterprises*1/2 etc - natural sheet with 党组织 count = covered (own only, no joint columns)
async function s94() {
  L.setSeed(9494);
  const names = CITIES.slice(0, 12);
  const recs = names.map(() => { const E = ri(500, 3000), c = ri(5, 30), g = ri(10, 60), b = ri(100, 600); return { E, c, g, b, O: c + g + b }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.E, r.O, r.c, r.g, r.b, n1(rate(r.O, r.E))];
  const rows = [
    ['全省规模以上非公企业单独建立党组织情况'],
    ['单位：家、个、%'],
    ['市', '企业数', '单独建立党组织', '', '', '', '覆盖率（%）'],
    ['', '', '小计', '党委', '党总支', '党支部', ''],
    row('全省', t),
    ...names.map((n, i) => row(n, recs[i])),
  ];
  await write(F('s94-own-only-coverage'), [{ name: '单建', rows, merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:G4'] }]);
}

// s95: 办结率 with 受理 / 办结 / 正在办理 (complete), text rates 100.0%
async function s95() {
  L.setSeed(9595);
  const names = DISTRICTS.slice(0, 9);
  const recs = names.map((_, i) => { const a = ri(30, 400), b = i % 3 === 0 ? a : ri(Math.floor(a * 0.8), a); return { a, b, p: a - b }; });
  const t = totalOf(recs);
  const row = (n, r) => [n, r.a, r.b, r.p, fix(rate(r.b, r.a), 1) + '%'];
  const rows = [
    ['包联干部收集企业问题办理情况'],
    ['区县', '受理企业问题（件）', '已办结（件）', '正在办理（件）', '办结率'],
    ...names.map((n, i) => row(n, recs[i])),
    row('合计', t),
  ];
  await write(F('s95-closure-in-progress'), [{ name: 'Sheet1', rows, merges: ['A1:E1'] }]);
}

(async () => {
  for (const f of [s91, s92, s93, s94, s95]) await f();
  console.log('ok');
})();
