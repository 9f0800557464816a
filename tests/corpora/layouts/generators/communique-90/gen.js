// Generates county/township statistical communique & monthly report workbooks.
//   NODE_PATH=/work/main/node_modules node gen.js
// Writes cases/*.xlsx + cases/manifest.json, probe/*.xlsx + probe/manifest.json, rel/cases.json, rel/probe.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

// ---------- rng ----------
function mulberry(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function mkR(seed) {
  const f = mulberry(seed);
  const R = {
    f, u: (a, b) => a + (b - a) * f(), i: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)], p: (x) => f() < x,
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return R;
}
const NA = null; // not applicable marker (rendered per table)
const rnd = (x, d) => Number((Math.round(x * 10 ** d) / 10 ** d).toFixed(d));
const toU = (x, d) => Math.round(x * 10 ** d);
const fromU = (n, d) => Number((n / 10 ** d).toFixed(d));
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
function cornerTol(fn, vals, units, cellU) {
  const base = fn(...vals); let m = 0;
  for (let mask = 0; mask < (1 << vals.length); mask++) {
    const v = vals.map((x, i) => x + (((mask >> i) & 1) ? 0.5 : -0.5) * units[i]);
    const r = fn(...v); if (Number.isFinite(r)) m = Math.max(m, Math.abs(r - base));
  }
  return m + 0.5 * cellU + 1e-9;
}

// ---------- node constructors ----------
const A = (id, label, unit, dec, base, o = {}) => ({ id, label, unit, dec, base, kind: 'add', ...o });
const ST = (id, label, unit, dec, base, o = {}) => ({ id, label, unit, dec, base, kind: 'stock', ...o });
const AV = (id, label, unit, dec, base, o = {}) => ({ id, label, unit, dec, base, kind: 'avg', ...o });
const PC = (id, label, unit, dec, base, o = {}) => ({ id, label, unit, dec, base, kind: 'pct', pctLike: true, ...o });
const SUM = (id, label, unit, dec, children, o = {}) => ({ id, label, unit, dec, kind: 'add', mode: 'sum', children, ...o });
const RATE = (id, label, unit, dec, num, den, k, o = {}) => ({ id, label, unit, dec, kind: 'rate', num, den, k, ...o });
const GO = (id, label, unit, g) => ({ id, label, unit, dec: 2, kind: 'gonly', gmean: g });

// ---------- block library (annual-type magnitudes; S = GDP 亿元, P = population 万人) ----------
function blocks(c) {
  const { R, S, P } = c;
  const g = (a = -0.04, b = 0.14) => R.u(a, b);
  const L = [];
  L.push({ name: 'gdp', schemes: ['annual', 'quarterly', 'cumul', 'five'], make() {
    const i1 = S * R.u(0.07, 0.2), ind = S * R.u(0.18, 0.38), con = S * R.u(0.04, 0.09), i3 = S * R.u(0.35, 0.55);
    const gg = g(0.03, 0.1);
    const two = R.p(0.5) ? SUM('gdp2', '第二产业', '亿元', 2, [A('ind', '工业', '亿元', 2, ind, { g: gg }), A('con', '建筑业', '亿元', 2, con, { g: gg })], { qizhong: true })
      : A('gdp2', '第二产业', '亿元', 2, ind + con, { g: gg });
    const gdp = SUM('gdp', '地区生产总值', '亿元', 2, [A('gdp1', '第一产业', '亿元', 2, i1, { g: g(0.02, 0.06) }), two, A('gdp3', '第三产业', '亿元', 2, i3, { g: gg })], { real: true });
    const out = [gdp];
    if (c.scheme === 'annual' || c.scheme === 'five') {
      if (R.p(0.6)) out.push(ST('pop', R.pick(['年平均常住人口', '常住人口（年平均）']), '万人', 2, P, { g: R.u(-0.012, 0.008) }), RATE('pcgdp', '人均地区生产总值', '元', 0, 'gdp', 'pop', 1e4));
      else out.push(AV('pcgdp', '人均地区生产总值', '元', 0, S * 1e4 / P, { g: gg }));
    }
    if (c.scheme === 'annual' && c.traps && R.p(0.3)) out.push({ id: 'struct', label: '三次产业结构', unit: '', kind: 'text', text: true });
    return out;
  } });
  L.push({ name: 'agri', schemes: ['annual', 'five', 'region0'], make() {
    const T = S * R.u(0.12, 0.3);
    const gg = g(0.0, 0.07);
    const ws = [0.52, 0.04, 0.3, 0.08, 0.06].map((x) => x * R.u(0.7, 1.3));
    const out = [SUM('aov', '农林牧渔业总产值', '亿元', 2, ['农业', '林业', '牧业', '渔业', '农林牧渔专业及辅助性活动'].map((n, i) => A('aov' + i, n, '亿元', 2, T * ws[i], { g: gg + R.u(-0.03, 0.03) })), { qizhong: R.p(0.5) })];
    const gout = P * R.u(0.3, 0.7), yieldK = R.u(330, 460);
    out.push(ST('garea', '粮食播种面积', '万亩', 2, gout * 1000 / yieldK, { g: R.u(-0.02, 0.02) }));
    out.push(SUM('gout', '粮食总产量', '万吨', 2, [A('gsum', '夏粮', '万吨', 2, gout * 0.4, { g: g(-0.05, 0.05) }), A('gaut', '秋粮', '万吨', 2, gout * 0.6, { g: g(-0.05, 0.05) })], { qizhong: true }));
    if (R.p(0.6)) out.push(RATE('gyld', '粮食单产', '公斤/亩', 1, 'gout', 'garea', 1000));
    out.push(A('meat', '猪牛羊禽肉产量', '万吨', 2, P * R.u(0.05, 0.12), { g: g(-0.06, 0.06), mode: 'le', children: [A('pork', '猪肉', '万吨', 2, 0, { frac: R.u(0.5, 0.75) })] }));
    return out;
  } });
  L.push({ name: 'ind', schemes: ['annual', 'monthly', 'quarterly', 'cumul', 'five'], make() {
    const out = [];
    if (c.scheme !== 'quarterly' && c.scheme !== 'cumul' && c.scheme !== 'five') out.push(GO('ivad', '规模以上工业增加值', '%', R.u(-2, 11)));
    const T = S * R.u(0.6, 1.5), gg = g(-0.05, 0.15);
    if (R.p(0.55)) { const lt = R.u(0.2, 0.45); out.push(SUM('iout', '规模以上工业总产值', '亿元', 2, [A('ilt', '轻工业', '亿元', 2, T * lt, { g: gg + R.u(-0.04, 0.04) }), A('ihv', '重工业', '亿元', 2, T * (1 - lt), { g: gg + R.u(-0.04, 0.04) })], { qizhong: R.p(0.5) })); }
    else out.push(A('iout', '规模以上工业总产值', '亿元', 2, T, { g: gg, mode: 'le', children: [A('ihi', '高新技术产业产值', '亿元', 2, 0, { frac: R.u(0.2, 0.5) })] }));
    if (c.scheme === 'annual' || c.scheme === 'monthly') {
      out.push(A('irev', '规模以上工业营业收入', '亿元', 2, T * R.u(0.9, 1.05), { g: gg + R.u(-0.03, 0.03) }));
      if (c.traps && R.p(0.35)) out.push({ id: 'iprof', label: '规模以上工业利润总额', unit: '亿元', dec: 2, kind: 'add', base: -T * R.u(0.005, 0.02), g: 0, flip: true });
      else out.push(A('iprof', '规模以上工业利润总额', '亿元', 2, T * R.u(0.03, 0.08), { g: g(-0.3, 0.3) }));
      out.push({ id: 'prodhead', label: '主要产品产量', kind: 'section2' });
      const prods = R.shuffle([['原煤', '万吨', 2, P * R.u(1, 8)], ['发电量', '亿千瓦时', 2, S * R.u(0.01, 0.06)], ['水泥', '万吨', 2, P * R.u(1, 5)], ['饲料', '万吨', 2, P * R.u(0.2, 1)], ['服装', '万件', 1, P * R.u(5, 40)], ['成品糖', '吨', 0, P * R.u(100, 900)]]).slice(0, R.i(2, 4));
      prods.forEach((p, i) => out.push(A('prod' + i, p[0], p[1], p[2], p[3], { g: g(-0.15, 0.2), sub: true })));
    }
    return out;
  } });
  L.push({ name: 'inv', schemes: ['annual', 'monthly', 'cumul', 'five'], make() {
    const out = [];
    const T = S * R.u(0.5, 1.1);
    if ((c.scheme === 'annual' || c.scheme === 'monthly') && R.p(0.35)) {
      out.push(GO('fai', '固定资产投资（不含农户）', '%', R.u(-8, 14)));
      const kids = [['工业投资', R.u(-10, 20)], ['民间投资', R.u(-12, 8)], ['基础设施投资', R.u(-5, 18)]];
      kids.forEach((k, i) => out.push({ ...GO('fai' + i, k[0], '%', k[1]), sub: true, qzFirst: i === 0 }));
    } else {
      const overl = c.traps && R.p(0.6);
      const kids = overl ? [A('fai0', '工业投资', '亿元', 2, 0, { frac: R.u(0.3, 0.5) }), A('fai1', '民间投资', '亿元', 2, 0, { frac: R.u(0.45, 0.7) }), A('fai2', '基础设施投资', '亿元', 2, 0, { frac: R.u(0.2, 0.35) })]
        : [A('fai0', '工业投资', '亿元', 2, 0, { frac: R.u(0.2, 0.4) }), A('fai1', '房地产开发投资', '亿元', 2, 0, { frac: R.u(0.15, 0.35) })];
      out.push(A('fai', '固定资产投资（不含农户）', '亿元', 2, T, { g: g(-0.1, 0.15), mode: 'le', overlap: overl, children: kids }));
    }
    if (c.scheme !== 'five') {
      const area = P * R.u(0.8, 3);
      out.push(A('hsa', '商品房销售面积', '万平方米', 2, area, { g: g(-0.3, 0.05), mode: 'le', children: [A('hsa0', '住宅', '万平方米', 2, 0, { frac: R.u(0.75, 0.92) })] }));
      out.push(A('hsv', '商品房销售额', '亿元', 2, area * R.u(0.45, 0.9), { g: g(-0.3, 0.05) }));
    }
    return out;
  } });
  L.push({ name: 'retail', schemes: ['annual', 'monthly', 'quarterly', 'cumul', 'five'], make() {
    const T = S * R.u(0.3, 0.5), gg = g(0.0, 0.1), ur = R.u(0.6, 0.85);
    const two = c.scheme !== 'five' && R.p(0.45);
    const node = SUM('rsc', '社会消费品零售总额', '亿元', 2, [A('rsc0', '城镇', '亿元', 2, T * ur, { g: gg + R.u(-0.02, 0.02) }), A('rsc1', '乡村', '亿元', 2, T * (1 - ur), { g: gg + R.u(-0.02, 0.02) })], { qizhong: R.p(0.4), glabel: two ? '按经营地分：' : null });
    if (two) node.split = { glabel: '按消费类型分：', kids: [A('rsc2', '商品零售', '亿元', 2, 0, { frac: R.u(0.82, 0.9) }), A('rsc3', '餐饮收入', '亿元', 2, 0)] };
    const out = [node];
    if (c.scheme === 'annual' || c.scheme === 'monthly') {
      if (c.traps && R.p(0.4)) out.push(A('rlim', '限额以上单位消费品零售额', '万元', 0, T * 1e4 * R.u(0.25, 0.45), { g: gg, crossUnit: 'rsc' }));
      else node.leKid = A('rlim', '限额以上单位消费品零售额', '亿元', 2, 0, { frac: R.u(0.25, 0.45) });
    }
    return out;
  } });
  L.push({ name: 'trade', schemes: ['annual', 'monthly', 'quarterly', 'five'], make() {
    const T = S * R.u(0.05, 0.4) * 1e4 / 7, ex = R.u(0.5, 0.85);
    return [SUM('trd', '进出口总额', '万美元', 0, [A('trd0', R.p(0.5) ? '出　口' : '出口', '万美元', 0, T * ex, { g: g(-0.2, 0.2) }), A('trd1', R.p(0.5) ? '进　口' : '进口', '万美元', 0, T * (1 - ex), { g: g(-0.25, 0.2) })], { qizhong: R.p(0.4) })];
  } });
  L.push({ name: 'fiscal', schemes: ['annual', 'monthly', 'quarterly', 'five'], make() {
    const rev = S * 1e4 * R.u(0.04, 0.08), tx = R.u(0.6, 0.8), gg = g(-0.05, 0.12);
    const taxKids = [A('tax0', '增值税', '万元', 0, 0, { frac: R.u(0.3, 0.4) }), A('tax1', '企业所得税', '万元', 0, 0, { frac: R.u(0.08, 0.15) }), A('tax2', '个人所得税', '万元', 0, 0, { frac: R.u(0.03, 0.06) })];
    const tax = A('tax', '税收收入', '万元', 0, rev * tx, { g: gg, mode: R.p(0.6) && c.scheme !== 'five' ? 'le' : undefined, children: taxKids });
    if (!tax.mode) delete tax.children;
    const out = [SUM('rev', '一般公共预算收入', '万元', 0, [tax, A('ntax', '非税收入', '万元', 0, rev * (1 - tx), { g: g(-0.2, 0.2) })], { qizhong: true })];
    if (c.scheme === 'annual' && R.p(0.4)) out.push(RATE('taxr', '税收收入占一般公共预算收入比重', '%', 1, 'tax', 'rev', 100, { pctLike: true }));
    const exp = rev * R.u(2.5, 5);
    out.push(A('exp', '一般公共预算支出', '万元', 0, exp, { g: g(-0.05, 0.12), mode: 'le', children: [A('exp0', '教育支出', '万元', 0, 0, { frac: R.u(0.14, 0.2) }), A('exp1', '社会保障和就业支出', '万元', 0, 0, { frac: R.u(0.12, 0.18) }), A('exp2', '卫生健康支出', '万元', 0, 0, { frac: R.u(0.08, 0.12) }), A('exp3', '农林水支出', '万元', 0, 0, { frac: R.u(0.1, 0.18) })] }));
    return out;
  } });
  L.push({ name: 'fin', schemes: ['annual', 'monthly', 'quarterly', 'cumul', 'five'], make() {
    const dep = S * R.u(1.0, 1.8), loan = dep * R.u(0.55, 0.95);
    const out = [ST('dep', '金融机构人民币各项存款余额', '亿元', 2, dep, { g: g(0.04, 0.13), mode: 'le', children: [ST('dep0', '住户存款', '亿元', 2, 0, { frac: R.u(0.6, 0.78) })] }),
      ST('loan', '金融机构人民币各项贷款余额', '亿元', 2, loan, { g: g(0.03, 0.15) })];
    if (R.p(0.5)) out.push(RATE('ldr', '存贷比', '%', 2, 'loan', 'dep', 100, { pctLike: true }));
    return out;
  } });
  L.push({ name: 'income', schemes: ['annual', 'quarterly', 'cumul', 'five'], make() {
    const uI = R.u(32000, 48000), rI = uI / R.u(1.8, 2.6), w = R.u(0.4, 0.65);
    const quarterly = c.scheme === 'quarterly' || c.scheme === 'cumul';
    const scale = quarterly ? 0.25 : 1;
    const urb = AV('incu', '城镇常住居民人均可支配收入', '元', 0, uI * scale, { g: g(0.04, 0.07), sub: true });
    const rur = AV('incr', '农村常住居民人均可支配收入', '元', 0, rI * scale, { g: g(0.06, 0.09), sub: true });
    const all = { id: 'inca', label: '全体居民人均可支配收入', unit: '元', dec: 0, kind: 'wavg', a: 'incu', b: 'incr', w, after: [urb, rur] };
    const out = [all];
    if (!quarterly && R.p(0.5)) out.push(RATE('incratio', '城乡居民收入比', R.pick(['', '倍', '以农村为1']), 2, 'incu', 'incr', 1, { pctLike: true }));
    if (R.p(0.4)) out.push(AV('cons', '居民人均消费支出', '元', 0, (uI * w + rI * (1 - w)) * R.u(0.6, 0.75) * scale, { g: g(0.02, 0.1) }));
    return out;
  } });
  L.push({ name: 'pop', schemes: ['annual', 'five'], make() {
    const ur = R.u(0.38, 0.62);
    const out = [SUM('rpop', '年末常住人口', '万人', 2, [ST('rpop0', '城镇人口', '万人', 2, P * ur, { g: R.u(0.005, 0.025) }), ST('rpop1', '乡村人口', '万人', 2, P * (1 - ur), { g: R.u(-0.035, -0.01) })], { kind: 'stock' })];
    out.push(RATE('urb', '常住人口城镇化率', '%', 2, 'rpop0', 'rpop', 100, { pctLike: true }));
    if (R.p(0.6)) {
      out.push(PC('birth', '人口出生率', '‰', 2, R.u(5.5, 9)), PC('death', '人口死亡率', '‰', 2, R.u(6.5, 8.5)));
      out.push({ id: 'natg', label: '人口自然增长率', unit: '‰', dec: 2, kind: 'diffrate', a: 'birth', b: 'death', pctLike: true });
    }
    return out;
  } });
  L.push({ name: 'social', schemes: ['annual', 'monthly', 'quarterly', 'cumul'], make() {
    const out = [A('newjob', '城镇新增就业', '人', 0, P * R.u(60, 160), { g: g(-0.1, 0.1) }), PC('unemp', '城镇登记失业率', '%', 1, R.u(2.4, 4.2))];
    if (c.scheme === 'annual') out.push(ST('ins', '城乡居民基本养老保险参保人数', '万人', 2, P * R.u(0.35, 0.5), { g: g(-0.02, 0.03) }), PC('cpi', '居民消费价格指数（上年=100）', '%', 1, R.u(100.3, 102.8), { cpi: true }));
    return out;
  } });
  L.push({ name: 'edu', schemes: ['annual', 'five'], make() {
    const sch = ['幼儿园', '小学', '初中', '普通高中', '中等职业学校'];
    const nsch = [P * 1.6, P * 1.2, P * 0.45, P * 0.12, P * 0.06];
    const stu = [P * 1e4 * 0.03, P * 1e4 * 0.065, P * 1e4 * 0.033, P * 1e4 * 0.02, P * 1e4 * 0.01];
    return [SUM('sch', '各级各类学校', R.pick(['所', '个']), 0, sch.map((n, i) => ST('sch' + i, n, '所', 0, Math.max(1, nsch[i] * R.u(0.7, 1.3)), { g: R.u(-0.08, 0.02) })), { kind: 'stock', qizhong: R.p(0.5) }),
      SUM('stu', '在校学生', '人', 0, sch.map((n, i) => ST('stu' + i, n, '人', 0, stu[i] * R.u(0.7, 1.3), { g: R.u(-0.06, 0.03) })), { kind: 'stock', qizhong: R.p(0.5) })].map((x) => { x.children.forEach((k) => { k.unit = x.unit; }); return x; });
  } });
  L.push({ name: 'health', schemes: ['annual'], make() {
    const beds = P * R.u(45, 70);
    const out = [SUM('hos', '卫生机构', '个', 0, [ST('hos0', '医院', '个', 0, P * R.u(0.2, 0.4), { g: R.u(-0.05, 0.08) }), ST('hos1', '乡镇卫生院', '个', 0, P * R.u(0.4, 0.7), { g: 0 }), ST('hos2', '村卫生室', '个', 0, P * R.u(6, 10), { g: R.u(-0.04, 0.01) })], { kind: 'stock' }),
      ST('beds', '卫生机构床位', '张', 0, beds, { g: g(0.0, 0.08) }), ST('doc', '卫生技术人员', '人', 0, beds * R.u(1, 1.4), { g: g(0.0, 0.08) })];
    if (R.p(0.5)) { out.push(ST('hpop', '年末常住人口', '万人', 2, P, { g: R.u(-0.01, 0.005) }), RATE('bedpk', '每千常住人口床位数', '张', 2, 'beds', 'hpop', 0.1)); }
    return out;
  } });
  L.push({ name: 'tour', schemes: ['annual', 'monthly', 'quarterly', 'five'], make() {
    const vis = P * R.u(10, 40), gg = g(-0.1, 0.3);
    const out = [A('vis', '接待游客', '万人次', 2, vis, { g: gg, mode: R.p(0.5) ? 'le' : undefined, children: [A('vis0', '过夜游客', '万人次', 2, 0, { frac: R.u(0.15, 0.35) })] }),
      A('trev', '旅游总收入', '亿元', 2, vis * R.u(600, 1100) / 1e4, { g: gg + R.u(-0.03, 0.05) })];
    if (!out[0].mode) delete out[0].children;
    if (c.scheme === 'annual' && R.p(0.5)) out.push(RATE('tper', '游客人均花费', '元', 0, 'trev', 'vis', 1e4));
    return out;
  } });
  L.push({ name: 'power', schemes: ['annual', 'monthly', 'quarterly', 'cumul', 'five'], make() {
    const T = S * R.u(0.25, 0.6) * 1e4 / 1e4; // 亿千瓦时
    const ws = [0.03, 0.62, 0.17, 0.18].map((x) => x * R.u(0.7, 1.3));
    const wsum = ws.reduce((a, b) => a + b, 0);
    const gg = g(-0.02, 0.1);
    const kids = ['第一产业用电量', '第二产业用电量', '第三产业用电量', '城乡居民生活用电量'].map((n, i) => A('pw' + i, n, '亿千瓦时', 2, T * ws[i] / wsum, { g: gg + R.u(-0.04, 0.04) }));
    kids[1].mode = 'le'; kids[1].children = [A('pw1i', '工业用电量', '亿千瓦时', 2, 0, { frac: R.u(0.85, 0.95) })];
    return [SUM('pw', '全社会用电量', '亿千瓦时', 2, kids, { qizhong: R.p(0.3) })];
  } });
  L.push({ name: 'transp', schemes: ['annual', 'monthly', 'quarterly'], make() {
    return [A('frt', '公路货运量', '万吨', 2, P * R.u(20, 60), { g: g(-0.1, 0.1) }), A('psg', '公路客运量', '万人', 2, P * R.u(3, 10), { g: g(-0.3, 0.1) }),
      A('post', '邮政业务总量', '万元', 0, P * R.u(200, 600), { g: g(0.05, 0.2) }), A('tele', '电信业务总量', '万元', 0, P * R.u(1500, 4000), { g: g(0.05, 0.2) })];
  } });
  return L;
}

// town-level blocks (regions as columns); magnitudes are county totals
function regionBlocks(c) {
  const { R, P } = c;
  const pers = P * 1e4;
  const L = [];
  L.push({ name: 'rpop', make() {
    const out = [ST('hh', '户数', '户', 0, pers / R.u(2.8, 3.4)), SUM('tp', '户籍人口', '人', 0, [ST('tp0', '男', '人', 0, pers * 0.51), ST('tp1', '女', '人', 0, pers * 0.49)], { kind: 'stock', qizhong: R.p(0.5) })];
    if (R.p(0.6)) { out.push(ST('area', '土地面积', '平方公里', 1, pers / R.u(120, 400)), RATE('dens', '人口密度', '人/平方公里', 0, 'tp', 'area', 1)); }
    return out;
  } });
  L.push({ name: 'ragri', make() {
    const gout = pers * R.u(0.3, 0.7) / 1000 * 1000; // 吨
    const out = [ST('cult', '耕地面积', '亩', 0, gout * 1000 / 420 * R.u(1.1, 1.4)), ST('ga', '粮食播种面积', '亩', 0, gout * 1000 / R.u(340, 460)),
      SUM('go', '粮食产量', '吨', 0, [A('go0', '夏粮', '吨', 0, gout * 0.4), A('go1', '秋粮', '吨', 0, gout * 0.6)], { qizhong: R.p(0.5) })];
    if (R.p(0.5)) out.push(RATE('gy', '粮食单产', '公斤/亩', 0, 'go', 'ga', 1000));
    return out;
  } });
  L.push({ name: 'rinc', make() { return [AV('rinc', '农村居民人均可支配收入', '元', 0, R.u(14000, 22000))]; } });
  L.push({ name: 'recon', make() {
    const out = [ST('ent', '规模以上工业企业', '个', 0, P * R.u(1.5, 4)), A('io', '工业总产值', '万元', 0, P * R.u(4000, 9000), { mode: 'le', children: [A('io0', '规模以上工业总产值', '万元', 0, 0, { frac: R.u(0.6, 0.85) })] }),
      A('fa', '固定资产投资', '万元', 0, P * R.u(3000, 8000)), A('rs', '社会消费品零售额', '万元', 0, P * R.u(2000, 5000))];
    if (R.p(0.6)) out.push(SUM('fr', '财政收入', '万元', 0, [A('fr0', '税收收入', '万元', 0, P * R.u(200, 400)), A('fr1', '非税收入', '万元', 0, P * R.u(50, 150))], { qizhong: true }));
    return out;
  } });
  L.push({ name: 'rsoc', make() {
    return [ST('vil', '行政村', '个', 0, P * R.u(5, 9)), SUM('rsch', '在校学生', '人', 0, [ST('rsch0', '小学', '人', 0, pers * 0.065), ST('rsch1', '初中', '人', 0, pers * 0.033)], { kind: 'stock', qizhong: R.p(0.5) }),
      ST('rbed', '卫生院床位', '张', 0, P * R.u(8, 14)), ST('rdb', '农村低保人数', '人', 0, pers * R.u(0.02, 0.05))];
  } });
  return L;
}

// ---------- value generation ----------
function schemeKeys(c) {
  switch (c.scheme) {
    case 'annual': return { base: ['cur', 'prev'], agg: [] };
    case 'monthly': return { base: ['m', 'mp', 'c', 'cp'], agg: [] };
    case 'quarterly': return { base: ['q1', 'q2', 'q3', 'q4'], agg: ['y'] };
    case 'cumul': return { base: ['c1', 'c2', 'c3', 'c4'], agg: [] };
    case 'five': return { base: ['y1', 'y2', 'y3', 'y4', 'y5'], agg: [] };
    case 'region': return { base: c.towns.map((_, i) => 'r' + (i + 1)), agg: ['r0'] };
  }
}
function rawLeaf(node, c) {
  const { R } = c, b = node.base, g = node.g ?? R.u(-0.03, 0.12), k = node.kind, o = {};
  const pctStep = () => (node.cpi ? R.u(-1.2, 1.2) : k === 'pct' ? b * R.u(-0.05, 0.05) : 0);
  switch (c.scheme) {
    case 'annual':
      o.prev = b; o.cur = k === 'pct' ? b + pctStep() : b * (1 + g);
      if (node.flip) { o.prev = -b * R.u(0.3, 1.5); o.cur = b; } // 利润: loss this year, profit last year
      break;
    case 'monthly':
      if (k === 'add') {
        if (node.flip) { o.cp = -b * R.u(0.3, 1.5) * c.N / 12; o.c = b * c.N / 12; o.m = b / 12 * R.u(0.5, 1.5); o.mp = -o.m * R.u(0.2, 1); break; }
        o.cp = b * c.N / 12 * R.u(0.9, 1.1); o.c = o.cp * (1 + g); o.m = o.c / c.N * R.u(0.8, 1.2); o.mp = o.m / (1 + g + R.u(-0.05, 0.05));
      } else { o.cp = b; o.c = k === 'pct' ? b + pctStep() : b * (1 + g); o.m = NA; o.mp = NA; }
      break;
    case 'quarterly': case 'cumul': {
      const q = [1, 2, 3, 4].map((i) => (k === 'add' ? b / 4 * R.u(0.75, 1.25) : k === 'stock' ? b * (1 + g * i / 4) * R.u(0.99, 1.01) : b * R.u(0.96, 1.04)));
      if (c.scheme === 'quarterly') q.forEach((v, i) => { o['q' + (i + 1)] = v; });
      else { let s = 0; q.forEach((v, i) => { s = k === 'add' ? s + v : v; o['c' + (i + 1)] = k === 'avg' && node.id.startsWith('inc') || node.id === 'cons' ? b * (i + 1) * R.u(0.97, 1.03) : s; }); }
      break;
    }
    case 'five':
      for (let i = 1; i <= 5; i++) o['y' + i] = k === 'pct' ? b + b * 0.02 * (i - 3) + pctStep() * 0.3 : b * Math.pow(1 + g, i - 1) * R.u(0.985, 1.015);
      break;
    case 'region':
      c.towns.forEach((_, i) => { o['r' + (i + 1)] = k === 'add' || k === 'stock' ? b * c.w[i] * R.u(0.82, 1.18) : b * R.u(0.85, 1.15); });
      break;
  }
  return o;
}
const U = (node) => 10 ** -node.dec;
const COUNT_UNITS = new Set(['个', '所', '人', '户', '张', '家']);
const noise = (node, R) => (COUNT_UNITS.has(node.unit) && node.dec === 0 ? 0 : R.u(-0.45, 0.45) * U(node));
function finishDisplay(node, c, keys) {
  // node.h has hidden values for base keys; compute node.d and aggregates; resample hidden within rounding of display
  node.d = node.d || {};
  for (const k of keys.base) { const h = node.h[k]; node.d[k] = isNum(h) ? rnd(h, node.dec) : NA; if (isNum(h) && COUNT_UNITS.has(node.unit) && node.dec === 0) node.h[k] = node.d[k]; }
  aggregate(node, c, keys);
}
function aggregate(node, c, keys) {
  const { R } = c;
  if (c.scheme === 'region') {
    const ks = keys.base;
    if (node.kind === 'add' || node.kind === 'stock') node.d.r0 = fromU(ks.reduce((a, k) => a + toU(node.d[k], node.dec), 0), node.dec);
    else { const wsum = c.w.reduce((a, b) => a + b, 0); node.d.r0 = rnd(ks.reduce((a, k, i) => a + node.h[k] * c.w[i], 0) / wsum, node.dec); }
    node.h.r0 = node.d.r0 + noise(node, R);
  }
  if (c.scheme === 'quarterly') {
    if (node.kind === 'add') node.d.y = fromU(['q1', 'q2', 'q3', 'q4'].reduce((a, k) => a + toU(node.d[k], node.dec), 0), node.dec);
    else if (node.kind === 'stock') node.d.y = node.d.q4;
    else node.d.y = rnd((node.h.q1 + node.h.q2 + node.h.q3 + node.h.q4) / 4 * (node.id.startsWith('inc') || node.id === 'cons' ? 4 : 1), node.dec);
    node.h.y = node.kind === 'stock' ? node.h.q4 : node.d.y + noise(node, R);
  }
}
function genTree(node, c, keys, nodesById) {
  const { R } = c;
  nodesById[node.id] = node;
  const allKeys = [...keys.base, ...keys.agg];
  if (node.kind === 'text' || node.kind === 'section2') return;
  if (node.kind === 'gonly') { node.d = {}; node.h = {}; allKeys.forEach((k) => { node.d[k] = NA; }); return; }
  if (node.kind === 'rate' || node.kind === 'wavg' || node.kind === 'diffrate') { (node.after || []).forEach((k) => genTree(k, c, keys, nodesById)); return; } // later
  if (node.mode === 'sum') {
    node.children.forEach((ch) => genTree(ch, c, keys, nodesById));
    node.d = {}; node.h = {};
    for (const k of allKeys) {
      const vs = node.children.map((ch) => ch.d[k]);
      if (vs.some((v) => !isNum(v))) { node.d[k] = NA; continue; }
      let s = vs.reduce((a, v) => a + toU(v, node.dec), 0);
      if (c.jitter && node.children.length >= 3 && !(COUNT_UNITS.has(node.unit) && node.dec === 0) && R.p(0.3)) { s += R.pick([-1, 1]); node.jittered = true; }
      node.d[k] = fromU(s, node.dec);
      node.h[k] = node.d[k] + noise(node, R);
    }
  } else {
    node.h = rawLeaf(node, c);
    finishDisplay(node, c, keys);
    if (c.scheme !== 'region' && c.scheme !== 'quarterly') for (const k of keys.base) if (isNum(node.d[k])) node.h[k] = node.d[k] + noise(node, R);
  }
  // second partition (split): shares of the parent, last one = remainder of displayed figures
  if (node.split) {
    const kids = node.split.kids; kids.forEach((k) => { k.d = {}; k.h = {}; nodesById[k.id] = k; k.splitOf = node.id; });
    for (const k of keys.base) {
      if (!isNum(node.d[k])) { kids.forEach((ch) => { ch.d[k] = NA; }); continue; }
      let rest = toU(node.d[k], node.dec);
      kids.forEach((ch, i) => {
        const v = i < kids.length - 1 ? toU(node.h[k] * ch.frac * R.u(0.98, 1.02), ch.dec) : rest;
        rest -= v; ch.d[k] = fromU(v, ch.dec); ch.h[k] = ch.d[k] + noise(ch, R);
      });
    }
    kids.forEach((ch) => { ch.kind = node.kind; aggregate(ch, c, keys); });
  }
  const leKids = node.mode === 'le' ? node.children : node.leKid ? [node.leKid] : [];
  for (const ch of leKids) {
    nodesById[ch.id] = ch; ch.kind = node.kind === 'stock' ? 'stock' : 'add'; ch.leOf = node.id;
    ch.h = {}; ch.d = {};
    for (const k of keys.base) {
      const ph = node.h[k];
      if (!isNum(ph)) { ch.h[k] = NA; continue; }
      ch.h[k] = ph * Math.min(0.97, ch.frac * R.u(0.94, 1.05));
    }
    finishDisplay(ch, c, keys);
    if (c.scheme !== 'region' && c.scheme !== 'quarterly') for (const k of keys.base) if (isNum(ch.d[k])) ch.h[k] = ch.d[k] + noise(ch, R);
  }
  if (node.kind === 'add' && node.crossUnit) node.crossTrap = true;
}
function genDerivedNodes(list, c, keys, byId) {
  const allKeys = [...keys.base, ...keys.agg];
  for (const node of list) {
    if (node.kind === 'rate') {
      node.d = {}; node.h = {};
      const a = byId[node.num], b = byId[node.den];
      for (const k of allKeys) {
        if (!isNum(a.d[k]) || !isNum(b.d[k]) || !b.h[k]) { node.d[k] = NA; continue; }
        node.h[k] = a.h[k] / b.h[k] * node.k; node.d[k] = rnd(node.h[k], node.dec);
      }
    } else if (node.kind === 'wavg') {
      node.d = {}; node.h = {};
      const a = byId[node.a], b = byId[node.b];
      for (const k of allKeys) { if (!isNum(a.d[k])) { node.d[k] = NA; continue; } node.h[k] = a.h[k] * node.w + b.h[k] * (1 - node.w); node.d[k] = rnd(node.h[k], 0); }
    } else if (node.kind === 'diffrate') {
      node.d = {}; node.h = {};
      const a = byId[node.a], b = byId[node.b];
      for (const k of allKeys) { if (!isNum(a.d[k])) { node.d[k] = NA; continue; } node.h[k] = a.h[k] - b.h[k]; node.d[k] = rnd(node.h[k], node.dec); if (Object.is(node.d[k], -0)) node.d[k] = 0; }
    }
  }
}

// ---------- table assembly ----------
const COUNTIES = ['清河县', '永和县', '石门县', '安平县', '临泽县', '凤台县', '宁陵县', '大通县', '洛川县', '黎平县', '武功县', '汝城县', '青田县', '盐亭县', '灵丘县', '岢岚县', '镇原县', '乐都区', '桐柏县', '通渭县'];
const TOWNS = ['城关镇', '东关街道', '柳林镇', '石桥镇', '马坊乡', '北山乡', '河口镇', '新庄乡', '龙泉镇', '双河乡', '高家堡镇', '白马镇', '青石乡', '三合镇', '大兴乡', '经济开发区'];
const CN = Array.from({ length: 40 }, (_, i) => { const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']; const n = i + 1; return n < 10 ? d[n] : (n >= 20 ? d[Math.floor(n / 10)] : '') + '十' + d[n % 10]; });
const BLOCK_TITLE = { gdp: '综合', agri: '农业', ind: '工业', inv: '固定资产投资和房地产', retail: '国内贸易', trade: '对外经济', fiscal: '财政', fin: '金融', income: '人民生活', pop: '人口', social: '就业和社会保障', edu: '教育', health: '卫生', tour: '旅游', power: '能源', transp: '交通和邮电' };

function buildTable(R, spec, book) {
  // spec: {scheme, variant, traps, strict}
  const c = { R, scheme: spec.scheme, traps: spec.traps, year: book.year, N: book.N };
  c.S = book.S * R.u(0.97, 1.03); c.P = book.P;
  c.jitter = (c.scheme === 'annual' || c.scheme === 'monthly' || c.scheme === 'five') && R.p(0.6);
  c.county = book.county;
  let forest = [];
  const T = { spec, c, rows: [], cols: [], rels: [], notes: [], traps: [] };
  if (c.scheme === 'region') {
    const k = R.i(spec.transpose ? 5 : 4, spec.wide ? 12 : 8);
    c.towns = R.shuffle(TOWNS.slice(0, 15)).slice(0, k); if (c.towns.indexOf('城关镇') < 0) c.towns[0] = '城关镇';
    c.towns.sort((a, b) => TOWNS.indexOf(a) - TOWNS.indexOf(b));
    if (spec.devzone) c.towns.push('经济开发区');
    c.w = c.towns.map(() => R.u(0.4, 1.8)); { const ws = c.w.reduce((a, b) => a + b, 0); c.w = c.w.map((x) => x / ws); }
    const lib = regionBlocks(c);
    const chosen = spec.transpose ? R.shuffle(lib).slice(0, 2) : R.shuffle(lib).slice(0, R.i(2, 4));
    chosen.forEach((b) => forest.push({ section: b.name, nodes: b.make() }));
  } else {
    const lib = blocks(c).filter((b) => b.schemes.includes(c.scheme));
    const n = c.scheme === 'annual' ? R.i(3, 6) : c.scheme === 'monthly' ? R.i(3, 6) : R.i(2, 4);
    const chosen = R.shuffle(lib).slice(0, n);
    chosen.sort((a, b) => lib.indexOf(a) - lib.indexOf(b));
    chosen.forEach((b) => forest.push({ section: b.name, nodes: b.make() }));
  }
  const keys = schemeKeys(c);
  T.keys = keys;
  const byId = {};
  const derived = [];
  const walk = (n) => { if (n.kind === 'rate' || n.kind === 'wavg' || n.kind === 'diffrate') derived.push(n); };
  for (const blk of forest) for (const n of blk.nodes) { walk(n); genTree(n, c, keys, byId); }
  genDerivedNodes(derived, c, keys, byId);
  T.byId = byId;
  // real-price trap: GDP growth at comparable prices
  T.realGrowth = c.scheme === 'annual' && spec.traps && byId.gdp && R.p(0.35);
  // flatten rows
  let sectNo = 0;
  const numbering = spec.numbering;
  const pushNode = (n, level, extra = {}) => {
    if (n.kind === 'section2') { T.rows.push({ type: 'grouplabel', label: n.label, level }); return; }
    T.rows.push({ type: 'data', node: n, level: n.sub ? level + 1 : level, ...extra });
    if (n.leKid) { T.rows.push({ type: 'data', node: n.leKid, level: level + 1, qz: true, leParent: n }); if (n.mode === 'sum' && !n.glabel) n.glabel = '按经营地分：'; }
    if (n.mode === 'sum') {
      if (n.glabel) T.rows.push({ type: 'grouplabel', label: n.glabel, level: level + 1 });
      n.children.forEach((ch, i) => pushNode(ch, level + 1, { first: i === 0, qz: n.qizhong && i === 0 && !n.glabel, parent: n }));
    }
    if (n.split) { T.rows.push({ type: 'grouplabel', label: n.split.glabel, level: level + 1 }); n.split.kids.forEach((ch, i) => T.rows.push({ type: 'data', node: ch, level: level + 1, parent: n, first: i === 0 })); }
    const le = n.mode === 'le' ? n.children : [];
    le.forEach((ch, i) => T.rows.push({ type: 'data', node: ch, level: level + 1, qz: i === 0, leParent: n }));
    (n.after || []).forEach((ch, i) => T.rows.push({ type: 'data', node: ch, level: level + 1, qz: false }));
  };
  let ino = 0;
  for (const blk of forest) {
    if (spec.sections && c.scheme !== 'region') ino = 0;
    if (spec.sections && c.scheme !== 'region') T.rows.push({ type: 'section', label: (numbering === 'cn' ? CN[sectNo] + '、' : '') + BLOCK_TITLE[blk.section] });
    sectNo++;
    for (const n of blk.nodes) {
      if (n.sub && n.kind === 'gonly') { pushNode(n, 0, { qz: n.qzFirst }); continue; }
      const before = T.rows.length;
      pushNode(n, 0, {});
      if (numbering === 'cn' || numbering === 'arabic') { const r = T.rows[before]; if (r.type === 'data' && !n.sub) { ino++; r.num = numbering === 'cn' ? `（${CN[ino - 1]}）` : `${ino}.`; } }
    }
  }
  return T;
}

// columns per scheme/variant. col: {id, type:'val'|'growth'|'diff'|'share'|'cagr', key, cur, prev, h1, h2}
function makeCols(T, R) {
  const { c, spec } = T; const v = spec.variant; const Y = c.year, N = c.N;
  const G = () => R.pick(['增长(%)', '比上年增长（%）', '增长（%）', '增速(%)', '比上年增长(%)', '增幅（%）', '±%']);
  const GM = () => R.pick(['同比增长(%)', '比上年同期增长（%）', '增长（%）', '同比±%', '增速（%）']);
  const cols = [];
  const val = (key, h1, h2) => cols.push({ id: key, type: 'val', key, h1, h2 });
  const gro = (cur, prev, h1, h2, shown) => cols.push({ id: 'g_' + cur, type: 'growth', cur, prev, h1, h2, prevShown: shown });
  switch (v) {
    case 'A1': val('cur', R.pick(['本年', Y + '年', '本期'])); val('prev', R.pick(['上年', (Y - 1) + '年', '上年同期'])); gro('cur', 'prev', G(), null, true); break;
    case 'A2': val('cur', R.pick(['本年', Y + '年'])); val('prev', R.pick(['上年', (Y - 1) + '年'])); cols.push({ id: 'diff', type: 'diff', cur: 'cur', prev: 'prev', h1: R.pick(['增减', '增减额', '比上年增减']) }); gro('cur', 'prev', G(), null, true); break;
    case 'A3': val('cur', R.pick(['绝对数', Y + '年', '总量'])); gro('cur', 'prev', G(), null, false); break;
    case 'A4': val('cur', R.pick(['绝对数', Y + '年'])); gro('cur', 'prev', G(), null, false); cols.push({ id: 'share', type: 'share', key: 'cur', h1: R.pick(['占比(%)', '比重（%）', '构成(%)']) }); break;
    case 'A5': { const h = Y + '年'; val('cur', h, '绝对数'); gro('cur', 'prev', h, R.pick(['比上年增长%', '增长（%）']), true); val('prev', (Y - 1) + '年', '绝对数'); break; }
    case 'A6': val('cur', Y + '年'); val('prev', (Y - 1) + '年'); gro('cur', 'prev', G(), null, true); cols.push({ id: 'share', type: 'share', key: 'cur', h1: R.pick(['占比(%)', '比重（%）']) }); break;
    case 'A7': { val('cur', '绝对数', Y + '年'); val('prev', '绝对数', (Y - 1) + '年'); gro('cur', 'prev', R.pick(['增长（%）', '比上年增长(%)']), null, true); break; }
    case 'M1': val('m', R.pick(['本月', N + '月'])); val('c', R.pick([`1-${N}月`, `1—${N}月累计`, '累计'])); gro('c', 'cp', GM(), null, false); break;
    case 'M2': val('c', R.pick([`1-${N}月`, `1～${N}月`, '本年累计'])); val('cp', R.pick(['上年同期', '去年同期'])); gro('c', 'cp', GM(), null, true); break;
    case 'M3': val('m', '本月', R.pick(['绝对值', '绝对数'])); gro('m', 'mp', '本月', R.pick(['同比(%)', '增长%']), false); val('c', `1-${N}月`, R.pick(['绝对值', '绝对数'])); gro('c', 'cp', `1-${N}月`, R.pick(['同比(%)', '增长%']), false); break;
    case 'M4': { const a = R.pick(['绝对值', '本年']), b = R.pick(['上年同期', '去年同期']), gh = R.pick(['增长(%)', '同比%']);
      val('m', '本月', a); val('mp', '本月', b); gro('m', 'mp', '本月', gh, true); val('c', R.pick([`1-${N}月`, '累计']), a); val('cp', cols[cols.length - 1].h1 === '本月' ? `1-${N}月` : `1-${N}月`, b); gro('c', 'cp', `1-${N}月`, gh, true);
      cols.forEach((x, i) => { if (i >= 3) x.h1 = cols[3].h1; }); break; }
    case 'Q1': ['一季度', '二季度', '三季度', '四季度'].forEach((h, i) => val('q' + (i + 1), h)); val('y', R.pick(['全年', '合计', Y + '年'])); break;
    case 'C1': [`1-3月`, `1-6月`, `1-9月`, R.pick(['全年', '1-12月'])].forEach((h, i) => val('c' + (i + 1), h)); break;
    case 'F1': case 'F2': { const sfx = R.p(0.5) ? '年' : ''; for (let i = 1; i <= 5; i++) val('y' + i, (Y - 5 + i) + sfx); } if (v === 'F1') gro('y5', 'y4', '比上年增长（%）', null, true); cols.push({ id: 'cagr', type: 'cagr', end: 'y5', start: 'y1', n: 4, h1: R.pick(['年均增长（%）', `${Y - 4}-${Y}年年均增长%`, '年均增速(%)']) }); break;
    case 'R1': case 'R1b': case 'R2': { const tot = R.pick(['全县', '合计', '全县合计']); const towns = c.towns.map((t, i) => ({ id: 'r' + (i + 1), type: 'val', key: 'r' + (i + 1), h1: t }));
      if (v === 'R1') cols.push({ id: 'r0', type: 'val', key: 'r0', h1: tot }, ...towns); else cols.push(...towns, { id: 'r0', type: 'val', key: 'r0', h1: tot });
      if (spec.twoRowRegion) { const gh = R.p(0.5) ? '其中：' : '分乡镇'; cols.forEach((x) => { if (x.id !== 'r0') { x.h2 = x.h1; x.h1 = gh; } }); if (v === 'R1') cols[0].h2 = undefined; }
      break; }
  }
  T.cols = cols;
}

function isPctLike(n) { return n.pctLike || n.unit === '%' || n.unit === '‰'; }
function computeCells(T, R) {
  // T.cell[nodeId][colId] = value, T.rels logical
  const { c } = T;
  T.cell = {};
  const rels = T.rels;
  const byId = T.byId;
  const gdec = T.spec.gdec ?? 1;
  const pctMode = T.spec.pctMode; // 'na' | 'pp'
  const hasCol = (k) => T.cols.some((x) => x.type === 'val' && x.key === k);
  const dataRows = T.rows.filter((r) => r.type === 'data');
  for (const row of dataRows) {
    const n = row.node; const cell = (T.cell[n.id] = {});
    if (n.kind === 'text') { const gdp = byId.gdp; const k = T.cols.find((x) => x.type === 'val'); if (gdp && k && isNum(gdp.d[k.key])) { const parts = ['gdp1', 'gdp2', 'gdp3'].map((i) => rnd(byId[i].h[k.key] / gdp.h[k.key] * 100, 1)); parts[2] = rnd(100 - parts[0] - parts[1], 1); cell[k.id] = parts.map((x) => x.toFixed(1)).join(':'); T.traps.push('三次产业结构 text row'); } continue; }
    for (const col of T.cols) {
      if (col.type === 'val') cell[col.id] = n.d[col.key];
      else if (col.type === 'growth') {
        if (n.kind === 'gonly') { cell[col.id] = rnd(n.gmean + R.u(-1.5, 1.5), gdec); continue; }
        const cu = n.d[col.cur], pv = n.d[col.prev];
        if (!isNum(cu) || !isNum(pv)) { cell[col.id] = NA; continue; }
        if (isPctLike(n) || n.cpi) {
          if (pctMode === 'pp' && !n.cpi && (n.unit === '%' || n.unit === '‰') && !T.cols.some((x) => x.type === 'diff')) { cell[col.id] = rnd(cu - pv, n.dec); if (Object.is(cell[col.id], -0)) cell[col.id] = 0; if (col.prevShown) rels.push({ t: 'pp', cell: [n.id, col.id], cur: [n.id, col.cur], prev: [n.id, col.prev], tol: 0.5 * U(n) + 1e-9 }); T.ppUsed = true; }
          else cell[col.id] = NA;
          continue;
        }
        const hc = n.h[col.cur], hp = n.h[col.prev];
        if (!(hp > 0) || !(hc > 0) || !(pv > 0) || !(cu > 0)) { cell[col.id] = NA; if (n.flip) T.traps.push('negative profit, growth shown as —'); continue; }
        let gv = (hc / hp - 1) * 100;
        const real = T.realGrowth && ['gdp', 'gdp1', 'gdp2', 'gdp3', 'ind', 'con'].includes(n.id);
        if (real) gv -= R.u(1.2, 3.5);
        cell[col.id] = rnd(gv, gdec);
        if (col.prevShown && !real) rels.push({ t: 'growth', cell: [n.id, col.id], cur: [n.id, col.cur], prev: [n.id, col.prev], tol: cornerTol((a, b) => (a / b - 1) * 100, [cu, pv], [U(n), U(n)], 10 ** -gdec) });
      } else if (col.type === 'diff') {
        const cu = n.d[col.cur], pv = n.d[col.prev];
        if (!isNum(cu) || !isNum(pv)) { cell[col.id] = NA; continue; }
        cell[col.id] = rnd(cu - pv, n.dec); if (Object.is(cell[col.id], -0)) cell[col.id] = 0;
        rels.push({ t: 'pp', cell: [n.id, col.id], cur: [n.id, col.cur], prev: [n.id, col.prev], tol: 0.5 * U(n) + 1e-9 });
      } else if (col.type === 'share') {
        const p = row.level === 1 && row.parent && (row.parent.mode === 'sum' || row.parent.split) ? row.parent : null;
        if (n.mode === 'sum' && !row.parent && !n.sub) { cell[col.id] = isNum(n.d[col.key]) ? 100 : NA; continue; }
        if (!p || !isNum(n.d[col.key]) || !isNum(p.d[col.key])) { cell[col.id] = NA; continue; }
        const sdec = T.spec.sdec ?? 1;
        cell[col.id] = rnd(n.h[col.key] / p.h[col.key] * 100, sdec);
        rels.push({ t: 'rate', cell: [n.id, col.id], num: [n.id, col.key], den: [p.id, col.key], k: 100, tol: cornerTol((a, b) => a / b * 100, [n.d[col.key], p.d[col.key]], [U(n), U(p)], 10 ** -sdec) });
      } else if (col.type === 'cagr') {
        const e = n.d[col.end], s = n.d[col.start];
        if (n.kind === 'gonly' || isPctLike(n) || !(e > 0) || !(s > 0)) { cell[col.id] = NA; continue; }
        const real = T.realGrowth && n.id.startsWith('gdp');
        cell[col.id] = rnd((Math.pow(n.h[col.end] / n.h[col.start], 1 / col.n) - 1) * 100, gdec);
        rels.push({ t: 'cagr', cell: [n.id, col.id], end: [n.id, col.end], start: [n.id, col.start], n: col.n, tol: cornerTol((a, b) => (Math.pow(a / b, 1 / col.n) - 1) * 100, [e, s], [U(n), U(n)], 10 ** -gdec) });
      }
    }
  }
  // structural relations on value columns
  const vcols = T.cols.filter((x) => x.type === 'val');
  const shown = (id) => dataRows.some((r) => r.node.id === id);
  for (const row of dataRows) {
    const n = row.node;
    if (n.mode === 'sum' || n.split) {
      const groups = [];
      if (n.mode === 'sum') groups.push(n.children);
      if (n.split) groups.push(n.split.kids);
      for (const grp of groups) for (const col of vcols) {
        if (!isNum(n.d[col.key]) || grp.some((ch) => !isNum(ch.d[col.key]))) continue;
        rels.push({ t: 'sum', total: [n.id, col.id], parts: grp.map((ch) => [ch.id, col.id]), tol: 0.5 * U(n) * grp.length + 1e-9 });
      }
    }
    const le = n.mode === 'le' ? n.children : n.leKid ? [n.leKid] : [];
    if (le.length) for (const col of vcols) {
      if (!isNum(n.d[col.key]) || le.some((ch) => !isNum(ch.d[col.key]))) continue;
      if (n.overlap) le.forEach((ch) => rels.push({ t: 'le', whole: [n.id, col.id], parts: [[ch.id, col.id]], tol: U(n) + 1e-9 }));
      else rels.push({ t: 'le', whole: [n.id, col.id], parts: le.map((ch) => [ch.id, col.id]), tol: 0.5 * U(n) * (le.length + 1) + 1e-9 });
    }
    if (n.overlap) T.traps.push('overlapping 其中 items (sum of parts > whole)');
    if (n.crossUnit) T.traps.push('其中 row in 万元 under 亿元 parent');
    if (n.kind === 'rate' && shown(n.num) && shown(n.den)) {
      const a = byId[n.num], b = byId[n.den];
      for (const col of vcols) {
        if (!isNum(n.d[col.key]) || !isNum(a.d[col.key]) || !isNum(b.d[col.key])) continue;
        rels.push({ t: 'rate', cell: [n.id, col.id], num: [a.id, col.id], den: [b.id, col.id], k: n.k, tol: cornerTol((x, y) => x / y * n.k, [a.d[col.key], b.d[col.key]], [U(a), U(b)], U(n)) });
      }
    }
    if (n.kind === 'diffrate') for (const col of vcols) if (isNum(n.d[col.key])) rels.push({ t: 'pp', cell: [n.id, col.id], cur: [n.a, col.id], prev: [n.b, col.id], tol: 1.5 * U(n) + 1e-9 });
    if (n.kind === 'wavg') T.traps.push('全体居民 income with 城镇/农村 indented (not a sum)');
    // cross-column relations
    if ((n.kind === 'add' || n.kind === 'stock') && c.scheme === 'region' && isNum(n.d.r0)) rels.push({ t: 'sum', total: [n.id, 'r0'], parts: c.towns.map((_, i) => [n.id, 'r' + (i + 1)]), tol: 0.5 * U(n) * c.towns.length + 1e-9 });
    if (c.scheme === 'quarterly' && isNum(n.d.y)) {
      if (n.kind === 'add') rels.push({ t: 'sum', total: [n.id, 'y'], parts: ['q1', 'q2', 'q3', 'q4'].map((q) => [n.id, q]), tol: 2 * U(n) + 1e-9 });
      if (n.kind === 'stock') { rels.push({ t: 'sum', total: [n.id, 'y'], parts: [[n.id, 'q4']], tol: 0.5 * U(n) + 1e-9 }); T.traps.push('stock row: 全年 = 四季度末, not a sum'); }
    }
    if (c.scheme === 'monthly' && n.kind === 'add' && isNum(n.d.m) && isNum(n.d.c) && hasCol('m') && n.d.m > 0) rels.push({ t: 'le', whole: [n.id, 'c'], parts: [[n.id, 'm']], tol: U(n) + 1e-9 });
  }
  if (c.scheme === 'cumul') T.traps.push('cumulative columns (1-3月..全年), not additive');
  if (T.ppUsed) T.traps.push('% rows: growth column holds percentage-point change');
  if (T.realGrowth) T.traps.push('GDP growth at comparable prices (note), not nominal');
}

// ---------- rendering ----------
const thin = { style: 'thin' };
function fmtNum(v, dec, thousands) { const s = v.toFixed(dec); if (!thousands) return s; const [i, f] = s.split('.'); const neg = i.startsWith('-'); const d = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ','); return (neg ? '-' : '') + d + (f !== undefined ? '.' + f : ''); }
function numFmtFor(dec, thousands) { return (thousands ? '#,##0' : '0') + (dec ? '.' + '0'.repeat(dec) : ''); }
function colDec(T, n, col) {
  if (col.type === 'val' || col.type === 'diff') return n.dec;
  if (col.type === 'growth') return n.kind !== 'gonly' && isPctLike(n) ? n.dec : (T.spec.gdec ?? 1);
  if (col.type === 'share') return T.spec.sdec ?? 1;
  if (col.type === 'cagr') return T.spec.gdec ?? 1;
  return 1;
}
function labelFor(T, row, st) {
  const n = row.node; let lab = n.label;
  if (st.spread && lab.length === 2 && /^[\u4e00-\u9fa5]+$/.test(lab)) lab = lab[0] + '　' + lab[1];
  let pre = '';
  if (row.qz && row.level > 0) pre = st.hash && row.leParent ? '' : '其中：';
  if (st.hash && row.leParent) pre = '＃';
  if (row.num) lab = row.num + lab;
  const unitSuffix = st.unitInLabel && n.unit ? (st.paren === 'fw' ? `（${n.unit}）` : `(${n.unit})`) : '';
  const ind = st.indent === 'fw' ? '　'.repeat(row.level * (st.indentW || 1)) : st.indent === 'sp' ? '  '.repeat(row.level) : '';
  return ind + pre + lab + (n.footMark ? n.footMark : '') + unitSuffix;
}
function renderTable(ws, T, r0, c0, st) {
  // returns {endRow, width, addr: {nodeId: {colId: address}}}
  const addr = {};
  const units = [...new Set(T.rows.filter((r) => r.type === 'data' && r.node.kind !== 'text').map((r) => r.node.unit))];
  const oneUnit = units.length === 1 && units[0];
  const useUnitCol = st.unitCol && !oneUnit ? true : st.unitCol && st.forceUnitCol;
  st.unitInLabel = !useUnitCol && !oneUnit;
  const lead = (st.seqCol ? 1 : 0) + 1 + (useUnitCol ? 1 : 0);
  const width = lead + T.cols.length;
  let r = r0;
  const na = st.na;
  // title
  ws.getCell(r, c0).value = T.title; ws.getCell(r, c0).font = { bold: true, size: 14 }; ws.getCell(r, c0).alignment = { horizontal: 'center' };
  if (st.mergeTitle) ws.mergeCells(r, c0, r, c0 + width - 1);
  r++;
  if (T.subtitle) { ws.getCell(r, c0).value = T.subtitle; if (st.mergeTitle) ws.mergeCells(r, c0, r, c0 + width - 1); ws.getCell(r, c0).alignment = { horizontal: 'center' }; r++; }
  if (oneUnit || st.fillLine) {
    const txt = oneUnit ? `单位：${oneUnit}` : '';
    if (st.fillLine) { ws.getCell(r, c0).value = `编制单位：${T.c.county}统计局`; if (txt) ws.getCell(r, c0 + width - 1).value = txt; }
    else if (st.unitRight) ws.getCell(r, c0 + width - 1).value = txt; else ws.getCell(r, c0).value = txt;
    r++;
  }
  if (st.blankBeforeHeader) r++;
  // header
  const two = T.cols.some((x) => x.h2);
  const hdrTop = r;
  const heads = [];
  if (st.seqCol) heads.push('序号');
  heads.push(st.labelHead); if (useUnitCol) heads.push(st.unitHead);
  heads.forEach((h, i) => { ws.getCell(r, c0 + i).value = h; if (two) ws.mergeCells(r, c0 + i, r + 1, c0 + i); });
  let i = 0;
  while (i < T.cols.length) {
    const col = T.cols[i]; const cc = c0 + lead + i;
    if (!two || !col.h2) { ws.getCell(r, cc).value = col.h1; if (two) ws.mergeCells(r, cc, r + 1, cc); i++; continue; }
    let j = i; while (j + 1 < T.cols.length && T.cols[j + 1].h2 && T.cols[j + 1].h1 === col.h1) j++;
    ws.getCell(r, cc).value = col.h1; if (j > i) ws.mergeCells(r, cc, r, c0 + lead + j);
    for (let k = i; k <= j; k++) ws.getCell(r + 1, c0 + lead + k).value = T.cols[k].h2;
    i = j + 1;
  }
  for (let rr = hdrTop; rr <= hdrTop + (two ? 1 : 0); rr++) for (let cc = c0; cc < c0 + width; cc++) { const x = ws.getCell(rr, cc); x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; x.font = { bold: true }; x.border = { top: thin, bottom: thin, left: thin, right: thin }; }
  r += two ? 2 : 1;
  if (st.colNumbers) { // 甲 乙 1 2 3 row under header
    const labs = []; if (st.seqCol) labs.push('');
    labs.push('甲'); if (useUnitCol) labs.push('乙');
    labs.forEach((x, k) => { ws.getCell(r, c0 + k).value = x; });
    T.cols.forEach((_, k) => { ws.getCell(r, c0 + lead + k).value = String(k + 1); });
    r++;
  }
  // body
  let seq = 0;
  for (const row of T.rows) {
    if (row.type === 'section') { ws.getCell(r, c0 + (st.seqCol ? 1 : 0)).value = row.label; ws.getCell(r, c0 + (st.seqCol ? 1 : 0)).font = { bold: true }; r++; continue; }
    if (row.type === 'grouplabel') { ws.getCell(r, c0 + (st.seqCol ? 1 : 0)).value = (st.indent === 'fw' ? '　'.repeat(row.level) : '') + row.label; if (st.indent === 'align') ws.getCell(r, c0 + (st.seqCol ? 1 : 0)).alignment = { indent: row.level * 2 }; r++; continue; }
    const n = row.node;
    if (st.seqCol) { seq++; ws.getCell(r, c0).value = seq; }
    const lc = ws.getCell(r, c0 + (st.seqCol ? 1 : 0));
    lc.value = labelFor(T, row, st);
    if (st.indent === 'align' && row.level) lc.alignment = { indent: row.level * 2 };
    if (useUnitCol) ws.getCell(r, c0 + lead - 1).value = n.unit || (st.na === '' ? null : st.na);
    addr[n.id] = {};
    T.cols.forEach((col, k) => {
      const x = ws.getCell(r, c0 + lead + k);
      const v = T.cell[n.id] ? T.cell[n.id][col.id] : undefined;
      addr[n.id][col.id] = x.address;
      if (v === undefined) return;
      if (v === NA) { if (na !== '') x.value = na; x.alignment = { horizontal: 'center' }; return; }
      if (typeof v === 'string') { x.value = v; return; }
      const dec = colDec(T, n, col);
      if (st.textNumbers) { x.value = fmtNum(v, dec, st.thousands); x.alignment = { horizontal: 'right' }; }
      else { x.value = v; x.numFmt = numFmtFor(dec, st.thousands); }
    });
    for (let cc = c0; cc < c0 + width; cc++) ws.getCell(r, cc).border = st.rowLines ? { left: thin, right: thin, bottom: thin } : { left: thin, right: thin };
    r++;
  }
  for (let cc = c0; cc < c0 + width; cc++) ws.getCell(r - 1, cc).border = { left: thin, right: thin, bottom: thin };
  for (const note of T.notes) { ws.getCell(r, c0).value = note; if (st.mergeNotes) ws.mergeCells(r, c0, r, c0 + width - 1); r++; }
  // widths
  ws.getColumn(c0 + (st.seqCol ? 1 : 0)).width = 34; for (let k = 0; k < T.cols.length; k++) ws.getColumn(c0 + lead + k).width = Math.max(ws.getColumn(c0 + lead + k).width || 0, 11);
  return { endRow: r, width, addr, lead };
}
// towns as rows, indicators as columns
function renderTransposed(ws, T, r0, c0, st) {
  const addr = {};
  const nodes = T.rows.filter((x) => x.type === 'data').map((x) => x);
  const width = 1 + nodes.length;
  let r = r0;
  ws.getCell(r, c0).value = T.title; ws.getCell(r, c0).font = { bold: true, size: 14 }; if (st.mergeTitle) ws.mergeCells(r, c0, r, c0 + width - 1); r++;
  if (st.fillLine) { ws.getCell(r, c0).value = `编制单位：${T.c.county}统计局`; ws.getCell(r, c0 + width - 1).value = `${T.c.year}年`; r++; }
  ws.getCell(r, c0).value = st.regionHead || '乡镇'; ws.mergeCells(r, c0, r + 1, c0);
  nodes.forEach((row, k) => {
    const n = row.node; const cc = c0 + 1 + k;
    ws.getCell(r, cc).value = (row.qz && row.level ? '其中：' : '') + n.label;
    ws.getCell(r + 1, cc).value = n.unit ? `（${n.unit}）` : '';
  });
  for (let rr = r; rr <= r + 1; rr++) for (let cc = c0; cc < c0 + width; cc++) { ws.getCell(rr, cc).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; ws.getCell(rr, cc).border = { top: thin, bottom: thin, left: thin, right: thin }; }
  r += 2;
  const tot = st.totName || '全县';
  const order = st.totLast ? [...T.c.towns.map((t, i) => ['r' + (i + 1), t]), ['r0', tot]] : [['r0', tot], ...T.c.towns.map((t, i) => ['r' + (i + 1), t])];
  for (const [key, name] of order) {
    ws.getCell(r, c0).value = key === 'r0' ? tot : (st.indent === 'fw' ? '　' : '') + name;
    nodes.forEach((row, k) => {
      const n = row.node; const x = ws.getCell(r, c0 + 1 + k); const v = T.cell[n.id][key];
      (addr[n.id] = addr[n.id] || {})[key] = x.address;
      if (v === NA || v === undefined) { x.value = st.na || null; return; }
      x.value = v; x.numFmt = numFmtFor(n.dec, st.thousands);
    });
    r++;
  }
  for (const note of T.notes) { ws.getCell(r, c0).value = note; r++; }
  ws.getColumn(c0).width = 14;
  return { endRow: r, width, addr };
}

function titleFor(T, R) {
  const { c } = T; const Y = c.year, N = c.N, cty = c.county;
  switch (c.scheme) {
    case 'annual': return R.pick([`${cty}${Y}年国民经济和社会发展主要指标`, `${cty}${Y}年统计公报主要数据`, `附表：${cty}${Y}年主要经济指标`, `${Y}年${cty}主要统计指标完成情况`]);
    case 'monthly': return R.pick([`${cty}${Y}年${N}月主要经济指标`, `${cty}主要经济指标（${Y}年1-${N}月）`, `${Y}年1—${N}月${cty}经济运行主要指标`]);
    case 'quarterly': return R.pick([`${cty}${Y}年分季度主要经济指标`, `${cty}${Y}年各季度主要指标`]);
    case 'cumul': return R.pick([`${cty}${Y}年主要经济指标累计情况`, `${cty}${Y}年分季累计主要指标`]);
    case 'five': return R.pick([`${cty}${Y - 4}-${Y}年主要指标`, `${cty}近五年主要经济指标`]);
    case 'region': return R.pick([`${cty}${Y}年各乡镇基本情况`, `${cty}${Y}年分乡镇主要指标`, `${Y}年${cty}乡镇主要经济指标`]);
  }
}
function notesFor(T, R, probe) {
  const out = [];
  const pool = ['注：本表部分数据因四舍五入的原因，存在总计与分项合计不等的情况。', '注：“—”表示该项无数据或不可比。', '注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。', '注：本表数据为快报数，最终以年报为准。', '注：固定资产投资统计起点为计划总投资500万元及以上项目。'];
  if (T.realGrowth) out.push(R.pick(['注：1.地区生产总值、各产业增加值绝对数按现价计算，增长速度按可比价格计算。', '注：地区生产总值及其各产业增速按可比价计算。']));
  if (T.ppUsed) out.push(R.pick(['注：带“%”的指标，增长栏为增减百分点。', '注：城镇化率等比率指标增长为百分点。']));
  if (R.p(0.6)) out.push(R.pick(pool));
  if (R.p(0.6)) out.push(R.pick([`资料来源：${T.c.county}统计局`, `资料来源：县统计局、县财政局、人民银行${T.c.county.slice(0, -1)}支行`, `数据来源：${T.c.county}统计局${T.c.year}年统计年报`]));
  if (probe && R.p(0.2)) out.push(`说明：${T.c.year}年全县辖${T.c.towns ? T.c.towns.length : R.i(8, 15)}个乡镇，常住人口${rnd(T.c.P, 1)}万人。`);
  return out;
}

// ---------- book generation ----------
function variantsFor(probe) {
  const base = [['annual', 'A1'], ['annual', 'A2'], ['annual', 'A3'], ['annual', 'A6'], ['monthly', 'M2'], ['monthly', 'M4'], ['monthly', 'M1'], ['region', 'R1']];
  if (!probe) return base;
  return [...base, ['annual', 'A4'], ['annual', 'A5'], ['annual', 'A7'], ['monthly', 'M3'], ['quarterly', 'Q1'], ['cumul', 'C1'], ['five', 'F1'], ['five', 'F2'], ['region', 'R1b'], ['region', 'R2'], ['annual', 'A1'], ['monthly', 'M4']];
}
function styleFor(R, probe) {
  return {
    unitCol: R.p(probe ? 0.65 : 0.8), forceUnitCol: R.p(0.3), paren: R.pick(['fw', 'hw']),
    indent: R.pick(probe ? ['fw', 'fw', 'align', 'sp', 'none'] : ['fw', 'fw', 'align']), indentW: R.pick([1, 2]),
    hash: probe && R.p(0.15), spread: R.p(0.3), seqCol: probe && R.p(0.15), colNumbers: probe && R.p(0.12),
    na: R.pick(probe ? ['—', '—', '…', '', '-', '－'] : ['—', '—', '']), textNumbers: probe && R.p(0.1), thousands: R.p(0.2),
    mergeTitle: R.p(0.7), unitRight: R.p(0.5), fillLine: R.p(0.25), blankBeforeHeader: R.p(0.2), mergeNotes: R.p(0.4), rowLines: R.p(0.5),
    labelHead: R.pick(['指标名称', '指　标', '指标', '项目', '指  标  名  称']), unitHead: R.pick(['计量单位', '单位', '计量\n单位']),
    regionHead: R.pick(['乡镇', '乡（镇）', '地区', '单位名称']), totName: R.pick(['全县', '合计', '全县合计']), totLast: R.p(0.4),
  };
}
function makeSpec(R, probe, forced) {
  const [scheme, variant] = forced || R.pick(variantsFor(probe));
  return {
    scheme, variant, traps: probe ? R.p(0.7) : R.p(0.3), sections: scheme !== 'region' && R.p(0.5), numbering: R.pick(['cn', 'arabic', 'none', 'none']),
    pctMode: R.p(0.5) ? 'pp' : 'na', gdec: R.p(0.85) ? 1 : 2, sdec: R.p(0.8) ? 1 : 2,
    transpose: variant === 'R2', twoRowRegion: probe && R.p(0.3), devzone: R.p(0.2), wide: probe && R.p(0.3),
  };
}
function relToAddr(rel, addr) {
  const m = (x) => { const a = addr[x[0]] && addr[x[0]][x[1]]; if (!a) throw new Error('no addr ' + x.join('/')); return a; };
  const o = { t: rel.t, tol: rel.tol };
  for (const k of ['total', 'whole', 'cell', 'num', 'den', 'cur', 'prev', 'end', 'start']) if (rel[k]) o[k] = m(rel[k]);
  if (rel.parts) o.parts = rel.parts.map(m);
  if (rel.k !== undefined) o.k = rel.k; if (rel.n !== undefined) o.n = rel.n;
  return o;
}

function plantCandidates(sheetRels, values, meta) {
  // returns list of {cell, kind}
  const out = [];
  for (const r of sheetRels) {
    if (r.t === 'sum') out.push({ cell: r.total, kinds: ['totaloff', 'swap', 'lost'] }), r.parts.forEach((p) => out.push({ cell: p, kinds: ['swap', 'lost'] }));
    if (r.t === 'growth' || r.t === 'cagr') out.push({ cell: r.cell, kinds: ['sign', 'rateoff', 'swap'] }), out.push({ cell: r.cur, kinds: ['swap', 'lost'] });
    if (r.t === 'rate') out.push({ cell: r.cell, kinds: ['rateoff', 'swap'] });
    if (r.t === 'pp') out.push({ cell: r.cell, kinds: ['sign', 'rateoff'] });
    if (r.t === 'le') out.push({ cell: r.parts[0], kinds: ['swap', 'lost'] });
  }
  return out.filter((x) => isNum(values.get(x.cell)));
}
function mutate(R, v, dec, kind, tolHint) {
  const s = Math.abs(v).toFixed(dec); const neg = v < 0;
  const digits = s.replace('.', '');
  const rebuild = (d) => { const x = dec ? d.slice(0, d.length - dec) + '.' + d.slice(d.length - dec) : d; return (neg ? -1 : 1) * Number(x); };
  if (kind === 'swap') {
    const pos = []; for (let i = 0; i + 1 < digits.length; i++) if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) pos.push(i);
    if (!pos.length) return null; const i = R.pick(pos);
    const d = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2); return rebuild(d);
  }
  if (kind === 'lost') {
    const intLen = digits.length - dec; if (intLen < 2) return null;
    const i = R.i(0, intLen - 1); let d = digits.slice(0, i) + digits.slice(i + 1); if (d[0] === '0' && d.length - dec > 1) return null;
    return rebuild(d);
  }
  if (kind === 'sign') { if (Math.abs(v) < 0.3) return null; return -v; }
  if (kind === 'rateoff') { const delta = R.pick([1, 1, 2, 3, 0.5, 5]) * (R.p(0.5) ? 1 : -1) * (dec === 0 ? 10 : 1); return Number((v + delta).toFixed(dec)); }
  if (kind === 'totaloff') { const u = 10 ** -dec; const m = Math.ceil(tolHint / u) + R.i(2, 8); return Number((v + (R.p(0.5) ? 1 : -1) * m * u).toFixed(dec)); }
  return null;
}

async function makeBook(R, file, dir, probe, clean, idx) {
  const wb = new ExcelJS.Workbook();
  const nSheets = R.p(probe ? 0.35 : 0.25) ? 2 : 1;
  const relsOut = { sheets: [] };
  const sheetsInfo = [];
  const traps = new Set();
  const usedNames = new Set();
  const book = { county: R.pick(COUNTIES), year: R.i(2019, 2024), N: R.i(2, 12), S: R.u(60, 420) };
  book.P = book.S * 1e4 / R.u(45000, 95000);
  for (let s = 0; s < nSheets; s++) {
    const nTables = R.p(0.3) ? 2 : 1;
    const specs = [];
    for (let t = 0; t < nTables; t++) specs.push(makeSpec(R, probe));
    if (specs.some((x) => x.transpose) && nTables > 1) specs.length = 1;
    let name = R.pick(nSheets > 1 ? ['综合', '工业', '表' + (s + 1), '月报', '乡镇', '附表' + (s + 1), '主要指标' + (s + 1)] : ['Sheet1', '主要指标', '表1', '统计公报附表', '月报', '乡镇情况']);
    while (usedNames.has(name)) name += (s + 1);
    usedNames.add(name);
    const ws = wb.addWorksheet(name);
    const st = styleFor(R, probe);
    let row = 1, col0 = R.p(probe ? 0.2 : 0.1) ? 2 : 1;
    const sideBySide = probe && nTables === 2 && R.p(0.3) && specs.every((x) => x.scheme !== 'region');
    const rels = [], values = new Map(), meta = new Map();
    let nextCol = col0, maxEnd = row;
    specs.forEach((spec, ti) => {
      const T = buildTable(R, spec, book);
      makeCols(T, R);
      computeCells(T, R);
      T.title = (nTables > 1 ? (st.numbering === 'cn' ? `（${CN[ti]}）` : `表${ti + 1}  `) : '') + titleFor(T, R);
      T.notes = notesFor(T, R, probe);
      T.traps.forEach((x) => traps.add(x));
      let res;
      const r0 = sideBySide ? 1 : row, c0 = sideBySide ? nextCol : col0;
      if (spec.transpose) res = renderTransposed(ws, T, r0, c0, st);
      else res = renderTable(ws, T, r0, c0, { ...st, forceUnitCol: st.forceUnitCol });
      if (res.lead && st.seqCol) traps.add('序号 column of numbers');
      if (st.colNumbers) traps.add('甲/乙/1/2/3 column-number row');
      if (st.textNumbers) traps.add('numbers stored as text');
      for (const r of T.rels) { const a = relToAddr(r, res.addr); rels.push(a); }
      for (const [id, m] of Object.entries(res.addr)) for (const [cid, a] of Object.entries(m)) {
        const v = T.cell[id] && T.cell[id][cid];
        if (isNum(v)) { values.set(a, st.textNumbers && !spec.transpose ? fmtNum(v, colDec(T, T.byId[id], T.cols.find((x) => x.id === cid) || { type: 'val' }), st.thousands) : v); meta.set(a, { dec: spec.transpose ? T.byId[id].dec : colDec(T, T.byId[id], T.cols.find((x) => x.id === cid)), text: st.textNumbers && !spec.transpose, thousands: st.thousands }); }
      }
      if (sideBySide) { nextCol = c0 + res.width + 1; maxEnd = Math.max(maxEnd, res.endRow); } else row = res.endRow + R.i(1, 3);
      sheetsInfo.push({ sheet: name, scheme: spec.scheme, variant: spec.variant });
    });
    if (!sideBySide && R.p(0.15)) ws.getCell(row, col0).value = `${R.pick(['制表', '填报人'])}：${R.pick(['张', '李', '王', '刘'])}某某    审核：${R.pick(['赵', '陈', '杨'])}某某`;
    relsOut.sheets.push({ name, rels, _ws: ws, _values: values, _meta: meta });
  }
  // plants
  const plants = [];
  if (!clean) {
    const nPl = R.p(0.4) ? 2 : 1;
    const usedRels = new Set();
    for (let tries = 0; plants.length < nPl && tries < 200; tries++) {
      const sh = R.pick(relsOut.sheets);
      const cands = plantCandidates(sh.rels, sh._values, sh._meta);
      if (!cands.length) continue;
      const cd = R.pick(cands); const kind = R.pick(cd.kinds);
      if (plants.some((p) => p.sheet === sh.name && p.cell === cd.cell)) continue;
      const involved = sh.rels.filter((r) => relCells(r).includes(cd.cell));
      if (involved.some((r) => usedRels.has(r))) continue;
      const m = sh._meta.get(cd.cell); const raw = sh._values.get(cd.cell);
      const v = typeof raw === 'string' ? Number(raw.replace(/,/g, '')) : raw;
      const tolHint = Math.max(...involved.map((r) => r.tol));
      const nv = mutate(R, v, m.dec, kind, tolHint);
      if (nv === null || !Number.isFinite(nv) || nv === v) continue;
      const get = (a) => { if (a === cd.cell) return nv; const x = sh._values.get(a); return x === undefined ? null : x; };
      const u = 10 ** -m.dec;
      const broken = involved.filter((r) => { const e = evalRel(r, get); return e !== null && e > Math.max(u, 0.01 * Math.abs(nv) * 0) + 1e-9; });
      if (!broken.length) continue;
      // do not let a plant make a value 0 or change magnitude to nonsense negatives in value cells
      if (nv === 0) continue;
      const nowV = m.text ? fmtNum(nv, m.dec, m.thousands) : nv;
      const cellObj = sh._ws.getCell(cd.cell); cellObj.value = nowV;
      sh._values.set(cd.cell, nowV);
      involved.forEach((r) => usedRels.add(r));
      plants.push({ sheet: sh.name, cell: cd.cell, was: raw, now: nowV, kind, rule: broken.map((r) => r.t).join('+') });
    }
    if (!plants.length) throw new Error('no plant possible in ' + file);
  }
  await wb.xlsx.writeFile(path.join(dir, file));
  const relJson = { sheets: relsOut.sheets.map((s) => ({ name: s.name, rels: s.rels })) };
  return { manifest: { file, clean, plants, layout: sheetsInfo.map((x) => `${x.sheet}:${x.variant}`).join(' '), traps: [...traps] }, rel: relJson };
}

async function makeSet(name, n, seed, probe) {
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [], rels = {};
  for (let i = 1; i <= n; i++) {
    const file = `${probe ? 'p' : 'c'}${String(i).padStart(3, '0')}.xlsx`;
    const clean = i % 2 === 1;
    let done = false;
    for (let attempt = 0; !done; attempt++) {
      const R = mkR(seed * 1000 + i * 17 + attempt * 7919);
      try { const { manifest: m, rel } = await makeBook(R, file, dir, probe, clean, i); manifest.push(m); rels[file] = rel; done = true; }
      catch (e) { if (attempt > 20) throw e; if (!/no plant possible/.test(e.message)) { console.error(file, e.stack); throw e; } }
    }
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rels));
  console.log(name, manifest.length, 'books', manifest.filter((m) => m.clean).length, 'clean', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}

(async () => {
  await makeSet('cases', 45, 90, false);
  await makeSet('probe', 100, 91, true);
})();
