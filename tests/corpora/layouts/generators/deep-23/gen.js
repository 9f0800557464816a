// Round 23: tables with 3-4 header rows (merged parents / children / grandchildren), unit rows, column-number rows.
// All figures consistent. Planted twins: exactly one figure changed, recorded in manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rnd = mulberry32(2323);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const frac = (n, lo, hi) => Math.round(n * (lo + rnd() * (hi - lo)));
const rd = (x, dp) => { const p = 10 ** dp; return Math.round(x * p + 1e-9) / p; };
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function split(total, k) {
  const w = Array.from({ length: k }, () => rnd() + 0.15); const s = w.reduce((a, b) => a + b, 0);
  const parts = w.map(x => Math.floor(total * x / s)); let diff = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff > 0; i++, diff--) parts[i % k]++;
  return parts;
}
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

const PROVS = ['江北省', '湖西省', '南岭省'];
const CITIES = ['临江市', '宁川市', '安平市', '云岭市', '长丰市', '嘉禾市', '平湖市', '青石市', '白沙市', '丰泽市', '永安市', '东阳市'];
const DISTRICTS = ['城关区', '新华区', '东城区', '西城区', '南湖区', '北山区', '青山县', '白水县', '和顺县', '桃源县', '清河县', '松溪县', '凤凰县', '石门县', '永和县', '南溪县', '高新区', '开发区'];
const PARTYUNITS = ['市直机关工委', '市委教育工委', '市国资委党委', '市卫健委党委', '市非公经济组织党工委', '市社会组织党委', '市公安局党委', '市交通运输局党委', '市住建局党委', '市商务局党委', '市文旅局党委'];
const INDUSTRIES = ['农、林、牧、渔业', '采矿业', '制造业', '电力、热力、燃气及水生产和供应业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业'];
const QZ = { '制造业': ['高技术制造业', '装备制造业'], '信息传输、软件和信息技术服务业': ['软件和信息技术服务业'], '批发和零售业': ['批发业'], '建筑业': ['房屋建筑业'] };
const BUDGET = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出'];

// A leaf: {h, k, kind:'add'|'rate'|'qz'|'avg', dp, u (unit for unit row)}
// family: { tree, atoms(rng)->ints, derive(a)->{k:value}, atomKeys, avgTotal? }
const L = (h, k, kind = 'add', dp = 0, u = '') => ({ h, k, kind, dp, u });
const G = (h, ch) => ({ h, ch });

const FAM = {};
// F1 population
FAM.pop = (o) => ({
  title: '各地区年末常住人口及出生率', unitLine: null,
  tree: [G('年末常住人口（万人）', [L('合计', 'T', 'add', 2, '万人'), G('按性别分', [L('男', 'M', 'add', 2, '万人'), L('女', 'F', 'add', 2, '万人')]), G('按城乡分', [L('城镇', 'U', 'add', 2, '万人'), L('乡村', 'R', 'add', 2, '万人')])]),
    L('城镇化率（%）', 'UR', 'rate', 2, '%'), L('出生人口（人）', 'B', 'add', 0, '人'), L('出生率（‰）', 'BR', 'rate', 2, '‰')],
  atoms: () => { const T = ri(1500, 90000); const m = frac(T, 0.49, 0.53); const u = frac(T, 0.35, 0.85); const b = Math.round(T * 100 * (0.005 + rnd() * 0.006)); return { m, f: T - m, u, b }; },
  derive: (a) => { const T = a.m + a.f; return { T: T / 100, M: a.m / 100, F: a.f / 100, U: a.u / 100, R: (T - a.u) / 100, UR: rd(a.u / T * 100, 2), B: a.b, BR: rd(a.b / (T * 100) * 1000, 2) }; },
});
// F2 party coverage by year
FAM.cov = (o) => {
  const yr = (y) => G(`${y}年`, [G('企业', [L('总数', `eT${y}`, 'add', 0, '个'), L('已建党组织', `eP${y}`, 'add', 0, '个'), L('覆盖率(%)', `eR${y}`, 'rate', 1, '%')]),
    G('社会组织', [L('总数', `sT${y}`, 'add', 0, '个'), L('已建党组织', `sP${y}`, 'add', 0, '个'), L('覆盖率(%)', `sR${y}`, 'rate', 1, '%')])]);
  return {
    title: '非公有制企业和社会组织党组织覆盖情况', unitLine: o.unitLine ? '填报单位：中共××市委组织部' : null,
    tree: [yr(2024), yr(2025), G('增减（百分点）', [L('企业覆盖率', 'dE', 'rate', 1, '百分点'), L('社会组织覆盖率', 'dS', 'rate', 1, '百分点')])],
    atoms: () => { const e4 = ri(200, 4000), s4 = ri(50, 900); const e5 = e4 + ri(0, 300), s5 = s4 + ri(0, 80); return { e4, p4: frac(e4, 0.3, 0.8), s4, q4: frac(s4, 0.4, 0.9), e5, p5: frac(e5, 0.35, 0.85), s5, q5: frac(s5, 0.45, 0.95) }; },
    derive: (a) => { const r = { eT2024: a.e4, eP2024: a.p4, eR2024: rd(a.p4 / a.e4 * 100, 1), sT2024: a.s4, sP2024: a.q4, sR2024: rd(a.q4 / a.s4 * 100, 1), eT2025: a.e5, eP2025: a.p5, eR2025: rd(a.p5 / a.e5 * 100, 1), sT2025: a.s5, sP2025: a.q5, sR2025: rd(a.q5 / a.s5 * 100, 1) };
      r.dE = rd(r.eR2025 - r.eR2024, 1); r.dS = rd(r.sR2025 - r.sR2024, 1); return r; },
  };
};
// F3 social organisations
FAM.soc = (o) => ({
  title: '社会组织及党组织建设情况', units: { PM: '名', PF: '名' }, defUnit: '个', unitLine: o.unitLine ? '单位：个、名' : null,
  tree: [G('社会组织总数', [L('合计', 'T'), G('按类型分', [L('社会团体', 'st'), L('民办非企业单位', 'mf'), L('基金会', 'jj')]), G('按登记层级分', [L('省级', 'pv'), L('市级', 'ct'), L('县级', 'cn')])]),
    G('已建立党组织', [L('小计', 'P'), L('单独建立', 'ps'), L('联合建立', 'pj')]), G('党员数', [L('合计', 'PM'), L('其中：女', 'PF', 'qz')])],
  atoms: () => { const st = ri(40, 900), mf = ri(60, 1500), jj = ri(0, 40); const T = st + mf + jj; const [pv, ct] = [frac(T, 0.05, 0.15), frac(T, 0.25, 0.4)]; const ps = frac(T, 0.05, 0.2), pj = frac(T, 0.1, 0.3); const pm = ri(ps * 3 + 10, ps * 9 + 40); return { st, mf, jj, pv, ct, ps, pj, pm, pf: frac(pm, 0.3, 0.55) }; },
  derive: (a) => { const T = a.st + a.mf + a.jj; return { T, st: a.st, mf: a.mf, jj: a.jj, pv: a.pv, ct: a.ct, cn: T - a.pv - a.ct, P: a.ps + a.pj, ps: a.ps, pj: a.pj, PM: a.pm, PF: a.pf }; },
});
// F4 enterprise finance, industries with 其中 rows
FAM.fin = (o) => ({
  title: '规模以上工业企业主要财务指标（按行业分）', unitLine: '单位：万元',
  rowsKind: 'industry',
  tree: [L('企业单位数（个）', 'n', 'add', 0, '个'), G('营业收入', [L('本年', 'r', 'add', 1, '万元'), L('上年同期', 'rl', 'add', 1, '万元'), L('增长（%）', 'rg', 'rate', 1, '%')]),
    G('利润总额', [L('本年', 'p', 'add', 1, '万元'), L('上年同期', 'pl', 'add', 1, '万元'), L('增长（%）', 'pg', 'rate', 1, '%')])],
  atoms: () => { const r = ri(50000, 9000000); const p = frac(r, 0.03, 0.12); return { n: ri(8, 600), r, rl: frac(r, 0.8, 1.1), p, pl: frac(p, 0.75, 1.2) }; },
  derive: (a) => ({ n: a.n, r: a.r / 10, rl: a.rl / 10, rg: rd((a.r / a.rl - 1) * 100, 1), p: a.p / 10, pl: a.pl / 10, pg: rd((a.p / a.pl - 1) * 100, 1) }),
});
// F5 employment with 4-level header and average wage
FAM.emp = (o) => ({
  title: '城镇非私营单位就业人员及工资', unitLine: null, defUnit: '人',
  tree: [G('城镇非私营单位就业人员（人）', [L('合计', 'T'), G('按产业分', [L('第一产业', 'a1'), G('第二产业', [L('小计', 'a2'), L('工业', 'ind'), L('建筑业', 'con')]), L('第三产业', 'a3')]), G('按性别分', [L('男', 'm'), L('女', 'f')])]),
    L('工资总额（万元）', 'W', 'add', 1, '万元'), L('平均工资（元）', 'AW', 'rate', 0, '元')],
  atoms: () => { const a1 = ri(100, 3000), ind = ri(2000, 60000), con = ri(500, 20000), a3 = ri(5000, 90000); const T = a1 + ind + con + a3; const m = frac(T, 0.5, 0.6); const w = Math.round(T * (60000 + rnd() * 60000) / 1000); return { a1, ind, con, a3, m, w }; },
  derive: (a) => { const T = a.a1 + a.ind + a.con + a.a3; return { T, a1: a.a1, a2: a.ind + a.con, ind: a.ind, con: a.con, a3: a.a3, m: a.m, f: T - a.m, W: a.w / 10, AW: Math.round(a.w * 1000 / T) }; },
});
// F6 education
FAM.edu = (o) => ({
  title: '基础教育基本情况', unitLine: null, units: { S: '所', s1: '所', s2: '所', s3: '所', R: '—' }, defUnit: '人',
  tree: [G('学校数（所）', [L('合计', 'S'), L('小学', 's1'), L('初中', 's2'), L('普通高中', 's3')]),
    G('在校学生数（人）', [L('合计', 'N'), G('按学段分', [L('小学', 'n1'), L('初中', 'n2'), L('普通高中', 'n3')]), L('其中：女', 'nf', 'qz')]),
    G('专任教师（人）', [L('合计', 'E'), L('其中：女', 'ef', 'qz')]), L('生师比（教师=1）', 'R', 'rate', 2)],
  atoms: () => { const s1 = ri(10, 200), s2 = ri(5, 80), s3 = ri(1, 25); const n1 = s1 * ri(200, 900), n2 = s2 * ri(300, 1200), n3 = s3 * ri(800, 2500); const N = n1 + n2 + n3; const e = Math.round(N / (11 + rnd() * 6)); return { s1, s2, s3, n1, n2, n3, nf: frac(N, 0.45, 0.49), e, ef: frac(e, 0.55, 0.8) }; },
  derive: (a) => { const N = a.n1 + a.n2 + a.n3; return { S: a.s1 + a.s2 + a.s3, s1: a.s1, s2: a.s2, s3: a.s3, N, n1: a.n1, n2: a.n2, n3: a.n3, nf: a.nf, E: a.e, ef: a.ef, R: rd(N / a.e, 2) }; },
});
// F7 party member form
FAM.mem = (o) => ({
  title: '党员队伍基本情况统计表', defUnit: '名', unitLine: '填报单位：中共××市委组织部　　　　　　　　　　　　　　　　截至2025年12月31日',
  rowsKind: 'party',
  tree: [G('党员情况（名）', [L('党员总数', 'T'), G('性别', [L('男', 'm'), L('女', 'f')]), G('民族', [L('汉族', 'h'), L('少数民族', 'x')]),
    G('年龄', [L('35岁及以下', 'y1'), L('36至60岁', 'y2'), L('61岁及以上', 'y3')]), G('学历', [L('大专及以上', 'd1'), L('中专及以下', 'd2')])]), L('女党员占比（%）', 'fr', 'rate', 1, '%')],
  atoms: () => { const T = ri(300, 30000); const m = frac(T, 0.55, 0.75); const x = frac(T, 0.01, 0.12); const y1 = frac(T, 0.15, 0.35), y3 = frac(T, 0.1, 0.3); const d1 = frac(T, 0.4, 0.85); return { T, m, x, y1, y3, d1 }; },
  derive: (a) => ({ T: a.T, m: a.m, f: a.T - a.m, h: a.T - a.x, x: a.x, y1: a.y1, y2: a.T - a.y1 - a.y3, y3: a.y3, d1: a.d1, d2: a.T - a.d1, fr: rd((a.T - a.m) / a.T * 100, 1) }),
});
// F8 budget execution
FAM.bud = (o) => ({
  title: '一般公共预算支出决算表', unitLine: '单位：万元', defUnit: '万元',
  rowsKind: 'budget',
  tree: [L('预算数', 'B', 'add', 2, '万元'), G('决算数', [L('合计', 'J', 'add', 2), G('一般公共预算', [L('小计', 'g', 'add', 2), L('基本支出', 'gb', 'add', 2), L('项目支出', 'gp', 'add', 2)]), L('政府性基金预算', 'gf', 'add', 2)]),
    L('决算数为预算数的%', 'pct', 'rate', 1, '%'), L('上年决算数', 'LY', 'add', 2), L('比上年增长（%）', 'gr', 'rate', 1, '%')],
  atoms: () => { const gb = ri(100000, 8000000), gp = ri(50000, 6000000), gf = ri(0, 2000000); const J = gb + gp + gf; return { gb, gp, gf, B: frac(J, 0.85, 1.1), LY: frac(J, 0.8, 1.1) }; },
  derive: (a) => { const J = a.gb + a.gp + a.gf; return { B: a.B / 100, J: J / 100, g: (a.gb + a.gp) / 100, gb: a.gb / 100, gp: a.gp / 100, gf: a.gf / 100, pct: rd(J / a.B * 100, 1), LY: a.LY / 100, gr: rd((J / a.LY - 1) * 100, 1) }; },
});
// F9 households, hierarchical rows
FAM.hh = (o) => ({
  title: '分地区户数、人口数', unitLine: null, rowsKind: 'hier', units: { H: '户', hf: '户', hc: '户', avg: '人/户' }, defUnit: '人',
  tree: [G('户数（户）', [L('合计', 'H'), L('家庭户', 'hf'), L('集体户', 'hc')]), G('人口（人）', [L('合计', 'P'), G('家庭户人口', [L('小计', 'pf'), L('男', 'pm'), L('女', 'pw')]), L('集体户人口', 'pc')]),
    L('平均家庭户规模（人/户）', 'avg', 'rate', 2)],
  atoms: () => { const hf = ri(20000, 400000), hc = ri(300, 12000); const pf = Math.round(hf * (2.3 + rnd() * 0.9)); const pm = frac(pf, 0.49, 0.52); return { hf, hc, pm, pw: pf - pm, pc: Math.round(hc * (3 + rnd() * 8)) }; },
  derive: (a) => { const pf = a.pm + a.pw; return { H: a.hf + a.hc, hf: a.hf, hc: a.hc, P: pf + a.pc, pf, pm: a.pm, pw: a.pw, pc: a.pc, avg: rd(pf / a.hf, 2) }; },
});
// F10 health
FAM.med = (o) => ({
  title: '医疗卫生机构及床位数', unitLine: null, units: { BD: '张', BH: '张', bpk: '张' }, defUnit: '个',
  tree: [L('常住人口（万人）', 'pop', 'add', 2, '万人'), G('医疗卫生机构数（个）', [L('合计', 'T'), G('医院', [L('小计', 'h'), L('公立医院', 'hg'), L('民营医院', 'hm')]),
    G('基层医疗卫生机构', [L('小计', 'b'), L('社区卫生服务中心（站）', 'bs'), L('乡镇卫生院', 'bt'), L('村卫生室', 'bv')]), L('专业公共卫生机构', 'pub')]),
    G('床位数（张）', [L('合计', 'BD'), L('其中：医院', 'BH', 'qz')]), L('每千人口床位数（张）', 'bpk', 'rate', 2)],
  atoms: () => { const pop = ri(3000, 150000); const hg = ri(2, 30), hm = ri(1, 60), bs = ri(3, 80), bt = ri(2, 40), bv = ri(20, 900), pub = ri(2, 20); const bd = Math.round(pop * (0.45 + rnd() * 0.4)); return { pop, hg, hm, bs, bt, bv, pub, bd, bh: frac(bd, 0.7, 0.85) }; },
  derive: (a) => { const h = a.hg + a.hm, b = a.bs + a.bt + a.bv; return { pop: a.pop / 100, T: h + b + a.pub, h, hg: a.hg, hm: a.hm, b, bs: a.bs, bt: a.bt, bv: a.bv, pub: a.pub, BD: a.bd, BH: a.bh, bpk: rd(a.bd / (a.pop / 100 * 10), 2) }; },
});
// F11 party organisations
FAM.org = (o) => ({
  title: '基层党组织和党员发展情况', units: { M: '名', mz: '名', my: '名', D: '名', dy: '名' }, defUnit: '个', unitLine: o.unitLine ? '填报单位：（盖章）　　　　　　　　　　2025年度' : null, rowsKind: 'party',
  tree: [G('基层党组织数（个）', [L('合计', 'O'), L('党委', 'pc'), L('党总支', 'pz'), G('党支部', [L('小计', 'pb'), L('其中：联合党支部', 'pj', 'qz')])]),
    G('党员（名）', [L('合计', 'M'), L('正式党员', 'mz'), L('预备党员', 'my')]), G('发展党员（名）', [L('合计', 'D'), L('其中：35岁及以下', 'dy', 'qz')])],
  atoms: () => { const pc = ri(1, 30), pz = ri(0, 60), pb = ri(20, 900); const mz = pb * ri(8, 30), my = ri(5, 300); const d = ri(my, my + 100); return { pc, pz, pb, pj: frac(pb, 0.02, 0.15), mz, my, d, dy: frac(d, 0.6, 0.9) }; },
  derive: (a) => ({ O: a.pc + a.pz + a.pb, pc: a.pc, pz: a.pz, pb: a.pb, pj: a.pj, M: a.mz + a.my, mz: a.mz, my: a.my, D: a.d, dy: a.dy }),
});
// F12 per-capita income (non-additive columns; total = weighted average)
FAM.inc = (o) => {
  const yr = (y) => G(`${y}年`, [G('城镇居民', [L('人均可支配收入', `ui${y}`, 'avg'), L('人均消费支出', `uc${y}`, 'avg')]), G('农村居民', [L('人均可支配收入', `ri${y}`, 'avg'), L('人均消费支出', `rc${y}`, 'avg')])]);
  return {
    title: '城乡居民人均收入与消费支出', unitLine: '单位：元', avgTotal: true, defUnit: '元', units: { gui: '%', guc: '%', gri: '%', grc: '%' },
    tree: [yr(2024), yr(2025), G('2025年比上年增长（%）', [G('城镇居民', [L('收入', 'gui', 'rate', 1), L('支出', 'guc', 'rate', 1)]), G('农村居民', [L('收入', 'gri', 'rate', 1), L('支出', 'grc', 'rate', 1)])])],
    atoms: () => { const ui = ri(38000, 62000), ri_ = ri(16000, 28000); const f = () => 1 + 0.03 + rnd() * 0.05; const ui5 = Math.round(ui * f()), ri5 = Math.round(ri_ * f());
      return { wu: ri(20, 300), wr: ri(20, 200), ui, uc: frac(ui, 0.6, 0.75), ri: ri_, rc: frac(ri_, 0.7, 0.9), ui5, uc5: 0, ri5, rc5: 0 }; },
    derive: null,
  };
};


// F13 GDP with composition shares (rounded shares may not add to exactly 100)
FAM.gdp = (o) => ({
  title: '地区生产总值及构成', unitLine: null, defUnit: '亿元', units: { c1: '%', c2: '%', c3: '%' },
  tree: [G('地区生产总值（亿元）', [L('合计', 'T', 'add', 2), L('第一产业', 'a1', 'add', 2), G('第二产业', [L('小计', 'a2', 'add', 2), L('其中：工业', 'ind', 'qz', 2)]), L('第三产业', 'a3', 'add', 2)]),
    G('三次产业构成（%）', [L('第一产业', 'c1', 'rate', 1), L('第二产业', 'c2', 'rate', 1), L('第三产业', 'c3', 'rate', 1)])],
  atoms: () => { const a1 = ri(2000, 60000), a2 = ri(10000, 300000), a3 = ri(15000, 400000); return { a1, a2, ind: frac(a2, 0.6, 0.85), a3 }; },
  derive: (a) => { const T = a.a1 + a.a2 + a.a3; return { T: T / 100, a1: a.a1 / 100, a2: a.a2 / 100, ind: a.ind / 100, a3: a.a3 / 100, c1: rd(a.a1 / T * 100, 1), c2: rd(a.a2 / T * 100, 1), c3: rd(a.a3 / T * 100, 1) }; },
});
// F14 year-on-year change with negative differences
FAM.chg = (o) => ({
  title: '党组织和党员数量变化情况', unitLine: o.unitLine ? '填报单位：中共××市委组织部' : null, rowsKind: 'party', units: { mp: '%' }, defUnit: '个',
  tree: [G('基层党组织（个）', [L('2024年', 'o4'), L('2025年', 'o5'), L('增减', 'od', 'diff')]), G('党员（名）', [L('2024年', 'm4'), L('2025年', 'm5'), L('增减', 'md', 'diff'), L('增减（%）', 'mp', 'rate', 1)])],
  atoms: () => { const o4 = ri(30, 900), m4 = ri(500, 30000); return { o4, o5: o4 + ri(-25, 25), m4, m5: m4 + ri(-400, 600) }; },
  derive: (a) => ({ o4: a.o4, o5: a.o5, od: a.o5 - a.o4, m4: a.m4, m5: a.m5, md: a.m5 - a.m4, mp: rd((a.m5 / a.m4 - 1) * 100, 1) }),
});
// F15 total group at the END; grandchild leaves
FAM.cmt = (o) => ({
  title: '城乡基层群众性自治组织情况', unitLine: null, units: { rm: '人', vm: '人', tm: '人' }, defUnit: '个',
  tree: [G('居民委员会', [L('个数', 'rn'), L('成员数', 'rm')]), G('村民委员会', [L('个数', 'vn'), L('成员数', 'vm')]), G('合计', [L('个数', 'tn'), L('成员数', 'tm')]),
    L('每个委员会平均成员数（人）', 'avgm', 'rate', 1)],
  atoms: () => { const rn = ri(5, 200), vn = ri(20, 600); return { rn, vn, rm: rn * ri(5, 9), vm: vn * ri(3, 7) }; },
  derive: (a) => ({ rn: a.rn, rm: a.rm, vn: a.vn, vm: a.vm, tn: a.rn + a.vn, tm: a.rm + a.vm, avgm: rd((a.rm + a.vm) / (a.rn + a.vn), 1) }),
});

// ------------- row sets -------------
function regionRows(n, o) {
  const names = shuffle(o.prov ? CITIES : DISTRICTS).slice(0, n); return names.map(nm => ({ label: nm, leaf: true }));
}

// ------------- building a sheet -------------
function leavesOf(tree, depth = 0, pathArr = []) { const out = []; for (const n of tree) { if (n.ch) out.push(...leavesOf(n.ch, depth + 1, [...pathArr, n.h])); else out.push({ ...n, path: [...pathArr, n.h] }); } return out; }
function treeDepth(tree) { return Math.max(...tree.map(n => n.ch ? 1 + treeDepth(n.ch) : 1)); }

function aggregate(list) { const o = {}; for (const a of list) for (const k in a) o[k] = (o[k] || 0) + a[k]; return o; }

function buildData(fam, o) {
  // returns rows: {label, indent, isTotal, vals, qz}
  const rows = [];
  const incDerive = (a) => { // per-capita: weighted using wu/wr; a is {ui,...} per-capita
    const r = { ui2024: a.ui, uc2024: a.uc, ri2024: a.ri, rc2024: a.rc, ui2025: a.ui5, uc2025: a.uc5, ri2025: a.ri5, rc2025: a.rc5 };
    r.gui = rd((a.ui5 / a.ui - 1) * 100, 1); r.guc = rd((a.uc5 / a.uc - 1) * 100, 1); r.gri = rd((a.ri5 / a.ri - 1) * 100, 1); r.grc = rd((a.rc5 / a.rc - 1) * 100, 1); return r;
  };
  const mk = () => { const a = fam.atoms(); if (fam.avgTotal) { a.uc5 = Math.round(a.uc * (1.02 + rnd() * 0.06)); a.rc5 = Math.round(a.rc * (1.02 + rnd() * 0.06)); } return a; };
  const der = (a) => fam.avgTotal ? incDerive(a) : fam.derive(a);
  const aggr = (list) => {
    if (!fam.avgTotal) return aggregate(list);
    const wu = list.reduce((s, a) => s + a.wu, 0), wr = list.reduce((s, a) => s + a.wr, 0); const w = (k, wk) => Math.round(list.reduce((s, a) => s + a[k] * a[wk], 0) / (wk === 'wu' ? wu : wr));
    return { wu, wr, ui: w('ui', 'wu'), uc: w('uc', 'wu'), ui5: w('ui5', 'wu'), uc5: w('uc5', 'wu'), ri: w('ri', 'wr'), rc: w('rc', 'wr'), ri5: w('ri5', 'wr'), rc5: w('rc5', 'wr') };
  };
  let body = []; // entries {label, indent, atoms, children?}
  const kind = fam.rowsKind || 'region';
  if (kind === 'hier') {
    const cities = shuffle(CITIES).slice(0, o.nCity || 3); const ds = shuffle(DISTRICTS);
    let di = 0;
    for (const c of cities) { const kids = []; const nk = ri(2, 4); for (let i = 0; i < nk; i++) kids.push({ label: ds[di++ % ds.length], atoms: mk(), indent: 1 }); body.push({ label: c, atoms: aggr(kids.map(k => k.atoms)), indent: 0, top: true }); body.push(...kids); }
  } else if (kind === 'industry') {
    const inds = INDUSTRIES.slice(0, o.n || 8);
    for (const nm of inds) { const a = mk(); body.push({ label: nm, atoms: a, indent: 0, top: true });
      if (o.qzRows && QZ[nm]) { for (const q of QZ[nm].slice(0, 1)) { const qa = {}; for (const k in a) qa[k] = Math.max(1, Math.round(a[k] * (0.3 + rnd() * 0.4))); body.push({ label: '其中：' + q, atoms: qa, indent: 1, qz: true }); } } }
  } else if (kind === 'party') {
    for (const nm of shuffle(PARTYUNITS).slice(0, o.n || 7)) body.push({ label: nm, atoms: mk(), indent: 0, top: true });
  } else if (kind === 'budget') {
    for (const nm of BUDGET.slice(0, o.n || 9)) body.push({ label: nm, atoms: mk(), indent: 0, top: true });
  } else {
    const names = shuffle(o.prov ? CITIES : DISTRICTS).slice(0, o.n || 7);
    for (const nm of names) body.push({ label: nm, atoms: mk(), indent: 0, top: true });
  }
  const totAtoms = aggr(body.filter(b => b.top).map(b => b.atoms));
  const total = { label: o.totalLabel || '合计', atoms: totAtoms, indent: 0, isTotal: true };
  let list = o.totalFirst ? [total, ...body] : [...body, total];
  if (o.qzAfterTotal && o.totalFirst) { // 其中：中心城区 = first two regions (subset)
    const sub = body.filter(b => b.top).slice(0, 2); list.splice(1, 0, { label: '其中：中心城区', atoms: aggr(sub.map(s => s.atoms)), indent: 1, qz: true });
  }
  return list.map(r => ({ ...r, vals: der(r.atoms) }));
}

function writeSheet(ws, fam, o, rows) {
  const leaves = leavesOf(fam.tree); const D = treeDepth(fam.tree);
  const left = o.seq ? ['序号', o.leftLabel || '地区'] : [o.leftLabel || '地区'];
  const nL = left.length; const nC = nL + leaves.length;
  let r = 1;
  if (o.title !== false) { ws.getCell(r, 1).value = (o.tablePrefix || '') + fam.title; ws.mergeCells(r, 1, r, nC); ws.getCell(r, 1).alignment = { horizontal: 'center' }; ws.getCell(r, 1).font = { bold: true, size: 14 }; r++; }
  if (fam.unitLine && o.unitLineOn !== false) { const c = fam.unitLine.startsWith('单位') ? nC : 1; ws.getCell(r, c).value = fam.unitLine; if (c !== 1) ws.getCell(r, c).alignment = { horizontal: 'right' }; r++; }
  const h0 = r; const extraUnit = !!o.unitRow, extraNum = !!o.numRow; const H = D + (extraUnit ? 1 : 0) + (extraNum ? 1 : 0);
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  // left headers merged down through D (+unit) rows
  const leftSpan = D + (extraUnit ? 1 : 0);
  left.forEach((h, i) => { ws.getCell(h0, i + 1).value = h; if (leftSpan > 1) ws.mergeCells(h0, i + 1, h0 + leftSpan - 1, i + 1); });
  // tree
  let col = nL + 1;
  const place = (nodes, depth) => { for (const n of nodes) { const c0 = col; if (n.ch) { ws.getCell(h0 + depth, col).value = n.h; place(n.ch, depth + 1); if (col - 1 > c0) ws.mergeCells(h0 + depth, c0, h0 + depth, col - 1); }
    else { ws.getCell(h0 + depth, col).value = n.h; if (depth < D - 1) ws.mergeCells(h0 + depth, col, h0 + D - 1, col); col++; } } };
  place(fam.tree, 0);
  let rr = h0 + D;
  if (extraUnit) { leaves.forEach((lf, i) => { ws.getCell(rr, nL + 1 + i).value = lf.u || (fam.units && fam.units[lf.k]) || fam.defUnit || (lf.kind === 'rate' ? '%' : '个'); }); rr++; }
  if (extraNum) { const tg = ['甲', '乙', '丙']; left.forEach((_, i) => ws.getCell(rr, i + 1).value = tg[i]); leaves.forEach((_, i) => ws.getCell(rr, nL + 1 + i).value = i + 1); rr++; }
  for (let y = h0; y < rr; y++) for (let x = 1; x <= nC; x++) { const c = ws.getCell(y, x); c.border = border; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; c.font = { bold: true }; }
  const cellMap = {}; // label -> {key -> address}
  let seq = 0;
  for (const row of rows) {
    if (o.seq) { if (!row.isTotal && !row.qz && row.indent === 0) ws.getCell(rr, 1).value = ++seq; }
    const lc = ws.getCell(rr, nL); const ind = row.indent ? (o.indentStyle === 'space' ? '　'.repeat(2 * row.indent) : '') : '';
    lc.value = ind + row.label; if (row.indent && o.indentStyle !== 'space') lc.alignment = { indent: row.indent * 2 };
    if (row.isTotal) lc.font = { bold: true };
    leaves.forEach((lf, i) => { const c = ws.getCell(rr, nL + 1 + i); c.value = row.vals[lf.k]; c.numFmt = lf.dp ? '0.' + '0'.repeat(lf.dp) : '0'; c.border = border; });
    row.addr = {}; leaves.forEach((lf, i) => { row.addr[lf.k] = colL(nL + 1 + i) + rr; });
    rr++;
  }
  if (o.note) { ws.getCell(rr, 1).value = o.note; ws.mergeCells(rr, 1, rr, nC); }
  ws.columns.forEach((c, i) => { c.width = i < nL ? (i === nL - 1 ? 22 : 6) : 11; });
  return { leaves, rows, h0, H };
}

// ------------- workbook specs -------------
const famNames = Object.keys(FAM);
const specs = [];
let idx = 0;
const variants = [
  { unitRow: false, numRow: false }, { unitRow: true, numRow: false }, { unitRow: false, numRow: true }, { unitRow: true, numRow: true },
];
for (const fn of famNames) {
  for (let v = 0; v < 4; v++) {
    const D = treeDepth(FAM[fn]({}).tree);
    let ex = variants[v];
    // keep header rows in 3..4 (D is 2 or 3)
    if (D === 3 && ex.unitRow && ex.numRow) ex = { unitRow: false, numRow: true };
    if (D === 2 && !ex.unitRow && !ex.numRow) ex = { unitRow: true, numRow: false };
    const o = { ...ex, seq: rnd() < 0.4 || ex.numRow && rnd() < 0.6, totalFirst: rnd() < 0.6, unitLine: rnd() < 0.6, title: rnd() < 0.85 ? undefined : false,
      indentStyle: rnd() < 0.5 ? 'space' : 'align', n: ri(5, 10), prov: rnd() < 0.5, qzRows: rnd() < 0.6, nCity: ri(2, 4) };
    o.totalLabel = FAM[fn]({}).rowsKind === 'party' ? pick(['合计', '总计', '全市']) : FAM[fn]({}).rowsKind === 'industry' || FAM[fn]({}).rowsKind === 'budget' ? pick(['合计', '总计']) : (o.prov ? pick(['全省', '合计', '总计']) : pick(['全市', '合计', '总计']));
    o.leftLabel = FAM[fn]({}).rowsKind === 'party' ? '单位' : FAM[fn]({}).rowsKind === 'industry' ? '行业' : FAM[fn]({}).rowsKind === 'budget' ? '项目' : '地区';
    if (!o.totalFirst) o.qzAfterTotal = false; else o.qzAfterTotal = (FAM[fn]({}).rowsKind || 'region') === 'region' && rnd() < 0.35;
    if (rnd() < 0.25) o.note = '注：本表数据为快报数，合计数与分项数之和如有差异系四舍五入所致。';
    const sheets = [{ fam: fn, o, name: pick(['Sheet1', '表1', '汇总表', fn === 'mem' || fn === 'org' ? '党统表' : '分地区']) }];
    if (rnd() < 0.3) { const fn2 = pick(famNames.filter(x => x !== fn)); const o2 = { ...o, unitRow: FAM[fn2]({}).tree && treeDepth(FAM[fn2]({}).tree) === 2, numRow: rnd() < 0.5, totalFirst: rnd() < 0.5, qzAfterTotal: false };
      o2.leftLabel = FAM[fn2]({}).rowsKind === 'party' ? '单位' : FAM[fn2]({}).rowsKind === 'industry' ? '行业' : FAM[fn2]({}).rowsKind === 'budget' ? '项目' : '地区';
      sheets.push({ fam: fn2, o: o2, name: '表2' }); if (sheets[0].name === '表2') sheets[0].name = '表1'; }
    specs.push({ file: `${String(++idx).padStart(2, '0')}-${fn}-v${v}.xlsx`, sheets });
  }
}

async function main() {
  const base = __dirname; for (const d of ['clean', 'planted']) { fs.rmSync(path.join(base, d), { recursive: true, force: true }); fs.mkdirSync(path.join(base, d)); }
  const manifest = [];
  const plantIdx = new Set(shuffle(specs.map((_, i) => i)).slice(0, 30));
  for (let si = 0; si < specs.length; si++) {
    const s = specs[si]; const built = [];
    const mkwb = (mut) => { const wb = new ExcelJS.Workbook(); for (const sh of s.sheets) { const fam = FAM[sh.fam](sh.o); const ws = wb.addWorksheet(sh.name); sh.rows = sh.rows || buildData(fam, sh.o); const rows = mut ? mut(sh) : sh.rows; sh.built = writeSheet(ws, fam, sh.o, rows); } return wb; };
    await mkwb().xlsx.writeFile(path.join(base, 'clean', s.file));
    if (plantIdx.has(si)) {
      const sh = s.sheets[0]; const fam = FAM[sh.fam](sh.o); const leaves = leavesOf(fam.tree);
      const kind = pick(['total', 'part', 'part', 'rate']);
      const cand = sh.rows.map((r, ri_) => ({ r, ri_ })).filter(({ r }) => kind === 'total' ? r.isTotal : !r.isTotal && !r.qz);
      const { r: row, ri_ } = pick(cand);
      let lcand = leaves.filter(l => kind === 'rate' ? l.kind === 'rate' : (l.kind === 'add' || l.kind === 'diff'));
      if (!lcand.length) lcand = leaves.filter(l => l.kind !== 'qz');
      const lf = pick(lcand); const old = row.vals[lf.k];
      let nv;
      if (lf.kind === 'rate') nv = rd(old + pick([-1, 1]) * (lf.dp === 0 ? Math.max(50, Math.round(Math.abs(old) * 0.05)) : rd(1.2 + rnd() * 2, lf.dp)), lf.dp);
      else if (lf.kind === 'avg') nv = old + pick([-1, 1]) * ri(300, 900);
      else { const d = Math.max(lf.dp ? 0.5 : 3, rd(Math.abs(old) * (0.02 + rnd() * 0.03), lf.dp)); nv = rd(old + (rnd() < 0.5 && old - d > 0 ? -d : d), lf.dp); }
      const mut = (shx) => shx === sh ? shx.rows.map((r, i) => i === ri_ ? { ...r, vals: { ...r.vals, [lf.k]: nv } } : r) : shx.rows;
      await mkwb(mut).xlsx.writeFile(path.join(base, 'planted', s.file));
      manifest.push({ file: s.file, sheet: sh.name, cell: sh.built.rows[ri_].addr[lf.k], old, new: nv, what: `${kind}: row "${row.label}" col ${lf.path.join('/')} (${lf.kind})` });
    }
  }
  fs.writeFileSync(path.join(base, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(base, 'specs.json'), JSON.stringify(specs.map(s => ({ file: s.file, sheets: s.sheets.map(x => ({ fam: x.fam, name: x.name, o: x.o })) })), null, 1));
  console.log(specs.length, 'clean,', manifest.length, 'planted');
}
main().catch(e => { console.error(e); process.exit(1); });
